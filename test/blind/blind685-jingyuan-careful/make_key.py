# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up in the final draft.txt (1-based), and each anchor must be unique.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "": L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits[0])
    return hits[0]

def row(n):
    # annex table row n (the 序号 cell)
    hits = [i + 1 for i, s in enumerate(L) if s.split("\t")[0] == str(n) and "\t" in s]
    assert len(hits) == 1, n
    return hits[0]

def cell(n, col):
    return L[row(n) - 1].split("\t")[col]

expect = []
def E(rule, line, why, **kw):
    d = {"rule": rule, "line": line}; d.update(kw); d["why"] = why; expect.append(d)

E("deadline-later-than-baseline", ln("到2026年，全县数字政府建设", "2026年"),
  "主要目标: the draft puts the '34567' 体系框架全面成型 goal at 2026; 宁政发〔2023〕17号 主要目标 sets the same goal 到2025年 (全区各级数字政府建设“34567”体系框架全面成型). The annex is itself titled 2024年—2025年.",
  text="2026年")
assert cell(49, 5) == "2025年6月底前"
E("deadline-later-than-baseline", row(49),
  "task 97 (建成完善宁夏自然资源三维立体“一张图”和国土空间基础信息平台) has 完成时限 2024年; the county row puts it at 2025年6月底前. Body line 96 defers to the annex.",
  text="2025年6月底前")
E("basis-mismatch", ln("（宁政办发〔2023〕17号）"),
  "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document), not 宁政办发 (the 办公厅 series); the draft itself cites 宁政发〔2023〕17号 correctly on line 22.",
  text="宁政办发〔2023〕17号")
assert "县信息中心" in cell(23, 4)
E("unknown-unit", row(23),
  "not in units.txt; looks like an old name of 县大数据服务中心, which every other measure uses.",
  text="县信息中心")
E("garbled-text", ln("鐢靛瓙璇佺収"),
  "UTF-8 bytes of 电子证照 read as GBK (re-encode as GBK, decode as UTF-8).",
  text="鐢靛瓙璇佺収")

mnf = []
def M(rule, line, why, **kw):
    d = {"rule": rule, "line": line}; d.update(kw); d["why"] = why; mnf.append(d)

