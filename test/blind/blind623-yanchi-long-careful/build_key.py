# helper kept in the case folder: builds key.json from anchors, checking every line number against draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(anchor):
    idx=[i+1 for i,l in enumerate(L) if anchor in l]
    assert len(idx)==1,(anchor,idx)
    return idx[0]
def chk(line,text):
    assert text in L[line-1],(line,text)
    return line

expect=[]
def E(rule,anchor,text,why,**kw):
    n=ln(anchor); chk(n,text)
    d={'rule':rule,'line':n,'text':text,'why':why}; d.update(kw); expect.append(d)
E('basis-mismatch','根据《国务院关于加强数字政府建设的指导意见》','关于加快推进数字政府建设的实施方案',
  'the parent city plan is 吴忠市人民政府《关于加强数字政府建设的实施方案》 (seed wuzhong-2023-shishi-fangan.txt, lines 2 and 6); the draft cites it as 《关于加快推进数字政府建设的实施方案》 — 加快推进 for 加强 is a wrong title')
E('deadline-later-than-baseline','8．推进适老化和无障碍改造。','2025年6月底前',
  'task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设…) has 完成时限 2024年; the draft gives 2025年6月底前, later than the region')
E('deadline-invalid','5．规范电子公文管理。','2023年10月底前',
  'a 完成时限 before the year the plan is issued (印发 2024年3月15日, planYear 2024); it is not a copied regional deadline: the matching task 40 (强化政府部门电子公文管理职责…电子公文档案数据共享利用长效机制) has 完成时限 2024年')
E('unknown-unit','3．整合非涉密业务专网。','自治区政府办公厅',
  'a regional body named as 牵头单位 of a county task: the county measure (county side of task 50, whose regional 牵头 is 自治区政府办公厅, 完成时限 2024年) needs a county lead such as 县大数据管理服务中心; 自治区政府办公厅 is not a unit the county plan can assign')
# garbled text is on the line after the heading
n=ln('宣传鏁板瓧鏀垮簻建设'); expect.append({'rule':'garbled-text','line':n,'text':'鏁板瓧鏀垮簻','why':'UTF-8 bytes of 数字政府 read as GBK (mojibake) inside 宣传…建设政策措施和进展成效'})

mnf=[]
def M(rule,anchor,why,text=None,**kw):
    n=ln(anchor)
    if text is not None: chk(n,text)
    d={'rule':rule,'line':n}
    if text is not None: d['text']=text
    d['why']=why; d.update(kw); mnf.append(d)

