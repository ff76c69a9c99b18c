#!/usr/bin/env python3
# Builds key.json for this case: every line number is looked up in draft.txt by a unique anchor
# and every "text" is checked to occur on its line. Run: python3 build_key.py
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(anchor):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

def e(rule, anchor, text=None, why='', **kw):
    n = L(anchor)
    d = {'rule': rule, 'line': n}
    if text is not None:
        assert text in lines[n - 1], (text, n)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    e('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕41号',
      'the national guiding opinion 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号 (as cited in 宁政发〔2023〕17号); 41号 is a digit-swap slip'),
    e('deadline-later-than-baseline', '提升网络平台支撑能力。开展区级城域网升级改造', '2025年底前',
      'task 48 (城域网升级改造，推进区市县乡村5级全覆盖，各市、县（区）具体负责) 完成时限 2024年; the same line also carries task 47 (外网升级改造, 2024年) and task 50 (专网整合迁移, 2024年). The plan\'s own 2024 goal (主要目标) and glossary item 8 say 2024 too'),
    e('deadline-invalid', '拓展公平普惠的民生服务。', '2024年6月31日',
      'June has 30 days: an impossible date (task 93/90 are due 2024年, so the year itself is not late)'),
    e('unknown-unit', '统筹视频会议资源。', '区大数据局',
      'no such body in units.txt; the district\'s body is 区大数据服务中心 (used everywhere else in the draft)'),
    e('garbled-text', '提高基层社会治理能力。', '绀句細娌荤悊',
      'UTF-8 bytes read as GBK: 绀句細娌荤悊鍩哄眰缁煎悎鎸囨尌骞冲彴 = 社会治理基层综合指挥平台 (宁夏社会治理基层综合指挥平台)'),
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '政务公开',
     'why': 'the 七个能力 section lists only six abilities; nothing on 政务公开 (信息公开平台, 政策文件库, 政务新媒体, 政民互动) anywhere in the draft'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 112,
     'why': 'left out with the 政务公开 pillar; task 112 is 各市、县（区）分别负责, 2024年'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 114,
     'why': 'left out with the 政务公开 pillar; task 114 (政务新媒体矩阵) is 各市、县（区）分别负责, 2024年'},
]

N = []
def n(rule, anchor, text=None, why=''):
    N.append(e(rule, anchor, text, why))

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'
GT = 'garbled-text'
MP = 'missing-pillar'

# deadlines: equal / earlier / ongoing
n(DL, '（一）健全组织机构。', '2024年6月底前', 'earlier than task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) 完成时限 2025年')
n(DL, '服务算力枢纽建设。', '持续推进，2025年取得明显成效', 'equal to task 1 (持续推进，2025年取得明显成效)')
n(DL, '推进产业数字化。', '2024年底前取得明显成效', 'equal to task 2 (2023年启动，2024年取得明显成效): the completing milestone is 2024')
n(DL, '深化数字健康和智慧教育。', '持续推进，2025年取得明显成效', 'tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效): completing milestone equal')
n(DL, '推进数字乡村建设。', '持续推进，2025年取得明显成效', 'tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): completing milestone equal')
n(DL, '培育数据要素市场。', '2025年底前', 'equal to task 12 (2025年)')
n(DL, '提升安全防护能力。', '长期坚持', 'task 18 is 2023年形成机制，长期坚持; an ongoing local duty is not later')
n(DL, '提高自主可控水平。', '2024年底前', 'equal to task 19 (2023年启动，2024年建成) and task 46 (2024年)')
n(DL, '建立数字资源“一本账”。', '2024年10月底前', 'earlier than task 23 (2024年)')
n(DL, '开展试点示范。', '2024年启动，2025年取得明显成效', 'task 28 is 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal, the later start is not a late deadline')
n(DL, '统筹视频资源。', '2025年底前', 'equal to task 49 (2025年); the ④ after the date is a footnote mark')
n(DL, '加强经济运行监测。', '2024年底前', 'equal to task 65 (2024年), earlier than task 66 (2025年)')
n(DL, '提高基层社会治理能力。', '2025年底前', 'equal to task 83 (2025年); [1] after the date is a footnote mark, not a month')
n(DL, '优化政务服务便民热线。', '2025年底前', 'equal to task 87 (2023年启动，2025年完成)')
n(DL, '推进数字治水。', '2025年底前', 'equal to task 96 (2025年)')
n(DL, '推进智慧林草。', '2024年底前', 'equal to task 98 (2024年)')
n(DL, '推进基层减负。', '2025年6月底前', 'earlier than task 106 (2025年); [2] is a footnote mark')
n(DL, '提升行政监督水平。', '长期推进，2024年取得明显成效', 'equal to task 108 (长期推进，2024年取得明显成效)')
n(DL, '改进机关事务管理。', '2025年底前', 'equal to task 111 (2025年)')
n(DL, '（三）提升数字素养。', '长期坚持', 'task 118 is 2023年完成并长期坚持; ongoing')
n(DL, '到2024年底，区级非涉密政务信息系统', '2024年底', '2024 goals = tasks 46/19 (信创云, 2024), 48 (外网5级, 2024), 105 (宁政通, 2024), 84 (四办, 2024); not the region\'s 2023 goals')
n(DL, '到2025年，我区数字政府建设体系框架全面成型', '2025年', 'equal to the region\'s 2025 goal (体系框架全面成型)')
n(DL, '到2035年，与政府治理能力现代化相适应', '2035年', 'equal to the region\'s 2035 goal')
n(DL, '8.电子政务外网：', '2024年', 'glossary states the region\'s own deadline for task 48 (2024年); it is not a local deadline (the late one is the body line)')
n(DL, '4.“宁政通”：', '2024年', 'glossary quotes the regional deadline of task 105 (2024年)')
n(DL, '7.“一网统管”：', '2025年取得明显成效', 'glossary quotes task 9 (持续推进，2025年取得明显成效) as it stands')

