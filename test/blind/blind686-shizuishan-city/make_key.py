#!/usr/bin/env python3
"""Builds key.json for blind case 686 from draft.txt; every line number is found by searching the final draft."""
import json, os

here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L = L[:-1]


def ln(*needles):
    """1-based line holding all needles; must be unique."""
    hits = [i + 1 for i, s in enumerate(L) if all(n in s for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]


def row(n):
    """line of task-table row numbered n."""
    return ln("\t%d. " % n)


expect = [
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年底"), "text": "2026年底",
     "why": "主要目标: the city sets 2026年底 for the same goal the region sets for 2025 (宁政发〔2023〕17号 主要目标: 到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…)"},
    {"rule": "deadline-later-than-baseline", "line": row(21), "text": "2025年6月底前",
     "why": "table row 21 (城域网升级改造, 电子政务外网全覆盖) = regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; task 47 (外网升级改造) is also 2024年"},
    {"rule": "deadline-invalid", "line": row(31), "text": "6月31日",
     "why": "impossible date: June has 30 days (2024年6月31日前). Row 31 = regional task 71 (数字化追溯监管), 完成时限 2024年, so the date is not late, only invalid"},
    {"rule": "unknown-unit", "line": row(6), "text": "惠农县人民政府",
     "why": "惠农县 no longer exists (since 2004 it is 惠农区); units.txt lists 惠农区人民政府 only. Row 6 = regional task 10 (数字乡村), 持续推进，2025年取得明显成效 (the deadline itself is equal)"},
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (cited correctly in the preamble); 宁政办发 is the 办公厅 series, a different document"},
    {"rule": "garbled-text", "line": ln("鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁",
     "why": "UTF-8 bytes read as GBK: 鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 re-encoded as GBK and decoded as UTF-8 gives 政务数据供需对接机制"},
]

M = []


def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

# basis documents
nf(BM, ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nf(BM, ln("（宁政发〔2023〕17号）"), "correct title and 文号 of the regional 实施意见 in the preamble", "宁政发〔2023〕17号")
nf(BM, ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as in the 吴忠 seed plan; a second basis document, not a mismatch", "宁政办发〔2023〕11号")
nf(BM, ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (自…印发以来), with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
nf(BM, ln("石政发〔2024〕9号"), "the draft's own 文号 in the notice header, not a cited document", "石政发〔2024〕9号")

# dates that are not late / not invalid
nf(DI, ln("2024年3月18日"), "issue date of the notice", "2024年3月18日")
nf(DI, ln("截至2023年底"), "past dates in the background (2023年 achievements), not deadlines", "2023年底")
nf(DI, ln("（三）体系框架。对标自治区"), "“34567” is the framework's name, not a year", "34567")
nf(DL, ln("到2024年底，市级基础数据库"), "2024年底 goals equal the regional deadlines of tasks 33/34 (基础库/主题库, 2024年), 46 (系统迁移, 2024年) and 86 (我的宁夏 应上尽上, 2024年)", "2024年底")
nf(DL, ln("到2035年，与政府治理能力"), "equal to the region's 2035 goal", "2035年")
nf(DL, ln("于2024年6月底前成立相应组织机构"), "2024年6月底前 is earlier than task 64 (各地各部门参照自治区做法成立相应组织机构, 2025年); the undated sentences on the city's own 领导小组/国企/专家 are local analogues of region-level tasks 60-63 and carry no deadline", "2024年6月底前")
nf(DL, ln("到2025年，基层干部填表报数"), "equal to task 106 (填表报数工作量压减50%以上), 完成时限 2025年", "2025年")
nf(DL, ln("2025年1月底前汇总"), "the office's own reporting dates (2024年4月30日, 2024年12月20日, 2025年1月底前), not task deadlines", "2025年1月底前")
nf(DL, ln("有效期至2025年12月31日"), "validity period of the plan, not a task deadline", "2025年12月31日")
nf(DL, ln("附件：石嘴山市数字政府建设重点任务清单"), "the period of the attached task list (2024年—2025年) in the attachment line, not a task deadline", "2024年—2025年")
nf(DL, L.index("石嘴山市数字政府建设重点任务清单（2024年—2025年）") + 1, "title of the task list with its period, not a task deadline", "2024年—2025年")
nf(DL, row(1), "equal: task 2 is 2023年启动，2024年取得明显成效", "2024年取得明显成效")
nf(DL, row(5), "equal: task 9 is 持续推进，2025年取得明显成效; the 2024年底 platform milestone is intermediate", "2024年底前建成平台，2025年取得明显成效")
nf(DL, row(7), "equal: task 11 is 2023年完成主要建设任务，2025年取得明显成效", "2025年取得明显成效")
nf(DL, row(11), "earlier: task 22 (审管协同) is 2025年", "2024年底前")
nf(DL, row(13), "task 28 is 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal, the 2024 start is only the plan's own year", "2024年启动，2025年取得明显成效")
nf(DL, row(14), "earlier: tasks 33 and 34 (基础库/主题库) are 2024年", "2024年10月底前")
nf(DL, row(20), "earlier: tasks 45 and 46 are 2024年; task 43 is 2024年建成，持续推进", "2024年9月底前")
nf(DL, row(23), "equal: task 49 (视频共享平台) is 2025年", "2024年启动，2025年完成")
nf(DL, row(28), "earlier: task 64 is 2025年", "2024年6月底前")
nf(DL, row(38), "earlier: task 86 (我的宁夏 应上尽上) is 2024年", "2024年8月底前")
nf(DL, row(39), "equal: task 87 (12345热线) is 2023年启动，2025年完成; “12345” is a hotline number, not a year", "2025年")
nf(DL, row(51), "copied from task 108: 长期推进，2024年取得明显成效", "长期推进，2024年取得明显成效")
nf(DI, row(56), "copied regional deadline of task 116 (2023年完成并长期坚持); lies before the plan's year but equals the region's and is ongoing", "2023年完成并长期坚持")
nf(DL, row(57), "equal: task 121 is 长期坚持", "长期坚持")

# units
nf(UU, ln("各县（区）人民政府，市政府各部门"), "collective addressees", "各县（区）人民政府")
nf(UU, row(5), "prefix distributes: 市发展改革委、工业和信息化局、公安局、自然资源局、交通运输局 = 市工业和信息化局, 市公安局, 市自然资源局, 市交通运输局", "工业和信息化局")
nf(UU, row(31), "prefix distributes: 市市场监管局、农业农村局、卫生健康委、工业和信息化局 = 市农业农村局, 市卫生健康委, 市工业和信息化局", "卫生健康委")
nf(UU, row(14), "official short names listed in units.txt (市发改委, 市人社局, 市卫健委, 市应急局)", "市发改委")
nf(UU, row(2), "short names of the two 开发区管委会 listed in units.txt", "石嘴山经开区管委会")
nf(UU, row(11), "市审批局 and 市住建局 are aliases in units.txt", "市审批局")
nf(UU, row(21), "惠农区人民政府 is the correct name (contrast row 6)", "惠农区人民政府")
nf(UU, row(32), "collective subject, the city analogue of 承担监管职责的自治区有关部门（单位）", "承担监管职责的市直有关部门（单位）")
nf(UU, row(35), "units outside the city government proper, listed in units.txt", "石嘴山市消防救援支队")
nf(UU, row(36), "collectives 各乡镇（街道）、各村（社区）", "各乡镇（街道）")
nf(UU, row(43), "collectives 市直各部门（单位）、各县（区）", "市直各部门（单位）")
nf(UU, ln("配合自治区党委国安办"), "a regional body (in the baseline) that the city cooperates with; it is not named as the lead of a city task", "自治区党委国安办")
nf(UU, ln("发挥市推进“数字政府”建设领导小组统筹作用"), "the city's coordinating body mentioned in the text, not a 责任单位", "市推进“数字政府”建设领导小组")
nf(UU, ln("市委党校（行政学院）"), "in units.txt (市委党校 = 市委党校（行政学院）)", "市委党校（行政学院）")

covers_spec = [
    (2, row(1)), (3, row(2)), (5, row(3)), (6, row(4)), (7, ln("国家智慧教育平台整省试点")), (8, ln("推动健康医疗大数据应用")),
    (9, row(5)), (10, row(6)), (11, row(7)), (12, row(8)), (13, ln("（三）营造良好数字生态。积极培育")),
    (14, ln("强化安全管理责任。")), (15, ln("强化安全管理责任。")), (16, row(9)), (17, ln("落实安全制度要求。")),
    (18, ln("提升安全保障能力。")), (20, ln("以数字化改革助力政府职能转变。全面梳理")), (21, row(10)), (22, row(11)),
    (23, row(12)), (24, ln("创新数字政府建设管理机制。")), (25, ln("（二）加大财政投入。")), (26, ln("完善制度规范。")),
    (28, row(13)), (30, ln("完善数据管理机制。")), (31, ln("完善数据管理机制。")), (32, ln("完善数据管理机制。")),
    (33, row(14)), (34, row(14)), (37, row(15)), (39, row(16)), (40, row(17)), (41, row(18)), (42, row(19)),
    (45, row(20)), (46, row(20)), (47, ln("提升网络平台支撑能力。")), (48, row(21)), (49, row(23)), (50, row(22)),
    (52, row(24)), (54, row(25)), (56, row(26)), (57, row(27)), (64, row(28)), (65, ln("加强经济数据整合、汇聚、治理。")),
    (66, row(29)), (67, ln("加强经济运行监测预警。")), (68, ln("提升监管精准化水平。")), (70, row(30)), (71, row(31)),
    (73, ln("提升监管协同化、智能化水平。")), (74, row(32)), (75, ln("提升监管协同化、智能化水平。")), (77, row(33)),
    (79, row(34)), (80, row(35)), (83, row(36)), (84, row(37)), (85, ln("提升智慧便捷的服务能力。")), (86, row(38)),
    (87, row(39)), (89, row(40)), (90, row(41)), (92, row(42)), (93, row(43)), (95, row(44)), (96, row(45)),
    (97, row(46)), (101, row(47)), (103, ln("提升辅助决策和行政执行能力。")), (104, row(48)), (105, row(48)),
    (106, row(49)), (107, row(50)), (108, row(51)), (111, row(52)), (112, row(53)), (114, row(54)), (115, row(55)),
    (116, row(56)), (118, ln("（三）提升数字素养。")), (121, row(57)), (123, ln("（四）强化考核评价。")),
    (124, ln("（四）强化考核评价。")),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
    "writer": "blind writer, round 686; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("石嘴山市 city plan issued 2024-03-18 (石政发〔2024〕9号), checked against ningxia-2023 with no parent plan; "
              "units.txt is the city's own registry (city bodies, 大武口区/惠农区/平罗县 人民政府, two 开发区管委会). "
              "The task table's 责任单位 cells list city bodies first and the 县（区） after (stated in the note above the table); "
              "several cells use a distributed 市 prefix (市发展改革委、工业和信息化局…). "
              "The only table row for a regional task due before 2024 is row 56 (task 116, copied verbatim: 2023年完成并长期坚持); "
              "other 2023-deadline tasks are taken up in the body without dates. "
              "Six planted slips: late 主要目标 year (2026年底), late row deadline (row 21, task 48), impossible day (6月31日, row 31), "
              "obsolete county name (惠农县人民政府, row 6), 办 inserted in the regional 文号 (（五）抓好督促落实), one mojibake run."),
}
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers))
for e in expect:
    print(e["line"], e["rule"], e["text"], "|", L[e["line"] - 1][:50])
