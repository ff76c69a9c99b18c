#!/usr/bin/python3
# Builds key.json from draft.txt, locating every line by a snippet and checking `text` is on it.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()


def at(snippet):
    hits = [i + 1 for i, l in enumerate(lines) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]


def row(n):
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f"{n}\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def e(rule, snippet, text=None, why="", **kw):
    ln = at(snippet) if isinstance(snippet, str) else snippet
    d = {"rule": rule, "line": ln}
    if text is not None:
        assert text in lines[ln - 1], (text, ln)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


L = "deadline-later-than-baseline"
I = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
G = "garbled-text"

expect = [
    e(B, "宁政发〔2023〕71号", "宁政发〔2023〕71号",
      "the 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号 (2023-05-16); 71号 is a digit transposition, so the 文号 does not belong to the title"),
    e(G, "浜夊彇鏀垮姟", "浜夊彇鏀垮姟鏁版嵁灞炲湴杩旇繕",
      "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 争取政务数据属地返还"),
    e(L, row(7), "2025年6月底",
      "ledger row 7 (县级城域网升级改造, 电子政务外网县乡村三级全覆盖) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (task 47, 电子政务外网升级改造, is also 2024年); the draft's own goal at line 23 says 到2024年底"),
    e(U, row(11), "县发展改革委",
      "not in units.txt: the county unit is 县发展和改革局 (县发改局, used correctly in ledger row 5); 发展改革委 is the city/region form copied by mistake"),
    e(I, row(17), "2023年12月底",
      "deadline before the year of the plan (2024 plan issued 2024-03-18) while its quarter cells run from 一季度 启动 to 四季度 全面建成 in 2024; task 93 (适老化与信息无障碍建设) 完成时限 2024年, so it is not a late deadline"),
    e(U, row(21), "自治区政府办公厅",
      "a regional body named as the lead (牵头单位) of a county task: copied from task 105's 责任单位 (自治区政府办公厅牵头负责); the county lead would be 县政府办公室"),
]

