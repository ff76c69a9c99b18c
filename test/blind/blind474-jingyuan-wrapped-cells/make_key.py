#!/usr/bin/env python3
"""Builds key.json for blind474 from draft.txt, checking every line number against the text."""
import json, re

L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]
N = len(L)
TABLE_START = L.index('完成时限') + 1  # 0-based index of first row line

def row_range(n):
    """0-based [start, end) of table row n (row number alone on its first line)."""
    idx = [i for i in range(TABLE_START, N) if L[i] == str(n)]
    assert len(idx) == 1, (n, idx)
    s = idx[0]
    e = s + 1
    while e < N and L[e] != str(n + 1):
        e += 1
    return s, e

def find(text, row=None, body=False):
    """1-based line holding text (unique within the row / body / whole draft)."""
    if row is not None:
        s, e = row_range(row)
    elif body:
        s, e = 0, TABLE_START
    else:
        s, e = 0, N
    hits = [i for i in range(s, e) if text in L[i]]
    assert len(hits) == 1, (text, row, hits)
    return hits[0] + 1

def joined(row, a, b):
    """Line where a name/date broken over two lines starts: line ends with a, next starts with b."""
    s, e = row_range(row)
    hits = [i for i in range(s, e - 1) if L[i].endswith(a) and L[i + 1].startswith(b)]
    assert len(hits) == 1, (row, a, b, hits)
    return hits[0] + 1