D='deadline-later-than-baseline'
# goals
M(D,'到2024年底，县级非涉密','local 2024 goal: its items match task 43 (2024年建成，持续推进), task 105 (2024年) and task 106 (2025年) — equal or earlier; the region has no later-dated goal for these','2024年底')
M(D,'到2025年，全县数字政府建设','equal to the region 主要目标 “到2025年…体系框架全面成型” and the 吴忠 plan “到2025年，全市…“1347”体系框架全面成型”','2025年')
M(D,'到2035年，与政府治理能力','equal to the region and 吴忠 2035 goal','2035年')
eq=[ # (anchor, text, task, regional deadline, relation)
('1．调整充实领导小组。','2024年4月底前',64,'2025年','earlier'),
('2．配齐基层数字化力量。','2024年6月底前',64,'2025年','earlier'),
('3．理清部门数字化职责。','2024年12月底前',20,'2024年','equal'),
('1．推动特色产业上云用数。','2024年12月底前',2,'2023年启动，2024年取得明显成效','equal'),
('2．建设智慧园区。','2025年6月底前',3,'持续推进，2025年取得明显成效','earlier'),
('7．健全数字经济治理。','2025年12月底前',5,'持续推进，2025年取得明显成效','equal'),
('1．推进教育数字化。','2025年12月底前',7,'2023年形成试点经验，2025年取得明显成效','equal'),
('2．深化“互联网+医疗健康”。','2025年6月底前',8,'持续推进，2025年取得明显成效','earlier'),
('4．推动公共服务数字化。','2025年12月底前',6,'持续推进，2025年取得明显成效','equal'),
('8．建设智慧县城。','2025年6月底前',9,'持续推进，2025年取得明显成效','earlier'),
('9．推进数字乡村建设。','2025年12月底前',10,'持续推进，2025年取得明显成效','equal'),
('11．推动“数字供销”建设。','2025年12月底前',11,'2023年完成主要建设任务，2025年取得明显成效 (the completing milestone is 2025)','equal'),
('1．参与数据要素市场培育。','2025年12月底前',12,'2025年','equal'),
('2．规范数据交易行为。','2024年12月底前',13,'2024年','equal'),
('1．健全安全技术保障体系。','2023年形成机制，长期坚持',18,'2023年形成机制，长期坚持','copied verbatim, equal'),
('4．规范数据调用管理。','2024年9月底前',16,'2024年','earlier'),
('5．做好重要数据备份。','2024年12月底前',44,'2024年','equal'),
('1．推动行政权力事项网上运行。','2024年9月底前',21,'2024年','earlier'),
('2．强化审管协同。','2025年6月底前',22,'2025年','earlier'),
('3．建立数字资源“一本账”。','2024年12月底前',23,'2024年','equal'),
('4．清理完善制度规范。','2024年12月底前',26,'2024年','equal'),
('5．落实标准规范。','2024年12月底前',27,'2024年','equal'),
('7．开展试点示范。','2025年12月底前',28,'2023年启动，2025年取得明显成效','equal'),
('1．推动数据向全区体系汇聚。','2024年12月底前',34,'2024年 (task 33 also 2024年)','equal'),
('3．扩大数据共享范围。','2024年12月底前',38,'2024年','equal'),
('4．建设县级主题数据仓。','2024年12月底前',39,'2024年','equal'),
('6．有序开放公共数据。','2024年10月底前',41,'2024年','earlier'),
('7．促进公共数据融合应用。','2024年12月底前',42,'2024年','equal'),
('1．用好政务云资源。','2024年12月底前',43,'2024年建成，持续推进 (task 46 also 2024年)','equal'),
('2．提升电子政务外网支撑能力。','2024年11月底前',47,'2024年 (task 48 also 2024年)','earlier'),
('4．融入全区“视频一张网”。','2025年12月底前',49,'2025年','equal'),
('5．推广电子证照应用。','2025年6月底前',52,'2025年','earlier'),
('6．推广电子印章和电子签名。','2024年12月底前',53,'2024年','equal'),
('7．推进电子文件归档。','2024年12月底前',54,'2024年','equal'),
('8．推广公共支付和电子票据。','2024年12月底前',55,'2024年','equal'),
('9．推进非税收入收缴电子化。','2025年6月底前',56,'2025年','earlier'),
('10．完善信用信息共享。','2024年12月底前',57,'2024年','equal'),
('11．共享地理信息资源。','2024年12月底前',58,'2024年','equal'),
('12．清理整合政务平台。','2024年12月底前',59,'2025年','earlier'),
('1．强化经济运行监测。','2024年12月底前',66,'2025年','earlier'),
('2．汇聚经济运行数据。','2024年12月底前',65,'2024年','equal'),
('4．推进预算管理一体化。','2024年12月底前',110,'2024年','equal'),
('1．实施信用风险分类监管。','2024年12月底前',70,'2024年','equal'),
('2．推进重点领域追溯监管。','2024年12月底前',71,'2024年','equal'),
('3．提高监管数据质量。','2024年9月底前',73,'2024年','earlier'),
('4．推行非现场监管。','2024年12月底前',74,'2024年','equal'),
('5．加强新业态监管。','2024年12月底前',75,'2024年','equal'),
('1．推进矛盾纠纷多元化解。','2024年12月底前',77,'2024年','equal'),
('2．推进公安信息化整合。','2024年12月底前',78,'2024年','equal'),
('3．持续推进“雪亮工程”。','2024年12月底前',79,'2024年','equal'),
('4．建设“智慧应急”。','2024年12月底前',80,'2024年','equal'),
('5．建设县级指挥调度中心。','2025年6月底前',81,'2025年','earlier'),
('6．实施“互联网+基层治理”。','2025年6月底前',83,'2025年','earlier'),
('1．推进政务服务线上线下融合。','2024年12月底前',84,'2024年','equal'),
('2．优化涉企服务。','2024年10月底前',89,'2024年','earlier'),
('3．做强“我的宁夏”盐池专区。','2024年12月底前',86,'2024年','equal'),
('4．提升12345热线服务质效。','2025年12月底前',87,'2023年启动，2025年完成','equal'),
('5．深化“证照分离”改革。','2024年12月底前',88,'2024年','equal'),
('6．推动公共场馆数字化。','2024年12月底前',90,'2024年','equal'),
('7．探索“多卡合一”“多码合一”。','2025年12月底前',92,'2025年','equal'),
('1．共享生态环境数据。','2024年12月底前',94,'2024年','equal'),
('2．加强生态环境数据开发利用。','2024年12月底前',95,'2025年','earlier'),
('3．推进数字治水。','2025年12月底前',96,'2025年','equal'),
('4．应用国土空间“一张图”。','2024年12月底前',97,'2024年','equal'),
('5．应用“智慧林草”平台。','2024年12月底前',98,'2024年','equal'),
('6．参与资源要素市场化交易。','2025年12月底前',100,'2025年','equal'),
('7．探索碳汇价值实现。','2025年12月底前',101,'2025年','equal'),
('8．推动绿色低碳转型。','2025年12月底前',102,'2025年','equal'),
('1．推进机关公务协同办理。','2024年6月底前',104,'2024年','earlier'),
('2．推广“宁政通”移动办公。','2024年12月底前',105,'2024年','equal'),
('3．为基层填表报数减负。','2025年6月底前',106,'2025年','earlier'),
('4．整合视频会议资源。','2025年12月底前',107,'2025年','equal'),
('5．推进公共资源交易全流程电子化。','2024年12月底前',108,'长期推进，2024年取得明显成效','equal'),
('7．配合推进“互联网+督查”。','2024年12月底前',109,'2024年','equal'),
('8．提升机关事务管理数字化水平。','2024年12月底前',111,'2025年','earlier'),
('9．建设县级决策“一张图”。','2024年12月底前',103,'2024年','equal'),
('1．完善政务公开平台。','2024年12月底前',112,'2024年','equal'),
('2．推动政策“一库通查”。','2024年12月底前',113,'2024年','equal'),
('3．建设政务新媒体矩阵。','2024年9月底前',114,'2024年','earlier'),
('4．做好舆情回应。','2024年6月底前',114,'2024年','earlier'),
('5．畅通政民互动渠道。','2024年12月底前',115,'2024年','equal'),
('7．推进基层政务公开标准化规范化。','2024年12月底前',112,'2024年','equal'),
('坚持党对数字政府建设的全面领导，县委','2023年完成并长期坚持',116,'2023年完成并长期坚持','copied verbatim, equal'),
('依托宁夏干部教育培训网络学院和县委党校','2023年完成并长期坚持',118,'2023年完成并长期坚持','copied verbatim, equal'),
('每年制定全县数字政府建设工作要点','长期坚持',121,'长期坚持','equal'),
]
extra={64:' (the region\'s 2023 goal on the 五个一 organisation concerns 自治区本级 only; the county task is 64)',
 23:' (not the region\'s 2023 goal 平台“家底”全面理清, which is an inventory; this is the 一本账 management system of task 23)',
 59:' (consolidating platforms is task 59, not the 2023 goal of taking stock of the 家底)'}
