# Key content for build.py: locators are unique substrings of one draft line ("\tN．" = table row N).
T = lambda n: "\t%d．" % n

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
MP = "missing-pillar"
GT = "garbled-text"

EXPECT = [
    entry(BM, "（宁政办发〔2023〕17号）", "宁政办发〔2023〕17号",
          "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office series "
          "(宁政办发〔2023〕11号 on the same line and 宁政办发〔2020〕14号 are right), so the 文号 does not belong to the title"),
    entry(DI, "2024年9月31日前", "9月31日",
          "impossible date: September has 30 days (the year is fine: the sentence takes up tasks 41/42, 完成时限 2024年)"),
    entry(DL, "加快县级城域网升级改造，", "2025年底前",
          "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; "
          "the county puts 城域网 and village coverage at end-2025"),
    entry(UU, T(26), "县工业和信息化局",
          "not in units.txt: the county body is 县工业信息化和商务局 (= 县工信商务局), used correctly on lines 31, 32, 75 and in table rows 2, 3, 8, 10, 42, 51; "
          "县工业和信息化局 is the city/region-style name"),
    entry(DL, T(41), "2025年",
          "task 98 (建成宁夏“智慧林草”云平台; 自治区林草局牵头，各市、县（区）配合) 完成时限 2024年; row 41 gives 2025年, hidden among 2025 rows"),
]

