#!/usr/bin/env python3
# Helper kept by the blind writer (round 280): writes draft.txt and key.json.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
GARBLED = "政务服务事项".encode("utf-8").decode("gbk")  # UTF-8 read as GBK

# (类别, 重点任务, 牵头单位, 原定完成时限, 进展情况, 调整后完成时限, 区task, 区完成时限, kind)
# kind: done / keep (done + 长期坚持 in adjusted) / equal / earlier / late (planted) / invalid (planted)
ROWS = [
 ("完善“一套体系”", "成立县数字政府建设领导小组，各乡镇人民政府、县直各部门（单位）明确分管领导和数据专员，形成上下协同、齐抓共管的工作格局。", "县人民政府办公室、县委编办", "2023年", "已完成（2023年9月）", "—", 64, "2025年", "done"),
 ("", "将数字政府建设纳入“一把手工程”，建立主要领导负责制，制定年度工作要点并组织实施。", "县人民政府办公室", "2023年完成并长期坚持", "已完成并持续巩固", "长期坚持", 116, "2023年完成并长期坚持", "keep"),
 ("着眼“三个驱动”", "围绕羊绒、滩羊、圆枣等特色产业，推动重点企业上云用数，汇聚企业生产、销售等重要数据，助力产业数字化。", "县工业信息化和商务局", "2023年启动，2024年取得明显成效", "已完成并持续巩固", "—", 2, "2023 年启动，2024 年取得明显成效", "done"),
 ("", "加快同心工业园区“智慧园区”建设，提升园区公共服务、环境保护、应急安全和管理决策数字化水平。", "同心工业园区管委会", "2025年", "正在推进", "2025年", 3, "持续推进，2025 年取得明显成效", "equal"),
 ("", "推进教育、健康、养老、就业等公共服务数字化，扩大优质公共资源服务覆盖面。", "县教育局、卫生健康局、民政局", "2025年", "正在推进", "2025年10月底前", 6, "持续推进，2025 年取得明显成效", "earlier"),
 ("", "推进智慧县城建设，建设县城运行管理服务平台，强化“一网统管”。", "县住房和城乡建设局", "2024年", "正在推进", "2025年6月底前", 9, "持续推进，2025年取得明显成效", "earlier"),
 ("", "推进数字乡村建设，完善农业农村大数据体系，提升面向农村的综合信息服务水平。", "县农业农村局", "2025年", "正在推进", "2025年", 10, "持续推进，2025年取得明显成效", "equal"),
 ("", "配合推进“数字供销”国家级示范区建设，建成县级供销数字化服务平台。", "县供销社", "2023年完成主要建设任务", "已完成（2023年11月）", "—", 11, "2023年完成主要建设任务，2025年取得明显成效", "done"),
 ("", "配合培育数据要素市场，梳理可开发利用的公共数据资源，探索数据产品化服务。", "县发展和改革局", "2025年", "未启动", "2025年", 12, "2025年", "equal"),
 ("聚焦“四大支撑”", "明确本地本部门数字政府建设安全和保密工作主体责任、监督责任。", "县委网信办", "2023年", "已完成（2023年11月）", "—", 14, "2023年", "done"),
 ("", "建立数字政府安全评估、责任落实和重大事件处置机制，规范企业参与政务信息化建设和运营。", "县委网信办、县公安局", "2023年", "已完成（2024年3月）", "—", 15, "2023年", "done"),
 ("", "建立动态监控、主动防御、协同响应的安全技术保障体系，开展常态化安全防护和应急演练。", "县大数据服务中心", "2023年形成机制，长期坚持", "已于2023年建成，2024年起持续巩固", "长期坚持", 18, "2023年形成机制, 长期坚持", "keep"),
 ("", "推动各类行政权力事项网上运行、动态管理。", "县审批局", "2024年", "已完成（2024年9月）", "—", 21, "2024年", "done"),
 ("", "强化审管协同，推进政务服务平台与“互联网+监管”系统打通融合。", "县审批服务管理局、县市场监督管理局", "2025年", "正在推进", "2025年", 22, "2025年", "equal"),
 ("", "建立全县数字政府领域重大项目、关键应用、数据资源“一本账”，全部录入全区一体化数字资源管理系统。", "县大数据服务中心", "2024年", "正在推进（已录入应用系统43个）", "2025年6月底前", 23, "2024年", "late"),
 ("", "落实政务信息化项目会商机制，将项目谋划、投资效益和应用水平纳入年度考核。", "县发改局", "2023年", "已完成（2023年10月）", "—", 24, "2023年", "done"),
 ("", "统筹现有资金渠道，建立多渠道投入的资金保障机制，对信息化经费实施全过程绩效管理。", "县财政局", "2023年", "已完成（2023年12月）", "—", 25, "2023年", "done"),
 ("", "积极申报自治区数字政府试点，每年确定1—2个县级试点领域。", "县人民政府办公室", "2023年启动，2025年取得明显成效", "正在推进", "2025年", 28, "2023年启动，2025年取得明显成效", "equal"),
 ("", "摸清全县政务数据资源底数，形成全县政务数据“一本账”。", "县大数据服务中心", "2023年", "已完成（2023年11月）", "—", 30, "2023年", "done"),
 ("", "明确本部门数据管理机构、职责和人员，落实数据归集、共享、开放、安全等职责。", "县直各部门（单位）", "2023年", "已完成（2023年12月）", "—", 32, "2023年", "done"),
 ("", "建立政务数据供需对接和归集共享通报机制。", "县大数据服务中心", "2023年", "已完成并持续巩固", "—", 36, "2023年", "done"),
 ("", "规范电子公文全流程管理，建立电子公文档案数据共享利用机制。", "县档案馆", "2024年", "已完成（2024年12月）", "—", 40, "2024年", "done"),
 ("", "编制县级公共数据开放目录及责任清单，按要求分类分级开放公共数据。", "县数字化发展中心", "2024年", "已完成（2024年11月）", "—", 41, "2024年", "done"),
 ("", "推进政务信息系统向政务信创云有序迁移，做到“应上尽上”。", "县大数据服务中心", "2024年", "已完成（2024年10月）", "—", 46, "2024 年", "done"),
 ("", "开展县域电子政务外网升级改造，实现县、乡、村三级全覆盖。", "县大数据服务中心", "2024年", "正在推进（乡镇已全部接入，行政村接入率86%）", "2025年9月底前", 48, "2024 年", "late"),
 ("", "依托全区统一的视频共享平台，整合全县公共视频资源。", "县委政法委", "2025年", "正在推进", "2025年", 49, "2025 年", "equal"),
 ("", "推进非税收入收缴电子化，实现教育、医疗、不动产登记等收费电子化全覆盖。", "县财政局", "2024年", "正在推进（教育、医疗收费已实现电子化）", "2025年", 56, "2025年", "equal"),
 ("", "推动信用信息归集共享，配合迭代升级宁夏信用信息公共服务平台。", "县发展和改革局", "2024年", "已完成（2024年8月）", "—", 57, "2024年", "done"),
 ("强化“七种能力”", "配合建设宁夏经济运行大数据平台，加强全县重点企业、重点产业运行监测。", "县发展和改革局、县统计局", "2025年", "正在推进", "2025年", 66, "2025年", "equal"),
 ("", "对食品药品、特种设备、农副产品等重点领域实行数字化追溯监管。", "县市场监管局", "2024年", "已完成（2024年12月）", "—", 71, "2024年", "done"),
 ("", "加强“屏、端、仪”等监管设施配备，推行远程监管、移动监管、预警监管。", "县市场监督管理局", "2024年", "已完成并持续巩固", "—", 74, "2024年", "done"),
 ("", "完善矛盾纠纷多元化解信息系统应用，打通公安、司法、信访等部门数据交互通道。", "县委政法委", "2024年", "已完成（2024年6月）", "—", 77, "2024年", "done"),
 ("", "持续推进“雪亮工程”，完善全县社会治安防控体系。", "县委政法委、县公安局", "2024年", "已于2023年建成，2024年起持续巩固", "—", 79, "2024年", "done"),
 ("", "推进“智慧应急”建设，完善自然灾害监测预警和应急指挥调度系统。", "县应急管理局", "2024年", "已完成（2024年11月）", "—", 80, "2024年", "done"),
 ("", "实施“互联网+基层治理”行动，推广应用新型基层管理服务平台，覆盖全县各乡镇和村（社区）。", "县委政法委", "2025年", "正在推进", "2025年9月底前", 83, "2025年", "earlier"),
 ("", "深化“一件事一次办”改革，推行“免证办”“免申即享”。", "县审批服务管理局", "2023年", "已完成（2023年12月）", "—", 85, "2023年", "done"),
 ("", "推动全县" + GARBLED + "接入“我的宁夏”政务APP，做到“应上尽上”。", "县审批服务管理局", "2024年", "已完成（2024年10月）", "—", 86, "2024年", "done"),
 ("", "配合推进12345政务服务便民热线“一呼即应”改革，完善县级工单转办和督办机制。", "县人民政府办公室", "2025年", "正在推进", "2025年6月底前", 87, "2023年启动，2025年完成", "earlier"),
 ("", "推进图书馆、文化馆、档案馆等公共场馆数字化，移动入口接入“我的宁夏”政务APP。", "县文化旅游体育广电局、县档案馆", "2024年", "已完成（2024年12月）", "—", 90, "2024年", "done"),
 ("", "配合推进全域“多卡合一”“多码合一”。", "县大数据服务中心", "2025年", "未启动", "2025年", 92, "2025年", "equal"),
 ("", "完成政府网站、政务移动端和政务服务场所适老化与信息无障碍改造。", "县人民政府办公室、县审批服务管理局", "2024年", "已完成（2024年11月）", "—", 93, "2024年", "done"),
 ("", "配合推进生态环境数据资源综合开发利用，加强全县大气、水、土壤监测数据归集。", "吴忠市生态环境局同心分局", "2025年", "正在推进", "2025年", 95, "2025年", "equal"),
 ("", "推进“互联网+城乡供水”建设，完善县级供水数字化管理平台。", "县水务局", "2024年", "已完成（2024年8月）", "—", 96, "2025年", "done"),
 ("", "应用自然资源三维立体“一张图”和国土空间基础信息平台。", "县自然资源局", "2024年", "已完成（2024年9月）", "—", 97, "2024年", "done"),
 ("", "推广应用宁夏“智慧林草”云平台。", "县林草局", "2024年", "已完成（2024年7月）", "—", 98, "2024年", "done"),
 ("", "全面使用全区统一的协同办公平台，推进公文流转、会议培训、督查考核等机关公务数字化。", "县人民政府办公室", "2024年", "已完成（2023年12月）", "—", 104, "2024年", "done"),
 ("", "推广“宁政通”移动办公，覆盖县、乡、村三级。", "县人民政府办公室", "2024年", "已完成并持续巩固", "—", 105, "2024年", "done"),
 ("", "推广使用全区统一的填表报数系统，压减基层填表报数工作量。", "县人民政府办公室", "2025年", "正在推进", "2025年", 106, "2025年", "equal"),
 ("", "整合全县非涉密视频会议系统资源，形成县乡两级统筹应用的视频会议平台。", "县机关事务服务中心", "2025年", "未启动", "2025年13月底前", 107, "2025年", "invalid"),
 ("", "推进公共资源交易全流程数字化管理和监督。", "县公共资源交易中心", "2024年", "已完成并持续巩固", "长期坚持", 108, "长期推进，2024年取得明显成效", "keep"),
 ("", "整合机关事务管理信息系统，分级采集党政机关办公用房信息数据。", "县机关事务服务中心", "2025年", "正在推进", "2025年", 111, "2025年", "equal"),
 ("", "完善政府网站、政务公开专栏等信息化平台，构建以网上发布为主的政务公开格局。", "县电子政务办", "2024年", "已完成（2024年5月）", "—", 112, "2024年", "done"),
 ("", "构建县级政务新媒体矩阵，开发多样化政策解读产品。", "县委宣传部、县融媒体中心", "2024年", "已完成并持续巩固", "—", 114, "2024年", "done"),
 ("", "以12345热线为枢纽，整合政府网站、“我的宁夏”政务APP、信访平台等政民互动渠道。", "县人民政府办公室、县信访局", "2024年", "已完成（2024年12月）", "—", 115, "2024年", "done"),
 ("加强党的领导", "开展全县干部数字化能力培训，纳入县委党校教学培训内容。", "县委组织部", "2023年完成并长期坚持", "已于2023年建成培训课程体系，2024年起持续巩固", "长期坚持", 118, "2023年完成并长期坚持", "keep"),
 ("", "每年度制定数字政府工作要点和重点任务考核指标体系，形成常态化考核机制。", "县人民政府办公室", "长期坚持", "已完成并持续巩固", "长期坚持", 121, "长期坚持", "keep"),
 ("", "将数字政府建设考核结果作为领导班子和领导干部综合考核评价的重要参考。", "县委组织部", "2023年", "已完成（2023年12月）", "长期坚持", 123, "2023 年完成，长期坚持", "keep"),
]