mnf = [
    # deadlines: goals
    e(L, "到2024年底，县乡村三级", "到2024年底",
      "2024 goals match tasks due 2024: task 48 (5级全覆盖, 2024年), task 84 (一网通办, 2024年), task 105 (宁政通, 2024年), task 41 (公共数据开放目录, 2024年); equal"),
    e(L, "到2025年，全县数字政府建设体系框架全面成型", "到2025年",
      "equal to the region's goal (到2025年 “34567”体系框架全面成型) and 吴忠's (到2025年 “1347”体系框架全面成型)"),
    e(L, "到2035年，与政府治理能力现代化", "到2035年", "equal to the region's and 吴忠's 2035 goal"),
    # deadlines: ledger rows
    e(L, row(1), "2024年6月底",
      "task 64 (各地各部门成立相应的组织机构，健全工作体制机制), 完成时限 2025年: earlier. Not task 60 (充实自治区领导小组成员, 2023年), which is the region's own body"),
    e(L, row(2), "持续推进，2025年取得明显成效", "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal"),
    e(L, row(3), "2024年12月底", "task 71 (重点领域全链条数字化追溯监管), 完成时限 2024年: equal (if read as task 10, 2025: earlier)"),
    e(L, row(4), "2024年12月底", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: earlier"),
    e(L, row(5), "2024年6月底", "task 66 (经济运行大数据平台, 经济监测预警), 完成时限 2025年 (task 65, 2024年): earlier"),
    e(L, row(6), "2024年12月底",
      "task 41 (编制公共数据开放目录, 统一的公共数据开放平台, 分类分级开放), 完成时限 2024年: equal. Not task 30 (一体化政务数据资源目录, 2023年): an opening catalogue is not the resource catalogue"),
    e(L, row(8), "2024年12月底", "task 50 (非涉密业务专网向电子政务外网整合迁移), 完成时限 2024年: equal"),
    e(L, row(9), "2024年11月底", "task 54 (电子文件归档), 完成时限 2024年: earlier"),
    e(L, row(10), "2024年12月底", "task 56 (非税收入收缴电子化), 完成时限 2025年: earlier"),
    e(L, row(11), "2024年10月底", "task 57 (信用信息共享), 完成时限 2024年: earlier (only the unit is wrong in this row)"),
    e(L, row(12), "2024年9月底", "task 77 (矛盾纠纷多元化解信息系统), 完成时限 2024年: earlier"),
    e(L, row(13), "2024年12月底", "task 79 (雪亮工程), 完成时限 2024年: equal"),
    e(L, row(14), "2025年6月底", "task 83 (互联网+基层治理), 完成时限 2025年: June 2025 is within 2025, not later"),
    e(L, row(15), "2024年12月底", "task 84 (一体化政务服务体系, 就近办), 完成时限 2024年: equal"),
    e(L, row(16), "2024年9月底", "task 86 (“我的宁夏”政务APP), 完成时限 2024年: earlier"),
    e(L, row(17), "2023年12月底", "task 93, 完成时限 2024年: 2023年12月底 is earlier, not later (it is the deadline-invalid slip)"),
    e(L, row(18), "2024年12月底", "task 96 (互联网+城乡供水), 完成时限 2025年: earlier"),
    e(L, row(19), "2024年12月底", "task 98 (智慧林草云平台), 完成时限 2024年: equal"),
    e(L, row(20), "2025年", "task 100 (用水权、土地权、排污权、山林权交易), 完成时限 2025年: equal"),
    e(L, row(21), "2024年12月底", "task 105 (宁政通), 完成时限 2024年: equal (only the lead unit is wrong in this row)"),
    e(L, row(22), "2024年12月底", "task 106 (填表报数系统), 完成时限 2025年: earlier"),
    e(L, row(23), "2025年6月底", "task 107 (非涉密视频会议系统整合), 完成时限 2025年: June 2025 is within 2025, not later"),
    e(L, row(24), "2024年12月底", "task 114 (政务新媒体矩阵), 完成时限 2024年: equal"),
    e(L, row(25), "长期坚持", "task 121 (每年度制定工作要点和考核指标体系, 常态化考核), 完成时限 长期坚持: equal"),
    e(L, "2025年1月15日前报送全年工作总结", "2025年1月15日",
      "the office's own reporting date for the annual summary, not a task deadline"),
    e(L, "各地须于2023年底前明确本地数据管理机构", "2023年底前",
      "copied regional deadline of task 32 (2023年), quoted as the region's requirement; equal"),
    # deadline-invalid near misses
    e(I, "各地须于2023年底前明确本地数据管理机构", "2023年底前",
      "a copied regional deadline (task 32, 2023年) that lies before the plan's year, stated as already met; not the county's own deadline"),
    e(I, "2023年，我县印发年度数字政府建设工作要点", "2023年", "past date in the 工作基础 background"),
    e(I, "2020年以来，我县按照", "2020年", "past date in the background (retrospective)"),
    e(I, "2024年3月18日", "2024年3月18日", "the document's own issue date"),
    e(L, "盐池县人民政府办公室关于印发", "2024年", "the plan's own year in its title, not a deadline"),
    e(L, 100, "2024年", "the ledger's title year, not a deadline"),
    e(I, "每季度末月20日前", "每季度末月20日前", "the office's recurring reporting date, not an impossible date"),
    e(I, at("序号\t重点任务"), "一季度", "quarter column headers of the 任务台账 (一季度…四季度), not dates"),
    # units
    e(U, row(3), "县农业农村局、市场监管局",
      "the 县 prefix distributes: 市场监管局 here is 县市场监管局 (alias of 县市场监督管理局), not a city unit"),
    e(U, "（县农业农村局、市场监管局牵头", "市场监管局", "same prefix distribution in the body note: 县市场监管局"),
    e(U, row(1), "各乡镇人民政府", "collective subject"),
    e(U, row(1), "县直各部门（单位）", "collective subject"),
    e(U, row(14), "各村（社区）", "collective subject"),
    e(U, row(8), "县直有关部门", "collective subject"),
    e(U, row(5), "县发改局", "official short name of 县发展和改革局 in units.txt"),
    e(U, row(7), "电信盐池分公司", "short name of 中国电信股份有限公司盐池分公司, listed in units.txt (an enterprise cooperating unit)"),
    e(U, row(20), "县生态环境分局", "short name of 吴忠市生态环境局盐池分局 in units.txt"),
    e(U, row(4), "盐池工业园区管委会", "short name of 盐池工业园区管理委员会 in units.txt"),
    e(U, row(15), "县审批局", "short name of 县行政审批服务局 in units.txt"),
    e(U, row(2), "县供销社", "short name of 县供销合作社联合社 in units.txt"),
    e(U, row(6), "县大数据中心", "short name of 县大数据管理服务中心 in units.txt"),
    e(U, row(17), "县残联", "short name of 县残疾人联合会 in units.txt"),
    e(U, row(12), "县人民法院", "listed in units.txt"),
    e(U, "县委网信办牵头，县公安局", "县委网信办", "official short name of 县委网络安全和信息化委员会办公室 in units.txt"),
    e(U, "各乡镇、县直各部门（单位）要将", "各乡镇", "collective subject"),
    e(U, "报送县推进数字政府建设领导小组办公室", "县推进数字政府建设领导小组办公室", "listed in units.txt (the reporting office)"),
    # basis
    e(B, "国发〔2022〕14号", "国发〔2022〕14号", "correct 文号 for 《国务院关于加强数字政府建设的指导意见》"),
    e(B, "宁政办发〔2023〕11号", "宁政办发〔2023〕11号",
      "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan"),
    e(B, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "吴忠市人民政府《关于加强数字政府建设的实施方案》",
      "the city plan cited by its correct title alone; it has no 文号"),
    e(B, "宁政办发〔2020〕14号", "宁政办发〔2020〕14号",
      "retrospective mention of the 2020 工作要点 in the background with its correct title and 文号, not cited as the basis"),
    e(B, "盐政办发〔2024〕12号", "盐政办发〔2024〕12号", "the document's own 文号, not a cited basis"),
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up at lines %d-%d (数据要素市场, 网络生态)" % (at("培育数据要素市场。"), at("营造清朗网络生态。"))},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "the county folds 五个一/六级贯通 into 一套体系 (lines %d-%d: 健全组织机构, 厘清层级职责, 完善工作机制), as 吴忠 does" % (at("（一）健全组织机构。"), at("（三）完善工作机制。"))},
    {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "line %d 厘清层级职责 follows the “六级贯通” 层级架构" % at("（二）厘清层级职责。")},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "line %d 加大财政投入" % at("（二）加大财政投入。")},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "line %d 提升数字素养" % at("（三）提升数字素养。")},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "line %d 政务公开能力" % at("进一步完善县政府网站等政务公开信息化平台")},
]

