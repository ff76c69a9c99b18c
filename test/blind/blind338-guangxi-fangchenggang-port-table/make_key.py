# helper: writes key.json and checks every line/text against draft.txt
import json
D=open('draft.txt',encoding='utf-8').read().split('\n')
if D[-1]=='': D=D[:-1]
GX='桂政发〔2022〕31号 (task numbers = the 43 “(责任单位…完成时限…)” clauses of the 广西 实施意见 numbered in document order)'
expect=[
 {"rule":"basis-mismatch","line":9,"text":"桂政发〔2022〕13号","why":"the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; digits transposed"},
 {"rule":"deadline-later-than-baseline","line":37,"text":"2026年底","why":"row 11 (12345热线) = 广西 task 8 (持续优化12345政务服务便民热线平台…), 完成时限: 2025年底; the city puts the whole row at 2026年底前"},
 {"rule":"deadline-later-than-baseline","line":54,"text":"2026年6月底","why":"row 25 measure (2) (政务新媒体矩阵, 惠企政策精准推送) = 广西 task 22 (优化政策信息数字化发布…政务新媒体矩阵…惠企政策精准推送), 完成时限: 2025年底; 2026年6月底前 is later. Measures (1) 2024年底前 and (3) 持续开展 in the same cell are fine"},
 {"rule":"deadline-invalid","line":71,"text":"2022年底","why":"row 39 measure (1) due 2022年底前 in a plan issued 2023-09-12: before the document's own year (广西 task 35 is 持续开展, so it is not a copied regional date)"},
 {"rule":"unknown-unit","line":63,"text":"市大数据管理局","why":"lead of row 32; the city body is 市大数据发展局 (alias 市大数据局) in units.txt; 市大数据管理局 is not in the registry"},
 {"rule":"unknown-unit","line":73,"text":"自治区大数据发展局","why":"a regional body named as 牵头单位 of a city task (row 40, 政务云), copied from 广西 task 36's 责任单位; should be 市大数据发展局"},
 {"rule":"garbled-text","line":70,"text":"鏁版嵁鍏变韩","why":"UTF-8 bytes read as GBK: 鏁版嵁鍏变韩浜ゆ崲骞冲彴 = 数据共享交换平台"},
]
M=[
 {"rule":"basis-mismatch","line":9,"text":"国发〔2022〕14号","why":"correct title and 文号 of the national 指导意见"},
 {"rule":"basis-mismatch","line":2,"text":"防政办发〔2023〕27号","why":"the notice's own 文号, not a cited basis document"},
 {"rule":"basis-mismatch","line":11,"text":"数字广西建设三年行动计划（2018—2020年）","why":"retrospective mention of an earlier plan in the background, not cited as the basis"},
 {"rule":"deadline-invalid","line":11,"text":"2022年","why":"past date in the background (achievement in 2022), not a deadline"},
 {"rule":"deadline-later-than-baseline","line":12,"text":"到2025年","why":"same year as the 广西 主要目标 (到2025年…数字政府体系框架基本形成; 一体化政务服务和一体化在线监管模式广泛普及; 引领作用明显增强)"},
 {"rule":"deadline-later-than-baseline","line":13,"text":"到2035年","why":"same as the 广西 goal 到2035年…数字政府基本建成"},
 {"rule":"deadline-invalid","line":6,"text":"2023年9月12日","why":"the notice's own date"},
 {"rule":"deadline-later-than-baseline","line":16,"text":"2023年10月底前","why":"the office's own reporting date for implementation plans, not a task deadline"},
 {"rule":"deadline-invalid","line":17,"text":"12月10日前","why":"recurring reporting dates (每年6月20日、12月10日前), no year; office's own schedule"},
 {"rule":"unknown-unit","line":17,"text":"自治区大数据发展局","why":"a 广西 body above the city named as the recipient of a copy (抄送), not as a responsible unit; it is a regional unit of the baseline"},
 {"rule":"unknown-unit","line":15,"text":"市数字防城港建设领导小组","why":"in units.txt; coordinating body named in the 工作要求"},
 {"rule":"unknown-unit","line":22,"text":"一、构建协同高效的政府数字化履职能力体系","why":"group row of the table (广西 part 二), no units and no date"},
 {"rule":"unknown-unit","line":23,"text":"（一）强化经济运行大数据监测分析，提升经济调节能力","why":"sub-group row (广西 二(一)), no task cells"},
 {"rule":"unknown-unit","line":55,"text":"二、构建数字政府全方位安全保障体系","why":"group row (广西 part 三)"},
 {"rule":"unknown-unit","line":83,"text":"七、加强党对数字政府建设工作的领导","why":"group row (广西 part 八)"},
 {"rule":"unknown-unit","line":26,"text":"市发改委","why":"alias of 市发展改革委 in units.txt"},
 {"rule":"deadline-later-than-baseline","line":27,"text":"2025年底前","why":"row 3 measure (3) = 广西 task 3 (以一体化在线监管提升监管协同化水平), 完成时限: 2025年底; equal"},
 {"rule":"deadline-later-than-baseline","line":27,"text":"2024年6月底前","why":"row 3 measure (1) earlier than 广西 task 3's 2025年底"},
 {"rule":"unknown-unit","line":27,"text":"各县（市、区）人民政府","why":"collective subject"},
 {"rule":"unknown-unit","line":29,"text":"公安局","why":"prefix 市 distributes over 市信访局、公安局、司法局 → 市公安局, 市司法局"},
 {"rule":"deadline-later-than-baseline","line":29,"text":"2024年底前","why":"row 4 = 广西 task 4 (推进数字化网格治理能力建设…提升社会矛盾化解能力), 完成时限: 持续开展; a local milestone on an ongoing task is not later; measure (1) keeps 持续开展"},
 {"rule":"deadline-later-than-baseline","line":34,"text":"(2)(3)持续开展","why":"row 8 = 广西 task 7 (持续开展); per-measure dates, (1) 2024年底前 is a local milestone, (2)(3) 持续开展"},
 {"rule":"unknown-unit","line":32,"text":"防城港市气象局","why":"vertical body listed in units.txt, as are 市消防救援支队 and 市海洋局"},
 {"rule":"deadline-later-than-baseline","line":38,"text":"2025年底前","why":"row 12 (智桂通) measure (2) = 广西 task 9 (持续完善“智桂通”移动开放生态体系), 完成时限: 2025年底; equal; measure (1) 2024年底前 earlier"},
 {"rule":"unknown-unit","line":38,"text":"自治区大数据发展局","why":"a 广西 body above the city named only as 配合单位 (not lead); it is a regional unit of the baseline"},
 {"rule":"unknown-unit","line":40,"text":"市大数据局","why":"alias of 市大数据发展局 in units.txt"},
 {"rule":"deadline-later-than-baseline","line":42,"text":"(1)2024年底前","why":"row 16 = 广西 task 13 (智慧工地, 持续开展); local milestone plus 持续开展"},
 {"rule":"deadline-later-than-baseline","line":50,"text":"(1)2025年底前","why":"row 22 = 广西 task 19 (提升辅助决策能力, 持续开展); local milestone within the 2025 goal horizon"},
 {"rule":"deadline-later-than-baseline","line":54,"text":"(1)2024年底前","why":"row 25 measure (1) earlier than 广西 task 22's 2025年底 (only measure (2) is late)"},
 {"rule":"deadline-invalid","line":57,"text":"2023年底前","why":"row 27 measure (1): in the plan's own year (2023), valid; 广西 task 24 持续开展"},
 {"rule":"unknown-unit","line":58,"text":"大数据发展局","why":"prefix 市 distributes over 市发展改革委、工业和信息化局、公安局、大数据发展局; 市委国安办 before the comma is in units.txt"},
 {"rule":"unknown-unit","line":69,"text":"市直各有关单位","why":"collective subject"},
 {"rule":"deadline-invalid","line":70,"text":"2023年底前","why":"row 38 measure (1), the plan's own year, valid; 广西 task 34 持续开展"},
 {"rule":"deadline-later-than-baseline","line":74,"text":"(2)2025年底前","why":"row 41 = 广西 task 37 (提升网络平台支撑能力, 持续开展), IPv6 milestone 2025年底前 within the 2025 goal horizon"},
 {"rule":"unknown-unit","line":77,"text":"防城港市税务局","why":"in units.txt (vertical body, 广西 names 广西税务局 for task 39)"},
 {"rule":"unknown-unit","line":85,"text":"市委编办","why":"in units.txt"},
 {"rule":"unknown-unit","line":87,"text":"市绩效办","why":"in units.txt"},
 {"rule":"unknown-unit","line":88,"text":"市人大常委会办公室","why":"抄送 recipients, not responsible units; all in units.txt; 市委各部门 is collective"},
 {"rule":"deadline-invalid","line":89,"text":"2023年9月13日","why":"the printing date"},
 {"rule":"unknown-unit","line":56,"text":"市委国安办","why":"row 26 = 广西 task 23, whose 责任单位 lists only 自治区 bodies (no 各市人民政府); the city still takes it up with its own units, all in units.txt"},
 {"rule":"missing-pillar","line":0,"why":"every 广西 part (二 七个能力, 三 安全保障, 四 制度规则, 五 数据资源, 六 平台支撑, 七 数字经济/社会/生态, 八 党的领导) has its own group of rows"},
]
cov=[(1,24),(2,26),(3,27),(4,29),(4,30),(5,31),(6,32),(7,34),(7,35),(7,36),(8,37),(9,38),(10,39),(11,40),(12,41),(13,42),(14,43),(15,44),(16,46),(17,47),(18,48),(19,50),(20,51),(21,52),(22,54),(23,56),(24,57),(25,58),(26,59),(27,60),(28,62),(29,63),(29,64),(30,65),(31,66),(32,67),(33,69),(34,70),(35,71),(36,73),(37,74),(38,75),(40,75),(39,76),(39,77),(41,79),(42,80),(42,81),(43,82)]
for e in expect+M:
    if e["line"]:
        assert e["text"] in D[e["line"]-1], (e, D[e["line"]-1][:40])
key={
 "writer":"blind writer, round 338; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"__DATE__",
 "draft":"draft.txt",
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":expect,
 "mustNotFlag":M,
 "covers":[{"task":t,"line":l} for t,l in cov],
 "notes":"防城港市 分工方案 (notice 2023-09-12) implementing "+GX+". Task numbers in why/covers are my own numbering of the 43 responsibility clauses of the 广西 text in document order (1 经济调节 … 8 12345热线 … 9 智桂通 … 22 政策信息数字化发布 … 43 数字生态); the four dated 广西 clauses are 3, 8, 9, 22 (2025年底), all others 持续开展. 完成时限 cells give per-measure dates ((1)…；(2)…); only the measure named in expect is wrong. The 党的领导 rows (49–52) follow 广西 part 八, which has no dates or units."
}
import datetime
key["written"]=datetime.date.today().isoformat()
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(key["covers"]))
