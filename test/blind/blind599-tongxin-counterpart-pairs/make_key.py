# -*- coding: utf-8 -*-
# Builds key.json; every line number is found in draft.txt by a substring and checked.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(*subs):
    hits = [i for i, l in enumerate(L, 1) if all(s in l for s in subs)]
    assert len(hits) == 1, (subs, hits)
    return hits[0]

def row(task):
    hits = [i for i, l in enumerate(L, 1) if len(l.split("\t")) == 8 and l.split("\t")[2] == str(task)]
    assert len(hits) == 1, (task, hits)
    return hits[0]

def E(rule, line, text, why, **kw):
    assert text is None or text in L[line - 1], (rule, line, text)
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    return d

expect = [
    E("basis-mismatch", ln("宁政发〔2023〕71号"), "宁政发〔2023〕71号",
      "the region's 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (digits transposed); line 13 of the same draft gives it correctly"),
    E("unknown-unit", row(18), "县网信局",
      "county lead column: no such body in units.txt; the county's 网信 body is 县委网信办 (as the row's own 对口 column and line 79 say)"),
    E("deadline-later-than-baseline", row(29), "2026年",
      "task 29 完成时限 '2023年启动，2025年完成'; the county completes '2024年启动，2026年完成', a year after the region"),
    E("unknown-unit", row(46), "自治区政府办公厅",
      "county lead column names the regional body (copied from the 对口 column's first segment); a regional body cannot lead the county's task 46 row — the county part of the pairing is 县大数据服务中心"),
    E("unknown-unit", row(79), "县公安厅",
      "county part of the 各级对口单位 column: there is no 县公安厅 (厅 copied from 自治区公安厅); the county body is 县公安局, in units.txt and in the row's 配合 column"),
    E("deadline-later-than-baseline", row(86), "2025年6月底",
      "task 86 完成时限 '2024年'; the county's '2025年6月底前' is later"),
    E("deadline-invalid", row(105), "2024年6月31日",
      "June has 30 days: impossible date (task 105 is due 2024年, so the year itself is fine)"),
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "deliberately left out: task 112 (完善各类政务公开信息化平台, 自治区各部门及各市、县（区）分别负责, 2024年) has no row; 政务公开 is taken up only through tasks 114 and 115"},
]

M = []
def N(rule, line, text, why, **kw):
    M.append(E(rule, line, text, why, **kw))

