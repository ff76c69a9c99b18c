#!/usr/bin/python3
# Writes draft.txt and key.json for blind case 735 and checks every line reference.
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
S = "\u3000"  # full-width space: cell separator of the flattened table

GARBLED = "强化大气、水、土壤等数据".encode("utf-8").decode("gbk")

L = []
def add(*xs):
    L.extend(xs)

add(
 "重磅｜《西夏区关于加强数字政府建设的实施方案》全文来了！",
 "原创 西夏发布 西夏发布 2024-03-15 18:06 发表于宁夏",
 "👆点击上方蓝字“西夏发布”关注我们",
 "近日，西夏区人民政府办公室印发《西夏区关于加强数字政府建设的实施方案》，对2024年至2025年全区数字政府建设作出全面部署。一起来看👇",
 "银川市西夏区人民政府办公室关于印发《西夏区关于加强数字政府建设的实施方案》的通知",
 "西政办发〔2024〕12号",
 "各镇人民政府、各街道办事处，区直各部门（单位）：",
 "《西夏区关于加强数字政府建设的实施方案》已经区人民政府研究同意，现印发给你们，请结合实际认真贯彻落实。",
 "银川市西夏区人民政府办公室",
 "2024年3月8日",
 "（此件公开发布）",
 "**西夏区关于加强数字政府建设的实施方案**",
 "为贯彻落实党的二十大精神和党中央、国务院关于加强数字中国和数字政府建设的重大决策部署，根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕71号）精神，按照银川市数字政府建设工作部署，以数字化改革助力政府职能转变，以数字政府建设助推数字西夏发展，结合我区实际，制定本方案。",
 "2020年以来，我区按照《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）等部署，持续推进政务服务“一网通办”、政务数据共享和电子政务外网向基层延伸，2023年全区政务服务事项网上可办率达到98%，数字政府建设打下了较好基础。",
 "**一、总体要求**",
 "🔹（一）指导思想",
 "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和习近平总书记视察宁夏重要讲话指示批示精神，全面落实自治区第十三次党代会和银川市委、市政府工作部署，完整、准确、全面贯彻新发展理念，坚持改革引领、数据赋能、整体协同、安全可控，将现代数字技术广泛应用于政府管理服务，推动政府决策科学化、社会治理精准化、公共服务高效化。",
 "全面增强数字政府效能，激发数字经济活力、优化数字社会环境，为建设现代化美丽新西夏提供有力支撑。",
 "🔹（二）主要目标",
 "📌到2024年底，“我的宁夏”“宁政通”区级应用全面推广，区、镇（街道）、村（社区）电子政务外网实现全覆盖，政务服务事项网上可办率稳定在98%以上。",
 "📌到2025年，全区数字政府建设体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、数据治理初见成效、安全保障体系持续完善，政府数字化履职能力明显提升，力争进入全市前列。",
 "📌到2035年，与政府治理能力现代化相适应的数字政府体系框架成熟完备，整体协同、敏捷高效、智能精准、开放透明、公平普惠的数字政府全面建成。",
 "🔹（三）体系框架",
 "对标自治区“34567”体系框架，结合区级职能，整体构建“三个驱动、四大支撑、一套体系、七个能力”的西夏区数字政府建设框架，全面推进数字政府建设高质量发展。",
 "**二、着眼“三个驱动”，构建数字政府引领数字西夏发展新格局**",
 "持续增强数字政府效能，以数字政府建设引领驱动数字经济发展和数字社会建设，加快形成数字西夏发展新格局。",
 "🔹（一）驱动数字经济发展",
 "推动产业数字化转型。聚焦“六新六特六优”产业，支持辖区企业实施数字化改造，推动“5G+工业互联网”典型应用场景建设，鼓励企业上云用数赋智。",
 "加快“智慧园区”建设。一体化提升辖区产业园区公共服务、资源匹配、环境保护、应急安全、管理决策等数字化、智能化服务水平，为入园企业提供全生命周期服务保障，提升园区招商引资能力。",
 "完善数字经济治理体系。探索建立与数字经济持续健康发展相适应的治理方式，创新以网管网等基于新技术手段的监管模式，把监管和治理贯穿创新、投资、生产、经营全过程。",
 "🔹（二）引领数字社会建设",
 "深化数字普惠应用。推动教育、健康、就业、文化旅游、体育、养老托育、家政物业等服务数字化，扩大优质公共资源服务覆盖面。",
 "推进教育数字化。深入应用国家智慧教育平台，推进智慧校园建设，加强与宁夏大学等驻区高校合作，实现中小学数字校园全覆盖。",
 "推进“互联网+医疗健康”。依托国家智能社会治理实验基地（卫生特色）建设，推广电子健康卡、预约诊疗、检查检验结果互认等应用，推动健康医疗数据共享应用。",
 "助力智慧城市建设。配合银川市推进城市运行“一网统管”，完善区级城市运行管理服务平台功能，围绕“高效处置一件事”提升城市治理科学化、精细化、智能化水平。",
 "推进数字乡村建设。以镇北堡镇、兴泾镇为重点，补齐乡村信息基础设施短板，推进农业农村数据汇聚应用，不断提高面向农业农村的综合信息服务水平。",
 "**三、聚焦“四大支撑”，夯实数字政府建设综合保障体系**",
 "🔹（一）构建全方位安全保障体系",
 "强化安全管理责任。落实区、镇（街道）两级数字政府建设安全和保密工作的主体责任、监督责任，构建全方位、多层次、一体化安全防护体系。",
 "建立数字政府安全评估、责任落实和重大事件处置机制，加强对参与政务信息化建设、运营企业的规范管理，确保管理边界清晰、职责明确、责任落实。",
 "落实安全制度要求。建立健全数据分类分级保护、风险评估等制度，定期对政务信息系统开展网络安全和数据安全专项检查评估，落实网络安全等级保护和密码应用安全性评估要求。",
 "提升安全保障能力。建立健全动态监控、主动防御、协同响应的安全技术保障体系，开展常态化安全防护和应急演练，拓展网络安全态势感知监测范围。",
 "提高自主可控水平。推动区级政务信息系统向自治区政务信创云迁移适配，强化安全可靠技术和产品应用，积极推进符合国家标准要求的密码应用。",
 "🔹（二）构建科学规范的制度规则体系",
 "以数字化改革助力政府职能转变。全面梳理区直部门数字化发展相关职责，推动各类行政权力事项网上运行、动态管理，强化审管协同，助力优化营商环境。",
 "创新数字政府建设管理机制。健全政务信息化建设管理会商机制，加强区级政务信息化项目全生命周期统筹管理，建立区级重点项目、关键应用、数据资源“一本账”。",
 "开展试点示范。贯彻执行国家、自治区数字政府标准规范，围绕重点领域、关键环节、共性需求，每年选择有条件的区直部门和镇（街道）开展试点示范，实现“一地创新、各地复用”。",
 "🔹（三）构建循环利用的数据资源体系",
 "完善数据管理机制。明确区直各部门数据管理机构及其职责分工、人员，履行数据资源目录编制、数据归集、共享、开放、应用、安全、存储、归档等职责，全面摸清区级政务数据资源底数。",
 "深化数据高效共享。积极对接自治区政务数据平台，建立健全政务数据供需对接机制，推动政务数据按需回流，支撑基层数据开发应用。",
 "促进数据有序开发利用。配合编制公共数据开放目录及相关责任清单，推进供水、供电、供气、公共交通等公共数据与政务数据融合应用，促进数据流通共用。",
 "🔹（四）构建智能集约的平台支撑体系",
 "强化政务云平台支撑能力。依托自治区政务“一朵云”，组织区级非涉密政务信息系统有序迁移上云，原则上不再新建机房。",
 "提升网络平台支撑能力。加快区、镇（街道）、村（社区）电子政务外网延伸覆盖，推进非涉密业务专网向电子政务外网整合迁移，区直各部门原则上不再新建业务专网。",
 "依托全区统一的“视频一张网”，整合辖区公共安全、城市管理、应急等视频资源。",
 "加强共性应用支撑能力。推广应用统一身份认证、电子证照、电子印章、公共支付等共性支撑服务，深化电子文件归档和电子档案管理，提升信用信息归集共享水平。",
 "**四、健全“一套体系”，统筹推进数字政府一体化建设**",
 "🔹（一）健全组织机构。调整充实西夏区推进“数字政府”建设领导小组，领导小组办公室设在区大数据管理服务局，负责统筹协调、督促落实；区直各部门、各镇（街道）明确分管领导和数据专员，形成上下协同、一体联动、齐抓共管的工作格局。",
 "🔹（二）厘清层级职责。按照自治区“六级贯通”层级架构，区级重点依托上级平台完善本级特色应用，一体化推进区级指挥调度中心建设；镇（街道）、村（社区）基于上级平台推广应用，强化数据挖掘应用、数字赋能。",
 "🔹（三）完善工作机制。建立“月调度、季通报、年考核”工作机制，各牵头单位于每季度末月20日前、年底前于12月15日前将工作进展报领导小组办公室。",
 "**五、强化“七个能力”，全面提升政府数字化履职水平**",
 "🔹（一）提升科学精准的经济调节能力",
 "加强经济运行监测分析。积极对接使用宁夏经济运行大数据平台，加强人口、就业、产业、投资、消费等领域关键数据汇聚分析，及时发现苗头性、趋向性问题，提高经济调节政策的科学性、预见性和有效性。",
 "🔹（二）提升综合高效的市场监管能力",
 "推动监管精准化、协同化。落实“双随机、一公开”差异化监管，加强对食品药品、特种设备、农副产品等重点领域全链条数字化追溯监管；依托宁夏“互联网+监管”系统，推动跨地区、跨部门、跨层级协同监管。",
 "提升监管智能化水平。充分运用非现场、视频图像、物联感知、掌上移动等新型监管手段，推进远程监管、移动监管、预警监管、实时监管，对平台经济等新业态强化以网管网。",
 "🔹（三）提升精细智能的社会管理能力",
 "提升社会矛盾化解能力。坚持和发展新时代“枫桥经验”，完善行政复议、信访、调解、法律援助等线上受理渠道，实现矛盾纠纷线上统一归集、分类转办、督办考核。",
 "提升社会治安防控和公共安全保障能力。持续推进“雪亮工程”向基层全覆盖，推广“智安小区”“智安单位”应用；加快推进“智慧应急”建设，强化风险监测预警、分析研判和闭环管控。",
 "提高基层社会治理能力。深入实施“互联网+基层治理”行动，依托宁夏社会治理基层综合指挥平台，推进智慧社区建设，健全“网格上报+网上分流+部门响应”机制。",
 "🔹（四）提升普惠便捷的公共服务能力",
 "打造泛在可及的服务体系。发挥全区一体化政务服务平台“一网通办”枢纽作用，深化区、镇（街道）、村（社区）三级政务服务体系建设，实现“网上办、掌上办、就近办、一次办”。",
 "提升智慧便捷的服务能力。推行“集成办”“免证办”，推广“免申即享”“民生直达”；全面推广“我的宁夏”政务APP，推动区级政务服务、公共服务应用“应上尽上”；健全12345政务服务便民热线工单办理机制，提升“接诉即办”水平。",
 "提供优质便利的涉企服务。深化“证照分离”改革，推广电子营业执照，依托企业专属网页和惠企政策专栏推动惠企政策精准推送、政策兑现直达直享。",
 "拓展公平普惠的民生服务。推进图书馆、文化馆、体育馆等公共场馆数字化服务；加快区级政府网站、政务新媒体和政务服务场所适老化与信息无障碍建设，切实满足老年人、残疾人等特殊群体办事需求。",
 "🔹（五）提升系统科学的生态环境保护能力",
 "配合完善生态环境数据资源中心和自然资源“一张图”，" + GARBLED + "汇聚应用；推进“互联网+城乡供水”建设；推进水、气、土、废污染防治攻坚战，全面加强生态修复，推动绿色低碳转型。",
 "🔹（六）提升整体高效的政务运行能力",
 "提升辅助决策和行政执行能力。建设区级数据“驾驶舱”，推动运行情况一屏统览、政务运行实时监测；全面使用全区统一的协同办公平台和“宁政通”，推动公文流转、会议培训、督查考核等机关公务数字化。",
 "推广全区统一的填表报数系统，实现基层干部填表报数工作量压减50%以上。",
 "提升行政监督和机关事务管理水平。推进行政执法、公共资源交易全流程数字化运行、管理和监督；统筹整合非涉密视频会议系统资源；推广全区机关事务管理统一的系统门户，分级采集党政机关办公用房信息数据。",
 "🔹（七）提升全面规范的政务公开能力",
 "完善政务公开平台和政策文件库，构建以网上发布为主、其他渠道发布为辅的政务公开发布格局。",
 "以“西夏发布”微信公众号为龙头，构建整体联动、同频共振的政务新媒体矩阵；依托12345热线、区政府网站畅通政民互动渠道。",
 "**六、加强党对数字政府建设工作的全面领导**",
 "🔹（一）加强组织领导。区直各部门、各镇（街道）要将数字政府建设工作纳入“一把手工程”，建立主要领导负责制，制定年度工作要点，抓好组织实施，重大问题及时向区委、区政府报告。",
 "🔹（二）加大财政投入。统筹利用现有资金渠道，将数字政府建设经费纳入年度预算；鼓励通过购买服务、市场化运作等方式推动数字化建设；建立政务平台常态化运行与年度运维资金挂钩的评估机制。",
 "🔹（三）提升数字素养。依托宁夏干部教育培训网络学院，定期开展干部数字化能力培训；加强与驻区高校、科研机构合作，探索数字人才联合培养和柔性引进。",
 "🔹（四）强化考核评价。将数字政府建设纳入区级效能目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考；定期开展督促检查和经验交流，推广典型应用，建立容错和奖惩机制。",
 "🔹（五）强化宣传引导。充分利用“西夏发布”、区融媒体中心等平台，宣传数字政府建设政策措施和进展成效，营造全社会关注、参与数字政府建设的良好氛围。",
 "附件：西夏区数字政府建设重点任务清单（2024—2025年）",
 "**西夏区数字政府建设重点任务清单（2024—2025年）**",
 S.join(["序号", "重点任务", "责任单位", "完成时限"]),
)

