# helper: builds key.json, resolving every line number by searching draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(*subs):
    hits=[i+1 for i,l in enumerate(L) if all(s in l for s in subs)]
    assert len(hits)==1,(subs,hits)
    return hits[0]
def has(line,text):
    assert text in L[line-1],(line,text); return text

expect=[]
def E(rule,line,text,why,**kw):
    d={'rule':rule,'line':line}
    if text is not None: d['text']=has(line,text)
    d.update(kw); d['why']=why; expect.append(d)

E('basis-mismatch',9,'宁政办发〔2023〕17号','the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期, 2023-05-16); 宁政办发 is the office series (宁政办发〔2023〕11号 is the 1244+N plan cited next to it)')
E('deadline-invalid',ln('（一）健全组织机构'),'2022年12月底前','the plan is issued 2023-12-18; a 完成时限 of 2022年12月 lies before the year of issue (copied from an older draft). Regional tasks 60 (2023年) / 64 (2025年) are the matching tasks')
E('deadline-later-than-baseline',ln('强化安全管理责任。'),'2024年6月底前','regional task 14 (明确本地本行业数字政府建设安全和保密工作的主体责任、监督责任，构建全方位、多层次、一体化安全防护体系) 完成时限 2023年; the county sets 2024年6月')
E('deadline-later-than-baseline',ln('提升网络平台支撑能力。'),'2025年6月底前','regional task 48 (城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展) 完成时限 2024年, and task 47 (电子政务外网升级改造、骨干网扩容) 2024年; the county sets 2025年6月')
E('unknown-unit',ln('整合非涉密业务专网。'),'县大数据管理服务局','no such county body: the county unit is 县大数据服务中心 (units.txt); 大数据管理服务局 is the city-level name (市大数据管理服务局)')
E('unknown-unit',ln('24.统筹整合县级非涉密视频会议系统资源'),'自治区机管局','a regional body named as 牵头单位 of a county task (copied from regional task 107, 自治区机管局牵头负责); the county lead would be 县机关事务服务中心')

M=[]
def N(rule,line,why,text=None):
    d={'rule':rule,'line':line}
    if text is not None: d['text']=has(line,text)
    d['why']=why; M.append(d)

