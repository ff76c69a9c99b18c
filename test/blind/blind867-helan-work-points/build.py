# -*- coding: utf-8 -*-
# Builds draft.txt and key.json for blind case 867 (贺兰县 2024年数字政府建设工作要点).
# Line numbers in key.json are computed from the final line list, 1-based.
import json, re

SEED = '/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt'
T = {}
for line in open(SEED, encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if len(c) >= 4:
        m = re.match(r'\s*(\d+)\s*[\.．]', c[1])
        if m:
            T[int(m.group(1))] = re.sub(r'\s+', ' ', c[3].strip())

GARBLED = '现代乡村治理体系'.encode('utf-8').decode('gbk')

L = []      # (text, meta)
def add(text, **meta):
    L.append((text, meta))

n = [0]
def pt(body, units, dl, tasks, **meta):
    n[0] += 1
    add(f'{n[0]}.{body}（责任单位：{units}；完成时限：{dl}）', kind='point', dl=dl, tasks=tasks, units=units, **meta)

add('贺兰县人民政府办公室关于印发贺兰县2024年数字政府建设工作要点的通知', kind='title')
add('贺政办发〔2024〕11号', kind='docno')
add('各乡镇人民政府，县政府各部门、各直属机构，贺兰工业园区管委会：', kind='addressee')
add('《贺兰县2024年数字政府建设工作要点》已经县人民政府同意，现印发给你们，请结合实际认真抓好贯彻落实。')
add('贺兰县人民政府办公室')
add('2024年3月22日', kind='issued')
add('（此件公开发布）')
add('贺兰县2024年数字政府建设工作要点')
add('为深入贯彻党的二十大精神和党中央、国务院关于加强数字政府建设的重大决策部署，全面落实《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）和《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）部署要求，按照银川市数字政府建设工作安排，结合我县实际，制定本工作要点。', kind='basis')
add('2023年，我县数字政府建设取得积极进展，“我的宁夏”政务APP贺兰专区上线高频服务事项218项，县乡两级政务服务事项网上可办率达到98%，县级非涉密政务信息系统上云率达到86%。自《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）印发以来，我县政务服务“一张网”、电子政务外网和“雪亮工程”持续完善，为全面推进数字政府建设打下了良好基础。', kind='background')
add('一、总体要求')
add('坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和习近平总书记视察宁夏重要讲话指示批示精神，对标自治区数字政府建设“34567”体系框架，坚持改革引领、数据赋能、整体协同、安全可控，以数字政府建设助推数字贺兰发展，为建设现代化美丽新贺兰提供有力支撑。')
add('2024年，全县数字政府建设工作体系进一步健全，县乡村三级电子政务外网实现全覆盖，政务数据汇聚共享和开发利用水平明显提升，“一网通办”“一网统管”“一网协同”能力持续增强。到2025年，全县数字政府建设“34567”体系框架全面成型，政府数字化履职能力明显提升，力争进入全区县（区）第一方阵。', kind='goals')
add('本要点所列各项任务，责任单位中排在第一位的为牵头单位，其余为配合单位。', kind='leadnote')

add('二、健全工作体系，推动“五个一”“六级贯通”在我县落地见效', kind='pillar', pillar='五个一/六级贯通')
pt('参照自治区做法，健全县数字政府建设组织机构和工作体制机制，明确县数字政府建设领导小组办公室日常工作职责，形成上下协同、一体联动、齐抓共管的工作格局。', '县政府办公室，县委编办', '2024年4月底前', [64], cmp='earlier', note='matches task 64 (各地各部门参照自治区做法成立相应组织机构); not task 60, which is the region\'s own 领导小组 and is 自治区政府办公厅负责')
pt('厘清县、乡镇、村（社区）三级数字政府建设职责，县级重点依托上级平台完善本级特色应用，一体化推进县指挥调度中心建设，乡镇、村（社区）基于上级平台推广特色应用。', '县政府办公室，县大数据服务中心，各乡镇人民政府', '2024年9月底前', [64], cmp='earlier', cover=False, note='厘清层级职责 (实施意见 四(二)) has no row of its own in the task list; nearest row is task 64')

add('三、着眼“三个驱动”，以数字政府建设引领数字贺兰发展')
add('（一）驱动数字经济发展', pillar='数字经济')
pt('主动融入全国一体化算力网络国家枢纽节点宁夏枢纽建设，承接银川市数据中心和算力产业辐射，引进培育一批数据标注、数据服务企业。', '县发改局，县工信商务局', '2024年12月底前', [1], cmp='earlier')
pt('围绕“六新六特六优”产业，推动葡萄酒、奶产业、设施蔬菜等特色产业企业接入黄河云等产业云，汇聚企业生产销售数据，推进产业数字化进程。', '县工信商务局，县农业农村局', '2024年12月底前', [2], cmp='equal')
pt('加快贺兰工业园区“智慧园区”建设，提升园区公共服务、资源匹配、环境保护、应急安全等数字化场景服务水平，为入园企业提供全生命周期服务。', '贺兰工业园区管委会，县工信商务局、应急局', '2024年11月底前', [3], cmp='earlier')
pt('强化政企协同、部门协同、社会共治，创新以网管网等基于新技术手段的监管模式，加强对直播电商、网络交易等数字经济新业态的监管。', '县市场监管局，县委网信办，县公安局', '2024年12月底前', [5], cmp='earlier')
add('（二）引领数字社会建设', pillar='数字社会')
pt('推动数字技术与公共事业融合，深入推进教育、健康、就业、文化旅游、养老托育、水电气热等服务数字化，扩大优质公共资源服务覆盖面。', '县教育局、卫健局、人社局、文旅局、民政局，各乡镇人民政府', '2024年12月底前', [6], cmp='earlier')
pt('深化国家智慧教育平台应用，推动全县中小学数字校园建设全覆盖。', '县教育局', '2024年9月底前', [7], cmp='earlier')
pt('推进“互联网+医疗健康”，完善县域医共体信息平台，推动健康医疗数据互联互通和检查检验结果互认。', '县卫健局，县医保局', '2024年10月底前', [8], cmp='earlier')
pt('配合银川市推进城市运行“一网统管”，完善县城市运行管理服务平台，推动城市生命线等公共基础设施数字化改造。', '县住建局，县自然资源局、公安局', '2024年10月底前', [9], cmp='earlier')
pt('推进数字乡村建设，以数字化支撑' + GARBLED + '，加快补齐乡村信息基础设施短板，构建县级农业农村大数据平台。', '县农业农村局，县委网信办，各乡镇人民政府', '2024年12月底前', [10], cmp='earlier', plant='garbled')
add('（三）营造良好数字生态', pillar='数字生态')
pt('配合自治区培育数据要素市场，引导园区企业参与数据交易平台建设和数据产品挂牌交易，培育本地数据要素市场主体。', '县发改局，县公共资源交易中心，贺兰工业园区管委会', '2024年12月底前', [12], cmp='earlier')
pt('落实数据交易主体市场准入、公平竞争审查等制度，引导依法开展数据交易，规范数据交易行为。', '县市场监管局，县发展改革局', '2024年12月底前', [13], cmp='equal')
pt('健全网络综合治理体系，加强网络内容建设和网络生态治理，推动形成良好网络生态。', '县委网信办，县委宣传部、县公安局', '2024年12月底前', [], cmp='none', note='实施意见 二(三) body text (健全网络综合治理体系，推动形成良好网络生态); no task row, so nothing to be later than')

add('四、夯实“四个支撑”，筑牢数字政府建设根基')
add('（一）筑牢安全保障防线', pillar='安全保障')
pt('对照自治区数据安全防护能力评估指标体系，开展县级政务数据安全防护能力评估，确保数据安全管理工作可量化、可追溯、可评估。', '县委网信办，县公安局，县大数据服务中心', '2024年11月底前', [16], cmp='earlier')
pt('按照自治区政务信创云建设部署，推动县级非涉密政务信息系统向政务信创云适配迁移，强化安全可靠技术和产品应用。', '县大数据服务中心，县直各部门（单位）', '2024年12月底前', [19, 43], cmp='equal')
add('（二）完善制度规则体系', pillar='制度规则')
pt('完善县级行政权力事项清单，推动各类行政权力事项在全区行政许可管理信息系统网上运行、动态管理。', '县审批局，县司法局', '2024年6月底前', [21], cmp='earlier')
pt('强化审管协同，推进政务服务平台与“互联网+监管”系统打通融合，落实“审管联动”机制。', '县审批局，县市场监管局', '2024年12月底前', [22], cmp='earlier')
pt('梳理全县数字政府领域重大改革、重点项目、关键应用，纳入全区一体化数字资源管理系统，形成县级“一本账”。', '县政府办公室，县发改局，县直各部门（单位）', '2024年8月底前', [23], cmp='earlier', note='the 一本账 of 重大改革、重点项目、关键应用 is task 23, not task 30 (政务数据、算力“一本账”, 2023年)')
pt('清理与数字政府建设不相适应的行政规范性文件，及时将实践检验行之有效的做法上升为制度规范。', '县司法局，县政府办公室', '2024年10月底前', [26], cmp='earlier')
pt('围绕政务服务、基层治理等重点领域，确定2个以上县级数字政府试点项目，积极争取自治区试点示范。', '县政府办公室，县直各部门（单位）', '2024年11月底前', [28], cmp='earlier')
add('（三）激活数据资源体系', pillar='数据资源')
pt('推动县级人口、法人等基础数据和社会保障、医疗健康、生态环保等主题数据向全区一体化政务大数据体系汇聚。', '县大数据服务中心，县人社局、卫健局、公安局，银川市生态环境局贺兰分局', '2024年9月底前', [33, 34], cmp='earlier')
pt('推动县政务数据与县人大、政协、法院、检察院等信息系统互联互通、按需共享。', '县政府办公室，县大数据服务中心', '2024年12月底前', [38], cmp='equal')
pt('规范电子公文全流程管理，完善业务系统电子文件归档功能，推进电子公文档案数据共享利用。', '县档案馆，县委办公室、县政府办公室', '2024年12月底前', [40, 54], cmp='equal')
pt('编制县级公共数据开放目录及责任清单，依托全区统一的公共数据开放平台分类分级开放公共数据。', '县大数据服务中心，县直各部门（单位）', '2024年10月底前', [41], cmp='earlier')
pt('推进供水、供电、供气等公共数据与政务数据融合应用，促进数据流通共用。', '县大数据服务中心，县住建局、水务局，国网贺兰县供电公司', '2024年12月底前', [42], cmp='equal')
add('（四）强化平台支撑体系', pillar='平台支撑')
pt('探索建立县级政务云资源统一调度机制，推进县级政务信息系统有序迁移上云，纳入一体化政务云平台统一管理。', '县大数据服务中心，县直各部门（单位）', '2024年10月底前', [46], cmp='earlier')
pt('开展县级城域网升级改造，推进电子政务外网县、乡、村全覆盖，在安全可控的前提下按需向企事业单位拓展。', '县大数据服务中心，各乡镇人民政府', '2025年底前', [48], cmp='later', plant='late')
pt('有序推进非涉密业务专网向电子政务外网整合迁移或安全互联，原则上不再新建业务专网。', '县大数据服务中心，县直有关部门', '2024年12月底前', [50], cmp='equal')
pt('依托自治区统一的视频共享平台，整合全县公共安全、交通、城管等视频资源，纳入全区“视频一张网”。', '县委政法委，县公安局、交通运输局', '2024年9月底前', [49], cmp='earlier')
pt('深化电子证照应用，推动个人和企业证照在就医、上学、招投标等社会化高频场景应用。', '县审批局，县公安局、民政局、市场监管局', '2024年12月底前', [52], cmp='earlier')
pt('推广电子印章、电子签名在涉企服务领域应用，建立电子证明、电子合同验章验签服务机制。', '县审批局，县市场监管局', '2024年10月底前', [53], cmp='earlier')
pt('推广使用宁夏统一公共支付平台及电子票据系统，推进财政电子票据一站式查验，扩大非税收入收缴电子化覆盖面。', '县财政局，贺兰县税务局', '2024年6月31日前', [55, 56], cmp='earlier', plant='invalid')
pt('推动县级社会信用信息归集共享，依托宁夏信用信息公共服务平台提供信用查询、信用风险预警等服务。', '县发改局，县市场监管局', '2024年11月底前', [57], cmp='earlier')
pt('依托全区统一的“底板底图”，推进县级地理信息资源共建共享，增强专题应用服务。', '县自然资源局，县住建局', '2024年12月底前', [58], cmp='equal')

add('五、强化“七个能力”，全面提升政府数字化履职水平')
add('（一）提升经济调节能力', pillar='经济调节')
pt('汇聚人口、就业、产业、投资、消费、财税等领域关键数据，强化县级经济数据治理和分析应用。', '县发改局，县统计局、财政局', '2024年9月底前', [65], cmp='earlier')
pt('对接使用宁夏经济运行大数据平台，开展重点企业“360画像”和产业链图谱应用，强化经济监测预警。', '县工信商务局，县发改局、统计局', '2024年12月底前', [66], cmp='earlier')
add('（二）提升市场监管能力', pillar='市场监管')
pt('运用多源数据为市场主体精准“画像”，强化风险研判和预测预警。', '县市场监管局', '2024年9月底前', [69], cmp='earlier')
pt('运用企业信用风险分类管理系统，实施“双随机、一公开”差异化监管，强化涉企信用信息归集共享。', '县市场监管局，县直有关部门', '2024年10月底前', [70], cmp='earlier')
pt('对食品药品、特种设备、农副产品等重点领域实行全主体、全品种、全链条数字化追溯监管。', '县市场监管局，县农业农村局、卫健局', '2024年12月底前', [71], cmp='equal')
pt('推进消费维权“一件事”改革，履行监管数据治理责任，推动跨部门、跨层级协同监管。', '县市场监管局，县直有关部门', '2024年9月底前', [73], cmp='earlier')
pt('加强“屏、端、仪”等监管设施配备，在生态环保、工程建设、耕地保护等领域推行远程监管、移动监管、预警监管。', '县市场监管局，银川市生态环境局贺兰分局，县住建局、自然资源局', '2024年12月底前', [74], cmp='equal')
add('（三）提升社会管理能力', pillar='社会管理')
pt('完善行政复议、信访、调解、法律援助等线上“一站式”受理渠道，推动矛盾纠纷在线统一归集、分类转办、督办考核。', '县委政法委，县司法局、信访局，县公安局', '2024年10月底前', [77], cmp='earlier')
pt('推进县公安信息化系统整合优化，对接自治区公安大数据中心，推动警务模式和警务机制转型升级。', '县公安局', '2024年12月底前', [78], cmp='equal')
pt('持续推进“雪亮工程”向乡村延伸，探索推广“智安小区”“智安单位”应用。', '县委政法委，县公安局，各乡镇人民政府', '2024年12月底前', [79], cmp='equal')
pt('推进“智慧应急”建设，完善自然灾害监测预警、危化品双重预防等信息化基础，提升应急指挥调度能力。', '县应急管理局，县消防救援大队，贺兰县气象局', '2024年11月底前', [80], cmp='earlier')
pt('实施“互联网+基层治理”行动，依托宁夏社会治理基层综合指挥平台，健全“网格上报+网上分流+部门响应”机制。', '县委政法委，各乡镇人民政府，各村（社区）', '2024年12月底前', [83], cmp='earlier')
add('（四）提升公共服务能力', pillar='公共服务')
pt('依托全区一体化政务服务平台，扩能升级“互联网+政务服务”，推动更多事项“网上办、掌上办、就近办、一次办”。', '县审批局，县直各部门（单位）', '2024年6月底前', [84], cmp='earlier')
pt('迭代完善“我的宁夏”政务APP贺兰专区，推动县级政务服务、公共服务应用“应上尽上”。', '县审批局，县直各部门（单位）', '2024年9月底前', [86], cmp='earlier')
pt('推进“证照分离”改革和电子营业执照推广应用，探索“一业一证”“一业一照一码”等照后减证新途径。', '县市场监管局，县审批局', '2024年12月底前', [88], cmp='equal')
pt('建设完善企业专属网页和惠企政策专栏，实现涉企服务一网通办、惠企政策精准推送、政策兑现直达直享。', '县政务服务管理局，县工信商务局、发改局', '2024年10月底前', [89], cmp='earlier', plant='unknown')
pt('推进图书馆、文化馆、档案馆等公共场馆数字化转型，移动入口接入“我的宁夏”政务APP。', '县文旅局，县档案馆', '2024年12月底前', [90], cmp='equal')
pt('配合银川市依托“我的宁夏”政务APP探索“多卡合一”“多码合一”，推动社保卡、医保码等在就医、办事场景融合应用。', '县人社局，县医保局、卫健局', '2024年12月底前', [92], cmp='earlier')
pt('完成政务服务平台、政务移动端和政务服务场所适老化与信息无障碍改造，切实满足老年人、残疾人等特殊群体办事需求。', '县审批局，县直各部门（单位），各乡镇人民政府', '2024年10月底前', [93], cmp='earlier')
add('（五）提升生态环境保护能力', pillar='生态环境保护')
pt('依托自治区生态环境数据资源中心，完善县级生态环境监测数据交换共享，提升生态环境精准治理能力。', '银川市生态环境局贺兰分局', '2024年12月底前', [94], cmp='equal')
pt('深化“互联网+城乡供水”建设，推进数字孪生灌区和县域水联网建设。', '县水务局', '2024年11月底前', [96], cmp='earlier')
pt('应用宁夏自然资源三维立体“一张图”和国土空间基础信息平台，推进国土空间规划实施数字化监管，配合建设“智慧林草”平台。', '县自然资源局', '2024年12月底前', [97, 98], cmp='equal')
pt('依托用水权、土地权、排污权交易平台，推进资源要素市场化交易。', '县公共资源交易中心，县水务局、自然资源局，银川市生态环境局贺兰分局', '2024年12月底前', [100], cmp='earlier')
pt('配合开展碳排放智能监测和动态核算，推动重点用能单位能耗在线监测。', '县发改局，县工信商务局、统计局', '2024年12月底前', [101], cmp='earlier')
pt('推进水、气、土、废污染防治数字化管控，推动形成绿色低碳发展新格局。', '银川市生态环境局贺兰分局，县发改局', '2024年12月底前', [102], cmp='earlier')
add('（六）提升政务运行能力', pillar='政务运行')
pt('建设县级领导决策“驾驶舱”，汇聚整合多源数据，推动运行情况一屏统览、效能指标综合研判。', '县政府办公室，县大数据服务中心', '2024年12月底前', [103], cmp='equal')
pt('全面应用全区统一的协同办公平台，推动公文流转、信息报送、会议培训等机关公务数字化。', '县政府办公室，县委办公室', '2024年6月底前', [104], cmp='earlier')
pt('推广“宁政通”移动办公“总门户”，推动各部门办公、执法类移动应用接入。', '县政府办公室，县直各部门（单位）、各乡镇人民政府', '2024年8月底前', [105], cmp='earlier')
pt('依托“宁政通”推广全区统一的填表报数系统，压减基层干部填表报数工作量。', '县政府办公室，县统计局，各乡镇人民政府', '2024年12月底前', [106], cmp='earlier')
pt('整合各部门非涉密视频会议系统资源，形成全县统筹应用的视频会议平台。', '县机关事务服务中心，县政府办公室', '2024年9月底前', [107], cmp='earlier')
pt('推进公共资源交易全流程数字化管理和监督，实现留痕可溯、监督预警。', '县公共资源交易中心，县财政局', '2024年12月底前', [108], cmp='equal')
pt('优化“互联网+督查”工作机制，提升政府督查效能，保障政令畅通。', '县政府督查室', '2024年12月底前', [109], cmp='equal')
pt('推广应用预算管理一体化系统，加强与预算单位内控系统的数据衔接和业务协同。', '县财政局', '2024年12月底前', [110], cmp='equal')
pt('推广应用全区机关事务管理统一门户，分级采集党政机关办公用房信息数据。', '县机关事务服务中心', '2024年12月底前', [111], cmp='earlier')

add('六、强化保障措施')
add('（一）加强组织领导。各乡镇、各部门要将数字政府建设纳入“一把手工程”，建立主要领导负责制，主要负责同志亲自研究部署、协调推进。县数字政府建设领导小组办公室要加强统筹调度，及时研究解决工作推进中的重大问题。', kind='support', pillar='组织领导')
add('（二）强化资金保障。统筹利用现有资金渠道，将数字政府建设经费纳入年度预算，建立政务平台常态化运行与年度运维资金挂钩的评估机制，强化项目绩效评估，凡不符合全区数字政府建设统一要求的项目一律不予安排资金。', kind='support', pillar='财政投入')
add('（三）提升数字素养。将数字政府建设纳入县委党校干部教育培训内容，组织开展干部数字化能力专题培训；加大数字化专业人才引进力度，探索建立“科室+数据专员”机制，营造良好的政府数字化转型氛围。', kind='support', pillar='数字素养')
add('（四）严格督导考核。将数字政府建设纳入县效能目标管理考核，定期开展督促检查和经验交流，推广典型应用，建立容错和奖惩机制。各责任单位于每季度末月20日前将工作进展情况报县数字政府建设领导小组办公室，2024年12月15日前报送年度工作总结；领导小组办公室汇总后于2025年1月10日前报银川市数字政府建设主管部门。', kind='report', pillar='考核评价')

lines = [t for t, _ in L]
with open('draft.txt', 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')

def ln(pred):
    r = [i + 1 for i, (t, m) in enumerate(L) if pred(t, m)]
    assert len(r) == 1, r
    return r[0]
def ln_has(s):
    return ln(lambda t, m: s in t)

def tdl(k):
    return f'task {k} 完成时限 “{T[k]}”'

expect = []
mnf = []
covers = []

# ---- planted ----
expect.append({'rule': 'basis-mismatch', 'line': ln_has('宁政办发〔2023〕17号'), 'text': '宁政办发〔2023〕17号',
               'why': 'the 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; 宁政办发〔2023〕17号 is a wrong 文号 for that title (planted slip: 办 inserted)'})
expect.append({'rule': 'garbled-text', 'line': ln_has(GARBLED), 'text': GARBLED[:6],
               'why': f'UTF-8 bytes read as GBK: “{GARBLED}” is 现代乡村治理体系 (re-encode as GBK, decode as UTF-8)'})
for i, (t, m) in enumerate(L):
    if m.get('plant') == 'late':
        expect.append({'rule': 'deadline-later-than-baseline', 'line': i + 1, 'text': '2025年底',
                       'why': f'城域网升级改造、电子政务外网县乡村全覆盖 is {tdl(48)} (task 47, 外网升级改造, is also 2024年); the draft says 2025年底前, a year later; the draft\'s own 2024 goal (line {ln_has("县乡村三级电子政务外网实现全覆盖")}) also says 2024'})
    if m.get('plant') == 'invalid':
        expect.append({'rule': 'deadline-invalid', 'line': i + 1, 'text': '6月31日',
                       'why': 'June has 30 days: 2024年6月31日 is an impossible date (the month itself is within the regional ' + tdl(55) + ', so it is not late)'})
    if m.get('plant') == 'unknown':
        expect.append({'rule': 'unknown-unit', 'line': i + 1, 'text': '县政务服务管理局',
                       'why': '贺兰县 has no 政务服务管理局; its body is 县审批服务管理局 (县审批局) in units.txt — a name copied from another county\'s document'})
expect.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '政务公开',
               'why': 'part 五 announces “七个能力” but has only six sub-parts; nothing on 政务公开 (信息公开平台, 政策文件库/一库通查, 政务新媒体, 政民互动) anywhere in the draft'})
