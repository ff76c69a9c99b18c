#!/usr/bin/env python3
# Writes key.json; every line number is found from draft.txt and the quoted text is checked to be on that line.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")

def ln(needle, nth=1):
    hits = [i + 1 for i, s in enumerate(L) if needle in s]
    assert len(hits) >= nth, (needle, hits)
    return hits[nth - 1]

def at(line, text):
    assert text in L[line - 1], (line, text)
    return line

expect = []
def E(rule, needle, text=None, why="", **kw):
    line = ln(needle)
    if text: at(line, text)
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e.update(kw); e["why"] = why
    expect.append(e)

E("basis-mismatch", "《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2022〕17号）", "宁政发〔2022〕17号",
  "the regional 实施意见 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong")
E("deadline-later-than-baseline", "到2026年，全县数字政府建设", "2026年",
  "主要目标: the region says 到2025年 全区各级数字政府建设“34567”体系框架全面成型 (and the parent 吴忠 plan: 到2025年 “1347”体系框架全面成型); the county puts the same goal in 2026")
E("deadline-invalid", "完成时限：2024年6月31日前", "2024年6月31日",
  "June has 30 days: an impossible date (year 2024 itself is not later than tasks 93/90, both 2024年)")
E("deadline-later-than-baseline", "“应上尽上”\t县审批局\t县直有关部门\t2025年6月底前", "2025年6月底",
  "task-list row 26 = regional task 86 (“我的宁夏”政务APP 应上尽上), 完成时限 2024年; the body (line %d) even says 2024年12月底前" % ln("推动县级政务服务、公共服务应用“应上尽上”"))
E("unknown-unit", "\t县经信局、中宁工业园区管委会\t", "县经信局",
  "not in units.txt (the registered body is 县工业和信息化局 = 县工信局, as the body line %d has it); 经信局 is an old name; first-listed, so the lead of the row" % ln("中宁工业园区管委会、县工信局牵头"))
E("garbled-text", "鍏ㄩ潰鏁村悎", "鍏ㄩ潰鏁村悎鏈哄叧",
  "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 全面整合机关事务管理信息系统，推进公务用车和办公用房统一管理")

M = []
def N(rule, needle, why, text=None, nth=1):
    line = ln(needle, nth)
    t = text if text is not None else None
    if t: at(line, t)
    e = {"rule": rule, "line": line}
    if t: e["text"] = t
    e["why"] = why
    M.append(e)

