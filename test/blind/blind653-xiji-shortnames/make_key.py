#!/usr/bin/env python3
# Builds key.json; every line number is found by searching draft.txt (1-based) and checked.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L.pop()


def ln(needle, also=None):
    hits = [i + 1 for i, s in enumerate(L) if needle in s and (also is None or also in s)]
    assert len(hits) == 1, (needle, also, hits)
    return hits[0]


def row(n):
    """line of task-list row n of the draft (its 重点内容 starts with 'n. ')"""
    return ln("\t%d. " % n)


def cell(n, col):
    return L[row(n) - 1].split("\t")[col]


expect = [
    {"rule": "basis-mismatch", "line": ln("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
     "why": "主要目标: the regional goal is 到2025年 全区各级数字政府建设“34567”体系框架全面成型; the draft sets the same goal for 2026"},
    {"rule": "deadline-invalid", "line": row(18), "text": "13月",
     "why": "impossible month in 2024年13月底前 (row 18, task 48, regional 完成时限 2024年); the year itself equals the region's"},
    {"rule": "deadline-later-than-baseline", "line": row(35), "text": "2025年",
     "why": "row 35 适老化与信息无障碍建设 is task 93, regional 完成时限 2024年"},
    {"rule": "unknown-unit", "line": row(40), "text": "县大数据局",
     "why": "not in units.txt and not one of the draft's own short names: the draft defines “县大数据中心” (line %d), never “县大数据局”; the county has no 大数据局" % ln("以下简称“县大数据中心”")},
    {"rule": "garbled-text", "line": ln("寮哄寲"), "text": "寮哄寲瀹夊叏",
     "why": "sub-item title 强化安全管理责任 as UTF-8 bytes read as GBK (寮哄寲瀹夊叏绠＄悊璐ｄ换)"},
]

mnf = []


def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line)
        e["text"] = text
    e["why"] = why
    mnf.append(e)


