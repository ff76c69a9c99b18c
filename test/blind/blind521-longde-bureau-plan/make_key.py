#!/usr/bin/python3
# Builds key.json for blind521 from draft.txt, locating every line by its text
# so that line numbers are exact (1-based). Run: /usr/bin/python3 make_key.py
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def line_of(needle, start=None):
    """1-based line holding needle; must be unique (or start-anchored row)."""
    hits = [i + 1 for i, l in enumerate(lines)
            if (l.startswith(start) if start is not None else True) and needle in l]
    if len(hits) != 1:
        sys.exit('not unique: %r start=%r -> %r' % (needle, start, hits))
    return hits[0]


def row(n, needle):
    """table row n (first cell is the number)."""
    return line_of(needle, start='%d\t' % n)


def e(rule, line, why, **kw):
    d = {'rule': rule, 'line': line}
    d.update(kw)
    d['why'] = why
    if 'text' in d and line:
        assert d['text'] in lines[line - 1], (d['text'], line)
    return d


L_PRE = line_of('根据《国务院关于加强数字政府建设的指导意见》')
L_GOAL = line_of('到2024年底，非涉密政务信息系统全部迁移')
L_PUB = line_of('4.公共服务。')
L_GARB = line_of('深化数据高效共享。')
L_EVAL = line_of('（四）严格考核督办。')

expect = [
    e('basis-mismatch', L_PRE, '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (gazette 2023年第10期); '
      '宁政办发 is the 办公厅 series, so the 文号 does not belong to the title', text='宁政办发〔2023〕17号'),
    e('deadline-later-than-baseline', row(13, '2025年6月底前'),
      'electronic-government extranet extended to villages, full county/township/village coverage: regional task 48 '
      '(城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47, 外网升级改造, also 2024年); 2025年6月 is later',
      text='2025年6月底前'),
    e('deadline-later-than-baseline', L_PUB,
      'county website and service-hall terminals 适老化与信息无障碍改造: regional task 93 完成时限 2024年; 2025年3月 is later',
      text='2025年3月底前'),
    e('deadline-invalid', row(11, '6月31日'),
      'impossible date: June has 30 days (the task itself, regional task 46 / 43, 完成时限 2024年, would otherwise be in time)',
      text='6月31日'),
    e('unknown-unit', row(22, '县政务服务管理局'),
      'no such county body: units.txt has 县审批服务管理局 (= 县审批局), which the draft names correctly elsewhere',
      text='县政务服务管理局'),
    e('garbled-text', L_GARB,
      'UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 建立健全政务数据供需对接机制',
      text='寤虹珛鍋ュ叏鏀垮姟'),
]

m = []
U = 'unknown-unit'
D = 'deadline-later-than-baseline'
I = 'deadline-invalid'
B = 'basis-mismatch'
P = 'missing-pillar'
G = 'garbled-text'

