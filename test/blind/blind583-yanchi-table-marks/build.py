#!/usr/bin/python3
# Writes draft.txt (UTF-8) and key.json for blind case 583. Run: /usr/bin/python3 build.py
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
GARBLE = "实现基层干部减负".encode("utf-8").decode("gbk")  # UTF-8 read as GBK

pre = [
    "盐池县人民政府办公室关于印发《盐池县2024年数字政府建设重点任务清单》的通知",
    "盐政办发〔2024〕9号",
    "各乡（镇）人民政府，县直各部门（单位）：",
    "《盐池县2024年数字政府建设重点任务清单》已经县人民政府同意，现印发给你们，请结合实际认真抓好落实。",
    "盐池县人民政府办公室",
    "2024年3月8日",
    "（此件公开发布）",
    "盐池县2024年数字政府建设重点任务清单",
    "为深入贯彻落实《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）和吴忠市人民政府《关于加强数字政府建设的实施方案》部署要求，衔接《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号），统筹推进全县数字政府建设，结合我县实际，制定本清单。",
    "自《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）印发以来，我县政务云、电子政务外网等基础设施逐步完善。2023年，全县电子政务外网覆盖全部乡（镇），“我的宁夏”盐池专区上线高频事项86项，县级政务服务“一张网”基本建成，数字政府建设取得阶段性进展。",
    "工作目标：2024年，县级存量政务信息系统完成向政务信创云迁移，电子政务外网实现县、乡、村全覆盖，高频政务服务事项“掌上办”“就近办”水平明显提升。到2025年，全县数字政府建设体系框架全面成型，与自治区、吴忠市共性基础支撑体系实现对接复用、互联互通。",
    "工作要求：",
    "（一）压实工作责任。各牵头单位要将数字政府建设纳入“一把手工程”，主要负责同志亲自抓，制定本单位落实措施；配合单位要主动对接、密切配合，形成工作合力。",
    "（二）强化资金保障。县财政局要将数字政府建设及运维经费纳入年度预算，统筹利用现有资金渠道，建立政务平台常态化运行与年度运维资金挂钩的评估机制，强化项目绩效评估。",
    "（三）提升数字素养。县委组织部、县政府办要依托宁夏干部教育培训网络学院，每年组织全县干部数字化能力专题培训，提升各级干部适应数字政府建设的综合能力。",
    "（四）加强调度督办。各牵头单位于每季度末月25日前将任务进展情况报送县政府办公室，2024年12月10日前报送全年工作总结。",
    "（五）严格考核评价。县政府办将数字政府建设任务完成情况纳入年度效能目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考。",
]

HEADER = "序号\t主要任务\t重点任务\t责任单位\t完成时限"