ROWS = [
 ("加快“智慧园区”建设，提升辖区产业园区数字化、智能化服务水平", "区工业信息化和商务局牵头，区发改局、区应急局配合", "持续推进，2025年取得明显成效"),
 ("推动教育、健康、就业、养老托育等服务数字化", "区教育局、区卫健局、区人社局、区民政局分别负责", "持续推进，2025年取得明显成效"),
 ("推进数字乡村建设，补齐乡村信息基础设施短板", "区农业农村和水务局牵头，镇北堡镇人民政府、兴泾镇人民政府具体负责", "2025年"),
 ("落实数字政府建设安全和保密主体责任，开展常态化安全防护和应急演练", "区委网信办、区大数据局牵头，区直各部门（单位）分别负责", "长期坚持"),
 ("推动区级政务信息系统向政务信创云迁移，整合非涉密业务专网", "区大数据局牵头，区直有关部门（单位）配合", "2024年"),
 ("推进区、镇（街道）、村（社区）电子政务外网全覆盖", "区大数据局牵头，各镇（街道）具体负责", "2024年"),
 ("配合编制公共数据开放目录及责任清单，推进公共数据与政务数据融合应用", "区大数据局牵头，区直各部门（单位）配合", "2024年6月底前"),
 ("推进行政权力事项网上运行、动态管理，强化审管协同", "区审批局牵头，区市场监管局、区司法局配合", "2024年"),
 ("实施“双随机、一公开”差异化监管，加强食品药品、特种设备等重点领域数字化追溯监管", "区市场监管局牵头，区农业农村和水务局、区卫健局配合", "2024年"),
 ("完善矛盾纠纷多元化解线上受理渠道，实现线上统一归集、分类转办", "区委政法委牵头，区司法局、区信访局、西夏公安分局配合", "2024年"),
 ("持续推进“雪亮工程”向基层全覆盖，推广“智安小区”应用", "西夏公安分局牵头，区委政法委配合，各街道办事处具体负责", "2024年"),
 ("实施“互联网+基层治理”行动，推进智慧社区建设", "区委政法委牵头，区民政局配合，各镇（街道）、各村（社区）具体负责", "2025年"),
 ("推进政务服务“一网通办”，实现“网上办、掌上办、就近办、一次办”", "区行政审批局牵头，区直有关部门（单位）配合", "2024年"),
 ("推广“我的宁夏”政务APP，区级政务服务应用“应上尽上”", "区审批局牵头，区大数据局配合", "2024年"),
 ("健全12345政务服务便民热线工单办理机制，推动“接诉即办”", "区政府办公室牵头，区直各部门（单位）配合", "2024年底前"),
 ("推进区级政府网站、政务服务场所适老化与信息无障碍建设", "区政府办公室、区审批局牵头，区民政局、区残联配合", "2025年6月底前"),
 ("建设区级数据“驾驶舱”，推动运行情况一屏统览", "区大数据局牵头，区统计局配合", "2024年"),
 ("推广全区统一的填表报数系统，基层干部填表报数工作量压减50%以上", "区政府办公室牵头，各镇（街道）配合", "20255年底前"),
 ("统筹整合非涉密视频会议系统资源", "区机关事务服务中心牵头，区大数据局配合", "2025年"),
 ("配合完善生态环境数据资源中心，推进生态环境数据共享应用", "西夏生态环境分局牵头，西夏自然资源分局、区农业农村和水务局配合", "2024年"),
 ("完善政务公开平台，构建政务新媒体矩阵", "区政府办公室、区融媒体中心牵头，区直各部门（单位）分别负责", "2024年"),
 ("将数字政府建设纳入“一把手工程”，建立主要领导负责制", "区直各部门（单位）、各镇（街道）负责", "2023年完成并长期坚持"),
 ("将数字政府建设纳入区级效能目标管理考核，定期开展督促检查", "区委办公室、区政府办公室负责", "长期坚持"),
]
for i, (a, b, c) in enumerate(ROWS, 1):
    L.append(S.join([str(i), a, b, c]))

