# -*- coding: utf-8 -*-
# Builds draft.txt and key.json for blind case 564 and checks every quote,
# regional deadline and line number against the seed task list.
import json, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = '/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt'

tasks = {}
for l in open(SEED, encoding='utf-8'):
    f = l.rstrip('\n').split('\t')
    if len(f) >= 4:
        m = re.match(r'\s*(\d+)\s*[.．]\s*', f[1])
        if m:
            tasks[int(m.group(1))] = (f[1][m.end():], f[2], f[3])
assert len(tasks) == 124

GARBLED = '骨干线路优化升级'.encode('utf-8').decode('gbk')

# (task, regional quote, regional lead as written, regional deadline as written,
#  county measure, county lead, county cooperating units, county deadline)
ROWS = [
 (2, '围绕“六新六特六优”，按需打造黄河云、闽宁云、红酒云等产业云，并与政务云互联互通，实现多云之间数据互补、业务协同。', '自治区工业和信息化厅', None,
  '围绕滩羊、黄花菜、小杂粮等特色产业，推动重点企业接入自治区产业云，开展生产、销售数据采集和分析，推进产业数字化。', '县工信商务局', '县农业农村局、盐池工业园区管委会', '2024年'),
 (3, '加快推进“智慧园区”建设，一体化提升园区公共服务、资源匹配、环境保护、应急安全、管理决策等数字化、智能化场景服务水平，为入园企业提供全生命周期服务保障，提升园区招商引资能力。', '自治区工业和信息化厅', None,
  '完善盐池工业园区智慧园区管理平台，接入园区企业安全生产、环保监测、能耗监测数据，为入园企业提供全生命周期服务。', '盐池工业园区管委会', '县工信商务局、县应急局、市生态环境局盐池分局', '2024年底前'),
 (5, '强化政企协同、部门协同、社会共治的监管和治理机制，创新以网管网、以算法对算法等基于新技术手段的监管模式，加强数字经济治理体系。', '自治区市场监管厅、公安厅，宁夏通信管理局等部门（单位）', None,
  '配合开展网络交易、平台经济监测，建立县市场监管、公安、网信部门数字经济治理协作机制。', '县市场监管局', '县公安局、县委网信办', '持续推进，2025年取得明显成效'),
 (6, '推动数字技术与传统公共事业融合，深入推进教育、健康、就业、文化旅游、体育、交通出行、养老托育、家政物业、水电气热等服务数字化，扩大优质公共资源服务覆盖面。', '各市、县（区）', None,
  '推进教育、医疗、就业、文旅、养老和水电气热等服务数字化，升级养老服务信息平台，推动优质公共资源向乡村延伸。', '县教体局、县卫健局、县人社局、县文旅广电局、县民政局', '国网盐池县供电公司、各乡镇人民政府', '持续推进，2025年取得明显成效'),
 (7, '深入推进国家智慧教育平台整省试点。', '自治区教育厅', None,
  '全面推广国家智慧教育平台和宁夏智慧教育平台应用，实现全县中小学数字校园全覆盖。', '县教体局', '各乡镇人民政府', '2024年底前'),
 (8, '依托国家智能社会治理实验基地（卫生特色）建设，夯实互联互通基础，探索创新“互联网+医疗健康”应用，推动健康医疗大数据应用。', '自治区卫生健康委', None,
  '建设县域医共体信息平台，推广电子健康卡、远程会诊和检查检验结果互认，推进“互联网+医保”结算。', '县卫健局', '县医保局', '2025年'),
 (10, '推进数字乡村建设，以数字化支撑现代乡村治理体系，补齐乡村信息基础设施短板，构建农业农村大数据体系，不断提高面向农业农村的综合信息服务水平。', '自治区农业农村厅', None,
  '推进数字乡村建设，建设滩羊产业大数据平台，推动行政村千兆光网和5G网络覆盖，提升涉农信息服务水平。', '县农业农村局', '县委网信办、中国电信盐池分公司、中国移动盐池分公司、各乡镇人民政府', '持续推进，2025年取得明显成效'),
 (11, '加快“数字供销”国家级示范区建设。', '自治区供销社', None,
  '依托“数字供销”平台，推动县域农产品电商、冷链物流和农资服务数字化，建设村级供销综合服务站点。', '县供销社', '县工信商务局、县农业农村局', '2025年'),
 (12, '加快培育数据要素市场，探索建设数据交易平台，引进和培育一批数据要素市场主体……推动形成数据产权交易机制。', '自治区发展改革委', None,
  '配合开展数据要素市场培育，梳理县域农业、文旅等领域可开发利用的公共数据，引导本地企业参与数据流通交易。', '县发改局', '县大数据中心、县公共资源交易中心', '2025年'),
 (14, '明确本地本行业数字政府建设安全和保密工作的主体责任、监督责任, 构建全方位、多层次、一体化安全防护体系。', '自治区各部门(单位)及各市、县(区)', None,
  '明确县直各部门、各乡镇数字政府建设安全和保密工作主体责任、监督责任，逐级签订网络安全责任书。', '县委网信办', '县公安局、县直各部门（单位）、各乡镇人民政府', '已完成，长期坚持'),
 (18, '建立健全动态监控、主动防御、协同响应的数字政府安全技术保障体系, 开展常态化安全防护和应急演练, 提升数字政府整体安全防护能力。', '自治区各部门(单位)及各市、县(区)', None,
  '接入自治区网络安全态势感知平台，每年组织开展不少于1次网络安全应急演练，提升县级政务网络安全防护能力。', '县委网信办', '县公安局、县大数据中心', '长期坚持'),
 (21, '完善全区行政许可管理信息系统, 推动各级各类行政权力事项网上运行、动态管理。', '自治区政府办公厅', None,
  '梳理县级行政许可事项清单，全部录入全区行政许可管理信息系统，实行网上运行、动态管理。', '县审批局', '县司法局、县直有关部门', '2024年6月底前'),
 (23, '建设全区一体化数字资源管理系统，建立全区数字政府领域重大改革、重点项目、关键应用等“一本账”统筹建设管理机制。', '自治区政府办公厅', None,
  '梳理全县政务信息系统、数字化项目和应用，形成县级数字资源“一本账”，录入全区一体化数字资源管理系统。', '县政府办', '县大数据中心、县直各部门（单位）', '2024年'),
 (28, '围绕数字政府建设重点领域、关键环节、共性需求等，每年确定试点领域、试点地区，鼓励各市、县（区）和自治区部门（单位）开展试点示范。', '自治区政府办公厅', None,
  '围绕“互联网+城乡供水”、滩羊产业数字化等优势领域，积极申报自治区数字政府试点示范，形成可复制推广的经验。', '县政府办', '县水务局、县农业农村局', '2025年'),
 (30, '摸清全区政务数据资源、算力资源底数，建立覆盖全区各层级的一体化政务数据资源目录，形成全区政务数据“一本账”、政务大数据算力“一本账”。', '自治区政府办公厅', None,
  '完成县级政务数据资源普查，编制县级政务数据资源目录，形成县级政务数据“一本账”并动态更新。', '县大数据中心', '县直各部门（单位）', '已于2023年完成，按季度更新'),
 (32, '明确本地本部门数据管理机构及其职责分工、人员，履行数据资源目录编制、数据归集、共享、开放、应用、安全、存储、归档等职责，形成推动数据循环利用的高效运行机制。', '自治区各部门（单位）及各市、县（区）', None,
  '明确县大数据服务中心为县级数据管理机构，县直各部门确定1名数据专员，建立“科室+数据专员”工作机制。', '县政府办', '县委编办、县大数据中心', '已完成，长期坚持'),
 (33, '基于自治区各部门（单位）已建成的行业数据资源库，建立完善全区统一的人口、法人、自然资源、经济、电子证照等基础数据资源库……', '自治区人力资源社会保障厅、市场监管厅、自然资源厅、发展改革委、政府办公厅', None,
  '按照自治区统一标准，归集县级人口、法人、自然资源、电子证照等数据，推动基础数据按需回流、及时更新。', '县大数据中心', '县公安局、县市场监管局、县自然资源局、县审批局', '2024年'),
 (40, '强化政府部门电子公文管理职责，规范电子公文全流程标准化管理，建立电子公文档案数据共享利用长效机制。', '自治区档案局', None,
  '规范县直部门电子公文全流程管理，推进电子公文归档与县数字档案馆系统对接，实现共享利用。', '县档案馆', '县委办、县政府办', '2024年9月底前'),
 (41, '完善数据开放标准规范，编制公共数据开放目录及相关责任清单，构建全区统一的公共数据开放平台，分类分级开放公共数据。', '自治区政府办公厅', None,
  '编制县级公共数据开放目录和责任清单，依托全区统一的公共数据开放平台分类分级开放公共数据。', '县大数据中心', '县直各部门（单位）', '2023年12月底前'),
 (46, '探索建立政务云资源统一调度机制，推进政务信息系统有序迁移，加强一体化政务云平台资源管理和调度。', '自治区政府办公厅', None,
  '组织县级非涉密政务信息系统向自治区政务信创云有序迁移，做到“应上尽上”，原则上不再自建机房。', '县大数据管理服务局', '县直各部门（单位）', '2024年'),
 (47, '加速全区电子政务外网升级改造，推动骨干网扩容升级，扩大互联网出口带宽，提升网络支撑能力。', '自治区政府办公厅', None,
  '推进县级电子政务外网IPv6改造和' + GARBLED + '，扩大县级互联网出口带宽。', '县大数据中心', '中国电信盐池分公司', '2024年10月底前'),
 (48, '开展各级城域网升级改造，推进区市县乡村 5 级全覆盖，在安全可控的前提下按需向企事业单位拓展。', '自治区政府办公厅', None,
  '升级改造县级城域网，推动电子政务外网延伸至全县8个乡镇和全部行政村，按需接入县属事业单位。', '县大数据中心', '各乡镇人民政府、中国电信盐池分公司', '2025年'),
 (49, '建设全区统一的视频共享平台，统筹融合、迭代升级全区统一的“视频一张网”。', '自治区党委政法委', None,
  '整合“雪亮工程”、城市管理、交通、应急等视频资源，统一接入全区视频共享平台。', '县委政法委', '县公安局、县综合执法局、县交通运输局、县应急局', '2025年'),
 (54, '深化电子文件管理，完善业务应用系统电子文件归档功能，统筹推进无纸化办公和电子文件归档工作。', '自治区党委办公厅、档案局', None,
  '完善县直部门业务系统电子文件归档功能，统筹推进无纸化办公和电子文件归档。', '县委办', '县档案馆、县政府办', '2024年'),
 (55, '迭代升级宁夏统一公共支付平台及电子票据系统，推进全区财政电子票据一站式查验及跨省报销。', '自治区财政厅', None,
  '推广使用宁夏统一公共支付平台和财政电子票据系统，县级执收单位全部开具财政电子票据。', '县财政局', '县直有关部门', '2024年'),
 (56, '扎实推进非税收入收缴电子化管理……加快实现全区教育收费、医疗收费、不动产登记、交警规费收费等各类非税收入收缴电子化全覆盖。', '自治区财政厅', None,
  '实现县域教育收费、医疗收费、不动产登记、交警规费等非税收入收缴电子化全覆盖。', '县财政局', '县教体局、县卫健局、县自然资源局、县公安局', '2024年底前'),
 (57, '迭代升级宁夏信用信息公共服务平台功能，广泛整合社会信用信息资源，建立跨部门、跨领域、跨地区的社会信用信息共享机制。', '自治区发展改革委', None,
  '按时归集报送县级“双公示”等信用信息，推进信用信息在审批、监管中的查询应用。', '县发改局', '县市场监管局、县审批局', '2024年'),
 (58, '推动全区地理信息资源共建共享，整合各部门（单位）数据资源、应用支撑工具和应用场景，完善全区统一权威、精准可靠的“底板底图”。', '自治区自然资源厅', None,
  '汇交县级基础测绘和国土空间规划成果，依托全区统一“底板底图”开展专题应用。', '县自然资源局', '县住建局、县农业农村局', '2024年'),
 (64, '各地各部门参照自治区做法，成立相应的组织机构，健全工作体制机制，形成上下协同、一体联动、齐抓共管的工作格局。', '各市、县（区）', None,
  '调整充实县推进数字政府建设领导小组，领导小组办公室设在县政府办；按照“六级贯通”层级架构，厘清县、乡（镇）、村（社区）三级职责，依托上级平台完善本级特色应用，一体化推进县级指挥调度中心建设。', '县政府办', '县委编办、各乡镇人民政府', '2024年6月底前'),
 (66, '统筹建设宏观经济、中观产业链、微观市场主体“三维一体”的宁夏经济运行大数据平台……强化经济监测预警。', '自治区工业和信息化厅、发展改革委、商务厅', None,
  '对接使用宁夏经济运行大数据平台，加强县域重点企业、重点产品运行监测，按月形成经济运行分析报告。', '县发改局', '县统计局、县工信商务局', '2025年'),
 (71, '加强智慧监管平台建设，强化信息共享，对食品药品、医疗器械、特种设备、危化品、农副产品等重点领域实行全主体、全品种、全链条数字化追溯监管。', '自治区市场监管厅、农业农村厅、卫生健康委、工业和信息化厅、药监局等部门', None,
  '推进盐池滩羊肉、黄花菜等农副产品和食品、特种设备数字化追溯监管，扩大追溯覆盖主体。', '县市场监管局', '县农业农村局、县卫健局、县工信商务局', '2024年'),
 (73, '履行监管数据治理主体责任，提高监管数据质量。推进消费维权“一件事”改革，推动跨地区、跨部门、跨层级协同监管。', '承担监管职责的自治区有关部门（单位）', None,
  '规范县级监管数据录入，推进消费维权“一件事”改革，与周边县区建立跨区域协同监管机制。', '县市场监管局', '县直有关部门', '2024年'),
 (74, '加强和规范“屏、端、仪”等监管信息化、智能化设施配备……推行远程监管、移动监管、预警监管、实时监管，弥补监管短板，提升监管效能。', '承担监管职责的自治区有关部门（单位）', None,
  '为基层市场监管所配备移动执法终端和快检设备，推行远程监管、移动监管。', '县市场监管局', '县综合执法局、县财政局', '2024年12月底前'),
 (77, '完善行政复议、信访、调解、法律援助、劳动监察等线上“一站式”受理渠道，建设完善全区矛盾纠纷多元化解信息系统……', '自治区党委政法委', None,
  '依托县综治中心推广应用全区矛盾纠纷多元化解信息系统，实现矛盾纠纷线上统一归集、分类转办、督办考核。', '县委政法委', '县司法局、县信访局、县公安局、县人社局、各乡镇人民政府', '2024年'),
 (79, '持续推进“雪亮工程”，建设“全域覆盖、全网共享、全时可用、全程可控”的全区社会治安防控体系。', '自治区党委政法委，公安厅', None,
  '推进“雪亮工程”向乡村延伸，新建改造乡村公共视频监控点位，推广“智安小区”应用。', '县委政法委、县公安局', '各乡镇人民政府、各村（社区）', '2024年'),
 (80, '迭代升级公共卫生、自然灾害、安全生产、重大事故、应急指挥、粮食安全、物资保障、社会动员等公共安全领域应用建设……推进“智慧应急”建设，提升防范化解重大风险和突发事件应急响应、协同作战能力。', '自治区应急厅、卫生健康委、公安厅、水利厅、自然资源厅、交通运输厅、商务厅、林草局，消防救援总队等部门', None,
  '推进县级“智慧应急”建设，完善自然灾害监测预警、危化品企业风险监测和应急指挥调度系统。', '县应急局', '县消防救援大队、县气象局、县水务局、县自然资源局、县林草局', '2024年'),
 (83, '实施“互联网+基层治理”行动，整合现有的党的建设、综合治理、社区治理等系统信息资源，构建新型基层管理服务平台……', '自治区党委政法委', None,
  '依托宁夏社会治理基层综合指挥平台，推行“网格上报+网上分流+部门响应”机制，实现乡村两级基层治理事项线上流转。', '县委政法委', '县民政局、各乡镇人民政府、各村（社区）', '2025年'),
 (84, '全面融合政府主导的各类公共服务、社会服务、中介服务，构建全时在线、渠道多元、跨省通办的一体化政务服务体系……', '自治区政府办公厅', None,
  '推进县乡村三级政务服务场所标准化建设，扩大“跨省通办”“区内通办”事项范围，实现“网上办、掌上办、就近办、一次办”。', '县审批局', '县直有关部门、各乡镇人民政府', '2024年'),
 (86, '迭代升级“我的宁夏”政务APP功能，全区各地各部门政务服务、公共服务、相关社会服务等应用实现“应上尽上”，打造全区移动政务服务“总门户”。', '自治区政府办公厅', None,
  '持续做优“我的宁夏”政务APP盐池专区，推动县级高频政务服务和公共服务应用全部接入。', '自治区政府办公厅', '县审批局、县大数据中心', '2024年'),
 (88, '加快“证照分离”改革、电子营业执照推广应用，探索实现“一业一证”“一业一照一码”等照后减证和精简审批新途径。', '自治区市场监管厅', None,
  '深化“证照分离”改革，推广电子营业执照，扩大“一业一证”行业范围。', '县市场监管局', '县审批局', '2024年'),
 (89, '依托全区一体化政务服务平台，建设完善企业专属网页和惠企政策专栏，强化企业全生命周期服务，实现涉企服务一网通办、惠企政策精准推送、政策兑现直达直享。', '自治区政府办公厅', None,
  '在“我的宁夏”盐池专区开设惠企政策专栏，梳理惠企政策“免申即享”清单，推动政策兑现直达直享。', '县审批局', '县工信商务局、县发改局、县财政局', '2024年9月底前'),
 (90, '推进全区图书馆、博物馆、展览馆、体育馆、档案馆等各类公共场馆及其公共资源数字化转型，简化服务流程，移动入口全部接入“我的宁夏”政务APP。', '自治区文化和旅游厅、体育局，档案局等有关部门（单位）', None,
  '推进县图书馆、县博物馆、县档案馆、全民健身中心等场馆数字化服务，移动入口全部接入“我的宁夏”政务APP。', '县文旅广电局', '县教体局、县档案馆', '2024年'),
 (92, '依托“我的宁夏”政务APP等平台，探索实现全域“多卡合一”“多码合一”“多表合一”等。', '各地级市', None,
  '配合吴忠市推进“多卡合一”“多码合一”，在县域公交、医疗、文旅场所推广“一人一码”应用。', '县审批局', '县卫健局、县交通运输局、县文旅广电局', '2025年'),
 (93, '完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 完善线上线下服务渠道, 切实满足老年人、残疾人等特殊群体办事需求。', '自治区各部门(单位)及各市、县(区)', None,
  '完成县乡两级政务服务场所、政务移动端适老化与信息无障碍改造，保留线下服务渠道。', '县审批局', '县民政局、县残联、县直各部门（单位）', '2024年'),
 (94, '持续优化生态环境数据资源中心, 夯实全区生态环境数据应用基础, 完善全区生态环境数据交换体系……', '自治区生态环境厅', None,
  '推进县域空气、水质自动监测站点数据实时接入全区生态环境数据资源中心。', '市生态环境局盐池分局', '县水务局', '2024年'),
 (96, '深化“互联网+城乡供水”省域示范区建设, 建设宁夏数字孪生流域省级平台……打造数字治水全国样板。', '自治区水利厅', None,
  '巩固提升盐池县“互联网+城乡供水”示范成果，完善城乡供水智能调度和计量收费系统，推进农村供水工程数字孪生应用。', '县水务局', '县财政局、各乡镇人民政府', '2024年底前'),
 (98, '建成宁夏“智慧林草”云平台, 全区林草资源管理信息化、智能化水平明显提升。', '自治区林草局', None,
  '将县域公益林、草原资源监测数据接入宁夏“智慧林草”云平台，推行林草资源“一张图”管理。', '县林草局', '县自然资源局', '2024年'),
 (100, '提升全区用水权、土地权、排污权、山林权市场交易平台功能，有效支撑资源要素市场化改革。', '自治区公共资源交易管理局', None,
  '依托全区“四权”交易平台，推进县域用水权、土地权、排污权、山林权交易全程网上办理。', '县公共资源交易中心', '县水务局、县自然资源局、市生态环境局盐池分局、县林草局', '2025年'),
 (102, '推动绿色低碳转型，建立自治区环境管理全统筹体系，推进水、气、土、废污染防治攻坚战……', '自治区生态环境厅', None,
  '运用数字化手段开展县域水、气、土、固废污染源监控，推动新能源产业绿色低碳发展。', '市生态环境局盐池分局', '县发改局、县工信商务局', '2025年'),
 (104, '迭代升级全区统一的协同办公平台，实现全区公文流转、信息报送、文稿起草、报批审核、即时沟通、内部财务、会议培训、督查考核、党务后勤等机关公务数字化转型……', '自治区政府办公厅', None,
  '推动县乡两级党政机关全面使用全区统一的协同办公平台，实现公文流转、会议培训、督查考核网上办理。', '县政府办', '县委办、县直各部门（单位）、各乡镇人民政府', '2024年6月底前'),
 (105, '持续打造“宁政通”移动办公“总门户”，加强集约整合，形成覆盖区市县乡村五级党政机关及相关组织的非涉密、综合性、一体化办公体系……', '自治区政府办公厅', None,
  '推广“宁政通”APP覆盖县乡村三级干部，县级自建政务办公APP全部接入或整合。', '县政府办', '县大数据中心、各乡镇人民政府', '2024年'),
 (106, '依托“宁政通”APP平台，整合融合区市两级各行业统计报表相关系统，开发上线全区统一的填表报数系统，实现基层干部填表报数工作量压减50%以上。', '自治区政府办公厅', None,
  '推广使用全区统一的填表报数系统，清理规范县级部门自定报表，减轻乡村两级填报负担。', '县政府办', '县统计局、各乡镇人民政府', '2025年'),
 (107, '统筹整合各地各部门非涉密视频会议系统资源，形成全区统筹应用的视频会议平台。', '自治区机管局', None,
  '整合县直部门和乡镇非涉密视频会议系统，接入全区统筹应用的视频会议平台。', '县机关事务服务中心', '县大数据中心、各乡镇人民政府', '2026年6月底前'),
 (108, '推进全区公共资源交易等全流程数字化管理和监督，实现公共资源交易依法运行、留痕可溯、监督预警、规范透明。', '自治区公共资源交易管理局', None,
  '推行县级公共资源交易全流程电子化，实现不见面开标、远程异地评标和在线监督。', '县公共资源交易中心', '县财政局、县发改局', '持续推进，2024年取得明显成效'),
 (111, '全面整合全区各级各类机关事务管理信息系统，构建全区机关事务管理统一的工作门户和后台管理……', '自治区机管局', None,
  '使用全区统一的机关事务管理系统，分级采集县级党政机关办公用房、公务用车信息数据。', '县机关事务服务中心', '县财政局、县直各部门（单位）', '2025年'),
 (116, '将数字政府建设工作纳入“一把手工程”，建立主要领导负责制，制定总体工作方案和年度工作要点，并组织实施。', '自治区各部门（单位）及各市、县（区）', None,
  '县直各部门、各乡镇将数字政府建设纳入“一把手工程”，主要负责同志负总责，每年制定年度工作要点并组织实施。', '县政府办', '县直各部门（单位）、各乡镇人民政府', '长期坚持'),
 (118, '建立完善全区数字政府培训体系，把提高领导干部数字治理能力作为各级党校（行政学院）的重要教学培训内容，定期开展培训……', '自治区党委组织部、党校（行政学院）', None,
  '将数字治理能力纳入县委党校主体班次教学内容，每年开展全县干部数字化能力培训。', '县委组织部', '县委党校、县政府办', '长期坚持'),
 (121, '每年度制定数字政府工作要点和重点任务考核指标体系，形成常态化考核和以奖代补工作机制。', '自治区政府办公厅', None,
  '每年制定县级数字政府重点任务考核指标，纳入县直部门和乡镇年度效能目标考核。', '县政府办', '县委组织部、县财政局', '长期坚持'),
 (123, '将数字政府建设考核结果作为领导班子和有关领导干部综合考核评价的重要参考。', '自治区党委组织部及各市、县（区）', None,
  '将数字政府建设考核结果作为县直部门和乡镇领导班子、领导干部综合考核评价的重要参考。', '县委组织部', '县政府办', '长期坚持'),
]

