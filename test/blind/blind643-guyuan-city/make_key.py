# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

expect = [
  {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕17号",
   "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府 document), not 宁政办发 (办公厅 series); wrong 文号 for this title"},
  {"rule": "deadline-later-than-baseline", "line": 16, "text": "2026年",
   "why": "主要目标: the region sets 到2025年 for the same goal (\"全区各级数字政府建设'34567'体系框架全面成型\"); the city puts it at 2026"},
  {"rule": "garbled-text", "line": 24, "text": "寤虹珛鍋ュ叏鏁版嵁",
   "why": "UTF-8 read as GBK mojibake of 建立健全数据交易主体市场准入制度 (re-encode as GBK, decode as UTF-8)"},
  {"rule": "unknown-unit", "line": 93, "text": "市经信局",
   "why": "former name (市经济和信息化局); not in units.txt, the body is 市工业和信息化局 = 市工信局; it is the lead unit of the row"},
  {"rule": "deadline-later-than-baseline", "line": 116, "text": "2025年底",
   "why": "row 24 (城域网升级改造, 市县乡村全覆盖) takes up task 48, 完成时限 2024 年; the city writes 2025年底前"},
  {"rule": "deadline-invalid", "line": 148, "text": "13月",
   "why": "impossible month 2024年13月 (row 56, task 111, 完成时限 2025年); year 2024 is not later than 2025, so this is not a late deadline"},
]

