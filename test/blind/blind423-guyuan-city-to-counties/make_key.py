#!/usr/bin/env python3
# Builds key.json from draft.txt: every entry is located by a unique text anchor, and the
# line number is computed (1-based) from the final draft, so the key cannot drift.
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def find(anchor, text=None):
    """line of the single line containing anchor (and text, if given)"""
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in lines[n - 1], (text, n)
    return n

def E(rule, anchor, text, why, **kw):
    d = {'rule': rule, 'line': find(anchor, text), 'text': text, 'why': why}
    d.update(kw)
    return d

def N(rule, anchor, text, why):
    d = {'rule': rule, 'line': find(anchor, text)}
    if text:
        d['text'] = text
    d['why'] = why
    return d

expect = [
    E('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '自治区人民政府关于加强数字政府建设的实施方案',
      'wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》, not 实施方案 (the drafter wrote the city\'s own genre)'),
    E('deadline-later-than-baseline', '“34567”体系框架全面成型，工作体制', '2026年',
      'main goal: the region\'s 主要目标 sets 到2025年 for the “34567”体系框架全面成型 (same goal, same wording); 2026 is a year later'),
    E('deadline-later-than-baseline', '隆德县人民政府负责加快县域城域网升级改造', '2025年6月底前',
      'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责), 完成时限 2024年; 隆德县 is given until mid-2025 (the city\'s own row 19 and goal line 14 say 2024年底)'),
    E('deadline-invalid', '21.迭代升级信用中国（宁夏固原）', '2023年10月底前',
      'before the plan\'s own year (issued 2024-04-18); not a copied regional deadline: task 57 (信用信息公共服务平台) is due 2024年 — a date left over from a 2023 draft'),
    E('unknown-unit', '3.强化政企协同、部门协同、社会共治', '市网信局',
      'no such unit: the city has 市委网信办 (units.txt); 网信局 does not exist at city level'),
    E('unknown-unit', '36.推广应用宁夏“智慧林草”云平台', '泾源区人民政府',
      '泾源 is a county: the body is 泾源县人民政府 (units.txt); 原州区 is the only 区 of 固原'),
    E('garbled-text', '深化数据高效共享。', '鏀垮姟鏁版嵁鍏变韩',
      'UTF-8 bytes of 政务数据共享 read as GBK (re-encode as GBK, decode as UTF-8)'),
]

