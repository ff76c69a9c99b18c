#!/usr/bin/env python3
# Builds key.json from draft.txt: every entry is located by an anchor string that must occur on
# exactly one line of the draft, and its `text` (if any) must occur on that same line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES[-1] == '':
    LINES = LINES[:-1]


def line_of(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in LINES[n - 1], (anchor, text)
    return n


def E(rule, anchor, text, why, **kw):
    d = {'rule': rule, 'line': line_of(anchor, text)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d


DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'

expect = [
    E(BM, '根据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2022〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong'),
    E('garbled-text', '（1）配合推进城市运行管理服务平台建设', '鍩庡競淇℃伅妯″瀷',
      'mojibake: the UTF-8 bytes of 城市信息模型 read as GBK (re-encode as GBK, decode as UTF-8); should read 自治区城市信息模型平台（CIM）'),
    E(UU, '（3）推进供水、供电、供气、公共交通等公共数据', '区大数据管理服务局',
      'not in units.txt: a city-style name (cf. 市大数据管理服务局); the district body is 区大数据服务中心, named correctly in parts (1) and (4) of the same item 10'),
    E(DL, '（2）开展城域网升级改造', '2025年底前',
      'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; local 2025年底前 is a year later. Parts (1), (3), (4) of item 12 are right'),
    E(DI, '（2）持续推进“雪亮工程”', '16月',
      'impossible month 2024年16月 (task 79 雪亮工程, 完成时限 2024年); parts (1), (3), (4) of item 16 are right'),
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '政务公开',
     'why': 'the 七个能力 section (五、) has only six sub-sections; no 政务公开 content anywhere (no 政务公开平台, 政策文件库, 政务新媒体, 政民互动); the section intro lists only six areas'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 112,
     'why': 'left out with the 政务公开 section; task 112 is 各市、县（区）分别负责, 2024年'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 114,
     'why': 'left out with the 政务公开 section; task 114 (政务新媒体矩阵) is 各市、县（区）分别负责, 2024年'},
]

mnf = [
    # basis documents
    E(BM, '（二）工作基础。', '宁政办发〔2020〕14号',
      'retrospective mention in the background ("自…印发以来"), with its correct title and 文号; not cited as a basis'),
    E(BM, '石大政发〔2024〕12号', '石大政发〔2024〕12号', "the draft's own 文号 in its 通知 header"),
    E(BM, '关于印发《大武口区加强数字政府建设实施方案》的通知', '《大武口区加强数字政府建设实施方案》',
      "the draft's own title in the 通知 header, not a cited basis"),
    # past / own dates
    E(DI, '（二）工作基础。', '2023年', 'past date in the background (2023 achievements), not a deadline'),
    E(DI, '2024年3月18日', '2024年3月18日', "the document's own issue date"),
    E(DL, '（六）加强调度督导。', '2025年1月15日前',
      "the office's own reporting date for the 2024 annual summary, not a task deadline"),
    # goals
    E(DL, '到2024年底，区级政务信息系统全部迁移上云', '到2024年底',
      'local 2024 goal: 上云 (tasks 43/46, 2024年), 掌上办 (task 86, 2024年), 宁政通 (task 105, 2024年) — equal; it repeats none of the region\'s 2023年底 goals'),
    E(DL, '到2025年，我区数字政府建设“34567”体系框架全面落地', '到2025年',
      'same year as the regional goal 到2025年…“34567”体系框架全面成型'),
    E(DL, '到2035年，与政府治理能力现代化相适应', '到2035年', 'same year as the regional 2035 goal'),
    # equal or earlier deadlines in parts
    E(DL, '（1）加快推进辖区工业园区“智慧园区”建设', '持续推进，2025年取得明显成效',
      'task 3 完成时限 持续推进，2025 年取得明显成效 — equal'),
    E(DL, '（2）围绕新材料、装备制造、生物医药等产业', '2024年12月底前',
      'task 2 完成时限 2023 年启动，2024 年取得明显成效 — the completing milestone 2024 is equal'),
    E(DL, '（1）推动教育、健康、就业、文化旅游', '2024年12月底前',
      'task 6 完成时限 持续推进，2025 年取得明显成效 — earlier'),
    E(DL, '（2）深入推广国家智慧教育平台应用', '2025年取得明显成效',
      'task 7 完成时限 2023年形成试点经验，2025年取得明显成效 — completing milestone 2025 equal; the 2023 pilot stage is the region\'s own'),
    E(DL, '（1）配合推进城市运行管理服务平台建设', '2025年6月底前',
      'task 9 完成时限 持续推进，2025年取得明显成效 — earlier (this line carries the garbled run, not a deadline slip)'),
    E(DL, '（1）配合培育数据要素市场', '2025年底前', 'task 12 完成时限 2025年 — 2025年底前 is the same year'),
    E(DL, '（1）建立健全动态监控、主动防御、协同响应', '长期坚持',
      'task 18 完成时限 2023年形成机制，长期坚持 — ongoing work with no later milestone; the 2023 mechanism milestone is the region\'s'),
    E(DL, '（2）配合构建数据安全防护能力评估指标体系', '2024年12月底前', 'task 16 完成时限 2024年 — equal'),
    E(DL, '（3）推动区级政务信息系统基于信创环境适配改造', '2024年11月底前',
      'task 19 完成时限 2023年启动，2024年建成 / task 43 2024 年建成，持续推进 — earlier'),
    E(DL, '（2）强化审管协同，推动政务服务平台', '2024年12月底前', 'task 22 完成时限 2025年 — earlier'),
    E(DL, '（2）围绕重点领域、关键环节、共性需求，积极申报', '2024年启动，2025年取得明显成效',
      'task 28 完成时限 2023年启动，2025年取得明显成效 — the completing milestone 2025 is equal; a later local start is not a later completion'),
    E(DL, '（1）按照全区一体化政务大数据体系建设要求', '2025年6月底前完成',
      'task 29 完成时限 2023年启动，2025年完成 — earlier'),
    E(DL, '（1）组织区级政务信息系统向全区一体化政务云平台有序迁移', '2024年10月底前',
      'task 46 完成时限 2024 年 — earlier; part (1) of item 12, whose part (2) is the planted late deadline'),
    E(DL, '（3）依托全区统一的视频共享平台', '2025年6月底前',
      'task 49 完成时限 2025 年 — earlier; part (3) of item 12'),
    E(DL, '（4）配合推动电子政务外网骨干网扩容升级', '2024年12月底前',
      'task 47 完成时限 2024 年 — equal; part (4) of item 12'),
    E(DL, '（2）推进非税收入收缴电子化', '2025年底前', 'task 56 完成时限 2025年 — same year'),
    E(DL, '（1）完善行政复议、信访、调解、法律援助', '2024年12月底前',
      'task 77 完成时限 2024年 — equal; part (1) of item 16, whose part (2) has the impossible month'),
    E(DL, '（3）推进“智慧应急”建设', '2024年11月底前', 'task 80 完成时限 2024年 — earlier; part (3) of item 16'),
    E(DL, '（3）落实12345政务服务便民热线', '2024年12月底前',
      'task 87 完成时限 2023年启动，2025年完成 — earlier'),
    E(DL, '（2）推进“互联网+城乡供水”建设', '2025年底前', 'task 96 完成时限 2025年 — same year'),
    E(DL, '（1）推进政府采购、工程建设项目招投标', '2024年12月底前',
      'task 108 完成时限 长期推进，2024年取得明显成效 — equal'),
    # units: aliases, distributed prefix, collectives, registry names
    E(UU, '（1）依托全区一体化政务服务平台完善企业专属网页', '工业和信息化局',
      'prefix 区 distributes over 区发展改革局、工业和信息化局、财政局 → 区工业和信息化局 (and 区财政局), both in units.txt'),
    E(UU, '（1）加快推进辖区工业园区“智慧园区”建设', '区发改局', 'alias of 区发展改革局 in units.txt'),
    E(UU, '（1）推动教育、健康、就业、文化旅游', '区人社局', 'alias of 区人力资源社会保障局 in units.txt'),
    E(UU, '（1）参照自治区做法，成立由区政府主要负责同志任组长', '区政府办', 'alias of 区人民政府办公室 in units.txt'),
    E(UU, '（3）强化政企协同、部门协同、社会共治', '大武口公安分局',
      'alias of 石嘴山市公安局大武口区分局 in units.txt'),
    E(UU, '（4）推动区图书馆、文化馆、体育馆、档案馆', '区文旅体广局', 'alias of 区文化旅游体育广电局 in units.txt'),
    E(UU, '（1）依托黄河流域宁夏生态环境数据资源中心', '大武口生态环境分局',
      'alias of 石嘴山市生态环境局大武口分局 in units.txt'),
    E(UU, '（1）推动教育、健康、就业、文化旅游', '各街道办事处', 'collective subject'),
    E(UU, '（1）建立健全动态监控、主动防御、协同响应', '区直各部门（单位）', 'collective subject'),
    E(UU, '（2）围绕重点领域、关键环节、共性需求，积极申报', '区直有关部门', 'collective subject'),
    E(UU, '（2）推进智慧社区建设', '各村（社区）', 'collective subject'),
    E(UU, '（2）各街道办事处、星海镇参照区级做法', '星海镇人民政府', 'the district\'s one town, listed in units.txt'),
    E(UU, '（1）按照全区一体化政务大数据体系建设要求', '区大数据服务中心',
      'in units.txt; the correct name in the same item as the planted unknown unit'),
    E(UU, '（3）推进“智慧应急”建设', '大武口区消防救援大队', 'in units.txt'),
    E(UU, '（六）加强调度督导。', '区数字政府建设领导小组办公室', 'in units.txt (the office set up in part 1(1))'),
    # pillars present
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态',
     'why': 'present though short: 三、（三） item 6, 数据要素市场 and 网络生态'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一',
     'why': 'section 二 健全组织机构 / 厘清层级职责 (五个一、六级贯通 made local)'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': '六、（二）加大财政投入'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字素养', 'why': '六、（三）提升数字素养'},
]

