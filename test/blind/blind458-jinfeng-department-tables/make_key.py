# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, nth=1):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    assert hits, sub
    assert len(hits) == 1 or nth != 1 or True
    if len(hits) != 1:
        raise SystemExit('not unique: %s %s' % (sub, hits))
    return hits[0]

def at(line, text):
    assert text in L[line - 1], (line, text)
    return line

expect = []
def E(rule, sub, text, why, **kw):
    n = ln(sub); at(n, text)
    d = {"rule": rule, "line": n, "text": text, "why": why}; d.update(kw); expect.append(d)

E("basis-mismatch", "（宁政发〔2022〕17号）", "宁政发〔2022〕17号",
  "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); 〔2022〕 does not belong to that title")
E("deadline-later-than-baseline", "到2026年，全区数字政府建设", "2026年",
  "主要目标: the region's goal is 到2025年 the 34567 体系框架全面成型 (工作体制逐步健全、管理机制趋于成熟、数据治理初见成效); the district puts the same goal in 2026")
E("deadline-later-than-baseline", "编制区级公共数据开放目录", "2025年6月底前",
  "task 41 (编制公共数据开放目录及相关责任清单…分类分级开放公共数据), 完成时限 2024年; the row says 2025年6月底前")
E("deadline-later-than-baseline", "持续做强“我的宁夏”政务APP金凤专区，推动", "2025年",
  "task 86 (迭代升级“我的宁夏”政务APP功能…应上尽上), 完成时限 2024年; the row says 2025年")
E("deadline-invalid", "构建“审管信”一体", "2024年13月",
  "impossible month; the row takes up task 22 (强化审管协同…“审管信”三位一体), 完成时限 2025年, so it is not a late deadline whichever month was meant")
E("unknown-unit", "七、区生态环境局", "区生态环境局",
  "department heading (the lead of rows 88-90) names a body that does not exist in 金凤区: units.txt has only 银川市生态环境局金凤分局 (= 金凤生态环境分局); flag once at the heading")

M = []
def N(rule, line, why, text=None, **kw):
    if text is not None:
        at(line, text)
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = text
    d["why"] = why; d.update(kw); M.append(d)

