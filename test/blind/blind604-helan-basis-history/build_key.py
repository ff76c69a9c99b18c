# Helper kept in the case folder: writes key.json, locating every line by a unique substring of draft.txt.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def L(sub, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": L("5.自治区人民政府2023年5月31日", "2023年5月31日"), "text": "2023年5月31日",
     "why": "宁政发〔2023〕17号 is dated 2023年5月16日 (signature in the gazette; the draft itself says so on the 工作基础 line); 5月31日 is the publication date of 公报 2023年第10期, not the issue date"},
    {"rule": "basis-mismatch", "line": L("7.《宁夏回族自治区2020年", "宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
     "why": "superseded document cited as current: the 2020年工作要点 (八个全区一体化体系 framework) is listed as a 编制依据 of a 2024 plan; it was replaced by 宁政发〔2023〕17号"},
    {"rule": "basis-mismatch", "line": L("国发〔2022〕41号", "国发〔2022〕41号"), "text": "国发〔2022〕41号",
     "why": "wrong 文号 for the title: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号 (digits transposed); cited correctly in the preamble and 编制依据"},
    {"rule": "basis-mismatch", "line": L("按照《自治区人民政府关于加强数字政府建设的实施方案》"), "text": "自治区人民政府关于加强数字政府建设的实施方案",
     "why": "wrong title for the 文号: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》, not 实施方案"},
    {"rule": "unknown-unit", "line": L("县信息中心牵头"), "text": "县信息中心",
     "why": "not in units.txt (its comment says 县信息中心 was merged into 县大数据服务中心 in 2022); an old name carried over from the 2021 plan"},
    {"rule": "deadline-invalid", "line": L("2024年6月31日前"), "text": "2024年6月31日",
     "why": "impossible date: June has 30 days (task 93, 适老化与信息无障碍, 完成时限 2024年; the year itself is fine)"},
    {"rule": "deadline-later-than-baseline", "line": L("2025年6月底前"), "text": "2025年6月底前",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47 also 2024年); the draft's own 2024 goal says 三级全覆盖 by 2024年底"},
]

def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    return e

