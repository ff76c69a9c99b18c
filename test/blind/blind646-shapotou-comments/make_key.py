#!/usr/bin/python3
# Builds key.json from draft.txt: every entry is located by an anchor string that must occur on
# exactly one line; the line number is computed, never typed by hand.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(anchor, also=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l and (also is None or also in l)]
    assert len(hits) == 1, (anchor, also, hits)
    return hits[0]


def row(task_text):
    """line of the task-table row whose 重点任务 cell starts with task_text"""
    hits = [i + 1 for i, l in enumerate(LINES) if "\t" in l and l.split("\t")[1].startswith(task_text)]
    assert len(hits) == 1, (task_text, hits)
    return hits[0]


def cell(line, n):
    return LINES[line - 1].split("\t")[n]


expect = [
    {"rule": "basis-mismatch", "line": ln("（宁政发〔2022〕17号）"), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong"},
    {"rule": "deadline-later-than-baseline", "line": row("开展城域网升级改造"), "text": "2025年6月底前",
     "why": "task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年; the draft's own deadline is 2025年6月底前. The 区委网信办 comment on the same row proposing 2024年底前 was 未采纳, so the late date is the draft's"},
    {"rule": "deadline-invalid", "line": row("实施“互联网+基层治理”行动"), "text": "2024年13月底前",
     "why": "impossible month 13 (typing slip). Task 83 完成时限 2025年, so this is not a late deadline but an invalid one"},
    {"rule": "unknown-unit", "line": row("编制公共数据开放目录"), "text": "区大数据管理服务局",
     "why": "not a 沙坡头区 unit (units.txt has 区大数据中心; 大数据管理服务局 is the 吴忠市-level name, copied by mistake)"},
    {"rule": "garbled-text", "line": ln("深化数据高效共享。"), "text": "寤虹珛鍋ュ叏鏀垮姟",
     "why": "UTF-8 read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立健全政务数据供需对接机制"},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: 适老化与信息无障碍建设 (各市、县（区）按照职能分别负责, 2024年); the draft nowhere mentions 适老化, 无障碍, 老年人 or 残疾人"},
]

# (row anchor, regional task(s), regional 完成时限, relation)
rows = [
    ("助力全国一体化算力网络", "task 1", "持续推进，2025 年取得明显成效", "equal"),
    ("加快推进区内工业园区", "task 3", "持续推进，2025 年取得明显成效", "equal"),
    ("强化政企协同、部门协同", "task 5", "持续推进，2025 年取得明显成效", "equal"),
    ("推进教育、健康、就业", "task 6", "持续推进，2025 年取得明显成效", "equal"),
    ("深化“互联网+医疗健康”应用", "task 8", "持续推进，2025年取得明显成效", "equal"),
    ("配合中卫市推进城市运行管理服务平台建设", "task 9", "持续推进，2025年取得明显成效", "equal"),
    ("推进数字乡村建设", "task 10", "持续推进，2025年取得明显成效", "equal"),
    ("加快“数字供销”国家级示范区建设", "task 11", "2023年完成主要建设任务，2025年取得明显成效", "equal to the completing milestone 2025 (the 2023 milestone is reported done in the 区供销社 comment on line 29)"),
    ("配合推进数据交易平台建设", "task 12", "2025年", "equal"),
    ("全面梳理本部门数字化发展相关职责分工", "task 20", "2024年", "equal (2024年底前)"),
    ("推动各类行政权力事项网上运行", "tasks 21/22", "2024年 / 2025年", "equal to task 21, earlier than task 22"),
    ("围绕数字政府建设重点领域", "task 28", "2023年启动，2025年取得明显成效", "equal completing milestone"),
    ("建设完善政务服务、医疗健康", "task 34", "2024年", "equal (2024年底前)"),
    ("强化电子公文管理职责", "task 40", "2024年", "earlier (2024年10月底前)"),
    ("编制公共数据开放目录", "task 41", "2024年", "equal (2024年底前); the row's unit is an expected unknown-unit, the deadline is fine"),
    ("推进供水、供电、供气", "task 42", "2024年", "equal (2024年底前)"),
    ("推进现有政务信息系统向政务信创云安全迁移", "tasks 43/46", "2024 年建成，持续推进 / 2024 年", "equal"),
    ("推动电子政务外网升级改造", "task 47", "2024 年", "equal (2024年底前)"),
    ("整合我区视频资源", "task 49", "2025 年", "equal"),
    ("以重大业务应用为牵引", "task 50", "2024 年", "equal (2024年底前)"),
    ("推进各类证照电子化", "task 52", "2025年", "equal"),
    ("深化电子文件管理", "task 54", "2024年", "equal"),
    ("扎实推进非税收入收缴电子化管理", "task 56", "2025年", "earlier (2024年底前); the 区财政局 comment asked for 2024年底前 and was 已采纳, so the cell already carries it"),
    ("推进社会信用信息归集共享", "task 57", "2024年", "equal"),
    ("推动地理信息资源共建共享", "task 58", "2024年", "equal (2024年底前)"),
    ("参照自治区做法成立相应的组织机构", "task 64", "2025年", "earlier (2024年6月底前)"),
    ("对接使用宁夏经济运行大数据平台", "task 66", "2025年", "equal"),
    ("推进企业信用风险分类管理", "task 70", "2024年", "equal"),
    ("对食品药品、特种设备", "task 71", "2024年", "equal (2024年底前)"),
    ("在生态环保、工程建设", "task 74", "2024年", "equal"),
    ("完善行政复议、信访", "task 77", "2024年", "equal (2024年底前)"),
    ("持续推进“雪亮工程”", "task 79", "2024年", "equal"),
    ("迭代升级自然灾害、安全生产", "task 80", "2024年", "equal (2024年底前); the 2025年底前 on this line is only the 区应急管理局 comment's proposal, 未采纳"),
    ("全面融合各类公共服务", "task 84", "2024年", "equal"),
    ("迭代升级“我的宁夏”政务APP沙坡头专区", "task 86", "2024年", "equal (2024年底前)"),
    ("落实12345政务服务便民热线", "task 87", "2023年启动，2025年完成", "equal (2025年); the comment's 2025年 is also equal"),
    ("加快“证照分离”改革", "task 88", "2024年", "equal"),
    ("建设完善企业专属网页", "task 89", "2024年", "equal (2024年底前)"),
    ("推进图书馆、文化馆、体育馆", "task 90", "2024年", "equal"),
    ("强化大气、水、土壤", "task 95", "2025年", "equal"),
    ("深化“互联网+城乡供水”", "task 96", "2025年", "equal"),
    ("用好自然资源三维立体", "task 97", "2024年", "equal"),
    ("配合建设宁夏“智慧林草”", "task 98", "2024年", "equal"),
    ("推进水、气、土、废", "task 102", "2025年", "equal"),
    ("推广使用全区统一的协同办公平台", "task 104", "2024年", "equal"),
    ("推广使用“宁政通”", "task 105", "2024年", "equal"),
    ("推广应用全区统一的填表报数系统", "task 106", "2025年", "equal"),
    ("统筹整合各部门、各乡镇非涉密视频会议", "task 107", "2025年", "equal"),
    ("整合机关事务管理信息系统", "task 111", "2025年", "equal"),
    ("进一步完善各类政务公开信息化平台", "task 112", "2024年", "equal"),
    ("构建政务新媒体矩阵体系", "task 114", "2024年", "equal"),
    ("以12345政务服务便民热线为枢纽", "task 115", "2024年", "equal"),
    ("把提高领导干部数字治理能力", "task 118", "2023年完成并长期坚持", "ongoing only (长期坚持), no milestone later than the region's"),
    ("每年度制定数字政府工作要点", "task 121", "长期坚持", "equal (长期坚持)"),
]

must = []
covers = []
for anchor, task, due, rel in rows:
    l = row(anchor)
    must.append({"rule": "deadline-later-than-baseline", "line": l, "text": cell(l, 3).split("【")[0],
                 "why": f"{task} 完成时限 {due}; draft {rel}"})
    for t in task.replace("tasks ", "").replace("task ", "").split("/"):
        covers.append({"task": int(t), "line": l})

# the copied 2023 deadline (task 116)
l116 = row("将数字政府建设工作纳入“一把手工程”")
must += [
    {"rule": "deadline-invalid", "line": l116, "text": "2023年完成并长期坚持",
     "why": "task 116 完成时限 2023年完成并长期坚持, copied verbatim from the regional list: a copied regional deadline that lies before the plan's year (2024), not a slip"},
    {"rule": "deadline-later-than-baseline", "line": l116, "text": "2023年完成并长期坚持",
     "why": "task 116 完成时限 2023年完成并长期坚持; equal"},
]
covers.append({"task": 116, "line": l116})

# comments written into the draft by the units, and the office's answers
must += [
    {"rule": "deadline-later-than-baseline", "line": ln("【区发展和改革局意见"), "text": "2026年",
     "why": "到2026年 is only proposed in a 区发展和改革局 comment (未采纳); the draft's own goal says 到2025年, equal to the region's 到2025年 goal (34567 框架全面成型)"},
    {"rule": "deadline-later-than-baseline", "line": row("迭代升级自然灾害、安全生产"), "text": "2025年底前",
     "why": "2025年底前 is the 区应急管理局 comment's proposal (未采纳); the draft's own deadline on the row is 2024年底前 = task 80 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": row("迭代升级“我的宁夏”政务APP沙坡头专区"), "text": "2023年12月",
     "why": "a past date inside the 区大数据中心 comment (此项已于2023年12月完成，建议删除), not a deadline of the draft"},
    {"rule": "deadline-invalid", "line": ln("【区供销社："), "text": "2023年",
     "why": "a past date inside the 区供销社 comment (主要建设任务已于2023年完成), not a deadline"},
    {"rule": "unknown-unit", "line": ln("【区委编办意见"), "text": "区数据局",
     "why": "a body proposed in a comment, not the draft's own unit; the office's answer (未采纳) itself says 我区未设立区数据局"},
    {"rule": "unknown-unit", "line": row("推广使用全区统一的协同办公平台"), "text": "自治区政府办公厅",
     "why": "a regional body mentioned inside the 区审批局 comment as the builder of the platform; the row's lead is 区人民政府办公室"},
    {"rule": "unknown-unit", "line": row("统筹整合各部门、各乡镇非涉密视频会议"), "text": "区大数据中心",
     "why": "a body proposed as co-operating unit in the 区机关事务服务中心 comment (unanswered); it is in units.txt anyway"},
    {"rule": "unknown-unit", "line": ln("【区卫健局："), "text": "区卫健局",
     "why": "the commenting unit, written by its short name (units.txt: 区卫生健康局 = 区卫健局)"},
    {"rule": "unknown-unit", "line": ln("【区统计局意见"), "text": "区统计局",
     "why": "the commenting unit, in units.txt"},
]

# other near misses
must += [
    {"rule": "deadline-later-than-baseline", "line": ln("说明：本稿已书面征求"), "text": "2024年4月12日前",
     "why": "the drafting office's own date for feedback on the draft, not a task deadline"},
    {"rule": "deadline-later-than-baseline", "line": ln("每季度最后一个月25日前"), "text": "每季度最后一个月25日前",
     "why": "the office's own quarterly reporting date, not a task deadline"},
    {"rule": "deadline-invalid", "line": ln("截至2023年底"), "text": "2023年底",
     "why": "a past date in the background paragraph (what was achieved by end 2023), not a deadline"},
    {"rule": "basis-mismatch", "line": ln("截至2023年底"), "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention of the 2020 工作要点 with its correct 文号, not cited as the basis of this plan"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2024年底，区级非涉密"), "text": "到2024年底",
     "why": "the 2024 goals are tasks due 2024 in the regional list (43 政务信创云 2024 年建成, 21 行政权力事项网上运行 2024年, 86 我的宁夏 2024年); none of them is one of the region's 到2023年底 goals"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2035年，与政府治理能力"), "text": "到2035年",
     "why": "equal to the region's 到2035年 goal"},
    {"rule": "deadline-later-than-baseline", "line": ln("附件：沙坡头区数字政府建设重点任务清单"), "text": "2024—2025年",
     "why": "the period of the attachment's title, not a deadline"},
    {"rule": "unknown-unit", "line": ln("由区政府主要负责同志任组长"), "text": "区政府",
     "why": "the district government itself, listed in units.txt (区人民政府 = 区政府)"},
    {"rule": "unknown-unit", "line": ln("各乡镇、各村（社区）"), "text": "各村（社区）",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": row("推进教育、健康、就业"), "text": "各乡镇人民政府",
     "why": "collective subject; the other units of the cell are short names in units.txt (区教体局, 区卫健局, 区人社局, 区文旅局)"},
    {"rule": "unknown-unit", "line": row("在生态环保、工程建设"), "text": "承担监管职责的区直有关部门",
     "why": "collective subject (the local form of 承担监管职责的自治区有关部门（单位）)"},
    {"rule": "unknown-unit", "line": row("围绕数字政府建设重点领域"), "text": "区直各部门（单位）",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": row("助力全国一体化算力网络"), "text": "区发改局",
     "why": "short names in units.txt (区发展和改革局 = 区发改局, 区工业信息化和商务局 = 区工信商务局); 区直有关部门 is a collective"},
    {"rule": "unknown-unit", "line": row("强化政企协同、部门协同"), "text": "沙坡头公安分局",
     "why": "short name in units.txt (中卫市公安局沙坡头区分局 = 沙坡头公安分局); 区委网信办 is canonical"},
    {"rule": "unknown-unit", "line": row("建设完善政务服务、医疗健康"), "text": "沙坡头生态环境分局",
     "why": "short name in units.txt (中卫市生态环境局沙坡头区分局); a city bureau's district branch, not a city body"},
    {"rule": "unknown-unit", "line": row("配合中卫市推进城市运行管理服务平台建设"), "text": "中卫市",
     "why": "中卫市 appears in the task text (配合中卫市推进…), not in the 责任单位 cell; the lead is 区住建交通局 (units.txt alias)"},
    {"rule": "unknown-unit", "line": row("深化电子文件管理"), "text": "区委办",
     "why": "short name in units.txt (区委办公室 = 区委办)"},
    {"rule": "unknown-unit", "line": row("加快“数字供销”国家级示范区建设"), "text": "区供销社",
     "why": "short name in units.txt (区供销合作社联合社 = 区供销社)"},
    {"rule": "unknown-unit", "line": ln("激发数字经济发展活力"), "text": "国家（中卫）新型互联网交换中心",
     "why": "a project named in the regional text, not a responsible unit"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一",
     "why": "section 二 (lines 15-19) takes up 健全组织机构 / 厘清层级职责 / 六级贯通 at district level, as 吴忠 does with its 一套体系"},
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导",
     "why": "section 六 covers 组织领导, 财政投入, 数字素养 and 考核评价 (lines 86-89)"},
]

