#!/usr/bin/env python3
# Writer's helper: writes key.json and checks every line number and text against draft.txt.
import os, json
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def find(prefix, nth=1):
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(prefix)]
    return hits[nth - 1]

def row(table_no, field):
    t = find('表%d  ' % table_no)
    fields = ['项目', '任务名称', '主要内容', '牵头单位', '配合单位', '完成时限']
    ln = t + 1 + fields.index(field)
    assert L[ln - 1].startswith(field + '\t'), (table_no, field)
    return ln

PRE = find('为深入贯彻落实')
BG = find('（二）工作基础')
G2024 = find('到2024年底'); G2025 = find('到2025年'); G2026 = find('到2026年'); G2035 = find('到2035年')
TASKS = find('对照《自治区人民政府')
ORG = find('（一）加强组织领导'); FIN = find('（二）加大财政投入'); SKL = find('（三）提升数字素养'); EVAL = find('（四）强化考核评价')

expect = [
  {"rule": "basis-mismatch", "line": TASKS, "text": "宁政发〔2023〕71号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits transposed); the preamble cites it correctly"},
  {"rule": "deadline-later-than-baseline", "line": G2026, "text": "2026年",
   "why": "主要目标: the region sets 到2025年 for 数据治理初见成效、安全保障体系持续完善、政府数字化履职能力明显提升; the draft puts the same goals at 2026"},
  {"rule": "deadline-later-than-baseline", "line": row(6, '完成时限'), "text": "2025年6月底前",
   "why": "表6 任务二 (城域网升级改造，电子政务外网向村（社区）全覆盖，按需向企事业单位拓展) is task 48, 完成时限 2024年"},
  {"rule": "deadline-invalid", "line": row(11, '完成时限'), "text": "20224年",
   "why": "impossible five-digit year (typo for 2024年) in 表11 任务四; the task is task 106 (填表报数系统), regional 完成时限 2025年"},
  {"rule": "unknown-unit", "line": row(9, '配合单位'), "text": "区大数据管理服务局",
   "why": "not in units.txt: the district body is 区大数据服务中心; the name is copied from 吴忠's 市大数据管理服务局"},
  {"rule": "unknown-unit", "line": row(11, '牵头单位'), "text": "自治区政府办公厅",
   "why": "a regional body named as the lead (牵头单位) of a district task (表11 任务二, 协同办公平台), copied from task 104's 责任单位"},
  {"rule": "garbled-text", "line": row(5, '主要内容'), "text": "鏀垮姟鏁版嵁",
   "why": "UTF-8 bytes of 政务数据融合应用 read as GBK (鏀垮姟鏁版嵁铻嶅悎搴旂敤) in 表5 任务五"},
]

