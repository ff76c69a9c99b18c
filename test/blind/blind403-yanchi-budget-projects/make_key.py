# helper: builds key.json, finding every line number from draft.txt itself
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(s,nth=0):
    hits=[i+1 for i,l in enumerate(L) if s in l]
    assert hits, s
    return hits[nth]
def row(k): return ln("%d\t"%k) if False else [i+1 for i,l in enumerate(L) if l.startswith("%d\t"%k)][0]
expect=[
 {"rule":"basis-mismatch","line":ln("关于加强数字政府建设的行动方案"),"text":"关于加强数字政府建设的行动方案","why":"the 吴忠 city plan (吴忠市人民政府, 2023-11-27) is titled 《关于加强数字政府建设的实施方案》, not 行动方案"},
 {"rule":"deadline-later-than-baseline","line":row(17),"text":"2025年6月底","why":"城域网升级改造/电子政务外网: task 48 (各级城域网升级改造, 各市、县（区）具体负责) 完成时限 2024年 and task 47 (电子政务外网升级改造) 2024年; project 17 is due 2025年6月底 (建设周期 2024.5—2025.6 is the same slip)"},
 {"rule":"deadline-later-than-baseline","line":row(27),"text":"2025年12月底","why":"适老化与信息无障碍建设: task 93 完成时限 2024年; project 27 is due 2025年12月底 (建设周期 2024.6—2025.12 is the same slip)"},
 {"rule":"deadline-invalid","line":row(25),"text":"13月","why":"impossible month: 2024年13月底 (建设周期 2024.3—2024.12 shows 12月 was meant)"},
 {"rule":"unknown-unit","line":row(12),"text":"县审服局","why":"not in units.txt; the registry has 县审批服务管理局 = 县审批局 (a garbled short name)"},
 {"rule":"garbled-text","line":row(13),"text":"鏁版嵁鍏变韩浜ゆ崲","why":"UTF-8 bytes of 数据共享交换 read as GBK"},
]
M=[]
def m(rule,line,why,text=None):
    e={"rule":rule,"line":line}
    if text: e["text"]=text
    e["why"]=why; M.append(e)
