#!/usr/bin/env python3
# Writes draft.txt, units.txt and key.json for blind case 331 and checks line numbers.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

GARBLED = '政务服务事项'.encode('utf-8').decode('gbk')  # UTF-8 read as GBK
assert GARBLED.encode('gbk').decode('utf-8') == '政务服务事项'

letter = [
    '盐池县人民政府办公室',
    '盐政办函〔2024〕17号',
    '盐池县人民政府办公室关于报送盐池县落实市《关于加强数字政府建设的实施方案》任务情况的函',
    '吴忠市大数据管理服务局：',
    '　　按照《吴忠市大数据管理服务局关于报送数字政府建设任务落实情况的通知》（吴大数函〔2024〕3号）要求，我县对照《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）附件2全区数字政府建设重点任务清单和吴忠市人民政府《关于加强数字政府建设的实施方案》（以下简称《市方案》），逐项梳理了需由县级承接落实的任务，现将有关情况函告如下。',
    '　　一、总体情况',
    '　　2023年以来，我县把数字政府建设作为深化“放管服”改革、优化营商环境的重要抓手。2023年8月，调整成立了由县长任组长、分管副县长任副组长的县推进“数字政府”建设领导小组，领导小组办公室设在县政府办公室，日常工作由县大数据服务中心承担，县、乡、村三级工作体系初步形成。',
    '　　截至2023年底，全县电子政务外网已覆盖8个乡镇和县直各部门，县乡两级政务服务事项网上可办率达到98%以上，“我的宁夏”政务APP盐池专区上线高频事项316项，“宁政通”APP在县直部门全面启用。',
    '　　我县2020年按照《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）建设的县级政务数据共享交换节点，已于2023年停止运行，县级政务数据统一通过自治区政务数据平台共享交换。',
    '　　2023年，全县完成政务数据资源普查和县级政务数据资源目录编制，共梳理数据资源目录1286条；县直部门非涉密政务信息系统完成上云前评估。',
    '　　二、任务承接情况',
    '　　经梳理，《市方案》“一套体系、三个驱动、四大支撑、七种能力”和加强党的领导各部分中需由县级承接的任务共{N}项，我县逐项明确了落实措施、责任单位和完成时限（详见附件）。各项任务完成时限按照不晚于《市方案》和自治区任务清单时限的原则确定，其中已完成或转入长期坚持的{A}项，计划2024年内完成{B}项，2025年内完成{C}项。',
    '　　到2025年，全县数字政府建设与全市“1347”体系框架全面衔接，与自治区、市共性基础支撑体系实现对接复用、互联互通。',
    '　　三、存在的问题',
    '　　一是专业力量不足。县大数据服务中心现有工作人员5名，乡镇普遍没有专职数字化工作人员，村（社区）信息员多为兼职。',
    '　　二是资金保障压力较大。县级财力有限，电子政务外网向村级延伸、信创适配改造等项目资金缺口较大。',
    '　　三是数据回流不够及时。县级基层治理、惠民补贴发放等应用所需的人口、社保等数据回流渠道尚不畅通。',
    '　　四、下步工作',
    '　　一是压实工作责任。严格按照《市方案》部署，对照附件所列任务建立台账、挂图作战，由县推进“数字政府”建设领导小组办公室按月调度。',
    '　　二是强化要素保障。积极争取自治区、市项目和资金支持，统筹县级财政资金，优先保障电子政务外网延伸和信创适配改造。',
    '　　三是加强跟踪报送。每季度结束后5个工作日内向市大数据管理服务局报送任务进展情况，2024年12月底前报送年度落实情况。恳请市大数据管理服务局在数据回流、电子政务外网延伸和专业培训等方面给予指导支持。',
    '　　联系人：王晓东，县大数据服务中心，联系电话：0953-6012351。',
    '　　附件：盐池县落实《市方案》任务清单',
    '盐池县人民政府办公室',
    '2024年3月18日',
    '（此件依申请公开）',
    '附件',
    '盐池县落实《市方案》任务清单',
    '填报单位：盐池县人民政府办公室　　　　填报日期：2024年3月15日',
    '序号\t市方案任务\t我县落实措施\t责任单位\t完成时限',
]

# rows: (id, city cell, county measure, county units, county date, meta)
# meta: task (regional no. or None), region deadline, city date, notes
R = []
def row(key, city, measure, units, date, task=None, rdate=None, cdate=None):
    R.append(dict(key=key, city=city, measure=measure, units=units, date=date,
                  task=task, rdate=rdate, cdate=cdate))

row('org', '健全组织机构。健全完善市、县（市、区）、乡（镇）三级“数字政府”建设组织领导机构，逐级明确职责任务。（市大数据管理服务局牵头，各县（市、区）人民政府负责；2025年）',
    '调整充实县推进“数字政府”建设领导小组，8个乡镇明确分管领导和数字政府工作专员，村（社区）明确信息员，形成县、乡、村三级齐抓共管的工作格局。',
    '县政府办公室牵头，县委编办配合，各乡镇人民政府负责', '2024年6月底前', 64, '2025年', '2025年')
row('layer', '厘清层级职责。按照自治区“六级贯通”的数字政府建设层级架构，进一步厘清市、县（市、区）、乡（镇）、村（社区）目标任务工作职责。重点依托上级平台开发本地特色应用。（市大数据管理服务局牵头，各县（市、区）人民政府负责；2025年）',
    '依托自治区、市平台完善县级特色应用，一体化推进县级指挥调度中心建设，县级不再新建独立的基础平台。',
    '县政府办公室牵头，县直各部门（单位）配合', '2025年', None, None, '2025年')
