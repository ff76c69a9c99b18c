# writer's helper: builds key.json, finding every line number by a unique anchor in draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(anchor, text=None):
    hits=[i+1 for i,l in enumerate(L) if anchor in l]
    assert len(hits)==1,(anchor,hits)
    if text: assert text in L[hits[0]-1],(text,hits)
    return hits[0]
D='deadline-later-than-baseline'; V='deadline-invalid'; U='unknown-unit'; B='basis-mismatch'; G='garbled-text'; P='missing-pillar'
expect=[
 dict(rule=B,line=ln('根据《国务院','宁政发[2023]71号'),text='宁政发[2023]71号',why='the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023-05-16); 71 is a digit swap. The draft itself gives the right number at the 体系框架 line'),
 dict(rule=D,line=ln('4)推进公共数据开放','2025-12'),text='2025-12',why='task 41 (编制公共数据开放目录及相关责任清单…分类分级开放公共数据; 各市、县(区)配合) 完成时限 2024年; 2025-12 is later'),
 dict(rule=D,line=ln('(1)开展县级城域网升级改造','2025.06'),text='2025.06',why='task 48 (开展各级城域网升级改造,推进区市县乡村5级全覆盖; 各市、县(区)具体负责) 完成时限 2024 年 (task 47 外网升级改造 also 2024 年); 2025.06 is later. The draft\'s own 2024 goal (外网县乡村全覆盖 到2024年底) contradicts it too'),
 dict(rule=V,line=ln('3)深化"证照分离"改革','2024.13'),text='2024.13',why='month 13 does not exist (task 88 证照分离/电子营业执照 完成时限 2024年; the writer probably meant 2024.12)'),
 dict(rule=U,line=ln('1)推广协同办公平台','县信息中心'),text='县信息中心',why='not in units.txt; the county information/data body is 县大数据服务中心 (an old name slipped in). Task 104 协同办公平台, 完成时限 2024年; 2024-12 itself is equal'),
 dict(rule=G,line=ln('鏁板瓧鍖栨墜'),text='鏁板瓧鍖栨墜娈靛',why='UTF-8 bytes read as GBK/GB18030: re-encoding the run as GBK and decoding as UTF-8 gives 数字化手段全面提升政务运行效 (the sentence reads 以数字化手段全面提升政务运行效能)'),
 dict(rule='task-uncovered',line=0,task=93,why='deliberately left out: 政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 (自治区各部门(单位)及各市、县(区)按照职能分别负责, 2024年); the draft never mentions 适老化/信息无障碍/老年人、残疾人办事需求'),
]
M=[]
def m(rule,anchor,why,text=None):
    e=dict(rule=rule,line=ln(anchor,text)); 
    if text: e['text']=text
    e['why']=why; M.append(e)
