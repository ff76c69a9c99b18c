#!/usr/bin/env python3
# Builds key.json and checks every line number/text against draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
def ln(s, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]
def row(n):  # table row by 序号
    return ln(f"{n}\t", 1) if False else [i + 1 for i, l in enumerate(L) if l.split("\t")[0] == str(n) and l.count("\t") == 5][0]
def cell(line, k):
    return L[line - 1].split("\t")[k]

expect = [
 {"rule": "basis-mismatch", "line": ln("加快推进数字政府建设的实施意见"), "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
  "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it as 加快推进 (wrong title)"},
 {"rule": "unknown-unit", "line": row(14), "text": "县大数据局",
  "why": "lead written in the merged 牵头单位 cell of rows 14-17; not in units.txt (the county body is 县大数据服务中心, which leads the next group); 县大数据局 is a city-style short name (cf. 市大数据局) that Pingluo does not have"},
 {"rule": "garbled-text", "line": ln("寤虹珛鏀垮姟"), "text": "寤虹珛鏀垮姟鏁版嵁",
  "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 建立政务数据供需对接机制"},
 {"rule": "deadline-later-than-baseline", "line": row(45), "text": "2025年",
  "why": "row 45 (协同办公平台) is regional task 104, 完成时限 2024年; its own 完成时限 cell is empty because it lies in the merged 完成时限 cell of rows 43-46, whose one date 2025年 is written on line %d (row 43, task 106, 2025年, which is fine)" % row(43)},
 {"rule": "deadline-later-than-baseline", "line": row(41), "text": "2025年",
  "why": "row 41 (自然资源三维立体“一张图”和国土空间基础信息平台) is regional task 97, 完成时限 2024年; its 完成时限 cell is empty, inside the merged cell of rows 39-42 whose one date 2025年 is written on line %d (row 39, task 95, 2025年, which is fine)" % row(39)},
 {"rule": "deadline-later-than-baseline", "line": row(35), "text": "2025年",
  "why": "row 35 (“我的宁夏”政务APP 应上尽上, 总门户) is regional task 86, 完成时限 2024年; this group gives each row its own date and this row says 2025年"},
]

mnf = []
def D(line, why, text=None):
    e = {"rule": "deadline-later-than-baseline", "line": line, "why": why}
    if text: e["text"] = text
    mnf.append(e)
def U(line, text, why):
    assert text in L[line - 1], (line, text)
    mnf.append({"rule": "unknown-unit", "line": line, "text": text, "why": why})
def B(line, text, why):
    assert text in L[line - 1], (line, text)
    mnf.append({"rule": "basis-mismatch", "line": line, "text": text, "why": why})
def I(line, text, why):
    assert text in L[line - 1], (line, text)
    mnf.append({"rule": "deadline-invalid", "line": line, "text": text, "why": why})

