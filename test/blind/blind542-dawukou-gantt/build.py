#!/usr/bin/python3
# Builds draft.txt and key.json for blind542-dawukou-gantt. Line numbers in the key are
# looked up in the final draft text, never typed by hand.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def months(spec):
    s = set()
    for part in spec.split(','):
        if '-' in part:
            a, b = part.split('-')
            s.update(range(int(a), int(b) + 1))
        elif part:
            s.add(int(part))
    return s

def row(task, units, spec, note=''):
    m = months(spec)
    cells = [task, units] + ['●' if i in m else '' for i in range(1, 13)] + [note]
    return '\t'.join(cells)

def section(title):
    return '\t'.join([title] + [''] * 14)

L = []
L.append('大武口区大数据服务中心2024年数字政府建设工作计划')
L.append('各街道办事处、星海镇人民政府，区直各部门（单位）：')
L.append('经区人民政府同意，现将《大武口区大数据服务中心2024年数字政府建设工作计划》印发给你们，请结合工作职责认真抓好落实。')
L.append('大武口区大数据服务中心')
L.append('2024年2月26日')
L.append('大武口区大数据服务中心2024年数字政府建设工作计划')
L.append('为深入贯彻落实党的二十大精神和党中央、国务院关于加强数字政府建设的重大决策部署，根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）、《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）等文件精神，按照区委、区政府2024年工作部署，结合我区实际，制定本工作计划。')
L.append('一、工作基础')
L.append('2023年，在区委、区政府的坚强领导下，我区数字政府建设取得阶段性成效：成立了区数字政府建设领导小组，完成区级政务数据资源目录编制，形成政务数据“一本账”；建立政务数据供需对接机制，全年办理数据共享需求126项；电子政务外网覆盖全区11个街道（镇），区级政务信息系统上云率达到85%；“我的宁夏”大武口专区上线政务服务事项312项。自贯彻落实《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）以来，我区政务服务“一网通办”持续深化，为数字政府建设打下了较好基础。同时也要看到，数据共享不够充分、基层应用不够平衡、专业人才相对不足等问题仍然存在。')
L.append('二、总体要求')
L.append('（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神和习近平总书记视察宁夏重要讲话指示批示精神，按照自治区“34567”数字政府体系框架，统筹推进“三个驱动、四大支撑、六级贯通、七个能力”建设，以数据赋能为主线，以应用场景为牵引，推动政府决策科学化、社会治理精准化、公共服务高效化，为建设现代化美丽新大武口提供有力支撑。')
L.append('（二）主要目标。到2024年底，区级政务信息系统全部迁入政务信创云，政务数据共享和开发利用水平明显提升，“一网通办”“一网统管”“一网协同”能力进一步增强；到2025年，区级数字政府建设体系框架全面成型，政府数字化履职能力明显提升，力争进入全市前列。')
L.append('三、2024年重点工作安排')
L.append('全年安排重点工作53项，具体进度见下表。责任单位中排在第一位的为牵头单位，其余为配合单位；●表示该月安排实施。')
L.append('\t'.join(['工作任务', '责任单位'] + ['%d月' % i for i in range(1, 13)] + ['备注']))

L.append(section('（一）健全工作体系'))
L.append(row('1.健全区数字政府建设组织机构，完善“领导小组+区大数据服务中心+部门数据专员”工作机制，形成上下协同、一体联动、齐抓共管的工作格局', '区政府办公室、区委编办、区大数据服务中心', '1-3', '3月底前完成'))
L.append(row('2.厘清区、街道（镇）、社区（村）三级数字政府建设职责，依托上级平台完善本级特色应用，一体化推进区级指挥调度中心建设', '区大数据服务中心、区委政法委、各街道办事处、星海镇人民政府', '2-9', '9月底前建成区级指挥调度中心'))
L.append(row('3.将数字政府建设纳入“一把手工程”，落实主要领导负责制，制定年度工作计划并组织实施', '区政府办公室、区直各部门（单位）', '1-12', '长期坚持'))

