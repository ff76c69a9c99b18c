# Writer's helper: builds key.json and checks every line number/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def at(line, text):
    assert text in L[line-1], (line, text, L[line-1][:60])

DL = 'deadline-later-than-baseline'; DI = 'deadline-invalid'; UU = 'unknown-unit'
BM = 'basis-mismatch'; GT = 'garbled-text'; MP = 'missing-pillar'

expect = [
 dict(rule=BM, line=28, text='宁政办发〔2023〕17号',
      why='the 自治区 实施意见 is 宁政发〔2023〕17号 (cited correctly on line 9); 宁政办发 is the 办公厅 series, so this 文号 does not belong to the title'),
 dict(rule=GT, line=63, text='渚涢渶瀵规帴',
      why='UTF-8 bytes of 供需对接 read as GBK (re-encoding as GBK and decoding as UTF-8 gives 供需对接); the sentence is task 36 wording'),
 dict(rule=DL, line=94, text='2025年6月底前',
      why='适老化与信息无障碍 is task 93, 完成时限 2024年; the county set a later date'),
 dict(rule=UU, line=103, text='县大数据管理服务局',
      why='not in units.txt; 同心县 has no such bureau (line 28 gives 政务数据 duties to 县审批服务管理局); the name was copied from the city 市大数据管理服务局 pattern'),
 dict(rule=DL, line=147, text='2025年',
      why='城域网升级改造、三级全覆盖 is task 48, 完成时限 2024年; the body (line 69) and the 2024 goal (line 16) say 2024, only the task-table row slipped to 2025年'),
]

M = []
def m(rule, line, why, text=None):
    if text: at(line, text)
    d = dict(rule=rule, line=line)
    if text: d['text'] = text
    d['why'] = why
    M.append(d)

# ---- basis-mismatch near misses
m(BM, 1, "the draft's own title in the 印发 notice, not a basis citation", '《同心县关于加强数字政府建设的实施方案》')
m(BM, 2, "the draft's own 文号 (县政府 series), not a basis citation", '同政发〔2024〕9号')
m(BM, 4, "the draft's own title again", '《同心县关于加强数字政府建设的实施方案》')
m(BM, 9, 'correct national basis: title and 文号 match', '国发〔2022〕14号')
m(BM, 9, 'correct regional basis: 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）', '宁政发〔2023〕17号')
m(BM, 9, 'the 吴忠 plan cited by title alone (it has no 文号); title is exactly 关于加强数字政府建设的实施方案', '吴忠市人民政府《关于加强数字政府建设的实施方案》')
m(BM, 9, 'cited with the same title and 文号 as the 吴忠 plan cites it', '宁政办发〔2023〕11号')
m(BM, 10, 'retrospective mention of the superseded 2020 工作要点 in the background, not cited as a basis; title and 文号 are correct', '宁政办发〔2020〕14号')

# ---- deadline near misses: header, background, goals, office dates
m(DL, 6, 'issue date of the notice, not a deadline', '2024年3月15日')
m(DI, 6, 'issue date of the notice', '2024年3月15日')
m(DL, 10, 'past achievements in the background (截至2023年底, 2022年, 2023年9月), not deadlines', '截至2023年底')
m(DI, 10, 'past dates in the background are before the plan year on purpose; they are facts, not deadlines', '2023年9月')
m(DL, 16, '2024 goal: 外网三级全覆盖 = task 48 (2024年), 信创云迁移 = tasks 43 (2024年建成，持续推进)/46 (2024年), 我的宁夏/宁政通 = tasks 86/105 (2024年): equal; not the region\'s 2023 goals (those concern 自治区本级 and 家底理清)', '到2024年底')
m(DL, 17, '2025 goal equal to the region\'s (到2025年 “34567” 全面成型) and the 吴忠 plan\'s (到2025年 “1347” 全面成型)', '到2025年')
m(DL, 18, '2035 goal equal to region and city', '到2035年')
m(DL, 119, "the office's own reporting dates (每年6月25日、12月25日) and its own 2024 year-end review, not task deadlines", '12月25日')
m(DL, 121, 'period of the annex title (2024年—2025年), not a deadline', '2024年—2025年')
m(DL, 123, 'period of the task table title', '2024年—2025年')