# verify quotes against the seed and fill in the regional deadline exactly as written
rows = []
for r in ROWS:
    n, q = r[0], r[1]
    text, resp, dl = tasks[n]
    norm = lambda s: s.replace(' ', '')
    for piece in q.split('……'):
        if piece:
            assert norm(piece).rstrip('。') in norm(text), (n, piece)
    lead = r[2]
    for part in re.split(r'[、，,]', lead):
        pass
    assert norm(lead.replace('(', '（').replace(')', '）')) in norm(resp.replace('(', '（').replace(')', '）')) or lead == '各市、县（区）' and '各市、县（区）' in resp, (n, lead, resp)
    rows.append((n, '（第%d项）' % n + q, lead, dl) + r[4:])

HEADER = '序号\t自治区任务（原文摘录）\t自治区牵头单位\t自治区完成时限\t我县落实举措\t县牵头单位\t县配合单位\t县完成时限'

L = []
L.append('盐池县贯彻落实《宁夏回族自治区人民政府关于加快推进数字政府建设的实施意见》对照表')
L.append('（2024年）')
L.append('一、编制依据')
L.append('为贯彻落实党的二十大精神和党中央、国务院关于加强数字中国和数字政府建设的重大决策部署，根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）、《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）和吴忠市人民政府《关于加强数字政府建设的实施方案》精神，对照自治区《全区数字政府建设重点任务清单（2023年—2025年）》，结合我县实际，逐项提出我县落实举措，形成本对照表。')
L.append('2020年以来，我县按照《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）等部署，先后建成县级电子政务外网、政务服务“一张网”和“互联网+城乡供水”管理平台，数字政府建设打下了较好基础，但仍存在数据共享不充分、基层应用不深入、专业人才不足等问题。')
L.append('二、工作目标')
L.append('到2024年底，县乡村三级电子政务外网全面覆盖，政务服务“网上办、掌上办、就近办、一次办”全面推行，县乡两级数字政府组织机构和工作机制全面建立。')
L.append('到2025年，全县数字政府建设与自治区“34567”体系框架、全市“1347”体系框架全面衔接，工作体制逐步健全、管理机制趋于成熟、数据治理初见成效、安全保障体系持续完善，政府数字化履职能力明显提升，力争进入全市第一方阵。')
L.append('三、使用说明')
L.append('（一）本表按自治区任务清单顺序排列。“自治区任务（原文摘录）”“自治区牵头单位”“自治区完成时限”三栏照录自治区任务清单原文，仅作对照，不作为我县任务要求；“我县落实举措”“县牵头单位”“县配合单位”“县完成时限”四栏为我县任务。')
L.append('（二）县完成时限不得晚于自治区完成时限。自治区完成时限在2023年的任务，我县已按期完成的，在县完成时限栏注明完成情况和后续要求。')
L.append('（三）县牵头单位有多个的，排在第一位的为主要牵头单位。县配合单位中的“各乡镇人民政府”指花马池镇、大水坑镇、惠安堡镇、高沙窝镇和王乐井乡、冯记沟乡、青山乡、麻黄山乡人民政府。')
L.append('（四）各牵头单位要对照本表细化工作措施，于每季度末月25日前向县数字政府建设领导小组办公室报送落实进展，2024年12月20日前报送年度落实情况。')
L.append('四、对照表')
L.append(HEADER)
row_line = {}
for i, r in enumerate(rows, 1):
    L.append('\t'.join([str(i)] + list(r[1:])))
    row_line[r[0]] = len(L)
