# helper kept in the case folder: builds key.json and checks every line/text against draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(anchor):
    hits=[i+1 for i,l in enumerate(L) if anchor in l]
    assert len(hits)==1,(anchor,hits)
    return hits[0]
def chk(line,text):
    assert text in L[line-1],(line,text)
E_=[]; M=[]; C=[]
def exp(rule,anchor,text,why,**kw):
    n=ln(anchor); chk(n,text); E_.append(dict(rule=rule,line=n,text=text,why=why,**kw))
def mnf(rule,anchor,text,why):
    n=ln(anchor)
    if text: chk(n,text)
    d=dict(rule=rule,line=n); 
    if text: d['text']=text
    d['why']=why; M.append(d)
def cov(task,anchor):
    C.append(dict(task=task,line=ln(anchor)))

# ---- planted mistakes ----
exp('deadline-later-than-baseline','5.加快电子政务外网向村级延伸','2025年6月底前',
    '整改 item 5 (城域网升级改造, 电子政务外网县乡村全覆盖) is regional task 48, 完成时限 2024年 (related task 47 also 2024年); 2025年6月 is later')
exp('deadline-later-than-baseline','建设完善县矛盾纠纷多元化解信息平台','2025年底前',
    'remaining-task row 17 (矛盾纠纷多元化解信息系统, 数据交互共享通道, 统一归集、分类转办、督办考核) is regional task 77, 完成时限 2024年; 2025年底 is later')
exp('deadline-invalid','4.完善企业专属网页和惠企政策专栏','9月31日',
    'impossible date: September has 30 days (整改时限 2024年9月31日前); the task itself is regional task 89, 完成时限 2024年, so the year is not late')
exp('unknown-unit','9.提升数据归集质量','县大数据管理服务局',
    'the county has no 大数据管理服务局 (a city-level name copied from the city pattern); not in units.txt')
exp('unknown-unit','6.推进非涉密业务专网整合迁移','自治区政府办公厅',
    'a regional body named as the lead (牵头) of a county 整改 task; the county lead should be 县政府办公室 (regional task 50 is led by the region, but this is a local task)')
exp('basis-mismatch','13.健全工作推进机制','宁政办发〔2023〕17号',
    'the 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (correctly cited on line 5); 宁政办发 is the wrong series')

