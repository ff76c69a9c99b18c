# -*- coding: utf-8 -*-
# Writes key.json; every line number is looked up in draft.txt by an anchor and checked.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L.pop()

def ln(anchor, text=None):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def row(n):  # first line of task-list row n
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(str(n).ljust(6)) and not s.startswith(" ")]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def rowtext(n): return L[row(n) - 1]

expect = [
 {"rule": "basis-mismatch", "line": ln("《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕71号）"), "text": "宁政发〔2023〕71号",
  "why": "the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号 (2023-05-16); 71号 is a digit swap"},
 {"rule": "deadline-later-than-baseline", "line": ln("2025年底前实现区、街道（镇）、村（社区）三级全覆盖"), "text": "2025年底",
  "why": "body sentence on 城域网升级改造 / 电子政务外网 full coverage down to 村（社区） matches regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展), 完成时限 2024年"},
 {"rule": "deadline-later-than-baseline", "line": row(27), "text": "2025年6月底",
  "why": "task-list row 27 (政府网站、政务移动端、服务场所适老化与信息无障碍建设; the content cell wraps onto the next line) matches regional task 93, 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": row(29), "text": "20255年",
  "why": "impossible year, a doubled digit for 2025年; the row (互联网+城乡供水) matches regional task 96, 完成时限 2025年"},
 {"rule": "unknown-unit", "line": row(31), "text": "区信息化办公室",
  "why": "lead unit not in units.txt (an old name; the district's technical body is 区大数据服务中心); row matches task 103"},
 {"rule": "unknown-unit", "line": row(32), "text": "自治区政府办公厅",
  "why": "a regional body named as the lead of a district task (copied from regional task 104's 责任单位); not a district unit"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    mnf.append(e)

DL = "deadline-later-than-baseline"
# citations and dates outside the task list
m("basis-mismatch", ln("石大政办发〔2024〕9号"), "the plan's own 发文字号, not a basis citation", "石大政办发〔2024〕9号")
m("basis-mismatch", ln("（国发〔2022〕14号）"), "correct: 国务院关于加强数字政府建设的指导意见 is 国发〔2022〕14号", "国发〔2022〕14号")
m("basis-mismatch", ln("（宁政办发〔2023〕11号）"), "correct pairing, cited the same way by the 吴忠 plan in the seeds", "宁政办发〔2023〕11号")
m("basis-mismatch", ln("（宁政办发〔2020〕14号）"), "retrospective mention in the 工作基础 background (what the district did since 2020), not a basis of this plan; title and 文号 match", "宁政办发〔2020〕14号")
m("deadline-invalid", ln("（宁政办发〔2020〕14号）"), "year in the title of the 2020 工作要点 mentioned retrospectively, not a deadline", "2020年")
m("deadline-invalid", ln("2024年3月18日"), "the office's own issue date", "2024年3月18日")
m("deadline-invalid", ln("2023年，区政务服务中心"), "past date in the background section describing work already done", "2023年")
m(DL, ln("到2024年底，"), "2024年底 goals (信创云迁移, 专网整合, 宁政通) equal regional tasks 43 (2024年建成，持续推进), 50 (2024年), 105 (2024年)", "2024年底")
m(DL, ln("到2025年，全区数字政府建设体系框架全面成型"), "equal to the region's 主要目标 到2025年 “34567”体系框架全面成型 (全区 here means the district)", "2025年")
m(DL, ln("到2035年，"), "equal to the region's 2035 goal", "2035年")
m(DL, ln("每年6月25日、12月15日前"), "the office's own reporting dates, not task deadlines", "6月25日")
m("deadline-invalid", ln("附件：大武口区数字政府建设重点任务清单（2024年—2025年）"), "period of the attachment's task list, not a deadline", "2024年—2025年")
m("deadline-invalid", [i + 1 for i, s in enumerate(L) if s == "大武口区数字政府建设重点任务清单（2024年—2025年）"][0], "title of the task list (period), not a deadline", "2024年—2025年")
# layout: page numbers, header repeats, wrapped cells, split paragraph, runs of spaces
p7 = [i + 1 for i, s in enumerate(L) if s == "— 7 —"][0]
p8 = [i + 1 for i, s in enumerate(L) if s == "— 8 —"][0]
m("garbled-text", p7, "page number line from the PDF, between rows 13 and 14", "— 7 —")
m("deadline-invalid", p7, "page number, not a date", "7")
m("garbled-text", p8, "page number line from the PDF, between rows 30 and 31", "— 8 —")
hdr = [i + 1 for i, s in enumerate(L) if s.startswith("序号    重点任务")]
m("garbled-text", hdr[1], "table header repeated after the page break; runs of spaces separate the cells", "序号")
m("garbled-text", row(1), "runs of spaces between table cells are layout, not damage")
cont = [i + 1 for i, s in enumerate(L) if s.startswith("      ") and s.strip()]
assert len(cont) == 3, cont
for c in cont:
    m("unknown-unit", c, "continuation of a wrapped content cell (rest of the row blank); no unit on this line", L[c-1].strip()[:8])
m("garbled-text", ln("履行数据资源目录编制、数据归"), "paragraph broken at the column edge (数据归|集); the next line continues it, no encoding damage")
# collectives, aliases, prefix distribution
m("unknown-unit", ln("各街道办事处、星海镇人民政府，区直各部门、各直属机构："), "collective addressees 各街道办事处 / 区直各部门", "区直各部门")
m("unknown-unit", row(1), "alias of 区发展和改革局 in units.txt", "区发改局")
m("unknown-unit", row(2), "alias of 区人力资源和社会保障局 in units.txt", "区人社局")
m("unknown-unit", row(3), "collective subject", "各街道办事处")
m("unknown-unit", row(3), "alias of 区住房和城乡建设局", "区住建局")
m("unknown-unit", row(4), "listed in units.txt", "星海镇人民政府")
m("unknown-unit", row(5), "alias of 区市场监督管理局", "区市场监管局")
m("unknown-unit", row(6), "alias of 石嘴山市公安局大武口区分局 (市局派出分局, listed in units.txt)", "公安大武口分局")
m("unknown-unit", row(8), "collective subject", "区直有关部门")
m("unknown-unit", row(17), "collective subject", "各街道（镇）")
m("unknown-unit", row(18), "alias of 区工业和信息化局", "区工信局")
m("unknown-unit", row(25), "alias of 区审批服务管理局", "区审批局")
m("unknown-unit", row(28), "alias of 石嘴山市生态环境局大武口分局", "生态环境大武口分局")
m("unknown-unit", row(30), "alias of 石嘴山市自然资源局大武口分局", "自然资源大武口分局")
m("unknown-unit", row(34), "collective subject", "各村（社区）")
m("unknown-unit", row(38), "prefix distributes: 区委宣传部、网信办 = 区委宣传部, 区委网信办", "网信办")
m("unknown-unit", ln("区委、区政府统一领导"), "区委 / 区政府 are listed in units.txt; body sentence, not a 责任单位 cell", "区委")

# task-list deadlines equal to or earlier than the region
rows = [
 (1, 3, "持续推进，2025年取得明显成效", "equal"),
 (2, 6, "持续推进，2025年取得明显成效", "equal"),
 (3, 9, "持续推进，2025年取得明显成效", "equal (2025年)"),
 (4, 10, "持续推进，2025年取得明显成效", "equal"),
 (5, 13, "2024年", "equal (if read as task 12, 2025年, it is earlier)"),
 (6, 16, "2024年", "equal"),
 (7, 43, "2024年建成，持续推进", "equal (also task 19: 2023年启动，2024年建成)"),
 (8, 21, "2024年", "equal"),
 (9, 28, "2023年启动，2025年取得明显成效", "equal completing milestone 2025年取得明显成效"),
 (10, 41, "2024年", "equal (2024年底前)"),
 (11, 42, "2024年", "equal"),
 (12, 40, "2024年", "equal"),
 (13, 47, "2024年", "earlier (2024年6月底前)"),
 (14, 50, "2024年", "equal"),
 (15, 49, "2025年", "equal"),
 (16, 54, "2024年", "equal"),
 (17, 64, "2025年", "earlier (2024年6月底前)"),
 (18, 65, "2024年", "equal (task 66 is 2025年)"),
 (19, 71, "2024年", "equal"),
 (20, 73, "2024年", "equal"),
 (21, 77, "2024年", "equal"),
 (22, 79, "2024年", "equal"),
 (23, 83, "2025年", "equal; the content cell wraps onto the next line"),
 (24, 84, "2024年", "equal"),
 (25, 86, "2024年", "equal"),
 (26, 88, "2024年", "equal"),
 (28, 94, "2024年", "equal"),
 (30, 102, "2025年", "equal"),
 (33, 105, "2024年", "equal"),
 (34, 106, "2025年", "equal (宁政通 填表报数, 压减50%; not task 105)"),
 (35, 107, "2025年", "earlier (2024年底前)"),
 (36, 111, "2025年", "equal"),
 (37, 112, "2024年", "equal"),
 (38, 114, "2024年", "equal"),
 (39, 115, "2024年", "equal"),
 (40, 117, "2024年", "equal"),
 (41, 121, "长期坚持", "equal"),
]
for r, t, reg, how in rows:
    m(DL, row(r), f"row {r} takes up regional task {t}, 完成时限 {reg}: {how}", rowtext(r).split()[-1])

covers = [{"task": t, "line": row(r)} for r, t, _, _ in rows]
covers += [
 {"task": 93, "line": row(27)}, {"task": 96, "line": row(29)}, {"task": 103, "line": row(31)}, {"task": 104, "line": row(32)},
 {"task": 14, "line": ln("强化安全管理责任。区直各部门")}, {"task": 15, "line": ln("强化安全管理责任。区直各部门")},
 {"task": 18, "line": ln("强化安全管理责任。区直各部门")},
 {"task": 24, "line": ln("健全政务信息化建设管理会商机制")},
 {"task": 32, "line": ln("履行数据资源目录编制、数据归")},
 {"task": 30, "line": ln("形成政务数据“一本账”")}, {"task": 36, "line": ln("形成政务数据“一本账”")},
 {"task": 48, "line": ln("2025年底前实现区、街道（镇）、村（社区）三级全覆盖")},
 {"task": 116, "line": ln("纳入“一把手工程”")},
 {"task": 124, "line": ln("建立容错和奖惩机制")},
]
covers.sort(key=lambda c: (c["line"], c["task"]))

key = {
 "writer": "blind writer, round 386; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("大武口区 (石嘴山市) 2024 实施方案 pasted from a two-column PDF. Body paragraphs are whole lines except one split at a column edge "
           "(数据归|集). The attachment's task list rows are '序号  重点任务  责任单位  完成时限' with runs of spaces between cells; three content "
           "cells wrap onto a second line whose other cells are blank (the deadline stays on the row's first line); page-number lines "
           "(— 7 —, — 8 —) and a repeated header row sit between rows. No parent plan: checked against ningxia-2023 only. "
           "The list note says the first-listed lead is the main lead. Regional tasks due 2023 are taken up only in undated body text, "
           "so no row carries a copied 2023 deadline. make_draft.py builds draft.txt; make_key.py builds this key and checks every line.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers))
for e in expect: print(e["rule"], e["line"], e["text"], "|", L[e["line"]-1][:60])