# units: higher levels' bodies in the pairing column
N("unknown-unit", row(2), "自治区工业和信息化厅", "regional counterpart in the 各级对口单位 column (task 2's regional lead), not the county's lead; the county lead is 县工信商务局")
N("unknown-unit", row(23), "自治区政府办公厅", "regional counterpart in the pairing column (task 23's regional lead); the county's lead column says 县大数据服务中心")
N("unknown-unit", row(21), "自治区政府办公厅→市审批局→县审批局", "arrow-separated pairing: regional counterpart, city short name 市审批局 (市审批服务管理局) and county short name 县审批局, all known; the county lead is 县审批局")
N("unknown-unit", row(28), "市大数据局", "official short name of 市大数据管理服务局, listed in units.txt; city counterpart, not a lead")
N("unknown-unit", row(57), "自治区发改委", "colloquial alias of 自治区发展改革委 in the regional part of the pairing column")
N("unknown-unit", row(34), "卫生健康委", "prefix distributes: 自治区人力资源社会保障厅、卫生健康委、应急厅 = three regional bodies; regional counterparts only")
N("unknown-unit", row(66), "商务厅", "prefix distributes: 自治区工业和信息化厅、发展改革委、商务厅 (the regional leads of task 66); 自治区商务厅 occurs in the task list")
N("unknown-unit", row(54), "档案局", "prefix distributes: 自治区党委办公厅、档案局 = task 54's regional leads; the county lead 县委办 is the short name of 县委办公室")
N("unknown-unit", row(90), "自治区文化和旅游厅、档案局", "regional counterparts of task 90 (prefix distributes to 自治区档案局); city and county parts are 市文化旅游广电局、市档案馆 / 县文化旅游广电局、县档案馆")
N("unknown-unit", row(49), "自治区党委政法委/市委政法委/县委政法委", "pairing of three levels; the higher two are counterparts, 县委政法委 is also the county lead")
N("unknown-unit", row(107), "自治区机管局", "official short name of the regional 机关事务管理局 (task 107's lead), counterpart only")
# collectives
N("unknown-unit", row(6), "自治区有关部门（单位）/市直有关部门/县直有关部门", "collective subjects at every level of the pairing column")
N("unknown-unit", row(74), "承担监管职责的自治区有关部门（单位）", "collective subject copied from task 74's 责任单位; counterpart column")
N("unknown-unit", row(83), "各村（社区）", "collective subject in the 配合单位 column")
N("unknown-unit", row(84), "县直各部门（单位）、各乡镇人民政府", "collective subjects in the 配合单位 column")
N("unknown-unit", row(28), "县直有关部门", "collective subject (配合单位)")
# the county's own lead column
N("unknown-unit", row(6), "县教体局、县卫健局、县人社局、县文旅局、县民政局", "several county leads, all short names in units.txt; the first (县教体局) is the main lead as the 编制说明 says")
N("unknown-unit", row(3), "同心工业园区管委会", "county-level park committee, short name in units.txt; it leads while the county counterpart of the 工信 chain (县工业信息化和商务局) cooperates as 县工信商务局")
N("unknown-unit", row(94), "吴忠市生态环境局同心分局", "the county-level branch of the city bureau, listed in units.txt as the county's environmental body; not a city body leading a county task")
N("unknown-unit", row(102), "同心生态环境分局", "short name of 吴忠市生态环境局同心分局 in units.txt")
N("unknown-unit", row(64), "县委编办", "short name in units.txt; lead 县政府办 = 同心县人民政府办公室")
N("unknown-unit", row(105), "市政府办公室/县政府办公室", "short names of 市人民政府办公室 and 同心县人民政府办公室 (both in units.txt)")
N("unknown-unit", row(80), "县消防救援大队、同心县气象局", "bodies outside the county government proper, listed in units.txt")
N("unknown-unit", row(11), "县供销合作社联合社", "canonical name in units.txt; the lead column uses its short name 县供销社")
N("unknown-unit", ln("对接联络人名单报县数字政府建设领导小组办公室"), "县数字政府建设领导小组办公室", "the office the notice reports to, listed in units.txt (not a task's responsible unit anyway)")
N("unknown-unit", ln("抄送："), "县人大常委会办公室", "distribution list (抄送), not a responsible unit; listed in units.txt")