def status(r):
    p = r[4]
    if p.startswith("已"):
        return "done"
    if p.startswith("正在推进"):
        return "ongoing"
    if p.startswith("未启动"):
        return "notstarted"
    raise ValueError(p)

N = len(ROWS)
n_done = sum(status(r) == "done" for r in ROWS)
n_on = sum(status(r) == "ongoing" for r in ROWS)
n_ns = sum(status(r) == "notstarted" for r in ROWS)

BODY = f"""同心县人民政府办公室文件
同政办发〔2025〕4号
同心县人民政府办公室关于印发同心县数字政府建设实施方案（2024年修订）的通知
各乡镇人民政府，县直各部门（单位）、各直属机构：
《同心县数字政府建设实施方案（2024年修订）》已经县人民政府2025年第2次常务会议研究同意，现印发给你们，请结合实际认真贯彻执行。2023年12月印发的《同心县数字政府建设实施方案》（同政办发〔2023〕92号）同时废止。
同心县人民政府办公室
2025年2月18日
（此件公开发布）
同心县数字政府建设实施方案（2024年修订）
为深入贯彻党的二十大和二十届三中全会精神，全面落实党中央、国务院关于加强数字政府建设的重大决策部署，根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）和吴忠市人民政府《关于加强数字政府建设的实施方案》等文件精神，在对我县数字政府建设实施方案开展中期评估的基础上，结合同心实际，对原方案进行修订，形成本方案。
一、修订背景和推进情况
（一）修订背景。我县自2020年按照《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）部署推进政务服务“一张网”建设以来，数字政府建设基础不断夯实。2023年12月，县人民政府办公室印发《同心县数字政府建设实施方案》（同政办发〔2023〕92号），按照吴忠市“1347”体系框架部署了{N}项重点任务。2024年8月至10月，县数字政府建设领导小组办公室对照宁政发〔2023〕17号附件2《全区数字政府建设重点任务清单（2023年—2025年）》和吴忠市实施方案，采取部门自评、实地核查、第三方评估相结合的方式开展了中期评估。截至2024年12月底，{N}项任务中已完成（含已完成并持续巩固）{n_done}项，正在推进{n_on}项，未启动{n_ns}项。
（二）主要进展。
1.工作体系基本建立。2023年9月，县数字政府建设领导小组成立，办公室设在县大数据服务中心；县直各部门（单位）、各乡镇人民政府均明确了分管领导和数据专员，县、乡、村三级职责进一步厘清。数字政府建设纳入“一把手工程”，年度工作要点和考核指标体系已连续两年印发实施。
2.数字经济和数字社会稳步推进。羊绒、滩羊、圆枣等特色产业23家重点企业完成上云用数，同心工业园区“智慧园区”一期工程投入使用。县级供销数字化服务平台于2023年11月建成，“数字供销”服务覆盖全部乡镇。教育、健康、养老等领域数字化服务持续拓展，县人民医院与各乡镇卫生院实现远程会诊全覆盖。
3.支撑体系不断夯实。数字政府安全和保密工作主体责任于2023年11月全部落实到位，安全技术保障体系已于2023年建成，2024年起持续巩固。2023年11月完成全县政务数据资源普查，形成全县政务数据“一本账”；全县政务信息系统于2024年10月全部完成向政务信创云迁移；电子政务外网实现乡镇全覆盖。
4.履职能力明显提升。矛盾纠纷多元化解、“雪亮工程”、“智慧应急”等一批应用建成投用，“我的宁夏”同心专区上线事项1126项，政务服务事项网上可办率达到98.6%。全县政府网站、政务服务场所适老化改造于2024年11月全部完成，“宁政通”已覆盖县、乡、村三级。
（三）存在问题。一是部分任务进度滞后，数字资源“一本账”录入、电子政务外网村级覆盖等任务未能按原定时限完成；二是数据共享应用深度不够，部门数据回流和开发利用不足；三是专业人才短缺，乡镇、村（社区）数字化工作力量薄弱；四是资金保障压力较大，部分系统运维经费不足。
二、总体要求
（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入贯彻习近平总书记考察宁夏重要讲话精神，坚持改革引领、数据赋能、整体协同、安全可控，以数字政府建设助推数字同心发展，全面提升政府数字化履职能力，为建设现代化美丽新同心提供有力支撑。
（二）修订原则。坚持目标不变、标准不降；已完成任务巩固提升、长效运行；未完成任务逐项明确调整后完成时限，原则上不晚于自治区、吴忠市确定的时限；原定完成时限予以保留，作为考核和追溯依据。
（三）主要目标。
原方案提出的“到2023年底，数字政府工作体系更加科学规范，各类平台‘家底’全面理清”的目标已如期实现。
到2025年底，全县数字政府建设工作体制逐步健全，政务数据共享应用水平明显提升，“互联网+基层治理”、视频会议、填表报数等重点应用覆盖县乡两级，政府数字化履职能力明显提升。
到2026年，全县数字政府建设“1347”体系框架全面成型，与自治区、吴忠市共性基础支撑体系全面对接复用、互联互通，形成集约化水平显著提升的数字政府运行新格局。
到2035年，与政府治理能力现代化相适应的数字政府体系框架成熟完备，整体协同、敏捷高效、智能精准、开放透明、公平普惠的数字政府全面建成。
三、调整后的重点任务
（一）完善“一套体系”，健全工作推进机制
1.健全组织机构。发挥县数字政府建设领导小组统筹作用，参照自治区“五个一”工作体系，由县大数据服务中心承担日常技术支撑，引入高校、科研机构和企业力量组建县数字政府建设专家咨询团队，形成齐抓共管的工作格局。
2.厘清层级职责。按照自治区“六级贯通”的层级架构，县级重点依托上级平台完善本级特色应用，一体化推进县级指挥调度中心建设；各乡镇人民政府、各村（社区）基于上级平台推广应用，强化数据采集和基层赋能。
3.完善工作机制。落实“一联系、两清单”工作机制，县直各部门（单位）巩固“科室+数据专员”机制，配齐配强数字化工作力量，定期调度政务信息化项目进展。
（二）着眼“三个驱动”，促进数字同心发展
1.驱动数字经济发展。巩固重点企业上云用数成果，加快同心工业园区“智慧园区”二期建设，加强园区能耗、环保、安全监管数字化，推动羊绒、滩羊、圆枣等特色产业数字化转型，依托“宁优汇”等电商平台拓展线上销售渠道。
2.引领数字社会建设。推进教育、健康、养老、就业等公共服务数字化；建设县城运行管理服务平台，强化“一网统管”；推进数字乡村建设，巩固“数字供销”建设成果，推动农业龙头企业产品实现在线追溯。
3.营造良好数字生态。配合自治区、吴忠市培育数据要素市场，梳理可开发利用的公共数据资源；加强数据隐私保护和网络生态治理，营造安全可靠的数字化发展环境。
（三）聚焦“四大支撑”，夯实数字政府基础
1.安全保障。压实数字政府建设安全和保密工作主体责任，持续开展网络安全和数据安全专项检查、密码应用安全性评估和常态化应急演练，提高政务信息系统自主可控水平。
2.制度规则。强化审管协同，落实政务信息化项目会商和全生命周期管理机制；加快完成全县数字政府领域重大项目、关键应用、数据资源“一本账”录入，积极申报自治区数字政府试点。
3.数据资源。落实政务数据供需对接和归集共享通报机制，编制并动态更新公共数据开放目录，积极对接吴忠市争取政务数据属地返还，推动公共数据与社会数据融合应用。
4.平台支撑。持续推进电子政务外网向行政村延伸，依托全区统一的视频共享平台整合全县公共视频资源；2025年底前实现教育、医疗、不动产登记等非税收入收缴电子化全覆盖；深化电子证照、电子印章等共性应用。
（四）强化“七种能力”，提升数字化履职水平
1.经济调节能力。配合建设宁夏经济运行大数据平台，加强全县重点企业、重点产业运行监测和分析研判。
2.市场监管能力。深化“双随机、一公开”监管和“照单监管”，对食品药品、特种设备、农副产品等重点领域实行数字化追溯监管，推进远程监管、移动监管。
3.社会管理能力。深化矛盾纠纷多元化解和“雪亮工程”应用；2025年9月底前实现新型基层管理服务平台覆盖全县各乡镇和村（社区）；完善“智慧应急”监测预警和指挥调度。
4.公共服务能力。巩固“一件事一次办”“免证办”成果，持续做强“我的宁夏”同心专区，完善12345热线工单转办和督办机制，推进公共场馆数字化。
5.生态环境保护能力。配合推进生态环境数据资源综合开发利用，巩固“互联网+城乡供水”建设成果，推广应用自然资源“一张图”和“智慧林草”云平台。
6.政务运行能力。巩固协同办公平台和“宁政通”应用；2025年底前在全县推广使用全区统一的填表报数系统；整合非涉密视频会议系统资源，推进机关事务管理信息系统整合。
7.政务公开能力。完善政府网站和政务公开专栏，做强县级政务新媒体矩阵，以12345热线为枢纽畅通政民互动渠道。
四、保障措施
（一）加强组织领导。坚持党对数字政府建设工作的全面领导，县数字政府建设领导小组每半年至少召开1次会议研究解决重大问题；各乡镇人民政府、县直各部门（单位）主要负责同志履行第一责任人职责。
（二）加大财政投入。将数字政府建设经费纳入年度预算，统筹利用现有资金渠道，积极争取上级资金支持，建立系统运行与年度运维资金挂钩的评估机制。
（三）提升数字素养。依托县委党校和宁夏干部教育培训网络学院，常态化开展干部数字化能力培训；加大数字化专业人才引进力度，探索与高校、企业联合培养人才。
（四）强化考核评价。将数字政府建设纳入县直部门和乡镇年度效能目标管理考核，考核结果作为领导班子和领导干部综合考核评价的重要参考，建立容错和奖惩机制。
（五）加强调度督导。各牵头单位于每季度末月20日前向县数字政府建设领导小组办公室报送任务推进情况；县数字政府建设领导小组办公室于2026年1月15日前形成2025年度推进情况报告，报县人民政府。
附件：同心县数字政府建设重点任务推进情况及调整安排表
同心县数字政府建设重点任务推进情况及调整安排表
（进展情况截至2024年12月31日。“原定完成时限”为同政办发〔2023〕92号确定的时限，保留备查；已完成任务不再设调整后完成时限，需长效坚持的注明“长期坚持”。牵头单位有多个的，排在第一位的为主要牵头单位。）
序号\t类别\t重点任务\t牵头单位\t原定完成时限\t进展情况\t调整后完成时限"""

