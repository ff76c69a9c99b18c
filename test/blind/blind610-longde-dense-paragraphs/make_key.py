#!/usr/bin/env python3
"""Builds key.json for blind610; every line number is found by searching draft.txt (1-based)."""
import json

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def ln(anchor, text=None):
    """Line holding `anchor` (must be unique); `text` (if given) must be on that line too."""
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (anchor, text)
    return hits[0]


def e(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(anchor, text)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d


expect = [
    e('basis-mismatch', '《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）', '宁政办发〔2023〕17号',
      'planted: the regional 实施意见 is 宁政发〔2023〕17号 (a 人民政府 document), not a 宁政办发 (办公厅) number'),
    e('deadline-later-than-baseline', '到2026年，全县数字政府建设“34567”体系框架全面成型', '2026年',
      'planted: 主要目标 — the region sets “到2025年，全区各级数字政府建设“34567”体系框架全面成型”; the county puts the same goal in 2026'),
    e('deadline-later-than-baseline', '2025年底前完成县级公共数据开放目录及相关责任清单编制', '2025年底前',
      'planted late date in the middle of a long paragraph: task 41 (编制公共数据开放目录及相关责任清单…分类分级开放公共数据), 完成时限 2024年; the other dates in the paragraph (tasks 33, 34, 42) are 2024 or earlier'),
    e('unknown-unit', '由县大数据管理服务局会同中国电信隆德分公司', '县大数据管理服务局',
      'planted wrong body in mid-sentence: the county has 县大数据服务中心 (units.txt; it leads the same paragraph); 县大数据管理服务局 is a city-style name not in units.txt'),
    e('deadline-invalid', '2024年13月底前完成“信用隆德”数据归集', '13月',
      'planted impossible month (task 57, 完成时限 2024年; the year itself is not late)'),
    e('garbled-text', '依托宁夏政务鍗忓悓鍔炲叕骞冲彴', '鍗忓悓鍔炲叕骞冲彴',
      'planted mojibake: UTF-8 bytes of 协同办公平台 read as GBK'),
    {'rule': 'task-uncovered', 'line': 0, 'task': 101,
     'why': 'deliberately left out: 碳排放智能监测和动态核算体系 (各市、县（区）配合); the draft only takes up task 102 绿色低碳转型'},
]

M = []
def m(rule, anchor, text=None, why=''):
    M.append(e(rule, anchor, text, why))

# basis documents
m('basis-mismatch', '隆政办发〔2024〕15号', '隆政办发〔2024〕15号', "the draft's own 文号 in the 印发 notice, not a basis citation")
m('basis-mismatch', '《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
m('basis-mismatch', '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）', '宁政办发〔2023〕11号', 'same citation as the 吴忠 plan in the seeds')
m('basis-mismatch', '《固原市关于加强数字政府建设的实施方案》', '《固原市关于加强数字政府建设的实施方案》', 'the city plan cited by title alone, as county plans do; no parent plan is given for this case')
m('basis-mismatch', '（宁政办发〔2020〕14号）和此后历年全区工作部署', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 with its correct 文号 in the background paragraph, not cited as the basis')
# background / non-task dates
m('deadline-invalid', '2024年3月18日', '2024年3月18日', 'issue date of the notice')
m('deadline-invalid', '2021年建成县政务服务大厅', '2021年', 'background: what was done in 2021 (also 2022年, 截至2023年底 on the same line)')
m('deadline-invalid', '在2023年全区国家智慧教育平台整省试点形成经验的基础上', '2023年', 'background year inside a measure paragraph: the region’s 2023 试点 milestone (task 7) quoted as past, not a county deadline')
m('deadline-invalid', '在2022年以来建成城乡供水自动化监控系统的基础上', '2022年', 'background year inside a long paragraph')
m('deadline-later-than-baseline', '2024年12月20日前报送年度工作总结', '2025年1月15日前', "the office's own reporting dates (quarterly, annual summary), not task deadlines; tasks on the same line are 121 (长期坚持) and 123 (2023年完成，长期坚持), neither with a county date")
m('deadline-later-than-baseline', '实施期限至2025年12月31日', '2025年12月31日', "the plan's validity period, not a task deadline")
# goals
m('deadline-later-than-baseline', '到2024年底，全县电子政务外网实现县、乡、村三级全覆盖', '到2024年底', 'county-specific 2024 goal; the items match tasks 48, 46 and 86, all 完成时限 2024年 (equal)')
m('deadline-later-than-baseline', '到2035年，与政府治理能力现代化相适应的数字政府体系框架成熟完备', '到2035年', 'equal to the region’s 2035 goal')
# dense paragraphs: each date against its own task
m('deadline-later-than-baseline', '2024年9月底前完成园区综合服务平台一期建设，2025年取得明显成效', '2025年取得明显成效', 'task 3 (智慧园区) 持续推进，2025年取得明显成效 — equal; the task 2 dates in the same paragraph are 2024年6月底前 / 2024年底前 (task 2: 2023年启动，2024年取得明显成效; equal/earlier)')
m('deadline-later-than-baseline', '创新以网管网、以算法对算法等基于新技术手段的监管模式', '2025年取得明显成效', 'task 5, 持续推进，2025年取得明显成效 — equal')
m('deadline-later-than-baseline', '2024年秋季学期开学前实现全县中小学国家智慧教育平台应用全覆盖', '2025年取得明显成效', 'task 6 and task 7 are 2025 (equal); task 8 (互联网+医疗健康, 2025) gets 2024年底前 — earlier')
m('deadline-later-than-baseline', '2024年在沙塘镇、神林乡开展数字乡村试点', '2025年取得明显成效', 'tasks 9, 10, 11 all reach 2025年取得明显成效 (equal); 2024 is the first step of task 10')
m('deadline-later-than-baseline', '2025年培育数据要素市场主体1至2家', '2025年', 'task 12, 完成时限 2025年 — equal')
m('deadline-later-than-baseline', '每年至少组织开展1次网络安全应急演练，长期坚持', '长期坚持', 'task 18, 2023年形成机制，长期坚持; the 2023年 on this line is background for task 15 (2023年)')
m('deadline-later-than-baseline', '2024年6月底前完成县级非涉密政务信息系统信创适配评估', '2024年底前', 'task 19 (2023年启动，2024年建成) and task 46 (2024年) — equal')
m('deadline-later-than-baseline', '2024年9月底前完成全县数字政府领域重大改革', '2024年9月底前', 'task 23, 2024年 — earlier; tasks 20/21 on the line are 2024年底前 (equal); task 24 (2023年) is taken up without a date')
m('deadline-later-than-baseline', '2024年在城关镇、县审批服务管理局开展“一件事一次办”集成改革试点', '2024年', 'task 28: 2023年启动，2025年取得明显成效; the county starts in its own plan year but completes in 2025 (equal); the completing milestone decides')
m('deadline-later-than-baseline', '2025年全面融入全区一体化政务大数据体系', '2025年', 'task 29 (2023年启动，2025年完成) — equal; the paragraph also takes up tasks 30, 32, 36 (2023年) without a date and with a 2023 background year')
m('deadline-later-than-baseline', '2024年6月底前完成本部门业务数据回流对接', '2024年6月底前', 'task 33, 2024年 — earlier; task 34 and task 42 on the same line: 2024年底前 — equal')
m('deadline-later-than-baseline', '2024年6月底前完成县级骨干链路扩容和互联网出口带宽提升', '2024年底前', 'task 47 (2024年) first step 2024年6月底前 — earlier; task 48 and task 50 2024年底前 — equal')
m('deadline-later-than-baseline', '2025年全面融入全区统一的“视频一张网”', '2025年', 'task 49 (2025年) — equal, in a paragraph whose other tasks are due 2024; task 56 (2025年) also 2025 — equal')
m('deadline-later-than-baseline', '2024年4月底前完成领导小组成员调整', '2024年4月底前', "the county's own leading group: task 64 (各地各部门参照自治区做法成立相应组织机构, 2025年) — earlier; task 60 (2023年) is the 自治区 leading group, done by 自治区政府办公厅, not a county task")
m('deadline-later-than-baseline', '2025年实现县域经济运行“一张图”动态监测', '2025年', 'task 66, 2025年 — equal; task 65 (2024年) gets 2024年6月底前 — earlier')
m('deadline-later-than-baseline', '2025年实现县、乡、村三级全覆盖，推动形成“横向到边、纵向到底”', '2025年', 'task 83, 2025年 — equal; task 77 (2024年) gets 2024年底前 — equal')
m('deadline-later-than-baseline', '2025年全面接入自治区统一的视频指挥调度体系', '2025年', 'task 81, 2025年 — equal; task 79 and task 80 (2024年) get 2024年底前; 2023年 on the line is background')
m('deadline-later-than-baseline', '2024年9月底前实现县级政务服务、公共服务应用“应上尽上”', '2024年9月底前', 'task 86, 2024年 — earlier')
m('deadline-later-than-baseline', '2025年取得实质进展', '2025年', 'task 92 (多卡合一, 2025年) — equal; tasks 88/89 (2024年) on the line are 2024 or earlier')
m('deadline-later-than-baseline', '2024年10月底前完成全县林草资源数据接入', '2025年', 'tasks 96 and 100 (2025年) — equal; task 98 (2024年) gets 2024年10月底前 — earlier; task 97 2024年底前 — equal')
m('deadline-later-than-baseline', '2025年实现基层干部填表报数工作量压减50%以上', '2025年', 'task 106, 2025年 — equal; tasks 103-105 (2024年) get 2024 dates')
m('deadline-later-than-baseline', '长期推进，2024年取得明显成效', '2025年', 'task 107 (2025年) and task 111 (2025年) — equal; task 108 长期推进，2024年取得明显成效 — equal')
# units
m('unknown-unit', '会同县农业农村局、县发改局和县工业园区管委会', '县工业园区管委会', 'short name listed in units.txt')
m('unknown-unit', '县工业信息化和商务局会同中国电信隆德分公司、中国移动隆德分公司、中国联通隆德分公司', '中国移动隆德分公司', 'non-government bodies listed in units.txt')
m('unknown-unit', '推进县人民医院与各乡镇卫生院远程会诊', '各乡镇卫生院', 'collective subject (各…)')
m('unknown-unit', '县农业农村局牵头，各乡镇人民政府具体负责，县直有关部门配合', '县直有关部门', 'collective subject')
m('unknown-unit', '县委网信办牵头，县委保密办、县公安局配合', '县委保密办', 'listed in units.txt')
m('unknown-unit', '由县发展和改革局、财政局、审计局对政务信息化项目', '审计局', 'the 县 prefix distributes: 县财政局, 县审计局, both in units.txt')
m('unknown-unit', '2024年在城关镇、县审批服务管理局开展', '城关镇', 'township short name listed in units.txt')
m('unknown-unit', '县卫生健康局、县人社局、市生态环境局隆德分局、县应急管理局等部门分别负责', '市生态环境局隆德分局', 'short name of 固原市生态环境局隆德分局, listed in units.txt')
m('unknown-unit', '按需向县人民医院、各中小学校等企事业单位拓展', '各中小学校', 'collective subject; 县人民医院 is in units.txt')
m('unknown-unit', '调整充实隆德县推进“数字政府”建设领导小组', '隆德县推进“数字政府”建设领导小组', 'listed in units.txt')
m('unknown-unit', '县发改局牵头，县统计局、县财政局、隆德县税务局', '隆德县税务局', 'listed in units.txt')
m('unknown-unit', '承担监管职责的县直有关部门（单位）分别负责', '承担监管职责的县直有关部门（单位）', 'collective subject, the county form of 承担监管职责的自治区有关部门（单位）')
m('unknown-unit', '县林草局、隆德县消防救援大队等部门按照职能分别负责', '隆德县消防救援大队', 'listed in units.txt')
m('unknown-unit', '依托黄河流域宁夏生态环境数据资源中心', '黄河流域宁夏生态环境数据资源中心', 'a regional data platform named in the 实施意见, not a responsible body')
m('unknown-unit', '县政府督查室优化完善“互联网+督查”机制', '县政府督查室', 'short name listed in units.txt')
m('unknown-unit', '（一）加强组织领导。县委、县政府切实履行领导责任', '县委、县政府', 'county party committee and government, listed in units.txt (县委, 县政府)')
m('unknown-unit', '2024年底前建成县级指挥调度中心', '县级指挥调度中心', 'a facility being built, not a responsible body')
m('unknown-unit', '县财政局牵头，县直有关部门（单位）配合，推进财政电子票据一站式查验', '县直有关部门（单位）', 'collective subject')

covers_spec = [
    (2, '助力企业提高市场竞争能力'), (3, '“智慧园区”建设，一体化提升园区公共服务'),
    (5, '以算法对算法'), (6, '家政物业、水电气热等服务数字化'), (7, '国家智慧教育平台应用全覆盖'),
    (8, '“互联网+医疗健康”服务乡镇全覆盖'), (9, '城市运行管理服务平台建设'), (10, '以数字化支撑现代乡村治理体系'),
    (11, '“数字供销”国家级示范区'), (12, '引进和培育数据要素市场主体'), (14, '安全和保密工作的主体责任、监督责任'),
    (15, '完善企业参与政务信息化建设和运营的规范制度'), (18, '动态监控、主动防御、协同响应'),
    (19, '按照自治区政务信创云建设安排'), (21, '依托全区行政许可管理信息系统'), (23, '关键应用“一本账”登记'),
    (24, '同步完善政务信息化建设管理会商机制'), (25, '一律不予安排建设及运维运营经费'),
    (28, '每年确定1至2个试点领域'), (29, '全面融入全区一体化政务大数据体系'),
    (32, '明确本部门数据管理机构及其职责分工、人员'), (33, '等基础数据资源库，2024年6月底前'),
    (34, '应急管理等主题数据'), (41, '公共数据开放目录及相关责任清单'), (42, '推进供水、供电、供气、公共交通等公共数据'),
    (40, '强化电子公文全流程标准化管理'), (46, '推进县级现有政务信息系统有序迁移'), (47, '骨干链路扩容和互联网出口带宽提升'),
    (48, '开展城域网升级改造'), (50, '非涉密业务专网向电子政务外网整合迁移'), (49, '“视频一张网”'),
    (56, '非税收入收缴电子化全覆盖'), (57, '依托宁夏信用信息公共服务平台'), (58, '地理信息资源共建共享'),
    (64, '上下协同、一体联动、齐抓共管'), (66, '积极对接使用宁夏经济运行大数据平台'),
    (70, '实施企业信用风险分类管理和差异化监管'), (71, '全主体、全品种、全链条数字化追溯监管'),
    (73, '推进消费维权“一件事”改革'), (74, '“屏、端、仪”'), (75, '强化以网管网'),
    (77, '线上“一站式”受理渠道'), (83, '深入实施“互联网+基层治理”行动'), (79, '持续推进“雪亮工程”向乡村延伸'),
    (80, '加快推进“智慧应急”建设'), (81, '视频指挥调度体系'), (84, '全面融合各类公共服务、社会服务、中介服务'),
    (86, '迭代完善“我的宁夏”政务APP隆德专区'), (93, '适老化与信息无障碍建设'), (88, '加快“证照分离”改革'),
    (89, '建设完善企业专属网页和惠企政策专栏'), (92, '“多卡合一”'), (94, '完善县域大气、水、土壤等生态环境监测点位联网'),
    (95, '强化大气、水、土壤、自然生态等数据资源综合开发利用'), (102, '推进水、气、土、废污染防治攻坚战'),
    (96, '深化“互联网+城乡供水”建设'), (97, '自然资源三维立体“一张图”'), (98, '“智慧林草”云平台'),
    (100, '用水权、土地权、排污权、山林权'), (103, '建立健全大数据辅助决策机制'), (104, '公文流转、信息报送、督查考核'),
    (105, '“宁政通”移动办公“总门户”'), (106, '填表报数系统'), (107, '非涉密视频会议系统资源'),
    (108, '推进公共资源交易、政府采购等全流程数字化管理和监督'), (111, '办公用房信息数据采集'),
    (112, '以网上发布为主、其他渠道发布为辅'), (114, '政务新媒体矩阵'), (115, '县级政府信息知识库'),
    (116, '纳入“一把手工程”'), (118, '把提高领导干部数字治理能力作为县委党校'),
    (121, '每年度制定数字政府重点任务考核指标体系'), (123, '考核结果作为领导班子和有关领导干部综合考核评价的重要参考'),
    (124, '建立容错和奖惩机制'),
]
covers = [{'task': t, 'line': ln(a)} for t, a in covers_spec]

key = {
    'writer': 'blind writer, round 610; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('隆德县 (固原市) 2024 实施方案 in long dense paragraphs, no table: each measure line takes up 3-5 regional tasks, '
              'with several bodies and dates per line (first steps, completions, background years). No parent plan is given '
              '(parents: []); the 固原市 plan is cited by title only. units.txt is the county registry written for this case. '
              'Tasks due 2023 at the region (14, 15, 24, 30, 32, 36, 72, 85 ...) are taken up without a county date or with a past background '
              'year only, so that no 2024 county date is attached to them. Planted: 6 (basis 文号, late goal, late date mid-paragraph, '
              'wrong body mid-sentence, impossible month, mojibake) plus task 101 deliberately left out.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for x in expect:
    print(x['rule'], x['line'], x.get('text'))