# leaders are not units
l20=ln('（一）健全组织机构')
N('unknown-unit',l20,'牵头领导 field: a leader\'s post (县委常委、常务副县长), not a responsible unit; the 、 inside the post must not split it into units','县委常委、常务副县长')
N('unknown-unit',ln('（三）完善工作机制'),'牵头领导 field: 县政府分管副县长 is a leader by post, not a unit','县政府分管副县长')
N('unknown-unit',ln('（三）营造良好数字生态'),'牵头领导 field: 县委常委、宣传部部长 is a leader by post; not the unit 县委宣传部 and not an unknown unit','县委常委、宣传部部长')
N('unknown-unit',ln('扩展数据共享范围。'),'牵头领导 field: 县委常委、政法委书记 is a leader by post, not a unit','县委常委、政法委书记')
N('unknown-unit',ln('（三）提升数字素养。'),'牵头领导 field: 县委常委、组织部部长 is a leader by post, not a unit','县委常委、组织部部长')
N('unknown-unit',ln('（一）加强组织领导。各乡镇'),'牵头领导 field: 县委副书记、县长 is a leader by post, not a unit','县委副书记、县长')
N('unknown-unit',ln('9.推进“智慧应急”建设'),'责任领导 column: a leader named (副县长马某某), not a unit','副县长马某某')
N('unknown-unit',ln('深化智慧教育和'),'牵头领导 field: a leader named (副县长李某某), not a unit','副县长李某某')
N('unknown-unit',ln('17.对接全区生态环境数据资源中心'),'责任领导 column: named leader 副县长李某某, not a unit','副县长李某某')
# mass bodies, 人大/政协 offices
N('unknown-unit',ln('（三）提升数字素养。'),'mass body in units.txt (共青团同心县委员会)','团县委')
N('unknown-unit',ln('（三）提升数字素养。'),'mass body in units.txt (同心县总工会)','县总工会')
N('unknown-unit',ln('推动数字化服务普惠应用。'),'mass body in units.txt (同心县妇女联合会)','县妇联')
N('unknown-unit',ln('16.完成县级政府网站'),'mass body in units.txt (同心县残疾人联合会)','县残联')
N('unknown-unit',ln('扩展数据共享范围。'),'county 人大 office, in units.txt; a 配合 unit in data sharing with 人大 (task 38)','县人大常委会办公室')
N('unknown-unit',ln('创新项目管理机制。'),'county 政协 office, in units.txt','县政协办公室')
N('unknown-unit',ln('扩展数据共享范围。'),'county court and procuratorate, in units.txt (non-government bodies taking part)','县人民法院、县人民检察院')
# collectives, aliases, distribution
N('unknown-unit',ln('（二）厘清层级职责'),'collective subjects','县直各部门（单位）、各乡镇人民政府')
N('unknown-unit',ln('10.实施“互联网+基层治理”行动'),'collective subjects 各乡镇人民政府, 各村（社区）','各乡镇人民政府、各村（社区）')
N('unknown-unit',ln('整合非涉密业务专网。'),'collective subject 县直有关部门','县直有关部门')
N('unknown-unit',ln('创新项目管理机制。'),'prefix distributes: 县发展和改革局、县财政局、县审计局, all in units.txt','县发展和改革局、财政局、审计局')
N('unknown-unit',ln('2.加强规划综合管理信息平台应用'),'official short name of 县发展和改革局 (alias in units.txt)','县发改局')
N('unknown-unit',ln('12.全面推行“免证办”'),'short name of 县审批服务管理局 (alias in units.txt)','县审批局')
N('unknown-unit',ln('20.推进水、气、土、废污染防治攻坚战'),'short name of 吴忠市生态环境局同心分局 (alias in units.txt)','县生态环境分局')
N('unknown-unit',ln('17.对接全区生态环境数据资源中心'),'a city bureau\'s county branch, listed in units.txt','吴忠市生态环境局同心分局')
N('unknown-unit',ln('提升网络平台支撑能力。'),'telecom operators\' county branches, listed in units.txt','中国电信同心分公司')
N('unknown-unit',ln('9.推进“智慧应急”建设'),'vertically managed / 驻县 units listed in units.txt','同心县气象局')
# basis near misses
N('basis-mismatch',9,'correct national basis document and 文号','国发〔2022〕14号')
N('basis-mismatch',9,'correct: 数字宁夏“1244+N”行动计划实施方案 is 宁政办发〔2023〕11号 (as the 吴忠 plan cites it)','宁政办发〔2023〕11号')
N('basis-mismatch',9,'the city plan cited by title alone (it has no 文号); title is right (关于加强数字政府建设的实施方案)','吴忠市人民政府《关于加强数字政府建设的实施方案》')
N('basis-mismatch',ln('（一）建设基础'),'retrospective mention of the 2020 工作要点 in the background; correct title and 文号, not cited as a basis','宁政办发〔2020〕14号')
N('basis-mismatch',2,'the document\'s own 文号, not a cited basis','同政办发〔2023〕96号')
# dates in background / own dates
N('deadline-invalid',ln('（一）建设基础'),'past dates describing what was done (2019年, 2021年, 截至2022年底), not deadlines','截至2022年底')
N('deadline-invalid',6,'date of issue','2023年12月18日')
N('deadline-later-than-baseline',ln('（六）加强调度落实'),'the office\'s own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines','每年12月10日前')
# goals
N('deadline-later-than-baseline',ln('到2023年底，全县'),'goal equal to the regional and city 到2023年底 goal (平台“家底”全面理清); not before the year of issue','到2023年底')
N('deadline-later-than-baseline',ln('到2025年，全县'),'goal equal to the regional/city 到2025年 goal (体系框架全面成型)','到2025年')
N('deadline-later-than-baseline',ln('到2035年，与政府'),'goal equal to the regional/city 到2035年 goal','到2035年')
# equal / earlier deadlines
N('deadline-later-than-baseline',ln('（二）厘清层级职责'),'task 64 (各地各部门成立相应组织机构…) 2025年; equal','2025年底前')
N('deadline-later-than-baseline',ln('（三）完善工作机制'),'task 32 (明确本地本部门数据管理机构及其职责分工、人员) 2023年; equal','2023年底前形成机制，长期坚持')
N('deadline-later-than-baseline',ln('深化智慧教育和'),'task 7 2023年形成试点经验，2025年取得明显成效 and task 8 持续推进，2025年取得明显成效; equal','2023年形成试点经验，2025年取得明显成效')
N('deadline-later-than-baseline',ln('加快智慧县城建设'),'task 9 持续推进，2025年取得明显成效; equal','2025年底前')
N('deadline-later-than-baseline',ln('（三）营造良好数字生态'),'task 12 (数据要素市场) 2025年; equal','2025年底前')
N('deadline-later-than-baseline',ln('健全安全工作机制。'),'task 15 2023年; equal (the plan is issued in December 2023: not invalid either)','2023年底前')
N('deadline-later-than-baseline',ln('提升安全防护能力。'),'task 18 2023年形成机制，长期坚持; equal','2023年形成机制，长期坚持')
N('deadline-later-than-baseline',ln('提高自主可控水平。'),'tasks 43 (2024年建成，持续推进) and 46 (2024年); equal','2024年底前')
N('deadline-later-than-baseline',ln('推动行政权力事项网上运行。'),'task 21 2024年; 2024年6月 is earlier','2024年6月底前')
N('deadline-later-than-baseline',ln('创新项目管理机制。'),'task 24 2023年; equal','2023年底前')
N('deadline-later-than-baseline',ln('扩展数据共享范围。'),'task 38 2024年; equal','2024年底前')
N('deadline-later-than-baseline',ln('整合非涉密业务专网。'),'task 50 2024年; equal','2024年底前')
N('deadline-later-than-baseline',ln('推进电子证照共享应用。'),'task 52 2025年; equal','2025年')
N('deadline-later-than-baseline',ln('（一）加强组织领导。各乡镇'),'task 116 2023年完成并长期坚持; equal','2023年完成并长期坚持')
N('deadline-later-than-baseline',ln('（四）强化考核评价。'),'tasks 122/123 2023年完成，长期坚持; equal','2023年完成，长期坚持')
N('deadline-later-than-baseline',ln('5.对食品药品'),'task 71 2024年; 2024年6月 is earlier','2024年6月底前')
N('deadline-later-than-baseline',ln('14.推进12345政务服务便民热线'),'task 87 2023年启动，2025年完成; 2024年底 is earlier','2024年底前')
N('deadline-later-than-baseline',ln('22.推广应用“宁政通”'),'task 105 2024年; 2024年6月 is earlier','2024年6月底前')
N('deadline-later-than-baseline',ln('24.统筹整合县级非涉密视频会议系统资源'),'task 107 2025年; equal (this row\'s error is the unit, not the date)','2025年')
N('deadline-later-than-baseline',ln('1.积极对接使用宁夏经济运行大数据平台'),'task 66 2025年; equal','2025年')

