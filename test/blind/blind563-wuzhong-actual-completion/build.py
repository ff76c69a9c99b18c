#!/usr/bin/env python3
"""Writes draft.txt and key.json for blind case 563 and checks every key line against the draft."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
T = "\t"

def row(*cells):
    assert len(cells) == 7, cells
    return T.join(cells)

L = []
L += [
"附件",
"吴忠市数字政府建设任务完成情况统计表",
"（2024年12月）",
"填报单位：市大数据管理服务局（盖章）　　　　填报日期：2024年12月20日",
"填报说明",
"一、填报依据。本表依据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）和吴忠市人民政府《关于加强数字政府建设的实施方案》所列重点任务填报，统计时间截至2024年12月15日。",
"二、总体进展。全市共梳理数字政府建设重点任务45项，其中已完成33项，持续推进2项，未完成10项。按照市实施方案“到2023年底，数字政府建设各类平台‘家底’全面理清”的目标，我市已于2023年12月完成全市政务信息系统和平台普查，形成平台清单。",
"在落实《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）期间建成的市级政务信息系统，2024年已全部完成向政务信创云迁移，原市级政务云同步停止新增部署。",
"三、存在问题。一是部分县（区）、乡（镇）数字化专业人才不足，“科室+数据专员”作用发挥不均衡；二是财政资金保障压力较大，部分项目分期实施；三是自治区平台数据向本地回流机制尚需完善，数据开发利用深度不够。",
"四、下步打算。对未完成的10项任务逐项建立台账，按照“未完成原因及下步措施”栏明确的时限推进，实行月调度、季通报；围绕到2025年全市数字政府建设“1347”体系框架全面成型的目标，统筹推进各项任务落地见效。",
"五、填表说明。1.责任单位栏中排在第一位的为牵头单位，其余为配合单位；“各县（市、区）人民政府”包括利通区、红寺堡区、青铜峡市、盐池县、同心县人民政府和太阳山开发区管委会。",
"2.“计划完成时限”按市实施方案附件2《吴忠市数字政府建设重点任务清单》填写。",
"3.“是否完成”栏填写“是”“否”或“持续推进”；长期坚持类任务已形成工作机制的填写“是”。",
"4.“实际完成时间”填写任务实际完成的年月，未完成或持续推进的填写“—”；未完成任务须在末栏写明原因、下步措施和完成时限。",
row("序号","重点任务","责任单位","计划完成时限","是否完成","实际完成时间","未完成原因及下步措施"),
"一、完善“一套体系”",
row("1","健全完善市、县（市、区）、乡（镇）三级数字政府建设组织领导机构，调整充实市推进数字政府建设领导小组成员，逐级明确职责任务","市政府办公室、市委编办、各县（市、区）人民政府","2023年","是","2023年9月","—"),
row("2","按照自治区“六级贯通”层级架构，厘清市、县（市、区）、乡（镇）、村（社区）目标任务和工作职责，依托上级平台开发本地特色应用","市大数据局、各县（市、区）人民政府","2023年","是","2023年12月","—"),
row("3","建立“一联系、两清单”数字政府工作机制，探索建立“科室+数据专员”机制，配齐配强数字化工作力量","市大数据管理服务局、市直各部门（单位）、各县（市、区）人民政府","2023年","是","2023年11月","—"),
"二、着眼“三个驱动”",
"（一）驱动数字经济发展",
row("4","围绕“六新六特六优”产业，推动企业系统上云，建设“5G+工业互联网”典型应用场景，按需接入自治区产业云","市工业和信息化局、市直有关部门、各县（市、区）人民政府","2023年启动，2024年取得明显成效","是","2024年11月","—"),
row("5","加快完善太阳山开发区、金积工业园区、青铜峡园区等“智慧园区”功能，提升园区公共服务、应急安全、管理决策数字化水平","市工信局、太阳山开发区管委会、利通区人民政府、青铜峡市人民政府","持续推进，2025年取得明显成效","持续推进","—","太阳山开发区智慧园区一期已建成，2025年底前完成二期建设"),
"（二）引领数字社会建设",
row("6","推进智慧城市建设，建设城市运行管理服务平台，推进城市运行“一网统管”","市住房城乡建设局、市城市管理局、市大数据局、利通区人民政府","2025年","否","—","平台一期已于2024年10月上线试运行；受资金分期拨付影响，二期计划2025年9月底前建成"),
row("7","推进“互联网+医疗健康”建设，深化医联体（医共体）信息互联互通，推广电子处方流转","市卫健委、市医保局","2024年","是","2024年12月","—"),
row("8","推进数字乡村建设，补齐乡村信息基础设施短板，争创全区数字农业示范县","市农业农村局、市委网信办、各县（市、区）人民政府","持续推进，2025年取得明显成效","持续推进","—","2025年继续推进盐池县、同心县数字乡村试点，年底前形成试点经验"),
row("9","全面推进全国“数字供销”示范区建设，推动农业龙头企业产品实现在线追溯","市供销社、市农业农村局","2023年完成主要建设任务，2025年取得明显成效","是","2023年12月","主要建设任务已完成，持续提升应用成效"),
"（三）营造良好数字生态",
row("10","融合汇聚全市数据资源，推进供水、供电、供气、公共交通等公共数据与政务数据融合应用","市大数据局、市住建局、市交通运输局","2024年","是","2024年9月","—"),
row("11","配合自治区培育数据要素市场，探索数据服务商业模式创新，推动企业数据资源云化存储、共享应用","市发展改革委、市大数据局、市工信局","2025年","否","—","自治区数据交易平台尚在建设，待平台上线后做好对接，2025年底前完成"),
"三、聚焦“四大支撑”",
"（一）安全保障体系",
row("12","落实市、县（区）、乡（镇）数字政府建设安全和保密工作主体责任、监督责任，构建一体化安全防护体系","市委网信办、市直各部门（单位）、各县（市、区）人民政府","2023年","是","2023年8月","—"),
row("13","建立数字政府安全评估、责任落实和重大事件处置机制，完善企业参与政务信息化建设和运营的规范制度","市委网信办、市大数据局","2023年","是","2024年4月","—"),
row("14","建立健全数据分类分级保护、风险评估等制度，建立网络安全、保密监测预警和密码应用安全性评估机制","市委网信办、市公安局、市大数据局","2023年","是","2023年12月","—"),
row("15","建立动态监控、主动防御、协同响应的数字政府安全技术保障体系，开展常态化安全防护和应急演练","市委网信办、市公安局、市直各部门（单位）","2023年形成机制，长期坚持","是","2023年10月","每年组织开展网络安全应急演练不少于1次"),
row("16","组织现有政务信息系统和新建应用系统向自治区政务信创云有序迁移、适配运行，做到“应上尽上”","市大数据局、市直各部门（单位）","2023年启动，2024年完成","是","2024年9月","—"),
"（二）制度规则体系",
row("17","推动各类行政权力事项网上运行、动态管理，完善行政许可事项清单","市行政审批局、市司法局、市直有关部门","2024年","是","2024年6月","—"),
row("18","健全政务信息化建设管理会商机制，探索建立综合论证、绿色通道、联合验收等项目管理新模式","市发改委、市财政局、市大数据局","2023年","是","2023年12月","—"),
row("19","强化审管协同，健全“审管联动”机制，梳理审批和监管事项清单","市审批局、市市场监管局、市住建局、市水务局","2025年","否","—","审批和监管事项清单已梳理完毕，2025年6月底前实现与市场监管、住建、水务等部门审管联动全覆盖"),
"（三）数据资源体系",
row("20","全面摸清全市政务数据资源底数，编制政务数据资源目录，形成全市政务数据“一本账”","市大数据局、市直各部门（单位）、各县（市、区）人民政府","2023年底","是","2023年11月","—"),
row("21","完善社会保障、生态环保、应急管理、国资监管、医疗健康等主题库，积极对接全区统一基础库和主题库","市大数据局、市人社局、市生态环境局、市应急局、市国资委、市卫健委","2024年","是","2024年10月","—"),
row("22","按照“一应用一数仓”要求建设政务数据仓库，为城市治理、生态环保、经济运行等多跨场景应用提供数据支撑","市大数据中心、市直有关部门","2024年","是","2024年12月","—"),
"（四）平台支撑体系",
row("23","加快推进全市电子政务外网IPv6优化改造和骨干线路“一网多平面”优化升级，推动骨干网络升级扩容","市大数据局、各县（市、区）人民政府","2025年","否","—","IPv6改造已完成，骨干线路“一网多平面”升级正在实施，按计划推进"),
row("24","拓宽电子政务外网覆盖范围，实现市、县（市、区）、乡（街道）、村（社区）四级全覆盖","市大数据局、各县（市、区）人民政府","2024年","是","2024年8月","—"),
row("25","依托自治区统一的视频共享平台，统筹融合全市视频资源","市委政法委、市公安局、市大数据局","2025年","否","—","已完成市级视频资源目录梳理，配合自治区党委政法委推进平台级联，2025年底前完成全市视频资源整合接入"),
row("26","扩大电子证照应用领域和互通互认，拓展“扫码亮证、证照免提交”应用场景","市审批局、市公安局、市市场监管局","2023年","是","2023年12月","—"),
row("27","对接全区统一的地理信息服务体系，完善全市“底板底图”，推动地理信息资源共建共享","市自然资源厅、市住建局","2024年","是","2024年10月","—"),
"四、强化“七种能力”",
"（一）经济调节能力",
row("28","积极对接使用自治区经济运行大数据平台，加强重点行业、重点企业和重点产品监测分析","市工业和信息化局、发展改革委、商务局、统计局","2025年","否","—","已完成首批重点企业数据对接，2025年6月底前完成全市规上企业数据对接"),
"（二）市场监管能力",
row("29","完善监管事项目录和实施清单，健全监管事项清单数字化、动态化管理机制，推行“照单监管”","市市场监督管理局、市直有关部门","2023年","是","2023年12月","—"),
"（三）社会管理能力",
row("30","创新“三官一顾问+N”矛盾纠纷多元治理模式，推广应用全区矛盾纠纷多元化解信息系统","市委政法委、市司法局、市信访局、市公安局","2024年","是","2024年7月","—"),
row("31","加快推进“智慧应急”建设，完善自然灾害监测预警、危化品双重预防、应急指挥调度等信息化基础建设","市应急局、市自然资源局、吴忠市气象局、吴忠市消防救援支队","2024年","是","2024年11月","—"),
row("32","推进智慧社区建设，依托宁夏社会治理基层综合指挥平台构建新型基层管理服务平台","市委政法委、市民政局、各县（市、区）人民政府、各乡镇（街道）","2025年","否","—","已在利通区、青铜峡市开展试点，2025年底前在全市推广"),
"（四）公共服务能力",
row("33","全面推广“我的宁夏”政务APP，持续做强做优吴忠专区功能，推动高频政务服务事项“掌上办、码上办”","市审批局、市直有关部门","2024年","是","2024年6月","—"),
row("34","健全12345政务热线与110报警服务台、基层网格员联动工作机制，完成热线智能交互建设，打造“民呼我应”政务热线“总客服”","市政府办公室、市公安局、市审批局","2023年启动，2025年完成","否","—","联动工作机制已建立；热线智能交互系统受资金影响推迟建设，计划2026年6月底前完成"),
row("35","加快推进各级政务服务场所、网上办事平台、政府网站适老化改造和信息无障碍建设","市直各部门（单位）、各县（市、区）人民政府","2024年","是","2024年12月","—"),
"（五）生态环境保护能力",
row("36","依托生态环境大数据平台，构建全市联网、上下协同的生态环境智慧监测体系，强化污染源监控","市生态环境局、市水务局","2024年","是","2024年9月","—"),
row("37","推进“互联网+城乡供水”建设，推广“互联网+高效节水农业”服务平台","市水务局、市农业农村局、各县（市、区）人民政府","2025年","否","—","利通区、青铜峡市城乡供水数字化改造已完成，盐池县、同心县计划20225年6月底前完成"),
"（六）政务运行能力",
row("38","依托宁夏政务协同办公平台，推动公文流转、会议培训、督查考核等机关内部事务线上集成办理","自治区政府办公厅牵头，市政府办公室、市直各部门（单位）配合","2024年","是","2024年5月","—"),
row("39","统筹整合各地各部门非涉密视频会议系统资源，形成全市统筹应用的视频会议平台","市机关事务服务中心、市大数据局","2024年","否","—","受设备采购进度影响，2025年6月底前完成各县（市、区）视频会议系统接入"),
"（七）政务公开能力",
row("40","完善各类政务公开信息化平台，构建以网上发布为主、其他渠道发布为辅的政务公开发布新格局","市政府办公室、市直各部门（单位）、各县（市、区）人民政府","2024年","是","2024年10月","—"),
row("41","构建政务新媒体矩阵体系，依托政务新媒体做好突发公共事件信息发布和政务舆情回应","市委宣传部、市融媒体中心、市直各部门（单位）","2024年","是","2024年8月","—"),
"五、加强党的领导",
row("42","将数字政府建设纳入“一把手”工程，建立主要领导负责制，制定年度工作要点并组织实施","市政府办公室、市直各部门（单位）、各县（市、区）人民政府","2023年完成并长期坚持","是","2023年12月","2024年度工作要点已于2024年3月印发实施"),
row("43","强化数字政府建设经费保障，将数字政府建设经费纳入年度预算，建立政务平台运行与年度运维资金挂钩的评估机制","市财政局、市大数据局","2023年","是","2023年12月","—"),
row("44","依托宁夏干部教育培训网络学院开展全市干部数字化业务能力“大培训”","市委组织部、市人社局、市大数据局","2023年完成并长期坚持","是","2023年11月","2024年累计培训干部3200余人次，长期坚持"),
row("45","将数字政府建设纳入绩效目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考","市委组织部、市委办公室","2023年完成，长期坚持","是","2023年12月","—"),
"合计：重点任务45项，已完成33项，持续推进2项，未完成10项。",
"备注：本表同时报市人民政府办公室，电子版通过宁政通APP报送。",
"审核人：　　　　　　填表人：　　　　　　联系电话：",
]

text = "\n".join(L) + "\n"
with open(os.path.join(HERE, "draft.txt"), "w", encoding="utf-8") as f:
    f.write(text)

lines = text.split("\n")

def ln(needle, nth=0):
    hits = [i + 1 for i, s in enumerate(lines) if needle in s]
    assert hits, needle
    return hits[nth]

def rowline(n):
    return ln(f"{n}\t") if False else [i + 1 for i, s in enumerate(lines) if s.startswith(f"{n}\t")][0]

def cell(n, col):
    s = lines[rowline(n) - 1].split("\t")
    return s[col]

# sanity: counts claimed in 总体进展
rows = [s.split("\t") for s in lines if s[:1].isdigit() and "\t" in s]
assert len(rows) == 45, len(rows)
from collections import Counter
c = Counter(r[4] for r in rows)
assert c == Counter({"是": 33, "否": 10, "持续推进": 2}), c

def chk(n, col, t):
    assert t in cell(n, col), (n, col, t, cell(n, col))
    return rowline(n)

expect = [
    {"rule": "deadline-later-than-baseline", "line": chk(23, 3, "2025年"), "text": "2025年",
     "why": "row 23 (电子政务外网IPv6改造、骨干网升级扩容) is regional task 47, 完成时限 2024年; the city's 计划完成时限 2025年 is later"},
    {"rule": "deadline-later-than-baseline", "line": chk(34, 6, "2026年6月底前"), "text": "2026年6月底前",
     "why": "row 34 (12345热线智能交互、总客服) is regional task 87, 完成时限 2023年启动，2025年完成; the new date in 下步措施, 2026年6月底前, is later than 2025"},
    {"rule": "deadline-invalid", "line": chk(37, 6, "20225年"), "text": "20225年",
     "why": "impossible year (typo for 2025年) in the 下步措施 of row 37 (互联网+城乡供水, regional task 96, 完成时限 2025年)"},
    {"rule": "unknown-unit", "line": chk(17, 2, "市行政审批局"), "text": "市行政审批局",
     "why": "not in the Wuzhong registry; the unit is 市审批服务管理局 (short name 市审批局)"},
    {"rule": "unknown-unit", "line": chk(22, 2, "市大数据中心"), "text": "市大数据中心",
     "why": "not in the Wuzhong registry; the city's body is 市大数据管理服务局 (市大数据局); named first, so as lead"},
    {"rule": "unknown-unit", "line": chk(27, 2, "市自然资源厅"), "text": "市自然资源厅",
     "why": "no such city unit: 厅 copied from 自治区自然资源厅; the registry has 市自然资源局"},
    {"rule": "unknown-unit", "line": chk(38, 2, "自治区政府办公厅牵头"), "text": "自治区政府办公厅",
     "why": "a regional body named as 牵头 of a task in the city's own table (copied from regional task 104); the city lead would be 市政府办公室"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

mnf("deadline-invalid", ln("填报日期：2024年12月20日"), "the office's own reporting date, not a deadline", "2024年12月20日")
mnf("deadline-invalid", ln("统计时间截至2024年12月15日"), "the statistics cut-off date of the report, not a deadline", "2024年12月15日")
mnf("basis-mismatch", ln("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "the city plan cited by its exact title without 文号, as it has none; 国发〔2022〕14号 and 宁政发〔2023〕17号 are correct", "关于加强数字政府建设的实施方案")
mnf("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 (systems built in that period), not cited as a basis", "宁政办发〔2020〕14号")
mnf("deadline-later-than-baseline", ln("到2023年底，数字政府建设各类平台"), "quotes the 主要目标 goal 到2023年底 平台家底全面理清, same year as the regional and city goal; reported as done in 2023年12月", "到2023年底")
mnf("deadline-invalid", ln("到2023年底，数字政府建设各类平台"), "a goal year quoted retrospectively in a 2024 report, not a new deadline", "2023年")
mnf("deadline-later-than-baseline", ln("“1347”体系框架全面成型的目标"), "到2025年 framework goal, same year as the regional 34567 goal (到2025年) and the city plan's", "到2025年")
mnf("deadline-invalid", chk(1, 3, "2023年"), "计划完成时限 2023年 copied from the city plan in a 2024 report; a past plan date, not an impossible one (task 64 is due 2025, so it is also earlier than the region)", "2023年")
mnf("deadline-later-than-baseline", chk(1, 3, "2023年"), "2023年 is earlier than regional task 64 (完成时限 2025年)")
mnf("deadline-invalid", chk(12, 3, "2023年"), "past plan date equal to regional task 14 (完成时限 2023年); the table reports on 2023–2024", "2023年")
mnf("deadline-later-than-baseline", chk(13, 5, "2024年4月"), "实际完成时间 2024年4月 is a fact, not a deadline, although it is after the planned 2023年 (regional task 15, 2023年)", "2024年4月")
mnf("deadline-invalid", chk(14, 5, "2023年12月"), "实际完成时间 in the past is expected in a completion report", "2023年12月")
mnf("deadline-later-than-baseline", chk(4, 3, "2024年取得明显成效"), "equal to regional task 2 (完成时限 2023年启动，2024年取得明显成效)")
mnf("deadline-later-than-baseline", chk(5, 6, "2025年底前"), "下步措施 2025年底前 is within regional task 3 (持续推进，2025年取得明显成效)", "2025年底前")
mnf("deadline-later-than-baseline", chk(6, 6, "2025年9月底前"), "下步措施 2025年9月底前 is in the year of regional task 9 (持续推进，2025年取得明显成效); 2024年10月 is a past event", "2025年9月底前")
mnf("deadline-later-than-baseline", chk(7, 3, "2024年"), "2024年 is earlier than regional task 8 (持续推进，2025年取得明显成效)")
mnf("deadline-later-than-baseline", chk(8, 6, "2025年"), "是否完成 持续推进; 下步措施 2025年 equals regional task 10 (持续推进，2025年取得明显成效)")
mnf("deadline-later-than-baseline", chk(9, 3, "2025年取得明显成效"), "equal to regional task 11 (2023年完成主要建设任务，2025年取得明显成效)")
mnf("deadline-later-than-baseline", chk(11, 6, "2025年底前"), "下步措施 2025年底前 equals regional task 12 (完成时限 2025年)", "2025年底前")
mnf("deadline-later-than-baseline", chk(15, 3, "2023年形成机制，长期坚持"), "equal to regional task 18 (2023年形成机制，长期坚持)")
mnf("deadline-later-than-baseline", chk(16, 3, "2024年完成"), "equal to regional task 19 (2023年启动，2024年建成) and task 46 (2024年)")
mnf("deadline-later-than-baseline", chk(19, 6, "2025年6月底前"), "下步措施 2025年6月底前 is within regional task 22 (完成时限 2025年)", "2025年6月底前")
mnf("deadline-later-than-baseline", chk(20, 3, "2023年底"), "2023年底 equals regional task 30 (完成时限 2023年)", "2023年底")
mnf("deadline-later-than-baseline", chk(25, 6, "2025年底前"), "下步措施 2025年底前 equals regional task 49 (完成时限 2025年)", "2025年底前")
mnf("unknown-unit", chk(25, 6, "自治区党委政法委"), "a regional body named in 下步措施 as the counterpart the city supports, not as lead or responsible unit", "自治区党委政法委")
mnf("deadline-later-than-baseline", chk(26, 3, "2023年"), "2023年 equals regional task 85 (免证办, 完成时限 2023年) and is earlier than task 52 (电子证照, 完成时限 2025年)")
mnf("unknown-unit", chk(28, 2, "发展改革委"), "the 市 prefix distributes: 市发展改革委, 市商务局, 市统计局 are all in the registry", "发展改革委")
mnf("deadline-later-than-baseline", chk(28, 6, "2025年6月底前"), "下步措施 2025年6月底前 is within regional task 66 (完成时限 2025年)", "2025年6月底前")
mnf("deadline-later-than-baseline", chk(32, 6, "2025年底前"), "下步措施 2025年底前 equals regional task 83 (完成时限 2025年)", "2025年底前")
mnf("unknown-unit", chk(32, 2, "各乡镇（街道）"), "collective subject", "各乡镇（街道）")
mnf("deadline-later-than-baseline", chk(39, 6, "2025年6月底前"), "later than the city's own planned 2024年, but within regional task 107 (完成时限 2025年)", "2025年6月底前")
mnf("deadline-invalid", chk(42, 6, "2024年3月"), "a past event in 下步措施 (work plan issued), not a deadline", "2024年3月")
mnf("deadline-later-than-baseline", chk(42, 3, "2023年完成并长期坚持"), "equal to regional task 116 (2023年完成并长期坚持)")
mnf("deadline-later-than-baseline", chk(45, 3, "2023年完成，长期坚持"), "equal to regional task 123 (2023 年完成，长期坚持)")
mnf("unknown-unit", chk(1, 2, "各县（市、区）人民政府"), "collective subject, defined in 填表说明", "各县（市、区）人民政府")
mnf("unknown-unit", chk(3, 2, "市直各部门（单位）"), "collective subject", "市直各部门（单位）")
mnf("unknown-unit", chk(2, 2, "市大数据局"), "registry short name of 市大数据管理服务局", "市大数据局")
mnf("unknown-unit", chk(19, 2, "市审批局"), "registry short name of 市审批服务管理局", "市审批局")
mnf("unknown-unit", chk(18, 2, "市发改委"), "registry alias of 市发展改革委", "市发改委")
mnf("unknown-unit", chk(29, 2, "市市场监督管理局"), "registry alias of 市市场监管局", "市市场监督管理局")
mnf("unknown-unit", chk(7, 2, "市卫健委"), "registry short name of 市卫生健康委", "市卫健委")
mnf("unknown-unit", chk(31, 2, "吴忠市消防救援支队"), "in the registry, as is 吴忠市气象局", "吴忠市消防救援支队")
mnf("unknown-unit", chk(5, 2, "太阳山开发区管委会"), "in the registry", "太阳山开发区管委会")
mnf("unknown-unit", chk(41, 2, "市融媒体中心"), "in the registry", "市融媒体中心")
mnf("unknown-unit", ln("填报单位：市大数据管理服务局"), "the reporting office, a registry unit", "市大数据管理服务局")
mnf("unknown-unit", ln("包括利通区、红寺堡区"), "definition of the collective 各县（市、区）人民政府 in 填表说明: the 人民政府 suffix applies to each place name; all are registry units", "利通区")
mnf("unknown-unit", chk(1, 1, "市推进数字政府建设领导小组"), "a body named in the task text (重点任务), not a responsible unit", "市推进数字政府建设领导小组")
mnf("unknown-unit", chk(44, 1, "宁夏干部教育培训网络学院"), "a training platform named in the task text, not a responsible unit", "宁夏干部教育培训网络学院")
mnf("missing-pillar", 0, "五个一/六级贯通 are covered by rows 1–3 (一套体系: 组织机构, 层级职责, 工作机制), as in the city plan's 1347 framework")

covers_map = [
    (64, 1), (2, 4), (3, 5), (9, 6), (8, 7), (10, 8), (11, 9), (42, 10), (12, 11), (85, 26),
    (14, 12), (15, 13), (17, 14), (18, 15), (19, 16), (21, 17), (24, 18), (22, 19),
    (30, 20), (34, 21), (39, 22), (47, 23), (48, 24), (49, 25), (52, 26), (58, 27),
    (66, 28), (68, 29), (77, 30), (80, 31), (83, 32), (86, 33), (87, 34), (93, 35),
    (94, 36), (96, 37), (104, 38), (107, 39), (112, 40), (114, 41), (116, 42), (25, 43),
    (118, 44), (123, 45),
]
covers = [{"task": t, "line": rowline(r)} for t, r in covers_map]

key = {
    "writer": "blind writer, round 563; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "wuzhong",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("吴忠市 year-end completion table (2024年12月) for its 2023 实施方案. Columns 序号|重点任务|责任单位|计划完成时限|是否完成|实际完成时间|未完成原因及下步措施; "
              "the note in 填表说明 says the first unit of a cell leads. 实际完成时间 are past facts and never deadlines; 2023 dates in 计划完成时限 are copied plan dates, not before-issue errors. "
              "Unfinished rows are all regional-2025 tasks whose new dates stay within 2025, except the planted row 34 (2026) and row 37 (typo 20225年). "
              "Row 23 has no date in 下步措施: the late date is the 计划完成时限 2025年. "
              "Row 37's 20225年 is an impossible year; a late-deadline report on the same text would be a second reading of the same slip."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("lines:", len(lines) - 1, "expect:", len(expect), "mustNotFlag:", len(M), "covers:", len(covers))
