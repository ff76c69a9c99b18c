#!/usr/bin/python3
# Builds draft.txt and key.json for blind case 775 and checks every line number.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

# regional 完成时限 (宁政发〔2023〕17号 附件2) for the tasks the rows take up
REG = {
    2: '2023年启动，2024年取得明显成效', 3: '持续推进，2025年取得明显成效', 5: '持续推进，2025年取得明显成效',
    6: '持续推进，2025年取得明显成效', 7: '2023年形成试点经验，2025年取得明显成效', 8: '持续推进，2025年取得明显成效',
    9: '持续推进，2025年取得明显成效', 10: '持续推进，2025年取得明显成效', 11: '2023年完成主要建设任务，2025年取得明显成效',
    12: '2025年', 14: '2023年', 15: '2023年', 16: '2024年', 18: '2023年形成机制，长期坚持', 19: '2023年启动，2024年建成',
    21: '2024年', 22: '2025年', 23: '2024年', 24: '2023年', 25: '2023年',
    28: '2023年启动，2025年取得明显成效', 29: '2023年启动，2025年完成', 33: '2024年', 34: '2024年', 35: '2024年',
    39: '2024年', 40: '2024年', 41: '2024年', 42: '2024年', 43: '2024年建成，持续推进', 46: '2024年', 47: '2024年',
    48: '2024年', 49: '2025年', 50: '2024年', 52: '2025年', 53: '2024年', 54: '2024年', 56: '2025年', 57: '2024年',
    58: '2024年', 59: '2025年', 64: '2025年', 65: '2024年', 66: '2025年', 69: '2024年', 70: '2024年', 71: '2024年',
    73: '2024年', 74: '2024年', 75: '2024年', 77: '2024年', 79: '2024年', 80: '2024年', 81: '2025年', 83: '2025年',
    84: '2024年', 86: '2024年', 87: '2023年启动，2025年完成', 88: '2024年', 89: '2024年', 90: '2024年', 94: '2024年',
    95: '2025年', 96: '2025年', 97: '2024年', 98: '2024年', 100: '2025年', 101: '2025年', 102: '2025年',
    104: '2024年', 105: '2024年', 106: '2025年', 107: '2025年', 108: '长期推进，2024年取得明显成效', 111: '2025年',
    112: '2024年', 113: '2024年', 114: '2024年', 115: '2024年', 116: '2023年完成并长期坚持', 118: '2023年完成并长期坚持',
    121: '长期坚持', 122: '2023年完成，长期坚持', 123: '2023年完成，长期坚持', 124: '2023年形成机制，长期坚持',
}

HEAD = [
    '红寺堡区人民政府办公室关于印发《红寺堡区2024年加强数字政府建设实施方案》的通知',
    '红政办发〔2024〕9号',
    '各乡镇人民政府，区直各部门（单位）：',
    '《红寺堡区2024年加强数字政府建设实施方案》已经区人民政府同意，现印发给你们，请结合实际认真抓好落实。',
    '红寺堡区人民政府办公室',
    '2024年3月12日',
    '（此件公开发布）',
    '红寺堡区2024年加强数字政府建设实施方案',
    '为深入贯彻落实党的二十大精神和党中央、国务院关于加强数字政府建设的重大决策部署，根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加快推进数字政府建设的实施意见》（宁政发〔2023〕17号）、《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）和吴忠市人民政府《关于加强数字政府建设的实施方案》等文件精神，结合我区实际，制定本方案。',
    '一、总体要求',
    '（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和习近平总书记视察宁夏重要讲话指示批示精神，全面落实自治区第十三次党代会工作部署，坚持改革引领、数据赋能、整体协同、安全可控，对标自治区“34567”和吴忠市“1347”数字政府体系框架，以数字化改革助力政府职能转变，推动政府决策科学化、社会治理精准化、公共服务高效化，为建设生态移民致富提升示范区提供有力支撑。',
    '（二）工作基础。2023年，我区调整成立区数字政府建设领导小组，电子政务外网延伸至5个乡镇，“我的宁夏”政务APP红寺堡专区上线高频服务事项120余项，2023年11月完成全区政务信息系统“家底”清查。',
    '自贯彻落实《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）以来，我区政务服务“一网通办”、基层政务服务网络等基础逐步夯实，但仍存在数据共享不充分、乡村两级数字化能力不足、专业人才缺乏等短板。',
    '（三）主要目标。',
    '到2024年底，区级政务信息系统全部迁移至政务云，电子政务外网实现行政村全覆盖，“宁政通”在区、乡、村三级全面应用，政务数据按需归集共享能力明显增强。',
    '到2025年，全区数字政府建设对接自治区“34567”、吴忠市“1347”体系框架全面成型，工作体制逐步健全，管理机制趋于成熟，政府数字化履职能力明显提升。',
    '到2035年，与政府治理能力现代化相适应的数字政府体系框架成熟完备，整体协同、敏捷高效、智能精准、开放透明、公平普惠的数字政府全面建成。',
    '（四）工作原则。坚持统筹集约、上下贯通，依托自治区、吴忠市共性平台建设本地特色应用，原则上不再新建独立平台；坚持需求导向、数据赋能；坚持安全可控、守牢底线。',
    '（五）任务安排。围绕“三个驱动、四大支撑、一套体系、七种能力”，对照自治区重点任务清单和吴忠市实施方案，确定2024年—2025年重点任务{N}项（见下表）。牵头单位有多个的，排在第一位的为主要牵头单位；各乡镇人民政府按照属地职责做好配合落实。',
    '二、重点任务清单',
    '序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限',
]