for a,t,task,rd,rel in eq:
    M(D,a,f'{rel}: task {task} 完成时限 {rd}; draft {t}'+extra.get(task,''),t)
M(D,'3．引入第三方评估。','no regional task is about a third-party evaluation of the county plan (task 124 is 督促检查和经验交流/容错奖惩 and task 121 is annual 工作要点/考核指标); 2025年10月底前 is within the plan period and later than nothing','2025年10月底前')
M(D,'2．加强等级保护和安全检查。','等级保护测评整改 has no regional task row; task 17 (2023年) is about establishing 分类分级保护/风险评估/检测认证 rules and 监测预警/密码应用安全性评估 mechanisms, a different measure','2024年11月底前')
M(D,'10．完善人防信息网络。','no regional task row for 人防 networks (人防办 only appears as a 配合 unit of task 80, whose content is 智慧应急); in any case 2024年12月底前 is not later than task 80 (2024年)','2024年12月底前')
M(D,'1．建立常态化调度机制。','the office\'s own scheduling mechanism, ongoing (长期坚持); nearest regional task 124 is itself 2023年形成机制，长期坚持','长期坚持')
M(D,'（二）全面推进阶段（2024年5月—2025年6月）','an implementation phase of the plan, not a task deadline','2025年6月')
M(D,'（三）总结提升阶段（2025年7月—12月）','an implementation phase (summing-up) inside the plan period, not a task deadline','2025年7月—12月')
M(D,'各牵头单位于每季度最后一个月20日前','the office\'s own reporting dates (quarterly progress, the 2024 annual summary due 2025年1月10日前, evaluations in 2024年7月/12月), not task deadlines','2025年1月10日前')

