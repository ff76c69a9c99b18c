#!/usr/bin/env python3
# Builds key.json; every line number is found from the text in draft.txt and checked to be unique.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(*needles):
    hits = [i for i, l in enumerate(L, 1) if all(n in l for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

def row(n):
    return ln('%d\t' % n) if False else [i for i, l in enumerate(L, 1) if l.startswith('%d\t' % n)][0]

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the digits are transposed"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2026年'), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 for the framework being 全面成型 (工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效…), copied here with 2026"},
    {"rule": "garbled-text", "line": ln('鎻愬崌鏁板瓧涔℃潙'), "text": "鎻愬崌鏁板瓧涔℃潙",
     "why": "UTF-8 read as GBK: 鎻愬崌鏁板瓧涔℃潙娌荤悊姘村钩 = 提升数字乡村治理水平 (sub-item title)"},
    {"rule": "unknown-unit", "line": row(11), "text": "自治区政府办公厅",
     "why": "regional body named as lead (牵头, first-listed) of a county task row (task 48 城域网/县乡村全覆盖); the county lead should be 县大数据服务中心 or 县人民政府办公室"},
    {"rule": "unknown-unit", "line": row(25), "text": "县数据局",
     "why": "no 县数据局 in units.txt; the county's data body is 县大数据服务中心 (县大数据中心)"},
    {"rule": "deadline-later-than-baseline", "line": row(31), "text": "2025年12月",
     "why": "row 31 (宁政通 移动办公 县乡村全覆盖) takes up task 105, 完成时限 2024年; draft says 2025年12月底前"},
    {"rule": "deadline-invalid", "line": row(36), "text": "16月",
     "why": "2024年16月底前 is impossible (typo for 6月); task 112 完成时限 2024年, so the year itself is not late"},
]

