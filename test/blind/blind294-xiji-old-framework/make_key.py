# -*- coding: utf-8 -*-
# Writes key.json and checks every line/text against draft.txt (blind writer, round 294).
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
def chk(e):
    if e.get("line", 0) and e.get("text"):
        assert e["text"] in lines[e["line"] - 1], (e, lines[e["line"] - 1][:60])
    return e

expect = [
 {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2020〕14号",
  "why": "the basis paragraph cites the 2020 工作要点 (宁政办发〔2020〕14号), a superseded document with the old framework (八个全区一体化体系, 五个着力), as a basis beside 宁政发〔2023〕17号; only the 2023 实施意见 is the regional basis"},
 {"rule": "missing-pillar", "line": 0, "pillar": "制度规则",
  "why": "part four follows the 2020 要点's '着力夯实基础支撑能力 / 八个一体化体系' structure (安全防护, 数据资源, 基础设施, 业务应用 一体化) in place of the 2023 '四个支撑'; it keeps 安全保障, 数据资源 and 平台支撑 but has no 制度规则 content anywhere (no 政府职能转变/职责体系, 管理机制 or 会商机制, 法规制度, 标准规范, 试点示范, 审管协同)"},
 {"rule": "deadline-later-than-baseline", "line": 18, "text": "2026年",
  "why": "主要目标: '“34567”体系框架全面成型…' by 2026, but the region's 主要目标 sets the same goal 到2025年"},
 {"rule": "deadline-later-than-baseline", "line": 106, "text": "2025年底前",
  "why": "task row 8 (城域网升级改造, 电子政务外网县乡村全覆盖) = regional task 48, 完成时限 2024 年"},
 {"rule": "deadline-invalid", "line": 69, "text": "2020年底前",
  "why": "'力争2020年底前可办事项达到300个以上' copied from the 2020 要点's 我的宁夏 target (力争2020年底前…800个左右); a forward deadline four years before the plan's own year (2024); not a baseline deadline (the matching regional task 86 is due 2024年)"},
 {"rule": "unknown-unit", "line": 108, "text": "县信息办",
  "why": "lead unit of task row 10 (regional task 50); an old office name carried over from the earlier plan, not in units.txt (the registry has 县大数据服务中心 / 县政府办公室)"},
 {"rule": "unknown-unit", "line": 117, "text": "县政务服务中心",
  "why": "lead unit of task row 19 (regional task 86); not in units.txt (the registry's unit is 县审批服务管理局 = 县审批局)"},
 {"rule": "task-uncovered", "line": 0, "task": 21, "why": "制度规则 task (行政许可管理信息系统, 各市、县（区）配合) left out with the whole pillar"},
 {"rule": "task-uncovered", "line": 0, "task": 23, "why": "制度规则 task (数字资源管理系统 '一本账', 各市、县（区）配合) left out with the whole pillar"},
 {"rule": "task-uncovered", "line": 0, "task": 24, "why": "制度规则 task (政务信息化建设管理会商机制, 各市、县（区）配合) left out with the whole pillar"},
 {"rule": "task-uncovered", "line": 0, "task": 28, "why": "制度规则 task (试点示范, 各市、县（区）配合) left out with the whole pillar"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

m("basis-mismatch", 9, "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", 9, "correct title and 文号 of the regional 实施意见 (the baseline)", "宁政发〔2023〕17号")
m("basis-mismatch", 11, "retrospective mention of the 2020 工作要点 ('2020年以来，我县按照…部署') in 建设基础, with its correct title and 文号; it describes past work and is not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", 2, "the notice's own 文号, not a citation", "西政办发〔2024〕16号")
m("basis-mismatch", 1, "the plan's own title in 《》 in the issuing notice, not a basis citation", "西吉县数字政府建设实施方案")
m("basis-mismatch", 9, "'按照固原市数字政府建设工作部署' names no document (no title, no 文号); the city plan is not a seed and no parent is given", "固原市数字政府建设工作部署")
m("basis-mismatch", 68, "old term that also exists in the 2023 实施意见 (task 84: 一网通办 / 不见面审批); not a sign of the superseded basis", "不见面审批")
m("basis-mismatch", 69, "old term that also exists in the 2023 task list (task 85: 深化“一件事一次办”改革)", "一件事一次办")
m("basis-mismatch", 53, "'推进“数字政府”建设领导小组' is named in both the 2020 要点 and the 2023 实施意见 (task 60)", "推进“数字政府”建设领导小组")
m("basis-mismatch", 54, "'指挥调度中心' is the 2023 实施意见's own wording for the county level (六级贯通: 县重点…一体化推进指挥调度中心等建设)", "指挥调度中心")
m("deadline-invalid", 6, "the notice's issuing date", "2024年3月28日")
m("deadline-invalid", 11, "past dates in the 建设基础 background (2020年以来, 2021年, 2022年)", "2021年")
m("deadline-invalid", 11, "'截至2023年底' reports a past state, not a deadline", "截至2023年底")
m("deadline-invalid", 101, "copied regional deadline of task 18 ('2023年形成机制，长期坚持') that lies before the plan's year; equal to the baseline and ongoing", "2023年形成机制，长期坚持")
m("deadline-invalid", 128, "copied regional deadline of task 116 ('2023年完成并长期坚持'), before the plan's year but equal to the baseline and ongoing", "2023年完成并长期坚持")
m("deadline-invalid", 93, "the office's own reporting dates for the plan's follow-up (2024年4月底前 task breakdown; 每年6月底、12月底前 progress reports), in the plan year", "2024年4月底前")
m("deadline-later-than-baseline", 93, "the office's own reporting date (task breakdown filed with the 领导小组办公室), not a task deadline; even if matched to task 116 it is an internal step", "2024年4月底前")
m("deadline-later-than-baseline", 17, "2024 goals equal to their regional tasks: migration to 政务云 (task 43/46, 2024年), 适老化与信息无障碍 (task 93, 2024年), 我的宁夏 应上尽上 (task 86, 2024年)", "到2024年底")
m("deadline-later-than-baseline", 19, "equal to the region's 2035 goal (数字政府全面建成)", "到2035年")
m("deadline-later-than-baseline", 96, "the task list's title span (2024年—2025年), not a deadline", "2024年—2025年")
m("deadline-later-than-baseline", 99, "row 1 = task 6, 完成时限 '持续推进，2025 年取得明显成效'; equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", 100, "row 2 = task 10, 完成时限 '持续推进，2025年取得明显成效'; equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", 102, "row 4 = task 41, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 103, "row 5 = task 42, 完成时限 2024年; '2024年底前' is the same year", "2024年底前")
m("deadline-later-than-baseline", 104, "row 6 = task 46 (政务云迁移), 完成时限 2024 年 (task 43: '2024 年建成，持续推进'); equal", "2024年")
m("deadline-later-than-baseline", 105, "row 7 = task 47, 完成时限 2024 年; equal", "2024年")
m("deadline-later-than-baseline", 107, "row 9 = task 49 (视频一张网), 完成时限 2025 年; the county's 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", 108, "row 10 = task 50, 完成时限 2024 年; equal", "2024年")
m("deadline-later-than-baseline", 109, "row 11 = task 53, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 110, "row 12 = task 54, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 111, "row 13 = task 56, 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", 112, "row 14 = task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年; the county's 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", 113, "row 15 = task 71, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 114, "row 16 = task 79, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 115, "row 17 = task 83, 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", 116, "row 18 = task 84, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 117, "row 19 = task 86, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 118, "row 20 = task 87, 完成时限 '2023年启动，2025年完成'; the completing milestone is 2025; equal", "2025年")
m("deadline-later-than-baseline", 119, "row 21 = task 93, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 120, "row 22 = task 96, 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", 121, "row 23 = task 98, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 122, "row 24 = task 102, 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", 123, "row 25 = task 105, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 124, "row 26 = task 106, 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", 125, "row 27 = task 107, 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", 126, "row 28 = task 112, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 127, "row 29 = task 114, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", 129, "row 31 = task 121, 完成时限 长期坚持; equal", "长期坚持")
m("unknown-unit", 99, "'县教育体育局、卫生健康局、人社局、文旅局、民政局': the 县 prefix distributes (县卫生健康局, 县人社局 = alias of 县人力资源和社会保障局, 县文旅局 = alias of 县文化旅游广电局, 县民政局)", "人社局")
m("unknown-unit", 100, "collective subjects (各乡镇人民政府, 县直有关部门)", "县直有关部门")
m("unknown-unit", 101, "collective subject after a registered unit ('县大数据服务中心及县直各部门（单位）')", "县直各部门（单位）")
m("unknown-unit", 103, "'县水务局、住建局、交通运输局': prefix distributes (县住建局 is an alias of 县住房和城乡建设局); '电信西吉分公司' after the comma is not prefixed and is the registered short name of 中国电信股份有限公司西吉分公司", "电信西吉分公司")
m("unknown-unit", 107, "'县公安局、应急局、交通运输局': 县应急局 is an alias of 县应急管理局", "应急局")
m("unknown-unit", 109, "县市场监管局 is an alias of 县市场监督管理局", "县市场监管局")
m("unknown-unit", 111, "'县教育体育局、卫健局、自然资源局、公安局': 县卫健局 is an alias of 县卫生健康局", "卫健局")
m("unknown-unit", 112, "县委编办 is registered; 各乡镇人民政府 is a collective", "县委编办")
m("unknown-unit", 115, "collective subject 各村（社区）", "各村（社区）")
m("unknown-unit", 116, "县审批局 is an alias of 县审批服务管理局", "县审批局")
m("unknown-unit", 122, "固原市生态环境局西吉分局 carries the city's name but is a registered county-level unit", "固原市生态环境局西吉分局")
m("unknown-unit", 121, "县林草局 is an alias of 县林业和草原局", "县林草局")
m("unknown-unit", 110, "县委办公室 and 县档案馆 are registered", "县档案馆")
m("unknown-unit", 53, "数字宁夏建设运营有限公司 and 数字宁夏建设专家咨询委员会 are named in the body as regional resources the county draws on, not as responsible units of a county task", "数字宁夏建设运营有限公司")
m("unknown-unit", 90, "县委党校 is registered", "县委党校")
m("missing-pillar", 0, "五个一/六级贯通 (工作体系): part five '健全数字政府工作体系，推动“六级贯通”' covers 健全组织机构 and 厘清层级职责 by content")
m("missing-pillar", 0, "党的领导 (组织领导, 财政投入, 数字素养, 考核评价): part seven keeps the 2020 要点's heading '着力强化“数字政府”建设保障机制' but its intro and items (lines 87-91) take up all four by content")
m("missing-pillar", 0, "安全保障, 数据资源, 平台支撑: covered by content under the old '一体化' headings (lines 35-50)")
m("missing-pillar", 0, "三个驱动 (数字经济, 数字社会, 数字生态) all present in part three (lines 24-32)")
m("missing-pillar", 0, "七个能力: all seven present in part six (lines 57-85)")

covers_pairs = [
 (3,26),(5,27),(6,99),(7,29),(8,29),(10,100),(11,30),(12,32),(14,36),(15,36),(17,37),(18,101),
 (30,40),(32,40),(36,41),(41,102),(42,103),(43,44),(46,104),(47,105),(48,106),(49,107),(50,108),
 (52,48),(53,109),(54,110),(55,50),(56,111),(64,112),(66,57),(67,57),(68,59),(70,59),(71,113),(72,60),(73,60),
 (74,61),(77,63),(79,114),(80,65),(83,115),(84,116),(85,69),(86,117),(87,118),(88,71),(89,71),(90,72),
 (93,119),(94,74),(95,74),(96,120),(97,75),(98,121),(102,122),(103,78),(104,79),(105,123),(106,124),
 (107,125),(108,80),(109,80),(111,81),(112,126),(114,127),(115,85),(116,128),(117,90),(118,90),
 (121,129),(122,91),(123,91),(124,91),
]
covers = [{"task": t, "line": l} for t, l in covers_pairs]

for e in expect + M: chk(e)
for c in covers: assert 1 <= c["line"] <= len([x for x in lines if x != ""]) 

key = {
 "writer": "blind writer, round 294; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("西吉县 (固原市) 2024 plan whose drafter reused an older plan written for the 2020 工作要点: headings of parts four and seven and the phrases "
           "'八个（全区）一体化体系' / '五个着力' (lines 11, 15, 21, 33, 34, 86) follow the old framework beside the 2023 '34567' framework. No rule covers an old slogan "
           "by itself; the real errors it produces are the superseded basis citation (line 9) and the missing 制度规则 pillar. No parent plan: the 固原 city plan is not in the seeds. "
           "The task list (lines 98-129) states that the first-listed unit leads. Body line 89 (财政投入) is written from the 党的领导 paragraph of the 实施意见, "
           "not from task 25, so task 25 is in neither covers nor expect."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
