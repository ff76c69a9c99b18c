# Builds key.json from draft.txt by locating each entry's anchor text (line numbers are 1-based).
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text)

expect = []
def E(rule, anchor, text=None, why='', **kw):
    line = ln(anchor) if anchor else 0
    e = {'rule': rule, 'line': line}
    if text is not None:
        chk(line, text); e['text'] = text
    e.update(kw); e['why'] = why
    expect.append(e)

E('basis-mismatch', '《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）', '宁政办发〔2023〕17号',
  'the regional 实施意见 is 宁政发〔2023〕17号 (自治区人民政府, 2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title')
E('deadline-later-than-baseline', '到2026年，全市数字政府建设体系框架全面成型', '2026年',
  'the same goal (体系框架全面成型, 工作体制逐步健全 … 履职能力明显提升) is set by the region 到2025年 in 主要目标 (quoted on the line above); the city sets it a year later')
E('deadline-later-than-baseline', '开展城域网升级改造，推动电子政务外网向村（社区）延伸', '2025年底',
  'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) has 完成时限 2024年; the draft says 2025年底前. This point stands alone on its line; the 2025年底前 of 四是 视频一张网 (task 49, equal) is on the next line.')
E('deadline-invalid', '20244年底前完成', '20244年',
  'impossible year, a typing slip for 2024年 (task 86 “我的宁夏” 应上尽上, 完成时限 2024年)')
E('unknown-unit', '编制全市公共数据开放目录及相关责任清单', '市大数据管理服务局',
  'not in units.txt: 灵武 has 市大数据服务中心 (used everywhere else in the draft); 市大数据管理服务局 is the 吴忠 body, a copying slip. Named as lead of task 41 (完成时限 2024年; the 2024年底前 here is equal)')
E('garbled-text', '配合建设完善鐭涚浘', '鐭涚浘绾犵悍',
  'UTF-8 bytes of 矛盾纠纷多元化解 read as GBK: 鐭涚浘绾犵悍澶氬厓鍖栬В; re-encoding as GBK and decoding as UTF-8 gives 矛盾纠纷多元化解 (task 77)')
E('task-uncovered', None, task=114,
  why='task 114 (构建政务新媒体矩阵体系 …; 自治区各部门（单位）及各市、县（区）分别负责, 2024年) is deliberately left out: the draft never mentions 政务新媒体; section 五(七) has only 政务公开平台, 政策文件库 and 政民互动 (tasks 112, 113, 115)')

mnf = []
def N(rule, anchor, text=None, why=''):
    line = ln(anchor)
    e = {'rule': rule, 'line': line}
    if text is not None:
        chk(line, text); e['text'] = text
    e['why'] = why
    mnf.append(e)

