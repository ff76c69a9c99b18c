# Builds key.json from draft.txt, finding each line by a unique anchor and checking the text is on it.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def line(anchor):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

def row(n):  # table row by its 序号
    hits = [i for i, l in enumerate(L, 1) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def ent(rule, ln, text=None, why='', **kw):
    if text is not None:
        assert text in L[ln - 1], (rule, ln, text)
    e = {'rule': rule, 'line': ln}
    if text is not None: e['text'] = text
    e.update(kw); e['why'] = why
    return e

DL = 'deadline-later-than-baseline'
UU = 'unknown-unit'
expect = [
    ent('basis-mismatch', line('（宁政办发〔2023〕17号）'), '宁政办发〔2023〕17号',
        'the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the draft gives it the 办公厅 series 宁政办发'),
    ent('garbled-text', line('鎽告竻'), '鎽告竻鍏ㄥ尯鏀垮姟鏁版嵁',
        'UTF-8 bytes read as GBK: 鎽告竻鍏ㄥ尯鏀垮姟鏁版嵁璧勬簮搴曟暟 re-encoded as GBK and decoded as UTF-8 is 摸清全区政务数据资源底数'),
    ent(UU, row(11), '区大数据局',
        'not in units.txt: the office has no 区大数据局; its body is 区大数据服务中心 (区大数据中心), a name copied from a city plan'),
    ent(DL, row(14), '2025年底前',
        'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; the draft\'s own 主要目标 (line 22) also says 到2024年底'),
    ent('deadline-invalid', row(29), '13月',
        '2024年13月底前 is an impossible month (meant 12月); task 93 (适老化与信息无障碍建设) 完成时限 2024年, so the year itself is not late'),
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '政务公开',
     'why': 'the 七个能力 part (line 57-75, intro line 58) lists only six capabilities; nothing on 政务公开 (政务公开平台, 政策文件库, 政务新媒体, 政民互动) anywhere in the draft'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 112,
     'why': '完善政务公开信息化平台, 自治区各部门（单位）及各市、县（区）分别负责, 2024年; left out with the whole 政务公开 pillar'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 114,
     'why': '政务新媒体矩阵体系, 自治区各部门（单位）及各市、县（区）分别负责, 2024年; left out with the whole 政务公开 pillar'},
]

M = []
# --- bare short forms and other names the units file lists
for ln, t, w in [
    (line('推进产业数字化。'), '区工信', 'bare short form of 区工业和信息化局, listed in units.txt'),
    (line('推进产业数字化。'), '区发改', 'bare short form of 区发展和改革局, listed in units.txt'),
    (line('推进产业数字化。'), '区大数据中心', 'short form of 区大数据服务中心, listed in units.txt'),
    (line('完善数字经济治理体系。'), '区网信', 'bare short form of 区委网信办 (without 办), listed in units.txt'),
    (line('推动政府职能数字化转变。'), '区审批', 'bare short form of 区审批服务管理局, listed in units.txt'),
    (line('推动数字化服务普惠应用。'), '区人社', 'bare short form of 区人力资源和社会保障局, listed in units.txt'),
    (line('（三）提升数字素养。'), '区人社', 'bare short form of 区人力资源和社会保障局, listed in units.txt'),
    (line('完善数字经济治理体系。'), '惠农公安分局', 'short form of 石嘴山市公安局惠农区分局, listed in units.txt'),
    (line('建设智慧园区。'), '区生态环境分局', 'short form of 石嘴山市生态环境局惠农分局, listed in units.txt'),
    (row(20), '发改', 'prefix 区 distributes over 区工信、发改、商投局: 区发改, listed in units.txt'),
    (row(20), '商投局', 'prefix 区 distributes: 区商投局 (区商务和投资促进局), listed in units.txt'),
    (row(17), '区委办', 'short form of 区委办公室, listed in units.txt'),
    (row(1), '区工信', 'bare short form in the table, listed in units.txt'),
    (row(8), '区网信', 'bare short form in the table, listed in units.txt'),
    (row(9), '区审批', 'bare short form in the table, listed in units.txt'),
    (row(7), '区发改', 'bare short form in the table, listed in units.txt'),
    (row(12), '区大数据中心', 'short form in the table, listed in units.txt'),
    (line('区政府办为数字政府建设牵头部门'), '区政府办', 'short form of 区人民政府办公室, listed in units.txt'),
]:
    M.append(ent(UU, ln, t, w))