L.append(section('（二）推动“三个驱动”'))
L.append(row('4.推进大武口工业园区“智慧园区”建设，提升园区公共服务、资源匹配、应急安全、管理决策等数字化服务水平', '区工业信息化和商务局、区大数据服务中心', '3-12', '持续推进'))
L.append(row('5.围绕“六新六特六优”产业，推动重点企业上云用云，接入自治区产业云，汇聚企业生产和销售数据', '区工信商务局', '4-11'))
L.append(row('6.推进教育、健康、就业、养老托育、文化旅游、家政物业等服务数字化，扩大优质公共资源服务覆盖面', '区教育体育局、区卫生健康局、区人力资源和社会保障局、区民政局', '1-12'))
L.append(row('7.配合推进智慧城市建设，完善城市运行管理服务平台大武口区应用，强化城市运行“一网统管”', '区城市管理局、区住房和城乡建设局、区大数据服务中心', '3-12'))
L.append(row('8.推进星海镇数字乡村建设，补齐乡村信息基础设施短板，提升面向农业农村的综合信息服务水平', '区农业农村和水务局、星海镇人民政府', '4-10'))
L.append(row('9.配合培育数据要素市场，梳理本区可开发利用的公共数据资源，引导本地企业参与数据流通交易', '区发改局、区大数据服务中心', '5-12'))
L.append(row('10.开展网络安全宣传周等活动，健全网络综合治理体系，营造良好网络生态', '区委网信办、区委宣传部', '9', '9月集中开展'))

L.append(section('（三）强化“四大支撑”'))
L.append(row('11.修订区级网络安全和保密工作责任清单，压实各部门数字政府建设安全主体责任、监督责任', '区委网信办、区大数据服务中心、区直各部门（单位）', '1-3', '主体责任已于2023年明确，3月底前完成年度修订'))
L.append(row('12.健全动态监控、主动防御、协同响应的安全技术保障体系，开展常态化安全防护和应急演练', '区委网信办、区公安分局、区大数据服务中心', '1-12', '6月、11月各组织一次应急演练'))
L.append(row('13.推进区级政务信息系统向政务信创云迁移，做到“应上尽上”', '区大数据服务中心、区直各部门（单位）', '1-10', '10月底前完成迁移'))
L.append(row('14.将本区数字政府重大项目、关键应用、数据资源录入全区一体化数字资源管理系统“一本账”', '区大数据服务中心、区发展和改革局、区财政局', '2-6', '6月底前完成录入'))
L.append(row('15.推动行政权力事项网上运行、动态管理，强化审管协同，推进审批、监管信息实时共享', '区审批服务管理局、区市场监管局、区司法局', '1-12'))
L.append(row('16.围绕基层减负、城市治理等领域，申报自治区数字政府建设试点示范', '区大数据服务中心、区审批服务管理局', '3-5', '5月底前完成申报'))
L.append(row('17.动态更新区级政务数据资源目录，维护政务数据“一本账”', '区大数据服务中心、区直各部门（单位）', '1-12', '目录已于2023年编制完成，本年度按季度更新'))
L.append(row('18.运行政务数据供需对接机制，及时受理、办理各部门数据共享需求', '区大数据服务中心', '1-12', '机制于2023年建立，全年常态化运行'))
L.append(row('19.推动社会保障、医疗健康、应急管理等数据向自治区主题数据库汇聚', '区人力资源和社会保障局、区卫生健康局、区应急管理局、区大数据服务中心', '3-11'))
L.append(row('20.编制区级公共数据开放目录及责任清单，依托全区统一的公共数据开放平台分类分级开放公共数据', '区大数据服务中心、区直各部门（单位）', '4-12'))
L.append(row('21.推进供水、供热、公共交通等公共数据与政务数据融合应用', '区大数据服务中心、区住房和城乡建设局', '5-12', '鍏ㄥ勾鎸佺画鎺ㄨ繘'))
L.append(row('22.开展城域网升级改造，推进电子政务外网向社区（村）延伸全覆盖', '区大数据服务中心、各街道办事处、星海镇人民政府', '3-12', '2025年6月底前实现社区（村）全覆盖'))
L.append(row('23.推动电子政务外网骨干链路扩容，扩大互联网出口带宽，完成IPv6改造', '区大数据服务中心', '4-12', '2024年12月底前完成'))
L.append(row('24.有序推进非涉密业务专网向电子政务外网整合迁移或安全互联', '自治区政府办公厅、区大数据服务中心、区直有关部门（单位）', '5-11'))
L.append(row('25.整合区内公共视频资源，接入自治区统一的视频共享平台，建设区级“视频一张网”', '区委政法委、区公安分局、区大数据服务中心', '6-12'))
L.append(row('26.推动个人电子证照在就医上学、交通出行等高频场景应用，企业电子证照在招投标、企业用工等场景应用', '区审批服务管理局、区市场监督管理局', '1-12'))
L.append(row('27.完善业务系统电子文件归档功能，统筹推进无纸化办公和电子文件归档，加大档案数字资源建设力度', '区档案馆、区委办公室', '3-12'))
L.append(row('28.归集涉企信用信息，配合迭代升级宁夏信用信息公共服务平台', '区发展和改革局、区市场监督管理局', '2-12'))