# (no-cell mark, group, task text, units, deadline, id)
rows = [
    ("", "（一）驱动数字经济发展", "★加快盐池工业园区“智慧园区”建设，完善园区综合管理服务平台，一体化提升园区公共服务、环境保护、应急安全、能耗监测等数字化场景服务水平，为入园企业提供全生命周期服务。", "县工业园区管委会、县经信局", "2024年底前完成平台一期，2025年取得明显成效", "park"),
    ("", "", "依托自治区产业云，汇聚滩羊、黄花菜、小杂粮等特色产业生产、加工和销售数据，建设盐池滩羊产业数据看板，助力“盐池滩羊”品牌提升和产业数字化。", "县农业农村局、县滩羊中心、县工信商务局", "2024年", "tanyang"),
    ("", "", "▲办好“中国（盐池）滩羊产业大会暨电商文化旅游节”线上专场，利用“宁优汇”等电商平台拓展滩羊肉、黄花菜等农特产品网络销售。", "县工信商务局、县文旅局※4", "2024年9月底前", "fair"),
    ("", "", "强化政企协同、部门协同、社会共治的数字经济监管，加强对网络交易、平台经营者的监测，创新基于新技术手段的监管模式。", "县市场监管局、县公安局，县委网信办配合", "持续推进，2025年取得明显成效", "digecon"),
    ("", "（二）引领数字社会建设", "★推动数字技术与教育、医疗、养老、就业等公共事业融合，实现县域中小学“三个课堂”常态化应用，完善县级养老服务信息平台，扩大优质公共资源服务覆盖面。", "县教体局、卫健局、民政局、人社局", "2024年底前", "pubsvc"),
    ("", "", "深化“互联网+医疗健康”应用，推进县域医共体信息平台互联互通，推广电子健康卡和检查检验结果互认，推动健康医疗大数据应用。", "县卫健局、县医保局", "持续推进，2025年取得明显成效", "health"),
    ("", "", "▲推进数字乡村建设，在花马池镇、大水坑镇开展数字乡村试点，补齐乡村信息基础设施短板，完善农业农村大数据应用，提高面向农业农村的综合信息服务水平。", "县农业农村局、县委网信办、各乡（镇）人民政府", "2024年完成试点，2025年取得明显成效", "village"),
    ("", "", "加快“数字供销”示范县建设，推动县、乡、村三级供销服务网点数字化改造。", "县供销社", "2025年取得明显成效", "coop"),
    ("", "", "推进城市运行管理服务平台县级节点建设，接入城市供水、燃气、路灯、排水等市政设施运行数据，强化城市运行“一网统管”。", "吴忠市住房城乡建设局牵头，县住建局、县综合执法局配合◎", "2025年", "city"),
    ("◎", "（三）营造良好数字生态", "配合吴忠市开展数据要素市场培育，梳理县级可开放、可运营公共数据资源，引导县内企业参与数据要素流通交易。", "吴忠市发展改革委牵头，县发改局、县大数据中心配合", "2025年", "datamkt"),
    ("", "", "健全网络综合治理体系，加强网络生态治理和网络舆情监测，推动形成良好网络生态。", "县委网信办、县委宣传部、县公安局", "2024年", "netgov"),
    ("", "", "落实数据交易主体市场准入、公平竞争审查等制度，引导县内企业依法开展数据交易，规范数据交易行为。", "县发改局、县市场监管局", "2024年", "dataenv"),
    ("", "（四）构建全方位安全保障体系", "★建立健全动态监控、主动防御、协同响应的县级数字政府安全技术保障体系，开展常态化安全防护和应急演练，提升整体安全防护能力。", "县委网信办、县公安局，县直各部门（单位）、各乡（镇）人民政府分别负责", "2023年形成机制，长期坚持", "secops"),
    ("", "", "配合构建数据安全防护能力评估指标体系，对县级数据安全管理工作开展可量化、可追溯、可评估的检查。", "县委网信办、县公安局、县委保密办", "2024年", "datasec"),
    ("▲", "", "推动县级新建政务信息系统基于信创环境开发，存量政务信息系统按计划向自治区政务信创云迁移适配，切实提高自主可控水平。", "县政府办※1、县大数据中心", "2024年", "xinchuang"),
    ("", "（五）构建科学规范的制度规则体系", "推动各类行政权力事项网上运行、动态管理，县级行政许可事项全部纳入全区行政许可管理信息系统。", "县审批局★、县司法局", "2024年", "permit"),
    ("", "", "◎强化审管协同，推动“审管联动”机制向县级延伸，实现审批、监管、执法信息实时推送、闭环管理。", "吴忠市审批服务管理局牵头，县审批局、县市场监管局、县住建局配合", "2025年", "shenguan"),
    ("", "", "依托全区一体化数字资源管理系统，将县级数字政府领域重点项目、关键应用、数据资源纳入“一本账”统筹管理。", "县政府办、县发改局、县财政局", "2024年", "ledger"),
    ("▲", "", "围绕滩羊产业、城乡供水等重点领域，申报自治区数字政府建设试点1项，探索应用创新、服务创新和模式创新。", "县政府办、县农业农村局、县水务局", "2024年", "pilot"),
    ("★", "（六）构建循环利用的数据资源体系", "按照《全国一体化政务大数据体系建设指南》要求，接入自治区统一的政务数据平台，推动县直各部门（单位）政务数据按需汇聚、统一治理。", "县大数据中心、县直各部门（单位）", "2024年※2", "dataplat"),
    ("", "", "配合建设完善社会保障、医疗健康、生态环保、应急管理等主题数据库，及时更新县级业务数据。", "县人社局、县卫健局、盐池生态环境分局、县应急局", "2024年", "themedb"),
    ("", "", "强化电子公文管理职责，规范电子公文全流程标准化管理，推动电子公文档案数据共享利用。", "县档案馆、县政府办，各乡（镇）人民政府", "2024年", "edoc"),
    ("", "", "编制县级公共数据开放清单，依托全区统一的公共数据开放平台分类分级开放公共数据。", "县大数据中心、县直有关部门", "2024年9月底前", "opendata"),
    ("", "", "推进供水、供电、供气、公共交通等公共数据与政务数据融合应用，促进数据流通共用。", "县大数据中心、县水务局、县住建局", "2024年", "fusion"),
    ("", "（七）构建智能集约的平台支撑体系", "★开展县级城域网升级改造，电子政务外网延伸至全部乡（镇）、行政村，实现县、乡、村全覆盖。", "县政府办、县大数据中心、各乡（镇）人民政府", "2024年", "metro"),
    ("", "", "以重大业务应用为牵引，有序推进县直部门非涉密业务专网向电子政务外网整合迁移。", "县大数据中心、县直有关部门", "2024年", "privnet"),
    ("", "", "配合建设全区统一的视频共享平台，整合县域“雪亮工程”、交通、应急等视频资源，融入“视频一张网”。", "县委政法委、县公安局、县交通局、县应急局", "2025年", "video"),
    ("", "", "推动电子证照在就医、入学、酒店入住、景区游览等社会化高频场景推广应用。", "县审批局、县公安局、县市场监管局", "2024年", "elicense"),
    ("", "", "推进非税收入收缴电子化，县域教育收费、医疗收费、不动产登记等非税收入实现电子化收缴全覆盖。", "县财政局、县教体局、县卫健局、县自然资源局", "2024年底前", "nontax"),
    ("", "", "配合迭代升级宁夏信用信息公共服务平台，完善县级社会信用信息归集共享。", "县发改局、县市场监管局", "2024年", "credit"),
    ("★", "（八）健全县级数字政府工作体系", "参照自治区做法，健全县推进数字政府建设组织机构和工作体制机制，县直各部门（单位）明确分管领导和具体工作人员，各乡（镇）明确专人负责。", "县政府办、县委编办", "2024年6月底前", "org"),
    ("", "", "按照“六级贯通”层级架构，依托上级平台完善本级特色应用，一体化推进县级指挥调度中心建设。", "县政府办、县委政法委、县大数据中心", "2025年", "sixlevel"),
    ("", "", "▲建立“一联系、两清单”工作机制，按季度调度县直各部门（单位）数字政府建设进展。", "县政府办、县直各部门（单位）", "2024年", "mech"),
    "HEADER",
    ("", "（九）提升科学精准的经济调节能力", "对接使用宁夏经济运行大数据平台，加强县域重点企业、重点产品监测分析，强化经济监测预警。", "县发改局、县统计局、县工信商务局", "2025年", "econ"),
    ("", "（十）提升综合高效的市场监管能力", "★加强滩羊肉、黄花菜等农副产品和食品药品全主体、全品种、全链条数字化追溯监管，推动县内农业龙头企业产品实现在线追溯。", "县市场监管局、县农业农村局", "2024年", "trace"),
    ("", "", "充分运用非现场、视频图像、物联感知等新型监管手段，在生态环保、工程建设、耕地保护等领域推行远程监管、移动监管。", "县市场监管局、县自然资源局、县住建局、盐池生态环境分局", "2024年", "remote"),
    ("", "（十一）提升精细智能的社会管理能力", "★实施“互联网+基层治理”行动，依托宁夏社会治理基层综合指挥平台，推动县、乡、村三级联动治理，健全“网格上报+网上分流+部门响应”机制。", "县委政法委、各乡（镇）人民政府、各村（社区）", "2024年底前完成乡（镇）全覆盖，2025年全面建成", "grassroots"),
    ("", "", "持续推进“雪亮工程”向乡村延伸，推广“智安小区”“智安单位”应用，完善社会治安防控体系。", "县委政法委、县公安局", "2024年", "xueliang"),
    ("", "", "◎推进“智慧应急”建设，接入市级应急指挥平台，完善自然灾害监测预警和危化品双重预防信息化建设，强化风险监测预警和闭环管控。", "吴忠市应急管理局牵头，县应急局、县自然资源局、县水务局、县气象局配合", "2024年", "emerg"),
    ("", "", "完善行政复议、信访、调解、法律援助等线上“一站式”受理渠道，推动矛盾纠纷在线统一归集、分类转办。", "县委政法委、县司法局、县信访局", "2024年", "dispute"),
    ("", "（十二）提升普惠便捷的公共服务能力", "★依托全区一体化政务服务平台，推进政务服务“网上办、掌上办、就近办、一次办”，县、乡、村三级政务服务事项网上可办率保持100%。", "县审批局、各乡（镇）人民政府", "2024年", "yiwang"),
    ("", "", "迭代完善“我的宁夏”政务APP盐池专区，推动县级高频政务服务和公共服务事项“应上尽上”。", "县审批局、县直有关部门", "2024年", "app"),
    ("◎", "", "推进12345政务服务便民热线“一呼即应”改革，健全12345热线与110报警服务台、基层网格员联动工作机制。", "吴忠市人民政府办公室、县政府办、县公安局、各乡（镇）人民政府", "2023年启动，2025年完成", "hotline"),
    ("", "", "建设完善企业专属网页和惠企政策专栏，实现惠企政策精准推送、政策兑现直达直享。", "县审批局、县发改局、县财政局", "2024年16月底前", "firms"),
    ("", "", "推进县图书馆、文化馆、博物馆、档案馆等公共场馆数字化转型，移动入口接入“我的宁夏”政务APP。", "县文旅局、县档案馆", "2024年", "venues"),
    ("", "", "★完成县级政府网站、政务移动端、政务服务场所适老化与信息无障碍建设，切实满足老年人、残疾人等特殊群体办事需求。", "县政府办、县审批局、县残联", "2025年底前", "aged"),
    ("", "（十三）提升系统科学的生态环境保护能力", "加强哈巴湖等重点区域生态环境监测，推动大气、水、土壤、自然生态等数据接入生态环境数据资源中心，促进生态环境精准治理。", "吴忠市生态环境局盐池分局、县林草局", "2025年", "eco"),
    ("", "", "▲深化“互联网+城乡供水”，完善县域城乡供水数字化调度系统，实现水源到龙头全程监测。", "县水务局", "2024年", "water"),
    ("", "", "推广应用宁夏“智慧林草”云平台，开展林草资源数字化监测和森林草原防火监测。", "县林草局、县自然资源局", "2024年", "forest"),
    ("", "", "配合完善宁夏自然资源三维立体“一张图”和国土空间基础信息平台，推进县级国土空间规划实施监测。", "县自然资源局", "2024年", "land"),
    ("", "（十四）提升整体高效的政务运行能力", "推广全区统一的协同办公平台县级应用，推动公文流转、会议培训、督查考核等机关公务数字化转型。", "自治区政府办公厅牵头，县政府办、县直各部门（单位）配合", "2024年", "oa"),
    ("", "", "★推广“宁政通”移动办公“总门户”，推动县、乡、村三级党政机关非涉密移动办公全面接入。", "县政府办、县委办", "2024年", "ningzhengtong"),
    ("", "", "依托“宁政通”APP填表报数系统，整合县级各行业统计报表，" + GARBLE + "。", "县政府办、县统计局、各乡（镇）人民政府", "2025年", "forms"),
    ("", "", "统筹整合县直各部门和各乡（镇）非涉密视频会议系统资源，形成全县统筹应用的视频会议平台。", "县机关事务中心、县政府办", "分步实施※3", "vconf"),
    ("", "", "整合机关事务管理信息系统，推广公共机构节能、公务用车管理等应用，推进机关事务数字化管理。", "吴忠市机关事务服务中心、县机关事务中心◎", "2025年", "affairs"),
    ("", "（十五）提升全面规范的政务公开能力", "进一步完善县政府网站政务公开专栏等政务公开信息化平台，构建以网上发布为主、其他渠道发布为辅的政务公开发布格局。", "县政府办、县直各部门（单位）、各乡（镇）人民政府分别负责", "2024年", "open"),
    ("", "", "构建县级政务新媒体矩阵，开发图解、短视频等多样化政策解读产品。", "县委宣传部、县融媒体中心、县直各部门（单位）", "2024年", "newmedia"),
    ("", "", "以12345政务服务便民热线为枢纽，连通政府网站、“我的宁夏”政务APP、信访平台等政民互动渠道，完善县级政府信息知识库。", "县政府办、县信访局", "2024年", "interact"),
    ("", "（十六）加强党对数字政府建设工作的全面领导", "★每年度制定数字政府工作要点和重点任务考核指标体系，形成常态化考核和以奖代补工作机制，强化对政务信息化建设投资效益和应用水平的考核。", "县政府办、县委组织部", "长期坚持", "assess"),
]

