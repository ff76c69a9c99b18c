# Builds key.json; every line number is looked up in draft.txt by its text and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L.pop()

def ln(needle, nth=1, must=None):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    assert len(hits) >= nth, (needle, hits)
    n = hits[nth - 1]
    if must: assert must in L[n - 1], (needle, must)
    return n

def row(num):
    for i, l in enumerate(L):
        f = l.split('\t')
        if len(f) == 4 and f[0] == str(num):
            return i + 1, f[3]
    raise KeyError(num)

expect = []
r, d = row(31); assert d == '2025年底前'
expect.append({"rule": "deadline-later-than-baseline", "line": r, "text": "2025年底前",
  "why": "task-list row 31 (适老化与信息无障碍建设) takes up regional task 93, 完成时限 2024年; the county set 2025年底前, a year later"})
r, d = row(17); assert d == '2022年底前'
expect.append({"rule": "deadline-invalid", "line": r, "text": "2022年底前",
  "why": "row 17 (非涉密业务专网整合迁移, regional task 50, 完成时限 2024年) carries 2022年底前, before the plan's own year 2024 (issued 2024-03-18); a stale date copied from an older text. Not a copied regional deadline: task 50 is due 2024"})
r, _ = row(8); assert '县审批服务管理局' in L[r-1]
expect.append({"rule": "unknown-unit", "line": r, "text": "县审批服务管理局",
  "why": "no such unit in units.txt; 中宁's unit is 县行政审批服务局 (short name 县审批局, used correctly in rows 28-30). The name is copied from the city pattern 市审批服务管理局"})
expect.append({"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document), not 宁政办发 (the 办公厅 series)"})
expect.append({"rule": "garbled-text", "line": ln('钀藉疄瀹夊叏'), "text": "钀藉疄瀹夊叏鍒跺害",
  "why": "UTF-8 read as GBK: the run 钀藉疄瀹夊叏鍒跺害瑕佹眰銆傚缓绔嬪仴 is 落实安全制度要求。建立健 (the sub-item title of the security paragraph)"})
expect.append({"rule": "task-uncovered", "line": 0, "task": 114,
  "why": "deliberately left out: regional task 114 (政务新媒体矩阵, 自治区各部门（单位）及各市、县（区）分别负责, 2024年); the 政务公开 section covers 112 and 115 but never mentions 政务新媒体"})

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# ---- deadlines in the task table (each names the regional task and its 完成时限) ----
DL = [
 (1, 64, '2025年', 'earlier'), (2, 121, '长期坚持', 'equal'),
 (3, 2, '2023 年启动，2024 年取得明显成效', 'equal: the completing milestone 2024年取得明显成效 is the same year'),
 (4, 3, '持续推进，2025 年取得明显成效', 'equal'), (5, 6, '持续推进，2025 年取得明显成效', 'equal'),
 (6, 10, '持续推进，2025年取得明显成效', 'equal: the completing year 2025'),
 (7, 11, '2023年完成主要建设任务，2025年取得明显成效', 'equal: the completing milestone is 2025; the county joins the regional 示范区 and sets no earlier stage of its own'),
 (8, 21, '2024年', 'equal'), (9, 23, '2024年', 'earlier (10月底前 within 2024)'),
 (10, 28, '2023年启动，2025年取得明显成效', 'equal completing milestone (2025年取得明显成效); the county starts in 2024 only because the plan itself is issued in 2024'),
 (11, 40, '2024年', 'equal (also task 54, 2024年)'), (12, 41, '2024年', 'equal (年底前 of the same year)'),
 (13, 42, '2024年', 'equal'), (14, 46, '2024 年', 'equal (also task 43, 2024 年建成，持续推进)'),
 (15, 47, '2024 年', 'equal'), (16, 48, '2024 年', 'earlier (9月底前 within 2024)'),
 (18, 49, '2025 年', 'equal'), (19, 55, '2024年', 'equal'), (20, 56, '2025年', 'earlier: 2024年底前 is a year ahead of the region'),
 (21, 57, '2024年', 'equal'), (22, 71, '2024年', 'equal'), (23, 73, '2024年', 'equal'), (24, 77, '2024年', 'equal'),
 (25, 79, '2024年', 'equal'), (26, 80, '2024年', 'equal'), (27, 83, '2025年', 'equal'), (28, 84, '2024年', 'equal'),
 (29, 86, '2024年', 'earlier (6月底前 within 2024)'), (30, 89, '2024年', 'equal'),
 (32, 95, '2025年', 'equal; the row is the 数据资源综合开发利用 of task 95, not the 数据资源中心 of task 94 (2024年)'),
 (33, 96, '2025年', 'equal'), (34, 98, '2024年', 'equal'), (35, 104, '2024年', 'equal (also task 105, 2024年)'),
 (36, 106, '2025年', 'equal'), (37, 111, '2025年', 'equal (also task 107, 2025年)'), (38, 112, '2024年', 'equal'),
 (39, 115, '2024年', 'equal (earlier than task 87, 2023年启动，2025年完成)'), (40, 88, '2024年', 'equal'),
 (41, 97, '2024年', 'equal'), (42, 92, '2025年', 'equal'), (43, 113, '2024年', 'equal'),
]
for num, task, reg, how in DL:
    r, d = row(num)
    mnf("deadline-later-than-baseline", r, f"row {num} takes up regional task {task}, 完成时限 {reg}; county {d}: {how}", d)