lines = BODY.split("\n")
header_count = len(lines)
row_line = []
for i, r in enumerate(ROWS, 1):
    lines.append("\t".join([str(i), r[0], r[1], r[2], r[3], r[4], r[5]]))
    row_line.append(len(lines))

text = "\n".join(lines) + "\n"
with open(os.path.join(HERE, "draft.txt"), "w", encoding="utf-8") as f:
    f.write(text)

def find(s, nth=1):
    hits = [i + 1 for i, l in enumerate(lines) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]

def only(s):
    hits = [i + 1 for i, l in enumerate(lines) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]

def rl(task):
    for r, ln in zip(ROWS, row_line):
        if r[6] == task:
            return ln, r
    raise KeyError(task)

expect = []
mnf = []
covers = []

# ---- planted mistakes
expect.append({"rule": "basis-mismatch", "line": only("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
               "why": "the 实施意见 of the autonomous region is 宁政发〔2023〕17号 (a 自治区人民政府 document), not a 宁政办发 number; the right title is given with the wrong 文号"})
expect.append({"rule": "deadline-later-than-baseline", "line": only("到2026年，全县数字政府建设"), "text": "2026年",
               "why": "主要目标: 宁政发〔2023〕17号 says 到2025年 the “34567” 体系框架全面成型, and the 吴忠 plan says 到2025年 its “1347” 体系框架全面成型; the county puts the same goal in 2026"})
for t in (23, 48):
    ln, r = rl(t)
    expect.append({"rule": "deadline-later-than-baseline", "line": ln, "text": r[5],
                   "why": f"task {t} 完成时限 is {r[7].replace(' ', '')}" + ("" if t != 48 else " (task 47, 外网升级改造, is also 2024年)") + f"; the task is not done (正在推进) and its 调整后完成时限 {r[5]} is later"})
ln, r = rl(107)
expect.append({"rule": "deadline-invalid", "line": ln, "text": "13月",
               "why": "impossible month in the 调整后完成时限 (2025年13月底前); task 107 is due 2025年, so the year itself is not later"})
mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": "2025年13月底前",
            "why": "the year 2025 equals task 107 完成时限 2025年; the month is the (invalid) mistake, not lateness"})
