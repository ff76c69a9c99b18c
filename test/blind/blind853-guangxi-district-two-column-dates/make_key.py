#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is found by searching the final draft (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().rstrip('\n').split('\n')

def ln(sub, nth=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def row(no):
    hits = [i + 1 for i, l in enumerate(L) if l.split('\t')[0] == str(no) and '\t' in l]
    assert len(hits) == 1, no
    return hits[0]

def cell(no, k):
    return L[row(no) - 1].split('\t')[k]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

E = []
def ex(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line if line == 0 else chk(line, text)}
    if text: d['text'] = text
    d.update(kw); d['why'] = why; E.append(d)

ex('basis-mismatch', ln('桂政发〔2022〕13号'), '桂政发〔2022〕13号',
   'the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; the preamble transposes the digits to 13号')
ex('garbled-text', ln('鎻愬崌绀句細'), '鎻愬崌绀句細鐭涚浘鍖栬В鑳藉姏',
   'UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 提升社会矛盾化解能力 (the sub-item title of the 社会管理 paragraph)')
assert cell(15, 5) == '2026年6月'
ex('deadline-later-than-baseline', row(15), '2026年6月',
   'row 15 (12345热线归并、与110/119/120联动) takes up regional task 8 (广西 实施意见 二(四), 12345热线 paragraph, 完成时限: 2025年底); 2026年6月 is later. The 启动时间 2022年 in the same row is not the error')
assert cell(37, 3) == '区经信局、区大数据发展局'
ex('unknown-unit', row(37), '区经信局',
   'stale pre-reform name (经济和信息化局); not in units.txt — the district bureau is 区工业和信息化局 (cf. row 35 and row 52)')
assert cell(48, 5) == '2022年12月' and cell(48, 4) == '2023年9月'
ex('deadline-invalid', row(48), '2022年12月',
   '完成时间 before the year the plan is issued (2023-08-15) and before the row\'s own 启动时间 2023年9月; regional task 37 (电子政务外网, IPv6) is 持续开展 — a typo for a later year')
ex('missing-pillar', 0, pillar='数字生态',
   why='广西 七(三) 营造良好数字生态 (数据要素市场规则、数据产权交易、数据交易场所、公平竞争审查, 数字生态) is not taken up anywhere: section 三(六) and rows 52-53 cover only 数字经济 and 数字社会, and the 指导思想 (line %d) names only 数字经济、数字社会' % ln('坚持以习近平新时代'))
ex('task-uncovered', 0, task=43,
   why='regional task 43 (七(三) 营造良好数字生态, 自治区大数据发展局等, 各市人民政府, 持续开展) is left out with the pillar')

M = []
def mn(rule, line, text, why):
    d = {'rule': rule, 'line': chk(line, text) if text else line}
    if text: d['text'] = text
    d['why'] = why; M.append(d)

mn('basis-mismatch', 2, '城中政办发〔2023〕31号', "the notice's own document number, not a cited basis document")
mn('basis-mismatch', ln('国发〔2022〕14号'), '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
mn('basis-mismatch', ln('2018—2020年'), '《柳州市城中区“互联网+政务服务”实施方案（2018—2020年）》',
   'retrospective mention of an expired local plan in the background section, not cited as a basis')
mn('deadline-invalid', ln('2018—2020年'), '2022年', 'past date in the background (an achievement of 2022), not a deadline')
mn('deadline-invalid', ln('2018—2020年'), '2018—2020年', 'period of an old plan mentioned retrospectively, not a deadline')
mn('deadline-invalid', ln('坚持以习近平新时代'), '4·27', 'name of a speech (视察广西“4·27”重要讲话), not a date')
mn('deadline-later-than-baseline', ln('到2023年底'), '到2023年底', 'district goal in the plan year itself; no later than anything in the 广西 主要目标')
mn('deadline-later-than-baseline', ln('到2025年，与政府治理'), '到2025年', 'equal to the 广西 goal: 到2025年 … 数字政府体系框架基本形成')
mn('deadline-later-than-baseline', ln('到2035年'), '到2035年', 'equal to the 广西 goal: 到2035年 … 数字政府基本建成')
mn('deadline-later-than-baseline', row(4), '2025年12月', 'task 3 (一体化在线监管/互联网+监管) 完成时限 2025年底: equal')
mn('deadline-later-than-baseline', row(5), '2025年6月', 'task 3 (信用监管、风险预警 智慧监管) 完成时限 2025年底: earlier')
mn('deadline-later-than-baseline', row(16), '2025年12月', 'task 8 (12345热线数据分析) 完成时限 2025年底: equal (contrast with the planted row 15)')
mn('deadline-later-than-baseline', row(17), '2024年12月', 'task 9 (智桂通) 完成时限 2025年底: earlier')
mn('deadline-later-than-baseline', row(31), '2025年底', 'task 22 (政务公开) 完成时限 2025年底: equal, same wording')
mn('deadline-later-than-baseline', row(32), '2024年12月', 'task 22 (政务新媒体、政民互动) 完成时限 2025年底: earlier')
mn('deadline-later-than-baseline', row(6), '2025年12月', 'task 4 is 持续开展: a dated local milestone for an ongoing regional task is not later')
mn('deadline-later-than-baseline', row(37), '2025年12月', 'task 27 is 持续开展; the only fault in this row is the unit 区经信局')
mn('deadline-invalid', row(7), '2022年', '启动时间 (start) of work already under way; the table note says started tasks give their actual start date. Not a deadline; 完成时间 is 持续开展')
mn('deadline-invalid', row(9), '2022年3月', '启动时间 of the 雪亮工程 work already under way; not a deadline (完成时间 长期坚持)')
mn('deadline-invalid', row(15), '2022年', "启动时间 of the planted row; the row's error is the 完成时间 2026年6月, not this start date")
mn('deadline-later-than-baseline', row(13), '2023年第四季度', '启动时间 given as a quarter; a start, not a deadline (完成时间 2024年6月, task 7 持续开展)')
mn('deadline-later-than-baseline', row(27), '2024年3月', '启动时间 of the 碳排放 row; start dates are not deadlines (完成时间 2025年12月, task 18 持续开展)')
mn('deadline-invalid', ln('每季度末月25日前'), '2023年9月25日', "the office's own reporting dates (quarterly by the 25th, yearly by 12月10日, first report 2023年9月25日), not task deadlines")
mn('deadline-invalid', 6, '2023年8月15日', 'issue date of the notice')
mn('deadline-invalid', len(L), '2023年8月15日印发', 'print date in the 印发 line')
mn('unknown-unit', row(6), '各街道办事处', 'collective subject')
mn('unknown-unit', row(43), '区直各部门', 'collective subject')
mn('unknown-unit', row(45), '区有关部门', 'collective subject')
mn('unknown-unit', row(3), '区市场监管局', 'official short name of 区市场监督管理局 in units.txt')
mn('unknown-unit', row(3), '发展和改革局', 'the prefix 区 distributes: 区发展和改革局')
mn('unknown-unit', row(1), '统计局、大数据发展局', 'the prefix 区 distributes: 区统计局, 区大数据发展局')
mn('unknown-unit', row(35), '工业和信息化局', 'the prefix 区 distributes: 区工业和信息化局 (the correct form of the planted 区经信局)')
mn('unknown-unit', row(48), '科学技术局', 'the prefix 区 distributes: 区科学技术局')
mn('unknown-unit', row(9), '城中公安分局', 'short name of 柳州市公安局城中分局 in units.txt')
mn('unknown-unit', row(10), '区消防救援大队', 'short name of 柳州市消防救援支队城中区大队 in units.txt')
mn('unknown-unit', row(14), '区残联', 'short name of 区残疾人联合会 in units.txt')
mn('unknown-unit', row(20), '区医保局', 'short name of 区医疗保障局 in units.txt')
mn('unknown-unit', row(50), '柳州市城中区税务局', 'short name of 国家税务总局柳州市城中区税务局 in units.txt')
mn('unknown-unit', row(24), '柳州市生态环境局城中分局', 'a city bureau\'s district branch, listed in units.txt; a local unit, not a city or regional lead')
mn('unknown-unit', ln('主动对接自治区大数据发展局'), '自治区大数据发展局和市大数据发展局',
   'higher-level counterparts the district liaises with, named in prose; not the responsible unit of any task')
mn('garbled-text', ln('天地图·广西”地理信息共享应用'), '天地图·广西', 'genuine middle dot in a platform name, not damage')
mn('missing-pillar', 0, None, '生态环境保护 is covered (三(一)5, rows 24-27); it is not 数字生态 — pillar 生态环境保护 must not be reported')
M[-1]['pillar'] = '生态环境保护'
mn('missing-pillar', 0, None, '党的领导 (组织领导, 推进机制, 数字素养, 考核评估) is covered in 五、保障措施 and rows 54-55')
M[-1]['pillar'] = '党的领导'
mn('missing-pillar', 0, None, '数字经济 and 数字社会 are covered in 三(六) and rows 52-53')
M[-1]['pillar'] = '数字经济'

C = [(1, row(1)), (2, row(3)), (3, row(4)), (4, row(6)), (5, row(9)), (6, row(10)), (7, row(12)),
     (8, row(16)), (9, row(17)), (10, row(18)), (11, row(19)), (12, row(20)), (13, row(21)), (14, row(22)),
     (15, row(23)), (16, row(24)), (17, row(26)), (18, row(27)), (19, row(28)), (20, row(29)), (21, row(30)),
     (22, row(31)), (23, row(33)), (24, row(34)), (25, row(35)), (26, row(36)), (27, row(37)), (28, row(38)),
     (29, row(39)), (30, row(40)), (31, row(41)), (32, row(42)), (33, row(43)), (34, row(44)), (35, row(45)),
     (36, row(46)), (37, row(48)), (38, ln('智能算法库')), (39, row(49)), (41, row(52)), (42, row(53))]
covers = [{'task': t, 'line': l} for t, l in C]

key = {
  'writer': 'blind writer, round 853; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-07',
  'draft': 'draft.txt',
  'baseline': 'guangxi-2022',
  'build': None,
  'parents': [],
  'units': 'units.txt',
  'planYear': 2023,
  'expect': E,
  'mustNotFlag': M,
  'covers': covers,
  'notes': ('Regional task numbers are the order of the 43 inline (責任單位…完成時限…) notes in seeds/guangxi-2022-shishi-yijian.txt '
            '(1 = 二(一) 经济调节 … 43 = 七(三) 数字生态); tasks 3, 8, 9, 22 are due 2025年底, all others 持续开展; task 23 has no 各市人民政府. '
            'The task table (lines %d-%d) has two date columns: 启动时间 (start, column 5) and 完成时间 (deadline, column 6); only column 6 is a deadline. '
            'The table note (line %d) says the first-listed unit leads. Task 40 (开放生态支撑能力) is also not taken up but was not deliberately planted. '
            'The 广西 实施意见 title used in the preamble (广西壮族自治区人民政府关于加强数字政府建设的实施意见) is the writer\'s reconstruction; the seed text carries no title or 文号.')
            % (ln('序号\t主要任务'), row(55), ln('排在第一位的为牵头单位')),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(M), len(covers))