L.append(section('（四）提升“七个能力”'))
L.append(row('29.配合建设宁夏经济运行大数据平台，按月报送重点企业、重点项目运行数据', '区发展和改革局、区统计局、区工业信息化和商务局', '1-12', '每月10日前报送'))
L.append(row('30.建设区级领导决策“驾驶舱”，汇聚经济运行、城市管理、民生服务等数据，实现运行情况一屏统览', '区大数据服务中心', '1-12', '6月底前建成，7—12月运行维护'))
L.append(row('31.对食品药品、特种设备、农副产品等重点领域实行数字化追溯监管', '区市场监督管理局、区农业农村和水务局', '3-12'))
L.append(row('32.履行监管数据治理主体责任，提高监管数据质量，推进消费维权“一件事”改革', '区市场监督管理局、区直有关部门（单位）', '2-11'))
L.append(row('33.用好全区矛盾纠纷多元化解信息系统，实现矛盾纠纷线上统一归集、分类转办、督办考核', '区委政法委、区信访局、区司法局', '2-12'))
L.append(row('34.持续推进“雪亮工程”向社区（村）覆盖，推广“智安小区”“智安单位”应用', '区委政法委、区公安分局', '1-12', '11月底前完成新建点位联网'))
L.append(row('35.推进“智慧应急”建设，完善自然灾害监测预警、危化品双重预防等信息化应用', '区应急管理局', '3-12'))
L.append(row('36.实施“互联网+基层治理”行动，依托基层综合指挥平台实现人、地、物、事、组织等基本要素统一采集', '区委政法委、各街道办事处、星海镇人民政府', '1-12'))
L.append(row('37.推动政务服务事项“网上办、掌上办、就近办、一次办”，深化“跨省通办”“区内通办”', '区审批服务管理局', '1-12'))
L.append(row('38.推动本区政务服务、公共服务应用接入“我的宁夏”政务APP，实现“应上尽上”', '区审批服务管理局、区大数据服务中心', '2-9', '2023年9月底前实现应上尽上'))
L.append(row('39.深化“证照分离”改革，推广电子营业执照应用，探索“一业一证”改革', '区市场监督管理局、区审批服务管理局', '1-12'))
L.append(row('40.依托一体化政务服务平台完善企业专属网页和惠企政策专栏，实现惠企政策精准推送、政策兑现直达直享', '区审批服务管理局、区工业信息化和商务局', '4-10'))
L.append(row('41.推进区图书馆、文化馆等公共场馆数字化，移动入口接入“我的宁夏”政务APP', '区文化旅游体育广电局', '5-12'))
L.append(row('42.强化大气、水、土壤等生态环境数据归集和综合分析，实现生态环境数据共享、业务协同', '区生态环境分局', '3-12'))
L.append(row('43.推进“互联网+城乡供水”建设，完善星海镇农村供水数字化管理', '区农业农村和水务局', '4-11'))
L.append(row('44.推广应用自治区统一的协同办公平台，推动公文流转、会议培训、督查考核等机关公务数字化', '区政府办公室、区电子政务办', '1-12'))
L.append(row('45.推进“宁政通”移动办公应用，实现区直部门、街道（镇）、社区（村）全覆盖', '区政府办公室、区大数据服务中心', '1-6', '6月底前实现全覆盖'))
L.append(row('46.推广使用自治区统一的填表报数系统，减轻基层填表报数负担', '区大数据服务中心、各街道办事处', '7-12'))
L.append(row('47.整合区直部门非涉密视频会议系统资源，接入全区统筹应用的视频会议平台', '区机关事务服务中心、区大数据服务中心', '5-10'))
L.append(row('48.整合公共机构能耗、公务用车、办公用房等机关事务管理信息系统，分级采集办公用房信息数据', '区机关事务服务中心', '3-12'))
L.append(row('49.完善政府网站和政务公开专栏，构建以网上发布为主、其他渠道发布为辅的政务公开发布格局', '区政府办公室', '1-12'))
L.append(row('50.整合区级政务新媒体账号，构建政务新媒体矩阵，开发多样化政策解读产品', '区委宣传部、区融媒体中心、区政府办公室', '3-10', '10月底前完成整合'))
L.append(row('51.健全12345政务服务便民热线与网格员联动机制，畅通政民互动和民意转办渠道', '区政府办公室、区信访局', '1-12'))

