# Builds key.json and checks that every `text` occurs on its stated line of draft.txt (1-based).
import json, datetime
L = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(s, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]
def at(line, s):
    assert s in L[line - 1], (line, s)
    return line

garb = "县直部门业务系统电子文件归档功能全部上线".encode("utf-8").decode("gbk")[:5]
r = lambda n: ln("\n"[:0] + f"{n}\t") if False else [i + 1 for i, l in enumerate(L) if l.startswith(f"{n}\t")][0]

expect = [
 {"rule": "deadline-later-than-baseline", "line": at(r(14), "2025年6月底前"), "text": "2025年6月底前",
  "why": "row 14 (城域网升级改造，县、乡、村全覆盖) takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; 2025年6月 is later. The draft's own 总体目标 (line 10) even says 到2024年底 外网实现县、乡、村全覆盖"},
 {"rule": "deadline-later-than-baseline", "line": at(r(27), "2025年底前"), "text": "2025年底前",
  "why": "row 27 (宁政通 移动办公“总门户”, 一体化办公体系) takes up task 105 (持续打造“宁政通”移动办公“总门户”…一体化办公体系), 完成时限 2024年; 2025年底 is later"},
 {"rule": "deadline-invalid", "line": at(r(25), "20244年"), "text": "20244年",
  "why": "impossible year (typo for 2024年10月底前); row 25 takes up task 93 (适老化与信息无障碍建设), 完成时限 2024年"},
 {"rule": "unknown-unit", "line": at(r(9), "县行政审批服务局"), "text": "县行政审批服务局",
  "why": "no such body in units.txt: the county body is 县审批服务管理局 (short 县审批局), spelt correctly in rows 7, 24, 26"},
 {"rule": "unknown-unit", "line": at(r(16), "县信息中心"), "text": "县信息中心",
  "why": "not in units.txt (stale name; the county's information body is 县大数据服务中心, 乙方 itself)"},
 {"rule": "garbled-text", "line": at(r(17), garb), "text": garb,
  "why": "the 考核指标 cell of row 17 is UTF-8 read as GBK: 县直部门业务系统电子文件归档功能全部上线"},
]