# ---- deadline near misses: body measures
B = [
 (28, '2024年6月底前', 'task 64 (各地成立相应组织机构), 完成时限 2025年: earlier. Task 60 (充实自治区领导小组, 2023年) is the region\'s own task for 自治区政府办公厅, not this one'),
 (34, '持续推进，2024年取得明显成效', 'task 2 (产业云, 2023年启动，2024年取得明显成效): completion milestone equal'),
 (35, '持续推进，2025年取得明显成效', 'task 3 (智慧园区), 持续推进，2025年取得明显成效: equal'),
 (36, '持续推进，2024年取得明显成效', '农村电商 has no task of its own; at most task 2 (2024年取得明显成效) or task 10 (2025年): equal or earlier'),
 (37, '持续推进，2025年取得明显成效', 'task 5 (数字经济治理), 持续推进，2025年取得明显成效: equal'),
 (39, '持续推进，2025年取得明显成效', 'task 6 (公共事业服务数字化), 持续推进，2025年取得明显成效: equal'),
 (40, '2025年', 'task 7 (国家智慧教育平台), 2023年形成试点经验，2025年取得明显成效: equal'),
 (41, '2024年底', 'task 8 (互联网+医疗健康), 持续推进，2025年取得明显成效: earlier'),
 (42, '2025年', 'task 6 (养老托育 等服务数字化), 2025年: equal'),
 (43, '2025年', 'task 9 (一网统管、城市生命线), 持续推进，2025年取得明显成效: equal'),
 (44, '2025年', 'task 6 / task 9 (交通出行), 2025年: equal'),
 (45, '持续推进，2025年取得明显成效', 'task 10 (数字乡村), 持续推进，2025年取得明显成效: equal'),
 (46, '2025年', 'task 11 (数字供销), 2023年完成主要建设任务，2025年取得明显成效: equal'),
 (48, '2025年', 'task 12 (数据要素市场), 2025年: equal'),
 (58, '2024年', 'task 21 (行政权力事项网上运行), 2024年: equal; task 22 (审管协同), 2025年: earlier'),
 (59, '2024年', 'task 26 (制度规范), 2024年, and task 27 (标准化), 2024年: equal'),
 (61, '2024年启动，2025年取得明显成效', 'task 28 (试点示范), 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal; only the start is later, which is natural for a 2024 plan'),
 (64, '2024年', 'tasks 33/34 (基础库、主题库), 2024年: equal; task 29 (政务数据平台), 2025年完成: earlier'),
 (65, '2024年11月底前', 'tasks 41/42 (公共数据开放、融合应用), 2024年: earlier'),
 (68, '2024年底前', 'task 43 (政务信创云), 2024年建成，持续推进, task 46 (迁移), 2024年, task 19, 2024年建成: equal'),
 (69, '2024年', 'tasks 47/48/50 (外网扩容、城域网5级全覆盖、专网整合), 2024年: equal'),
 (70, '2025年', 'task 49 (视频一张网), 2025年: equal'),
 (71, '2024年', 'tasks 53/54/55 (电子印章、电子文件归档、公共支付和电子票据), 2024年: equal'),
 (72, '2024年', 'task 52 (电子证照共享应用服务体系), 2025年: earlier'),
 (73, '2025年', 'task 56 (非税收入收缴电子化), 2025年: equal'),
 (74, '2024年', 'task 57 (信用信息公共服务平台), 2024年: equal'),
 (78, '2025年', 'task 66 (经济运行大数据平台、监测预警), 2025年: equal'),
 (79, '2024年', 'task 110 (预算管理一体化), 2024年: equal'),
 (81, '2024年', 'tasks 70/71 (信用风险分类、追溯监管), 2024年: equal'),
 (82, '2024年', 'tasks 73/74 (监管数据治理、屏端仪、新型监管手段), 2024年: equal'),
 (83, '2024年', 'task 91 (知识产权数字化公共服务), 2024年: equal'),
 (85, '2024年', 'task 77 (矛盾纠纷多元化解), 2024年: equal'),
 (86, '2024年', 'task 79 (雪亮工程), 2024年: equal'),
 (87, '2024年', 'task 80 (智慧应急), 2024年: equal; task 81, 2025年: earlier'),
 (88, '2025年', 'task 83 (互联网+基层治理), 2025年: equal'),
 (90, '2024年', 'task 84 (一体化政务服务、四办), 2024年: equal'),
 (91, '2024年', 'task 86 (我的宁夏), 2024年: equal; task 87 (12345 一呼即应), 2023年启动，2025年完成: earlier'),
 (92, '2024年9月底前', 'tasks 88/89 (证照分离、企业专属网页), 2024年: earlier'),
 (93, '2024年', 'task 90 (公共场馆数字化), 2024年: equal'),
 (95, '2025年', 'task 92 (多卡合一、多码合一), 2025年: equal'),
 (97, '2025年', 'task 96 (互联网+城乡供水), 2025年: equal'),
 (98, '2024年', 'task 94 (生态环境数据资源中心), 2024年: equal; task 95, 2025年: earlier'),
 (99, '2024年', 'tasks 97/98 (自然资源一张图、智慧林草), 2024年: equal'),
 (100, '2025年', 'task 100 (四权交易平台), 2025年: equal'),
 (101, '2025年', 'tasks 101/102 (碳排放监测、绿色低碳), 2025年: equal'),
 (103, '2024年', 'task 103 (辅助决策), 2024年: equal'),
 (104, '2024年', 'tasks 104/105 (协同办公、宁政通), 2024年: equal'),
 (105, '2025年', 'tasks 106/107 (填表报数、视频会议), 2025年: equal'),
 (106, '长期推进，2024年取得明显成效', 'task 108 (公共资源交易), 长期推进，2024年取得明显成效: equal; task 109 (互联网+督查), 2024年: equal'),
 (107, '2025年', 'task 111 (机关事务), 2025年: equal'),
 (108, '2024年', 'task 40 (电子公文管理), 2024年: equal'),
 (110, '2024年', 'tasks 112/113 (政务公开平台、一库通查), 2024年: equal'),
 (111, '2024年', 'task 114 (政务新媒体矩阵), 2024年: equal'),
 (112, '2024年', 'task 115 (政民互动), 2024年: equal'),
]
for line, text, why in B:
    m(DL, line, why, text)

