# Helper kept in the case folder: builds key.json, finding every line number by a unique substring of draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(sub):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def E(rule, sub, text=None, why='', **kw):
    n = ln(sub)
    if text is not None:
        assert text in L[n - 1], (text, n)
    d = {'rule': rule, 'line': n}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

DL = 'deadline-later-than-baseline'
expect = [
    E('basis-mismatch', '（宁政发〔2023〕71号）', '宁政发〔2023〕71号',
      'the title is 宁政发〔2023〕17号 (自治区人民政府关于加强数字政府建设的实施意见, 2023-05-16); 71 is a transposition of 17 (the same draft cites 17号 correctly in 体系框架)'),
    E(DL, '到2026年，全县', '2026年',
      '主要目标: the framework being 全面成型 is the region\'s 到2025年 goal (“到2025年，全区各级数字政府建设“34567”体系框架全面成型”); 2026 is later'),
    E(DL, '②开展县城域网升级改造', '2025年6月底前',
      'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展) 完成时限 2024年; the other sub-items of the same measure (①③④⑤⑥) are in time'),
    E(DL, 'd. 依托“宁政通”APP，推广全区统一的填表报数系统', '2026年6月底前',
      'task 106 (填表报数系统, 基层填表报数工作量压减50%以上) 完成时限 2025年; the other sub-items of the same measure (a b c e f) are in time'),
    E('deadline-invalid', '2024年9月31日前', '9月31日',
      'September has 30 days; impossible date (task 21, 完成时限 2024年, so the year itself is not late)'),
    E('unknown-unit', '（牵头单位：县大数据局；', '县大数据局',
      'no such body in units.txt: the county has 县大数据服务中心 (used correctly elsewhere); 县大数据局 is not listed as its short name'),
    E('unknown-unit', '（牵头单位：自治区政府办公厅；', '自治区政府办公厅',
      'a regional body named as the (sole) lead of a county measure, copied from tasks 112/114/115 of the regional list; the county lead would be 县政府办公室'),
]

MN = []
def N(rule, sub, text=None, why=''):
    MN.append(E(rule, sub, text, why))