# body lines that clearly take up tasks (in addition to the table rows)
body_covers = [
    ("强化安全管理责任。", [14, 15]),
    ("落实安全制度要求。", [17]),
    ("提升安全保障能力。", [18]),
    ("提高自主可控水平。", [19]),
    ("创新数字政府建设管理机制。", [24]),
    ("完善数据管理机制。", [32]),
    ("推进数据资源整合。", [30]),
    ("（二）加大财政投入。", [25]),
    ("（四）强化考核评价。", [122, 123, 124]),
    ("提升监管精准化水平。", [68]),
    ("提升监管协同化水平。", [72, 73]),
    ("提升辅助决策能力。", [103]),
]
for anchor, tasks in body_covers:
    l = ln(anchor)
    for t in tasks:
        covers.append({"task": t, "line": l})

key = {
    "writer": "blind writer, round 646; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": must,
    "covers": covers,
    "notes": (
        "沙坡头区 (中卫市) 实施方案, 征求意见稿 of spring 2024, with the units' comments written into the text in 【】 "
        "and some answers of the drafting office (区人民政府办公室: 【已采纳】 / 【未采纳，理由：…】). "
        "Read as a reviewer would: dates and bodies inside a 【…】 comment are proposals or remarks, not the draft's own; "
        "an adopted comment is already reflected in the text it sits on. Only the draft's own text carries deadlines and units. "
        "Line 111 carries both the draft's late deadline (2025年6月底前, expected) and a comment proposing the correct 2024年底前. "
        "No parent plan is given (the 中卫 plan is not in the seeds). Line 4 also cites, correctly, 国发〔2022〕14号, 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） (as the 吴忠 plan does) and the 中卫 city plan by title only; they are near misses but are not listed in mustNotFlag because line 4 carries the expected basis-mismatch (宁政发〔2022〕17号). "
        "The task table's 序号 are the draft's own, not the regional task numbers; each deadline's regional task is named in its why. "
        "Regional tasks due 2023 (14, 15, 17, 18, 24, 25, 30-32, 68, 72, 85, 122-124) are taken up in the body without a date (task 36's sentence on line 48 is the garbled run), "
        "except task 116, whose 2023 deadline is copied verbatim."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")

print("lines", len(LINES), "expect", len(expect), "mustNotFlag", len(must), "covers", len(covers),
      "distinct covered tasks", len({c["task"] for c in covers}))
for e in expect:
    print("EXPECT", e["rule"], e["line"], e.get("text", e.get("task")))
