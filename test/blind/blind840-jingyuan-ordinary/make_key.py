#!/usr/bin/env python3
"""Builds key.json for blind840 and checks every line/text against draft.txt (1-based)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES = LINES[:-1]


def L(n):
    return LINES[n - 1]


expect = [
    {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕17号",
     "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the 办公厅 series — the annex note on line 95 cites it correctly"},
    {"rule": "deadline-later-than-baseline", "line": 69, "text": "2025年6月底",
     "why": "task 86 (迭代升级“我的宁夏”政务APP功能…应用实现“应上尽上”) 完成时限 2024年; the draft's own goal (line 15) and task row 21 (line 117) say 2024"},
    {"rule": "deadline-later-than-baseline", "line": 107, "text": "2025年12月底",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47 外网升级 also 2024年); body line 49 and goal line 15 say 2024"},
    {"rule": "deadline-invalid", "line": 78, "text": "2024年6月31日",
     "why": "impossible date: June has 30 days (task row 28 on line 124 says 2024年6月底前); tasks 104/105 are due 2024年, so the year itself is not late"},
    {"rule": "unknown-unit", "line": 105, "text": "县大数据局",
     "why": "not in units.txt (the county body is 县大数据服务中心 = 县大数据中心, used on line 46 for the same task) and not a regional unit"},
    {"rule": "garbled-text", "line": 83, "text": "鎺ㄥ姩鏀跨瓥",
     "why": "UTF-8 bytes read as GBK: 鎺ㄥ姩鏀跨瓥淇℃伅闆嗘垚鍙戝竷 = 推动政策信息集成发布"},
]

mustNotFlag = [
    # deadlines: equal / earlier / ongoing
    {"rule": "deadline-later-than-baseline", "line": 15, "text": "到2024年底",
     "why": "2024 goals (上云, 外网三级全覆盖, 我的宁夏/宁政通, 一网通办) match tasks 43/48/86/105/84, all 2024年 — equal; no phrase of the region's 2023 goals is reused"},
    {"rule": "deadline-later-than-baseline", "line": 16, "text": "到2025年",
     "why": "same year as the region's 2025 goal (体系框架全面成型)"},
    {"rule": "deadline-later-than-baseline", "line": 17, "text": "到2035年",
     "why": "same year as the region's 2035 goal"},
    {"rule": "deadline-later-than-baseline", "line": 28, "text": "2024年10月底前",
     "why": "task 6 (服务数字化…文化旅游) 持续推进，2025年取得明显成效 — earlier"},
    {"rule": "deadline-later-than-baseline", "line": 29, "text": "持续推进，2025年取得明显成效",
     "why": "task 8 (互联网+医疗健康) 持续推进，2025年取得明显成效 — copied, equal"},
    {"rule": "deadline-later-than-baseline", "line": 30, "text": "2024年12月底前",
     "why": "task 7 (国家智慧教育平台) 2023年形成试点经验，2025年取得明显成效; the completing milestone is 2025, the county's 2024 is earlier"},
    {"rule": "deadline-later-than-baseline", "line": 31, "text": "2025年",
     "why": "task 10 (数字乡村) 持续推进，2025年取得明显成效 — equal"},
    {"rule": "deadline-later-than-baseline", "line": 33, "text": "2024年12月底前",
     "why": "tasks 12 (2025年) and 13 (2024年) — equal or earlier"},
    {"rule": "deadline-later-than-baseline", "line": 38, "text": "长期坚持",
     "why": "task 18 2023年形成机制，长期坚持 — ongoing, no later milestone"},
    {"rule": "deadline-later-than-baseline", "line": 42, "text": "2025年取得明显成效",
     "why": "task 28 2023年启动，2025年取得明显成效 — equal completing milestone"},
    {"rule": "deadline-later-than-baseline", "line": 48, "text": "2024年10月底前",
     "why": "task 43 2024年建成，持续推进 / task 46 2024年 / task 19 2024年建成 — earlier"},
    {"rule": "deadline-later-than-baseline", "line": 49, "text": "2024年12月底前",
     "why": "tasks 47/48 2024年 — equal (the task-table row on line 107 is the planted late one)"},
    {"rule": "deadline-later-than-baseline", "line": 66, "text": "2025年",
     "why": "task 83 (互联网+基层治理) 2025年 — equal"},
    {"rule": "deadline-later-than-baseline", "line": 70, "text": "2024年12月底前",
     "why": "task 87 (12345 接诉即办) 2023年启动，2025年完成 — earlier; task 115 2024年 — equal"},
    {"rule": "deadline-later-than-baseline", "line": 71, "text": "2024年9月底前",
     "why": "tasks 88/89 2024年 — earlier"},
    {"rule": "deadline-later-than-baseline", "line": 75, "text": "2025年",
     "why": "task 96 (互联网+城乡供水) 2025年 — equal"},
    {"rule": "deadline-later-than-baseline", "line": 79, "text": "2025年",
     "why": "task 106 (填表报数压减50%) 2025年 — equal"},
    {"rule": "deadline-later-than-baseline", "line": 80, "text": "2024年12月底前",
     "why": "task 107 (视频会议平台) 2025年 — earlier"},
    {"rule": "deadline-later-than-baseline", "line": 117, "text": "2024年12月底前",
     "why": "task 86 2024年 — equal (the body line 69 is the planted late one)"},
    {"rule": "deadline-later-than-baseline", "line": 124, "text": "2024年6月底前",
     "why": "tasks 104/105 2024年 — earlier"},
    {"rule": "deadline-later-than-baseline", "line": 100, "text": "持续推进，2025年取得明显成效",
     "why": "task 8 持续推进，2025年取得明显成效 — equal"},
    {"rule": "deadline-later-than-baseline", "line": 115, "text": "2025年",
     "why": "task 83 2025年 — equal"},
    {"rule": "deadline-later-than-baseline", "line": 125, "text": "2025年",
     "why": "task 106 2025年 — equal"},
    {"rule": "deadline-later-than-baseline", "line": 130, "text": "2025年取得明显成效",
     "why": "task 28 2023年启动，2025年取得明显成效 — equal completing milestone"},
    {"rule": "deadline-later-than-baseline", "line": 131, "text": "2023年完成并长期坚持",
     "why": "task 116 2023年完成并长期坚持 — copied word for word"},
    {"rule": "deadline-invalid", "line": 131, "text": "2023年完成并长期坚持",
     "why": "a copied regional deadline that lies before the plan's year (task 116), stating what was done in 2023 and continues"},
    {"rule": "deadline-later-than-baseline", "line": 133, "text": "长期坚持",
     "why": "tasks 121 (长期坚持) and 122 (2023年完成，长期坚持) — ongoing, equal"},
    {"rule": "deadline-invalid", "line": 6, "text": "2024年3月20日",
     "why": "the notice's own issue date"},
    {"rule": "deadline-invalid", "line": 10, "text": "截至2023年底",
     "why": "background: past dates (自2020年以来, 截至2023年底, 2023年建成) describe work already done"},
    {"rule": "deadline-invalid", "line": 92, "text": "2024年12月15日前",
     "why": "the office's own reporting dates (每季度末月25日前, 年度总结) — not a task deadline"},
    {"rule": "deadline-later-than-baseline", "line": 92, "text": "2024年12月15日前",
     "why": "reporting date for the annual summary, not a deadline of task 122/124"},
    # units
    {"rule": "unknown-unit", "line": 3, "text": "各乡镇人民政府",
     "why": "collective subject (also 县直各部门（单位）)"},
    {"rule": "unknown-unit", "line": 99, "text": "有关乡镇人民政府",
     "why": "collective subject (有关 instead of 各)"},
    {"rule": "unknown-unit", "line": 61, "text": "承担监管职责的县直有关部门（单位）",
     "why": "collective subject, the county form of 承担监管职责的自治区有关部门（单位）"},
    {"rule": "unknown-unit", "line": 66, "text": "各村（社区）",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": 63, "text": "司法局",
     "why": "prefix 县 distributes: 县公安局、司法局、信访局 = 县公安局, 县司法局, 县信访局, all in units.txt"},
    {"rule": "unknown-unit", "line": 112, "text": "信访局",
     "why": "same distributed list in task row 16: 县公安局、司法局、信访局"},
    {"rule": "unknown-unit", "line": 24, "text": "县工业信息化和商务局",
     "why": "a registry name containing 和 — must not be split"},
    {"rule": "unknown-unit", "line": 45, "text": "县人力资源和社会保障局",
     "why": "registry name, must not be split at 和"},
    {"rule": "unknown-unit", "line": 65, "text": "县林业和草原局",
     "why": "registry name; also 泾源县消防救援大队 and 泾源县气象局 on this line are in units.txt"},
    {"rule": "unknown-unit", "line": 74, "text": "固原市生态环境局泾源分局",
     "why": "city bureau's county branch, listed in units.txt"},
    {"rule": "unknown-unit", "line": 121, "text": "县生态环境分局",
     "why": "short name of 固原市生态环境局泾源分局 in units.txt"},
    {"rule": "unknown-unit", "line": 97, "text": "县工信商务局",
     "why": "official short name in units.txt (also 县市场监管局)"},
    {"rule": "unknown-unit", "line": 102, "text": "县发改局",
     "why": "short name of 县发展和改革局 in units.txt"},
    {"rule": "unknown-unit", "line": 28, "text": "六盘山镇",
     "why": "六盘山镇、泾河源镇、香水镇人民政府: the first two are short names of the 镇人民政府 in units.txt"},
    {"rule": "unknown-unit", "line": 49, "text": "中国电信泾源分公司",
     "why": "operator outside the government, listed in units.txt"},
    {"rule": "unknown-unit", "line": 71, "text": "泾源县税务局",
     "why": "vertical body, listed in units.txt"},
    {"rule": "unknown-unit", "line": 72, "text": "县残联",
     "why": "short name of 县残疾人联合会 in units.txt"},
    {"rule": "unknown-unit", "line": 29, "text": "县人民医院",
     "why": "listed in units.txt"},
    {"rule": "unknown-unit", "line": 48, "text": "自治区政府办公厅",
     "why": "regional body mentioned in the body as the one the county cooperates with, not as lead of a local task"},
    {"rule": "unknown-unit", "line": 132, "text": "县委党校",
     "why": "listed in units.txt"},
    {"rule": "unknown-unit", "line": 134, "text": "县人民政府督查室",
     "why": "listed in units.txt"},
    # basis
    {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号",
     "why": "correct title and 文号 of the national 指导意见"},
    {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕11号",
     "why": "《数字宁夏“1244+N”行动计划实施方案》 cited exactly as the 吴忠 plan cites it"},
    {"rule": "basis-mismatch", "line": 9, "text": "固原市人民政府《关于加强数字政府建设的实施方案》",
     "why": "city plan cited by title alone, as DOMAIN.md describes; no parent plan is given to contradict it"},
    {"rule": "basis-mismatch", "line": 10, "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention of the 2020 工作要点 with its correct title and 文号"},
    {"rule": "basis-mismatch", "line": 95, "text": "宁政发〔2023〕17号",
     "why": "correct title and 文号 of the regional 实施意见"},
    {"rule": "basis-mismatch", "line": 2, "text": "泾政办发〔2024〕11号",
     "why": "the notice's own 文号, not a cited basis"},
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导",
     "why": "section 六、保障措施 (lines 86-93) opens with 党的全面领导 and carries 组织领导, 资金保障, 数字素养, 考核评价"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一",
     "why": "section 四 (lines 53-55) is the county form of the work system: 健全组织机构, 厘清层级职责 with 六级贯通"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "section 二（三） lines 32-34: 数据要素市场, 数据交易规范, 网络生态"},
]

covers = [
    (5, 26), (6, 28), (7, 30), (8, 29), (10, 31), (12, 33), (13, 33),
    (14, 37), (15, 37), (17, 38), (18, 38), (21, 40), (22, 40), (24, 41),
    (28, 42), (30, 44), (32, 44), (33, 45), (34, 45), (41, 46), (42, 46),
    (43, 48), (46, 48), (47, 49), (48, 49), (50, 50), (51, 51), (54, 52),
    (40, 52), (64, 54), (65, 58), (66, 58), (70, 60), (71, 60), (73, 61),
    (74, 61), (77, 63), (79, 64), (80, 65), (83, 66), (84, 68), (86, 69),
    (87, 70), (88, 71), (89, 71), (93, 72), (94, 74), (96, 75), (98, 76),
    (104, 78), (105, 78), (106, 79), (107, 80), (108, 81), (111, 81),
    (112, 83), (114, 84), (115, 85), (116, 88), (25, 89), (118, 90),
    (122, 91), (123, 91), (124, 91), (121, 133),
]

# ---- checks ----
ok = True
for e in expect + mustNotFlag:
    if e["line"] == 0:
        continue
    t = e.get("text")
    if t and t not in L(e["line"]):
        print("TEXT NOT ON LINE", e["line"], t)
        ok = False
for e in expect:
    if e.get("text") and sum(t.count(e["text"]) for t in LINES) != 1:
        print("expect text not unique:", e["text"])
for task, line in covers:
    if not (1 <= line <= len(LINES)) or not L(line).strip():
        print("bad cover line", task, line)
        ok = False
assert len({t for t, _ in covers}) == len(covers), "duplicate cover task"

key = {
    "writer": "blind writer, round 840; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("泾源县 (固原市) 2024 实施方案 written as an ordinary county office would: notice header, 总体要求, "
              "measures under 三个驱动/四个支撑/工作体系/七个能力 with （责任单位…；完成时限…） notes, 保障措施, and a 38-row "
              "task table (lines 96-134). Several measures tied to regional tasks due 2023 (14, 15, 17, 24, 30, 32, 60, 65, 72) "
              "deliberately carry no date. The body and the table disagree on purpose at lines 49/107 (外网) and 69/117 (我的宁夏); "
              "the later value is the planted one. Line 78's date is impossible at day level (6月31日)."),
}
json.dump(key, open(os.path.join(HERE, "key.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("lines:", len(LINES), "expect:", len(expect), "mustNotFlag:", len(mustNotFlag), "covers:", len(covers), "ok:", ok)
