# Writes key.json and checks every line/text against draft.txt (1-based).
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "": L = L[:-1]
G = "政府信息传播格局".encode("utf-8").decode("gbk")

expect = [
 {"rule":"basis-mismatch","line":9,"text":"宁政办发〔2023〕17号","why":"the title is 《自治区人民政府关于加强数字政府建设的实施意见》, whose 文号 is 宁政发〔2023〕17号 (a 人民政府 document, not a 办公厅 宁政办发 one); line 87 cites it correctly"},
 {"rule":"deadline-invalid","line":51,"text":"2023年10月底前","why":"the plan is issued 2024-04-08 (line 6), so a completion date of 2023-10 lies before the document's own year; tasks 40 and 54 (电子公文/电子文件归档) are due 2024年 in the regional list and the plan's own table (line 114) says 2024年底前"},
 {"rule":"unknown-unit","line":111,"text":"区信息中心","why":"not in units.txt (the old 区信息中心 was merged into 区数字政府建设服务中心, see the comment there); the body (line 48) names 区数字政府建设服务中心 as lead for the same work"},
 {"rule":"deadline-later-than-baseline","line":126,"text":"2025年6月底前","why":"task 93 (适老化与信息无障碍建设) 完成时限 2024年; the table row says 2025年6月底前 (the body, line 70, says 2024年底前)"},
 {"rule":"garbled-text","line":82,"text":G[:6],"why":"UTF-8 bytes of 政府信息传播格局 read as GBK (" + G + "); re-encode as GBK, decode as UTF-8"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"part 二 takes up only 驱动数字经济发展 and 引领数字社会建设; nothing on 营造良好数字生态 (数据要素市场, 数据交易, 政策环境, 网络生态) anywhere in the draft, although line 21 claims the whole 34567 framework"},
 {"rule":"task-uncovered","line":0,"task":12,"why":"数据要素市场/数据交易平台 (各市、县（区）配合) is left out together with the 数字生态 pillar"}
]

def dl(line, text, why, rule="deadline-later-than-baseline"):
    return {"rule":rule,"line":line,"text":text,"why":why}