must = [
    N('basis-mismatch', '固政发〔2024〕12号', '固政发〔2024〕12号', 'the plan\'s own 文号, not a cited basis document'),
    N('deadline-invalid', '2024年4月18日', '2024年4月18日', 'issue date of the notice, not a deadline'),
    N('unknown-unit', '各县（区）人民政府，市政府各部门、各直属机构：', '各县（区）人民政府', 'collective addressee (各县（区）人民政府; 市政府各部门、各直属机构)'),
    N('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见'),
    N('basis-mismatch', '（一）发展基础。', '宁政办发〔2020〕14号', 'retrospective mention (自…印发实施以来) of the 2020 工作要点 with its correct title and 文号; not cited as a basis'),
    N('deadline-invalid', '（一）发展基础。', '2022年', 'background: past county facts (西吉县2022年入选试点县, 2023年 figures), not deadlines'),
    N('unknown-unit', '（一）发展基础。', '原州区', 'counties named in the background as places (原州区、西吉县、隆德县、泾源县、彭阳县), not responsible units'),
    N('deadline-later-than-baseline', '到2024年底，全市电子政务外网', '2024年底',
      'goal dated 2024: 外网四级全覆盖 = task 48 (2024年), 系统迁移上云 = task 46 (2024年), 适老化 = task 93 (2024年); equal, and not one of the region\'s 2023年底 goals'),
    N('deadline-later-than-baseline', '到2035年', '2035年', 'equal to the region\'s 到2035年 goal'),
    N('unknown-unit', '西吉县人民政府负责建设马铃薯产业大数据平台', '西吉县人民政府', 'a county government named in its own right; in units.txt'),
    N('unknown-unit', '泾源县人民政府负责依托六盘山景区', '泾源县人民政府', 'correctly named county government; in units.txt (contrast line with 泾源区人民政府)'),
    N('unknown-unit', '原州区人民政府负责推进中心城区', '市城市管理局', '原州区人民政府, 市住房城乡建设局, 市城市管理局 are all in units.txt'),
    N('unknown-unit', '强化安全管理责任。', '市直各部门（单位）', 'collective subjects: 各县（区）人民政府、市直各部门（单位）'),
    N('unknown-unit', '（一）健全组织机构。参照自治区', '市推进数字政府建设领导小组', 'the city\'s leading group and 市大数据管理服务局 are in units.txt; 各县（区）人民政府 is collective'),
    N('unknown-unit', '隆德县人民政府负责加快县域城域网升级改造', '隆德县人民政府', 'the unit is right (only the date on this line is wrong)'),
    N('deadline-later-than-baseline', '彭阳县人民政府负责2024年底前', '2024年底前', 'task 96 (互联网+城乡供水) is due 2025年; 2024年底 is earlier'),
    N('unknown-unit', '原州区、彭阳县人民政府分别负责', '原州区、彭阳县人民政府', 'shared suffix: 原州区人民政府 and 彭阳县人民政府, both in units.txt; 原州区 is not a separate unknown unit'),
    N('deadline-later-than-baseline', '每季度末月25日前', '12月10日前', 'the office\'s own reporting dates, not task deadlines'),
    N('deadline-later-than-baseline', '附件：固原市数字政府建设重点任务清单', '2025年', 'period of the attached list, equal to the region\'s 2023—2025 horizon'),
    N('unknown-unit', '1.围绕肉牛、冷凉蔬菜、马铃薯', '农业农村局', 'prefix 市 distributes: 市发展改革委、农业农村局、商务局 = 市发展改革委, 市农业农村局, 市商务局; 市工信局 is an alias'),
    N('deadline-later-than-baseline', '1.围绕肉牛、冷凉蔬菜、马铃薯', '2024年取得明显成效', 'task 2, 完成时限 2023年启动，2024年取得明显成效: equal'),
    N('unknown-unit', '2.加快推进“智慧园区”建设', '固原经济技术开发区管委会', 'in units.txt'),
    N('unknown-unit', '4.深入推进教育、健康、就业', '市直有关部门', 'collectives: 各县（区）人民政府负责，市直有关部门配合'),
    N('unknown-unit', '5.深化“互联网+医疗健康”应用', '市卫健委', 'official short name of 市卫生健康委 (units.txt)'),
    N('deadline-later-than-baseline', '8.加快“数字供销”建设', '2025年取得明显成效',
      'task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone (2025) is equal'),
    N('unknown-unit', '9.探索培育本地数据要素市场主体', '市公共资源交易中心', 'in units.txt'),
    N('deadline-invalid', '10.建立健全动态监控、主动防御', '2023年形成机制，长期坚持', 'copied regional deadline of task 18 (2023年形成机制，长期坚持), lying before the plan\'s year; equal, not invalid'),
    N('deadline-later-than-baseline', '12.强化审管协同', '2024年底', 'task 22, 完成时限 2025年: earlier'),
    N('unknown-unit', '12.强化审管协同', '市审批局', 'official short name of 市审批服务管理局'),
    N('deadline-later-than-baseline', '19.开展各级城域网升级改造', '2024年底', 'task 48, 完成时限 2024年: equal'),
    N('deadline-later-than-baseline', '23.各县（区）参照市级做法', '2024年底', 'task 64 (各地各部门成立相应组织机构), 完成时限 2025年: earlier'),
    N('unknown-unit', '24.依托宁夏经济运行大数据平台', '市发改委、市工信局、市商务局', 'aliases of 市发展改革委, 市工业和信息化局 and the canonical 市商务局'),
    N('unknown-unit', '26.充分运用新型监管手段', '承担监管职责的市直有关部门', 'collective subject'),
    N('unknown-unit', '28.推进“智慧应急”建设', '固原市消防救援支队', '固原市消防救援支队 and 固原市气象局 are in units.txt'),
    N('unknown-unit', '29.实施“互联网+基层治理”行动', '各乡镇（街道）', 'collective subject'),
    N('deadline-later-than-baseline', '31.持续推进12345', '2025年6月底前完成', 'task 87, 完成时限 2023年启动，2025年完成: earlier'),
    N('deadline-later-than-baseline', '33.完成各级政府网站', '2024年底', 'task 93, 完成时限 2024年: equal'),
    N('unknown-unit', '36.推广应用宁夏“智慧林草”云平台', '隆德县人民政府', 'correct county body on the same line as the wrong 泾源区人民政府'),
    N('unknown-unit', '40.进一步完善各类政务公开信息化平台', '市政府办公室', 'alias of 市人民政府办公室; 各县（区）人民政府 is collective'),
    N('deadline-later-than-baseline', '42.每年度制定数字政府工作要点', '长期坚持', 'task 121, 完成时限 长期坚持: equal'),
]

