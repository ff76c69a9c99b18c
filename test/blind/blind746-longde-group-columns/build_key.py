#!/usr/bin/python3
# Builds key.json for blind case 746 from anchors, so every line number is checked against
# the final draft.txt (1-based). Each anchor must occur on exactly one line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def line_of(anchor):
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def row(n):
    """line of task-list row n (its 具体内容 starts with 'n.')"""
    hits = [i for i, l in enumerate(LINES, 1)
            if "\t" in l and l.split("\t")[1].startswith(f"{n}.")]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(line, k):
    return LINES[line - 1].split("\t")[k]


def check_text(entry):
    t = entry.get("text")
    if t and entry["line"]:
        assert t in LINES[entry["line"] - 1], entry
    return entry


expect = [
    {"rule": "basis-mismatch", "line": line_of("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government document of 2023-05-16); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": line_of("到2026年"), "text": "2026年",
     "why": "主要目标: the region's goal 到2025年 '34567' 体系框架全面成型 (工作体制逐步健全、管理机制趋于成熟…) is taken over word for word and moved to 2026"},
    {"rule": "garbled-text", "line": line_of("鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁渚涢渶",
     "why": "UTF-8 read as GBK: re-encoding 鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 as GBK and decoding as UTF-8 gives 政务数据供需对接机制"},
    {"rule": "unknown-unit", "line": row(21), "text": "县大数据管理服务局",
     "why": "not in units.txt; 隆德县 has no such bureau (the name is the city-level 市大数据管理服务局 copied down); the county's data work sits with 县政府办公室"},
    {"rule": "deadline-later-than-baseline", "line": row(50), "text": "2025年6月底前",
     "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": row(62), "text": "2014年",
     "why": "typo for 2024年: a deadline ten years before the plan's year 2024; task 112 完成时限 2024年, so it is not a late deadline"},
]

# task-list rows: (row number, task(s), regional 完成时限, relation)
ROWTASKS = [
    (1, [2], "2023 年启动，2024 年取得明显成效", "equal"),
    (2, [3], "持续推进，2025 年取得明显成效", "equal"),
    (3, [5], "持续推进，2025 年取得明显成效", "equal"),
    (4, [6], "持续推进，2025 年取得明显成效", "equal"),
    (5, [7], "2023年形成试点经验，2025年取得明显成效", "equal"),
    (6, [8], "持续推进，2025年取得明显成效", "earlier"),
    (7, [10], "持续推进，2025年取得明显成效", "equal"),
    (8, [11], "2023年完成主要建设任务，2025年取得明显成效", "equal (completing milestone 2025; the county only cooperates)"),
    (9, [12], "2025年", "equal"),
    (10, [13], "2024年", "equal"),
    (11, [18], "2023年形成机制，长期坚持", "ongoing, no later year"),
    (12, [19], "2023年启动，2024年建成", "equal"),
    (13, [21], "2024年", "equal"),
    (14, [22], "2025年", "equal"),
    (15, [23], "2024年", "earlier month in the same year"),
    (16, [26], "2024年", "equal"),
    (17, [28], "2023年启动，2025年取得明显成效", "equal"),
    (18, [33], "2024年", "equal"),
    (19, [34], "2024年", "equal"),
    (20, [40], "2024年", "equal"),
    (22, [42], "2024年", "equal"),
    (23, [43, 46], "43: 2024 年建成，持续推进; 46: 2024 年", "equal"),
    (24, [47], "2024 年", "equal"),
    (25, [48], "2024 年", "earlier month in the same year"),
    (26, [49], "2025 年", "equal"),
    (27, [50], "2024 年", "equal"),
    (28, [52], "2025年", "equal"),
    (29, [54], "2024年", "equal"),
    (30, [55], "2024年", "equal"),
    (31, [56], "2025年", "equal"),
    (32, [57], "2024年", "equal"),
    (33, [58], "2024年", "equal"),
    (34, [64], "2025年", "earlier (not task 60, which is the region's own 领导小组, 2023年)"),
    (36, [65], "2024年", "equal"),
    (37, [66], "2025年", "equal"),
    (38, [69, 70], "69: 2024年; 70: 2024年", "equal"),
    (39, [71], "2024年", "equal"),
    (40, [74], "2024年", "equal"),
    (41, [77], "2024年", "equal"),
    (42, [79], "2024年", "equal"),
    (43, [80], "2024年", "equal"),
    (44, [83], "2025年", "equal"),
    (45, [84], "2024年", "equal"),
    (46, [86], "2024年", "equal"),
    (47, [87], "2023年启动，2025年完成", "equal"),
    (48, [88, 89], "88: 2024年; 89: 2024年", "equal"),
    (49, [90], "2024年", "equal"),
    (51, [95], "2025年", "equal"),
    (52, [96], "2025年", "equal"),
    (53, [97], "2024年", "equal"),
    (54, [98], "2024年", "equal"),
    (55, [102], "2025年", "equal"),
    (56, [104], "2024年", "equal"),
    (57, [105], "2024年", "equal"),
    (58, [106], "2025年", "equal"),
    (59, [107], "2025年", "equal"),
    (60, [108], "长期推进，2024年取得明显成效", "equal"),
    (61, [109], "2024年", "equal"),
    (63, [114], "2024年", "equal"),
    (64, [115], "2024年", "equal"),
    (65, [116], "2023年完成并长期坚持", "ongoing, no later year"),
    (66, [117], "2024年", "equal"),
    (67, [118], "2023年完成并长期坚持", "ongoing, no later year"),
    (68, [121, 122], "121: 长期坚持; 122: 2023 年完成，长期坚持", "ongoing, no later year"),
    (69, [124], "2023 年形成机制，长期坚持", "ongoing, no later year"),
]

must = []
# basis and background
must += [
    {"rule": "basis-mismatch", "line": line_of("国发〔2022〕14号"), "text": "国发〔2022〕14号",
     "why": "correct 文号 of 《国务院关于加强数字政府建设的指导意见》"},
    {"rule": "basis-mismatch", "line": line_of("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号",
     "why": "《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan too; a genuine 宁政办发 document, unlike the 实施意见 next to it"},
    {"rule": "basis-mismatch", "line": line_of("固原市人民政府《关于加强数字政府建设的实施方案》"),
     "text": "固原市人民政府《关于加强数字政府建设的实施方案》",
     "why": "the parent city's plan cited by title alone, as DOMAIN says county drafts do"},
    {"rule": "basis-mismatch", "line": line_of("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention in 一、工作基础 of the 2020 工作要点 (correct 文号), not cited as a basis"},
    {"rule": "basis-mismatch", "line": line_of("隆政发〔2024〕12号"), "text": "隆政发〔2024〕12号",
     "why": "the plan's own 文号, not a basis citation"},
    {"rule": "deadline-invalid", "line": line_of("2020年建成县政务服务大厅"), "text": "2022年底",
     "why": "past dates (2020年, 2022年底, 2023年) in the 工作基础 background, not deadlines"},
    {"rule": "deadline-invalid", "line": line_of("2024年3月18日"), "text": "2024年3月18日",
     "why": "the issue date"},
    {"rule": "deadline-later-than-baseline", "line": line_of("到2024年底，县级非涉密"), "text": "2024年底",
     "why": "主要目标 for 2024: 迁移上云 (task 46, 2024年), 外网县乡村全覆盖 (task 48, 2024年), 网上办掌上办… (task 84, 2024年) — all equal"},
    {"rule": "deadline-later-than-baseline", "line": line_of("到2035年，与政府治理能力"), "text": "2035年",
     "why": "equal to the region's 2035 goal (数字政府全面建成)"},
    {"rule": "deadline-later-than-baseline", "line": line_of("2024年底前完成县级非涉密"), "text": "2024年底前",
     "why": "task 46 完成时限 2024年 (task 43: 2024年建成) — equal"},
    {"rule": "deadline-later-than-baseline", "line": line_of("2024年9月底前实现县、乡、村"), "text": "2024年9月底前",
     "why": "task 48 完成时限 2024年 — earlier month in the same year"},
    {"rule": "deadline-later-than-baseline", "line": line_of("每季度末月25日前"), "text": "2024年12月20日前",
     "why": "the office's own reporting dates (每季度末月25日前, 2024年12月20日前), not task deadlines"},
    {"rule": "deadline-later-than-baseline", "line": line_of("附件：隆德县数字政府建设重点任务清单"), "text": "2024年—2025年",
     "why": "period in the attachment's title, not a deadline"},
    {"rule": "deadline-later-than-baseline",
     "line": [i for i, l in enumerate(LINES, 1) if l == "隆德县数字政府建设重点任务清单（2024年—2025年）"][0],
     "text": "2024年—2025年", "why": "period in the task list's own title, not a deadline"},
]
for n, tasks, regional, rel in ROWTASKS:
    ln = row(n)
    d = cell(ln, 3)
    ts = ", ".join(str(t) for t in tasks)
    must.append({"rule": "deadline-later-than-baseline", "line": ln, "text": d,
                 "why": f"task {ts} 完成时限 {regional}; row says {d} — {rel}"})

# units: collectives, aliases, distributed prefixes
must += [
    {"rule": "unknown-unit", "line": row(4), "text": "县直有关部门（单位）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": row(4), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": "unknown-unit", "line": row(12), "text": "县直各部门（单位）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": row(16), "text": "县直各部门", "why": "collective subject (县直各部门 without （单位）)"},
    {"rule": "unknown-unit", "line": row(44), "text": "各村（社区）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": row(3), "text": "县委网信办等有关部门（单位）", "why": "县委网信办 is registered, followed by a collective"},
    {"rule": "unknown-unit", "line": row(36), "text": "县统计局等有关部门", "why": "县统计局 is registered, followed by a collective"},
    {"rule": "unknown-unit", "line": row(1), "text": "县发改局", "why": "short name of 县发展和改革局 in units.txt"},
    {"rule": "unknown-unit", "line": row(1), "text": "县工信商务局", "why": "short name of 县工业信息化和商务局 in units.txt"},
    {"rule": "unknown-unit", "line": row(2), "text": "县工业园区管委会", "why": "short name of 隆德县工业园区管理委员会 in units.txt"},
    {"rule": "unknown-unit", "line": row(8), "text": "县供销社", "why": "short name of 县供销合作社联合社 in units.txt"},
    {"rule": "unknown-unit", "line": row(19), "text": "市生态环境局隆德分局", "why": "short name of 固原市生态环境局隆德分局, the county's environment office, in units.txt; not a city unit"},
    {"rule": "unknown-unit", "line": row(51), "text": "市生态环境局隆德分局", "why": "short name of 固原市生态环境局隆德分局 in units.txt"},
    {"rule": "unknown-unit", "line": row(13), "text": "县审批局", "why": "short name of 县审批服务管理局 in units.txt"},
    {"rule": "unknown-unit", "line": row(43), "text": "县消防救援大队", "why": "short name of 隆德县消防救援大队 in units.txt (县气象局 likewise)"},
    {"rule": "unknown-unit", "line": row(48), "text": "县税务局", "why": "short name of 隆德县税务局 in units.txt"},
    {"rule": "unknown-unit", "line": row(61), "text": "县政府督查室", "why": "short name of 县人民政府督查室 in units.txt"},
    {"rule": "unknown-unit", "line": row(67), "text": "县委党校", "why": "short name of 中共隆德县委党校 in units.txt"},
    {"rule": "unknown-unit", "line": row(3), "text": "公安局", "why": "prefix 县 distributes: 县市场监管局、公安局 = 县公安局"},
    {"rule": "unknown-unit", "line": row(26), "text": "交通运输局、应急局", "why": "prefix 县 distributes: 县交通运输局, 县应急局 (short name of 县应急管理局)"},
    {"rule": "unknown-unit", "line": row(28), "text": "市场监管局", "why": "prefix 县 distributes over 县公安局、民政局、教体局、人社局、卫健局、市场监管局; 市场监管局 here is 县市场监管局, not a city unit"},
    {"rule": "unknown-unit", "line": row(39), "text": "农业农村局、卫健局", "why": "prefix 县 distributes: 县农业农村局, 县卫健局"},
    {"rule": "unknown-unit", "line": row(41), "text": "司法局、信访局", "why": "prefix 县 distributes: 县司法局, 县信访局"},
    {"rule": "unknown-unit", "line": line_of("县委、县政府统筹领导"), "text": "县委、县政府",
     "why": "the county Party committee and government in prose (listed in units.txt as 中共隆德县委员会 = 县委, 隆德县人民政府 = 县政府)"},
    {"rule": "unknown-unit", "line": line_of("每季度末月25日前"), "text": "县数字政府建设领导小组办公室",
     "why": "in units.txt; also named in 五、（一）"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "taken up in 三、（三） and task-list rows 9–10"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一",
     "why": "section 五 (健全组织机构、厘清层级职责、完善工作机制) and rows 34–35; a county has no 五个一 of its own, it sets up the matching bodies (task 64)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入",
     "why": "七、（二）加大财政投入"},
]
for e in must:
    check_text(e)
for e in expect:
    check_text(e)

covers = []
for n, tasks, _, _ in ROWTASKS:
    for t in tasks:
        covers.append({"task": t, "line": row(n)})
covers += [
    {"task": 41, "line": row(21)},
    {"task": 93, "line": row(50)},
    {"task": 112, "line": row(62)},
    {"task": 14, "line": line_of("强化安全管理责任。县直各部门")},
    {"task": 15, "line": line_of("强化安全管理责任。县直各部门")},
    {"task": 17, "line": line_of("落实安全制度要求。")},
    {"task": 25, "line": line_of("一律不予安排建设及运维经费")},
    {"task": 30, "line": line_of("形成全县政务数据“一本账”")},
    {"task": 32, "line": line_of("形成全县政务数据“一本账”")},
    {"task": 68, "line": line_of("（二）提升市场监管能力。")},
]
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
    "writer": "blind writer, round 746; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": must,
    "covers": covers,
    "notes": ("隆德县 (固原市) plan of 2024-03-18 against 宁政发〔2023〕17号; no parent plan is given (固原's plan is "
              "cited by title only). The attachment is one tab-separated table, header 主要任务/具体内容/责任单位/时间节点 "
              "(时间节点 is the 完成时限 column); the first cell names the group (the regional group's name) on the "
              "group's first row and is empty below it. The table note says the first-listed lead is the main lead. "
              "Six planted slips: wrong 文号 prefix for the 实施意见 (line 9), the 2025 framework goal moved to 2026, "
              "a UTF-8-as-GBK run, a city-style bureau name, a late deadline for task 93, and a 2014 typo. "
              "task-uncovered is not annotated: the county leaves out city-led tasks (9, 37, 39, 45, 92) and several "
              "others (e.g. 94, 99–101, 111, 113, 119, 120, 123) without intending a finding."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect,", len(must), "mustNotFlag,", len(covers), "covers")
