# Builds key.json from draft.txt; every line number is found by a unique substring. Run after build.py.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(sub, text=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (sub, text)
    return hits[0]

def row(n):  # table row by 序号
    hits = [i + 1 for i, l in enumerate(L) if l.split("\t")[0] == str(n) and "\t" in l]
    assert len(hits) == 1, n
    return hits[0]

def cell(n, col):
    return L[row(n) - 1].split("\t")[col]

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (seed gazette); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2024年6月30日，全县政务信息系统"), "text": "2024年6月30日",
  "why": "主要目标: the region's goal '到2023年底 … 数字政府各类平台“家底”全面理清，新一轮基础设施布设全面启动' (宁政发〔2023〕17号 (二)主要目标); the county puts the same goal at mid-2024 (also later than task 30 '摸清…底数…“一本账”', 完成时限 2023年)"},
 {"rule": "deadline-later-than-baseline", "line": ln("提升网络平台支撑能力。开展县域城域网升级改造"), "text": "2025年12月31日前",
  "why": "inline note (时间节点 = 完成时限) on task 48 '开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展', 完成时限 2024年 (the same line also takes up task 50 '非涉密业务专网…整合迁移', 2024年)"},
 {"rule": "deadline-later-than-baseline", "line": row(33), "text": cell(33, 5),
  "why": "table row 33 (时间节点 column) = task 85 '…电子证照在政务服务领域实现全面普及应用…“免证办”全面推行。深化“一件事一次办”改革，全面推广“免申即享”“民生直达”', 完成时限 2023年"},
 {"rule": "deadline-invalid", "line": row(26), "text": cell(26, 5),
  "why": "table row 26 (task 71, 完成时限 2024年): a deadline of 2022 lies before the year the plan is issued (2023-10-18); a typing slip for 2024. It is earlier than the region, so not a late deadline"},
 {"rule": "unknown-unit", "line": row(17), "text": "县大数据管理服务局",
  "why": "协办单位 of row 17 (task 36); 彭阳县 has no such body (not in units.txt; the county's 数字政府 office is 县政府办公室) — copied from a city-level structure like 吴忠's 市大数据管理服务局"},
 {"rule": "unknown-unit", "line": row(19), "text": "自治区政府办公厅",
  "why": "a regional body named as the lead (主办单位 column = lead) of a local task, row 19 (task 41, copied from the regional list where 自治区政府办公厅 牵头负责); the county lead should be 县政府办公室"},
]
assert cell(33, 5) == "2024年12月31日前" and cell(26, 5) == "2022年12月31日前"
assert cell(17, 4).startswith("县大数据管理服务局") and cell(19, 3) == "自治区政府办公厅"

