# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up in draft.txt by a unique anchor and checked.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L.pop()

def ln(anchor, text=None):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    if text: assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def row(n):  # table row by its 序号
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(str(n) + "\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def cell(n, col):
    return L[row(n) - 1].split("\t")[col]

expect = [
 {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号", "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 宁政发 document of the 自治区人民政府), not 宁政办发; wrong 文号 for that title"},
 {"rule": "deadline-later-than-baseline", "line": ln("适老化与信息无障碍改造，切实满足"), "text": "2025年底",
  "why": "point 39 (适老化与信息无障碍) takes up task 93, 完成时限 2024年; 2025年底 is later (the table row 26 even says 2024年12月底)"},
 {"rule": "deadline-later-than-baseline", "line": row(7), "text": "2025年6月底",
  "why": "adjusted date of row 7 (电子政务外网 县乡村全覆盖) = task 48, 完成时限 2024年; the slip pushes it past the region's year"},
 {"rule": "deadline-invalid", "line": row(30), "text": "20224年",
  "why": "adjusted date 20224年8月底 of row 30 (协同办公平台, task 104, 完成时限 2024年) is an impossible year (typo for 2024)"},
 {"rule": "deadline-invalid", "line": row(14), "text": "2023年12月底",
  "why": "adjusted date of row 14 (地理信息底板底图, task 58, 完成时限 2024年) lies before the document's own year 2024 (issued 2024-03-12, table as of 2024-06-30); an adjustment of a slipped 2024 task cannot fall in 2023 (typo for 2024年12月底). Not later than the region"},
 {"rule": "unknown-unit", "line": row(25), "text": "县经济和信息化局",
  "why": "not in units.txt (the registry has 县工业和信息化局 = 县工信局; 经济和信息化局 is the pre-reform name)"},
 {"rule": "unknown-unit", "line": row(12), "text": "自治区档案局",
  "why": "regional body named as the lead (牵头) of a county task (row 12, task 40 copied with its regional 责任单位); the county lead would be 县档案馆"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    mnf.append(e)

# basis
m("basis-mismatch", ln("国发〔2022〕14号"), "correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
m("basis-mismatch", ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） cited exactly as in the 吴忠 plan", "宁政办发〔2023〕11号")
m("basis-mismatch", ln("中卫市人民政府《关于加强数字政府建设的实施方案》"), "the county's city plan cited by title alone (a city plan may have no 文号; DOMAIN); title uses 加强 and 实施方案 correctly", "关于加强数字政府建设的实施方案")
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 regional 工作要点 in the 工作基础 background, not cited as a basis; its 文号 is right", "宁政办发〔2020〕14号")
m("basis-mismatch", ln("中宁政办发〔2024〕15号"), "the notice's own 文号, not a cited document", "中宁政办发〔2024〕15号")
# dates: reporting, issue, background
m("deadline-invalid", ln("每季度末月25日前"), "the office's own reporting dates (季度末月25日, 7月10日, 12月10日), not task deadlines", "7月10日前")
m("deadline-invalid", ln("2024年3月12日"), "issue date of the notice", "2024年3月12日")
m("deadline-invalid", ln("（二）工作基础。2023年"), "past dates in the background (2023年 achievements, 2020年以来); the 领导小组/数据资源普查 items (tasks 60, 30, due 2023) are reported done, not set as deadlines", "2023年")
m("deadline-invalid", ln("截至2024年6月30日"), "reporting cut-off of the progress table", "2024年6月30日")
m("deadline-invalid", ln("填报日期：2024年7月5日"), "date the table was filled in", "2024年7月5日")
m("deadline-later-than-baseline", ln("（三）工作目标。"), "goals: 到2024年底 三级全覆盖/信创云迁移 = tasks 48 (2024年) and 43 (2024年建成，持续推进), equal; 到2025年 对接“34567” = regional 主要目标 到2025年 体系框架全面成型, equal", "到2025年")
m("deadline-later-than-baseline", ln("21．2024年10月底前"), "task 43 (信创云迁移) 完成时限 2024年建成，持续推进; also task 46 2024年; 2024年10月底 is within", "2024年10月底")
m("deadline-later-than-baseline", ln("22．2024年6月底前"), "task 47 (外网扩容/IPv6) 完成时限 2024年; task 48 三级全覆盖 has no date here", "2024年6月底")
m("deadline-later-than-baseline", row(1), "task 3 (智慧园区) 持续推进，2025年取得明显成效; row says 持续推进 with a 2024年12月底 milestone, earlier", "2024年12月底")
m("deadline-later-than-baseline", row(4), "task 18 完成时限 2023年形成机制，长期坚持; the row's 长期坚持 only keeps the ongoing part", "长期坚持")
m("deadline-later-than-baseline", row(6), "adjusted date 2024年11月底 for task 47 (完成时限 2024年) stays within the region's year", "2024年11月底")
m("deadline-later-than-baseline", row(8), "adjusted date 2025年6月底 for task 49 (视频一张网, 完成时限 2025年) keeps to the region's year", "2025年6月底")
m("deadline-later-than-baseline", row(15), "adjusted date 2025年6月底 for task 56 (非税收入收缴电子化, 完成时限 2025年) keeps to the region's year", "2025年6月底")
m("deadline-later-than-baseline", row(20), "adjusted date 2024年12月底 for task 80 (智慧应急, 完成时限 2024年) stays within 2024", "2024年12月底")
m("deadline-later-than-baseline", row(33), "adjusted date 2025年3月底 for task 107 (视频会议, 完成时限 2025年) keeps to the region's year", "2025年3月底")
m("deadline-later-than-baseline", row(26), "row 26 (适老化, task 93, 完成时限 2024年) says 2024年12月底, equal; only the body point 39 is late", "2024年12月底")
m("deadline-later-than-baseline", row(35), "task 111 (机关事务, 完成时限 2025年); 2024年12月底 is earlier", "2024年12月底")
m("deadline-later-than-baseline", row(40), "task 116 完成时限 2023年完成并长期坚持; 长期坚持 in an annual plan, progress 已完成", "长期坚持")
m("deadline-later-than-baseline", row(41), "task 118 完成时限 2023年完成并长期坚持; 长期坚持, progress note past", "长期坚持")
m("deadline-later-than-baseline", row(39), "task 64 (各地成立相应组织机构) 完成时限 2025年; 2024年4月底 is earlier, 已完成", "2024年4月底")
m("deadline-invalid", row(29), "progress note with past dates (2023年12月完成数据上图) on an 已完成 row; the deadline 2024年6月底 is task 98 (2024年), within", "2023年12月")
m("deadline-invalid", row(10), "已完成 row with its completion date 2024年5月 (task 33, 完成时限 2024年)", "2024年5月")
m("deadline-invalid", row(18), "progress note 已于3月上线 (past); deadline 2024年8月底 within task 77 (2024年)", "3月")
m("deadline-invalid", row(31), "progress note 已于3月上线 (past); deadline 2024年5月底 within task 105 (2024年)", "3月")
m("deadline-invalid", row(28), "progress note 已于1月投入运行 (past); deadline 2024年12月底 within task 96 (2025年)", "1月")
# units
m("unknown-unit", row(1), "prefix 县 distributes: 县工业和信息化局、应急管理局 = 县应急管理局, in units.txt", "应急管理局")
m("unknown-unit", row(3), "official short name 县卫健局 (units.txt alias of 县卫生健康局)", "县卫健局")
m("unknown-unit", row(23), "short name 县审批局 (alias of 县审批服务管理局)", "县审批局")
m("unknown-unit", row(25), "县发改局 is an alias of 县发展和改革局 in units.txt (only 县经济和信息化局 in this cell is wrong)", "县发改局")
m("unknown-unit", row(27), "city bureau's county branch, listed in units.txt", "中卫市生态环境局中宁分局")
m("unknown-unit", row(6), "enterprise outside government, listed in units.txt; 县政府办公室（县大数据中心） both listed", "中国电信中宁分公司")
m("unknown-unit", row(4), "collective subject", "县直各部门（单位）")
m("unknown-unit", row(21), "collective subjects 各乡镇人民政府、各村（社区）", "各村（社区）")
m("unknown-unit", row(22), "collective subject", "县直有关部门")
m("unknown-unit", ln("积极争取自治区政府办公厅"), "regional units (in the baseline) named as sources of support, not as leads of a county task", "自治区政府办公厅")
m("unknown-unit", row(41), "县委党校 is in units.txt", "县委党校")
m("unknown-unit", ln("县大数据中心承担日常工作"), "县数字政府建设领导小组 and 县大数据中心 are in units.txt", "县大数据中心")
m("unknown-unit", ln("说明：1．牵头单位有多个的"), "县数字政府建设领导小组办公室 is in units.txt", "县数字政府建设领导小组办公室")
m("unknown-unit", ln("一体化推进县级指挥调度中心建设"), "县级指挥调度中心 is a facility to be built, not a responsible unit", "县级指挥调度中心")
m("unknown-unit", ln("中宁县人民政府办公室关于印发"), "issuer; 中宁县人民政府办公室 is an alias in units.txt", "中宁县人民政府办公室")
m("unknown-unit", row(16), "县市场监管局 alias of 县市场监督管理局; 分别负责", "县市场监管局")
m("unknown-unit", ln("中卫市人民政府《关于加强数字政府建设的实施方案》"), "issuer of the cited city plan, not a responsible unit of a task", "中卫市人民政府")
m("unknown-unit", ln("40．依托自治区生态环境数据资源中心"), "自治区生态环境数据资源中心 is a regional data platform (task 94's 生态环境数据资源中心), not a responsible unit", "生态环境数据资源中心")
m("garbled-text", ln("填报日期：2024年7月5日"), "full-width spaces between 填报单位 and 填报日期 are layout, not mojibake", "　　")

covers = []
def c(task, line): covers.append({"task": task, "line": line})
c(3, row(1)); c(10, row(2)); c(8, row(3)); c(18, row(4)); c(43, row(5)); c(47, row(6)); c(48, row(7))
c(49, row(8)); c(41, row(9)); c(33, row(10)); c(23, row(11)); c(40, row(12)); c(54, row(13)); c(58, row(14))
c(56, row(15)); c(71, row(16)); c(70, row(17)); c(77, row(18)); c(79, row(19)); c(80, row(20)); c(83, row(21))
c(84, row(22)); c(86, row(23)); c(88, row(24)); c(89, row(25)); c(93, row(26)); c(94, row(27)); c(96, row(28))
c(98, row(29)); c(104, row(30)); c(105, row(31)); c(106, row(32)); c(107, row(33)); c(108, row(34)); c(111, row(35))
c(112, row(36)); c(114, row(37)); c(115, row(38)); c(64, row(39)); c(116, row(40)); c(118, row(41))
c(6, ln("4．推进教育、医疗")); c(7, ln("4．推进教育、医疗")); c(11, ln("7．配合推进“数字供销”"))
c(12, ln("8．配合自治区培育数据要素市场")); c(13, ln("8．配合自治区培育数据要素市场"))
c(14, ln("10．落实各乡镇")); c(15, ln("10．落实各乡镇")); c(21, ln("13．推动各类行政权力事项")); c(22, ln("13．推动各类行政权力事项"))
c(24, ln("14．完善县级政务信息化项目会商机制")); c(28, ln("16．围绕基层治理")); c(32, ln("17．明确县直各部门"))
c(42, ln("20．推进供水、供电")); c(66, ln("26．依托宁夏经济运行大数据平台")); c(68, ln("28．完善监管事项目录")); c(72, ln("30．推动县级监管业务系统"))
c(100, ln("43．推进用水权")); c(25, ln("（二）强化资金保障。")); c(122, ln("（四）严格考核评价。"))

# sanity: cells quoted in expect really are where claimed
assert cell(7, 5) == "2025年6月底" and cell(30, 5) == "20224年8月底" and cell(14, 5) == "2023年12月底"
assert cell(25, 2).startswith("县经济和信息化局") and cell(12, 2).startswith("自治区档案局牵头")
for e in expect + mnf:
    if e.get("text") and e["line"]:
        assert e["text"] in L[e["line"] - 1], e

key = {
 "writer": "blind writer, round 340; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("中宁县 (中卫市) 2024 annual 工作要点 issued 2024-03-12, with a 任务推进表 filled in as of 2024-06-30: columns 序号/重点任务/责任单位/完成时限/进展情况/调整后时限. "
           "No parent plan is given (the 中卫 city plan is not in the seeds; it is cited by title only). units.txt is the county registry written for this case. "
           "Regional tasks due 2023 (14, 15, 24, 25, 32, 68, 72) are taken up only in undated body points; every dated row maps to a task due 2024 or later or ongoing. "
           "The table note says the first-listed unit leads. Body point 39 and table row 26 disagree on the 适老化 date (body late, row equal) on purpose."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers), len(set(x["task"] for x in covers)))
for e in expect: print(e["rule"], e["line"], e["text"])
