#!/usr/bin/env python3
"""Builds key.json for blind771 from draft.txt, finding every line number by its text.

Each entry names a unique anchor string; the script fails if the anchor is missing or not unique,
so the line numbers in key.json always match the final draft.txt (1-based).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(anchor):
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l]
    if len(hits) != 1:
        raise SystemExit(f"anchor {anchor!r} found on lines {hits}")
    return hits[0]


def row(n):
    """Line of row n of 附件1 (task list)."""
    start = ln("序号\t任务类别\t重点任务\t责任单位\t完成时限")
    for i in range(start, len(LINES)):
        if LINES[i].startswith(f"{n}\t"):
            return i + 1
    raise SystemExit(f"task row {n} not found")


def prow(n):
    """Line of row n of 附件2 (project list)."""
    start = ln("序号\t项目名称\t主要建设内容\t总投资（万元）\t建设单位\t建设周期\t资金来源")
    for i in range(start, len(LINES)):
        if LINES[i].startswith(f"{n}\t"):
            return i + 1
    raise SystemExit(f"project row {n} not found")


def check_text(line, text):
    if text not in LINES[line - 1]:
        raise SystemExit(f"text {text!r} not on line {line}")


expect = [
    {"rule": "basis-mismatch", "line": ln("（宁政办发〔2023〕17号）"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the draft gives it the "
            "宁政办发 prefix of the 办公厅 document cited next to it (宁政办发〔2023〕11号)"},
    {"rule": "unknown-unit", "line": row(17), "text": "县大数据局",
     "why": "not in units.txt; 中宁县 has no 大数据局 (units.txt comment: the work sits with 县大数据服务中心, which the "
            "draft names correctly everywhere else); copied from the city-level pattern 市大数据局"},
    {"rule": "deadline-later-than-baseline", "line": row(19), "text": "2025年12月底",
     "why": "row 19 is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展; 自治区政府办公厅牵头，"
            "各市、县（区）具体负责), 完成时限 2024年; the draft's own 主要目标 (line 17) even says 县乡村三级电子政务外网 "
            "全覆盖 到2024年底"},
    {"rule": "deadline-invalid", "line": row(33), "text": "2024年13月底",
     "why": "impossible month (typo for 12月); the row is task 80 (智慧应急, 完成时限 2024年)"},
    {"rule": "garbled-text", "line": ln("鎺ㄨ繘鍚勭被"), "text": "鎺ㄨ繘鍚勭被鐢靛瓙璇佺収",
     "why": "UTF-8 bytes read as GBK: re-encoding 鎺ㄨ繘鍚勭被鐢靛瓙璇佺収鎵╁ぇ搴旂敤棰嗗煙 as GBK and decoding as UTF-8 "
            "gives 推进各类电子证照扩大应用领域"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "the 七个能力 section (六、强化履职能力) has only six items; there is no 政务公开 content anywhere (no 政务公开平台, "
            "政策文件库, 政务新媒体, 政民互动), and 附件1 has no 政务公开 row; line 55 lists the abilities without 政务公开"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "政务公开 left out with its pillar; task 112 is 自治区各部门（单位）及各市、县（区）分别负责"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务公开 left out with its pillar; task 114 (政务新媒体矩阵) is 自治区各部门（单位）及各市、县（区）分别负责"},
]

M = []


def mnf(rule, line, why, text=None, pillar=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        check_text(line, text)
        e["text"] = text
    if pillar is not None:
        e["pillar"] = pillar
    e["why"] = why
    M.append(e)


# --- basis documents
mnf("basis-mismatch", ln("中宁政办发〔2024〕21号"), "the draft's own 文号 (the notice issuing it), not a cited basis document",
    text="中宁政办发〔2024〕21号")
mnf("basis-mismatch", ln("（国发〔2022〕14号）"), "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）",
    text="国发〔2022〕14号")
mnf("basis-mismatch", ln("（宁政办发〔2023〕11号）"),
    "correct as cited in the 吴忠 seed plan: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）",
    text="宁政办发〔2023〕11号")
mnf("basis-mismatch", ln("中卫市人民政府《关于加强数字政府建设的实施方案》"),
    "the city's plan cited by title alone, as DOMAIN.md says city plans often are; no parent plan is configured",
    text="中卫市人民政府《关于加强数字政府建设的实施方案》")
mnf("basis-mismatch", ln("（宁政办发〔2020〕14号）"),
    "retrospective mention in 发展基础 (自2020年…印发…以来) with the correct title and 文号; not cited as a basis",
    text="宁政办发〔2020〕14号")

# --- dates that are not deadlines / past dates
mnf("deadline-invalid", ln("2024年4月18日"), "the notice's issue date", text="2024年4月18日")
mnf("deadline-invalid", ln("截至2023年底"),
    "background (发展基础): 截至2023年底 and 2023年9月建成 are past achievements, not deadlines", text="截至2023年底")
mnf("deadline-later-than-baseline", ln("中宁县加强数字政府建设实施方案（2024—2025年）》的通知"),
    "the plan's period in its title, not a deadline", text="2024—2025年")
mnf("deadline-later-than-baseline", ln("各牵头单位于每年6月25日前"),
    "the office's own half-yearly reporting dates, not task deadlines", text="12月15日前")

# --- 主要目标
mnf("deadline-later-than-baseline", ln("到2024年底，县推进数字政府建设领导小组"),
    "county goals for 2024: 外网县乡村全覆盖 = task 48 (2024年), 政务信息系统迁移上云 = task 46 (2024年), "
    "“我的宁夏”应上尽上 = task 86 (2024年): all equal; none of the region's 到2023年底 goals (政策体系、平台家底、"
    "大数据体系初步形成、标志性应用场景) is restated", text="到2024年底")
mnf("deadline-later-than-baseline", ln("到2025年，全县数字政府建设全面融入"),
    "equal to the region's 到2025年 goal (“34567”体系框架全面成型)", text="到2025年")
mnf("deadline-later-than-baseline", ln("到2035年，与全区同步建成"), "equal to the region's 到2035年 goal", text="到2035年")

# --- task rows: equal, earlier, ongoing
mnf("deadline-later-than-baseline", row(2), "task 2: 2023年启动，2024年取得明显成效; the row's 2024年取得明显成效 is equal",
    text="2024年取得明显成效")
mnf("deadline-later-than-baseline", row(8),
    "task 11: 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal",
    text="2025年取得明显成效")
mnf("deadline-later-than-baseline", row(9),
    "task 12 (培育数据要素市场、数据交易平台; 2025年): equal. Not task 13 (准入制度, 2024年), which the row does not take up",
    text="2025年")
mnf("deadline-later-than-baseline", row(11),
    "task 23 (一体化数字资源管理系统、“一本账”; 2024年): 2024年9月底 is earlier. Not task 30 (政务数据“一本账”, 2023年)",
    text="2024年9月底")
mnf("deadline-later-than-baseline", row(12),
    "task 28 (试点示范): 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal; 每年开展 is ongoing",
    text="每年开展，2025年取得明显成效")
mnf("deadline-later-than-baseline", row(18), "task 47 (外网扩容、出口带宽; 2024年): 2024年11月底 is earlier",
    text="2024年11月底")
mnf("deadline-later-than-baseline", row(22),
    "task 52 (电子证照社会化高频场景; 2025年): equal. Not task 85 (电子证照在政务服务领域全面普及, 2023年)", text="2025年")
mnf("deadline-later-than-baseline", row(27),
    "task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责; 2025年): 2024年6月底 is earlier. "
    "Task 60 (充实自治区领导小组成员, 2023年) is the region's own task for 自治区政府办公厅", text="2024年6月底")
mnf("deadline-later-than-baseline", row(42),
    "task 96 (“互联网+城乡供水”、数字治水; 2025年): 2024年12月底 is earlier", text="2024年12月底")
mnf("deadline-later-than-baseline", row(46),
    "task 106 (依托“宁政通”填表报数系统、压减50%以上; 2025年): equal. Not task 105 (“宁政通”总门户, 2024年)",
    text="2025年")
mnf("deadline-later-than-baseline", row(47), "task 108: 长期推进，2024年取得明显成效; equal",
    text="长期推进，2024年取得明显成效")
mnf("deadline-later-than-baseline", row(49), "task 121: 长期坚持; equal", text="长期坚持")

# --- 附件2 projects: construction periods and amounts are not deadlines
mnf("deadline-later-than-baseline", prow(1),
    "project construction period (建设周期) of the 外网 project, not a task deadline; the task deadline for task 48 is in "
    "附件1 row 19 (flagged there). The note under 附件2 says periods do not replace 附件1 deadlines",
    text="2024年5月—2025年6月")
mnf("deadline-later-than-baseline", prow(2),
    "2026 is the investment amount in 万元 (总投资 column), not a year; 2024年—2025年 is a construction period, "
    "not the deadline of task 2", text="2026")
mnf("deadline-later-than-baseline", prow(3),
    "construction period of the 智慧园区 platform ending 2026年6月; task 3's deadline is in 附件1 row 3 (持续推进，2025年)",
    text="2024年7月—2026年6月")
mnf("deadline-later-than-baseline", prow(5),
    "construction period of the 数字孪生灌区 project ending 2026; task 96's deadline is in 附件1 row 42 (2024年12月底)",
    text="2024年—2026年")
mnf("deadline-later-than-baseline", prow(6),
    "construction period of the 智慧应急 platform ending 2025年5月; task 80's deadline is in 附件1 row 33",
    text="2024年6月—2025年5月")
mnf("deadline-later-than-baseline", ln("合计\t"), "10046 is the total investment in 万元", text="10046")

# --- units
mnf("unknown-unit", ln("各乡镇人民政府，县直各部门（单位）："), "collective subjects", text="县直各部门（单位）")
mnf("unknown-unit", row(4), "collective subject", text="县直有关部门（单位）")
mnf("unknown-unit", row(7), "collective subject", text="各乡镇人民政府")
mnf("unknown-unit", row(34), "collective subject", text="各村（社区）")
mnf("unknown-unit", row(30), "collective subject (县-level form of 承担监管职责的自治区有关部门（单位）)",
    text="承担监管职责的县直有关部门（单位）")
mnf("unknown-unit", row(6), "prefix distributes: 县自然资源局、县公安局、县交通运输局, all in units.txt",
    text="公安局、交通运输局")
mnf("unknown-unit", row(23), "prefix distributes: 县卫生健康局、县自然资源局、县公安局, all in units.txt",
    text="卫生健康局、自然资源局、公安局")
mnf("unknown-unit", row(44), "prefix distributes: 县自然资源局, 县林草局 (short name of 县林业和草原局)",
    text="林草局")
mnf("unknown-unit", row(38), "县发改局 is a listed short name of 县发展和改革局; 工业和信息化局 takes the 县 prefix",
    text="县发改局")
mnf("unknown-unit", row(16), "listed short name of 县住房和城乡建设局", text="县住建局")
mnf("unknown-unit", row(22), "listed short names (县教体局, 县卫健局, 县人社局, 县文旅局)", text="县教体局")
mnf("unknown-unit", row(36), "listed short name of 县审批服务管理局", text="县审批局")
mnf("unknown-unit", row(37), "listed short name of 县市场监督管理局", text="县市场监管局")
mnf("unknown-unit", row(41), "listed short name of 中卫市生态环境局中宁分局", text="县生态环境分局")
mnf("unknown-unit", row(8), "listed short name of 县供销合作社联合社", text="县供销社")
mnf("unknown-unit", row(32), "two leads separated by a comma (县委政法委，县公安局), as in the region's task 79",
    text="县委政法委，县公安局")
mnf("unknown-unit", row(33), "both are in units.txt (fire brigade and meteorological bureau outside the government proper)",
    text="中宁县消防救援大队")
mnf("unknown-unit", ln("（宁政办发〔2020〕14号）"),
    "regional 办公厅 named as the issuer of the 2020 要点 in a retrospective sentence, not as a responsible unit or lead",
    text="自治区人民政府办公厅")
mnf("unknown-unit", ln("县委、县政府统一领导"), "县委 and 县政府 are the county's principals, listed in units.txt",
    text="县委、县政府")

# --- pillars present
mnf("missing-pillar", ln("（三）营造良好数字生态。"), "数字生态 is taken up (数据要素市场、数据交易制度、网络生态)",
    pillar="数字生态")
mnf("missing-pillar", ln("五、健全“五个一”和“六级贯通”工作体系"),
    "五个一 and 六级贯通 are taken up in section 五 (lines 50-53)", pillar="六级贯通")
mnf("missing-pillar", ln("（三）提升数字素养。"), "数字素养 is taken up", pillar="数字素养")

covers_src = [
    (1, row(1)), (2, row(2)), (3, row(3)), (5, ln("完善数字经济治理体系。")), (6, row(4)),
    (7, ln("国家智慧教育平台")), (8, row(5)), (9, row(6)), (10, row(7)), (11, row(8)), (12, row(9)),
    (13, ln("（三）营造良好数字生态。")), (14, ln("强化安全管理责任。")), (15, ln("强化安全管理责任。")),
    (17, ln("落实安全制度要求。")), (18, ln("提升安全防护能力。")), (21, row(10)),
    (22, ln("以数字化改革助力政府职能转变。")), (23, row(11)), (24, ln("创新数字政府建设管理机制。")),
    (25, ln("（二）加大财政投入。")), (28, row(12)), (30, ln("完善数据管理机制。")), (32, ln("完善数据管理机制。")),
    (33, row(13)), (34, row(13)), (36, ln("深化数据高效共享。")), (40, row(14)), (41, row(15)), (42, row(16)),
    (46, row(17)), (47, row(18)), (48, row(19)), (49, row(20)), (50, row(21)), (52, row(22)), (54, ln("加强共性应用支撑能力。")),
    (55, row(24)), (56, row(23)), (57, row(25)), (58, row(26)), (64, row(27)), (66, row(28)),
    (68, ln("（二）提升市场监管能力。")), (70, ln("（二）提升市场监管能力。")), (71, row(29)), (74, row(30)),
    (77, row(31)), (79, row(32)), (80, row(33)), (83, row(34)), (84, row(35)), (85, ln("（四）提升公共服务能力。")),
    (86, row(36)), (88, row(37)), (89, row(38)), (90, row(39)), (93, row(40)), (94, row(41)), (96, row(42)),
    (98, row(43)), (100, row(44)), (104, row(45)), (105, ln("（六）提升政务运行能力。")), (106, row(46)),
    (107, ln("（六）提升政务运行能力。")), (108, row(47)), (111, row(48)), (116, ln("（一）加强组织领导。")),
    (118, ln("（三）提升数字素养。")), (121, row(49)), (122, ln("（四）强化考核评价。")), (123, ln("（四）强化考核评价。")),
    (124, ln("（四）强化考核评价。")),
]
covers = [{"task": t, "line": l} for t, l in covers_src]

key = {
    "writer": "blind writer, round 771; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": (
        "中宁县 (under 中卫市) plan issued 2024-04-18, checked against ningxia-2023 only (no parent plan). "
        "Two annex tables: 附件1 重点任务清单 (49 rows, 5 columns, 完成时限 last) and 附件2 重点项目清单 (12 rows + 合计, "
        "7 columns: amounts in 万元 and 建设周期 that are construction periods, not deadlines). "
        "Six planted slips: wrong 文号 (line 9), unknown unit 县大数据局 (row 17), late deadline for task 48 (row 19), "
        "impossible month 2024年13月底 (row 33), mojibake run (line 48), missing 政务公开 pillar (with tasks 112 and 114 "
        "left out). Row 33's 2024年13月底 is only an invalid date: its year equals task 80's 2024; a checker that rolls "
        "month 13 over to 2025年1月 and also reports it as later than the baseline raises a reading the writer does not "
        "hold. Tasks with 2023 deadlines (14, 15, 17, 18, 30, 32, 36, 116, 118, 123, 124) are taken up in prose without a "
        "date, on purpose. Other tasks a county could take up but the draft does not (e.g. 29, 35, 69, 73, 75, 76, 81, 87, "
        "92, 95, 97, 101, 102, 113, 115) are not deliberate omissions and are not in expect; 113 and 115 (政务公开, "
        "各市、县（区）配合) go with the missing pillar but only 112 and 114 are assigned to cities/counties as 负责."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(LINES), "lines;", len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
