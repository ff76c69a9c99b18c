# Writes key.json for blind case 964, finding every line number in draft.txt and
# checking that each `text` really occurs on its line.  Run after build.py: python3 key.py
import json

LINES = open("draft.txt", encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def find(needle, nth=1):
    """1-based line of the nth line containing needle."""
    hits = [i + 1 for i, l in enumerate(LINES) if needle in l]
    assert len(hits) >= nth, (needle, hits)
    return hits[nth - 1]


def row(n):
    """line of task-list row n of the draft (row text starts with 'n. ')."""
    hits = [i + 1 for i, l in enumerate(LINES) if "\t" in l and l.split("\t")[1].startswith(f"{n}. ")]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def at(line, text):
    assert text in LINES[line - 1], (line, text, LINES[line - 1][:80])
    return line


GARBLED = "推进电子政务外网向村（社区）延伸".encode("utf-8").decode("gbk")

expect = [
    {"rule": "basis-mismatch", "line": at(find("宁政发〔2022〕17号"), "宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
    {"rule": "garbled-text", "line": at(find(GARBLED[:8]), GARBLED[:8]), "text": GARBLED[:8],
     "why": "UTF-8 bytes read as GBK; re-encoding the run as GBK and decoding as UTF-8 gives 推进电子政务外网向村（社区）延伸"},
    {"rule": "deadline-invalid", "line": at(row(18), "2022年底前"), "text": "2022年底前",
     "why": "a forward deadline before the plan's own year (issued 2023-09-18); slip for the regional task 30, 完成时限 2023年"},
    {"rule": "unknown-unit", "line": at(row(24), "县大数据管理服务局"), "text": "县大数据管理服务局",
     "why": "not in units.txt; 盐池县 has 县大数据服务中心 (line 51 uses it); the name is copied from the city's 市大数据管理服务局"},
    {"rule": "deadline-later-than-baseline", "line": at(row(26), "2025年"), "text": "2025年",
     "why": "城域网升级改造, 电子政务外网 县乡村全覆盖, 按需向企事业单位拓展 = task 48, 完成时限 2024年 (task 47, the neighbouring 外网升级 task, is also 2024年)"},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: 政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 (各市、县（区）按照职能分别负责, 2024年); no 适老化/无障碍/老年人/残疾人 content anywhere"},
]

mnf = []
def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        at(line, text)
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# basis / citations
nf("basis-mismatch", find("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nf("basis-mismatch", find("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 city plan (seed); a correct additional basis document", "宁政办发〔2023〕11号")
nf("basis-mismatch", find("宁政办发〔2020〕14号"), "retrospective mention in the background section (自2020年…以来), correct title and 文号, not cited as a basis", "宁政办发〔2020〕14号")
nf("basis-mismatch", find("盐政发〔2023〕58号"), "the county's own 文号 of this notice, not a cited basis", "盐政发〔2023〕58号")
nf("basis-mismatch", 3, "the county's own plan title (实施方案 is right for a county plan); not a cited basis", "盐池县关于加强数字政府建设的实施方案")
# dates that are not deadlines
nf("deadline-invalid", 7, "issue date of the notice", "2023年9月18日")
nf("deadline-invalid", len(LINES), "版记 printing date of the office", "2023年9月18日印发")
nf("deadline-invalid", find("2022年，全县"), "past dates in the background section (2020年, 2022年), not deadlines", "2022年")
nf("deadline-invalid", find("附件：盐池县"), "the plan's period 2023年—2025年 in the attachment title", "2023年—2025年")
nf("deadline-invalid", find("每年6月30日"), "the office's own recurring reporting dates (每年6月30日、12月10日前), no year, not a task deadline", "每年6月30日")
# goals
nf("deadline-later-than-baseline", find("到2023年底"), "2023 goal (平台“家底”全面理清) equals the region's 到2023年底 goal", "到2023年底")
nf("deadline-later-than-baseline", find("到2024年底"), "intermediate county goal with no regional counterpart; earlier than the region's 到2025年 goal; 一网通办 (task 84) is due 2024年", "到2024年底")
nf("deadline-later-than-baseline", find("到2025年，全县"), "equals the region's 到2025年 goal (“34567”体系框架全面成型)", "到2025年")
nf("deadline-later-than-baseline", find("到2035年"), "equals the region's 到2035年 goal", "到2035年")
nf("deadline-later-than-baseline", find("2023年10月底前"), "the office's own organisational step; earlier than task 64 (2025年) and within task 32 (2023年)", "2023年10月底前")
# task-list deadlines: equal or earlier
nf("deadline-later-than-baseline", row(1), "equal to task 2: 2023年启动，2024年取得明显成效", "2023年启动，2024年取得明显成效")
nf("deadline-later-than-baseline", row(5), "equal to task 7: 2023年形成试点经验，2025年取得明显成效", "2023年形成试点经验，2025年取得明显成效")
nf("deadline-later-than-baseline", row(8), "equal to task 11: 2023年完成主要建设任务，2025年取得明显成效", "2023年完成主要建设任务，2025年取得明显成效")
nf("deadline-later-than-baseline", row(9), "equal to task 12: 2025年", "2025年")
nf("deadline-later-than-baseline", row(11), "2023年12月底前 is within task 15's 2023年", "2023年12月底前")
nf("deadline-later-than-baseline", row(12), "equal to task 18: 2023年形成机制，长期坚持", "2023年形成机制，长期坚持")
nf("deadline-later-than-baseline", row(13), "equal to task 21 (2024年); earlier than task 22 (2025年)", "2024年")
nf("deadline-later-than-baseline", row(17), "equal to task 28: 2023年启动，2025年取得明显成效", "2023年启动，2025年取得明显成效")
nf("deadline-later-than-baseline", row(22), "2023年底 is earlier than task 40 (2024年)", "2023年底")
nf("deadline-later-than-baseline", row(25), "equal to task 47 (2024年); the late row is the next one", "2024年")
nf("deadline-later-than-baseline", row(27), "equal to task 49: 2025年", "2025年")
nf("deadline-later-than-baseline", row(30), "2024年: equal to task 55 (2024年), earlier than task 56 (2025年)", "2024年")
nf("deadline-later-than-baseline", row(32), "2023年 is earlier than task 64 (2025年) and equals task 60 (2023年)", "2023年")
nf("deadline-later-than-baseline", row(33), "equal to task 66: 2025年", "2025年")
nf("deadline-later-than-baseline", row(40), "equal to task 83: 2025年", "2025年")
nf("deadline-later-than-baseline", row(44), "equal to task 87: 2023年启动，2025年完成", "2023年启动，2025年完成")
nf("deadline-later-than-baseline", row(49), "equal to task 96: 2025年", "2025年")
nf("deadline-later-than-baseline", row(51), "equal to task 102: 2025年", "2025年")
nf("deadline-later-than-baseline", row(54), "2024年 is earlier than task 106 (2025年)", "2024年")
nf("deadline-later-than-baseline", row(55), "equal to task 107: 2025年", "2025年")
nf("deadline-later-than-baseline", row(56), "equal to task 108: 长期推进，2024年取得明显成效", "长期推进，2024年取得明显成效")
nf("deadline-later-than-baseline", row(60), "equal to task 116: 2023年完成并长期坚持", "2023年完成并长期坚持")
nf("deadline-later-than-baseline", row(61), "equal to tasks 122/123: 2023年完成，长期坚持", "2023年完成，长期坚持")
nf("deadline-later-than-baseline", row(62), "equal to task 124 (2023年形成机制，长期坚持); task 121 is 长期坚持", "2023年形成机制，长期坚持")
nf("deadline-invalid", row(10), "2023年 is the plan's own year (issued 2023-09), not before it; equal to task 14 (2023年)", "2023年")
nf("deadline-invalid", row(42), "2023年 is the plan's own year; equal to task 85 (2023年)", "2023年")
# units
nf("unknown-unit", 4, "collective addressees", "各乡镇人民政府，县直各部门")
nf("unknown-unit", row(2), "official short names listed in units.txt (盐池工业园区管理委员会, 县工业信息化和商务局)", "工业园区管委会")
nf("unknown-unit", row(3), "prefix 县 distributes: 县市场监管局、公安局 = 县市场监督管理局, 县公安局", "公安局")
nf("unknown-unit", row(4), "collective subjects", "县直有关部门")
nf("unknown-unit", row(9), "县发改局 is an alias of 县发展改革局 in units.txt", "县发改局")
nf("unknown-unit", row(15), "prefix 县 distributes: 县发展改革局、财政局、审计局 = 县财政局, 县审计局 (both in units.txt)", "财政局、审计局")
nf("unknown-unit", row(17), "县数字政府办 is the short name of 县推进数字政府建设领导小组办公室 in units.txt", "县数字政府办")
nf("unknown-unit", row(35), "collective subject (承担监管职责的县直有关部门)", "承担监管职责的县直有关部门")
nf("unknown-unit", row(39), "县消防救援大队 and 县林草局 are listed short names (unit outside the government proper included)", "县消防救援大队")
nf("unknown-unit", row(40), "named township governments listed in units.txt", "花马池镇人民政府")
nf("unknown-unit", row(48), "县生态环境分局 = 吴忠市生态环境局盐池分局 in units.txt", "县生态环境分局")
nf("unknown-unit", find("积极配合自治区教育厅"), "a regional body named as the partner the county cooperates with, in body text, not as lead of a local task", "自治区教育厅")
nf("unknown-unit", find("县大数据服务中心承担"), "the real county body (in units.txt), unlike the planted 县大数据管理服务局", "县大数据服务中心")
nf("unknown-unit", find("宁夏干部教育培训网络学院"), "a training platform, not a responsible unit; 县委党校 is in units.txt", "宁夏干部教育培训网络学院")
nf("unknown-unit", len(LINES), "盐池县人民政府办公室 is listed in units.txt", "盐池县人民政府办公室")
# pillars / text
for pillar, where in [("数字生态", "（三）营造良好数字生态"), ("五个一", "（一）健全组织机构"),
                     ("六级贯通", "（二）厘清层级职责"), ("财政投入", "（二）加大财政投入"),
                     ("政务公开", "（七）提升全面规范的政务公开能力")]:
    mnf.append({"rule": "missing-pillar", "line": 0, "pillar": pillar,
                "why": f"taken up at line {find(where)} ({where}) and in the task list"})
nf("garbled-text", find("(二)加快构建科学规范"), "half-width brackets in some headings are ordinary style, not damage", "(二)")

covers_map = [
    (2, row(1)), (3, row(2)), (5, row(3)), (6, row(4)), (7, row(5)), (8, row(6)), (10, row(7)), (11, row(8)),
    (12, row(9)), (14, row(10)), (15, row(11)), (18, row(12)), (21, row(13)), (23, row(14)), (24, row(15)),
    (25, row(16)), (28, row(17)), (30, row(18)), (32, row(19)), (36, row(20)), (33, row(21)), (34, row(21)),
    (40, row(22)), (41, row(23)), (42, row(23)), (46, row(24)), (47, row(25)), (48, row(26)), (49, row(27)),
    (50, row(28)), (54, row(29)), (55, row(30)), (56, row(30)), (57, row(31)), (64, row(32)), (66, row(33)),
    (71, row(34)), (72, row(35)), (74, row(36)), (75, row(36)), (77, row(37)), (79, row(38)), (80, row(39)),
    (83, row(40)), (84, row(41)), (85, row(42)), (86, row(43)), (87, row(44)), (88, row(45)), (89, row(46)),
    (90, row(47)), (94, row(48)), (96, row(49)), (98, row(50)), (102, row(51)), (103, row(52)), (104, row(53)),
    (105, row(53)), (106, row(54)), (107, row(55)), (108, row(56)), (112, row(57)), (114, row(58)),
    (115, row(59)), (116, row(60)), (122, row(61)), (123, row(61)), (124, row(62)),
]
covers = [{"task": t, "line": l} for t, l in covers_map]

key = {
    "writer": "blind writer, round 964; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-08",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("盐池县 实施方案 issued 2023-09-18 (盐政发〔2023〕58号), before the 吴忠 city plan (2023-11-27), so it cites no city plan and is checked "
              "against ningxia-2023 only. Task list rows 1-62 are lines 94-155; each row maps to the regional task(s) named in covers. "
              "Besides the planted task 93, the draft does not take up some county-relevant tasks (35, 59, 76, 81, 82, 92, 99, 100); "
              "task-uncovered reports for them are information only and were not planted. build.py regenerates draft.txt; key.py regenerates this key."),
}
with open("key.json", "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect:
    print(e["rule"], e["line"], e.get("text", e.get("task")))
