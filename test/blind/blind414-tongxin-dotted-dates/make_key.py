# -*- coding: utf-8 -*-
# Builds key.json for blind414; every line number is looked up in draft.txt by its text.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(text, nth=1, must=None):
    hits = [i for i, l in enumerate(L, 1) if text in l]
    assert hits, text
    if must is not None:
        assert must in hits, (text, must, hits)
        return must
    return hits[nth - 1]

def row(no):
    hits = [i for i, l in enumerate(L, 1) if l.split("\t")[0] == str(no) and l.count("\t") == 4]
    assert len(hits) == 1, no
    return hits[0]

def rowdl(no):
    return L[row(no) - 1].split("\t")[4]

E, N, C = [], [], []
def exp(rule, line, text, why): E.append({"rule": rule, "line": line, "text": text, "why": why})
def nf(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line)
        d["text"] = text
    d["why"] = why
    N.append(d)

DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"

# ---------------- expect (planted) ----------------
l = ln("宁政发〔2023〕11号"); assert l == 9
exp(BM, l, "宁政发〔2023〕11号", "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; 〔2023〕11号 is the 宁政办发 number of the 数字宁夏“1244+N” plan cited right after it (slip between the two)")
assert rowdl(17) == "2025.06"
exp(DL, row(17), "2025.06", "row 17 (外网升级改造、骨干网扩容、互联网出口带宽) is regional task 47, 完成时限 2024年; 2025.06 is later")
assert rowdl(37) == "2024.04—2025.03"
exp(DL, row(37), "2025.03", "row 37 (“宁政通”移动办公总门户, 县乡村三级接入) is regional task 105, 完成时限 2024年; the period 2024.04—2025.03 ends in 2025 (also contradicts the 2024.12 goal on line 14)")
l = ln("2025-06前完成全县政府网站、政务新媒体和政务服务场所适老化")
exp(DL, l, "2025-06", "适老化与信息无障碍改造 is regional task 93, 完成时限 2024年; 2025-06 is later")
assert rowdl(22) == "2024.13"
exp(DI, row(22), "2024.13", "month 13 does not exist (slip for 2024.12); row 22 is regional task 57 (2024年)")
l = ln("2014.12底前完成各部门非涉密业务专网")
exp(DI, l, "2014.12", "2014 is ten years before the plan's own year 2024 (slip for 2024.12); the sentence is regional task 50 (2024年)")
exp(UU, row(41), "县网信局", "no such county unit; the registry has 县委网信办 (the 网信 office is a 县委 body, not a 局)")

