# Builds key.json; every line number is looked up in draft.txt by a unique substring (1-based).
import json, pathlib
here = pathlib.Path(__file__).parent
L = (here / "draft.txt").read_text(encoding="utf-8").splitlines()

def ln(sub, text=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits[0])
    return hits[0]

def row(n):  # table row "n. ..."
    return ln(f"\t{n}. ")

def E(rule, at, text, why, **kw):
    d = {"rule": rule, "line": at, "text": text, "why": why}
    assert text in L[at - 1], (rule, at, text)
    d.update(kw); return d

def N(rule, at, text, why):
    if text: assert text in L[at - 1], (rule, at, text)
    d = {"rule": rule, "line": at}
    if text: d["text"] = text
    d["why"] = why; return d

expect = [
 E("basis-mismatch", ln("《自治区人民政府关于加强数字政府建设的实施意见》"), "宁政办发〔2023〕17号",
   "the region's 实施意见 is 宁政发〔2023〕17号 (自治区人民政府, 2023-05-16); 宁政办发 is the 政府办公厅 series, so the 文号 does not belong to the title"),
 E("deadline-later-than-baseline", ln("到2026年，全县数字政府建设"), "2026年",
   "主要目标: the region's goal is 到2025年 '34567'体系框架全面成型; the county sets the same goal (its own framework 全面成型, same wording) for 2026"),
 E("deadline-later-than-baseline", row(18), "2025年底",
   "row 18 (电子政务外网升级改造、骨干/出口带宽扩容) is task 47, 完成时限 '2024 年'; 2025年底前 is a year late"),
 E("deadline-invalid", row(25), "2022年底",
   "row 25 (地理信息资源共建共享, task 58, 完成时限 2024年): 2022年底前 lies before the plan's own year 2024 (typo for 2024)"),
 E("unknown-unit", row(24), "县发展改革委",
   "not in units.txt: the county body is 县发展和改革局 (县发改局), used correctly in rows 8 and 27 and line 29; 发展改革委 is the regional/city form"),
 E("unknown-unit", row(41), "自治区政府办公厅",
   "a regional body written as the lead (牵头) of county work: row 41 (推广使用协同办公平台 in 县直部门和乡镇, task 104) copies the region's cell '自治区政府办公厅牵头负责'; the county lead should be a county unit"),
]

