#!/usr/bin/python3
# Builds key.json for blind526: every line number is found from a unique anchor string in draft.txt.
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def line_of(anchor, text=None):
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l]
    if len(hits) != 1:
        sys.exit('anchor %r found on lines %r' % (anchor, hits))
    n = hits[0]
    if text is not None and text not in LINES[n - 1]:
        sys.exit('text %r not on line %d (anchor %r)' % (text, n, anchor))
    return n


def e(rule, anchor, text=None, why='', **extra):
    d = {'rule': rule, 'line': line_of(anchor, text)}
    if text is not None:
        d['text'] = text
    d.update(extra)
    d['why'] = why
    return d


DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'
GT = 'garbled-text'
MP = 'missing-pillar'

expect = [
    e(BM, '（宁政发〔2022〕17号）', '宁政发〔2022〕17号',
      'the region\'s 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong 文号 for that title'),
    e(DL, '到2026年底，与自治区“34567”体系框架相衔接', '2026年底',
      'same goal as the region\'s 主要目标 “到2025年，全区各级数字政府建设“34567”体系框架全面成型……政府数字化履职能力明显提升”: the district puts the framework taking shape a year later (2026 > 2025)'),
    e(DL, '20\t实施“互联网+基层治理”行动', '2026年底',
      'task 83 (实施“互联网+基层治理”行动……构建新型基层管理服务平台……人、地、物、事、组织等基本要素的统一采集和高效管理; 各市、县（区）具体负责), 完成时限 2025年; the row gives 2026年底'),
    e(DI, '28\t上线政务人工智能大模型应用场景', '20206年',
      'impossible year (typo for 2026年; the body, line of “到2026年在政务服务、基层治理”, says 2026)'),
    e(UU, '12\t对接自治区统一的政务数据平台', '区数据局',
      'no 区数据局 in units.txt (the district\'s data body is 区大数据服务中心 = 区大数据中心); not a collective'),
    e(UU, '25\t依托“宁政通”填表报数系统', '自治区政府办公厅',
      'regional body named as lead (自治区政府办公厅牵头) of a district task row: copied from regional task 106\'s 责任单位; the district row should be led by a district unit (区政府办公室)'),
    e(GT, '2．深化数据共享利用。', '鎺ㄥ姩鏀垮姟鏁版嵁璧勬簮',
      'UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 推动政务数据资源'),
]

