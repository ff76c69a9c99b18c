# Builds key.json; every line number is found from draft.txt by a unique substring
# (and the text, where given, must occur on that line).
import json

L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L = L[:-1]


def ln(sub):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    assert len(hits) == 1, (sub, hits)
    return hits[0]


def exact(whole):
    hits = [i + 1 for i, s in enumerate(L) if s == whole]
    assert len(hits) == 1, (whole, hits)
    return hits[0]


def row(n):
    return ln("\t%d．" % n)


def at(sub, text=None):
    n = ln(sub)
    if text is not None:
        assert text in L[n - 1], (sub, text)
    return n


GARBLED = "共享共用、动态更新的政策文件".encode("utf-8").decode("gbk")

expect = [
    {"rule": "basis-mismatch", "line": at("根据《国务院关于加强数字政府建设的指导意见》", "宁政发〔2023〕71号"),
     "text": "宁政发〔2023〕71号",
     "why": "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71 is a transposed 文号"},
    {"rule": "deadline-later-than-baseline", "line": row(18), "text": "2024年6月底前",
     "why": "row 18 (摸清政务数据资源底数、一体化政务数据资源目录、政务数据“一本账”) is regional task 30, 完成时限 2023年; 2024年6月 is later (and contradicts the draft's own goal of 到2023年底 家底全面理清)"},
    {"rule": "deadline-later-than-baseline", "line": row(27), "text": "2025年底前",
     "why": "row 27 (城域网升级改造、全覆盖、按需向企事业单位拓展) is regional task 48, 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": row(20), "text": "2022年12月底前",
     "why": "a forward deadline before the year the plan is issued (2023-09-18); meant 2023年12月底前 (regional task 36, 完成时限 2023年)"},
    {"rule": "unknown-unit", "line": row(23), "text": "县大数据管理服务局",
     "why": "泾源县 has no such bureau; not in units.txt (copied from a city pattern, cf. 市大数据管理服务局)"},
    {"rule": "garbled-text", "line": ln(GARBLED[:6]), "text": GARBLED[:6],
     "why": "UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 共享共用、动态更新的政策文件"},
]

M = []


