# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

expect = [
 {"rule":"basis-mismatch","line":9,"text":"宁政办发〔2023〕17号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the 办公厅 series — a wrong 文号 for the cited title"},
 {"rule":"deadline-later-than-baseline","line":23,"text":"2026年",
  "why":"主要目标: the region's goal 到2025年，全区各级数字政府建设“34567”体系框架全面成型 is put at 2026 for the same goal"},
 {"rule":"unknown-unit","line":30,"text":"县经信局",
  "why":"former name of the county 经济和信息化局; not in units.txt (now 县工业信息化和商务局 = 县工信商务局) and not a regional unit"},
 {"rule":"garbled-text","line":52,"text":"寤虹珛鍋ュ叏",
  "why":"UTF-8 read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立健全政务数据供需对接机制"},
 {"rule":"deadline-invalid","line":57,"text":"2024年9月31日",
  "why":"impossible date: September has 30 days (task 48 / 47, regional 完成时限 2024年, so not late)"},
 {"rule":"deadline-later-than-baseline","line":114,"text":"2025年6月底前",
  "why":"task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), regional 完成时限 2024年"},
]

mnf = [
 # units
 {"rule":"unknown-unit","line":29,"text":"县发改局","why":"official short name of 县发展和改革局 in units.txt"},
 {"rule":"unknown-unit","line":29,"text":"永宁工业园区管委会","why":"listed in units.txt"},
 {"rule":"unknown-unit","line":33,"text":"县直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":34,"text":"县教体局","why":"short name of 县教育体育局 in units.txt"},
 {"rule":"unknown-unit","line":35,"text":"各村（社区）","why":"collective subject"},
 {"rule":"unknown-unit","line":36,"text":"县供销社","why":"short name of 县供销合作社 in units.txt"},
 {"rule":"unknown-unit","line":42,"text":"县直各部门（单位）","why":"collective subject"},
 {"rule":"unknown-unit","line":42,"text":"各乡镇人民政府","why":"collective subject"},
 {"rule":"unknown-unit","line":46,"text":"县审批局","why":"short name of 县行政审批服务局 in units.txt"},
 {"rule":"unknown-unit","line":48,"text":"县政府办","why":"short name of 县人民政府办公室 in units.txt"},
 {"rule":"unknown-unit","line":58,"text":"交通运输局","why":"县 prefix distributes over the list: 县交通运输局 (and 应急管理局 = 县应急管理局)"},
 {"rule":"unknown-unit","line":67,"text":"永宁县税务局","why":"listed in units.txt (unit outside the county government proper)"},
 {"rule":"unknown-unit","line":72,"text":"司法局","why":"县公安局、司法局、信访局: 县 prefix distributes — 县司法局, 县信访局"},
 {"rule":"unknown-unit","line":74,"text":"永宁县消防救援大队","why":"listed in units.txt"},
 {"rule":"unknown-unit","line":82,"text":"永宁生态环境分局","why":"short name of 银川市生态环境局永宁分局 in units.txt"},
 {"rule":"unknown-unit","line":84,"text":"银川市生态环境局永宁分局","why":"listed in units.txt (city bureau's county branch); not a city unit to flag"},
 {"rule":"unknown-unit","line":103,"text":"市场监管局","why":"县公安局、民政局、人社局、住建局、市场监管局: 县 prefix distributes — 县市场监管局 (alias of 县市场监督管理局), not a city unit"},
 {"rule":"unknown-unit","line":109,"text":"各乡镇人民政府","why":"collective subject (具体负责)"},
 # deadlines
 {"rule":"deadline-invalid","line":14,"text":"2023年9月","why":"past date in the background section (工作基础), not a deadline"},
 {"rule":"deadline-later-than-baseline","line":22,"text":"2024年底","why":"goal equal to tasks 48 and 105, regional 完成时限 2024年"},
 {"rule":"deadline-later-than-baseline","line":24,"text":"2035年","why":"equal to the region's 到2035年 goal"},
 {"rule":"deadline-later-than-baseline","line":29,"text":"持续推进，2025年取得明显成效","why":"task 3, regional 完成时限 持续推进，2025年取得明显成效 — equal"},
 {"rule":"deadline-later-than-baseline","line":30,"text":"2024年底","why":"task 2, regional 完成时限 2023年启动，2024年取得明显成效 — equal"},
 {"rule":"deadline-later-than-baseline","line":33,"text":"2025年底前","why":"task 6, regional 完成时限 持续推进，2025年取得明显成效 — equal year"},
 {"rule":"deadline-later-than-baseline","line":36,"text":"2025年取得明显成效","why":"task 11, regional 完成时限 2023年完成主要建设任务，2025年取得明显成效 — completing milestone equal"},
 {"rule":"deadline-later-than-baseline","line":38,"text":"2025年","why":"task 12, regional 完成时限 2025年 — equal"},
 {"rule":"deadline-later-than-baseline","line":49,"text":"2024年启动，2025年取得明显成效","why":"task 28, regional 完成时限 2023年启动，2025年取得明显成效 — the completing milestone (2025) is equal; a later start is not a later deadline"},
 {"rule":"deadline-later-than-baseline","line":66,"text":"2024年","why":"task 66, regional 完成时限 2025年 — earlier (and equal to task 65, 2024年)"},
 {"rule":"deadline-later-than-baseline","line":97,"text":"2023年形成机制，长期坚持","why":"task 18, regional 完成时限 2023年形成机制，长期坚持 — copied verbatim, equal"},
 {"rule":"deadline-invalid","line":97,"text":"2023年形成机制，长期坚持","why":"a copied regional deadline that lies before the plan's year (task 18)"},
 {"rule":"deadline-later-than-baseline","line":98,"text":"2024年10月底前","why":"task 21, regional 完成时限 2024年 — earlier"},
 {"rule":"deadline-later-than-baseline","line":103,"text":"2025年6月底前","why":"task 52, regional 完成时限 2025年 — earlier; same text as the late line 114, different task"},
 {"rule":"deadline-later-than-baseline","line":105,"text":"2024年6月底前","why":"task 64, regional 完成时限 2025年 — earlier"},
 {"rule":"deadline-later-than-baseline","line":111,"text":"2025年","why":"task 87, regional 完成时限 2023年启动，2025年完成 — equal"},
 {"rule":"deadline-later-than-baseline","line":121,"text":"长期推进，2024年取得明显成效","why":"task 108, regional 完成时限 长期推进，2024年取得明显成效 — equal"},
 {"rule":"deadline-later-than-baseline","line":131,"text":"2025年1月","why":"the office's own evaluation date, not a task deadline"},
 {"rule":"deadline-later-than-baseline","line":131,"text":"2024年12月15日前","why":"the office's own reporting date (年度工作总结)"},
 # basis
 {"rule":"basis-mismatch","line":2,"text":"永政办发〔2024〕21号","why":"the draft's own 文号, not a basis citation"},
 {"rule":"basis-mismatch","line":9,"text":"国发〔2022〕14号","why":"correct 文号 of 《国务院关于加强数字政府建设的指导意见》"},
 {"rule":"basis-mismatch","line":9,"text":"宁政办发〔2023〕11号","why":"correct 文号 of 《数字宁夏“1244+N”行动计划实施方案》 (as cited by the 吴忠 plan in the seeds)"},
 {"rule":"basis-mismatch","line":14,"text":"宁政办发〔2020〕14号","why":"retrospective mention of the 2020 工作要点 in the background, not cited as basis"},
 # pillars
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"section 二（三） lines 37-39 (data-element market, network ecosystem)"},
 {"rule":"missing-pillar","line":0,"pillar":"五个一","why":"section 四 lines 60-63 localises 五个一 and 六级贯通"},
 {"rule":"missing-pillar","line":0,"pillar":"考核评价","why":"党的领导 items are in 七、保障措施 lines 126-129 (组织领导, 资金保障, 数字素养, 考核评价)"},
]

