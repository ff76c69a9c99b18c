# Builds key.json from draft.txt; every line number is looked up, every text checked against its line.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(sub):
    hits=[i+1 for i,l in enumerate(L) if sub in l]
    assert len(hits)==1,(sub,hits)
    return hits[0]
def row(n):
    hits=[i+1 for i,l in enumerate(L) if l.startswith(f'{n}\t')]
    assert len(hits)==1,(n,hits); return hits[0]
def chk(line,text):
    assert text in L[line-1],(line,text); return line

expect=[
 {"rule":"basis-mismatch","line":chk(ln('宁政发〔2023〕71号'),'宁政发〔2023〕71号'),"text":"宁政发〔2023〕71号","why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the digits are transposed"},
 {"rule":"deadline-later-than-baseline","line":chk(ln('2025年底前实现区、乡、村三级全覆盖'),'2025年底'),"text":"2025年底","why":"the sentence takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展), 完成时限 2024年; the draft's own table row 16 says 2024年11月底"},
 {"rule":"deadline-later-than-baseline","line":chk(row(30),'2025年6月底'),"text":"2025年6月底","why":"row 30 is task 86 (迭代升级“我的宁夏”政务APP功能…应用实现“应上尽上”), 完成时限 2024年; the 验收时间 2025年9月 in the same row is not the error"},
 {"rule":"unknown-unit","line":chk(row(6),'自治区农业农村厅'),"text":"自治区农业农村厅","why":"wrong body: a regional department named as 牵头单位 of a district task (copied from task 10's 责任单位 自治区农业农村厅牵头); the district lead would be 区农业农村局"},
 {"rule":"unknown-unit","line":chk(row(16),'区大数据管理服务局'),"text":"区大数据管理服务局","why":"not in units.txt (the district body is 区大数据服务中心; the name is the city's 市大数据管理服务局 with 市 changed to 区)"},
 {"rule":"deadline-invalid","line":chk(row(33),'20224年'),"text":"20224年","why":"impossible year (typo for 2024年10月底); row 33 is task 93, 完成时限 2024年"},
 {"rule":"garbled-text","line":chk(ln('鎺ㄨ繘鏀垮姟'),'鎺ㄨ繘鏀垮姟鏁版嵁'),"text":"鎺ㄨ繘鏀垮姟鏁版嵁","why":"sub-item title damaged by UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 推进政务数据汇聚共享"},
]

M=[]
def m(rule,line,text,why):
    if text is not None: chk(line,text)
    d={"rule":rule,"line":line}
    if text is not None: d["text"]=text
    d["why"]=why; M.append(d)