mnf = [
  {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
  {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 is a separate regional document cited with this 文号 in the 吴忠 plan too; an additional basis, not the baseline"},
  {"rule": "basis-mismatch", "line": 10, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 (correct title and 文号) in the background, not cited as the basis"},
  {"rule": "basis-mismatch", "line": 2, "text": "固政发〔2024〕9号", "why": "the plan's own 文号, not a cited basis document"},
  {"rule": "deadline-invalid", "line": 10, "text": "2023年", "why": "past date in the background (what was done in 2023), not a deadline"},
  {"rule": "deadline-invalid", "line": 6, "text": "2024年3月22日", "why": "the issue date of the plan"},
  {"rule": "deadline-later-than-baseline", "line": 15, "text": "2024年底", "why": "near-term goals: 信创云迁移 (task 43, 2024 年建成), 电子政务外网升级 (task 47, 2024年), 我的宁夏/宁政通 (tasks 86, 105, 2024年) — equal"},
  {"rule": "deadline-later-than-baseline", "line": 17, "text": "2035年", "why": "equal to the regional 到2035年 goal"},
  {"rule": "deadline-later-than-baseline", "line": 48, "text": "2024年6月底前", "why": "task 64 (各地成立相应组织机构), 完成时限 2025年 — earlier"},
  {"rule": "deadline-later-than-baseline", "line": 72, "text": "2025年", "why": "task 96 (互联网+城乡供水, 水治理数字化转型基本完成), 完成时限 2025年 — equal"},
  {"rule": "deadline-later-than-baseline", "line": 87, "text": "12月10日", "why": "the office's own half-yearly reporting dates (6月25日、12月10日), not task deadlines"},
  {"rule": "deadline-later-than-baseline", "line": 94, "text": "2024年取得明显成效", "why": "task 2 (产业云), 完成时限 2023 年启动，2024 年取得明显成效 — equal"},
  {"rule": "deadline-later-than-baseline", "line": 97, "text": "2025年取得明显成效", "why": "task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效 — completing milestone equal"},
  {"rule": "deadline-later-than-baseline", "line": 99, "text": "2025年", "why": "task 9 (智慧城市), 完成时限 持续推进，2025年取得明显成效 — equal"},
  {"rule": "deadline-later-than-baseline", "line": 101, "text": "2025年取得明显成效", "why": "task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效 — completing milestone equal"},
  {"rule": "deadline-later-than-baseline", "line": 104, "text": "2024年底前", "why": "task 22 (审管协同), 完成时限 2025年 — earlier"},
  {"rule": "deadline-later-than-baseline", "line": 106, "text": "2024年启动，2025年取得明显成效", "why": "task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效 — the completing milestone 2025 is equal; the city's own start in its plan year is not a late deadline"},
  {"rule": "deadline-later-than-baseline", "line": 113, "text": "2024年底前完成，持续推进", "why": "task 43 (政务信创云迁移), 完成时限 2024 年建成，持续推进 — equal"},
  {"rule": "deadline-later-than-baseline", "line": 119, "text": "2024年", "why": "tasks 52 (电子证照, 2025年) and 53 (电子印章, 2024年) — earlier/equal"},
  {"rule": "deadline-later-than-baseline", "line": 125, "text": "2024年6月底前", "why": "task 64, 完成时限 2025年 — earlier"},
  {"rule": "deadline-later-than-baseline", "line": 136, "text": "2025年", "why": "task 87 (12345 一呼即应), 完成时限 2023年启动，2025年完成 — equal"},
  {"rule": "deadline-later-than-baseline", "line": 140, "text": "2024年", "why": "tasks 94 (2024年) and 95 (2025年) — equal/earlier"},
  {"rule": "deadline-later-than-baseline", "line": 147, "text": "长期推进，2024年取得明显成效", "why": "task 108 (公共资源交易), 完成时限 长期推进，2024年取得明显成效 — equal"},
  {"rule": "deadline-later-than-baseline", "line": 152, "text": "长期坚持", "why": "task 121, 完成时限 长期坚持 — equal"},
  {"rule": "deadline-later-than-baseline", "line": 151, "text": "2024年", "why": "task 117 (人才引进、复合型人才培养), 完成时限 2024年 — equal"},
  {"rule": "unknown-unit", "line": 94, "text": "市工信局", "why": "short name of 市工业和信息化局 in units.txt"},
  {"rule": "unknown-unit", "line": 104, "text": "市审批局", "why": "short name of 市审批服务管理局 in units.txt (市住建局 on the same row is likewise a listed short name)"},
  {"rule": "unknown-unit", "line": 96, "text": "卫生健康委", "why": "prefix 市 distributes over the list: 市卫生健康委、市人力资源社会保障局、市文化旅游广电局、市民政局"},
  {"rule": "unknown-unit", "line": 126, "text": "工业和信息化局", "why": "prefix 市 distributes: 市工业和信息化局、市商务局"},
  {"rule": "unknown-unit", "line": 93, "text": "固原经济技术开发区管委会", "why": "listed in units.txt"},
  {"rule": "unknown-unit", "line": 102, "text": "市直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 105, "text": "市直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 139, "text": "市直各部门（单位）", "why": "collective subject as first-listed unit (task 93 is 各部门及各市县按职能分别负责)"},
  {"rule": "unknown-unit", "line": 133, "text": "各乡镇（街道）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 116, "text": "各县（区）人民政府", "why": "collective subject for the five counties/district"},
  {"rule": "unknown-unit", "line": 99, "text": "原州区人民政府", "why": "a named county (district) for its own share (中心城区), listed in units.txt"},
  {"rule": "unknown-unit", "line": 143, "text": "泾源县人民政府", "why": "named counties for their own share (六盘山林区); 泾源县人民政府 and 隆德县人民政府 are in units.txt"},
  {"rule": "unknown-unit", "line": 122, "text": "固原市税务局", "why": "unit outside the city government proper, listed in units.txt"},
  {"rule": "unknown-unit", "line": 131, "text": "市消防救援支队", "why": "short name of 固原市消防救援支队; 固原市气象局 on the same row is also listed"},
  {"rule": "unknown-unit", "line": 95, "text": "市委网信办", "why": "party body listed in units.txt"},
  {"rule": "unknown-unit", "line": 147, "text": "市公共资源交易中心", "why": "listed in units.txt"},
  {"rule": "unknown-unit", "line": 87, "text": "市推进数字政府建设领导小组办公室", "why": "the coordinating office this plan itself sets up (line 48: 办公室设在市大数据管理服务局); a reporting recipient, not a 责任单位"},
  {"rule": "unknown-unit", "line": 48, "text": "数字宁夏建设运营有限公司", "why": "regional company and expert committee named as support resources, not as responsible units or leads"},
  {"rule": "unknown-unit", "line": 86, "text": "市委党校", "why": "a training venue in running text, not a 责任单位"},
  {"rule": "unknown-unit", "line": 28, "text": "各县（区）、市直各部门（单位）", "why": "collective subjects"},
  {"rule": "garbled-text", "line": 44, "text": "IPv6", "why": "ordinary Latin term, not mojibake (likewise APP, 12345, “1244+N”)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up at line 24 (数据要素市场、数据交易、网络生态); only one clause of it is damaged"},
  {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "taken up at lines 46-48 (领导小组及办公室、数字宁夏建设运营有限公司、专家咨询委员会、各县（区）组织机构)"},
]

covers = [
 (2,94),(3,93),(5,95),(6,96),(7,97),(8,98),(9,99),(10,100),(11,101),(12,24),(14,28),(15,28),(17,29),(18,30),
 (20,102),(21,103),(22,104),(23,105),(24,34),(25,85),(28,106),(30,38),(31,38),(32,38),(33,107),(34,107),(35,108),
 (36,40),(37,109),(39,110),(40,111),(41,112),(42,112),(43,113),(45,114),(47,115),(48,116),(49,117),(50,118),
 (52,119),(53,119),(54,120),(55,121),(56,122),(57,123),(58,124),(64,125),(65,54),(66,126),(67,56),(68,58),(69,58),(70,58),
 (71,127),(72,59),(73,128),(74,128),(75,128),(77,129),(78,62),(79,130),(80,131),(81,132),(83,133),(84,134),(85,67),
 (86,135),(87,136),(88,137),(89,68),(90,69),(92,138),(93,139),(94,71),(95,140),(96,141),(97,142),(98,143),(100,72),
 (101,73),(102,73),(103,75),(104,144),(105,144),(106,145),(107,146),(108,147),(109,77),(110,78),(111,148),
 (112,149),(113,80),(114,149),(115,150),(116,84),(117,151),(118,86),(120,86),(121,152),(122,87),(123,87),(124,87),
]

ok = True
for e in expect + mnf:
    if e['line'] == 0: continue
    t = e.get('text')
    if t and t not in lines[e['line']-1]:
        print('MISMATCH', e['line'], t); ok = False
assert ok
# sanity: numbered rows of the table
for i,l in enumerate(lines,1):
    if '\t' in l:
        assert len(l.split('\t'))==4, (i,l)

key = {
  "writer": "blind writer, round 643; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
  "covers": [{"task": t, "line": l} for t,l in covers],
  "notes": ("固原市 city plan issued 2024-03-22 implementing 宁政发〔2023〕17号; no parent plan. Six planted slips: wrong 文号 of the regional "
            "实施意见 (line 9), a 主要目标 goal one year late (line 16), one mojibake run (line 24), a superseded unit name as lead (line 93), "
            "a late table deadline (line 116) and an impossible month (line 148). The table note (line 91) makes the first-listed unit the lead; "
            "no regional body is named as a responsible unit. No task is deliberately left out; tasks whose regional deadline is 2023 are "
            "taken up in the body without a date, so no copied pre-2024 deadline appears. All deadlines other than lines 16 and 116 are equal "
            "to or earlier than the regional ones."),
}
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers), 'lines', len(lines))
