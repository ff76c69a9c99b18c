#!/usr/bin/env python3
# Builds key.json with every line number looked up in the final draft.txt (1-based).
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]
def ln(sub, nth=1):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    assert len(hits) >= nth, (sub, hits)
    if nth == 1: assert len(hits) == 1, (sub, hits)
    return hits[nth - 1]
def row(n):  # task-list row number n ("n. " at start of 重点内容 cell)
    return ln("\t%d. " % n)
def chk(line, text):
    assert text in L[line - 1], (line, text)
    return text

E = []
def e(rule, line, text, why, **kw):
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = chk(line, text)
    d.update(kw); d["why"] = why; E.append(d)

pre = ln("根据《国务院关于加强数字政府建设的指导意见》")
e("basis-mismatch", pre, "宁政办发〔2020〕14号",
  "the preamble cites 《宁夏回族自治区2020年“数字政府”建设工作要点》(宁政办发〔2020〕14号) as a basis of this 2024 plan; that 2020 work-points document (八个全区一体化体系 framework) is superseded by 宁政发〔2023〕17号 and cannot be a basis")
title_off = ln("关于加快推进数字政府建设的实施意见")
e("basis-mismatch", title_off, "自治区人民政府关于加快推进数字政府建设的实施意见",
  "wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》 (加强, not 加快推进)")
wrongno = ln("（一）驱动数字经济发展。按照《数字宁夏")
e("basis-mismatch", wrongno, "宁政发〔2023〕17号",
  "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (as in the 吴忠 plan and line %d of this draft); 宁政发〔2023〕17号 belongs to the region's 实施意见" % ln("宁政办发[2023]11号"))
goal = ln("到2026年")
e("deadline-later-than-baseline", goal, "2026年",
  "主要目标: the region's goal '到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效…' is due 2025; the county sets the same goal for 2026")
e("deadline-later-than-baseline", row(12), "2025年6月底前",
  "row 12 (城域网升级改造, 电子政务外网县乡村全覆盖, 按需向企事业单位拓展) takes up regional task 48, 完成时限 2024年")
e("deadline-invalid", row(1), "9月31日",
  "impossible date: September has 30 days (row 1, 2024年9月31日前); regional task 64 is due 2025年, so it is not late")
e("unknown-unit", row(17), "县大数据局",
  "泾源 has no 大数据局 (units.txt notes the county has no big-data body; the work sits in 县人民政府办公室); not in units.txt, apparently copied from a city template")

M = []
def m(rule, line, why, text=None, **kw):
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = chk(line, text)
    d.update(kw); d["why"] = why; M.append(d)

m("basis-mismatch", 2, "the plan's own 文号, not a cited document", "泾政发〔2024〕28号")
m("basis-mismatch", 3, "the plan's own title in its 印发通知; 实施方案 is right for a county plan", "泾源县加强数字政府建设实施方案")
m("basis-mismatch", 5, "the plan's own title in its 印发通知", "泾源县加强数字政府建设实施方案")
m("deadline-invalid", 7, "the signing date of the document itself (2024-06-18), not a deadline", "2024年6月18日")
bg = ln("近年来，我县按照")
m("basis-mismatch", bg, "retrospective mention: the 2020 工作要点 is named as what the county followed in the past, not as this plan's basis", "宁政办发〔2020〕14号")
m("basis-mismatch", bg, "retrospective mention of the county's own expired 2020—2022 plan", "泾政办发〔2020〕58号")
m("deadline-invalid", bg, "past date in the background (what was done by end 2020), not a deadline", "2020年底前")
m("deadline-invalid", bg, "past date in the background (status at end 2023), not a deadline", "2023年底")
m("deadline-later-than-baseline", bg, "background facts, no deadline is set on this line", "2020年底前")
m("basis-mismatch", ln("《数字中国建设整体布局规划》"), "real national document (中共中央、国务院, 2023) cited by title alone, correct title", "数字中国建设整体布局规划")
m("deadline-later-than-baseline", ln("到2024年底"),
  "near-term goals: 政务系统迁移上云 = task 46 (2024年), 网上办掌上办 = task 84 (2024年), 县乡组织体系 = task 64 (2025年); the region's 到2023年底 '五个一组织架构基本建立' goal is about 自治区本级, not counties", "2024年底")
