# Builds key.json from draft.txt: every line number is looked up by an anchor string and checked.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(sub):
    hits=[i+1 for i,l in enumerate(L) if sub in l]
    assert len(hits)==1, (sub,hits)
    return hits[0]
def chk(line,text):
    assert text in L[line-1], (line,text)
    return line

E=[]
def e(rule,anchor,text,why):
    l=ln(anchor); chk(l,text); E.append({"rule":rule,"line":l,"text":text,"why":why})
e("basis-mismatch","（宁政发〔2023〕7号）","宁政发〔2023〕7号",
  "the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号 (gazette 2023年第10期); the 文号 has lost its 1")
e("deadline-later-than-baseline","到2026年，全县数字政府建设体系框架全面成型","2026年",
  "主要目标: the region's goal is 到2025年，全区各级数字政府建设“34567”体系框架全面成型 (工作体制逐步健全、管理机制趋于成熟…); the county sets the same goal a year later")
e("deadline-later-than-baseline","2025年6月底前实现县、乡、村三级全覆盖","2025年6月底",
  "城域网升级改造 and 电子政务外网 coverage down to 村 is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 完成时限 2024年; cf. task 47, 2024年); 2025年6月 is later. The draft's own 主要目标 (line 14) says 到2024年底 三级外网全覆盖")
e("deadline-invalid","2024年21月底前完成县级机关事务管理信息系统整合","21月",
  "impossible month (a transposed 12月); the clause is task 111 (机关事务管理信息系统整合、办公用房信息数据, 完成时限 2025年), so read as 12月 it is in time — the slip is the invalid date, not lateness")
e("unknown-unit","县电子政务办牵头","县电子政务办",
  "not in units.txt (no such county body; the work belongs to 县人民政府办公室 or 县大数据服务中心); named as lead of the county share of task 93")
e("garbled-text","鎺ㄥ姩鏀跨瓥淇℃伅闆嗘垚","鎺ㄥ姩鏀跨瓥",
  "UTF-8 read as GBK: 鎺ㄥ姩鏀跨瓥淇℃伅闆嗘垚 re-encoded as GBK and decoded as UTF-8 is 推动政策信息集成 (task 113 wording)")

M=[]
def m(rule,anchor,why,text=None,line=None):
    l=line if line is not None else ln(anchor)
    d={"rule":rule,"line":l}
    if text is not None:
        chk(l,text); d["text"]=text
    d["why"]=why
    M.append(d)

