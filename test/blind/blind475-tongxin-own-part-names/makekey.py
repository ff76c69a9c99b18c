#!/usr/bin/python3
# Writes key.json and checks every line number / text against draft.txt (1-based).
import json
d = open("draft.txt", encoding="utf-8").read().splitlines()

expect = [
  {"rule": "missing-pillar", "line": 0, "pillar": "经济调节",
   "why": "the region's 七个能力 include 提升科学精准的经济调节能力 (经济数据整合、经济运行监测预警、经济政策统筹协调); the county's 履职 part names only six abilities (line 19 '六能提升', line 54-55) and nowhere takes up economic data, monitoring or policy coordination"},
  {"rule": "task-uncovered", "line": 0, "task": 66,
   "why": "consequence of the missing 经济调节 pillar: 宁夏经济运行大数据平台 (各市、县（区）配合, 2025年) is not taken up"},
  {"rule": "task-uncovered", "line": 0, "task": 67,
   "why": "consequence of the missing 经济调节 pillar: 规划综合管理信息平台 (各市、县（区）配合, 2023年) is not taken up"},
  {"rule": "deadline-later-than-baseline", "line": 111, "text": "2025年12月底前",
   "why": "row 15 is task 48 (城域网升级改造，区市县乡村5级全覆盖), 完成时限 2024年; the county puts the 县乡村 coverage at the end of 2025"},
  {"rule": "deadline-later-than-baseline", "line": 69, "text": "2025年底前",
   "why": "sentence matches task 93 (政府网站、政务服务场所适老化与信息无障碍建设), 完成时限 2024年"},
  {"rule": "deadline-invalid", "line": 127, "text": "13月",
   "why": "'2024年13月底前' is an impossible month (typo for 12月); the row is task 86 (我的宁夏 应上尽上), 完成时限 2024年, so the year itself is not late"},
  {"rule": "unknown-unit", "line": 135, "text": "县电子政务办公室",
   "why": "named as lead of the 宁政通 row (task 105); not in units.txt (an old body's name; the county's data body is 县大数据服务中心)"},
  {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series and this 文号 does not belong to the title"},
  {"rule": "garbled-text", "line": 63, "text": "鍔犲揩瀹屽杽",
   "why": "UTF-8 bytes read as GBK: '鍔犲揩瀹屽杽浜洪槻淇℃伅缃戠粶浣撶郴' is 加快完善人防信息网络体系"},
]

P = "missing-pillar"
def pil(line, pillar, why):
    return {"rule": P, "line": line, "pillar": pillar, "why": "present under the county's own name: " + why}

mustNot = [
  pil(28, "数字经济", "（一）推动特色产业数智升级 = 驱动数字经济发展 (智慧园区, 产业云, 以网管网; tasks 3, 2, 5)"),
  pil(30, "数字社会", "（二）让城乡生活更便利更智慧 = 引领数字社会建设 (tasks 6-11)"),
  pil(32, "数字生态", "（三）培育数据要素流通环境 = 营造良好数字生态 (数据要素市场, 交易规则, 网络生态; tasks 12, 13)"),
  pil(36, "安全保障", "（一）守牢网络和数据安全底线 = 加快构建全方位安全保障体系 (tasks 14, 15, 17, 18)"),
  pil(41, "制度规则", "（二）用改革办法理顺建设管理 = 科学规范的制度规则体系 (职能转变, 一本账, 会商机制, 法规, 标准, 试点; tasks 21-28)"),
  pil(46, "数据资源", "（三）让政务数据汇起来用起来 = 循环利用的数据资源体系 (tasks 29-42)"),
  pil(50, "平台支撑", "（四）用好上级云网和共性组件 = 智能集约的平台支撑体系 (政务云, 电子政务外网, 共性应用; tasks 46-58)"),
  pil(22, "五个一", "（一）配齐建强统筹推进力量 = 健全组织机构: 领导小组 + 县大数据服务中心 + 数字宁夏建设运营有限公司 + 专家咨询, 乡镇相应机构 (task 64)"),
  pil(24, "六级贯通", "（二）压实县乡村分级任务 = 厘清层级职责, 县级依托上级平台完善本级特色应用、推进指挥调度中心"),
  pil(56, "市场监管", "（一）监管更精准更协同 (tasks 68-75)"),
  pil(60, "社会管理", "（二）基层治理和平安建设更有力 (tasks 77, 79, 80, 81, 83)"),
  pil(65, "公共服务", "（三）办事服务更便捷更温暖 (tasks 84-89, 92, 93)"),
  pil(70, "生态环境保护", "（四）守护好山川水土 (tasks 94-98, 100-102)"),
  pil(75, "政务运行", "（五）机关运转更高效 (tasks 103-109, 111)"),
  pil(79, "政务公开", "（六）公开透明和政民互动更顺畅 (tasks 112-115)"),
  pil(84, "组织领导", "（一）一把手抓总、部门协同推进 = 加强组织领导 (task 116)"),
  pil(86, "财政投入", "（二）多渠道保障建设运维经费 = 加大财政投入 (task 25)"),
  pil(88, "数字素养", "（三）提升干部用数本领 = 提升数字素养 (tasks 117, 118, 120)"),
  pil(90, "考核评价", "（四）以考促干抓落实 = 强化考核评价 (tasks 122-124)"),

  {"rule": "deadline-later-than-baseline", "line": 16, "text": "到2025年", "why": "goal '体系框架/布局全面成型' by 2025 equals the region's 到2025年 goal"},
  {"rule": "deadline-later-than-baseline", "line": 17, "text": "到2035年", "why": "equals the region's 到2035年 goal"},
  {"rule": "deadline-later-than-baseline", "line": 97, "text": "持续推进，2025年取得明显成效", "why": "task 3, 完成时限 持续推进，2025 年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": 100, "text": "2025年", "why": "task 12, 完成时限 2025年: equal"},
  {"rule": "deadline-later-than-baseline", "line": 104, "text": "持续推进，2025年取得明显成效", "why": "task 28, 完成时限 2023年启动，2025年取得明显成效: completing milestone equal"},
  {"rule": "deadline-later-than-baseline", "line": 105, "text": "2024年底前", "why": "tasks 33/34, 完成时限 2024年: same year, equal"},
  {"rule": "deadline-later-than-baseline", "line": 110, "text": "2024年10月底前", "why": "task 47, 完成时限 2024年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": 112, "text": "2024年底前", "why": "task 49, 完成时限 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": 118, "text": "2024年6月底前", "why": "task 64, 完成时限 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": 124, "text": "2025年", "why": "task 81, 完成时限 2025年: equal"},
  {"rule": "deadline-later-than-baseline", "line": 131, "text": "2025年", "why": "task 96, 完成时限 2025年: equal"},
  {"rule": "deadline-later-than-baseline", "line": 137, "text": "2024年底前", "why": "task 107, 完成时限 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": 138, "text": "持续推进，2024年取得明显成效", "why": "task 108, 完成时限 长期推进，2024年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": 143, "text": "长期坚持", "why": "task 121, 完成时限 长期坚持: equal"},
  {"rule": "deadline-later-than-baseline", "line": 92, "text": "2025年12月31日", "why": "the plan's own term of validity, not a task deadline"},
  {"rule": "deadline-invalid", "line": 101, "text": "2023年形成机制，长期坚持", "why": "task 18's regional 完成时限 (2023年形成机制，长期坚持) copied word for word; lies before the plan's year but is not a mistake"},
  {"rule": "deadline-invalid", "line": 12, "text": "2020年以来", "why": "background: past dates 2020-2023 describe work already done"},
  {"rule": "deadline-invalid", "line": 91, "text": "12月10日前", "why": "the office's own reporting dates (每季度末月25日前, 12月10日前)"},
  {"rule": "deadline-invalid", "line": 6, "text": "2024年3月18日", "why": "issue date of the notice"},
  {"rule": "deadline-invalid", "line": 95, "text": "（2024年—2025年）", "why": "period of the task list, not a deadline"},

  {"rule": "unknown-unit", "line": 3, "text": "各乡镇人民政府", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 98, "text": "县直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 102, "text": "县直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 120, "text": "承担监管职责的县直有关部门", "why": "collective subject (county form of 承担监管职责的自治区有关部门（单位）)"},
  {"rule": "unknown-unit", "line": 119, "text": "农业农村局", "why": "prefix 县 distributes: 县市场监管局、农业农村局、卫健局 = 县市场监管局, 县农业农村局, 县卫健局 (all in units.txt)"},
  {"rule": "unknown-unit", "line": 121, "text": "司法局", "why": "prefix distributes: 县公安局、司法局、信访局 = 县司法局, 县信访局"},
  {"rule": "unknown-unit", "line": 100, "text": "县发改局", "why": "short name listed in units.txt (县发展和改革局); 县大数据中心 likewise (县大数据服务中心)"},
  {"rule": "unknown-unit", "line": 97, "text": "县工信商务局", "why": "short name of 县工业信息化和商务局 in units.txt; 同心工业园区管委会 is listed"},
  {"rule": "unknown-unit", "line": 115, "text": "县税务局", "why": "short name of 国家税务总局同心县税务局 in units.txt; 县教体局 likewise"},
  {"rule": "unknown-unit", "line": 123, "text": "县消防救援大队", "why": "short name of 同心县消防救援大队 in units.txt"},
  {"rule": "unknown-unit", "line": 130, "text": "吴忠市生态环境局同心分局", "why": "listed in units.txt (the county's environment body is a branch of the city bureau); not a regional body"},
  {"rule": "unknown-unit", "line": 142, "text": "县政府办", "why": "short name of 县人民政府办公室 in units.txt"},
  {"rule": "unknown-unit", "line": 23, "text": "数字宁夏建设运营有限公司", "why": "the region's operating company named as a resource (as in the 实施意见), not a responsible unit"},
  {"rule": "unknown-unit", "line": 91, "text": "县数字政府建设领导小组办公室", "why": "reporting address: the leading group's office set up in line 23 (seated in 县大数据服务中心), not a task's responsible unit"},

  {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
  {"rule": "basis-mismatch", "line": 12, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background, correct title and 文号, not cited as a basis"},
  {"rule": "basis-mismatch", "line": 2, "text": "同政办发〔2024〕12号", "why": "the county notice's own 文号"},
]

covers = [(3,97),(5,29),(6,98),(7,31),(8,31),(10,99),(11,31),(12,100),(13,33),(14,37),(15,37),(17,38),(18,101),
  (21,102),(22,42),(23,103),(24,43),(25,87),(26,44),(28,104),(29,48),(30,47),(31,47),(32,47),(33,105),(34,105),(36,48),
  (40,106),(41,107),(42,108),(46,109),(47,110),(48,111),(49,112),(50,52),(51,53),(54,113),(55,114),(56,115),(57,116),(58,117),
  (64,118),(68,57),(70,57),(71,119),(72,58),(73,58),(74,120),(75,59),(77,121),(79,122),(80,123),(81,124),(83,125),
  (84,126),(85,67),(86,127),(88,128),(89,129),(92,69),(93,69),(94,130),(95,71),(96,131),(97,73),(98,132),(100,73),(101,74),(102,133),
  (103,76),(104,134),(105,135),(106,136),(107,137),(108,138),(109,78),(111,139),(112,140),(113,80),(114,141),(115,142),
  (116,85),(118,89),(121,143),(122,91),(123,91),(124,91)]

# checks
for e in expect + mustNot:
    if e["line"]:
        assert 1 <= e["line"] <= len(d), e
        if "text" in e:
            assert e["text"] in d[e["line"]-1], (e, d[e["line"]-1][:80])
for t, l in covers:
    assert 1 <= l <= len(d)

key = {
  "writer": "blind writer, round 475; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mustNot,
  "covers": [{"task": t, "line": l} for t, l in covers],
  "notes": ("同心县 plan (2024-03-18) on 宁政发〔2023〕17号 alone, no parent plan. Every part and item is renamed in the county's words "
            "(一链贯通/三域带动/四基支撑/六能提升/一核引领); the content under each is the region's, made local. The 履职 part has six "
            "abilities: 经济调节 is really out (planted missing pillar), so tasks 66 and 67 are uncovered. The basis citation's 文号 is wrong "
            "(宁政办发 for 宁政发). Task table rows 1-47 are lines 97-143; each row's regional task is named in the why fields. "
            "Built by build.py (the garbled run is made there); key by makekey.py."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("expect", len(expect), "mustNotFlag", len(mustNot), "covers", len(covers))
