#!/usr/bin/python3
# Builds key.json and checks every line number and text against draft.txt (1-based).
import json, os
here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]
assert 180 <= len(L) <= 240, len(L)

def ln(sub, nth=1):
    hits = [i + 1 for i, x in enumerate(L) if sub in x]
    assert len(hits) >= nth, sub
    return hits[nth - 1]

HEAD = ln('序号')
assert L[HEAD - 1:HEAD + 4] == ['序号', '任务', '牵头单位', '配合单位', '完成时限']
def row(r, col):
    """col: 0 序号, 1 任务, 2 牵头单位, 3 配合单位, 4 完成时限"""
    base = HEAD + 5 + (r - 1) * 5
    assert L[base - 1] == str(r), (r, L[base - 1])
    return base + col

def E(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        assert line == 0 or text in L[line - 1], (rule, line, text)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    E('basis-mismatch', ln('宁政发〔2022〕17号'), '宁政发〔2022〕17号',
      'the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong'),
    E('garbled-text', ln('寤虹珛鍋ュ叏'), '寤虹珛鍋ュ叏鏀垮姟',
      'UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立健全政务数据供需对接机制'),
    E('deadline-later-than-baseline', row(11, 4), '2025年底',
      'row 11 (城域网升级改造, 电子政务外网 县乡村三级全覆盖) is regional task 48, 完成时限 2024年 (task 47, 外网升级, is also 2024年)'),
    E('deadline-invalid', row(9, 4), '2024年6月31日',
      'impossible date: June has 30 days (row 9 is regional task 41, 完成时限 2024年, so the month itself is not late)'),
    E('unknown-unit', row(17, 3), '县食品药品监督管理局',
      'the county food and drug administration was merged into 县市场监督管理局 in the institutional reform; not in units.txt (an outdated unit copied into the cell)'),
    E('task-uncovered', 0, None, 'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责, 2024年) is deliberately left out: no 适老化/无障碍 content anywhere', task=93),
]

M = []
def N(rule, line, text, why):
    M.append(E(rule, line, text, why))

