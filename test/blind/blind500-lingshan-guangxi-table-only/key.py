# Writes key.json for blind case 500 from draft.txt, finding every line number by search.
# Run after gen.py: /usr/bin/python3 key.py
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L = L[:-1]


def line(anchor, text=None):
    """1-based line holding `anchor` (must be unique); check `text` is on it too."""
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]


def cell(anchor, col):
    """1-based line of the table row whose 重点任务 cell is `anchor`; return (line, cells)."""
    n = line("\t" + anchor + "\t")
    return n, L[n - 1].split("\t")


def row(anchor, col, text):
    n, c = cell(anchor, col)
    assert text in c[col], (anchor, col, text, c[col])
    return n


UNIT_LEAD, UNIT_CO, DATE = 3, 4, 5
G = "seed guangxi-2022-shishi-yijian.txt"

expect = [
    {"rule": "basis-mismatch", "line": line("《广西壮族自治区人民政府关于加强数字政府建设的实施意见》", "桂政办发〔2022〕31号"),
     "text": "桂政办发〔2022〕31号",
     "why": "the 广西 实施意见 (guangxi-2022 baseline) is 桂政发〔2022〕31号; 桂政办发 is the 自治区人民政府办公厅 series, so the 文号 does not belong to this title"},
    {"rule": "unknown-unit", "line": row("提升经济调节能力", UNIT_LEAD, "县发展改革委"), "text": "县发展改革委",
     "why": "lead unit of the 经济调节 row; the county body is 县发展和改革局 (units.txt: 县发展改革局, 县发改局); 发展改革委 is the regional/city form copied with a 县 prefix, no such county body"},
    {"rule": "unknown-unit", "line": row("深化数据高效共享", UNIT_LEAD, "自治区大数据发展局"), "text": "自治区大数据发展局",
     "why": "a regional body named as the lead (牵头单位) of a county task (数据共享); copied from the regional note of task 34; the county lead would be 县大数据和行政审批局"},
    {"rule": "deadline-later-than-baseline", "line": row("优化12345政务服务便民热线", DATE, "2026年底"), "text": "2026年底",
     "why": "regional task 8 (12345政务服务便民热线, " + G + " line 63) 完成时限 2025年底; the county row gives 2026年底"},
    {"rule": "deadline-later-than-baseline", "line": row("推广“智桂通”移动应用", DATE, "2026年6月底"), "text": "2026年6月底",
     "why": "regional task 9 (持续完善“智桂通”移动开放生态体系, " + G + " line 65) 完成时限 2025年底; the county row gives 2026年6月底"},
    {"rule": "deadline-invalid", "line": row("提升网络平台支撑能力", DATE, "20225年底"), "text": "20225年底",
     "why": "impossible year (typo for 2025年底 or 2022年底); regional task 37 (电子政务外网, line 165) is 持续开展, so it is not also a late deadline"},
    {"rule": "task-uncovered", "line": 0, "task": 14,
     "why": "regional task 14 (推动智慧体育服务能力提升, line 75, 各市人民政府 among the units, 持续开展) deliberately left out of the county table"},
]

