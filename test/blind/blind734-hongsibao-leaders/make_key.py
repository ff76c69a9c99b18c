#!/usr/bin/env python3
# Builds key.json for blind case 734 and checks every line number against draft.txt.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def find(sub, nth=0):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert hits, f'not found: {sub}'
    if nth is None:
        assert len(hits) == 1, f'not unique: {sub} {hits}'
        return hits[0]
    return hits[nth]


def row(n):
    hits = [i + 1 for i, l in enumerate(lines) if re.match(rf'^[^\t]*\t{n}\.', l)]
    assert len(hits) == 1, n
    return hits[0]


def cell(n, k):
    return lines[row(n) - 1].split('\t')[k]


def chk(line, text):
    assert text in lines[line - 1], (line, text)
    return line


expect = []
mnf = []
covers = []

# ---- planted mistakes -------------------------------------------------------
L = find('宁政办发〔2023〕17号', None)
expect.append({'rule': 'basis-mismatch', 'line': L, 'text': '宁政办发〔2023〕17号',
               'why': '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 政府 document, not 政府办公厅 宁政办发); wrong 文号 for the title'})
L = chk(row(17), '2025年6月底前')
expect.append({'rule': 'deadline-later-than-baseline', 'line': L, 'text': '2025年6月底前',
               'why': 'row 17 (城域网升级改造, 电子政务外网 to 村, 区乡村三级全覆盖) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (task 47 外网升级改造 also 2024年); local deadline runs into 2025'})
L = chk(row(27), '21月')
expect.append({'rule': 'deadline-invalid', 'line': L, 'text': '21月',
               'why': '2024年21月底前 has no month 21 (slip for 12月); the row is task 80 (智慧应急), 完成时限 2024年. A reviewer reports it as an impossible date, not as a late one'})
L = find('区信息中心', None)
expect.append({'rule': 'unknown-unit', 'line': L, 'text': '区信息中心',
               'why': 'not in units.txt (the registry has 区大数据服务中心; 区信息中心 is an old/unregistered name)'})
L = find('鏀垮姟鏁版嵁', None)
expect.append({'rule': 'garbled-text', 'line': L, 'text': '鏀垮姟鏁版嵁',
               'why': 'UTF-8 bytes of 政务数据 read as GBK (mojibake, no ? marker)'})
expect.append({'rule': 'task-uncovered', 'line': 0, 'task': 93,
               'why': 'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 各市、县（区）按照职能分别负责, 2024年) is deliberately left out: no 适老化/信息无障碍 anywhere in the draft'})

# ---- near misses: leaders' posts and names (责任领导 column) -----------------
leader_why = 'a leader (post and name) in the 责任领导 column, not a responsible unit'
seen = set()
for n in range(1, 50):
    c = cell(n, 2)
    for part in re.split(r'(?<=）)、', c):
        key = part
        if key in seen:
            continue
        seen.add(key)
        mnf.append({'rule': 'unknown-unit', 'line': row(n), 'text': part, 'why': leader_why})
mnf.append({'rule': 'unknown-unit', 'line': row(49), 'text': cell(49, 2),
            'why': 'two leaders (post and name each) joined by 、 in the 责任领导 column; neither is a unit'})
L = row(9)
mnf.append({'rule': 'unknown-unit', 'line': L, 'text': '公安分局局长',
            'why': 'part of the post 副区长、公安分局局长 in the 责任领导 column; the unit itself (区公安分局) is in units.txt'})
L = row(19)
mnf.append({'rule': 'unknown-unit', 'line': L, 'text': '区委常委',
            'why': 'post of leader 杨海涛 written without brackets (区委常委、政法委书记杨海涛); the 、 separates two posts of one person, not two units'})
L = find('由区长任组长', None)
mnf.append({'rule': 'unknown-unit', 'line': L, 'text': '常务副区长',
            'why': 'posts (区长, 常务副区长) describing the leading group, not units'})

