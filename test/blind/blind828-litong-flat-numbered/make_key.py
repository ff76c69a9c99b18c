#!/usr/bin/python3
# Builds key.json for blind828 and checks every line reference against draft.txt.
# Each entry carries a "probe": a substring that must occur on the named line (it is not written to the key).
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def measure_line(n):
    """1-based line of numbered measure n (its text line); the note is the next line."""
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f'{n}.')]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def note_line(n):
    ln = measure_line(n) + 1
    assert lines[ln - 1].startswith('（责任单位：'), (n, lines[ln - 1][:20])
    return ln


def check(ln, probe):
    if ln == 0:
        return
    assert probe in lines[ln - 1], (ln, probe, lines[ln - 1][:60])


def find(probe):
    hits = [i + 1 for i, l in enumerate(lines) if probe in l]
    assert len(hits) == 1, (probe, hits)
    return hits[0]


expect = []
mnf = []


def E(rule, ln, probe=None, **kw):
    if probe is not None:
        check(ln, probe)
    d = {'rule': rule, 'line': ln}
    d.update(kw)
    expect.append(d)


def M(rule, ln, probe=None, **kw):
    if probe is not None:
        check(ln, probe)
    d = {'rule': rule, 'line': ln}
    d.update(kw)
    mnf.append(d)


# ---------------- planted mistakes ----------------
L_pre = find('根据《国务院关于加强数字政府建设的指导意见》')
E('basis-mismatch', L_pre, '（宁政办发〔2023〕17号）', text='宁政办发〔2023〕17号',
  why='《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office series '
      '(the 1244+N plan next to it is 宁政办发〔2023〕11号), so the cited 文号 does not belong to the title')
E('deadline-invalid', note_line(16), '2024年9月31日前', text='2024年9月31日',
  why='impossible date: September has 30 days. Measure 16 takes up task 23 (一体化数字资源管理系统/“一本账”, 完成时限 2024年), '
      'so apart from the impossible day it is not later than the region')
E('deadline-later-than-baseline', note_line(22), '2025年12月底前', text='2025年12月底',
  why='measure 22 (外网升级改造, 城域网扩容, 向村（社区）延伸实现区乡村全覆盖) takes up task 47 (电子政务外网升级改造, 完成时限 2024年) '
      'and task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖, 各市、县（区）具体负责, 完成时限 2024年); 2025年12月底 is later')
E('unknown-unit', note_line(23), '区信息办', text='区信息办',
  why='not in units.txt (no 信息办 exists at the district; an old name) and not a regional unit; first-listed, so the lead of measure 23')
E('garbled-text', measure_line(45), '鏅烘収鐩戞祴浣撶郴', text='鏅烘収鐩戞祴浣撶郴',
  why='UTF-8 bytes of 智慧监测体系 read as GBK (re-encode as GBK, decode as UTF-8 gives 智慧监测体系)')
E('missing-pillar', 0, pillar='政务公开',
  why='no 政务公开 content at all: no 政府信息公开/政务公开平台, no 政务新媒体, no 政策文件库, no 政民互动; '
      '12345 appears only as a service hotline (measure 40, task 87) and 宣传引导 in 保障措施 is publicity for the work, not 政务公开')
E('task-uncovered', 0, task=112,
  why='政务公开信息化平台 (自治区各部门（单位）及各市、县（区）分别负责, 2024年) deliberately left out with the 政务公开 pillar')
E('task-uncovered', 0, task=114,
  why='政务新媒体矩阵 (自治区各部门（单位）及各市、县（区）分别负责, 2024年) deliberately left out with the 政务公开 pillar')

# ---------------- near misses: deadlines ----------------
L_bg = find('2023年，我区完成政务信息系统普查')
M('deadline-invalid', L_bg, '2023年，我区完成', text='2023年',
  why='past date in the background (what was done in 2023), not a deadline')
M('deadline-later-than-baseline', L_bg, '政务数据资源目录编制',
  why='retrospective: the 2023 completion of the 数据资源目录 matches task 30 (2023年) and is not a new deadline')
