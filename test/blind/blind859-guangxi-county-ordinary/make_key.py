# Builds key.json; every line number is looked up from draft.txt by a unique anchor and asserted.
import json
D=open('draft.txt',encoding='utf-8').read().rstrip('\n').split('\n')
def ln(anchor, text=None):
    hits=[i+1 for i,l in enumerate(D) if anchor in l]
    assert len(hits)==1,(anchor,hits)
    if text: assert text in D[hits[0]-1],(anchor,text)
    return hits[0]
T='Guangxi task numbers: the 43 (責任單位…完成時限…) notes of 桂政发〔2022〕31号 numbered 1-43 in document order (seed line in brackets)'
expect=[
 {"rule":"basis-mismatch","line":ln('为深入贯彻落实','桂政发〔2022〕13号'),"text":"桂政发〔2022〕13号",
  "why":"the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; the digits are transposed"},
 {"rule":"deadline-later-than-baseline","line":ln('15.优化12345热线服务','2026年6月底'),"text":"2026年6月底",
  "why":"12345热线 measure = regional task 8 (seed line 63, 持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the county puts it half a year later"},
 {"rule":"unknown-unit","line":ln('19.提升智慧医疗服务能力','县卫生和计划生育局'),"text":"县卫生和计划生育局",
  "why":"abolished pre-2019 name copied from an old template; units.txt has only 县卫生健康局 (= 县卫健局), which the draft uses everywhere else"},
 {"rule":"garbled-text","line":ln('1.加强数据治理','寤虹珛鍋ュ叏'),"text":"寤虹珛鍋ュ叏鏁版嵁璐ㄩ噺绠＄悊鏈哄埗",
  "why":"UTF-8 bytes of 建立健全数据质量管理机制 read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
 {"rule":"unknown-unit","line":ln('1.推进政务系统上云','牵头单位：自治区大数据发展局'),"text":"自治区大数据发展局",
  "why":"a regional body named as 牵头单位 of a local task (moving the county's own systems to the cloud); copied from the regional note, should be 县大数据局"},
 {"rule":"deadline-invalid","line":ln('2.完善电子政务外网','20245年'),"text":"20245年",
  "why":"impossible five-digit year (typo); regional task 37 (seed line 165, 电子政务外网/IPv6) is 持续开展, so it is not a late-deadline case"},
]
M=[]
def m(rule,anchor,text,why,inline=True):
    e={"rule":rule,"line":ln(anchor,text if inline else None)}
    if text: e["text"]=text
    e["why"]=why; M.append(e)
U='unknown-unit'; DL='deadline-later-than-baseline'; DI='deadline-invalid'; B='basis-mismatch'; G='garbled-text'
m(U,'7.推进数字化网格治理','各乡镇人民政府','collective subject (各乡镇人民政府)')
m(U,'4.构建新型监管机制','县直有关部门','collective subject (县直有关部门)')
m(U,'29.优化政策信息数字化发布','县直各部门（单位）','collective subject (县直各部门（单位）)')
m(U,'2.推进经济数据归集治理','县发改局','short name of 县发展和改革局, listed in units.txt')
m(U,'2.推进经济数据归集治理','县大数据局','short name of 县大数据发展局, listed in units.txt')
m(U,'8.提升社会矛盾化解能力','县信访局、公安局、司法局','prefix 县 distributes: 县公安局, 县司法局 are in units.txt')
m(U,'8.提升社会矛盾化解能力','县人民法院、县人民检察院','listed in units.txt (non-government bodies that cooperate)')
m(U,'23.提升生态环保协同治理能力','桂林市灵川生态环境局','official name of the county eco-environment bureau under vertical management, listed in units.txt')
m(U,'25.推动绿色低碳转型','灵川生态环境局','listed short name of 桂林市灵川生态环境局')
m(U,'6.推进财政电子票据和档案数字化','国家税务总局灵川县税务局','listed full name; must not be split at 国家税务总局')
m(U,'10.推进智慧应急建设','灵川县消防救援大队','listed in units.txt')
m(U,'10.推进智慧应急建设','灵川县气象局','listed in units.txt')
m(U,'18.提升智慧人社服务能力','县人社局','listed short name of 县人力资源和社会保障局')
m(U,'14.拓展公平普惠的民生服务','县残联','listed short name of 县残疾人联合会')
m(U,'3.推进数据按需共享','自治区大数据发展局','regional body mentioned in the text as the one whose deployment is followed, not as a responsible unit of the county task (lead is 县大数据局)')
m(U,'（四）强化考核评估','桂林市大数据发展局','city body the office copies its report to; listed under 上级单位 in units.txt')
m(DL,'5.推进一体化在线监管','2025年底前','task 3 (seed line 49, 一体化在线监管) 完成时限 2025年底: 2023年启动，2025年底前建成 completes at the same time')
m(DL,'16.推广“智桂通”移动应用','2025年12月底前','task 9 (seed line 65, 智桂通) 完成时限 2025年底: 2025年12月底 is the same date')
m(DL,'30.畅通政民互动渠道','2025年底前','task 22 (seed line 97, 政务公开) 完成时限 2025年底: equal')
m(DL,'29.优化政策信息数字化发布','2024年底前','task 22 (seed line 97) 完成时限 2025年底: earlier')
m(DL,'31.做好政务新媒体政策传播','2024年6月底前','task 22 (seed line 97) 完成时限 2025年底: earlier')
m(DL,'8.规范应用接入开放生态','2025年底前','task 40 (seed line 173, 开放生态) is 持续开展; if read as task 9 (智桂通, 2025年底) it is equal')
m(DL,'到2025年，与政府治理能力现代化','到2025年','主要目标: the region\'s 数字政府体系框架基本形成 goal is also 到2025年')
m(DL,'到2035年','到2035年','主要目标: the region\'s 基本建成 goal is also 到2035年')
m(DL,'9.推进社会治安防控体系智能化','2024年底前','task 5 (seed line 55) is 持续开展; a county milestone inside an ongoing task is not later')
m(DL,'5.推进公共数据开放','2025年底前','task 35 (seed line 155) is 持续开展; a county milestone is not later')
m(DL,'（二）全面实施阶段','2025年6月','implementation phase of the plan itself, ends before the regional 2025年底 milestones')
m(DL,'（三）总结评估阶段','2025年7月—12月','evaluation phase of the plan itself, within 2025')
m(DI,'近年来，我县按照','2020年底','past date in the background (work already done), not a deadline')
m(DI,'近年来，我县按照','2022年','past date in the background')
m(DI,'2.建立数据专员机制','2023年12月底前','same year as the plan (issued 2023-09-18), not before it; task 33 is 持续开展')
m(DI,'到2023年底，县数字政府建设','到2023年底','county\'s own near-term goal in the plan\'s own year')
m(DI,'（一）动员部署阶段','2023年10月31日','the office\'s own reporting date, in the plan\'s year')
m(DI,'（四）强化考核评估','每年6月25日、12月15日','recurring reporting dates of the office, not task deadlines')
m(B,'为深入贯彻落实','国发〔2022〕14号','correct 文号 of 《国务院关于加强数字政府建设的指导意见》')
m(B,'近年来，我县按照','《数字广西建设三年行动计划（2018—2020年）》','retrospective mention of an old plan in the background, not a basis citation')
m(B,'灵政办发〔2023〕41号','灵政办发〔2023〕41号','the notice\'s own 文号, not a cited basis')
m(B,'《灵川县加强数字政府建设实施方案》已经','《灵川县加强数字政府建设实施方案》','the plan\'s own title in the covering notice')
m(G,'28.提升行政监督水平','“桂在行”','real name of the regional 智慧督查 system (in the baseline)')
m(G,'7.推进地理信息协同共享','“天地图·广西”','real platform name with a middle dot')
m(G,'坚持以习近平新时代中国特色社会主义思想为指导','“4·27”','name of the 2017-04-27 speech, not damage and not a date')
M.append({"rule":"missing-pillar","line":0,"pillar":"加强党对数字政府建设工作的领导",
  "why":"九、保障措施 takes up 组织领导 (line %d), 推进机制 (%d), 数字素养 (%d) and 考核评估 (%d), the four items of the regional 八、"%(ln('（一）加强组织领导'),ln('（二）健全推进机制'),ln('（三）提升数字素养'),ln('（四）强化考核评估'))})
M.append({"rule":"missing-pillar","line":0,"pillar":"以数字政府建设全面引领驱动数字化发展",
  "why":"part 七 (lines %d-%d) takes up 数字经济, 数字社会 and 数字生态"%(ln('七、以数字政府建设全面引领'),ln('5.培育数据要素应用场景'))})
C=[(1,'1.加强经济运行监测预警'),(2,'4.构建新型监管机制'),(3,'5.推进一体化在线监管'),(4,'7.推进数字化网格治理'),
 (5,'9.推进社会治安防控体系智能化'),(6,'10.推进智慧应急建设'),(7,'12.打造泛在可及的政务服务体系'),(8,'15.优化12345热线服务'),
 (9,'16.推广“智桂通”移动应用'),(10,'17.提升智慧教育服务能力'),(11,'18.提升智慧人社服务能力'),(12,'19.提升智慧医疗服务能力'),
 (13,'20.推进智慧工地监管'),(14,'21.推进智慧体育和智慧康养'),(15,'21.推进智慧体育和智慧康养'),(16,'23.提升生态环保协同治理能力'),
 (17,'24.提高自然资源利用效率'),(18,'25.推动绿色低碳转型'),(19,'26.提升辅助决策能力'),(20,'27.提升行政执行能力'),
 (21,'28.提升行政监督水平'),(22,'29.优化政策信息数字化发布'),(23,'1.压实安全管理责任'),(24,'2.健全安全制度'),
 (25,'3.强化数据安全监管'),(26,'4.提升安全防护能力'),(27,'6.推进安全可靠技术应用'),(28,'1.推动政府履职协同高效'),
 (29,'2.加强政务信息化项目统筹'),(30,'4.落实配套制度'),(31,'5.推进标准实施'),(32,'6.打造特色应用场景'),
 (33,'1.加强数据治理'),(34,'3.推进数据按需共享'),(35,'5.推进公共数据开放'),(36,'1.推进政务系统上云'),
 (37,'2.完善电子政务外网'),(38,'4.强化数据智能支撑'),(39,'5.推广共性应用'),(40,'8.规范应用接入开放生态'),
 (41,'1.推动产业数字化转型'),(42,'2.推进新型智慧城市建设'),(43,'4.优化数字发展环境')]
covers=[{"task":t,"line":ln(a)} for t,a in C]
key={
 "writer":"blind writer, round 859; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":expect,
 "mustNotFlag":M,
 "covers":covers,
 "notes":T+". Seed lines: 1:43 2:47 3:49 4:53 5:55 6:57 7:61 8:63 9:65 10:67 11:69 12:71 13:73 14:75 15:77 16:81 17:83 18:85 19:89 20:91 21:93 22:97 23:103 24:107 25:111 26:115 27:119 28:125 29:129 30:133 31:137 32:141 33:147 34:151 35:155 36:161 37:165 38:169 39:171 40:173 41:179 42:183 43:187. Tasks due 2025年底: 3, 8, 9, 22; all others 持续开展. Task 23 (seed line 103) names no 各市人民政府, so it is not a task cities/counties must carry out (the draft takes it up anyway, line %d). County: 桂林市灵川县, plan issued 2023-09-18 by 县人民政府办公室 (灵政办发〔2023〕41号, invented). Notes use 牵头单位/配合单位/完成时限; the county writes 持续推进 or 长期坚持 where the region has 持续开展. No parent plan is checked: the draft refers to 桂林市 only by 工作部署, without a title."%ln('1.压实安全管理责任')
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
