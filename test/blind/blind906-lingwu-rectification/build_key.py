#!/usr/bin/python3
# Writes key.json for blind case 906; every line number is looked up in the final draft.txt.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L.pop()


def ln(*needles):
    """1-based number of the only line containing all needles."""
    hits = [i + 1 for i, s in enumerate(L) if all(n in s for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]


def row(n):
    """line of rectification-list row n (序号 n)."""
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(f"{n}\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(n, k):
    return L[row(n) - 1].split("\t")[k]


def check(line, text):
    assert text in L[line - 1], (line, text)
    return line


expect = [
    {"rule": "basis-mismatch", "line": check(ln("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "the 自治区 实施意见 on 加强数字政府建设 is 宁政发〔2023〕17号; 宁政办发 is the office's series (slip)"},
    {"rule": "garbled-text", "line": check(ln("落实安全制度要求。"), "寤虹珛鍋ュ叏"), "text": "寤虹珛鍋ュ叏鏁版嵁",
     "why": "UTF-8 bytes of 建立健全数据分类分级保护 read as GBK, no ? marker"},
    {"rule": "deadline-later-than-baseline", "line": check(row(23), "2025年6月底前"), "text": "2025年6月底前",
     "why": "rectification row 23 (适老化与信息无障碍建设) is task 93, 完成时限 2024年; the plan's own 2024 goal (line %d) also says 2024" % ln("到2024年底")},
    {"rule": "deadline-invalid", "line": check(row(14), "2024年6月31日前"), "text": "2024年6月31日",
     "why": "June has 30 days; row 14 is task 56 (非税收入收缴电子化, 完成时限 2025年), so the date is not late, only impossible"},
    {"rule": "unknown-unit", "line": check(row(37), "市经信局"), "text": "市经信局",
     "why": "old name (经济和信息化局); units.txt has 市工业信息化和商务局 and no 经信局 alias"},
    {"rule": "task-uncovered", "line": 0, "task": 10,
     "why": "数字乡村 (task 10, 各市、县（区）具体负责, 持续推进，2025年取得明显成效) deliberately left out: no 数字乡村 / 乡村治理 / 农业农村大数据 anywhere"},
]

M = []


def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)


D = "deadline-later-than-baseline"
U = "unknown-unit"
B = "basis-mismatch"
I = "deadline-invalid"
P = "missing-pillar"

# basis documents
nm(B, ln("国发〔2022〕14号"), "national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号")
nm(B, ln("宁政办发〔2023〕11号"), "数字宁夏“1244+N”行动计划实施方案 cited with the same 文号 as in the 吴忠 plan (seed)", "宁政办发〔2023〕11号")
nm(B, ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (自…实施以来), not cited as a basis", "宁政办发〔2020〕14号")
nm(B, ln("灵政发〔2024〕15号"), "the plan's own 文号 in the 通知 header, not a basis citation", "灵政发〔2024〕15号")

# dates that are not deadlines / not invalid
nm(I, ln("2024年3月18日"), "signing date of the 通知 (plan year 2024)", "2024年3月18日")
nm(I, ln("截至2023年底"), "past date in the background (situation at end of 2023), not a deadline", "截至2023年底")
nm(I, ln("每季度末月25日前"), "the office's own reporting dates (quarterly, 2024年12月10日, 15个工作日), not task deadlines", "2024年12月10日前")
nm(D, ln("每季度末月25日前"), "reporting dates for rectification progress, not a deadline of any task (e.g. task 124 督促检查 is 2023年形成机制，长期坚持)", "2024年12月10日前")

# goals
nm(D, ln("到2024年底"), "2024 goal: 外网全覆盖 = task 48 (2024年), 适老化 = task 93 (2024年), 四个办 = task 84 (2024年); all equal, and the region's framework goal is 到2025年", "到2024年底")
nm(D, ln("到2025年，全市"), "equal to the region's 到2025年 goal (34567 体系框架全面成型)", "到2025年")
nm(D, ln("到2035年"), "equal to the region's 到2035年 goal", "到2035年")
nm(D, ln("力争2024年底前"), "task 48 (城域网升级改造, 5级全覆盖) 完成时限 2024年: equal", "力争2024年底前")

# rectification limits that are not late
for n, task, region, why in [
    (1, 14, "2023年", "立行立改 (within 15 working days of issue, line 81) carries no later year"),
    (7, 32, "2023年", "立行立改 carries no later year"),
    (19, 86, "2024年", "立行立改, inside the plan year"),
    (25, 112, "2024年", "立行立改, inside the plan year"),
    (2, 18, "2023年形成机制，长期坚持", "长期坚持 mirrors the regional ongoing flag"),
    (52, 116, "2023年完成并长期坚持", "长期坚持, no later milestone"),
    (53, 118, "2023年完成并长期坚持", "长期坚持, no later milestone"),
    (55, 121, "长期坚持", "same"),
    (56, 123, "2023 年完成，长期坚持", "长期坚持, no later milestone"),
    (57, 124, "2023 年形成机制，长期坚持", "长期坚持, no later milestone"),
    (3, 43, "2024 年建成，持续推进", "2024年10月底前 is earlier (also task 46, 2024年)"),
    (4, 48, "2024 年", "2024年9月底前 is earlier"),
    (5, 50, "2024年", "2024年12月底前 is equal"),
    (6, 49, "2025年", "2025年6月底前 is earlier"),
    (8, 41, "2024年", "equal"),
    (9, 42, "2024年", "2024年底前 is equal"),
    (10, 23, "2024年", "equal (一本账 统筹建设管理机制 = task 23, not task 30's 数据资源一本账)"),
    (11, 21, "2024年", "earlier"),
    (12, 20, "2024年", "equal"),
    (13, 28, "2023年启动，2025年取得明显成效", "2025年取得明显成效 is equal"),
    (15, 55, "2024年", "equal"),
    (16, 40, "2024年", "2024年11月底前 is earlier (also task 54, 2024年)"),
    (17, 57, "2024年", "earlier"),
    (18, 52, "2025年", "2024年12月底前 is earlier"),
    (20, 87, "2023年启动，2025年完成", "2024年12月底前 is earlier"),
    (21, 88, "2024年", "earlier"),
    (22, 89, "2024年", "equal"),
    (24, 90, "2024年", "equal"),
    (26, 114, "2024年", "2024年6月底前 is earlier"),
    (27, 113, "2024年", "equal"),
    (28, 115, "2024年", "equal"),
    (29, 104, "2024年", "earlier"),
    (30, 105, "2024年", "earlier"),
    (31, 106, "2025年", "2025年底前 is equal"),
    (32, 107, "2025年", "2024年12月底前 is earlier"),
    (33, 111, "2025年", "2025年底前 is equal"),
    (34, 108, "长期推进，2024年取得明显成效", "2024年底前取得明显成效 is equal"),
    (35, 109, "2024年", "equal"),
    (36, 103, "2024年", "equal"),
    (37, 66, "2025年", "2024年12月底前 is earlier (the row's only fault is the unit 市经信局)"),
    (38, 77, "2024年", "earlier"),
    (39, 79, "2024年", "equal"),
    (40, 80, "2024年", "equal"),
    (41, 83, "2025年", "2025年6月底前 is earlier"),
    (42, 70, "2024年", "2024年底前 is equal"),
    (43, 71, "2024年", "earlier"),
    (44, 74, "2024年", "equal"),
    (45, 95, "2025年", "2024年12月底前 is earlier (also not later than task 94, 2024年)"),
    (46, 96, "2025年", "2025年底前 is equal"),
    (47, 97, "2024年", "equal"),
    (48, 98, "2024年", "earlier"),
    (49, 3, "持续推进，2025年取得明显成效", "2025年取得明显成效 is equal"),
    (50, 6, "持续推进，2025年取得明显成效", "2025年底前 is equal (also task 8, 2025年)"),
    (51, 64, "2025年", "2024年6月底前 is earlier"),
    (54, 117, "2024年", "equal"),
]:
    nm(D, row(n), f"row {n} = task {task}, 完成时限 {region}; {why}", cell(n, 4))

# units that are fine
nm(U, ln("各乡镇（街道），市政府各部门"), "addressees of the 通知; 各乡镇（街道） is a collective", "各乡镇（街道）")
nm(U, row(2), "市大数据中心 is the registered short name of 市大数据管理服务中心 (units.txt)", "市大数据中心")
nm(U, row(4), "中国电信灵武分公司 is in units.txt (驻灵企业); 各乡镇人民政府 is a collective", "中国电信灵武分公司")
nm(U, row(5), "市直有关部门 is a collective", "市直有关部门")
nm(U, row(10), "市发改局 is the registered short name of 市发展和改革局", "市发改局")
nm(U, row(18), "prefix 市 distributes: 市审批局 (alias), 市公安局, 市教育局, 市卫生健康局", "市审批局、公安局、教育局、卫生健康局")
nm(U, row(35), "市政府督查室 is in units.txt", "市政府督查室")
nm(U, row(40), "灵武市消防救援大队 in units.txt; 市应急局, 市卫健局 are registered short names", "灵武市消防救援大队")
nm(U, row(41), "各乡镇（街道）, 各村（社区） are collectives", "各村（社区）")
nm(U, row(44), "银川市生态环境局灵武分局 is in units.txt (the city bureau's branch serving 灵武)", "银川市生态环境局灵武分局")
nm(U, row(50), "prefix 市 distributes: 市教育局, 市卫生健康局, 市民政局, 市人力资源和社会保障局", "市教育局、卫生健康局、民政局、人力资源和社会保障局")
nm(U, row(53), "市委党校 is in units.txt", "市委党校")
nm(U, row(57), "市推进数字政府建设领导小组办公室 is in units.txt", "市推进数字政府建设领导小组办公室")
nm(U, row(24), "市文旅体局 is the registered short name of 市文化旅游体育局", "市文旅体局")

# pillars present under local headings
nm(P, 0, "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is taken up in 六、保障措施 (lines %d-%d), under a different heading" % (ln("坚持把党的全面领导"), ln("（四）强化考核评价")))
nm(P, 0, "五个一 + 六级贯通 taken up in section 四 (lines %d-%d)" % (ln("四、健全“五个一”"), ln("（三）完善工作机制")))
nm(P, 0, "数字生态 taken up at line %d" % ln("（三）营造良好数字生态"))

covers_spec = [
    (3, row(49)), (5, ln("以网管网等基于新技术手段")), (6, row(50)), (7, ln("国家智慧教育平台")),
    (8, ln("国家智能社会治理实验基地")), (9, ln("一网统管")), (12, ln("培育数据要素市场")),
    (14, row(1)), (15, ln("强化安全管理责任。")), (17, ln("落实安全制度要求。")), (18, row(2)),
    (20, row(12)), (21, row(11)), (23, row(10)), (24, ln("会商机制")), (25, ln("（二）加大财政投入")),
    (28, row(13)), (30, ln("完善数据管理机制。")), (32, row(7)), (36, ln("深化数据高效共享。")),
    (40, row(16)), (41, row(8)), (42, row(9)), (43, row(3)), (48, row(4)), (49, row(6)), (50, row(5)),
    (52, row(18)), (54, row(16)), (55, row(15)), (56, row(14)), (57, row(17)), (64, row(51)),
    (66, row(37)), (67, ln("规划综合管理信息平台")), (68, ln("提升监管精准化水平。")),
    (70, row(42)), (71, row(43)), (72, ln("提升监管协同化水平。")), (73, ln("提升监管协同化水平。")),
    (74, row(44)), (75, ln("提升监管智能化水平。")), (77, row(38)), (79, row(39)), (80, row(40)),
    (83, row(41)), (84, ln("打造泛在可及的服务体系。")), (85, ln("提升智慧便捷的服务能力。")),
    (86, row(19)), (87, row(20)), (88, row(21)), (89, row(22)), (90, row(24)), (93, row(23)),
    (95, row(45)), (96, row(46)), (97, row(47)), (98, row(48)), (100, ln("提高自然资源利用效率。")),
    (101, ln("推动绿色低碳转型。")), (102, ln("推动绿色低碳转型。")), (103, row(36)), (104, row(29)),
    (105, row(30)), (106, row(31)), (107, row(32)), (108, row(34)), (109, row(35)), (111, row(33)),
    (112, row(25)), (113, row(27)), (114, row(26)), (115, row(28)), (116, row(52)), (117, row(54)),
    (118, row(53)), (121, row(55)), (122, ln("（四）强化考核评价")), (123, row(56)), (124, row(57)),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
    "writer": "blind writer, round 906; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("灵武市 (county-level city under 银川市) 2024 实施方案, 灵政发〔2024〕15号, with a 问题整改清单 of 57 rows "
              "(序号 | 问题 | 整改措施 | 责任单位 | 整改时限) after 六、保障措施. The list states that the first unit of a cell leads. "
              "No parent plan is given; 银川市's deployment is mentioned without a title. "
              "Rows 1 and 7 give 立行立改 for tasks whose regional 完成时限 is 2023年 (14, 32): treated as not late, "
              "since 立行立改 names no later year and line 81 defines it as 15 working days after issue. "
              "Body text carries no deadlines except the 主要目标 and line %d (力争2024年底前)." % ln("力争2024年底前")),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers))
