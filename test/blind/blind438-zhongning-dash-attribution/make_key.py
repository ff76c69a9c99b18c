# Builds key.json; every line number is looked up from a unique substring of draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(s):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]
def chk(line, text):
    assert text in L[line - 1], (line, text)

expect = []
def E(rule, anchor, text, why, **kw):
    n = ln(anchor); chk(n, text)
    d = {"rule": rule, "line": n, "text": text, "why": why}; d.update(kw); expect.append(d)

E("deadline-later-than-baseline", "（2025年6月底前）完善电子政务外网", "2025年6月底前",
  "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; task 47 (电子政务外网升级改造) 2024年; the draft's own 2024 goal (line %d) also says 县乡村三级全覆盖 by 到2024年底" % ln("到2024年底"))
E("deadline-later-than-baseline", "推进基层填表报数减负", "2026年6月底前",
  "task 106 (依托宁政通开发全区统一填表报数系统，基层填表报数工作量压减50%以上) 完成时限 2025年; the pilot 2025年6月底前 is within it but the rollout that completes the task is 2026年6月底前")
E("deadline-invalid", "推进适老化与信息无障碍建设", "21月",
  "impossible month in （2024年21月底前） (transposed 12月); task 93 (适老化与信息无障碍建设) 完成时限 2024年, so the intended 2024年12月底前 would be equal")
E("unknown-unit", "提升“一网通办”能力", "县信息中心",
  "not in units.txt: the county's data body is 县大数据中心 (县信息中心 is an outdated name); task 84, line is otherwise correct")
E("unknown-unit", "推广协同办公平台", "自治区政府办公厅",
  "a regional body named as the lead (牵头) of a local county task; copied from task 104's 责任单位 (自治区政府办公厅牵头负责). The county lead should be 县政府办公室 or 县大数据中心")
E("basis-mismatch", "各牵头单位要对照", "自治区人民政府关于加强数字政府建设的实施方案",
  "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the title is given as 实施方案 (the preamble at line %d cites it correctly)" % ln("根据《国务院关于加强数字政府建设的指导意见》"))

mnf = []
def M(rule, anchor, why, text=None, **kw):
    n = ln(anchor) if anchor else 0
    d = {"rule": rule, "line": n}
    if text is not None:
        chk(n, text); d["text"] = text
    d["why"] = why; d.update(kw); mnf.append(d)

