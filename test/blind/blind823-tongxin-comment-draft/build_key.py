# -*- coding: utf-8 -*-
# Builds key.json; every line number is found by searching draft.txt (1-based) and asserted.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "": L = L[:-1]

def ln(anchor, text=None, nth=0):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert hits, anchor
    n = hits[nth]
    if text is not None:
        assert text in L[n - 1], (text, n)
    return n

def row(k):  # task-list row k (1-based 序号)
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(f"{k}\t")]
    assert len(hits) == 1, k
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("根据《国务院关于加强数字政府建设的指导意见》", "宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the draft cites it with the year 2022 — wrong 文号 for that title"},
 {"rule": "garbled-text", "line": ln("深化数据高效共享。"), "text": "寤虹珛鍋ュ叏",
  "why": "UTF-8 bytes read as GBK: '寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗' is 建立健全政务数据供需对接机制 (re-encode GBK, decode UTF-8); rest of the line is clean"},
 {"rule": "deadline-invalid", "line": ln("强化政务云平台支撑能力。", "20224年"), "text": "20224年",
  "why": "impossible year (typo for 2024). The task is regional task 19 (完成时限 2023年启动，2024年建成) / task 46 (2024年); the 主要目标 line says 到2024年底 for the same migration"},
 {"rule": "deadline-later-than-baseline", "line": row(6), "text": "2025年底前",
  "why": "row 6 (外网 extended to villages, 县乡村全覆盖, 城域网升级) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024 年 (task 47 also 2024 年). The 县发改局 comment in the same cell proposes 2024年底 but the plan text still says 2025年底前"},
 {"rule": "unknown-unit", "line": row(15), "text": "县大数据管理局",
  "why": "no such county body in units.txt; the county unit is 县大数据服务中心 (alias 县大数据中心) — the drafter copied the city's 市大数据管理服务局 pattern"},
 {"rule": "task-uncovered", "line": 0, "task": 93,
  "why": "deliberately left out: 适老化与信息无障碍建设 (政府网站、政务移动端、公共服务场所), 自治区各部门及各市、县（区）按照职能分别负责, 2024年; nothing in the draft mentions 适老化, 老年人, 残疾人 or 信息无障碍 (the 吴忠 parent plan does take it up)"},
]

