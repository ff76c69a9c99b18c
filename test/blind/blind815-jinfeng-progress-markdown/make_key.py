#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is looked up from an anchor string, 1-based.
import json, sys
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l and (text is None or text in l)]
    if len(hits) != 1:
        sys.exit('anchor %r / %r: %r' % (anchor, text, hits))
    return hits[0]

def row(n):
    return ln('| %d | ' % n)

def E(rule, anchor, text=None, why='', line=None, **kw):
    d = {'rule': rule, 'line': line if line is not None else ln(anchor, text)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    E('basis-mismatch', '国发〔2022〕14号', '宁政发〔2023〕7号',
      '自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号 (2023-05-16); 7号 is a dropped digit'),
    dict(rule='deadline-later-than-baseline', line=row(45), text='2025年6月',
         why='row 45 (适老化与信息无障碍建设) takes up task 93, 完成时限 2024年; planned 2025年6月 is later'),
    E('deadline-invalid', '筑牢数字政府安全防线', '2023年10月',
      why='next-step deadline (future work) dated 2023年10月底前 in a report of 2024-07-12: before the year the document is issued; typo for 2024'),
    dict(rule='unknown-unit', line=row(30), text='区信息中心',
         why='not in units.txt (the unit is 区大数据服务中心); an old name, named as the lead'),
    dict(rule='garbled-text', line=row(50), text='鍏ㄥ尯缁熶竴鍗忓悓',
         why='UTF-8 read as GBK: 鍏ㄥ尯缁熶竴鍗忓悓鍔炲叕骞冲彴 = 全区统一协同办公平台'),
    dict(rule='missing-pillar', line=0, pillar='政务公开',
         why='the report has no 政务公开 content at all (no 政务公开 platform, 政务新媒体, 政策文件库 or 政民互动 row), though line 5 claims the 七种能力'),
    dict(rule='task-uncovered', line=0, task=112,
         why='consequence of the missing 政务公开 pillar; task 112 is 各市、县（区）分别负责'),
    dict(rule='task-uncovered', line=0, task=114,
         why='consequence of the missing 政务公开 pillar; task 114 is 各市、县（区）分别负责'),
]

M = []
def N(rule, line, why, text=None, pillar=None):
    d = {'rule': rule, 'line': line}
    if text is not None:
        d['text'] = text
    if pillar is not None:
        d['pillar'] = pillar
    d['why'] = why
    M.append(d)

