# Builds key.json and checks every line number/text against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
GARB = '提升政务数据共享交换效率'.encode('utf-8').decode('gbk')

def ln(needle, nth=0):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    assert hits, needle
    return hits[nth]

def at(text, line):
    assert text in L[line - 1], (text, line)
    return line

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "the 实施意见 titled 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document, not a 政府办公厅 one); 宁政办发 is the wrong 文号"},
    {"rule": "deadline-later-than-baseline", "line": ln('23.提升电子政务外网支撑能力'), "text": "2025年6月底前",
     "why": "task 47 (电子政务外网升级改造，骨干网扩容) 完成时限 2024年 and task 48 (城域网升级改造，区市县乡村5级全覆盖，按需向企事业单位拓展; 各市、县（区）具体负责) 完成时限 2024年; the city pushes it to mid-2025"},
    {"rule": "deadline-later-than-baseline", "line": ln('40.做强“我的宁夏”吴忠专区'), "text": "2025年3月底前",
     "why": "task 86 (迭代升级“我的宁夏”政务APP，各地各部门服务“应上尽上”; 各市、县（区）配合) 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": ln('43.推进公共场馆数字化'), "text": "2024年6月31日",
     "why": "June has 30 days: 6月31日 is an impossible date (the task itself, task 90 公共场馆数字化转型, is due 2024年, so the year is fine)"},
    {"rule": "unknown-unit", "line": ln('48.强化辅助决策能力'), "text": "市数据局",
     "why": "not in the 吴忠 registry; the city's body is 市大数据管理服务局 (short name 市大数据局), named correctly everywhere else in the draft; 市数据局 is a slip after the national 数据局 reform"},
    {"rule": "garbled-text", "line": ln(GARB), "text": GARB[:8],
     "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 提升政务数据共享交换效率"},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责, 2024年) appears nowhere in the draft"},
]

D = []  # deadline near misses: (line, text, why)
def dl(line, text, why, rule="deadline-later-than-baseline"):
    D.append({"rule": rule, "line": at(text, line), "text": text, "why": why})