row('mech', '完善工作机制。推动形成“一联系、两清单”（两清单：工作清单和底数清单）的数字政府工作机制，探索建立“科室+数据专员”机制，配齐配强数字化工作力量。（市大数据管理服务局牵头，市直各部门、各县（市、区）人民政府负责；2024年）',
    '建立县级数字政府建设工作清单和底数清单，县直各部门明确1名分管领导和1名数据专员，实行“科室+数据专员”机制。',
    '县政府办公室牵头，县直各部门（单位）负责', '已完成，动态调整', None, None, '2024年')
row('park', '推动“六新”产业数字化转型。……加快完善太阳山开发区、金积工业园区、青铜峡园区等“智慧园区”功能，加强工业运行态势分析，强化安全、环保、能耗监管。（市工业和信息化局牵头，各县（市、区）人民政府负责；持续推进，2025年取得明显成效）',
    '推进盐池工业园区“智慧园区”建设，完善园区安全、环保、能耗在线监测功能，为入园企业提供全生命周期服务。',
    '盐池工业园区管委会牵头，县工业信息化和商务局、县应急管理局配合', '持续推进，2025年取得明显成效', 3, '持续推进，2025 年取得明显成效', '持续推进，2025年取得明显成效')
row('sheep', '推动“六特”产业品牌升级。加快推进智慧农业发展……依托数字信息平台，加强滩羊、葡萄酒等优质农特产品对外宣传。（市农业农村局牵头，各县（市、区）人民政府负责；2024年）',
    '建设盐池滩羊产业大数据平台，汇聚养殖、屠宰加工、销售数据，推进滩羊产品全程追溯，办好中国（盐池）滩羊产业大会暨电商文化旅游节线上活动。',
    '县农业农村局牵头，县工业信息化和商务局、县市场监督管理局配合', '2024年底', 2, '2023 年启动，2024 年取得明显成效', '2024年')
row('city', '加快智慧城市建设。推进城市运行“一网统管”，建设城市运行管理服务平台，提升城市治理科学化、精细化、智能化水平。（市城市管理局牵头，各县（市、区）人民政府负责；持续推进，2025年取得明显成效）',
    '建设县级城市运行管理服务平台并接入市平台，将城区路灯、排水、燃气等市政设施纳入“一网统管”。',
    '县住房和城乡建设局牵头，县自然资源局、县公安局配合', '2025年', 9, '持续推进，2025年取得明显成效', '持续推进，2025年取得明显成效')
row('health', '深化数字普惠应用。推进“互联网+医疗健康”建设，深化县域综合医改，持续提升医联体（医共体）建设成效。（市卫生健康委牵头，各县（市、区）人民政府负责；持续推进，2025年取得明显成效）',
    '依托县域医共体信息平台，实现县人民医院与各乡镇卫生院远程会诊、远程影像、远程心电诊断全覆盖，推广电子健康卡和电子处方流转。',
    '县卫生健康局牵头，县医疗保障局、县人民医院配合', '2025年', 8, '持续推进，2025年取得明显成效', '持续推进，2025年取得明显成效')
row('edu', '推进教育数字化转型，深入推广宁夏智慧教育平台，实现教学数字化应用、数字校园全覆盖。（市教育局牵头，各县（市、区）人民政府负责；2025年）',
    '深化国家智慧教育平台整省试点应用，全县中小学数字校园建设全覆盖，“互联网+教育”示范学校达到20所。',
    '县教育体育局负责', '2025年', 7, '2023年形成试点经验，2025年取得明显成效', '2025年')
row('rural', '推进数字乡村建设。以数字化支撑现代乡村治理体系，加快补齐乡村信息基础设施短板，加快推进数字乡村试点建设。（市农业农村局牵头，各县（市、区）人民政府负责；持续推进，2025年取得明显成效）',
    '推进县域数字乡村试点建设，推动行政村5G网络和千兆光网覆盖，建设县级农业农村大数据平台。',
    '县农业农村局牵头，县委网信办、县工业信息化和商务局配合，各乡镇人民政府负责', '2025年', 10, '持续推进，2025年取得明显成效', '持续推进，2025年取得明显成效')
row('coop', '全面推进全国“数字供销”示范区建设，以数字化技术赋能现代农业生产体系、经营体系、管理服务体系。（市供销社牵头，各县（市、区）人民政府负责；2025年）',
    '推进县供销社“数字供销”平台与农资、农产品流通网点对接，实现基层供销社线上经营全覆盖。',
    '县供销合作社负责', '2025年', 11, '2023年完成主要建设任务，2025年取得明显成效', '2025年')
row('ecoenv', '完善数据要素共享开放环境。遵照国家现行大数据开放规范，按照自治区相关要求，探索制定数据资源采集、共享、应用规范制度，明确数据资源开放共享法律边界。（市发展改革委牵头，市大数据管理服务局配合；2024年）',
    '落实自治区数据交易主体市场准入、公平竞争审查等制度，引导县内企业依法合规开展数据交易，规范数据交易行为。',
    '县发展和改革局牵头，县市场监督管理局配合', '2024年', 13, '2024年', '2024年')
row('eco', '促进政企数据要素融合开放。融合汇聚全市数据资源，对公共数据按照重要性和敏感度分级分类，明确开放标准、开放内容、时间节点。（市大数据管理服务局牵头，市发展改革委配合；2024年）',
    '配合全区数据要素市场培育，梳理县级可开放公共数据目录，推动公共数据分级分类开放，引导滩羊、黄花菜等农业龙头企业数据上云、开放共享。',
    '县大数据服务中心牵头，县发展和改革局、县工业信息化和商务局配合', '2024年', 41, '2024年', '2024年')