# deadlines: equal or earlier than region and city
N("deadline-later-than-baseline", row(2), "2024年12月底前", "task 2 完成时限 '2023年启动，2024年取得明显成效': completing milestone 2024, equal")
N("deadline-later-than-baseline", row(3), "持续推进，2025年取得明显成效", "task 3 完成时限 '持续推进，2025年取得明显成效': identical")
N("deadline-later-than-baseline", row(6), "2024年启动，2025年取得明显成效", "task 6 完成时限 '持续推进，2025年取得明显成效': completing milestone 2025, equal")
N("deadline-later-than-baseline", row(8), "2025年6月底前", "task 8 完成时限 '持续推进，2025年取得明显成效': mid-2025 is not later")
N("deadline-later-than-baseline", row(11), "2025年", "task 11 完成时限 '2023年完成主要建设任务，2025年取得明显成效': the county's part completes 2025, equal to the completing milestone")
N("deadline-later-than-baseline", row(12), "2025年", "task 12 完成时限 '2025年': equal")
N("deadline-later-than-baseline", row(28), "2024年申报，2025年取得明显成效", "task 28 完成时限 '2023年启动，2025年取得明显成效': the start is later but the completing milestone 2025 is equal")
N("deadline-later-than-baseline", row(52), "2024年", "task 52 完成时限 '2025年': earlier")
N("deadline-later-than-baseline", row(64), "2024年3月底前", "task 64 完成时限 '2025年': earlier")
N("deadline-later-than-baseline", row(89), "2024年10月底前", "task 89 完成时限 '2024年': within the year")
N("deadline-later-than-baseline", row(107), "2024年", "task 107 完成时限 '2025年': earlier")
N("deadline-later-than-baseline", row(121), "长期坚持", "task 121 完成时限 '长期坚持': identical")
N("deadline-later-than-baseline", row(46), "2024年", "task 46 完成时限 '2024 年': equal (the row's error is its lead unit, not its date)")
N("deadline-later-than-baseline", ln("到2025年，全县数字政府建设"), "到2025年", "主要目标: the framework goal is 到2025年 in the region (“34567”全面成型) and in the 吴忠 plan (“1347”全面成型): equal")
N("deadline-later-than-baseline", ln("到2024年底，自治区、市、县三级对口关系"), "到2024年底", "主要目标: 对接复用、互联互通 with the regional common platforms is 到2025年 in the 吴忠 plan; the county is earlier")
# dates before the plan year / the office's own dates
N("deadline-invalid", row(18), "2023年形成机制，长期坚持", "task 18 完成时限 copied verbatim ('2023年形成机制, 长期坚持'), as the 编制说明 (line 22) says the list does for 2023 tasks to be sustained; ongoing, not a lapsed deadline")
N("deadline-invalid", row(116), "2023年完成并长期坚持", "task 116 完成时限 copied verbatim, ongoing; see line 22")
N("deadline-invalid", ln("各牵头单位请于2024年3月15日前"), "2024年3月15日", "the office's own reporting date in the notice, not a task deadline")
N("deadline-invalid", ln("2024年12月20日前报送年度落实情况"), "2024年12月20日", "the office's own reporting date")
N("deadline-invalid", ln("2023年5月16日，自治区人民政府印发"), "2023年11月27日", "background: issue dates of the regional and city documents")
# basis documents
N("basis-mismatch", ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background section, with its correct 文号; not cited as a basis")
N("basis-mismatch", ln("宁政办发〔2023〕11号"), "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, mentioned in the background and cited the same way by the 吴忠 plan")
N("basis-mismatch", ln("2023年5月16日，自治区人民政府印发"), "宁政发〔2023〕17号", "the background paragraph names the region's 实施意见 with its correct 文号; the city plan on the same line is named by its exact title without a 文号 (it has none in the seed)")
# pillars (covered, if thinly)
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "row 8 (task 12, line %d): 数据要素市场、数据交易环境" % row(12)})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "安全保障", "why": "row 9 (task 18, line %d) and 工作要求（三） line %d" % (row(18), ln("（三）守牢安全底线"))})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "line %d (县、乡、村 levels of the 六级贯通 architecture) and row 24 (task 64, line %d)" % (ln("六级贯通”的数字政府建设层级架构"), row(64))})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "a county does not build the region's own 五个一; its share is task 64 (参照自治区做法成立相应组织机构), row 24 line %d: 调整充实县数字政府建设领导小组、明确领导小组办公室" % row(64)})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "组织领导", "why": "工作要求（一）加强组织领导, line %d, and row 50 (task 116, 一把手工程)" % ln("（一）加强组织领导")})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "考核评价", "why": "工作要求（五）严格考核评价, line %d, and row 51 (task 121)" % ln("（五）严格考核评价")})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "工作要求（二）强化资金保障, line %d" % ln("（二）强化资金保障")})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "工作要求（四）提升数字素养, line %d" % ln("（四）提升数字素养")})
N("garbled-text", ln("2024年2月26日印发"), None, "full-width spaces in the 印发 line are layout, not damage")

covers = []
for i, l in enumerate(L, 1):
    c = l.split("\t")
    if len(c) == 8 and c[1] != "序号":
        covers.append({"task": int(c[2]), "line": i})

key = {
    "writer": "blind writer, round 599; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("同心县 2024 对接清单: one 8-column tab-separated table (主要任务, 序号, 区清单序号, 对接事项, 各级对口单位, 牵头单位, 配合单位, 完成时限). "
              "各级对口单位 lists 自治区/市/县 counterparts separated by / or →; only the county segment and the 牵头/配合 columns are the county's own units. "
              "units.txt holds the county's units and, in a second section, the 吴忠市 counterparts the list pairs with. "
              "The 区清单序号 column names each row's regional task explicitly. "
              "Two rows (tasks 18 and 116) copy the region's 2023 deadlines verbatim, as line 22 explains."),
}
with open("key.json", "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