# rows: (group, measure, lead, coop, deadline, tasks, tag)
# tag: None (ordinary), or a planted-slip marker
ROWS = [
    ('（一）驱动数字经济发展', '围绕葡萄酒、黄花菜、滩羊等特色产业，对接自治区产业云，推动企业生产、销售等数据汇聚应用，助力特色产业数字化转型。', '区工业信息化和商务局', '区农业农村局、区发展和改革局', '2024年取得明显成效', [2], None),
    ('', '加快推进红寺堡工业园区“智慧园区”建设，提升园区公共服务、资源匹配、应急安全、管理决策等数字化、智能化服务水平。', '区经信局', '区应急管理局、区发展和改革局', '持续推进，2025年取得明显成效', [3], 'UNIT'),
    ('', '推动“六优”产业智慧升级，依托“宁优汇”等电商平台拓展葡萄酒、黄花菜线上销售渠道，培育直播电商等新业态。', '区工信商务局', '区文化旅游体育广电局、区融媒体中心', '2024年', [], 'WZ'),
    ('', '强化政企协同、部门协同、社会共治，创新以网管网等监管模式，完善数字经济治理体系。', '区市场监督管理局', '区公安分局、区委网信办', '持续推进，2025年取得明显成效', [5], None),
    ('（二）引领数字社会建设', '推进教育、健康、就业、文化旅游、养老托育等服务数字化，扩大优质公共资源服务覆盖面。', '区教育局、卫生健康局、人力资源社会保障局、民政局', '区文化旅游体育广电局', '持续推进，2025年取得明显成效', [6], None),
    ('', '深入推广应用国家和宁夏智慧教育平台，实现中小学教学数字化应用、数字校园全覆盖。', '区教育局', '各乡镇人民政府', '2024年底前', [7], None),
    ('', '深化“互联网+医疗健康”应用，持续提升县域医共体建设成效，推广电子处方流转和医保移动支付。', '区卫生健康局', '区医疗保障局', '持续推进，2025年取得明显成效', [8], None),
    ('', '推进城市运行“一网统管”，依托吴忠市城市运行管理服务平台，推进路灯、排水、供热等市政设施智慧化改造。', '区住房和城乡建设局', '区公安分局、区交通运输局、区自然资源局', '2025年', [9], None),
    ('', '推进数字乡村建设，补齐乡村信息基础设施短板，推进智慧节水灌溉、智慧农机作业等数智农业应用。', '区农业农村局', '区水务局、各乡镇人民政府', '持续推进，2025年取得明显成效', [10], None),
    ('', '加快“数字供销”示范区建设，推动农业龙头企业产品在线追溯，数字农业农村服务实现村级覆盖。', '区供销社', '区农业农村局、各村（社区）', '2025年取得明显成效', [11], None),
    ('（三）营造良好数字生态', '配合培育数据要素市场，引导本地企业参与数据要素流通交易，推动公共数据和社会数据融合开发利用。', '区发展和改革局', '区财政局、区工信商务局', '2025年', [12], None),
    ('', '健全网络综合治理体系，加强网络生态治理和网络安全宣传教育，推动形成良好网络生态。', '区委网信办', '区委宣传部、区公安分局、区融媒体中心', '长期坚持', [], 'BODY'),
    ('（四）筑牢安全保障体系', '建立健全动态监控、主动防御、协同响应的安全技术保障体系，开展常态化安全防护和应急演练。', '区委网信办', '区公安分局、区直各部门（单位）', '2023年形成机制，长期坚持', [18], 'COPY2023'),
    ('', '按照自治区数据安全防护能力评估指标体系，对区级政务信息系统开展数据安全管理量化评估，做到可量化、可追溯、可评估。', '区委网信办', '区公安分局、区政府办公室', '2024年', [16], None),
    ('', '推动区级政务信息系统向政务信创云迁移适配，强化安全可靠技术和产品应用，提高自主可控水平。', '区政府办公室', '区直各部门（单位）', '2024年10月底前', [19, 43], None),
    ('（五）完善制度规则体系', '完善行政许可事项管理，推动各类行政权力事项网上运行、动态管理。', '区审批服务管理局', '区司法局、区直有关部门', '2024年', [21], None),
    ('', '强化审管协同，落实“审管联动”机制，推动审批、监管、执法、信用信息实时共享，构建“审管信”三位一体共享应用体系。', '区审批服务管理局', '区市场监督管理局、区住房和城乡建设局', '2025年', [22], None),
    ('', '配合建设全区一体化数字资源管理系统，将我区数字政府领域重点项目、关键应用纳入“一本账”统筹管理。', '区政府办公室', '区发展和改革局、区财政局', '2024年6月底前', [23], None),
    ('', '围绕政务服务、基层治理等领域开展数字政府试点示范，积极争取自治区、吴忠市各类试点项目。', '区政府办公室', '区直各部门（单位）、各乡镇人民政府', '2024年启动，2025年取得明显成效', [28], None),
    ('（六）夯实政务数据资源', '依托自治区统一的政务数据平台，推动区级政务数据汇聚治理，融入自治区一体化政务大数据体系。', '区政府办公室', '区直各部门（单位）', '2025年', [29], None),
    ('', '配合完善人口、法人、自然资源、电子证照等基础数据库，做好本区数据采集、更新和校核。', '区市场监督管理局', '区人力资源社会保障局、区自然资源局、区审批服务管理局', '2024年', [33], None),
    ('', '完善政务服务、医疗健康、社会保障、生态环保、应急管理等主题数据库本地数据汇聚。', '区政府办公室', '区卫生健康局、区人力资源社会保障局、区生态环境分局、区应急管理局', '2024年', [34], None),
    ('', '依托全区有关政务平台建立我区经济运行监测等地方主题数据，推动上级数据按地域授权回流、自主管理。', '区政府办公室', '区发展和改革局、区统计局', '2024年', [35], None),
    ('', '按照“一应用一数仓”要求，建设基层治理、经济运行等区级政务数据仓库。', '区政府办公室', '区委政法委、区发展和改革局', '2024年12月底前', [39], None),
    ('', '规范电子公文全流程标准化管理，完善业务系统电子文件归档功能，推进电子文件与数字档案室无缝衔接。', '区档案馆', '区委办公室、区政府办公室', '2024年', [40, 54], None),
    ('', '编制本区公共数据开放目录及相关责任清单，依托全区统一的公共数据开放平台分类分级开放公共数据。', '区政府办公室', '区直各部门（单位）', '2024年21月底前', [41], 'INVALID'),
    ('', '推进供水、供电、供气、公共交通等公共数据与鏀垮姟鏁版嵁铻嶅悎搴旂敤，促进数据流通共用。', '区政府办公室', '区水务局、区住房和城乡建设局、区交通运输局', '2024年', [42], 'GARBLED'),
    ('（七）强化平台支撑能力', '推进区级政务信息系统有序迁移上云，配合建立政务云资源统一调度机制，做到“应上尽上”。', '区政府办公室', '区直各部门（单位）', '2024年', [46], None),
    ('', '推动电子政务外网扩容升级，扩大互联网出口带宽，完成区级电子政务外网IPv6改造。', '区政府办公室', '区财政局', '2024年', [47], None),
    ('', '开展城域网升级改造，推进电子政务外网向行政村全覆盖，按需向学校、卫生院等企事业单位拓展。', '区政府办公室', '各乡镇人民政府、区教育局、区卫生健康局', '2024年9月底前', [48], None),
    ('', '有序推进非涉密业务专网向电子政务外网整合迁移，原则上不再新建业务专网。', '区政府办公室', '区直有关部门', '2024年', [50], None),
    ('', '依托自治区统一的视频共享平台，整合全区公共安全、交通、应急等视频资源，接入“视频一张网”。', '区委政法委', '区公安分局、区交通运输局、区应急管理局', '2025年', [49], None),
    ('', '扩大电子证照在政务服务和社会化场景的应用，推广电子印章，推进“扫码亮证、证照免提交”。', '区审批服务管理局', '区公安分局、区市场监督管理局', '2024年', [52, 53], None),
    ('', '扎实推进非税收入收缴电子化，实现教育收费、医疗收费、不动产登记、交警规费等非税收入收缴电子化全覆盖。', '区财政局', '区教育局、区卫生健康局、区自然资源局、区公安分局', '2025年', [56], None),
    ('', '推进信用中国（宁夏）吴忠站红寺堡信用信息归集共享，完善跨部门社会信用信息共享机制。', '区发展和改革局', '区市场监督管理局、区直各部门（单位）', '2024年', [57], None),
    ('', '推动地理信息资源共建共享，应用全区统一的“底板底图”开展专题服务。', '区自然资源局', '区住房和城乡建设局', '2024年', [58], None),
    ('', '配合开展政务平台评估定级分类，融合归并受众面小、保障能力弱的区级政务平台。', '区政府办公室', '区直各部门（单位）', '2025年', [59], None),
    ('（八）完善“一套体系”', '参照自治区、吴忠市做法健全区级数字政府建设组织机构，明确各乡镇、区直各部门（单位）分管领导和数据专员，建立“科室+数据专员”机制。', '区政府办公室', '区委编办、区直各部门（单位）', '2024年4月底前', [64], None),
    ('', '按照“六级贯通”层级架构，厘清区、乡（镇）、村（社区）职责，依托上级平台完善本级特色应用，推进区级指挥调度中心建设。', '区政府办公室', '区委政法委、各乡镇人民政府', '2025年', [], 'BODY'),
    ('（九）经济调节能力', '配合建设宁夏经济运行大数据平台，做好我区重点企业、重点产品数据报送和监测分析。', '区发展和改革局', '区统计局、区工信商务局', '2025年', [66], None),
    ('', '加强人口、就业、产业、投资、消费等领域关键数据汇聚和分析应用，按月形成经济运行分析报告。', '区统计局', '区发展和改革局、区人力资源社会保障局', '2024年', [65], None),
    ('（十）市场监管能力', '运用多源数据为市场主体精准“画像”，推进企业信用风险分类管理，实施“双随机、一公开”差异化监管。', '区市场监督管理局', '区直有关部门', '2024年', [69, 70], None),
    ('', '加强智慧监管平台应用，对食品药品、医疗器械、特种设备、农副产品等重点领域实行全主体、全品种、全链条数字化追溯监管。', '区市场监督管理局', '区农业农村局、区卫生健康局', '2025年6月底前', [71], 'LATE'),
    ('', '履行监管数据治理责任，推进消费维权“一件事”改革，推动跨部门、跨层级协同监管。', '区市场监督管理局', '区直有关部门', '2024年', [73], None),
    ('', '充分运用非现场、视频图像、物联感知等新型监管手段，推行远程监管、移动监管、预警监管，强化以网管网。', '区市场监督管理局', '区生态环境分局、区自然资源局', '2024年', [74, 75], None),
    ('（十一）社会管理能力', '完善行政复议、信访、调解、法律援助等线上受理渠道，应用全区矛盾纠纷多元化解信息系统，打造红寺堡“塞上枫桥”品牌。', '区委政法委', '区司法局、区信访局、区公安分局、区人民法院、区人民检察院', '2024年', [77], None),
    ('', '持续推进“雪亮工程”向乡村延伸，探索推广“智安小区”“智安单位”，完善社会治安防控体系。', '区公安分局', '区委政法委、各乡镇人民政府', '2024年', [79], None),
    ('', '推进“智慧应急”建设，完善自然灾害监测预警、危化品双重预防等信息化应用，强化风险监测预警和闭环管控。', '区应急管理局', '区自然资源局、区水务局、区林业和草原局', '2024年', [80], None),
    ('', '实施“互联网+基层治理”行动，依托宁夏社会治理基层综合指挥平台，推进网格化管理和智慧社区建设。', '区委政法委', '区民政局、各乡镇人民政府、各村（社区）', '2025年', [83], None),
    ('（十二）公共服务能力', '发挥“一网通办”作用，擦亮“易办·吴优”品牌，完善区、乡、村三级政务服务体系，实现“网上办、掌上办、就近办、一次办”。', '区审批服务管理局', '各乡镇人民政府', '2024年', [84], None),
    ('', '推广“我的宁夏”政务APP，推动我区政务服务、公共服务应用“应上尽上”，做强红寺堡专区。', '区审批服务管理局', '区直各部门（单位）', '2024年', [86], None),
    ('', '健全12345政务服务便民热线与110报警服务台、基层网格员联动机制，推动“接诉即办”。', '区审批服务管理局', '区公安分局、各乡镇人民政府', '2025年', [87], None),
    ('', '深化“证照分离”改革和电子营业执照推广应用，探索“一业一证”等照后减证新途径。', '区市场监督管理局', '区审批服务管理局', '2024年', [88], None),
    ('', '建设完善企业专属网页和惠企政策专栏，推动惠企政策精准推送、政策兑现直达直享。', '区审批服务管理局', '区发展和改革局、区工信商务局', '2024年', [89], None),
    ('', '推进图书馆、文化馆、档案馆等公共场馆数字化服务，移动入口接入“我的宁夏”政务APP。', '区文化旅游体育广电局', '区档案馆', '2024年', [90], None),
    ('（十三）生态环境保护能力', '完善生态环境数据交换，强化大气、水、土壤等数据资源综合利用和污染源在线监控。', '区生态环境分局', '区自然资源局、区水务局', '2024年', [94, 95], None),
    ('', '深化“互联网+城乡供水”建设，推广“互联网+高效节水农业”，推进红寺堡扬水灌区数字化管理。', '区水务局', '区农业农村局', '2025年', [96], None),
    ('', '应用宁夏自然资源三维立体“一张图”和国土空间基础信息平台，推进“智慧林草”云平台在我区应用。', '区自然资源局', '区林业和草原局', '2024年', [97, 98], None),
    ('', '配合完善用水权、土地权、排污权、山林权市场交易平台功能，推进资源要素市场化改革。', '区水务局', '区自然资源局、区生态环境分局、区林草局', '2025年', [100], None),
    ('', '推动绿色低碳转型，配合开展碳排放监测核算，推进水、气、土、废污染防治攻坚。', '区生态环境分局', '区发展和改革局', '2025年', [101, 102], None),
    ('（十四）政务运行能力', '全面应用全区统一的协同办公平台和“宁政通”，推进公文流转、会议培训、督查考核等机关公务线上办理，覆盖区、乡、村三级。', '区政府办公室', '区委办公室、各乡镇人民政府', '2024年', [104, 105], None),
    ('', '推广应用全区统一的填表报数系统，压减基层填表报数工作量。', '区政府办公室', '区统计局、各乡镇人民政府', '2025年', [106], None),
    ('', '整合非涉密视频会议系统资源，形成区、乡两级统筹应用的视频会议平台。', '区机关事务服务中心', '区政府办公室', '2025年', [107], None),
    ('', '整合机关事务管理信息系统，推进公共房产、公务用车、公共机构节能等核心管理应用。', '区机关事务服务中心', '区财政局', '2025年', [111], None),
    ('', '推进公共资源交易全流程数字化管理和监督，做到留痕可溯、规范透明。', '区财政局', '区审计局', '2024年', [108], None),
    ('（十五）政务公开能力', '构建政务新媒体矩阵，以网上发布为主统筹政府网站和政务新媒体，开发多样化政策解读产品。', '区政府办公室', '区融媒体中心、区委宣传部', '2024年', [112, 114], None),
    ('', '建设我区政策文件库，实现政策“一库通查”，完善政务公开保密审查制度。', '区政府办公室', '区司法局', '2024年', [113], None),
    ('', '以12345热线为枢纽，连通政府网站、“我的宁夏”政务APP、信访平台等政民互动渠道，及时回应群众诉求。', '区审批服务管理局', '区信访局', '2024年', [115], None),
    ('（十六）加强党的领导', '将数字政府建设纳入“一把手工程”，建立主要领导负责制，制定年度工作要点并组织实施。', '区政府办公室', '区直各部门（单位）、各乡镇人民政府', '2023年完成并长期坚持', [116], 'COPY2023'),
    ('', '制定年度重点任务考核指标，考核结果作为领导班子和有关领导干部综合考核评价的重要参考。', '区委组织部', '区委办公室、区政府办公室', '长期坚持', [121, 123], None),
]