N('basis-mismatch', ln('国发〔2022〕14号'), '国发〔2022〕14号', 'correct 文号 and title of the national 指导意见')
N('basis-mismatch', ln('宁政办发〔2023〕11号'), '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 cited exactly as the 吴忠 parent plan cites it')
N('basis-mismatch', ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'), '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'the city plan cited by title alone, correct title (实施方案, 加强); the city plan has no 文号')
N('basis-mismatch', ln('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background section, correct title and 文号, not cited as a basis')
N('basis-mismatch', ln('同政办发〔2024〕9号'), '同政办发〔2024〕9号', "the notice's own issuing number, not a citation")
N('deadline-invalid', ln('2024年3月22日'), '2024年3月22日', 'date of issue of the notice, not a deadline')
N('deadline-invalid', ln('2023年，全县电子政务外网'), '2023年', 'past date in the background (工作基础) describing what was done, not a deadline')
N('deadline-later-than-baseline', ln('到2024年底'), '2024年底', 'goals for 信创云 migration (tasks 46/43/19, 2024年), 宁政通 (task 105, 2024年) and 我的宁夏 应上尽上 (task 86, 2024年): equal; no regional or 吴忠 goal for these things is earlier')
N('deadline-later-than-baseline', ln('到2025年，全县数字政府建设体系框架全面成型'), '2025年', 'same year as the regional goal (到2025年 “34567”体系框架全面成型) and the 吴忠 goal (到2025年 “1347”体系框架全面成型)')
N('deadline-later-than-baseline', ln('到2035年'), '2035年', 'same year as the regional and 吴忠 2035 goals')
N('deadline-later-than-baseline', ln('力争2024年底前'), '2024年底前', '中小学数字校园 / 智慧教育平台 is regional task 7, 2023年形成试点经验，2025年取得明显成效: earlier')
N('deadline-invalid', ln('2024年12月10日前报送年度工作总结'), '2024年12月10日', "the office's own reporting date for progress reports, not a task deadline")
N('deadline-later-than-baseline', ln('2024年12月10日前报送年度工作总结'), '每季度末月25日', "the office's own quarterly reporting rule, not a task deadline")
N('deadline-later-than-baseline', ln('重点任务清单（2024年—2025年）'), '2024年—2025年', 'period in the title of the task list, not a deadline')
N('unknown-unit', ln('主动对接自治区政府办公厅'), '自治区政府办公厅', 'a regional body named in prose as a counterpart to coordinate with, not as the lead of a local task')
N('unknown-unit', ln('吴忠市有关部门'), '吴忠市有关部门', 'collective subject at city level')
N('unknown-unit', ln('同心县人民政府办公室', 2), '同心县人民政府办公室', "signature of the issuing office; registered as an alias of 县人民政府办公室")
N('unknown-unit', ln('县数字政府建设领导小组办公室报送') if any('县数字政府建设领导小组办公室报送' in x for x in L) else ln('报送县数字政府建设领导小组办公室'), '县数字政府建设领导小组办公室', 'listed in units.txt')
N('unknown-unit', ln('宁夏干部教育培训网络学院'), '宁夏干部教育培训网络学院', 'a training platform named in prose (as in the 吴忠 plan), not a responsible unit')
N('unknown-unit', ln('注：牵头单位有多个的'), None, "the list's own note that the first-listed unit leads; row 19 has two leads (县委政法委、县公安局), the first is the main lead")
N('unknown-unit', row(1, 2), '同心工业园区管委会', 'listed in units.txt (park management committee)')
N('deadline-later-than-baseline', row(1, 4), '持续推进，2025年取得明显成效', 'row 1 is regional task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: identical')
N('unknown-unit', row(2, 3), '卫生健康局', 'prefix 县 distributes over the list: 县卫生健康局, 县人力资源和社会保障局, 县民政局, all in units.txt')
N('deadline-later-than-baseline', row(2, 4), '2025年', 'row 2 is regional task 6, 持续推进，2025年取得明显成效: completing milestone equal')
N('deadline-later-than-baseline', row(3, 4), '2024年底前', 'row 3 is regional task 7, 2023年形成试点经验，2025年取得明显成效: earlier')
N('unknown-unit', row(3, 3), '各乡镇人民政府', 'collective subject')
N('unknown-unit', row(4, 3), '县医保局', 'official short name of 县医疗保障局 in units.txt')
N('deadline-later-than-baseline', row(4, 4), '2025年', 'row 4 is regional task 8, 持续推进，2025年取得明显成效: equal')
N('unknown-unit', row(5, 3), '中国电信同心分公司', 'operator outside the government proper, listed in units.txt (as is 中国移动同心分公司)')
N('deadline-later-than-baseline', row(5, 4), '持续推进，2025年取得明显成效', 'row 5 is regional task 10, 持续推进，2025年取得明显成效: identical')
N('unknown-unit', row(6, 2), '县供销社', 'official short name of 县供销合作社联合社 in units.txt')
N('deadline-later-than-baseline', row(6, 4), '2025年取得明显成效', 'row 6 is regional task 11, 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal')
N('deadline-invalid', row(7, 4), '2023年形成机制，长期坚持', 'copied verbatim from regional task 18 (2023年形成机制，长期坚持); a copied regional deadline before the plan year, not an error')
N('unknown-unit', row(7, 3), '县直各部门（单位）', 'collective subject')
N('deadline-later-than-baseline', row(8, 4), '2024年', 'row 8 is regional tasks 40 and 54, both 2024年: equal')
N('deadline-later-than-baseline', row(10, 4), '2024年', 'row 10 is regional task 46 (2024年; also 19: 2023年启动，2024年建成, 43: 2024年建成，持续推进): equal')
N('deadline-later-than-baseline', row(13, 4), '2024年底前', 'row 13 is regional task 49 (视频共享平台, 2025年): earlier')
N('unknown-unit', row(14, 3), '市场监督管理局', 'prefix 县 distributes: 县民政局, 县市场监督管理局 (in units.txt); it is not a city unit')
N('deadline-later-than-baseline', row(14, 4), '2025年', 'row 14 is regional task 52 (电子证照共享应用服务体系, 社会化高频场景, 2025年): equal')
N('deadline-later-than-baseline', row(15, 4), '2025年', 'row 15 is regional task 56 (非税收入收缴电子化, 2025年): equal')
N('deadline-later-than-baseline', row(16, 4), '2024年4月底前', 'row 16 is regional task 64 (各地参照自治区做法成立组织机构, 2025年): earlier')
N('unknown-unit', row(16, 3), '县委编办', 'in units.txt')
N('unknown-unit', row(19, 2), '县委政法委、县公安局', 'two county units both in units.txt; the first leads per the list note')
N('unknown-unit', row(20, 3), '同心县消防救援大队', 'vertical bodies stationed in the county, listed in units.txt (also 同心县气象局); 水务局 takes the 县 prefix')
N('unknown-unit', row(21, 3), '各村（社区）', 'collective subject')
N('unknown-unit', row(22, 3), '县直有关部门（单位）', 'collective subject')
N('deadline-later-than-baseline', row(24, 4), '2025年', 'row 24 is regional task 87, 2023年启动，2025年完成: completing milestone equal (12345 and 110 are phone numbers, not dates)')
N('unknown-unit', row(25, 2), '吴忠市生态环境局同心分局', 'city bureau branch in the county, listed in units.txt')
N('deadline-later-than-baseline', row(25, 4), '2025年', 'row 25 is regional task 95 (大气、水、土壤、自然生态 数据资源综合开发利用, 2025年): equal')
N('deadline-later-than-baseline', row(26, 4), '2025年', 'row 26 is regional task 96 (互联网+城乡供水, 2025年): equal')
N('deadline-later-than-baseline', row(28, 4), '2025年', 'row 28 is regional task 106 (填表报数 压减50%, 2025年): equal; 50% is not a date')
N('deadline-later-than-baseline', row(29, 4), '2024年底前', 'row 29 is regional task 107 (视频会议平台, 2025年): earlier')
N('deadline-invalid', row(31, 4), '2023年完成并长期坚持', 'copied verbatim from regional task 116 (2023年完成并长期坚持); a copied regional deadline before the plan year')
N('deadline-later-than-baseline', row(32, 4), '长期坚持', 'row 32 is regional task 121, 长期坚持: identical')

cover_rows = {3: 1, 6: 2, 7: 3, 8: 4, 10: 5, 11: 6, 18: 7, 40: 8, 54: 8, 41: 9, 46: 10, 48: 11,
              50: 12, 49: 13, 52: 14, 56: 15, 64: 16, 71: 17, 77: 18, 79: 19, 80: 20, 83: 21,
              84: 22, 86: 23, 87: 24, 95: 25, 96: 26, 105: 27, 106: 28, 107: 29, 114: 30,
              116: 31, 121: 32}
covers = [{'task': t, 'line': row(r, 1)} for t, r in sorted(cover_rows.items())]
prose = [(5, '以网管网'), (14, '强化安全管理责任'), (15, '强化安全管理责任'), (17, '落实安全制度要求'),
         (21, '推动各类行政权力事项网上运行'), (24, '健全政务信息化项目建设管理会商机制'),
         (30, '全面摸清全县政务数据资源底数'), (32, '明确各部门数据管理职责和人员'), (36, '跨层级互认共享'),
         (68, '照单监管'), (72, '互联网+监管'), (112, '政务公开平台'), (118, '县委党校'),
         (122, '效能目标管理考核'), (123, '综合考核评价的重要参考')]
covers += [{'task': t, 'line': ln(s)} for t, s in prose]
covers.sort(key=lambda c: c['task'])

key = {
    'writer': 'blind writer, round 845; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('同心县 2024 实施方案 as Word saves it as plain text: prose, then the 附件 task list with one cell per line '
              '(序号, 任务, 牵头单位, 配合单位, 完成时限 per row; header on lines %d-%d, 32 rows). '
              'Table rows with 2023 deadlines copied verbatim from the regional list (rows 7 and 31) are deliberate near misses. '
              'Row 14 (电子证照, 2025年) is written after task 52, not task 85 (2023年); row 25 (2025年) after task 95, not task 94 (2024年). '
              'units.txt is the county registry; city units are not used in responsibility cells.') % (HEAD, HEAD + 4),
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(L), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text'), '|', L[e['line'] - 1][:40] if e['line'] else '')
