# writes key.json; every line number is looked up in the final draft.txt and every quoted text is checked on its line
import json,re
L=open('draft.txt',encoding='utf-8').read().split('\n')
def T(k):
    r=[i+1 for i,l in enumerate(L) if re.match(r'^[☑◐☐]　%d．'%k,l)]
    assert len(r)==1,k; return r[0]
def at(line,text):
    assert text in L[line-1],(line,text); return line
def find(text):
    r=[i+1 for i,l in enumerate(L) if text in l]; assert len(r)==1,(text,r); return r[0]
E=[];N=[]
def e(rule,line,text,why,**kw):
    d={"rule":rule,"line":line}
    if text is not None: d["text"]=text; at(line,text)
    d.update(kw); d["why"]=why; E.append(d)
def n(rule,line,text,why):
    d={"rule":rule,"line":line}
    if text is not None: d["text"]=text; at(line,text)
    d["why"]=why; N.append(d)
# ---- planted ----
e("deadline-later-than-baseline",T(24),"2024年9月","county item 24 (政务数据资源目录、数据“一本账”) is regional task 30, 完成时限 2023年; the checklist plans 2024年9月")
e("deadline-later-than-baseline",T(33),"2025年6月","county item 33 (电子政务外网升级改造、骨干网扩容、互联网出口带宽) is regional task 47, 完成时限 2024年; planned 2025年6月")
e("deadline-later-than-baseline",T(81),"2025年","county item 81 (政务新媒体矩阵、多样化政策解读产品) is regional task 114, 完成时限 2024年; planned 2025年")
e("deadline-invalid",T(61),"20244年","impossible year (typo for 2024年12月); county item 61 is regional task 88 (证照分离、一业一证), 完成时限 2024年. Only deadline-invalid is expected here")
e("deadline-invalid",T(82),"21月","impossible month 2024年21月 (transposed 12月); county item 82 is regional task 115 (12345 枢纽、政民互动、政府信息知识库), 完成时限 2024年")
e("unknown-unit",T(72),"县大数据管理服务局","not in units.txt: 海原 has 县政务大数据服务中心 (县大数据中心); 大数据管理服务局 is a city-level body copied from a city template. Task is regional 105 (宁政通), 2024年; its date 2024年12月 is equal")
e("unknown-unit",T(34),"自治区政府办公厅","a regional body named as the lead (牵头单位) of a county task (县级城域网升级改造, regional task 48 whose regional lead it is; 各市、县（区）具体负责); its date 2024年12月 equals task 48's 2024年")
# ---- near misses ----
for k,rt,rd,txt in [(9,11,"2023年完成主要建设任务，2025年取得明显成效","2023年12月"),(12,14,"2023年","2023年6月"),(13,15,"2023年","2023年12月"),(14,17,"2023年","2023年12月"),(21,24,"2023年","2023年12月"),(25,31,"2023年","2023年12月"),(26,32,"2023年","2023年10月"),(28,36,"2023年","2023年12月"),(37,51,"2023年","2023年12月"),(43,64,"2025年","2023年12月"),(48,68,"2023年","2023年12月"),(51,72,"2023年","2023年12月"),(58,85,"2023年","2023年12月"),(84,25,"2023年","2023年12月")]:
    n("deadline-invalid",T(k),txt,f"☑ 已完成 task whose planned date has passed: a 2024 mid-year self-check records it as done; planned {txt} is not later than regional task {rt} ({rd}); the county plan itself was issued 2023年12月")
for k,rt,rd,txt in [(15,18,"2023年形成机制，长期坚持","2023年形成机制，长期坚持"),(83,116,"2023年完成并长期坚持","2023年完成并长期坚持"),(85,118,"2023年完成并长期坚持","2023年完成并长期坚持"),(88,122,"2023 年完成，长期坚持 (and 123 likewise)","2023年完成，长期坚持"),(89,124,"2023 年形成机制，长期坚持","2023年形成机制，长期坚持")]:
    n("deadline-later-than-baseline",T(k),txt,f"equal to regional task {rt} ({rd}); ☑ 已完成, the 2023 milestone has passed, which is not an invalid date either")
