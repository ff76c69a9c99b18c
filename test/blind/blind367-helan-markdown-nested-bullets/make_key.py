# Builds key.json and checks every line/text against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def chk(line, text):
    if line and text:
        assert text in L[line-1], (line, text, L[line-1])

expect = [
  {"rule": "basis-mismatch", "line": 4, "text": "国务院关于加快推进数字政府建设的指导意见",
   "why": "国发〔2022〕14号 is 《国务院关于加强数字政府建设的指导意见》; the draft writes 加快推进 for 加强 (wrong title)"},
  {"rule": "deadline-later-than-baseline", "line": 191, "text": "2025年底前",
   "why": "适老化与信息无障碍建设 = regional task 93, 完成时限 2024年; the county gives 2025年底前 (nested **完成时限** field)"},
  {"rule": "deadline-later-than-baseline", "line": 231, "text": "2025年",
   "why": "政务新媒体矩阵体系 = regional task 114, 完成时限 2024年; the table row gives 2025年"},
  {"rule": "deadline-invalid", "line": 135, "text": "20244年",
   "why": "impossible year (typo for 2024/2025); the task is regional task 81 (视频指挥调度体系), 完成时限 2025年"},
  {"rule": "unknown-unit", "line": 107, "text": "县网信局",
   "why": "no such unit in units.txt; the county body is 县委网信办 (县委网络安全和信息化委员会办公室)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
   "why": "section 二 takes up only 数字经济 and 数字社会; nothing on 数据要素市场, 数据交易, 政策环境 or 网络生态 anywhere in the draft"},
  {"rule": "task-uncovered", "line": 0, "task": 83,
   "why": "互联网+基层治理 (各市、县（区）具体负责) deliberately left out of the 社会管理 section"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# citations and Markdown marks
m("basis-mismatch", 4, "correct 文号 of the region's 实施意见, written as a Markdown link", "宁政发〔2023〕17号")
m("garbled-text", 4, "Markdown link [..](https://…) and its URL are not mojibake", "](https://www.nx.gov.cn")
m("basis-mismatch", 11, "retrospective mention of the 2020 工作要点 in the background; title and 文号 match; not cited as basis", "宁政办发〔2020〕14号")
m("garbled-text", 1, "Markdown heading mark #", "# 贺兰县")
m("garbled-text", 2, "Markdown blockquote mark >", "> 本页")
m("garbled-text", 43, "Markdown bold marks around a field label", "**完成时限**")
m("garbled-text", 228, "Markdown table separator row", "|---|---|")
m("garbled-text", 179, "nested bullet holding only a date", "  - 2024年底前")
# past dates, own dates
m("deadline-invalid", 11, "past dates in the background section (2020, 2022, 2023, 截至2023年底)", "2022年")
m("deadline-later-than-baseline", 138, "the office's own quarterly/annual reporting dates, not task deadlines", "12月10日前")
m("deadline-later-than-baseline", 245, "the office's own yearly assessment schedule (tasks 121-124 are 长期坚持 / 2023年完成，长期坚持)", "每年11月底前")
m("deadline-invalid", 247, "period of the attached task list", "2024年—2025年")
m("deadline-invalid", 250, "date the draft is issued", "2024年3月")
# goals
m("deadline-later-than-baseline", 14, "local 2024 goal; related tasks 48 and 46 are due 2024年; the region has no 2024 goal", "到2024年底")
m("deadline-later-than-baseline", 15, "equal to the regional goal: 到2025年 ... 体系框架全面成型", "到2025年")
m("deadline-later-than-baseline", 16, "equal to the regional 2035 goal", "到2035年")
# deadlines: equal or earlier
D = [
 (25, "2024年底前", "task 2, 完成时限 2023年启动，2024年取得明显成效: equal"),
 (29, "2025年取得明显成效", "task 3, 持续推进，2025年取得明显成效: equal"),
 (33, "2025年取得明显成效", "task 5, 持续推进，2025年取得明显成效: equal"),
 (39, "2025年取得明显成效", "task 6, 持续推进，2025年取得明显成效: equal"),
 (43, "2025年底前", "task 8, 持续推进，2025年取得明显成效: equal"),
 (47, "2025年底前", "task 9, 持续推进，2025年取得明显成效: equal"),
 (51, "2025年取得明显成效", "task 10, 持续推进，2025年取得明显成效: equal (2024 pilot is an earlier intermediate milestone)"),
 (62, "2024年底前", "task 16, 2024年: equal"),
 (66, "2024年9月底前", "task 46 (2024年) / task 19 (2023年启动，2024年建成): earlier"),
 (72, "2024年底前", "task 21, 2024年: equal"),
 (76, "2025年6月底前", "task 22, 2025年: earlier"),
 (80, "2024年底前", "task 23, 2024年: equal"),
 (84, "2025年底前", "task 28, 2023年启动，2025年取得明显成效: equal"),
 (90, "2024年底前", "tasks 33 and 34, 2024年: equal"),
 (94, "2024年", "task 40, 2024年: equal (**完成时限** field)"),
 (98, "2024年底前", "tasks 41 and 42, 2024年: equal"),
 (104, "2024年底前", "task 48 城域网升级改造, 2024年: equal"),
 (108, "2024年底前", "task 50, 2024年: equal"),
 (112, "2024年底前", "task 53 (2024年) equal, task 52 (2025年) earlier"),
 (116, "2025年", "task 56, 2025年: equal (**完成时限** field)"),
 (120, "2025年6月底前", "task 49, 2025年: earlier"),
 (127, "2024年6月底前", "task 64, 2025年: earlier"),
 (145, "2025年底前", "task 66, 2025年: equal"),
 (151, "2024年底前", "task 70, 2024年: equal"),
 (155, "2024年10月底前", "task 71, 2024年: earlier"),
 (161, "2024年底前", "task 77, 2024年: equal"),
 (165, "2024年底前", "task 79, 2024年: equal"),
 (169, "2024年底前", "task 80, 2024年: equal"),
 (175, "2024年底前", "task 84, 2024年: equal"),
 (179, "2024年底前", "task 86, 2024年: equal; a nested bullet holding only the date"),
 (183, "2024年底前", "task 89, 2024年: equal"),
 (187, "2025年底前", "task 87, 2023年启动，2025年完成: equal"),
 (195, "2024年底前", "task 90, 2024年: equal; a nested bullet holding only the date"),
 (201, "2024年底前", "task 94 (2024年) equal, task 95 (2025年) earlier"),
 (205, "2025年底前", "task 96, 2025年: equal"),
 (209, "2025年取得明显成效", "task 102, 2025年: equal"),
 (215, "2024年6月底前", "tasks 104 and 105, 2024年: earlier"),
 (219, "2025年底前", "task 106, 2025年: equal"),
 (223, "2025年底前", "tasks 107 and 111, 2025年: equal"),
 (229, "2024年底前", "task 112, 2024年: equal (table row)"),
 (230, "2024年", "task 113, 2024年: equal (table row)"),
 (232, "2024年底前", "task 115, 2024年: equal (table row)"),
]
for line, text, why in D:
    m("deadline-later-than-baseline", line, why, text)
m("deadline-later-than-baseline", 58, "tasks 14, 15 (2023年) and 18 (2023年形成机制，长期坚持): copied regional deadline, equal", "2023年形成机制，长期坚持")
m("deadline-invalid", 58, "copied regional deadline (task 18) that lies before the plan's year 2024; not an invalid date", "2023年形成机制")
# units
m("unknown-unit", 23, "official short name of 县工业信息化和商务局 in units.txt", "县工信商务局")
m("unknown-unit", 57, "collective subject", "县直各部门（单位）")
m("unknown-unit", 103, "collective subject", "各乡镇人民政府")
m("unknown-unit", 130, "collective subjects in body text (层级职责)", "各村（社区）")
m("unknown-unit", 74, "official short name of 县审批服务管理局", "县审批局")
m("unknown-unit", 78, "official short name of 县发展和改革局", "县发改局")
m("unknown-unit", 111, "official short name of 贺兰县公安局", "县公安局")
m("unknown-unit", 168, "short name of 贺兰县消防救援大队; 贺兰县气象局 is listed", "县消防救援大队")
m("unknown-unit", 199, "listed in units.txt: the city bureau's county branch", "银川市生态环境局贺兰分局")
m("unknown-unit", 207, "official short name of 银川市生态环境局贺兰分局", "生态环境局贺兰分局")
m("unknown-unit", 236, "县委、县政府 as the leading subjects of a sentence, not a responsible-unit field", "县委、县政府")
# pillars present
for pillar, why in [("数字社会", "taken up in 二（二）, lines 35-51"),
                    ("数字经济", "taken up in 二（一）, lines 21-33"),
                    ("五个一", "taken up in section 四 (组织机构, 层级职责, 工作机制), lines 122-138"),
                    ("六级贯通", "taken up in 四（二）, lines 129-135"),
                    ("考核评价", "党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) all present in section 六, lines 234-245")]:
    M.append({"rule": "missing-pillar", "line": 0, "pillar": pillar, "why": why})

for e in M:
    chk(e["line"], e.get("text"))
for e in expect:
    chk(e["line"], e.get("text"))

covers = [(2,22),(3,26),(5,30),(6,36),(8,40),(9,44),(10,48),(14,55),(15,55),(18,55),(16,59),(46,63),
 (21,69),(22,73),(23,77),(28,81),(33,87),(34,87),(40,91),(41,95),(42,95),(48,101),(50,105),(52,109),(53,109),
 (56,113),(49,117),(64,124),(81,132),(66,142),(70,148),(71,152),(77,158),(79,162),(80,166),(84,172),(86,176),
 (89,180),(87,184),(93,188),(90,192),(94,198),(95,198),(96,202),(102,206),(104,212),(105,212),(106,216),
 (107,220),(111,220),(112,229),(113,230),(114,231),(115,232),(116,236),(118,242),(122,245),(123,245),(124,245)]
for t, l in covers:
    assert L[l-1].strip(), (t, l)

key = {
 "writer": "blind writer, round 367; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("贺兰县 (银川市) plan kept as a Markdown wiki page; no parent plan. Tasks are '- **标题。** …' bullets with nested "
   "field bullets (牵头/配合/时限, some '**完成时限**'); the 政务公开 tasks are a Markdown table (lines 227-232). "
   "Regional tasks due 2023 that the county already did (30 目录/一本账, 32 数据管理机构) are only mentioned as done in the background (line 11) "
   "and are not listed in covers. Other county-relevant tasks not taken up, not planted: 11 数字供销, 54 电子文件归档, 55 电子票据, "
   "85 一件事一次办/免证办, 88 证照分离; tasks 12-13 (数字生态) are missing with the pillar. Line 135 '20244年底前' is meant as "
   "deadline-invalid only; a reader who also calls it later than task 81 (2025年) is reading the typo as a real year.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
