#!/usr/bin/env python3
# Builds key.json from draft.txt: every line number is looked up from a unique anchor string.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()

def ln(anchor, text=None):
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (text, hits[0])
    return hits[0]

def e(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(anchor, text)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

DL = 'deadline-later-than-baseline'
UU = 'unknown-unit'
BM = 'basis-mismatch'
DI = 'deadline-invalid'

expect = [
    e(BM, '（国发〔2022〕14号）、《自治区人民政府', '宁政办发〔2023〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; 宁政办发 is the 办公厅 series (line 14 cites it correctly as 宁政发〔2023〕17号)'),
    e(DL, '在平台支撑方面，', '2025年6月底前',
      'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; the county sets 2025年6月底前 for its 县、乡、村 coverage'),
    e(DI, '惠企政策精准推送', '6月31日',
      'June has 30 days: 2024年6月31日 is an impossible date (task 89, 完成时限 2024年, so it is not late)'),
    e(UU, '配合县安监局', '县安监局',
      'old name of the 安全生产监督管理局, merged into 县应急管理局 in the 2019 reform; not in units.txt'),
    e('garbled-text', '督促各单位', '瀹屽杽涓氬姟',
      'UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 完善业务应用系统电子文件归档功能'),
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '政务公开',
     'why': 'no department is given 政务公开 duties: nothing on 政务公开信息化平台, 政策文件库, 政务新媒体 or 政民互动 (the seven capacities are only named as 七个能力 on line 33)'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 112,
     'why': 'deliberately left out with the 政务公开 pillar; task 112 is 自治区各部门（单位）及各市、县（区）分别负责, 2024年'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 114,
     'why': 'deliberately left out with the 政务公开 pillar; task 114 (政务新媒体矩阵) is 各市、县（区）分别负责, 2024年'},
]

def eq(anchor, text, task, limit, rel='equal'):
    return e(DL, anchor, text, f'task {task} 完成时限 {limit}; {rel}')

