#!/usr/bin/env python3
# Builds key.json for blind case 640 from draft.txt; every line number is found by a unique anchor
# string and checked, so the key always matches the final draft.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt"

LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()

# regional task list: number -> 完成时限 as printed in the seed
DUE = {}
for ln in open(SEED, encoding="utf-8"):
    c = ln.rstrip("\n").split("\t")
    if len(c) >= 4:
        m = re.match(r"\s*(\d+)\s*[\.．]", c[1])
        if m:
            DUE[int(m.group(1))] = c[3].strip()
assert len(DUE) == 124


def line_of(anchor, must_contain=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if must_contain is not None:
        assert must_contain in LINES[n - 1], (anchor, must_contain)
    return n


def tasks_txt(tasks):
    return "; ".join("task %d 完成时限「%s」" % (t, DUE[t]) for t in tasks)


expect = []
must = []
covers = []


def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": line_of(anchor, text), "text": text, "why": why}
    d.update(kw)
    expect.append(d)


def M(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": line_of(anchor, text) if anchor else 0}
    if text is not None:
        d["text"] = text
    d["why"] = why
    d.update(kw)
    must.append(d)


def DL(anchor, text, tasks, relation):
    """near miss: a deadline that is equal to or earlier than the regional one"""
    M("deadline-later-than-baseline", anchor, text,
      "%s; the draft's %s is %s" % (tasks_txt(tasks), text, relation))


# ---------------------------------------------------------------- planted mistakes
GARBLED = "数据供需对接".encode("utf-8").decode("gbk")
E("basis-mismatch", "为深入贯彻落实党的二十大精神", "宁政办发〔2023〕17号",
  "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (seed gazette, 2023-05-16); "
  "宁政办发 is the 自治区人民政府办公厅 series, so the 文号 does not belong to the title. The 宁政办发〔2023〕11号 "
  "next to it is correct, which makes the slip easy to miss.")
E("garbled-text", "2．深化数据高效共享。", GARBLED[:6],
  "the run %s is the UTF-8 bytes of 数据供需对接 read as GBK (政务数据供需对接机制, cf. task 36); "
  "re-encoding as GBK and decoding as UTF-8 recovers it" % GARBLED)
E("deadline-invalid", "3．推进业务专网整合。", "2024年9月31日",
  "impossible date: September has 30 days (the matching task 50 is due %s, so the month itself would be in time)"
  % DUE[50])
E("deadline-later-than-baseline", "20．开展县域城域网升级改造", "2025年6月底前",
  "the row takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…), 完成时限「%s」; "
  "2025年6月 is later than 2024 (task 47 电子政务外网升级改造 is also %s). The body measure on line %d gives no date."
  % (DUE[48], DUE[47], line_of("2．提升网络支撑能力。")))
E("unknown-unit", "3．推动企业“上云用数赋智”", "县经济和信息化局",
  "not in units.txt: the county bureau is 县工业和信息化局 (县工信局), which the body measure for the same task "
  "(line %d) names correctly; 县经济和信息化局 is an abolished pre-reform name. It is the first-listed, i.e. lead, "
  "unit of the row (说明, line %d)." % (line_of("1．推进产业数字化转型。"), line_of("说明：责任单位有多个的")))

# ---------------------------------------------------------------- near misses: deadlines (equal / earlier)
DL("到2024年底，县级非涉密政务信息系统", "到2024年底", [43, 86, 93, 112, 113],
   "equal (a county-specific 2024 goal; every item in it is a 2024 task; it restates none of the region's 到2023年底 goals)")
M("deadline-later-than-baseline", "到2025年，全县数字政府建设“1347”", "到2025年",
  "主要目标: equal to the region's goal 到2025年，全区各级数字政府建设“34567”体系框架全面成型")
M("deadline-later-than-baseline", "到2035年，与政府治理能力现代化", "到2035年",
  "主要目标: equal to the region's goal 到2035年，…数字政府全面建成")
DL("（三）完善工作机制。", "2024年底前", [23], "equal")
DL("1．推进产业数字化转型。", "2024年底前取得明显成效", [2],
   "equal: the completing milestone (2024年取得明显成效) is the same; the region's 2023年启动 lies before the plan")
DL("2．建设智慧园区。", "持续推进，2025年取得明显成效", [3], "equal")
DL("1．推动公共服务数字化。", "持续推进，2025年取得明显成效", [6, 7], "equal (completing milestone 2025)")
DL("2．深化“互联网+医疗健康”应用。", "持续推进，2025年取得明显成效", [8], "equal")
DL("3．推进智慧县城建设。", "2025年底前", [9], "equal: 2025年底 is the same year as 2025年")
DL("4．推进数字乡村建设。", "持续推进，2025年取得明显成效", [10], "equal")
DL("5．加快“数字供销”建设。", "2025年取得明显成效", [11],
   "equal: the completing milestone is 2025年取得明显成效; the region's intermediate 2023 milestone is past")
DL("1．培育数据要素市场。", "2025年", [12], "equal")
DL("1．以数字化改革助力政府职能转变。", "2024年底前", [21], "equal")
DL("4．开展试点示范。", "2024年启动，2025年取得明显成效", [28],
   "equal: the completing milestone (2025年取得明显成效) is the same; starting in the plan's own year 2024 is not a late deadline")
DL("3．推进基础库和主题库建设。", "2024年底前", [33, 34, 35, 39], "equal")
DL("4．促进数据有序开发利用。", "2024年10月底前", [41, 42], "earlier (October of the due year)")
DL("5．规范电子公文和档案数据管理。", "2024年底前", [40], "equal")
DL("1．强化政务云支撑能力。", "2024年11月底前完成迁移，持续推进", [43, 19, 45, 46],
   "earlier than / equal to 2024年建成，持续推进")
DL("4．统筹融合视频资源。", "2025年底前", [49], "equal")
DL("5．加强共性应用支撑能力。", "2024年底前", [53], "equal")
DL("6．拓展电子证照应用。", "2025年6月底前", [52], "earlier")
DL("7．深化电子文件归档和财政电子化。", "2024年底前", [54, 55], "equal")
DL("8．推进非税收入收缴电子化。", "2025年", [56], "equal")
DL("9．完善信用和地理信息服务。", "2024年底前", [57, 58], "equal")
DL("10．优化政务平台构成。", "2025年6月底前", [59], "earlier")
DL("1．加强经济数据汇聚治理。", "2024年底前", [65], "equal")
DL("2．加强经济运行监测预警。", "2025年6月底前", [66], "earlier")
DL("1．提升监管精准化水平。", "2024年底前", [69, 70], "equal")
DL("3．加强重点领域追溯监管。", "2024年底前", [71], "equal")
DL("4．提升监管智能化水平。", "2024年底前", [74, 75], "equal")
DL("1．提升社会矛盾化解能力。", "2024年底前", [77], "equal")
DL("2．提升社会治安防控能力。", "2024年底前", [79], "equal")
DL("3．提升公共安全保障能力。", "2024年底前", [80], "equal")
DL("4．统筹指挥调度资源。", "2025年6月底前", [81], "earlier")
DL("5．提高基层社会治理能力。", "2025年6月底前", [83], "earlier")
DL("1．打造泛在可及的服务体系。", "2024年底前", [84], "equal")
DL("3．做强“我的宁夏”平罗专区。", "2024年底前", [86], "equal")
DL("4．优化12345政务服务便民热线。", "2024年底前", [87, 115], "earlier than task 87, equal to task 115")
DL("5．提供优质便利的涉企服务。", "2024年底前", [88, 89], "equal")
DL("6．推进公共场馆数字化。", "2024年底前", [90], "equal")
DL("8．加快适老化与信息无障碍建设。", "2024年底前", [93], "equal")
DL("1．提升生态环保协同治理能力。", "2024年底前", [94, 95], "equal to task 94, earlier than task 95")
DL("2．深化“互联网+城乡供水”。", "2025年", [96], "equal")
DL("3．提升自然资源和林草管理数字化水平。", "2024年底前", [97, 98], "equal")
DL("4．完善资源要素交易。", "2025年6月底前", [100], "earlier")
DL("5．推动绿色低碳转型。", "2025年", [101, 102], "equal")
DL("1．提升辅助决策能力。", "2024年底前", [103], "equal")
DL("2．提升行政执行能力。", "2024年底前", [104, 105], "equal")
DL("3．推进基层填表报数减负。", "2025年6月底前", [106], "earlier")
DL("4．整合视频会议系统。", "2024年底前", [107], "earlier")
DL("5．提升行政监督水平。", "持续推进，2024年取得明显成效", [108, 109], "equal")
DL("6．提升机关事务管理水平。", "2024年底前", [110, 111], "equal to task 110, earlier than task 111")
DL("1．提升政府信息公开水平。", "2024年底前", [112, 113], "equal")
DL("2．发挥政务新媒体传播优势。", "2024年底前", [114], "equal")
DL("3．畅通政民互动渠道。", "2024年底前", [115], "equal")
DL("（四）强化考核评价。", "长期坚持", [121, 122, 123],
   "equal to task 121; tasks 122/123 carry the same ongoing flag and their only dated milestone (2023) lies before the plan")
# task table (tab-separated rows)
ROWS = [
    ("1．参照自治区做法", "2024年6月底前", [64], "earlier"),
    ("2．全县政务信息化项目", "2024年", [23], "equal"),
    ("3．推动企业“上云用数赋智”", "2024年取得明显成效", [2], "equal (completing milestone)"),
    ("4．推进平罗工业园区", "持续推进，2025年取得明显成效", [3], "equal"),
    ("5．推进教育、健康", "持续推进，2025年取得明显成效", [6], "equal"),
    ("6．深化“互联网+医疗健康”应用，推动", "持续推进，2025年取得明显成效", [8], "equal"),
    ("7．推进县城生命线", "2025年底前", [9], "equal"),
    ("8．推进数字乡村建设，开展", "持续推进，2025年取得明显成效", [10], "equal"),
    ("9．推进县供销社", "2025年取得明显成效", [11], "equal (completing milestone)"),
    ("10．积极参与全区数据要素市场", "2025年", [12], "equal"),
    ("11．县级政务信息系统向政务信创云", "2024年11月底前", [19, 43], "earlier"),
    ("12．县级行政许可事项", "2024年", [21], "equal"),
    ("13．开展数字政府建设试点示范", "2024年启动，2025年取得明显成效", [28], "equal (completing milestone)"),
    ("14．配合建设全区基础数据资源库", "2024年", [33, 34], "equal"),
    ("15．编制县级公共数据开放目录", "2024年10月底前", [41], "earlier"),
    ("16．推进供水、供电", "2024年", [42], "equal"),
    ("17．规范电子公文", "2024年", [40], "equal"),
    ("18．县级行业云", "2024年", [45], "equal"),
    ("19．推动县级电子政务外网升级改造", "2024年", [47], "equal"),
    ("21．推进非涉密业务专网", "2024年", [50], "equal"),
    ("22．依托全区统一的视频共享平台", "2025年", [49], "equal"),
    ("23．推进个人证照", "2025年6月底前", [52], "earlier"),
    ("24．推广应用全区统一电子印章", "2024年", [53], "equal"),
    ("25．完善业务应用系统电子文件归档", "2024年", [54], "equal"),
    ("26．推进财政电子票据", "2024年", [55], "equal"),
    ("27．推进非税收入", "2025年", [56], "equal"),
    ("28．完善县级信用信息", "2024年", [57], "equal"),
    ("29．推动全县地理信息", "2024年", [58], "equal"),
    ("30．配合建设宁夏经济治理基础数据库", "2024年", [65], "equal"),
    ("31．依托宁夏经济运行大数据平台", "2025年6月底前", [66], "earlier"),
    ("32．运用多源数据", "2024年", [69, 70], "equal"),
    ("33．对食品药品", "2024年", [71], "equal"),
    ("34．推进消费维权", "2024年", [73], "equal"),
    ("35．用好全区矛盾纠纷", "2024年", [77], "equal"),
    ("36．持续推进“雪亮工程”", "2024年", [79], "equal"),
    ("37．推进“智慧应急”", "2024年", [80], "equal"),
    ("38．接入全区统一的视频指挥调度", "2025年6月底前", [81], "earlier"),
    ("39．实施“互联网+基层治理”", "2025年6月底前", [83], "earlier"),
    ("40．打造县、乡、村", "2024年", [84], "equal"),
    ("41．迭代升级“我的宁夏”", "2024年", [86], "equal"),
    ("42．推进12345热线", "2024年", [87, 115], "earlier than task 87, equal to task 115"),
    ("43．完善企业专属网页", "2024年", [89], "equal"),
    ("44．推进公共场馆", "2024年", [90], "equal"),
    ("45．完成政府网站", "2024年", [93], "equal"),
    ("46．完善县域生态环境监测", "2024年", [94], "equal"),
    ("47．深化“互联网+城乡供水”", "2025年", [96], "equal"),
    ("48．用好自然资源三维立体", "2024年", [97, 98], "equal"),
    ("49．推进县域“四权”", "2025年6月底前", [100], "earlier"),
    ("50．建设县级数字政府运行监测", "2024年", [103], "equal"),
    ("51．全面应用全区统一的协同办公", "2024年", [104, 105], "equal"),
    ("52．依托全区统一的填表报数", "2025年6月底前", [106], "earlier"),
    ("53．整合非涉密视频会议", "2024年", [107], "earlier"),
    ("54．推进公共资源交易", "持续推进，2024年取得明显成效", [108], "equal"),
    ("55．整合县级机关事务", "2025年", [111], "equal"),
    ("56．完善政务公开信息化平台", "2024年", [112, 113], "equal"),
    ("57．构建县级政务新媒体", "2024年", [114], "equal"),
    ("58．以12345热线为枢纽", "2024年", [115], "equal"),
    ("59．加大政府数字化专业人才", "2024年", [117], "equal"),
    ("60．每年制定全县数字政府建设工作要点", "长期坚持", [121], "equal"),
]
for a, t, ts, rel in ROWS:
    DL(a, t, ts, rel + " (task table row)")

# ---------------------------------------------------------------- near misses: dates that are no deadlines / past dates
M("deadline-invalid", "已经2024年4月15日县人民政府", "2024年4月15日",
  "date of the county government meeting that approved the plan (past, same year, valid), not a deadline")
M("deadline-invalid", "2024年4月22日", "2024年4月22日", "the notice's own issuing date")
M("deadline-invalid", "2018年以来，我县按照", "2018年以来",
  "background: a past period, not a deadline (also mentions 2020 in a document title)")
M("deadline-invalid", "截至2023年底，全县电子政务外网", "截至2023年底",
  "background: achievements up to the end of 2023 (also 2023年 and 2022年建成 on the same line), not deadlines")
M("deadline-later-than-baseline", "截至2023年底，全县电子政务外网", "2023年",
  "background achievements (外网延伸至13个乡镇, 雪亮工程 2022年建成 …) are past facts, earlier than tasks 48/79 in any case")
M("deadline-invalid", "（六）建立调度报送机制。", "2024年12月10日",
  "the office's own reporting date (annual summary), not a task deadline; valid and in the plan year")
M("deadline-later-than-baseline", "（六）建立调度报送机制。", "2025年1月15日",
  "the office's own reporting date to the county government (annual report), not a task deadline; matches no task")
M("deadline-invalid", "（六）建立调度报送机制。", "每季度末月25日前",
  "recurring reporting date of the office, not a deadline")
M("deadline-later-than-baseline", "（三）完善工作机制。", "每月调度、每季度通报",
  "the office's own scheduling rhythm, not a deadline")
M("deadline-invalid", "附件：平罗县数字政府建设重点任务清单", "2024年—2025年",
  "period covered by the task list, not a deadline")
M("deadline-invalid", "2．落实安全制度要求。", "每年",
  "recurring obligation (annual inspection), not a dated deadline")
M("deadline-invalid", "（三）提升数字素养。", "每年至少组织1次",
  "recurring obligation (annual training), not a dated deadline")
M("deadline-invalid", "到2035年，与政府治理能力现代化", "到2035年",
  "long-term goal copied from the region; a far-future year is not an impossible date")

# ---------------------------------------------------------------- near misses: basis documents
M("basis-mismatch", "为深入贯彻落实党的二十大精神", "国发〔2022〕14号",
  "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）")
M("basis-mismatch", "为深入贯彻落实党的二十大精神", "宁政办发〔2023〕11号",
  "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so by the 吴忠 plan in the seeds")
M("basis-mismatch", "为深入贯彻落实党的二十大精神", "石嘴山市人民政府《关于加强数字政府建设的实施方案》",
  "the county's city plan cited by title alone, as DOMAIN describes; 实施方案 is the right document type for a city plan")
M("basis-mismatch", "2018年以来，我县按照", "国发〔2018〕27号",
  "retrospective mention of a different, real document (《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》, "
  "国发〔2018〕27号); 加快推进 is its real title, and it is not cited as a basis of this plan")
M("basis-mismatch", "2018年以来，我县按照", "宁政办发〔2020〕14号",
  "retrospective mention of the 2020 工作要点 (title and 文号 match the seed) in the background, not cited as a basis")
M("basis-mismatch", "2．深化数据高效共享。", "《全国一体化政务大数据体系建设指南》",
  "national guide named by title only, as the region's task 29 does")
M("basis-mismatch", "平政办发〔2024〕21号", "平政办发〔2024〕21号", "the notice's own 文号, not a cited document")
M("basis-mismatch", "平罗县人民政府办公室关于印发", "《平罗县关于加强数字政府建设的实施方案》",
  "the plan's own title (also on lines 4 and 8)")

# ---------------------------------------------------------------- near misses: units
COLLECTIVES = ["承担监管职责的县直有关部门（单位）", "县直各部门（单位）", "县直有关部门（单位）",
               "各乡镇人民政府", "各村（社区）"]
ALIASES = {"县政府办公室": "县人民政府办公室", "县发改局": "县发展和改革局", "县发展改革局": "县发展和改革局",
           "县工信局": "县工业和信息化局", "县审批局": "县审批服务管理局", "县人社局": "县人力资源和社会保障局",
           "县住建局": "县住房和城乡建设局", "县市场监管局": "县市场监督管理局", "县卫健局": "县卫生健康局",
           "县教体局": "县教育体育局", "县文旅局": "县文化旅游广电局", "县应急局": "县应急管理局",
           "县供销社": "县供销合作社", "平罗县税务局": "国家税务总局平罗县税务局",
           "县消防救援大队": "平罗县消防救援大队", "县气象局": "平罗县气象局",
           "县数字政府建设领导小组办公室": "县推进数字政府建设领导小组办公室"}


def unit_zone(line):
    """the part of a line that names responsible units: an inline note, or the 责任单位 cell of a table row"""
    if "\t" in line:
        cells = line.split("\t")
        return cells[2] if len(cells) >= 3 and cells[2] != "责任单位" else ""
    m = re.search(r"（责任单位：(.*)）$", line)
    return m.group(1) if m else ""


for i, line in enumerate(LINES, 1):
    z = unit_zone(line)
    if not z:
        continue
    rest = z
    for c in COLLECTIVES:
        if c in rest:
            must.append({"rule": "unknown-unit", "line": i, "text": c, "why": "collective subject"})
            rest = rest.replace(c, "#")
    # bare 各乡镇 (not followed by 人民政府)
    if re.search(r"各乡镇(?!人民政府)", rest):
        must.append({"rule": "unknown-unit", "line": i, "text": "各乡镇",
                     "why": "collective subject (the list's 说明 defines 各乡镇 as 各乡镇人民政府)"})
    for a, canon in ALIASES.items():
        # avoid counting 县发展改革局 twice etc.
        if a in z:
            must.append({"rule": "unknown-unit", "line": i, "text": a,
                         "why": "official short name registered in units.txt for %s" % canon})

# lists where the prefix 县 distributes, or must not be distributed
PREFIX = [
    ("（三）完善工作机制。", "县发展改革局、财政局", "prefix distributes: 县财政局 is registered"),
    ("2．建设智慧园区。", "县工信局、应急局，石嘴山市生态环境局平罗分局",
     "县 distributes to 应急局 (县应急局); 石嘴山市生态环境局平罗分局 is a registered full name and must not be prefixed or split"),
    ("3．提升安全防护能力。", "县委网信办，公安局、大数据服务中心",
     "the prefix is 县 (not 县委): 县公安局 and 县大数据服务中心 are registered, as 自治区党委网信办, 发展改革委 means 自治区发展改革委"),
    ("3．推进基础库和主题库建设。", "县人社局、市场监管局、自然资源局、发改局、卫健局、应急局",
     "prefix distributes over registered short names"),
    ("5．加强共性应用支撑能力。", "县审批局、市场监管局，平罗县税务局",
     "县 distributes to 市场监管局; 平罗县税务局 is a registered short name (国家税务总局平罗县税务局)"),
    ("5．推动绿色低碳转型。", "县发改局、石嘴山市生态环境局平罗分局",
     "a registered full name after a 县-prefixed unit is never prefixed or split"),
    ("4．优化12345政务服务便民热线。", "县公安局、各乡镇人民政府",
     "a prefix never distributes into a 各… collective"),
    ("3．加强经济政策统筹协调。", "县财政局、平罗县税务局等",
     "registered vertical unit (国家税务总局平罗县税务局) in a cooperating role"),
    ("1．提升生态环保协同治理能力。", "石嘴山市生态环境局平罗分局牵头",
     "the city bureau's branch stationed in the county is in units.txt; not a regional body leading a local task"),
    ("3．提升公共安全保障能力。", "县消防救援大队、县气象局", "registered vertical units"),
    ("1．强化政务云支撑能力。", "县大数据服务中心具体负责", "registered 县属事业单位"),
]
for a, t, why in PREFIX:
    M("unknown-unit", a, t, why)

M("unknown-unit", "4．开展试点示范。", "自治区政府办公厅",
  "a regional body mentioned as a body to liaise with (主动对接), not named as responsible for or lead of a local task")
M("unknown-unit", "（六）建立调度报送机制。", "石嘴山市数字政府建设主管部门",
  "a descriptive recipient of reports, not a responsible unit")
M("unknown-unit", "（六）建立调度报送机制。", "县数字政府建设领导小组办公室",
  "registered alias of 县推进数字政府建设领导小组办公室 (recipient of reports)")
M("unknown-unit", "6．推进公共场馆数字化。", "县图书馆、文化馆、博物馆、体育馆、档案馆",
  "objects of the measure (venues to be digitised), not responsible units")
M("unknown-unit", "（一）健全组织机构。", "县推进数字政府建设领导小组", "registered")
M("unknown-unit", "截至2023年底，全县电子政务外网", "县审批服务管理局",
  "registered canonical name, in background text")
M("unknown-unit", "各乡镇人民政府，县政府各部门、各直属机构，平罗工业园区管委会：", "县政府各部门、各直属机构",
  "addressees of the notice: collectives plus the registered 平罗工业园区管委会")
M("unknown-unit", "（二）厘清层级职责。", "平罗工业园区、学校、医院",
  "kinds of grassroots units (基层单元) named as in the region's text, not responsible units")
M("unknown-unit", "（三）提升数字素养。", "县委党校",
  "registered; 宁夏干部教育培训网络学院 on the same line is a training platform, not a responsible unit")
M("unknown-unit", "1．完善数据管理机制。", "县大数据服务中心具体负责", "registered 县属事业单位")

# ---------------------------------------------------------------- near misses: garbled look-alikes
M("garbled-text", "4．推进数字乡村建设。", "庙庙湖村", "real village name in 红崖子乡 (repeated character, not mojibake)")
M("garbled-text", "2．提升网络支撑能力。", "IPv6", "Latin term, not damage")
M("garbled-text", "为深入贯彻落实党的二十大精神", "“1244+N”", "name of a regional action plan")
M("garbled-text", "对标自治区“三个驱动、四大支撑", "“1347”", "framework names “34567” / “1347”, not damage")
M("garbled-text", "1．打造泛在可及的服务体系。", "“15分钟政务服务圈”", "ordinary term")
M("garbled-text", "4．优化12345政务服务便民热线。", "110报警服务台", "hotline numbers 12345 and 110")

# ---------------------------------------------------------------- near misses: pillars (judged by content)
S2 = (line_of("二、健全“一套体系”"), line_of("（三）完善工作机制。"))
S6 = (line_of("六、加强党的全面领导"), line_of("（六）建立调度报送机制。"))
for pillar, where in [
    ("五个一", "folded into 二、健全“一套体系” (lines %d-%d): 健全组织机构 (领导小组, 领导小组办公室, 县大数据服务中心), as 吴忠 folds it into 一套体系" % S2),
    ("六级贯通", "二（二）厘清层级职责, line %d, names the 自治区、市、县、乡、村…“六级贯通” architecture" % line_of("（二）厘清层级职责。")),
    ("党的领导", "section 六、加强党的全面领导，强化保障措施, lines %d-%d" % S6),
    ("组织领导", "六（一）加强组织领导, line %d" % line_of("（一）加强组织领导。")),
    ("财政投入", "六（二）加大资金保障, line %d" % line_of("（二）加大资金保障。")),
    ("数字素养", "六（三）提升数字素养, line %d" % line_of("（三）提升数字素养。")),
    ("考核评价", "六（四）强化考核评价, line %d" % line_of("（四）强化考核评价。")),
    ("数字生态", "三（三）营造良好数字生态, lines %d-%d" % (line_of("（三）营造良好数字生态。"), line_of("3．营造安全清朗的网络生态。"))),
    ("政务公开", "五（七）, lines %d-%d" % (line_of("（七）提升全面规范的政务公开能力"), line_of("3．畅通政民互动渠道。"))),
]:
    must.append({"rule": "missing-pillar", "line": 0, "pillar": pillar, "why": "covered: " + where})


# ---------------------------------------------------------------- covers
COV = [
    (2, "1．推进产业数字化转型。"), (3, "2．建设智慧园区。"), (5, "3．完善数字经济治理体系。"),
    (6, "1．推动公共服务数字化。"), (7, "1．推动公共服务数字化。"), (8, "2．深化“互联网+医疗健康”应用。"),
    (9, "3．推进智慧县城建设。"), (10, "4．推进数字乡村建设。"), (11, "5．加快“数字供销”建设。"),
    (12, "1．培育数据要素市场。"), (13, "2．营造规范有序的政策环境。"),
    (14, "1．强化安全管理责任。"), (15, "1．强化安全管理责任。"), (17, "2．落实安全制度要求。"),
    (18, "3．提升安全防护能力。"), (19, "4．提高自主可控水平。"), (21, "1．以数字化改革助力政府职能转变。"),
    (22, "2．提升监管协同化水平。"), (23, "（三）完善工作机制。"), (24, "2．创新数字政府建设管理机制。"),
    (25, "（二）加大资金保障。"), (26, "3．完善制度规范和标准。"), (28, "4．开展试点示范。"),
    (30, "1．完善数据管理机制。"), (31, "1．完善数据管理机制。"), (32, "1．完善数据管理机制。"),
    (33, "3．推进基础库和主题库建设。"), (34, "3．推进基础库和主题库建设。"), (35, "3．推进基础库和主题库建设。"),
    (36, "2．深化数据高效共享。"), (38, "2．深化数据高效共享。"), (39, "3．推进基础库和主题库建设。"),
    (40, "5．规范电子公文和档案数据管理。"), (41, "4．促进数据有序开发利用。"), (42, "4．促进数据有序开发利用。"),
    (43, "1．强化政务云支撑能力。"), (45, "1．强化政务云支撑能力。"), (46, "1．强化政务云支撑能力。"),
    (47, "2．提升网络支撑能力。"), (48, "2．提升网络支撑能力。"), (49, "4．统筹融合视频资源。"),
    (50, "3．推进业务专网整合。"), (52, "6．拓展电子证照应用。"), (53, "5．加强共性应用支撑能力。"),
    (54, "7．深化电子文件归档和财政电子化。"), (55, "7．深化电子文件归档和财政电子化。"),
    (56, "8．推进非税收入收缴电子化。"), (57, "9．完善信用和地理信息服务。"), (58, "9．完善信用和地理信息服务。"),
    (59, "10．优化政务平台构成。"), (64, "1．参照自治区做法"),
    (65, "1．加强经济数据汇聚治理。"), (66, "2．加强经济运行监测预警。"), (67, "3．加强经济政策统筹协调。"),
    (68, "2．提升监管协同化水平。"), (69, "1．提升监管精准化水平。"), (70, "1．提升监管精准化水平。"),
    (71, "3．加强重点领域追溯监管。"), (72, "2．提升监管协同化水平。"), (73, "2．提升监管协同化水平。"),
    (74, "4．提升监管智能化水平。"), (75, "4．提升监管智能化水平。"), (77, "1．提升社会矛盾化解能力。"),
    (79, "2．提升社会治安防控能力。"), (80, "3．提升公共安全保障能力。"), (81, "4．统筹指挥调度资源。"),
    (83, "5．提高基层社会治理能力。"), (84, "1．打造泛在可及的服务体系。"), (85, "2．提升智慧便捷的服务能力。"),
    (86, "3．做强“我的宁夏”平罗专区。"), (87, "4．优化12345政务服务便民热线。"), (88, "5．提供优质便利的涉企服务。"),
    (89, "5．提供优质便利的涉企服务。"), (90, "6．推进公共场馆数字化。"), (92, "7．探索“多卡合一”“多码合一”。"),
    (93, "8．加快适老化与信息无障碍建设。"), (94, "1．提升生态环保协同治理能力。"),
    (95, "1．提升生态环保协同治理能力。"), (96, "2．深化“互联网+城乡供水”。"),
    (97, "3．提升自然资源和林草管理数字化水平。"), (98, "3．提升自然资源和林草管理数字化水平。"),
    (100, "4．完善资源要素交易。"), (101, "5．推动绿色低碳转型。"), (102, "5．推动绿色低碳转型。"),
    (103, "1．提升辅助决策能力。"), (104, "2．提升行政执行能力。"), (105, "2．提升行政执行能力。"),
    (106, "3．推进基层填表报数减负。"), (107, "4．整合视频会议系统。"), (108, "5．提升行政监督水平。"),
    (109, "5．提升行政监督水平。"), (110, "6．提升机关事务管理水平。"), (111, "6．提升机关事务管理水平。"),
    (112, "1．提升政府信息公开水平。"), (113, "1．提升政府信息公开水平。"), (114, "2．发挥政务新媒体传播优势。"),
    (115, "3．畅通政民互动渠道。"), (116, "（一）加强组织领导。"), (117, "（三）提升数字素养。"),
    (118, "（三）提升数字素养。"), (120, "（三）提升数字素养。"), (121, "（四）强化考核评价。"),
    (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
for t, a in COV:
    covers.append({"task": t, "line": line_of(a)})

key = {
    "writer": "blind writer, round 640; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": must,
    "covers": covers,
    "notes": (
        "平罗县 (石嘴山市) 2024 实施方案 by a careful office: 188 lines, notice header (lines 1-7), body with inline "
        "（责任单位…；完成时限…） notes, and a 60-row task table (lines 128-188, header on 128) whose 说明 (line 127) makes the "
        "first-listed unit the lead. No parent plan is given (石嘴山's plan is not in the seeds; the draft cites it by title "
        "only). Five planted mistakes over five rules. Tasks whose regional deadline is 2023 are taken up without dates, so "
        "that no 2024 deadline is later than a 2023 one. task-uncovered is not annotated: tasks such as 1, 4, 16, 20, 27, "
        "29, 37, 44, 51, 60-63, 76, 78, 82, 91, 99, 119 are regional-only, city-only, obsolete (82) or not taken up, and a "
        "report on them is information only. make_draft.py writes draft.txt; make_key.py writes this key and checks every "
        "line number by a unique anchor."
    ),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(must), "covers", len(covers))