I='deadline-invalid'
M(I,'2024年3月15日','the issue date of the notice, not a deadline','2024年3月15日')
M(I,'（三）工作基础。2020年','past years in the background (2020 要点, 2022, 2023年底 coverage) describe work already done, not deadlines','2023年底')
M(I,'2023年，我县已明确各部门','background: what was done in 2023 (tasks 14/15, both 2023年), not a deadline','2023年')
M(I,'2023年，县直各部门（单位）已明确数据管理机构','background: what was done in 2023 (tasks 30/32, both 2023年), not a deadline','2023年')
M(I,'1．健全安全技术保障体系。','a copied regional deadline lying before the plan year: task 18 完成时限 is exactly 2023年形成机制，长期坚持','2023年形成机制，长期坚持')
M(I,'坚持党对数字政府建设的全面领导，县委','a copied regional deadline lying before the plan year: task 116 完成时限 is exactly 2023年完成并长期坚持','2023年完成并长期坚持')
M(I,'依托宁夏干部教育培训网络学院和县委党校','a copied regional deadline lying before the plan year: task 118 完成时限 is exactly 2023年完成并长期坚持','2023年完成并长期坚持')
M(I,'本方案实施期为2024年至2025年','the plan period, not an impossible date','2024年至2025年')
M(I,'（一）动员部署阶段（2024年3月—4月）','a phase of the plan in its own year','2024年3月—4月')