DL = "deadline-later-than-baseline"
# ---- deadlines in the body ----
M(DL, ln("到2024年底，全县电子政务外网"), "2024 goals equal the region's 2024 deadlines: task 48 (城域网 5级全覆盖) 2024年, task 46 (政务信息系统迁移) 2024年, task 86 (“我的宁夏”应上尽上) 2024年, task 93 (适老化与信息无障碍) 2024年", text="2024年底")
M(DL, ln("到2035年，与政府治理能力现代化"), "equal to the region's 到2035年 goal", text="2035年")
M(DL, ln("1.推动特色产业数字化"), "task 2 完成时限 2023年启动，2024年取得明显成效; county 2024年底前 is equal", text="2024年底前")
M(DL, ln("2.提升园区智慧化水平"), "task 3 完成时限 持续推进，2025年取得明显成效; county 2025年底前 equal", text="2025年底前")
M(DL, ln("3.发展智慧文旅"), "task 6 完成时限 持续推进，2025年取得明显成效; county 2025年底前 equal", text="2025年底前")
M(DL, ln("4.完善数字经济治理"), "task 5 完成时限 持续推进，2025年取得明显成效; copied verbatim, equal")
M(DL, ln("1.推进公共服务数字化"), "tasks 7 (2023年形成试点经验，2025年取得明显成效), 8 and 6 (持续推进，2025年取得明显成效): the completing milestone 2025 is equal")
M(DL, ln("2.推进数字乡村建设"), "task 10 完成时限 持续推进，2025年取得明显成效; county 2025年底前 equal", text="2025年底前")
M(DL, ln("3.推进“数字供销”建设"), "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; the county's intermediate milestone (2024年完成县级主要建设任务) is later than 2023 but the completing milestone 2025 is equal, and DOMAIN compares the completing milestone", text="2024年完成县级主要建设任务")
M(DL, ln("4.推进县城智慧化管理"), "task 9 完成时限 持续推进，2025年取得明显成效; equal")
M(DL, ln("1.培育数据要素市场"), "task 12 完成时限 2025年; equal (the sentence avoids task 13's wording, due 2024)", text="2025年")
M(DL, ln("2.营造清朗网络生态"), "长期坚持 with no regional milestone for this item; not a late deadline", text="长期坚持")
M(DL, ln("3.提升安全防护能力"), "task 18 完成时限 2023年形成机制，长期坚持; the county's 长期坚持 adds no later milestone", text="长期坚持")
M(DL, ln("4.提高自主可控水平"), "tasks 46 (2024年), 19 (2023年启动，2024年建成), 43 (2024年建成): county 2024年10月底前 is earlier", text="2024年10月底前")
M(DL, ln("1.以数字化改革助力政府职能转变"), "tasks 20 and 21 完成时限 2024年 (task 22: 2025年); county 2024年底前 equal", text="2024年底前")
M(DL, ln("3.推进数字资源统一登记"), "task 23 完成时限 2024年; county 2024年6月底前 is within 2024", text="2024年6月底前")
M(DL, ln("4.开展试点示范"), "task 28 完成时限 2023年启动，2025年取得明显成效; equal completing milestone")
M("deadline-invalid", ln("对2023年编制的政务数据资源目录"), "retrospective reference to the catalogue compiled in 2023, not a deadline", text="2023年")
M(DL, ln("2.推进政务数据一体化"), "tasks 33 and 34 完成时限 2024年 (task 29: 2023年启动，2025年完成); county 2024年底前 equal or earlier", text="2024年底前")
M(DL, ln("4.推进电子公文和数据开放利用"), "tasks 40, 41, 42 完成时限 2024年; county 2024年底前 equal", text="2024年底前")
M(DL, ln("2.提升网络平台支撑能力"), "tasks 47, 48, 50 完成时限 2024年; county 2024年底前 equal", text="2024年底前")
M(DL, ln("3.推进视频资源整合"), "tasks 49 and 81 完成时限 2025年; county 2025年6月底前 earlier", text="2025年6月底前")
M(DL, ln("5.推进非税收入收缴电子化"), "task 56 完成时限 2025年; equal", text="2025年")
M(DL, ln("（一）健全组织机构。完善县数字政府"), "task 64 完成时限 2025年; county 2024年6月底前 earlier", text="2024年6月底前")
M(DL, ln("1.加强经济数据汇聚治理"), "task 65 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("2.加强经济运行监测预警"), "task 66 完成时限 2025年; equal", text="2025年")
M(DL, ln("2.提升监管精准化智能化水平"), "tasks 70, 71, 74 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("3.加强新业态和重点领域监管"), "tasks 74 and 75 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("1.提升矛盾纠纷化解能力"), "task 77 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("2.提升社会治安防控能力"), "task 79 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("3.提升公共安全保障能力"), "task 80 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("4.提高基层社会治理能力"), "task 83 完成时限 2025年; equal", text="2025年底前")
M(DL, ln("1.打造泛在可及的服务体系"), "task 84 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("4.提供优质便利的涉企服务"), "tasks 88 and 89 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("1.提升生态环保协同治理能力"), "task 94 完成时限 2024年 (task 95: 2025年); county 2024年底前 equal or earlier", text="2024年底前")
M(DL, ln("3.推动绿色低碳转型"), "tasks 101 and 102 完成时限 2025年; equal", text="2025年")
M(DL, ln("1.提升辅助决策能力"), "task 103 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("2.提升行政执行能力"), "tasks 104 and 105 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("1.提升政府信息公开水平"), "tasks 112 and 113 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("2.发挥政务新媒体传播优势"), "task 114 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("3.畅通政民互动渠道"), "task 115 完成时限 2024年; equal", text="2024年底前")
M(DL, ln("（一）加强组织领导。在县委统一领导下"), "task 116 完成时限 2023年完成并长期坚持 and task 121 长期坚持; county 长期坚持", text="长期坚持")
M(DL, ln("（三）提升数字素养。"), "task 118 完成时限 2023年完成并长期坚持; county 长期坚持", text="长期坚持")
M(DL, ln("（四）强化考核评价。"), "tasks 122-124 完成时限 2023年完成（形成机制），长期坚持; county 长期坚持", text="长期坚持")
M(DL, ln("每月5日前向县数字政府建设"), "the office's own monthly reporting date, not a task deadline", text="每月5日前")
M(DL, ln("2025年1月10日前"), "the office's own reporting dates (季度报送, 2024年12月15日 年度总结, 2025年1月10日 汇总报告), not task deadlines", text="2025年1月10日前")
M("deadline-invalid", ln("2024年12月15日前报送年度工作总结"), "reporting date inside the plan year, valid", text="2024年12月15日")
M("deadline-invalid", ln("截至2023年底，全县电子政务外网"), "background: past dates (截至2023年底, 2023年11月) describe work done; 2023年 is the regional task 30 deadline (2023年) reported as met, not a deadline the county sets", text="2023年11月")
M("deadline-invalid", ln("2023年7月，县人民政府调整充实"), "background past date", text="2023年7月")
M("deadline-invalid", ln("2024年3月18日"), "the document's own issue date", text="2024年3月18日")
M("deadline-invalid", [i+1 for i,s in enumerate(L) if s=="泾源县数字政府建设重点任务清单（2024年—2025年）"][0], "the annex's period, not a deadline", text="2024年—2025年")
M("deadline-invalid", ln("3.畅通12345诉求渠道"), "12345 and 110 are hotline numbers, not years", text="12345")
M("deadline-invalid", ln("3.推进基层减负和行政监督"), "50% is a target, not a date; no 完成时限 on this line", text="50%")

# ---- deadlines in the annex ----
annex = {
 1: ("task 2 完成时限 2023年启动，2024年取得明显成效", "equal"),
 2: ("task 3 完成时限 持续推进，2025年取得明显成效", "equal"),
 3: ("task 6 完成时限 持续推进，2025年取得明显成效", "equal"),
 4: ("task 5 完成时限 持续推进，2025年取得明显成效", "equal"),
 5: ("task 7 完成时限 2023年形成试点经验，2025年取得明显成效", "equal completing milestone"),
 6: ("task 8 完成时限 持续推进，2025年取得明显成效", "equal"),
 7: ("task 6 完成时限 持续推进，2025年取得明显成效", "equal"),
 8: ("task 10 完成时限 持续推进，2025年取得明显成效", "equal"),
 9: ("task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效", "intermediate county milestone 2024 is later than 2023, but the completing milestone 2025 is equal"),
 10: ("task 9 完成时限 持续推进，2025年取得明显成效", "equal"),
 11: ("task 12 完成时限 2025年", "equal"),
 12: ("no regional task with a date (网络生态 in the body of 实施意见)", "长期坚持, ongoing"),
 13: ("task 18 完成时限 2023年形成机制，长期坚持", "长期坚持, ongoing, no later milestone"),
 14: ("task 46 完成时限 2024年 (task 19: 2023年启动，2024年建成)", "2024年10月底前 is earlier"),
 15: ("task 20 完成时限 2024年", "equal"),
 16: ("task 21 完成时限 2024年 (task 22: 2025年)", "equal"),
 17: ("task 23 完成时限 2024年", "2024年6月底前 within 2024"),
 18: ("task 28 完成时限 2023年启动，2025年取得明显成效", "equal completing milestone"),
 19: ("tasks 33 and 34 完成时限 2024年", "equal"),
 20: ("task 40 完成时限 2024年", "equal"),
 21: ("task 41 完成时限 2024年", "2024年9月底前 within 2024"),
 22: ("task 42 完成时限 2024年", "equal"),
 24: ("task 50 完成时限 2024年", "equal"),
 25: ("task 49 完成时限 2025年", "2025年6月底前 earlier"),
 26: ("task 56 完成时限 2025年", "equal"),
 27: ("task 57 完成时限 2024年", "equal"),
 28: ("task 58 完成时限 2024年", "equal"),
 29: ("task 54 完成时限 2024年", "equal"),
 30: ("task 64 完成时限 2025年", "2024年6月底前 earlier"),
 31: ("task 65 完成时限 2024年", "equal"),
 32: ("task 66 完成时限 2025年", "equal"),
 33: ("task 70 完成时限 2024年", "equal"),
 34: ("task 71 完成时限 2024年", "equal"),
 35: ("task 73 完成时限 2024年", "equal"),
 36: ("task 77 完成时限 2024年", "equal"),
 37: ("task 79 完成时限 2024年", "equal"),
 38: ("task 80 完成时限 2024年", "equal"),
 39: ("task 83 完成时限 2025年", "equal"),
 40: ("task 83 完成时限 2025年 (智慧社区 pilot)", "2024年底前 earlier"),
 41: ("task 84 完成时限 2024年", "equal"),
 42: ("task 86 完成时限 2024年", "equal"),
 43: ("task 88 完成时限 2024年", "equal"),
 44: ("task 90 完成时限 2024年", "equal"),
 45: ("task 93 完成时限 2024年", "equal"),
 46: ("task 92 完成时限 2025年", "equal"),
 47: ("task 94 完成时限 2024年 (task 95: 2025年)", "equal or earlier"),
 48: ("task 96 完成时限 2025年", "equal"),
 50: ("task 98 完成时限 2024年", "equal"),
 51: ("task 101 完成时限 2025年", "equal"),
 52: ("task 103 完成时限 2024年", "equal"),
 53: ("tasks 104 and 105 完成时限 2024年", "equal"),
 54: ("task 106 完成时限 2025年", "equal"),
 55: ("task 107 完成时限 2025年", "2024年底前 earlier"),
 56: ("task 108 完成时限 长期推进，2024年取得明显成效", "equal"),
 57: ("task 109 完成时限 2024年", "equal"),
 58: ("task 111 完成时限 2025年", "equal"),
 59: ("task 112 完成时限 2024年", "equal"),
 60: ("task 114 完成时限 2024年", "equal"),
 61: ("task 115 完成时限 2024年", "equal"),
 62: ("task 116 完成时限 2023年完成并长期坚持; task 121 长期坚持", "长期坚持, ongoing"),
 63: ("task 118 完成时限 2023年完成并长期坚持", "长期坚持, ongoing"),
 64: ("task 117 完成时限 2024年", "equal"),
 65: ("tasks 122, 123 完成时限 2023年完成，长期坚持", "长期坚持, ongoing"),
}
for n, (t, how) in sorted(annex.items()):
    M(DL, row(n), "annex row %d: %s; county %s (%s)" % (n, t, cell(n, 5), how), text=cell(n, 5))
M(DL, row(23), "annex row 23: tasks 47 and 48 完成时限 2024年; county 2024年底前 equal (the row's only mistake is the unit 县信息中心)", text="2024年底前")

# ---- units ----
UU = "unknown-unit"
M(UU, ln("各乡镇人民政府，县政府各部门、各直属机构"), "addressees; collective subjects", text="各乡镇人民政府")
M(UU, ln("1.推动特色产业数字化"), "县工业信息化和商务局 is one registry name; never split at 和", text="县工业信息化和商务局")
M(UU, ln("2.提升园区智慧化水平"), "县工信商务局 is the registry short name; 固原市生态环境局泾源分局 is a registry name (vertically managed branch), not a city unit", text="固原市生态环境局泾源分局")
M(UU, ln("3.发展智慧文旅"), "泾河源镇人民政府 is in units.txt", text="泾河源镇人民政府")
M(UU, ln("4.完善数字经济治理"), "县委网信办 is the registry name", text="县委网信办")
M(UU, ln("1.推进公共服务数字化"), "three registry units, each named in full, 按职责分别牵头", text="县教育体育局")
M(UU, ln("2.推进数字乡村建设"), "各乡镇人民政府 is a collective; 中国电信泾源分公司 / 中国移动泾源分公司 are non-government units in units.txt", text="中国电信泾源分公司")
M(UU, ln("3.推进“数字供销”建设"), "县供销社 is the short name of 县供销合作社联合社 in units.txt", text="县供销社")
M(UU, ln("4.推进县城智慧化管理"), "县住房和城乡建设局 is one registry name", text="县住房和城乡建设局")
M(UU, ln("1.强化安全管理责任"), "县直各部门（单位） and 各乡镇人民政府 are collectives", text="县直各部门（单位）")
M(UU, ln("4.提高自主可控水平"), "县人民政府办公室（县大数据服务中心）: a registry unit with the registry unit that does the work in brackets", text="县人民政府办公室（县大数据服务中心）")
M(UU, ln("3.推进数字资源统一登记"), "prefix 县 distributes: 县发展改革局 (alias of 县发展和改革局), 县财政局, 县审计局", text="财政局")
M(UU, ln("4.开展试点示范"), "县直有关部门（单位） collective", text="县直有关部门（单位）")
M(UU, ln("2.推进政务数据一体化"), "县人社局, 县市场监管局, 县卫健局, 县应急局 are registry short names", text="县应急局")
M(UU, ln("4.推进电子公文和数据开放利用"), "县政府办 alias; 国网泾源县供电公司 in units.txt", text="国网泾源县供电公司")
M(UU, ln("3.推进视频资源整合"), "县林草局 and 县文旅广电局 are registry short names", text="县文旅广电局")
M(UU, ln("5.推进非税收入收缴电子化"), "县教体局 is the registry short name of 县教育体育局", text="县教体局")
M(UU, ln("1.加强经济数据汇聚治理"), "县人力资源和社会保障局 is one registry name", text="县人力资源和社会保障局")
M(UU, ln("2.提升监管精准化智能化水平"), "承担监管职责的县直有关部门 is a collective", text="承担监管职责的县直有关部门")
M(UU, ln("3.加强新业态和重点领域监管"), "collective as the responsible subject (承担监管职责的县直有关部门分别负责)", text="承担监管职责的县直有关部门")
M(UU, ln("1.提升矛盾纠纷化解能力"), "县人民法院 is in units.txt", text="县人民法院")
M(UU, ln("3.提升公共安全保障能力"), "泾源县气象局 and 县消防救援大队 are in units.txt; 县林业和草原局 one name", text="泾源县气象局")
M(UU, ln("4.提供优质便利的涉企服务"), "县发改局 alias; two leads, first is main lead", text="县发改局")
M(UU, ln("5.拓展公平普惠的民生服务"), "县残联, 县医保局, 县人社局 are registry short names", text="县残联")
M(UU, ln("抄报固原市人民政府办公室"), "recipient of a report, not a responsible unit of a task", text="固原市人民政府办公室")
M(UU, ln("县政务服务中心进驻事项"), "县政务服务中心 is a registry alias of 县审批服务管理局, and here a place in the background", text="县政务服务中心")
M(UU, row(17), "prefix 县 distributes over 财政局、审计局; 县发展改革局 alias", text="财政局、审计局")
M(UU, row(34), "three leads; the annex note says the first listed is the main lead", text="县市场监督管理局、县农业农村局、县卫生健康局")
M(UU, row(40), "香水镇人民政府 is in units.txt", text="香水镇人民政府")
M(UU, row(42), "县审批局 is the registry short name", text="县审批局")
M(UU, row(54), "各村（社区） and 各乡镇 are collectives; the annex note defines 各乡镇", text="各村（社区）")
M(UU, row(10), "县住建局 alias", text="县住建局")
M(UU, row(9), "县供销社 alias", text="县供销社")

# ---- basis ----
BM = "basis-mismatch"
M(BM, ln("（国发〔2022〕14号）"), "correct title and 文号 of the national 指导意见", text="国发〔2022〕14号")
M(BM, ln("（宁政办发〔2023〕11号）"), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (as the 吴忠 plan cites it); the 办发 series is right here", text="宁政办发〔2023〕11号")
M(BM, ln("固原市人民政府《关于加强数字政府建设的实施方案》"), "city plan cited by title alone, no 文号", text="固原市人民政府《关于加强数字政府建设的实施方案》")
M(BM, ln("（宁政办发〔2020〕14号）"), "retrospective mention of the 2020 工作要点 in the background (自…印发以来), not a basis citation", text="宁政办发〔2020〕14号")
M(BM, ln("按照宁政发〔2023〕17号文件"), "correct 文号 of the regional 实施意见", text="宁政发〔2023〕17号")
M(BM, ln("泾政发〔2024〕12号"), "the county's own 文号", text="泾政发〔2024〕12号")
M(BM, ln("《中华人民共和国网络安全法》"), "laws cited by their titles", text="《中华人民共和国数据安全法》")
M(BM, ln("《全国一体化政务大数据体系建设指南》"), "cited by title alone, as task 29 does", text="《全国一体化政务大数据体系建设指南》")
M(BM, ln("结合实际制定本单位工作方案"), "generic 工作方案 of each unit, not a citation title (the region itself says 制定工作方案)", text="工作方案")
# ---- garbled ----
M("garbled-text", ln("2.提升网络平台支撑能力"), "IPv6 is a normal Latin abbreviation", text="IPv6")
M("garbled-text", ln("3.发展智慧文旅"), "place names 胭脂峡, 野荷谷, 老龙潭 are real text", text="胭脂峡")
# ---- pillars ----
for p in ["数字经济","数字社会","数字生态","安全保障","制度规则","数据资源","平台支撑","五个一","六级贯通",
          "经济调节","市场监管","社会管理","公共服务","生态环境保护","政务运行","政务公开",
          "组织领导","财政投入","数字素养","考核评价"]:
    M("missing-pillar", 0, "the draft has a section taking up this pillar", pillar=p)

covers_spec = [
 (2,row(1)),(3,row(2)),(5,row(4)),(6,row(3)),(7,row(5)),(8,row(6)),(9,row(10)),(10,row(8)),(11,row(9)),(12,row(11)),
 (14,ln("1.强化安全管理责任")),(15,ln("1.强化安全管理责任")),(17,ln("2.落实安全制度要求")),(18,row(13)),(19,ln("4.提高自主可控水平")),
 (20,row(15)),(21,row(16)),(23,row(17)),(24,ln("2.健全项目管理机制")),(25,ln("（二）加大财政投入")),(28,row(18)),
 (29,ln("2.推进政务数据一体化")),(31,ln("1.完善数据管理机制")),(32,ln("1.完善数据管理机制")),(33,row(19)),(34,ln("2.推进政务数据一体化")),
 (36,ln("3.深化数据高效共享")),(40,row(20)),(41,row(21)),(42,row(22)),(43,ln("1.强化政务云平台支撑能力")),(46,row(14)),
 (47,row(23)),(48,row(23)),(49,row(25)),(50,row(24)),(54,row(29)),(56,row(26)),(57,row(27)),(58,row(28)),
 (64,row(30)),(65,row(31)),(66,row(32)),(68,ln("1.推进监管事项清单化管理")),(70,row(33)),(71,row(34)),(72,ln("1.推进监管事项清单化管理")),
 (73,row(35)),(74,ln("3.加强新业态和重点领域监管")),(75,ln("3.加强新业态和重点领域监管")),(77,row(36)),(79,row(37)),(80,row(38)),
 (83,row(39)),(84,row(41)),(85,ln("2.提升智慧便捷的服务能力")),(86,row(42)),(87,ln("3.畅通12345诉求渠道")),(88,row(43)),(90,row(44)),
 (92,row(46)),(93,row(45)),(94,row(47)),(96,row(48)),(97,row(49)),(98,row(50)),(101,row(51)),(102,ln("3.推动绿色低碳转型")),
 (103,row(52)),(104,row(53)),(105,row(53)),(106,row(54)),(107,row(55)),(108,row(56)),(109,row(57)),(111,row(58)),
 (112,row(59)),(113,ln("1.提升政府信息公开水平")),(114,row(60)),(115,row(61)),(116,row(62)),(117,row(64)),(118,row(63)),
 (121,row(62)),(122,row(65)),(123,row(65)),(124,ln("（四）强化考核评价。")),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
 "writer": "blind writer, round 685; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("泾源县 (固原市) 2024 实施方案 by a careful office: full 34567 framework, 牵头/配合/完成时限 notes in the body, "
           "保障措施 under 六, and a 65-row task table (tab-separated, lines %d-%d; header on line %d). No parent plan is given: "
           "the draft cites 固原市人民政府《关于加强数字政府建设的实施方案》 by title only and nothing is checked against it. "
           "Five planted mistakes, no deliberate task-uncovered. Body lines 93 and 96 say 完成时限：见附件; their dates are in the annex. "
           "Task 82 (新冠疫情防控) is not taken up on purpose: obsolete by 2024. Tasks never meant for a county (1, 4, 16, 17, 26, 27, 60-63 …) are not taken up."
           ) % (row(1), row(65), row(1) - 1),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