# --- merged date cells: empty cells under a date that holds for every task of the group
M = "empty 完成时限 cell inside a merged cell; the group's date %s (written on line %d) applies"
D(row(2), (M % ("持续推进，2025年取得明显成效", row(1))) + "; task 5 is 持续推进，2025年取得明显成效 - equal")
D(row(7), (M % ("2024年", row(6))) + "; task 12 is 2025年 - earlier")
D(row(11), (M % ("2024年", row(10))) + "; task 22 is 2025年 - earlier")
D(row(12), (M % ("2024年", row(10))) + "; task 23 is 2024年 - equal")
D(row(13), (M % ("2024年", row(10))) + "; task 26 is 2024年 - equal")
D(row(15), (M % ("2024年", row(14))) + "; task 33 is 2024年 - equal")
D(row(16), (M % ("2024年", row(14))) + "; task 41 is 2024年 - equal")
D(row(17), (M % ("2024年", row(14))) + "; task 42 is 2024年 - equal")
D(row(19), (M % ("2024年", row(18))) + "; task 50 is 2024年 - equal")
D(row(20), (M % ("2024年", row(18))) + "; task 49 is 2025年 - earlier")
D(row(21), (M % ("2024年", row(18))) + "; task 53 is 2024年 - equal")
D(row(25), (M % ("2024年", row(24))) + "; task 66 is 2025年 - earlier")
D(row(27), (M % ("2024年", row(26))) + "; task 71 is 2024年 - equal")
D(row(28), (M % ("2024年", row(26))) + "; task 73 is 2024年 - equal")
D(row(29), (M % ("2024年", row(26))) + "; task 74 is 2024年 - equal")
D(row(40), (M % ("2025年", row(39))) + "; task 96 is 2025年 - equal")
D(row(42), (M % ("2025年", row(39))) + "; task 102 is 2025年 - equal")
D(row(44), (M % ("2025年", row(43))) + "; task 107 is 2025年 - equal")
D(row(46), (M % ("2025年", row(43))) + "; task 111 is 2025年 - equal")
D(row(48), (M % ("2024年", row(47))) + "; task 114 is 2024年 - equal")
D(row(49), (M % ("2024年", row(47))) + "; task 115 is 2024年 - equal")
# --- first rows of merged groups (date written there)
D(row(1), "task 3 is 持续推进，2025年取得明显成效 - equal", "持续推进，2025年取得明显成效")
D(row(6), "task 13 is 2024年 - equal", "2024年")
D(row(10), "task 21 is 2024年 - equal", "2024年")
D(row(14), "task 29 is 2023年启动，2025年完成 - 2024年 is earlier", "2024年")
D(row(18), "task 48 is 2024年 - equal", "2024年")
D(row(22), "task 64 is 2025年 - 2024年 is earlier", "2024年")
D(row(24), "task 65 is 2024年 - equal", "2024年")
D(row(26), "task 70 is 2024年 - equal", "2024年")
D(row(47), "task 112 is 2024年 - equal", "2024年")
D(row(50), "task 120 is 2025年 - equal", "2025年")
D(row(51), "task 121 is 长期坚持 - equal", "长期坚持")
# --- groups whose rows each carry a date
D(row(3), "each-row-date group; task 6 is 持续推进，2025年取得明显成效 - equal", "持续推进，2025年取得明显成效")
D(row(4), "each-row-date group; task 9 is 持续推进，2025年取得明显成效 - completes 2025, equal", "2024年启动，2025年取得明显成效")
D(row(5), "each-row-date group; task 10 is 持续推进，2025年取得明显成效 - equal", "2025年")
D(row(8), "each-row-date group; task 16 is 2024年 - equal", "2024年")
D(row(9), "each-row-date group; task 19 is 2023年启动，2024年建成 (also tasks 43/46, 2024年) - equal", "2024年底前")
D(row(30), "each-row-date group; task 77 is 2024年 - equal", "2024年")
D(row(31), "each-row-date group; task 79 is 2024年 - equal", "2024年")
D(row(32), "each-row-date group; task 80 is 2024年 - equal", "2024年")
D(row(33), "each-row-date group; task 83 is 2025年 - equal", "2025年")
D(row(34), "each-row-date group; task 84 is 2024年 - equal", "2024年")
D(row(36), "each-row-date group; task 88 is 2024年 - equal", "2024年")
D(row(37), "each-row-date group; task 89 is 2024年 - equal", "2024年")
D(row(38), "each-row-date group; task 93 is 2024年 - 2024年6月底前 is not later", "2024年6月底前")
# --- body dates
D(ln("到2024年底，县乡村三级"), "local interim goal; tasks 48, 50 and 105 are all due 2024年 - equal", "2024年底")
D(ln("到2025年，全县数字政府建设"), "主要目标 goal equal to the region's 到2025年 (34567 体系框架全面成型)", "2025年")
D(ln("到2035年，与政府治理"), "2035 vision equal to the region's 到2035年", "2035年")
D(ln("2024年4月30日前"), "the office's own date for units to draw up 落实措施 for this plan, not a deadline for task 116 (whose sentence carries no date)", "2024年4月30日")
D(ln("每年6月底、12月底前"), "the office's own reporting dates", "每年6月底、12月底前")
I(ln("2020年以来"), "2023年", "past dates in the 工作基础 background (2020年以来, 2023年 results), not deadlines")
I(ln("2024年3月28日"), "2024年3月28日", "the document's own issue date")
I(ln("重点任务清单（2024年—2025年）"), "2024年—2025年", "the task list's period in its title, not a deadline")
# --- units
U(row(30), "司法局", "prefix 县 distributes over 县公安局、司法局、信访局: 县司法局 is in units.txt")
U(row(30), "信访局", "prefix 县 distributes: 县信访局 is in units.txt")
U(row(21), "平罗县税务局", "short name of 国家税务总局平罗县税务局 in units.txt")
U(row(28), "承担监管职责的县直有关部门", "collective subject")
U(row(18), "各村（社区）", "collective subject")
U(row(14), "县直各部门（单位）", "collective subject")
U(row(9), "县直有关部门", "collective subject")
U(row(5), "各乡镇人民政府", "collective subject")
U(row(39), "石嘴山市生态环境局平罗分局", "the city bureau's Pingluo branch, listed in units.txt; a county-level body, not a regional lead")
U(row(18), "县大数据服务中心", "the real county data body, in units.txt (contrast with the planted 县大数据局)")
U(row(1), "平罗工业园区管委会", "in units.txt")
U(row(32), "平罗县消防救援大队", "in units.txt")
U(ln("报送县推进数字政府建设领导小组办公室"), "县推进数字政府建设领导小组办公室", "recipient of progress reports, set up inside 县政府办公室 (line %d); not a responsible unit of a task" % ln("领导小组办公室设在县政府办公室"))
U(ln("抄送："), "县人大常委会办公室", "抄送 recipient, not a responsible unit")
U(3, "县直各部门（单位）", "addressees of the notice; collective subject")
# --- basis
B(ln("国发〔2022〕14号"), "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
B(ln("宁政办发〔2023〕11号"), "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan")
B(ln("石嘴山市人民政府《关于加强数字政府建设的实施方案》"), "石嘴山市人民政府《关于加强数字政府建设的实施方案》", "the city plan cited by title alone, as city plans often are; no parent plan given, nothing contradicts it")
B(ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention in 工作基础 of what was done since 2020, not cited as a basis; title and 文号 match")
B(2, "平政办发〔2024〕12号", "the document's own 文号")

covers = []
for t, r in [(3,1),(5,2),(6,3),(9,4),(10,5),(13,6),(12,7),(16,8),(19,9),(21,10),(22,11),(23,12),(26,13),(29,14),(33,15),(41,16),(42,17),
             (48,18),(50,19),(49,20),(53,21),(64,22),(65,24),(66,25),(70,26),(71,27),(73,28),(74,29),(77,30),(79,31),(80,32),(83,33),
             (84,34),(86,35),(88,36),(89,37),(93,38),(95,39),(96,40),(97,41),(102,42),(106,43),(107,44),(104,45),(111,46),(112,47),
             (114,48),(115,49),(120,50),(121,51)]:
    covers.append({"task": t, "line": row(r)})
for t, s in [(11, "数字供销"), (14, "主体责任、监督责任"), (15, "重大事件处置机制"), (17, "数据分类分级保护"), (18, "常态化安全防护和应急演练"),
             (20, "增补职能空白"), (24, "政务信息化建设管理会商机制"), (28, "开展试点示范"), (30, "摸清全县政务数据资源底数"),
             (32, "明确县直各部门数据管理机构"), (68, "照单监管"), (85, "免证办"), (87, "12345政务服务便民热线“总客服”"),
             (105, "“宁政通”移动办公“总门户”"), (108, "公共资源交易全流程数字化"), (116, "一把手工程"), (25, "年度运维资金挂钩"),
             (122, "效能目标管理考核"), (123, "综合考核评价的重要参考"), (124, "容错和奖惩机制")]:
    covers.append({"task": t, "line": ln(s)})

key = {
 "writer": "blind writer, round 366; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("County plan (平罗县, 石嘴山市) of 2024-03-28, checked against ningxia-2023 only (no parent). The 附件 task table (lines %d-%d) "
           "was copied from Word after merging cells: within a group, 主要任务 and 牵头单位 are written on the first row only, and in "
           "merged-date groups the 完成时限 too; the note on line %d says a merged cell's content applies to every task it spans. "
           "Groups with a date on every row: rows 3-5, 8-9, 30-33, 34-38. The two merged-cell late deadlines are keyed on the row of "
           "the late task (lines %d and %d), not on the row where the shared date is written (lines %d and %d); those first rows "
           "(tasks 95 and 106, both 2025年) are correct in themselves and deliberately left out of mustNotFlag, since a checker may "
           "report the inherited mistake there. The unknown unit 县大数据局 is written once (line %d) and inherited by rows 15-17; "
           "only the written line is keyed. Task 36 is taken up on the garbled line %d and is not listed in covers.")
          % (ln("序号\t主要任务"), row(51), ln("注：表中"), row(45), row(41), row(43), row(39), row(14), ln("寤虹珛")),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
    f.write("\n")
# sanity: texts of expect present on their lines (except merged-cell dates, which are on the group's first row)
for e in expect:
    t = e["text"]
    if t in L[e["line"] - 1]:
        print("ok  ", e["rule"], e["line"], t)
    else:
        print("NOTE", e["rule"], e["line"], t, "(not on this line: inherited merged cell)")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
