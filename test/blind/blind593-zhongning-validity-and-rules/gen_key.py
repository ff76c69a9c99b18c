# -*- coding: utf-8 -*-
# Writes key.json for blind case 593 with line numbers looked up in the final draft.txt.
# Run after gen_draft.py: /usr/bin/python3 gen_key.py
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def ln(anchor, text=None):
    """1-based line holding `anchor` (must be unique); `text` must also be on it."""
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (anchor, text)
    return hits[0]


def row(n):
    """line of task-list row n (first cell == n)."""
    hits = [i + 1 for i, l in enumerate(LINES) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(n, k):
    return LINES[row(n) - 1].split('\t')[k]


GARBLED = '扩大电子证照共享应用场景'.encode('utf-8').decode('gbk')
assert GARBLED[:8] in LINES[ln('加强共性应用支撑能力') - 1]

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'

expect = [
    {"rule": BM, "line": ln('根据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
     "why": "the 自治区 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71号 is a digit swap, the title is right"},
    {"rule": DL, "line": ln('到2026年，全县数字政府建设体系框架全面成型', '2026年'), "text": "2026年",
     "why": "主要目标: the region's goal for the same thing is 到2025年 (\"34567\"体系框架全面成型、工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效…); the county copies the goal with 2026 (its validity end), one year late"},
    {"rule": DL, "line": row(13), "text": "2025年6月底前",
     "why": "task-list row 13 (城域网升级改造, 县乡村三级全覆盖) takes up regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024 年; the draft's own body (line %d) and goal (line %d) say 2024年底" % (ln('提升网络平台支撑能力'), ln('到2024年底，全县非涉密'))},
    {"rule": DI, "line": row(32), "text": "2022年底前",
     "why": "deadline before the year the document is issued (2024); a typo for 2025: regional task 106 (全区统一的填表报数系统), 完成时限 2025年"},
    {"rule": UU, "line": row(10), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (牵头) of a county task (编制全县公共数据开放目录); copied from regional task 41's 责任单位; the county lead would be 县大数据服务中心"},
    {"rule": UU, "line": row(16), "text": "县电子政务办公室",
     "why": "not in units.txt: an old unit name carried over from the 2021 plan; the county's digital-government body is 县大数据服务中心 (line %d)" % ln('组建县大数据服务中心')},
    {"rule": "garbled-text", "line": ln('加强共性应用支撑能力'), "text": GARBLED[:8],
     "why": "UTF-8 bytes of 扩大电子证照共享应用场景 read as GBK (%s); re-encoding as GBK and decoding as UTF-8 recovers it" % GARBLED},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 各市、县(区)按照职能分别负责, 2024年; the draft never mentions 适老化/信息无障碍/老年人/残疾人"},
]

M = []


def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in LINES[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)


# --- the round's themes: validity, start dates, repealed document, transition period ---
L = ln('本方案自2024年6月1日起施行')
m(DL, L, "validity period of the plan itself (有效期至2026年12月31日), not a task deadline; the region's 2025 deadlines are not comparable with it", "2026年12月31日")
m(DI, L, "the plan's own effective date (施行 2024年6月1日), after its issue date 2024年5月28日; a start date, not a deadline", "2024年6月1日")
m(DL, L, "start date of the plan (起施行), not a completion date", "2024年6月1日")
L = ln('同时废止')
m(BM, L, "the county's own superseded 2021 plan, named only to repeal it (retrospective); not a basis citation", "中政办发〔2021〕58号")
m(DI, L, "the year 2021 is inside the 文号 of the repealed document, not a deadline", "〔2021〕")
L = ln('本方案由县大数据服务中心负责解释')
m(UU, L, "in units.txt (县大数据服务中心); the interpreting body", "县大数据服务中心")
L = ln('提高自主可控水平')
m(DL, L, "start date of a rule (自2024年7月1日起，新建系统一律部署在政务信创云), not a completion date; the task it serves (43, 2024 年建成，持续推进) is kept by 已建系统于2024年底前完成迁移", "2024年7月1日")
m(DL, L, "equal: regional task 43 (政务信创云安全过渡) 2024 年建成，持续推进 and task 46 (政务信息系统有序迁移) 2024 年", "2024年底前")
L = ln('创新数字政府建设管理机制')
m(DL, L, "start date of a rule (2025年1月1日后不再受理未经会商论证的项目), not the completion of task 24 (会商机制, 2023年) or task 25 (2023年) or task 23 (一本账, 2024年); the 会商机制 itself is set up by this plan at once", "2025年1月1日")
L = ln('提升网络平台支撑能力')
m(DL, L, "transition period that keeps to the region: 过渡期至2024年底 for 非涉密业务专网整合迁移, regional task 50, 2024 年", "过渡期至2024年底")
m(DL, L, "equal: 县乡村三级全覆盖 by 2024年底, regional task 48, 2024 年", "2024年底前")
m(DL, row(14), "equal: regional task 50 (非涉密业务专网整合迁移或安全互联) 2024 年; the bracketed 过渡期至2024年底 is the same date", "2024年")

# --- goals ---
L = ln('到2024年底，全县非涉密')
m(DL, L, "near-term goal made of 2024 tasks: 43 (2024 年建成), 50 (2024 年), 48 (2024 年), 84 (2024年); equal. Not the region's 到2023年底 goal (that one is about 政策体系, 五个一, 家底, 新一轮基础设施布设全面启动)", "2024年底")
m(DL, ln('到2035年'), "equal: the region's 到2035年 goal (数字政府全面建成)", "2035年")

# --- earlier deadlines and other body dates ---
m(DL, ln('参照成立相应工作机构'), "earlier: regional task 64 (各地各部门参照自治区做法，成立相应的组织机构) 2025年; the county says 2024年6月底前. (Task 60, 充实领导小组, 2023年, is 自治区政府办公厅's own task)", "2024年6月底前")
m(DL, ln('（五）抓好组织实施。'), "the office's own reporting dates (每年6月20日、12月10日前报送), not task deadlines", "6月20日")
m(DI, ln('（五）抓好组织实施。'), "recurring reporting dates without a year", "12月10日")
m(DI, ln('截至2023年底'), "past dates in the background (2021年印发, 截至2023年底), not deadlines", "截至2023年底")
m(DI, ln('中政办发〔2024〕31号'), "the notice's own 文号", "〔2024〕")
m(DI, 6, "the notice's issue date", "2024年5月28日")
m(DL, ln('附件：中宁县数字政府建设重点任务清单'), "title of the attachment (2024年—2025年), a span, not a deadline", "2025年")

# --- task-list rows: equal or earlier than the region ---
rows = [
    (1, "regional task 2 (产业云与政务云互联互通) 2023 年启动，2024 年取得明显成效; equal"),
    (2, "regional task 3 (智慧园区) 持续推进，2025 年取得明显成效; equal"),
    (3, "regional task 6 (公共事业服务数字化) 持续推进，2025 年取得明显成效; equal"),
    (4, "regional task 10 (数字乡村) 持续推进，2025年取得明显成效; equal"),
    (5, "regional task 43 (政务信创云) 2024 年建成，持续推进 / task 46 2024 年; equal"),
    (6, "regional task 21 (行政权力事项网上运行、动态管理) 2024年; equal"),
    (7, "regional task 23 (全区一体化数字资源管理系统、一本账) 2024年; 2024年12月底前 is equal"),
    (8, "regional task 28 (试点示范) 2023年启动，2025年取得明显成效; equal"),
    (9, "regional tasks 33 (基础数据资源库) 2024年 and 34 (主题数据库) 2024年; equal"),
    (10, "regional task 41 (公共数据开放目录、开放平台) 2024年; equal (the row's unit is a separate, planted mistake)"),
    (11, "regional task 42 (公共数据与政务数据融合应用) 2024年; equal"),
    (12, "regional task 47 (电子政务外网升级改造、出口带宽) 2024 年; equal"),
    (15, "regional task 49 (视频一张网) 2025 年; equal"),
    (16, "regional task 54 (电子文件归档、电子档案) 2024年 (and 40, 2024年); equal (the row's unit is a separate, planted mistake)"),
    (17, "earlier: regional task 56 (非税收入收缴电子化) 2025年"),
    (18, "regional task 57 (信用信息公共服务平台) 2024年; equal"),
    (19, "regional task 66 (经济运行大数据平台) 2025年; equal"),
    (20, "regional task 71 (重点领域全链条数字化追溯监管) 2024年; equal"),
    (21, "regional task 74 (新型监管手段) 2024年; equal"),
    (22, "regional task 77 (矛盾纠纷多元化解) 2024年; equal"),
    (23, "regional task 79 (雪亮工程) 2024年; equal"),
    (24, "earlier: regional task 83 (互联网+基层治理) 2025年"),
    (25, "regional task 84 (网上办、掌上办、就近办、一次办) 2024年; equal"),
    (26, "regional task 86 (我的宁夏 应上尽上) 2024年; equal"),
    (27, "regional task 89 (企业专属网页、惠企政策) 2024年; equal"),
    (28, "regional task 90 (公共场馆数字化) 2024年; equal"),
    (29, "regional task 96 (互联网+城乡供水) 2025年; equal"),
    (30, "regional task 98 (智慧林草) 2024年; equal"),
    (31, "earlier or equal: regional tasks 104 (协同办公平台) 2024年 and 105 (宁政通) 2024年; 2024年6月底前 is in the same year"),
    (33, "regional task 107 (视频会议平台) 2025年; equal"),
    (34, "regional task 112 (政务公开信息化平台) 2024年; equal"),
    (35, "regional task 114 (政务新媒体矩阵) 2024年; equal"),
    (36, "regional task 115 (12345 为枢纽的政民互动) 2024年; equal (task 87, 2025年完成, would also be later-or-equal)"),
]
for n, why in rows:
    m(DL, row(n), why, cell(n, 3))

# --- units: collectives, aliases, prefix distribution, registry entries ---
m(UU, row(3), "prefix distribution: 县教育体育局、卫生健康局、人力资源和社会保障局、文化旅游广电局、民政局 = 县卫生健康局, 县人力资源和社会保障局, 县文化旅游广电局, 县民政局, all in units.txt", "卫生健康局")
m(UU, row(9), "aliases in units.txt: 县市场监管局 = 县市场监督管理局, 县卫健局 = 县卫生健康局", "县市场监管局")
m(UU, row(17), "aliases in units.txt: 县教体局 = 县教育体育局, 县卫健局 = 县卫生健康局", "县教体局")
m(UU, row(18), "alias in units.txt: 县发改局 = 县发展和改革局", "县发改局")
m(UU, row(25), "alias in units.txt: 县审批局 = 县审批服务管理局", "县审批局")
m(UU, row(30), "alias in units.txt: 县林草局 = 县林业和草原局", "县林草局")
m(UU, row(11), "in units.txt (a utility company cooperating on 供电 data)", "国网中宁县供电公司")
m(UU, row(2), "in units.txt", "中宁工业园区管委会")
m(UU, row(4), "collective subject", "各乡镇人民政府")
m(UU, row(5), "collective subject", "县直各部门（单位）")
m(UU, row(21), "collective subject (县直有关部门按职责分别负责)", "县直有关部门")
m(UU, row(24), "collective subject", "各村（社区）")
m(UU, row(20), "in units.txt (county 枸杞 service centre)", "县枸杞产业发展服务中心")
m(UU, ln('（一）加强组织领导。'), "collective subject (各乡镇党委、政府 and 县直各部门（单位）)", "各乡镇党委、政府")
m(UU, ln('依托县委党校'), "县委党校 is in units.txt; 宁夏干部教育培训网络学院 is a training platform relied on, not a responsible unit", "宁夏干部教育培训网络学院")
m(UU, ln('组建县大数据服务中心'), "retrospective mention of units in the background; 县推进“数字政府”建设领导小组 and 县大数据服务中心 are in units.txt", "县推进“数字政府”建设领导小组")
m(UU, ln('配合中卫市推进智慧城市建设'), "中卫市 (the parent city) as a place/government the county cooperates with, not a responsible-unit cell", "中卫市")

# --- basis ---
L = ln('根据《国务院关于加强数字政府建设的指导意见》')
m(BM, L, "correct: 国发〔2022〕14号 is the 国务院 指导意见", "国发〔2022〕14号")
m(BM, L, "the parent city plan cited by title alone (city plans may carry no 文号 in citations); not a wrong title", "中卫市人民政府《关于加强数字政府建设的实施方案》")
L = ln('按照《宁夏回族自治区2020年')
m(BM, L, "retrospective mention of the 2020 工作要点 with its correct 文号 宁政办发〔2020〕14号, as history, not as the basis of this plan", "宁政办发〔2020〕14号")
m(BM, L, "retrospective mention of the county's own 2021 plan (repealed in the 附则)", "《中宁县“数字政府”建设实施方案》")

# --- pillars ---
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一",
          "why": "the work system is folded into 一套体系 (lines %d-%d: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), as in the 吴忠 plan" % (ln('五、健全“一套体系”'), ln('（三）完善工作机制。'))})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
          "why": "present, short: line %d (营造良好数字生态)" % ln('（三）营造良好数字生态。')})

