# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def E(rule, line, text=None, why='', **kw):
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    return d

expect = [
 E("basis-mismatch", 9, "宁政办发〔2023〕17号", "the region's 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府 document, not a 政府办公厅 宁政办发 one); 文号 does not belong to the title"),
 E("deadline-later-than-baseline", 65, "2026年底", "互联网+基层治理 / 新型基层管理服务平台 is regional task 83 (各市、县（区）具体负责), 完成时限 2025年; the county dates it 2026"),
 E("deadline-later-than-baseline", 115, "2025年底", "城域网升级改造 and 外网 full coverage down to villages is regional task 48 (各市、县（区）具体负责), 完成时限 2024 年 (task 47, 外网升级, also 2024 年); the county writes 2025年底前 as if the 2024 task were not yet due"),
 E("unknown-unit", 116, "县大数据管理服务局", "wrong body: 同心县 has no 大数据管理服务局 (that is the city's 市大数据管理服务局); the county body in units.txt and everywhere else in the draft is 县大数据服务中心"),
 E("unknown-unit", 118, "自治区政府办公厅", "a regional body named as the lead (牵头) of a county task, copied from regional task 52's cell; the county list's lead must be a county unit"),
 E("deadline-invalid", 133, "20225年", "impossible year (typo for 2025年; regional task 111, 完成时限 2025年)"),
 E("garbled-text", 49, "鏀垮姟鏁版嵁", "UTF-8 read as GBK: 鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 政务数据供需对接机制"),
]

M = []
def N(rule, line, text, why):
    M.append(E(rule, line, text, why))