L_goal = find('工作目标：')
M('deadline-later-than-baseline', L_goal, '到2024年底',
  why='goals: 到2024年底 信创云迁移 matches task 43 (2024年建成，持续推进), equal; 到2025年…体系全面成型 equals the region\'s '
      '到2025年“34567”体系框架全面成型 and 吴忠\'s 到2025年“1347”体系框架全面成型. Nothing here restates a 到2023年底 goal')
M('deadline-later-than-baseline', note_line(1), '2024年4月底前',
  why='measure 1 (the district\'s own leading group and 工作机构) is task 64 (各地各部门参照自治区做法成立相应的组织机构, 2025年): earlier. '
      'Task 60 (充实自治区领导小组, 2023年) is the region\'s own group, 自治区政府办公厅负责, not a county task')
M('deadline-later-than-baseline', note_line(2), '2024年6月底前建立，长期坚持',
  why='task 64 (2025年); earlier, with an ongoing flag')
M('deadline-later-than-baseline', note_line(3), '持续推进，2025年取得明显成效',
  why='task 3 (智慧园区, 持续推进，2025年取得明显成效): equal')
M('deadline-later-than-baseline', note_line(4), '2024年12月底前取得明显成效',
  why='task 2 (产业云, 2023年启动，2024年取得明显成效): completing milestone 2024, equal')
M('deadline-later-than-baseline', note_line(5), '完成时限：2025年',
  why='task 12 (数据要素市场/数据交易平台, 2025年): equal')
M('deadline-later-than-baseline', note_line(6), '2025年底前取得明显成效',
  why='task 6 (持续推进，2025年取得明显成效): 2025年底 is the same year, equal')
M('deadline-later-than-baseline', note_line(7), '2024年12月底前',
  why='task 7 (智慧教育平台, 2023年形成试点经验，2025年取得明显成效): completing milestone 2025, local 2024 is earlier')
M('deadline-later-than-baseline', note_line(8), '持续推进，2025年取得明显成效',
  why='task 8 (互联网+医疗健康, 持续推进，2025年取得明显成效): equal')
M('deadline-later-than-baseline', note_line(9), '持续推进，2025年取得明显成效',
  why='task 9 (智慧城市/一网统管, 持续推进，2025年取得明显成效): equal')
M('deadline-later-than-baseline', note_line(10), '2024年启动试点，2025年取得明显成效',
  why='task 10 (数字乡村, 持续推进，2025年取得明显成效): equal')
M('deadline-later-than-baseline', note_line(11), '完成时限：2025年',
  why='task 11 (数字供销, 2023年完成主要建设任务，2025年取得明显成效): completing milestone 2025, equal')
M('deadline-later-than-baseline', note_line(12), '2023年形成机制，长期坚持',
  why='copied from task 18 (2023年形成机制，长期坚持), equal; the same measure also takes up tasks 14 and 15 (2023年), equal')
M('deadline-invalid', note_line(12), '2023年形成机制，长期坚持', text='2023年',
  why='a regional deadline copied verbatim (task 18) that lies before the plan\'s year, with 长期坚持; not an impossible date')
M('deadline-later-than-baseline', note_line(13), '2024年12月底前完成迁移，持续推进',
  why='task 43 (政务信创云过渡, 2024年建成，持续推进) and task 46 (2024年): equal')
M('deadline-later-than-baseline', note_line(14), '2024年10月底前',
  why='task 21 (行政权力事项网上运行, 2024年): earlier')
M('deadline-later-than-baseline', note_line(15), '2024年12月底前',
  why='task 22 (审管协同/“审管信”, 2025年): earlier')
M('deadline-later-than-baseline', note_line(17), '2024年启动，2025年取得明显成效',
  why='task 28 (试点示范, 2023年启动，2025年取得明显成效): the completing milestone 2025 is equal; the start year follows the plan\'s own year')
M('deadline-later-than-baseline', note_line(18), '2024年12月底前',
  why='tasks 33 and 34 (基础数据库/主题数据库, 2024年): equal')
M('deadline-later-than-baseline', note_line(19), '2024年12月底前',
  why='数据属地返还/按需回流 (吴忠 plan); nearest task 37 (2024年) or 29 (2025年): not later. It does not restate task 36 (供需对接机制, 2023年)')
