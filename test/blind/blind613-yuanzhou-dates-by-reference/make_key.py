#!/usr/bin/python3
# Builds key.json: every entry names a snippet; its line is looked up in draft.txt (1-based)
# and the script stops if the snippet is missing or (unless a row number is given) ambiguous.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(snip, row=None, text=None):
    if row is not None:  # task-list row: line starting with "row\t"
        hits = [i + 1 for i, s in enumerate(L) if s.startswith(f'{row}\t')]
        assert len(hits) == 1, (row, hits)
        assert snip in L[hits[0] - 1], (snip, row)
        return hits[0]
    hits = [i + 1 for i, s in enumerate(L) if snip in s]
    assert len(hits) == 1, (snip, hits)
    return hits[0]

def E(rule, snip, text, why, row=None, **kw):
    d = {'rule': rule, 'line': ln(snip, row), 'text': text, 'why': why}
    d.update(kw)
    assert text in L[d['line'] - 1], text
    return d

def N(rule, snip, why, text=None, row=None):
    d = {'rule': rule, 'line': ln(snip, row)}
    if text is not None:
        assert text in L[d['line'] - 1], text
        d['text'] = text
    d['why'] = why
    return d

DL, DI, UU, BM, GT, MP = ('deadline-later-than-baseline', 'deadline-invalid', 'unknown-unit',
                          'basis-mismatch', 'garbled-text', 'missing-pillar')

expect = [
    E(BM, '宁政办发〔2023〕17号', '宁政办发〔2023〕17号',
      'the 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号 (a government document, not a 办公厅 宁政办发 one); the title is right, the 文号 does not belong to it'),
    E(DL, '力争2025年底前实现区、乡（镇）、村（社区）三级电子政务外网全覆盖', '2025年底前',
      'task 48 (推进区市县乡村5级全覆盖, 各市、县（区）具体负责) 完成时限 2024年; 2025年底前 is a year later ("力争" does not excuse it)'),
    E(GT, '鎵╁ぇ鐢靛瓙璇佺収搴旂敤棰嗗煙', '鎵╁ぇ鐢靛瓙璇佺収',
      'UTF-8 bytes read as GBK: the run 鎵╁ぇ鐢靛瓙璇佺収搴旂敤棰嗗煙 recovers to 扩大电子证照应用领域'),
    E(DL, '适老化与信息无障碍建设', '2025年6月底前',
      'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; 2025年6月底前 is later', row=25),
    E(UU, '区生态环境局牵头', '区生态环境局',
      'no 区生态环境局 exists in units.txt: ecology at district level is the vertically managed 固原市生态环境局原州分局; a wrong body for the lead of this row', row=26),
    E(DI, '2024年9月31日前', '2024年9月31日',
      'September has 30 days; an impossible date. (Task 112 完成时限 2024年, so the month itself is not late.)', row=32),
    {'rule': 'task-uncovered', 'line': 0, 'task': 114,
     'why': 'deliberately left out: 政务新媒体矩阵体系 / 多样化政策解读产品 (各市、县（区）分别负责, 2024年) appears nowhere in the draft; the 政务公开 pillar is still covered by tasks 112, 113 and 115'},
]

