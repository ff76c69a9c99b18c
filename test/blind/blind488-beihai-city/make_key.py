#!/usr/bin/env python3
"""Build key.json for blind488-beihai-city; every line number is found in draft.txt by its text."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def ln(anchor, text=None):
    """1-based line holding `anchor` (must be unique); `text` (default anchor) must also be on it."""
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    if len(hits) != 1:
        sys.exit(f'anchor {anchor!r}: {hits}')
    if text is not None and text not in LINES[hits[0] - 1]:
        sys.exit(f'text {text!r} not on line {hits[0]}')
    return hits[0]


def row(n):
    """Line of row n of the 分工表 (row starts with 'n\\t')."""
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(f'{n}\t')]
    if len(hits) != 1:
        sys.exit(f'row {n}: {hits}')
    return hits[0]


def rowtext(n, text):
    l = row(n)
    if text not in LINES[l - 1]:
        sys.exit(f'row {n}: {text!r} missing')
    return l


expect = [
    {"rule": "basis-mismatch", "line": ln('（桂政发〔2022〕13号）', '桂政发〔2022〕13号'), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (2022-11-30); digits transposed. The draft itself cites 31号 correctly in 八（四）"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2026年，与政府治理能力现代化'), "text": "2026年",
     "why": "主要目标: the region's goal '到2025年 … 政府数字化履职能力、安全保障、制度规则、数据资源、平台支撑等数字政府体系框架基本形成' (same wording); the draft puts the same goal in 2026"},
    {"rule": "deadline-later-than-baseline", "line": rowtext(8, '2026年底'), "text": "2026年底",
     "why": "分工表 row 8 = regional task 8 (12345热线, 二（四） second paragraph), 完成时限 2025年底; the row says 2026年底"},
    {"rule": "deadline-invalid", "line": rowtext(27, '20025年底'), "text": "20025年底",
     "why": "impossible year (typo for 2025); the row is regional tasks 31–32 (标准规范, 试点示范), 完成时限 持续开展, so it is not also a late deadline"},
    {"rule": "unknown-unit", "line": rowtext(32, '市大数据管理服务局'), "text": "市大数据管理服务局",
     "why": "not a 北海 body (it is 吴忠's name); 北海's body is 市大数据发展局, see units.txt. Row 32 = regional task 38 (数据智能)"},
    {"rule": "unknown-unit", "line": rowtext(30, '自治区大数据发展局'), "text": "自治区大数据发展局",
     "why": "a regional body named as 牵头单位 of a city task (row 30 = regional task 36, 政务云); the city lead should be 市大数据发展局, which follows as 配合单位"},
    {"rule": "garbled-text", "line": ln('寤虹珛鍋ュ叏'), "text": "寤虹珛鍋ュ叏鏀垮姟",
     "why": "UTF-8 bytes read as GBK: the run decodes to 建立健全政务数据供需对接机制"},
]

R = 'deadline-later-than-baseline'
U = 'unknown-unit'
B = 'basis-mismatch'
I = 'deadline-invalid'
mnf = [
    {"rule": U, "line": ln('各县（市、区）人民政府，市直各有关单位：'), "text": "各县（市、区）人民政府", "why": "collective subject (addressees of the notice)"},
    {"rule": U, "line": ln('各县（市、区）人民政府，市直各有关单位：'), "text": "市直各有关单位", "why": "collective subject"},
    {"rule": U, "line": rowtext(9, '市直各有关单位，各县（市、区）人民政府'), "text": "各县（市、区）人民政府", "why": "the counties as a collective, in a 配合单位 cell"},
    {"rule": U, "line": rowtext(29, '市直各部门（单位）'), "text": "市直各部门（单位）", "why": "collective subject"},
    {"rule": U, "line": ln('各乡镇（街道）落实专人'), "text": "各乡镇（街道）", "why": "collective subject"},
    {"rule": U, "line": rowtext(18, '市发改委'), "text": "市发改委", "why": "colloquial alias of 市发展改革委, listed in units.txt"},
    {"rule": U, "line": rowtext(11, '市人力资源和社会保障局'), "text": "市人力资源和社会保障局", "why": "full name of 市人力资源社会保障局 (alias in units.txt); must not be split at 和"},
    {"rule": U, "line": rowtext(13, '市住房和城乡建设局'), "text": "市住房和城乡建设局", "why": "full name of 市住房城乡建设局 (alias in units.txt); must not be split at 和"},
    {"rule": U, "line": rowtext(15, '文化广电体育和旅游局'), "text": "文化广电体育和旅游局", "why": "prefix 市 distributes: 市文化广电体育和旅游局, in units.txt; one name, not split at 和"},
    {"rule": U, "line": rowtext(1, '市统计局、大数据发展局'), "text": "大数据发展局", "why": "prefix 市 distributes over the list: 市大数据发展局"},
    {"rule": U, "line": rowtext(6, '气象局，北海市消防救援支队'), "text": "气象局", "why": "prefix 市 distributes: 市气象局 = alias of 北海市气象局 in units.txt; 北海市消防救援支队 also listed"},
    {"rule": U, "line": rowtext(7, '残联'), "text": "残联", "why": "prefix 市 distributes: 市残联, in units.txt"},
    {"rule": U, "line": rowtext(33, '北海市税务局'), "text": "北海市税务局", "why": "vertical body outside the city government proper, listed in units.txt"},
    {"rule": U, "line": rowtext(24, '市委网信办、市大数据发展局'), "text": "市委网信办、市大数据发展局", "why": "two co-leads, both city units; first is the main lead per the table's note"},
    {"rule": U, "line": rowtext(7, '市政务服务监督管理办公室'), "text": "市政务服务监督管理办公室", "why": "city body listed in units.txt (one name, not split)"},
    {"rule": U, "line": rowtext(38, '市委党校'), "text": "市委党校", "why": "listed in units.txt"},
    {"rule": U, "line": ln('在自治区大数据发展局指导下'), "text": "自治区大数据发展局", "why": "regional body mentioned in body text in a guiding role, not as lead of a local task"},
    {"rule": U, "line": ln('充分发挥市数字北海建设领导小组作用'), "text": "市数字北海建设领导小组", "why": "the city's coordinating body (listed in units.txt); not a responsibility cell"},
    {"rule": R, "line": rowtext(3, '2025年12月底前'), "text": "2025年12月底前", "why": "row 3 = regional task 3 (一体化在线监管), 完成时限 2025年底: equal"},
    {"rule": R, "line": rowtext(22, '2025年底'), "text": "2025年底", "why": "row 22 = regional task 22 (政务公开), 完成时限 2025年底: equal"},
    {"rule": R, "line": rowtext(9, '2024年底'), "text": "2024年底", "why": "row 9 = regional task 9 (智桂通), 完成时限 2025年底: earlier"},
    {"rule": R, "line": rowtext(6, '2023年启动，2025年底前建成'), "text": "2025年底前建成", "why": "row 6 = regional task 6 (智慧应急), 完成时限 持续开展: ongoing, no regional milestone to exceed"},
    {"rule": R, "line": rowtext(19, '2023年启动，2025年底前建成'), "text": "2025年底前建成", "why": "row 19 = regional task 19 (辅助决策, 数字政府大脑), 完成时限 持续开展"},
    {"rule": R, "line": rowtext(13, '2024年底前'), "text": "2024年底前", "why": "row 13 = regional task 13 (智慧工地), 完成时限 持续开展"},
    {"rule": R, "line": rowtext(29, '2024年底前'), "text": "2024年底前", "why": "row 29 = regional task 35 (数据开发利用), 完成时限 持续开展"},
    {"rule": R, "line": rowtext(11, '长期坚持'), "text": "长期坚持", "why": "row 11 = regional task 11 (智慧人社), 完成时限 持续开展: same ongoing meaning"},
    {"rule": R, "line": ln('到2035年，整体协同'), "text": "2035年", "why": "主要目标: region's 到2035年 … 广西数字政府基本建成: equal"},
    {"rule": R, "line": ln('到2023年底，全市数字政府建设统筹协调机制'), "text": "2023年底", "why": "local interim goal with no later regional counterpart (region's nearest goal is 2025); earlier"},
    {"rule": R, "line": ln('《数字广西建设规划（2018—2025年）》'), "text": "2018—2025年", "why": "years inside the title of a document mentioned in the background, not a deadline"},
    {"rule": I, "line": ln('2022年，全市依申请政务服务事项'), "text": "2022年", "why": "past date in the 发展现状 background, not a deadline"},
    {"rule": I, "line": ln('2023年7月18日'), "text": "2023年7月18日", "why": "the notice's own issue date"},
    {"rule": I, "line": ln('每年6月25日、12月25日前'), "text": "6月25日、12月25日", "why": "the office's own recurring reporting dates, not task deadlines"},
    {"rule": R, "line": ln('每年1月底前将上年度'), "text": "每年1月底前", "why": "the office's own yearly reporting date"},
    {"rule": B, "line": ln('（国发〔2022〕14号）和'), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
    {"rule": B, "line": ln('（国发〔2016〕55号）印发以来'), "text": "国发〔2016〕55号", "why": "retrospective mention of an old document in the background (correct title and 文号), not a basis citation"},
    {"rule": B, "line": ln('对照桂政发〔2022〕31号文件'), "text": "桂政发〔2022〕31号", "why": "correct 文号 of the 广西 实施意见"},
    {"rule": B, "line": ln('北政办〔2023〕48号'), "text": "北政办〔2023〕48号", "why": "the notice's own document number"},
    {"rule": "garbled-text", "line": ln('“4·27”'), "text": "4·27", "why": "middle dot is correct typography (视察广西“4·27”重要讲话)"},
    {"rule": "garbled-text", "line": ln('“天地图·广西”'), "text": "天地图·广西", "why": "official platform name with middle dot"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "taken up in 二（七） and row 22"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up in 七（三） and row 37"},
]

covers_src = [
    (1, '依托国家、自治区经济运行监测分析平台'),
    (2, '推进监管事项清单数字化管理'),
    (3, '以一体化在线监管提升监管协同化水平。'),
    (4, '推进数字化网格治理能力建设。'),
    (5, '推进社会治安防控体系智能化。'),
    (6, '推进智慧应急建设。'),
    (7, '打造泛在可及的服务体系。'),
    (8, '持续优化12345政务服务便民热线平台功能，加强'),
    (9, '持续完善“智桂通”北海专区。'),
    (10, '推动智慧教育、智慧人社、智慧医疗服务能力提升。'),
    (11, '推动智慧教育、智慧人社、智慧医疗服务能力提升。'),
    (12, '推动智慧教育、智慧人社、智慧医疗服务能力提升。'),
    (13, '推动智慧工地监管能力提升。'),
    (14, '推动智慧体育、智慧康养服务能力提升。'),
    (15, '推动智慧体育、智慧康养服务能力提升。'),
    (16, '提升生态环保协同治理能力。'),
    (17, '提高自然资源利用效率。'),
    (18, '推动绿色低碳转型。'),
    (19, '提升辅助决策能力。'),
    (20, '提升行政执行能力。'),
    (21, '提升行政监督水平。'),
    (22, '优化政策信息数字化发布。'),
    (23, '（一）强化安全管理责任。'),
    (24, '（二）落实安全制度要求。'),
    (25, '（三）加强数据安全监管。'),
    (26, '（四）提升安全保障能力。'),
    (27, '（五）提高自主可控水平。'),
    (28, '（一）以数字化改革助力政府职能转变。'),
    (29, '（二）创新数字政府建设管理机制。'),
    (30, '（三）完善法规制度。'),
    (31, '（四）健全标准规范。'),
    (32, '（五）开展试点示范。'),
    (33, '（一）创新数据管理机制。'),
    (34, '（二）深化数据高效共享。'),
    (35, '（三）促进数据有序开发利用。'),
    (36, '（一）强化政务云平台支撑能力。'),
    (37, '（二）提升网络平台支撑能力。'),
    (38, '推广应用全区统一的智能算法库'),
    (39, '推广应用统一身份认证、电子证照'),
    (40, '依托开放生态支撑平台'),
    (41, '（一）驱动数字经济发展。'),
    (42, '（二）引领数字社会建设。'),
    (43, '（三）营造良好数字生态。'),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_src]

key = {
    "writer": "blind writer, round 488; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
        "北海市 plan (notice 2023-07-18) implementing the 广西 实施意见 桂政发〔2022〕31号 with no parent plan. "
        "Task numbers are the 43 clauses of the 广西 text that carry an inline (責任單位:…。完成時限:…) note, numbered 1–43 "
        "in order of appearance (1 = 经济调节, 3 = 一体化在线监管 2025年底, 8 = 12345热线 2025年底, 9 = 智桂通 2025年底, "
        "22 = 政务公开 2025年底, 23 = 强化安全管理责任 (no 各市人民政府), 36 = 政务云, 38 = 数据智能, 43 = 数字生态); "
        "all others are 持续开展. The 分工表 row numbers (1–38) are the draft's own and differ from the regional numbers after row 22. "
        "The garbled run on the 数据共享 line is UTF-8 read as GBK. No task is deliberately left out."
    ),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers), 'lines', len(LINES))