DL="deadline-later-than-baseline"; DI="deadline-invalid"; UU="unknown-unit"; BM="basis-mismatch"
# prose: other dates beside completion dates
l=ln('（一）健全组织机构。'); m(DL,l,"2024年12月","考核时间, not a completion date; the completion date 2024年4月底 is earlier than task 64 (各地各部门参照自治区做法，成立相应的组织机构…), 完成时限 2025年")
l=ln('推动区内重点酒庄'); m(DL,l,"2025年3月","验收时间, later than task 2 (2023年启动，2024年取得明显成效); the completion date 2024年12月底 equals the region's 2024")
l=ln('2026年3月组织试点评估'); m(DL,l,"2026年3月","evaluation date, not completion; completion 2025年取得明显成效 equals task 28 (2023年启动，2025年取得明显成效)")
l=ln('2025年一季度组织验收'); m(DL,l,"2025年一季度","acceptance after completion; completion 2024年11月底 is earlier than task 34 (主题数据库), 完成时限 2024年")
l=ln('评估节点：2025年3月）'); m(DL,l,"2025年3月","评估节点, not completion; completion 2024年12月底 equals task 41 (公共数据开放目录), 完成时限 2024年")
l=ln('资金拨付时间：2025年3月）'); m(DL,l,"2025年4月","验收时间, not completion; completion 2024年12月底 equals task 43 (政务信创云过渡), 完成时限 2024年建成，持续推进 (also task 46, 2024年)")
m(DL,l,"资金拨付时间：2025年3月","funding disbursement date, not a completion date (task 43, 2024年)")
l=ln('验收时间：2025年2月）'); m(DL,l,"2025年2月","验收时间; completion 2024年底 equals task 54 (电子文件归档), 完成时限 2024年")
l=ln('2024年10月底前完成区内重点食品生产经营主体追溯系统接入'); m(DL,l,"2025年1月","考核时间; completion 2024年10月底 is earlier than task 71 (全链条数字化追溯监管), 完成时限 2024年")
l=ln('2026年1月开展工作复盘'); m(DL,l,"2026年1月","复盘 (review) date; completion 到2025年 equals task 83 (互联网+基层治理), 完成时限 2025年")
l=ln('2024年12月底前完成热线智能交互建设'); m(DL,l,"2025年1月","考核时间; completion 2024年12月底 is earlier than task 87 (12345热线…完成热线智能交互建设), 完成时限 2023年启动，2025年完成")
l=ln('2024年度项目尾款于2025年4月底前完成拨付'); m(DL,l,"2025年4月底","funding disbursement (项目尾款拨付), not the completion of task 25 (多渠道投入的资金保障机制, 2023年)")
l=ln('2025年1月组织开展2024年度考核'); m(DL,l,"2025年1月","date of the annual assessment, not a completion date (tasks 122/123: 2023年完成，长期坚持)")
l=ln('2024年12月20日前报送年度工作总结'); m(DL,l,"2024年12月20日","the office's own reporting dates (每季度末月25日前, 年度总结), not task deadlines")
# past / background / goals
l=ln('2020年“数字政府”建设工作要点'); m(DI,l,"2023年","background: what was achieved in 2023, not a deadline")
m(BM,l,"宁政办发〔2020〕14号","retrospective mention of the 2020 工作要点 with its correct title and 文号, not cited as basis")
l=ln('在2023年政务数据资源普查基础上'); m(DI,l,"2023年","past survey used as a starting point, not a deadline")
l=ln('到2024年底，区级政务信息系统'); m(DL,l,"2024年底","goal earlier than the region's and the city's 到2025年 goals (数据治理初见成效)")
l=ln('到2025年，全区数字政府建设“1347”'); m(DL,l,"2025年","equal to the region's 到2025年 (34567 框架全面成型) and 吴忠's 到2025年 (1347 框架全面成型)")
l=ln('到2035年，与政府治理能力'); m(DL,l,"2035年","equal to the region's and the city's 2035 goal")
l=ln('宁政办发〔2023〕11号'); m(BM,l,"宁政办发〔2023〕11号","cited exactly as the 吴忠 plan cites it (《数字宁夏“1244+N”行动计划实施方案》)")
m(BM,l,"吴忠市人民政府《关于加强数字政府建设的实施方案》","city plan cited by title alone, correct title; it has no 文号")
m(BM,l,"国发〔2022〕14号","correct national basis")
# table: other dates and equal/earlier completion dates
m(DL,row(2),"2025年3月","验收时间; completion 2024年12月底 equals task 2 (2024年取得明显成效)")
m(DL,row(3),"2026年3月","验收时间; completion 持续推进，2025年取得明显成效 equals task 3")
m(DL,row(1),"2024年4月底","earlier than task 64, 完成时限 2025年")
m(DL,row(9),"长期坚持","ongoing; task 18 is 2023年形成机制，长期坚持")
m(DL,row(11),"2025年1月","通报时间; completion 2024年9月底 is earlier than task 23, 完成时限 2024年")
m(DL,row(12),"2026年3月","评估节点; completion 2025年 equals task 28 (2025年取得明显成效)")
m(DL,row(13),"2025年1月","验收时间; completion 2024年11月底 is earlier than task 34, 完成时限 2024年")
m(DL,row(14),"2025年3月","评估节点; completion 2024年12月底 equals task 41, 2024年")
m(DL,row(15),"2025年4月","验收时间 and 资金拨付时间 (2025年3月尾款); completion 2024年12月底 equals task 43 (2024年建成，持续推进)")
m(DL,row(20),"2025年2月","验收时间; completion 2024年12月底 equals task 54, 2024年")
m(DL,row(24),"2025年1月","考核时间; completion 2024年10月底 earlier than task 71, 2024年")
m(DL,row(26),"2025年1月","验收时间; completion 2024年12月底 equals task 79, 2024年")
m(DL,row(27),"2025年1月","考核时间; completion 2024年11月底 earlier than task 80, 2024年")
m(DL,row(28),"2026年1月","复盘时间; completion 2025年 equals task 83, 2025年")
m(DL,row(31),"2024年12月底","earlier than task 87 (2023年启动，2025年完成)")
m(DL,row(38),"长期推进，2024年取得明显成效","copied verbatim from task 108")
m(DI,row(42),"2023年完成并长期坚持","regional deadline of task 116 copied verbatim; it lies before the plan's year but is the region's own wording, not an invalid date")
m(DL,row(42),"2023年完成并长期坚持","identical to task 116")
# units
m(UU,3,"各乡镇人民政府","collective subject")
m(UU,row(9),"区直各部门（单位）","collective subject")
m(UU,row(28),"各村（社区）","collective subject")
m(UU,row(17),"区直有关部门","collective subject")
m(UU,row(42),"区直各部门（单位）、各乡镇人民政府","collectives as lead of a task every unit must carry out")
m(UU,row(11),"区政府办","alias of 区人民政府办公室 in units.txt")
m(UU,row(11),"区发改局","alias of 区发展和改革局 in units.txt")
m(UU,row(30),"区审批局","alias of 区审批服务管理局 in units.txt")
m(UU,row(3),"园区管委会","alias of 红寺堡工业园区管委会 in units.txt")
m(UU,row(3),"区工信商务局","alias of 区工业信息化和商务局 in units.txt")
m(UU,row(27),"区卫健局","alias of 区卫生健康局 in units.txt")
m(UU,row(4),"民政局","prefix 区 distributes: 区卫生健康局、民政局、人力资源和社会保障局、文化旅游体育广电局 = 区民政局, 区人力资源和社会保障局, 区文化旅游体育广电局")
m(UU,row(24),"卫生健康局","prefix 区 distributes: 区农业农村局、卫生健康局 = 区卫生健康局")
m(UU,ln('推动区内重点酒庄'),"区工业信息化和商务局","registered name containing 和; must not be split")
m(UU,row(20),"区委办公室、区档案馆","both registered; the first-listed is the lead (note at the foot of the table)")
m(UU,ln('依托自治区政府办公厅统筹建设的政务信创云'),"自治区政府办公厅","regional body named as builder of the platform the district migrates to, not as lead of the district task (the lead is 区大数据服务中心)")
m(UU,ln('向区数字政府建设领导小组办公室报送'),"区数字政府建设领导小组办公室","in units.txt")
m(UU,ln('提升安全防护能力。'),"区公安分局","alias of 吴忠市公安局红寺堡区分局 in units.txt")
m(UU,1,"吴忠市红寺堡区人民政府办公室","issuing office; alias in units.txt")
m(UU,row(43),"区委党校","in units.txt")

