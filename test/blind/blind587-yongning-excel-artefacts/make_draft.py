#!/usr/bin/env python3
# Writes draft.txt (a spreadsheet 台账 pasted as tab-separated text) and key.json.
# Line numbers in the key are computed from the lines written here and then re-checked.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIL = ["", "", ""]          # trailing empty columns left by the copy
NCOL = 9                      # named columns, 辅助列 included

lines = []      # final text lines
where = {}      # row id -> line number (1-based)

def plain(s, rid=None):
    lines.append(s)
    if rid:
        where[rid] = len(lines)

def group(s, rid=None):
    plain("\t".join([s] + [""] * (NCOL - 1) + TRAIL), rid)

seq = [0]
def row(rid, title, measure, lead, coop, date, invest, progress, aux=""):
    seq[0] += 1
    cells = [str(seq[0]), title, measure, lead, coop, date, str(invest), progress, aux]
    assert len(cells) == NCOL
    plain("\t".join(cells + TRAIL), rid)
    INVEST.append(invest)

INVEST = []

# ---------------------------------------------------------------- note above the table
plain("永宁县2024年数字政府建设重点任务台账", "title")
plain("说明：")
plain("1.本台账依据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）和《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号），对照全区数字政府建设重点任务清单（2023年—2025年），结合银川市数字政府建设工作安排和我县实际制定，用于县政府办对2024年度各项任务逐项调度、按月销号。", "basis")
plain("2.我县自落实《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）以来，县级政务服务“一张网”基本建成；2023年完成县本级政务信息系统和数据资源摸底。本台账所列为2024年须推进或完成的任务，跨年度任务标注最终完成时限。", "history")
plain("3.到2025年，全县数字政府建设与全区“34567”体系框架全面衔接、同步成型，县级数字化履职能力明显提升。", "goal")
plain("4.牵头单位有多个的，排在第一位的为主要牵头单位；各牵头单位主要负责同志为第一责任人，将数字政府建设纳入“一把手工程”，分批组织干部参加数字政府专题培训，提升数字素养。所需经费由县财政局统筹纳入年度预算，建立政务平台常态化运行与年度运维资金挂钩的评估机制。", "lead")
plain("5.各牵头单位于每月25日前将进展情况报县政府办，6月30日前报送半年工作总结，2024年12月20日前报送年度工作总结。", "report")
plain("填报单位：永宁县人民政府办公室\t\t\t\t\t填报日期：2024年3月15日", "filed")
plain("\t".join([""] * (NCOL + len(TRAIL))))
plain("\t".join(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限", "计划投资（万元）", "进展情况", "辅助列"] + TRAIL), "header")

# ---------------------------------------------------------------- 三个驱动
group("一、着眼“三个驱动”，以数字政府建设引领数字永宁发展")
row("r_industry", "产业数字化", "围绕“六新六特六优”产业，推动葡萄酒、枸杞、奶产业等重点企业接入自治区产业云，汇聚企业生产和销售数据，推进产业数字化进程。", "县工业信息化和商务局", "县农业农村局、县大数据服务中心", "2024/12/31", 50, "已完成重点企业摸底")
row("r_park", "智慧园区建设", "加快望远工业园区“智慧园区”建设，提升园区公共服务、资源匹配、环境保护、应急安全等数字化场景服务水平，为入园企业提供全生命周期服务保障。", "望远工业园区管委会", "县工信商务局、县应急局", "45657", 180, "方案编制中")
row("r_econgov", "数字经济治理", "强化以网管网，配合开展网络交易、平台经济监测，创新基于新技术手段的监管模式。", "县市场监管局", "县公安局、县委网信办", "2024-12-31", 0, "0")
row("r_pubsvc", "公共服务数字化", "推动教育、健康、就业、文化旅游、养老托育等服务数字化，扩大优质公共资源服务覆盖面。", "县教育体育局", "县卫生健康局、县人力资源和社会保障局、县民政局", "45657", 60, "推进中")
row("r_edu", "智慧教育", "深入推广国家智慧教育平台应用，推进中小学数字校园建设全覆盖。", "县教体局", "各乡镇人民政府", "2024/8/31", 120, "已完成12所学校部署")
row("r_health", "互联网+医疗健康", "推进县域医共体信息平台建设，深化“互联网+医疗健康”应用，推广电子健康卡和检查检验结果互认。", "县卫健局", "县医保局", "2024-12-31", 150, "推进中")
row("r_city", "城市运行“一网统管”", "配合银川市推进城市运行“一网统管”，建设县城市运行管理服务平台，推进城市生命线等公共基础设施数字化改造。", "县住房和城乡建设局", "县公安局、县自然资源局、县交通运输局", "45657", 300, "已完成立项")
row("r_village", "数字乡村", "以闽宁镇为重点推进数字乡村试点建设，补齐乡村信息基础设施短板，提升面向农业农村的综合信息服务水平。", "县农业农村局", "闽宁镇人民政府、各村（社区）", "2024/12/31", 200, "推进中")
row("r_datamkt", "数据要素市场", "配合培育数据要素市场，引导辖区企业参与数据交易平台挂牌交易，培育数据要素市场主体。", "县发展改革局", "县工信商务局", "2025-06-30", 0, "未启动")
row("r_datarule", "数据交易规范", "落实公平竞争审查制度，引导依法开展数据交易，规范数据交易行为。", "县市场监管局", "县发展改革局", "2024/12/31", 0, "推进中")
row("r_neteco", "网络生态治理", "健全网络综合治理体系，加强网络生态治理，推动形成良好网络生态。", "县委网信办", "县委宣传部、县公安局", "45657", 20, "推进中")

# ---------------------------------------------------------------- 四个支撑
group("二、聚焦“四个支撑”，夯实数字政府建设基础")
group("（一）安全保障")
row("r_sec", "安全技术保障体系", "建立健全动态监控、主动防御、协同响应的安全技术保障体系，开展常态化安全防护和应急演练。", "县委网信办", "县公安局、县大数据服务中心", "2023年形成机制，长期坚持", 40, "已开展2次演练")
row("r_xinchuang", "政务系统迁移信创云", "推动县本级非涉密政务信息系统向自治区政务信创云迁移，强化安全可靠技术和产品应用。", "县大数据服务中心", "县直各部门（单位）", "2024-09-30", 80, "已迁移9个系统", "#REF!")
group("（二）制度规则")
row("r_power", "权力事项网上运行", "推动县级各类行政权力事项网上运行、动态管理。", "县审批服务管理局", "县司法局", "2024/12/31", 0, "推进中")
row("r_shenguan", "审管协同", "强化审管协同，推进县级政务服务平台与“互联网+监管”系统打通融合，提升事前事中事后一体化监管能力。", "县审批局", "县市场监管局、县住建局", "45657", 0, "推进中")
row("r_ledger", "数字资源“一本账”", "配合建设全区一体化数字资源管理系统，梳理上报我县数字政府领域重大改革、重点项目、关键应用等“一本账”。", "县政府办", "县直各部门（单位）", "2024-06-30", 0, "已报送初稿")
row("r_rules", "制度清理", "清理县级行政规范性文件中与数字政府建设不相适应的条款，将行之有效的做法及时上升为制度规范。", "县司法局", "县直有关部门", "2024-12-31", 0, "推进中")
row("r_pilot", "试点示范", "围绕重点领域、关键环节、共性需求，积极申报自治区数字政府建设试点示范。", "县政府办", "县直有关部门、各乡镇人民政府", "2024/10/31", 0, "已申报1项")
group("（三）数据资源")
row("r_dataplat", "政务数据平台对接", "对接自治区统一的政务数据平台，推动县本级政务数据资源应归尽归，纳入全区一体化政务大数据体系。", "县大数据服务中心", "县直各部门（单位）", "45657", 100, "推进中", "#REF!")
row("r_basedb", "基础库主题库数据归集", "按照全区基础数据资源库和主题数据库建设要求，归集县本级人口、法人、社会保障、医疗健康、政务服务等数据。", "县政府办", "县人社局、县市场监管局、县卫健局", "2024/12/31", 0, "推进中")
row("r_fuse", "公共数据与政务数据融合", "推进供水、供电、供气、公共交通等公共数据与政务数据融合应用，促进数据流通共用。", "县发展改革局", "县住建局、县交通运输局", "2024-11-30", 0, "0")
row("r_ewen", "电子公文管理", "规范电子公文全流程标准化管理，建立电子公文档案数据共享利用长效机制。", "县档案馆", "县政府办、县委办", "46022", 15, "推进中")
row("r_open", "公共数据开放", "编制县本级公共数据开放目录及责任清单，依托全区统一的公共数据开放平台分类分级开放公共数据。", "县大数据服务中心", "县直有关部门", "45596", 0, "目录编制中")
group("（四）平台支撑")
row("r_wan", "电子政务外网升级", "加快县级电子政务外网升级改造，推动骨干网扩容，扩大互联网出口带宽，提升网络支撑能力。", "自治区政府办公厅", "县大数据服务中心", "2024/9/30", 150, "已完成设备采购")
row("r_wan5", "外网县乡村全覆盖", "开展县级城域网升级改造，推进电子政务外网向乡镇、村（社区）延伸，实现县乡村全覆盖。", "县大数据服务中心", "各乡镇人民政府", "45626", 120, "已覆盖6个乡镇")
row("r_zhuanwang", "专网整合", "推进县级非涉密业务专网向电子政务外网整合迁移或安全互联。", "县大数据服务中心", "县公安局、县应急管理局", "2024-12-31", 0, "推进中", "#N/A")
row("r_video", "视频资源整合", "依托全区统一的视频共享平台，整合县域公共视频资源，融入全区“视频一张网”。", "县委政法委", "县公安局", "2025/6/30", 90, "推进中")
row("r_zhengzhao", "电子证照电子印章应用", "推进各类证照电子化，与实体证照同步制发；拓展电子证照、电子印章在涉企服务和就医、出行等社会化高频场景的应用。", "县审批局", "县市场监管局、县公安局", "2024-12-31", 0, "推进中")
row("r_archive", "电子文件归档", "完善业务应用系统电子文件归档功能，统筹推进无纸化办公和电子文件归档工作，提升电子档案管理和利用水平。", "县委办、县档案馆", "县直各部门（单位）", "45657", 25, "瀹屾垚绯荤粺瀵规帴娴嬭瘯")
row("r_feishui", "非税收入电子化", "推进教育收费、医疗收费、不动产登记等非税收入收缴电子化。", "县财政局", "县教体局、县卫健局、县自然资源局", "2024/12/31", 0, "推进中")
row("r_credit", "信用信息共享", "配合迭代升级宁夏信用信息公共服务平台，推进县级社会信用信息归集共享。", "县发展改革局", "县市场监管局", "2024-12-31", 0, "推进中")
row("r_geo", "地理信息共享", "推动县域地理信息资源共建共享，接入全区统一的地理信息服务体系。", "县自然资源局", "0", "2024/12/31", 0, "推进中", "0")

# ---------------------------------------------------------------- 工作体系
group("三、健全工作体系，推动“六级贯通”在县域落地")
row("r_org", "健全组织机构", "参照自治区做法，成立县数字政府建设相应组织机构，健全工作体制机制，形成上下协同、一体联动、齐抓共管的工作格局。", "县政府办", "县委编办", "2024-03-31", 0, "已完成")
row("r_command", "县级指挥调度中心", "依托上级平台完善本级特色应用，一体化推进县指挥调度中心建设，开展数据开发应用。", "县政府办", "县委政法委、县应急局", "45657", 260, "已完成方案论证")
row("r_grass", "乡村特色应用", "指导各乡镇、村（社区）基于上级平台推广本地特色应用，强化数据挖掘应用、数字赋能。", "各乡镇人民政府", "县大数据服务中心", "2024/12/31", 0, "0")

# ---------------------------------------------------------------- 七个能力
group("四、强化“七个能力”，提升政府数字化履职水平")
group("（一）经济调节")
row("r_econdb", "经济治理基础数据", "配合建设宁夏经济治理基础数据库，归集县域投资、消费、财税、招商等领域关键数据。", "县发展改革局", "县统计局、财政局", "2024-12-31", 0, "推进中")
row("r_econmon", "经济运行监测", "对接宁夏经济运行大数据平台，加强重点企业运行监测，强化经济监测预警。", "县工信商务局", "县发展改革局、县统计局", "45657", 0, "推进中", "#REF!")
group("（二）市场监管")
row("r_trace", "追溯监管", "对食品药品、特种设备、农副产品等重点领域实行全主体、全品种、全链条数字化追溯监管。", "县市场监管局", "县农业农村局、县卫健局", "2024/12/31", 35, "推进中")
row("r_xietong", "协同监管", "提高监管数据质量，推进消费维权“一件事”改革，推动跨部门、跨层级协同监管。", "县市场监管局", "县直有关部门", "2024-10-31", 0, "推进中")
row("r_remote", "远程监管", "在工程建设、耕地保护、自然资源等领域推行远程监管、移动监管、预警监管。", "县自然资源局", "县住建局", "45657", 40, "推进中")
group("（三）社会管理")
row("r_dispute", "矛盾纠纷多元化解", "完善行政复议、信访、调解、法律援助等线上受理渠道，用好全区矛盾纠纷多元化解信息系统。", "县委政法委", "县公安局、司法局、信访局", "2024/12/31", 0, "推进中")
row("r_xueliang", "“雪亮工程”", "持续推进“雪亮工程”向乡镇、村（社区）延伸，完善社会治安防控体系。", "县委政法委、县公安局", "各乡镇人民政府", "2024-06-30", 220, "推进中")
row("r_emerg", "智慧应急", "推进“智慧应急”建设，强化风险监测预警、分析研判和闭环管控，提升突发事件应急响应能力。", "县应急管理局", "县消防救援大队、县气象局", "2024/11/31", 85, "推进中")
row("r_grid", "互联网+基层治理", "实施“互联网+基层治理”行动，依托宁夏社会治理基层综合指挥平台，健全“网格上报+网上分流+部门响应”机制。", "县委政法委", "县民政局、各乡镇人民政府", "45657", 60, "推进中")
row("r_community", "智慧社区", "推进智慧社区建设，支持杨和镇等城区社区基础设施数字化改造。", "县民政局", "杨和镇人民政府", "2024-09-30", 70, "推进中")
group("（四）公共服务")
row("r_onenet", "一体化政务服务", "依托全区一体化政务服务平台，推动县级政务服务事项“网上办、掌上办、就近办、一次办”。", "县审批服务管理局", "县直各部门（单位）", "2024/12/31", 0, "推进中")
row("r_wodenx", "“我的宁夏”永宁专区", "推动县级政务服务、公共服务应用接入“我的宁夏”政务APP，做优永宁专区。", "县审批局", "县大数据局", "45473", 30, "已上线21项")
row("r_12345", "12345热线", "配合推进12345政务服务便民热线“一呼即应”改革，提升县级工单办理质效。", "县政府办", "县直各部门（单位）、各乡镇人民政府", "2024-12-31", 0, "2023年已建成县级热线分中心")
row("r_zhengzhaofl", "“证照分离”改革", "加快“证照分离”改革和电子营业执照推广应用，探索“一业一证”等照后减证新途径。", "县市场监管局", "县审批局", "2024/12/31", 0, "推进中")
row("r_qiye", "涉企服务", "依托全区一体化政务服务平台企业专属网页，推动惠企政策精准推送、政策兑现直达直享。", "县工信商务局", "县财政局、县审批局", "#N/A", 0, "推进中")
row("r_venue", "公共场馆数字化", "推进县图书馆、文化馆、档案馆等公共场馆数字化，移动入口接入“我的宁夏”政务APP。", "县文化旅游广电局", "县档案馆", "2024-12-31", 45, "推进中")
row("r_aged", "适老化改造", "完成县级政务服务场所、政务移动端适老化与信息无障碍建设。", "县直各部门（单位）、各乡镇人民政府", "0", "45657", 15, "推进中")
group("（五）生态环境保护")
row("r_ecodata", "生态环境数据", "配合优化全区生态环境数据资源中心，做好县域生态环境监测数据归集共享。", "银川市生态环境局永宁分局", "县自然资源局", "2024/12/31", 0, "推进中")
row("r_water", "互联网+城乡供水", "深化“互联网+城乡供水”建设，推进县域供水工程数字化管理。", "县水务局", "各乡镇人民政府", "45838", 400, "推进中")
row("r_forest", "智慧林草", "配合建设宁夏“智慧林草”云平台，提升县域林草资源管理信息化水平。", "县自然资源局", "0", "2024-12-31", 0, "推进中")
row("r_rights", "资源要素交易", "用好全区用水权、土地权、排污权、山林权市场交易平台，推进资源要素市场化交易。", "县公共资源交易中心", "县水务局、县自然资源局、银川市生态环境局永宁分局", "2024/12/31", 0, "推进中")
row("r_green", "绿色低碳", "推进水、气、土、废污染防治攻坚，推动形成集约节约、循环高效的绿色低碳发展格局。", "银川市生态环境局永宁分局", "县发展改革局", "45657", 0, "推进中")
group("（六）政务运行")
row("r_decide", "辅助决策", "汇聚整合县域多源数据资源，建设领导决策辅助应用，推动运行情况一屏统览。", "县政府办", "县大数据服务中心", "2024-12-31", 80, "推进中")
row("r_oa", "协同办公", "推广应用全区统一的协同办公平台，推动公文流转、会议培训、督查考核等机关公务数字化。", "县政府办", "县直各部门（单位）", "2024/12/31", 0, "推进中")
row("r_ningzt", "“宁政通”推广", "推动县、乡、村三级党政机关全面应用“宁政通”移动办公平台，实现日常公务移动协同。", "县政府办", "各乡镇人民政府", "2025/6/30", 0, "推进中")
row("r_forms", "填表报数减负", "推广应用全区统一的填表报数系统，压减基层干部填表报数工作量。", "县政府办", "各乡镇人民政府", "2025-06-30", 0, "未启动")
row("r_vconf", "视频会议", "统筹整合县级非涉密视频会议系统资源，融入全区统筹应用的视频会议平台。", "县机关事务服务中心", "县大数据服务中心", "45657", 65, "推进中")
row("r_ggzy", "公共资源交易监督", "推进公共资源交易全流程数字化管理和监督，实现依法运行、留痕可溯、监督预警。", "县公共资源交易中心", "县财政局、审计局", "2024/12/31", 0, "推进中")
row("r_jiguan", "机关事务管理", "推广全区机关事务管理统一门户，分级采集办公用房信息数据，提升机关事务数字化保障水平。", "县机关事务服务中心", "县财政局", "2024-12-31", 0, "推进中")
group("（七）政务公开")
row("r_gongkai", "政务公开平台", "进一步完善县政府门户网站等政务公开信息化平台，构建以网上发布为主、其他渠道发布为辅的政务公开发布新格局。", "县政府办", "县融媒体中心", "45657", 10, "推进中")
row("r_policydb", "政策文件库", "配合建设全区统一的规范性文件数据库，及时报送县级行政规范性文件。", "县司法局", "县政府办", "2024-12-31", 0, "推进中")
row("r_newmedia", "政务新媒体", "构建县级政务新媒体矩阵体系，开发多样化政策解读产品。", "县委宣传部", "县融媒体中心", "2024/12/31", 20, "推进中")
row("r_hudong", "政民互动", "以12345政务服务便民热线为枢纽，连通县政府网站、信访平台等政民互动渠道。", "县政府办", "县信访局", "2024-12-31", 0, "推进中")

# ---------------------------------------------------------------- 党的领导
group("五、加强党对数字政府建设工作的全面领导")
row("r_kaohe", "年度要点与考核", "制定县年度数字政府建设工作要点和重点任务考核指标，形成常态化考核和以奖代补工作机制。", "县政府办", "县委组织部", "长期坚持", 0, "已印发要点")
row("r_talent", "数字人才", "加大数字化专业人才引进力度，探索数字人才资源共享和合理流动机制。", "县委组织部", "县人社局", "2024/12/31", 0, "推进中")

# ---------------------------------------------------------------- 合计 and footer
plain("\t".join(["合计", "共%d项" % seq[0], "", "", "", "", str(sum(INVEST)), "", ""] + TRAIL), "total")
plain("制表人：\t\t\t审核人：\t\t\t联系电话：")

with open(os.path.join(HERE, "draft.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- key
def L(rid):
    return where[rid]

def chk(rid, text):
    assert text in lines[where[rid] - 1], (rid, text)
    return where[rid]

expect = [
    {"rule": "basis-mismatch", "line": chk("basis", "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": chk("r_ewen", "46022"), "text": "46022",
     "why": "Excel serial 46022 = 2025-12-31; the row takes up task 40 (电子公文管理, 完成时限 2024年)"},
    {"rule": "deadline-later-than-baseline", "line": chk("r_ningzt", "2025/6/30"), "text": "2025/6/30",
     "why": "task 105 (宁政通 移动办公总门户, 覆盖区市县乡村五级) is due 2024年; 2025/6/30 is later"},
    {"rule": "deadline-invalid", "line": chk("r_emerg", "2024/11/31"), "text": "2024/11/31",
     "why": "November has 30 days; an impossible date typed as text (task 80 智慧应急 is due 2024年, so the intended date was within the region's year)"},
    {"rule": "deadline-invalid", "line": chk("r_qiye", "#N/A"), "text": "#N/A",
     "why": "the 完成时限 cell of this row (task 89, 企业专属网页/惠企政策精准推送, due 2024年) shows #N/A: the lookup that filled it broke, so the task has no deadline at all. A reviewer sends it back; of the checker's rules the nearest is deadline-invalid (the cell in the deadline column cannot be read as a date). Judgement call: a checker may also report it as a missing deadline under another name; it must not be read as a later or earlier deadline"},
    {"rule": "unknown-unit", "line": chk("r_wan", "自治区政府办公厅"), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (牵头单位) of a county task: copied from task 47's 责任单位; the county lead should be 县大数据服务中心 or 县政府办"},
    {"rule": "unknown-unit", "line": chk("r_wodenx", "县大数据局"), "text": "县大数据局",
     "why": "永宁县 has no 大数据局; units.txt lists 县大数据服务中心 (= 县大数据中心) only"},
    {"rule": "garbled-text", "line": chk("r_archive", "瀹屾垚绯荤粺瀵规帴娴嬭瘯"), "text": "瀹屾垚绯荤粺",
     "why": "进展情况 cell is UTF-8 read as GBK: 瀹屾垚绯荤粺瀵规帴娴嬭瘯 = 完成系统对接测试"},
]

def nf(rule, rid, text, why):
    e = {"rule": rule, "line": chk(rid, text) if text else L(rid)}
    if text:
        e["text"] = text
    e["why"] = why
    return e

mustNotFlag = [
    nf("basis-mismatch", "basis", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"),
    nf("basis-mismatch", "history", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 with its correct 文号; not cited as a basis of this 台账"),
    nf("deadline-invalid", "history", "2023年完成", "past date in the background (what was done in 2023), not a deadline"),
    nf("deadline-later-than-baseline", "goal", "到2025年", "goal year equal to the region's 主要目标 (到2025年 “34567”体系框架全面成型)"),
    nf("deadline-invalid", "report", "2024年12月20日前", "the office's own reporting date, not a task deadline"),
    nf("deadline-invalid", "filed", "2024年3月15日", "填报日期 of the sheet, not a deadline"),
    nf("unknown-unit", "filed", "永宁县人民政府办公室", "填报单位, and an alias of 县人民政府办公室 in units.txt"),
    nf("unknown-unit", "header", "辅助列", "header of a hidden helper column left in the copy; not a unit, carries no body or date"),
    nf("garbled-text", "r_xinchuang", "#REF!", "broken lookup in the hidden 辅助列; a spreadsheet artefact, not mojibake and not a deadline"),
    nf("deadline-invalid", "r_zhuanwang", "2024-12-31", "#N/A sits in 辅助列 here, not in 完成时限; the row's deadline 2024-12-31 equals task 50 (2024年)"),
    nf("deadline-invalid", "total", "合计", "合计 row: item count and investment sum, no date, no unit, no task"),
    nf("unknown-unit", "r_geo", "0", "0 left by an empty formula in 配合单位 (and 辅助列); no unit named"),
    nf("unknown-unit", "r_aged", "0", "0 from an empty formula in 配合单位; lead is the collective 县直各部门（单位）、各乡镇人民政府"),
    nf("deadline-invalid", "r_econgov", "0", "0 in 计划投资 and 进展情况 from empty formulas; the deadline is 2024-12-31 (task 5: 持续推进，2025年取得明显成效)"),
    nf("deadline-later-than-baseline", "r_industry", "2024/12/31", "task 2: 2023年启动，2024年取得明显成效; equal year"),
    nf("deadline-later-than-baseline", "r_park", "45657", "Excel serial 45657 = 2024-12-31; task 3: 持续推进，2025年取得明显成效; earlier"),
    nf("deadline-later-than-baseline", "r_dataplat", "45657", "45657 = 2024-12-31; task 29: 2023年启动，2025年完成; earlier"),
    nf("deadline-later-than-baseline", "r_open", "45596", "45596 = 2024-10-31; task 41: 2024年; earlier"),
    nf("deadline-later-than-baseline", "r_wan5", "45626", "45626 = 2024-11-30; task 48: 2024年; earlier"),
    nf("deadline-later-than-baseline", "r_wodenx", "45473", "45473 = 2024-06-30; task 86: 2024年; earlier"),
    nf("deadline-later-than-baseline", "r_water", "45838", "45838 = 2025-06-30; task 96: 2025年; earlier within the year"),
    nf("deadline-later-than-baseline", "r_video", "2025/6/30", "task 49 (视频共享平台/视频一张网): 2025年; same form as the planted late date but earlier"),
    nf("deadline-later-than-baseline", "r_forms", "2025-06-30", "task 106 (填表报数系统): 2025年; earlier"),
    nf("deadline-later-than-baseline", "r_ledger", "2024-06-30", "task 23 (数字资源管理系统 一本账): 2024年; earlier"),
    nf("deadline-later-than-baseline", "r_zhengzhao", "2024-12-31", "tasks 52 (2025年) and 53 (2024年); not later than either"),
    nf("deadline-later-than-baseline", "r_edu", "2024/8/31", "task 7: 2023年形成试点经验，2025年取得明显成效; the completing milestone is 2025, and the row is about applying the platform, not forming the pilot experience"),
    nf("deadline-invalid", "r_sec", "2023年形成机制，长期坚持", "task 18's 完成时限 copied verbatim; a copied regional deadline that lies before the plan's year is not an invalid date"),
    nf("deadline-later-than-baseline", "r_sec", "2023年形成机制，长期坚持", "identical to task 18's 完成时限"),
    nf("deadline-later-than-baseline", "r_ggzy", "2024/12/31", "task 108: 长期推进，2024年取得明显成效; equal year"),
    nf("deadline-later-than-baseline", "r_kaohe", "长期坚持", "task 121 (年度工作要点和考核指标体系): 长期坚持; equal. If matched to task 116 (制定总体工作方案和年度工作要点, 2023年完成并长期坚持), 长期坚持 names no milestone later than 2023 either"),
    nf("deadline-later-than-baseline", "r_wan", "2024/9/30", "task 47 (电子政务外网升级改造): 2024年; earlier. The row's mistake is its lead unit, not its date"),
    nf("deadline-invalid", "basis", "2023年—2025年", "part of the title of the regional task list, not a deadline"),
    nf("deadline-invalid", "r_12345", "2023年已建成", "进展情况 background (done in 2023); the row's deadline is 2024-12-31 against task 87 (2023年启动，2025年完成)"),
    nf("unknown-unit", "r_edu", "各乡镇人民政府", "collective subject"),
    nf("unknown-unit", "r_village", "各村（社区）", "collective subject"),
    nf("unknown-unit", "r_xinchuang", "县直各部门（单位）", "collective subject"),
    nf("unknown-unit", "r_rules", "县直有关部门", "collective subject"),
    nf("unknown-unit", "r_econdb", "县统计局、财政局", "prefix 县 distributes: 县财政局 is in units.txt"),
    nf("unknown-unit", "r_dispute", "县公安局、司法局、信访局", "prefix distributes: 县司法局, 县信访局 are in units.txt"),
    nf("unknown-unit", "r_ggzy", "县财政局、审计局", "prefix distributes: 县审计局 is in units.txt"),
    nf("unknown-unit", "r_ecodata", "银川市生态环境局永宁分局", "the city bureau's 永宁 branch is a local unit listed in units.txt; not a city or regional body"),
    nf("unknown-unit", "r_emerg", "县消防救援大队", "alias of 永宁县消防救援大队 in units.txt"),
    nf("unknown-unit", "r_park", "县工信商务局", "alias of 县工业信息化和商务局"),
    nf("unknown-unit", "r_datamkt", "县发展改革局", "official short name of 县发展和改革局"),
    nf("unknown-unit", "r_village", "闽宁镇人民政府", "a township of 永宁县, in units.txt"),
    nf("unknown-unit", "r_grass", "各乡镇人民政府", "collective subject as lead of a township-level task"),
]

covers_map = [
    (2, "r_industry"), (3, "r_park"), (5, "r_econgov"), (6, "r_pubsvc"), (7, "r_edu"), (8, "r_health"),
    (9, "r_city"), (10, "r_village"), (12, "r_datamkt"), (13, "r_datarule"), (18, "r_sec"), (46, "r_xinchuang"),
    (21, "r_power"), (22, "r_shenguan"), (23, "r_ledger"), (26, "r_rules"), (28, "r_pilot"), (29, "r_dataplat"),
    (33, "r_basedb"), (34, "r_basedb"), (42, "r_fuse"), (40, "r_ewen"), (41, "r_open"), (47, "r_wan"), (48, "r_wan5"),
    (50, "r_zhuanwang"), (49, "r_video"), (52, "r_zhengzhao"), (54, "r_archive"), (56, "r_feishui"),
    (57, "r_credit"), (58, "r_geo"), (64, "r_org"), (65, "r_econdb"), (66, "r_econmon"), (71, "r_trace"),
    (73, "r_xietong"), (74, "r_remote"), (77, "r_dispute"), (79, "r_xueliang"), (80, "r_emerg"), (83, "r_grid"),
    (84, "r_onenet"), (86, "r_wodenx"), (87, "r_12345"), (88, "r_zhengzhaofl"), (89, "r_qiye"), (90, "r_venue"),
    (93, "r_aged"), (94, "r_ecodata"), (96, "r_water"), (98, "r_forest"), (100, "r_rights"), (102, "r_green"),
    (103, "r_decide"), (104, "r_oa"), (105, "r_ningzt"), (106, "r_forms"), (107, "r_vconf"), (108, "r_ggzy"),
    (111, "r_jiguan"), (112, "r_gongkai"), (114, "r_newmedia"), (115, "r_hudong"), (121, "r_kaohe"), (117, "r_talent"),
]
covers = [{"task": t, "line": L(r)} for t, r in sorted(covers_map)]

key = {
    "writer": "blind writer, round 587; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": covers,
    "notes": ("永宁县 (银川市) 2024 重点任务台账 pasted from Excel as tab-separated text: a note of 5 numbered lines, a 填报 line, "
              "an all-tab empty row, the header (with the hidden column's header 辅助列 and three trailing empty columns), "
              "group rows for the five parts, %d task rows, a 合计 row and a 制表人 line. 完成时限 appears as Excel serials "
              "(45657 = 2024-12-31, 45473 = 2024-06-30, 45596 = 2024-10-31, 45626 = 2024-11-30, 45838 = 2025-06-30, 46022 = 2025-12-31), "
              "as 2024/12/31 and as 2024-06-30. 0 cells come from empty formulas; #REF!/#N/A in 辅助列 are broken lookups and carry nothing. "
              "No parent plan: 永宁县 is under 银川市, whose plan is not among the seeds, so the note names 银川市's work arrangement without a title. "
              "财政投入, 组织领导 (一把手工程) and the training side of 数字素养 are taken up in note item 4 (draft line 6), not as rows; 考核评价 is 序号 69 (line 95), 人才 序号 70 (line 96). Tasks with a 2023 regional deadline were kept out of the rows "
              "(except task 18, whose 完成时限 is copied verbatim) so that no 2024 date in a row is later than the region by accident.") % seq[0],
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(lines), "lines;", len(expect), "expect;", len(mustNotFlag), "mustNotFlag;", len(covers), "covers; rows", seq[0], "invest", sum(INVEST))
