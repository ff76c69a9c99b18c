#!/usr/bin/env python3
# Builds key.json for blind case 917; every line number is looked up in the final draft.txt (1-based).
import json
D = open('draft.txt', encoding='utf-8').read().split('\n')
if D and D[-1] == '': D.pop()
def ln(sub, text=None):
    hits = [i + 1 for i, l in enumerate(D) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text: assert text in D[hits[0] - 1], (text, hits)
    return hits[0]
def row(name):  # a 专栏 row by its project name
    return ln('\t' + name + '\t')
GARBLE = '完善企业专属网页和惠企政策专栏，'.encode('utf-8').decode('gbk')

expect = [
 {"rule": "basis-mismatch", "line": ln('宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
 {"rule": "deadline-invalid", "line": ln('2024年13月底前'), "text": "13月",
  "why": "impossible month (2024年13月); the sentence is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖, 完成时限 2024年), the goal at line %d says 到2024年底" % ln('到2024年底')},
 {"rule": "deadline-later-than-baseline", "line": row('适老化和信息无障碍改造项目'), "text": "2024—2025年",
  "why": "task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; the project period ends 2025"},
 {"rule": "unknown-unit", "line": row('协同办公和“宁政通”深化项目'), "text": "市信息化中心",
  "why": "no such unit in units.txt (the data body is 市大数据服务中心); an old name copied into the row"},
 {"rule": "garbled-text", "line": row('惠企政策直达项目'), "text": GARBLE[:6],
  "why": "UTF-8 read as GBK: '完善企业专属网页和惠企政策专栏，' in the 专栏4 row content"},
 {"rule": "task-uncovered", "line": 0, "task": 114,
  "why": "政务新媒体矩阵 (自治区各部门（单位）及各市、县（区）分别负责, 2024年) deliberately left out; the 政务公开 section (lines %d-%d) has no 新媒体 content" % (ln('（七）提升全面规范的政务公开能力'), ln('畅通政民互动渠道'))},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)
DL = "deadline-later-than-baseline"
# plan period and goals
m(DL, 1, "plan period in the notice title (2024—2025年), not a task deadline; within the regional 2023—2025 list", "2024—2025年")
m(DL, 8, "plan period in the document title, within the regional 2023—2025 horizon", "2024—2025年")
m(DL, ln('到2024年底'), "goal line: tasks 43 (2024 年建成，持续推进), 48 (2024年) and 86 (2024年) are all due 2024 — equal; not the region's 2023 goal (新一轮基础设施布设全面启动 is a start, not coverage)", "2024年底")
m(DL, ln('到2025年，全市数字政府建设“1347”体系框架全面成型'), "equal to the region's 到2025年 “34567”体系框架全面成型 and 吴忠's 到2025年 “1347”体系框架全面成型", "2025年")
m(DL, ln('到2035年'), "equal to the region's and 吴忠's 2035 goal", "2035年")
# inline notes
m(DL, ln('完成时限：2024年6月底前'), "task 64 (各地各部门参照自治区做法成立相应组织机构, 完成时限 2025年) — earlier; not task 60 (the region's own leading group, 自治区政府办公厅负责, 2023年)", "2024年6月底前")
m(DL, ln('完成时限：持续推进，2025年取得明显成效'), "task 10 (持续推进，2025年取得明显成效) equal; task 11 (2023年完成主要建设任务，2025年取得明显成效) completes 2025 — equal", "2025年")
m(DL, ln('完成时限：2024年底前'), "tasks 41 (公共数据开放目录, 2024年) and 42 (公共数据与政务数据融合应用, 2024年) — equal", "2024年底前")
m(DL, ln('完成时限：2024年）'), "tasks 71 (重点领域数字化追溯监管, 2024年) and 74 (新型监管手段, 2024年) — equal", "2024年")
# 专栏 project periods (the round's own near misses: periods inside the region's dates)
for name, why in [
 ('政务信创云迁移工程', "tasks 43 (2024 年建成，持续推进), 46 (2024年) and 19 (2023年启动，2024年建成) — equal"),
 ('电子政务外网提升工程', "tasks 47 (2024年) and 48 (2024年) — equal"),
 ('“视频一张网”整合工程', "task 49 (视频共享平台/视频一张网, 2025年): period 2024—2025 ends with the region"),
 ('市指挥调度中心建设工程', "task 81 (视频指挥调度体系, 2025年): 2024年启动，2025年建成 ends with the region"),
 ('政务数据平台对接工程', "task 29 (2023年启动，2025年完成): completes 2025 — equal; a later start year is not a later deadline"),
 ('基层报表“一表通”工程', "task 106 (填表报数系统, 压减50%以上, 2025年): period ends 2025 — within"),
 ('企业上云用数项目', "task 2 (2023 年启动，2024 年取得明显成效) — 2024 equal"),
 ('智慧园区提升项目', "task 3 (持续推进，2025 年取得明显成效) — copied, equal"),
 ('智慧城市“一网统管”项目', "task 9 (持续推进，2025年取得明显成效) — period ends 2025, within"),
 ('县域医共体信息化项目', "task 8 (持续推进，2025年取得明显成效) — within"),
 ('数字乡村试点项目', "task 10 (持续推进，2025年取得明显成效) — within"),
 ('智慧教育推广项目', "task 7 (2023年形成试点经验，2025年取得明显成效) — ends 2025, within"),
 ('“互联网+养老”服务项目', "task 6 (持续推进，2025 年取得明显成效) — within"),
 ('网络安全防护体系建设项目', "task 18 (2023年形成机制，长期坚持): 长期坚持 carries no later milestone"),
 ('公共数据开放和融合应用项目', "tasks 41/42 (2024年) — equal"),
 ('电子证照扩大应用项目', "task 52 (电子证照社会化高频场景, 2025年) — within (no 电子印章 content, so not task 53)"),
 ('非税收入收缴电子化项目', "task 56 (非税收入收缴电子化全覆盖, 2025年) — within"),
 ('电子档案管理提升项目', "tasks 54 (2024年) and 40 (2024年) — equal"),
 ('基层治理综合指挥平台应用项目', "task 83 (互联网+基层治理, 2025年) — within"),
 ('“智慧应急”提升项目', "task 80 (智慧应急, 2024年) — equal"),
 ('矛盾纠纷多元化解项目', "task 77 (矛盾纠纷多元化解信息系统, 2024年) — equal"),
 ('12345热线智能化项目', "task 87 (2023年启动，2025年完成) — period ends 2025, within"),
 ('惠企政策直达项目', "task 89 (企业专属网页和惠企政策专栏, 2024年) — equal (the row is garbled, the period is not)"),
 ('“互联网+城乡供水”和数字孪生灌区项目', "task 96 (互联网+城乡供水, 2025年) — within"),
 ('生态环境智慧监测项目', "task 94 (生态环境数据资源中心, 2024年) — equal"),
 ('领导决策“驾驶舱”项目', "task 103 (大数据辅助科学决策, 2024年) — equal"),
 ('协同办公和“宁政通”深化项目', "tasks 104 and 105 (2024年) — equal"),
 ('视频会议系统整合项目', "task 107 (视频会议平台, 2025年) — within"),
 ('机关事务数字化管理项目', "task 111 (机关事务管理统一工作门户, 2025年) — equal"),
]:
    r = row(name); cell = D[r - 1].split('\t')[4]
    m(DL, r, why, cell)
# the office's own reporting dates
m(DL, ln('每季度末月25日前'), "the office's own quarterly reporting date, not a task deadline", "25日前")
m(DL, ln('2024年4月30日前'), "the office's own reporting dates (work plans, half-yearly progress), not task deadlines", "2024年4月30日")
# past dates in the background
DI = "deadline-invalid"
m(DI, ln('2023年，我市完成41个'), "background: what was done in 2023 (截至2023年底), a past date, not a deadline", "2023年")
m(DI, ln('2023年11月，吴忠市印发'), "background: the date the 吴忠 plan was issued", "2023年11月")
m(DI, ln('宁政办发〔2020〕14号'), "the title of a 2020 document mentioned in the background", "2020年")
m(DI, 6, "the document's own issue date", "2024年3月18日")
# basis documents
BM = "basis-mismatch"
m(BM, ln('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m(BM, ln('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） cited exactly as the 吴忠 plan cites it", "宁政办发〔2023〕11号")
m(BM, ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'), "the parent city plan cited by title alone (it has no 文号 in the seed), correct title", "关于加强数字政府建设的实施方案")
m(BM, ln('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the background, with its own correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
m(BM, ln('2023年11月，吴忠市印发'), "background mention of the 吴忠 plan with its correct title", "关于加强数字政府建设的实施方案")
m(BM, 2, "the notice's own 文号", "青政办发〔2024〕9号")
# units
UU = "unknown-unit"
m(UU, 3, "addressees: collective 各乡镇人民政府 and 市直各部门（单位）; 裕民街道办事处 is in units.txt", "市直各部门（单位）")
m(UU, ln('完成时限：2024年6月底前'), "各乡镇人民政府 is a collective; 市委编办 and 裕民街道办事处 are in units.txt", "各乡镇人民政府")
m(UU, row('企业上云用数项目'), "市发改局 is the registered short name of 市发展和改革局; 财政局 takes the 市 prefix (市财政局)", "财政局")
m(UU, row('智慧园区提升项目'), "吴忠市生态环境局青铜峡分局 is listed in units.txt (a city branch seated in the county)", "吴忠市生态环境局青铜峡分局")
m(UU, ln('完成时限：持续推进，2025年取得明显成效'), "市供销社 is the short name of 市供销合作社联合社", "市供销社")
m(UU, ln('完成时限：2024年）'), "市市场监管局 and 市卫健局 are registered short names", "市卫健局")
m(UU, row('“智慧应急”提升项目'), "青铜峡市消防救援大队 is in units.txt", "青铜峡市消防救援大队")
m(UU, row('适老化和信息无障碍改造项目'), "市残联 is the short name of 市残疾人联合会", "市残联")
m(UU, row('惠企政策直达项目'), "市审批局 and 市发改局 are registered short names", "市审批局")
m(UU, row('政务信创云迁移工程'), "市直有关部门 is a collective", "市直有关部门")
m(UU, ln('市委党校、市人社局'), "市委党校 is listed; 市人社局 is the short name of 市人力资源和社会保障局", "市人社局")
m(UU, ln('分别负责）'), "市直各部门（单位）, 各乡镇人民政府 are collectives", "市直各部门（单位）")
# text that is not garbled
m("garbled-text", ln('“易办·吴优”政务服务品牌，推动'), "易办·吴优 is the real 吴忠 service brand with a middle dot, not mojibake", "易办·吴优")
m("garbled-text", row('电子政务外网提升工程'), "IPv6 is ordinary Latin text", "IPv6")
# pillars
m("missing-pillar", ln('三、完善“一套体系”'), "五个一/六级贯通 is folded into the 一套体系 section (组织机构, 层级职责 with 六级贯通, 工作机制), as in the 吴忠 plan")
m("missing-pillar", ln('（三）营造良好数字生态'), "数字生态 is taken up (数据要素市场, 网络生态)")
m("missing-pillar", ln('（二）加大资金保障'), "财政投入 is taken up as 加大资金保障")

C = []
def c(task, sub): C.append({"task": task, "line": ln(sub) if not sub.startswith('\t') else row(sub.strip('\t'))})
for t, sub in [
 (2, '推动产业数字化转型'), (3, '加快智慧园区建设'), (5, '完善数字经济治理体系'), (6, '深化数字普惠应用'),
 (7, '推进教育医疗数字化'), (8, '\t县域医共体信息化项目\t'), (9, '加快智慧城市建设'), (10, '推进数字乡村建设'),
 (11, '推进数字乡村建设'), (12, '培育数据要素市场'), (14, '强化安全管理责任'), (15, '强化安全管理责任'),
 (17, '落实安全制度要求'), (18, '提升安全防护能力'), (21, '助力政府职能转变。'), (24, '创新建设管理机制'),
 (25, '（二）加大资金保障'), (28, '开展试点示范'), (29, '\t政务数据平台对接工程\t'), (30, '完善数据管理机制'),
 (32, '完善数据管理机制'), (36, '深化数据高效共享'), (41, '促进数据开发利用'), (42, '促进数据开发利用'),
 (43, '强化政务云支撑能力'), (48, '2024年13月底前'), (49, '\t“视频一张网”整合工程\t'), (50, '2024年13月底前'),
 (52, '\t电子证照扩大应用项目\t'), (54, '\t电子档案管理提升项目\t'), (56, '\t非税收入收缴电子化项目\t'), (64, '（一）健全组织机构'),
 (65, '加强经济数据汇聚分析'), (66, '强化经济运行监测预警'), (68, '推动监管精准化'), (70, '推动监管精准化'),
 (71, '实现监管智能化'), (72, '促进监管协同化'), (73, '促进监管协同化'), (74, '实现监管智能化'),
 (77, '提升矛盾化解能力'), (79, '提升治安防控和应急能力'), (80, '提升治安防控和应急能力'), (81, '\t市指挥调度中心建设工程\t'),
 (83, '提高基层治理能力'), (84, '打造泛在可及的服务体系'), (85, '提升智慧便捷服务能力'), (86, '提升智慧便捷服务能力'),
 (87, '\t12345热线智能化项目\t'), (88, '提供优质便利的涉企服务'), (89, '提供优质便利的涉企服务'), (93, '拓展公平普惠的民生服务'),
 (94, '提升生态环保协同治理能力'), (96, '提高自然资源利用效率'), (102, '推动绿色低碳转型'), (103, '提升辅助决策能力'),
 (104, '提升行政执行能力'), (105, '提升行政执行能力'), (106, '\t基层报表“一表通”工程\t'), (107, '提升行政执行能力'),
 (108, '提升行政监督水平'), (111, '提升机关事务管理水平'), (112, '提升政府信息公开水平'), (115, '畅通政民互动渠道'),
 (116, '（一）加强组织领导'), (118, '（三）提升数字素养'), (123, '（四）强化考核评价'), (124, '（四）强化考核评价'),
]:
    c(t, sub)

key = {
 "writer": "blind writer, round 917; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("青铜峡市 (county-level city under 吴忠) 2024 实施方案 (2024—2025年) following 吴忠's “1347” framework, with five boxed 专栏 "
           "(tab-separated: 序号/项目名称/建设内容/责任单位/实施年限) after the measures. In units.txt and the draft “市” means 青铜峡市本级. "
           "Every 专栏 period was set to end no later than the matching regional task; the one exception is the planted 适老化 row (task 93, 2024). "
           "No local item is dated against a regional task due 2023 (those are left undated or 长期坚持). make_draft.py builds draft.txt, make_key.py builds this key."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
