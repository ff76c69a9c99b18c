# Builds key.json from anchors; every line number is looked up in the final draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def line_of(anchor):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

def row(n):  # task-table row with 序号 n
    hits = [i for i, l in enumerate(L, 1) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def e(rule, anchor, text=None, why='', **kw):
    ln = anchor if isinstance(anchor, int) else line_of(anchor)
    if text:
        assert text in L[ln - 1], (text, ln)
    d = {'rule': rule, 'line': ln}
    if text:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    e('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (an 自治区人民政府 document, 2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title'),
    e('garbled-text', '瀹屽杽鏁版嵁', '瀹屽杽鏁版嵁绠＄悊鏈哄埗',
      'short title 完善数据管理机制 as UTF-8 bytes read as GBK (re-encode GBK, decode UTF-8 to recover)'),
    e('deadline-later-than-baseline', '提升网络平台支撑能力。', '2025年6月底前',
      'task 48 (城域网升级改造，区市县乡村5级全覆盖，按需向企事业单位拓展) 完成时限 2024年; the same line also takes up task 47 (外网升级、出口带宽, 2024年) and task 50 (专网整合迁移, 2024年); the draft\'s own goal (line 16) and table row 21 say 2024年底'),
    e('deadline-invalid', '提升行政执行能力。', '6月31日',
      '2024年6月31日 does not exist (June has 30 days); tasks 104/105 are due 2024年, so the year itself is not late'),
    e('unknown-unit', row(6), '市卫健委',
      'not in units.txt: 青铜峡 has 市卫生健康局 (= 市卫健局); 市卫健委 is 吴忠市\'s short name for 市卫生健康委, copied from the city plan; first-listed, so it is the lead of table row 6 (task 8)'),
    e('deadline-later-than-baseline', row(38), '2025年底前',
      'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; the body (line 64) and goal (line 16) say 2024年底'),
]

N = []
def n(rule, anchor, text=None, why='', **kw):
    N.append(e(rule, anchor, text, why, **kw))