# --- the round's subject: the draft's own short names ---
defl = ln("以下简称“县大数据中心”")
note = ln("注：文中“县审批局”")
m("unknown-unit", defl, "县大数据中心 is defined here at first use: 县大数据服务中心（以下简称“县大数据中心”）; full name is in units.txt", "县大数据中心")
m("unknown-unit", ln("由县审批局会同"), "县审批局 is the draft's own short name for 县审批服务管理局, defined in the note on line %d (used before the note)" % note, "县审批局")
m("unknown-unit", ln("县审批局依托全区一体化政务服务平台"), "draft-defined short name (note, line %d)" % note, "县审批局")
m("unknown-unit", row(11), "县审批局 as lead in the task list; draft-defined short name (note, line %d)" % note, "县审批局")
m("unknown-unit", row(12), "县大数据中心 as lead in the task list; draft-defined short name (line %d)" % defl, "县大数据中心")
m("unknown-unit", row(18), "县大数据中心; draft-defined short name (line %d)" % defl, "县大数据中心")
m("unknown-unit", row(33), "县审批局 as cooperating unit; draft-defined short name", "县审批局")
m("unknown-unit", row(34), "县审批局 first-listed lead of a pair; draft-defined short name", "县审批局")
m("unknown-unit", ln("领导小组办公室设在县大数据中心"), "draft-defined short name in body text", "县大数据中心")
m("unknown-unit", ln("报送县大数据中心"), "draft-defined short name in body text (reporting line)", "县大数据中心")
m("unknown-unit", note, "the note names the full name 县审批服务管理局, which is in units.txt", "县审批服务管理局")
# --- other unit near misses ---
m("unknown-unit", row(4), "prefix distributes: 县教育体育局、卫生健康局、人力资源和社会保障局、文化旅游广电局 = 县卫生健康局, 县人力资源和社会保障局, 县文化旅游广电局, all in units.txt", "卫生健康局")
m("unknown-unit", row(4), "prefix distribution, see above", "人力资源和社会保障局")
m("unknown-unit", row(7), "collective subject", "各乡镇人民政府")
m("unknown-unit", row(10), "collective subject", "县直各部门（单位）")
m("unknown-unit", row(13), "collective subject", "县直有关部门")
m("unknown-unit", row(30), "collective subject", "各村（社区）")
m("unknown-unit", ln("县政府各部门、各直属机构"), "collective addressees of the notice", "县政府各部门")
m("unknown-unit", row(3), "县市场监管局 is the official short name listed in units.txt", "县市场监管局")
m("unknown-unit", row(8), "县供销社 is an alias in units.txt", "县供销社")
m("unknown-unit", row(36), "city bureau's county branch, listed in units.txt", "固原市生态环境局西吉分局")
m("unknown-unit", row(29), "in units.txt", "西吉县消防救援大队")
m("unknown-unit", ln("调整充实县数字政府建设领导小组"), "in units.txt", "县数字政府建设领导小组")
m("unknown-unit", row(40), "the lead of the slip row is a real unit; only 县大数据局 is wrong", "县人民政府办公室")
# --- deadlines: equal, earlier, copied, background, reporting ---
m("deadline-later-than-baseline", row(1), "task 2, regional 完成时限 2023年启动，2024年取得明显成效: equal", "2024年取得明显成效")
m("deadline-later-than-baseline", row(5), "task 7, regional 2023年形成试点经验，2025年取得明显成效: completing milestone equal", "2025年取得明显成效")
m("deadline-later-than-baseline", row(6), "task 8, regional 持续推进，2025年取得明显成效: 2024年底 is earlier", "2024年底")
m("deadline-later-than-baseline", row(8), "task 11, regional 2023年完成主要建设任务，2025年取得明显成效: completing milestone 2025 equal", "2025年")
m("deadline-later-than-baseline", row(9), "task 12, regional 2025年: equal", "2025年")
m("deadline-later-than-baseline", row(11), "task 21, regional 2024年: 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(16), "task 42, regional 2024年: 2024年12月底前 is the same year", "2024年12月底前")
m("deadline-later-than-baseline", row(19), "task 49, regional 2025年: 2024年 is earlier", "2024年")
m("deadline-later-than-baseline", row(23), "task 64, regional 2025年: 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(34), "task 89, regional 2024年: 2024年9月底前 is earlier", "2024年9月底前")
m("deadline-later-than-baseline", row(42), "task 106, regional 2025年: 2025年6月底前 is within the same year", "2025年6月底前")
m("deadline-later-than-baseline", row(44), "task 108, regional 长期推进，2024年取得明显成效: copied, equal", "长期推进，2024年取得明显成效")
m("deadline-later-than-baseline", row(49), "task 121, regional 长期坚持: equal", "长期坚持")
m("deadline-later-than-baseline", ln("到2024年底"), "2024 goals are tasks due 2024 regionally (48 外网全覆盖, 43 信创云 2024年建成, 84 一网通办, 104/105 协同办公 宁政通): equal", "到2024年底")
m("deadline-later-than-baseline", ln("到2035年"), "regional 到2035年 goal: equal", "到2035年")
m("deadline-invalid", row(10), "task 18, regional 2023年形成机制，长期坚持: copied regional deadline that lies before the plan's year (2024)", "2023年形成机制，长期坚持")
m("deadline-invalid", row(48), "task 116, regional 2023年完成并长期坚持: copied regional deadline before the plan's year", "2023年完成并长期坚持")
m("deadline-invalid", ln("（一）工作基础"), "past date in the background (what was done in 2023), not a deadline", "2023年")
m("deadline-invalid", ln("每年6月25日"), "the office's own recurring reporting dates, not task deadlines", "12月15日")
m("deadline-invalid", ln("附件：西吉县"), "the task list's period in its title", "2024年—2025年")
m("deadline-invalid", ln("2024年3月22日"), "issue date of the notice")
# --- basis near misses ---
m("basis-mismatch", ln("（一）工作基础"), "retrospective mention of the 2020 工作要点 with its correct 文号, describing past work, not a basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", ln("宁政发〔2022〕17号"), "国发〔2022〕14号 is correct for the 国务院 指导意见", "国发〔2022〕14号")
m("basis-mismatch", ln("宁政发〔2022〕17号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way in the 吴忠 seed plan", "宁政办发〔2023〕11号")
m("basis-mismatch", ln("宁政发〔2022〕17号"), "the city plan (固原市) is cited by title alone, as city plans often have no 文号; no parent plan is given", "固原市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln("西政办发〔2024〕9号"), "the notice's own 文号, not a citation", "西政办发〔2024〕9号")
m("basis-mismatch", 1, "the plan's own title in the notice heading, not a basis document", "《西吉县加强数字政府建设实施方案》")
# --- pillars ---
m("missing-pillar", 0, "五个一/六级贯通 taken up in section 四 (lines %d-%d)" % (ln("四、健全“五个一”"), ln("（二）厘清层级职责"))) 
m("missing-pillar", 0, "党的领导 items 组织领导/财政投入/数字素养/考核评价 are all present (lines %d-%d)" % (ln("（一）加强组织领导"), ln("（四）强化考核评价")))
m("missing-pillar", 0, "数字生态 taken up at lines %d-%d" % (ln("（三）营造良好数字生态"), ln("营造安全可靠的数字化发展环境")))

covers_spec = [
    (2, row(1)), (3, row(2)), (5, row(3)), (6, row(4)), (7, row(5)), (8, row(6)), (10, row(7)), (11, row(8)),
    (12, row(9)), (14, ln("寮哄寲")), (15, ln("寮哄寲")), (17, ln("落实安全制度要求")), (18, row(10)),
    (21, row(11)), (22, ln("由县审批局会同")), (23, row(12)), (24, ln("创新建设管理机制")), (25, ln("（二）加大财政投入")),
    (28, row(13)), (30, ln("摸清数据资源底数")), (32, ln("完善数据管理机制")), (36, ln("深化数据高效共享")),
    (40, row(14)), (41, row(15)), (42, row(16)), (46, row(17)), (48, row(18)), (49, row(19)), (54, row(20)),
    (56, row(21)), (57, row(22)), (64, row(23)), (66, row(24)), (67, ln("加强经济政策衔接")), (68, ln("提升监管精准化水平")),
    (71, row(25)), (72, ln("提升监管协同化、智能化水平")), (74, row(26)), (77, row(27)), (79, row(28)), (80, row(29)),
    (83, row(30)), (84, row(31)), (85, ln("提升智慧便捷的服务能力")), (86, row(32)), (88, row(33)), (89, row(34)),
    (90, ln("拓展公平普惠的民生服务")), (93, row(35)), (94, row(36)), (96, row(37)), (97, ln("提高自然资源利用效率")),
    (98, row(38)), (100, row(39)), (101, ln("推动绿色低碳转型")), (102, ln("推动绿色低碳转型")), (103, ln("提升辅助决策能力")),
    (104, row(40)), (105, row(41)), (106, row(42)), (107, row(43)), (108, row(44)), (109, ln("提升行政监督水平")),
    (111, ln("提升机关事务管理水平")), (112, row(45)), (114, row(46)), (115, row(47)), (116, row(48)), (121, row(49)),
    (122, ln("（四）强化考核评价")), (123, ln("（四）强化考核评价")), (124, ln("（四）强化考核评价")),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

# sanity: deadlines as written in the slip rows
assert cell(18, 3) == "2024年13月底前", cell(18, 3)
assert cell(35, 3) == "2025年", cell(35, 3)
assert "县大数据局" in cell(40, 2)
assert "寮哄寲瀹夊叏绠＄悊璐ｄ换" in L[ln("寮哄寲") - 1]
# the short name 县大数据中心 must not appear before its definition line
first = min(i + 1 for i, s in enumerate(L) if "县大数据中心" in s)
assert first == defl, (first, defl)

key = {
    "writer": "blind writer, round 653; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "covers": covers,
    "notes": ("西吉县 (固原市) 2024 county plan, no parent plan. units.txt holds full names and a few official short names only; "
              "it deliberately does NOT list the draft's own short names 县大数据中心 (defined at first use, line %d: 县大数据服务中心（以下简称“县大数据中心”）) "
              "and 县审批局 (defined in the note on line %d, after its first uses on lines %d and %d). Those short forms must be learnt from the draft. "
              "The one undefined variant, 县大数据局 (line %d), is the planted unknown unit. "
              "Task-list rows copy two regional deadlines that lie before the plan year (tasks 18 and 116); they are listed as near misses. "
              "No task-uncovered entries are planted.") % (defl, note, ln("由县审批局会同"), ln("县审批局依托全区一体化政务服务平台"), row(40)),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers))
for e in expect:
    print(e["rule"], e["line"], e["text"])
