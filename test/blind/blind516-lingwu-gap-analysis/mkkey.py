# -*- coding: utf-8 -*-
# Builds key.json and checks every line/text against draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]
def find(text, col=None, nth=1, tag=None):
    hits = []
    for i, s in enumerate(L, 1):
        if tag and not s.startswith(tag): continue
        cells = s.split("\t")
        hay = cells[col] if (col is not None and len(cells) > col) else (s if col is None else "")
        if text in hay: hits.append(i)
    assert hits, text
    return hits[nth-1]
def row(task):
    return find("【第%d项】" % task)
def cell(task, col):
    return L[row(task)-1].split("\t")[col]
def chk(line, text, col=None):
    s = L[line-1]
    hay = s.split("\t")[col] if col is not None else s
    assert text in hay, (line, text)
    return line

expect = [
 {"rule": "basis-mismatch", "line": chk(find("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "the preamble cites 《自治区人民政府关于加强数字政府建设的实施意见》 with 宁政办发〔2023〕17号; that title is 宁政发〔2023〕17号 (the gazette, the 宁政发 series of the government, not the office's 宁政办发 series)"},
 {"rule": "deadline-later-than-baseline", "line": chk(row(47), "2025年6月底前", 5), "text": "2025年6月底前",
  "why": "annex row for task 47 (电子政务外网升级改造, 扩大互联网出口带宽): regional 完成时限 2024年; the city's 完成时限 column says 2025年6月底前"},
 {"rule": "deadline-later-than-baseline", "line": chk(find("2026年底前"), "2026年底前"), "text": "2026年底前",
  "why": "body sentence matching task 106 (依托宁政通 填表报数系统, 基层干部填表报数工作量压减50%以上): regional 完成时限 2025年"},
 {"rule": "deadline-invalid", "line": chk(row(41), "2023年12月底前", 5), "text": "2023年12月底前",
  "why": "the city's 完成时限 for task 41 (公共数据开放目录, regional 完成时限 2024年) is 2023年12月底前, before the plan's own year (issued 2024-04-22; the status column says the catalogue is not yet compiled). Earlier than the region, so not a late deadline"},
 {"rule": "unknown-unit", "line": chk(row(29), "市大数据中心", 4), "text": "市大数据中心",
  "why": "responsible unit for task 29 row; not in units.txt (the city's data body is 市数字化发展服务中心) nor a regional unit"},
 {"rule": "unknown-unit", "line": chk(row(105), "自治区政府办公厅", 4), "text": "自治区政府办公厅",
  "why": "the city's 责任单位 column for task 105 (宁政通) names a regional body as lead (自治区政府办公厅牵头) of a local task; the first column of this row quotes no body"},
 {"rule": "task-uncovered", "line": 0, "task": 93,
  "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责, 2024年) is deliberately left out: no 适老化/无障碍/老年人/残疾人 anywhere in the draft"},
]

M = []
def m(rule, line, why, text=None, col=None):
    if text is not None: chk(line, text, col)
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    M.append(e)

m("basis-mismatch", find("灵政发〔2024〕19号"), "the plan's own 文号 on its issuing notice, not a cited basis", "灵政发〔2024〕19号")
m("basis-mismatch", find("国发〔2022〕14号"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
m("basis-mismatch", find("《全区数字政府建设重点任务清单（2023年—2025年）》"), "correct title of 附件2 of 宁政发〔2023〕17号; an attachment cited by title, no 文号 of its own", "全区数字政府建设重点任务清单")
m("deadline-invalid", 9, "2023年—2025年 is the span in the regional task list's title, not a deadline", "2023年—2025年")
m("deadline-invalid", find("2024年4月22日"), "the plan's own issue date", "2024年4月22日")
m("deadline-later-than-baseline", find("到2024年底"), "2024 goal: 信创云迁移 (tasks 19/43/46, 2024年), 外网三级全覆盖 (task 48, 2024年), 公共数据开放目录 (task 41, 2024年), 网上办掌上办 (task 84, 2024年): all equal; none of the region's 2023年底 goals is restated here", "到2024年底")
m("deadline-later-than-baseline", find("到2025年，全市"), "equal to the region's 主要目标 到2025年 (34567 体系框架全面成型)", "到2025年")
m("deadline-later-than-baseline", find("到2035年"), "equal to the region's 到2035年 goal", "到2035年")
m("basis-mismatch", find("宁政办发〔2020〕14号"), "retrospective mention of the superseded 2020 工作要点 in the background (自…印发以来), with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
m("deadline-invalid", find("2020年建成市级电子政务外网"), "past dates (2020-2022) in the background section tell what was done", "2021年市级机关")
m("deadline-invalid", find("2023年，我市调整充实"), "past year in the background", "2023年")
m("basis-mismatch", find("对照宁政发〔2023〕17号附件2"), "correct 文号 of the regional 实施意见, cited bare", "宁政发〔2023〕17号")
m("deadline-later-than-baseline", find("2024年底前，市级政务信息系统"), "equal to tasks 19 (2023年启动，2024年建成), 43 (2024年建成，持续推进) and 46 (2024年)", "2024年底前")
m("deadline-later-than-baseline", find("2025年底前建成全市统一的视频会议平台"), "equal to task 107 (视频会议平台, 2025年)", "2025年底前")
m("deadline-invalid", find("每年12月10日前"), "the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines", "12月10日前")
m("deadline-invalid", find("截至2024年3月底"), "the date of the status column in the annex note, not a deadline", "2024年3月底")
m("basis-mismatch", find("说明：“自治区要求"), "correct 文号 of the regional 实施意见 in the annex note", "宁政发〔2023〕17号")
m("unknown-unit", find("市推进数字政府建设领导小组办公室报送"), "listed in units.txt", "市推进数字政府建设领导小组办公室")
m("unknown-unit", find("数字宁夏建设运营有限公司合作"), "the regional state-owned operating company named as a partner in prose, not a responsible unit of any task", "数字宁夏建设运营有限公司")

# annex rows: first column = regional quote, second = status with past dates
m("deadline-later-than-baseline", row(3), "city 持续推进，2025年底前取得明显成效 equals task 3 (持续推进，2025年取得明显成效)", "2025年底前", 5)
m("deadline-invalid", row(3), "status column: 2022年建成 (past, what was done)", "2022年", 1)
m("deadline-later-than-baseline", row(6), "city 2024年底前 (养老、医疗) then 2025年全面推开: no later than task 6 (持续推进，2025年取得明显成效)", "2025年全面推开", 5)
m("unknown-unit", row(6), "collective subject", "各乡镇人民政府", 4)
m("unknown-unit", row(6), "collective subject quoted from the region in the first column", "各市、县（区）", 0)
m("unknown-unit", row(10), "collective subject (all townships)", "各乡镇", 4)
m("unknown-unit", row(10), "official short name of 市工业和信息化局 (units.txt)", "市工信局", 4)
m("deadline-later-than-baseline", row(11), "task 11 is 2023年完成主要建设任务，2025年取得明显成效; the completing milestone is 2025; the city says 2025年 (equal) and its status column says the main build was done in 2023年11月", "2025年", 5)
m("deadline-invalid", row(11), "first column quotes the region's 2023 milestone (2023年完成主要建设任务), before the plan year but the region's own date", "2023年完成主要建设任务", 0)
m("deadline-invalid", row(11), "status column: 2023年11月已建成 (past)", "2023年11月", 1)
m("deadline-later-than-baseline", row(18), "task 18 is 2023年形成机制，长期坚持; the city's mechanism exists (status 2023年9月) and it writes 已形成机制，长期坚持: not later", "已形成机制，长期坚持", 5)
m("deadline-invalid", row(18), "status column: 2023年9月已制定 (past)", "2023年9月", 1)
m("basis-mismatch", row(18), "a local contingency plan named in the status column, not a basis document", "灵武市网络安全事件应急预案", 1)
m("deadline-later-than-baseline", row(19), "equal to task 19 (2023年启动，2024年建成)", "2024年", 5)
m("deadline-invalid", row(19), "first column quotes the region's 2023年启动; status column 截至2023年底 is past", "2023年启动", 0)
m("unknown-unit", row(19), "regional body quoted in the first column as the region's lead, not a local lead", "自治区政府办公厅", 0)
m("unknown-unit", row(19), "collective subject", "市直有关部门", 4)
m("deadline-later-than-baseline", row(21), "2024年6月底前 is within task 21's 2024年", "2024年6月底前", 5)
m("deadline-later-than-baseline", row(29), "2025年6月底前 is within task 29's 2023年启动，2025年完成", "2025年6月底前", 5)
m("unknown-unit", row(29), "collective subject", "市直各部门（单位）", 4)
m("unknown-unit", row(33), "first column: the prefix 自治区 distributes (自治区人力资源社会保障厅、市场监管厅…); regional units quoted", "市场监管厅", 0)
m("unknown-unit", row(33), "official short name of 市发展和改革局 (units.txt)", "市发改局", 4)
m("unknown-unit", row(33), "official short name of 市市场监督管理局 (units.txt)", "市市场监管局", 4)
m("deadline-invalid", row(47), "status column: 2020年建成 (past); the planted error on this line is the 完成时限 2025年6月底前", "2020年", 1)
m("deadline-later-than-baseline", row(48), "2024年10月底前 is within task 48's 2024年", "2024年10月底前", 5)
m("deadline-later-than-baseline", row(49), "equal to task 49 (2025年)", "2025年", 5)
m("unknown-unit", row(49), "regional body quoted in the first column", "自治区党委政法委", 0)
m("deadline-later-than-baseline", row(56), "2024年底前 is earlier than task 56 (2025年)", "2024年底前", 5)
m("deadline-later-than-baseline", row(64), "2024年6月底前 is earlier than task 64 (2025年)", "2024年6月底前", 5)
m("deadline-invalid", row(64), "status column: 2023年3月 (past)", "2023年3月", 1)
m("unknown-unit", row(71), "regional units quoted in the first column (prefix 自治区 distributes)", "药监局", 0)
m("unknown-unit", row(80), "short name of 灵武市消防救援大队 (units.txt)", "市消防救援大队", 4)
m("unknown-unit", row(83), "collective subject", "各乡镇（街道）", 4)
m("unknown-unit", row(86), "official short names of 市审批服务管理局 / 市住房和城乡建设局 (units.txt)", "市审批局", 4)
m("deadline-later-than-baseline", row(86), "2024年9月底前 is within task 86's 2024年", "2024年9月底前", 5)
m("unknown-unit", row(95), "a registry name (units.txt) for the county branch of the city ecology bureau; not split, not a regional body", "银川市生态环境局灵武分局", 4)
m("deadline-later-than-baseline", row(96), "equal to task 96 (2025年)", "2025年", 5)
m("deadline-later-than-baseline", row(107), "equal to task 107 (2025年)", "2025年", 5)
m("unknown-unit", row(105), "collective subject (same line as the planted regional lead)", "市直各部门", 4)

covers = []
for t in [3,6,10,11,18,19,21,29,33,54,41,47,48,49,56,64,71,77,80,83,84,86,90,95,96,98,104,105,107,112,114]:
    covers.append({"task": t, "line": row(t)})
def cv(t, text):
    covers.append({"task": t, "line": find(text)})
cv(5, "创新以网管网等基于新技术手段的监管模式")
cv(8, "深化“互联网+医疗健康”应用")
cv(14, "数字政府建设安全和保密工作的主体责任、监督责任")
cv(15, "建立数字政府安全评估、责任落实和重大事件处置机制")
cv(17, "建立健全数据分类分级保护、风险评估等制度")
cv(23, "全区一体化数字资源管理系统")
cv(24, "健全政务信息化项目会商机制")
cv(25, "一律不予安排建设及运维经费")
cv(28, "积极申报自治区数字政府建设试点示范")
cv(30, "按季度更新市级政务数据资源目录")
cv(31, "“一数之源、多源校核”")
cv(36, "建立政务数据供需对接机制")
cv(42, "推进供水、供电、供气、公共交通等公共数据与政务数据融合应用")
cv(46, "2024年底前，市级政务信息系统全部迁移")
cv(50, "有序推进非涉密业务专网向电子政务外网整合迁移")
cv(52, "扩大电子证照在就医上学、交通出行等场景应用")
cv(57, "信用中国（宁夏）灵武站")
cv(58, "“底板底图”")
cv(68, "推行“照单监管”")
cv(72, "与宁夏“互联网+监管”系统对接")
cv(73, "推进消费维权“一件事”改革")
cv(74, "运用远程监管、移动监管等新型手段")
cv(79, "推进“雪亮工程”向基层全覆盖")
cv(85, "推行“免证办”“免申即享”")
cv(89, "推动惠企政策精准推送、直达直享")
cv(97, "依托自然资源三维立体“一张图”")
cv(102, "推进水、气、土、废污染防治攻坚")
cv(106, "填表报数工作量压减50%以上")
cv(108, "推进公共资源交易全流程数字化监督")
cv(111, "整合机关事务管理信息系统")
cv(116, "纳入“一把手工程”")
cv(118, "每年组织全市干部数字化能力培训")
cv(121, "每年制定数字政府建设工作要点")
cv(122, "纳入全市效能目标管理考核")
cv(123, "考核结果作为领导班子和有关领导干部综合考核评价的重要参考")
cv(124, "建立容错和奖惩机制")
covers.sort(key=lambda c: c["task"])

key = {
 "writer": "blind writer, round 516; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": "灵武市 (county-level city under 银川市) 2024 plan, issued 2024-04-22, basis = the region's 实施意见 only (no parent plan). Built on a gap analysis: the annex (lines 57-88) is a 6-column tab-separated table 自治区要求（摘要） | 我市现状 | 差距 | 补短板措施 | 责任单位 | 完成时限. Column 1 quotes the region's task (with its number, its regional units and its 完成时限, some of them 2023); column 2 states what was done, with past dates (2019-2023); only columns 5 and 6 are the city's units and deadlines. The note on line 56 says the first unit of a 责任单位 cell is the lead. Regional bodies appear in column 1 of most rows (e.g. 自治区政府办公厅 on lines 63-65, 68-70, 78-79 and 84); only the one in column 5 of line 85 is an error. Task 93 is deliberately left out.",
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
