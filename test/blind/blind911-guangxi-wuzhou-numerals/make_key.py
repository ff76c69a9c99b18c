#!/usr/bin/python3
# Builds key.json; every line number is looked up in draft.txt (1-based) and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(text, anchor=None):
    hits = [i for i, l in enumerate(L, 1) if text in l and (anchor is None or anchor in l)]
    assert len(hits) == 1, (text, anchor, hits)
    return hits[0]

TASKDUE = ('task numbers are the order of the 43 inline (責任單位…完成時限…) notes in '
           'guangxi-2022-shishi-yijian.txt')

expect = [
    dict(rule='basis-mismatch', line=ln('桂政发〔2022〕13号'), text='桂政发〔2022〕13号',
         why='the 广西 实施意见 (广西壮族自治区人民政府关于加强数字政府建设的实施意见, 2022-11-30) is 桂政发〔2022〕31号; digits transposed'),
    dict(rule='deadline-later-than-baseline', line=ln('二〇二六年六月底前'), text='二〇二六年六月底前',
         why='12345热线 = regional task 8 (持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the city says 2026年6月底前, written in Chinese numerals'),
    dict(rule='deadline-invalid', line=ln('20224年底前'), text='20224年',
         why='impossible year (typing slip for 2024年) in the 雪亮工程 sentence of regional task 5 (完成时限 持续开展); the attachment row 5 gives 2024年底'),
    dict(rule='unknown-unit', line=ln('市大数据管理服务局'), text='市大数据管理服务局',
         why='吴忠\'s name for its data bureau, copied from a template; not in units.txt (梧州\'s unit is 市大数据发展局)'),
    dict(rule='garbled-text', line=ln('鎺ㄥ姩鏅烘収'), text='鎺ㄥ姩鏅烘収',
         why='UTF-8 bytes read as GBK: the sub-item title 推动智慧医疗服务能力提升 (regional task 12) is mojibake'),
    dict(rule='task-uncovered', line=0, task=14,
         why='regional task 14 推动智慧体育服务能力提升 (各市人民政府 among its units, 持续开展) is deliberately left out; the draft never mentions 体育/体医结合'),
]