ln, r = rl(41)
expect.append({"rule": "unknown-unit", "line": ln, "text": "县数字化发展中心",
               "why": "no such unit in units.txt (the county's data work sits with 县大数据服务中心); task 41 row"})
ln, r = rl(112)
expect.append({"rule": "unknown-unit", "line": ln, "text": "县电子政务办",
               "why": "old-style name not in units.txt; task 112 row"})
ln, r = rl(86)
expect.append({"rule": "garbled-text", "line": ln, "text": GARBLED[:6],
               "why": "“政务服务事项” as UTF-8 bytes read as GBK (task 86 row)"})

# ---- near misses: deadlines in rows
for r, ln in zip(ROWS, row_line):
    t, rdl, kind = r[6], r[7].replace(" ", ""), r[8]
    if t in (9, 56):
        continue  # stated one by one below
    if kind == "equal":
        mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": r[5],
                    "why": f"调整后 {r[5]} equals task {t} 完成时限 {rdl}; 原定 {r[3]} ({r[4]})"})
    elif kind == "earlier":
        mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": r[5],
                    "why": f"调整后 {r[5]} is within task {t}'s 完成时限 {rdl} (same year, not later); 原定 {r[3]} kept as history"})
    elif kind == "keep":
        mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": r[5],
                    "why": f"task {t} ({rdl}) is done and kept up ({r[4]}); 长期坚持 only states the ongoing part of the regional deadline"})
    elif kind == "done":
        pass

