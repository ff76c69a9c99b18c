#!/usr/bin/env python3
"""Builds key.json for blind696 from draft.txt, finding every line by a unique substring
and checking that each entry's text really is on that line."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES[-1] == '':
    LINES = LINES[:-1]


def ln(marker, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if marker in l]
    assert len(hits) == 1, (marker, hits)
    n = hits[0]
    if text is not None:
        assert text in LINES[n - 1], (text, n)
    return n


def e(rule, marker, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(marker, text)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d


DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'
GT = 'garbled-text'
MP = 'missing-pillar'

expect = [
    e(BM, '（国发〔2022〕14号）、', '宁政办发〔2023〕17号',
      '自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号 (自治区人民政府 series); '
      '宁政办发 is the 办公厅 series, so the 文号 does not belong to the title'),
    e(DI, '4.加快智慧城市建设。', '20244年',
      'impossible year (a doubled digit for 2024); the sentence takes up task 9, whose 完成时限 is '
      '持续推进，2025年取得明显成效'),
    e(UU, '2.提升安全防护能力。', '区网信局',
      'no such unit in units.txt; the district body is 区委网信办 (区委网络安全和信息化委员会办公室)'),
    e(DL, '4.推进公共数据开放。', '2025年底',
      'task 41 (编制公共数据开放目录及相关责任清单…分类分级开放公共数据), 完成时限 2024年; the draft sets 2025年底前'),
    e(GT, '（三）提升数字素养。', '缃戠粶瀛﹂櫌',
      'UTF-8 read as GBK: 缃戠粶瀛﹂櫌瀹氭湡缁勭粐 is 网络学院定期组织'),
    e(DL, '完成区政府网站、政务服务场所适老化', '2025年底',
      'task-table row 8 takes up task 93 (各级政府网站…公共服务场所适老化与信息无障碍建设), 完成时限 2024年; '
      'the row sets 2025年底前'),
]

mnf = [
    # basis documents and the document's own dates
    e(BM, '西政办发〔2024〕9号', '西政办发〔2024〕9号',
      'the notice\'s own 文号 (西夏区人民政府办公室), not a basis document'),
    e(BM, '（国发〔2022〕14号）、', '国发〔2022〕14号',
      'correct title and 文号 of the national 指导意见'),
    e(BM, '（国发〔2022〕14号）、', '宁政办发〔2023〕11号',
      '数字宁夏“1244+N”行动计划实施方案 cited with the same 文号 as in the 吴忠 plan (seed); a real companion basis document'),
    e(BM, '宁政办发〔2020〕14号', '宁政办发〔2020〕14号',
      'retrospective mention in the background (自2020年…印发实施以来); title and 文号 match the 2020 工作要点, '
      'and it is not cited as the basis of this plan'),
    e(DI, '2024年3月18日', '2024年3月18日', 'the date of issue'),
    e(DI, '区大数据服务中心于2023年8月挂牌运行', '2023年8月',
      'past events in the background (2022年、2023年、2023年8月), not deadlines'),
    e(DI, '在2023年完成区级政务数据资源普查的基础上', '2023年',
      'a past achievement in the text, not a deadline'),
    e(DI, '2024年12月15日前报送年度工作总结', '2024年12月15日',
      'the office\'s own reporting dates (每季度末月25日前, 2024年12月15日前), not task deadlines'),
    e(DL, '2024年12月15日前报送年度工作总结', '2024年12月15日',
      'reporting date, not a task deadline'),
    # goals
    e(DL, '到2024年底，区级数字政府建设领导体制', '2024年底',
      'the district\'s own first-year goals (plan issued 2024): 区级 working mechanism, 外网 to every 村（社区） '
      '(task 48, 2024年), 区级 systems to the cloud (task 46, 2024年); not a restatement of the region\'s 2023 '
      'goals (政策体系, 自治区本级“五个一”, 平台家底)'),
    e(DL, '到2025年，“34567”数字政府体系框架在我区全面落地', '2025年',
      'same year as the region\'s goal 到2025年…“34567”体系框架全面成型'),
    e(DL, '到2035年，与政府治理能力现代化相适应', '2035年',
      'same year as the region\'s 2035 goal'),
    # date-first notes with equal / earlier / ongoing deadlines
    e(DL, '1.推进产业数字化转型。', '2024年底前',
      'date-first note; task 2 完成时限 2023年启动，2024年取得明显成效: equal'),
    e(DL, '2.提升园区智慧化水平。', '2025年取得明显成效',
      'task 3 完成时限 持续推进，2025年取得明显成效: copied exactly'),
    e(DL, '3.完善数字经济治理。', '持续推进',
      'task 5 is itself 持续推进，2025年取得明显成效; an ongoing note is not later'),
    e(DL, '1.深化教育数字化。', '2025年',
      'task 7 完成时限 2023年形成试点经验，2025年取得明显成效: equal'),
    e(DL, '3.推进公共服务数字化。', '持续推进',
      'task 6 is 持续推进，2025年取得明显成效; ongoing note is not later'),
    e(DL, '5.推进数字乡村建设。', '2025年底前',
      'task 10 持续推进，2025年取得明显成效: equal'),
    e(DL, '1.培育数据要素市场。', '2025年底前', 'task 12 完成时限 2025年: equal'),
    e(DL, '2.提升安全防护能力。', '长期坚持',
      'task 18 完成时限 2023年形成机制，长期坚持; a 2024 plan keeping it up 长期坚持 is not later'),
    e(DL, '1.推进行政权力网上运行。', '2024年底前',
      'usual-order note (责任单位…；完成时限…); task 21 完成时限 2024年: equal'),
    e(DL, '3.开展试点示范。', '2025年',
      'task 28 完成时限 2023年启动，2025年取得明显成效: equal'),
    e(DL, '2.深化数据融合应用。', '2024年底前', 'task 42 完成时限 2024年: equal'),
    e(DL, '3.规范电子公文管理。', '2024年9月底前', 'task 40 完成时限 2024年: earlier'),
    e(DL, '1.推进系统迁移上云。', '2024年底前',
      'task 46 (2024年) / task 43 (2024年建成，持续推进): equal'),
    e(DL, '2.完善电子政务外网。', '2024年10月底前', 'task 48 完成时限 2024年: earlier'),
    e(DL, '3.整合非涉密业务专网。', '2024年底前', 'task 50 完成时限 2024年: equal'),
    e(DL, '4.建设“视频一张网”。', '2025年底前', 'task 49 完成时限 2025年: equal'),
    e(DL, '5.推广电子证照应用。', '2025年', 'task 52 完成时限 2025年: equal'),
    e(DL, '（一）健全组织机构。', '2024年6月底前',
      'the district\'s own leading group is task 64 (各地各部门参照自治区做法，成立相应的组织机构, 2025年): earlier; '
      'task 60 (充实自治区推进“数字政府”建设领导小组, 2023年) is the region\'s own body'),
    e(DL, '2.加强经济运行监测。', '2025年底前', 'task 66 完成时限 2025年: equal'),
    e(DL, '1.推进精准监管。', '2024年底前', 'task 70 完成时限 2024年: equal'),
    e(DL, '4.提高基层治理能力。', '2025年6月底前', 'task 83 完成时限 2025年: earlier'),
    e(DL, '2.推进“免证办”和“免申即享”。', '持续推进',
      'task 85 (2023年) lies before the plan\'s year; a 2024 plan continuing it (持续推进) is not a late deadline'),
    e(DL, '4.提升12345热线服务质效。', '2025年',
      'task 87 完成时限 2023年启动，2025年完成: equal'),
    e(DL, '3.推动基层减负。', '2025年底前', 'task 106 完成时限 2025年: equal'),
    e(DL, '1.提升辅助决策能力。', '2024年底前',
      'bodies-first note with the date last; task 103 完成时限 2024年: equal'),
    e(DL, '（一）加强组织领导。', '长期坚持',
      'task 116 完成时限 2023年完成并长期坚持: ongoing, not later'),
    e(DL, '（五）强化考核评价。', '长期坚持',
      'tasks 122/123 (2023年完成，长期坚持), 124 (2023年形成机制，长期坚持): not later'),
    e(DL, '4.加快智慧城市建设。', '20244年',
      '20244年 is an impossible year (typo for 2024), already in expect as deadline-invalid; read as a typo it is '
      'earlier than task 9 (2025), so a late-deadline report on it is not what a reviewer would raise'),
    e(DL, '调整充实区数字政府建设领导小组，建立“科室+数据专员”工作机制', '2024年6月底前',
      'task-table row 1, task 64 (2025年): earlier'),
    e(DL, '电子政务外网延伸至全部村（社区）\t', '2024年10月底前', 'task-table row 4, task 48 (2024年): earlier'),
    e(DL, '实施“互联网+基层治理”行动，推广新型基层管理服务平台', '2025年6月底前',
      'task-table row 6, task 83 (2025年): earlier'),
    e(DL, '制定年度数字政府建设重点任务考核指标', '长期坚持',
      'task-table row 12, task 121 完成时限 长期坚持: equal'),
    # units
    e(UU, '各镇人民政府、各街道办事处，区直各部门、各直属机构：', '区直各部门', 'collective addressees'),
    e(UU, '1.强化安全管理责任。', '区直各部门（单位）', 'collective subject'),
    e(UU, '1.强化安全管理责任。', '自治区党委网信办',
      'named in the prose (按照…统一部署) as the regional body setting the rules; the note\'s lead is 区委网信办'),
    e(UU, '3.推进“互联网+监管”。', '承担监管职责的区直有关部门',
      'collective subject, the local form of 承担监管职责的自治区有关部门（单位）'),
    e(UU, '4.提高基层治理能力。', '各村（社区）', 'collective subject'),
    e(UU, '3.完善数字经济治理。', '西夏公安分局',
      'short name of 银川市公安局西夏区分局 in units.txt'),
    e(UU, '3.提升自然资源管理数字化水平。', '自然资源西夏分局',
      'short name of 银川市自然资源局西夏分局 in units.txt'),
    e(UU, '1.强化生态环境数字化监管。', '西夏生态环境分局',
      'short name of 银川市生态环境局西夏区分局 in units.txt'),
    e(UU, '5.推进数字乡村建设。', '镇北堡镇人民政府', 'in units.txt'),
    e(UU, '1.推进产业数字化转型。', '区农业农村水务局',
      'short name of 区农业农村和水务局 in units.txt'),
    e(UU, '2.深化数据融合应用。', '区大数据中心', 'short name of 区大数据服务中心 in units.txt'),
    e(UU, '2.推进“免证办”和“免申即享”。', '区审批局', 'short name of 区行政审批服务局 in units.txt'),
    e(UU, '（三）提升数字素养。', '区委党校', 'in units.txt'),
    # pillars
    {'rule': MP, 'line': 0, 'pillar': '财政投入',
     'why': 'taken up as 保障措施（二）强化资金保障 (line %d)' % ln('（二）强化资金保障。')},
    {'rule': MP, 'line': 0, 'pillar': '五个一',
     'why': 'section 四 健全“五个一”和“六级贯通”的工作体系 (lines %d-%d), made local'
            % (ln('四、健全“五个一”'), ln('（三）完善工作机制。'))},
    {'rule': MP, 'line': 0, 'pillar': '数字素养',
     'why': '保障措施（三）提升数字素养 and （四）加强人才支撑 (lines %d-%d); the heading is intact, only a short run is garbled'
            % (ln('（三）提升数字素养。'), ln('（四）加强人才支撑。'))},
]

cov = [
    (2, '1.推进产业数字化转型。'), (3, '2.提升园区智慧化水平。'), (5, '3.完善数字经济治理。'),
    (7, '1.深化教育数字化。'), (8, '2.推进“互联网+医疗健康”。'), (6, '3.推进公共服务数字化。'),
    (9, '4.加快智慧城市建设。'), (10, '5.推进数字乡村建设。'), (12, '1.培育数据要素市场。'),
    (14, '1.强化安全管理责任。'), (15, '1.强化安全管理责任。'), (18, '2.提升安全防护能力。'),
    (17, '3.提高自主可控水平。'), (21, '1.推进行政权力网上运行。'), (24, '2.规范政务信息化项目管理。'),
    (28, '3.开展试点示范。'), (32, '1.完善数据管理机制。'), (42, '2.深化数据融合应用。'),
    (40, '3.规范电子公文管理。'), (41, '4.推进公共数据开放。'), (46, '1.推进系统迁移上云。'),
    (48, '2.完善电子政务外网。'), (50, '3.整合非涉密业务专网。'), (49, '4.建设“视频一张网”。'),
    (52, '5.推广电子证照应用。'), (57, '6.推进信用信息共享。'), (64, '（一）健全组织机构。'),
    (66, '2.加强经济运行监测。'), (70, '1.推进精准监管。'), (71, '2.强化追溯监管。'),
    (72, '3.推进“互联网+监管”。'), (77, '1.提升矛盾纠纷化解能力。'), (79, '2.提升社会治安防控能力。'),
    (80, '3.推进“智慧应急”建设。'), (83, '4.提高基层治理能力。'), (84, '1.深化“一网通办”。'),
    (85, '2.推进“免证办”和“免申即享”。'), (86, '3.用好“我的宁夏”。'), (87, '4.提升12345热线服务质效。'),
    (89, '5.优化涉企服务。'), (90, '6.推进公共场馆数字化。'), (93, '7.推进适老化改造。'),
    (94, '1.强化生态环境数字化监管。'), (96, '2.推进“互联网+城乡供水”。'), (97, '3.提升自然资源管理数字化水平。'),
    (102, '4.推动绿色低碳转型。'), (103, '1.提升辅助决策能力。'), (104, '2.提升行政执行能力。'),
    (105, '2.提升行政执行能力。'), (106, '3.推动基层减负。'), (111, '4.提升机关事务管理水平。'),
    (107, '5.整合视频会议资源。'), (112, '1.完善政务公开平台。'), (114, '2.建设政务新媒体矩阵。'),
    (115, '3.畅通政民互动渠道。'), (116, '（一）加强组织领导。'), (118, '（三）提升数字素养。'),
    (120, '（四）加强人才支撑。'), (122, '（五）强化考核评价。'), (123, '（五）强化考核评价。'),
    (124, '（五）强化考核评价。'), (121, '制定年度数字政府建设重点任务考核指标'),
]
covers = [{'task': t, 'line': ln(m)} for t, m in cov]

key = {
    'writer': 'blind writer, round 696; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': (
        '西夏区 (银川市) 2024 实施方案, issued 2024-03-18 by the district government office. Most notes give the date '
        'first and the bodies after (（2024年底前，区大数据中心牵头，区直各部门配合）, （持续推进；区审批局负责）); a few use '
        'the usual order (（责任单位：…；完成时限：…）) or put the date last (（区政府办牵头，区大数据中心配合；2024年底前）). '
        'In this draft 区 means 西夏区 (never 自治区); 全区 mostly means the whole district, but 全区统一的…平台/系统 are the region\'s shared platforms, as district plans in Ningxia write them. No parent plan is '
        'given: 银川市 is mentioned only as 按照银川市数字政府建设工作部署, with no title. Line 11 states the first-listed '
        'unit leads where a note says no 牵头. Tasks whose regional deadline is 2023 (14, 15, 17, 24, 30, 32, 72) are '
        'taken up without a dated note, except task 85 (持续推进). The invalid 20244年 (line %d) would, read literally, also '
        'exceed task 9\'s 2025; the key counts it only as deadline-invalid.' % ln('4.加快智慧城市建设。')),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(LINES), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
