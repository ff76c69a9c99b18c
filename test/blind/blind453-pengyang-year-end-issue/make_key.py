#!/usr/bin/env python3
# Builds key.json from draft.txt: every line number is found by a unique locator string.
import json, re
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '': lines.pop()

def L(loc, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if loc in l]
    assert len(hits) == 1, (loc, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits[0])
    return hits[0]

def row(n):
    return L('\t%d. ' % n)

def cell(n):
    return lines[row(n) - 1].split('\t')[3]

expect = [
    {"rule": "basis-mismatch", "line": L('（宁政办发〔2023〕17号）'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (the 1244+N plan cited next to it is 宁政办发〔2023〕11号)"},
    {"rule": "deadline-invalid", "line": L('2022年底前，完成全县非涉密政务信息系统'), "text": "2022年底前",
     "why": "a forward measure (migration to 政务信创云) dated before 2023, the year the plan is issued; a slip for 2024 (task 43, 完成时限 2024 年建成，持续推进; task 19 2023 年启动，2024 年建成); the task list row 23 says 2024年底前"},
    {"rule": "deadline-later-than-baseline", "line": row(24), "text": "2025年底前",
     "why": "城域网升级改造、县乡村全覆盖、互联网出口带宽 = task 48 (完成时限 2024年) and task 47 (2024年); 2025 is later"},
    {"rule": "deadline-later-than-baseline", "line": row(17), "text": "本方案印发后1个月内",
     "why": "明确数据管理机构及其职责分工、人员 = task 32 (自治区各部门（单位）及各市、县（区）分别负责, 完成时限 2023年); the plan is issued 2023-12-20, so one month after issue is 2024-01-20, later than the end of 2023"},
    {"rule": "unknown-unit", "line": row(16), "text": "县大数据局",
     "why": "彭阳 has no 县大数据局; units.txt lists 县大数据服务中心 (= 县大数据中心); copied from the city pattern 市大数据局"},
    {"rule": "garbled-text", "line": L('鍋氬ソ鏀垮姟'), "text": "鍋氬ソ鏀垮姟",
     "why": "UTF-8 read as GBK: 鍋氬ソ鏀垮姟鑸嗘儏鍥炲簲宸ヤ綔 = 做好政务舆情回应工作"},
]

D = "deadline-later-than-baseline"
mnf = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    mnf.append(e)

# --- deadlines in the task list (column 4), each against the regional task's 完成时限
rowdl = [
 (1, "task 2, 完成时限 2023 年启动，2024 年取得明显成效: 2024 equal"),
 (2, "task 3, 完成时限 持续推进，2025 年取得明显成效: copied, equal"),
 (3, "task 5, 完成时限 持续推进，2025 年取得明显成效: copied, equal"),
 (4, "task 6, 完成时限 持续推进，2025 年取得明显成效: copied, equal"),
 (5, "task 8, 完成时限 持续推进，2025年取得明显成效: 2025 equal"),
 (6, "task 10, 完成时限 持续推进，2025年取得明显成效: copied, equal"),
 (7, "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效: copied, equal"),
 (8, "task 12, 完成时限 2025年: equal"),
 (9, "task 14, 完成时限 2023年: 2023年底前 equal (ten days after issue, still within the year)"),
 (10, "task 15, 完成时限 2023年: 2023年底前 equal"),
 (11, "task 18, 完成时限 2023年形成机制，长期坚持: equal"),
 (12, "task 21, 完成时限 2024年 (审管协同 also task 22, 2025年): equal"),
 (13, "task 24, 完成时限 2023年: 2023年底前 equal"),
 (14, "task 25, 完成时限 2023年: 2023年底前 equal"),
 (15, "task 28, 完成时限 2023年启动，2025年取得明显成效: completing milestone 2025 equal"),
 (16, "task 30, 完成时限 2023年: 2023年底前 equal (the row's unit is a planted unknown-unit, the date is not a mistake)"),
 (18, "task 36, 完成时限 2023年: 2023年底前 equal"),
 (19, "tasks 33 and 34, 完成时限 2024年: equal"),
 (20, "task 40, 完成时限 2024年: equal"),
 (21, "task 41, 完成时限 2024年: equal"),
 (22, "task 42, 完成时限 2024年: equal"),
 (23, "task 43, 完成时限 2024 年建成，持续推进 (task 46, 2024 年): equal"),
 (25, "task 50, 完成时限 2024 年: equal"),
 (26, "task 49, 完成时限 2025 年: equal"),
 (27, "task 52, 完成时限 2025年: 2024 is earlier (the row is the social-scene part of task 52, not task 85's 政务服务 part)"),
 (28, "task 56, 完成时限 2025年: equal"),
 (29, "task 57, 完成时限 2024年: equal"),
 (30, "task 64 (各市、县（区）负责, 完成时限 2025年), or task 60 (2023年) if read as 充实领导小组: 2023年底前 is not later than either"),
 (31, "task 66, 完成时限 2025年: equal"),
 (32, "task 68, 完成时限 2023年: 2023年底前 equal"),
 (33, "task 72, 完成时限 2023年: 2023年底前 equal"),
 (34, "tasks 70 and 71, 完成时限 2024年: equal"),
 (35, "task 77, 完成时限 2024年: equal"),
 (36, "task 79, 完成时限 2024年: equal"),
 (37, "task 80, 完成时限 2024年: equal"),
 (38, "task 81, 完成时限 2025年: equal"),
 (39, "task 83, 完成时限 2025年: equal"),
 (40, "task 84, 完成时限 2024年: equal"),
 (41, "task 85, 完成时限 2023年: 2023年底前 equal"),
 (42, "task 86, 完成时限 2024年: 次年一季度 of a plan issued in December 2023 is 2024 Q1, within 2024"),
 (43, "task 87, 完成时限 2023年启动，2025年完成: 2025 equal"),
 (44, "tasks 88 and 89, 完成时限 2024年: equal"),
 (45, "task 93, 完成时限 2024年: 2024年6月底前 is earlier"),
 (46, "task 94, 完成时限 2024年: equal"),
 (47, "task 96, 完成时限 2025年: equal"),
 (48, "task 97, 完成时限 2024年: equal"),
 (49, "task 98, 完成时限 2024年: equal"),
 (50, "task 104, 完成时限 2024年: equal"),
 (51, "task 105, 完成时限 2024年: 本方案印发后1个月内 = by 2024-01-20, within 2024"),
 (52, "task 106, 完成时限 2025年: equal"),
 (53, "task 107, 完成时限 2025年: equal"),
 (54, "task 108, 完成时限 长期推进，2024年取得明显成效: equal"),
 (55, "task 111, 完成时限 2025年: equal"),
 (56, "task 112, 完成时限 2024年: equal"),
 (57, "task 114, 完成时限 2024年: equal"),
 (58, "task 115, 完成时限 2024年: equal"),
 (59, "task 116, 完成时限 2023年完成并长期坚持: copied, equal"),
 (60, "tasks 122 and 123, 完成时限 2023 年完成，长期坚持: equal"),
 (61, "task 121, 完成时限 长期坚持: equal"),
]
for n, why in rowdl:
    nm(D, row(n), why, cell(n))

# --- deadlines and dates in the body
nm(D, L('到2023年底，全县数字政府建设组织架构'), "主要目标 到2023年底 equals the region's 到2023年底 goal (平台家底全面理清, 基础设施布设全面启动; 一本账 = task 30, 2023年)", "到2023年底")
nm(D, L('到2025年，全县数字政府建设“34567”'), "主要目标 到2025年 equals the region's 到2025年 goal (34567 框架全面成型)", "到2025年")
nm(D, L('到2035年，与县域治理'), "主要目标 到2035年 equals the region's 到2035年 goal", "到2035年")
nm(D, L('强化安全管理责任。2023年底前'), "tasks 14 and 15, 完成时限 2023年: 2023年底前 equal", "2023年底前")
nm(D, L('2023年底前，摸清全县政务数据资源'), "task 30, 完成时限 2023年: 2023年底前 equal; the 数据管理机构 sentence before it has no date", "2023年底前")
nm(D, L('本方案印发后1个月内，县直各部门（单位）、各乡镇完成“宁政通”'), "task 105, 完成时限 2024年: one month after 2023-12-20 is within 2024 (task 104 2024年, task 106 2025年 in the same line)", "本方案印发后1个月内")
nm(D, L('2023年底前制定本单位年度工作要点'), "task 116, 完成时限 2023年完成并长期坚持: 2023年底前 equal", "2023年底前")
nm("deadline-invalid", L('2023年底前制定本单位年度工作要点'), "2023年底前 is in the issue year (ten days after issue), not before it", "2023年底前")
nm("deadline-invalid", L('2021年，县级政务服务中心'), "background: 2021年 and 2022年 describe work already done, not deadlines", "2022年")
nm("deadline-invalid", L('于2023年6月成立县数字政府建设工作专班'), "background: 2023年6月 and 截至2023年11月底 report work done this year", "2023年6月")
nm("deadline-invalid", L('每年12月10日前报送年度工作总结'), "the office's own reporting dates (每季度末月25日前, 每年12月10日前), recurring, not task deadlines", "每年12月10日前")
nm(D, L('每年12月10日前报送年度工作总结'), "reporting dates of the leading group office, no regional task", "每季度末月25日前")
nm("deadline-invalid", 6, "the issue date 2023年12月20日", "2023年12月20日")
nm(D, L('附件：彭阳县数字政府建设重点任务清单'), "title range （2023年—2025年） mirrors the region's 任务清单（2023年—2025年）; not a deadline", "2025年")

# --- citations
nm("basis-mismatch", L('（国发〔2022〕14号）'), "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
nm("basis-mismatch", L('（宁政办发〔2023〕11号）'), "correct as cited in the 吴忠 plan: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号")
nm("basis-mismatch", L('（宁政办发〔2020〕14号）印发以来'), "retrospective mention in 发展基础 of the 2020 工作要点 (correct 文号); not cited as basis", "宁政办发〔2020〕14号")
nm("basis-mismatch", 2, "the plan's own 文号", "彭政发〔2023〕93号")

# --- units
U = "unknown-unit"
nm(U, row(1), "县工信商务局 is the short name of 县工业信息化和商务局 in units.txt", "县工信商务局")
nm(U, row(2), "彭阳工业园区管委会 is listed in units.txt", "彭阳工业园区管委会")
nm(U, row(4), "县民政局 followed by the role phrase 按职责分别负责 (the region writes 按照职能分别负责); 县教体局/县人社局/县文旅广电局 are listed short names", "县民政局")
nm(U, row(5), "县卫健局 is the short name of 县卫生健康局", "县卫健局")
nm(U, row(6), "collective subject", "各乡镇人民政府")
nm(U, row(7), "县供销社 is the short name of 县供销合作社联合社", "县供销社")
nm(U, row(9), "collective subject", "县直各部门（单位）")
nm(U, row(12), "collective subject", "县直有关部门")
nm(U, row(13), "县政府办 is the short name of 县人民政府办公室; 县审计局 listed", "县政府办")
nm(U, row(18), "县大数据中心 is the short name of 县大数据服务中心 (the same row number 16's 县大数据局 is not)", "县大数据中心")
nm(U, row(22), "县住建交通局 is the short name of 县住房城乡建设和交通局", "县住建交通局")
nm(U, row(32), "collective subject", "承担监管职责的县直有关部门")
nm(U, row(37), "县林草局 (short name of 县林业和草原局) and 彭阳县消防救援大队 are listed; 县应急局 short name", "彭阳县消防救援大队")
nm(U, row(39), "collective subject", "各村（社区）")
nm(U, row(46), "city bureau's county branch, listed in units.txt", "固原市生态环境局彭阳分局")
nm(U, row(60), "县委办 is the short name of 县委办公室", "县委办")
nm(U, row(34), "县市场监管局 is the short name of 县市场监督管理局", "县市场监管局")
nm(U, L('积极引入数字宁夏建设运营有限公司'), "the regional state company of task 62, named as a resource in body text, not as a responsible unit", "数字宁夏建设运营有限公司")

# --- pillars present (by content)
P = "missing-pillar"
for pillar, loc in [("数字生态", '（三）营造良好数字生态。'), ("五个一", '（一）健全组织机构。'),
                    ("考核评价", '（四）强化考核评价。'), ("财政投入", '（二）加大财政投入。')]:
    nm(P, 0, "present: line %d" % L(loc), None)
    mnf[-1]["pillar"] = pillar

covers = []
cov = {1: [2], 2: [3], 3: [5], 4: [6], 5: [8], 6: [10], 7: [11], 8: [12], 9: [14], 10: [15], 11: [18],
       12: [21], 13: [24], 14: [25], 15: [28], 16: [30], 17: [32], 18: [36], 19: [33, 34], 20: [40],
       21: [41], 22: [42], 23: [43], 24: [47, 48], 25: [50], 26: [49], 27: [52], 28: [56], 29: [57],
       30: [64], 31: [66], 32: [68], 33: [72], 34: [70, 71], 35: [77], 36: [79], 37: [80], 38: [81],
       39: [83], 40: [84], 41: [85], 42: [86], 43: [87], 44: [88, 89], 45: [93], 46: [94], 47: [96],
       48: [97], 49: [98], 50: [104], 51: [105], 52: [106], 53: [107], 54: [108], 55: [111], 56: [112],
       57: [114], 58: [115], 59: [116], 60: [122, 123], 61: [121]}
for n, tasks in cov.items():
    for t in tasks:
        covers.append({"task": t, "line": row(n)})
covers.sort(key=lambda c: c["task"])

key = {
    "writer": "blind writer, round 453; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("彭阳县 (固原市) plan issued 2023-12-20, at the very end of the region's first year; basis is the region's 实施意见 "
              "only (no city plan is cited, so no parent). Relative dates are read against the issue date: 本方案印发后1个月内 = by "
              "2024-01-20, 次年一季度 = 2024 Q1. Planted: a wrong 文号 for the region's 实施意见 (line 9), a forward measure dated "
              "2022年底前 (line 43), a 2025 deadline for task 48 (2024), a one-month relative deadline for task 32 (2023), the "
              "unknown unit 县大数据局, and a UTF-8-as-GBK mojibake run in the 政务公开 section. The task list notes that the "
              "first-listed unit leads. No task-uncovered is expected.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e['text'])