# basis
m(B,'根据《国务院','national 指导意见 cited with its right 文号, only typed with ASCII square brackets [ ] instead of 〔〕','国发[2022]14号')
m(B,'根据《国务院','the 固原 city plan cited by title alone (a city plan may have no 文号); no wrong 文号 or title','固原市人民政府《关于加强数字政府建设的实施方案》')
m(B,'自《宁夏回族自治区2020年','retrospective mention of the 2020 工作要点 in the background (发展基础), not a basis document; its 文号 宁政办发〔2020〕14号 is right','宁政办发[2020]14号')
m(B,'按照自治区实施意见','right 文号 of the regional 实施意见, ASCII brackets','宁政发[2023]17号')
m(B,'隆政办发[2024]18号','the draft\'s own issuing 文号, not a citation','隆政办发[2024]18号')
m('garbled-text','3)深化"证照分离"改革','ASCII double quotes back to back ("一业一证""一业一照一码") are the typist\'s half-width style, not damage','"一业一证""一业一照一码"')
# dates that are not deadlines / past
m(V,'自《宁夏回族自治区2020年','past date in the background (what was done in Oct 2022), half-width form','2022.10')
m(D,'自《宁夏回族自治区2020年','a decimal quantity (2024.3万条 of data), not a date','2024.3万条')
m(D,'2)深化数据高效共享','decimal quantity (2025.7万条 of data returned to the county) inside a task sentence without its own deadline (task 36, 2023年); not a date','2025.7万条')
m(V,'2)深化数据高效共享','截至2023年底 is a retrospective statement of what was achieved, not a deadline before the plan year','截至2023年底')
m(D,'(二)加大财政投入','1200.5万元 is money, 2024年 is the budget year; no deadline here','1200.5万元')
m(D,'(五)强化督查调度','the office\'s own reporting dates (quarterly, and the annual summary by 2024-12-20), not a task deadline','2024-12-20')
m(D,'1)深化"一网通办"','percentages 90% and 95.5% are targets, not dates; the note 2024年底前 equals task 84 (2024年)','95.5%')
m(D,'3)减轻基层填表报数负担','50% is a target; 2024-12 is earlier than task 106 (2025年) and equal to task 105 (宁政通, 2024年)','2024-12')
# goals
m(D,'到2024年底,全县非涉密','near-term goal: 信创云迁移 (task 43 2024 年建成 / task 19 2024年建成), 外网全覆盖 (task 48 2024 年), 全程网办 (task 84 2024年); equal, and no regional 2023 goal covers these items','到2024年底')
m(D,'到2025年,全县数字政府建设"34567"','equal to the regional goal 到2025年 "34567"体系框架全面成型','到2025年')
m(D,'到2035年,与政府治理能力','equal to the regional 2035 goal','到2035年')
# task deadlines equal or earlier
for a,t,w in [
 ('1)推动产业数字化','2024.12','task 2 (产业云, 汇聚企业生产和销售数据) 2023 年启动，2024 年取得明显成效: equal'),
 ('2)建设"智慧园区"','2025-06','task 3 (智慧园区) 持续推进，2025 年取得明显成效: earlier'),
 ('2)推进数字乡村建设','2025年底前','task 10 (数字乡村) 持续推进，2025年取得明显成效: equal'),
 ('3)推进"数字供销"建设','2025.09','task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效: within 2025'),
 ('4)推进智慧县城建设','2025年','task 9 (智慧城市, 一网统管) 持续推进，2025年取得明显成效: equal'),
 ('1)培育数据要素市场主体','2025-12','task 12 (培育数据要素市场, 引进和培育数据要素市场主体) 2025年: equal (not task 13, which is about 准入/公平竞争 rules)'),
 ('3)提升安全防护能力','2023年形成机制,长期坚持','task 18 deadline copied word for word (2023年形成机制, 长期坚持); a copied regional deadline before the plan year is neither late nor invalid'),
 ('1)强化安全管理责任','长期坚持','tasks 14/15 are 2023年 for 各市、县(区); 长期坚持 is an ongoing duty, not a later milestone'),
 ('1)助力政府职能转变','2024年底前','task 21 (行政权力事项网上运行、动态管理) 2024年: equal'),
 ('2)创新建设管理机制','2024.12','task 23 (一体化数字资源管理系统, "一本账") 2024年: equal'),
 ('3)开展试点示范','2025年','task 28 (试点示范) 2023年启动，2025年取得明显成效: equal'),
 ('3)完善基础库和主题库','2024-12','tasks 33/34 (基础库/主题库) 2024年: equal'),
 ('5)规范电子公文管理','2024.12','task 40 (电子公文) 2024年, task 54 (电子文件归档) 2024年: equal'),
 ('(1)推进县本级现有非涉密政务信息系统','2024-12','task 43 (政务信创云, 2024 年建成，持续推进), task 46 (系统迁移, 2024 年), task 19 (2024年建成): equal'),
 ('(2)将县本级行业应用统一纳入','2024年底前','task 45 (特色云、行业云纳入一体化政务云, 2024 年) / task 46 (2024 年): equal'),
 ('(2)依托全区统一的视频共享平台','2025-06','task 49 (视频一张网) 2025 年: earlier'),
 ('(1)推动各类证照电子化','2025.12','task 52 (电子证照, 社会化场景) 2025年: equal'),
 ('(2)推进非税收入收缴电子化','2025.09','task 56 (非税收入收缴电子化) 2025年: earlier'),
 ('(3)推进信用信息归集共享','2024年底前','task 57 (信用信息公共服务平台) 2024年: equal'),
 ('(一)健全组织机构。参照自治区做法','2024.06','task 64 (各地各部门参照自治区做法成立相应组织机构; 各市、县(区)负责) 2025年: earlier. Task 60 (充实自治区领导小组成员, 2023年) is the region\'s own job'),
 ('(一)提升科学精准的经济调节能力','2025年底前','task 66 (经济运行大数据平台, 监测预警) 2025年: equal'),
 ('1)强化信用风险分类监管','2024-12','task 70 (企业信用风险分类管理, 双随机一公开) 2024年: equal'),
 ('2)推进重点领域追溯监管','2024.12','task 71 (数字化追溯监管) 2024年: equal'),
 ('1)提升矛盾纠纷化解能力','2024年底前','task 77 (矛盾纠纷多元化解) 2024年: equal'),
 ('2)持续推进"雪亮工程"','2024-10','task 79 (雪亮工程) 2024年: earlier'),
 ('3)推进"智慧应急"建设','2024.12','task 80 (智慧应急) 2024年: equal'),
 ('4)提升基层治理能力','2025-06','task 83 (互联网+基层治理) 2025年: earlier'),
 ('2)做优"我的宁夏"隆德专区','2024.12','task 86 ("我的宁夏" 应上尽上) 2024年: equal'),
 ('4)优化涉企服务','2024年底前','task 89 (涉企服务一网通办) 2024年: equal'),
 ('5)推进公共文化场馆数字化','2024-12','task 90 (公共场馆数字化, 接入"我的宁夏") 2024年: equal'),
 ('1)提升生态环境监测能力','2024年底前','task 94 (生态环境数据资源中心) 2024年: equal (task 95 is 2025年)'),
 ('2)深化"互联网+城乡供水"','2025年底前','task 96 (互联网+城乡供水) 2025年: equal'),
 ('3)建设"智慧林草"','2024.12','task 98 (智慧林草) 2024年: equal'),
 ('2)用好"宁政通"','2024年底前','task 105 (宁政通) 2024年: equal'),
 ('4)整合视频会议系统','2025.06','task 107 (视频会议平台) 2025年: earlier'),
 ('1)完善政务公开平台','2024.12','task 112 (政务公开信息化平台) 2024年: equal'),
 ('2)构建政务新媒体矩阵','2024年底前','task 114 (政务新媒体矩阵) 2024年: equal'),
 ('3)畅通政民互动渠道','2024-12','task 115 (12345 政民互动) 2024年: equal'),
 ('(一)加强组织领导。各乡镇','长期坚持','task 116 2023年完成并长期坚持: ongoing, not later'),
]:
    m(D,a,w,t)