dl(ln('1.健全组织机构'), '2024年6月底前', 'task 64 (各地各部门参照自治区做法成立相应组织机构; 各市、县（区）负责) 完成时限 2025年: earlier, fine')
dl(ln('2.厘清层级职责'), '2024年12月底前', 'no task row: 实施意见 四（二） 厘清层级职责 has no 完成时限; the only related date is the 2025 framework goal, so earlier')
dl(ln('3.完善工作机制'), '长期坚持', 'task 121 (每年度制定数字政府工作要点和考核指标体系，常态化考核) 完成时限 长期坚持: equal')
dl(ln('4.推动“六新”产业数字化转型'), '2024年12月底前', 'task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: earlier')
dl(ln('5.推进企业上云用数'), '2024年12月底前', 'task 2 (产业云与政务云互联互通，汇聚企业数据) 完成时限 2023年启动，2024年取得明显成效: equal')
dl(ln('6.完善数字经济治理体系'), '2024年12月底前', 'task 5 (政企协同、社会共治的监管治理机制，以网管网、以算法对算法) 完成时限 持续推进，2025年取得明显成效; also near task 75 (以网管网，平台经济) 2024年: equal or earlier')
dl(ln('7.加快智慧城市建设'), '2025年取得明显成效', 'task 9 (智慧城市、城市运行管理服务平台、一网统管、CIM; 各地级市牵头) 完成时限 持续推进，2025年取得明显成效: the same completing milestone, equal')
dl(ln('8.深化数字普惠应用'), '2024年12月底前', 'tasks 6 and 8 完成时限 持续推进，2025年取得明显成效; task 7 (国家智慧教育平台整省试点) 2023年形成试点经验，2025年取得明显成效: earlier than the completing milestone 2025')
dl(ln('9.推进数字乡村建设'), '2024年11月底前', 'task 10 (数字乡村) 持续推进，2025年取得明显成效; task 11 (“数字供销”示范区) 2023年完成主要建设任务，2025年取得明显成效: earlier than the completing milestone 2025')
dl(ln('10.培育数据要素市场'), '2024年12月底前', 'task 12 (培育数据要素市场，数据交易平台) 2025年: earlier; task 13 (数据交易市场准入、公平竞争审查制度) 2024年: equal')
dl(ln('11.营造清朗网络生态'), '2024年12月底前', 'no task row: 实施意见 二（三） 网络综合治理 sentence has no 完成时限')
dl(ln('12.开展数据安全防护能力评估'), '2024年9月底前', 'task 16 (数据安全防护能力评估指标体系) 2024年: earlier')
dl(ln('13.提高自主可控水平'), '2024年12月底前', 'task 19 (政务信创云) 2023年启动，2024年建成; task 43 (政务云向信创云过渡) 2024年建成，持续推进; task 46 (政务信息系统有序迁移) 2024年: equal')
dl(ln('14.深化审管协同'), '2024年12月底前', 'task 21 (行政权力事项网上运行) 2024年: equal; task 22 (审管协同，各地级市具体负责) 2025年: earlier')
dl(ln('15.落实数字资源“一本账”管理'), '2024年6月底前', 'task 23 (一体化数字资源管理系统，“一本账”，“一屏掌握”) 2024年: earlier')
dl(ln('16.开展标准化和试点示范'), '2024年12月底前', 'task 28 (试点示范) 2023年启动，2025年取得明显成效: earlier; task 27 (标准化) 2024年: equal')
dl(ln('17.完善基础库和主题库'), '2024年10月底前', 'task 33 (基础数据资源库) 2024年 and task 34 (主题数据库) 2024年: earlier')
dl(ln('18.深化数据实时交换'), '2024年12月底前', 'task 37 (政务数据实时交换系统，分钟级共享，数据供应链; 各地级市具体负责) 2024年: equal')
dl(ln('19.建设“一应用一数仓”'), '2024年12月底前', 'task 39 (“一应用一数仓”政务数据仓库) 2024年: equal')
dl(ln('20.推进公共数据开放利用'), '2024年11月底前', 'task 41 (公共数据开放目录，分类分级开放) 2024年 and task 42 (公共数据与政务数据融合) 2024年: earlier')
dl(ln('21.规范电子公文和电子档案管理'), '2024年12月底前', 'task 40 (电子公文档案数据共享利用长效机制) 2024年 and task 54 (电子文件归档，无纸化办公) 2024年: equal')
dl(ln('22.统一行业云管理'), '2024年12月底前', 'task 45 (行业云纳入一体化政务云统一管理; 各地级市具体负责) 2024年 and task 46 (云资源统一调度) 2024年: equal')
dl(ln('24.整合全市视频资源'), '2024年12月底前', 'task 49 (全区统一视频共享平台) 2025年: earlier')
dl(ln('24.整合全市视频资源'), '2025年', 'the sentence quotes the region’s own date for task 49 (2025年); it is the regional deadline restated, not the city’s, and equal anyway')
dl(ln('25.加强共性应用支撑'), '2024年12月底前', 'task 52 (电子证照社会化高频场景) 2025年: earlier; task 53 (电子营业执照和企业电子印章同步制发) 2024年: equal')
dl(ln('26.推进财政电子票据和非税收入电子化'), '2024年12月底前', 'task 55 (统一公共支付平台及电子票据) 2024年: equal; task 56 (非税收入收缴电子化全覆盖) 2025年: earlier')
dl(ln('27.提升信用信息服务能力'), '2024年9月底前', 'task 57 (信用信息公共服务平台) 2024年: earlier')
dl(ln('28.推动地理信息共建共享'), '2024年12月底前', 'task 58 (地理信息共建共享，“底板底图”) 2024年: equal')
dl(ln('29.汇聚经济社会运行数据'), '2024年10月底前', 'task 65 (经济治理基础数据库) 2024年: earlier')
dl(ln('30.加强经济运行监测分析'), '2024年12月底前', 'task 66 (宁夏经济运行大数据平台) 2025年: earlier')
dl(ln('31.推进信用风险分类监管'), '2024年12月底前', 'task 70 (企业信用风险分类管理，“双随机、一公开”差异化监管) 2024年: equal')
dl(ln('32.加强重点领域追溯监管'), '2024年12月底前', 'task 71 (重点领域全链条数字化追溯监管) 2024年: equal')
dl(ln('33.提升监管智能化水平'), '2024年11月底前', 'task 74 (“屏、端、仪”，远程监管、移动监管) 2024年: earlier')
dl(ln('34.深化矛盾纠纷多元化解'), '2024年12月底前', 'task 77 (矛盾纠纷多元化解信息系统) 2024年: equal')
dl(ln('35.推进公安信息化整合'), '2024年12月底前', 'task 78 (公安信息化系统整合优化，公安大数据中心) 2024年: equal')
dl(ln('36.持续推进“雪亮工程”'), '2024年11月底前', 'task 79 (“雪亮工程”) 2024年: earlier')
dl(ln('37.加快“智慧应急”建设'), '2024年12月底前', 'task 80 (“智慧应急”，风险监测预警、闭环管控) 2024年: equal')
dl(ln('38.提升基层智慧治理能力'), '2024年12月底前', 'task 83 (“互联网+基层治理”，新型基层管理服务平台) 2025年: earlier')
dl(ln('39.提升“一网通办”水平'), '2024年12月底前', 'task 84 (一体化政务服务体系，扩能升级“互联网+政务服务”系统) 2024年: equal')
dl(ln('41.打造政务热线“总客服”'), '2024年9月底前', 'task 87 (12345热线“一呼即应”，智能交互) 2023年启动，2025年完成: earlier')
dl(ln('42.优化涉企服务'), '2024年6月底前', 'task 89 (企业专属网页，惠企政策精准推送) 2024年 and task 88 (“一业一证”) 2024年: earlier')
dl(ln('44.加强生态环境数字化监测'), '2024年12月底前', 'task 94 (生态环境数据资源中心、数据交换体系) 2024年: equal; task 95 (大气、水、土壤数据综合开发利用) 2025年: earlier')
dl(ln('45.推进“互联网+城乡供水”建设'), '2024年12月底前', 'task 96 (“互联网+城乡供水”，全域水联网) 2025年: earlier')
dl(ln('46.推广“智慧林草”应用'), '2024年12月底前', 'task 98 (“智慧林草”云平台) 2024年: equal')
dl(ln('47.推动碳排放监测核算'), '2024年12月底前', 'task 101 (碳排放智能监测和动态核算体系) 2025年: earlier')
dl(ln('48.强化辅助决策能力'), '2024年12月底前', 'task 103 (大数据辅助科学决策) 2024年: equal')
dl(ln('49.提升协同办公水平'), '2024年9月底前', 'task 104 (协同办公平台) 2024年 and task 105 (“宁政通”总门户) 2024年: earlier')
dl(ln('50.推动基层减负'), '2024年11月底前', 'task 106 (依托“宁政通”的统一填表报数系统) 2025年: earlier')
dl(ln('51.整合视频会议资源'), '2024年12月底前', 'task 107 (非涉密视频会议系统资源整合) 2025年: earlier')
dl(ln('52.推进机关事务管理数字化'), '2024年12月底前', 'task 111 (机关事务管理信息系统整合) 2025年: earlier')
dl(ln('53.建设政策文件库'), '2024年10月底前', 'task 113 (政策文件数据库，“一库通查”) 2024年: earlier')
dl(ln('54.构建政务新媒体矩阵'), '2024年12月底前', 'task 114 (政务新媒体矩阵) 2024年: equal')
dl(ln('55.畅通政民互动渠道'), '2024年12月底前', 'task 115 (以12345为枢纽的政民互动，政府信息知识库) 2024年: equal')
g = ln('到2024年底，全市数字政府工作体制')
dl(g, '到2024年底', '2024 goal of the 主要目标 kind (工作体制进一步健全，管理机制更加成熟，履职能力持续提升) matches the region’s 2025 goal (工作体制逐步健全、管理机制趋于成熟、履职能力明显提升): earlier')
dl(g, '2025年', '“为2025年…“1347”体系框架全面成型奠定基础” restates the region’s 2025 goal (“34567”体系框架全面成型) for the city framework: equal')
r = ln('2025年1月10日前报送全年工作完成情况')
dl(r, '2025年1月10日前', 'the office’s own reporting date for the year-end summary of these work points, not a task deadline')
dl(r, '每季度末月25日前', 'the office’s own quarterly reporting date, not a task deadline')