def m(rule, line, text, why):
    d = dict(rule=rule, line=line, why=why)
    if text:
        d['text'] = text
    return d

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'
GT = 'garbled-text'
mnf = [
    m(BM, ln('梧政发〔2023〕15号'), '梧政发〔2023〕15号', 'the plan\'s own 文号 in the notice header, not a basis citation'),
    m(BM, ln('国发〔2022〕14号'), '国发〔2022〕14号', 'correct national guiding opinion with its correct 文号'),
    m(BM, ln('国发〔2016〕55号'), '国发〔2016〕55号', 'retrospective mention in 发展现状 of an older national document, title and 文号 correct (its own title really says 加快推进); not a basis of this plan'),
    m(DI, ln('二〇二三年九月二十八日'), '二〇二三年九月二十八日', 'the issue date in Chinese numerals, not a deadline'),
    m(DI, ln('截至2022年底'), '2022年底', 'past date in the background (截至2022年底 / 2022年), before the plan year but retrospective'),
    m(DL, ln('二〇二三年以来'), '二〇二三年以来', 'background statement in Chinese numerals, not a deadline'),
    m(DL, ln('到2023年底，'), '2023年底', 'city-only 2023 goal in 主要目标, within the plan year; the region has no later goal it could exceed'),
    m(DL, ln('到二〇二五年，'), '二〇二五年', 'goal 数字政府体系框架基本形成 in Chinese numerals, equal to the region\'s 到2025年'),
    m(DL, ln('到二〇三五年，'), '二〇三五年', 'long-range goal in Chinese numerals, equal to the region\'s 到2035年'),
    m(DL, ln('完成时限：二〇二五年底前'), '二〇二五年底前', 'regional task 3 (一体化在线监管), 完成时限 2025年底: equal, in Chinese numerals'),
    m(DL, ln('二〇二三年底前完成市、县两级'), '二〇二三年底前', 'intermediate milestone of regional task 3 (完成时限 2025年底), earlier'),
    m(DL, ln('完成时限：二〇二四年底前'), '二〇二四年底前', 'regional task 9 (智桂通), 完成时限 2025年底: earlier, in Chinese numerals'),
    m(DL, ln('二〇二四年底前建成梧州市城市运行'), '二〇二四年底前', 'local milestone inside regional task 19 (辅助决策, 完成时限 持续开展); nothing to be later than'),
    m(DL, ln('完成时限：2025年6月底前'), '2025年6月底前', 'regional task 22 (政务公开), 完成时限 2025年底: earlier'),
    m(DL, ln('完成时限：长期坚持'), '长期坚持', 'regional task 23 (安全管理责任), 完成时限 持续开展: same ongoing status'),
    m(DL, ln('2024年底前完成市、县两级电子政务外网'), '2024年底前', 'local milestone inside regional task 37 (网络平台, 完成时限 持续开展)'),
    m(DL, ln('二〇二三年十月底前细化'), '二〇二三年十月底前', 'the office\'s own internal date for task breakdowns, in Chinese numerals, within the plan year'),
    m(DI, ln('每年12月10日前'), '12月10日前', 'annual reporting date of the office, no year'),
    m(DI, ln('二〇二三年九月至十月'), '二〇二三年九月至十月', '实施步骤 phase in the plan year, Chinese numerals; not before the issue year'),
    m(DL, ln('二〇二三年十一月至二〇二五年六月'), '二〇二五年六月', '实施步骤 phase dates in Chinese numerals, not task deadlines'),
    m(DL, ln('二〇二五年七月至十二月'), '二〇二五年七月至十二月', 'last 实施步骤 phase ends December 2025, not later than any regional 2025年底 deadline'),
    m(DI, ln('（2023—2025年）'), '2023—2025年', 'year range in the attachment title'),
    m(DL, ln('梧州节点深化应用'), '2025年底', 'attachment row 1 = regional task 3, 完成时限 2025年底: equal'),
    m(DL, ln('梧州专区迭代升级\t'), '2024年底', 'attachment row 2 = regional task 9, 完成时限 2025年底: earlier'),
    m(DL, ln('西江流域水环境智能监测'), '2025年', 'attachment row 8 = regional task 16 (生态环保, 持续开展)'),
    m(UU, ln('市发展改革委、统计局、财政局'), '统计局', 'the 市 prefix distributes: 市统计局, 市财政局, 市大数据发展局 are in units.txt'),
    m(UU, ln('市发展改革委、统计局、财政局'), '各县（市、区）人民政府', 'collective subject'),
    m(UU, ln('市中级人民法院，市人民检察院'), '市中级人民法院', 'judicial body outside the government proper, listed in units.txt (as is 市人民检察院)'),
    m(UU, ln('梧州市气象局，梧州市消防救援支队'), '梧州市消防救援支队', 'vertical agency listed in units.txt (as is 梧州市气象局)'),
    m(UU, ln('市发改委、生态环境局'), '市发改委', 'colloquial alias of 市发展改革委 in units.txt'),
    m(UU, ln('\t市大数据局\t'), '市大数据局', 'official short name of 市大数据发展局 in units.txt'),
    m(UU, ln('市委网信办、国安办，市公安局、大数据发展局。'), '国安办', 'the 市委 prefix distributes: 市委国安办 (units.txt)'),
    m(UU, ln('市委网信办、国安办、保密办'), '保密办', 'the 市委 prefix distributes: 市委保密办 (units.txt)'),
    m(UU, ln('地方金融监管局、残联'), '残联', 'the 市 prefix distributes: 市残联 (units.txt)'),
    m(UU, ln('地方金融监管局、残联'), '市场监管局', 'the 市 prefix distributes over the list: 市市场监管局 (units.txt); the unit name itself begins with 市场'),
    m(UU, ln('自然资源局、市场监管局、档案馆'), '市场监管局', 'the 市 prefix distributes: 市市场监管局'),
    m(UU, ln('发展改革委、市场监管局，各县'), '市场监管局', 'the 市 prefix distributes: 市市场监管局'),
    m(UU, ln('自然资源局、市场监管局、档案馆'), '档案馆', 'the 市 prefix distributes: 市档案馆 (units.txt)'),
    m(UU, ln('市大数据发展局，市直有关部门，'), '市直有关部门', 'collective subject'),
    m(UU, ln('编制全市公共数据开放目录'), '市直各部门（单位）', 'collective subject'),
    m(UU, ln('梧州市税务局，各县'), '梧州市税务局', 'vertical tax bureau, listed in units.txt'),
    m(UU, ln('抄送自治区大数据发展局'), '自治区大数据发展局', 'regional body named in body text as a recipient, not as the lead of a local task'),
    m(UU, ln('充分发挥市数字梧州建设领导小组'), '市数字梧州建设领导小组', 'coordinating body named in body text; listed in units.txt'),
    m(GT, ln('“4·27”'), '4·27', 'ordinary middle dot in the name of a speech, not damage'),
    m(GT, ln('“天地图·广西”'), '天地图·广西', 'official platform name with a middle dot, not damage'),
]