# --- units: the department itself, its sections, collectives, aliases, prefixes
m += [
    e(U, line_of('中心各科室：'), 'addressee line: the department\'s own sections as a collective, not a responsible unit', text='中心各科室'),
    e(U, row(31, '中心各科室'), 'collective of the department\'s own sections (中心综合科, 数据资源科, 平台运维科, 网络安全科)', text='中心各科室'),
    e(U, line_of('县大数据服务中心承担县数字政府建设领导小组办公室日常工作'), 'the department\'s own name, listed in units.txt', text='县大数据服务中心'),
    e(U, line_of('县大数据服务中心承担县数字政府建设领导小组办公室日常工作'), 'the county leading group office, listed in units.txt', text='县数字政府建设领导小组办公室'),
    e(U, row(4, '中心网络安全科、中心综合科'), 'the department\'s own sections, listed in units.txt (first listed leads, per the table note)', text='中心网络安全科'),
    e(U, row(4, '中心综合科'), 'the department\'s own section, listed in units.txt', text='中心综合科'),
    e(U, row(2, '中心数据资源科'), 'the department\'s own section, listed in units.txt', text='中心数据资源科'),
    e(U, row(1, '中心平台运维科'), 'the department\'s own section, listed in units.txt', text='中心平台运维科'),
    e(U, line_of('明确中心数据资源科承担'), 'the department\'s own section named in body text, listed in units.txt', text='中心数据资源科'),
    e(U, line_of('会同县发展改革局、财政局、审计局'), 'prefix 县 distributes: 县财政局, 县审计局 (both in units.txt)', text='财政局'),
    e(U, row(19, '县发展改革局、统计局'), 'prefix 县 distributes: 县统计局 (in units.txt); 县发展改革局 is the official short name of 县发展和改革局', text='统计局'),
    e(U, row(20, '县市场监管局'), 'official short name of 县市场监督管理局 (units.txt alias)', text='县市场监管局'),
    e(U, row(23, '县审批局'), 'short name of 县审批服务管理局 (units.txt alias)', text='县审批局'),
    e(U, row(23, '县工信商务局'), 'short name of 县工业信息化和商务局 (units.txt alias)', text='县工信商务局'),
    e(U, row(1, '县工业园区管委会'), 'short name of 县工业园区管理委员会 (units.txt alias)', text='县工业园区管委会'),
    e(U, row(12, '电信隆德分公司'), 'a unit outside government proper, listed in units.txt (中国电信股份有限公司隆德分公司)', text='电信隆德分公司'),
    e(U, row(24, '固原市生态环境局隆德分局'), 'the city bureau\'s county branch, listed in units.txt', text='固原市生态环境局隆德分局'),
    e(U, row(33, '县政府办公室'), 'short name of 县人民政府办公室 (units.txt alias)', text='县政府办公室'),
    e(U, line_of('强化政务云支撑。按照自治区政府办公厅统一部署'), 'a regional body named as the source of the unified arrangement, not as lead of a local task', text='自治区政府办公厅'),
    e(U, row(2, '各乡镇人民政府'), 'collective subject', text='各乡镇人民政府'),
    e(U, row(7, '县直各部门（单位）'), 'collective subject', text='县直各部门（单位）'),
    e(U, row(6, '县直有关部门'), 'collective subject', text='县直有关部门'),
    e(U, line_of('指导各乡镇、各村（社区）用好上级平台'), 'collective subjects', text='各村（社区）'),
    e(U, line_of('一体化推进县级指挥调度中心建设'), 'a facility being built (regional text: 一体化推进指挥调度中心等建设), not a responsible unit', text='县级指挥调度中心'),
    e(U, row(18, '代县人民政府'), 'the county government whose task the department carries; 县人民政府 is in units.txt', text='县人民政府'),
]