row('secresp', '强化安全管理责任。落实市、县（区）、乡（镇）数字政府建设安全和保密工作的主体责任、监督责任，构建全方位、多层级、一体化安全防护体系。（市委网信办牵头，市直各部门、各县（市、区）人民政府分别负责；2023年）',
    '印发县级数字政府建设安全和保密工作责任清单，落实县直各部门、各乡镇主体责任和监督责任。',
    '县委网信办牵头，县直各部门（单位）、各乡镇人民政府分别负责', '已完成，长期坚持', 14, '2023年', '2023年')
row('secdef', '提升安全防护能力。建立健全动态监控、主动防御、协同响应的数字政府安全技术保障体系。（市委网信办、市公安局牵头；2023年形成机制，长期坚持）',
    '接入市网络安全态势感知平台，每年至少开展1次县级网络安全应急演练和1次等级保护测评。',
    '县委网信办牵头，县公安局、县大数据服务中心配合', '长期坚持', 18, '2023年形成机制, 长期坚持', '2023年形成机制，长期坚持')
row('xinchuang', '提高自主可控水平。推动政务信息系统基于信创环境开发，强化信创技术和信创产品应用，切实提高自主可控水平。（市大数据管理服务局牵头；2024年）',
    '新建县级政务信息系统一律基于信创环境开发，已建系统按自治区统一安排完成信创适配。',
    '县大数据服务中心牵头，县直各部门（单位）配合', '2024年底', 19, '2023年启动，2024年建成', '2024年')
row('power', '以数字化改革助力政府职能转变。……推动各类行政权力事项网上运行、动态管理，强化审管协同，优化营商环境。（市审批服务管理局牵头，各县（市、区）人民政府负责；2024年）',
    '依托全区行政许可管理信息系统，完成县级行政权力事项清单动态调整和网上运行，建立县审批服务管理局与行业主管部门“审管联动”台账。',
    '县审批服务管理局牵头，县司法局及县直有关部门配合', '2024年10月底前', 21, '2024年', '2024年')
row('pilot', '开展试点示范。围绕数字政府建设重点领域、关键环节、共性需求等，选择有条件的市级部门、县（市、区）开展试点示范。（市大数据管理服务局牵头；2023年启动，2025年取得明显成效）',
    '以滩羊产业“一件事”和基层报表减负为重点，积极申报自治区数字政府建设试点，形成可复制推广的县级经验。',
    '县政府办公室牵头，县农业农村局、县大数据服务中心配合', '2025年', 28, '2023年启动，2025年取得明显成效', '2023年启动，2025年取得明显成效')
row('survey', '健全政务数据管理机制。……建立政务数据资源调查制度，全面摸清全市政务数据资源底数，形成全市政务数据“一本账”。（市大数据管理服务局牵头，市直各部门、各县（市、区）人民政府负责；2023年）',
    '完成县级政务数据资源普查，编制县级政务数据资源目录，按季度更新。',
    '县大数据服务中心牵头，县直各部门（单位）负责', '已完成，动态更新', 30, '2023年', '2023年')
row('theme', '推进政务数据一体化。逐项明确责任主体，推动各市级部门、县（区）政务数据资源汇聚，积极对接全区统一基础库和主题库，完善社会保障、生态环保、应急管理、政务服务、国资监管、经济运行、医疗健康等主题库。（市大数据管理服务局牵头，各县（市、区）人民政府配合；2024年）',
    '按照全区统一标准，推动县级社会保障、医疗健康、应急管理等业务数据向主题库汇聚，完成数据质量核查整改。',
    '县大数据服务中心牵头，县人力资源和社会保障局、县卫生健康局、县应急管理局配合', '2024年21月底前', 34, '2024年', '2024年')
row('fuse', '深化数据创新应用。围绕重大领域改革和重点任务，不断提升公共数据资源开发利用水平……加快推进公共数据和社会数据融合。（市大数据管理服务局牵头；2024年）',
    '推进供水、供电、燃气等公共数据与政务数据融合，在惠民补贴发放、低收入人口动态监测中开展数据比对应用。',
    '县大数据服务中心牵头，县民政局、县水务局、县财政局配合', '2024年', 42, '2024年', '2024年')
row('cloud', '强化政务云平台支撑能力。充分利用自治区信创云资源，组织现有政务信息化系统和新建应用系统向信创云有序迁移、适配运行，做到“应上尽上”。（市大数据管理服务局牵头，各县（市、区）人民政府配合；2024年）',
    '完成县级12个非涉密政务信息系统向政务信创云迁移，县级不再新建机房。',
    '县大数据服务中心牵头，县直有关部门（单位）配合', '2024年9月底前', 46, '2024 年', '2024年')
row('net', '提升网络平台支撑能力。进一步拓宽电子政务外网覆盖范围，建成电子政务外网“一张网”，实现市、县（市、区）、乡（街道）、村（社区）四级全覆盖。（市大数据管理服务局牵头，各县（市、区）人民政府负责；2024年）',
    '推进电子政务外网向全县各行政村（社区）延伸，完成县级城域网IPv6改造。',
    '县大数据服务中心牵头，各乡镇人民政府配合', '2025年底前', 48, '2024 年', '2024年')
row('video', '统筹融合视频资源，依托自治区统一的视频共享平台，进一步整合全市视频资源。（市委政法委牵头，市公安局配合；2025年）',
    '整合公安、交通、应急、城管等部门视频监控资源，统一接入全区视频共享平台。',
    '县委政法委牵头，县公安局、县交通运输局、县应急管理局配合', '2025年', 49, '2025 年', '2025年')