# ---- near misses ----
mnf('basis-mismatch','隆政督发〔2024〕7号','隆政督发〔2024〕7号','the document\'s own number, not a cited basis document')
mnf('basis-mismatch','为贯彻落实《国务院关于加强','国发〔2022〕14号','national 指导意见 cited with its correct title and 文号')
mnf('basis-mismatch','为贯彻落实《国务院关于加强','宁政发〔2023〕17号','regional 实施意见 cited with its correct title and 文号')
mnf('basis-mismatch','为贯彻落实《国务院关于加强','隆德县加强数字政府建设实施方案','the county\'s own 实施方案 being inspected (no 文号 given); title uses 加强 and 实施方案, not a higher-level basis')
mnf('basis-mismatch','（一）工作体系逐步健全','宁政办发〔2020〕14号','retrospective mention of the 2020 工作要点 as background (correct title and 文号), not the current basis')
mnf('deadline-invalid','为贯彻落实《国务院关于加强','2024年4月15日','the inspection\'s own dates, not a deadline')
mnf('deadline-invalid','（一）工作体系逐步健全','2023年12月','background: date the county plan was issued / leading group adjusted (past dates)')
mnf('deadline-invalid','（一）部分任务逾期未完成','2023年12月底前','original dates quoted in the 逾期未完成 finding (the county plan\'s own earlier dates), not new deadlines')
mnf('deadline-later-than-baseline','（一）部分任务逾期未完成','2024年4月26日','inspection cut-off date in a finding; the tasks named (41, 40/54, 106, 89) are all due 2024年 or 2025年 regionally, and the quoted original dates are earlier still')
mnf('unknown-unit','（二）部分重点工作进度滞后','好水乡','bodies named as having fallen behind are registered (好水乡 = 好水乡人民政府, 县自然资源局, 县农业农村局, 县市场监管局); a finding, not a responsibility')
mnf('unknown-unit','（三）数据共享和安全管理存在薄弱环节','自治区政府办公厅','named as the source of a bulletin (通报) in a finding, not as lead of a local task')
mnf('deadline-invalid','（三）数据共享和安全管理存在薄弱环节','2023年网络安全应急演练','past date in a finding (2023 drill), not a deadline')
mnf('deadline-invalid','（五）工作机制和保障措施落实不到位','2023年','past dates in a finding (2023年以来, 2023年全县仅举办集中培训1期)')
mnf('deadline-invalid','各责任单位要对照反馈问题','2024年6月10日前','the office\'s own reporting date for 整改方案')
mnf('deadline-later-than-baseline','1.加快编制公共数据开放目录','2024年9月底前','regional task 41, 完成时限 2024年: same year')
mnf('deadline-later-than-baseline','2.全面推行电子公文和电子文件归档','2024年10月底前','regional tasks 40 and 54, 完成时限 2024年: same year')
mnf('deadline-later-than-baseline','3.推广使用基层填表报数系统','2024年12月底前','regional task 106, 完成时限 2025年: earlier')
mnf('deadline-later-than-baseline','6.推进非涉密业务专网整合迁移','2024年12月底前','regional task 50, 完成时限 2024年: equal')
mnf('deadline-later-than-baseline','7.提升“宁政通”使用效能','2024年8月底前','regional task 105, 完成时限 2024年: earlier')
mnf('unknown-unit','7.提升“宁政通”使用效能','温堡乡','registered short name of 温堡乡人民政府 (also 奠安乡, 杨河乡)')
mnf('deadline-later-than-baseline','8.完成适老化与信息无障碍改造','2024年11月底前','regional task 93, 完成时限 2024年: same year')
mnf('unknown-unit','8.完成适老化与信息无障碍改造','县直各部门（单位）','collective subject; 县残联 and 县审批局 are registered')
mnf('deadline-later-than-baseline','9.提升数据归集质量','2024年10月底前','regional task 34 (主题数据库), 完成时限 2024年: same year')
mnf('deadline-later-than-baseline','10.压实网络安全责任','长期坚持','regional tasks 14 (2023年) and 18 (2023年形成机制，长期坚持): 立行立改，长期坚持 has no dated milestone later than the region\'s')
mnf('deadline-later-than-baseline','11.规范政务公开和政务新媒体管理','2024年6月底前','regional tasks 112 and 114, 完成时限 2024年: earlier')
mnf('unknown-unit','11.规范政务公开和政务新媒体管理','陈靳乡','registered short names of township governments (陈靳乡, 观庄乡, 神林乡, 凤岭乡); 县融媒体中心 registered')
mnf('deadline-later-than-baseline','12.优化“我的宁夏”隆德专区','2024年7月底前','regional task 86, 完成时限 2024年: earlier')
mnf('unknown-unit','13.健全工作推进机制','审计局','prefix 县 distributes over the list: 县财政局、审计局 = 县审计局, registered')
mnf('unknown-unit','4.完善企业专属网页和惠企政策专栏','县发改局','registered short name of 县发展改革局 (also on lines 39, 48, 56)')
mnf('deadline-later-than-baseline','13.健全工作推进机制','长期坚持','regional tasks 116 (2023年完成并长期坚持), 118 (2023年完成并长期坚持), 121 (长期坚持), 24 (2023年): no dated milestone')
mnf('deadline-later-than-baseline','2024—2025年剩余重点任务','2024—2025年','scope of the remaining-task list, not a deadline')
mnf('deadline-later-than-baseline','推进隆德工业园区“智慧园区”建设','持续推进，2025年取得明显成效','regional task 3, 持续推进，2025年取得明显成效: equal')
mnf('unknown-unit','推进隆德工业园区“智慧园区”建设','隆德工业园区管委会','registered (park management committee)')
mnf('deadline-later-than-baseline','深化国家智慧教育平台应用','2025年','regional task 7, 2023年形成试点经验，2025年取得明显成效: completing milestone 2025 equal')
mnf('deadline-later-than-baseline','推进“数字供销”建设','2025年','regional task 11, 2023年完成主要建设任务，2025年取得明显成效: completing milestone 2025 equal')
mnf('deadline-later-than-baseline','营造良好数字生态，配合自治区培育数据要素市场','2025年','regional task 12, 完成时限 2025年: equal')
mnf('deadline-later-than-baseline','建立健全动态监控、主动防御、协同响应','长期坚持','regional task 18, 2023年形成机制，长期坚持: ongoing only, no later milestone')
mnf('deadline-later-than-baseline','围绕政务服务、基层治理等重点领域开展数字政府试点示范','2025年','regional task 28, 2023年启动，2025年取得明显成效: equal')
mnf('deadline-later-than-baseline','推动县级部门数据向全区人口、法人','2024年12月底前','regional tasks 33 and 34, 完成时限 2024年: equal')
mnf('deadline-later-than-baseline','推进剩余4个县级政务信息系统有序迁移上云','2024年10月底前','regional tasks 45/46, 完成时限 2024年 (43: 2024年建成，持续推进): earlier')
mnf('deadline-later-than-baseline','推进非税收入收缴电子化','2025年6月底前','regional task 56, 完成时限 2025年: earlier')
mnf('deadline-later-than-baseline','健全乡（镇）、村（社区）数字政府工作力量','2024年底前','regional task 64, 完成时限 2025年: earlier')
mnf('deadline-later-than-baseline','对接使用宁夏经济运行大数据平台','2025年','regional task 66, 完成时限 2025年: equal')
mnf('deadline-later-than-baseline','实施“互联网+基层治理”行动','2025年6月底前','regional task 83, 完成时限 2025年: earlier')
mnf('deadline-later-than-baseline','推进“智慧应急”建设','2024年','regional task 80, 完成时限 2024年: equal')
mnf('unknown-unit','推进“智慧应急”建设','隆德县消防救援大队','registered (outside the government proper), as is 隆德县气象局')
mnf('deadline-later-than-baseline','推进12345政务服务便民热线与110报警服务台','2025年','regional task 87, 2023年启动，2025年完成: equal')
mnf('deadline-later-than-baseline','依托全区生态环境数据资源中心','2024年','regional task 94, 完成时限 2024年: equal')
mnf('unknown-unit','依托全区生态环境数据资源中心','固原市生态环境局隆德分局','registered: the city bureau\'s county branch is the county\'s environment body')
mnf('deadline-later-than-baseline','整合全县非涉密视频会议系统资源','2025年6月底前','regional task 107, 完成时限 2025年: earlier')
mnf('deadline-later-than-baseline','将数字政府建设考核结果作为领导班子','长期坚持','regional task 123, 2023年完成，长期坚持: ongoing only')
mnf('deadline-later-than-baseline','（一）压实整改责任','2025年','goal equal to the region\'s 主要目标: 到2025年 “34567”体系框架全面成型')
mnf('deadline-invalid','（二）实行台账管理','2024年12月20日前','the office\'s own reporting dates (每月25日, 2024年6月30日, 2024年12月20日)')
mnf('deadline-later-than-baseline','（三）强化督查问效','2024年度','the assessment year of the 效能目标管理考核 (cf. task 122), not a completion deadline')
mnf('unknown-unit','（四）数字化应用场景不断拓展','县人民医院','registered; named in the background, not as a responsible unit')

