# helper: builds key.json with line numbers computed from draft.txt
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(s, nth=1):
    hits = [i+1 for i, l in enumerate(L) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth-1]
def row(n):
    hits = [i+1 for i, l in enumerate(L) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits); return hits[0]
def cell(n, col):
    return L[row(n)-1].split('\t')[col]

expect = [
 {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (宁政办发〔2020〕14号 is the 2020 工作要点), so the cited 文号 does not belong to the title"},
 {"rule": "garbled-text", "line": ln('鏁版嵁鍏变韩浜ゆ崲'), "text": "鏁版嵁鍏变韩浜ゆ崲",
  "why": "UTF-8 bytes of 数据共享交换 read as GBK (mojibake, no ? marker)"},
 {"rule": "unknown-unit", "line": row(17), "text": "自治区政府办公厅",
  "why": "regional body marked ★ as lead of a county task (row 17, copied from regional task 46 whose lead is 自治区政府办公厅); a county plan cannot make a regional body its lead"},
 {"rule": "unknown-unit", "line": row(44), "text": "县大数据管理服务局",
  "why": "not in units.txt; the county body is 县大数据服务中心 (the name copies the city-level 大数据管理服务局 pattern); marked ★ as lead"},
 {"rule": "deadline-later-than-baseline", "line": row(39), "text": "2025年",
  "why": "row 39 (适老化与信息无障碍建设) takes up regional task 93, 完成时限 2024年"},
 {"rule": "deadline-later-than-baseline", "line": row(45), "text": "2025年6月底前",
  "why": "row 45 (“宁政通”移动办公总门户) takes up regional task 105, 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": row(47), "text": "20225年",
  "why": "impossible year (typing slip for 2025年); row 47 takes up regional task 107, 完成时限 2025年"},
]

# rows whose deadline is equal to or earlier than the regional one: (row, task, regional deadline, note)
rows = [
 (1, 2, '2023 年启动，2024 年取得明显成效', 'equal completion year 2024'),
 (2, 3, '持续推进，2025 年取得明显成效', 'equal'),
 (3, 5, '持续推进，2025 年取得明显成效', 'equal, same wording'),
 (4, 6, '持续推进，2025 年取得明显成效', 'equal, same wording'),
 (5, 7, '2023年形成试点经验，2025年取得明显成效', 'equal completion year 2025'),
 (6, 8, '持续推进，2025年取得明显成效', 'equal'),
 (7, 9, '持续推进，2025年取得明显成效', 'equal completion year 2025'),
 (8, 10, '持续推进，2025年取得明显成效', 'equal'),
 (9, 11, '2023年完成主要建设任务，2025年取得明显成效', 'equal completion year 2025'),
 (10, 21, '2024年', 'equal'),
 (11, 23, '2024年', 'equal'),
 (12, 28, '2023年启动，2025年取得明显成效', 'start year later (2024年启动) but the completing milestone 2025 is equal'),
 (13, 40, '2024年', 'equal'),
 (14, 41, '2024年', 'equal'),
 (15, 42, '2024年', 'equal year; month added (2024年12月底前)'),
 (16, 43, '2024 年建成，持续推进', 'equal, same wording'),
 (17, 46, '2024 年', 'equal (the unit in this row is the planted mistake, not the date)'),
 (18, 47, '2024 年', 'equal'),
 (19, 48, '2024 年', 'equal'),
 (20, 49, '2025 年', 'equal'),
 (21, 50, '2024 年', 'equal'),
 (22, 52, '2025年', 'equal'),
 (23, 54, '2024年', 'equal'),
 (24, 56, '2025年', 'equal'),
 (25, 64, '2025年', 'earlier (2024年)'),
 (26, 66, '2025年', 'equal'),
 (27, 70, '2024年', 'equal'),
 (28, 71, '2024年', 'equal'),
 (29, 74, '2024年', 'equal'),
 (30, 77, '2024年', 'equal'),
 (31, 79, '2024年', 'equal'),
 (32, 80, '2024年', 'equal'),
 (33, 83, '2025年', 'equal'),
 (34, 84, '2024年', 'equal'),
 (35, 86, '2024年', 'equal'),
 (36, 87, '2023年启动，2025年完成', 'equal completion year 2025'),
 (37, 88, '2024年', 'equal'),
 (38, 89, '2024年', 'equal'),
 (40, 96, '2025年', 'equal'),
 (41, 97, '2024年', 'equal'),
 (42, 98, '2024年', 'equal'),
 (43, 95, '2025年', 'equal'),
 (44, 104, '2024年', 'equal (the unit in this row is the planted mistake, not the date)'),
 (46, 106, '2025年', 'equal'),
 (48, 108, '长期推进，2024年取得明显成效', 'equal milestone 2024'),
 (49, 111, '2025年', 'equal'),
 (50, 112, '2024年', 'equal (also task 114, 2024年)'),
 (51, 115, '2024年', 'equal'),
 (52, 120, '2025年', 'equal'),
 (53, 121, '长期坚持', 'equal, ongoing'),
]
mnf = []
for r, t, d, note in rows:
    mnf.append({"rule": "deadline-later-than-baseline", "line": row(r), "text": cell(r, 3),
                "why": f"row {r} takes up regional task {t}, 完成时限 {d}: {note}"})

def u(r, text, why, rule="unknown-unit"):
    assert text in L[row(r)-1], (r, text)
    mnf.append({"rule": rule, "line": row(r), "text": text, "why": why})

u(1, '县工业和信息化局★', 'registered unit followed by the lead marker ★; the star is not part of the name')
u(2, '平罗工业园区管委会★、县工业和信息化局★', 'two stars = joint leads (legend on the last line); both in units.txt')
u(4, '县直有关部门（单位）★', 'collective subject carrying the lead star')
u(9, '县供销社★、县商务局', 'official short names in units.txt (县供销合作社联合社, 县商务和投资促进局)')
u(13, '县委办公室、县人民政府办公室、县档案馆★', 'lead star on the last unit, not the first; the first-listed units are cooperating bodies, all registered')
u(19, '各乡镇人民政府★', 'collective subject with a star; joint lead with 县大数据服务中心★')
u(22, '县审批局★', 'short name of 县审批服务管理局 in units.txt')
u(23, '县委办公室★、县档案馆★', 'two stars = joint leads; both registered')
u(27, '县市场监管局★', 'short name of 县市场监督管理局 in units.txt')
u(29, '承担监管职责的县直有关部门（单位）★', 'collective subject (county analogue of 承担监管职责的自治区有关部门（单位）) with the lead star')
u(31, '县委政法委★、县公安局★、各乡镇人民政府', 'joint leads plus a collective without a star')
u(32, '平罗县消防救援大队', 'registered unit outside the government proper, no star (cooperating)')
u(33, '各村（社区）', 'collective subject')
u(42, '县林草局', 'sole responsible unit without a star; short name of 县林业和草原局 in units.txt; a sole unit needs no lead marker')
u(43, '石嘴山市生态环境局平罗分局★', 'the county branch of the city bureau, listed in units.txt')
u(51, '县政府办★', 'short name of 县人民政府办公室 in units.txt')
u(52, '县委组织部★、宣传部', 'prefix 县委 distributes: 宣传部 = 县委宣传部, registered')
mnf.append({"rule": "unknown-unit", "line": len(L), "text": "注：标★的为牵头单位，其余为配合单位",
            "why": "legend under the table explaining the ★ marker, not a unit list"})
mnf.append({"rule": "unknown-unit", "line": ln('各乡镇人民政府，县直各部门（单位）：'), "text": "县直各部门（单位）",
            "why": "addressees of the notice: collective subjects"})
mnf.append({"rule": "basis-mismatch", "line": ln('国发〔2022〕14号'), "text": "国发〔2022〕14号",
            "why": "correct 文号 for 《国务院关于加强数字政府建设的指导意见》"})
mnf.append({"rule": "basis-mismatch", "line": ln('宁政办发〔2020〕14号'), "text": "宁政办发〔2020〕14号",
            "why": "retrospective mention of the 2020 工作要点 in the background section, not cited as a basis; title and 文号 match"})
mnf.append({"rule": "basis-mismatch", "line": 2, "text": "平政发〔2024〕18号",
            "why": "the county's own 文号 for this notice"})
mnf.append({"rule": "deadline-invalid", "line": ln('2022年，县级政务服务事项'), "text": "2022年",
            "why": "past dates (2020, 2022, 2023) in the 工作基础 background, not deadlines"})
mnf.append({"rule": "deadline-later-than-baseline", "line": ln('到2024年底，县乡村三级'), "text": "到2024年底",
            "why": "goal matches tasks 48 (2024年), 43 (2024 年建成) and 84 (2024年): equal"})
mnf.append({"rule": "deadline-later-than-baseline", "line": ln('到2025年，全县数字政府建设体系框架全面成型'), "text": "到2025年",
            "why": "equal to the regional goal 到2025年，…“34567”体系框架全面成型"})
mnf.append({"rule": "deadline-later-than-baseline", "line": ln('到2035年'), "text": "到2035年",
            "why": "equal to the regional 2035 goal"})
mnf.append({"rule": "deadline-later-than-baseline", "line": ln('12月10日前'), "text": "2024年12月20日前",
            "why": "the office's own reporting dates (6月25日、12月10日、2024年12月20日), not task deadlines"})
mnf.append({"rule": "deadline-invalid", "line": 6, "text": "2024年4月18日", "why": "issue date"})
mnf.append({"rule": "deadline-invalid", "line": ln('重点任务清单（2024年—2025年）', 1), "text": "2024年—2025年",
            "why": "period of the task list in the 附件 line"})
mnf.append({"rule": "deadline-invalid", "line": ln('重点任务清单（2024年—2025年）', 2), "text": "2024年—2025年",
            "why": "period of the task list in its title"})

covers = []
for r, t, d, note in rows:
    covers.append({"task": t, "line": row(r)})
covers.append({"task": 114, "line": row(50)})
for t, s in [(14, '强化安全管理责任。明确县直各部门'), (15, '建立数字政府安全评估、责任落实'), (18, '开展常态化安全防护和应急演练'),
             (32, '明确县直各部门（单位）数据管理机构'), (30, '形成全县政务数据“一本账”'), (36, '建立健全政务数据供需对接机制'),
             (24, '完善政务信息化建设管理会商机制'), (25, '全过程绩效管理'), (105, '持续推广“宁政通”移动办公“总门户”'),
             (93, '完成县政府网站、政务移动端、政务服务场所适老化'), (107, '统筹整合县直各部门、各乡镇非涉密视频会议'),
             (116, '纳入“一把手工程”'), (118, '定期对全县干部进行数字化能力培训'), (123, '领导班子和有关领导干部综合考核评价'),
             (94, '配合完善生态环境数据资源中心'), (102, '推进水、气、土、废污染防治攻坚战')]:
    covers.append({"task": t, "line": ln(s)})

key = {
 "writer": "blind writer, round 379; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("平罗县 (石嘴山市) county plan of 2024-04-18 implementing 宁政发〔2023〕17号 directly; no city plan is cited or used as parent. "
           "The task list marks the lead body with ★ after its name (legend on the last line: 标★的为牵头单位，其余为配合单位; two ★ = joint leads); "
           "there is no separate 牵头 column and the first-listed unit is not necessarily the lead (row 13). "
           "Regional tasks whose 完成时限 is 2023 (14, 15, 18, 24, 25, 30, 32, 36, 116, 118, 122-124) are taken up only in the body, without dates. "
           "Body text has no dated sentences other than the 主要目标, background and reporting dates listed in mustNotFlag.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
