# -*- coding: utf-8 -*-
# Builds key.json from draft.txt, finding every line by its text and checking it.
import json
from build_draft import rows, body
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
HEADER = len(body) + 1          # 1-based line of the table header

def find(s, nth=None):
    hits = [i + 1 for i, ln in enumerate(L) if s in ln]
    assert hits, s
    if nth is None:
        assert len(hits) == 1, (s, hits)
        return hits[0]
    return hits[nth]

def row(n):                      # 1-based line of task-table row 序号 n
    ln = HEADER + n
    assert L[ln - 1].split('\t')[0] == str(n), n
    return ln

def cell(n, col):
    return L[row(n) - 1].split('\t')[col]

def E(rule, line, text=None, why='', **kw):
    if text is not None:
        assert text in L[line - 1], (rule, line, text)
    d = {'rule': rule, 'line': line}
    if text is not None: d['text'] = text
    d.update(kw); d['why'] = why
    return d

expect = [
    E('basis-mismatch', find('宁政发〔2023〕71号'), '宁政发〔2023〕71号',
      '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 71号 is the digits transposed'),
    E('deadline-later-than-baseline', row(19), '2024年9月底前',
      'county date later than the 吴忠市完成时限 2024年6月底前 beside it on the same row (regional task 47, 完成时限 2024年, is not exceeded: only the city date is)'),
    E('deadline-later-than-baseline', row(20), '2025年',
      'regional task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年; the 吴忠市完成时限 beside it is 2024年; the draft\'s own goal on line %d also says 到2024年底' % find('到2024年底')),
    E('deadline-invalid', row(24), '6月31日',
      'June has 30 days: 2025年6月31日 is an impossible date (regional task 56 完成时限 2025年; 吴忠 2025年)'),
    E('unknown-unit', row(26), '市经济和信息化局',
      'not in units.txt: an abolished pre-reform name; the body is now 市工业信息化和商务局 (regional task 66 is led by 工业和信息化厅、发展改革委、商务厅)'),
    E('garbled-text', find('鎺ㄥ姩'), '鎺ㄥ姩鏀跨瓥',
      'UTF-8 bytes read as GBK: re-encoding 鎺ㄥ姩鏀跨瓥淇℃伅闆嗘垚鏅鸿兘鍙戝竷 as GBK and decoding as UTF-8 gives 推动政策信息集成智能发布'),
]

M = []
def N(rule, line, why, text=None):
    M.append(E(rule, line, text, why))

