# Writer's helper: builds key.json, finding every line in draft.txt by a unique substring and checking it.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
dl = {}
import re
for l in open("/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt", encoding="utf-8"):
    c = l.rstrip("\n").split("\t")
    if len(c) >= 4:
        m = re.match(r"\s*(\d+)\.", c[1])
        if m: dl[int(m.group(1))] = c[3].strip()

def ln(find, text=None):
    hits = [i + 1 for i, l in enumerate(L) if find in l]
    assert len(hits) == 1, (find, hits)
    if text: assert text in L[hits[0] - 1], (text, hits)
    return hits[0]

def row(n):  # line of problem-list row n
    hits = [i + 1 for i, l in enumerate(L) if l.split("\t")[0] == str(n) and l.count("\t") == 4]
    assert len(hits) == 1, n
    return hits[0]

def cell(n, k): return L[row(n) - 1].split("\t")[k]

def T(t): return f"task {t} ({dl[t]})"

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 文, not a 办公厅 宁政办发 document); 办 slipped into the 文号"},
 {"rule": "unknown-unit", "line": row(21), "text": "县大数据局",
  "why": "no 县大数据局 in units.txt or the regional registry; the county body is 县大数据服务中心 (a 事业单位), a colloquial slip"},
 {"rule": "garbled-text", "line": row(26), "text": "鐢靛瓙鏀垮姟澶栫綉",
  "why": "UTF-8 bytes of 电子政务外网 read as GBK (mojibake run in the 存在问题 cell)"},
 {"rule": "deadline-later-than-baseline", "line": row(25), "text": "2025年6月底前",
  "why": "row 25 takes up " + T(48) + ": 城域网升级改造, 区市县乡村5级全覆盖, due 2024; the county puts it in mid-2025"},
 {"rule": "deadline-later-than-baseline", "line": row(41), "text": "2025年底前",
  "why": "row 41 takes up " + T(93) + ": 政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, due 2024; the county gives 2025年底"},
 {"rule": "deadline-invalid", "line": row(51), "text": "2023年12月底前",
  "why": "a 整改时限 before the year of the document itself (issued 2024年3月18日); row 51 takes up " + T(114) + ", so it is not later than the region, only impossible (slip for 2024年12月底前)"},
]
assert cell(21, 3).endswith("县大数据局") and cell(25, 4) == "2025年6月底前" and cell(41, 4) == "2025年底前" and cell(51, 4) == "2023年12月底前"

M = []
def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# basis near misses (not on line 9, where the planted 文号 is)
nf("basis-mismatch", ln("海政办发〔2024〕21号"), "the draft's own 文号 (县政府办公室 notice), not a basis document", "海政办发〔2024〕21号")
nf("basis-mismatch", ln("宁政办函〔2023〕86号"), "the inspection's own notice (通报) that reported the problems; its title and number belong together and it is not a superseded basis", "宁政办函〔2023〕86号")
nf("basis-mismatch", ln("卫政办发〔2024〕12号"), "中卫市人民政府办公室's relay notice on rectification, with its own 文号; not the region's 实施意见 and not a parent plan", "卫政办发〔2024〕12号")
nf("basis-mismatch", row(3), "retrospective mention of the superseded 2020 工作要点 in a 存在问题 cell (the problem is that it is still used); title and 宁政办发〔2020〕14号 match; the same cell cites 宁政发〔2023〕17号 correctly", "宁政办发〔2020〕14号")
nf("basis-mismatch", 1, "the title of the document itself in its 印发 notice, not a basis document", "海原县数字政府建设问题整改落实方案")
nf("basis-mismatch", ln("已经县人民政府同意"), "the document's own title in the notice body, not a basis document", "海原县数字政府建设问题整改落实方案")
# past dates that are background, not deadlines
nf("deadline-invalid", ln("2023年11月，自治区对各市"), "past date of the inspection in the preamble (background)", "2023年11月")
nf("deadline-invalid", row(1), "2023年11月 in the 存在问题 cell: when the inspection found the problem", "2023年11月")
nf("deadline-invalid", row(4), "截至2023年底 is the state of things in the problem text", "2023年底")
nf("deadline-invalid", row(8), "2023年秋季学期 is the period of a statistic in the problem text", "2023年秋季学期")
nf("deadline-invalid", row(12), "2023年检查发现: past inspection in the problem text", "2023年")
nf("deadline-invalid", row(16), "2023年新建的3个项目: past fact in the problem text", "2023年")
nf("deadline-invalid", row(25), "截至2023年底 in the problem text of row 25 (its 整改时限 is the planted late deadline, not an invalid one)", "2023年底")
nf("deadline-invalid", row(34), "2023年12月抽查: past inspection date in the problem text; same month as the planted invalid deadline in row 51, but here it is background", "2023年12月")
nf("deadline-invalid", row(37), "2023年检查发现: past inspection in the problem text", "2023年")
nf("deadline-invalid", row(53), "2023年未制定…: past fact in the problem text", "2023年")
nf("deadline-invalid", ln("重点任务清单（2023年—2025年），推动"), "the title of the regional task list (2023年—2025年), not a deadline", "2023年—2025年")
# office's own reporting dates and goals
nf("deadline-later-than-baseline", ln("每月25日前"), "the office's own reporting dates (每月25日, 2024年11月30日, 2024年12月15日), not task deadlines", "2024年12月15日")
nf("deadline-later-than-baseline", ln("到2025年与全区同步"), "整改目标 到2025年 …“34567”体系框架全面成型 equals the region's 主要目标 (到2025年 …“34567”体系框架全面成型); 2024年底前 整改到位 has no regional counterpart", "到2025年")
# 立行立改 / 长期坚持
for n, t in [(12, 14), (13, 15), (16, 24), (19, 30), (20, 32), (29, 67), (30, 68), (38, 85), (54, 25)]:
    assert cell(n, 4) == "立行立改"
    nf("deadline-later-than-baseline", row(n), f"立行立改 (immediately) for {T(t)}: the regional date has passed, the county does it at once; not later", "立行立改")
