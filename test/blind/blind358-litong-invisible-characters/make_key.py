#!/usr/bin/env python3
# Builds key.json; every line number is found from an anchor string in draft.txt
# (lines split on LF only; VT and FF are not line breaks). Anchor must occur on exactly one line.
import json, os, datetime
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
ZW, ZWJ, SHY, NB, IS = "\u200b", "\u200d", "\u00ad", "\u00a0", "\u3000"

def L(anchor):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

def row(n):  # task-list row n of the attachment
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f"{n}\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": L("的工作方案》"), "text": "关于加强数字政府建设的工作方案",
     "why": "the parent city plan (seeds/wuzhong-2023-shishi-fangan.txt, 吴忠市人民政府 2023-11-27) is titled 《关于加强数字政府建设的实施方案》; the draft cites it as 工作方案 (wrong title)"},
    {"rule": "deadline-later-than-baseline", "line": row(33), "text": "2025年",
     "why": "row 33 (适老化与信息无障碍建设) is regional task 93, 完成时限 2024年; the draft gives 2025年 (cell padded with U+00A0 on both sides)"},
    {"rule": "deadline-later-than-baseline", "line": L("2025年底前形成覆盖区"), "text": "2025年底",
     "why": "sentence takes up regional task 105 (宁政通 移动办公总门户, 覆盖区市县乡村五级的一体化办公体系), 完成时限 2024年; the 吴忠 plan gives no earlier date; 2025年底 is later"},
    {"rule": "deadline-invalid", "line": row(30), "text": "6月31日",
     "why": "row 30 deadline 2024年6月31日前: June has 30 days (impossible date). Year and month alone (2024年6月) would be within regional task 86's 2024年"},
    {"rule": "unknown-unit", "line": row(12), "text": "区大数据局",
     "why": "利通区 has no 大数据局 (units.txt lists none; the lead for data work elsewhere in the draft is 区政府办公室); a slip copied from the city's 市大数据局 pattern"},
    {"rule": "garbled-text", "line": L("姹囪仛"), "text": "姹囪仛鏁村悎",
     "why": "UTF-8 bytes of 汇聚整合多源数据资源 read as GBK (mojibake) in the 强化辅助决策能力 sub-item"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "deliberately left out: 政务新媒体矩阵 (各市、县（区）分别负责) appears nowhere in the draft (no 新媒体, no 政策解读产品)"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

m("garbled-text", 1, "U+FEFF byte-order mark at the start of the file (WPS copy); not mojibake", "\ufeff")
m("basis-mismatch", L("吴利政发"), "the draft's own 文号 (吴利政发〔2024〕21号, with U+200B inside); not a basis citation", "吴利政发〔2024〕" + ZW + "21号")
m("unknown-unit", L("各乡镇人民政府、街道办事处，区直各部门"), "主送 line: 各 distributes over 乡镇人民政府、街道办事处; collectives, not unknown units", "街道办事处")
m("deadline-invalid", L("2024年4月18日"), "the issue date of the notice, not a deadline", "2024年4月18日")
m("garbled-text", L("\x0c"), "U+000C form feed at the page break before the plan's title; a control character, not mojibake")
m("basis-mismatch", L("国发〔2022〕"), "国发〔2022〕14号 is correct for 《国务院关于加强数字政府建设的指导意见》; a U+200B sits between 〕 and 14", "国发〔2022〕" + ZW + "14号")
m("basis-mismatch", L("宁政发〔2023〕17"), "宁政发〔2023〕17号 is correct for 《自治区人民政府关于加强数字政府建设的实施意见》; a U+200D sits between 17 and 号", "宁政发〔2023〕17" + ZWJ + "号")
m("basis-mismatch", L("宁政办发〔2020〕14号"), "retrospective mention in 工作基础 of the 2020 工作要点 (title and 文号 match); background, not a basis of this plan", "宁政办发〔2020〕14号")
m("deadline-invalid", L("截至2023年底"), "past dates in the 工作基础 background (截至2023年底, 已于2023年底前完成); not deadlines of this plan", "2023年底")
m("deadline-invalid", L("宁政办发〔2020〕14号"), "2020年 is part of the cited title 《宁夏回族自治区2020年“数字政府”建设工作要点》, not a deadline", "2020年")
m("basis-mismatch", L("现将《利通区数字政府建设实施方案》"), "the notice names the plan it issues (the draft itself), not a basis document", "利通区数字政府建设实施方案")
m("unknown-unit", row(28), "各乡镇人民政府、各街道办事处 are collectives; 区委政法委 is listed", "各乡镇人民政府")
m("deadline-later-than-baseline", L("截至2023年底"), "background achievements, not deadlines; also no later than any regional date")
m("garbled-text", L("截至2023年底"), "two U+000B vertical tabs (soft line breaks inside the paragraph) and a U+00A0 after “我的宁夏”; not mojibake")
m("deadline-later-than-baseline", L("到2024年"), "主要目标 到2024年底 (U+00AD inside 年­底): 外网区乡村全覆盖 = task 48 (2024年), 网上办掌上办就近办一次办 = task 84 (2024年), 系统迁移上云 = task 46 (2024年) / task 43 (2024年建成，持续推进): equal", "2024年" + SHY + "底")
m("deadline-invalid", L("到2024年"), "soft hyphen U+00AD between 年 and 底; the date is 2024年底, valid", "2024年" + SHY + "底")
m("deadline-invalid", L("“1347”体系框架全面成型"), "到20​25年 has a U+200B between 20 and 25; the year is 2025, not 20 or 25", "20" + ZW + "25年")
m("deadline-later-than-baseline", L("“1347”体系框架全面成型"), "到2025年 体系框架全面成型 equals the region's 2025 goal (34567 全面成型) and the 吴忠 plan's 2025 goal (1347 全面成型)")
m("deadline-later-than-baseline", L("到2035年"), "2035 goal equals the region's and the city's 到2035年 goal")
m("deadline-invalid", L("每年6月25日"), "the office's own half-yearly reporting dates (每年6月25日、12月20日前), not task deadlines", "6月25日")
m("unknown-unit", L("调整充实利通区推进数字政府建设领导小组"), "区人民政府 and 区政府办公室 are in units.txt (利通区人民政府 = 区人民政府; 区人民政府办公室 = 区政府办公室)", "区政府办公室")
m("garbled-text", L("一网" + SHY + "统管"), "soft hyphen inside 一网­统管 and U+200D inside 数字‍乡村; invisible characters, not mojibake")
m("unknown-unit", L("区发展和" + ZW + "改革局"), "区发展和​改革局 (U+200B inside) is 区发展和改革局; 区 distributes over 财政局 → 区财政局", "区发展和" + ZW + "改革局")
m("unknown-unit", L("市大数据管理服务局"), "city unit listed in units.txt (上级对口单位); the district liaises with it, not a regional body leading a local task", "市大数据管理服务局")
m("deadline-later-than-baseline", L("2024年底前实现区、乡镇"), "2024年底 for 外网 区乡村全覆盖 equals task 48 (2024年)", "2024年底")
m("unknown-unit", L("区委党校"), "区委党校 is in units.txt", "区委党校")
m("unknown-unit", row(1), "区委编办 in units.txt; 各乡镇人民政府、各街道办事处 are collectives (prefix 区 never distributes into 各…)", "各街道办事处")
m("deadline-later-than-baseline", row(1), "row 1 = task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年; 2024年 is earlier", "2024年")
m("unknown-unit", row(2), "区发展改革局 is the listed short name of 区发展和改革局; 区 distributes over 应急管理局 → 区应急管理局", "应急管理局")
m("deadline-later-than-baseline", row(2), "row 2 = task 3 (智慧园区), 持续推进，2025年取得明显成效: equal", "持续推进，2025年取得明显成效")
m("unknown-unit", row(3), "吴忠市公安局利通区‍分局 (U+200D inside) is the listed 吴忠市公安局利通区分局; a listed name is never split at 市/区", "吴忠市公安局利通区" + ZWJ + "分局")
m("deadline-later-than-baseline", row(3), "row 3 = task 5, 持续推进，2025年取得明显成效: equal")
m("unknown-unit", row(4), "区 distributes: 区卫生健康局、区民政局、区文化旅游体育广电局, all listed", "卫生健康局")
m("deadline-later-than-baseline", row(4), "row 4 = task 6, 持续推进，2025年取得明显成效; 2025年 equal")
m("deadline-later-than-baseline", row(5), "row 5 = task 7, 2023年形成试点经验，2025年取得明显成效; completing milestone 2025 equal", "2025年")
m("unknown-unit", row(8), "区农业­农村局 (U+00AD inside) is 区农业农村局; 各乡镇人民政府 is a collective", "区农业" + SHY + "农村局")
m("deadline-later-than-baseline", row(9), "row 9 = task 11, 2023年完成主要建设任务，2025年取得明显成效; 2025年取得明显成效 equal", "2025年取得明显成效")
m("unknown-unit", row(10), "区审批服务​管理局 (U+200B inside) is the listed 区审批服务管理局", "区审批服务" + ZW + "管理局")
m("deadline-later-than-baseline", row(11), "row 11 = task 23 (数字资源“一本账”), 2024年: equal")
m("deadline-later-than-baseline", row(14), "row 14 = tasks 40 and 54, both 2024年; 2024年底 equal", "2024年底")
m("deadline-later-than-baseline", row(16), "row 16 = tasks 47/48, 2024年; 2024年­底 (U+00AD inside) equal; the 重点任务 cell holds a U+000B soft line break, the row is still one row", "2024年" + SHY + "底")
m("deadline-later-than-baseline", row(17), "row 17 = task 49 (视频共享平台), 完成时限 2025年; 2024年底 is earlier", "2024年底")
m("deadline-later-than-baseline", row(20), "row 20 = task 56, 2025年; 2025 年 with U+00A0 equal", "2025" + NB + "年")
m("deadline-invalid", row(20), "2025 年 with a no-break space is a valid year", "2025" + NB + "年")
m("unknown-unit", row(21), "区发改局 is a listed short name of 区发展和改革局", "区发改局")
m("unknown-unit", row(22), "区工信商务局 is a listed short name of 区工业信息化和商务局", "区工信商务局")
m("unknown-unit", row(23), "区市场监管局 is a listed short name of 区市场监督管理局", "区市场监管局")
m("unknown-unit", row(25), "区 distributes over 司法局、信访局; 吴忠市公安局利通区分局 is listed", "信访局")
m("deadline-invalid", row(29), "2024　年 with an ideographic space U+3000 is a valid year; row 29 = task 84, 2024年, equal", "2024" + IS + "年")
m("deadline-later-than-baseline", row(29), "row 29 = task 84, 2024年: equal")
m("unknown-unit", row(30), "区审批局 is a listed short name of 区审批服务管理局", "区审批局")
m("deadline-later-than-baseline", row(30), "2024年6月31日 (invalid day) is still within task 86's 2024年; the error on this row is deadline-invalid only")
m("deadline-later-than-baseline", row(31), "row 31 = task 87, 2023年启动，2025年完成; 2025年 equal")
m("unknown-unit", row(32), "区工业信息化和商务局 is one listed name (not split at 和); 区 distributes over 审批服务管理局", "审批服务管理局")
m("unknown-unit", row(34), "吴忠市生态环境局利通分局 is listed in units.txt", "吴忠市生态环境局利通分局")
m("deadline-later-than-baseline", row(39), "row 39 = task 111, 2025年; 2024年底 is earlier", "2024年底")
m("deadline-later-than-baseline", row(42), "row 42 = task 121, 长期坚持: equal", "长期坚持")
m("garbled-text", row(16), "U+000B inside a table cell; not mojibake")

covers_spec = [
    (3, row(2)), (5, row(3)), (6, row(4)), (7, row(5)), (8, row(6)), (9, row(7)), (10, row(8)), (11, row(9)),
    (14, L("强化安全管理责任")), (15, L("强化安全管理责任")), (18, L("提升安全防护能力")),
    (21, row(10)), (22, L("推动政府职能数字化转变")), (23, row(11)), (24, L("创新项目管理机制")), (28, L("创新项目管理机制")),
    (25, L("（二）加大财政投入")), (32, L("健全数据管理机制")), (36, L("健全数据管理机制")),
    (40, row(14)), (41, row(13)), (42, row(12)), (46, row(15)), (47, row(16)), (48, row(16)), (49, row(17)), (50, row(18)),
    (52, row(19)), (56, row(20)), (57, row(21)), (64, row(1)), (66, row(22)), (68, L("（二）提升综合高效的市场监管能力")),
    (71, row(24)), (72, L("（二）提升综合高效的市场监管能力")), (73, row(23)), (77, row(25)), (79, row(26)), (80, row(27)),
    (83, row(28)), (84, row(29)), (86, row(30)), (87, row(31)), (89, row(32)), (93, row(33)), (94, row(34)), (96, row(35)),
    (97, L("（五）提升系统科学的生态环境保护能力")), (100, L("（五）提升系统科学的生态环境保护能力")), (102, L("（五）提升系统科学的生态环境保护能力")),
    (103, L("强化辅助决策能力")), (104, row(36)), (105, L("2025年底前形成覆盖区")), (106, row(37)), (107, row(38)),
    (108, L("提升行政监督和机关事务管理水平")), (111, row(39)), (112, row(40)), (113, L("（七）提升全面规范的政务公开能力")),
    (115, row(41)), (116, L("（一）加强组织领导")), (118, L("（三）提升数字素养")), (121, row(42)), (123, L("（四）强化考核评价")),
    (124, L("（四）强化考核评价")),
]
covers = [{"task": t, "line": ln} for t, ln in covers_spec]

key = {
    "writer": "blind writer, round 358; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": datetime.date.today().isoformat(),
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("利通区 (吴忠市) 2024 实施方案 as copied out of WPS: BOM at the start, U+200B/U+200D/U+00AD inside words, unit names, dates and 文号, "
              "U+00A0 and U+3000 (indentation, table padding, inside two dates), U+000B soft line breaks inside paragraph 15 and inside a cell of table row 16, "
              "U+000C at the page break at the start of line 9. Line numbers count LF only: U+000B and U+000C are NOT line breaks "
              "(a reader that uses Python str.splitlines() would see 4 extra lines: 2 on line 15, 1 at line 9, 1 on line 78). "
              "The units file is 利通区's own registry (区 units, 驻区派出机构, a few 吴忠 units); the parent is the 吴忠 plan. "
              "The attachment's task rows avoid regional tasks whose 完成时限 is 2023 (a 2024 plan cannot meet them); those tasks are taken up in the body without dates. "
              "Planted: one basis (工作方案), two late deadlines (task 93 row, task 105 sentence), one impossible date (6月31日), one unknown unit (区大数据局), one mojibake run; task 114 deliberately omitted."),
}
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e.get("text"))