M('deadline-later-than-baseline', note_line(20), '2024年11月底前',
  why='tasks 41 and 42 (公共数据开放, 融合应用, 2024年): earlier')
M('deadline-later-than-baseline', note_line(21), '2024年12月底前',
  why='tasks 40 and 54 (电子公文, 电子文件归档/档案数字资源, 2024年): equal')
M('deadline-later-than-baseline', note_line(24), '2025年6月底前',
  why='task 49 (视频一张网, 2025年): earlier')
M('deadline-later-than-baseline', note_line(25), '2024年12月底前',
  why='task 52 (电子证照社会化场景, 2025年) and task 53 (电子印章, 2024年): not later')
M('deadline-later-than-baseline', note_line(26), '2025年6月底前',
  why='task 56 (非税收入收缴电子化, 2025年): earlier')
M('deadline-later-than-baseline', note_line(27), '2024年12月底前',
  why='task 57 (信用信息公共服务平台, 2024年): equal')
M('deadline-later-than-baseline', note_line(28), '2024年6月底前建立机制，2025年取得明显成效',
  why='task 66 (经济运行大数据平台, 2025年): equal')
M('deadline-later-than-baseline', note_line(36), '完成时限：2025年',
  why='task 81 (视频指挥调度体系, 2025年): equal')
M('deadline-later-than-baseline', note_line(37), '2025年6月底前',
  why='task 83 (互联网+基层治理, 2025年): earlier')
M('deadline-later-than-baseline', note_line(38), '2024年12月底前',
  why='task 84 (全时在线、渠道多元、跨省通办的一体化政务服务体系, 2024年): equal. It does not restate task 85 (免证办/一件事一次办, 2023年)')
M('deadline-later-than-baseline', note_line(40), '2025年6月底前',
  why='task 87 (12345“接诉即办”/“总客服”, 2023年启动，2025年完成): earlier. Not task 115 (政民互动平台): nothing about 政府网站/信访平台/知识库')
M('deadline-later-than-baseline', note_line(46), '2025年12月底前',
  why='task 96 (互联网+城乡供水/数字孪生流域, 2025年): 2025年12月底 is the same year, equal (same form as the planted slip at measure 22)')
M('deadline-later-than-baseline', note_line(49), '完成时限：2025年',
  why='tasks 101 and 102 (碳排放监测, 绿色低碳, 2025年): equal')
M('deadline-later-than-baseline', note_line(54), '持续推进，2024年取得明显成效',
  why='task 108 (公共资源交易全流程数字化, 长期推进，2024年取得明显成效): equal')
M('deadline-later-than-baseline', note_line(55), '完成时限：2025年',
  why='task 111 (机关事务管理, 2025年): equal')
L_rep = find('2025年1月10日前报送2024年度工作总结')
M('deadline-later-than-baseline', L_rep, '2025年1月10日前', text='2025年1月10日',
  why='the office\'s own reporting date for the 2024 annual summary, not a task deadline')
M('deadline-invalid', find('2024年3月18日'), '2024年3月18日', text='2024年3月18日',
  why='issue date of the notice, not a deadline')

# ---------------- near misses: units ----------------
M('unknown-unit', 3, '各乡镇人民政府、街道办事处', text='各乡镇人民政府、街道办事处',
  why='addressees: collective subjects (各 distributes over 街道办事处)')
M('unknown-unit', note_line(1), '区直各部门（单位）', text='区直各部门（单位）', why='collective subject')
M('unknown-unit', note_line(1), '各乡镇（街道）', text='各乡镇（街道）', why='collective subject')
M('unknown-unit', note_line(1), '区政府办', text='区政府办', why='official short name of 区人民政府办公室 (alias in units.txt)')
M('unknown-unit', note_line(3), '金积工业园区管委会', text='金积工业园区管委会',
  why='short name of 金积工业园区管理委员会 in units.txt; a park body, not a government department')
M('unknown-unit', note_line(3), '区工信商务局', text='区工信商务局', why='alias of 区工业信息化和商务局 in units.txt')
M('unknown-unit', note_line(6), '（责任单位：区直各部门（单位），各乡镇（街道）',
  why='a note whose only subjects are collectives (task 6 is 各市、县（区）负责)')
