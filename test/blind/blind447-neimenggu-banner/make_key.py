# Builds key.json; every line number is found from draft.txt (1-based) and checked.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L.pop()
T = {}
for row in open("tasks.txt", encoding="utf-8").read().split("\n")[1:]:
    if row.strip():
        c = row.split("\t"); T[int(c[1].split(".")[0])] = c[3]

def ln(sub):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def row(n):
    hits = [i + 1 for i, l in enumerate(L) if "\t" in l and l.split("\t")[1].startswith(f"{n}. ")]
    assert len(hits) == 1, n
    return hits[0]

def cell(n, k):
    return L[row(n) - 1].split("\t")[k]

def has(line, text):
    assert text in L[line - 1], (line, text)
    return line

# draft row -> regional task
R = {1:3, 2:4, 3:6, 4:8, 5:13, 6:11, 7:10, 8:14, 9:16, 10:17, 11:18, 12:19, 13:20, 14:23, 15:24,
     16:26, 17:28, 18:30, 19:31, 20:32, 21:33, 22:35, 23:36, 24:37, 25:39, 26:41, 27:42, 28:44,
     29:45, 30:46, 31:49, 32:51, 33:52, 34:54, 35:57, 36:58, 37:60, 38:63, 39:65, 40:66, 41:68}

