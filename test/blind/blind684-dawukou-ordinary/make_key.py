#!/usr/bin/python3
# Builds key.json; every line number is looked up in draft.txt by a unique text snippet.
import json, os
here = os.path.dirname(os.path.abspath(__file__))
D = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")

def L(snippet, must=None):
    hits = [i for i, l in enumerate(D, 1) if snippet in l and (must is None or must in l)]
    assert len(hits) == 1, (snippet, must, hits)
    return hits[0]

def E(rule, snippet, text, why, must=None, **kw):
    line = L(snippet, must)
    assert text in D[line - 1], (text, line)
    d = {"rule": rule, "line": line, "text": text, "why": why}
    d.update(kw)
    return d

G = "深化数据共享应用".encode("utf-8").decode("gbk")

expect = [
 E("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
   "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; 宁政办发 is the office's series, so the 文号 does not belong to the title"),
 E("unknown-unit", "提升防护能力。", "区网信局",
   "no such unit in units.txt; the district body is 区委网信办 (used correctly at the lines above and below)"),
 E("garbled-text", G, G[:6],
   "UTF-8 bytes read as GBK (mojibake) for the sub-item title 深化数据共享应用"),
 E("deadline-invalid", "推进数据开放利用。", "9月31日",
   "impossible date: September has 30 days (2024年9月31日前); the tasks behind it, 41 and 42, are due 2024年, so it is not late"),
 E("deadline-later-than-baseline", "完善电子政务外网。", "2025年底前",
   "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…) 完成时限 2024年; task 47 (电子政务外网升级改造) also 2024年; the district writes 2025年底前"),
 E("unknown-unit", "全面应用全区统一的协同办公平台和“宁政通”，推动机关公务线上办理", "自治区政府办公厅",
   "a regional body named as lead of a local task in the district table (copied from task 104's 责任单位); the table note says the first unit leads and the row even says 牵头; the body text (推进协同办公) gives 区政府办公室"),
]

