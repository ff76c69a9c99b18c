#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is found by a unique anchor string,
# and every `text` is checked to occur on that line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().splitlines()


def line_of(anchor):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    if len(hits) != 1:
        raise SystemExit('anchor %r hits %r' % (anchor, hits))
    return hits[0]


def exact(text):
    hits = [i + 1 for i, l in enumerate(LINES) if l == text]
    assert len(hits) == 1, (text, hits)
    return hits[0]


def row(n):
    """line of annex table row n (first cell == str(n))"""
    hits = [i + 1 for i, l in enumerate(LINES) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def entry(rule, ln, text=None, why='', **kw):
    if text is not None and ln:
        assert text in LINES[ln - 1], (rule, ln, text)
    e = {'rule': rule, 'line': ln}
    if text is not None:
        e['text'] = text
    e.update(kw)
    e['why'] = why
    return e


expect = [
    entry('basis-mismatch', line_of('（宁政办发〔2023〕17号）'), '宁政办发〔2023〕17号',
          'the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 '
          '(a 自治区人民政府 document, 2023-05-16); 宁政办发〔2023〕17号 is an office (办公厅) number that does not belong to that title'),
    entry('deadline-invalid', line_of('2024年6月31日前'), '6月31日',
          'impossible date: June has 30 days (inline note for task 41 公共数据开放目录, regional 完成时限 2024年, so it is not late)'),
    entry('unknown-unit', row(12), '县信息办',
          'no such unit in units.txt (an old name for the county information office); the county units are 县大数据服务中心/县大数据中心 and 县委网信办'),
    entry('deadline-later-than-baseline', row(13), '2025年底',
          'annex row 13 is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展), 完成时限 2024年; '
          'the draft gives 2025年底 (and its own 2024 goal on line 16 expects the upgrade by 2024年底)'),
    entry('garbled-text', line_of('鎺ㄥ姩'), '鎺ㄥ姩鐢靛瓙璇佺収',
          'UTF-8 bytes read as GBK: 鎺ㄥ姩鐢靛瓙璇佺収鎵╁ぇ搴旂敤棰嗗煙 re-encoded as GBK and decoded as UTF-8 is 推动电子证照扩大应用领域'),
    entry('missing-pillar', 0, None,
          'section 二 takes up only 数字经济 and 数字社会; nothing anywhere on 营造良好数字生态 (数据要素市场, 数据交易平台, 数据交易制度, 网络生态). '
          'The framework line 20 itself says “统筹推进数字经济、数字社会协同发展”; the phrase 数字生态 never occurs',
          pillar='数字生态'),
    entry('task-uncovered', 0, None,
          'consequence of the dropped 数字生态 pillar: task 12 (数据要素市场/数据交易平台, 自治区发展改革委牵头, 各市、县（区）配合, 2025年) is not taken up',
          task=12),
]

mnf = [
    # citations
    entry('basis-mismatch', line_of('（国发〔2022〕14号）'), '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见'),
    entry('basis-mismatch', line_of('（宁政办发〔2023〕11号）'), '宁政办发〔2023〕11号',
          '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）is cited the same way by the 吴忠 plan; a real, current document'),
    entry('basis-mismatch', line_of('固原市人民政府《关于加强数字政府建设的实施方案》'), '固原市人民政府《关于加强数字政府建设的实施方案》',
          'the parent city plan cited by title alone (a city plan may have no 文号); it is the city 实施方案, not a mis-titled regional 实施意见'),
    entry('basis-mismatch', line_of('（宁政办发〔2020〕14号）'), '宁政办发〔2020〕14号',
          'retrospective mention in the 发展基础 background (2020年以来…按照…部署), correct title and 文号; not cited as a basis of this plan'),
    entry('basis-mismatch', 2, '彭政发〔2024〕15号', 'the draft\'s own document number'),
    # dates that are not deadlines / equal / earlier
    entry('deadline-invalid', 6, '2024年4月16日', 'issue date of the document itself'),
    entry('deadline-invalid', line_of('2020年以来'), '2023年',
          'past dates (2020年以来, 2023年 achievements) in the 发展基础 background, not deadlines'),
    entry('deadline-later-than-baseline', line_of('到2024年底，县、乡两级'), '2024年底',
          'county goal for 2024: 外网全面升级 (task 47, 2024年), 我的宁夏/宁政通 普及 (tasks 86, 105, 2024年); none later. '
          'It is not the region\'s 2023年底 goal (those are 自治区本级 organisation, policy system, 大数据体系初步形成, 家底理清)'),
    entry('deadline-later-than-baseline', line_of('到2025年，全县数字政府建设体系框架全面成型'), '2025年',
          'equal to the region\'s 主要目标 到2025年 “34567”体系框架全面成型'),
    entry('deadline-later-than-baseline', line_of('到2035年'), '2035年', 'equal to the region\'s 2035 goal'),
    entry('deadline-invalid', row(2), '2023年完成并长期坚持',
          'copied regional deadline of task 116 (2023年完成并长期坚持) that lies before the plan year; ongoing, not an impossible date'),
    entry('deadline-later-than-baseline', row(2), '2023年完成并长期坚持', 'task 116: identical to the regional 完成时限'),
    entry('deadline-later-than-baseline', row(1), '2024年6月底前',
          'row 1 is task 64 (各地各部门参照自治区做法成立相应的组织机构…, 2025年): earlier. Not task 60 (充实自治区领导小组成员, 2023年, 自治区政府办公厅 only)'),
    entry('deadline-later-than-baseline', row(3), '2024年底', 'task 21, 完成时限 2024年: equal'),
    entry('deadline-later-than-baseline', row(4), '2024年10月底前', 'task 23, 完成时限 2024年: earlier'),
    entry('deadline-later-than-baseline', row(5), '持续推进，2025年取得明显成效',
          'task 28, 完成时限 2023年启动，2025年取得明显成效: completing milestone 2025 equal'),
    entry('deadline-later-than-baseline', row(6), '2025年', 'task 29, 完成时限 2023年启动，2025年完成: equal'),
    entry('deadline-later-than-baseline', row(11), '2024年底', 'task 46 (and 43/44), 完成时限 2024年: equal'),
    entry('deadline-later-than-baseline', row(14), '2024年底', 'task 49 (视频一张网), 完成时限 2025年: earlier'),
    entry('deadline-later-than-baseline', row(16), '2025年', 'task 56 (非税收入收缴电子化), 完成时限 2025年: equal'),
    entry('deadline-later-than-baseline', row(19), '2025年', 'task 66 (经济运行大数据平台), 完成时限 2025年: equal'),
    entry('deadline-later-than-baseline', row(26), '2025年', 'task 83 (互联网+基层治理), 完成时限 2025年: equal'),
    entry('deadline-later-than-baseline', row(29), '2025年', 'task 87 (12345), 完成时限 2023年启动，2025年完成: equal'),
    entry('deadline-later-than-baseline', row(32), '2024年9月底前', 'task 93 (适老化), 完成时限 2024年: earlier'),
    entry('deadline-later-than-baseline', row(34), '2025年', 'task 96 (互联网+城乡供水), 完成时限 2025年: equal'),
    entry('deadline-later-than-baseline', row(36), '持续推进，2025年取得明显成效', 'task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal'),
    entry('deadline-later-than-baseline', row(39), '2025年', 'task 106 (填表报数), 完成时限 2025年: equal'),
    entry('deadline-later-than-baseline', row(40), '2025年6月底前', 'task 107 (视频会议平台), 完成时限 2025年: earlier'),
    entry('deadline-later-than-baseline', row(41), '2025年', 'task 111 (机关事务), 完成时限 2025年: equal'),
    entry('deadline-later-than-baseline', row(44), '长期坚持', 'task 121, 完成时限 长期坚持: equal'),
    entry('deadline-later-than-baseline', line_of('配合单位：县审批局；完成时限：2024年底'), '2024年底',
          'inline note for tasks 73/74/88, 完成时限 2024年 each: equal'),
    entry('deadline-later-than-baseline', line_of('配合单位：县审批局、人社局、医保局'), '2024年底',
          'inline note: tasks 90 and 93 are 2024年 (equal), task 92 is 2025年 (earlier)'),
    entry('deadline-later-than-baseline', line_of('配合单位：县水务局、林草局'), '2024年底',
          'inline note: tasks 97 and 98 are 2024年 (equal), task 96 is 2025年 (earlier)'),
    entry('deadline-later-than-baseline', line_of('配合单位：县司法局、机关事务服务中心'), '2024年',
          'inline note: task 108 长期推进，2024年取得明显成效 (equal), 109 2024年, 111 2025年'),
    entry('deadline-later-than-baseline', line_of('2024年12月31日前'), '2024年12月31日前',
          'inline note for tasks 112/114/115, 完成时限 2024年 each: equal (last day of the year)'),
    entry('deadline-later-than-baseline', line_of('每季度末月25日前'), '2024年12月20日前',
          'the office\'s own reporting dates (quarterly progress, annual summary), not task deadlines'),
    entry('deadline-later-than-baseline', line_of('附件：彭阳县数字政府建设重点任务清单'), '2025年',
          'period in the annex title (2024年—2025年), not a deadline'),
    entry('deadline-later-than-baseline', exact('彭阳县数字政府建设重点任务清单（2024年—2025年）'), '2025年',
          'period in the annex table title (2024年—2025年), not a deadline'),
    entry('deadline-later-than-baseline', line_of('2020年以来'), '2023年',
          'background facts (2023年 achievements), not a deadline or a goal'),
    # units
    entry('unknown-unit', row(3), '县直各部门（单位）', 'collective subject (county level)'),
    entry('unknown-unit', row(2), '各乡镇人民政府', 'collective subject, here in the 牵头 column together with 县直各部门（单位）'),
    entry('unknown-unit', row(13), '各村（社区）', 'collective subject'),
    entry('unknown-unit', row(5), '县直有关部门', 'collective subject'),
    entry('unknown-unit', row(22), '承担监管职责的县直有关部门',
          'collective subject, the county form of 承担监管职责的自治区有关部门（单位）; here as the lead of row 22'),
    entry('unknown-unit', row(19), '县发改局', 'colloquial alias of 县发展和改革局, listed in units.txt'),
    entry('unknown-unit', row(17), '县发展和改革局', 'canonical name in units.txt'),
    entry('unknown-unit', row(7), '人社局', 'prefix 县 distributes over the list: 县人社局 (alias of 县人力资源和社会保障局)'),
    entry('unknown-unit', row(19), '工信商务局', 'prefix distributes: 县工信商务局 = 县工业信息化和商务局 in units.txt'),
    entry('unknown-unit', row(18), '林草局', 'prefix distributes: 县林草局 = 县林业和草原局'),
    entry('unknown-unit', row(8), '市生态环境局彭阳分局', 'listed in units.txt (the city bureau\'s county branch); the 市 prefix does not make it an outside unit'),
    entry('unknown-unit', row(25), '彭阳县消防救援大队', 'listed in units.txt'),
    entry('unknown-unit', row(28), '县审批局', 'short name of 县审批服务管理局 in units.txt (row 27 uses the full name)'),
    entry('unknown-unit', row(9), '县档案馆', 'listed in units.txt'),
    entry('unknown-unit', row(36), '县供销社', 'short name of 县供销合作社联合社'),
    entry('unknown-unit', row(24), '县委政法委、县公安局',
          'two leads; the annex note (line %d) says the first-listed is the main lead' % line_of('排在第一位的为主要牵头单位')),
    entry('unknown-unit', line_of('配合单位：县司法局、信访局'), '信访局', 'inline note; prefix distributes: 县信访局'),
    entry('unknown-unit', line_of('配合单位：县审批局、人社局、医保局'), '医保局', 'inline note; 县医保局 = 县医疗保障局'),
    entry('unknown-unit', line_of('固原市人民政府办公室统一部署'), '固原市人民政府办公室',
          'named only as the source of deployment (按照…统一部署), not as a responsible unit of a task; likewise 自治区政府办公厅 on the same line'),
    entry('unknown-unit', line_of('县人民医院'), '县人民医院', 'a hospital named in prose (远程医疗), not a responsible unit'),
    entry('unknown-unit', line_of('北方民族大学'), '北方民族大学', 'a partner university in prose, not a responsible unit'),
    entry('unknown-unit', line_of('每季度末月25日前'), '县推进数字政府建设领导小组办公室',
          'recipient of reports; listed in units.txt (议事协调机构)'),
    # text
    entry('garbled-text', line_of('孟塬'), '孟塬', 'real place names (孟塬乡); 塬 is a rare but correct character'),
    entry('garbled-text', line_of('1244+N'), '1244+N', 'document name with digits and +, not damage'),
    # pillars
    entry('missing-pillar', line_of('（二）加大资金保障'), None,
          'region\'s 加大财政投入 taken up under the name 加大资金保障 (budget, 多渠道投入, 运维资金挂钩, 审计监督)', pillar='财政投入'),
    entry('missing-pillar', line_of('（一）健全组织机构'), None,
          '五个一/健全组织机构 taken up in section 四 although the framework is renamed “1+4+7”', pillar='健全组织机构'),
    entry('missing-pillar', line_of('（二）厘清层级职责'), None,
          '六级贯通/厘清层级职责 taken up in section 四', pillar='六级贯通'),
    entry('missing-pillar', line_of('（七）政务公开能力'), None,
          'all seven abilities present under “七种能力”; 政务公开 at this line', pillar='政务公开'),
]

covers_src = [
    (3, line_of('智慧园区')), (5, line_of('3.完善数字经济治理')), (6, line_of('1.推进公共服务数字化')),
    (8, line_of('国家智能社会治理实验基地')), (9, line_of('3.推进智慧县城建设')), (10, row(36)),
    (11, line_of('数字供销')), (14, line_of('1.压实安全责任')), (15, line_of('1.压实安全责任')),
    (18, line_of('2.提升安全防护能力')), (21, row(3)), (23, row(4)), (24, line_of('2.创新项目管理机制')),
    (25, line_of('一律不予安排建设及运维经费')), (28, row(5)), (29, row(6)), (30, line_of('1.健全数据管理机制')),
    (32, line_of('1.健全数据管理机制')), (33, row(7)), (34, row(8)), (36, line_of('2.推进数据共享和回流')),
    (40, row(9)), (41, line_of('3.推进公共数据开放')), (42, row(10)), (46, row(11)), (47, row(12)),
    (48, row(13)), (49, row(14)), (54, row(15)), (56, row(16)), (57, row(17)), (58, row(18)),
    (64, row(1)), (66, row(19)), (71, row(20)), (73, row(21)), (74, row(22)), (77, row(23)), (79, row(24)),
    (80, row(25)), (83, row(26)), (84, row(27)), (86, row(28)), (87, row(29)), (88, line_of('证照分离')),
    (89, row(30)), (90, row(31)), (92, line_of('多卡合一')), (93, row(32)), (94, row(33)), (96, row(34)),
    (97, line_of('一张图')), (98, row(35)), (102, line_of('3.推动绿色低碳转型')), (104, row(37)), (105, row(38)),
    (106, row(39)), (107, row(40)), (108, line_of('2.提升行政监督和机关事务管理水平')), (111, row(41)),
    (112, row(42)), (114, row(43)), (115, line_of('（七）政务公开能力')), (116, row(2)),
    (118, line_of('（三）提升数字素养')), (121, row(44)), (123, line_of('（四）强化考核评价')),
]
covers = [{'task': t, 'line': l} for t, l in covers_src]

key = {
    'writer': 'blind writer, round 748; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
    'notes': ('彭阳县 (固原市) 2024 实施方案, issued 2024-04-16, no parent plan loaded. Body sub-items carry inline notes '
              '（牵头单位：…；配合单位：…；完成时限：…）; the annex table (lines %d-%d) has one-word headers 序号/任务/牵头/配合/时间 '
              'and a note that the first-listed lead is the main lead. Units are written without 彭阳 (县政府办, 县大数据中心…) and '
              'the 县 prefix distributes over 、-lists. The sixth planted slip (missing 数字生态) is a pillar omission; task 12 is '
              'listed as its consequence. Regional 2023-due tasks (14, 15, 18, 30, 32, 36…) are taken up in the body without dates, '
              'except row 2 which copies task 116\'s 2023年完成并长期坚持.') % (line_of('序号\t任务'), len(LINES)),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('lines', len(LINES), 'expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))
