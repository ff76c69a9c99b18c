#!/usr/bin/env python3
# Builds key.json for blind case 251, computing every line number from the final draft.txt.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L = L[:-1]


def line_of(needle, start=None):
    hits = [i + 1 for i, s in enumerate(L) if needle in s and (start is None or s.startswith(start))]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


def row(n):
    """1-based draft line of matrix row with 序号 n."""
    return line_of("", start=f"{n}\t")


def deadline_of(n):
    return L[row(n) - 1].split("\t")[-1]


HEADER = line_of("序号\t重点任务")
GARBLED = "持续推进电子政务外网".encode("utf-8").decode("gbk")

# matrix rows: 序号 -> (regional task, regional 完成时限)
MATRIX = {
    1: (3, "持续推进，2025 年取得明显成效"), 2: (5, "持续推进，2025 年取得明显成效"),
    3: (6, "持续推进，2025 年取得明显成效"), 4: (10, "持续推进，2025年取得明显成效"),
    5: (12, "2025年"), 6: (18, "2023年形成机制, 长期坚持"), 7: (43, "2024 年建成，持续推进"),
    8: (46, "2024 年"), 9: (47, "2024 年"), 10: (48, "2024 年"), 11: (50, "2024 年"),
    12: (49, "2025 年"), 13: (21, "2024年"), 14: (28, "2023年启动，2025年取得明显成效"),
    15: (33, "2024年"), 16: (34, "2024年"), 17: (40, "2024年"), 18: (41, "2024年"),
    19: (42, "2024年"), 20: (52, "2025年"), 21: (56, "2025年"), 22: (64, "2025年"),
    23: (71, "2024年"), 24: (73, "2024年"), 25: (79, "2024年"), 26: (80, "2024年"),
    27: (84, "2024年"), 28: (86, "2024年"), 29: (88, "2024年"), 30: (89, "2024年"),
    31: (93, "2024年"), 32: (96, "2025年"), 33: (101, "2025年"), 34: (105, "2024年"),
    35: (106, "2025年"), 36: (108, "长期推进，2024年取得明显成效"), 37: (114, "2024年"),
    38: (115, "2024年"), 39: (121, "长期坚持"),
}
PLANTED_ROWS = {8, 16}