covers = [(2,30),(3,29),(5,31),(6,33),(7,34),(8,34),(10,35),(11,36),(12,38),(14,42),(15,42),(17,44),
 (18,97),(21,98),(22,47),(24,48),(25,127),(28,49),(32,51),(34,99),(40,54),(41,100),(46,101),(48,57),(49,58),
 (50,102),(52,103),(54,54),(56,104),(64,105),(66,66),(67,67),(68,69),(71,106),(74,70),(77,107),(79,73),
 (80,108),(83,109),(84,77),(85,78),(86,110),(87,111),(88,79),(89,112),(90,113),(93,114),(94,82),(96,115),
 (97,116),(102,84),(103,86),(104,117),(105,118),(106,119),(107,120),(108,121),(111,122),(112,91),(114,123),
 (115,124),(116,126),(118,128),(122,129),(124,129)]

for e in expect + mnf:
    if e["line"]:
        t = e.get("text")
        assert t is None or t in L[e["line"]-1], (e["line"], t)
for t, n in covers:
    assert 1 <= n <= len(L)

key = {
 "writer": "blind writer, round 810; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "covers": [{"task": t, "line": n} for t, n in covers],
 "notes": ("永宁县 (银川市) 2024 实施方案, checked against ningxia-2023 only (no parent plan). Six planted slips: wrong 文号 of the regional "
  "实施意见 (line 9), a late 主要目标 year (line 23), an old unit name (line 30), a mojibake run (line 52), an impossible date (line 57), "
  "a late task-table deadline (line 114). No task is deliberately left out; task-uncovered information for tasks the county plan "
  "simply does not take up is not annotated. Line 80 mentions 适老化 without a date; the late date is only in the task table (line 114). "
  "Task-table responsibility cells use 'X牵头，Y配合'; line 95 states that the first-listed lead is the main lead."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
