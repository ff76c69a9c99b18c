#!/usr/bin/env python3
"""Writes key.json, finding every line number in the final draft.txt (1-based)
and failing if a looked-up text is missing or not where expected."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def at(sub, after=0):
    """First line (1-based) after line `after` that contains `sub`."""
    for i, line in enumerate(LINES, 1):
        if i > after and sub in line:
            return i
    raise SystemExit(f'not found: {sub!r} after {after}')


def only(sub):
    hits = [i for i, line in enumerate(LINES, 1) if sub in line]
    if len(hits) != 1:
        raise SystemExit(f'{sub!r} on lines {hits}, expected exactly one')
    return hits[0]


def row(n):
    """First physical line of task-table row n."""
    for i, line in enumerate(LINES, 1):
        if line.split('\t')[0] == str(n) and line.count('\t') == 3:
            return i
    raise SystemExit(f'row {n} not found')


def cell(n, col):
    return LINES[row(n) - 1].split('\t')[col]


TABLE = at('序号\t重点任务')

# planted mistakes ---------------------------------------------------------
assert cell(12, 3) == '20244年' and '我的宁夏' in cell(12, 1)
assert cell(14, 3) == '2025年' and '适老化' in LINES[row(14)]
assert cell(8, 2).startswith('县经济和信息化局')

expect = [
    {'rule': 'basis-mismatch', 'line': only('宁政办发〔2023〕17号'), 'text': '宁政办发〔2023〕17号',
     'why': 'the title cited is the regional 实施意见 (自治区人民政府关于加强数字政府建设的实施意见), whose 文号 is '
            '宁政发〔2023〕17号; 宁政办发 is the office\'s series, so the 文号 does not belong to the title'},
    {'rule': 'garbled-text', 'line': only('寤虹珛鍋ュ叏'), 'text': '寤虹珛鍋ュ叏鏀垮姟',
     'why': 'UTF-8 bytes read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 is 建立健全政务数据供需对接机制 '
            '(re-encode as GBK, decode as UTF-8)'},
    {'rule': 'unknown-unit', 'line': row(8), 'text': '县经济和信息化局',
     'why': 'old name of the economy/IT bureau; not in units.txt (the county unit is 县工业信息化和商务局 = 县工信商务局); '
            'it is the first-listed, i.e. lead, unit of row 8 per the table note'},
    {'rule': 'deadline-invalid', 'line': row(12), 'text': '20244年',
     'why': 'impossible five-digit year (typing slip for 2024年); row 12 is task 86 (我的宁夏 应上尽上), 完成时限 2024年'},
    {'rule': 'deadline-later-than-baseline', 'line': row(14), 'text': '2025年',
     'why': 'row 14 is task 93 (政府网站、政务服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责), '
            '完成时限 2024年; the county gives 2025年'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '政务公开',
     'why': 'section 六 is headed 强化“七个能力” but has only six subsections; the 政务公开 capability (政务公开平台, '
            '政策文件库, 政务新媒体, 政民互动) is taken up nowhere, and the list on line '
            f'{only("加快提升政府经济调节")} stops at 政务运行'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 112,
     'why': 'consequence of the missing 政务公开 section: task 112 (完善政务公开信息化平台) is 各市、县（区）分别负责'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 114,
     'why': 'consequence of the missing 政务公开 section: task 114 (政务新媒体矩阵) is 各市、县（区）分别负责'},
]

# near misses --------------------------------------------------------------
guofa = at('（国发')
assert LINES[guofa].startswith('〔2022〕14号')
old = only('宁政办发〔2020〕')
assert LINES[old].startswith('14号')
goal25 = at('到2025')
assert LINES[goal25 - 1].endswith('到2025') and LINES[goal25].startswith('年，全县数字政府建设体系框架')
office = at('建设领导小组，明确县')
assert LINES[office - 1].endswith('明确县') and LINES[office].startswith('人民政府办公室')
pgbreak = at('纳入“一把手工')
assert LINES[pgbreak].startswith('— ') and LINES[pgbreak + 2].startswith('程”')

mnf = [
    # citations
    {'rule': 'basis-mismatch', 'line': guofa, 'text': '（国发',
     'why': 'the national 指导意见 cited with its right 文号 国发〔2022〕14号, broken across lines by the PDF wrap (（国发 / 〔2022〕14号）)'},
    {'rule': 'basis-mismatch', 'line': guofa + 1, 'text': '〔2022〕14号',
     'why': 'second half of 国发〔2022〕14号 (the right 文号 of the national 指导意见), wrapped onto this line'},
    {'rule': 'basis-mismatch', 'line': old, 'text': '宁政办发〔2020〕',
     'why': 'retrospective mention of the 2020 工作要点 in 工作基础 (自…印发以来), not a basis of this plan; its right 文号 宁政办发〔2020〕14号, broken across lines'},
    {'rule': 'basis-mismatch', 'line': old + 1, 'text': '14号）印发以来',
     'why': 'end of 宁政办发〔2020〕14号 (retrospective mention of the 2020 工作要点), wrapped onto this line'},
    {'rule': 'basis-mismatch', 'line': only('隆政发〔2024〕9号'), 'text': '隆政发〔2024〕9号',
     'why': 'the plan\'s own issuing 文号 on the cover page, not a cited basis'},
    {'rule': 'basis-mismatch', 'line': only('已经县人民政府研'), 'text': '《隆德县关于加强数字政府建设的实施方案》',
     'why': 'the notice names the plan itself (also on lines 3-4, broken across lines); not a basis citation'},
    # dates that are not deadlines, or are fine
    {'rule': 'deadline-invalid', 'line': only('2023年，全县'), 'text': '2023年',
     'why': 'past date in the 工作基础 background (achievement in 2023), not a deadline'},
    {'rule': 'deadline-invalid', 'line': old, 'text': '2020年',
     'why': 'year inside the title of the 2020 工作要点, retrospective'},
    {'rule': 'deadline-invalid', 'line': only('2024年4月12日'), 'text': '2024年4月12日',
     'why': 'the issue date of the notice'},
    {'rule': 'deadline-invalid', 'line': only('“34567”'), 'text': '34567',
     'why': 'the name of the regional framework (“34567”), not a year'},
    {'rule': 'deadline-invalid', 'line': only('6月20日、12月10日'), 'text': '6月20日',
     'why': 'the county office\'s own half-yearly reporting dates (每年6月20日、12月10日前报送), not task deadlines'},
    {'rule': 'deadline-later-than-baseline', 'line': only('6月20日、12月10日'), 'text': '12月10日',
     'why': 'reporting date of the county office, no regional counterpart'},
    {'rule': 'deadline-later-than-baseline', 'line': only('到2024年底'), 'text': '到2024年底',
     'why': 'goal: 信创云迁移 = task 43 (2024年建成，持续推进) / task 19 (2023年启动，2024年建成), 三级电子政务外网全覆盖 = task 48 (2024年), '
            '我的宁夏 应上尽上 = task 86 (2024年): all equal; 好差评 / 网上可办率 have no regional dated goal'},
    {'rule': 'deadline-later-than-baseline', 'line': goal25, 'text': '2025',
     'why': 'goal 到2025年 体系框架全面成型 equals the region\'s 到2025年 “34567”体系框架全面成型; the date is broken across lines 36-37 (到2025 / 年)'},
    {'rule': 'deadline-invalid', 'line': goal25 + 1, 'text': '年，全县',
     'why': 'continuation of 到2025 from the line above; a bare 年 at line start is not a date'},
    {'rule': 'deadline-later-than-baseline', 'line': only('到2035年'), 'text': '到2035年',
     'why': 'equals the region\'s 到2035年 goal'},
    # task-table deadlines (row = first physical line of the row)
    {'rule': 'deadline-later-than-baseline', 'line': row(1), 'text': '2024年',
     'why': 'row 1 = task 43 (2024年建成，持续推进) and task 19 (2023年启动，2024年建成): equal'},
    {'rule': 'deadline-invalid', 'line': row(2), 'text': '2023年形成',
     'why': 'row 2 copies task 18\'s 完成时限 verbatim (2023年形成机制，长期坚持); a copied regional deadline that lies before the plan\'s year; wrapped over three lines'},
    {'rule': 'deadline-later-than-baseline', 'line': row(2), 'text': '2023年形成',
     'why': 'task 18: 2023年形成机制，长期坚持, identical'},
    {'rule': 'deadline-later-than-baseline', 'line': row(3), 'text': '2024年底前',
     'why': 'row 3 = task 48 (城域网升级改造, 5级全覆盖), 完成时限 2024年: equal'},
    {'rule': 'deadline-later-than-baseline', 'line': row(4), 'text': '2024年',
     'why': 'row 4 = task 42 (公共数据与政务数据融合应用), 完成时限 2024年: equal'},
    {'rule': 'deadline-later-than-baseline', 'line': row(5), 'text': '2024年',
     'why': 'row 5 = task 40 (电子公文管理, 2024年) and task 54 (电子文件归档, 2024年): equal'},
    {'rule': 'deadline-later-than-baseline', 'line': row(6), 'text': '2025年',
     'why': 'row 6 = task 56 (非税收入收缴电子化), 完成时限 2025年: equal'},
    {'rule': 'deadline-later-than-baseline', 'line': row(7), 'text': '2024年6月',
     'why': 'row 7 = task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年: earlier; 年/月 split over two lines (2024年6月 / 底前)'},
    {'rule': 'deadline-later-than-baseline', 'line': row(8) + 1, 'text': '2025年取得',
     'why': 'row 8 = task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal; the cell wraps as 持续推进， / 2025年取得 / 明显成效'},
    {'rule': 'deadline-later-than-baseline', 'line': row(9) + 1, 'text': '2025',
     'why': 'row 9 = task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal; the cell wraps as 持续推进， / 2025 / 年取得明显 / 成效'},
    {'rule': 'deadline-invalid', 'line': row(9) + 2, 'text': '年取得明显',
     'why': 'continuation of the 2025 on the line above inside the wrapped deadline cell'},
    {'rule': 'deadline-later-than-baseline', 'line': row(10), 'text': '2024年',
     'why': 'row 10 = task 79 (雪亮工程), 完成时限 2024年: equal'},
    {'rule': 'deadline-later-than-baseline', 'line': row(11), 'text': '2024年底前',
     'why': 'row 11 = task 83 (互联网+基层治理), 完成时限 2025年: earlier'},
    {'rule': 'deadline-later-than-baseline', 'line': row(13), 'text': '2024年',
     'why': 'row 13 = task 88 (证照分离, 电子营业执照), 完成时限 2024年: equal'},
    {'rule': 'deadline-later-than-baseline', 'line': row(15) + 1, 'text': '2025',
     'why': 'row 15 = task 106 (填表报数系统), 完成时限 2025年; the county\'s 2024年推广，2025年全面应用 completes in 2025, equal; wrapped as 2024年推广， / 2025 / 年全面应用'},
    {'rule': 'deadline-later-than-baseline', 'line': row(16), 'text': '持续推进，',
     'why': 'row 16 = task 108 (公共资源交易全流程数字化), 完成时限 长期推进，2024年取得明显成效; the county\'s 持续推进，2024年取得明显成效 is equal'},
    {'rule': 'deadline-later-than-baseline', 'line': row(17), 'text': '2024年',
     'why': 'row 17 = task 98 (智慧林草), 完成时限 2024年: equal'},
    {'rule': 'deadline-later-than-baseline', 'line': row(18), 'text': '2024年',
     'why': 'row 18 = task 117 (数字化人才引进培养), 完成时限 2024年: equal'},
    {'rule': 'deadline-later-than-baseline', 'line': row(19), 'text': '长期坚持',
     'why': 'row 19 = task 121 (年度工作要点和考核指标体系), 完成时限 长期坚持: equal'},
    # units
    {'rule': 'unknown-unit', 'line': only('各乡镇人民政府，县直各部门（单位）：'), 'text': '各乡镇人民政府',
     'why': 'collective addressees; 县直各部门（单位） likewise'},
    {'rule': 'unknown-unit', 'line': office, 'text': '明确县',
     'why': '县人民政府办公室 (in units.txt) broken across lines (明确县 / 人民政府办公室统筹)'},
    {'rule': 'unknown-unit', 'line': office + 1, 'text': '人民政府办公室',
     'why': 'second half of 县人民政府办公室, broken across lines; a registry unit, not an unknown 人民政府办公室'},
    {'rule': 'unknown-unit', 'line': office, 'text': '县推进数字政府建设领导小组',
     'why': 'a body the plan sets up (健全…领导小组), not a responsible unit of a task'},
    {'rule': 'unknown-unit', 'line': only('落实县直各部门（单位）、各乡镇'), 'text': '县直各部门（单位）',
     'why': 'collective subject; 各乡镇 likewise'},
    {'rule': 'unknown-unit', 'line': row(1) + 2, 'text': '县直各部门（单位）',
     'why': 'collective in row 1'},
    {'rule': 'unknown-unit', 'line': row(2), 'text': '县公安',
     'why': '县公安局 and 县大数据服务中心 broken across the wrapped unit cell (县公安 / 局、县大数据服务中 / 心); both in units.txt'},
    {'rule': 'unknown-unit', 'line': row(4) + 1, 'text': '县住建局',
     'why': 'official short name of 县住房和城乡建设局 in units.txt; 县交通运 / 输局 and 国网隆德县供 / 电公司 are registry names broken across lines'},
    {'rule': 'unknown-unit', 'line': row(5), 'text': '县委办公',
     'why': '县委办公室 broken across lines (县委办公 / 室); in units.txt'},
    {'rule': 'unknown-unit', 'line': row(6), 'text': '县教育体',
     'why': '县教育体育局 broken across lines (县教育体 / 育局); in units.txt'},
    {'rule': 'unknown-unit', 'line': row(7) + 1, 'text': '县委编办、各乡镇人',
     'why': '县委编办 in units.txt; 各乡镇人 / 民政府 is the collective broken across lines'},
    {'rule': 'unknown-unit', 'line': row(8) + 1, 'text': '县发改局',
     'why': 'official short name of 县发展和改革局 in units.txt'},
    {'rule': 'unknown-unit', 'line': row(11) + 1, 'text': '各村（社',
     'why': 'collective 各村（社区） broken across lines (各村（社 / 区）)'},
    {'rule': 'unknown-unit', 'line': row(12) + 1, 'text': '县直有关部门（单位）',
     'why': 'collective subject'},
    {'rule': 'unknown-unit', 'line': row(13), 'text': '县市场监管局',
     'why': 'short name of 县市场监督管理局; 县审 / 批局 (县审批局, short name of 县审批服务管理局) broken across lines'},
    {'rule': 'unknown-unit', 'line': row(17), 'text': '县林业和草原局',
     'why': 'registry name; the next unit 县自然资源局 is broken across lines (县 / 自然资源局)'},
    {'rule': 'unknown-unit', 'line': row(18) + 1, 'text': '资源和社会保障局',
     'why': '县人力资源和社会保障局 broken across lines (县人力 / 资源和社会保障局); in units.txt'},
    {'rule': 'unknown-unit', 'line': only('依托县委党校和宁夏干部教育培训网络学院'), 'text': '宁夏干部教育培训网络学院',
     'why': 'a training platform the county relies on (依托…), not a responsible unit; 县委党校 is in units.txt'},
    {'rule': 'unknown-unit', 'line': row(8), 'text': '隆德县工业园区',
     'why': 'the place where the 智慧园区 is built (task content), not a responsible unit'},
    # PDF artefacts
    {'rule': 'garbled-text', 'line': pgbreak + 1, 'text': '— 5 —',
     'why': 'page number and running header of the PDF falling inside a sentence (纳入“一把手工 / — 5 — / header / 程”); layout, not encoding damage'},
]

covers = [
    (3, row(8)), (5, only('社会共治的数字经济监管')), (6, only('（二）引领数字社会建设')),
    (7, only('国家智慧教育平台')), (8, only('“互联网+医疗健康”')), (10, row(9)), (12, only('培育数据要素市场')),
    (14, only('落实县直各部门（单位）、各乡镇')), (15, only('全防护体系。建立数字政府安全评估')), (18, row(2)),
    (43, row(1)), (21, only('推动各类行政权力事项网上运行')), (23, only('一体化数字资源管理系统')),
    (24, only('健全政务信息化建设管理会商机制')), (28, only('试点示范。')),
    (30, only('摸清全县政务数据资源底数')), (32, only('明确县直各部门数据管理机构')), (40, row(5)), (42, row(4)),
    (48, row(3)), (50, only('有序推进非涉密业务专网向')), (56, row(6)), (64, row(7)),
    (66, only('宁夏经济运行大数据平台')), (67, only('规划综合管理信息平台')), (68, only('“照单监管”')),
    (71, only('强化对食品药品、特种设备')), (72, only('系统与宁夏“互联网+监管”')), (77, only('矛盾纠纷多元化')),
    (79, row(10)), (80, only('“智慧应急”')), (83, row(11)), (84, only('“一网通办”作用')),
    (85, only('推行“免证办”')), (86, only('“民生直达”。迭代')), (88, row(13)), (90, only('推进图书馆、博物馆')),
    (93, row(14)), (94, only('生态环境数据资源中心')), (96, only('“互联网+城乡供水”')), (98, row(17)),
    (102, only('污染防治攻坚')), (103, only('大数据辅助决策机制')), (105, only('“宁政通”移动办公')),
    (106, row(15)), (107, only('非涉密视频会议系统')), (108, row(16)), (116, pgbreak),
    (25, only('一律不予安排建设及运')), (117, row(18)), (118, only('把提高领导干部数字治理能力')),
    (121, row(19)), (122, only('纳入全县效能目标管理考核')), (123, only('作为领导班子和领导干部综合考核')),
    (124, only('容错和奖惩机制')),
]

key = {
    'writer': 'blind writer, round 808; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': [{'task': t, 'line': l} for t, l in sorted(covers)],
    'notes': ('隆德县 (固原市) 2024 plan as text copied out of a PDF: body wrapped at about 34 columns mid-sentence, '
              'running header 隆德县关于加强数字政府建设的实施方案 and a page number (— n —) at every page break, '
              f'one page break inside a sentence (lines {pgbreak}-{pgbreak + 3}). The task table (from line {TABLE}) is '
              'tab-separated; each wrapped cell line is its own physical line, a line with an empty first cell continues '
              'the row above, the header row repeats after the page break. The table note says the first-listed unit '
              'leads. No parent plan (固原市 plan not supplied); units from units.txt. Table rows were renumbered '
              'after drafting; the why of each deadline names the regional task it mirrors. '
              'make_draft.py builds draft.txt, make_key.py builds this key and checks every line.'),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
