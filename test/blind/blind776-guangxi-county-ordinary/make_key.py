#!/usr/bin/env python3
# Builds key.json for blind776; every line number is looked up in the final draft.txt (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def ln(anchor, text=None, nth=0):
    """Line number of the nth line containing anchor (and text, if given)."""
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l and (text is None or text in l)]
    assert hits, (anchor, text)
    return hits[nth]


def only(anchor, text=None):
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l and (text is None or text in l)]
    assert len(hits) == 1, (anchor, text, hits)
    return hits[0]


expect = [
    {"rule": "basis-mismatch", "line": only("桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; digits swapped in the preamble (line 77 cites it correctly)"},
    {"rule": "deadline-later-than-baseline", "line": only("归并至12345热线", "2026年底"), "text": "2026年底",
     "why": "task-table row 10 (12345热线 归并/联动) = regional task 8 (持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the body note on line 38 says 2025年底, the table row slipped to 2026年底"},
    {"rule": "deadline-invalid", "line": only("2024年13月底前"), "text": "13月",
     "why": "impossible month in task-table row 33 (政务系统迁移上云, regional task 36 政务云, 完成时限 持续开展)"},
    {"rule": "unknown-unit", "line": only("县大数据管理服务局"), "text": "县大数据管理服务局",
     "why": "not in units.txt; the county body is 县大数据发展局 (县大数据局). The name is copied from a 宁夏-style template (regional task 33, 数据管理机制)"},
    {"rule": "garbled-text", "line": only("鎸佺画鎻愬崌"), "text": "鎸佺画鎻愬崌骞查儴闃熶紞",
     "why": "UTF-8 bytes read as GBK: 持续提升干部队伍数字思维 (pasted from another file), no ? marker"},
    {"rule": "task-uncovered", "line": 0, "task": 10,
     "why": "推动智慧教育服务能力提升 (自治区教育厅等,各市人民政府, 持续开展) deliberately left out: no 教育/校园/云课堂 content anywhere in the plan"},
]

mnf = [
    # units
    {"rule": "unknown-unit", "line": ln("1.提升经济调节能力"), "text": "县发改局", "why": "official short name of 县发展和改革局 in units.txt"},
    {"rule": "unknown-unit", "line": ln("1.提升经济调节能力"), "text": "县工信局", "why": "short name of 县工业和信息化局 in units.txt"},
    {"rule": "unknown-unit", "line": only("县公安局、民政局、司法局"), "text": "民政局",
     "why": "prefix 县 distributes over the list 县公安局、民政局、司法局 (县民政局, 县司法局)"},
    {"rule": "unknown-unit", "line": only("县公安局、民政局、司法局"), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": "unknown-unit", "line": only("大力推行“互联网+监管”"), "text": "县直有关部门", "why": "collective subject"},
    {"rule": "unknown-unit", "line": only("4.开展试点示范"), "text": "县直各部门（单位）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": only("提升生态环保协同治理能力"), "text": "贵港市平南生态环境局",
     "why": "listed as one name in units.txt (city bureau's county branch); must not be split at 贵港市"},
    {"rule": "unknown-unit", "line": only("推进智慧应急建设"), "text": "县消防救援大队",
     "why": "short name of 平南县消防救援大队 in units.txt (县气象局 likewise for 平南县气象局)"},
    {"rule": "unknown-unit", "line": only("2.提升网络平台支撑能力"), "text": "中国电信平南分公司",
     "why": "unit outside government proper, listed in units.txt as short name of 中国电信股份有限公司平南分公司"},
    {"rule": "unknown-unit", "line": only("3.加强重点共性应用支撑能力"), "text": "平南县税务局", "why": "in units.txt"},
    {"rule": "unknown-unit", "line": only("主动对接自治区大数据发展局"), "text": "自治区大数据发展局",
     "why": "regional body mentioned in running text as the office to liaise with; the lead in the note is 县大数据发展局"},
    {"rule": "unknown-unit", "line": only("报送县数字政府办"), "text": "县数字政府办",
     "why": "short name of 县数字政府建设工作领导小组办公室 in units.txt"},
    {"rule": "unknown-unit", "line": only("2.落实安全制度要求"), "text": "县委保密办", "why": "in units.txt"},
    {"rule": "unknown-unit", "line": only("拓展公平普惠的民生服务"), "text": "县残联", "why": "short name of 县残疾人联合会 in units.txt"},
    # deadlines
    {"rule": "deadline-later-than-baseline", "line": only("大力推行“互联网+监管”"), "text": "2025年底",
     "why": "regional task 3 (一体化在线监管/互联网+监管) 完成时限 2025年底: equal"},
    {"rule": "deadline-later-than-baseline", "line": only("2023年启动，2025年底完成"), "text": "2023年启动，2025年底完成",
     "why": "table row 3 = regional task 3, 完成时限 2025年底: completing milestone equal"},
    {"rule": "deadline-later-than-baseline", "line": only("持续优化12345政务服务便民热线平台"), "text": "2025年底",
     "why": "body note of regional task 8 (12345热线), 完成时限 2025年底: equal"},
    {"rule": "deadline-later-than-baseline", "line": only("推广“智桂通”移动端应用"), "text": "2024年底",
     "why": "regional task 9 (智桂通), 完成时限 2025年底: earlier (table row 11 on line %d likewise)" % only("“智桂通”平南专区服务应用\t")},
    {"rule": "deadline-later-than-baseline", "line": only("7.提升政务公开水平"), "text": "2024年6月底前",
     "why": "regional task 22 (优化政策信息数字化发布), 完成时限 2025年底: earlier (table row 22 on line %d likewise)" % only("建设县级政策文件库")},
    {"rule": "deadline-later-than-baseline", "line": only("到2025年，与政府治理能力现代化"), "text": "到2025年",
     "why": "主要目标: 体系框架基本形成 到2025年, same year as the region"},
    {"rule": "deadline-later-than-baseline", "line": only("到2035年"), "text": "到2035年",
     "why": "主要目标: 数字政府基本建成 到2035年, same as the region"},
    {"rule": "deadline-later-than-baseline", "line": only("到2023年底"), "text": "到2023年底",
     "why": "local intermediate goal with no regional counterpart; earlier than any regional goal"},
    {"rule": "deadline-later-than-baseline", "line": only("IPv6改造\t"), "text": "2025年底前",
     "why": "table row 34 = regional task 37 (电子政务外网), 完成时限 持续开展: a dated local milestone is not later than an ongoing task"},
    {"rule": "deadline-later-than-baseline", "line": only("分类分级开放公共数据，打造"), "text": "2024年底前",
     "why": "table row 32 = regional task 35 (数据开发利用), 完成时限 持续开展"},
    {"rule": "deadline-invalid", "line": only("截至2022年底"), "text": "2022年底",
     "why": "past date in the 发展现状 background (截至2022年底 / 2022年), not a deadline"},
    {"rule": "deadline-invalid", "line": only("1.创新数据管理机制"), "text": "2023年12月底前",
     "why": "in the plan's own year (issued 2023-09-12), not before it; regional task 33 is 持续开展 (table row 30 on line %d likewise)" % only("编制全县政务数据资源目录，明确")},
    {"rule": "deadline-invalid", "line": only("2023年12月15日前"), "text": "2023年12月15日前",
     "why": "the office's own reporting date (and 每年11月底前 progress reports), not a task deadline"},
    {"rule": "deadline-invalid", "line": only("“4·27”"), "text": "4·27",
     "why": "name of 总书记视察广西“4·27”重要讲话, not a date to check"},
    # basis
    {"rule": "basis-mismatch", "line": only("国发〔2018〕27号"), "text": "国发〔2018〕27号",
     "why": "retrospective mention of an older national document in 发展现状, correct title and 文号; not a basis of this plan"},
    {"rule": "basis-mismatch", "line": only("对照桂政发〔2022〕31号文件"), "text": "桂政发〔2022〕31号",
     "why": "correct 文号 of the 广西 实施意见, cited by number only"},
    {"rule": "basis-mismatch", "line": only("国发〔2022〕14号"), "text": "国发〔2022〕14号",
     "why": "correct title and 文号 of the national 指导意见"},
    {"rule": "basis-mismatch", "line": only("平政办发〔2023〕25号"), "text": "平政办发〔2023〕25号",
     "why": "the notice's own 文号 (and line 4 names the plan's own title in 《》), not a basis citation"},
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "数字素养",
     "why": "（四）提升数字素养 on line %d is present (only part of its sentence is garbled)" % only("（四）提升数字素养")},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "3.营造良好数字生态 on line %d" % only("3.营造良好数字生态")},
]