# ---- near misses: collectives, registered short names, non-units -----------
L = 3
mnf.append({'rule': 'unknown-unit', 'line': chk(L, '各乡镇人民政府'), 'text': '各乡镇人民政府', 'why': 'collective subject'})
mnf.append({'rule': 'unknown-unit', 'line': chk(L, '区直各部门（单位）'), 'text': '区直各部门（单位）', 'why': 'collective subject'})
mnf.append({'rule': 'unknown-unit', 'line': chk(row(28), '各村（社区）'), 'text': '各村（社区）', 'why': 'collective subject'})
mnf.append({'rule': 'unknown-unit', 'line': chk(row(13), '区直有关部门'), 'text': '区直有关部门', 'why': 'collective subject'})
for n, t in [(3, '区发改局'), (5, '区卫健局'), (5, '区人社局'), (5, '区文旅局'), (7, '区供销社'),
             (4, '弘德工业园区管委会'), (9, '区公安分局'), (30, '区审批局'), (15, '区住建局'), (10, '区直各部门（单位）')]:
    mnf.append({'rule': 'unknown-unit', 'line': chk(row(n), t), 'text': t,
                'why': 'official short name / registered name in units.txt'})
mnf.append({'rule': 'unknown-unit', 'line': chk(row(38), '吴忠市生态环境局红寺堡分局'), 'text': '吴忠市生态环境局红寺堡分局',
            'why': 'the city bureau\'s 红寺堡 branch, registered in units.txt; first-listed (lead) here, which is right for a local task'})
mnf.append({'rule': 'unknown-unit', 'line': chk(row(27), '红寺堡区消防救援大队'), 'text': '红寺堡区消防救援大队', 'why': 'registered in units.txt'})
L = find('区社会治理指挥调度中心', None)
mnf.append({'rule': 'unknown-unit', 'line': L, 'text': '区社会治理指挥调度中心', 'why': 'a facility being built (task 64 / 六级贯通 县级指挥调度中心), not a responsible unit'})
L = find('接入自治区生态环境数据资源中心', None)
mnf.append({'rule': 'unknown-unit', 'line': L, 'text': '自治区生态环境数据资源中心', 'why': 'a regional data platform the district connects to (task 94), not a responsible unit or a lead'})
L = find('宁夏干部教育培训网络学院', None)
mnf.append({'rule': 'unknown-unit', 'line': L, 'text': '宁夏干部教育培训网络学院', 'why': 'an online training platform (as in the 吴忠 plan), not a responsible unit'})
L = find('区数字政府建设领导小组办公室对重点任务', None)
mnf.append({'rule': 'unknown-unit', 'line': L, 'text': '区数字政府建设领导小组办公室', 'why': 'registered in units.txt'})
L = find('在区委统一领导下', None)
mnf.append({'rule': 'unknown-unit', 'line': L, 'text': '区委', 'why': 'registered in units.txt (中共吴忠市红寺堡区委员会 = 区委)'})

# ---- near misses: basis documents ------------------------------------------
L = find('国发〔2022〕14号', None)
mnf.append({'rule': 'basis-mismatch', 'line': L, 'text': '国发〔2022〕14号', 'why': 'correct title and 文号'})
mnf.append({'rule': 'basis-mismatch', 'line': L, 'text': '宁政办发〔2023〕11号',
            'why': '《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan'})
mnf.append({'rule': 'basis-mismatch', 'line': L, 'text': '吴忠市人民政府《关于加强数字政府建设的实施方案》',
            'why': 'the parent city plan cited by title alone, correct title (it has no 文号 in the seed)'})
L = find('宁政办发〔2020〕14号', None)
mnf.append({'rule': 'basis-mismatch', 'line': L, 'text': '宁政办发〔2020〕14号',
            'why': 'retrospective mention of the 2020 工作要点 in the 工作基础 background (correct 文号), not cited as a basis'})
mnf.append({'rule': 'basis-mismatch', 'line': 2, 'text': '红政办发〔2024〕16号', 'why': "the notice's own 文号, not a citation"})