cov = [
    (3, "推进智慧园区建设。"), (5, "完善数字经济治理。"), (6, "深化数字普惠应用。"), (8, "深化数字普惠应用。"),
    (10, "推进数字乡村建设。"), (11, "推进数字乡村建设。"), (12, "培育数据要素市场。"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"), (18, "提升安全防护能力。"),
    (21, "助力政府职能转变。"), (24, "创新项目管理机制。"), (25, "（二）加大财政投入。"), (28, "开展试点示范。"),
    (32, "健全数据管理机制。"), (33, "完善基础库和主题库。"), (34, "完善基础库和主题库。"), (36, "深化数据高效共享。"),
    (41, "推进数据开放利用。"), (42, "推进数据开放利用。"), (43, "强化政务云支撑能力。"),
    (47, "提升网络平台支撑能力。"), (48, "提升网络平台支撑能力。"), (49, "统筹视频资源。"), (50, "提升网络平台支撑能力。"),
    (52, "加强共性应用支撑能力。"), (54, "深化电子文件管理。"), (56, "加强共性应用支撑能力。"), (57, "完善信用信息服务。"),
    (64, "（一）健全组织机构。"), (66, "积极对接使用宁夏经济运行大数据平台"), (70, "推动监管精准化。"), (71, "推动监管精准化。"),
    (72, "促进监管协同化和智能化。"), (73, "促进监管协同化和智能化。"), (74, "促进监管协同化和智能化。"),
    (77, "提升社会矛盾化解能力。"), (79, "提升社会治安防控能力。"), (80, "提升公共安全保障能力。"),
    (83, "提高基层社会治理能力。"), (84, "打造泛在可及的服务体系。"), (85, "提升智慧便捷的服务能力。"),
    (86, "提升智慧便捷的服务能力。"), (87, "优化12345热线服务。"), (88, "提供优质便利的涉企服务。"),
    (89, "提供优质便利的涉企服务。"), (90, "拓展公平普惠的民生服务。"), (93, "拓展公平普惠的民生服务。"),
    (94, "提升生态环保协同治理能力。"), (96, "提高自然资源利用效率。"), (98, "提高自然资源利用效率。"),
    (100, "推动绿色低碳转型。"), (102, "推动绿色低碳转型。"), (103, "提升辅助决策能力。"),
    (104, "提升行政执行能力。"), (105, "提升行政执行能力。"), (106, "提升行政执行能力。"), (107, "提升行政执行能力。"),
    (108, "提升行政监督水平。"), (109, "提升行政监督水平。"), (111, "提升机关事务管理水平。"),
    (112, "进一步完善县政府网站等政务公开信息化平台"), (114, "进一步完善县政府网站等政务公开信息化平台"),
    (116, "（一）加强组织领导。"), (118, "（三）提升数字素养。"), (121, None), (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = []
for t, s in cov:
    covers.append({"task": t, "line": row(25) if s is None else at(s)})

key = {
    "writer": "blind writer, round 654; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("盐池县 2024 annual 实施方案 (issued 2024-03-18) with an annex 任务台账 of 25 tab-separated rows: "
              "序号 | 重点任务 | 牵头单位 | 配合单位 | 一季度 | 二季度 | 三季度 | 四季度 | 完成时限. Quarter cells are milestones within 2024 "
              "(启动, 完成方案设计, 上线试运行, 全面建成) or —; only 完成时限 is a deadline. Line %d states that the first-listed lead is the main lead. "
              "Regional tasks due 2023 (14, 15, 17, 18, 30, 32, 36, 72, 85, 116, 123, 124) are taken up in the body without a new county date. "
              "Units are checked against units.txt plus the regional units; a 县 prefix distributes over a list (县农业农村局、市场监管局)." % at("说明：牵头单位有多个的")),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
