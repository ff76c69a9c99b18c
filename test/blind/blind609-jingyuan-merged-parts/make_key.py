#!/usr/bin/env python3
# Builds key.json for blind609; every line number is looked up in the final draft.txt (1-based)
# and every `text` is checked to occur on its line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(sub, nth=0):
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l]
    assert hits, "not found: " + sub
    if nth == 0:
        assert len(hits) == 1, "ambiguous %s: %s" % (sub, hits)
        return hits[0]
    return hits[nth - 1]


def row(n):
    """line of task-table row n (first cell is the row number)"""
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith("%d\t" % n)]
    assert len(hits) == 1, n
    return hits[0]


def chk(e):
    if e.get("line") and e.get("text"):
        assert e["text"] in LINES[e["line"] - 1], (e["line"], e["text"])
    return e


expect = [
    {"rule": "basis-mismatch", "line": ln("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
    {"rule": "garbled-text", "line": ln("鍐滀笟鍐滄潙"), "text": "鍐滀笟鍐滄潙",
     "why": "UTF-8 read as GBK: 鍐滀笟鍐滄潙缁煎悎淇℃伅鏈嶅姟 re-encoded as GBK and decoded as UTF-8 is 农业农村综合信息服务"},
    {"rule": "missing-pillar", "line": 0, "pillar": "经济调节",
     "why": "the merged heading 四（一） '提升经济调节和市场监管能力' (line %d) names 经济调节, but its three measures (lines %d-%d) are all 市场监管; nothing in the draft takes up 经济数据汇聚/经济运行监测预警/规划综合管理 (regional 五（一）, tasks 65-67)"
            % (ln("（一）提升经济调节和市场监管能力"), ln("推动精准监管。"), ln("提升智能监管。"))},
    {"rule": "task-uncovered", "line": 0, "task": 66,
     "why": "宁夏经济运行大数据平台 (各市、县（区）配合, 2025年) left out together with the 经济调节 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 67,
     "why": "规划综合管理信息平台 (各市、县（区）配合, 2023年) left out together with the 经济调节 pillar"},
    {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2025年6月底前",
     "why": "task-table row 16 is regional task 93 (适老化与信息无障碍建设), 完成时限 2024年; the county sets 2025年6月底前"},
    {"rule": "deadline-invalid", "line": row(7), "text": "2023年12月底前",
     "why": "row 7 (非税收入收缴电子化, regional task 56, 完成时限 2025年) is due 2023年12月底前, before the plan itself was issued (2024年3月18日); a slip, not a copied regional date"},
    {"rule": "unknown-unit", "line": row(8), "text": "县发改委",
     "why": "泾源县 has 县发展和改革局 (= 县发改局 in units.txt), no 发改委; 县发改委 is not in the registry"},
    {"rule": "unknown-unit", "line": row(12), "text": "自治区党委政法委",
     "why": "a regional body named as the lead (牵头) of a county task (雪亮工程, regional task 79); copied from the regional cell, the county lead would be 县委政法委"},
]

M = []


def nm(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text:
        e["text"] = text
    e.update(kw)
    e["why"] = why
    M.append(chk(e))


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
MP = "missing-pillar"

# --- deadlines: goals, background, the office's own dates
nm(DL, ln("2024年底前，县级政务信息系统"), "2024 goal: 信创云 migration, 外网 coverage, 宁政通, 我的宁夏 'apply all' are regional tasks 43 (2024 年建成，持续推进), 46/48 (2024年), 105 (2024年), 86 (2024年): equal", "2024年底前")
nm(DL, ln("到2025年，全县数字政府建设"), "same year as the regional 主要目标 '到2025年，…“34567”体系框架全面成型'", "到2025年")
nm(DL, ln("到2035年"), "same year as the regional 2035 goal", "到2035年")
nm(DL, ln("2024年底前，依托“宁政通”"), "填表报数系统 is regional task 106, 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
nm(DI, ln("2023年，全县电子政务外网"), "past date in the 工作基础 background (what was achieved in 2023), not a deadline", "2023年")
nm(DL, ln("2023年，全县电子政务外网"), "background achievement figures, not a deadline (mentions 雪亮工程/外网 but states the past)", "2023年")
nm(DI, ln("2024年3月18日"), "the notice's issue date", "2024年3月18日")
nm(DI, ln("6月25日、12月10日前"), "the county office's own half-yearly reporting dates, not task deadlines", "12月10日")
nm(DL, ln("附件：泾源县数字政府建设重点任务清单"), "the attachment title's period (2024—2025年), not a deadline", "2025年")
nm(DL, ln("（2024—2025年）", 2), "the table title's period, not a deadline", "2025年")

# --- deadlines in the task table
rows_ok = {
    1: ("持续推进，2025年取得明显成效", "task 10 数字乡村, 完成时限 持续推进，2025年取得明显成效: equal"),
    2: ("持续推进，2025年取得明显成效", "task 8 互联网+医疗健康, 完成时限 持续推进，2025年取得明显成效: equal"),
    3: ("2024年10月底前", "task 46 (2024年) / task 43 (2024 年建成，持续推进) / task 19 (2023年启动，2024年建成): earlier month within the regional year"),
    4: ("2024年9月底前", "task 48 城域网 5级全覆盖 (and 47), 完成时限 2024年: earlier"),
    5: ("2025年", "task 49 视频共享平台/视频一张网, 完成时限 2025年: equal"),
    6: ("2024年", "task 41 公共数据开放目录, 完成时限 2024年: equal"),
    8: ("2024年", "task 57 信用信息公共服务平台, 完成时限 2024年: equal (the row's unit is the planted mistake, not its date)"),
    9: ("2024年启动，2025年取得明显成效", "task 28 试点示范, 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal; the later start is not a late deadline"),
    10: ("2024年", "tasks 70/71 双随机/追溯监管, 完成时限 2024年: equal"),
    11: ("2024年", "task 77 矛盾纠纷多元化解, 完成时限 2024年: equal"),
    12: ("2024年", "task 79 雪亮工程, 完成时限 2024年: equal (the row's unit is the planted mistake, not its date)"),
    13: ("2025年", "task 83 互联网+基层治理, 完成时限 2025年: equal"),
    14: ("2024年", "task 84 一体化政务服务体系/四个办, 完成时限 2024年: equal"),
    15: ("2024年6月底前", "task 86 我的宁夏 应上尽上, 完成时限 2024年: earlier"),
    17: ("2025年", "task 96 互联网+城乡供水, 完成时限 2025年: equal"),
    18: ("2024年", "task 95 (2025年) / task 94 (2024年) 生态环境数据: equal or earlier"),
    19: ("2024年", "task 98 智慧林草, 完成时限 2024年: equal"),
    20: ("2024年", "tasks 104 协同办公 and 105 宁政通, 完成时限 2024年: equal"),
    21: ("2024年底", "task 106 填表报数系统, 完成时限 2025年: earlier"),
    22: ("2024年", "tasks 112 政务公开平台 and 114 政务新媒体矩阵, 完成时限 2024年: equal"),
    23: ("长期坚持", "task 121 年度工作要点和考核指标, 完成时限 长期坚持: equal"),
}
for n, (t, why) in rows_ok.items():
    nm(DL, row(n), why, t)

# --- units
nm(UU, ln("各乡镇人民政府，县直各部门（单位）："), "collective addressees (各乡镇人民政府, 县直各部门（单位）)", "各乡镇人民政府")
nm(UU, row(1), "collective subject", "县直有关部门")
nm(UU, row(13), "collective subject", "各村（社区）")
nm(UU, row(2), "'县卫健局、医保局': the 县 prefix distributes, 县医保局 is the short name of 县医疗保障局 in units.txt; no 牵头 but the table note says the first unit leads", "医保局")
nm(UU, row(5), "'县公安局、应急局、交通运输局、文旅局': prefix distributes to 县应急局/县交通运输局/县文旅局, all in units.txt (short names)", "应急局")
nm(UU, row(7), "'县教体局、卫健局、自然资源局、公安局': prefix distributes; 县教体局/县卫健局 are registry short names", "县教体局")
nm(UU, row(11), "'县公安局、司法局、信访局': prefix distributes to 县司法局, 县信访局; 县人民法院 is in units.txt", "司法局")
nm(UU, row(11), "县人民法院 is in units.txt (a unit outside the government proper)", "县人民法院")
nm(UU, row(18), "short name of 固原市生态环境局泾源分局 listed in units.txt; a listed name is not split into 市生态环境局 + 泾源分局", "市生态环境局泾源分局")
nm(UU, row(19), "乡镇 governments listed in units.txt", "六盘山镇人民政府")
nm(UU, row(14), "official short name of 县审批服务管理局", "县审批局")
nm(UU, row(15), "first-listed unit leads per the table note (县审批局), 县政府办 is the short name of 县人民政府办公室", "县政府办")
nm(UU, row(22), "in units.txt", "县融媒体中心")
nm(UU, row(23), "in units.txt", "县委组织部")
nm(UU, row(10), "official short name of 县市场监督管理局", "县市场监管局")
nm(UU, ln("调整充实县推进"), "the county's leading group being set up, not a responsibility assignment", "领导小组")

# --- basis documents
nm(BM, ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nm(BM, ln("宁政办发〔2023〕11号"), "cited exactly as the 吴忠 city plan cites it (数字宁夏“1244+N”行动计划实施方案)", "宁政办发〔2023〕11号")
nm(BM, ln("固原市人民政府《关于加强数字政府建设的实施方案》"), "the city's plan cited by title alone, as county plans do; no parent plan is given to check it against", "固原市人民政府《关于加强数字政府建设的实施方案》")
nm(BM, ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; it is not cited as a basis", "宁政办发〔2020〕14号")
nm(BM, ln("泾政办发〔2024〕9号"), "the notice's own 文号, not a basis citation", "泾政办发〔2024〕9号")

# --- merged parts that do carry every pillar they name
pill = [
    ("数字经济", "（一）驱动数字经济和数字社会发展", "推动特色产业数字化。 and 完善数字经济治理。 (tasks 2, 5)"),
    ("数字社会", "（一）驱动数字经济和数字社会发展", "社会事业数字化, 数字乡村, 智慧县城 (tasks 6-11)"),
    ("数字生态", "（二）营造良好数字生态", "数据要素市场 and 网络生态 (task 12)"),
    ("安全保障", "（一）夯实数据资源和安全基础", "merged heading; 安全管理责任/安全制度/安全防护 (tasks 14, 15, 17, 18)"),
    ("数据资源", "（一）夯实数据资源和安全基础", "merged heading; 数据管理机制/数据共享开放 (tasks 30-36, 41, 42)"),
    ("制度规则", "（二）强化制度规则和平台支撑", "merged heading; 职能转变/建设管理机制/标准与试点 (tasks 20, 21, 23, 24, 28)"),
    ("平台支撑", "（二）强化制度规则和平台支撑", "merged heading; 政务云和网络/共性应用 (tasks 43-58)"),
    ("市场监管", "（一）提升经济调节和市场监管能力", "merged heading; 精准/协同/智能监管 (tasks 68-75)"),
    ("社会管理", "（二）提升社会管理和公共服务能力", "merged heading; 矛盾纠纷, 雪亮工程, 智慧应急, 基层治理 (tasks 77, 79, 80, 83)"),
    ("公共服务", "（二）提升社会管理和公共服务能力", "merged heading; 一网通办, 我的宁夏, 免证办, 适老化 (tasks 84-93)"),
    ("生态环境保护", "（三）提升生态环境保护能力", "tasks 94-102"),
    ("政务运行", "（四）提升政务运行和政务公开能力", "merged heading; 协同办公, 宁政通, 填表报数, 视频会议, 机关事务 (tasks 104-111)"),
    ("政务公开", "（四）提升政务运行和政务公开能力", "merged heading; 信息公开, 政策文件库, 新媒体, 政民互动 (tasks 112-115)"),
    ("五个一和六级贯通", "（一）加强组织领导，健全工作体系", "no heading names it: 领导小组及办公室, 数据专员, and the next line's 六级贯通 县乡村三级职责 (tasks 64, 116) carry the work system"),
    ("组织领导", "（一）加强组织领导，健全工作体系", "一把手工程, 主要领导负责制 (task 116)"),
    ("财政投入", "（二）强化资金和人才保障", "merged heading; 经费纳入预算, 多渠道投入, 运维资金挂钩 (task 25)"),
    ("数字素养", "（二）强化资金和人才保障", "merged heading; 干部数字化能力培训, 人才引进 (task 118)"),
    ("考核评价", "（三）严格考核评价", "tasks 121-124"),
]
for p, head, why in pill:
    M.append({"rule": MP, "line": 0, "pillar": p,
              "why": "carried by the part at line %d: %s" % (ln(head), why)})

covers = []


def cv(task, sub_or_line):
    line = sub_or_line if isinstance(sub_or_line, int) else ln(sub_or_line)
    covers.append({"task": task, "line": line})


cv(2, "推动特色产业数字化。")
cv(5, "完善数字经济治理。")
cv(6, "推进社会事业数字化。")
cv(7, "推进社会事业数字化。")
cv(8, "推进社会事业数字化。")
cv(9, "推进智慧县城建设。")
cv(10, "推进数字乡村建设。")
cv(11, "推进数字乡村建设。")
cv(12, "培育数据要素市场。")
cv(14, "强化安全管理责任。")
cv(15, "强化安全管理责任。")
cv(17, "落实安全制度要求。")
cv(18, "提升安全防护能力。")
cv(30, "完善数据管理机制。")
cv(31, "完善数据管理机制。")
cv(32, "完善数据管理机制。")
cv(36, "深化数据共享开放。")
cv(41, row(6))
cv(42, "深化数据共享开放。")
cv(20, "助力政府职能转变。")
cv(21, "助力政府职能转变。")
cv(23, "创新建设管理机制。")
cv(24, "创新建设管理机制。")
cv(28, row(9))
cv(43, "强化政务云和网络支撑。")
cv(46, row(3))
cv(48, row(4))
cv(49, row(5))
cv(50, "强化政务云和网络支撑。")
cv(51, "加强共性应用支撑。")
cv(52, "加强共性应用支撑。")
cv(56, row(7))
cv(57, row(8))
cv(58, "加强共性应用支撑。")
cv(68, "推动精准监管。")
cv(70, row(10))
cv(71, row(10))
cv(72, "促进协同监管。")
cv(73, "促进协同监管。")
cv(74, "提升智能监管。")
cv(75, "提升智能监管。")
cv(77, row(11))
cv(79, row(12))
cv(80, "提升公共安全保障能力。")
cv(83, row(13))
cv(84, row(14))
cv(85, "提升智慧便捷的服务能力。")
cv(86, row(15))
cv(88, "提升智慧便捷的服务能力。")
cv(90, "拓展普惠均等的民生服务。")
cv(93, row(16))
cv(94, "加强生态环境智慧监测。")
cv(95, row(18))
cv(96, row(17))
cv(97, "提高自然资源利用效率。")
cv(98, row(19))
cv(100, "提高自然资源利用效率。")
cv(101, "推动绿色低碳转型。")
cv(102, "推动绿色低碳转型。")
cv(104, row(20))
cv(105, row(20))
cv(106, row(21))
cv(107, "提升行政执行能力。")
cv(108, "提升行政监督和机关事务管理水平。")
cv(111, "提升行政监督和机关事务管理水平。")
cv(112, row(22))
cv(113, "提升政府信息公开水平。")
cv(114, row(22))
cv(115, "发挥政务新媒体作用。")
cv(116, "（一）加强组织领导，健全工作体系。")
cv(64, "（一）加强组织领导，健全工作体系。")
cv(118, "（二）强化资金和人才保障。")
cv(25, "（二）强化资金和人才保障。")
cv(121, row(23))
cv(122, "（三）严格考核评价。")
cv(123, "（三）严格考核评价。")
cv(124, "（三）严格考核评价。")

for e in expect:
    chk(e)

key = {
    "writer": "blind writer, round 609; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("泾源县 (固原市) 2024 plan issued 2024-03-18 as 泾政办发〔2024〕9号, no parent plan supplied. "
              "The county folds the framework into fewer parts: 三个驱动 into two, 四大支撑 into two merged parts "
              "(数据资源+安全保障, 制度规则+平台支撑), 七个能力 into four (经济调节+市场监管, 社会管理+公共服务, 生态环境保护, "
              "政务运行+政务公开); 五个一/六级贯通 sits under 五（一） without its name. Every merged part carries each pillar it "
              "names except 四（一）, whose heading names 经济调节 but whose measures are all 市场监管. The task table's note "
              "says the first-listed unit leads. Table rows are 'row N' = line 77+N."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
