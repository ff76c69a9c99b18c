# Helper (blind writer): writes key.json. Task numbers N = order (1-based) of the 43 inline
# （责任单位…完成时限…） notes in seeds/guangxi-2022-shishi-yijian.txt; seed line in brackets.
import json
G = "guangxi"
E = lambda rule, line, text, why: {"rule": rule, "line": line, "text": text, "why": why}
expect = [
 E("basis-mismatch", 10, "国务院关于加快推进数字政府建设的指导意见",
   "wrong title: 国发〔2022〕14号 is 《国务院关于加强数字政府建设的指导意见》 (加快推进 for 加强)"),
 E("deadline-later-than-baseline", 20, "2026年",
   "主要目标: regional goal is 到2025年 数字政府体系框架基本形成 (seed line 35); the county sets 到2026年 for the same goal"),
 E("deadline-later-than-baseline", 85, "2026年底",
   "task row 9 = guangxi task 8 (12345热线归并、与110/119/120/122联动, seed line 63), 完成时限 2025年底; the county's own body text (line 31) even says 到2025年底"),
 E("deadline-invalid", 108, "2022年12月底",
   "task row 27 (迁移上云 = guangxi task 36, seed line 161, 持续开展): 2022年12月底前 lies before the plan's own year 2023 (issued 2023-08-18); a slip copied from an older plan"),
 E("unknown-unit", 103, "县电子政务办",
   "no such body in units.txt (the former 电子政务办 functions sit with 县大数据发展局); not a registered short name"),
 E("garbled-text", 104, "缁忚垂绾冲叆閮ㄩ棬",
   "备注 cell of row 23 is UTF-8 read as GBK: 缁忚垂绾冲叆閮ㄩ棬骞村害棰勭畻 = 经费纳入部门年度预算"),
]
M = lambda rule, line, text, why: ({"rule": rule, "line": line, "text": text, "why": why} if text else {"rule": rule, "line": line, "why": why})
must = [
 M("basis-mismatch", 2, "全政办发〔2023〕27号", "the notice's own 文号, not a cited basis document"),
 M("basis-mismatch", 10, "桂政发〔2022〕31号", "correct title and 文号 of the regional 实施意见 (the baseline)"),
 M("basis-mismatch", 13, "国发〔2016〕55号", "retrospective mention in 发展现状 of an older document, with its correct title and 文号; not cited as basis"),
 M("deadline-invalid", 13, "2022年", "past date in the background (an achievement), not a deadline"),
 M("deadline-invalid", 13, "2023年6月底", "status date (截至…) in the background, not a deadline"),
 M("deadline-invalid", 7, "2023年8月18日", "the notice's issue date"),
 M("deadline-later-than-baseline", 21, "2035年", "远景目标 到2035年 equals the regional 到2035年 (seed line 37)"),
 M("deadline-later-than-baseline", 26, "2024年底", "earlier than guangxi task 3 (一体化在线监管, seed line 49), 完成时限 2025年底"),
 M("deadline-later-than-baseline", 31, "2025年底", "到2025年底 for 12345热线 equals guangxi task 8 (seed line 63), 2025年底; same line also has 2025年底前 for 智桂通 = guangxi task 9 (seed line 65), 2025年底 — equal"),
 M("deadline-later-than-baseline", 73, "持续开展", "guangxi task 1 (seed line 43) is 持续开展; the county copies it"),
 M("deadline-later-than-baseline", 75, "2024年底", "row 3 = guangxi task 3 (seed line 49), 2025年底: the county is earlier"),
 M("deadline-later-than-baseline", 75, "2025年底", "备注 restates the regional deadline of task 3 (2025年底); equal, not a later county deadline"),
 M("deadline-later-than-baseline", 81, None, "row 5's 完成时限 cell is empty: a merged cell continuing row 4's 持续开展 (guangxi task 4, 持续开展); nothing later"),
 M("deadline-later-than-baseline", 86, "2025年底", "row 10 = guangxi task 9 (智桂通, seed line 65), 2025年底: equal"),
 M("deadline-later-than-baseline", 98, "2024年6月底", "row 17 = guangxi task 20 (行政执行/综合办公平台, seed line 91), 持续开展: a dated county milestone cannot be later than an ongoing task"),
 M("deadline-later-than-baseline", 100, "2025年12月底", "row 19 = guangxi task 22 (政务公开, seed line 97), 2025年底: 2025年12月底前 is the same date"),
 M("deadline-later-than-baseline", 109, "2024年底", "row 28 = guangxi task 37 (电子政务外网/IPv6, seed line 165), 持续开展: a dated milestone, not later"),
 M("deadline-invalid", 114, "2023年9月底", "in the plan's own year (2023), after the issue date; not before the document's year"),
 M("deadline-invalid", 65, "2023年9月15日", "the office's own reporting date (联络员名单), in the plan year"),
 M("deadline-invalid", 65, "12月10日", "recurring reporting dates (每年6月30日、12月10日前), not task deadlines"),
 M("deadline-invalid", 116, "12月10日", "备注: recurring reporting date for the annual summary"),
 M("deadline-invalid", 115, "每年", "recurring task (annual training), a valid ongoing form"),
 M("unknown-unit", 4, "县直各委、办、局", "collective addressee of the notice"),
 M("unknown-unit", 75, "桂林市市场监督管理局", "桂林市 body as a cooperating (配合) unit of a county task; listed in units.txt"),
 M("unknown-unit", 75, None, "empty 牵头单位 cell: merged cell continuing 县市场监管局 of row 2 (说明 on line 71); not an unknown or missing unit"),
 M("unknown-unit", 76, "各乡镇人民政府", "collective subject"),
 M("unknown-unit", 76, "全州镇", "备注 names pilot towns (全州镇、绍水镇), places not responsible units"),
 M("unknown-unit", 77, "县信访局", "first unit of a quoted multi-line cell (leading \" from the spreadsheet export); registered"),
 M("unknown-unit", 81, "县人民检察院", "last unit of a quoted multi-line cell (trailing \"); registered"),
 M("unknown-unit", 86, "县大数据局", "registered short name of 县大数据发展局"),
 M("unknown-unit", 86, "桂林市大数据发展局", "桂林市 body as a cooperating unit; listed in units.txt"),
 M("unknown-unit", 91, "县人社局", "registered short name of 县人力资源和社会保障局, inside a multi-line 牵头 cell"),
 M("unknown-unit", 93, "县卫健局", "registered short name of 县卫生健康局 (县残联 on the same line is the short name of 县残疾人联合会)"),
 M("unknown-unit", 94, "桂林市全州生态环境局", "the city's 生态环境局 branch stationed in the county (vertical management); listed in units.txt and correct as lead"),
 M("unknown-unit", 96, "桂林市全州生态环境局", "same body as a cooperating unit"),
 M("unknown-unit", 106, "县直各部门（单位）", "collective subject"),
 M("unknown-unit", 109, "各村（社区）", "collective subject"),
 M("unknown-unit", 115, "县委党校", "registered county unit"),
 M("garbled-text", 89, "\"\"一卡通\"\"", "doubled ASCII quotes are the spreadsheet's escaping of quotes inside a quoted cell, not mojibake"),
 M("missing-pillar", 0, None, "all pillars are taken up: 七个能力 (sections 二(一)–(七)), 安全保障 (三), 制度规则 (四), 数据资源 (五), 平台支撑 (六), 数字经济/数字社会/数字生态 (七, lines 60–62), 党的领导 (八)"),
]
covers = [
 (1, 73), (2, 74), (3, 75), (4, 76), (5, 82), (6, 83), (7, 84), (8, 85), (9, 86),
 (10, 32), (11, 32), (12, 32), (15, 93), (16, 94), (17, 95), (18, 96),
 (19, 97), (20, 98), (21, 99), (22, 100), (23, 101), (24, 102), (25, 42), (26, 103), (27, 44),
 (28, 46), (29, 104), (30, 48), (31, 105), (32, 50), (33, 52), (34, 106), (35, 107),
 (36, 108), (37, 109), (38, 58), (39, 110), (41, 111), (42, 112), (43, 113),
]
key = {
 "writer": "blind writer, round 260; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": must,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("全州县人民政府办公室 notice of 2023-08-18 with the county 实施方案 (lines 9–67) and its 任务分工表 (lines 68–116), "
           "pasted from a spreadsheet: tab-separated, 7 columns, merged cells left empty on continuing rows (说明 line 71), "
           "multi-line cells in ASCII double quotes (lines 77–81 and 87–92, doubled quotes inside on line 89). "
           "Task numbers: the 43 inline （责任单位…完成时限…） notes of seeds/guangxi-2022-shishi-yijian.txt in order (1 = seed line 43 … 43 = seed line 187); "
           "task 23 (seed line 103) names no 各市人民政府. Tasks 13 (智慧工地), 14 (智慧体育) and 40 (开放生态支撑平台) are not taken up; "
           "they are not planted mistakes (information only). Table rows not listed in covers map as: row 11 (lines 87–92) also takes up tasks 10–12 (covers give body line 32)."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
