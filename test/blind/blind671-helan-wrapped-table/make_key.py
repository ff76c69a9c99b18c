# -*- coding: utf-8 -*-
# Builds key.json for blind case 671 and checks every line number against draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")

def at(text, line):
    assert text in L[line - 1], (text, line, L[line - 1][:80])
    return line

expect = [
 {"rule": "basis-mismatch", "line": at("宁政办发〔2023〕17号", 10), "text": "宁政办发〔2023〕17号",
  "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the government office's series (the note on line 121 has it right)"},
 {"rule": "deadline-later-than-baseline", "line": at("到2026年", 16), "text": "2026年",
  "why": "主要目标: the region's goal is 到2025年 全区各级数字政府建设“34567”体系框架全面成型 (same wording follows: 工作体制逐步健全、管理机制趋于成熟…); the county puts its framework goal a year later"},
 {"rule": "garbled-text", "line": at("鍔犲揩鍩硅偛", 22), "text": "鍔犲揩鍩硅偛鏁版嵁瑕佺礌甯傚満",
  "why": "UTF-8 bytes read as GBK: 加快培育数据要素市场 (re-encode as GBK, decode as UTF-8)"},
 {"rule": "deadline-later-than-baseline", "line": at("2025年6月底前", 80), "text": "2025年6月底前",
  "why": "row 9 takes up task 48 (城域网 / 区市县乡村5级全覆盖, 完成时限 2024年) and task 47 (外网升级改造、扩大互联网出口带宽, 2024年); 2025年6月 is later; the draft's own 2024 goal on line 15 says 到2024年底"},
 {"rule": "deadline-invalid", "line": at("2024年13月底前", 100), "text": "13月",
  "why": "no 13th month (slip for 12月); row 20 is task 83 (互联网+基层治理, 完成时限 2025年), so it is not a late deadline"},
 {"rule": "unknown-unit", "line": at("县经济和信息化局", 90), "text": "县经济和信息化局",
  "why": "old name of a unit not in units.txt (the current unit is 县工业信息化和商务局); it sits on the continuation line of row 14's 配合单位 cell"},
]

M = []
def m(rule, line, text, why):
    if text is not None:
        at(text, line)
        M.append({"rule": rule, "line": line, "text": text, "why": why})
    else:
        M.append({"rule": rule, "line": line, "why": why})