mnf = [
    # basis / citations
    e(BM, '（国发〔2022〕14号）', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见'),
    e(BM, '自《宁夏回族自治区2020年“数字政府”建设工作要点》', '宁政办发〔2020〕14号',
      'retrospective mention of the old 2020 工作要点 in the background section (not cited as basis); title and 文号 are correct'),
    e(BM, '对照全区数字政府建设重点任务清单（2023年—2025年）', '全区数字政府建设重点任务清单（2023年—2025年）',
      'the region\'s own attachment title (附件2), mentioned retrospectively'),
    e(BM, '中卫市沙坡头区人民政府办公室关于印发', '三年行动方案',
      'the draft\'s own title (行动方案) — not a citation of a basis document'),
    # past dates in background / done work (deadline-invalid near misses)
    e(DI, '截至2024年底，自治区部署的2023年、2024年到期任务', '2024年底',
      'background: past dates (2023年5月, 2024年底, 2023年 领导小组 = task 60 due 2023, 2024年 外网 = task 48 due 2024) state work already done, not deadlines'),
    e(DI, '1．压实安全管理责任。持续巩固2023年已明确', '2023年',
      'done work told retrospectively: task 14 due 2023; not a forward deadline'),
    e(DI, '依托2024年建成的自治区政务信创云', '2024年',
      'retrospective: the regional 政务信创云 (task 19, 2023年启动，2024年建成) was built in 2024'),
    e(DI, '坚持2023年建立的区政务信息化建设管理会商机制', '2023年',
      'retrospective: 会商机制 established in 2023 (task 24 due 2023)'),
    e(DI, '在2023年完成的全区政务数据资源目录基础上', '2023年',
      'retrospective: 数据资源目录 done in 2023 (task 30 due 2023)'),
    e(DI, '巩固2024年实现的电子政务外网区、乡镇、村（社区）三级全覆盖成果', '2024年',
      'retrospective: 外网 coverage achieved 2024 (task 48 due 2024)'),
    e(DI, '巩固2024年完成的政府网站、政务服务场所适老化', '2024年',
      'retrospective: 适老化 done 2024 (task 93 due 2024)'),
    e(DI, '2025年3月18日', '2025年3月18日', 'issuing date of the notice, not a deadline'),
    e(DL, '推动数字政府建设在2025—2027年取得新突破', '2025—2027年',
      'the plan\'s own period (also in the title lines), not a task deadline'),
    e(DI, '各单位于每年6月25日、12月10日前报送', '12月10日',
      'the office\'s own recurring reporting dates (6月25日, 12月10日), not task deadlines'),
    # goals
    e(DL, '到2025年底，自治区实施意见明确由县（区）承担', '2025年底',
      'equal to the region\'s 2025 goal (数据治理初见成效、安全保障体系持续完善 “到2025年”)'),
    e(DL, '到2027年，人工智能、低空经济等数字化新场景', '2027年',
      'the district\'s own new goal (AI, low-altitude economy) with no regional counterpart; the 2035 goal in the same line equals the region\'s 2035 goal'),
    # equal or earlier deadlines in body text
    e(DL, '1．服务算力枢纽建设。', '2025年取得明显成效', 'task 1 持续推进，2025年取得明显成效: equal'),
    e(DL, '加快区内各类园区“智慧园区”建设', '2025年取得明显成效',
      'task 3 持续推进，2025年取得明显成效: equal (task 2 产业云 in the same line is mentioned as already built, no date)'),
    e(DL, '1．推进公共服务数字化。', '2025年取得明显成效', 'task 6 持续推进，2025年取得明显成效: equal'),
    e(DL, '3．推进数字乡村建设。', '2025年取得明显成效', 'task 10 持续推进，2025年取得明显成效: equal'),
    e(DL, '2025年完成区内首批数据产品挂牌交易', '2025年', 'task 12 完成时限 2025年: equal'),
    e(DL, '2025年实现审批、监管、执法信息实时推送', '2025年', 'task 22 (审管协同) 完成时限 2025年: equal'),
    e(DL, '3．开展试点示范。', '2025年取得明显成效', 'task 28 2023年启动，2025年取得明显成效: equal'),
    e(DL, '2025年底前完成区级政务数据向全区一体化政务大数据体系汇聚', '2025年底前',
      'task 29 (自治区统一的政务数据平台 / 一体化政务大数据体系) 2023年启动，2025年完成: equal'),
    e(DL, '2025年实现个人证照在就医上学', '2025年', 'task 52 完成时限 2025年: equal; the 非税收入 date in the same line is task 56, 2025年: equal'),
    e(DL, '2025年完成区直部门和乡镇公共视频资源接入“视频一张网”', '2025年', 'task 49 完成时限 2025年: equal'),
    e(DL, '2025年6月底前明确区大数据服务中心承担数字政府建设技术支撑职能', '2025年6月底前',
      'task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年: earlier'),
    e(DL, '2025年实现规上工业企业、限上商贸企业运行数据按月监测，强化经济监测预警', '2025年',
      'task 66 (宁夏经济运行大数据平台, 强化经济监测预警) 完成时限 2025年: equal'),
    e(DL, '2025年完成区级指挥调度中心与自治区、中卫市指挥调度平台贯通', '2025年',
      'task 81 (统一的视频指挥调度体系) 完成时限 2025年: equal'),
    e(DL, '2025年实现热线诉求“接诉即办”闭环管理', '2025年',
      'task 87 (12345 “一呼即应”) 2023年启动，2025年完成: equal; the 多卡合一 date in the same line is task 92, 2025年: equal'),
    e(DL, '推进政务服务增值化改革，2026年底前', '2026年底前',
      'district\'s own new work (政务服务增值化, 企业综合服务专区), beyond the regional list; not a regional task'),
    e(DL, '配合构建碳排放智能监测和动态核算体系，2025年完成', '2025年',
      'task 101 完成时限 2025年: equal; the 城乡供水 date in the same line is task 96, 2025年: equal'),
    e(DL, '2025年实现基层干部填表报数工作量压减50%以上', '2025年',
      'task 106 完成时限 2025年: equal; the 视频会议 date in the same line is task 107, 2025年: equal'),
    e(DL, '2025年完成区直机关办公用房信息数据采集并接入自治区党政机关办公用房信息数据库。', '2025年',
      'task 111 完成时限 2025年: equal'),
    e(DL, '到2026年在政务服务、基层治理、公文辅助等领域上线应用场景10个以上', '2026年',
      'district\'s own new work (政务人工智能大模型): no regional task'),
    e(DL, '2027年前建成低空飞行综合服务平台', '2027年前',
      'district\'s own new work (低空经济): no regional task'),
    # task-list rows
    e(DL, '1\t服务全国一体化算力网络', '2025年取得明显成效', 'task 1: equal'),
    e(DL, '2\t推进区内各类园区“智慧园区”建设', '2025年', 'task 3 持续推进，2025年取得明显成效: equal'),
    e(DL, '3\t建成低空飞行综合服务平台', '2027年', 'own new work, no regional task'),
    e(DL, '4\t推进教育、医疗、养老、文化旅游等公共服务数字化', '2025年',
      'task 6 (2025年取得明显成效) and task 7 (2025年取得明显成效): equal'),
    e(DL, '5\t推进数字乡村建设', '2025年取得明显成效', 'task 10: equal'),
    e(DL, '6\t引导区内企业参与数据要素流通交易', '2025年', 'task 12 2025年: equal'),
    e(DL, '7\t落实数字政府建设安全和保密工作主体责任', '持续巩固，长期坚持',
      'tasks 14/17 (2023) and 18 (2023年形成机制，长期坚持): regional dates passed, work is continuing with no new date'),
    e(DL, '8\t推动区级新建政务信息系统基于信创环境开发部署', '持续推进', 'task 19 (2024年建成) done at regional level; continuing, no date'),
    e(DL, '9\t推动政务服务平台与“互联网+监管”系统数据互通', '2025年', 'task 22 2025年: equal'),
    e(DL, '10\t开展数字政府建设试点示范', '2025年取得明显成效', 'task 28: equal'),
    e(DL, '11\t每年动态更新政务数据资源目录', '持续巩固', 'tasks 30/31 (2023): done, continuing without a date'),
    e(DL, '12\t对接自治区统一的政务数据平台', '2025年底', 'task 29 2025年完成: equal'),
    e(DL, '13\t持续推进非涉密业务专网向电子政务外网整合迁移', '持续推进', 'task 50 (2024): continuing, no date'),
    e(DL, '14\t推动个人证照在就医上学', '2025年', 'task 52 2025年: equal'),
    e(DL, '15\t实现教育收费、医疗收费、不动产登记等非税收入', '2025年', 'task 56 2025年: equal'),
    e(DL, '16\t完成区直部门和乡镇公共视频资源接入', '2025年', 'task 49 2025年: equal'),
    e(DL, '17\t明确区大数据服务中心技术支撑职能', '2025年6月底前', 'task 64 2025年: earlier'),
    e(DL, '18\t依托宁夏经济运行大数据平台', '2025年', 'task 66 2025年: equal'),
    e(DL, '19\t完成区级指挥调度中心与自治区、中卫市指挥调度平台贯通', '2025年', 'task 81 2025年: equal'),
    e(DL, '21\t推动12345政务服务便民热线', '2025年', 'task 87 2025年完成: equal'),
    e(DL, '22\t在政务服务大厅设立企业综合服务专区', '2026年底', 'own new work (政务服务增值化), no regional task'),
    e(DL, '23\t配合构建碳排放智能监测和动态核算体系', '2025年', 'task 101 2025年: equal'),
    e(DL, '24\t推进农村供水工程数字化管理', '2025年', 'task 96 2025年: equal'),
    e(DL, '25\t依托“宁政通”填表报数系统', '2025年', 'task 106 2025年: equal (the row\'s problem is its unit, not its date)'),
    e(DL, '26\t整合非涉密视频会议系统资源', '2025年', 'task 107 2025年: equal'),
    e(DL, '27\t完成区直机关办公用房信息数据采集', '2025年', 'task 111 2025年: equal'),
    e(DL, '29\t规范管理区级政务新媒体矩阵', '持续巩固', 'task 114 (2024): continuing, no date'),
    e(DL, '30\t将数字政府建设纳入区效能目标管理考核', '长期坚持', 'tasks 121 (长期坚持) and 122 (2023年完成，长期坚持)'),
    # units: collectives, aliases, regional bodies mentioned as partners
    e(UU, '5\t推进数字乡村建设', '各乡镇人民政府', 'collective subject'),
    e(UU, '7\t落实数字政府建设安全和保密工作主体责任', '区直各部门（单位）', 'collective subject'),
    e(UU, '10\t开展数字政府建设试点示范', '区直有关部门', 'collective subject'),
    e(UU, '7\t落实数字政府建设安全和保密工作主体责任', '区公安分局', 'alias of 中卫市公安局沙坡头区分局 in units.txt'),
    e(UU, '8\t推动区级新建政务信息系统基于信创环境开发部署', '区大数据中心', 'alias of 区大数据服务中心 in units.txt'),
    e(UU, '1\t服务全国一体化算力网络', '区发展改革局', 'alias of 区发展和改革局 in units.txt'),
    e(UU, '5\t推进数字乡村建设', '区供销社', 'alias of 区供销合作社联合社 in units.txt'),
    e(UU, '9\t推动政务服务平台与“互联网+监管”系统数据互通', '区市场监管局', 'alias of 区市场监督管理局 in units.txt'),
    e(UU, '25\t依托“宁政通”填表报数系统', '区统计局', 'listed in units.txt (the row\'s 配合 units are fine)'),
    e(UU, '4．完善数字经济治理。', '自治区市场监管厅',
      'regional body named as the partner the district cooperates with (配合自治区市场监管厅), not as lead of a district task'),
    e(UU, '配合自治区供销社推进“数字供销”国家级示范区建设', '自治区供销社',
      'regional body the district cooperates with (task 11 is led by 自治区供销社)'),
    e(UU, '配合自治区发展改革委培育数据要素市场', '自治区发展改革委',
      'regional body the district cooperates with (task 12 is led by 自治区发展改革委)'),
    e(UU, '配合自治区党委政法委建设统一的视频指挥调度体系', '自治区党委政法委',
      'regional body the district cooperates with (task 81 is led by 自治区党委政法委)'),
    e(UU, '（一）健全组织机构。发挥区数字政府建设领导小组统筹作用', '区数字政府建设领导小组', 'listed in units.txt'),
    e(UU, '区数字政府建设领导小组办公室每季度调度一次', '区数字政府建设领导小组办公室', 'listed in units.txt'),
    e(UU, '（二）厘清层级职责。', '各村（社区）', 'collective subject'),
    # pillars folded into local headings
    {'rule': MP, 'line': 0, 'pillar': '五个一',
     'why': 'section 五 (“一套工作体系”, 健全组织机构 / 厘清层级职责 / 完善工作机制) takes up 五个一 and 六级贯通 by content'},
    {'rule': MP, 'line': 0, 'pillar': '财政投入',
     'why': 'section 七 (二) 加大财政投入 is present'},
]

covers_spec = [
    (1, '1．服务算力枢纽建设。'), (2, '接入已建成的黄河云、红酒云等产业云'), (3, '2\t推进区内各类园区“智慧园区”建设'),
    (5, '4．完善数字经济治理。'), (6, '1．推进公共服务数字化。'), (7, '深化国家智慧教育平台应用'),
    (8, '依托国家智能社会治理实验基地（卫生特色）建设'), (9, '2．推进智慧城市建设。'), (10, '3．推进数字乡村建设。'),
    (11, '配合自治区供销社推进“数字供销”国家级示范区建设'), (12, '1．培育数据要素市场。'), (13, '严格执行数据交易主体市场准入'),
    (14, '1．压实安全管理责任。'), (15, '1．压实安全管理责任。'), (17, '2．落实安全制度要求。'),
    (18, '3．提升安全防护能力。'), (19, '4．提高自主可控水平。'), (21, '1．助力政府职能转变。'),
    (22, '9\t推动政务服务平台与“互联网+监管”系统数据互通'), (24, '2．创新建设管理机制。'), (25, '2．创新建设管理机制。'),
    (28, '3．开展试点示范。'), (29, '2．深化数据共享利用。'), (30, '1．完善数据管理机制。'), (31, '1．完善数据管理机制。'),
    (32, '1．完善数据管理机制。'), (36, '2．深化数据共享利用。'), (41, '3．促进数据开发利用。'), (42, '3．促进数据开发利用。'),
    (43, '1．用好政务云资源。'), (48, '2．提升网络支撑能力。'), (50, '2．提升网络支撑能力。'),
    (49, '4．整合视频资源。'), (52, '14\t推动个人证照在就医上学'), (56, '15\t实现教育收费、医疗收费'),
    (64, '（一）健全组织机构。发挥区数字政府建设领导小组统筹作用'), (65, '积极对接自治区经济治理基础数据库'),
    (66, '18\t依托宁夏经济运行大数据平台'), (68, '持续巩固“照单监管”成果'), (70, '持续巩固“照单监管”成果'),
    (71, '持续巩固“照单监管”成果'), (72, '持续巩固“照单监管”成果'), (73, '持续巩固“照单监管”成果'), (74, '持续巩固“照单监管”成果'),
    (77, '坚持和发展新时代“枫桥经验”'), (79, '坚持和发展新时代“枫桥经验”'), (80, '坚持和发展新时代“枫桥经验”'),
    (81, '19\t完成区级指挥调度中心与自治区、中卫市指挥调度平台贯通'), (83, '实施“互联网+基层治理”行动，整合党的建设'),
    (84, '发挥全区一体化政务服务平台“一网通办”枢纽作用'), (85, '发挥全区一体化政务服务平台“一网通办”枢纽作用'),
    (86, '发挥全区一体化政务服务平台“一网通办”枢纽作用'), (87, '21\t推动12345政务服务便民热线'),
    (89, '依托企业专属网页和惠企政策专栏'), (90, '推动区图书馆、文化馆等公共场馆'), (92, '探索“多卡合一”“多码合一”'),
    (93, '巩固2024年完成的政府网站、政务服务场所适老化'), (94, '依托自治区生态环境数据资源中心'), (95, '依托自治区生态环境数据资源中心'),
    (96, '24\t推进农村供水工程数字化管理'), (97, '用好宁夏自然资源三维立体“一张图”'), (98, '用好宁夏自然资源三维立体“一张图”'),
    (100, '用好宁夏自然资源三维立体“一张图”'), (101, '23\t配合构建碳排放智能监测和动态核算体系'),
    (103, '1．提升辅助决策能力。'), (104, '2．提升行政执行能力。'), (105, '2．提升行政执行能力。'),
    (106, '25\t依托“宁政通”填表报数系统'), (107, '26\t整合非涉密视频会议系统资源'), (108, '3．提升行政监督和机关事务管理水平。'),
    (109, '3．提升行政监督和机关事务管理水平。'), (111, '27\t完成区直机关办公用房信息数据采集'),
    (112, '进一步完善政府网站等政务公开信息化平台'), (113, '进一步完善政府网站等政务公开信息化平台'),
    (114, '29\t规范管理区级政务新媒体矩阵'), (115, '进一步完善政府网站等政务公开信息化平台'),
    (116, '（一）加强组织领导。坚持将数字政府建设工作纳入“一把手工程”'), (117, '（三）提升数字素养。'), (118, '（三）提升数字素养。'),
    (120, '（三）提升数字素养。'), (121, '30\t将数字政府建设纳入区效能目标管理考核'), (122, '（四）强化考核评价。'),
    (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。'),
]
covers = [{'task': t, 'line': line_of(a)} for t, a in covers_spec]

key = {
    'writer': 'blind writer, round 526; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2025,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': ('沙坡头区 (中卫市) 三年行动方案 2025—2027, issued 2025-03-18, basis: 国发〔2022〕14号 and the region\'s 实施意见 (no parent plan). '
              'Regional work due 2023/2024 is told as done (with past dates no later than the region\'s) or as continuing '
              '(持续巩固/持续推进/长期坚持, no date); work due 2025 keeps 2025; the district\'s own new work (低空经济, 政务人工智能, '
              '政务服务增值化) runs to 2026–2027. “全区” in the district\'s own text means the district, except in the regional system names '
              '(全区一体化政务服务平台, 全区统一的协同办公平台, 全区一体化政务大数据体系). The task table\'s note makes the first unit of a cell its lead. '
              'Uncertain readings: line 102 “2025年底” is task 29 (2025) but could be read as tasks 33/34 (2024, 纳入全区一体化政务大数据体系); '
              'line 112/70 “政务服务增值化” 2026 is own new work but touches task 89 (企业全生命周期服务, 2024).'),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers), 'lines', len(LINES))
