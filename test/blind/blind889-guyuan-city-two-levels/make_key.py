# -*- coding: utf-8 -*-
# Builds key.json from draft.txt; every line number is found by searching the final draft.
import json, sys
sys.dont_write_bytecode = True
from build import rows, GARBLED

L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L.pop()

def line(sub, nth=0):
    hits = [i + 1 for i, t in enumerate(L) if sub in t]
    assert hits, sub
    return hits[nth]

def one(sub):
    hits = [i + 1 for i, t in enumerate(L) if sub in t]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def row(task):
    for i, r in enumerate(rows, 1):
        if r[5] == task:
            ln = one(f"\t{i}. ")
            assert L[ln - 1].split("\t")[4] == r[4]
            return ln
    raise KeyError(task)

def cell(ln, col):
    return L[ln - 1].split("\t")[col]

expect = [
 {"rule": "basis-mismatch", "line": one("（宁政办发〔2023〕17号）"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (issued by the government, not its office); 宁政办发 is a slip. The same document is cited correctly in the task-list note."},
 {"rule": "deadline-later-than-baseline", "line": row(47), "text": "2025年",
  "why": "row 28 (外网升级改造、骨干网扩容、互联网出口带宽) is regional task 47, 完成时限 2024年; the draft's own prose (line %d) even says 2024年底前" % one("2024年底前实现电子政务外网")},
 {"rule": "deadline-invalid", "line": row(86), "text": "2024年9月31日",
  "why": "impossible date: September has 30 days (row 51, regional task 86, 完成时限 2024年; the year itself is not late)"},
 {"rule": "unknown-unit", "line": row(96), "text": "海原县人民政府",
  "why": "海原县 belongs to 中卫市, not 固原市; not in units.txt — a copy slip in the 县（区）责任单位 column"},
 {"rule": "unknown-unit", "line": row(105), "text": "自治区政府办公厅",
  "why": "a regional body named as the (first-listed, hence main) lead in the 市级牵头单位 column of a local task (row 65, regional task 105), copied from the regional row"},
 {"rule": "garbled-text", "line": one(GARBLED), "text": GARBLED[:6],
  "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 加快推进政务数据汇聚"},
]

mnf = []
def add(rule, ln, why, text=None):
    e = {"rule": rule, "line": ln}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# ---- basis / citations
add("basis-mismatch", one("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
add("basis-mismatch", one("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》 is indeed 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan); a real office document, unlike the slip on the same line", "宁政办发〔2023〕11号")
add("basis-mismatch", one("宁政办发〔2020〕14号"), "retrospective mention in 发展基础 of the 2020 工作要点 with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
add("basis-mismatch", one("本清单依据宁政发〔2023〕17号"), "correct 文号 of the regional 实施意见 in the task-list note", "宁政发〔2023〕17号")
add("basis-mismatch", one("固政发〔2024〕9号"), "the plan's own 发文字号, not a basis citation", "固政发〔2024〕9号")

# ---- dates that are not deadlines / goals
add("deadline-invalid", one("2024年3月15日"), "issue date of the document", "2024年3月15日")
add("deadline-invalid", one("（一）发展基础"), "past years in background (2020 document title, 2023年 results)", "2023年")
add("deadline-later-than-baseline", one("（四）强化考核评价"), "the office's own reporting dates (2024年4月30日前, 每年6月25日、12月20日前), not task deadlines; line matches the 考核 tasks 122/123 (2023年完成，长期坚持) by content only", "2024年4月30日")
add("deadline-invalid", one("（四）强化考核评价"), "reporting dates are valid calendar dates in the plan year", "2024年4月30日")
add("deadline-invalid", one("说明：1."), "the regional list's title （2023年—2025年） quoted in the note, not a deadline", "2023年")
add("deadline-later-than-baseline", one("到2024年底"), "city-specific 2024 goal: 外网全覆盖 = task 48 (2024年), 我的宁夏 应上尽上 = task 86 (2024年), 一体化政务服务 = task 84 (2024年); no regional goal for the same thing is earlier", "2024年底")
add("deadline-later-than-baseline", one("到2025年，全市"), "same as the regional 主要目标 (到2025年 “34567”体系框架全面成型)", "2025年")
add("deadline-later-than-baseline", one("到2035年"), "same as the regional 2035 goal", "2035年")
add("deadline-later-than-baseline", one("2024年底前实现电子政务外网"), "tasks 48 and 47, 完成时限 2024年: equal", "2024年底前")
add("deadline-later-than-baseline", one("力争2024年底前"), "填表报数系统 = task 106, 完成时限 2025年: earlier", "2024年底前")

dl = {  # task: (regional 完成时限, relation)
 2: ("2023 年启动，2024 年取得明显成效", "equal (completing milestone 2024)"),
 3: ("持续推进，2025 年取得明显成效", "equal"),
 5: ("持续推进，2025 年取得明显成效", "earlier (2024年)"),
 6: ("持续推进，2025 年取得明显成效", "equal"),
 7: ("2023年形成试点经验，2025年取得明显成效", "equal (completing milestone 2025)"),
 8: ("持续推进，2025年取得明显成效", "equal"),
 9: ("持续推进，2025年取得明显成效", "equal year"),
 10: ("持续推进，2025年取得明显成效", "equal"),
 11: ("2023年完成主要建设任务，2025年取得明显成效", "equal (completing milestone 2025)"),
 12: ("2025年", "equal"),
 13: ("2024年", "equal"),
 16: ("2024年", "equal"),
 18: ("2023年形成机制，长期坚持", "copied verbatim from the region; equal"),
 21: ("2024年", "equal"),
 22: ("2025年", "equal"),
 23: ("2024年", "equal"),
 28: ("2023年启动，2025年取得明显成效", "start milestone later (2024年启动) but the completing milestone 2025 is equal"),
 33: ("2024年", "equal"), 34: ("2024年", "equal"), 35: ("2024年", "equal"), 37: ("2024年", "equal"),
 39: ("2024年", "equal"), 40: ("2024年", "equal"), 41: ("2024年", "equal"),
 42: ("2024年", "earlier (2024年6月底前)"),
 43: ("2024 年建成，持续推进", "equal"),
 45: ("2024 年", "equal"),
 48: ("2024 年", "equal"),
 49: ("2025年", "equal"), 52: ("2025年", "equal"), 53: ("2024年", "equal"), 54: ("2024年", "equal"),
 56: ("2025年", "equal"), 57: ("2024年", "equal"), 58: ("2024年", "equal"),
 64: ("2025年", "earlier (2024年)"),
 65: ("2024年", "equal"), 66: ("2025年", "equal"), 70: ("2024年", "equal"), 71: ("2024年", "equal"),
 74: ("2024年", "equal"), 75: ("2024年", "equal"), 77: ("2024年", "equal"), 78: ("2024年", "equal"),
 79: ("2024年", "equal"), 80: ("2024年", "equal"), 81: ("2025年", "equal"), 83: ("2025年", "equal"),
 84: ("2024年", "equal"), 87: ("2023年启动，2025年完成", "equal (2025年)"), 88: ("2024年", "equal"),
 89: ("2024年", "equal"), 90: ("2024年", "equal"), 92: ("2025年", "equal"), 93: ("2024年", "equal"),
 94: ("2024年", "equal"), 96: ("2025年", "equal (this row's planted error is the unit, not the date)"),
 97: ("2024年", "equal"), 98: ("2024年", "equal"), 100: ("2025年", "equal"), 101: ("2025年", "equal"),
 104: ("2024年", "equal"), 105: ("2024年", "equal (this row's planted error is the unit)"),
 106: ("2025年", "equal"), 107: ("2025年", "equal"),
 108: ("长期推进，2024年取得明显成效", "equal"), 111: ("2025年", "equal"),
 112: ("2024年", "equal"), 114: ("2024年", "equal"), 115: ("2024年", "equal"),
 117: ("2024年", "equal"), 120: ("2025年", "equal"), 121: ("长期坚持", "equal"),
}
for t, (reg, rel) in dl.items():
    ln = row(t)
    add("deadline-later-than-baseline", ln, f"task {t}, 完成时限 {reg}: {rel}", cell(ln, 4))
add("deadline-invalid", row(18), "task 18 (2023年形成机制，长期坚持) copied from the region: a copied regional deadline before the plan's year, with 长期坚持", "2023年形成机制，长期坚持")
add("deadline-invalid", row(28), "2024年启动 is the plan year itself, not before it", "2024年启动，2025年取得明显成效")

# ---- units
U = "unknown-unit"
add(U, row(6), "市发改委 is the registered short name of 市发展改革委", "市发改委")
add(U, row(33), "市大数据局 is the registered short name of 市大数据管理服务局", "市大数据局")
add(U, row(22), "市审批局 is the registered short name of 市审批服务管理局", "市审批局")
add(U, row(106), "市政府办 is the registered short name of 市人民政府办公室", "市政府办")
add(U, row(80), "市应急局 is the registered short name of 市应急管理局; the 市 prefix distributes to 卫生健康委、公安局、水务局、自然资源局", "市应急局")
add(U, row(98), "市林草局 is the registered short name of 市林业和草原局", "市林草局")
add(U, row(120), "市人社局 is the registered short name of 市人力资源社会保障局", "市人社局")
add(U, row(5), "prefix 市 distributes: 公安局 = 市公安局", "公安局")
add(U, row(9), "prefix 市 distributes: 城市管理局 = 市城市管理局", "城市管理局")
add(U, row(34), "prefix 市 distributes over 卫生健康委、人力资源社会保障局、生态环境局、应急管理局", "人力资源社会保障局")
add(U, row(52), "prefix 市 distributes over 公安局、民政局、教育局、人力资源社会保障局", "民政局")
add(U, row(101), "prefix 市 distributes: 市场监管局 = 市市场监管局 (the name itself begins with 市场)", "市场监管局")
add(U, row(77), "司法局、信访局 follow 市公安局 in the list: 市司法局、市信访局", "司法局")
add(U, row(65), "prefix 市 distributes: 统计局 = 市统计局", "统计局")
add(U, row(66), "prefix 市 distributes: 工业和信息化局、商务局", "商务局")
add(U, row(80), "固原市消防救援支队、固原市气象局 are in units.txt (vertical bodies in the city)", "固原市消防救援支队")
add(U, row(53), "固原市税务局 is in units.txt", "固原市税务局")
add(U, row(64), "市委编办 is in units.txt", "市委编办")
add(U, row(13), "市公共资源交易中心 is in units.txt", "市公共资源交易中心")
add(U, row(3), "固原经济技术开发区管委会 named in the county column; in units.txt", "固原经济技术开发区管委会")
add(U, row(9), "county column names 原州区人民政府, the district government; in units.txt", "原州区人民政府")
add(U, row(11), "county column names 西吉县人民政府、彭阳县人民政府; both in units.txt", "西吉县人民政府")
add(U, row(48), "county column names all five county/district governments of 固原; all in units.txt", "泾源县人民政府")
add(U, row(96), "彭阳县人民政府 on the same line as the planted 海原县 is correct", "彭阳县人民政府")
add(U, row(98), "county column names 泾源县人民政府、隆德县人民政府; in units.txt", "隆德县人民政府")
add(U, row(105), "市政府办公室, listed after the planted regional body, is a registered city unit", "市政府办公室")
add(U, row(2), "collective subject", "各县（区）人民政府")
add(U, row(10), "collective subject with a role word", "各县（区）人民政府具体负责")
add(U, row(83), "collective subjects", "各乡镇（街道）")
add(U, row(45), "collective subject", "市直有关部门")
add(U, row(39), "collective subject after a named unit; the prefix does not distribute into it", "市直有关部门")
add(U, row(74), "collective subject (mirrors 承担监管职责的自治区有关部门（单位）)", "承担监管职责的市直有关部门")
add(U, row(93), "collective subject", "市直各部门（单位）")
add(U, row(13), "— in the county column means no county body (see note 3), not a unit", "—")
add(U, one("报市人民政府"), "市人民政府 (the issuing government, registered) and collectives 各县（区）人民政府、市直各部门（单位） in prose", "市人民政府")

covers = [{"task": r[5], "line": row(r[5])} for r in rows]
for t, sub in [(14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"),
               (24, "创新数字政府建设管理机制。"), (68, "推行“照单监管”"), (85, "“免证办”“免申即享”"),
               (25, "（二）加大财政投入。"), (116, "纳入“一把手工程”"), (123, "综合考核评价的重要参考")]:
    covers.append({"task": t, "line": one(sub)})

key = {
 "writer": "blind writer, round 889; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "covers": covers,
 "notes": ("固原市 2024 实施方案 (固政发〔2024〕9号, 2024-03-15) with prose sections 一–六 and a 75-row task list "
           "(主要任务 | 重点内容 | 市级牵头单位 | 县（区）责任单位 | 完成时限). Each table row takes up one regional task "
           "(number given in covers). The note says the first-listed lead is the main lead. Tasks due 2023 in the region "
           "(14, 15, 17, 24, 30, 32, 36, 60, 72, 116, 123, 124 …) are mostly left out of the table on purpose; several are "
           "taken up in prose without dates. Row 13 deliberately copies task 18's 2023 deadline (with 长期坚持). "
           "The prose (line 35) says 外网 全覆盖 by 2024年底, the table row 28 (task 47) says 2025年: only the table row is the error."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
