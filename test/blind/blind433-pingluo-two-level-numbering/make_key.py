# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def E(rule, line, text=None, why='', **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

expect = [
    E("basis-mismatch", 11, "宁政办发〔2023〕17号",
      "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 政府 document, not a 政府办公厅 one); 宁政办发〔2023〕17号 does not belong to that title"),
    E("deadline-later-than-baseline", 21, "2026年",
      "主要目标: the region's goal 到2025年 …“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟… is moved to 2026 for the same goal"),
    E("deadline-later-than-baseline", 74, "2025年6月底前",
      "item 3.6 (sub-items on lines 72-73, which share this date) takes up task 43 (完成时限 2024 年建成，持续推进), task 46 (2024 年) and task 45 (2024 年); 2025年6月底 is later"),
    E("deadline-later-than-baseline", 137, "2025年底",
      "item 5.7 (lines 135-136) takes up task 84 (一体化政务服务体系/网上办掌上办就近办一次办, 完成时限 2024年) and task 86 (“我的宁夏”应上尽上, 2024年); 2025年底 is later"),
    E("deadline-invalid", 154, "20245年",
      "impossible year (a typo for 2024年 or 2025年); item 5.11 covers tasks 96 (2025年), 97 (2024年), 98 (2024年)"),
    E("unknown-unit", 44, "县发改委",
      "平罗 has 县发展和改革局 (short name 县发改局) in units.txt; 县发改委 is not a body of this county"),
    E("garbled-text", 161, "鍗忓悓鍔炲叕骞冲彴",
      "UTF-8 bytes of 协同办公平台 read as GBK (mojibake)"),
]

M = []
def N(rule, line, text, why, **kw):
    M.append(E(rule, line, text, why, **kw))