mnf = [
    # --- units: collectives, aliases, prefix distribution, registry names ---
    {"rule": "unknown-unit", "line": line("各乡镇人民政府、各街道办事处，县直各有关单位："), "text": "县直各有关单位",
     "why": "collective subject as 广西 counties write it in the 主送 line (县直各有关单位 = all relevant county bodies)"},
    {"rule": "unknown-unit", "line": line("各乡镇人民政府、各街道办事处，县直各有关单位："), "text": "各乡镇人民政府",
     "why": "collective subject (all township governments)"},
    {"rule": "unknown-unit", "line": row("打造泛在可及的政务服务体系", UNIT_CO, "县直各有关单位"), "text": "县直各有关单位",
     "why": "collective subject in the 配合单位 column"},
    {"rule": "unknown-unit", "line": row("打造泛在可及的政务服务体系", UNIT_CO, "各街道办事处"), "text": "各街道办事处",
     "why": "collective subject (浦北 has two 街道); a prefix never distributes into a 各… subject"},
    {"rule": "unknown-unit", "line": row("提高基层社会治理精准化水平", UNIT_CO, "各村（社区）"), "text": "各村（社区）",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": row("推广“智桂通”移动应用", UNIT_CO, "县直各部门（单位）"), "text": "县直各部门（单位）",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": row("推进一体化在线监管", UNIT_CO, "县直有关部门"), "text": "县直有关部门",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": row("推进一体化在线监管", UNIT_CO, "发展和改革局"), "text": "发展和改革局",
     "why": "县 distributes over the list: 县司法局、发展和改革局 = 县发展和改革局, the canonical name in units.txt"},
    {"rule": "unknown-unit", "line": row("加强智慧监管", UNIT_CO, "县发改局"), "text": "县发改局",
     "why": "short name of 县发展和改革局 listed in units.txt"},
    {"rule": "unknown-unit", "line": row("提升经济调节能力", UNIT_CO, "财政局"), "text": "财政局",
     "why": "县统计局、财政局、大数据和行政审批局: the 县 prefix distributes (县财政局, 县大数据和行政审批局, both in units.txt)"},
    {"rule": "unknown-unit", "line": row("拓展公平普惠的民生服务", UNIT_CO, "残联"), "text": "残联",
     "why": "县人社局、卫健局、司法局、残联: prefix distributes; 县卫健局 and 县残联 are short names in units.txt"},
    {"rule": "unknown-unit", "line": row("提升生态环保协同治理能力", UNIT_LEAD, "钦州市浦北生态环境局"), "text": "钦州市浦北生态环境局",
     "why": "the county-level ecology bureau in 广西 is named with the city prefix (市生态环境局派出机构); listed in units.txt, not a city body"},
    {"rule": "unknown-unit", "line": row("落实安全制度要求", UNIT_CO, "国安办"), "text": "国安办",
     "why": "县委保密办、国安办: the 县委 prefix distributes, giving 县委国安办 (in units.txt)"},
    {"rule": "unknown-unit", "line": row("推进密码应用和保密监测", UNIT_LEAD, "县委保密办"), "text": "县委保密办",
     "why": "in units.txt; a party office may lead a county task"},
    {"rule": "unknown-unit", "line": row("提升网络平台支撑能力", UNIT_CO, "中国电信浦北分公司"), "text": "中国电信浦北分公司",
     "why": "unit outside the government proper, listed in units.txt"},
    {"rule": "unknown-unit", "line": row("推进数字化共性应用集约建设", UNIT_CO, "国家税务总局浦北县税务局"), "text": "国家税务总局浦北县税务局",
     "why": "vertically managed body, listed in units.txt"},
    {"rule": "unknown-unit", "line": row("推进智慧应急建设", UNIT_CO, "浦北县消防救援大队"), "text": "浦北县消防救援大队",
     "why": "listed in units.txt (with 浦北县气象局 on the same line)"},
    {"rule": "unknown-unit", "line": row("提高自主可控水平", UNIT_LEAD, "县科技局"), "text": "县科技局",
     "why": "short name of 县科学技术局 in units.txt"},
    {"rule": "unknown-unit", "line": row("提升社会矛盾化解能力", UNIT_CO, "县人民法院"), "text": "县人民法院",
     "why": "court and procuratorate (县人民检察院) are in units.txt as cooperating bodies"},
    {"rule": "unknown-unit", "line": row("推动智慧工地监管能力提升", UNIT_CO, "县应急局"), "text": "县应急局",
     "why": "short name of 县应急管理局 in units.txt"},
    {"rule": "unknown-unit", "line": row("提升行政监督水平", UNIT_LEAD, "县政府办"), "text": "县政府办",
     "why": "short name of 县人民政府办公室 in units.txt"},
    {"rule": "unknown-unit", "line": row("健全推进机制", 2, "县数字政府建设工作领导小组"), "text": "县数字政府建设工作领导小组",
     "why": "a coordinating body named inside the measure text, not in a responsible-unit column; the row's units (县大数据局, 县委编办) are in units.txt"},
    # --- deadlines: equal, earlier, ongoing regional tasks ---
    {"rule": "deadline-later-than-baseline", "line": row("推进一体化在线监管", DATE, "2025年底"), "text": "2025年底",
     "why": "regional task 3 (一体化在线监管, line 49) 完成时限 2025年底: equal"},
    {"rule": "deadline-later-than-baseline", "line": row("强化监管数据汇聚治理", DATE, "2025年12月底"), "text": "2025年12月底",
     "why": "also regional task 3 (监管数据汇聚, line 49) 完成时限 2025年底: 2025年12月底 is the same date"},
    {"rule": "deadline-later-than-baseline", "line": row("推动政策精准推送和政民互动", DATE, "2025年底"), "text": "2025年底",
     "why": "regional task 22 (政务公开, line 97) 完成时限 2025年底: equal"},
    {"rule": "deadline-later-than-baseline", "line": row("优化政策信息数字化发布", DATE, "2024年底"), "text": "2024年底",
     "why": "regional task 22 (政务公开, line 97) 完成时限 2025年底: earlier"},
    {"rule": "deadline-later-than-baseline", "line": line("到2025年，与政府治理能力现代化相适应的县级数字政府体系框架基本形成"), "text": "到2025年",
     "why": "主要目标: the region's 体系框架基本形成 is also 到2025年 (line 35): equal"},
    {"rule": "deadline-later-than-baseline", "line": line("到2035年，整体协同"), "text": "到2035年",
     "why": "主要目标: the region's 数字政府基本建成 is also 到2035年 (line 37): equal"},
    {"rule": "deadline-later-than-baseline", "line": row("推动智慧教育服务能力提升", DATE, "2025年底"), "text": "2025年底",
     "why": "regional task 10 (智慧教育, line 67) 完成时限 持续开展: no dated milestone, a dated county deadline is not later"},
    {"rule": "deadline-later-than-baseline", "line": row("推动智慧康养服务能力提升", DATE, "2025年底"), "text": "2023年启动，2025年底取得明显成效",
     "why": "regional task 15 (智慧康养, line 77) 完成时限 持续开展: not later"},
    {"rule": "deadline-later-than-baseline", "line": row("促进数据有序开发利用", DATE, "2025年底"), "text": "2025年底",
     "why": "regional task 35 (数据开发利用, line 155) 完成时限 持续开展: not later"},
    {"rule": "deadline-later-than-baseline", "line": row("推进社会治安防控体系智能化", DATE, "2024年底"), "text": "2024年底",
     "why": "regional task 5 (社会治安防控, line 55) 完成时限 持续开展: not later"},
    {"rule": "deadline-later-than-baseline", "line": row("打造泛在可及的政务服务体系", DATE, "2024年底"), "text": "2024年底",
     "why": "one date for a row of three measures; all from regional task 7 (公共服务, line 61) 完成时限 持续开展: not later"},
    {"rule": "deadline-later-than-baseline", "line": row("开展试点示范", DATE, "2024年起每年开展"), "text": "2024年起每年开展",
     "why": "regional task 32 (试点示范, line 141) 完成时限 持续开展: a start year plus a recurring duty is not later"},
    {"rule": "deadline-later-than-baseline", "line": row("提升行政执行能力", DATE, "2024年6月底"), "text": "2024年6月底",
     "why": "regional task 20 (行政执行, line 91) 完成时限 持续开展: not later"},
    # --- dates that are not deadlines or lie in the plan's own year ---
    {"rule": "deadline-invalid", "line": line("2022年，我县政务服务事项网上可办率"), "text": "2022年",
     "why": "past date in the background sentence, not a deadline"},
    {"rule": "deadline-invalid", "line": line("2023年10月31日前制定具体推进措施"), "text": "2023年10月31日",
     "why": "the office's own reporting date (same line: 每年12月10日前), in the issue year"},
    {"rule": "deadline-invalid", "line": line("2023年8月25日"), "text": "2023年8月25日",
     "why": "signing date of the notice"},
    {"rule": "deadline-invalid", "line": row("健全推进机制", DATE, "2023年9月底"), "text": "2023年9月底",
     "why": "in the plan's own year (issued 2023-08-25), after the issue date"},
    {"rule": "deadline-invalid", "line": row("开展政务数据治理", DATE, "2023年12月底"), "text": "2023年12月底",
     "why": "in the plan's own year; regional task 33 (line 147) is 持续开展"},
    {"rule": "deadline-invalid", "line": row("强化安全管理责任", DATE, "2023年12月底前"), "text": "2023年12月底前建立机制，长期坚持",
     "why": "in the plan's own year plus an ongoing flag; regional task 23 (line 103) is 持续开展"},
    {"rule": "deadline-invalid", "line": row("强化考核评估", DATE, "每年12月底前"), "text": "每年12月底前完成年度评估",
     "why": "recurring annual date, no year"},
    # --- citations ---
    {"rule": "basis-mismatch", "line": line("（国发〔2022〕14号）"), "text": "国发〔2022〕14号",
     "why": "correct title and 文号 of the national 指导意见"},
    {"rule": "basis-mismatch", "line": line("浦政办发〔2023〕26号"), "text": "浦政办发〔2023〕26号",
     "why": "the notice's own document number, not a cited basis"},
    {"rule": "basis-mismatch", "line": line("现将《浦北县数字政府建设实施方案》"), "text": "《浦北县数字政府建设实施方案》",
     "why": "the plan's own title in the 印发 notice"},
    # --- text that only looks odd ---
    {"rule": "garbled-text", "line": row("推进数字化共性应用集约建设", 2, "天地图·广西"), "text": "天地图·广西",
     "why": "official platform name with a middle dot"},
    {"rule": "garbled-text", "line": row("助推数字经济发展", 2, "中国—东盟"), "text": "中国—东盟信息港",
     "why": "proper name with an em dash"},
    # --- pillars present only as one or two rows ---
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "row 营造良好数字生态 (line %d)" % cell("营造良好数字生态", 0)[0]},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "rows 优化政策信息数字化发布 and 推动政策精准推送和政民互动 (lines %d-%d)" % (cell("优化政策信息数字化发布", 0)[0], cell("推动政策精准推送和政民互动", 0)[0])},
    {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护",
     "why": "rows 19-22 of the table (生态环保, 生态环境互联网+监管, 自然资源, 绿色低碳)"},
]

