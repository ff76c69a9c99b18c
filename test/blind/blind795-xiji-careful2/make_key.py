#!/usr/bin/env python3
# Builds key.json for blind case 795; every line number is looked up in the final draft.txt
# (1-based) from a text that must occur on exactly one line of the chosen part.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
TABLE_START = next(i for i, l in enumerate(lines, 1) if l.startswith("类别\t序号"))


def L(sub, part="body", also=None):
    """1-based line of the only line in `part` containing `sub` (and `also`, if given)."""
    lo, hi = (1, TABLE_START - 1) if part == "body" else (TABLE_START + 1, len(lines))
    hits = [i for i in range(lo, hi + 1) if sub in lines[i - 1] and (also is None or also in lines[i - 1])]
    assert len(hits) == 1, (sub, also, part, hits)
    return hits[0]


def T(title):
    """table row of the item with this title"""
    return L("\t" + title + "：", "table")


def B(title):
    """body line of the item with this title"""
    return L(title + "。", "body")


def chk(line, text):
    assert text in lines[line - 1], (line, text)
    return line


expect = [
    {"rule": "basis-mismatch", "line": chk(L("《国务院关于加强数字政府建设的指导意见》"), "国发〔2022〕41号"),
     "text": "国发〔2022〕41号",
     "why": "《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号 (as cited in 宁政发〔2023〕17号); 41 is a transposed 文号 that does not belong to this title"},
    {"rule": "garbled-text", "line": chk(B("深化数据高效共享"), "灞炲湴杩旇繕"), "text": "灞炲湴杩旇繕",
     "why": "UTF-8 bytes of 属地返还 read as GBK (建立政务数据属地返还机制); re-encode as GBK, decode as UTF-8 to recover"},
    {"rule": "unknown-unit", "line": chk(B("加强重点领域追溯监管"), "县经济和信息化局"), "text": "县经济和信息化局",
     "why": "pre-reform name left over from an old template; not in units.txt, whose unit is 县工业信息化和商务局 (县工信商务局, as the table row for the same item has it)"},
    {"rule": "deadline-later-than-baseline", "line": chk(B("推进基层填表报数减负"), "2026年6月底前"), "text": "2026年6月底前",
     "why": "task 106 (依托宁政通开发全区统一填表报数系统，基层填表报数工作量压减50%以上) 完成时限 2025年; the draft's own table row says 2025年"},
    {"rule": "deadline-later-than-baseline", "line": chk(T("提升网络平台支撑能力"), "2025年6月底前"), "text": "2025年6月底前",
     "why": "task 48 (城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47 also 2024年); the body item and the 2024 goal both say 2024年底"},
]

M = []  # mustNotFlag