L.append(section('（五）加强组织保障'))
L.append(row('52.组织区直部门、街道（镇）干部开展数字化能力培训', '区委组织部、区委党校、区大数据服务中心', '5,9', '全年不少于2期'))
L.append(row('53.开展数字政府建设督促检查和年度考核，推广典型应用', '区政府办公室、区大数据服务中心', '6,12', '12月20日前完成年度考核'))

L.append('四、2025年工作打算')
L.append('2025年，围绕自治区实施意见确定的目标任务，重点做好以下工作：')
L.append('（一）2025年6月底前，依托“宁政通”全面应用填表报数系统，实现基层干部填表报数工作量压减50%以上。')
L.append('（二）2025年底前，建成区级“视频一张网”，区内公共视频资源全部接入自治区统一的视频共享平台。')
L.append('（三）2025年底前，完成区政府网站、政务移动端和各级政务服务场所适老化与信息无障碍改造。')
L.append('（四）深化“互联网+基层治理”，2025年底前形成“横向到边、纵向到底”的基层联动治理体系。')
L.append('（五）2025年9月底前，实现教育收费、不动产登记等非税收入收缴电子化全覆盖。')
L.append('（六）2025年底前，完成区级机关事务管理信息系统整合，实行统一单点登录、分级授权使用。')
L.append('（七）推动电子证照在社会化高频场景广泛应用，2025年取得明显成效。')
L.append('（八）到2025年底，区级数字政府建设体系框架全面成型，政府数字化履职能力明显提升。')
L.append('五、保障措施')
L.append('（一）加强组织领导。区数字政府建设领导小组统筹推进全区数字政府建设，各街道办事处、星海镇人民政府和区直各部门（单位）主要负责同志要切实履行第一责任人职责，明确专人负责本单位数字政府建设工作。')
L.append('（二）强化资金保障。区财政局统筹现有资金渠道，将数字政府建设经费纳入年度预算，建立政务平台常态化运行与年度运维资金挂钩的评估机制，加强项目绩效评估，避免分散建设、重复建设。')
L.append('（三）提升数字素养。加大数字化专业人才引进力度，把数字政府建设纳入干部教育培训内容，提升各级干部运用数据开展工作的能力。')
L.append('（四）强化督查考核。将数字政府建设纳入区效能目标管理考核，各责任单位于每季度末月25日前向区大数据服务中心报送工作进展，12月20日前报送年度工作总结。')

text = '\n'.join(L) + '\n'
with open(os.path.join(HERE, 'draft.txt'), 'w', encoding='utf-8') as f:
    f.write(text)

lines = text.split('\n')[:-1]