row('seal', '加强共性应用支撑能力。推广应用自治区统一……电子证照、电子印章……等业务协同支撑服务。（市大数据管理服务局、市审批服务管理局牵头；2024年）',
    '县直各部门、各乡镇全部启用自治区统一电子印章系统，县级发证部门新发证照同步生成电子证照。',
    '县审批服务管理局牵头，县直各部门（单位）、各乡镇人民政府负责', '2024年', 53, '2024年', '2024年')
row('nontax', '推广应用自治区统一……公共支付、非税支付……等业务协同支撑服务。（市财政局牵头，各县（市、区）人民政府负责；2025年）',
    '推进全县教育收费、医疗收费、不动产登记等非税收入收缴电子化全覆盖。',
    '县财政局牵头，县教育体育局、县卫生健康局、县自然资源局配合', '2025年', 56, '2025年', '2025年')
row('credit', '加快推进信用中国（宁夏）吴忠站建设，构建一体化社会信用体系，提升信用信息数据共享效率和水平。（市发展改革委牵头；2024年）',
    '完善县级信用信息归集共享，按时向宁夏信用信息公共服务平台报送“双公示”数据。',
    '县发展和改革局牵头，县直有关部门配合', '2024年', 57, '2024年', '2024年')
row('archive', '深化电子文件及电子档案服务利用，协助推进宁夏政务协同办公平台与宁夏档案管理系统信息交互对接，提升全市电子文件归档和电子档案管理水平。（市档案馆牵头；2024年）',
    '县直各部门完成政务协同办公平台电子文件归档功能部署，县档案馆按规定接收电子档案。',
    '县档案馆牵头，县委办公室、县政府办公室配合', '2024年', 54, '2024年', '2024年')
row('econ', '完善经济运行监测分析体系。依托自治区经济运行大数据平台，提高全市经济运行监测分析质量和水平，加强保供物资等重点行业及重点企业和重点产品监测与分析。（市发展改革委、市统计局牵头；2025年）',
    '使用自治区经济运行大数据平台开展县域重点企业、重点产品运行监测，按月形成县域经济运行分析报告。',
    '县发展和改革局牵头，县统计局、县工业信息化和商务局配合', '2025年', 66, '2025年', '2025年')
row('trace', '推动监管精准化。……依托宁夏智慧市场监管一体化平台，加强食品、药品、特种设备、质量监督等重点监管领域治理管控。（市市场监管局牵头；2024年）',
    '在全县食品生产企业、学校食堂推广“互联网+明厨亮灶”，对特种设备、滩羊肉等重点产品实施数字化追溯监管。',
    '县市场监督管理局牵头，县教育体育局、县农业农村局配合', '2024年', 71, '2024年', '2024年')
row('remote', '实现监管智能化。……充分运用非现场、视频图像、物联感知、卫星遥控、人工智能、掌上移动、穿透式等新型监管手段，推进远程监管、移动监管、预警监管、实时监管。（市市场监管局牵头，市直有关部门配合；2024年）',
    '在生态环保、工程建设、耕地保护等领域推行非现场监管，县直执法部门移动执法终端配备率达到100%。',
    '县市场监管局牵头，吴忠市生态环境局盐池分局、县住房和城乡建设局、县自然资源局配合', '2024年', 74, '2024年', '2024年')
row('dispute', '增强社会矛盾化解和基层社会治理能力。坚持和发展新时代“枫桥经验”，打造吴忠“塞上枫桥”，创新“三官一顾问+N”矛盾纠纷多元治理模式。（市委政法委牵头；2024年）',
    '推广应用全区矛盾纠纷多元化解信息系统，县、乡、村三级矛盾纠纷线上统一归集、分类转办、督办考核。',
    '县委政法委牵头，县司法局、县信访局、县公安局配合，各乡镇人民政府负责', '2024年', 77, '2024年', '2024年')
row('xueliang', '提升社会治安防控能力。推进“雪亮工程”向基层全覆盖，探索推广“智安小区”“智安单位”应用。（市委政法委、市公安局牵头；2024年）',
    '新建改造“雪亮工程”视频点位，县城新建“智安小区”10个。',
    '县公安局牵头，县委政法委、各乡镇人民政府配合', '2024年', 79, '2024年', '2024年')
row('emerg', '强化公共安全保障能力。加快推进“智慧应急”建设，深化监测预警和应急指挥网络“双网”建设。（市应急管理局牵头；2024年）',
    '建设县级应急指挥调度平台，接入危化品企业、矿山和森林草原防火监测数据。',
    '县应急管理局牵头，县林草局、县自然资源局配合', '2024年', 80, '2024年', '2024年')
row('grid', '以县（市、区）为主体，推进智慧社区建设，支持社区基础设施数字化改造，全面提升基层智慧治理能力。（市委政法委、市民政局牵头，各县（市、区）人民政府负责；2025年）',
    '依托宁夏社会治理基层综合指挥平台，推进网格化管理全覆盖，县城社区全部完成智慧社区改造。',
    '县委政法委牵头，县民政局配合，花马池镇人民政府具体负责', '2025年', 83, '2025年', '2025年')
row('tongban', '打造泛在可及的服务体系。依托自治区一体化政务服务平台“一网通办”作用……进一步扩大“跨省通办”“区内通办”事项范围。（市审批服务管理局牵头，各县（市、区）人民政府负责；2024年）',
    '扩大“跨省通办”“区内通办”事项范围，与陕西省定边县、内蒙古自治区鄂托克前旗深化“跨省通办”合作，推动乡镇便民服务中心事项“就近办”。',
    '县行政审批局牵头，各乡镇人民政府配合', '2024年', 84, '2024年', '2024年')