n('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct 文号 of the national 指导意见')
n('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan; not the 实施意见')
n('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'parent city plan cited by issuer and exact title, without 文号 (the city plan has none in the seed)')
n('basis-mismatch', '2020年以来，我市按照', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background section, not cited as a basis document')
n('deadline-invalid', '2020年以来，我市按照', '2023年', 'past dates in the background (工作基础), not deadlines')
n('deadline-invalid', '2024年4月15日', '2024年4月15日', 'issue date of the notice')
n('deadline-later-than-baseline', '到2024年底，电子政务外网', '到2024年底', 'goal milestones equal to tasks 46, 48, 86, 93 (all 2024年)')
n('deadline-later-than-baseline', '到2025年，全市数字政府建设', '到2025年', 'same year as the region\'s and the 吴忠 plan\'s 2025 goal (框架全面成型)')
n('deadline-later-than-baseline', '到2035年，与政府治理', '到2035年', 'same as the region\'s and the 吴忠 plan\'s 2035 goal')
n('deadline-later-than-baseline', '（一）健全组织机构。', '2024年6月底前', 'task 64 (各地参照自治区做法成立组织机构) 完成时限 2025年: earlier; task 60 (充实自治区领导小组, 2023年) is the region\'s own task (自治区政府办公厅负责), not a county task')
n('unknown-unit', '（三）完善工作机制。', '吴忠市大数据管理服务局', 'named in the text as the city body to coordinate with, not as a responsible unit')
n('unknown-unit', '（三）完善工作机制。', '市数字政府建设领导小组各成员单位', 'collective subject')
n('unknown-unit', '（二）厘清层级职责。', '市直有关部门', 'collective subject')
n('deadline-later-than-baseline', '推动产业数字化转型。', '持续推进，2025年取得明显成效', 'equal to task 3 (智慧园区) 持续推进，2025年取得明显成效')
n('unknown-unit', '推动产业数字化转型。', '市工业信息化和商务局', 'in units.txt; the 和 inside the name is not a list separator')
n('unknown-unit', '推动产业数字化转型。', '青铜峡工业园区管理委员会', 'in units.txt')
n('deadline-later-than-baseline', '推进数字普惠应用。', '持续推进，2025年取得明显成效', 'equal to tasks 6, 7, 8 (2025年取得明显成效)')
n('unknown-unit', '推进数字普惠应用。', '市人社局', 'official short name of 市人力资源和社会保障局 in units.txt')
n('deadline-later-than-baseline', '推进数字乡村建设。', '2025年', 'equal to task 10 (持续推进，2025年) and task 11 (2025年取得明显成效)')
n('deadline-later-than-baseline', '（三）营造良好数字生态。', '2025年', 'equal to task 12 (数据要素市场, 2025年); the line does not take up task 13 (市场准入、公平竞争审查制度, a regional-only task)')
n('deadline-later-than-baseline', '强化安全管理责任。', '长期坚持', 'ongoing only, no milestone; tasks 14/15 (2023年) fell due before this 2024 plan')
n('unknown-unit', '创新数字政府建设管理机制。', '市发展和改革局、财政局、审计局', 'prefix 市 distributes: 市财政局, 市审计局, both in units.txt')
n('deadline-later-than-baseline', '创新数字政府建设管理机制。', '2024年9月底前', 'earlier than task 23 (一体化数字资源管理系统/一本账) 2024年')
n('deadline-later-than-baseline', '促进数据有序开发利用。', '2024年底前', 'equal to tasks 41, 42 (2024年)')
n('unknown-unit', '促进数据有序开发利用。', '国网青铜峡市供电公司', 'short name of 国网宁夏电力有限公司青铜峡市供电公司 in units.txt (unit outside government)')
n('deadline-later-than-baseline', '强化政务云平台支撑能力。', '2024年9月底前', 'earlier than task 46 (2024年) and task 43 (2024年建成)')
n('unknown-unit', '提升网络平台支撑能力。', '中国电信青铜峡分公司', 'in units.txt (operator outside government)')
n('deadline-later-than-baseline', '加强共性应用支撑能力。', '2024年底前', 'equal to tasks 53, 54, 55, 57 (2024年), earlier than 52, 56 (2025年)')
n('deadline-later-than-baseline', '（一）提升科学精准的经济调节能力。', '2025年底前', 'equal to task 66 (经济运行大数据平台) 2025年')
n('unknown-unit', '实现监管智能化。', '吴忠市生态环境局青铜峡分局', 'in units.txt (vertically managed branch); not to be split into 吴忠市 + 市生态环境局')
n('unknown-unit', '提升社会治安和公共安全保障能力。', '青铜峡市消防救援大队', 'in units.txt')
n('deadline-later-than-baseline', '提高基层社会治理能力。', '2025年6月底前', 'earlier than (within the year of) task 83 完成时限 2025年')
n('unknown-unit', '提高基层社会治理能力。', '各村（社区）', 'collective subject')
n('deadline-later-than-baseline', '拓展公平普惠的民生服务。', '2024年底前', 'equal to task 93 (2024年) and task 90 (2024年)')
n('deadline-later-than-baseline', '加强生态环境数字化监测。', '2024年底前', 'equal to task 94 (2024年), earlier than task 95 (2025年)')
n('deadline-later-than-baseline', '增强行政监督质效。', '长期推进，2024年取得明显成效', 'equal to task 108, copied')
n('unknown-unit', '（三）提升数字素养。', '市委党校', 'in units.txt')
n('deadline-invalid', '（六）加强调度督办。', '2024年12月15日前', 'the office\'s own reporting dates (quarterly 25th, year-end summary), not task deadlines')
n('unknown-unit', '（六）加强调度督办。', '市推进数字政府建设领导小组办公室', 'reporting target, set up in 市政府办公室 (line 22); not a responsible unit')
n('deadline-later-than-baseline', row(1), '2024年6月底前', 'earlier than task 64 (2025年)')
n('deadline-later-than-baseline', row(2), '2023年完成并长期坚持', 'task 116 完成时限 2023年完成并长期坚持, copied verbatim: equal')
n('deadline-invalid', row(2), '2023年完成并长期坚持', 'copied regional deadline that lies before the plan\'s year, with an ongoing flag; not an impossible date')
n('unknown-unit', row(2), '市直各部门（单位）', 'first-listed collective subject')
n('deadline-later-than-baseline', row(3), '2024年', 'equal to task 2 (2023年启动，2024年取得明显成效)')
n('deadline-later-than-baseline', row(9), '2025年取得明显成效', 'equal to task 11 (2023年完成主要建设任务，2025年取得明显成效)')
n('unknown-unit', row(9), '市供销社', 'short name of 市供销合作社联合社 in units.txt')
n('unknown-unit', row(6), '市医保局', 'short name of 市医疗保障局 in units.txt')
n('unknown-unit', row(7), '市住建局', 'short name of 市住房和城乡建设局 in units.txt')
n('unknown-unit', row(12), '市政府办', 'short name of 市人民政府办公室 in units.txt')
n('deadline-later-than-baseline', row(11), '长期坚持', 'ongoing only, no milestone; tasks 14/15 (2023年) fell due before this 2024 plan')
n('unknown-unit', row(13), '市审批局', 'short name of 市审批服务管理局 in units.txt')
n('deadline-later-than-baseline', row(16), '2024年底前', 'earlier than task 29 (2023年启动，2025年完成)')
n('unknown-unit', row(17), '市市场监管局', 'short name of 市市场监督管理局 in units.txt')
n('deadline-later-than-baseline', row(21), '2024年底前', 'equal to tasks 47, 48 (2024年)')
n('unknown-unit', row(21), '中国联通青铜峡分公司', 'in units.txt')
n('deadline-later-than-baseline', row(24), '2024年底前', 'equal to task 55 (2024年), earlier than task 56 (2025年)')
n('unknown-unit', row(32), '市应急局', 'short name of 市应急管理局 in units.txt')
n('deadline-later-than-baseline', row(33), '2025年6月底前', 'earlier than (within the year of) task 83 (2025年)')
n('unknown-unit', row(33), '裕民街道办事处', 'in units.txt')
n('unknown-unit', row(42), '市林草局', 'short name of 市林业和草原局 in units.txt')
n('deadline-later-than-baseline', row(44), '2024年底前', 'earlier than task 106 (填表报数系统) 2025年')
n('deadline-later-than-baseline', row(46), '长期推进，2024年取得明显成效', 'equal to task 108')
n('missing-pillar', 0, None, 'the 五个一/六级贯通 work system is folded into 一套体系 (lines 21-24: 健全组织机构、厘清层级职责、完善工作机制), as in the 吴忠 plan', pillar='五个一')
n('missing-pillar', 0, None, '六级贯通 is taken up at line 23 (厘清层级职责 按照“六级贯通”层级架构)', pillar='六级贯通')
n('missing-pillar', 0, None, '数字生态 is taken up at line 33 (数据要素市场培育, 网络生态)', pillar='数字生态')
n('missing-pillar', 0, None, '党的领导 items present: 组织领导 79, 财政投入 80, 数字素养 81, 考核评价 82', pillar='党的领导')

covers = []
def c(task, anchor):
    ln = anchor if isinstance(anchor, int) else line_of(anchor)
    covers.append({'task': task, 'line': ln})

for task, r in [(64, 1), (116, 2), (2, 3), (3, 4), (6, 5), (8, 6), (9, 7), (10, 8), (11, 9), (12, 10),
                (14, 11), (15, 11), (18, 12), (21, 13), (23, 14), (28, 15), (29, 16), (33, 17), (34, 17),
                (41, 18), (42, 19), (46, 20), (47, 21), (48, 21), (49, 22), (54, 23), (55, 24), (56, 24),
                (57, 25), (58, 26), (66, 27), (71, 28), (74, 29), (77, 30), (79, 31), (80, 32), (83, 33),
                (84, 34), (86, 35), (88, 36), (89, 37), (93, 38), (95, 39), (96, 40), (97, 41), (98, 42),
                (104, 43), (105, 43), (106, 44), (107, 45), (108, 46), (111, 47), (112, 48), (114, 49),
                (115, 50), (121, 51), (123, 52)]:
    c(task, row(r))
c(5, '完善数字经济治理体系。')
c(7, '推进数字普惠应用。')
c(17, '落实安全制度要求。')
c(102, '推动绿色低碳转型。')
c(103, '强化辅助决策能力。')
c(113, '持续提升政府信息公开水平。')
c(25, '（二）加大财政投入。')
c(118, '（三）提升数字素养。')
c(36, '（三）构建共享开放的政务数据资源体系。')
c(85, '提升智慧便捷的服务能力。')
c(87, '提升智慧便捷的服务能力。')
c(90, '拓展公平普惠的民生服务。')
c(70, '推动监管精准化。')
c(73, '实现监管智能化。')
c(53, '加强共性应用支撑能力。')
c(101, '推动绿色低碳转型。')
c(124, '（四）强化考核评价。')

key = {
    'writer': 'blind writer, round 793; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': N,
    'covers': covers,
    'notes': ('青铜峡市 2024 实施方案 (青政办发〔2024〕21号, 2024-04-15) implementing 宁政发〔2023〕17号 and the 吴忠 plan, '
              'framework 1347 as in the city plan. Body measures carry inline (责任单位…；完成时限…) notes; the attached table '
              'states that the first-listed unit leads. Six planted slips: wrong 文号 for the regional 实施意见 (line 9), '
              'mojibake short title (line 44), late inline deadline for the 外网 5级覆盖 task (line 48, contradicting the goal at '
              'line 16 and table row 21), 6月31日 (line 71), 市卫健委 copied from the city (table row 6), late table deadline for '
              '适老化 (table row 38, contradicting body line 64). Tasks that fell due in 2023 (14, 15, 17, 18, 85, 87) are given '
              'as ongoing (长期坚持/持续推进) without a year; task 116 in table row 2 copies the regional 2023年完成并长期坚持. '
              'task-uncovered is not annotated either way beyond covers; no task was left out on purpose.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(N), len(covers))
