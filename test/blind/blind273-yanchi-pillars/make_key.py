#!/usr/bin/python3
# Builds key.json for blind case 273; every line number is looked up in draft.txt
# by a unique anchor string, and every "text" is checked to occur on its line.
import json, os

here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")


def ln(anchor):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def row(n):  # line of task-list row n
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(str(n) + "\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def E(rule, line, why, **kw):
    d = {"rule": rule, "line": line}
    d.update(kw)
    d["why"] = why
    if line and "text" in d:
        assert d["text"] in lines[line - 1], (d["text"], line)
    return d


expect = [
    E("basis-mismatch", ln("吴忠市人民政府《关于加快推进"), "wrong title for the parent city plan: 吴忠市人民政府's plan (seed, 2023-11-27) is 《关于加强数字政府建设的实施方案》; the draft writes 加快推进 for 加强", text="关于加快推进数字政府建设的实施方案"),
    E("deadline-later-than-baseline", row(12), "row 12 (县级城域网升级、电子政务外网向乡镇、村全覆盖) matches regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; also task 47, 2024年. The county gives 2025年底, a year later", text="2025年底"),
    E("deadline-invalid", row(4), "impossible date: June has 30 days (row 4, 企业专属服务空间/惠企政策, regional task 89, 2024年 — the year itself is not late)", text="6月31日"),
    E("unknown-unit", row(11), "a regional body named as lead (牵头单位) of a county task: row 11 copies the lead of regional task 43 (自治区政府办公厅牵头负责); the county lead should be a county unit (县大数据服务中心)", text="自治区政府办公厅"),
    E("unknown-unit", row(15), "not in units.txt: the county has 县大数据服务中心 (= 县大数据中心), no 县大数据局", text="县大数据局"),
    E("garbled-text", ln("鍔犲揩"), "sub-item title 加快数字供销 as UTF-8 bytes read as GBK (mojibake); re-encoding as GBK and decoding as UTF-8 gives 加快数字供销", text="鍔犲揩鏁板瓧渚涢攢"),
    E("missing-pillar", 0, "七个能力 / 经济调节: no content at all (no 经济数据汇聚, 经济运行监测预警, 规划管理平台 or 财税金融数字化). It is only named in passing in the list at the head of 五、实施数字治理提升工程 (line %d), which has sub-sections for 监管, 平安, 生态 and 机关效能 but none for 经济调节" % ln("聚焦经济调节"), pillar="经济调节"),
    E("missing-pillar", 0, "四个支撑 / 制度规则: no content at all (no 审管协同 or 行政权力事项网上运行, no 项目管理会商机制/一本账, no 法规制度清理, no 标准规范, no 试点示范). Only named in passing in 基本原则 (line %d) and echoed by the stock phrase 以数字化改革助力政府职能转变 in the preamble (line %d)" % (ln("同步推进安全保障、制度规则"), ln("为深入贯彻落实")), pillar="制度规则"),
    E("task-uncovered", 0, "制度规则 left out: 行政许可管理系统 / 行政权力事项网上运行 (各市、县（区）配合)", task=21),
    E("task-uncovered", 0, "制度规则 left out: 数字资源管理系统 ‘一本账’ (各市、县（区）配合)", task=23),
    E("task-uncovered", 0, "制度规则 left out: 政务信息化建设管理会商机制 (各市、县（区）配合)", task=24),
    E("task-uncovered", 0, "制度规则 left out: 试点示范 (鼓励各市、县（区）开展, 各市、县（区）配合)", task=28),
    E("task-uncovered", 0, "经济调节 left out: 经济运行大数据平台 (各市、县（区）配合)", task=66),
    E("task-uncovered", 0, "经济调节 left out: 规划综合管理信息平台 (各市、县（区）配合)", task=67),
]

M = []
def N(rule, line, why, **kw):
    M.append(E(rule, line, why, **kw))

# citations
N("basis-mismatch", ln("盐政办发〔2024〕9号"), "the notice's own 文号, not a basis document", text="盐政办发〔2024〕9号")
N("basis-mismatch", ln("为深入贯彻落实"), "correct national basis: 国务院关于加强数字政府建设的指导意见 = 国发〔2022〕14号", text="国发〔2022〕14号")
N("basis-mismatch", ln("为深入贯彻落实"), "correct regional basis: 自治区人民政府关于加强数字政府建设的实施意见 = 宁政发〔2023〕17号", text="宁政发〔2023〕17号")
N("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention in 建设基础 of the 2020 工作要点 (title and 文号 correct); not cited as a basis", text="宁政办发〔2020〕14号")
N("basis-mismatch", ln("全国一体化政务大数据体系建设指南"), "correct title of the national guide, cited as a technical requirement exactly as regional task 29 does", text="全国一体化政务大数据体系建设指南")
# dates that are not late / not invalid
N("deadline-invalid", ln("2024年3月18日"), "issue date of the notice", text="2024年3月18日")
N("deadline-invalid", ln("2018年我县在全区率先"), "past dates in the background (2018年, 2021年, 截至2023年底) describe achievements, not deadlines", text="截至2023年底")
N("deadline-later-than-baseline", ln("到2024年底，全县政务信息系统"), "2024 goals match task 43 (信创云, 2024 年建成), task 86 (我的宁夏, 2024年) and task 84 (2024年): equal. Not the region's 2023年底 goal (新一轮基础设施布设全面启动 is about starting, not completing migration)", text="2024年底")
N("deadline-later-than-baseline", ln("到2025年，以“五大工程”"), "equal to the region's goal 到2025年…体系框架全面成型 and to 吴忠's 到2025年…力争迈入自治区第一方阵", text="2025年")
N("deadline-later-than-baseline", ln("到2035年，与县域"), "equal to the region's and the city's 2035 vision", text="2035年")
N("deadline-later-than-baseline", ln("2024年底前实现县级高频服务事项"), "task 86 (我的宁夏 应上尽上), 完成时限 2024年: equal", text="2024年底前")
N("deadline-later-than-baseline", row(1), "task 84 (一体化政务服务体系, 网上办掌上办就近办一次办), 2024年: equal", text="2024年")
N("deadline-later-than-baseline", row(2), "task 86, 2024年: equal", text="2024年底")
N("deadline-later-than-baseline", row(3), "task 87 (12345 热线), 2023年启动，2025年完成: equal", text="2025年")
N("deadline-later-than-baseline", row(5), "task 93 (适老化与信息无障碍), 2024年: 2024年10月底前 is earlier", text="2024年10月底前")
N("deadline-later-than-baseline", row(6), "task 29 (政务数据平台/一体化政务大数据体系), 2023年启动，2025年完成: 2024年底 is earlier. The row is about the county's data feeding in, not the region's 2023年底 goal 体系初步形成", text="2024年底")
N("deadline-later-than-baseline", row(10), "task 12 (数据要素市场/数据交易平台), 2025年: equal", text="2025年")
N("deadline-later-than-baseline", row(11), "task 43 (政务信创云), 2024 年建成，持续推进; task 46, 2024 年: equal", text="2024年")
N("deadline-later-than-baseline", row(14), "task 49 (视频共享平台/视频一张网), 2025 年: equal", text="2025年")
N("deadline-later-than-baseline", row(15), "task 52 (电子证照, 2025年) and task 53 (电子印章, 2024年): equal or earlier", text="2024年")
N("deadline-invalid", row(16), "copied regional deadline lying before the plan's year: task 18 2023年形成机制, 长期坚持 (tasks 14/15 2023年); ongoing, not late", text="2023年形成机制，长期坚持")
N("deadline-later-than-baseline", row(22), "task 94 (生态环境数据资源中心), 2024年; task 95, 2025年: equal or earlier", text="2024年")
N("deadline-later-than-baseline", row(26), "task 106 (填表报数系统), 2025年: equal", text="2025年")
N("deadline-later-than-baseline", row(27), "task 3 (智慧园区), 持续推进，2025 年取得明显成效: equal", text="2025年")
N("deadline-later-than-baseline", row(28), "task 10 (数字乡村), 持续推进，2025年取得明显成效: equal", text="持续推进，2025年取得明显成效")
N("deadline-later-than-baseline", row(29), "task 11 (数字供销), 2023年完成主要建设任务，2025年取得明显成效: the completing milestone 2025 is equal", text="2025年取得明显成效")
N("deadline-later-than-baseline", ln("每季度末月25日前"), "the office's own reporting dates, not task deadlines", text="12月10日前")
for n, t, why in [
    (7, "2024年", "task 35 (地方主题数据库), 2024年: equal"),
    (8, "2024年", "task 42 (公共数据与政务数据融合应用), 2024年: equal"),
    (9, "2024年", "task 40 (电子公文) and task 54 (电子文件归档、档案数字资源), both 2024年: equal"),
    (13, "2024年", "task 50 (非涉密业务专网整合迁移), 2024 年: equal"),
    (16, "2023年形成机制，长期坚持", "task 18, 2023年形成机制, 长期坚持 (tasks 14/15 2023年): equal, copied"),
    (17, "2024年", "task 71 (全链条数字化追溯监管), 2024年: equal"),
    (18, "2024年", "task 77 (矛盾纠纷多元化解), 2024年: equal"),
    (19, "2024年", "task 79 (雪亮工程), 2024年: equal"),
    (20, "2024年", "task 80 (智慧应急), 2024年: equal (task 81, 2025年)"),
    (21, "2025年", "task 83 (互联网+基层治理), 2025年: equal"),
    (23, "2025年", "task 96 (互联网+城乡供水), 2025年: equal"),
    (24, "2024年", "task 98 (智慧林草), 2024年: equal"),
    (25, "2024年", "tasks 104 (协同办公平台) and 105 (宁政通), 2024年: equal"),
    (30, "2025年", "tasks 7 (智慧教育, 2025年取得明显成效) and 8 (互联网+医疗健康, 2025年): equal"),
]:
    N("deadline-later-than-baseline", row(n), why, text=t)

# units
N("unknown-unit", row(2), "县审批局 is the registered short name of 县审批服务管理局", text="县审批局")
N("unknown-unit", row(4), "县发改局 and 县工信商务局 are registered short names", text="县发改局")
N("unknown-unit", row(5), "县政府办 is a registered short name of 县人民政府办公室", text="县政府办")
N("unknown-unit", row(8), "县大数据中心 is the registered short name of 县大数据服务中心 (compare the planted 县大数据局)", text="县大数据中心")
N("unknown-unit", row(1), "collective subjects", text="县直各部门（单位）")
N("unknown-unit", row(21), "collective subjects 各乡镇人民政府, 各村（社区）", text="各村（社区）")
N("unknown-unit", row(13), "collective subject", text="县直有关部门")
N("unknown-unit", row(22), "vertical branch of the city bureau, listed in units.txt", text="吴忠市生态环境局盐池分局")
N("unknown-unit", row(12), "telecom operator listed in units.txt", text="中国电信盐池分公司")
N("unknown-unit", ln("宁夏大学等高校"), "regional body named in the baseline (task 119); not a lead of a county task", text="宁夏大学")
N("unknown-unit", ln("调整充实县推进数字政府建设领导小组"), "county bodies listed in units.txt (领导小组, 县数字政府建设咨询组); 县属国有企业 is generic", text="县数字政府建设咨询组")
# pillars present under other names
for pillar, anchor, why in [
    ("安全保障", "6．压实安全责任", "under 四、基础支撑夯实工程 (三)守牢运行底线: 安全责任、评估与处置机制、等保与密评、分类分级、态势感知 (lines %d-%d)"),
    ("数据资源", "1．健全数据管理机制", "the whole of 三、数据赋能工程 (一): 数据管理机制、应归尽归、供需对接与回流、主题库"),
    ("平台支撑", "1．推进系统迁移上云", "四、基础支撑夯实工程 (一)(二): 信创云、电子政务外网、专网整合、视频一张网、共性应用"),
    ("数字生态", "5．培育数据要素市场", "under 三、数据赋能工程 (二)激活数据要素价值: 公共数据授权运营、数据交易平台、规范有序的数据要素流通环境"),
    ("数字经济", "1．推进滩羊产业数字化", "六、数字盐池融合发展工程 (一)数字产业: 滩羊产业数字化、智慧园区、新能源与特色产业上云"),
    ("数字社会", "4．推进教育医疗数字化", "六 (二)数字惠民: 智慧教育、互联网+医疗健康、数字乡村、数字供销、智慧县城 (one title garbled, content intact)"),
    ("公共服务", "1．深化线上线下融合", "二、政务服务提升工程: 一网通办、我的宁夏、免证办、12345、涉企服务、适老化"),
    ("政务公开", "8．推进政务公开数字化", "thin but genuine: one sub-item at the end of 二、政务服务提升工程 (政务公开专栏、县级政策文件库、一库通查), tasks 112/113"),
    ("市场监管", "1．推动监管精准化", "五 (一)智慧监管: 双随机一公开、信用分类监管、追溯监管、互联网+监管"),
    ("社会管理", "4．提升矛盾纠纷化解能力", "五 (二)平安盐池: 矛盾纠纷、雪亮工程、智慧应急、互联网+基层治理"),
    ("生态环境保护", "8．加强生态环境数字化监测", "五 (三)智慧生态: 生态环境监测、互联网+城乡供水、用水权交易、智慧林草"),
    ("政务运行", "11．提升辅助决策能力", "五 (四)机关效能: 决策驾驶舱、协同办公与宁政通、填表报数减负、机关事务、互联网+督查"),
    ("五个一", "调整充实县推进数字政府建设领导小组", "under 七、保障措施 (一)健全推进体系: 领导小组+办公室+服务中心+国有企业+专家咨询组, the county's own 五个一"),
    ("六级贯通", "厘清县、乡、村三级职责", "under 七、保障措施 (一): 县、乡、村三级职责, 依托上级平台, 指挥调度中心"),
    ("党的领导", "坚持党对数字政府建设工作的全面领导", "七、保障措施 carries 组织领导 (一把手工程), 财政投入, 数字素养, 考核评价 (lines %d-%d)"),
]:
    line = ln(anchor)
    if "%d" in why:
        if pillar == "安全保障":
            why = why % (line, ln("7．提升防护能力"))
        else:
            why = why % (ln("纳入“一把手工程”"), ln("年度效能目标管理考核"))
    M.append({"rule": "missing-pillar", "line": 0, "pillar": pillar, "why": "present: " + why + " (from line %d)" % line})

N("garbled-text", ln("1．深化线上线下融合"), "full-width numbering 1． and brackets are ordinary typography, not damage", text="1．")

covers = []
for task, anchor in [
    (84, "1．深化线上线下融合"), (85, "3．推行集成办、免证办"), (86, "2．做强移动服务端"), (87, "4．提升热线服务效能"),
    (88, "5．提供优质涉企服务"), (89, "5．提供优质涉企服务"), (90, "6．拓展普惠民生服务"), (93, "7．推进适老化"),
    (113, "8．推进政务公开数字化"), (32, "1．健全数据管理机制"), (29, "2．推进数据应归尽归"), (36, "3．深化数据共享回流"),
    (35, "3．深化数据共享回流"), (42, "4．推进数据融合应用"), (12, "5．培育数据要素市场"), (40, "6．强化电子公文和档案"),
    (43, "1．推进系统迁移上云"), (48, "2．提升电子政务外网支撑能力"), (47, "2．提升电子政务外网支撑能力"),
    (50, "3．整合业务专网和视频资源"), (49, "3．整合业务专网和视频资源"), (52, "4．用好共性支撑组件"),
    (56, "5．推进非税和信用应用"), (14, "6．压实安全责任"), (15, "6．压实安全责任"), (18, "7．提升防护能力"),
    (70, "1．推动监管精准化"), (71, "2．强化重点领域追溯监管"), (72, "3．推进监管协同"), (77, "4．提升矛盾纠纷化解能力"),
    (79, "5．提升社会治安防控能力"), (80, "6．提升公共安全保障能力"), (83, "7．提升基层治理能力"),
    (95, "8．加强生态环境数字化监测"), (96, "9．深化“互联网+城乡供水”"), (98, "10．推进智慧林草"),
    (103, "11．提升辅助决策能力"), (104, "12．提升协同办公能力"), (106, "12．提升协同办公能力"), (111, "13．提升机关事务"),
    (3, "2．推进智慧园区建设"), (7, "4．推进教育医疗数字化"), (8, "4．推进教育医疗数字化"), (10, "5．推进数字乡村建设"),
    (11, "依托全国“数字供销”示范区建设，完善县乡村三级电商物流服务网络，推动"), (9, "7．推进智慧县城建设"),
    (64, "调整充实县推进数字政府建设领导小组"), (116, "纳入“一把手工程”"), (118, "将数字政府知识纳入县委党校"),
    (122, "年度效能目标管理考核"), (123, "年度效能目标管理考核"), (124, "年度效能目标管理考核"),
]:
    covers.append({"task": task, "line": ln(anchor)})

key = {
    "writer": "blind writer, round 273; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": (
        "盐池县人民政府办公室, 2024-03-18. The plan is organised by the county's five 工程 (政务服务提升, 数据赋能, 基础支撑夯实, "
        "数字治理提升, 数字盐池融合发展) plus 保障措施, not by the region's 34567 headings; pillar coverage must be judged by content. "
        "Missing entirely: 经济调节 and 制度规则 (each only named in passing, lines %d and %d; the 34567 framework is also named in passing "
        "in the 指导思想, line %d). Thin but genuine: 政务公开 (one sub-item, line %d). Present under other headings: 安全保障 (守牢运行底线), "
        "数字生态 (激活数据要素价值), 政务运行 (机关效能), 社会管理 (平安盐池), 五个一/六级贯通 and 党的领导 (保障措施). "
        "Task-list rows are lines %d-%d; the first unit of a 牵头单位 cell leads (line %d says so)."
        % (ln("聚焦经济调节"), ln("同步推进安全保障、制度规则"), ln("坚持以习近平"), ln("8．推进政务公开数字化"), row(1), row(30), ln("说明：牵头单位"))
    ),
}

with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