C=[]
def cov(task,*subs): C.append({'task':task,'line':ln(*subs)})
cov(64,'（一）健全组织机构')
cov(3,'（一）驱动数字经济发展')
cov(6,'推动数字化服务普惠应用。')
cov(7,'深化智慧教育和'); cov(8,'深化智慧教育和')
cov(9,'加快智慧县城建设')
cov(10,'推进数字乡村建设。'); cov(11,'推进数字乡村建设。')
cov(12,'（三）营造良好数字生态')
cov(14,'强化安全管理责任。')
cov(15,'健全安全工作机制。')
cov(18,'提升安全防护能力。')
cov(43,'提高自主可控水平。')
cov(21,'推动行政权力事项网上运行。')
cov(24,'创新项目管理机制。')
cov(28,'开展试点示范。')
cov(32,'完善数据管理机制。'); cov(30,'完善数据管理机制。')
cov(36,'深化数据高效共享。')
cov(38,'扩展数据共享范围。')
cov(40,'加强电子文件和档案管理。'); cov(54,'加强电子文件和档案管理。')
cov(48,'提升网络平台支撑能力。'); cov(47,'提升网络平台支撑能力。')
cov(50,'整合非涉密业务专网。')
cov(49,'加强视频资源共享。')
cov(52,'推进电子证照共享应用。')
cov(116,'（一）加强组织领导。各乡镇')
cov(25,'（二）加大财政投入。')
cov(118,'（三）提升数字素养。')
cov(122,'（四）强化考核评价。'); cov(123,'（四）强化考核评价。'); cov(124,'（四）强化考核评价。')
for t,s in [(66,'1.积极对接使用宁夏经济运行大数据平台'),(67,'2.加强规划综合管理信息平台应用'),(68,'3.编制完善县级监管事项目录'),
            (70,'4.强化涉企信用信息归集共享'),(71,'5.对食品药品'),(72,'6.推进本行业监管信息系统'),(77,'7.完善行政复议'),
            (79,'8.持续推进“雪亮工程”'),(80,'9.推进“智慧应急”建设'),(83,'10.实施“互联网+基层治理”行动'),(84,'11.发挥全区一体化政务服务平台'),
            (85,'12.全面推行“免证办”'),(86,'13.持续做强“我的宁夏”'),(87,'14.推进12345政务服务便民热线'),(90,'15.推进图书馆'),
            (93,'16.完成县级政府网站'),(94,'17.对接全区生态环境数据资源中心'),(96,'18.深化“互联网+城乡供水”'),(97,'19.应用宁夏自然资源三维立体'),
            (102,'20.推进水、气、土、废污染防治攻坚战'),(104,'21.推广应用全区统一的协同办公平台'),(105,'22.推广应用“宁政通”'),(106,'23.依托“宁政通”推广'),
            (107,'24.统筹整合县级非涉密视频会议系统资源'),(111,'25.整合机关事务管理信息系统'),(112,'26.进一步完善政务公开信息化平台'),
            (113,'27.配合建设全区统一的法规规章'),(114,'28.构建政务新媒体矩阵体系'),(115,'29.以12345政务服务便民热线为枢纽')]:
    cov(t,s)

key={
 'writer':'blind writer, round 353; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written':'2026-12-06',
 'draft':'draft.txt',
 'also':[],
 'baseline':'ningxia-2023',
 'build':None,
 'parents':['wuzhong'],
 'units':'units.txt',
 'planYear':2023,
 'expect':expect,
 'mustNotFlag':M,
 'covers':C,
 'notes':('同心县 county plan issued 2023-12-18, checked against 宁政发〔2023〕17号 and the 吴忠 city plan (--parent 吴忠). '
          'Every task names a leader (牵头领导 inline, 责任领导 in the attached table) as well as bodies; leaders are posts or '
          '副县长马某某/李某某 and are never units. Mass bodies (团县委, 县妇联, 县总工会, 县残联) and the 人大/政协 offices are in units.txt. '
          'Many 2023 regional tasks are copied as 2023年底前: the plan is issued in December 2023, so these are neither late nor invalid. '
          'No task is deliberately left out; task-uncovered is not annotated. Lines 74-102 are one tab-separated table '
          '(主要任务 | 重点内容 | 责任领导 | 牵头单位 | 配合单位 | 完成时限), an empty first cell continuing the group above.')
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(C),len(set(c['task'] for c in C)))
