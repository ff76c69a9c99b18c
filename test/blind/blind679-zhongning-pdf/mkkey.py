#!/usr/bin/python3
# Writes key.json; every line number is looked up in the final draft.txt and checked.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L.pop()

def ln(s, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]

def uniq(s):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]

def at(n, s):
    assert s in L[n - 1], (n, s, L[n - 1])
    return n

def row(num):
    hits = [i + 1 for i, l in enumerate(L) if "\t%d." % num in l]
    assert len(hits) == 1, (num, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": uniq("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series "
            "(the title starts on the line above, the wrong 文号 is on this line)"},
    {"rule": "deadline-later-than-baseline", "line": uniq("到2026年"), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 全区各级数字政府建设“34567”体系框架全面成型; the county puts the same goal in 2026"},
    {"rule": "deadline-later-than-baseline", "line": at(row(23), "2025年6月底前"), "text": "2025年6月底前",
     "why": "row 23 (适老化与信息无障碍建设) is regional task 93, 完成时限 2024年 (各市、县（区）按照职能分别负责)"},
    {"rule": "deadline-invalid", "line": at(row(15), "2024年11月31日前"), "text": "11月31日",
     "why": "November has 30 days; row 15 is regional task 71 (完成时限 2024年), so the year itself is not late"},
    {"rule": "unknown-unit", "line": at(row(1), "县经济和信息化局"), "text": "县经济和信息化局",
     "why": "pre-reform name; units.txt has 县工业信息化和商务局 (alias 县工信商务局), no 经济和信息化局; row 1 is task 3"},
    {"rule": "garbled-text", "line": uniq("鍗忓悓鍔炲叕骞冲彴"), "text": "鍗忓悓鍔炲叕骞冲彴",
     "why": "协同办公平台 as UTF-8 bytes read as GBK (re-encode GBK, decode UTF-8)"},
]

M = []
def nf(rule, line, why, text=None, pillar=None):
    e = {"rule": rule, "line": line}
    if pillar:
        e["pillar"] = pillar
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

# basis documents
nf("basis-mismatch", uniq("中宁政办发〔2024〕15号"), "the plan's own 文号 in its header, not a basis document", "中宁政办发〔2024〕15号")
nf("basis-mismatch", uniq("国发〔2022〕14号"), "correct 文号 and title of the national 指导意见 (title starts on the line above)", "国发〔2022〕14号")
nf("basis-mismatch", uniq("政府《关于加强数字政府建设的实施方案》"),
   "the city (中卫市) plan cited by title alone, as DOMAIN says county plans do; issuer 中卫市人民/政府 is cut across the line break; no 文号 to check",
   "《关于加强数字政府建设的实施方案》")
nf("basis-mismatch", uniq("办发〔2020〕14号"),
   "retrospective mention of the 2020 工作要点 (宁政办发〔2020〕14号 is its correct 文号, cut 宁政/办发 across lines), not cited as a basis",
   "办发〔2020〕14号")
nf("basis-mismatch", uniq("《中宁县关于加强数字政府建设的实施方案》已经"),
   "the plan's own title in the 印发 notice (also cut across lines 3–4 in the notice heading)", "《中宁县关于加强数字政府建设的实施方案》")

# dates in the body
nf("deadline-invalid", uniq("到2023年底，全县政务服务事项"), "background fact about the past (what was achieved by 2023), not a deadline", "2023年底")
nf("deadline-invalid", uniq("政务信创云2023年启动建设"),
   "copied regional schedule of task 19 (2023年启动，2024年建成); the 2023 milestone lies before the plan's year but is the region's own, quoted as context",
   "2023年启动")
nf("deadline-later-than-baseline", uniq("政务信创云2023年启动建设"), "task 19 完成时限 2023年启动，2024年建成: equal", "2024年建成")
nf("deadline-invalid", uniq("2024年3月22日"), "the notice's issue date, not a deadline", "2024年3月22日")
nf("deadline-later-than-baseline", uniq("到2024年底"),
   "an interim 2024 goal (外网 county/township/village coverage = task 48, 2024年; 宁政通 = task 105, 2024年; 我的宁夏 应上尽上 = task 86, 2024年), earlier than the region's 2025 goals; "
   "the region's 2023 goals concern 自治区本级 and are not restated", "到2024年底")
nf("deadline-later-than-baseline", uniq("到2035年"), "equal to the region's 到2035年 goal", "到2035年")
nf("deadline-later-than-baseline", uniq("开放平台，2024"),
   "2024/年底前 is cut across the line break (next line); task 41 完成时限 2024年: equal", "2024")
nf("deadline-later-than-baseline", uniq("于每年6月底、12月底前"), "the office's own half-year/year-end reporting dates, not task deadlines", "12月底前")
nf("deadline-later-than-baseline", uniq("2024年12月10日前"), "the office's own date for the annual summary, not a task deadline", "2024年12月10日前")

