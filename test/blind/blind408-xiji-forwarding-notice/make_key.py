#!/usr/bin/python3
# Builds key.json; every line number is found from a unique snippet of draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(snippet, text=None):
    hits = [i + 1 for i, l in enumerate(L) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits[0])
    return hits[0]

def e(rule, snip, text, why, **kw):
    d = {"rule": rule, "line": ln(snip, text)}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

D, LATE, INV, UNIT, BASIS, GARB = ('deadline', 'deadline-later-than-baseline', 'deadline-invalid',
                                   'unknown-unit', 'basis-mismatch', 'garbled-text')

expect = [
    e(LATE, '适老化与信息无障碍建设，完善线上线下服务渠道', '2025年6月底',
      'planted: task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; the county deadline 2025年6月底前 is later (the 附件 itself, line 84, says 2024年)'),
    e(UNIT, '（三）县大数据局牵头', '县大数据局',
      'planted: no such body in 西吉县; units.txt has 县大数据服务中心 (no 大数据局 at county level)'),
    e(BASIS, '制定本方案。', '宁政发〔2023〕11号',
      'planted: 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (as the cover, line 4, says); 11号 is slipped in from 宁政办发〔2023〕11号 cited right after it'),
    e(INV, '分类分级开放公共数据。', '2024年9月31日',
      'planted: impossible date, September has 30 days (task 41 公共数据开放目录 完成时限 2024年, so the year itself is not late)'),
    e(LATE, '推进县、乡、村三级全覆盖', '2025年底',
      'planted: tasks 47 (电子政务外网升级改造、扩大互联网出口带宽) and 48 (城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年'),
    e(UNIT, '有序推进非涉密业务专网向电子政务外网整合迁移', '自治区政府办公厅',
      'planted: a regional body named as the lead (牵头) of a task in the county\'s own plan, copied from task 50\'s 责任单位; the county lead would be a county unit (e.g. 县大数据服务中心 or 县政府办公室)'),
    e(GARB, '发挥全区一体化', '鏀垮姟鏈嶅姟骞冲彴',
      'planted: UTF-8 bytes of 政务服务平台 read as GBK (mojibake, no ? marker); the sentence is task 84\'s 一体化政务服务平台“一网通办”'),
    {"rule": "task-uncovered", "line": 0, "task": 83,
     "why": "deliberately left out: 互联网+基层治理 / 新型基层管理服务平台 (自治区党委政法委牵头，各市、县（区）具体负责, 2025年); nothing in the draft takes it up"},
]