expect.append({'rule': 'task-uncovered', 'line': 0, 'task': 112, 'why': 'consequence of the missing 政务公开 part: task 112 (各市、县（区）分别负责, 2024年) is not taken up'})
expect.append({'rule': 'task-uncovered', 'line': 0, 'task': 114, 'why': 'consequence of the missing 政务公开 part: task 114 (政务新媒体矩阵, 各市、县（区）分别负责, 2024年) is not taken up'})

# ---- near misses: deadlines ----
for i, (t, m) in enumerate(L):
    if m.get('kind') != 'point' or m.get('plant') == 'late':
        continue
    tasks = m['tasks']
    dl = m['dl'] if m.get('plant') != 'invalid' else None
    if dl is None:
        continue
    if tasks:
        reg = '; '.join(tdl(k) for k in tasks)
        word = {'earlier': 'earlier than', 'equal': 'equal to (within the same year as)'}[m['cmp']]
        why = f'{dl} is {word} the regional deadline: {reg}'
        if m['cmp'] == 'earlier' and dl.startswith('2024'):
            why += ' (a date within 2024 earlier than the region\'s)'
    else:
        why = f'{dl}; ' + m.get('note', '')
    if m.get('note') and tasks:
        why += '; ' + m['note']
    mnf.append({'rule': 'deadline-later-than-baseline', 'line': i + 1, 'text': dl, 'why': why})
    if m.get('cover', True):
        for k in tasks:
            covers.append({'task': k, 'line': i + 1})