# basis and background
N('basis-mismatch', find('国发〔2022〕14号'), 'correct title and 文号 of the national guiding opinion', '国发〔2022〕14号')
N('basis-mismatch', find('吴忠市人民政府《关于加强数字政府建设的实施方案》'), 'the 吴忠 city plan cited by its correct title alone; it has no 文号 in the seed', '吴忠市人民政府《关于加强数字政府建设的实施方案》')
N('basis-mismatch', find('宁政办发〔2020〕14号'), 'retrospective mention of the 2020 工作要点 in the background paragraph (近年来…认真落实), with its correct title and 文号; not cited as a basis of this plan', '宁政办发〔2020〕14号')
N('deadline-invalid', find('2023年，全市电子政务外网'), 'a past achievement in the background (2023年…实现8个乡镇全覆盖), not a deadline', '2023年')
N('deadline-invalid', find('2024年3月18日'), 'the document\'s own issue date', '2024年3月18日')
# goals
N('deadline-later-than-baseline', find('到2024年底'), 'county goal made of 2024 tasks: regional tasks 43 (2024年建成，持续推进), 46 (2024年), 48 (2024年), 105 (2024年); none of the region\'s or 吴忠\'s 2023年底 goals is restated here', '到2024年底')
N('deadline-later-than-baseline', find('到2025年，全市数字政府建设“1347”'), 'equal to the regional goal (到2025年 “34567”体系框架全面成型) and 吴忠\'s (到2025年 “1347”体系框架全面成型)', '到2025年')
N('deadline-later-than-baseline', find('到2035年'), 'equal to the regional and 吴忠 2035 goal (数字政府全面建成)', '到2035年')
N('deadline-later-than-baseline', find('2024年底前，市本级非涉密'), 'regional tasks 43 (2024年建成，持续推进) and 46 (2024年): equal', '2024年底前')
N('deadline-later-than-baseline', find('2025年底前配合完成热线智能交互'), 'regional task 87 (2023年启动，2025年完成): equal', '2025年底前')
N('deadline-later-than-baseline', find('2024年4月30日前'), 'the office\'s own reporting dates (落实措施 by 2024年4月30日, progress every 6月底、12月底), not task deadlines', '2024年4月30日前')
N('deadline-invalid', find('2024年4月30日前'), 'reporting dates inside the plan year; not impossible', '每年6月底、12月底前')
# table: city columns
N('deadline-invalid', row(11), 'city\'s own date in the 吴忠市完成时限 column (copied from regional task 28: 2023年启动，2025年取得明显成效); a 2023 start before this plan\'s year is not a deadline of this plan', cell(11, 3))
N('deadline-invalid', row(34), 'city\'s own date in the 吴忠市完成时限 column (regional task 87: 2023年启动，2025年完成)', cell(34, 3))
N('deadline-later-than-baseline', row(19), 'the 吴忠市完成时限 2024年6月底前 is the city\'s date, earlier than regional task 47 (2024年); only the county date on this row is late', '2024年6月底前')
N('unknown-unit', row(10), 'city body in the 吴忠市牵头单位 column (吴忠 registry, copied into units.txt section 二)', '市大数据管理服务局')
N('unknown-unit', row(25), 'city body in the 吴忠市牵头单位 column', '市发展改革委')
N('unknown-unit', row(26), 'city bodies in the 吴忠市牵头单位 column; only the county cell of this row is wrong', '市工业和信息化局、市发展改革委')
N('unknown-unit', row(4), 'city body 市卫生健康委 in its own column; the county body beside it is 市卫生健康局', '市卫生健康委')
N('unknown-unit', row(5), 'city body 市住房城乡建设局 in its own column; the county\'s is 市住房和城乡建设局', '市住房城乡建设局')
N('unknown-unit', row(36), 'collective subject in the 吴忠市牵头单位 column', '各县（市、区）人民政府')
# table: county collectives, aliases, distributed prefix
N('unknown-unit', row(6), 'collective subject', '各乡镇人民政府')
N('unknown-unit', row(8), 'collective subject', '市直各部门（单位）')
N('unknown-unit', row(11), 'collective subject', '市直有关部门')
N('unknown-unit', row(28), 'collective subject (like 承担监管职责的自治区有关部门（单位）)', '承担监管职责的市直有关部门')
N('unknown-unit', row(32), 'collective subject', '各村（社区）')
N('unknown-unit', row(29), 'prefix distributes: 市公安局、司法局、信访局 = 市公安局、市司法局、市信访局, all in units.txt', '司法局、信访局')
N('unknown-unit', row(1), 'official short name of 市发展和改革局 (units.txt alias)', '市发改局')
N('unknown-unit', row(2), 'in units.txt (园区管委会 as lead of the 智慧园区 task)', '青铜峡工业园区管委会')
N('unknown-unit', find('青铜峡市人民政府办公室关于印发'), 'the issuing office (units.txt alias of 市人民政府办公室)', '青铜峡市人民政府办公室')
N('unknown-unit', find('报送市推进数字政府建设领导小组办公室'), 'the plan\'s own leading-group office, in units.txt', '市推进数字政府建设领导小组办公室')
# table: county dates equal to or earlier than city and region
N('deadline-later-than-baseline', row(1), 'regional task 2 (2023年启动，2024年取得明显成效); 吴忠 2024年; county 2024年: equal', '2024年')
N('deadline-later-than-baseline', row(2), 'regional task 3 (持续推进，2025年取得明显成效); 吴忠 and county identical', '持续推进，2025年取得明显成效')
N('deadline-later-than-baseline', row(3), 'regional task 7 (2023年形成试点经验，2025年取得明显成效); 吴忠 2025年; county 2024年底 is earlier', '2024年底')
N('deadline-later-than-baseline', row(6), 'regional task 10 (持续推进，2025年取得明显成效); 吴忠 same; county 2025年: equal completing milestone', '2025年')
N('deadline-later-than-baseline', row(11), 'regional task 28 (2023年启动，2025年取得明显成效); county 2025年: equal', '2025年')
N('deadline-later-than-baseline', row(12), 'regional task 29 (2023年启动，2025年完成); 吴忠 2025年; county 2024年底 is earlier', '2024年底')
N('deadline-later-than-baseline', row(18), 'regional tasks 43 (2024年建成，持续推进) and 46 (2024年); 吴忠 2024年; county 2024年: equal', '2024年')
N('deadline-later-than-baseline', row(33), 'regional tasks 84 and 86 (2024年); 吴忠 2024年; county 2024年6月底前 is earlier', '2024年6月底前')
N('deadline-later-than-baseline', row(34), 'regional task 87 (2023年启动，2025年完成); county 2025年: equal', '2025年')
N('deadline-later-than-baseline', row(24), 'regional task 56 (2025年); 吴忠 2025年; the county 2025年6月 is not later, the date is only impossible', '2025年6月31日前')
N('deadline-later-than-baseline', row(26), 'regional task 66 (2025年); 吴忠 2025年; county 2025年: equal', '2025年')
# pillars restructured
N('missing-pillar', 0, 'the 五个一 work system is taken up by content in 二、完善“一套体系” (健全组织机构: leading group, office, 各乡镇 and departments set up bodies — task 64), as in 吴忠\'s 1347 framework')
N('missing-pillar', 0, '六级贯通 is taken up in （二）厘清层级职责 (line %d)' % find('（二）厘清层级职责'))
N('missing-pillar', 0, '数字生态 has its own item （三）营造良好数字生态 (line %d), short but present' % find('（三）营造良好数字生态'))