M = []
def m(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    M.append(d)

m("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background paragraph ('近年来，我县认真落实…'), not cited as a basis; title and 文号 are correct", "宁政办发〔2020〕14号")
m("basis-mismatch", ln("宁政办发〔2023〕11号"), "correct citation of 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, the same pair the 吴忠 plan cites; a 宁政办发 number that is right, next to the wrong one on line %d" % ln("宁政办发〔2023〕17号"), "宁政办发〔2023〕11号")
m("basis-mismatch", ln("彭政办发〔2023〕68号"), "the notice's own 文号, not a citation", "彭政办发〔2023〕68号")
m("deadline-invalid", ln("2022年，全县电子政务外网"), "a past date in the background (what was achieved in 2022), not a deadline", "2022年")
m("deadline-invalid", ln("2023年10月18日"), "the issuing date of the notice", "2023年10月18日")
m("deadline-later-than-baseline", ln("到2023年12月31日，全县数字政府主要工作制度"), "主要目标 in the office's date style: 2023年12月31日 equals the region's '到2023年底'", "2023年12月31日")
m("deadline-later-than-baseline", ln("到2025年12月31日，全县数字政府建设“34567”"), "主要目标: 2025年12月31日 equals the region's '到2025年…“34567”体系框架全面成型'", "2025年12月31日")
m("deadline-later-than-baseline", ln("到2035年，与政府治理能力现代化"), "主要目标: 2035 equals the region's 2035 goal", "2035年")
m("deadline-later-than-baseline", ln("完善数据管理机制。明确本部门本乡镇"), "inline note with the office's fields (主办单位/协办单位/时间节点): task 32, 完成时限 2023年; 2023年12月31日前 is equal", "2023年12月31日前")
m("deadline-later-than-baseline", ln("（一）健全组织机构。参照自治区"), "inline note: task 64 (各地参照成立组织机构), 完成时限 2025年 (or task 60, 2023年); 2023年12月31日前 is earlier or equal", "2023年12月31日前")
m("deadline-later-than-baseline", ln("（一）加强组织领导。县直各部门"), "inline note: task 116, 完成时限 '2023年完成并长期坚持'; '2023年12月31日前完成，常态化推进' is the office's wording of the same", "2023年12月31日前完成，常态化推进")
m("deadline-later-than-baseline", ln("（二）加大财政投入。"), "inline note: task 25 (资金保障机制), 完成时限 2023年; equal", "2023年12月31日前")
m("deadline-later-than-baseline", ln("（四）强化考核评价。"), "inline note: task 124 '2023 年形成机制，长期坚持' (also 122/123 '2023 年完成，长期坚持'); equal, 常态化推进 is the office's word for 长期坚持", "2023年12月31日前形成机制，常态化推进")
m("deadline-invalid", ln("（五）做好跟踪调度。"), "the office's own reporting dates (quarterly by the 25th, yearly by 12月10日), not task deadlines and not impossible", "每季度末月25日前")
m("deadline-invalid", ln("说明：1.主办单位栏"), "the office's own reporting date for 常态化推进 tasks", "12月10日前")
m("deadline-later-than-baseline", row(1), "task 2 '2023 年启动，2024 年取得明显成效'; the row's compound 时间节点 has the same milestones", cell(1, 5))
m("deadline-later-than-baseline", row(2), "task 3 '持续推进，2025 年取得明显成效'; equal (常态化推进 = 持续推进)", cell(2, 5))
m("deadline-later-than-baseline", row(5), "task 7 '2023年形成试点经验，2025年取得明显成效'; equal", cell(5, 5))
m("deadline-later-than-baseline", row(8), "task 11 '2023年完成主要建设任务，2025年取得明显成效'; equal", cell(8, 5))
m("deadline-later-than-baseline", row(9), "task 12, 完成时限 2025年; equal", cell(9, 5))
m("deadline-later-than-baseline", row(12), "task 18 '2023年形成机制，长期坚持'; equal", cell(12, 5))
m("deadline-later-than-baseline", row(13), "task 21 (行政权力事项网上运行), 完成时限 2024年; 2024年12月31日前 is the office's way of writing the same year", cell(13, 5))
m("deadline-later-than-baseline", row(44), "task 112 (政务公开信息化平台), 完成时限 2024年; equal", cell(44, 5))
m("deadline-later-than-baseline", row(15), "task 28 '2023年启动，2025年取得明显成效'; equal", cell(15, 5))
m("deadline-later-than-baseline", row(16), "task 30, 完成时限 2023年; equal", cell(16, 5))
m("deadline-later-than-baseline", row(21), "task 46, 完成时限 2024年; mid-2024 is earlier", cell(21, 5))
m("deadline-later-than-baseline", row(22), "task 49 (视频共享平台), 完成时限 2025年; equal", cell(22, 5))
m("deadline-later-than-baseline", row(23), "task 56 (非税收入收缴电子化), 完成时限 2025年; equal (not task 55, which is 公共支付/电子票据)", cell(23, 5))
m("deadline-later-than-baseline", row(25), "task 66 (宁夏经济运行大数据平台 … 强化经济监测预警), 完成时限 2025年; equal", cell(25, 5))
m("deadline-later-than-baseline", row(27), "task 72 (与宁夏“互联网+监管”系统的对接), 完成时限 2023年; equal", cell(27, 5))
m("deadline-later-than-baseline", row(31), "task 83 (“互联网+基层治理”), 完成时限 2025年; equal", cell(31, 5))
m("deadline-later-than-baseline", row(34), "task 86 (“我的宁夏”), 完成时限 2024年; mid-2024 is earlier", cell(34, 5))
m("deadline-later-than-baseline", row(37), "task 96 (“互联网+城乡供水”/数字治水), 完成时限 2025年; equal", cell(37, 5))
m("deadline-later-than-baseline", row(41), "task 106 (填表报数系统), 完成时限 2025年; equal (not task 105, 2024年, although 宁政通 is named)", cell(41, 5))
m("deadline-later-than-baseline", row(42), "task 108 '长期推进，2024年取得明显成效'; equal", cell(42, 5))
m("deadline-later-than-baseline", row(43), "task 111 (机关事务), 完成时限 2025年; equal", cell(43, 5))
m("deadline-later-than-baseline", row(47), "task 118 '2023年完成并长期坚持'; equal", cell(47, 5))
m("deadline-later-than-baseline", row(48), "task 121 '长期坚持'; 常态化推进 alone is the office's word for it", cell(48, 5))
m("deadline-later-than-baseline", row(49), "task 123 '2023 年完成，长期坚持'; equal", cell(49, 5))
m("unknown-unit", ln("序号\t任务类别"), "the office's own column names: 主办单位 = lead, 协办单位 = cooperating, 时间节点 = 完成时限; header words, not units", "主办单位")
m("unknown-unit", row(2), "县工信商务局 is the registered short name of 县工业信息化和商务局 (units.txt); 固原市生态环境局彭阳分局 is a registered local branch", "县工信商务局")
m("unknown-unit", row(6), "县医保局 is the registered short name of 县医疗保障局", "县医保局")
m("unknown-unit", row(10), "collective lead (县直各部门（单位）、各乡镇人民政府) in the 主办单位 column", "县直各部门（单位）")
m("unknown-unit", row(23), "prefix distributes: 县教体局、卫健局、自然资源局 = 县教体局, 县卫健局, 县自然资源局 (all registered)", "卫健局")
m("unknown-unit", row(28), "彭阳县人民法院, 彭阳县人民检察院: bodies outside the government proper, registered", "彭阳县人民法院")
m("unknown-unit", row(30), "彭阳县消防救援大队, 彭阳县气象局: registered non-government bodies", "彭阳县消防救援大队")
m("unknown-unit", row(31), "各村（社区）: collective", "各村（社区）")
m("unknown-unit", row(20), "国网彭阳县供电公司: registered enterprise", "国网彭阳县供电公司")
m("unknown-unit", row(35), "县残联 is the registered short name of 县残疾人联合会; collective lead", "县残联")
m("unknown-unit", ln("深化数据共享和开发利用。"), "自治区政府办公厅 mentioned as the builder of the regional data platform the county connects to, not named as the lead of a county task", "自治区政府办公厅")
m("unknown-unit", ln("（一）加强组织领导。县直各部门"), "县数字政府建设领导小组办公室 is registered; 主办 is a collective", "县数字政府建设领导小组办公室")
m("unknown-unit", ln("（四）强化考核评价。"), "县政府督查室 is registered", "县政府督查室")
m("unknown-unit", ln("提升网络平台支撑能力。开展县域城域网升级改造"), "中国电信彭阳分公司 is registered (this line's real mistake is its date)", "中国电信彭阳分公司")

covers = []
rows_tasks = {1: 2, 2: 3, 3: 5, 4: 6, 5: 7, 6: 8, 7: 10, 8: 11, 9: 12, 10: 14, 11: 15, 12: 18, 13: 21, 14: 24, 15: 28,
  16: 30, 17: 36, 18: 40, 19: 41, 20: 42, 21: 46, 22: 49, 23: 56, 24: 57, 25: 66, 26: 71, 27: 72, 28: 77, 29: 79,
  30: 80, 31: 83, 32: 84, 33: 85, 34: 86, 35: 93, 36: 94, 37: 96, 38: 98, 39: 104, 40: 105, 41: 106, 42: 108,
  43: 111, 44: 112, 45: 114, 46: 115, 47: 118, 48: 121, 49: 123}
body_tasks = [(32, "完善数据管理机制。明确本部门本乡镇"), (48, "提升网络平台支撑能力。开展县域城域网"),
  (50, "提升网络平台支撑能力。开展县域城域网"), (64, "（一）健全组织机构。参照自治区"),
  (116, "（一）加强组织领导。县直各部门"), (25, "（二）加大财政投入。"), (124, "（四）强化考核评价。"),
  (122, "（四）强化考核评价。")]
for r, t in rows_tasks.items():
    covers.append({"task": t, "line": row(r)})
for t, sub in body_tasks:
    covers.append({"task": t, "line": ln(sub)})
covers.sort(key=lambda c: c["task"])

key = {
 "writer": "blind writer, round 472; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("彭阳县 (固原市) plan issued 2023-10-18 on the basis of 宁政发〔2023〕17号 alone (no city plan cited, none in the seeds). "
  "The office's own vocabulary, used throughout: task table columns 序号/任务类别/工作举措/主办单位/协办单位/时间节点; inline notes "
  "（主办单位：…；协办单位：…；时间节点：…）; 主办 = lead, 协办 = cooperating; dates as 'YYYY年12月31日前' (or 6月30日前), ongoing as '常态化推进'. "
  "The table's 说明 (line %d) says the first unit of a multi-unit 主办单位 cell is the first lead. Empty 任务类别 cells continue the group above. "
  "Pillars: all of 三个驱动, 四个支撑, 五个一/六级贯通 (section 四), 七个能力 and 党的领导 (组织领导, 财政投入, 数字素养, 考核评价) are present; no missing-pillar is planted. "
  "No task-uncovered is planted; tasks the county does not take up (e.g. 9, 87, 92) are left to the checker's information output.") % ln("说明：1.主办单位栏"),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e["text"])