TAIL = [
    '三、保障措施',
    '（一）加强组织领导。区数字政府建设领导小组统筹推进全区数字政府建设，领导小组办公室设在区政府办公室，负责日常协调、督促和考核。各乡镇、区直各部门（单位）主要负责同志是本单位数字政府建设第一责任人。',
    '（二）强化安全管理。各乡镇、区直各部门（单位）明确本单位数字政府建设安全和保密工作的主体责任、监督责任，建立安全评估、责任落实和重大事件处置机制，完善企业参与政务信息化建设和运营的规范制度。',
    '（三）加大资金保障。区财政局根据财政支出责任，将数字政府建设经费纳入年度预算，建立政务平台常态化运行与年度运维资金挂钩的评估机制；区发展和改革局会同区财政局完善政务信息化建设管理会商机制，未经统筹论证的项目一律不予安排建设及运维经费。',
    '（四）提升数字素养。依托宁夏干部教育培训网络学院和区委党校，把提高领导干部数字治理能力作为干部教育培训重要内容，每年组织全区干部数字化能力培训不少于2次。',
    '（五）强化考核督导。将数字政府建设纳入区效能目标管理考核，定期开展督促检查和经验交流，推广典型应用，鼓励基层创新，建立容错和奖惩机制。',
    '（六）做好信息报送。各牵头单位于每季度末月25日前将任务推进情况报送区数字政府建设领导小组办公室，2024年12月15日前报送全年工作总结；领导小组办公室于2025年1月10日前汇总形成年度情况报告，报区人民政府并抄送市大数据管理服务局。',
    '（七）强化人才支撑。积极引进数字化专业人才，推动区直部门与乡镇之间数字化人才交流，探索“外聘专家+本地专员”协作模式，为数字政府建设提供人才保障。',
    '（八）加强宣传引导。区融媒体中心充分利用“两微一端”等渠道，宣传数字政府建设政策措施和进展成效，营造全区上下关注、参与数字政府建设的浓厚氛围。',
    '附件：红寺堡区数字政府建设体系框架（略）',
]