mnf = [
 E("basis-mismatch", "近年来，我区认真落实", "宁政办发〔2020〕14号",
   "retrospective mention of the 2020 工作要点 in the background; title and 文号 match and it is not cited as the basis"),
 E("basis-mismatch", "对照自治区“34567”数字政府体系框架", "石嘴山市人民政府《关于加强数字政府建设的实施方案》",
   "the city's plan cited by title alone, as DOMAIN says city plans often are; no parent plan is given for this case"),
 E("deadline-invalid", "近年来，我区认真落实", "2023年",
   "past date in the background (what was done in 2023), not a deadline; 2020年 on the same line is part of a document title"),
 E("deadline-invalid", "配合推进政务信创云建设", "2023年启动",
   "copied regional milestone: task 19 完成时限 2023年启动，2024年建成; the first milestone lies before the plan's year but is the region's own wording"),
 E("deadline-later-than-baseline", "配合推进政务信创云建设", "2024年建成",
   "equal: task 19 2023年启动，2024年建成; task 43 2024年建成，持续推进"),
 E("deadline-later-than-baseline", "到2024年底，政务服务", "2024年底",
   "district's own 2024 goal; earlier than the region's 2025 goal (34567 全面成型) and than tasks 9 (2025) and 104/105 (2024, equal)"),
 E("deadline-later-than-baseline", "到2025年，全区数字政府建设", "2025年",
   "equal to the region's 主要目标 到2025年 (体系框架全面成型)"),
 E("deadline-later-than-baseline", "到2035年，与政府治理能力", "2035年",
   "equal to the region's 到2035年 goal"),
 E("deadline-later-than-baseline", "（一）健全组织机构。", "2024年6月底前",
   "earlier: task 64 (各地各部门参照自治区做法，成立相应的组织机构) 完成时限 2025年; task 60 is the region's own 领导小组 (自治区政府办公厅负责), not this"),
 E("deadline-later-than-baseline", "（三）完善工作机制。", "每季度末月20日前",
   "the office's own quarterly reporting date, not a task deadline"),
 E("deadline-later-than-baseline", "（六）做好进展报送。", "2024年12月10日前",
   "the office's own annual reporting date; not a deadline of task 121/122 (those are about 考核 and are 长期坚持 / 2023年完成，长期坚持)"),
 E("deadline-later-than-baseline", "推进园区数字化改造。", "持续推进，2025年取得明显成效",
   "equal: task 3 (智慧园区) 持续推进，2025年取得明显成效"),
 E("deadline-later-than-baseline", "建设智慧城市。", "2025年底前",
   "equal year: task 9 (智慧城市, 一网统管) 持续推进，2025年取得明显成效"),
 E("deadline-later-than-baseline", "开展试点示范。", "持续推进，2025年取得明显成效",
   "completing milestone equal: task 28 2023年启动，2025年取得明显成效"),
 E("deadline-later-than-baseline", "推动审管协同。", "2024年底前",
   "equal to task 21 (行政权力事项网上运行) 2024年, earlier than task 22 (审管协同) 2025年"),
 E("deadline-later-than-baseline", "推进政务上云。", "2024年底前",
   "equal: task 43 2024年建成，持续推进; task 46 2024年"),
 E("deadline-later-than-baseline", "整合专网和视频资源。", "2024年底前",
   "equal to task 50 (非涉密业务专网整合) 2024年, earlier than task 49 (视频共享平台) 2025年"),
 E("deadline-later-than-baseline", "深化基层治理。", "2025年6月底前",
   "earlier: task 83 (互联网+基层治理) 2025年"),
 E("deadline-later-than-baseline", "拓展民生服务。", "2024年第四季度",
   "equal year: task 93 (适老化与信息无障碍) 2024年; task 90 (公共场馆数字化) 2024年"),
 E("deadline-later-than-baseline", "加强生态环境监测。", "2024年底前",
   "equal to task 94 2024年, earlier than task 95 2025年"),
 E("deadline-later-than-baseline", "形成常态化考核和以奖代补工作机制", "长期坚持",
   "equal: task 121 (常态化考核和以奖代补, 投资效益和应用水平的考核) 长期坚持"),
 E("deadline-invalid", "畅通政民互动渠道。", "12345",
   "the hotline's number, not a year"),
 E("unknown-unit", "（三）完善工作机制。", "区数字政府建设领导小组各成员单位",
   "collective subject (all member units of the district's leading group); 区数字政府办 on the same line is an alias in units.txt"),
 E("unknown-unit", "推进协同监管。", "承担监管职责的区直有关部门",
   "collective subject, the district form of 承担监管职责的自治区有关部门（单位）"),
 E("unknown-unit", "推动审管协同。", "区市场监管局等区直有关部门",
   "区市场监管局 is an alias in units.txt; 区直有关部门 is a collective"),
 E("unknown-unit", "压实安全责任。", "区直各部门（单位）",
   "collective subject"),
 E("unknown-unit", "深化基层治理。", "各村（社区）",
   "collective subject; 各街道办事处 on the same line is one too"),
 E("unknown-unit", "推进园区数字化改造。", "区发改局",
   "colloquial alias of 区发展和改革局 listed in units.txt; 区商务局 on the same line is an alias too"),
 E("unknown-unit", "推广共性应用。", "区审批局",
   "alias of 区审批服务管理局 in units.txt"),
 E("unknown-unit", "化解矛盾纠纷。", "公安大武口区分局",
   "alias of 石嘴山市公安局大武口区分局 in units.txt"),
 E("unknown-unit", "加强治安防控。", "石嘴山市公安局大武口区分局",
   "a city-level police 分局 stationed in the district, listed in units.txt; not a regional body"),
 E("unknown-unit", "完善电子政务外网。", "电信石嘴山分公司",
   "an enterprise outside government, listed in units.txt (alias of 中国电信股份有限公司石嘴山分公司)"),
 E("unknown-unit", "加强经济运行监测。", "区发展改革局、统计局",
   "the 区 prefix distributes: 区统计局 is in units.txt"),
 E("unknown-unit", "规范项目管理。", "区发展改革局、财政局",
   "the 区 prefix distributes: 区财政局 is in units.txt"),
 E("unknown-unit", "提高自然资源利用效率。", "区农业农村和水务局",
   "one registered name containing 和; must not be split"),
 E("unknown-unit", "推动公共服务数字化。", "区文旅体广局",
   "alias of 区文化旅游体育广电局 in units.txt; 区人社局 on the same line is an alias too"),
 E("unknown-unit", "建设智慧城市。", "区住建交通局",
   "alias of 区住房城乡建设和交通局 in units.txt"),
 E("unknown-unit", "推进政务上云。", "自治区政府办公厅",
   "a regional body mentioned in the measure text as the counterpart to liaise with, not as a responsible unit; the note names district units"),
 E("garbled-text", "（二）厘清层级职责。", "白芨沟",
   "a real place name with a rare character (白芨沟街道), not damage"),
]