MUST_NOT = [
    # deadlines equal to or earlier than the region's, or not task deadlines at all
    entry(DL, "到2024年底，县直部门", "2024年",
          "2024 goals concern tasks 43/46 (政务云迁移, 2024), 47 (外网扩容, 2024), 86/104/105 (我的宁夏, 协同办公, 宁政通, 2024); no higher goal dates them earlier"),
    entry(DL, "到2025年，全县数字政府建设", "2025年",
          "equal to the region's 到2025年 “34567”体系框架全面成型 and 吴忠's 到2025年 “1347”体系框架全面成型"),
    entry(DL, "到2035年", "2035年", "equal to the region's and 吴忠's 2035 goal"),
    entry(DL, "推动特色产业数字化。", "2024年取得明显成效", "task 2: 2023年启动，2024年取得明显成效 — completing milestone equal"),
    entry(DL, "加快智慧园区建设。", "2025年取得明显成效", "task 3: 持续推进，2025年取得明显成效 — equal"),
    entry(DL, "完善数字经济治理体系。", "2025年取得明显成效", "task 5: 持续推进，2025年取得明显成效 — equal"),
    entry(DL, "推动数字化服务普惠应用。", "2025年取得明显成效",
          "task 6: 持续推进，2025年取得明显成效; task 7: 2023年形成试点经验，2025年取得明显成效 — equal"),
    entry(DL, "深化“互联网+医疗健康”应用。", "2025年6月底前", "task 8: 持续推进，2025年取得明显成效 — same year, a month given"),
    entry(DL, "推进智慧县城建设。", "2025年", "task 9: 持续推进，2025年取得明显成效 — equal"),
    entry(DL, "推进“数字供销”建设。", "2025年取得明显成效",
          "task 11: 2023年完成主要建设任务，2025年取得明显成效 — the completing milestone (2025) is equal; the county only joins the regional 示范区"),
    entry(DL, "强化审管协同。", "2024年底前", "task 22: 2025年 — earlier (task 21, also 2024年, equal)"),
    entry(DL, "开展试点示范。", "2025年取得明显成效", "task 28: 2023年启动，2025年取得明显成效 — equal"),
    entry(DL, "推进政务数据一体化。", "2025年完成", "task 29: 2023年启动，2025年完成 — equal"),
    entry(DL, "完善主题数据库。", "2024年", "tasks 34/35: 2024年 — equal"),
    entry(DL, "强化政务云支撑能力。", "2024年10月底前", "tasks 43 (2024年建成，持续推进) and 46 (2024年) — earlier"),
    entry(DL, "推进视频资源整合。", "2025年", "task 49: 2025年 — equal"),
    entry(DL, "加强经济运行监测预警。", "2025年", "task 66 (三维一体 经济运行大数据平台): 2025年 — equal; not task 65 (经济治理基础数据库), which line 74 takes up without a date"),
    entry(DL, "提升行政执行能力。", "2024年底前", "tasks 104/105: 2024年 equal; 106/107: 2025年 — earlier"),
    entry(DL, "提升行政监督水平。", "2024年取得明显成效", "task 108: 长期推进，2024年取得明显成效 — equal"),
    entry(DL, "（六）做好跟踪调度", "2025年1月15日",
          "the office's own reporting date (annual summary to the county and the city), not a task deadline"),
    entry(DL, T(1), "2024年6月底前", "task 64 (各地各部门成立相应的组织机构): 2025年 — earlier"),
    entry(DL, T(4), "2025年取得明显成效", "task 7: 2023年形成试点经验，2025年取得明显成效 — completing milestone equal"),
    entry(DL, T(5), "2025年6月底前", "task 8: 持续推进，2025年取得明显成效 — same year"),
    entry(DL, T(8), "2025年取得明显成效", "task 11: 2023年完成主要建设任务，2025年取得明显成效 — completing milestone equal"),
    entry(DL, T(13), "2024年底前", "task 22: 2025年 — earlier"),
    entry(DL, T(16), "2025年", "task 29: 2023年启动，2025年完成 — equal"),
    entry(DL, T(20), "2024年10月底前", "task 46: 2024年 — earlier"),
    entry(DL, T(34), "2024年9月底前", "task 86: 2024年 — earlier"),
    entry(DL, T(35), "2024年启动，2025年完成",
          "task 87: 2023年启动，2025年完成 — the completing milestone 2025 is equal; the county's later start is not a later completion"),
    entry(DL, T(40), "2025年", "task 96: 2025年 — equal (the row before the planted row 41)"),
    entry(DL, T(42), "2025年", "task 102: 2025年 — equal"),
    entry(DL, T(44), "2025年", "task 106: 2025年 — equal"),
    entry(DL, T(46), "2024年取得明显成效，长期坚持", "task 108: 长期推进，2024年取得明显成效 — equal"),
    entry(DL, T(52), "长期坚持", "task 121: 长期坚持 — equal"),
    entry(DL, T(11), "2023年形成机制，长期坚持", "task 18: 2023年形成机制，长期坚持 — copied, equal"),
    entry(DL, T(53), "2023年完成，长期坚持", "task 123: 2023 年完成，长期坚持 — copied, equal"),
    entry(DL, T(23), "2025年", "task 52 (电子证照共享应用服务体系, 社会化高频场景): 2025年 — equal"),
    entry(DL, T(39), "2025年", "task 95 (大气、水、土壤…数据资源综合开发利用, 共享、业务协同、体系融合): 2025年 — equal"),
    entry(DL, "推进非税收入收缴电子化。", "2025年", "task 56: 2025年 — equal"),
    # dates before the plan year that are not deadlines, or copied regional deadlines
    entry(DI, "2024年3月18日", "2024年3月18日", "the issue date"),
    entry(DI, "自《宁夏回族自治区2020年", "2020年", "retrospective: the title of the 2020 工作要点 in the background section"),
    entry(DI, "2023年，按照自治区和吴忠市统一部署", "2023年", "past date in the background (what was done in 2023)"),
    entry(DI, T(11), "2023年形成机制，长期坚持", "copied regional deadline of task 18 (2023年形成机制，长期坚持); the mechanism already exists, kept up"),
    entry(DI, T(53), "2023年完成，长期坚持", "copied regional deadline of task 123 (2023 年完成，长期坚持)"),
    entry(DI, "附件：同心县数字政府建设重点任务清单", "2024年—2025年", "the period of the task list, not a deadline"),
    # units: collectives, aliases, distributed prefixes, registered non-county bodies
    entry(UU, "各乡（镇）人民政府，县政府各部门、各直属机构", "各乡（镇）人民政府", "collective addressees"),
    entry(UU, "推进数字乡村建设。", "各乡（镇）人民政府", "collective subject"),
    entry(UU, "提高基层社会治理能力。", "各村（社区）", "collective subject"),
    entry(UU, "提升监管协同化智能化水平。", "承担监管职责的县直有关部门", "collective subject"),
    entry(UU, "完善主题数据库。", "县直有关部门（单位）", "collective subject"),
    entry(UU, T(38), "县直各部门（单位）", "collective lead (县直各部门（单位）、各乡（镇）人民政府 按职能分别负责)"),
    entry(UU, T(28), "承担监管职责的县直有关部门", "collective lead"),
    entry(UU, "深化“互联网+医疗健康”应用。", "县卫健局", "short name of 县卫生健康局 in units.txt (县医保局 likewise)"),
    entry(UU, "推进智慧县城建设。", "县住建局", "short name of 县住房和城乡建设局 in units.txt"),
    entry(UU, "强化审管协同。", "县审批局", "short name of 县审批服务管理局 (县市场监管局 = 县市场监督管理局) in units.txt"),
    entry(UU, "完善信用信息共享应用。", "县发改局", "short name of 县发展和改革局 in units.txt"),
    entry(UU, "推进“数字供销”建设。", "县供销社", "short name of 县供销合作社联合社 in units.txt"),
    entry(UU, "加快智慧园区建设。", "吴忠市生态环境局同心分局", "vertically managed unit listed in units.txt (同心工业园区管委会 is the short name of the park committee)"),
    entry(UU, "提升社会矛盾化解能力。", "司法局", "prefix 县 distributes: 县公安局、司法局、信访局 = 县公安局, 县司法局, 县信访局"),
    entry(UU, T(29), "人力资源和社会保障局", "prefix 县 distributes (县人力资源和社会保障局); a registered name with 和 is not split"),
    entry(UU, "提升公共安全保障能力。", "同心县气象局", "in units.txt (as is 县消防救援大队, and 县林草局 = 县林业和草原局)"),
    entry(UU, "（一）健全组织机构", "电信同心分公司", "operator branches listed in units.txt under 通信运营企业"),
    entry(UU, "（六）做好跟踪调度", "市大数据管理服务局", "upper-level body listed in units.txt (short name of 吴忠市大数据管理服务局); a report recipient"),
    entry(UU, T(1), "县政府办公室", "short name of 同心县人民政府办公室 in units.txt"),
    entry(UU, T(41), "县林业和草原局", "registered unit; the row's error is its deadline only"),
    # basis documents
    entry(BM, "（国发〔2022〕14号）", "国发〔2022〕14号", "correct 文号 of the national 指导意见"),
    entry(BM, "（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号", "correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, as in the 吴忠 plan"),
    entry(BM, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "关于加强数字政府建设的实施方案",
          "the city plan cited by its exact title without a 文号 (it has none)"),
    entry(BM, "自《宁夏回族自治区2020年", "宁政办发〔2020〕14号",
          "retrospective mention of the 2020 工作要点 in the background, not cited as a basis; 文号 correct"),
    entry(BM, "同政办发〔2024〕9号", "同政办发〔2024〕9号", "the document's own 文号"),
    entry(BM, "关于印发《同心县加强数字政府建设实施方案》的通知", "同心县加强数字政府建设实施方案", "the document's own title in the 印发 notice"),
    # pillars restructured but covered
    {"rule": MP, "line": 0, "pillar": "五个一", "why": "folded into 一套体系 (line 22 names it; line 25 健全组织机构: 领导小组, its office, a working body, operator support; line 27 完善工作机制), as in the 吴忠 plan"},
    {"rule": MP, "line": 0, "pillar": "六级贯通", "why": "line 26 厘清层级职责 follows the 六级贯通 layer architecture"},
    {"rule": MP, "line": 0, "pillar": "数字生态", "why": "三（三） 营造良好数字生态, lines 41-43 (data-element market, safe environment), plus 壮大数据服务产业 on line 34"},
    {"rule": MP, "line": 0, "pillar": "财政投入", "why": "六（二） 强化资金保障 (line 107) is the 加大财政投入 item under another name"},
    {"rule": MP, "line": 0, "pillar": "组织领导", "why": "六（一） 坚持党的全面领导，加强组织领导 (line 106) — the 党的领导 items sit in 保障措施"},
    # unusual but clean text
    entry(GT, "在韦州镇、下马关镇、张家塬乡开展数字乡村试点", "张家塬乡", "real township name; 塬 is a rare but genuine character"),
    entry(GT, "IPv6", "IPv6", "Latin letters in a Chinese line, not mojibake"),
    entry(GT, "注：牵头单位有多个的", "张家塬乡", "township list in the table note"),
]