# --- deadlines equal to or earlier than the region's, ongoing, reporting dates
m += [
    e(D, L_GOAL, 'goal 到2024年底 for 信创云 migration / 城域网扩容 / 公共数据开放目录: regional tasks 46, 47, 41 完成时限 2024年 (equal)', text='到2024年底'),
    e(D, L_GOAL, 'equal to the region\'s 主要目标 到2025年 “34567”体系框架全面成型', text='到2025年'),
    e(D, row(1, '2025年取得明显成效'), 'task 3 完成时限 持续推进，2025年取得明显成效 (equal)', text='2025年取得明显成效'),
    e(D, row(2, '2024年底前完成首批数据归集'), 'task 10 完成时限 持续推进，2025年取得明显成效 (earlier)', text='2024年底前'),
    e(D, row(3, '2025年'), 'task 12 完成时限 2025年 (equal)', text='2025年'),
    e(D, row(4, '长期坚持'), 'tasks 14/15 完成时限 2023年: the row records the 2023 completion and keeps it up', text='2023年已建立，长期坚持'),
    e(D, row(5, '长期坚持'), 'task 18 完成时限 2023年形成机制，长期坚持: ongoing exercise, no later milestone', text='长期坚持'),
    e(D, row(6, '2025年取得明显成效'), 'task 28 完成时限 2023年启动，2025年取得明显成效 (equal)', text='2025年取得明显成效'),
    e(D, row(7, '每季度更新'), 'task 30 完成时限 2023年: catalogue compiled in 2023 (line 13); quarterly upkeep is ongoing, no later completion date', text='长期坚持'),
    e(D, row(8, '每季度通报'), 'task 36 完成时限 2023年: ongoing quarterly notification, no later completion date', text='长期坚持'),
    e(D, row(9, '2024年11月底前'), 'task 41 完成时限 2024年 (earlier)', text='2024年11月底前'),
    e(D, row(10, '2024年底前'), 'task 42 完成时限 2024年 (equal)', text='2024年底前'),
    e(D, row(12, '2024年底前'), 'task 47 完成时限 2024年 (equal)', text='2024年底前'),
    e(D, row(14, '2024年12月底前'), 'task 50 完成时限 2024年 (equal)', text='2024年12月底前'),
    e(D, row(15, '2024年11月底前'), 'task 49 完成时限 2025年 (earlier; task 79 雪亮工程 2024年, also in time)', text='2024年11月底前'),
    e(D, row(16, '2025年'), 'task 52 完成时限 2025年 (equal)', text='2025年'),
    e(D, row(17, '2024年底前'), 'task 54 完成时限 2024年 (equal)', text='2024年底前'),
    e(D, row(18, '2024年3月底前'), 'task 64 完成时限 2025年 (earlier)', text='2024年3月底前'),
    e(D, row(19, '2024年底前'), 'task 66 完成时限 2025年 (earlier); task 65 2024年 (equal)', text='2024年底前'),
    e(D, row(20, '2024年底前'), 'task 73 完成时限 2024年 (equal)', text='2024年底前'),
    e(D, row(21, '2024年底前'), 'task 83 完成时限 2025年 (earlier)', text='2024年底前'),
    e(D, row(22, '2024年9月底前'), 'task 86 完成时限 2024年 (earlier); only the row\'s unit is wrong', text='2024年9月底前'),
    e(D, row(23, '2024年底前'), 'task 89 完成时限 2024年 (equal)', text='2024年底前'),
    e(D, row(24, '2024年底前'), 'task 94 完成时限 2024年 (equal)', text='2024年底前'),
    e(D, row(25, '2024年6月30日前'), 'task 104 完成时限 2024年 (earlier)', text='2024年6月30日前'),
    e(D, row(26, '2024年底前'), 'task 105 完成时限 2024年 (equal)', text='2024年底前'),
    e(D, row(27, '2024年底前'), 'task 106 完成时限 2025年 (earlier)', text='2024年底前'),
    e(D, row(28, '2025年'), 'task 107 完成时限 2025年 (equal)', text='2025年'),
    e(D, row(29, '2024年底前'), 'task 112 (and 113) 完成时限 2024年 (equal)', text='2024年底前'),
    e(D, row(30, '2024年底前'), 'task 115 完成时限 2024年 (equal)', text='2024年底前'),
    e(D, row(32, '长期坚持'), 'task 118 完成时限 2023年完成并长期坚持: recurring training, no later milestone', text='长期坚持'),
    e(D, row(33, '2024年2月底前'), 'task 121 完成时限 长期坚持 (annual 工作要点 each year); the 2024 要点 is the yearly instance of task 116\'s 2023年完成并长期坚持', text='2024年2月底前'),
    e(D, L_EVAL, 'the department\'s own reporting date for its annual summary, not a task deadline', text='2025年1月10日前'),
    e(D, L_EVAL, 'the department\'s own half-year reporting date', text='2024年7月5日前'),
]

# --- invalid-looking dates that are fine
m += [
    e(I, row(4, '2023年已建立'), 'a past completion copied from the regional deadline (tasks 14/15, 2023年), not a new deadline before the plan year', text='2023年'),
    e(I, line_of('2023年6月底前完成县级政务数据资源目录编制'), 'retrospective: past date in the 2023 review', text='2023年6月底前'),
    e(I, line_of('2023年底前完成首批27个非涉密政务信息系统'), 'retrospective: past date in the 2023 review', text='2023年底前'),
    e(I, line_of('2020年以来'), 'retrospective: background date', text='2020年以来'),
    e(I, row(25, '2024年6月30日前'), 'a valid date (June has 30 days)', text='6月30日'),
    e(I, line_of('2024年1月26日'), 'the document\'s own issue date', text='2024年1月26日'),
]

