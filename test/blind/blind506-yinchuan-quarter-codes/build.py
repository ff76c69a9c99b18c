#!/usr/bin/python3
# Builds draft.txt, units.txt and key.json for blind case 506 (兴庆区 2024 重点任务清单).
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))

# ---- regional task deadlines, read from the seed task list (for the key's "why") ----
seed = open('/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt', encoding='utf-8').read()
seed = seed[:seed.find('宁党办〔2023〕32号\n\n各市')]
REG = {}
for ln in seed.split('\n'):
    cells = ln.split('\t')
    if len(cells) >= 4:
        m = re.match(r'\s*(\d+)\.', cells[1])
        if m:
            REG[int(m.group(1))] = cells[3].strip()
assert len(REG) == 124, len(REG)

head = """兴庆区人民政府办公室关于印发《兴庆区数字政府建设2024年重点任务清单》的通知
兴政办发〔2024〕11号
各乡镇人民政府、街道办事处，区直各部门（单位）：
《兴庆区数字政府建设2024年重点任务清单》已经区人民政府同意，现印发给你们，请结合实际认真抓好落实。执行中遇到的问题，请及时向区数字政府建设领导小组办公室反映。
兴庆区人民政府办公室
2024年3月12日
（此件公开发布）
兴庆区数字政府建设2024年重点任务清单
为深入贯彻落实党的二十大精神和党中央、国务院关于加强数字政府建设的重大决策部署，根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）和《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕71号）精神，对照《全区数字政府建设重点任务清单（2023年—2025年）》，结合我区实际，制定本清单。
一、工作基础
2020年以来，我区按照《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）部署，持续推进政务信息系统整合共享和政务服务“一网通办”。2023年，我区完成区级政务信息化项目和政务数据资源底数摸排，数字政府各类平台“家底”基本理清，“我的宁夏”政务APP兴庆专区上线高频事项326项，数字政府建设基础进一步夯实。
二、工作目标
2024年，数字政府建设“34567”体系框架在我区加快落地，政务服务“一网通办”、城市运行“一网统管”、政务运行“一网协同”水平明显提升，力争2024年第四季度末前实现区、乡镇（街道）、村（社区）三级电子政务外网全覆盖。
到2025年，全区数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、数据治理初见成效、安全保障体系持续完善，政府数字化履职能力明显提升。
三、有关说明
（一）本清单共列重点任务{N}项，按自治区数字政府“34567”体系框架分为十六类，各类任务与《全区数字政府建设重点任务清单（2023年—2025年）》相应类别对应。
（二）“牵头单位”栏有多个单位的，排在第一位的为主要牵头单位；“配合单位”按职责分工做好配合。
（三）“完成时限”栏沿用区数字政府建设工作台账的写法：“2024Q3”“2024年Q3”指2024年第三季度末前完成，“2025H1”指2025年上半年（6月30日前）完成，“24年底”指2024年12月31日前完成，“2024.12”指2024年12月底前完成；注明“持续推进”“长期坚持”的，在时限节点后持续推进。
（四）各牵头单位于每季度最后一个月25日前向区数字政府建设领导小组办公室（设在区大数据管理服务中心）报送任务进展，2024年12月10日前报送全年完成情况；清单执行情况纳入2024年度区直部门效能目标管理考核。
四、重点任务清单
序号\t重点任务\t牵头单位\t配合单位\t完成时限"""

# rows: (text, lead, assist, deadline, task, kind)
# kind: eq / early / late / invalid / copied / none
S = []
def sec(title): S.append(('H', title))
def row(*a): S.append(('R',) + a)

