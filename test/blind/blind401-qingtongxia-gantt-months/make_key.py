# -*- coding: utf-8 -*-
import json
D = open("draft.txt", encoding="utf-8").read().split("\n")
RL = json.load(open("rowlines.json", encoding="utf-8"))["rows"]
def ln(sub, nth=0):
    hits = [i + 1 for i, l in enumerate(D) if sub in l]
    assert hits, sub
    return hits[nth]
def uniq(sub):
    hits = [i + 1 for i, l in enumerate(D) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
row = lambda t: RL[str(t)]
def chk(line, text):
    if text is not None: assert text in D[line - 1], (line, text)

expect = [
 {"rule": "basis-mismatch", "line": uniq("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document, not a 政府办公厅 宁政办发 one); title right, 文号 wrong"},
 {"rule": "deadline-later-than-baseline", "line": row(30), "text": "★",
  "why": "row 9: 完成时限 left empty, ★ in the 10月 column, so due 2024年10月 (per the table's own note); it takes up task 30 (政务数据资源目录、政务数据“一本账”), 完成时限 2023年 — later than the region"},
 {"rule": "deadline-later-than-baseline", "line": row(41), "text": "2025年6月底",
  "why": "row 10: task 41 (公共数据开放目录及责任清单、分类分级开放公共数据), 完成时限 2024年; the row has no ★ and runs into 2025"},
 {"rule": "deadline-invalid", "line": row(48), "text": "2023年9月底",
  "why": "row 14 (task 48, 城域网升级改造、5级全覆盖, 完成时限 2024年): 2023年9月底 lies before the plan's own year (issued 2024-03-18) and contradicts its ★ in 9月 of 2024 — a year not updated; not a copied regional deadline, since the region's is 2024年"},
 {"rule": "unknown-unit", "line": row(47), "text": "自治区政府办公厅",
  "why": "row 13 (task 47): the regional body copied from the regional list as 牵头 of a county task; the county's lead should be 市大数据服务中心"},
 {"rule": "unknown-unit", "line": row(105), "text": "市信息中心",
  "why": "row 35: no 市信息中心 in units.txt or the regional list (the county's body is 市大数据服务中心)"},
]
for e in expect: chk(e["line"], e.get("text"))

MN = []
def mn(rule, line, why, text=None):
    chk(line, text); d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why; MN.append(d)

mn("unknown-unit", 3, "collective subject (各镇人民政府 of the county)", "各镇人民政府")
mn("unknown-unit", 3, "collective subject", "市直各部门（单位）")
mn("unknown-unit", row(83), "collective subject", "各镇（街道）")
mn("unknown-unit", row(73), "collective subject", "市直有关部门")
mn("unknown-unit", row(10), "collective subject 各镇人民政府 as 具体负责", "各镇人民政府")
mn("unknown-unit", row(57), "official short name of 市发展和改革局 listed in units.txt", "市发改局")
mn("unknown-unit", row(84), "short name of 市审批服务管理局 in units.txt", "市审批局")
mn("unknown-unit", row(71), "short name of 市市场监督管理局 in units.txt", "市市场监管局")
mn("unknown-unit", row(105), "short name of 市人民政府办公室 in units.txt (the same row's 市信息中心 is the planted one)", "市政府办公室")
mn("unknown-unit", row(94), "in units.txt (the 吴忠 branch office serving the county)", "吴忠市生态环境局青铜峡分局")
mn("unknown-unit", row(3), "in units.txt; named first as lead of a local task, which is right for it", "青铜峡工业园区管委会")
mn("unknown-unit", uniq("在吴忠市大数据管理服务局业务指导下"), "parent-city body in units.txt, named only as guiding, not as lead", "吴忠市大数据管理服务局")
mn("unknown-unit", uniq("按照自治区政府办公厅关于全区电子政务外网"), "regional body mentioned as the author of a deployment, not as the lead of a local task", "自治区政府办公厅")
mn("unknown-unit", uniq("向市数字政府建设领导小组办公室报送"), "the leading group's office, set up in 市大数据服务中心 (line 19) and listed in units.txt; a recipient of reports, not a task lead", "市数字政府建设领导小组办公室")
mn("unknown-unit", uniq("市委网信办统筹"), "official short name, in units.txt", "市委网信办")
mn("unknown-unit", uniq("抄送："), "抄送 recipients, all in units.txt", "市人大常委会办公室")
mn("basis-mismatch", 10, "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
mn("basis-mismatch", 10, "the 吴忠 city plan cited by title alone (it has no 文号); title correct", "关于加强数字政府建设的实施方案")
mn("basis-mismatch", 10, "cited exactly as the 吴忠 parent plan cites it", "宁政办发〔2023〕11号")
mn("basis-mismatch", uniq("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background, not a basis; title and 文号 correct", "宁政办发〔2020〕14号")
mn("basis-mismatch", uniq("2023年11月，吴忠市人民政府印发"), "retrospective mention of the parent plan with its issue month", "关于加强数字政府建设的实施方案")
mn("deadline-invalid", uniq("2023年，我市调整成立"), "past date in the background (工作基础)", "2023年")
mn("deadline-invalid", uniq("2023年11月，吴忠市人民政府印发"), "past date: when the parent plan was issued", "2023年11月")
mn("deadline-later-than-baseline", uniq("2025年1月10日前报送"), "the office's own reporting date for the 2024 annual summary, not a task deadline", "2025年1月10日前")
mn("deadline-later-than-baseline", uniq("（二）工作目标。"), "goal 到2024年底 外网 three-level coverage = task 48 (2024年) and 政务服务“网上办、掌上办…” = task 84 (2024年): equal", "到2024年底")
mn("deadline-later-than-baseline", uniq("（二）工作目标。"), "goal 到2025年 framework 全面成型 equals the region's and the 吴忠 plan's 到2025年", "到2025年")
mn("deadline-later-than-baseline", row(2), "task 2 (2023年启动，2024年取得明显成效): empty 完成时限, ★ in 12月 = 2024年12月, equal")
mn("deadline-later-than-baseline", row(57), "task 57 (2024年): empty 完成时限, ★ in 12月, equal")
mn("deadline-later-than-baseline", row(71), "task 71 (2024年): 完成时限 2024年, equal; ● marks 1–11月", "2024年")
mn("deadline-later-than-baseline", row(112), "task 112 (2024年): 2024年, equal", "2024年")
mn("deadline-later-than-baseline", row(47), "task 47 (2024年): ★ 11月 and 2024年11月底 agree, earlier than the region (the row's error is its unit)", "2024年11月底")
mn("deadline-later-than-baseline", row(73), "task 73 (2024年): ★ 6月 and 2024年6月底 agree", "2024年6月底")
mn("deadline-later-than-baseline", row(84), "task 84 (2024年): ★ 12月 and 2024年12月底 agree, equal", "2024年12月底")
mn("deadline-later-than-baseline", row(54), "task 54 (2024年): 2024年12月底, equal", "2024年12月底")
mn("deadline-later-than-baseline", row(46), "task 46 (2024年; also tasks 19/43, 2024年建成): 2024年10月底, earlier", "2024年10月底")
mn("deadline-later-than-baseline", row(6), "task 6 (持续推进，2025年取得明显成效): 2024年底, earlier; ● in 1–11月 are work months", "2024年底")
mn("deadline-later-than-baseline", row(3), "task 3 (持续推进，2025年取得明显成效): 2024年12月底, earlier", "2024年12月底")
mn("deadline-later-than-baseline", row(11), "task 11 (2023年完成主要建设任务，2025年取得明显成效): the row consolidates results (巩固…成果) by ★ 10月 2024; the completing milestone is 2025, so earlier")
mn("deadline-later-than-baseline", row(28), "task 28 (2023年启动，2025年取得明显成效): ★ 7月 2024, earlier")
mn("deadline-later-than-baseline", row(87), "task 87 (2023年启动，2025年完成): 2024年6月底, earlier", "2024年6月底")
mn("deadline-later-than-baseline", row(64), "task 64 (各市、县（区）负责, 2025年): ★ 3月 and 2024年3月底 agree, earlier (not task 60, which is the region's own leading group)", "2024年3月底")
mn("deadline-later-than-baseline", row(56), "task 56 (2025年): ★ 8月, earlier")
mn("deadline-later-than-baseline", row(96), "task 96 (2025年): 2024年12月底, earlier", "2024年12月底")
mn("deadline-later-than-baseline", row(105), "task 105 (2024年): ★ 8月, earlier (the row's error is 市信息中心)")
mn("deadline-invalid", 6, "the notice's own issue date", "2024年3月18日")

covers_tasks = [64,2,3,6,9,10,11,28,30,41,42,46,47,48,54,56,57,66,71,73,88,77,79,83,84,86,89,87,93,94,96,97,98,104,105,106,107,112,114]
covers = [{"task": t, "line": row(t)} for t in covers_tasks]
covers += [{"task": 14, "line": uniq("1.强化安全保障。")}, {"task": 15, "line": uniq("1.强化安全保障。")},
           {"task": 18, "line": uniq("1.强化安全保障。")}, {"task": 24, "line": uniq("2.完善制度规则。")},
           {"task": 32, "line": uniq("3.夯实数据资源。")}, {"task": 36, "line": uniq("3.夯实数据资源。")},
           {"task": 116, "line": uniq("（一）加强组织领导。")}, {"task": 115, "line": uniq("7.政务公开能力。")},
           {"task": 80, "line": uniq("3.社会管理能力。")}]

key = {
 "writer": "blind writer, round 401; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": MN,
 "covers": covers,
 "notes": "County-level city (青铜峡, under 吴忠) 2024 推进计划; '市' units are 青铜峡's own (units.txt). The appended table is a month-by-month schedule: ● = work month, ★ = due month; the table's note (line %d) says an empty 完成时限 means the end of the ★ month of 2024. Tab-separated, empty month cells kept. Row 9 (line %d) is late only because the region wanted task 30 done in 2023; rows for other 2023-due tasks were deliberately kept out of the table and their prose carries no dates." % (uniq("说明：1.表中"), row(30)),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(MN), len(covers))