# --- citations that are right
m += [
    e(B, L_PRE, 'correct title and 文号 of the national guiding opinion', text='国发〔2022〕14号'),
    e(B, L_PRE, '《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan too', text='宁政办发〔2023〕11号'),
    e(B, line_of('2020年以来'), 'retrospective mention of the 2020 工作要点 (what the county did since 2020), not cited as the current basis', text='宁政办发〔2020〕14号'),
    e(B, line_of('隆大数发〔2024〕3号'), 'the document\'s own 文号', text='隆大数发〔2024〕3号'),
    e(B, line_of('修订《隆德县政务数据共享管理办法》'), 'a local rule the department will revise, not a basis document', text='隆德县政务数据共享管理办法'),
    e(B, row(33, '隆德县2024年数字政府建设工作要点'), 'a document the department will draft for the county government, not a basis document', text='隆德县2024年数字政府建设工作要点'),
]

# --- pillars covered by content under other names
m += [
    {'rule': P, 'line': 0, 'pillar': '五个一', 'why': 'covered by 三（三）健全工作体系 (line %d): leading group, its office, 科室+数据专员, 六级贯通' % line_of('县大数据服务中心承担县数字政府建设领导小组办公室日常工作')},
    {'rule': P, 'line': 0, 'pillar': '财政投入', 'why': 'covered by 四（二）强化资金保障 (line %d)' % line_of('（二）强化资金保障。')},
    {'rule': P, 'line': 0, 'pillar': '数字生态', 'why': 'covered by 三（一）3 营造良好数字生态 (line %d)' % line_of('3.营造良好数字生态。')},
    {'rule': P, 'line': 0, 'pillar': '政务公开', 'why': 'covered by 三（四）7 政务公开 (line %d) and table row 29' % line_of('7.政务公开。')},
]

# --- not garbled
m += [
    e(G, L_GOAL, 'quoted framework name, not damage', text='“34567”'),
    e(G, L_PRE, 'quoted plan name with ASCII, not damage', text='“1244+N”'),
]

covers_spec = [
    (2, line_of('1.服务数字经济发展。')), (3, row(1, '智慧园区')), (5, line_of('1.服务数字经济发展。')),
    (6, line_of('2.支撑数字社会建设。')), (10, row(2, '数字乡村')), (11, line_of('2.支撑数字社会建设。')),
    (12, row(3, '数据要素')), (14, row(4, '主体责任')), (15, line_of('强化安全管理责任。')),
    (17, line_of('落实安全制度要求。')), (18, row(5, '应急演练')), (24, line_of('2.完善制度规则。')),
    (25, line_of('2.完善制度规则。')), (28, row(6, '试点示范')), (30, row(7, '目录')),
    (32, line_of('完善数据管理机制。')), (36, row(8, '供需对接')), (41, row(9, '开放目录')),
    (42, row(10, '融合应用')), (46, row(11, '信创云')), (47, row(12, '城域网')), (48, row(13, '三级全覆盖')),
    (49, row(15, '视频共享平台')), (50, row(14, '专网')), (51, line_of('加强共性应用支撑。')),
    (52, row(16, '证照')), (54, row(17, '电子文件归档')), (64, row(18, '组织机构')),
    (66, row(19, '经济运行大数据平台')), (73, row(20, '监管数据')), (79, line_of('3.社会管理。')),
    (83, row(21, '基层管理服务平台')), (85, L_PUB), (86, row(22, '我的宁夏')), (89, row(23, '企业专属网页')),
    (93, L_PUB), (94, row(24, '生态环境')), (104, row(25, '协同办公平台')), (105, row(26, '宁政通')),
    (106, row(27, '填表报数')), (107, row(28, '视频会议')), (112, row(29, '政务公开')),
    (114, line_of('7.政务公开。')), (115, row(30, '政民互动')), (116, row(31, '一把手工程')),
    (118, row(32, '培训')), (121, row(33, '工作要点')), (124, row(34, '督促检查')),
]
covers = [{'task': t, 'line': l} for t, l in covers_spec]

key = {
    'writer': 'blind writer, round 521; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': m,
    'covers': covers,
    'notes': ('A department\'s own annual plan (隆德县大数据服务中心, 固原市), basis the region\'s 实施意见 only, no parent plan. '
              'Every task is the department\'s own (责任科室 = its sections, listed in units.txt); county bodies appear only as '
              '配合单位; rows 18 and 33 are tasks carried for the county government. Table note: first-listed section leads. '
              'No task-uncovered is planted: as a single department\'s plan it leaves out many county tasks (e.g. 9, 87, 92, 123) '
              'by scope, so task-uncovered information on those is neither expected nor a false alarm.'),
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(m), 'covers', len(covers))