row('app', '全面推广“我的宁夏”政务APP，持续做强做优吴忠专区功能，推动更多高频政务服务事项“掌上办、码上办”。（市大数据管理服务局、市审批服务管理局牵头；2024年）',
    '迭代升级“我的宁夏”政务APP盐池专区，推动县级高频' + GARBLED + '全部实现“掌上办、码上办”。',
    '县审批服务管理局牵头，县大数据服务中心配合', '2024年', 86, '2024年', '2024年')
row('hotline', '健全12345政务热线与110报警服务台、基层网格员联动工作机制，构建精准识别、自动流转、上下联动的诉求响应体系。（市审批服务管理局牵头；2025年）',
    '健全县12345热线工作机构与110、网格员联动机制，工单按时办结率达到98%以上。',
    '县审批服务管理局牵头，县公安局、各乡镇人民政府配合', '2024年底前', 87, '2023年启动，2025年完成', '2025年')
row('firm', '提供优质便利的涉企服务。在“一业一证”的基础上……拓宽应用场景。通过系统对接整合和数据共享，减少办事环节、精简申请材料、压缩办理时限。（市审批服务管理局牵头；2024年）',
    '依托全区一体化政务服务平台开设盐池县惠企政策专栏，实现涉企服务一网通办、惠企政策精准推送、政策兑现直达直享。',
    '县审批服务管理局牵头，县工业信息化和商务局、县财政局配合', '2024年6月底前', 89, '2024年', '2024年')
row('elder', '关注老年人、残疾人等特殊群体需求，加快推进各级政务服务场所、网上办事平台适老化改造和信息无障碍建设。（市审批服务管理局牵头，各县（市、区）人民政府负责；2024年）',
    '完成县政府网站、县乡两级政务服务大厅适老化和信息无障碍改造，保留线下办事渠道。',
    '县政府办公室牵头，县审批服务管理局、县融媒体中心配合', '2024年', 93, '2024年', '2024年')
row('envmon', '加强生态环境数字化监测。……依托生态环境大数据平台，强化大气、水、土壤、自然生态、气候变化等数据资源综合开发利用。（市生态环境局牵头；2024年）',
    '完善县域大气、水环境自动监测站点联网，重点排污单位在线监控数据全部接入自治区生态环境数据资源中心。',
    '吴忠市生态环境局盐池分局负责', '2024年', 94, '2024年', '2024年')
row('water', '提高自然资源利用效率。推进“互联网+城乡供水”建设，启动实施水利新基建行动；推广“互联网+高效节水农业”服务平台。（市水务局牵头；2025年）',
    '巩固盐池县“互联网+城乡供水”建设成果，实现城乡供水管网水量、水压、水质实时监测全覆盖。',
    '县水务局负责', '2025年', 96, '2025年', '2025年')
row('green', '推动绿色低碳转型。立足建设绿色发展先行市的使命，推进水、气、土、废污染防治攻坚战，全面加强生态修复。（市生态环境局牵头；2025年）',
    '推进光伏等新能源项目运行数据接入，开展县域碳排放统计核算，推进污染防治攻坚数字化调度。',
    '县发展和改革局、吴忠市生态环境局盐池分局牵头，县统计局配合', '2025年', 102, '2025年', '2025年')
row('decide', '强化辅助决策能力。建设数字政府智能决策体系，汇聚整合多源数据资源，推动实现运行情况一屏统览、政务运行实时监测、效能指标综合研判。（市大数据管理服务局牵头；2024年）',
    '建设县级数据驾驶舱，汇聚经济运行、政务服务、社会治理等重点指标，服务县委、县政府科学决策。',
    '县大数据服务中心牵头，县直各部门（单位）配合', '2024年', 103, '2024年', '2024年')
row('ningzhengtong', '提升行政执行能力。……提速宁政通APP推广应用，加快推动各单位办公、执法、管理等政务APP接入宁政通APP。（市大数据管理服务局牵头；2024年）',
    '全县公职人员“宁政通”APP注册激活率达到100%，县级自建办公类APP全部接入“宁政通”。',
    '县政府办公室牵头，县直各部门（单位）、各乡镇人民政府负责', '2025年6月底前', 105, '2024年', '2024年')
row('forms', '提高辅助审批智能化水平，规划建设基层报表填报系统，改变层层核实和多系统上报工作方式，推动基层工作人员减负。（市大数据管理服务局牵头；2025年）',
    '推广使用全区统一填表报数系统，清理县级自行下发的各类报表，乡镇填表报数工作量压减50%以上。',
    '县政府办公室牵头，县统计局、各乡镇人民政府配合', '2025年', 106, '2025年', '2025年')
row('vconf', '统筹整合各地各部门非涉密视频会议系统资源，形成全市统筹应用的视频会议平台。（市机关事务服务中心牵头；2025年）',
    '整合县直部门非涉密视频会议系统，县、乡两级视频会议系统统一接入市平台。',
    '县机关事务服务中心牵头，县大数据服务中心配合', '2024年底前', 107, '2025年', '2025年')
row('affairs', '改进机关事务管理。依托全区机关事务管理统一的系统门户和后台管理，整合全市各级各类机关事务管理信息系统，加快自治区机关事务管理数字化平台推广应用。（市机关事务服务中心牵头；2025年）',
    '全面使用自治区机关事务管理数字化平台，完成县级党政机关办公用房信息数据采集。',
    '县机关事务服务中心负责', '2025年', 111, '2025年', '2025年')