# ---------------- mustNotFlag ----------------
# basis
nf(BM, 2, "the draft's own 文号 (同政办发〔2024〕18号), not a cited basis document", "同政办发〔2024〕18号")
nf(BM, 9, "correct: 国发〔2022〕14号 is the 国务院 指导意见", "国发〔2022〕14号")
nf(BM, 9, "correct: 宁政办发〔2023〕11号 is the 数字宁夏“1244+N”行动计划实施方案 (the 吴忠 plan cites it the same way)", "宁政办发〔2023〕11号")
nf(BM, 9, "吴忠 city plan cited by title alone with its issue date (it has no 文号); title exactly 《关于加强数字政府建设的实施方案》", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
nf(BM, 11, "retrospective mention of the 2020 工作要点 in the background section, not a basis of this plan", "宁政办发〔2020〕14号")
# dates that are not deadlines
nf(DI, 4, "date of the county executive meeting written with dots (2024.3.15), not a deadline", "2024.3.15")
nf(DI, 6, "the notice's own issue date written with dots", "2024.3.22")
nf(DI, 9, "issue date of the 吴忠 city plan (2023.11.27), a past document date, not a deadline", "2023.11.27")
nf(DI, 11, "background: past date when the leading group was set up (2022.10)", "2022.10")
nf(DI, 11, "background: status as of the end of 2023 (截至2023.12底), not a deadline", "2023.12底")
nf(DL, 11, "figure with a decimal point (96.2%), not a date", "96.2%")
nf(DL, 14, "goal 到2024.12 (外网三级全覆盖 task 48, 信创云迁移 tasks 43/46, 宁政通 task 105: all 2024年) is equal to the regional deadlines; 98.5% is a figure", "2024.12")
nf(DL, 15, "goal 到2025.12 体系框架全面成型 equals the region's 到2025年 goal and 吴忠's 到2025年 goal", "2025.12")
nf(DL, 16, "到2035年 equals the region's and 吴忠's 2035 goal", "2035")
nf(DL, 19, "2024.6底前 配齐数据专员/各乡镇参照县级成立机构 is regional task 64 (2025年): earlier", "2024.6底前")
nf(DL, 21, "the office's own monthly reporting date (每月5日前), not a task deadline", "每月5日前")
nf(DL, 23, "智慧园区 is regional task 3 (持续推进，2025年取得明显成效): 2025.12 is equal", "2025.12")
nf(DL, 24, "period 2024.03—2025.12 for 国家智慧教育平台 (task 7, 2023年形成试点经验，2025年取得明显成效) ends in 2025: equal", "2024.03—2025.12")
nf(DL, ln("2025.12前实现数字农业农村服务村级覆盖"), "数字乡村 is regional task 10 (持续推进，2025年取得明显成效): equal", "2025.12前实现数字农业农村服务村级覆盖")
nf(DL, 31, "行政权力事项网上运行 is regional task 21 (2024年): 2024.10 is earlier", "2024.10")
nf(DL, 32, "基础库对接 is regional task 33 (2024年; 主题库 task 34 also 2024年): 2024/10/31 written with slashes is earlier", "2024/10/31")
nf(DL, 34, "信创云迁移 is regional task 46 (2024年) / 43 (2024年建成): 2024.09 is earlier", "2024.09")
nf(DL, 35, "县乡村三级外网全覆盖 is regional task 48 (2024年): 2024.6底前 is earlier", "2024.6底前")
nf(DL, 35, "视频共享平台 is regional task 49 (2025年): 2025-06 is earlier; IPv6 and 5G are not dates", "2025-06")
nf(DL, 36, "非税收入收缴电子化 is regional task 56 (2025年): 2025.06 is earlier", "2025.06")
nf(DL, 42, "互联网+城乡供水 is regional task 96 (2025年): 2025.12 is equal", "2025.12")
nf(DL, 43, "“宁政通”2.0版 is a version number, not a date", "2.0版")
nf(DL, 43, "2025-06 belongs to the 填表报数系统/压减50% sentence = regional task 106 (2025年): earlier, although the sentence names 宁政通 (task 105 is 2024年)", "2025-06")
nf(DL, 50, "the office's own reporting dates (每季度末月25日前, 2024/12/20 for the annual summary), not task deadlines", "2024/12/20")
nf(DL, 51, "the task list's period 2024—2025年 in the annex title, not a deadline", "2024—2025年")
nf(DL, 53, "the note explaining the date notation quotes 2024.12 and 2024.03—2024.12 as examples; not deadlines", "2024.03—2024.12")
# task rows
rows_ok = [
 (1, 2, "2023年启动，2024年取得明显成效", "equal"),
 (2, 3, "持续推进，2025年取得明显成效", "equal"),
 (3, 6, "持续推进，2025年取得明显成效", "earlier"),
 (4, 7, "2023年形成试点经验，2025年取得明显成效", "a period ending in 2025: equal"),
 (5, 8, "持续推进，2025年取得明显成效", "equal"),
 (6, 10, "持续推进，2025年取得明显成效", "equal"),
 (7, 12, "2025年", "equal"),
 (8, 64, "2025年", "earlier"),
 (9, 21, "2024年", "earlier"),
 (10, 22, "2025年", "earlier"),
 (11, 28, "2023年启动，2025年取得明显成效", "equal"),
 (12, 33, "2024年", "written with slashes: earlier"),
 (13, 34, "2024年", "equal"),
 (14, 40, "2024年", "equal"),
 (15, 41, "2024年", "earlier"),
 (16, 46, "2024年", "earlier"),
 (18, 48, "2024年", "a period ending before the regional deadline: earlier"),
 (19, 49, "2025年", "written with a dash: earlier"),
 (20, 54, "2024年", "a period ending in 2024: equal"),
 (21, 56, "2025年", "earlier"),
 (23, 66, "2025年", "equal"),
 (24, 71, "2024年", "equal"),
 (25, 74, "2024年", "equal"),
 (26, 77, "2024年", "equal"),
 (27, 79, "2024年", "equal"),
 (28, 80, "2024年", "earlier"),
 (29, 83, "2025年", "earlier"),
 (30, 86, "2024年", "earlier"),
 (31, 89, "2024年", "equal"),
 (32, 90, "2024年", "equal"),
 (33, 94, "2024年", "equal"),
 (34, 96, "2025年", "equal"),
 (35, 98, "2024年 (task 97 also 2024年)", "earlier"),
 (36, 104, "2024年", "equal"),
 (38, 107, "2025年", "earlier"),
 (39, 108, "长期推进，2024年取得明显成效", "equal"),
 (40, 112, "2024年", "equal"),
 (41, 114, "2024年", "earlier"),
 (42, 115, "2024年", "equal"),
]
for no, task, reg, rel in rows_ok:
    nf(DL, row(no), "row %d is regional task %d (完成时限 %s): %s %s" % (no, task, reg, rowdl(no), rel), rowdl(no))
# units
nf(UU, 3, "addressees 各乡镇人民政府 and 县直各部门（单位） are collective subjects", "县直各部门（单位）")
nf(UU, row(3), "县直有关部门 / 各乡镇人民政府: collective subjects", "县直有关部门")
nf(UU, row(5), "prefix 县 distributes: 县卫健局、医保局 = 县卫健局 (alias of 县卫生健康局) and 县医保局 (alias of 县医疗保障局)", "医保局")
nf(UU, row(10), "县审批局、市场监管局 = 县审批局 and 县市场监管局 (registry aliases) by prefix distribution", "市场监管局")
nf(UU, row(12), "县人社局、自然资源局、市场监管局: prefix distributes to 县自然资源局, 县市场监管局", "自然资源局")
nf(UU, row(23), "县发改局、工业信息化和商务局、统计局: prefix distributes to 县工业信息化和商务局, 县统计局; 县发改局 is the registry alias of 县发展和改革局", "工业信息化和商务局")
nf(UU, row(24), "县市场监管局、农业农村局: prefix distributes to 县农业农村局", "农业农村局")
nf(UU, row(25), "承担监管职责的县直有关部门（单位）: collective subject (county form of 承担监管职责的自治区有关部门（单位）)", "承担监管职责的县直有关部门（单位）")
nf(UU, row(29), "各乡镇人民政府 and 各村（社区）: collective subjects", "各村（社区）")
nf(UU, row(32), "县文旅广电局、教育体育局、档案馆: prefix distributes to 县教育体育局, 县档案馆; 县文旅广电局 is the alias of 县文化旅游广电局", "教育体育局")
nf(UU, row(33), "吴忠市生态环境局同心分局 is listed whole in units.txt (the county's environment office is a branch of the city bureau); must not be split", "吴忠市生态环境局同心分局")
nf(UU, row(28), "县应急局 is the registry alias of 县应急管理局; 县消防救援大队 is listed", "县应急局")
nf(UU, row(2), "同心工业园区管委会 is listed in units.txt", "同心工业园区管委会")
nf(UU, 21, "县数字政府建设领导小组办公室 is the draft's own coordinating office, listed in units.txt", "县数字政府建设领导小组办公室")
nf(UU, 48, "县委党校 is listed; 宁夏干部教育培训网络学院 is a training platform, not a responsible unit", "县委党校")

# ---------------- covers ----------------
cov = [(2,row(1)),(3,row(2)),(6,row(3)),(7,row(4)),(8,row(5)),(10,row(6)),(12,row(7)),(64,row(8)),
       (21,row(9)),(22,row(10)),(28,row(11)),(33,row(12)),(34,row(13)),(40,row(14)),(41,row(15)),(46,row(16)),
       (47,row(17)),(48,row(18)),(49,row(19)),(54,row(20)),(56,row(21)),(57,row(22)),(66,row(23)),(71,row(24)),
       (74,row(25)),(77,row(26)),(79,row(27)),(80,row(28)),(83,row(29)),(86,row(30)),(89,row(31)),(90,row(32)),
       (94,row(33)),(96,row(34)),(97,row(35)),(98,row(35)),(104,row(36)),(105,row(37)),(107,row(38)),(108,row(39)),
       (112,row(40)),(114,row(41)),(115,row(42)),
       (9,ln("一网统管")),(11,ln("“数字供销”示范区")),(14,ln("强化安全管理责任")),(15,ln("重大事件处置机制")),
       (17,ln("落实安全制度要求")),(18,ln("提升安全防护能力")),(50,ln("2014.12底前")),(93,ln("适老化与信息无障碍改造")),
       (106,ln("填表报数系统")),(116,ln("一把手工程")),(25,ln("多渠道投入的资金保障机制")),(118,ln("干部数字化能力培训")),
       (122,ln("纳入县效能目标管理考核")),(123,ln("综合考核评价的重要参考")),(124,ln("建立容错和奖惩机制")),
       (36,ln("政务数据供需对接机制")),(30,ln("政务数据“一本账”")),(68,ln("照单监管"))]
for t, l in cov: C.append({"task": t, "line": l})

key = {
 "writer": "blind writer, round 414; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": E,
 "mustNotFlag": N,
 "covers": C,
 "notes": ("同心县 county plan (2024) exported from a spreadsheet-minded template: every date is numeric with dots, dashes or slashes "
           "(2024.12 = end of December 2024; 2024.6底前; 2025-06; 2024/10/31; periods 2024.03—2024.12 whose end is the deadline, as the note on line 53 says). "
           "Seven planted mistakes over four rules: one basis-mismatch (wrong 文号 for the regional 实施意见), three late deadlines "
           "(a task-row month, a task-row period whose end runs into 2025, a running-text date with a dash), two impossible deadlines "
           "(month 13; year 2014 in a 2024 plan) and one unknown unit (县网信局). No task is deliberately left out. "
           "Regional tasks due 2023年 (14, 15, 17, 18, 30, 36, 68, 85, 116, 118, 122-124 …) are taken up only in undated running text, so no copied pre-2024 deadline occurs. "
           "For the period on row 37 the offending end is 2025.03 (period as written: 2024.04—2025.03)."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(E), len(N), len(C))