def ln(sub, nth=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def task_line(n):
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith('%d.' % n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "the title is the regional 实施意见, whose 文号 is 宁政发〔2023〕17号; 宁政办发 is the general office's series (wrong 文号 for the title)"},
    {"rule": "deadline-later-than-baseline", "line": task_line(22), "text": "2025年6月底",
     "why": "row 22 (城域网升级改造, 外网延伸到社区（村）全覆盖) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the 备注 puts full coverage at 2025年6月底"},
    {"rule": "deadline-later-than-baseline", "line": ln('适老化与信息无障碍改造'), "text": "2025年底",
     "why": "regional task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) has 完成时限 2024年; the 2025 list puts it at 2025年底前"},
    {"rule": "deadline-invalid", "line": task_line(38), "text": "2023年9月底",
     "why": "in a 2024 plan whose row is marked 2月–9月 of 2024, the 备注 gives a completion date before the plan's own year (copy-over slip for 2024年9月底前); task 86 is due 2024"},
    {"rule": "unknown-unit", "line": task_line(24), "text": "自治区政府办公厅",
     "why": "a regional body named first (= lead, per the note on the line above the table) of a district task; copied from regional task 50's 责任单位"},
    {"rule": "unknown-unit", "line": task_line(44), "text": "区电子政务办",
     "why": "not in units.txt (no such body in the district registry; the district's office is 区大数据服务中心)"},
    {"rule": "garbled-text", "line": task_line(21), "text": "鍏ㄥ勾鎸佺画",
     "why": "UTF-8 read as GBK mojibake of 全年持续推进 in the 备注 cell"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

mnf("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the 工作基础 background, not cited as a basis; title and 文号 are correct", "宁政办发〔2020〕14号")
mnf("deadline-invalid", ln('2024年2月26日'), "the document's own issue date, not a deadline", "2024年2月26日")
mnf("deadline-invalid", ln('全年办理数据共享需求126项'), "2023 achievements in the 工作基础 background: past dates, not deadlines", "2023年")
mnf("deadline-later-than-baseline", ln('（二）主要目标'), "到2025年 体系框架全面成型 equals the regional goal (到2025年 34567 体系框架全面成型); 到2024年底 信创云迁移 equals task 43/19 (2024)", "到2025年")
mnf("deadline-later-than-baseline", task_line(1), "task 64 (各地各部门成立相应组织机构) 完成时限 2025年; 3月底前 of 2024 is earlier", "3月底前")
mnf("deadline-later-than-baseline", task_line(3), "task 116 (一把手工程, 年度工作要点) 完成时限 2023年完成并长期坚持; this row is the ongoing part", "长期坚持")
mnf("unknown-unit", task_line(5), "区工信商务局 is a registered short name of 区工业信息化和商务局", "区工信商务局")
mnf("unknown-unit", task_line(9), "区发改局 is a registered short name of 区发展和改革局", "区发改局")
mnf("deadline-later-than-baseline", task_line(11), "task 14 (安全主体责任, 2023年): the draft says the responsibility was fixed in 2023; the 2024 months are the annual revision of the list (upkeep after the task is done)", "3月底前")
mnf("deadline-later-than-baseline", task_line(12), "task 18 (安全技术保障体系, 常态化演练) 完成时限 2023年形成机制，长期坚持; months marked are the ongoing drills", "6月、11月")
mnf("unknown-unit", task_line(12), "区公安分局 is a registered short name of 石嘴山市公安局大武口区分局", "区公安分局")
mnf("deadline-later-than-baseline", task_line(13), "task 43 (政务信创云, 2024年建成，持续推进) and task 19 (2024年建成): last marked month 10月 and 10月底前 of 2024 are in time", "10月底前")
mnf("unknown-unit", task_line(15), "区市场监管局 is a registered short name of 区市场监督管理局", "区市场监管局")
mnf("deadline-later-than-baseline", task_line(17), "task 30 (政务数据资源目录, 一本账) 完成时限 2023年; the draft says the catalogue was finished in 2023 and the 2024 months are quarterly updating (upkeep after done)", "2023年")
mnf("deadline-later-than-baseline", task_line(18), "task 36 (数据供需对接机制) 完成时限 2023年; mechanism set up in 2023, 2024 months are routine operation (upkeep after done)", "2023年")
mnf("deadline-invalid", task_line(17), "2023年 in 备注 is a past completion statement, not a deadline", "2023年")
mnf("deadline-later-than-baseline", task_line(23), "task 47 (外网升级改造, 骨干网扩容, 出口带宽) 完成时限 2024年; 2024年12月底前 is equal", "2024年12月底")
mnf("unknown-unit", task_line(32), "区直有关部门（单位） is a collective subject", "区直有关部门（单位）")
mnf("deadline-later-than-baseline", task_line(29), "the office's own monthly reporting date; task 66 is due 2025", "每月10日前")
mnf("deadline-later-than-baseline", task_line(30), "task 103 (辅助决策) 完成时限 2024年; built by 6月底 of 2024, 7—12月 marked for upkeep", "7—12月")
mnf("unknown-unit", task_line(42), "区生态环境分局 is a registered short name of 石嘴山市生态环境局大武口分局", "区生态环境分局")
mnf("deadline-later-than-baseline", task_line(45), "task 105 (宁政通) 完成时限 2024年; 6月底前 of 2024 is earlier", "6月底前")
mnf("deadline-later-than-baseline", task_line(52), "task 118 (干部数字化培训) 完成时限 2023年完成并长期坚持; yearly training sessions are the ongoing part", "全年不少于2期")
mnf("deadline-later-than-baseline", task_line(53), "task 124 (督促检查) 2023年形成机制，长期坚持 / task 121 长期坚持; 12月20日前 is the office's own annual review date", "12月20日前")
mnf("deadline-later-than-baseline", ln('压减50%以上'), "task 106 (填表报数系统, 压减50%) 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底")
mnf("deadline-later-than-baseline", ln('（二）2025年底前，建成区级'), "task 49 (视频共享平台, 视频一张网) 完成时限 2025年; equal", "2025年底")
mnf("deadline-later-than-baseline", ln('纵向到底'), "task 83 (互联网+基层治理) 完成时限 2025年; equal", "2025年底")
mnf("deadline-later-than-baseline", ln('非税收入收缴电子化全覆盖'), "task 56 (非税收入收缴电子化) 完成时限 2025年; 2025年9月底前 is earlier", "2025年9月底")
mnf("deadline-later-than-baseline", ln('统一单点登录'), "task 111 (机关事务管理信息系统整合, 统一单点登录) 完成时限 2025年; equal", "2025年底")
mnf("deadline-later-than-baseline", ln('（七）推动电子证照'), "task 52 (电子证照社会化场景) 完成时限 2025年; equal", "2025年")
mnf("deadline-later-than-baseline", ln('（八）到2025年底'), "equals the regional goal 到2025年 体系框架全面成型", "2025年底")
mnf("unknown-unit", task_line(2), "各街道办事处 is a collective subject; 星海镇人民政府 is in units.txt", "各街道办事处")
mnf("unknown-unit", task_line(3), "区直各部门（单位） is a collective subject", "区直各部门（单位）")
mnf("unknown-unit", ln('（一）加强组织领导'), "区数字政府建设领导小组 is listed in units.txt (议事协调机构)", "区数字政府建设领导小组")
mnf("deadline-later-than-baseline", ln('（四）强化督查考核'), "the office's own reporting dates (每季度末月25日前, 12月20日前), not task deadlines", "每季度末月25日前")

covers_map = [
    (64, 1), (116, 3), (3, 4), (2, 5), (6, 6), (9, 7), (10, 8), (12, 9), (14, 11), (18, 12),
    (43, 13), (23, 14), (21, 15), (28, 16), (30, 17), (36, 18), (34, 19), (41, 20), (42, 21),
    (48, 22), (47, 23), (50, 24), (49, 25), (52, 26), (54, 27), (57, 28), (66, 29), (103, 30),
    (71, 31), (73, 32), (77, 33), (79, 34), (80, 35), (83, 36), (84, 37), (86, 38), (88, 39),
    (89, 40), (90, 41), (95, 42), (96, 43), (104, 44), (105, 45), (106, 46), (107, 47),
    (111, 48), (112, 49), (114, 50), (115, 51), (118, 52), (124, 53),
]
covers = [{"task": t, "line": task_line(r)} for t, r in covers_map]
covers.append({"task": 93, "line": ln('适老化与信息无障碍改造')})
covers.append({"task": 56, "line": ln('非税收入收缴电子化全覆盖')})

key = {
    "writer": "blind writer, round 542; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("District (大武口区, 石嘴山市) one-year work plan with no parent plan: preamble, a Gantt table "
              "(工作任务 | 责任单位 | 1月…12月 | 备注; ● = month of work; first-listed unit is the lead, stated on the line "
              "above the table) and a closing list of 2025 work. Every month column is a month of 2024, so a row's last "
              "marked month is at latest 2024年12月. Rows matching regional tasks due 2023 (14, 30, 36) say in 备注 that "
              "the task was completed in 2023 and the 2024 marks are upkeep; tasks 18/116/118/124 are long-term. "
              "Registry = regional units from the baseline + units.txt. 全区 in the draft means the district except where "
              "自治区 is written. Framework pillars are all taken up: 三个驱动 rows 4-10, 四大支撑 rows 11-28, "
              "五个一/六级贯通 rows 1-2, 七个能力 rows 29-51, 党的领导 rows 3, 52-53 and section 五 (组织领导, 资金保障, "
              "数字素养, 督查考核). Line 7 also cites 国发〔2022〕14号 and 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, "
              "both correct (same title and 文号 as in the 吴忠 plan); they are not listed in mustNotFlag only because the "
              "line carries the planted basis-mismatch."),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')

print(len(lines), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
