#!/usr/bin/env python3
"""Writes draft.txt and key.json for blind case 638 (盐池县2024年数字政府建设工作要点).

Every line of the draft carries a label; key entries refer to labels and the
line numbers are computed here, so they always match the final draft.txt.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

GARBLED = '做好政务舆情回应工作'.encode('utf-8').decode('gbk')  # UTF-8 read as GBK

L = []  # (label, text)
def add(label, text):
    L.append((label, text))

add('h1', '盐池县人民政府办公室关于印发《盐池县2024年数字政府建设工作要点》的通知')
add('h2', '盐政办发〔2024〕6号')
add('h3', '各乡镇人民政府，县直各部门（单位）：')
add('h4', '《盐池县2024年数字政府建设工作要点》已经县人民政府同意，现印发给你们，请结合实际认真贯彻落实。')
add('h5', '盐池县人民政府办公室')
add('h6', '2024年2月23日')
add('h7', '（此件公开发布）')
add('title', '盐池县2024年数字政府建设工作要点')
add('basis', '为深入贯彻落实党的二十大精神和党中央、国务院关于加强数字政府建设的重大决策部署，根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）、《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）和吴忠市人民政府《关于加强数字政府建设的实施方案》部署要求，结合我县实际，制定本工作要点。')
add('bg', '自2020年自治区人民政府办公厅印发《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）以来，我县数字政府基础支撑能力持续增强。2023年，全县认真落实《盐池县2023年数字政府建设工作要点》，县乡两级电子政务外网实现全覆盖，“我的宁夏”盐池专区上线事项达到326项，“易办·吴优”政务服务品牌在我县落地见效，但仍存在数据共享不充分、基层应用不深入、专业人才不足等问题。')
add('s1', '一、总体要求')
add('zongti', '2024年全县数字政府建设工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和习近平总书记视察宁夏重要讲话指示批示精神，按照自治区、吴忠市数字政府建设部署，坚持改革引领、数据赋能、整体协同、安全可控，围绕“一套体系、三个驱动、四大支撑、七种能力”框架，以数字政府建设助推数字盐池发展，为建设黄河流域生态保护和高质量发展先行区示范县提供有力支撑。')
add('goal', '工作目标：到2024年底，全县政务信息系统全部迁移上云，“我的宁夏”盐池专区高频事项基本实现“掌上办”，“宁政通”在县乡村三级公职人员中全面推广应用；到2025年，全县数字政府建设“1347”体系框架全面成型，与自治区、吴忠市共性基础支撑体系实现对接复用、互联互通。')
add('s2', '二、完善“一套体系”，健全数字政府工作体制机制')
add('p1', '1.健全组织机构。参照自治区、吴忠市做法，健全县、乡两级数字政府建设组织推进机构，明确各乡镇、各部门分管领导和具体工作人员，形成上下协同、一体联动、齐抓共管的工作格局。（责任单位：县委编办、县政府办公室牵头，各乡镇人民政府、县直各部门（单位）分别负责；完成时限：2024年6月底前）')
add('p2', '2.厘清层级职责。按照“六级贯通”层级架构，重点依托上级平台完善本级特色应用，一体化推进县域指挥调度中心建设，指导乡镇、村（社区）及工业园区、学校、医院等基层单元推广使用上级平台应用，强化数据挖掘应用。（责任单位：县政府办公室牵头，县委政法委、县应急管理局、盐池工业园区管委会配合；完成时限：2024年底）')
add('p3', '3.完善工作机制。落实“一联系、两清单”工作机制，建立完善工作清单和底数清单，探索建立“科室+数据专员”机制，定期调度政务信息化项目进展情况。（责任单位：县政府办公室牵头，县直各部门（单位）配合；完成时限：持续推进）')
add('s3', '三、着眼“三个驱动”，推动数字盐池协同发展')
add('s3a', '（一）驱动数字经济发展')
add('p4', '4.推进智慧园区建设。加快盐池工业园区“智慧园区”建设，一体化提升园区公共服务、资源匹配、环境保护、应急安全、管理决策等数字化、智能化服务水平，强化能耗、环保、安全监管，为入园企业提供全生命周期服务保障。（责任单位：盐池工业园区管委会、县经信局牵头，县应急管理局、吴忠市生态环境局盐池分局配合；完成时限：持续推进）')
add('p5', '5.推动企业上云用数。围绕“六特”“六优”产业，引导企业接入黄河云等产业云，推动企业系统上云、数据上云，汇聚企业实时生产和销售等数据，助力企业提高市场竞争能力。（责任单位：县工信商务局牵头，县发改局、县农业农村局配合；完成时限：2024年底）')
add('p6', '6.推动滩羊产业数字化。依托盐池滩羊产业大数据平台，推进滩羊养殖、屠宰加工、冷链物流、线上销售全链条数字化，推动滩羊、黄花菜、小杂粮等特色农产品质量追溯全覆盖，办好“中国（盐池）滩羊产业大会暨电商文化旅游节”。（责任单位：县农业农村局牵头，县工信商务局、县市场监管局、县文旅局配合；完成时限：2024年12月底前）')
add('p7', '7.完善数字经济治理。落实政企协同、部门协同、社会共治的监管和治理机制，探索以网管网等基于新技术手段的监管模式，规范直播电商等新业态健康发展。（责任单位：县市场监管局、县公安局牵头，县委网信办、县工信商务局配合；完成时限：持续推进）')
add('s3b', '（二）引领数字社会建设')
add('p8', '8.推进公共服务数字化。推动数字技术与教育、健康、就业、文化旅游、体育、养老托育、水电气热等传统公共事业融合，扩大优质公共资源服务覆盖面。（责任单位：县教育体育局、县卫健局、县人社局、县文旅局、县民政局、县住建局按职责分别负责；完成时限：持续推进）')
add('p9', '9.深化智慧教育应用。深入推广国家智慧教育平台和宁夏智慧教育平台，巩固“互联网+教育”示范区建设成果，实现全县中小学数字校园全覆盖。（责任单位：县教体局；完成时限：2024年底）')
add('p10', '10.深化“互联网+医疗健康”应用。推进县域医共体信息化建设，推广电子健康卡、电子处方流转和检查检验结果互认，推动健康医疗大数据应用。（责任单位：县卫健局牵头，县医保局配合；完成时限：2024年12月底前）')
add('p11', '11.推进智慧县城建设。配合吴忠市推进城市运行管理服务平台建设，推动县城供水、排水、燃气、路灯等城市生命线设施智能化改造，强化“一网统管”。（责任单位：县住建局、县综合执法局牵头，县水务局、县公安局配合；完成时限：持续推进）')
add('p12', '12.推进数字乡村建设。加快补齐乡村信息基础设施短板，推进数字乡村试点建设，构建县级农业农村大数据体系，数字农业农村服务实现村级覆盖。（责任单位：县农业农村局牵头，各乡镇人民政府具体负责，县委网信办配合；完成时限：2024年底）')
add('p13', '13.推进“数字供销”建设。依托全国“数字供销”示范区建设，推动供销社经营服务网点数字化改造，拓展滩羊肉、黄花菜等农产品线上销售渠道。（责任单位：县供销社；完成时限：2024年底）')
add('s3c', '（三）营造良好数字生态')
add('p14', '14.培育数据要素市场。配合自治区探索建设数据交易平台，梳理县域可开发利用的公共数据资源，探索公共数据授权运营，培育本地数据要素市场主体。（责任单位：县发改局牵头，县政府办公室、县大数据服务中心配合；完成时限：2024年底）')
add('p15', '15.营造清朗网络生态。健全网络综合治理体系，加强网络舆情监测和网络谣言治理，推动形成良好网络生态。（责任单位：县委网信办牵头，县公安局配合；完成时限：持续推进）')
add('s4', '四、聚焦“四大支撑”，夯实数字政府综合保障')
add('s4a', '（一）筑牢安全保障体系')
add('p16', '16.压实安全管理责任。落实各乡镇、县直各部门（单位）数字政府建设安全和保密工作的主体责任、监督责任，健全数字政府安全评估、责任落实和重大事件处置机制，规范企业参与政务信息化建设和运营管理。（责任单位：县委网信办、县政府办公室牵头，各乡镇人民政府、县直各部门（单位）分别负责；完成时限：持续推进）')
add('p17', '17.提升安全防护能力。落实网络安全等级保护和商用密码应用安全性评估要求，拓展网络安全态势感知监测范围，开展常态化安全防护和应急演练。（责任单位：县委网信办、县公安局牵头，县保密局、县大数据服务中心配合；完成时限：持续推进）')
add('p18', '18.推进政务信创应用。按照自治区政务信创云建设部署，推动县级政务信息系统基于信创环境开发和适配迁移，强化安全可靠技术和产品应用。（责任单位：县政府办公室牵头，县直各部门（单位）配合；完成时限：2024年底）')
add('s4b', '（二）完善制度规则体系')
add('p19', '19.推动行政权力事项网上运行。依托全区行政许可管理信息系统，推动县级各类行政权力事项网上运行、动态管理，强化审管协同。（责任单位：县审批局牵头，县司法局、县市场监管局配合；完成时限：2024年）')
add('p20', '20.建立数字资源“一本账”。梳理全县数字政府领域重大改革、重点项目、关键应用、数字化工具和组件，纳入全区一体化数字资源管理系统统一管理。（责任单位：县政府办公室牵头，县直各部门（单位）配合；完成时限：2024年6月底前）')
add('p21', '21.清理规范制度文件。清理现行行政规范性文件中与数字政府建设不相适应的条款，将实践检验行之有效的做法及时上升为制度规范。（责任单位：县司法局牵头，县政府办公室配合；完成时限：2024年底）')
add('p22', '22.开展试点示范。围绕滩羊产业、基层治理、政务服务等领域，积极争取自治区、吴忠市数字政府建设试点，打造可复制推广的典型应用场景。（责任单位：县政府办公室牵头，县直有关部门配合；完成时限：2024年底）')
add('p23', '23.强化项目统筹管理。严格执行政务信息化项目统筹审核要求，县直各部门（单位）新建政务信息化项目须报县政府办公室统筹审核，加强项目立项、建设、验收、运维全生命周期管理。（责任单位：县发展改革局、财政局、审计局，县政府办公室按职责分别负责；完成时限：持续推进）')
add('s4c', '（三）构建数据资源体系')
add('p24', '24.推进政务数据汇聚回流。依托自治区政务数据平台，推动县级政务数据资源向全区统一基础库、主题库汇聚，积极争取数据属地返还，推动数据按需向本地回流。（责任单位：县政府办公室牵头，县大数据服务中心具体负责，县直各部门（单位）配合；完成时限：2024年底）')
add('p25', '25.推进数据融合应用。推进供水、供电、供气、公共交通等公共数据与政务数据融合应用，围绕滩羊产业、基层治理、城市管理等领域打造数据创新应用场景。（责任单位：县大数据服务中心牵头，县水务局、县住建局、县交通运输局，国网盐池县供电公司配合；完成时限：2024年11月底前）')
add('p26', '26.规范电子公文和电子档案管理。规范电子公文全流程标准化管理，完善业务应用系统电子文件归档功能，推进无纸化办公和电子文件归档，提升电子档案管理和利用水平。（责任单位：县档案馆牵头，县委办公室、县政府办公室配合，县直各部门（单位）具体负责；完成时限：2023年12月底前）')
add('p27', '27.推进公共数据开放。编制县级公共数据开放目录及相关责任清单，依托全区统一的公共数据开放平台分类分级开放公共数据。（责任单位：县政府办公室牵头，县直各部门（单位）配合；完成时限：2024年）')
add('s4d', '（四）强化平台支撑体系')
add('p28', '28.推进政务系统迁移上云。推进县级政务信息系统向全区政务“一朵云”有序迁移，做到“应上尽上”，原则上不再新建机房。（责任单位：县大数据服务中心牵头，县直各部门（单位）配合；完成时限：2024年底）')
add('p29', '29.提升电子政务外网支撑能力。开展县级城域网升级改造，推进电子政务外网向村（社区）延伸，实现县乡村三级全覆盖，完成电子政务外网IPv6改造，扩大互联网出口带宽。（责任单位：县政府办公室牵头，各乡镇人民政府具体负责，中国电信盐池分公司配合；完成时限：2025年6月底前）')
add('p30', '30.整合专网和视频资源。有序推进县直部门非涉密业务专网向电子政务外网整合迁移，统筹融合全县视频资源，接入全区统一的视频共享平台。（责任单位：县政府办公室、县委政法委牵头，县公安局、县直有关部门（单位）配合；完成时限：2024年底）')
add('p31', '31.扩大5G网络覆盖。持续提升工业园区、重点乡镇、行政村、医院、学校等区域5G覆盖能力，推进千兆光网向农村延伸。（责任单位：县工信商务局牵头，中国电信盐池分公司、中国移动盐池分公司、中国联通盐池分公司配合；完成时限：2024年底）')
add('p32', '32.推广电子证照和电子印章应用。推动电子证照与实体证照同步制发，扩大电子证照、电子印章在政务服务和社会化场景中的应用，推广电子营业执照。（责任单位：县审批局牵头，县市场监管局、县公安局等部门配合；完成时限：2024年底）')
add('p33', '33.推进非税收入收缴电子化。推广电子缴款书和财政电子票据，推进教育收费、医疗收费、不动产登记等非税收入收缴电子化全覆盖。（责任单位：县财政局牵头，县税务局、县教体局、县卫健局、县自然资源局配合；完成时限：2024年底）')
add('p34', '34.完善信用信息共享应用。推进信用中国（宁夏）盐池站建设，归集共享涉企信用信息，提升信用查询和信用风险预警服务能力。（责任单位：县发改局牵头，县直有关部门（单位）配合；完成时限：2024年）')
add('p35', '35.推进地理信息共建共享。依托全区统一的地理信息服务体系和“底板底图”，推进县级国土空间基础信息平台应用。（责任单位：县自然资源局；完成时限：2024年底）')
add('s5', '五、强化“七种能力”，提升政府数字化履职水平')
add('s5a', '（一）提升科学精准的经济调节能力')
add('p36', '36.加强经济运行监测分析。依托宁夏经济运行大数据平台，加强重点企业、重点产品和重点项目运行监测，建立县域经济运行分析报告机制，及时发现苗头性、倾向性问题。（责任单位：县发改局牵头，县统计局、县工信商务局、县农业农村局配合；完成时限：2024年底）')
add('s5b', '（二）提升综合高效的市场监管能力')
add('p37', '37.推进差异化信用监管。推进企业信用风险分类管理，依托“双随机、一公开”综合监管平台实施差异化监管，强化涉企信用信息归集共享。（责任单位：县市场监管局牵头，县直有关部门（单位）配合；完成时限：2024年）')
add('p38', '38.加强重点领域追溯监管。对食品药品、特种设备、农副产品等重点领域推行全链条数字化追溯监管，推进滩羊肉产品质量追溯。（责任单位：县市场监管局、县农业农村局、县卫健局按职责分别负责；完成时限：2024年11月底前）')
add('p39', '39.提升监管智能化水平。加强“屏、端、仪”等监管设施配备，在生态环保、工程建设、耕地保护、自然资源等领域推行远程监管、移动监管、预警监管，推进消费维权“一件事”改革。（责任单位：县市场监管局、吴忠市生态环境局盐池分局、县住建局、县自然资源局按职责分别负责；完成时限：2024年）')
add('s5c', '（三）提升精细智能的社会管理能力')
add('p40', '40.提升矛盾纠纷化解能力。坚持和发展新时代“枫桥经验”，推广应用全区矛盾纠纷多元化解信息系统，完善行政复议、信访、调解、法律援助等线上受理渠道。（责任单位：县委政法委牵头，县司法局、县信访局、县公安局配合，各乡镇人民政府具体负责；完成时限：2024年）')
add('p41', '41.深化“雪亮工程”建设。推进“雪亮工程”向村（社区）全覆盖，探索推广“智安小区”“智安单位”应用。（责任单位：县委政法委、县公安局牵头，各乡镇人民政府配合；完成时限：2024年）')
add('p42', '42.推进“智慧应急”建设。迭代升级自然灾害监测预警、安全生产、应急指挥、物资保障等应用，强化风险监测预警和闭环管控，提升突发事件应急响应能力。（责任单位：县应急局牵头，县自然资源局、县水务局、县林草局、盐池县气象局、县消防救援大队配合；完成时限：2024年）')
add('p43', '43.实施“互联网+基层治理”行动。依托宁夏社会治理基层综合指挥平台，健全“网格上报+网上分流+部门响应”机制，推进智慧社区建设，运用数字技术为基层减负。（责任单位：县委政法委牵头，县民政局配合，各乡镇人民政府、各村（社区）具体负责；完成时限：2024年底）')
add('s5d', '（四）提升普惠便捷的公共服务能力')
add('p44', '44.深化政务服务“一网通办”。依托全区一体化政务服务平台，推进县乡村三级政务服务线上线下融合，实现“网上办、掌上办、就近办、一次办”。（责任单位：县审批局牵头，各乡镇人民政府、县直有关部门（单位）配合；完成时限：2024年）')
add('p45', '45.推行“集成办”“免证办”。深化“一件事一次办”改革，全面推广“免申即享”“民生直达”等服务方式，拓展“扫码亮证、证照免提交”应用场景。（责任单位：县审批局牵头，县直有关部门（单位）配合；完成时限：持续推进）')
add('p46', '46.做强“我的宁夏”盐池专区。推动县级政务服务、公共服务应用接入“我的宁夏”政务APP，做到“应上尽上”，推广“一人一码”应用。（责任单位：县审批局牵头，县直有关部门（单位）配合；完成时限：2024年6月底前）')
add('p47', '47.提升12345热线服务质效。健全12345政务服务便民热线与110报警服务台、基层网格员联动工作机制，推动“接诉即办”。（责任单位：县审批局牵头，县公安局配合；完成时限：持续推进）')
add('p48', '48.优化涉企服务。推进“证照分离”改革和电子营业执照推广应用，探索“一业一证”改革，完善企业专属网页和惠企政策专栏，推动惠企政策精准推送、直达直享。（责任单位：县市场监管局、县审批局牵头，县工信商务局、县财政局配合；完成时限：2024年）')
add('s5e', '（五）提升系统科学的生态环境保护能力')
add('p49', '49.提升生态环境智慧监测能力。依托生态环境数据资源中心，完善县域大气、水、土壤等生态环境监测网络，加强污染源在线监控和数据关联分析。（责任单位：吴忠市生态环境局盐池分局；完成时限：2024年）')
add('p50', '50.推进数字治水。深化“互联网+城乡供水”建设，推进农村供水工程数字化管理和高效节水灌溉智能化，建设县域水联网。（责任单位：县水务局；完成时限：2024年底）')
add('p51', '51.推进“智慧林草”应用。推广应用宁夏“智慧林草”云平台，提升哈巴湖等重点区域林草资源管理信息化、智能化水平。（责任单位：县林草局；完成时限：2024年）')
add('p52', '52.深化资源要素市场化改革。依托全区用水权、土地权、排污权、山林权市场交易平台，推进“四权”交易，推动山林权改革成果数字化应用。（责任单位：县自然资源局、县水务局、县林草局、吴忠市生态环境局盐池分局按职责分别负责；完成时限：持续推进）')
add('p53', '53.推动绿色低碳转型。推进水、气、土、废污染防治数字化监管，依托公共机构能耗监测平台推行绿色办公。（责任单位：吴忠市生态环境局盐池分局、县机关事务服务中心按职责分别负责；完成时限：持续推进）')
add('s5f', '（六）提升整体高效的政务运行能力')
add('p54', '54.推广应用协同办公平台。全面应用宁夏政务协同办公平台，推动公文流转、信息报送、会议培训、督查考核等机关公务线上办理。（责任单位：县政府办公室牵头，各乡镇人民政府、县直各部门（单位）配合；完成时限：2024年）')
add('p55', '55.深化“宁政通”应用。推动县级各部门办公、执法、管理等政务APP接入“宁政通”，实现县乡村三级公职人员“宁政通”全覆盖。（责任单位：县政府办公室牵头，县直各部门（单位）、各乡镇人民政府配合；完成时限：2024年）')
add('p56', '56.推进基层填表报数减负。依托“宁政通”全区统一的填表报数系统，整合县级各类统计报表，推动基层干部填表报数工作量明显压减。（责任单位：县政府办公室牵头，县统计局、各乡镇人民政府配合；完成时限：2024年底）')
add('p57', '57.整合视频会议资源。统筹整合各乡镇、各部门非涉密视频会议系统资源，接入全区统筹应用的视频会议平台。（责任单位：县机关事务服务中心牵头，县政府办公室配合；完成时限：2024年底）')
add('p58', '58.推进公共资源交易全流程数字化。推进工程建设项目招投标、政府采购等公共资源交易全流程电子化，实现留痕可溯、监督预警。（责任单位：县财政局牵头，县发改局、县住建局配合；完成时限：2024年）')
add('p59', '59.提升机关事务管理数字化水平。应用全区机关事务管理统一的工作门户，采集党政机关办公用房信息数据，推进公共机构节能、公务用车等管理应用。（责任单位：县机关事务服务中心；完成时限：2024年底）')
add('s5g', '（七）提升全面规范的政务公开能力')
add('p60', '60.完善政务公开平台。进一步完善县政府门户网站和各类政务公开信息化平台，构建以网上发布为主、其他渠道发布为辅的政务公开发布格局。（责任单位：县政府办公室牵头，县直各部门（单位）、各乡镇人民政府分别负责；完成时限：2024年）')
add('p61', '61.建设政策文件库。依托全区统一的规范性文件数据库，推动县级现行有效政策文件集中公开、智能推送，实现政策“一库通查”。（责任单位：县司法局、县政府办公室按职责分别负责；完成时限：2024年）')
add('p62', '62.发挥政务新媒体作用。构建县级政务新媒体矩阵体系，形成整体联动、同频共振的政府信息传播格局，开发多样化政策解读产品，依托政务新媒体做好突发公共事件信息发布，及时' + GARBLED + '。（责任单位：县委宣传部、县融媒体中心牵头，县直各部门（单位）配合；完成时限：2024年）')
add('p63', '63.畅通政民互动渠道。以12345政务服务便民热线为枢纽，连通县政府门户网站、“我的宁夏”政务APP、信访平台等政民互动渠道，及时回应群众关切。（责任单位：县审批局、县政府办公室、县信访局按职责分别负责；完成时限：2024年）')
add('s6', '六、加强党的领导，强化工作保障')
add('p64', '64.加强组织领导。将数字政府建设纳入“一把手”工程，建立主要领导负责制，县推进数字政府建设领导小组定期研究解决重大问题。（责任单位：县政府办公室牵头，各乡镇人民政府、县直各部门（单位）负责；完成时限：持续推进）')
add('p65', '65.强化资金保障。将数字政府建设经费纳入年度预算，统筹利用现有资金渠道，建立政务平台常态化运行与年度运维资金挂钩的评估机制。（责任单位：县财政局牵头，县政府办公室配合；完成时限：持续推进）')
add('p66', '66.提升数字素养。依托宁夏干部教育培训网络学院和县委党校，开展全县干部数字化能力培训，全年培训不少于2期。（责任单位：县委组织部、宣传部，县委党校，县政府办公室按职责分别负责；完成时限：持续推进）')
add('p67', '67.强化考核评价。将数字政府建设纳入县对乡镇、部门效能目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考，定期开展督促检查和经验交流，建立容错和奖惩机制。（责任单位：县委办公室、县委组织部、县政府办公室按职责分别负责；完成时限：持续推进）')
add('close', '各乡镇、各部门要对照本工作要点，细化工作措施，明确时间节点，确保各项任务落地见效。各责任单位于每季度结束后5个工作日内向县政府办公室报送工作进展情况，2024年12月15日前报送年度工作总结；县政府办公室汇总后于2025年1月10日前报县人民政府。')

LINE = {lab: i + 1 for i, (lab, _) in enumerate(L)}
TEXT = {lab: t for lab, t in L}

# ---------------------------------------------------------------- key
expect = []
must = []
covers = []

def E(rule, lab, text=None, why='', **kw):
    if text is not None:
        assert text in TEXT[lab], (lab, text)
    e = {'rule': rule, 'line': LINE[lab]}
    if text is not None:
        e['text'] = text
    e.update(kw)
    e['why'] = why
    expect.append(e)

def M(rule, lab, text=None, why=''):
    if text is not None:
        assert text in TEXT[lab], (lab, text)
    e = {'rule': rule, 'line': LINE[lab]}
    if text is not None:
        e['text'] = text
    e['why'] = why
    must.append(e)

def C(task, lab):
    covers.append({'task': task, 'line': LINE[lab]})

# planted mistakes
E('basis-mismatch', 'basis', '宁政办发〔2023〕17号',
  'the 自治区人民政府《关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 政府 document, not a 政府办公厅 one); 宁政办发 is a slip carried over from the 宁政办发〔2023〕11号 cited next to it')
E('unknown-unit', 'p4', '县经信局',
  'old name of 县工业信息化和商务局 (registry short name 县工信商务局, used correctly in points 5, 6, 7, 31); 县经信局 is not in units.txt')
E('deadline-invalid', 'p26', '2023年12月底前',
  'the document is issued 2024-02-23; a completion date of December 2023 lies before the issue year (slip copied from the 2023 要点). Not a copied regional date: tasks 40 and 54 are both due 2024年')
E('deadline-later-than-baseline', 'p29', '2025年6月底前',
  'task 48 (城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; task 47 (电子政务外网升级改造、扩大互联网出口带宽) 完成时限 2024年; the county puts its part in June 2025')
E('garbled-text', 'p62', GARBLED[:6],
  'UTF-8 bytes read as GBK: the run ' + GARBLED + ' is 做好政务舆情回应工作 (re-encode as GBK, decode as UTF-8)')
expect.append({'rule': 'task-uncovered', 'line': 0, 'task': 93,
               'why': 'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 各市、县（区）按照职能分别负责, 2024年) is deliberately left out: no 适老化 / 信息无障碍 / 老年人、残疾人 content anywhere (吴忠 plan has it under 拓展公平普惠的民生服务)'})

# near misses: basis and background
M('basis-mismatch', 'basis', '国发〔2022〕14号', 'correct 文号 and title of the national 指导意见')
M('basis-mismatch', 'basis', '宁政办发〔2023〕11号', 'correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan')
M('basis-mismatch', 'basis', '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'the parent city plan cited by title alone, correct title (实施方案, 加强); the city plan has no 文号 in its text')
M('basis-mismatch', 'bg', '宁政办发〔2020〕14号', 'retrospective mention (自2020年…以来) of the old regional 工作要点 with its correct 文号 and exact title; not cited as a basis of this document')
M('basis-mismatch', 'bg', '《盐池县2023年数字政府建设工作要点》', 'the county\'s own previous 要点, mentioned as last year\'s work in the background, not as a basis')
M('basis-mismatch', 'h2', '盐政办发〔2024〕6号', 'the document\'s own 文号 in the 通知 header, not a citation')
M('deadline-invalid', 'bg', '2023年', 'past year in the background (what the county did in 2023), not a deadline')
M('deadline-invalid', 'h6', '2024年2月23日', 'the issue date of the 通知')
M('deadline-later-than-baseline', 'goal', '到2025年', '主要目标 goal 1347/34567 体系框架全面成型: 到2025年 in the region\'s 实施意见 and in the 吴忠 plan; equal')
M('deadline-later-than-baseline', 'goal', '到2024年底', 'dated goal for 2024 (系统迁移上云, 掌上办, 宁政通): equal to tasks 43 (2024年建成，持续推进), 46 (2024年), 86 (2024年), 105 (2024年); no regional or city goal for the same thing is earlier')
M('deadline-later-than-baseline', 'close', '2025年1月10日前', 'the office\'s own reporting date for the annual summary (报县人民政府), not a task deadline; nearest task 121 (每年度制定工作要点…) is 长期坚持')
M('deadline-later-than-baseline', 'close', '2024年12月15日前', 'the office\'s own reporting date for the annual summary')

# near misses: deadlines
M('deadline-later-than-baseline', 'p1', '2024年6月底前', 'task 64 (各地各部门参照自治区做法成立相应组织机构; 各市、县（区）负责) 完成时限 2025年; earlier')
M('deadline-later-than-baseline', 'p2', '2024年底', 'county 指挥调度中心 from the 六级贯通 text (no task row of its own); nearest task 81 (统一视频指挥调度体系) 完成时限 2025年; earlier')
M('deadline-later-than-baseline', 'p3', '持续推进', 'ongoing work mechanism from the 吴忠 plan (一联系、两清单); nearest task 32 (数据管理机构职责、人员) 完成时限 2023年 lies before the plan year; 持续推进 has no completing milestone')
M('deadline-later-than-baseline', 'p4', '持续推进', 'task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; ongoing, no later milestone')
M('deadline-later-than-baseline', 'p5', '2024年底', 'task 2 (产业云、企业数据汇聚) 完成时限 2023年启动，2024年取得明显成效; equal')
M('deadline-later-than-baseline', 'p6', '2024年12月底前', 'tasks 10 (持续推进，2025年取得明显成效) and 71 (追溯监管, 2024年); equal or earlier')
M('deadline-later-than-baseline', 'p7', '持续推进', 'task 5 (以网管网等新型监管模式) 完成时限 持续推进，2025年取得明显成效; ongoing, equal')
M('deadline-later-than-baseline', 'p8', '持续推进', 'task 6 (教育、健康、就业…服务数字化; 各市、县（区）负责) 完成时限 持续推进，2025年取得明显成效')
M('deadline-later-than-baseline', 'p9', '2024年底', 'task 7 (国家智慧教育平台整省试点) 完成时限 2023年形成试点经验，2025年取得明显成效; the completing milestone is 2025, earlier')
M('deadline-later-than-baseline', 'p10', '2024年12月底前', 'task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效; earlier')
M('deadline-later-than-baseline', 'p11', '持续推进', 'task 9 (城市生命线、城市运行管理服务平台、一网统管) 完成时限 持续推进，2025年取得明显成效')
M('deadline-later-than-baseline', 'p12', '2024年底', 'task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; earlier')
M('deadline-later-than-baseline', 'p13', '2024年底', 'task 11 (数字供销) 完成时限 2023年完成主要建设任务，2025年取得明显成效: the milestone that completes the task is 2025, so 2024年底 is earlier; the 2023 milestone was the region\'s main build, before the plan year')
M('deadline-later-than-baseline', 'p14', '2024年底', 'task 12 (数据要素市场、数据交易平台) 完成时限 2025年; earlier (task 13, 2024年, equal)')
M('deadline-later-than-baseline', 'p15', '持续推进', 'network ecology from the region\'s 数字生态 text (健全网络综合治理体系), no task row; ongoing')
M('deadline-later-than-baseline', 'p16', '持续推进', 'tasks 14 and 15 (安全主体责任；安全评估、责任落实和重大事件处置机制) 完成时限 2023年, before the plan year; the county keeps the responsibility going in 2024 with no new completing milestone')
M('deadline-later-than-baseline', 'p17', '持续推进', 'task 18 (安全技术保障体系、常态化安全防护和应急演练) 完成时限 2023年形成机制，长期坚持; ongoing')
M('deadline-later-than-baseline', 'p18', '2024年底', 'task 19 (政务信创云) 完成时限 2023年启动，2024年建成; equal')
M('deadline-later-than-baseline', 'p19', '2024年', 'task 21 (行政权力事项网上运行) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p20', '2024年6月底前', 'task 23 (一体化数字资源管理系统、一本账) 完成时限 2024年; earlier')
M('deadline-later-than-baseline', 'p21', '2024年底', 'task 26 (做法上升为制度规范) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p22', '2024年底', 'task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; earlier')
M('deadline-later-than-baseline', 'p23', '持续推进', 'task 24 (政务信息化项目全生命周期管理) 完成时限 2023年, before the plan year; ongoing')
M('deadline-later-than-baseline', 'p24', '2024年底', 'tasks 33 and 34 (基础库、主题库) 完成时限 2024年; equal (task 29 2023年启动，2025年完成, earlier)')
M('deadline-later-than-baseline', 'p25', '2024年11月底前', 'task 42 (公共数据与政务数据融合应用) 完成时限 2024年; earlier')
M('deadline-later-than-baseline', 'p27', '2024年', 'task 41 (公共数据开放目录、开放平台) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p28', '2024年底', 'tasks 43 (政务一朵云) 2024年建成，持续推进 and 46 (政务信息系统有序迁移) 2024年; equal')
M('deadline-later-than-baseline', 'p30', '2024年底', 'task 50 (非涉密业务专网整合迁移) 2024年, equal; task 49 (视频共享平台) 2025年, earlier')
M('deadline-later-than-baseline', 'p31', '2024年底', '5G coverage from the 吴忠 plan (扩大5G网络覆盖), no regional task row; a 2024 date is not later than anything')
M('deadline-later-than-baseline', 'p32', '2024年底', 'task 52 (电子证照) 2025年, earlier; task 53 (电子印章、电子营业执照) 2024年, equal')
M('deadline-later-than-baseline', 'p33', '2024年底', 'task 55 (电子票据) 2024年, equal; task 56 (非税收入收缴电子化) 2025年, earlier')
M('deadline-later-than-baseline', 'p34', '2024年', 'task 57 (信用信息公共服务平台) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p35', '2024年底', 'task 58 (地理信息底板底图) 2024年 and 97 (国土空间基础信息平台) 2024年; equal')
M('deadline-later-than-baseline', 'p36', '2024年底', 'task 66 (宁夏经济运行大数据平台) 完成时限 2025年; earlier')
M('deadline-later-than-baseline', 'p37', '2024年', 'task 70 (企业信用风险分类管理、双随机一公开差异化监管) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p38', '2024年11月底前', 'task 71 (重点领域全链条数字化追溯监管) 完成时限 2024年; earlier')
M('deadline-later-than-baseline', 'p39', '2024年', 'tasks 74 (屏、端、仪, 新型监管手段) and 73 (消费维权一件事) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p40', '2024年', 'task 77 (矛盾纠纷多元化解信息系统) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p41', '2024年', 'task 79 (雪亮工程) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p42', '2024年', 'task 80 (智慧应急) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p43', '2024年底', 'task 83 (互联网+基层治理) 完成时限 2025年; earlier')
M('deadline-later-than-baseline', 'p44', '2024年', 'task 84 (一体化政务服务体系, 网上办掌上办就近办一次办) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p45', '持续推进', 'task 85 (免证办、一件事一次办、免申即享) 完成时限 2023年, before the plan year; the county keeps deepening it, no new completing milestone')
M('deadline-later-than-baseline', 'p46', '2024年6月底前', 'task 86 (我的宁夏 应上尽上) 完成时限 2024年; earlier')
M('deadline-later-than-baseline', 'p47', '持续推进', 'task 87 (12345 一呼即应改革) 完成时限 2023年启动，2025年完成; ongoing, no later milestone')
M('deadline-later-than-baseline', 'p48', '2024年', 'tasks 88 (证照分离、一业一证) and 89 (企业专属网页、惠企政策) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p49', '2024年', 'task 94 (生态环境数据资源中心) 2024年, equal; task 95 2025年')
M('deadline-later-than-baseline', 'p50', '2024年底', 'task 96 (互联网+城乡供水、全域水联网) 完成时限 2025年; earlier')
M('deadline-later-than-baseline', 'p51', '2024年', 'task 98 (智慧林草云平台) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p52', '持续推进', 'task 100 (四权市场交易平台) 完成时限 2025年; ongoing')
M('deadline-later-than-baseline', 'p53', '持续推进', 'task 102 (绿色低碳转型) 完成时限 2025年; ongoing')
M('deadline-later-than-baseline', 'p54', '2024年', 'task 104 (协同办公平台) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p55', '2024年', 'task 105 (宁政通) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p56', '2024年底', 'task 106 (填表报数系统) 完成时限 2025年; earlier')
M('deadline-later-than-baseline', 'p57', '2024年底', 'task 107 (视频会议平台) 完成时限 2025年; earlier')
M('deadline-later-than-baseline', 'p58', '2024年', 'task 108 (公共资源交易全流程数字化) 完成时限 长期推进，2024年取得明显成效; equal')
M('deadline-later-than-baseline', 'p59', '2024年底', 'task 111 (机关事务管理统一门户、办公用房数据) 完成时限 2025年; earlier')
M('deadline-later-than-baseline', 'p60', '2024年', 'task 112 (政务公开信息化平台) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p61', '2024年', 'task 113 (政策文件库、一库通查) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p62', '2024年', 'task 114 (政务新媒体矩阵) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p63', '2024年', 'task 115 (政民互动) 完成时限 2024年; equal')
M('deadline-later-than-baseline', 'p64', '持续推进', 'task 116 (一把手工程) 完成时限 2023年完成并长期坚持; ongoing')
M('deadline-later-than-baseline', 'p65', '持续推进', 'task 25 (多渠道资金保障) 完成时限 2023年, before the plan year; ongoing budget practice')
M('deadline-later-than-baseline', 'p66', '持续推进', 'task 118 (数字政府培训体系) 完成时限 2023年完成并长期坚持; ongoing')
M('deadline-later-than-baseline', 'p67', '持续推进', 'tasks 122/123 (2023年完成，长期坚持) and 124 (2023年形成机制，长期坚持); ongoing')

# near misses: units
M('unknown-unit', 'p1', '各乡镇人民政府', 'collective subject')
M('unknown-unit', 'p1', '县直各部门（单位）', 'collective subject')
M('unknown-unit', 'p22', '县直有关部门', 'collective subject')
M('unknown-unit', 'p43', '各村（社区）', 'collective subject')
M('unknown-unit', 'p4', '吴忠市生态环境局盐池分局', 'listed in units.txt as one name (the city bureau\'s county branch); must not be split or read as a city unit')
M('unknown-unit', 'p5', '县发改局', 'short name of 县发展和改革局 in units.txt')
M('unknown-unit', 'p8', '县教育体育局', 'canonical name in units.txt (short form 县教体局 used in points 9 and 33)')
M('unknown-unit', 'p11', '县综合执法局', 'in units.txt')
M('unknown-unit', 'p13', '县供销社', 'short name of 县供销合作社联合社 in units.txt')
M('unknown-unit', 'p14', '县大数据服务中心', 'in units.txt')
M('unknown-unit', 'p17', '县保密局', 'short name of 县委保密办 in units.txt')
M('unknown-unit', 'p23', '财政局', 'prefix 县 distributes over the list 县发展改革局、财政局、审计局: 县财政局')
M('unknown-unit', 'p23', '审计局', 'prefix 县 distributes: 县审计局')
M('unknown-unit', 'p23', '县发展改革局', 'short name of 县发展和改革局 in units.txt')
M('unknown-unit', 'p25', '国网盐池县供电公司', 'enterprise outside government, listed in units.txt')
M('unknown-unit', 'p31', '中国移动盐池分公司', 'operator, listed in units.txt (as are 中国电信盐池分公司 and 中国联通盐池分公司)')
M('unknown-unit', 'p32', '县公安局', 'written 县公安局等部门: 等部门 is not part of the name')
M('unknown-unit', 'p33', '县税务局', 'short name of 国家税务总局盐池县税务局 in units.txt')
M('unknown-unit', 'p42', '盐池县气象局', 'vertical unit listed in units.txt (with 县消防救援大队 on the same line)')
M('unknown-unit', 'p66', '宣传部', 'prefix 县委 distributes over 县委组织部、宣传部: 县委宣传部')
M('unknown-unit', 'p66', '县委党校', 'in units.txt')

# near misses: garble / pillars
M('garbled-text', 'p6', '“中国（盐池）滩羊产业大会暨电商文化旅游节”', 'a real event name with nested brackets, not damage')
must.append({'rule': 'missing-pillar', 'line': 0, 'why': '数字生态 is taken up (points 14, 15), as are 一套体系 / 五个一·六级贯通 (points 1–3) and 党的领导 (points 64–67)'})

# covers
for task, lab in [
    (64, 'p1'), (3, 'p4'), (2, 'p5'), (5, 'p7'), (6, 'p8'), (7, 'p9'), (8, 'p10'), (9, 'p11'),
    (10, 'p12'), (11, 'p13'), (12, 'p14'), (14, 'p16'), (15, 'p16'), (18, 'p17'), (17, 'p17'),
    (19, 'p18'), (21, 'p19'), (23, 'p20'), (26, 'p21'), (28, 'p22'), (24, 'p23'),
    (33, 'p24'), (34, 'p24'), (42, 'p25'), (40, 'p26'), (54, 'p26'), (41, 'p27'),
    (43, 'p28'), (46, 'p28'), (47, 'p29'), (48, 'p29'), (50, 'p30'), (49, 'p30'),
    (52, 'p32'), (53, 'p32'), (55, 'p33'), (56, 'p33'), (57, 'p34'), (58, 'p35'),
    (66, 'p36'), (70, 'p37'), (71, 'p38'), (74, 'p39'), (73, 'p39'), (77, 'p40'), (79, 'p41'),
    (80, 'p42'), (83, 'p43'), (84, 'p44'), (85, 'p45'), (86, 'p46'), (87, 'p47'), (88, 'p48'),
    (89, 'p48'), (94, 'p49'), (96, 'p50'), (98, 'p51'), (100, 'p52'), (102, 'p53'),
    (104, 'p54'), (105, 'p55'), (106, 'p56'), (107, 'p57'), (108, 'p58'), (111, 'p59'),
    (112, 'p60'), (113, 'p61'), (114, 'p62'), (115, 'p63'), (116, 'p64'), (25, 'p65'),
    (118, 'p66'), (122, 'p67'), (123, 'p67'), (124, 'p67'),
]:
    C(task, lab)

key = {
    'writer': 'blind writer, round 638; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': must,
    'covers': covers,
    'notes': ('盐池县2024年数字政府建设工作要点 (盐政办发〔2024〕6号, 2024-02-23), 67 numbered points under the 吴忠 "1347" parts '
              '(一套体系 / 三个驱动 / 四大支撑 / 七种能力) plus 党的领导, each ending in an inline note （责任单位：…；完成时限：…）. '
              'Every point date is in 2024 or 持续推进 except the two planted ones. Points that take up regional tasks due 2023 '
              '(14, 15, 24, 25, 85, and the 长期坚持 tasks 116, 118, 122-124) carry 持续推进: they are annual follow-ups, '
              'not late deadlines. The closing paragraph holds the office\'s own reporting dates (2024年12月15日前, 2025年1月10日前). '
              'Units: the county registry units.txt written for this case; 县经信局 is the planted outdated name.'),
}

with open(os.path.join(HERE, 'draft.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(t for _, t in L) + '\n')
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(L), 'lines;', len(expect), 'expect;', len(must), 'mustNotFlag;', len(covers), 'covers')
