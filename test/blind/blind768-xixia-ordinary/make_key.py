#!/usr/bin/python3
# Builds key.json from draft.txt; every line number is found by a unique substring.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def ln(sub, also=None):
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l and (also is None or also in l)]
    assert len(hits) == 1, (sub, also, hits)
    return hits[0]


def has(line, text):
    assert text in LINES[line - 1], (line, text)
    return line


# regional task deadlines (宁政发〔2023〕17号 附件2)
R = {
    2: '2023年启动，2024年取得明显成效', 3: '持续推进，2025年取得明显成效', 5: '持续推进，2025年取得明显成效',
    6: '持续推进，2025年取得明显成效', 7: '2023年形成试点经验，2025年取得明显成效',
    8: '持续推进，2025年取得明显成效', 9: '持续推进，2025年取得明显成效', 10: '持续推进，2025年取得明显成效',
    12: '2025年', 21: '2024年', 22: '2025年', 23: '2024年', 28: '2023年启动，2025年取得明显成效',
    33: '2024年', 34: '2024年', 40: '2024年', 41: '2024年', 42: '2024年', 43: '2024年建成，持续推进',
    46: '2024年', 47: '2024年', 48: '2024年', 49: '2025年', 50: '2024年', 52: '2025年', 53: '2024年',
    54: '2024年', 57: '2024年', 64: '2025年', 65: '2024年', 66: '2025年', 70: '2024年', 71: '2024年',
    73: '2024年', 74: '2024年', 77: '2024年', 79: '2024年', 80: '2024年', 83: '2025年', 84: '2024年',
    86: '2024年', 87: '2023年启动，2025年完成', 88: '2024年', 89: '2024年', 90: '2024年', 92: '2025年',
    94: '2024年', 96: '2025年', 97: '2024年', 98: '2024年', 102: '2025年', 103: '2024年', 104: '2024年',
    105: '2024年', 106: '2025年', 107: '2025年', 108: '长期推进，2024年取得明显成效', 109: '2024年',
    111: '2025年', 112: '2024年', 113: '2024年', 114: '2024年', 115: '2024年', 121: '长期坚持',
}


def regional(tasks):
    return '; '.join('task %d 完成时限 %s' % (t, R[t]) for t in tasks)


def dl(line, text, tasks, rel):
    has(line, text)
    return {'rule': 'deadline-later-than-baseline', 'line': line, 'text': text,
            'why': '%s; %s' % (regional(tasks), rel)}


EQ = 'equal to the regional deadline'
EARLY = 'earlier than the regional deadline'

# ---------------- expect ----------------
L_basis = ln('《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）')
L_garb = ln('鎺ㄥ姩鏀垮姟鏁版嵁')
L_unit = ln('区大数据局牵头')
L_invalid = ln('完成时限：2014年底前')
L_late = ln('12\t开展城域网升级改造')

expect = [
    {'rule': 'basis-mismatch', 'line': L_basis, 'text': '宁政办发〔2023〕17号',
     'why': 'the 实施意见 is 宁政发〔2023〕17号 (自治区人民政府, 2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title (the draft itself gives 宁政发〔2023〕17号 at line %d)' % ln('依据宁政发〔2023〕17号附件2')},
    {'rule': 'deadline-later-than-baseline', 'line': L_late, 'text': '2025年',
     'why': 'task-table row 12 (城域网升级改造, 电子政务外网区、镇（街道）、村（社区）全覆盖) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the body (line %d) and 主要目标 (line %d) both say 2024年底' % (ln('2.提升网络支撑能力'), ln('到2024年底，区级非涉密'))},
    {'rule': 'deadline-invalid', 'line': L_invalid, 'text': '2014年底',
     'why': 'typo for 2024年底前: a deadline ten years before the plan is issued (2024-03-18); the matching regional tasks 104/105 are due 2024年, the task table row 27 says 2024年底前'},
    {'rule': 'unknown-unit', 'line': L_unit, 'text': '区大数据局',
     'why': '西夏区 has no 大数据局; not in units.txt (copied from a city template); task-table row 10 gives 区政府办公室 for the same task'},
    {'rule': 'garbled-text', 'line': L_garb, 'text': '鎺ㄥ姩鏀垮姟鏁版嵁',
     'why': 'UTF-8 bytes read as GBK: 推动政务数据按需回流'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 93,
     'why': 'deliberately left out: 政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 (各市、县（区）按照职能分别负责, 2024年) appears nowhere in the draft'},
]

