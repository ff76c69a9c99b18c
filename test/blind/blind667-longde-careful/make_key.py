# -*- coding: utf-8 -*-
# Builds key.json with line numbers looked up in the final draft.txt (1-based).
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(sub, start=None):
    """1-based line holding sub; sub must occur on exactly one line (or start= a prefix that picks the line)."""
    hits = [i + 1 for i, l in enumerate(L) if sub in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (sub, start, hits)
    return hits[0]

def row(n):
    """line of annex table row n"""
    return ln("\t", start=f"{n}\t")

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line

E, M, C = [], [], []
def exp(rule, line, text, why):
    E.append({"rule": rule, "line": chk(line, text), "text": text, "why": why})
def mnf(rule, line, text, why):
    if line: chk(line, text)
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    M.append(d)
def cov(task, line):
    C.append({"task": task, "line": line})

# ---------------- planted mistakes ----------------
exp("basis-mismatch", ln("确定的“三个驱动"), "自治区人民政府关于加强数字政府建设的实施方案",
    "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the 体系框架 paragraph cites it as 《…实施方案》 (the preamble has it right; slip from the county's and the city's own 实施方案 titles)")
exp("unknown-unit", ln("配合单位：县信息中心"), "县信息中心",
    "not in units.txt; the county body is 县大数据服务中心 (= 县大数据中心). 县信息中心 is an outdated name that survives in one body note; the annex row for the same work names 县大数据中心")
exp("deadline-later-than-baseline", row(28), "2025年6月底前",
    "annex row 28 (城域网升级改造, 县乡村三级电子政务外网全覆盖) = regional tasks 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖, 完成时限 2024年) and 47 (电子政务外网升级改造, 2024年); 2025 is later")
exp("deadline-later-than-baseline", ln("适老化与信息无障碍改造"), "2025年",
    "sentence '到2025年，全县各级政府网站、政务移动端和政务服务场所全面完成适老化与信息无障碍改造' takes up regional task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年")
exp("deadline-invalid", row(58), "6月31日",
    "annex row 58 (宁政通 三级全覆盖) due '2024年6月31日前': June has 30 days. The year itself equals regional task 105 (2024年)")

# ---------------- near misses: basis ----------------
pre = ln("国发〔2022〕14号")
mnf("basis-mismatch", pre, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
mnf("basis-mismatch", pre, "《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "the baseline cited in the preamble with its correct title and 文号")
mnf("basis-mismatch", pre, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 with its real 文号 (cited the same way by the 吴忠 plan in the seeds); an additional basis, not the baseline")
mnf("basis-mismatch", pre, "固原市人民政府《关于加强数字政府建设的实施方案》", "the parent city's plan cited by title alone, as city plans often have no 文号; its title (实施方案) is right for a city plan")
mnf("basis-mismatch", ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention in 发展基础 ('自…印发以来') of the 2020 工作要点, with its correct title and 文号; not cited as a basis")
mnf("basis-mismatch", 2, "隆政办发〔2024〕9号", "the notice's own 文号")
mnf("basis-mismatch", 1, "《隆德县加强数字政府建设实施方案》", "the county's own plan title in the 印发 notice")
mnf("basis-mismatch", ln("全国一体化政务大数据体系建设指南"), "《全国一体化政务大数据体系建设指南》", "national guide cited by title exactly as regional task 29 cites it; no 文号 given, none needed")

# ---------------- near misses: invalid / past dates ----------------
mnf("deadline-invalid", 6, "2024年2月6日", "the notice's issue date")
mnf("deadline-invalid", ln("宁政办发〔2020〕14号"), "2020年", "year inside the title of a retrospectively mentioned document")
mnf("deadline-invalid", ln("2023年，我县成立"), "2023年", "past date in the 发展基础 background (what was done in 2023), not a deadline")
mnf("deadline-invalid", ln("在2023年已建立"), "2023年", "past date: mechanism already set up in 2023; the sentence sets no deadline")
mnf("deadline-invalid", row(17), "2023年已形成机制，长期坚持", "copied/retrospective form of regional task 18's deadline (2023年形成机制，长期坚持): mechanism already formed, kept up; a copied regional deadline before the plan year")
mnf("deadline-invalid", ln("2024年2月29日前确定"), "2024年2月29日", "valid date (2024 is a leap year); the office's own filing date, after the 2024-02-06 issue date")
mnf("deadline-invalid", row(2), "2024年2月29日前", "valid leap-day date; office's own filing date")
mnf("deadline-invalid", row(25), "2024年11月30日前", "valid date (November has 30 days); regional task 41 is due 2024年, so also not late")
mnf("deadline-invalid", ln("每季度末月25日前"), "每季度末月25日前", "the office's own recurring reporting dates (quarterly, 每年12月20日前), no year")
mnf("deadline-invalid", ln("隆德县数字政府建设重点任务清单（2024—2025年）", start="隆德县"), "2024—2025年", "period covered by the annex table, not a deadline")

mnf("deadline-invalid", ln("附件：隆德县数字政府建设重点任务清单"), "2024—2025年", "period of the annex named in the 附件 line, not a deadline")
mnf("deadline-invalid", ln("需要在2024年至2025年集中攻坚"), "2024年至2025年", "the plan period in the background paragraph, not a deadline")
mnf("deadline-invalid", ln("2.完成时限为“持续推进”"), "每年12月20日前", "office's own annual reporting date for ongoing tasks, no year")
mnf("deadline-later-than-baseline", ln("2.落实安全制度要求"), "每年至少开展1次", "recurring annual inspection; task 17 (2023年) is a regional task (自治区党委国安办牵头) and no completion year is set here")
# ---------------- near misses: deadlines equal / earlier ----------------
D = "deadline-later-than-baseline"
mnf(D, ln("到2024年底，县级数字政府工作体系"), "到2024年底", "goal: 政务信创云迁移, 我的宁夏, 宁政通 equal regional tasks 43/86/105 (2024年); the county work system is earlier than task 64 (各地各部门…成立相应的组织机构, 2025年). The region's 2023 goal on '五个一' concerns 自治区本级 only")
mnf(D, ln("到2025年，全县数字政府建设"), "到2025年", "equal to the regional 主要目标 '到2025年…“34567”体系框架全面成型'")
mnf(D, ln("到2035年"), "到2035年", "equal to the regional 2035 goal")
mnf(D, ln("2024年3月底前完成领导小组"), "2024年3月底前", "county's own leading group: regional task 64 (各地各部门参照自治区做法，成立相应的组织机构, 2025年) → earlier. Task 60 (2023年) is about the 自治区 leading group (自治区政府办公厅负责), not a county task")
mnf(D, row(1), "2024年3月底前", "task 64, 2025年 → earlier (see body line)")
mnf(D, ln("2024年底前建成县级指挥调度中心"), "2024年底前", "指挥调度中心 is in the region's 厘清层级职责 text without a date; nearest task 81 (统一的视频指挥调度体系) is 2025年 → earlier")
mnf(D, ln("接入自治区产业云平台"), "2024年底前", "task 2 (产业云, 汇聚企业产业生产销售数据), 2023年启动，2024年取得明显成效 → equal")
mnf(D, ln("2.建设智慧园区"), "2025年取得明显成效", "task 3 (智慧园区), 持续推进，2025年取得明显成效 → equal; 2024 一期 is an earlier intermediate step")
mnf(D, row(5), "2025年取得明显成效", "task 3, 持续推进，2025年取得明显成效 → equal")
mnf(D, ln("1.推进公共服务数字化"), "2025年取得明显成效", "task 6, 持续推进，2025年取得明显成效 → equal")
mnf(D, ln("2.深化智慧教育"), "2024年底前", "task 7 (国家智慧教育平台整省试点), 2023年形成试点经验，2025年取得明显成效; the county milestone is a different, local measure and precedes the completing 2025 milestone")
mnf(D, ln("3.推进“互联网+医疗健康”"), "2025年取得明显成效", "task 8, 持续推进，2025年取得明显成效 → equal")
mnf(D, ln("4.建设智慧县城"), "2025年取得明显成效", "task 9, 持续推进，2025年取得明显成效 → equal")
mnf(D, ln("5.推进数字乡村建设"), "2025年底前", "task 10, 持续推进，2025年取得明显成效 → 2024 (光网/5G) earlier, 2025 (平台) equal")
mnf(D, ln("7.发展智慧文旅"), "2025年取得明显成效", "part of task 6 (文化旅游 服务数字化), 2025年 → equal")
mnf(D, ln("8.推进“互联网+养老”"), "2024年底前", "part of task 6 (养老托育 服务数字化), 2025年 → earlier")
mnf(D, ln("1.培育数据要素市场"), "2025年", "task 12 (数据要素市场), 完成时限 2025年 → equal")
mnf(D, ln("2.营造规范有序的政策环境"), "2024年底前", "task 13 (公平竞争审查等制度), 2024年 → equal")
mnf(D, row(17), "2023年已形成机制，长期坚持", "task 18, 2023年形成机制，长期坚持 → equal")
mnf(D, ln("1.推动政府职能数字化转型"), "2024年底前", "task 21 (行政权力事项网上运行), 2024年 → equal")
mnf(D, ln("2.强化审管协同"), "2025年6月底前", "task 22 (审管协同), 2025年 → earlier")
mnf(D, ln("3.纳入数字资源“一本账”"), "2024年9月底前", "task 23 (数字资源管理系统, 一本账), 2024年 → equal")
mnf(D, ln("4.开展试点示范"), "力争2025年", "task 28 (试点示范), 2023年启动，2025年取得明显成效 → equal")
mnf(D, ln("2.推进数据归集治理"), "2025年底前", "task 33/34 (基础库、主题库), 2024年 → equal; task 29 (一体化政务大数据体系), 2023年启动，2025年完成 → equal; separate sentences")
mnf(D, ln("3.深化数据高效共享"), "2024年底前", "task 40 (电子公文档案数据共享利用), 2024年 → equal; the 供需对接 sentence (task 36, 2023年) carries no date")
mnf(D, ln("4.推进数据开放和融合应用"), "2024年底前", "task 41 (公共数据开放), 2024年 → equal")
mnf(D, ln("1.强化政务云支撑能力"), "2024年底前", "task 43 (政务信创云), 2024年建成，持续推进; task 46, 2024年 → equal")
mnf(D, ln("3.整合视频资源"), "2025年6月底前", "task 49 (视频共享平台, 视频一张网), 2025年 → earlier")
mnf(D, ln("4.加强共性应用支撑"), "2024年底前", "task 52 (证照在就医上学等社会化高频场景), 2025年 → earlier; task 54 (电子文件归档), 2024年 → equal")
mnf(D, ln("5.推进非税收入电子化"), "2024年底前", "task 56 (非税收入收缴电子化), 2025年 → earlier")
mnf(D, ln("6.完善信用和地理信息服务"), "2024年底前", "task 57 (信用信息公共服务平台), 2024年 → equal")
mnf(D, ln("1.加强经济数据汇聚"), "2024年底前", "task 65 (经济治理基础数据库), 2024年 → equal")
mnf(D, ln("2.加强经济运行监测预警"), "2025年底前", "task 66 (经济运行大数据平台), 2025年 → equal")
mnf(D, ln("1.提升监管精准化水平"), "2024年底前", "task 70 (企业信用风险分类, 差异化监管), 2024年 → equal; the 照单监管 sentence (task 68, 2023年) has no date")
mnf(D, ln("2.提升监管协同化水平"), "2024年底前", "task 73 (消费维权一件事, 协同监管), 2024年 → equal; the 互联网+监管 对接 sentence (task 72, 2023年) has no date")
mnf(D, ln("3.提升监管智能化水平"), "2024年底前", "tasks 71/74 (追溯监管, 新型监管手段), 2024年 → equal")
mnf(D, ln("1.提升社会矛盾化解能力"), "2024年底前", "task 77 (矛盾纠纷多元化解), 2024年 → equal")
mnf(D, ln("2.提升社会治安防控能力"), "2024年底前", "task 79 (雪亮工程, 社会治安防控体系), 2024年 → equal")
mnf(D, ln("3.提升公共安全保障能力"), "2024年底前", "task 80 (智慧应急), 2024年 → equal; task 81, 2025年 → earlier")
mnf(D, ln("4.提高基层社会治理能力"), "2025年底前", "task 83 (互联网+基层治理), 2025年 → equal")
mnf(D, ln("1.打造泛在可及的服务体系"), "2024年底前", "task 84 (一体化政务服务体系, 网上办掌上办就近办一次办), 2024年 → equal")
mnf(D, ln("2.提升智慧便捷的服务能力"), "2024年底前", "task 86 (我的宁夏 应上尽上), 2024年 → equal; the 免证办/免申即享 sentence (task 85, 2023年) has no date")
mnf(D, ln("3.优化政务服务便民热线"), "2025年6月底前", "task 87 (12345 接诉即办), 2023年启动，2025年完成 → earlier")
mnf(D, ln("4.提供优质便利的涉企服务"), "2024年底前", "task 89 (企业专属网页, 惠企政策), 2024年 → equal")
mnf(D, ln("1.提升生态环境协同治理能力"), "2025年底前", "task 94 (生态环境数据资源中心), 2024年 → 2024 equal; task 95 (数据共享、业务协同), 2025年 → 2025 equal; separate sentences")
mnf(D, ln("2.提高自然资源利用效率"), "2024年底前", "task 96 (互联网+城乡供水), 2025年 → equal; tasks 97/98 (一张图, 智慧林草), 2024年 → equal")
mnf(D, ln("3.推动绿色低碳转型"), "2025年底前", "tasks 101/102, 2025年 → equal")
mnf(D, ln("1.提升辅助决策能力"), "2024年底前", "task 103 (辅助决策), 2024年 → equal")
mnf(D, ln("2.提升行政执行能力"), "2025年底前", "task 104 (协同办公) 2024年 → equal; task 106 (填表报数) 2025年 → equal; task 107 (视频会议) 2025年 → 2025年6月 earlier")
mnf(D, ln("3.提升行政监督水平"), "长期推进，2024年取得明显成效", "copied from task 108, 长期推进，2024年取得明显成效 → equal")
mnf(D, row(61), "长期推进，2024年取得明显成效", "task 108 → equal")
mnf(D, ln("4.提升机关事务管理水平"), "2025年底前", "task 111 (机关事务), 2025年 → equal")
mnf(D, ln("1.提升政府信息公开水平"), "2024年底前", "tasks 112/113 (政务公开平台, 文件库), 2024年 → equal")
mnf(D, ln("2.发挥政务新媒体传播优势"), "2024年底前", "task 114 (政务新媒体矩阵), 2024年 → equal")
mnf(D, ln("3.畅通政民互动渠道"), "2024年底前", "task 115 (政民互动, 知识库), 2024年 → equal")
mnf(D, ln("每年3月底前制定年度工作要点"), "每年3月底前", "task 116 (一把手工程, 年度工作要点), 2023年完成并长期坚持: an annual routine, no completion year later than 2023")
mnf(D, row(67), "每年3月底前", "task 116, 2023年完成并长期坚持: annual routine")
mnf(D, row(68), "每年至少1期，长期坚持", "task 118 (培训), 2023年完成并长期坚持: ongoing, no later milestone")
mnf(D, row(69), "长期坚持", "task 122 (纳入效能目标管理考核), 2023年完成，长期坚持: ongoing, no later milestone")
mnf(D, row(4), "2024年12月底前", "task 2, 2024年 → equal")
mnf(D, row(13), "2024年12月底前", "task 10, 2025年 → earlier")
mnf(D, row(19), "2025年6月底前", "task 22, 2025年 → earlier")
mnf(D, row(23), "2025年12月底前", "task 29, 2023年启动，2025年完成 → equal")
mnf(D, row(27), "2024年12月底前", "task 43, 2024年建成，持续推进 → equal")
mnf(D, row(29), "2024年12月底前", "task 50 (专网整合迁移), 2024年 → equal")
mnf(D, row(30), "2025年6月底前", "task 49, 2025年 → earlier")
mnf(D, row(33), "2024年12月底前", "task 56, 2025年 → earlier")
mnf(D, row(47), "2025年6月底前", "task 87, 2023年启动，2025年完成 → earlier")
mnf(D, row(58), "2024年6月31日前", "year equals task 105 (2024年); the fault is the impossible day, reported as deadline-invalid")
mnf(D, row(59), "2025年12月底前", "task 106 (填表报数), 2025年 → equal")
mnf(D, row(60), "2025年6月底前", "task 107 (视频会议), 2025年 → earlier")

# ---------------- near misses: units ----------------
U = "unknown-unit"
mnf(U, 5, "隆德县人民政府办公室", "signature; listed in units.txt as an alias of 县人民政府办公室")
mnf(U, ln("2024年3月底前完成领导小组"), "县直各部门（单位）", "collective subject")
mnf(U, ln("2024年3月底前完成领导小组"), "各乡镇人民政府", "collective subject")
mnf(U, ln("2024年2月29日前确定"), "领导小组各成员单位", "collective subject (members of the county leading group)")
mnf(U, ln("2024年2月29日前确定"), "县数字政府建设领导小组办公室", "listed in units.txt")
mnf(U, ln("（四）强化专业支撑"), "数字宁夏建设专家咨询委员会", "regional bodies (专家咨询委员会, 数字宁夏建设运营有限公司) named only as sources of support; the task's lead is 县政府办公室")
mnf(U, ln("1.强化政务云支撑能力"), "自治区政府办公厅", "regional body mentioned as the coordinator ('在…统筹指导下'), not as the lead of the local task (lead: 县政府办公室)")
mnf(U, ln("（三）提升数字素养"), "宁夏大学", "regional unit mentioned as a training partner, not a responsible unit")
mnf(U, ln("1.推进公共服务数字化"), "县直有关部门", "collective subject as lead")
mnf(U, ln("4.提高基层社会治理能力"), "各村（社区）", "collective subject")
mnf(U, ln("2.建设智慧园区"), "固原市生态环境局隆德分局", "the city bureau's county branch, listed in units.txt")
mnf(U, ln("5.推进数字乡村建设"), "中国电信隆德分公司", "operators (电信/移动/联通) listed in units.txt")
mnf(U, ln("4.推进数据开放和融合应用"), "国网隆德县供电公司", "listed in units.txt")
mnf(U, ln("3.提升公共安全保障能力"), "隆德县消防救援大队", "vertical units 隆德县气象局 / 隆德县消防救援大队 listed in units.txt")
mnf(U, ln("1.提升社会矛盾化解能力"), "县检察院", "short names of 隆德县人民法院 / 隆德县人民检察院, listed as aliases")
mnf(U, ln("4.提供优质便利的涉企服务"), "市场监管局", "prefix 县 distributes: 县审批局、市场监管局 = 县审批局, 县市场监管局")
mnf(U, ln("6.完善信用和地理信息服务"), "自然资源局", "prefix distributes: 县发改局、自然资源局 = 县自然资源局")
mnf(U, ln("（二）加大资金保障"), "审计局", "prefix distributes: 县发改局、审计局 = 县审计局")
mnf(U, ln("1.推动政府职能数字化转型"), "县审批局", "official short name of 县审批服务管理局 (alias in units.txt)")
mnf(U, ln("1.推进特色产业数字化"), "县发改局", "alias of 县发展和改革局 in units.txt")
mnf(U, ln("3.推进“互联网+医疗健康”"), "县卫健局", "aliases 县卫健局 / 县医保局 in units.txt")
mnf(U, ln("2.深化智慧教育"), "县大数据中心", "alias of 县大数据服务中心 in units.txt")
mnf(U, ln("4.建设智慧县城"), "县综合执法局", "listed in units.txt; 县住建局 is an alias")
mnf(U, ln("7.发展智慧文旅"), "县文旅局", "alias of 县文化旅游广电局")
mnf(U, ln("5.拓展公平普惠的民生服务"), "县残联", "alias of 县残疾人联合会")
mnf(U, ln("3.提升行政监督水平"), "县政府督查室", "alias of 县人民政府督查室")
mnf(U, ln("1.强化安全管理责任"), "县委保密办", "listed in units.txt")
mnf(U, row(21), "城关镇人民政府", "township governments listed in units.txt")
mnf(U, ln("2.提升社会治安防控能力"), "县委政法委、县公安局", "two listed units as joint lead, each with its own prefix")
mnf(U, ln("5.拓展公平普惠的民生服务"), "县图书馆", "venues (县图书馆、县文化馆、县博物馆) are objects of the measure, not responsible units")
mnf(U, ln("2023年，我县成立"), "县大数据服务中心", "canonical name in units.txt, background sentence")
mnf(U, ln("（一）加强组织领导"), "县人民政府", "县委 / 县人民政府 listed in units.txt")

# ---------------- near misses: pillars ----------------
P = "missing-pillar"
mnf(P, 0, None, "数字生态: section 三（三） 营造良好数字生态 (lines %d-%d)" % (ln("（三）营造良好数字生态"), ln("3.营造安全可靠的网络生态")))
M[-1]["pillar"] = "数字生态"
mnf(P, 0, None, "五个一 / 六级贯通: folded into 二、健全“一套体系” (健全组织机构, 厘清层级职责, 完善工作机制, 强化专业支撑), lines %d-%d, as the 吴忠 plan does" % (ln("二、健全“一套体系”"), ln("（四）强化专业支撑")))
M[-1]["pillar"] = "五个一"
mnf(P, 0, None, "六级贯通: 二（二） 厘清层级职责 names the 六级贯通 architecture (line %d)" % ln("（二）厘清层级职责"))
M[-1]["pillar"] = "六级贯通"
mnf(P, 0, None, "党的领导: section 六、保障措施 covers 组织领导 (党的全面领导, 一把手工程), 资金保障 (财政投入), 数字素养, 考核评价 (lines %d-%d)" % (ln("六、保障措施"), ln("（五）强化宣传引导")))
M[-1]["pillar"] = "党的领导"
mnf(P, 0, None, "数据资源: 四（三） 构建循环利用的数据资源体系")
M[-1]["pillar"] = "数据资源"
mnf(P, 0, None, "政务公开: 五（七） 提升全面规范的政务公开能力")
M[-1]["pillar"] = "政务公开"

# ---------------- near misses: garbled ----------------
mnf("garbled-text", pre, "“1244+N”", "ordinary document name with quotes and a plus sign, not mojibake")

# ---------------- covers ----------------
def b(s): return ln(s)
for t, s in [
 (2, "1.推进特色产业数字化"), (3, "2.建设智慧园区"), (5, "3.完善数字经济治理"), (6, "1.推进公共服务数字化"),
 (7, "2.深化智慧教育"), (8, "3.推进“互联网+医疗健康”"), (9, "4.建设智慧县城"), (10, "5.推进数字乡村建设"),
 (11, "6.参与“数字供销”示范区建设"), (12, "1.培育数据要素市场"), (13, "2.营造规范有序的政策环境"),
 (14, "1.强化安全管理责任"), (15, "1.强化安全管理责任"), (18, "3.提升安全防护能力"), (21, "1.推动政府职能数字化转型"),
 (22, "2.强化审管协同"), (23, "3.纳入数字资源“一本账”"), (24, "（二）加大资金保障"), (25, "（二）加大资金保障"),
 (28, "4.开展试点示范"), (29, "2.推进数据归集治理"), (30, "1.完善数据管理机制"), (32, "1.完善数据管理机制"),
 (33, "2.推进数据归集治理"), (34, "2.推进数据归集治理"), (36, "3.深化数据高效共享"), (40, "3.深化数据高效共享"),
 (41, "4.推进数据开放和融合应用"), (42, "4.推进数据开放和融合应用"), (43, "1.强化政务云支撑能力"),
 (47, "2.提升网络平台支撑能力"), (48, "2.提升网络平台支撑能力"), (49, "3.整合视频资源"), (50, "2.提升网络平台支撑能力"),
 (52, "4.加强共性应用支撑"), (54, "4.加强共性应用支撑"), (56, "5.推进非税收入电子化"), (57, "6.完善信用和地理信息服务"),
 (58, "6.完善信用和地理信息服务"), (64, "（一）健全组织机构"), (65, "1.加强经济数据汇聚"), (66, "2.加强经济运行监测预警"),
 (67, "3.加强经济政策统筹协调"), (68, "1.提升监管精准化水平"), (70, "1.提升监管精准化水平"), (71, "3.提升监管智能化水平"),
 (72, "2.提升监管协同化水平"), (73, "2.提升监管协同化水平"), (74, "3.提升监管智能化水平"), (75, "3.提升监管智能化水平"),
 (77, "1.提升社会矛盾化解能力"), (79, "2.提升社会治安防控能力"), (80, "3.提升公共安全保障能力"), (83, "4.提高基层社会治理能力"),
 (84, "1.打造泛在可及的服务体系"), (85, "2.提升智慧便捷的服务能力"), (86, "2.提升智慧便捷的服务能力"), (87, "3.优化政务服务便民热线"),
 (88, "4.提供优质便利的涉企服务"), (89, "4.提供优质便利的涉企服务"), (90, "5.拓展公平普惠的民生服务"), (93, "5.拓展公平普惠的民生服务"),
 (94, "1.提升生态环境协同治理能力"), (95, "1.提升生态环境协同治理能力"), (96, "2.提高自然资源利用效率"), (97, "2.提高自然资源利用效率"),
 (98, "2.提高自然资源利用效率"), (100, "2.提高自然资源利用效率"), (101, "3.推动绿色低碳转型"), (102, "3.推动绿色低碳转型"),
 (103, "1.提升辅助决策能力"), (104, "2.提升行政执行能力"), (105, "2.提升行政执行能力"), (106, "2.提升行政执行能力"),
 (107, "2.提升行政执行能力"), (108, "3.提升行政监督水平"), (111, "4.提升机关事务管理水平"), (112, "1.提升政府信息公开水平"),
 (114, "2.发挥政务新媒体传播优势"), (115, "3.畅通政民互动渠道"), (116, "（一）加强组织领导"), (118, "（三）提升数字素养"),
 (121, "（四）强化考核评价"), (122, "（四）强化考核评价"), (123, "（四）强化考核评价"),
]:
    cov(t, b(s))

key = {
 "writer": "blind writer, round 667; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": E,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("隆德县 (固原市) 2024 实施方案 issued 2024-02-06 by 县政府办公室, checked against 宁政发〔2023〕17号 only (no parent plan file; the 固原 plan is cited by title). "
           "Body measures carry inline （牵头单位：…；配合单位：…） notes and dated sentences; the annex table (lines %d-%d) repeats the dated work with 牵头/配合/完成时限 and states that the first-listed lead is the main lead. "
           "Tasks whose regional deadline is 2023 are taken up without a date (or with '长期坚持'/'每年…'), on purpose. "
           "Regional tasks for counties that are not taken up (e.g. 76 金融监管平台, 78 公安大数据, 82 疫情防控, 92 多卡合一, 99 地质) are simply absent; no task-uncovered entry is asserted for them. "
           "Planted: 5 (basis title, unknown unit, two late deadlines, one impossible day).") % (row(1) - 1, len(L)),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(E), "expect;", len(M), "mustNotFlag;", len(C), "covers;", len(L), "lines")