sec('（一）驱动数字经济发展')
row('加快推进“智慧园区”建设，一体化提升辖区产业园区公共服务、资源匹配、环境保护、应急安全、管理决策等数字化、智能化场景服务水平，为入园企业提供全生命周期服务保障。', '区工业和信息化局', '区发展和改革局、区商务局、各乡镇（街道）', '持续推进，2025H2取得明显成效', 3, 'eq')
row('围绕“六新六特六优”产业，引导辖区企业接入黄河云、闽宁云等产业云，推动企业生产、销售等重要数据汇聚，推进产业数字化进程。', '区工业和信息化局', '区商务局、区农业农村局', '2024Q4', 2, 'eq')
row('强化政企协同、部门协同、社会共治的监管和治理机制，探索以网管网等基于新技术手段的监管模式，加强数字经济治理。', '区市场监督管理局', '区委网信办，区发展和改革局、商务局', '持续推进，2025年取得明显成效', 5, 'eq')
sec('（二）引领数字社会建设')
row('推动数字技术与传统公共事业融合，深入推进教育、健康、就业、文化旅游、体育、养老托育、家政物业等服务数字化，扩大优质公共资源服务覆盖面。', '区教育局、卫生健康局、人力资源和社会保障局、文化旅游体育局、民政局', '各乡镇（街道）', '2025H1', 6, 'early')
row('深入推进国家智慧教育平台应用，推动辖区中小学数字校园建设全覆盖。', '区教育局', '区财政局', '2025年Q2', 7, 'early')
row('探索创新“互联网+医疗健康”应用，推动社区卫生服务中心、乡镇卫生院接入健康医疗大数据平台。', '区卫生健康局', '区医疗保障局', '2025年第四季度末', 8, 'eq')
row('配合银川市推进城市运行管理服务平台建设，强化城市运行“一网统管”，推进城市生命线等公共基础设施数字化改造。', '区城市管理局', '区住建局、各街道办事处', '2025.12', 9, 'eq')
row('推进数字乡村建设，补齐乡村信息基础设施短板，构建农业农村数据体系，提高面向农业农村的综合信息服务水平。', '区农业农村局', '掌政镇人民政府、大新镇人民政府、通贵乡人民政府、月牙湖乡人民政府', '持续推进，2025年取得明显成效', 10, 'eq')
sec('（三）营造良好数字生态')
row('配合培育数据要素市场，引导辖区企业参与数据要素流通交易，引进和培育一批数据要素市场主体。', '区发展和改革局', '区工业和信息化局、区商务局', '二〇二五年底', 12, 'eq')
row('营造安全可靠的数字化发展环境，健全网络综合治理体系，推动形成良好网络生态。', '区委网信办', '区委宣传部、兴庆区公安分局', '长期坚持', None, 'none')
sec('（四）加快构建全方位安全保障体系')
row('建立健全动态监控、主动防御、协同响应的数字政府安全技术保障体系，开展常态化安全防护和应急演练，提升整体安全防护能力。', '区委网信办', '区直各部门（单位）', '2023年形成机制，长期坚持', 18, 'copied')
row('配合构建数据安全防护能力评估指标体系，确保数据安全管理工作可量化、可追溯、可评估。', '区委网信办', '兴庆区公安分局、区大数据管理服务中心', '24年底', 16, 'eq')
sec('（五）构建科学规范的制度规则体系')
row('依托全区行政许可管理信息系统，推动区级各类行政权力事项网上运行、动态管理。', '区审批服务管理局', '区直各部门（单位）', '2024年第三季度末', 21, 'early')
row('强化审管协同，推进一体化政务服务平台与“互联网+监管”系统打通融合，落实“审管信”三位一体共享应用。', '区审批服务管理局', '区市场监督管理局、区住房和城乡建设局', '2025H1', 22, 'early')
row('按照全区一体化数字资源管理系统要求，建立我区数字政府领域重大改革、重点项目、关键应用等“一本账”统筹建设管理机制。', '区大数据管理服务中心', '区直各部门（单位）、各乡镇（街道）', '2024.12', 23, 'eq')
row('围绕数字政府建设重点领域、关键环节、共性需求，每年确定试点领域，积极争取自治区数字政府试点示范。', '区人民政府办公室', '区直有关部门（单位）', '2025年Q4', 28, 'eq')
sec('（六）加快构建循环利用的数据资源体系')
row('完善区级人口、法人、电子证照等基础数据，对接全区统一的基础数据资源库，推动数据按需回流。', '区大数据管理服务中心', '兴庆区公安分局、区市场监督管理局、区人力资源和社会保障局', '2024年Q4', 33, 'eq')
row('配合建设政务服务、医疗健康、社会保障、生态环保、应急管理等主题数据库，区级数据统一纳入全区一体化政务大数据体系。', '区大数据管理服务中心', '区卫生健康局、区人社局、区应急管理局', '2024Q3', 34, 'early')
row('规范电子公文全流程标准化管理，建立电子公文档案数据共享利用长效机制。', '区委办公室', '区档案馆', '2024年第四季度', 40, 'eq')
row('编制区级公共数据开放目录及相关责任清单，依托全区统一的公共数据开放平台分类分级开放公共数据。', '区大数据管理服务中心', '区直各部门（单位）', '2025H1', 41, 'late')
row('推进供水、供电、供气、公共交通等公共数据与政务数据融合应用，促进数据流通共用。', '区大数据管理服务中心', '区住房和城乡建设局、区城市管理局', '24年底', 42, 'eq')
sec('（七）加快构建智能集约的平台支撑体系')
row('推动区级政务信息系统向政务信创云有序迁移、适配运行，加强政务云资源管理和调度。', '区大数据管理服务中心', '区直有关部门（单位）', '2024Q4', 46, 'eq')
row('开展区级城域网升级改造，推进电子政务外网向乡镇（街道）、村（社区）延伸全覆盖，在安全可控前提下按需向企事业单位拓展。', '区大数据管理服务中心', '各乡镇（街道）、区信息中心', '2024.10', 48, 'early')
row('有序推进非涉密业务专网向电子政务外网整合迁移，原则上不再新建业务专网。', '区大数据管理服务中心', '区直有关部门（单位）', '2024年Q3', 50, 'early')
row('依托全区统一的视频共享平台，整合辖区公共视频资源，接入全区统一的“视频一张网”。', '区委政法委', '兴庆区公安分局、区城市管理局', '2025H2', 49, 'eq')
row('推广使用宁夏统一电子印章系统，推进电子营业执照和企业电子印章同步制发、使用，拓展电子签名和电子印章在涉企服务领域应用。', '区市场监督管理局', '区审批服务管理局', '2024.12', 53, 'eq')
row('完善业务应用系统电子文件归档功能，统筹推进无纸化办公和电子文件归档，提升电子档案管理和利用服务水平。', '区委办公室', '区档案馆、区直各部门（单位）', '二〇二四年底', 54, 'eq')
row('推进非税收入收缴电子化管理，实现教育收费、医疗收费等非税收入收缴电子化全覆盖。', '区财政局', '区教育局、区卫生健康局', '2025.06', 56, 'early')
row('依托宁夏信用信息公共服务平台，加强辖区社会信用信息归集共享，提升信用查询和信用风险预警服务水平。', '区发展和改革局', '区市场监督管理局', '2024Q4', 57, 'eq')
sec('（八）健全“五个一”和“六级贯通”的工作体系')
row('参照自治区做法，成立相应的组织机构，健全工作体制机制，形成上下协同、一体联动、齐抓共管的工作格局。', '区人民政府办公室', '区委编办、区大数据管理服务中心', '2024年第二季度末', 64, 'early')
row('厘清区、乡镇（街道）、村（社区）层级职责，依托上级平台完善本级特色应用，一体化推进区级指挥调度中心建设。', '区委政法委', '区大数据管理服务中心、各乡镇（街道）', '2025H1', None, 'none')
row('各乡镇（街道）明确数字政府建设分管领导和数据专员，推动村（社区）数字化应用落地见效。', '各乡镇（街道）', '区大数据管理服务中心', '2024.06', None, 'none')
sec('（九）提升科学精准的经济调节能力')
row('对接使用宁夏经济运行大数据平台，加强辖区重点企业、重点产业运行监测，及时预警苗头性、趋向性问题。', '区发展和改革局', '区统计局、区工业和信息化局、区商务局', '2025H1', 66, 'early')
row('加强辖区人口、就业、产业、投资、消费等领域关键数据汇聚、治理和分析应用。', '区统计局', '区发展和改革局', '2024年Q4', 65, 'eq')
sec('（十）提升综合高效的市场监管能力')
row('应用企业信用风险分类管理系统，落实“双随机、一公开”差异化监管，强化涉企信用信息归集共享。', '区市场监督管理局', '区直有关部门（单位）', '2024Q3', 70, 'early')
row('对食品药品、医疗器械、特种设备、农副产品等重点领域实行全主体、全品种、全链条数字化追溯监管。', '区市场监督管理局', '区农业农村局、区卫生健康局', '2024Q5', 71, 'invalid')
row('履行监管数据治理主体责任，推进消费维权“一件事”改革，推动跨部门、跨层级协同监管。', '区市场监督管理局', '区直有关部门（单位）', '24年底', 73, 'eq')
row('加强和规范“屏、端、仪”等监管设施配备，推行远程监管、移动监管、预警监管、实时监管。', '区市场监督管理局', '区住房和城乡建设局、区城市管理局', '2024年Q4', 74, 'eq')
sec('（十一）提升精细智能的社会管理能力')
row('完善行政复议、信访、调解、法律援助等线上“一站式”受理渠道，用好全区矛盾纠纷多元化解信息系统，实现矛盾纠纷线上统一归集、分类转办、督办考核。', '区委政法委', '区司法局、区信访局、兴庆区公安分局', '2024.09', 77, 'early')
row('持续推进“雪亮工程”向基层全覆盖，探索推广“智安小区”“智安单位”应用。', '区委政法委', '兴庆区公安分局、各街道办事处', '2024年第四季度末', 79, 'eq')
row('推进“智慧应急”建设，迭代升级安全生产、自然灾害、应急指挥、物资保障等公共安全领域应用，强化风险监测预警、分析研判和闭环管控。', '区应急管理局', '区卫生健康局、兴庆区消防救援大队', '25年底', 80, 'late')
row('实施“互联网+基层治理”行动，依托宁夏社会治理基层综合指挥平台构建新型基层管理服务平台，推进智慧社区建设，健全“网格上报+网上分流+部门响应”机制。', '区委政法委', '区民政局、各乡镇（街道）、各村（社区）', '2025年第三季度末', 83, 'early')
sec('（十二）提升普惠便捷的公共服务能力')
row('扩能升级“互联网+政务服务”，推进政务服务线上线下标准统一、全面融合，实现“网上办、掌上办、就近办、一次办”。', '区审批服务管理局', '区直有关部门（单位）、各乡镇（街道）', '2024年Q4', 84, 'eq')
row('迭代升级“我的宁夏”政务APP兴庆专区，区级政务服务、公共服务事项“应上尽上”。', '区审批服务管理局', '区大数据管理服务中心', '2024Q4', 86, 'eq')
row('落实12345政务服务便民热线“一呼即应”改革，推动“接诉即办”，提升热线诉求办理质效。', '区人民政府办公室', '区直各部门（单位）、各乡镇（街道）', '2025H1', 87, 'early')
row('依托全区一体化政务服务平台，完善企业专属网页和惠企政策专栏，推动惠企政策精准推送、政策兑现直达直享。', '区审批服务管理局', '区发展和改革局、区工业和信息化局、区财政局', '2024.12', 89, 'eq')
row('推进辖区图书馆、文化馆、体育场馆等公共场馆数字化转型，移动入口接入“我的宁夏”政务APP。', '区文化旅游体育局', '区档案馆', '2024年第三季度末', 90, 'early')
row('依托“我的宁夏”政务APP，配合探索全域“多卡合一”“多码合一”“多表合一”。', '区大数据管理服务中心', '区审批服务管理局', '2025.12', 92, 'eq')
row('完成区级政府网站、政务移动端、政务服务场所适老化与信息无障碍建设，切实满足老年人、残疾人等特殊群体办事需求。', '区人民政府办公室', '区民政局、区残联', '2025年第一季度末', 93, 'late')
sec('（十三）提升系统科学的生态环境保护能力')
row('对接全区生态环境数据资源中心，完善辖区生态环境监测数据交换，提升生态环境现代化管控能力。', '兴庆区生态环境分局', '区农业农村局', '2024Q4', 94, 'eq')
row('推进“互联网+城乡供水”建设，推动农村供水工程数字化管理。', '区农业农村局', '掌政镇人民政府、通贵乡人民政府', '2025年Q4', 96, 'eq')
row('配合建设宁夏“智慧林草”云平台，提升辖区林草资源管理信息化水平。', '区农业农村局', '月牙湖乡人民政府', '2024年Q3', 98, 'early')
row('推动绿色低碳转型，推进水、气、土、废污染防治攻坚战，全面加强生态修复。', '银川市生态环境局兴庆区分局', '区农业农村局、区住房和城乡建设局', '2025年H2', 102, 'eq')
sec('（十四）提升整体高效的政务运行能力')
row('推广使用全区统一的协同办公平台，推动公文流转、信息报送、会议培训、督查考核等机关公务数字化转型。', '区人民政府办公室', '区直各部门（单位）', '2024Q3', 104, 'early')
row('深化“宁政通”移动办公应用，形成覆盖区、乡镇（街道）、村（社区）的一体化办公体系，重要工作指令“一键触达”。', '区人民政府办公室', '各乡镇（街道）、各村（社区）', '24年底', 105, 'eq')
row('用好“宁政通”APP全区统一填表报数系统，推动基层干部填表报数工作量压减50%以上。', '区人民政府办公室', '区直各部门（单位）、各乡镇（街道）', '2025H1', 106, 'early')
row('统筹整合区级非涉密视频会议系统资源，接入全区统筹应用的视频会议平台。', '区机关事务服务中心', '区大数据管理服务中心', '2025.06', 107, 'early')
row('推进公共资源交易、政府采购全流程数字化管理和监督，实现依法运行、留痕可溯、监督预警。', '区财政局', '区发展和改革局', '长期推进，2024年Q4取得明显成效', 108, 'eq')
row('整合区级机关事务管理信息系统，对接全区机关事务管理统一门户，分级采集党政机关办公用房信息数据。', '区机关事务服务中心', '区财政局', '2025年第二季度末', 111, 'early')
sec('（十五）提升全面规范的政务公开能力')
row('进一步完善区政府门户网站等政务公开信息化平台，构建以网上发布为主、其他渠道发布为辅的政务公开发布新格局。', '区人民政府办公室', '区直各部门（单位）、各乡镇（街道）', '2024年第四季度', 112, 'eq')
row('配合建设全区统一的政策文件数据库，推动区级规范性文件集成公开，实现政策“一库通查”。', '区司法局', '区人民政府办公室', '2024Q3', 113, 'early')
row('构建区级政务新媒体矩阵体系，形成整体联动、同频共振的政府信息传播格局，开发多样化政策解读产品。', '区委宣传部', '区政府办公室、区融媒体中心', '2024.11', 114, 'early')
row('以12345政务服务便民热线为枢纽，连通区政府网站、“我的宁夏”兴庆专区等政民互动渠道，做好咨询建议投诉办理。', '区人民政府办公室', '区信访局', '年内', 115, 'eq')
sec('（十六）加强党对数字政府建设工作的全面领导')
row('将数字政府建设工作纳入“一把手工程”，建立主要领导负责制，制定年度工作要点并组织实施。', '区人民政府办公室', '区直各部门（单位）、各乡镇（街道）', '2023年完成并长期坚持', 116, 'copied')
row('每年度制定数字政府建设重点任务考核指标，形成常态化考核和以奖代补工作机制。', '区人民政府办公室', '区委组织部、区财政局', '长期坚持', 121, 'eq')

