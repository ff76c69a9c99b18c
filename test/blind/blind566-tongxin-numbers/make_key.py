# Writes key.json; every line number is looked up in the final draft.txt (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")


def ln(*needles):
    """The single line that contains every needle."""
    hits = [i + 1 for i, l in enumerate(LINES) if all(n in l for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]


def has(line, text):
    assert text in LINES[line - 1], (line, text)
    return text


expect = []
mnf = []


def E(rule, line, text, why):
    expect.append({"rule": rule, "line": line, "text": has(line, text), "why": why})


def N(rule, line, text, why):
    d = {"rule": rule, "line": line}
    if text:
        d["text"] = has(line, text)
    d["why"] = why
    mnf.append(d)


# ---------------- planted mistakes ----------------
L_pre = ln("根据《国务院关于加强数字政府建设的指导意见》")
E("basis-mismatch", L_pre, "宁政发〔2022〕17号",
  "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong")
L_2026 = ln("到2026年")
E("deadline-later-than-baseline", L_2026, "2026年",
  "this goal (履职能力全面增强、特色应用品质进一步改善、与共性基础支撑体系对接复用互联互通、集约化水平显著提升的运行新格局) is the 吴忠 plan's 到2025年 goal word for word, and the region's 到2025年 goal (政府数字化履职能力明显提升); 2026 is later than 2025")
L_bud1 = ln("电子政务外网提升工程\t")
E("deadline-later-than-baseline", L_bud1, "2025年底",
  "budget row for 电子政务外网 upgrade, IPv6, 出口带宽 and 县乡村 coverage = task 47 (加速电子政务外网升级改造…扩大互联网出口带宽, 完成时限 2024 年) and task 48 (城域网升级改造，推进区市县乡村5级全覆盖, 完成时限 2024 年); the draft's own goal (line %d) and task row 1 also say 2024" % ln("到2024年底"))
L_t6 = ln("规范电子公文全流程标准化管理，建立电子公文档案数据共享利用机制")
E("deadline-invalid", L_t6, "20245年",
  "impossible year (editing residue); the row is task 40 (电子公文, 完成时限 2024年)")
L_t5 = ln("编制县级公共数据开放目录及相关责任清单，分类分级开放公共数据\t")
E("unknown-unit", L_t5, "县大数据管理服务局",
  "no such county unit: units.txt has 县大数据服务中心 (the city has 市大数据管理服务局; the name was copied from the city structure)")
L_garb = ln("提升行政执行能力。")
E("garbled-text", L_garb, "鏀垮姟鍗忓悓鍔炲叕骞冲彴",
  "UTF-8 bytes of 政务协同办公平台 read as GBK (re-encode as GBK, decode as UTF-8)")
expect.append({"rule": "task-uncovered", "line": 0, "task": 114,
               "why": "deliberately left out: 政务新媒体矩阵 (自治区各部门（单位）及各市、县（区）分别负责, 2024年); section 五(七) covers 112, 113 and 115 but never mentions 政务新媒体"})

# ---------------- near misses ----------------
N("basis-mismatch", 2, "同政办发〔2024〕21号", "the county office's own 文号 for this notice, not a basis document")
N("basis-mismatch", L_pre, "国发〔2022〕14号", "correct 文号 and title of the national 指导意见")
N("basis-mismatch", L_pre, "宁政办发〔2023〕11号", "数字宁夏“1244+N”行动计划实施方案 cited with the same 文号 as in the 吴忠 plan")
N("basis-mismatch", L_pre, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the city plan cited by title alone; it has no 文号; title is correct")
L_zd = ln("紧扣《同心县国民经济")
N("basis-mismatch", L_zd, "《同心县国民经济和社会发展第十四个五年规划和2035年远景目标纲要》", "the county's own 十四五 plan named as context, not a digital-government basis document")
N("deadline-later-than-baseline", L_zd, "2035年", "2035年远景目标 is the name of the 十四五 outline, not a deadline")
L_bg1 = ln("2022年以来")
N("deadline-invalid", L_bg1, "2022年以来", "past background in 工作基础, not a deadline")
N("deadline-invalid", L_bg1, "2023年9月", "date of a past event (推进会), not a deadline")
N("basis-mismatch", L_bg1, "县委办发〔2023〕15号", "retrospective mention of the county's earlier 分工方案, not a basis document")
N("unknown-unit", L_bg1, None, "县委、县政府 and 县直各部门（单位） in background prose are not responsible-unit cells")
L_bg2 = ln("截至2023年底")
N("deadline-invalid", L_bg2, "截至2023年底", "status figures at the end of the previous year, not a deadline")
N("basis-mismatch", L_bg2, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 (correct title and 文号) as history, not cited as a basis")
N("deadline-later-than-baseline", L_bg2, "1800户", "a count of users, not a date")
L_2024 = ln("到2024年底")
N("deadline-later-than-baseline", L_2024, "到2024年底",
  "外网 coverage = task 48 (2024 年), 信创云 migration = task 46 (2024 年) / task 19 (2023年启动，2024年建成), 我的宁夏 = task 86 (2024年), 12345 = task 87 (2025年完成): equal or earlier; parent has no such 2024 goal")
N("deadline-later-than-baseline", ln("到2025年，全县数字政府建设"), "到2025年",
  "equal to the region's 到2025年 (“34567”体系框架全面成型) and the 吴忠 plan's 到2025年 (“1347”体系框架全面成型)")
N("deadline-later-than-baseline", ln("到2035年"), "到2035年", "equal to the region's and the 吴忠 plan's 到2035年 goal")
N("deadline-invalid", ln("GB/T 22239-2019"), "GB/T 22239-2019", "standard number, not a date")
L_std = ln("GB/T 2260-2007")
N("deadline-invalid", L_std, "GB/T 2260-2007", "standard number, not a date")
N("deadline-invalid", L_std, "GB/T 39046-2020", "standard number, not a date")
L_net = ln("计划投资2030万元")
N("deadline-later-than-baseline", L_net, "2030万元", "an amount in 万元 in a sentence matching tasks 47/48 (2024 年), not a date")
N("deadline-later-than-baseline", L_net, "5G基站120个", "5G and a count; no deadline in this sentence")
L_soc = ln("新增高清视频点位2025个，实现重点公共区域全覆盖")
N("deadline-later-than-baseline", L_soc, "2025个", "a count of video points in a sentence matching task 79 (雪亮工程, 2024年), not a date")
L_svc = ln("热线座席扩充至12席，接通率")
N("deadline-later-than-baseline", L_svc, "12345", "hotline number; 12席 and 95% are figures, not dates")
N("deadline-later-than-baseline", L_garb, "50%以上", "a percentage (task 106 target), not a date")
L_fin = ln("计划总投资9564万元")
N("deadline-later-than-baseline", L_fin, "2024万元", "an amount in 万元, not a date")
L_kh = ln("2024年12月15日前")
N("deadline-later-than-baseline", L_kh, "2024年12月15日前",
  "the office's own reporting date for the annual summary (and 每季度末月25日前 for progress), not a task deadline, even though the sentence sits with 考核 tasks 122-124 (2023 年完成，长期坚持)")
L_bud3 = ln("“雪亮工程”提质扩面")
N("deadline-later-than-baseline", L_bud3, "2024年12月", "task 79 (雪亮工程) 完成时限 2024年: equal; the amount 2024 and the count 2025个 in the same row are not dates")
N("deadline-invalid", L_bud3, "2024", "investment of 2024 万元 in the amount column, not a date")
N("deadline-later-than-baseline", L_bud1, "2030", "investment of 2030 万元 in the amount column, not a date (the row's error is 2025年底 only)")
N("deadline-later-than-baseline", ln("“视频一张网”接入"), "2025年", "task 49 (视频一张网) 完成时限 2025 年: equal")
N("deadline-later-than-baseline", ln("12345热线智能化改造"), "2025年", "task 87 (12345 “一呼即应”, 完成热线智能交互建设) 完成时限 2023年启动，2025年完成: equal")
N("deadline-later-than-baseline", ln("基层治理平台建设"), "2025年", "task 83 (互联网+基层治理) 完成时限 2025年: equal")
N("deadline-later-than-baseline", ln("村级便民服务站点改造"), "2024年10月底", "task 84 (一体化政务服务体系, 就近办) 完成时限 2024年: earlier")
N("deadline-later-than-baseline", ln("智慧农业和数字乡村"), "2025年", "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效: equal")
N("deadline-later-than-baseline", ln("城乡供水智能化改造"), "2025年", "task 96 (互联网+城乡供水) 完成时限 2025年: equal; 1800户 is a count")
N("deadline-later-than-baseline", ln("适老化与信息无障碍改造\t县政府网站"), "2024年6月底", "task 93 (适老化与信息无障碍) 完成时限 2024年: earlier")
L_5g = ln("5G和千兆光网建设")
N("unknown-unit", L_5g, "中国移动同心分公司", "telecom operators' county branches, listed in units.txt")
N("deadline-later-than-baseline", L_5g, "2024年", "5G/千兆光网 has no regional task; 2024 is the plan year")
N("deadline-later-than-baseline", ln("1\t推进县、乡、村三级电子政务外网"), "2024年", "tasks 47 and 48 完成时限 2024 年: equal")
N("unknown-unit", ln("1\t推进县、乡、村三级电子政务外网"), "各乡镇人民政府", "collective subject")
L_t2 = ln("2\t推进县级非涉密政务信息系统向政务信创云迁移")
N("deadline-later-than-baseline", L_t2, "2024年9月底", "task 46 (政务云资源统一调度、系统有序迁移) 完成时限 2024 年: earlier")
N("unknown-unit", L_t2, "县直各部门（单位）", "collective subject")
L_t3 = ln("3\t有序推进非涉密业务专网")
N("unknown-unit", L_t3, "县直有关部门", "collective subject")
N("deadline-later-than-baseline", L_t3, "2024年", "task 50 完成时限 2024 年: equal")
N("unknown-unit", ln("4\t整合县级视频资源"), "县应急局", "official short name of 县应急管理局 in units.txt")
N("unknown-unit", ln("7\t推进供水、供电、供气"), "县住建局", "official short name of 县住房和城乡建设局 in units.txt")
L_t8 = ln("8\t依托宁夏信用信息公共服务平台")
N("unknown-unit", L_t8, "县发改局", "short name of 县发展和改革局 in units.txt")
N("unknown-unit", L_t8, "县市场监管局", "short name of 县市场监督管理局 in units.txt")
L_t10 = ln("10\t持续推进“雪亮工程”")
N("deadline-later-than-baseline", L_t10, "2024年12月", "task 79 完成时限 2024年: equal; 2025个 in the task text is a count")
L_t11 = ln("11\t实施“互联网+基层治理”行动")
N("unknown-unit", L_t11, "各乡镇人民政府", "collective subject")
N("unknown-unit", ln("12\t迭代升级“我的宁夏”同心专区"), "县审批局", "short name of 县审批服务管理局 in units.txt")
L_t13 = ln("13\t推进12345政务服务便民热线")
N("deadline-invalid", L_t13, "2023年启动", "copied regional milestone of task 87 that lies before the plan year; the task completes in 2025")
N("deadline-later-than-baseline", L_t13, "2025年完成", "task 87 完成时限 2023年启动，2025年完成: equal")
N("unknown-unit", ln("14\t完善惠企政策专栏"), "县工信商务局", "short name of 县工业信息化和商务局 in units.txt")
N("deadline-later-than-baseline", ln("16\t完成县政府网站、政务服务大厅等适老化"), "2024年6月底", "task 93 完成时限 2024年: earlier")
N("unknown-unit", ln("18\t推进“智慧林草”云平台应用"), "县林草局", "short name of 县林业和草原局 in units.txt")
N("deadline-later-than-baseline", ln("19\t推广“宁政通”填表报数系统"), "2025年", "task 106 完成时限 2025年: equal; 50%以上 is the task's own target")
N("deadline-later-than-baseline", ln("21\t推进公共资源交易全流程"), "长期推进，2024年取得明显成效", "task 108 完成时限 长期推进，2024年取得明显成效: equal (copied)")
N("deadline-later-than-baseline", ln("22\t进一步完善政务公开信息化平台"), "2024年", "task 112 完成时限 2024年: equal")
N("deadline-later-than-baseline", ln("23\t推进数字乡村建设"), "持续推进，2025年取得明显成效", "task 10 完成时限 持续推进，2025年取得明显成效: equal")
N("deadline-invalid", ln("联系电话"), "0953-8023145", "contact telephone number, not a date")

# ---------------- covers ----------------
cov = [
    (3, "“智慧园区”建设"), (5, "以网管网"), (6, "推动数字技术与传统公共事业融合"), (7, "国家智慧教育平台"),
    (8, "深化“互联网+医疗健康”应用"), (9, "城市运行管理服务平台"), (10, "推进数字乡村建设，以数字化支撑"),
    (11, "“数字供销”国家级示范区"), (14, "强化安全管理责任。"), (15, "重大事件处置机制"),
    (17, "密码应用安全性评估机制"), (18, "开展常态化安全防护和应急演练"), (21, "行政权力事项网上运行"),
    (22, "健全“审管联动”机制"), (24, "完善政务信息化建设管理会商机制"), (30, "形成全县政务数据“一本账”"),
    (31, "数据全生命周期质量管理机制"), (32, "负责本部门数据资源目录编制"), (36, "政务数据供需对接机制和归集共享通报制度"),
    (40, "强化电子公文管理职责"), (41, "依托全区统一的公共数据开放平台分类分级开放公共数据"),
    (42, "推进供水、供电、供气、公共交通等公共数据与政务数据融合应用"), (46, "向政务信创云有序迁移"),
    (47, "推动县级骨干网扩容升级和IPv6改造"), (48, "推动县级骨干网扩容升级和IPv6改造"), (49, "统筹整合全县视频资源"),
    (50, "有序推进县直各部门非涉密业务专网"), (57, "完善县级信用信息归集共享机制"), (64, "各乡镇参照县级做法成立相应工作专班"),
    (68, "推行“照单监管”"), (71, "全链条数字化追溯监管"), (73, "推进消费维权“一件事”改革"),
    (77, "线上“一站式”受理渠道"), (79, "新增高清视频点位2025个，实现重点公共区域全覆盖"), (83, "实施“互联网+基层治理”行动，依托"),
    (84, "“一网通办”枢纽作用"), (85, "推行政务服务事项“集成办”“免证办”"), (86, "迭代升级“我的宁夏”同心专区，推动"),
    (87, "“一呼即应”改革，热线座席"), (88, "加快“证照分离”改革"), (89, "完善惠企政策专栏，实现惠企政策精准推送、政策兑现直达直享。"),
    (90, "推进县图书馆、文化馆、档案馆等公共场馆数字化转型"), (93, "完成县政府网站、政务服务大厅等适老化与信息无障碍改造，切实"),
    (96, "深化“互联网+城乡供水”建设，推进"), (98, "推进“智慧林草”云平台在我县应用"), (104, "推动公文流转、信息报送"),
    (105, "持续推广“宁政通”移动办公"), (106, "依托“宁政通”填表报数系统"), (107, "形成全县统一的视频会议平台"),
    (108, "推进公共资源交易全流程数字化管理和监督；"), (111, "整合县级机关事务管理信息系统"),
    (112, "进一步完善县政府网站和各类政务公开信息化平台"), (115, "连通政府网站、“我的宁夏”政务APP、信访平台等政民互动渠道"),
    (116, "纳入“一把手工程”"), (25, "年度运维资金挂钩的评估机制"), (118, "把数字治理能力作为干部教育培训重要内容"),
    (122, "纳入全县效能目标管理考核"), (123, "综合考核评价的重要参考"), (124, "建立容错和奖惩机制"),
]
def first(s):
    hits = [i + 1 for i, l in enumerate(LINES) if s in l]
    assert hits, s
    return hits[0]  # the prose line; a task-table row may repeat the phrase


covers = [{"task": t, "line": first(s)} for t, s in cov]

key = {
    "writer": "blind writer, round 566; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": (
        "同心县 2024 plan (同政办发〔2024〕21号, 2024-03-26) following the 吴忠 “1347” structure, with a 资金安排表 (6 columns, amounts in 万元, "
        "total 9564) and a 重点任务清单 (4 columns, 23 rows). Figures that are not dates are deliberate near misses: amounts 2024/2030 万元, "
        "counts 2025个 and 1800户, GB/T numbers, 12345, 5G, 2035年远景目标, the phone number, past dates in 工作基础, and the office's own "
        "reporting dates. The budget row 电子政务外网提升工程 carries both the 2030 万元 amount (fine) and the late 2025年底 (planted). "
        "Regional tasks due 2023 are taken up only in prose without dates, so no dated row precedes the plan year except the copied "
        "2023年启动 milestone of task 87. build.py writes draft.txt; make_key.py writes this key and checks every line number."
    ),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers")