n(DI, '注：①该行动计划实施期限', '2022年底前', 'retrospective footnote: the old action plan\'s tasks were finished by end-2022; not a deadline of this plan')
n(DI, '（二）发展基础。', '2023年', 'background: past achievements (2020—2022 action plan, 2023)')
n(DI, '注：③政务信创云由自治区政府办公厅牵头建设', '2023年启动', 'footnote quotes the regional task 19 milestones (2023年启动、2024年建成)')
n(DI, '3.政务信创云：', '2023年启动', 'glossary quotes the regional task 19 milestones; past start date is background')
n(DI, '1.“一网通办”：', '2018年', 'glossary background years 2018/2020/2021')
n(DI, '4.“宁政通”：', '2023年', 'past achievement (我区于2023年实现…全覆盖)')
n(DI, '9.“高效办成一件事”：', '2024年1月', 'background: date of the State Council guiding opinion')
n(DI, '各责任单位于每季度最后一个月25日前', '2024年12月10日前', 'the office\'s own reporting dates')
n(DI, '10.数据专员：', '每年12月底前', 'recurring filing date, not a task deadline')
n(DI, '中卫市沙坡头区人民政府办公室                    2024年3月18日印发', '2024年3月18日', 'the document\'s own printing date')

n(UU, '（一）健全组织机构。', '各乡镇人民政府', 'collective subject')
n(UU, '（一）健全组织机构。', '区直各部门（单位）', 'collective subject')
n(UU, '营造清朗网络生态。', '区直有关部门', 'collective subject')
n(UU, '提升监管协同化水平。', '承担监管职责的区直有关部门', 'collective subject, as 承担监管职责的自治区有关部门（单位） in the baseline')
n(UU, '服务算力枢纽建设。', '区发改局', 'official short name of 区发展改革局 in units.txt')
n(UU, '推进行政权力网上运行。', '区审批局', 'short name of 区审批服务管理局 in units.txt; 区市场监管局等有关部门 = a listed unit plus a collective')
n(UU, '完善数字经济治理。', '区公安分局', 'short name of 沙坡头区公安分局 in units.txt')
n(UU, '建设智慧园区。', '中卫工业园区管委会', 'listed in units.txt (short name of 中卫工业园区管理委员会)')
n(UU, '服务算力枢纽建设。', '迎水桥镇人民政府', 'a township government listed in units.txt')
n(UU, '注：③政务信创云由自治区政府办公厅牵头建设', '自治区政府办公厅', 'footnote describes who leads the regional platform (task 19); it is not named as lead of a local task')
n(UU, '3.政务信创云：', '数字宁夏建设运营有限公司', 'glossary background (the company of task 62), not a responsible unit')
n(UU, '1.“一网通办”：', '国务院办公厅', 'glossary background, not a responsible unit')
n(UU, '6.“我的宁夏”：', '自治区政府办公厅', 'glossary: lead of the regional app (task 86), not of a local task')
n(UU, '抄送：', '区人大常委会办公室', 'copy-to line; the body is in units.txt anyway')

n(BM, '根据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2023〕17号', 'correct title and 文号 of the regional 实施意见')
n(BM, '根据《国务院关于加强数字政府建设的指导意见》', '中卫市人民政府《关于加强数字政府建设的实施方案》', 'city plan cited by title alone, as such plans often have no 文号')
n(BM, '（二）发展基础。', '《宁夏回族自治区“数字政府”建设行动计划（2020年—2022年）》', 'retrospective mention of an expired plan in the background, not cited as basis (footnote ① says so)')
n(BM, '1.“一网通办”：', '宁政办发〔2020〕14号', 'retrospective mention in the glossary; title and 文号 match the 2020 工作要点')
n(BM, '②“34567”体系框架即', '宁政发〔2023〕17号', 'footnote cites the regional 实施意见 correctly')
n(BM, '卫沙政办发〔2024〕9号', '卫沙政办发〔2024〕9号', 'the notice\'s own 文号')

