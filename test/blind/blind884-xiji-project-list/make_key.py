#!/usr/bin/python3
# Builds key.json; every line number is looked up in the final draft.txt (1-based) by a unique anchor.
import json, os
here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits[0])
    return hits[0]

def row(no):
    hits = [i + 1 for i, l in enumerate(L) if l.split("\t")[0] == str(no)]
    assert len(hits) == 1, no
    return hits[0]

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text) if anchor else 0}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    return d

def R(rule, no, text, why):
    n = row(no); assert text in L[n - 1], (no, text)
    return {"rule": rule, "line": n, "text": text, "why": why}

expect = [
  E("basis-mismatch", "（宁政发〔2022〕17号）", "宁政发〔2022〕17号",
    "the regional 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong year in the 文号"),
  R("deadline-later-than-baseline", 2, "2024—2025年",
    "project 2 (县级城域网升级改造, 外网向乡镇、村延伸, 县乡村三级全覆盖) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (the backbone part is task 47, also 2024年); the project only completes in 2025. The draft's own goal on line 14 says 到2024年底"),
  E("deadline-invalid", "2014年底前全部完成", "2014年底",
    "a year before the plan's own year (issued 2024-04-08); typo for 2024. The sentence is task 93 (适老化与信息无障碍建设), 完成时限 2024年"),
  R("unknown-unit", 13, "县商务局",
    "no such unit in units.txt: 商务 belongs to 县工业信息化和商务局 (县工信商务局), which the body names for the same e-commerce work on line 26; 县商务局 is the lead (first-listed) unit of project 13"),
  E("garbled-text", "鏁板瓧鏀垮簻", "鏁板瓧鏀垮簻",
    "UTF-8 read as GBK: 鏁板瓧鏀垮簻鏍囧噯瑙勮寖 re-encoded as GBK and decoded as UTF-8 gives 数字政府标准规范"),
  {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
   "why": "section 五 lists only six abilities (经济调节 … 政务运行); there is no 政务公开 content anywhere: no 政务公开平台, 政策文件库/一库通查, 政务新媒体 or 政民互动 (12345 appears only as the 公共服务 总客服/接诉即办 of task 87)"},
  {"rule": "task-uncovered", "line": 0, "task": 112,
   "why": "各市、县（区）分别负责 (完善政务公开信息化平台); left out with the 政务公开 pillar"},
  {"rule": "task-uncovered", "line": 0, "task": 114,
   "why": "各市、县（区）分别负责 (政务新媒体矩阵); left out with the 政务公开 pillar"},
]

M = []
def N(rule, anchor, text, why):
    M.append(E(rule, anchor, text, why))
def NR(rule, no, text, why):
    M.append(R(rule, no, text, why))

