#!/usr/bin/python3
# Builds key.json from draft.txt: every entry names a unique anchor string; its line is looked up here.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, must=None):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    if must:
        assert must in L[hits[0] - 1], (anchor, must)
    return hits[0]

def row(n):  # table row n (序号 column)
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(f'{n}\t第')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def measure(n):
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(f'{n}.')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:40])
    return line

E = []  # expect
def e(rule, line, text, why, **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        d['text'] = chk(line, text) and text
    d.update(kw); d['why'] = why
    E.append(d)

e('basis-mismatch', ln('所附重点任务清单细化我县任务'), '自治区人民政府关于加强数字政府建设的实施方案',
  'wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》, not 实施方案 (the preamble on line 9 cites it correctly; this second mention slipped)')
e('garbled-text', measure(33), '璇夋眰鍝嶅簲浣撶郴',
  'UTF-8 bytes of 诉求响应体系 read as GBK (mojibake run inside measure 33)')
e('unknown-unit', row(1), '县经信局',
  'old name (经济和信息化局) not in units.txt; the registry has 县工业信息化和商务局 = 县工信商务局')
e('unknown-unit', row(22), '自治区市场监管厅',
  'a regional body named as the lead of a county task (measures 26–27, copied from the regional list for task 71); the county lead should be 县市场监督管理局')
e('deadline-later-than-baseline', row(13), '2025年6月底前',
  'measure 17 (城域网升级改造, 电子政务外网县乡村全覆盖) takes up task 48 (完成时限 2024年) and task 47 (2024年); 2025年6月 is later. The plan\'s own 主要目标 (line 15) also says 到2024年底')
e('deadline-invalid', row(17), '2024年21月',
  'impossible month (21月, transposed 12月) for measure 21; tasks 55 (2024年) and 56 (2025年)')

M = []  # mustNotFlag
def m(rule, line, text, why, pillar=None):
    d = {'rule': rule, 'line': line}
    if pillar: d['pillar'] = pillar
    if text is not None:
        chk(line, text); d['text'] = text
    d['why'] = why
    M.append(d)

p = ln('为深入贯彻落实党的二十大精神')
m('basis-mismatch', p, '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
m('basis-mismatch', p, '自治区人民政府关于加强数字政府建设的实施意见', 'correct title and 文号 宁政发〔2023〕17号 in the preamble')
m('basis-mismatch', p, '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 is cited with this same 文号 by the 吴忠 plan in the seeds; its own title really is 实施方案')
m('basis-mismatch', p, '中卫市人民政府《关于加强数字政府建设的实施方案》', 'the city plan cited by title alone (city plans may have no 文号); title uses 加强 and 实施方案 as a city plan should')
b = ln('自《宁夏回族自治区2020年')
m('basis-mismatch', b, '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 (自…印发以来), not cited as a basis; title and 文号 are correct')
m('deadline-invalid', b, '2023年', 'past date in the background (what was achieved in 2023), not a deadline')
m('deadline-later-than-baseline', b, '2023年', 'background achievement, not a deadline')
m('deadline-invalid', ln('2024年4月12日'), '2024年4月12日', 'issue date of the notice')
m('deadline-later-than-baseline', ln('到2024年底，全县电子政务外网'), '到2024年底', '2024 goal (外网县乡村全覆盖, 信息系统迁移上云) equal to tasks 48 / 43 (2024年); the region has no earlier goal for these')
m('deadline-later-than-baseline', ln('到2025年，全县数字政府建设与全区'), '到2025年', 'same year as the regional 主要目标 到2025年 (体系框架全面成型)')
m('deadline-later-than-baseline', ln('到2035年，与政府治理能力'), '到2035年', 'same year as the regional 到2035年 goal')
m('deadline-later-than-baseline', row(1), '2024年取得明显成效', 'measure 1 = task 2 (2023年启动，2024年取得明显成效): equal completing milestone')
m('deadline-later-than-baseline', row(2), '持续推进，2025年取得明显成效', 'measure 2 = task 3 (持续推进，2025年取得明显成效): equal')
m('deadline-later-than-baseline', row(4), '持续推进，2025年取得明显成效', 'range row 第4—6项: tasks 6, 8, 10 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效): equal completing milestone for every measure in the range')
m('deadline-later-than-baseline', row(5), '2024年底前', 'measure 7 = tasks 12 (2025年) and 13 (2024年): earlier / equal')
m('deadline-later-than-baseline', row(7), '2024年11月底前', 'measure 9 = task 19 (2023年启动，2024年建成) and task 43 (2024年建成，持续推进): earlier')
m('deadline-later-than-baseline', row(8), '2024年底前', 'row 第10、11项: task 21 (2024年) and task 22 (2025年): equal / earlier')
m('deadline-later-than-baseline', row(10), '2023年启动，2025年取得明显成效', 'measure 13 = task 28 (2023年启动，2025年取得明显成效): copied regional deadline, equal')
m('deadline-invalid', row(10), '2023年启动', 'copied regional milestone that lies before the plan\'s year; the completing milestone 2025 is valid')
m('deadline-later-than-baseline', row(16), '2024年底前', 'measure 20 = tasks 52 (2025年) and 53 (2024年): earlier / equal')
m('deadline-later-than-baseline', row(19), '2024年6月底前', 'measure 23 = task 64 (2025年): earlier')
m('deadline-later-than-baseline', row(21), '2024年底前', 'measure 25 = tasks 65 (2024年) and 66 (2025年): equal / earlier')
m('deadline-later-than-baseline', row(28), '2025年', 'measure 33 = task 87 (2023年启动，2025年完成): equal')
m('deadline-later-than-baseline', row(35), '2024年底前', 'row 第40、41项: tasks 104, 105 (2024年) and 106 (2025年): equal / earlier')
m('deadline-later-than-baseline', row(37), '长期推进，2024年取得明显成效', 'measure 43 = task 108 (长期推进，2024年取得明显成效): equal')
m('deadline-later-than-baseline', row(38), '2024年', 'row 第44、45项: tasks 112, 114, 115 (2024年): equal')
r = ln('2024年12月10日前')
m('deadline-invalid', r, '2024年12月10日前', "the office's own reporting date for the annual summary, in the plan's year")
m('deadline-later-than-baseline', r, '2024年12月10日前', "the office's own reporting date, not a task deadline")
m('unknown-unit', row(3), '县工信商务局', 'short name of 县工业信息化和商务局 in units.txt')
m('unknown-unit', row(4), '人力资源和社会保障局', 'prefix 县 distributes over the list: 县人力资源和社会保障局 (and 县文化旅游广电局) are in units.txt')
m('unknown-unit', row(4), '各乡镇人民政府', 'collective subject')
m('unknown-unit', row(7), '县直各部门（单位）', 'collective subject')
m('unknown-unit', row(8), '县直有关部门', 'collective subject')
m('unknown-unit', row(13), '中国电信海原分公司', 'operator branch, listed in units.txt (not a government body, still a real unit)')
m('unknown-unit', row(23), '司法局', 'prefix 县 distributes: 县司法局, 县信访局 are in units.txt')
m('unknown-unit', row(25), '县林草局', 'short name of 县林业和草原局')
m('unknown-unit', row(25), '海原县消防救援大队', 'listed in units.txt')
m('unknown-unit', row(26), '各村（社区）', 'collective subject')
m('unknown-unit', row(29), '县审批局', 'short name of 县审批服务管理局')
m('unknown-unit', row(31), '中卫市生态环境局海原分局', 'city bureau branch located in the county, listed in units.txt; not a regional body')
m('unknown-unit', row(34), '海原生态环境分局', 'short name of 中卫市生态环境局海原分局 in units.txt')
m('unknown-unit', row(34), '县发改局', 'colloquial short name of 县发展和改革局 listed in units.txt')
m('unknown-unit', row(2), '海原工业园区管委会', 'listed in units.txt')
m('unknown-unit', ln('（一）加强组织领导。在县委统一领导下'), '县人民政府', 'the county government itself (海原县人民政府 = 县人民政府 in units.txt), mentioned in body text')
m('garbled-text', p, '“1244+N”', 'the plan name really contains 1244+N; not mojibake')
m('missing-pillar', measure(23), None, '五个一 / 六级贯通 is taken up by part 四 (健全组织机构 参照自治区做法, 六级贯通 层级职责), judged by content', pillar='五个一')
m('missing-pillar', measure(7), None, '数字生态 is taken up by measure 7 (数据要素市场) and its heading （三）营造良好数字生态', pillar='数字生态')

C = []
def c(task, line): C.append({'task': task, 'line': line})
for t, mm in [(2,1),(3,2),(5,3),(6,4),(7,5),(8,5),(10,6),(12,7),(13,7),(16,8),(19,9),(43,9),(21,10),(22,11),(23,12),(28,13),
              (33,14),(34,14),(41,15),(42,15),(40,16),(47,17),(48,17),(50,18),(49,19),(52,20),(53,20),(55,21),(56,21),(57,22),(58,22),
              (64,23),(65,25),(66,25),(71,26),(73,27),(74,27),(77,28),(79,29),(80,30),(83,31),(84,32),(86,32),(87,33),(88,34),(89,34),
              (93,35),(94,36),(96,37),(97,38),(98,38),(102,39),(104,40),(105,40),(106,41),(107,42),(111,42),(108,43),(112,44),(114,44),(115,45)]:
    c(t, measure(mm))
c(14, ln('落实本地本行业数字政府建设安全和保密工作'))
c(116, ln('（一）加强组织领导。在县委统一领导下'))
c(123, ln('（四）强化考核评价。'))

key = {
    'writer': 'blind writer, round 764; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': E,
    'mustNotFlag': M,
    'covers': C,
    'notes': ('海原县 (中卫市) 2024 实施方案. The 45 measures are numbered straight through parts 二–五 (1.–45.); '
              'their lead units, cooperating units and deadlines are only in the closing table (lines 95–132), whose 任务 column names '
              'measures by number (第1项, 第4—6项, 第10、11项). A reviewer must join table row → measure body → regional task. '
              'Grouped rows carry one deadline for several measures; every grouped deadline is no later than the earliest regional deadline of the tasks in the group. '
              'Part 六 (党的领导) items are unnumbered and undated. The table note makes the first-listed lead the main lead. '
              'Row 17 (2024年21月) might also be read by a tool as later than task 55 (2024年); a careful reviewer reports it only as an impossible date.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers; lines', len(L))
for d in E: print(d['rule'], d['line'], d.get('text'))
