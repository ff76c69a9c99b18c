# Builds key.json; every line number is looked up in the final draft.txt (1-based) and checked.
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
if lines[-1] == "": lines.pop()

def ln(sub, nth=0):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert hits, sub
    return hits[nth]

def row(n):
    """line of task-list row n of the draft's own 清单"""
    hits = [i + 1 for i, l in enumerate(lines) if l.split("\t")[0] == str(n) and l.count("\t") == 3]
    assert len(hits) == 1, n
    return hits[0]

def chk(line, text):
    assert text in lines[line - 1], (line, text)
    return line

E, M, C = [], [], []
def exp(rule, line, text, why): E.append({"rule": rule, "line": chk(line, text), "text": text, "why": why})
def mnf(rule, line, text, why):
    d = {"rule": rule, "line": chk(line, text) if text else line, "why": why}
    if text: d["text"] = text
    M.append(d)

# ---------------- planted mistakes ----------------
exp("basis-mismatch", ln("宁政发〔2022〕17号"), "宁政发〔2022〕17号",
    "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong (the 修订说明 on line 11 cites it correctly)")
exp("unknown-unit", row(2), "市经济和信息化局",
    "lead unit of row 2 is not in units.txt; it is the pre-reform name that the 修订说明 (line 14) says was replaced by 市工业信息化和商务局 - the row was not updated")
exp("deadline-later-than-baseline", row(27), "2026年6月底",
    "row 27 takes up regional task 49 (全区统一的视频共享平台, “视频一张网”), 完成时限 2025年 (the related task 81, 视频指挥调度体系, is also 2025年); 2026 is later")
exp("deadline-later-than-baseline", ln("2026年底前全域水联网"), "2026年底",
    "sentence takes up regional task 96 (“互联网+城乡供水”, 全域水联网基本建成, 数字治水样板), 完成时限 2025年; 2026年底前 is later")
exp("deadline-invalid", row(47), "2024年12月底",
    "row 47 (宁政通, regional task 105, 完成时限 2024年) is not marked 已完成; a 2024 deadline for work still to be done in a plan issued 2025-03-21 is impossible (not later than the region, but before the plan's year)")
exp("deadline-invalid", ln("2024年底前实现政策"), "2024年底",
    "future-tense sentence (加快建设…政策文件库) takes up regional task 113 (政策“一库通查”, 完成时限 2024年); a 2024 deadline for work not yet done in a 2025 plan is impossible")