DL = 'deadline-later-than-baseline'; DI = 'deadline-invalid'; UU = 'unknown-unit'; BM = 'basis-mismatch'
# basis documents and document dates
N(BM, '按照《数字宁夏“1244+N”行动计划实施方案》', '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 is really 宁政办发〔2023〕11号 (the 吴忠 plan cites it the same way); an additional basis, not the 实施意见')
N(BM, '近年来，我市认真落实', '宁政办发〔2020〕14号', 'retrospective mention in 工作基础 of the 2020 工作要点, with its correct title and 文号; not cited as a basis')
N(BM, '灵政发〔2024〕21号', '灵政发〔2024〕21号', 'the document\'s own 文号, not a basis citation')
N(DI, '2024年3月26日', '2024年3月26日', 'the issue date of the document itself')
N(DI, '近年来，我市认真落实', '2022年底', 'past dates (2021年, 2022年底, 2023年) in the 工作基础 background, achievements not deadlines')
N(DI, '自治区《实施意见》提出', '2023年底', 'quoted regional goal (到2023年底 …) in quotation marks, before the plan year but not a local deadline')
N(DL, '自治区《实施意见》提出', '2025年', 'the quoted regional goal itself (到2025年 … 全面成型), in quotation marks; not the city\'s own goal')
N(DL, '到2024年底，全市数字政府建设工作体系基本健全', '2024年底', 'own goal earlier than the region\'s 2025 goal; 信创云迁移 (task 43, 2024年建成) and 我的宁夏 (task 86, 2024年) equal')
N(DL, '到2035年，与政府治理能力现代化相适应', '2035年', 'equal to the region\'s 到2035年 goal')
# 三个驱动
N(DL, '一是推动工业企业数字化转型', '2024年底', 'task 2 (产业云, 推进产业数字化进程): 2023年启动，2024年取得明显成效 - equal')
N(DL, '一是推动工业企业数字化转型', '2025年取得明显成效', 'task 3 (智慧园区): 持续推进，2025年取得明显成效 - equal; task 5 (以网管网 监管模式, same line, 三是): 持续推进，2025年取得明显成效 - equal')
N(UU, '一是推动工业企业数字化转型', '各园区管委会', 'collective subject (各…), not a single unit')
N(UU, '一是推动工业企业数字化转型', '银川市生态环境局灵武分局', 'the local 生态环境 body (a branch of the 银川 bureau), listed in units.txt')
N(DL, '五是推动数字农业发展', '2025年底', 'task 10 (数字乡村/农业农村信息服务): 持续推进，2025年取得明显成效 - equal; the 四是 point on the same line (task 1 algorithm hub) is only 持续推进, as is the region\'s')
N(DL, '二是深化智慧教育应用', '2025年底', 'task 7 (智慧教育): 2023年形成试点经验，2025年取得明显成效 - equal; task 6 and task 8 on the same line: 持续推进，2025年取得明显成效 - equal')
N(DL, '四是加快智慧城市建设', '2025年底', 'task 9 (智慧城市, 一网统管, CIM): 持续推进，2025年取得明显成效 - equal')
N(DL, '四是加快智慧城市建设', '2024年底', 'task 10 (数字乡村): 2025年 - earlier')
N(DL, '四是加快智慧城市建设', '2025年取得明显成效', 'task 11 (数字供销): 2023年完成主要建设任务，2025年取得明显成效 - the completing milestone is equal')
N(DL, '一是培育数据要素市场', '2025年底', 'task 12 (数据要素市场): 2025年 - equal; task 13 (数据交易制度, 2024年底前 on the same line): 2024年 - equal')
# 四个支撑
N(DL, '一是强化安全管理责任', '长期坚持', 'tasks 14/15 (安全责任, 安全评估机制) were due 2023年; a plan issued in 2024 restates them as 长期坚持, no later milestone. Task 17/18 points give no year')
N(DL, '一是推动行政权力事项网上运行', '2024年6月底', 'task 21 (行政权力事项网上运行): 2024年 - earlier')
N(DL, '二是强化审管协同', '2025年底', 'task 22 (审管协同): 2025年 - equal; task 23 (数字资源“一本账”, 2024年底前 on the same line): 2024年 - equal')
N(UU, '四是规范项目资金管理', '财政局', 'the prefix 市 distributes: 市发展和改革局、财政局、审计局 = 市财政局, 市审计局, both in units.txt')
N(DL, '四是规范项目资金管理', '2025年取得明显成效', 'task 28 (试点示范): 2023年启动，2025年取得明显成效 - equal; tasks 24/25 (会商机制, 资金) on the same line have no year (常态化推进)')
N(DL, '二是推进数据汇聚共享', '2025年底', 'task 29 (一体化政务大数据体系): 2023年启动，2025年完成 - equal; tasks 33/34 (基础库, 主题库; 2024年底前 on the same line): 2024年 - equal')
N(UU, '五是促进数据融合应用', '国家税务总局灵武市税务局', 'in units.txt (the local tax bureau)')
N(DL, '四是推进公共数据开放', '2024年底', 'task 41 (公共数据开放目录, 开放平台): 2024年 - equal; the line\'s unknown-unit is expected separately')
N(DL, '五是促进数据融合应用', '2024年底', 'task 42 (公共数据与政务数据融合): 2024年 - equal')
N(DL, '一是强化政务云支撑', '2024年底', 'tasks 19 (2023年启动，2024年建成), 43 (2024年建成，持续推进), 46 (2024年) - equal')
N(DL, '三是推进业务专网整合', '2024年底', 'task 50 (非涉密业务专网整合迁移): 2024年 - equal')
N(DL, '四是统筹视频资源', '2025年底', 'task 49 (视频一张网): 2025年 - equal (the late 2025年底前 of 二是 城域网 is on the line above)')
N(UU, '四是统筹视频资源', '自治区党委政法委', 'a regional body named as guiding (在…指导下推进), not as the lead; 市委政法委 leads')
N(DL, '五是推广电子证照应用', '2025年底', 'task 52 (电子证照, 社会化高频场景): 2025年 - equal; task 56 (非税收入电子化, 八是): 2025年 - equal')
N(DL, '五是推广电子证照应用', '2024年底', 'tasks 53 (电子印章/电子营业执照), 54 and 40 (电子文件归档), 57 (信用信息): 2024年 - equal')
N(UU, '五是推广电子证照应用', '市发改局', 'official short name of 市发展和改革局 in units.txt')
# 工作体系
N(DL, '一是调整充实市数字政府建设领导小组', '2024年6月底', 'task 64 (各地参照自治区做法成立组织机构, 各市、县（区）负责): 2025年 - earlier. Task 60 (充实自治区领导小组, 2023年) is the region\'s own group, 自治区政府办公厅负责, not this one')
N(UU, '一是调整充实市数字政府建设领导小组', '街道办事处', 'collective: 各乡镇人民政府、街道办事处 (the 各 covers both)')
N(DL, '一是建设市级指挥调度中心', '2025年底', 'county role in 实施意见 四(二) (一体化推进指挥调度中心); nearest task 81 (视频指挥调度体系): 2025年 - equal')
N(DI, '建立“月调度、季通报、年考核”工作机制', '6月30日', 'the office\'s own recurring reporting dates (每年6月30日、12月20日前), not a task deadline')
# 七个能力
N(DL, '一是加强经济数据汇聚治理', '2024年底', 'task 65 (经济治理基础数据库): 2024年 - equal')
N(DL, '二是加强经济运行监测', '2025年底', 'task 66 (经济运行大数据平台): 2025年 - equal; task 67 point (规划平台, due 2023) has no year')
N(DL, '二是强化追溯监管', '2024年底', 'task 70 (信用风险分类, 双随机; 一是): 2024年 and task 71 (追溯监管): 2024年 - equal; 照单监管 (task 68, 2023) is in the lead sentence with no year')
N(DL, '三是推进协同监管', '2024年底', 'task 73 (消费维权一件事, 协同监管) and task 74 (新型监管手段): 2024年 - equal')
N(UU, '三是推进协同监管', '承担监管职责的市直有关部门', 'collective subject')
N(DL, '一是提升矛盾纠纷化解能力', '2024年底', 'task 77 (矛盾纠纷多元化解): 2024年 and task 79 (雪亮工程): 2024年 - equal')
N(DL, '三是提升公共安全保障能力', '2025年底', 'task 83 (互联网+基层治理): 2025年 - equal; task 80 (智慧应急, 2024年底前 on the same line): 2024年 - equal')
N(UU, '三是提升公共安全保障能力', '灵武市消防救援大队', 'in units.txt')
N(DL, '一是打造泛在可及的服务体系', '2024年底', 'task 84 (一网通办, 网上办掌上办就近办一次办): 2024年 - equal')
N(DL, '三是优化12345政务服务便民热线', '2025年底', 'task 87 (12345 一呼即应): 2023年启动，2025年完成 - equal; task 88 (证照分离, 一业一证; 2024年底前 on the same line): 2024年 - equal')
N(DL, '五是强化企业全生命周期服务', '2024年底', 'tasks 89 (企业专属网页), 90 (公共场馆数字化), 93 (适老化): 2024年 - equal')
N(DL, '一是强化生态环境数据综合开发利用', '2025年底', 'task 95 (大气、水、土壤 … 数据综合开发利用): 2025年 and task 96 (互联网+城乡供水, 水联网): 2025年 - equal; task 97 (一张图, 2024年底前): 2024年 - equal')
N(DL, '四是推动资源要素市场化配置', '2025年底', 'task 100 (用水权等交易平台): 2025年 and task 102 (绿色低碳): 2025年 - equal')
N(DL, '一是提升辅助决策能力', '2024年底', 'task 103 (辅助决策): 2024年; tasks 104/105 (协同办公, 宁政通): 2024年 - equal')
N(DL, '三是推动基层减负', '2025年底', 'task 106 (填表报数压减50%): 2025年 and task 107 (视频会议平台): 2025年 - equal')
N(DL, '五是提升行政监督水平', '2024年取得明显成效', 'task 108 (公共资源交易): 长期推进，2024年取得明显成效 - equal; task 111 (机关事务, 2025年底前): 2025年 - equal')
N(DL, '一是提升政府信息公开水平', '2024年底', 'task 112 (政务公开平台) and task 113 (政策文件库): 2024年 - equal')
N(DL, '三是畅通政民互动渠道', '2024年底', 'task 115 (政民互动, 知识库): 2024年 - equal')
N(UU, '一是强化政务云支撑', '市大数据服务中心', 'the city\'s own data body, in units.txt (not to be confused with the unknown 市大数据管理服务局 on the 数据开放 line)')
N(UU, '一是推动工业企业数字化转型', '市工业信息化和商务局', 'the city\'s own combined bureau (市…局), in units.txt; no regional 厅 of that name')
N(UU, '二是落实安全制度要求', '市委保密办', 'the city\'s own body, in units.txt')
N(UU, '二是深化智慧教育应用', '市教育体育局', 'the city\'s own combined bureau, in units.txt')
N(UU, '一是推动行政权力事项网上运行', '市审批服务管理局', 'the city\'s own body, in units.txt')
# 保障措施
N(DL, '市委、市政府切实履行领导责任', '长期坚持', 'task 116 (一把手工程): 2023年完成并长期坚持; restated in 2024 as 长期坚持, no later milestone')
N(DL, '每年制定数字政府建设重点任务考核指标', '长期坚持', 'tasks 121 (长期坚持), 122/123 (2023年完成，长期坚持): ongoing, no later milestone')
N(DI, '每年制定数字政府建设重点任务考核指标', '12月底前', 'the office\'s own annual assessment date (每年12月底前), not a task deadline')

