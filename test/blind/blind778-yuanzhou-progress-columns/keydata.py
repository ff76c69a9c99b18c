# -*- coding: utf-8 -*-
# Executed by build.py (needs lines, L, R, GARBLE). Writes key.json.
import json

expect = [
 {"rule": "deadline-later-than-baseline", "line": R(22), "text": "2025年6月底前",
  "why": "row 22 (电子政务外网向村（社区）延伸，区、乡、村全覆盖) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the district sets 2025年6月底前 (its 阶段目标 column also stops at 80% of villages in 四季度)"},
 {"rule": "deadline-later-than-baseline", "line": L("到2026年"), "text": "2026年",
  "why": "主要目标: the region's goal is 到2025年 ‘34567’体系框架全面成型 (same wording: 工作体制逐步健全、管理机制趋于成熟…); the district puts the same goal in 2026"},
 {"rule": "deadline-invalid", "line": R(29), "text": "6月31日",
  "why": "row 29 完成时限 2024年6月31日前: June has 30 days (task 64, regional 完成时限 2025年, so not late)"},
 {"rule": "unknown-unit", "line": R(12), "text": "区大数据局",
  "why": "no such unit in units.txt; the district's body is 区大数据服务中心 (used correctly everywhere else); 区大数据局 is not listed as its short name"},
 {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not a 宁政办发 number"},
 {"rule": "garbled-text", "line": L(GARBLE[:6]), "text": GARBLE[:6],
  "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 推动电子政务外网向村"},
]

mnf = [
 # basis
 {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
 {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan (seeds); a 宁政办发 number that does belong to its title"},
 {"rule": "basis-mismatch", "line": 9, "text": "固原市人民政府《关于加强数字政府建设的实施方案》", "why": "the city plan cited by title alone, without 文号, as DOMAIN says city plans often are"},
 {"rule": "basis-mismatch", "line": L("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in 工作基础 (自…印发实施以来), not a basis citation; title and 文号 match"},
 {"rule": "basis-mismatch", "line": 2, "text": "原政办发〔2024〕11号", "why": "the draft's own 文号 (issuing notice), not a cited basis document"},
 {"rule": "basis-mismatch", "line": L("按照宁政发〔2023〕17号文件"), "text": "宁政发〔2023〕17号", "why": "short reference to the regional 实施意见 with its correct 文号"},
 # deadlines: goals and dates in prose
 {"rule": "deadline-later-than-baseline", "line": L("到2024年底"), "text": "2024年底", "why": "2024 goals: 政务信创云迁移 (task 43 ‘2024年建成，持续推进’ / task 46 2024年), 我的宁夏应上尽上 (task 86 2024年), 宁政通三级普及 (task 105 2024年), 政务新媒体矩阵 (task 114 2024年), 公共数据开放目录 (task 41 2024年): all equal"},
 {"rule": "deadline-later-than-baseline", "line": L("到2035年"), "text": "2035年", "why": "same year as the region's 2035 goal"},
 {"rule": "deadline-later-than-baseline", "line": L("2025年1月10日前"), "text": "2025年1月10日", "why": "the office's own reporting date for the annual summary, not a task deadline"},
 {"rule": "deadline-invalid", "line": L("2023年，区本级32个"), "text": "2023年", "why": "past date in the 工作基础 background (what was done in 2023), not a deadline"},
 {"rule": "deadline-invalid", "line": 6, "text": "2024年3月18日", "why": "the document's own issue date"},
 # deadlines: table rows
 {"rule": "deadline-later-than-baseline", "line": R(1), "text": "持续推进，2025年取得明显成效", "why": "task 3 (智慧园区), regional 完成时限 持续推进，2025年取得明显成效: copied, equal"},
 {"rule": "deadline-later-than-baseline", "line": R(2), "text": "2024年12月底前", "why": "task 2 (产业云), regional 完成时限 2023年启动，2024年取得明显成效: completing milestone 2024, equal"},
 {"rule": "deadline-later-than-baseline", "line": R(3), "text": "2024年12月底前", "why": "task 6 (教育、健康…服务数字化), regional 持续推进，2025年取得明显成效: earlier"},
 {"rule": "deadline-later-than-baseline", "line": R(4), "text": "2025年", "why": "task 7 (国家智慧教育平台), regional 2023年形成试点经验，2025年取得明显成效: the completing milestone 2025 is equal; the 2023 pilot milestone was the region's own"},
 {"rule": "deadline-later-than-baseline", "line": R(8), "text": "2024年11月底前", "why": "task 11 (数字供销), regional 2023年完成主要建设任务，2025年取得明显成效: the district's part (网点改造) completes before the region's completing milestone 2025"},
 {"rule": "deadline-later-than-baseline", "line": R(9), "text": "2025年", "why": "task 12 (数据要素市场), regional 完成时限 2025年: equal"},
 {"rule": "deadline-later-than-baseline", "line": R(13), "text": "2024年启动，2025年取得明显成效", "why": "task 28 (试点示范), regional 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal; the district's own start in its 2024 plan year is not a late deadline"},
 {"rule": "deadline-later-than-baseline", "line": R(14), "text": "2024年12月底前", "why": "task 29 (一体化政务大数据体系), regional 2023年启动，2025年完成: earlier"},
 {"rule": "deadline-later-than-baseline", "line": R(20), "text": "四季度：开展迁移后运行评估", "why": "task 46 (政务信息系统有序迁移, 2024年) / task 43 (2024年建成，持续推进): row deadline 2024年9月底前; the 四季度 阶段目标 after it is follow-up inside 2024, not later than the region"},
 {"rule": "deadline-later-than-baseline", "line": R(23), "text": "2025年实现“应接尽接”", "why": "task 49 (视频一张网), regional 完成时限 2025年: the 阶段目标 column names 2025, equal to the row's and the region's deadline"},
 {"rule": "deadline-later-than-baseline", "line": R(26), "text": "2024年12月底前", "why": "task 56 (非税收入收缴电子化), regional 2025年: earlier"},
 {"rule": "deadline-later-than-baseline", "line": R(31), "text": "2024年12月底前", "why": "task 66 (经济运行大数据平台), regional 2025年: earlier"},
 {"rule": "deadline-later-than-baseline", "line": R(53), "text": "2025年", "why": "task 106 (填表报数系统), regional 2025年: equal"},
 {"rule": "deadline-later-than-baseline", "line": R(54), "text": "2024年12月底前", "why": "task 107 (视频会议平台), regional 2025年: earlier"},
 {"rule": "deadline-later-than-baseline", "line": R(59), "text": "2025年1月通报", "why": "task 121 (考核指标，常态化考核), regional 长期坚持; row says 长期坚持 (equal) and the 四季度 阶段目标 only says when the annual result is announced"},
 {"rule": "deadline-invalid", "line": R(10), "text": "2023年形成机制，长期坚持", "why": "task 18, regional 完成时限 2023年形成机制，长期坚持, copied verbatim; a copied regional deadline that lies before the plan's year"},
 # units
 {"rule": "unknown-unit", "line": R(3), "text": "区人力资源和社会保障局", "why": "registry name containing 和; must not be split"},
 {"rule": "unknown-unit", "line": R(16), "text": "区人社局", "why": "short name listed in units.txt (also 区应急局 in the same cell)"},
 {"rule": "unknown-unit", "line": R(19), "text": "区发改局", "why": "short name of 区发展和改革局 in units.txt (also 区住建局 in the same cell)"},
 {"rule": "unknown-unit", "line": R(31), "text": "区工信商务局", "why": "short name of 区工业信息化和商务局 in units.txt"},
 {"rule": "unknown-unit", "line": R(42), "text": "区政府办", "why": "short name of 区人民政府办公室 (also 区审批局 for 区审批服务管理局)"},
 {"rule": "unknown-unit", "line": R(26), "text": "卫生健康局", "why": "the prefix 区 distributes: 区教育体育局、卫生健康局 = 区卫生健康局"},
 {"rule": "unknown-unit", "line": R(27), "text": "审批服务管理局", "why": "the prefix 区 distributes: 区市场监督管理局、审批服务管理局 = 区审批服务管理局"},
 {"rule": "unknown-unit", "line": R(11), "text": "区直各部门（单位）", "why": "collective subject"},
 {"rule": "unknown-unit", "line": R(7), "text": "各乡镇人民政府", "why": "collective subject"},
 {"rule": "unknown-unit", "line": R(38), "text": "各街道办事处", "why": "collective subject"},
 {"rule": "unknown-unit", "line": R(30), "text": "各村（社区）", "why": "collective subject (also 各乡镇（街道）)"},
 {"rule": "unknown-unit", "line": R(36), "text": "承担监管职责的区直有关部门", "why": "collective subject, the district form of 承担监管职责的自治区有关部门（单位）"},
 {"rule": "unknown-unit", "line": R(10), "text": "固原市公安局原州区分局", "why": "city bureau's district branch, listed in units.txt"},
 {"rule": "unknown-unit", "line": R(13), "text": "黄铎堡镇人民政府", "why": "township listed in units.txt (also 三营镇人民政府)"},
 {"rule": "unknown-unit", "line": L("主动对接自治区政府办公厅"), "text": "自治区政府办公厅", "why": "regional bodies (with 自治区党委网信办) named as counterparts the district will approach, not as leads of a local task; both are regional units of the baseline"},
 {"rule": "unknown-unit", "line": 5, "text": "原州区人民政府办公室", "why": "the issuing office's signature; listed as a short name of 区人民政府办公室 in units.txt"},
 # garbled near misses
 {"rule": "garbled-text", "line": R(13), "text": "黄铎堡镇", "why": "a real place name with an uncommon character, not mojibake"},
 {"rule": "garbled-text", "line": R(21), "text": "IPv6", "why": "Latin technical term inside Chinese text, not damage"},
 # pillars
 {"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "组织领导（一把手工程）, 财政投入, 数字素养, 考核评价 are all taken up under 四、保障措施 and in table group （十六）; judged by content, not by the heading"},
 {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "section 三（三） 健全“五个一”和“六级贯通”的工作体系 (领导小组, 层级职责) and table rows 29–30"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "三（一）3 营造良好数字生态 and table row 9"},
]

row_tasks = {1:3, 2:2, 3:6, 4:7, 5:8, 6:9, 7:10, 8:11, 9:12, 10:18, 11:21, 12:23, 13:28, 14:29, 15:33, 16:34, 17:40,
             18:41, 19:42, 20:46, 21:47, 22:48, 23:49, 24:50, 25:54, 26:56, 27:57, 28:58, 29:64, 31:66, 32:65, 33:70,
             34:71, 35:73, 36:74, 37:77, 38:79, 39:80, 40:83, 41:84, 42:86, 43:88, 44:89, 45:90, 46:93, 47:94, 48:96,
             49:98, 50:100, 51:104, 52:105, 53:106, 54:107, 55:111, 56:112, 57:114, 58:115, 59:121}
covers = [{"task": t, "line": R(r)} for r, t in sorted(row_tasks.items())]
covers.append({"task": 43, "line": L("到2024年底")})
covers.append({"task": 14, "line": L("强化安全管理责任。")})
covers.append({"task": 116, "line": L("（一）加强组织领导。")})
covers.append({"task": 122, "line": L("（四）强化考核评价。")})

key = {
 "writer": "blind writer, round 778; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("原州区 (固原市) annual 2024 plan; no parent plan is supplied (the 固原市 plan is cited by title only). "
           "In this draft 全区 usually means 原州区 itself (e.g. the 主要目标 lines), except in names of regional platforms (全区统一的视频共享平台). "
           "The task table has six tab-separated columns: 主要任务 (empty = same group as above), 序号, 重点任务, 责任单位, 完成时限, 阶段目标; "
           "阶段目标 holds quarter-by-quarter targets (一季度：…；二季度：…；三季度：…；四季度：…) that all fall inside 2024 except row 23 (2025, equal to task 49) and row 59 (announcement of the 2024 assessment in 2025年1月). "
           "Row 30 (三级职责清单) takes up the 厘清层级职责 text of the 实施意见 and has no numbered regional task of its own. "
           "units.txt is the district's own registry; regional units come from the baseline.")
}
with open("key.json", "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
print("lines:", len(lines), "expect:", len(expect), "mustNotFlag:", len(mnf), "covers:", len(covers))