# basis
N("basis-mismatch", 2, "the district's own 文号 for this notice, not a basis document", "金政发〔2024〕23号")
N("basis-mismatch", ln("（国发〔2022〕14号）"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
N("basis-mismatch", ln("（宁政办发〔2023〕11号）"), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan; a correct additional basis", "宁政办发〔2023〕11号")
N("basis-mismatch", ln("（宁政办发〔2020〕14号）"), "retrospective mention of the 2020 工作要点 in the background paragraph, with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
# past dates / reporting dates
N("deadline-invalid", ln("2021年区级政务服务事项"), "past dates in the background (2021年, 2022年, 2023年 achievements), not deadlines", "2022年")
N("deadline-invalid", ln("每季度末月20日前"), "the office's own reporting dates (每季度末月20日前, 每年12月10日前), not task deadlines", "12月10日前")
N("deadline-later-than-baseline", ln("每季度末月20日前"), "reporting dates are not task deadlines", "每季度末月20日前")
# goals and body dates
N("deadline-later-than-baseline", ln("到2024年底，区级政务信息系统"), "2024 goal covers 信创云迁移 (task 43, 2024年建成), 外网全覆盖 (task 48, 2024年) and 掌上办/就近办 (task 84, 2024年): equal", "2024年底")
N("deadline-later-than-baseline", ln("到2035年，与政府治理能力"), "equal to the region's 到2035年 goal", "2035年")
N("deadline-later-than-baseline", ln("2025年底前形成一批数字乡村应用示范"), "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal year", "2025年底前")
N("deadline-later-than-baseline", ln("2024年底前区直部门非涉密业务专网"), "task 50 (非涉密业务专网整合迁移), 完成时限 2024年: equal", "2024年底前")
# units in the body
N("unknown-unit", 3, "collective addressees (各镇人民政府, 各街道办事处, 区直各部门（单位）)", "区直各部门（单位）")
N("unknown-unit", ln("银川市委、金凤区委工作部署"), "party committees named as the source of 工作部署, not responsible units; 金凤区委 is in units.txt", "银川市委")
N("unknown-unit", ln("1．健全组织机构。"), "金凤区数字政府建设领导小组 and 区大数据管理服务局 are in units.txt", "金凤区数字政府建设领导小组")
N("unknown-unit", ln("（一）加强组织领导。"), "区委、区政府 are in units.txt; 各部门（单位） is a collective", "区委、区政府")
N("unknown-unit", ln("每季度末月20日前"), "区大数据局 is the official short name of 区大数据管理服务局", "区大数据局")
# annex: headings and partners
N("unknown-unit", ln("一、区大数据管理服务局"), "heading names a registered body; it leads rows 50-55, which name no body themselves", "区大数据管理服务局")
N("unknown-unit", ln("二、区审批服务局"), "区审批服务局 is a registered short name of 区审批服务管理局", "区审批服务局")
N("unknown-unit", ln("三、区发展和改革局"), "registered body", "区发展和改革局")
N("unknown-unit", ln("九、区人民政府办公室"), "registered body", "区人民政府办公室")
N("unknown-unit", ln("配合自治区政府办公厅构建"), "自治区政府办公厅 is a regional unit named as the body the district works with, not as the lead (the lead is the heading, 区大数据管理服务局); 区直各部门 is a collective", "自治区政府办公厅")
N("unknown-unit", ln("区发改局、区住建局配合"), "partners named in a row; both are registered short names", "区住建局")
N("unknown-unit", ln("对接银川市大数据局"), "city body named as a partner; 银川市大数据局 is in units.txt", "银川市大数据局")
N("unknown-unit", ln("配合银川市审批局"), "city body named as a partner; in units.txt", "银川市审批局")
N("unknown-unit", ln("区统计局、区工信局配合"), "partners, both registered", "区工信局")
N("unknown-unit", ln("区卫健局、区农业农村水务局配合"), "partners, registered short names", "区农业农村水务局")
N("unknown-unit", ln("（区审批服务局配合）"), "partner, registered short name", "区审批服务局")
N("unknown-unit", ln("各镇（街道）具体负责"), "collective subject", "各镇（街道）")
N("unknown-unit", ln("（公安金凤区分局配合）"), "registered short name of 银川市公安局金凤区分局", "公安金凤区分局")
N("unknown-unit", ln("区司法局、区信访局配合"), "partners, registered", "区信访局")
N("unknown-unit", ln("区委政法委、公安金凤区分局配合"), "partners, registered", "区委政法委")
N("unknown-unit", ln("对接全区生态环境数据资源中心"), "the row names no body; the unknown lead is reported once at the heading (line %d)" % ln("七、区生态环境局"))
N("unknown-unit", ln("区农业农村水务局、区城管局配合"), "partners in a row under the wrong heading are themselves registered", "区城管局")
N("unknown-unit", ln("推进水、气、土、废污染防治攻坚，全面"), "the row names no body; see the heading")
N("unknown-unit", ln("区直各部门、各镇（街道）、各村（社区）全部接入"), "collective subjects", "各村（社区）")
N("unknown-unit", ln("（区机关事务服务中心配合）"), "partner, registered", "区机关事务服务中心")
N("unknown-unit", ln("区委宣传部、区融媒体中心配合"), "partners, registered", "区融媒体中心")
N("unknown-unit", ln("（区人社局配合）"), "partner, registered short name", "区人社局")
N("unknown-unit", ln("（区市场监管局配合）"), "partner, registered short name of 区市场监督管理局", "区市场监管局")
N("unknown-unit", ln("区发改局、区财政局配合"), "partners, registered", "区财政局")
N("unknown-unit", ln("配合银川市推进智慧城市建设"), "the city named as the level the district supports, not a responsible unit", "银川市")
# annex deadlines
D = [
 ("政务信创云有序迁移", "2024年底", "task 43, 完成时限 2024 年建成，持续推进: equal"),
 ("开展区级电子政务外网城域网升级改造", "2024年10月底前", "task 48, 完成时限 2024年: earlier"),
 ("以重大业务应用为牵引", "2024年", "task 50, 完成时限 2024年: equal"),
 ("推进供水、供电、供气", "2024年", "task 42, 完成时限 2024年: equal"),
 ("一应用一数仓", "2024年", "task 39, 完成时限 2024年: equal"),
 ("构建全时在线、渠道多元", "2024年", "task 84, 完成时限 2024年: equal"),
 ("建设完善企业专属网页", "2024年9月底前", "task 89, 完成时限 2024年: earlier"),
 ("一呼即应", "2025年", "task 87, 完成时限 2023年启动，2025年完成: equal"),
 ("适老化与信息无障碍建设。\t", "2024年", "task 93, 完成时限 2024年: equal"),
 ("主动服务全国一体化算力网络国家枢纽节点宁夏枢纽建设。\t", "持续推进，2025年取得明显成效", "task 1, 完成时限 持续推进，2025 年取得明显成效: equal"),
 ("区级经济运行监测分析模块", "2025年", "task 66, 完成时限 2025年: equal"),
 ("信用金凤", "2024年", "task 57, 完成时限 2024年: equal"),
 ("引导区内企业参与数据交易", "2025年", "task 12, 完成时限 2025年: equal"),
 ("落实企业信用风险分类管理", "2024年", "task 70, 完成时限 2024年: equal"),
 ("全主体、全品种、全链条数字化追溯监管（", "2024年11月底前", "task 71, 完成时限 2024年: earlier"),
 ("“屏、端、仪”等监管设施配备", "2024年", "task 74, 完成时限 2024年: equal"),
 ("加快“证照分离”改革和电子营业执照", "2024年", "task 88, 完成时限 2024年: equal"),
 ("各镇（街道）具体负责", "2025年", "task 83, 完成时限 2025年: equal"),
 ("全时可用、全程可控的社会治安防控体系", "2024年", "task 79, 完成时限 2024年: equal"),
 ("线上“一站式”受理渠道", "2024年", "task 77, 完成时限 2024年: equal"),
 ("接入全区统一的“视频一张网”", "2024年", "task 49, 完成时限 2025年: earlier"),
 ("迭代升级安全生产、自然灾害", "2024年", "task 80, 完成时限 2024年: equal"),
 ("建设区级视频指挥调度体系", "2025年", "task 81, 完成时限 2025年: equal"),
 ("对接全区生态环境数据资源中心", "2024年", "task 94, 完成时限 2024年: equal"),
 ("实现生态环境数据共享、业务协同", "2025年", "task 95, 完成时限 2025年: equal"),
 ("推进水、气、土、废污染防治攻坚，全面", "2025年", "task 102, 完成时限 2025年: equal"),
 ("构建区级农业农村数据资源体系", "持续推进，2025年取得明显成效", "task 10, 完成时限 持续推进，2025年取得明显成效: equal"),
 ("推进辖区供水设施数字化改造", "2025年", "task 96, 完成时限 2025年: equal"),
 ("全部接入，实现日常公务移动协同", "2024年", "task 105, 完成时限 2024年: equal"),
 ("开展统一填表报数", "2025年", "task 106, 完成时限 2025年: equal"),
 ("形成全区统筹应用的视频会议平台（", "2024年", "task 107, 完成时限 2025年: earlier"),
 ("政务公开发布格局。\t", "2024年", "task 112, 完成时限 2024年: equal"),
 ("开发多样化政策解读产品（", "2024年", "task 114, 完成时限 2024年: equal"),
 ("形成常态化考核机制。\t", "长期坚持", "task 121, 完成时限 长期坚持: equal"),
 ("非税收入收缴电子化全覆盖", "2025年", "task 56, 完成时限 2025年: equal"),
 ("与预算单位内控系统的数据衔接", "2024年", "task 110, 完成时限 2024年: equal"),
 ("培养一批青年骨干人才", "2025年", "task 120, 完成时限 2025年: equal"),
 ("数字政府专题培训班", "长期坚持", "task 118, 完成时限 2023年完成并长期坚持: the 2023 part is done before this 2024 plan; 长期坚持 keeps the ongoing part"),
]
for sub, text, why in D:
    n = ln(sub); at(n, text)
    assert L[n-1].split('\t')[-1] == text, (n, L[n-1].split('\t')[-1], text)
    N("deadline-later-than-baseline", n, why, text)
# pillars covered under other headings
N("missing-pillar", 0, "五个一 taken up at line %d (健全组织机构: 领导小组、办公室、专家咨询团队 under 健全工作体系)" % ln("1．健全组织机构。"), pillar="五个一")
N("missing-pillar", 0, "六级贯通 taken up at line %d (厘清层级职责)" % ln("2．厘清层级职责。"), pillar="六级贯通")
N("missing-pillar", 0, "数字生态 taken up at line %d" % ln("3．营造良好数字生态。"), pillar="数字生态")
N("missing-pillar", 0, "财政投入 taken up at line %d" % ln("（二）加大财政投入。"), pillar="财政投入")

C = [
 (1, "主动服务全国一体化算力网络国家枢纽节点宁夏枢纽建设。\t"), (3, "金凤工业集中区“智慧园区”"), (6, "2．引领数字社会建设。"),
 (9, "2．引领数字社会建设。"), (10, "构建区级农业农村数据资源体系"), (12, "引导区内企业参与数据交易"),
 (13, "3．营造良好数字生态。"), (14, "1．强化安全保障。"), (15, "1．强化安全保障。"), (18, "1．强化安全保障。"),
 (20, "2．完善制度规则。"), (21, "2．完善制度规则。"), (22, "构建“审管信”一体"), (24, "2．完善制度规则。"),
 (25, "（二）加大财政投入。"), (28, "2．完善制度规则。"), (30, "3．加强数据资源管理。"), (32, "3．加强数据资源管理。"),
 (36, "3．加强数据资源管理。"), (39, "一应用一数仓"), (41, "编制区级公共数据开放目录"), (42, "推进供水、供电、供气"),
 (43, "政务信创云有序迁移"), (48, "开展区级电子政务外网城域网升级改造"), (50, "以重大业务应用为牵引"),
 (52, "4．提升平台支撑能力。"), (54, "4．提升平台支撑能力。"), (56, "非税收入收缴电子化全覆盖"), (57, "信用金凤"),
 (64, "1．健全组织机构。"), (66, "区级经济运行监测分析模块"), (68, "2．提升市场监管能力。"), (70, "落实企业信用风险分类管理"),
 (71, "全主体、全品种、全链条数字化追溯监管（"), (72, "2．提升市场监管能力。"), (74, "“屏、端、仪”等监管设施配备"),
 (77, "线上“一站式”受理渠道"), (79, "全时可用、全程可控的社会治安防控体系"), (80, "迭代升级安全生产、自然灾害"),
 (81, "建设区级视频指挥调度体系"), (83, "各镇（街道）具体负责"), (84, "构建全时在线、渠道多元"), (85, "4．提升公共服务能力。"),
 (86, "持续做强“我的宁夏”政务APP金凤专区，推动"), (87, "一呼即应"), (88, "加快“证照分离”改革和电子营业执照"),
 (89, "建设完善企业专属网页"), (93, "适老化与信息无障碍建设。\t"), (94, "对接全区生态环境数据资源中心"),
 (95, "实现生态环境数据共享、业务协同"), (96, "推进辖区供水设施数字化改造"), (102, "推进水、气、土、废污染防治攻坚，全面"),
 (103, "6．提升政务运行能力。"), (104, "6．提升政务运行能力。"), (105, "全部接入，实现日常公务移动协同"), (106, "开展统一填表报数"),
 (107, "形成全区统筹应用的视频会议平台（"), (110, "与预算单位内控系统的数据衔接"), (112, "政务公开发布格局。\t"),
 (114, "开发多样化政策解读产品（"), (115, "7．提升政务公开能力。"), (116, "（一）加强组织领导。"), (118, "数字政府专题培训班"),
 (120, "培养一批青年骨干人才"), (121, "形成常态化考核机制。\t"), (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"),
 (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(s)} for t, s in C]

key = {
 "writer": "blind writer, round 458; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("District plan of 银川市金凤区 (issued 2024-04-18) checked against 宁政发〔2023〕17号 only; no parent plan. "
           "The annex (line %d on) has one table per department: the department in the heading above each table leads every row "
           "(the note at line %d says so); bodies in brackets inside a row are partners. Rows 88-90 sit under the non-existent "
           "区生态环境局 heading and are reported once, at the heading. Tasks the region gave a 2023 deadline are taken up in the body "
           "without dates, so no 2023-vs-2024 comparison arises. units.txt is the district registry, including the 银川市 bodies the "
           "rows name as partners.") % (ln("附件：金凤区数字政府建设重点任务分工表"), ln("（说明：各表所列任务由表题所列单位牵头负责"))
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers), len(set(c['task'] for c in covers)))
