#!/usr/bin/python3
# Builds draft.txt (UTF-8) and key.json for blind case 354. Line numbers are computed, not typed.
import json

GARBLED = "3.深化数据创新应用。支持各部门".encode("utf-8").decode("gbk")
assert GARBLED.encode("gbk").decode("utf-8") == "3.深化数据创新应用。支持各部门"

head = [
"发件人：盐池县数字政府建设工作专班 <ycszzf@yanchi.gov.cn>",
"收件人：吴忠市大数据管理服务局 <wzdsjzhk@wuzhong.gov.cn>",
"抄送：县直各部门（单位）数字政府联络员；各乡镇人民政府党政办",
"发送时间：2023年9月12日（星期二）下午4:18",
"主题：回复：盐池县数字政府建设实施方案（修改稿）",
"",
"市大数据局、县直各部门（单位）、各乡镇：",
"    《盐池县数字政府建设实施方案》已按市里意见修改（主要改了主要目标、任务清单的时限和责任单位，增加了“一套体系”一节），修改稿全文见下。请各单位对照本单位职责认真核对，于9月15日前回复；逾期未回复的，视为无意见。",
"    县数字政府建设工作专班",
"    2023年9月12日",
"",
]

# the previous message (sent 2023-09-08), quoted with "> "
prev_intro = [
"在 2023年9月8日（星期五）上午10:36，盐池县数字政府建设工作专班 <ycszzf@yanchi.gov.cn> 写道：",
"市大数据局：",
"    按照9月6日贵局反馈的修改意见（共12条），我们对方案作了修改，全文如下，请审阅。",
"",
]