N('basis-mismatch', '（国发〔2022〕14号）', '国发〔2022〕14号', 'correct 文号 and title of the national 指导意见')
N('basis-mismatch', '落实自治区实施意见（宁政发〔2023〕17号）', '宁政发〔2023〕17号', 'correct 文号 of the region\'s 实施意见, cited by short name')
N('basis-mismatch', '宁政办发〔2020〕14号', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background section, title and 文号 correct; not cited as a basis')
N('basis-mismatch', '同政发〔2024〕9号', '同政发〔2024〕9号', 'the draft\'s own document number, not a cited basis')
N('deadline-invalid', '2021年，县级非涉密政务信息系统', '2021年', 'past dates (2021, 2022, 2023) in the background section describe work already done; not deadlines')
N(DL, '到2025年，全县数字政府工作体制', '2025年', 'goal equal to the region\'s 到2025年 goal (工作体制逐步健全、管理机制趋于成熟…履职能力明显提升)')
N(DL, '到2035年，与政府治理能力', '2035年', 'goal equal to the region\'s 到2035年 goal')
N(DL, '（1）成立由县长任组长', '2024年6月底前', 'task 64 (各地各部门参照自治区做法成立相应的组织机构, 各市、县（区）负责) 完成时限 2025年; earlier. Not task 60, which is the region\'s own 领导小组')
N(DL, '（2）各乡镇明确1名分管领导', '2024年底前', 'task 64 完成时限 2025年; earlier')
N(DL, 'b. 梳理县直各部门（单位）政务信息化项目', '2024年底前', 'task 23 (全区一体化数字资源管理系统“一本账”) 完成时限 2024年; equal')
N(DL, '（1）依托自治区产业云', '2024年底前', 'task 2 完成时限 2023年启动，2024年取得明显成效; equal')
N(DL, '（2）加快同心工业园区“智慧园区”建设', '2025年', 'task 3 完成时限 持续推进，2025年取得明显成效; equal, same wording')
N(DL, 'a. 深入应用国家智慧教育平台', '2025年', 'task 7 完成时限 2023年形成试点经验，2025年取得明显成效; equal (completing milestone 2025)')
N(DL, 'b. 深化“互联网+医疗健康”应用', '2024年底前', 'task 8 完成时限 持续推进，2025年取得明显成效; earlier')
N(DL, 'd. 推进“数字供销”建设', '2025年', 'task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; equal')
N(DL, '①落实数据交易主体市场准入', '2024年底前', 'task 13 完成时限 2024年; equal')
N(DL, '②配合自治区培育数据要素市场', '2025年底前', 'task 12 完成时限 2025年; equal')
N(DL, '（1）落实县直各部门（单位）和各乡镇数字政府建设安全和保密工作', None, 'task 14 完成时限 2023年; the sub-item says 长期坚持 with no dated milestone, so nothing is later')
N(DL, '（1）推动县级政务信息系统向自治区政务信创云', '2024年9月底前', 'task 19 完成时限 2023年启动，2024年建成 (task 43: 2024年建成，持续推进); earlier')
N(DL, '（2）落实数据安全防护能力评估指标体系', '2024年底前', 'task 16 完成时限 2024年; equal')
N(DL, '（2）强化审管协同', '2025年底前', 'task 22 完成时限 2025年; equal')
N(DL, '（3）推动将实践检验行之有效的做法', '2024年底前', 'task 26 完成时限 2024年; equal')
N(DL, '（4）围绕重点领域、关键环节、共性需求积极申报', '2025年', 'task 28 完成时限 2023年启动，2025年取得明显成效; equal')
N(DL, '①推动县级人口、法人、自然资源等数据', '2024年底前', 'tasks 33/34 完成时限 2024年; equal')
N(DL, '②建立健全政务数据供需对接和属地返还机制', None, 'task 36 完成时限 2023年; 持续推进 with no dated milestone')
N(DL, '③编制县级公共数据开放目录', '2024年10月底前', 'task 41 完成时限 2024年; earlier (October)')
N(DL, '④推进供水、供电、供气、公共交通等公共数据', '2024年底前', 'task 42 完成时限 2024年; equal')
N(DL, '①加快县级电子政务外网升级改造', '2024年底前', 'task 47 完成时限 2024年; equal (same measure as the late sub-item ②)')
N(DL, '③以重大业务应用为牵引', '2024年底前', 'task 50 完成时限 2024年; equal (same measure as the late sub-item ②)')
N(DL, '④依托全区统一的视频共享平台', '2025年底前', 'task 49 完成时限 2025年; equal')
N(DL, '⑤建立完善电子证照共享应用服务体系', '2024年底前', 'task 52 完成时限 2025年; earlier')
N(DL, '⑥推进非税收入收缴电子化', '2025年底前', 'task 56 完成时限 2025年; equal')
N(DL, '（1）对接宁夏经济治理基础数据库', '2024年底前', 'task 65 完成时限 2024年; equal')
N(DL, '（2）应用宁夏经济运行大数据平台', '2025年底前', 'task 66 完成时限 2025年; equal')
N(DL, 'a. 动态更新县级监管事项目录和实施清单', None, 'task 68 完成时限 2023年; 长期坚持 with no dated milestone')
N(DL, 'b. 应用企业信用风险分类管理系统', '2024年底前', 'task 70 完成时限 2024年; equal')
N(DL, 'c. 对食品药品、特种设备、农副产品', '2024年6月底前', 'task 71 完成时限 2024年; earlier')
N(DL, 'd. 充分运用新型监管手段', '2024年底前', 'task 74 完成时限 2024年; equal')
N(DL, '（1）完善行政复议、信访、调解、法律援助', '2024年底前', 'task 77 完成时限 2024年; equal')
N(DL, '（2）推进“雪亮工程”向乡村延伸', '2024年底前', 'task 79 完成时限 2024年; equal')
N(DL, '（3）推进“智慧应急”建设', '2024年底前', 'task 80 完成时限 2024年; equal')
N(DL, '（4）整合全县信息化指挥调度资源', '2024年底前', 'task 81 完成时限 2025年; earlier')
N(DL, '（5）实施“互联网+基层治理”行动', '2025年底前', 'task 83 完成时限 2025年; equal')
N(DL, '②依托上级平台推进县级综合指挥调度中心建设', '2025年底前', 'region text (厘清层级职责) gives no date; nearest task 81 完成时限 2025年; equal')
N(DL, '①扩能应用宁夏“互联网+政务服务”', '2024年底前', 'task 84 完成时限 2024年; equal')
N(DL, '②推动县级政务服务、公共服务应用接入', '2024年底前', 'task 86 完成时限 2024年; equal')
N(DL, '③加快电子营业执照推广应用', '2024年底前', 'task 88 完成时限 2024年; equal')
N(DL, '④完成县乡两级政府网站、政务服务场所适老化', '2024年10月底前', 'task 93 完成时限 2024年; earlier')
N(DL, '⑤推进县图书馆、文化馆、档案馆', '2024年底前', 'task 90 完成时限 2024年; equal')
N(DL, '⑥深化“一件事一次办”改革', None, 'task 85 完成时限 2023年; 持续推进 with no dated milestone')
N(DL, '（1）对接自治区生态环境数据资源中心', '2024年底前', 'task 94 完成时限 2024年; equal')
N(DL, '（2）深化“互联网+城乡供水”建设', '2025年底前', 'task 96 完成时限 2025年; equal')
N(DL, '（3）应用宁夏自然资源三维立体“一张图”', '2024年底前', 'task 97 完成时限 2024年; equal')
N(DL, '（4）应用宁夏“智慧林草”云平台', '2024年底前', 'task 98 完成时限 2024年; equal')
N(DL, 'a. 建立大数据辅助决策机制', '2024年底前', 'task 103 完成时限 2024年; equal (same measure as the late sub-item d)')
N(DL, 'b. 推广应用全区统一的协同办公平台', '2024年6月底前', 'task 104 完成时限 2024年; earlier')
N(DL, 'c. 推广应用“宁政通”移动办公“总门户”', '2024年底前', 'task 105 完成时限 2024年; equal')
N(DL, 'e. 整合县直部门、各乡镇非涉密视频会议系统资源', '2025年底前', 'task 107 完成时限 2025年; equal')
N(DL, 'f. 整合县级机关事务管理信息系统', '2025年底前', 'task 111 完成时限 2025年; equal')
N(DL, '（1）完善政府网站和各类政务公开信息化平台', '2024年底前', 'task 112 完成时限 2024年; equal')
N(DL, '（2）构建政务新媒体矩阵体系', '2024年底前', 'task 114 完成时限 2024年; equal')
N(DL, '（3）以12345政务服务便民热线为枢纽', '2024年底前', 'task 115 完成时限 2024年; equal')
N(DL, '每年12月10日前', '每年12月10日前', 'the office\'s own annual reporting date; also task 116 (2023年完成并长期坚持) is taken up as 长期坚持')
N(DL, '每季度末月25日前', '每季度末月25日前', 'the office\'s own quarterly reporting date, not a task deadline')
N('deadline-invalid', '2024年第6次常务会议', '2024年', 'meeting number in the cover note, not a deadline')
N('unknown-unit', '（牵头单位：县政府办；', '县政府办', 'short name of 县人民政府办公室 listed in units.txt')
N('unknown-unit', '（牵头单位：县政府办；', '县发改局', 'short name of 县发展和改革局 listed in units.txt')
N('unknown-unit', '（牵头单位：县发改局；', '县税务局', 'short name of 国家税务总局同心县税务局 listed in units.txt')
N('unknown-unit', '（牵头单位：吴忠市生态环境局同心分局；', '吴忠市生态环境局同心分局', 'city bureau branch stationed in the county, listed in units.txt under its full name')
N('unknown-unit', '（牵头单位：吴忠市生态环境局同心分局；', '县林草局', 'short name of 县林业和草原局 listed in units.txt')
N('unknown-unit', '（牵头单位：县审批服务管理局；', '县残联', 'short name of 县残疾人联合会 listed in units.txt')
N('unknown-unit', '（牵头单位：县审批服务管理局；', '县文旅体广局', 'short name of 县文化旅游体育广电局 listed in units.txt')
N('unknown-unit', '（牵头单位：县委政法委；', '同心县消防救援大队', 'listed in units.txt')
N('unknown-unit', '（牵头单位：县委政法委；', '各村（社区）', 'collective subject')
N('unknown-unit', '（牵头单位：县委政法委；', '各乡镇人民政府', 'collective subject')
N('unknown-unit', '（牵头单位：县大数据局；', '县直各部门（单位）', 'collective subject (the unknown unit on this line is only 县大数据局)')
N('unknown-unit', '（1）成立由县长任组长', '县直有关部门', 'collective subject')
N('unknown-unit', '（牵头单位：县政府办公室、县大数据服务中心；', '县大数据服务中心', 'listed in units.txt; the real name of the county body that 县大数据局 wrongly names')
N('unknown-unit', '（牵头单位：县工业信息化和商务局；', '同心工业园区管委会', 'listed in units.txt')
N('unknown-unit', '（牵头单位：县农业农村局；', '县供销合作社联合社', 'listed in units.txt (canonical name of 县供销社)')
N('unknown-unit', '（牵头单位：县大数据服务中心；', '县委保密办', 'listed in units.txt')
N('unknown-unit', '县推进数字政府建设领导小组办公室每年12月10日前', '县推进数字政府建设领导小组办公室', 'listed in units.txt; prose, the office receiving reports')
N('unknown-unit', '（一）加强组织领导。县委统一领导', '县人民政府', 'the county government itself, listed in units.txt')

covers = []
def C(task, sub):
    covers.append({'task': task, 'line': ln(sub)})
for t, s in [
    (2, '（1）依托自治区产业云'), (3, '（2）加快同心工业园区“智慧园区”建设'), (5, '（3）强化政企协同、部门协同、社会共治'),
    (6, 'e. 推进教育、健康、就业、文化旅游'), (7, 'a. 深入应用国家智慧教育平台'), (8, 'b. 深化“互联网+医疗健康”应用'),
    (10, 'c. 推进数字乡村建设'), (11, 'd. 推进“数字供销”建设'), (12, '②配合自治区培育数据要素市场'), (13, '①落实数据交易主体市场准入'),
    (14, '（1）落实县直各部门（单位）和各乡镇数字政府建设安全和保密工作'), (16, '（2）落实数据安全防护能力评估指标体系'),
    (18, '（3）建立健全动态监控、主动防御、协同响应'), (19, '（1）推动县级政务信息系统向自治区政务信创云'),
    (21, '2024年9月31日前'), (22, '（2）强化审管协同'), (23, 'b. 梳理县直各部门（单位）政务信息化项目'), (26, '（3）推动将实践检验行之有效的做法'),
    (28, '（4）围绕重点领域、关键环节、共性需求积极申报'), (33, '①推动县级人口、法人、自然资源等数据'), (34, '①推动县级人口、法人、自然资源等数据'),
    (36, '②建立健全政务数据供需对接和属地返还机制'), (41, '③编制县级公共数据开放目录'), (42, '④推进供水、供电、供气、公共交通等公共数据'),
    (47, '①加快县级电子政务外网升级改造'), (48, '②开展县城域网升级改造'), (49, '④依托全区统一的视频共享平台'), (50, '③以重大业务应用为牵引'),
    (52, '⑤建立完善电子证照共享应用服务体系'), (56, '⑥推进非税收入收缴电子化'), (64, '（1）成立由县长任组长'),
    (65, '（1）对接宁夏经济治理基础数据库'), (66, '（2）应用宁夏经济运行大数据平台'), (68, 'a. 动态更新县级监管事项目录和实施清单'),
    (70, 'b. 应用企业信用风险分类管理系统'), (71, 'c. 对食品药品、特种设备、农副产品'), (74, 'd. 充分运用新型监管手段'),
    (77, '（1）完善行政复议、信访、调解、法律援助'), (79, '（2）推进“雪亮工程”向乡村延伸'), (80, '（3）推进“智慧应急”建设'),
    (81, '（4）整合全县信息化指挥调度资源'), (83, '（5）实施“互联网+基层治理”行动'), (84, '①扩能应用宁夏“互联网+政务服务”'),
    (85, '⑥深化“一件事一次办”改革'), (86, '②推动县级政务服务、公共服务应用接入'), (88, '③加快电子营业执照推广应用'),
    (90, '⑤推进县图书馆、文化馆、档案馆'), (93, '④完成县乡两级政府网站、政务服务场所适老化'), (94, '（1）对接自治区生态环境数据资源中心'),
    (96, '（2）深化“互联网+城乡供水”建设'), (97, '（3）应用宁夏自然资源三维立体“一张图”'), (98, '（4）应用宁夏“智慧林草”云平台'),
    (101, '（5）配合构建碳排放智能监测'), (103, 'a. 建立大数据辅助决策机制'), (104, 'b. 推广应用全区统一的协同办公平台'),
    (105, 'c. 推广应用“宁政通”移动办公“总门户”'), (106, 'd. 依托“宁政通”APP，推广全区统一的填表报数系统'),
    (107, 'e. 整合县直部门、各乡镇非涉密视频会议系统资源'), (111, 'f. 整合县级机关事务管理信息系统'),
    (112, '（1）完善政府网站和各类政务公开信息化平台'), (114, '（2）构建政务新媒体矩阵体系'), (115, '（3）以12345政务服务便民热线为枢纽'),
    (116, '（一）加强组织领导。县委统一领导'), (122, '（四）强化考核评价。'), (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。'),
]:
    C(t, s)

key = {
    'writer': 'blind writer, round 498; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': MN,
    'covers': covers,
    'notes': ('同心县 (吴忠市) 2024 实施方案 checked against 宁政发〔2023〕17号 only, no parent plan. Every measure breaks into dated sub-items '
              '((1)(2), ①②, a. b.) and ends with one （牵头单位：…；配合单位：…） note; the draft itself says the first-listed lead is the main lead. '
              'Sub-items that take up regional tasks due 2023 (14, 17, 18, 36, 68, 85, 116) are written as 长期坚持/持续推进 with no dated milestone. '
              'units.txt is the county registry; 县大数据局 is deliberately absent from it. No task-uncovered is planted.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(MN), len(covers))
