#!/usr/bin/env python3
# Builds key.json for blind case 612; every line number is found by a unique anchor in draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
def ln(anchor, must=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if must: assert must in L[hits[0]-1], (anchor, must)
    return hits[0]
def row(n):  # task-table row by its 序号
    hits = [i for i, l in enumerate(L, 1) if l.startswith(str(n) + "\t")]
    assert len(hits) == 1, n
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("（宁政发〔2022〕17号）"), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
 {"rule": "deadline-later-than-baseline", "line": ln("2.提升网络支撑能力。"), "text": "2025年6月底前",
  "why": "城域网升级改造 and 县、乡、村全覆盖 is task 48 (完成时限 2024年; task 47, 外网升级/出口带宽, is also 2024年); the measure's note says 2025年6月底前, later than the region (the task table row 10 has the correct 2024年12月底前)"},
 {"rule": "unknown-unit", "line": ln("1.提升辅助决策能力。"), "text": "县大数据局",
  "why": "no such body in 海原县 and not in units.txt (the county's digital-government office sits in 县政府办公室); looks copied from a city plan"},
 {"rule": "garbled-text", "line": ln("2.提升行政执行能力。"), "text": "鍔犲揩鎺ㄥ姩",
  "why": "UTF-8 bytes of 加快推动政府机关内部事务线上集成办理 read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
 {"rule": "unknown-unit", "line": row(16), "text": "自治区党委政法委",
  "why": "a regional body named as 牵头 of a county task (县级矛盾纠纷多元化解信息平台, cf. task 77); the county lead is 县委政法委 as in the measure on the 矛盾纠纷 line"},
 {"rule": "deadline-later-than-baseline", "line": row(22), "text": "2025年",
  "why": "适老化与信息无障碍改造 is task 93, 完成时限 2024年; the table row says 2025年 (the measure in the body says 2024年12月底前)"},
 {"rule": "deadline-invalid", "line": row(24), "text": "20204年",
  "why": "impossible year (typo for 2024年); task 97 is due 2024年"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    mnf.append(e)

m("basis-mismatch", ln("海政办发〔2024〕9号"), "the county office's own 文号 for this notice, not a basis document", "海政办发〔2024〕9号")
m("basis-mismatch", ln("（国发〔2022〕14号）"), "correct 文号 for 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号")
m("basis-mismatch", ln("（宁政办发〔2023〕11号）"), "real document with its own 文号, cited the same way by the 吴忠 plan in the seeds", "宁政办发〔2023〕11号")
m("basis-mismatch", ln("中卫市人民政府《关于加强数字政府建设的实施方案》"), "the city plan cited by title alone, as DOMAIN says city plans often are; no parent plan is given for this case", "中卫市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln("（宁政办发〔2020〕14号）"), "retrospective mention of the 2020 工作要点 in the background paragraph (correct 文号), not cited as a basis", "宁政办发〔2020〕14号")
m("deadline-invalid", ln("截至2023年底"), "past date in the background (status at the end of 2023), not a deadline", "2023年底")
m("deadline-later-than-baseline", ln("到2024年底，"), "2024 goal: 信创云迁移 (task 43 2024年建成 / task 19 2024年建成) and 我的宁夏 应上尽上 (task 86, 2024年) are equal to the region; the region has no 2024-dated goal", "2024年底")
m("deadline-later-than-baseline", ln("到2025年，全县数字政府建设体系框架基本成型"), "equal to the region's 主要目标 到2025年 (34567 体系框架全面成型)", "2025年")
m("deadline-later-than-baseline", ln("1.推动特色产业数字化转型。"), "task 2 (产业云, 数据汇聚) is 2023年启动，2024年取得明显成效; the note says 2024年取得明显成效, equal", "2024年取得明显成效")
m("deadline-later-than-baseline", ln("2.加快智慧园区建设。"), "task 3 is 持续推进，2025年取得明显成效; identical", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", ln("3.推进数字乡村建设。"), "task 10 is 持续推进，2025年取得明显成效; 2025年 is equal", "2025年")
m("deadline-later-than-baseline", ln("4.推进“数字供销”建设。"), "task 11 is 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025年 is equal", "2025年取得明显成效")
m("deadline-invalid", ln("1.强化安全管理责任。"), "2023年 is a past fact in the text (责任书 already signed), not a deadline; tasks 14/15 (2023年) carry no county deadline here", "2023年")
m("unknown-unit", ln("1.强化安全管理责任。"), "collective subjects (各乡镇人民政府, 县直各部门（单位）)", "县直各部门（单位）")
m("deadline-later-than-baseline", ln("1.以数字化改革助力政府职能转变。"), "task 21 (and task 20) due 2024年; 2024年10月底前 is earlier", "2024年10月底前")
m("deadline-later-than-baseline", ln("2.强化审管协同。"), "task 22 (审管协同, 审管信) due 2025年; 2025年6月底前 is earlier", "2025年6月底前")
m("deadline-later-than-baseline", ln("2024年起，县本级新建"), "2024年起 is the start of the county's own 会商 rule, not a completion date; task 24 (2023年) is a region-led task", "2024年起")
m("deadline-invalid", ln("在2023年全县政务数据资源普查基础上"), "past survey mentioned as background, not a deadline", "2023年")
m("deadline-later-than-baseline", ln("1.强化政务云支撑能力。"), "task 43 is 2024年建成，持续推进 (task 46 2024年, task 19 2024年建成); 2024年12月底前 is equal", "2024年12月底前")
m("deadline-later-than-baseline", ln("7.深化信用信息共享应用。"), "task 57 due 2024年; equal", "2024年")
m("deadline-later-than-baseline", ln("（一）健全组织机构。"), "task 64 (各地参照自治区做法成立相应组织机构) is due 2025年; 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", ln("3.推进协同监管和智能监管。"), "the 2023年 sentence reports task 72 (互联网+监管 对接, 2023年) as already done; the note's 2024年12月底前 belongs to 消费维权一件事 and 屏端仪 (tasks 73, 74: 2024年), equal", "2024年12月底前")
m("unknown-unit", ln("3.推进协同监管和智能监管。"), "collective subject, the county form of 承担监管职责的自治区有关部门（单位）", "承担监管职责的县直有关部门")
m("unknown-unit", ln("1.提升矛盾纠纷化解能力。"), "prefix 县 distributes: 县公安局、司法局、信访局 = 县公安局, 县司法局, 县信访局, all in units.txt", "司法局")
m("unknown-unit", ln("4.提高基层社会治理能力。"), "collective subjects (各乡镇人民政府, 各村（社区）)", "各村（社区）")
m("deadline-later-than-baseline", ln("4.提高基层社会治理能力。"), "task 83 due 2025年; 2025年6月底前 is earlier", "2025年6月底前")
m("deadline-later-than-baseline", ln("4.优化12345政务服务便民热线。"), "12345 接诉即办 is task 87, 2023年启动，2025年完成; 2025年6月底前 is earlier", "2025年6月底前")
m("unknown-unit", ln("5.提供优质便利的涉企服务。"), "县市场监管局 is the short name of 县市场监督管理局 listed in units.txt", "县市场监管局")
m("unknown-unit", ln("1.加强生态环境智慧监测。"), "the city bureau's 海原 branch (vertically managed) is listed in units.txt", "中卫市生态环境局海原分局")
m("deadline-later-than-baseline", ln("1.加强生态环境智慧监测。"), "tasks 94 (2024年) and 95 (2025年); 2024年12月底前 is not later than either", "2024年12月底前")
m("deadline-later-than-baseline", ln("（一）动员部署阶段（2024年3月—4月）"), "phase dates of the plan's own 实施步骤 and the office's own deadline for units' work plans (2024年4月25日前); not task deadlines (task 116's 2023 milestone is the region's own)", "2024年4月25日前")
m("deadline-later-than-baseline", ln("（二）全面实施阶段（2024年5月—2025年6月）"), "phase span of the plan's schedule; the text defers to the task list's own 完成时限 for 信创云迁移, 外网延伸 etc. (tasks 43, 47, 48: 2024年)", "2025年6月")
m("deadline-later-than-baseline", ln("（三）巩固提升阶段（2025年7月—11月）"), "phase span of the plan's schedule (回头看, 督办), not a task deadline", "2025年7月—11月")
m("deadline-later-than-baseline", ln("（四）总结验收阶段（2025年12月）"), "the 总结验收 month is the plan's own schedule, not a task deadline", "2025年12月")
m("unknown-unit", ln("（四）总结验收阶段（2025年12月）"), "addressee of the summary report, not a responsible unit", "中卫市数字政府建设领导小组办公室")
m("deadline-later-than-baseline", ln("2024年12月10日前报送年度工作总结"), "the office's own reporting dates (quarterly 20日前, annual summary), not task deadlines", "2024年12月10日前")
m("deadline-later-than-baseline", row(10), "task 48 due 2024年; 2024年12月底前 is equal (the body measure, not this row, is late)", "2024年12月底前")
m("unknown-unit", row(12), "县发改局 is a short name of 县发展和改革局 in units.txt", "县发改局")
m("deadline-later-than-baseline", row(13), "task 64 due 2025年; earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(21), "task 87 (2023年启动，2025年完成); earlier", "2025年6月底前")
m("unknown-unit", row(18), "collective subjects 各乡镇人民政府, 各村（社区）", "各村（社区）")

covers = []
def c(task, line): covers.append({"task": task, "line": line})
c(2, ln("1.推动特色产业数字化转型。")); c(3, ln("2.加快智慧园区建设。")); c(5, ln("3.完善数字经济治理。"))
c(6, ln("1.推进公共服务数字化。")); c(7, ln("2.推进智慧教育和智慧医疗。")); c(8, ln("2.推进智慧教育和智慧医疗。"))
c(10, ln("3.推进数字乡村建设。")); c(11, ln("4.推进“数字供销”建设。")); c(12, ln("1.参与培育数据要素市场。"))
c(14, ln("1.强化安全管理责任。")); c(15, ln("1.强化安全管理责任。")); c(17, ln("2.落实安全制度要求。")); c(18, ln("3.提升安全防护能力。"))
c(21, ln("1.以数字化改革助力政府职能转变。")); c(22, ln("2.强化审管协同。")); c(24, ln("3.创新政务信息化项目管理机制。")); c(28, ln("4.开展试点示范。"))
c(32, ln("1.健全数据管理机制。")); c(33, ln("2.推进数据汇聚共享。")); c(34, ln("2.推进数据汇聚共享。"))
c(40, ln("3.加强电子公文和电子档案管理。")); c(54, ln("3.加强电子公文和电子档案管理。"))
c(41, ln("4.推进公共数据开放利用。")); c(42, ln("4.推进公共数据开放利用。"))
c(43, ln("1.强化政务云支撑能力。")); c(47, ln("2.提升网络支撑能力。")); c(48, ln("2.提升网络支撑能力。"))
c(50, ln("3.整合非涉密业务专网。")); c(49, ln("4.统筹视频资源共享。")); c(56, ln("6.推进非税收入收缴电子化。")); c(57, ln("7.深化信用信息共享应用。"))
c(64, ln("（一）健全组织机构。")); c(65, ln("1.加强经济数据汇聚分析。")); c(66, ln("2.强化经济运行监测预警。"))
c(70, ln("1.推进精准监管。")); c(71, ln("2.加强数字化追溯监管。")); c(73, ln("3.推进协同监管和智能监管。")); c(74, ln("3.推进协同监管和智能监管。"))
c(77, ln("1.提升矛盾纠纷化解能力。")); c(79, ln("2.提升社会治安防控能力。")); c(80, ln("3.提升公共安全保障能力。")); c(83, ln("4.提高基层社会治理能力。"))
c(84, ln("1.深化“一网通办”。")); c(85, ln("2.提升智慧便捷服务能力。")); c(86, ln("3.做优“我的宁夏”海原专区。")); c(87, ln("4.优化12345政务服务便民热线。"))
c(88, ln("5.提供优质便利的涉企服务。")); c(89, ln("5.提供优质便利的涉企服务。")); c(93, ln("6.推进适老化和信息无障碍建设。"))
c(95, ln("1.加强生态环境智慧监测。")); c(96, ln("2.打造“互联网+城乡供水”升级版。")); c(97, ln("3.提高自然资源和林草管理数字化水平。")); c(98, ln("3.提高自然资源和林草管理数字化水平。")); c(102, ln("4.推动绿色低碳转型。"))
c(103, ln("1.提升辅助决策能力。")); c(104, ln("2.提升行政执行能力。")); c(105, ln("2.提升行政执行能力。")); c(106, ln("3.推进基层减负和视频会议整合。")); c(107, ln("3.推进基层减负和视频会议整合。"))
c(108, ln("4.提升行政监督水平。")); c(109, ln("4.提升行政监督水平。")); c(111, ln("5.提升机关事务管理水平。"))
c(112, ln("1.提升政府信息公开水平。")); c(114, ln("2.发挥政务新媒体传播优势。")); c(115, ln("3.畅通政民互动渠道。"))
c(116, ln("（一）加强组织领导。")); c(25, ln("（二）加大财政投入。")); c(118, ln("（三）提升数字素养。")); c(123, ln("（四）强化考核评价。")); c(124, ln("（四）强化考核评价。"))

key = {
 "writer": "blind writer, round 612; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("海原县 2024 plan (issued 2024-03-08) checked against 宁政发〔2023〕17号 only; 海原县 is under 中卫市 but no city plan is supplied, so there is no parent. "
           "The 实施步骤 section (lines of 动员部署/全面实施/巩固提升/总结验收) gives the plan's own schedule; its month spans reach 2025年12月 but are not task deadlines. "
           "Deadlines are in inline notes (（责任单位：…；完成时限：…）) and in the attached tab-separated task table, whose note says the first-listed unit leads. "
           "Tasks whose regional deadline is 2023 carry no county deadline; where 2023 appears it is a past fact. "
           "Table row 24 '20204年' is an impossible year; a checker that also reads it as later than 2024 would raise a second finding on the same line, which the key does not expect. "
           "All pillars of the 34567 framework are present, including 五个一/六级贯通 (section 四) and 党的领导 (保障措施 组织领导, 财政投入, 数字素养, 考核评价)."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers")
