# -*- coding: utf-8 -*-
# Builds key.json from draft.txt and rows.json; every line number is found by searching the final draft.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
rows = json.load(open("rows.json", encoding="utf-8"))

def line_of(s, start=1):
    hits = [i for i, t in enumerate(L, 1) if s in t and i >= start]
    assert hits, s
    return hits[0]

def only_line(s):
    hits = [i for i, t in enumerate(L, 1) if s in t]
    assert len(hits) == 1, (s, hits)
    return hits[0]

def row_by_task(t):
    for r in rows:
        if t in r["tasks"]: return r
    raise KeyError(t)

expect = []
mnf = []

# ---- planted mistakes ----
expect.append({"rule": "basis-mismatch", "line": only_line("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
    "why": "the 实施意见 title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号 (a government document), not the office series 宁政办发"})
expect.append({"rule": "deadline-later-than-baseline", "line": only_line("到2026年，全市数字政府“1347”体系框架全面成型"), "text": "2026年",
    "why": "主要目标: the framework is to be fully formed 到2025年 in the region (到2025年，全区各级数字政府建设“34567”体系框架全面成型) and in the 吴忠 plan (到2025年，全市数字政府建设“1347”体系框架全面成型); the draft says 到2026年"})
r48 = row_by_task(48)
assert r48["tag"] == "LATE"
expect.append({"rule": "deadline-later-than-baseline", "line": r48["line"], "text": "2025年6月底前",
    "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; the draft row gives 2025年6月底前"})
r111 = row_by_task(111)
assert r111["tag"] == "INVALID"
expect.append({"rule": "deadline-invalid", "line": r111["line"], "text": "2024年6月31日",
    "why": "impossible date: June has 30 days (task 111 完成时限 2025年, so the date is not late, only impossible)"})
expect.append({"rule": "unknown-unit", "line": only_line("市经济和信息化局"), "text": "市经济和信息化局",
    "why": "not in units.txt: the city's body is 市工业信息化和商务局 (市工信商务局); 经济和信息化局 is an old, abolished name (task 71 row, 配合单位)"})
expect.append({"rule": "garbled-text", "line": only_line("寤虹珛鍋ュ叏"), "text": "寤虹珛鍋ュ叏鏀垮姟",
    "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 建立健全政务数据供需对接机制"})

# ---- near misses: basis ----
mnf += [
 {"rule": "basis-mismatch", "line": only_line("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
 {"rule": "basis-mismatch", "line": only_line("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 exactly as in the 吴忠 parent plan; not a wrong 文号 for the 实施意见"},
 {"rule": "basis-mismatch", "line": line_of("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》", "why": "parent city plan cited by its correct title alone; the 吴忠 plan has no 文号 in its text"},
 {"rule": "basis-mismatch", "line": only_line("青政办发〔2024〕12号"), "text": "青政办发〔2024〕12号", "why": "the draft's own 印发 文号 on the covering notice, not a cited basis document"},
 {"rule": "basis-mismatch", "line": only_line("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention in 工作基础 (自…印发以来); correct title and 文号 of the 2020 工作要点, not cited as a basis of this plan"},
 {"rule": "basis-mismatch", "line": only_line("2023年11月，吴忠市印发"), "text": "《关于加强数字政府建设的实施方案》", "why": "background sentence recalling the 吴忠 plan by its correct title"},
]
# ---- near misses: dates in prose ----
mnf += [
 {"rule": "deadline-invalid", "line": only_line("2023年，全市依申请政务服务事项网上可办率达到98.6%"), "text": "2023年", "why": "past dates in the 工作基础 background (2023年 results, 2023年11月 吴忠 plan), not deadlines"},
 {"rule": "deadline-later-than-baseline", "line": only_line("到2024年底，全市依申请政务服务事项"), "text": "到2024年底", "why": "the plan's own 2024 annual goal (网上可办率, 填表报数 task 106 due 2025年, 数据回流 task 37 due 2024年, 一网统管 task 9 due 2025年); it restates none of the region's or 吴忠's 到2023年底 goals (政策体系, 五个一, 家底, 标志性应用场景)"},
 {"rule": "deadline-later-than-baseline", "line": only_line("到2035年"), "text": "到2035年", "why": "equal to the region's and 吴忠's 2035 goal (数字政府全面建成)"},
 {"rule": "deadline-later-than-baseline", "line": only_line("2025年1月10日前"), "text": "2025年1月10日前", "why": "the office's own reporting date for the annual summary (and 每季度末月25日前 progress reports), not a task deadline"},
 {"rule": "deadline-invalid", "line": only_line("2024年3月15日印发"), "text": "2024年3月15日", "why": "the document's own issue/print date (also line 6)"},
]
# ---- near misses: units and leaders ----
leaders_seen = {}
for r in rows:
    if r["leader"] not in leaders_seen: leaders_seen[r["leader"]] = r["line"]
for ld, ln in leaders_seen.items():
    mnf.append({"rule": "unknown-unit", "line": ln, "text": ld,
                "why": "责任领导 column: a city leader's post and name, not a body" + ("（the post names a unit he heads, which is itself registered）" if ("局长" in ld or "管委会主任" in ld or "办公室主任" in ld) else "")})
mnf.append({"rule": "unknown-unit", "line": only_line("由市委常委、常务副市长任组长"), "text": "市委常委、常务副市长", "why": "a leader's post in prose (领导小组组长), not a body"})
mnf += [
 {"rule": "unknown-unit", "line": 3, "text": "各直属机构", "why": "collective addressee of the notice (with 各乡镇人民政府, 市直各部门（单位）)"},
 {"rule": "unknown-unit", "line": only_line("吴忠市委、市政府工作部署"), "text": "吴忠市委、市政府", "why": "the parent city's leadership in 指导思想, not a responsible unit"},
 {"rule": "unknown-unit", "line": only_line("宁夏干部教育培训网络学院"), "text": "宁夏干部教育培训网络学院", "why": "a training platform named as a means (依托…), not a responsible unit; the same sentence's 市委党校 is registered"},
 {"rule": "unknown-unit", "line": only_line("领导小组办公室（市人民政府办公室）"), "text": "市推进数字政府建设领导小组办公室", "why": "the leading group's office, listed in units.txt and glossed by its host unit"},
 {"rule": "unknown-unit", "line": row_by_task(64)["line"], "text": "各乡镇人民政府", "why": "collective subject"},
 {"rule": "unknown-unit", "line": row_by_task(19)["line"], "text": "市直各部门（单位）", "why": "collective subject"},
 {"rule": "unknown-unit", "line": row_by_task(83)["line"], "text": "各乡镇（街道）", "why": "collective subject"},
 {"rule": "unknown-unit", "line": row_by_task(70)["line"], "text": "市直有关部门", "why": "collective subject"},
 {"rule": "unknown-unit", "line": row_by_task(23)["line"], "text": "财政局", "why": "prefix distribution: 市发改局、财政局、大数据服务中心 = 市发改局, 市财政局, 市大数据服务中心, all in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(23)["line"], "text": "大数据服务中心", "why": "prefix distribution (市 …), = 市大数据服务中心"},
 {"rule": "unknown-unit", "line": row_by_task(2)["line"], "text": "市发改局", "why": "short name of 市发展和改革局 in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(21)["line"], "text": "市审批局", "why": "short name of 市审批服务管理局 in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(6)["line"], "text": "市文旅体广局", "why": "short name of 市文化旅游体育广电局; same cell has 市卫健局, 市人社局 (short names) and 市住建局 in 配合"},
 {"rule": "unknown-unit", "line": row_by_task(11)["line"], "text": "市供销社", "why": "short name of 市供销合作社 in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(93)["line"], "text": "市残联", "why": "short name of 市残疾人联合会 in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(3)["line"], "text": "青铜峡生态环境分局", "why": "short name of 吴忠市生态环境局青铜峡分局 (the county-level environment body is a branch of the city bureau), in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(3)["line"], "text": "青铜峡工业园区管委会", "why": "short name of 青铜峡工业园区管理委员会 in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(53)["line"], "text": "青铜峡市税务局", "why": "short name of 国家税务总局青铜峡市税务局 in units.txt (outside the city government proper)"},
 {"rule": "unknown-unit", "line": row_by_task(10)["line"], "text": "中国电信青铜峡分公司", "why": "operator outside government, listed in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(42)["line"], "text": "国网青铜峡市供电公司", "why": "utility outside government, listed in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(77)["line"], "text": "市人民法院", "why": "court and procuratorate (市人民法院、市人民检察院) are listed in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(18)["line"], "text": "市委保密办", "why": "listed in units.txt"},
 {"rule": "unknown-unit", "line": row_by_task(100)["line"], "text": "市水务局、市自然资源局", "why": "two lead units; by the table's note the first (市水务局) is the main lead; both registered"},
]
# ---- near misses: every task-row deadline that is not a planted error ----
reason = {"equal": "equal to the regional deadline", "earlier": "earlier than the regional deadline",
          "same year": "a month within the regional deadline's year", "copied": "copied regional deadline; it lies before the plan's year but is the region's own wording, not an impossible date",
          "none": "no regional task or deadline for this item; 长期坚持 has no year"}
for r in rows:
    if r["tag"] in ("LATE", "INVALID"): continue
    tk = "、".join(str(t) for t in r["tasks"])
    why = ("task %s 完成时限 %s; draft %s: %s" % (tk, r["regional"], r["deadline"], reason[r["tag"]])) if r["tasks"] else ("%s: %s" % (r["deadline"], reason["none"]))
    if r["tasks"] == [28]:
        why += " (the start year 2024 is later than 2023年启动 but the completing milestone, 2025年, is equal)"
    if r["tasks"] == [11]:
        why += " (the region's 2023 milestone 完成主要建设任务 concerns the regional 示范区 and is not the completing one)"
    if r["tasks"] == [7]:
        why += " (the completing milestone is 2025年取得明显成效)"
    mnf.append({"rule": "deadline-later-than-baseline", "line": r["line"], "text": r["deadline"], "why": why})
    if r["tag"] == "copied":
        mnf.append({"rule": "deadline-invalid", "line": r["line"], "text": "2023年", "why": "copied regional deadline (task 18: 2023年形成机制，长期坚持) that lies before the plan's year"})

# ---- covers ----
covers = []
for r in rows:
    for t in r["tasks"]:
        covers.append({"task": t, "line": r["line"]})
for t, s in [(14, "落实各乡镇（街道）、各部门数字政府建设安全和保密工作主体责任"), (15, "建立数字政府安全评估、责任落实和重大事件处置机制"),
             (24, "健全政务信息化项目建设管理会商机制"), (25, "统筹现有资金渠道，对涉及信息化的财政资金实行全过程绩效管理"),
             (30, "全面摸清全市政务数据资源底数"), (116, "将数字政府建设纳入“一把手工程”"), (118, "把提高领导干部数字治理能力作为干部教育培训重要内容"),
             (122, "将数字政府建设纳入全市效能目标管理考核"), (123, "考核结果作为领导班子和有关领导干部综合考核评价的重要参考")]:
    covers.append({"task": t, "line": only_line(s)})

# sanity: no key line points to an empty/non-existing line
for e in expect + mnf + covers:
    assert 1 <= e["line"] <= len(L) and L[e["line"] - 1].strip(), e
    if "text" in e and e["rule"] != "garbled-text":
        assert e["text"] in L[e["line"] - 1] or e["text"] in ("到2035年",) or "、" in e["text"], e

key = {
 "writer": "blind writer, round 854; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("青铜峡市 2024 annual 实施方案 (青政办发〔2024〕12号, 2024-03-15) following 吴忠's 1347 framework, prose (lines 1-55) then a 7-column tab-separated task table (line 56 header, lines 57-140, 84 rows; line 141 is the 印发 line): 类别, 序号, 重点任务, 责任领导, 牵头单位, 配合单位, 完成时限. "
           "The 责任领导 column holds leaders' posts and names (市委常委、常务副市长 李某某 …); some posts contain unit names (副市长、市公安局局长; 市长助理、青铜峡工业园区管委会主任; 市政府党组成员、办公室主任); none of them is a body. "
           "The table note says the first-listed lead unit is the main lead. Units file: units.txt (青铜峡 city-level bodies; the environment body is 吴忠市生态环境局青铜峡分局). "
           "Regional tasks due 2023 are taken up only in prose without dates, except task 18, whose regional wording 2023年形成机制，长期坚持 is copied into its row. "
           "Deliberately no task-uncovered entries; tasks for 自治区 bodies only (e.g. 1, 13, 29, 44, 60-63, 82, 99, 119) are simply not taken up.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers;", len(set(c["task"] for c in covers)), "distinct tasks")