mustNotFlag = [
    # --- basis documents
    e(BM, '（国发〔2022〕14号）、《自治区人民政府', '国发〔2022〕14号', 'correct 文号 of 《国务院关于加强数字政府建设的指导意见》'),
    e(BM, '（国发〔2022〕14号）、《自治区人民政府', '中卫市人民政府《关于加强数字政府建设的实施方案》',
      'the city plan cited by title alone (a city plan may have no 文号); no parent plan is supplied, nothing to contradict'),
    e(BM, '自《宁夏回族自治区2020年', '宁政办发〔2020〕14号',
      'retrospective mention ("印发以来") of the 2020 工作要点 with its correct 文号; not cited as a basis'),
    e(BM, '对照宁政发〔2023〕17号', '宁政发〔2023〕17号', 'the regional 实施意见 cited by its correct 文号 alone in the background'),
    e(BM, '同时废止', '海政办发〔2020〕27号',
      'the county\'s own superseded 2020 plan, named only to repeal it in the 附则; not a basis citation'),
    e(BM, '海政办发〔2024〕11号', '海政办发〔2024〕11号', "the notice's own 文号"),
    # --- dates that are not deadlines / not invalid
    e(DI, '2024年3月18日', '2024年3月18日', 'issue date of the notice'),
    e(DI, '对照宁政发〔2023〕17号', '2023年', 'past date in the background (工作基础), not a deadline'),
    e(DI, '对照2023年已建立', '2023年', 'retrospective: the safety responsibility system set up in 2023 (task 14, 2023年); no deadline is set here'),
    e(DI, '同时废止', '2020—2022年', 'period in the title of the repealed 2020 county plan'),
    e(DI, '动员部署阶段', '2024年3月', "the office's own schedule (动员部署阶段)"),
    e(DL, '全面推进阶段', '2025年6月', "the office's own work schedule, not a task deadline"),
    e(DL, '总结提升阶段', '2025年7月', "the office's own work schedule (总结提升阶段 ends 2025年12月, the regional horizon)"),
    e(DL, '每季度末月25日前', '2024年12月10日前', "the office's own reporting dates (季度进展, 年度总结)"),
    # --- goals
    e(DL, '到2024年底，全县数字政府工作体系基本健全', '2024年底',
      'a county goal for 2024; the regional 2023 goals (政策体系初步建立, 家底全面理清, 标志性应用场景) are not restated with a later year'),
    e(DL, '1．组织体系更加完善', '领导小组调整充实到位',
      'goal under 到2024年底: the county\'s own leading group is task 64 (各市、县（区）负责, 2025年) -> earlier; task 60 (2023年) is the 自治区 group, 自治区政府办公厅负责'),
    e(DL, '2．基础支撑更加集约', '迁移上云',
      'goal under 到2024年底: tasks 46 (2024年), 50 (2024年), 105 (2024年) -> equal'),
    e(DL, '3．数据资源更加丰富', '公共数据开放目录编制完成',
      'goal under 到2024年底: task 41 (2024年) and 42 (2024年) -> equal'),
    e(DL, '到2025年，全县数字政府建设“34567”', '2025年',
      'regional goal 到2025年 “34567”体系框架全面成型 -> equal'),
    e(DL, '到2035年', '2035年', 'regional goal 到2035年 -> equal'),
    # --- task deadlines (all equal to or earlier than the region)
    eq('1．县人民政府办公室', '2024年6月底前', 104, '2024年', 'earlier'),
    eq('1．县人民政府办公室', '2024年底前实现县、乡、村三级党政机关全面接入', 105, '2024年'),
    eq('1．县人民政府办公室', '2025年底前', 106, '2025年'),
    e(DL, '县人民政府办公室每年制定', '长期坚持', 'tasks 121 (长期坚持) and 124 (2023年形成机制，长期坚持): ongoing, no later milestone'),
    e(DL, '2．县委网信办', '长期坚持', 'task 14 (2023年) / 18 (2023年形成机制，长期坚持): ongoing wording after the 2023 system already built; no later milestone'),
    e(DL, '2．县委网信办', '每年至少组织开展1次', 'tasks 17/18: a recurring duty, not a deadline'),
    eq('县委编办：', '2024年9月底前', '20 (2024年) / 64', '2024年 / 2025年', 'earlier'),
    e(DL, '将数字政府建设纳入全县效能目标管理考核范围，长期坚持', '长期坚持', 'task 122 (2023年完成，长期坚持): ongoing, no later milestone'),
    eq('县人大常委会办公室、县政协办公室', '2024年底前', 38, '2024年'),
    e(DL, '负责全县数字政府建设技术支撑', '持续更新全县政务数据资源目录', 'task 30 (2023年): the 目录 exists; keeping it updated is ongoing, no later milestone'),
    eq('负责全县数字政府建设技术支撑', '2024年9月底前', 23, '2024年', 'earlier'),
    eq('负责全县数字政府建设技术支撑', '2024年10月底前', 41, '2024年', 'earlier'),
    eq('负责全县数字政府建设技术支撑', '2024年底前取得实效', 42, '2024年'),
    eq('在平台支撑方面，', '2024年底前完成县级政务信息系统向政务信创云有序迁移', '46 (2024年) / 43', '2024年 / 2024年建成，持续推进'),
    eq('在平台支撑方面，', '2024年底前完成电子政务外网县级节点扩容改造', 47, '2024年'),
    eq('在平台支撑方面，', '2024年底前完成非涉密业务专网', 50, '2024年'),
    e(DL, '在数据应用方面，', '每年申报1至2个', 'task 28 (2023年启动，2025年取得明显成效): recurring, no later milestone'),
    eq('在数据应用方面，', '2024年底前建成县级数字政府运行监测', 103, '2024年'),
    e(DL, '7．县发展和改革局', '持续推进', 'task 1 (持续推进，2025年取得明显成效): equal ongoing wording'),
    eq('7．县发展和改革局', '2025年底前引进和培育', 12, '2025年'),
    eq('7．县发展和改革局', '2024年底前完成县级社会信用信息归集共享', 57, '2024年'),
    eq('7．县发展和改革局', '2025年底前完成', 101, '2025年'),
    eq('县发展和改革局依托宁夏经济运行大数据平台', '2025年底前', 66, '2025年'),
    eq('8．县财政局', '2024年底前完成财政电子票据', 55, '2024年'),
    eq('8．县财政局', '2025年6月底前', 56, '2025年', 'earlier'),
    eq('8．县财政局', '2024年底前完成预算管理一体化系统', 110, '2024年'),
    eq('9．县工业信息化和商务局', '2024年底前推动产业数字化取得明显成效', 2, '2023年启动，2024年取得明显成效'),
    eq('10．海原工业园区管委会', '2025年6月底前', 3, '持续推进，2025年取得明显成效', 'earlier'),
    e(DL, '12．县市场监督管理局', '持续推进', 'task 5 (持续推进，2025年取得明显成效): equal ongoing wording; 照单监管 (task 68, 2023年) has no date here'),
    eq('12．县市场监督管理局', '2024年底前全面实施企业信用风险分类管理', 70, '2024年'),
    eq('12．县市场监督管理局', '2024年底前对食品药品', 71, '2024年'),
    eq('县市场监督管理局2024年底前完成电子营业执照', '2024年底前', 88, '2024年'),
    eq('13．县教育体育局', '2025年取得明显成效', 7, '2023年形成试点经验，2025年取得明显成效'),
    eq('14．县卫生健康局', '2024年底前', 8, '持续推进，2025年取得明显成效', 'earlier'),
    eq('15．县医疗保障局', '2024年底前', 6, '持续推进，2025年取得明显成效', 'earlier (no closer task; 互联网+医保 is a 数字社会 service)'),
    eq('16．县民政局', '2025年底前', 6, '持续推进，2025年取得明显成效'),
    eq('县民政局推进婚姻登记', '2024年底前', '6 / 84', '2025年 / 2024年', 'equal or earlier'),
    eq('17．县人力资源和社会保障局', '2025年底前取得明显成效', '6 / 92', '2025年 / 2025年'),
    eq('县人力资源和社会保障局配合县委组织部', '2024年底前', 117, '2024年'),
    eq('18．县住房和城乡建设局', '2025年底前', 9, '持续推进，2025年取得明显成效'),
    eq('19．县综合执法局', '2025年底前', 9, '持续推进，2025年取得明显成效'),
    e(DL, '20．县交通运输局', '持续推进', 'task 6 (持续推进，2025年取得明显成效): equal ongoing wording'),
    eq('21．县农业农村局', '2025年底前', 10, '持续推进，2025年取得明显成效'),
    eq('22．县供销合作社联合社', '2025年取得明显成效', 11, '2023年完成主要建设任务，2025年取得明显成效'),
    eq('23．县文化旅游广电局', '2024年底前', 90, '2024年'),
    eq('25．县公安局', '2024年底前', 78, '2024年'),
    eq('县公安局配合县委政法委', '2024年底前', 79, '2024年'),
    eq('27．县档案馆', '2024年底前建立电子公文档案数据共享利用机制', 40, '2024年'),
    eq('督促各单位', '2024年底前完成县直部门电子文件归档', 54, '2024年'),
    eq('28．县自然资源局', '2024年底前完成县级国土空间基础信息平台', 97, '2024年'),
    eq('28．县自然资源局', '2024年底前完成“底板底图”数据更新', 58, '2024年'),
    eq('县自然资源局配合推进用水权', '2025年底前', 100, '2025年'),
    eq('中国电信海原分公司、中国移动海原分公司', '2024年底前', 48, '2024年', 'equal if matched to the 5级全覆盖 task; 5G coverage itself has no regional task'),
    eq('30．国网海原县供电公司', '2024年底前', 42, '2024年'),
    e(DL, '31．县统计局', '持续推进', 'task 66 (2025年) support duty, ongoing wording; no later milestone'),
    eq('32．海原县税务局', '2024年底前', 53, '2024年'),
    eq('33．县委政法委', '2024年底前实现矛盾纠纷线上统一归集', 77, '2024年'),
    eq('33．县委政法委', '2024年底前实现重点公共区域视频监控全覆盖', 79, '2024年'),
    eq('县委政法委依托宁夏社会治理基层综合指挥平台', '2025年底前实现村（社区）全覆盖', 83, '2025年', 'equal (乡镇 milestone 2024年 earlier)'),
    eq('县委政法委依托宁夏社会治理基层综合指挥平台', '2024年底前将县级视频资源接入', 49, '2025年', 'earlier'),
    eq('34．县应急管理局', '2024年底前完成自然灾害监测预警', 80, '2024年'),
    eq('34．县应急管理局', '2025年底前建成县级应急指挥调度平台', 81, '2025年'),
    eq('38．县审批服务管理局', '动态管理，2024年底前完成', 21, '2024年'),
    eq('38．县审批服务管理局', '2024年底前实现“网上办、掌上办、就近办、一次办”', 84, '2024年'),
    eq('38．县审批服务管理局', '2024年9月底前', 86, '2024年', 'earlier'),
    eq('县审批服务管理局持续深化', '2025年6月底前取得实效', 52, '2025年', 'earlier; the 社会化高频场景 wording is task 52, not task 85 (2023年, which has no date here)'),
    eq('39．县政务服务中心', '2024年底前', 93, '2024年'),
    eq('41．中卫市生态环境局海原分局', '2024年底前', 94, '2024年'),
    eq('41．中卫市生态环境局海原分局', '2025年底前', 95, '2025年'),
    eq('42．县水务局', '2025年底前', 96, '2025年'),
    eq('43．县林业和草原局', '2024年底前', 98, '2024年'),
    eq('44．县机关事务服务中心', '2024年底前整合全县非涉密视频会议系统资源', 107, '2025年', 'earlier'),
    eq('44．县机关事务服务中心', '2025年底前接入全区机关事务管理', 111, '2025年'),
    eq('45．县公共资源交易中心', '长期推进，2024年取得明显成效', 108, '长期推进，2024年取得明显成效'),
    e(DL, '47．县委组织部', '长期坚持', 'task 123 (2023年完成，长期坚持): ongoing'),
    eq('47．县委组织部', '2024年底前', 117, '2024年'),
    e(DL, '48．县委党校', '每年至少举办1期', 'task 118 (2023年完成并长期坚持): recurring training, no later milestone'),
    eq('51．各乡镇人民政府', '2024年底前', 105, '2024年'),
    eq('52．海城镇人民政府', '2024年底前', 83, '2025年', 'earlier (智慧社区 pilot under 基层治理)'),
    e(DL, '53．县直各部门（单位）', '长期坚持', 'task 116 (2023年完成并长期坚持): ongoing; task 32 (2023年) has no date here'),
    eq('53．县直各部门（单位）', '2024年底前', 46, '2024年'),
    # --- units
    e(UU, '各乡镇人民政府，县直各部门（单位）', '各乡镇人民政府', 'collective subject'),
    e(UU, '各乡镇人民政府，县直各部门（单位）', '县直各部门（单位）', 'collective subject'),
    e(UU, '各乡镇人民政府，县直各部门（单位）', '海原工业园区管委会', 'in units.txt'),
    e(UU, '（国发〔2022〕14号）、《自治区人民政府', '中卫市人民政府', 'issuer of a cited basis document, not a responsible unit'),
    e(UU, '由县人民政府主要负责同志任组长', '县直有关部门', 'collective subject'),
    e(UU, '（四）强化专家和运营支撑', '数字宁夏建设运营有限公司', 'the regional operating company (task 62) named as a resource the county draws on, not as a responsible unit of a county task'),
    e(UU, '1．县人民政府办公室', '县人民政府办公室', 'department named as the subject of its own paragraph; in units.txt'),
    e(UU, '县人民政府办公室每年制定', '县人民政府办公室', 'second paragraph of the same department, subject repeated'),
    e(UU, '2．县委网信办', '县委网信办', 'official short name; in units.txt; subject of its own paragraph'),
    e(UU, '2．县委网信办', '县委机要和保密局', 'in units.txt'),
    e(UU, '县人大常委会办公室、县政协办公室', '县人大常委会办公室、县政协办公室、县人民法院、县人民检察院', 'four units as the joint subject of one paragraph; all in units.txt'),
    e(UU, '负责全县数字政府建设技术支撑', '县大数据服务中心', 'department named as the subject of its own paragraph; in units.txt'),
    e(UU, '在平台支撑方面，', '县大数据服务中心', 'continuation paragraph of the 县大数据服务中心 item'),
    e(UU, '在数据应用方面，', '自治区、中卫市有关部门', 'collective counterpart ("积极对接"), not a responsible unit'),
    e(UU, '7．县发展和改革局', '中卫市', 'the city the county supports ("配合中卫市"); task 1 itself lists 中卫市 among the 配合 units'),
    e(UU, '8．县财政局', '县发展改革局、审计局', 'official short name of 县发展和改革局; prefix 县 distributes to 审计局 = 县审计局, in units.txt'),
    e(UU, '10．海原工业园区管委会', '海原工业园区管委会', 'subject of its own paragraph; in units.txt'),
    e(UU, '18．县住房和城乡建设局', '中卫市', 'the city leads task 9 (各地级市牵头); the county cooperates'),
    e(UU, '23．县文化旅游广电局', '县图书馆、文化馆', 'public venues that are the object of the task, not responsible units'),
    e(UU, '中国电信海原分公司、中国移动海原分公司', '中国电信海原分公司、中国移动海原分公司、中国联通海原分公司', 'operators outside the government proper, joint subject of one paragraph; all in units.txt'),
    e(UU, '30．国网海原县供电公司', '国网海原县供电公司', 'in units.txt (outside the government proper)'),
    e(UU, '32．海原县税务局', '海原县税务局', 'vertical unit in units.txt'),
    e(UU, '33．县委政法委', '县信访局、司法局', 'prefix 县 distributes: 县信访局, 县司法局, both in units.txt'),
    e(UU, '34．县应急管理局', '海原县消防救援大队、海原县气象局', 'both in units.txt'),
    e(UU, '41．中卫市生态环境局海原分局', '中卫市生态环境局海原分局', 'the county branch of the city bureau, one name in units.txt; must not be split into a city unit'),
    e(UU, '县自然资源局配合推进用水权', '中卫市生态环境局海原分局', 'in units.txt, inside a list of cooperating units'),
    e(UU, '51．各乡镇人民政府', '各乡镇人民政府', 'collective as the subject of its own paragraph'),
    e(UU, '52．海城镇人民政府', '海城镇人民政府', 'a township named as the subject of its own paragraph; in units.txt'),
    e(UU, '53．县直各部门（单位）', '县直各部门（单位）', 'collective as the subject of its own paragraph'),
    e(UU, '（三）提升数字素养', '宁夏干部教育培训网络学院', 'an online training platform used as a resource, not a responsible unit'),
    e(UU, '每季度末月25日前', '县推进数字政府建设领导小组办公室', 'in units.txt (the coordinating office set up in 二（一）)'),
    # --- pillars taken up under other names
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一', 'why': 'taken up by content in 二、工作体系 (领导小组, 县大数据服务中心, 专家咨询组, 运营公司), lines ' + ', '.join(str(ln(a)) for a in ['（一）健全组织机构', '（四）强化专家和运营支撑'])},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '六级贯通', 'why': 'taken up in 二（二）厘清层级职责, line ' + str(ln('（二）厘清层级职责'))},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': 'network ecology and data-element market, lines ' + str(ln('县委网信办牵头健全网络综合治理体系')) + ', ' + str(ln('7．县发展和改革局'))},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '制度规则', 'why': 'duties on 职责梳理 (task 20), 一本账 (23), 会商机制 (24), 试点 (28), lines ' + ', '.join(str(ln(a)) for a in ['3．县委编办', '负责全县数字政府建设技术支撑', '7．县发展和改革局', '在数据应用方面，'])},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': '四（二）加大财政投入, line ' + str(ln('（二）加大财政投入'))},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字素养', 'why': '四（三）提升数字素养, line ' + str(ln('（三）提升数字素养'))},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '考核评价', 'why': '四（四）强化考核评价, line ' + str(ln('（四）强化考核评价'))},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '组织领导', 'why': '四（一）加强组织领导, line ' + str(ln('（一）加强组织领导'))},
]

