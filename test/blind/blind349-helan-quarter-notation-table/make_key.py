# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up in the final draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")

def line_of(s, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]

def row(n):
    return [i + 1 for i, l in enumerate(L) if l.startswith("%d\t" % n)][0]

def cell(n, col):
    return L[row(n) - 1].split("\t")[col]

def chk(n, text, col=4):
    assert cell(n, col) == text or text in cell(n, col), (n, text, cell(n, col))
    return row(n)

expect = [
 {"rule": "basis-mismatch", "line": line_of("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the 文号 year is wrong"},
 {"rule": "deadline-later-than-baseline", "line": chk(15, "2024H1"), "text": "2024H1",
  "why": "row 15 is regional task 36 (政务数据供需对接机制、归集共享通报制度), 完成时限 2023年; 2024H1 (end of June 2024) is half a year later"},
 {"rule": "deadline-later-than-baseline", "line": chk(21, "2025Q1"), "text": "2025Q1",
  "why": "row 21 is regional task 47 (电子政务外网升级改造、互联网出口带宽), 完成时限 2024年 (task 48, the nearest other match, is also 2024年); 2025Q1 is a quarter later"},
 {"rule": "deadline-invalid", "line": chk(22, "2024Q5"), "text": "2024Q5",
  "why": "there is no fifth quarter; row 22 is regional task 48 (城域网升级、5级全覆盖), 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": chk(33, "2025H3"), "text": "2025H3",
  "why": "a year has two halves, there is no H3; row 33 is regional task 83 (互联网+基层治理), 完成时限 2025年"},
 {"rule": "unknown-unit", "line": chk(18, "县大数据中心", 2), "text": "县大数据中心",
  "why": "not in units.txt: the county has no 大数据 unit; its e-government body is 县电子政务服务中心 and data work sits with 县政府办"},
]

M = []
def nm(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    M.append(d)

D = "deadline-later-than-baseline"
nm(D, chk(16, "2024Q4"), "2024Q4 = end of 2024, equal to task 33/34 (基础库、主题库) 完成时限 2024年", "2024Q4")
nm(D, chk(31, "2024Q4"), "2024Q4 equal to task 79 (雪亮工程) 完成时限 2024年", "2024Q4")
nm(D, chk(35, "2024Q4"), "2024Q4 equal to task 88 (证照分离) 完成时限 2024年", "2024Q4")
nm(D, chk(23, "2024H2"), "2024H2 = end of 2024, equal to task 50 (专网整合迁移) 完成时限 2024年", "2024H2")
nm(D, chk(28, "2024H2"), "2024H2 equal to task 71 (全链条追溯监管) 完成时限 2024年", "2024H2")
nm(D, chk(36, "2024H2"), "2024H2 equal to task 93 (适老化与信息无障碍) 完成时限 2024年", "2024H2")
nm(D, chk(18, "2024H2"), "2024H2 equal to task 41 (公共数据开放目录) 完成时限 2024年 (the row's only mistake is its unit)", "2024H2")
nm(D, chk(20, "2024-Q4"), "2024-Q4 equal to task 43 (政务信创云过渡, 2024年建成，持续推进); tasks 19 and 46 are also due 2024", "2024-Q4")
nm(D, chk(40, "2024H1"), "2024H1 earlier than task 105 (宁政通) 完成时限 2024年; same notation as the planted row 15 but against a 2024 task", "2024H1")
nm(D, chk(8, "2024Q2"), "2024Q2 earlier than task 20 (职责梳理) 完成时限 2024年", "2024Q2")
nm(D, chk(9, "2024.06"), "2024.06 earlier than task 21 (行政权力事项网上运行) 完成时限 2024年", "2024.06")
nm(D, chk(10, "2024-12"), "2024-12 equal to task 23 (一本账) 完成时限 2024年", "2024-12")
nm(D, chk(32, "2024-12"), "2024-12 equal to task 80 (智慧应急) 完成时限 2024年", "2024-12")
nm(D, chk(17, "2024/9"), "2024/9 earlier than task 40 (电子公文) 完成时限 2024年", "2024/9")
nm(D, chk(37, "2024/12"), "2024/12 equal to task 97 (自然资源一张图) 完成时限 2024年", "2024/12")
nm(D, chk(25, "2024Q3"), "2024Q3 earlier than task 54 (电子文件归档) 完成时限 2024年", "2024Q3")
nm(D, chk(39, "2024Q3"), "2024Q3 earlier than task 104 (协同办公平台) 完成时限 2024年", "2024Q3")
nm(D, chk(44, "2024-Q3"), "2024-Q3 earlier than task 114 (政务新媒体矩阵) 完成时限 2024年", "2024-Q3")
nm(D, chk(34, "2024.10"), "2024.10 earlier than task 86 (我的宁夏 应上尽上) 完成时限 2024年", "2024.10")
nm(D, chk(43, "2024.12"), "2024.12 equal to task 112 (政务公开信息化平台) 完成时限 2024年", "2024.12")
nm(D, chk(19, "2024年底前"), "equal to task 42 (公共数据与政务数据融合) 完成时限 2024年", "2024年底前")
nm(D, chk(30, "2024年底前"), "equal to task 77 (矛盾纠纷多元化解) 完成时限 2024年", "2024年底前")
nm(D, chk(27, "2024.03"), "earlier than task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年", "2024.03")
nm(D, chk(1, "2025H2"), "2025H2 = end of 2025, equal to task 3 (智慧园区, 持续推进，2025 年取得明显成效)", "2025H2")
nm(D, chk(24, "2025H2"), "2025H2 equal to task 49 (视频一张网) 完成时限 2025年 (task 81 is also 2025年)", "2025H2")
nm(D, chk(4, "2025.12"), "equal to task 11 (数字供销, 2023年完成主要建设任务，2025年取得明显成效)", "2025.12")
nm(D, chk(26, "2025.06"), "earlier than task 56 (非税收入电子化) 完成时限 2025年", "2025.06")
nm(D, chk(41, "2025Q2"), "earlier than task 106 (填表报数) 完成时限 2025年", "2025Q2")
nm(D, chk(2, "2025年底前"), "equal to task 6 (持续推进，2025年取得明显成效)", "持续推进，2025年底前取得明显成效")
nm(D, chk(3, "2025年底前"), "equal to task 10 (数字乡村, 持续推进，2025年取得明显成效)", "2025年底前")
nm(D, chk(12, "2025年底前"), "equal to task 28 (试点示范, 2023年启动，2025年取得明显成效)", "2025年底前")
nm(D, chk(42, "2025年底前"), "equal to task 107 (视频会议平台) 完成时限 2025年", "2025年底前")
nm(D, chk(38, "2025年"), "equal to task 96 (互联网+城乡供水) 完成时限 2025年", "2025年")
nm(D, chk(5, "2023Q4"), "2023Q4 equal to task 14 (安全主体责任) 完成时限 2023年; the row is marked 已完成", "2023Q4")
nm("deadline-invalid", chk(5, "2023Q4"), "2023Q4 lies in the plan's own year (issued 2023年12月) and the row is already done (已完成); not before the issue year", "2023Q4")
nm(D, chk(6, "2023年底前"), "equal to task 15 (安全评估机制) 完成时限 2023年", "2023年底前")
nm(D, chk(11, "2023-12"), "equal to task 24 (会商机制) 完成时限 2023年", "2023-12")
nm(D, chk(13, "2023年底前"), "equal to task 30 (政务数据一本账) 完成时限 2023年", "2023年底前")
nm(D, chk(14, "2023年"), "equal to task 32 (数据管理机构) 完成时限 2023年", "2023年")
nm(D, chk(29, "2023年底前"), "equal to task 68 (照单监管) 完成时限 2023年", "2023年底前")
nm(D, chk(7, "2023Q4形成机制，长期坚持"), "equal to task 18 (2023年形成机制，长期坚持)", "2023Q4形成机制，长期坚持")
nm(D, chk(45, "2023年底前完成，长期坚持"), "equal to task 116 (2023年完成并长期坚持)", "2023年底前完成，长期坚持")
nm(D, chk(46, "2023年完成，长期坚持"), "equal to task 118 (2023年完成并长期坚持)", "2023年完成，长期坚持")
nm(D, chk(47, "持续推进"), "ongoing, matching task 121 (长期坚持); no completing milestone to be late", "持续推进")
nm(D, line_of("到2023年底，县级"), "主要目标 2023 goal (平台“家底”全面理清) equal to the region's 到2023年底", "到2023年底")
nm(D, line_of("到2025年，全县"), "主要目标 framework goal equal to the region's 到2025年 “34567”体系框架全面成型", "到2025年")
nm(D, line_of("到2035年，与政府"), "主要目标 2035 goal equal to the region's 到2035年", "到2035年")
nm(D, line_of("2024年1月15日前"), "the office's own reporting date for 工作台账, not a task deadline", "2024年1月15日前")
nm("deadline-invalid", line_of("2024年1月15日前"), "a reporting date in the future of the plan, valid", "2024年1月15日前")
nm(D, line_of("每季度末月25日前"), "the office's own quarterly reporting rhythm, not a task deadline", "每季度末月25日前")
nm(D, line_of("说明：计划完成时间"), "legend explaining the spreadsheet notations (2024Q2, 2024H1, 2024.06, 2024-12, 2024/9); examples, not deadlines")
nm("deadline-invalid", line_of("说明：计划完成时间"), "legend examples are valid dates, not deadlines")
nm("deadline-invalid", line_of("2021年建成县级"), "past dates (2021年, 2022年) in the background paragraph describe achievements, not deadlines", "2021年")
nm("basis-mismatch", line_of("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nm("basis-mismatch", line_of("宁政办发〔2023〕11号"), "数字宁夏“1244+N”行动计划实施方案 cited with the 文号 the 吴忠 plan also uses", "宁政办发〔2023〕11号")
nm("basis-mismatch", line_of("《银川市人民政府关于加强数字政府建设的实施方案》"), "the city plan cited by title alone, as city plans often have no 文号 in citations", "《银川市人民政府关于加强数字政府建设的实施方案》")
nm("basis-mismatch", line_of("宁政办发〔2020〕14号"), "retrospective mention in the background of the 2020 工作要点 with its correct 文号, not cited as basis", "宁政办发〔2020〕14号")
nm("basis-mismatch", line_of("行动计划（2020年—2022年）"), "retrospective mention of the expired 2020—2022 行动计划 in the background, not cited as basis", "《宁夏回族自治区“数字政府”建设行动计划（2020年—2022年）》")
U = "unknown-unit"
nm(U, chk(5, "各乡镇人民政府", 3), "collective subject", "各乡镇人民政府")
nm(U, chk(5, "县直各部门（单位）", 3), "collective subject", "县直各部门（单位）")
nm(U, chk(8, "县直有关部门", 3), "collective subject", "县直有关部门")
nm(U, chk(22, "各村（社区）", 3), "collective subject", "各村（社区）")
nm(U, chk(11, "县发改局", 2), "official short name of 县发展和改革局 in units.txt", "县发改局")
nm(U, chk(11, "县财政局、审计局", 3), "prefix 县 distributes: 县财政局, 县审计局, both in units.txt", "审计局")
nm(U, chk(30, "县公安局、司法局", 3), "prefix 县 distributes: 县公安局, 县司法局, both in units.txt", "司法局")
nm(U, chk(28, "县市场监管局", 2), "short name of 县市场监督管理局 in units.txt", "县市场监管局")
nm(U, chk(4, "县供销社", 2), "short name of 县供销合作社 in units.txt", "县供销社")
nm(U, chk(6, "县政府办", 3), "short name of 县人民政府办公室 in units.txt", "县政府办")
nm(U, chk(32, "贺兰县气象局", 3), "in units.txt", "贺兰县气象局")
nm(U, chk(32, "县消防救援大队", 3), "in units.txt", "县消防救援大队")
nm(U, chk(1, "贺兰工业园区管委会", 2), "in units.txt", "贺兰工业园区管委会")
nm(U, chk(21, "县电子政务服务中心", 2), "in units.txt (the real e-government body; contrast the planted 县大数据中心)", "县电子政务服务中心")
nm(U, line_of("县数字政府办会同"), "short name of 县数字政府建设领导小组办公室 in units.txt", "县数字政府办")
nm("missing-pillar", 0, "all pillars are taken up: 三个驱动 (lines 15-17), 四个支撑 (19-36), 五个一/六级贯通 folded into 一套工作体系 (37-40), 七个能力 (42-48), 党的领导 (50-53)")
nm("garbled-text", 0, "the draft has no encoding damage")

cov = []
def cv(task, line): cov.append({"task": task, "line": line})
cv(3, row(1)); cv(5, line_of("（一）驱动数字经济发展")); cv(6, row(2)); cv(7, line_of("国家智慧教育平台")); cv(8, line_of("国家智能社会治理实验基地"))
cv(10, row(3)); cv(11, row(4)); cv(12, line_of("（三）营造良好数字生态")); cv(14, row(5)); cv(15, row(6)); cv(17, line_of("落实安全制度要求"))
cv(18, row(7)); cv(20, row(8)); cv(21, row(9)); cv(22, line_of("以数字化改革助力政府职能转变")); cv(23, row(10)); cv(24, row(11)); cv(25, line_of("（二）加大财政投入"))
cv(28, row(12)); cv(30, row(13)); cv(32, row(14)); cv(36, row(15)); cv(33, row(16)); cv(34, row(16)); cv(40, row(17)); cv(41, row(18)); cv(42, row(19))
cv(43, row(20)); cv(47, row(21)); cv(48, row(22)); cv(50, row(23)); cv(49, row(24)); cv(54, row(25)); cv(56, row(26)); cv(64, row(27))
cv(71, row(28)); cv(68, row(29)); cv(70, line_of("（二）提升综合高效的市场监管能力")); cv(72, line_of("（二）提升综合高效的市场监管能力"))
cv(77, row(30)); cv(79, row(31)); cv(80, row(32)); cv(83, row(33)); cv(85, line_of("（四）提升普惠便捷的公共服务能力")); cv(86, row(34)); cv(88, row(35)); cv(93, row(36))
cv(97, row(37)); cv(96, row(38)); cv(102, line_of("（五）提升系统科学的生态环境保护能力")); cv(104, row(39)); cv(105, row(40)); cv(106, row(41)); cv(107, row(42))
cv(112, row(43)); cv(114, row(44)); cv(115, line_of("（七）提升全面规范的政务公开能力")); cv(116, row(45)); cv(118, row(46)); cv(121, row(47)); cv(124, line_of("（四）强化考核评价"))

key = {
 "writer": "blind writer, round 349; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": cov,
 "notes": ("County plan of 贺兰县 (银川市), 2023年12月 送审稿, checked against ningxia-2023 only (no parent). "
           "The 重点任务分工表 (lines %d-%d, tab-separated: 序号/重点任务/牵头单位/配合单位/计划完成时间/进度) uses spreadsheet notations: "
           "YYYYQn = end of quarter n, YYYY-Qn the same, YYYYH1 = end of June, YYYYH2 = end of year, YYYY.MM / YYYY-MM / YYYY/M = end of that month; "
           "line %d of the draft states this legend. 2024Q5 and 2025H3 are impossible and are annotated as deadline-invalid only; "
           "a reader who normalises them to 2025Q1 / 2026H1 would also call them late (see report). "
           "Regional deadlines quoted from 附件2 of 宁政发〔2023〕17号.") % (row(1)-1, row(47), line_of("说明：计划完成时间")),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(cov), len(set(c["task"] for c in cov)))
