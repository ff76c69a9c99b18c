# -*- coding: utf-8 -*-
# Builds key.json for blind case 527 from draft.txt; every line number is found by text, never typed.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L.pop()


def line_of(s, nth=1):
    hits = [i + 1 for i, t in enumerate(L) if s in t]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]


def only(s):
    hits = [i + 1 for i, t in enumerate(L) if s in t]
    assert len(hits) == 1, (s, hits)
    return hits[0]


def row(n):
    """line of task-list row n of the draft's own table"""
    hits = [i + 1 for i, t in enumerate(L) if "\t" in t and t.split("\t")[1].startswith(f"{n}. ")]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(n, col):
    return L[row(n) - 1].split("\t")[col]


# draft row -> regional task(s), with the regional 完成时限 from 附件2
ROWMAP = {
    1: (1, "持续推进，2025 年取得明显成效"), 2: (2, "2023 年启动，2024 年取得明显成效"),
    3: (3, "持续推进，2025 年取得明显成效"), 4: (5, "持续推进，2025 年取得明显成效"),
    5: (6, "持续推进，2025 年取得明显成效"), 6: (7, "2023年形成试点经验，2025年取得明显成效"),
    7: (8, "持续推进，2025年取得明显成效"), 8: (9, "持续推进，2025年取得明显成效"),
    9: (10, "持续推进，2025年取得明显成效"), 10: (11, "2023年完成主要建设任务，2025年取得明显成效"),
    11: (12, "2025年"), 12: (13, "2024年"), 13: (18, "2023年形成机制，长期坚持"),
    14: (20, "2024年"), 15: (21, "2024年"), 16: (22, "2025年"), 17: (23, "2024年"),
    18: (26, "2024年"), 19: (28, "2023年启动，2025年取得明显成效"), 20: (34, "2024年"),
    21: (37, "2024年"), 22: (39, "2024年"), 23: (40, "2024年"), 24: (41, "2024年"),
    25: (42, "2024年"), 26: (46, "2024 年"), 27: (47, "2024 年"), 28: (48, "2024 年"),
    29: (50, "2024 年"), 30: (49, "2025 年"), 31: (52, "2025年"), 32: (54, "2024年"),
    33: (56, "2025年"), 34: (57, "2024年"), 35: (58, "2024年"), 36: (64, "2025年"),
    37: (66, "2025年"), 38: (71, "2024年"), 39: (74, "2024年"), 40: (77, "2024年"),
    41: (79, "2024年"), 42: (80, "2024年"), 43: (83, "2025年"), 44: (84, "2024年"),
    45: (86, "2024年"), 46: (87, "2023年启动，2025年完成"), 47: (88, "2024年"),
    48: (89, "2024年"), 49: (90, "2024年"), 50: (93, "2024年"), 51: (95, "2025年"),
    52: (96, "2025年"), 53: (97, "2024年"), 54: (101, "2025年"), 55: (103, "2024年"),
    56: (105, "2024年"), 57: (106, "2025年"), 58: (107, "2025年"),
    59: (108, "长期推进，2024年取得明显成效"), 60: (111, "2025年"), 61: (112, "2024年"),
    62: (114, "2024年"), 63: (115, "2024年"), 64: (121, "长期坚持"),
}
PLANTED_ROWS = {27, 33}  # late / invalid deadline rows


def years(s):
    return [int(y) for y in re.findall(r"(\d{4})\s*年", s)]


# ---- sanity: every deadline cell not planted is equal or earlier than the region's
for n, (t, reg) in ROWMAP.items():
    d = cell(n, 3)
    if n in PLANTED_ROWS:
        continue
    dy, ry = years(d), years(reg)
    if dy and ry:
        assert max(dy) <= max(ry), (n, d, reg)

# ---- sanity: every unit in the table is in units.txt or a collective, except the planted ones
reg_names = set()
for t in open(os.path.join(HERE, "units.txt"), encoding="utf-8"):
    t = t.strip()
    if not t or t.startswith("#"):
        continue
    a, _, b = t.partition("=")
    reg_names.add(a.strip())
    for x in b.split(","):
        if x.strip():
            reg_names.add(x.strip())
