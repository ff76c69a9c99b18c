#!/usr/bin/env python3
# Writes key.json for blind case 629 from the final draft.txt (line numbers found by unique locators).
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]

# regional 完成时限, copied from 附件2 of 宁政发〔2023〕17号 (seed task list)
R = {1: "持续推进，2025 年取得明显成效", 2: "2023 年启动，2024 年取得明显成效", 3: "持续推进，2025 年取得明显成效",
     5: "持续推进，2025 年取得明显成效", 6: "持续推进，2025 年取得明显成效", 7: "2023年形成试点经验，2025年取得明显成效",
     8: "持续推进，2025年取得明显成效", 9: "持续推进，2025年取得明显成效", 10: "持续推进，2025年取得明显成效",
     11: "2023年完成主要建设任务，2025年取得明显成效", 12: "2025年", 14: "2023年", 15: "2023年", 17: "2023年",
     18: "2023年形成机制, 长期坚持", 19: "2023年启动, 2024年建成", 21: "2024年", 22: "2025年", 23: "2024年",
     24: "2023年", 25: "2023年", 26: "2024年", 28: "2023年启动，2025年取得明显成效", 29: "2023年启动，2025年完成",
     30: "2023年", 32: "2023年", 33: "2024年", 34: "2024年", 35: "2024年", 36: "2023年", 39: "2024年",
     40: "2024年", 41: "2024年", 42: "2024年", 43: "2024 年建成，持续推进", 46: "2024 年", 47: "2024 年",
     48: "2024 年", 49: "2025 年", 50: "2024 年", 52: "2025年", 53: "2024年", 54: "2024年", 55: "2024年",
     56: "2025年", 57: "2024年", 58: "2024年", 59: "2025年", 60: "2023年", 64: "2025年", 65: "2024年",
     66: "2025年", 67: "2023年", 70: "2024年", 71: "2024年", 72: "2023年", 73: "2024年", 74: "2024年",
     75: "2024年", 77: "2024年", 78: "2024年", 79: "2024年", 80: "2024年", 81: "2025年", 83: "2025年",
     84: "2024年", 85: "2023年", 86: "2024年", 87: "2023年启动，2025年完成", 88: "2024年", 89: "2024年",
     90: "2024年", 92: "2025年", 93: "2024年", 94: "2024年", 95: "2025年", 96: "2025年", 97: "2024年",
     98: "2024年", 100: "2025年", 101: "2025年", 102: "2025年", 103: "2024年", 104: "2024年", 105: "2024年",
     106: "2025年", 107: "2025年", 108: "长期推进，2024年取得明显成效", 109: "2024年", 111: "2025年",
     112: "2024年", 113: "2024年", 114: "2024年", 115: "2024年", 116: "2023年完成并长期坚持",
     117: "2024年", 118: "2023年完成并长期坚持", 120: "2025年", 121: "长期坚持", 122: "2023 年完成，长期坚持",
     123: "2023 年完成，长期坚持", 124: "2023 年形成机制，长期坚持"}


def find(loc):
    hits = [i + 1 for i, l in enumerate(lines) if loc in l]
    assert len(hits) == 1, (loc, hits)
    return hits[0]


def tr(tasks):
    return "；".join("task %d 完成时限“%s”" % (t, R[t]) for t in tasks)