m("deadline-invalid",ln("2024年3月12日"),"the notice's own issue date","2024年3月12日")
m("basis-mismatch",ln("国发〔2022〕14号"),"correct: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号","国发〔2022〕14号")
m("basis-mismatch",ln("宁政发〔2023〕17号"),"correct: 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号","宁政发〔2023〕17号")
m("basis-mismatch",ln("宁政办发〔2020〕14号"),"retrospective mention of the 2020 工作要点 in the background, not cited as a basis","宁政办发〔2020〕14号")
m("basis-mismatch",ln("盐政办发〔2024〕18号"),"the notice's own 文号, not a basis document","盐政办发〔2024〕18号")
m("deadline-invalid",ln("2023年，我县梳理"),"past date in the background (what was done in 2023)","2023年")
m("deadline-invalid",ln("2023年11月27日印发"),"retrospective: the city plan's issue date and the county's 2023年12月 meeting","2023年11月27日")
m("deadline-later-than-baseline",ln("到2025年，全县数字政府建设体系框架"),"goal 到2025年 equals the 吴忠 plan's 到2025年 “1347”体系框架全面成型 and the region's 2025 goal","到2025年")
m("deadline-later-than-baseline",row(1),"task 64 (各市、县（区）成立相应组织机构, 健全工作体制机制) 完成时限 2025年; 2024年6月底 is earlier","2024年6月底")
m("deadline-invalid",row(2),"copied regional deadline: task 32 (明确数据管理机构及职责) 完成时限 2023年; '2023年建立，长期坚持' records an existing mechanism and lies before the plan year on purpose","2023年建立，长期坚持")
m("deadline-later-than-baseline",row(2),"task 32 完成时限 2023年; the draft says 2023年建立 (equal) and 长期坚持","2023年建立，长期坚持")
m("deadline-later-than-baseline",row(3),"产业链图谱/产业运行监测: task 66 (“产业链图谱”) 完成时限 2025年; 2025年12月底 is equal. The 总投资 '2025' (万元) in the same row is an amount, not a year","2025年12月底")
m("deadline-invalid",row(3),"'2025' in the 总投资 column is an amount in 万元","2025")
m("deadline-later-than-baseline",row(4),"智慧园区: task 3 完成时限 持续推进，2025年取得明显成效; 2025年10月底 is earlier","2025年10月底")
m("deadline-later-than-baseline",row(6),"tasks 6/7/8 (教育、医疗健康服务数字化) 完成时限 2025年取得明显成效; 2025年12月底 equal","2025年12月底")
m("deadline-later-than-baseline",row(7),"数字供销: task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; 2025年6月底 is earlier than the completing milestone","2025年6月底")
m("deadline-later-than-baseline",row(8),"数据要素市场: task 12 完成时限 2025年; 2025年12月底 equal","2025年12月底")
m("deadline-later-than-baseline",row(9),"task 16 (数据安全防护能力评估指标体系) 完成时限 2024年; 2024年10月底 earlier","2024年10月底")
m("deadline-later-than-baseline",row(10),"task 18 (常态化安全防护和应急演练) 完成时限 2023年形成机制，长期坚持; the draft says 长期坚持","长期坚持")
m("deadline-later-than-baseline",row(11),"task 23 (“一本账”统筹建设管理机制) 完成时限 2024年; 2024年9月底 earlier","2024年9月底")
m("deadline-later-than-baseline",row(18),"task 56 (非税收入收缴电子化) 2025年, task 55 (财政电子票据一站式查验) 2024年; 2024年12月底 equal or earlier","2024年12月底")
m("deadline-later-than-baseline",row(22),"“视频一张网”: task 49 完成时限 2025年; 2025年12月底 equal (建设周期 2024.6—2025.12)","2025年12月底")
m("deadline-later-than-baseline",row(23),"“互联网+基层治理”: task 83 完成时限 2025年; 2025年12月底 equal","2025年12月底")
m("deadline-later-than-baseline",row(26),"task 89 (企业专属网页和惠企政策专栏) 完成时限 2024年; 2024年10月底 earlier","2024年10月底")
m("deadline-later-than-baseline",row(28),"task 98 (“智慧林草”云平台) 2024年; 2024年12月底 equal","2024年12月底")
m("deadline-later-than-baseline",row(29),"tasks 104/105 (协同办公平台, “宁政通”) 2024年; 2024年9月底 earlier","2024年9月底")
m("deadline-later-than-baseline",row(30),"tasks 112/114 (政务公开平台, 政务新媒体矩阵) 2024年; 2024年12月底 equal","2024年12月底")
m("deadline-later-than-baseline",row(31),"task 118 (数字政府培训) 2023年完成并长期坚持; the draft says 长期坚持 (每年度)","长期坚持")
m("deadline-later-than-baseline",row(32),"tasks 121 (长期坚持), 122/123 (2023年完成，长期坚持); the draft says 长期坚持","长期坚持")
m("deadline-later-than-baseline",ln("2025年度资金纳入2025年县级预算"),"budgeting of a multi-year project's second-year funds, not a task deadline","2025年度资金")
m("deadline-later-than-baseline",ln("每季度末25日前"),"the office's own reporting dates","2024年12月20日")
m("deadline-later-than-baseline",ln("2024年9月30日前"),"the office's own date for adjustment requests","2024年9月30日")
m("unknown-unit",row(3),"official short names in units.txt (县工信商务局 = 县工业信息化和商务局, 县市场监管局)","县工信商务局")
m("unknown-unit",row(6),"short names in units.txt: 县教体局, 县卫健局","县教体局")
m("unknown-unit",row(1),"collective subject","县直各部门（单位）")
m("unknown-unit",row(17),"collective subject","各乡镇人民政府")
m("unknown-unit",row(23),"collective subject","各村（社区）")
m("unknown-unit",row(28),"in units.txt as 吴忠市生态环境局盐池分局 = 盐池生态环境分局","盐池生态环境分局")
m("unknown-unit",row(24),"in units.txt","盐池县消防救援大队")
m("unknown-unit",row(5),"township governments listed in units.txt","花马池镇人民政府")
m("unknown-unit",ln("市大数据管理服务局业务指导"),"city unit in units.txt, giving guidance, not leading a county task","市大数据管理服务局")
m("unknown-unit",row(8),"short name in units.txt (县发改局 = 县发展和改革局)","县发改局")
m("unknown-unit",row(12),"县司法局 is in units.txt (only 县审服局 in this cell is wrong)","县司法局")
m("unknown-unit",row(31),"in units.txt","县委党校")
m("unknown-unit",row(9),"in units.txt","县委网信办")
m("unknown-unit",row(7),"资金来源 '上级补助' is a funding source, not a unit; 县供销社 is in units.txt","上级补助")
m("garbled-text",row(29),"“宁政通” and quoted names are normal text","宁政通")
covers=[(64,row(1)),(32,row(2)),(66,row(3)),(3,row(4)),(10,row(5)),(6,row(6)),(7,row(6)),(8,row(6)),(11,row(7)),(12,row(8)),(16,row(9)),(18,row(10)),(23,row(11)),(21,row(12)),(38,row(13)),(33,row(14)),(35,row(14)),(40,row(15)),(54,row(15)),(46,row(16)),(47,row(17)),(48,row(17)),(55,row(18)),(56,row(18)),(65,row(19)),(70,row(20)),(71,row(20)),(79,row(21)),(49,row(22)),(83,row(23)),(80,row(24)),(84,row(25)),(86,row(25)),(89,row(26)),(93,row(27)),(98,row(28)),(104,row(29)),(105,row(29)),(112,row(30)),(114,row(30)),(118,row(31)),(121,row(32)),(123,row(32)),(116,ln("“一把手工程”")),(25,ln("建立多渠道投入的资金保障机制"))]
key={"writer":"blind writer, round 403; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06","draft":"draft.txt","baseline":"ningxia-2023","build":None,"parents":["wuzhong"],"units":"units.txt","planYear":2024,
 "expect":expect,"mustNotFlag":M,"covers":[{"task":t,"line":l} for t,l in covers],
 "notes":"County (盐池县) 2024 project list with funding, checked against 宁政发〔2023〕17号 and the 吴忠 plan. Each table row is one project; 建设周期 and 完成时限 of the two late rows carry the same slip, counted once per line. All pillars are present: 一套体系 rows 1-2 (五个一/六级贯通 content), 三个驱动 rows 3-8, 四大支撑 rows 9-18, 七种能力 rows 19-30, 党的领导 rows 31-32 and 六、保障措施. The 总投资 amount '2025' in row 3 is deliberate. Tasks due 2023 that the list takes up carry 长期坚持 or the copied 2023 date, not a 2024 date."}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
for e in expect+M:
    if e.get("text") and e["text"] not in L[e["line"]-1]: print("TEXT MISMATCH",e)