COLLECTIVE = {"各县（市）区人民政府", "市直各部门", "市直有关部门", "各乡镇（街道）", "承担监管职责的市直有关部门"}
PLANTED_UNITS = {"市数改办", "市行政审批服务局"}
seen_planted = set()
for n in ROWMAP:
    for u in re.split(r"[、，]", cell(n, 2)):
        u = u.strip()
        if u == "灵武市人民政府" or u in reg_names or u in COLLECTIVE:
            continue
        assert u in PLANTED_UNITS, (n, u)
        seen_planted.add(u)
assert seen_planted == PLANTED_UNITS

R = "宁政发〔2023〕17号 附件2"

expect = [
    {"rule": "basis-mismatch", "line": only("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "the title is 《自治区人民政府关于加强数字政府建设的实施意见》, whose 文号 is 宁政发〔2023〕17号; 宁政办发 is the office's series (the same line correctly cites 宁政办发〔2023〕11号 for the 1244+N plan)"},
    {"rule": "deadline-later-than-baseline", "line": only("到2026年，全市数字政府建设体系框架全面成型"), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 …“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…; the draft sets the same goal for 2026"},
    {"rule": "deadline-later-than-baseline", "line": row(27), "text": "2025年底",
     "why": "task 47 (加速全区电子政务外网升级改造，推动骨干网扩容升级，扩大互联网出口带宽), 完成时限 2024 年; the draft row says 2025年底"},
    {"rule": "deadline-invalid", "line": row(33), "text": "2022年底",
     "why": "2022年底前 lies before the plan's own year (issued 2024-04-12, list 2024年—2025年); not a copy of the region's date: task 56 (非税收入收缴电子化) is due 2025年"},
    {"rule": "unknown-unit", "line": row(19), "text": "市数改办",
     "why": "short form not defined in the note under the table and no body of 银川市 (a 数字化改革办公室 is a Zhejiang-style body); not in units.txt"},
    {"rule": "unknown-unit", "line": row(48), "text": "市行政审批服务局",
     "why": "not in the note nor units.txt; the note defines 市审批局 = 银川市审批服务管理局, and every other row uses 市审批局 — an outdated/wrong name"},
    {"rule": "task-uncovered", "line": 0, "task": 92,
     "why": "task 92 (依托“我的宁夏”探索实现全域“多卡合一”“多码合一”“多表合一”, 各地级市牵头负责, 2025年) is a city-led task deliberately left out: no 多卡合一/多码合一/多表合一 anywhere"},
]

M = []


def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)


# units
mnf("unknown-unit", row(1), "short form defined in the note (市发展改革委：银川市发展和改革委员会)", "市发展改革委")
mnf("unknown-unit", row(1), "short form not in the note but the official short name in units.txt (市科学技术局 = 市科技局)", "市科技局")
mnf("unknown-unit", row(3), "body named in full; in units.txt as alias of 银川经济技术开发区管理委员会", "银川经济技术开发区管委会")
mnf("unknown-unit", row(4), "short form not in the note; official short name in units.txt", "市委网信办")
mnf("unknown-unit", row(5), "collective subject (all county/district governments of the city; defined as such in the city's usage)", "各县（市）区人民政府")
mnf("unknown-unit", row(7), "short forms not in the note; official short names in units.txt (市卫生健康委员会, 市医疗保障局)", "市医保局")
mnf("unknown-unit", row(8), "short form not in the note; official short name in units.txt (市城市管理局)", "市城管局")
mnf("unknown-unit", row(9), "three named county-level governments with a shared suffix: 永宁县人民政府、贺兰县人民政府、灵武市人民政府, all in units.txt", "永宁县、贺兰县、灵武市人民政府")
mnf("unknown-unit", row(10), "short form in units.txt (市供销合作社 = 市供销社)", "市供销社")
mnf("unknown-unit", row(11), "body named in full, in units.txt", "银川市公共资源交易中心")
mnf("unknown-unit", row(14), "short form not in the note; official short name in units.txt; 市直有关部门 is a collective", "市委编办")
mnf("unknown-unit", row(15), "short form defined in the note (市审批局：银川市审批服务管理局)", "市审批局")
mnf("unknown-unit", row(20), "short forms defined in the note (市大数据局, 市人社局, 市应急局) or in units.txt (市卫健委, 市国资委)", "市国资委")
mnf("unknown-unit", row(23), "市档案馆 in units.txt; 市政府办 defined in the note; 市直各部门 collective", "市政府办")
mnf("unknown-unit", row(28), "collective subject", "各乡镇（街道）")
mnf("unknown-unit", row(32), "short form defined in the note (市委办：中共银川市委办公室)", "市委办")
mnf("unknown-unit", row(39), "collective subject", "承担监管职责的市直有关部门")
mnf("unknown-unit", row(42), "body named in full, in units.txt", "银川市消防救援支队")
mnf("unknown-unit", row(58), "short form in units.txt (市机关事务管理局 = 市机关事务局)", "市机关事务局")
mnf("unknown-unit", only("领导小组办公室设在银川市大数据管理服务局"), "body named in full in the text (the note's long form of 市大数据局)", "银川市大数据管理服务局")
mnf("unknown-unit", only("充实市推进数字政府建设领导小组"), "a leading group the text says will be strengthened (and 市属国有企业, 专家咨询团队 on the same line), not a responsible unit", "市推进数字政府建设领导小组")
mnf("unknown-unit", only("依托市委党校"), "in units.txt (中共银川市委党校 = 市委党校); a training venue, not a responsible unit", "市委党校")
# deadlines: equal or earlier
mnf("deadline-later-than-baseline", row(2), "task 2 完成时限 2023 年启动，2024 年取得明显成效; draft 2024年取得明显成效 is equal", "2024年")
mnf("deadline-later-than-baseline", row(12), "task 13 完成时限 2024年; equal", "2024年")
mnf("deadline-later-than-baseline", row(16), "task 22 完成时限 2025年; equal", "2025年")
mnf("deadline-later-than-baseline", row(17), "task 23 完成时限 2024年; 2024年6月底前 is earlier", "2024年6月底前")
mnf("deadline-later-than-baseline", row(19), "task 28 完成时限 2023年启动，2025年取得明显成效; completing milestone 2025 equal", "2025年")
mnf("deadline-later-than-baseline", row(25), "task 42 完成时限 2024年; 2024年12月底前 is equal", "2024年12月底前")
mnf("deadline-later-than-baseline", row(28), "task 48 完成时限 2024 年; equal (the row above, task 47, is the late one)", "2024年")
mnf("deadline-later-than-baseline", row(31), "task 52 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
mnf("deadline-later-than-baseline", row(36), "task 64 完成时限 2025年; 2024年 is earlier", "2024年")
mnf("deadline-later-than-baseline", row(46), "task 87 完成时限 2023年启动，2025年完成; 2024年底前 is earlier", "2024年底前")
mnf("deadline-later-than-baseline", row(59), "task 108 完成时限 长期推进，2024年取得明显成效; equal", "2024年")
mnf("deadline-later-than-baseline", row(64), "task 121 完成时限 长期坚持; equal", "长期坚持")
mnf("deadline-later-than-baseline", only("到2024年底，市级政务信息系统"), "2024 goals match tasks 46, 48, 86 (2024年), 84 (2024年) and 87 (2025年): equal or earlier", "2024年底")
mnf("deadline-later-than-baseline", only("到2035年，与政府治理能力现代化"), "equal to the region's 2035 goal", "2035年")
mnf("deadline-invalid", row(13), "task 18 完成时限 2023年形成机制，长期坚持, copied verbatim: a regional deadline lying before the plan's year, not a slip", "2023年")
mnf("deadline-invalid", only("（一）发展基础。"), "past dates in the background (2020年, 2023年) describe what was done, not deadlines", "2020年")
mnf("deadline-invalid", only("（五）抓好督促落实。"), "the office's own reporting dates (每季度末月25日前, 每年12月20日前), not task deadlines", "12月20日")
mnf("deadline-invalid", only("2024年4月12日"), "the document's own issue date")
mnf("deadline-later-than-baseline", line_of("重点任务清单（2024年—2025年）", 2), "period of the task list in its title, not a deadline", "2025年")
# citations
mnf("basis-mismatch", only("宁政办发〔2020〕14号"), "retrospective mention of the superseded 2020 工作要点 in the background, with its correct title and 文号; not cited as basis", "宁政办发〔2020〕14号")
mnf("basis-mismatch", line_of("宁政办发〔2023〕11号"), "correct citation of 《数字宁夏“1244+N”行动计划实施方案》 (宁政办发〔2023〕11号), cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
mnf("basis-mismatch", line_of("国发〔2022〕14号"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
mnf("basis-mismatch", only("银政发〔2024〕31号"), "the draft's own 文号, not a citation", "银政发〔2024〕31号")
# pillars
mnf("missing-pillar", only("（一）健全组织机构。参照自治区“五个一”"), "五个一/六级贯通 work system taken up in section 四 (lines for 健全组织机构 and 厘清层级职责)")
mnf("missing-pillar", only("（三）营造良好数字生态。"), "数字生态 is taken up (数据要素市场, 政策环境, 网络生态) and in table rows 11-12")
mnf("missing-pillar", only("（二）加大财政投入。"), "财政投入 taken up under 六")

covers = []
for n, (t, _) in ROWMAP.items():
    covers.append({"task": t, "line": row(n)})
covers.append({"task": 45, "line": row(26)})
covers.append({"task": 33, "line": only("完善数据管理机制。")})
body_covers = [
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"),
    (24, "创新数字政府建设管理机制。"), (27, "健全标准规范。"), (30, "完善数据管理机制。"),
    (31, "完善数据管理机制。"), (32, "完善数据管理机制。"), (36, "深化数据高效共享。"),
    (38, "深化数据高效共享。"), (51, "加强重点共性应用支撑能力。"), (59, "提高政务平台迭代支撑能力。"),
    (67, "（一）提升科学精准的经济调节能力。"), (68, "（二）提升综合高效的市场监管能力。"),
    (70, "（二）提升综合高效的市场监管能力。"), (72, "（二）提升综合高效的市场监管能力。"),
    (75, "（二）提升综合高效的市场监管能力。"), (85, "（四）提升普惠便捷的公共服务能力。"),
    (102, "（五）提升系统科学的生态环境保护能力。"), (104, "（六）提升整体高效的政务运行能力。"),
    (116, "（一）加强组织领导。"), (25, "（二）加大财政投入。"), (118, "（三）提升数字素养。"),
    (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
for t, s in body_covers:
    covers.append({"task": t, "line": only(s)})
covers.sort(key=lambda c: (c["task"], c["line"]))
assert 92 not in {c["task"] for c in covers}
assert not any(k in "".join(L) for k in ("多卡合一", "多码合一", "多表合一"))

key = {
    "writer": "blind writer, round 527; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("银川市 city plan of 2024-04-12 implementing 宁政发〔2023〕17号 directly (no parent plan). "
              "The task list's responsible units are written in short forms explained in a note on the last line "
              "(注：表中单位简称——…), which also says the first-listed unit leads. Some short forms used in the table "
              "(市科技局, 市卫健委, 市医保局, 市委网信办, 市城管局, 市委编办, 市国资委, 市机关事务局, 市供销社) are not in the "
              "note but are official short names in units.txt; only 市数改办 and 市行政审批服务局 are unknown. "
              "Table rows: first cell is the group (empty = continues), second the content numbered 1-64, third units, fourth 完成时限. "
              "Regional deadlines quoted in the whys are from " + R + "."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers), "distinct tasks", len({c['task'] for c in covers}))