def P(pillar, snippet, why):
    d = {"rule": "missing-pillar", "line": L(snippet), "pillar": pillar, "why": why}
    return d

mnf += [
 P("财政投入", "（二）强化资金保障。", "the region's 加大财政投入 is taken up as 强化资金保障 (budget, 多渠道投入, 运维资金挂钩, support to 街道/村)"),
 P("五个一", "（一）健全组织机构。", "the 五个一/六级贯通 work system is folded into 健全一个工作体系 (组织机构, 层级职责, 工作机制)"),
 P("六级贯通", "（二）厘清层级职责。", "六级贯通 taken up as 厘清层级职责 for 区、街道（镇）、村（社区）"),
 P("数字生态", "培育数据要素市场。", "数字生态 taken up under the district heading 以数字政府优化数字生态 (数据要素市场, 网络生态)"),
 P("考核评价", "（四）强化考核评估。", "考核评价 taken up as 强化考核评估"),
]

def C(task, snippet):
    return {"task": task, "line": L(snippet)}

covers = [
 C(64, "（一）健全组织机构。"), C(3, "推进园区数字化改造。"), C(5, "完善数字经济治理。"),
 C(6, "推动公共服务数字化。"), C(9, "建设智慧城市。"), C(10, "推进数字乡村建设。"),
 C(12, "培育数据要素市场。"), C(14, "压实安全责任。"), C(15, "压实安全责任。"),
 C(18, "提升防护能力。"), C(21, "推动审管协同。"), C(22, "推动审管协同。"),
 C(24, "规范项目管理。"), C(28, "开展试点示范。"), C(30, "摸清数据底数。"), C(32, "摸清数据底数。"),
 C(39, G), C(33, "对接基础库和主题库。"), C(34, "对接基础库和主题库。"),
 C(41, "推进数据开放利用。"), C(42, "推进数据开放利用。"), C(40, "规范电子公文管理。"),
 C(43, "推进政务上云。"), C(46, "推进政务上云。"), C(19, "配合推进政务信创云建设"),
 C(47, "完善电子政务外网。"), C(48, "完善电子政务外网。"), C(50, "整合专网和视频资源。"),
 C(49, "整合专网和视频资源。"), C(52, "推广共性应用。"), C(53, "推广共性应用。"),
 C(65, "加强经济运行监测。"), C(70, "推进精准监管。"), C(71, "推进精准监管。"),
 C(73, "推进协同监管。"), C(74, "推进协同监管。"), C(77, "化解矛盾纠纷。"), C(79, "加强治安防控。"),
 C(80, "推进智慧应急。"), C(83, "深化基层治理。"), C(84, "深化“一网通办”。"),
 C(86, "优化涉企服务。"), C(88, "优化涉企服务。"), C(89, "优化涉企服务。"),
 C(93, "拓展民生服务。"), C(90, "拓展民生服务。"), C(94, "加强生态环境监测。"),
 C(96, "提高自然资源利用效率。"), C(97, "推进自然资源“一张图”应用。"), C(102, "推动绿色低碳转型。"),
 C(104, "推进协同办公。"), C(105, "推进协同办公。"), C(106, "推动基层减负。"),
 C(107, "加强机关事务管理。"), C(111, "加强机关事务管理。"), C(112, "提升信息公开水平。"),
 C(113, "提升信息公开水平。"), C(114, "建好政务新媒体。"), C(115, "畅通政民互动渠道。"),
 C(116, "（一）加强组织领导。"), C(118, "（三）提升数字素养。"), C(122, "（四）强化考核评估。"),
 C(123, "（四）强化考核评估。"), C(124, "（四）强化考核评估。"), C(121, "形成常态化考核和以奖代补工作机制"),
]

key = {
 "writer": "blind writer, round 684; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("大武口区 (石嘴山市) 2024 实施方案 issued by the district government office on 2024-03-18 (石大政办发〔2024〕9号). "
           "No parent plan: the 石嘴山 city plan is cited by title only. Framework restated as the district's '1347' "
           "(一个工作体系、三大驱动、四项支撑、七项能力) with 保障措施 for the 党的领导 items. Measures carry inline notes "
           "（责任单位：…；完成时限：…）; measures that take up tasks whose regional deadline is 2023 carry no 完成时限 on purpose. "
           "The attached table says the first-listed unit leads. Six planted slips: one wrong 文号, one non-existent unit name, "
           "one regional body as lead of a local row, one late deadline, one impossible day (9月31日), one mojibake title. "
           "No task-uncovered is planted; the draft simply does not take up every task."),
}
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
print(len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers")