# explicit near misses worth stating one by one
ln, r = rl(9)
mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": "2025年6月底前",
            "why": "moved later than the county's own 原定 2024年, but task 9 is due 持续推进，2025年取得明显成效: not later than the region"})
ln, r = rl(56)
mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": "2025年",
            "why": "moved from 原定 2024年 to 2025年, which equals task 56 完成时限 2025年"})
ln, r = rl(96)
mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": "2024年",
            "why": "原定 2024年 is earlier than task 96 完成时限 2025年; done 2024年8月"})
ln, r = rl(15)
mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": "2024年3月",
            "why": "进展情况 records the task as done in 2024年3月 (task 15 was due 2023年); it is a past completion record, not a deadline the plan sets; 原定 2023年 equals the region"})
ln, r = rl(104)
mnf.append({"rule": "deadline-invalid", "line": ln, "text": "2023年12月",
            "why": "past completion date in 进展情况 (task 104, due 2024年, done early); history, not a deadline"})
for t in (14, 30, 85):
    ln, r = rl(t)
    mnf.append({"rule": "deadline-invalid", "line": ln, "text": r[3],
                "why": f"原定完成时限 {r[3]} kept as history (note above the table says so); 进展 {r[4]}; task {t} due {r[7].replace(' ', '')}"})