U='unknown-unit'
M(U,'各乡镇人民政府，县直各部门（单位）：','collective addressees (各乡镇人民政府, 县直各部门（单位）)','县直各部门（单位）')
M(U,'2．配齐基层数字化力量。','collectives 各乡镇人民政府 and 县直各部门（单位） as 配合单位','各乡镇人民政府')
M(U,'3．借助外部智力支撑。','数字宁夏建设专家咨询委员会 is the region\'s own advisory body doing the region\'s work (task 63), mentioned in the text, not assigned; 县科技局 and 县大数据中心 are short names listed in units.txt','数字宁夏建设专家咨询委员会')
M(U,'4．建立联络员制度。','collective: 县数字政府建设领导小组各成员单位','县数字政府建设领导小组各成员单位')
M(U,'2．推动乡村两级应用下沉。','collective 各乡镇人民政府 as 牵头单位 is a collective subject, not an unknown unit','各乡镇人民政府')
M(U,'2．建设智慧园区。','吴忠市生态环境局盐池分局 and 盐池工业园区管委会 are in units.txt','吴忠市生态环境局盐池分局')
M(U,'7．健全数字经济治理。','自治区市场监管厅、公安厅 are regional bodies doing the region\'s work (task 5 leads) that the county supports; the county lead is 县市场监督管理局','自治区市场监管厅')
M(U,'11．推动“数字供销”建设。','自治区供销社 leads the region\'s task 11; the county cooperates (配合自治区供销社…) with its own lead 县供销合作社联合社','自治区供销社')
M(U,'1．参与数据要素市场培育。','自治区发展改革委 leads the region\'s task 12; mentioned as the body the county supports','自治区发展改革委')
M(U,'2．规范数据交易行为。','县发改局 and 县市场监管局 are short names listed in units.txt','县发改局')
M(U,'1．推动数据向全区体系汇聚。','自治区政府办公厅 is named here as the builder of the regional 政务数据平台 (task 29, the region\'s own work), not as lead of a county task','自治区政府办公厅')
M(U,'2．推动数据按需回流。','市大数据管理服务局 is the city body in units.txt (上级业务指导单位); 县大数据中心 is a short name','市大数据管理服务局')
M(U,'3．扩大数据共享范围。','县人民法院、县人民检察院 are short names of 盐池县人民法院/盐池县人民检察院 in units.txt','县人民检察院')
M(U,'4．融入全区“视频一张网”。','自治区党委政法委 leads the region\'s task 49 (全区统一的视频共享平台); the county lead is 县委政法委','自治区党委政法委')
M(U,'6．推广电子印章和电子签名。','国家税务总局盐池县税务局 is in units.txt; 县审批局/县市场监管局 are short names','国家税务总局盐池县税务局')
M(U,'2．推进公安信息化整合。','自治区公安大数据中心 is a regional facility (task 78), not a responsible unit','自治区公安大数据中心')
M(U,'4．建设“智慧应急”。','县林草局 and 县气象局 are short names in units.txt','县气象局')
M(U,'6．实施“互联网+基层治理”。','collectives 各乡镇人民政府、各村（社区） as 配合单位','各村（社区）')
M(U,'6．推动公共场馆数字化。','县图书馆、文化馆、博物馆、档案馆 are the venues being digitised (objects of the sentence), not responsible units','县图书馆')
M(U,'3．推进数字治水。','自治区水利厅 builds the region\'s 数字孪生流域 platform (task 96 lead); the county lead is 县水务局','自治区水利厅')
M(U,'6．参与资源要素市场化交易。','自治区公共资源交易管理局 built the regional trading platform (task 100 lead); the county lead is 县公共资源交易中心','自治区公共资源交易管理局')
M(U,'7．推进基层政务公开标准化规范化。','collective 各乡镇人民政府 as 牵头单位','各乡镇人民政府')
M(U,'坚持党对数字政府建设的全面领导，县委','县委 is the short name of 中共盐池县委员会 in units.txt','县委')

B='basis-mismatch'
M(B,'盐政办发〔2024〕11号','the draft\'s own 文号, not a cited basis document','盐政办发〔2024〕11号')
M(B,'（三）工作基础。2020年','retrospective mention of the superseded 2020 要点 (宁政办发〔2020〕14号, title and number match) in the background, not cited as a basis','宁政办发〔2020〕14号')

G='garbled-text'
M(G,'7．开展试点示范。','“1—2个” uses an em dash, not damage','1—2个')
M(G,'2．提升电子政务外网支撑能力。','IPv6 is Latin text, not damage','IPv6')

