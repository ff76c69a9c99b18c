# -*- coding: utf-8 -*-
# Builds draft.txt (via draft_src.py) and key.json with every line number computed from the final draft.
import json, os, sys
sys.dont_write_bytecode = True
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import draft_src
with open(os.path.join(here, "draft.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(draft_src.L) + "\n")
L = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")

def ln(loc, text=None):
    hits = [i for i, l in enumerate(L, 1) if loc in l]
    assert len(hits) == 1, (loc, hits)
    if text is not None:
        assert text in L[hits[0]-1], (loc, text)
    return hits[0]

def row(n):  # line of task-table row n
    hits = [i for i, l in enumerate(L, 1) if l.startswith(str(n) + "\t")]
    assert len(hits) == 1, n
    return hits[0]

def E(rule, loc, text=None, why="", line=None, **kw):
    d = {"rule": rule, "line": line if line is not None else ln(loc, text)}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    if line is not None and text is not None: assert text in L[line-1], (line, text)
    return d

GX = "guangxi-2022 task numbers = order of the inline (责任单位…完成时限) clauses in guangxi-2022-shishi-yijian.txt (1 = seed line 43 … 43 = seed line 187)"

expect = [
  E("basis-mismatch", "（桂政发〔2022〕31号）", "广西壮族自治区人民政府关于加快推进数字政府建设的实施意见",
    "wrong title: 桂政发〔2022〕31号 is the 广西 实施意见 on 加强数字政府建设 (it implements 国发〔2022〕14号, 关于加强数字政府建设的指导意见); 加快推进 is not its title"),
  E("garbled-text", "依托自治区数据", "鍏变韩浜ゆ崲骞冲彴",
    "UTF-8 bytes of 共享交换平台 read as GBK (mojibake run inside an otherwise clean sentence)"),
  E("unknown-unit", None, "县政务服务管理局", line=row(11),
    why="not in units.txt (容县 has no such bureau; the body, line %d, gives 县行政审批局 as lead of the 12345 hotline task); not a collective" % ln("8．优化12345政务服务便民热线")),
  E("deadline-later-than-baseline", None, "2026年6月底", line=row(23),
    why="task 22 (优化政策信息数字化发布: 政策文件库, 惠企政策精准推送; seed line 97) 完成时限 2025年底; the task-table row gives 2026年6月底前 (the body, line %d, correctly says 2025年底前)" % ln("17．优化政策信息数字化发布")),
  E("deadline-invalid", None, "2022年12月底", line=row(38),
    why="a task deadline (IPv6 改造, task 37, 持续开展) before the year the plan is issued (2023-06-12); the body, line %d, gives 2025年底前" % ln("推进电子政务外网互联网协议第六版")),
]

D = "deadline-later-than-baseline"; V = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"; G = "garbled-text"; P = "missing-pillar"
m = []
# ---- deadlines equal / earlier / local dates for ongoing regional tasks
m += [
  E(D, "3．推进一体化在线监管", "2025年12月31日前", "task 3 (一体化在线监管, seed line 49) 完成时限 2025年底: equal"),
  E(D, None, "2025年12月31日前", line=row(4), why="task 3 完成时限 2025年底: equal"),
  E(D, "8．优化12345政务服务便民热线", "2024年底前", "task 8 (12345热线, seed line 63) 完成时限 2025年底: earlier"),
  E(D, None, "2024年底前", line=row(11), why="task 8 完成时限 2025年底: earlier (the row's unit is a planted error, its date is not)"),
  E(D, "9．推广应用“智桂通”", "2025年底前建成", "task 9 (智桂通, seed line 65) 完成时限 2025年底: equal; 2023年启动 is an intermediate milestone"),
  E(D, None, "2025年底前建成", line=row(12), why="task 9 完成时限 2025年底: equal"),
  E(D, "17．优化政策信息数字化发布", "2025年底前", "task 22 (政务公开, seed line 97) 完成时限 2025年底: equal"),
  E(D, None, "2025年6月底前", line=row(24), why="task 22 完成时限 2025年底: earlier"),
  E(D, "到2025年，与政府治理能力现代化", "到2025年", "主要目标: same goal and same year as the 广西 实施意见 (到2025年 … 数字政府体系框架基本形成)"),
  E(D, "到2035年，与全区同步", "到2035年", "主要目标: same as the region's 到2035年 … 基本建成"),
  E(D, "到2024年底，县级政务数据", "到2024年底", "an intermediate county goal, earlier than any regional goal"),
  E(D, "12．推动智慧工地、智慧体育", "2025年底前", "tasks 13/14 (seed lines 73/75) 完成时限 持续开展: no dated regional milestone, a local date cannot be later"),
  E(D, None, "2025年底前", line=row(15), why="task 12 (智慧医疗, seed line 71) 持续开展: local date for an ongoing task"),
  E(D, None, "2025年底前", line=row(18), why="task 14 (智慧体育) 持续开展"),
  E(D, "推进电子政务外网互联网协议第六版", "2025年底前", "task 37 (网络平台, seed line 165) 持续开展"),
  E(D, None, "2025年底前", line=row(39), why="task 37 持续开展"),
  E(D, "聚焦基层治理、政务服务等重点领域", "2025年底前总结推广", "task 32 (试点示范, seed line 141) 持续开展"),
  E(D, None, "2025年底前总结推广", line=row(33), why="task 32 持续开展"),
  E(D, "15．提升辅助决策能力", "2024年底前", "task 19 (辅助决策, seed line 89) 持续开展"),
  E(D, "5．推进社会治安防控体系智能化", "2024年底前实现全覆盖", "task 5 (社会治安防控, seed line 55) 持续开展; the local plan adds a dated milestone"),
  E(D, "2024年6月底前完成县级政务数据目录编制", "2024年6月底前", "task 34 (数据共享, seed line 151) 持续开展"),
  E(D, "按照集约建设原则", "2024年底前", "task 36 (政务云, seed line 161) 持续开展"),
  E(D, "依托自治区数字政府一体安全平台", "2023年底前", "task 26 (安全保障能力, seed line 115) 持续开展"),
  E(D, None, "2024年底前", line=row(27), why="task 25 (数据安全监管, seed line 111) 持续开展"),
  E(D, None, "2024年底前", line=row(41), why="task 39 (共性应用, seed line 171) 持续开展"),
]
# ---- dates that are not deadlines, or not before the issue year
m += [
  E(V, "近年来，我县认真贯彻落实", "2022年底", "background (截至2022年底), a past date describing the situation, not a deadline"),
  E(V, "近年来，我县认真贯彻落实", "2019年", "background: 2019年机构改革"),
  E(V, "近年来，我县认真贯彻落实", "2018年印发", "background: date an old county document was issued"),
  E(V, "近年来，我县认真贯彻落实", "2021—2023年", "part of an old document's title (retrospective)"),
  E(V, "近年来，我县认真贯彻落实", "2022年新冠肺炎疫情防控中", "background: a past event"),
  E(V, "近年来，我县认真贯彻落实", "2018—2025年", "part of the title of 数字广西建设规划 (retrospective mention), not a deadline"),
  E(V, None, "2023年6月12日", line=6, why="the notice's own issue date"),
  E(V, "各牵头单位于2023年6月30日前", "2023年6月30日前", "the office's own reporting date (联络员名单), after the issue date, same year"),
  E(V, "各牵头单位于2023年6月30日前", "12月10日前", "the office's own recurring reporting date (每年6月25日前、12月10日前)"),
  E(V, "注：牵头单位有多个的", "12月10日前", "the office's own recurring reporting date"),
  E(V, "领导小组办公室每年12月底前组织开展年度评估", "12月底前", "the office's own annual evaluation date"),
  E(V, None, "2023年6月底前", line=row(45), why="in the issue year (2023) and after the issue date; not before the plan's year"),
  E(V, None, "每年12月底前", line=row(46), why="recurring annual date of the office's own 考核"),
  E(V, "9．推广应用“智桂通”", "2023年启动", "the issue year itself is allowed"),
  E(V, "聚焦基层治理、政务服务等重点领域", "2023年形成试点工作方案", "the issue year itself is allowed"),
  E(V, None, "2023年底前建立", line=row(25), why="in the issue year"),
  E(V, "深入落实习近平总书记视察广西", "4·27", "name of a 2017 speech (“4·27”重要讲话), not a date or deadline"),
  E(V, "8．优化12345政务服务便民热线", "12345", "hotline numbers (12345, 110, 119, 120, 122), not dates"),
]
# ---- units: collectives, short names, aliases, prefix distribution, units outside government
m += [
  E(U, None, "各乡镇人民政府", line=3, why="collective subject (addressees)"),
  E(U, None, "县直各部门（单位）", line=3, why="collective subject"),
  E(U, "2．构建新型监管机制", "承担监管职责的县直有关部门", "collective subject (mirrors the region's 承担监管职责的自治区有关部门)"),
  E(U, "3．推进一体化在线监管", "大数据发展局等县直有关部门", "县 distributes to 县大数据发展局; 县直有关部门 is a collective"),
  E(U, "4．推进数字化网格治理", "县信访局、公安局、民政局、司法局、住房城乡建设局", "prefix 县 distributes: 县公安局, 县民政局, 县司法局, 县住房城乡建设局 (official short name of 县住房和城乡建设局)"),
  E(U, "4．推进数字化网格治理", "容州镇人民政府", "a town listed in units.txt"),
  E(U, "8．优化12345政务服务便民热线", "各有关单位", "collective subject"),
  E(U, "7．提升一体化政务服务水平", "残联", "prefix 县 distributes: 县残联 = 县残疾人联合会 (units.txt alias)"),
  E(U, "7．提升一体化政务服务水平", "人力资源社会保障局", "县人力资源社会保障局, official short name of 县人力资源和社会保障局"),
  E(U, "13．提升生态环保协同治理能力", "玉林市容县生态环境局", "canonical name in units.txt (county bureau under the city bureau)"),
  E(U, None, "县生态环境局", line=row(20), why="alias of 玉林市容县生态环境局 in units.txt"),
  E(U, "（牵头单位：县委网信办；配合单位：县委保密办、政法委", "县委保密办、政法委", "prefix 县委 distributes: 县委政法委 (units.txt alias of 县委政法委员会); 县委保密办 is an alias of 县委保密办公室"),
  E(U, "依托自治区数字政府一体安全平台", "中国电信股份有限公司容县分公司", "unit outside government proper, listed in units.txt"),
  E(U, "依托自治区数字政府一体安全平台", "中国移动通信集团广西有限公司容县分公司", "listed in units.txt"),
  E(U, None, "移动容县分公司", line=row(28), why="alias in units.txt (电信容县分公司 likewise)"),
  E(U, None, "县发改局", line=row(2), why="colloquial alias of 县发展和改革局 listed in units.txt"),
  E(U, None, "县人社局", line=row(10), why="colloquial alias listed in units.txt; 县残联 also an alias"),
  E(U, None, "县人力资源和社会保障局", line=row(14), why="canonical name containing 和: never split"),
  E(U, None, "县卫健局", line=row(15), why="alias of 县卫生健康局; 县医保局 alias of 县医疗保障局"),
  E(U, None, "县住建局", line=row(17), why="alias of 县住房和城乡建设局"),
  E(U, None, "县文广体旅局", line=row(18), why="alias of 县文化广电体育和旅游局"),
  E(U, None, "县科技局", line=row(29), why="alias of 县科学技术局; 县工信局 alias of 县工业和信息化局"),
  E(U, None, "县税务局", line=row(41), why="alias of 国家税务总局容县税务局"),
  E(U, "1．加强经济运行监测分析", "国家税务总局容县税务局", "canonical name in units.txt"),
  E(U, None, "县数字政府建设工作领导小组办公室", line=row(46), why="listed in units.txt (the leading group's office)"),
  E(U, "各牵头单位于2023年6月30日前", "自治区大数据发展局", "regional body mentioned in prose (seeking guidance), not as the lead of a local task"),
  E(U, "各牵头单位于2023年6月30日前", "玉林市大数据发展局", "city body listed in units.txt, mentioned in prose"),
  E(U, None, "县委政法委、县公安局", line=row(7), why="two leads, both registered; first is the main lead per the table note"),
  E(U, "12．推动智慧工地、智慧体育", "文化广电体育和旅游局", "prefix 县 distributes to 县文化广电体育和旅游局; a registered name containing 和 is not split"),
  E(U, "（牵头单位：县委网信办，县发展改革局、农业农村局", "县委网信办，县发展改革局、农业农村局", "县委网信办 registered alias; 县 distributes to 县农业农村局"),
  E(U, "17．优化政策信息数字化发布", "县融媒体中心、信访局、大数据发展局", "prefix 县 distributes: 县信访局, 县大数据发展局"),
  E(U, "16．提升行政执行和行政监督能力", "机关事务管理局", "prefix 县 distributes to 县机关事务管理局 (registered)"),
  E(U, "6．推进智慧应急建设", "县消防救援大队", "registered (outside government proper)"),
  E(U, "坚持党对数字政府建设工作的全面领导", "县数字政府建设工作领导小组", "registered coordinating body, prose"),
  E(U, "把提高领导干部数字治理能力作为县委党校", "县委党校", "registered"),
]
# ---- basis documents
m += [
  E(B, "为贯彻落实《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct 文号 and title of the national 指导意见"),
  E(B, "坚持以习近平新时代中国特色社会主义思想为指导", "国务院关于加强数字政府建设的指导意见", "correct title cited without 文号"),
  E(B, "坚持以习近平新时代中国特色社会主义思想为指导", "自治区实施意见", "short reference to the regional 实施意见"),
  E(B, "近年来，我县认真贯彻落实", "数字广西建设规划（2018—2025年）", "retrospective mention in the background, not a basis citation"),
  E(B, "近年来，我县认真贯彻落实", "容县政务信息系统整合共享工作方案", "retrospective mention of an old county document (its tasks completed); not a basis citation, so 工作方案 is its own title"),
  E(B, "近年来，我县认真贯彻落实", "容县“数字容县”建设三年行动计划（2021—2023年）", "retrospective mention of an earlier county plan"),
  E(B, "已经县人民政府同意，现印发给你们", "容县加强数字政府建设实施方案", "the document's own title"),
  E(B, None, "容政办发〔2023〕27号", line=2, why="the notice's own 文号, not a cited basis"),
]
# ---- text that looks odd but is not damaged
m += [
  E(G, "推进“天地图·广西”数据共享共用", "天地图·广西", "official platform name with a middle dot"),
  E(G, "推进电子政务外网互联网协议第六版", "IPv6", "Latin abbreviation, not mojibake"),
  E(G, "15．提升辅助决策能力", "1+6+N", "the region's own “1+6+N” 数字政府大脑 term"),
  E(G, "5．推进社会治安防控体系智能化", "5G", "Latin abbreviation"),
]
# ---- pillars covered under other names or in the support measures
m += [
  E(P, None, None, line=0, pillar="数字生态", why="covered: 七（三）营造良好数字生态, line %d" % ln("落实数据要素市场规则")),
  E(P, None, None, line=0, pillar="政务公开", why="covered: 二（七）, line %d" % ln("17．优化政策信息数字化发布")),
  E(P, None, None, line=0, pillar="生态环境保护", why="covered: 二（五）, lines %d-%d" % (ln("13．提升生态环保协同治理能力"), ln("14．提高自然资源利用效率"))),
  E(P, None, None, line=0, pillar="加强党对数字政府建设工作的领导", why="covered by 八、保障措施 (组织领导 line %d, 推进机制 line %d, 数字素养 line %d, 考核评估 line %d)" % (ln("坚持党对数字政府建设工作的全面领导"), ln("各牵头单位于2023年6月30日前"), ln("把提高领导干部数字治理能力"), ln("将数字政府建设工作纳入全县绩效考核，建立"))),
  E(P, None, None, line=0, pillar="数字社会", why="covered: 七（二）, line %d" % ln("推进智慧城市建设，推动城市公共基础设施")),
]

covers_src = [
 (1,"1．加强经济运行监测分析"),(2,"2．构建新型监管机制"),(3,"3．推进一体化在线监管"),(4,"4．推进数字化网格治理"),
 (5,"5．推进社会治安防控体系智能化"),(6,"6．推进智慧应急建设"),(7,"7．提升一体化政务服务水平"),(8,"8．优化12345政务服务便民热线"),
 (9,"9．推广应用“智桂通”"),(10,"10．推动智慧教育、智慧人社"),(11,"10．推动智慧教育、智慧人社"),(12,"11．推动智慧医疗、智慧康养"),
 (13,"12．推动智慧工地、智慧体育"),(14,"12．推动智慧工地、智慧体育"),(15,"11．推动智慧医疗、智慧康养"),
 (16,"13．提升生态环保协同治理能力"),(17,"14．提高自然资源利用效率"),(18,"14．提高自然资源利用效率"),
 (19,"15．提升辅助决策能力"),(20,"16．提升行政执行和行政监督能力"),(21,"16．提升行政执行和行政监督能力"),(22,"17．优化政策信息数字化发布"),
 (23,"建立健全数字政府安全工作协调机制，明确各乡镇"),(24,"建立健全数据分类分级保护"),(25,"建立健全数据安全监管责任体系"),
 (26,"依托自治区数字政府一体安全平台"),(27,"推进安全可靠技术和产品应用，落实"),(28,"依托全国行政许可管理等信息系统"),
 (29,"落实“四改四转”政务信息化项目建设机制，县级"),(30,"全面建设数字法治政府"),(31,"全面建设数字法治政府"),(32,"聚焦基层治理、政务服务等重点领域"),
 (33,"明确各部门数据归集"),(34,"按照“一数一源一标准”"),(35,"按照自治区部署编制县级公共数据开放目录"),
 (36,"按照集约建设原则"),(37,"推动县级电子政务外网扩容升级"),(38,"推广应用自治区智能算法库"),(39,"推广应用自治区智能算法库"),(40,"推广应用自治区智能算法库"),
 (41,"主动融入中国—东盟信息港建设"),(42,"推进智慧城市建设，推动城市公共基础设施"),(43,"落实数据要素市场规则"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_src]

key = {
  "writer": "blind writer, round 682; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": m,
  "covers": covers,
  "notes": ("容县 (玉林市) 2023 实施方案 implementing 桂政发〔2022〕31号, issued 2023-06-12 as 容政办发〔2023〕27号; no parent plan. "
            + GX + ". Five planted mistakes only; everything else is meant to be correct. "
            "Regional 完成时限 持续开展 has no dated milestone, so a dated local deadline for such a task is treated as not later. "
            "The only regional tasks with a date are 3, 8, 9 and 22 (2025年底); 主要目标 goals are 到2025年 and 到2035年. "
            "Task 23 (安全管理责任) names no 各市人民政府; it is covered anyway. No task is deliberately left out. "
            "Pillar coverage follows the 广西 text's own structure (七个能力, 安全保障, 制度规则, 数据资源, 平台支撑, 数字经济/数字社会/数字生态, 党的领导) — all present."),
}
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(L)-1, "lines;", len(expect), "expect;", len(m), "mustNotFlag;", len(covers), "covers")