m("deadline-later-than-baseline", ln("到2035年"), "equal to the region's 2035 goal", "2035年")
m("basis-mismatch", ln("宁政办发[2023]11号"), "correct 文号 of the 1244+N plan written with half-width square brackets", "宁政办发[2023]11号")
m("basis-mismatch", ln("泾政办发〔2023〕21号"), "the county's own 行动方案 cited under its real title; 行动方案 here is not a mistitled 实施方案", "泾源县全域旅游智慧化提升行动方案")
m("basis-mismatch", ln("构建数据基础制度更好发挥数据要素作用的意见"), "real national document (数据二十条, 2022) cited by title alone", "中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见")
m("basis-mismatch", ln("国办函﹝2022﹞102号"), "correct 文号 of the 全国一体化政务大数据体系建设指南 with ﹝﹞ brackets; title alone of the guide itself (not the 通知) is usual", "国办函﹝2022﹞102号")
ps = ln("国发〔2024〕3号")
m("basis-mismatch", ps, "correct title and 文号 (2024 高效办成一件事 opinion), written with half-width parentheses", "国发〔2024〕3号")
m("basis-mismatch", ps, "older national document (2020) still in force, correct title and 文号; not superseded", "国办发〔2020〕35号")
rep = ln("2024年7月15日前")
m("deadline-invalid", rep, "the office's own reporting dates, valid and not task deadlines", "2024年7月15日")
m("deadline-later-than-baseline", rep, "reporting dates, not task deadlines", "12月25日")
m("deadline-later-than-baseline", ln("泾源县数字政府建设重点任务清单（2024年—2025年）", 2), "the period in the task list's title, not a deadline", "2024年—2025年")
m("deadline-later-than-baseline", row(1), "row 1 takes up task 64 (各市、县（区）负责, 2025年), so 2024 is earlier; task 60 (2023年) concerns the 自治区 leading group only", None)
m("deadline-later-than-baseline", row(2), "equal: task 2 is '2023 年启动，2024 年取得明显成效'", "2024年取得明显成效")
m("deadline-later-than-baseline", row(3), "equal: task 6 is '持续推进，2025 年取得明显成效'", "2025年取得明显成效")
m("deadline-later-than-baseline", row(4), "equal: task 7 is '2023年形成试点经验，2025年取得明显成效'", "2025年取得明显成效")
m("deadline-later-than-baseline", row(7), "equal: task 11 is '2023年完成主要建设任务，2025年取得明显成效'", "2025年取得明显成效")
m("deadline-later-than-baseline", row(9), "equal: task 12 (数据要素市场) is 2025年", "2025年")
m("deadline-later-than-baseline", row(10), "copied from task 18 ('2023年形成机制，长期坚持'), identical", "2023年形成机制，长期坚持")
m("deadline-invalid", row(10), "a regional deadline copied verbatim that lies before the plan's year, with 长期坚持; not an impossible date", "2023年")
m("deadline-later-than-baseline", row(15), "equal: task 28 is '2023年启动，2025年取得明显成效'", "2025年取得明显成效")
m("deadline-later-than-baseline", row(18), "earlier: task 56 (非税收入收缴电子化) is 2025年", "2024年")
m("deadline-later-than-baseline", row(20), "equal: task 66 (经济运行大数据平台) is 2025年", "2025年")
m("deadline-later-than-baseline", row(26), "equal: task 83 (互联网+基层治理) is 2025年", "2025年")
m("deadline-later-than-baseline", row(29), "earlier: task 87 (12345) is '2023年启动，2025年完成'", "2024年")
m("deadline-later-than-baseline", row(32), "equal: task 93 (适老化) is 2024年", "2024年")
m("deadline-later-than-baseline", row(37), "equal: task 106 (填表报数) is 2025年", "2025年")
m("deadline-later-than-baseline", row(41), "equal: task 121 is 长期坚持", "长期坚持")
m("deadline-later-than-baseline", row(42), "task 117 (人才引进) is 2024年, task 120 (人才联动机制) 2025年: equal or earlier", "2024年")
m("unknown-unit", row(1), "县委编办 is in units.txt; 各乡镇人民政府 is a collective", "县委编办")
m("unknown-unit", row(3), "prefix 县 distributes: 县卫生健康局, 县人力资源和社会保障局, 县文化旅游广电局, 县民政局 are all in units.txt", "卫生健康局")
m("unknown-unit", row(6), "collectives 各乡镇人民政府 and 县直有关部门（单位）", "各乡镇人民政府")
m("unknown-unit", row(7), "县供销社 is the listed short name of 县供销合作社联合社", "县供销社")
m("unknown-unit", row(8), "县文旅局 is a listed short name; 六盘山镇人民政府 and 泾河源镇人民政府 are listed names, not split", "六盘山镇人民政府")
m("unknown-unit", row(12), "中国电信泾源分公司 is a non-government unit listed in units.txt", "中国电信泾源分公司")
m("unknown-unit", row(19), "县发改局 is the listed short name of 县发展和改革局", "县发改局")
m("unknown-unit", row(20), "县工信商务局 is the listed short name of 县工业信息化和商务局", "县工信商务局")
m("unknown-unit", row(25), "泾源县气象局 (vertical body) is in units.txt", "泾源县气象局")
m("unknown-unit", row(26), "各村（社区） is a collective subject", "各村（社区）")
m("unknown-unit", row(28), "县审批局 is the listed short name of 县审批服务管理局", "县审批局")
m("unknown-unit", row(33), "固原市生态环境局泾源分局 is listed in units.txt as one name (the city bureau's county branch); it must not be split or read as a higher-level body", "固原市生态环境局泾源分局")
m("unknown-unit", row(35), "县林草局 is the listed short name of 县林业和草原局", "县林草局")
m("unknown-unit", row(37), "县政府办 is the listed short name of 县人民政府办公室", "县政府办")
m("unknown-unit", row(32), "collectives 县直各部门（单位） and 各乡镇人民政府", "县直各部门（单位）")
m("missing-pillar", 0, "the 五个一/六级贯通 work system is folded into 一套体系 (section 二: 组织机构, 层级职责, 工作机制)", pillar="五个一和六级贯通")
m("missing-pillar", 0, "数字生态 is taken up in 三（三） (数据要素, 网络生态)", pillar="数字生态")
m("missing-pillar", 0, "财政投入 is 六（二）; 数字素养, 考核评价, 组织领导 are 六（三）（四）（一）", pillar="财政投入")