# units
m(U,'1)推进公共服务数字化','prefix 县 distributes over the list: 县卫生健康局, 县人社局 (alias of 县人力资源和社会保障局), 县文旅广电局 (alias) are all in units.txt','卫生健康局、人社局、文旅广电局')
m(U,'各乡镇人民政府,县直各部门(单位):','collective addressees of the notice','县直各部门(单位)')
m(U,'2)推进数字乡村建设','collective subject','各乡镇人民政府')
m(U,'3)开展试点示范','collectives 县直有关部门 and 各乡镇','各乡镇')
m(U,'3)推进"互联网+监管"','collective, the county form of 承担监管职责的自治区有关部门(单位)','承担监管职责的县直有关部门(单位)')
m(U,'4)提升基层治理能力','collective subject','各村(社区)')
m(U,'1)提升生态环境监测能力','city branch office listed in units.txt','固原市生态环境局隆德分局')
m(U,'3)推进"智慧应急"建设','listed in units.txt (vertically managed bodies in the county)','隆德县气象局')
m(U,'2)建设"智慧园区"','listed in units.txt','隆德工业园区管委会')
m(U,'3)推进"数字供销"建设','official short name of 县供销合作社 in units.txt','县供销社')
m(U,'3)建设"智慧林草"','official short name of 县林业和草原局 in units.txt','县林草局')
m(U,'1)推广协同办公平台','short name of 县人民政府办公室 in units.txt (only 县信息中心 on this line is unknown)','县政府办')
m(U,'1)提升矛盾纠纷化解能力','listed in units.txt','县人民法院')
m(U,'3)完善基础库和主题库','short names of 县人力资源和社会保障局, 县卫生健康局, 县医疗保障局','县人社局、县市场监管局、县卫健局、县医保局')
# pillars
m(P,'六、保障措施','the 党的领导 pillar (组织领导, 财政投入, 数字素养, 考核评价) is all there under the heading 保障措施 (lines 96-99)','保障措施')
m(P,'四、健全"五个一"和"六级贯通"的工作体系','五个一/六级贯通 has its own section (健全组织机构, 厘清层级职责, 完善工作机制)')
covers=[]
for t,a in [(2,'1)推动产业数字化'),(3,'2)建设"智慧园区"'),(5,'3)完善数字经济治理'),(6,'1)推进公共服务数字化'),
 (10,'2)推进数字乡村建设'),(11,'3)推进"数字供销"建设'),(9,'4)推进智慧县城建设'),(12,'1)培育数据要素市场主体'),
 (14,'1)强化安全管理责任'),(15,'1)强化安全管理责任'),(17,'2)落实安全制度要求'),(18,'3)提升安全防护能力'),(21,'1)助力政府职能转变'),
 (23,'2)创新建设管理机制'),(28,'3)开展试点示范'),(30,'1)完善数据管理机制'),(32,'1)完善数据管理机制'),(36,'2)深化数据高效共享'),
 (33,'3)完善基础库和主题库'),(34,'3)完善基础库和主题库'),(41,'4)推进公共数据开放'),(40,'5)规范电子公文管理'),
 (43,'(1)推进县本级现有非涉密政务信息系统'),(46,'(2)将县本级行业应用统一纳入'),(48,'(1)开展县级城域网升级改造'),(49,'(2)依托全区统一的视频共享平台'),
 (52,'(1)推动各类证照电子化'),(56,'(2)推进非税收入收缴电子化'),(57,'(3)推进信用信息归集共享'),(64,'(一)健全组织机构。参照自治区做法'),
 (66,'(一)提升科学精准的经济调节能力'),(70,'1)强化信用风险分类监管'),(71,'2)推进重点领域追溯监管'),(72,'3)推进"互联网+监管"'),
 (77,'1)提升矛盾纠纷化解能力'),(79,'2)持续推进"雪亮工程"'),(80,'3)推进"智慧应急"建设'),(83,'4)提升基层治理能力'),
 (84,'1)深化"一网通办"'),(86,'2)做优"我的宁夏"隆德专区'),(88,'3)深化"证照分离"改革'),(89,'4)优化涉企服务'),(90,'5)推进公共文化场馆数字化'),
 (94,'1)提升生态环境监测能力'),(96,'2)深化"互联网+城乡供水"'),(98,'3)建设"智慧林草"'),(102,'4)推动绿色低碳转型'),
 (104,'1)推广协同办公平台'),(105,'2)用好"宁政通"'),(106,'3)减轻基层填表报数负担'),(107,'4)整合视频会议系统'),
 (112,'1)完善政务公开平台'),(114,'2)构建政务新媒体矩阵'),(115,'3)畅通政民互动渠道'),(116,'(一)加强组织领导。各乡镇'),
 (25,'(二)加大财政投入'),(118,'(三)提升数字素养'),(123,'(四)强化考核评价')]:
    covers.append(dict(task=t,line=ln(a)))
key=dict(writer="blind writer, round 293; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 written="2026-12-06",draft="draft.txt",baseline="ningxia-2023",build=None,parents=[],units="units.txt",planYear=2024,
 expect=expect,mustNotFlag=M,covers=covers,
 notes="隆德县 (固原市) 2024 county plan typed with half-width punctuation: ASCII ( ) : ; , and \" \", 文号 with [ ], numbering 1) and (1), deadlines in the forms 2024.12 / 2025-06 / 2024年底前. No parent plan is given (the 固原 city plan is not in the seeds), so the draft is checked against ningxia-2023 only. Notes on tasks whose regional deadline is 2023年 carry no dated deadline (or 长期坚持 / a verbatim copy), so the only late dates are the two planted ones. helper scripts: check_units.py, make_key.py.")
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