L.append('五、保障措施')
L.append('（一）加强组织领导。县推进数字政府建设领导小组统筹推进本表各项任务落实，领导小组办公室设在县政府办，负责日常调度和协调。各牵头单位主要负责同志为第一责任人，对照本表逐项建立工作台账，明确分管领导和具体责任人；各配合单位要主动对接、密切配合，形成工作合力。')
L.append('（二）强化资金保障。县财政局要将数字政府建设运维经费纳入年度预算，统筹利用中央、自治区专项资金和地方政府专项债券，优先保障县乡村三级基础设施和共性应用建设。建立政务信息化项目联合审核机制，凡未纳入县级数字资源“一本账”的项目，一律不予安排建设及运维经费。')
L.append('（三）提升数字素养。依托宁夏干部教育培训网络学院和县委党校，定期开展全县干部数字化能力培训；通过引进、培养、借用等方式，充实县大数据服务中心和各部门数据专员队伍，推动业务工作与数字化工作深度融合。')
L.append('（四）严格督查考核。将本表落实情况纳入全县效能目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考。县政府督查室会同县政府办定期开展督促检查，对工作推进不力、任务逾期的单位予以通报，对成效突出的单位和个人予以表扬。')
L.append('盐池县人民政府办公室')
L.append('2024年3月18日')

