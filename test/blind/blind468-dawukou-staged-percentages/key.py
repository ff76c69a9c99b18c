#!/usr/bin/python3
# Writes key.json for blind case 468 from draft.txt; every line number is found by
# searching the final draft, and every regional deadline is read from the seed task list.
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = '/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt'
sys.path.insert(0, HERE)
import make  # noqa: E402

draft = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if draft[-1] == '':
    draft = draft[:-1]

# regional deadlines from the seed
region = {}
for ln in open(SEED, encoding='utf-8'):
    cells = ln.rstrip('\n').split('\t')
    if len(cells) == 4:
        m = re.match(r'\s*(\d+)\s*[\.．]', cells[1])
        if m:
            region[int(m.group(1))] = cells[3].strip()
assert sorted(region) == list(range(1, 125)), len(region)


def line_of(s, nth=1):
    hits = [i + 1 for i, l in enumerate(draft) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]


def only_line(s):
    hits = [i + 1 for i, l in enumerate(draft) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]


# table rows: line, local number, regional task
rows = {}
for i, l in enumerate(draft):
    c = l.split('\t')
    if len(c) == 4:
        m = re.match(r'(\d+)．', c[1])
        if m:
            rows[int(m.group(1))] = (i + 1, c)
assert len(rows) == len(make.ROWS)
task_of = {n: make.ROWS[n - 1][4] for n in rows}


def row(n):
    return rows[n][0]


def sched(n):
    return rows[n][1][3]


def rt(n):
    t = task_of[n]
    return 'task %d (完成时限 %s)' % (t, region[t])


# units registry check
units = set()
for l in open(os.path.join(HERE, 'units.txt'), encoding='utf-8'):
    l = l.strip()
    if not l or l.startswith('#'):
        continue
    name, _, al = l.partition('=')
    units.add(name.strip())
    for a in al.split(','):
        if a.strip():
            units.add(a.strip())
COLLECTIVE = {'区直各部门', '各街道办事处'}
for n, (ln, c) in rows.items():
    for u in c[2].split('、'):
        if u in units or u in COLLECTIVE:
            continue
        if u in ('财政局', '审计局') and '区' + u in units:
            continue
        assert u == '区数据局', (n, u)

expect = []
mnf = []

# ---- planted mistakes ----
expect.append({'rule': 'basis-mismatch', 'line': only_line('（宁政办发〔2023〕17号）'),
               'text': '宁政办发〔2023〕17号',
               'why': 'the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office series, so the 文号 does not belong to the title'})
n = 23
assert '2024年6月底前' == sched(n)
expect.append({'rule': 'deadline-later-than-baseline', 'line': row(n), 'text': '2024年6月底前',
               'why': 'row 23 (数据管理机构及职责) takes up %s; the single date 2024年6月底前 is half a year later' % rt(n)})
n = 30
expect.append({'rule': 'deadline-later-than-baseline', 'line': row(n), 'text': '2025年6月底前',
               'why': 'row 30 (城域网升级改造, 区市县乡村全覆盖) takes up %s; the stages 2023年底40%%/2024年底80%% end with 全面完成 in 2025年6月底前, later than 2024 (the body at line %d even says 到2024年底)' % (rt(n), only_line('到2024年底，电子政务外网'))})
n = 50
expect.append({'rule': 'deadline-later-than-baseline', 'line': row(n), 'text': '2025年6月底前',
               'why': 'row 50 (适老化与信息无障碍建设) takes up %s; the completing stage 2025年6月底前全面完成 is later than 2024' % rt(n)})
n = 43
assert sched(n).startswith('2022年底')
expect.append({'rule': 'deadline-invalid', 'line': row(n), 'text': '2022年底',
               'why': 'a progress stage (2022年底完成30%%) before the year the plan is issued (2023-09-22); the row takes up %s and its final stage 2024年底 is itself fine' % rt(n)})
n = 54
expect.append({'rule': 'unknown-unit', 'line': row(n), 'text': '区数据局',
               'why': 'no 区数据局 in units.txt (the district has 区大数据服务中心); it is the first-listed, i.e. lead, unit of the row (task %d)' % task_of[n]})