# ---- deadline near misses: task table (every row except 147)
T = [
 (126, '2024年6月底前', 'task 64, 2025年: earlier'),
 (128, '持续推进，2024年取得明显成效', 'task 2, 2023年启动，2024年取得明显成效: equal'),
 (129, '持续推进，2024年取得明显成效', 'no regional task of its own (task 2/10 at most): equal or earlier'),
 (130, '持续推进，2025年取得明显成效', 'task 3: equal'),
 (131, '持续推进，2025年取得明显成效', 'task 5: equal'),
 (132, '2025年', 'tasks 6 and 7, both completing in 2025: equal'),
 (133, '2024年', 'task 8, 持续推进，2025年取得明显成效: earlier'),
 (134, '2025年', 'task 9, 2025年: equal'),
 (135, '持续推进，2025年取得明显成效', 'task 10: equal'),
 (136, '2025年', 'task 11, 2025年取得明显成效: equal'),
 (137, '2025年', 'task 12, 2025年: equal'),
 (140, '2024年', 'task 21, 2024年: equal (task 22, 2025年: earlier)'),
 (141, '2024年', 'tasks 26/27, 2024年: equal'),
 (142, '2024年启动，2025年取得明显成效', 'task 28, 2023年启动，2025年取得明显成效: completing milestone equal'),
 (143, '2024年', 'tasks 33/34, 2024年: equal'),
 (144, '2024年11月底前', 'tasks 41/42, 2024年: earlier'),
 (145, '2024年底前', 'tasks 43/46, 2024年: equal'),
 (146, '2024年', 'task 47, 2024年: equal'),
 (148, '2024年', 'task 50, 2024年: equal'),
 (149, '2025年', 'task 49, 2025年: equal'),
 (150, '2024年', 'tasks 53/54/55, 2024年: equal'),
 (151, '2024年', 'task 52, 2025年: earlier'),
 (152, '2025年', 'task 56, 2025年: equal'),
 (153, '2024年', 'task 57, 2024年: equal'),
 (154, '2025年', 'task 66, 2025年: equal'),
 (155, '2024年', 'task 110, 2024年: equal'),
 (156, '2024年', 'tasks 70/71, 2024年: equal'),
 (157, '2024年', 'tasks 73/74, 2024年: equal'),
 (158, '2024年', 'task 91, 2024年: equal'),
 (159, '2024年', 'task 77, 2024年: equal'),
 (160, '2024年', 'task 79, 2024年: equal'),
 (161, '2024年', 'task 80, 2024年: equal'),
 (162, '2025年', 'task 83, 2025年: equal'),
 (163, '2024年', 'task 84, 2024年: equal'),
 (164, '2024年', 'task 86, 2024年: equal; task 87, 2025年完成: earlier'),
 (165, '2024年9月底前', 'tasks 88/89, 2024年: earlier'),
 (166, '2024年', 'task 90, 2024年: equal'),
 (167, '2025年', 'task 92, 2025年: equal'),
 (168, '2025年', 'task 96, 2025年: equal'),
 (169, '2024年', 'task 94, 2024年: equal'),
 (170, '2024年', 'tasks 97/98, 2024年: equal'),
 (171, '2025年', 'task 100, 2025年: equal'),
 (172, '2025年', 'tasks 101/102, 2025年: equal'),
 (173, '2024年', 'task 103, 2024年: equal'),
 (174, '2024年', 'tasks 104/105, 2024年: equal'),
 (175, '2025年', 'tasks 106/107, 2025年: equal'),
 (176, '长期推进，2024年取得明显成效', 'task 108, 长期推进，2024年取得明显成效: equal (copied)'),
 (177, '2024年', 'task 109, 2024年: equal'),
 (178, '2025年', 'task 111, 2025年: equal'),
 (179, '2024年', 'task 40, 2024年: equal'),
 (180, '2024年', 'tasks 112/113, 2024年: equal'),
 (181, '2024年', 'task 114, 2024年: equal'),
 (182, '2024年', 'task 115, 2024年: equal'),
 (183, '2024年', 'task 117 (数字化人才引进), 2024年: equal'),
 (184, '长期坚持', 'task 121 (年度工作要点和考核指标体系), 长期坚持: equal'),
]
for line, text, why in T:
    m(DL, line, why, text)