row('open', '持续提升政府信息公开水平。进一步完善各类政务公开信息化平台，加快构建以网上发布为主、其他渠道发布为辅的政务公开发布新格局。（市人民政府办公室牵头；2024年）',
    '规范县政府网站政府信息公开专栏，完善县级政策文件库，实现现行有效规范性文件集中公开。',
    '县政府办公室牵头，县直各部门（单位）、各乡镇人民政府分别负责', '2024年', 112, '2024年', '2024年')
row('media', '更好发挥政务新媒体传播优势。加快构建政务新媒体矩阵体系，形成整体联动、同频共振的政府信息传播格局。（市委宣传部、市人民政府办公室牵头；2024年）',
    '整合县直部门政务新媒体账号，构建以“盐池发布”为龙头的县级政务新媒体矩阵。',
    '县委宣传部牵头，县融媒体中心、县政府办公室配合', '2024年', 114, '2024年', '2024年')
row('interact', '进一步畅通政民互动渠道。发挥政府网站、12345政务服务便民热线、领导信箱在回应群众诉求中的阵地作用，及时回应社会关切。（市人民政府办公室牵头；2024年）',
    '建立县政府网站留言、12345热线、领导信箱诉求统一登记、限时办结和回访机制。',
    '县政府办公室牵头，县信访局配合', '2024年', 115, '2024年', '2024年')
row('lead', '加强组织领导。……将数字政府建设工作纳入“一把手”工程，建立主要领导负责制，制定工作方案，抓好组织实施。（市直各部门、各县（市、区）人民政府负责；长期坚持）',
    '将数字政府建设纳入“一把手”工程，对照《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕71号）附件2任务清单，每年制定县级数字政府建设工作要点。',
    '县政府办公室牵头，县直各部门（单位）、各乡镇人民政府负责', '长期坚持', 116, '2023年完成并长期坚持', '长期坚持')
row('assess', '强化考核评价。……将数字政府建设纳入绩效目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考。（市委组织部、市大数据管理服务局牵头；长期坚持）',
    '将数字政府建设任务完成情况纳入县直部门和乡镇年度效能目标管理考核，考核结果作为领导班子综合考核评价的重要参考。',
    '县委组织部牵头，县政府办公室配合', '长期坚持', 123, '2023 年完成，长期坚持', '长期坚持')
row('fund', '加强资金保障。根据各级财政支出责任，强化数字政府建设经费保障，将数字政府建设经费纳入年度预算。（市财政局牵头，各县（市、区）人民政府负责；长期坚持）',
    '将数字政府建设运维经费纳入县级年度财政预算，统筹用好中央和自治区各类专项资金，建立多渠道投入的资金保障机制。',
    '县财政局牵头，县发展和改革局配合', '长期坚持', 25, '2023年', '长期坚持')
row('skill', '提升数字素养。依托宁夏干部教育培训网络学院的数字政府培训课程体系，开展全市政府系统各级干部数字化业务能力“大培训”。（市委组织部牵头，市大数据管理服务局配合；长期坚持）',
    '将数字政府内容纳入县委党校主体班次教学，每年至少举办1期全县干部数字化能力专题培训。',
    '县委组织部牵头，县委党校、县大数据服务中心配合', '长期坚持', 118, '2023年完成并长期坚持', '长期坚持')
row('publicity', '强化宣传引导。及时总结推广典型经验，充分利用融媒体、“两微一端”等渠道，宣传数字政府建设政策措施和进展成效。（市委宣传部牵头；长期坚持）',
    '依托县融媒体中心和“盐池发布”开设数字政府建设专栏，及时宣传县级典型应用场景和经验做法。',
    '县委宣传部牵头，县融媒体中心、县大数据服务中心配合', '长期坚持', None, None, '长期坚持')

# counts for the letter
def bucket(d):
    if '长期坚持' in d or '已完成' in d:
        return 'A'
    m = re.match(r'(\d{4})', d) or re.search(r'(\d{4})年', d)
    return 'B' if m.group(1) == '2024' else 'C'
cnt = {'A': 0, 'B': 0, 'C': 0}
for r in R:
    cnt[bucket(r['date'])] += 1
letter = [l.replace('{N}', str(len(R))).replace('{A}', str(cnt['A']))
          .replace('{B}', str(cnt['B'])).replace('{C}', str(cnt['C'])) for l in letter]

lines = list(letter)
for i, r in enumerate(R, 1):
    r['line'] = len(lines) + 1
    lines.append('\t'.join([str(i), r['city'], r['measure'], r['units'], r['date']]))

text = '\n'.join(lines) + '\n'
with open(os.path.join(HERE, 'draft.txt'), 'w', encoding='utf-8') as f:
    f.write(text)

def L(substr, start=1):
    hits = [n for n, l in enumerate(lines, 1) if substr in l and n >= start]
    assert len(hits) >= 1, substr
    return hits[0]
def Lrow(key):
    return next(r['line'] for r in R if r['key'] == key)
def Rw(key):
    return next(r for r in R if r['key'] == key)

# sanity: every planted text sits on its line
for key, t in [('net', '2025年底前'), ('ningzhengtong', '2025年6月底前'), ('theme', '2024年21月底前'),
               ('tongban', '县行政审批局'), ('lead', '宁政发〔2023〕71号'), ('app', GARBLED)]:
    assert t in lines[Lrow(key) - 1], key

print('lines', len(lines), 'rows', len(R), cnt)

# ---------------------------------------------------------------- key.json
def reg(key):
    r = Rw(key)
    return 'regional task %d (完成时限 %s)' % (r['task'], r['rdate'])

