# Writes key.json for blind case 529 and checks every line/text against draft.txt.
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")

expect = [
 {"rule": "basis-mismatch", "line": 11, "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
  "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it as 关于加快推进数字政府建设 (wrong title, right 文号)"},
 {"rule": "deadline-later-than-baseline", "line": 19, "text": "2026年",
  "why": "主要目标: the region's goal 到2025年 “34567”体系框架全面成型、工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效 (宁政发〔2023〕17号 一（二）); the county puts the same goal at 2026"},
 {"rule": "deadline-later-than-baseline", "line": 79, "text": "2O25年底",
  "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; the draft says 2O25年底前 (recognition O for 0, still plainly 2025), a year late"},
 {"rule": "deadline-later-than-baseline", "line": 114, "text": "2025年",
  "why": "task 48 (城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展), 完成时限 2024年; the row says 2025年"},
 {"rule": "deadline-invalid", "line": 132, "text": "2024年13月",
  "why": "impossible month 13 (typing slip for 12); task 106 (填表报数系统), 完成时限 2025年, so this is only an invalid date, not a late one"},
 {"rule": "unknown-unit", "line": 111, "text": "自治区政府办公厅",
  "why": "a regional body named as lead (牵头) of a county task in the county's own list — copied from task 41's row (自治区政府办公厅牵头负责); deadline 2024年 equals task 41's 2024年"},
 {"rule": "unknown-unit", "line": 112, "text": "县大数据局",
  "why": "no such unit in units.txt (隆德县 has no 大数据局; data work sits with 县人民政府办公室); deadline 2024年 equals tasks 43 (2024年建成，持续推进) and 46 (2024年)"},
 {"rule": "task-uncovered", "line": 0, "task": 114,
  "why": "政务新媒体矩阵 (自治区各部门（单位）及各市、县（区）分别负责, 2024年) deliberately left out: the 政务公开 section has no 新媒体 content at all"},
]