# --- collectives
for ln, t in [
    (line('推进数字乡村建设。'), '各乡镇人民政府'),
    (row(6), '各乡镇'),
    (line('强化安全管理责任。'), '区直各部门（单位）'),
    (line('强化安全管理责任。'), '各乡镇（街道）'),
    (line('推动政府职能数字化转变。'), '区直有关部门（单位）'),
    (line('2.厘清层级职责。'), '各村（社区）'),
    (row(23), '各村（社区）'),
]:
    M.append(ent(UU, ln, t, 'collective subject, not a unit name'))

# --- deadlines that are equal to or earlier than the region's
for ln, t, w in [
    (line('到2024年底，'), '2024年底', 'goal for 政务信息系统迁移上云 / 外网全覆盖 / 网上办掌上办: tasks 46, 48, 84 are all due 2024年 — equal'),
    (line('到2025年，全区数字政府建设'), '2025年', 'region 主要目标 到2025年 "34567"体系框架全面成型 — equal'),
    (line('到2035年，'), '2035年', 'region 主要目标 到2035年 — equal'),
    (line('推动数字化服务普惠应用。'), '2025年', 'tasks 6 and 8 持续推进，2025年取得明显成效; task 7 2023年形成试点经验，2025年取得明显成效 — completing milestone equal'),
    (line('加快智慧城市建设。'), '2025年', 'task 9 持续推进，2025年取得明显成效 — equal'),
    (line('推进数字乡村建设。'), '2025年', 'task 10 持续推进，2025年取得明显成效 — equal'),
    (line('3.营造良好数字生态。'), '2025年', 'task 12 (数据要素市场) 2025年 — equal'),
    (line('促进数据有序开发利用。'), '2024年底前', 'task 41 (公共数据开放目录/平台) 2024年 — equal'),
    (line('强化政务云支撑能力。'), '2024年10月底前', 'task 46 (政务信息系统有序迁移) 2024年, task 43 2024年建成 — earlier'),
    (line('1.健全组织机构。'), '2024年6月底前', 'task 64 (各地参照自治区做法成立相应组织机构) 2025年 — earlier'),
    (line('1.提升科学精准的经济调节能力。'), '2025年', 'task 66 (宁夏经济运行大数据平台) 2025年 — equal'),
    (line('2.提升综合高效的市场监管能力。'), '2024年底前', 'tasks 71 (全链条数字化追溯监管) and 73 (监管数据治理、协同监管) 2024年 — equal'),
    (line('5.提升系统科学的生态环境保护能力。'), '2025年', 'tasks 95, 96, 102 all 2025年 — equal'),
    (row(1), '2024年取得明显成效', 'task 2 2023年启动，2024年取得明显成效 — equal'),
    (row(2), '2025年', 'task 3 持续推进，2025年取得明显成效 — equal'),
    (row(3), '2025年', 'task 5 持续推进，2025年取得明显成效 — equal'),
    (row(4), '2025年', 'task 6 持续推进，2025年取得明显成效 — equal'),
    (row(5), '2025年', 'task 9 持续推进，2025年取得明显成效 — equal'),
    (row(6), '2025年', 'task 10 持续推进，2025年取得明显成效 — equal'),
    (row(7), '2025年', 'task 12 2025年 — equal'),
    (row(8), '2023年', 'task 14 2023年 — copied regional deadline, equal'),
    (row(9), '2024年', 'task 21 2024年 — equal'),
    (row(10), '2025年取得明显成效', 'task 28 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal, only the start is put at 2024'),
    (row(11), '2024年', 'task 41 2024年 — equal'),
    (row(12), '2024年10月底前', 'task 46 2024年 — earlier'),
    (row(13), '2024年', 'task 47 2024年 — equal'),
    (row(15), '2024年', 'task 50 2024年 — equal'),
    (row(16), '2025年', 'task 49 2025年 — equal'),
    (row(17), '2024年', 'task 54 2024年 — equal'),
    (row(18), '2024年', 'task 57 2024年 — equal'),
    (row(19), '2024年6月底前', 'task 64 2025年 — earlier'),
    (row(20), '2025年', 'task 66 2025年 — equal'),
    (row(21), '2024年', 'task 71 2024年 — equal'),
    (row(22), '2024年', 'task 77 2024年 — equal'),
    (row(23), '2024年', 'task 79 2024年 — equal'),
    (row(24), '2024年', 'task 80 2024年 — equal'),
    (row(25), '2025年', 'task 83 2025年 — equal'),
    (row(26), '2024年', 'task 84 2024年 — equal'),
    (row(27), '2024年', 'task 86 2024年 — equal'),
    (row(28), '2024年', 'task 89 2024年 — equal'),
    (row(30), '2025年', 'task 95 2025年 — equal'),
    (row(31), '2025年', 'task 96 2025年 — equal'),
    (row(32), '2024年', 'tasks 104 and 105 2024年 — equal'),
    (row(33), '2025年', 'task 106 2025年 — equal'),
    (row(34), '2025年', 'task 107 2025年 — equal'),
    (row(35), '2024年取得明显成效', 'task 108 长期推进，2024年取得明显成效 — equal'),
    (row(36), '2025年', 'task 111 2025年 — equal'),
    (row(37), '2023年完成并长期坚持', 'task 116 2023年完成并长期坚持 — copied, equal'),
    (row(38), '长期坚持', 'task 121 长期坚持 — equal'),
]:
    M.append(ent(DL, ln, t, w))