# basis
N("basis-mismatch", "（国发〔2022〕14号）", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
N("basis-mismatch", "（宁政办发〔2023〕11号）", "《数字宁夏“1244+N”行动计划实施方案》 with the same 文号 the 吴忠 plan cites", "宁政办发〔2023〕11号")
N("basis-mismatch", "（宁政办发〔2020〕14号）等部署要求", "retrospective mention of the 2020 工作要点 in the background, not a basis document; 文号 is correct", "宁政办发〔2020〕14号")
N("basis-mismatch", "中宁政办发〔2024〕9号", "the notice's own 文号, not a citation", "中宁政办发〔2024〕9号")
# dates that are not late or invalid
N("deadline-invalid", "2024年3月18日", "date of issue", "2024年3月18日")
N("deadline-invalid", "2023年，县数字政府建设领导小组调整充实", "past date in the background (what was done in 2023), not a deadline", "2023年")
N("deadline-later-than-baseline", "到2024年底，县、乡、村三级", "2024 goals match tasks 48, 46, 93 (all 2024年): equal", "2024年底")
N("deadline-later-than-baseline", "到2035年，与政府治理能力", "equal to the region's (and 吴忠's) 2035 goal", "2035年")
N("deadline-later-than-baseline", "参照县级做法成立数字政府建设工作专班，健全工作体制机制，形成", "task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年: 2024年6月底前 is earlier; not task 60, which is the 自治区 领导小组 (自治区政府办公厅负责)", "2024年6月底前")
N("deadline-later-than-baseline", "\t县政府办公室\t县委编办，各乡镇人民政府", "table row 1 = task 64 (2025年): earlier", "2024年6月底前")
N("deadline-later-than-baseline", "1.融入算力枢纽建设", "task 1, 持续推进，2025年取得明显成效: equal", "2025年取得明显成效")
N("deadline-later-than-baseline", "2.推进智慧园区建设", "task 3, 持续推进，2025年取得明显成效: equal (2024年启动 is only the county's start)", "2025年取得明显成效")
N("deadline-later-than-baseline", "3.推动枸杞产业数字化", "task 2 (产业云), 2023年启动，2024年取得明显成效: 2024年12月底前 is equal; also task 71 (追溯, 2024年)", "2024年12月底前")
N("deadline-later-than-baseline", "4.完善数字经济治理", "task 5 (2025年取得明显成效) earlier; task 75 (2024年) equal", "2024年12月底前")
N("deadline-later-than-baseline", "1.推进公共服务数字化", "tasks 6 and 8 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效): the completing milestone 2025 is equal", "2025年取得明显成效")
N("deadline-later-than-baseline", "2.推进智慧县城建设", "task 9, 持续推进，2025年取得明显成效: equal", "2025年取得明显成效")
N("deadline-later-than-baseline", "3.推进数字乡村建设", "task 10, 持续推进，2025年取得明显成效: equal", "2025年取得明显成效")
N("deadline-later-than-baseline", "1.培育数据要素市场", "task 12, 2025年: equal", "2025年")
N("deadline-later-than-baseline", "3.开展试点示范", "task 28, 2023年启动，2025年取得明显成效: completing milestone 2025 equal", "2025年取得明显成效")
N("deadline-later-than-baseline", "1.推进政务系统上云", "tasks 46 (2024年) and 43 (2024年建成，持续推进): 2024年10月底前 is earlier", "2024年10月底前")
N("deadline-later-than-baseline", "3.推进“视频一张网”建设", "task 49, 2025年: 2024年12月底前 is earlier", "2024年12月底前")
N("deadline-later-than-baseline", "5.推进非税收入收缴电子化", "task 56, 2025年: equal", "2025年")
N("deadline-later-than-baseline", "3.提升基层治理能力", "task 83, 2025年: equal", "2025年")
N("deadline-later-than-baseline", "推动县级政务服务、公共服务应用“应上尽上”", "body: task 86 (2024年) equal, task 87 (2023年启动，2025年完成) earlier; only the table row 26 is late", "2024年12月底前")
N("deadline-later-than-baseline", "2.推进数字治水", "tasks 96 and 100, 2025年: equal", "2025年")
N("deadline-later-than-baseline", "3.推进基层减负", "task 106, 2025年: equal", "2025年")
N("deadline-later-than-baseline", "4.整合视频会议资源", "task 107, 2025年: 2024年12月底前 is earlier", "2024年12月底前")
N("deadline-later-than-baseline", "4.推动绿色低碳转型", "tasks 101 and 102, 2025年: equal", "2025年")
N("deadline-later-than-baseline", "5.提升行政监督和机关事务管理水平", "task 108 (长期推进，2024年取得明显成效) equal; task 111 (2025年) earlier", "2024年12月底前")
N("deadline-later-than-baseline", "2024年12月10日前报送年度工作总结", "the office's own reporting dates (quarterly progress, annual summary), not task deadlines; the sentence sits next to tasks 122-124 (2023年…长期坚持)", "2024年12月10日")
# units
N("unknown-unit", "各乡镇人民政府，县直各部门（单位），中宁工业园区管委会：", "collective addressees; 中宁工业园区管委会 is a registered short name", "各乡镇人民政府")
N("unknown-unit", "各乡镇人民政府，县直各部门（单位）按职责分工负责", "collective subject", "县直各部门（单位）")
N("unknown-unit", "相关乡镇人民政府配合", "collective subject (the pilot townships)", "相关乡镇人民政府")
N("unknown-unit", "县司法局、县市场监管局等县直有关部门配合", "collective subject; 县市场监管局 is a registered short name", "县直有关部门")
N("unknown-unit", "县发改局、财政局、大数据服务中心配合", "prefix 县 distributes: 县财政局, 县大数据服务中心 are registered", "财政局")
N("unknown-unit", "县公安局、交通运输局、应急局、水务局、住建局配合", "prefix distributes: 县交通运输局, 县应急局, 县水务局, 县住建局", "交通运输局")
N("unknown-unit", "县统计局、工信局、商务局配合", "prefix distributes: 县工信局, 县商务局", "工信局")
N("unknown-unit", "宁安镇、石空镇、恩和镇人民政府", "three township governments sharing one suffix; each is registered (宁安镇人民政府 = 宁安镇 …)", "石空镇")
N("unknown-unit", "中卫市生态环境局中宁分局、县应急局按职责分工负责", "registered name of the vertical branch; not to be split or read as a city unit", "中卫市生态环境局中宁分局")
N("unknown-unit", "中国电信中宁分公司、中国移动中宁分公司", "registered operators (units outside government proper)", "中国电信中宁分公司")
N("unknown-unit", "中宁县气象局、县水务局、国网中宁县供电公司配合", "registered units outside government proper", "国网中宁县供电公司")
N("unknown-unit", "县大数据中心、县直各部门（单位）配合", "registered short name of 县大数据服务中心", "县大数据中心")
N("unknown-unit", "推进县人民医院、县中医医院", "hospitals named as objects of the measure, not as responsible units", "县人民医院")
N("unknown-unit", "中宁县消防救援大队配合", "registered unit", "中宁县消防救援大队")
# text
N("garbled-text", "喊叫水乡、徐套乡等山区乡镇", "real township names (喊叫水乡 looks odd but is correct text)", "喊叫水乡")
N("garbled-text", "对照自治区数字政府“34567”体系框架要求", "framework name with digits, not damage", "“34567”")

for pillar, why in [("党的领导", "组织领导、财政投入（资金保障）、数字素养、考核评价 are all taken up under 六、保障措施 (lines %d-%d)" % (ln("（一）加强组织领导"), ln("（四）严格考核评价"))),
                    ("五个一和六级贯通（工作体系）", "section 二 健全工作体系 (lines %d-%d): 组织机构, 六级贯通 层级职责, 工作机制 — a county plan folds 五个一 into its own bodies" % (ln("二、健全工作体系"), ln("（三）完善工作机制")))]:
    M.append({"rule": "missing-pillar", "line": 0, "pillar": pillar, "why": why})

covers = []
def C(task, needle):
    covers.append({"task": task, "line": ln(needle)})
for t, n in [
 (64, "（一）健全组织机构"), (1, "1.融入算力枢纽建设"), (3, "2.推进智慧园区建设"), (2, "3.推动枸杞产业数字化"),
 (5, "4.完善数字经济治理"), (6, "1.推进公共服务数字化"), (7, "1.推进公共服务数字化"), (8, "1.推进公共服务数字化"),
 (9, "2.推进智慧县城建设"), (10, "3.推进数字乡村建设"), (11, "4.推进“数字供销”建设"), (12, "1.培育数据要素市场"),
 (14, "1.压实安全管理责任"), (15, "1.压实安全管理责任"), (17, "2.落实安全制度要求"), (18, "3.提升安全防护能力"),
 (21, "1.推动行政权力网上运行"), (23, "2.规范政务信息化项目管理"), (28, "3.开展试点示范"), (32, "1.健全数据管理机制"),
 (39, "2.推进数据按需回流"), (34, "3.配合建设主题数据库"), (41, "4.推进公共数据开放"), (42, "4.推进公共数据开放"),
 (40, "5.加强电子文件和档案管理"), (54, "5.加强电子文件和档案管理"), (46, "1.推进政务系统上云"), (47, "2.提升网络支撑能力"),
 (48, "2.提升网络支撑能力"), (50, "2.提升网络支撑能力"), (49, "3.推进“视频一张网”建设"), (52, "4.强化共性应用支撑"),
 (53, "4.强化共性应用支撑"), (57, "4.强化共性应用支撑"), (56, "5.推进非税收入收缴电子化"), (66, "1.加强经济运行监测分析"),
 (110, "2.提升财政管理数字化水平"), (70, "1.提升监管精准化水平"), (69, "1.提升监管精准化水平"), (71, "2.推进重点领域追溯监管"),
 (74, "3.提升监管智能化水平"), (77, "1.提升矛盾纠纷化解能力"), (79, "2.提升社会治安和公共安全保障能力"), (80, "2.提升社会治安和公共安全保障能力"),
 (83, "3.提升基层治理能力"), (84, "1.打造泛在可及的服务体系"), (86, "2.提升智慧便捷服务能力"), (87, "2.提升智慧便捷服务能力"),
 (88, "3.提供优质便利的涉企服务"), (89, "3.提供优质便利的涉企服务"), (93, "4.拓展公平普惠的民生服务"), (90, "4.拓展公平普惠的民生服务"),
 (94, "1.加强生态环境智慧监测"), (96, "2.推进数字治水"), (100, "2.推进数字治水"), (97, "3.提升自然资源管理数字化水平"),
 (98, "3.提升自然资源管理数字化水平"), (102, "4.推动绿色低碳转型"), (103, "1.提升辅助决策能力"), (104, "2.提升行政执行能力"),
 (105, "2.提升行政执行能力"), (106, "3.推进基层减负"), (107, "4.整合视频会议资源"), (108, "5.提升行政监督和机关事务管理水平"),
 (112, "1.提升政府信息公开水平"), (113, "1.提升政府信息公开水平"), (114, "2.发挥政务新媒体传播优势"), (115, "3.畅通政民互动渠道"),
 (116, "（一）加强组织领导"), (25, "（二）强化资金保障"), (118, "（三）提升数字素养"), (122, "（四）严格考核评价"),
 (123, "（四）严格考核评价"), (124, "（四）严格考核评价")]:
    C(t, n)

key = {
 "writer": "blind writer, round 864; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("County plan of 中宁县 for 2024 (issued 2024-03-18), 143 lines: notice, 总体要求, 二 工作体系, 三 三个驱动, 四 四个支撑, 五 七个能力, 六 保障措施, "
           "then a 35-row task table (lines %d-%d, header at %d) with the note that the first-listed lead is the main lead. "
           "Six planted slips: wrong year in the regional 文号, a 主要目标 goal one year late, an impossible day (6月31日), a late table deadline for task 86, "
           "an old unit name (县经信局) as lead, one mojibake sentence. "
           "Body and table disagree on purpose twice: task 86 (body 2024年12月底前, table 2025年6月底前: only the table is late) and task 93 (body 2024年6月31日前, table 2024年12月底前: only the body is invalid). "
           "Tasks whose regional deadline is 2023 (14, 15, 17, 18, 25, 32, 116, 118, 122-124) are taken up without a county date on purpose. "
           "In reality 中宁县 belongs to 中卫市; the round brief names wuzhong as parent, so the draft names no city plan (按照市委、市政府…工作部署) and the parent serves only for goal comparison. "
           "Not taken up (task-uncovered information is not annotated): e.g. 24, 30, 31, 36, 55, 58, 59, 65, 67, 68, 72, 73, 76, 85, 92, 95, 109, 117, 121; 111 sits only in the garbled run.")
           % (ln("1\t各乡镇、县直各部门"), len([s for s in L if s]) , ln("序号\t重点任务")),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
