#!/usr/bin/python3
# Builds key.json for blind case 322; every line number is looked up in draft.txt and checked.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")


def ln(marker, nth=1):
    hits = [i + 1 for i, s in enumerate(L) if marker in s]
    assert len(hits) >= nth, (marker, hits)
    return hits[nth - 1]


def row(num):
    """line of task row with 序号 num"""
    for i, s in enumerate(L):
        c = s.split("\t")
        if len(c) == 7 and c[0] == str(num):
            return i + 1
    raise KeyError(num)


def check(line, text):
    if text:
        assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line


def E(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": check(line, text)}
    if text:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


expect = [
    E("basis-mismatch", ln("宁政发〔2022〕17号"), "宁政发〔2022〕17号",
      "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong (slip after 国发〔2022〕14号)"),
    E("deadline-later-than-baseline", row(16), "全面建成", column="2025年目标",
      why="table row 16 (电子政务外网向乡镇、村（社区）延伸，区、乡、村三级全覆盖，按需向企事业单位拓展): 2024年 完成60%, 2025年 全面建成, so the row is finished in 2025; regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…) 完成时限 2024年"),
    E("deadline-later-than-baseline", row(30), "全面建成", column="2026年目标",
      why="table row 30 (实施“互联网+基层治理”行动…新型基层管理服务平台): 启动建设 / 完成60% / 全面建成 in 2026; regional task 83 (实施“互联网+基层治理”行动…构建新型基层管理服务平台, 各市、县（区）具体负责) 完成时限 2025年"),
    E("deadline-later-than-baseline", ln("2026年底前，全面完成区政务服务中心"), "2026年底",
      why="body sentence: 适老化与信息无障碍改造 2026年底前; regional task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年"),
    E("deadline-invalid", row(25), "13月", column="2024年目标",
      why="table row 25 (消费维权“一件事”改革), 2024年目标 cell reads 13月底前全面建成: there is no 13th month (regional task 73 完成时限 2024年, so the intended 12月 would have been fine)"),
    E("unknown-unit", row(24), "区食品药品监管局",
      why="配合单位 of row 24: no such body in units.txt (the food and drug regulator was merged into 区市场监督管理局, which already leads the row); obsolete name"),
    E("unknown-unit", row(43), "自治区政府办公厅",
      why="牵头单位 of district row 43 (推广应用协同办公平台) copied from regional task 104 (自治区政府办公厅牵头负责): a regional body named as the lead of a local task; the district lead would be 区人民政府办公室"),
]

N = "deadline-later-than-baseline"
mustNot = [
    E("basis-mismatch", ln("国发〔2022〕14号"), "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"),
    E("basis-mismatch", ln("宁政办发〔2023〕11号"), "宁政办发〔2023〕11号",
      "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） cited exactly as in the 吴忠 plan (seed)"),
    E("basis-mismatch", ln("中卫市人民政府《关于加强数字政府建设的实施方案》"), "中卫市人民政府《关于加强数字政府建设的实施方案》",
      "the city's plan cited by title alone, without 文号, as DOMAIN.md says city plans often are; title uses 加强 and 实施方案 correctly"),
    E("basis-mismatch", ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号",
      "retrospective mention in 发展基础 (自…印发以来), not cited as a basis; title and 文号 match the 2020 工作要点 seed"),
    E("basis-mismatch", 2, "卫沙政办发〔2024〕9号", "the notice's own 文号, not a cited basis document"),
    E("basis-mismatch", 1, "三年行动方案", "行动方案 is the draft's own title, not a wrong title for a cited basis document"),
    E("deadline-invalid", ln("2023年，全区完成政务数据资源摸底"), "2023年",
      "past date in the 发展基础 background, not a deadline (before the plan year on purpose)"),
    E("deadline-invalid", 6, "2024年4月12日", "issue date of the notice"),
    E("deadline-invalid", ln("2024年4月12日印发"), "2024年4月12日印发", "印发 date at the foot of the document"),
    E(N, 8, "2026年", "plan period in the title （2024—2026年）, not a deadline"),
    E(N, ln("序号\t重点任务"), "2026年目标", "table header: year columns, not deadlines"),
    E(N, ln("到2024年底"), "到2024年底",
      "组织机构全面建立 by 2024 is earlier than task 64 (2025年); 迁移至政务信创云 by 2024 equals task 46 (2024年) / task 43 (2024年建成，持续推进); 我的宁夏“应上尽上” by 2024 equals task 86 (2024年)"),
    E(N, ln("到2025年，全区数字政府建设"), "到2025年",
      "34567 框架 goal by 2025 equals the regional 主要目标 (到2025年…“34567”体系框架全面成型); 电子证照 in 社会化高频场景 by 2025 equals task 52 (2025年)"),
    E(N, ln("到2026年，数字政府建设成果"), "到2026年",
      "the district's own 2026 goal (巩固提升, 满意度, 位居全市前列); no regional goal or task for the same thing"),
    E(N, ln("每年6月25日、12月10日前"), "12月10日",
      "the office's own reporting dates to 区数字政府建设领导小组办公室, not a task deadline"),
    E(N, row(1), why="row 1 (服务宁夏枢纽中卫数据中心集群, 西部数谷) 持续推进/持续推进/巩固提升: no completing milestone at all; task 1 is 持续推进，2025年取得明显成效, so nothing is later"),
    E(N, row(2), why="row 2 智慧园区: 全面建成 2025 = task 3 (持续推进，2025年取得明显成效)"),
    E(N, row(3), "完成50%", "row 3 服务数字化/智慧旅游: 完成50% in 2024, 全面建成 2025 = task 6 (持续推进，2025年取得明显成效); percentage is progress, not a deadline"),
    E(N, row(4), why="row 4 城市运行“一网统管”: 全面建成 2025 = task 9 (持续推进，2025年取得明显成效)"),
    E(N, row(5), "完成60%", "row 5 数字乡村: 完成60% in 2024, 全面建成 2025 = task 10 (持续推进，2025年取得明显成效)"),
    E(N, row(6), why="row 6 数据要素市场: 全面建成 2025 = task 12 (2025年)"),
    E(N, row(7), "持续推进", "row 7 安全主体责任/应急演练: 持续推进 in every column, no completing milestone; task 18 (2023年形成机制，长期坚持) and task 14 (2023年) are open-ended/past, the 2026 column is just the plan horizon"),
    E(N, row(8), "巩固提升", "row 8 行政权力事项网上运行: 全面建成 2024 = task 21 (2024年); 巩固提升 in 2025/2026 comes after completion"),
    E(N, row(9), "巩固提升", "row 9 政务数据资源目录: task 30 (2023年) was completed in 2023 (see 发展基础); the row only has 巩固提升/持续推进, no later completion"),
    E(N, row(10), why="row 10 基础库/主题库: 全面建成 2024 = tasks 33/34 (2024年); 2026 cell blank"),
    E(N, row(11), why="row 11 电子公文: 全面建成 2024 = task 40 (2024年); 2025 and 2026 cells blank"),
    E(N, row(14), "10月底前全面建成", "row 14 政务信创云迁移: 10月底前 in the 2024 column = task 46 (2024年) / task 43 (2024年建成，持续推进); 巩固提升 afterwards"),
    E(N, row(15), why="row 15 外网升级扩容/IPv6: 全面建成 2024 = task 47 (2024年)"),
    E(N, row(18), "完成60%", "row 18 电子证照社会化场景: 完成60% 2024, 全面建成 2025 = task 52 (2025年)"),
    E(N, row(20), "完成80%", "row 20 非税收入电子化: 完成80% 2024, 全面建成 2025 = task 56 (2025年)"),
    E(N, row(21), why="row 21 组织机构: 全面建成 2024, earlier than task 64 (2025年)"),
    E(N, row(22), why="row 22 区级指挥调度中心: 全面建成 2025 = task 81 (2025年)"),
    E(N, row(23), why="row 23 宁夏经济运行大数据平台: 全面建成 2025 = task 66 (2025年)"),
    E(N, row(25), why="row 25 消费维权“一件事”: the cell is in the 2024 column = task 73 (2024年); its only fault is the impossible month"),
    E(N, row(32), "6月底前全面建成", "row 32 我的宁夏 应上尽上: 6月底前 in 2024 = task 86 (2024年)"),
    E(N, row(33), why="row 33 12345 热线: 完成60% 2024, 全面建成 2025 = task 87 (2023年启动，2025年完成)"),
    E(N, row(37), why="row 37 多卡合一: 全面建成 2025 = task 92 (2025年)"),
    E(N, row(39), why="row 39 互联网+城乡供水: 全面建成 2025 = task 96 (2025年)"),
    E(N, row(42), why="row 42 用水权等交易: 全面建成 2025 = task 100 (2025年)"),
    E(N, row(45), "50%", "row 45 填表报数: 全面建成 2025 = task 106 (2025年); 压减50%以上 is a target, not a date"),
    E(N, row(46), why="row 46 视频会议: 全面建成 2024, earlier than task 107 (2025年)"),
    E(N, row(47), why="row 47 机关事务: 全面建成 2025 = task 111 (2025年)"),
    E(N, row(51), "持续推进", "row 51 一把手工程: 持续推进 throughout; task 116 (2023年完成并长期坚持)"),
    E(N, row(52), "持续推进", "row 52 干部培训: 持续推进 throughout; task 118 (2023年完成并长期坚持)"),
    E(N, row(53), "全面建成", "row 53 常态化考核和以奖代补机制: 全面建成 in 2026 but task 121 is 长期坚持 with no year — the region leaves it open, so the 2026 horizon is not later than anything"),
    E("unknown-unit", 3, "区直各部门（单位）", "collective subject (also 各乡镇人民政府)"),
    E("unknown-unit", row(3), "卫生健康局", "prefix 区 distributes: 区教育体育局、卫生健康局、民政局 = 区卫生健康局, 区民政局, both in units.txt"),
    E("unknown-unit", row(5), "区供销社", "alias of 区供销合作社联合社 in units.txt"),
    E("unknown-unit", row(6), "区工信商务局", "alias of 区工业信息化和商务局"),
    E("unknown-unit", row(10), "区公安分局", "alias of 中卫市公安局沙坡头区分局; 区人社局, 区市场监管局, 区自然资源分局 are aliases too"),
    E("unknown-unit", row(28), "中卫市公安局沙坡头区分局", "canonical name in units.txt; a city body's district branch, not to be split"),
    E("unknown-unit", row(30), "各村（社区）", "collective subject"),
    E("unknown-unit", row(17), "区直有关部门", "collective subject"),
    E("unknown-unit", ln("领导小组办公室设在区政府办公室"), "区政府办公室", "alias of 区人民政府办公室; 区推进数字政府建设领导小组 is listed in units.txt"),
    E("unknown-unit", ln("宁夏干部教育培训网络学院"), "宁夏干部教育培训网络学院", "a training platform the district relies on (also named in the 吴忠 plan), not a responsible unit"),
    E("unknown-unit", row(19), "区税务局", "alias of 国家税务总局中卫市沙坡头区税务局"),
]

covers_spec = [
    (1, row(1)), (3, row(2)), (6, row(3)), (9, row(4)), (10, row(5)), (11, ln("“数字供销”示范区")), (12, row(6)),
    (14, row(7)), (15, ln("建立数字政府安全评估、责任落实和重大事件处置机制")), (18, row(7)),
    (21, row(8)), (24, ln("完善政务信息化项目建设管理会商机制")), (25, ln("（二）加大资金保障")),
    (30, row(9)), (32, ln("明确区直各部门数据管理机构")), (33, row(10)), (34, row(10)),
    (40, row(11)), (41, row(12)), (42, row(13)), (46, row(14)), (47, row(15)), (48, row(16)), (50, row(17)),
    (52, row(18)), (53, row(19)), (56, row(20)), (64, row(21)), (81, row(22)), (66, row(23)),
    (68, ln("推行“照单监管”")), (71, row(24)), (73, row(25)), (74, row(26)), (77, row(27)), (79, row(28)),
    (80, row(29)), (83, row(30)), (84, row(31)), (86, row(32)), (87, row(33)), (88, row(34)), (89, row(35)),
    (90, row(36)), (92, row(37)), (93, ln("适老化与信息无障碍改造")), (94, row(38)), (96, row(39)), (97, row(40)),
    (98, row(41)), (100, row(42)), (104, row(43)), (105, row(44)), (106, row(45)), (107, row(46)), (111, row(47)),
    (112, row(48)), (114, row(49)), (115, row(50)), (116, row(51)), (118, row(52)), (121, row(53)),
    (122, ln("将数字政府建设纳入区效能目标管理考核")), (123, ln("考核结果作为领导班子")),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
    "writer": "blind writer, round 322; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNot,
    "covers": covers,
    "notes": ("County-level (沙坡头区, 中卫市) three-year action plan issued 2024-04-12; no 中卫 city plan is in the seeds, so no parent. "
              "The task table (lines %d-%d) has one column per year: 2024年目标 | 2025年目标 | 2026年目标. A row is finished in the last column "
              "whose cell says 全面建成 (the table's own note on line %d says so); 巩固提升 / 持续推进 after that are routine follow-up, and rows "
              "with only 持续推进 / 巩固提升 have no completing milestone. For the two late table rows `text` is the completing cell 全面建成 and "
              "`column` names the year column it sits in (the date as written is that column header). Group rows (一、… with six empty cells) are "
              "section labels, not tasks. The draft's own title uses 行动方案, which is not a citation. "
              "Readings two reviewers might differ on: row 53 (全面建成 in 2026 for task 121, 长期坚持) is kept as a near miss; row 1 states no "
              "completion against task 1's 2025 milestone and is not treated as late; 自治区政府办公厅 on row 43 is a real regional unit but is "
              "flagged because it is named as the lead of a district task.")
              % (ln("序号\t重点任务"), row(53), ln("注：1.各年度目标栏")),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect,", len(mustNot), "mustNotFlag,", len(covers), "covers")
