# Helper: builds key.json from draft.txt, locating every line by its text (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(*needles):
    hits = [i + 1 for i, s in enumerate(L) if all(n in s for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

def row(n):  # table row by 序号
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def E(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        assert line == 0 or text in L[line - 1], (rule, line, text)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

P = {k: ln(f'重点项目{k}：') for k in range(1, 13)}

expect = [
    E('basis-mismatch', ln('宁政办发〔2023〕17号'), '宁政办发〔2023〕17号',
      'the 自治区人民政府 实施意见 on 加强数字政府建设 is 宁政发〔2023〕17号 (a government document, not a 办公厅 宁政办发 one); the title is right, the 文号 is wrong'),
    E('deadline-later-than-baseline', P[5], '2025年6月',
      '城域网升级改造, 区乡村全覆盖 = task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (骨干网扩容 is task 47, also 2024年); the project period ends 2025年6月'),
    E('deadline-later-than-baseline', row(5), '2025年6月',
      'same project in the 重点项目表: task 48, 完成时限 2024年; 建设周期 ends 2025年6月'),
    E('deadline-later-than-baseline', row(7), '2025年5月',
      '雪亮工程 / 智安小区 = task 79 (持续推进“雪亮工程”…社会治安防控体系), 完成时限 2024年; the table row ends 2025年5月 (the body, line %d, says 2024年12月)' % P[7]),
    E('deadline-invalid', P[8], '13月',
      'impossible month: 建设周期 2024年4月—2024年13月 (the table row says 2024年12月); task 80, 完成时限 2024年'),
    E('unknown-unit', row(3), '区大数据管理服务局',
      '惠农区 has no 大数据管理服务局 (copied from the 吴忠 pattern); not in units.txt; the body (line %d) names 区人民政府办公室' % P[3]),
    E('garbled-text', ln('鍔犲揩鏋勫缓'), '鍔犲揩鏋勫缓鏀挎皯浜掑姩',
      'UTF-8 bytes of 加快构建政民互动 read as GBK (mojibake)'),
]

M = []
def N(rule, line, why, text=None, **kw):
    M.append(E(rule, line, text, why, **kw))

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'
# deadlines equal to or earlier than the region's
N(DL, ln('到2024年底，本方案'), 'goal 到2024年底: 信创云迁移 = tasks 43 (2024年建成，持续推进) and 46 (2024年); 适老化 = task 93 (2024年); equal', '2024年底')
N(DL, ln('到2025年，我区'), 'goal 到2025年 “34567”体系框架全面成型 equals the region\'s 主要目标 到2025年', '2025年')
N(DL, ln('到2035年'), 'goal 到2035年 equals the region\'s 2035 goal', '2035年')
N(DL, P[1], 'task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; project ends 2025年10月, within 2025', '2025年10月')
N(DL, row(1), 'table row, task 3, 持续推进，2025年取得明显成效; ends 2025年10月', '2025年10月')
N(DL, P[2], 'task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; ends 2025年12月, equal year', '2025年12月')
N(DL, row(2), 'table row, task 10, 2025年; ends 2025年12月, equal', '2025年12月')
N(DL, P[3], 'tasks 42 (公共数据与政务数据融合应用) and 41, 完成时限 2024年; ends 2024年12月, equal', '2024年12月')
N(DL, row(3), 'table row, tasks 41/42, 2024年; ends 2024年12月, equal', '2024年12月')
N(DL, P[4], 'tasks 43 (2024年建成，持续推进) and 46 (2024年); ends 2024年11月, earlier', '2024年11月')
N(DL, row(4), 'table row, tasks 43/46, 2024年; ends 2024年11月', '2024年11月')
N(DL, P[6], 'tasks 74 (屏、端、仪) and 71 (数字化追溯监管), 完成时限 2024年; ends 2024年10月', '2024年10月')
N(DL, row(6), 'table row, tasks 74/71, 2024年; ends 2024年10月', '2024年10月')
N(DL, P[7], 'task 79 (雪亮工程) 完成时限 2024年; body period ends 2024年12月, equal (only the table row is late)', '2024年12月')
N(DL, row(8), 'table row, task 80 (智慧应急) 完成时限 2024年; ends 2024年12月, equal', '2024年12月')
N(DL, P[9], 'task 83 (互联网+基层治理) 完成时限 2025年; ends 2025年6月, earlier', '2025年6月')
N(DL, row(9), 'table row, task 83, 2025年; ends 2025年6月', '2025年6月')
N(DL, P[10], 'tasks 93 (适老化与信息无障碍) and 84, 完成时限 2024年; ends 2024年12月, equal', '2024年12月')
N(DL, row(10), 'table row, tasks 93/84, 2024年; ends 2024年12月', '2024年12月')
N(DL, P[11], 'task 96 (互联网+城乡供水) 完成时限 2025年; ends 2025年6月, earlier', '2025年6月')
N(DL, row(11), 'table row, task 96, 2025年; ends 2025年6月', '2025年6月')
N(DL, P[12], 'task 107 (非涉密视频会议系统整合) 完成时限 2025年; ends 2025年12月, equal', '2025年12月')
N(DL, row(12), 'table row, task 107, 2025年; ends 2025年12月', '2025年12月')
N(DL, ln('2024年6月底前，各乡镇'), 'task 64 (各地各部门参照自治区做法成立相应组织机构…上下协同、一体联动、齐抓共管) 完成时限 2025年; 2024年6月底前 is earlier', '2024年6月底前')
N(DL, ln('2024年底前，进一步完善'), 'task 112 (完善各类政务公开信息化平台…网上发布为主) 完成时限 2024年; equal', '2024年底前')
N(DL, ln('每年12月20日前'), 'the office\'s own reporting dates (quarterly and annual progress reports), not task deadlines', '12月20日')
# not invalid dates
N(DI, ln('2024年2月26日'), 'the document\'s own issue date', '2024年2月26日')
N(DI, ln('2022年底前全部部署'), 'past dates in the background section (2022年底前, 2023年完成目录编制), not deadlines; the 2020 in the old 工作要点 title is retrospective', '2022年底前')
N(DI, ln('巩固2023年建立'), 'retrospective: a mechanism set up in 2023 (task 15, 完成时限 2023年), not a deadline before the plan year', '2023年')
N(DI, P[7], 'investment figure 2026万元, not a year', '2026')
N(DI, row(7), 'table 投资估算（万元） column value 2026, not a year', '2026')
N(DI, ln('配合做好12345'), '12345 is the hotline number', '12345')
N(DL, P[7], 'the investment figure 2026万元 is not a deadline', '2026')
# units
N(UU, 3, 'collective addressees: 各乡镇人民政府、街道办事处, 区直各部门', '各乡镇人民政府')
N(UU, P[2], 'collective subject 各乡镇人民政府 (配合)', '各乡镇人民政府')
N(UU, P[2], 'place names of the pilot townships in 建设内容, not responsible units', '庙台乡')
N(UU, P[5], 'an enterprise named as 承建单位 (contractor), not a 责任单位/建设单位', '中国电信股份有限公司石嘴山分公司')
N(UU, P[7], 'an enterprise named as 承建单位 (contractor), not a 责任单位/建设单位', '中国移动通信集团宁夏有限公司石嘴山分公司')
N(UU, P[4], 'enterprise providing cloud services (named in the regional 实施意见 itself), not a responsible unit', '数字宁夏建设运营有限公司')
N(UU, P[6], 'funding source 自治区财政补助资金, not a unit (no regional body is named as lead)', '自治区财政补助资金')
N(UU, row(6), 'funding source column: 自治区财政补助资金, not a unit', '自治区财政补助资金')
N(UU, P[1], 'funding source 中央预算内资金 / 区级财政, not units', '中央预算内资金')
N(UU, P[2], 'funding source 中央财政衔接推进乡村振兴补助资金, not a unit', '中央财政衔接推进乡村振兴补助资金')
N(UU, ln('由区发改局会同'), '区发改局 is a listed short name of 区发展和改革局 in units.txt', '区发改局')
N(UU, P[10], '区审批局 is a listed short name of 区审批服务管理局', '区审批局')
N(UU, P[6], '区市场监管局 is a listed short name of 区市场监督管理局; 各市场监管所 is a collective', '区市场监管局')
N(UU, P[7], '石嘴山市公安局惠农区分局 is in units.txt (the district police branch); 区委政法委 too', '石嘴山市公安局惠农区分局')
N(UU, ln('区委党校'), '区委党校 is in units.txt', '区委党校')
N(UU, ln('强化安全管理责任'), 'collectives 区直各部门, 各乡镇（街道）', '各乡镇（街道）')
N(UU, P[9], 'collectives 各乡镇（街道）, 各村（社区）; 区民政局 (配合) is in units.txt', '各村（社区）')
N(UU, P[3], 'body names 区人民政府办公室, a listed unit (only the table row is wrong)', '区人民政府办公室')
N(UU, ln('调整完善惠农区数字政府建设领导小组'), 'the plan\'s own 领导小组 and its 办公室, listed in units.txt', '惠农区数字政府建设领导小组')
N(UU, ln('每年12月20日前'), '领导小组办公室 is listed in units.txt (short name)', '领导小组办公室')
N(UU, ln('区委切实履行领导责任'), '区委 and 区人民政府 are listed in units.txt; 区直各部门、各乡镇（街道） are collectives', '区人民政府')
N(UU, 9, '市委、市政府 are named only as the source of 工作部署, not as responsible units', '市委、市政府')
N(UU, ln('宁夏干部教育培训网络学院'), 'an online training platform relied on (依托), not a responsible unit', '宁夏干部教育培训网络学院')
N(UU, ln('依托自治区生态环境数据资源中心'), 'a regional data platform relied on (依托), not a regional body named as lead of a local task', '自治区生态环境数据资源中心')
# basis
N(BM, ln('国发〔2022〕14号'), 'correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）', '国发〔2022〕14号')
N(BM, ln('宁政办发〔2020〕14号'), 'retrospective mention of the 2020 工作要点 in the background section, with its correct 文号; not cited as the basis', '宁政办发〔2020〕14号')
N(BM, 2, 'the draft\'s own 文号, not a basis citation', '惠政办发〔2024〕6号')
# pillars present
N('missing-pillar', 0, '数字生态 is taken up in 二（三）: 数据要素市场, 数据交易规则, 网络生态 (lines %d–%d)' % (ln('（三）营造良好数字生态'), ln('营造规范有序的政策环境')), pillar='数字生态')
N('missing-pillar', 0, '五个一/六级贯通 has its own section 四 (lines %d–%d)' % (ln('四、健全“五个一”'), ln('（三）完善工作机制')), pillar='六级贯通')
N('missing-pillar', 0, '财政投入 is taken up in 六（二） (line %d) and the project funding' % ln('（二）加大财政投入'), pillar='财政投入')

covers = [
    (3, ln('加快“智慧园区”建设')), (5, ln('完善数字经济治理体系')), (6, ln('推进公共服务数字化')),
    (9, ln('配合推进智慧城市建设')), (10, ln('推进数字乡村建设')), (11, ln('推进数字乡村建设')),
    (12, ln('（三）营造良好数字生态')), (13, ln('营造规范有序的政策环境')),
    (14, ln('强化安全管理责任')), (15, ln('强化安全管理责任')), (17, ln('落实安全制度要求')), (18, ln('提升安全防护能力')),
    (21, ln('以数字化改革助力政府职能转变。梳理')), (22, ln('以数字化改革助力政府职能转变。梳理')),
    (23, ln('创新建设管理机制')), (24, ln('创新建设管理机制')), (28, ln('健全标准规范，开展试点示范')),
    (31, ln('完善数据管理机制')), (32, ln('完善数据管理机制')), (36, ln('深化数据高效共享')),
    (41, ln('促进数据有序开发利用')), (42, P[3]),
    (43, ln('强化政务云支撑能力')), (46, P[4]), (47, ln('提升网络平台支撑能力')), (48, P[5]), (50, ln('提升网络平台支撑能力')),
    (52, ln('加强共性应用支撑能力')), (54, ln('加强共性应用支撑能力')),
    (64, ln('2024年6月底前，各乡镇')), (66, ln('加强经济运行监测预警')),
    (69, ln('提升监管精准化水平')), (70, ln('提升监管精准化水平')), (72, ln('提升监管协同化水平')), (73, ln('提升监管协同化水平')),
    (71, P[6]), (74, P[6]), (75, ln('提升监管智能化水平')),
    (77, ln('提升社会矛盾化解能力')), (79, P[7]), (80, P[8]), (83, P[9]),
    (84, ln('打造泛在可及的服务体系')), (86, ln('提升智慧便捷的服务能力')), (88, ln('提供优质便利的涉企服务')), (89, ln('提供优质便利的涉企服务')),
    (90, ln('拓展公平普惠的民生服务')), (93, P[10]),
    (94, ln('提升生态环保协同治理能力')), (96, P[11]), (102, ln('推动绿色低碳转型')),
    (103, ln('提升辅助决策能力')), (104, ln('提升行政执行能力')), (105, ln('提升行政执行能力')), (106, ln('提升行政执行能力')), (107, P[12]),
    (108, ln('提升行政监督水平')), (111, ln('提升机关事务管理水平')),
    (112, ln('提升政府信息公开水平')), (114, ln('发挥政务新媒体传播优势')), (115, ln('畅通政民互动渠道')),
    (116, ln('（一）加强组织领导')), (25, ln('（二）加大财政投入')), (118, ln('（三）提升数字素养')),
    (121, ln('（四）强化考核评价')), (122, ln('（四）强化考核评价')), (123, ln('（四）强化考核评价')), (124, ln('（四）强化考核评价')),
]
covers = [{'task': t, 'line': l} for t, l in sorted(covers)]

key = {
    'writer': 'blind writer, round 420; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-06',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('惠农区 (石嘴山市) district plan of 2024-02-26 with 12 projects inside its measures (建设内容, 投资估算, 资金来源, 建设单位, 建设周期) '
              'and a closing 重点项目表 repeating them. No parent plan is cited (只写“按照市委、市政府工作部署”). '
              'A project\'s 建设周期 end is compared with the 完成时限 of the regional task it carries out. '
              'Body and table disagree on purpose in three places: project 7 period (table late), project 8 period (body 13月), project 3 建设单位 (table unknown). '
              'Project 5 is late in both body and table. The invalid 2024年13月 is annotated only as deadline-invalid.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'))