notes = [
    "注：1.★为年度重点任务；▲为新增任务；◎为市县共建任务（市级单位牵头，县级配合）；※见备注。",
    "2.责任单位中排在第一位的为牵头单位；标注◎的任务由吴忠市有关部门牵头，我县相关单位配合落实。",
    "3.各乡（镇）人民政府、县直各部门（单位）按职责分别落实本清单任务。",
    "备注：",
    "※1 第{xinchuang}项：2024年6月底前完成县级存量政务信息系统摸底和迁移方案编制，2024年12月底前完成迁移适配。",
    "※2 第{dataplat}项：2024年8月底前完成首批高频政务数据汇聚；如自治区政务数据平台县级接口开放时间调整，按自治区统一安排执行。",
    "※3 第{vconf}项：2024年底前完成县、乡两级视频会议系统整合；村（社区）视频会议终端接入2026年6月底前全部完成。",
    "※4 第{fair}项：活动具体举办时间以吴忠市统一安排为准。",
]

lines = list(pre)
lines.append(HEADER)
rowline, rownum = {}, {}
n = 0
for r in rows:
    if r == "HEADER":
        lines.append(HEADER)
        continue
    mark, group, text, units, dl, rid = r
    n += 1
    lines.append(f"{mark}{n}\t{group}\t{text}\t{units}\t{dl}")
    rowline[rid] = len(lines)
    rownum[rid] = n