g = ln(lambda t, m: m.get('kind') == 'goals')
mnf.append({'rule': 'deadline-later-than-baseline', 'line': g, 'text': '到2025年', 'why': '主要目标: “到2025年…“34567”体系框架全面成型” equals the regional goal “到2025年，全区各级数字政府建设“34567”体系框架全面成型”'})
mnf.append({'rule': 'deadline-later-than-baseline', 'line': g, 'text': '2024年', 'why': '2024 goal 县乡村三级电子政务外网全覆盖 equals ' + tdl(48) + '; the other 2024 goals (工作体系进一步健全, 数据共享利用水平明显提升, 一网通办/统管/协同能力持续增强) are further steps, not restatements of the region\'s 到2023年底 goals'})
mnf.append({'rule': 'deadline-invalid', 'line': g, 'text': '2024年', 'why': 'the plan year itself, not before it'})
b = ln(lambda t, m: m.get('kind') == 'background')
mnf.append({'rule': 'deadline-invalid', 'line': b, 'text': '2023年', 'why': 'past date in the background (last year\'s results), not a deadline'})
mnf.append({'rule': 'basis-mismatch', 'line': b, 'text': '宁政办发〔2020〕14号', 'why': 'retrospective mention of the 2020 工作要点 with its correct title and 文号; it is not cited as a basis'})
mnf.append({'rule': 'deadline-invalid', 'line': b, 'text': '2020', 'why': 'year in the title of an old document mentioned in the background'})
bs = ln(lambda t, m: m.get('kind') == 'basis')
mnf.append({'rule': 'basis-mismatch', 'line': bs, 'text': '国发〔2022〕14号', 'why': 'correct title and 文号 of the national 指导意见'})
mnf.append({'rule': 'basis-mismatch', 'line': bs, 'text': '宁政办发〔2023〕11号', 'why': '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited with the same title and 文号 in the 吴忠 plan seed; a companion document, not the 实施意见'})
mnf.append({'rule': 'basis-mismatch', 'line': ln(lambda t, m: m.get('kind') == 'docno'), 'text': '贺政办发〔2024〕11号', 'why': 'the document\'s own 文号, not a citation'})
mnf.append({'rule': 'deadline-invalid', 'line': ln(lambda t, m: m.get('kind') == 'issued'), 'text': '2024年3月22日', 'why': 'issue date of the document'})
r = ln(lambda t, m: m.get('kind') == 'report')
mnf.append({'rule': 'deadline-later-than-baseline', 'line': r, 'text': '2024年12月15日', 'why': 'the office\'s own reporting date (年度工作总结), not a task deadline; the sentence is about 考核/督促检查 (tasks 122, 124: 2023年…长期坚持), whose ongoing work is not delayed by it'})
mnf.append({'rule': 'deadline-later-than-baseline', 'line': r, 'text': '2025年1月10日', 'why': 'the office\'s own date for reporting the year\'s summary to 银川市, after the plan year by nature; not a task deadline'})
mnf.append({'rule': 'deadline-invalid', 'line': r, 'text': '每季度末月20日', 'why': 'recurring reporting date, valid'})