COVERS = [
    (2, "推动特色产业数字化。"), (3, "加快智慧园区建设。"), (5, "完善数字经济治理体系。"),
    (6, "推动数字化服务普惠应用。"), (7, "推动数字化服务普惠应用。"), (8, "深化“互联网+医疗健康”应用。"),
    (9, "推进智慧县城建设。"), (10, "推进数字乡村建设。"), (11, "推进“数字供销”建设。"), (12, "培育数据要素市场。"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"), (18, "提升安全防护能力。"),
    (20, "以数字化改革助力政府职能转变。"), (21, "以数字化改革助力政府职能转变。"), (22, "强化审管协同。"),
    (23, "创新数字政府建设管理机制。"), (24, "（三）完善工作机制"), (25, "（二）强化资金保障"), (28, "开展试点示范。"),
    (29, "推进政务数据一体化。"), (32, "完善数据管理机制。"), (34, "完善主题数据库。"), (35, "完善主题数据库。"),
    (36, "深化数据高效共享。"), (40, "加强电子公文和电子档案管理。"), (41, "促进数据有序开发利用。"), (42, "促进数据有序开发利用。"),
    (43, "强化政务云支撑能力。"), (46, "强化政务云支撑能力。"), (47, "推进县域电子政务外网扩容升级和IPv6改造"),
    (48, "加快县级城域网升级改造，"), (49, "推进视频资源整合。"), (50, "推进县域电子政务外网扩容升级和IPv6改造"),
    (52, T(23)), (54, "加强电子公文和电子档案管理。"), (56, "推进非税收入收缴电子化。"), (57, "完善信用信息共享应用。"),
    (64, T(1)), (66, "加强经济运行监测预警。"), (68, "提升监管精准化水平。"), (71, "加强重点领域数字化追溯监管。"),
    (73, "提升监管协同化智能化水平。"), (74, "提升监管协同化智能化水平。"), (77, "提升社会矛盾化解能力。"),
    (79, "提升社会治安防控能力。"), (80, "提升公共安全保障能力。"), (83, "提高基层社会治理能力。"),
    (84, "打造泛在可及的服务体系。"), (85, "提升智慧便捷的服务能力。"), (86, T(34)), (87, T(35)),
    (88, "提供优质便利的涉企服务。"), (90, "拓展公平普惠的民生服务。"), (93, "拓展公平普惠的民生服务。"), (95, T(39)),
    (96, "提高自然资源利用效率。"), (97, "推进自然资源和林草资源数字化管理。"), (98, T(41)), (102, "推动绿色低碳转型。"),
    (104, "提升行政执行能力。"), (105, "提升行政执行能力。"), (106, T(44)), (107, T(45)), (108, "提升行政监督水平。"),
    (111, "提升机关事务管理水平。"), (112, "提升政府信息公开水平。"), (113, "提升政府信息公开水平。"),
    (114, "发挥政务新媒体传播优势。"), (115, "畅通政民互动渠道。"), (116, "（一）坚持党的全面领导"), (117, T(51)),
    (118, "（三）提升数字素养"), (121, T(52)), (122, "（四）强化考核评价"), (123, T(53)), (124, "（四）强化考核评价"),
]

NOTES = ("同心县 2024 实施方案 (同政办发〔2024〕9号, 2024-03-18) implementing 宁政发〔2023〕17号 and the 吴忠 plan; checked against "
         "ningxia-2023 with parent wuzhong and the county's own units.txt (county bodies, townships, vertical branches, operators and the "
         "three upper-level bodies the office reports to). Five planted mistakes over four rules. Tasks due 2023 that the county takes up "
         "(14, 15, 17, 24, 25, 32, 36, 68, 85, 116, 118, 122, 124) are written without a date on purpose; two table rows copy the regional "
         "2023 deadline (tasks 18, 123). Regional-only tasks (e.g. 1, 16, 19, 31, 60-63, 65, 67, 82) and some city tasks (37, 39, 92) are not taken up; "
         "task-uncovered for them is information only. Table rows carry no regional task numbers; the covers list gives the writer's mapping.")
