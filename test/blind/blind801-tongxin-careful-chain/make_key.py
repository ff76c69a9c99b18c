#!/usr/bin/python3
# Builds key.json: every line number is found from a text fragment in the final draft.txt
# (1-based) and each fragment must sit on exactly one line (or the given table row).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")


def L(frag, also=None):
    hits = [i + 1 for i, l in enumerate(LINES) if frag in l and (also is None or also in l)]
    assert len(hits) == 1, (frag, also, hits)
    return hits[0]


def row(n):
    """line of task-table row n (first cell = n)"""
    hits = [i + 1 for i, l in enumerate(LINES) if l.split("\t")[0] == str(n) and "\t" in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def has(line, text):
    assert text in LINES[line - 1], (line, text)
    return line


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"
MP = "missing-pillar"

expect = [
    {"rule": DL, "line": has(row(35), "2025年"), "text": "2025年",
     "why": "task-table row 35 (适老化与信息无障碍建设) takes up regional task 93, 完成时限 2024年; the draft gives 2025年, a year later"},
    {"rule": DL, "line": has(L("到2025年底实现县、乡、村三级全覆盖"), "2025年底"), "text": "2025年底",
     "why": "county/township/village e-government extranet coverage is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the body says 到2025年底 (the draft's own goal line and table row 18 say 2024, so this sentence is the slip)"},
    {"rule": UU, "line": L("（县商务局牵头"), "text": "县商务局",
     "why": "no such county unit: the county registry (units.txt) has 县工业信息化和商务局 = 县工信商务局; 县商务局 is neither a canonical name nor a listed short name"},
    {"rule": BM, "line": has(L("关于“四个支撑”的部署"), "宁政发〔2023〕11号"), "text": "宁政发〔2023〕11号",
     "why": "the 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (correctly cited in the preamble); 11号 does not belong to that title (it echoes 宁政办发〔2023〕11号 of the 1244+N plan)"},
    {"rule": GT, "line": L("鏁版嵁璧勬簮"), "text": "鏁版嵁璧勬簮",
     "why": "UTF-8 bytes of 数据资源 read as GBK (mojibake, no ? marker); re-encoding as GBK and decoding as UTF-8 gives 数据资源"},
]

m = []  # mustNotFlag


def nm(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert line == 0 or text in LINES[line - 1], (line, text)
        e["text"] = text
    e.update(kw)
    e["why"] = why
    m.append(e)


# ---------- deadlines: goals ----------
nm(DL, L("到2024年底，县直各部门"), "2024 goals = regional tasks 46 (政务云资源统一调度/系统迁移, 2024年), 48 (外网5级全覆盖, 2024年), 86 (我的宁夏应上尽上, 2024年), 84 (网上办掌上办就近办一次办, 2024年): equal", "2024年底")
nm(DL, L("到2025年，全县数字政府建设“1347”"), "same goal year as the region (到2025年 34567 全面成型) and 吴忠 (到2025年 1347 全面成型): equal", "到2025年")
nm(DL, L("到2035年，与政府治理能力现代化"), "2035 goal equal to the region's and 吴忠's 到2035年", "到2035年")
# ---------- deadlines: inline notes in the body ----------
body_dl = [
    ("（县人民政府办公室牵头，县委编办", "2024年6月底前", "task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年: earlier; task 60 (充实自治区领导小组, 2023年) is the region's own group, 自治区政府办公厅负责, not a county task"),
    ("（县工业信息化和商务局牵头", "2024年取得明显成效", "task 2 (产业云) 完成时限 2023年启动，2024年取得明显成效: equal completing milestone"),
    ("（同心工业园区管委会牵头", "2025年取得明显成效", "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal"),
    ("（县教体局、县卫健局", "2025年取得明显成效", "tasks 6/8 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效): equal"),
    ("（县住建局牵头", "2025年底前", "task 9 (智慧城市, 一网统管) 完成时限 持续推进，2025年取得明显成效: same year, equal"),
    ("（县农业农村局、县供销社分别牵头", "2025年取得明显成效", "tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): equal"),
    ("（县发改局牵头，县委网信办、县公共资源交易中心", "2025年", "task 12 (数据要素市场) 完成时限 2025年: equal"),
    ("（县审批局牵头，县委编办、县市场监管局", "2024年底前", "task 21 (行政权力事项网上运行) 完成时限 2024年: equal (task 22 审管协同 is 2025年)"),
    ("2024年9月底前完成“一本账”录入", "2024年9月底前", "the date is for the 一本账 entry = task 23 (全区一体化数字资源管理系统“一本账”), 完成时限 2024年: earlier; the 会商机制 half of the sentence (task 24, 2023年) carries no date"),
    ("2024年启动，2025年取得明显成效）", "2025年取得明显成效", "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (only the start year differs)"),
    ("吴忠市生态环境局同心分局分别负责", "2024年", "tasks 33/34 (基础库、主题库) 完成时限 2024年: equal"),
    ("（县档案馆牵头", "2024年底前", "tasks 40/54 (电子公文、电子文件归档) 完成时限 2024年: equal"),
    ("促进数据有序开发利用。", "2024年", "tasks 41/42 (公共数据开放、融合应用) 完成时限 2024年: equal"),
    ("2024年10月底前完成）", "2024年10月底前", "tasks 46 (2024年) / 43 (2024年建成，持续推进): earlier"),
    ("统筹融合视频资源。", "2025年", "task 49 (视频共享平台) 完成时限 2025年: equal"),
    ("加强共性应用支撑能力。", "2024年底前", "tasks 53/55/58 (2024年) and 52/56 (2025年): equal or earlier"),
    ("推进社会信用体系建设。", "2024年", "task 57 (信用信息公共服务平台) 完成时限 2024年: equal"),
    ("提升政务平台迭代能力。", "2025年", "task 59 (平台评估定级) 完成时限 2025年: equal"),
    ("整合经济运行数据。", "2024年", "task 65 (经济治理基础数据库) 完成时限 2024年: equal"),
    ("加强经济运行监测。", "2025年", "task 66 (经济运行大数据平台) 完成时限 2025年: equal"),
    ("加强追溯监管。", "2024年", "tasks 70/71 (信用风险分类、追溯监管) 完成时限 2024年: equal"),
    ("促进监管协同化。", "2024年", "task 73 (监管数据治理、消费维权一件事) 完成时限 2024年: equal"),
    ("实现监管智能化。", "2024年", "tasks 74/75 (新型监管手段、以网管网) 完成时限 2024年: equal"),
    ("提升社会矛盾化解能力。", "2024年", "task 77 (矛盾纠纷多元化解) 完成时限 2024年: equal"),
    ("提升社会治安防控能力。", "2024年", "task 79 (雪亮工程) 完成时限 2024年: equal"),
    ("提升公共安全保障能力。", "2024年", "task 80 (智慧应急) 完成时限 2024年: equal"),
    ("提高基层社会治理能力。", "2025年6月底前", "task 83 (互联网+基层治理) 完成时限 2025年: earlier"),
    ("打造泛在可及的服务体系。", "2024年", "task 84 (一体化政务服务体系) 完成时限 2024年: equal"),
    ("做强“我的宁夏”同心专区。", "2024年", "task 86 (我的宁夏应上尽上) 完成时限 2024年: equal"),
    ("提供优质便利的涉企服务。", "2024年", "tasks 88/89 (证照分离、企业专属网页) 完成时限 2024年: equal"),
    ("加强生态环境数字化监测。", "2024年", "tasks 94 (2024年) / 95 (2025年): equal or earlier"),
    ("推进数字治水。", "2025年", "task 96 (互联网+城乡供水) 完成时限 2025年: equal"),
    ("提高自然资源利用效率。", "2024年", "tasks 97/98 (一张图、智慧林草) 完成时限 2024年: equal"),
    ("推动绿色低碳转型。", "2025年", "tasks 101/102 (碳排放核算、绿色低碳) 完成时限 2025年: equal"),
    ("强化辅助决策能力。", "2024年", "task 103 (辅助科学决策) 完成时限 2024年: equal"),
    ("提升行政执行能力。", "2024年", "tasks 104/105 (协同办公平台、宁政通) 完成时限 2024年: equal"),
    ("推动基层减负。", "2025年", "task 106 (填表报数系统) 完成时限 2025年: equal"),
    ("增强行政监督质效。", "2024年取得明显成效", "task 108 完成时限 长期推进，2024年取得明显成效, copied: equal"),
    ("改进机关事务管理。", "2024年底前", "tasks 107/111 (视频会议、机关事务平台) 完成时限 2025年: earlier"),
    ("持续提升政府信息公开水平。", "2024年", "tasks 112/113 完成时限 2024年: equal"),
    ("发挥政务新媒体传播优势。", "2024年", "task 114 (政务新媒体矩阵) 完成时限 2024年: equal"),
    ("畅通政民互动渠道。", "2024年", "task 115 (政民互动平台) 完成时限 2024年: equal"),
]
for frag, text, why in body_dl:
    nm(DL, L(frag), why, text)
# ---------- deadlines: task table ----------
tab_dl = [
    (1, "2024年6月底前", "task 64 完成时限 2025年: earlier (task 60, 2023年, is the 自治区 group itself, not this county task)"),
    (2, "2024年取得明显成效", "task 2 完成时限 2023年启动，2024年取得明显成效, copied: equal"),
    (3, "2025年", "task 3 完成时限 持续推进，2025年取得明显成效: equal"),
    (4, "2025年", "task 7 完成时限 2023年形成试点经验，2025年取得明显成效: equal"),
    (5, "2025年", "task 8 完成时限 持续推进，2025年取得明显成效: equal"),
    (6, "2025年", "task 9 完成时限 持续推进，2025年取得明显成效: equal"),
    (7, "2025年", "task 10 完成时限 持续推进，2025年取得明显成效: equal"),
    (8, "2025年", "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal"),
    (9, "2025年", "task 12 完成时限 2025年: equal"),
    (10, "长期坚持", "task 18 完成时限 2023年形成机制，长期坚持, copied verbatim: equal"),
    (11, "2024年", "task 21 完成时限 2024年: equal"),
    (12, "2024年9月底前", "task 23 完成时限 2024年: earlier"),
    (13, "2025年取得明显成效", "task 28 完成时限 2023年启动，2025年取得明显成效: completing milestone equal"),
    (14, "2024年", "tasks 33/34 完成时限 2024年: equal"),
    (15, "2024年", "task 40 完成时限 2024年: equal"),
    (16, "2024年", "task 41 完成时限 2024年: equal"),
    (17, "2024年10月底前", "task 46 完成时限 2024年 (43: 2024年建成): earlier"),
    (18, "2024年", "task 48 完成时限 2024年: equal"),
    (19, "2025年", "task 49 完成时限 2025年: equal"),
    (20, "2024年", "task 54 完成时限 2024年: equal"),
    (21, "2024年底前", "tasks 55 (2024年) / 56 (2025年): equal or earlier"),
    (22, "2024年", "task 57 完成时限 2024年: equal"),
    (23, "2025年", "task 59 完成时限 2025年: equal"),
    (24, "2025年", "task 66 完成时限 2025年: equal"),
    (25, "2024年", "tasks 70/71 完成时限 2024年: equal"),
    (26, "2024年", "task 73 完成时限 2024年: equal"),
    (27, "2024年", "task 74 完成时限 2024年: equal"),
    (28, "2024年", "task 77 完成时限 2024年: equal"),
    (29, "2024年", "task 79 完成时限 2024年: equal"),
    (30, "2024年", "task 80 完成时限 2024年: equal"),
    (31, "2025年6月底前", "task 83 完成时限 2025年: earlier"),
    (32, "2024年", "task 84 完成时限 2024年: equal"),
    (33, "2024年", "task 86 完成时限 2024年: equal"),
    (34, "2024年", "tasks 88/89 完成时限 2024年: equal"),
    (36, "2024年", "task 94 完成时限 2024年: equal"),
    (37, "2025年", "task 96 完成时限 2025年: equal"),
    (38, "2024年", "tasks 97/98 完成时限 2024年: equal"),
    (39, "2025年", "tasks 101/102 完成时限 2025年: equal"),
    (40, "2024年", "tasks 104/105 完成时限 2024年: equal"),
    (41, "2025年", "task 106 完成时限 2025年: equal"),
    (42, "2024年底前", "task 107 完成时限 2025年: earlier"),
    (43, "2024年取得明显成效", "task 108 完成时限 长期推进，2024年取得明显成效, copied: equal"),
    (44, "2025年", "task 111 完成时限 2025年: equal"),
    (45, "2024年", "tasks 112/113 完成时限 2024年: equal"),
    (46, "2024年", "task 114 完成时限 2024年: equal"),
    (47, "2024年", "task 115 完成时限 2024年: equal"),
    (48, "长期坚持", "task 116 完成时限 2023年完成并长期坚持, copied verbatim: equal"),
    (49, "长期坚持", "task 121 完成时限 长期坚持: equal"),
]
for n, text, why in tab_dl:
    nm(DL, row(n), "task-table row %d: %s" % (n, why), text)
# ---------- the office's own dates ----------
ln = L("（六）抓好跟踪落实。")
nm(DL, ln, "the office's own reporting dates (quarterly 25日, 2024年12月10日 annual summary, 2025年1月15日 county report) and implementation phases, not task deadlines", "2025年1月15日")
nm(DI, ln, "phase and reporting dates are all in 2024–2025, none impossible; 2024年3月 is the issuing month", "2024年3月")
# ---------- deadline-invalid near misses ----------
nm(DI, L("2024年2月29日"), "2024 is a leap year, so 2月29日 exists; it is the date of a past executive meeting, not a deadline", "2024年2月29日")
nm(DI, L("自2020年自治区印发"), "retrospective background year, not a deadline", "2020年")
nm(DI, L("2023年，我县对照"), "background: past work in 2023 (2023年11月27日 is the 吴忠 plan's date; 于2023年底前明确了 reports something already done), not deadlines of this plan", "2023年底前")
nm(DI, row(2), "copied regional deadline of task 2 (2023年启动，2024年取得明显成效): the 2023 start lies before the plan year but the task completes in 2024", "2023年启动")
nm(DI, row(10), "copied regional deadline of task 18 (2023年形成机制，长期坚持): a mechanism formed in 2023 and kept up, ongoing", "2023年形成机制")
nm(DI, row(48), "copied regional deadline of task 116 (2023年完成并长期坚持), ongoing", "2023年完成并长期坚持")
# ---------- units: collectives ----------
nm(UU, L("各乡镇人民政府，县直各部门（单位）："), "addressees: collective subjects", "县直各部门（单位）")
nm(UU, L("（县人民政府办公室牵头，县委编办"), "collective subject", "各乡镇人民政府")
nm(UU, L("（县委网信办牵头，县公安局"), "collective subjects", "县直各部门（单位）")
nm(UU, L("2024年启动，2025年取得明显成效）"), "collective subject (county analogue of 市直有关部门)", "县直有关部门（单位）")
nm(UU, L("（承担监管职责的县直有关部门（单位）分别负责"), "collective subject, county analogue of 承担监管职责的自治区有关部门（单位）", "承担监管职责的县直有关部门（单位）")
nm(UU, L("各村（社区）配合；2025年6月底前完成"), "collective subject", "各村（社区）")
nm(UU, row(48), "collective subjects as the responsible side; 配合 cell is a dash", "县直各部门（单位）、各乡镇人民政府")
nm(UU, row(18), "collective subjects", "各村（社区）")
nm(UU, row(26), "collective subject", "承担监管职责的县直有关部门（单位）")
nm(UU, row(13), "collective subjects", "县直有关部门（单位）")
# ---------- units: registered short names / names with 和 ----------
nm(UU, L("（县工业信息化和商务局牵头"), "canonical registered name containing 和; never split into 县工业信息化 + 商务局", "县工业信息化和商务局")
nm(UU, L("吴忠市生态环境局同心分局分别负责"), "canonical registered name containing 和", "县人力资源和社会保障局")
nm(UU, L("拓展公平普惠的民生服务。"), "registered short names 县文旅广电局 (县文化旅游广电局), 县审批局, 县残联", "县文旅广电局")
nm(UU, row(1), "registered short name of 县人民政府办公室", "县政府办")
nm(UU, row(2), "registered short names (县工业信息化和商务局, 县发展和改革局)", "县工信商务局")
nm(UU, row(4), "registered short name of 县教育体育局", "县教体局")
nm(UU, row(5), "registered short names (县卫生健康局, 县医疗保障局)", "县医保局")
nm(UU, row(6), "registered short name of 县住房和城乡建设局", "县住建局")
nm(UU, row(11), "registered short name of 县审批服务管理局", "县审批局")
nm(UU, row(25), "registered short name of 县市场监督管理局", "县市场监管局")
nm(UU, row(30), "registered short name 县应急局; 同心县气象局 and 同心县消防救援大队 are registered units outside the government proper", "同心县消防救援大队")
nm(UU, row(35), "registered short name of 县残疾人联合会 (this row's planted error is its deadline only)", "县残联")
nm(UU, row(40), "registered short name of 县委办公室", "县委办")
nm(UU, L("抄送市大数据局"), "city unit listed in units.txt (市大数据管理服务局 = 市大数据局), named as a report recipient", "市大数据局")
nm(UU, L("领导小组办公室联合审核"), "registered alias of 县推进“数字政府”建设领导小组办公室", "县数字政府建设领导小组办公室")
nm(UU, row(3), "registered unit (industrial park committee)", "同心工业园区管委会")
nm(UU, row(36), "registered county unit (city bureau's county branch)", "吴忠市生态环境局同心分局")
nm(UU, L("（县委组织部、县委党校牵头"), "registered unit", "县委党校")
# ---------- units: prefix distribution ----------
nm(UU, L("提升社会矛盾化解能力。"), "prefix 县 distributes over the list: 县司法局, 县信访局, 县人民法院, 县人民检察院, all registered", "司法局、信访局、人民法院、人民检察院")
nm(UU, row(28), "prefix distributes: 县司法局, 县信访局, 县人民法院, 县人民检察院", "人民法院")
nm(UU, row(14), "prefix distributes: 县卫健局, 县应急局 (registered short names)", "卫健局、应急局")
nm(UU, L("县发改局、财政局会同"), "prefix distributes: 县财政局", "财政局")
# ---------- units: regional bodies, groups, venues, places ----------
nm(UU, L("配合宁夏通信管理局、自治区党委网信办"), "regional units from the baseline (task 5's leads), named as the bodies the county cooperates with, not as leads of a local task", "宁夏通信管理局")
nm(UU, L("县数字政府建设专家咨询组"), "an advisory group the plan sets up, not a responsible unit", "县数字政府建设专家咨询组")
nm(UU, L("红军西征纪念馆"), "a venue being digitised, not a responsible unit", "红军西征纪念馆")
nm(UU, row(31), "豫海镇 is the pilot location inside the task text, not a unit", "豫海镇")
# ---------- basis documents ----------
pre = L("根据《国务院关于加强数字政府建设的指导意见》")
nm(BM, pre, "correct: 国发〔2022〕14号 is the national 指导意见", "国发〔2022〕14号")
nm(BM, pre, "correct: the regional 实施意见 is 宁政发〔2023〕17号", "宁政发〔2023〕17号")
nm(BM, pre, "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, exactly as the 吴忠 plan cites it", "宁政办发〔2023〕11号")
nm(BM, pre, "the city plan is cited by title alone, as DOMAIN.md allows (it has no 文号)", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
nm(BM, L("自2020年自治区印发"), "retrospective mention of the 2020 工作要点 with its correct 文号, not cited as a basis", "宁政办发〔2020〕14号")
nm(BM, L("2023年，我县对照宁政发"), "the 实施意见 referred to by its correct 文号 alone", "宁政发〔2023〕17号")
nm(BM, L("同政办发〔2024〕21号"), "the draft's own 文号, not a basis citation", "同政办发〔2024〕21号")
# ---------- pillars ----------
nm(MP, 0, "五个一 is folded into 一套体系 (健全组织机构: 领导小组 + 行政机构 + 技术支撑单位 + 专家咨询组), as the 吴忠 1347 frame does", pillar="五个一")
nm(MP, 0, "六级贯通 is taken up in （二）厘清层级职责", pillar="六级贯通")
nm(MP, 0, "数字生态 has its own part （三）营造良好数字生态", pillar="数字生态")
nm(MP, 0, "all seven abilities have their own parts under 五、强化“七种能力”", pillar="政务公开")
nm(MP, 0, "财政投入 is （二）加大财政投入 under 六、", pillar="财政投入")
nm(MP, 0, "数字素养 is （三）提升数字素养 under 六、", pillar="数字素养")
nm(MP, 0, "考核评价 is （四）强化考核评价 under 六、", pillar="考核评价")
nm(MP, 0, "安全保障 is 四、（一） with four sub-items", pillar="安全保障")
# ---------- not damage ----------
nm(GT, L("“易办·吴优”"), "the middle dot is part of the 吴忠 service brand, as in the 吴忠 plan", "易办·吴优")
nm(GT, row(48), "an em dash standing for an empty 配合 cell", "—")

covers = [
    (2, L("推动产业上云用数。")), (3, L("加快智慧园区建设。")), (5, L("完善数字经济治理体系。")),
    (6, L("深化数字普惠应用。")), (7, row(4)), (8, row(5)), (9, L("推进智慧县城建设。")),
    (10, L("推进数字乡村建设。")), (11, row(8)), (12, L("（三）营造良好数字生态。")),
    (14, L("强化安全管理责任。")), (15, L("强化安全管理责任。")), (17, L("落实安全制度要求。")),
    (18, row(10)), (21, row(11)), (23, row(12)), (24, L("创新数字政府建设管理机制。")),
    (25, L("（二）加大财政投入。")), (28, row(13)), (30, L("完善数据管理机制。")),
    (31, L("完善数据管理机制。")), (32, L("完善数据管理机制。")), (33, row(14)), (34, row(14)),
    (36, L("深化数据高效共享。")), (40, row(15)), (41, row(16)), (42, L("促进数据有序开发利用。")),
    (46, row(17)), (47, L("提升网络平台支撑能力。")), (48, row(18)), (49, row(19)),
    (50, L("提升网络平台支撑能力。")), (53, L("加强共性应用支撑能力。")), (54, row(20)),
    (55, row(21)), (56, row(21)), (57, row(22)), (58, L("加强共性应用支撑能力。")), (59, row(23)),
    (64, L("（一）健全组织机构。")), (65, L("整合经济运行数据。")), (66, row(24)),
    (67, L("做好经济政策有效衔接。")), (68, L("推动监管精准化。")), (69, L("推动监管精准化。")),
    (70, row(25)), (71, row(25)), (73, row(26)), (74, row(27)), (75, L("实现监管智能化。")),
    (77, row(28)), (79, row(29)), (80, row(30)), (83, row(31)), (84, row(32)),
    (85, L("提升智慧便捷服务能力。")), (86, row(33)), (88, row(34)), (89, row(34)),
    (90, L("拓展公平普惠的民生服务。")), (93, row(35)), (94, row(36)), (96, row(37)),
    (97, row(38)), (98, row(38)), (101, row(39)), (102, row(39)), (103, L("强化辅助决策能力。")),
    (104, row(40)), (105, row(40)), (106, row(41)), (107, row(42)), (108, row(43)), (111, row(44)),
    (112, row(45)), (113, row(45)), (114, row(46)), (115, row(47)), (116, row(48)),
    (117, L("（三）提升数字素养。")), (118, L("（三）提升数字素养。")), (121, row(49)),
    (122, L("（四）强化考核评价。")), (123, L("（四）强化考核评价。")), (124, L("（四）强化考核评价。")),
]

key = {
    "writer": "blind writer, round 801; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": m,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": (
        "同心县 2024 实施方案 (同政办发〔2024〕21号, issued 2024-03-15) implementing 宁政发〔2023〕17号 and the 吴忠 plan, "
        "in the 吴忠 1347 frame with 五个一/六级贯通 folded into 一套体系; body measures carry inline (牵头/配合；时限) notes and "
        "the attachment is a 49-row task table whose first-listed lead is the main lead (stated in 说明). "
        "Five planted mistakes: two late deadlines (table row 35 = task 93; body sentence on 外网 coverage = task 48), one unknown unit "
        "(县商务局), one wrong 文号 in a second mention of the 实施意见, one mojibake run. "
        "Tasks deliberately not dated in the body because the region dated them 2023 (14, 15, 24, 25, 30-32, 36, 67, 68, 85) are taken "
        "up without a date. Regional tasks not taken up (information only, not planted): 13, 35, 76, 78, 82 (COVID, obsolete), 92, 99, 100, 110, 119, "
        "and the region-only or city-only tasks. Task 22/29/43/87 are touched but not claimed in covers."
    ),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(m), "covers", len(covers), "lines", len(LINES) - (LINES[-1] == ""))