P='missing-pillar'
pil=[('数字经济','（一）以数字化赋能特色产业'),('数字社会','（二）以数字化改善民生服务'),('数字生态','（三）以数字化营造良好发展生态'),
('安全保障','（一）守牢网络和数据安全底线'),('制度规则','（二）健全制度机制和标准规范'),('数据资源','（三）盘活用好政务数据'),('平台支撑','（四）集约建设共性基础设施'),
('五个一','（一）健全统筹推进机构'),('六级贯通','（二）理顺县乡村三级职责'),
('经济调节','（一）经济运行研判更精准'),('市场监管','（二）监管执法更智慧'),('社会管理','（三）基层治理更精细'),('公共服务','（四）办事服务更便捷'),
('生态环境保护','（五）生态保护更科学'),('政务运行','（六）机关运行更高效'),('政务公开','（七）政策信息公开更透明'),
('组织领导','（一）压实工作责任'),('财政投入','（二）强化资金保障'),('数字素养','（三）提高干部数字化能力'),('考核评价','（四）严格考核评估')]
for name,anchor in pil:
    n=ln(anchor)
    mnf.append({'rule':P,'line':n,'pillar':name,'why':f'present under the office\'s own heading “{L[n-1]}” and the measures that follow it'})

covers_src=[(2,'1．推动特色产业上云用数。'),(3,'2．建设智慧园区。'),(5,'7．健全数字经济治理。'),(6,'4．推动公共服务数字化。'),(7,'1．推进教育数字化。'),
(8,'2．深化“互联网+医疗健康”。'),(9,'8．建设智慧县城。'),(10,'9．推进数字乡村建设。'),(11,'11．推动“数字供销”建设。'),(12,'1．参与数据要素市场培育。'),
(13,'2．规范数据交易行为。'),(16,'4．规范数据调用管理。'),(18,'1．健全安全技术保障体系。'),(20,'3．理清部门数字化职责。'),(21,'1．推动行政权力事项网上运行。'),(22,'2．强化审管协同。'),
(23,'3．建立数字资源“一本账”。'),(25,'统筹现有资金渠道，将数字政府建设'),(26,'4．清理完善制度规范。'),(27,'5．落实标准规范。'),(28,'7．开展试点示范。'),
(33,'1．推动数据向全区体系汇聚。'),(34,'1．推动数据向全区体系汇聚。'),(38,'3．扩大数据共享范围。'),(39,'4．建设县级主题数据仓。'),(40,'5．规范电子公文管理。'),
(41,'6．有序开放公共数据。'),(42,'7．促进公共数据融合应用。'),(43,'1．用好政务云资源。'),(44,'5．做好重要数据备份。'),(46,'1．用好政务云资源。'),(47,'2．提升电子政务外网支撑能力。'),
(48,'2．提升电子政务外网支撑能力。'),(49,'4．融入全区“视频一张网”。'),(50,'3．整合非涉密业务专网。'),(52,'5．推广电子证照应用。'),(53,'6．推广电子印章和电子签名。'),
(54,'7．推进电子文件归档。'),(55,'8．推广公共支付和电子票据。'),(56,'9．推进非税收入收缴电子化。'),(57,'10．完善信用信息共享。'),(58,'11．共享地理信息资源。'),
(59,'12．清理整合政务平台。'),(64,'1．调整充实领导小组。'),(65,'2．汇聚经济运行数据。'),(66,'1．强化经济运行监测。'),(70,'1．实施信用风险分类监管。'),(71,'2．推进重点领域追溯监管。'),
(73,'3．提高监管数据质量。'),(74,'4．推行非现场监管。'),(75,'5．加强新业态监管。'),(77,'1．推进矛盾纠纷多元化解。'),(78,'2．推进公安信息化整合。'),(79,'3．持续推进“雪亮工程”。'),
(80,'4．建设“智慧应急”。'),(81,'5．建设县级指挥调度中心。'),(83,'6．实施“互联网+基层治理”。'),(84,'1．推进政务服务线上线下融合。'),(86,'3．做强“我的宁夏”盐池专区。'),
(87,'4．提升12345热线服务质效。'),(88,'5．深化“证照分离”改革。'),(89,'2．优化涉企服务。'),(90,'6．推动公共场馆数字化。'),(92,'7．探索“多卡合一”“多码合一”。'),
(93,'8．推进适老化和无障碍改造。'),(94,'1．共享生态环境数据。'),(95,'2．加强生态环境数据开发利用。'),(96,'3．推进数字治水。'),(97,'4．应用国土空间“一张图”。'),
(98,'5．应用“智慧林草”平台。'),(100,'6．参与资源要素市场化交易。'),(101,'7．探索碳汇价值实现。'),(102,'8．推动绿色低碳转型。'),(103,'9．建设县级决策“一张图”。'),
(104,'1．推进机关公务协同办理。'),(105,'2．推广“宁政通”移动办公。'),(106,'3．为基层填表报数减负。'),(107,'4．整合视频会议资源。'),(108,'5．推进公共资源交易全流程电子化。'),
(109,'7．配合推进“互联网+督查”。'),(110,'4．推进预算管理一体化。'),(111,'8．提升机关事务管理数字化水平。'),(112,'1．完善政务公开平台。'),(113,'2．推动政策“一库通查”。'),
(114,'3．建设政务新媒体矩阵。'),(115,'5．畅通政民互动渠道。'),(116,'坚持党对数字政府建设的全面领导，县委'),(118,'依托宁夏干部教育培训网络学院和县委党校'),
(121,'每年制定全县数字政府建设工作要点'),(122,'将数字政府建设纳入县对乡镇和县直部门效能目标管理考核'),(123,'将数字政府建设纳入县对乡镇和县直部门效能目标管理考核'),(124,'将数字政府建设纳入县对乡镇和县直部门效能目标管理考核')]
covers=[{'task':t,'line':ln(a)} for t,a in covers_src]