mnf = [
 N("basis-mismatch", ln("（国发〔2022〕14号）"), "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"),
 N("basis-mismatch", ln("宁政办发〔2023〕11号"), "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 is a 政府办公厅 document; 宁政办发〔2023〕11号 is its real 文号 (the 吴忠 plan cites it the same way) - contrast with the planted 宁政办发〔2023〕17号 on the same line"),
 N("basis-mismatch", ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in 发展基础 (近年来，我县按照…); correct title and 文号, not cited as the plan's basis"),
 N("basis-mismatch", ln("西政办发〔2024〕19号"), "西政办发〔2024〕19号", "the notice's own 文号, not a basis citation"),
 N("deadline-invalid", ln("截至2023年底"), "2023年底", "past dates in the background (截至2023年底 … 2023年，…建成运行): achievements, not deadlines"),
 N("deadline-later-than-baseline", ln("到2024年底，县、乡、村三级"), "2024年底", "county's own near-term goal: 外网全覆盖 equals task 48 (2024 年), 接入自治区政务数据平台 is earlier than task 29 (2023年启动，2025年完成); it does not restate the region's 2023 goal"),
 N("deadline-later-than-baseline", ln("到2035年，与政府治理能力现代化"), "2035年", "equal to the region's 到2035年 goal"),
 N("deadline-invalid", ln("每季度末月25日前"), "12月10日", "the office's own reporting dates (每季度末月25日前、每年12月10日前), not task deadlines"),
 N("deadline-later-than-baseline", ln("实施期至2025年12月31日"), "2025年12月31日", "implementation period ends with the region's 2023—2025 task list; not a task deadline and not later"),
 N("deadline-later-than-baseline", row(1), "2024年底取得明显成效", "task 2 完成时限 '2023 年启动，2024 年取得明显成效': equal"),
 N("deadline-later-than-baseline", row(4), "2025年", "task 7 '2023年形成试点经验，2025年取得明显成效': equal"),
 N("deadline-later-than-baseline", row(12), "2024年底", "task 29 '2023年启动，2025年完成': earlier"),
 N("deadline-later-than-baseline", row(13), "2024年6月底前", "task 34 '2024年': earlier"),
 N("deadline-later-than-baseline", row(17), "2024年完成迁移，持续推进", "task 43 '2024 年建成，持续推进' (and task 46 '2024 年'): equal"),
 N("deadline-later-than-baseline", row(19), "2024年9月底前", "task 48 '2024 年': earlier"),
 N("deadline-later-than-baseline", row(20), "2025年", "task 49 '2025 年': equal"),
 N("deadline-later-than-baseline", row(26), "2024年6月底前", "task 64 '2025年': earlier"),
 N("deadline-later-than-baseline", row(36), "2025年", "task 87 '2023年启动，2025年完成': equal"),
 N("deadline-later-than-baseline", row(45), "持续推进，2024年取得明显成效", "task 108 '长期推进，2024年取得明显成效': equal"),
 N("deadline-later-than-baseline", row(48), "长期坚持", "task 121 '长期坚持': equal"),
 N("unknown-unit", ln("形成上下协同、一体联动、齐抓共管的工作格局（"), "各乡镇人民政府", "collective subjects (各乡镇人民政府, 县直各部门（单位）)"),
 N("unknown-unit", ln("向县人民政府和固原市大数据管理服务局报告"), "固原市大数据管理服务局", "the higher body the county reports to, in prose; listed in units.txt"),
 N("unknown-unit", ln("自治区工业和信息化厅支持"), "自治区工业和信息化厅", "regional body as supporter (支持), the county bureau leads"),
 N("unknown-unit", ln("营造清朗网络空间（"), "自治区党委网信办", "regional body as 业务指导; 县委网信办 leads"),
 N("unknown-unit", ln("固原市委网信办业务指导"), "固原市委网信办", "city body as 业务指导, listed in units.txt"),
 N("unknown-unit", ln("依托自治区政府办公厅统一建设的政务信创云"), "自治区政府办公厅", "the regional body that builds the platform the county uses (prose), not a lead of county work"),
 N("unknown-unit", ln("（自治区公安厅指导，县公安局负责）"), "自治区公安厅", "regional body as 指导; 县公安局 responsible"),
 N("unknown-unit", row(2), "自治区工业和信息化厅", "regional body as 业务指导; 固原市生态环境局西吉分局 (配合) is the county's environmental organ, in units.txt"),
 N("unknown-unit", row(4), "自治区教育厅", "regional body as 业务指导"),
 N("unknown-unit", row(7), "县供销社", "official short name of 县供销合作社联合社 (units.txt); 自治区供销社 only as 业务指导"),
 N("unknown-unit", row(10), "固原市大数据管理服务局", "自治区政府办公厅 and 固原市大数据管理服务局 as 业务指导 beside the county lead (the brief's pattern)"),
 N("unknown-unit", row(10), "自治区政府办公厅", "regional body as 业务指导 beside the county lead 县大数据服务中心 (the brief's pattern), not the lead"),
 N("unknown-unit", row(12), "自治区政府办公厅", "'平台由自治区政府办公厅统一建设': the builder of the platform, the county lead is 县大数据服务中心"),
 N("unknown-unit", row(14), "自治区档案局", "regional body as 业务指导; 县档案馆 leads"),
 N("unknown-unit", row(17), "自治区政府办公厅", "'政务信创云由自治区政府办公厅统一建设': builder, not lead"),
 N("unknown-unit", row(18), "固原市大数据管理服务局", "city body as 业务指导 (the row's error is its deadline, not its units)"),
 N("unknown-unit", row(19), "宁夏通信管理局", "regional body outside government proper as supporter (支持)"),
 N("unknown-unit", row(20), "自治区党委政法委", "builder of the 全区统一视频共享平台; 县委政法委 leads"),
 N("unknown-unit", row(29), "承担监管职责的县直有关部门（单位）", "collective subject (county form of 承担监管职责的自治区有关部门（单位）)"),
 N("unknown-unit", row(30), "固原市委政法委", "city body as 业务指导, listed in units.txt"),
 N("unknown-unit", row(33), "各村（社区）", "collective subject"),
 N("unknown-unit", row(38), "固原市生态环境局西吉分局", "named after the city but it is the county's own environmental organ (listed in units.txt), so it may lead county work"),
 N("unknown-unit", row(39), "自治区水利厅", "listed first but with an explicit role 业务指导; 县水务局 负责. The note on line 66 (first-listed unit leads) concerns 牵头单位, and this cell names its own roles"),
 N("unknown-unit", row(44), "自治区机管局", "regional body as 业务指导; 县机关事务服务中心 leads"),
]

T = {  # task -> draft line
 2: row(1), 3: row(2), 6: row(3), 7: row(4), 8: row(5), 10: row(6), 11: row(7), 12: row(8),
 14: ln("强化安全管理责任。落实县、乡两级"), 15: ln("强化安全管理责任。落实县、乡两级"),
 17: ln("落实安全制度要求。"), 18: ln("提升安全防护能力。"),
 21: row(9), 23: row(10), 28: row(11), 29: row(12), 34: row(13), 40: row(14), 41: row(15), 42: row(16),
 43: row(17), 47: row(18), 48: row(19), 49: row(20), 52: row(21), 54: row(22), 56: row(23), 57: row(24), 58: row(25),
 64: row(26), 66: row(27), 71: row(28), 74: row(29), 77: row(30),
 78: ln("建设县公安大数据应用平台"), 79: row(31), 80: row(32), 83: row(33),
 84: row(34), 86: row(35), 87: row(36), 93: row(37), 95: row(38), 96: row(39), 98: row(40),
 104: row(41), 105: row(42), 106: row(43), 107: row(44), 108: row(45), 112: row(46), 114: row(47),
 116: ln("纳入“一把手工程”"), 118: ln("每年至少开展2期"), 121: row(48),
}
covers = [{"task": k, "line": v} for k, v in sorted(T.items())]

key = {
 "writer": "blind writer, round 514; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("西吉县 (固原市) 2024 county plan implementing 宁政发〔2023〕17号 directly; no 固原市 plan is cited and none is used as a parent. "
           "Responsibility notes name higher bodies beside the county's own units as 业务指导 / 指导 / 支持 or as the builder of a platform the county uses "
           "(自治区政府办公厅, 自治区公安厅, 固原市大数据管理服务局 …); only row 41 makes a higher body the lead (牵头) of county work. "
           "City-level guiding bodies are listed in units.txt under a comment; 固原市生态环境局西吉分局 is the county's own environmental organ. "
           "All framework pillars are present: 三个驱动 (lines 27-29), 四个支撑 (31-48), 五个一/六级贯通 as 一套体系 (22-25), 七个能力 (50-56), 党的领导 (57-61). "
           "Tasks whose regional deadline is 2023 are taken up in the body without dates, so no 2023 deadline is copied into the 2024 plan. "
           "helper scripts: make_draft.py (body.txt + table -> draft.txt), make_key.py (looks up every line number)."),
}
(here / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e["text"])
