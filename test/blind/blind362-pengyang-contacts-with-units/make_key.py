# helper: writes key.json and checks every line/text against draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def E(rule,line,text=None,why='',**kw):
    d={'rule':rule,'line':line}
    if text is not None: d['text']=text
    d.update(kw); d['why']=why
    if line and text is not None:
        assert text in L[line-1], (line,text)
    return d
expect=[
 E('basis-mismatch',9,'宁政办发〔2023〕17号',"the title cited is 《自治区人民政府关于加强数字政府建设的实施意见》, whose 文号 is 宁政发〔2023〕17号 (a 自治区人民政府 document, not 宁政办发); slip probably caused by the 宁政办发〔2023〕11号 cited next to it"),
 E('deadline-later-than-baseline',43,'2025年6月底',"外网升级改造/骨干扩容/出口带宽 = task 47 (完成时限 2024年), 城域网升级改造 县乡村全覆盖 = task 48 (2024年), 非涉密专网整合迁移 = task 50 (2024年); mid-2025 is later (and contradicts the draft's own 到2024年底 goal in line 14)"),
 E('deadline-later-than-baseline',101,'2025年底',"政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 = task 93, 完成时限 2024年 (the body, line 65, correctly says 2024年底前)"),
 E('deadline-invalid',91,'2014年底',"typo for 2024年底: a deadline ten years before the plan is issued (2024-03-18); task 40 (电子公文) is due 2024年"),
 E('unknown-unit',72,'县数据局',"person's body in brackets: 杨某某（县数据局局长）; no 县数据局 in units.txt (the county's data body is 县大数据服务中心, named correctly everywhere else)"),
 E('unknown-unit',88,'县经济和信息化局',"责任人 column: 王某某（县经济和信息化局）; old pre-reform name, not in units.txt; the 责任单位 column of the same row correctly names 县工业信息化和商务局"),
 E('garbled-text',40,'鎻愬崌鏁版嵁',"UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 提升数据资源使用效益"),
]
M=[]
def N(rule,line,text,why): M.append(E(rule,line,text,why))
# units: persons, posts, aliases, collectives, bracketed bodies
N('unknown-unit',21,'赵某某',"a person's name (责任人), not a unit; the body in brackets is 县工业信息化和商务局")
N('unknown-unit',21,'县工业信息化和商务局局长',"body + post 局长; 县工业信息化和商务局 is in units.txt")
N('unknown-unit',22,'县委网信办副主任',"official short name 县委网信办 in units.txt, followed by the post 副主任")
N('unknown-unit',25,'县供销社主任',"县供销社 is the registered short name of 县供销合作社联合社; 主任 is a post")
N('unknown-unit',31,'马某某（县大数据服务中心主任）',"person named before the body; 县大数据服务中心 is in units.txt, 主任 is a post")
N('unknown-unit',31,'陈某某（县公安局副局长）',"body 县公安局 written correctly in brackets, with post 副局长")
N('unknown-unit',34,'李某某（县财政局副局长）',"body 县财政局 correct; 副局长 is a post")
N('unknown-unit',43,'中国电信彭阳分公司总经理',"operator outside the government, listed in units.txt; 总经理 is a post")
N('unknown-unit',48,'孙某某（县人民政府办公室副主任）',"body 县人民政府办公室 correct; post 副主任")
N('unknown-unit',49,'县直各部门（单位）、各乡镇人民政府',"collective subjects in an ordinary 责任单位 field")
N('unknown-unit',59,'县委政法委、县公安局、司法局、信访局',"prefix 县 distributes: 县司法局, 县信访局 are in units.txt")
N('unknown-unit',61,'各乡镇主要负责同志',"collective person in charge (all township heads), not a unit")
N('unknown-unit',64,'县审批局局长',"县审批局 is the registered short name of 县审批服务管理局")
N('unknown-unit',67,'固原市生态环境局彭阳分局局长',"city bureau's county branch, listed in units.txt; 局长 is a post")
N('unknown-unit',69,'彭某某（县林草局局长）',"县林草局 is the registered short name of 县林业和草原局; 彭某某 is a person whose surname happens to be 彭")
N('unknown-unit',77,'秦某某（县融媒体中心主任）',"body 县融媒体中心 in units.txt; post 主任")
N('unknown-unit',84,'县数字政府建设领导小组办公室（县人民政府办公室）',"reporting address in prose; both listed in units.txt")
N('unknown-unit',94,'李某某（县财政局）',"责任人 column: person, then the body 县财政局 in brackets, correct")
N('unknown-unit',95,'孙某某（县政府办）',"县政府办 is a registered short name of 县人民政府办公室")
N('unknown-unit',96,'县市场监督管理局、农业农村局、卫生健康局',"prefix 县 distributes: 县农业农村局, 县卫生健康局")
N('unknown-unit',101,'各单位主要负责同志',"collective person in charge in the 责任人 column")
N('unknown-unit',89,'县农业农村局牵头，各乡镇人民政府具体负责',"role words 牵头/具体负责 and a collective subject")
# deadlines
N('deadline-later-than-baseline',14,'到2024年底',"goal items: 县乡村外网全覆盖 = task 48 (2024年), 系统迁移上云 = task 46 (2024年), 政务公开平台 = task 112 (2024年); equal")
N('deadline-later-than-baseline',15,'到2025年',"same year as the region's 到2025年 体系框架全面成型 goal")
N('deadline-later-than-baseline',16,'到2035年',"same year as the region's 2035 goal")
N('deadline-later-than-baseline',21,'持续推进，2025年取得明显成效',"task 3 智慧园区: 持续推进，2025 年取得明显成效; equal")
N('deadline-later-than-baseline',25,'持续推进，2025年取得明显成效',"task 10: 持续推进，2025年取得明显成效; task 11: 2023年完成主要建设任务，2025年取得明显成效; completing milestone equal")
N('deadline-later-than-baseline',26,'2025年底前',"task 12 数据要素市场: 2025年; equal")
N('deadline-later-than-baseline',33,'2024年底前',"task 21: 2024年 (equal); task 22 审管协同: 2025年 (earlier)")
N('deadline-later-than-baseline',35,'2025年取得明显成效',"task 28 试点示范: 2023年启动，2025年取得明显成效; equal")
N('deadline-later-than-baseline',39,'2024年底前',"task 40 电子公文: 2024年; task 54 电子文件归档: 2024年; equal")
N('deadline-later-than-baseline',40,'2024年6月底前',"task 41 开放目录: 2024年; task 42: 2024年; earlier")
N('deadline-later-than-baseline',42,'2024年底前',"task 46 迁移上云: 2024年; task 43: 2024 年建成; equal")
N('deadline-later-than-baseline',48,'2024年6月底前',"task 64 成立相应的组织机构: 2025年; earlier")
N('deadline-later-than-baseline',53,'2024年底前',"task 66 经济运行大数据平台: 2025年 (earlier); task 65 data: 2024年 (equal)")
N('deadline-later-than-baseline',60,'2024年12月底前',"task 80 智慧应急: 2024年; equal")
N('deadline-later-than-baseline',61,'2025年底前',"task 83 互联网+基层治理: 2025年; equal")
N('deadline-later-than-baseline',68,'2025年底前',"task 96 互联网+城乡供水: 2025年; equal")
N('deadline-later-than-baseline',73,'2025年底前',"task 106 填表报数: 2025年; task 107 视频会议: 2025年; equal")
N('deadline-later-than-baseline',88,'2024年取得明显成效',"task 2 产业云: 2023 年启动，2024 年取得明显成效; equal")
N('deadline-later-than-baseline',92,'2024年6月底前',"task 41: 2024年; earlier")
N('deadline-later-than-baseline',95,'2024年6月底前',"task 64: 2025年; earlier")
N('deadline-later-than-baseline',110,'长期坚持',"task 121 考核指标体系: 长期坚持; equal")
N('deadline-invalid',31,'2023年形成机制，长期坚持',"copied regional deadline of task 18 (2023年形成机制，长期坚持), before the plan's year but not a mistake")
N('deadline-invalid',11,'2022年底',"past date in the background section (2020年以来, 2022年底, 2023年), not a deadline")
N('deadline-invalid',84,'6月30日、12月20日',"the office's own recurring reporting dates")
N('deadline-invalid',6,'2024年3月18日',"the issue date")
# basis
N('basis-mismatch',9,'国发〔2022〕14号',"correct national basis")
N('basis-mismatch',9,'宁政办发〔2023〕11号',"correct 文号 of 《数字宁夏“1244+N”行动计划实施方案》 (as cited in the 吴忠 plan)")
N('basis-mismatch',9,'固原市人民政府《关于加强数字政府建设的实施方案》',"the city's plan cited by title alone, no 文号; no parent plan is given for this case")
N('basis-mismatch',11,'宁政办发〔2020〕14号',"retrospective mention of the 2020 工作要点 in the background, correct 文号, not cited as a basis")
N('basis-mismatch',2,'彭政办发〔2024〕11号',"the document's own 文号")
# pillars
N('missing-pillar',26,'（三）营造良好数字生态',"数字生态 is covered, in a single paragraph")
N('missing-pillar',49,'六级贯通',"五个一/六级贯通 taken up in section 四 (组织机构, 层级职责, 工作机制)")
covers=[(3,21),(5,22),(6,24),(7,24),(10,25),(11,25),(12,26),(14,30),(15,30),(17,31),(18,31),(21,33),(24,34),(25,34),(28,35),(30,37),(32,37),(36,38),(40,39),(54,39),(41,40),(42,40),(46,42),(47,43),(48,43),(50,43),(56,45),(64,48),(66,53),(68,55),(71,56),(72,57),(73,57),(77,59),(79,59),(80,60),(83,61),(84,63),(86,63),(85,64),(89,64),(90,65),(93,65),(94,67),(96,68),(97,69),(98,69),(102,70),(104,72),(105,72),(106,73),(107,73),(108,74),(111,74),(112,76),(114,77),(115,78),(116,80),(118,82),(121,83),(123,83),(2,88)]
key={
 "writer":"blind writer, round 362; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":M,
 "covers":[{"task":t,"line":l} for t,l in covers],
 "notes":"彭阳县 (固原市) plan of 2024-03-18, checked against ningxia-2023 only (no parent). Notes after each task name the person in charge first and the body in brackets with a post: （责任人：马某某（县大数据服务中心主任）；完成时限：…）; the annex table has a 责任人 column of the form 李某某（县财政局）. Lines 30, 34, 37, 38, 64, 74, 81 name a 责任人 with no 完成时限 (tasks due 2023 in the region are given no date on purpose). The county's registry is units.txt. Line 17 states that the first unit listed in a table cell leads."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
