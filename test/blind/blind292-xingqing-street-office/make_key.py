import json
E=[]; M=[]; C=[]
def e(rule,line,text=None,why='',**kw):
    d={'rule':rule,'line':line}
    if text is not None: d['text']=text
    d.update(kw); d['why']=why; E.append(d)
def m(rule,line,text=None,why='',**kw):
    d={'rule':rule,'line':line}
    if text is not None: d['text']=text
    d.update(kw); d['why']=why; M.append(d)
# ---- planted mistakes ----
e('basis-mismatch',10,'自治区人民政府关于加快推进数字政府建设的实施意见',
  'wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》 ("加强", not "加快推进")')
e('deadline-later-than-baseline',86,'2025年6月底前',
  'task-list row 10 (适老化与信息无障碍建设) is the street share of regional task 93, 完成时限 2024年; 2025年6月底 is later')
e('deadline-later-than-baseline',90,'2025年底前',
  'task-list row 14 (电子政务外网向社区延伸, 全覆盖) is the street share of regional task 48 (城域网升级改造, 区市县乡村5级全覆盖), 完成时限 2024年 (task 47 外网升级改造 is also 2024年); 2025年底 is later')
e('deadline-invalid',38,'20224年',
  'impossible year 20224 (typo for 2024) in the 帮办代办 sentence; the matching regional task 84 is 2024年')
e('deadline-invalid',79,'2024年9月31日',
  'impossible date: September has 30 days (row 3, data verification; regional task 83 is 2025年, so it is not late)')
e('unknown-unit',83,'社区治理办公室',
  'no such office in the street (units.txt): the street has 社会事务办公室 / 社区服务中心, no 社区治理办公室')
e('unknown-unit',93,'区大数据局',
  '兴庆区 has no 大数据局 in units.txt (district bodies listed: 区政府办公室, 区委网信办, 区审批局, 区社会治理指挥中心 …); looks copied from a city plan (市大数据局)')
e('garbled-text',48,'浜哄彛鎴垮眿淇℃伅閲囬泦鏇存柊',
  'UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 人口房屋信息采集更新')