draft = '\n'.join(L) + '\n'
open(os.path.join(HERE, 'draft.txt'), 'w', encoding='utf-8').write(draft)

lines = draft.split('\n')
def find(s, start=1):
    hits = [i for i, l in enumerate(lines, 1) if s in l and i >= start]
    assert hits, s
    return hits[0]
def on(n):
    return row_line[n]
def chk(line, s):
    assert s in lines[line - 1], (line, s)
    return line
def rdl(n):
    return tasks[n][2]

expect = [
 {'rule': 'basis-mismatch', 'line': chk(1, '关于加快推进数字政府建设的实施意见'), 'text': '《宁夏回族自治区人民政府关于加快推进数字政府建设的实施意见》',
  'why': 'wrong title in the table heading: the regional document is 《自治区人民政府关于加强数字政府建设的实施意见》 (宁政发〔2023〕17号); “加快推进” for “加强” (line 4 cites it correctly)'},
 {'rule': 'deadline-later-than-baseline', 'line': chk(on(48), '2025年'), 'text': '2025年',
  'why': 'county deadline for task 48 (城域网升级改造，区市县乡村5级全覆盖); regional 完成时限 is “%s”; also contradicts the draft’s own 2024年底 goal on line %d' % (rdl(48), find('到2024年底'))},
 {'rule': 'deadline-later-than-baseline', 'line': chk(on(107), '2026年6月底前'), 'text': '2026年6月底前',
  'why': 'county deadline for task 107 (非涉密视频会议系统整合); regional 完成时限 is “%s”' % rdl(107)},
 {'rule': 'deadline-invalid', 'line': chk(on(41), '2023年12月底前'), 'text': '2023年12月底前',
  'why': 'county deadline for task 41 (公共数据开放目录) lies before the year of this 2024 document (dated 2024年3月18日); a stale date copied from last year, not a completion note (regional 完成时限 “%s”, so it is not late)' % rdl(41)},
 {'rule': 'unknown-unit', 'line': chk(on(86), '\t自治区政府办公厅\t县审批局'), 'text': '自治区政府办公厅',
  'why': 'regional body named as the county lead (县牵头单位 column) of task 86; copied from the quoted 自治区牵头单位 column of the same row; the quoted occurrence in column 3 is not a mistake'},
 {'rule': 'unknown-unit', 'line': chk(on(46), '县大数据管理服务局'), 'text': '县大数据管理服务局',
  'why': 'county lead of task 46; no such body in units.txt (the county has 县大数据服务中心 = 县大数据中心, used in every other row); the name copies the city’s 市大数据管理服务局'},
 {'rule': 'garbled-text', 'line': chk(on(47), GARBLED), 'text': GARBLED[:6],
  'why': 'UTF-8 bytes read as GBK: re-encoding “%s” as GBK and decoding as UTF-8 gives 骨干线路优化升级' % GARBLED},
 {'rule': 'missing-pillar', 'line': 0, 'pillar': '政务公开',
  'why': 'the table skips section (十五) entirely: no row or paragraph takes up 政务公开 (信息公开平台, 政策文件库, 政务新媒体, 政民互动); the other six 能力 all have rows'},
 {'rule': 'task-uncovered', 'line': 0, 'task': 112, 'why': 'deliberately left out with the whole 政务公开 section; 自治区各部门（单位）及各市、县（区）分别负责'},
 {'rule': 'task-uncovered', 'line': 0, 'task': 114, 'why': 'deliberately left out with the whole 政务公开 section; 各市、县（区）分别负责'},
 {'rule': 'task-uncovered', 'line': 0, 'task': 113, 'why': 'deliberately left out with the whole 政务公开 section; 各市、县（区）配合'},
 {'rule': 'task-uncovered', 'line': 0, 'task': 115, 'why': 'deliberately left out with the whole 政务公开 section; 各市、县（区）配合'},
]