expect = [
    {"rule": "basis-mismatch", "line": find("（宁政发〔2023〕71号）"), "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the draft transposes the digits (71号), so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": 0, "text": "2025年6月底前",
     "why": "annex row 30 (公共数据开放目录及责任清单、分类分级开放公共数据) takes up task 41, 完成时限“2024年”; the row says 2025年6月底前, later than the region (the body measure on the same subject says 2024年12月底前)"},
    {"rule": "deadline-invalid", "line": 0, "text": "2023年10月底前",
     "why": "annex row 34 (电子政务外网升级改造、骨干网扩容、互联网出口带宽) takes up task 47, 完成时限“2024 年”; the plan is issued 2024-04-12, so a deadline of 2023年10月 lies before the plan's own year and is not a copy of any regional deadline for this task (a slip carried over from a 2023 text)"},
    {"rule": "unknown-unit", "line": 0, "text": "市大数据管理服务局",
     "why": "annex row 33 (task 46) names 市大数据管理服务局 as lead; 灵武市 has no such body (its unit is 市大数据服务中心; 银川市大数据管理服务局 is 银川's and is always written with 银川市). Not in units.txt"},
    {"rule": "garbled-text", "line": find("鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁渚涢渶瀵规帴",
     "why": "UTF-8 bytes read as GBK: 政务数据供需对接 (re-encode as GBK, decode as UTF-8)"},
]
# fill row lines for the annex-row mistakes
rowline = {}
for i, r in enumerate(build.rows, 1):
    rowline[r[1]] = find("%d\t%s\t%s" % (i, r[0], r[2][:20]))
expect[1]["line"] = rowline[41]
expect[2]["line"] = rowline[47]
expect[3]["line"] = rowline[46]
assert "2025年6月底前" in lines[rowline[41] - 1]
assert "2023年10月底前" in lines[rowline[47] - 1]
assert "\t市大数据管理服务局\t" in lines[rowline[46] - 1]

mnf = []


def add(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)


# ---- deadlines in annex rows (every row except the two planted ones) ----
PRE = "2023"
for i, (grp, task, content, lead, coop, dl) in enumerate(build.rows, 1):
    if task in (41, 47):
        continue
    ln = rowline[task]
    if dl.startswith(PRE):
        add("deadline-later-than-baseline", ln,
            "annex row %d: %s; the row copies the regional milestone (equal), not later" % (i, tr([task])), dl)
        add("deadline-invalid", ln,
            "annex row %d: 2023 milestone copied from the region (%s) and marked 完成/形成机制 + 长期坚持; a copied regional deadline lying before the plan's year, not an impossible date" % (i, tr([task])), dl)
    elif dl in ("长期坚持",):
        add("deadline-later-than-baseline", ln,
            "annex row %d: %s; 长期坚持 carries no year, so it cannot be later (the region's 2023 milestone has passed and the office keeps the work going)" % (i, tr([task])), dl)
    else:
        add("deadline-later-than-baseline", ln,
            "annex row %d: %s; the local deadline is equal to or earlier than the region's" % (i, tr([task])), dl)

# ---- deadlines and dates in the body ----
body_deadlines = [
    ("到2024年底，数字政府建设工作体系基本健全", [43, 48, 86], "2024年底", "主要目标 2024: 信创云迁移 (task 43), 外网三级全覆盖 (task 48), 我的宁夏专区 (task 86) are all due 2024 in the region; equal. It restates none of the region's 2023 goals"),
    ("到2025年，全市数字政府建设全面融入", [], "2025年", "主要目标: equal to the region's goal 到2025年 “34567”体系框架全面成型"),
    ("到2035年，与政府治理能力现代化", [], "2035年", "主要目标: equal to the region's 2035 goal"),
    ("1.助力算力枢纽建设", [1], "持续推进，2025年取得明显成效", "equal"),
    ("2.推进产业数字化转型", [2], "2024年取得明显成效", "equal"),
    ("3.加快智慧园区建设", [3], "2025年12月底前", "end of 2025 equals the region's 2025"),
    ("4.完善数字经济治理体系", [5], "持续推进，2025年取得明显成效", "equal"),
    ("1.推进公共服务数字化", [6], "持续推进，2025年取得明显成效", "equal"),
    ("2.深化智慧教育应用", [7], "2024年全面推广应用，2025年取得明显成效", "completing milestone 2025 equal; the 2023 sentence is background"),
    ("3.深化“互联网+医疗健康”应用", [8], "2025年", "equal"),
    ("4.推进智慧城市建设", [9], "2025年", "equal"),
    ("5.推进数字乡村建设", [10], "持续推进，2025年取得明显成效", "equal"),
    ("6.加快“数字供销”建设", [11], "2025年取得明显成效", "equal"),
    ("1.培育数据要素市场", [12], "2025年", "equal"),
    ("4.提高自主可控水平", [19], "2024年12月底前", "equal to 2024年建成"),
    ("1.以数字化改革助力政府职能转变", [21, 22], "2024年12月底前", "equal (21) and earlier (22)"),
    ("2.创新数字政府建设管理机制", [23], "2024年10月底前", "earlier"),
    ("3.完善政务信息化项目管理", [24], "长期坚持", "no year, cannot be later"),
    ("4.推进制度规范清理", [26], "2024年12月底前", "equal"),
    ("6.开展试点示范", [28], "2025年取得明显成效", "equal"),
    ("2.推进政务数据一体化", [29, 33, 34, 35], "2024年12月底前", "equal (33-35) or earlier (29)"),
    ("4.促进数据有序开发利用", [41, 42], "2024年12月底前", "equal; only the annex row for task 41 is late"),
    ("5.推进“一应用一数仓”建设", [39], "2024年", "equal"),
    ("6.强化电子公文管理", [40, 54], "2024年12月底前", "equal"),
    ("1.强化政务云平台支撑能力", [43, 46], "2024年12月底前", "equal"),
    ("2.提升网络平台支撑能力", [47, 48, 49, 50], "2024年12月底前", "equal (47, 48, 50) or earlier (49)"),
    ("3.加强共性应用支撑能力", [52, 53, 55, 56, 57, 58], "2024年12月底前", "equal or earlier"),
    ("4.提高政务平台迭代支撑能力", [59], "2025年6月底前", "earlier than the region's 2025"),
    ("（一）健全组织机构。参照自治区", [64, 60], "2024年6月底前", "the county's counterpart is task 64 (2025), so earlier; task 60 (充实自治区领导小组, 2023) is the region's own group, done by 自治区政府办公厅 alone, and is not the county's task"),
    ("（三）完善工作机制。建立", [], "2024年6月底前", "local working mechanism with no regional task; nothing to compare"),
    ("1.加强经济数据整合和运行监测", [65, 66], "2024年12月底前", "equal (65) or earlier (66)"),
    ("1.提升监管精准化水平", [70, 71], "2024年12月底前", "equal"),
    ("2.提升监管协同化水平", [73], "2024年12月底前", "equal"),
    ("3.提升监管智能化水平", [74, 75], "2024年12月底前", "equal"),
    ("1.提升社会矛盾化解能力", [77], "2024年12月底前", "equal"),
    ("2.提升社会治安防控能力", [78, 79], "2024年12月底前", "equal"),
    ("3.提升公共安全保障能力", [80, 81], "2024年12月底前", "equal (80) or earlier (81)"),
    ("4.提高基层社会治理能力", [83], "2025年", "equal"),
    ("1.打造泛在可及的服务体系", [84], "2024年12月底前", "equal"),
    ("3.提升移动端和热线服务能力", [86, 87], "2024年12月底前", "equal (86) or earlier (87)"),
    ("4.提供优质便利的涉企服务", [88, 89], "2024年12月底前", "equal"),
    ("5.拓展公平普惠的民生服务", [90, 92, 93], "2024年12月底前", "equal or earlier"),
    ("1.提升生态环保协同治理能力", [94, 95], "2024年12月底前", "equal or earlier"),
    ("2.提高自然资源利用效率", [96, 97, 98, 100], "2024年12月底前", "equal or earlier"),
    ("3.推动绿色低碳转型", [101, 102], "2025年", "equal"),
    ("1.提升辅助决策能力", [103], "2024年12月底前", "equal"),
    ("2.提升行政执行能力", [104, 105, 106, 107], "2024年12月底前", "equal or earlier"),
    ("3.提升行政监督水平", [108, 109], "长期推进，2024年取得明显成效", "equal"),
    ("4.提升机关事务管理水平", [111], "2025年", "equal"),
    ("1.不断提升政府信息公开水平", [112, 113], "2024年12月底前", "equal"),
    ("2.充分发挥政务新媒体传播优势", [114], "2024年12月底前", "equal"),
    ("3.畅通政民互动渠道", [115], "2024年12月底前", "equal"),
    ("（二）加大财政投入。", [25], "长期坚持", "no year"),
    ("（三）提升数字素养。", [117, 118, 120], "长期坚持", "no year"),
]
for loc, tasks, text, rel in body_deadlines:
    why = (tr(tasks) + "; " if tasks else "") + rel
    add("deadline-later-than-baseline", find(loc), why, text)

pre_year_body = [
    ("1.强化安全管理责任", [14, 15], "2023年完成，长期坚持"),
    ("3.提升安全防护能力", [18], "2023年形成机制，长期坚持"),
    ("（一）加强组织领导。市数字政府", [116], "2023年完成并长期坚持"),
    ("（四）强化考核评价。", [121, 122, 123, 124], "2023年完成，长期坚持"),
]
for loc, tasks, text in pre_year_body:
    ln = find(loc)
    add("deadline-later-than-baseline", ln, tr(tasks) + "; the regional 2023 milestone is copied, equal", text)
    add("deadline-invalid", ln, tr(tasks) + "; a copied regional milestone before the plan's year, kept with 长期坚持; not an impossible date", text)

add("deadline-invalid", find("2024年4月12日"), "the plan's own issue date", "2024年4月12日")
add("deadline-invalid", find("2021年，市级政务信息系统完成整合"), "background: 2021/2022/2023 are past achievements, not deadlines", "2022年")
add("deadline-later-than-baseline", find("2021年，市级政务信息系统完成整合"), "background: 2022年 外网接入 of 乡镇便民服务中心 is a past fact, not a deadline for task 48", "2022年")
add("deadline-invalid", find("2.深化智慧教育应用"), "background inside the measure: 2023年 中小学校已全部接入 is a past fact", "2023年")
add("deadline-invalid", find("全市政务数据资源目录已于2023年"), "background: the catalogue's first edition was finished in 2023 (task 30, 完成时限“2023年”); the measure itself is 长期坚持", "2023年")
add("deadline-later-than-baseline", find("（六）加强调度督办"), "the office's own reporting dates (quarterly reports, annual summary 2024年12月10日, report to 银川 by 2025年1月15日); not task deadlines", "2025年1月15日前")
add("deadline-invalid", find("（六）加强调度督办"), "reporting dates in the plan's year and the next; valid dates", "2024年12月10日前")
add("deadline-later-than-baseline", find("附件：灵武市数字政府建设重点任务清单"), "title of the annex: the period 2024年—2025年 is the plan's span, not a deadline", "2024年—2025年")

# ---- basis documents ----
add("basis-mismatch", find("（国发〔2022〕14号）"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
add("basis-mismatch", find("（宁政办发〔2023〕11号）"), "cited exactly as in the 吴忠 plan (seed); title and 文号 agree with that seed", "宁政办发〔2023〕11号")
add("basis-mismatch", find("（宁政办发〔2020〕14号）"), "retrospective mention of the 2020 工作要点 in the background (自…印发以来), correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
add("basis-mismatch", find("灵政办发〔2024〕18号"), "the notice's own 文号", "灵政办发〔2024〕18号")

# ---- units ----
U = "unknown-unit"
add(U, find("区市驻灵各单位"), "collective addressee (all regional and 银川 units stationed in 灵武)", "区市驻灵各单位")
add(U, find("1.推进公共服务数字化"), "collective subject (市直有关部门, by their duties)", "市直有关部门按职责分别负责")
add(U, find("4.推进智慧城市建设"), "银川市 body named in full, in units.txt; task 9 is led by 各地级市, so 银川 leads and 灵武 bodies cooperate", "银川市大数据管理服务局")
add(U, find("5.推进“一应用一数仓”建设"), "银川市 body named in full, in units.txt; task 39 belongs to 各地级市", "银川市大数据管理服务局")
add(U, rowline[9], "银川市 body named in full, in units.txt; task 9 led by 各地级市", "银川市大数据管理服务局")
add(U, rowline[39], "银川市 body named in full, in units.txt; task 39 belongs to 各地级市", "银川市大数据管理服务局")
add(U, rowline[92], "银川市 body named in full, in units.txt; task 92 is led by 各地级市", "银川市人民政府办公室")
add(U, find("（六）加强调度督办"), "银川市 body named in full as the recipient of the annual report; in units.txt", "银川市大数据管理服务局")
add(U, find("加强与银川市行政审批服务局业务协同"), "银川市 body named in full, in units.txt; 银川 does the work (市域通办)", "银川市行政审批服务局")
add(U, find("1.提升生态环保协同治理能力"), "银川市生态环境局灵武分局 is the real (vertically managed) environment body in 灵武; in units.txt, never split", "银川市生态环境局灵武分局")
add(U, rowline[34], "listed unit 银川市生态环境局灵武分局 inside a 分别负责 list of 灵武 bodies; in units.txt", "银川市生态环境局灵武分局")
add(U, find("1.培育数据要素市场"), "regional body where the region does the work (配合自治区发展改革委); not a lead of a local task", "自治区发展改革委")
add(U, find("2.推进政务数据一体化"), "regional body where the region does the work (配合自治区政府办公厅建设…政务数据平台)", "自治区政府办公厅")
add(U, find("6.强化电子公文管理"), "regional body where the region does the work (按照自治区档案局统一部署)", "自治区档案局")
add(U, find("1.提升监管精准化水平"), "regional body where the region does the work (自治区市场监管厅建设的平台)", "自治区市场监管厅")
add(U, find("1.提升社会矛盾化解能力"), "regional body where the region does the work (自治区党委政法委建设的系统); 市委政法委 is 灵武's own lead", "自治区党委政法委")
add(U, find("2.提高自然资源利用效率"), "regional body where the region does the work (配合自治区公共资源交易管理局)", "自治区公共资源交易管理局")
add(U, find("4.提升机关事务管理水平"), "regional body (official short name 机管局) where the region does the work", "自治区机管局")
add(U, find("3.完善政务信息化项目管理"), "prefix distributes: 市财政局、审计局 = 市审计局 (in units.txt)", "审计局")
add(U, find("3.提升行政监督水平"), "prefix distributes: 市发改局、财政局、审计局 = 市财政局, 市审计局", "财政局")
add(U, rowline[24], "prefix distributes: 市财政局、审计局 = 市审计局", "审计局")
add(U, rowline[108], "prefix distributes: 市发改局、财政局、审计局", "财政局")
add(U, find("1.助力算力枢纽建设"), "official short name of 市发展和改革局 (市 = 灵武市), alias in units.txt", "市发改局")
add(U, find("2.推进产业数字化转型"), "official short name of 市工业信息化和商务局, alias in units.txt", "市工信商务局")
add(U, find("1.以数字化改革助力政府职能转变"), "市审批局 = 市行政审批服务局 (灵武), alias in units.txt; 市水务局等有关部门 ends in a collective tail", "市审批局")
add(U, find("1.以数字化改革助力政府职能转变"), "list ending in a collective tail: 市水务局 is in units.txt and 等有关部门 is a collective", "市水务局等有关部门")
add(U, rowline[33], "list of registered 灵武 bodies followed by 分别负责", "市审批局分别负责")
add(U, find("4.推进智慧城市建设"), "市城管执法局 = 市城市管理和综合执法局, alias in units.txt", "市城管执法局")
add(U, find("6.加快“数字供销”建设"), "市供销社 = 市供销合作社, alias in units.txt", "市供销社")
add(U, find("（三）完善工作机制。建立"), "市数字政府办 = 市数字政府建设领导小组办公室, alias in units.txt", "市数字政府办")
add(U, find("5.拓展公平普惠的民生服务"), "市文旅广电局 = 市文化旅游广电局, alias in units.txt", "市文旅广电局")
add(U, find("3.深化“互联网+医疗健康”应用"), "市卫健局 = 市卫生健康局 (a 局 at county level, not 委), alias in units.txt", "市卫健局")
add(U, find("2.推进政务数据一体化"), "市人社局 = 市人力资源和社会保障局, alias in units.txt", "市人社局")
add(U, find("2.创新数字政府建设管理机制"), "市 means 灵武市 here: 市政府办公室 is 灵武's own office (in units.txt), not 银川's", "市政府办公室")
add(U, find("（一）健全组织机构。参照自治区"), "市 means 灵武市: 市委编办 and 市政府办公室 are 灵武 bodies", "市委编办")
add(U, find("4.提高基层社会治理能力"), "collective subject", "各村（社区）")
add(U, find("2.提升监管协同化水平"), "collective subject", "承担监管职责的市直有关部门")
add(U, find("3.提升监管智能化水平"), "collective subject with 分别负责", "承担监管职责的市直有关部门分别负责")
add(U, rowline[32], "collective subject with 分别负责", "市直各部门（单位）分别负责")
add(U, rowline[93], "collective subject with 按职能分别负责", "市直各部门（单位）按职能分别负责")
add(U, rowline[116], "collective subjects as 负责 for the 一把手工程 task", "各乡镇人民政府")
add(U, find("5.推进数字乡村建设"), "telecom operators' local branches, listed in units.txt", "中国电信灵武分公司")
add(U, find("2.加强经济政策统筹协调"), "vertical body named with its place, listed in units.txt", "灵武市税务局")
add(U, find("3.提升公共安全保障能力"), "vertical bodies named with their place, listed in units.txt", "灵武市消防救援大队")
add(U, find("1.助力算力枢纽建设"), "development zone management committee, listed in units.txt", "灵武经济开发区管委会")
add(U, find("（三）提升数字素养。"), "市委党校 is in units.txt", "市委党校")

# ---- pillars ----
for p, where in [("数字生态", "（三）营造良好数字生态"), ("五个一", "四、健全“五个一”"),
                 ("组织领导", "（一）加强组织领导。"), ("财政投入", "（二）加大财政投入。"),
                 ("数字素养", "（三）提升数字素养。"), ("考核评价", "（四）强化考核评价。")]:
    mnf.append({"rule": "missing-pillar", "line": 0, "pillar": p,
                "why": "taken up at line %d (党的领导 items sit under 六、保障措施 but are all present)" % find(where)})

# ---- garbled near miss ----
add("garbled-text", find("（二）基本原则"), "ordinary heading; the plan has only one damaged run (line %d)" % find("鏀垮姟鏁版嵁"))

# ---- covers ----
covers = [{"task": t, "line": rowline[t]} for t in sorted(rowline)]
# tasks taken up in the body only
for t, loc in [(17, "2.落实安全制度要求"), (19, "4.提高自主可控水平"), (26, "4.推进制度规范清理"),
               (52, "3.加强共性应用支撑能力"), (65, "1.加强经济数据整合和运行监测"), (67, "2.加强经济政策统筹协调"),
               (70, "1.提升监管精准化水平"), (103, "1.提升辅助决策能力"), (109, "3.提升行政监督水平"),
               (117, "（三）提升数字素养。"), (122, "（四）强化考核评价。"), (124, "（四）强化考核评价。")]:
    covers.append({"task": t, "line": find(loc)})
covers.sort(key=lambda c: c["task"])

key = {
    "writer": "blind writer, round 629; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("灵武市 (county-level city under 银川市) 2024 实施方案 with a 87-row task annex; parent none. "
              "In the draft and units.txt 市 always means 灵武市; 银川市 bodies are always written with 银川市 and lead only "
              "tasks the region gives to 各地级市 (9, 39, 92). Regional bodies appear only where the region does the work, never in a "
              "responsibility bracket. Tasks whose regional deadline is 2023 carry either the copied regional milestone "
              "(2023年完成/形成机制 + 长期坚持) or 长期坚持. Deliberately not taken up: task 82 (新冠疫情防控平台, obsolete in 2024) and "
              "region-only tasks; no task-uncovered is planted. Body and annex give different but non-late dates for some tasks "
              "(e.g. task 48: body 2024年12月底前, annex 2024年6月底前). build.py writes draft.txt and units.txt; makekey.py writes this key."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers))