C = "inside a department's bracketed comment 【…】, which is not the plan's text"
mnf = [
 {"rule": "deadline-later-than-baseline", "line": ln("说明：本稿由县政府办公室起草"), "text": "2024年4月12日", "why": "the drafting office's own deadline for feedback on the draft, not a task deadline"},
 {"rule": "unknown-unit", "line": ln("说明：本稿由县政府办公室起草"), "text": "县直各部门（单位）", "why": "collective subject"},
 {"rule": "deadline-invalid", "line": ln("2024年3月28日"), "text": "2024年3月28日", "why": "date of the draft itself"},
 {"rule": "basis-mismatch", "line": ln("根据《国务院关于加强数字政府建设的指导意见》"), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national guiding opinion"},
 {"rule": "basis-mismatch", "line": ln("根据《国务院关于加强数字政府建设的指导意见》"), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so by the 吴忠 city plan; a legitimate additional basis"},
 {"rule": "basis-mismatch", "line": ln("根据《国务院关于加强数字政府建设的指导意见》"), "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》", "why": "the parent city plan cited by title alone, correct title (it has no 文号 in its published text)"},
 {"rule": "basis-mismatch", "line": ln("【县司法局意见："), "text": "宁政办发〔2020〕14号", "why": "old (superseded) document proposed " + C + "; the plan's basis list does not adopt it"},
 {"rule": "basis-mismatch", "line": ln("近年来，我县按照"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background paragraph, not cited as the basis of this plan; title and 文号 match"},
 {"rule": "deadline-invalid", "line": ln("近年来，我县按照"), "text": "2023年", "why": "past dates (2022年, 2023年) describing work already done, not deadlines"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2024年底，县本级非涉密"), "text": "2024年底", "why": "goal equal to the region: 信创云 migration is task 19 (2023年启动，2024年建成) / task 46 (2024年); 宁政通 to 乡村 is task 105 (2024年); 一网通办 task 84 (2024年)"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2025年，全县数字政府建设“1347”"), "text": "2025年", "why": "same year as the region's 到2025年 “34567”体系框架全面成型 and the 吴忠 plan's 到2025年 “1347”体系框架全面成型"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2025年，全县数字政府建设“1347”"), "text": "2026年底", "why": "later year proposed only " + C + " (县发改局); the goal itself says 到2025年"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2035年，与政府治理能力"), "text": "2035年", "why": "equal to the region's and the city's 2035 goal"},
 {"rule": "unknown-unit", "line": ln("【县委编办意见："), "text": "县数据局", "why": "body named only " + C + " (a body still to be created)"},
 {"rule": "deadline-later-than-baseline", "line": ln("（三）完善工作机制。"), "text": "12月10日前", "why": "the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines"},
 {"rule": "deadline-invalid", "line": ln("【县委网信办意见："), "text": "2023年12月", "why": "past date " + C},
 {"rule": "deadline-later-than-baseline", "line": ln("【县财政局意见：外网延伸"), "text": "2025年", "why": "phasing over 2024/2025 proposed only " + C + "; the plan text of that paragraph has no date"},
 {"rule": "deadline-later-than-baseline", "line": ln("【县应急局意见："), "text": "2024年9月底前", "why": "date proposed " + C + " (and earlier than task 80's 2024年 anyway)"},
 {"rule": "unknown-unit", "line": ln("【吴忠市生态环境局同心分局意见："), "text": "市生态环境局", "why": "city body named only " + C},
 {"rule": "unknown-unit", "line": row(43), "text": "吴忠市生态环境局同心分局", "why": "a registry name in units.txt (county branch of the city bureau); must not be split or read as a city unit"},
 {"rule": "deadline-later-than-baseline", "line": ln("（六）提升整体高效的政务运行能力") + 1, "text": "2024年底前", "why": "视频会议平台 is task 107, 完成时限 2025年; the county's 力争2024年底前 is earlier"},
 {"rule": "unknown-unit", "line": ln("（一）加强组织领导。在县委统一领导下"), "text": "县政府", "why": "县委 / 县政府 are listed in units.txt (中共同心县委员会 = 县委; 同心县人民政府 = 县人民政府, 县政府)"},
 {"rule": "deadline-later-than-baseline", "line": ln("附件：同心县数字政府建设重点任务清单"), "text": "2024年—2025年", "why": "the period in the attachment's title, within the region's 2023年—2025年"},
 {"rule": "deadline-later-than-baseline", "line": row(1), "text": "2024年6月底前", "why": "organisation set-up is task 64 (各地各部门参照自治区做法，成立相应的组织机构), 完成时限 2025年; earlier"},
 {"rule": "deadline-later-than-baseline", "line": row(2), "text": "长期坚持", "why": "task 116 (2023年完成并长期坚持); the county row is ongoing only, no milestone later than the region's"},
 {"rule": "deadline-later-than-baseline", "line": row(3), "text": "长期坚持", "why": "tasks 14/15 (2023年); ongoing only, no later milestone"},
 {"rule": "deadline-invalid", "line": row(4), "text": "2023年形成机制", "why": "copied regional deadline of task 18 (2023年形成机制，长期坚持), which lies before the plan's year; equal to the region"},
 {"rule": "deadline-later-than-baseline", "line": row(5), "text": "2025年6月底", "why": "later date proposed " + C + " (县卫健局); the plan's own deadline in the cell is 2024年, equal to tasks 19/46"},
 {"rule": "deadline-later-than-baseline", "line": row(8), "text": "2024年底前", "why": "视频共享平台 / 视频一张网 is task 49, 完成时限 2025 年; earlier"},
 {"rule": "deadline-later-than-baseline", "line": row(9), "text": "2025年", "why": "电子证照 is task 52, 完成时限 2025年; equal"},
 {"rule": "unknown-unit", "line": row(11), "text": "卫健局", "why": "prefix 县 distributes over 县教育局、卫健局、自然资源局 → 县卫健局 (alias of 县卫生健康局), 县自然资源局"},
 {"rule": "unknown-unit", "line": row(12), "text": "县发改局", "why": "official short name of 县发展和改革局 in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": row(14), "text": "2025年", "why": "审管协同 / “审管信”三位一体 is task 22, 完成时限 2025年; equal"},
 {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2024年启动，2025年取得明显成效", "why": "task 28 (2023年启动，2025年取得明显成效): the completing milestone 2025 is equal; only the start is later"},
 {"rule": "unknown-unit", "line": row(17), "text": "人社局", "why": "prefix 县 distributes over 县审批局、卫健局、人社局、应急局 (all aliases in units.txt)"},
 {"rule": "deadline-later-than-baseline", "line": row(19), "text": "2024年取得明显成效", "why": "task 2 (2023 年启动，2024 年取得明显成效); equal"},
 {"rule": "unknown-unit", "line": row(19), "text": "县工业信息化和商务局", "why": "one registry name containing 和; must not be split into 县工业信息化 / 商务局"},
 {"rule": "unknown-unit", "line": row(20), "text": "同心工业园区管委会", "why": "listed in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": row(20), "text": "持续推进，2025年取得明显成效", "why": "task 3 (持续推进，2025 年取得明显成效); equal"},
 {"rule": "unknown-unit", "line": row(21), "text": "县人民医院", "why": "bodies (县人民医院、县中医医院) named only " + C + ", inside the 责任单位 cell"},
 {"rule": "deadline-later-than-baseline", "line": row(24), "text": "2025年取得明显成效", "why": "task 11 (2023年完成主要建设任务，2025年取得明显成效): completing milestone equal; the comment's 2023年11月 / 2024年 are " + C},
 {"rule": "deadline-invalid", "line": row(24), "text": "2023年11月", "why": "past date " + C},
 {"rule": "unknown-unit", "line": row(28), "text": "农业农村局", "why": "prefix 县 distributes over 县市场监管局、农业农村局、卫健局"},
 {"rule": "unknown-unit", "line": row(33), "text": "各村（社区）", "why": "collective subject"},
 {"rule": "unknown-unit", "line": row(36), "text": "自治区政府办公厅", "why": "regional body proposed as lead only " + C + " (县审批局); the plan's lead is 县审批局"},
 {"rule": "deadline-later-than-baseline", "line": row(37), "text": "2025年", "why": "12345 热线 is task 87 (2023年启动，2025年完成); equal"},
 {"rule": "deadline-later-than-baseline", "line": row(39), "text": "2025年", "why": "生态环境数据资源综合开发利用 is task 95, 完成时限 2025年; equal"},
 {"rule": "deadline-later-than-baseline", "line": row(47), "text": "2024年底前", "why": "task 107 (2025年); earlier. The comment's 2025年 is " + C + " and equal anyway"},
 {"rule": "deadline-later-than-baseline", "line": row(48), "text": "长期推进，2024年取得明显成效", "why": "task 108 (长期推进，2024年取得明显成效); equal"},
 {"rule": "deadline-later-than-baseline", "line": row(54), "text": "长期坚持", "why": "task 118 (2023年完成并长期坚持); ongoing only"},
 {"rule": "unknown-unit", "line": row(55), "text": "县效能办", "why": "body named only " + C},
 {"rule": "unknown-unit", "line": row(9), "text": "县直有关部门", "why": "collective subject (like 市直有关部门)"},
 {"rule": "unknown-unit", "line": row(14), "text": "县审批局", "why": "official short name of 县审批服务管理局 in units.txt"},
]

cov = [
 (64, row(1)), (116, row(2)), (14, row(3)), (15, row(3)), (18, row(4)), (19, row(5)), (46, row(5)),
 (48, row(6)), (50, row(7)), (49, row(8)), (52, row(9)), (54, row(10)), (56, row(11)), (57, row(12)),
 (20, row(13)), (22, row(14)), (23, row(15)), (28, row(16)), (34, row(17)), (42, row(18)), (2, row(19)), (3, row(20)),
 (6, row(21)), (7, row(21)), (9, row(22)), (10, row(23)), (11, row(24)), (12, row(25)), (66, row(26)), (70, row(27)),
 (71, row(28)), (74, row(29)), (77, row(30)), (79, row(31)), (80, row(32)), (83, row(33)), (84, row(34)), (89, row(35)),
 (86, row(36)), (87, row(37)), (88, row(38)), (95, row(39)), (96, row(40)), (97, row(41)), (98, row(42)), (102, row(43)),
 (103, row(44)), (104, row(45)), (105, row(45)), (106, row(46)), (107, row(47)), (108, row(48)), (111, row(49)),
 (112, row(50)), (113, row(51)), (114, row(52)), (115, row(53)), (118, row(54)), (121, row(55)), (122, row(55)), (123, row(55)),
 (5, ln("强化政企协同、部门协同、社会共治")), (8, ln("（二）引领数字社会建设。")), (13, ln("（三）营造良好数字生态。")),
 (17, ln("落实安全制度要求。")), (21, ln("（二）构建科学规范的制度规则体系。")), (24, ln("（二）构建科学规范的制度规则体系。")),
 (32, ln("完善数据管理机制。")), (30, ln("完善数据管理机制。")), (68, ln("编制完善监管事项目录和实施清单")),
 (72, ln("编制完善监管事项目录和实施清单")), (124, ln("（四）强化考核评价。")), (25, ln("（二）加大财政投入。")),
]
covers = [{"task": t, "line": n} for t, n in cov]

key = {
 "writer": "blind writer, round 823; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("同心县 2024 实施方案 征求意见稿 as returned by the departments: the drafting office's text with the departments' comments "
           "inserted as 【…意见：…】, some on their own line, some at the end of a body line, some inside a task-list cell (责任单位 or 完成时限). "
           "Comments are not the plan's text: dates, bodies and documents named only inside them must not be flagged (mustNotFlag). "
           "Line 82 holds both the planted late deadline (2025年底前, plan text) and a comment proposing 2024年底; only the former is an error. "
           "Task list columns: 序号, 重点任务, 责任单位, 完成时限; the note above the table says the first-listed unit leads. "
           "Tasks whose regional deadline is 2023 are either given 长期坚持 or left undated in the body, except row 4, which copies task 18's "
           "'2023年形成机制，长期坚持'. Planted: wrong 文号 of the regional basis, mojibake run, impossible year 20224, late deadline on task 48, "
           "unknown unit 县大数据管理局, task 93 left out."),
}
for e in expect + mnf:
    if e.get("line"):
        assert e.get("text") is None or e["text"] in L[e["line"] - 1], e
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