def M(rule, line, why, text=None, **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        assert text in lines[line - 1], (line, text)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

L4 = chk(find('根据《国务院关于加强数字政府建设的指导意见》'), '宁政发〔2023〕17号')
L5 = find('2020年以来')
G24 = find('到2024年底')
G25 = find('到2025年，全县')
U2 = find('（二）县完成时限不得晚于')
U4 = find('（四）各牵头单位要对照本表')
B2 = find('（二）强化资金保障')
B4 = find('（四）严格督查考核')

q = '(quoted regional column, as the region wrote it; not the county’s unit)'
mustNotFlag = [
 # units: quoted regional columns
 M('unknown-unit', on(5), 'regional unit outside the government proper, in the quoted 自治区牵头单位 column ' + q, '宁夏通信管理局'),
 M('unknown-unit', on(11), 'regional body in the quoted column ' + q, '自治区供销社'),
 M('unknown-unit', on(80), 'regional body after a comma break in the quoted list ' + q, '消防救援总队'),
 M('unknown-unit', on(79), 'prefix 自治区 distributes over 公安厅 ' + q, '自治区党委政法委，公安厅'),
 M('unknown-unit', on(92), 'collective subject quoted from task 92 ' + q, '各地级市'),
 M('unknown-unit', on(64), 'collective subject quoted from task 64 ' + q, '各市、县（区）'),
 M('unknown-unit', on(100), 'regional body in the quoted column ' + q, '自治区公共资源交易管理局'),
 M('unknown-unit', on(107), 'official short name of a regional body ' + q, '自治区机管局'),
 M('unknown-unit', on(90), 'prefix distributes: 自治区文化和旅游厅, 自治区体育局, 自治区档案局 ' + q, '自治区文化和旅游厅、体育局，档案局等有关部门（单位）'),
 M('unknown-unit', on(73), 'collective regional subject ' + q, '承担监管职责的自治区有关部门（单位）'),
 # units: county columns
 M('unknown-unit', on(14), 'collective subject (乡镇 governments, listed in 使用说明（三）)', '各乡镇人民政府'),
 M('unknown-unit', on(14), 'collective subject', '县直各部门（单位）'),
 M('unknown-unit', on(21), 'collective subject', '县直有关部门'),
 M('unknown-unit', on(79), 'collective subject', '各村（社区）'),
 M('unknown-unit', on(2), 'short name defined in units.txt (县工业信息化和商务局 = 县工信商务局)', '县工信商务局'),
 M('unknown-unit', on(21), 'short name defined in units.txt (县审批服务管理局 = 县审批局)', '县审批局'),
 M('unknown-unit', on(23), 'short name defined in units.txt (县人民政府办公室 = 县政府办)', '县政府办'),
 M('unknown-unit', on(3), 'short name defined in units.txt (盐池工业园区管理委员会 = 盐池工业园区管委会)', '盐池工业园区管委会'),
 M('unknown-unit', on(3), 'the city bureau’s county branch, listed in units.txt', '市生态环境局盐池分局'),
 M('unknown-unit', on(6), 'non-government unit listed in units.txt', '国网盐池县供电公司'),
 M('unknown-unit', on(80), 'short names defined in units.txt (盐池县消防救援大队, 盐池县气象局)', '县消防救援大队、县气象局'),
 M('unknown-unit', on(93), 'short name defined in units.txt (县残疾人联合会 = 县残联)', '县残联'),
 M('unknown-unit', on(6), 'several county leads; 使用说明（三）: the first listed is the main lead; all are short names in units.txt', '县教体局、县卫健局、县人社局、县文旅广电局、县民政局'),
 M('unknown-unit', find('（三）提升数字素养'), 'a training platform named as a means (依托…), not a responsible unit', '宁夏干部教育培训网络学院'),
 M('unknown-unit', B4, 'county bodies in prose, both in units.txt (县政府督查室; 县人民政府办公室 = 县政府办)', '县政府督查室会同县政府办'),
 # deadlines: county column against the region
 M('deadline-later-than-baseline', on(2), 'task 2 is due “%s”; the completing milestone is 2024, equal' % rdl(2), '2024年'),
 M('deadline-later-than-baseline', on(3), 'task 3 is due “%s”; 2024年底前 is earlier' % rdl(3), '2024年底前'),
 M('deadline-later-than-baseline', on(5), 'task 5 is due “%s”; the county repeats it, equal' % rdl(5), '持续推进，2025年取得明显成效'),
 M('deadline-later-than-baseline', on(8), 'task 8 is due “%s”; county 2025年 equals the milestone' % rdl(8), '2025年'),
 M('deadline-later-than-baseline', on(11), 'task 11 is due “%s”; county 2025年 equals the completing milestone (the 2023 milestone is the region’s, already past)' % rdl(11), '2025年'),
 M('deadline-later-than-baseline', on(18), 'task 18 is due “%s”; the mechanism exists and the county keeps it up: 长期坚持' % rdl(18), '长期坚持'),
 M('deadline-later-than-baseline', on(14), 'task 14 is due “%s”; the county reports it done (使用说明（二）) and kept up' % rdl(14), '已完成，长期坚持'),
 M('deadline-later-than-baseline', on(21), 'task 21 is due “%s”; 2024年6月底前 is earlier' % rdl(21), '2024年6月底前'),
 M('deadline-later-than-baseline', on(64), 'task 64 is due “%s”; 2024年6月底前 is earlier' % rdl(64), '2024年6月底前'),
 M('deadline-later-than-baseline', on(74), 'task 74 is due “%s”; 2024年12月底前 is within the same year, equal' % rdl(74), '2024年12月底前'),
 M('deadline-later-than-baseline', on(96), 'task 96 is due “%s”; 2024年底前 is earlier' % rdl(96), '2024年底前'),
 M('deadline-later-than-baseline', on(108), 'task 108 is due “%s”; 持续推进 with the same 2024 milestone, equal' % rdl(108), '持续推进，2024年取得明显成效'),
 M('deadline-later-than-baseline', on(116), 'task 116 is due “%s”; done in 2023 and kept up: 长期坚持' % rdl(116), '长期坚持'),
 M('deadline-later-than-baseline', on(121), 'task 121 is due “%s”; equal' % rdl(121), '长期坚持'),
 M('deadline-later-than-baseline', on(56), 'task 56 is due “%s”; 2024年底前 is earlier' % rdl(56), '2024年底前'),
 M('deadline-later-than-baseline', G25, 'goal equal to the region’s 主要目标 “到2025年，全区各级数字政府建设“34567”体系框架全面成型”', '到2025年'),
 M('deadline-later-than-baseline', G24, 'county goals for 外网 coverage (task 48, 2024年), 政务服务 (task 84, 2024年) and organisation (task 64, 2025年): equal or earlier', '到2024年底'),
 M('deadline-later-than-baseline', U4, 'the office’s own reporting dates, not task deadlines', '2024年12月20日前'),
 # deadline-invalid: past years that are not county deadlines
 M('deadline-invalid', on(14), 'task 14’s 完成时限 quoted in the 自治区完成时限 column; earlier than the county year but it is the region’s date', '2023年'),
 M('deadline-invalid', on(32), 'task 32’s 完成时限 quoted in the 自治区完成时限 column', '2023年'),
 M('deadline-invalid', on(11), 'task 11’s 完成时限 quoted in the 自治区完成时限 column', '2023年完成主要建设任务'),
 M('deadline-invalid', on(116), 'task 116’s 完成时限 quoted in the 自治区完成时限 column', '2023年完成并长期坚持'),
 M('deadline-invalid', on(30), 'a completion note (done in 2023, as 使用说明（二） says), not a deadline; the ongoing part is 按季度更新', '已于2023年完成'),
 M('deadline-invalid', L5, 'background: what the county did since 2020', '2020年以来'),
 M('deadline-invalid', U2, 'explains how rows whose regional deadline was 2023 are written', '2023年'),
 M('deadline-invalid', L4, 'the period of the regional task list in its title', '2023年—2025年'),
 # basis
 M('basis-mismatch', L4, 'correct 文号 and title of the regional 实施意见', '《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）'),
 M('basis-mismatch', L4, 'a real regional document, cited the same way by the 吴忠 plan', '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）'),
 M('basis-mismatch', L4, 'the city plan cited by title alone, as it has no 文号', '吴忠市人民政府《关于加强数字政府建设的实施方案》'),
 M('basis-mismatch', L5, 'retrospective mention of the superseded 2020 工作要点 as background, not as a basis', '《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）'),
 M('basis-mismatch', L4, 'correct national basis', '《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）'),
 # pillars present by content
 M('missing-pillar', on(12), '数字生态 taken up by task 12 (数据要素市场) and the security rows 14/18', pillar='数字生态'),
 M('missing-pillar', on(64), '五个一/六级贯通 taken up in the row for task 64 (领导小组, “六级贯通”层级架构, 县乡村职责)', pillar='六级贯通'),
 M('missing-pillar', B2, '财政投入 taken up in 保障措施（二）', pillar='财政投入'),
 M('missing-pillar', on(118), '数字素养 taken up by task 118 and 保障措施（三）', pillar='数字素养'),
]

covers = [{'task': r[0], 'line': on(r[0])} for r in ROWS]
covers += [{'task': 25, 'line': B2}, {'task': 122, 'line': B4}, {'task': 124, 'line': B4}]

key = {
 'writer': 'blind writer, round 564; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': ['wuzhong'],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': mustNotFlag,
 'covers': covers,
 'notes': ('A 盐池县 side-by-side 落实表 (2024-03-18). Columns 2-4 quote the region’s task text, 牵头单位 and 完成时限 verbatim from 附件2 '
           '(including half-width brackets and the spaced “2024 年” where the gazette has them); only columns 5-8 are the county’s. '
           'Per 使用说明（二）, rows whose regional deadline was 2023 carry a completion note (已完成/已于2023年完成) instead of a new date. '
           'Task 86’s row names 自治区政府办公厅 twice: column 3 (quoted, fine) and column 6 (县牵头单位, the planted mistake). '
           'The heading (line 1) misnames the regional document; the preamble (line %d) cites it correctly. '
           'Section (十五) 政务公开 (tasks 112-115) is left out entirely; task 93’s quoted text mentions 政府网站 only for 适老化 (a 公共服务 task). '
           'Many other tasks a county could take up (e.g. 15, 29, 36, 85, 87) are simply not in this year’s table; they are not planted.' % L4),
}
open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')

# sanity checks
assert 80 <= len(lines) - 1 <= 250, len(lines)
for e in expect + mustNotFlag:
    if e['line']:
        assert 'text' not in e or e['text'] in lines[e['line'] - 1]
for c in covers:
    assert ('第%d项' % c['task']) in lines[c['line'] - 1] or c['task'] in (25, 122, 124)
print('lines', len(lines) - 1, 'rows', len(ROWS), 'expect', len(expect), 'mustNotFlag', len(mustNotFlag), 'covers', len(covers))
