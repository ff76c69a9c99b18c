# Builds key.json; every line number is found from a unique substring of draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L.pop()

def ln(sub, must_contain=None):
    hits = [i + 1 for i, t in enumerate(L) if sub in t]
    assert len(hits) == 1, (sub, hits)
    if must_contain:
        for m in must_contain:
            assert m in L[hits[0] - 1], (sub, m)
    return hits[0]

def E(rule, anchor, text=None, why="", **kw):
    d = {"rule": rule, "line": ln(anchor, [text] if text else None)}
    if text: d["text"] = text
    d.update(kw); d["why"] = why
    return d

expect = [
    E("deadline-later-than-baseline", "（2）提升电子政务外网支撑能力", "2025年6月底前",
      "county 城域网升级改造 and 县、乡、村 full coverage of 电子政务外网 = task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (task 47, 外网升级改造, also 2024年); the plan sets 2025年6月底前, later. The plan's own 2024 goal (line 57: 行政村覆盖率 90%以上) fits a drafter who pushed full coverage to mid-2025; it is still later than the region."),
    E("deadline-invalid", "156个村级便民服务站", "2023年12月底前",
      "a task of the 2024 plan (适老化与信息无障碍改造 = task 93, 完成时限 2024年) dated before the year the document is issued (印发 2024年1月22日, planYear 2024); last year's date left in. Not later than the region (2023 < 2024), so only deadline-invalid."),
    E("unknown-unit", "牵头单位：县大数据局", "县大数据局",
      "彭阳 has no 县大数据局; units.txt lists 县大数据服务中心 (= 县大数据中心), which leads every other data task (lines 83, 84, 88, 89, table 2 line 64). A city-style name copied in by mistake."),
    E("unknown-unit", "牵头单位：自治区党委政法委", "自治区党委政法委",
      "a regional body named as the lead (牵头单位) of a county task (雪亮工程, task 79, copied from the regional row 自治区党委政法委，公安厅牵头负责); the county lead should be 县委政法委."),
    E("basis-mismatch", "（宁政办发〔2023〕17号）", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (cited correctly at line 9); 宁政办发 is the office's series."),
    E("garbled-text", "鏋勫缓鍘夸埂涓ょ骇", "鏋勫缓鍘夸埂涓ょ骇",
      "UTF-8 bytes read as GBK: 鏋勫缓鍘夸埂涓ょ骇鏀垮姟鏂板獟 = 构建县乡两级政务新媒 (the sentence reads …构建县乡两级政务新媒体矩阵)."),
]

M = []
def N(rule, anchor, text=None, why="", **kw):
    d = E(rule, anchor, text, why, **kw)
    if rule == "missing-pillar":
        d["why"] = d["why"] + " (line %d)" % d["line"]
        d["line"] = 0
    M.append(d)

# --- the summary's past dates (round 707's theme) ---
N("deadline-invalid", "2023年3月，县人民政府调整充实", "2023年3月", "summary of 2023: a past event, not a deadline of the plan")
N("deadline-invalid", "2023年5月印发《彭阳县数字政府建设工作职责清单》", "2023年5月", "summary: past event")
N("deadline-invalid", "反馈的5个问题已于2023年11月底前全部整改到位", "2023年11月底前", "summary: looks like a deadline (…底前) but it is a completed rectification, 已于…整改到位")
N("deadline-invalid", "我县于2023年4月启动县级非涉密政务信息系统迁移工作", "2023年12月底", "summary: 截至2023年12月底 is a reporting cut-off for past work (also 2023年4月 on the same line)")
N("deadline-invalid", "较2022年底提高31个百分点", "2022年底", "summary: background comparison year")
N("deadline-invalid", "2023年6月底前完成县直部门（单位）网络安全目标责任书签订", "2023年6月底前", "summary: completed work (task 14, regional 完成时限 2023年, done on time)")
N("deadline-invalid", "按照自治区“2023年底前建立覆盖全区各层级", "2023年底前", "summary: quotes the regional requirement of task 30 (完成时限 2023年) retrospectively; the county did it in 2023年10月 (same line)")
N("deadline-invalid", "2023年县财政安排数字政府建设专项资金1260万元", "2023年", "summary: the year the money was spent")
N("deadline-invalid", "指标\t2022年底\t2023年底", "2022年底", "table 1 column headers: baseline years of the indicators, not deadlines")
N("deadline-invalid", "指标\t2023年底\t2024年目标\t责任单位", "2023年底", "table 2 column header: the 2023 baseline value column, not a deadline")
N("deadline-invalid", "自2020年按照《宁夏回族自治区2020年", "2020年", "problems section: retrospective mention of when the county's work began")
N("deadline-invalid", "2024年1月22日", "2024年1月22日", "the notice's own issue date; not a task deadline")

# --- bodies ---
N("unknown-unit", "各乡镇人民政府，县直各部门（单位）：", "县直各部门（单位）", "collective subject (addressees; also 各乡镇人民政府)")
N("unknown-unit", "坚强领导和市直有关部门的精心指导下", "市直有关部门", "collective subject (the city's departments), narrative")
N("unknown-unit", "固原市人民政府办公室对我县数字政府建设工作开展专项督导", "固原市人民政府办公室", "summary: the parent city's office named as the body that inspected the county in 2023; a real body in a narrative sentence, not a responsible unit of any task")
N("unknown-unit", "依托自治区政府办公厅牵头建设的全区政务信创云", "自治区政府办公厅", "summary: the regional office led the regional 政务信创云 (task 19, 自治区政府办公厅牵头); narrative about a regional project, not a regional body leading a county task")
N("unknown-unit", "联合中国电信彭阳分公司完成县级城域网核心设备扩容", "中国电信彭阳分公司", "summary: in units.txt (short name of 中国电信股份有限公司彭阳分公司); also cooperating unit at the 外网 line")
N("unknown-unit", "县林草局建成森林草原防火视频监控点46处", "固原市生态环境局彭阳分局", "summary: in units.txt (the city bureau's county branch, vertically managed)")
N("unknown-unit", "配合单位：县人社局、县文旅局、县教体局、县水务局", "县人社局", "official short names listed in units.txt (县人力资源和社会保障局, 县文化旅游广电局, 县教育体育局)")
N("unknown-unit", "配合单位：县直有关部门；完成时限：2025年", "县直有关部门", "collective subject")
N("unknown-unit", "县委机要和保密局", "县委机要和保密局", "in units.txt")
N("unknown-unit", "配合单位：县公安局、应急局、水务局，县大数据服务中心", "应急局", "prefix 县 distributes over the list: 县应急局 (short name of 县应急管理局), 县水务局")
N("unknown-unit", "配合自治区财政厅推进非税收入收缴电子化", "自治区财政厅", "the county supports the regional task 56 led by 自治区财政厅; the county task's lead is 县财政局 (牵头单位 in the same line), so no regional body leads a local task")
N("unknown-unit", "配合单位：县公安局、司法局、信访局", "司法局", "prefix 县 distributes: 县司法局, 县信访局")
N("unknown-unit", "县委政法委、县应急管理局、各乡镇、各村（社区）", "各村（社区）", "collective subjects (各乡镇, 各村（社区）)")
N("unknown-unit", "（固原市生态环境局彭阳分局、县林草局分别负责", "固原市生态环境局彭阳分局", "in units.txt; 县林草局 is the short name of 县林业和草原局")
N("unknown-unit", "县公共资源交易中心、县政府督查室、县机关事务服务中心按职责分别负责", "县政府督查室", "short name of 县人民政府督查室 in units.txt")
N("unknown-unit", "牵头单位：县推进数字政府建设领导小组办公室", "县推进数字政府建设领导小组办公室", "in units.txt")
N("unknown-unit", "探索与宁夏大学等高校开展人才联合培养", "宁夏大学", "a regional body of the baseline registry (task 119), named as a partner, not as the lead of a county task")

# --- deadlines of the plan that are equal or earlier ---
N("deadline-later-than-baseline", "2024年，全县数字政府建设“34567”体系框架基本构建", "2024年", "2024 goal: earlier than the region's 到2025年 goal (框架全面成型); it does not restate any of the region's 到2023年底 goals")
N("deadline-later-than-baseline", "到2025年，全县数字政府建设“34567”体系框架全面成型", "到2025年", "equal to the region's 主要目标 到2025年 …“34567”体系框架全面成型")
N("deadline-later-than-baseline", "1.驱动数字经济发展。", "2025年取得明显成效", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal")
N("deadline-later-than-baseline", "（1）推进教育医疗服务数字化。", "2024年12月底前", "tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效): the completing milestone is 2025, the county's is earlier")
N("deadline-later-than-baseline", "（2）推进数字乡村建设。", "2025年取得明显成效", "tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): equal")
N("deadline-later-than-baseline", "（3）推进公共事业服务数字化。", "2025年取得明显成效", "task 6, 持续推进，2025年取得明显成效: equal")
N("deadline-later-than-baseline", "3.营造良好数字生态。", "2025年", "task 12 (数据要素市场), 完成时限 2025年: equal")
N("deadline-later-than-baseline", "（1）压实安全管理责任。", "长期坚持", "tasks 14 and 15 (完成时限 2023年) were done in 2023 (line 19); the 2024 plan only keeps them up, 长期坚持 sets no later milestone")
N("deadline-later-than-baseline", "（2）常态化开展安全防护。", "长期坚持", "task 18, 2023年形成机制，长期坚持: equal (ongoing)")
N("deadline-later-than-baseline", "（3）提高自主可控水平。", "长期坚持", "body text 提高自主可控水平 (信创产品、密码应用) has no task-list deadline; the 信创云 itself (task 19) is line 88")
N("deadline-later-than-baseline", "（1）推动政府职能数字化转型。", "2024年底前", "tasks 21 and 23, 完成时限 2024年: equal")
N("deadline-later-than-baseline", "（2）开展试点示范。", "2025年", "task 28, 2023年启动，2025年取得明显成效: equal")
N("deadline-later-than-baseline", "（1）加强政务数据管理。", "长期坚持", "tasks 30/31 (完成时限 2023年) were done in 2023 (line 21); the plan keeps the catalogue updated, 长期坚持")
N("deadline-later-than-baseline", "（2）深化数据共享应用。", "持续推进", "task 36 (2023年), mechanism set up in 2023 (line 22); 持续推进 is upkeep with no later milestone")
N("deadline-later-than-baseline", "（4）规范电子公文和电子档案管理。", "2024年底前", "tasks 40 and 54, 完成时限 2024年: equal")
N("deadline-later-than-baseline", "（1）推进政务信创云迁移。", "2024年10月底前", "tasks 19 (2023年启动，2024年建成), 43 (2024年建成，持续推进), 46 (2024年): earlier")
N("deadline-later-than-baseline", "（3）整合视频和专网资源。", "2024年底前", "task 50 (专网整合, 2024年): equal; task 49 (视频一张网, 2025年): earlier")
N("deadline-later-than-baseline", "（4）推广电子证照和电子印章应用。", "2024年底前", "task 53 (2024年): equal; task 52 (2025年): earlier")
N("deadline-later-than-baseline", "（5）推进非税收入收缴电子化。", "2024年底前", "task 55 (2024年): equal; task 56 (2025年): earlier")
N("deadline-later-than-baseline", "1.健全组织机构。", "2024年3月底前", "task 64 (各市、县（区）成立相应组织机构, 2025年): earlier. Task 60 (充实自治区领导小组成员, 2023年) is the region's own task (自治区政府办公厅负责), and the county adjusted its group in 2023年3月 (line 12); this is a routine readjustment")
N("deadline-later-than-baseline", "1.提升科学精准的经济调节能力。", "2024年底前", "task 65 (2024年): equal; task 66 (2025年): earlier")
N("deadline-later-than-baseline", "2.提升综合高效的市场监管能力。", "2024年底前", "tasks 70, 71, 74, 完成时限 2024年: equal")
N("deadline-later-than-baseline", "（1）完善矛盾纠纷多元化解信息系统应用", "2024年9月底前", "task 77, 2024年: earlier")
N("deadline-later-than-baseline", "（3）推进“智慧应急”建设", "2024年底前", "task 80 (2024年): equal; task 81 (2025年): earlier")
N("deadline-later-than-baseline", "（4）深化“互联网+基层治理”行动", "2025年", "task 83, 2025年: equal")
N("deadline-later-than-baseline", "（1）深化“一网通办”", "2024年底前", "tasks 84 and 86, 2024年: equal")
N("deadline-later-than-baseline", "（2）推进12345政务服务便民热线", "2024年底前", "task 87, 2023年启动，2025年完成: earlier")
N("deadline-later-than-baseline", "（3）深化“证照分离”改革", "2024年底前", "tasks 88 and 89, 2024年: equal")
N("deadline-later-than-baseline", "（1）配合优化黄河流域宁夏生态环境数据资源中心", "2024年底前", "tasks 94 and 98, 2024年: equal")
N("deadline-later-than-baseline", "（2）深化“互联网+城乡供水”示范建设", "2024年底前", "task 96, 2025年: earlier")
N("deadline-later-than-baseline", "（1）全面使用全区统一的协同办公平台", "2024年底前", "tasks 104, 105 (2024年): equal; 106, 107 (2025年): earlier")
N("deadline-later-than-baseline", "（2）推进公共资源交易全流程数字化管理", "2024年底前", "task 108 (长期推进，2024年取得明显成效), 109 (2024年): equal; 111 (2025年): earlier")
N("deadline-later-than-baseline", "（1）完善政府网站和政务公开专栏", "2024年底前", "tasks 112 and 114, 2024年: equal (the line's garbled run is a separate expect entry)")
N("deadline-later-than-baseline", "（2）以12345热线为枢纽", "2024年底前", "task 115, 2024年: equal")
N("deadline-later-than-baseline", "5.严格调度报送。", "2025年1月10日前", "the office's own reporting dates (每季度末月25日前, 2024年12月20日前, 2025年1月10日前 for the year-end summary), not task deadlines")

# --- basis documents ---
N("basis-mismatch", "彭政办发〔2024〕5号", "彭政办发〔2024〕5号", "the notice's own 文号, not a cited basis")
N("basis-mismatch", "（国发〔2022〕14号）和《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "宁政发〔2023〕17号", "both basis documents cited with correct titles and 文号")
N("basis-mismatch", "（宁政办发〔2020〕14号）起步以来", "宁政办发〔2020〕14号", "retrospective mention of the superseded 2020 工作要点 (title and 文号 correct); not cited as the basis of the 2024 plan")
N("basis-mismatch", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号", "a real regional plan cited with its own 文号 (as in the 吴忠 plan)")
N("basis-mismatch", "《彭阳县数字政府建设工作职责清单》", "彭阳县数字政府建设工作职责清单", "summary: the county's own output document, named without 文号; not a basis citation")

# --- pillars present under other headings ---
N("unknown-unit", "支持县工业园区完善“智慧园区”管理服务平台", "县工业园区", "the park is the object of the task (支持县工业园区完善…), not a responsible unit; the note names 县工业信息化和商务局")
N("unknown-unit", "依托宁夏干部教育培训网络学院和县委党校", "宁夏干部教育培训网络学院", "a training platform the county relies on (依托), not a responsible unit; the 保障措施 items carry no unit notes")
N("missing-pillar", "3.营造良好数字生态。", None, "数字生态 is taken up (数据要素, 网络生态) at the 营造良好数字生态 line; also summary line 35", pillar="数字生态")
N("missing-pillar", "（四）健全工作体系，推动“六级贯通”", None, "the 五个一/六级贯通 work system is taken up by content (健全组织机构, 厘清层级职责, 完善工作机制), lines 93-96, without the words 五个一", pillar="五个一")
N("missing-pillar", "2.加大财政投入。", None, "党的领导 item 财政投入", pillar="财政投入")
N("missing-pillar", "3.提升数字素养。", None, "党的领导 item 数字素养", pillar="数字素养")

covers_spec = [
    (3, "1.驱动数字经济发展。"), (6, "（3）推进公共事业服务数字化。"), (7, "（1）推进教育医疗服务数字化。"),
    (8, "（1）推进教育医疗服务数字化。"), (10, "（2）推进数字乡村建设。"), (11, "（2）推进数字乡村建设。"),
    (12, "3.营造良好数字生态。"), (14, "（1）压实安全管理责任。"), (15, "（1）压实安全管理责任。"),
    (18, "（2）常态化开展安全防护。"), (19, "（1）推进政务信创云迁移。"), (21, "（1）推动政府职能数字化转型。"),
    (23, "（1）推动政府职能数字化转型。"), (25, "2.加大财政投入。"), (28, "（2）开展试点示范。"),
    (30, "（1）加强政务数据管理。"), (36, "（2）深化数据共享应用。"), (40, "（4）规范电子公文和电子档案管理。"),
    (41, "（3）推进公共数据开放。"), (43, "（1）推进政务信创云迁移。"), (48, "（2）提升电子政务外网支撑能力。"),
    (49, "（3）整合视频和专网资源。"), (50, "（3）整合视频和专网资源。"), (52, "（4）推广电子证照和电子印章应用。"),
    (53, "（4）推广电子证照和电子印章应用。"), (54, "（4）规范电子公文和电子档案管理。"), (56, "（5）推进非税收入收缴电子化。"),
    (64, "1.健全组织机构。"), (65, "1.提升科学精准的经济调节能力。"), (66, "1.提升科学精准的经济调节能力。"),
    (70, "2.提升综合高效的市场监管能力。"), (71, "2.提升综合高效的市场监管能力。"), (74, "2.提升综合高效的市场监管能力。"),
    (77, "（1）完善矛盾纠纷多元化解信息系统应用"), (79, "（2）推进“雪亮工程”提质扩面"), (80, "（3）推进“智慧应急”建设"),
    (83, "（4）深化“互联网+基层治理”行动"), (84, "（1）深化“一网通办”"), (86, "（1）深化“一网通办”"),
    (87, "（2）推进12345政务服务便民热线"), (88, "（3）深化“证照分离”改革"), (89, "（3）深化“证照分离”改革"),
    (93, "156个村级便民服务站"), (94, "（1）配合优化黄河流域宁夏生态环境数据资源中心"), (96, "（2）深化“互联网+城乡供水”示范建设"),
    (98, "（1）配合优化黄河流域宁夏生态环境数据资源中心"), (104, "（1）全面使用全区统一的协同办公平台"),
    (105, "（1）全面使用全区统一的协同办公平台"), (106, "（1）全面使用全区统一的协同办公平台"),
    (108, "（2）推进公共资源交易全流程数字化管理"), (109, "（2）推进公共资源交易全流程数字化管理"),
    (111, "（2）推进公共资源交易全流程数字化管理"), (112, "（1）完善政府网站和政务公开专栏"),
    (114, "（1）完善政府网站和政务公开专栏"), (115, "（2）以12345热线为枢纽"), (116, "1.加强组织领导。"),
    (118, "3.提升数字素养。"), (122, "4.强化考核评价。"), (123, "4.强化考核评价。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 707; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("彭阳县 (固原市) 2023 work summary + 2024 work plan, issued by 县人民政府办公室 on 2024-01-22 with notice 彭政办发〔2024〕5号. "
              "Lines 8-53 are the summary of 2023 (past dates, bodies, figures, table 1, problems); lines 54-124 are the 2024 plan, "
              "which the notice names the county's 实施方案 for the year, with inline (牵头单位；配合单位；完成时限) notes and table 2. "
              "All six planted slips are in the plan part. No parent plan: 固原市's plan is not in the seeds. "
              "Tasks due 2023 in the regional list (14, 15, 30, 31, 36) are reported done in the summary and appear in the plan only as 长期坚持/持续推进 upkeep; "
              "dated plan lines were kept off tasks whose regional deadline is 2023; the one that comes close is 健全组织机构 (2024年3月底前), which implements task 64 (2025年), not the region's own task 60 (2023年) - see its mustNotFlag entry. "
              "task-uncovered is not annotated: the plan leaves out some county-relevant tasks (e.g. 2, 13, 24, 42, 92) without intent to test it.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect: print(e["rule"], e["line"], e["text"])
