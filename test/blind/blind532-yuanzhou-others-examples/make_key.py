# -*- coding: utf-8 -*-
# Builds key.json; every line number is found from draft.txt and checked.
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
if lines[-1] == "": lines.pop()
def ln(s, n=1):
    hits = [i + 1 for i, l in enumerate(lines) if s in l]
    assert len(hits) >= n, (s, hits)
    return hits[n - 1]
def only(s):
    hits = [i + 1 for i, l in enumerate(lines) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]
def row(k):  # line of task-list row k
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f"{k}\t")]
    assert len(hits) == 1, (k, hits)
    return hits[0]

expect = [
 {"rule": "deadline-later-than-baseline", "line": only("2025年底前实现电子政务外网"), "text": "2025年底前",
  "why": "own measure '开展城域网升级改造…电子政务外网区、乡（镇）、村三级全覆盖' is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年"},
 {"rule": "deadline-later-than-baseline", "line": row(30), "text": "2025年",
  "why": "task-list row 30 (适老化与信息无障碍建设) is task 93, 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": row(38), "text": "13月",
  "why": "impossible month '2024年13月底前' in task-list row 38 (视频会议平台, task 107, 完成时限 2025年)"},
 {"rule": "unknown-unit", "line": row(11), "text": "区大数据局",
  "why": "not in units.txt; the district body is 区大数据服务中心 (used correctly in other rows); row 11 is task 47"},
 {"rule": "unknown-unit", "line": row(35), "text": "自治区政府办公厅",
  "why": "regional body named as the lead (牵头) of a local task: row 35 (协同办公平台, task 104) was copied from the regional list; the district lead should be 区人民政府办公室"},
 {"rule": "garbled-text", "line": only("寤虹珛"), "text": "寤虹珛鏀垮姟鏁版嵁",
  "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立政务数据资源调查制度"},
 {"rule": "task-uncovered", "line": 0, "task": 114,
  "why": "deliberately left out: 政务新媒体矩阵 (自治区各部门及各市、县（区）分别负责, 2024年) is nowhere in the draft; the 政务公开 section keeps tasks 112, 113, 115"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# citations and document numbers
m("basis-mismatch", 1, "the plan's own 文号 at the head of the document, not a cited basis", "原政发〔2024〕21号")
m("basis-mismatch", only("（国发〔2022〕14号）"), "correct citations: 国务院指导意见 国发〔2022〕14号 and 自治区实施意见 宁政发〔2023〕17号, titles exact", "宁政发〔2023〕17号")
m("basis-mismatch", only("宁政办发〔2020〕14号"), "retrospective mention in 发展基础 ('自…实施以来') of the 2020 工作要点; title and 文号 match; not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", only("吴忠市人民政府2023年11月27日"), "another city's plan named as something learned from, title correct (吴忠市人民政府《关于加强数字政府建设的实施方案》); not this plan's basis and the draft has no parent plan", "《关于加强数字政府建设的实施方案》")
# dates of the document itself and background
m("deadline-invalid", 5, "the plan's issue date", "2024年4月18日")
m("deadline-invalid", 3, "date of the district government meeting that approved the plan", "2024年第5次")
m("deadline-invalid", only("2022年建成区政务服务中心"), "past achievements in 发展基础 (background, not deadlines)", "2022年")
# other places' dates and bodies
L16 = only("银川市由银川市大数据管理服务局牵头")
m("deadline-invalid", L16, "another place's past date: 银川市 built its 城市大脑 in 2023; background, not a deadline of this plan", "2023年")
m("deadline-later-than-baseline", L16, "银川市's own schedule for its 城市大脑二期 (would be later than task 9's 持续推进，2025年取得明显成效), reported as another place's plan, not a deadline of this plan", "2026年底前")
m("unknown-unit", L16, "another city's body named as background ('银川市由…牵头'), not a responsible unit of this plan", "银川市大数据管理服务局")
L17 = only("利通区人民政府办公室2023年9月")
m("deadline-invalid", L17, "another place's past date (利通区 launched its 报表系统 in 2023年9月)", "2023年9月")
m("unknown-unit", L17, "another county's body, background only", "利通区人民政府办公室")
L18 = only("浙江省2021年启动数字化改革")
m("deadline-invalid", L18, "another province's past date (浙江 started 数字化改革 in 2021)", "2021年")
m("unknown-unit", L18, "another province's body, background only", "浙江省大数据发展管理局")
L19 = only("吴忠市人民政府2023年11月27日")
m("deadline-invalid", L19, "date another city issued its plan; background", "2023年11月27日")
m("deadline-later-than-baseline", L19, "吴忠市's own goal, equal to the regional 2025 goal ('34567'体系框架全面成型); not this plan's deadline", "到2025年")
m("unknown-unit", L19, "another city's government named as the issuer of its plan", "吴忠市人民政府")
L34 = only("学习借鉴银川市2023年建成城市大脑")
m("deadline-invalid", L34, "another place's past date in a sentence matching task 9; 2023 is 银川's completion, not this plan's deadline", "2023年")
m("deadline-invalid", only("对标浙江省2021年启动的数字化改革"), "another province's past date (sentence matches task 20/21)", "2021年")
m("deadline-invalid", only("学习上海市2018年推出"), "another city's past date (sentence matches task 84)", "2018年")
L73 = only("借鉴彭阳县2021年")
m("deadline-invalid", L73, "a neighbouring county's past date in a sentence matching task 96 (2025年); background", "2021年")
m("unknown-unit", L73, "inline lead '由区水务局牵头' is in units.txt; 彭阳县 is another county named as background", "区水务局")
m("deadline-invalid", only("参照吴忠市利通区2023年9月上线"), "another county's past date in a sentence matching task 106 (2025年); the district's own deadline is in row 37", "2023年9月")
# goals
m("deadline-later-than-baseline", only("到2024年底，区级政务服务事项"), "2024 goal for tasks 84, 86, 43/46, all 完成时限 2024年 (task 43: 2024年建成，持续推进): equal", "到2024年底")
m("deadline-later-than-baseline", only("到2025年，全区数字政府建设"), "equal to the regional 2025 goal (体系框架全面成型); '全区' here means 原州区", "到2025年")
m("deadline-later-than-baseline", only("到2035年"), "equal to the regional 2035 goal", "到2035年")
# own reporting dates
L30 = only("每季度末月25日前")
m("deadline-later-than-baseline", L30, "the office's own reporting dates (quarterly and 12月10日 annual summary), not task deadlines", "12月10日前")
m("deadline-later-than-baseline", only("自2024年起，每年3月底前"), "own yearly date for the 年度工作要点 (task 121, 长期坚持; task 116, 2023年完成并长期坚持); a recurring annual date, not a late completion", "每年3月底前")
# task-list deadlines that are equal or earlier
eq = [
 (1, 3, "持续推进，2025年取得明显成效", "equal"),
 (2, 6, "持续推进，2025年取得明显成效", "equal"),
 (3, 8, "持续推进，2025年取得明显成效", "2025年, equal to the completing milestone"),
 (4, 10, "持续推进，2025年取得明显成效", "2025年, equal to the completing milestone"),
 (5, 21, "2024年", "equal"),
 (6, 23, "2024年", "2024年11月底前, earlier within the same year"),
 (7, 28, "2023年启动，2025年取得明显成效", "'2024年启动，2025年取得明显成效': the completing milestone 2025 is equal; the later start reflects the plan's own year"),
 (8, 40, "2024年", "equal"),
 (9, 41, "2024年", "equal"),
 (10, 43, "2024年建成，持续推进 (task 46: 2024年)", "2024年底前, equal"),
 (11, 47, "2024年", "equal (row carries a planted unit error, not a deadline error)"),
 (12, 49, "2025年", "equal"),
 (13, 54, "2024年", "equal"),
 (14, 56, "2025年", "equal"),
 (15, 57, "2024年", "2024年6月底前, earlier"),
 (16, 64, "2025年", "2024年6月底前, earlier"),
 (17, 66, "2025年", "equal"),
 (18, 71, "2024年", "equal"),
 (19, 73, "2024年", "equal"),
 (20, 74, "2024年", "equal"),
 (21, 77, "2024年", "equal"),
 (22, 79, "2024年", "equal"),
 (23, 80, "2024年", "equal"),
 (24, 83, "2025年", "equal"),
 (25, 84, "2024年", "equal"),
 (26, 86, "2024年", "2024年9月底前, earlier"),
 (27, 88, "2024年", "equal"),
 (28, 89, "2024年", "equal"),
 (29, 92, "2025年", "equal"),
 (31, 95, "2025年", "equal"),
 (32, 96, "2025年", "equal"),
 (33, 97, "2024年", "equal"),
 (34, 98, "2024年", "equal"),
 (35, 104, "2024年", "equal (row carries a planted unit error)"),
 (36, 105, "2024年", "equal"),
 (37, 106, "2025年", "2024年底前, earlier"),
 (39, 111, "2025年", "equal"),
 (40, 112, "2024年", "equal"),
 (41, 115, "2024年", "equal"),
]
for r, t, d, how in eq:
    m("deadline-later-than-baseline", row(r), f"task-list row {r} is task {t}, 完成时限 {d}: {how}", lines[row(r)-1].split("\t")[3])
# units: collectives, aliases, distribution, registered names with 和
m("unknown-unit", 2, "addressees are collectives (各乡镇人民政府、街道办事处, 区政府各部门)", "各乡镇人民政府")
m("unknown-unit", row(2), "prefix 区 distributes: 区卫生健康局, 区人力资源和社会保障局 (a registered name, not split at 和), 区民政局, 区文化旅游广电局", "人力资源和社会保障局")
m("unknown-unit", row(4), "区委网信办 and 区供销社 (alias of 区供销合作社) are registered; 各乡镇（街道） is a collective", "区供销社")
m("unknown-unit", row(1), "区工业信息化和商务局 and 区发展和改革局 are registered names; do not split at 和", "区工业信息化和商务局")
m("unknown-unit", row(12), "固原市公安局原州分局 is a registered city branch in the district", "固原市公安局原州分局")
m("unknown-unit", row(15), "区发改局 is the registered short name of 区发展和改革局", "区发改局")
m("unknown-unit", row(17), "区工信商务局 is the registered short name of 区工业信息化和商务局", "区工信商务局")
m("unknown-unit", row(20), "区市场监管局 and 区城管局 are registered short names", "区城管局")
m("unknown-unit", row(22), "原州公安分局 is the registered short name of 固原市公安局原州分局", "原州公安分局")
m("unknown-unit", row(23), "区卫健局 and 原州自然资源分局 are registered short names", "原州自然资源分局")
m("unknown-unit", row(24), "各乡镇（街道）、各村（社区） are collectives", "各村（社区）")
m("unknown-unit", row(26), "区审批局 is the registered short name of 区审批服务管理局", "区审批局")
m("unknown-unit", row(19), "区直有关部门（单位） is a collective", "区直有关部门（单位）")
m("unknown-unit", row(31), "原州生态环境分局 is the registered short name of 固原市生态环境局原州分局", "原州生态环境分局")
m("unknown-unit", only("加强与数字宁夏建设运营有限公司合作"), "the regional state-owned operator named in the baseline (task 62) as a partner, not as a responsible unit; 区推进数字政府建设领导小组 and its office are registered", "数字宁夏建设运营有限公司")
m("unknown-unit", only("依托区委党校"), "区委党校 is registered; 宁夏干部教育培训网络学院 is a training platform, not a responsible unit", "区委党校")

covers_spec = [
 (3, row(1)), (6, row(2)), (8, row(3)), (10, row(4)), (21, row(5)), (23, row(6)), (28, row(7)), (40, row(8)),
 (41, row(9)), (43, row(10)), (46, row(10)), (47, row(11)), (49, row(12)), (54, row(13)), (56, row(14)), (57, row(15)),
 (64, row(16)), (66, row(17)), (71, row(18)), (73, row(19)), (74, row(20)), (77, row(21)), (79, row(22)),
 (80, row(23)), (83, row(24)), (84, row(25)), (86, row(26)), (88, row(27)), (89, row(28)), (92, row(29)),
 (93, row(30)), (95, row(31)), (96, row(32)), (97, row(33)), (98, row(34)), (104, row(35)), (105, row(36)),
 (106, row(37)), (107, row(38)), (111, row(39)), (112, row(40)), (115, row(41)),
 (2, only("依托自治区产业云")), (5, only("创新以网管网等基于新技术手段")), (7, only("国家智慧教育平台")),
 (9, L34), (11, only("数字供销")), (12, only("配合自治区培育数据要素市场")), (14, only("强化安全管理责任")),
 (15, only("强化安全管理责任")), (17, only("落实安全制度要求")), (18, only("开展常态化安全防护和应急演练")),
 (20, only("全面梳理区直各部门数字化发展相关职责")), (24, only("健全政务信息化建设管理会商机制")),
 (30, only("寤虹珛")), (31, only("一数之源")), (32, only("明确区直各部门（单位）数据管理机构")),
 (36, only("建立健全政务数据供需对接机制")), (42, only("推进供水、供电、供气、公共交通等公共数据")),
 (48, only("开展城域网升级改造")), (50, only("有序推进非涉密业务专网")), (51, only("推广应用自治区统一身份认证")),
 (65, only("（一）提升科学精准的经济调节能力")), (67, only("依托自治区规划综合管理信息平台")),
 (68, only("推行“照单监管”")), (72, only("与宁夏“互联网+监管”系统对接")), (75, only("强化以网管网，加强对平台经济")),
 (81, only("接入自治区统一的视频指挥调度体系")), (90, only("推进图书馆、文化馆、体育场馆")), (102, only("推动绿色低碳转型。")),
 (103, only("提升辅助决策能力。")), (109, only("优化完善“互联网+督查”机制")), (113, only("配合建设全区统一的法规规章规范性文件数据库")),
 (116, only("纳入“一把手工程”")), (25, only("（二）加大财政投入。")), (118, only("（三）提升数字素养。")),
 (121, only("（四）强化考核评价。")), (122, only("纳入区效能目标管理考核")), (123, only("综合考核评价的重要参考")),
 (124, only("建立容错和奖惩机制")),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
 "writer": "blind writer, round 532; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("固原市原州区 county-level plan (2024-04-18), based on 宁政发〔2023〕17号 with no parent plan. The draft repeatedly points to other "
           "places (银川市 城市大脑 2023/二期 2026年底前, 吴忠市利通区 2023年9月 报表系统, 浙江省 2021年 数字化改革, 吴忠市 2023-11-27 plan, "
           "上海市 2018年 一网通办, 彭阳县 2021年 互联网+城乡供水, 中卫市) with their dates and bodies; none of those are this plan's "
           "deadlines or responsible units. '全区' in the draft means 原州区. Tasks whose regional 完成时限 is 2023 are taken up in prose "
           "without dates. units.txt is the district's registry (own units, city branches in the district, 乡镇/街道)."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect:
    print(e["rule"], e["line"], e.get("text"), "|", lines[e["line"]-1][:40] if e["line"] else "")