for k,rt,rd,txt,why in [
 (1,2,"2023 年启动，2024 年取得明显成效","2024年12月","equal (end of the same year)"),
 (2,3,"持续推进，2025 年取得明显成效","持续推进，2025年取得明显成效","equal, same wording"),
 (5,7,"2023年形成试点经验，2025年取得明显成效","2023年底形成试点经验，2025年取得明显成效","equal; the 2023年底 milestone is past but is an intermediate milestone, not an invalid date"),
 (16,19,"2023年启动，2024年建成","2024年10月","earlier than the completing milestone 2024年建成"),
 (19,22,"2025年","2025年6月","earlier"),
 (20,23,"2024年","2024年底","equal"),
 (23,28,"2023年启动，2025年取得明显成效","2024年启动，2025年取得明显成效","the completing milestone 2025 is equal; only the start milestone is a year later (the county joined the pilot work in 2024)"),
 (29,40,"2024年","2024年","equal"),
 (32,46,"2024年 (task 43: 2024 年建成，持续推进)","2024年11月","earlier"),
 (34,48,"2024年","2024年12月","equal (the planted problem on this line is the lead unit, not the date)"),
 (36,49,"2025年","2025年","equal"),
 (40,56,"2025年","2024年12月","earlier; the task is already ☑ done"),
 (60,87,"2023年启动，2025年完成","2025年","equal to the completing milestone"),
 (66,96,"2025年","2024年6月","earlier; ☑ done"),
 (72,105,"2024年","2024年12月","equal (the planted problem on this line is the unit)"),
 (75,108,"长期推进，2024年取得明显成效","长期推进，2024年取得明显成效","equal, same wording"),
 (87,121,"长期坚持","长期坚持","equal, ongoing"),
 (74,107,"2025年","2025年","equal"),
 (56,83,"2025年","2025年","equal"),
 (64,93,"2024年","2024年10月","earlier"),
 (3,5,"持续推进，2025 年取得明显成效","2025年","equal"),
 (10,12,"2025年","2025年","equal; ☐ 未启动 but not late"),
 (47,66,"2025年","2025年","equal"),
 (69,102,"2025年","2025年","equal"),
 (73,106,"2025年","2025年","equal; ☐ 未启动 but not late"),
 (78,111,"2025年","2025年","equal")]:
    n("deadline-later-than-baseline",T(k),txt,f"regional task {rt} is due {rd}; {why}")
