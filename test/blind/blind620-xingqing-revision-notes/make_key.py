#!/usr/bin/env python3
"""Builds key.json from draft.txt: every line number is looked up here, never typed by hand."""
import json

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]


def find(sub, nth=0):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert hits, sub
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]


def one(sub):
    return find(sub, None)


def row(n):
    """line of task-list row n (first cell == n)"""
    hits = [i + 1 for i, l in enumerate(lines) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, n
    return hits[0]


def cell(n, k):
    return lines[row(n) - 1].split('\t')[k]


header = one('序号\t重点任务\t牵头单位\t配合单位\t完成时限')
assert row(1) == header + 1

expect = [
    {"rule": "basis-mismatch", "line": one('宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
     "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits transposed); the 修订说明 cites it correctly"},
    {"rule": "deadline-later-than-baseline", "line": one('到2026年，我区数字政府建设体系框架全面成型'), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 the '34567' 体系框架全面成型, 工作体制逐步健全、管理机制趋于成熟…; the district puts the same goal in 2026"},
    {"rule": "unknown-unit", "line": row(13), "text": "区信息中心",
     "why": "lead of row 13; 区信息中心 no longer exists (merged into 区大数据服务中心, as 修订说明 item 二 says) and is not in units.txt — the rename was not carried into this row"},
    {"rule": "unknown-unit", "line": row(15), "text": "自治区财政厅",
     "why": "a regional body named as lead (牵头单位 column) of a district task — copied from regional task 56 (自治区财政厅牵头负责); the district lead should be 区财政局"},
    {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2025年底前",
     "why": "regional task 54 (电子文件归档, 完成时限 2024年) — 2025年底前 is later; the 修订说明 (item 四) says this was changed to 2024年底前 but the row still carries the old date"},
    {"rule": "deadline-invalid", "line": row(27), "text": "20244年",
     "why": "five-digit year (typo for 2024年底前); regional task 93 (适老化与信息无障碍建设, 完成时限 2024年)"},
    {"rule": "garbled-text", "line": one('鍋ュ叏缃戞牸'), "text": "鍋ュ叏缃戞牸涓婃姤",
     "why": "UTF-8 read as GBK mojibake of 健全网格上报网上分流部门响应机制 (re-encode as GBK, decode as UTF-8)"},
    {"rule": "task-uncovered", "line": 0, "task": 82,
     "why": "疫情智能监测/疫情防控平台 task (各市、县（区）配合) — deliberately deleted as 原第20项; the 修订说明 only records the deletion and does not take the task up"},
]

M = []


def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)


DL = "deadline-later-than-baseline"
UU = "unknown-unit"
BM = "basis-mismatch"
DI = "deadline-invalid"

# --- the round's own near misses: history in the 修订说明 ---
l1 = one('一、将第12项完成时限由')
m(DL, l1, "修订说明 item 一 quotes the OLD date of row 12 (history); it is also equal to regional task 48 (2024年); the plan row carries 2024年9月底前", "2024年底前")
l2 = one('二、因机构改革，区信息中心')
m(UU, l2, "修订说明 item 二 names the abolished 区信息中心 as history (the old lead being replaced), not as a responsible unit of the plan", "区信息中心")
l4 = one('四、将第16项完成时限由')
m(DL, l4, "修订说明 item 四 quotes the OLD date of row 16 (history); the error is in row 16 itself, not in this note", "2025年底前")
l5 = one('五、将第5项完成时限由')
m(DL, l5, "修订说明 item 五 quotes an OLD date 2026年底前 (history, regional task 12 is 2025年); row 5 now carries 2025年底前", "2026年底前")
l6 = one('六、将第1项配合单位中的')
m(UU, l6, "修订说明 item 六 quotes the old colloquial form 区发改局 (history); it is also an alias of 区发展改革局 in units.txt", "区发改局")
l3 = one('三、删去原第20项')
m(DL, l3, "修订说明 item 三 records a deleted item; it carries no deadline and covers no task")
lr = one('征求意见稿）》于2024年1月15日')
m(DL, lr, "the drafting office's own past dates (征求意见 sent 2024-01-15, feedback by 2024-02-05), not task deadlines", "2024年2月5日")
m(BM, lr, "correct citation of 宁政发〔2023〕17号 with its right title", "宁政发〔2023〕17号")
m(DL, one('拟于2024年3月下旬提请'), "the office's own schedule for the 常务会议, not a task deadline", "2024年3月下旬")

# --- basis ---
pre = one('国发〔2022〕14号')
m(BM, pre, "national 指导意见 cited with its correct 文号", "国发〔2022〕14号")
m(BM, pre, "the 银川市 plan is cited by title alone, as city plans often are; no parent plan is given for this case", "《银川市关于加强数字政府建设的实施方案》")
bg = one('宁政办发〔2020〕14号')
m(BM, bg, "retrospective mention of the 2020 工作要点 in the background paragraph (what the district did before), not cited as basis", "宁政办发〔2020〕14号")
m(DI, bg, "past date in the background (2023年 achievements), not a deadline", "2023年")
m(DI, one('2024年3月12日'), "the draft's own date", "2024年3月12日")

# --- goals ---
g24 = one('到2024年底，区级政务信息系统')
m(DL, g24, "2024 goals equal regional tasks 43 (2024年建成), 48 (2024年), 41 (2024年), 86 (2024年); none of them repeats the region's 2023 goals", "2024年底")
m(DL, one('到2035年，与政府治理能力现代化'), "same 2035 vision as the region (到2035年)", "2035年")

# --- deadlines in the task list: equal or earlier ---
rows = [
    (1, 2, "2023年启动，2024年取得明显成效", "equal"),
    (2, 3, "持续推进，2025年取得明显成效", "equal"),
    (3, 9, "持续推进，2025年取得明显成效", "equal"),
    (4, 10, "持续推进，2025年取得明显成效", "earlier (June 2025)"),
    (5, 12, "2025年", "equal"),
    (7, 21, "2024年", "equal"),
    (8, 22, "2025年", "equal"),
    (9, 23, "2024年", "equal"),
    (10, 28, "2023年启动，2025年取得明显成效", "equal"),
    (11, 41, "2024年", "equal"),
    (12, 48, "2024年", "earlier (September 2024, the date changed in 修订说明 item 一)"),
    (13, 47, "2024年", "equal (the row's error is its lead unit, not its date)"),
    (14, 53, "2024年 (task 52: 2025年)", "equal to 53, earlier than 52"),
    (15, 56, "2025年", "equal (the row's error is its lead unit, not its date)"),
    (17, 57, "2024年", "equal"),
    (18, 64, "2025年", "earlier (June 2024)"),
    (19, 71, "2024年", "equal"),
    (20, 77, "2024年", "equal"),
    (21, 83, "2025年", "equal"),
    (22, 80, "2024年", "equal"),
    (23, 86, "2024年", "earlier (June 2024)"),
    (24, 87, "2023年启动，2025年完成", "equal"),
    (25, 89, "2024年", "equal"),
    (26, 90, "2024年", "equal"),
    (28, 95, "2025年", "equal"),
    (29, 96, "2025年", "equal"),
    (30, 104, "2024年 (task 105: 2024年)", "equal"),
    (31, 106, "2025年", "equal"),
    (32, 111, "2025年", "equal"),
    (33, 112, "2024年 (task 114: 2024年)", "equal"),
    (34, 121, "长期坚持", "equal (ongoing, as the region)"),
]
for n, t, reg, rel in rows:
    m(DL, row(n), f"row {n}: regional task {t}, 完成时限 {reg}; {cell(n, 4)} is {rel}", cell(n, 4))
m(DL, row(6), "row 6 copies regional task 18's 完成时限 verbatim (2023年形成机制，长期坚持): equal", "2023年形成机制，长期坚持")
m(DI, row(6), "a copied regional deadline (task 18) that lies before the plan's year, with 长期坚持; not an impossible date", "2023年形成机制")
m(DL, row(27), "row 27: 20244年 is a typo (expected as deadline-invalid), not a real late deadline; regional task 93 is 2024年", "20244年底前")
m(DL, one('季度末月25日前'), "the office's own reporting dates (quarterly progress, annual summary), not task deadlines", "12月20日前")

# --- units ---
m(UU, row(1), "prefix 区 distributes: 区发展改革局、商务局 = 区商务局 (in units.txt)", "商务局")
m(UU, row(8), "prefix distributes: 区住房城乡建设局 (in units.txt)", "住房城乡建设局")
m(UU, row(19), "prefix distributes: 区卫生健康局 (in units.txt)", "卫生健康局")
m(UU, row(20), "prefix distributes: 区信访局 (in units.txt)", "信访局")
m(UU, row(3), "collective subject", "各街道办事处")
m(UU, row(4), "collective subject", "各乡镇人民政府")
m(UU, row(7), "official short name of 区审批服务管理局 (alias in units.txt)", "区审批局")
m(UU, row(7), "collective subject", "区直有关部门")
m(UU, row(9), "collective subject", "区直各部门（单位）")
m(UU, row(10), "short name of 区人民政府办公室 (alias in units.txt)", "区政府办公室")
m(UU, row(21), "collective subjects", "各乡镇（街道）、各村（社区）")
m(UU, row(2), "a named town government, in units.txt", "掌政镇人民政府")
m(UU, row(22), "in units.txt", "区消防救援大队")
m(UU, row(6), "in units.txt (alias of 兴庆区公安分局)", "区公安分局")
m(UU, row(12), "the renamed lead, in units.txt (修订说明 item 二 carried correctly here)", "区大数据服务中心")
m(UU, one('兴庆区数字政府建设领导小组办公室'), "the drafting office itself, in units.txt", "兴庆区数字政府建设领导小组办公室")

covers = []


def c(task, line):
    covers.append({"task": task, "line": line})


for n, t in [(1, 2), (2, 3), (3, 9), (4, 10), (5, 12), (6, 18), (7, 21), (8, 22), (9, 23), (10, 28),
             (11, 41), (12, 48), (13, 47), (14, 52), (15, 56), (16, 54), (17, 57), (18, 64), (19, 71),
             (20, 77), (21, 83), (22, 80), (23, 86), (24, 87), (25, 89), (26, 90), (27, 93), (28, 95),
             (29, 96), (30, 104), (31, 106), (32, 111), (33, 112), (34, 121)]:
    c(t, row(n))
body = [
    (6, '推动数字化服务普惠应用'), (7, '国家智慧教育平台'), (8, '“互联网+医疗健康”应用'),
    (13, '落实数据交易主体市场准入'), (14, '强化安全管理责任'), (15, '建立数字政府安全评估'),
    (17, '落实数据分类分级保护'), (24, '完善政务信息化项目会商'), (25, '统筹现有资金渠道，对信息化'),
    (30, '摸清全区政务数据资源底数'), (32, '明确区直各部门数据管理机构'), (36, '建立健全政务数据供需对接机制'),
    (42, '推进供水、供电、供气、公共交通等公共数据'), (43, '向政务信创云有序迁移'),
    (50, '非涉密业务专网向电子政务外网整合迁移'), (51, '推广应用全区统一身份认证'),
    (40, '规范电子公文全流程管理'), (66, '积极对接宁夏经济运行大数据平台'), (68, '编制完善监管事项目录和实施清单'),
    (70, '“双随机、一公开”差异化监管'), (73, '履行监管数据治理主体责任'), (79, '“雪亮工程”向基层全覆盖'),
    (84, '“一网通办”枢纽作用'), (85, '“免申即享”“民生直达”'), (88, '深化“证照分离”改革'),
    (102, '推进水、气、土、废污染防治攻坚战'), (105, '“宁政通”，推动公文流转'),
    (107, '统筹整合非涉密视频会议系统资源'), (114, '构建政务新媒体矩阵体系'), (116, '纳入“一把手工程”'),
    (118, '区委党校干部教育培训内容'),
]
for t, sub in body:
    c(t, find(sub, 0))
c(53, row(14))

key = {
    "writer": "blind writer, round 620; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("兴庆区 (a district of 银川市) 2024 实施方案（修订稿）: plan, 34-row task list (tab-separated, columns 序号/重点任务/牵头单位/配合单位/完成时限), "
              "then a 修订说明 quoting old dates and old bodies as history. Planted: wrong 文号 in the preamble, a 2026 goal, "
              "the abolished 区信息中心 left as lead in row 13, a regional body (自治区财政厅) copied as lead of row 15, "
              "row 16 still on 2025年底前 although 修订说明 item 四 says it was moved to 2024年底前, a five-digit year in row 27, "
              "mojibake in the 基层治理 paragraph, and task 82 (原第20项) deleted. No parent plan is given: the 银川市 plan is "
              "cited by title only. Rows with a 2023 regional deadline were kept out of the task list (except row 6, "
              "copied verbatim from task 18) so that no 2024 date stands against a 2023 task."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
