# Builds key.json; every line number is looked up in draft.txt (1-based) and checked.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def L(s, nth=0):
    hits = [i + 1 for i, t in enumerate(lines) if s in t]
    assert hits, s
    assert nth < len(hits), (s, hits)
    if nth == 0:
        assert len(hits) == 1, (s, hits)
    return hits[nth]

def LL(s):
    hits = [i + 1 for i, t in enumerate(lines) if s in t]
    assert hits, s
    return hits

def row(n):  # table row n of 附件1
    return L('\t%d．' % n)

expect = [
    {"rule": "basis-mismatch", "line": L('（宁政办发〔2023〕17号）'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发〔2023〕17号 does not belong to that title (the same document is cited correctly on line %d)" % L('（宁政发〔2023〕17号）附件2')},
    {"rule": "deadline-invalid", "line": L('2024年6月31日前'), "text": "6月31日",
     "why": "impossible date: June has 30 days (the year itself, 2024, equals task 41, 完成时限 2024年)"},
    {"rule": "deadline-later-than-baseline", "line": L('2025年底前，完成全县政府网站'), "text": "2025年底前",
     "why": "sentence matches task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; the county's own row 33 even says 2024年"},
    {"rule": "deadline-later-than-baseline", "line": row(39), "text": "2025年",
     "why": "row 39 (“宁政通”移动办公“总门户”, 非涉密、多跨协同) matches task 105, 完成时限 2024年"},
    {"rule": "unknown-unit", "line": row(15), "text": "县信息化办",
     "why": "not in units.txt (no such office; the county's body is 县大数据服务中心 under 县政府办公室) and not a collective"},
    {"rule": "task-uncovered", "line": 0, "task": 100,
     "why": "task 100 (用水权、土地权、排污权、山林权市场交易平台; 各市、县（区）配合, 2025年) is left out without a word: not in the body, not in 附件1, not among the six declared not taken up"},
]

mnf = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e.update(kw)
    e["why"] = why
    mnf.append(e)

# basis / citations
m("basis-mismatch", L('（国发〔2022〕14号）'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", L('（宁政办发〔2023〕11号）'), "correct citation of 《数字宁夏“1244+N”行动计划实施方案》 (宁政办发〔2023〕11号), cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
m("basis-mismatch", L('（宁政办发〔2020〕14号）'), "retrospective mention in 建设基础 of the 2020 工作要点 with its correct 文号; not cited as a basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", L('（宁政发〔2023〕17号）附件2'), "correct title and 文号 of the regional 实施意见 (任务承接 paragraph)", "宁政发〔2023〕17号")
m("basis-mismatch", L('彭政发〔2024〕15号'), "the plan's own document number, not a basis document", "彭政发〔2024〕15号")
# goals and dates
m("deadline-later-than-baseline", L('到2024年底，县、乡、村三级电子政务外网'), "2024 goal: 三级电子政务外网全覆盖 = task 48 (2024年), “我的宁夏”应上尽上 = task 86 (2024年); equal, and no regional 主要目标 sets these for 2023", "2024年底")
m("deadline-later-than-baseline", L('到2025年，全县数字政府建设'), "same year as the regional goal 到2025年 “34567”体系框架全面成型", "2025年")
m("deadline-later-than-baseline", L('到2035年'), "same year as the regional 2035 goal", "2035年")
m("deadline-invalid", L('2023年，全县电子政务外网延伸至'), "past date in the background (建设基础), not a deadline", "2023年")
m("deadline-invalid", L('以下任务我县不承接'), "2023年1月8日 is a past fact given as the reason task 82 is not taken up, not a deadline", "2023年1月8日")
m("deadline-invalid", L('2024年4月12日'), "the plan's issue date", "2024年4月12日")
m("deadline-later-than-baseline", L('2024年10月底前完成县本级'), "task 46 (政务云资源统一调度、信息系统迁移) is due 2024年; October 2024 is within it", "2024年10月底前")
m("deadline-later-than-baseline", L('2025年底前实现全县教育收费'), "task 56 (非税收入收缴电子化全覆盖) is due 2025年; equal", "2025年底前")
m("deadline-later-than-baseline", L('2024年底前建成县乡两级统一的视频会议平台'), "task 107 (视频会议平台) is due 2025年; earlier", "2024年底前")
m("deadline-later-than-baseline", L('6月20日、12月20日前'), "the office's own reporting dates, not task deadlines", "12月20日")
m("deadline-later-than-baseline", row(2), "row 2 matches task 2 (2023年启动，2024年取得明显成效); equal", "2024年取得明显成效")
m("deadline-later-than-baseline", row(5), "row 5 matches task 11 (2023年完成主要建设任务，2025年取得明显成效); completing milestone equal", "2025年取得明显成效")
m("deadline-later-than-baseline", row(6), "row 6 matches task 18 and copies its 完成时限 2023年形成机制，长期坚持 exactly", "2023年形成机制，长期坚持")
m("deadline-invalid", row(6), "a copied regional deadline (task 18) that lies before the plan's year, followed by 长期坚持", "2023年")
m("deadline-later-than-baseline", row(47), "row 47 matches task 116 and copies 2023年完成并长期坚持 exactly", "2023年完成并长期坚持")
m("deadline-invalid", row(47), "a copied regional deadline (task 116) that lies before the plan's year, followed by 长期坚持", "2023年")
m("deadline-later-than-baseline", row(22), "row 22 matches task 64 (各地各部门参照自治区做法成立相应的组织机构…), due 2025年; 2024年 is earlier", "2024年")
m("deadline-later-than-baseline", row(29), "row 29 matches task 83 (互联网+基层治理), due 2025年; 2024年 is earlier", "2024年")
m("deadline-later-than-baseline", row(41), "row 41 matches task 107 (视频会议平台), due 2025年; 2024年 is earlier", "2024年")
m("deadline-later-than-baseline", row(42), "row 42 matches task 108 and copies 长期推进，2024年取得明显成效", "长期推进，2024年取得明显成效")
m("deadline-later-than-baseline", row(33), "row 33 matches task 93 and gives 2024年, equal (the late date is the body sentence on line %d)" % L('2025年底前，完成全县政府网站'), "2024年")
m("deadline-later-than-baseline", row(16), "row 16 matches task 49 (视频一张网), due 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(40), "row 40 matches task 106 (填表报数系统), due 2025年; equal", "2025年")
m("deadline-later-than-baseline", L('第19项\t'), "附件2 repeats the region's own 完成时限 for task 19 (2023年启动，2024年建成) for a task not taken up", "2023年启动，2024年建成")
m("deadline-invalid", L('第82项\t'), "附件2 repeats the region's own 完成时限 2023年 for task 82, which is not taken up; 2023年1月8日 is a past fact", "2023年")
m("deadline-later-than-baseline", L('第87项\t'), "附件2 repeats the region's own 完成时限 for task 87 (2023年启动，2025年完成)", "2023年启动，2025年完成")
m("deadline-invalid", L('（宁政发〔2023〕17号）附件2'), "2023年—2025年 is part of the title of the regional task list, not a deadline", "2023年—2025年")
m("deadline-invalid", L('（宁政办发〔2020〕14号）'), "2020年 is part of the title of the old 工作要点 mentioned in the background, not a deadline", "2020年")
# units
m("unknown-unit", row(20), "县发改局 is a short name of 彭阳县发展和改革局 in units.txt", "县发改局")
m("unknown-unit", row(31), "县审批局 is a short name of 彭阳县审批服务管理局 in units.txt", "县审批局")
m("unknown-unit", row(10), "县人社局 is a short name of 彭阳县人力资源和社会保障局 in units.txt", "县人社局")
m("unknown-unit", row(26), "prefix 县 distributes: 县司法局, 县信访局", "司法局")
m("unknown-unit", row(16), "prefix 县 distributes: 县交通运输局, 县应急局 (short name), 县水务局", "应急局")
m("unknown-unit", L('县委组织部、宣传部'), "prefix 县委 distributes: 县委宣传部", "宣传部")
m("unknown-unit", row(34), "固原市生态环境局彭阳分局 is listed in units.txt (the county's environment branch bureau); not to be split", "固原市生态环境局彭阳分局")
m("unknown-unit", row(3), "collective subjects 县直有关部门 / 各乡镇人民政府", "各乡镇人民政府")
m("unknown-unit", row(29), "collective subject 各村（社区）", "各村（社区）")
m("unknown-unit", row(25), "collective subject 承担监管职责的县直有关部门", "承担监管职责的县直有关部门")
m("unknown-unit", row(6), "collective subject 县直各部门（单位）", "县直各部门（单位）")
m("unknown-unit", L('报送县数字政府建设领导小组办公室'), "listed in units.txt as short name of 彭阳县推进数字政府建设领导小组办公室", "县数字政府建设领导小组办公室")
m("unknown-unit", L('以下任务我县不承接'), "自治区政府办公厅 / 自治区地质局 named as leads of regional tasks the county declares it does not take up, not as leads of local tasks; 固原市 is a place reference", "自治区政府办公厅")
m("unknown-unit", L('第19项\t'), "附件2 column 自治区责任单位 quotes the region's own units for a task not taken up", "自治区政府办公厅")
m("unknown-unit", L('第99项\t'), "附件2 quotes the region's lead 自治区地质局 for a task not taken up", "自治区地质局")
m("unknown-unit", L('第82项\t'), "附件2 quotes the region's lead 自治区应对新冠肺炎疫情工作指挥部办公室 (a unit of task 82 in the baseline)", "自治区应对新冠肺炎疫情工作指挥部办公室")
# tasks declared not taken up
for t in (19, 44, 82, 87, 92, 99):
    m("task-uncovered", L('第%d项\t' % t), "task %d is declared not taken up, with its reason, on line %d and again in 附件2" % (t, L('以下任务我县不承接')), task=t)

covers = [
    (2, row(2)), (3, row(1)), (5, L('（一）驱动数字经济发展。')), (6, row(3)),
    (7, L('（二）引领数字社会建设。')), (8, L('（二）引领数字社会建设。')), (9, L('（二）引领数字社会建设。')),
    (10, row(4)), (11, row(5)), (12, L('（三）营造良好数字生态。')),
    (14, L('强化安全管理责任。')), (15, L('强化安全管理责任。')), (18, row(6)),
    (21, row(7)), (23, row(8)), (24, L('创新建设管理机制。')), (25, L('创新建设管理机制。')), (28, row(9)),
    (29, L('推进数据汇聚共享。')), (30, L('完善数据管理机制。')), (32, L('完善数据管理机制。')),
    (33, row(10)), (34, row(10)), (35, L('推进数据汇聚共享。')), (36, L('推进数据汇聚共享。')),
    (40, row(11)), (41, row(12)), (42, row(13)), (46, row(14)), (47, row(15)), (48, row(15)), (49, row(16)),
    (50, L('提升网络支撑能力。')), (51, L('加强共性应用支撑能力。')), (54, row(17)), (55, row(18)), (56, row(19)),
    (57, row(20)), (58, row(21)), (59, L('加强共性应用支撑能力。')), (64, row(22)),
    (65, L('（一）提升科学精准的经济调节能力。')), (66, row(23)), (67, L('（一）提升科学精准的经济调节能力。')),
    (68, L('（二）提升综合高效的市场监管能力。')), (70, L('（二）提升综合高效的市场监管能力。')), (71, row(24)),
    (72, L('（二）提升综合高效的市场监管能力。')), (73, L('（二）提升综合高效的市场监管能力。')), (74, row(25)),
    (75, L('（二）提升综合高效的市场监管能力。')), (76, L('（二）提升综合高效的市场监管能力。')),
    (77, row(26)), (78, L('（三）提升精细智能的社会管理能力。')), (79, row(27)), (80, row(28)),
    (81, L('（三）提升精细智能的社会管理能力。')), (83, row(29)),
    (84, row(30)), (85, L('（四）提升普惠便捷的公共服务能力。')), (86, row(31)), (88, row(32)), (89, row(32)),
    (90, L('（四）提升普惠便捷的公共服务能力。')), (93, row(33)),
    (94, row(34)), (95, L('（五）提升系统科学的生态环境保护能力。')), (96, row(35)), (97, row(36)), (98, row(37)),
    (101, L('（五）提升系统科学的生态环境保护能力。')), (102, L('（五）提升系统科学的生态环境保护能力。')),
    (103, L('（六）提升整体高效的政务运行能力。')), (104, row(38)), (105, row(39)), (106, row(40)), (107, row(41)),
    (108, row(42)), (109, L('（六）提升整体高效的政务运行能力。')), (110, L('（六）提升整体高效的政务运行能力。')), (111, row(43)),
    (112, row(44)), (113, L('（七）提升全面规范的政务公开能力。')), (114, row(45)), (115, row(46)),
    (116, row(47)), (118, L('（三）提升数字素养。')), (121, row(48)), (123, L('（四）强化考核评价。')), (124, L('（四）强化考核评价。')),
]
assert len({t for t, _ in covers}) == len(covers)

key = {
    "writer": "blind writer, round 546; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("彭阳县 (固原市) plan of 2024-04-12 checked against ningxia-2023 only; no parent plan (固原市 has none in the seeds). "
              "Line %d is a paragraph of its own declaring six regional tasks not taken up (19, 44, 82, 87, 92, 99) with reasons; "
              "附件2 (lines %d-%d) repeats them as a table quoting the region's units and 完成时限. "
              "Task 100 is the only county task deliberately left out without a word. Other county tasks not mentioned "
              "(e.g. 1, 13, 22, 37, 39, 43, 45, 60-63, 69, 91, 117, 119, 120, 122) are regional or city tasks or lightly touched; "
              "task-uncovered reports on them are not scored as planted. Table rows of 附件1 are lines %d-%d; the row numbers are the county's own, not the region's."
              ) % (L('以下任务我县不承接'), L('第19项\t'), L('第99项\t'), row(1), row(48)),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