# basis
N("basis-mismatch", "西政办发〔2024〕21号", "西政办发〔2024〕21号", "the draft's own 文号 in the notice header, not a basis document")
N("basis-mismatch", "（国发〔2022〕14号）", "国发〔2022〕14号", "correct 文号 for 《国务院关于加强数字政府建设的指导意见》")
N("basis-mismatch", "（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 is cited with the same 文号 in the 吴忠 plan (seed); correct")
N("basis-mismatch", "固原市人民政府《关于加强数字政府建设的实施方案》", "固原市人民政府《关于加强数字政府建设的实施方案》", "the county's city plan cited by title alone, as DOMAIN.md describes; no parent plan is supplied, nothing to contradict")
N("basis-mismatch", "（宁政办发〔2020〕14号）", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in 发展基础, correctly numbered; it is not cited as a basis of this plan")
# dates that are not deadlines / past dates
N("deadline-invalid", "2021年建成县政务服务中心", "2021年", "past dates in the background section (2020, 2021, 2022, 2023): achievements, not deadlines")
M.append({"rule": "deadline-invalid", "line": 6, "text": "2024年4月8日", "why": "the notice's signing date, not a deadline"})
assert L[5] == "2024年4月8日"
N("deadline-later-than-baseline", "到2024年底，县级政务信息系统", "2024年底",
  "goal items due 2024 match tasks 46 (政务信息系统有序迁移, 2024年), 19 (信创云, 2023年启动，2024年建成), 48 (县乡村全覆盖, 2024年), 86 (我的宁夏 应上尽上, 2024年), 84 (网上办、掌上办、就近办、一次办, 2024年): all equal")
N("deadline-later-than-baseline", "到2025年，全县数字政府建设与自治区", "2025年", "same year as the regional 主要目标 到2025年 “34567”体系框架全面成型")
N("deadline-later-than-baseline", "到2035年，与全区同步建成", "2035年", "same year as the regional 主要目标 到2035年")
N("deadline-later-than-baseline", "2025年1月10日前报送2024年度工作总结", "2025年1月10日", "the office's own reporting date for the annual summary, not a task deadline")
N("deadline-later-than-baseline", "2024年底前完成全部迁移", "2024年底", "task 46 (政务信息系统有序迁移) 完成时限 2024年 and task 43 (2024 年建成，持续推进): equal")
N("deadline-later-than-baseline", "2025年底前实现教育收费", "2025年底", "task 56 (非税收入收缴电子化全覆盖) 完成时限 2025年: equal")
N("deadline-later-than-baseline", "2024年9月底前实现重点区域视频监控全覆盖", "2024年9月底", "task 79 (雪亮工程) 完成时限 2024年: same year, earlier month")
N("deadline-later-than-baseline", "2025年底前形成“横向到边、纵向到底”", "2025年底", "task 83 (互联网+基层治理, 横向到边、纵向到底) 完成时限 2025年: equal")
N("deadline-later-than-baseline", "2024年底前实现高频政务服务事项", "2024年底", "task 84 (网上办、掌上办、就近办、一次办) 完成时限 2024年: equal (the 一次办 here is task 84's wording, not task 85's 一件事一次办)")
N("deadline-later-than-baseline", "2024年底前建成覆盖全县城乡供水工程", "2024年底", "task 96 (互联网+城乡供水) 完成时限 2025年: earlier")
N("deadline-later-than-baseline", "附件：西吉县数字政府建设重点项目清单（2024—2025年）", "2024—2025年", "period in the attachment's title, not a deadline (also line 89)")
# units
N("unknown-unit", "各乡镇人民政府，县直各部门（单位）：", "各乡镇人民政府", "collective subjects (各乡镇人民政府, 县直各部门（单位）) used throughout")
N("unknown-unit", "县委网信办等县直有关部门配合", "县直有关部门", "collective subject 县直有关部门")
N("unknown-unit", "（责任单位：县市场监管局，承担监管职责的县直有关部门）", "承担监管职责的县直有关部门", "collective subject, the county form of 承担监管职责的自治区有关部门（单位）")
N("unknown-unit", "（责任单位：县政府办公室、县发改局、财政局）", "财政局", "the 县 prefix distributes: 县财政局 is in units.txt")
N("unknown-unit", "（责任单位：县工信商务局、县农业农村局、县发改局，西吉县工业园区管委会）", "县工信商务局", "official short names listed in units.txt (县工信商务局, 县发改局); 西吉县工业园区管委会 is listed too")
N("unknown-unit", "积极配合自治区发展改革委培育数据要素市场", "自治区发展改革委", "a regional body named as the body the county assists, not in a responsibility note and not the lead of a local task")
N("unknown-unit", "（责任单位：固原市生态环境局西吉分局、县水务局）", "固原市生态环境局西吉分局", "the county's environment branch under vertical management; listed in units.txt (also lines 75 and row 31)")
N("unknown-unit", "国网西吉县供电公司配合", "国网西吉县供电公司", "a utility outside government, listed in units.txt, cooperating")
N("unknown-unit", "西吉县消防救援大队）", "西吉县消防救援大队", "listed in units.txt")
NR("unknown-unit", 2, "中国电信西吉分公司", "telecom operator listed in units.txt; second-listed, so not the lead")
NR("unknown-unit", 14, "将台堡镇人民政府", "named 乡镇 governments listed in units.txt")
N("unknown-unit", "抄送：县委各部门", "县委各部门", "collective in the 抄送 line; the other 抄送 bodies are in units.txt")
# project list: construction periods and investment figures
NR("deadline-later-than-baseline", 1, "2024年", "tasks 43 (2024 年建成，持续推进) and 46 (2024年): equal")
NR("deadline-invalid", 3, "2024年3月—10月", "starts a month before the notice date but in the plan year, and completes 2024; tasks 47/50 完成时限 2024年: equal")
NR("deadline-later-than-baseline", 4, "2024年", "task 49 (视频一张网) 完成时限 2025年: earlier")
NR("deadline-later-than-baseline", 12, "2024—2025年", "task 3 (智慧园区) 持续推进，2025年取得明显成效: equal")
NR("deadline-later-than-baseline", 14, "2024—2025年", "task 10 (数字乡村) 持续推进，2025年取得明显成效: equal")
NR("deadline-later-than-baseline", 15, "2024年", "task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效: the completing milestone is 2025; the county platform in 2024 is earlier")
NR("deadline-later-than-baseline", 16, "2024—2025年", "task 7 (国家智慧教育平台) 2023年形成试点经验，2025年取得明显成效: completing milestone equal")
NR("deadline-later-than-baseline", 17, "2024年5月—2025年6月", "task 8 (互联网+医疗健康) 持续推进，2025年取得明显成效: same year")
NR("deadline-later-than-baseline", 18, "2024—2025年", "task 6 (养老托育等服务数字化, 各市、县（区）负责) 2025年: equal")
NR("deadline-later-than-baseline", 19, "2024—2025年", "task 9 (智慧城市, 一网统管) 持续推进，2025年取得明显成效: equal")
NR("deadline-later-than-baseline", 23, "2024年", "task 87 (12345热线, 接诉即办) 2023年启动，2025年完成: earlier; 12345 and 110 are phone numbers")
NR("deadline-invalid", 24, "2023—2024年", "a continuing (续建) project: the start year 2023 lies before the plan year but completion is 2024 = task 79 (雪亮工程) 2024年")
NR("deadline-later-than-baseline", 24, "2025", "总投资 2025 万元 is an amount, not a year; the period is 2023—2024年 against task 79 (2024年)")
NR("deadline-invalid", 24, "2023年建成", "phase one already finished in 2023: a past fact, not a deadline")
NR("deadline-later-than-baseline", 26, "2024—2025年", "task 83 (基层治理, 人、地、物、事、组织) 2025年: equal")
NR("deadline-later-than-baseline", 30, "2024—2025年", "task 96 (互联网+城乡供水, 数字孪生流域) 2025年: equal")
NR("deadline-later-than-baseline", 31, "2024年", "tasks 94 (2024年) / 95 (2025年): equal or earlier")
NR("deadline-later-than-baseline", 33, "2024—2025年", "task 107 (视频会议平台) 2025年: equal")
NR("deadline-later-than-baseline", 34, "2024—2025年", "task 111 (机关事务管理统一门户, 公共机构节能) 2025年: equal; 85.5 is the investment")
N("deadline-later-than-baseline", "合计\t34个项目", "21745.5", "total investment in 万元 on the 合计 row, not a date")
N("deadline-invalid", "2024年4月8日印发", "2024年4月8日", "印发 date in the closing line, not a deadline")

cov = [(3,"西吉县工业园区“智慧园区”建设"),(5,"完善数字经济治理体系。"),(6,"（二）引领数字社会建设。"),(7,"深入推进国家智慧教育平台应用"),
 (8,"深化“互联网+医疗健康”应用。"),(9,"推进智慧县城建设。"),(10,"推进数字乡村建设。"),(11,"加快“数字供销”建设"),(12,"积极配合自治区发展改革委培育数据要素市场"),
 (14,"强化安全管理责任。"),(15,"建立数字政府安全评估、责任落实和重大事件处置机制"),(17,"落实安全制度要求。"),(18,"提升安全保障能力。"),
 (20,"助力政府职能转变。"),(21,"推动各类行政权力事项网上运行、动态管理"),(22,"强化审管协同"),(23,"“一本账”管理"),(24,"创新建设管理机制。"),
 (28,"积极争取自治区数字政府建设试点示范"),(30,"全面摸清全县政务数据资源底数"),(31,"“一数之源、多源校核”"),(32,"县直各部门明确数据管理责任科室和人员"),
 (33,"推动人口、法人、电子证照等基础数据"),(34,"医疗健康、社会保障、应急管理等主题数据"),(36,"落实政务数据供需对接机制"),(42,"推进供水、供电、供气、公共交通等公共数据"),
 (40,"强化电子公文和档案管理。"),(43,"强化政务云支撑能力。"),(46,"2024年底前完成全部迁移"),(47,"推动电子政务外网骨干链路扩容和IPv6改造"),
 (48,"推进电子政务外网向乡镇、村（社区）延伸全覆盖"),(49,"融入全区“视频一张网”。（"),(50,"推进非涉密业务专网向电子政务外网整合迁移；"),
 (51,"推广应用全区统一身份认证"),(52,"推动个人证照在就医、入学"),(55,"公共支付和财政电子票据"),(56,"2025年底前实现教育收费"),(57,"对接宁夏信用信息公共服务平台，推进县级"),
 (58,"依托全区统一的“底板底图”"),(64,"各乡镇、县直各部门参照县级做法，成立相应的组织机构"),(65,"加强经济数据汇聚分析。"),(66,"经济运行大数据平台，加强人口"),
 (67,"做好经济政策有效衔接。"),(68,"推动监管精准化。"),(70,"企业信用风险分类管理，实施差异化监管"),(69,"运用多源数据为市场主体精准“画像”"),(73,"推进消费维权“一件事”改革"),(75,"强化以网管网，加强平台经济"),(53,"电子印章、公共支付"),(71,"实现监管智能化。"),(72,"促进监管协同化。"),
 (74,"推行远程监管、移动监管、预警监管；"),(77,"提升矛盾化解能力。"),(79,"提升社会治安防控能力。"),(80,"提升公共安全保障能力。"),(83,"提高基层社会治理能力。"),
 (106,"推广使用全区统一的填表报数系统"),(84,"打造泛在可及的服务体系。"),(86,"迭代升级“我的宁夏”西吉专区，推动县直各部门"),(85,"提升智慧便捷的服务能力。"),
 (87,"依托12345政务服务便民热线，健全"),(88,"提供优质便利的涉企服务。"),(89,"完善企业专属网页和惠企政策专栏"),(90,"推进县图书馆、文化馆和西吉文学馆数字化转型"),
 (93,"适老化与信息无障碍改造，2014"),(94,"提升生态环保协同治理能力。"),(96,"深化“互联网+城乡供水”建设"),(97,"依托宁夏自然资源三维立体“一张图”和国土空间基础信息平台，提升"),
 (98,"配合建设宁夏“智慧林草”云平台"),(101,"配合自治区构建碳排放智能监测和动态核算体系"),(102,"推动绿色低碳转型。"),(103,"提升辅助决策能力。"),
 (104,"全面应用全区统一的协同办公平台"),(105,"“宁政通”移动办公“总门户”"),(107,"统筹整合县、乡非涉密视频会议系统"),(108,"推进公共资源交易全流程数字化管理和监督"),
 (109,"优化“互联网+督查”机制"),(110,"推广应用预算管理一体化系统"),(111,"推广应用全区机关事务管理统一门户，推进"),(116,"（一）加强组织领导。"),
 (25,"（二）加大资金保障。"),(117,"加大数字化专业人才引进力度"),(118,"定期开展全县干部数字化能力培训"),(122,"将数字政府建设纳入全县效能目标管理考核"),
 (123,"综合考核评价的重要参考"),(124,"建立容错和奖惩机制")]
covers = []
seen = set()
for t, a in cov:
    assert t not in seen, t; seen.add(t)
    hits = [i + 1 for i, l in enumerate(L[:87]) if a in l]
    assert len(hits) == 1, (t, a, hits)
    covers.append({"task": t, "line": hits[0]})
covers.sort(key=lambda c: c["task"])

key = {
  "writer": "blind writer, round 884; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
  "notes": ("西吉县 (固原市) plan issued 2024-04-08 by 西吉县人民政府办公室, body lines 1-87, attachment 重点项目清单 lines 88-133 as three "
            "tab-separated tables (序号, 项目名称, 建设内容, 总投资（万元）, 建设周期, 责任单位), each with its own header row, plus a 合计 row. "
            "The 说明 on line 90 makes the first-listed unit of a cell its lead. No parent plan is supplied: the 固原 city plan is cited by title only. "
            "Six planted slips of six kinds: wrong 文号 year, a construction period later than the task (project 2 vs task 48), a 2014 typo, "
            "an unregistered unit (县商务局), one mojibake run, and the 政务公开 pillar left out (tasks 112/114 uncovered as a result). "
            "Regional tasks due 2023 are taken up in the body without any date, so no dated text sits against a 2023 deadline."),
}
json.dump(key, open(os.path.join(here, "key.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