must = [
    # --- times given by reference (the round's theme): they set no later date ---
    N(DL, '（区工信商务局牵头，与全区同步推进）', 'time by reference, no date of its own; task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效', text='与全区同步推进'),
    N(DL, '按需回流（区大数据中心牵头，区直各部门（单位）配合，按自治区要求时限完成）', 'time by reference; task 36 (数据供需对接、归集共享通报) 完成时限 2023年 — the draft sets no later date', text='按自治区要求时限完成'),
    N(DL, '（区大数据中心牵头，按市级统一部署时间完成）', 'time by reference; task 47 (电子政务外网骨干网扩容) 完成时限 2024年. The late date on this line is the separate 2025年底前 for task 48', text='按市级统一部署时间完成'),
    N(DL, '（区政府办公室牵头，随上级平台上线同步接入）', 'time by reference; task 113 (政策文件库, 一库通查) 完成时限 2024年', text='随上级平台上线同步接入'),
    N(DL, '与全区同步推进', 'time by reference; task 9 (智慧城市, 一网统管) 完成时限 持续推进，2025年取得明显成效', text='与全区同步推进', row=2),
    N(DL, '与全区同步推进', 'time by reference; task 14 (安全和保密主体责任) 完成时限 2023年', text='与全区同步推进', row=4),
    N(DL, '在上级规定时限内完成', 'time by reference; task 15 (安全评估、重大事件处置机制) 完成时限 2023年', text='在上级规定时限内完成', row=5),
    N(DL, '按市级统一部署时间完成', 'time by reference; task 23 (数字资源“一本账”) 完成时限 2024年', text='按市级统一部署时间完成', row=8),
    N(DL, '按自治区要求时限完成', 'time by reference; task 24 (政务信息化建设管理会商机制) 完成时限 2023年', text='按自治区要求时限完成', row=9),
    N(DL, '按自治区要求时限完成', 'time by reference; task 30 (政务数据资源目录, “一本账”) 完成时限 2023年', text='按自治区要求时限完成', row=10),
    N(DL, '在上级规定时限内完成', 'time by reference; task 32 (数据管理机构及职责) 完成时限 2023年', text='在上级规定时限内完成', row=11),
    N(DL, '按自治区要求时限完成', 'time by reference; task 85 (免证办、一件事一次办、免申即享) 完成时限 2023年', text='按自治区要求时限完成', row=21),
    N(DL, '随上级平台上线同步接入', 'time by reference; task 106 (全区统一填表报数系统) 完成时限 2025年', text='随上级平台上线同步接入', row=30),
    N(DL, '在上级规定时限内完成', 'time by reference; task 115 (政民互动和民意转办平台) 完成时限 2024年', text='在上级规定时限内完成', row=33),
    N(DL, '与全区同步推进', 'time by reference; tasks 122/123 (效能考核, 考核结果运用) 完成时限 2023年完成，长期坚持', text='与全区同步推进', row=36),
    N(DL, '2．完成时限表述为', 'the table note explains the reference phrases and caps them at the regional list; it sets no deadline, and （2023年—2025年） is the title of the regional list'),
    N(DI, '2．完成时限表述为', 'the years in 《全区数字政府建设重点任务清单（2023年—2025年）》 are part of a cited title, not a deadline', text='2023年—2025年'),
    # --- ordinary dates equal to or earlier than the region's ---
    N(DL, '（区卫健局牵头，持续推进，2025年取得明显成效）', 'equal: task 8 (“互联网+医疗健康”) 完成时限 持续推进，2025年取得明显成效', text='2025年取得明显成效'),
    N(DL, '扩大优质公共资源服务覆盖面', 'equal: task 6 (公共服务数字化) 完成时限 持续推进，2025年取得明显成效', row=1),
    N(DL, '推进数字乡村建设', 'equal: task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效', row=3),
    N(DL, '2023年形成机制，长期坚持', 'equal, copied from task 18 (安全技术保障体系, 2023年形成机制，长期坚持)', text='2023年形成机制', row=6),
    N(DI, '2023年形成机制，长期坚持', 'a copied regional deadline that lies before the plan year (task 18: 2023年形成机制，长期坚持); the mechanism exists, the ongoing part is what the district carries', text='2023年', row=6),
    N(DL, '2024年底前', 'equal: task 21 (行政权力事项网上运行) 完成时限 2024年', text='2024年底前', row=7),
    N(DL, '2024年10月底前', 'earlier: task 41 (公共数据开放目录) 完成时限 2024年', text='2024年10月底前', row=12),
    N(DL, '2024年底前完成迁移，持续推进', 'equal: task 43 (向政务信创云安全过渡) 完成时限 2024年建成，持续推进', row=13),
    N(DL, '区档案馆牵头', 'equal: task 54 (电子文件归档、电子档案) 完成时限 2024年', text='2024年', row=14),
    N(DL, '2024年6月底前', 'earlier: task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年', text='2024年6月底前', row=15),
    N(DL, '重点领域实行全链条数字化追溯监管', 'equal: tasks 70/71 (信用风险分类、全链条追溯监管) 完成时限 2024年', text='2024年', row=16),
    N(DL, '2024年11月底前', 'earlier: task 79 (雪亮工程) 完成时限 2024年', text='2024年11月底前', row=17),
    N(DL, '推进“智慧应急”建设', 'equal: task 80 (智慧应急) 完成时限 2024年', text='2024年', row=18),
    N(DL, '2024年底前', 'earlier: task 83 (互联网+基层治理, 新型基层管理服务平台) 完成时限 2025年', text='2024年底前', row=19),
    N(DL, '网上办、掌上办、就近办、一次办', 'equal: task 84 (一体化政务服务体系) 完成时限 2024年', text='2024年', row=20),
    N(DL, '2024年10月底前', 'earlier: task 86 (“我的宁夏”应上尽上) 完成时限 2024年', text='2024年10月底前', row=22),
    N(DL, '2024年启动，2025年完成', 'completing milestone equal: task 87 (12345热线) 完成时限 2023年启动，2025年完成; a later start is not a later deadline', row=23),
    N(DL, '证照分离', 'equal: task 88 (证照分离、电子营业执照) 完成时限 2024年', text='2024年', row=24),
    N(DL, '区生态环境局牵头', 'equal: task 95 (大气、水、土壤等数据资源综合开发利用) 完成时限 2025年; the row\'s mistake is its lead unit only', text='2025年', row=26),
    N(DL, '互联网+城乡供水', 'equal: task 96 (互联网+城乡供水) 完成时限 2025年', text='2025年', row=27),
    N(DL, '协同办公平台', 'equal: task 104 (全区统一协同办公平台) 完成时限 2024年', text='2024年', row=28),
    N(DL, '2024年6月底前', 'earlier: task 105 (宁政通) 完成时限 2024年', text='2024年6月底前', row=29),
    N(DL, '视频会议平台', 'equal: task 107 (视频会议平台) 完成时限 2025年', text='2025年', row=31),
    N(DL, '长期坚持', 'no dated milestone at all; task 116 (一把手工程) 完成时限 2023年完成并长期坚持 — nothing later is set', text='长期坚持', row=34),
    N(DL, '每年开展，长期坚持', 'ongoing; task 118 (干部数字化培训) 完成时限 2023年完成并长期坚持', row=35),
    # --- goals ---
    N(DL, '到2024年底，区级数字政府建设组织机构', 'the 2024 goals match task 64 (2025年, earlier), task 43 (2024年, equal) and task 105 (2024年, equal); the region\'s 到2023年底 goal on “五个一”组织架构 concerns 自治区本级, not counties', text='到2024年底'),
    N(DL, '到2025年，与全区同步实现', 'equal to the region\'s 到2025年 goal (“34567”体系框架全面成型)', text='到2025年'),
    N(DL, '到2035年，与政府治理能力现代化相适应', 'equal to the region\'s 到2035年 goal', text='到2035年'),
    # --- past dates and the office's own dates ---
    N(DI, '2024年4月12日', 'the issue date of the notice', text='2024年4月12日'),
    N(DI, '近年来，我区认真落实', 'background: 2023年 results and 2023年11月 are past facts, not deadlines before the plan year', text='2023年11月'),
    N(DI, '2024年12月10日前报送年度工作总结', 'the office\'s own reporting dates (每季度末月25日前, 2024年12月10日前), not task deadlines', text='2024年12月10日前'),
    N(DL, '2024年12月10日前报送年度工作总结', 'reporting date of the office, matches no regional task', text='2024年12月10日前'),
    N(DI, '附件：原州区数字政府建设重点任务清单（2024年—2025年）', 'the period in the title of the district task list', text='2024年—2025年'),
    # --- basis documents ---
    N(BM, '（国发〔2022〕14号）', 'correct title and 文号 of the national 指导意见', text='国发〔2022〕14号'),
    N(BM, '宁政办发〔2023〕11号', 'the 数字宁夏“1244+N”行动计划实施方案 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan', text='宁政办发〔2023〕11号'),
    N(BM, '固原市人民政府《关于加强数字政府建设的实施方案》', 'a county citing its city plan by title alone; a city plan may have no 文号', text='固原市人民政府《关于加强数字政府建设的实施方案》'),
    N(BM, '（宁政办发〔2020〕14号）印发实施以来', 'retrospective mention of the 2020 工作要点 in the background, not a basis document; title and 文号 match', text='宁政办发〔2020〕14号'),
    N(BM, '原政办发〔2024〕21号', 'the notice\'s own 文号, not a cited basis', text='原政办发〔2024〕21号'),
    # --- units: collectives, short names, prefixes ---
    N(UU, '各乡镇人民政府、各街道办事处，区直各部门（单位）：', 'addressees; collective subjects', text='区直各部门（单位）'),
    N(UU, '区委网信办牵头，区直各部门（单位）、各乡镇人民政府、各街道办事处分别负责', 'collectives: 区直各部门（单位）, 各乡镇人民政府, 各街道办事处; 区委网信办 is in units.txt', text='各街道办事处', row=4),
    N(UU, '区教体局、卫健局、人社局、文旅广电局、民政局分别负责', 'prefix 区 distributes: 区卫健局, 区人社局, 区文旅广电局 (aliases in units.txt), 区民政局', text='卫健局', row=1),
    N(UU, '区城管局', 'short name of 区城市管理局 in units.txt', text='区城管局', row=2),
    N(UU, '区公安分局牵头', 'short name of 固原市公安局原州区分局 in units.txt', text='区公安分局', row=5),
    N(UU, '固原市公安局原州区分局', 'full registry name of a vertically managed branch; not to be split into 固原市公安局 + 原州区分局', text='固原市公安局原州区分局', row=6),
    N(UU, '区发改局牵头，区财政局、审计局配合', '区发改局 is the short name of 区发展和改革局; the prefix distributes over 审计局 = 区审计局', text='审计局', row=9),
    N(UU, '区应急局牵头，区水务局、自然资源局、林草局配合', 'prefix distributes: 区自然资源局, 区林草局 (short name of 区林业和草原局); 区应急局 alias', text='林草局', row=18),
    N(UU, '区审批局、区大数据中心牵头', 'short names of 区审批服务管理局 and 区大数据服务中心', text='区大数据中心', row=22),
    N(UU, '（区工信商务局牵头，与全区同步推进）', 'short name of 区工业信息化和商务局', text='区工信商务局'),
    N(UU, '新建、续建项目一律经区数字政府建设领导小组办公室统筹论证', 'listed in units.txt as a short name of 区推进数字政府建设领导小组办公室', text='区数字政府建设领导小组办公室'),
    N(UU, '区直各部门（单位）按职能分别负责', 'collective; the row\'s mistake is its date', text='区直各部门（单位）', row=25),
    N(UU, '区政府办公室、区委编办牵头', 'short names of 区人民政府办公室 and 区委机构编制委员会办公室; 各乡镇人民政府、各街道办事处 are collectives', text='区委编办', row=15),
    N(UU, '区委组织部、区委党校负责', 'both in units.txt', text='区委党校', row=35),
    N(UU, '区机关事务服务中心牵头', 'in units.txt', text='区机关事务服务中心', row=31),
    N(UU, '宁夏干部教育培训网络学院', 'a training platform named in prose, not a responsible unit', text='宁夏干部教育培训网络学院'),
    N(UU, '依托黄河流域宁夏生态环境数据资源中心', 'a regional data centre named in prose, not a responsible unit', text='黄河流域宁夏生态环境数据资源中心'),
    # --- pillars present under local headings ---
    N(MP, '（三）营造良好数字生态。', 'the 数字生态 driver is taken up (数据要素市场, 网络生态)'),
    N(MP, '四、健全“五个一”和“六级贯通”的工作体系', 'the work system (五个一, 六级贯通) is taken up in lines 48–51'),
    N(MP, '（三）提升数字素养。', '党的领导 items are all there: 组织领导, 资金保障 (财政投入), 数字素养, 考核评价'),
]