gl = only_line(make.GARBLED)
expect.append({'rule': 'garbled-text', 'line': gl, 'text': make.GARBLED[:8],
               'why': 'UTF-8 bytes read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立健全政务数据供需对接机制'})

# ---- near misses ----
def nm(rule, line, why, text=None):
    e = {'rule': rule, 'line': line}
    if text is not None:
        e['text'] = text
    e['why'] = why
    mnf.append(e)

nm('basis-mismatch', only_line('石大政发〔2023〕68号'), 'the notice\'s own 文号, not a cited basis document', '石大政发〔2023〕68号')
nm('basis-mismatch', only_line('（国发〔2022〕14号）'), 'correct title and 文号 of the national 指导意见', '国发〔2022〕14号')
nm('basis-mismatch', only_line('（宁政办发〔2023〕11号）'), '《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan in the seeds', '宁政办发〔2023〕11号')
bg = only_line('（宁政办发〔2020〕14号）')
nm('basis-mismatch', bg, 'retrospective mention of the 2020 工作要点 in the 发展基础 section (近年来，我区按照…), not cited as a basis; title and 文号 are correct', '宁政办发〔2020〕14号')
nm('deadline-invalid', bg, 'past dates in the background (2021年建成…, 2022年底…已接入), not deadlines', '2022年底')
nm('deadline-later-than-baseline', bg, 'counts and percentages, no dates: 11个街道（镇）, 56个社区（村）, 85%, 1268万条, 2150路', '2150路')
nm('deadline-later-than-baseline', only_line('到2023年底，全区数字政府主要制度'), '主要目标 goal 到2023年底 equals the region\'s 到2023年底 goal', '到2023年底')
nm('deadline-later-than-baseline', only_line('到2025年，全区数字政府建设体系框架全面成型'), '主要目标 goal 到2025年 equals the region\'s 到2025年 “34567”体系框架全面成型; 100% and 95%以上 are rates, not dates', '到2025年')
nm('deadline-later-than-baseline', only_line('到2035年，与政府治理能力'), 'the 2035 vision equals the region\'s 到2035年', '到2035年')
nm('deadline-later-than-baseline', only_line('到2024年底，电子政务外网'), 'body sentence on task 48 (城域网/区市县乡村全覆盖, %s) with 到2024年底: equal; only the table row is late' % region[48], '到2024年底')
nm('deadline-later-than-baseline', only_line('于2023年10月底前报区推进'), 'the office\'s own reporting date for units\' work plans (task 116, 完成时限 %s), not later' % region[116], '2023年10月底前')
nm('deadline-invalid', only_line('每季度末月25日前'), 'the office\'s own recurring reporting dates (每季度末月25日前, 每年12月10日前), no year', '12月10日前')
nm('deadline-later-than-baseline', only_line('有效期至2025年12月31日'), 'validity period of the plan, not a task deadline; equals the region\'s 2025 horizon anyway', '2025年12月31日')

def nmrow(n, why, rule='deadline-later-than-baseline', text=None):
    nm(rule, row(n), why, text)

