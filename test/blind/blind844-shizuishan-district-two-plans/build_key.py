#!/usr/bin/env python3
"""Builds key.json for this case and checks every line/text against draft.txt (1-based)."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def at(anchor, text=None, nth=1):
    """1-based line of the nth line containing anchor; text (if given) must be on that line."""
    hits = [i + 1 for i, l in enumerate(L) if anchor in l and (text is None or text in l)]
    assert len(hits) == 1, (anchor, text, hits)
    return hits[0]

def only(anchor):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

E, M, C = [], [], []
def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": at(anchor, text), "text": text, "why": why}; d.update(kw); E.append(d)
def m(rule, anchor, text, why):
    d = {"rule": rule, "line": at(anchor, text) if anchor else 0}
    if text: d["text"] = text
    d["why"] = why; M.append(d)
def mp(pillar, why):
    M.append({"rule": "missing-pillar", "line": 0, "pillar": pillar, "why": why})
def c(task, anchor):
    C.append({"task": task, "line": at(anchor)})

# ---------------- expect: the six planted slips ----------------
e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
  "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the 办公厅 series, so the 文号 does not belong to that title")
e("deadline-later-than-baseline", "提升网络平台支撑能力。", "2025年6月底前",
  "district's own date for 城域网/电子政务外网 区市县乡村5级全覆盖 = task 48 (完成时限 2024年; also task 47, 2024年); 2025 is later. The 2024年9月底前 earlier on the line is the city's quoted date")
e("deadline-invalid", "推进适老化与信息无障碍建设。", "2024年6月31日",
  "June has 30 days: impossible date in the district's own deadline (task 93, 完成时限 2024年, so not late — only invalid)")
e("unknown-unit", "推动数据融合应用。", "区大数据局",
  "not in units.txt: the district has 区大数据服务中心 (no 大数据局); table row 8 for the same task has 区大数据服务中心. Slip copied from the city's 市大数据管理服务局 quoted just before")
e("unknown-unit", "9\t编制区级公共数据开放目录", "自治区政府办公厅",
  "regional body named as 牵头单位 of a district task in the district's own task table (row 9), copied from task 41's 责任单位 (自治区政府办公厅牵头负责); the prose (推进公共数据开放) gives 区大数据服务中心 as lead")
e("garbled-text", "（二）厘清层级职责。", "鍩轰簬涓婄骇",
  "UTF-8 bytes read as GBK: 鍩轰簬涓婄骇骞冲彴鎺ㄥ箍浣跨敤鐗硅壊搴旂敤 = 基于上级平台推广使用特色应用 (re-encode as GBK, decode as UTF-8)")

# ---------------- mustNotFlag ----------------
# basis
m("basis-mismatch", "石大政办发〔2024〕11号", "石大政办发〔2024〕11号", "the draft's own 文号 in the 发文 header, not a cited basis document")
m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct 文号 of the national 指导意见")
m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited exactly as in the 吴忠 seed plan; correct and not superseded")
m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "石嘴山市人民政府《关于加强数字政府建设的实施方案》", "the city's plan cited by title alone (a city plan may have no 文号, cf. DOMAIN); title matches the usual city-plan title")
m("basis-mismatch", "自《宁夏回族自治区2020年", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 工作基础 background (自…印发以来), not cited as a basis of this plan")
m("basis-mismatch", "大武口区人民政府办公室关于印发", "《大武口区2024年加强数字政府建设实施方案》", "the draft's own title in the 印发通知, not a basis citation")
# deadlines: office/background dates
m("deadline-invalid", "2024年3月28日", "2024年3月28日", "issue date of the notice, not a deadline")
m("deadline-invalid", "2023年，我区调整成立", "2023年", "past date in the 工作基础 background (what was done in 2023), not a deadline")
m("deadline-invalid", "截至2023年底", "截至2023年底", "past status date in the background")
m("deadline-later-than-baseline", "到2024年底，全区数字政府工作体系", "到2024年底", "district goal for 2024 (信创云迁移, task 19 2024年建成; 基层减负, task 106 2025年); not later than any regional goal or task for the same thing. The region's 2023年底 goals (五个一 at 自治区本级, 家底理清, 标志性应用场景) are not restated here")
m("deadline-later-than-baseline", "到2025年，数字政府建设“34567”", "到2025年", "equal to the regional goal 到2025年 “34567”体系框架全面成型")
m("deadline-invalid", "建立健全动态监控、主动防御", "2023年形成机制，长期坚持", "table row 4 copies task 18's 完成时限 verbatim (2023年形成机制，长期坚持); a copied regional deadline lying before the plan's year is not invalid and is equal, not later")
m("deadline-later-than-baseline", "各牵头单位于每季度末月25日前", "2024年12月20日前", "the office's own reporting dates (每季度末月25日前, 年度总结 2024年12月20日前), not task deadlines (tasks 121/124 长期坚持)")
# city's quoted dates (the round's special near misses): district dates follow on the same line
city = [
 ("推进智慧园区建设。", "2024年底前", "city's date for task 3 (持续推进，2025年取得明显成效); district's own date on the line is 2024年10月底前"),
 ("推进城市运行“一网统管”。", "2024年9月底前", "city's date for task 9 (持续推进，2025年取得明显成效); district's own is 2024年8月底前"),
 ("推进数字乡村建设。", "2024年底前", "city's date for task 10 (持续推进，2025年取得明显成效); district's own is 2024年11月底前"),
 ("提高自主可控水平。", "2024年9月底前", "city's date for task 19 (2023年启动，2024年建成); district's own is 2024年8月底前"),
 ("推动行政权力事项网上运行。", "2024年6月底前", "city's date for task 21 (2024年); district's own is 2024年5月底前"),
 ("推动数据融合应用。", "2024年10月底前", "city's date for task 42 (2024年); district's own is 2024年9月底前"),
 ("推进公共数据开放。", "2024年底前", "city's date for task 41 (2024年); district's own is 2024年11月底前"),
 ("提升网络平台支撑能力。", "2024年9月底前", "city's date for task 48 (2024年) is fine; only the district's 2025年6月底前 later on the line is late"),
 ("统筹视频资源共享。", "2024年底前", "city's date for task 49 (2025年); district's own is 2024年11月底前"),
 ("市方案要求各县区2024年6月底前", "2024年6月底前", "city's date for task 64 (2025年); district's own is 2024年4月底前"),
 ("强化重点领域追溯监管。", "2024年底前", "city's date for task 71 (2024年); district's own is 2024年10月底前"),
 ("推进“智慧应急”建设。", "2024年底前", "city's date for task 80 (2024年); district's own is 2024年10月底前"),
 ("优化12345热线服务。", "2024年底前", "city's date for task 87 (2023年启动，2025年完成); district's own is 2024年11月底前"),
 ("推进适老化与信息无障碍建设。", "2024年底前", "city's date for task 93 (2024年), valid; the invalid date on this line is the district's 2024年6月31日"),
 ("提升行政执行能力。", "2024年6月底前", "city's date for tasks 104/105 (2024年); district's own is the same 2024年6月底前"),
 ("推动基层减负。", "2025年底前", "city's date for task 106 (2025年), equal; district's own is the same 2025年底前"),
]
for a, t, w in city:
    m("deadline-later-than-baseline", a, t, "quoted 市方案 date (what the city asks), not the district's deadline: " + w)
# district's own equal / earlier dates that might look late
m("deadline-later-than-baseline", "提升矛盾纠纷化解能力。", "2024年9月底前", "city and district both 2024年9月底前 (same text twice on the line); task 77 is 2024年, so equal-year, not later")
m("deadline-later-than-baseline", "打造泛在可及的服务体系。", "2024年6月底前", "district's date equals the city's quoted date; task 84/86 2024年, not later")
m("deadline-later-than-baseline", "完善社会信用体系。", "2024年底前", "equal to task 57 (2024年)")
m("deadline-later-than-baseline", "推进智能监管。", "2024年底前", "equal to task 74 (2024年)")
m("deadline-later-than-baseline", "推动基层减负。", "2025年底前", "district's own 2025年底前 on this line (2nd occurrence) equals task 106 (2025年) and the city's date")
m("deadline-later-than-baseline", "社区（村）填表报数工作量压减50%以上\t", "2025年底前", "table row 28: equal to task 106 (2025年)")
m("deadline-later-than-baseline", "提升机关事务管理水平。", "2025年底前", "equal to task 111 (2025年)")
m("deadline-later-than-baseline", "市方案要求各县区2024年6月底前", "2024年4月底前", "工作专班/组织机构 = task 64 (各市、县（区）负责, 2025年); earlier. Not task 60 (自治区 领导小组成员, 2023年, a regional-level task)")
m("deadline-later-than-baseline", "14\t完成数字政府建设工作专班组建", "2024年4月底前", "table row 14, same as the prose: task 64 (2025年), earlier")
m("deadline-later-than-baseline", "开展试点示范。", "2024年12月底前", "task 28 (2023年启动，2025年取得明显成效): the completing milestone is 2025, so 2024 is earlier")
m("deadline-later-than-baseline", "完善数字经济治理。", "持续推进", "task 5 is 持续推进，2025年取得明显成效; the district's 持续推进 is the same ongoing form, not a later milestone")
m("deadline-later-than-baseline", "深化数字普惠应用。", "持续推进", "task 6 is 持续推进，2025年取得明显成效; same ongoing form")
m("deadline-later-than-baseline", "落实安全制度要求。", "每年组织开展一次", "recurring drill under task 18 (2023年形成机制，长期坚持); no completion date set")
# units
for a, t, w in [
 ("推进智慧园区建设。", "市工业和信息化局", "city body quoted as what the 市方案 asks, not a responsible unit of this plan"),
 ("推进城市运行“一网统管”。", "市住房城乡建设局", "city body quoted from the 市方案"),
 ("落实安全制度要求。", "市委网信办", "city body quoted from the 市方案"),
 ("提高自主可控水平。", "市政府办公室", "city body quoted from the 市方案"),
 ("推动行政权力事项网上运行。", "市审批服务管理局", "city body quoted from the 市方案"),
 ("推动数据融合应用。", "市大数据管理服务局", "city body quoted from the 市方案 (the plant on this line is the district's 区大数据局)"),
 ("统筹视频资源共享。", "市委政法委", "city body quoted from the 市方案"),
 ("提升矛盾纠纷化解能力。", "市委政法委", "city body quoted from the 市方案"),
 ("推进“智慧应急”建设。", "市应急管理局", "city body quoted from the 市方案"),
 ("打造泛在可及的服务体系。", "市审批服务管理局", "city body quoted from the 市方案"),
]:
    m("unknown-unit", a, t, w)
m("unknown-unit", "各街道办事处、星海镇人民政府，区直各部门（单位）：", "区直各部门（单位）", "collective subject; 各街道办事处 also collective; 星海镇人民政府 in units.txt")
m("unknown-unit", "推进非涉密业务专网整合。", "区直有关部门", "collective subject")
m("unknown-unit", "深化数字普惠应用。", "卫生健康局", "prefix 区 distributes: 区卫生健康局, 区民政局, 区人力资源和社会保障局, all in units.txt")
m("unknown-unit", "推进智慧园区建设。", "区发改局", "official short name of 区发展和改革局 (units.txt)")
m("unknown-unit", "推动行政权力事项网上运行。", "区审批局", "short name of 区审批服务管理局 (units.txt)")
m("unknown-unit", "落实安全制度要求。", "区公安分局", "short name of 石嘴山市公安局大武口区分局 (units.txt)")
m("unknown-unit", "完善数字经济治理。", "石嘴山市市场监督管理局大武口区分局", "canonical name in units.txt (city bureau's district branch), not a city body")
m("unknown-unit", "推进数字乡村建设。", "星海镇", "short name of 星海镇人民政府 (units.txt)")
m("unknown-unit", "强化重点领域追溯监管。", "区卫健局", "short name of 区卫生健康局 (units.txt)")
m("unknown-unit", "压实安全管理责任。", "自治区党委网信办", "regional body named as the source of the deployment (按照…统一部署), not as lead; the lead is 区委网信办")
m("unknown-unit", "推动数据融合应用。", "自治区政府办公厅", "regional body named as builder of the 宁夏政务数据平台 (依托…统筹建设的), not as lead of a district task (contrast table row 9)")
m("unknown-unit", "强化生态环境智慧监测。", "自治区生态环境数据资源中心", "a regional data platform used (依托…), not a responsible unit")
m("unknown-unit", "推进辖区城市运行数据向市级", "各街道办事处", "table row 2: 区住房城乡建设和交通局，各街道办事处 — a prefix never distributes into a 各… collective")
m("unknown-unit", "（一）指导思想。", "市委、区委", "party committees named in the guiding thought, not responsible units; 区委 is in units.txt")
m("unknown-unit", "截至2023年底", "石炭井、白芨沟街道", "background mention of two 街道 (石炭井街道办事处, 白芨沟街道办事处 in units.txt), not responsible units")
m("unknown-unit", "各牵头单位于每季度末月25日前", "区推进数字政府建设领导小组办公室", "in units.txt; recipient of reports")
# pillars
mp("数字生态", "section 三（三）营造良好数字生态: 数据要素市场, 数据交易制度, 网络生态")
mp("财政投入", "七（二）加大财政投入: 纳入年度预算, 运维资金挂钩评估")
mp("数字素养", "七（三）提升数字素养: 干部培训, 人才引进")
mp("六级贯通", "五（二）厘清层级职责 names 六级贯通 and assigns 区级/街道（镇）/社区（村） roles (part of that line is garbled, the heading and the first half are intact)")
mp("考核评价", "七（四）强化考核评价")

# ---------------- covers ----------------
for t, a in [
 (3, "推进智慧园区建设。"), (5, "完善数字经济治理。"), (6, "深化数字普惠应用。"), (9, "推进城市运行“一网统管”。"),
 (10, "推进数字乡村建设。"), (11, "积极参与“数字供销”建设"), (12, "培育数据要素市场。"), (13, "营造规范有序的发展环境。"),
 (14, "压实安全管理责任。"), (17, "落实安全制度要求。"), (18, "建立健全动态监控、主动防御"), (19, "提高自主可控水平。"),
 (21, "推动行政权力事项网上运行。"), (24, "规范政务信息化项目管理。"), (28, "开展试点示范。"), (32, "健全数据管理机制。"),
 (41, "推进公共数据开放。"), (42, "推动数据融合应用。"), (54, "深化电子文件和档案管理。"), (48, "提升网络平台支撑能力。"),
 (50, "推进非涉密业务专网整合。"), (49, "统筹视频资源共享。"), (52, "加强共性应用支撑。"), (57, "完善社会信用体系。"),
 (64, "市方案要求各县区2024年6月底前"), (66, "加强经济运行监测。"), (68, "推进精准监管。"), (71, "强化重点领域追溯监管。"),
 (74, "推进智能监管。"), (77, "提升矛盾纠纷化解能力。"), (79, "提升社会治安防控能力。"), (80, "推进“智慧应急”建设。"),
 (83, "提高基层治理能力。"), (84, "打造泛在可及的服务体系。"), (85, "提升智慧便捷服务能力。"), (87, "优化12345热线服务。"),
 (89, "提供优质便利的涉企服务。"), (90, "拓展公平普惠的民生服务。"), (93, "推进适老化与信息无障碍建设。"),
 (94, "强化生态环境智慧监测。"), (96, "提高自然资源利用效率。"), (102, "推动绿色低碳转型。"), (103, "强化辅助决策能力。"),
 (104, "提升行政执行能力。"), (106, "推动基层减负。"), (107, "统筹视频会议资源。"), (111, "提升机关事务管理水平。"),
 (113, "提升政府信息公开水平。"), (114, "发挥政务新媒体传播优势。"), (115, "畅通政民互动渠道。"),
 (116, "（一）加强组织领导。在区委"), (25, "（二）加大财政投入。"), (118, "（三）提升数字素养。"), (122, "（四）强化考核评价。"),
]:
    c(t, a)

key = {
 "writer": "blind writer, round 844; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": E,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("大武口区 (石嘴山市) 2024 plan, issued 2024-03-28. Each paragraph that quotes the 石嘴山市 plan does so as "
           "“市方案要求…(city body)…(city date)” and then gives the district's own lead and date after “我区由…”; line 11 says so "
           "and adds that the first-listed lead is the main lead. The city plan is not a baseline or parent here and its bodies "
           "are deliberately not in units.txt. City dates are all no later than the region's. Six planted slips in the district's own text: "
           "a wrong 文号 for the regional 实施意见, one late district deadline beside an earlier city date, one impossible day (6月31日), "
           "an unregistered district unit (区大数据局), a regional body as lead in the district task table, and one mojibake run. "
           "District dates were kept off tasks whose regional deadline is 2023 (14–18, 24, 30–32, 36, 51, 60, 67, 68, 72, 85, 116, 118) "
           "except the verbatim copy of task 18's deadline in table row 4. task-uncovered is not annotated beyond covers.")
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
for d in E: print('E', d['rule'], d['line'], d['text'])