# ---------------- near misses ----------------
# basis
mnf("basis-mismatch", 4, "青政发〔2024〕6号", "retrospective: the notice repeals the 2024 plan that this revision replaces; it is not cited as a basis")
mnf("basis-mismatch", 11, "青政发〔2024〕6号", "retrospective: the 修订说明 recalls the 2024 plan's own 文号 as the text being revised")
mnf("basis-mismatch", 11, "宁政发〔2023〕17号", "correct 文号 of the regional 实施意见, cited by short name (自治区实施意见)")
mnf("basis-mismatch", 9, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
mnf("basis-mismatch", 9, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 with the same 文号 the 吴忠 plan cites")
mnf("basis-mismatch", 9, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "city plan cited by title alone with its correct title; it carries no 文号")
# past / background dates
mnf("deadline-invalid", 6, "2025年3月21日", "issue date of the plan itself")
mnf("deadline-invalid", 9, "2024年", "background: 结合我市2024年数字政府建设实际, not a deadline")
mnf("deadline-invalid", 11, "2023年底前", "background progress: 平台“家底”理清 by end-2023 (the 吴忠 plan's own 2023 goal), reported done")
mnf("deadline-invalid", 11, "2024年实现电子政务外网", "background progress: 外网三级全覆盖 and 信创云 migration reported achieved in 2024 (tasks 48, 46)")
mnf("deadline-invalid", 40, "2024年10月", "background: migration already completed (task 46, 2024年), a past event")
mnf("deadline-invalid", 12, "2023年、2024年", "background: describes how the 2023/2024 tasks of the old plan were checked")
mnf("deadline-invalid", 40, "2024年建成", "background: recalls the region's own task-19 milestone (2023年启动，2024年建成) and a migration already completed (已于2024年10月完成)")
done_rows = {15: "已完成（2024年）", 22: "已完成（2024年）", 24: "已完成（2024年）", 25: "已完成（2024年10月）",
             26: "已完成（2024年）", 31: "已完成（2024年）", 42: "已完成（2024年）", 44: "已完成（2024年）", 46: "已完成（2024年）",
             32: "已完成（2024年），持续推进", 38: "已完成（2024年），持续推进", 53: "已完成（2024年），持续推进",
             23: "2024年已完成，持续推进", 29: "2024年已完成，持续推进", 34: "2024年已完成，持续推进",
             36: "2024年已完成，持续推进", 39: "2024年已完成，持续推进",
             2: "2024年已取得明显成效，持续推进", 50: "2024年已取得明显成效，长期推进"}
rtask = {15: 21, 22: 41, 24: 40, 25: 46, 26: 48, 31: 70, 42: 93, 44: 98, 46: 104, 32: 71, 38: 86, 53: 114,
         23: 42, 29: 57, 34: 77, 36: 80, 39: 89, 2: 2, 50: 108}
rdl = {21: "2024年", 41: "2024年", 40: "2024年", 46: "2024年", 48: "2024年", 70: "2024年", 93: "2024年", 98: "2024年",
       104: "2024年", 71: "2024年", 86: "2024年", 114: "2024年", 42: "2024年", 57: "2024年", 77: "2024年", 80: "2024年",
       89: "2024年", 2: "2023年启动，2024年取得明显成效", 108: "长期推进，2024年取得明显成效"}
for r, t in done_rows.items():
    mnf("deadline-invalid", row(r), t, f"row {r} reports regional task {rtask[r]} ({rdl[rtask[r]]}) as done in 2024; a status, not a deadline")
done23 = {12: 14, 13: 15, 17: 24, 19: 30, 20: 32, 21: 36, 33: 72, 54: 116, 56: 123}
for r, t in done23.items():
    mnf("deadline-invalid", row(r), "已完成（2023年）", f"row {r} reports regional task {t} (2023年 / 2023年完成并长期坚持) as done in 2023; a status, not a deadline")
# equal or earlier deadlines
eq = {6: (7, "2023年形成试点经验，2025年取得明显成效", "2025年"), 10: (11, "2023年完成主要建设任务，2025年取得明显成效", "2025年"),
      11: (12, "2025年", "2025年"), 16: (22, "2025年", "2025年"), 18: (28, "2023年启动，2025年取得明显成效", "2025年取得明显成效"),
      30: (66, "2025年", "2025年"), 37: (83, "2025年", "2025年"), 40: (87, "2023年启动，2025年完成", "2025年"),
      41: (92, "2025年", "2025年底"), 43: (95, "2025年", "2025年"), 45: (100, "2025年", "2025年"), 49: (107, "2025年", "2025年"),
      51: (111, "2025年", "2025年底"),
      3: (3, "持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效"), 4: (5, "持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效"),
      5: (6, "持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效"), 7: (8, "持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效"),
      8: (9, "持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效"), 9: (10, "持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效")}
for r, (t, d, txt) in eq.items():
    mnf("deadline-later-than-baseline", row(r), txt, f"row {r} = regional task {t} ({d}); equal to the region")
early = {1: (64, "2025年", "2025年6月底"), 28: (56, "2025年", "2025年9月底"), 48: (106, "2025年", "2025年6月底")}
for r, (t, d, txt) in early.items():
    mnf("deadline-later-than-baseline", row(r), txt, f"row {r} = regional task {t} ({d}); earlier than the region")
mnf("deadline-later-than-baseline", ln("2025年6月底前健全市、镇、村"), "2025年6月底前", "task 64 (各地参照自治区成立组织机构, 2025年); earlier")
mnf("deadline-later-than-baseline", 20, "到2025年底", "主要目标 equal to the region's 到2025年 “34567”全面成型 and the city's 到2025年 “1347”全面成型; the 填表报数50% clause equals task 106 (2025年)")
mnf("deadline-later-than-baseline", 21, "到2035年", "equal to the region's and the city's 2035 goal")
mnf("deadline-later-than-baseline", row(35), "持续推进", "持续推进 for the ongoing 雪亮工程 (task 79, 2024年, whose own text says 持续推进); the revision carries the finished 2024 task on as routine work, as the 修订说明 (line 12) explains")
mnf("deadline-later-than-baseline", row(52), "持续推进", "持续推进 for the ongoing 政务公开平台 work (task 112, 2024年), carried on as routine work per the 修订说明 (line 12)")
mnf("deadline-later-than-baseline", row(14), "已形成机制，长期坚持", "task 18 (2023年形成机制，长期坚持); same")
mnf("deadline-later-than-baseline", row(55), "长期坚持", "task 118 (2023年完成并长期坚持); ongoing training")
mnf("deadline-later-than-baseline", row(57), "长期坚持", "task 124 (2023年形成机制，长期坚持)")
mnf("deadline-later-than-baseline", 73, "2026年1月10日", "the office's own reporting date for the 2025 annual summary, not a task deadline (also 每年6月25日、12月15日)")
mnf("deadline-later-than-baseline", 13, "2025年完成", "describes the revision rule (tasks the region dates 2025), not a deadline")
# units
mnf("unknown-unit", 3, "各镇人民政府", "collective addressee")
mnf("unknown-unit", 3, "裕民街道办事处", "in units.txt (青铜峡's only 街道)")
mnf("unknown-unit", 3, "青铜峡工业园区管委会", "in units.txt")
mnf("unknown-unit", 14, "市经济和信息化局", "retrospective mention of the pre-reform name in the 修订说明, not a responsible unit")
mnf("unknown-unit", row(1), "各镇（街道）", "collective subject (青铜峡 has 镇 and one 街道, no 乡)")
mnf("unknown-unit", row(5), "市直有关部门（单位）", "collective subject, here first-listed")
mnf("unknown-unit", row(12), "市直各部门（单位）", "collective subject")
mnf("unknown-unit", row(37), "各村（社区）", "collective subject")
mnf("unknown-unit", row(43), "吴忠市生态环境局青铜峡分局", "registered name in units.txt (the county branch of the city bureau); must not be split")
mnf("unknown-unit", row(16), "市审批局", "alias of 市审批服务管理局 in units.txt (also 市市场监管局, 市住建局 on this row)")
mnf("unknown-unit", row(17), "市发改局", "alias of 市发展和改革局 in units.txt")
mnf("unknown-unit", row(10), "市工信商务局", "alias of 市工业信息化和商务局 in units.txt")
mnf("unknown-unit", row(45), "市林草局", "alias of 市林业和草原局 in units.txt")

# ---------------- covers ----------------
cov = {64: row(1), 2: row(2), 3: row(3), 5: row(4), 6: row(5), 7: row(6), 8: row(7), 9: row(8), 10: row(9), 11: row(10),
       12: row(11), 14: row(12), 15: row(13), 18: row(14), 21: row(15), 22: row(16), 24: row(17), 28: row(18), 30: row(19),
       32: row(20), 36: row(21), 41: row(22), 42: row(23), 40: row(24), 46: row(25), 48: row(26), 49: row(27), 56: row(28),
       57: row(29), 66: row(30), 70: row(31), 71: row(32), 72: row(33), 77: row(34), 79: row(35), 80: row(36), 83: row(37),
       86: row(38), 89: row(39), 87: row(40), 92: row(41), 93: row(42), 95: row(43), 98: row(44), 100: row(45), 104: row(46),
       105: row(47), 106: row(48), 107: row(49), 108: row(50), 111: row(51), 112: row(52), 114: row(53), 116: row(54),
       118: row(55), 123: row(56), 124: row(57), 96: ln("全域水联网"), 113: ln("一库通查"), 17: ln("落实安全制度要求"),
       50: ln("非涉密业务专网"), 54: ln("完善电子文件归档功能"), 13: ln("积极培育数据要素市场")}
for t in sorted(cov): C.append({"task": t, "line": cov[t]})

key = {
  "writer": "blind writer, round 429; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2025,
  "expect": E,
  "mustNotFlag": M,
  "covers": C,
  "notes": ("青铜峡市 (a county-level city under 吴忠) revises its 2024 plan (青政发〔2024〕6号) in March 2025. Its own units are named 市… "
            "(county-level 市), kept in units.txt; the draft's own task list is lines 80-136 (序号 1-57) and states that the first-listed "
            "unit leads. Region-2024 tasks are reported 已完成/2024年已完成 (status, not deadline) or carried on (持续推进); region-2025 "
            "tasks get 2025 dates or earlier. Planted: one wrong 文号, one pre-reform unit name, two deadlines pushed to 2026, two "
            "un-updated 2024 deadlines for work still to be done. Regional task 82 (疫情防控, 2023) is deliberately dropped, as the "
            "修订说明 says (line 15); task-uncovered for it is informational and not annotated.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(E), len(M), len(C))
