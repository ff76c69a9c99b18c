# Helper kept by the writer: builds key.json, finding every line number in the final draft.txt
# (1-based) from a unique substring, so the key cannot drift from the draft.
import json, os, re

here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def find(sub, start=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (sub, start, hits)
    return hits[0]


def prose(n):
    return find('', start='%d．' % n)


def row(n):
    return find('', start='%d\t' % n)


# measure number -> (tasks, regional 完成时限 as printed in the seed task list, prose date, table date, relation)
M = {
    1: ([64], '2025年', '2024年6月31日前', '2024年6月底前', 'earlier'),
    2: ([64], '2025年', '2024年9月底前', '2024年9月底前', 'earlier'),
    3: ([64], '2025年', '2024年8月底前', '2024年8月底前', 'earlier'),
    4: ([64], '2025年', '2024年6月底前', '2024年6月底前', 'earlier'),
    5: ([3], '持续推进，2025 年取得明显成效', '持续推进，2025年底前取得明显成效', '持续推进，2025年底前取得明显成效', 'equal'),
    6: ([5], '持续推进，2025 年取得明显成效', '持续推进，2025年取得明显成效', '持续推进，2025年取得明显成效', 'equal'),
    7: ([6], '持续推进，2025 年取得明显成效', '持续推进，2025年取得明显成效', '持续推进，2025年取得明显成效', 'equal'),
    8: ([7], '2023年形成试点经验，2025年取得明显成效', '2025年取得明显成效', '2024年8月底前全覆盖，2025年取得明显成效', 'equal'),
    9: ([8], '持续推进，2025年取得明显成效', '2025年底前取得明显成效', '2025年底前取得明显成效', 'equal'),
    10: ([9], '持续推进，2025年取得明显成效', '2025年底前取得明显成效', '2025年底前取得明显成效', 'equal'),
    11: ([10], '持续推进，2025年取得明显成效', '2025年底前取得明显成效', '2025年底前取得明显成效', 'equal'),
    12: ([11], '2023年完成主要建设任务，2025年取得明显成效', '持续推进，2025年取得明显成效', '持续推进，2025年取得明显成效', 'equal'),
    13: ([12], '2025年', '2025年底前', '2025年底前', 'equal'),
    14: ([13], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    15: ([], 'no task of its own (body text 健全网络综合治理体系); nearest task 5 is 持续推进，2025 年取得明显成效', '2024年10月底前', '2024年10月底前', 'earlier'),
    16: ([16], '2024年', '2024年11月底前', '2024年11月底前', 'earlier'),
    17: ([18], '2023年形成机制, 长期坚持', '在2023年形成机制的基础上长期坚持', '2023年形成机制，长期坚持', 'equal'),
    18: ([19], '2023年启动, 2024年建成', '2024年12月底前', '2024年12月底前', 'equal'),
    19: ([20], '2024年', '2024年9月底前', '2024年9月底前', 'earlier'),
    20: ([21], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    21: ([23], '2024年', '2024年10月底前', '2024年10月底前', 'earlier'),
    22: ([26], '2024年', '2024年11月底前', '2024年11月底前', 'earlier'),
    23: ([28], '2023年启动，2025年取得明显成效', '2024年确定首批试点单位，2025年取得明显成效', '2024年确定试点，2025年取得明显成效', 'equal'),
    24: ([33], '2024年', '2024年10月底前', '2024年10月底前', 'earlier'),
    25: ([34], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    26: ([40, 54], '2024年 (both)', '2024年12月底前', '2024年12月底前', 'equal'),
    27: ([41], '2024年', '2024年11月底前', '2024年11月底前', 'earlier'),
    28: ([42], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    29: ([43], '2024 年建成，持续推进', '2024年11月底前', '2024年11月底前', 'earlier'),
    30: ([47], '2024 年', '2024年8月底前', '2024年8月底前', 'earlier'),
    31: ([48], '2024 年', '2024年12月底前', '2025年12月底前', 'equal'),
    32: ([50], '2024 年', '2024年12月底前', '2024年12月底前', 'equal'),
    33: ([49], '2025 年', '2025年6月底前', '2025年6月底前', 'earlier'),
    34: ([52], '2025年', '2025年底前', '2025年底前', 'equal'),
    35: ([55, 56], '2024年 (task 55) and 2025年 (task 56)', '2025年底前', '2024年12月底前；2025年底前', 'equal'),
    36: ([57], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    37: ([58], '2024年', '2024年10月底前', '2024年10月底前', 'earlier'),
    38: ([65], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    39: ([66], '2025年', '2025年6月底前', '2025年6月底前', 'earlier'),
    40: ([69, 70], '2024年 (both)', '2024年10月底前', '2024年10月底前', 'earlier'),
    41: ([71], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    42: ([73, 74], '2024年 (both)', '2024年12月底前', '2024年12月底前', 'equal'),
    43: ([77], '2024年', '2024年9月底前', '2024年9月底前', 'earlier'),
    44: ([79], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    45: ([80], '2024年', '2024年11月底前', '2024年11月底前', 'earlier'),
    46: ([83], '2025年', '2025年底前', '2025年底前', 'equal'),
    47: ([84], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    48: ([86], '2024年', '2024年9月底前', '2024年9月底前', 'earlier'),
    49: ([87], '2023年启动，2025年完成', '2025年底前', '2025年底前', 'equal'),
    50: ([88, 89], '2024年 (both)', '2024年12月底前', '2024年12月底前', 'equal'),
    51: ([90], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    52: ([92], '2025年', '2025年底前', '2025年底前', 'equal'),
    53: ([93], '2024年', '2024年底前启动…2025年3月底前全面完成', '2024年底前启动，2025年3月底前完成', 'LATE'),
    54: ([94], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    55: ([96], '2025年', '2025年底前', '2025年底前', 'equal'),
    56: ([97, 98], '2024年 (both)', '2024年12月底前', '2024年12月底前', 'equal'),
    57: ([102], '2025年', '2025年底前', '2025年底前', 'equal'),
    58: ([103], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    59: ([104, 105], '2024年 (both)', '2024年6月底前', '2024年6月底前', 'earlier'),
    60: ([106], '2025年', '2025年6月底前', '2025年6月底前', 'earlier'),
    61: ([107], '2025年', '2025年底前', '2025年底前', 'equal'),
    62: ([110], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    63: ([111], '2025年', '2025年底前', '2025年底前', 'equal'),
    64: ([112], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    65: ([113], '2024年', '2024年10月底前', '2024年10月底前', 'earlier'),
    66: ([114], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    67: ([115], '2024年', '2024年12月底前', '2024年12月底前', 'equal'),
    68: ([116, 121], '2023年完成并长期坚持 (task 116); 长期坚持 (task 121)', '长期坚持', '长期坚持', 'ongoing'),
    69: ([118], '2023年完成并长期坚持', '长期坚持', '长期坚持', 'ongoing'),
    70: ([120], '2025年 (the neighbouring talent task 117 is 2024年)', '2024年12月底前', '2024年12月底前', 'earlier'),
    71: ([122, 123], '2023 年完成，长期坚持 (both)', '长期坚持', '长期坚持', 'ongoing'),
    72: ([124], '2023 年形成机制，长期坚持', '长期坚持', '长期坚持', 'ongoing'),
}

expect = []
mnf = []
covers = []


def tasks_txt(ts):
    return ', '.join(str(t) for t in ts) if ts else 'none'


# ---- planted mistakes -------------------------------------------------------------------------
L20 = prose(1)
expect.append({'rule': 'deadline-invalid', 'line': L20, 'text': '6月31日',
               'why': 'impossible date 2024年6月31日 (June has 30 days); the annex row 1 gives 2024年6月底前. Task 64 (各市、县（区）成立相应的组织机构) is due 2025年, so the date is otherwise early enough'})
expect.append({'rule': 'deadline-later-than-baseline', 'line': row(31), 'text': '2025年12月底',
               'why': 'annex row 31 disagrees with its own prose (measure 31, line %d: 2024年12月底前) and with the 2024 goal (line %d); it restates task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024 年' % (prose(31), find('到2024年底'))})
expect.append({'rule': 'deadline-later-than-baseline', 'line': prose(53), 'text': '2025年3月底',
               'why': 'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; the completing milestone 2025年3月底前 is later'})
expect.append({'rule': 'deadline-later-than-baseline', 'line': row(53), 'text': '2025年3月底',
               'why': 'annex row 53 restates measure 53 with the same late completion date; task 93, 完成时限 2024年'})
expect.append({'rule': 'unknown-unit', 'line': prose(59), 'text': '区信息办',
               'why': 'stale name, not in units.txt (the body is now 区大数据服务中心, as annex row 59 says); named mid-sentence as a 配合 body'})
expect.append({'rule': 'basis-mismatch', 'line': find('加快推进数字政府建设的实施意见'), 'text': '关于加快推进数字政府建设的实施意见',
               'why': 'wrong title for 宁政发〔2023〕17号, which is 《自治区人民政府关于加强数字政府建设的实施意见》 (cited correctly in the preamble, line %d)' % find('根据《国务院关于加强数字政府建设的指导意见》')})

# ---- near misses: deadlines of every measure, prose and table alike ----------------------------
for n, (ts, reg, pd, td, rel) in M.items():
    p, r = prose(n), row(n)
    for t in ts:
        if t not in [c['task'] for c in covers]:
            covers.append({'task': t, 'line': p})
    base = 'task %s, 完成时限 %s' % (tasks_txt(ts), reg)
    if rel == 'LATE':
        continue
    if n == 1:
        mnf.append({'rule': 'deadline-later-than-baseline', 'line': p,
                    'why': 'measure 1 is the local counterpart of task 64 (各地各部门参照自治区做法，成立相应的组织机构), 完成时限 2025年; 2024年6月 is earlier (the date itself is impossible, see expect). Task 60 (充实自治区领导小组成员, 2023年) is the 自治区本级 group, not this one'})
        mnf.append({'rule': 'deadline-later-than-baseline', 'line': r, 'text': td,
                    'why': 'annex row 1, same task as its prose: %s; 2024年6月底前 is earlier. Task 60 (2023年) is the 自治区本级 领导小组, not the district one' % base})
        continue
    if n == 31:
        mnf.append({'rule': 'deadline-later-than-baseline', 'line': p, 'text': '2024年12月底前',
                    'why': 'prose of measure 31: %s; equal (only its annex row is late)' % base})
        continue
    word = {'equal': 'equal to the regional deadline', 'earlier': 'earlier than the regional deadline',
            'ongoing': 'ongoing like the regional task; the regional 2023 milestone is already past and the district keeps it up'}[rel]
    extra = ''
    if n == 21:
        extra = ' (this is the 数字资源 一本账 of task 23, not the 政务数据 一本账 of task 30)'
    if n == 34:
        extra = ' (社会化高频场景 of task 52, not the 政务服务领域 普及 of task 85)'
    if n == 17:
        extra = ' (the 2023 year is the regional milestone restated, not a new deadline)'
    mnf.append({'rule': 'deadline-later-than-baseline', 'line': p, 'text': pd,
                'why': 'prose of measure %d: %s; %s%s' % (n, base, word, extra)})
    mnf.append({'rule': 'deadline-later-than-baseline', 'line': r, 'text': td,
                'why': 'annex row %d restates its prose with the same date: %s; %s%s' % (n, base, word, extra)})

# ---- other near misses ------------------------------------------------------------------------
def add(rule, line, why, text=None):
    e = {'rule': rule, 'line': line}
    if text:
        e['text'] = text
    e['why'] = why
    mnf.append(e)

Lg24, Lg25, Lg35 = find('到2024年底'), find('到2025年，我区'), find('到2035年')
add('deadline-later-than-baseline', Lg24, 'local 2024 goal: 三级全覆盖 matches task 48 (2024 年), 公共数据开放目录 task 41 (2024年), 掌上办 task 86 (2024年); all equal', '到2024年底')
add('deadline-later-than-baseline', Lg25, 'equal to the regional goal 到2025年…“34567”体系框架全面成型', '到2025年')
add('deadline-later-than-baseline', Lg35, 'equal to the regional goal 到2035年…数字政府全面建成', '到2035年')
Lbg = find('（一）发展基础')
add('deadline-invalid', Lbg, 'background: past years 2020年以来 / 2023年 / 截至2023年底 describe what was done, they are not deadlines', '截至2023年底')
add('deadline-later-than-baseline', Lbg, 'background facts, not deadlines')
add('deadline-invalid', prose(17), 'restates the regional milestone of task 18 (2023年形成机制，长期坚持) as the basis of an ongoing duty; not a new deadline', '2023年形成机制')
add('deadline-invalid', row(17), 'a copied regional deadline (task 18: 2023年形成机制，长期坚持) that lies before the plan\'s year', '2023年形成机制，长期坚持')
Lorg = find('各责任单位于每季度最后一个月25日前')
add('deadline-invalid', Lorg, 'the office\'s own reporting dates (quarterly, 2024年12月20日), all valid', '2024年12月20日')
add('deadline-later-than-baseline', Lorg, 'the office\'s own reporting and final-evaluation dates (2026年1月底前 总结评估 of the whole plan), not a task deadline', '2026年1月底前')
add('deadline-invalid', find('2024年3月26日'), 'the issue date of the document', '2024年3月26日')
add('deadline-later-than-baseline', find('附件：原州区数字政府建设重点任务清单'), 'the attachment title\'s period 2024—2025年 is a span, not a deadline', '2024—2025年')

# basis
add('basis-mismatch', find('原政发〔2024〕9号'), 'the document\'s own 文号, not a basis citation', '原政发〔2024〕9号')
L9 = find('根据《国务院关于加强数字政府建设的指导意见》')
add('basis-mismatch', L9, 'both basis documents cited with correct titles and 文号 (国发〔2022〕14号, 宁政发〔2023〕17号)', '宁政发〔2023〕17号')
add('basis-mismatch', L9, 'the city plan cited by title alone (a city plan may have no 文号), in the documented form 固原市人民政府《关于加强数字政府建设的实施方案》', '《关于加强数字政府建设的实施方案》')
add('basis-mismatch', Lbg, 'retrospective mention of the 2020 工作要点 (宁政办发〔2020〕14号) with its correct title, in the background, not as a basis', '宁政办发〔2020〕14号')

# units
U = [
    (3, '各乡镇人民政府、街道办事处', 'collective addressees'),
    (3, '区直各部门（单位）', 'collective addressees'),
    (find('固原市原州区人民政府'), '固原市原州区人民政府', 'issuing authority; full name listed in units.txt'),
    (L9, '固原市人民政府', 'issuer of a cited document, not a responsible unit'),
    (prose(2), '各街道办事处', 'collective, named mid-sentence as 配合'),
    (prose(5), '彭堡镇', '彭堡镇、头营镇 are registered short names of the two town governments'),
    (prose(6), '固原市公安局原州分局', 'one registered name; not to be split into 固原市公安局 + 原州分局'),
    (prose(7), '区卫健局', 'registered alias of 区卫生健康局; three bodies 按职责分别牵头'),
    (prose(7), '区人社局', 'registered alias'),
    (prose(10), '区住建局', 'registered alias'),
    (prose(10), '固原市', '配合固原市推进: the city leads task 9 (各地级市牵头), a higher level, not a district responsible unit'),
    (prose(49), '固原市', '配合固原市推进12345 reform: the city is 具体负责 for task 87 (各地级市), a higher level, not a district responsible unit'),
    (prose(52), '固原市', '配合固原市: the city leads task 92 (各地级市牵头), a higher level, not a district responsible unit'),
    (prose(11), '区供销社', 'registered alias of 区供销合作社联合社'),
    (prose(13), '区发改局', 'registered alias'),
    (prose(14), '区市场监管局', 'registered alias'),
    (prose(16), '自治区党委国安办', 'regional body named as the source of the 部署 (it leads regional task 16); the district task is led by 区委网信办'),
    (prose(19), '承担数字化发展职能的区直有关部门（单位）', 'collective subject'),
    (prose(21), '财政局', '区 prefix distributes: 区发展和改革局、财政局 = 区财政局'),
    (prose(25), '人力资源和社会保障局', '区 prefix distributes: 区卫生健康局、人力资源和社会保障局、应急管理局'),
    (prose(25), '应急管理局', '区 prefix distributes'),
    (prose(28), '国网固原供电公司', 'unit outside government, registered (short name)'),
    (prose(28), '中国电信固原分公司', 'unit outside government, registered (short name)'),
    (prose(36), '原州区税务局', 'registered short name of 国家税务总局固原市原州区税务局'),
    (row(36), '国家税务总局固原市原州区税务局', 'registered name, not to be split'),
    (prose(37), '固原市自然资源局原州分局', 'one registered name, not to be split'),
    (prose(42), '承担监管职责的区直有关部门（单位）', 'collective subject'),
    (prose(46), '各村（社区）', 'collective'),
    (prose(46), '各乡镇人民政府', 'collective, 具体负责'),
    (prose(48), '区审批局', 'registered alias'),
    (prose(51), '区文旅局', 'registered alias'),
    (prose(52), '区医保局', 'registered alias'),
    (prose(53), '区残疾人联合会', 'registered (people\'s organisation)'),
    (prose(54), '固原市生态环境局原州分局', 'one registered name, not to be split'),
    (prose(58), '区大数据中心', 'registered alias of 区大数据服务中心'),
    (prose(68), '区直各部门（单位）', 'collective subject as the responsible body'),
    (prose(69), '区委党校', 'registered'),
    (prose(72), '区政府督查室', 'registered alias'),
    (Lorg, '区数字政府建设领导小组办公室', 'registered; glossed in brackets as 区大数据服务中心'),
    (row(41), '—', 'empty 配合单位 cell'),
    (row(42), '承担监管职责的区直有关部门（单位）', 'collective lead in a table row'),
    (row(46), '各村（社区）', 'collective'),
    (row(68), '各乡镇（街道）', 'collective lead in a table row'),
    (row(59), '区大数据服务中心', 'the table row names the right body where its prose has the stale 区信息办'),
]
for line, text, why in U:
    add('unknown-unit', line, why, text)

key = {
    'writer': 'blind writer, round 635; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': ('原州区 (固原市) 2024 实施方案, issued 2024-03-26: 72 numbered prose measures, each naming 牵头/配合 bodies mid-sentence '
              'and a date, restated row for row in the annex table (row N = measure N). Five planted mistakes: an impossible date (6月31日) '
              'in prose, one annex row later than its prose and the region (row 31), one measure late in prose and table alike (53, '
              'two expect entries), a stale unit name in prose only (区信息办), and a wrong title for 宁政发〔2023〕17号 in the annex note. '
              'No parent plan; the 固原市 plan is cited by title alone. No pillar is missing and no task is deliberately left out; '
              'task-uncovered is not annotated beyond covers. Measures 68, 69, 71, 72 say 长期坚持 where the region has 2023年完成/形成机制 plus 长期坚持.'),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers), 'lines', len(lines))