def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (rule, line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

# basis documents
nf(BM, at("（二）工作基础。"), "retrospective mention of the 2020 工作要点 in the background, with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
nf(BM, ln("泾政办发〔2023〕58号"), "the draft's own 发文字号 on the covering notice, not a basis citation", "泾政办发〔2023〕58号")
# past dates in the background / work already done
nf(DI, at("（二）工作基础。"), "past date in the background (what was achieved in 2022), not a deadline", "2022年")
nf(DI, at("（二）工作基础。"), "dates earlier in 2023 in the background (leading group adjusted in April, systems inventoried in June); same year as the plan, already done", "2023年6月")
nf(DL, at("（一）健全组织机构。2023年4月"), "work the draft says was already done in April 2023; the 2023年底前 for 乡镇 分管领导 is earlier than task 64 (2025年)", "2023年4月")
nf(DL, row(32), "“2023年4月已完成，长期坚持”: done earlier in 2023; task 64 is due 2025年 (task 60, the region's own leading group, 2023年)", "2023年4月已完成")
nf(DL, at("（四）提升普惠便捷的公共服务能力"), "“2023年7月…已完成” is work done this year; 2023年底前 全面推行“免证办” equals task 85 (2023年)", "2023年7月")
nf(DL, at("提高自主可控水平。"), "“2023年已启动，2024年底前完成” equals task 19 (2023年启动，2024年建成) and task 43 (2024年建成，持续推进)", "2023年已启动")
nf(DL, row(13), "equal to task 19 (2023年启动，2024年建成) / task 43 (2024年建成，持续推进)", "2023年已启动，2024年底前完成")
# goals
nf(DL, ln("到2023年底，县推进数字政府建设"), "equal to the region's 主要目标 到2023年底 (家底全面理清, 组织架构基本建立, 标志性应用场景)", "到2023年底")
nf(DL, ln("到2025年，全县数字政府建设体系框架全面成型"), "equal to the region's goal 到2025年 “34567”体系框架全面成型", "到2025年")
nf(DL, ln("到2035年，与政府治理能力现代化"), "equal to the region's 到2035年 goal", "到2035年")
# 2023 deadlines equal to the region's
nf(DL, at("强化安全管理责任。2023年底前"), "equals task 14 (2023年)", "2023年底前")
nf(DL, row(10), "equals task 14 (2023年)", "2023年12月底前")
nf(DL, row(11), "equals task 15 (2023年)", "2023年底前")
nf(DL, row(12), "equals task 18 (2023年形成机制，长期坚持)", "2023年形成机制，长期坚持")
nf(DL, at("创新数字政府建设管理机制。"), "equals task 25 (2023年); the 会商机制 is task 24 (2023年)", "2023年底前")
nf(DL, row(15), "equals task 24 (2023年)", "2023年底前")
nf(DL, row(16), "equals task 25 (2023年)", "2023年底前")
nf(DL, at("完善数据管理机制。"), "equals task 32 (2023年); the 一本账 sentence in the same line carries no date (task 30, 2023年)", "2023年12月底前")
nf(DL, row(19), "equals task 32 (2023年)", "2023年12月底前")
nf(DL, at("（二）引领数字社会建设。"), "equals task 11 (2023年完成主要建设任务，2025年取得明显成效)", "2023年底前")
nf(DL, row(8), "equals task 11 (2023年完成主要建设任务，2025年取得明显成效)", "2023年底前完成主要建设任务，2025年取得明显成效")
nf(DL, at("（二）提升综合高效的市场监管能力。"), "equals task 72 (2023年); 照单监管 is task 68 (2023年)", "2023年底前")
nf(DL, row(35), "equals task 68 (2023年)", "2023年底前")
nf(DL, row(36), "equals task 72 (2023年)", "2023年底前")
nf(DL, row(43), "equals task 85 (2023年)", "2023年12月底前")
nf(DL, row(56), "equals task 116 (2023年完成并长期坚持)", "2023年完成并长期坚持")
nf(DL, row(57), "equals task 118 (2023年完成并长期坚持)", "2023年完成并长期坚持")
nf(DL, row(58), "equals tasks 122/123 (2023 年完成，长期坚持)", "2023年完成，长期坚持")
nf(DL, row(59), "equals task 124 (2023 年形成机制，长期坚持)", "2023年形成机制，长期坚持")
# multi-milestone and later-year deadlines equal to (or earlier than) the region's
nf(DL, row(1), "equals task 2 (2023 年启动，2024 年取得明显成效)", "2023年启动，2024年取得明显成效")
nf(DL, row(4), "equals task 7 (2023年形成试点经验，2025年取得明显成效)", "2023年形成试点经验，2025年取得明显成效")
nf(DL, row(9), "equals task 12 (2025年); the row keeps to task 12's wording (数据要素市场主体、数据产权交易机制), not task 13", "2025年底前")
nf(DL, row(14), "task 21 is due 2024年 (equal); the 审管协同 part is task 22, due 2025年 (earlier)", "2024年底前")
nf(DL, row(17), "equals task 28 (2023年启动，2025年取得明显成效)", "2023年启动，2025年取得明显成效")
nf(DL, row(21), "matches task 29 (政务数据平台, 一体化政务大数据体系: 2023年启动，2025年完成), equal; not the 基础库/主题库 tasks 33/34 (2024年), which the row does not take up", "2023年启动，2025年完成")
nf(DL, row(26), "equals task 47 (2024年); the planted late date is the next row", "2024年底前")
nf(DL, row(29), "equals task 49 (2025年)", "2025年底前")
nf(DL, row(30), "earlier than or equal to tasks 51 (2023年), 52 (2025年), 53 (2024年)", "2023年底前")
nf(DL, row(31), "equals task 56 (2025年)", "2025年底前")
nf(DL, row(34), "equals task 66 (经济运行大数据平台, 2025年)", "2025年底前")
nf(DL, row(45), "equals task 87 (2023年启动，2025年完成)", "2023年启动，2025年完成")
nf(DL, row(51), "task 105 is due 2024年; 2023年底前 is earlier", "2023年底前")
nf(DL, row(52), "equals task 106 (2025年)", "2025年底前")
nf(DL, row(53), "equals task 107 (2025年)", "2025年底前")
# office's own reporting dates and titles
nf(DL, at("（四）强化考核评价。"), "the office's own reporting dates (quarterly 25日前; the 2023 annual summary due 2024年1月15日前), not a task deadline", "2024年1月15日前")
nf(DL, ln("附件：泾源县数字政府建设重点任务清单"), "the period of the task list in its title, not a deadline", "2023年—2025年")
nf(DL, exact("泾源县数字政府建设重点任务清单（2023年—2025年）"), "the period of the task list in the attachment's title, not a deadline", "2023年—2025年")
nf(DI, ln("2023年9月18日"), "the notice's issue date, not a deadline", "2023年9月18日")
nf(DL, row(33), "task 64 (各地参照自治区做法成立相应组织机构) is due 2025年; 2023年底前 is earlier", "2023年底前")
# units
nf(UU, row(1), "official short name of 县林业和草原局 in units.txt", "县林草局")
nf(UU, row(15), "the 县 prefix distributes: 县财政局, 县审计局, both in units.txt", "财政局、审计局")
nf(UU, row(3), "short names of 泾河源镇人民政府 and 六盘山镇人民政府 in units.txt", "泾河源镇、六盘山镇")
nf(UU, row(7), "collective subject", "各乡镇人民政府")
nf(UU, row(7), "collective subject", "县直有关部门（单位）")
nf(UU, row(10), "collective subject", "县直各部门（单位）")
nf(UU, row(36), "collective subject (county form of 承担监管职责的自治区有关部门（单位）)", "承担监管职责的县直有关部门（单位）")
nf(UU, row(22), "a city bureau's county branch, listed in units.txt (ecology is managed vertically in 宁夏 counties)", "固原市生态环境局泾源分局")
nf(UU, row(26), "short names of the three carriers' county branches, in units.txt", "电信泾源分公司")
nf(UU, row(24), "in units.txt (outside the government proper)", "国网泾源县供电公司")
nf(UU, row(40), "in units.txt", "泾源县消防救援大队")
nf(UU, row(38), "in units.txt (courts and procuratorate as cooperating units)", "县人民检察院")

covers_spec = [
    (2, row(1)), (5, row(2)), (6, row(3)), (7, row(4)), (8, row(5)), (9, row(6)), (10, row(7)),
    (11, row(8)), (12, row(9)), (14, row(10)), (15, row(11)), (17, at("落实安全制度要求。")),
    (18, row(12)), (19, row(13)), (43, row(13)), (21, row(14)), (24, row(15)), (25, row(16)), (28, row(17)),
    (30, row(18)), (32, row(19)), (36, row(20)), (29, row(21)), (34, row(22)), (41, row(23)),
    (42, row(24)), (40, row(25)), (47, row(26)), (48, row(27)), (50, row(28)), (49, row(29)),
    (51, row(30)), (56, row(31)), (64, row(32)), (66, row(34)), (68, row(35)), (72, row(36)),
    (71, row(37)), (77, row(38)), (79, row(39)), (80, row(40)), (83, row(41)), (84, row(42)),
    (85, row(43)), (86, row(44)), (87, row(45)), (93, row(46)), (94, row(47)), (96, row(48)),
    (98, row(49)), (102, at("（五）提升系统科学的生态环境保护能力。")), (104, row(50)), (105, row(51)),
    (106, row(52)), (107, row(53)), (112, row(54)), (114, row(55)), (116, row(56)), (118, row(57)),
    (122, row(58)), (123, row(58)), (124, row(59)),
]
covers = [{"task": t, "line": n} for t, n in covers_spec]

key = {
    "writer": "blind writer, round 442; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("泾源县 (固原市) county plan issued 2023-09-18 by 县人民政府办公室 (泾政办发〔2023〕58号), based on the region's "
              "实施意见 with no parent plan (固原's plan is not cited). Body: 总体要求, 三个驱动, 四大支撑, 县级工作体系 "
              "(五个一/六级贯通 folded in as 健全组织机构/厘清层级职责/完善工作机制), 七个能力, 党的领导 (组织领导, 财政投入, "
              "数字素养, 考核评价); attachment: a 59-row tab-separated task list, first cell = group, empty first cell continues "
              "the group; the note on the last line says the first-listed lead unit is the main lead. Line 9 (the preamble) also cites 国发〔2022〕14号 (correct) and 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited exactly as the 吴忠 plan in the seeds cites it; neither should be flagged, but they are not listed in mustNotFlag because the planted basis-mismatch sits on the same line. Six planted mistakes over five "
              "rules. All other deadlines were checked against the regional 完成时限 and are equal or earlier. No missing pillar is "
              "planted and no task-uncovered is expected."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
for e in expect:
    print(e["rule"], e["line"], e["text"])