def m(rule, line, why, text=None, **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        at(line, text); d["text"] = text
    d.update(kw); d["why"] = why
    return d

DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"; MP = "missing-pillar"
must = [
 # parties, signatories, dates of the letter itself
 m(UU, ln("甲方：彭阳县人民政府"), "甲方, in units.txt (县人民政府 = 彭阳县人民政府)", "彭阳县人民政府"),
 m(UU, ln("乙方：彭阳县大数据服务中心"), "乙方, in units.txt (县大数据服务中心 = 彭阳县大数据服务中心)", "彭阳县大数据服务中心"),
 m(UU, ln("甲方（盖章）"), "signature block of 甲方; 县长（签字） is a signatory's title, not a unit", "彭阳县人民政府"),
 m(UU, ln("乙方（盖章）"), "signature block of 乙方; 主任（签字） is a signatory's title, not a unit", "彭阳县大数据服务中心"),
 m(DI, ln("签订日期"), "signing date, in the plan year, a real date", "2024年2月28日"),
 m(DI, ln("有效期自"), "the letter's own term, not a task deadline; both real dates in 2024", "2024年12月31日"),
 m(DL, ln("有效期自"), "the letter's own term, not a task deadline", "2024年12月31日"),
 # scores
 m(DI, ln("每类分值10分"), "scores (分值10分), not dates", "10分"),
 m(DI, r(14) - 1, "group row: 10 in the 分值 column is a score, not a month or year", "10"),
 m(DI, ln("本年度目标任务共10类33项"), "counts and scores, not dates", "10分"),
 # basis
 m(BM, ln("国发〔2022〕14号"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号"),
 m(BM, ln("宁政发〔2023〕17号"), "correct title and 文号 of the regional 实施意见 (the only basis; no parent plan cited)", "宁政发〔2023〕17号"),
 m(BM, ln("宁政办发〔2020〕14号"), "retrospective mention in the background (自…印发以来), not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号"),
 # background, goals
 m(DI, ln("（一）工作基础"), "past date in the background (what was done in 2023), not a deadline", "2023年"),
 m(DL, ln("（二）总体目标"), "到2025年 体系框架全面成型 equals the region's 主要目标 (到2025年，…“34567”体系框架全面成型)", "到2025年"),
 m(DL, ln("（二）总体目标"), "到2024年底 goals (信创云迁移, 外网全覆盖, 公共数据开放目录, 我的宁夏/宁政通) equal tasks 43, 48, 41, 86, 105, all due 2024年", "到2024年底"),
 # equal deadlines
 m(DL, r(2), "equal: task 121 (每年度制定…重点任务考核指标体系，形成常态化考核和以奖代补工作机制) is 长期坚持", "长期坚持"),
 m(DL, r(3), "equal: task 23 (“一本账”统筹建设管理机制) 2024年", "2024年12月底前"),
 m(DL, r(5), "equal: task 50 (非涉密业务专网向电子政务外网整合迁移或安全互联) 2024年", "2024年12月底前"),
 m(DL, r(7), "equal: task 21 (行政权力事项网上运行、动态管理) 2024年", "2024年12月底前"),
 m(DL, r(11), "equal: task 33 (人口、法人、自然资源、电子证照等基础数据资源库) 2024年", "2024年12月底前"),
 m(DL, r(13), "equal: task 42 (供水、供电、供气、公共交通等公共数据…融合应用) 2024年", "2024年12月底前"),
 m(DL, r(16), "equal: task 53 (电子印章) 2024年; earlier than task 52 (电子证照) 2025年", "2024年12月底前"),
 m(DL, r(19), "equal copy of task 10 (数字乡村) 持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效"),
 m(DL, r(22), "equal: task 73 (监管数据治理主体责任…跨地区、跨部门、跨层级协同监管) 2024年", "2024年12月底前"),
 m(DL, r(26), "equal: task 84 (一体化政务服务体系，网上办、掌上办、就近办、一次办) 2024年", "2024年12月底前"),
 m(DL, r(30), "equal: tasks 112 (政务公开信息化平台) and 114 (政务新媒体矩阵) 2024年", "2024年12月底前"),
 m(DL, r(31), "equal: task 94 (生态环境数据资源中心) 2024年", "2024年12月底前"),
 # earlier deadlines
 m(DL, r(1), "earlier: task 64 (各地各部门参照自治区做法，成立相应的组织机构) 2025年", "2024年6月底前"),
 m(DL, r(4), "earlier: task 16 (数据安全防护能力评估) 2024年", "2024年10月底前"),
 m(DL, r(6), "earlier: task 43 (政务信创云) 2024年建成，持续推进", "2024年11月底前"),
 m(DL, r(8), "earlier: task 28 (试点示范) 2023年启动，2025年取得明显成效", "2024年9月底前"),
 m(DL, r(9), "earlier: task 22 (审管协同) 2025年", "2024年12月底前"),
 m(DL, r(10), "earlier: task 29 (自治区统一的政务数据平台) 2023年启动，2025年完成", "2024年12月底前"),
 m(DL, r(12), "earlier: task 41 (公共数据开放目录) 2024年", "2024年9月底前"),
 m(DL, r(15), "earlier: task 49 (全区统一的视频共享平台) 2025年", "2024年12月底前"),
 m(DL, r(17), "earlier: task 54 (电子文件归档) 2024年", "2024年11月底前"),
 m(DL, r(18), "earlier: task 3 (智慧园区) 持续推进，2025年取得明显成效", "2024年12月底前"),
 m(DL, r(20), "earlier: task 12 (数据要素市场) 2025年", "2024年12月底前"),
 m(DL, r(21), "earlier: task 66 (宁夏经济运行大数据平台) 2025年; task 65 2024年", "2024年10月底前"),
 m(DL, r(23), "earlier: task 83 (互联网+基层治理, 新型基层管理服务平台) 2025年", "2024年12月底前"),
 m(DL, r(24), "earlier: task 86 (我的宁夏 应上尽上) 2024年", "2024年10月底前"),
 m(DL, r(28), "earlier: task 104 (协同办公平台) 2024年", "2024年9月底前"),
 m(DL, r(29), "earlier: task 106 (填表报数系统) 2025年", "2024年12月底前"),
 m(DL, r(32), "earlier: task 96 (互联网+城乡供水) 2025年", "2024年12月底前"),
 m(DL, r(33), "earlier: task 107 (非涉密视频会议系统资源) 2025年", "2024年12月底前"),
 # office's own reporting / assessment dates
 m(DL, ln("按时报送进展"), "乙方's own reporting dates to 甲方, not task deadlines", "2024年12月15日前"),
 m(DL, ln("由甲方于2025年1月底前组织实施"), "甲方's own assessment date after the year ends, not a task deadline", "2025年1月底前"),
 m(DI, ln("由甲方于2025年1月底前组织实施"), "assessment date after the letter's term is normal (考核 of the year's work)", "2025年1月底前"),
 # collectives
 m(UU, r(3), "collective subject", "县直各部门（单位）"),
 m(UU, r(5), "collective subject", "县直有关部门"),
 m(UU, r(8), "collective subject", "各乡镇人民政府"),
 m(UU, r(23), "collective subject", "各村（社区）"),
 m(UU, r(22), "collective subject (like 承担监管职责的自治区有关部门（单位）)", "承担监管职责的县直有关部门"),
 # short names and registry names
 m(UU, r(1), "official short name of 县人民政府办公室 (in units.txt)", "县政府办公室"),
 m(UU, r(9), "official short name of 县市场监督管理局 (in units.txt)", "县市场监管局"),
 m(UU, r(16), "official short name of 县审批服务管理局 (in units.txt)", "县审批局"),
 m(UU, r(20), "official short name of 县发展和改革局 (in units.txt)", "县发展改革局"),
 m(UU, r(13), "official short name of 县住房和城乡建设局 (in units.txt)", "县住建局"),
 m(UU, r(31), "the city bureau's county branch, listed in units.txt", "固原市生态环境局彭阳分局"),
 m(UU, r(18), "in units.txt", "彭阳县工业园区管委会"),
 m(UU, ln("（一）加强组织领导。甲方"), "in units.txt", "县推进数字政府建设领导小组"),
 m(UU, ln("一式三份"), "in units.txt", "县人民政府督查室"),
 m(UU, ln("（三）做好上下衔接"), "regional body named for its deployment (按照…统一部署), not as the lead of a local task", "自治区政府办公厅"),
 # pillars present by content
 m(MP, 0, "数字经济: row 18 (智慧园区), row 21", pillar="数字经济"),
 m(MP, 0, "数字社会: row 19 (数字乡村), row 24-26", pillar="数字社会"),
 m(MP, 0, "数字生态: row 20 (数据要素市场、数据流通交易)", pillar="数字生态"),
 m(MP, 0, "五个一/六级贯通: row 1 (组织机构), 乙方职责（三） (依托上级平台完善本级特色应用)", pillar="五个一"),
 m(MP, 0, "生态环境保护: rows 31-32", pillar="生态环境保护"),
 m(MP, 0, "政务公开: row 30", pillar="政务公开"),
 m(MP, 0, "党的领导: 甲方职责 (组织领导, 资金保障, 考核), 乙方职责（四） (数字素养)", pillar="组织领导"),
]

covers = [
 (64, r(1)), (121, r(2)), (23, r(3)), (16, r(4)), (50, r(5)), (43, r(6)), (21, r(7)), (28, r(8)), (22, r(9)),
 (29, r(10)), (33, r(11)), (41, r(12)), (42, r(13)), (48, r(14)), (49, r(15)), (52, r(16)), (53, r(16)), (54, r(17)),
 (3, r(18)), (10, r(19)), (12, r(20)), (66, r(21)), (73, r(22)), (83, r(23)), (86, r(24)), (93, r(25)), (84, r(26)),
 (105, r(27)), (104, r(28)), (106, r(29)), (112, r(30)), (114, r(30)), (94, r(31)), (96, r(32)), (107, r(33)),
 (116, ln("（一）加强组织领导。甲方")), (25, ln("（二）强化资金保障")), (122, ln("（四）开展督查考核")), (124, ln("（四）开展督查考核")),
 (14, ln("（一）落实安全责任")), (15, ln("（一）落实安全责任")), (32, ln("（二）强化数据管理")), (118, ln("（四）提升数字素养")),
]

key = {
 "writer": "blind writer, round 394; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": must,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("A county letter of responsibility (目标责任书), not a 实施方案: 甲方 县人民政府, 乙方 县大数据服务中心; its basis is 宁政发〔2023〕17号 only, no parent plan. "
           "The 目标任务 table is tab-separated: 序号, 目标任务, 考核指标, 完成时限, 分值, 配合单位; group rows carry 10 in the 分值 column. "
           "Every table deadline is matched to a regional task due 2024, 2025 or 长期坚持; tasks due 2023 appear only in the undated 甲方/乙方职责 prose. "
           "All pillars are taken up by content, so no missing-pillar is expected; no task was left out on purpose (no task-uncovered in expect). "
           "Row 25's 20244年 is annotated as deadline-invalid only; a reviewer who also reads it as later than 2024 would be double-counting the same slip."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(must), len(covers))
