# Builds key.json; every line number is computed from the final draft.txt (1-based).
import json
D = open("draft.txt", encoding="utf-8").read().split("\n")
if D and D[-1] == "": D.pop()

def ln(sub, nth=None):
    hits = [i + 1 for i, l in enumerate(D) if sub in l]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def row(n):
    hits = [i + 1 for i, l in enumerate(D) if l.startswith(f"{n}\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def cell(n, k):
    return D[row(n) - 1].split("\t")[k]

def chk(line, text):
    assert text in D[line - 1], (line, text, D[line - 1][:60])
    return line

G = "增强行政监督质效".encode("utf-8").decode("gbk")

expect = [
 {"rule": "basis-mismatch", "line": chk(ln("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "the title 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government document, not the 办公厅 series 宁政办发); wrong 文号 for its title"},
 {"rule": "deadline-later-than-baseline", "line": chk(row(14), "2025.6底前"), "text": "2025.6底",
  "why": "task-table row 14 (城域网升级改造, 电子政务外网 5级全覆盖) is regional task 48, 完成时限 2024年; the draft gives 2025年6月底 (and its own 主要目标 says 到2024年底)"},
 {"rule": "deadline-later-than-baseline", "line": chk(ln("适老化与信息无障碍建设"), "２０２５年底前"), "text": "２０２５年底",
  "why": "inline note on 适老化与信息无障碍建设 (full-width digits) is regional task 93, 完成时限 2024年; the draft gives 2025年底"},
 {"rule": "deadline-invalid", "line": chk(row(21), "2024/09/31"), "text": "2024/09/31",
  "why": "September has 30 days: 2024/09/31 does not exist (the office's own note on the table defines Q3 end as 2024/09/30). Row is regional task 71, 完成时限 2024年, so the year itself is not late"},
 {"rule": "unknown-unit", "line": chk(row(20), "市经济和信息化局"), "text": "市经济和信息化局",
  "why": "not in units.txt: an old name; the registry has 市工业信息化和商务局 (= 市工信商务局). It is the first-listed unit, i.e. the lead per note 1"},
 {"rule": "garbled-text", "line": chk(ln(G), G), "text": G[:6],
  "why": "sub-item heading 增强行政监督质效 stored as UTF-8 bytes read as GBK (mojibake, no '?' marker)"},
]

M = []
def m(rule, line, text, why):
    if text is not None:
        chk(line, text)
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    M.append(e)

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

# units
m(UU, ln("各乡镇人民政府，市直各部门（单位）："), "各乡镇人民政府", "collective subject (各乡镇人民政府)")
m(UU, ln("各乡镇人民政府，市直各部门（单位）："), "市直各部门（单位）", "collective subject (市直各部门（单位）)")
m(UU, row(2), "卫健局", "prefix 市 distributes over the list: 市卫健局 is the registry alias of 市卫生健康局; likewise 人社局, 文旅局, 民政局")
m(UU, row(15), "综合执法局", "市 distributes: 市综合执法局 = 市城市管理综合执法局 in units.txt")
m(UU, row(20), "发展改革局", "after the unknown first unit, 市 still distributes: 市发展改革局 is an alias of 市发展和改革局; 统计局 -> 市统计局")
m(UU, row(1), "灵武羊绒产业园区管委会", "listed in units.txt")
m(UU, row(30), "银川市生态环境局灵武分局", "listed in units.txt (the county's eco-environment body is a branch of the city bureau); not a regional body and not a 银川 city unit leading by mistake")
m(UU, row(25), "灵武市气象局", "listed in units.txt")
m(UU, row(22), "承担监管职责的市直有关部门", "collective subject, local form of 承担监管职责的自治区有关部门（单位）")
m(UU, row(26), "各村（社区）", "collective subject")
m(UU, row(3), "市直有关部门", "collective subject")
m(UU, ln("宁夏干部教育培训网络学院"), "宁夏干部教育培训网络学院", "a training platform named in 提升数字素养, not a responsible unit; the unit named beside it, 市委党校, is an alias in units.txt")
m(UU, ln("各牵头单位于每季度末月25日前"), "各牵头单位", "collective reference to the table's lead units, not a unit name")
m(UU, ln("领导小组办公室设在市大数据管理服务中心"), "领导小组办公室", "alias of 市推进数字政府建设领导小组办公室 in units.txt")
m(UU, row(9), "市大数据中心", "alias of 市大数据管理服务中心; 市 distributes to 卫健局, 人社局, 应急局 (all aliases)")

# basis
m(BM, 2, "灵政办发〔2024〕15号", "the document's own 文号, not a cited basis")
m(BM, 1, "《灵武市加强数字政府建设实施方案》", "the title of the document itself in the 印发 notice")
m(BM, ln("国发〔2022〕14号"), "国发〔2022〕14号", "correct 文号 and title of the national 指导意见")
m(BM, ln("宁政办发〔2023〕11号"), "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited exactly as the 吴忠 plan in the seeds cites it")
m(BM, ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention in 工作基础 of the 2020 工作要点 with its correct title and 文号, not a basis citation")

# deadlines in the body
m(DI, ln("2023.11调整充实"), "2023.11", "past date in the background (工作基础), not a deadline")
m(DI, ln("截至2023年底"), "2023年底", "past reporting date in the background, not a deadline")
m(DL, ln("到2024年底，全市电子政务外网"), "2024年底", "主要目标: 外网 full coverage by end 2024 equals task 48 (2024年); the region has no 2024 goal")
m(DL, ln("到２０２５年，全市数字政府"), "２０２５年", "full-width digits; equal to the region's 主要目标 到2025年 (34567 框架全面成型)")
m(DL, ln("到2035年，与政府治理"), "2035年", "equal to the region's 2035 goal")
m(DL, ln("2025.6底前建成数字乡村示范村"), "2025.6底前", "task 10 数字乡村 is 持续推进，2025年取得明显成效; mid-2025 is earlier")
m(DL, ln("2025.6底前建成数字乡村示范村"), "100%", "a ratio (农产品在线追溯), not a date; kept in its own sentence apart from the date")
m(DL, ln("2024.1版"), "2024.1版", "a version label of a local standard (编制规范（2024.1版）), not a deadline; the sentence matches tasks 30/32 (完成时限 2023年)")
m(DL, ln("24年底前新增2025路"), "24年底前", "task 79 雪亮工程, 完成时限 2024年: equal")
m(DL, ln("24年底前新增2025路"), "2025路", "a count of video points, not a year; the sentence matches task 79 (2024年)")
m(DL, ln("0951-4022024"), "0951-4022024", "a telephone number containing 2024, not a date")
m(DL, ln("基本目录（V2.0）"), "V2.0", "a version number")
m(DL, ln("升级至3.0版"), "3.0版", "a version number (信用中国（宁夏）灵武站); task 57 is 2024年")
m(DL, ln("实现基层干部填表报数工作量压减50%以上。"), "50%", "a ratio copied from task 106, not a date")
m(DL, ln("按7:3比例分担"), "7:3", "a cost-sharing ratio, not a date")
m(DL, ln("2024.07.05前报送半年工作总结"), "2024.07.05", "the office's own reporting date (工作调度), not a task deadline; the paragraph sits next to 考核 tasks 121-124 whose 时限 are 2023年/长期坚持")
m(DL, ln("2024/12/20前报送年度工作总结"), "2024/12/20", "the office's own reporting date")
m(DL, ln("2024.07.05前报送半年工作总结"), "每季度末月25日前", "a recurring reporting date, not a deadline")
m(DL, ln("经市人民政府第32次常务会议"), "第32次", "a meeting count")
m(DL, 6, "2024年3月18日", "the issuing date of the notice")
m(DL, ln("附件：灵武市数字政府建设重点任务清单（2024—2025年）"), "2024—2025年", "the period of the task list (cf. the region's 2023年—2025年), not a deadline")
m(DL, ln("灵武市数字政府建设重点任务清单（2024—2025年）", 1), "2024—2025年", "the period in the attachment's title, not a deadline")
m(DL, ln("到2024年底，全市电子政务外网"), "98.5%", "a rate (网上可办率), not a date")
m(DL, ln("截至2023年底"), "96.3%", "a past rate in the background, not a date")
m(DL, ln("截至2023年底"), "1.2亿条", "a count")
m(DI, ln("2.完成时限中“2024年Q3”指"), "2024/09/30", "the table note's valid definition of Q3 end, not a deadline")
m(DL, ln("联系电话：0951-4012345"), "0951-4012345", "a telephone number")

# deadlines in the task table: (local row, regional task, regional deadline, verdict)
T = [
 (1, 3, "持续推进，2025 年取得明显成效", "equal (2025年12月)"),
 (2, 6, "持续推进，2025 年取得明显成效", "equal; full-width digits"),
 (3, 10, "持续推进，2025 年取得明显成效", "earlier (mid-2025)"),
 (4, 12, "2025年", "equal"),
 (5, 21, "2024年", "earlier"),
 (6, 23, "2024年", "equal"),
 (7, 28, "2023年启动，2025年取得明显成效", "completing milestone 2025 equal; the later start (2024年启动) is not a completing milestone and lies in the plan's own year"),
 (8, 29, "2023年启动，2025年完成", "earlier"),
 (9, 34, "2024年", "equal (Q4 of 2024)"),
 (10, 40, "2024年", "equal (Q4 of 2024)"),
 (11, 41, "2024年", "equal (24年底 = end of 2024)"),
 (12, 46, "2024年", "earlier (also task 43, 2024 年建成)"),
 (13, 47, "2024年", "earlier (Q3 of 2024)"),
 (15, 49, "2025年", "equal"),
 (16, 54, "2024年", "equal; full-width digits"),
 (17, 56, "2025年", "earlier"),
 (18, 57, "2024年", "earlier"),
 (19, 64, "2025年", "earlier"),
 (20, 66, "2025年", "equal (the row's unit is a separate, planted mistake)"),
 (22, 74, "2024年", "equal"),
 (23, 77, "2024年", "earlier"),
 (24, 79, "2024年", "equal (24年底)"),
 (25, 80, "2024年", "equal (Q4 of 2024)"),
 (26, 83, "2025年", "equal"),
 (27, 84, "2024年", "earlier"),
 (28, 86, "2024年", "equal"),
 (29, 89, "2024年", "earlier (Q3 of 2024)"),
 (30, 94, "2024年", "earlier"),
 (31, 96, "2025年", "equal"),
 (32, 105, "2024年", "equal (also task 104, 2024年)"),
 (33, 106, "2025年", "earlier"),
 (34, 108, "长期推进，2024年取得明显成效", "equal"),
 (35, 111, "2025年", "equal"),
 (36, 112, "2024年", "equal (also task 114, 2024年)"),
 (37, 121, "长期坚持", "equal"),
]
for r, t, d, v in T:
    m(DL, row(r), cell(r, 3), f"row {r} is regional task {t}, 完成时限 {d}: {v}")

covers = [{"task": t, "line": row(r)} for r, t, d, v in T]
covers += [
 {"task": 48, "line": row(14)},
 {"task": 71, "line": row(21)},
 {"task": 93, "line": ln("适老化与信息无障碍建设")},
 {"task": 104, "line": row(32)},
 {"task": 114, "line": row(36)},
 {"task": 14, "line": ln("强化安全管理责任。")},
 {"task": 15, "line": ln("强化安全管理责任。")},
 {"task": 17, "line": ln("落实安全制度要求。")},
 {"task": 18, "line": ln("提升安全防护能力。")},
 {"task": 24, "line": ln("创新数字政府建设管理机制。")},
 {"task": 32, "line": ln("完善数据管理机制。")},
 {"task": 30, "line": ln("完善数据管理机制。")},
 {"task": 36, "line": ln("深化数据高效共享。")},
 {"task": 42, "line": ln("促进数据有序开发利用。")},
 {"task": 68, "line": ln("推动监管精准化。")},
 {"task": 72, "line": ln("促进监管协同化。")},
 {"task": 88, "line": ln("提供优质便利的涉企服务。")},
 {"task": 107, "line": ln("提升行政执行能力。")},
 {"task": 115, "line": ln("（七）提升全面规范的政务公开能力。")},
 {"task": 116, "line": ln("（一）加强组织领导。")},
 {"task": 123, "line": ln("（四）强化考核评价。")},
 {"task": 124, "line": ln("（四）强化考核评价。")},
]
covers.sort(key=lambda c: (c["task"], c["line"]))
assert len({c["task"] for c in covers}) == len(covers)

key = {
 "writer": "blind writer, round 822; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
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
 "notes": ("灵武市 (county-level city under 银川市) 2024 实施方案, issued 2024-03-18 by the 市人民政府办公室, no parent plan. "
           "Dates are written in mixed numeric forms (2024.10, 2024/12/31, 2025.6底前, 24年底, 2024年Q3, full-width ２０２４年底前). "
           "Note 1 under the task table says the first-listed unit leads. Note 2 defines Q3 end as 2024/09/30 and 24年底 as 2024-12-31. "
           "Regional tasks whose 完成时限 is 2023 (14, 15, 17, 18, 24, 30, 32, 36, 68, 72, 116, 123, 124) are taken up in the body without any date. "
           "Planted: wrong 文号 of the regional 实施意见 (宁政办发 for 宁政发), two late deadlines (row 14 2025.6底 vs task 48 2024; inline ２０２５年底 vs task 93 2024), "
           "an impossible date 2024/09/31, an outdated unit name 市经济和信息化局, and one mojibake sub-item heading. No pillar is missing. "
           "make_draft.py writes draft.txt; make_key.py writes this key and checks every line number against draft.txt."),
}
open("key.json", "w", encoding="utf-8").write(json.dumps(key, ensure_ascii=False, indent=1) + "\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers))