N = []
def nf(rule, text, line, why):
    N.append({"rule": rule, "line": at(text, line), "text": text, "why": why})

# deadline-invalid near misses: past dates that are background, not deadlines
b = ln('2023年11月27日')
nf('deadline-invalid', '2023年11月27日', b, 'background: the date the city’s own 2023 plan was issued, not a deadline')
nf('deadline-invalid', '2020年', b, 'background: retrospective mention of the 2020 work points, not a deadline')
nf('deadline-invalid', '2023年', ln('在2023年完成全市数字政府平台“家底”清查的基础上'), 'retrospective: the 2023 stock-taking already done, inside a task whose own 完成时限 is 2024年6月底前')
nf('deadline-invalid', '2024年3月15日', ln('2024年3月15日'), 'the issuing date of the notice itself')
# basis near misses
nf('basis-mismatch', '国发〔2022〕14号', ln('国发〔2022〕14号'), 'correct title and 文号 of the national 指导意见')
nf('basis-mismatch', '吴忠市人民政府《关于加强数字政府建设的实施方案》', ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'), 'the city’s own 2023 plan (2023-11-27, no 文号), cited by title as the basis these annual work points implement; it is the city’s own earlier document, not a higher level, and its title is exact')
nf('basis-mismatch', '宁政办发〔2023〕11号', ln('宁政办发〔2023〕11号'), '《数字宁夏“1244+N”行动计划实施方案》 with 宁政办发〔2023〕11号 exactly as the 吴忠 plan in the seeds cites it')
nf('basis-mismatch', '宁政办发〔2020〕14号', ln('宁政办发〔2020〕14号'), 'retrospective mention of the superseded 2020 work points (correct title and 文号), not cited as a basis')
nf('basis-mismatch', '吴政办发〔2024〕9号', ln('吴政办发〔2024〕9号'), 'the notice’s own 文号, not a cited basis document')
nf('basis-mismatch', '《吴忠市数字政府建设2024年工作要点》', 1, 'the document’s own title in the notice, not a basis citation')
nf('basis-mismatch', '《关于加强数字政府建设的实施方案》', b, 'retrospective mention of the city’s own 2023 plan in the background paragraph')
# unit near misses
def u(text, line, why): nf('unknown-unit', text, line, why)
u('各县（市、区）人民政府', ln('1.健全组织机构'), 'collective subject')
u('各县（市、区）', ln('16.开展标准化和试点示范'), 'collective subject (the counties named as a collective, without 人民政府)')
u('各乡镇（街道）', ln('38.提升基层智慧治理能力'), 'collective subject')
u('市直各部门（单位）', ln('3.完善工作机制'), 'collective subject')
u('市直有关部门', ln('12.开展数据安全防护能力评估'), 'collective subject')
u('市发改委', ln('10.培育数据要素市场'), 'registry alias of 市发展改革委')
u('市工信局', ln('5.推进企业上云用数'), 'registry alias of 市工业和信息化局')
u('市大数据局', ln('19.建设“一应用一数仓”'), 'registry alias of 市大数据管理服务局')
u('市审批局', ln('25.加强共性应用支撑'), 'registry alias of 市审批服务管理局')
u('市人社局', ln('17.完善基础库和主题库'), 'registry alias of 市人力资源社会保障局')
u('市卫健委', ln('17.完善基础库和主题库'), 'registry alias of 市卫生健康委')
u('市应急局', ln('17.完善基础库和主题库'), 'registry alias of 市应急管理局')
u('市住建局', ln('14.深化审管协同'), 'registry alias of 市住房城乡建设局')
u('市文旅局', ln('25.加强共性应用支撑'), 'registry alias of 市文化旅游广电局')
u('市市场监督管理局', ln('31.推进信用风险分类监管'), 'registry alias of 市市场监管局')
u('市政府办公室', ln('49.提升协同办公水平'), 'registry alias of 市人民政府办公室')
u('工业和信息化局', ln('29.汇聚经济社会运行数据'), 'the 市 prefix of 市统计局 distributes: 市工业和信息化局, 市商务局')
u('水务局', ln('44.加强生态环境数字化监测'), 'the 市 prefix of 市自然资源局 distributes: 市水务局')
u('吴忠市税务局', ln('26.推进财政电子票据和非税收入电子化'), 'in the registry (a unit outside the city government proper)')
u('吴忠市消防救援支队', ln('37.加快“智慧应急”建设'), 'in the registry')
u('吴忠市气象局', ln('37.加快“智慧应急”建设'), 'in the registry')
u('太阳山开发区管委会', ln('4.推动“六新”产业数字化转型'), 'in the registry')
u('青铜峡市人民政府', ln('7.加快智慧城市建设'), 'in the registry (a named county-level government)')
u('市委政法委、市公安局', ln('36.持续推进“雪亮工程”'), 'two registry units sharing the lead')
u('自治区', ln('13.提高自主可控水平'), '“配合自治区政务信创云建设” names the region in the task text, not as the lead; the lead is 市大数据管理服务局')
nf('garbled-text', '易办·吴优', ln('易办·吴优'), 'the city service brand written with a middle dot, not damage')
nf('garbled-text', '5G+工业互联网', ln('5G+工业互联网'), 'ordinary mixed Latin, digits and Chinese, not damage')

mustNotFlag = D + N

C = {}
def cv(task, needle):
    C.setdefault(task, ln(needle))
for t, n in [(64,'1.健全组织机构'),(121,'3.完善工作机制'),(3,'4.推动“六新”'),(2,'5.推进企业上云用数'),(5,'6.完善数字经济治理体系'),
             (9,'7.加快智慧城市建设'),(6,'8.深化数字普惠应用'),(7,'8.深化数字普惠应用'),(8,'8.深化数字普惠应用'),(10,'9.推进数字乡村建设'),(11,'9.推进数字乡村建设'),
             (12,'10.培育数据要素市场'),(13,'10.培育数据要素市场'),(16,'12.开展数据安全'),(19,'13.提高自主可控水平'),(43,'13.提高自主可控水平'),
             (21,'14.深化审管协同'),(22,'14.深化审管协同'),(23,'15.落实数字资源'),(28,'16.开展标准化和试点示范'),(33,'17.完善基础库和主题库'),(34,'17.完善基础库和主题库'),
             (37,'18.深化数据实时交换'),(39,'19.建设“一应用一数仓”'),(41,'20.推进公共数据开放利用'),(42,'20.推进公共数据开放利用'),(40,'21.规范电子公文'),(54,'21.规范电子公文'),
             (45,'22.统一行业云管理'),(46,'22.统一行业云管理'),(47,'23.提升电子政务外网'),(48,'23.提升电子政务外网'),(49,'24.整合全市视频资源'),(52,'25.加强共性应用支撑'),(53,'25.加强共性应用支撑'),
             (55,'26.推进财政电子票据'),(56,'26.推进财政电子票据'),(57,'27.提升信用信息'),(58,'28.推动地理信息'),(65,'29.汇聚经济社会运行数据'),(66,'30.加强经济运行监测分析'),
             (70,'31.推进信用风险分类监管'),(71,'32.加强重点领域追溯监管'),(74,'33.提升监管智能化水平'),(77,'34.深化矛盾纠纷'),(78,'35.推进公安信息化整合'),(79,'36.持续推进“雪亮工程”'),
             (80,'37.加快“智慧应急”'),(83,'38.提升基层智慧治理'),(84,'39.提升“一网通办”'),(86,'40.做强“我的宁夏”'),(87,'41.打造政务热线'),(88,'42.优化涉企服务'),(89,'42.优化涉企服务'),
             (90,'43.推进公共场馆数字化'),(94,'44.加强生态环境数字化监测'),(96,'45.推进“互联网+城乡供水”'),(98,'46.推广“智慧林草”'),(101,'47.推动碳排放'),(103,'48.强化辅助决策'),
             (104,'49.提升协同办公水平'),(105,'49.提升协同办公水平'),(106,'50.推动基层减负'),(107,'51.整合视频会议资源'),(111,'52.推进机关事务管理'),(113,'53.建设政策文件库'),
             (114,'54.构建政务新媒体矩阵'),(115,'55.畅通政民互动渠道'),(116,'（一）加强组织领导'),(122,'（二）强化考核评价'),(123,'（二）强化考核评价')]:
    cv(t, n)
covers = [{"task": t, "line": l} for t, l in sorted(C.items())]

key = {
  "writer": "blind writer, round 459; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "wuzhong",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mustNotFlag,
  "covers": covers,
  "notes": ("吴忠市 2024年数字政府建设工作要点 (a 市政府办公室 notice, 吴政办发〔2024〕9号, 2024-03-15), checked against 宁政发〔2023〕17号 only; "
            "no parent plan: the city's own 2023 实施方案 is cited as the document these work points implement, not as a higher level. "
            "Structure follows the city's “1347” framework (一套体系 = 五个一/六级贯通 content). Every numbered point closes with "
            "（牵头单位：…；责任单位：…；完成时限：…）. Deliberately no point takes up a regional task whose 完成时限 is 2023年 alone, "
            "so no 2024 deadline is set against a 2023 regional one. Units come from seeds/units/wuzhong.units.txt.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mustNotFlag), len(covers), len(L))