plan = [
"盐池县数字政府建设实施方案",
"（修改稿）",
"为贯彻落实党的二十大精神和党中央、国务院关于加强数字中国和数字政府建设的重大决策部署，根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2022〕17号）、《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）和吴忠市人民政府《关于加强数字政府建设的实施方案》等文件精神，以数字化改革助力政府职能转变，结合我县实际，制定本实施方案。",
"一、总体要求",
"（一）发展基础",
"自《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）印发以来，我县持续推进“数字政府”建设，2021年完成县级电子政务外网升级改造，2022年建成县政务服务中心“一窗受理”系统，政务服务事项网上可办率达到98%以上，“我的宁夏”政务APP盐池专区上线高频事项126项。但与自治区、市的要求相比，我县还存在统筹力度不够、数据共享不充分、基层应用场景不多等问题。",
"（二）指导思想",
"坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和习近平总书记视察宁夏重要讲话指示批示精神，全面落实自治区第十三次党代会工作部署和市委、县委工作要求，完整、准确、全面贯彻新发展理念，坚持改革引领、数据赋能、整体协同、安全可控，将现代数字技术广泛应用于政府管理服务，推动政府决策科学化、社会治理精准化、公共服务高效化，激发数字经济活力、优化数字社会环境、打造良好数字生态，为建设黄河流域生态保护和高质量发展先行区示范县提供有力支撑。",
"（三）主要目标",
"到2023年底，县数字政府建设工作体系基本建立；全县数字政府各类平台“家底”全面理清；县直各部门（单位）、各乡镇数字化履职应用迭代升级，打造2至3个标志性应用场景。",
"到2026年，全县数字政府建设“1347”体系框架全面成型，工作体制逐步健全，管理机制趋于成熟，履职能力全面增强，与自治区、市共性基础支撑体系实现对接复用、互联互通，力争数字政府建设走在全市前列。",
"到2035年，与政府治理能力现代化相适应的数字政府体系框架成熟完备，整体协同、敏捷高效、智能精准、开放透明、公平普惠的数字政府全面建成，为全县基本实现社会主义现代化提供有力支撑。",
"（四）推进原则",
"1.坚持统筹规划、集约建设。坚持全县“一盘棋”，依托自治区、市统一的共性基础支撑平台，原则上不再新建县级平台，避免分散建设、重复建设。",
"2.坚持需求导向、应用为先。立足企业、群众办事需求，聚焦群众“急难愁盼”，推进数字技术与服务场景融合创新。",
"3.坚持上下贯通、协同推进。依托“我的宁夏”“宁政通”统领性和基础性作用，推动县、乡、村三级业务协同和数据共享。",
"4.坚持安全可控、守牢底线。严格落实网络安全各项法律法规制度，切实守住网络安全底线。",
"二、完善“一套体系”，统筹推进数字政府一体化建设",
"（一）健全组织机构。成立县推进数字政府建设领导小组，由县人民政府主要负责同志任组长，领导小组办公室设在县政府办公室，县大数据服务中心承担日常工作，组建县数字政府建设工作专班。各乡镇参照县级做法，明确分管领导和工作人员，形成上下协同、一体联动、齐抓共管的工作格局。",
"（二）厘清层级职责。按照自治区“六级贯通”的数字政府建设层级架构，县级重点依托上级平台完善本级特色应用，一体化推进县级指挥调度中心建设，开展数据开发应用；各乡镇、各村（社区）及盐池工业园区、学校、医院等基层单元，基于上级平台推广本地特色应用，强化数据挖掘应用、数字赋能。",
"（三）完善工作机制。落实“一联系、两清单”工作机制，县直各部门（单位）明确1名分管领导和1名数字政府联络员，探索建立“科室+数据专员”机制。各牵头单位于每季度末月20日前向县数字政府建设工作专班报送任务进展，每年12月10日前报送年度工作总结。",
"三、着眼“三个驱动”，以数字政府建设引领数字盐池发展",
"（一）驱动数字经济发展。以数字政府建设为牵引，聚焦滩羊、黄花菜、小杂粮、中药材等特色产业，促进数字经济和实体经济深度融合。",
"1.推动特色产业数字化。实施数智农业行动，建设滩羊产业大数据平台，推进滩羊养殖、屠宰加工、冷链销售全链条数字化追溯，推动县级以上农业龙头企业产品实现在线追溯；办好“中国（盐池）滩羊产业大会暨电商文化旅游节”，依托“宁优汇”电商平台拓展线上销售。",
"2.推进智慧园区建设。加快完善盐池工业园区“智慧园区”功能，提升园区公共服务、资源匹配、环境保护、应急安全、管理决策等数字化、智能化服务水平，为入园企业提供全生命周期服务保障。",
"3.完善数字经济治理。强化政企协同、部门协同、社会共治的监管和治理机制，创新基于新技术手段的监管模式，把监管和治理贯穿创新、投资、生产、经营全过程。",
"（二）引领数字社会建设。以数字政府建设促进数字技术与社会发展全面融合，着力弥合城乡数字鸿沟，提升全民数字化生活水平。",
"1.推动数字化服务普惠应用。推进教育、健康、就业、文化旅游、养老托育、交通出行、水电气热等服务数字化，深入推广宁夏智慧教育平台，推进“互联网+医疗健康”，深化县域医共体信息化建设，推广电子处方流转。",
"2.推进数字乡村建设。以数字化支撑现代乡村治理体系，加快补齐乡村信息基础设施短板，推进数字乡村试点建设，构建县域农业农村大数据体系，提升面向农牧民的综合信息服务水平。",
"3.加快“数字供销”建设。配合做好全国“数字供销”示范区建设，推动社有企业和基层供销社经营服务数字化。",
"4.推进智慧县城建设。依托市城市运行管理服务平台，推进县城运行“一网统管”，推进县城供水、排水、路灯等市政设施智慧化改造。",
"（三）营造良好数字生态。配合自治区、市培育数据要素市场，推进公共数据、社会数据融合开放和开发利用；营造安全可靠的数字化发展环境，健全网络综合治理体系，推动形成良好网络生态。",
"四、聚焦“四大支撑”，夯实数字政府建设基础",
"（一）加快构建全方位安全保障体系",
"1.强化安全管理责任。落实县、乡两级数字政府建设安全和保密工作的主体责任、监督责任，构建全方位、多层次、一体化安全防护体系；建立数字政府安全评估、责任落实和重大事件处置机制，加强对参与政务信息化建设、运营企业的规范管理。",
"2.落实安全制度要求。建立健全数据分类分级保护、风险评估等制度，定期对政务信息系统开展网络安全和数据安全专项检查评估，落实网络安全等级保护和密码应用安全性评估。",
"3.提升安全防护能力。建立健全动态监控、主动防御、协同响应的数字政府安全技术保障体系，每年至少开展1次网络安全应急演练。",
"4.提高自主可控水平。新建政务信息系统基于信创环境开发，强化安全可靠技术和产品应用，积极推进符合国家标准要求的密码应用。",
"（二）加快构建科学规范的制度规则体系",
"1.助力政府职能转变。推动各类行政权力事项网上运行、动态管理，强化审管协同，配合推进全区一体化政务服务平台与“互联网+监管”系统深度融合，助力优化营商环境。",
"2.创新项目管理机制。落实政务信息化建设管理会商机制，县级政务信息化项目立项前须经县大数据服务中心统筹审核，探索综合论证、联合验收等项目管理新模式。",
"3.开展试点示范。围绕重点领域、关键环节、共性需求，积极争取自治区、市各类试点示范，努力打造具有盐池特色、可复制推广的典型应用。",
"（三）加快构建循环利用的数据资源体系",
"1.完善数据管理机制。县直各部门（单位）明确数据管理机构及职责分工、人员，2023年底前完成本单位政务数据资源目录编制，摸清全县政务数据资源底数，形成全县政务数据“一本账”。",
"2.深化数据高效共享。建立健全政务数据供需对接机制，支持政务数据跨地区、跨部门、跨层级互认共享；积极对接自治区政务数据平台和市级数据共享交换体系，推动数据按需向本地回流。",
GARBLED + "围绕滩羊产业、生态保护、社会治理等领域持续开展大数据创新应用，推动公共数据和社会数据融合应用。",
"（四）加快构建智能集约的平台支撑体系",
"1.用好政务云平台。依托自治区政务信创云，推进县级现有政务信息系统有序迁移上云，原则上不再新建机房。",
"2.提升网络平台支撑能力。开展县乡村电子政务外网升级改造，2024年底前实现县、乡、村三级全覆盖；推进非涉密业务专网向电子政务外网整合迁移，县直各部门原则上不再新建业务专网。",
"3.加强共性应用支撑。推广应用自治区统一身份认证、电子证照、电子印章、公共支付、电子票据等共性支撑服务，深化电子文件归档和电子档案管理，推进无纸化办公。",
"五、强化“七种能力”，全面提升数字化履职水平",
"（一）提升科学精准的经济调节能力。积极对接使用宁夏经济运行大数据平台，加强滩羊、黄花菜等重点产业和规模以上企业运行监测，强化经济运行分析研判。",
"（二）提升综合高效的市场监管能力。落实“双随机、一公开”监管，推行“照单监管”，对食品药品、特种设备、农副产品等重点领域开展数字化追溯监管，提升以网管网水平。",
"（三）提升精细智能的社会管理能力",
"1.提升社会矛盾化解能力。坚持和发展新时代“枫桥经验”，用好全区矛盾纠纷多元化解信息系统，推动矛盾纠纷线上统一归集、分类转办、督办考核。",
"2.提升社会治安防控能力。持续推进“雪亮工程”向乡村延伸，探索推广“智安小区”“智安单位”应用。",
"3.提升公共安全保障能力。推进“智慧应急”建设，完善自然灾害监测预警、森林草原防灭火、危化品双重预防等信息化建设。",
"4.提升基层治理能力。实施“互联网+基层治理”行动，依托宁夏社会治理基层综合指挥平台，构建覆盖县、乡、村的新型基层管理服务平台，健全“网格上报+网上分流+部门响应”机制。",
"（四）提升普惠便捷的公共服务能力",
"1.打造泛在可及的服务体系。发挥全区一体化政务服务平台“一网通办”作用，推动县、乡、村三级政务服务线上线下标准统一、全面融合，打造“15分钟政务服务圈”。",
"2.提升智慧便捷的服务能力。推行政务服务事项“集成办”“免证办”，深化“一件事一次办”，推广“免申即享”“民生直达”，持续做强“我的宁夏”政务APP盐池专区，优化12345政务服务便民热线与基层网格员联动工作机制。",
"3.拓展公平普惠的民生服务。2023年底前完成县政府门户网站、政务新媒体和政务服务场所适老化与信息无障碍建设，切实满足老年人、残疾人等特殊群体办事需求。",
"（五）提升系统科学的生态环境保护能力",
"1.提升生态环保协同治理能力。配合建设全区一体化生态环境智能感知体系，加强哈巴湖国家级自然保护区和重点防沙治沙区域生态监测。",
"2.提高自然资源利用效率。深化“互联网+城乡供水”建设，推广“互联网+高效节水农业”服务平台；配合建设宁夏“智慧林草”云平台，提升全县林草资源管理信息化水平。",
"3.推动绿色低碳转型。推进水、气、土、废污染防治攻坚战，全面加强生态修复，推动形成绿色低碳发展新格局。",
"（六）提升整体高效的政务运行能力",
"1.提升辅助决策能力。汇聚整合多源数据资源，逐步实现全县运行情况一屏统览、效能指标综合研判。",
"2.提升行政执行能力。全面使用全区统一的协同办公平台，推动公文流转、会议培训、督查考核等机关公务数字化；推广应用“宁政通”，县直各单位办公、执法、管理等政务应用接入“宁政通”APP；统筹整合全县非涉密视频会议系统资源。",
"3.提升行政监督水平。推进行政审批、行政执法、公共资源交易等全流程数字化运行、管理和监督，促进行政权力规范透明运行。",
"4.提升机关事务管理水平。推广应用自治区机关事务管理数字化平台，分级采集党政机关办公用房信息数据。",
"（七）提升全面规范的政务公开能力",
"1.提升政府信息公开水平。完善县政府门户网站政务公开专栏，构建以网上发布为主、其他渠道发布为辅的政务公开发布格局。",
"2.发挥政务新媒体传播优势。构建县级政务新媒体矩阵，依托县融媒体中心开发多样化政策解读产品。",
"3.畅通政民互动渠道。发挥县政府网站、12345政务服务便民热线、县长信箱作用，及时回应群众诉求。",
"六、加强党对数字政府建设工作的领导",
"（一）加强组织领导。各级党组织要切实履行领导责任，县直各部门（单位）、各乡镇人民政府要将数字政府建设纳入“一把手工程”，建立主要领导负责制，制定年度工作要点，抓好组织实施。",
"（二）加强资金保障。统筹利用现有资金渠道，将数字政府建设经费纳入县级年度预算；建立政务平台常态化运行与年度运维资金挂钩的评估机制，强化项目绩效评估。",
"（三）提升数字素养。依托县委党校和宁夏干部教育培训网络学院，每年组织全县干部数字化能力培训不少于2次；加大数字化专业人才引进力度。",
"（四）强化考核评价。将数字政府建设纳入县级效能目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考；定期开展督促检查和经验交流，建立容错和奖惩机制。",
"",
"附件：盐池县数字政府建设重点任务清单",
"说明：责任单位有多个的，排在第一位的为牵头单位。",
"序号\t重点任务\t责任单位\t完成时限",
]

