#!/usr/bin/env python3
# Builds key.json; every line number is found from a unique substring of draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(sub, also=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l and (also is None or also in l)]
    assert len(hits) == 1, (sub, also, hits)
    return hits[0]

def row(n):
    hits = [i for i, l in enumerate(L, 1) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, n
    return hits[0]

def cell_has(n, text):
    assert text in L[row(n) - 1], (n, text)
    return row(n)

expect = [
    {"rule": "basis-mismatch", "line": ln('桂政发〔2022〕13号'), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; digits transposed"},
    {"rule": "deadline-later-than-baseline", "line": cell_has(13, '2026年底'), "text": "2026年底",
     "why": "row 13 (12345热线归并、与110/119/120/122联动、城市智慧指挥中心) takes up regional task 8 (持续优化12345政务服务便民热线平台), 完成时限 2025年底; 2026年底 is later"},
    {"rule": "deadline-invalid", "line": cell_has(43, '2022年12月底'), "text": "2022年12月底",
     "why": "the plan is issued 2023-06-30; a 完成时限 of 2022年12月底 lies before the year of the document (regional task 36, 政务云, 完成时限 持续开展; typo for 2023)"},
    {"rule": "unknown-unit", "line": cell_has(32, '市工信委'), "text": "市工信委",
     "why": "not in units.txt; the 工业和信息化委员会 no longer exists, the unit is 市工业和信息化局 (市工信局)"},
    {"rule": "garbled-text", "line": ln('鎻愬崌骞查儴'), "text": "鎻愬崌骞查儴闃熶紞",
     "why": "UTF-8 bytes of 提升干部队伍数字思维 read as GBK"},
    {"rule": "task-uncovered", "line": 0, "task": 13,
     "why": "regional task 13 (推动智慧工地监管能力提升, 各市人民政府, 持续开展) is deliberately left out: no 智慧工地/建筑工程安全监管 anywhere"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# deadlines
mnf("deadline-later-than-baseline", cell_has(3, '2023年启动，2025年底建成'), "regional task 3 (一体化在线监管/互联网+监管) is due 2025年底; the completing milestone 2025年底建成 is equal", "2025年底建成")
mnf("deadline-later-than-baseline", cell_has(4, '2024年底'), "row 4 (互联网+监管与双随机协同) is regional task 3, due 2025年底; 2024年底 is earlier", "2024年底")
mnf("deadline-later-than-baseline", cell_has(14, '2025年底'), "row 14 (热线数据社情民意分析) is regional task 8, due 2025年底; equal", "2025年底")
mnf("deadline-later-than-baseline", cell_has(15, '2024年底'), "row 15 (智桂通) is regional task 9, due 2025年底; 2024年底 is earlier", "2024年底")
mnf("deadline-later-than-baseline", cell_has(28, '2025年6月底'), "row 28 (政策信息数字化发布) is regional task 22, due 2025年底; 2025年6月底 is earlier", "2025年6月底")
mnf("deadline-later-than-baseline", cell_has(29, '2025年底'), "row 29 (政务新媒体) is regional task 22, due 2025年底; equal", "2025年底")
mnf("deadline-later-than-baseline", cell_has(7, '2024年底前'), "inline milestone in row 7 (雪亮工程, regional task 5, 持续开展): a dated milestone cannot be later than an ongoing task with no date", "2024年底前")
mnf("deadline-later-than-baseline", row(1), "row 1 is regional task 1, 完成时限 持续开展; equal", "持续开展")
mnf("deadline-later-than-baseline", row(30), "row 30 is regional task 23, 完成时限 持续开展; equal", "持续开展")
mnf("deadline-later-than-baseline", ln('到2025年，与政府治理能力现代化'), "主要目标: 数字政府体系框架基本形成 到2025年, the same year as the regional goal", "到2025年")
mnf("deadline-later-than-baseline", ln('到2035年'), "主要目标: 数字政府基本建成 到2035年, the same year as the regional goal", "到2035年")
mnf("deadline-later-than-baseline", ln('2026年1月底前'), "the office's own date for the final evaluation report of the plan, not a task deadline", "2026年1月底前")
mnf("deadline-invalid", ln('截至2022年底'), "past date in the background section (发展基础), not a deadline", "截至2022年底")
mnf("deadline-invalid", ln('到2023年底，数字政府建设统筹协调机制'), "a goal for the plan's own year 2023, not before it", "到2023年底")
mnf("deadline-invalid", ln('2023年8月底前'), "the office's own date for the counties' measures, inside the plan year", "2023年8月底前")
mnf("deadline-invalid", ln('每年6月20日、12月20日前'), "recurring reporting dates of the office", "每年6月20日、12月20日前")
mnf("deadline-invalid", ln('2023年6月30日'), "the issuing date of the 通知", "2023年6月30日")
# units
mnf("unknown-unit", cell_has(2, '市直有关部门'), "collective subject", "市直有关部门")
mnf("unknown-unit", cell_has(3, '各县（区）人民政府'), "collective subject (钦南区、钦北区、灵山县、浦北县)", "各县（区）人民政府")
mnf("unknown-unit", cell_has(40, '市直各部门'), "collective subject", "市直各部门")
mnf("unknown-unit", cell_has(11, '市市场监督管理局'), "alias of 市市场监管局 in units.txt", "市市场监督管理局")
mnf("unknown-unit", cell_has(11, '市大数据局'), "alias of 市大数据发展局 in units.txt", "市大数据局")
mnf("unknown-unit", cell_has(15, '市大数据局'), "lead unit written with the alias 市大数据局 (市大数据发展局)", "市大数据局")
mnf("unknown-unit", cell_has(12, '市人社局'), "alias of 市人力资源社会保障局", "市人社局")
mnf("unknown-unit", cell_has(12, '市卫健委'), "alias of 市卫生健康委", "市卫健委")
mnf("unknown-unit", cell_has(20, '市文广体旅局'), "alias of 市文化广电体育和旅游局", "市文广体旅局")
mnf("unknown-unit", cell_has(50, '市住建局'), "alias of 市住房城乡建设局", "市住建局")
mnf("unknown-unit", cell_has(31, '保密办'), "市委国安办、保密办: the prefix 市委 distributes, = 市委保密办 in units.txt", "保密办")
mnf("unknown-unit", cell_has(31, '大数据发展局'), "市公安局、大数据发展局: the prefix 市 distributes, = 市大数据发展局", "大数据发展局")
mnf("unknown-unit", cell_has(8, '钦州市气象局'), "in units.txt (unit outside the government proper), as is 市消防救援支队 in the same cell", "钦州市气象局")
mnf("unknown-unit", cell_has(47, '钦州市税务局'), "in units.txt", "钦州市税务局")
mnf("unknown-unit", cell_has(6, '市中级人民法院'), "in units.txt, as is 市人民检察院", "市中级人民法院")
mnf("unknown-unit", cell_has(39, '钦州港经济技术开发区管委会'), "in units.txt", "钦州港经济技术开发区管委会")
mnf("unknown-unit", ln('充分发挥市数字政府建设领导小组作用'), "a coordinating body named in prose, not a responsible unit of a task", "市数字政府建设领导小组")
mnf("unknown-unit", 3, "addressees of the 通知 (collectives)", "各县（区）人民政府")
mnf("unknown-unit", ln('3.各县（区）人民政府参照本表'), "collective subject in the table note", "各县（区）人民政府")
# basis
mnf("basis-mismatch", ln('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
mnf("basis-mismatch", ln('国发〔2018〕27号'), "retrospective mention of earlier national documents in the background (国发〔2018〕27号, 国务院令第716号), not the basis", "国发〔2018〕27号")
mnf("basis-mismatch", 2, "the plan's own issuing number (钦政办发), not a cited basis document", "钦政办发〔2023〕26号")
mnf("basis-mismatch", 4, "the plan's own title (实施方案) in the 通知, not a basis document", "《钦州市加强数字政府建设实施方案》")
# garbled
mnf("garbled-text", ln('“天地图·广西”'), "middle dot in a proper name, not damage", "天地图·广西")
mnf("garbled-text", ln('“4·27”'), "middle dot in 4·27, not damage", "4·27")
mnf("garbled-text", ln('1+6+N'), "ordinary ASCII in a name of a system (1+6+N), and 中国—东盟 uses an em dash", "1+6+N")
# pillars
mnf("missing-pillar", 0, "数字生态 is taken up (section 二（六）3 and row 52)")
mnf("missing-pillar", 0, "党的领导 items (组织领导, 推进机制, 数字素养, 考核评估) are under 三、保障措施")
mnf("missing-pillar", 0, "政务公开 is taken up (section 二（一）7 and rows 28–29)")

cov = {1: [1], 2: [2], 3: [3, 4], 4: [5, 6], 5: [7], 6: [8], 7: [9, 10, 11, 12], 8: [13, 14], 9: [15],
       10: [16], 11: [17], 12: [18], 14: [19], 15: [20], 16: [21], 17: [22], 18: [23], 19: [24, 25],
       20: [26], 21: [27], 22: [28, 29], 23: [30], 24: [31], 25: [32], 26: [33], 27: [34], 28: [35],
       29: [36], 30: [37], 31: [38], 32: [39], 33: [40], 34: [41], 35: [42], 36: [43], 37: [44],
       38: [45], 39: [46, 47], 40: [48], 41: [49], 42: [50, 51], 43: [52]}
covers = [{"task": t, "line": row(r)} for t, rs in cov.items() for r in rs]

key = {
    "writer": "blind writer, round 863; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("钦州市 2023 实施方案 implementing 桂政发〔2022〕31号, with a 52-row 重点任务分工表 (lines 70-122, tab-separated, header on line 70). "
              "Regional task numbers are the 43 inline (责任单位…完成时限) notes of the 广西 实施意见 counted in order of appearance "
              "(task 8 = 12345热线 2025年底, task 9 = 智桂通 2025年底, task 3 = 互联网+监管 2025年底, task 22 = 政务公开 2025年底, task 13 = 智慧工地; all others 持续开展; task 23 names no 各市人民政府). "
              "Where the regional 完成时限 is 持续开展 the local 持续开展 or a dated milestone is not later. "
              "The regional title is cited as 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》; only the 文号 is planted wrong."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers), len(cov))