covers_spec = [
    (2, row(1)), (3, row(2)), (5, ln('（一）驱动数字经济发展。')), (6, row(3)), (7, ln('（二）引领数字社会建设。')),
    (8, ln('（二）引领数字社会建设。')), (10, row(4)), (11, ln('（二）引领数字社会建设。')),
    (14, ln('强化安全管理责任。')), (15, ln('强化安全管理责任。')), (17, ln('落实安全制度要求。')),
    (18, ln('提升安全防护能力。')), (21, row(6)), (23, row(7)), (24, ln('创新数字政府建设管理机制。')),
    (25, ln('（二）加大财政投入。')), (28, row(8)), (30, ln('完善数据管理机制。')), (32, ln('完善数据管理机制。')),
    (33, row(9)), (34, row(9)), (36, ln('深化数据高效共享。')), (41, row(10)), (42, row(11)),
    (43, row(5)), (45, ln('强化政务云平台支撑能力。')), (46, ln('强化政务云平台支撑能力。')), (47, row(12)),
    (48, row(13)), (49, row(15)), (50, row(14)), (54, row(16)), (56, row(17)), (57, row(18)),
    (64, ln('参照成立相应工作机构')), (66, row(19)), (68, ln('（二）提升综合高效的市场监管能力。')),
    (70, ln('（二）提升综合高效的市场监管能力。')), (71, row(20)), (72, ln('（二）提升综合高效的市场监管能力。')),
    (74, row(21)), (77, row(22)), (79, row(23)), (80, ln('（三）提升精细智能的社会管理能力。')), (83, row(24)),
    (84, row(25)), (86, row(26)), (88, ln('（四）提升普惠便捷的公共服务能力。')), (89, row(27)), (90, row(28)),
    (96, row(29)), (98, row(30)), (102, ln('（五）提升系统科学的生态环境保护能力。')),
    (103, ln('（六）提升整体高效的政务运行能力。')), (104, row(31)), (105, row(31)), (106, row(32)), (107, row(33)),
    (108, ln('（六）提升整体高效的政务运行能力。')), (111, ln('（六）提升整体高效的政务运行能力。')),
    (112, row(34)), (114, row(35)), (115, row(36)), (116, ln('（一）加强组织领导。')), (118, ln('依托县委党校')),
    (122, ln('（四）强化考核评价。')), (123, ln('（四）强化考核评价。')), (124, ln('（四）强化考核评价。')),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
    "writer": "blind writer, round 593; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("中宁县 (county of 中卫市) 2024 实施方案 issued 2024-05-28 by 县人民政府办公室 (中政办发〔2024〕31号), no parent plan supplied. "
              "Round theme: the 附则 (施行 2024年6月1日, 有效期至2026年12月31日, repeal of 中政办发〔2021〕58号, 县大数据服务中心 interprets) and "
              "rules with start dates (自2024年7月1日起…一律; 2025年1月1日后不再受理) and a 过渡期至2024年底 that keeps to task 50. "
              "The planted late goal (到2026年 framework 全面成型) sits next to the 2026 validity end on purpose. "
              "Table rows are tab-separated (序号, 重点任务, 责任单位, 完成时限); the note above the table says the first-listed unit leads. "
              "Only task 93 is deliberately uncovered; other county tasks not taken up are not annotated (task-uncovered is information only)."),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
