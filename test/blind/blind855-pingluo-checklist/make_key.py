# Builds key.json from draft.txt; every line number is looked up by a unique substring.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')[:-1]

def ln(sub, also=None):
    hits = [i + 1 for i, x in enumerate(L) if sub in x and (also is None or also in x)]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

E, M, C = [], [], []
def e(rule, line, why, **kw):
    d = {"rule": rule, "line": line}
    if 'text' in kw: chk(line, kw['text']) if line else None
    d.update(kw); d["why"] = why; E.append(d)
def m(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text); d["text"] = text
    d["why"] = why; M.append(d)
def c(task, line):
    C.append({"task": task, "line": line})

# ---------------- planted mistakes ----------------
e("basis-mismatch", ln('宁政办发〔2023〕17号'), "the 自治区 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发〔2023〕17号 is not its 文号 (办 slipped in, probably from the 宁政办发〔2023〕11号 cited next to it)", text="宁政办发〔2023〕17号")
e("garbled-text", ln('鏀垮姟鏁版嵁鍏变韩'), "UTF-8 bytes of 政务数据共享 read as GBK (mojibake) in the 工作基础 paragraph; re-encoding as GBK and decoding as UTF-8 gives 政务数据共享", text="鏀垮姟鏁版嵁鍏变韩")
e("deadline-later-than-baseline", ln('县级公共数据开放目录'), "task 41 (公共数据开放目录及责任清单、统一公共数据开放平台、分类分级开放) has 完成时限 2024年; the draft gives 2025年12月底前", text="2025年12月底前")
e("unknown-unit", ln('县大数据局'), "not in units.txt; the county body is 县大数据服务中心 (alias 县大数据中心), named as lead everywhere else; 县大数据局 does not exist (looks copied from a city's 市大数据局)", text="县大数据局")
e("deadline-invalid", ln('11月31日'), "impossible date: November has 30 days (task 79 雪亮工程 is due 2024年, so the year itself is fine)", text="11月31日")
e("task-uncovered", 0, "task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 各市、县（区）按照职能分别负责; 2024年) is deliberately left out: the draft never mentions 适老化、信息无障碍、老年人 or 残疾人", task=93)