B, U, D, I = "basis-mismatch", "unknown-unit", "deadline-later-than-baseline", "deadline-invalid"
m = []
# --- basis citations: correct in every form, history, repeal
m += [
 nf(B, L("根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号"),
 nf(B, L("以下简称《实施意见》"), "correct full title of the regional 实施意见 with its 文号 and a declared short name", "宁政发〔2023〕17号"),
 nf(B, L("和银川市人民政府《关于加强数字政府建设的实施方案》等文件精神"), "city plan cited by issuer and title alone, no 文号 (DOMAIN: normal for a city plan)", "银川市人民政府《关于加强数字政府建设的实施方案》"),
 nf(B, L("1.国务院2022年6月6日印发的"), "issuer outside the brackets, correct 文号 and issue date (国发〔2022〕14号 is dated 2022年6月6日)", "2022年6月6日"),
 nf(B, L("2.中共中央、国务院2023年2月印发的"), "real national plan with no 文号, month of issue correct", "数字中国建设整体布局规划"),
 nf(B, L("国办函〔2022〕102号"), "correct title and 文号 of the 政务大数据体系建设指南 notice (the guide is named in regional task 29)", "国办函〔2022〕102号"),
 nf(B, L("国务院令第745号"), "laws by title and a 条例 with its 国务院令 number; correct", "国务院令第745号"),
 nf(B, L("宁政办发〔2023〕11号"), "same title and 文号 as the 吴忠 plan cites; 行动计划…实施方案 is this document's real title", "宁政办发〔2023〕11号"),
 nf(B, L("8.银川市人民政府《关于加强数字政府建设的实施方案》"), "city plan by title alone; same title as the 吴忠 plan but a different issuer, not a wrong title for the regional 实施意见", "关于加强数字政府建设的实施方案"),
 nf(B, L("9.《银川市2024年数字政府建设工作要点》"), "the city's current annual 工作要点, not the superseded regional 2020 要点", "银川市2024年数字政府建设工作要点"),
 nf(B, L("即宁政发[2023]17号文件"), "correct 文号 written with half-width square brackets (the gazette itself writes 宁党办[2023]32号 this way)", "宁政发[2023]17号"),
 nf(B, L("《贺兰县政务信息系统整合共享工作方案》"), "county's own older documents named in the history; 工作方案 is that document's own title", "贺兰县政务信息系统整合共享工作方案"),
 nf(B, L("2020年，县人民政府对照"), "retrospective mention of the 2020 工作要点 with its correct 文号 and issue date (2020年3月30日); history, not a basis", "宁政办发〔2020〕14号"),
 nf(B, L("2021年，县人民政府办公室依据"), "history: the old regional 行动计划（2020年—2022年） (named in the 2020 要点) and the county's 2021 plan, both in the past tense", "“数字政府”建设行动计划（2020年—2022年）"),
 nf(B, L("2023年5月16日，自治区人民政府印发"), "correct issue date, title (issuer outside) and 文号", "2023年5月16日"),
 nf(B, L("国发〔2022〕41号"), "the declared short name 《实施意见》 on the same line is correct; only the national 文号 is wrong", "《实施意见》"),
 nf(B, L("贺政办发〔2024〕11号"), "the plan's own 文号 in its 印发通知, not a basis citation", "贺政办发〔2024〕11号"),
 nf(B, L("同时废止"), "repeal of the county's own 2021 plan in the 附则: a superseded document named in order to repeal it, not cited as basis", "贺政办发〔2021〕27号"),
]
# --- units
m += [
 nf(U, L("县发展和改革局、财政局、审计局"), "prefix 县 distributes: 县财政局, 县审计局 are in units.txt", "财政局"),
 nf(U, L("县发展和改革局、财政局、审计局"), "prefix 县 distributes: 县审计局 is in units.txt", "审计局"),
 nf(U, L("培育数据要素市场"), "short name of 县发展和改革局 listed in units.txt", "县发改局"),
 nf(U, L("加强生态环境数字化监测"), "short name of 银川市生态环境局贺兰分局 (a city bureau's county branch) listed in units.txt", "贺兰生态环境分局"),
 nf(U, L("推进智慧园区建设"), "listed in units.txt", "贺兰工业园区管委会"),
 nf(U, L("推进“数字供销”建设"), "short name of 县供销合作社 in units.txt", "县供销社"),
 nf(U, L("推进数字乡村建设"), "collective subject", "各乡镇人民政府"),
 nf(U, L("强化安全管理责任"), "collective subject", "县直各部门（单位）"),
 nf(U, L("提升网络平台支撑能力"), "collective subject", "县直有关部门"),
 nf(U, L("提高基层治理能力"), "collective subject", "各村（社区）"),
 nf(U, L("（五）加强调度督办"), "reporting target listed in units.txt", "县数字政府建设领导小组办公室"),
]
# --- dates
m += [
 nf(D, L("到2024年底，县级数字政府工作体系基本健全"), "county 2024 goals: task 48 2024年, task 43 2024年建成，持续推进, task 46 2024年, task 84 2024年, task 105 2024年 — all equal; the region has no goal later than these", "2024年底"),
 nf(D, L("到2025年，全县数字政府建设“34567”"), "equal to the regional 主要目标 到2025年 (34567 体系框架全面成型)", "2025年"),
 nf(D, L("到2035年，与政府治理能力现代化"), "equal to the regional 主要目标 到2035年", "2035年"),
 nf(D, L("推进智慧园区建设"), "task 3 持续推进，2025年取得明显成效; copied, equal"),
 nf(D, L("推动产业数字化转型"), "task 2 2023年启动，2024年取得明显成效; 2024年取得明显成效 is equal"),
 nf(D, L("深化数字化普惠服务"), "task 6 持续推进，2025年取得明显成效 (tasks 7, 8 also 2025年); equal"),
 nf(D, L("推进数字乡村建设"), "task 10 持续推进，2025年取得明显成效; equal"),
 nf(D, L("培育数据要素市场"), "task 12 2025年 (earlier) and task 13 2024年 (equal)", "2024年"),
 nf(D, L("提升安全防护能力"), "task 18 2023年形成机制，长期坚持; copied exactly, equal", "2023年形成机制，长期坚持"),
 nf(I, L("提升安全防护能力"), "a copied regional milestone (task 18) that lies before the plan's year, not an impossible deadline", "2023年形成机制"),
 nf(D, L("推动政府职能数字化转变"), "tasks 20 and 21 2024年; equal"),
 nf(D, L("开展试点示范"), "task 28 2023年启动，2025年取得明显成效; copied, equal", "2025年取得明显成效"),
 nf(I, L("开展试点示范"), "copied regional milestone (task 28) before the plan's year", "2023年启动"),
 nf(D, L("深化数据开放利用"), "tasks 41 and 42 2024年; 2024年10月底前 is earlier", "2024年10月底前"),
 nf(D, L("强化电子公文管理"), "tasks 40 and 54 2024年; equal"),
 nf(D, L("县信息中心牵头"), "tasks 43 (2024 年建成，持续推进) and 46 (2024年); 2024年底前 is equal (the unit on this line is the planted error, not the date)", "2024年底前"),
 nf(D, L("统筹视频资源共享"), "task 49 2025年; equal"),
 nf(D, L("加强共性应用支撑"), "tasks 55 2024年, 56 2025年, 57 2024年; 2024年 equal or earlier"),
 nf(D, L("推进监管精准化"), "tasks 70 and 71 2024年; equal"),
 nf(D, L("推进监管智能化"), "task 74 2024年; equal"),
 nf(D, L("提升矛盾化解和治安防控能力"), "tasks 77 and 79 2024年; equal"),
 nf(D, L("提升公共安全保障能力"), "task 80 2024年; equal"),
 nf(D, L("提高基层治理能力"), "task 83 2025年; equal"),
 nf(D, L("打造泛在可及的服务体系"), "task 84 2024年; 2024年9月底前 is earlier", "2024年9月底前"),
 nf(D, L("提供优质便利的涉企服务"), "tasks 88 and 89 2024年; equal"),
 nf(D, L("加强生态环境数字化监测"), "task 94 2024年 (task 95 2025年); equal/earlier"),
 nf(D, L("提高自然资源利用效率"), "tasks 96 and 100 2025年; equal"),
 nf(D, L("提升行政监督和机关事务管理水平"), "task 108 长期推进，2024年取得明显成效 (task 111 2025年); equal/earlier"),
 nf(D, L("提升政府信息公开水平"), "tasks 112 and 113 2024年; equal"),
 nf(D, L("发挥政务新媒体作用"), "tasks 114 and 115 2024年; equal"),
 nf(D, L("推进非涉密业务专网向电子政务外网整合迁移\t"), "task 50 2024年; 2024年12月底前 equal", "2024年12月底前"),
 nf(D, L("“宁政通”覆盖县、乡、村三级党政机关及相关组织\t"), "task 105 2024年; equal", "2024年12月底前"),
 nf(D, L("县级非涉密视频会议系统资源整合"), "task 107 2025年; 2024年底前 is earlier", "2024年底前"),
 nf(D, L("全面使用全区统一的填表报数系统，基层"), "task 106 2025年; equal", "2025年"),
 nf(D, L("县级非税收入收缴电子化全覆盖"), "task 56 2025年; 2024年 is earlier", "2024年"),
 nf(D, L("推广电子营业执照和企业电子印章同步制发"), "task 53 2024年; 2024年9月底前 is earlier", "2024年9月底前"),
 nf(D, L("（五）加强调度督办"), "the office's own reporting dates (quarterly, 2024年12月15日前 annual summary), not a task deadline", "2024年12月15日前"),
 nf(I, L("2020年，县人民政府对照"), "past dates in the history (2020年6月底前, 当年底), not deadlines of this plan", "2020年6月底前"),
 nf(I, L("截至2023年底"), "background statistics as of 2023年底, not a deadline", "2023年底"),
 nf(I, L("5.自治区人民政府2023年5月31日"), "an issue date of a basis document (wrong, flagged as basis-mismatch), not a deadline", "2023年5月31日"),
 nf(I, L("2024年3月28日"), "the plan's own date of issue", "2024年3月28日"),
]

covers_spec = [
 (3, "推进智慧园区建设"), (2, "推动产业数字化转型"), (5, "完善数字经济治理体系"), (6, "深化数字化普惠服务"),
 (9, "推进智慧县城建设"), (10, "推进数字乡村建设"), (11, "推进“数字供销”建设"), (12, "培育数据要素市场"),
 (14, "强化安全管理责任"), (15, "强化安全管理责任"), (18, "提升安全防护能力"), (20, "推动政府职能数字化转变"),
 (21, "推动政府职能数字化转变"), (24, "创新项目管理机制"), (28, "开展试点示范"), (30, "完善数据管理机制"),
 (32, "完善数据管理机制"), (36, "完善数据管理机制"), (41, "深化数据开放利用"), (42, "深化数据开放利用"),
 (40, "强化电子公文管理"), (54, "强化电子公文管理"), (43, "提升政务云支撑能力"), (48, "提升网络平台支撑能力"),
 (50, "提升网络平台支撑能力"), (49, "统筹视频资源共享"), (55, "加强共性应用支撑"), (56, "加强共性应用支撑"),
 (57, "加强共性应用支撑"), (64, "（一）健全组织机构"), (71, "推进监管精准化"), (70, "推进监管精准化"),
 (68, "推进监管协同化"), (72, "推进监管协同化"), (74, "推进监管智能化"), (77, "提升矛盾化解和治安防控能力"),
 (79, "提升矛盾化解和治安防控能力"), (80, "提升公共安全保障能力"), (83, "提高基层治理能力"),
 (84, "打造泛在可及的服务体系"), (85, "提升智慧便捷服务能力"), (86, "提升智慧便捷服务能力"),
 (88, "提供优质便利的涉企服务"), (89, "提供优质便利的涉企服务"), (93, "拓展公平普惠的民生服务"),
 (94, "加强生态环境数字化监测"), (96, "提高自然资源利用效率"), (100, "提高自然资源利用效率"),
 (102, "推动绿色低碳转型"), (103, "提升辅助决策能力"), (104, "提升行政执行能力"), (105, "“宁政通”覆盖县、乡、村三级党政机关及相关组织\t"),
 (106, "全面使用全区统一的填表报数系统，基层"), (107, "县级非涉密视频会议系统资源整合"), (108, "提升行政监督和机关事务管理水平"),
 (111, "提升行政监督和机关事务管理水平"), (112, "提升政府信息公开水平"), (113, "提升政府信息公开水平"),
 (114, "发挥政务新媒体作用"), (115, "发挥政务新媒体作用"), (53, "推广电子营业执照和企业电子印章同步制发"),
 (116, "（一）加强组织领导。在县委"), (25, "（二）加大财政投入"), (118, "（三）提升数字素养"), (122, "（四）强化考核评价"),
 (123, "（四）强化考核评价"), (124, "（四）强化考核评价"),
]
covers = [{"task": t, "line": L(s)} for t, s in covers_spec]

key = {
 "writer": "blind writer, round 604; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": m,
 "covers": covers,
 "notes": ("贺兰县 (under 银川市) 2024 plan with a 编制依据 section, a 工作基础 history and a 附则 repeal. No parent plan: the 银川 documents "
           "(银川市人民政府《关于加强数字政府建设的实施方案》, 《银川市2024年数字政府建设工作要点》) are cited by title only and are assumed, not in the seeds; "
           "the county's own documents (贺政办发〔2021〕27号, the 2018/2019 方案) are invented. National citations outside the seeds "
           "(国发〔2022〕14号 dated 2022年6月6日, 国办函〔2022〕102号, 国务院令第745号, 数字中国建设整体布局规划 2023年2月) are written as the writer "
           "knows them to be correct. Deadlines for tasks whose regional 完成时限 is 2023年 were deliberately left off (14, 15, 24, 30, 32, 36, 68, 72, 85) "
           "except two copied verbatim (18, 28). Planted: 4 basis-mismatch (wrong date, superseded, wrong 文号, wrong title), 1 unknown-unit, "
           "1 deadline-invalid, 1 deadline-later-than-baseline."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(lines), "lines;", len(expect), "expect;", len(m), "mustNotFlag;", len(covers), "covers")