tail = """五、保障措施
（一）加强组织领导。各乡镇（街道）、区直各部门（单位）要切实履行数字政府建设主体责任，主要负责同志亲自部署、亲自推动，对照本清单细化工作举措，明确责任科室和责任人，确保各项任务按期完成。
（二）加大财政投入。区财政局要根据财政支出责任，统筹利用现有资金渠道，将数字政府建设经费纳入区级年度财政预算；建立政务平台常态化运行与年度运维资金挂钩的评估机制，强化项目绩效评估，避免分散、重复建设。
（三）提升数字素养。依托宁夏干部教育培训网络学院数字政府培训课程体系，定期对区、乡镇（街道）干部开展数字化能力培训；加大数字化专业人才引进力度，探索“科室+数据专员”机制，配齐配强数字化工作力量。
（四）强化考核评价。区数字政府建设领导小组办公室按季度调度任务进展，对进度滞后、推进不力的单位予以通报；定期开展督促检查和经验交流，推广典型应用，鼓励基层创新，建立容错和奖惩机制。
（五）强化宣传引导。区委宣传部、区融媒体中心要充分利用“两微一端”等渠道，宣传我区数字政府建设进展成效，营造全区上下关注、参与数字政府建设的良好氛围。
附件：兴庆区数字政府建设2024年重点任务进展情况季度报送表（略）"""

