#!/usr/bin/env python3
"""Builds key.json for blind518 from anchors, so every line number is computed from draft.txt.

Each entry names an anchor (a substring found on exactly one line of draft.txt); the script
resolves it to a 1-based line number and checks that `text` (if any) occurs on that line.
Run: /usr/bin/python3 make_key.py
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]


def ln(anchor):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def entry(rule, anchor, text=None, why='', **extra):
    n = ln(anchor)
    if text is not None:
        assert text in lines[n - 1], (text, n)
    e = {'rule': rule, 'line': n}
    if text is not None:
        e['text'] = text
    e.update(extra)
    e['why'] = why
    return e


DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'

# anchors for the measure paragraphs
P_ECON = '推动产业数字化转型。'
P_SVC = '深化数字普惠服务。'
P_RURAL = '推进数字乡村和智慧县城建设。'
P_ECO = '培育数据要素市场和良好网络生态。'
P_SEC = '压实安全责任、提升防护能力。'
P_RULE = '以数字化改革助力政府职能转变。一是'
P_NORM = '完善制度规范。'
P_DATA1 = '健全数据管理和共享机制。'
P_DATA2 = '促进数据有序开发利用。'
P_NET = '夯实云网基础。'
P_COMMON = '强化共性应用支撑。'
P_ORG = '（一）健全组织机构。'
P_LEVEL = '（二）厘清层级职责。'
P_ECREG = '加强经济运行监测和金融服务。'
P_MKT = '提升监管精准化、协同化、智能化水平。'
P_SOC = '提升矛盾化解和治安防控能力。'
P_SAFE = '提升公共安全保障能力。'
P_PUB1 = '打造泛在可及的服务体系。'
P_PUB2 = '提供优质便利的涉企和民生服务。'
P_ENV = '提升生态环保协同治理和资源利用能力。'
P_EXEC = '提升行政执行能力。'
P_SUP = '提升行政监督和机关事务管理水平。'
P_OPEN = '提升政府信息公开和政民互动水平。'
P_LEAD = '（一）加强组织领导。'
P_FUND = '（二）加大财政投入。'
P_SKILL = '（三）提升数字素养。'
P_EVAL = '（四）强化考核评价。'

expect = [
    entry(DL, P_DATA2, '2025年底',
          'LATE PART: 二是 (编制公共数据开放目录及相关责任清单, 分类分级开放公共数据) is task 41, 完成时限 2024年; '
          'the county puts it at 2025年底前. The other parts of the same paragraph are in time: 一是 task 33 '
          '(2024年) at 2024年9月底前, 三是 task 42 (2024年) at 到2024年底.'),
    entry(DL, P_EXEC, '2025年6月底',
          'LATE PART: 二是 (“宁政通”移动办公“总门户”, 覆盖…党政机关及相关组织的非涉密、综合性、一体化办公体系) is '
          'task 105, 完成时限 2024年; the county puts it at 2025年6月底前. The other parts are in time: 一是 task 104 '
          '(2024年) at 2024年底前, 三是 task 106 (2025年) at 2025年底前, 四是 task 107 (2025年) at 2025年底前.'),
    entry(DI, P_OPEN, '13月',
          'impossible month: 2024年13月底前 (一是, task 112, 完成时限 2024年; a typo for 2024年12月 or 11月). '
          'Year 2024 equals the region, so it is not also a late deadline.'),
    entry(UU, P_DATA1, '县大数据局',
          'no 县大数据局 in units.txt; the county body is 县大数据服务中心 (used correctly elsewhere). '
          'Looks like the city name 市大数据局 carried down.'),
    entry(UU, P_NET, '自治区政府办公厅',
          'a regional body named as the lead (牵头) of a local task: the note was copied from the regional task '
          'list (tasks 46/48, 自治区政府办公厅牵头). A county plan cannot make a regional body lead its own task.'),
    entry(BM, '根据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2022〕17号',
          'the region\'s 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued '
          '2023-05-16); the year in the 文号 is wrong.'),
]

E = lambda *a, **k: entry(*a, **k)
mustNotFlag = [
    # ---- basis ----
    E(BM, '根据《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct national basis'),
    E(BM, '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕11号',
      '《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 seed plan'),
    E(BM, '按照《宁夏回族自治区2020年', '宁政办发〔2020〕14号',
      'retrospective mention of the 2020 工作要点 in the background (what was done in 2020), correct title and '
      '文号, not cited as a basis of this plan'),
    E(BM, '同政发〔2024〕9号', '同政发〔2024〕9号', 'the draft\'s own 文号 in the notice header'),
    # ---- invalid / past dates ----
    E(DI, '按照《宁夏回族自治区2020年', '2020年', 'past date in the background section'),
    E(DI, '按照《宁夏回族自治区2020年', '2022年', 'past date in the background section'),
    E(DI, '按照《宁夏回族自治区2020年', '2023年', 'past date in the background section'),
    E(DI, P_SEC, '2023年形成机制',
      'the regional deadline of task 18 (2023年形成机制，长期坚持) quoted as the region\'s requirement; the county '
      'part itself is recurring (每年至少组织1次)'),
    E(DI, P_DATA1, '2023年', 'retrospective: 巩固2023年政务数据资源普查成果 (a result already achieved)'),
    E(DI, '2024年4月12日', '2024年4月12日', 'the document\'s own issue date'),
    E(DI, '附件：', '2024年—2025年', 'period of the attached task list'),
    # ---- goals ----
    E(DL, '到2024年底，电子政务外网', '到2024年底',
      'near-term goal on 电子政务外网 县乡村 coverage and 一网通办: tasks 48 and 84, both 2024年; not the '
      'content of the region\'s 到2023年底 goal (政策体系, 五个一, 大数据体系, 家底)'),
    E(DL, '到2025年，全县数字政府建设体系框架', '到2025年', 'equal to the region\'s 到2025年 framework goal'),
    E(DL, '到2035年，与政府治理能力', '到2035年', 'equal to the region\'s 到2035年 goal'),
    # ---- parts dated equal or earlier ----
    E(DL, P_ECON, '2024年底', '一是: task 2 (产业云, 2023年启动，2024年取得明显成效): equal'),
    E(DL, P_ECON, '到2025年底', '二是: task 3 (智慧园区, 持续推进，2025年取得明显成效): equal'),
    E(DL, P_ECON, '2025年取得明显成效', '三是: task 5 (以网管网监管模式, 持续推进，2025年): equal'),
    E(DL, P_SVC, '2024年9月底', '一是: task 8 (互联网+医疗健康, 持续推进，2025年取得明显成效): earlier'),
    E(DL, P_SVC, '到2025年', '二是: task 7 (智慧教育平台, 2023年形成试点经验，2025年取得明显成效): equal'),
    E(DL, P_SVC, '2025年取得明显成效', '三是: task 6 (公共事业服务数字化, 持续推进，2025年): equal'),
    E(DL, P_RURAL, '到2025年底', '一是: task 10 (数字乡村, 持续推进，2025年): equal'),
    E(DL, P_RURAL, '2025年取得明显成效',
      '二是: task 11 (数字供销, 2023年完成主要建设任务，2025年取得明显成效): the completing milestone 2025 is equal'),
    E(DL, P_RURAL, '2025年底前', '三是: task 9 (智慧城市/一网统管, 持续推进，2025年): equal'),
    E(DL, P_ECO, '到2025年', '一是: task 12 (数据要素市场, 2025年): equal'),
    E(DL, P_ECO, '2024年底', '二是: task 13 (数据交易准入/公平竞争制度, 2024年): equal'),
    E(DL, P_SEC, '2024年底', '三是: task 19 (政务信创云, 2023年启动，2024年建成) / task 43 (2024年): equal'),
    E(DL, P_RULE, '2024年6月底', '一是: task 21 (行政许可管理信息系统, 2024年): earlier'),
    E(DL, P_RULE, '2024年底', '二是: task 23 (数字资源管理系统“一本账”, 2024年): equal'),
    E(DL, P_RULE, '2025年取得明显成效', '四是: task 28 (试点示范, 2023年启动，2025年取得明显成效): equal'),
    E(DL, P_DATA1, '2025年底', '二是: task 29 (政务数据平台, 2023年启动，2025年完成): equal'),
    E(DL, P_DATA1, '2024年10月底', '三是: task 34 (主题数据库, 2024年): earlier'),
    E(DL, P_DATA2, '2024年9月底', '一是: task 33 (基础数据资源库, 2024年): earlier — same paragraph as the late 二是'),
    E(DL, P_DATA2, '到2024年底', '三是: task 42 (公共数据与社会数据融合, 2024年): equal — same paragraph as the late 二是'),
    E(DL, P_NET, '2024年底', '一是: task 46 (政务云迁移, 2024年) / task 43 (2024年建成): equal'),
    E(DL, P_NET, '2024年9月底', '二是: task 48 (城域网, 5级全覆盖, 2024年): earlier'),
    E(DL, P_NET, '到2025年底', '三是: task 49 (视频一张网, 2025年): equal'),
    E(DL, P_COMMON, '2024年底', '一是: task 54 (电子文件归档, 2024年): equal'),
    E(DL, P_COMMON, '到2025年底', '二是: task 56 (非税收入收缴电子化, 2025年): equal'),
    E(DL, P_COMMON, '2024年11月底', '三是: task 57 (信用信息公共服务平台, 2024年): earlier'),
    E(DL, P_ORG, '2024年6月底', '一是: task 64 (各地参照自治区做法成立组织机构, 2025年): earlier'),
    E(DL, P_ORG, '到2025年', '二是: task 64 (形成上下协同、一体联动、齐抓共管的工作格局, 2025年): equal'),
    E(DL, P_ECREG, '2025年底', '一是: task 66 (宁夏经济运行大数据平台, 监测预警, 2025年): equal'),
    E(DL, P_ECREG, '2024年底', '二是: task 76 (地方金融监管和服务智能化平台, 2024年): equal'),
    E(DL, P_MKT, '2024年10月底', '三是: task 74 (“屏、端、仪”, 2024年): earlier'),
    E(DL, P_MKT, '2024年底前实现县域重点领域追溯', '二是: task 71 (追溯监管, 2024年): equal'),
    E(DL, P_MKT, '2024年底前推动跨部门', '四是: task 73 (消费维权“一件事”, 协同监管, 2024年): equal'),
    E(DL, P_SOC, '2024年底', '一是: task 77 (矛盾纠纷多元化解, 2024年): equal'),
    E(DL, P_SOC, '2024年9月底', '二是: task 79 (雪亮工程, 2024年): earlier'),
    E(DL, P_SOC, '到2025年底', '三是: task 83 (互联网+基层治理, 2025年): equal'),
    E(DL, P_SAFE, '2024年底', '一是: task 80 (智慧应急, 2024年): equal'),
    E(DL, P_SAFE, '到2025年底', '二是: task 81 (视频指挥调度体系, 2025年): equal'),
    E(DL, P_PUB1, '2024年底', '一是: task 84 (一体化政务服务体系, 2024年): equal'),
    E(DL, P_PUB1, '2024年8月底', '二是: task 86 (“我的宁夏”应上尽上, 2024年): earlier'),
    E(DL, P_PUB1, '2025年底', '三是: task 87 (12345“一呼即应”, 2023年启动，2025年完成): equal'),
    E(DL, P_PUB2, '2024年底前全面推行', '一是: task 88 (证照分离/一业一证, 2024年): equal'),
    E(DL, P_PUB2, '2024年6月底', '二是: task 89 (企业专属网页、惠企政策专栏, 2024年): earlier'),
    E(DL, P_PUB2, '2024年10月底', '三是: task 93 (适老化与信息无障碍, 2024年): earlier'),
    E(DL, P_PUB2, '2024年底前移动入口', '四是: task 90 (公共场馆数字化、接入“我的宁夏”, 2024年): equal'),
    E(DL, P_ENV, '2024年底前实现空气', '一是: task 94 (生态环境数据资源中心, 2024年): equal'),
    E(DL, P_ENV, '到2025年底', '二是: task 96 (互联网+城乡供水, 水治理数字化转型, 2025年): equal'),
    E(DL, P_ENV, '2024年底前全面应用', '三是: task 98 (智慧林草, 2024年): equal'),
    E(DL, P_ENV, '到2025年有效支撑', '四是: task 100 (四权交易平台, 2025年): equal'),
    E(DL, P_EXEC, '2024年底', '一是: task 104 (协同办公平台, 2024年): equal — same paragraph as the late 二是'),
    E(DL, P_EXEC, '2025年底前实现基层干部', '三是: task 106 (填表报数, 压减50%, 2025年): equal — same paragraph as the late 二是'),
    E(DL, P_EXEC, '2025年底前融入', '四是: task 107 (视频会议平台, 2025年): equal — same paragraph as the late 二是'),
    E(DL, P_SUP, '2024年底', '一是: task 108 (公共资源交易全流程数字化, 长期推进，2024年取得明显成效): equal'),
    E(DL, P_SUP, '到2025年', '三是: task 111 (机关事务管理信息系统整合, 2025年): equal'),
    E(DL, P_OPEN, '2024年底前完成县级现行有效', '二是: task 113 (政策文件库“一库通查”, 2024年): equal'),
    E(DL, P_OPEN, '2024年9月底', '三是: task 114 (政务新媒体矩阵, 2024年): earlier'),
    E(DL, P_OPEN, '2024年底前接入', '四是: task 115 (政民互动, 政府信息知识库, 2024年): equal'),
    E(DL, P_LEAD, '每年6月25日、12月20日前',
      'the office\'s own reporting dates (progress reports to the 领导小组办公室), not a task deadline'),
    E(DL, '本方案所列各项任务', '2024年5月20日前',
      'the office\'s own reporting date (联络员名单), not a task deadline'),
    # ---- units ----
    E(UU, P_ECON, '同心工业园区管委会', 'short name of 同心工业园区管理委员会 in units.txt'),
    E(UU, P_ECON, '各乡镇人民政府', 'collective subject'),
    E(UU, P_SVC, '县卫健局', 'short name of 县卫生健康局 in units.txt'),
    E(UU, P_SVC, '县教体局', 'short name of 县教育体育局 in units.txt'),
    E(UU, P_RURAL, '县供销社', 'short name of 县供销合作社联合社 in units.txt'),
    E(UU, P_SEC, '县直各部门（单位）', 'collective subject'),
    E(UU, P_RULE, '县审批局', 'short name of 县审批服务管理局 in units.txt'),
    E(UU, P_DATA2, '县大数据服务中心', 'registered county body (contrast with 县大数据局 on the line above)'),
    E(UU, P_ORG, '县政府办', 'short name of 县人民政府办公室 in units.txt'),
    E(UU, P_ORG, '组织部', '县委编办、组织部: the 县委 prefix distributes, giving 县委组织部 (in units.txt)'),
    E(UU, P_LEVEL, '各村（社区）', 'collective subject'),
    E(UU, P_SOC, '司法局', '县公安局、司法局、信访局、民政局: the 县 prefix distributes (县司法局, 县信访局, 县民政局 are in units.txt)'),
    E(UU, P_SOC, '豫海镇人民政府', 'a named township government, listed in units.txt'),
    E(UU, P_SAFE, '县消防救援大队', 'short name of 同心县消防救援大队 in units.txt'),
    E(UU, P_ENV, '吴忠市生态环境局同心分局',
      'the city bureau\'s county branch, the real environment body in the county, listed in units.txt'),
    E(UU, P_SUP, '县政府督查室', 'listed in units.txt'),
    E(UU, P_LEAD, '县数字政府建设领导小组办公室', 'listed in units.txt (and only mentioned in body text)'),
    # ---- pillars ----
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一',
     'why': '五个一/六级贯通 taken up under 四、健全数字政府建设工作体系 (lines %d-%d: 组织机构, 层级职责)' % (ln('四、健全数字政府建设工作体系'), ln(P_LEVEL))},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '六级贯通',
     'why': '（二）厘清层级职责 at line %d restates 自治区、市、县、乡、村同国家层面“六级贯通”' % ln(P_LEVEL)},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态',
     'why': '（三）营造良好数字生态 at lines %d-%d' % (ln('（三）营造良好数字生态。'), ln(P_ECO))},
]

C = lambda task, anchor: {'task': task, 'line': ln(anchor)}
covers = [
    C(2, P_ECON), C(3, P_ECON), C(5, P_ECON),
    C(6, P_SVC), C(7, P_SVC), C(8, P_SVC),
    C(9, P_RURAL), C(10, P_RURAL), C(11, P_RURAL),
    C(12, P_ECO), C(13, P_ECO),
    C(14, P_SEC), C(18, P_SEC), C(19, P_SEC),
    C(21, P_RULE), C(23, P_RULE), C(24, P_RULE), C(28, P_RULE),
    C(26, P_NORM),
    C(29, P_DATA1), C(30, P_DATA1), C(32, P_DATA1), C(34, P_DATA1),
    C(33, P_DATA2), C(41, P_DATA2), C(42, P_DATA2),
    C(46, P_NET), C(48, P_NET), C(49, P_NET),
    C(54, P_COMMON), C(56, P_COMMON), C(57, P_COMMON),
    C(64, P_ORG),
    C(66, P_ECREG), C(76, P_ECREG),
    C(68, P_MKT), C(71, P_MKT), C(73, P_MKT), C(74, P_MKT),
    C(77, P_SOC), C(79, P_SOC), C(83, P_SOC),
    C(80, P_SAFE), C(81, P_SAFE),
    C(84, P_PUB1), C(86, P_PUB1), C(87, P_PUB1),
    C(88, P_PUB2), C(89, P_PUB2), C(90, P_PUB2), C(93, P_PUB2),
    C(94, P_ENV), C(96, P_ENV), C(98, P_ENV), C(100, P_ENV),
    C(104, P_EXEC), C(105, P_EXEC), C(106, P_EXEC), C(107, P_EXEC),
    C(108, P_SUP), C(109, P_SUP), C(111, P_SUP),
    C(112, P_OPEN), C(113, P_OPEN), C(114, P_OPEN), C(115, P_OPEN),
    C(116, P_LEAD), C(25, P_FUND), C(118, P_SKILL), C(122, P_EVAL), C(123, P_EVAL), C(124, P_EVAL),
]

key = {
    'writer': 'blind writer, round 518; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mustNotFlag,
    'covers': covers,
    'notes': (
        '同心县 (吴忠市) 数字政府建设实施方案, issued 2024-04-12, checked against the region only (宁政发〔2023〕17号 '
        'and its 124-task list); no parent plan is cited or supplied. Measures are long one-line paragraphs whose '
        'parts (一是…；二是…；三是…) each carry their own date, with one 责任单位 note at the end of the paragraph; '
        'the draft states that the first-listed unit of a note leads (line %d). Dates are compared per part, not '
        'per paragraph: the two late parts (lines %d and %d) sit in paragraphs whose other parts are equal or '
        'earlier. Regional tasks due 2023 are taken up without a new completion date (长期坚持, 每年…, or a '
        'retrospective 2023 result), so no 2024 date is set against a 2023 task.'
        % (ln('本方案所列各项任务'), ln(P_DATA2), ln(P_EXEC))
    ),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('lines', len(lines), 'expect', len(expect), 'mustNotFlag', len(mustNotFlag), 'covers', len(covers))