def main():
    lines = [h.replace('{N}', str(len(ROWS))) for h in HEAD]
    first_row_line = len(lines) + 1
    row_line = {}
    for i, (g, m, lead, coop, dl, tasks, tag) in enumerate(ROWS, 1):
        lines.append('\t'.join([str(i), g, m, lead, coop, dl]))
        row_line[i] = len(lines)
    lines += TAIL
    text = '\n'.join(lines) + '\n'
    with open(os.path.join(HERE, 'draft.txt'), 'w', encoding='utf-8') as f:
        f.write(text)

    def L(s, occurrence=1):
        """1-based line of the n-th line containing s"""
        hits = [i for i, l in enumerate(lines, 1) if s in l]
        assert len(hits) >= occurrence, s
        return hits[occurrence - 1]

    expect, mnf, covers = [], [], []
    tagged = {}
    for i, r in enumerate(ROWS, 1):
        if r[6]:
            tagged.setdefault(r[6], []).append(i)

    # ---------- planted slips ----------
    expect.append({'rule': 'basis-mismatch', 'line': L('关于加快推进数字政府建设的实施意见'),
                   'text': '关于加快推进数字政府建设的实施意见',
                   'why': '宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it under the title 关于加快推进数字政府建设的实施意见'})
    r = tagged['UNIT'][0]
    expect.append({'rule': 'unknown-unit', 'line': row_line[r], 'text': '区经信局',
                   'why': 'lead of row %d; not in units.txt (the bureau is 区工业信息化和商务局 = 区工信商务局; 区经信局 is an old or colloquial name the registry does not list)' % r})
    r = tagged['INVALID'][0]
    expect.append({'rule': 'deadline-invalid', 'line': row_line[r], 'text': '21月',
                   'why': 'row %d: 2024年21月底前 is an impossible month (12月 with the digits swapped); task 41 is due 2024年' % r})
    r = tagged['GARBLED'][0]
    expect.append({'rule': 'garbled-text', 'line': row_line[r], 'text': '鏀垮姟鏁版嵁',
                   'why': 'row %d: 政务数据融合应用 as UTF-8 bytes read as GBK (鏀垮姟鏁版嵁铻嶅悎搴旂敤)' % r})
    r = tagged['LATE'][0]
    expect.append({'rule': 'deadline-later-than-baseline', 'line': row_line[r], 'text': '2025年6月底前',
                   'why': 'row %d takes up task 71 (全主体、全品种、全链条数字化追溯监管, 各市、县（区）配合), whose 完成时限 is 2024年; 2025年6月底前 is later' % r})
    expect.append({'rule': 'task-uncovered', 'line': 0, 'task': 93,
                   'why': 'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责, 2024年) is deliberately left out; no row or sentence takes it up'})

    # ---------- near misses: deadlines in rows ----------
    for i, (g, m, lead, coop, dl, tasks, tag) in enumerate(ROWS, 1):
        ln = row_line[i]
        if tag == 'INVALID':
            mnf.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': '2024年21月底前',
                        'why': 'the year 2024 equals task 41 (2024年); the month is a typo for 12月, reported as deadline-invalid, not as a late deadline'})
            continue
        if tag == 'LATE':
            continue
        if not tasks:
            why = {'WZ': 'work from the 吴忠 plan (推动“六优”产业智慧升级, “宁优汇”); no regional task carries a deadline for it; 2024年 is within the plan year',
                   'BODY': 'no regional task row carries this item (it comes from the 实施意见 body / 吴忠 plan text, undated); %s is not later than the 2025 goal' % dl}[tag]
            mnf.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': dl, 'why': 'row %d: ' % i + why})
            continue
        reg = '; '.join('task %d 完成时限 %s' % (t, REG[t]) for t in tasks)
        if tag == 'COPY2023':
            mnf.append({'rule': 'deadline-invalid', 'line': ln, 'text': dl,
                        'why': 'row %d copies the regional deadline verbatim (%s): a copied regional milestone that lies before the plan year plus an ongoing duty, not an impossible date' % (i, reg)})
            mnf.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': dl,
                        'why': 'row %d: identical to the regional deadline (%s)' % (i, reg)})
            continue
        # classify
        yrs = [int(y) for y in re.findall(r'(20\d\d)年', dl)]
        last = max(yrs) if yrs else None
        regyrs = [max(int(y) for y in re.findall(r'(20\d\d)年', REG[t])) if re.findall(r'(20\d\d)年', REG[t]) else None for t in tasks]
        if tasks == [121, 123]:
            kind = 'ongoing, as task 121 (长期坚持); task 123 was 2023年完成，长期坚持, the 2023 step is done and the ongoing duty is the same'
        else:
            ref = min(y for y in regyrs if y)
            if last < ref:
                kind = 'earlier than the regional deadline'
            elif last == ref:
                kind = 'equal to the regional deadline (same completing year)'
            else:
                raise SystemExit('row %d later than baseline but not planted' % i)
        mnf.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': dl,
                    'why': 'row %d: %s; %s' % (i, kind, reg)})

    # ---------- near misses: goals, dates, basis, units ----------
    mnf += [
        {'rule': 'deadline-later-than-baseline', 'line': L('到2024年底，区级政务信息系统'), 'text': '到2024年底',
         'why': 'local goal within the plan year; its items (上云 task 46, 外网到村 task 48, 宁政通 task 105) are all due 2024年 regionally; no 2023 goal of the region or 吴忠 is restated here'},
        {'rule': 'deadline-later-than-baseline', 'line': L('到2025年，全区数字政府建设对接'), 'text': '到2025年',
         'why': 'same year as the region’s 到2025年 “34567”体系框架全面成型 and 吴忠’s 到2025年 “1347”体系全面成型'},
        {'rule': 'deadline-later-than-baseline', 'line': L('到2035年'), 'text': '到2035年',
         'why': 'same as the 2035 goal of the region and of 吴忠'},
        {'rule': 'deadline-invalid', 'line': L('（二）工作基础。2023年'), 'text': '2023年11月',
         'why': 'past dates in the background (2023年 领导小组, 2023年11月 清查): history, not deadlines'},
        {'rule': 'deadline-later-than-baseline', 'line': L('（五）任务安排'), 'text': '2024年—2025年',
         'why': 'the period the task list spans, matching the region’s 2023年—2025年 list; not a deadline'},
        {'rule': 'deadline-later-than-baseline', 'line': L('（六）做好信息报送'), 'text': '2025年1月10日前',
         'why': 'the office’s own reporting schedule (季度末月25日前, 2024年12月15日前, 2025年1月10日前), not a task deadline'},
        {'rule': 'deadline-invalid', 'line': L('2024年3月12日'), 'text': '2024年3月12日',
         'why': 'issue date of the notice'},
        {'rule': 'basis-mismatch', 'line': L('（国发〔2022〕14号）'), 'text': '国发〔2022〕14号',
         'why': 'correct title and 文号 of the national 指导意见'},
        {'rule': 'basis-mismatch', 'line': L('（宁政办发〔2023〕11号）'), 'text': '宁政办发〔2023〕11号',
         'why': '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan; a real, current basis document'},
        {'rule': 'basis-mismatch', 'line': L('吴忠市人民政府《关于加强数字政府建设的实施方案》'), 'text': '吴忠市人民政府《关于加强数字政府建设的实施方案》',
         'why': 'the city plan cited by its exact title without 文号 (it has none in the text)'},
        {'rule': 'basis-mismatch', 'line': L('宁政办发〔2020〕14号'), 'text': '宁政办发〔2020〕14号',
         'why': 'retrospective mention of the 2020 工作要点 in the background (自贯彻落实…以来), correct title and 文号, not cited as a basis'},
        {'rule': 'basis-mismatch', 'line': L('红政办发〔2024〕9号'), 'text': '红政办发〔2024〕9号',
         'why': 'the notice’s own 文号'},
        {'rule': 'unknown-unit', 'line': L('区教育局、卫生健康局'), 'text': '卫生健康局',
         'why': 'prefix 区 distributes: 区卫生健康局, 区人力资源社会保障局 (alias of 区人力资源和社会保障局), 区民政局 are all in units.txt'},
        {'rule': 'unknown-unit', 'line': L('区工信商务局'), 'text': '区工信商务局', 'why': 'short name of 区工业信息化和商务局 in units.txt'},
        {'rule': 'unknown-unit', 'line': L('区公安分局'), 'text': '区公安分局', 'why': 'short name of 吴忠市公安局红寺堡区分局 in units.txt'},
        {'rule': 'unknown-unit', 'line': L('区供销社'), 'text': '区供销社', 'why': 'short name of 区供销合作社 in units.txt'},
        {'rule': 'unknown-unit', 'line': L('各村（社区）'), 'text': '各村（社区）', 'why': 'collective subject'},
        {'rule': 'unknown-unit', 'line': L('\t各乡镇人民政府\t'), 'text': '各乡镇人民政府', 'why': 'collective subject'},
        {'rule': 'unknown-unit', 'line': L('\t区公安分局、区直各部门（单位）\t'), 'text': '区直各部门（单位）', 'why': 'collective subject'},
        {'rule': 'unknown-unit', 'line': L('区直有关部门'), 'text': '区直有关部门', 'why': 'collective subject'},
        {'rule': 'unknown-unit', 'line': L('区生态环境分局'), 'text': '区生态环境分局', 'why': 'short name of 吴忠市生态环境局红寺堡分局 in units.txt'},
        {'rule': 'unknown-unit', 'line': L('区林草局'), 'text': '区林草局', 'why': 'short name of 区林业和草原局 in units.txt'},
        {'rule': 'unknown-unit', 'line': L('区人民法院'), 'text': '区人民法院', 'why': 'short name of 红寺堡区人民法院 in units.txt (区人民检察院 likewise)'},
        {'rule': 'unknown-unit', 'line': L('（六）做好信息报送'), 'text': '市大数据管理服务局',
         'why': 'the city bureau, listed in units.txt under 上级业务主管部门; it receives a copy, it leads no local task'},
        {'rule': 'garbled-text', 'line': L('“1244+N”'), 'text': '“1244+N”',
         'why': 'real document name with curly quotes and digits, not mojibake'},
    ]

    # ---------- covers ----------
    seen = set()
    for i, r in enumerate(ROWS, 1):
        if r[6] == 'GARBLED':
            continue
        for t in r[5]:
            if t not in seen:
                covers.append({'task': t, 'line': row_line[i]})
                seen.add(t)
    for t, s in [(14, '（二）强化安全管理'), (15, '（二）强化安全管理'), (24, '（三）加大资金保障'), (25, '（三）加大资金保障'),
                 (118, '（四）提升数字素养'), (122, '（五）强化考核督导'), (124, '（五）强化考核督导')]:
        if t not in seen:
            covers.append({'task': t, 'line': L(s)})
            seen.add(t)
    covers.sort(key=lambda c: c['task'])

    key = {
        'writer': 'blind writer, round 775; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
        'written': '2026-12-07',
        'draft': 'draft.txt',
        'baseline': 'ningxia-2023',
        'build': None,
        'parents': ['wuzhong'],
        'units': 'units.txt',
        'planYear': 2024,
        'expect': expect,
        'mustNotFlag': mnf,
        'covers': covers,
        'notes': ('红寺堡区 2024 implementation plan that is mostly a task table (%d rows, lines %d-%d; 序号/重点任务/具体措施/牵头单位/配合单位/完成时限; '
                  'the 重点任务 cell is filled only on the first row of each group, as a merged cell). The table notes that the first-listed lead is the main lead. '
                  '“全区” in this county document means 红寺堡区. Task 42 is taken up by the garbled row %d only, so it is not listed in covers. '
                  'Rows copying 2023 regional milestones with 长期坚持 (rows %s) are treated as near misses, as KEY-FORMAT suggests. '
                  'Tasks with a bare 2023年 deadline (14, 15, 24, 25, 118 …) are taken up only in undated 保障措施 sentences.') % (
                      len(ROWS), first_row_line, row_line[len(ROWS)], tagged['GARBLED'][0], ', '.join(map(str, tagged['COPY2023']))),
    }
    with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write('\n')

    # ---------- checks ----------
    text_lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')[:-1]
    assert text_lines == lines
    for e in expect + mnf:
        if e['line'] and 'text' in e:
            assert e['text'] in text_lines[e['line'] - 1], e
    for c in covers:
        assert 1 <= c['line'] <= len(text_lines)
    # unit check
    reg = set()
    for l in open(os.path.join(HERE, 'units.txt'), encoding='utf-8'):
        l = l.strip()
        if not l or l.startswith('#'):
            continue
        for n in re.split(r'\s*[=,]\s*', l):
            reg.add(n)
    coll = {'各乡镇人民政府', '区直各部门（单位）', '区直有关部门', '各村（社区）'}
    bad = []
    for i, r in enumerate(ROWS, 1):
        for cell in (r[2], r[3]):
            for n in cell.split('、'):
                if n in coll:
                    continue
                if not n.startswith('区') and not n in reg:
                    n = '区' + n
                if n not in reg:
                    bad.append((i, n))
    print('unknown units:', bad)
    assert not any(n for _, n in bad if n != '区经信局')
    for w in ('适老化', '无障碍', '老年人'):
        assert w not in text, w
    print('lines', len(lines), 'rows', len(ROWS), 'expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))


main()