# copied regional deadlines that lie before the plan year
for line, text, why in [
 (127, '2023年完成并长期坚持', 'copied from task 116 (一把手工程), 完成时限 2023年完成并长期坚持: equal; before the plan year but a copied regional deadline for a standing duty'),
 (138, '2023年完成，长期坚持', 'tasks 14/15 (安全主体责任、安全评估和处置机制), 完成时限 2023年: equal milestone, already met, kept as a standing duty'),
 (139, '2023年形成机制，长期坚持', 'copied from task 18, 完成时限 2023年形成机制，长期坚持: equal'),
]:
    m(DL, line, why, text)
    m(DI, line, 'a copied regional deadline that lies before the plan year (2024), not an impossible date', text)

# ---- unknown-unit near misses
m(UU, 3, 'collective addressees', '各乡镇人民政府')
m(UU, 3, 'collective addressees', '县直各部门（单位）')
m(UU, 5, 'the issuing government itself, listed in units.txt', '同心县人民政府')
m(UU, 28, 'official short names in units.txt (县人民政府办公室, 县审批服务管理局)', '县审批局')
m(UU, 28, 'collective subject', '各乡镇人民政府')
m(UU, 29, 'collective subject', '县直各部门（单位）')
m(UU, 30, 'prefix distributes: 县发展改革局 (short name), 县财政局, 县审计局, all in units.txt', '财政局、审计局')
m(UU, 35, 'city-level branch stationed in the county, listed in units.txt', '吴忠市生态环境局同心分局')
m(UU, 35, 'listed in units.txt', '同心工业园区管委会')
m(UU, 36, 'short name of 县供销合作社联合社', '县供销社')
m(UU, 39, 'official short names (县教育体育局, 县卫生健康局, 县人力资源和社会保障局, 县文化旅游广电局)', '县文旅广电局')
m(UU, 41, 'short name of 县医疗保障局; 县人民医院 in units.txt', '县医保局')
m(UU, 43, 'listed in units.txt', '县综合执法局')
m(UU, 45, 'collective subject', '各村（社区）')
m(UU, 53, 'short name 县委保密办 (= 县保密局)', '县委保密办')
m(UU, 54, 'alias of 县委保密办 in units.txt', '县保密局')
m(UU, 61, 'collective subject', '县直有关部门')
m(UU, 65, 'enterprise outside government, listed in units.txt', '国网同心县供电公司')
m(UU, 69, 'enterprise outside government, listed in units.txt', '中国电信同心分公司')
m(UU, 70, 'prefix distributes: 县住建局, 县应急局, 县水务局 (short names in units.txt)', '住建局、应急局、水务局')
m(UU, 74, 'collective subject', '县直有关部门（单位）')
m(UU, 83, 'short name of 县科学技术局', '县科技局')
m(UU, 85, 'prefix distributes: 县司法局, 县信访局; 县人民法院 and 县人民检察院 in units.txt', '司法局、信访局')
m(UU, 87, 'vertical units in units.txt', '同心县气象局')
m(UU, 87, 'short name of 县林业和草原局', '县林草局')
m(UU, 88, 'a named 镇 government, listed in units.txt', '豫海镇人民政府')
m(UU, 94, 'short name of 县残疾人联合会', '县残联')
m(UU, 106, 'short name of 县人民政府督查室', '县政府督查室')
m(UU, 108, 'listed in units.txt', '县委办公室')
m(UU, 114, 'collective subject (领导小组各成员单位), not a unit name', '县数字政府建设领导小组各成员单位')
m(UU, 119, 'office named in units.txt; 县人民政府 is the county government', '县数字政府建设领导小组办公室')
m(UU, 127, 'collectives', '县直各部门（单位）及各乡镇人民政府负责')
m(UU, 128, 'prefix distributes: 县发展改革局', '发展改革局')
m(UU, 130, 'prefix distributes: 县应急局', '应急局')
m(UU, 132, 'prefix distributes: 县人社局, 县文旅广电局, 县民政局', '人社局、文旅广电局、民政局')
m(UU, 134, 'prefix distributes: 县水务局, 县交通运输局', '水务局、交通运输局')
m(UU, 137, 'prefix distributes: 县工信商务局', '工信商务局')
m(UU, 138, 'collectives with 分别负责', '县直各部门（单位）及各乡镇人民政府分别负责')
m(UU, 146, 'enterprises outside government, listed in units.txt', '中国移动同心分公司')
m(UU, 147, 'collective subject with 具体负责', '各乡镇人民政府具体负责')
m(UU, 154, 'prefix distributes: 县工信商务局', '工信商务局')
m(UU, 161, 'prefix distributes: 县水务局, 县林草局; then 县消防救援大队 in units.txt', '水务局、林草局')
m(UU, 166, 'prefix distributes: 县档案馆', '档案馆')
m(UU, 167, 'prefix distributes: 县医保局', '医保局')
m(UU, 169, 'city-level branch stationed in the county as lead, in units.txt', '吴忠市生态环境局同心分局牵头')
m(UU, 171, 'prefix distributes: 县自然资源局, 县林草局', '自然资源局、林草局')
m(UU, 177, 'short name of 县人民政府督查室', '县政府督查室')
m(UU, 183, 'listed units (县委组织部; short names 县人社局, 县教体局)', '县委组织部')
m(UU, 184, 'collectives with 参与', '各乡镇人民政府、县直有关部门参与')