# ---- near misses: dates that are not deadlines / before the plan year ------
L = find('2023年11月底前完成区、乡两级', None)
mnf.append({'rule': 'deadline-invalid', 'line': L, 'text': '2023年11月底前', 'why': 'past achievement in the 工作基础 background, not a deadline'})
mnf.append({'rule': 'deadline-invalid', 'line': L, 'text': '2020年', 'why': 'year inside the title of the 2020 工作要点, not a deadline'})
mnf.append({'rule': 'deadline-invalid', 'line': 6, 'text': '2024年3月18日', 'why': 'issue date of the notice'})
L = find('2024年12月10日前报送年度工作总结', None)
mnf.append({'rule': 'deadline-later-than-baseline', 'line': L, 'text': '2024年12月10日前',
            'why': "the office's own reporting dates (每季度末月25日前, 2024年12月10日前), not task deadlines; the 考核 sentence before them (tasks 122/123) carries no date"})
L = find('到2025年，全区数字政府建设体系框架全面成型', None)
mnf.append({'rule': 'deadline-later-than-baseline', 'line': L, 'text': '到2025年',
            'why': 'same year as the region\'s 主要目标 (到2025年 “34567”体系框架全面成型) and the 吴忠 goal (到2025年 “1347”体系框架全面成型); 全区 here means 红寺堡区'})
L = find('到2024年底，政务服务事项网上可办率', None)
mnf.append({'rule': 'deadline-later-than-baseline', 'line': L, 'text': '到2024年底',
            'why': 'new annual targets with no dated counterpart in the region\'s or 吴忠\'s goals (their 2023 goals — 五个一架构, 家底理清, 政务大数据体系初步形成, 标志性应用场景 — are not restated); 宁政通 全覆盖 is task 105, 完成时限 2024年 (equal)'})

# ---- every table deadline, with its regional task ---------------------------
T = {  # row: (task(s), regional 完成时限 text, relation)
    1: ('task 64', '2025年', 'earlier'),
    2: ('no regional task (吴忠\'s 一联系、两清单 mechanism); nearest is task 64', '2025年', 'earlier'),
    3: ('task 2', '2023年启动，2024年取得明显成效', 'earlier'),
    4: ('task 3', '持续推进，2025年取得明显成效', 'equal'),
    5: ('task 6 (also 7 and 8)', '持续推进，2025年取得明显成效 (task 7: 2023年形成试点经验，2025年取得明显成效; task 8: 持续推进，2025年取得明显成效)', 'equal'),
    6: ('task 10', '持续推进，2025年取得明显成效', 'equal (same year)'),
    7: ('task 11', '2023年完成主要建设任务，2025年取得明显成效', 'equal on the completing milestone (2025)'),
    8: ('task 13', '2024年', 'equal'),
    9: ('task 18', '2023年形成机制，长期坚持', 'ongoing, no later dated milestone'),
    10: ('task 46 (also 19, 43)', '2024年 (task 19: 2023年启动，2024年建成; task 43: 2024年建成，持续推进)', 'earlier'),
    11: ('task 21', '2024年', 'equal'),
    12: ('task 23', '2024年', 'earlier'),
    13: ('task 28', '2023年启动，2025年取得明显成效', 'equal'),
    14: ('task 41', '2024年', 'equal'),
    15: ('task 42', '2024年', 'equal'),
    16: ('task 40 (also 54)', '2024年', 'earlier'),
    18: ('task 47', '2024年', 'equal'),
    19: ('task 49', '2025年', 'earlier — the same text 2025年6月底前 as the planted late row 17, but here the regional deadline is 2025年'),
    20: ('task 56', '2025年', 'earlier'),
    21: ('task 57', '2024年', 'equal'),
    22: ('task 66', '2025年', 'equal'),
    23: ('task 71', '2024年', 'equal'),
    24: ('task 74', '2024年', 'equal'),
    25: ('task 77', '2024年', 'earlier'),
    26: ('task 79', '2024年', 'equal'),
    28: ('task 83', '2025年', 'earlier'),
    29: ('task 84', '2024年', 'equal'),
    30: ('task 86', '2024年', 'earlier'),
    31: ('task 89', '2024年', 'earlier'),
    32: ('task 88', '2024年', 'equal'),
    33: ('task 90', '2024年', 'earlier'),
    34: ('task 96', '2025年', 'equal'),
    35: ('task 94', '2024年', 'equal'),
    36: ('task 98', '2024年', 'equal'),
    37: ('task 97 (also 58)', '2024年', 'equal'),
    38: ('task 102', '2025年', 'equal'),
    39: ('task 104', '2024年', 'earlier'),
    40: ('task 105', '2024年', 'earlier'),
    41: ('task 106', '2025年', 'equal'),
    42: ('task 107', '2025年', 'earlier'),
    43: ('task 111', '2025年', 'equal'),
    44: ('task 112', '2024年', 'equal'),
    45: ('task 114', '2024年', 'earlier'),
    46: ('task 115', '2024年', 'equal'),
    47: ('task 116', '2023年完成并长期坚持', 'ongoing (长期坚持), no later dated milestone'),
    48: ('task 118', '2023年完成并长期坚持', 'ongoing (长期坚持), no later dated milestone'),
    49: ('task 121', '长期坚持', 'earlier milestone (2024年4月) plus ongoing'),
}
for n in range(1, 50):
    if n in (17, 27):
        continue
    task, due, rel = T[n]
    d = cell(n, 4)
    mnf.append({'rule': 'deadline-later-than-baseline', 'line': row(n), 'text': d,
                'why': f'{task}, 完成时限 {due}: local {d} is {rel}'})

