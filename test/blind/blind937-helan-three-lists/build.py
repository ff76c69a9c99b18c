#!/usr/bin/python3
# Builds draft.txt and key.json for blind case 937 (贺兰县, 三张清单) and checks line numbers.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

GARBLED = '提升全民数字化生活水平，弥合数字鸿沟'.encode('utf-8').decode('gbk')

body = [
    '贺兰县人民政府办公室关于印发《贺兰县加强数字政府建设实施方案》的通知',
    '贺政办发〔2024〕18号',
    '各乡镇人民政府，县政府各部门、各直属机构：',
    '《贺兰县加强数字政府建设实施方案》已经县人民政府同意，现印发给你们，请结合实际认真贯彻落实。',
    '贺兰县人民政府办公室',
    '2024年4月12日',
    '（此件公开发布）',
    '贺兰县加强数字政府建设实施方案',
    '为深入贯彻落实党的二十大精神和党中央、国务院关于加强数字中国和数字政府建设的重大决策部署，根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2022〕17号）、《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）精神和银川市有关工作部署，以数字政府建设助推数字贺兰发展，结合我县实际，制定本方案。',
    '一、总体要求',
    '（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神和习近平总书记视察宁夏重要讲话指示批示精神，全面落实自治区第十三次党代会和县委工作部署，坚持改革引领、数据赋能、整体协同、安全可控，将数字技术广泛应用于政府管理服务，推动政府决策科学化、社会治理精准化、公共服务高效化，为建设现代化美丽新贺兰提供有力支撑。',
    '（二）工作基础。自按照《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）启动“数字政府”建设以来，我县电子政务外网、政务服务平台等基础设施不断完善。2023年，全县392项政务服务事项接入“我的宁夏”政务APP贺兰专区，“宁政通”在县乡两级党政机关全面推广使用。但也存在数据共享不充分、应用场景不丰富、基层数字化力量薄弱等问题。',
    '（三）主要目标。',
    '到2024年底，全县数字政府工作体系基本健全，电子政务外网实现县、乡、村三级全覆盖，县级非涉密政务信息系统全部迁移至政务信创云，县级政务服务和公共服务应用在“我的宁夏”政务APP实现应上尽上。',
    '到2026年，全县数字政府建设“34567”体系框架全面成型，工作体制机制健全完善，数据资源共享利用水平明显提高，政府数字化履职能力显著提升，力争数字政府建设整体水平进入全区县（区）前列。',
    '到2035年，与政府治理能力现代化相适应的数字政府体系框架成熟完备，整体协同、敏捷高效、智能精准、开放透明、公平普惠的数字政府全面建成。',
    '二、重点任务',
    '对照自治区数字政府建设“34567”体系框架，结合我县实际，确定2024—2025年重点任务37项。任务内容、责任单位和完成时限分别列入附件任务清单、责任清单和时间清单，三张清单按编号一一对应。',
    '（一）着眼“三个驱动”，推动数字贺兰协同发展。以贺兰工业园区“智慧园区”建设为牵引，推动产业数字化和数字产业化，促进数字经济和实体经济深度融合。以数字政府建设促进数字技术与社会发展全面融合，' + GARBLED + '，加快数字乡村和“数字供销”建设。配合自治区培育数据要素市场，引导依法开展数据交易，营造良好数字生态。（清单第1—7项）',
    '（二）聚焦“四个支撑”，夯实数字政府建设基础。强化安全管理责任，明确各乡镇、各部门数字政府建设安全和保密工作的主体责任、监督责任，构建全方位、多层次、一体化安全防护体系。推动行政权力事项网上运行、动态管理，强化审管协同。推动县级政务数据按目录汇聚、按需共享、有序开放。充分利用自治区统一的政务信创云、电子政务外网和共性应用支撑平台，原则上不再新建县级政务云和业务专网。（清单第8—20项）',
    '（三）健全工作体系，推动“六级贯通”在县域落地。按照自治区“六级贯通”层级架构，厘清县、乡、村三级数字政府建设职责，县级重点依托上级平台完善本级特色应用，乡镇、村（社区）基于上级平台推广应用，强化数据挖掘应用和数字赋能。（清单第21项）',
    '（四）强化“七个能力”，提升政府数字化履职水平。围绕经济调节、市场监管、社会管理、公共服务、生态环境保护、政务运行、政务公开等领域，加强经济运行监测分析，推进数字化追溯监管和新型监管，深化“雪亮工程”“智慧应急”和“互联网+基层治理”，提升政务服务“一网通办”水平，推进数字治水和生态环境数据应用，推广协同办公和“宁政通”，完善政务公开和政务新媒体矩阵。（清单第22—36项）',
    '三、保障措施',
    '（一）加强组织领导。县委、县政府统一领导全县数字政府建设，将数字政府建设工作纳入“一把手工程”，建立主要领导负责制。县数字政府建设领导小组统筹推进各项任务，各乡镇、各部门要制定本单位工作方案，抓好组织实施。',
    '（二）加大资金保障。将数字政府建设经费纳入年度预算，统筹利用现有资金渠道，建立多渠道投入的资金保障机制。建立政务平台常态化运行与年度运维资金挂钩的评估机制，强化项目绩效评估，避免重复建设。',
    '（三）提升数字素养。依托宁夏干部教育培训网络学院和县委党校，把提高领导干部数字治理能力作为重要培训内容，每年定期开展全县干部数字化能力培训，培养一批数字意识强、善用数据的干部队伍。',
    '（四）强化考核评价。将数字政府建设纳入全县效能目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考。每年制定全县数字政府建设工作要点和重点任务考核指标（清单第37项）。各牵头单位于每季度末月25日前将任务推进情况报送县政府办公室，2024年12月20日前报送年度工作总结。',
    '附件：贺兰县数字政府建设重点任务“三张清单”（2024—2025年）',
]

