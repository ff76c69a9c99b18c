#!/usr/bin/env python3
"""Build draft.txt (table rows '|' -> tab) from draft.src.txt and key.json with checked line numbers."""
import json, re, os
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, 'draft.src.txt'), encoding='utf-8').read().split('\n')
if src and src[-1] == '':
    src = src[:-1]
out = []
for ln in src:
    if re.match(r'^(序号|\d+)\|', ln):
        cells = ln.split('|')
        assert len(cells) == 5, ln
        ln = '\t'.join(cells)
    assert '|' not in ln
    out.append(ln)
open(os.path.join(here, 'draft.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
L = out

def line(sub, nth=1, must_unique=True):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert hits, sub
    if must_unique and nth == 1:
        assert len(hits) == 1, (sub, hits)
    return hits[nth - 1]

def row(n):
    hits = [i + 1 for i, l in enumerate(L) if l.startswith('%d\t' % n)]
    assert len(hits) == 1, n
    return hits[0]

def cell(n, k):
    return L[row(n) - 1].split('\t')[k]

def E(rule, ln, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln}
    if text is not None:
        assert ln == 0 or text in L[ln - 1], (text, ln)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

T = {}  # regional task number -> 完成時限 (numbered by order of the (責任單位…完成時限…) notes in the seed)
for i in range(1, 44):
    T[i] = '持續開展'
for i in (3, 8, 9, 22):
    T[i] = '2025年底'

expect = [
    E('basis-mismatch', line('国发〔2022〕41号'), '国发〔2022〕41号',
      'the national 指导意见《国务院关于加强数字政府建设的指导意见》is 国发〔2022〕14号; 41 is the digits transposed'),
    E('garbled-text', line('鎻愬崌鏅烘収'), '鎻愬崌鏅烘収渚挎嵎鏈嶅姟鑳藉姏',
      'UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 提升智慧便捷服务能力 (the sub-item title of 公共服务, regional task 7)'),
    E('deadline-later-than-baseline', row(8), '2026年底',
      'row 8 takes up regional task 8 (12345热线 optimisation and linkage with 110/119/120/122; 完成時限:2025年底); 2026年底 is one year later'),
    E('deadline-invalid', row(35), '2022年12月底前',
      'row 35 (regional task 35, 数据有序开发利用, 完成時限:持續開展) is due 2022年12月底前, before the plan was issued (2023年6月28日); a deadline before the document year'),
    E('unknown-unit', row(27), '市工信委',
      'lead unit of row 27 (regional task 27, 自主可控) is 市工信委, not in units.txt; the bureau is 市工业和信息化局 (short name 市工信局), 工信委 being the pre-reform name'),
    E('missing-pillar', 0, None,
      'the region\'s 七、(三)营造良好数字生态 (数据要素市场规则, 数据产权交易, 数据交易场所, 数字生态) is not taken up anywhere: section 七 and the table keep only 数字经济 (row 41) and 数字社会 (row 42), and 指导思想 names only 数字经济、数字社会',
      pillar='数字生态'),
    E('task-uncovered', 0, None,
      'regional task 43 (七(三) 营造良好数字生态; 責任單位 incl. 各市人民政府; 持續開展) deliberately left out with the 数字生态 pillar',
      task=43),
]
# put pillar/task keys before why for readability
for d in expect:
    if 'pillar' in d or 'task' in d:
        w = d.pop('why'); d['why'] = w

M = []
def N(rule, ln, text, why, **kw):
    d = E(rule, ln, text, why, **kw)
    w = d.pop('why'); d['why'] = w
    M.append(d)

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'
GT = 'garbled-text'
MP = 'missing-pillar'
N(DL, row(3), '2025年12月底前', 'regional task 3 (一体化在线监管, 完成時限:2025年底); 2025年12月底前 is the same milestone')
N(DL, row(22), '2025年底', 'regional task 22 (政务公开, 完成時限:2025年底); equal')
N(DL, row(9), '2025年6月底前', 'regional task 9 (智桂通, 完成時限:2025年底); earlier')
N(DL, line('到2025年底，高频服务事项'), '2025年底', 'prose sentence on 智桂通 matches regional task 9 (完成時限:2025年底); equal')
N(DL, line('到2025年，与政府治理能力现代化相适应'), '2025年', '主要目标: region\'s 到2025年…数字政府体系框架基本形成; same year')
N(DL, line('到2035年，整体协同'), '2035年', '主要目标: region\'s 到2035年…数字政府基本建成; same year')
N(DL, line('到2023年底，全市数字政府建设统筹协调机制'), '2023年底', 'intermediate local goal, earlier than any regional goal')
N(DL, row(5), '2025年底', 'regional task 5 (雪亮工程/治安防控, 完成時限:持續開展); a dated milestone for an ongoing regional task is not later')
N(DL, row(15), '2025年底', 'regional task 15 (智慧康养, 完成時限:持續開展); not later than an ongoing task')
N(DL, row(19), '2025年底', 'regional task 19 (数字政府大脑/辅助决策, 完成時限:持續開展); not later')
N(DL, row(37), '2025年底', 'regional task 37 (电子政务外网, 完成時限:持續開展); not later')
N(DL, row(42), '2025年底', 'regional task 42 (数字社会, 完成時限:持續開展); not later')
N(DL, row(2), '2024年底', 'regional task 2 (智慧监管, 完成時限:持續開展); not later')
N(DI, row(20), '2023年底前', 'regional task 20 (協同辦公, 持續開展); 2023年底前 is in the plan\'s own year (issued 2023年6月28日), not before it')
N(DI, row(7), '2023年底前完成，持续推进', 'regional task 7 (持續開展); plan-year milestone plus ongoing, valid')
N(DI, row(29), '2023年底前建立，长期坚持', 'regional task 29 (持續開展); plan-year milestone plus 长期坚持, valid')
N(DI, row(36), '2021年', 'past year inside the 工作任务 text (last column: 在2021年已建成的市级政务云平台基础上), not the 完成时限 column, whose value is 2024年底')
N(DI, line('2021年底，市级政务云平台建成投用'), '2021年底', 'background: past achievements (2021年底, 2022年), not deadlines')
N(DI, line('三年行动计划（2019—2021年）'), '2019—2021年', 'years in the title of a retrospectively mentioned earlier local plan')
N(BM, line('三年行动计划（2019—2021年）'), '《百色市推进数字政府建设三年行动计划（2019—2021年）》', 'retrospective mention of an earlier local plan in 发展现状, not cited as a basis document')
N(DI, line('每年6月25日、12月10日前'), '6月25日', 'the office\'s own recurring reporting dates, not task deadlines')
N(DI, line('2023年6月28日'), '2023年6月28日', 'the plan\'s own issue date')
N(UU, row(1), '各县（市、区）人民政府', 'collective subject')
N(UU, row(5), '各乡镇（街道）', 'collective subject')
N(UU, row(3), '市直有关部门', 'collective subject')
N(UU, row(33), '市直各部门', 'collective subject')
N(UU, row(4), '信访局', 'prefix 市 distributes: 市公安局、信访局… = 市信访局 (also 民政局, 司法局, 住房城乡建设局), all in units.txt')
N(UU, row(24), '大数据发展局', 'prefix distributes: 市委保密办，市公安局、大数据发展局 = 市大数据发展局')
N(UU, row(39), '市场监管局', 'prefix distributes: 市公安局、财政局、自然资源局、市场监管局 = 市市场监管局 etc.')
N(UU, row(6), '气象局', 'prefix distributes: 市自然资源局、水利局、气象局 = 市气象局, the listed short name of 百色市气象局')
N(UU, row(42), '交通运输局', 'prefix distributes after 市委网信办，: 市发展改革委、交通运输局、大数据发展局')
N(UU, row(11), '市大数据局', 'official short name of 市大数据发展局 in units.txt')
N(UU, row(7), '市人社局', 'short names 市人社局, 市卫健委 in units.txt; 市行政审批局 canonical')
N(UU, row(15), '市文广体旅局', 'short name of 市文化广电体育和旅游局 in units.txt')
N(UU, row(4), '市中级法院', 'short names of 百色市中级人民法院 and 百色市人民检察院 in units.txt')
N(UU, row(39), '市税务局', 'short name of 国家税务总局百色市税务局 in units.txt')
N(UU, row(6), '市消防救援支队', 'short name of 百色市消防救援支队 in units.txt')
N(UU, row(44), '百色学院', 'a university outside government, listed in units.txt')
N(UU, row(45), '市绩效办', 'short name of 市绩效考评办公室 in units.txt')
N(UU, row(44), '市委党校', 'in units.txt (also written 市委党校（市行政学院） in prose)')
N(UU, row(25), '市工业和信息化局', 'the correct name of the bureau (contrast the planted 市工信委 in row 27)')
N(UU, line('抄送自治区大数据发展局'), '自治区大数据发展局', 'regional body mentioned as the recipient of a copy of the reports, not as a responsible or lead unit')
N(UU, line('数字百色建设领导小组作用，市大数据发展局'), '数字百色建设领导小组', 'the city\'s leading group mentioned in prose, not a unit assigned a task')
N(MP, 0, None, 'taken up at line %d, a heading with half-width brackets (五), and in rows 16-18' % line('(五)强化动态感知和立体防控'), pillar='生态环境保护')
N(MP, 0, None, 'taken up in 七（一） and row 41', pillar='数字经济')
N(MP, 0, None, 'taken up in 七（二） and row 42', pillar='数字社会')
N(MP, 0, None, 'section 八 (line %d) keeps all four items (组织领导, 推进机制, 数字素养, 考核评估), also as rows 43-45' % line('八、加强党对数字政府建设工作的领导'), pillar='党的领导')
N(GT, line('积极融入中国—东盟信息港建设，服务'), '中国—东盟', 'em dash and middle dots (天地图·广西, 4·27) are ordinary punctuation, not mojibake')
N(DL, row(1), '持续推进', 'the table\'s columns are 序号, 牵头单位, 配合单位, 完成时限, 工作任务: 持续推进 in column 4 is the deadline of the task in column 5 (regional task 1, 持續開展)')

covers = [{'task': i, 'line': row(i)} for i in range(1, 43)]

key = {
    'writer': 'blind writer, round 872; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'guangxi-2022',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2023,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('百色市 2023 实施方案 (issued 2023年6月28日) against 桂政发〔2022〕31号. Prose part (lines 1-%d), then the 附件 '
              '重点任务分工表 whose columns are 序号, 牵头单位, 配合单位, 完成时限, 工作任务 (task text last); table rows 1-42 follow '
              'the region\'s 43 (責任單位…完成時限…) notes in order, rows 43-45 are the 党的领导 items. Regional task numbers are '
              'the order of those notes in the seed (1-43); only tasks 3, 8, 9 and 22 carry 2025年底, all others 持續開展. '
              'The draft note says the first-listed lead unit is the main lead. Line 7 also cites the regional 实施意见 correctly as 自治区人民政府《关于加强数字政府建设的实施意见》（桂政发〔2022〕31号）; only the national 文号 there is wrong.') % (line('序号\t牵头单位') - 1),
}
open(os.path.join(here, 'key.json'), 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
print('lines', len(L), 'expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