add(
 "注：1.牵头单位有多个的，排在第一位的为主要牵头单位。",
 "2.“区直有关部门（单位）”指承担相关职能的区直部门（单位），各镇（街道）按属地负责。",
 "3.完成时限为最迟完成时间，各责任单位可结合实际提前完成。",
 "（来源：西夏区人民政府办公室）",
 "编辑：马晓燕｜审核：李建国｜监制：区融媒体中心",
 "👇点击“阅读原文”查看政策原文",
 "— 往期推荐 —",
 "▶ 西夏区召开2024年数字政府建设工作推进会",
 "▶ 2024年2月29日起，西夏区22项“一件事一次办”集成服务上线",
 "▶ 图解｜2024年西夏区政府工作报告",
 "▶ 西夏区：力争2025年底实现“15分钟政务服务圈”全覆盖",
 "▶ 回眸2023｜西夏区数字政府建设这一年",
 "西夏发布",
 "长按识别二维码关注我们",
 "分享　收藏　点赞　在看",
 "阅读 5246",
)

def ln(sub, nth=1):
    hits = [i + 1 for i, x in enumerate(L) if sub in x]
    if len(hits) < nth:
        sys.exit("not found: " + sub)
    return hits[nth - 1]

def row(n):
    return ln(S.join([str(n), ROWS[n - 1][0]]))

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71号 is a transposed 文号 that does not belong to that title"},
 {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2025年6月底前",
  "why": "row 16 (适老化与信息无障碍建设) takes up task 93, 完成时限 2024年; the district gives 2025年6月底前"},
 {"rule": "deadline-invalid", "line": row(18), "text": "20255年",
  "why": "impossible year 20255 (doubled digit); row 18 takes up task 106 (填表报数系统, 压减50%), 完成时限 2025年, so 2025年底前 was meant"},
 {"rule": "unknown-unit", "line": row(13), "text": "区行政审批局",
  "why": "not in units.txt: the district unit is 区审批服务管理局 (short name 区审批局, used in rows 8, 14 and 16); 区行政审批局 is an old/outside name"},
 {"rule": "garbled-text", "line": ln(GARBLED[:6]), "text": GARBLED[:6],
  "why": "UTF-8 read as GBK: '" + GARBLED + "' re-encodes as GBK and decodes as UTF-8 to 强化大气、水、土壤等数据"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
  "why": "section 二 is headed 三个驱动 but has only （一）数字经济 and （二）数字社会; nothing on 数据要素市场, 数据交易, 数字产业生态 or 网络生态 anywhere, and the 指导思想 drops 打造良好数字生态"},
 {"rule": "task-uncovered", "line": 0, "task": 12,
  "why": "task 12 (培育数据要素市场, 各市、县（区）配合) is the 数字生态 task counties take part in; left out with the whole 数字生态 pillar"},
]

