#!/usr/bin/env python3
# Writes key.json and checks every line/text against draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")

expect = [
  {"rule": "basis-mismatch", "line": 9, "text": "宁政发〔2022〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
  {"rule": "deadline-later-than-baseline", "line": 15, "text": "2026年",
   "why": "主要目标: the region's goal is 到2025年 全区各级数字政府建设“34567”体系框架全面成型 (宁政发〔2023〕17号 一(二)); the county puts the same goal at 2026"},
  {"rule": "deadline-later-than-baseline", "line": 58, "text": "2025年6月底前",
   "why": "table row 15 (外网升级改造、骨干扩容、互联网出口带宽) takes up regional task 47, 完成时限 2024年; 2025年6月 is later"},
  {"rule": "deadline-invalid", "line": 68, "text": "21月",
   "why": "table row 23 (task 71, 完成时限 2024年): 2024年21月底前 is an impossible month (typo for 12月)"},
  {"rule": "unknown-unit", "line": 54, "text": "县大数据管理服务局",
   "why": "隆德县 has no such bureau (not in units.txt); copied from a city structure. Lead of table row 11 (task 41)"},
  {"rule": "unknown-unit", "line": 57, "text": "自治区政府办公厅",
   "why": "a regional body named as 牵头单位 of a county task (table row 14, task 46), copied from the regional row"},
  {"rule": "garbled-text", "line": 76, "text": "鎺ㄥ姩鍘跨骇",
   "why": "UTF-8 bytes read as GBK: 鎺ㄥ姩鍘跨骇鏀垮姟鏈嶅姟 = 推动县级政务服务 (table row 30)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
   "why": "三个驱动 reduced to 数字经济 and 数字社会 (line 19 heading); no 数据要素市场/数据交易/数字生态 content anywhere"},
  {"rule": "task-uncovered", "line": 0, "task": 93,
   "why": "适老化与信息无障碍 (各市、县（区）按照职能分别负责) deliberately left out of body and table"},
  {"rule": "task-uncovered", "line": 0, "task": 12,
   "why": "数据要素市场 (各市、县（区）配合) left out together with the whole 数字生态 pillar"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    M.append(e)

# basis
m("basis-mismatch", 9, "correct: 国务院 指导意见 is 国发〔2022〕14号", "国发〔2022〕14号")
m("basis-mismatch", 9, "correct citation, the same one the 吴忠 plan makes (《数字宁夏“1244+N”行动计划实施方案》 宁政办发〔2023〕11号)", "宁政办发〔2023〕11号")
m("basis-mismatch", 9, "the city's plan cited by title alone (固原市人民政府《关于加强数字政府建设的实施方案》), as county plans do", "关于加强数字政府建设的实施方案")
m("basis-mismatch", 10, "retrospective mention of the 2020 工作要点 in the background paragraph, not cited as the basis", "宁政办发〔2020〕14号")
# dates that are not deadlines, or equal / earlier ones
m("deadline-invalid", 6, "issue date of the notice", "2024年4月18日")
m("deadline-invalid", 10, "past dates in the background (2021年建成, 2022年完成, 截至2023年底), not deadlines", "2022年")
m("deadline-later-than-baseline", 14, "2024 goals (三级外网全覆盖, 宁政通覆盖县乡村) equal tasks 48 and 105, both 2024年", "2024年底")
m("deadline-later-than-baseline", 16, "到2035年 equals the regional 2035 goal", "2035年")
m("deadline-later-than-baseline", 34, "the office's own arrangement (推进措施 by 2024年5月底, within the plan year), not a task deadline; same line mentions 一把手工程 (task 116)", "2024年5月底前")
m("deadline-later-than-baseline", 37, "reporting dates of the office (每季度末月25日前, 每年12月20日前)", "12月20日前")
m("deadline-later-than-baseline", 43, "task 64 is due 2025年; 2024年12月底前 is earlier", "2024年12月底前")
m("deadline-later-than-baseline", 44, "task 3: 持续推进，2025年取得明显成效 — identical", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", 45, "task 6: 持续推进，2025年取得明显成效; 2025年12月 is the same year in another form", "2025年12月")
m("deadline-later-than-baseline", 46, "task 8: 持续推进，2025年取得明显成效; 2025年底前 equal", "2025年底前")
m("deadline-later-than-baseline", 48, "task 10: 持续推进，2025年取得明显成效 — identical (deadline on the continuation line of a quoted cell)", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", 49, "task 11: 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal", "2025年取得明显成效")
m("deadline-later-than-baseline", 50, "task 9: 持续推进，2025年取得明显成效; 2025年 equal", "2025年")
m("deadline-invalid", 51, "task 18's 完成时限 2023年形成机制，长期坚持 copied verbatim; a copied regional deadline before the plan year", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", 53, "task 28: 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal, only the start year differs", "2024年启动，2025年取得明显成效")
m("deadline-later-than-baseline", 54, "task 41 is due 2024年; 2024年12月底前 equal", "2024年12月底前")
m("deadline-later-than-baseline", 60, "task 48 is due 2024年; 2024年10月底前 is earlier", "2024年10月底前")
m("deadline-later-than-baseline", 65, "task 56 is due 2025年; 2025年底前 equal", "2025年底前")
m("deadline-later-than-baseline", 71, "task 79 is due 2024年; 2024年12月 equal", "2024年12月")
m("deadline-later-than-baseline", 74, "task 83 is due 2025年; 2025年底前 equal", "2025年底前")
m("deadline-invalid", 91, "task 116's 完成时限 2023年完成并长期坚持 copied verbatim; a copied regional deadline before the plan year", "2023年完成并长期坚持")
m("deadline-later-than-baseline", 92, "task 121: 长期坚持 — identical", "长期坚持")
# units
m("unknown-unit", 45, "prefix 县 distributes: 县卫生健康局, 县人力资源和社会保障局, 县民政局 are in units.txt", "卫生健康局")
m("unknown-unit", 48, "collective subject on the continuation line of a quoted cell", "各乡镇人民政府")
m("unknown-unit", 50, "the city's body named as a higher level in 配合单位; listed in units.txt", "固原市城市管理局")
m("unknown-unit", 51, "collective subject", "县直各有关部门")
m("unknown-unit", 52, "official short names in units.txt (县审批服务管理局, 县市场监督管理局)", "县审批局")
m("unknown-unit", 55, "驻县 enterprise listed in units.txt", "国网隆德县供电公司")
m("unknown-unit", 56, "short names in units.txt (县人力资源和社会保障局, 县应急管理局)", "县人社局")
m("unknown-unit", 57, "collective subject in 配合单位 of the row whose lead is wrong", "县直各部门（单位）")
m("unknown-unit", 60, "prefix 县 distributes over 卫生健康局 on the second line of a quoted cell", "卫生健康局")
m("unknown-unit", 65, "units on the continuation line of a quoted cell, both in units.txt", "县公安局交警大队")
m("unknown-unit", 70, "court, outside the government proper, listed in units.txt", "隆德县人民法院")
m("unknown-unit", 73, "驻县 body on the continuation line of a quoted cell, in units.txt", "隆德县气象局")
m("unknown-unit", 74, "collective subject", "各村（社区）")
m("unknown-unit", 75, "the city's body named as a higher level in 配合单位; listed in units.txt", "固原市审批服务管理局")
m("unknown-unit", 75, "collective subject", "各乡镇便民服务中心")
m("unknown-unit", 82, "the county's environment body is a branch of the city bureau; listed in units.txt", "固原市生态环境局隆德分局")
m("unknown-unit", 89, "two leads, first is the main lead (note on line 41); both in units.txt", "县委宣传部、县融媒体中心")
# pillars and tasks taken up in the county's own words
m("missing-pillar", 18, "五个一/六级贯通 taken up in county form (领导小组, 县级重点依托上级平台, 乡镇村推广应用)")
m("missing-pillar", 34, "党的领导 items all present: 组织领导 (34), 财政投入 (35), 数字素养 (36), 考核评价 (37)")
m("task-uncovered", 59, "task 48 taken up in the county's words: 县、乡、村三级 for 区市县乡村5级")
m("task-uncovered", 50, "task 9 (led by 各地级市) taken up locally: 对接固原市城市运行管理服务平台、城市生命线、一网统管")
m("task-uncovered", 85, "task 106 taken up: 推广全区统一的填表报数系统，压减50%以上")
m("task-uncovered", 43, "task 64 taken up in the county's words: 参照自治区做法，健全县级组织机构")

covers = [
 (64,43),(3,44),(6,45),(8,46),(10,47),(11,49),(9,50),(18,51),(21,52),(28,53),(41,54),(42,55),(34,56),
 (46,57),(47,58),(48,59),(49,61),(50,62),(54,63),(56,64),(55,66),(66,67),(71,68),(74,69),(77,70),
 (79,71),(80,72),(83,74),(84,75),(86,76),(88,77),(89,78),(90,79),(96,80),(98,81),(102,82),(104,83),
 (105,84),(106,85),(107,86),(111,87),(112,88),(114,89),(115,90),(116,91),(121,92),
 (14,21),(15,21),(24,22),(30,23),(32,23),(25,35),(118,36),(123,37),
]

# checks
for e in expect + M:
    if e["line"] and "text" in e:
        assert e["text"] in L[e["line"]-1], e
assert L[8].count("宁政发〔2022〕17号") == 1
key = {
  "writer": "blind writer, round 274; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": [{"task": t, "line": l} for t, l in covers],
  "notes": ("隆德县 (固原市) plan of 2024-04-18 (隆政办发〔2024〕31号) against 宁政发〔2023〕17号. The 附件 is a tab-separated "
            "paste from Excel (序号, 重点任务, 具体措施, 牵头单位, 配合单位, 完成时限); 重点任务 is filled only on the first row of each "
            "merged group; four 配合单位 cells hold a line break and are quoted as Excel exports them (lines 47-48, 59-60, 64-65, "
            "72-73). Line 41 states that the first-listed 牵头单位 is the main lead. The 固原市 plan is cited by title only and is not "
            "supplied as a parent. Regional tasks due 2023 are either left to the body without a date or, in two rows (51, 91), "
            "their 完成时限 is copied verbatim."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