expect = [
 {"rule": "basis-mismatch", "line": has(7, "内政办发〔2023〕23号"), "text": "内政办发〔2023〕23号",
  "why": "the regional 实施意见 cited by its correct title is 内政发〔2023〕23号; 内政办发 is the series of the 自治区人民政府办公厅, so the 文号 does not belong to this title"},
 {"rule": "deadline-later-than-baseline", "line": has(ln("到2026年底"), "2026年底"), "text": "2026年底",
  "why": "主要目标: the region's goal is 到2025年，全区数字政府“1262”体系框架全面成型 (with 一网通办/一网统管/一网协同 能力显著提升); the draft sets the same goal for 2026年底"},
 {"rule": "deadline-later-than-baseline", "line": has(row(10), "\t2025年"), "text": "2025年",
  "why": f"row 10 (电子政务外网 苏木镇、嘎查村全覆盖) is task 17, 完成时限 {T[17]}; the draft gives 2025年"},
 {"rule": "deadline-invalid", "line": has(row(4), "20245年"), "text": "20245年",
  "why": f"impossible year (typo for 2024年); row 4 is task 8, 完成时限 {T[8]}"},
 {"rule": "unknown-unit", "line": has(row(9), "自治区大数据中心牵头"), "text": "自治区大数据中心",
  "why": f"a regional body named as the lead of a local task (row 9 = task 16, copied from the regional table); the banner's body is 旗大数据中心"},
 {"rule": "unknown-unit", "line": has(row(24), "旗行政审批局"), "text": "旗行政审批局",
  "why": "not in units.txt; the banner's body for 一件事一次办 is 旗政务服务局 (old name slip)"},
 {"rule": "garbled-text", "line": has(ln("鍋ュ叏鏀挎皯"), "鍋ュ叏鏀挎皯"), "text": "鍋ュ叏鏀挎皯浜掑姩",
  "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 健全政民互动和民意转办机制，及时回应群众关切"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text); e["text"] = text
    e["why"] = why; M.append(e)

m("unknown-unit", 1, "collective subject at banner level (each 苏木/镇 government)", "各苏木镇人民政府")
m("unknown-unit", 1, "collective subject: all 旗直 departments", "旗直各部门")
m("unknown-unit", 1, "collective subject", "各直属单位")
m("unknown-unit", ln("每年6月25日"), "the leading group's office (listed in units.txt), named with its host body in brackets; the recipient of reports, not a task lead", "旗数字政府建设领导小组办公室")
m("unknown-unit", ln("（一）加强组织领导。"), "旗委 is the banner's party committee in a sentence on leadership, not a responsible unit of a task", "在旗委统一领导下")
m("basis-mismatch", 7, "correct national basis: title and 文号 belong together", "国发〔2022〕14号")
m("basis-mismatch", 7, "the league's (parent) plan cited by title alone, as a county cites its city's plan; title uses 实施方案 correctly", "锡林郭勒盟行政公署《关于加强数字政府建设的实施方案》")
m("basis-mismatch", 8, "retrospective mention of the banner's own 2019 document in the background, not a basis citation", "2019年印发《正镶白旗推进“互联网+政务服务”工作实施方案》")
m("deadline-invalid", 8, "past dates in the background (work already done), not deadlines", "2022年")
m("deadline-invalid", 4, "the notice's own issue date", "2024年4月16日")
m("deadline-later-than-baseline", ln("到2024年底，旗级"), "主要目标 2024: the region's own 2024年底 goal (三级工作机构基本健全, 整体迁移上云) has the same year; 数据资源目录 is task 8 (2024年), 便民服务体系 task 39 (2024年)", "到2024年底")
m("deadline-later-than-baseline", ln("到2035年"), "equal to the region's 到2035年 goal", "到2035年")
m("deadline-later-than-baseline", ln("强化政务云支撑。2024年底前"), f"inline date for task 16 (完成时限 {T[16]}): equal", "2024年底前")
m("deadline-later-than-baseline", ln("提升政务运行效能。"), f"inline date for task 49 (完成时限 {T[49]}): equal", "2024年底前")
m("deadline-invalid", ln("每年6月25日"), "the office's own half-yearly reporting dates, not task deadlines", "每年6月25日、12月15日前")
m("deadline-invalid", ln("重点任务清单（2024年—2025年）"), "period of the attachment's task list", "2024年—2025年")
m("unknown-unit", ln("（二）厘清层级职责。"), "the levels' own words (盟级、旗级、苏木镇、嘎查村（社区）) describe layers, not responsible units", "苏木镇重点做好")
m("unknown-unit", ln("积极对接自治区大数据中心"), "regional body mentioned in body text as a partner to dock with, not as the lead of a local task", "自治区大数据中心")
m("unknown-unit", ln("（一）加强组织领导。"), "collectives (各苏木镇、旗直各部门)", "各苏木镇、旗直各部门")
m("unknown-unit", row(4), "collective subject", "旗直各部门（单位）")
m("unknown-unit", row(13), "official short name of 旗林业和草原局 (listed in units.txt)", "旗林草局")
m("unknown-unit", row(14), "official short name of 旗发展和改革委员会 (listed in units.txt)", "旗发展改革委")
m("unknown-unit", row(15), "short name of 国家税务总局正镶白旗税务局 (listed in units.txt)", "旗税务局")
m("unknown-unit", row(16), "旗市场监管局 is the listed short name; 承担监管职责的旗直有关部门 is a collective", "承担监管职责的旗直有关部门")
m("unknown-unit", row(18), "collective subject (each 嘎查/村 and 社区)", "各嘎查村（社区）")
m("unknown-unit", row(20), "short name of 正镶白旗气象局 (listed in units.txt)", "旗气象局")
m("unknown-unit", row(28), "league bureau's branch in the banner, listed in units.txt as one name; must not be split into 盟/旗 parts", "锡林郭勒盟生态环境局正镶白旗分局")
m("unknown-unit", row(25), "collective lead (各苏木镇) with 旗政务服务局 as guide", "各苏木镇负责")
m("unknown-unit", row(37), "旗市场监管局 (listed short name) followed by a collective; the prefix does not distribute into 旗直有关部门", "旗市场监管局等旗直有关部门")
m("unknown-unit", row(31), "旗人民政府办公室 is listed; 各苏木镇 collective", "旗人民政府办公室")

for r, t in sorted(R.items()):
    if r in (4, 10):
        continue
    d = cell(r, 3); rt = T[t]
    if r == 36:
        # a copied regional deadline before the plan's year: neither late nor invalid
        why = f"task {t}, 完成时限 {rt}: copied verbatim; lies before the plan's year but equals the region (an ongoing mechanism)"
        m("deadline-later-than-baseline", row(r), why, d)
    elif r == 38:
        why = f"task {t}, 完成时限 {rt}: the completing milestone (2025年取得明显成效) is equal; only the start year differs (a 2024 plan cannot start in 2023)"
    elif d == rt:
        why = f"task {t}, 完成时限 {rt}: equal"
    else:
        why = f"task {t}, 完成时限 {rt}: earlier ({d})"
    m("deadline-invalid" if r == 36 else "deadline-later-than-baseline", row(r), why, d)

for p, why in [("一个中枢", "taken up as 二、健全统筹推进体系 (组织机构、层级职责、工作机制), lines 18-21"),
               ("数据资源底座", "taken up as 三（一）建好用好数据资源底座, lines 23-26, and rows 4-8"),
               ("平台支撑底座", "taken up as 三（二）建好用好平台支撑底座, lines 27-30, and rows 9-13"),
               ("安全保障体系", "taken up as 五（一）筑牢安全保障防线, line 47, and rows 35-36"),
               ("制度规则体系", "taken up as 五（二）完善制度规则体系, line 48, and rows 37-38"),
               ("加强党对数字政府建设工作的全面领导", "taken up under 六、保障措施 (组织领导 with 党的全面领导, 资金, 数字素养, 考核), lines 49-53")]:
    M.append({"rule": "missing-pillar", "line": 0, "pillar": p, "why": why})

covers = [{"task": t, "line": row(r)} for r, t in sorted(R.items())]
for t, sub in [(29, "推广非现场监管、移动监管"), (38, "优化12345政务服务便民热线"), (40, "推进教育、医疗、社保、养老"),
               (56, "落实网络安全、数据安全和保密工作主体责任"), (59, "加快推进信创产品应用"),
               (64, "纳入“一把手工程”"), (67, "加大数字化专业人才引进培养力度")]:
    covers.append({"task": t, "line": ln(sub)})
covers.sort(key=lambda c: c["task"])

key = {
 "writer": "blind writer, round 447; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": None,
 "build": {"body": "province.txt", "tasks": "tasks.txt", "id": "neimenggu-2023",
           "title": "内蒙古自治区人民政府关于加强数字政府建设的实施意见", "docNumber": "内政发〔2023〕23号",
           "date": "2023-08-21", "level": "自治区", "region": "内蒙古自治区"},
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("The regional 实施意见 (province.txt, tasks.txt with 68 tasks) is written by the writer for this case; its "
           "framework is “1262” (一个中枢、两大底座、六大能力、两个保障) plus 党的领导. The draft is a banner plan of 正镶白旗 "
           "(锡林郭勒盟), issued 2024-04-16 by the 旗人民政府办公室; the league's plan is cited by title only and is not supplied "
           "as a parent. Draft rows 1-41 carry their own numbering; the draft's note makes the first-listed unit the lead. "
           "Regional tasks due 2023年 (1, 5, 56, 64) are taken up only in body text without a date, except task 58 whose "
           "‘2023年形成机制，长期坚持’ is copied in row 36. Task 56/64 appear in covers through body lines. "
           "make_tasks.py, make_draft.py and make_key.py regenerate tasks.txt, draft.txt and key.json.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect,", len(M), "mustNotFlag,", len(covers), "covers")