M('unknown-unit', note_line(9), '各街道办事处', text='各街道办事处', why='collective subject')
M('unknown-unit', note_line(10), '各乡镇人民政府', text='各乡镇人民政府', why='collective subject')
M('unknown-unit', note_line(11), '区供销社', text='区供销社', why='alias of 区供销合作社 in units.txt')
M('unknown-unit', note_line(12), '利通公安分局', text='利通公安分局', why='alias of 吴忠市公安局利通区分局 in units.txt')
M('unknown-unit', note_line(31), '利通生态环境分局', text='利通生态环境分局',
  why='alias of 吴忠市生态环境局利通区分局 in units.txt')
M('unknown-unit', note_line(26), '利通自然资源分局', text='利通自然资源分局',
  why='alias of 吴忠市自然资源局利通区分局 in units.txt')
M('unknown-unit', note_line(34), '吴忠市公安局利通区分局', text='吴忠市公安局利通区分局',
  why='canonical name in units.txt; a registered name is never split (it is not 吴忠市公安局, a city unit)')
M('unknown-unit', note_line(37), '各乡镇人民政府、街道办事处', text='街道办事处',
  why='各 distributes over 街道办事处: collective subject, as are 各村（社区） on the same line')
M('unknown-unit', note_line(43), '区残联', text='区残联', why='alias of 区残疾人联合会 in units.txt, a body outside the government proper')
M('unknown-unit', L_rep, '区推进数字政府建设领导小组办公室', text='区推进数字政府建设领导小组办公室',
  why='in units.txt; the office set up by measure 1, named in 保障措施 text')
M('unknown-unit', measure_line(45), '黄河流域宁夏生态环境数据资源中心', text='黄河流域宁夏生态环境数据资源中心',
  why='a regional data platform named in the measure text, not a responsible unit')
M('unknown-unit', L_pre, '吴忠市人民政府《关于加强数字政府建设的实施方案》', text='吴忠市人民政府',
  why='issuer of a cited basis document, not a responsible unit')

# ---------------- near misses: citations ----------------
M('basis-mismatch', L_pre, '（国发〔2022〕14号）', text='国发〔2022〕14号', why='correct title and 文号')
M('basis-mismatch', L_pre, '（宁政办发〔2023〕11号）', text='宁政办发〔2023〕11号',
  why='数字宁夏“1244+N”行动计划实施方案, cited with the same 文号 in the 吴忠 plan')
M('basis-mismatch', L_pre, '吴忠市人民政府《关于加强数字政府建设的实施方案》', text='关于加强数字政府建设的实施方案',
  why='the city plan cited by title alone, exactly as titled (it has no 文号 in its text)')
M('basis-mismatch', L_bg, '（宁政办发〔2020〕14号）', text='宁政办发〔2020〕14号',
  why='retrospective mention of the 2020 工作要点 in the background, correct title and 文号, not cited as a basis')
M('basis-mismatch', 2, '利政办发〔2024〕12号', text='利政办发〔2024〕12号', why='the notice\'s own 文号, not a citation')

# ---------------- near misses: encoding ----------------
M('garbled-text', measure_line(22), 'IPv6', text='IPv6', why='ordinary Latin term, not damage')
M('garbled-text', measure_line(9), '（CIM）', text='CIM', why='ordinary abbreviation, not damage')
M('garbled-text', measure_line(37), '“网格上报+网上分流+部门响应”', text='网格上报+网上分流+部门响应', why='ordinary text with + signs')

# ---------------- near misses: pillars taken up only by the measures ----------------
def P(pillar, measures, extra=''):
    ls = [measure_line(n) for n in measures]
    M('missing-pillar', 0, pillar=pillar,
      why=f'no heading, but taken up by measures {", ".join(map(str, measures))} (lines {", ".join(map(str, ls))}){extra}')