mnf("deadline-later-than-baseline", ln('到2024年底，县级非涉密'), "2024 goals: 信创云 migration = tasks 43/46 (2024 年建成 / 2024 年), 外网县乡村全覆盖 = task 48 (2024 年); equal years. None of the region's 2023 goals (政策体系, 五个一, 家底理清) is restated here", "2024年底")
mnf("deadline-later-than-baseline", ln('到2025年，全县数字政府建设体系框架'), "same year as the region's 主要目标 到2025年 (体系框架全面成型)", "2025年")
mnf("deadline-later-than-baseline", ln('到2035年，与政府治理'), "same year as the region's 到2035年 goal", "2035年")

# ---- dates that are not deadlines of tasks ----
mnf("deadline-invalid", ln('2024年3月12日'), "the date of the county government's executive meeting that approved the plan, not a deadline", "2024年3月12日")
mnf("deadline-invalid", ln('2024年3月18日'), "issuance date of the notice", "2024年3月18日")
mnf("deadline-invalid", ln('2023年，全县政务服务'), "past year in the 工作基础 background (achievements of 2023), not a deadline", "2023年")
mnf("deadline-invalid", ln('每年12月10日前'), "the office's own recurring reporting dates (季度末月25日, 12月10日, 1月底), not task deadlines", "12月10日前")
mnf("deadline-invalid", ln('2024年4月15日前'), "the office's own filing date in the 实施步骤, inside the plan's year", "2024年4月15日前")
mnf("deadline-later-than-baseline", ln('2024年5月—2025年9月'), "a work-stage period of the 实施步骤, not a task deadline", "2025年9月")
mnf("deadline-later-than-baseline", ln('2025年10月—12月'), "the closing 总结提升 stage; no task is attached to it", "2025年10月—12月")
mnf("deadline-later-than-baseline", ln('重点任务清单（2024年—2025年）', 2), "the task list's period in its title", "2024年—2025年")
mnf("deadline-later-than-baseline", ln('附件：中宁县数字政府建设重点任务清单'), "the attachment line names the list's period, not a deadline", "2024年—2025年")

