# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
W="blind writer, round 484; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md"
expect=[
 {"rule":"basis-mismatch","line":9,"text":"宁政发〔2023〕71号","why":"the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期, dated 2023-05-16); 71号 is a digit swap and does not belong to that title"},
 {"rule":"deadline-later-than-baseline","line":17,"text":"2026年","why":"主要目标: the region sets 到2025年 for the same goal (全区各级数字政府建设“34567”体系框架全面成型); the county puts it at 到2026年"},
 {"rule":"deadline-later-than-baseline","line":64,"text":"2025年底","why":"task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…按需向企事业单位拓展; 各市、县（区）具体负责) 完成时限 2024年, and task 47 (电子政务外网骨干网扩容升级) 2024年; the county sets 2025年底前"},
 {"rule":"deadline-invalid","line":56,"text":"2022年底","why":"a completion deadline (2022年底前) before the plan's own year 2023 (征求意见稿 circulated 2023-08-14); task 32 (明确本地本部门数据管理机构及其职责分工、人员) is due 2023年, so 2023年底前 was meant"},
 {"rule":"unknown-unit","line":97,"text":"县行政审批局","why":"not in units.txt; the county body is 县审批服务管理局 (short name 县审批局), used correctly on lines 47, 67, 96, 98"},
 {"rule":"unknown-unit","line":125,"text":"自治区政府办公厅","why":"a regional body named as 牵头单位 of a county task, copied from task 124 (自治区政府办公厅负责); the county lead should be a county unit (e.g. 县政府办公室 or the 领导小组办公室)"},
 {"rule":"garbled-text","line":108,"text":"鍔犲揩鎺ㄥ姩","why":"UTF-8 read as GBK: 鍔犲揩鎺ㄥ姩鏈哄叧鍐呴儴浜嬪姟绾夸笂闆嗘垚鍔炵悊鎺ㄥ箍搴旂敤 = 加快推动机关内部事务线上集成办理推广应用 (re-encode as GBK, decode as UTF-8)"},
]
M=[
 ("unknown-unit",4,"县政府办","chat header line (sender and time), not a responsible unit; 县政府办 is also a registered short name"),
 ("unknown-unit",6,"县大数据中心","chat header line of the sender 王某某; not part of the plan text (and a registered short name of 县大数据服务中心)"),
 ("unknown-unit",130,"金贵镇","chat header line; the sender's township (registered as 金贵镇人民政府) is not a responsible unit of any task"),
 ("unknown-unit",118,"王某某","chat system line (message recalled); a person, not a unit"),
 ("deadline-later-than-baseline",5,"2023年8月21日","the office's own deadline for comments on the draft, in a chat message; not a task deadline"),
 ("deadline-later-than-baseline",129,"8月21日","chat reminder of the comment deadline; not a task deadline"),
 ("deadline-later-than-baseline",76,"2024年底","a colleague's question in the chat about a date (the bureau's earlier figure for smart education); not plan text, and earlier than task 7 anyway"),
 ("deadline-later-than-baseline",78,"2025年","chat reply quoting the regional deadline of task 7 (2023年形成试点经验，2025年取得明显成效); not plan text"),
 ("deadline-invalid",2,"2023-08-15","chat export timestamp, not a deadline"),
 ("garbled-text",3,"——————","separator line of the chat export, not damaged text"),
 ("basis-mismatch",5,"《贺兰县数字政府建设实施方案（征求意见稿）》","the draft's own title in the chat notice, not a cited basis document"),
 ("basis-mismatch",9,"国发〔2022〕14号","correct 文号 of 《国务院关于加强数字政府建设的指导意见》"),
 ("basis-mismatch",11,"宁政办发〔2020〕14号","retrospective mention of the 2020 工作要点 in the 工作基础 background, with its correct 文号; not cited as a basis"),
 ("deadline-invalid",11,"2021年","past dates in the 工作基础 background (2021年, 2022年), not deadlines"),
 ("deadline-invalid",12,"2023年5月","background reference to when the region issued its 实施意见; not a deadline"),
 ("deadline-later-than-baseline",16,"到2023年底","goal equal to the region's 到2023年底 goal (平台“家底”全面理清)"),
 ("deadline-later-than-baseline",18,"到2035年","goal equal to the region's 到2035年 goal (数字政府全面建成)"),
 ("deadline-later-than-baseline",25,"2024年底前","task 2 完成时限 2023年启动，2024年取得明显成效: equal"),
 ("deadline-later-than-baseline",26,"持续推进，2025年取得明显成效","task 3 完成时限 持续推进，2025年取得明显成效: equal"),
 ("unknown-unit",27,"公安局","prefix 县 distributes over the list 县市场监管局、公安局 -> 县公安局 (registered)"),
 ("unknown-unit",29,"县直有关部门","collective subject"),
 ("deadline-later-than-baseline",30,"2025年取得明显成效","task 7 完成时限 2023年形成试点经验，2025年取得明显成效: equal"),
 ("deadline-later-than-baseline",31,"2025年底前","task 8 完成时限 持续推进，2025年取得明显成效: equal"),
 ("unknown-unit",32,"银川市","the county's own city named in body text (配合银川市推进…); not a responsible-unit field, and task 9 has 各地级市 lead with counties cooperating; deadline 2025年底前 equals task 9 (持续推进，2025年)"),
 ("unknown-unit",33,"各乡镇人民政府","collective subject"),
 ("deadline-later-than-baseline",34,"2025年取得明显成效","task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal"),
 ("deadline-later-than-baseline",36,"2024年底前","task 12 完成时限 2025年: earlier"),
 ("unknown-unit",37,"县发改局","registered short name of 县发展改革局; deadline 2024年底前 equals task 13 (2024年)"),
 ("unknown-unit",41,"县委保密办","registered county unit; deadline 2023年底前 equals task 14 (2023年)"),
 ("deadline-later-than-baseline",44,"2023年形成机制，长期坚持","task 18 完成时限 2023年形成机制，长期坚持: equal"),
 ("deadline-later-than-baseline",47,"2024年底前","task 21 完成时限 2024年: equal (task 22, 2025年, later)"),
 ("unknown-unit",49,"财政局","prefix 县 distributes in 县发展改革局、财政局、审计局 -> 县财政局, 县审计局 (registered); deadline 2023年底前 equals task 24 (2023年)"),
 ("unknown-unit",50,"自治区政府办公厅","regional body mentioned in body text (主动对接…), not named as lead; the lead is 县政府办公室"),
 ("deadline-later-than-baseline",57,"2023年底前","task 30 完成时限 2023年: equal"),
 ("unknown-unit",58,"县人社局","registered short names (县人社局, 县卫健局, 县应急局)"),
 ("deadline-later-than-baseline",61,"2024年6月底前","tasks 41/42 完成时限 2024年: earlier"),
 ("deadline-later-than-baseline",66,"2025年底前","task 49 完成时限 2025年: equal"),
 ("deadline-later-than-baseline",67,"2024年底前","task 52 完成时限 2025年 (earlier), task 53 2024年 (equal)"),
 ("deadline-later-than-baseline",69,"2025年底前","task 56 完成时限 2025年: equal"),
 ("deadline-later-than-baseline",72,"2023年9月底前","task 64 完成时限 2025年 (and task 60, 2023年): earlier"),
 ("deadline-later-than-baseline",74,"每季度首月10日前","the office's own reporting schedule, not a task deadline"),
 ("unknown-unit",87,"农业农村局","prefix 县 distributes: 县市场监管局、农业农村局 -> 县农业农村局 (registered)"),
 ("unknown-unit",88,"承担监管职责的县直有关部门","collective subject (county form of 承担监管职责的自治区有关部门（单位）)"),
 ("unknown-unit",93,"贺兰县消防救援大队","registered unit outside the county government proper"),
 ("unknown-unit",98,"县审批局","registered short name of 县审批服务管理局"),
 ("deadline-later-than-baseline",99,"2024年底前","task 87 完成时限 2023年启动，2025年完成 (earlier); task 115 2024年 (equal)"),
 ("unknown-unit",103,"银川市生态环境局贺兰分局","registered (the city bureau's county branch)"),
 ("deadline-later-than-baseline",104,"2024年底前","task 97 完成时限 2024年 (equal), task 96 2025年 (earlier)"),
 ("deadline-later-than-baseline",109,"2024年底前","tasks 106/107 完成时限 2025年: earlier"),
 ("deadline-later-than-baseline",110,"长期推进，2024年取得明显成效","task 108 完成时限 长期推进，2024年取得明显成效: equal; task 109 2024年: equal"),
 ("deadline-later-than-baseline",111,"2025年底前","task 111 完成时限 2025年: equal"),
 ("deadline-later-than-baseline",121,"2023年完成并长期坚持","task 116 完成时限 2023年完成并长期坚持: equal"),
 ("unknown-unit",124,"县数字政府建设领导小组办公室","registered short name of 县推进数字政府建设领导小组办公室; deadline equals tasks 122/123 (2023年完成，长期坚持)"),
 ("missing-pillar",0,None,"all pillars are present: 三个驱动 (lines 23-38), 四个支撑 (39-70), 五个一/六级贯通 (71-74), 七个能力 (80-115), 党的领导 with 组织领导/财政投入/数字素养/考核评价 (120-126); the garbled run on line 108 leaves 政务运行 intact"),
]
mnf=[]
for r,l,t,w in M:
    e={"rule":r,"line":l}
    if t: e["text"]=t
    e["why"]=w; mnf.append(e)