# --- dates that are not impossible and not to be treated as task deadlines
for ln, t, w in [
    (row(8), '2023年', 'copied regional deadline (task 14, 2023年) lying before the plan\'s year'),
    (row(37), '2023年完成并长期坚持', 'copied regional deadline (task 116) lying before the plan\'s year'),
    (line('2024年3月18日'), '2024年3月18日', 'the document\'s own issue date'),
    (line('截至2023年底'), '2023年底', 'past date in the 工作基础 background'),
    (line('每年6月30日、12月10日前'), '6月30日', 'the office\'s own recurring reporting dates'),
    (line('附件：惠农区数字政府建设重点任务清单'), '2024年—2025年', 'period of the task list'),
]:
    M.append(ent('deadline-invalid', ln, t, w))
for ln, t, w in [
    (line('每年6月30日、12月10日前'), '12月10日', 'the office\'s own reporting date, not a task deadline'),
    (line('截至2023年底'), '2023年底', 'retrospective background date, not a deadline'),
]:
    M.append(ent(DL, ln, t, w))

# --- basis documents
for ln, t, w in [
    (line('国发〔2022〕14号'), '国发〔2022〕14号', 'correct 文号 of 《国务院关于加强数字政府建设的指导意见》'),
    (line('国发〔2022〕14号'), '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 cited with the 文号 the 吴忠 plan gives it'),
    (line('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background, with its correct 文号; not cited as a basis'),
    (line('惠政办发〔2024〕9号'), '惠政办发〔2024〕9号', 'the 通知\'s own 文号'),
]:
    M.append(ent('basis-mismatch', ln, t, w))

# --- pillars taken up under other headings
for p, ln, w in [
    ('五个一', line('1.健全组织机构。'), '五个一/六级贯通 folded into （三）健全工作体系 (organisation, level duties), as the 吴忠 plan does'),
    ('六级贯通', line('2.厘清层级职责。'), '六级贯通 taken up in 2.厘清层级职责'),
    ('数字生态', line('3.营造良好数字生态。'), 'short but present'),
    ('组织领导', line('（一）加强组织领导。'), '党的领导 items under 四、加强党的领导和组织保障'),
    ('财政投入', line('（二）加大财政投入。'), 'present'),
    ('数字素养', line('（三）提升数字素养。'), 'present'),
    ('考核评价', line('（四）强化考核评价。'), 'present'),
    ('生态环境保护', line('5.提升系统科学的生态环境保护能力。'), 'present'),
]:
    M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': p, 'why': f'{w} (line {ln})'})

C = []
for t, ln in [
    (2, line('推进产业数字化。')), (2, row(1)), (3, line('建设智慧园区。')), (3, row(2)),
    (5, line('完善数字经济治理体系。')), (5, row(3)), (6, line('推动数字化服务普惠应用。')), (6, row(4)),
    (7, line('推动数字化服务普惠应用。')), (8, line('推动数字化服务普惠应用。')),
    (9, line('加快智慧城市建设。')), (9, row(5)), (10, line('推进数字乡村建设。')), (10, row(6)),
    (12, line('3.营造良好数字生态。')), (12, row(7)),
    (14, line('强化安全管理责任。')), (14, row(8)), (15, line('强化安全管理责任。')),
    (18, line('提升安全防护能力。')), (21, line('推动政府职能数字化转变。')), (21, row(9)),
    (24, line('创新建设管理机制。')), (28, line('开展试点示范。围绕')), (28, row(10)),
    (30, line('鎽告竻')), (32, line('鎽告竻')), (36, line('深化数据高效共享。')),
    (41, line('促进数据有序开发利用。')), (41, row(11)),
    (46, line('强化政务云支撑能力。')), (46, row(12)), (47, row(13)), (48, row(14)),
    (48, line('提升网络平台支撑能力。')), (50, row(15)), (49, row(16)), (54, row(17)), (57, row(18)),
    (64, line('1.健全组织机构。')), (64, row(19)), (66, line('1.提升科学精准的经济调节能力。')), (66, row(20)),
    (71, row(21)), (73, line('2.提升综合高效的市场监管能力。')), (77, row(22)), (79, row(23)), (80, row(24)), (83, row(25)),
    (84, row(26)), (85, line('提升智慧便捷的服务能力。')), (86, row(27)), (89, row(28)), (93, row(29)),
    (95, row(30)), (96, row(31)), (102, line('5.提升系统科学的生态环境保护能力。')),
    (104, row(32)), (105, row(32)), (106, row(33)), (107, row(34)), (108, row(35)), (111, row(36)),
    (116, row(37)), (116, line('（一）加强组织领导。')), (121, row(38)), (124, line('（四）强化考核评价。')),
]:
    C.append({'task': t, 'line': ln})

key = {
    'writer': 'blind writer, round 839; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
    'covers': C,
    'notes': ('惠农区 (石嘴山市) 2024 实施方案, no parent plan. The office names bodies by bare short forms without 局/办 '
              '(区发改、区工信、区审批、区网信、区人社, and 区大数据中心); units.txt lists them all as short names, so none is unknown. '
              'Line 106 (table row 20) writes 区工信、发改、商投局: the prefix 区 distributes. The one unit not in units.txt is 区大数据局 (row 11). '
              'Row 14 (2025年底前) also contradicts the draft\'s own 2024 goal on line 22. Rows 8 and 37 copy the region\'s 2023 deadlines into a 2024 plan (near misses, not errors). '
              'Row 10 puts the start of task 28 at 2024 (region 2023年启动) but keeps the completing milestone 2025. '
              'Tasks 113 and 115 (regional-led, counties cooperate) are also absent with the 政务公开 pillar; they are not listed in expect.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(C))