ln, r = rl(18)
mnf.append({"rule": "deadline-invalid", "line": ln, "text": "已于2023年建成，2024年起持续巩固",
            "why": "done and kept up; past years in a progress note"})
ln, r = rl(79)
mnf.append({"rule": "deadline-invalid", "line": ln, "text": "已于2023年建成，2024年起持续巩固",
            "why": "done and kept up (task 79, due 2024年); past years in a progress note, adjusted column is —"})
ln, r = rl(64)
mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": "2023年",
            "why": "task 64 is due 2025年; the county finished it in 2023年9月"})

# ---- near misses: units
ln, r = rl(32)
mnf.append({"rule": "unknown-unit", "line": ln, "text": "县直各部门（单位）", "why": "collective subject as the responsible party (task 32 is 各部门分别负责)"})
ln, r = rl(6)
mnf.append({"rule": "unknown-unit", "line": ln, "text": "县教育局、卫生健康局、民政局", "why": "prefix 县 distributes: 县卫生健康局, 县民政局 are in units.txt"})
for t, u in ((21, "县审批局"), (24, "县发改局"), (71, "县市场监管局"), (98, "县林草局"), (11, "县供销社"), (3, "同心工业园区管委会")):
    ln, r = rl(t)
    mnf.append({"rule": "unknown-unit", "line": ln, "text": u, "why": "short name listed in units.txt"})
