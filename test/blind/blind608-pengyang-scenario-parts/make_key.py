# Builds key.json from draft.txt; every line number is found by searching the final draft (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')

def ln(sub, start=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def row(n):
    return ln('', start=f'{n}\t')

def cell(n, k):
    return L[row(n) - 1].split('\t')[k]

expect = [
    {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护",
     "why": "七个能力 pillar 生态环境保护 (实施意见 五(五), tasks 94-102) has no part, no measure and no task row: no 生态环境监测, 互联网+城乡供水, 自然资源一张图, 智慧林草, 碳排放 or 污染防治 content anywhere"},
    {"rule": "deadline-later-than-baseline", "line": row(10), "text": "2025年6月底前",
     "why": "row 10 适老化与信息无障碍改造 = task 93, 完成时限 2024年; the county puts it half a year later"},
    {"rule": "unknown-unit", "line": row(26), "text": "县大数据局",
     "why": "彭阳县 has no 大数据局; not in units.txt (data work sits with 县人民政府办公室); a slip copied from city-level plans"},
    {"rule": "basis-mismatch", "line": ln('宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
    {"rule": "garbled-text", "line": ln('寤虹珛鍋ュ叏'), "text": "寤虹珛鍋ュ叏鏁版嵁",
     "why": "UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 建立健全数据分类分级保护"},
    {"rule": "deadline-invalid", "line": row(43), "text": "20224年",
     "why": "impossible year (typo for 2024年); row 43 = task 121, 完成时限 长期坚持"},
]
for t in (94, 95, 96, 97, 98, 99, 100, 101, 102):
    expect.append({"rule": "task-uncovered", "line": 0, "task": t,
                   "why": "生态环境保护 task (各市、县（区）配合) left out with the whole pillar"})

M = []
def mnf(rule, line, why, text=None, pillar=None):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    if pillar is not None: e["pillar"] = pillar
    e["why"] = why
    M.append(e)

# --- pillars present under scenario names or inside another part's measures
P = [
    ("公共服务", "present under the scenario name 二、“高效办成一件事”场景 (lines %d-%d: 一网通办, 我的宁夏, 一件事, 12345, 适老化) and rows 1-10" % (ln('二、聚焦'), ln('（四）提升民生服务'))),
    ("社会管理", "present under 三、“城市运行一网统管”场景: 矛盾纠纷化解, 雪亮工程, 智慧应急, 互联网+基层治理 (lines %d-%d), rows 12-16" % (ln('（二）提升矛盾化解'), ln('（四）提升基层智慧治理'))),
    ("政务运行", "present under 四、“干部群众办事一网协同”场景: 宁政通, 协同办公, 填表报数, 视频会议, 驾驶舱, 互联网+督查, 机关事务 (lines %d-%d)" % (ln('（一）推广“宁政通”'), ln('（四）提升机关事务'))),
    ("数据资源", "present under 五、数据赋能场景: 数据目录, 一本账, 供需对接, 基础库/主题库, 公共数据开放 (lines %d-%d)" % (ln('（一）摸清数据资源底数'), ln('（三）推进公共数据开放'))),
    ("安全保障", "present under 六、安全守护场景 (lines %d-%d)" % (ln('六、聚焦安全守护'), ln('（四）提高自主可控'))),
    ("市场监管", "no part of its own, but present inside the 高效办成一件事 part: 照单监管, 双随机一公开, 信用风险分类, 互联网+监管, 消费维权一件事 (line %d) and rows 6-7" % ln('同步推进审管联动')),
    ("政务公开", "present inside the 一网协同 part, measure （五） (line %d: 政务公开平台, 政策文件库, 政务新媒体, 政民互动) and rows 24-25" % ln('（五）推进政务公开')),
    ("经济调节", "present inside the 数据赋能 part, measure （四） 赋能经济运行监测 (line %d) and row 30" % ln('（四）赋能经济运行监测')),
    ("数字经济", "present inside the 数据赋能 part, measure （五） 智慧园区/产业数字化 (line %d), row 31, and 数字乡村 特色产业 (line %d)" % (ln('（五）赋能产业数字化'), ln('（五）推进数字乡村'))),
    ("数字社会", "present inside 一网统管 (智慧城市 line %d, 数字乡村 line %d) and 高效办成一件事 (教育/医疗/养老 数字化 line %d)" % (ln('（一）建设县城市运行'), ln('（五）推进数字乡村'), ln('（四）提升民生服务'))),
    ("数字生态", "present inside the 数据赋能 part, measure （六） 数据要素市场, 数据交易制度, 网络综合治理 (line %d) and row 32" % ln('（六）培育数据要素市场')),
    ("平台支撑", "present in 保障支撑 （二） 夯实平台底座 (line %d: 政务云, 外网, 专网整合, 视频共享, 共性应用) and rows 34, 36-39" % ln('（二）夯实平台底座')),
    ("制度规则", "present in 保障支撑 （三） 规范项目和制度管理 (line %d: 职责梳理, 权力事项网上运行, 项目会商, 一本账, 标准, 试点) and rows 40-41" % ln('（三）规范项目和制度管理')),
    ("五个一和六级贯通", "the work system is present in 保障支撑 （一） 健全工作体系 (line %d: 领导小组及办公室, 六级贯通 县乡村职责, 运营公司和专家咨询委员会) and row 35" % ln('（一）健全工作体系')),
    ("组织领导", "保障支撑 （四） 加强组织领导 (line %d: 一把手工程, 主要领导负责制)" % ln('（四）加强组织领导')),
    ("财政投入", "保障支撑 （五） 加大财政投入 (line %d)" % ln('（五）加大财政投入')),
    ("数字素养", "保障支撑 （六） 提升数字素养 (line %d) and row 42" % ln('（六）提升数字素养')),
    ("考核评价", "保障支撑 （七） 强化考核评价 (line %d) and row 43" % ln('（七）强化考核评价')),
]
for p, why in P:
    mnf("missing-pillar", 0, why, pillar=p)

# --- deadlines equal to or earlier than the region's (task number and 完成时限 from 附件2)
D = {
    1: (84, "2024年", "equal (same year, month given)"),
    2: (86, "2024年", "equal year, earlier month"),
    3: (52, "2025年", "equal"),
    4: (89, "2024年", "equal"),
    5: (88, "2024年", "equal"),
    6: (70, "2024年", "equal"),
    7: (73, "2024年", "equal"),
    8: (6, "持续推进，2025年取得明显成效", "equal (also task 8, same 时限)"),
    9: (87, "2023年启动，2025年完成", "earlier: completing milestone 2024 < 2025"),
    11: (9, "持续推进，2025年取得明显成效", "equal completing milestone 2025; the 2024 建成 milestone is extra"),
    12: (77, "2024年", "equal"),
    13: (79, "2024年", "equal"),
    14: (80, "2024年", "equal"),
    15: (81, "2025年", "equal"),
    16: (83, "2025年", "equal"),
    17: (10, "持续推进，2025年取得明显成效", "equal"),
    18: (105, "2024年", "equal year, earlier month"),
    19: (104, "2024年", "equal"),
    20: (106, "2025年", "earlier: 2024 < 2025"),
    21: (107, "2025年", "equal"),
    22: (111, "2025年", "equal"),
    23: (108, "长期推进，2024年取得明显成效", "equal"),
    24: (112, "2024年", "equal (also task 114, 2024年)"),
    25: (115, "2024年", "equal"),
    27: (42, "2024年", "equal"),
    28: (33, "2024年", "equal (also task 34, 2024年)"),
    29: (40, "2024年", "equal (also task 54, 2024年)"),
    30: (66, "2025年", "earlier than task 66; equal to task 65 (经济治理基础数据库, 2024年)"),
    31: (3, "持续推进，2025年取得明显成效", "equal"),
    32: (12, "2025年", "earlier than task 12; equal to task 13 (数据交易制度环境, 2024年)"),
    33: (16, "2024年", "equal"),
    34: (43, "2024年建成，持续推进", "equal (also task 19, 2023年启动，2024年建成)"),
    35: (64, "2025年", "earlier: 2024年6月 < 2025 (task 60, 充实自治区领导小组, is the region's own task, 自治区政府办公厅负责)"),
    36: (48, "2024年", "equal (also task 47, 2024年)"),
    37: (49, "2025年", "earlier"),
    38: (53, "2024年", "equal"),
    39: (56, "2025年", "equal"),
    40: (20, "2024年", "equal (also task 21, 2024年)"),
    41: (28, "2023年启动，2025年取得明显成效", "equal completing milestone"),
    42: (117, "2024年", "equal to task 117; earlier than task 120 (2025年)"),
}
for n, (t, dl, rel) in D.items():
    mnf("deadline-later-than-baseline", row(n), "row %d = task %d, 完成时限 %s: %s" % (n, t, dl, rel), text=cell(n, 5))

# --- dates that are not task deadlines
mnf("deadline-later-than-baseline", ln('到2024年底，县城市运行'), "2024 goals: 城市运行管理服务平台 (task 9, 2025) earlier; 宁政通三级全覆盖 (task 105, 2024年) and 一网通办 (task 84, 2024年) equal; no regional 2023-end goal is restated", text="到2024年底")
mnf("deadline-later-than-baseline", ln('到2025年，全县数字政府建设体系框架全面成型'), "same 2025 goal as the region's 主要目标 (体系框架全面成型 到2025年): equal", text="到2025年")
mnf("deadline-invalid", ln('截至2023年底'), "past date in the background (retrospective statistic), not a deadline", text="2023年底")
mnf("deadline-invalid", ln('每年6月25日、12月25日前'), "the office's own reporting dates, not task deadlines", text="6月25日")
mnf("deadline-invalid", 6, "the document's issue date", text="2024年4月12日")

mnf("deadline-later-than-baseline", ln('附件：彭阳县数字政府建设重点任务清单'), "the attachment's title gives the plan period （2024年—2025年）, not a deadline", text="2025年")
mnf("deadline-later-than-baseline", ln('', start='彭阳县数字政府建设重点任务清单'), "title of the task list: plan period, not a deadline", text="2025年")

# --- basis documents
mnf("basis-mismatch", 2, "the document's own 文号, not a cited basis", text="彭政办发〔2024〕21号")
mnf("basis-mismatch", ln('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", text="国发〔2022〕14号")
mnf("basis-mismatch", ln('国发〔2024〕3号'), "real national document (国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见, 国发〔2024〕3号, January 2024), correctly cited; not in the seeds", text="国发〔2024〕3号")
mnf("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the background (认真落实…以来), not a basis; title and 文号 match", text="宁政办发〔2020〕14号")

# --- units: aliases, distributed prefixes, collectives, registered non-government units
U = [
    (row(2), "县审批局", "official short name of 县审批服务管理局 in units.txt"),
    (row(6), "县市场监管局", "short name of 县市场监督管理局 in units.txt"),
    (row(17), "县工信商务局", "short name of 县工业信息化和商务局 in units.txt"),
    (row(17), "县供销社", "short name of 县供销合作社联合社 in units.txt"),
    (row(23), "县发改局", "alias of 县发展和改革局 in units.txt"),
    (row(10), "县残联", "short name of 县残疾人联合会 in units.txt"),
    (row(33), "县保密局", "short name of 县委机要和保密局 in units.txt"),
    (row(31), "县工业园区管委会", "short name of 县工业园区管理委员会 in units.txt"),
    (row(36), "电信彭阳分公司", "short name of 中国电信股份有限公司彭阳分公司 in units.txt (unit outside the government proper)"),
    (row(38), "彭阳县税务局", "vertical unit listed in units.txt"),
    (row(43), "县数字政府建设领导小组办公室", "listed in units.txt"),
    (row(3), "民政局", "prefix 县 distributes: 县公安局、民政局、教育体育局、卫生健康局、人力资源和社会保障局 -> 县民政局 etc., all in units.txt"),
    (row(3), "人力资源和社会保障局", "prefix 县 distributes -> 县人力资源和社会保障局"),
    (row(39), "自然资源局", "prefix 县 distributes: 县教育体育局、卫生健康局、自然资源局、公安局 -> 县自然资源局 etc."),
    (row(42), "宣传部", "prefix 县委 distributes: 县委组织部、宣传部 -> 县委宣传部"),
    (ln('县财政局、审计局要加强'), "审计局", "prefix 县 distributes -> 县审计局 (inline mention)"),
    (row(1), "各乡镇人民政府", "collective subject"),
    (row(1), "县直各部门（单位）", "collective subject"),
    (row(2), "县直有关部门（单位）", "collective subject"),
    (row(7), "承担监管职责的县直有关部门（单位）", "collective subject"),
    (row(16), "各村（社区）", "collective subject"),
    (ln('一体化推进县级指挥调度中心建设'), "县级指挥调度中心", "a facility to be built, not a responsible unit"),
    (ln('推进县人民医院、县中医医院'), "县人民医院", "hospital named as a place of application, also listed in units.txt"),
]
for line, text, why in U:
    mnf("unknown-unit", line, why, text=text)

covers = []
def cov(t, line): covers.append({"task": t, "line": line})
for n, (t, _, _) in D.items():
    cov(t, row(n))
cov(93, row(10)); cov(41, row(26)); cov(121, row(43))
cov(114, row(24)); cov(34, row(28)); cov(54, row(29)); cov(65, row(30)); cov(13, row(32)); cov(19, row(34)); cov(47, row(36)); cov(21, row(40)); cov(8, row(8))
cov(85, ln('（二）推动“一件事”集成办理'))
cov(68, ln('同步推进审管联动')); cov(72, ln('同步推进审管联动')); cov(71, ln('同步推进审管联动'))
cov(11, ln('（五）推进数字乡村')); cov(7, ln('深入推广国家智慧教育平台'))
cov(103, ln('（三）提升辅助决策')); cov(109, ln('（三）提升辅助决策'))
cov(30, ln('（一）摸清数据资源底数')); cov(32, ln('（一）摸清数据资源底数')); cov(36, ln('（二）推动数据高效共享'))
cov(14, ln('（一）压实安全责任')); cov(15, ln('（一）压实安全责任')); cov(18, ln('（三）提升防护能力'))
cov(50, ln('（二）夯实平台底座')); cov(51, ln('（二）夯实平台底座')); cov(55, ln('（二）夯实平台底座'))
cov(23, ln('（三）规范项目和制度管理')); cov(24, ln('（三）规范项目和制度管理'))
cov(116, ln('（四）加强组织领导')); cov(25, ln('（五）加大财政投入')); cov(118, ln('（六）提升数字素养'))
cov(122, ln('（七）强化考核评价')); cov(123, ln('（七）强化考核评价')); cov(124, ln('（七）强化考核评价'))
seen = set(); cv = []
for c in covers:
    k = (c["task"], c["line"])
    if k not in seen: seen.add(k); cv.append(c)
cv.sort(key=lambda c: (c["task"], c["line"]))

key = {
    "writer": "blind writer, round 608; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": cv,
    "notes": ("彭阳县 (固原市) 2024 实施方案 whose parts are named by application scenarios (高效办成一件事, 城市运行一网统管, "
              "干部群众办事一网协同, 数据赋能, 安全守护, 保障支撑); the framework's pillars appear only through those parts and their measures. "
              "生态环境保护 is the one pillar truly absent. The task table (lines %d-%d) has columns 序号/应用场景/重点任务/牵头单位/配合单位/完成时限; "
              "a blank 应用场景 cell continues the group above; line %d states that the first-listed lead is the main lead. "
              "Tasks whose regional 完成时限 is 2023 (e.g. 14, 15, 30, 32, 68, 85) are taken up in the body without dates on purpose. "
              "县自然资源局 (row 39, 不动产登记 fees) and 水电气网联合报装 (line %d) are not 生态环境保护 content.")
             % (row(1) - 1, row(43), ln('注：牵头单位'), ln('水电气网联合报装')),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(cv))
