#!/usr/bin/env python3
# Builds key.json for blind case 352; every line number is looked up in draft.txt.
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L.pop()

def ln(s, nth=None):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    if nth is None:
        assert len(hits) == 1, (s, hits)
        return hits[0]
    return hits[nth]

def row(n):
    """line of Gantt row with 序号 n"""
    hits = [i + 1 for i, l in enumerate(L) if l.split("\t")[0] == str(n) and "\t" in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def last_mark(line):
    c = L[line - 1].split("\t")
    q = ["2024年一季度", "2024年二季度", "2024年三季度", "2024年四季度",
         "2025年一季度", "2025年二季度", "2025年三季度", "2025年四季度"]
    idx = [i for i, x in enumerate(c[3:11]) if x == "■"]
    return q[idx[-1]]

GARBLED = "加快推动机关内部事务线上集成办理".encode("utf-8").decode("gbk")
assert GARBLED in L[ln(GARBLED) - 1]

r5, r9, r4 = row(5), row(9), row(4)
assert last_mark(r5) == "2025年二季度" and last_mark(r9) == "2025年一季度" and last_mark(r4) == "2024年四季度"

expect = [
  {"rule": "basis-mismatch", "line": ln("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
   "why": "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a slip in the year of the 文号"},
  {"rule": "deadline-later-than-baseline", "line": r5, "text": "2025年二季度",
   "why": "Gantt row 5 (外网向行政村延伸，县乡村全覆盖): last ■ is in 2025年二季度 (legend: the last ■ is the completion quarter); regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47 外网升级改造 also 2024年)"},
  {"rule": "deadline-later-than-baseline", "line": r9, "text": "2025年一季度",
   "why": "Gantt row 9 (电子公文全流程管理、电子文件归档和档案数字资源建设): last ■ in 2025年一季度; regional task 40 (电子公文管理) 完成时限 2024年, task 54 (电子文件归档、档案数字资源) 完成时限 2024年"},
  {"rule": "deadline-later-than-baseline", "line": ln("2025年底前完成全县政府网站"), "text": "2025年底前",
   "why": "适老化与信息无障碍改造 by 2025年底; regional task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年"},
  {"rule": "deadline-invalid", "line": ln("2024年9月31日前"), "text": "2024年9月31日",
   "why": "September has 30 days: 9月31日 is an impossible date (宁政通 task 105 is due 2024年, so the year itself is not late)"},
  {"rule": "unknown-unit", "line": r4, "text": "自治区政府办公厅",
   "why": "a regional body named as the only 牵头单位 of a county task row (县级系统迁移上云); the county lead should be a county unit such as 县政府办公室 — copied from the regional list (task 43/46 lead)"},
  {"rule": "garbled-text", "line": ln(GARBLED), "text": GARBLED[:8],
   "why": "UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 加快推动机关内部事务线上集成办理"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

l9 = ln("国发〔2022〕14号")
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background section (近年来…认真落实), not cited as the basis; title and 文号 match the seed", "宁政办发〔2020〕14号")
m("basis-mismatch", ln("隆政发〔2024〕9号"), "the county's own 文号 of the notice, not a cited basis document", "隆政发〔2024〕9号")
m("deadline-invalid", ln("隆政发〔2024〕9号"), "〔2024〕 in the county's own 文号 is not a deadline", "〔2024〕")
m("deadline-invalid", l9, "〔2022〕/〔2023〕 inside 文号 are document numbers, not deadlines", "〔2022〕")
m("deadline-invalid", ln("2024年3月15日"), "the notice's own issue date", "2024年3月15日")
l11 = ln("截至2023年底")
m("deadline-invalid", l11, "past dates in the 建设基础 background (2021年, 2022年, 截至2023年底) describe what was done, not deadlines", "2021年")
m("deadline-later-than-baseline", l11, "截至2023年底 is a status date in the background, not a deadline", "截至2023年底")
m("deadline-later-than-baseline", ln("到2024年底，全县数字政府工作体系基本建立"), "county goal 到2024年底 (系统迁移上云 etc.) is earlier than or equal to the region: task 46/43 due 2024年, regional 体系 goal 到2025年", "到2024年底")
m("deadline-later-than-baseline", ln("到2025年，全县数字政府建设全面融入"), "equal to the regional goal 到2025年 (“34567”体系框架全面成型)", "到2025年")
m("deadline-later-than-baseline", ln("到2035年"), "equal to the regional 2035 vision", "到2035年")
m("deadline-later-than-baseline", ln("2024年底前完成县级非涉密政务信息系统"), "政务云迁移 by 2024年底; regional task 46 完成时限 2024年, task 43 2024年建成，持续推进 — equal", "2024年底前")
m("deadline-later-than-baseline", ln("2025年底前接入全区“视频一张网”"), "2025年底前 belongs to the 视频共享 clause: regional task 49 完成时限 2025年 — equal (the 外网/专网 clauses on the same line carry no date)", "2025年底前")
m("deadline-later-than-baseline", ln("2024年底前实现重点公共区域"), "雪亮工程 by 2024年底; regional task 79 完成时限 2024年 — equal", "2024年底前")
m("deadline-later-than-baseline", ln("力争2025年基层填表报数"), "填表报数减负 by 2025; regional task 106 完成时限 2025年 — equal", "力争2025年")
l51 = ln("每季度末月25日前")
m("deadline-later-than-baseline", l51, "the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines", "每年12月10日前")
m("deadline-invalid", l51, "reporting dates 25日/12月10日 are valid recurring dates", "每季度末月25日前")
m("deadline-later-than-baseline", ln("（2024年—2025年）"), "title of the annex: the plan period, not a deadline", "2024年—2025年")
hdr = ln("序号\t重点任务\t牵头单位")
m("deadline-later-than-baseline", hdr, "header cells of the Gantt chart (2024年一季度 … 2025年四季度) are column labels, not deadlines", "2025年四季度")
m("unknown-unit", hdr, "header cell 牵头单位 is a column label, not a unit", "牵头单位")
m("deadline-later-than-baseline", ln("说明：1."), "the legend explains the chart; 持续推进/长期坚持 are not dates")
# Gantt near misses: ongoing rows marked in every quarter
m("deadline-later-than-baseline", row(1), "ongoing work marked in every quarter with 持续推进; regional task 116 is 2023年完成并长期坚持 (the county plan of 2024 keeps it up)", "持续推进")
m("deadline-later-than-baseline", row(3), "ongoing work marked in every quarter with 长期坚持; regional task 18 is 2023年形成机制，长期坚持", "长期坚持")
m("deadline-later-than-baseline", row(13), "智慧园区 every quarter, 持续推进; regional task 3 持续推进，2025年取得明显成效 — equal", "持续推进")
m("deadline-later-than-baseline", row(15), "数字乡村 every quarter, 持续推进; regional task 10 持续推进，2025年取得明显成效 — equal", "持续推进")
m("deadline-later-than-baseline", row(17), "互联网+医疗健康 every quarter, 持续推进; regional task 8 持续推进，2025年取得明显成效 — equal", "持续推进")
m("deadline-later-than-baseline", row(18), "智慧教育 every quarter, 持续推进; regional task 7 2023年形成试点经验，2025年取得明显成效 — equal", "持续推进")
m("deadline-later-than-baseline", row(27), "12345热线 every quarter, 持续推进; regional task 87 2023年启动，2025年完成 — equal", "持续推进")
m("deadline-later-than-baseline", row(30), "互联网+城乡供水 every quarter, 持续推进; regional task 96 完成时限 2025年 — equal", "持续推进")
m("deadline-later-than-baseline", row(38), "干部数字化培训 every quarter, 长期坚持; regional task 118 2023年完成并长期坚持", "长期坚持")
m("deadline-later-than-baseline", row(39), "考核 every quarter, 长期坚持; regional tasks 122/123 2023年完成，长期坚持, 124 2023年形成机制，长期坚持", "长期坚持")
# Gantt near misses: last ■ in 2024年四季度 for 2024 tasks
for n, why in [
    (4, "系统迁移上云: last ■ 2024年四季度; regional task 46 2024年 (task 43 2024年建成，持续推进) — equal (the row's lead unit is the planted mistake, not its date); ▲ in 二季度 is a milestone"),
    (6, "专网整合: last ■ 2024年四季度; regional task 50 2024年 — equal"),
    (8, "电子证照: last ■ 2024年四季度; regional task 52 2025年 (task 53 2024年) — not later"),
    (10, "基础库主题库对接: last ■ 2024年四季度; regional tasks 33/34 2024年 — equal"),
    (11, "公共数据开放: last ■ 2024年四季度; regional task 41 2024年 — equal"),
    (12, "公共数据与政务数据融合: last ■ 2024年四季度; regional task 42 2024年 — equal"),
    (14, "产业云/企业上云: last ■ 2024年四季度; regional task 2 2023年启动，2024年取得明显成效 — equal"),
    (20, "双随机一公开/信用风险分类: last ■ 2024年四季度; regional task 70 2024年 — equal"),
    (21, "追溯监管: last ■ 2024年四季度; regional task 71 2024年 — equal"),
    (22, "矛盾纠纷多元化解: last ■ 2024年四季度; regional task 77 2024年 — equal"),
    (23, "雪亮工程: last ■ 2024年四季度 (▲ 三季度 milestone); regional task 79 2024年 — equal"),
    (24, "智慧应急: last ■ 2024年四季度; regional task 80 2024年 — equal"),
    (26, "政务服务体系: last ■ 2024年四季度; regional task 84 2024年 — equal"),
    (28, "公共场馆数字化: last ■ 2024年四季度; regional task 90 2024年 — equal"),
    (29, "生态环境数据: last ■ 2024年四季度; regional task 94 2024年 — equal"),
    (31, "智慧林草: last ■ 2024年四季度; regional task 98 2024年 — equal"),
    (36, "政务公开平台: last ■ 2024年四季度; regional task 112 2024年 — equal"),
    (37, "政务新媒体矩阵: last ■ 2024年四季度; regional task 114 2024年 — equal"),
]:
    assert last_mark(row(n)) == "2024年四季度", n
    m("deadline-later-than-baseline", row(n), why, "2024年四季度")
for n, why in [
    (2, "领导小组/工作专班: last ■ 2024年二季度; this is task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) due 2025年 — earlier. Not task 60 (自治区 leading group, 自治区政府办公厅负责)"),
    (7, "视频资源整合: last ■ 2025年四季度; regional task 49 2025年 — equal"),
    (16, "数字供销: last ■ 2025年四季度 (▲ 2024年四季度); regional task 11 2023年完成主要建设任务，2025年取得明显成效 — completion milestone 2025, equal"),
    (19, "行政权力事项网上运行: last ■ 2024年三季度; regional task 21 2024年 — earlier"),
    (25, "互联网+基层治理: last ■ 2025年四季度 (▲ 2025年二季度); regional task 83 2025年 — equal"),
    (32, "协同办公/宁政通: last ■ 2024年三季度; regional tasks 104/105 2024年 — earlier"),
    (33, "填表报数: last ■ 2025年二季度; regional task 106 2025年 — earlier"),
    (34, "视频会议整合: last ■ 2025年二季度; regional task 107 2025年 — earlier"),
    (35, "机关事务统一门户: last ■ 2025年四季度; regional task 111 2025年 — equal"),
]:
    m("deadline-later-than-baseline", row(n), why, last_mark(row(n)))
# units
for n, t, why in [
    (12, "县发改局", "official short name of 县发展和改革局 in units.txt"),
    (13, "县工信商务局", "short name of 县工业信息化和商务局 in units.txt"),
    (14, "县工业信息化和商务局", "canonical name in units.txt"),
    (17, "县卫健局", "short name of 县卫生健康局"),
    (18, "县教体局", "short name of 县教育体育局"),
    (20, "县市场监管局", "short name of 县市场监督管理局"),
    (21, "县市场监督管理局", "canonical name; 县农业农村局 second, cooperating lead"),
    (24, "县应急局", "short name of 县应急管理局"),
    (25, "各乡镇人民政府", "collective subject, second in the cell; not split into a unit"),
    (26, "县审批局", "short name of 县审批服务管理局"),
    (28, "县文旅局", "short name of 县文化旅游广电局"),
    (29, "县生态环境分局", "short name of 固原市生态环境局隆德分局 (a city bureau's county branch) in units.txt"),
    (31, "县林草局", "short name of 县林业和草原局"),
    (33, "各乡镇人民政府", "collective subject"),
    (37, "县融媒体中心", "listed in units.txt; a public institution, not a government department"),
    (2, "县委编办", "listed in units.txt (county party body as co-lead)"),
    (39, "县委办公室", "listed in units.txt"),
    (9, "县档案馆", "listed in units.txt; the county archive leads this row (the row's date is the planted mistake, not its unit)"),
]:
    assert t in L[row(n) - 1], (n, t)
    m("unknown-unit", row(n), why, t)
m("unknown-unit", ln("配合自治区有关部门创新以网管网"), "collective subject 自治区有关部门 in a cooperating role, not a lead", "自治区有关部门")
m("unknown-unit", ln("领导小组办公室设在县政府办公室"), "县政府办公室 is 县人民政府办公室's short name; 县推进数字政府建设领导小组 is the body being set up", "县政府办公室")
m("unknown-unit", l51, "县数字政府建设领导小组办公室 is listed in units.txt; 各乡镇、县直各部门 are collectives", "县数字政府建设领导小组办公室")
m("unknown-unit", ln("作为县委党校干部培训"), "县委党校 is listed in units.txt", "县委党校")
m("unknown-unit", ln("依托自治区城市信息模型平台"), "a regional platform, not a responsible unit", "自治区城市信息模型平台")
m("missing-pillar", 0, "数字生态 is taken up in 三（三） (数据要素市场、数据交易、网络生态); the 四个支撑, 五个一/六级贯通 (五（一）（二）), all 七个能力 and the four 党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) are present")

covers_src = [
 (2, ln("推动特色产业数字化")), (3, ln("提升园区智慧化水平")), (5, ln("完善数字经济治理")),
 (6, ln("深化数字普惠应用")), (7, row(18)), (8, row(17)), (10, row(15)), (11, row(16)),
 (12, ln("配合自治区培育数据要素市场")), (14, ln("强化安全管理责任")), (15, ln("强化安全管理责任")),
 (17, ln("落实安全制度要求")), (18, row(3)), (20, ln("以数字化改革助力政府职能转变。")), (21, row(19)),
 (24, ln("创新建设管理机制")), (25, ln("（二）加大财政投入")), (28, ln("健全标准规范和试点示范")),
 (30, ln("完善数据管理机制")), (32, ln("完善数据管理机制")), (33, row(10)), (34, row(10)),
 (36, ln("深化数据高效共享")), (40, row(9)), (41, row(11)), (42, row(12)),
 (46, row(4)), (47, ln("提升网络支撑能力")), (48, row(5)), (49, row(7)), (50, row(6)),
 (51, ln("加强共性应用支撑")), (52, row(8)), (54, row(9)), (56, ln("加强共性应用支撑")),
 (64, row(2)), (65, ln("（一）提升经济调节能力")), (66, ln("（一）提升经济调节能力")),
 (68, ln("推动监管精准化")), (69, ln("推动监管精准化")), (70, row(20)), (71, row(21)),
 (72, ln("推动监管协同化智能化")), (77, row(22)), (79, row(23)), (80, row(24)), (83, row(25)),
 (84, row(26)), (85, ln("提升智慧便捷服务能力")), (86, ln("打造泛在可及的服务体系")), (87, row(27)),
 (88, ln("提供优质便利的涉企服务")), (89, ln("提供优质便利的涉企服务")), (90, row(28)),
 (93, ln("2025年底前完成全县政府网站")), (94, row(29)), (96, row(30)), (97, ln("（五）提升生态环境保护能力")),
 (98, row(31)), (102, ln("（五）提升生态环境保护能力")), (103, ln("提升辅助决策能力")),
 (104, row(32)), (105, ln("2024年9月31日前")), (106, row(33)), (107, row(34)), (111, row(35)),
 (112, row(36)), (114, row(37)), (115, ln("（七）提升政务公开能力")), (116, row(1)),
 (118, row(38)), (122, row(39)), (123, ln("（四）强化考核评价")), (124, ln("（四）强化考核评价")),
]
covers = [{"task": t, "line": l} for t, l in covers_src]

key = {
  "writer": "blind writer, round 352; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": datetime.date.today().isoformat(),
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("County plan of 隆德县 (固原市), issued 2024-03-15, no parent plan. The annex 重点任务进度安排表 (lines %d-%d) is a Gantt chart: "
            "columns 2024年一季度…2025年四季度, ■ = quarter in which the work is done, the LAST ■ of a row is its completion quarter (legend line %d); "
            "▲ marks a milestone inside the run and never the end; rows noted 持续推进/长期坚持 are marked in every quarter and are ongoing work. "
            "For the two late Gantt rows the key's text is the column header of the last ■ (the row itself holds only ■ marks). "
            "The first unit of a 牵头单位 cell is the main lead (legend). "
            "Line %d (preamble) also cites 国发〔2022〕14号 correctly and 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） as the 吴忠 plan does; neither is a basis mistake — only 宁政发〔2022〕17号 is (kept out of mustNotFlag because it shares the rule and line with the planted one). Regional tasks due plainly in 2023 (14, 15, 17, 30, 32, 36, 85) are taken up in the prose without dates "
            "on purpose; the Gantt only schedules tasks due 2024/2025 or ongoing ones. Tasks deliberately not taken up (information only, not in expect): e.g. 23, 29, 35, 59, 75, 76, 78, 82, 92, 99, 100, 101, 113, 121.")
            % (hdr, len(L), ln("说明：1."), l9),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers))
for e in expect:
    print(e["rule"], e["line"], e["text"], "|", L[e["line"]-1][:60])
