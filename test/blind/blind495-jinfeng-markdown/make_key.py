#!/usr/bin/env python3
# Builds key.json; every line number is found by searching draft.txt (1-based) and asserted unique.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")

def ln(*needles):
    hits = [i + 1 for i, l in enumerate(L) if all(n in l for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

G = "分级分类提升干部数字素养".encode("utf-8").decode("gbk")

expect = [
    {"rule": "basis-mismatch", "line": ln("宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
     "why": "the region's 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits transposed); line 13 cites it correctly"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 全区各级数字政府建设“34567”体系框架全面成型 (same list: 工作体制逐步健全、管理机制趋于成熟…); the draft puts the same goal at 2026"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 10 |"), "text": "2025年",
     "why": "task 41 (编制公共数据开放目录及相关责任清单…分类分级开放公共数据) 完成时限 2024年; the row says 2025年"},
    {"rule": "deadline-invalid", "line": ln("| 21 |"), "text": "13月",
     "why": "impossible month (2024年13月底前); task 79 (雪亮工程) 完成时限 2024年, so the year itself is not late"},
    {"rule": "unknown-unit", "line": ln("| 11 |"), "text": "区大数据管理局",
     "why": "not in units.txt; the district body is 区大数据服务中心 (used in the neighbouring rows)"},
    {"rule": "unknown-unit", "line": ln("| 26 |"), "text": "自治区政府办公厅",
     "why": "a regional body named as 牵头单位 of a district task (copied from tasks 104/105, 自治区政府办公厅牵头负责); the district lead would be 区人民政府办公室"},
    {"rule": "garbled-text", "line": ln(G), "text": G[:6],
     "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 分级分类提升干部数字素养"},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: 政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 (各市、县（区）按照职能分别负责, 2024年); no 适老化 or 无障碍 anywhere in the draft"},
]

mnf = [
    {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct national 指导意见 citation"},
    {"rule": "basis-mismatch", "line": ln("宁政发〔2023〕17号"), "text": "宁政发〔2023〕17号", "why": "correct title and 文号 of the region's 实施意见 (the preamble's 71号 is the planted slip)"},
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in 工作基础 (自…印发以来), not cited as a basis; title and 文号 match"},
    {"rule": "deadline-invalid", "line": ln("（2024年3月 征求意见稿）"), "text": "2024年3月", "why": "the draft's own date, not a deadline"},
    {"rule": "deadline-invalid", "line": ln("2023年，我区完成"), "text": "2023年", "why": "past dates in the background (工作基础): 2023年 and the 2020年 in the old document's title; not deadlines"},
    {"rule": "deadline-invalid", "line": ln("> 到2023年底"), "text": "2023年底", "why": "quoted passage of the region's own 主要目标 (2023 goal), attributed to 宁政发〔2023〕17号; not a district deadline"},
    {"rule": "deadline-later-than-baseline", "line": ln("> 到2023年底"), "why": "quotation of the region's goal, identical to it"},
    {"rule": "deadline-later-than-baseline", "line": ln("- 2024年底前"), "text": "2024年底前", "why": "goal for 电子政务外网 coverage and 信创云 migration: tasks 48 and 46 are due 2024年; equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2035年"), "text": "2035年", "why": "equal to the region's 2035 goal"},
    {"rule": "deadline-later-than-baseline", "line": ln("力争2025年底前"), "text": "2025年底", "why": "task 9 (智慧城市, 一网统管) 持续推进，2025年取得明显成效; equal year"},
    {"rule": "unknown-unit", "line": ln("> 自治区各职能部门"), "text": "自治区各职能部门", "why": "quoted passage of the region's text; collective regional subject, not a district responsibility"},
    {"rule": "unknown-unit", "line": ln("> 开展各级城域网"), "text": "自治区政府办公厅", "why": "quoted passage of regional task 48 with its own 责任单位; not a lead assigned by the district"},
    {"rule": "deadline-later-than-baseline", "line": ln("> 开展各级城域网"), "text": "2024年", "why": "quoted regional task 48 with its own 完成时限 2024年"},
    {"rule": "deadline-later-than-baseline", "line": ln("2024年底前实现全覆盖"), "text": "2024年底前", "why": "task 48 (城域网/电子政务外网 5级全覆盖) 完成时限 2024年; equal"},
    {"rule": "unknown-unit", "line": ln("> 县（市、区）重点依托"), "text": "县（市、区）", "why": "quoted passage of the region's 厘清层级职责; collective"},
    {"rule": "deadline-invalid", "line": ln("每季度末月25日前"), "text": "12月10日", "why": "the office's own reporting dates (季度末月25日, 12月10日, 2024年6月30日), not task deadlines"},
    {"rule": "deadline-later-than-baseline", "line": ln("每季度末月25日前"), "text": "2024年6月30日前", "why": "reporting date for the half-year summary, not a task deadline"},
    {"rule": "unknown-unit", "line": ln("区委、区政府统一领导"), "text": "区委、区政府", "why": "中共金凤区委员会 = 区委 and 金凤区人民政府 = 区政府 are in units.txt"},
    {"rule": "deadline-invalid", "line": ln("附表：金凤区数字政府建设重点任务清单"), "text": "2024年—2025年", "why": "title of the task list (its period), not a deadline"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 1 |"), "text": "持续推进，2025年取得明显成效", "why": "task 3 (智慧园区) 持续推进，2025年取得明显成效; equal"},
    {"rule": "unknown-unit", "line": ln("| 2 |"), "text": "区人社局", "why": "official short name of 区人力资源和社会保障局 (units.txt); 区文旅体广局 likewise"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 2 |"), "text": "2025年", "why": "task 6 持续推进，2025年取得明显成效; equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 5 |"), "text": "2025年取得明显成效", "why": "task 10 (数字乡村) 持续推进，2025年取得明显成效; the completing milestone is equal, 2024年启动 only adds a start"},
    {"rule": "unknown-unit", "line": ln("| 5 |"), "text": "良田镇人民政府", "why": "both towns are in units.txt"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 7 |"), "text": "持续推进，2025年取得明显成效", "why": "task 28 (试点示范) 2023年启动，2025年取得明显成效; completing milestone equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 8 |"), "text": "2024年6月底前", "why": "task 34 (主题数据库) 完成时限 2024年; earlier within the year"},
    {"rule": "unknown-unit", "line": ln("| 9 |"), "text": "金凤公安分局", "why": "short names of the city bureaus' 金凤 branches, listed in units.txt (also 金凤市场监管分局, 金凤自然资源分局)"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 12 |"), "text": "2024年", "why": "task 46 (政务云资源调度、系统迁移) 2024年; task 43 2024年建成; equal"},
    {"rule": "unknown-unit", "line": ln("| 13 |"), "text": "各镇人民政府、各街道办事处", "why": "collective subjects"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 14 |"), "text": "2024年", "why": "task 49 (视频一张网) 完成时限 2025年; earlier"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 15 |"), "text": "2025年", "why": "task 52 (电子证照) 2025年; equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 16 |"), "text": "2025年", "why": "task 56 (非税收入收缴电子化) 2025年; equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 18 |"), "text": "2024年", "why": "task 64 (各地参照自治区做法成立相应组织机构) 2025年; earlier"},
    {"rule": "unknown-unit", "line": ln("| 19 |"), "text": "承担监管职责的区直有关部门", "why": "collective subject (the district form of 承担监管职责的自治区有关部门（单位）)"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 22 |"), "text": "2025年", "why": "task 83 (互联网+基层治理) 2025年; equal"},
    {"rule": "unknown-unit", "line": ln("| 22 |"), "text": "各村（社区）", "why": "collective subject"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 24 |"), "text": "2025年", "why": "task 87 (12345热线) 2023年启动，2025年完成; equal completion"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 27 |"), "text": "2025年", "why": "task 106 (填表报数系统) 2025年; equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 30 |"), "text": "长期坚持", "why": "task 121 长期坚持; equal"},
    {"rule": "unknown-unit", "line": ln("| 30 |"), "text": "审计局", "why": "prefix 区 distributes: 区财政局、审计局 = 区财政局, 区审计局 (both in units.txt)"},
    {"rule": "garbled-text", "line": ln("| 17 |"), "text": "<br>", "why": "Markdown table cells use <br> for line breaks; markup, not damage (also rows 1, 2, 3, 5, 22)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "section 四 健全数字政府工作体系 covers 健全组织机构 (领导小组, 区大数据服务中心, 专家库) and 厘清层级职责 (六级贯通) under another heading"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "section 二（三）营造良好数字生态 (数据要素市场, 网络生态) is short but present"},
]

covers = [
    (3, "| 1 |"), (6, "| 2 |"), (8, "| 3 |"), (9, "| 4 |"), (10, "| 5 |"), (5, "探索以网管网"),
    (14, "强化安全管理责任"), (15, "强化安全管理责任"), (18, "提升安全防护能力"),
    (21, "| 6 |"), (24, "健全政务信息化建设管理会商机制"), (28, "| 7 |"),
    (30, "编制区级政务数据资源目录"), (32, "明确区直各部门数据管理职责"), (33, "| 9 |"), (34, "| 8 |"),
    (36, "建立健全政务数据供需对接机制"), (41, "| 10 |"), (42, "| 11 |"), (46, "| 12 |"),
    (48, "| 13 |"), (49, "| 14 |"), (52, "| 15 |"), (56, "| 16 |"), (40, "| 17 |"), (64, "| 18 |"),
    (70, "| 19 |"), (77, "| 20 |"), (79, "| 21 |"), (83, "| 22 |"), (84, "| 23 |"), (87, "| 24 |"),
    (89, "| 25 |"), (104, "| 26 |"), (106, "| 27 |"), (112, "| 28 |"), (114, "构建政务新媒体矩阵"),
    (94, "| 29 |"), (121, "| 30 |"), (116, "纳入“一把手工程”"), (25, "统筹利用现有资金渠道"),
    (118, "依托各级党校（行政学院）"), (107, "统筹整合区直各部门非涉密视频会议"), (111, "整合区级机关事务管理信息系统"),
    (103, "建立健全大数据辅助决策机制"), (115, "畅通政府网站、12345热线"), (80, "“智慧应急”建设，强化"),
]

key = {
    "writer": "blind writer, round 495; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "covers": [{"task": t, "line": ln(n)} for t, n in covers],
    "notes": ("金凤区 (银川市) 2024 实施方案 draft exported from an online document tool as Markdown: # / ## headings, "
              "**bold** run-in headings, - lists, > quotations of the region's text (宁政发〔2023〕17号 goals, a data-responsibility "
              "passage, task 48 with its own unit and deadline, the county-level role), and the task table as a Markdown table with "
              "<br> inside cells. No parent plan. 'Region' deadlines are from 附件2 of 宁政发〔2023〕17号. The table deliberately avoids "
              "tasks whose regional deadline is 2023 (those are taken up in the body without dates). In the draft '全区' outside "
              "quotations means 金凤区. units.txt is the district registry (区 = 金凤区; 银川市 bureaus' 金凤 branches listed with short names)."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(key["covers"]))
