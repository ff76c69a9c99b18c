#!/usr/bin/env python3
# Builds key.json; every line number is looked up in the final draft.txt (1-based) and checked.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")

def L(sub, within=None):
    """1-based line holding sub; 'within' narrows to lines also holding that text."""
    hits = [i + 1 for i, l in enumerate(lines) if sub in l and (within is None or within in l)]
    assert len(hits) == 1, (sub, within, hits)
    return hits[0]

def chk(line, text):
    assert text in lines[line - 1], (line, text)
    return line

E, M, C = [], [], []
def exp(rule, line, why, **kw):
    d = {"rule": rule, "line": line}; d.update(kw); d["why"] = why
    if "text" in d and line: chk(line, d["text"])
    E.append(d)
def mnf(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = text; chk(line, text)
    d["why"] = why
    M.append(d)

# ---------------- planted mistakes ----------------
exp("basis-mismatch", L("宁政办发〔2023〕17号"), "the region's 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title", text="宁政办发〔2023〕17号")
exp("deadline-later-than-baseline", L("2025年底前实现行政村全覆盖"), "row 19 (城域网升级改造, 电子政务外网延伸到乡村) takes up regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the completing milestone here, written on the second line of the quoted 完成时限 cell, is 2025年底", text="2025年底前")
exp("deadline-later-than-baseline", L("2025年6月底前"), "row 37 (自然资源三维立体“一张图”和国土空间基础信息平台) takes up regional task 97, 完成时限 2024年; 2025年6月 is later", text="2025年6月底前")
exp("deadline-invalid", L("2014年底前"), "row 29 (雪亮工程, regional task 79, 完成时限 2024年): 2014 is a typing slip for 2024 and lies ten years before the document's own year (issued 2024-03-15); not a copied regional deadline", text="2014年底前")
exp("unknown-unit", L("县大数据管理服务局"), "no such county body: the county's big-data body is 县大数据服务中心 (units.txt); 县大数据管理服务局 imitates the city naming (市大数据管理服务局) and is not in units.txt", text="县大数据管理服务局")
exp("unknown-unit", L("自治区党委政法委牵头"), "a regional body (自治区党委政法委) named as 牵头 of a county task in the county's own 分工表 (row 20, 视频资源整合); the county lead would be 县委政法委", text="自治区党委政法委")

# ---------------- near misses ----------------
# basis
mnf("basis-mismatch", L("国发〔2022〕14号"), "correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", text="国发〔2022〕14号")
mnf("basis-mismatch", L("宁政办发〔2020〕14号"), "retrospective mention in the background (2020年以来…): the 2020 工作要点 with its correct title and 文号, not cited as the plan's basis", text="宁政办发〔2020〕14号")
mnf("basis-mismatch", L("海政办发〔2024〕12号"), "the notice's own 文号, not a cited basis", text="海政办发〔2024〕12号")
# dates in the notice
mnf("deadline-invalid", L("2023年全县政务服务事项"), "past date in the background (2023 achievement), not a deadline", text="2023年")
mnf("deadline-invalid", L("2020年以来"), "past date in the background, not a deadline", text="2020年")
mnf("deadline-later-than-baseline", L("到2025年，全县"), "主要目标-style goal 到2025年…“34567”体系框架全面成型 equals the region's 到2025年 goal", text="到2025年")
mnf("deadline-later-than-baseline", L("2024年12月20日前"), "the office's own reporting date (全年工作总结), not a task deadline", text="2024年12月20日前")
mnf("deadline-invalid", L("每季度末月25日前"), "the office's own recurring reporting date", text="每季度末月25日前")
mnf("deadline-invalid", L("2024年3月15日"), "issue date of the notice", text="2024年3月15日")
# equal / earlier / split deadlines in the table
mnf("deadline-later-than-baseline", L("2024年底前取得明显成效"), "task 2 完成时限 2023年启动，2024年取得明显成效: equal", text="2024年底前取得明显成效")
mnf("deadline-later-than-baseline", 20, "task 3 完成时限 持续推进，2025年取得明显成效: equal (row 2 starts on line 19; the date follows the quoted units cell)", text="持续推进，2025年取得明显成效")
mnf("deadline-later-than-baseline", 16, "title of the table (2024年), not a deadline", text="（2024年）")
mnf("deadline-later-than-baseline", L("2024年秋季学期"), "task 7 完成时限 2023年形成试点经验，2025年取得明显成效; the quoted cell's completing milestone (next line) is 2025年: equal; 2024年秋季学期 is an intermediate county step, not the completing milestone", text="2024年秋季学期")
mnf("deadline-later-than-baseline", 24, "task 7: second line of the quoted 完成时限 cell, 2025年 equals the region", text="2025年取得明显成效")
mnf("deadline-later-than-baseline", 29, "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: quoted cell 持续推进 / 2025年取得明显成效, completing milestone equal", text="2025年取得明显成效")
mnf("deadline-later-than-baseline", L("2025年", within="数据要素流通交易"), "task 12 完成时限 2025年: equal", text="2025年")
mnf("deadline-later-than-baseline", L("规范数据交易行为"), "task 13 完成时限 2024年: equal", text="2024年")
mnf("deadline-invalid", L("2023年完成，长期坚持"), "copied regional deadline: tasks 14/15 完成时限 2023年; before the plan's year but equal to the region's, with 长期坚持", text="2023年完成，长期坚持")
mnf("deadline-later-than-baseline", L("2023年完成，长期坚持"), "tasks 14/15 完成时限 2023年: equal", text="2023年完成")
mnf("deadline-invalid", L("2023年形成机制，长期坚持"), "copied regional deadline of task 18 (2023年形成机制，长期坚持), before the plan's year but identical to the region's", text="2023年形成机制，长期坚持")
mnf("deadline-later-than-baseline", L("2024年9月底前", within="行政权力事项"), "task 21 完成时限 2024年 (task 22: 2025年): earlier", text="2024年9月底前")
mnf("deadline-later-than-baseline", 38, "task 23 完成时限 2024年: equal (date after the quoted units cell)", text="2024年")
mnf("deadline-later-than-baseline", L("2024年启动，2025年取得明显成效"), "task 28 完成时限 2023年启动，2025年取得明显成效: the start is later but the completing milestone 2025年 is equal", text="2024年启动，2025年取得明显成效")
mnf("deadline-later-than-baseline", 42, "tasks 33/34 完成时限 2024年: equal (the row spans lines 40-42)", text="2024年")
mnf("deadline-later-than-baseline", L("2024年11月底前"), "task 42 完成时限 2024年: earlier", text="2024年11月底前")
mnf("deadline-later-than-baseline", L("电子公文全流程"), "tasks 40/54 完成时限 2024年: equal", text="2024年")
mnf("deadline-later-than-baseline", L("政务信创云迁移"), "tasks 43 (2024年建成，持续推进) and 46 (2024年): equal", text="2024年")
mnf("deadline-later-than-baseline", L("2024年底前完成城域网升级改造"), "first milestone of the quoted cell (2024年底, 城域网升级改造) is within task 48's 2024年; only the second line (行政村全覆盖 2025年底) is late", text="2024年底前完成城域网升级改造")
mnf("deadline-later-than-baseline", L("视频一张网"), "task 49 完成时限 2025年: equal", text="2025年")
mnf("deadline-later-than-baseline", L("电子印章系统"), "task 53 完成时限 2024年 (task 52: 2025年): earlier", text="2024年9月底前")
mnf("deadline-later-than-baseline", L("非税收入收缴电子化"), "task 56 完成时限 2025年, task 55 2024年: earlier / equal", text="2024年底前")
mnf("deadline-later-than-baseline", 53, "task 64 完成时限 2025年: earlier (2024年6月底前, after the quoted units cell)", text="2024年6月底前")
mnf("deadline-later-than-baseline", L("经济治理基础数据库"), "task 65 完成时限 2024年: equal", text="2024年")
mnf("deadline-later-than-baseline", 57, "tasks 70/71 完成时限 2024年: equal (row spans lines 56-57)", text="2024年")
mnf("deadline-later-than-baseline", L("2024年10月底前"), "task 74 完成时限 2024年: earlier", text="2024年10月底前")
mnf("deadline-later-than-baseline", L("矛盾纠纷多元化解"), "task 77 完成时限 2024年: equal", text="2024年")
mnf("deadline-later-than-baseline", L("智慧应急"), "task 80 完成时限 2024年 (task 81: 2025年): equal", text="2024年")
mnf("deadline-later-than-baseline", 65, "task 83 完成时限 2025年: equal (after the three-line units cell)", text="2025年")
mnf("deadline-later-than-baseline", 67, "task 84 完成时限 2024年: equal", text="2024年")
mnf("deadline-later-than-baseline", L("做强海原专区"), "task 86 完成时限 2024年: earlier", text="2024年6月底前")
mnf("deadline-later-than-baseline", L("接诉即办"), "task 87 完成时限 2023年启动，2025年完成: 2024年底 is earlier", text="2024年底前")
mnf("deadline-later-than-baseline", L("智慧林草"), "task 98 完成时限 2024年: equal", text="2024年")
mnf("deadline-later-than-baseline", L("互联网+城乡供水"), "task 96 完成时限 2025年: equal", text="2025年")
mnf("deadline-later-than-baseline", L("2024年6月底前完成部署"), "task 105 完成时限 2024年: both milestones of the quoted cell (2024年6月 / 2024年底) are within 2024", text="2024年6月底前完成部署")
mnf("deadline-later-than-baseline", L("2024年底前全面推广"), "task 105 完成时限 2024年: equal", text="2024年底前全面推广")
mnf("deadline-later-than-baseline", L("视频会议系统"), "tasks 107/111 完成时限 2025年: equal", text="2025年")
mnf("deadline-later-than-baseline", L("长期推进，2024年取得明显成效"), "task 108 完成时限 长期推进，2024年取得明显成效: identical", text="长期推进，2024年取得明显成效")
mnf("deadline-invalid", L("2023年完成并长期坚持"), "copied regional deadline of task 116 (2023年完成并长期坚持), before the plan's year but identical", text="2023年完成并长期坚持")
mnf("deadline-later-than-baseline", L("数字人才联动机制"), "task 117 完成时限 2024年 (task 120: 2025年): equal / earlier", text="2024年")
mnf("deadline-later-than-baseline", L("长期坚持", within="考核指标"), "task 121 完成时限 长期坚持: identical", text="长期坚持")
# units
mnf("unknown-unit", L("各乡镇人民政府，县直各部门（单位）"), "collective subjects in the address line", text="县直各部门（单位）")
mnf("unknown-unit", 33, "collective subject 县直各部门 on the middle line of a quoted three-line units cell", text="县直各部门")
mnf("unknown-unit", 34, "collective subject 各乡镇人民政府 on the last line of a quoted units cell", text="各乡镇人民政府")
mnf("unknown-unit", 65, "collective subject 各村（社区）", text="各村（社区）")
mnf("unknown-unit", L("县直有关部门（单位）"), "collective subject", text="县直有关部门（单位）")
mnf("unknown-unit", 42, "县大数据服务中心 / 县直各部门 are two entries on two lines of one quoted cell (lines 41-42), not one name", text="县直各部门")
mnf("unknown-unit", 20, "县发展和改革局、应急管理局: the 县 prefix distributes, 应急管理局 = 县应急管理局 (units.txt); second line of a quoted cell", text="应急管理局")
mnf("unknown-unit", 21, "县教育体育局、卫生健康局、人力资源和社会保障局: prefix distributes; 人力资源和社会保障局 must not be split at 和", text="人力资源和社会保障局")
mnf("unknown-unit", 22, "县民政局、文化旅游广电局: prefix distributes; 县文化旅游广电局 is in units.txt", text="文化旅游广电局")
mnf("unknown-unit", 38, "县发展和改革局、财政局: prefix distributes, 财政局 = 县财政局", text="财政局")
mnf("unknown-unit", 59, "县自然资源局、住房和城乡建设局: prefix distributes, 县住房和城乡建设局 is in units.txt (not split at 和)", text="住房和城乡建设局")
mnf("unknown-unit", 18, "县工业信息化和商务局 is one registry name; must not be split at 和", text="县工业信息化和商务局")
mnf("unknown-unit", L("县市场监管局、县农业农村局"), "official short name of 县市场监督管理局 (units.txt alias)", text="县市场监管局")
mnf("unknown-unit", L("县林草局"), "official short name of 县林业和草原局", text="县林草局")
mnf("unknown-unit", L("县政府办、县委办"), "aliases of 县人民政府办公室 and 县委办公室 in units.txt", text="县政府办")
mnf("unknown-unit", L("县政府督查室、县委组织部"), "alias of 县人民政府督查室", text="县政府督查室")
mnf("unknown-unit", L("中卫市生态环境局海原分局"), "the city ecology bureau's county branch, listed in units.txt", text="中卫市生态环境局海原分局")
mnf("unknown-unit", L("国网海原县供电公司"), "public utility listed in units.txt", text="国网海原县供电公司")
mnf("unknown-unit", L("海原县气象局"), "listed in units.txt", text="海原县气象局")
mnf("unknown-unit", L("县农业农村局牵头，各乡镇人民政府具体负责"), "role words (牵头, 具体负责) around a listed unit and a collective", text="各乡镇人民政府")
mnf("unknown-unit", 53, "县委编办 on the second line of a quoted units cell (县人民政府办公室 / 县委编办)", text="县委编办")
mnf("unknown-unit", 49, "the cooperating units of row 20 (县公安局、县交通运输局、县应急管理局) are county units; only the regional lead is wrong", text="县交通运输局")
mnf("unknown-unit", L("海原县人民政府办公室", within="通知"), "the issuing office, listed in units.txt (alias of 县人民政府办公室)", text="海原县人民政府办公室")
# pillars
mnf("missing-pillar", 0, "财政投入 is taken up in the notice (line 6: 统筹现有资金渠道，将数字政府建设经费纳入年度预算)")
mnf("missing-pillar", 0, "考核评价 is taken up by row 46 (line 84) and the notice (line 6)")
mnf("missing-pillar", 0, "数字素养 is taken up by row 45 (人才引进, line 83) and the notice (干部教育培训, line 6)")
mnf("missing-pillar", 0, "五个一/六级贯通 is taken up by rows 23-24 (组织机构, 厘清县乡村三级职责, lines 52-54)")
mnf("missing-pillar", 0, "数字生态 is taken up by rows 8-9 (数据要素市场, 数据交易规则, lines 30-31)")

# ---------------- covers ----------------
cov = [
 (2, "上云用数赋智"), (3, "智慧园区"), (6, "养老托育"), (7, "智慧教育平台"), (8, "互联网+医疗健康"),
 (10, "推进数字乡村建设"), (11, "数字供销"), (12, "数据要素市场"), (13, "规范数据交易行为"),
 (14, "主体责任、监督责任"), (15, "重大事件处置机制"), (18, "动态监控、主动防御"), (21, "行政权力事项网上运行"),
 (23, "一本账"), (28, "数字政府试点"), (33, "基础数据资源库"), (34, "主题数据库"), (40, "电子公文全流程"),
 (54, "电子文件归档"), (42, "公共数据与政务数据融合"), (46, "政务信创云迁移"), (48, "开展县级城域网升级改造"),
 (49, "视频一张网"), (53, "电子印章系统"), (56, "非税收入收缴电子化"), (64, "健全县数字政府建设组织机构"),
 (65, "经济治理基础数据库"), (70, "信用风险分类管理"), (71, "数字化追溯监管"), (74, "屏、端、仪"),
 (77, "矛盾纠纷多元化解"), (79, "雪亮工程"), (80, "智慧应急"), (83, "互联网+基层治理"),
 (84, "网上办、掌上办"), (86, "我的宁夏"), (87, "12345"), (94, "生态环境数据资源中心"),
 (96, "互联网+城乡供水"), (97, "一张图"), (98, "智慧林草"), (104, "协同办公平台"), (105, "宁政通"),
 (107, "视频会议系统"), (108, "公共资源交易全流程"), (112, "政务公开发布格局"), (114, "政务新媒体矩阵"),
 (116, "一把手工程", ), (117, "数字化专业人才引进"), (121, "考核指标"),
]
for t, s in cov:
    C.append({"task": t, "line": L(s, within="主要领导负责制") if t == 116 else L(s)})

key = {
 "writer": "blind writer, round 560; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": E,
 "mustNotFlag": M,
 "covers": C,
 "notes": "海原县 (中卫市) 2024 分工表 copied out of Excel as tab-separated text with no parent plan: a short notice (lines 1-16), a header row (line 17) and 46 task rows; a merged 任务类别 cell is copied into its first row only (empty cell below). Cells holding line breaks are wrapped in double quotes and run over several physical lines (e.g. lines 19-20, 32-34, 46-48, 75-77); a row's 完成时限 may therefore sit two or three lines below its task text. The notice states that the first-listed unit of a cell is the lead. Three rows copy a regional deadline that lies in 2023 (tasks 14/15, 18, 116) and are not errors. 财政投入 is covered only in the notice prose (line 6), not in a table row. Row 23 (组织机构, 2024年6月底前) follows task 64 (2025年), not task 60 (领导小组, a regional-only task due 2023).",
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(E), "expect,", len(M), "mustNotFlag,", len(C), "covers")