# ---- assemble ----
lines = []
nrows = sum(1 for s in S if s[0] == 'R')
lines += head.replace('{N}', str(nrows)).split('\n')
rowline = {}   # row number -> (line, task, kind, deadline)
n = 0
for s in S:
    if s[0] == 'H':
        lines.append(s[1])
    else:
        n += 1
        _, text, lead, assist, dl, task, kind = s
        lines.append(f'{n}\t{text}\t{lead}\t{assist}\t{dl}')
        rowline[n] = (len(lines), task, kind, dl, lead, assist)
lines += tail.split('\n')
draft = '\n'.join(lines) + '\n'
open(os.path.join(HERE, 'draft.txt'), 'w', encoding='utf-8').write(draft)

def L(sub, nth=1):
    hits = [i + 1 for i, ln in enumerate(lines) if sub in ln]
    assert len(hits) >= nth, sub
    return hits[nth - 1]
def L1(sub):
    hits = [i + 1 for i, ln in enumerate(lines) if sub in ln]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

units = """# 兴庆区区直单位名录（区数字政府建设领导小组办公室维护，2024年3月）
# 格式：每行一个规范名称；有常用简称的写作“规范名称 = 简称1, 简称2”；# 开头为注释。
区委办公室 = 区委办
区人民政府办公室 = 区政府办公室, 区政府办
区委组织部
区委宣传部
区委政法委
区委网信办 = 区委网络安全和信息化委员会办公室
区委编办 = 区委机构编制委员会办公室
区推进数字政府建设领导小组办公室 = 区数字政府建设领导小组办公室
区发展和改革局 = 区发展改革局, 区发改局
区工业和信息化局 = 区工信局
区商务局
区教育局
区卫生健康局 = 区卫健局
区人力资源和社会保障局 = 区人社局
区文化旅游体育局 = 区文旅体局
区民政局
区司法局
区财政局
区医疗保障局 = 区医保局
区住房和城乡建设局 = 区住建局
区城市管理局 = 区城管局
区农业农村局
区市场监督管理局 = 区市场监管局
区审批服务管理局 = 区审批局
区大数据管理服务中心 = 区大数据中心
区统计局
区信访局
区应急管理局 = 区应急局
区机关事务服务中心
区档案馆
区融媒体中心
区残疾人联合会 = 区残联
# 驻区及派出单位
银川市公安局兴庆区分局 = 兴庆区公安分局, 兴庆公安分局
银川市生态环境局兴庆区分局 = 兴庆区生态环境分局
兴庆区消防救援大队
# 乡镇
掌政镇人民政府
大新镇人民政府
通贵乡人民政府
月牙湖乡人民政府
"""
open(os.path.join(HERE, 'units.txt'), 'w', encoding='utf-8').write(units)