# ---- garbled-text near misses
m(GT, 9, 'a real programme name, not damage', '“1244+N”')
m(GT, 69, 'IPv6 is ordinary Latin text', 'IPv6')
m(GT, 82, 'quoted “屏、端、仪” is real regional wording', '“屏、端、仪”')
m(GT, 91, 'APP and 12345 are ordinary', '12345')

# ---- missing-pillar near misses (judged by content)
P = [
 ('数字经济', 33), ('数字社会', 38), ('数字生态', 47),
 ('安全保障', 52), ('制度规则', 57), ('数据资源', 62), ('平台支撑', 67),
 ('五个一', 28), ('六级贯通', 29),
 ('经济调节', 77), ('市场监管', 80), ('社会管理', 84), ('公共服务', 89),
 ('生态环境保护', 96), ('政务运行', 102), ('政务公开', 109),
 ('组织领导', 114), ('财政投入', 115), ('数字素养', 116), ('考核评价', 117),
]
for name, line in P:
    M.append(dict(rule=MP, line=0, pillar=name,
        why=f'taken up at line {line}' + ('; the 一套体系 of the 吴忠 “1347” framework folds 五个一/六级贯通 in (组织机构, 层级职责)' if name in ('五个一','六级贯通') else '')
            + ('; under 六、保障措施, which leads with 坚持党对数字政府建设工作的全面领导' if name in ('组织领导','财政投入','数字素养','考核评价') else '')))

