#!/usr/bin/env python3
# Builds key.json for blind case 515; every line number is located by a substring of draft.txt
# (1-based) and the script fails if the substring is missing or ambiguous.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L[-1] == "":
    L = L[:-1]

def ln(s, nth=None):
    hits = [i + 1 for i, x in enumerate(L) if s in x]
    if nth is not None:
        return hits[nth]
    assert len(hits) == 1, (s, hits)
    return hits[0]

def row(n):
    hits = [i + 1 for i, x in enumerate(L) if x.startswith(f"{n}\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def cell(n, k):
    return L[row(n) - 1].split("\t")[k]

expect = [
    {"rule": "basis-mismatch", "line": ln("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); 〔2022〕 is a slip in the year of the 文号"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
     "why": "主要目标: the region's goal '到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…' is moved to 2026 with the same wording"},
    {"rule": "deadline-later-than-baseline", "line": row(14), "text": "2025年底前",
     "why": "row 14 (公共数据开放目录及责任清单, 分类分级开放) is regional task 41, 完成时限 2024年 (自治区政府办公厅牵头, 各市、县（区）配合)"},
    {"rule": "deadline-invalid", "line": row(40), "text": "2024年13月",
     "why": "impossible month (13月); row 40 is regional task 106 (填表报数系统), 完成时限 2025年"},
    {"rule": "unknown-unit", "line": row(10), "text": "利通区审批服务管理局",
     "why": "left over from the template district's plan (吴忠市利通区); not in units.txt nor a regional unit; it is the lead (first-listed) unit of row 10 (task 22)"},
    {"rule": "garbled-text", "line": ln("鏀垮姟鏁版嵁鍏变韩"), "text": "鏀垮姟鏁版嵁鍏变韩",
     "why": "UTF-8 bytes of 政务数据共享 read as GBK (mojibake)"},
]
assert cell(14, 3) == "2025年底前" and cell(40, 3) == "2024年13月" and cell(10, 2).startswith("利通区审批服务管理局")

D = "deadline-later-than-baseline"
U = "unknown-unit"
mnf = [
    {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is a real regional document, cited the same way by the 吴忠 plan; an extra basis, not a wrong one"},
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in 发展现状 (correct title and 文号), not cited as the basis"},
    {"rule": "deadline-invalid", "line": ln("2023年全区依申请"), "text": "2023年", "why": "past date in the background section (发展现状), not a deadline"},
    {"rule": "garbled-text", "line": ln("【待补充】"), "text": "【待补充】", "why": "placeholder of an unfinished draft, not damaged text"},
    {"rule": U, "line": ln("数字利通"), "text": "数字利通", "why": "template district's name left in prose (a drafting slip outside the rule table); not a responsible unit"},
    {"rule": U, "line": ln("美丽新利通"), "text": "美丽新利通", "why": "template district's name left in prose; not a responsible unit"},
    {"rule": D, "line": ln("到2024年底，区乡村三级"), "text": "2024年底", "why": "goals equal to tasks 48 (2024年), 46 (2024年) and 86 (2024年); no regional goal for these is earlier"},
    {"rule": D, "line": ln("到2035年"), "text": "2035年", "why": "equal to the region's 2035 goal"},
    {"rule": U, "line": ln("×× 局"), "text": "×× 局", "why": "placeholder (unit not yet filled in), not a wrong unit"},
    {"rule": "garbled-text", "line": ln("×× 局"), "text": "××", "why": "placeholder marks, not mojibake"},
    {"rule": U, "line": ln("（责任单位：待定）"), "text": "待定", "why": "placeholder: responsible unit not yet decided"},
    {"rule": U, "line": ln("XX区数字政府建设领导小组"), "text": "XX区", "why": "placeholder for the district name, left by the template; not a unit"},
    {"rule": U, "line": ln("区发展改革局、财政局、审批服务管理局"), "text": "财政局、审批服务管理局", "why": "prefix 区 distributes: 区财政局, 区审批服务管理局 are in units.txt"},
    {"rule": U, "line": ln("区农业农村局、区供销社，各乡镇人民政府"), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": U, "line": ln("（责任单位：区市场监管局，承担监管职责的区直有关部门）"), "text": "承担监管职责的区直有关部门", "why": "collective subject; 区市场监管局 is the short name of 区市场监督管理局"},
    {"rule": U, "line": ln("（责任单位：区大数据服务中心，区直各部门（单位））"), "text": "区直各部门（单位）", "why": "collective subject"},
    {"rule": U, "line": ln("区信访局，各乡镇（街道））"), "text": "各乡镇（街道）", "why": "collective subject"},
    {"rule": D, "line": ln("到2024年底区直部门非涉密"), "text": "2024年底", "why": "task 46 完成时限 2024年 (and task 43 2024年建成，持续推进): equal"},
    {"rule": D, "line": ln("力争2024年底前接入"), "text": "2024年底前", "why": "task 49 完成时限 2025年: earlier"},
    {"rule": D, "line": ln("每季度末月25日前"), "text": "12月10日前", "why": "the office's own reporting dates, not task deadlines"},
    {"rule": "deadline-invalid", "line": ln("每季度末月25日前"), "text": "25日前", "why": "recurring reporting dates without a year"},
    {"rule": "deadline-invalid", "line": ln("2024年×月×日"), "text": "2024年×月×日", "why": "signature date placeholder of an unfinished draft"},
    {"rule": D, "line": ln("附件：原州区数字政府建设重点任务清单"), "text": "2024年—2025年", "why": "period of the task list; ends with the region's 2023—2025 list"},
    {"rule": D, "line": row(1), "text": "2024年取得明显成效", "why": "task 2 完成时限 2023年启动，2024年取得明显成效: equal"},
    {"rule": D, "line": row(2), "text": "持续推进，2025年取得明显成效", "why": "task 3 完成时限 持续推进，2025年取得明显成效: equal"},
    {"rule": D, "line": row(5), "text": "2025年", "why": "task 8 完成时限 持续推进，2025年取得明显成效: equal"},
    {"rule": D, "line": row(6), "text": "2025年", "why": "task 9 完成时限 持续推进，2025年取得明显成效: equal"},
    {"rule": D, "line": row(8), "text": "2025年取得明显成效", "why": "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal"},
    {"rule": D, "line": row(10), "text": "2025年", "why": "task 22 完成时限 2025年: equal (the row's error is its unit)"},
    {"rule": D, "line": row(11), "text": "2025年取得明显成效", "why": "task 28 完成时限 2023年启动，2025年取得明显成效: equal"},
    {"rule": D, "line": row(13), "text": "2024年9月底前", "why": "task 40 完成时限 2024年: earlier"},
    {"rule": D, "line": row(16), "text": "2024年底前", "why": "task 46 完成时限 2024年 (task 43: 2024年建成，持续推进): equal"},
    {"rule": D, "line": row(18), "text": "2024年底前", "why": "task 49 完成时限 2025年: earlier"},
    {"rule": D, "line": row(20), "text": "2025年", "why": "task 56 完成时限 2025年: equal"},
    {"rule": D, "line": row(22), "text": "2025年", "why": "task 66 (宁夏经济运行大数据平台, 监测预警) 完成时限 2025年: equal"},
    {"rule": D, "line": row(28), "text": "2025年", "why": "task 83 完成时限 2025年: equal"},
    {"rule": D, "line": row(35), "text": "2024年", "why": "task 95 完成时限 2025年 (task 94: 2024年): not later"},
    {"rule": D, "line": row(36), "text": "2025年", "why": "task 96 完成时限 2025年: equal"},
    {"rule": D, "line": row(40), "text": "2024年13月", "why": "the impossible date is a deadline-invalid; its year 2024 is not later than task 106's 2025年"},
    {"rule": D, "line": row(41), "text": "2025年", "why": "task 107 完成时限 2025年: equal"},
    {"rule": D, "line": row(42), "text": "2025年", "why": "task 111 完成时限 2025年: equal"},
    {"rule": "deadline-invalid", "line": row(32), "text": "20XX年", "why": "placeholder year of an unfinished draft (task 89, 2024年), not an impossible date"},
    {"rule": U, "line": row(33), "text": "待定", "why": "placeholder: responsible unit not yet decided"},
    {"rule": "deadline-invalid", "line": row(46), "text": "2023年完成并长期坚持", "why": "copied regional deadline of task 116 (2023年完成并长期坚持) that lies before the plan's year"},
    {"rule": D, "line": row(46), "text": "2023年完成并长期坚持", "why": "task 116 完成时限 2023年完成并长期坚持: equal"},
    {"rule": D, "line": row(47), "text": "长期坚持", "why": "task 118 完成时限 2023年完成并长期坚持; an ongoing deadline with no later milestone"},
    {"rule": D, "line": row(48), "text": "长期坚持", "why": "task 121 完成时限 长期坚持: equal"},
    {"rule": U, "line": row(4), "text": "卫生健康局、人力资源社会保障局、民政局、文化旅游广电局", "why": "prefix 区 distributes over the list; all in units.txt"},
    {"rule": U, "line": row(22), "text": "工业信息化和商务局、统计局", "why": "prefix 区 distributes over the list; all in units.txt"},
    {"rule": U, "line": row(6), "text": "各街道办事处", "why": "collective subject; 区住建交通局 is a short name in units.txt"},
    {"rule": U, "line": row(5), "text": "区卫健局", "why": "short name of 区卫生健康局 in units.txt (区医保局 likewise)"},
    {"rule": U, "line": row(21), "text": "区发改局", "why": "short name of 区发展改革局 in units.txt"},
    {"rule": U, "line": row(3), "text": "区公安分局", "why": "short name of 固原市公安局原州区分局 in units.txt"},
    {"rule": U, "line": row(11), "text": "区数字政府办", "why": "short name of 区数字政府建设领导小组办公室 in units.txt"},
    {"rule": U, "line": row(46), "text": "各乡镇人民政府，各街道办事处", "why": "collective subjects"},
]
for e in mnf + expect:
    t = e.get("text")
    if t and e["line"]:
        assert t in L[e["line"] - 1] or t == "××" or t == "25日前", e

covers_src = [
    (2, row(1)), (3, row(2)), (5, row(3)), (6, row(4)), (7, ln("深入推广国家智慧教育平台应用")), (8, row(5)), (9, row(6)),
    (10, row(7)), (11, row(8)), (12, ln("积极融入全区数据要素市场建设")), (13, ln("积极融入全区数据要素市场建设")),
    (14, ln("强化安全管理责任")), (15, ln("强化安全管理责任")), (17, ln("落实安全制度要求")), (18, ln("提升安全保障能力")),
    (19, ln("提升安全保障能力")), (21, row(9)), (22, row(10)), (23, ln("创新数字政府建设管理机制")), (24, ln("创新数字政府建设管理机制")),
    (25, ln("（二）加大财政投入")), (28, row(11)), (30, ln("完善数据管理机制")), (31, ln("完善数据管理机制")), (32, ln("完善数据管理机制")),
    (33, row(12)), (34, row(12)), (40, row(13)), (41, row(14)), (42, row(15)), (43, ln("强化政务云平台支撑能力")), (46, row(16)),
    (48, row(17)), (49, row(18)), (50, ln("提升网络平台支撑能力")), (54, row(19)), (56, row(20)), (57, row(21)),
    (64, ln("（一）健全组织机构")), (65, ln("（一）提升科学精准的经济调节能力")), (66, row(22)), (68, ln("（二）提升综合高效的市场监管能力")),
    (70, ln("（二）提升综合高效的市场监管能力")), (71, row(23)), (72, ln("（二）提升综合高效的市场监管能力")), (74, row(24)),
    (77, row(25)), (79, row(26)), (80, row(27)), (83, row(28)), (84, row(29)), (85, ln("（四）提升普惠便捷的公共服务能力")),
    (86, row(30)), (88, row(31)), (89, row(32)), (92, row(33)), (93, row(34)), (95, row(35)), (96, row(36)),
    (97, ln("（五）提升系统科学的生态环境保护能力")), (98, row(37)), (102, ln("（五）提升系统科学的生态环境保护能力")),
    (104, row(38)), (105, row(39)), (106, row(40)), (107, row(41)), (111, row(42)), (112, row(43)), (114, row(44)), (115, row(45)),
    (116, row(46)), (118, row(47)), (121, row(48)), (123, ln("（四）强化考核评价")), (124, ln("（四）强化考核评价")),
]
covers = [{"task": t, "line": l} for t, l in covers_src]

key = {
    "writer": "blind writer, round 515; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("固原市原州区 2024 初稿 drafted from 吴忠市利通区's plan as a template and not finished. Unfinished placeholders "
              "(XX区 line %d, 20XX年 row 32 = line %d, 【待补充】 line %d, （责任单位：待定） line %d and row 33 = line %d, ×× 局 line %d, 2024年×月×日 line %d) are not errors. Rows are numbered by the table's 序号. "
              "The template's district also survives in prose ('数字利通' line %d, '美丽新利通' line %d): a reviewer would correct these wordings, "
              "but no rule of the table covers a place name in prose, so they are not in expect; the one in a 责任单位 cell (row 10) is. "
              "No parent plan: the draft is checked against ningxia-2023 only. Deadlines of the task table were chosen equal to or earlier "
              "than the regional 完成时限 except row 14 (planted) and row 40 (impossible month). The attachment note says the first-listed unit leads.")
             % (ln("XX区数字政府"), row(32), ln("【待补充】"), ln("（责任单位：待定）"), row(33), ln("×× 局"), ln("2024年×月×日"), ln("数字利通"), ln("美丽新利通")),
}
json.dump(key, open(os.path.join(HERE, "key.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect:
    print(e["rule"], e["line"], e["text"])