T = lambda n: n
mnf = [
 {"rule": "deadline-invalid", "line": ln("2024-03-15 18:06"), "text": "2024-03-15",
  "why": "the WeChat account's own post time, not a deadline"},
 {"rule": "deadline-later-than-baseline", "line": ln("对2024年至2025年全区数字政府建设"),
  "why": "the account's lead-in giving the plan's period 2024—2025, not a task deadline"},
 {"rule": "basis-mismatch", "line": ln("西政办发〔2024〕12号"), "text": "西政办发〔2024〕12号",
  "why": "the district notice's own 文号, not a cited basis document"},
 {"rule": "deadline-invalid", "line": ln("2024年3月8日"), "text": "2024年3月8日",
  "why": "the issuing date of the notice"},
 {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国发〔2022〕14号",
  "why": "correct title and 文号 of the national 指导意见"},
 {"rule": "basis-mismatch", "line": ln("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
  "why": "retrospective mention of the 2020 工作要点 in the background (2020年以来…), with its correct full title and 文号; not cited as a basis of this plan"},
 {"rule": "deadline-invalid", "line": ln("2023年全区政务服务事项网上可办率达到98%"), "text": "2023年",
  "why": "past achievement in the background, not a deadline"},
 {"rule": "deadline-later-than-baseline", "line": ln("📌到2024年底"), "text": "到2024年底",
  "why": "a district goal for 2024 made of tasks due 2024: 我的宁夏 推广 (task 86, 2024年), 宁政通 (task 105, 2024年), 外网 区县乡村全覆盖 (task 48, 2024年); none of it is the region's 2023 goal (政策体系初步建立, 五个一组织架构, 家底理清) moved later"},
 {"rule": "deadline-later-than-baseline", "line": ln("📌到2025年"), "text": "到2025年",
  "why": "same year as the region's 2025 goal (体系框架全面成型); 全区 here means the district"},
 {"rule": "deadline-later-than-baseline", "line": ln("📌到2035年"), "text": "到2035年",
  "why": "same year as the region's 2035 goal"},
 {"rule": "deadline-later-than-baseline", "line": ln("每季度末月20日前"), "text": "12月15日前",
  "why": "the office's own progress-reporting dates, not task deadlines"},
 {"rule": "deadline-later-than-baseline", "line": row(1), "text": "持续推进，2025年取得明显成效",
  "why": "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal"},
 {"rule": "deadline-later-than-baseline", "line": row(3), "text": "2025年",
  "why": "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal"},
 {"rule": "deadline-later-than-baseline", "line": row(6), "text": "2024年",
  "why": "task 48 (城域网/外网 区市县乡村5级全覆盖), 完成时限 2024年: equal"},
 {"rule": "deadline-later-than-baseline", "line": row(7), "text": "2024年6月底前",
  "why": "tasks 41 and 42 (公共数据开放目录; 公共数据与政务数据融合), 完成时限 2024年: earlier"},
 {"rule": "deadline-later-than-baseline", "line": row(15), "text": "2024年底前",
  "why": "task 87 (12345 热线), 完成时限 2023年启动，2025年完成: earlier"},
 {"rule": "deadline-later-than-baseline", "line": row(12), "text": "2025年",
  "why": "task 83 (互联网+基层治理), 完成时限 2025年: equal"},
 {"rule": "deadline-later-than-baseline", "line": row(4), "text": "长期坚持",
  "why": "task 18 (安全技术保障体系, 常态化安全防护和应急演练), 完成时限 2023年形成机制，长期坚持; the district keeps the ongoing part, no milestone later than the region's"},
 {"rule": "deadline-invalid", "line": row(22), "text": "2023年完成并长期坚持",
  "why": "copied verbatim from task 116 (一把手工程), 完成时限 2023年完成并长期坚持; a copied regional deadline before the plan's year, not an impossible date, and not later than the region"},
 {"rule": "deadline-later-than-baseline", "line": row(23), "text": "长期坚持",
  "why": "tasks 121 (长期坚持) and 124 (2023年形成机制，长期坚持): ongoing, equal"},
 {"rule": "unknown-unit", "line": row(4), "text": "区直各部门（单位）",
  "why": "collective subject"},
 {"rule": "unknown-unit", "line": row(5), "text": "区直有关部门（单位）",
  "why": "collective subject, defined in note 2"},
 {"rule": "unknown-unit", "line": row(12), "text": "各镇（街道）",
  "why": "collective subject"},
 {"rule": "unknown-unit", "line": row(12), "text": "各村（社区）",
  "why": "collective subject"},
 {"rule": "unknown-unit", "line": ln("重大问题及时向区委、区政府报告"), "text": "区委、区政府",
  "why": "the district Party committee and government (in units.txt as 区委 and 区政府), addressees of reports, not an assignment"},
 {"rule": "unknown-unit", "line": row(11), "text": "各街道办事处",
  "why": "collective subject"},
 {"rule": "unknown-unit", "line": row(1), "text": "区发改局",
  "why": "short name of 区发展和改革局 in units.txt"},
 {"rule": "unknown-unit", "line": row(2), "text": "区卫健局",
  "why": "short name of 区卫生健康局 in units.txt (also 区人社局 = 区人力资源和社会保障局)"},
 {"rule": "unknown-unit", "line": row(8), "text": "区审批局",
  "why": "short name of 区审批服务管理局 in units.txt"},
 {"rule": "unknown-unit", "line": row(10), "text": "西夏公安分局",
  "why": "short name of 银川市公安局西夏区分局 in units.txt; a city bureau's district branch, not a regional body"},
 {"rule": "unknown-unit", "line": row(20), "text": "西夏生态环境分局",
  "why": "short name of 银川市生态环境局西夏区分局 in units.txt (also 西夏自然资源分局)"},
 {"rule": "unknown-unit", "line": row(3), "text": "镇北堡镇人民政府",
  "why": "in units.txt (also 兴泾镇人民政府)"},
 {"rule": "unknown-unit", "line": row(16), "text": "区残联",
  "why": "short name of 区残疾人联合会 in units.txt"},
 {"rule": "unknown-unit", "line": ln("领导小组办公室设在区大数据管理服务局"), "text": "区大数据管理服务局",
  "why": "the full registry name of 区大数据局"},
 {"rule": "unknown-unit", "line": ln("宁夏大学等驻区高校"), "text": "宁夏大学",
  "why": "a regional unit from the baseline (task 119), mentioned as a partner in prose, not as lead of a district task"},
 {"rule": "unknown-unit", "line": ln("编辑：马晓燕"), "text": "马晓燕",
  "why": "the account's editor/reviewer credit line (people's names and 区融媒体中心), not a responsible-unit list"},
 {"rule": "deadline-invalid", "line": ln("2024年2月29日起"), "text": "2024年2月29日",
  "why": "往期推荐 headline; 2024 is a leap year, so 2月29日 exists"},
 {"rule": "deadline-later-than-baseline", "line": ln("力争2025年底实现"), "text": "2025年底",
  "why": "往期推荐 headline of an earlier post, account furniture, not part of the plan"},
 {"rule": "deadline-invalid", "line": ln("回眸2023"), "text": "2023",
  "why": "往期推荐 headline looking back at 2023"},
 {"rule": "deadline-invalid", "line": ln("附件：西夏区数字政府建设重点任务清单（2024—2025年）"), "text": "2024—2025年",
  "why": "the attachment's period in its title"},
 {"rule": "garbled-text", "line": ln("👆点击上方蓝字"), "text": "👆",
  "why": "emoji bullets and WeChat furniture (👆 👇 🔹 📌 ▶) are the account's styling, not mojibake"},
 {"rule": "basis-mismatch", "line": ln("对标自治区“34567”体系框架"), "text": "34567",
  "why": "the district framework restates the region's framework; no document is cited"},
]

covers = [
 {"task": 3, "line": row(1)},
 {"task": 5, "line": ln("完善数字经济治理体系。")},
 {"task": 6, "line": row(2)},
 {"task": 7, "line": ln("推进教育数字化。")},
 {"task": 8, "line": ln("推进“互联网+医疗健康”。")},
 {"task": 9, "line": ln("助力智慧城市建设。")},
 {"task": 10, "line": row(3)},
 {"task": 14, "line": ln("强化安全管理责任。")},
 {"task": 15, "line": ln("建立数字政府安全评估、责任落实和重大事件处置机制")},
 {"task": 18, "line": row(4)},
 {"task": 21, "line": row(8)},
 {"task": 32, "line": ln("完善数据管理机制。")},
 {"task": 36, "line": ln("深化数据高效共享。")},
 {"task": 41, "line": row(7)},
 {"task": 42, "line": ln("促进数据有序开发利用。")},
 {"task": 43, "line": row(5)},
 {"task": 48, "line": row(6)},
 {"task": 50, "line": ln("提升网络平台支撑能力。")},
 {"task": 64, "line": ln("🔹（一）健全组织机构。")},
 {"task": 70, "line": row(9)},
 {"task": 71, "line": ln("推动监管精准化、协同化。")},
 {"task": 75, "line": ln("提升监管智能化水平。")},
 {"task": 77, "line": row(10)},
 {"task": 79, "line": row(11)},
 {"task": 83, "line": row(12)},
 {"task": 84, "line": row(13)},
 {"task": 86, "line": row(14)},
 {"task": 87, "line": row(15)},
 {"task": 88, "line": ln("提供优质便利的涉企服务。")},
 {"task": 89, "line": ln("提供优质便利的涉企服务。")},
 {"task": 93, "line": row(16)},
 {"task": 94, "line": row(20)},
 {"task": 103, "line": row(17)},
 {"task": 104, "line": ln("提升辅助决策和行政执行能力。")},
 {"task": 106, "line": row(18)},
 {"task": 107, "line": row(19)},
 {"task": 112, "line": row(21)},
 {"task": 114, "line": row(21)},
 {"task": 116, "line": row(22)},
 {"task": 121, "line": row(23)},
 {"task": 124, "line": row(23)},
]

key = {
 "writer": "blind writer, round 735; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("西夏区 (银川市) 2024 实施方案 as republished on the district's WeChat account 西夏发布: header, emoji bullets, "
           "bold titles as **…**, the 通知 with its own 文号, the plan, the task list flattened to one line per row with "
           "full-width spaces (U+3000) between cells (序号, 重点任务, 责任单位, 完成时限), its notes, and the account footer "
           "with 往期推荐. No parent plan is given (the 银川 plan is not in the seeds; the preamble refers to 银川市 only as "
           "'按照银川市数字政府建设工作部署', without a title). 全区 in the draft means the district except where it names "
           "regional platforms (全区一体化政务服务平台, 全区统一的协同办公平台/填表报数系统). Note 1 says the first-listed "
           "lead is the main lead."),
}

with open(os.path.join(HERE, "draft.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(L) + "\n")
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")

# checks
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")[:-1]
assert lines == L
for e in expect + mnf:
    if e["line"]:
        t = e.get("text")
        if t and t not in lines[e["line"] - 1]:
            for part in t.split("、"):
                assert part in lines[e["line"] - 1], (e, lines[e["line"] - 1])
for c in covers:
    assert 1 <= c["line"] <= len(lines)
print("lines:", len(lines), "expect:", len(expect), "mustNotFlag:", len(mnf), "covers:", len(covers))