P('数字经济', [3, 4], ' (智慧园区, 产业云/上云用数; tasks 3, 2)')
P('数字社会', [6, 7, 8, 9, 10, 11], ' (tasks 6–11)')
P('数字生态', [5], ' (数据要素市场, 数据交易平台, 数据流通交易; task 12)')
P('安全保障', [12, 13], ' (安全责任, 安全评估, 技术保障, 信创; tasks 14, 15, 18, 43)')
P('制度规则', [14, 15, 16, 17], ' (职能转变, 审管协同, “一本账”, 试点示范; tasks 21, 22, 23, 28)')
P('数据资源', [18, 19, 20, 21], ' (基础库/主题库, 数据回流, 公共数据开放; tasks 33, 34, 41, 42, 40)')
P('平台支撑', [13, 22, 23, 24, 25, 26, 27], ' (信创云, 外网, 专网整合, 视频一张网, 电子证照/印章, 非税, 信用)')
P('五个一和六级贯通', [1, 2], ' (领导小组和工作机构, 六级贯通层级职责; task 64)')
P('经济调节', [28, 29], ' (经济运行大数据平台, 企业画像; task 66)')
P('市场监管', [30, 31, 32], ' (tasks 70, 71, 73, 74, 75)')
P('社会管理', [33, 34, 35, 36, 37], ' (tasks 77, 79, 80, 81, 83)')
P('公共服务', [38, 39, 40, 41, 42, 43, 44], ' (tasks 84, 86–90, 93)')
P('生态环境保护', [45, 46, 47, 48, 49], ' (tasks 94–97, 100–102)')
P('政务运行', [50, 51, 52, 53, 54, 55], ' (tasks 103–108, 111)')
L_bz = find('（一）加强组织领导')
M('missing-pillar', 0, pillar='党的领导',
  why=f'taken up by 保障措施 lines {L_bz}–{L_bz + 3}: 组织领导/一把手工程 ({L_bz}), 资金保障 ({L_bz + 1}), 数字素养 ({L_bz + 2}), '
      f'考核评价 ({L_bz + 3}), under the heading 保障措施 rather than 党的领导')

# ---------------- covers ----------------
covers_map = {
    1: [64], 3: [3], 4: [2], 5: [12], 6: [6], 7: [7], 8: [8], 9: [9], 10: [10], 11: [11],
    12: [14, 15, 18], 13: [43, 46], 14: [21], 15: [22], 16: [23], 17: [28], 18: [33, 34],
    20: [41, 42], 21: [40, 54], 22: [47, 48], 23: [50], 24: [49], 25: [52, 53], 26: [56], 27: [57],
    28: [66], 30: [70, 71], 31: [74, 75], 32: [73], 33: [77], 34: [79], 35: [80], 36: [81], 37: [83],
    38: [84], 39: [86], 40: [87], 41: [88], 42: [89], 43: [93], 44: [90], 45: [94, 95], 46: [96],
    47: [97], 48: [100], 49: [101, 102], 50: [103], 51: [104], 52: [105, 106], 53: [107], 54: [108],
    55: [111],
}
covers = []
for n, ts in covers_map.items():
    for t in ts:
        covers.append({'task': t, 'line': measure_line(n)})
covers.append({'task': 116, 'line': L_bz})
covers.append({'task': 121, 'line': L_bz})
covers.append({'task': 25, 'line': L_bz + 1})
covers.append({'task': 24, 'line': L_bz + 1})
covers.append({'task': 123, 'line': L_bz + 3})
check(L_bz + 1, '会商论证')
check(L_bz + 3, '综合考核评价的重要参考')
covers.sort(key=lambda c: (c['task'], c['line']))

key = {
    'writer': 'blind writer, round 828; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': (
        '利通区 2024 plan (利政办发〔2024〕12号, 2024-03-18) written as 55 flat numbered measures with no part headings; '
        'each measure is one line followed by a note line （责任单位：…；完成时限：…）, and the first-listed unit leads (line 12 says so). '
        'Pillars are covered by content only. 政务公开 is deliberately absent (tasks 112, 114 uncovered; 113 and 115 also untouched, '
        'though 115 is led regionally and only 配合 for counties). Tasks due 2023 were kept out of dated measures, except measure 12, '
        'which copies task 18\'s 2023年形成机制，长期坚持. Measure 17 starts in 2024 a task the region started in 2023 (task 28) '
        'but completes in 2025 as the region does. Measure 19 (数据回流) is close to, but is not, task 36 (供需对接机制, 2023年).'
    ),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('lines', len(lines), 'expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers),
      'distinct tasks', len({c['task'] for c in covers}))
