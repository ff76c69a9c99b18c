# Writes key.json for blind case 591; every line number is found from draft.txt, never typed by hand.
import json

L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L.pop()


def ln(*needles):
    """1-based number of the one line that contains all needles."""
    hits = [i + 1 for i, s in enumerate(L) if all(n in s for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]


def row(n):
    """line of task-list row n (first cell == n)."""
    hits = [i + 1 for i, s in enumerate(L) if s.split("\t")[0] == str(n) and "\t" in s]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(n, k):
    return L[row(n) - 1].split("\t")[k]


GARB = "事件信息发布和政务舆情回应工作，及时澄清事实、解疑释".encode("utf-8").decode("gbk")

expect = [
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (slip of one character)"},
    {"rule": "unknown-unit", "line": ln("盐池县智慧城市运营有限公司"), "text": "盐池县智慧城市运营有限公司",
     "why": "no such company: not in units.txt (the county's enterprises are 县城投公司, 国网盐池县供电公司, the two telecom branches and 宁夏智汇云软件科技有限公司)"},
    {"rule": "unknown-unit", "line": ln("县疾病预防控治中心"), "text": "县疾病预防控治中心",
     "why": "misspelt institution: 控治 for 控制; units.txt has 县疾病预防控制中心 (= 县疾控中心), spelt correctly on lines %d, %d, %d, %d"
            % (ln("到2024年底"), ln("深化“互联网+医疗健康”应用"), ln("完善主题数据库"), row(4))},
    {"rule": "deadline-later-than-baseline", "line": row(34), "text": cell(34, 4),
     "why": "task-list row 34 (填表报数系统) is regional task 106, 完成时限 2025年; 2026年6月底前 is later"},
    {"rule": "deadline-later-than-baseline", "line": row(36), "text": cell(36, 4),
     "why": "task-list row 36 (政务公开信息化平台) is regional task 112, 完成时限 2024年; 2025年6月底前 is later"},
    {"rule": "deadline-invalid", "line": row(20), "text": "2024年13月",
     "why": "impossible month (13月) in task-list row 20 (非税收入收缴电子化, regional task 56, 完成时限 2025年); meant 12月, which would be earlier than the region"},
    {"rule": "garbled-text", "line": ln(GARB[:6]), "text": GARB[:8],
     "why": "UTF-8 bytes read as GBK in the 政务新媒体 sentence (事件信息发布和政务舆情回应工作，及时澄清事实、解疑释); re-encoding as GBK and decoding as UTF-8 recovers it"},
]

M = []


def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)


