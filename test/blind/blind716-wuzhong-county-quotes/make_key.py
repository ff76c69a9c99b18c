# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')

def at(line, text):
    assert text in L[line-1], (line, text)
    return line

expect = [
  {"rule": "basis-mismatch", "line": at(21, "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "the region's 《关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (as the preamble, line 9, correctly says); 宁政办发 is the office's series, so the 文号 does not belong to the title. Planted inside the sentence that quotes the region's goals."},
  {"rule": "deadline-later-than-baseline", "line": at(24, "到2026年"), "text": "2026年",
   "why": "the county's own goal '体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、数据治理初见成效' copies the region's 主要目标 '到2025年，全区各级数字政府建设“34567”体系框架全面成型…' (and 吴忠's '到2025年，全市数字政府建设“1347”体系框架全面成型'); 2026 is later than 2025 for the same goal."},
  {"rule": "deadline-later-than-baseline", "line": at(120, "2025年"), "text": "2025年",
   "why": "row 16 (城域网升级改造，县、乡、村全覆盖，按需向企事业单位拓展) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…), 完成时限 2024年; the row gives 2025年."},
  {"rule": "deadline-invalid", "line": at(81, "20244年"), "text": "20244年",
   "why": "impossible five-digit year (a doubled 4 for 2024年底前) in the county's own 15分钟政务服务圈 target."},
  {"rule": "unknown-unit", "line": at(116, "县大数据管理服务局"), "text": "县大数据管理服务局",
   "why": "no such bureau in units.txt: the county's data body is 县大数据服务中心 (line 28, and every other row); the name is copied from the city's 市大数据管理服务局 pattern. Named as lead of row 12 (task 41)."},
  {"rule": "garbled-text", "line": at(57, "鏁版嵁鎸夐渶鍥炴祦"), "text": "鏁版嵁鎸夐渶鍥炴祦",
   "why": "UTF-8 bytes of 数据按需回流 read as GBK (mojibake), pasted into the 深化数据高效共享 paragraph."},
]

def nf(rule, line, text, why):
    d = {"rule": rule, "line": line}
    if text is not None:
        at(line, text); d["text"] = text
    d["why"] = why
    return d

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"; G = "garbled-text"
mustNot = [
  nf(B, 9, "国发〔2022〕14号", "correct 文号 and title of the national 指导意见"),
  nf(B, 9, "宁政发〔2023〕17号", "correct 文号 and title of the regional 实施意见 (the baseline)"),
  nf(B, 9, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so in the 吴忠 plan; a real, current basis document"),
  nf(B, 9, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the city plan is cited by title alone, as it has no 文号; title is correct"),
  nf(B, 10, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background (what was done in 2020), not cited as a basis of this plan; title and 文号 match"),
  nf(I, 10, "2020年", "past dates (2020年, 2022年, 2023年) describe work already done in the background paragraph, not deadlines"),
  nf(D, 10, "2023年", "background: 2023 work on the 外网 trunk lines is an achievement, not a deadline for task 47/48"),
  nf(B, 13, "按照国务院关于", "'按照国务院关于“…”的要求' quotes the national 指导思想 without naming the document; nothing wrong is cited"),
  nf(D, 20, "到2025年", "quotation of the national 指导意见's 2025 goal (体系框架基本形成), not the county's own deadline; same year as the region's 2025 goal anyway"),
  nf(D, 20, "到2035年", "quotation of the national 2035 goal (数字政府基本建成), same year as the region's 2035 goal"),
  nf(B, 20, "国务院《关于加强数字政府建设的指导意见》", "national document named by its title with the issuer in front; no 文号 given, title correct"),
  nf(I, 21, "到2023年底", "quotation of the region's own 2023年底 goal inside quotation marks; it lies before the plan's year (2024) but it is the higher level's date, not the county's deadline"),
  nf(D, 21, "到2025年", "quotation of the region's 2025 goal: it is the baseline's own goal"),
  nf(D, 21, "到2035年", "quotation of the region's 2035 goal"),
  nf(D, 22, "到2025年", "quotation of the 吴忠 parent plan's 2025 goal ('1347'体系框架全面成型)"),
  nf(B, 22, "吴忠市《关于加强数字政府建设的实施方案》", "city plan cited by title alone (it has no 文号)"),
  nf(D, 23, "到2024年底", "the county's near-term goals (上云, 网上可办率, 我的宁夏专区 200项, 滩羊大数据平台) match no higher goal due earlier; tasks 46 (2024年) and 86 (2024年) are equal"),
  nf(D, 25, "到2035年", "own 2035 goal (数字政府全面建成) equals the region's and 吴忠's 2035 goals"),
  nf(B, 45, "按照国务院关于", "quotes the national 指导意见's four 体系 headings as '按照国务院关于“…”的要求'; no document cited wrongly"),
  nf(U, 39, "吴忠市", "the city is named as the body it cooperates with (task 9 is led by 各地级市); not a 责任单位 of the county plan and a real government"),
  nf(U, 95, "县委、县政府", "县委 and 县政府 are in units.txt (中共盐池县委员会, 盐池县人民政府)"),
  nf(U, 100, "县数字政府建设领导小组办公室", "short name of 县推进数字政府建设领导小组办公室 in units.txt"),
  nf(D, 98, "每年3月底前", "the office's own recurring timetable for the annual 工作要点 (task 121 is 长期坚持); not a late deadline"),
  nf(D, 100, "2024年12月10日前", "the office's own reporting dates (每季度最后一个月25日前, 2024年12月10日前) for progress reports, not task deadlines"),
  nf(I, 6, "2024年4月18日", "the issue date of the document"),
  nf(I, 103, "（2024年—2025年）", "period of the task list in its title, not a deadline"),
  nf(D, 105, "2024年6月底前", "row 1 = task 64 (各地各部门参照自治区做法，成立相应的组织机构), 完成时限 2025年; 2024年6月底前 is earlier"),
  nf(U, 105, "各乡镇人民政府、县直各部门（单位）", "collective subjects"),
  nf(D, 106, "持续推进，2025年取得明显成效", "row 2 = task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal"),
  nf(U, 106, "盐池工业园区管委会", "short name of 盐池工业园区管理委员会 in units.txt"),
  nf(D, 107, "持续推进，2025年取得明显成效", "row 3 = task 6, 完成时限 持续推进，2025年取得明显成效: equal"),
  nf(U, 107, "县直有关部门", "collective subject"),
  nf(D, 108, "2025年", "row 4 = task 7 (智慧教育), 完成时限 2023年形成试点经验，2025年取得明显成效: the completing milestone 2025 is equal"),
  nf(D, 111, "2025年", "row 7 = task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal"),
  nf(D, 113, "2024年底前", "row 9 = task 23 (数字资源'一本账'), 完成时限 2024年: 2024年底前 is the same year"),
  nf(D, 114, "2024年启动，2025年取得明显成效", "row 10 = task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal; the start year follows the plan's own year"),
  nf(D, 115, "2024年", "row 11 = tasks 33/34 (基础库、主题库, 2024年) equal, and task 29 (2023年启动，2025年完成) earlier"),
  nf(D, 116, "2024年", "row 12 = task 41, 完成时限 2024年: the deadline is equal (only the unit is wrong)"),
  nf(D, 118, "2024年9月底前", "row 14 = task 46 (政务信息系统有序迁移), 完成时限 2024年: earlier"),
  nf(U, 119, "中国电信盐池分公司、中国移动盐池分公司", "operators listed in units.txt (units outside government proper)"),
  nf(D, 119, "2024年", "row 15 = task 47 (电子政务外网升级改造), 完成时限 2024年: equal"),
  nf(D, 121, "2025年", "row 17 = task 49 (视频一张网), 完成时限 2025年: equal"),
  nf(U, 125, "县发展改革局牵头，县市场监管局、县税务局配合", "aliases in units.txt: 县发展改革局 (县发展和改革局), 县市场监管局, 县税务局 (国家税务总局盐池县税务局)"),
  nf(U, 127, "县发展改革局、工信商务局、统计局", "the prefix 县 distributes: 县工信商务局 and 县统计局 are in units.txt"),
  nf(D, 127, "2025年", "row 23 = task 66 (经济运行大数据平台), 完成时限 2025年: equal"),
  nf(U, 132, "县气象局、县消防救援大队", "short names of 盐池县气象局 and 盐池县消防救援大队 in units.txt"),
  nf(U, 133, "各村（社区）", "collective subject (with 各乡镇人民政府)"),
  nf(D, 133, "2025年", "row 29 = task 83 (互联网+基层治理), 完成时限 2025年: equal"),
  nf(D, 137, "2025年", "row 33 = task 87 (12345 一呼即应), 完成时限 2023年启动，2025年完成: completing milestone equal"),
  nf(U, 139, "市生态环境局盐池分局", "the city bureau's county branch, listed in units.txt (吴忠市生态环境局盐池分局)"),
  nf(D, 143, "2025年", "row 39 = task 100 (用水权等交易平台), 完成时限 2025年: equal"),
  nf(D, 147, "2024年", "row 43 = task 108 (公共资源交易), 完成时限 长期推进，2024年取得明显成效: equal"),
  nf(D, 148, "2024年底前", "row 44 = task 111 (机关事务管理), 完成时限 2025年: earlier"),
  nf(D, 152, "长期坚持", "row 48 = task 121 (年度工作要点和考核指标体系), 完成时限 长期坚持: equal"),
  nf(G, 21, "‘34567’", "nested single quotation marks inside a quotation, normal Chinese typography, not damage"),
]

covers_pairs = [
 (64,105),(3,106),(6,107),(7,108),(8,109),(10,110),(11,111),(21,112),(23,113),(28,114),
 (33,115),(34,115),(41,116),(42,117),(46,118),(47,119),(48,120),(49,121),(54,122),(56,123),
 (55,124),(57,125),(58,126),(66,127),(71,128),(74,129),(77,130),(79,131),(80,132),(83,133),
 (86,134),(89,135),(88,136),(87,137),(93,138),(94,139),(96,140),(98,141),(97,142),(100,143),
 (104,144),(105,144),(106,145),(107,146),(108,147),(111,148),(112,149),(114,149),(113,150),
 (115,151),(121,152),
 (5,36),(9,39),(12,42),(14,47),(15,47),(17,48),(18,49),(24,53),(30,56),(31,56),(32,56),
 (36,57),(68,69),(70,69),(72,70),(73,70),(84,78),(85,79),(102,85),(103,87),(116,95),
 (25,96),(117,97),(118,97),(122,98),(123,98),(124,98),
]
for t, l in covers_pairs:
    assert 1 <= l <= len(L) and L[l-1].strip(), (t, l)
covers = [{"task": t, "line": l} for t, l in covers_pairs]

key = {
  "writer": "blind writer, round 716; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mustNot,
  "covers": covers,
  "notes": ("盐池县 2024 实施方案 (盐政办发〔2024〕21号, 2024-04-18). Lines 13, 20-22 and 45 quote the national 指导意见, the region's 实施意见 "
            "and the 吴忠 plan at length, with their 2023/2025/2035 goals inside quotation marks; those are near misses. The county's own goals "
            "are lines 23-25; line 24 (2026) is the planted late goal. The task list (lines 104-152) maps rows to regional tasks as given in covers. "
            "Regional tasks due 2023 are taken up in the body without dates (lines 47-49, 53, 56-57, 95-98), so no row compares a 2024 date with a 2023 task. "
            "No task-uncovered entries are planted."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mustNot), len(covers), len(L))