C = []
for t, n in [(2,2),(6,3),(7,4),(8,5),(10,6),(11,7),(12,9),(18,10),(46,11),(48,12),(50,13),(21,14),(28,15),
             (40,16),(41,17),(56,18),(57,19),(66,20),(70,21),(71,22),(77,23),(79,24),(80,25),(83,26),(84,27),
             (86,28),(87,29),(89,30),(90,31),(93,32),(94,33),(96,34),(98,35),(104,36),(106,37),(107,38),
             (112,39),(114,40),(121,41),(117,42),(64,1)]:
    C.append({"task": t, "line": row(n)})
for t, sub in [(14,"强化安全管理责任。"),(17,"落实安全制度要求。"),(24,"创新数字政府建设管理机制。"),
               (30,"完善数据管理机制。"),(36,"深化数据高效共享。"),(68,"（二）提升综合高效的市场监管能力。"),
               (116,"（一）加强组织领导。"),(122,"（四）强化考核评价。")]:
    C.append({"task": t, "line": ln(sub)})

key = {
  "writer": "blind writer, round 267; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": E,
  "mustNotFlag": M,
  "covers": C,
  "notes": ("固原市泾源县 plan, signed 2024-06-18 (泾政发〔2024〕28号), implementing 宁政发〔2023〕17号 with no parent plan; "
            "framework '1347' folds 五个一/六级贯通 into 一套体系. Lines %d, %d and %d carry one planted basis mistake each; "
            "line %d also holds correct citations (国发〔2022〕14号, the 实施意见 with its right title and 宁政发〔2023〕17号, "
            "and 固原市人民政府《关于加强数字政府建设的实施方案》 by title alone) which are deliberately not listed in mustNotFlag "
            "for basis-mismatch so that the line's rule carries only the planted error; none of them is a mistake. "
            "Task-list rows are tab-separated (主要任务, 重点内容, 责任单位, 完成时限), with the note that the first lead unit is the main lead.")
            % (pre, title_off, wrongno, pre),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(E), "expect;", len(M), "mustNotFlag;", len(C), "covers")
for d in E: print(d["rule"], d["line"], d.get("text"))