cov = [
    (1, "提升经济调节能力"), (2, "加强智慧监管"), (3, "推进一体化在线监管"), (3, "强化监管数据汇聚治理"),
    (4, "提升社会矛盾化解能力"), (4, "提高基层社会治理精准化水平"), (5, "推进社会治安防控体系智能化"),
    (6, "推进智慧应急建设"), (7, "打造泛在可及的政务服务体系"), (7, "强化企业全生命周期服务"),
    (7, "拓展公平普惠的民生服务"), (8, "优化12345政务服务便民热线"), (9, "推广“智桂通”移动应用"),
    (10, "推动智慧教育服务能力提升"), (11, "推动智慧人社服务能力提升"), (12, "推动智慧医疗服务能力提升"),
    (13, "推动智慧工地监管能力提升"), (15, "推动智慧康养服务能力提升"), (16, "提升生态环保协同治理能力"),
    (16, "完善生态环境“互联网+监管”"), (17, "提高自然资源利用效率"), (18, "推动绿色低碳转型"),
    (19, "提升辅助决策能力"), (20, "提升行政执行能力"), (21, "提升行政监督水平"),
    (22, "优化政策信息数字化发布"), (22, "推动政策精准推送和政民互动"), (23, "强化安全管理责任"),
    (24, "落实安全制度要求"), (24, "推进密码应用和保密监测"), (25, "加强数据安全监管"),
    (26, "提升安全保障能力"), (26, "做好政务数据备份"), (27, "提高自主可控水平"),
    (28, "以数字化改革助力政府职能转变"), (29, "创新数字政府建设管理机制"), (29, "推动数字普惠"),
    (30, "完善法规制度"), (31, "健全标准规范"), (32, "开展试点示范"), (33, "创新数据管理机制"),
    (33, "开展政务数据治理"), (34, "深化数据高效共享"), (34, "推进垂直系统数据回流"),
    (35, "促进数据有序开发利用"), (36, "强化政务云平台支撑能力"), (37, "提升网络平台支撑能力"),
    (37, "健全电子政务外网运维体系"), (38, "强化数据智能支撑能力"), (39, "推进数字化共性应用集约建设"),
    (39, "完善信用信息应用"), (41, "助推数字经济发展"), (42, "推进智慧城市建设"), (42, "推进数字乡村建设"),
    (43, "营造良好数字生态"),
]
covers = [{"task": t, "line": cell(a, 0)[0]} for t, a in cov]

key = {
    "writer": "blind writer, round 500; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": (
        "浦北县 (钦州市, 广西) plan issued by 县政府办 on 2023-08-25, checked against guangxi-2022 only (no parent plan). "
        "Task numbers are the order of the 43 inline (責任單位…完成時限…) notes in seeds/guangxi-2022-shishi-yijian.txt: "
        "1 经济调节 (line 43) … 8 12345热线 (63), 9 智桂通 (65), 14 智慧体育 (75), 22 政务公开 (97), 23 安全管理责任 (103, no 各市人民政府), 37 电子政务外网 (165), 43 数字生态 (187). "
        "Only tasks 3, 8, 9, 22 have a dated 完成时限 (2025年底); all others are 持续开展. The 八、党的领导 part has no inline notes, so table rows 56-59 map to no task number. "
        "The table is one block: header row, then group rows (group title in the first cell, other cells empty) and 59 numbered rows; several rows hold numbered measures （1）（2）… with one date. "
        "The draft's 备注 says the first of several lead units is the main lead. units.txt is the county registry (县… short forms; 钦州市浦北生态环境局 is the county-level ecology bureau). "
        "Task 40 (开放生态支撑能力) is not taken up as its own row and is annotated neither way."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers")