# collectives, aliases and registry names
N("unknown-unit", 3, "各乡镇人民政府", "collective subject (addressee)")
N("unknown-unit", 3, "区市驻同各单位", "collective subject (addressee: units of the region and city stationed in 同心)")
N("unknown-unit", 24, "各村（社区）", "collective subject")
N("unknown-unit", 30, "自治区和吴忠市有关部门", "collective subject, and the county only cooperates; no regional body is named as lead")
N("unknown-unit", 95, "县直各部门（单位）", "collective subject")
N("unknown-unit", 100, "县直有关部门", "collective subject")
N("unknown-unit", 96, "县工信商务局", "short name of 县工业信息化和商务局 in units.txt")
N("unknown-unit", 96, "县发改局", "short name of 县发展和改革局 in units.txt")
N("unknown-unit", 96, "同心工业园区管委会", "listed in units.txt")
N("unknown-unit", 103, "县大数据服务中心", "the county's real data body, listed in units.txt")
N("unknown-unit", 105, "县审批局", "short name of 县审批服务管理局 in units.txt")
N("unknown-unit", 112, "市生态环境局同心分局", "short name of 吴忠市生态环境局同心分局 in units.txt; a listed name is never split into 市生态环境局 + 同心分局")
N("unknown-unit", 112, "县人社局", "short name of 县人力资源和社会保障局 in units.txt")
N("unknown-unit", 115, "中国电信同心分公司", "operator listed in units.txt, cooperating only")
N("unknown-unit", 126, "县消防救援大队", "short name of 同心县消防救援大队 in units.txt")
N("unknown-unit", 128, "县政府办", "short name of 县人民政府办公室 in units.txt")
N("unknown-unit", 137, "县委党校", "listed in units.txt")
N("unknown-unit", 88, "县推进数字政府建设领导小组办公室", "listed in units.txt; 各责任单位 in the same sentence is a collective")
# citations
N("basis-mismatch", 9, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
N("basis-mismatch", 9, "宁政办发〔2023〕11号", "correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan")
N("basis-mismatch", 9, "关于加强数字政府建设的实施方案", "the parent 吴忠 plan cited by its correct title alone (it has no 文号 in the text)")
N("basis-mismatch", 11, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the review of past work, correct title and 文号; not cited as a basis")
N("basis-mismatch", 2, "同政办发〔2025〕6号", "the document's own 文号")
# past years in the background / own dates
N("deadline-invalid", 6, "2025年2月18日", "issue date, not a deadline")
N("deadline-invalid", 9, "2023年—2025年", "the period in the title of the region's task list")
N("deadline-invalid", 11, "2020年", "background: what the county did in 2020")
N("deadline-invalid", 12, "2023年6月", "review of 2023—2024 work; all dated results are equal to the regional deadlines (task 60/64 领导小组, task 30 目录 2023年, task 43 信创云 2024 年, task 48 外网, task 86, task 79 2024年)")
N("deadline-invalid", 12, "2024年底前", "review of 2023—2024 work (results achieved, not deadlines)")
N("deadline-later-than-baseline", 13, "2025年", "background: the region's 2025 tasks still to be finished")
N("deadline-invalid", 88, "6月20日", "the office's own half-yearly reporting dates (每年6月20日、12月20日前)")
# goals
N("deadline-later-than-baseline", 18, "2025年底", "主要目标: framework fully formed by 2025, equal to the region's goal (到2025年…“34567”体系框架全面成型) and the 吴忠 goal (到2025年…“1347”体系框架全面成型)")
N("deadline-later-than-baseline", 19, "2026年底", "a 2026 goal with no counterpart in the region's (2023/2025/2035) or 吴忠's goals: results showing in 产业发展、民生服务、城乡治理, start of 十五五; not a later date for a higher-level goal")
# body dates
N("deadline-later-than-baseline", 23, "2025年6月底前", "乡镇 organisation = task 64 (各市、县（区）负责), 完成时限 2025年; earlier")
N("deadline-invalid", 25, "2023年", "已于2023年建立: done work (task 32, 完成时限 2023年), equal")
N("deadline-later-than-baseline", 29, "2025年", "智慧园区 = task 3, 完成时限 持续推进，2025 年取得明显成效; equal")
N("deadline-later-than-baseline", 32, "2025年底前", "国家智慧教育平台 = task 7, 完成时限 2023年形成试点经验，2025年取得明显成效; equal (the sub-item's other tasks 6, 8 are also 2025年)")
N("deadline-later-than-baseline", 34, "2025年", "数字供销 = task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效; equal (task 10 in the same sub-item is also 2025年)")
N("deadline-invalid", 38, "2023年", "已于2023年明确: done work, task 14, 完成时限 2023年")
N("deadline-invalid", 41, "2024年", "已于2024年全部迁移: done work, task 43 (2024 年建成，持续推进) / task 19 (2023年启动, 2024年建成)")
N("deadline-invalid", 48, "2023年", "已于2023年编制完成: done work, task 30, 完成时限 2023年")
# table rows
N("deadline-later-than-baseline", 94, "2025年6月底前", "task 64, 完成时限 2025年; earlier")
N("deadline-invalid", 95, "2023年", "已于2023年完成, 动态调整: done work, task 32, 完成时限 2023年")
N("deadline-later-than-baseline", 96, "2025年", "task 3, 持续推进，2025 年取得明显成效; equal")
N("deadline-later-than-baseline", 97, "2025年", "task 6, 持续推进，2025 年取得明显成效; equal")
N("deadline-later-than-baseline", 98, "2025年底前", "task 7, 2025年取得明显成效; equal")
N("deadline-later-than-baseline", 99, "2025年底前", "task 9 (县城一网统管, 各县配合), 持续推进，2025年取得明显成效; equal")
N("deadline-later-than-baseline", 100, "2025年", "task 10, 持续推进，2025年取得明显成效; equal")
N("deadline-later-than-baseline", 101, "2025年", "task 11, 2025年取得明显成效; equal")
N("deadline-invalid", 102, "2023年", "已于2023年完成，长期坚持: done work, task 14, 完成时限 2023年")
N("deadline-invalid", 103, "2023年形成机制", "copied regional deadline of task 18 (2023年形成机制，长期坚持), before the plan's year but equal and ongoing")
N("deadline-invalid", 104, "2024年", "已于2024年完成迁移，持续推进: task 43, 2024 年建成，持续推进; equal")
N("deadline-invalid", 105, "2024年", "已于2024年完成，巩固提升: task 21, 完成时限 2024年")
N("deadline-later-than-baseline", 106, "2025年底前", "审管联动 = task 22, 完成时限 2025年; equal")
N("deadline-invalid", 107, "2023年", "已于2023年建立: task 24, 完成时限 2023年")
N("deadline-later-than-baseline", 108, "2025年", "task 28, 2023年启动，2025年取得明显成效; equal")
N("deadline-invalid", 109, "2023年", "已于2023年完成: task 30, 完成时限 2023年")
N("deadline-later-than-baseline", 110, "2025年底前", "政务数据平台 = task 29, 2023年启动，2025年完成; equal")
N("deadline-invalid", 111, "2023年", "已于2023年建立: task 36, 完成时限 2023年")
N("deadline-later-than-baseline", 112, "持续推进", "主题库 = task 34 (2024年): work going on after the regional build, no later year written")
N("deadline-invalid", 113, "2024年", "已于2024年完成: task 40, 完成时限 2024年")
N("deadline-later-than-baseline", 116, "持续推进", "专网整合 = task 50 (2024 年): ongoing, no later year (the unit on this line is a planted error, the deadline is not)")
N("deadline-later-than-baseline", 117, "2025年底前", "视频一张网 = task 49, 完成时限 2025 年; equal")
N("deadline-later-than-baseline", 118, "2025年底前", "电子证照 = task 52, 完成时限 2025年; equal (the unit on this line is a planted error, the deadline is not)")
N("deadline-invalid", 119, "2024年", "已于2024年完成: task 54, 完成时限 2024年")
N("deadline-later-than-baseline", 120, "2025年6月底前", "非税收入电子化 = task 56, 完成时限 2025年; earlier")
N("deadline-later-than-baseline", 121, "持续推进", "信用平台 = task 57 (2024年): ongoing, no later year")
N("deadline-later-than-baseline", 122, "2025年", "经济运行大数据平台 = task 66, 完成时限 2025年; equal")
N("deadline-invalid", 123, "2024年", "已于2024年完成: task 71, 完成时限 2024年")
N("deadline-invalid", 124, "2024年", "已于2024年完成，持续推进: task 77, 完成时限 2024年")
N("deadline-later-than-baseline", 125, "持续推进", "雪亮工程 = task 79 (2024年): ongoing, no later year")
N("deadline-later-than-baseline", 126, "2025年", "视频指挥调度 = task 81, 完成时限 2025年; equal")
N("deadline-invalid", 127, "2024年", "已于2024年完成: task 86, 完成时限 2024年")
N("deadline-later-than-baseline", 128, "2025年底前", "12345 = task 87, 2023年启动，2025年完成; equal")
N("deadline-invalid", 129, "2024年", "已于2024年完成: task 93, 完成时限 2024年")
N("deadline-later-than-baseline", 130, "2025年", "互联网+城乡供水 = task 96, 完成时限 2025年; equal")
N("deadline-later-than-baseline", 131, "2025年底前", "填表报数压减50% = task 106, 完成时限 2025年; equal")
N("deadline-later-than-baseline", 132, "2025年9月底前", "视频会议平台 = task 107, 完成时限 2025年; earlier")
N("deadline-invalid", 134, "2024年", "已于2024年完成: tasks 112 and 114, 完成时限 2024年")
N("deadline-later-than-baseline", 135, "持续推进", "政民互动 = task 115 (2024年): ongoing, no later year")
N("deadline-invalid", 136, "2023年完成并长期坚持", "copied regional deadline of task 116, equal")
N("deadline-later-than-baseline", 137, "长期坚持", "培训 = task 118 (2023年完成并长期坚持): ongoing, no later year")
N("deadline-invalid", 138, "2023年", "已于2023年完成，长期坚持: task 123, 2023 年完成，长期坚持")
N("deadline-invalid", 139, "2023年", "已于2023年建立，长期坚持: task 25, 完成时限 2023年")
# framework
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一和六级贯通（工作体系）", "why": "folded into 完善“一套体系” (lines 22–25: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), as the 吴忠 plan does"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "under 七、保障措施 (lines 85–88: 组织领导, 财政投入, 数字素养, 考核评价)"})
M.append({"rule": "garbled-text", "line": 9, "text": "“1244+N”", "why": "the plan's real name, not damage"})

covers = [(64,94),(32,95),(3,96),(6,97),(7,98),(9,99),(10,100),(11,101),(14,102),(18,103),(43,104),(21,105),(22,106),(24,107),(28,108),(30,109),(29,110),(36,111),(34,112),(40,113),(48,115),(50,116),(49,117),(52,118),(54,119),(56,120),(57,121),(66,122),(71,123),(77,124),(79,125),(81,126),(86,127),(87,128),(93,129),(96,130),(106,131),(107,132),(111,133),(112,134),(115,135),(116,136),(118,137),(123,138),(25,139),(83,65),(84,67),(88,69),(89,69),(68,58),(70,58),(72,59),(73,59),(74,60),(80,64),(15,38),(17,39),(23,44),(26,45),(31,48),(41,50),(42,50),(51,54),(53,54),(94,72),(97,73),(98,73),(102,74),(103,76),(104,77),(105,77),(108,78),(109,78),(113,81),(114,82),(124,88)]

# checks
for e in expect + M:
    if e["line"] and "text" in e:
        assert e["text"] in L[e["line"]-1], (e["line"], e["text"])
assert len(set(t for t,_ in covers)) == len(covers), "duplicate cover"
key = {
 "writer": "blind writer, round 619; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2025,
 "expect": expect,
 "mustNotFlag": M,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("同心县 two-year (2025—2026) 实施方案 issued 2025-02-18, following up the region's 2023—2025 list after many of its 2023/2024 deadlines have passed. "
           "Tasks the region dates 2023 or 2024 are written as done (已于2023年/2024年完成, 巩固提升, 动态更新) or as ongoing (持续推进, 长期坚持); new work is dated 2025 (equal to or earlier than the region) except the planted 2026 on line 65 and the planted 2025 on line 115. "
           "The county data body is 县大数据服务中心 (units.txt); 县大数据管理服务局 on line 116 is the planted wrong body. Task 83 is taken up only in the body (line 65), task 48 only in the table (line 115). "
           "The only 2026 date other than the planted one is the 主要目标 on line 19, which has no higher-level counterpart.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers), len(L))