expect = [
    {"rule": "basis-mismatch", "line": find('宁政办发〔2023〕17号', body=True), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": find('2024年6月底前', row=11), "text": "2024年6月底前",
     "why": "row 11 takes up task 32 (明确本地本部门数据管理机构及其职责分工、人员…), 完成时限 2023年; the body (line %d) itself says 2023年底前" % find('明确本单位数据管理机构', body=True)},
    {"rule": "unknown-unit", "line": find('县大数据局', row=12), "text": "县大数据局",
     "why": "not in units.txt; 泾源县 has no 大数据局 (data work sits with 县政府办公室, which leads rows 10 and 14)"},
    {"rule": "deadline-later-than-baseline", "line": find('2025年', row=15), "text": "2025年",
     "why": "row 15 takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…), 完成时限 2024年 (task 47, 2024年, also); the body (line %d) says 2024年底前" % find('2024年底前实现电子政务外网', body=True)},
    {"rule": "deadline-invalid", "line": find('2022年底前', row=18), "text": "2022年底前",
     "why": "a deadline in 2022 for a plan issued 2023-09-18 (typo for 2023); row 18 takes up task 64 (各地各部门成立相应的组织机构, 完成时限 2025年) and echoes task 60 (充实领导小组, 2023年), so it is not late, only impossible"},
    {"rule": "unknown-unit", "line": find('自治区政府办公厅', row=28), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (牵头) of a county task (推广宁政通 to 县乡村三级, task 105) — copied from the regional list; the county lead would be 县政府办公室"},
]

def dl(line, text, why):
    return {"rule": "deadline-later-than-baseline", "line": line, "text": text, "why": why}

def uu(line, text, why):
    return {"rule": "unknown-unit", "line": line, "text": text, "why": why}

mnf = [
    {"rule": "basis-mismatch", "line": find('国发〔2022〕14号', body=True), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
    {"rule": "basis-mismatch", "line": find('宁政办发〔2023〕11号', body=True), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan; a real, current document"},
    {"rule": "basis-mismatch", "line": find('泾政办发〔2023〕61号'), "text": "泾政办发〔2023〕61号", "why": "the plan's own 文号 (the 印发 notice), not a basis citation"},
    {"rule": "basis-mismatch", "line": find('宁政办发〔2020〕14号', body=True), "text": "宁政办发〔2020〕14号", "why": "retrospective mention in 工作基础 of the 2020 工作要点 with its correct title; not cited as the basis"},
    {"rule": "deadline-invalid", "line": find('截至2022年底', body=True), "text": "2022年底", "why": "past date in the background (an achieved statistic), not a deadline"},
    {"rule": "deadline-invalid", "line": find('2023年9月18日'), "text": "2023年9月18日", "why": "the issuing date"},
    dl(find('到2023年底', body=True), "2023年底", "主要目标 equal to the region's 到2023年底"),
    dl(find('到2025年', body=True), "2025年", "主要目标 equal to the region's 到2025年 (34567 框架全面成型)"),
    dl(find('到2035年', body=True), "2035年", "远景目标 equal to the region's 到2035年"),
    dl(find('2023年底前，各乡镇', body=True), "2023年底前", "task 32, 完成时限 2023年: equal"),
    dl(find('2023年11月底前完成', body=True), "2023年11月底前", "task 30, 完成时限 2023年: earlier"),
    dl(find('2024年底前实现电子政务外网', body=True), "2024年底前", "task 48, 完成时限 2024年: equal"),
    dl(find('每年6月底、12月底前', body=True), "12月底前", "the office's own recurring reporting dates (每年6月底、12月底前, 每年11月底前), not task deadlines"),
    dl(find('附件：泾源县'), "2025年", "the task list's period (2023年—2025年) in the attachment title"),
    dl(find('2023年启动，2024年取得明显成效', row=1), "2023年启动，2024年取得明显成效", "task 2, 完成时限 2023 年启动，2024 年取得明显成效: equal (earlier than tasks 1/3, 持续推进，2025年取得明显成效)"),
    dl(joined(2, '2025年取得明显成', '效'), "2025年取得明显成效", "date broken over two lines; task 6, 完成时限 持续推进，2025年取得明显成效: equal"),
    dl(find('持续推进，2025年取得明显成效', row=3), "2025年", "task 10, 完成时限 持续推进，2025年取得明显成效: equal"),
    dl(joined(4, '2023年完成主要建设任务，', '2025年'), "2025年取得明显成效", "milestones on two lines; task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal"),
    dl(find('2023年底前', row=5), "2023年底前", "task 14, 完成时限 2023年: equal"),
    dl(find('2023年形成机制，长期坚持', row=6), "2023年形成机制，长期坚持", "task 18, 完成时限 2023年形成机制，长期坚持: equal"),
    dl(find('2024年', row=7), "2024年", "task 21, 完成时限 2024年: equal"),
    dl(find('2023年', row=8), "2023年", "task 24, 完成时限 2023年: equal"),
    dl(joined(9, '2023年启动，', '2025年'), "2025年取得明显成效", "milestones on two lines; task 28, 完成时限 2023年启动，2025年取得明显成效: equal"),
    dl(find('2023年11月底前', row=10), "2023年11月底前", "task 30, 完成时限 2023年: earlier"),
    dl(find('2023年', row=12), "2023年", "task 36, 完成时限 2023年: equal (task 37, 2024年)"),
    dl(find('2024年', row=13), "2024年", "tasks 40 and 54, 完成时限 2024年: equal"),
    dl(find('2024年', row=14), "2024年", "task 43 (2024 年建成，持续推进) and task 46 (2024年): equal"),
    dl(find('2023年底前', row=16), "2023年底前", "task 50, 完成时限 2024年: earlier"),
    dl(find('2025年', row=17), "2025年", "task 56, 完成时限 2025年: equal"),
    dl(find('2023年', row=19), "2023年", "task 72, 完成时限 2023年: equal"),
    dl(find('2024年', row=20), "2024年", "task 71, 完成时限 2024年: equal"),
    dl(find('2024年', row=21), "2024年", "task 79, 完成时限 2024年: equal"),
    dl(find('2025年', row=22), "2025年", "task 83, 完成时限 2025年: equal"),
    dl(find('2023年12月底前', row=23), "2023年12月底前", "task 85, 完成时限 2023年: equal"),
    dl(joined(24, '2024年6月', '底前'), "2024年6月底前", "date broken over two lines; task 93, 完成时限 2024年: earlier (the same text is late in row 11 only because task 32 is due 2023)"),
    dl(find('2024年', row=25), "2024年", "task 94, 完成时限 2024年: equal"),
    dl(find('2025年', row=26), "2025年", "task 96, 完成时限 2025年: equal"),
    dl(find('2024年', row=27), "2024年", "task 98, 完成时限 2024年: equal"),
    dl(find('2024年', row=28), "2024年", "task 105, 完成时限 2024年: equal (row 28's mistake is its unit, not its date)"),
    dl(find('2024年底前', row=29), "2024年底前", "task 107, 完成时限 2025年: earlier"),
    dl(find('2024年', row=30), "2024年", "tasks 112 and 114, 完成时限 2024年: equal"),
    dl(joined(31, '2023年完成并长期', '坚持'), "2023年完成并长期坚持", "broken over two lines; task 116, 完成时限 2023年完成并长期坚持: equal"),
    dl(find('2023年完成并长期坚持', row=32), "2023年完成并长期坚持", "task 118, 完成时限 2023年完成并长期坚持: equal"),
    uu(joined(1, '县农业农村', '局'), "县农业农村局", "name broken over two lines; in units.txt"),
    uu(joined(2, '县人力资源和社', '会保障局'), "县人力资源和社会保障局", "name broken over two lines; in units.txt"),
    uu(find('县供销社', row=4), "县供销社", "short name of 县供销合作社联合社 in units.txt (县工信商务局 on the same line is the short name of 县工业信息化和商务局)"),
    uu(find('各乡镇分别负责', row=5), "各乡镇", "collective subject (with 县直各部门（单位）)"),
    uu(joined(7, '县审批服务管', '理局'), "县审批服务管理局", "name broken over two lines; in units.txt"),
    uu(find('审计局', row=8), "审计局", "the prefix 县 of the list distributes: 县审计局, in units.txt"),
    uu(joined(16, '县教育体育', '局'), "县教育体育局", "name broken over two lines; in units.txt"),
    uu(joined(17, '县自然资', '源局'), "县自然资源局", "name broken over two lines; in units.txt"),
    uu(joined(18, '县', '直各部门（单位）'), "县直各部门（单位）", "collective broken over two lines"),
    uu(find('承担监管职责的县直有关部门', row=19), "承担监管职责的县直有关部门", "collective subject (county analogue of 承担监管职责的自治区有关部门（单位）); 县市场监管局 on the same line is a short name in units.txt"),
    uu(find('县审批局', row=23), "县审批局", "short name of 县审批服务管理局 in units.txt"),
    uu(find('县残联', row=24), "县残联", "short name of 县残疾人联合会 in units.txt; 县政务服务中心 is listed too"),
    uu(joined(25, '固原市生态环境局', '泾源分局'), "固原市生态环境局泾源分局", "broken over two lines; the county branch of the city bureau, listed in units.txt (the first line alone would read as a city unit)"),
    uu(find('县林草局', row=25), "县林草局", "short name of 县林业和草原局 in units.txt"),
    uu(find('六盘山镇、泾河源镇', row=27), "六盘山镇", "short names of 六盘山镇人民政府 and 泾河源镇人民政府 in units.txt; 香水镇人民政府 is broken over two lines"),
    uu(find('县委党校负责', row=32), "县委党校", "in units.txt"),
    uu(find('县政府各部门、各直属机构'), "县政府各部门", "addressees of the notice: collective"),
    uu(find('领导小组办公室设在县政府办公室', body=True), "领导小组办公室", "describes where the leading group's office sits; not a responsible-unit cell"),
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up at line %d (数据要素流通, 网络生态)" % find('（三）营造良好数字生态', body=True)},
    {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "the 五个一/六级贯通 work system is folded into 四、健全数字政府建设工作体系 (lines %d-%d), as the 吴忠 plan does" % (find('（一）健全组织机构', body=True), find('（二）厘清层级职责', body=True))},
]

def cv(task, line):
    return {"task": task, "line": line}

def rc(row):  # first content line of a row (after the number and an optional group cell)
    s, e = row_range(row)
    i = s + 1
    if L[i] in ('三个驱动', '四个支撑', '工作体系', '七个能力', '组织保障'):
        i += 1
    return i + 1

covers = [cv(2, rc(1)), cv(6, rc(2)), cv(10, rc(3)), cv(11, rc(4)), cv(14, rc(5)), cv(18, rc(6)),
          cv(21, rc(7)), cv(24, rc(8)), cv(28, rc(9)), cv(30, rc(10)), cv(32, rc(11)), cv(36, rc(12)),
          cv(40, rc(13)), cv(54, rc(13)), cv(43, rc(14)), cv(48, rc(15)), cv(50, rc(16)), cv(56, rc(17)),
          cv(64, rc(18)), cv(72, rc(19)), cv(71, rc(20)), cv(79, rc(21)), cv(83, rc(22)), cv(85, rc(23)),
          cv(93, rc(24)), cv(94, rc(25)), cv(96, rc(26)), cv(98, rc(27)), cv(105, rc(28)), cv(107, rc(29)),
          cv(112, rc(30)), cv(114, rc(30)), cv(116, rc(31)), cv(118, rc(32)),
          cv(8, find('互联网+医疗健康', body=True)), cv(42, find('推进供水、供电、公共交通', body=True)),
          cv(68, find('推行“照单监管”', body=True)), cv(86, find('泾源专区，优化12345', body=True)),
          cv(122, find('纳入全县效能目标管理考核', body=True))]

key = {
    "writer": "blind writer, round 474; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("泾源县 (固原市) plan of 2023-09-18 as a Word file saved as plain text: the body is one paragraph a line; "
              "the 附件 task table (lines %d-%d) has no tabs, each cell on its own line or wrapped over several lines; "
              "a row starts with its number alone on a line, then the group cell (only on the first row of a group), "
              "重点内容, 责任单位, 完成时限. Unit names and deadlines are broken across lines in several rows and must be joined. "
              "No parent plan: the county cites only the national 指导意见, the region's 实施意见 and the 1244+N 方案." % (TABLE_START - 6, N)),
}
open('key.json', 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers;', N, 'lines')
for e in expect:
    print(e['rule'], e['line'], e.get('text'), '|', L[e['line'] - 1][:60])