ln, r = rl(95)
mnf.append({"rule": "unknown-unit", "line": ln, "text": "吴忠市生态环境局同心分局", "why": "the county's environment bureau is a branch of the city bureau; listed in units.txt"})
mnf.append({"rule": "unknown-unit", "line": only("各乡镇人民政府，县直各部门（单位）、各直属机构"), "text": "各乡镇人民政府", "why": "collective addressees of the notice"})
mnf.append({"rule": "unknown-unit", "line": only("采取部门自评"), "text": "县数字政府建设领导小组办公室", "why": "the county's own coordination office, listed in units.txt; it ran the mid-term review"})
mnf.append({"rule": "unknown-unit", "line": only("2023年9月，县数字政府建设领导小组成立"), "text": "县数字政府建设领导小组", "why": "the county's own leading group, listed in units.txt"})
mnf.append({"rule": "unknown-unit", "line": only("依托县委党校和宁夏干部教育培训网络学院"), "text": "县委党校", "why": "listed in units.txt; 宁夏干部教育培训网络学院 is a platform, not a responsible unit"})

# ---- near misses: basis documents
mnf.append({"rule": "basis-mismatch", "line": only("（同政办发〔2023〕92号）同时废止"), "text": "同政办发〔2023〕92号",
            "why": "the county's own 2023 plan, named as the document this revision replaces (废止), not cited as a basis"})