covers=[]
for n,tasks in [(1,[64]),(2,[2]),(3,[3]),(4,[6]),(5,[9]),(6,[10]),(7,[11]),(8,[12]),(9,[18]),(10,[21]),(11,[23]),(12,[28]),(13,[34]),(14,[41]),(15,[43]),(16,[48]),(17,[50]),(18,[49]),(19,[52]),(20,[54]),(21,[56]),(22,[57]),(23,[66]),(24,[71]),(25,[77]),(26,[79]),(27,[80]),(28,[83]),(29,[84]),(30,[86]),(31,[87]),(32,[89]),(33,[93]),(34,[94]),(35,[96]),(36,[104,105]),(37,[106]),(38,[108]),(39,[111]),(40,[112,114]),(41,[115]),(42,[116]),(43,[118]),(44,[122,123])]:
    for t in tasks: covers.append({"task":t,"line":row(n)})
for sub,tasks in [('强化安全管理责任。',[14,15]),('落实安全制度要求。',[17]),('创新数字政府建设管理机制。',[24]),('提升监管精准化水平。',[70]),('加强生态环境数字化监测。',[95]),('推动绿色低碳转型。推进水',[102]),('提升行政监督水平。',[107]),('（四）强化考核评价。',[124]),('加快建设智慧园区。',[5])]:
    for t in tasks: covers.append({"task":t,"line":ln(sub)})

key={
 "writer":"blind writer, round 606; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":["wuzhong"],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":M,
 "covers":covers,
 "notes":"红寺堡区 (county-level district of 吴忠市) plan issued 2024-03-15 as 红政办发〔2024〕9号, following the 吴忠 '1347' framework (一套体系 folds 五个一/六级贯通; section 六 covers 组织领导, 财政投入, 数字素养, 考核评价). Prose measures carry inline notes (牵头单位/配合单位/完成时限) and beside them 验收时间, 考核时间, 评估节点, 复盘时间, 资金拨付时间; the task table has columns 完成时限 | 验收时间 | 备注, and 备注 carries 考核/评估/通报/复盘/资金拨付 dates. Only 完成时限 (or the completion wording of a prose sentence) is a deadline; many of the other dates are later than the regional deadline on purpose. '全区' in the draft means the district. Prose line 46 (2025年底) contradicts the draft's own table row 16 (2024年11月底); the prose date is the planted error. Tasks regionally due 2023 (14, 15, 17, 24, 30, 32, 36) are taken up without dates or with 长期坚持, except the verbatim copy of task 116's deadline in row 42. make_key.py rebuilds this key from draft.txt."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
for e in expect: print(e['rule'],e['line'],e['text'])