p = ln('国发〔2022〕14号')
N('basis-mismatch', p, 'correct national basis: title and 文号 match', '国发〔2022〕14号')
N('basis-mismatch', p, 'the city plan cited by title alone, as city plans often have no 文号; no parent plan is loaded', '《银川市关于加强数字政府建设的实施方案》')
N('basis-mismatch', p, 'the district\'s own plan that this report is about, not a higher-level basis', '银金政发〔2023〕58号')
r10 = ln('宁政办发〔2020〕14号')
N('basis-mismatch', r10, 'retrospective mention of the 2020 工作要点 (what was built since 2020), not cited as the basis; title and 文号 are correct', '宁政办发〔2020〕14号')
N('deadline-invalid', p, 'background: the date the district plan was issued (past), not a deadline', '2023年12月')
N('deadline-invalid', r10, 'background: work begun in 2020, retrospective', '2020年')
N('deadline-invalid', ln('截至2024年6月30日'), 'reporting cut-off date of the report itself', '2024年6月30日')
N('deadline-invalid', ln('2024年7月12日'), 'the report\'s own date', '2024年7月12日')
N('deadline-invalid', row(11), 'planned date 2023年12月 is the plan\'s own deadline (plan issued 2023-12), equal to task 14 (2023年) and reported as met; a past planned date in a progress report is not an invalid deadline', '2023年12月')
N('deadline-invalid', row(13), 'completion date of work already done (2023年11月), not a deadline', '2023年11月')
N('deadline-invalid', row(35), 'completion date of work already done (2023年10月); planned 2023年12月 equals task 68 (2023年)', '2023年10月')
N('deadline-later-than-baseline', row(12), 'completion date 2024年1月 records when the 预案 was issued; the planned date 2023年12月 equals task 15 (2023年); a date done is not a deadline', '2024年1月')
N('deadline-later-than-baseline', row(14), 'date of a drill already held (2024年5月); task 18 is 2023年形成机制，长期坚持 and the planned date copies it', '2024年5月')
N('deadline-later-than-baseline', row(55), 'the 2024 annual 工作要点 issued in February 2024 is the recurring part of task 116 (2023年完成并长期坚持); planned date equals the regional one', '2024年工作要点')
N('deadline-later-than-baseline', ln('（四）保障措施有效落实'), '2024年度 names the assessment year of the 效能目标管理考核 (tasks 122/123: 2023年完成，长期坚持), and 2024年区级预算 the budget year (task 25: 2023年); not deadlines', '2024年度')
N('deadline-later-than-baseline', row(57), '2024年度考核方案 is the assessment year; planned 2023年完成，长期坚持 equals tasks 122/123', '2024年度')
N('deadline-later-than-baseline', row(19), '2024年区级预算 is the budget year; planned 2023年12月 equals task 25 (2023年)', '2024年区级预算')
N('deadline-later-than-baseline', row(15), 'equal to task 19 (2023年启动，2024年建成)', '2023年启动，2024年建成')
N('deadline-later-than-baseline', row(3), 'equal to task 3 (持续推进，2025年取得明显成效)', '持续推进，2025年取得明显成效')
N('deadline-later-than-baseline', row(7), 'equal to task 9 (持续推进，2025年取得明显成效)', '2025年')
N('deadline-later-than-baseline', row(9), 'equal to task 12 (2025年)', '2025年')
N('deadline-later-than-baseline', row(1), 'earlier than task 64 (2025年)', '2024年3月')
N('deadline-later-than-baseline', row(28), 'earlier than task 48 (2024年)', '2024年10月')
N('deadline-later-than-baseline', row(31), 'earlier than task 49 (2025年); same text as the planted row 45 but a 2025 task', '2025年6月')
N('deadline-later-than-baseline', row(52), 'earlier than task 106 (2025年)', '2025年6月')
N('deadline-later-than-baseline', row(53), 'earlier than task 107 (2025年)', '2024年12月')
N('deadline-later-than-baseline', row(33), 'earlier than task 56 (2025年)', '2024年12月')
N('deadline-later-than-baseline', row(42), 'equal to task 85 (2023年)', '2023年12月')
N('deadline-later-than-baseline', row(56), 'equal to task 118 (2023年完成并长期坚持)', '2023年完成并长期坚持')
N('deadline-later-than-baseline', row(58), 'equal to task 124 (2023年形成机制，长期坚持)', '2023年形成机制，长期坚持')
N('deadline-later-than-baseline', row(10), 'network-governance work from the regional 数字生态 text, which has no numbered deadline; 长期坚持 is ongoing', '长期坚持')
n1 = ln('加快基础设施补短板')
N('deadline-later-than-baseline', n1, '2024年12月底前 equals tasks 19 (2023年启动，2024年建成) and 50 (2024年); 2024年10月底前 is earlier than task 48 (2024年)', '2024年12月底前')
n3 = ln('深化履职应用场景建设')
N('deadline-later-than-baseline', n3, '2024年11月底前 / 2024年12月底前 are no later than tasks 79 and 77 (2024年); 2025年6月底前 is earlier than task 106 (2025年)', '2025年6月底前')
n5 = ln('强化督促落实')
N('deadline-later-than-baseline', n5, 'the office\'s own reporting dates (每月25日前, 每季度末, 年度总结 2024年12月底前), not task deadlines', '每月25日前')
N('deadline-later-than-baseline', n5, '力争到2025年 …体系框架全面成型 equals the region\'s 主要目标 (到2025年 “34567”体系框架全面成型)', '力争到2025年')
N('unknown-unit', row(1), 'alias of 区人民政府办公室 in units.txt', '区政府办')
N('unknown-unit', row(1), 'collective subject', '区直各部门')
N('unknown-unit', row(2), 'collective subject (variant of 各乡镇（街道）)', '各街道（镇）')
N('unknown-unit', row(2), 'collective subject (variant of 各村（社区）)', '各社区（村）')
N('unknown-unit', row(35), 'collective subject (like 市直有关部门)', '区直有关部门')
N('unknown-unit', row(3), 'in units.txt (区属园区), canonical name without the 区 prefix', '金凤工业集中区管委会')
N('unknown-unit', row(3), 'alias of 区工业和信息化局', '区工信局')
N('unknown-unit', row(5), 'in units.txt; alias 银川市公安局金凤区分局', '金凤公安分局')
N('unknown-unit', row(6), 'three units each 分别牵头; 区卫健局 is an alias of 区卫生健康局', '区民政局分别牵头')
N('unknown-unit', row(7), 'alias of 区城市管理和综合执法局', '区城管局')
N('unknown-unit', row(8), 'alias of 区农业农村和水务局', '区农业农村水务局')
N('unknown-unit', row(18), 'the 区 prefix distributes: 区财政局, 区审计局, both in units.txt', '财政局、审计局')
N('unknown-unit', row(45), 'alias of 区残疾人联合会', '区残联')
N('unknown-unit', row(47), 'in units.txt; alias 银川市生态环境局金凤分局', '金凤生态环境分局')
N('unknown-unit', row(55), 'aliases of 区委办公室 and 区人民政府办公室', '区委办、区政府办')
N('unknown-unit', row(29), 'an empty cooperating-unit cell marked with a dash, not a unit', '—')
N('unknown-unit', r10, 'a regional body mentioned as the one the district assisted, not as the lead of a local task', '自治区政府办公厅')
N('unknown-unit', ln('区委、区政府：'), 'addressee; aliases in units.txt', '区委、区政府')
N('garbled-text', row(29), 'IPv6 is ordinary Latin text, not damage', 'IPv6')
N('missing-pillar', 0, pillar='数字生态', why='数字生态 is taken up by content (rows 9 and 10: 数据要素市场, 数据交易, 网络生态) under the 三个驱动 heading')
N('missing-pillar', 0, pillar='五个一和六级贯通', why='五个一/六级贯通 (work system) is taken up as 一套体系: rows 1–2 and line 9 (领导小组, 区/街道/社区 职责, 数据专员)')
N('missing-pillar', 0, pillar='财政投入', why='财政投入 is taken up by row 19 and the summary (2024年区级预算安排数字政府建设经费)')

