#!/usr/bin/env python3
"""Builds draft.txt and key.json for blind case 843 (永宁县 2024 督办清单).

Run: /usr/bin/python3 build.py   (from this folder)
Line numbers in key.json are computed from the final draft.txt, 1-based.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = '/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt'

# ---------------------------------------------------------------- seed tasks
def seed_tasks():
    text = open(SEED, encoding='utf-8').read()
    start = text.index('附件 2')
    end = text.index('## 自治区党委办公厅 人民政府办公厅 印发')
    tasks = {}
    for line in text[start:end].splitlines():
        cells = line.split('\t')
        if len(cells) < 4:
            continue
        m = re.match(r'\s*(\d+)\.\s*(.*)', cells[1])
        if not m:
            continue
        tasks[int(m.group(1))] = {'content': m.group(2), 'units': cells[2].strip(),
                                  'deadline': cells[3].strip()}
    assert sorted(tasks) == list(range(1, 125)), sorted(tasks)[:5]
    return tasks

T = seed_tasks()

# row's task not claimed in covers (the match is loose); extra tasks a row clearly also takes up
NOT_CLEAR = {81}
ALSO_COVERS = {19: [43], 5: [75], 117: [120]}

# ---------------------------------------------------------------- notice
GARBLED = '专栏信息按月更新'.encode('utf-8').decode('gbk')   # UTF-8 bytes read as GBK

NOTICE = [
    '永宁县人民政府督查室',
    '督办通知',
    '永政督办〔2024〕3号',
    '关于印发《永宁县加强数字政府建设实施方案2024年重点任务督办清单》的通知',
    '各乡镇人民政府，县直各部门（单位）：',
    '为推动《永宁县关于加强数字政府建设的实施方案》（永政发〔2023〕71号）落地见效，根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）、《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）精神和银川市数字政府建设有关工作部署，经县人民政府同意，县政府督查室将实施方案确定的2024年重点任务列入督办清单，实行清单化管理、台账式推进、销号式办结。现将有关事项通知如下。',
    '我县自2020年按照《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）部署启动“数字政府”建设以来，电子政务外网、政务服务“一张网”等基础支撑不断完善。2023年，县人民政府印发实施方案，到2023年底，全县数字政府建设各类平台“家底”全面理清，电子政务外网实现乡镇全覆盖。2024年是实施方案全面推进的关键之年，各乡镇、各部门要对照清单压实责任，确保到2025年全县数字政府建设体系框架全面成型。',
    '一、督办事项',
    '本次督办清单共列任务{N}项，涵盖“三个驱动”“四个支撑”“五个一”和“六级贯通”工作体系、“七个能力”以及党的领导等方面，具体任务、责任单位、完成时限、督办要求和办结标准见附件。',
    '二、责任分工',
    '（一）压实牵头责任。各乡镇、各部门要将数字政府建设纳入“一把手”工程，主要负责同志亲自研究部署、推动落实。牵头单位主要负责同志为第一责任人，分管负责同志为直接责任人，负责制定推进计划、协调配合单位、报送进展情况。牵头单位有多个的，排在第一位的为主要牵头单位。',
    '（二）落实配合责任。配合单位按照职责分工主动对接牵头单位，及时提供数据、材料和技术支持，不得推诿扯皮。各乡镇人民政府负责本辖区相关任务的落实，督促各村（社区）做好基础数据采集和应用推广。',
    '（三）强化技术支撑。县政务大数据服务中心负责清单任务涉及的平台对接、数据归集和安全防护技术支撑，汇总各单位报送的系统、数据“一本账”信息。',
    '三、督办方式',
    '（一）按月报送。各牵头单位确定1名联络员，于2024年2月29日前将任务分解表和联络员名单报县政府督查室；此后每月25日前通过“宁政通”报送当月进展、存在问题和下月计划，遇节假日提前报送。',
    '（二）季度调度。县政府督查室每季度末月会同县政府办公室对清单任务进行调度，对进展滞后的任务下发督办提示单；对连续两个月未按计划推进的，报请县人民政府分管领导约谈。',
    '（三）实地督查。县政府督查室结合“互联网+督查”，采取随机抽查、实地核验、群众评议等方式，对任务完成质量开展督查，重点核查平台上线、数据汇聚和应用实效。',
    '（四）销号管理。任务完成后，牵头单位于5个工作日内报送佐证材料，经县政务大数据服务中心技术审核、县政府督查室复核后予以销号；2024年12月20日前，各牵头单位报送全年任务完成情况。',
    '四、结果运用',
    '（一）纳入考核。督办情况纳入全县效能目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考，对工作成效明显的予以通报表扬，对推进不力、弄虚作假的予以通报批评。',
    '（二）强化保障。清单任务所需经费由牵头单位按程序申报，县财政局统筹纳入年度预算予以保障，推动政务平台常态化运行与年度运维资金挂钩。县委组织部、县委党校将数字政府建设纳入干部教育培训内容，定期开展数字化能力培训。',
    '联系人：县政府督查室 王丽，联系电话：0951-8012306。',
    '附件：永宁县加强数字政府建设实施方案2024年重点任务督办清单',
    '永宁县人民政府督查室',
    '2024年2月26日',
    '附件',
    '永宁县加强数字政府建设实施方案2024年重点任务督办清单',
    '序号\t任务\t牵头单位\t配合单位\t完成时限\t督办要求\t办结标准',
]

M = '每月25日前报送进展'
Q = '每季度末月25日前报送进展'

# Table body: a str is a group row; a tuple is
# (task text, lead, coop, deadline, 督办要求, 办结标准, regional task, note)
BODY = [
    '一、着眼“三个驱动”，构建数字政府建设引领数字永宁发展新格局',
    '（一）驱动数字经济发展',
    ('加快永宁工业园区“智慧园区”建设，提升园区公共服务、资源匹配、环境保护、应急安全等数字化服务水平，为入园企业提供全生命周期服务保障',
     '永宁工业园区管委会', '县工业信息化和商务局、县应急管理局', '2024年12月底前', M, '园区智慧管理平台上线运行，入园规上企业全部接入', 3, ''),
    ('围绕葡萄酒、奶产业、枸杞等特色产业，推动企业上云用数，对接黄河云、闽宁云、红酒云等产业云，汇聚重点企业生产和销售数据',
     '县工业信息化和商务局', '县农业农村局、县发改局', '2024年11月底前', M, '新增上云企业30家以上，重点企业数据按月汇聚', 2, ''),
    ('创新以网管网的数字经济监管模式，加强平台经济、网络交易等新业态协同监管',
     '县市场监管局', '县委网信办、县公安局', '2024年12月底前', Q, '形成县域数字经济协同监管工作机制', 5,
     'also close to task 75 (2024年): equal'),
    '（二）引领数字社会建设',
    ('推动教育、健康、就业、养老托育等公共服务数字化，扩大优质公共资源服务覆盖面',
     '县教育体育局', '县卫生健康局、民政局、人力资源和社会保障局', '2024年12月底前', M, '各领域数字化服务事项清单公布并上线运行', 6, ''),
    ('深化“互联网+医疗健康”应用，推进县人民医院与各乡镇卫生院远程会诊、检查检验结果互认',
     '县卫健局', '县医保局、各乡镇人民政府', '2024年10月底前', M, '远程医疗服务覆盖全部乡镇卫生院', 8, ''),
    ('配合银川市推进城市运行“一网统管”，建设县城市运行管理服务平台，推动供排水、燃气等城市生命线设施智能升级',
     '县住建局', '县公安局、县交通运输局、县大数据中心', '2024年12月底前', M, '县城市运行管理服务平台与银川市平台联通', 9, ''),
    ('推进数字乡村建设，以闽宁镇为试点补齐乡村信息基础设施短板，拓展农业农村大数据应用',
     '县农业农村局', '闽宁镇人民政府、县委网信办、电信永宁分公司', '2024年12月底前', M, '闽宁镇数字乡村试点通过验收', 10, ''),
    ('加快“数字供销”建设，推动农资、农产品线上交易和在线追溯',
     '县供销社', '县农业农村局、县工业信息化和商务局', '2024年12月底前', M, '县级“数字供销”服务平台运行，覆盖全部乡镇', 11,
     'the completing milestone is 2025年取得明显成效; the 2023 milestone is the region\'s own main construction'),
    '（三）营造良好数字生态',
    ('配合培育数据要素市场，梳理县域可开放、可流通的公共数据资源，培育本地数据要素市场主体',
     '县发改局', '县公共资源交易中心、县政务大数据服务中心', '2024年12月底前', Q, '形成县域公共数据资源清单', 12, ''),
    '二、聚焦“四个支撑”，夯实数字政府建设综合保障体系',
    '（一）安全保障体系',
    ('落实数据安全防护能力评估指标体系，确保全县政务数据安全管理工作可量化、可追溯、可评估',
     '县委网信办', '县公安局、县政务大数据服务中心，县直各部门（单位）', '2024年9月31日前', M, '完成全县政务信息系统数据安全评估并形成报告', 16, 'PLANT-INVALID'),
    ('推动县级政务信息系统向自治区政务信创云迁移适配，做到“应上尽上”',
     '县政务大数据服务中心', '县直各部门（单位）', '2024年11月底前', M, '具备迁移条件的系统全部完成迁移', 19,
     'also task 43 (2024 年建成，持续推进): earlier'),
    '（二）制度规则体系',
    ('完善县级行政权力事项清单，推动各类行政权力事项网上运行、动态管理',
     '县审批服务管理局', '县司法局、县直有关部门（单位）', '2024年6月底前', M, '行政权力事项清单动态调整并在线运行', 21, ''),
    ('强化审管协同，推进一体化政务服务平台与“互联网+监管”系统在县级打通应用',
     '县审批局', '县市场监管局、住建局、水务局', '2024年12月底前', M, '审批结果实时推送监管部门', 22, ''),
    ('建立全县数字政府领域重大改革、重点项目、关键应用“一本账”统筹建设管理机制，纳入自治区一体化数字资源管理系统',
     '县政府办公室', '县发改局、县政务大数据服务中心', '2024年8月底前', M, '“一本账”完成录入并动态更新', 23, ''),
    ('落实数字政府建设相关标准规范，开展标准宣贯和应用评估',
     '县市场监管局', '县政务大数据服务中心', '2024年12月底前', Q, '开展标准宣贯培训不少于2次', 27, ''),
    ('围绕重点领域、关键环节和共性需求，谋划申报自治区数字政府建设试点示范',
     '县政府办公室', '县直有关部门（单位）', '2024年12月底前', Q, '至少申报1个自治区试点示范项目', 28, ''),
    '（三）数据资源体系',
    ('推动全县人口、法人、电子证照等基础数据按标准汇入全区基础数据资源库',
     '县大数据局', '县公安局、县市场监管局、县人社局', '2024年12月底前', M, '基础数据按时汇聚，数据质量问题按时整改', 33, 'PLANT-UNIT'),
    ('完善政务服务、医疗健康、社会保障、应急管理等主题数据归集，纳入全区一体化政务大数据体系',
     '县政府办公室', '县卫健局、人社局、应急局、审批局', '2024年12月底前', M, '主题数据按目录完成归集', 34, ''),
    ('规范电子公文全流程标准化管理，建立电子公文档案数据共享利用机制',
     '县档案馆', '县委办公室、县政府办公室', '2024年10月底前', M, '电子公文归档率达到100%', 40, ''),
    ('编制县级公共数据开放目录及责任清单，依托全区统一公共数据开放平台分类分级开放公共数据',
     '县政务大数据服务中心', '县直各部门（单位）', '2024年12月31日前', M, '开放目录发布，开放数据集不少于50个', 41, ''),
    ('推进供水、供电、供气、公共交通等公共数据与政务数据融合应用',
     '县发改局', '县住建局、县交通运输局、县水务局', '2024年12月底前', Q, '形成不少于3个融合应用场景', 42, ''),
    '（四）平台支撑体系',
    ('加速县级电子政务外网升级改造，推动骨干网扩容，完成IPv6改造',
     '县政务大数据服务中心', '电信永宁分公司', '2024年9月底前', M, '县级骨干带宽扩容到位，IPv6改造完成', 47, ''),
    ('开展县级城域网升级改造，推进电子政务外网向行政村延伸，实现县乡村全覆盖',
     '县政务大数据服务中心', '各乡镇人民政府、电信永宁分公司', '2025年底前', M, '全县行政村电子政务外网接入率达到100%', 48, 'PLANT-LATE'),
    ('有序推进非涉密业务专网向电子政务外网整合迁移',
     '县政务大数据服务中心', '县直有关部门（单位）', '2024年12月底前', M, '整合迁移清单内专网全部完成', 50, ''),
    ('接入全区统一视频共享平台，整合全县公共安全、交通、应急等视频资源',
     '县委政法委', '县公安局、县社会治理综合指挥中心', '2025年6月底前', Q, '全县公共视频资源接入“视频一张网”', 49, ''),
    ('推动个人电子证照在就医上学、交通出行、酒店入住等社会化高频场景推广应用',
     '县审批局', '县公安局、民政局、教育体育局', '2024年10月底前', M, '高频电子证照社会化场景可用', 52, ''),
    ('推广应用全区统一电子印章系统，推进电子营业执照和企业电子印章同步发放',
     '县审批局', '县市场监管局、县税务局', '2024年12月底前', M, '电子印章在县级政务服务事项全面应用', 53, ''),
    ('统筹推进无纸化办公和电子文件归档，推广档案业务信创应用系统',
     '县委办公室、县档案馆', '县直各部门（单位）', '2024年12月底前', M, '县直部门全部实现电子文件在线归档', 54, ''),
    ('推进非税收入收缴电子化，实现教育收费、医疗收费、不动产登记等非税收入电子缴款全覆盖',
     '县财政局', '县教体局、卫健局、自然资源局', '2024年12月底前', M, '非税收入电子化收缴率达到100%', 56, ''),
    ('加强信用信息归集共享，完善信用中国（宁夏）永宁站功能',
     '县发改局', '县市场监管局，县直有关部门（单位）', '2024年12月底前', Q, '信用信息按时归集，“双公示”合规率100%', 57, ''),
    ('对接全区统一地理信息服务体系，共享使用“底板底图”',
     '县自然资源局', '县住建局、县农业农村局', '2024年11月底前', Q, '县级专题图层接入全区“底板底图”', 58, ''),
    '三、健全“五个一”和“六级贯通”工作体系',
    ('参照自治区做法，健全县数字政府建设组织机构和工作机制，明确各乡镇、县直部门分管领导和数据专员，形成上下协同、一体联动的工作格局',
     '县政府办公室', '县委编办、各乡镇人民政府', '2024年4月底前', '2024年4月25日前报送机构调整文件', '组织机构调整文件印发，数据专员名单报备', 64, ''),
    ('依托上级平台完善县级特色应用，一体化推进县指挥调度中心建设，推动乡镇、村基于上级平台推广应用',
     '县社会治理综合指挥中心', '县政务大数据服务中心、县应急管理局', '2024年12月底前', M, '县指挥调度中心建成投用', 81,
     'body text 四(二) 厘清层级职责 (县（市、区）…一体化推进指挥调度中心等建设) has no date; nearest task row is 81'),
    '四、强化“七个能力”，提升政府数字化履职水平',
    '（一）经济调节能力',
    ('配合建设宁夏经济治理基础数据库，汇聚县域产业、投资、消费、财税等关键数据',
     '县发改局、统计局', '县工业信息化和商务局、财政局', '2024年12月底前', Q, '县域关键经济数据按月汇聚', 65, ''),
    ('对接使用宁夏经济运行大数据平台，开展重点企业运行监测和经济形势分析',
     '县工业信息化和商务局', '县统计局、县发改局', '2025年6月底前', Q, '按季度形成县域经济运行分析报告', 66, ''),
    '（二）市场监管能力',
    ('推进企业信用风险分类管理，实施“双随机、一公开”差异化监管',
     '县市场监管局', '县直有关部门（单位）', '2024年12月底前', M + '，2025年1月10日前报送年度总结', '部门联合抽查占比达到30%以上', 70, 'REPORT-2025'),
    ('对食品药品、特种设备、农副产品等重点领域实施全链条数字化追溯监管',
     '县市场监管局', '县农业农村局、卫健局', '2024年11月底前', M, '重点品种追溯覆盖率达到100%', 71, ''),
    ('加强“屏、端、仪”等监管信息化设施配备，推行远程监管、移动监管、预警监管',
     '承担监管职责的县直有关部门（单位）', '县市场监管局', '2024年12月底前', Q, '非现场监管手段在重点领域全面应用', 74, ''),
    '（三）社会管理能力',
    ('完善矛盾纠纷多元化解信息系统应用，打通公安、司法行政、信访等部门数据共享通道',
     '县委政法委', '县公安局、司法局、信访局，各乡镇人民政府', '2024年9月底前', M, '矛盾纠纷实现线上统一归集、分类转办', 77, ''),
    ('持续推进“雪亮工程”向村（社区）延伸，推广“智安小区”应用',
     '县委政法委、县公安局', '各乡镇人民政府', '2024年12月底前', M, '重点村（社区）视频监控全覆盖', 79, ''),
    ('推进“智慧应急”建设，完善自然灾害监测预警、危化品双重预防、应急指挥调度等信息化应用',
     '县应急局', '县自然资源局、水务局，永宁县消防救援大队、永宁县气象局', '2024年12月底前', M, '应急指挥调度系统与自治区平台联通', 80, ''),
    ('依托宁夏社会治理基层综合指挥平台，健全“网格上报+网上分流+部门响应”机制',
     '县委政法委', '县社会治理综合指挥中心、各乡镇人民政府、各村（社区）', '2024年12月底前', M, '网格事件线上流转办结率达到95%以上', 83, ''),
    '（四）公共服务能力',
    ('推进政务服务线上线下融合，实现高频事项“网上办、掌上办、就近办、一次办”',
     '县审批服务管理局', '县直有关部门（单位），各乡镇人民政府', '2024年6月底前', M, '高频事项网上可办率达到95%以上', 84, ''),
    ('推动县级政务服务、公共服务应用接入“我的宁夏”政务APP，做到“应上尽上”',
     '县审批局', '县直有关部门（单位）', '2024年9月底前', M, '县级高频应用全部接入', 86, ''),
    ('健全12345政务服务便民热线与110报警服务台、基层网格员联动机制，推动“接诉即办”',
     '县政府办公室', '县公安局、各乡镇人民政府', '2024年12月底前', M, '热线工单按时办结率达到98%以上', 87, ''),
    ('建设完善企业专属网页和惠企政策专栏，实现惠企政策精准推送、政策兑现直达直享',
     '县审批局', '县发改局、县工业信息化和商务局、县财政局', '2024年8月底前', M, '惠企政策专栏上线，直达直享事项不少于10项', 89, ''),
    ('推进图书馆、文化馆、档案馆等公共场馆数字化服务接入“我的宁夏”政务APP',
     '县文化旅游广电局', '县档案馆', '2024年12月底前', Q, '公共场馆预约、查询服务移动端可办', 90, ''),
    ('完成县政府网站、政务服务场所适老化与信息无障碍建设',
     '县政府办公室', '县审批局、县融媒体中心', '2024年12月底前', Q, '通过适老化与信息无障碍评测', 93, ''),
    '（五）生态环境保护能力',
    ('完善县域生态环境监测数据汇聚，接入全区生态环境数据资源中心',
     '银川市生态环境局永宁分局', '县自然资源局、水务局', '2024年12月底前', Q, '监测数据实时上传', 94, ''),
    ('深化“互联网+城乡供水”，推进县域数字孪生灌区建设',
     '县水务局', '各乡镇人民政府', '2025年10月底前', Q, '城乡供水工程实现在线监测全覆盖', 96, ''),
    ('完善县级国土空间基础信息平台应用，推进自然资源“一张图”数据更新',
     '县自然资源局', '县住建局、县农业农村局', '2024年12月底前', Q, '县级数据按季度更新入图', 97, ''),
    ('推广应用宁夏“智慧林草”云平台，提升林草资源管理信息化水平',
     '县林草局', '各乡镇人民政府', '2024年12月底前', Q, '林草资源数据全部上平台', 98, ''),
    ('提升用水权、土地权、排污权交易平台应用，推进资源要素市场化交易',
     '县公共资源交易中心', '县水务局、自然资源局，永宁生态环境分局', '2025年6月底前', Q, '交易全流程线上办理', 100, ''),
    '（六）政务运行能力',
    ('建设县数字政府运行“驾驶舱”，汇聚多源数据，实现运行情况一屏统览',
     '县政务大数据服务中心', '县统计局、县直有关部门（单位）', '2024年12月底前', M, '“驾驶舱”上线运行', 103, ''),
    ('全面应用全区统一协同办公平台，实现公文流转、信息报送、督查考核等机关事务线上办理',
     '县委办公室、县政府办公室', '县直各部门', '2024年6月底前', M, '县直部门公文全部线上流转', 104, ''),
    ('推广“宁政通”移动办公，实现县、乡、村三级干部全覆盖',
     '自治区政府办公厅', '县政务大数据服务中心、各乡镇人民政府', '2024年6月底前', M, '县乡村三级干部开通使用率达到100%', 105, 'PLANT-REGIONAL'),
    ('推广全区统一填表报数系统，基层填表报数工作量压减50%以上',
     '县政府办公室', '各乡镇人民政府', '2024年12月底前', M, '乡镇报表精简清单公布', 106, ''),
    ('统筹整合全县非涉密视频会议系统资源，形成全县统筹应用的视频会议平台',
     '县机关事务服务中心', '县政务大数据服务中心', '2024年12月底前', Q, '县乡视频会议系统统一调度', 107, ''),
    ('推进公共资源交易全流程数字化管理和监督，实现留痕可溯、监督预警',
     '县公共资源交易中心', '县财政局、审计局', '2024年12月底前', M, '交易项目全流程电子化', 108, ''),
    ('优化“互联网+督查”机制，依托“宁政通”开展任务督办、线索核查',
     '县政府督查室', '县直各部门（单位）', '2024年6月底前', M, '督办任务线上流转、闭环管理', 109, ''),
    ('整合机关事务管理信息系统，推进公共房产、公务用车、公共机构节能等统一管理',
     '县机关事务服务中心', '县财政局', '2024年12月底前', Q, '机关事务管理系统统一登录', 111, ''),
    '（七）政务公开能力',
    ('完善县政府门户网站政务公开专栏，构建以网上发布为主、其他渠道发布为辅的政务公开发布格局',
     '县政府办公室', '县融媒体中心', '2024年9月底前', M, '政务公开专栏建成，' + GARBLED, 112, 'PLANT-GARBLED'),
    ('构建政务新媒体矩阵，开发多样化政策解读产品',
     '县委宣传部', '县融媒体中心、县直各部门（单位）', '2024年12月底前', M + '，2025年1月10日前报送年度总结', '政务新媒体矩阵建成运行', 114, 'REPORT-2025'),
    ('以12345政务服务便民热线为枢纽，连通政府网站、“我的宁夏”政务APP、信访平台等政民互动渠道',
     '县政府办公室', '县信访局、县融媒体中心', '2024年12月底前', M, '政民互动渠道统一受理、统一转办', 115, ''),
    '五、加强党对数字政府建设工作的全面领导',
    ('加大数字化专业人才引进力度，探索县直部门、事业单位和国有企业之间人才联动机制',
     '县委组织部', '县人社局', '2024年12月底前', Q, '引进数字化专业人才不少于5名', 117,
     'also close to task 120 (2025年): earlier'),
    ('制定2024年度数字政府建设重点任务考核指标体系，形成常态化考核和以奖代补工作机制，强化对政务信息化项目投资效益和应用水平的考核',
     '县政府办公室', '县委组织部、编办，县财政局', '2024年4月底前制定，长期坚持', '2024年4月25日前报送考核指标体系（送审稿）', '考核指标体系印发实施', 121,
     'task 121 is 长期坚持 with no year; the county adds an earlier first milestone'),
]

CLOSING = [
    '抄送：县委办公室，县人大常委会办公室，县政协办公室。',
    '永宁县人民政府督查室2024年2月26日印发',
]

# ---------------------------------------------------------------- build draft
n_tasks = sum(1 for r in BODY if isinstance(r, tuple))
lines = [l.replace('{N}', str(n_tasks)) for l in NOTICE]
rowline = {}          # row number -> line number (1-based)
rowdata = {}
k = 0
for r in BODY:
    if isinstance(r, str):
        lines.append(r)
        continue
    k += 1
    text, lead, coop, dl, req, std, task, note = r
    lines.append('\t'.join([str(k), text, lead, coop, dl, req, std]))
    rowline[k] = len(lines)
    rowdata[k] = r
lines += CLOSING

draft = '\n'.join(lines) + '\n'
with open(os.path.join(HERE, 'draft.txt'), 'w', encoding='utf-8') as f:
    f.write(draft)

def L(substr, nth=1):
    hits = [i + 1 for i, l in enumerate(lines) if substr in l]
    assert len(hits) >= nth, (substr, hits)
    return hits[nth - 1]

def only(substr):
    hits = [i + 1 for i, l in enumerate(lines) if substr in l]
    assert len(hits) == 1, (substr, hits)
    return hits[0]

def row_of(fragment):
    for k, r in rowdata.items():
        if fragment in r[0]:
            return k
    raise KeyError(fragment)

def sd(task):
    return T[task]['deadline']

# ---------------------------------------------------------------- key
expect = []
mnf = []
covers = []

for k, r in rowdata.items():
    text, lead, coop, dl, req, std, task, note = r
    ln = rowline[k]
    if task not in NOT_CLEAR:
        covers.append({'task': task, 'line': ln})
    for extra in ALSO_COVERS.get(task, []):
        covers.append({'task': extra, 'line': ln})
    if note == 'PLANT-LATE':
        expect.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': '2025年底',
                       'why': f'PLANTED. Row {k} (县级城域网升级改造，推进电子政务外网县乡村全覆盖) takes up task {task} '
                              f'(开展各级城域网升级改造，推进区市县乡村5级全覆盖), whose 完成时限 is {sd(task)}; the county gives 2025年底前.'})
        continue
    if note == 'PLANT-INVALID':
        expect.append({'rule': 'deadline-invalid', 'line': ln, 'text': '9月31日',
                       'why': f'PLANTED. Impossible date 2024年9月31日 (September has 30 days). Row {k} takes up task {task} '
                              f'(数据安全防护能力评估指标体系), 完成时限 {sd(task)}; an intended 9月30日 would not be late.'})
        continue
    why = f'Row {k} takes up task {task}, whose 完成时限 is {sd(task)}; the county\'s {dl} is '
    rd = sd(task)
    years = [int(y) for y in re.findall(r'(20\d\d)\s*年', rd)]
    cy = int(re.match(r'(20\d\d)', dl).group(1))
    if not years:
        why += 'not comparable to an undated 长期坚持 and adds an earlier first milestone.'
    elif cy < max(years):
        why += f'earlier than the completing milestone {max(years)}.'
    else:
        why += f'no later than the completing milestone {max(years)} (same year: equal, not later).'
    if note and not note.startswith('PLANT') and not note.startswith('REPORT'):
        why += ' Note: ' + note + '.'
    mnf.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': re.match(r'20\d\d年(\d+月(底|\d+日))?', dl).group(0), 'why': why})

# planted, non-deadline
k_unit = row_of('基础数据按标准汇入')
expect.append({'rule': 'unknown-unit', 'line': rowline[k_unit], 'text': '县大数据局',
               'why': 'PLANTED. No 县大数据局 in units.txt (永宁县 has no such bureau); the county body is 县政务大数据服务中心 (short name 县大数据中心). Lead of row %d.' % k_unit})
k_reg = row_of('推广“宁政通”移动办公')
expect.append({'rule': 'unknown-unit', 'line': rowline[k_reg], 'text': '自治区政府办公厅',
               'why': 'PLANTED. A regional body named as the lead (牵头单位) of a county task: copied from task 105\'s 责任单位 (自治区政府办公厅牵头负责). Row %d.' % k_reg})
expect.append({'rule': 'basis-mismatch', 'line': only('宁政办发〔2023〕17号'), 'text': '宁政办发〔2023〕17号',
               'why': 'PLANTED. 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not 宁政办发.'})
k_g = row_of('政务公开专栏，构建以网上发布为主')
expect.append({'rule': 'garbled-text', 'line': rowline[k_g], 'text': GARBLED[:6],
               'why': 'PLANTED. UTF-8 bytes read as GBK in the 办结标准 cell of row %d: %s re-encoded as GBK and decoded as UTF-8 gives 专栏信息按月更新.' % (k_g, GARBLED)})

# notice-level near misses
p = only('国发〔2022〕14号')
mnf += [
    {'rule': 'basis-mismatch', 'line': p, 'text': '国发〔2022〕14号', 'why': 'correct title and number of the national 指导意见'},
    {'rule': 'basis-mismatch', 'line': p, 'text': '宁政办发〔2023〕11号',
     'why': '《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan (seed); a 宁政办发 number that is right, next to the planted wrong one'},
    {'rule': 'basis-mismatch', 'line': p, 'text': '永政发〔2023〕71号',
     'why': 'the county\'s own 实施方案 that this 督办清单 supervises; not a higher-level document and nothing contradicts its number'},
    {'rule': 'basis-mismatch', 'line': only('永政督办〔2024〕3号'), 'text': '永政督办〔2024〕3号', 'why': 'the notice\'s own 文号, not a citation'},
]
b = only('宁政办发〔2020〕14号')
mnf += [
    {'rule': 'basis-mismatch', 'line': b, 'text': '宁政办发〔2020〕14号',
     'why': 'retrospective mention of the 2020 工作要点 (correct title and number) as the start of the county\'s work since 2020, not cited as a basis'},
    {'rule': 'deadline-invalid', 'line': b, 'text': '2023年底',
     'why': 'past date in the background (what was done by the end of 2023), not a deadline; it also equals the region\'s 主要目标 到2023年底 平台“家底”全面理清'},
    {'rule': 'deadline-later-than-baseline', 'line': b, 'text': '2025年',
     'why': 'goal 到2025年 体系框架全面成型 equals the region\'s 主要目标 到2025年 “34567”体系框架全面成型'},
]
r15 = only('2024年2月29日前')
mnf += [
    {'rule': 'deadline-invalid', 'line': r15, 'text': '2024年2月29日',
     'why': '2024 is a leap year, so 2月29日 exists; it is the office\'s own reporting date, three days after the notice (2024年2月26日)'},
    {'rule': 'deadline-later-than-baseline', 'line': r15, 'text': '每月25日前', 'why': 'the office\'s monthly reporting date, not a task deadline'},
    {'rule': 'deadline-later-than-baseline', 'line': only('2024年12月20日前'), 'text': '2024年12月20日',
     'why': 'the office\'s date for the annual completion report, not a task deadline'},
]
for k in [kk for kk, r in rowdata.items() if r[7] == 'REPORT-2025']:
    mnf.append({'rule': 'deadline-later-than-baseline', 'line': rowline[k], 'text': '2025年1月10日',
                'why': f'督办要求 column: reporting date for the annual summary, after the task is due; the 完成时限 ({rowdata[k][3]}) governs and equals task {rowdata[k][6]} ({sd(rowdata[k][6])})'})
for k in [kk for kk, r in rowdata.items() if r[4].startswith('2024年4月25日')]:
    mnf.append({'rule': 'deadline-later-than-baseline', 'line': rowline[k], 'text': '2024年4月25日',
                'why': '督办要求 column: the office\'s reporting date for a draft/document, not the task deadline'})
mnf.append({'rule': 'deadline-later-than-baseline', 'line': 0, 'text': '每月25日前报送进展',
            'why': 'the 督办要求 column repeats the monthly / quarterly reporting date (每月25日前, 每季度末月25日前) on every row; these are reporting dates, never deadlines'})

# unit near misses
def U(substr, text, why, nth=1):
    mnf.append({'rule': 'unknown-unit', 'line': L(substr, nth), 'text': text, 'why': why})

U('各乡镇人民政府，县直各部门（单位）：', '县直各部门（单位）', 'collective subject (addressees)')
U('落实数据安全防护能力评估', '县直各部门（单位）', 'collective subject; a prefix never distributes into it')
U('“屏、端、仪”', '承担监管职责的县直有关部门（单位）', 'collective subject as lead, county form of 承担监管职责的自治区有关部门（单位）')
U('网格上报', '各村（社区）', 'collective subject')
U('推动县级政务服务、公共服务应用接入', '县直有关部门（单位）', 'collective subject')
U('全面应用全区统一协同办公平台', '县直各部门', 'collective subject without （单位）')
U('深化“互联网+医疗健康”', '各乡镇人民政府', 'collective subject')
U('深化“互联网+医疗健康”', '县卫健局', 'official short name of 县卫生健康局 in units.txt')
U('推动教育、健康、就业', '民政局', '县 prefix distributes: 县民政局, 县人力资源和社会保障局 (a registered name with 和, never split)')
U('强化审管协同', '住建局', '县 prefix distributes: 县住建局 (short name of 县住房和城乡建设局), 县水务局')
U('主题数据归集', '人社局', '县 prefix distributes over short names: 县人社局, 县应急局, 县审批局')
U('配合建设宁夏经济治理基础数据库', '统计局', 'lead 县发改局、统计局: short name 县发改局, prefix distributes to 县统计局; 县工业信息化和商务局 is one registered name, not split at 和')
U('推进公共资源交易全流程', '审计局', '县 prefix distributes: 县审计局')
U('制定2024年度数字政府建设重点任务考核指标体系', '编办', '县委 prefix distributes: 县委编办')
U('配合银川市推进城市运行', '县大数据中心', 'official short name of 县政务大数据服务中心 (contrast with the planted 县大数据局)')
U('推进数字乡村建设', '电信永宁分公司', 'short name of 中国电信股份有限公司永宁分公司 in units.txt')
U('推进数字乡村建设', '闽宁镇人民政府', 'town government in units.txt')
U('加快永宁工业园区', '永宁工业园区管委会', 'in units.txt')
U('推广应用全区统一电子印章系统', '县税务局', 'short name of 国家税务总局永宁县税务局')
U('完善县域生态环境监测数据汇聚', '银川市生态环境局永宁分局', 'city bureau\'s county branch, in units.txt')
U('提升用水权、土地权、排污权', '永宁生态环境分局', 'short name of 银川市生态环境局永宁分局; follows a full comma, no prefix distribution')
U('推进“智慧应急”建设', '永宁县消防救援大队', 'in units.txt (驻县单位), as is 永宁县气象局')
U('优化“互联网+督查”机制', '县政府督查室', 'short name of 县人民政府督查室, the issuing office, leading its own task')
U('推广应用宁夏“智慧林草”', '县林草局', 'short name of 县林业和草原局')
U('推进非税收入收缴电子化', '县教体局', 'short name of 县教育体育局; 卫健局, 自然资源局 take the 县 prefix')
U('持续推进“雪亮工程”', '县委政法委', 'two leads 县委政法委、县公安局; the first is the main lead per the notice (排在第一位的为主要牵头单位)')
U('强化保障。', '县委党校', 'in units.txt')
U('抄送：', '县人大常委会办公室', 'addressee in units.txt, as is 县政协办公室')

# the document's own title and dates
for ln in [i + 1 for i, l in enumerate(lines) if '2024年重点任务督办清单' in l]:
    mnf.append({'rule': 'basis-mismatch', 'line': ln, 'text': '永宁县加强数字政府建设实施方案2024年重点任务督办清单',
                'why': 'the title of this supervision list itself (notice title / attachment), not a basis citation'})
for ln in [i + 1 for i, l in enumerate(lines) if '2024年2月26日' in l]:
    mnf.append({'rule': 'deadline-invalid', 'line': ln, 'text': '2024年2月26日', 'why': 'issue date of the notice, not a deadline'})
U('对清单任务进行调度', '县人民政府', 'the county government itself (县人民政府分管领导), in units.txt')

# pillar near misses
mnf += [
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': f'row {row_of("配合培育数据要素市场")} (line {rowline[row_of("配合培育数据要素市场")]}) takes up task 12'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '组织领导', 'why': f'line {only("一把手")} (纳入“一把手”工程, first-responsible leaders)'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': f'line {only("纳入年度预算")} (经费纳入年度预算, 运行与运维资金挂钩)'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字素养', 'why': f'row {row_of("人才引进力度")} (line {rowline[row_of("人才引进力度")]}) and line {only("数字化能力培训")} (干部培训)'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '考核评价', 'why': f'row {row_of("考核指标体系")} (line {rowline[row_of("考核指标体系")]}) and line {only("效能目标管理考核")}'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '六级贯通', 'why': f'row {row_of("依托上级平台完善县级特色应用")} (line {rowline[row_of("依托上级平台完善县级特色应用")]}): the county layer of 六级贯通 as the region describes it (县（市、区）重点依托上级平台完善本级特色应用，一体化推进指挥调度中心等建设)'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '安全保障', 'why': f'rows {row_of("数据安全防护能力")} and {row_of("信创云迁移")} (lines {rowline[row_of("数据安全防护能力")]}, {rowline[row_of("信创云迁移")]}) take up tasks 16 and 19'},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一', 'why': f'row {row_of("健全县数字政府建设组织机构")} (line {rowline[row_of("健全县数字政府建设组织机构")]}) under the group heading 健全“五个一”和“六级贯通”工作体系; a county mirrors it through its own organisation (task 64)'},
]

# notice-level covers (no dates)
covers += [
    {'task': 116, 'line': only('一把手')},
    {'task': 122, 'line': only('效能目标管理考核')},
    {'task': 123, 'line': only('效能目标管理考核')},
]
covers.sort(key=lambda c: (c['line'], c['task']))

key = {
    'writer': 'blind writer, round 843; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': sorted(expect, key=lambda e: e['line']),
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': ('永宁县 (银川市) 2024 督办清单 of the county 实施方案: a 督查室 notice (lines 1-25), the attachment heading and table header (26-28), a %d-row task table '
              '(序号|任务|牵头单位|配合单位|完成时限|督办要求|办结标准) with single-cell group rows. No parent plan. '
              'Only the 完成时限 column is a deadline; the 督办要求 column holds the office\'s reporting dates. '
              'Rows were worded after the regional task they take up and avoid tasks whose only regional deadline is 2023 '
              '(a 2024 county date for them would be a debatable late deadline). As a supervision list it deliberately '
              'carries only part of the 124 tasks: task-uncovered information for the rest is expected and not annotated; '
              'no task-uncovered is planted. Readings that may differ: row 32 (line 70) is worded after task 64 (各地参照自治区做法成立组织机构, 2025年), '
              'not task 60 (充实自治区领导小组, 2023年); row 66 (line 113) after task 121 (长期坚持), not task 116 (2023年完成并长期坚持); '
              'row 10 (line 44) after task 16 (2024年), not task 17 (2023年). Built by build.py (kept in this folder).') % (n_tasks,),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')

print('lines', len(lines), 'rows', n_tasks, 'expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))