# ---------------- mustNotFlag ----------------
M = []
# basis
M += [
    {'rule': 'basis-mismatch', 'line': has(2, '西政办发〔2024〕9号'), 'text': '西政办发〔2024〕9号', 'why': "the notice's own 文号, not a cited basis document"},
    {'rule': 'basis-mismatch', 'line': has(L_basis, '国发〔2022〕14号'), 'text': '国发〔2022〕14号', 'why': 'correct title and 文号 of the national 指导意见'},
    {'rule': 'basis-mismatch', 'line': has(L_basis, '宁政办发〔2023〕11号'), 'text': '宁政办发〔2023〕11号', 'why': '《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan'},
    {'rule': 'basis-mismatch', 'line': has(10, '宁政办发〔2020〕14号'), 'text': '宁政办发〔2020〕14号', 'why': 'retrospective mention in the background paragraph (what the district did before); correct title and 文号 of the 2020 工作要点; not cited as a basis'},
    {'rule': 'basis-mismatch', 'line': ln('依据宁政发〔2023〕17号附件2'), 'text': '宁政发〔2023〕17号', 'why': 'correct 文号 of the regional 实施意见 (task-table note)'},
]
# dates that are not deadlines
M += [
    {'rule': 'deadline-invalid', 'line': has(6, '2024年3月18日'), 'text': '2024年3月18日', 'why': 'issue date of the notice'},
    {'rule': 'deadline-invalid', 'line': has(10, '2021年'), 'text': '2021年', 'why': 'past date in the background paragraph, not a deadline'},
    {'rule': 'deadline-invalid', 'line': has(10, '2022年'), 'text': '2022年', 'why': 'past date in the background paragraph, not a deadline'},
    {'rule': 'deadline-invalid', 'line': has(10, '截至2023年底'), 'text': '2023年底', 'why': '“截至2023年底” is a status date in the background, not a deadline'},
    {'rule': 'deadline-invalid', 'line': ln('每季度末月20日前'), 'text': '2024年12月10日', 'why': "the office's own reporting dates (quarterly progress, annual summary), not task deadlines"},
    {'rule': 'deadline-later-than-baseline', 'line': ln('每季度末月20日前'), 'text': '2024年12月10日', 'why': "the office's own reporting date, not a task deadline"},
    {'rule': 'deadline-later-than-baseline', 'line': ln('附件：西夏区数字政府建设重点任务清单（2024—2025年）'), 'text': '2024—2025年', 'why': 'period in the attachment title, not a deadline'},
    {'rule': 'deadline-later-than-baseline', 'line': LINES.index('西夏区数字政府建设重点任务清单（2024—2025年）') + 1, 'text': '2024—2025年', 'why': 'period in the task-table title, not a deadline'},
]
# goals
L15 = ln('到2024年底，区级非涉密')
M += [
    {'rule': 'deadline-later-than-baseline', 'line': L15, 'text': '2024年底',
     'why': '2024 goals equal the matching tasks: %s' % regional([43, 48, 86, 104, 105])},
    {'rule': 'deadline-later-than-baseline', 'line': ln('到2025年，全区数字政府建设“34567”'), 'text': '2025年',
     'why': 'same as the regional 主要目标 “到2025年，全区各级数字政府建设“34567”体系框架全面成型”'},
    {'rule': 'deadline-later-than-baseline', 'line': ln('到2035年，与政府治理能力'), 'text': '2035年',
     'why': 'same as the regional 主要目标 到2035年'},
]
# body inline notes
body_dl = [
    ('1.推进产业数字化', '2024年底前', [2], EQ),
    ('2.建设“智慧园区”', '2025年底前', [3], EQ),
    ('3.完善数字经济治理', '持续推进，2025年取得明显成效', [5], 'copied, ' + EQ),
    ('1.推动公共服务数字化', '2025年底前', [6], EQ),
    ('2.推进智慧教育', '2025年底前', [7], EQ + ' (the completing milestone is 2025; the 2023 试点经验 milestone is not restated)'),
    ('3.深化“互联网+医疗健康”', '2025年底前', [8], EQ),
    ('4.推进智慧城市建设', '2025年底前', [9], EQ),
    ('5.推进数字乡村建设', '2025年底前', [10], EQ),
    ('1.培育数据要素市场', '2025年底前', [12], EQ),
    ('1.推动行政权力事项网上运行', '2024年底前', [21], EQ),
    ('2.强化审管协同', '2025年6月底前', [22], EARLY),
    ('3.纳入“一本账”管理', '2024年底前', [23], EQ),
    ('4.开展试点示范', '2025年取得明显成效', [28], EQ),
    ('2.推进数据回流共享', '2024年底前', [33, 34], EQ),
    ('3.推进数据开放利用', '2024年底前', [41, 42], EQ),
    ('4.规范电子公文管理', '2024年底前', [40], EQ),
    ('1.强化政务云支撑', '2024年底前', [43, 46], EQ),
    ('2.提升网络支撑能力', '2024年底前', [47, 48, 50], EQ),
    ('3.推进视频资源共享', '2025年底前', [49], EQ),
    ('4.推广共性应用', '2024年底前', [52, 53], 'equal to task 53, earlier than task 52'),
    ('5.深化电子文件归档', '2024年底前', [54], EQ),
    ('6.完善信用信息服务', '2024年底前', [57], EQ),
    ('（一）健全组织机构。参照自治区做法', '2024年6月底前', [64], EARLY + ' (a county body set up 参照自治区做法 is task 64; task 60, 充实自治区领导小组, is a regional task)'),
    ('1.加强经济运行监测', '2025年底前', [66], EQ),
    ('2.推进经济数据汇聚', '2024年底前', [65], EQ),
    ('1.推进精准监管', '2024年底前', [70], EQ),
    ('2.强化协同监管', '2024年底前', [73], EQ),
    ('3.推进智慧监管', '2024年底前', [71, 74], EQ),
    ('1.提升矛盾纠纷化解能力', '2024年底前', [77], EQ),
    ('2.提升社会治安防控能力', '2024年底前', [79], EQ),
    ('3.提升公共安全保障能力', '2024年底前', [80], EQ),
    ('4.提高基层社会治理能力', '2025年底前', [83], EQ),
    ('1.打造泛在可及的服务体系', '2024年底前', [84], EQ),
    ('2.做强“我的宁夏”西夏区专区', '2024年9月底前', [86], EARLY),
    ('3.提升12345热线服务质效', '2025年底前', [87], EQ + ' (completing milestone 2025年完成)'),
    ('4.提供优质便利的涉企服务', '2024年底前', [88, 89], EQ),
    ('5.推进公共场馆数字化', '2024年底前', [90], EQ),
    ('6.探索“多卡合一”', '2025年底前', [92], EQ),
    ('1.强化生态环境数字化监测', '2024年底前', [94], EQ),
    ('2.推进数字治水', '2025年底前', [96], EQ),
    ('3.提高自然资源利用效率', '2024年底前', [97, 98], EQ),
    ('4.推动绿色低碳转型', '2025年底前', [102], EQ),
    ('1.提升辅助决策能力', '2024年底前', [103], EQ),
    ('3.推进基层减负', '2024年底前', [106], EARLY),
    ('4.整合视频会议资源', '2025年6月底前', [107], EARLY),
    ('5.提升行政监督水平', '2024年底前', [108, 109], EQ),
    ('6.提升机关事务管理水平', '2024年底前', [111], EARLY),
    ('1.完善政务公开平台', '2024年底前', [112], EQ),
    ('2.推进政策“一库通查”', '2024年底前', [113], EQ),
    ('3.构建政务新媒体矩阵', '2024年底前', [114], EQ),
    ('4.畅通政民互动渠道', '2024年底前', [115], EQ),
    ('（四）强化考核评价', '长期坚持', [121], EQ),
]
for sub, text, tasks, rel in body_dl:
    M.append(dl(ln(sub), text, tasks, rel))

