#!/usr/bin/python3
# Writes key.json and checks every line/text pair against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

expect = [
 {"rule":"basis-mismatch","line":5,"text":"宁政发〔2023〕71号",
  "why":"the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits transposed); line 19 cites it correctly"},
 {"rule":"deadline-later-than-baseline","line":54,"text":"2025年底前",
  "why":"second (accidentally pasted) copy of section 四（三）: 促进数据有序开发利用 = task 41 (完成时限 2024年) and task 42 (完成时限 2024年); the first copy, line 48, says 2024年底前"},
 {"rule":"deadline-later-than-baseline","line":113,"text":"2025年6月底前",
  "why":"table row 5, 城域网升级改造、县乡村全覆盖 = task 48 (完成时限 2024年; also task 47, 2024年); body line 58 and goal line 15 say 2024年底"},
 {"rule":"deadline-invalid","line":118,"text":"13月",
  "why":"2024年13月底前 is an impossible month (meant 12月); task 106 完成时限 2025年, so no lateness intended"},
 {"rule":"unknown-unit","line":111,"text":"县大数据管理服务局",
  "why":"永宁县 has no such body and units.txt does not list it (copied from a city template); the body, line 45, gives 县人民政府办公室 for the same task"},
 {"rule":"garbled-text","line":91,"text":"鎺ㄥ箍浣跨敤",
  "why":"UTF-8 read as GBK: 鎺ㄥ箍浣跨敤鍏ㄥ尯缁熶竴鐨勫～琛ㄦ姤鏁扮郴缁燂紝 = 推广使用全区统一的填表报数系统，"},
]

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"; G = "garbled-text"
mnf = [
 (I,2,"2024年3月5日","the draft's version and date line (第三稿), not a deadline"),
 (U,3,"县直各部门","editor's note (起草说明) naming a collective subject"),
 (B,5,"国发〔2022〕14号","correct 文号 of 《国务院关于加强数字政府建设的指导意见》"),
 (B,5,"宁政办发〔2023〕11号","《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan too; correct"),
 (B,8,"宁政办发〔2020〕14号","retrospective mention of the 2020 工作要点 in the background, title and 文号 match; not cited as a basis"),
 (I,8,"2020年","past dates in the background (2020年, 2022年, 截至2023年底), not deadlines"),
 (G,8,"XX项","XX placeholders (XX项, XX个) and the note （数据待更新） are drafting marks, not encoding damage"),
 (U,8,"县政务服务中心","a place in the background sentence, not a responsible unit"),
 (U,9,"县委网信办","inside the editor's note 【此处待补充…】; the unit is in units.txt"),
 (D,15,"2024年底","goal: 信创云迁移 = tasks 43 (2024年建成，持续推进)/46 (2024年), 外网县乡村全覆盖 = task 48 (2024年), 宁政通 = task 105 (2024年): equal; XX% is a placeholder"),
 (D,16,"2025年","goal 体系框架全面成型 equals the region's 到2025年 goal"),
 (D,17,"2035年","goal equals the region's 到2035年 goal"),
 (B,19,"宁政发〔2023〕17号","correct title and 文号 of the regional 实施意见"),
 (D,23,"2024年底前","task 2 完成时限 2023年启动，2024年取得明显成效: equal"),
 (U,24,"永宁工业园区管委会","listed in units.txt"),
 (D,24,"2025年","task 3 完成时限 持续推进，2025年取得明显成效: equal"),
 (U,25,"县直有关部门","collective subject (县委网信办等县直有关部门)"),
 (D,25,"2025年","task 5 完成时限 持续推进，2025年取得明显成效: equal"),
 (D,27,"2025年","tasks 6 (持续推进，2025年取得明显成效), 7 (2023年形成试点经验，2025年取得明显成效), 8 (持续推进，2025年取得明显成效): completion equal"),
 (D,28,"2025年","task 9 完成时限 持续推进，2025年取得明显成效: equal"),
 (D,29,"2025年","tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): completion equal"),
 (U,29,"各乡镇人民政府","collective subject"),
 (D,31,"2025年","task 12 完成时限 2025年: equal"),
 (U,36,"县委保密办","listed in units.txt"),
 (I,38,"2023年形成机制","copied regional deadline of task 18 (2023年形成机制，长期坚持); lies before the plan's year but equals the region's"),
 (U,41,"县审批局","official short name of 县审批服务管理局 in units.txt"),
 (D,41,"2024年底前","task 21 完成时限 2024年: equal"),
 (D,43,"2024年启动","task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025年 is equal (only the start is later, unavoidable for a 2024 plan)"),
 (D,46,"2024年底前","first copy: tasks 33 and 34 完成时限 2024年: equal"),
 (D,48,"2024年底前","first copy: tasks 41 and 42 完成时限 2024年: equal"),
 (D,49,"2025年","task 29 完成时限 2023年启动，2025年完成: equal"),
 (D,52,"2024年6月底前","second copy: tasks 33 and 34 完成时限 2024年: earlier"),
 (D,55,"2025年","second copy: task 29 完成时限 2025年完成: equal"),
 (D,57,"2024年底前","tasks 43 (2024年建成，持续推进) and 46 (2024年): equal"),
 (D,58,"2024年底前","tasks 47, 48, 50 (2024年): equal; task 49 (2025年): earlier"),
 (D,59,"2024年底前","tasks 53, 54, 55 (2024年): equal"),
 (D,60,"2025年","task 56 完成时限 2025年: equal"),
 (D,61,"2024年底前","tasks 57 and 58 完成时限 2024年: equal"),
 (D,64,"2024年6月底前","task 64 完成时限 2025年: earlier"),
 (D,70,"2025年","task 66 完成时限 2025年: equal"),
 (D,72,"2024年底前","tasks 70 and 71 完成时限 2024年: equal"),
 (U,72,"承担监管职责的县直有关部门","collective subject, local form of 承担监管职责的自治区有关部门（单位）"),
 (D,76,"2024年底前","task 77 完成时限 2024年: equal"),
 (D,77,"2024年底前","tasks 79 and 80 完成时限 2024年: equal"),
 (U,77,"永宁县消防救援大队","listed in units.txt"),
 (D,78,"2025年","task 83 完成时限 2025年: equal"),
 (U,78,"各村（社区）","collective subject"),
 (D,81,"2024年底前","task 86 (2024年): equal; task 87 (2023年启动，2025年完成): earlier"),
 (D,82,"2024年底前","tasks 88 and 89 完成时限 2024年: equal"),
 (D,83,"2024年底前","tasks 93 and 90 完成时限 2024年: equal"),
 (U,83,"县图书馆","object of the sentence (公共场馆), not a responsible unit"),
 (U,85,"银川市生态环境局永宁分局","the county's environment body, listed in units.txt"),
 (D,85,"2025年","task 95 完成时限 2025年: equal"),
 (D,86,"2025年","task 96 (2025年) and task 97 (2024年, note says 2024年底前): equal"),
 (D,90,"2024年底前","tasks 104 and 105 完成时限 2024年: equal"),
 (D,92,"2025年","tasks 107 and 111 完成时限 2025年: equal"),
 (D,100,"2024年安排","budget year of the funding, not a task deadline (task 25 is 2023年 but not dated here); XX万元 and （待与县财政局确认） are drafting marks"),
 (U,100,"县财政局","inside the editor's note （待与县财政局确认）; listed in units.txt"),
 (I,103,"2024年6月30日前","the office's own reporting dates (also 2024年12月20日前, 每季度末月25日前), not task deadlines"),
 (I,111,"【待补充】","placeholder in the half-finished table's deadline column"),
 (D,109,"2025年","table row 1 = task 3 (持续推进，2025年取得明显成效): equal"),
 (D,110,"2025年","table row 2 = task 10 (持续推进，2025年取得明显成效): equal"),
 (D,112,"2024年底前","table row 4 = task 46 (2024年): equal"),
 (D,114,"2025年","table row 6 = task 56 (2025年): equal"),
 (D,115,"2024年底前","table row 7 = task 77 (2024年): equal"),
 (D,116,"2025年","table row 8 = task 83 (2025年): equal"),
 (U,117,"县审批局","official short name of 县审批服务管理局"),
 (D,117,"2024年底前","table row 9 = task 86 (2024年): equal"),
 (D,119,"2024年底前","table row 11 = task 93 (2024年): equal"),
 (I,120,"县委宣传部","half-finished table: empty deadline cells (rows 12–14, lines 120–122) are not invalid deadlines"),
 (U,121,"统筹整合非涉密视频会议系统资源","half-finished table row with no unit; nothing to flag"),
]
mustNotFlag = [dict(rule=r, line=l, text=t, why=w) for r,l,t,w in mnf]