expect, mnf, covers = [], [], []
def reg(t): return f'regional task {t} is due {REG[t]}'

# planted: basis
expect.append({'rule': 'basis-mismatch', 'line': L1('宁政发〔2023〕71号'), 'text': '宁政发〔2023〕71号',
               'why': 'the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号; digits transposed'})
for k, (ln, task, kind, dl, lead, assist) in rowline.items():
    if task is not None:
        covers.append({'task': task, 'line': ln})
    if kind == 'late':
        expect.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': dl,
                       'why': f'row {k}: {reg(task)}; {dl} is later'})
    elif kind == 'invalid':
        expect.append({'rule': 'deadline-invalid', 'line': ln, 'text': dl,
                       'why': f'row {k}: a year has no fifth quarter (meant 2024Q4?); {reg(task)}'})
    elif kind in ('eq', 'early'):
        word = 'equal to' if kind == 'eq' else 'earlier than'
        mnf.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': dl,
                    'why': f'row {k}: {dl} is {word} the regional deadline; {reg(task)}'})
    elif kind == 'copied':
        mnf.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': dl,
                    'why': f'row {k}: copied word for word from the region; {reg(task)}'})
        mnf.append({'rule': 'deadline-invalid', 'line': ln, 'text': dl,
                    'why': f'row {k}: a copied regional deadline that lies before the plan year, not an impossible date; {reg(task)}'})
    elif kind == 'none':
        mnf.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': dl,
                    'why': f'row {k}: local item with no regional task of its own (not a numbered regional task); nothing to be later than'})