# task-table rows (row number -> tasks)
table_dl = [
    (1, '2024年底前', [2], EQ), (2, '2025年底前', [3], EQ), (3, '2025年底前', [6], EQ),
    (4, '2025年底前', [10], EQ), (5, '2025年底前', [12], EQ), (6, '2024年底前', [21], EQ),
    (7, '2025年6月底前', [22], EARLY), (8, '2024年底前', [23], EQ), (9, '2024年底前', [33, 34], EQ),
    (10, '2024年底前', [41, 42], EQ), (11, '2024年底前', [43], EQ), (13, '2025年底前', [49], EQ),
    (14, '2024年底前', [52, 53], 'equal to task 53, earlier than task 52'), (15, '2024年6月底前', [64], EARLY),
    (16, '2025年底前', [66], EQ), (17, '2024年底前', [70], EQ), (18, '2024年底前', [77], EQ),
    (19, '2024年底前', [79], EQ), (20, '2024年底前', [80], EQ), (21, '2025年底前', [83], EQ),
    (22, '2024年9月底前', [86], EARLY), (23, '2025年底前', [87], EQ), (24, '2024年底前', [90], EQ),
    (25, '2024年底前', [94], EQ), (26, '2025年底前', [96], EQ), (27, '2024年底前', [104, 105], EQ),
    (28, '2025年6月底前', [107], EARLY), (29, '2024年底前', [111], EARLY), (30, '2024年底前', [114], EQ),
    (31, '长期坚持', [121], EQ),
]
for row, text, tasks, rel in table_dl:
    line = [i + 1 for i, l in enumerate(LINES) if l.startswith('%d\t' % row)]
    assert len(line) == 1, (row, line)
    line = line[0]
    assert LINES[line - 1].endswith('\t' + text), (row, LINES[line - 1])
    e = dl(line, text, tasks, 'task-table row %d, %s' % (row, rel))
    M.append(e)