def M(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    return d

mnf = [
    M("basis-mismatch", ln('隆政办发〔2024〕15号'), "the notice's own 文号, not a cited basis", "隆政办发〔2024〕15号"),
    M("unknown-unit", ln('各乡镇人民政府，县直各部门（单位）：'), "collective addressees", "各乡镇人民政府"),
    M("deadline-invalid", ln('2024年3月26日'), "issue date of the notice, not a deadline", "2024年3月26日"),
    M("basis-mismatch", ln('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"),
    M("basis-mismatch", ln('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号"),
    M("basis-mismatch", ln('第十四个五年规划'), "the county's own 十四五 规划纲要, named as something the plan 衔接 with; not a digital-government basis and not superseded", "第十四个五年规划"),
    M("deadline-later-than-baseline", ln('第十四个五年规划'), "二〇三五年 is part of the 规划纲要 title (远景目标), not a deadline", "二〇三五年"),
    M("deadline-invalid", ln('2000余年'), "length of the county's history, not a date", "2000余年"),
    M("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention (自…印发以来) of the 2020 要点 in the background, not cited as a basis", "宁政办发〔2020〕14号"),
    M("deadline-invalid", ln('宁政办发〔2020〕14号'), "2020年 is part of the old document's title, background only", "2020年"),
    M("deadline-invalid", ln('近三年'), "近三年: retrospective period in the background", "近三年"),
    M("deadline-invalid", ln('截至2023年底'), "截至2023年底已建成: status at a past date, not a deadline", "2023年底"),
    M("deadline-invalid", ln('2023年度数字政府建设效能目标管理考核'), "result of the 2023 annual assessment, past background", "2023年度"),
    M("deadline-later-than-baseline", ln('到2024年底'), "2024 goals: 外网 县乡村全覆盖 (task 48, 2024年), 一网通办 (task 84, 2024年), 我的宁夏 应上尽上 (task 86, 2024年): all equal", "2024年底"),
    M("deadline-later-than-baseline", ln('到2035年'), "equal to the region's 到2035年 goal (数字政府全面建成)", "2035年"),
    M("deadline-later-than-baseline", ln('年均增长10%'), "growth rate over the 十四五 period, not a deadline", "年均增长10%"),
    M("deadline-later-than-baseline", ln('三年行动'), "name of a rural-digitisation campaign, no date (task 10 is 持续推进，2025年取得明显成效)", "三年行动"),
    M("deadline-later-than-baseline", ln('每年开展两次'), "frequency of drills under task 18 (2023年形成机制，长期坚持), not a deadline", "每年开展两次"),
    M("deadline-later-than-baseline", ln('五年内'), "五年内 is a rule against re-building systems (task 24 context, 2023年), not a deadline", "五年内"),
    M("deadline-later-than-baseline", ln('2024年预算安排'), "budget year of the 300万元 appropriation in the 资金保障 paragraph (task 25 is 2023年); not a completion date", "2024年预算安排"),
    M("deadline-later-than-baseline", ln('2025年1月15日前'), "the office's own reporting date for the 2024 annual summary, not a task deadline (tasks 121–124 are 长期坚持 / 2023年)", "2025年1月15日前"),
    M("deadline-later-than-baseline", row(1), "task 3: 持续推进，2025年取得明显成效 — identical", "2025年"),
    M("deadline-later-than-baseline", row(2), "task 6: 2025年; 2025年底前 is the same year", "2025年底前"),
    M("deadline-later-than-baseline", row(3), "task 8: 持续推进，2025年取得明显成效; equal", "2025年"),
    M("unknown-unit", row(3), "县卫健局 and 县医保局 are short names in units.txt", "县卫健局"),
    M("deadline-later-than-baseline", row(4), "task 10: 持续推进，2025年取得明显成效 — identical", "2025年"),
    M("deadline-later-than-baseline", row(5), "task 11: 2023年完成主要建设任务，2025年取得明显成效; 2024年底前 is earlier than the completing milestone", "2024年底前"),
    M("unknown-unit", row(5), "中国邮政隆德县分公司 is listed in units.txt (unit outside government); 县供销社 is the short name of 县供销合作社联合社", "中国邮政隆德县分公司"),
    M("deadline-later-than-baseline", row(6), "task 21: 2024年; equal", "2024年"),
    M("deadline-later-than-baseline", row(7), "task 28: 2023年启动，2025年取得明显成效; 2025年 equal; 每年确定1—2个 is a frequency", "2025年"),
    M("deadline-later-than-baseline", row(8), "task 41: 2024年; 2024年12月底前 is the same year", "2024年12月底前"),
    M("deadline-later-than-baseline", row(10), "task 47: 2024年; 2024年9月底前 is earlier", "2024年9月底前"),
    M("unknown-unit", row(10), "中国电信隆德分公司 is listed in units.txt", "中国电信隆德分公司"),
    M("deadline-later-than-baseline", row(11), "task 48: 2024年; equal (the row's error is its lead unit, not its date)", "2024年"),
    M("deadline-later-than-baseline", row(12), "task 49: 2025年; equal", "2025年"),
    M("unknown-unit", row(13), "县直各部门 is a collective subject", "县直各部门"),
    M("deadline-later-than-baseline", row(14), "task 56: 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
    M("unknown-unit", row(15), "县发改局, 县市场监管局 are short names in units.txt", "县发改局"),
    M("unknown-unit", row(16), "自治区自然资源厅 is a regional unit named only as 指导 after the county lead, not as lead", "自治区自然资源厅"),
    M("deadline-later-than-baseline", row(17), "task 64: 2025年; 2024年6月底前 is earlier", "2024年6月底前"),
    M("unknown-unit", row(18), "prefix 县 distributes: 工业信息化和商务局 = 县工业信息化和商务局 (in units.txt)", "工业信息化和商务局"),
    M("deadline-later-than-baseline", row(18), "task 66: 2025年; equal", "2025年"),
    M("unknown-unit", row(20), "县人民法院, 县人民检察院 are in units.txt", "县人民法院"),
    M("unknown-unit", row(22), "隆德县气象局, 县消防救援大队 are in units.txt", "隆德县气象局"),
    M("unknown-unit", row(23), "各村（社区） is a collective subject", "各村（社区）"),
    M("deadline-later-than-baseline", row(23), "task 83: 2025年; equal", "2025年"),
    M("unknown-unit", row(24), "县审批局 is the short name of 县审批服务管理局", "县审批局"),
    M("unknown-unit", row(27), "固原市生态环境局隆德分局 is in units.txt (city bureau's county branch); one name, not to be split", "固原市生态环境局隆德分局"),
    M("deadline-later-than-baseline", row(28), "task 96: 2025年; equal", "2025年"),
    M("unknown-unit", row(29), "县林草局 is the short name of 县林业和草原局", "县林草局"),
    M("deadline-later-than-baseline", row(32), "task 106: 2025年; equal", "2025年"),
    M("deadline-later-than-baseline", row(33), "task 107: 2025年; equal", "2025年"),
    M("deadline-later-than-baseline", row(34), "task 108: 长期推进，2024年取得明显成效 — identical", "2024年"),
    M("deadline-later-than-baseline", row(35), "task 111: 2025年; equal", "2025年"),
]

C = [
    (3, row(1)), (6, row(2)), (8, row(3)), (10, row(4)), (11, row(5)), (21, row(6)), (28, row(7)),
    (41, row(8)), (40, row(9)), (47, row(10)), (48, row(11)), (49, row(12)), (54, row(13)), (56, row(14)),
    (57, row(15)), (58, row(16)), (64, row(17)), (66, row(18)), (71, row(19)), (77, row(20)), (79, row(21)),
    (80, row(22)), (83, row(23)), (84, row(24)), (86, row(25)), (88, row(26)), (94, row(27)), (96, row(28)),
    (98, row(29)), (104, row(30)), (105, row(31)), (106, row(32)), (107, row(33)), (108, row(34)),
    (111, row(35)), (112, row(36)), (114, row(37)), (115, row(38)),
    (5, ln('以网管网')), (12, ln('配合自治区探索建设数据交易平台')),
    (14, ln('强化安全管理责任。')), (15, ln('强化安全管理责任。')), (18, ln('每年开展两次')),
    (24, ln('五年内')), (30, ln('摸清全县政务数据资源底数')), (32, ln('摸清全县政务数据资源底数')),
    (36, ln('摸清全县政务数据资源底数')), (42, ln('摸清全县政务数据资源底数')),
    (68, ln('照单监管')), (70, ln('照单监管')), (72, ln('照单监管')),
    (85, ln('免申即享')), (89, ln('免申即享')), (93, ln('适老化')),
    (102, ln('污染防治攻坚战')), (103, ln('大数据辅助决策机制')),
    (116, ln('一把手工程')), (25, ln('2024年预算安排')), (118, ln('提升数字素养。')),
    (121, ln('强化考核评价。')), (123, ln('强化考核评价。')), (124, ln('强化考核评价。')),
]
covers = [{"task": t, "line": l} for t, l in C]

key = {
    "writer": "blind writer, round 548; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("隆德县 (固原市) 2024 plan checked against 宁政发〔2023〕17号 only; no parent plan (the 固原市 plan is not cited). "
              "Framework renamed “1347” like 吴忠's: 五个一/六级贯通 content sits in 三、健全“一套体系”; 党的领导 items in 七. "
              "Body text carries no dates for tasks the region dated 2023 (14, 15, 30, 32, 36, 72, 85, 116, 123…); every dated body sentence "
              "other than the planted 到2026年 is background, a budget year, a frequency, a reporting date or a goal equal to or earlier than the region's. "
              "The table's note makes the first-listed unit the lead, so 自治区政府办公厅 in row 11 is the lead even without it (it also says 牵头). "
              "Row 36's 2024年16月 is only deadline-invalid: its year equals task 112's 2024年."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['line'], e['rule'], e['text'], '|', L[e['line']-1][:50])