# table rows: (text, units, deadline, regional task, regional deadline)
rows = [
("成立县推进数字政府建设领导小组，组建工作专班，健全工作体制机制。", "县政府办公室牵头，县委编办、县大数据服务中心配合", "2023年", 64, "2025年"),
("将数字政府建设纳入“一把手工程”，建立主要领导负责制，制定年度工作要点并组织实施。", "县直各部门（单位）、各乡镇人民政府负责", "2023年完成并长期坚持", 116, "2023年完成并长期坚持"),
("明确本地本行业数字政府建设安全和保密工作的主体责任、监督责任。", "县委网信办牵头，县公安局、县大数据服务中心及县直各部门（单位）分别负责", "2023年", 14, "2023年"),
("建立数字政府安全评估、责任落实和重大事件处置机制，规范企业参与政务信息化建设和运营。", "县委网信办、县大数据服务中心负责", "2023年", 15, "2023年"),
("建立动态监控、主动防御、协同响应的安全技术保障体系，开展常态化安全防护和应急演练。", "县大数据服务中心牵头，县公安局配合", "2023年形成机制，长期坚持", 18, "2023年形成机制，长期坚持"),
("摸清全县政务数据资源底数，编制政务数据资源目录，形成全县政务数据“一本账”。", "自治区政府办公厅牵头，县直各部门（单位）具体负责", "2023年", 30, "2023年"),
("明确本部门数据管理机构及职责分工、人员，履行数据归集、共享、开放、应用、安全等职责。", "县直各部门（单位）分别负责", "2023年", 32, "2023年"),
("建立健全政务数据供需对接机制，支持政务数据跨部门、跨层级互认共享。", "县大数据局牵头，县直各部门（单位）配合", "2023年", 36, "2023年"),
("开展县乡村电子政务外网升级改造，实现县、乡、村全覆盖。", "县大数据服务中心牵头，各乡镇人民政府具体负责", "2025年", 48, "2024年"),
("推进非涉密业务专网向电子政务外网整合迁移。", "县大数据服务中心牵头，县直有关部门配合", "2024年", 50, "2024年"),
("推行政务服务事项“集成办”“免证办”，深化“一件事一次办”，推广“免申即享”“民生直达”。", "县审批服务管理局牵头，县直有关部门配合", "2023年", 85, "2023年"),
("县域政务服务、公共服务应用接入“我的宁夏”政务APP，做强盐池专区。", "县审批服务管理局牵头，县直有关部门配合", "20224年", 86, "2024年"),
("完成县政府网站、政务新媒体、政务服务场所适老化与信息无障碍建设。", "县政府办公室、县审批服务管理局按职责分别负责", "2023年底", 93, "2024年"),
("实施“互联网+基层治理”行动，构建覆盖县、乡、村的新型基层管理服务平台。", "县委政法委牵头，各乡镇人民政府具体负责", "2025年", 83, "2025年"),
("持续推进“雪亮工程”，完善全县社会治安防控体系。", "县委政法委、县公安局牵头，各乡镇人民政府配合", "2024年", 79, "2024年"),
("推进数字乡村建设，构建县域农业农村大数据体系。", "县农业农村局牵头，各乡镇人民政府具体负责", "持续推进，2025年取得明显成效", 10, "持续推进，2025年取得明显成效"),
("配合推进“数字供销”国家级示范区建设。", "县供销社牵头，县工业信息化和商务局配合", "2023年完成主要建设任务，2025年取得明显成效", 11, "2023年完成主要建设任务，2025年取得明显成效"),
("深化“互联网+城乡供水”示范建设，推进县域水联网建设。", "县水务局牵头，各乡镇人民政府配合", "2025年", 96, "2025年"),
("配合建设宁夏“智慧林草”云平台，提升林草资源管理信息化水平。", "县林草局负责", "2024年", 98, "2024年"),
("推广“宁政通”，县直各单位办公、执法、管理等政务应用接入“宁政通”APP。", "县政府办公室牵头，县直各部门（单位）配合", "2024年", 105, "2024年"),
("统筹整合全县非涉密视频会议系统资源。", "县机关事务服务中心牵头，县大数据服务中心配合", "2025年", 107, "2025年"),
("完善县政府门户网站政务公开专栏等政务公开信息化平台。", "县政府办公室牵头，县直各部门（单位）分别负责", "2024年6月底前", 112, "2024年"),
("构建县级政务新媒体矩阵，开发多样化政策解读产品。", "县委宣传部、县融媒体中心牵头，县直各部门（单位）分别负责", "2024年", 114, "2024年"),
("积极争取自治区、市数字政府建设试点示范，打造盐池特色应用。", "县政府办公室牵头，县直各部门（单位）配合", "2023年启动，2025年取得明显成效", 28, "2023年启动，2025年取得明显成效"),
("将数字政府建设纳入县级效能目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考。", "县委组织部、县委办公室负责", "2023年完成，长期坚持", 123, "2023 年完成，长期坚持"),
("每年度制定数字政府工作要点和重点任务考核指标体系。", "县政府办公室负责", "长期坚持", 121, "长期坚持"),
]