U="unknown-unit"; D="deadline-later-than-baseline"; I="deadline-invalid"; B="basis-mismatch"
# units
m(U,"各乡镇人民政府，县直各部门（单位）：","collective subject",text="各乡镇人民政府")
m(U,"各乡镇人民政府，县直各部门（单位）：","collective subject",text="县直各部门（单位）")
m(U,"各村（社区）确定1名信息员","collective subject",text="各村（社区）")
m(U,"县直有关部门按照国家和自治区监管规则","collective subject",text="县直有关部门")
m(U,"承担监管职责的县直有关部门分别负责","collective subject, the county form of 承担监管职责的自治区有关部门（单位）",text="承担监管职责的县直有关部门")
m(U,"县卫健局、县教体局等行业主管部门负责","collective tail (等行业主管部门) after two registered units",text="行业主管部门")
m(U,"县发改局牵头，县财政局、审计局配合","prefix 县 distributes: 审计局 = 县审计局, in units.txt",text="审计局")
m(U,"县公安局、司法局、信访局配合","prefix 县 distributes: 县司法局, 县信访局, both in units.txt",text="信访局")
m(U,"县市场监管局、农业农村局、卫健局分别负责","prefix 县 distributes: 县农业农村局, 县卫健局 (listed alias of 县卫生健康局)",text="卫健局")
m(U,"同心工业园区管委会配合","registered unit",text="同心工业园区管委会")
m(U,"县工信商务局牵头，同心工业园区管委会配合","official short name of 县工业信息化和商务局, listed in units.txt",text="县工信商务局")
m(U,"以数字化改革助力政府职能转变。县委编办牵头","县审批局 is the listed short name of 县审批服务管理局",text="县审批局")
m(U,"县人社局、县卫健局、县应急局、县生态环境分局分别负责","县生态环境分局 is the listed short name of 吴忠市生态环境局同心分局; 县人社局 and 县应急局 are listed aliases too",text="县生态环境分局")
m(U,"县市场监管局牵头，同心县税务局配合","vertical unit listed in units.txt",text="同心县税务局")
m(U,"县应急局牵头，同心县消防救援大队","registered units (同心县消防救援大队, 同心县气象局)",text="同心县消防救援大队")
m(U,"领导小组办公室实行月调度","the draft's defined short form (line 22: 领导小组办公室设在县大数据服务中心), listed as alias in units.txt",text="领导小组办公室")
m(U,"县委要切实履行领导责任","county party committee, listed (中共同心县委员会 = 县委)",text="县委")
m(U,"县审批局负责，按照吴忠市统一部署","吴忠市 is the superior city whose deployment the county follows (task 92 is led by 各地级市), not a responsible unit",text="吴忠市")
m(U,"县住建局、县城管局分别负责，按照吴忠市统一部署","吴忠市 is the superior city whose deployment the county follows (task 9 is led by 各地级市), not a responsible unit",text="吴忠市")
m(U,"县人民医院与全县乡镇卫生院","object of the measure (hospitals to be connected), not a responsible unit",text="县人民医院")
m(U,"打通与公安、司法行政、法院、检察院","data-sharing partners named as in task 77, not responsible units",text="检察院")
m(U,"依托吴忠市数字政府智库支撑体系","a city-level resource the county relies on, not a responsible unit",text="吴忠市数字政府智库支撑体系")
m(U,"县委组织部、县委党校负责","registered units",text="县委党校")
m(U,"县档案馆牵头，县人民政府办公室配合，县直各部门（单位）具体负责","registered county unit leading the county share of task 40 (region: 自治区档案局); not a regional body",text="县档案馆")
# deadlines: equal, earlier, or not a task deadline
m(D,"（三）主要目标。到2024年底","county goals for 2024 = tasks 48/46/86 (2024年) and task 64 (2025年); not the region's 2023 goal (新一轮基础设施布设全面启动, 平台家底全面理清), which is a start, not completion",text="2024年底")
m(D,"到2035年，与政府治理能力现代化相适应","equal to the region's 2035 goal",text="2035年")
m(D,"2024年9月底前完成县大数据服务中心职能优化","机构/职能: task 61 (2025年) / task 64 (2025年); earlier",text="2024年9月底")
m(D,"于2024年底前成立相应的数字政府建设组织机构","task 64 (各地各部门参照自治区做法成立相应的组织机构, 2025年); earlier",text="2024年底")
m(D,"2025年底前实现县、乡、村三级视频指挥调度贯通","task 81 (视频指挥调度体系, 2025年) / task 83 (基层治理, 2025年); equal — not the 外网 task 48",text="2025年底")
m(D,"持续推进，2025年底前取得明显成效","task 3 (智慧园区, 持续推进，2025年取得明显成效); equal",text="2025年底")
m(D,"县工信商务局要在2024年底前推动不少于20家","task 2 (产业云与政务云互联互通, 2023年启动，2024年取得明显成效); equal. The task-3 date 2025 sits in the other clause of the same line",text="2024年底")
m(D,"力争2025年底前建成县级农业农村大数据平台","task 10 (数字乡村/农业农村大数据体系, 持续推进，2025年取得明显成效); equal",text="2025年底")
m(D,"2025年底前实现数字校园全覆盖","task 7 (国家智慧教育平台, 2023年形成试点经验，2025年取得明显成效) equal; the 2024年底 dates on the line are earlier (task 7; task 8 互联网+医疗健康, 持续推进，2025年)",text="2025年底")
m(D,"2025年底前建成县级城市运行管理服务分平台","task 9 (智慧城市/城市运行管理服务平台, 持续推进，2025年取得明显成效); equal",text="2025年底")
m(D,"“数字供销”示范区建设","task 11 (2023年完成主要建设任务，2025年取得明显成效): the county repeats the completing milestone 2025",text="2025年")
m(D,"2025年底前推动形成一批可交易的本地数据产品","task 12 (2025年) equal; the 2024年底 on the same line is task 13 (2024年), equal",text="2025年底")
m(D,"2024年11月底前完成县级政务数据安全风险评估","task 16 (数据安全防护能力评估指标体系, 2024年); earlier. Task 17 (2023年) is the undated first clause of the line",text="2024年11月底")
m(D,"2024年6月底前完成县级行政权力事项","task 21 (2024年) earlier; 2024年底 = task 20 (2024年) equal; 2025年底 = task 22 (审管协同, 2025年) equal",text="2024年6月底")
m(D,"县大数据服务中心要于2024年9月底前将全县数字政府领域","task 23 (一本账/数字资源管理系统, 2024年); earlier. Task 24 (会商机制, 2023年) is the undated first clause",text="2024年9月底")
m(D,"力争2025年取得明显成效。","task 28 (试点示范, 2023年启动，2025年取得明显成效); equal. The line's 2024年底 is task 26 (2024年)",text="2025年")
m(D,"县大数据服务中心要于2024年6月底前完成全县人口","task 33 (基础数据资源库, 2024年) earlier; the two 2024年底 are tasks 34 and 35 (2024年), equal",text="2024年6月底")
m(D,"2024年底前实现高频共享数据按需回流","tasks 37/38 (2024年) equal; task 36 (供需对接机制, 2023年) is the undated 持续完善 clause before the semicolon; 2024年底 for 电子公文 = task 40 (2024年)",text="2024年底")
m(D,"2025年底前实现县级数据资源全量纳入","task 29 (一体化政务大数据体系, 2023年启动，2025年完成); equal. The task-42 clause before it is undated; 2024年底 is task 41 (2024年)",text="2025年底")
m(D,"2024年10月底前全部完成迁移","tasks 43 (2024年建成，持续推进), 46 (2024年), 19 (2023年启动，2024年建成); earlier; 2024年底 = task 45 (2024年)",text="2024年10月底")
m(D,"2025年底前全面接入全区统一的“视频一张网”","task 49 (视频一张网, 2025年); equal — the planted late date on the same line is the 外网 clause; 2024年底 = task 50 (2024年)",text="2025年底")
m(D,"2025年底前实现各类证照全部电子化","task 52 (2025年) equal; 2024年底 = tasks 53, 55 (2024年); the last 2025年底 = task 56 (非税收入电子化, 2025年)",text="2025年底")
m(D,"2025年6月底前完成县级政务平台评估分类","task 59 (2025年); earlier. The line's 2024年底 dates are tasks 57, 58, 54 (2024年)",text="2025年6月底")
m(D,"2025年底前全面对接使用宁夏经济运行大数据平台","task 66 (2025年) equal; 2024年底 = task 65 (2024年) and task 4 (持续推进，2024年取得明显成效)",text="2025年底")
m(D,"2024年9月底前完成全县企业信用风险分类","task 70 (2024年); earlier. Task 68 (照单监管, 2023年) is the undated clause before the semicolon",text="2024年9月底")
m(D,"2024年底前推进消费维权“一件事”改革","task 73 (2024年) equal; task 72 (互联网+监管对接, 2023年) is the undated clause before the semicolon; the first 2024年底 = task 71 (2024年)",text="2024年底")
m(D,"在食品生产、特种设备、校园食堂等领域推行远程监管","tasks 74/75 (2024年); equal",text="2024年底")
m(D,"2024年底前推动“雪亮工程”向乡村两级延伸覆盖","task 79 (2024年) equal; the first 2024年底 = task 77 (2024年)",text="2024年底")
m(D,"加快推进“智慧应急”建设，2024年底前","task 80 (2024年); equal",text="2024年底")
m(D,"2025年底前建成覆盖县、乡、村的基层管理服务平台","task 83 (2025年); equal",text="2025年底")
m(D,"县审批局要于2024年6月底前推动县级政务服务","task 86 (我的宁夏, 2024年) earlier; 2024年底 = task 84 (2024年); the task-85 (2023年) clause is undated",text="2024年6月底")
m(D,"2025年底前实现“接诉即办”和“即问即答”","task 87 (12345, 2023年启动，2025年完成); equal",text="2025年底")
m(D,"2024年9月底前在全区一体化政务服务平台上线","task 89 (2024年) earlier; 2024年底 = task 88 (2024年)",text="2024年9月底")
m(D,"2025年底前探索实现“多卡合一”","task 92 (2025年) equal; the 2024年底 dates are tasks 90 and 93 (2024年)",text="2025年底")
m(D,"2025年底前实现城乡供水工程全域数字化管理","task 96 (2025年) equal; 2024年底 = task 94 (2024年), the other 2025年底 = task 95 (2025年)",text="2025年底")
m(D,"2025年底前建立县域碳排放统计核算工作机制","task 101 (2025年) equal; 2025年底 for 用水权 = task 100 (2025年); 2024年底 = tasks 97, 98 (2024年)",text="2025年底")
m(D,"2024年6月底前推动县直部门办公、执法类移动应用","task 105 (宁政通, 2024年) earlier; 2024年底 = tasks 103, 104 (2024年)",text="2024年6月底")
m(D,"2025年6月底前实现基层干部填表报数","task 106 (2025年) earlier; 2025年底 = task 107 (2025年); 2024年底 = task 108 (长期推进，2024年取得明显成效)",text="2025年6月底")
m(D,"2024年底前优化完善“互联网+督查”机制","tasks 109 and 110 (2024年); equal",text="2024年底")
m(D,"2024年底前建成全县统一、分级分类、动态更新的政策文件库","task 113 (2024年) equal; the first 2024年底 = task 112 (2024年)",text="2024年底")
m(D,"2024年底前构建县级政务新媒体矩阵","tasks 114 and 115 (2024年); equal",text="2024年底")
m(D,"2025年底前培养一批数字化治理青年骨干","task 120 (2025年) equal; 2024年底 = task 117 (2024年); 党校 training is 长期坚持 as in task 118",text="2025年底")
m(D,"（三）总结评估阶段（2025年11月","the office's own implementation schedule, not a task deadline (not task 124's 督促检查)",text="2025年11月")
m(D,"（二）全面推进阶段（2024年5月","the office's own schedule stage",text="2025年10月")
m(D,"各责任单位于每季度最后一个月的25日前报送工作进展","the office's own reporting dates",text="2024年12月10日")
m(D,"领导小组办公室于每年12月15日前形成年度评估报告","annual reporting date of the office, not a task deadline",text="每年12月15日前")
m(D,"每年3月底前向领导小组办公室申报试点项目","annual application date for pilots, not a task deadline",text="每年3月底前")
# invalid-looking dates that are fine
m(I,None,"the document's own issue date",text="2024年3月18日",line=6)
m(I,"2021年完成县级电子政务外网骨干链路扩容","past dates in the 发展基础 background (2020/2021/2022年底/2023年8月), not deadlines",text="2023年8月")
m(I,"按照自治区2023年底前建立数字政府安全评估","copied regional deadline (task 15, 2023年) that lies before the plan's year; the county measure itself is undated",text="2023年底")
m(I,"（一）动员部署阶段（2024年3月","schedule stage starting in the issue month",text="2024年3月")
# basis
m(B,"（国发〔2022〕14号）","correct title and 文号 of the national guiding opinion",text="国发〔2022〕14号")
m(B,"（宁政办发〔2023〕11号）","cited exactly as in the 吴忠 plan (数字宁夏“1244+N”行动计划实施方案)",text="宁政办发〔2023〕11号")
m(B,"吴忠市人民政府《关于加强数字政府建设的实施方案》","city plan cited by its correct title alone (it has no 文号)",text="吴忠市人民政府《关于加强数字政府建设的实施方案》")
m(B,"（宁政办发〔2020〕14号）印发以来","retrospective mention of the 2020 工作要点 in the background, not a basis document; title and 文号 are right",text="宁政办发〔2020〕14号")
m(B,None,"the draft's own 文号",text="同政办发〔2024〕9号",line=2)
# pillars present under county headings
M.append({"rule":"missing-pillar","line":0,"pillar":"五个一和六级贯通","why":"taken up as 完善“一套体系” (lines 19–28): 健全组织机构, 厘清层级职责 (六级贯通), 完善工作机制, as in 吴忠's 1347"})
M.append({"rule":"missing-pillar","line":0,"pillar":"财政投入","why":"section 六（二）加大财政投入 (lines 94–95)"})
M.append({"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"section 三（三）营造良好数字生态 (lines 39–41)"})

C=[]
def c(task,anchor):
    C.append({"task":task,"line":ln(anchor)})
for t,a in [
 (2,"按需接入黄河云、闽宁云等产业云"),(3,"加快推进“智慧园区”建设"),(5,"探索以网管网等新型监管方式"),
 (6,"推动就业、文化、体育、家政等服务数字化"),(7,"深入推进国家智慧教育平台应用"),(8,"深化“互联网+医疗健康”应用"),
 (9,"推进城市运行“一网统管”"),(10,"推进数字乡村试点建设"),(11,"“数字供销”示范区建设"),(12,"积极对接自治区数据交易平台"),
 (13,"公平竞争审查等制度"),(14,"强化安全管理责任。"),(15,"规范参与政务信息化建设、运营企业的管理"),(16,"建立数据安全防护能力评估台账"),
 (17,"落实数据分类分级保护、风险评估、检测认证"),(18,"形成常态化安全防护和应急演练机制并长期坚持"),(20,"全面梳理县直部门数字化发展相关职责"),
 (21,"全区行政许可管理信息系统"),(22,"各环节审管协同"),(23,"全区一体化数字资源管理系统"),(24,"落实政务信息化建设管理会商机制"),
 (25,"建立多渠道投入的资金保障机制"),(26,"与数字政府建设不相适应条款的清理"),(28,"申报试点项目"),(29,"全量纳入全区一体化政务大数据体系"),
 (30,"政务大数据算力“一本账”"),(31,"“一数之源、多源校核”"),(32,"明确本部门数据管理机构、职责分工和人员"),(33,"基础数据与自治区基础数据资源库的对接核验"),
 (34,"主题数据向全区一体化政务大数据体系汇聚"),(35,"经济运行监测地方主题数据"),(36,"政务数据供需对接和数据异议处理机制"),(40,"电子公文档案数据共享利用长效机制"),
 (41,"编制县级公共数据开放目录"),(42,"推进供水、供电、供气、公共交通等公共数据与政务数据融合应用"),(43,"向自治区政务信创云迁移适配"),(45,"纳入全区一体化政务云平台统一管理"),
 (48,"加快县级城域网升级改造"),(49,"“视频一张网”"),(50,"非涉密业务专网整合迁移"),(51,"自治区统一身份认证体系"),(52,"各类证照全部电子化"),
 (53,"企业电子印章同步制发"),(54,"电子文件归档功能改造"),(55,"财政电子票据一站式查验"),(56,"非税收入收缴电子化全覆盖"),(57,"宁夏信用信息公共服务平台对接"),
 (58,"地理信息服务体系"),(59,"县级政务平台评估分类"),(64,"成立相应的数字政府建设组织机构"),(65,"宁夏经济治理基础数据库"),(66,"宁夏经济运行大数据平台"),
 (67,"自治区规划综合管理信息平台"),(68,"推行“照单监管”"),(70,"企业信用风险分类"),(71,"全链条数字化追溯监管"),(72,"宁夏“互联网+监管”系统对接"),
 (73,"消费维权“一件事”改革"),(74,"“屏、端、仪”"),(77,"矛盾纠纷多元化解信息系统"),(79,"“雪亮工程”"),(80,"“智慧应急”"),(81,"三级视频指挥调度贯通"),
 (83,"“互联网+基层治理”行动"),(84,"“网上办、掌上办、就近办、一次办”"),(85,"“免证办”“一件事一次办”"),(86,"全部接入“我的宁夏”同心专区"),
 (87,"12345政务服务便民热线“一呼即应”"),(88,"“证照分离”改革"),(89,"企业专属网页和惠企政策专栏"),(90,"公共场馆移动入口"),(92,"“多卡合一”"),
 (93,"适老化与信息无障碍改造"),(94,"生态环境数据资源中心汇聚"),(95,"大气、水、土壤等生态环境数据共享"),(96,"“互联网+城乡供水”"),(97,"三维立体“一张图”"),
 (98,"“智慧林草”"),(100,"用水权、土地权、排污权"),(101,"碳排放统计核算"),(103,"领导决策“驾驶舱”"),(104,"统一协同办公平台"),(105,"全部接入“宁政通”"),
 (106,"填表报数工作量压减50%以上"),(107,"视频会议平台"),(108,"公共资源交易全流程电子化"),(109,"“互联网+督查”"),(110,"预算管理一体化系统"),
 (111,"机关事务管理信息系统整合"),(112,"完善政务公开信息化平台"),(113,"动态更新的政策文件库"),(114,"政务新媒体矩阵"),(115,"政民互动渠道"),
 (116,"“一把手工程”"),(117,"数字化专业人才引进和培养措施"),(118,"每年至少举办1期全县数字政府专题培训班"),(120,"青年拔尖人才培养计划"),
 (121,"重点任务考核指标体系"),(122,"县效能目标管理考核范围"),(123,"综合考核评价的重要参考"),(124,"建立容错和奖惩机制")]:
    c(t,a)

key={
 "writer":"blind writer, round 773; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":E,
 "mustNotFlag":M,
 "covers":C,
 "notes":("同心县 2024 实施方案 in dense prose: each paragraph line carries several measures, each with its own lead unit and date, separated by ；. "
          "Dates must be attributed clause by clause: several lines mix a 2024 clause, a 2025 clause and an undated clause for a task due 2023 (e.g. lines 46, 50, 55, 56, 68, 69, 76). "
          "Tasks whose regional deadline is 2023 are deliberately left undated or 长期坚持 in this 2024 plan. "
          "No parent plan is configured (round brief: parent none); the 吴忠 plan is cited only as a basis, by title. "
          "Six planted slips: wrong 文号 (line 9), late 主要目标 year (line 15), late 外网 deadline (line 59), impossible month 21月 (line 86), unknown unit 县电子政务办 (line 79), mojibake run (line 88). "
          "Line 14's own goal (外网 2024年底) contradicts line 59, which is how a human reviewer would spot the line-59 slip.")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(E),len(M),len(C))