attach_head = [
    '附件',
    '贺兰县数字政府建设重点任务“三张清单”（2024—2025年）',
    '说明：三张清单按编号对应。牵头单位有多个的，排在第一位的为主要牵头单位。完成时限为该项任务的最终完成时间。',
]

# (region task, task text, lead, coop, deadline, region deadline)
T = [
    (3, '加快贺兰工业园区“智慧园区”建设，一体化提升园区公共服务、资源匹配、环境保护、应急安全、管理决策等数字化、智能化服务水平，为入园企业提供全生命周期服务保障。',
     '贺兰工业园区管委会', '县工业信息化和商务局、县发改局', '持续推进，2025年取得明显成效', '持续推进，2025 年取得明显成效'),
    (6, '推动数字技术与传统公共事业融合，推进教育、健康、就业、文化旅游、交通出行、养老托育、水电气热等服务数字化，扩大优质公共资源服务覆盖面。',
     '县教育局、卫生健康局、人力资源和社会保障局、民政局', '县直有关部门，各乡镇人民政府', '持续推进，2025年取得明显成效', '持续推进，2025 年取得明显成效'),
    (7, '推广应用国家智慧教育平台和宁夏智慧教育平台，推进中小学数字校园建设，实现教学数字化应用全覆盖。',
     '县教育局', '县财政局', '2025年取得明显成效', '2023年形成试点经验，2025年取得明显成效'),
    (8, '深化“互联网+医疗健康”应用，推进县域医共体信息平台建设，推动电子健康档案、检查检验结果互通共享和健康医疗大数据应用。',
     '县卫生健康局', '县医保局，各乡镇人民政府', '2024年底前县域医共体信息平台投入使用，2025年取得明显成效', '持续推进，2025年取得明显成效'),
    (10, '推进数字乡村建设，以数字化支撑现代乡村治理体系，补齐乡村信息基础设施短板，推进农业农村大数据应用，提高面向农业农村的综合信息服务水平。',
     '县农业农村局', '县委网信办、县工业信息化和商务局，各乡镇人民政府', '持续推进，2025年取得明显成效', '持续推进，2025年取得明显成效'),
    (11, '配合推进“数字供销”国家级示范区建设，推动县内农特产品上线“数字供销”平台，实现重点农产品在线追溯。',
     '县供销社', '县农业农村局、县工业信息化和商务局', '2024年完成县级主要建设任务，2025年取得明显成效', '2023年完成主要建设任务，2025年取得明显成效'),
    (12, '配合自治区培育数据要素市场，引导县内企业参与数据要素流通交易，培育一批数据要素市场主体。',
     '县发展和改革局', '县工业信息化和商务局、县市场监督管理局', '2025年12月底前', '2025年'),
    (18, '建立健全动态监控、主动防御、协同响应的数字政府安全技术保障体系，开展常态化安全防护和应急演练，提升整体安全防护能力。',
     '县委网信办', '县公安局，县直各部门（单位）', '2023年形成机制，长期坚持', '2023年形成机制, 长期坚持'),
    (43, '推进县级非涉密政务信息系统向自治区政务信创云有序迁移、适配运行，做到“应上尽上”。',
     '县政府办公室', '县直各部门（单位）', '2024年底前完成迁移，持续推进', '2024 年建成，持续推进'),
    (21, '推动各类行政权力事项网上运行、动态管理，配合完善全区行政许可管理信息系统。',
     '县审批服务管理局', '县司法局，县直有关部门', '2024年12月底前', '2024年'),
    (22, '强化审管协同，推进县级政务服务平台与“互联网+监管”系统打通融合，健全“审管联动”机制。',
     '县审批局', '县市场监管局、住建局、交通运输局', '2025年', '2025年'),
    (23, '配合建设全区一体化数字资源管理系统，梳理全县数字政府领域重点项目、关键应用，纳入“一本账”统筹管理。',
     '县政府办公室', '县发改局、县财政局', '2024年10月底前', '2024年'),
    (28, '围绕数字政府建设重点领域、关键环节、共性需求，积极申报自治区数字政府建设试点，打造可复制推广的典型应用场景。',
     '县政府办公室', '县直各部门（单位），各乡镇人民政府', '2025年取得明显成效', '2023年启动，2025年取得明显成效'),
    (34, '推动县级部门政务数据向全区一体化政务大数据体系汇聚，积极对接全区统一主题数据库，完善医疗健康、社会保障、应急管理等县级主题数据。',
     '县政府办公室', '县卫生健康局、人社局、应急局', '2024年', '2024年'),
    (41, '配合编制公共数据开放目录及相关责任清单，依托全区统一的公共数据开放平台，分类分级开放县级公共数据。',
     '县大数据局', '县直有关部门', '2024年11月底前', '2024年'),
    (42, '推进供水、供电、供气、公共交通等公共数据与政务数据融合应用，促进数据流通共用。',
     '县发改局', '县水务局、住房和城乡建设局、交通运输局', '2024年', '2024年'),
    (48, '开展县级城域网升级改造，推进电子政务外网县、乡、村三级全覆盖，在安全可控的前提下按需向企事业单位拓展。',
     '县政府办公室', '中国电信贺兰分公司，各乡镇人民政府', '2024年9月31日前', '2024 年'),
    (50, '以重大业务应用为牵引，有序推进非涉密业务专网向电子政务外网整合迁移或安全互联。',
     '县政府办公室', '县公安局、应急管理局，县直有关部门', '2024年12月底前', '2024 年'),
    (54, '深化电子文件管理，完善业务应用系统电子文件归档功能，统筹推进无纸化办公和电子文件归档，提升电子档案管理和利用服务水平。',
     '县档案馆', '县委办公室、县政府办公室，县直各部门（单位）', '2024年', '2024年'),
    (56, '推进非税收入收缴电子化管理，实现教育收费、医疗收费、不动产登记等各类非税收入收缴电子化全覆盖。',
     '县财政局', '县教育局、卫健局，自然资源贺兰分局', '2025年', '2025年'),
    (64, '健全县数字政府建设领导小组及其办公室，明确各乡镇、各部门分管领导和数字化工作专员，健全工作体制机制，形成上下协同、齐抓共管的工作格局。',
     '县政府办公室', '县委编办，各乡镇人民政府', '2024年6月底前', '2025年'),
    (66, '配合建设宁夏经济运行大数据平台，做好县级经济运行数据采集报送，强化重点企业、重点产业监测预警。',
     '县发改局', '县统计局、县工业信息化和商务局', '2025年', '2025年'),
    (71, '对食品药品、医疗器械、特种设备、农副产品等重点领域实行全主体、全品种、全链条数字化追溯监管。',
     '县市场监督管理局', '县农业农村局、卫生健康局', '2024年', '2024年'),
    (74, '推广非现场、视频图像、物联感知、掌上移动等新型监管手段，推行远程监管、移动监管、预警监管、实时监管。',
     '县市场监管局', '生态环境贺兰分局、县综合执法局', '2024年底前', '2024年'),
    (79, '持续推进“雪亮工程”，推广“智安小区”“智安单位”应用，完善全时空、全方位的社会治安防控体系。',
     '县委政法委、县公安局', '各乡镇人民政府，各村（社区）', '2024年', '2024年'),
    (80, '推进“智慧应急”建设，完善自然灾害监测预警、危化品双重预防、应急指挥调度等信息化应用，提升突发事件应急响应能力。',
     '县应急管理局', '县水务局、县消防救援大队、县气象局', '2024年', '2024年'),
    (83, '实施“互联网+基层治理”行动，依托基层管理服务平台，实现对人、地、物、事、组织等基本要素的统一采集和高效管理。',
     '县委政法委', '县民政局，各乡镇人民政府，各村（社区）', '2025年', '2025年'),
    (84, '推进政务服务线上线下融合，推动高频事项“网上办、掌上办、就近办、一次办”，完善县、乡、村三级政务服务体系。',
     '县审批服务管理局', '县直有关部门，各乡镇人民政府', '2024 年', '2024年'),
    (86, '做强“我的宁夏”政务APP贺兰专区，推动县级政务服务、公共服务应用“应上尽上”。',
     '县审批局', '县直各部门（单位）', '2024年', '2024年'),
    (93, '完成县级政府网站、政务移动端、政务服务场所适老化与信息无障碍建设，切实满足老年人、残疾人等特殊群体办事需求。',
     '县政府办公室', '县审批局、民政局', '2025年6月底前', '2024年'),
    (96, '深化“互联网+城乡供水”建设，推进县域供水工程数字化改造，提升数字治水水平。',
     '县水务局', '各乡镇人民政府', '2025年', '2025年'),
    (94, '依托全区生态环境数据资源中心，做好县级生态环境监测数据汇交，强化生态环境数据分析应用。',
     '银川市生态环境局贺兰分局', '银川市自然资源局贺兰分局、县农业农村局', '2024年', '2024年'),
    (104, '推广使用全区统一的协同办公平台，推动公文流转、报批审核、会议培训、督查考核等机关公务数字化转型。',
     '县政府办公室', '县委办公室，县直各部门（单位）', '2024年', '2024年'),
    (105, '推进“宁政通”移动办公在县、乡、村三级全覆盖，推动县级部门政务APP接入“宁政通”。',
     '县政府办', '县直各部门（单位），各乡镇人民政府', '2024年', '2024年'),
    (112, '完善政府网站、政务公开专栏等政务公开信息化平台，构建以网上发布为主、其他渠道发布为辅的政务公开发布格局。',
     '县政府办公室', '县直各部门（单位），各乡镇人民政府', '2024年', '2024年'),
    (114, '构建政务新媒体矩阵体系，开发多样化政策解读产品，做好突发公共事件信息发布和政务舆情回应。',
     '县委宣传部', '县融媒体中心、县政府办公室', '2024年', '2024年'),
    (121, '每年度制定全县数字政府建设工作要点和重点任务考核指标体系，形成常态化考核机制，强化对政务信息化建设投资效益和应用水平的考核。',
     '县政府办公室', '县委组织部，县直各部门（单位），各乡镇人民政府', '长期坚持', '长期坚持'),
]
assert len(T) == 37, len(T)
# task 121 added as the 36th? keep count at 36: replace nothing; see below