mnf.append({"rule": "basis-mismatch", "line": only("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
            "why": "retrospective mention of the 2020 工作要点 with its correct 文号 and title, in the background"})
mnf.append({"rule": "basis-mismatch", "line": only("对照宁政发〔2023〕17号附件2"), "text": "宁政发〔2023〕17号",
            "why": "correct 文号 of the regional 实施意见 with the correct name of its 附件2"})

# ---- near misses: body dates and goals
mnf.append({"rule": "basis-mismatch", "line": only("同政办发〔2025〕4号"), "text": "同政办发〔2025〕4号",
            "why": "the notice's own 文号, not a cited basis"})
for ln in (3, 9):
    assert "（2024年修订）" in lines[ln - 1]
    mnf.append({"rule": "deadline-invalid", "line": ln, "text": "2024年修订",
                "why": "the revision's name (the mid-term review and revision were done in 2024, issued 2025), not a deadline"})
mnf.append({"rule": "deadline-later-than-baseline", "line": only("原方案提出的“到2023年底"), "text": "到2023年底",
            "why": "the original plan's 2023 goal quoted as already met; same year as the region's 到2023年底 goal, and past"})
mnf.append({"rule": "deadline-invalid", "line": only("原方案提出的“到2023年底"), "text": "到2023年底",
            "why": "retrospective: a goal of the superseded plan reported as met, not a new deadline before the issue year"})
mnf.append({"rule": "deadline-later-than-baseline", "line": only("到2025年底，全县数字政府建设工作体制"), "text": "到2025年底",
            "why": "equal to the region's 到2025年 goal; the applications named are tasks 83, 106, 107, all due 2025年"})
mnf.append({"rule": "deadline-later-than-baseline", "line": only("到2035年，与政府治理能力"), "text": "到2035年", "why": "same as the region's and the city's 2035 goal"})
mnf.append({"rule": "deadline-later-than-baseline", "line": only("2025年9月底前实现新型基层管理服务平台"), "text": "2025年9月底前",
            "why": "task 83 is due 2025年; earlier in the same year"})
mnf.append({"rule": "deadline-later-than-baseline", "line": only("2025年底前在全县推广使用全区统一的填表报数系统"), "text": "2025年底前",
            "why": "task 106 is due 2025年; equal"})
mnf.append({"rule": "deadline-later-than-baseline", "line": only("2025年底前实现教育、医疗、不动产登记"), "text": "2025年底前",
            "why": "task 56 is due 2025年; equal"})
mnf.append({"rule": "deadline-later-than-baseline", "line": only("于2026年1月15日前形成2025年度推进情况报告"), "text": "2026年1月15日前",
            "why": "the office's own reporting date for the 2025 annual report, not a task deadline"})
mnf.append({"rule": "deadline-invalid", "line": only("2024年8月至10月"), "text": "2024年8月至10月",
            "why": "background: when the mid-term review was held"})
mnf.append({"rule": "deadline-invalid", "line": only("全县政务信息系统于2024年10月全部完成"), "text": "2024年10月",
            "why": "past completion dates in the progress narrative (tasks 14, 18, 30, 46)"})
mnf.append({"rule": "deadline-invalid", "line": only("2023年9月，县数字政府建设领导小组成立"), "text": "2023年9月",
            "why": "past date in the progress narrative (task 64, due 2025年)"})
mnf.append({"rule": "deadline-invalid", "line": only("（进展情况截至2024年12月31日"), "text": "2024年12月31日",
            "why": "cut-off date of the progress figures"})

# ---- covers: every table row
for r, ln in zip(ROWS, row_line):
    covers.append({"task": r[6], "line": ln})

key = {
    "writer": "blind writer, round 280; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("同心县 2024年修订 of its 2023 plan, issued 2025-02-18 after a mid-term review. The attached table keeps the county's "
              "原定完成时限 as history and gives 进展情况 (as of 2024-12-31) and 调整后完成时限; only the 调整后 column and body "
              "sentences set deadlines. Two unfinished tasks whose regional deadline is 2024年 (23, 48) were pushed into 2025: late. "
              "Task 107's adjusted date has an impossible month (13月) but its year equals the region's 2025年, so it is not also late. "
              "Task 15 was finished in 2024年3月 although due 2023年; that is a past record, not a deadline the plan sets. "
              "The body covers every pillar of the 34567 framework (一套体系 = 五个一/六级贯通; 党的领导 in 保障措施). "
              "Lead in a multi-unit cell is the first unit (stated above the table). Line 10 also cites the 吴忠 plan by title alone (吴忠市人民政府《关于加强数字政府建设的实施方案》), which is correct: only the 文号 of the regional 实施意见 is wrong there."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("lines", len(lines), "rows", N, "done", n_done, "ongoing", n_on, "notstarted", n_ns)
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers))