# ---- basis documents ----
mnf("basis-mismatch", ln('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
mnf("basis-mismatch", ln('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan too; correct", "宁政办发〔2023〕11号")
mnf("basis-mismatch", ln('《中卫市加强数字政府建设实施方案》'), "the city's plan cited by title alone, as counties do; no parent plan is supplied, so nothing to contradict", "《中卫市加强数字政府建设实施方案》")
mnf("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the superseded 2020 工作要点 in the 工作基础 background, with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
mnf("basis-mismatch", 1, "the county's own plan named in its cover notice, not a basis document", "《中宁县加强数字政府建设实施方案》")
mnf("basis-mismatch", 2, "the notice's own 文号", "中宁政办发〔2024〕9号")

# ---- units ----
mnf("unknown-unit", 3, "collective subjects (各乡镇人民政府, 县直各部门（单位）) and a registered unit (中宁工业园区管委会) in the addressee line", "各乡镇人民政府")
r, _ = row(1); mnf("unknown-unit", r, "县委编办 registered; 各乡镇人民政府、县直各部门（单位） are collectives", "县直各部门（单位）")
r, _ = row(4); mnf("unknown-unit", r, "县工信商务局 and 县应急局 are short names listed in units.txt", "县工信商务局")
r, _ = row(6); mnf("unknown-unit", r, "中国移动中宁分公司 is a registered unit outside government proper", "中国移动中宁分公司")
r, _ = row(9); mnf("unknown-unit", r, "县发改局 is a listed alias of 县发展改革局", "县发改局")
r, _ = row(15); mnf("unknown-unit", r, "中国电信中宁分公司 is registered", "中国电信中宁分公司")
r, _ = row(20); mnf("unknown-unit", r, "县教体局, 县卫健局 are listed short names", "县教体局")
r, _ = row(23); mnf("unknown-unit", r, "承担监管职责的县直有关部门 is a collective subject", "承担监管职责的县直有关部门")
r, _ = row(24); mnf("unknown-unit", r, "县人民法院, 县人民检察院 are in units.txt", "县人民法院")
r, _ = row(26); mnf("unknown-unit", r, "prefix 县 distributes: 县卫生健康局、水务局、自然资源局 = 县水务局, 县自然资源局; 中宁县消防救援大队 registered", "水务局")
r, _ = row(27); mnf("unknown-unit", r, "各村（社区） and 各乡镇人民政府 are collectives", "各村（社区）")
r, _ = row(30); mnf("unknown-unit", r, "县审批局 is the listed short name of 县行政审批服务局 (contrast row 8)", "县审批局")
r, _ = row(32); mnf("unknown-unit", r, "中卫市生态环境局中宁分局 is one registered name; its 中卫市 prefix must not be split off", "中卫市生态环境局中宁分局")
r, _ = row(36); mnf("unknown-unit", r, "县统计局 registered; 县直各部门（单位） collective joined by 及", "县统计局")
mnf("unknown-unit", ln('重大问题及时报告县委、县政府'), "县委, 县政府 are addressees of reports, and both are registered short names", "县委")

cov = []
for num, task, reg, how in DL:
    cov.append({"task": task, "line": row(num)[0]})
for t, extra in [(43, 14), (54, 11), (105, 35), (107, 37),]:
    if extra: cov.append({"task": t, "line": row(extra)[0]})
cov.append({"task": 50, "line": row(17)[0]})
cov.append({"task": 93, "line": row(31)[0]})
cov += [
 {"task": 14, "line": ln('强化安全管理责任。')}, {"task": 15, "line": ln('强化安全管理责任。')},
 {"task": 18, "line": ln('开展常态化安全防护和应急演练')},
 {"task": 30, "line": ln('摸清全县政务数据资源底数')}, {"task": 32, "line": ln('明确本部门数据管理机构')},
 {"task": 36, "line": ln('落实政务数据供需对接机制')},
 {"task": 74, "line": ln('提升监管智能化水平。')}, {"task": 116, "line": ln('（一）加强组织领导。')},
 {"task": 118, "line": ln('（三）提升数字素养。')}, {"task": 123, "line": ln('（四）强化考核评价。')},
]
seen = set(); covers = []
for c in cov:
    k = (c['task'], c['line'])
    if k not in seen: seen.add(k); covers.append(c)

key = {
 "writer": "blind writer, round 919; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("中宁县 (中卫市) 2024 plan, issued 2024-03-18, no parent plan supplied. Table note: the first-listed unit leads. "
           "Regional tasks due 2023 (14, 15, 18, 24, 25, 30, 32, 36, 116, 118, 123) are taken up only in body text without dates, so no row repeats a pre-2024 deadline. "
           "Six planted slips: one late deadline, one pre-issuance-year deadline, one wrong unit name, one wrong 文号, one mojibake run, one task left out (114)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