lines = list(body)
lines += attach_head
lines.append('一、任务清单')
lines.append('编号\t任务')
task_line = {}
for i, t in enumerate(T, 1):
    lines.append(f'{i}\t{t[1]}')
    task_line[i] = len(lines)
lines.append('二、责任清单')
lines.append('编号\t牵头单位\t配合单位')
resp_line = {}
for i, t in enumerate(T, 1):
    lines.append(f'{i}\t{t[2]}\t{t[3]}')
    resp_line[i] = len(lines)
lines.append('三、时间清单')
lines.append('编号\t完成时限')
time_line = {}
for i, t in enumerate(T, 1):
    lines.append(f'{i}\t{t[4]}')
    time_line[i] = len(lines)

with open(os.path.join(HERE, 'draft.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')

print('lines', len(lines))


def L(sub, nth=1):
    """1-based line of the nth line containing sub."""
    hits = [i + 1 for i, s in enumerate(lines) if sub in s]
    assert len(hits) >= nth, (sub, hits)
    return hits[nth - 1]


def row(region):
    for i, t in enumerate(T, 1):
        if t[0] == region:
            return i, t
    raise KeyError(region)


# ---- unit check against units.txt ----
reg = set()
for s in open(os.path.join(HERE, 'units.txt'), encoding='utf-8'):
    s = s.strip()
    if not s or s.startswith('#'):
        continue
    for part in re.split(r'\s*[=,]\s*', s):
        reg.add(part)
collective = {'县直有关部门', '县直各部门（单位）', '各乡镇人民政府', '各村（社区）'}
unknown = []
for i, t in enumerate(T, 1):
    for cell in (t[2], t[3]):
        for grp in cell.split('，'):
            prefix = None
            for u in grp.split('、'):
                if u in collective:
                    continue
                if u.startswith('县'):
                    prefix = '县'
                cand = u if u in reg else (prefix + u if prefix and (prefix + u) in reg else None)
                if cand is None:
                    unknown.append((i, u))
print('unknown units:', unknown)

# ---- deadlines check: county final year <= region final year ----
for i, t in enumerate(T, 1):
    cy = [int(y) for y in re.findall(r'(20\d\d)\s*年', t[4])]
    ry = [int(y) for y in re.findall(r'(20\d\d)\s*年', t[5])]
    flag = ''
    if cy and ry and max(cy) > max(ry):
        flag = 'LATE'
    print(i, 'R%d' % t[0], t[4], '|', t[5], flag)


# ---------------- key.json ----------------
def rdl(region):
    return REGION_DL[region]

REGION_DL = {t[0]: t[5] for t in T}
expect, mnf, covers = [], [], []

def tl(region):
    i, t = row(region)
    return i, t, time_line[i]

# planted mistakes
expect.append({'rule': 'basis-mismatch', 'line': L('宁政发〔2022〕17号'), 'text': '宁政发〔2022〕17号',
               'why': 'PLANTED. 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong'})
expect.append({'rule': 'deadline-later-than-baseline', 'line': L('到2026年'), 'text': '2026年',
               'why': 'PLANTED. 主要目标: the region says 到2025年 全区各级数字政府建设“34567”体系框架全面成型; the county sets the same goal for 2026'})
i, t, ln = tl(93)
expect.append({'rule': 'deadline-later-than-baseline', 'line': ln, 'text': '2025年6月底前',
               'why': 'PLANTED. 时间清单 row %d = regional task 93 (适老化与信息无障碍建设), 完成时限 2024年; county gives 2025年6月底前' % i})
i, t, ln = tl(48)
expect.append({'rule': 'deadline-invalid', 'line': ln, 'text': '2024年9月31日',
               'why': 'PLANTED. 时间清单 row %d: September has no 31st day (regional task 48 is due 2024 年, so the year itself is not late)' % i})
i, t = row(41)
expect.append({'rule': 'unknown-unit', 'line': resp_line[i], 'text': '县大数据局',
               'why': 'PLANTED. 责任清单 row %d lead: 贺兰县 has no 大数据局 (not in units.txt); looks copied from a city plan (市大数据局)' % i})
expect.append({'rule': 'garbled-text', 'line': L(GARBLED), 'text': GARBLED[:8],
               'why': 'PLANTED. UTF-8 read as GBK: the run decodes back to 提升全民数字化生活水平，弥合数字鸿沟'})

# near misses: basis
mnf.append({'rule': 'basis-mismatch', 'line': L('国发〔2022〕14号'), 'text': '国发〔2022〕14号', 'why': 'correct title and 文号 of the national 指导意见'})
mnf.append({'rule': 'basis-mismatch', 'line': L('宁政办发〔2023〕11号'), 'text': '宁政办发〔2023〕11号',
            'why': '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）cited exactly as the 吴忠 seed plan cites it; a real additional basis, not the baseline'})
mnf.append({'rule': 'basis-mismatch', 'line': L('宁政办发〔2020〕14号'), 'text': '宁政办发〔2020〕14号',
            'why': 'retrospective mention in 工作基础 (the 2020 工作要点, correct title and 文号); not cited as a basis of this plan'})
mnf.append({'rule': 'basis-mismatch', 'line': L('贺政办发〔2024〕18号'), 'text': '贺政办发〔2024〕18号', 'why': 'the county document\'s own 文号 in the 印发通知, not a basis citation'})
mnf.append({'rule': 'basis-mismatch', 'line': L('银川市有关工作部署'), 'text': '银川市有关工作部署', 'why': 'generic reference to the city\'s arrangements, no title or 文号 to check; no parent plan supplied'})

# near misses: dates in the body
mnf.append({'rule': 'deadline-invalid', 'line': L('2024年4月12日'), 'text': '2024年4月12日', 'why': 'issue date of the 通知'})
mnf.append({'rule': 'deadline-invalid', 'line': L('2023年，全县392项'), 'text': '2023年', 'why': 'past date in the 工作基础 background (what was done in 2023), not a deadline'})
mnf.append({'rule': 'deadline-later-than-baseline', 'line': L('到2024年底'), 'text': '2024年底',
            'why': '2024 goals: 外网三级全覆盖 = task 48 (2024 年), 信创云迁移 = task 43 (2024 年建成，持续推进), 我的宁夏 应上尽上 = task 86 (2024年), 工作体系 = task 64 (2025年); all equal or earlier. The region\'s 到2023年底 goals concern 自治区本级 (五个一, 政策体系, 家底), not these'})
mnf.append({'rule': 'deadline-later-than-baseline', 'line': L('到2035年'), 'text': '2035年', 'why': 'same 2035 goal as the region (数字政府全面建成)'})
mnf.append({'rule': 'deadline-later-than-baseline', 'line': L('确定2024—2025年重点任务'), 'text': '2024—2025年', 'why': 'period of the task list, not a deadline; within the region\'s 2023—2025'})
mnf.append({'rule': 'deadline-later-than-baseline', 'line': L('2024年12月20日前报送'), 'text': '2024年12月20日', 'why': 'the office\'s own reporting dates (每季度末月25日前, 年度总结 2024年12月20日前), not task deadlines'})

# near misses: time list
def nm_time(region, why, rule='deadline-later-than-baseline'):
    i, t, ln = tl(region)
    mnf.append({'rule': rule, 'line': ln, 'text': t[4],
                'why': '时间清单 row %d = regional task %d, 完成时限 %s; %s' % (i, region, t[5], why)})

nm_time(3, 'equal (same wording)')
nm_time(6, 'equal (same wording)')
nm_time(7, 'completing milestone 2025 equal; the region\'s 2023 试点 milestone is past and simply not restated')
nm_time(8, 'adds an earlier 2024 milestone; completing milestone 2025 equal')
nm_time(11, 'completing milestone 2025 equal; only the intermediate milestone (主要建设任务) is 2024 against the region\'s 2023, which lies before this plan\'s year')
nm_time(12, '2025年12月底前 is within 2025, equal')
nm_time(18, 'copied verbatim from the region; the 2023 milestone lies before the plan\'s year but is the regional deadline itself, and the task is ongoing (长期坚持)', rule='deadline-invalid')
nm_time(18, 'equal to the region (copied verbatim)')
nm_time(43, 'equal (2024, then 持续推进)')
nm_time(23, 'earlier than the region (October 2024)')
nm_time(28, 'completing milestone 2025 equal')
nm_time(41, 'earlier than the region (November 2024)')
nm_time(64, 'earlier than the region (2025年)')
nm_time(84, 'equal; the space in 2024 年 is the gazette\'s own spacing')
nm_time(121, 'equal (长期坚持)')
nm_time(74, 'equal (2024年底前)')

# near misses: units
def nm_unit(region, text, why, col='resp'):
    i, t = row(region)
    mnf.append({'rule': 'unknown-unit', 'line': resp_line[i], 'text': text, 'why': '责任清单 row %d: %s' % (i, why)})

nm_unit(3, '贺兰工业园区管委会', 'short name of 贺兰工业园区管理委员会 in units.txt')
nm_unit(3, '县发改局', 'short name of 县发展和改革局 in units.txt')
nm_unit(6, '卫生健康局', 'prefix 县 distributes: 县卫生健康局, 县人力资源和社会保障局, 县民政局 are all in units.txt')
nm_unit(6, '县直有关部门', 'collective subject')
nm_unit(6, '各乡镇人民政府', 'collective subject')
nm_unit(11, '县供销社', 'short name of 县供销合作社 in units.txt')
nm_unit(18, '县直各部门（单位）', 'collective subject')
nm_unit(18, '县委网信办', 'official short name, canonical in units.txt')
nm_unit(22, '住建局', 'prefix 县 distributes: 县住建局 (short name of 县住房和城乡建设局), 县交通运输局')
nm_unit(34, '人社局', 'prefix 县 distributes: 县人社局, 县应急局 are short names in units.txt')
nm_unit(48, '中国电信贺兰分公司', 'a unit outside the government proper, listed in units.txt')
nm_unit(56, '自然资源贺兰分局', 'short name of 银川市自然资源局贺兰分局 (a city bureau\'s branch in the county), in units.txt; 卫健局 after 县教育局 is 县卫健局')
nm_unit(74, '生态环境贺兰分局', 'short name of 银川市生态环境局贺兰分局 in units.txt')
nm_unit(79, '各村（社区）', 'collective subject; first-listed 县委政法委 is the main lead of two leads')
nm_unit(94, '银川市生态环境局贺兰分局', 'county branch of the city bureau, canonical in units.txt; a local unit, not a regional body')
nm_unit(105, '县政府办', 'short name of 县人民政府办公室 in units.txt')
mnf.append({'rule': 'unknown-unit', 'line': L('县数字政府建设领导小组统筹推进'), 'text': '县数字政府建设领导小组',
            'why': 'the county\'s 议事协调机构 named in 保障措施, not a responsible unit of a task row; its setting-up is task row 21 itself'})

mnf.append({'rule': 'unknown-unit', 'line': L('各乡镇人民政府，县政府各部门、各直属机构'), 'text': '县政府各部门、各直属机构',
            'why': 'addressees of the 通知 (主送), collective subjects'})
mnf.append({'rule': 'unknown-unit', 'line': L('宁夏干部教育培训网络学院'), 'text': '宁夏干部教育培训网络学院',
            'why': 'a training platform the county relies on (named the same way in the 吴忠 plan), not a responsible unit'})

# near misses: pillars with thin but real content
mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': 'body line %d (数据要素市场, 营造良好数字生态) and 任务清单 row 7 (regional task 12)' % L('营造良好数字生态')})
mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一和六级贯通', 'why': 'body line %d (健全工作体系, 六级贯通) and 任务清单 row 21 (regional task 64)' % L('推动“六级贯通”在县域落地')})
mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '经济调节', 'why': '任务清单 row 22 (regional task 66, 经济运行大数据平台) and body line %d' % L('加强经济运行监测分析')})