mnf = [
    e(UNIT, '各乡镇人民政府，县直各部门：', '各乡镇人民政府', 'cover addressee, collective subject'),
    e(UNIT, '各乡镇人民政府，县直各部门：', '县直各部门', 'cover addressee, collective subject'),
    e(BASIS, '的通知', '《自治区人民政府关于加强数字政府建设的实施意见》',
      'the forwarded title is exactly the title of 宁政发〔2023〕17号'),
    e(BASIS, '现将《自治区人民政府关于加强数字政府建设的实施意见》', '宁政发〔2023〕17号',
      'correct 文号 for the forwarded 实施意见'),
    e(BASIS, '西政办发〔2024〕9号', '西政办发〔2024〕9号', 'the notice\'s own document number, not a cited basis'),
    e(INV, '2024年2月26日', '2024年2月26日', 'the notice\'s own date (issue date; plan year 2024), not a deadline'),
    e(LATE, '于2024年4月底前完成', '2024年4月底',
      'earlier than task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) 完成时限 2025年'),
    e(LATE, '于2024年3月20日前报县数字政府建设领导小组办公室备案', '2024年3月20日',
      'the office\'s own reporting date for units\' task lists, not a task deadline'),
    e(LATE, '2024年底前实现高频事项“掌上办”', '2024年底',
      'equal to task 86 (我的宁夏 政务APP 应上尽上) 完成时限 2024年'),
    e(LATE, '持续推进“雪亮工程”', '2024年底',
      'equal to task 79 (雪亮工程, 社会治安防控体系) 完成时限 2024年; earlier than task 49 (视频共享平台) 2025年'),
    e(LATE, '2024年底前实现企业和群众诉求“接诉即办”', '2024年底',
      'earlier than task 87 (12345热线“接诉即办”) 完成时限 2023年启动，2025年完成'),
    e(UNIT, '（六）县财政局牵头，县发改局配合', '县发改局', 'official short name of 县发展和改革局 (alias in units.txt)'),
    e(UNIT, '县政府督查室要将数字政府建设', '县政府督查室', 'short name of 县人民政府督查室 in units.txt'),
    e(LATE, '2024年6月30日前、12月20日前', '2024年6月30日',
      'the office\'s own reporting date (半年 report), not a task deadline'),
    e(LATE, '2024年6月30日前、12月20日前', '12月20日',
      'the office\'s own reporting date (全年 report), not a task deadline'),
    e(UNIT, '2024年6月30日前、12月20日前', '县数字政府建设领导小组办公室',
      'the receiving office, registered in units.txt (and set up by this notice, line 6)'),
    e(BASIS, '附件：西吉县关于加强数字政府建设的实施方案', '西吉县关于加强数字政府建设的实施方案',
      'the county\'s own plan attached to the notice, not a cited basis document'),
    e(BASIS, '各乡镇、县直各部门要对照《实施意见》附件2', '《实施意见》',
      'short title defined on line 4 (以下简称《实施意见》)'),
    e(BASIS, '制定本方案。', '国发〔2022〕14号', 'correct 文号 of 《国务院关于加强数字政府建设的指导意见》'),
    e(BASIS, '制定本方案。', '宁政办发〔2023〕11号',
      'correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, as cited in the 吴忠 plan'),
    e(BASIS, '近年来，我县认真落实', '宁政办发〔2020〕14号',
      'retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; not cited as the basis'),
    e(INV, '近年来，我县认真落实', '2023年',
      'past date in the background (外网 extended to 19 乡镇 in 2023), not a deadline; also earlier than task 48 (2024年)'),
    e(LATE, '到2024年底，全县数字政府建设领导体制', '2024年底',
      'interim county goal; earlier than the region\'s 2025 goal (工作体制逐步健全) and equal to task 86 (2024年)'),
    e(LATE, '到2025年，全县数字政府建设体系框架全面成型', '2025年',
      'equal to the region\'s 主要目标 到2025年 (体系框架全面成型)'),
    e(LATE, '到2035年，与政府治理能力现代化相适应', '2035年', 'equal to the region\'s 到2035年 goal'),
    e(LATE, '“智慧园区”建设', '持续推进，2025年取得明显成效',
      'equal to task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效'),
    e(UNIT, '“智慧园区”建设', '县工业信息化和商务局',
      'registered name containing 和; must not be split into 县工业信息化 + 商务局'),
    e(LATE, '推进数字乡村建设，补齐乡村信息基础设施短板', '2025年',
      'equal to task 10 (数字乡村, 持续推进，2025年取得明显成效) and to the completing milestone of task 11 (数字供销, 2023年完成主要建设任务，2025年取得明显成效)'),
    e(UNIT, '推进数字乡村建设，补齐乡村信息基础设施短板', '县供销社', 'short name of 县供销合作社联合社 in units.txt'),
    e(LATE, '（三）营造良好数字生态。', '2025年', 'equal to task 12 (数据要素市场) 完成时限 2025年'),
    e(INV, '提升安全防护能力。', '2023年形成机制，长期坚持',
      'copied verbatim from task 18 (2023年形成机制，长期坚持); a copied regional deadline lying before the plan year, with an ongoing part; not late, not invalid'),
    e(UNIT, '健全政务信息化项目建设管理会商机制', '县发展和改革局、财政局',
      'prefix 县 distributes: 县发展和改革局 and 县财政局, both registered'),
    e(LATE, '依托全区一体化数字资源管理系统', '2024年',
      'equal to task 23 (数字资源“一本账”) 完成时限 2024年; this is not task 30 (政务数据“一本账”, 2023年)'),
    e(LATE, '开展试点示范。', '2024年启动，2025年取得明显成效',
      'task 28 is 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal, only the start is later'),
    e(LATE, '向电子政务外网整合迁移或安全互联', '2024年',
      'equal to task 50 (非涉密业务专网整合迁移) 完成时限 2024年 (only the lead unit on this line is wrong)'),
    e(LATE, '强化政务云支撑。', '2024年',
      'equal to task 43 (2024年建成，持续推进) and task 46 (2024年)'),
    e(LATE, '依托全区统一的视频共享平台', '2025年', 'equal to task 49 (视频一张网) 完成时限 2025年'),
    e(LATE, '加强共性应用支撑。', '2025年', 'equal to task 52 (电子证照社会化高频场景应用) 完成时限 2025年'),
    e(LATE, '（一）健全组织机构。县数字政府建设领导小组', '2024年',
      'earlier than task 64 (各市、县（区）成立相应组织机构) 2025年; task 60 (充实自治区领导小组成员, 2023年) is a regional-only task'),
    e(UNIT, '推进本行业监管系统与宁夏“互联网+监管”系统对接', '承担监管职责的县直有关部门（单位）', 'collective subject'),
    e(UNIT, '推进“智慧应急”建设', '西吉县气象局', 'registered in units.txt (unit outside the county government proper)'),
    e(UNIT, '推进“智慧应急”建设', '西吉县消防救援大队', 'registered in units.txt'),
    e(LATE, '完成县乡村三级政务服务场所、政府网站和政务移动端适老化', '2024年',
      'equal to task 93 (适老化与信息无障碍建设) 完成时限 2024年'),
    e(UNIT, '加强葫芦河流域水质', '固原市生态环境局西吉分局',
      'registered in units.txt (the city bureau\'s county branch, the real local environmental authority); not a regional body, not to be split'),
    e(LATE, '依托“宁政通”APP填表报数系统', '2025年', 'equal to task 106 (填表报数) 完成时限 2025年'),
    e(LATE, '推进公共资源交易全流程数字化管理和监督', '2024年',
      'equal to task 108 (长期推进，2024年取得明显成效)'),
    e(LATE, '以12345政务服务便民热线为枢纽', '2024年',
      'equal to task 115 (政民互动平台) 2024年; earlier than task 87 (12345热线, 2025年完成)'),
    e(UNIT, '（三）提升数字素养。', '县委党校', 'registered in units.txt'),
]