covers_src = [
    (1, '建立完善与宏观调控决策需求'), (2, '充分运用数字技术支撑构建新型监管机制'), (3, '以一体化在线监管提升'),
    (4, '推进数字化网格治理能力建设'), (5, '推进社会治安防控体系智能化'), (6, '推进智慧应急建设'),
    (7, '加强与全国一体化政务服务平台对接'), (8, '持续优化12345'), (9, '持续完善“智桂通”'),
    (10, '推动智慧教育服务能力提升'), (11, '推动智慧人社服务能力提升'), (12, '鎺ㄥ姩鏅烘収'),
    (13, '推动智慧工地监管能力提升'), (15, '推动智慧康养服务能力提升'), (16, '提升生态环保协同治理能力'),
    (17, '提高自然资源利用效率'), (18, '推动绿色低碳转型'), (19, '提升辅助决策能力'), (20, '提升行政执行能力'),
    (21, '提升行政监督水平'), (22, '优化政策信息数字化发布'), (23, '建立健全全市数字政府安全工作协调机制'),
    (24, '建立健全数据分类分级保护'), (25, '建立健全数据安全监管责任体系'), (26, '对接自治区数字政府一体安全平台'),
    (27, '强化安全可靠技术和产品应用'), (28, '推动政府履职更加协同高效'), (29, '推进政府部门规范有序运用新技术'),
    (30, '全面建设数字法治政府'), (31, '贯彻执行国家和自治区数字政府相关标准'), (32, '围绕重点领域、关键环节、共性需求'),
    (33, '强化政府部门数据管理职责'), (34, '按照全区统一标准编制全市政务数据目录'), (35, '编制全市公共数据开放目录'),
    (36, '依托自治区多云共治平台'), (37, '强化电子政务网络统筹建设管理'), (38, '强化数据智能支撑能力'),
    (39, '推进数字化共性应用集约建设'), (40, '强化开放生态支撑能力'), (41, '主动融入中国—东盟信息港'),
    (42, '推动数字技术和传统公共服务融合'), (43, '落实数据要素市场规则'),
]
covers = [dict(task=t, line=ln(s)) for t, s in covers_src]

key = dict(
    writer='blind writer, round 911; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    written='2026-12-07',
    draft='draft.txt',
    also=[],
    baseline='guangxi-2022',
    build=None,
    parents=[],
    units='units.txt',
    planYear=2023,
    expect=expect,
    mustNotFlag=mnf,
    covers=covers,
    notes=(TASKDUE + ' (1 = 经济调节 … 8 = 12345热线, 9 = 智桂通, 14 = 智慧体育, 22 = 政务公开, 43 = 数字生态). '
           'Only tasks 3, 8, 9 and 22 carry a dated 完成时限 (2025年底); all others are 持续开展. '
           'The draft is a 梧州市 2023 plan (issued 二〇二三年九月二十八日) mirroring the 广西 实施意见 section by section, '
           'with inline （责任单位：…。完成时限：…） notes; years appear both in Chinese numerals (二〇二五年底前) and in Arabic. '
           'All 广西 pillars are taken up (七个能力, 安全保障, 制度规则, 数据资源, 平台支撑, 数字经济/社会/生态, 党的领导). '
           'Line 34 carries 20224年 on a 持续开展 task: intended as deadline-invalid only.'),
)
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text'), '|', L[e['line']-1][:30] if e['line'] else '')