T = lambda n: row(n, '完成时限')
U = lambda n, f: row(n, f)
mnf = [
  {"rule": "deadline-later-than-baseline", "line": T(1), "text": "2024年6月底前", "why": "表1 任务一 is task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": T(1), "text": "长期坚持", "why": "表1 任务四 is task 116 (2023年完成并长期坚持) / task 121 (长期坚持): ongoing, no milestone, cannot be later"},
  {"rule": "deadline-later-than-baseline", "line": T(2), "text": "持续推进，2025年取得明显成效", "why": "表2 任务一 is task 1, 完成时限 持续推进，2025年取得明显成效: identical"},
  {"rule": "deadline-later-than-baseline", "line": T(2), "text": "持续推进", "why": "表2 任务二 (智慧园区) is task 3, 持续推进，2025年取得明显成效; the cell 持续推进 has no milestone, so it is not later"},
  {"rule": "deadline-later-than-baseline", "line": T(2), "text": "2025年", "why": "表2 任务三/五/六 are task 6 (持续推进，2025年取得明显成效), task 11 (2023年完成主要建设任务，2025年取得明显成效) and task 12 (2025年): the completing milestone is equal"},
  {"rule": "deadline-later-than-baseline", "line": T(2), "text": "2024年底前建成3个数字乡村示范村，2025年取得明显成效", "why": "表2 任务四 is task 10, 持续推进，2025年取得明显成效: equal, with an earlier local intermediate milestone"},
  {"rule": "deadline-later-than-baseline", "line": T(3), "text": "2023年形成机制，长期坚持", "why": "表3 任务一 is task 18, 完成时限 2023年形成机制，长期坚持: copied verbatim, equal"},
  {"rule": "deadline-invalid", "line": T(3), "text": "2023年形成机制，长期坚持", "why": "a copied regional deadline that lies before the plan's year, with 长期坚持: the mechanism exists and continues; not an impossible date"},
  {"rule": "deadline-later-than-baseline", "line": T(3), "text": "2024年11月底前", "why": "表3 任务二 is task 16 (2024年), local 2024年9月底前: earlier; 任务三 is task 43 (2024年建成，持续推进; cf. task 19 2023年启动，2024年建成), local 2024年11月底前: earlier"},
  {"rule": "deadline-later-than-baseline", "line": T(4), "text": "同上", "why": "表4 任务二 同上 = the task to its left, 2024年底前; the task is task 26, 完成时限 2024年: equal (同上 in a transposed table refers to the previous column, see the 说明 line)"},
  {"rule": "deadline-later-than-baseline", "line": T(4), "text": "2025年6月底前", "why": "表4 任务四 is task 22 (审管协同), 完成时限 2025年: earlier. Same words as the planted late deadline in 表6, but here the task is due 2025"},
  {"rule": "deadline-later-than-baseline", "line": T(4), "text": "2025年取得明显成效", "why": "表4 任务五 is task 28, 2023年启动，2025年取得明显成效: equal completing milestone"},
  {"rule": "deadline-later-than-baseline", "line": T(5), "text": "2025年", "why": "表5 任务一 is task 29, 2023年启动，2025年完成: equal; 任务二 task 33 (2024年) local 2024年10月底前 earlier; 任务三/四/五/六 tasks 34, 40, 42, 41 all 2024年, local 2024年 / 2024年底前 / 2024年12月底前: equal"},
  {"rule": "deadline-later-than-baseline", "line": T(7), "text": "2024年底前", "why": "表7 任务一 is task 66 (经济运行大数据平台), 完成时限 2025年: earlier; 任务四 task 74 (2024年) local 2024年11月底前: earlier; tasks 70, 71, 75 (2024年): equal"},
  {"rule": "deadline-later-than-baseline", "line": T(8), "text": "2025年", "why": "表8 任务四/五 are task 81 (2025年) and task 83 (2025年): equal; tasks 77, 79, 80 (2024年): equal"},
  {"rule": "deadline-later-than-baseline", "line": T(9), "text": "2025年", "why": "表9 任务三 is task 87 (12345 一呼即应), 2023年启动，2025年完成: equal; 任务二 task 86 (2024年) local 2024年9月底前: earlier; tasks 84, 88, 89, 93 (2024年): equal"},
  {"rule": "deadline-later-than-baseline", "line": T(10), "text": "2025年", "why": "表10 任务二/四 are task 96 (2025年) and task 100 (2025年): equal; 任务一 task 94 (2024年) and 任务三 task 98 (2024年): equal"},
  {"rule": "deadline-later-than-baseline", "line": T(12), "text": "2024年6月底前", "why": "表12 任务三 is task 114 (2024年): earlier; tasks 112, 113, 115 (2024年): equal"},
  {"rule": "deadline-later-than-baseline", "line": G2024, "text": "2024年底", "why": "district goal for the plan year: 信创云迁移 (task 43, 2024年建成), 我的宁夏/宁政通 (tasks 86, 105, 2024年) equal; district organisation (task 64) is due 2025; the region's 到2023年底 goal concerns 自治区本级 五个一, not the district"},
  {"rule": "deadline-later-than-baseline", "line": G2025, "text": "2025年", "why": "goal equal to the region's 主要目标 到2025年 “34567”体系框架全面成型"},
  {"rule": "deadline-later-than-baseline", "line": G2035, "text": "2035年", "why": "goal equal to the region's 主要目标 到2035年 数字政府全面建成"},
  {"rule": "deadline-invalid", "line": BG, "text": "2023年", "why": "past date in the 工作基础 background (what was done in 2023), not a deadline"},
  {"rule": "basis-mismatch", "line": BG, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 with its correct title and 文号, not cited as a basis"},
  {"rule": "basis-mismatch", "line": PRE, "text": "国发〔2022〕14号", "why": "correct title 《国务院关于加强数字政府建设的指导意见》 and 文号"},
  {"rule": "basis-mismatch", "line": PRE, "text": "宁政发〔2023〕17号", "why": "correct title and 文号 of the regional 实施意见"},
  {"rule": "basis-mismatch", "line": PRE, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 seed plan"},
  {"rule": "basis-mismatch", "line": PRE, "text": "中卫市《关于加强数字政府建设的实施方案》", "why": "the city's plan cited by title alone (a city plan may have no 文号); no parent plan is supplied, nothing to contradict it"},
  {"rule": "deadline-later-than-baseline", "line": EVAL, "text": "2025年1月15日", "why": "the office's own reporting dates (2024年6月25日、12月10日 progress reports, 2025年1月15日 annual summary), not a task deadline; the 考核 sentence itself (tasks 122/123) carries no date"},
  {"rule": "deadline-later-than-baseline", "line": TASKS, "text": "2024年", "why": "the plan year (2024年重点推进12个方面60项任务), not a deadline"},
  {"rule": "unknown-unit", "line": U(1, '牵头单位'), "text": "区直各部门（单位）、各乡镇人民政府", "why": "collective subjects as lead; 区数字政府建设领导小组办公室 on the same row is in units.txt"},
  {"rule": "unknown-unit", "line": U(1, '配合单位'), "text": "各村（社区）", "why": "collective subject; 沙坡头区人民政府办公室 on the same row is the registry's canonical name"},
  {"rule": "unknown-unit", "line": U(2, '牵头单位'), "text": "沙坡头区发展和改革局", "why": "the same body written with 沙坡头区 (任务一) and without it (区发展和改革局, 任务六); both in units.txt"},
  {"rule": "unknown-unit", "line": U(2, '配合单位'), "text": "宣传部", "why": "区委网信办、宣传部: the prefix 区委 distributes, giving 区委宣传部, which is in units.txt"},
  {"rule": "unknown-unit", "line": U(3, '配合单位'), "text": "同上", "why": "not a unit: 同上 = the cooperating units of the previous task, 区直有关部门（单位）"},
  {"rule": "unknown-unit", "line": U(3, '配合单位'), "text": "中卫市公安局沙坡头区分局", "why": "the city bureau's district branch, listed in units.txt"},
  {"rule": "unknown-unit", "line": U(5, '配合单位'), "text": "区人社局", "why": "official short names 区人社局, 区发改局 are aliases in units.txt; 沙坡头区人民政府办公室 canonical"},
  {"rule": "unknown-unit", "line": U(6, '牵头单位'), "text": "沙坡头区财政局", "why": "with 沙坡头区 here, 区财政局 without it on the next row; both in units.txt"},
  {"rule": "unknown-unit", "line": U(6, '配合单位'), "text": "区财政局", "why": "in units.txt (canonical)"},
  {"rule": "unknown-unit", "line": U(7, '牵头单位'), "text": "承担监管职责的区直有关部门", "why": "collective subject as lead (cf. 承担监管职责的自治区有关部门（单位）); 区市场监管局 on the same row is an alias"},
  {"rule": "unknown-unit", "line": U(7, '配合单位'), "text": "区工信商务局", "why": "alias of 区工业信息化和商务局 in units.txt; 承担监管职责的区直有关部门 collective"},
  {"rule": "unknown-unit", "line": U(8, '配合单位'), "text": "沙坡头公安分局", "why": "alias of 中卫市公安局沙坡头区分局 in units.txt"},
  {"rule": "unknown-unit", "line": U(9, '牵头单位'), "text": "区审批局", "why": "alias of 区审批服务管理局; 沙坡头区人民政府办公室 canonical"},
  {"rule": "unknown-unit", "line": U(10, '牵头单位'), "text": "中卫市生态环境局沙坡头分局", "why": "city bureau's district branch in units.txt, as is 中卫市自然资源局沙坡头分局; 区公共资源交易中心 also listed"},
  {"rule": "unknown-unit", "line": U(12, '牵头单位'), "text": "区政府办", "why": "区政府办公室 and 区政府办 are aliases of 沙坡头区人民政府办公室 (with and without 沙坡头区)"},
  {"rule": "unknown-unit", "line": U(11, '配合单位'), "text": "区直各部门（单位）", "why": "collective subjects (区直各部门（单位）、各乡镇人民政府) on the row below the planted regional lead"},
  {"rule": "unknown-unit", "line": ORG, "text": "区推进数字政府建设领导小组", "why": "the district's leading group, in units.txt; 区大数据服务中心 canonical"},
]

covers = []
def cov(line, tasks):
    for t in tasks: covers.append({"task": t, "line": line})
C = lambda n: row(n, '主要内容')
cov(C(1), [64, 116]); cov(C(2), [1, 3, 6, 10, 11, 12]); cov(C(3), [18, 16, 43])
cov(C(4), [21, 26, 23, 22, 28]); cov(C(5), [29, 33, 34, 40, 42, 41]); cov(C(6), [47, 48, 50, 49, 52, 56])
cov(C(7), [66, 70, 71, 74, 75]); cov(C(8), [77, 79, 80, 81, 83]); cov(C(9), [84, 86, 87, 88, 89, 93])
cov(C(10), [94, 96, 98, 100]); cov(C(11), [103, 104, 105, 106, 107]); cov(C(12), [112, 113, 114, 115])
cov(FIN, [25]); cov(SKL, [118]); cov(EVAL, [122, 123, 124])

for e in expect + mnf:
    if 'text' in e:
        assert e['text'] in L[e['line'] - 1], e
for e in expect:
    for m in mnf:
        assert not (m['rule'] == e['rule'] and m['line'] == e['line']), (e, m)

key = {
  "writer": "blind writer, round 571; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
  "notes": ("沙坡头区 (中卫市) 2024 plan; no parent plan. The key tasks are in twelve transposed tab-separated tables "
            "(first column = field name: 项目/任务名称/主要内容/牵头单位/配合单位/完成时限; each further column = one task), "
            "so one 完成时限 line holds the deadlines of four to six tasks and one 牵头单位/配合单位 line the units of all of them; "
            "read each cell with the task in the same column. 同上 means the same as the task to the left (说明 line). "
            "Planted: one basis 文号 slip, one late goal, one late table deadline, one impossible year, one unit not in the registry, "
            "one regional body as local lead, one mojibake run. No task-uncovered is planted; tasks the draft leaves out "
            "(e.g. 14, 15, 30, 32, 36, 85) are not annotated. Helper scripts: make_draft.py, make_key.py, check_units.py."),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e['text'])
