#!/usr/bin/env python3
# Builds key.json for blind644; every line number is found in draft.txt, never typed by hand.
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L.pop()

def line(sub, start=None, nth=1):
    hits = [i for i, l in enumerate(L, 1) if sub in l and (start is None or l.startswith(start))]
    assert len(hits) >= nth, (sub, start, hits)
    if nth == 1:
        assert len(hits) == 1, ('ambiguous', sub, start, hits)
    return hits[nth - 1]

def row(n):
    """line of task-table row n (own numbering)"""
    hits = [i for i, l in enumerate(L, 1) if re.match(r'^%d(｜| {2,})' % n, l)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def has(ln, text):
    assert text in L[ln - 1], (ln, text, L[ln - 1])
    return ln

E, M, C = [], [], []
def e(rule, ln, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln}
    if text is not None:
        if ln: has(ln, text)
        d['text'] = text
    d.update(kw); d['why'] = why; E.append(d)
def m(rule, ln, text=None, why=''):
    d = {'rule': rule, 'line': ln}
    if text is not None:
        if ln: has(ln, text)
        d['text'] = text
    d['why'] = why; M.append(d)
def c(task, ln):
    C.append({'task': task, 'line': ln})

# ---------------- planted mistakes ----------------
e('basis-mismatch', line('宁政发〔2022〕17号'), '宁政发〔2022〕17号',
  '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong')
e('garbled-text', line('淇冭繘鏁版嵁'), '淇冭繘鏁版嵁璧勬簮',
  'UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 促进数据资源依法有序流动')
e('unknown-unit', row(15), '县电子政务办',
  'not in units.txt (old name; the county body for the e-government network is 县大数据服务中心); lead unit of table row 15')
e('deadline-later-than-baseline', row(30), '2025年底',
  'table row 30 (适老化与信息无障碍建设) is regional task 93, 完成时限 2024年; the county gives 2025年底前')
e('deadline-invalid', row(24), '2014年底',
  'table row 24 (智慧应急, regional task 80, 完成时限 2024年): 2014年底前 lies ten years before the plan is issued (2024); a typo for 2024')
e('task-uncovered', 0, None,
  'regional task 106 (依托“宁政通”APP整合统计报表，开发全区统一填表报数系统，基层填表报数工作量压减50%以上; 各市、县（区）配合, 2025年) deliberately left out: no 填表报数/报表 content anywhere', task=106)

# ---------------- near misses: basis ----------------
m('basis-mismatch', line('同政办发〔2024〕21号'), '同政办发〔2024〕21号', "the notice's own 文号, not a cited basis document")
ln9 = line('国发〔2022〕14号')
m('basis-mismatch', ln9, '国发〔2022〕14号', 'correct 文号 and title of the national 指导意见')
m('basis-mismatch', ln9, '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 is cited with the same 文号 by the parent 吴忠 plan')
m('basis-mismatch', ln9, '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'parent city plan cited by its correct title alone; the city plan has no 文号')
m('basis-mismatch', line('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号', 'retrospective mention in the background paragraph (what the county has carried out since 2020), not a basis of this plan; 文号 matches the title')

# ---------------- near misses: dates in the body ----------------
m('deadline-invalid', line('2024年3月18日'), '2024年3月18日', 'issue date of the notice')
m('deadline-invalid', line('2023年，全县政务服务事项'), '2023年', 'past date in the background paragraph, an achievement not a deadline')
g15 = line('到2024年底，电子政务外网')
m('deadline-later-than-baseline', g15, '2024年底', '主要目标 for 2024: 外网三级全覆盖 (task 48, 2024年), 系统迁移政务信创云 (task 46, 2024年; task 43 2024年建成), 我的宁夏专区 (task 86, 2024年) — equal')
m('deadline-later-than-baseline', line('到2025年，全县数字政府建设'), '2025年', 'same year as the regional goal (到2025年 “34567”体系框架全面成型) and the 吴忠 goal (到2025年 “1347”体系框架全面成型)')
m('deadline-later-than-baseline', line('到2035年'), '2035年', 'same as the regional and 吴忠 2035 goal')
m('deadline-later-than-baseline', line('1.用好政务云资源'), '2024年底前', 'task 46 完成时限 2024年 (task 43 2024年建成) — equal')
m('deadline-later-than-baseline', line('2.提升网络支撑能力'), '2024年底前', 'task 48 完成时限 2024年 — equal')
ln92 = line('（五）加强督促落实')
m('deadline-later-than-baseline', ln92, '2024年4月10日', "the office's own reporting date (task breakdown), not a task deadline")
m('deadline-invalid', ln92, '12月20日', "the office's own recurring half-year reporting dates (6月25日、12月20日), no year")
m('deadline-later-than-baseline', line('附件：同心县'), '2024—2025年', 'period of the annex task list, not a deadline')

# ---------------- near misses: deadlines in the task table ----------------
T = [
 (1, '2024年', 'task 64 (各地各部门成立相应组织机构) 完成时限 2025年 — county earlier'),
 (2, '2024年取得明显成效', 'task 2 完成时限 2023年启动，2024年取得明显成效 — equal'),
 (3, '2025年取得明显成效', 'task 3 完成时限 持续推进，2025年取得明显成效 — equal'),
 (4, '2025年取得明显成效', 'task 6 完成时限 持续推进，2025年取得明显成效 — equal'),
 (5, '2025年', 'task 9 完成时限 持续推进，2025年取得明显成效 — equal'),
 (6, '2025年', 'task 10 完成时限 持续推进，2025年取得明显成效 — equal'),
 (7, '2025年取得明显成效', 'task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效 — equal completion'),
 (8, '2025年', 'task 12 完成时限 2025年 — equal'),
 (10, '2024年', 'task 21 完成时限 2024年 — equal (task 22 is 2025年)'),
 (11, '2024年启动，2025年取得明显成效', 'task 28 完成时限 2023年启动，2025年取得明显成效 — the completing milestone 2025 is equal; only the start is later'),
 (12, '2024年6月底前', 'tasks 33/34 完成时限 2024年 — county earlier in the same year'),
 (13, '2024年', 'tasks 41/42 完成时限 2024年 — equal'),
 (14, '2024年底前', 'task 46 完成时限 2024年 (task 43 2024年建成) — equal'),
 (15, '2024年9月底前', 'task 48 完成时限 2024年 — county earlier (the row\'s unit is the planted mistake, not its date)'),
 (16, '2025年', 'task 49 完成时限 2025年 (task 81 also 2025年) — equal'),
 (17, '2024年底前', 'task 56 完成时限 2025年 — county earlier'),
 (18, '2024年', 'task 54 完成时限 2024年 (task 40 also 2024年) — equal'),
 (19, '2024年', 'task 66 完成时限 2025年 — county earlier (task 65 2024年, equal)'),
 (20, '2024年', 'task 71 完成时限 2024年 — equal'),
 (21, '2024年', 'task 73 完成时限 2024年 — equal'),
 (22, '2024年', 'task 77 完成时限 2024年 — equal'),
 (23, '2024年', 'task 79 完成时限 2024年 — equal'),
 (25, '2025年', 'task 83 完成时限 2025年 — equal'),
 (26, '2024年12月31日前', 'task 84 完成时限 2024年 — equal (last day of 2024)'),
 (27, '2024年', 'task 86 完成时限 2024年 — equal'),
 (28, '2025年', 'task 87 完成时限 2023年启动，2025年完成 — equal'),
 (29, '2024年', 'task 89 完成时限 2024年 — equal'),
 (31, '2024年', 'task 94 完成时限 2024年 — equal'),
 (32, '2025年', 'task 96 完成时限 2025年 — equal'),
 (33, '2024年', 'tasks 104/105 完成时限 2024年 — equal'),
 (34, '2025年', 'task 107 完成时限 2025年 — equal'),
 (35, '2024年', 'tasks 112/114 完成时限 2024年 — equal'),
 (36, '长期坚持', 'task 121 完成时限 长期坚持 — equal'),
]
for n, txt, why in T:
    ln = row(n)
    assert L[ln - 1].endswith(txt), (n, txt)
    m('deadline-later-than-baseline', ln, txt, 'table row %d: %s' % (n, why))
r9 = row(9)
m('deadline-invalid', r9, '2023年形成机制，长期坚持', 'table row 9 copies task 18\'s regional 完成时限 (2023年形成机制，长期坚持); a copied regional deadline before the plan year, ongoing')
m('deadline-later-than-baseline', r9, '2023年形成机制，长期坚持', 'identical to task 18\'s 完成时限')

# ---------------- near misses: units ----------------
m('unknown-unit', line('各乡镇人民政府，县直各部门（单位）：'), '县直各部门（单位）', 'collective subject (addressees)')
m('unknown-unit', row(1), '各乡镇人民政府', 'collective subject')
m('unknown-unit', row(11), '县直有关部门（单位）', 'collective subject')
m('unknown-unit', row(25), '各村（社区）', 'collective subject')
m('unknown-unit', row(2), '农业农村局', '县 prefix distributes: 县农业农村局 is in units.txt')
m('unknown-unit', row(4), '人力资源和社会保障局', '县 prefix distributes over 卫生健康局、人力资源和社会保障局、文化旅游广电局、民政局, all in units.txt')
m('unknown-unit', row(19), '统计局', '县 prefix distributes: 县统计局, 县工业信息化和商务局 are in units.txt')
m('unknown-unit', row(22), '信访局', '县 prefix distributes: 县信访局 is in units.txt')
m('unknown-unit', row(8), '县发改局', 'short name of 县发展和改革局 listed in units.txt (县工信商务局 likewise)')
m('unknown-unit', row(12), '县人社局', 'short name listed in units.txt (县卫健局 likewise)')
m('unknown-unit', row(21), '县市场监管局', 'short name of 县市场监督管理局 listed in units.txt')
m('unknown-unit', row(27), '县大数据中心', 'short name of 县大数据服务中心 listed in units.txt (县审批局 likewise)')
m('unknown-unit', row(24), '同心县气象局', 'unit outside the county government proper, listed in units.txt')
m('unknown-unit', row(31), '吴忠市生态环境局同心分局', 'city-managed branch bureau, listed in units.txt; a local unit, not a regional one')
m('unknown-unit', row(3), '同心工业园区管委会', 'listed in units.txt')
m('unknown-unit', line('主动对接市大数据管理服务局'), '市大数据管理服务局', 'city-level counterpart, listed in units.txt; the county only liaises with it')
m('unknown-unit', line('须经县大数据服务中心联合县发改局'), '县发改局', 'short name listed in units.txt')
m('unknown-unit', line('依托县委党校'), '县委党校', 'listed in units.txt')
m('unknown-unit', line('配合自治区有关部门创新'), '自治区有关部门', 'regional collective subject the county supports, not a lead of a local task')

# ---------------- near misses: text / structure ----------------
m('garbled-text', line('● 推动特色产业数字化'), '●', 'Word bullet character kept by the text export, not mojibake')
m('garbled-text', line('■ 打造泛在可及的服务体系'), '■', 'Word bullet character kept by the text export, not mojibake')
m('garbled-text', row(1), '｜', 'full-width bar used as the cell separator of the exported table')
m('deadline-invalid', line('序号    任务类别'), '完成时限',
  'repeated header line of the task table at the page break (cells separated by runs of spaces), not a task row and not a date')
m('missing-pillar', 0, None, '五个一/六级贯通 are taken up by 二、完善“一套体系” (健全组织机构, 厘清层级职责 “六级贯通”, 完善工作机制), as in the 吴忠 plan')
M[-1]['pillar'] = '六级贯通'
m('missing-pillar', 0, None, '党的领导 taken up by 六、加强党对数字政府建设工作的全面领导 (组织领导, 财政投入, 数字素养, 考核评价)')
M[-1]['pillar'] = '党的领导'

# ---------------- covers ----------------
cov = [
 (2, '● 推动特色产业数字化'), (3, '● 建设智慧园区'), (5, '● 完善数字经济治理'), (6, '● 深化数字普惠应用'),
 (9, '● 推进智慧县城建设'), (10, '● 推进数字乡村建设'), (11, '加快“数字供销”示范县建设，推动'), (12, '● 培育数据要素市场'),
 (14, '1.强化安全管理责任'), (15, '1.强化安全管理责任'), (17, '2.落实安全制度要求'), (18, '3.提升安全防护能力'),
 (21, '1.推动权力事项网上运行'), (22, '1.推动权力事项网上运行'), (23, '2.创新项目管理机制'), (24, '2.创新项目管理机制'),
 (25, '（二）加大财政投入'), (28, '3.开展试点示范'), (30, '1.健全数据管理机制'), (31, '1.健全数据管理机制'), (32, '1.健全数据管理机制'),
 (36, '2.深化数据高效共享'), (41, '3.促进数据开发利用'), (42, '3.促进数据开发利用'), (46, '1.用好政务云资源'),
 (47, '2.提升网络支撑能力'), (48, '2.提升网络支撑能力'), (49, '2.提升网络支撑能力'), (50, '2.提升网络支撑能力'),
 (54, '3.加强共性应用支撑'), (56, '3.加强共性应用支撑'), (64, '（一）健全组织机构'),
 (66, '(1)加强经济运行监测'), (67, '(2)推动经济政策有效衔接'), (68, '(1)推动监管精准化'), (70, '(1)推动监管精准化'),
 (71, '(3)推动监管智能化'), (72, '(2)推动监管协同化'), (73, '(2)推动监管协同化'), (74, '(3)推动监管智能化'), (75, '(3)推动监管智能化'),
 (77, '(1)提升矛盾纠纷化解能力'), (79, '(2)提升社会治安防控能力'), (80, '(3)提升公共安全保障能力'), (83, '(4)提升基层治理能力'),
 (84, '■ 打造泛在可及的服务体系'), (85, '■ 提升智慧便捷服务能力'), (86, '■ 提升智慧便捷服务能力'), (87, '■ 提升智慧便捷服务能力'),
 (88, '■ 提供优质便利的涉企服务'), (89, '■ 提供优质便利的涉企服务'), (90, '■ 拓展公平普惠的民生服务'), (93, '■ 拓展公平普惠的民生服务'),
 (94, '■ 强化生态环境数字化监测'), (95, '■ 强化生态环境数字化监测'), (96, '■ 提高自然资源利用效率'), (98, '■ 提高自然资源利用效率'),
 (101, '■ 推动绿色低碳转型'), (102, '■ 推动绿色低碳转型'), (103, '■ 提升辅助决策能力'), (104, '■ 提升行政执行能力'), (105, '■ 提升行政执行能力'),
 (107, '■ 提升行政执行能力'), (108, '■ 提升行政监督和机关事务管理水平'), (111, '■ 提升行政监督和机关事务管理水平'),
 (112, '■ 完善政务公开平台'), (114, '■ 发挥政务新媒体传播优势'), (115, '■ 畅通政民互动渠道'),
 (116, '（一）加强组织领导'), (118, '（三）提升数字素养'), (123, '（四）强化考核评价'), (124, '（四）强化考核评价'),
]
for t, s in cov:
    c(t, line(s))
c(34, row(12)); c(121, row(36))
C.sort(key=lambda x: x['task'])

key = {
 'writer': 'blind writer, round 644; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': ['wuzhong'],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': E,
 'mustNotFlag': M,
 'covers': C,
 'notes': ('同心县 2024 实施方案 as text saved from Word: automatic numbering flattened (1． / 1. / (1)), bullets ● and ■, '
           'annex task table exported as lines with cells separated by ｜ (rows 1-18) and, after the page break, by runs of four spaces (rows 19-36), '
           'with the header line repeated at the page break. The table has its own row numbers 1-36, not regional task numbers; '
           'the note 排在第一位的为牵头单位 applies to its 责任单位 cells. Registry: units.txt (county units, towns, a few non-government units, two 吴忠 counterparts). '
           'Tasks that concern counties but are simply not taken up (e.g. 35, 59, 76, 78, 92, 99, 100) are not annotated either way; only 106 is left out on purpose.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