def c(task, anchor):
    return {'task': task, 'line': ln(anchor)}

covers = [
    c(1, '7．县发展和改革局'), c(2, '9．县工业信息化和商务局'), c(3, '10．海原工业园区管委会'),
    c(5, '12．县市场监督管理局'), c(6, '16．县民政局'), c(7, '13．县教育体育局'), c(8, '14．县卫生健康局'),
    c(9, '18．县住房和城乡建设局'), c(10, '21．县农业农村局'), c(11, '22．县供销合作社联合社'),
    c(12, '7．县发展和改革局'), c(14, '2．县委网信办'), c(15, '2．县委网信办'), c(17, '26．县委机要和保密局'),
    c(18, '2．县委网信办'), c(20, '3．县委编办'), c(21, '38．县审批服务管理局'),
    c(23, '负责全县数字政府建设技术支撑'), c(24, '7．县发展和改革局'), c(25, '8．县财政局'),
    c(28, '在数据应用方面，'), c(30, '负责全县数字政府建设技术支撑'), c(32, '53．县直各部门（单位）'),
    c(38, '县人大常委会办公室、县政协办公室'), c(40, '27．县档案馆'), c(41, '负责全县数字政府建设技术支撑'),
    c(42, '负责全县数字政府建设技术支撑'), c(46, '在平台支撑方面，'), c(47, '在平台支撑方面，'),
    c(48, '在平台支撑方面，'), c(49, '县委政法委依托宁夏社会治理基层综合指挥平台'), c(50, '在平台支撑方面，'),
    c(51, '38．县审批服务管理局'), c(52, '县审批服务管理局持续深化'), c(54, '督促各单位'),
    c(55, '8．县财政局'), c(56, '8．县财政局'), c(57, '7．县发展和改革局'), c(58, '28．县自然资源局'),
    c(64, '（一）健全组织机构'), c(66, '县发展和改革局依托宁夏经济运行大数据平台'), c(68, '12．县市场监督管理局'),
    c(70, '12．县市场监督管理局'), c(71, '12．县市场监督管理局'), c(73, '县市场监督管理局2024年底前完成电子营业执照'),
    c(77, '33．县委政法委'), c(78, '25．县公安局'), c(79, '县公安局配合县委政法委'), c(80, '34．县应急管理局'),
    c(81, '34．县应急管理局'), c(83, '县委政法委依托宁夏社会治理基层综合指挥平台'), c(84, '38．县审批服务管理局'),
    c(85, '县审批服务管理局持续深化'), c(86, '38．县审批服务管理局'), c(88, '县市场监督管理局2024年底前完成电子营业执照'),
    c(89, '县审批服务管理局持续深化'), c(90, '23．县文化旅游广电局'), c(93, '39．县政务服务中心'),
    c(94, '41．中卫市生态环境局海原分局'), c(95, '41．中卫市生态环境局海原分局'), c(96, '42．县水务局'),
    c(97, '28．县自然资源局'), c(98, '43．县林业和草原局'), c(100, '县自然资源局配合推进用水权'),
    c(101, '7．县发展和改革局'), c(103, '在数据应用方面，'), c(104, '1．县人民政府办公室'),
    c(105, '1．县人民政府办公室'), c(106, '1．县人民政府办公室'), c(107, '44．县机关事务服务中心'),
    c(108, '45．县公共资源交易中心'), c(110, '8．县财政局'), c(111, '44．县机关事务服务中心'),
    c(116, '53．县直各部门（单位）'), c(117, '47．县委组织部'), c(118, '48．县委党校'),
    c(121, '县人民政府办公室每年制定'), c(122, '4．县委办公室'), c(123, '47．县委组织部'), c(124, '县人民政府办公室每年制定'),
]

key = {
    'writer': 'blind writer, round 891; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mustNotFlag,
    'covers': covers,
    'notes': ('海原县 (under 中卫市) 2024 实施方案: a short first half (总体要求, 工作体系) and a long 部门职责分工 part, '
              'one paragraph per department with the department as its subject (some departments have a second paragraph '
              'that repeats the subject, 县大数据服务中心 has two continuation paragraphs). No parent plan is given: the 中卫 '
              'plan is cited by title only. The draft states that the first-listed unit of a multi-unit task leads (line 40). '
              'Tasks whose regional deadline is 2023年 are given no date or ongoing wording (the plan is issued in 2024). '
              'Planted: wrong 文号 (line 9), late task 48 (line 50), 6月31日 (line 101), 县安监局 (line 56), mojibake (line 84), '
              'and no 政务公开 duties at all (tasks 112-115 untouched).'),
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('lines', len(LINES), 'expect', len(expect), 'mustNotFlag', len(mustNotFlag), 'covers', len(covers))