covers = []
for n, r in enumerate(rows, 1):
    for t in r[0]:
        covers.append({'task': t, 'line': row(n)})
for t, s in [(14, '强化安全管理责任'), (15, '建立数字政府安全评估、责任落实和重大事件处置机制'),
             (17, '落实安全制度要求'), (18, '开展常态化安全防护和应急演练'),
             (24, '落实政务信息化建设管理会商机制'), (30, '全面摸清全市政务数据资源底数'),
             (32, '完善数据管理机制'), (36, '落实政务数据供需对接机制'), (64, '（一）健全组织机构'),
             (68, '推行“照单监管”'), (72, '与宁夏“互联网+监管”系统对接'), (88, '推进“证照分离”改革'),
             (90, '公共场馆数字化服务'), (104, '协同办公平台'), (107, '非涉密视频会议系统资源'),
             (108, '公共资源交易全流程数字化'), (112, '构建以网上发布为主'), (114, '构建政务新媒体矩阵'),
             (116, '“一把手工程”'), (25, '一律不予安排建设及运维经费'), (122, '纳入全市效能目标管理考核'),
             (123, '考核结果作为领导班子'), (124, '建立容错和奖惩机制')]:
    covers.append({'task': t, 'line': find(s)})

key = {
  'writer': 'blind writer, round 549; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-07',
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': ['wuzhong'],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': expect,
  'mustNotFlag': M,
  'covers': covers,
  'notes': ('County-level 实施方案 of 青铜峡市 (吴忠市), issued 2024-03-18, following 吴忠\'s “1347” framework. '
            'The task table (lines %d-%d, tab-separated) has both levels side by side: 序号 | 重点任务 | 吴忠市牵头单位 | 吴忠市完成时限 | 我市责任单位 | 我市完成时限; '
            'the note on line %d says the first unit in 我市责任单位 leads. The 吴忠 columns are the parent\'s units and dates, copied for comparison: '
            'they are not this plan\'s own deadlines or units. The 吴忠 plan in the seeds has no task list, so the row-%d error '
            '(county 2024年9月底前 beside city 2024年6月底前) can only be seen from the 吴忠市完成时限 column of this draft. '
            'units.txt holds the county\'s bodies and, in section 二, the 吴忠 bodies that appear in the city column. '
            'task-uncovered is not annotated except through covers.') % (HEADER, HEADER + len(rows), find('注：“吴忠市牵头单位”'), 19),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e.get('text'))