n(GT, '（二）发展基础。', '①', 'footnote marks ①②③④ are not encoding damage')
n(GT, '推进基层减负。', '[2]', 'bracketed footnote marks [1][2] are not damage')

N.append({'rule': MP, 'line': 0, 'pillar': '数字生态', 'why': 'present: 三、（三）营造良好数字生态 (data element market, network ecology)'})
N.append({'rule': MP, 'line': 0, 'pillar': '六级贯通', 'why': 'present, folded into 一套体系: 二、（一）健全组织机构（二）厘清层级职责（三）完善工作机制'})
N.append({'rule': MP, 'line': 0, 'pillar': '政务运行', 'why': 'present: 五、（六） (协同办公, 宁政通, 填表报数, 视频会议, 机关事务)'})

covers_spec = [
    (1, '服务算力枢纽建设。'), (2, '推进产业数字化。'), (3, '建设智慧园区。'), (5, '完善数字经济治理。'),
    (6, '推动公共服务数字化。'), (9, '推进智慧城市建设。'), (7, '深化数字健康和智慧教育。'), (8, '深化数字健康和智慧教育。'),
    (10, '推进数字乡村建设。'), (11, '推进数字乡村建设。'), (12, '培育数据要素市场。'),
    (14, '强化安全管理责任。'), (15, '强化安全管理责任。'), (17, '落实安全制度要求。'), (18, '提升安全防护能力。'),
    (19, '提高自主可控水平。'), (46, '提高自主可控水平。'), (21, '推进行政权力网上运行。'), (23, '建立数字资源“一本账”。'),
    (26, '完善制度规范。'), (28, '开展试点示范。'), (30, '完善数据管理机制。'), (32, '完善数据管理机制。'), (36, '完善数据管理机制。'),
    (33, '推进数据汇聚融合。'), (34, '推进数据汇聚融合。'), (42, '推进数据汇聚融合。'), (41, '推进公共数据开放。'),
    (47, '提升网络平台支撑能力。开展区级城域网'), (48, '提升网络平台支撑能力。开展区级城域网'), (50, '提升网络平台支撑能力。开展区级城域网'),
    (49, '统筹视频资源。'), (53, '加强共性应用支撑。'), (54, '加强共性应用支撑。'), (55, '加强共性应用支撑。'),
    (64, '（一）健全组织机构。'), (66, '加强经济运行监测。'), (110, '推进财政管理数字化。'),
    (70, '提升监管精准化水平。'), (71, '提升监管精准化水平。'), (73, '提升监管协同化水平。'), (74, '提升监管智能化水平。'), (75, '提升监管智能化水平。'),
    (77, '提升矛盾纠纷化解能力。'), (79, '提升社会治安防控能力。'), (80, '提升公共安全保障能力。'), (83, '提高基层社会治理能力。'),
    (84, '打造泛在可及的服务体系。'), (86, '提升智慧便捷的服务能力。'), (88, '提供优质便利的涉企服务。'), (89, '提供优质便利的涉企服务。'),
    (87, '优化政务服务便民热线。'), (93, '拓展公平普惠的民生服务。'), (90, '拓展公平普惠的民生服务。'),
    (94, '提升生态环保协同治理能力。'), (96, '推进数字治水。'), (98, '推进智慧林草。'), (101, '推进碳排放监测。'), (102, '推动绿色低碳转型。'),
    (103, '提升辅助决策能力。'), (104, '提升行政执行能力。'), (105, '提升行政执行能力。'), (106, '推进基层减负。'), (107, '统筹视频会议资源。'),
    (108, '提升行政监督水平。'), (111, '改进机关事务管理。'), (116, '（一）加强组织领导。'), (25, '（二）加大财政投入。'),
    (118, '（三）提升数字素养。'), (121, '（四）强化考核评价。'), (122, '（四）强化考核评价。'), (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。'),
]
covers = [{'task': t, 'line': L(a)} for t, a in covers_spec]

key = {
    'writer': 'blind writer, round 663; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': N,
    'covers': covers,
    'notes': ('沙坡头区 (中卫市) 2024 plan, no parent plan. Footnotes: ①② explained at the end of part 一 (lines 23-24), ③④ at the end of part 四, '
              '[1][2] at the end of part 五; annex 名词解释 (10 entries) quotes regional platforms, bodies (自治区政府办公厅, 国务院办公厅) and years. '
              'The 七个能力 section deliberately omits 政务公开. Deadlines that would copy a 2023 regional deadline are left without 完成时限 (lines for tasks 14/15/17/30/32/36/25). '
              'build_key.py regenerates this key and checks every line number and text against draft.txt.'),
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(N), 'covers', len(covers), 'lines', len(lines))