# basis documents
N("basis-mismatch", 11, "国发〔2022〕14号", "correct 文号 and title of the national guiding opinion")
N("basis-mismatch", 11, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 really is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan in the seeds)")
N("basis-mismatch", 18, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background section, correct 文号 and title; not cited as a basis")
N("basis-mismatch", 2, "平政办发〔2024〕18号", "the county office's own 文号 for this notice, not a basis document")
# dates that are not deadlines / numbering that looks like dates or versions
N("deadline-invalid", 6, "2024年4月2日", "the notice's own issue date")
N("deadline-invalid", 12, "2.1", "explains the numbering scheme; “2.1” is an item number, not a date")
N("deadline-invalid", 17, "1.2", "item number 1.2 (发展基础), not a date or version")
N("deadline-invalid", 88, "3.10", "item number 3.10, not a date (March 10) or a version")
N("deadline-invalid", 146, "5.10", "item number 5.10, not a date")
N("deadline-invalid", 155, "5.12", "item number 5.12, not a date")
N("deadline-invalid", 135, "3.0版", "software version of the county 政务服务平台, not a date")
N("deadline-invalid", 18, "2022年", "past dates in the background section (2020, 2022, 2023 achievements), not deadlines")
N("deadline-invalid", 183, "6月25日", "the office's own recurring reporting dates (每年6月25日、12月20日前), not task deadlines")
N("deadline-invalid", 52, "2023年形成机制，长期坚持", "copied regional deadline that lies before the plan's year: tasks 14, 15, 17 (完成时限 2023年) and 18 (2023年形成机制，长期坚持); equal to the region, and ongoing")
N("deadline-later-than-baseline", 52, "2023年形成机制，长期坚持", "equal to tasks 14/15/17 (2023年) and 18 (2023年形成机制，长期坚持)")
# equal or earlier deadlines
N("deadline-later-than-baseline", 20, "2024年底", "主要目标 for 2024: 外网 to 乡镇、村 is task 48 (完成时限 2024 年); equal")
N("deadline-later-than-baseline", 22, "2035年", "same as the region's 到2035年 goal")
N("deadline-later-than-baseline", 30, "持续推进，2025年取得明显成效", "tasks 3 and 5 (持续推进，2025 年取得明显成效); equal")
N("deadline-later-than-baseline", 35, "持续推进，2025年取得明显成效", "tasks 6, 8, 9 (持续推进，2025年取得明显成效); equal")
N("deadline-later-than-baseline", 39, "2025年", "task 10 (持续推进，2025年取得明显成效) and task 11 (2023年完成主要建设任务，2025年取得明显成效): completing milestone 2025, equal")
N("deadline-later-than-baseline", 44, "2024年", "task 13 (2024年) equal; task 12 (2025年) earlier")
N("deadline-later-than-baseline", 57, "2024年", "tasks 20, 21, 26 (all 2024年); equal")
N("deadline-later-than-baseline", 61, "2024年启动，2025年取得明显成效", "task 28 (2023年启动，2025年取得明显成效): the completing milestone 2025 is equal; only the start year differs")
N("deadline-later-than-baseline", 66, "2024年", "tasks 33, 34, 40 (2024年); equal")
N("deadline-later-than-baseline", 70, "2024年12月底前", "tasks 41, 42 (2024年); equal")
N("deadline-later-than-baseline", 76, "2024年底前", "inline date in sub-item (1) of 3.7, task 48 (2024 年); equal")
N("deadline-later-than-baseline", 79, "2024年", "tasks 48, 50 (2024 年) equal; sub-item (3) on line 78 (task 49, 2025 年) shares the item's date and is earlier")
N("deadline-later-than-baseline", 83, "2025年", "tasks 52 and 56 (2025年); equal")
N("deadline-later-than-baseline", 87, "2024年", "tasks 57, 58 (2024年); equal")
N("deadline-later-than-baseline", 91, "2025年", "task 59 (2025年); equal")
N("deadline-later-than-baseline", 97, "2024年6月底前", "task 64 (2025年); earlier")
N("deadline-later-than-baseline", 111, "2024年", "task 65 (2024年) equal; sub-item on line 110 is task 66 (2025年), earlier")
N("deadline-later-than-baseline", 129, "2024年", "task 80 (2024年) equal; sub-item on line 128 is task 81 (2025年), earlier")
N("deadline-later-than-baseline", 149, "2024年", "task 94 (2024年) equal; sub-item on line 148 is task 95 (2025年), earlier")
N("deadline-later-than-baseline", 158, "2025年", "tasks 100, 101, 102 (2025年); equal")
N("deadline-later-than-baseline", 168, "2025年", "tasks 106, 107, 111 (2025年); equal")
N("deadline-later-than-baseline", 172, "2024年", "task 108 (长期推进，2024年取得明显成效) and 109 (2024年); equal")
N("deadline-later-than-baseline", 177, "2024年", "tasks 112, 114, 115 (2024年); equal")
# units
N("unknown-unit", 35, "卫生健康局", "prefix 县 distributes: 县教育体育局、卫生健康局、住房和城乡建设局 = 县卫生健康局, 县住房和城乡建设局, both in units.txt")
N("unknown-unit", 125, "信访局", "prefix distributes: 县公安局、司法局、信访局 = 县司法局, 县信访局")
N("unknown-unit", 121, "承担监管职责的县直有关部门（单位）", "collective subject")
N("unknown-unit", 39, "各村（社区）", "collective subject (also 各乡镇人民政府 on this line)")
N("unknown-unit", 30, "县直有关部门（单位）", "collective subject")
N("unknown-unit", 30, "平罗工业园区管委会", "official short name of 平罗工业园区管理委员会 in units.txt")
N("unknown-unit", 105, "县数字政府办", "short name of 县数字政府建设领导小组办公室 in units.txt")
N("unknown-unit", 111, "县工信商务局", "short name of 县工业信息化和商务局 in units.txt")
N("unknown-unit", 149, "石嘴山市生态环境局平罗分局", "the city bureau's county branch, listed whole in units.txt; not to be split")
N("unknown-unit", 172, "县政府督查室", "short name of 县人民政府督查室")
N("unknown-unit", 83, "平罗县税务局", "vertically managed body listed in units.txt")
N("unknown-unit", 129, "平罗县消防救援大队", "listed in units.txt (as is 平罗县气象局 on the same line)")
N("unknown-unit", 145, "县残联", "short name of 县残疾人联合会")
N("unknown-unit", 35, "县城管局", "short name of 县城市管理综合执法局")
N("unknown-unit", 39, "县供销社", "short name of 县供销合作社联合社")
# structure / pillars
N("missing-pillar", 0, None, "数字生态 is taken up in item 2.4 (under a 第二部分 part title, not a 二、 heading)", pillar="数字生态")
N("missing-pillar", 0, None, "五个一 / 六级贯通 taken up in 第四部分 items 4.1-4.3", pillar="五个一")
N("missing-pillar", 0, None, "政务公开 taken up in item 5.16", pillar="政务公开")
N("missing-pillar", 0, None, "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) taken up in 第六部分 保障措施 6.1-6.4", pillar="党的领导")
N("garbled-text", 14, "第一部分　总体要求", "part title with an ideographic space; not damaged text")

covers = [
    (3, 28), (5, 29), (6, 32), (8, 33), (9, 34), (10, 37), (11, 38), (12, 41), (13, 42),
    (14, 48), (15, 49), (17, 50), (18, 51), (20, 54), (21, 55), (26, 56), (28, 59),
    (33, 63), (34, 64), (40, 65), (41, 68), (42, 69), (43, 72), (46, 72), (45, 73),
    (48, 76), (50, 77), (49, 78), (52, 81), (56, 82), (57, 85), (58, 86), (59, 89),
    (64, 96), (65, 109), (66, 110), (69, 113), (70, 114), (71, 115), (73, 118), (74, 119),
    (75, 120), (77, 123), (79, 124), (80, 127), (81, 128), (83, 131), (84, 135), (86, 136),
    (88, 139), (89, 140), (90, 143), (93, 144), (94, 147), (95, 148), (96, 151), (97, 152),
    (98, 153), (100, 156), (101, 157), (102, 157), (103, 160), (104, 161), (105, 162),
    (106, 165), (107, 166), (111, 167), (108, 170), (109, 171), (112, 174), (114, 175),
    (115, 176), (116, 180), (122, 183), (123, 183), (124, 183),
]

# checks
for e in expect + M:
    if e["line"] and e.get("text"):
        assert e["text"] in L[e["line"] - 1], (e, L[e["line"] - 1])
assert "鍗忓悓鍔炲叕骞冲彴".encode('gbk').decode('utf-8') == '协同办公平台'

key = {
    "writer": "blind writer, round 433; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("County plan (平罗县, 石嘴山市, issued 2024-04-02) checked against ningxia-2023 only; no parent plan. "
              "Two-level numbering: parts 第一部分…第六部分, items 1.1/2.10-style, sub-items （1）（2）; each measure item ends "
              "with one line '责任单位：…  完成时限：…' that applies to all its sub-items, and the first unit listed leads (stated on line 12). "
              "Planted deadline errors are annotated on the item's date line (the sub-items above it share that date). "
              "第六部分 保障措施 items carry no units or dates. Not every city/county task is taken up; task-uncovered is not annotated exhaustively."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