mnf = [
 {"rule": "basis-mismatch", "line": 11, "text": "国发〔2O22〕14号", "why": "correct 文号 of the national 指导意见 with a recognition slip (letter O for 0)"},
 {"rule": "basis-mismatch", "line": 11, "text": "宁政办发〔2023〕11号", "why": "correct citation of 《数字宁夏“1244+N”行动计划实施方案》 (same 文号 as in the 吴忠 plan)"},
 {"rule": "basis-mismatch", "line": 13, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background section, correct title and 文号, not cited as a basis"},
 {"rule": "basis-mismatch", "line": 2, "text": "隆政发〔2024〕9号", "why": "the notice's own 文号, not a cited document"},
 {"rule": "garbled-text", "line": 5, "text": "己经", "why": "recognition slip 己 for 已, not encoding damage"},
 {"rule": "garbled-text", "line": 7, "text": "8曰", "why": "recognition slip 曰 for 日 in the issue date, not encoding damage"},
 {"rule": "deadline-invalid", "line": 7, "text": "2024年3月8曰", "why": "the plan's issue date (2024-03-08), not a deadline"},
 {"rule": "deadline-invalid", "line": 13, "text": "2022年", "why": "past dates (2022年, 2023年) describing what was already done, in the 建设基础 background"},
 {"rule": "garbled-text", "line": 13, "text": "数字 政府", "why": "stray space inside a word from recognition, not encoding damage"},
 {"rule": "deadline-later-than-baseline", "line": 18, "text": "到2024年底", "why": "2024 goals equal to tasks 43 (2024年建成，持续推进), 105 (2024年) and 84 (2024年)"},
 {"rule": "deadline-later-than-baseline", "line": 20, "text": "到2〇35年", "why": "equal to the region's 到2035年 goal (数字政府全面建成); 〇 for 0 from recognition"},
 {"rule": "unknown-unit", "line": 29, "text": "自治区有关部门", "why": "collective subject; the county cooperates with them, it does not name a regional lead of a local task"},
 {"rule": "unknown-unit", "line": 32, "text": "固原市", "why": "the county cooperates with its city (配合固原市推进…, task 9 is led by 各地级市); a place/government, not an unknown unit in a responsibility cell"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "营造良好数字生态 is taken up at lines 36–38 (数据要素市场, 网络生态) even though line 38 is cut short at the photo's edge"},
 {"rule": "garbled-text", "line": 38, "text": "形成良好网", "why": "line cut short at the photo's edge, not encoding damage"},
 {"rule": "garbled-text", "line": 44, "text": "密码应", "why": "line cut short at the photo's edge, not encoding damage"},
 {"rule": "garbled-text", "line": 56, "text": "电子 政务外网", "why": "stray space from recognition, not encoding damage"},
 {"rule": "deadline-invalid", "line": 61, "text": "l2月10曰", "why": "the office's own yearly reporting date (每年12月10日前), with recognition slips l for 1 and 曰 for 日; not a task deadline"},
 {"rule": "unknown-unit", "line": 61, "text": "领导小组办公室", "why": "the plan's own 县数字政府建设领导小组办公室, defined on line 59 as seated in 县人民政府办公室; 各牵头单位/成员单位 are collectives"},
 {"rule": "garbled-text", "line": 75, "text": "一网 通办", "why": "stray space from recognition, not encoding damage"},
 {"rule": "deadline-later-than-baseline", "line": 84, "text": "2024年l0月", "why": "task 105 (宁政通 覆盖区市县乡村五级), 完成时限 2024年; October 2024 is not later; l for 1 from recognition"},
 {"rule": "garbled-text", "line": 86, "text": "办公用", "why": "line cut short at the photo's edge, not encoding damage"},
 {"rule": "unknown-unit", "line": 94, "text": "县委党校", "why": "listed in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": 102, "text": "持续推进，2025年取得明显成效", "why": "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal"},
 {"rule": "deadline-later-than-baseline", "line": 103, "text": "持续推进，2025年取得明显成效", "why": "task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效: equal"},
 {"rule": "deadline-invalid", "line": 104, "text": "2〇25年", "why": "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal; 〇 for 0 from recognition"},
 {"rule": "unknown-unit", "line": 104, "text": "各乡镇人民政府", "why": "collective subject"},
 {"rule": "deadline-invalid", "line": 105, "text": "2023年完成主要建设任务", "why": "task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效: copied regional deadline whose first milestone lies before the plan's year"},
 {"rule": "deadline-invalid", "line": 106, "text": "2023年形成机制，长期坚持", "why": "task 18 (安全技术保障体系、应急演练), 完成时限 2023年形成机制，长期坚持: copied regional deadline before the plan's year"},
 {"rule": "unknown-unit", "line": 107, "text": "县审批服务 管理局", "why": "县审批服务管理局 (units.txt) with a stray space from recognition"},
 {"rule": "deadline-later-than-baseline", "line": 107, "text": "2024年", "why": "task 21 (行政权力事项网上运行、动态管理), 完成时限 2024年: equal"},
 {"rule": "deadline-invalid", "line": 108, "text": "2023年启动，2025年取得明显成效", "why": "task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: copied regional deadline"},
 {"rule": "deadline-invalid", "line": 109, "why": "the deadline cell was lost at the photo's edge; no date to judge (task 30 is due 2023年)"},
 {"rule": "deadline-later-than-baseline", "line": 110, "text": "2024年", "why": "task 40 (电子公文), 完成时限 2024年: equal"},
 {"rule": "deadline-invalid", "line": 113, "text": "2O24年", "why": "task 47 (电子政务外网升级、出口带宽), 完成时限 2024年: equal; O for 0 from recognition"},
 {"rule": "deadline-later-than-baseline", "line": 115, "text": "2024年", "why": "task 49 (视频一张网), 完成时限 2025年: earlier"},
 {"rule": "deadline-later-than-baseline", "line": 116, "text": "2024年", "why": "task 50 (非涉密业务专网整合迁移), 完成时限 2024年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 117, "text": "2025年", "why": "task 52 (电子证照社会化高频场景), 完成时限 2025年: equal"},
 {"rule": "unknown-unit", "line": 117, "text": "县人社局", "why": "short name of 县人力资源和社会保障局 in units.txt"},
 {"rule": "unknown-unit", "line": 118, "text": "隆德县税务局", "why": "listed in units.txt (vertically managed unit in the county)"},
 {"rule": "deadline-later-than-baseline", "line": 118, "text": "2025年", "why": "task 56 (非税收入收缴电子化), 完成时限 2025年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 119, "text": "2024年", "why": "task 64 (参照自治区做法成立相应组织机构), 完成时限 2025年: earlier"},
 {"rule": "unknown-unit", "line": 119, "text": "县政府办", "why": "short name of 县人民政府办公室 in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": 121, "text": "2024年", "why": "task 66 (宁夏经济运行大数据平台), 完成时限 2025年: earlier (task 65, 2024年: equal)"},
 {"rule": "unknown-unit", "line": 121, "text": "县发改局", "why": "short name of 县发展和改革局 in units.txt"},
 {"rule": "unknown-unit", "line": 122, "text": "县市场监 管局", "why": "县市场监管局 (short name of 县市场监督管理局) with a stray space from recognition"},
 {"rule": "deadline-later-than-baseline", "line": 122, "text": "2024年", "why": "task 71 (重点领域数字化追溯监管), 完成时限 2024年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 123, "text": "2024年", "why": "task 77 (矛盾纠纷多元化解信息系统), 完成时限 2024年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 124, "text": "2024年", "why": "task 79 (雪亮工程), 完成时限 2024年: equal"},
 {"rule": "deadline-invalid", "line": 125, "text": "202 4年", "why": "task 80 (智慧应急), 完成时限 2024年: equal; stray space from recognition"},
 {"rule": "unknown-unit", "line": 125, "text": "隆德县消防救援大队", "why": "listed in units.txt"},
 {"rule": "unknown-unit", "line": 126, "text": "各村（社区）", "why": "collective subject"},
 {"rule": "deadline-later-than-baseline", "line": 126, "text": "2025年", "why": "task 83 (互联网+基层治理), 完成时限 2025年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 127, "text": "2024年", "why": "task 84 (一体化政务服务体系), 完成时限 2024年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 128, "text": "2024年6月底前", "why": "task 86 (我的宁夏 应上尽上), 完成时限 2024年: earlier"},
 {"rule": "unknown-unit", "line": 129, "text": "固原市生态环境局隆德分局", "why": "listed in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": 129, "text": "2024年", "why": "task 94 (生态环境数据资源中心), 完成时限 2024年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 130, "text": "2025年", "why": "task 96 (互联网+城乡供水、数字治水), 完成时限 2025年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 131, "text": "2024年", "why": "task 98 (智慧林草), 完成时限 2024年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 133, "text": "2025年", "why": "task 107 (非涉密视频会议系统整合), 完成时限 2025年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 134, "text": "长期推进，2024年取得明显成效", "why": "task 108 (公共资源交易全流程数字化), 完成时限 长期推进，2024年取得明显成效: equal"},
 {"rule": "deadline-later-than-baseline", "line": 135, "text": "2024年", "why": "task 112 (政务公开信息化平台), 完成时限 2024年: equal"},
 {"rule": "deadline-later-than-baseline", "line": 136, "text": "2024年", "why": "task 115 (12345 政民互动), 完成时限 2024年: equal"},
 {"rule": "deadline-invalid", "line": 137, "text": "2023年完成并长期坚持", "why": "task 116 (一把手工程), 完成时限 2023年完成并长期坚持: copied regional deadline before the plan's year"},
 {"rule": "deadline-later-than-baseline", "line": 138, "text": "长期坚持", "why": "task 121 (年度工作要点和考核指标体系), 完成时限 长期坚持: equal"},
]

covers = [
 (3, 102), (6, 31), (7, 31), (8, 103), (9, 32), (10, 104), (11, 105), (12, 37),
 (14, 42), (15, 42), (18, 106), (21, 107), (24, 47), (25, 47), (28, 108), (30, 109),
 (32, 51), (36, 52), (40, 110), (41, 111), (42, 53), (43, 112), (47, 113), (48, 114),
 (49, 115), (50, 116), (52, 117), (54, 57), (56, 118), (64, 119), (66, 121), (68, 67),
 (71, 122), (72, 68), (73, 68), (77, 123), (79, 124), (80, 125), (83, 126), (84, 127),
 (85, 76), (86, 128), (88, 78), (89, 78), (93, 79), (94, 129), (96, 130), (97, 82),
 (98, 131), (104, 84), (105, 84), (106, 132), (107, 133), (108, 134), (112, 135),
 (115, 136), (116, 137), (118, 94), (121, 138), (122, 95), (123, 95), (124, 95),
]

for e in expect + mnf:
    if e["line"]:
        l = lines[e["line"] - 1]
        if "text" in e:
            assert e["text"] in l, (e, l)
for t, ln in covers:
    assert 1 <= ln <= len(lines) and lines[ln - 1].strip(), (t, ln)

key = {
 "writer": "blind writer, round 529; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "covers": [{"task": t, "line": ln} for t, ln in covers],
 "notes": ("隆德县 (固原市) 实施方案 of 2024-03-08, basis 宁政发〔2023〕17号 only (no parent plan is supplied). "
           "The text is phone-photo OCR: 己/已, 曰/日, O and 〇 for 0, l for 1, stray spaces inside words and unit names, "
           "three body lines cut short at the photo's edge (38, 44, 86), one table row whose deadline cell was lost (109), "
           "a paragraph split by a page mark (33/35), and 第 N 页 lines (9, 23, 34, 49, 62, 77, 90, 97, 120, 139). "
           "None of that is encoding damage, so no garbled-text is expected. The task table (lines 101–138) has its own note that the "
           "first-listed unit leads. Planted: wrong title of the regional 实施意见 (11), late 主要目标 goal 2026 vs 2025 (19), "
           "late body deadline written 2O25 for task 93 (79), late row for task 48 (114), impossible month 13 (132), a regional "
           "body as lead of a county task (111), an unknown 县大数据局 (112); task 114 (政务新媒体) deliberately left out."),
}
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers))