mnf = [
 dl(25,"持续推进，2025年取得明显成效","task 3 完成时限 持续推进，2025年取得明显成效: equal"),
 dl(26,"2024年底前","task 2 完成时限 2023年启动，2024年取得明显成效: completing milestone 2024, equal"),
 dl(27,"持续推进，2025年取得明显成效","task 5 完成时限 持续推进，2025年取得明显成效: equal"),
 dl(29,"持续推进，2025年取得明显成效","task 6 持续推进，2025年取得明显成效 and task 7 2023年形成试点经验，2025年取得明显成效: equal"),
 dl(30,"2025年底前","task 8 完成时限 持续推进，2025年取得明显成效: equal year"),
 dl(31,"持续推进，2025年取得明显成效","task 9 完成时限 持续推进，2025年取得明显成效: equal"),
 dl(32,"持续推进，2025年取得明显成效","task 10 完成时限 持续推进，2025年取得明显成效: equal"),
 dl(38,"2024年底前","task 21 完成时限 2024年: equal"),
 dl(39,"2024年9月底前","task 23 完成时限 2024年: earlier"),
 dl(41,"2024年启动，2025年取得明显成效","task 28 完成时限 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal; only the start is a year later, which is natural for a plan issued in 2024"),
 dl(44,"2024年底前","tasks 33/34 (基础库/主题库) 完成时限 2024年: equal"),
 dl(45,"2024年底前","tasks 41/42 完成时限 2024年: equal"),
 dl(47,"2024年底前完成迁移，持续推进","task 43 完成时限 2024年建成，持续推进 (task 46 2024年): equal"),
 dl(48,"2024年10月底前","tasks 47/48 完成时限 2024年: earlier"),
 dl(49,"2025年底前","task 49 完成时限 2025年: equal"),
 dl(50,"2024年底前","task 52 2025年 (earlier), tasks 53/55 2024年 (equal)"),
 dl(52,"2024年底前","tasks 57/58 完成时限 2024年: equal"),
 dl(54,"2024年6月底前","task 64 (各地参照自治区做法成立组织机构，健全工作体制机制) 完成时限 2025年: earlier; this is not task 60, which is the 自治区 leading group itself"),
 dl(58,"2024年底前","task 66 完成时限 2025年: earlier (task 65, if matched, 2024年: equal)"),
 dl(60,"2024年底前","tasks 70/71/73 完成时限 2024年: equal"),
 dl(61,"2024年底前","task 74 完成时限 2024年: equal"),
 dl(64,"2024年底前","task 79 完成时限 2024年: equal; '2024年新建改造智安小区20个' is a target within the year"),
 dl(66,"2025年6月底前","task 83 完成时限 2025年: earlier"),
 dl(70,"2024年底前","task 93 完成时限 2024年: equal (the slip is only in the table row, line 126)"),
 dl(71,"2025年底前","task 92 完成时限 2025年: equal"),
 dl(74,"2024年底前","task 96 2025年 (earlier), task 97 2024年 (equal)"),
 dl(77,"2025年6月底前","task 106 完成时限 2025年: earlier"),
 dl(78,"2024年12月底前","tasks 107/111 完成时限 2025年: earlier"),
 dl(79,"持续推进，2024年取得明显成效","task 108 完成时限 长期推进，2024年取得明显成效 and task 109 2024年: equal"),
 dl(107,"2024年启动，2025年取得明显成效","table row of task 28 (2023年启动，2025年取得明显成效): completing milestone equal"),
 dl(116,"2024年6月底前","table row of task 64 (2025年): earlier"),
 dl(132,"2024年12月底前","table row of tasks 107/111 (2025年): earlier"),
 dl(20,"到2024年底","the plan's own-year goal; its items (上云, 城域网) are tasks 43/48, due 2024年: equal"),
 dl(21,"到2025年","regional 主要目标 '到2025年，全区各级数字政府建设34567体系框架全面成型': equal"),
 dl(93,"2025年1月15日","the office's own reporting date for the annual summary, not a task deadline"),
 dl(93,"2024年12月15日","the office's own reporting date, not a task deadline"),
 dl(87,"2024年12月","the plan's own 实施步骤 schedule (总结评估阶段), not a task deadline; '2025年工作计划' is not a deadline either"),
 dl(86,"2024年5月—11月","the plan's own 实施步骤 schedule, not a task deadline"),
 dl(14,"2023年12月底","past date in the 工作基础 background (the centre was set up), not a deadline", "deadline-invalid"),
 dl(14,"2022年","past date in the background", "deadline-invalid"),
 dl(43,"2023年","retrospective: the catalogue was compiled in 2023; the measure itself has no dated deadline", "deadline-invalid"),
 dl(6,"2024年4月8日","the date of issue", "deadline-invalid"),
 dl(97,"2024年","year in the title of the plan's task list", "deadline-invalid"),
 {"rule":"basis-mismatch","line":14,"text":"宁政办发〔2020〕14号","why":"retrospective mention of the 2020 工作要点 with its correct 文号, not cited as a basis"},
 {"rule":"basis-mismatch","line":9,"text":"宁政办发〔2023〕11号","why":"correct 文号 of 《数字宁夏“1244+N”行动计划实施方案》, as the 吴忠 plan cites it"},
 {"rule":"basis-mismatch","line":9,"text":"国发〔2022〕14号","why":"correct 文号 of the 国务院 指导意见"},
 {"rule":"basis-mismatch","line":87,"text":"宁政发〔2023〕17号","why":"correct 文号 of the regional 实施意见"},
 {"rule":"basis-mismatch","line":2,"text":"金政办发〔2024〕15号","why":"the notice's own 文号"},
 {"rule":"unknown-unit","line":3,"text":"各镇人民政府","why":"collective subject (addressees)"},
 {"rule":"unknown-unit","line":31,"text":"各街道办事处","why":"collective subject"},
 {"rule":"unknown-unit","line":35,"text":"各镇（街道）","why":"collective subject (金凤区 has 镇 and 街道, no 乡)"},
 {"rule":"unknown-unit","line":35,"text":"区直各部门（单位）","why":"collective subject"},
 {"rule":"unknown-unit","line":66,"text":"各村（社区）","why":"collective subject"},
 {"rule":"unknown-unit","line":44,"text":"区直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":61,"text":"承担监管职责的区直有关部门","why":"collective subject, the district form of 承担监管职责的自治区有关部门（单位）"},
 {"rule":"unknown-unit","line":119,"text":"承担监管职责的区直有关部门","why":"collective subject as lead of a table row"},
 {"rule":"unknown-unit","line":40,"text":"财政局","why":"the 区 prefix of 区发展和改革局 distributes: 区财政局, 区审计局 are in units.txt"},
 {"rule":"unknown-unit","line":26,"text":"区发改局","why":"short name of 区发展和改革局 in units.txt"},
 {"rule":"unknown-unit","line":29,"text":"区文旅体广局","why":"short name of 区文化旅游体育广电局 in units.txt"},
 {"rule":"unknown-unit","line":32,"text":"区农水局","why":"short name of 区农业农村和水务局 in units.txt"},
 {"rule":"unknown-unit","line":27,"text":"金凤公安分局","why":"short name of 银川市公安局金凤区分局 in units.txt"},
 {"rule":"unknown-unit","line":52,"text":"金凤自然资源分局","why":"short name of 银川市自然资源局金凤分局 in units.txt"},
 {"rule":"unknown-unit","line":73,"text":"金凤生态环境分局","why":"short name of 银川市生态环境局金凤分局 in units.txt"},
 {"rule":"unknown-unit","line":32,"text":"良田镇人民政府","why":"in units.txt"},
 {"rule":"unknown-unit","line":93,"text":"区数字政府办","why":"short name of 区数字政府建设领导小组办公室 in units.txt"},
 {"rule":"unknown-unit","line":27,"text":"自治区市场监管厅","why":"regional body named in running text as the body the district works with, not as lead of a local task"},
 {"rule":"unknown-unit","line":79,"text":"自治区人民政府督查室","why":"regional body named in running text (配合…优化互联网+督查), not as lead of a local task"},
 {"rule":"unknown-unit","line":31,"text":"银川市","why":"the parent city named in running text, not a responsible unit"},
 {"rule":"unknown-unit","line":114,"text":"区委办公室","why":"in units.txt; first-listed lead per the note on line 98"}
]