D = "deadline-later-than-baseline"
U = "unknown-unit"
# --- deadlines: equal / earlier / two-date / ongoing
M(D, "融入算力枢纽建设", "equal: task 1 完成时限 持续推进，2025年取得明显成效; draft （持续推进，2025年底前取得明显成效）", "2025年底前")
M(D, "建设枸杞产业云", "equal: task 2 (产业云，与政务云互联互通) 完成时限 2023年启动，2024年取得明显成效; draft 2024年12月底前", "2024年12月底前")
M(D, "推进智慧园区建设", "equal: task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; draft 2025年底前", "2025年底前")
M(D, "推进智慧教育", "two dates, pilot earlier than rollout: task 7 完成时限 2023年形成试点经验，2025年取得明显成效; the completing milestone 2025年底前 equals the region's; the county pilot (2024年8月) is later than the region's 2023 pilot milestone only because the plan is issued in 2024, and a pilot is not the completing milestone", "2024年8月底前")
M(D, "深化“互联网+医疗健康”应用", "earlier: task 8 完成时限 持续推进，2025年取得明显成效; draft 2024年12月底前", "2024年12月底前")
M(D, "推进数字乡村建设", "two dates, pilot earlier than rollout: task 10 完成时限 持续推进，2025年取得明显成效; pilot 2024年9月底前, rollout 2025年底前 = equal", "2025年底前")
M(D, "推进“数字供销”示范建设", "equal to the completing milestone: task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; draft 2025年底前", "2025年底前")
M(D, "推进县城“一网统管”", "equal: task 9 (智慧城市、城市生命线、一网统管; 各县（市、区）配合) 完成时限 持续推进，2025年取得明显成效; draft 2025年底前", "2025年底前")
M(D, "培育数据要素市场", "equal: task 12 (数据要素市场) 完成时限 2025年; draft 2025年底前 (the sentence avoids task 13's 数据交易规则, due 2024年)", "2025年底前")
M(D, "强化安全管理责任", "ongoing, no date: tasks 14 and 15 完成时限 2023年 (before the plan's year); the county states standing duties without a date")
M(D, "提升安全保障能力", "ongoing: task 18 完成时限 2023年形成机制，长期坚持; draft （长期坚持） with no year", "长期坚持")
M(D, "开展数据安全评估", "equal: task 16 (数据安全防护能力评估指标体系) 完成时限 2024年; draft 2024年12月底前", "2024年12月底前")
M(D, "推动行政权力网上运行", "equal/earlier: task 21 完成时限 2024年, task 22 (审管协同) 2025年; draft 2024年12月底前", "2024年12月底前")
M(D, "建立数字资源“一本账”", "equal: task 23 (一体化数字资源管理系统，一本账) 完成时限 2024年; draft 2024年12月底前. Not task 30 (政务数据资源目录“一本账”, 2023年): the paragraph is about 重大改革、重点项目、关键应用", "2024年12月底前")
M(D, "健全项目统筹管理机制", "ongoing, no date: task 24 (会商机制) 完成时限 2023年")
M(D, "开展试点示范", "two dates: task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025年底前 equals the region's; 2024年启动 is only the start in a plan issued in 2024", "2025年底前")
M(D, "完善数据管理机制", "ongoing, no date: tasks 30, 31, 32 完成时限 2023年")
M(D, "对接基础库和主题库", "equal: tasks 33 and 34 完成时限 2024年; draft 2024年12月底前", "2024年12月底前")
M(D, "推进公共数据开放与融合应用", "earlier: tasks 41 and 42 完成时限 2024年; draft 2024年10月底前", "2024年10月底前")
M(D, "规范电子公文和电子档案管理", "equal: tasks 40 and 54 完成时限 2024年; draft 2024年12月底前", "2024年12月底前")
M(D, "推进政务系统上云", "equal: task 43 完成时限 2024年建成，持续推进; task 46 2024年; task 19 2023年启动，2024年建成; draft 2024年12月底前", "2024年12月底前")
M(D, "整合非涉密业务专网", "equal: task 50 完成时限 2024年; draft 2024年12月底前", "2024年12月底前")
M(D, "融入“视频一张网”", "equal: task 49 完成时限 2025年; draft 2025年底前", "2025年底前")
M(D, "推广电子证照和电子印章应用", "equal/earlier: task 53 (电子印章) 完成时限 2024年, task 52 (电子证照) 2025年; draft 2024年12月底前", "2024年12月底前")
M(D, "推进非税收入收缴电子化", "equal: task 56 完成时限 2025年; draft 2025年底前", "2025年底前")
M(D, "建设信用中国（宁夏）中宁站", "equal: task 57 完成时限 2024年; draft 2024年12月底前", "2024年12月底前")
M(D, "健全组织机构。参照自治区", "earlier: task 64 (各地各部门参照自治区做法成立组织机构) 完成时限 2025年; draft 2024年6月底前. Task 60 (充实自治区领导小组, 2023年) concerns the region's own leading group, not the county's", "2024年6月底前")
M(D, "强化经济运行监测", "equal: task 66 (三维一体 经济运行大数据平台, 重点企业360画像) 完成时限 2025年; draft 2025年底前. Not task 65 (经济治理基础数据库, 2024年)", "2025年底前")
M(D, "落实“照单监管”", "ongoing, no date: tasks 68 and 72 完成时限 2023年")
M(D, "推行枸杞全链条追溯监管", "equal: task 71 完成时限 2024年", "2024年12月底前")
M(D, "推进非现场监管", "equal: task 74 完成时限 2024年", "2024年12月底前")
M(D, "完善矛盾纠纷多元化解", "equal: task 77 完成时限 2024年", "2024年12月底前")
M(D, "深化“雪亮工程”应用", "equal: task 79 完成时限 2024年", "2024年12月底前")
M(D, "推进“智慧应急”建设", "earlier: task 80 完成时限 2024年; draft 2024年11月底前", "2024年11月底前")
M(D, "实施“互联网+基层治理”行动", "two dates, pilot earlier than rollout: task 83 完成时限 2025年; pilot 2024年10月底前, rollout 2025年底前 = equal", "2025年底前")
M(D, "提升“一网通办”能力", "equal: task 84 完成时限 2024年", "2024年12月底前")
M(D, "深化“免证办”", "ongoing: task 85 完成时限 2023年; draft （持续推进） with no year", "持续推进")
M(D, "用好“我的宁夏”政务APP", "two dates within 2024: task 86 完成时限 2024年; 2024年6月底前 then 2024年12月底前 = equal", "2024年12月底前")
M(D, "优化12345政务服务便民热线", "equal: task 87 完成时限 2023年启动，2025年完成; draft 2025年底前", "2025年底前")
M(D, "优化涉企服务", "equal: tasks 88 and 89 完成时限 2024年", "2024年12月底前")
M(D, "推进公共场馆数字化", "equal: task 90 完成时限 2024年", "2024年12月底前")
M(D, "强化生态环境数据应用", "equal/earlier: task 94 完成时限 2024年 (task 95 2025年)", "2024年12月底前")
M(D, "推进“互联网+城乡供水”", "equal: task 96 完成时限 2025年", "2025年底前")
M(D, "用好自然资源“一张图”", "equal: tasks 97 and 98 完成时限 2024年", "2024年12月底前")
M(D, "完善资源要素交易", "equal: task 100 完成时限 2025年", "2025年底前")
M(D, "提升辅助决策能力", "equal: task 103 完成时限 2024年", "2024年12月底前")
M(D, "推广协同办公平台", "equal: task 104 完成时限 2024年 (this line's error is the unit, not the date)", "2024年12月底前")
M(D, "深化“宁政通”应用", "earlier: task 105 完成时限 2024年; draft 2024年9月底前", "2024年9月底前")
M(D, "推进基层填表报数减负", "the pilot date 2025年6月底前 is within task 106's 2025年; only the rollout 2026年6月底前 is late (in expect)", "2025年6月底前")
M(D, "整合视频会议和机关事务系统", "equal: tasks 107 and 111 完成时限 2025年", "2025年底前")
M(D, "推进公共资源交易全流程数字化", "equal: task 108 完成时限 长期推进，2024年取得明显成效; draft （长期推进，2024年底前取得明显成效）", "2024年底前")
M(D, "完善政务公开平台", "equal: tasks 112 and 113 完成时限 2024年", "2024年12月底前")
M(D, "构建政务新媒体矩阵", "equal: task 114 完成时限 2024年", "2024年12月底前")
M(D, "畅通政民互动渠道", "equal: task 115 完成时限 2024年", "2024年12月底前")
M(D, "到2024年底，全县", "county goal for 2024 (plan year): 外网县乡村全覆盖 = task 48 (2024年), 一网通办 = task 84 (2024年), 我的宁夏/宁政通 = tasks 86/105 (2024年), 组织体系 = task 64 (2025年). The region's 2023 goal concerns 自治区本级“五个一”组织架构, a different goal", "2024年底")
M(D, "到2025年，全县", "equal to the region's 主要目标 到2025年 “34567”体系框架全面成型", "2025年")
M(D, "到2035年，与政府", "equal to the region's 主要目标 到2035年", "2035年")
M(D, "各牵头单位于每季度末月25日前", "the office's own reporting dates (quarterly progress, 2025年1月10日前 annual summary for 2024), not task deadlines; tasks 121–124 are 长期坚持", "2025年1月10日前")
M("deadline-invalid", "截至2023年底", "past date in the background (state of play at the end of 2023), not a deadline", "2023年底")
M("deadline-invalid", "2024年3月28日", "the notice's issue date", "2024年3月28日")
M("deadline-invalid", "附件：中宁县", "period of the attached task list (2024年—2025年), not a deadline", "2024年")
# --- units: collectives, aliases, distribution, registry names
M(U, "（2025年6月底前）完善电子政务外网", "collectives 各乡镇人民政府、县直各部门 in the dash line", "各乡镇人民政府")
M(U, "强化安全管理责任", "collectives 县直各部门、各乡镇人民政府 (分别负责)", "县直各部门")
M(U, "推进公共服务数字化", "collective 县直有关部门（单位）", "县直有关部门（单位）")
M(U, "厘清层级职责", "collective 各村（社区）", "各村（社区）")
M(U, "完善工作机制。建立", "collective 县直各部门（单位）", "县直各部门（单位）")
M(U, "对接基础库和主题库", "prefix 县 distributes: 人力资源和社会保障局、市场监管局、自然资源局 = 县人力资源和社会保障局、县市场监管局 (alias of 县市场监督管理局)、县自然资源局", "人力资源和社会保障局")
M(U, "完善矛盾纠纷多元化解", "prefix 县 distributes: 司法局、信访局 = 县司法局、县信访局; 县人民法院、县人民检察院 are in units.txt", "司法局")
M(U, "推进非税收入收缴电子化", "国家税务总局中宁县税务局 is one registered name; not to be split", "国家税务总局中宁县税务局")
M(U, "推进非现场监管", "中卫市生态环境局中宁分局 is the county's environment body (registered), although it carries the city's name", "中卫市生态环境局中宁分局")
M(U, "融入算力枢纽建设", "official short name 县发改局 = 县发展和改革局", "县发改局")
M(U, "深化“互联网+医疗健康”应用", "short names 县卫健局 = 县卫生健康局, 县医保局 = 县医疗保障局", "县卫健局")
M(U, "推进智慧园区建设", "县应急局 = 县应急管理局; 中宁工业园区管委会 registered", "县应急局")
M(U, "推进“数字供销”示范建设", "县供销社 = 县供销合作社联合社", "县供销社")
M(U, "推进适老化与信息无障碍建设", "县残联 = 县残疾人联合会", "县残联")
M(U, "用好自然资源“一张图”", "dash line without 牵头/配合: the draft's note (line %d) makes the first-listed unit (县自然资源局) the lead; 县林草局 = 县林业和草原局" % ln("排在第一位的为牵头单位"), "县林草局")
M(U, "推进“智慧应急”建设", "中宁县消防救援大队, 中宁县气象局 registered (vertical bodies)", "中宁县消防救援大队")
M(U, "推进政务系统上云", "自治区政府办公厅 appears in the body text as the owner of the cloud scheduling rules, not as a responsible unit; the lead is 县大数据中心", "自治区政府办公厅")
M(U, "提升数字素养", "县委党校 registered; 县人社局 = 县人力资源和社会保障局", "县委党校")
M(U, "推进县城“一网统管”", "县住建局 = 县住房和城乡建设局", "县住建局")
# --- basis
M("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "correct: 国发〔2022〕14号 and 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "宁政发〔2023〕17号")
M("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is a real companion document (cited the same way in the 吴忠 plan), not the baseline", "宁政办发〔2023〕11号")
M("basis-mismatch", "近年来，我县认真落实", "retrospective mention of the 2020 工作要点 (宁政办发〔2020〕14号) in the background, with its correct title; not cited as the basis", "宁政办发〔2020〕14号")
# --- pillars
M("missing-pillar", None, "五个一/六级贯通 work system is taken up in section 四 (lines %d-%d) under a county heading (县乡村贯通的工作体系), mentioning “五个一” and “六级贯通”" % (ln("四、健全县乡村贯通"), ln("完善工作机制。建立")), pillar="五个一")
M("missing-pillar", None, "数字生态 has its own subsection (lines %d-%d)" % (ln("（三）营造良好数字生态"), ln("营造安全可靠的数字化发展环境")), pillar="数字生态")
M("missing-pillar", None, "党的领导 items 组织领导、财政投入、数字素养、考核评价 are all at lines %d-%d" % (ln("（一）加强组织领导"), ln("（四）强化考核评价")), pillar="党的领导")

