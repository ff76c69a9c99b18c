# Helper kept by the blind writer: builds key.json with line numbers looked up in the final draft.txt.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')


def line_of(anchor, must=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if must is not None:
        assert must in LINES[hits[0] - 1], (anchor, must)
    return hits[0]


def row(n):
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(str(n) + '\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(n, col):
    return LINES[row(n) - 1].split('\t')[col]


DEAD, INV, UNIT, BASIS, GARB = ('deadline-later-than-baseline', 'deadline-invalid', 'unknown-unit',
                                'basis-mismatch', 'garbled-text')


def dl(n, text, rule=DEAD):
    assert cell(n, 4) == text, (n, cell(n, 4), text)
    return {'rule': rule, 'line': row(n), 'text': text}


def u(n, text, col=2):
    assert text in cell(n, col), (n, text, cell(n, col))
    return {'rule': UNIT, 'line': row(n), 'text': text}


expect = [
    dict(dl(17, '2025年6月底'), why='row 17 (电子政务外网升级改造、互联网出口带宽扩容) takes up task 47, 完成时限 2024年; the county put 2025年6月底, later than the region'),
    dict(dl(35, '2025年12月底'), why='row 35 (全区统一的协同办公平台, 公文流转、督查考核等机关公务数字化) takes up task 104, 完成时限 2024年; 2025年12月底 is later'),
    {'rule': INV, 'line': row(28), 'text': '21月', 'why': 'row 28 完成时限 reads 2024年21月底: there is no 21st month (digits of 12月 swapped); task 80 (智慧应急) is due 2024年, so 2024年12月底 was meant'},
    dict(u(15, '县数据局'), why='lead of row 15 (公共数据开放目录, task 41, 2024年): 永宁县 has no 县数据局; not in units.txt nor a regional unit; the 责任人 of the row sits in 县政府办公室'),
    dict(u(19, '自治区政府办公厅'), why='row 19 (县级政务信息系统向政务云迁移, task 46) names the regional body 自治区政府办公厅 as the lead of a county task: copied from the regional 责任单位 column; the county lead would be 县政府办公室'),
    {'rule': GARB, 'line': row(42), 'text': '鏋勫缓鏀挎皯', 'why': 'UTF-8 bytes of 构建政民互动渠道 read as GBK (鏋勫缓鏀挎皯浜掑姩娓犻亾) at the start of the 任务内容 cell of row 42'},
]

mnf = []


def add(d, why):
    d = dict(d)
    d['why'] = why
    mnf.append(d)


def dln(n, why, rule=DEAD):
    add({'rule': rule, 'line': row(n), 'text': cell(n, 4)}, why)


# deadlines equal to or earlier than the region's
dln(1, 'task 2 完成时限 2023年启动，2024年取得明显成效; 2024年12月底 is within 2024 (equal)')
dln(2, 'copied from task 3 (持续推进，2025年取得明显成效): equal')
dln(3, 'task 6 完成时限 持续推进，2025年取得明显成效; 2025年 is equal')
dln(4, 'task 8 完成时限 持续推进，2025年取得明显成效; 2024年12月底 is earlier (the 督办意见 cell itself notes 自治区完成时限为2025年)')
add({'rule': DEAD, 'line': row(4), 'text': '2025年'}, 'the 督办意见 cell quotes the regional 完成时限 (自治区完成时限为2025年) for task 8; it is the region\'s own date, not the county\'s deadline')
dln(5, 'task 10 完成时限 持续推进，2025年取得明显成效; 2025年 is equal')
dln(6, 'copied from task 11 (2023年完成主要建设任务，2025年取得明显成效): equal', DEAD)
dln(6, 'a copied regional deadline (task 11) whose first milestone lies before the 2024 ledger: not an invalid date', INV)
dln(7, 'tasks 12 (2025年) and 13 (2024年); 2024年12月底 is equal to 13 and earlier than 12')
dln(8, 'copied regional deadline of task 14 (2023年), before the ledger year: not invalid, not later', INV)
dln(9, 'copied from task 18 (2023年形成机制，长期坚持): equal; 2023 before the ledger year is not invalid')
dln(10, 'task 21 完成时限 2024年 (task 22, 审管协同, 2025年); 2024年9月底 is earlier')
dln(11, 'task 23 完成时限 2024年; equal')
dln(12, 'task 28 完成时限 2023年启动，2025年取得明显成效; 2025年 is equal to the completing milestone')
dln(13, 'task 29 完成时限 2023年启动，2025年完成; the county finishes by 2025年6月底, earlier; a later start (2024年启动) is not a later completing milestone')
dln(14, 'copied regional deadline of task 32 (2023年), before the ledger year', INV)
dln(16, 'tasks 40 and 54 完成时限 2024年; equal')
dln(18, 'task 48 完成时限 2024年; 2024年11月底 is earlier')
dln(19, 'task 46 完成时限 2024年; equal (the row\'s mistake is its lead unit)')
dln(20, 'task 56 完成时限 2025年; 2025年6月底 is earlier')
dln(21, 'task 64 完成时限 2025年; 2024年6月底 is earlier')
dln(23, 'tasks 65 (2024年) and 66 (2025年); 2024年12月底 is not later than either')
dln(24, 'task 71 完成时限 2024年; equal')
dln(25, 'task 74 完成时限 2024年; 2024年10月底 is earlier')
dln(26, 'task 83 完成时限 2025年; equal')
dln(27, 'task 79 完成时限 2024年; equal')
dln(29, 'task 84 完成时限 2024年; 2024年10月底 is earlier')
dln(30, 'task 86 完成时限 2024年; equal')
dln(31, 'task 89 完成时限 2024年; 2024年9月底 is earlier')
dln(32, 'task 93 完成时限 2024年; equal')
dln(33, 'task 94 完成时限 2024年; equal')
dln(34, 'task 96 完成时限 2025年; equal')
dln(36, 'task 105 完成时限 2024年; 2024年9月底 is earlier')
dln(37, 'task 106 完成时限 2025年; equal')
dln(38, 'task 107 完成时限 2025年; 2025年6月底 is earlier')
dln(39, 'task 109 完成时限 2024年; equal')
dln(40, 'task 112 完成时限 2024年; equal')
dln(41, 'task 114 完成时限 2024年; equal')
dln(42, 'task 115 完成时限 2024年; equal')
dln(43, 'copied from task 116 (2023年完成并长期坚持): equal; not invalid though 2023 precedes the ledger')
dln(44, 'copied regional deadline of task 25 (2023年)', INV)
dln(45, 'copied from task 118 (2023年完成并长期坚持): equal')
dln(46, 'tasks 122 and 123 (2023年完成，长期坚持) and 121 (长期坚持): equal')
dln(47, 'copied from task 124 (2023年形成机制，长期坚持): equal')

dln(15, 'task 41 完成时限 2024年; 2024年10月底 is earlier (the row\'s mistake is its lead unit)')
dln(22, 'no regional task of its own (it takes up 厘清层级职责 of the 实施意见 body); the nearest task, 81 (统一的视频指挥调度体系), is due 2025年: equal')
dln(8, 'copied from task 14 (2023年): equal')
dln(14, 'copied from task 32 (2023年): equal')
dln(44, 'copied from task 25 (2023年): equal')
for n in (9, 43, 45, 46, 47):
    dln(n, 'a copied regional deadline whose milestone (2023年) precedes the 2024 ledger: not an invalid date (说明 二 says 2023 tasks keep the regional 时限)', INV)
add(u(18, '各乡镇人民政府'), 'collective subject (配合)')

# progress column: dates already past
add({'rule': DEAD, 'line': row(8), 'text': '2024年3月'}, '进展情况 of a task due 2023 (task 14) reports that this year\'s 责任书 were signed in 2024年3月: a past event, not a deadline')
add({'rule': DEAD, 'line': row(1), 'text': '2024年3月'}, '进展情况: 已于2024年3月完成摸底, a past date, not a deadline')
add({'rule': INV, 'line': row(34), 'text': '2023年12月'}, '进展情况: the 供水调度平台 was built in 2023年12月; a past date before the ledger year is not a deadline')
add({'rule': INV, 'line': row(20), 'text': '2023年9月'}, '进展情况: 教育收费 went electronic in 2023年9月; past date')
add({'rule': INV, 'line': row(6), 'text': '2023年11月'}, '进展情况: past completion date')
add({'rule': DEAD, 'line': row(43), 'text': '2024年3月'}, '进展情况: 工作要点 issued 2024年3月 on a task due 2023 (task 116); a report of what was done, not a deadline')

# supervision column: the office's own reporting dates
add({'rule': DEAD, 'line': row(30), 'text': '2025年1月10日'}, '督办意见: 督查室 asks for a year-end report by 2025年1月10日; the task\'s own deadline (2024年, task 86) is in the 完成时限 column; a reporting date is not a deadline')
add({'rule': DEAD, 'line': row(46), 'text': '2025年1月15日'}, '督办意见: reporting date for the annual 考核结果, not a deadline (task 122/123)')
add({'rule': DEAD, 'line': row(12), 'text': '2025年1月10日'}, '督办意见: reporting date for the pilot summary')
add({'rule': DEAD, 'line': row(17), 'text': '5月20日'}, '督办意见: reporting date (the row\'s error is its 完成时限 only)')
add({'rule': DEAD, 'line': line_of('2024年12月20日前，各牵头单位报送'), 'text': '2024年12月20日'}, 'the office\'s own collection date for year-end reports')
add({'rule': DEAD, 'line': line_of('每月25日前报县政府督查室'), 'text': '每月25日'}, 'monthly reporting rule of the ledger')

# preamble
add({'rule': DEAD, 'line': line_of('“34567”体系框架全面成型为目标'), 'text': '到2025年'}, 'the goal 到2025年…“34567”体系框架全面成型 is the region\'s own 主要目标 year: equal')
add({'rule': BASIS, 'line': line_of('宁政办发〔2020〕14号'), 'text': '宁政办发〔2020〕14号'}, 'a retrospective mention of the 2020 工作要点 (with its correct title and 文号) for projects already accepted in 2023; not cited as a basis')
add({'rule': BASIS, 'line': line_of('宁政发〔2023〕17号'), 'text': '宁政发〔2023〕17号'}, 'correct title and 文号 of the region\'s 实施意见 (and 国发〔2022〕14号 for the national opinion)')
add({'rule': INV, 'line': line_of('已于2023年6月全部完成验收'), 'text': '2023年6月'}, 'background: a past acceptance date')

add({'rule': BASIS, 'line': line_of('宁政发〔2023〕17号'), 'text': '全区数字政府建设重点任务清单（2023年—2025年）'}, 'the exact title of 附件2 of 宁政发〔2023〕17号, named as the source of the rows; correct')
add({'rule': DEAD, 'line': line_of('宁政发〔2023〕17号'), 'text': '2023年—2025年'}, 'the period in the title of the regional task list, not a deadline')

# persons and posts in the 责任人 column
add(u(3, '杨晓梅（副县长）', 3), 'a person and her post in the 责任人 column, not a unit')
add(u(1, '王海涛', 3), 'person; his post 县工业信息化和商务局局长 names a registered unit')
add(u(33, '罗建新（银川市生态环境局永宁分局局长）', 3), 'person and post')
add(u(32, '各单位分管负责同志', 3), 'generic 责任人, not a unit')
add(u(26, '丁海军（县委政法委副书记）', 3), 'person and post')
# collectives and short names
add(u(32, '县直各部门（单位）'), 'collective subject')
add(u(32, '各乡镇人民政府'), 'collective subject')
add(u(14, '县直各部门（单位）'), 'collective subject (分别负责)')
add(u(26, '各乡镇人民政府'), 'collective subject (具体负责)')
add(u(7, '县发改局'), 'short name of 县发展和改革局 in units.txt')
add(u(9, '县网信办'), 'short name of 县委网信办 in units.txt')
add(u(12, '县政府办'), 'short name of 县人民政府办公室')
add(u(30, '县审批局'), 'short name of 县审批服务管理局')
add(u(24, '县市场监管局'), 'short name of 县市场监督管理局')
add(u(39, '县政府督查室'), 'short name of 县人民政府督查室')
add(u(33, '银川市生态环境局永宁分局'), 'the county-level ecology body, listed in units.txt')
add(u(28, '永宁县消防救援大队'), 'listed in units.txt')
add(u(2, '望远工业园区管委会'), 'listed in units.txt')
add(u(45, '县委党校'), 'listed in units.txt')
add(u(5, '闽宁镇人民政府'), 'listed in units.txt')
add(u(11, '自治区政府办公厅', 5), 'named in the 进展情况 column as the body the register was filed with, not as a lead')
add(u(4, '县人民医院', 1), 'a hospital named in the task text, not a responsible unit')

covers_spec = [
    (2, 1), (3, 2), (6, 3), (8, 4), (10, 5), (11, 6), (12, 7), (13, 7), (14, 8), (18, 9), (21, 10), (23, 11),
    (28, 12), (29, 13), (32, 14), (41, 15), (40, 16), (54, 16), (47, 17), (48, 18), (46, 19), (56, 20),
    (64, 21), (66, 23), (71, 24), (74, 25), (83, 26), (79, 27), (80, 28), (84, 29), (86, 30), (89, 31),
    (93, 32), (94, 33), (96, 34), (104, 35), (105, 36), (106, 37), (107, 38), (109, 39), (112, 40),
    (114, 41), (115, 42), (116, 43), (25, 44), (118, 45), (121, 46), (122, 46), (123, 46), (124, 47),
]
covers = [{'task': t, 'line': row(r)} for t, r in covers_spec]

key = {
    'writer': 'blind writer, round 388; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-06',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': ('永宁县 (银川市) 2024 supervision ledger kept by the 县人民政府督查室, checked against 宁政发〔2023〕17号 only (no parent plan). '
              'Each numbered row is one tab-separated table line: 序号, 任务内容, 牵头单位, 责任人, 完成时限, 进展情况, 督办意见; only the '
              '完成时限 column carries deadlines; 进展情况 dates are past events and 督办意见 dates are the office\'s reporting nodes. '
              'Heading lines between rows give the framework (三个驱动, 四个支撑, 工作体系, 七个能力, 党的领导); every pillar is present, '
              'so no missing-pillar is expected. Rows for tasks the region set for 2023 keep the regional deadline (说明 二 says so). '
              'The draft states that the first-listed unit of a cell leads. Task-uncovered information for the many county tasks '
              'the ledger does not track this quarter (e.g. 7, 30, 31, 36, 85) is neither expected nor a false alarm.'),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
