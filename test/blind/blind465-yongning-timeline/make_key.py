#!/usr/bin/env python3
"""Builds key.json for blind465 from draft.txt; every line is found by a unique
substring and every `text` is checked to occur on its line."""
import json, sys

L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(sub):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    if len(hits) != 1:
        sys.exit(f'not unique: {sub!r} -> {hits}')
    return hits[0]

T1 = ln('2023年8月 ▶'); T2 = ln('2023年10月 ▶'); T3 = ln('2022年12月 ▶')
T4 = ln('2024年3月 ▶'); T5 = ln('2024年6月 ▶'); T6 = ln('2024年9月 ▶')
T7 = ln('2024年12月 ▶'); T8 = ln('2025年3月 ▶'); T9 = ln('2025年6月 ▶')
T10 = ln('2025年12月 ▶')
PRE = ln('根据《国务院关于加强数字政府建设的指导意见》')
BG = ln('近年来，我县按照')

expect = [
  {"rule": "basis-mismatch", "line": PRE, "text": "自治区人民政府关于加强数字政府建设的实施方案",
   "why": "宁政发〔2023〕17号 is the 实施意见 (《自治区人民政府关于加强数字政府建设的实施意见》); the draft cites it under the title 实施方案 (its own document type)"},
  {"rule": "deadline-invalid", "line": T3, "text": "2022年12月",
   "why": "timeline point 2022年12月 (between 2023年10月 and 2024年3月; meant 2023年12月) lies before the plan's own year 2023 (issued 2023-07-28)"},
  {"rule": "deadline-later-than-baseline", "line": T5, "text": "2024年6月",
   "why": "全面推行“免证办”，深化“一件事一次办”，推广“免申即享”“民生直达” is task 85, 完成时限 2023年; the county finishes it at 2024年6月"},
  {"rule": "deadline-later-than-baseline", "line": T8, "text": "2025年3月",
   "why": "县城域网升级改造，电子政务外网县、乡、村全覆盖 is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (also task 47, 2024年); the county finishes it at 2025年3月"},
  {"rule": "unknown-unit", "line": T7, "text": "自治区政府办公厅",
   "why": "a regional body named as the lead (牵头) of a county task (县级系统迁移信创云/纳入云平台管理, cf. task 46 whose regional lead it is); copied from the regional list"},
  {"rule": "unknown-unit", "line": T9, "text": "县数据局",
   "why": "not in units.txt (the county's data body is 县大数据服务中心); no such unit"},
]

def nd(line, text, why):
    return {"rule": "deadline-later-than-baseline", "line": line, "text": text, "why": why}

