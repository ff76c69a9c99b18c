# Helper kept in the case folder: builds key.json with line numbers looked up in draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def e(rule, anchor, text, why):
    return {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'
GT = 'garbled-text'

expect = [
    e(BM, '为深入贯彻党的二十大精神', '宁政办发〔2023〕17号',
      'the region\'s 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the 办公厅 series (宁政办发〔2023〕11号 is the 1244+N plan), so the title and 文号 do not belong together'),
    e(DI, '（1）强化安全管理责任。', '2022年12月底前',
      'a measure to be done under a plan issued 2023-09-26 cannot be due in 2022 (before the document\'s own year); regional tasks 14 and 15 are due 2023年'),
    e(DL, '（4）深化数据高效共享。', '2024年6月底前',
      'task 36 (政务数据供需对接机制、归集共享通报制度) 完成时限 2023年; the county gives 2024年6月'),
    e(DL, '（3）推进外网向村延伸。', '2025年底前',
      'task 48 (城域网升级改造，区市县乡村5级全覆盖，各市、县（区）具体负责) 完成时限 2024年; the county gives 2025年底'),
    e(UU, '（3）推进“智慧应急”建设。', '县安监局',
      'the 安全生产监督管理局 was merged into 县应急管理局 in the 2019 institutional reform; 县安监局 is not in units.txt (it lists 县应急管理局 = 县应急局) and is named as the lead'),
    e(GT, '（2）提升鏅烘収渚挎嵎', '鏅烘収渚挎嵎鏈嶅姟',
      'UTF-8 bytes of 智慧便捷服务 read as GBK (re-encode as GBK, decode as UTF-8); the sub-item title should read 提升智慧便捷服务水平'),
]

def n(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text), "why": why}
    if text is not None:
        d["text"] = text
    return d