C=[(2,25),(3,26),(5,27),(6,29),(7,30),(8,31),(9,32),(10,33),(11,34),(12,36),(13,37),(14,41),(15,42),(17,43),(18,44),
 (21,47),(23,48),(24,49),(28,50),(32,56),(30,57),(33,58),(34,58),(36,59),(40,60),(41,61),(42,61),(46,63),(47,64),(48,64),
 (50,65),(49,66),(52,67),(53,67),(54,68),(56,69),(57,70),(58,70),(64,72),(66,82),(67,83),(68,85),(70,86),(71,87),(72,88),(73,88),
 (74,89),(77,91),(79,92),(80,93),(83,94),(84,96),(85,97),(86,98),(87,99),(88,100),(89,100),(90,101),(93,101),(94,103),(96,104),
 (97,104),(102,105),(103,107),(105,108),(106,109),(107,109),(108,110),(109,110),(111,111),(112,113),(114,114),(115,115),
 (116,121),(25,122),(118,123),(122,124),(123,124),(124,125)]
covers=[{"task":t,"line":l} for t,l in C]
key={"writer":W,"written":"2026-12-06","draft":"draft.txt","baseline":"ningxia-2023","build":None,"parents":[],
 "units":"units.txt","planYear":2023,"expect":expect,"mustNotFlag":mnf,"covers":covers,
 "notes":"A 征求意见稿 of the 贺兰县 (银川市) plan as pasted into a work group chat and exported (2023-08-14). Plan text runs in five messages (lines 7-19, 23-51, 55-74, 80-115, 120-127), each opened by a line '[sender] YYYY-MM-DD hh:mm'; chat replies and the export header are on lines 1-6, 20-22, 52-54, 75-79, 116-119, 128-133 and are not plan text. Responsibilities and deadlines are inline notes at the end of each item. Basis is the region's 实施意见 only; no parent plan (the county never cites a 银川市 document). units.txt is the county office's own registry."}
# checks
for e in expect+mnf:
    if e["line"]:
        assert e.get("text") is None or e["text"] in L[e["line"]-1], (e["line"],e.get("text"))
import re
for c in covers: assert 1<=c["line"]<=len(L) and L[c["line"]-1].strip()
assert len(L[-1])==0 or True
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(expect),len(mnf),len(covers),len(set(c["task"] for c in covers)))