# ---- near misses: garbled-looking but fine ---------------------------------
for t in ['1244+N', 'IPv6', '12345', '两微一端']:
    mnf.append({'rule': 'garbled-text', 'line': find(t, 0), 'text': t, 'why': 'ordinary Latin letters / digits / quoted term, not mojibake'})

# ---- near misses: pillars taken up under the district's own framework -----
mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一', 'why': 'folded into “一套体系” (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), as in the 吴忠 plan'})
mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': '三(三) 营造良好数字生态: 数据要素市场, 数据交易制度, 网络生态'})
mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': '保障措施(二) 加大资金保障 (预算, 运维资金挂钩评估)'})

# ---- covers -----------------------------------------------------------------
C = {64: row(1), 2: row(3), 3: row(4), 5: find('完善数字经济治理', None), 6: row(5), 8: row(5),
     10: row(6), 11: row(7), 13: row(8), 14: find('强化安全管理责任', None), 15: find('强化安全管理责任', None),
     17: find('落实安全制度要求', None), 18: row(9), 46: row(10), 21: row(11), 23: row(12), 28: row(13),
     32: find('完善数据管理机制', None), 36: find('供需对接机制', None), 41: row(14), 42: row(15), 40: row(16),
     54: row(16), 48: row(17), 47: row(18), 49: row(19), 56: row(20), 57: row(21), 66: row(22), 68: find('照单监管', None),
     71: row(23), 74: row(24), 77: row(25), 79: row(26), 80: row(27), 83: row(28), 84: row(29), 86: row(30),
     89: row(31), 88: row(32), 90: row(33), 96: row(34), 94: row(35), 98: row(36), 97: row(37), 58: row(37),
     102: row(38), 104: row(39), 105: row(40), 106: row(41), 107: row(42), 111: row(43), 112: row(44),
     114: row(45), 115: row(46), 116: row(47), 118: row(48), 121: row(49),
     123: find('考核结果作为领导班子', None), 25: find('加大资金保障', None)}
for t in sorted(C):
    covers.append({'task': t, 'line': C[t]})

key = {
    'writer': 'blind writer, round 734; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': ('红寺堡区人民政府办公室 notice (红政办发〔2024〕16号, 2024-03-18) issuing the district\'s 2024 数字政府建设实施方案 in the 吴忠 “1347” shape, '
              'with an annex 重点任务清单 whose columns are 工作任务 | 具体措施 | 责任领导 | 责任单位 | 时间节点. The 责任领导 column names leaders by post and name '
              '(several forms: 姓名（职务）, 职务 姓名, 职务姓名 without brackets, two leaders joined by 、); the leaders are fictional. '
              'The annex states that the first-listed 责任单位 leads. Units are checked against units.txt (district registry, with 吴忠市公安局/生态环境局 branches). '
              'Row 27\'s 2024年21月底前 is planted as deadline-invalid only. Row 17 (2025年6月底前, task 48 due 2024) is the one late deadline; '
              'row 19 has the same text but task 49 is due 2025. Tasks due 2023 in the regional list are taken up in the body without dates on purpose.'),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers), 'lines', len(lines))
