# -*- coding: utf-8 -*-
# Builds key.json; every line number is found from draft.txt by a unique substring.
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(sub, nth=0):
    hits = [i for i, l in enumerate(lines, 1) if sub in l]
    assert hits, sub
    return hits[nth]
def uniq(sub):
    hits = [i for i, l in enumerate(lines, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": uniq("根据《国务院关于加强数字政府建设的指导意见》"), "text": "宁政办发〔2020〕14号",
  "why": "the basis paragraph cites the superseded 宁夏回族自治区2020年“数字政府”建设工作要点 (宁政办发〔2020〕14号, framework 八个全区一体化体系/五个着力) as a current basis of a 2024 plan; the current regional basis is 宁政发〔2023〕17号, already cited"},
 {"rule": "deadline-later-than-baseline", "line": uniq("到2026年，全县数字政府"), "text": "2026年",
  "why": "主要目标: the framework is to be 全面成型 by 2025 in the region (到2025年，全区各级数字政府建设“34567”体系框架全面成型) and in the 吴忠 plan (到2025年，全市数字政府建设“1347”体系框架全面成型); the county says 2026"},
 {"rule": "deadline-later-than-baseline", "line": uniq("推进县、乡、村三级电子政务外网升级改造和全覆盖"), "text": "2025年底前",
  "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; also task 47 (电子政务外网升级改造) 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": uniq("2024年9月31日前"), "text": "9月31日",
  "why": "September has 30 days: 2024年9月31日 does not exist (task 41, 完成时限 2024年, so it is not late, only impossible)"},
 {"rule": "unknown-unit", "line": uniq("县数据局牵头"), "text": "县数据局",
  "why": "no such county body; units.txt has 县大数据服务中心 (used everywhere else in the draft) and no 县数据局"},
 {"rule": "unknown-unit", "line": uniq("自治区机管局牵头"), "text": "自治区机管局",
  "why": "regional body named as the lead of a local task (row 27, task 107 copied from the regional list, where 自治区机管局 leads); a county task must be led by a county unit (e.g. 县机关事务服务中心)"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

nm("basis-mismatch", uniq("盐政办发〔2024〕12号"), "the notice's own 文号, not a cited basis", "盐政办发〔2024〕12号")
nm("deadline-invalid", uniq("2024年3月26日"), "issue date of the notice, not a deadline", "2024年3月26日")
L9 = uniq("根据《国务院关于加强数字政府建设的指导意见》")
nm("basis-mismatch", L9, "correct national basis: title and 文号 match", "国发〔2022〕14号")
nm("basis-mismatch", L9, "correct regional basis: title and 文号 match", "宁政发〔2023〕17号")
nm("basis-mismatch", L9, "the 吴忠 city plan cited by title alone, correct title (实施方案, 加强); the city plan has no 文号 in the seed", "关于加强数字政府建设的实施方案")
L14 = uniq("2020年以来，我县按照")
nm("basis-mismatch", L14, "retrospective mention in the 发展基础 background of the 2020 工作要点 with its correct 文号; not cited as a basis of this plan", "宁政办发〔2020〕14号")
nm("deadline-invalid", L14, "past dates in the background (2020年以来, 2021年建成, 2022年完成, 2023年), not deadlines", "2022年")
nm("deadline-invalid", L14, "year range in a past project's name (盐池县智慧城市一期（2021—2023年）项目), not a deadline", "2021—2023年")
L15 = uniq("截至2023年底")
nm("deadline-invalid", L15, "截至2023年底 is a statistics date in the background, not a deadline", "2023年底")
nm("deadline-invalid", L15, "national standard number with its year (GB/T 22240—2020), not a date", "GB/T 22240—2020")
nm("deadline-later-than-baseline", uniq("到2024年底，全县非涉密"), "2024 goal: 信创云 migration (tasks 43/46, 2024年), 宁政通/我的宁夏 coverage (tasks 105/86, 2024年), 适老化 (task 93, 2024年) — equal to the regional deadlines; it restates no goal that the region or 吴忠 set for 2023", "2024年底")
nm("deadline-later-than-baseline", uniq("到2035年，与政府治理能力"), "2035 vision equal to the region's and 吴忠's 到2035年", "2035年")
nm("basis-mismatch", uniq("第十四个五年规划和二〇三五年远景目标纲要"), "the county's own 十四五 纲要 mentioned in 体系架构 as something to connect with, not a basis; 二〇三五年 is part of its title", "二〇三五年")
L23 = uniq("2024年6月底前全部到位")
nm("deadline-later-than-baseline", L23, "task 64 (各地各部门…成立相应的组织机构) 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", uniq("《数字乡村发展行动计划（2022—2025年）》"), "title of a national document cited as a reference; its year range is not a deadline (and 2025 equals task 10's 2025年取得明显成效)", "2022—2025年")
nm("basis-mismatch", uniq("《数字乡村发展行动计划（2022—2025年）》"), "national document cited as a reference inside a measure, not as a basis of the plan", "数字乡村发展行动计划")
L40 = uniq("按照自治区党委网信办统一部署")
nm("unknown-unit", L40, "regional body named as context (按照…统一部署), not as lead of a county task; it is in the regional registry", "自治区党委网信办")
L41 = uniq("第二十一条，严格执行")
nm("deadline-invalid", L41, "standard numbers with their years (GB/T 22239—2019, GB/T 28448—2019), not dates", "GB/T 22239—2019")
nm("basis-mismatch", L41, "law cited with an article number inside a measure (网络安全法第二十一条 = 等级保护制度), not a basis document", "网络安全法")
nm("garbled-text", L41, "“等保2.0” is the usual name of the 2019 等级保护 standards, a version number, not damage", "等保2.0")
L42 = uniq("《中华人民共和国密码法》第二十七条")
nm("deadline-invalid", L42, "standard number with year (GB/T 39786—2021), not a date", "GB/T 39786—2021")
nm("basis-mismatch", L42, "密码法 第二十七条 and 商用密码管理条例 cited as references in a measure", "密码法")
L43 = uniq("2021年9月1日起施行")
nm("deadline-invalid", L43, "effective date of the 数据安全法, a past fact, not a deadline", "2021年9月1日")
nm("deadline-invalid", L43, "standard number with year (GB/T 35273—2020), not a date", "GB/T 35273—2020")
nm("basis-mismatch", L43, "数据安全法 第二十一条、第二十七条 and 个人信息保护法 第五十一条 cited as references in a measure", "个人信息保护法")
nm("basis-mismatch", uniq("国务院令第745号"), "关键信息基础设施安全保护条例 is 国务院令第745号; a regulation cited as a reference, not a basis", "国务院令第745号")
nm("deadline-invalid", uniq("护网2024"), "name of a national exercise with a year in it, not a deadline", "护网2024")
nm("unknown-unit", uniq("按照自治区政府办公厅政务信创云建设部署"), "regional body named as context, not as lead of a county task", "自治区政府办公厅")
L53 = uniq("国办函〔2022〕102号")
nm("basis-mismatch", L53, "全国一体化政务大数据体系建设指南 (国办函〔2022〕102号) cited as a reference in a measure; the regional task 29 cites it too", "国办函〔2022〕102号")
nm("deadline-invalid", L53, "在2023年首轮…普查基础上 is a retrospective mention, not a deadline", "2023年")
L59 = uniq("《推进互联网协议第六版（IPv6）规模部署行动计划》")
nm("basis-mismatch", L59, "national IPv6 action plan cited as a reference in a measure", "IPv6")
nm("garbled-text", L59, "IPv6 is ordinary Latin text, not mojibake", "IPv6")
nm("garbled-text", uniq("综合受理系统V2.0"), "version number of a system name", "V2.0")
L73 = uniq("2024年12月20日前报送年度工作总结")
nm("deadline-later-than-baseline", L73, "the office's own reporting dates (每季度末月25日前, 2024年12月20日前), not task deadlines", "2024年12月20日")
nm("deadline-later-than-baseline", uniq("附件：盐池县数字政府建设重点任务清单（2024年—2025年）"), "period in the annex title, not a deadline", "2024年—2025年")
nm("unknown-unit", uniq("区、市驻盐各单位"), "addressee line collective (区、市驻盐池各单位), not a responsible unit", "区、市驻盐各单位")
nm("unknown-unit", L14, "facilities built in the past (县政务服务中心综合受理系统, 县城市运行管理指挥中心) named in the background, not responsible units", "县城市运行管理指挥中心")
nm("unknown-unit", uniq("宁夏干部教育培训网络学院"), "a training platform named as a means, not a responsible unit", "宁夏干部教育培训网络学院")
# task-list rows
def row(n):
    hits = [i for i, l in enumerate(lines, 1) if l.startswith(f"{n}\t")]
    assert len(hits) == 1, n
    return hits[0]
nm("deadline-later-than-baseline", row(1), "task 64 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
nm("unknown-unit", row(1), "各乡镇人民政府 is a collective subject", "各乡镇人民政府")
nm("deadline-later-than-baseline", row(2), "tasks 14/15 完成时限 2023年; the copied regional year 2023 lies before the plan's year but is equal, not late or invalid", "2023年完成")
nm("unknown-unit", row(2), "县直各部门（单位） is a collective subject", "县直各部门（单位）")
nm("deadline-invalid", row(3), "GB/T 22239—2019 in the task text is a standard number; deadline 2023年建立机制，每年开展 equals tasks 17/18 (2023年 / 2023年形成机制，长期坚持)", "GB/T 22239—2019")
nm("deadline-invalid", row(4), "GB/T 39786—2021 in the task text is a standard number; deadline 2023年建立机制 equals task 17 (2023年)", "GB/T 39786—2021")
nm("deadline-later-than-baseline", row(5), "task 18 完成时限 2023年形成机制，长期坚持; equal", "2023年形成机制")
nm("deadline-later-than-baseline", row(6), "task 21 完成时限 2024年 (task 20 also 2024年); equal", "2024年")
nm("deadline-later-than-baseline", row(7), "tasks 30/32 完成时限 2023年; copied regional year, equal", "2023年完成")
nm("deadline-later-than-baseline", row(8), "tasks 40/54 完成时限 2024年; 2024年12月底前 is equal", "2024年12月底前")
nm("deadline-later-than-baseline", row(10), "tasks 46/43 完成时限 2024年 (43: 2024 年建成，持续推进); 2024年10月底前 is earlier", "2024年10月底前")
nm("deadline-later-than-baseline", row(12), "task 50 完成时限 2024年; equal", "2024年")
nm("deadline-later-than-baseline", row(13), "task 49 完成时限 2025年; equal", "2025年")
nm("unknown-unit", row(13), "县应急局 and 县住建交通局 are short names listed in units.txt", "县住建交通局")
nm("deadline-later-than-baseline", row(14), "task 56 完成时限 2025年, task 55 2024年; 2024年 is earlier/equal", "2024年")
nm("deadline-later-than-baseline", row(15), "task 2 完成时限 2023 年启动，2024 年取得明显成效; equal", "2024年取得明显成效")
nm("unknown-unit", row(15), "县工信商务局 and 县发改局 are short names listed in units.txt", "县发改局")
nm("deadline-later-than-baseline", row(16), "task 3 完成时限 持续推进，2025 年取得明显成效; equal", "2025年")
nm("deadline-later-than-baseline", row(17), "task 10 持续推进，2025年取得明显成效 and task 11 2023年完成主要建设任务，2025年取得明显成效; completing milestone 2025 equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", row(18), "tasks 77/79 完成时限 2024年; equal", "2024年")
nm("deadline-later-than-baseline", row(19), "task 80 完成时限 2024年; equal", "2024年")
nm("deadline-later-than-baseline", row(20), "task 83 完成时限 2025年; 2024年启动，2025年基本建成 is equal", "2025年基本建成")
nm("unknown-unit", row(20), "各村（社区） is a collective subject", "各村（社区）")
nm("deadline-later-than-baseline", row(21), "tasks 84/86 完成时限 2024年; equal", "2024年")
nm("deadline-later-than-baseline", row(22), "task 93 完成时限 2024年; 2024年11月底前 is earlier", "2024年11月底前")
nm("unknown-unit", row(23), "吴忠市生态环境局盐池分局 is the county-level branch of the city bureau and is listed in units.txt; not a wrong body", "吴忠市生态环境局盐池分局")
nm("deadline-later-than-baseline", row(23), "task 94 完成时限 2024年; equal", "2024年")
nm("deadline-later-than-baseline", row(24), "task 96 完成时限 2025年; 持续推进，2025年取得明显成效 is equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", row(25), "task 105 完成时限 2024年; 2024年6月底前 is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", row(26), "task 106 完成时限 2025年; equal", "2025年")
nm("deadline-later-than-baseline", row(27), "task 107 完成时限 2025年; equal (the row's fault is its lead unit, see expect)", "2025年")
nm("unknown-unit", row(28), "prefix 县 distributes: 县财政局、审计局 = 县财政局, 县审计局, both in units.txt", "审计局")
nm("deadline-later-than-baseline", row(28), "task 108 完成时限 长期推进，2024年取得明显成效; equal", "2024年取得明显成效")
nm("deadline-later-than-baseline", row(29), "tasks 112/114/115 完成时限 2024年; equal", "2024年")
nm("deadline-later-than-baseline", row(30), "task 116 2023年完成并长期坚持, task 123 2023 年完成，长期坚持; equal", "2023年完成")
nm("missing-pillar", 0, "all pillars are present: 三个驱动 (lines 26-37), 四个支撑 (38-60), 五个一/六级贯通 folded into 一套体系 (22-25, as in the 吴忠 plan), 七个能力 (61-68), 党的领导 with 组织领导/财政投入/数字素养/考核评价 (69-73)")

covers_spec = [
 (64, "（一）健全组织机构"), (2, "推动特色产业数字化"), (3, "建设智慧园区。"), (5, "完善数字经济治理"),
 (6, "推进数字普惠服务"), (8, "推进数字普惠服务"), (9, "推进智慧城市建设"), (10, "推进数字乡村建设"), (11, "推进数字乡村建设"),
 (12, "培育数据要素市场"), (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "强化数据安全和个人信息保护"),
 (18, "提升安全防护能力"), (21, "推动政府职能转变"), (24, "创新建设管理机制"), (28, "开展试点示范"),
 (30, "完善数据管理机制"), (32, "完善数据管理机制"), (36, "深化数据高效共享"), (41, "促进数据有序开发利用"), (42, "促进数据有序开发利用"),
 (40, "加强电子公文管理"), (54, "加强电子公文管理"), (46, "强化政务云支撑能力"), (43, "强化政务云支撑能力"),
 (47, "提升网络平台支撑能力"), (48, "提升网络平台支撑能力"), (49, "提升网络平台支撑能力"), (50, "提升网络平台支撑能力"),
 (51, "加强共性应用支撑能力"), (56, "加强共性应用支撑能力"), (66, "（一）提升科学精准的经济调节能力"),
 (68, "（二）提升综合高效的市场监管能力"), (72, "（二）提升综合高效的市场监管能力"), (71, "（二）提升综合高效的市场监管能力"),
 (77, "（三）提升精细智能的社会管理能力"), (79, "（三）提升精细智能的社会管理能力"), (80, "（三）提升精细智能的社会管理能力"), (83, "（三）提升精细智能的社会管理能力"),
 (84, "（四）提升普惠便捷的公共服务能力"), (85, "（四）提升普惠便捷的公共服务能力"), (86, "（四）提升普惠便捷的公共服务能力"), (93, "（四）提升普惠便捷的公共服务能力"),
 (96, "（五）提升系统科学的生态环境保护能力"), (98, "（五）提升系统科学的生态环境保护能力"), (94, "（五）提升系统科学的生态环境保护能力"),
 (104, "（六）提升整体高效的政务运行能力"), (105, "（六）提升整体高效的政务运行能力"), (106, "（六）提升整体高效的政务运行能力"),
 (107, "（六）提升整体高效的政务运行能力"), (108, "（六）提升整体高效的政务运行能力"),
 (112, "（七）提升全面规范的政务公开能力"), (114, "（七）提升全面规范的政务公开能力"), (115, "（七）提升全面规范的政务公开能力"),
 (116, "（一）加强组织领导。各乡镇"), (25, "（二）加大财政投入"), (118, "（三）提升数字素养"),
 (122, "（四）强化考核评价"), (123, "（四）强化考核评价"), (124, "（四）强化考核评价"),
]
covers = [{"task": t, "line": uniq(s)} for t, s in covers_spec]

key = {
 "writer": "blind writer, round 607; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("盐池县 2024 实施方案 (notice 盐政办发〔2024〕12号, 2024-03-26) written by a technical drafter: many laws with article numbers, "
           "national standards with years (GB/T 22239—2019, GB/T 28448—2019, GB/T 22240—2020, GB/T 39786—2021, GB/T 35273—2020), 等保 levels, IPv6, V2.0, "
           "护网2024, a past project with a year range in its name. Task list rows 1-30 (lines 76-105) are tab-separated. "
           "Deadlines equal to 2023 regional deadlines (rows 2, 5, 7, 30; rows 3-4 say 2023年建立机制) are copied regional years, deliberately not flagged. "
           "Planted: outdated basis (line 9), late goal 2026 (line 18), late row 11 (line 86), impossible 9月31日 (line 84), unknown 县数据局 (line 85), regional lead 自治区机管局 (line 102). "
           "No task is deliberately left out; task-uncovered is not planted. The mustNotFlag missing-pillar entry (line 0) records that no pillar is missing."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