# planted: unknown unit
expect.append({'rule': 'unknown-unit', 'line': L1('区信息中心'), 'text': '区信息中心',
               'why': 'not in units.txt (the office carried over an old unit name; its registry has 区大数据管理服务中心)'})

# near misses: goals, background, notes, reporting dates
mnf += [
 {'rule': 'deadline-later-than-baseline', 'line': L1('力争2024年第四季度末前'), 'text': '2024年第四季度末',
  'why': 'goal of e-government extranet coverage down to 村（社区）: regional task 48 is due ' + REG[48] + '; equal'},
 {'rule': 'deadline-later-than-baseline', 'line': L1('到2025年，全区数字政府建设'), 'text': '到2025年',
  'why': 'the region\'s 主要目标 also says 到2025年 “34567”体系框架全面成型; equal'},
 {'rule': 'deadline-invalid', 'line': L1('2023年，我区完成'), 'text': '2023年',
  'why': 'past date in the background section (what was done in 2023), not a deadline'},
 {'rule': 'deadline-later-than-baseline', 'line': L1('2023年，我区完成'), 'text': '2023年',
  'why': 'background: 家底 理清 in 2023 matches the region\'s 到2023年底 goal, and it is a past fact'},
 {'rule': 'deadline-later-than-baseline', 'line': L1('沿用区数字政府建设工作台账的写法'), 'text': '2025H1',
  'why': 'explanatory note on the office\'s date notation; the dates are examples, not deadlines'},
 {'rule': 'deadline-invalid', 'line': L1('沿用区数字政府建设工作台账的写法'), 'text': '24年底',
  'why': 'explanatory note on the notation; 24年底 is a two-digit year meaning 2024, defined on this very line'},
 {'rule': 'deadline-later-than-baseline', 'line': L1('2024年12月10日前报送'), 'text': '2024年12月10日',
  'why': 'the office\'s own reporting dates (quarterly 25th, year-end report 2024年12月10日) and the year whose 效能目标管理考核 the list feeds (2024年度), not task deadlines; regional task 122 (纳入效能目标管理考核, due ' + REG[122] + ') is a regional task of 自治区党委办公厅 and this line does not set its deadline'},
 {'rule': 'deadline-invalid', 'line': L1('2024年3月12日'), 'text': '2024年3月12日',
  'why': 'the notice\'s issue date'},
 {'rule': 'basis-mismatch', 'line': L1('国发〔2022〕14号'), 'text': '国发〔2022〕14号',
  'why': 'correct title and 文号 of the national guiding opinion'},
 {'rule': 'basis-mismatch', 'line': L1('宁政办发〔2020〕14号'), 'text': '宁政办发〔2020〕14号',
  'why': 'retrospective mention in the background (2020年以来…按照…部署); title and 文号 match the 2020 工作要点; not cited as basis'},
 {'rule': 'basis-mismatch', 'line': L1('兴政办发〔2024〕11号'), 'text': '兴政办发〔2024〕11号',
  'why': 'the notice\'s own 文号, not a cited document'},
 {'rule': 'basis-mismatch', 'line': L('对照《全区数字政府建设重点任务清单'), 'text': '《全区数字政府建设重点任务清单（2023年—2025年）》',
  'why': 'correct title of 附件2 of 宁政发〔2023〕17号 (cited without 文号, as an attachment)'},
 {'rule': 'deadline-invalid', 'line': L('对照《全区数字政府建设重点任务清单'), 'text': '2023年—2025年',
  'why': 'period in the title of the regional task list, not a deadline'},
 {'rule': 'basis-mismatch', 'line': L1('本清单共列重点任务'), 'text': '《全区数字政府建设重点任务清单（2023年—2025年）》',
  'why': 'correct title of 附件2 of 宁政发〔2023〕17号, named again in the notes'},
 {'rule': 'deadline-invalid', 'line': L1('本清单共列重点任务'), 'text': '2023年—2025年',
  'why': 'period in the title of the regional task list, not a deadline'},
 {'rule': 'unknown-unit', 'line': L1('各乡镇人民政府、街道办事处，区直各部门'), 'text': '街道办事处',
  'why': 'addressee line: 各 distributes over 乡镇人民政府、街道办事处 (collective subjects), 区直各部门（单位） is a collective'},
 {'rule': 'unknown-unit', 'line': rowline[3][0], 'text': '商务局',
  'why': 'prefix 区 distributes over 区发展和改革局、商务局 -> 区商务局, in units.txt'},
 {'rule': 'unknown-unit', 'line': rowline[4][0], 'text': '卫生健康局',
  'why': 'prefix 区 distributes: 区卫生健康局、区人力资源和社会保障局、区文化旅游体育局、区民政局, all in units.txt'},
 {'rule': 'unknown-unit', 'line': rowline[7][0], 'text': '各街道办事处', 'why': 'collective subject'},
 {'rule': 'unknown-unit', 'line': rowline[7][0], 'text': '区住建局', 'why': 'alias of 区住房和城乡建设局 in units.txt'},
 {'rule': 'unknown-unit', 'line': rowline[8][0], 'text': '月牙湖乡人民政府', 'why': 'the four township governments are in units.txt'},
 {'rule': 'unknown-unit', 'line': rowline[10][0], 'text': '兴庆区公安分局', 'why': 'alias of 银川市公安局兴庆区分局 in units.txt'},
 {'rule': 'unknown-unit', 'line': rowline[11][0], 'text': '区直各部门（单位）', 'why': 'collective subject'},
 {'rule': 'unknown-unit', 'line': rowline[16][0], 'text': '区直有关部门（单位）', 'why': 'collective subject'},
 {'rule': 'unknown-unit', 'line': rowline[18][0], 'text': '区人社局', 'why': 'alias of 区人力资源和社会保障局 in units.txt'},
 {'rule': 'unknown-unit', 'line': rowline[32][0], 'text': '各乡镇（街道）', 'why': 'collective subject named as lead of a local task'},
 {'rule': 'unknown-unit', 'line': rowline[41][0], 'text': '兴庆区消防救援大队', 'why': 'in units.txt (驻区单位)'},
 {'rule': 'unknown-unit', 'line': rowline[42][0], 'text': '各村（社区）', 'why': 'collective subject'},
 {'rule': 'unknown-unit', 'line': rowline[49][0], 'text': '区残联', 'why': 'alias of 区残疾人联合会 in units.txt'},
 {'rule': 'unknown-unit', 'line': rowline[50][0], 'text': '兴庆区生态环境分局', 'why': 'alias of 银川市生态环境局兴庆区分局 in units.txt'},
 {'rule': 'unknown-unit', 'line': rowline[62][0], 'text': '区政府办公室', 'why': 'alias of 区人民政府办公室 in units.txt'},
 {'rule': 'unknown-unit', 'line': L1('区数字政府建设领导小组办公室（设在'), 'text': '区数字政府建设领导小组办公室',
  'why': 'alias of 区推进数字政府建设领导小组办公室 in units.txt'},
 {'rule': 'unknown-unit', 'line': L1('请及时向区数字政府建设领导小组办公室反映'), 'text': '区数字政府建设领导小组办公室',
  'why': 'alias of 区推进数字政府建设领导小组办公室 in units.txt'},
 {'rule': 'unknown-unit', 'line': L1('区数字政府建设领导小组办公室按季度调度'), 'text': '区数字政府建设领导小组办公室',
  'why': 'alias of 区推进数字政府建设领导小组办公室 in units.txt'},
 {'rule': 'unknown-unit', 'line': L1('（一）加强组织领导。'), 'text': '各乡镇（街道）',
  'why': 'collective subjects (各乡镇（街道）、区直各部门（单位）) in the support measures'},
]

key = {
  'writer': 'blind writer, round 506; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-07',
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': [],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': expect,
  'mustNotFlag': mnf,
  'covers': covers,
  'notes': ('兴庆区 (银川市) 2024 key-task list, basis the region\'s 宁政发〔2023〕17号 only (no city plan as parent). '
            'Deadlines are written in the office\'s spreadsheet notation, explained on the draft\'s own note line: '
            '2024Q3 / 2024年Q3 = end of Q3 2024, 2025H1 = by 30 June 2025, 24年底 = end of 2024, 2024.12 = December 2024, '
            '2024年第三季度末, 二〇二四年底, 年内 (= 2024, the plan year). '
            'Planted: one wrong 文号, three late deadlines in three notations (2025H1, 25年底, 2025年第一季度末 on tasks due 2024), '
            'an impossible quarter (2024Q5), one unknown unit. The same notations recur as near misses on tasks they meet. '
            'All pillars of the 34567 framework and 党的领导 are covered (rows by section, plus 五、保障措施). '
            'Regional tasks due 2023 were deliberately kept out of the table except two copied word for word (tasks 18 and 116).'),
}
open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
print('lines', len(lines), 'rows', nrows, 'expect', len(expect), 'mnf', len(mnf), 'covers', len(covers))