for t,a in [(3,'推进隆德工业园区“智慧园区”建设'),(7,'深化国家智慧教育平台应用'),(8,'深化“互联网+医疗健康”应用，推进县域'),
            (10,'推进数字乡村建设，完善县数字乡村服务平台'),(11,'推进“数字供销”建设'),(12,'营造良好数字生态，配合自治区培育数据要素市场'),
            (14,'10.压实网络安全责任'),(18,'建立健全动态监控、主动防御、协同响应'),(25,'将数字政府建设经费纳入年度预算'),
            (28,'围绕政务服务、基层治理等重点领域开展数字政府试点示范'),(33,'推动县级部门数据向全区人口、法人'),(34,'9.提升数据归集质量'),
            (40,'2.全面推行电子公文和电子文件归档'),(41,'1.加快编制公共数据开放目录'),(42,'推进供水、供电、供气、公共交通等公共数据'),
            (46,'推进剩余4个县级政务信息系统有序迁移上云'),(48,'5.加快电子政务外网向村级延伸'),(50,'6.推进非涉密业务专网整合迁移'),
            (54,'2.全面推行电子公文和电子文件归档'),(56,'推进非税收入收缴电子化'),(64,'健全乡（镇）、村（社区）数字政府工作力量'),
            (66,'对接使用宁夏经济运行大数据平台'),(70,'推进企业信用风险分类管理'),(71,'对食品药品、特种设备、农副产品'),
            (77,'建设完善县矛盾纠纷多元化解信息平台'),(80,'推进“智慧应急”建设'),(83,'实施“互联网+基层治理”行动'),
            (86,'12.优化“我的宁夏”隆德专区'),(87,'推进12345政务服务便民热线与110报警服务台'),(89,'4.完善企业专属网页和惠企政策专栏'),
            (90,'推进图书馆、文化馆、档案馆等公共场馆数字化服务'),(93,'8.完成适老化与信息无障碍改造'),(94,'依托全区生态环境数据资源中心'),
            (96,'深化“互联网+城乡供水”建设'),(98,'推广应用宁夏“智慧林草”云平台'),(105,'7.提升“宁政通”使用效能'),
            (106,'3.推广使用基层填表报数系统'),(107,'整合全县非涉密视频会议系统资源'),(111,'推广使用机关事务管理数字化平台'),
            (112,'11.规范政务公开和政务新媒体管理'),(114,'11.规范政务公开和政务新媒体管理'),(115,'以12345政务服务便民热线为枢纽'),
            (116,'13.健全工作推进机制'),(117,'加大数字化专业人才引进力度'),(123,'将数字政府建设考核结果作为领导班子')]:
    cov(t,a)
C.sort(key=lambda d:d['task'])
key={
 "writer":"blind writer, round 434; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":E_,
 "mustNotFlag":M,
 "covers":C,
 "notes":("隆德县 (固原市) 督查室 inspection feedback of 2024-05-20: findings on the county's own 实施方案 (past dates, 逾期未完成/进度滞后, named lagging bodies), "
          "13 整改 items with inline （责任单位：…；整改时限：…） notes, then a 30-row remaining-task table (序号/重点任务/责任单位/完成时限). Basis is 宁政发〔2023〕17号 only; no parent plan. "
          "All 整改 items for tasks the region set for 2023 (14, 17/18, 24, 116, 118) carry 立行立改，长期坚持 with no dated milestone on purpose; the overdue items were chosen so that the county's own earlier dates were missed while the regional deadlines (2024/2025) still hold. "
          "units.txt lists county bodies, the 13 townships (short names as aliases), and non-government bodies (税务局, 气象局, 消防救援大队, 市生态环境局隆德分局, 园区管委会, 县人民医院).")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(E_),len(M),len(C))
