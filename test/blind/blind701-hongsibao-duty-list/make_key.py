#!/usr/bin/env python3
"""Builds key.json for blind701 from draft.txt, finding every line by a unique anchor
so that the line numbers are exact (1-based). Run: python3 make_key.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def ln(anchor, text=None):
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (text, hits[0])
    return hits[0]


def e(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(anchor, text)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d


expect = [
    e('basis-mismatch', '和吴忠市人民政府《关于加快推进数字政府建设的实施方案》', '关于加快推进数字政府建设的实施方案',
      'the 吴忠 city plan (seeds/wuzhong-2023-shishi-fangan.txt, 2023-11-27) is titled 《关于加强数字政府建设的实施方案》; 加快推进 for 加强 is a wrong title'),
    e('garbled-text', '鍋ュ叏鏀垮姟鏁版嵁绠＄悊鏈哄埗。', '鍋ュ叏鏀垮姟鏁版嵁',
      'sub-item title 健全政务数据管理机制 pasted as UTF-8 bytes read as GBK (re-encode as GBK, decode as UTF-8 to recover)'),
    e('deadline-later-than-baseline', '2.开展电子政务外网城域网升级改造', '2025年6月底前',
      'regional task 48 (城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展; 各市、县（区）具体负责) 完成时限 2024年; the district sets 2025年6月底前'),
    e('deadline-later-than-baseline', '拓展公平普惠的民生服务。', '2025年底前',
      'body sentence on 图书馆、文化馆、档案馆等公共场馆数字化转型，移动入口全部接入“我的宁夏” = regional task 90, 完成时限 2024年 (the same line\'s 适老化 clause is task 93, also 2024年)'),
    e('deadline-invalid', '23.推进“雪亮工程”向乡村延伸', '20224年',
      'typo for 2024年: a five-digit year is impossible (regional task 79 雪亮工程, 完成时限 2024年)'),
    e('unknown-unit', '12.推进全区统一的协同办公平台', '区信息中心',
      'not in units.txt: a leftover name from before 区大数据服务中心 was formed (line 15 says the centre was set up in 2023); the registry has no 信息中心'),
]

mnf = [
    e('basis-mismatch', '红政办发〔2024〕9号', '红政办发〔2024〕9号',
      "the notice's own 文号, not a cited basis document"),
    e('basis-mismatch', '《红寺堡区2024年数字政府建设实施方案》已经区人民政府同意', '红寺堡区2024年数字政府建设实施方案',
      'the document itself, named in its own covering notice (also line 1)'),
    e('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2023〕17号',
      'correct title and 文号 of the regional 实施意见 (the same line cites 国发〔2022〕14号 correctly)'),
    e('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕11号',
      '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so by the 吴忠 plan; a correct additional basis'),
    e('basis-mismatch', '自2020年自治区印发', '宁政办发〔2020〕14号',
      'retrospective mention of the 2020 工作要点 in the 工作基础 background, with its correct title and 文号; not cited as a basis'),
    e('deadline-invalid', '自2020年自治区印发', '2020年',
      'past date in the background (工作基础), not a deadline'),
    e('deadline-invalid', '2023年，我区组建区大数据服务中心', '2023年',
      'past date in the background: what was done in 2023'),
    e('deadline-later-than-baseline', '到2024年底，区级政务信息系统全部迁移上云', '到2024年底',
      'annual goal; its items match regional tasks 46 (政务信息系统有序迁移, 2024年), 105 (宁政通, 2024年) and 84 (一体化政务服务, 2024年): equal, not later'),
    e('deadline-later-than-baseline', '到2025年，全区数字政府建设“1347”体系框架全面成型', '到2025年',
      'equal to the regional goal (到2025年 “34567”体系框架全面成型) and the 吴忠 goal (到2025年 “1347”体系框架全面成型)'),
    e('deadline-later-than-baseline', '到2035年，与政府治理能力现代化相适应', '到2035年',
      'equal to the 2035 goal of the region and of 吴忠'),
    e('deadline-later-than-baseline', '（一）健全组织机构。', '2024年6月底前',
      '各乡（镇）参照区级做法成立工作机构 = regional task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年: earlier'),
    e('deadline-later-than-baseline', '（六）抓好跟踪调度。', '2025年1月10日前',
      "the office's own reporting date for the year-end summary, not a task deadline"),
    e('deadline-later-than-baseline', '1.推进区级政务信息系统向政务信创云有序迁移', '2024年10月底前',
      'regional task 46 (政务信息系统有序迁移) 2024年, task 43 2024年建成: earlier'),
    e('deadline-later-than-baseline', '3.以重大业务应用为牵引', '2024年',
      'regional task 50 (非涉密业务专网整合迁移) 2024年: equal'),
    e('deadline-later-than-baseline', '4.编制全区公共数据开放目录', '2024年12月底前',
      'regional task 41 (公共数据开放目录) 2024年: equal'),
    e('deadline-later-than-baseline', '6.推广应用“宁政通”移动办公', '2024年9月底前',
      'regional task 105 (宁政通“总门户”) 2024年: earlier'),
    e('deadline-later-than-baseline', '7.依托“宁政通”填表报数系统', '2025年6月底前',
      'regional task 106 (填表报数系统, 压减50%以上) 2025年: earlier (same date text as the planted late row 2, whose task is due 2024年)'),
    e('deadline-later-than-baseline', '8.将数字政府建设工作纳入“一把手工程”', '2023年完成并长期坚持',
      'copied verbatim from regional task 116 (2023年完成并长期坚持): equal'),
    e('deadline-invalid', '8.将数字政府建设工作纳入“一把手工程”', '2023年完成并长期坚持',
      'a copied regional deadline lying before the plan year, with an ongoing flag; not an impossible date'),
    e('deadline-later-than-baseline', '9.每年度制定全区数字政府工作要点', '长期坚持',
      'regional task 121, 完成时限 长期坚持: equal'),
    e('deadline-later-than-baseline', '10.进一步完善政府网站、政务新媒体', '2024年11月底前',
      'regional task 112 (政务公开信息化平台) 2024年: earlier'),
    e('deadline-later-than-baseline', '14.建设完善惠企政策专栏', '2024年底前',
      'regional task 89 (惠企政策专栏, 政策兑现直达直享) 2024年: equal'),
    e('deadline-later-than-baseline', '18.对接宁夏经济运行大数据平台', '2025年',
      'regional task 66 (宁夏经济运行大数据平台) 2025年: equal'),
    e('deadline-later-than-baseline', '25.实施“互联网+基层治理”行动', '2025年6月底前',
      'regional task 83 (互联网+基层治理) 2025年: earlier'),
    e('deadline-later-than-baseline', '26.推进数字乡村建设', '持续推进，2025年取得明显成效',
      'copied from regional task 10 (持续推进，2025年取得明显成效): equal'),
    e('deadline-later-than-baseline', '27.深化“互联网+医疗健康”应用', '持续推进，2025年取得明显成效',
      'regional task 8 (持续推进，2025年取得明显成效): equal'),
    e('deadline-later-than-baseline', '31.推进非税收入收缴电子化', '2024年12月底前',
      'regional task 56 (非税收入收缴电子化全覆盖) 2025年: earlier'),
    e('deadline-later-than-baseline', '32.统筹整合区直各部门非涉密视频会议系统资源', '2024年底前',
      'regional task 107 (视频会议平台) 2025年: earlier'),
    e('deadline-later-than-baseline', '33.推广应用全区机关事务管理统一门户', '2025年',
      'regional task 111 (机关事务管理统一门户, 办公用房信息数据) 2025年: equal'),
    e('deadline-later-than-baseline', '23.推进“雪亮工程”向乡村延伸', '20224年',
      'an impossible year (typo for 2024年, task 79 2024年); it is reported once as deadline-invalid, not as a later deadline'),
    e('unknown-unit', '各乡（镇）人民政府，区直各部门（单位），各驻区单位：', '各驻区单位',
      'collective subject (all units stationed in the district) in the addressee line'),
    e('unknown-unit', '10.进一步完善政府网站、政务新媒体', '网信办',
      '“区委宣传部、网信办”: the prefix 区委 distributes, giving 区委网信办, which units.txt lists'),
    e('unknown-unit', '3.以重大业务应用为牵引', '区公安分局',
      'official short name of 吴忠市公安局红寺堡区分局 in units.txt'),
    e('unknown-unit', '3.以重大业务应用为牵引', '区卫健局等有关部门',
      '区卫健局 is a listed short name of 区卫生健康局, followed by the collective tail 等有关部门'),
    e('unknown-unit', '14.建设完善惠企政策专栏', '区发改局',
      'short name of 区发展和改革局 (and 区工信商务局 of 区工业信息化和商务局) in units.txt'),
    e('unknown-unit', '31.推进非税收入收缴电子化', '红寺堡区税务局',
      'short name of 国家税务总局吴忠市红寺堡区税务局 in units.txt; a unit outside the district government proper'),
    e('unknown-unit', '19.配合开展碳排放智能监测', '区生态环境分局',
      'short name of 吴忠市生态环境局红寺堡分局 in units.txt'),
    e('unknown-unit', '25.实施“互联网+基层治理”行动', '各村（社区）',
      'collective subject'),
    e('unknown-unit', '20.运用国家企业信用信息公示系统', '区直有关部门',
      'collective subject'),
    e('unknown-unit', '28.推进“智慧应急”建设', '红寺堡区消防救援大队',
      'listed in units.txt; not a regional body'),
    e('unknown-unit', '（六）抓好跟踪调度。', '吴忠市大数据管理服务局',
      "the city counterpart, listed in units.txt (alias of 市大数据管理服务局); it receives reports, it leads no task"),
    e('garbled-text', '根据《国务院关于加强数字政府建设的指导意见》', '“1244+N”',
      'the real name of the 数字宁夏 action plan, not damaged text'),
]

covers = [
    (3, '建设“智慧园区”。'), (5, '完善数字经济治理体系。'), (6, '推动数字化服务普惠应用。'),
    (7, '推进教育数字化转型。'), (8, '27.深化“互联网+医疗健康”应用'), (10, '26.推进数字乡村建设'),
    (14, '强化安全管理责任。'), (15, '强化安全管理责任。'), (17, '落实安全制度要求。'),
    (18, '提升安全防护能力。'), (40, '加强电子公文管理。'), (41, '4.编制全区公共数据开放目录'),
    (42, '5.推进供水、供电、供气'), (46, '1.推进区级政务信息系统向政务信创云有序迁移'),
    (48, '2.开展电子政务外网城域网升级改造'), (50, '3.以重大业务应用为牵引'),
    (56, '31.推进非税收入收缴电子化'), (57, '17.推进社会信用信息归集共享'),
    (64, '（一）健全组织机构。'), (66, '18.对接宁夏经济运行大数据平台'),
    (70, '20.运用国家企业信用信息公示系统'), (71, '21.对食品药品、特种设备'),
    (77, '24.推广应用全区矛盾纠纷多元化解信息系统'), (79, '23.推进“雪亮工程”向乡村延伸'),
    (80, '28.推进“智慧应急”建设'), (83, '25.实施“互联网+基层治理”行动'),
    (84, '13.依托全区一体化政务服务平台'), (86, '15.推动本区政务服务、公共服务应用接入'),
    (88, '22.推进“证照分离”改革'), (89, '14.建设完善惠企政策专栏'), (90, '拓展公平普惠的民生服务。'),
    (93, '16.推进区、乡（镇）政务服务场所'), (94, '加强生态环境数字化监测。'),
    (96, '29.深化“互联网+城乡供水”示范建设'), (97, '30.应用宁夏自然资源三维立体“一张图”'),
    (100, '推进资源要素市场化配置。'), (101, '19.配合开展碳排放智能监测'),
    (104, '12.推进全区统一的协同办公平台'), (105, '6.推广应用“宁政通”移动办公'),
    (106, '7.依托“宁政通”填表报数系统'), (107, '32.统筹整合区直各部门非涉密视频会议系统资源'),
    (111, '33.推广应用全区机关事务管理统一门户'), (112, '10.进一步完善政府网站、政务新媒体'),
    (114, '发挥政务新媒体传播优势。'), (115, '11.以12345政务服务便民热线为枢纽'),
    (116, '8.将数字政府建设工作纳入“一把手工程”'), (121, '9.每年度制定全区数字政府工作要点'),
]

key = {
    'writer': 'blind writer, round 701; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': [{'task': t, 'line': ln(a)} for t, a in covers],
    'notes': ('红寺堡区 2024 实施方案 (红政办发〔2024〕9号, 2024-03-18): body lines 1-121 follow the 吴忠 “1347” frame '
              '(一套体系 = 五个一/六级贯通 content at lines 28-33; 三个驱动; 四大支撑; 七种能力; 党的领导 with 组织领导, 财政投入, '
              '数字素养, 考核评价). The annex (lines 122-170) is a 责任清单 arranged by lead body: a heading per body '
              '(一、区大数据服务中心 …), under it numbered tasks 1-33 each with 完成时限 and 配合单位; the heading is the lead. '
              'Every annex deadline was compared with the regional task named in mustNotFlag/expect; tasks whose regional '
              'deadline is 2023 were kept out of the dated rows, except row 8, copied verbatim (2023年完成并长期坚持). '
              'No task-uncovered is planted. units.txt is the district registry written for this case; it also lists two '
              '吴忠 city counterparts.'),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(key['covers']), 'covers')
