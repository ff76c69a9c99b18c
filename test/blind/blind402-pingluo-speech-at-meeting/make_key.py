# helper: builds key.json, locating every entry's line by a unique substring of draft.txt
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]
def ln(sub, nth=0):
    hits = [i+1 for i, l in enumerate(L) if sub in l]
    assert hits, sub
    assert len(hits) == 1 or nth, (sub, hits)
    return hits[nth-1] if nth else hits[0]

DL = 'deadline-later-than-baseline'; DI = 'deadline-invalid'; UU = 'unknown-unit'; BM = 'basis-mismatch'; GT = 'garbled-text'
expect = [
 {"rule": DL, "line": ln('2025年6月底前全面完成'), "text": "2025年6月底前",
  "why": "城域网升级改造、县乡村全覆盖 = task 48 (完成时限 2024年; also task 47, 2024年); the county sets mid-2025, later than the region"},
 {"rule": DL, "line": ln('实现“应上尽上”，2025年底前全部完成'), "text": "2025年底前",
  "why": "接入“我的宁夏”政务APP、应上尽上 = task 86 (完成时限 2024年); 2025年底 is later"},
 {"rule": DI, "line": ln('在2023年10月底前完成全县重点企业'), "text": "2023年10月底前",
  "why": "a task set at a meeting held 2024-04-12 (plan year 2024) cannot be due in 2023; slip for 2024 (智慧应急 = task 80, 完成时限 2024年)"},
 {"rule": UU, "line": ln('县大数据管理服务局配合'), "text": "县大数据管理服务局",
  "why": "no such county body: the county's body is 县大数据服务中心 (units.txt); the name is the city-level pattern (市大数据管理服务局) copied by mistake"},
 {"rule": BM, "line": ln('（宁政办发〔2023〕17号）'), "text": "宁政办发〔2023〕17号",
  "why": "the 实施意见 is 宁政发〔2023〕17号 (correctly cited on line 5); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
 {"rule": GT, "line": ln('杩滅▼鍖荤枟'), "text": "杩滅▼鍖荤枟鏈嶅姟",
  "why": "UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 远程医疗服务向乡镇卫生院延伸"},
]

mnf = []
def m(rule, sub, why, text=None, nth=0):
    e = {"rule": rule, "line": ln(sub, nth)}
    if text: e["text"] = text
    e["why"] = why
    mnf.append(e)

# deadlines equal to or earlier than the region's
m(DL, '在今年8月底前完成全县剩余17个', 'task 46 (完成时限 2024年) and task 43 (2024 年建成，持续推进): 2024-08 is earlier', '8月底前')
m(DL, '10月底前完成全县业务专网摸底', 'task 50 (完成时限 2024年): 2024-10 is earlier', '10月底前')
m(DL, '2025年6月底前融入全区统一', 'task 49 视频一张网 (完成时限 2025年): mid-2025 is earlier than the region', '2025年6月底前')
m(DL, '年底前县级高频事项电子证照调用率', 'task 52 电子证照社会化高频场景 (完成时限 2025年): end of 2024 is earlier', '年底前')
m(DL, '11月底前实现新设立企业全覆盖', 'task 53 电子营业执照和企业电子印章 (完成时限 2024年): 2024-11 is earlier', '11月底前')
m(DL, '12月底前实现县级机关电子公文', 'tasks 40 and 54 电子公文/电子文件归档 (完成时限 2024年): 2024-12 equals', '12月底前')
m(DL, '2025年底前实现教育收费', 'task 56 非税收入收缴电子化 (完成时限 2025年): equal', '2025年底前')
m(DL, '11月底前完成全县人口、法人', 'tasks 33 and 34 基础库/主题库 (完成时限 2024年): 2024-11 is earlier', '11月底前')
m(DL, '12月底前编制完成县级公共数据开放目录', 'task 41 公共数据开放目录 (完成时限 2024年): equal', '12月底前')
m(DL, '年底前对食品药品、特种设备', 'tasks 70 and 71 (完成时限 2024年): equal', '年底前')
m(DL, '10月底前实现矛盾纠纷多元化解', 'task 77 矛盾纠纷多元化解 (完成时限 2024年): earlier', '10月底前')
m(DL, '9月底前新增视频点位500个', 'task 79 雪亮工程 (完成时限 2024年): earlier', '9月底前')
m(DL, '2025年底前实现全县各村（社区）网格化', 'task 83 互联网+基层治理 (完成时限 2025年): equal', '2025年底前')
m(DL, '10月底前实现县级政务服务事项网上可办率', 'task 84 一网通办 (完成时限 2024年): earlier. The undated next sentence (持续推行“免证办”“免申即享”…) takes up task 85 (2023年) as ongoing work and carries no deadline; 10月底前 belongs to the 网上可办率 sentence', '10月底前')
m(DL, '11月底前完成县政府门户网站、政务新媒体和各级便民服务中心适老化', 'task 93 适老化与信息无障碍 (完成时限 2024年): earlier', '11月底前')
m(DL, '年底前实现涉企服务一网通办', 'task 89 企业专属网页/惠企政策 (完成时限 2024年): equal', '年底前')
m(DL, '2025年底前全面建成县域数字孪生灌区', 'task 96 互联网+城乡供水/数字治水 (完成时限 2025年): equal', '2025年底前')
m(DL, '9月底前完成县级国土空间基础信息平台', 'task 97 自然资源一张图 (完成时限 2024年): earlier', '9月底前')
m(DL, '7月底前实现县、乡、村三级党政机关全覆盖', 'task 105 宁政通 (完成时限 2024年): earlier', '7月底前')
m(DL, '2025年底前实现基层干部填表报数', 'task 106 填表报数压减50%以上 (完成时限 2025年): equal date, equal target', '2025年底前')
m(DL, '年底前建成全县统一的视频会议平台', 'task 107 视频会议平台 (完成时限 2025年): end of 2024 is earlier', '年底前')
m(DL, '年底前实现交易全程留痕可溯', 'task 108 公共资源交易 (完成时限 长期推进，2024年取得明显成效): equal', '年底前')
m(DL, '12月底前完成全县政务新媒体清理整合', 'tasks 112 and 114 (完成时限 2024年): equal', '12月底前')
m(DL, '2025年底前实现园区安全', 'task 3 智慧园区 (完成时限 持续推进，2025年取得明显成效): equal', '2025年底前')
m(DL, '年内建成县级农业农村大数据平台', 'task 10 数字乡村 (完成时限 持续推进，2025年取得明显成效): within 2024 is earlier; the 数字供销 clause (task 11) has no date', '年内')
m(DL, '6月底前对照自治区数据安全防护能力评估指标体系', 'task 16 数据安全防护能力评估 (完成时限 2024年): earlier (the line\'s error is the unit, not the date)', '6月底前')
m(DL, '县大数据服务中心要在9月底前完成全县数字政府领域', 'task 23 一本账 (完成时限 2024年): earlier', '9月底前')
m(DL, '10月底前推动县级各类行政权力事项', 'task 21 行政权力事项网上运行 (完成时限 2024年): earlier', '10月底前')
m(DL, '年底前形成可复制可推广的经验', 'task 28 试点示范 (完成时限 2023年启动，2025年取得明显成效): earlier', '年底前')
m(DL, '6月底前，各乡镇要明确数字政府建设分管领导', 'task 64 成立相应组织机构 (完成时限 2025年): earlier', '6月底前')
m(DL, '到2025年全县数字政府建设体系框架全面成型', 'the speaker\'s “一个目标” equals the region\'s 主要目标 到2025年 “34567”体系框架全面成型', '2025年')
m(DL, '今年力争引进5名以上', 'task 117 人才引进 (完成时限 2024年): this year = 2024, equal', '今年')
# past dates, meeting date, reporting dates, copied regional dates
m(DI, '（2024年4月12日）', "the meeting's own date, not a deadline", '2024年4月12日')
m(DI, '2023年6月，县里调整充实', 'review of last year: a past event, not a deadline', '2023年6月')
m(DI, '2023年8月，县政府印发', 'review of last year: a past event, not a deadline', '2023年8月')
m(DI, '2023年11月底，县政务数据共享交换平台', 'review of last year: a past event, not a deadline', '2023年11月底')
m(DI, '于2023年12月建成投用', 'review of last year: a past event, not a deadline', '2023年12月')
m(DI, '从2020年自治区印发', 'background: the 2020 start of the work, not a deadline', '2020年')
m(DI, '通报了2023年全县数字政府建设推进情况', 'the year being reported on, not a deadline', '2023年')
m(DI, '自治区要求2023年底前明确的安全主体责任', 'the region\'s own 2023 deadline for task 14 (完成时限 2023年), quoted as already met; the speech sets no new 2023 deadline here', '2023年底前')
m(DI, '各部门每月5日前向县大数据服务中心报送', "the office's own monthly reporting date, not a task deadline", '每月5日前')
m(DI, '每季度末汇总后报县政府', "the office's own quarterly reporting, not a task deadline", '每季度末')
# basis near misses
m(BM, '（国发〔2022〕14号）', 'correct national citation')
m(BM, '（宁政发〔2023〕17号），总结去年工作', 'correct regional citation (title and 文号 match)')
m(BM, '（宁政办发〔2020〕14号）起步', 'retrospective mention of the 2020 工作要点 with its right title and 文号, as the history of the work, not as a basis', '宁政办发〔2020〕14号')
m(BM, '《平罗县2023年数字政府建设工作要点》', "the county's own last-year document, mentioned in the review; not a basis document and has no 文号")
m(BM, '《2024年全县数字政府建设重点任务分工》', "the meeting's own handout, not a basis document")
# units near misses
m(UU, '县大数据中心通报了', 'official short name of 县大数据服务中心 in units.txt', '县大数据中心')
m(UU, '县审批局、县公安局和城关镇', '县审批局 is the short name of 县审批服务管理局; 城关镇 is listed', '县审批局')
m(UU, '县大数据服务中心要主动对接自治区政府办公厅', 'a regional body named as the counterpart the county body works with; the lead is 县大数据服务中心', '自治区政府办公厅')
m(UU, '各乡镇人民政府配合', 'collective subject', '各乡镇人民政府', nth=1)
m(UU, '县直各部门原则上不再新建', 'collective subject', '县直各部门')
m(UU, '县市场监管局会同县税务局', 'both short names are in units.txt (县市场监督管理局, 国家税务总局平罗县税务局)', '县税务局')
m(UU, '县发改局要会同县大数据服务中心', '县发改局 is the short name of 县发展和改革局', '县发改局')
m(UU, '为县委、县政府决策提供支撑', 'the county Party committee and government, listed in units.txt; not responsible units here', '县委')
m(UU, '县工信局牵头，平罗工业园区管委会', 'short names of 县工业和信息化局 and 平罗工业园区管理委员会', '平罗工业园区管委会')
m(UU, '市生态环境局平罗分局要依托', 'the county branch of the city bureau, listed in units.txt (short name)', '市生态环境局平罗分局')
m(UU, '县政府督查室要优化完善', 'short name of 县人民政府督查室', '县政府督查室')
m(UU, '各乡镇、各村（社区）重点做好推广使用', 'collective subjects', '各村（社区）')
m(UU, '县民政局、县人社局要分别推进', '县人社局 is the short name of 县人力资源和社会保障局', '县人社局')
m(UU, '县供销社要巩固', 'short name of 县供销合作社联合社', '县供销社')
m(UU, '县委常委、县人民政府常务副县长', "the speaker's title, not a responsible unit")
# rhetorical numbers and asides
m(DL, '我想强调“三个必须”', 'rhetorical number in the speaker\'s remarks, no date or task')
m(DL, '我算了一笔账，近三年', "the speaker's aside: a spending figure, not a deadline")

covers = [
 (3,'加快“智慧园区”二期建设'),(8,'深化“互联网+医疗健康”应用'),(9,'配合市里推进智慧城市建设'),(10,'推进数字乡村建设，年内'),(11,'巩固“数字供销”示范成果'),
 (12,'主动对接自治区数据要素市场'),(14,'自治区要求2023年底前明确的安全主体责任'),(16,'数据安全防护能力评估指标体系'),(18,'动态监控、主动防御、协同响应'),
 (21,'行政权力事项全部网上运行'),(23,'“一本账”录入'),(24,'完善政务信息化项目会商机制'),(25,'建立政务平台常态化运行与年度运维资金挂钩'),(28,'开展数字乡镇试点'),
 (30,'编制了政务数据资源目录'),(33,'人口、法人、电子证照等基础数据'),(34,'人口、法人、电子证照等基础数据'),(41,'公共数据开放目录'),(42,'供水、供电、供气、公交等公共数据'),
 (40,'电子公文在线归档'),(46,'剩余17个政务信息系统迁移上云'),(48,'城域网升级改造'),(49,'“视频一张网”'),(50,'非涉密业务专网向电子政务外网'),
 (52,'社会化高频场景推广应用'),(53,'电子营业执照和企业电子印章'),(56,'非税收入收缴电子化'),(64,'各乡镇要明确数字政府建设分管领导'),(66,'宁夏经济运行大数据平台'),
 (70,'企业信用风险分类管理'),(71,'全链条数字化追溯监管'),(77,'矛盾纠纷多元化解信息系统'),(79,'“雪亮工程”向农村延伸'),(80,'“智慧应急”建设'),(83,'“互联网+基层治理”行动'),
 (84,'深化“一网通办”'),(85,'持续推行“免证办”“免申即享”'),(86,'“我的宁夏”政务APP'),(89,'企业专属网页和惠企政策专栏'),(93,'适老化与信息无障碍改造'),
 (95,'大气、水、土壤等环境监测数据'),(96,'“互联网+城乡供水”建设'),(97,'国土空间基础信息平台'),(105,'全面推广“宁政通”移动办公'),(106,'填表报数系统'),
 (107,'非涉密视频会议系统资源'),(108,'公共资源交易全流程数字化'),(109,'“互联网+督查”机制'),(112,'政务公开专栏'),(114,'政务新媒体矩阵'),(115,'畅通政民互动渠道'),
 (116,'纳入“一把手工程”，主要负责同志'),(117,'数字化专业人才引进'),(118,'纳入干部教育培训内容'),(122,'纳入全县效能目标管理考核'),(123,'综合考核评价的重要参考'),
]
cov = [{"task": t, "line": ln(s)} for t, s in covers]

key = {
 "writer": "blind writer, round 402; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": cov,
 "notes": ("A speech, not a 实施方案: 平罗县 (石嘴山市) executive deputy county head at the county's digital-government meeting, 2024-04-12. "
   "Basis is 宁政发〔2023〕17号 only (no city parent plan). Deadlines without a year (8月底前, 年底前, 年内, 今年) mean 2024. "
   "Review section (lines 8-20) holds only past events; task-setting is lines 21-81. All pillars of the 34567 framework and the 党的领导 items are taken up by content "
   "(数字经济 58-59, 数字社会 60-62, 数字生态 36 and 63-66, 安全 63-66, 制度规则 67-72, 数据资源 32-36, 平台 23-31, 五个一/六级贯通 74-76, seven capacities 37-56, 组织领导/财政/素养/考核 74-81). "
   "No task is deliberately left out.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(cov))
for e in expect: print(e['rule'], e['line'], e['text'])