covers_spec = [
    (3, '原州工业园区“智慧园区”', None), (5, '以网管网', None), (6, '扩大优质公共资源服务覆盖面', 1),
    (8, '互联网+医疗健康', None), (9, '一网统管', 2), (10, '推进数字乡村建设', 3), (12, '培育数据要素市场', None),
    (14, '主体责任、监督责任', 4), (15, '重大事件处置机制', 5), (17, '落实安全制度要求', None),
    (18, '动态监控、主动防御', 6), (21, '行政许可管理信息系统', 7), (23, '“一本账”统筹建设管理机制', 8),
    (24, '会商机制', 9), (25, '一律不予安排建设及运维经费', None), (28, '开展试点示范。', None),
    (30, '政务数据资源目录', 10), (32, '数据管理机构', 11), (36, '按自治区要求时限完成）', None),
    (41, '公共数据开放目录', 12), (42, '推进供水、供电、供气等公共数据与政务数据融合应用', None),
    (43, '政务信创云', 13), (47, '骨干网扩容', None), (48, '三级电子政务外网全覆盖', None),
    (50, '非涉密业务专网向电子政务外网整合迁移', None), (54, '电子文件归档', 14), (64, '健全区级数字政府建设组织机构', 15),
    (68, '推行“照单监管”', None), (70, '企业信用风险分类管理', 16), (71, '全链条数字化追溯监管', 16),
    (72, '“互联网+监管”系统对接', None), (77, '矛盾纠纷多元化解信息系统', None), (79, '雪亮工程', 17),
    (80, '智慧应急', 18), (83, '互联网+基层治理', 19), (84, '网上办、掌上办', 20), (85, '免证办', 21),
    (86, '我的宁夏', 22), (87, '12345', 23), (88, '证照分离', 24), (93, '适老化', 25), (95, '数据资源综合开发利用', 26),
    (96, '互联网+城乡供水', 27), (104, '协同办公平台', 28), (105, '宁政通', 29), (106, '填表报数系统', 30),
    (107, '视频会议', 31), (112, '政务公开信息化平台', 32), (113, '政策文件库', None), (115, '政民互动', 33),
    (116, '一把手工程', 34), (118, '干部教育培训', 35), (122, '效能目标管理考核', 36), (123, '综合考核评价的重要参考', 36),
]
covers = [{'task': t, 'line': ln(s, r)} for t, s, r in covers_spec]

key = {
    'writer': 'blind writer, round 613; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': must,
    'covers': covers,
    'notes': ('原州区 (district of 固原市) 2024 实施方案, issued 2024-04-12 by the district government office. '
              'Round theme: many deadlines are given by reference (按自治区要求时限完成, 与全区同步推进, 按市级统一部署时间完成, '
              '随上级平台上线同步接入, 在上级规定时限内完成); they set no later date, and the note under the table caps them at the regional list. '
              'No parent plan is supplied (the 固原 plan is cited by title only). Units come from units.txt; 乡镇/街道 appear only as collectives. '
              'Plants: wrong 文号 (line 9), two late dates (lines 46 and 93), garbled run (line 56), wrong body 区生态环境局 (line 94), '
              'impossible 2024年9月31日 (line 100), task 114 left out.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(must), 'mustNotFlag;', len(covers), 'covers')