expect = [
    {'rule': 'deadline-later-than-baseline', 'line': Lrow('net'), 'text': '2025年底前',
     'why': 'county column: extending 电子政务外网 to every 行政村（社区） and upgrading the 城域网 is %s (开展各级城域网升级改造，推进区市县乡村5级全覆盖); the quoted 市方案 row also says 2024年; the county wrote 2025年底前' % reg('net')},
    {'rule': 'deadline-later-than-baseline', 'line': Lrow('ningzhengtong'), 'text': '2025年6月底前',
     'why': 'county column: “宁政通” 总门户 / 自建办公APP接入 is %s; the city row quotes 2024年; the county wrote 2025年6月底前' % reg('ningzhengtong')},
    {'rule': 'deadline-invalid', 'line': Lrow('theme'), 'text': '21月',
     'why': 'county column: impossible month “2024年21月底前” (slip for 12月); the task is %s, so the year itself is not late' % reg('theme')},
    {'rule': 'unknown-unit', 'line': Lrow('tongban'), 'text': '县行政审批局',
     'why': 'not in units.txt; the county body is 县审批服务管理局 (short names 县审批局), used correctly in the rows around it; task is %s' % reg('tongban')},
    {'rule': 'basis-mismatch', 'line': Lrow('lead'), 'text': '宁政发〔2023〕71号',
     'why': 'county column cites 《自治区人民政府关于加强数字政府建设的实施意见》 with 宁政发〔2023〕71号; its 文号 is 宁政发〔2023〕17号 (digits transposed; correct in the letter, line %d)' % L('宁政发〔2023〕17号')},
    {'rule': 'garbled-text', 'line': Lrow('app'), 'text': GARBLED[:5],
     'why': 'county column: “%s” is 政务服务事项 written as UTF-8 and read as GBK (re-encode GBK, decode UTF-8)' % GARBLED},
]

M = []
def mnf(rule, line, why, text=None):
    e = {'rule': rule, 'line': line}
    if text: e['text'] = text
    e['why'] = why
    M.append(e)

# the letter itself
mnf('basis-mismatch', 2, 'the letter\'s own 文号 (盐政办函), not a basis document', '盐政办函〔2024〕17号')
mnf('basis-mismatch', 3, 'the letter\'s title names the city plan by its real title 《关于加强数字政府建设的实施方案》 with 市 in front', '《关于加强数字政府建设的实施方案》')
mnf('basis-mismatch', 5, 'the city bureau\'s own notice asking for this report; a working notice, not a basis document, and its 文号 belongs to nobody in the seeds', '吴大数函〔2024〕3号')
mnf('basis-mismatch', 5, 'correct title and 文号 of the national 指导意见', '国发〔2022〕14号')
mnf('basis-mismatch', 5, 'correct title and 文号 of the regional 实施意见', '宁政发〔2023〕17号')
mnf('basis-mismatch', 5, 'city plan cited by issuer and title without 文号, as the city plan has none; then defined as 《市方案》', '吴忠市人民政府《关于加强数字政府建设的实施方案》')
mnf('basis-mismatch', L('宁政办发〔2020〕14号'), 'retrospective mention: a 2020 node built under the old 工作要点, now shut down; the 2020 document is not cited as a basis', '宁政办发〔2020〕14号')
mnf('basis-mismatch', L('附件：盐池县落实《市方案》'), '《市方案》 is the short name the letter itself defines in line 5', '《市方案》')
mnf('deadline-invalid', L('2023年8月'), 'background: past dates of what the county already did (2023年以来, 2023年8月)', '2023年8月')
mnf('deadline-invalid', L('截至2023年底'), 'background: status at the end of 2023', '2023年底')
mnf('deadline-invalid', L('共梳理数据资源目录'), 'background: work completed in 2023', '2023年')
mnf('deadline-invalid', L('2024年3月18日'), 'the letter\'s own date', '2024年3月18日')
mnf('deadline-invalid', L('填报日期'), 'the form\'s own filling date', '2024年3月15日')
mnf('deadline-later-than-baseline', L('三是加强跟踪报送'), 'the office\'s own reporting dates (quarterly, and the annual report by 2024年12月底), not a task deadline', '2024年12月底前')
mnf('deadline-later-than-baseline', L('到2025年，全县数字政府建设'), 'goal equal to the city plan\'s 到2025年 “1347”体系框架全面成型 and the region\'s 到2025年 “34567” goal', '到2025年')
mnf('deadline-later-than-baseline', L('计划2024年内完成'), 'summary counts of the attachment, not a deadline of any task', '2025年内')

# quoted city column: the city's own bodies and dates
mnf('deadline-invalid', Lrow('secresp'), 'city column quotes the 市方案 date 2023年 (= regional task 14, 2023年); a copied higher-level date before the letter\'s year, not the county\'s deadline', '2023年')
mnf('deadline-invalid', Lrow('survey'), 'city column quotes 2023年 (= regional task 30, 2023年); copied higher-level date', '2023年')
mnf('deadline-invalid', Lrow('secdef'), 'city column quotes “2023年形成机制，长期坚持” (= regional task 18)', '2023年形成机制')
mnf('deadline-invalid', Lrow('pilot'), 'city column quotes “2023年启动，2025年取得明显成效” (= regional task 28); the county date 2025年 is equal', '2023年启动')
mnf('unknown-unit', Lrow('org'), 'city column names the city bureau 市大数据管理服务局 (in units.txt, city section) and the collective 各县（市、区）人民政府', '市大数据管理服务局')
mnf('unknown-unit', Lrow('secresp'), 'city column: 市委网信办 (city unit in units.txt) and the collective 市直各部门', '市直各部门')
mnf('unknown-unit', Lrow('vconf'), 'city column: 市机关事务服务中心 is a city unit in units.txt', '市机关事务服务中心')
mnf('unknown-unit', Lrow('media'), 'city column: 市委宣传部、市人民政府办公室 are city units in units.txt', '市人民政府办公室')