mnf = [
  {"rule": "basis-mismatch", "line": PRE, "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
  {"rule": "basis-mismatch", "line": PRE, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is a real regional document, cited the same way by the 吴忠 plan; not the baseline and not wrong"},
  {"rule": "basis-mismatch", "line": BG, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background section (correct title and 文号), not cited as basis"},
  {"rule": "deadline-invalid", "line": BG, "text": "2020年", "why": "past fact in the background section, not a deadline"},
  {"rule": "deadline-invalid", "line": BG, "text": "2022年", "why": "past fact in the background section (外网县、乡两级全覆盖 already done), not a deadline"},
  {"rule": "deadline-invalid", "line": ln('2023年7月28日'), "text": "2023年7月28日", "why": "issue date of the notice"},
  nd(ln('到2023年底，县级数字政府'), "到2023年底", "goal year equal to the region's 主要目标 到2023年底 (平台“家底”全面理清 etc.)"),
  nd(ln('到2025年，全县数字政府建设'), "到2025年", "equal to the region's goal 到2025年 “34567”体系框架全面成型"),
  nd(ln('到2035年，与政府治理能力'), "到2035年", "equal to the region's 2035 goal"),
  nd(ln('本方案实施期为2023年至2025年'), "2023年至2025年", "implementation period of the plan, same span as the regional task list (2023年—2025年)"),
  nd(T1, "2023年8月", "earlier than the regional deadlines: task 116 (2023年完成并长期坚持), task 14 (2023年), task 32 (2023年)"),
  nd(T2, "2023年10月", "earlier than the regional deadlines: task 30 (2023年), task 15 (2023年), task 24 (2023年)"),
  nd(T4, "2024年3月", "a point that only starts work (启动): task 87 (2023年启动，2025年完成) and task 28 (2023年启动，2025年取得明显成效) are completed later at 2025年6月 / ongoing; task 9 is 持续推进，2025年取得明显成效; the completing milestone is not later than the region's"),
  nd(T6, "2024年9月", "智慧社区示范点 is in the regional body text (提高基层社会治理能力) but no task row dates it; 智安小区 relates to task 79 (2024年) and 智慧园区 to task 3 (持续推进，2025年), both not earlier than 2024年9月"),
  nd(T7, "2024年12月", "equal to the regional deadlines: task 46 (2024年), task 19 (2023年启动，2024年建成), task 43 (2024年建成，持续推进), task 93 (2024年), task 114 (2024年), task 54 (2024年), task 105 (2024年)"),
  nd(T9, "2025年6月", "earlier than the regional deadlines: task 29 (2023年启动，2025年完成), task 87 (2023年启动，2025年完成), task 83 (2025年)"),
  nd(T10, "2025年12月", "equal to the regional deadlines: task 64 (2025年), task 56 (2025年), task 106 (2025年), task 10 (持续推进，2025年取得明显成效), task 102 (2025年)"),
  nd(ln('各牵头单位要于每季度末月25日前'), "12月10日前", "the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines"),
  {"rule": "unknown-unit", "line": 3, "text": "各乡镇人民政府", "why": "collective addressee"},
  {"rule": "unknown-unit", "line": T1, "text": "县直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": T1, "text": "各乡镇人民政府", "why": "collective subject"},
  {"rule": "unknown-unit", "line": T2, "text": "审计局", "why": "prefix 县 distributes over 县财政局、审计局、大数据服务中心 -> 县审计局, 县大数据服务中心, both in units.txt"},
  {"rule": "unknown-unit", "line": T2, "text": "大数据服务中心", "why": "prefix distribution: 县大数据服务中心"},
  {"rule": "unknown-unit", "line": T3, "text": "县直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": T3, "text": "县审批局", "why": "official short name of 县审批服务管理局 in units.txt"},
  {"rule": "unknown-unit", "line": T3, "text": "县市场监管局", "why": "short name of 县市场监督管理局 in units.txt"},
  {"rule": "unknown-unit", "line": T4, "text": "县住建局", "why": "short name of 县住房和城乡建设局"},
  {"rule": "unknown-unit", "line": T4, "text": "县城管局", "why": "short name of 县城市管理局"},
  {"rule": "unknown-unit", "line": T4, "text": "银川市", "why": "银川市城市运行管理服务平台 is a platform being connected to, not a responsible unit"},
  {"rule": "unknown-unit", "line": T5, "text": "县工信商务局", "why": "short name of 县工业信息化和商务局"},
  {"rule": "unknown-unit", "line": T6, "text": "永宁工业园区管委会", "why": "in units.txt"},
  {"rule": "unknown-unit", "line": T6, "text": "闽宁镇人民政府", "why": "town government in units.txt"},
  {"rule": "unknown-unit", "line": T8, "text": "各村（社区）", "why": "collective (object of the work), not a unit to resolve"},
  {"rule": "unknown-unit", "line": T10, "text": "县生态环境分局", "why": "short name of 银川市生态环境局永宁分局 in units.txt"},
  {"rule": "unknown-unit", "line": T10, "text": "县供销社", "why": "short name of 县供销合作社联合社"},
  {"rule": "unknown-unit", "line": ln('（三）提升数字素养。县委组织部'), "text": "县人社局", "why": "short name of 县人力资源和社会保障局"},
  {"rule": "unknown-unit", "line": ln('（一）加强组织领导。各级党组织'), "text": "县推进“数字政府”建设领导小组", "why": "the county's own 议事协调机构 that this plan sets up; body text, not a responsible-unit cell"},
]

covers = [
  (2, ln('1.驱动数字经济发展')), (5, ln('1.驱动数字经济发展')),
  (3, T6), (6, ln('2.引领数字社会建设')), (7, ln('2.引领数字社会建设')),
  (8, ln('2.引领数字社会建设')), (11, ln('2.引领数字社会建设')),
  (9, T4), (10, T10), (12, ln('3.营造良好数字生态')),
  (14, T1), (32, T1), (116, T1),
  (15, T2), (24, T2), (30, T2),
  (17, ln('落实安全制度要求。')),
  (51, T3), (36, T3), (68, T3), (72, T3), (18, T3),
  (28, T4), (85, T5), (86, T5), (89, T5), (79, T6),
  (46, T7), (93, T7), (114, T7), (54, T7), (105, T7),
  (48, T8), (49, T8), (107, T8),
  (29, T9), (87, T9), (83, T9),
  (64, T10), (56, T10), (106, T10), (102, T10),
  (42, ln('促进数据有序开发利用。')), (41, ln('促进数据有序开发利用。')),
  (50, ln('提升网络平台支撑能力。')), (96, ln('提高自然资源利用效率。')),
  (122, ln('（四）强化考核评价。')), (124, ln('（四）强化考核评价。')),
]
covers = [{"task": t, "line": l} for t, l in covers]

key = {
  "writer": "blind writer, round 465; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("County plan of 永宁县 (银川市), issued 2023-07-28, basis 国发〔2022〕14号 + 宁政发〔2023〕17号, no parent plan. "
            "The 实施步骤 is a timeline: one line per point (lines %d-%d), each point the completion time of the several tasks on its line "
            "(the intro line says points marked 启动 only start work, and that the first unit in each bracket leads). "
            "The rest carries no task deadlines. Line %d (2022年12月) is a typo for 2023年12月; its tasks (51, 36, 68, 72, 18: all 2023年) would be on time at 2023年12月. "
            "Lines %d and %d each hold one late task among tasks that are on time. Line %d also holds 县政府办 (alias of 县政府办公室) and other registry units, and line %d's other units are 县审批服务管理局, 县委政法委 and collectives, all fine; "
            "mustNotFlag entries of a rule were not put on a line that has an expected entry of the same rule except on the preamble line %d, "
            "where the two correct citations are told apart by text.") % (T1, T10, T3, T5, T8, T7, T9, PRE),
}

for e in expect + mnf:
    if 'text' in e and e['text'] not in L[e['line'] - 1]:
        sys.exit(f'text not on line: {e}')
    if e['line'] < 1 or e['line'] > len(L):
        sys.exit(f'bad line {e}')
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