covers = []
def C(task, anchor):
    covers.append({'task': task, 'line': ln(anchor)})
for task, a in [
    (2, '一是推动工业企业数字化转型'), (3, '二是加快“智慧园区”建设'), (5, '三是完善数字经济治理体系'),
    (6, '一是推进公共服务数字化'), (7, '二是深化智慧教育应用'), (8, '三是推进“互联网+医疗健康”'),
    (9, '四是加快智慧城市建设'), (10, '五是推进数字乡村建设'), (11, '六是加快“数字供销”建设'),
    (12, '一是培育数据要素市场'), (13, '二是规范数据交易行为'),
    (14, '一是强化安全管理责任'), (15, '一是强化安全管理责任'), (17, '二是落实安全制度要求'), (18, '三是提升安全防护能力'),
    (21, '一是推动行政权力事项网上运行'), (22, '二是强化审管协同'), (23, '三是建立数字资源“一本账”'),
    (24, '四是规范项目资金管理'), (25, '四是规范项目资金管理'), (28, '五是开展试点示范'),
    (29, '二是推进数据汇聚共享'), (30, '一是完善数据管理机制'), (31, '一是完善数据管理机制'), (32, '一是完善数据管理机制'),
    (33, '三是配合建设基础库和主题库'), (34, '三是配合建设基础库和主题库'), (36, '一是完善数据管理机制'),
    (41, '四是推进公共数据开放'), (42, '五是促进数据融合应用'),
    (43, '一是强化政务云支撑'), (46, '一是强化政务云支撑'), (48, '二是提升网络支撑能力'), (50, '三是推进业务专网整合'),
    (49, '四是统筹视频资源'), (52, '五是推广电子证照应用'), (53, '六是推广电子印章应用'), (54, '七是深化电子文件管理'),
    (56, '八是推进非税收入收缴电子化'), (57, '九是提升信用信息服务'),
    (64, '三是各乡镇（街道）参照市级做法'),
    (65, '一是加强经济数据汇聚治理'), (66, '二是加强经济运行监测'), (67, '三是加强经济政策统筹'),
    (68, '推行“照单监管”'), (70, '一是推进精准监管'), (71, '二是强化追溯监管'), (73, '三是推进协同监管'), (74, '四是推进智能监管'),
    (77, '一是提升矛盾纠纷化解能力'), (79, '二是提升社会治安防控能力'), (80, '三是提升公共安全保障能力'), (83, '四是提升基层治理能力'),
    (84, '一是打造泛在可及的服务体系'), (86, '二是做强“我的宁夏”灵武专区'), (87, '三是优化12345政务服务便民热线'),
    (88, '四是提供优质便利的涉企服务'), (89, '五是强化企业全生命周期服务'), (90, '六是推进公共场馆数字化'), (93, '七是推进适老化和无障碍建设'),
    (95, '一是强化生态环境数据综合开发利用'), (96, '二是推进数字治水'), (97, '三是提升自然资源管理数字化水平'),
    (100, '四是推动资源要素市场化配置'), (102, '五是推动绿色低碳转型'),
    (103, '一是提升辅助决策能力'), (104, '二是提升行政执行能力'), (105, '二是提升行政执行能力'), (106, '三是推动基层减负'),
    (107, '四是整合视频会议资源'), (108, '五是提升行政监督水平'), (111, '六是提升机关事务管理水平'),
    (112, '一是提升政府信息公开水平'), (113, '二是推进政策文件“一库通查”'), (115, '三是畅通政民互动渠道'),
    (116, '市委、市政府切实履行领导责任'), (118, '依托宁夏干部教育培训网络学院和市委党校'),
    (122, '每年制定数字政府建设重点任务考核指标'), (123, '每年制定数字政府建设重点任务考核指标'), (124, '每年制定数字政府建设重点任务考核指标'),
]:
    C(task, a)

key = {
    'writer': 'blind writer, round 380; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': datetime.date.today().isoformat(),
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': ('灵武市 (县级市, 银川市代管) 实施方案 of 2024-03-26, checked against 宁政发〔2023〕17号 only (no parent plan). '
              'Every task point is written as 一是……二是…… inside long paragraphs, with its date and its bodies in brackets mid-paragraph. '
              'Tasks the region dated 2023年 are restated without a year or as 长期坚持 (the plan is issued in 2024). '
              'Section 六 is titled 保障措施 but carries the 党的领导 content (组织领导, 财政投入, 数字素养, 考核评价). '
              'The local framework is “三个驱动、四大支撑、一套体系、七个能力”; 一套体系 (四、) stands for 五个一 + 六级贯通. '
              'The national 指导意见 on line 9 (国发〔2022〕14号) is cited correctly; only the regional 文号 there is wrong; the same line\'s 按照银川市关于数字政府建设的工作部署 cites no document (no parent plan) and is not a basis mistake. The garbled run on the 矛盾纠纷 line is UTF-8 read as GBK. 20244年 is expected only as deadline-invalid.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