covers_spec = [
    (3, '“智慧园区”建设'), (5, '完善数字经济治理体系，创新以网管网'), (6, '（二）引领数字社会建设。'),
    (8, '深入推进“互联网+医疗健康”'), (10, '推进数字乡村建设，补齐乡村信息基础设施短板'),
    (11, '推进数字乡村建设，补齐乡村信息基础设施短板'), (12, '（三）营造良好数字生态。'),
    (14, '强化安全管理责任。'), (15, '强化安全管理责任。'), (18, '提升安全防护能力。'),
    (21, '推动各类行政权力事项网上运行'), (22, '推动各类行政权力事项网上运行'),
    (23, '依托全区一体化数字资源管理系统'), (24, '健全政务信息化项目建设管理会商机制'),
    (25, '（六）县财政局牵头，县发改局配合'), (28, '开展试点示范。'), (30, '（三）县大数据局牵头'),
    (32, '明确本部门数据管理机构及其职责'), (36, '落实政务数据供需对接'), (40, '规范电子公文全流程标准化管理'),
    (41, '编制县级公共数据开放目录'), (42, '推进供水、供电、供气、公共交通等公共数据'), (43, '强化政务云支撑。'),
    (46, '强化政务云支撑。'), (47, '提升网络平台支撑能力。'), (48, '提升网络平台支撑能力。'),
    (49, '依托全区统一的视频共享平台'), (50, '向电子政务外网整合迁移或安全互联'), (52, '加强共性应用支撑。'),
    (54, '规范电子公文全流程标准化管理'), (56, '推进非税收入收缴电子化'), (57, '完善县级社会信用信息归集共享机制'),
    (64, '各乡镇、县直各部门要参照县上做法'), (65, '配合建设宁夏经济治理基础数据库'),
    (66, '（一）提升经济调节能力。'), (70, '（二）提升市场监管能力。'), (71, '加强对食品药品、特种设备'),
    (72, '推进本行业监管系统与宁夏“互联网+监管”系统对接'), (73, '推进本行业监管系统与宁夏“互联网+监管”系统对接'),
    (77, '（三）提升社会管理能力。'), (79, '持续推进“雪亮工程”'), (80, '推进“智慧应急”建设'),
    (84, '发挥全区一体化'), (85, '推行政务服务事项“集成办”“免证办”'), (86, '2024年底前实现高频事项“掌上办”'),
    (87, '2024年底前实现企业和群众诉求“接诉即办”'), (88, '推进“证照分离”改革'), (89, '推进“证照分离”改革'),
    (90, '推进县图书馆、文化馆、博物馆'), (93, '完成县乡村三级政务服务场所、政府网站和政务移动端适老化'),
    (94, '加强葫芦河流域水质'), (96, '深化“互联网+城乡供水”建设'), (97, '应用宁夏自然资源三维立体'),
    (98, '应用宁夏自然资源三维立体'), (102, '推动绿色低碳转型，推进水、气、土、废'),
    (103, '（六）提升政务运行能力。'), (104, '全面应用全区统一的协同办公平台'), (105, '全面应用全区统一的协同办公平台'),
    (106, '依托“宁政通”APP填表报数系统'), (107, '统筹整合全县非涉密视频会议系统资源'),
    (108, '推进公共资源交易全流程数字化管理和监督'), (111, '整合县级机关事务管理信息系统'),
    (112, '（七）提升政务公开能力。'), (114, '（七）提升政务公开能力。'), (115, '以12345政务服务便民热线为枢纽'),
    (116, '（一）加强组织领导。各乡镇'), (118, '（三）提升数字素养。'), (122, '（四）强化考核评价。'),
    (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。'),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]
assert len({c["task"] for c in covers}) == len(covers)

key = {
    "writer": "blind writer, round 408; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("A 2024 forwarding notice of 西吉县人民政府办公室 (固原市): cover and the county's numbered 贯彻意见 on lines 1-23, "
              "the county's 实施方案 attached in full from line 24 (附件). Baseline is 宁政发〔2023〕17号 with its 124 tasks; no parent plan. "
              "Planted: two late deadlines (line 12 in the 贯彻意见, line 63 in the 附件), one impossible date (line 58, 9月31日), "
              "one unknown county unit (line 13) and one regional body as lead of a county task (line 64), a wrong 文号 for the region's "
              "实施意见 in the 附件 preamble (line 26, while the cover line 4 has it right), a mojibake run (line 81), and task 83 left out. "
              "Tasks whose regional deadline is 2023 carry no date in the draft except line 48, which copies task 18's deadline verbatim. "
              "Sub-items of the 附件 carry inline notes （责任单位：…；完成时限：…）.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers;', len(L), 'lines')