covers = []
def C(task, r):
    covers.append({'task': task, 'line': row(r)})
for t, r in [(64,1),(3,3),(2,4),(5,5),(6,6),(9,7),(10,8),(12,9),(14,11),(15,12),(17,13),(18,14),(19,15),
             (21,16),(23,17),(24,18),(25,19),(28,20),(30,21),(32,22),(36,23),(34,24),(42,25),(41,26),(40,27),(54,27),
             (48,28),(47,29),(50,30),(49,31),(53,32),(56,33),(65,34),(66,34),(68,35),(70,36),(71,37),(77,38),(79,39),
             (80,40),(83,41),(85,42),(86,43),(89,44),(93,45),(90,46),(94,47),(96,48),(102,49),(104,50),(105,51),
             (106,52),(107,53),(111,54),(116,55),(118,56),(123,57),(124,58)]:
    C(t, r)

key = {
    'writer': 'blind writer, round 815; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('金凤区 (银川市) mid-year 2024 进展情况报告 on its own 实施方案 (issued 2023-12): summary, a Markdown task table '
              '(牵头/配合单位, 计划完成时限, 进展情况, 完成时间), problems, next steps. planYear is the report year 2024. '
              'Planned dates of 2023 in the table are the plan\'s own deadlines and completion dates are dates of work already done: '
              'neither is an invalid or late deadline. The only pre-2024 date that is wrong is the next-step deadline on the 筑牢数字政府安全防线 line. '
              'No parent plan is loaded (brief: parent none), so the 银川 plan is cited by title only. '
              'Other tasks meant for counties that the report leaves out (e.g. 113, 115, 87) are not annotated; task-uncovered is information only.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