# ---------------- near misses: basis ----------------
m("basis-mismatch", ln('国发〔2022〕14号'), "correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
m("basis-mismatch", ln('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way in the 吴忠 plan; title and 文号 belong together", "宁政办发〔2023〕11号")
m("basis-mismatch", ln('石嘴山市人民政府《关于加强数字政府建设的实施方案》'), "the city plan cited by title alone, as county plans do (a city plan may have no 文号); title is 加强…实施方案, not 工作方案/行动方案", "石嘴山市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the superseded 2020 工作要点 in the 工作基础 background (自治区2020年印发…以来), not cited as a basis; its 文号 is correct", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('平政办发〔2024〕12号'), "the draft's own 文号 in the 文头, not a cited basis document", "平政办发〔2024〕12号")

# ---------------- near misses: dates that are not deadlines / past dates ----------------
m("deadline-invalid", ln('2024年3月15日'), "the document's own issue date", "2024年3月15日")
m("deadline-invalid", ln('（一）工作基础'), "past dates in the background (2020年 document, 2023年 achievements) are history, not deadlines before the issue year", "2023年")
m("deadline-invalid", ln('2023年形成机制，长期坚持'), "copied regional deadline of task 18 (2023年形成机制, 长期坚持); lies before the plan year but is the region's own milestone and an ongoing duty", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", ln('2023年形成机制，长期坚持'), "task 18 完成时限 2023年形成机制, 长期坚持: the same milestones copied (only the comma is full-width), so equal")
m("deadline-later-than-baseline", ln('各责任单位于每季度末月25日前'), "the office's own reporting dates (quarterly 25日, 2024年度自查报告 by 2025年1月15日), not task deadlines", "2025年1月15日")
m("deadline-later-than-baseline", ln('有效期至2025年12月31日'), "validity period of the plan itself, not a task deadline", "2025年12月31日")
m("deadline-invalid", ln('2024年启动，2025年取得明显成效'), "2024年启动 in a plan issued 2024 is not before the issue year; a start milestone, not an impossible date", "2024年启动")

# ---------------- near misses: 主要目标 ----------------
m("deadline-later-than-baseline", ln('到2024年底，全县非涉密'), "2024 goals equal the regional task deadlines: 政务信创云迁移 task 43 (2024 年建成，持续推进)/46 (2024 年), 电子政务外网乡村全覆盖 task 48 (2024 年), 宁政通 task 105 (2024年), 我的宁夏 task 86 (2024年); none of them is a regional 2023年底 goal", "2024年底")
m("deadline-later-than-baseline", ln('到2025年，全县数字政府建设体系框架全面成型'), "equal to the regional goal 到2025年…“34567”体系框架全面成型", "2025年")
m("deadline-later-than-baseline", ln('到2035年'), "equal to the regional goal 到2035年…数字政府全面建成", "2035年")

# ---------------- near misses: task deadlines equal or earlier ----------------
D = [
 ('平罗工业园区“智慧园区”', 3, '持续推进，2025 年取得明显成效', '持续推进，2025年取得明显成效', 'equal'),
 ('上云用云', 2, '2023 年启动，2024 年取得明显成效', '2024年底前', 'equal (completing milestone 2024)'),
 ('以算法对算法', 5, '持续推进，2025 年取得明显成效', '持续推进，2025年取得明显成效', 'equal'),
 ('养老托育等领域服务数字化', 6, '持续推进，2025 年取得明显成效', '持续推进，2025年取得明显成效', 'equal'),
 ('国家智慧教育平台', 7, '2023年形成试点经验，2025年取得明显成效', '2024年底前', 'earlier than the completing milestone 2025; the 2023 试点经验 milestone is the region\'s own pilot'),
 ('医共体信息平台', 8, '持续推进，2025年取得明显成效', '2025年6月底前', 'within 2025, not later'),
 ('县城运行管理服务平台', 9, '持续推进，2025年取得明显成效', '2025年底前', 'equal'),
 ('数字乡村试点建设', 10, '持续推进，2025年取得明显成效', '持续推进，2025年取得明显成效', 'equal'),
 ('“数字供销”县级服务平台', 11, '2023年完成主要建设任务，2025年取得明显成效', '2025年', 'equal to the completing milestone 2025'),
 ('数据要素市场主体培育', 12, '2025年', '2025年底前', 'equal'),
 ('公平竞争审查制度落实', 13, '2024年', '2024年12月底前', 'equal'),
 ('信创适配', 19, '2023年启动, 2024年建成', '2024年底前', 'equal to the completing milestone 2024 (信创 line of 提高自主可控水平)'),
 ('行政许可管理信息系统', 21, '2024年', '2024年底前', 'equal'),
 ('“一本账”登记', 23, '2024年', '2024年9月底前', 'earlier'),
 ('试点示范申报', 28, '2023年启动，2025年取得明显成效', '2025年取得明显成效', 'completing milestone equal (2025); the later start (2024年启动) is not a completion deadline'),
 ('行政规范性文件清理', 26, '2024年', '2024年10月底前', 'earlier (nearest regional task; no later in any reading)'),
 ('全量接入自治区政务数据平台', 29, '2023年启动，2025年完成', '2025年底前', 'equal to the completing milestone 2025'),
 ('经济运行监测主题数据库', 35, '2024年', '2024年底前', 'equal'),
 ('电子公文全流程标准化管理', 40, '2024年', '2024年底前', 'equal'),
 ('公共交通等公共数据与政务数据融合', 42, '2024年', '2024年底前', 'equal'),
 ('向政务信创云有序迁移', 43, '2024 年建成，持续推进', '2024年10月底前', 'earlier (task 46 is also 2024 年)'),
 ('IPv6改造', 47, '2024 年', '2024年8月底前', 'earlier'),
 ('城域网升级改造', 48, '2024 年', '2024年底前', 'equal'),
 ('非涉密业务专网', 50, '2024 年', '2024年底前', 'equal'),
 ('视频共享平台', 49, '2025 年', '2025年6月底前', 'earlier'),
 ('电子证照在县级政务服务领域', 52, '2025年', '2025年底前', 'equal'),
 ('电子文件归档功能', 54, '2024年', '2024年底前', 'equal'),
 ('非税收入收缴电子化', 56, '2025年', '2025年', 'equal'),
 ('社会信用信息归集共享', 57, '2024年', '2024年12月20日前', 'earlier'),
 ('地理信息资源共建共享', 58, '2024年', '2024年', 'equal'),
 ('组织机构和工作机制健全', 64, '2025年', '2024年6月底前', 'earlier'),
 ('综合指挥调度中心', 81, '2025年', '2025年底前', 'equal'),
 ('宁夏经济运行大数据平台', 66, '2025年', '2025年', 'equal'),
 ('企业信用风险分类结果', 70, '2024年', '2024年底前', 'equal'),
 ('全链条数字化追溯监管', 71, '2024年', '2024年11月底前', 'earlier'),
 ('消费维权“一件事”', 73, '2024年', '2024年底前', 'equal'),
 ('“屏、端、仪”', 74, '2024年', '2024年', 'equal'),
 ('矛盾纠纷多元化解信息系统', 77, '2024年', '2024年底前', 'equal'),
 ('公安局信息化系统整合优化', 78, '2024年', '2024年底前', 'equal'),
 ('“智慧应急”县级应用', 80, '2024年', '2024年底前', 'equal'),
 ('“互联网+基层治理”县级平台', 83, '2025年', '2025年', 'equal'),
 ('县乡村三级政务服务体系', 84, '2024年', '2024年底前', 'equal'),
 ('平罗专区迭代升级', 86, '2024年', '2024年9月底前', 'earlier'),
 ('110报警服务台', 87, '2023年启动，2025年完成', '2025年', 'equal to the completing milestone 2025'),
 ('“一业一证”改革扩围', 88, '2024年', '2024年底前', 'equal'),
 ('企业专属网页', 89, '2024年', '2024年', 'equal'),
 ('公共场馆数字化转型', 90, '2024年', '2024年底前', 'equal'),
 ('“多卡合一”', 92, '2025年', '2025年', 'equal'),
 ('土壤等生态环境数据资源综合开发利用', 95, '2025年', '2025年', 'equal; this is task 95 (大气、水、土壤…数据资源综合开发利用、数据共享、业务协同), not task 94 (生态环境数据资源中心, 2024年)'),
 ('“互联网+城乡供水”县级示范', 96, '2025年', '2025年底前', 'equal'),
 ('国土空间基础信息平台县级应用', 97, '2024年', '2024年底前', 'equal'),
 ('“智慧林草”云平台', 98, '2024年', '2024年', 'equal'),
 ('山林权交易平台', 100, '2025年', '2025年', 'equal'),
 ('碳排放智能监测', 101, '2025年', '2025年', 'equal'),
 ('驾驶舱', 103, '2024年', '2024年底前', 'equal'),
 ('协同办公平台县乡两级', 104, '2024年', '2024年6月底前', 'earlier'),
 ('“宁政通”在县乡村三级', 105, '2024年', '2024年6月底前', 'earlier'),
 ('填表报数系统', 106, '2025年', '2025年', 'equal'),
 ('视频会议系统资源整合', 107, '2025年', '2025年6月底前', 'earlier'),
 ('公共资源交易全流程数字化', 108, '长期推进，2024年取得明显成效', '长期推进，2024年取得明显成效', 'equal'),
 ('“互联网+督查”县级应用', 109, '2024年', '2024年', 'equal'),
 ('机关事务管理信息系统整合', 111, '2025年', '2025年', 'equal'),
 ('政务公开信息化平台完善', 112, '2024年', '2024年底前', 'equal'),
 ('政务新媒体矩阵', 114, '2024年', '2024年', 'equal'),
 ('政民互动知识库', 115, '2024年', '2024年12月底前', 'equal'),
]
for sub, task, reg, txt, how in D:
    line = ln(sub, '□')
    m("deadline-later-than-baseline", line, f"task {task} 完成时限 {reg}; draft {txt}: {how}", txt)
    if task != 19 and task != 26:
        c(task, line)
m("deadline-later-than-baseline", ln('分管领导和联络员'), "the plan's own arrangement of 分管领导/联络员 (2024年4月底前); not task 32 (数据管理机构及其职责分工、人员, 2023年), which the draft does not take up; no regional deadline applies", "2024年4月底前")

# ---------------- near misses: units ----------------
U = [
 ('各乡镇人民政府，县直各部门（单位），各直属机构', '各乡镇人民政府', 'collective subject (addressees)'),
 ('各乡镇人民政府，县直各部门（单位），各直属机构', '县直各部门（单位）', 'collective subject'),
 ('数字乡村试点建设', '各乡镇人民政府', 'collective subject'),
 ('县级行政许可事项全部纳入', '县直有关部门', 'collective subject'),
 ('城域网升级改造', '各村（社区）', 'collective subject; only 县大数据局 on this line is wrong'),
 ('上云用云', '县工信局', 'official short name of 县工业和信息化局 in units.txt'),
 ('上云用云', '县发改局', 'short name of 县发展和改革局 in units.txt'),
 ('公平竞争审查制度落实', '县发展改革局', 'short name of 县发展和改革局 in units.txt'),
 ('养老托育等领域服务数字化', '县教体局', 'short name of 县教育体育局'),
 ('养老托育等领域服务数字化', '县人社局', 'short name of 县人力资源和社会保障局'),
 ('养老托育等领域服务数字化', '县民政局（按职责分别负责）', '县民政局 is registered; the parenthesis says the five leads each lead their own field, it is not part of a unit name'),
 ('“多卡合一”', '县人力资源社会保障局', 'short name of 县人力资源和社会保障局 in units.txt'),
 ('“数字供销”县级服务平台', '县供销社', 'short name of 县供销合作社联合社'),
 ('平罗工业园区“智慧园区”', '平罗工业园区管委会', 'registered (园区 section of units.txt)'),
 ('非税收入收缴电子化', '国家税务总局平罗县税务局', 'registered vertical unit; a prefix 国家税务总局 is part of the name, not a national body'),
 ('地理信息资源共建共享', '石嘴山市自然资源局平罗分局', 'registered county-level branch; must not be split into 石嘴山市自然资源局 or read as a city unit leading a county task'),
 ('土壤等生态环境数据资源综合开发利用', '石嘴山市生态环境局平罗分局', 'registered county-level branch of the city bureau'),
 ('“智慧应急”县级应用', '平罗县消防救援大队', 'registered'),
 ('“智慧应急”县级应用', '平罗县气象局', 'registered'),
 ('全链条数字化追溯监管', '县市场监督管理局', 'canonical name (县市场监管局 is its short name)'),
 ('“互联网+督查”县级应用', '县政府督查室', 'short name of 县人民政府督查室'),
 ('电子文件归档功能', '县委办公室', 'registered; two leads, first is main lead per the draft\'s own note'),
 ('县城运行管理服务平台', '县城管局', 'short name of 县城市管理综合执法局'),
]
for sub, txt, why in U:
    m("unknown-unit", ln(sub), why, txt)
m("unknown-unit", ln('（一）健全组织机构。参照自治区做法'), "prose naming the 领导小组办公室's seat 县政府办公室（县大数据服务中心）; both registered, not a responsibility cell and not a regional body", "县政府办公室（县大数据服务中心）")
m("unknown-unit", ln('数据按要求汇聚至自治区公安大数据中心'), "自治区公安大数据中心 is the platform data flow to, not a responsible unit; the lead is 县公安局", "自治区公安大数据中心")

# ---------------- near misses: not garbled ----------------
m("garbled-text", ln('已完成的在“□”内打“√”'), "□ and √ are the checklist's own symbols, not mojibake", "“□”内打“√”")
m("garbled-text", ln('IPv6改造'), "IPv6 is a technical term, not damaged text", "IPv6")
m("garbled-text", ln('5G+工业互联网'), "5G+工业互联网 is a normal term", "5G+工业互联网")

# ---------------- covers not tied to a deadline ----------------
c(18, ln('2023年形成机制，长期坚持'))
c(41, ln('县级公共数据开放目录'))
c(79, ln('11月31日'))
c(116, ln('（一）加强组织领导'))
c(25, ln('（二）加大财政投入'))
c(123, ln('（四）强化考核评价'))
c(124, ln('（四）强化考核评价'))
C.sort(key=lambda x: (x['task'], x['line']))

key = {
 "writer": "blind writer, round 855; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("平罗县 (石嘴山市) 2024 实施方案 whose measures are a self-check checklist (□ 完成……；牵头：……；配合：……；时限：……). "
           "No parent plan is given (the 石嘴山 city plan is only cited by title). Line 11 states that the first-listed lead is the main lead. "
           "Besides the deliberate omission of task 93, the draft does not take up as checklist items several tasks with 2023 deadlines that counties share "
           "(14, 15, 30, 32, 36): line 40 only touches task 14 in prose, without a deadline. A task-uncovered report for them is not a false alarm but was not planted. "
           "Line 95 is task 95, not task 94; line 68 (分管领导和联络员) is not task 32.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(M), len(C))