covers_anchor = [
    (2, '1.围绕肉牛'), (3, '2.加快推进“智慧园区”'), (5, '3.强化政企协同'), (6, '4.深入推进教育'),
    (8, '5.深化“互联网+医疗健康”'), (9, '6.推进城市运行管理服务平台'), (10, '7.推进数字乡村建设'),
    (11, '8.加快“数字供销”'), (12, '9.探索培育本地数据要素'), (18, '10.建立健全动态监控'),
    (21, '11.推动各级各类行政权力'), (22, '12.强化审管协同'), (28, '13.每年确定试点领域'),
    (37, '14.按需建设政务数据实时交换'), (39, '15.按照“一应用一数仓”'), (40, '16.规范电子公文'),
    (41, '17.编制全市公共数据开放目录'), (46, '18.推进政务信息系统有序迁移'), (48, '19.开展各级城域网'),
    (49, '20.依托全区统一的视频共享平台'), (57, '21.迭代升级信用中国'), (56, '22.推进非税收入'),
    (64, '23.各县（区）参照市级做法'), (66, '24.依托宁夏经济运行大数据平台'), (71, '25.对食品药品'),
    (74, '26.充分运用新型监管手段'), (79, '27.持续推进“雪亮工程”'), (80, '28.推进“智慧应急”'),
    (83, '29.实施“互联网+基层治理”'), (84, '30.扩能升级政务服务平台'), (87, '31.持续推进12345'),
    (92, '32.依托“我的宁夏”政务APP'), (93, '33.完成各级政府网站'), (94, '34.完善全市生态环境数据'),
    (96, '35.深化“互联网+城乡供水”'), (98, '36.推广应用宁夏“智慧林草”'), (105, '37.推广“宁政通”'),
    (106, '38.依托“宁政通”APP'), (111, '39.全面整合全市各级各类机关事务'), (112, '40.进一步完善各类政务公开'),
    (114, '41.构建政务新媒体矩阵'), (121, '42.每年度制定数字政府工作要点'),
    (14, '强化安全管理责任。'), (17, '落实安全制度要求。'), (30, '完善数据管理机制。'), (32, '完善数据管理机制。'),
    (36, '深化数据高效共享。'), (50, '提升网络平台支撑能力。'), (68, '（二）提升综合高效的市场监管能力。'),
    (77, '（三）提升精细智能的社会管理能力。'), (25, '（二）加大财政投入。'), (116, '（一）加强组织领导。各级党委'),
    (122, '（四）强化考核评价。'), (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。'),
]
covers = [{'task': t, 'line': find(a)} for t, a in covers_anchor]
covers.sort(key=lambda c: (c['task'], c['line']))
assert len({c['task'] for c in covers}) == len(covers)

key = {
    'writer': 'blind writer, round 423; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-06',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': must,
    'covers': covers,
    'notes': (
        '固原市 plan (2024-04-18) implementing 宁政发〔2023〕17号 directly; no parent plan. The city assigns work to its own '
        'bureaus, to 各县（区）人民政府 collectively and to single counties by name (西吉县/泾源县/原州区/隆德县/彭阳县人民政府). '
        'units.txt lists the city bodies plus the five county/district governments with 县政府-style aliases; bare county names '
        'are not listed. Planted: wrong basis title (实施方案 for 实施意见), a 2026 main goal against the region\'s 2025, '
        '隆德县 given until 2025年6月 for task 48 (2024), a 2023 date in a 2024 plan that is not a copied regional date, '
        '市网信局 (should be 市委网信办), 泾源区人民政府 (should be 泾源县), one mojibake run. '
        'Tasks due 2023 regionally are deliberately kept out of the dated task list (except task 18, copied verbatim) so that '
        'no 2024 date falls after a 2023 regional deadline. No task is deliberately left out.'
    ),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(must), 'mustNotFlag;', len(covers), 'covers')