# covers
for i, t in enumerate(T, 1):
    covers.append({'task': t[0], 'line': task_line[i]})
covers.append({'task': 14, 'line': L('安全和保密工作的主体责任、监督责任')})
covers.append({'task': 116, 'line': L('纳入“一把手工程”')})
covers.append({'task': 25, 'line': L('建立多渠道投入的资金保障机制')})
covers.append({'task': 118, 'line': L('把提高领导干部数字治理能力')})
covers.append({'task': 123, 'line': L('考核结果作为领导班子')})

key = {
    'writer': 'blind writer, round 937; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
    'notes': ('贺兰县 (银川市) 2024 实施方案: short body (lines 1-%d) and an attachment of 三张清单 joined by 编号 1-37: '
              '任务清单 lines %d-%d, 责任清单 lines %d-%d (牵头单位 | 配合单位; the attachment notes that the first-listed lead is the main lead), '
              '时间清单 lines %d-%d. Row n of each list is the same task; the regional task number of row n is in covers. '
              'No parent plan (银川市 plan not supplied). Units: units.txt (贺兰县 registry incl. two 银川市…贺兰分局 branches, the 园区管委会, '
              'the five 乡镇 and 中国电信贺兰分公司). Tasks covered only in the body carry no deadline.') % (
        len(body), task_line[1], task_line[37], resp_line[1], resp_line[37], time_line[1], time_line[37]),
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))
# sanity: every text is on its line
for e in expect + mnf:
    if e['line'] and e.get('text'):
        assert e['text'] in lines[e['line'] - 1], e
for c in covers:
    assert 1 <= c['line'] <= len(lines)
print('texts verified')