# county columns: collectives, short names, registry units that look odd
mnf('unknown-unit', Lrow('org'), 'collective subject', '各乡镇人民政府')
mnf('unknown-unit', Lrow('layer'), 'collective subject', '县直各部门（单位）')
mnf('unknown-unit', Lrow('cloud'), 'collective subject', '县直有关部门（单位）')
mnf('unknown-unit', Lrow('power'), 'collective subject after 及', '县直有关部门')
mnf('unknown-unit', Lrow('remote'), 'official short name of 县市场监督管理局 listed in units.txt', '县市场监管局')
mnf('unknown-unit', Lrow('remote'), 'the city bureau\'s county branch, in units.txt; it is the real county-level body for ecology', '吴忠市生态环境局盐池分局')
mnf('unknown-unit', Lrow('emerg'), 'short name of 县林业和草原局 in units.txt', '县林草局')
mnf('unknown-unit', Lrow('park'), 'short name of 盐池工业园区管理委员会 in units.txt', '盐池工业园区管委会')
mnf('unknown-unit', Lrow('grid'), 'a named town government in units.txt', '花马池镇人民政府')
mnf('unknown-unit', Lrow('health'), 'county hospital, in units.txt', '县人民医院')
mnf('unknown-unit', Lrow('coop'), 'in units.txt', '县供销合作社')
mnf('unknown-unit', L('领导小组办公室按月调度'), 'the county leading group\'s office, in units.txt; not a 责任单位 cell anyway', '县推进“数字政府”建设领导小组办公室')

# county dates equal to or earlier than the city's and the region's
for key, why in [
    ('org', 'county 2024年6月底前 is earlier than the city 2025年 and %s' % reg('org')),
    ('xinchuang', 'county 2024年底 equals the city 2024年 and %s' % reg('xinchuang')),
    ('sheep', 'county 2024年底 equals the city 2024年 and %s' % reg('sheep')),
    ('edu', 'county 2025年 equals the city 2025年 and %s' % reg('edu')),
    ('coop', 'county 2025年 equals the city 2025年 and %s' % reg('coop')),
    ('pilot', 'county 2025年 equals the city and %s' % reg('pilot')),
    ('cloud', 'county 2024年9月底前 is earlier than the city 2024年 and %s' % reg('cloud')),
    ('hotline', 'county 2024年底前 is earlier than the city 2025年 and %s' % reg('hotline')),
    ('vconf', 'county 2024年底前 is earlier than the city 2025年 and %s' % reg('vconf')),
    ('nontax', 'county 2025年 equals the city 2025年 and %s' % reg('nontax')),
    ('econ', 'county 2025年 equals the city 2025年 and %s' % reg('econ')),
    ('water', 'county 2025年 equals the city 2025年 and %s' % reg('water')),
    ('envmon', 'county 2024年 equals the city 2024年 and %s; the content is also close to task 95 (2025年)' % reg('envmon')),
    ('firm', 'county 2024年6月底前 is earlier than the city 2024年 and %s' % reg('firm')),
    ('fund', 'county “长期坚持” has no dated milestone; %s, city 长期坚持' % reg('fund')),
    ('lead', 'county “长期坚持” equals the city; %s' % reg('lead')),
]:
    mnf('deadline-later-than-baseline', Lrow(key), why, Rw(key)['date'])
mnf('deadline-invalid', Lrow('secresp'), 'county “已完成，长期坚持”: no date before the letter\'s year in the county column', '已完成')
mnf('garbled-text', Lrow('park'), 'the ellipsis “……” marks an abridged quotation of the city plan, not damage', '……')
mnf('missing-pillar', 0, '数字生态 is taken up in rows %d–%d (数据交易制度, 公共数据开放, 数据要素市场)' % (Lrow('ecoenv'), Lrow('eco')))
mnf('missing-pillar', 0, '五个一 / 六级贯通 are taken up through the city\'s 一套体系 rows %d–%d (组织机构, 层级职责, 工作机制)' % (Lrow('org'), Lrow('mech')))

covers = [{'task': r['task'], 'line': r['line']} for r in R if r['task']]

key = {
    'writer': 'blind writer, round 331; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-06',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('A county government office\'s reply letter (盐政办函〔2024〕17号, 2024-03-18) to 吴忠市大数据管理服务局, with an attached '
              'table 序号 | 市方案任务 | 我县落实措施 | 责任单位 | 完成时限. The 市方案任务 column quotes the 吴忠 plan (abridged with ……) '
              'and ends with the city\'s body and date in brackets; the city plan\'s own task list is not in the seeds, so those city '
              'bodies/dates are the writer\'s, each kept equal to the regional deadline. All planted mistakes are in the county\'s '
              'three columns. units.txt holds the county units and, below them, the city units copied from seeds/units/wuzhong.units.txt. '
              'Row %d (12345 hotline) is close to both task 87 and task 115; the county date 2024年底前 is safe against either. '
              'Row %d (生态环境监测) fits task 94 (2024年) and 95 (2025年); county 2024年 is safe against either.' % (Lrow('hotline'), Lrow('envmon'))),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')

# verify every text in the key sits on its line
for e in expect + M:
    if e['line'] and e.get('text'):
        assert e['text'] in lines[e['line'] - 1], (e['line'], e['text'])
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