for i, r in enumerate(rows, 1):
    plan.append(f"{i}\t{r[0]}\t{r[1]}\t{r[2]}")

earlier = [
"",
"在 2023年8月30日（星期三）下午5:02，盐池县数字政府建设工作专班 <ycszzf@yanchi.gov.cn> 写道：",
]
earlier_note = [
"市大数据局：",
"    现将《盐池县数字政府建设实施方案（初稿）》报上，请审阅。初稿已于8月征求县直各部门（单位）意见，共收到意见23条，采纳19条。",
"    联系人：马××，电话：0953-6012186",
]

tail = [
"",
"-- ",
"盐池县数字政府建设工作专班",
"地址：宁夏吴忠市盐池县花马池镇盐州路2号县政府综合楼5楼（邮编：751500）",
"电话：0953-6012186　手机：13995302024",
"邮箱：ycszzf@yanchi.gov.cn",
"————————————————",
"本邮件仅用于传递非涉密工作信息，严禁通过本邮箱处理、存储、传输涉密信息。本邮件及其附件仅供指定收件人使用，如您误收本邮件，请立即通知发件人并删除，不得复制、转发或披露其内容。",
]

def q(lines, mark):
    return [mark if l == "" else f"{mark} {l}" for l in lines]

lines = head + q(prev_intro + plan + earlier, ">") + q(earlier_note, ">>") + tail
text = "\n".join(lines) + "\n"
open("draft.txt", "w", encoding="utf-8").write(text)