nmrow(1, 'staged 2023年底30%%/2024年底70%%/2025年6月底前全面完成 against %s: the completing stage is earlier than 2025' % rt(1), text='2025年6月底前')
nmrow(7, 'same staged pattern as rows 30 and 50, but %s: 2025年6月底前 is earlier' % rt(7), text='2025年6月底前')
nmrow(31, 'same staged pattern, %s: 2025年6月底前 is earlier' % rt(31), text='2025年6月底前')
nmrow(45, 'same staged pattern, %s: 2025年6月底前 is earlier' % rt(45), text='2025年6月底前')
nmrow(20, 'stages end on the region\'s date though the first stage (2024年底完成60%%) falls after the region\'s 2023年启动: %s, local 2025年底全面完成 equals it' % rt(20), text='2025年底')
nmrow(19, '2023年启动，2024年底完成50%%，2025年取得明显成效 against %s: equal final milestone; the 2024 stage is intermediate' % rt(19), text='2025年')
nmrow(15, '%s; 2025年6月底前全面完成 is earlier (the 2024年底60%% stage is intermediate)' % rt(15), text='2025年6月底前')
nmrow(2, 'equal to %s' % rt(2), text='2024年底前')
nmrow(10, '2023年12月底前 equals %s' % rt(10), text='2023年12月底前')
nmrow(16, '2024年6月底前 is earlier than %s' % rt(16), text='2024年6月底前')
nmrow(28, '2024年9月底前 is earlier than %s' % rt(28), text='2024年9月底前')
nmrow(36, '2023年底前 is earlier than %s (row is the local 组织机构 task)' % rt(36), text='2023年底前')
nmrow(13, '2024年底全面完成，持续推进 equals %s' % rt(13), text='2024年底')
nmrow(12, '2023年底前形成机制，长期坚持 equals %s' % rt(12), text='2023年底前')
nmrow(5, 'equal to %s' % rt(5), text='2025年')
nmrow(58, '2025年6月底前 is earlier than %s' % rt(58), text='2025年6月底前')
nmrow(63, '2023年底前完成，长期坚持 equals %s' % rt(63), text='2023年底前')
nmrow(65, '长期坚持 equals %s' % rt(65), text='长期坚持')
nmrow(43, 'the row\'s completing stage 2024年底全面完成 equals %s; the row is reported only for its 2022 stage' % rt(43), text='2024年底')
nmrow(57, '“压减50%%以上” is a percentage, not a date; the row\'s 2025年底 equals %s' % rt(57), text='50%')
nmrow(62, '12345 is the hotline number, not a date; 2024年底前 equals %s' % rt(62), text='12345')
nm('unknown-unit', row(17), 'prefix 区 distributes over the list: 区发展和改革局、区财政局、区审计局, all in units.txt', '财政局')
nm('unknown-unit', row(2), 'registered short names of 区工业信息化和商务局 and 区发展和改革局', '区工信商务局')
nm('unknown-unit', row(10), 'collective subjects 区直各部门 and 各街道办事处; 星海镇人民政府 is registered', '区直各部门')
nm('unknown-unit', row(3), '大武口市场监管分局 and 区公安分局 are the registered short names of the city bureaus\' district branches', '大武口市场监管分局')
nm('unknown-unit', only_line('各街道办事处、星海镇人民政府，区直各部门、各直属机构'), 'addressee line of the notice: collectives and a registered unit, not a 责任单位 cell', '各直属机构')
nm('unknown-unit', row(25), 'registered short names 区人社局 and the full 区卫生健康局 in one cell', '区人社局')

covers = []
seen = set()
for n in sorted(rows):
    t = task_of[n]
    if t in seen:
        continue
    seen.add(t)
    covers.append({'task': t, 'line': row(n)})

key = {
    'writer': 'blind writer, round 468; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-06',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2023,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': None,
}


def header_line():
    return only_line(make.HEADER)

key['notes'] = ('石嘴山市大武口区 plan of 2023-09-22 implementing 宁政发〔2023〕17号 directly (no parent plan). '
                'The task table (header at line %d) gives 进度安排 as cumulative percentage stages (2023年底完成30%%，2024年底完成70%%，2025年6月底前全面完成) '
                'or a single date; the draft\'s own note says the first-listed unit leads. The same three-stage pattern ending 2025年6月底前 '
                'is late only where the regional task is due 2024 (rows 30 and 50, lines %d and %d) and fine where it is due 2025 (rows 1, 7, 31, 45). '
                '全区 in the draft means the district. draft.txt is generated by make.py; key.json by key.py.') % (header_line(), row(30), row(50))

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')

print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))
for e in expect:
    print(e['rule'], e['line'], e['text'], '|', draft[e['line'] - 1][:60])
for t in sorted(set(task_of.values())):
    pass
for n in sorted(rows):
    print(n, row(n), task_of[n], region[task_of[n]], '<-', sched(n))