# ---- near misses: units ----
def U(s, why, pick=None):
    cands = [i + 1 for i, (t, m) in enumerate(L) if s in t and m.get('kind') == 'point']
    line = cands[0] if pick is None else pick
    mnf.append({'rule': 'unknown-unit', 'line': line, 'text': s, 'why': why})
U('县直各部门（单位）', 'collective subject')
U('各乡镇人民政府', 'collective subject')
U('县直有关部门', 'collective subject (county form of 市直有关部门)')
U('各村（社区）', 'collective subject')
U('县发改局', 'colloquial alias of 县发展和改革局 listed in units.txt')
U('县发展改革局', 'official short name of 县发展和改革局 listed in units.txt')
U('县审批局', 'short name of 县审批服务管理局 in units.txt')
U('县工信商务局', 'short name of 县工业信息化和商务局 in units.txt')
U('应急局', 'prefix 县 distributes: 县工信商务局、应急局 = 县应急局 (short name of 县应急管理局)')
U('卫健局、人社局、文旅局、民政局', 'prefix 县 distributes over the list: 县卫健局, 县人社局, 县文旅局, 县民政局, all in units.txt')
U('县司法局、信访局', 'prefix distributes: 县信访局')
U('县住建局、水务局', 'prefix distributes: 县水务局; 县住建局 is the short name of 县住房和城乡建设局')
U('县公安局、交通运输局', 'prefix distributes: 县交通运输局')
U('县公安局、民政局、市场监管局', 'prefix distributes: 县民政局, 县市场监管局')
U('贺兰工业园区管委会', 'short name of 贺兰工业园区管理委员会 in units.txt')
U('银川市生态环境局贺兰分局', 'the city bureau\'s county branch, listed in units.txt; a local body, not a regional one')
U('国网贺兰县供电公司', 'unit outside the government proper, listed in units.txt')
U('贺兰县税务局', 'vertically managed unit, listed in units.txt')
U('贺兰县气象局', 'unit outside the government proper, listed in units.txt')
U('县消防救援大队', 'listed in units.txt')
U('县政府督查室', 'listed in units.txt')
U('县公共资源交易中心', 'listed in units.txt')
U('县委网信办', 'listed in units.txt')
U('县人大、政协、法院、检察院', 'bodies named in the task text (whose systems are to be connected), not responsible units')
mnf.append({'rule': 'unknown-unit', 'line': ln(lambda t, m: m.get('kind') == 'leadnote'), 'text': '排在第一位的为牵头单位', 'why': 'the draft\'s own note: the first unit of each cell is its lead, so no 牵头 is written'})
mnf.append({'rule': 'unknown-unit', 'line': ln(lambda t, m: m.get('kind') == 'addressee'), 'text': '各乡镇人民政府', 'why': 'addressee line, collective subjects'})
mnf.append({'rule': 'unknown-unit', 'line': ln_has('（一）加强组织领导'), 'text': '县数字政府建设领导小组办公室', 'why': 'listed in units.txt; prose, not a responsibility field'})
mnf.append({'rule': 'unknown-unit', 'line': r, 'text': '银川市数字政府建设主管部门', 'why': 'generic description of the recipient of a report, not a responsible unit'})
mnf.append({'rule': 'unknown-unit', 'line': ln_has('按照自治区政务信创云建设部署'), 'text': '自治区', 'why': 'the region is mentioned as the source of a deployment/platform, not named as lead of the local task'})