# ---- near misses ----
m('basis-mismatch',10,'国发〔2022〕14号','correct title and 文号 of the national 指导意见')
m('basis-mismatch',10,'宁政办发〔2023〕11号','《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so by the 吴忠 plan in the seeds')
m('basis-mismatch',10,'关于加强数字政府建设的实施方案','银川市 and 兴庆区 parent plans cited by title alone without 文号, as DOMAIN.md says city plans often are; not a wrong title')
m('basis-mismatch',15,'宁政办发〔2020〕14号','retrospective mention of the 2020 工作要点 in the background section (自2020年…以来), correct title and 文号; not cited as a basis')
m('basis-mismatch',2,'富宁街街道2024年数字化治理工作方案','the street\'s own document (the notice issuing it); "工作方案" is its own title, not a misquoted basis document')
m('basis-mismatch',3,'兴富街办发〔2024〕6号','the document\'s own 文号')
m('basis-mismatch',63,'富宁街街道网格化服务管理工作制度','internal rules the plan says it will draw up, not basis documents')
m('deadline-invalid',77,'2023年完成并长期坚持','copied regional deadline of task 116 (2023年完成并长期坚持); line 14 records that it was done in 2023; not an error even though before the plan year 2024')
m('deadline-invalid',13,'2022年','past dates in the background section (工作基础), not deadlines')
m('deadline-invalid',14,'2023年','background: what was done in 2023, not a deadline')
m('deadline-later-than-baseline',15,'2024年','background remark (需在2024年重点加以解决), the plan year itself, not a task deadline')
m('deadline-invalid',7,'2024年3月18日','issue date of the notice')
m('deadline-later-than-baseline',80,'2025年','row 4 = task 83 (“网格上报+网上分流+部门响应”, 横向到边纵向到底), 完成时限 2025年; equal')
m('deadline-later-than-baseline',78,'2024年6月底前','row 2 (网格设置) belongs to task 83 (2025年); earlier')
m('deadline-later-than-baseline',81,'2024年建立机制，2025年完成','row 5 = task 87 (12345 接诉即办), 完成时限 2023年启动，2025年完成; completing milestone 2025 equal (start milestone later only because the plan is of 2024)')
m('deadline-later-than-baseline',82,'2024年','row 6 = task 115 (政民互动, 12345 为枢纽), 完成时限 2024年; equal')
m('deadline-later-than-baseline',83,'2024年底前','row 7 = task 77 (矛盾纠纷多元化解信息系统), 完成时限 2024年; equal')
m('deadline-later-than-baseline',84,'2024年','row 8 = task 84 (就近办、一次办), 完成时限 2024年; equal')
m('deadline-later-than-baseline',85,'2024年','row 9 = task 86 (“我的宁夏”政务APP), 完成时限 2024年; equal')
m('deadline-later-than-baseline',87,'2024年启动，2025年取得明显成效','row 11 智慧社区试点 = task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效; completing milestone 2025 equal')
m('deadline-later-than-baseline',88,'持续推进，2025年取得明显成效','row 12 = task 6 (养老托育、家政物业等服务数字化), 完成时限 持续推进，2025年取得明显成效; equal')
m('deadline-later-than-baseline',89,'2025年','row 13 = task 106 (填表报数 压减50%以上), 完成时限 2025年; equal')
m('deadline-later-than-baseline',91,'2024年6月底前','row 15 = task 105 (宁政通) / 104 (协同办公平台), 完成时限 2024年; earlier')
m('deadline-later-than-baseline',92,'2024年','row 16 = task 54 (电子文件归档, 无纸化办公) / 40, 完成时限 2024年; equal')
m('deadline-later-than-baseline',93,'2024年','row 17 = task 79 (雪亮工程, 2024年) equal and task 49 (视频一张网, 2025年) earlier')
m('deadline-later-than-baseline',94,'长期坚持','row 18 = task 18 (2023年形成机制，长期坚持) / 14 (2023年): an ongoing duty with no new milestone, no later date is set')
m('deadline-later-than-baseline',95,'2024年','row 19 = task 80 (智慧应急, 风险监测预警和闭环管控), 完成时限 2024年; equal')
m('deadline-later-than-baseline',96,'持续推进，2025年取得明显成效','row 20 = task 9 (一网统管, 城市运行管理服务平台), 完成时限 持续推进，2025年取得明显成效; equal')
m('deadline-later-than-baseline',97,'2024年','row 21 = tasks 112 (政务公开) and 114 (政务新媒体), 完成时限 2024年; equal')
m('deadline-later-than-baseline',98,'长期坚持','row 22 = task 118 (培训, 2023年完成并长期坚持); ongoing, no later milestone')
m('deadline-later-than-baseline',99,'长期坚持','row 23 = task 121 (考核, 长期坚持); equal')
m('deadline-later-than-baseline',72,'2024年12月20日','the office\'s own reporting dates (每月25日, 2024年7月15日 半年评估, 2024年12月20日 年度总结), not task deadlines')
m('deadline-later-than-baseline',20,'到2024年底','street goal for its own basic work (网格数据采集, 12345, 政务服务下沉); no regional 2023 goal covers the same thing, and task 84 (就近办、一次办) is 2024年')
m('deadline-later-than-baseline',21,'到2025年','street 2025 goal, equal to the regional goal 到2025年 “34567”体系框架全面成型')
m('unknown-unit',4,'各社区居委会','collective subject')
m('unknown-unit',77,'各社区','collective subject (各村（社区） level); appears in most task rows')
m('unknown-unit',92,'街道各办（中心、队）','collective subject of the street\'s own offices')
m('unknown-unit',79,'专职网格员','a post (grid worker), not a unit; cooperating role in row 3')
m('unknown-unit',78,'网格长','网格长、专职网格员、兼职网格员、楼栋长 are posts inside the task text, not units')
m('unknown-unit',47,'数据专员','a post (one per 社区), not a unit')
m('unknown-unit',87,'丽景湖社区','社区 names (丽景湖社区、燕鸽湖社区) are listed in units.txt')
m('unknown-unit',84,'区审批局','short name of 兴庆区审批服务管理局 in units.txt')
m('unknown-unit',93,'兴庆公安分局','short name of 银川市公安局兴庆区分局 in units.txt')
m('unknown-unit',88,'区民政局','short name of 兴庆区民政局 in units.txt')
m('unknown-unit',81,'网格管理中心','two lead offices 党政办公室、网格管理中心, both in units.txt; the first is the main lead per line 75')
m('unknown-unit',72,'区委政法委','district body the street reports to, short name in units.txt (with 兴庆区人民政府办公室 and 领导小组办公室 on the same line)')
m('unknown-unit',29,'区社会治理指挥中心','district body the street escalates to, short name in units.txt')
m('unknown-unit',60,'银川市市场监督管理局兴庆区分局','listed in units.txt')
m('unknown-unit',51,'兴庆区有关部门','collective subject')
m('unknown-unit',66,'领导小组办公室','the body this plan sets up; in units.txt')
m('missing-pillar',40,pillar='数字经济',why='taken up by content: 惠企政策精准推送, 商圈楼宇数字化消费场景, “助力辖区数字经济发展”; a 街道 carries no 产业云/智慧园区 tasks')
m('missing-pillar',61,pillar='数字生态',why='taken up by content: 营造良好网络生态, 个人信息保护; 数据要素市场/数据交易 are not street tasks (line 23 says so)')
m('missing-pillar',51,pillar='经济调节',why='taken up by content: 经济数据采集报送 for district economic monitoring; 经济运行大数据平台 is built above (line 23)')
m('missing-pillar',60,pillar='市场监管',why='taken up by content: 协助市场监管分局 做好经营主体信息核查和食品安全隐患上报')
m('missing-pillar',60,pillar='生态环境保护',why='taken up by content: 网格员 发现上报 油烟、扬尘、垃圾分类 等生态环境问题')
m('missing-pillar',66,pillar='五个一',why='the street\'s organisational share (领导小组 + 办公室) and the 六级贯通 层级 duties (lines 23-24) are taken up; the company/智库 parts of 五个一 are regional and not carried by a 街道')
m('task-uncovered',0,task=10,why='数字乡村: an urban 街道 has no villages; not a missing part')
m('task-uncovered',0,task=43,why='政务云/信创云: line 23 says 政务云 is built above, the street does not carry it')
m('task-uncovered',0,task=12,why='数据交易平台/数据要素市场: line 23 says it is not carried by the street')
m('task-uncovered',0,task=66,why='经济运行大数据平台: built above (line 23); the street only reports data (line 51)')
m('task-uncovered',0,task=92,why='多卡合一: 各地级市 lead; not a 街道 task')
# ---- covers ----
for t,l in [(83,28),(87,42),(115,43),(77,44),(84,37),(85,39),(52,39),(86,34),(93,35),(28,32),(6,33),(106,50),(48,53),
            (105,54),(104,54),(54,92),(79,55),(49,55),(18,56),(14,56),(80,58),(9,59),(112,62),(114,62),(118,70),
            (121,99),(124,72),(116,77),(64,66),(32,47),(89,40)]:
    C.append({'task':t,'line':l})
key={'writer':'blind writer, round 292; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
     'written':'2026-12-06','draft':'draft.txt','also':[],'baseline':'ningxia-2023','build':None,'parents':[],
     'units':'units.txt','planYear':2024,'expect':E,'mustNotFlag':M,'covers':C,
     'notes':('Street-level (街道) plan of 兴庆区富宁街街道, 2024, checked directly against 宁政发〔2023〕17号 (no 银川/兴庆区 parent plan in the seeds; '
              'the parents are cited by title only). Units file lists the street offices, its 8 社区 and the 兴庆区 bodies. '
              'A 街道 does not carry many framework tasks (政务云, 数据交易, 经济运行大数据平台, 数字乡村 …); line 23 says so explicitly. '
              'Line 38 "20224年" is an impossible year; a checker that also reports it as later than task 84 (2024) double-counts one slip. '
              'The task-list table (lines 76-99) is tab-separated; line 75 states the first-listed office leads.')}
# verify
L=open('draft.txt',encoding='utf-8').read().split('\n')
for d in E+M:
    if d['line']>0 and 'text' in d:
        assert d['text'] in L[d['line']-1], (d, L[d['line']-1][:60])
for c in C: assert 1<=c['line']<=99
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(E),len(M),len(C))