covers_spec = [
    (1, "1.提升经济调节能力"), (2, "2.提升市场监管能力"), (3, "大力推行“互联网+监管”"),
    (4, "推进数字化网格治理"), (5, "推进社会治安防控体系智能化"), (6, "推进智慧应急建设"),
    (7, "打造泛在可及的服务体系"), (8, "持续优化12345政务服务便民热线平台"), (9, "推广“智桂通”移动端应用"),
    (11, "推动智慧人社、智慧医疗、智慧康养"), (12, "推动智慧人社、智慧医疗、智慧康养"),
    (13, "推动智慧工地、智慧体育建设"), (14, "推动智慧工地、智慧体育建设"),
    (15, "推动智慧人社、智慧医疗、智慧康养"), (16, "提升生态环保协同治理能力"),
    (17, "提高自然资源利用效率"), (18, "推动绿色低碳转型"), (19, "提升辅助决策能力"),
    (20, "提升行政执行和监督能力"), (21, "提升行政执行和监督能力"), (22, "7.提升政务公开水平"),
    (23, "1.强化安全管理责任"), (24, "2.落实安全制度要求"), (25, "3.加强数据安全监管"),
    (26, "4.提升安全保障能力"), (27, "5.提高自主可控水平"), (28, "1.以数字化改革助力政府职能转变"),
    (29, "2.创新数字政府建设管理机制"), (30, "3.完善法规制度和标准规范"), (31, "3.完善法规制度和标准规范"),
    (32, "4.开展试点示范"), (33, "1.创新数据管理机制"), (34, "2.深化数据高效共享"),
    (35, "3.促进数据有序开发利用"), (36, "1.强化政务云平台支撑能力"), (37, "2.提升网络平台支撑能力"),
    (38, "4.推广智能和开放生态支撑能力"), (39, "3.加强重点共性应用支撑能力"),
    (40, "4.推广智能和开放生态支撑能力"), (41, "1.助推数字经济发展"), (42, "2.引领数字社会建设"),
    (43, "3.营造良好数字生态"),
]
covers = [{"task": t, "line": only(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 776; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("平南县 (贵港市) 2023 实施方案 implementing 桂政发〔2022〕31号, no parent plan. "
              "Regional task numbers are the 43 inline (責任單位:…完成時限:…) notes of the 广西 实施意见 numbered in order of appearance "
              "(1 = 经济调节 … 8 = 12345热线, 9 = 智桂通, 10 = 智慧教育, 22 = 政务公开, 36 = 政务云, 37 = 电子政务外网, 43 = 数字生态); "
              "only tasks 3, 8, 9 and 22 carry 2025年底, all others 持续开展. "
              "Task 23 (安全协调机制) has no 各市人民政府 but is covered anyway. "
              "The table has its own 序号 1–40 which are not regional task numbers. "
              "Line 54 (4.提升安全保障能力) has no unit note; its units are those of line 55 and table row 25."),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(LINES), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text', e.get('task')))