# ---- near misses: framework ----
mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': f'covered by （二）强化资金保障 (line {ln_has("（二）强化资金保障")}): 现有资金渠道, 年度预算, 运维资金挂钩'})
mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': 'part 三（三） lines on 数据要素市场, 数据交易 and 网络生态'})
mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一/六级贯通', 'why': 'part 二: 组织机构 and 县、乡镇、村（社区）层级职责'})
mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '安全保障', 'why': 'part 四（一）: 数据安全防护能力评估, 政务信创云/安全可靠技术'})
mnf.append({'rule': 'garbled-text', 'line': ln_has('360画像'), 'text': '“360画像”', 'why': 'a term from task 66, not damage'})

# covers for the planted lines too (the task is taken up; only the date is wrong)
for i, (t, m) in enumerate(L):
    if m.get('plant') in ('late', 'invalid'):
        for k in m['tasks']:
            covers.append({'task': k, 'line': i + 1})
    if m.get('plant') == 'invalid':
        mnf.append({'rule': 'deadline-later-than-baseline', 'line': i + 1, 'text': '2024年6月',
                    'why': 'apart from the impossible day, June 2024 is earlier than ' + tdl(55) + ' and ' + tdl(56)})
covers.sort(key=lambda c: (c['line'], c['task']))
# extra covers from prose
covers.append({'task': 116, 'line': ln_has('（一）加强组织领导')})
covers.append({'task': 122, 'line': r})
covers.append({'task': 124, 'line': r})

key = {
    'writer': 'blind writer, round 867; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': (f'贺兰县 (银川市) 2024年数字政府建设工作要点: {n[0]} numbered points, each one physical line ending in an inline note '
              '（责任单位：…；完成时限：…）; the first unit of each note is the lead (draft line ' + str(ln(lambda t, m: m.get('kind') == 'leadnote')) + '). '
              'No parent plan is cited or supplied (the 银川 plan is not in the seeds); units come from units.txt. '
              'Every dated point was mapped to a regional task whose 完成时限 is 2024 or later, so dated points never sit against a 2023-only task; '
              'tasks whose regional deadline is 2023 appear only in undated prose (part 六). Part 五 says 七个能力 but omits 政务公开 (planted).'),
}
with open('key.json', 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(lines), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