def L(sub, nth=1):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    if len(hits) < nth:
        raise SystemExit(f"not found: {sub}")
    return hits[nth - 1]

def U(sub):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def row(n):
    return U(f"> {n}\t")

expect = [
    {"rule": "basis-mismatch", "line": U("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
     "why": "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong 文号 for that title"},
    {"rule": "deadline-later-than-baseline", "line": U("到2026年，全县数字政府建设"), "text": "2026年",
     "why": "主要目标: the framework is to be 全面成型 到2025年 in both the region (到2025年…“34567”体系框架全面成型) and the parent 吴忠 plan (到2025年…“1347”体系框架全面成型); the county says 2026"},
    {"rule": "deadline-later-than-baseline", "line": row(9), "text": "2025年",
     "why": "row 9 = regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the row says 2025年 (the body line says 2024年底前, the table was not updated)"},
    {"rule": "deadline-invalid", "line": row(12), "text": "20224年",
     "why": "impossible year (typo for 2024年); row 12 = regional task 86 (“我的宁夏”应上尽上), 完成时限 2024年"},
    {"rule": "unknown-unit", "line": row(6), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (牵头) of a county task — copied from regional task 30 (自治区政府办公厅牵头负责); a county plan cannot assign the regional office; the county lead would be 县大数据服务中心"},
    {"rule": "unknown-unit", "line": row(8), "text": "县大数据局",
     "why": "not in units.txt: the county body is 县大数据服务中心 (no 县大数据局 exists; the name is copied from the city's 市大数据局)"},
    {"rule": "garbled-text", "line": U(GARBLED[:6]), "text": GARBLED[2:10],
     "why": "UTF-8 bytes read as GBK: re-encoding the run as GBK and decoding as UTF-8 gives “3.深化数据创新应用。支持各部门”"},
]

mnf = []
def m(rule, line, why, text=None, pillar=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    if pillar is not None:
        e["pillar"] = pillar
    e["why"] = why
    mnf.append(e)

m("deadline-invalid", U("发送时间：2023年9月12日"), "the e-mail's own send date, a header, not a task deadline", "2023年9月12日")
m("deadline-later-than-baseline", U("于9月15日前回复"), "reply deadline for comments on the draft, in the sender's covering note; not a task deadline", "9月15日")
m("deadline-invalid", U("    2023年9月12日"), "date under the covering note = send date", "2023年9月12日")
m("deadline-invalid", U("在 2023年9月8日"), "quote header of the previous message (past date in the mail thread), not a deadline", "2023年9月8日")
m("deadline-invalid", U("在 2023年8月30日"), "quote header of the sender's earlier note, a past date in the thread", "2023年8月30日")
m("deadline-invalid", U("按照9月6日贵局反馈"), "date of the city's feedback, retrospective", "9月6日")
m("garbled-text", U("> 1.坚持统筹规划"), "the quote mark before a numbered item (> 1.) is mail quoting, not damage; the item is heading level 1.", "> 1.")
m("garbled-text", row(1), "every table row is prefixed by the quote mark '> '; the tab-separated row is intact", "> 1\t")
m("garbled-text", U(">> 市大数据局"), "'>>' is second-level mail quoting of the sender's own earlier note, not damage", ">>")
m("unknown-unit", U("电话：0953-6012186　手机"), "signature phone numbers (the mobile ends in 2024): contact data, neither a unit nor a deadline", "13995302024")
m("unknown-unit", U("地址：宁夏吴忠市盐池县花马池镇"), "signature address (花马池镇…县政府综合楼, 邮编751500) is not a responsible unit or a date", "花马池镇盐州路2号")
m("garbled-text", len(lines), "the mail client's disclaimer is ordinary text", "本邮件仅用于传递非涉密工作信息")
m("basis-mismatch", U("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (发展基础), not a basis document", "宁政办发〔2020〕14号")
m("basis-mismatch", U("国发〔2022〕14号"), "correct national citation", "国发〔2022〕14号")
m("basis-mismatch", U("宁政办发〔2023〕11号"), "correct: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
m("basis-mismatch", U("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "the parent city plan cited by title alone with its issuing body (it has no 文号); correct title", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
m("deadline-invalid", U("2021年完成县级电子政务外网"), "past dates (2021年, 2022年) in the background are achievements, not deadlines", "2021年")
m("deadline-later-than-baseline", U("到2023年底，县数字政府建设工作体系"), "主要目标 2023年底 equals the regional 到2023年底 goal", "2023年底")
m("deadline-later-than-baseline", U("到2035年"), "2035 vision equals the regional and city 到2035年", "2035年")
m("deadline-later-than-baseline", U("每年12月10日前报送年度工作总结"), "the office's own reporting dates (每季度末月20日前, 每年12月10日前), not task deadlines", "12月10日")
m("deadline-later-than-baseline", U("2024年底前实现县、乡、村三级全覆盖"), "task 48 in the body: 2024年底前 equals the regional 2024年", "2024年底前")
m("deadline-later-than-baseline", U("2023年底前完成本单位政务数据资源目录编制"), "task 30: 2023年底前 equals the regional 2023年", "2023年底前")
m("deadline-later-than-baseline", U("3.拓展公平普惠的民生服务。2023年底前"), "task 93: 2023年底前 is earlier than the regional 2024年", "2023年底前")
m("deadline-later-than-baseline", row(1), "task 64: county 2023年 is earlier than the regional 2025年", "2023年")
m("deadline-later-than-baseline", row(13), "task 93: 2023年底 is earlier than the regional 2024年", "2023年底")
m("deadline-later-than-baseline", row(22), "task 112: 2024年6月底前 lies within the regional 2024年", "2024年6月底前")
m("deadline-later-than-baseline", row(2), "task 116: equal (2023年完成并长期坚持)", "2023年完成并长期坚持")
m("deadline-later-than-baseline", row(5), "task 18: equal (2023年形成机制，长期坚持)", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", row(17), "task 11: equal (2023年完成主要建设任务，2025年取得明显成效)")
m("deadline-later-than-baseline", row(24), "task 28: equal (2023年启动，2025年取得明显成效)")
m("deadline-later-than-baseline", row(26), "task 121: equal (长期坚持)", "长期坚持")
m("deadline-later-than-baseline", row(14), "task 83: equal (2025年)", "2025年")
m("deadline-later-than-baseline", row(21), "task 107: equal (2025年)", "2025年")
m("unknown-unit", row(3), "县直各部门（单位） is a collective subject; 县委网信办, 县公安局, 县大数据服务中心 are in units.txt", "县直各部门（单位）")
m("unknown-unit", row(9), "各乡镇人民政府 is a collective subject", "各乡镇人民政府")
m("unknown-unit", row(10), "县直有关部门 is a collective subject", "县直有关部门")
m("unknown-unit", row(17), "县供销社 is the registered short name of 县供销合作社联合社", "县供销社")
m("unknown-unit", row(13), "县政府办公室 is the registered short name of 县人民政府办公室", "县政府办公室")
m("unknown-unit", U("领导小组办公室设在县政府办公室"), "县推进数字政府建设领导小组 and 县数字政府建设工作专班 are in units.txt; 县人民政府 is the county government", "县推进数字政府建设领导小组")
m("unknown-unit", U("4.推进智慧县城建设"), "市城市运行管理服务平台 is a platform, not a unit", "市城市运行管理服务平台")
m("unknown-unit", U("1.用好政务云平台"), "自治区政务信创云 is the regional platform the county relies on, not a unit named as lead", "自治区政务信创云")
m("unknown-unit", U("收件人：吴忠市大数据管理服务局"), "e-mail header: recipient, in units.txt as an upper-level contact; not a responsibility", "吴忠市大数据管理服务局")
m("unknown-unit", U("依托县委党校和宁夏干部教育培训网络学院"), "县委党校 is in units.txt; 宁夏干部教育培训网络学院 is a training platform, not a responsible unit", "宁夏干部教育培训网络学院")
m("garbled-text", U("打造“15分钟政务服务圈”"), "ordinary numbers (15分钟, 12345, 98%, 126项) are not dates or damage", "15分钟")
m("unknown-unit", U("抄送：县直各部门（单位）数字政府联络员"), "e-mail header (抄送): collective recipients, not responsible units", "各乡镇人民政府党政办")
m("garbled-text", U("联系人：马××"), "'××' is the usual placeholder for a withheld name, not encoding damage", "马××")
m("deadline-later-than-baseline", row(25), "task 123: equal (2023年完成，长期坚持)", "2023年完成，长期坚持")
m("missing-pillar", 0, pillar="五个一", why="五个一/六级贯通 is covered by 二、完善“一套体系” (健全组织机构, 厘清层级职责 incl. 六级贯通, 完善工作机制), as in the 吴忠 plan")
m("missing-pillar", 0, pillar="数字生态", why="数字生态 is taken up in 三（三）营造良好数字生态 (one paragraph)")

covers = [
    {"task": 3, "line": U("2.推进智慧园区建设")},
    {"task": 5, "line": U("3.完善数字经济治理")},
    {"task": 6, "line": U("1.推动数字化服务普惠应用")},
    {"task": 10, "line": U("2.推进数字乡村建设")},
    {"task": 11, "line": U("3.加快“数字供销”建设")},
    {"task": 14, "line": row(3)},
    {"task": 15, "line": row(4)},
    {"task": 18, "line": row(5)},
    {"task": 28, "line": row(24)},
    {"task": 30, "line": row(6)},
    {"task": 32, "line": row(7)},
    {"task": 36, "line": row(8)},
    {"task": 48, "line": row(9)},
    {"task": 50, "line": row(10)},
    {"task": 64, "line": row(1)},
    {"task": 79, "line": row(15)},
    {"task": 83, "line": row(14)},
    {"task": 85, "line": row(11)},
    {"task": 86, "line": row(12)},
    {"task": 93, "line": row(13)},
    {"task": 96, "line": row(18)},
    {"task": 98, "line": row(19)},
    {"task": 105, "line": row(20)},
    {"task": 107, "line": row(21)},
    {"task": 112, "line": row(22)},
    {"task": 114, "line": row(23)},
    {"task": 116, "line": row(2)},
    {"task": 121, "line": row(26)},
    {"task": 123, "line": row(25)},
]

key = {
    "writer": "blind writer, round 354; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("County plan (盐池县, 吴忠市) as it arrives quoted in a reply e-mail of 2023-09-12: mail headers and a covering note, "
              "the previous message (2023-09-08) quoted with '> ' (plan body and its 26-row task table, each row '> '-prefixed, tab-separated), "
              "the sender's own earlier note (2023-08-30) quoted with '>> ', then signature and disclaimer. All planted mistakes are inside the quoted plan. "
              "Task-table 说明 line states that the first-listed unit leads. The city plan is cited by title alone (吴忠市人民政府《关于加强数字政府建设的实施方案》); "
              "in reality it was issued 2023-11-27, after this mail's date — a drafting office would have had the city's draft; not meant as a basis error. "
              "The regional mail-header and signature data (dates, phone 0953-6012186, mobile 13995302024, address) are near misses."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(lines), "lines;", len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