n("deadline-later-than-baseline",T(44),"2024年12月","county item on 六级贯通 duties and a county 指挥调度中心: body text 四(二) of 宁政发〔2023〕17号 has no date; the nearest task, 81 (统一的视频指挥调度体系), is due 2025年, so 2024年12月 is earlier")
n("deadline-later-than-baseline",T(45),"2025年","township/village duties from body text 四(二), no numbered task of its own; the nearest task, 64 (各地各部门成立相应组织机构…), is due 2025年: equal")
n("deadline-later-than-baseline",8,"力争到2025年","local goal 体系框架全面成型 by 2025, the same year as the region's 主要目标 (到2025年…“34567”体系框架全面成型)")
n("deadline-invalid",7,"2023年12月印发","background: the date the county plan was issued, not a deadline")
n("deadline-invalid",7,"2023年—2025年","the regional task list's title period, not a deadline")
n("deadline-invalid",10,"2024年6月30日","the self-check's data cut-off date, not a task deadline")
n("deadline-invalid",11,"2024年7月15日前","the office's own reporting date for evidence, not a plan deadline")
n("deadline-invalid",4,"2024年7月5日","the date of the checklist itself")
n("deadline-invalid",8,"2020年","retrospective background (since 2020), not a deadline")
n("basis-mismatch",8,"宁政办发〔2020〕14号","retrospective mention of the 2020 工作要点 with its correct title and 文号 (宁夏回族自治区2020年“数字政府”建设工作要点); not cited as the current basis")
n("basis-mismatch",7,"宁政发〔2023〕17号","correct title and 文号 of the regional 实施意见")
n("basis-mismatch",7,"国发〔2022〕14号","correct title and 文号 of the national 指导意见")
n("basis-mismatch",7,"《海原县关于加强数字政府建设的实施方案》","the county's own plan, cited by title alone with its issue date; a county plan may carry no 文号 in such a note")
n("garbled-text",10,"☑ 已完成；◐ 推进中；☐ 未启动","the checklist's status boxes (U+2611, U+25D0, U+2610) are intended symbols, not mojibake")
n("garbled-text",T(1),"◐","status box at the head of each item, not damaged text")
n("unknown-unit",T(8),"各村（社区）","collective subject")
n("unknown-unit",T(8),"各乡镇人民政府","collective subject")
n("unknown-unit",T(12),"县直各部门（单位）","collective subject")
n("unknown-unit",T(42),"县直有关部门","collective subject (county counterpart of 市直有关部门)")
n("unknown-unit",T(88),"县委办公室、组织部","prefix 县委 distributes: 组织部 = 县委组织部, in units.txt")
n("unknown-unit",T(16),"县大数据中心","official short name of 县政务大数据服务中心 in units.txt")
n("unknown-unit",T(38),"县税务局","short name of 国家税务总局海原县税务局 in units.txt")
n("unknown-unit",T(52),"县生态环境分局","short name of 中卫市生态环境局海原分局 in units.txt")
n("unknown-unit",T(1),"县工信商务局","short name of 县工业信息化和商务局 in units.txt")
n("unknown-unit",T(11),"县发改局","short name of 县发展改革局 in units.txt")
n("unknown-unit",T(76),"县政府督查室","short name of 县人民政府督查室 in units.txt")
n("unknown-unit",T(55),"海原县消防救援大队","listed in units.txt")
n("unknown-unit",T(27),"自治区政府办公厅","a regional body mentioned in the progress note (data reported to it), not named as the lead of the county task")
n("unknown-unit",7,"中卫市推进数字政府建设领导小组办公室","the city office that requested the self-check; listed in units.txt, not a task's responsible unit")
n("unknown-unit",4,"海原县推进数字政府建设领导小组办公室","the issuing office; full-name alias in units.txt")
n("unknown-unit",T(14),"县委国安办","listed in units.txt (county counterpart of 自治区党委国安办, lead of regional task 17)")
n("unknown-unit",T(4),"县教育体育局、县卫生健康局、县人社局、县民政局","all county units in units.txt, jointly responsible (按职责分别负责)")
covers=[(1,2),(2,3),(3,5),(4,6),(5,7),(6,8),(7,9),(8,10),(9,11),(10,12),(11,13),(12,14),(13,15),(14,17),(15,18),(16,19),(17,20),(18,21),(19,22),(20,23),(21,24),(22,26),(23,28),(24,30),(25,31),(26,32),(27,33),(27,34),(28,36),(29,40),(30,41),(31,42),(32,46),(32,43),(33,47),(34,48),(35,50),(36,49),(37,51),(38,53),(39,54),(40,56),(41,57),(42,58),(43,64),(46,65),(47,66),(48,68),(49,70),(50,71),(51,72),(52,74),(53,77),(54,79),(55,80),(56,83),(57,84),(58,85),(59,86),(60,87),(61,88),(62,89),(63,90),(64,93),(65,94),(66,96),(67,97),(68,98),(69,102),(70,103),(71,104),(72,105),(73,106),(74,107),(75,108),(76,109),(77,110),(78,111),(79,112),(80,113),(81,114),(82,115),(83,116),(84,25),(85,118),(86,117),(87,121),(88,122),(88,123),(89,124)]
C=[{"task":rt,"line":T(k)} for k,rt in covers]
key={"writer":"blind writer, round 355; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06","draft":"draft.txt","baseline":"ningxia-2023","build":None,"parents":[],"units":"units.txt","planYear":2024,
 "expect":E,"mustNotFlag":N,"covers":C,
 "notes":"海原县 (中卫市) mid-2024 self-check checklist of its 实施方案's tasks: one line per task opening with a status box (☑ 已完成, ◐ 推进中, ☐ 未启动), then the task, 牵头单位/配合单位, 计划完成 and 状态 with a note, grouped under the region's 34567 headings. No parent plan. planYear 2024 is the year of the checklist; the county plan it records was issued 2023年12月, so 2023 dates on ☑ done items are legitimate. Counts in the covering note (89 items: 23/62/4) are computed by make.py from draft.src.txt. County items 44 and 45 (六级贯通, county/township duties) correspond to body text of 宁政发〔2023〕17号 四(二), not to a numbered task. Regional tasks not taken up (task-uncovered is information only and not annotated): 1, 4, 16, 27, 38, 44, 45, 52, 59-63, 69, 91, 92, 119, 120 are led at regional level with no county role or name only 银川市/中卫市 or 各地级市 (37, 39); 82 (新冠疫情) is out of date; 29, 35, 55, 67, 73, 75, 76, 78, 81, 95, 99, 100, 101 name 各市、县（区） as 配合 but are not itemised in this checklist, so an information-level task-uncovered on them is fair."}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(E),len(N),len(C))