mnf = [
    # basis documents and other documents
    n(BM, '为深入贯彻党的二十大精神', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见'),
    n(BM, '西政发〔2023〕71号', '西政发〔2023〕71号', 'the plan\'s own 文号 on the covering notice, not a cited basis'),
    n(BM, '2．制度规则不健全。', '西政办发〔2019〕42号', 'an old local document named as the cause of a problem, not a basis document'),
    n(BM, '3．数据资源“沉睡”。', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 with its correct title and 文号, in the 存在问题 background; not cited as basis'),
    n(BM, '（3）创新项目管理机制。', '《西吉县政务信息化项目管理暂行办法》', 'the old local document is the object of a measure (to be revised), not a basis'),
    # past years, counts and percentages in the problems
    n(DI, '截至2023年6月底', '2023年6月底', 'the date of the statistics used in the 存在问题, not a deadline'),
    n(DI, '1．数字经济基础薄弱。', '2022年', 'past year in the 存在问题 background (also 2020年 for the old park platform); counts 27家/6家 and 1.8% are figures'),
    n(DI, '2．数字社会服务不均衡。', '2020年建成', 'old system named in the background; 19个乡镇、295个行政村、40% are counts'),
    n(DI, '1．安全保障存在短板。', '2022年', 'past year in the background; 63个/21个/37个 are counts'),
    n(DI, '2．制度规则不健全。', '2020年至2022年', 'past period in the background (also 2019年印发)'),
    n(DI, '3．数据资源“沉睡”。', '2021年建成', 'old system named as the cause of a problem (至今未接入); 46个/17个 are counts'),
    n(DI, '4．平台支撑能力不足。', '2016年建成', 'old network named in the background; 200兆、112个 are figures'),
    n(DI, '县数字政府建设领导小组2019年成立后', '2019年成立', 'past year in the background'),
    n(DI, '1．经济调节数据分散。', '2022年', 'past year in the background'),
    n(DI, '3．社会管理智能化水平低。', '2018年建设', 'old system named as the cause of a problem'),
    n(DI, '4．公共服务便捷度不高。', '35%', 'percentage in the background (仅有35%的事项实现全程网办), not a date'),
    n(DI, '6．政务运行效率不高。', '2017年部署', 'old OA system named as the cause of a problem'),
    n(DI, '7．政务公开渠道不统一。', '2020年以后', 'past year in the background'),
    n(DI, '（2）建设政策文件库。', '2020年以前', 'a past year inside a measure describes which files to add, it is not a deadline (the note says 2024年, equal to task 113)'),
    n(DI, '2022年县本级数字政府建设相关投入', '2022年', 'past year in the background; 0.3%, 18% are percentages'),
    # goals
    n(DL, '到2023年底，全县数字政府建设工作体系初步建立', '到2023年底', 'same year as the region\'s 到2023年底 goal'),
    n(DL, '到2025年，全县数字政府建设融入全区', '到2025年', 'same year as the region\'s 到2025年 "34567"体系框架全面成型 goal'),
    n(DL, '到2035年，与政府治理能力现代化相适应', '到2035年', 'same year as the region\'s 2035 goal'),
    # equal or earlier deadlines
    n(DL, '（1）建设智慧园区。', '持续推进，2025年取得明显成效', 'equal to task 3 (持续推进，2025年取得明显成效)'),
    n(DL, '（2）推动特色产业上云用数。', '2023年启动，2024年取得明显成效', 'equal to task 2 (2023年启动，2024年取得明显成效)'),
    n(DL, '（2）深化智慧教育。', '2024年起', '"2024年起每学年组织一次应用评估" is a start date, not a deadline; the note equals task 7 (2023年形成试点经验，2025年取得明显成效)'),
    n(DL, '（5）加快“数字供销”建设。', '2023年完成主要建设任务，2025年取得明显成效', 'equal to task 11'),
    n(DL, '（1）培育数据要素市场。', '2025年', 'equal to task 12 (2025年)'),
    n(DL, '（2）营造安全可靠的数字化发展环境。', '2023年形成机制，长期坚持', 'no later than any related task (task 18: 2023年形成机制，长期坚持; tasks 13, 16: 2024年)'),
    n(DL, '（3）提升安全防护能力。', '2023年形成机制，长期坚持', 'equal to task 18'),
    n(DL, '（4）提高自主可控水平。', '2024年', 'equal to task 19 (2023年启动，2024年建成) and task 43 (2024年建成)'),
    n(DL, '（2）强化审管协同。', '2024年', 'earlier than task 22 (2025年)'),
    n(DL, '（5）开展试点示范。', '2023年启动，2025年取得明显成效', 'equal to task 28'),
    n(DL, '（2）摸清数据资源底数。', '2023年11月底前', 'within task 30\'s year (2023年), so not later'),
    n(DL, '（5）融入全区一体化政务大数据体系。', '2023年启动，2024年完成', 'earlier than task 29 (2023年启动，2025年完成)'),
    n(DL, '（2）扩容电子政务外网。', '2024年', 'equal to task 47 (2024年)'),
    n(DL, '（5）接入“视频一张网”。', '2024年', 'earlier than task 49 (2025年)'),
    n(DL, '（7）扩大电子证照和电子印章应用。', '2024年', 'earlier than task 52 (2025年), equal to task 53 (2024年)'),
    n(DL, '1．健全组织机构。调整充实', '2023年12月底前', 'earlier than task 64 (2025年), equal to task 60 (2023年)'),
    n(DL, '（4）提高基层社会治理能力。', '2025年', 'equal to task 83 (2025年)'),
    n(DL, '（2）提升鏅烘収渚挎嵎', '2023年12月底前', 'equal to task 85 (2023年); the line carries only the garbled-text warning'),
    n(DL, '（4）做优12345政务服务便民热线。', '2023年启动，2025年完成', 'equal to task 87'),
    n(DL, '（4）推进基层减负。', '2025年', 'equal to task 106 (填表报数 压减50%以上, 2025年)'),
    n(DL, '（5）整合视频会议系统。', '2025年', 'equal to task 107 (2025年)'),
    n(DL, '1．加强组织领导。各级党组织', '2023年完成并长期坚持', 'equal to task 116'),
    n(DL, '3．提升数字素养。', '2023年完成并长期坚持', 'equal to task 118'),
    n(DL, '4．强化考核评价。', '2023年完成，长期坚持', 'equal to tasks 122 and 123; task 121 长期坚持; task 124 2023年形成机制，长期坚持'),
    n(DL, '各乡镇、县直各部门（单位）要对照本方案', '2023年10月20日前', 'the office\'s own reporting dates (also 每季度末月25日前, 2023年12月15日前), not task deadlines'),
    # units
    n(UU, '各乡镇人民政府，县直各部门（单位）：', '县直各部门（单位）', 'collective subject (also 各乡镇人民政府)'),
    n(UU, '（1）推进公共服务数字化。', '县直有关部门（单位）', 'collective subject'),
    n(UU, '（1）提升矛盾纠纷化解能力。', '司法局', '县 distributes over 县公安局、司法局、信访局: 县司法局 and 县信访局 are in units.txt; 县人民法院, 县人民检察院 are in units.txt too'),
    n(UU, '（1）完善生态环境监测。', '市生态环境局西吉分局', 'short name of 固原市生态环境局西吉分局 listed in units.txt'),
    n(UU, '（7）扩大电子证照和电子印章应用。', '县税务局', 'short name of 国家税务总局西吉县税务局 listed in units.txt'),
    n(UU, '（1）建设智慧园区。', '县工业园区管委会', 'short name of 西吉县工业园区管理委员会 listed in units.txt'),
    n(UU, '（6）强化行政监督。', '县政府督查室', 'short name of 县人民政府督查室 listed in units.txt'),
    n(UU, '（3）发展“互联网+医疗健康”。', '县卫健局', 'official short name listed in units.txt (县人民医院 also listed)'),
    n(UU, '（1）强化政务云支撑。', '县大数据中心', 'short name of 县大数据服务中心 listed in units.txt'),
    # text
    n(GT, '（2）扩容电子政务外网。', 'IPv6', 'Latin letters in a technical term, not mojibake'),
]

covers_src = [
    (2, '（2）推动特色产业上云用数。'), (3, '（1）建设智慧园区。'), (5, '（3）完善数字经济治理。'),
    (6, '（1）推进公共服务数字化。'), (7, '（2）深化智慧教育。'), (8, '（3）发展“互联网+医疗健康”。'),
    (10, '（4）推进数字乡村建设。'), (11, '（5）加快“数字供销”建设。'), (12, '（1）培育数据要素市场。'),
    (14, '（1）强化安全管理责任。'), (15, '（1）强化安全管理责任。'), (17, '（2）落实安全制度要求。'),
    (18, '（3）提升安全防护能力。'), (20, '（1）以数字化改革助力政府职能转变。'), (21, '（1）以数字化改革助力政府职能转变。'),
    (22, '（2）强化审管协同。'), (24, '（3）创新项目管理机制。'), (26, '（4）完善制度和标准。'),
    (28, '（5）开展试点示范。'), (29, '（5）融入全区一体化政务大数据体系。'), (30, '（2）摸清数据资源底数。'),
    (31, '（3）提升数据质量。'), (32, '（1）完善数据管理机制。'), (33, '（6）充实基础库和主题库。'),
    (34, '（6）充实基础库和主题库。'), (36, '（4）深化数据高效共享。'), (40, '（8）规范电子公文和电子档案管理。'),
    (41, '（7）推进公共数据有序开放。'), (42, '（7）推进公共数据有序开放。'), (43, '（1）强化政务云支撑。'),
    (47, '（2）扩容电子政务外网。'), (48, '（3）推进外网向村延伸。'), (49, '（5）接入“视频一张网”。'),
    (50, '（4）整合业务专网。'), (51, '（6）推广统一身份认证。'), (52, '（7）扩大电子证照和电子印章应用。'),
    (53, '（7）扩大电子证照和电子印章应用。'), (54, '（8）规范电子公文和电子档案管理。'),
    (57, '（8）推进信用和地理信息共享。'), (58, '（8）推进信用和地理信息共享。'),
    (64, '1．健全组织机构。调整充实'), (65, '（1）汇聚经济运行数据。'), (68, '（1）推行“照单监管”。'),
    (70, '（2）推进信用风险分类监管。'), (71, '（2）推进信用风险分类监管。'), (72, '（3）对接“互联网+监管”系统。'),
    (74, '（4）提升监管智能化水平。'), (77, '（1）提升矛盾纠纷化解能力。'), (79, '（2）推进“雪亮工程”提质。'),
    (80, '（3）推进“智慧应急”建设。'), (83, '（4）提高基层社会治理能力。'), (84, '（1）提升“一网通办”水平。'),
    (85, '（2）提升鏅烘収渚挎嵎'), (86, '（3）用好“我的宁夏”政务APP。'), (87, '（4）做优12345政务服务便民热线。'),
    (88, '（5）优化涉企服务。'), (89, '（5）优化涉企服务。'), (93, '（6）推进适老化和信息无障碍建设。'),
    (94, '（1）完善生态环境监测。'), (96, '（2）推进数字治水。'), (97, '（3）提高自然资源管理数字化水平。'),
    (98, '（3）提高自然资源管理数字化水平。'), (102, '（4）推动绿色低碳转型。'), (103, '（1）提升辅助决策能力。'),
    (104, '（2）推广协同办公平台。'), (105, '（3）用好“宁政通”。'), (106, '（4）推进基层减负。'),
    (107, '（5）整合视频会议系统。'), (108, '（6）强化行政监督。'), (109, '（6）强化行政监督。'),
    (111, '（7）提升机关事务管理水平。'), (112, '（1）完善政务公开平台。'), (113, '（2）建设政策文件库。'),
    (114, '（3）规范政务新媒体。'), (115, '（4）畅通政民互动渠道。'), (116, '1．加强组织领导。各级党组织'),
    (25, '2．加大财政投入。'), (118, '3．提升数字素养。'), (121, '4．强化考核评价。'),
    (122, '4．强化考核评价。'), (123, '4．强化考核评价。'), (124, '4．强化考核评价。'),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_src]

key = {
    "writer": "blind writer, round 467; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("西吉县 (固原市) plan of 2023-09-26, based on the region's 实施意见 only (no city plan as parent). "
              "Each part opens with 存在问题 (past years, counts, percentages, old systems and old documents as causes) "
              "and then 工作措施 with （责任单位：…；完成时限：…） notes; line 16 states that the first unit listed leads. "
              "Six planted mistakes over five rules. Line 103 carries both the garbled sub-item title and a deadline "
              "equal to task 85. Line 117 (填表报数, 2025年) is meant as task 106, not task 105 (2024年). "
              "task-uncovered is not annotated: tasks led by 各地级市 (9, 92) are left out on purpose as city-level."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