covers = [(2,26),(3,25),(5,27),(6,29),(7,29),(8,30),(9,31),(10,32),(14,35),(15,35),(17,36),(18,36),
 (21,38),(23,39),(24,40),(25,40),(28,41),(30,43),(32,43),(33,44),(34,44),(41,45),(42,45),(43,47),
 (47,48),(48,48),(49,49),(52,50),(53,50),(55,50),(40,51),(54,51),(57,52),(58,52),(64,54),(66,58),
 (70,60),(71,60),(74,61),(77,63),(79,64),(80,65),(83,66),(84,68),(86,68),(88,69),(89,69),(93,70),
 (92,71),(94,73),(96,74),(97,74),(104,76),(105,76),(106,77),(107,78),(111,78),(108,79),(109,79),
 (112,81),(113,81),(114,82),(115,83),(116,89),(118,91),(122,92),(123,92),(124,92)]

bad = 0
for e in expect + mnf:
    if e["line"] and "text" in e and e["text"] not in L[e["line"]-1]:
        print("MISMATCH", e); bad += 1
print("lines", len(L), "expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers), "bad", bad)

key = {
 "writer": "blind writer, round 852; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": "金凤区 (银川市) 2024 实施方案, issued by the district government office on 2024-04-08, checked against 宁政发〔2023〕17号 only (no parent plan). Body measures carry inline notes (牵头单位/配合单位/完成时限); the task table (lines 99-136) repeats them. Tasks whose regional deadline is 2023 (14, 15, 17, 18, 24, 25, 30, 32, 116, 118, 122-124) are taken up without a dated deadline on purpose. Two planted slips are body/table inconsistencies: line 51 (body, 2023年10月底前) vs line 114 (table, 2024年底前), and line 70 (body, 2024年底前) vs line 126 (table, 2025年6月底前); line 48 (body lead 区数字政府建设服务中心) vs line 111 (table lead 区信息中心)."
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
