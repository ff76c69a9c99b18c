#!/usr/bin/env python3
"""Builds key.json for blind503 from draft.txt; every line number is looked up, never typed."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()

def find(sub, occurrence=None):
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l]
    if occurrence is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[occurrence]

def row(n, must=None):
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(f"{n}\t")]
    assert len(hits) == 1, (n, hits)
    ln = hits[0]
    if must:
        assert must in LINES[ln - 1], (n, must)
    return ln

def deadline_of(n):
    return LINES[row(n) - 1].split("\t")[3]

expect = [
    {"rule": "deadline-later-than-baseline", "line": find("到2026年"), "text": "2026年",
     "why": "主要目标 goal: the region's 实施意见 says 到2025年 the 数字政府 体系框架 全面成型 (工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效); the draft copies the same goal with 到2026年 (and its own 编制说明 says 到2025年)"},
    {"rule": "deadline-later-than-baseline", "line": row(14, "城域网"), "text": "2025年底",
     "why": "task 48 (各级城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年 (task 47 外网升级 also 2024年); the row still carries the old plan's 2025年底前, which the 编制说明 says was moved to 2024年底前"},
    {"rule": "deadline-invalid", "line": row(23, "矛盾纠纷"), "text": "21月",
     "why": "impossible month (2024年21月, a transposed 12月); task 77 完成时限 2024年, so the year itself is not late"},
    {"rule": "deadline-invalid", "line": row(10, "资源目录"), "text": "2022年底",
     "why": "a deadline before the plan's own year (issued 2024-04-18) that is not a copied regional deadline: task 30 (一体化政务数据资源目录) 完成时限 2023年; the row keeps the old 2021 plan's date (see 编制说明 （四）). Earlier than the region, so not a late deadline"},
    {"rule": "unknown-unit", "line": row(9, "一本账"), "text": "县信息化中心",
     "why": "abolished body (merged into 县大数据服务中心 in 2022, as the 编制说明 says); not in units.txt, only in a comment"},
    {"rule": "basis-mismatch", "line": find("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not a 政府办公厅 (宁政办发) number; the 编制说明 cites it correctly"},
]

mnf = []
def add(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

L = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"; P = "missing-pillar"

# --- deadlines in the plan body ---
add(I, find("2024年4月18日"), "the plan's own issue date, not a deadline", "2024年4月18日")
add(L, find("到2024年底，县级"), "goal items equal or earlier than the region: 信创云迁移 task 43 (2024年建成，持续推进), 外网县乡村全覆盖 task 48 (2024年), 我的宁夏/宁政通 tasks 86/105 (2024年), county organisation task 64 (2025年). The region's 2023 goal on 五个一 concerns 自治区本级 only", "2024年底")
add(L, find("到2035年，与政府"), "equal to the region's 主要目标 到2035年 数字政府全面建成", "2035年")
add(L, find("强化政务云支撑。"), "task 43 完成时限 2024年建成，持续推进: equal", "2024年底前")
add(I, find("2021年，我县成立"), "background: a past event, not a deadline", "2021年")
add(I, find("每季度末月25日前"), "the office's own recurring reporting dates (25日前, 12月15日前), not task deadlines", "12月15日前")
add(L, find("每季度末月25日前"), "the office's own recurring reporting dates, not task deadlines", "12月15日前")
add(L, find("有效期至2025年12月31日"), "validity period of the plan, not a task deadline", "2025年12月31日")
add(L, find("隆德县数字政府建设重点任务清单（2024年—2025年）", 0), "attachment list: title of the task list giving its period", "2025年")
add(L, find("隆德县数字政府建设重点任务清单（2024年—2025年）", 1), "title of the task list giving its period", "2025年")

rowtask = {
    1: (2, "2023 年启动，2024 年取得明显成效", "equal"),
    2: (3, "持续推进，2025 年取得明显成效", "equal"),
    3: (6, "持续推进，2025 年取得明显成效", "equal"),
    4: (7, "2023年形成试点经验，2025年取得明显成效", "equal (completing milestone 2025)"),
    5: (8, "持续推进，2025年取得明显成效", "earlier"),
    6: (10, "持续推进，2025年取得明显成效", "equal"),
    7: (11, "2023年完成主要建设任务，2025年取得明显成效", "equal (completing milestone 2025)"),
    8: (21, "2024年", "equal"),
    9: (23, "2024年", "equal (the row's unit is the planted error, not its date)"),
    11: (33, "2024年 (tasks 34, 35 also 2024年)", "equal"),
    12: (41, "2024年 (task 42 also 2024年)", "equal"),
    13: (43, "2024 年建成，持续推进", "equal"),
    15: (49, "2025 年", "equal"),
    16: (54, "2024年 (task 40 also 2024年)", "equal"),
    17: (56, "2025年", "equal"),
    18: (57, "2024年", "equal"),
    19: (64, "2025年", "earlier"),
    20: (66, "2025年", "equal"),
    21: (71, "2024年", "equal"),
    22: (73, "2024年 (task 74 also 2024年)", "equal"),
    24: (79, "2024年", "equal"),
    25: (80, "2024年", "equal"),
    26: (83, "2025年", "equal"),
    27: (84, "2024年", "equal"),
    28: (86, "2024年", "equal"),
    29: (88, "2024年 (task 89 also 2024年)", "equal"),
    30: (93, "2024年", "earlier (9月底前 within 2024)"),
    31: (94, "2024年", "equal"),
    32: (96, "2025年", "equal"),
    33: (98, "2024年", "equal"),
    34: (104, "2024年 (task 105 also 2024年)", "equal"),
    35: (106, "2025年", "equal"),
    36: (107, "2025年", "equal"),
    37: (111, "2025年", "equal"),
    38: (112, "2024年 (task 114 also 2024年)", "equal"),
    39: (115, "2024年", "equal"),
    40: (116, "2023年完成并长期坚持", "equal (copied)"),
    41: (121, "长期坚持", "equal"),
}
for n, (task, limit, rel) in rowtask.items():
    add(L, row(n), f"row {n}: task {task} 完成时限 {limit}; the row's {deadline_of(n)} is {rel}", deadline_of(n))
add(I, row(40), "copied regional deadline of task 116 (2023年完成并长期坚持) that lies before the plan's year; not an impossible date", "2023年")

# --- deadlines in the 编制说明 (retrospective) ---
bg = find("一、编制背景。")
add(I, bg, "background dates (2021年8月 old plan issued, 2023年底 old plan expired, 2023年5月 region issued): past events", "2023年底")
add(L, bg, "background dates, not deadlines", "2023年底")
goal = find("（一）关于建设目标。")
add(I, goal, "the old 2021 plan's goal date 到2023年底, quoted retrospectively", "2023年底")
add(L, goal, "到2025年 / 到2035年 restated, equal to the region's 主要目标", "2025年")
cloud = find("（二）关于政务云。")
add(I, cloud, "the old plan's 2022年底前 (county cloud) quoted retrospectively", "2022年底前")
add(L, cloud, "new date 2024年底前 equal to task 43 (2024 年建成，持续推进)", "2024年底前")
net = find("（三）关于电子政务外网。")
add(L, net, "2025年底前 is the old plan's date quoted retrospectively (later than task 48's 2024年 but not a deadline of this plan); the new 2024年底前 equals task 48 (2024 年)", "2025年底前")
data = find("（四）关于政务数据。")
add(I, data, "the old plan's 2022年6月底前 and 2022年底前 quoted retrospectively", "2022年底前")
vc = find("（五）关于视频会议。")
add(I, vc, "the old plan's 2023年底前 quoted retrospectively", "2023年底前")
add(L, vc, "new date 2025年底前 equal to task 107 (2025年)", "2025年底前")
units_ln = find("（六）关于责任单位。")
add(I, units_ln, "2022年 is the date of the county's institutional reform, a past event", "2022年")
add(I, find("三、征求意见情况。"), "the office's own consultation dates (2024年2月、3月), past events", "2024年2月")

# --- units ---
add(U, units_ln, "old body named retrospectively in the 编制说明 (merged into 县大数据服务中心)", "县信息化中心")
add(U, units_ln, "old body named retrospectively (functions moved to 县工业信息化和商务局)", "县经济和信息化局")
add(U, units_ln, "old body named retrospectively (renamed 县审批服务管理局)", "县政务服务中心")
add(U, row(19), "official short name of 县人民政府办公室 in units.txt", "县政府办")
add(U, row(27), "official short name of 县审批服务管理局", "县审批局")
add(U, row(11), "short names in units.txt (县人社局, 县卫健局, 县应急局)", "县人社局")
add(U, row(7), "short name of 县供销合作社联合社", "县供销社")
add(U, row(33), "short name of 县林业和草原局", "县林草局")
add(U, row(22), "short name of 县市场监督管理局", "县市场监管局")
add(U, row(20), "prefix 县 distributes: 统计局 = 县统计局", "统计局")
add(U, row(1), "collective subjects (县直有关部门, 各乡镇人民政府)", "县直有关部门")
add(U, row(26), "collective subject", "各村（社区）")
add(U, row(3), "collective subject", "县直有关部门（单位）")
add(U, row(2), "固原市生态环境局隆德分局 is in units.txt (the city bureau's county branch)", "固原市生态环境局隆德分局")
add(U, find("县委切实履行领导责任"), "县委 and 县人民政府 are in units.txt", "县委")
add(U, find("鼓励县直部门和乡镇"), "collective subject (县直部门 = the county's departments), not a named unit", "县直部门")
add(U, find("县委党校"), "in units.txt", "县委党校")
add(U, find("每季度末月25日前"), "县推进数字政府建设领导小组办公室 / 领导小组办公室 in units.txt", "领导小组办公室")

# --- basis ---
add(B, find("国发〔2022〕14号"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
add(B, find("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan (seeds)", "宁政办发〔2023〕11号")
add(B, bg, "the county's own 2021 plan, mentioned retrospectively as the plan being replaced", "隆政办发〔2021〕58号")
add(B, bg, "the 2020 工作要点, mentioned retrospectively as the old plan's basis, not cited as this plan's basis", "宁政办发〔2020〕14号")
add(B, bg, "correct: 《关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "宁政发〔2023〕17号")

# --- pillars (present by content) ---
add(P, 0, "数字生态 taken up in 二（三） (data element market, 网络生态)", None)
add(P, 0, "五个一 / 健全组织机构 taken up in 四（一） (county leading group and its office)", None)
add(P, 0, "六级贯通 / 厘清层级职责 taken up in 四（二）", None)
add(P, 0, "党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) all in 六", None)
for e, p in zip(mnf[-4:], ["数字生态", "五个一", "六级贯通", "党的领导"]):
    e["pillar"] = p

covers = []
def cov(task, line):
    covers.append({"task": task, "line": line})
for n, (task, _, _) in rowtask.items():
    cov(task, row(n))
cov(30, row(10)); cov(48, row(14)); cov(77, row(23))
cov(5, find("完善数字经济治理。"))
cov(9, find("提升县城智能化治理水平。"))
cov(12, find("培育数据要素市场。"))
cov(14, find("强化安全管理责任。")); cov(15, find("强化安全管理责任。"))
cov(17, find("落实安全制度要求。")); cov(18, find("提升安全防护能力。")); cov(19, find("提高自主可控水平。"))
cov(24, find("创新数字政府建设管理机制。")); cov(28, find("开展试点示范。"))
cov(32, find("完善数据管理机制。")); cov(36, find("深化数据高效共享。"))
cov(47, find("提升网络支撑能力。")); cov(50, find("提升网络支撑能力。"))
cov(68, find("提升监管精准化水平。")); cov(85, find("提升智慧便捷的服务能力。"))
cov(102, find("推动绿色低碳转型。")); cov(103, find("提升辅助决策能力。"))
cov(118, find("（三）提升数字素养。")); cov(122, find("（四）强化考核评价。")); cov(123, find("（四）强化考核评价。"))
cov(25, find("（二）加大财政投入。"))
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
    "writer": "blind writer, round 503; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("隆德县 (固原市) 2024 plan on 宁政发〔2023〕17号, no parent plan. Attachment 1 is a tab-separated task list "
              "(序号, 重点任务, 责任单位, 完成时限; first-listed unit leads). Attachment 2, the 编制说明, compares the plan with the "
              "county's 2021 plan: old dates (2022年底前, 2023年底前, 2025年底前), the old basis (宁政办发〔2020〕14号) and "
              "abolished bodies (县信息化中心, 县经济和信息化局, 县政务服务中心) appear there retrospectively and must not be flagged. "
              "Two planted errors are leftovers of that old plan inside the new plan's task list (row 9 unit, row 10 and row 14 dates). "
              "Tasks whose regional deadline is 2023 are taken up in the body without dates on purpose."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect:
    print(e["rule"], e["line"], e["text"], "|", LINES[e["line"]-1][:40])