# basis documents
nf("basis-mismatch", ln("国发〔2022〕14号"), "《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）: title and 文号 match", "国发〔2022〕14号")
nf("basis-mismatch", ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan; correct", "宁政办发〔2023〕11号")
nf("basis-mismatch", ln("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "the city plan cited by its exact title without a 文号, as the city plan itself has none in its text", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
nf("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention in 工作基础 (自2020年…印发以来) of the 2020 工作要点 with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
# dates that are not deadlines or are not late
nf("deadline-invalid", ln("盐政办发〔2024〕12号"), "the notice's own 文号 year", "盐政办发〔2024〕12号")
nf("deadline-invalid", ln("2024年3月18日"), "the office's own issue date", "2024年3月18日")
nf("deadline-invalid", ln("截至2023年底"), "past dates in the background (2020年, 2021年, 2022年, 截至2023年底) are history, not deadlines before the issue year", "截至2023年底")
nf("deadline-later-than-baseline", ln("截至2023年底"), "background achievements, not deadlines", "2023年底")
nf("deadline-later-than-baseline", ln("到2024年底"), "2024 goal: 城域网 upgrade = task 48 (2024年), equal; 数字校园 = task 7 (2023年形成试点经验，2025年取得明显成效), earlier; no regional 主要目标 for the same things", "2024年底")
nf("deadline-later-than-baseline", ln("到2025年，全县"), "框架全面落地 by 2025 equals the region's 到2025年 “34567”体系框架全面成型 and the 吴忠 plan's 到2025年 “1347”体系框架全面成型", "2025年")
nf("deadline-later-than-baseline", ln("到2035年"), "equal to the region's and the city's 到2035年 goal", "2035年")
nf("deadline-later-than-baseline", ln("电子病历系统应用水平达到4级"), "inline 2024年底前 for 互联网+医疗健康 = task 8 (持续推进，2025年取得明显成效): earlier; 4级/3级 are levels, not dates", "2024年底前")
nf("deadline-later-than-baseline", ln("2024年4月底前制定细化落实措施"), "the office's own follow-up and reporting dates (2024年4月底前 细化措施, 每年6月20日、12月20日前 报送), not task deadlines", "2024年4月底前")
# task-list rows: equal or earlier
rows = {
    1: (3, "持续推进，2025 年取得明显成效", "equal"),
    2: (2, "2023 年启动，2024 年取得明显成效", "equal (completing milestone 2024)"),
    3: (7, "2023年形成试点经验，2025年取得明显成效", "earlier"),
    4: (8, "持续推进，2025年取得明显成效", "earlier"),
    5: (9, "持续推进，2025年取得明显成效", "equal"),
    6: (10, "持续推进，2025年取得明显成效", "equal"),
    7: (11, "2023年完成主要建设任务，2025年取得明显成效", "equal (completing milestone 2025)"),
    8: (18, "2023年形成机制，长期坚持", "ongoing, no later milestone; the county plan of 2024 cannot restate 2023"),
    9: (21, "2024年", "equal"),
    10: (28, "2023年启动，2025年取得明显成效", "equal"),
    11: (34, "2024年", "equal"),
    12: (41, "2024年", "earlier"),
    13: (42, "2024年", "earlier"),
    14: (46, "2024 年", "equal (also task 43, 2024 年建成，持续推进)"),
    15: (47, "2024 年", "equal"),
    16: (48, "2024 年", "earlier"),
    17: (50, "2024 年", "equal"),
    18: (49, "2025 年", "equal"),
    19: (54, "2024年", "equal"),
    21: (64, "2025年", "earlier"),
    22: (71, "2024年", "equal"),
    23: (79, "2024年", "equal"),
    24: (80, "2024年", "equal"),
    25: (83, "2025年", "equal"),
    26: (84, "2024年", "equal"),
    27: (86, "2024年", "equal"),
    28: (87, "2023年启动，2025年完成", "equal"),
    29: (93, "2024年", "equal"),
    30: (94, "2024年", "equal (task 95, 2025年, earlier)"),
    31: (96, "2025年", "equal"),
    32: (98, "2024年", "equal"),
    33: (105, "2024年", "equal (also task 104, 2024年)"),
    35: (107, "2025年", "equal"),
    37: (114, "2024年", "equal"),
    38: (115, "2024年", "equal"),
    39: (121, "长期坚持", "equal"),
}
for r, (task, due, rel) in rows.items():
    nf("deadline-later-than-baseline", row(r), "task-list row %d = regional task %d, 完成时限 %s; %s is %s" % (r, task, due, cell(r, 4), rel), cell(r, 4))
# units: collectives, aliases, prefixes, ordinals, institutions and enterprises
nf("unknown-unit", ln("各有关企事业单位："), "addressees: 各乡镇人民政府, 县直各部门（单位）, 各有关企事业单位 are collectives", "各有关企事业单位")
nf("unknown-unit", ln("推动产业数字化"), "宁夏智汇云软件科技有限公司 is in units.txt (a 宁夏 software company, not a regional body)", "宁夏智汇云软件科技有限公司")
nf("unknown-unit", ln("加快“智慧园区”建设"), "盐池工业园区管委会 and 中国电信盐池分公司 are short names in units.txt", "中国电信盐池分公司")
nf("unknown-unit", ln("推进教育数字化"), "县第一中学、第二小学: the prefix 县 distributes, giving 县第二小学 (units.txt); ordinals are part of the names", "第二小学")
nf("unknown-unit", ln("推进教育数字化"), "各中小学校 is a collective subject", "各中小学校")
nf("unknown-unit", ln("推进教育数字化"), "中国移动盐池分公司 is a short name of 中国移动通信集团宁夏有限公司盐池分公司 in units.txt", "中国移动盐池分公司")
nf("unknown-unit", ln("深化“互联网+医疗健康”应用"), "县人民医院、中医医院: the prefix 县 distributes, giving 县中医医院 (units.txt)", "中医医院")
nf("unknown-unit", ln("深化“互联网+医疗健康”应用"), "宁夏第五人民医院 is a short name in units.txt (远程医疗 partner, cooperating only, not a lead)", "宁夏第五人民医院")
nf("unknown-unit", ln("深化“互联网+医疗健康”应用"), "各医疗卫生机构 is a collective subject", "各医疗卫生机构")
nf("unknown-unit", ln("盐池县智慧城市运营有限公司"), "县城投公司 and 县供电公司 on the same line are short names in units.txt (only 盐池县智慧城市运营有限公司 is wrong)", "县城投公司")
nf("unknown-unit", ln("推进数字乡村建设。"), "各乡镇人民政府 (具体负责) is a collective", "各乡镇人民政府")
nf("unknown-unit", ln("营造良好数字生态") + 1, "县发展和改革局、县委网信办 lead; all names in units.txt", "县发展和改革局")
nf("unknown-unit", ln("强化安全管理责任"), "县直各部门（单位） is a collective; 县融媒体中心 and the hospitals are in units.txt", "县直各部门（单位）")
nf("unknown-unit", ln("推进公共数据融合应用"), "电信盐池分公司 and 移动盐池分公司 are short names in units.txt", "电信盐池分公司")
nf("unknown-unit", ln("（一）健全组织机构"), "县城市建设投资有限公司 is a short name of 盐池县城市建设投资有限公司; 县推进数字政府建设领导小组 is in units.txt", "县城市建设投资有限公司")
nf("unknown-unit", ln("（二）厘清层级职责"), "各乡镇（街道）、各村（社区） are collectives", "各村（社区）")
nf("unknown-unit", ln("（三）提升数字素养"), "县委党校 is in units.txt", "县委党校")
nf("unknown-unit", row(3), "县第一中学、县第二小学 (ordinal names, in units.txt) and the collective 各中小学校", "县第一中学")
nf("unknown-unit", row(7), "县供销社 is the short name of 县供销合作社联合社", "县供销社")
nf("unknown-unit", row(13), "国网盐池县供电公司, 县城投公司, 电信盐池分公司: enterprise names in units.txt (one canonical, two short)", "电信盐池分公司")
nf("unknown-unit", row(18), "移动盐池分公司 is a short name in units.txt", "移动盐池分公司")
nf("unknown-unit", row(20), "县第一中学、县第二小学 with the hospitals as cooperating units: all in units.txt", "县第二小学")
nf("unknown-unit", row(30), "吴忠市生态环境局盐池分局 (the city bureau's county branch) is in units.txt; a local body, not a regional one", "吴忠市生态环境局盐池分局")
nf("unknown-unit", row(25), "各乡镇人民政府、各村（社区） are collectives", "各村（社区）")

covers_map = [
    (2, row(2)), (3, row(1)), (5, ln("完善数字经济治理")), (6, ln("推动数字化服务普惠应用")), (7, row(3)), (8, row(4)),
    (9, row(5)), (10, row(6)), (11, row(7)), (12, ln("积极对接自治区数据交易平台")), (14, ln("强化安全管理责任")),
    (15, ln("强化安全管理责任")), (18, row(8)), (21, row(9)), (24, ln("健全政务信息化项目会商机制")), (28, row(10)),
    (30, ln("完善数据管理机制")), (32, ln("完善数据管理机制")), (34, row(11)), (36, ln("深化数据高效共享")), (41, row(12)),
    (42, row(13)), (46, row(14)), (47, row(15)), (48, row(16)), (49, row(18)), (50, row(17)), (54, row(19)), (56, row(20)),
    (64, row(21)), (66, ln("（一）提升经济调节能力")), (68, ln("（二）提升市场监管能力")), (71, row(22)),
    (72, ln("（二）提升市场监管能力")), (77, ln("（三）提升社会管理能力")), (79, row(23)), (80, row(24)), (83, row(25)),
    (84, row(26)), (86, row(27)), (87, row(28)), (93, row(29)), (94, row(30)), (96, row(31)), (98, row(32)), (104, row(33)),
    (105, row(33)), (106, row(34)), (107, row(35)), (112, row(36)), (114, row(37)), (115, row(38)), (116, ln("（一）加强组织领导")),
    (118, ln("（三）提升数字素养")), (121, row(39)), (122, ln("（四）强化考核评价")), (123, ln("（四）强化考核评价")),
]
covers = [{"task": t, "line": l} for t, l in covers_map]

key = {
    "writer": "blind writer, round 591; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("盐池县 2024 实施方案 (盐政办发〔2024〕12号, 2024-03-18) following the regional 34567 framework, with a 39-row task list "
              "(tab-separated, header 序号/重点任务/牵头单位/配合单位/完成时限) whose note says the first-listed lead is the main lead. "
              "Public institutions (县人民医院, 县中医医院, 县第一中学, 县第二小学, 县疾病预防控制中心, 县融媒体中心) and enterprises "
              "(国网盐池县供电公司, 中国电信/中国移动盐池分公司, 县城投公司, 宁夏智汇云软件科技有限公司) are named as cooperating units "
              "in inline notes and in the table; all of them, with their short names, are in units.txt. City units other than "
              "吴忠市生态环境局盐池分局 are not used. task-uncovered is not planted; tasks the county leaves out are not annotated."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