expect = [
    {"rule": "basis-mismatch", "line": line_of("宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; digits transposed"},
    {"rule": "deadline-later-than-baseline", "line": line_of("到2026年，全区数字政府建设体系框架全面成型"), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 “34567”体系框架全面成型 (same wording: 工作体制逐步健全、管理机制趋于成熟…); the district puts the same goal a year later"},
    {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2025年",
     "why": "matrix row 16 (主题数据库: 政务服务、社会保障、应急管理) takes up regional task 34, 完成时限 2024年; the district gives 2025年 (also later than task 33's 2024年 if matched there)"},
    {"rule": "deadline-invalid", "line": row(8), "text": "2014年",
     "why": "matrix row 8 (task 46, 完成时限 2024年): 2014年 is a typo for 2024年 and lies before the plan's year 2024 (and before the regional baseline itself)"},
    {"rule": "unknown-unit", "line": HEADER, "text": "区科技局",
     "why": "matrix header column 区科技局: no such body in units.txt (惠农区 has 区工业和信息化局 and 区科协, no 科技局); copied from a city template. It holds ○ in rows 1 and 14 (lines %d, %d)" % (row(1), row(14))},
    {"rule": "garbled-text", "line": line_of(GARBLED), "text": GARBLED[:6],
     "why": "“持续推进电子政务外网” as UTF-8 bytes read as GBK (%s); re-encode as GBK, decode as UTF-8" % GARBLED},
]

mnf = []
def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# --- deadlines in the matrix: equal / earlier / ongoing / copied ---
for n, (task, rdl) in MATRIX.items():
    if n in PLANTED_ROWS:
        continue
    dl = deadline_of(n)
    if n == 6:
        why = f"matrix row {n}: task {task} 完成时限 {rdl}; the district copies the regional deadline verbatim (a 2023 milestone before the plan's year is a copied regional deadline, not an impossible one, and it is not later)"
        nf("deadline-invalid", row(n), why, "2023年形成机制，长期坚持")
        nf("deadline-later-than-baseline", row(n), why, dl)
        continue
    rel = "equal to"
    if (n, dl) in {(20, "2024年"), (22, "2024年")}:
        rel = "earlier than"
    if n == 34:
        rel = "earlier than (same year, a month set before year end)"
    nf("deadline-later-than-baseline", row(n), f"matrix row {n}: task {task} 完成时限 {rdl}; district {dl} is {rel} the regional deadline", dl)

# --- deadlines / dates in the prose ---
nf("deadline-later-than-baseline", line_of("到2024年底，区级政务信息系统全部迁移"),
   "near-term goal: its content is tasks 43 (2024年建成), 48 (2024年) and 86/105 (2024年); the region's own near-term goal (到2023年底) lies before the plan's year and covers different items (政策体系、“五个一”、家底理清), so 2024年底 is not later", "2024年底")
nf("deadline-later-than-baseline", line_of("到2035年，与政府治理能力现代化"),
   "到2035年 equals the region's 2035 goal (数字政府全面建成)", "2035年")
nf("deadline-later-than-baseline", line_of("力争2025年底前数字农业农村服务"),
   "task 10 完成时限 持续推进，2025年取得明显成效; 2025年底 is the same year", "2025年底")
nf("deadline-later-than-baseline", line_of("2024年底前实现区、乡镇（街道）、村（社区）全覆盖"),
   "task 48 (城域网 5级全覆盖) 完成时限 2024年; 2024年底前 is equal", "2024年底前")
nf("deadline-invalid", line_of("2022年，区级43个政务信息系统"),
   "发展基础: 2022年 and 2023年 are past achievements in the background, not deadlines", "2022年")
nf("deadline-invalid", line_of("区人民政府2024年第8次常务会议"),
   "印发 sentence: 2024年第8次常务会议 is a meeting reference, not a deadline", "2024年")
nf("deadline-invalid", line_of("每年6月25日、12月10日前"),
   "the office's own reporting dates (半年、全年进展报送), not task deadlines", "12月10日前")
nf("deadline-later-than-baseline", line_of("每年6月25日、12月10日前"),
   "reporting dates are not task deadlines; task 121/124 are 长期坚持", "6月25日")

# --- units ---
nf("unknown-unit", HEADER, "header column 各乡镇（街道）: collective subject (乡镇、街道 collectively), not a unit", "各乡镇（街道）")
nf("unknown-unit", HEADER, "header column 区政府办: short name of 区人民政府办公室 in units.txt", "区政府办")
nf("unknown-unit", HEADER, "header column 区公安分局: short name of 石嘴山市公安局惠农区分局 in units.txt", "区公安分局")
nf("unknown-unit", HEADER, "header column 区农业农村局: short name of 区农业农村和水务局 in units.txt", "区农业农村局")
nf("unknown-unit", HEADER, "header column 区工信局: short name of 区工业和信息化局 (a real body; only 区科技局 is wrong)", "区工信局")
nf("unknown-unit", HEADER, "header columns 区发改局、区审批局、区市场监管局、区应急局: short names listed in units.txt", "区审批局")
nf("unknown-unit", HEADER, "header column 区委网信办: in units.txt", "区委网信办")
nf("unknown-unit", HEADER, "header column 区大数据中心: in units.txt", "区大数据中心")
nf("unknown-unit", line_of("各乡镇人民政府、街道办事处，区直各部门（单位）："),
   "主送 line: 各乡镇人民政府、街道办事处 and 区直各部门（单位） are collective addressees; 各 covers 街道办事处 too", "街道办事处")
nf("unknown-unit", line_of("强化安全管理责任。区直各部门（单位）、各乡镇（街道）"),
   "区直各部门（单位）、各乡镇（街道）: collective subjects", "区直各部门（单位）")
nf("unknown-unit", line_of("按照市委、市政府关于数字政府建设的工作部署"),
   "市委、市政府 (石嘴山) are the higher level named as the source of the 部署, not responsible units", "市委")
nf("unknown-unit", line_of("依托区委党校和宁夏干部教育培训网络学院"),
   "区委党校 is in units.txt; 宁夏干部教育培训网络学院 is a training platform named as a means, not a responsible unit", "宁夏干部教育培训网络学院")
nf("unknown-unit", line_of("领导小组办公室设在区大数据中心"),
   "区推进“数字政府”建设领导小组 is in units.txt; the coordinating group is not a task's responsible unit", "区推进“数字政府”建设领导小组")
for n in (2, 6, 28, 34):
    nf("unknown-unit", row(n), f"matrix row {n} has two ● (co-leads, both registered units); the note says the first column is the main lead", None)
for n in (21, 24, 32):
    nf("unknown-unit", row(n), f"matrix row {n}: one ● and every other cell empty; empty cells mean no role", None)
nf("unknown-unit", row(10), "matrix row 10: ○ under 各乡镇（街道） is the collective cooperating, not a unit", None)

# --- basis ---
nf("basis-mismatch", line_of("宁政办发〔2020〕14号"),
   "retrospective mention of the 2020 工作要点 in 发展基础 (自…印发以来), not cited as the basis; title and 文号 belong together", "宁政办发〔2020〕14号")
nf("basis-mismatch", line_of("国发〔2022〕14号"), "national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号")
nf("basis-mismatch", line_of("宁政办发〔2023〕11号"),
   "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way in the 吴忠 plan; a correct further basis, not a superseded one", "宁政办发〔2023〕11号")

# --- pillars ---
nf("missing-pillar", 0, "数字生态 is taken up in 三（三）营造良好数字生态 (line %d)" % line_of("（三）营造良好数字生态"))
nf("missing-pillar", 0, "“五个一”+“六级贯通” work system is folded into 五、健全“一套体系” (健全组织机构/厘清层级职责/完善工作机制, lines %d-%d), as in the 吴忠 plan" % (line_of("（一）健全组织机构"), line_of("（三）完善工作机制")))
nf("missing-pillar", 0, "党的领导 items 组织领导、财政投入、数字素养、考核评价 are all in 七 (lines %d-%d)" % (line_of("（一）加强组织领导"), line_of("（四）强化考核评价")))

covers = [{"task": t, "line": row(n)} for n, (t, _) in sorted(MATRIX.items())]
prose_covers = [
    (14, "强化安全管理责任。"), (15, "建立数字政府安全评估、责任落实和重大事件处置机制"),
    (17, "落实安全制度要求。"), (24, "健全政务信息化建设管理会商机制"),
    (30, "持续更新区级政务数据资源目录"), (32, "明确各部门数据管理职责和数据专员"),
    (36, "落实政务数据供需对接机制"), (65, "加强人口、就业、产业、投资、消费、贸易等领域关键数据"),
    (68, "推行“照单监管”"), (70, "企业信用风险分类管理"), (77, "完善矛盾纠纷线上受理和多元化解渠道"),
    (83, "实施“互联网+基层治理”行动"), (85, "推行“集成办”“免证办”“免申即享”"),
    (87, "优化12345政务服务便民热线诉求办理"), (102, "推进水、气、土、废污染防治攻坚"),
    (103, "建设区级辅助决策应用"), (107, "统筹整合非涉密视频会议系统资源"),
    (111, "推进机关事务管理信息化"), (112, "完善政务公开信息化平台"),
    (116, "纳入“一把手工程”"), (117, "加大数字化专业人才引进力度"),
    (118, "定期开展干部数字化能力培训"), (122, "纳入全区效能目标管理考核"),
    (123, "考核结果作为领导班子和领导干部综合考核评价的重要参考"),
]
for t, s in prose_covers:
    covers.append({"task": t, "line": line_of(s)})

key = {
    "writer": "blind writer, round 251; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("石嘴山市惠农区 (county level) plan of 2024-05-20 against 宁政发〔2023〕17号, no parent plan. "
              "Lines %d-%d are a 责任分工矩阵: 序号, 重点任务, 13 role columns (12 district bodies + the collective 各乡镇（街道）) with ● lead / ○ cooperate, 完成时限; the note on line %d explains the marks. "
              "Matrix rows map to regional tasks as listed in covers. The unknown 区科技局 is in the header (line %d); a checker that reports it on the rows where it has ○ (lines %d, %d) is reporting the same mistake. "
              "Row 6 copies task 18's deadline 2023年形成机制，长期坚持 verbatim. No task is deliberately left out for task-uncovered.")
             % (HEADER, len(L) - 1, len(L), HEADER, row(1), row(14)),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