covers = []
def C(task, anchor): covers.append({"task": task, "line": ln(anchor)})
for t, a in [(1, "融入算力枢纽建设"), (2, "建设枸杞产业云"), (3, "推进智慧园区建设"), (5, "完善数字经济治理体系"),
             (6, "推进公共服务数字化"), (7, "推进智慧教育"), (8, "深化“互联网+医疗健康”应用"), (9, "推进县城“一网统管”"),
             (10, "推进数字乡村建设"), (11, "推进“数字供销”示范建设"), (12, "培育数据要素市场"),
             (14, "强化安全管理责任"), (15, "强化安全管理责任"), (16, "开展数据安全评估"), (18, "提升安全保障能力"),
             (21, "推动行政权力网上运行"), (22, "推动行政权力网上运行"), (23, "建立数字资源“一本账”"), (24, "健全项目统筹管理机制"),
             (25, "（二）加大财政投入"), (28, "开展试点示范"), (30, "完善数据管理机制"), (32, "完善数据管理机制"),
             (33, "对接基础库和主题库"), (34, "对接基础库和主题库"), (40, "规范电子公文和电子档案管理"),
             (41, "推进公共数据开放与融合应用"), (42, "推进公共数据开放与融合应用"), (43, "推进政务系统上云"),
             (46, "推进政务系统上云"), (48, "（2025年6月底前）完善电子政务外网"), (49, "融入“视频一张网”"),
             (50, "整合非涉密业务专网"), (52, "推广电子证照和电子印章应用"), (53, "推广电子证照和电子印章应用"),
             (54, "规范电子公文和电子档案管理"), (56, "推进非税收入收缴电子化"), (57, "建设信用中国（宁夏）中宁站"),
             (64, "健全组织机构。参照自治区"), (66, "强化经济运行监测"), (68, "落实“照单监管”"), (72, "落实“照单监管”"),
             (71, "推行枸杞全链条追溯监管"), (74, "推进非现场监管"), (77, "完善矛盾纠纷多元化解"), (79, "深化“雪亮工程”应用"),
             (80, "推进“智慧应急”建设"), (83, "实施“互联网+基层治理”行动"), (84, "提升“一网通办”能力"),
             (85, "深化“免证办”"), (86, "用好“我的宁夏”政务APP"), (87, "优化12345政务服务便民热线"),
             (88, "优化涉企服务"), (89, "优化涉企服务"), (90, "推进公共场馆数字化"), (93, "推进适老化与信息无障碍建设"),
             (94, "强化生态环境数据应用"), (96, "推进“互联网+城乡供水”"), (97, "用好自然资源“一张图”"),
             (98, "用好自然资源“一张图”"), (100, "完善资源要素交易"), (103, "提升辅助决策能力"), (104, "推广协同办公平台"),
             (105, "深化“宁政通”应用"), (106, "推进基层填表报数减负"), (107, "整合视频会议和机关事务系统"),
             (108, "推进公共资源交易全流程数字化"), (111, "整合视频会议和机关事务系统"), (112, "完善政务公开平台"),
             (113, "完善政务公开平台"), (114, "构建政务新媒体矩阵"), (115, "畅通政民互动渠道"), (116, "（一）加强组织领导"),
             (118, "（三）提升数字素养"), (123, "（四）强化考核评价"), (124, "（四）强化考核评价")]:
    C(t, a)

key = {
  "writer": "blind writer, round 438; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("中宁县 (中卫市) county plan issued 2024-03-28, checked against 宁政发〔2023〕17号 only (no parent plan; 中卫市 is not 吴忠). "
            "Each measure opens with a bracketed deadline and ends with its units after ——. Line %d states that the first-listed unit is the lead. "
            "Two-date brackets are pilot + rollout; the rollout is the completing milestone. Undated paragraphs and （长期坚持）/（持续推进） are ongoing work, "
            "mostly tasks whose regional deadline (2023年) lies before the plan's year. Six planted mistakes over four rules; nothing else intended." % ln("排在第一位的为牵头单位"))
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