notestart = len(lines) + 1
for t in notes:
    lines.append(t.format(**rownum))

with open(os.path.join(HERE, "draft.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")


def L(sub):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]


R = rowline

expect = [
    {"rule": "basis-mismatch", "line": L("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府, 2023-05-16); 宁政办发 is the office's series"},
    {"rule": "deadline-later-than-baseline", "line": R["aged"], "text": "2025年底前",
     "why": "适老化与信息无障碍建设 is task 93, 完成时限 2024年; the county puts it a year later"},
    {"rule": "deadline-later-than-baseline", "line": L("2026年6月底前"), "text": "2026年6月底前",
     "why": "note ※3 gives the completing milestone of the 视频会议 row (its 完成时限 cell says only 分步实施※3): task 107, 完成时限 2025年"},
    {"rule": "deadline-invalid", "line": R["firms"], "text": "16月",
     "why": "impossible month (a slip for 6月); the row is task 89, 完成时限 2024年 — the year itself is not late"},
    {"rule": "unknown-unit", "line": R["park"], "text": "县经信局",
     "why": "old name of the merged 经济和信息化 bureau; not in units.txt (the county body is 县工信商务局)"},
    {"rule": "unknown-unit", "line": R["oa"], "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (牵头) of a county task in a non-◎ row; copied from task 104's 责任单位"},
    {"rule": "garbled-text", "line": R["forms"], "text": GARBLE[:6],
     "why": "UTF-8 bytes of 实现基层干部减负 read as GBK (mojibake, no ? marker)"},
]

def mnf(rule, line, text, why):
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
mustNot = [
    # marks
    mnf("unknown-unit", R["permit"], "县审批局", "★ written after the unit name is a mark (年度重点任务, see 注), not part of the name; 县审批局 is in units.txt"),
    mnf("unknown-unit", R["xinchuang"], "县政府办", "※1 after the unit is a footnote reference to 备注 ※1; 县政府办 is in units.txt"),
    mnf("unknown-unit", R["affairs"], "县机关事务中心", "◎ after the unit is the 市县共建 mark; 县机关事务中心 is in units.txt"),
    mnf("garbled-text", L("注：1.★为年度重点任务"), "★为年度重点任务", "the marks ★ ▲ ◎ ※ are symbols explained in the 注, not mojibake"),
    mnf("deadline-invalid", R["dataplat"], "2024年※2", "※2 after the date is a note reference, not part of the date (no month 2 / year 20242)"),
    # ◎ rows: city body leads by design
    mnf("unknown-unit", R["city"], "吴忠市住房城乡建设局", "◎ 市县共建 row: per 注 1–2 the 吴忠市 body leads by design (task 9 is itself 各地级市牵头负责); unit in units.txt"),
    mnf("unknown-unit", R["datamkt"], "吴忠市发展改革委", "◎ (in the 序号 cell) 市县共建 row, city lead by design; in units.txt"),
    mnf("unknown-unit", R["shenguan"], "吴忠市审批服务管理局", "◎ 市县共建 row, city lead by design (task 22 has 各地级市具体负责); in units.txt"),
    mnf("unknown-unit", R["emerg"], "吴忠市应急管理局", "◎ 市县共建 row, city lead by design; in units.txt"),
    mnf("unknown-unit", R["hotline"], "吴忠市人民政府办公室", "◎ row whose first-listed unit leads (注 2) — the city body by design (task 87: 各地级市具体负责); in units.txt"),
    mnf("unknown-unit", R["affairs"], "吴忠市机关事务服务中心", "◎ 市县共建 row, city lead by design; in units.txt"),
    mnf("unknown-unit", R["eco"], "吴忠市生态环境局盐池分局", "the county's own ecology authority (city bureau's county branch), listed in units.txt; not a higher-level body leading a local task"),
    mnf("unknown-unit", L("注：1.★为年度重点任务"), "市级单位", "the 注's description of ◎ (市级单位牵头，县级配合), not a responsible unit"),
    # collectives, short names, prefix distribution
    mnf("unknown-unit", R["village"], "各乡（镇）人民政府", "collective subject"),
    mnf("unknown-unit", R["dataplat"], "县直各部门（单位）", "collective subject"),
    mnf("unknown-unit", R["grassroots"], "各村（社区）", "collective subject"),
    mnf("unknown-unit", R["opendata"], "县直有关部门", "collective subject"),
    mnf("unknown-unit", R["pubsvc"], "卫健局", "the 县 prefix distributes over the list (县教体局、卫健局、民政局、人社局 = 县卫健局, 县民政局, 县人社局), all in units.txt"),
    mnf("unknown-unit", R["datamkt"], "县发改局", "official short name of 盐池县发展和改革局 in units.txt"),
    mnf("unknown-unit", R["themedb"], "盐池生态环境分局", "short name of 吴忠市生态环境局盐池分局 in units.txt"),
    # basis
    mnf("basis-mismatch", L("国发〔2022〕14号"), "国发〔2022〕14号", "correct 文号 of 《国务院关于加强数字政府建设的指导意见》"),
    mnf("basis-mismatch", L("宁政办发〔2023〕11号"), "宁政办发〔2023〕11号", "correct: cited with this 文号 by the 吴忠 plan itself"),
    mnf("basis-mismatch", L("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "关于加强数字政府建设的实施方案", "city plan cited by its exact title without 文号, as the city plan has none"),
    mnf("basis-mismatch", L("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective background mention of the 2020 工作要点, not cited as the basis; 文号 correct"),
    mnf("basis-mismatch", L("盐政办发〔2024〕9号"), "盐政办发〔2024〕9号", "the county office's own notice number, not a basis document"),
    # dates in the preamble
    mnf("deadline-invalid", L("2023年，全县电子政务外网"), "2023年", "past fact in the background, not a deadline"),
    mnf("deadline-invalid", L("2024年3月8日"), "2024年3月8日", "the notice's own issue date"),
    mnf("deadline-invalid", L("每季度末月25日前"), "2024年12月10日前", "the office's own reporting dates, not task deadlines"),
    mnf(DL, L("每季度末月25日前"), "2024年12月10日前", "the office's own reporting dates (进展、总结报送), not a task deadline; compare no regional task with it"),
    mnf(DL, L("工作目标："), "到2025年", "goal 体系框架全面成型 by 2025 equals the region's 到2025年 (34567 框架全面成型) and the city's 到2025年 (1347 体系框架全面成型); the 2024 items are 2024 tasks (46, 48, 84)"),
    # deadlines: equal / earlier / copied
    mnf("deadline-invalid", R["secops"], "2023年形成机制，长期坚持", "copied regional deadline of task 18 (2023年形成机制，长期坚持); lies before the plan's year but is the ongoing regional milestone, not a county slip"),
    mnf("deadline-invalid", R["hotline"], "2023年启动，2025年完成", "copied regional deadline of task 87 (2023年启动，2025年完成); the 2023 start lies before the plan year"),
    mnf(DL, R["secops"], "2023年形成机制，长期坚持", "task 18: 2023年形成机制，长期坚持 — identical"),
    mnf(DL, R["fair"], "2024年9月底前", "from the 吴忠 plan's 滩羊产业大会 item, no regional task row; nearest task 2 (2023 年启动，2024 年取得明显成效) — earlier anyway"),
    mnf(DL, R["netgov"], "2024年", "网络综合治理 comes from the region's body text (营造良好数字生态), no task row and no date; nearest task 5 (持续推进，2025 年取得明显成效) — earlier"),
    mnf(DL, R["sixlevel"], "2025年", "六级贯通 from the region's body text (厘清层级职责, no date); nearest tasks 64 and 81 (both 2025年) — equal"),
    mnf(DL, R["mech"], "2024年", "from the 吴忠 plan's 完善工作机制 (一联系、两清单), no date there and no regional task row; nearest task 64 (2025年) — earlier"),
    mnf(DL, R["park"], "2025年取得明显成效", "task 3: 持续推进，2025 年取得明显成效 — equal; the 2024年底前 一期 is an earlier stage"),
    mnf(DL, R["tanyang"], "2024年", "task 2: 2023 年启动，2024 年取得明显成效 — equal"),
    mnf(DL, R["digecon"], None, "task 5: 持续推进，2025 年取得明显成效 — equal"),
    mnf(DL, R["pubsvc"], "2024年底前", "task 6: 持续推进，2025 年取得明显成效 — earlier"),
    mnf(DL, R["health"], None, "task 8: 持续推进，2025年取得明显成效 — equal"),
    mnf(DL, R["village"], None, "task 10: 持续推进，2025年取得明显成效 — equal"),
    mnf(DL, R["coop"], None, "task 11: 2023年完成主要建设任务，2025年取得明显成效 — equal"),
    mnf(DL, R["city"], "2025年", "task 9: 持续推进，2025年取得明显成效 — equal (◎ row)"),
    mnf(DL, R["datamkt"], "2025年", "task 12: 2025年 — equal (◎ row)"),
    mnf(DL, R["dataenv"], "2024年", "task 13: 2024年 — equal"),
    mnf(DL, R["datasec"], "2024年", "task 16: 2024年 — equal"),
    mnf(DL, R["xinchuang"], "2024年", "tasks 19 (2023年启动，2024年建成), 43 (2024 年建成，持续推进), 46 (2024 年) — equal"),
    mnf(DL, L("※1 第"), "2024年6月底前", "note ※1: earlier stage (摸底、方案) and 2024年12月底前 completion, within tasks 19/46's 2024年"),
    mnf(DL, R["permit"], "2024年", "task 21: 2024年 — equal"),
    mnf(DL, R["shenguan"], "2025年", "task 22: 2025年 — equal (◎ row)"),
    mnf(DL, R["ledger"], "2024年", "task 23: 2024年 — equal"),
    mnf(DL, R["pilot"], "2024年", "task 28: 2023年启动，2025年取得明显成效 — earlier"),
    mnf(DL, R["dataplat"], "2024年", "task 29: 2023年启动，2025年完成 — earlier"),
    mnf(DL, L("※2 第"), "2024年8月底前", "note ※2: earlier stage (首批数据汇聚) plus a condition; task 29 is due 2025年"),
    mnf(DL, R["themedb"], "2024年", "task 34: 2024年 — equal"),
    mnf(DL, R["edoc"], "2024年", "task 40: 2024年 — equal"),
    mnf(DL, R["opendata"], "2024年9月底前", "task 41: 2024年 — earlier"),
    mnf(DL, R["fusion"], "2024年", "task 42: 2024年 — equal"),
    mnf(DL, R["metro"], "2024年", "task 48: 2024 年 — equal"),
    mnf(DL, R["privnet"], "2024年", "task 50: 2024 年 — equal"),
    mnf(DL, R["video"], "2025年", "task 49: 2025 年 — equal"),
    mnf(DL, R["elicense"], "2024年", "task 52: 2025年 — earlier"),
    mnf(DL, R["nontax"], "2024年底前", "task 56: 2025年 — earlier"),
    mnf(DL, R["credit"], "2024年", "task 57: 2024年 — equal"),
    mnf(DL, R["org"], "2024年6月底前", "task 64: 2025年 — earlier"),
    mnf(DL, R["econ"], "2025年", "task 66: 2025年 — equal"),
    mnf(DL, R["trace"], "2024年", "task 71: 2024年 — equal"),
    mnf(DL, R["remote"], "2024年", "task 74: 2024年 — equal"),
    mnf(DL, R["grassroots"], None, "task 83: 2025年 — equal; 2024年底前 乡（镇）全覆盖 is an earlier stage"),
    mnf(DL, R["xueliang"], "2024年", "task 79: 2024年 — equal"),
    mnf(DL, R["emerg"], "2024年", "task 80: 2024年 — equal (◎ row)"),
    mnf(DL, R["dispute"], "2024年", "task 77: 2024年 — equal"),
    mnf(DL, R["yiwang"], "2024年", "task 84: 2024年 — equal"),
    mnf(DL, R["app"], "2024年", "task 86: 2024年 — equal"),
    mnf(DL, R["hotline"], "2025年", "task 87: 2023年启动，2025年完成 — equal (◎ row)"),
    mnf(DL, R["venues"], "2024年", "task 90: 2024年 — equal"),
    mnf(DL, R["eco"], "2025年", "task 95: 2025年 — equal"),
    mnf(DL, R["water"], "2024年", "task 96: 2025年 — earlier"),
    mnf(DL, R["forest"], "2024年", "task 98: 2024年 — equal"),
    mnf(DL, R["land"], "2024年", "task 97: 2024年 — equal"),
    mnf(DL, R["ningzhengtong"], "2024年", "task 105: 2024年 — equal"),
    mnf(DL, R["forms"], "2025年", "task 106: 2025年 — equal"),
    mnf(DL, L("※3 第"), "2024年底前", "note ※3's first milestone (县、乡两级整合) is an earlier stage; only its 2026年6月底前 is late (in expect)"),
    mnf(DL, R["affairs"], "2025年", "task 111: 2025年 — equal (◎ row)"),
    mnf(DL, R["open"], "2024年", "task 112: 2024年 — equal"),
    mnf(DL, R["newmedia"], "2024年", "task 114: 2024年 — equal"),
    mnf(DL, R["interact"], "2024年", "task 115: 2024年 — equal"),
    mnf(DL, R["assess"], "长期坚持", "task 121: 长期坚持 — equal"),
]

covers_map = [
    (3, "park"), (2, "tanyang"), (5, "digecon"), (6, "pubsvc"), (8, "health"), (10, "village"),
    (11, "coop"), (9, "city"), (12, "datamkt"), (13, "dataenv"), (18, "secops"), (16, "datasec"),
    (19, "xinchuang"), (46, "xinchuang"), (21, "permit"), (22, "shenguan"), (23, "ledger"), (28, "pilot"),
    (29, "dataplat"), (34, "themedb"), (40, "edoc"), (41, "opendata"), (42, "fusion"), (48, "metro"),
    (50, "privnet"), (49, "video"), (52, "elicense"), (56, "nontax"), (57, "credit"), (64, "org"),
    (66, "econ"), (71, "trace"), (74, "remote"), (83, "grassroots"), (79, "xueliang"), (80, "emerg"),
    (77, "dispute"), (84, "yiwang"), (86, "app"), (87, "hotline"), (89, "firms"), (90, "venues"),
    (93, "aged"), (95, "eco"), (96, "water"), (98, "forest"), (97, "land"), (104, "oa"),
    (105, "ningzhengtong"), (106, "forms"), (107, "vconf"), (111, "affairs"), (112, "open"),
    (114, "newmedia"), (115, "interact"), (121, "assess"),
]
covers = [{"task": t, "line": R[k]} for t, k in covers_map]
covers.append({"task": 116, "line": L("（一）压实工作责任")})
covers.append({"task": 25, "line": L("（二）强化资金保障")})
covers.append({"task": 118, "line": L("（三）提升数字素养")})
covers.append({"task": 123, "line": L("（五）严格考核评价")})

# unit check against units.txt (canonical names and short names) and collectives
reg = set()
for ln in open(os.path.join(HERE, "units.txt"), encoding="utf-8"):
    ln = ln.strip()
    if not ln or ln.startswith("#"):
        continue
    for part in re.split(r"[=,]", ln):
        reg.add(part.strip())
unknown = []
for l in lines:
    cells = l.split("\t")
    if len(cells) != 5 or cells[0] == "序号":
        continue
    u = re.sub(r"[★▲◎]|※\d?", "", cells[3])
    for x in re.split(r"[、，,]", u):
        x = re.sub(r"(牵头|配合|分别负责|具体负责|负责)$", "", x.strip())
        if not x or x.startswith("各") or x.startswith("县直"):
            continue
        if x not in reg and ("县" + x) not in reg:
            unknown.append(x)
print("unknown units:", unknown)

key = {
    "writer": "blind writer, round 583; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNot,
    "covers": covers,
    "notes": ("盐池县 2024 重点任务清单 (notice + short preamble + one tab-separated table, 序号/主要任务/重点任务/责任单位/完成时限, "
              "header repeated once at a page break) with marks ★▲◎※ before the task text, in the 序号 cell or after the 责任单位, "
              "and ※1–※4 references to 备注 under the table. 注 2 states the first-listed unit leads; ◎ rows are led by 吴忠市 bodies by design. "
              "units.txt lists the county units, vertically managed units in the county and the 吴忠市 units that lead ◎ rows. "
              "The 组织领导/财政投入/数字素养 items of the 党的领导 pillar are in the preamble's 工作要求 (no dates); 考核评价 is the last row. "
              "No pillar is deliberately missing and no task-uncovered is planted."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")

print("lines", len(lines), "rows", n, "expect", len(expect), "mustNotFlag", len(mustNot), "covers", len(covers))