# sanity: no mustNotFlag with same rule and line as an expect entry
ex={(e['rule'],e['line']) for e in expect}
for m in mnf:
    assert (m['rule'],m['line']) not in ex, m

key={
 'writer':'blind writer, round 623; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written':'2026-12-07',
 'draft':'draft.txt',
 'baseline':'ningxia-2023',
 'build':None,
 'parents':['wuzhong'],
 'units':'units.txt',
 'planYear':2024,
 'expect':expect,
 'mustNotFlag':mnf,
 'covers':covers,
 'notes':('盐池县 2024 实施方案 (印发 2024-03-15), 223 lines, no table; every measure carries （牵头单位：…；配合单位：…；完成时限：…）. '
  'Framework pillars appear under the office\'s own headings (二 = 五个一/六级贯通; 三 = 三个驱动; 四 = 四个支撑; 五 = 七个能力 with headings like 监管执法更智慧; 七、保障措施 = 党的领导 items). '
  'Five planted mistakes only. Tasks whose regional deadline is 2023 (14, 15, 17, 30, 31, 32, 36, 51, 68, 72, 85 …) were deliberately not given new 2024 dates: the county reports them as done in 2023 in background lines (78, 95) or copies the regional 完成时限 verbatim (tasks 18, 116, 118); a checker may report some of them as task-uncovered (information only). '
  'Line 9 also holds three correct citations (国发〔2022〕14号, 宁政发〔2023〕17号, 宁政办发〔2023〕11号 for 《数字宁夏“1244+N”行动计划实施方案》 as cited by the 吴忠 plan); only the 吴忠 title is wrong. '
  'Line 108 also holds 县大数据中心 (short name, in units.txt) and a deadline equal to task 50 (2024年); only 自治区政府办公厅 as 牵头单位 is wrong. '
  'Line 158 also names 县残联 (short name in units.txt). Line 100 is earlier than task 40, so it is not late, only invalid.')
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(covers))
