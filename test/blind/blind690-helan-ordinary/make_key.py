# Builds key.json from draft.txt; every line number is looked up by a unique substring.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(sub, nth=None):
    idx=[i+1 for i,l in enumerate(L) if sub in l]
    assert len(idx)==1,(sub,idx)
    return idx[0]
def row(n):  # task-table row by its 序号
    idx=[i+1 for i,l in enumerate(L) if l.startswith(f'{n}\t')]
    assert len(idx)==1,(n,idx); return idx[0]
def item(n):  # numbered measure in the body
    idx=[i+1 for i,l in enumerate(L) if l.startswith(f'{n}.')]
    assert len(idx)==1,(n,idx); return idx[0]
DL='deadline-later-than-baseline'; DI='deadline-invalid'; UU='unknown-unit'; BM='basis-mismatch'; GT='garbled-text'
expect=[
 {"rule":BM,"line":ln('宁政办发〔2023〕17号'),"text":"宁政办发〔2023〕17号","why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
 {"rule":UU,"line":item(35),"text":"县行政审批局","why":"not in units.txt; the county body is 县审批服务管理局 (short name 县审批局), as the task table row for the same task says"},
 {"rule":DL,"line":item(39),"text":"2025年底前","why":"适老化与信息无障碍建设 is regional task 93 (各市、县（区）按照职能分别负责), 完成时限 2024年; the county gives 2025年底前"},
 {"rule":DI,"line":row(9),"text":"2024年6月31日","why":"June has 30 days, an impossible date (the row is tasks 40 and 54, 完成时限 2024年, so the year itself is fine)"},
 {"rule":GT,"line":ln('绾冲叆骞村害棰勭畻'),"text":"绾冲叆骞村害棰勭畻","why":"UTF-8 bytes of 纳入年度预算 read as GBK"},
 {"rule":"task-uncovered","line":0,"task":114,"why":"deliberately left out: no 政务新媒体矩阵 / 政策解读产品 content anywhere (task 114: 自治区各部门（单位）及各市、县（区）分别负责, 2024年)"},
]
mnf=[
 {"rule":BM,"line":ln('国发〔2022〕14号'),"text":"国发〔2022〕14号","why":"correct title and 文号 of the national 指导意见"},
 {"rule":BM,"line":ln('宁政办发〔2023〕11号'),"text":"宁政办发〔2023〕11号","why":"《数字宁夏“1244+N”行动计划实施方案》 with the 文号 the 吴忠 plan gives it; a real companion basis document"},
 {"rule":BM,"line":ln('银川市人民政府《关于加强数字政府建设的实施方案》'),"text":"银川市人民政府《关于加强数字政府建设的实施方案》","why":"the city's plan cited by title alone, as county plans do; no 文号 to mismatch"},
 {"rule":BM,"line":ln('宁政办发〔2020〕14号'),"text":"宁政办发〔2020〕14号","why":"retrospective mention of the 2020 工作要点 (correct title and number) in the background paragraph, not cited as a basis"},
 {"rule":DI,"line":ln('2023年，我县完成'),"text":"2023年","why":"past date in the background (what was done in 2023), not a deadline"},
 {"rule":DL,"line":ln('到2024年底，'),"text":"到2024年底","why":"2024 goals: 上云 (task 46, 2024年), 外网三级全覆盖 (task 48, 2024年), 宁政通 (task 105, 2024年) all equal; nothing matches a 2023 regional goal"},
 {"rule":DL,"line":ln('到2025年，全县'),"text":"到2025年","why":"same year as the region's 2025 goal (34567 体系框架全面成型)"},
 {"rule":DL,"line":ln('到2035年，'),"text":"到2035年","why":"same year as the region's 2035 goal"},
 {"rule":DL,"line":item(1),"text":"2024年底前","why":"task 2 完成时限 2023年启动，2024年取得明显成效: equal"},
 {"rule":DL,"line":item(4),"text":"2025年底前取得明显成效","why":"task 6 完成时限 持续推进，2025年取得明显成效: equal"},
 {"rule":DI,"line":item(14),"text":"2023年形成机制，长期坚持","why":"task 18's regional deadline 2023年形成机制，长期坚持 copied verbatim; a copied regional deadline before the plan's year, and the task is ongoing"},
 {"rule":DI,"line":row(5),"text":"2023年形成机制，长期坚持","why":"same copy of task 18's deadline in the task table"},
 {"rule":DL,"line":item(16),"text":"2024年底前","why":"审管协同 is task 22, 完成时限 2025年: earlier"},
 {"rule":DL,"line":row(7),"text":"2024年","why":"task 22 (2025年): earlier"},
 {"rule":DL,"line":item(22),"text":"2024年10月底前","why":"tasks 46 (2024年) and 43 (2024年建成，持续推进): earlier"},
 {"rule":DL,"line":ln('（一）健全组织机构。'),"text":"2024年底前","why":"task 64 (各市、县（区）负责) 完成时限 2025年: earlier"},
 {"rule":DL,"line":row(16),"text":"2024年","why":"task 64 (2025年): earlier"},
 {"rule":DL,"line":ln('2024年4月底前'),"text":"2024年4月底前","why":"the office's own date for a 联络员名单, not a task deadline"},
 {"rule":DL,"line":ln('2024年12月10日前'),"text":"2024年12月10日前","why":"the office's own reporting dates (每季度末月25日前, 年度总结), not task deadlines"},
 {"rule":DL,"line":item(36),"text":"2024年底前","why":"我的宁夏 is task 86 (2024年, equal); 12345 is task 87 (2023年启动，2025年完成): earlier"},
 {"rule":DL,"line":row(24),"text":"2024年启动，2025年完成","why":"task 87 2023年启动，2025年完成: the completing milestone (2025年完成) is equal; only the start is later"},
 {"rule":DL,"line":item(44),"text":"2024年6月底前","why":"tasks 104 and 105, 2024年: earlier"},
 {"rule":DL,"line":row(27),"text":"2024年6月底前","why":"tasks 104 and 105, 2024年: earlier"},
 {"rule":DL,"line":item(26),"text":"2025年","why":"非税收入收缴电子化 is task 56, 完成时限 2025年: equal"},
 {"rule":DL,"line":item(18),"text":"2025年取得明显成效","why":"task 28 2023年启动，2025年取得明显成效: equal completing milestone"},
 {"rule":DL,"line":item(34),"text":"2025年底前","why":"task 83 (2025年): equal"},
 {"rule":UU,"line":1,"text":"南梁台子管委会","why":"short name of 南梁台子管理委员会 in units.txt"},
 {"rule":UU,"line":item(4),"text":"卫生健康局、人力资源和社会保障局、民政局","why":"the 县 prefix distributes: 县卫生健康局, 县人力资源和社会保障局, 县民政局 are all in units.txt"},
 {"rule":UU,"line":item(17),"text":"财政局、审计局","why":"prefix distributes from 县政府办公室: 县财政局, 县审计局"},
 {"rule":UU,"line":item(31),"text":"司法局、信访局","why":"prefix distributes: 县司法局, 县信访局"},
 {"rule":UU,"line":item(12),"text":"县直各部门（单位）","why":"collective subject (with 各乡镇人民政府)"},
 {"rule":UU,"line":item(34),"text":"各村（社区）","why":"collective subject"},
 {"rule":UU,"line":item(36),"text":"县审批局","why":"official short name of 县审批服务管理局 in units.txt"},
 {"rule":UU,"line":item(27),"text":"县发改局","why":"short name of 县发展和改革局 in units.txt"},
 {"rule":UU,"line":item(40),"text":"银川市生态环境局贺兰分局","why":"listed in units.txt: the city bureau's county branch is the county's environmental body"},
 {"rule":UU,"line":item(42),"text":"县生态环境分局","why":"short name of 银川市生态环境局贺兰分局 in units.txt"},
 {"rule":UU,"line":item(33),"text":"贺兰县消防救援大队、贺兰县气象局","why":"units outside the county government proper, listed in units.txt"},
 {"rule":UU,"line":item(2),"text":"贺兰工业园区管委会","why":"listed in units.txt"},
 {"rule":UU,"line":ln('（一）健全组织机构。'),"text":"县推进数字政府建设领导小组","why":"the coordinating body named in the measure's text, not a responsible unit in the note"},
 {"rule":UU,"line":item(37),"text":"审批服务管理局","why":"prefix distributes from 县市场监管局: 县审批服务管理局"},
 {"rule":GT,"line":ln('“1244+N”'),"text":"“1244+N”","why":"the real name of the 数字宁夏 action plan, not damage"},
 {"rule":GT,"line":ln('“34567”体系框架全面对接'),"text":"“34567”","why":"the framework's name"},
]
covers=[]
def cov(t,line): covers.append({"task":t,"line":line})
for t,n in [(2,1),(3,2),(5,3),(6,4),(7,5),(8,6),(9,7),(10,8),(11,9),(12,10),(14,12),(15,12),(17,13),(18,14),(21,15),(22,16),(24,17),(28,18),(30,19),(32,19),(41,20),(42,20),(40,21),(54,21),(46,22),(43,22),(48,23),(50,23),(49,24),(52,25),(53,25),(55,25),(56,26),(57,27),(66,28),(70,29),(71,30),(74,30),(77,31),(79,32),(80,33),(83,34),(84,35),(86,36),(87,36),(88,37),(89,37),(90,38),(93,39),(94,40),(96,41),(102,42),(103,43),(104,44),(105,44),(106,45),(107,46),(111,46),(112,47),(113,47),(115,48)]:
    cov(t,item(n))
cov(64,ln('（一）健全组织机构。'))
cov(116,ln('（一）加强组织领导。'))
cov(25,ln('（二）加强资金保障。'))
cov(118,ln('（三）提升数字素养。'))
cov(123,ln('（四）强化考核评价。'))
cov(124,ln('（四）强化考核评价。'))
key={
 "writer":"blind writer, round 690; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":covers,
 "notes":"贺兰县 (银川市) 2024 plan, issued 2024-03-18 by the county government office; checked against ningxia-2023 only (no parent plan file; the 银川 plan is cited by title). Inline notes give 责任单位 and 完成时限; tasks whose regional deadline is 2023 (14, 15, 17, 24, 30, 32, 116, 118, 123, 124) are taken up without a date on purpose, except task 18, whose regional deadline is copied verbatim. The task table's 说明 says the first-listed lead is the main lead and that 2024年 means 2024年底前. Six planted slips: wrong 文号 of the regional 实施意见, an unregistered unit name, a late 适老化 deadline, an impossible 6月31日, a mojibake run, and task 114 left out."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(covers))