covers = [
 (2,34),(3,35),(5,37),(6,39),(7,40),(8,41),(9,43),(10,45),(11,46),(12,48),
 (14,53),(15,53),(17,54),(18,55),(21,58),(22,58),(24,60),(26,59),(28,61),
 (30,63),(32,63),(33,64),(34,64),(41,65),(42,65),(43,68),(46,68),(47,69),(48,69),(50,69),
 (49,70),(53,71),(54,71),(55,71),(52,72),(56,73),(57,74),(64,28),(66,78),(110,79),
 (70,81),(71,81),(73,82),(74,82),(91,83),(77,85),(79,86),(80,87),(83,88),
 (84,90),(86,91),(87,91),(88,92),(89,92),(90,93),(93,94),(92,95),
 (96,97),(94,98),(97,99),(98,99),(100,100),(101,101),(102,101),
 (103,103),(104,104),(105,104),(106,105),(107,105),(108,106),(109,106),(111,107),(40,108),
 (112,110),(113,110),(114,111),(115,112),(116,114),(25,115),(117,116),(118,116),(121,117),(122,117),(123,117),(124,117),
]
for t, l in covers: assert 1 <= l <= len(L)

key = dict(
 writer='blind writer, round 709; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 written='2026-12-07', draft='draft.txt', baseline='ningxia-2023', build=None,
 parents=['wuzhong'], units='units.txt', planYear=2024,
 expect=expect, mustNotFlag=M,
 covers=[dict(task=t, line=l) for t, l in covers],
 notes=('同心县 2024 实施方案 by a careful office: 1347 framework of the 吴忠 plan, inline 牵头/配合/完成时限 notes after each measure, '
        'a 保障措施 part, and a 59-row task table (lines 125-184) whose first unit in a cell is the lead (note on line 124). '
        'Five planted mistakes only. Task 93 (适老化) has no table row on purpose; the table row for task 48 (line 147) contradicts body line 69. '
        'Tasks whose regional deadline is 2023 (14, 15, 17, 24, 30, 32, 36, 51, 60, 68, 72, 85) are taken up in the body without any date on purpose; '
        'the three table rows with 2023 milestones (127, 138, 139) are copied/equal regional milestones, not slips. '
        'Line 28 is the county\'s own organisation work (task 64, 2025年), not task 60 (自治区 leading group, 2023年).'),
)
for e in expect: at(e['line'], e['text'])
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
from collections import Counter
print(len(expect), len(M), len(covers), Counter(x['rule'] for x in M))