m("basis-mismatch", 3, "贺政办发〔2024〕12号", "the draft's own 文号 in the issuing notice, not a basis document")
m("basis-mismatch", 10, "国发〔2022〕14号", "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）")
m("basis-mismatch", 10, "宁政办发〔2023〕11号", "real document with the right title: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited the same way by the 吴忠 plan")
m("basis-mismatch", 12, "宁政办发〔2020〕14号", "retrospective mention in 发展基础 (自…印发以来); title and 文号 match; not cited as a basis")
m("basis-mismatch", 121, "宁政发〔2023〕17号", "correct 文号 of the regional 实施意见 in the annex note")
m("deadline-invalid", 12, "2023年", "past date in the background (2023年，全县政务服务事项网上可办率…), not a deadline")
m("deadline-invalid", 121, "2023年—2025年", "title of the regional task list, not a deadline")
m("deadline-invalid", 7, "2024年3月26日", "issue date of the notice")
m("deadline-later-than-baseline", 15, "到2024年底", "2024 goals: 信创云迁移 (task 43, 2024年建成), 外网全覆盖 (task 48, 2024年), 基础库/主题库 (tasks 33/34, 2024年), 一体化政务服务 (task 84, 2024年): all equal")
m("deadline-later-than-baseline", 17, "到2035年", "equal to the region's 2035 goal")
m("deadline-later-than-baseline", 35, "2024年底前", "inline note; task 43 (信创云迁移) is 2024年建成，持续推进: equal")
m("deadline-later-than-baseline", 54, "2025年底前", "到2025年 压减50%以上 and inline note 2025年底前; task 106 is 2025年: equal")
m("deadline-later-than-baseline", 61, "2025年1月15日前", "the office's own reporting date for the annual summary, not a task deadline")
m("deadline-later-than-baseline", 61, "每季度末月25日前", "quarterly reporting date")
m("deadline-later-than-baseline", 66, "持续推进，2025年取得明显成效", "task 3 (智慧园区): 持续推进，2025年取得明显成效: equal")
m("deadline-later-than-baseline", 68, "持续推进，2025年取得明显成效", "task 6: 持续推进，2025年取得明显成效: equal")
m("deadline-later-than-baseline", 70, "2025年", "task 10 (数字乡村): 持续推进，2025年取得明显成效: equal")
m("deadline-later-than-baseline", 72, "2025年取得明显成效", "task 11 (数字供销): 2023年完成主要建设任务，2025年取得明显成效: the completing milestone is equal")
m("deadline-later-than-baseline", 73, "2024年12月底前", "task 21 (行政权力事项网上运行) 2024年: equal; task 22 (审管协同、审管信) 2025年: earlier")
m("deadline-later-than-baseline", 79, "2024年10月底前", "task 43 (信创云迁移) 2024年建成，持续推进 and task 46 2024年: earlier")
m("deadline-later-than-baseline", 82, "2025年", "task 49 (视频一张网) 2025年: equal")
m("deadline-later-than-baseline", 86, "2025年", "task 56 (非税收入收缴电子化) 2025年: equal")
m("deadline-later-than-baseline", 89, "2025年", "task 66 (宁夏经济运行大数据平台、经济监测预警) 2025年: equal")
m("deadline-later-than-baseline", 96, "2024 年", "task 79 (雪亮工程) 2024年: equal; the space inside the date is the seed's own form")
m("deadline-later-than-baseline", 104, "2024年9月底前", "task 86 (我的宁夏 应上尽上) 2024年: earlier")
m("deadline-later-than-baseline", 107, "2025年", "task 95 (大气、水、土壤、自然生态等数据资源综合开发利用、数据共享、业务协同) 2025年: equal")
m("deadline-later-than-baseline", 109, "2025年", "task 96 (互联网+城乡供水、数字治水样板) 2025年: equal")
m("deadline-later-than-baseline", 115, "2025年", "task 107 (非涉密视频会议系统整合) 2025年: equal")
m("deadline-later-than-baseline", 118, "长期坚持", "task 121 (年度工作要点和考核指标体系) 长期坚持: equal")
m("unknown-unit", 61, "县数字政府办", "short name of 县数字政府建设领导小组办公室 in units.txt")
m("unknown-unit", 32, "自治区政府办公厅", "regional unit (in the baseline) mentioned as a counterpart to liaise with, not as lead of a county task")
m("unknown-unit", 21, "银川市", "the parent city, listed in units.txt as short name of 银川市人民政府; not a responsibility cell anyway")
m("unknown-unit", 67, "银川市生态环境局贺兰分局", "in units.txt (the county's environment branch is a city unit); on the continuation line of row 1's 配合单位 cell")
m("unknown-unit", 68, "县教育体育局、县卫生健康局、县民政局", "three leads, all in units.txt; note 1 says the first listed is the main lead")
m("unknown-unit", 69, "县交通运输局等有关部门", "in units.txt plus 等有关部门; continuation line of row 2")
m("unknown-unit", 70, "各乡镇人民政府", "collective subject")
m("unknown-unit", 72, "县工信商务局", "short name of 县工业信息化和商务局 in units.txt")
m("unknown-unit", 74, "县综合执法局等有关部门", "in units.txt plus 等有关部门; continuation line of row 5")
m("unknown-unit", 75, "县直各部门（单位）", "collective subject")
m("unknown-unit", 79, "县大数据中心", "short name of 县大数据服务中心 in units.txt")
m("unknown-unit", 79, "县直有关部门", "collective subject")
m("unknown-unit", 88, "县发改局", "short name of 县发展和改革局 in units.txt")
m("unknown-unit", 90, "国家税务总局贺兰县税务局", "in units.txt; same continuation line as the planted unknown unit")
m("unknown-unit", 93, "县市场监管局", "short name of 县市场监督管理局 in units.txt")
m("unknown-unit", 95, "县人民法院、县人民检察院", "short names of 贺兰县人民法院 / 贺兰县人民检察院 in units.txt; continuation line of row 17")
m("unknown-unit", 98, "县消防救援大队", "short name of 贺兰县消防救援大队 in units.txt; second of three lines of row 19's 配合单位 cell")
m("unknown-unit", 99, "贺兰县气象局", "in units.txt; third line of row 19's 配合单位 cell")
m("unknown-unit", 101, "各村（社区）", "collective subject, on the continuation line of row 20")
m("unknown-unit", 102, "县审批局", "short name of 县审批服务管理局 in units.txt")
m("unknown-unit", 105, "县残联", "short name of 县残疾人联合会 in units.txt")
m("unknown-unit", 107, "贺兰生态环境分局", "short name of 银川市生态环境局贺兰分局 in units.txt, here as lead")
m("unknown-unit", 111, "县住建局", "short name of 县住房和城乡建设局 in units.txt")
m("unknown-unit", 116, "县政府办", "short name of 县人民政府办公室 in units.txt")
m("unknown-unit", 118, "县委组织部、编办", "the 县委 prefix distributes: 县委编办 is in units.txt")
m("unknown-unit", 57, "县人民政府", "the county government itself (贺兰县人民政府 in units.txt)")
m("unknown-unit", 59, "县委党校", "in units.txt")

covers = [
 (3, 66), (6, 68), (10, 70), (11, 72), (21, 73), (22, 73), (33, 75), (34, 75), (41, 77), (42, 77),
 (43, 79), (47, 80), (48, 80), (49, 82), (54, 84), (56, 86), (57, 88), (66, 89), (71, 91), (88, 93),
 (77, 94), (79, 96), (80, 97), (83, 100), (84, 102), (86, 104), (93, 105), (95, 107), (96, 109),
 (97, 111), (104, 113), (105, 113), (107, 115), (112, 116), (114, 116), (121, 118),
 (5, 20), (7, 21), (9, 21), (12, 22), (13, 22), (14, 25), (15, 25), (17, 26), (18, 27),
 (24, 30), (32, 32), (123, 60), (50, 36), (64, 39), (68, 44), (70, 44), (106, 54), (116, 57), (25, 58), (122, 60), (124, 60),
]
key = {
 "writer": "blind writer, round 671; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("贺兰县 (银川市) 2024 实施方案, no parent plan. The annex task table (lines 65-118) has columns 序号 | 完成时限 | 牵头单位 | 重点任务 | 配合单位 "
           "and was copied from Word with line breaks inside cells: a row's first line carries all five cells, continuation lines start with three empty cells "
           "and carry the rest of 重点任务 and/or 配合单位 (row 19 runs over three lines, lines 97-99). A continuation line is not a new row. "
           "Note 1 (line 119) states that the first-listed lead is the main lead. Deadlines in the table are checked against the task the row takes up, named in the mustNotFlag entries. "
           "Regional tasks with 2023 deadlines are mentioned in the body only without dates. The line-16 goal (2026) and row 9 (line 80) contradict the draft's own line-15 goal (到2024年底 外网全覆盖)."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for c in key["covers"]:
    assert 1 <= c["line"] <= len(L) and L[c["line"] - 1].strip()
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