# units
L3 = 3
M += [
    {'rule': 'unknown-unit', 'line': has(5, '银川市西夏区人民政府办公室'), 'text': '银川市西夏区人民政府办公室', 'why': 'the issuing office, full name listed as a short name of 区人民政府办公室 in units.txt'},
    {'rule': 'unknown-unit', 'line': has(L3, '各镇人民政府'), 'text': '各镇人民政府', 'why': 'collective addressee'},
    {'rule': 'unknown-unit', 'line': has(L3, '各街道办事处'), 'text': '各街道办事处', 'why': 'collective addressee'},
    {'rule': 'unknown-unit', 'line': ln('1.推动公共服务数字化'), 'text': '卫健局', 'why': 'prefix 区 distributes over the list: 区卫健局、区人社局、区文旅体广局、区民政局 are all in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('1.强化安全管理责任'), 'text': '区直各部门（单位）', 'why': 'collective subject'},
    {'rule': 'unknown-unit', 'line': ln('1.强化安全管理责任'), 'text': '各镇（街道）', 'why': 'collective subject'},
    {'rule': 'unknown-unit', 'line': ln('1.推进精准监管'), 'text': '区直有关部门', 'why': 'collective subject'},
    {'rule': 'unknown-unit', 'line': ln('4.提高基层社会治理能力'), 'text': '各村（社区）', 'why': 'collective subject'},
    {'rule': 'unknown-unit', 'line': ln('1.推进产业数字化'), 'text': '区工信局', 'why': 'short name of 区工业和信息化局 in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('1.推进产业数字化'), 'text': '区农业农村水务局', 'why': 'short name of 区农业农村和水务局 in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('2.建设“智慧园区”'), 'text': '区发改局', 'why': 'short name of 区发展和改革局 in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('3.完善数字经济治理'), 'text': '西夏市场监管分局', 'why': 'short name of 银川市市场监督管理局西夏区分局 in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('3.完善数字经济治理'), 'text': '西夏公安分局', 'why': 'short name of 银川市公安局西夏区分局 in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('5.推进数字乡村建设'), 'text': '兴泾镇人民政府', 'why': 'named town government in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('1.推动行政权力事项网上运行'), 'text': '区审批局', 'why': 'short name of 区审批服务管理局 in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('3.纳入“一本账”管理'), 'text': '区政府办公室', 'why': 'short name of 区人民政府办公室 in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('4.规范电子公文管理'), 'text': '区委办', 'why': 'short name of 区委办公室 in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('1.强化生态环境数字化监测'), 'text': '西夏生态环境分局', 'why': 'short name of 银川市生态环境局西夏分局 in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('每季度末月20日前'), 'text': '区数字政府建设领导小组办公室', 'why': 'listed in units.txt'},
    {'rule': 'unknown-unit', 'line': ln('4.推进智慧城市建设'), 'text': '银川市', 'why': '“按照银川市统一部署” names the parent city as a level of government, not a responsible unit'},
    {'rule': 'unknown-unit', 'line': ln('1.推进产业数字化'), 'text': '自治区', 'why': '“依托自治区黄河云、红酒云” names regional platforms; no regional body leads a local task anywhere in the draft'},
]
# pillars judged by content
M += [
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': 'taken up as “（二）加大资金保障” (line %d) under 保障措施' % ln('（二）加大资金保障')},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '组织领导', 'why': '“（一）加强组织领导” (line %d) under 保障措施' % ln('（一）加强组织领导')},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字素养', 'why': '“（三）提升数字素养” (line %d)' % ln('（三）提升数字素养')},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '考核评价', 'why': '“（四）强化考核评价” (line %d)' % ln('（四）强化考核评价')},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '六级贯通', 'why': '“（二）厘清层级职责。按照“六级贯通”层级架构…” (line %d)' % ln('（二）厘清层级职责')},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': '“（三）营造良好数字生态” (lines %d-%d)' % (ln('（三）营造良好数字生态'), ln('2.营造安全清朗的网络生态'))},
]