cov = [(2,23),(3,24),(5,25),(6,27),(7,27),(8,27),(9,28),(10,29),(11,29),(12,31),(14,36),(15,36),(17,37),(18,38),
       (21,41),(24,42),(28,43),(30,45),(32,45),(33,46),(34,46),(36,47),(41,48),(42,48),(29,49),(43,57),(46,57),
       (47,58),(48,58),(49,58),(50,58),(53,59),(54,59),(55,59),(56,60),(57,61),(58,61),(64,64),(66,70),(70,72),
       (71,72),(72,73),(73,73),(74,74),(75,74),(77,76),(79,77),(80,77),(83,78),(84,80),(85,80),(86,81),(88,82),
       (89,82),(90,83),(93,83),(95,85),(96,86),(97,86),(102,87),(104,90),(105,90),(106,118),(107,92),(111,92),
       (112,94),(114,95),(115,96),(116,99),(25,100),(117,101),(118,101),(122,102),(123,102),(124,102)]
covers = [dict(task=t, line=l) for t,l in sorted(cov)]

for e in expect + mustNotFlag:
    assert 1 <= e["line"] <= len(L), e
    assert e["text"] in L[e["line"]-1], (e["line"], e["text"])
for c in covers: assert 1 <= c["line"] <= len(L)

key = {
 "writer": "blind writer, round 328; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mustNotFlag,
 "covers": covers,
 "notes": ("Working draft (第三稿, 2024-03-05) of a 永宁县 (银川市) plan; no 银川 plan is in the seeds, so no parent. "
           "Section 四（三） (lines 44-49) was pasted twice by mistake (lines 50-55); only its dates differ: line 52 earlier (fine), "
           "line 54 later than tasks 41/42 (planted). The duplication itself is not a rule. Editor's notes (【…】, （待…）, （数据待更新）), "
           "XX placeholders and the unfinished table rows 12-14 are near misses. The draft keeps all pillars: 三个驱动 (三), 四个支撑 (四), "
           "五个一/六级贯通 as 一套工作体系 (五), 七个能力 (六), 党的领导 with 组织领导/财政投入/数字素养/考核评价 (七).")
}
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(L), "lines;", len(expect), "expect;", len(mustNotFlag), "mustNotFlag;", len(covers), "covers")