assert cell(21, 4) == "立行立改"
nf("deadline-later-than-baseline", row(31), "立行立改 for task 72 (" + dl[72] + ") / task 73 (" + dl[73] + "): immediate, not later", "立行立改")
nf("deadline-later-than-baseline", row(3), "立行立改 for re-aligning the county's work plan to the 34567 framework; no later date", "立行立改")
for n, t in [(14, 18), (53, 116), (55, 118), (58, 123)]:
    assert cell(n, 4) == "立行立改，长期坚持"
    nf("deadline-later-than-baseline", row(n), f"立行立改，长期坚持 for {T(t)}: done at once and kept up, as the region asks", "立行立改，长期坚持")
assert cell(57, 4) == "长期坚持" and cell(59, 4) == "长期坚持"
nf("deadline-later-than-baseline", row(57), f"长期坚持 for {T(121)} (and {T(122)}): ongoing like the region's", "长期坚持")
nf("deadline-later-than-baseline", row(59), f"长期坚持 for {T(124)}: the mechanism's 2023 milestone is already past at the plan's date; ongoing like the region's", "长期坚持")
# equal deadlines
for n, t in [(5, 2), (6, 6), (9, 10), (22, 40), (24, 47), (26, 50), (32, 71), (34, 79), (35, 80), (36, 83), (40, 88), (42, 94), (44, 98), (47, 106), (49, 108), (56, 117)]:
    nf("deadline-later-than-baseline", row(n), f"{cell(n,4)} equals the regional year: row {n} takes up {T(t)}", cell(n, 4))
# earlier ones worth stating
for n, t in [(1, 64), (4, 3), (8, 7), (18, 28), (23, 46), (27, 49), (43, 96), (46, 105), (48, 107), (50, 112)]:
    nf("deadline-later-than-baseline", row(n), f"{cell(n,4)} is earlier than the region: row {n} takes up {T(t)}", cell(n, 4))
# units
nf("unknown-unit", row(11), "县委网信办、宣传部: the 县委 prefix distributes, giving 县委宣传部 (in units.txt)", "宣传部")
nf("unknown-unit", row(12), "collective subject", "县直各部门（单位）")
nf("unknown-unit", row(12), "collective subject", "各乡镇人民政府")
nf("unknown-unit", row(23), "collective subject (县直有关部门, like 市直有关部门)", "县直有关部门")
nf("unknown-unit", row(42), "the 中卫市 ecology bureau's county branch, listed in units.txt (counties in Ningxia have no own 生态环境局)", "中卫市生态环境局海原分局")
nf("unknown-unit", row(1), "县政府办公室 is the listed short name of 县人民政府办公室", "县政府办公室")
nf("unknown-unit", row(13), "县大数据服务中心 is in units.txt (unlike the planted 县大数据局 in row 21)", "县大数据服务中心")
nf("unknown-unit", row(55), "县委党校 is in units.txt", "县委党校")
nf("unknown-unit", row(59), "县政府督查室 is the listed short name of 县人民政府督查室", "县政府督查室")
nf("unknown-unit", ln("（二）实行台账管理"), "县数字政府建设领导小组办公室 is prose, not a 责任单位 cell, and is listed in units.txt as a short name", "县数字政府建设领导小组办公室")

covers_rows = [(1, 64), (4, 3), (5, 2), (6, 6), (7, 8), (8, 7), (9, 10), (10, 12), (11, 5), (12, 14), (13, 15), (14, 18),
 (15, 21), (16, 24), (17, 23), (18, 28), (19, 30), (20, 32), (21, 36), (22, 40), (23, 46), (24, 47), (25, 48), (26, 50),
 (27, 49), (28, 66), (29, 67), (30, 68), (31, 72), (31, 73), (32, 71), (33, 77), (34, 79), (35, 80), (36, 83), (37, 84),
 (38, 85), (39, 86), (40, 88), (41, 93), (42, 94), (43, 96), (44, 98), (45, 104), (46, 105), (47, 106), (48, 107),
 (49, 108), (50, 112), (51, 114), (52, 115), (53, 116), (54, 25), (55, 118), (56, 117), (57, 121), (57, 122), (58, 123), (59, 124)]
covers = [{"task": t, "line": row(n)} for n, t in covers_rows]

key = {
 "writer": "blind writer, round 377; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": __import__("datetime").date.today().isoformat(),
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
 "notes": ("海原县 (中卫市) 数字政府建设问题整改落实方案, 2024-03-18, checked against ningxia-2023 only (no parent plan). "
  "The body is a 问题清单 (序号｜存在问题｜整改措施｜责任单位｜整改时限) in five tab-separated blocks, each with its header row, grouped by the 34567 framework; "
  "every row's 整改措施 takes up one regional task (see covers). 立行立改 is used for tasks whose regional date (2023) has passed; "
  "dates in the 存在问题 column are past facts, not deadlines. The planted mistakes: wrong 文号 of the region's 实施意见 (line 9), "
  "an unknown unit, a mojibake run, two late deadlines and one deadline before the document's year. All 34567 pillars are taken up by content. "
  "Tasks for cities/counties not taken up (e.g. 9, 92, 87 which name 地级市) are not annotated; task-uncovered is information only.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