# table deadlines
nf("deadline-later-than-baseline", row(1), "task 3 完成时限 持续推进，2025年取得明显成效: equal", "持续推进，2025年取得明显成效")
nf("deadline-later-than-baseline", row(2), "task 6 完成时限 持续推进，2025年取得明显成效: equal", "持续推进，2025年取得明显成效")
nf("deadline-later-than-baseline", row(3), "task 10 完成时限 持续推进，2025年取得明显成效: 2025年 equal", "2025年")
nf("deadline-later-than-baseline", row(4),
   "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: the completing milestone 2025 is equal", "2025年取得明显成效")
nf("deadline-later-than-baseline", row(5), "task 21 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(6), "task 23 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(7), "task 28 完成时限 2023年启动，2025年取得明显成效: 2025年 equal", "2025年")
nf("deadline-later-than-baseline", row(8), "task 41 完成时限 2024年: 2024年12月底前 equal", "2024年12月底前")
nf("deadline-later-than-baseline", row(9), "task 40 (and 54) 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(10), "task 48 (and 47) 完成时限 2024年: 2024年10月底前 earlier", "2024年10月底前")
nf("deadline-later-than-baseline", row(11), "task 49 完成时限 2025年: equal", "2025年")
nf("deadline-later-than-baseline", row(12), "task 56 完成时限 2025年: 2024年底 earlier", "2024年底")
nf("deadline-later-than-baseline", row(13), "task 64 完成时限 2025年: 2024年6月底前 earlier", "2024年6月底前")
nf("deadline-later-than-baseline", row(14), "task 66 完成时限 2025年: equal", "2025年")
nf("deadline-later-than-baseline", row(16), "task 74 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(17), "task 77 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(18), "task 80 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(19), "task 83 完成时限 2025年: equal", "2025年")
nf("deadline-later-than-baseline", row(20), "tasks 84 and 89 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(21),
   "task 87 完成时限 2023年启动，2025年完成: the completing milestone 2025年完成 is equal; a plan issued in 2024 cannot start in 2023",
   "2024年启动，2025年完成")
nf("deadline-later-than-baseline", row(22), "task 90 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(24), "task 94 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(25), "task 96 完成时限 2025年: equal", "2025年")
nf("deadline-later-than-baseline", row(26), "task 98 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(27),
   "task 106 (填表报数系统, 完成时限 2025年): equal; the row only names 宁政通 as the carrier, it is not task 105 (2024年)", "2025年")
nf("deadline-later-than-baseline", row(28), "tasks 112 and 114 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", row(29), "task 121 完成时限 长期坚持: equal", "长期坚持")

# units
nf("unknown-unit", uniq("各乡镇人民政府，县政府各部门、各直属机构"), "collective addressees of the notice", "县政府各部门")
nf("unknown-unit", row(1), "alias of 中宁工业园区管理委员会 in units.txt", "中宁工业园区管委会")
nf("unknown-unit", row(3), "collective subjects", "各乡镇人民政府")
nf("unknown-unit", row(3), "collective subject", "各村（社区）")
nf("unknown-unit", row(4), "alias of 县供销合作社联合社", "县供销社")
nf("unknown-unit", row(5), "alias of 县审批服务管理局", "县审批局")
nf("unknown-unit", row(5), "collective subject", "县直各部门（单位）")
nf("unknown-unit", row(6), "alias of 县人民政府办公室", "县政府办")
nf("unknown-unit", row(6), "alias of 县发展和改革局", "县发改局")
nf("unknown-unit", row(7), "collective subject", "县直有关部门")
nf("unknown-unit", row(9), "canonical names in units.txt", "县委办公室、县档案馆")
nf("unknown-unit", row(14), "canonical names (县工业信息化和商务局 is the current name of the department)", "县工业信息化和商务局")
nf("unknown-unit", row(15), "alias of 县市场监督管理局", "县市场监管局")
nf("unknown-unit", row(16), "collective subject (county form of 承担监管职责的自治区有关部门（单位）)", "承担监管职责的县直有关部门")
nf("unknown-unit", row(18), "in units.txt (国家综合性消防救援队伍 unit, canonical)", "中宁县消防救援大队")
nf("unknown-unit", row(24), "in units.txt: the city bureau's 中宁 branch, a county-level unit", "中卫市生态环境局中宁分局")
nf("unknown-unit", row(26), "alias of 县林业和草原局", "县林草局")
nf("unknown-unit", uniq("由县审批服务"),
   "县审批服务管理局 is cut across a line break with a page number (— 4 —) in between; the next text line starts 管理局牵头",
   "县审批服务")
nf("unknown-unit", uniq("领导责任，县人民政"), "中宁县人民政府 (alias 县人民政府) cut across the line break 县人民政/府", "县人民政")
nf("unknown-unit", uniq("县数字政府建设领导小组办公室报送"), "alias in units.txt of 县推进数字政府建设领导小组办公室", "县数字政府建设领导小组办公室")
nf("unknown-unit", uniq("领导小组办公室设在县政府办公室"), "alias of 县人民政府办公室", "县政府办公室")

# layout and framework
nf("garbled-text", uniq("— 3 —"), "a page-number line of the PDF copy, cutting the word 服/务 between lines; layout, not damage", "— 3 —")
nf("missing-pillar", 0, "五个一/六级贯通 (the work system) is taken up by content in 二、(健全组织机构, 厘清层级职责), though a county has no 五个一 of its own", pillar="五个一和六级贯通")
nf("missing-pillar", 0, "政务运行 is covered (宁政通, 填表报数, 视频会议, 公共资源交易监督) even though one run of its paragraph is garbled", pillar="政务运行")
nf("missing-pillar", 0, "数字生态 is covered by 三、（三） (数据要素市场, 数据交易规范, 网络生态)", pillar="数字生态")

C = []
def cv(task, line, s):
    assert s in L[line - 1], (task, line, s, L[line - 1])
    C.append({"task": task, "line": line})

cv(3, uniq("“智慧园区”建设，提升园区公共服务、环境保护"), "智慧园区")
cv(3, row(1), "智慧园区")
cv(5, uniq("创新以网管网等新型监管模式"), "以网管网")
cv(6, row(2), "服务数字化")
cv(7, uniq("用好国家智慧教育平台"), "国家智慧教育平台")
cv(8, uniq("用好国家智慧教育平台"), "互联网+医疗健康")
cv(10, row(3), "数字乡村")
cv(11, row(4), "数字供销")
cv(12, uniq("配合自治区培育数据要素市场"), "数据要素市场")
cv(13, uniq("规范数据交易行为"), "规范数据交易行为")
cv(14, uniq("工作主体责任、监督责任"), "主体责任")
cv(15, uniq("机制，规范企业参与政务信息化建设和运营"), "规范企业参与")
cv(19, uniq("政务信创云2023年启动建设"), "政务信创云")
cv(21, row(5), "行政权力事项网上运行")
cv(23, row(6), "一本账")
cv(24, uniq("健全政务信息化建设管理会商机制"), "会商机制")
cv(28, row(7), "试点示范")
cv(32, uniq("明确县直各部门数据管理机构"), "数据管理机构")
cv(36, uniq("健全政务数据供需对接机制"), "供需对接机制")
cv(40, row(9), "电子公文")
cv(41, row(8), "公共数据开放")
cv(42, uniq("供气等公共数据与"), "公共数据与")
cv(46, uniq("推进政务信息系统向政务云有序迁移"), "政务云有序迁移")
cv(48, row(10), "县、乡、村全覆盖")
cv(49, row(11), "视频一张网")
cv(50, uniq("业务专网向电子政务外网整合迁移"), "专网")
cv(56, row(12), "非税收入收缴电子化")
cv(64, row(13), "组织机构")
cv(66, row(14), "经济运行大数据平台")
cv(68, uniq("完善监管事项目录和实施清单"), "照单")
cv(71, row(15), "数字化追溯监管")
cv(74, row(16), "远程监管")
cv(77, row(17), "矛盾纠纷多元化解信息系统")
cv(79, uniq("雪亮工程"), "雪亮工程")
cv(80, row(18), "智慧应急")
cv(83, row(19), "互联网+基层治理")
cv(84, row(20), "网上办、掌上办、就近办、一次办")
cv(85, uniq("“集成办”“免证办”"), "免申即享")
cv(87, row(21), "12345")
cv(89, row(20), "惠企政策专栏")
cv(90, row(22), "公共场馆")
cv(93, row(23), "适老化")
cv(94, row(24), "生态环境数据资源中心")
cv(96, row(25), "互联网+城乡供水")
cv(98, row(26), "智慧林草")
cv(102, uniq("推进水、气、土、废污染防治"), "污染防治")
cv(106, row(27), "填表报数")
cv(107, uniq("视频会议系统资源，推进公共资源交易"), "视频会议系统资源")
cv(108, uniq("视频会议系统资源，推进公共资源交易"), "公共资源交易全流程数字化")
cv(112, row(28), "政务公开信息化平台")
cv(114, row(28), "政务新媒体矩阵")
cv(116, uniq("府履行数字政府建设主体责任"), "一把手工程")
cv(118, uniq("全县干部开展数字化能力培训"), "数字化能力培训")
cv(121, row(29), "考核")
cv(122, uniq("将数字政府建设纳入县效能目标管理考核"), "效能目标管理考核")
cv(124, uniq("常态化开展督促检查和经验交流"), "容错和奖惩机制")

key = {
    "writer": "blind writer, round 679; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("中宁县 (中卫市) 2024 实施方案 as text copied out of its PDF: lines cut at ~30 em wherever the width ran out "
              "(inside names, 文号, brackets and one date: 2024/年底前), paragraphs indented with two full-width spaces, "
              "page-number lines '— N —' between lines (one falls inside the unit name 县审批服务/管理局), the task table "
              "(附件) one row per line with tabs, header repeated on each landscape page, empty first cell continues the group. "
              "No parent plan is given (the 中卫市 plan is cited by title only and is not in the seeds). The table note says "
              "the first-listed unit leads. Six planted slips: wrong 文号 for the regional 实施意见, a 2026 goal for the "
              "2025 '34567' framework, a late row (task 93), an impossible date (11月31日), a pre-reform unit name, one "
              "mojibake run. make.py builds draft.txt; mkkey.py builds this key and checks every line number."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(C), "covers;", len(set(c["task"] for c in C)), "distinct tasks")