covers_spec = [
    (2, '（2）围绕新材料、装备制造、生物医药等产业'), (3, '（1）加快推进辖区工业园区“智慧园区”建设'),
    (5, '（3）强化政企协同、部门协同、社会共治'), (6, '（1）推动教育、健康、就业、文化旅游'),
    (7, '（2）深入推广国家智慧教育平台应用'), (8, '（3）深化“互联网+医疗健康”应用'),
    (9, '（1）配合推进城市运行管理服务平台建设'), (10, '（2）推进数字乡村建设'),
    (12, '（1）配合培育数据要素市场'), (14, '7.强化安全保障能力。'),
    (16, '（2）配合构建数据安全防护能力评估指标体系'), (18, '（1）建立健全动态监控、主动防御、协同响应'),
    (19, '（3）推动区级政务信息系统基于信创环境适配改造'), (21, '（1）依托全区行政许可管理信息系统'),
    (22, '（2）强化审管协同，推动政务服务平台'), (23, '（3）配合建设全区一体化数字资源管理系统'),
    (25, '（二）加大财政投入。'), (26, '（1）及时清理区级行政规范性文件'),
    (28, '（2）围绕重点领域、关键环节、共性需求，积极申报'), (29, '（1）按照全区一体化政务大数据体系建设要求'),
    (33, '（2）配合完善人口、法人、自然资源、电子证照等基础数据库'),
    (34, '（2）配合完善人口、法人、自然资源、电子证照等基础数据库'),
    (40, '（1）规范电子公文全流程标准化管理'), (41, '（4）编制区级公共数据开放目录'),
    (42, '（3）推进供水、供电、供气、公共交通等公共数据'), (43, '（3）推动区级政务信息系统基于信创环境适配改造'),
    (46, '（1）组织区级政务信息系统向全区一体化政务云平台有序迁移'), (47, '（4）配合推动电子政务外网骨干网扩容升级'),
    (48, '（2）开展城域网升级改造'), (49, '（3）依托全区统一的视频共享平台'),
    (52, '（1）推动个人证照在就医上学'), (54, '（2）完善业务应用系统电子文件归档功能'),
    (55, '（3）推广使用宁夏统一公共支付平台'), (56, '（2）推进非税收入收缴电子化'),
    (57, '（4）依托宁夏信用信息公共服务平台'), (64, '（2）各街道办事处、星海镇参照区级做法'),
    (65, '（1）加强人口、就业、产业、投资、消费'), (66, '（2）积极对接使用宁夏经济运行大数据平台'),
    (69, '（1）运用多源数据为辖区市场主体精准'), (70, '（2）推进企业信用风险分类管理'),
    (71, '（3）对食品药品、特种设备、农副产品'), (73, '（4）推进消费维权“一件事”改革'),
    (74, '（4）推进消费维权“一件事”改革'), (76, '（3）依托宁夏地方金融监管和服务智能化平台'),
    (77, '（1）完善行政复议、信访、调解、法律援助'), (78, '（4）配合推进公安信息化系统整合优化'),
    (79, '（2）持续推进“雪亮工程”'), (80, '（3）推进“智慧应急”建设'),
    (83, '（1）依托宁夏社会治理基层综合指挥平台'), (84, '（1）推进政务服务线上线下标准统一'),
    (86, '（2）推动区级政务服务、公共服务应用接入'), (87, '（3）落实12345政务服务便民热线'),
    (88, '（2）推进“证照分离”改革'), (89, '（1）依托全区一体化政务服务平台完善企业专属网页'),
    (90, '（4）推动区图书馆、文化馆、体育馆、档案馆'), (93, '（3）推进政务服务场所、政务移动端适老化'),
    (94, '（1）依托黄河流域宁夏生态环境数据资源中心'), (96, '（2）推进“互联网+城乡供水”建设'),
    (97, '（3）依托宁夏自然资源三维立体'), (98, '（4）推广应用宁夏“智慧林草”云平台'),
    (100, '（6）配合提升用水权、土地权'), (101, '（5）配合开展碳排放智能监测'),
    (103, '（3）建立健全大数据辅助决策机制'), (104, '（1）依托全区统一的协同办公平台'),
    (105, '（2）全面推广“宁政通”移动办公'), (106, '（3）运用数字技术开展基层减负'),
    (107, '（4）统筹整合区直部门非涉密视频会议'), (108, '（1）推进政府采购、工程建设项目招投标'),
    (110, '（2）推广应用预算管理一体化系统'), (111, '（3）整合区级机关事务管理信息系统'),
    (116, '（一）加强组织领导。'), (118, '（三）提升数字素养。'),
    (122, '（四）强化考核评价。'), (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。'),
]
covers = [{'task': t, 'line': line_of(a)} for t, a in covers_spec]

key = {
    'writer': 'blind writer, round 934; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': (
        '大武口区 (石嘴山市) 2024 实施方案, issued 2024-03-18, checked against ningxia-2023 with no parent plan. '
        'Each numbered item (1.–22.) breaks into parts （1）（2）…, each part ending in its own note '
        '（责任单位：…；完成时限：…）. Line 22 states that the first-listed unit of a note is the lead, so notes carry no 牵头. '
        'Six planted slips: basis 文号 year (line 9), garbled run (item 5 part 1), unknown unit (item 10 part 3), '
        'late deadline (item 12 part 2), impossible month (item 16 part 2), and the 政务公开 pillar left out '
        '(tasks 112 and 114, for 市、县（区）, go with it; 113 and 115, where 市县 only 配合, are also not taken up). '
        'The late deadline and the impossible month sit in items whose other parts are right. '
        'Deadlines were deliberately not attached to tasks whose regional 完成时限 is 2023 (14, 15, 30, 32, 36, 51, 60, 85, 116…), '
        'except task 18, whose regional form is itself 2023年形成机制，长期坚持 and which the draft gives as 长期坚持. '
        'Line 9 also cites 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号） and 《数字宁夏“1244+N”行动计划实施方案》'
        '（宁政办发〔2023〕11号, as cited in the 吴忠 plan); both are correct. They are not in mustNotFlag only because line 9 '
        'already carries the expected basis-mismatch for 宁政发〔2022〕17号; a second basis-mismatch on line 9 naming either '
        'of them would be a false alarm.'
    ),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers), 'lines', len(LINES))