def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in lines[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"
MP = "missing-pillar"

# --- goals -------------------------------------------------------------------------------
m(DL, L("到2024年底，"), "2024 goal of the county's own (外网 three-level coverage = task 48, 信创云迁移 = task 43, 我的宁夏 = task 86, 宁政通 = task 105, all 2024年); not the region's 2023 goal (政策体系/五个一/家底/新一轮基础设施布设), so not later", "到2024年底")
m(DL, L("到2025年，全县数字政府建设"), "same goal as the region's 到2025年 “34567”体系框架全面成型: equal year", "到2025年")
m(DL, L("到2035年，"), "same as the region's 到2035年 goal: equal year", "到2035年")

# --- equal or earlier deadlines in body items (task number and regional 完成时限 in why) ----
eq = [
    ("创新数字化治理与服务模式", "持续推进，2025年取得明显成效", "task 1 持续推进，2025年取得明显成效: equal"),
    ("推进特色产业数字化", "2024年取得明显成效", "task 2 2023年启动，2024年取得明显成效: equal completing milestone"),
    ("加快“智慧园区”建设", "2025年取得明显成效", "task 3 持续推进，2025年取得明显成效: equal"),
    ("加强国资国企数字化监管", "2024年取得明显成效", "task 4 持续推进，2024年取得明显成效: equal"),
    ("完善数字经济治理体系", "2025年取得明显成效", "task 5 持续推进，2025年取得明显成效: equal"),
    ("推动公共服务数字化普惠应用", "2025年取得明显成效", "task 6 持续推进，2025年取得明显成效: equal"),
    ("深化智慧教育应用", "2025年取得明显成效", "task 7 2023年形成试点经验，2025年取得明显成效: completing milestone equal"),
    ("推进“互联网+医疗健康”", "2025年取得明显成效", "task 8 持续推进，2025年取得明显成效: equal"),
    ("推进智慧县城建设", "2025年取得明显成效", "task 9 持续推进，2025年取得明显成效: equal"),
    ("推进数字乡村建设", "2025年取得明显成效", "task 10 持续推进，2025年取得明显成效: equal"),
    ("推进“数字供销”建设", "2025年取得明显成效", "task 11 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal"),
    ("培育数据要素市场", "2025年底前", "task 12 2025年: 2025年底前 is the same year"),
    ("营造规范有序的政策环境", "2024年底前", "task 13 2024年: equal"),
    ("提高自主可控水平", "2024年底前", "task 19 2023年启动，2024年建成: equal"),
    ("以数字化改革助力政府职能转变", "2024年底前", "task 20 2024年: equal"),
    ("推动行政权力网上运行", "2024年底前", "task 21 2024年 (equal) and task 22 2025年 (earlier)"),
    ("创新数字政府建设管理机制", "2024年底前", "task 23 2024年: equal"),
    ("完善法规制度", "2024年底前", "task 26 2024年: equal"),
    ("健全标准规范", "2024年底前", "task 27 2024年: equal"),
    ("开展试点示范", "2025年取得明显成效", "task 28 2023年启动，2025年取得明显成效: completing milestone equal"),
    ("推进政务数据汇聚治理", "2024年底前", "tasks 33 and 34 2024年: equal (task 29 2023年启动，2025年完成: earlier)"),
    ("规范电子公文和电子档案管理", "2024年底前", "tasks 40 and 54 2024年: equal"),
    ("促进数据有序开发利用", "2024年底前", "tasks 41 and 42 2024年: equal"),
    ("强化政务云支撑", "2024年底前完成迁移，持续推进", "task 43 2024年建成，持续推进 and task 46 2024年: equal"),
    ("提升网络平台支撑能力", "2024年12月底前", "tasks 47 and 48 2024年: 2024年12月底前 is equal (the late date is only in the table row)"),
    ("推进业务专网整合", "2024年底前", "task 50 2024年: equal"),
    ("融入“视频一张网”", "2025年", "task 49 2025年: equal"),
    ("推广电子证照应用", "2025年", "task 52 2025年: equal"),
    ("推进非税收入收缴电子化", "2025年", "task 56 2025年: equal"),
    ("完善信用和地理信息服务", "2024年底前", "tasks 57 and 58 2024年: equal"),
    ("健全组织机构", "2024年6月底前", "task 64 (各市、县（区）成立相应组织机构) 2025年: earlier"),
    ("加强经济数据汇聚治理", "2024年底前", "task 65 2024年: equal"),
    ("加强经济运行监测预警", "2025年", "task 66 2025年: equal"),
    ("提升监管精准化水平", "2024年底前", "tasks 69 and 70 2024年: equal"),
    ("加强重点领域追溯监管", "2024年底前", "task 71 2024年: equal (this line's error is the unit, not the date)"),
    ("提升监管协同化和智能化水平", "2024年底前", "tasks 73, 74, 75 2024年: equal"),
    ("提升社会矛盾化解能力", "2024年底前", "task 77 2024年: equal"),
    ("提升社会治安防控能力", "2024年底前", "task 79 2024年: equal"),
    ("提升公共安全保障能力", "2024年底前", "task 80 2024年: equal"),
    ("统筹指挥调度资源", "2025年", "task 81 2025年: equal"),
    ("提高基层社会治理能力", "2025年6月底前", "task 83 2025年: 2025年6月底前 is not later (earlier within the year)"),
    ("打造泛在可及的服务体系", "2024年底前", "task 84 2024年: equal"),
    ("推广“我的宁夏”西吉专区", "2024年9月底前", "task 86 2024年: earlier within the year"),
    ("优化12345政务服务便民热线", "2025年", "task 87 2023年启动，2025年完成: completing milestone equal"),
    ("提供优质便利的涉企服务", "2024年底前", "tasks 88 and 89 2024年: equal"),
    ("拓展公平普惠的民生服务", "2024年10月底前", "tasks 90 and 93 2024年: earlier within the year"),
    ("探索“多卡合一”“多码合一”", "2025年", "task 92 2025年: equal"),
    ("提升生态环保协同治理能力", "2025年", "task 95 2025年: equal"),
    ("深化“互联网+城乡供水”", "2025年", "task 96 2025年: equal"),
    ("提高自然资源利用效率", "2024年底前", "tasks 97 and 98 2024年: equal"),
    ("推动资源要素市场化配置", "2025年", "task 100 2025年: equal"),
    ("推动绿色低碳转型", "2025年", "tasks 101 and 102 2025年: equal"),
    ("提升辅助决策能力", "2024年底前", "task 103 2024年: equal"),
    ("提升行政执行能力", "2024年6月底前", "tasks 104 and 105 2024年: earlier within the year"),
    ("整合视频会议资源", "2025年", "task 107 2025年: equal"),
    ("提升行政监督水平", "2024年取得明显成效", "task 108 长期推进，2024年取得明显成效 and task 109 2024年: equal"),
    ("提升机关事务管理水平", "2025年", "task 111 2025年: equal"),
    ("提升政府信息公开水平", "2024年底前", "tasks 112 and 113 2024年: equal"),
    ("发挥政务新媒体传播优势", "2024年底前", "task 114 2024年: equal"),
    ("畅通政民互动渠道", "2024年底前", "task 115 2024年: equal"),
]
for title, text, why in eq:
    m(DL, B(title), why, text)

# table rows that differ in form from the body, or that sit next to the planted ones
m(DL, T("推进基层填表报数减负"), "task 106 2025年: the table row is equal; only the body item has the late 2026 date", "2025年")
m(DL, T("培育数据要素市场"), "task 12 2025年: 2025年底前 is the same year", "2025年底前")
m(DL, T("健全组织机构"), "task 64 2025年: earlier", "2024年6月底前")
m(DL, T("提高基层社会治理能力"), "task 83 2025年: 2025年6月底前 not later", "2025年6月底前")
m(DL, T("优化12345政务服务便民热线"), "task 87 2023年启动，2025年完成: equal", "2025年")
m(DL, T("推进特色产业数字化"), "task 2 2023年启动，2024年取得明显成效: equal", "2024年取得明显成效")

# ongoing items whose regional counterpart was due in 2023 (before this 2024 plan) or is itself ongoing
ongoing = [
    ("强化安全管理责任", "长期坚持", "tasks 14 and 15 (2023年): the plan of 2024 sets no later milestone, only continuing work"),
    ("落实安全制度要求", "每年开展，长期坚持", "task 17 (2023年): recurring/ongoing, no later completing milestone"),
    ("完善数据管理机制", "长期坚持", "task 32 (2023年): ongoing, no later completing milestone"),
    ("营造清朗网络生态", "长期坚持", "no dated regional task for 网络综合治理; ongoing"),
    ("厘清层级职责", "长期坚持", "六级贯通 layer duties have no dated task; ongoing"),
]
for title, text, why in ongoing:
    m(DL, B(title), why, text)
m(DL, L("（三）提升数字素养。"), "task 118 2023年完成并长期坚持: 每年开展，长期坚持 sets no later milestone", "长期坚持")
m(DL, L("（四）强化考核评价。"), "task 121 长期坚持 (equal); tasks 122/123/124 2023年…长期坚持: no later milestone", "长期坚持")

# --- deadline-invalid near misses ---------------------------------------------------------
m(DI, L("截至2023年底"), "background: 截至2023年底 is a past state (已覆盖), not a deadline", "截至2023年底")
m(DI, L("截至2023年底"), "background: 2023年 西吉专区上线运行 is a past event", "2023年，“我的宁夏”")
m(DI, L("截至2023年底"), "retrospective mention of 2020 document, not a deadline", "自2020年")
m(DI, B("提升安全防护能力"), "copied regional deadline of task 18 (2023年形成机制，长期坚持), before the plan's year but equal to the region's and ongoing", "2023年形成机制，长期坚持")
m(DI, T("提升安全防护能力"), "same copied regional deadline of task 18 in the table", "2023年形成机制，长期坚持")
m(DI, L("（一）加强党的领导和组织领导。"), "copied regional deadline of task 116 (2023年完成并长期坚持), before the plan's year but equal and ongoing", "2023年完成并长期坚持")
m(DI, L("（三）完善工作机制。"), "the office's own reporting dates (每季度末月25日前, 每年1月15日前), valid and not task deadlines", "每季度末月25日前")
m(DI, L("附件：西吉县数字政府建设重点任务清单"), "period of the task list (2024年—2025年), not a deadline", "2024年—2025年")
m(DI, B("优化12345政务服务便民热线"), "12345 and 110 are hotline numbers, not years", "12345")
m(DI, L("2024年3月26日"), "issue date of the notice", "2024年3月26日")

# --- unknown-unit near misses -------------------------------------------------------------
m(UU, B("创新数字化治理与服务模式"), "县 prefix distributes: 县工业信息化和商务局, a registry name that must not be split at 和", "工业信息化和商务局")
m(UU, B("推进特色产业数字化"), "official short name of 县工业信息化和商务局 in units.txt", "县工信商务局")
m(UU, B("推动公共服务数字化普惠应用"), "县 prefix distributes: 县人力资源和社会保障局 (registered, not split)", "人力资源和社会保障局")
m(UU, B("深化智慧教育应用"), "alias of 县教育体育局", "县教体局")
m(UU, B("推进“互联网+医疗健康”"), "aliases of 县卫生健康局 and 县医疗保障局", "县卫健局")
m(UU, B("推进智慧县城建设"), "registered 县住房和城乡建设局 (not split) and 县综合执法局", "县住房和城乡建设局")
m(UU, B("推进智慧县城建设"), "the parent city named in the text (配合固原市推进…), registered as 固原市人民政府 = 固原市; not a local lead", "固原市")
m(UU, B("推进“数字供销”建设"), "alias of 县供销合作社联合社", "县供销社")
m(UU, B("强化安全管理责任"), "collective subjects", "县直各部门（单位），各乡镇人民政府")
m(UU, B("落实安全制度要求"), "registered unit", "县保密局")
m(UU, B("以数字化改革助力政府职能转变"), "collective subject", "承担数字化发展职能的县直有关部门（单位）")
m(UU, B("健全标准规范"), "two leads; the table note says the first-listed is the main lead", "县市场监管局、县政府办")
m(UU, B("规范电子公文和电子档案管理"), "registered 县档案馆 and alias 县委办", "县档案馆")
m(UU, B("促进数据有序开发利用"), "registered unit outside government", "国网西吉县供电公司")
m(UU, B("提升网络平台支撑能力"), "registered unit outside government", "中国电信西吉分公司")
m(UU, B("推广电子证照应用"), "县 prefix distributes to registered aliases 县教体局, 县人社局, 县住建局, 县卫健局, 县市场监管局", "教体局、人社局、住建局、卫健局、市场监管局")
m(UU, B("健全组织机构"), "registered 县数字化发展服务中心; 数字宁夏建设运营有限公司 is named in the text as support (task 62's company), not as a responsible unit", "数字宁夏建设运营有限公司")
m(UU, B("提升监管协同化和智能化水平"), "collective subject as responsible", "承担监管职责的县直有关部门（单位）")
m(UU, B("提升社会矛盾化解能力"), "registered 县人民法院, 县人民检察院", "县人民法院")
m(UU, B("提升公共安全保障能力"), "县 prefix distributes (林草局 = 县林草局 alias); 县消防救援大队 registered", "林草局，县消防救援大队")
m(UU, B("提升公共安全保障能力"), "the county branch of the city bureau, registered under this name", "固原市生态环境局西吉分局")
m(UU, B("提升公共安全保障能力"), "alias of 西吉县气象局", "县气象局")
m(UU, B("提高基层社会治理能力"), "collective subjects", "各村（社区）")
m(UU, B("提升生态环保协同治理能力"), "alias of 固原市生态环境局西吉分局", "县生态环境分局")
m(UU, B("推动资源要素市场化配置"), "县 prefix distributes: 县自然资源局, 县林草局", "县水务局、自然资源局、林草局")
m(UU, B("提升辅助决策能力"), "collective subject as responsible", "县直各部门（单位）按职责分别负责")
m(UU, B("提升行政监督水平"), "alias of 县人民政府督查室", "县政府督查室")
m(UU, T("加强重点领域追溯监管"), "the table row has the right unit (县工信商务局)", "县工信商务局")
m(UU, L("（一）加强党的领导和组织领导。"), "县委 and 县人民政府 named as subjects; registered", "县委统筹")

# --- basis-mismatch near misses -----------------------------------------------------------
m(BM, L("《自治区人民政府关于加强数字政府建设的实施意见》"), "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
m(BM, L("《固原市关于加强数字政府建设的实施方案》"), "the city's plan cited by title alone (a city plan may carry no 文号)", "《固原市关于加强数字政府建设的实施方案》")
m(BM, L("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 with its correct 文号, not cited as a basis", "宁政办发〔2020〕14号")
m(BM, B("推进政务数据汇聚治理"), "a real national guide named without 文号 (as task 29 names it), not a basis citation", "《全国一体化政务大数据体系建设指南》")
m(BM, L("西政办发〔2024〕21号"), "the notice's own 文号, not a citation", "西政办发〔2024〕21号")

# --- garbled-text near misses ---------------------------------------------------------------
m(GT, B("提升网络平台支撑能力"), "ordinary Latin term", "IPv6")
m(GT, L("附件：西吉县数字政府建设重点任务清单"), "em dash in a period, not damage", "—")
m(GT, T("推进非税收入收缴电子化"), "table cells use full-width punctuation and 、; intact text", "县教体局、县卫健局")
m(GT, T("深化“互联网+城乡供水”"), "a dash for an empty 配合单位 cell", "—")

# --- missing-pillar near misses ------------------------------------------------------------
m(MP, 0, "数字生态 is taken up in 二（三） (数据要素市场, 政策环境, 网络生态)")
m(MP, 0, "五个一 and 六级贯通 are taken up in part 四 (健全组织机构, 厘清层级职责, 完善工作机制)")
m(MP, 0, "党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) are taken up under 六、保障措施")

covers_spec = [
    (1, "创新数字化治理与服务模式"), (2, "推进特色产业数字化"), (3, "加快“智慧园区”建设"),
    (4, "加强国资国企数字化监管"), (5, "完善数字经济治理体系"), (6, "推动公共服务数字化普惠应用"),
    (7, "深化智慧教育应用"), (8, "推进“互联网+医疗健康”"), (9, "推进智慧县城建设"), (10, "推进数字乡村建设"),
    (11, "推进“数字供销”建设"), (12, "培育数据要素市场"), (13, "营造规范有序的政策环境"),
    (14, "强化安全管理责任"), (15, "强化安全管理责任"), (17, "落实安全制度要求"), (18, "提升安全防护能力"),
    (19, "提高自主可控水平"), (20, "以数字化改革助力政府职能转变"), (21, "推动行政权力网上运行"),
    (22, "推动行政权力网上运行"), (23, "创新数字政府建设管理机制"), (26, "完善法规制度"), (27, "健全标准规范"),
    (28, "开展试点示范"), (32, "完善数据管理机制"), (33, "推进政务数据汇聚治理"), (34, "推进政务数据汇聚治理"),
    (38, "深化数据高效共享"), (40, "规范电子公文和电子档案管理"), (54, "规范电子公文和电子档案管理"),
    (41, "促进数据有序开发利用"), (42, "促进数据有序开发利用"), (43, "强化政务云支撑"),
    (47, "提升网络平台支撑能力"), (48, "提升网络平台支撑能力"), (50, "推进业务专网整合"), (49, "融入“视频一张网”"),
    (52, "推广电子证照应用"), (56, "推进非税收入收缴电子化"), (57, "完善信用和地理信息服务"),
    (58, "完善信用和地理信息服务"), (64, "健全组织机构"), (65, "加强经济数据汇聚治理"), (66, "加强经济运行监测预警"),
    (69, "提升监管精准化水平"), (70, "提升监管精准化水平"), (71, "加强重点领域追溯监管"),
    (73, "提升监管协同化和智能化水平"), (74, "提升监管协同化和智能化水平"), (75, "提升监管协同化和智能化水平"),
    (77, "提升社会矛盾化解能力"), (79, "提升社会治安防控能力"), (80, "提升公共安全保障能力"), (81, "统筹指挥调度资源"),
    (83, "提高基层社会治理能力"), (84, "打造泛在可及的服务体系"), (86, "推广“我的宁夏”西吉专区"),
    (87, "优化12345政务服务便民热线"), (88, "提供优质便利的涉企服务"), (89, "提供优质便利的涉企服务"),
    (90, "拓展公平普惠的民生服务"), (93, "拓展公平普惠的民生服务"), (92, "探索“多卡合一”“多码合一”"),
    (95, "提升生态环保协同治理能力"), (96, "深化“互联网+城乡供水”"), (97, "提高自然资源利用效率"),
    (98, "提高自然资源利用效率"), (100, "推动资源要素市场化配置"), (101, "推动绿色低碳转型"), (102, "推动绿色低碳转型"),
    (103, "提升辅助决策能力"), (104, "提升行政执行能力"), (105, "提升行政执行能力"), (106, "推进基层填表报数减负"),
    (107, "整合视频会议资源"), (108, "提升行政监督水平"), (109, "提升行政监督水平"), (111, "提升机关事务管理水平"),
    (112, "提升政府信息公开水平"), (113, "提升政府信息公开水平"), (114, "发挥政务新媒体传播优势"), (115, "畅通政民互动渠道"),
]
covers = [{"task": t, "line": B(title)} for t, title in covers_spec]
covers += [
    {"task": 116, "line": L("（一）加强党的领导和组织领导。")},
    {"task": 25, "line": L("（二）加大财政投入。")},
    {"task": 118, "line": L("（三）提升数字素养。")},
    {"task": 121, "line": L("（四）强化考核评价。")},
    {"task": 123, "line": L("（四）强化考核评价。")},
    {"task": 124, "line": L("（四）强化考核评价。")},
]
covers.sort(key=lambda c: c["task"])
assert len({c["task"] for c in covers}) == len(covers)

key = {
    "writer": "blind writer, round 795; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": (
        "西吉县 (固原市) 2024 实施方案, issued 2024-03-26 by the county government office, checked against 宁政发〔2023〕17号 "
        "with no parent plan (the 固原 plan is cited by title only and is not supplied). Body items carry inline "
        "牵头/配合/完成时限 notes; the attached table repeats them one row per item and was generated from the same list, so the two "
        "agree except for the planted slips: the body has the late date for task 106 and the pre-reform unit name; the table has the "
        "late date for task 48. The table note makes the first-listed lead the main lead. Items whose regional task was due in 2023 "
        "are written as ongoing (长期坚持) or copy the region's own 2023…长期坚持 wording; the key treats both as not late. "
        "No task is left out on purpose; task-uncovered reports are information only (e.g. tasks 24, 30, 36, 55, 85 are not taken up)."
    ),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers), "table starts", TABLE_START)