# ---------------- covers ----------------
cov = [
    (2, '1.推进产业数字化'), (3, '2.建设“智慧园区”'), (5, '3.完善数字经济治理'), (6, '1.推动公共服务数字化'),
    (7, '2.推进智慧教育'), (8, '3.深化“互联网+医疗健康”'), (9, '4.推进智慧城市建设'), (10, '5.推进数字乡村建设'),
    (12, '1.培育数据要素市场'), (14, '1.强化安全管理责任'), (15, '1.强化安全管理责任'), (17, '2.提升安全防护能力'),
    (18, '2.提升安全防护能力'), (21, '1.推动行政权力事项网上运行'), (22, '2.强化审管协同'), (23, '3.纳入“一本账”管理'),
    (28, '4.开展试点示范'), (30, '1.完善数据管理机制'), (32, '1.完善数据管理机制'), (33, '2.推进数据回流共享'),
    (34, '2.推进数据回流共享'), (40, '4.规范电子公文管理'), (41, '3.推进数据开放利用'), (42, '3.推进数据开放利用'),
    (43, '1.强化政务云支撑'), (46, '1.强化政务云支撑'), (47, '2.提升网络支撑能力'), (48, '2.提升网络支撑能力'),
    (50, '2.提升网络支撑能力'), (49, '3.推进视频资源共享'), (52, '4.推广共性应用'), (53, '4.推广共性应用'),
    (54, '5.深化电子文件归档'), (57, '6.完善信用信息服务'), (64, '（一）健全组织机构。参照自治区做法'),
    (65, '2.推进经济数据汇聚'), (66, '1.加强经济运行监测'), (70, '1.推进精准监管'), (73, '2.强化协同监管'),
    (71, '3.推进智慧监管'), (74, '3.推进智慧监管'), (77, '1.提升矛盾纠纷化解能力'), (79, '2.提升社会治安防控能力'),
    (80, '3.提升公共安全保障能力'), (83, '4.提高基层社会治理能力'), (84, '1.打造泛在可及的服务体系'),
    (86, '2.做强“我的宁夏”西夏区专区'), (87, '3.提升12345热线服务质效'), (88, '4.提供优质便利的涉企服务'),
    (89, '4.提供优质便利的涉企服务'), (90, '5.推进公共场馆数字化'), (92, '6.探索“多卡合一”'),
    (94, '1.强化生态环境数字化监测'), (96, '2.推进数字治水'), (97, '3.提高自然资源利用效率'),
    (98, '3.提高自然资源利用效率'), (102, '4.推动绿色低碳转型'), (103, '1.提升辅助决策能力'),
    (104, '2.提升行政执行能力'), (105, '2.提升行政执行能力'), (106, '3.推进基层减负'), (107, '4.整合视频会议资源'),
    (108, '5.提升行政监督水平'), (109, '5.提升行政监督水平'), (111, '6.提升机关事务管理水平'),
    (112, '1.完善政务公开平台'), (113, '2.推进政策“一库通查”'), (114, '3.构建政务新媒体矩阵'),
    (115, '4.畅通政民互动渠道'), (116, '（一）加强组织领导'), (25, '（二）加大资金保障'), (118, '（三）提升数字素养'),
    (121, '（四）强化考核评价'), (122, '将数字政府建设纳入全区效能目标管理考核'), (123, '将数字政府建设纳入全区效能目标管理考核'),
    (124, '将数字政府建设纳入全区效能目标管理考核'),
]
covers = [{'task': t, 'line': ln(s)} for t, s in cov]

key = {
    'writer': 'blind writer, round 768; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('银川市西夏区人民政府办公室 notice of 2024-03-18 issuing the district 实施方案 (140 lines: notice, preamble, background, '
              '总体要求 with goals, 三个驱动, 四个支撑, 五个一/六级贯通, 七个能力, 保障措施, and a 31-row task table). '
              'No parent plan is supplied (西夏区 is under 银川市, whose plan is not in the seeds); the draft only says 按照银川市统一部署. '
              'Five planted slips plus one deliberately omitted task (93). Regional tasks whose 完成时限 is 2023 (14, 15, 17, 18, 30, 32, 116, 118, 25, 122-124) '
              'are taken up without any date, so no local deadline can be compared with a 2023 milestone. '
              'Line 102 carries tasks 122-124 without a date; the only dated 考核 line (101) is task 121 (长期坚持). '
              'Framework: 三个驱动 lines 20-33, 四个支撑 34-55, 五个一/六级贯通 56-59, 七个能力 60-96, 党的领导 items as 保障措施 97-104.'),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
