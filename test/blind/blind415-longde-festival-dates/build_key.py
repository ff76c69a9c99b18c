#!/usr/bin/env python3
# Helper kept by the blind writer: finds each annotated line in draft.txt by a unique
# substring (1-based), checks the `text` occurs on that line, and writes key.json.
import json

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def ln(needle):
    hits = [i + 1 for i, l in enumerate(lines) if needle in l]
    assert len(hits) == 1, (needle, hits)
    return hits[0]

def entry(rule, needle, text=None, why='', **extra):
    n = ln(needle)
    if text is not None:
        assert text in lines[n - 1], (text, n)
    e = {'rule': rule, 'line': n}
    if text is not None:
        e['text'] = text
    e.update(extra)
    e['why'] = why
    return e

expect = [
    entry('basis-mismatch', '《自治区人民政府关于加强数字政府建设的实施方案》',
          '自治区人民政府关于加强数字政府建设的实施方案',
          'wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the drafter wrote 实施方案 (the county document\'s own genre) for the region\'s 实施意见'),
    entry('deadline-later-than-baseline', '做优“我的宁夏”隆德专区', '2025年6月底前',
          'task 86 (迭代升级“我的宁夏”政务APP, 应上尽上) 完成时限 2024年; the county sets mid-2025'),
    entry('deadline-later-than-baseline', '推进适老化与信息无障碍建设', '2025年春节前',
          'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; 2025年春节 is 2025-01-29, so "2025年春节前" runs into 2025, later than the region (unlike 2025年元旦前, which ends 2024-12-31)'),
    entry('deadline-invalid', '构建政务新媒体矩阵', '2023年国庆节前',
          'the plan is issued 2024-01-22 (line 6); a deadline of before 2023-10-01 had already passed (left over from a 2023 draft). Regional task 114 is due 2024, so this is not a copy of a regional date'),
    entry('unknown-unit', '强化政务云支撑', '县信息中心',
          'not in units.txt; the county body is 县大数据服务中心 (县大数据中心). 县信息中心 is an old name the drafter carried over'),
    entry('unknown-unit', '加强经济数据汇聚治理', '县人社厅',
          'not in units.txt: a county has no 厅; the unit is 县人力资源和社会保障局 (县人社局)'),
]

M = []
def nf(rule, needle, text, why):
    M.append(entry(rule, needle, text, why))

# basis documents
nf('basis-mismatch', '《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct title and 文号 of the national guiding opinion')
nf('basis-mismatch', '《数字宁夏“1244+N”行动计划实施方案》', '宁政办发〔2023〕11号', 'a further regional basis cited exactly as the 吴忠 plan (seed) cites it; not the baseline and not superseded by it')
nf('basis-mismatch', '宁政办发〔2020〕14号', '宁政办发〔2020〕14号', 'retrospective mention in 发展基础 (what the county has done since 2020), not cited as a basis; title and 文号 are correct')
nf('basis-mismatch', '隆政发〔2024〕5号', '隆政发〔2024〕5号', "the document's own 文号, not a citation")
nf('basis-mismatch', '对照自治区实施意见确定的', '自治区实施意见', 'correct short reference to the regional 实施意见')
# dates: holidays and seasons within the region's year
nf('deadline-later-than-baseline', '（一）健全组织机构。参照自治区做法', '2024年春节前', 'county leading group = task 64 (各地各部门参照自治区做法成立相应的组织机构, 各市、县（区）负责) 完成时限 2025年; 2024年春节前 (2024-02-10) is earlier. Task 60 (充实自治区领导小组, 2023年) is the regional body\'s own task, 自治区政府办公厅负责')
nf('deadline-later-than-baseline', '确定1名数字政府建设联络员', '2024年春节前', "the office's own reporting date (联络员名单备案), not a task deadline")
nf('deadline-later-than-baseline', '推进教育数字化', '2024年秋季学期开学前', 'task 7 (国家智慧教育平台整省试点) 完成时限 2023年形成试点经验，2025年取得明显成效; start of the 2024 autumn term is earlier')
nf('deadline-later-than-baseline', '推动行政权力事项网上运行', '2024年年中', 'task 21 (行政许可管理信息系统, 行政权力事项网上运行) 完成时限 2024年; mid-2024 is within the year')
nf('deadline-later-than-baseline', '促进数据开放利用', '2025年元旦前', 'task 41 (公共数据开放目录及责任清单) 完成时限 2024年; before 2025-01-01 means by 2024-12-31, equal to the region')
nf('deadline-later-than-baseline', '强化政务云支撑', '2024年国庆节前', 'task 43 (政务云向政务信创云过渡) 完成时限 2024年建成，持续推进 (also task 19: 2023年启动，2024年建成; task 46: 2024年); before 2024-10-01 is within 2024')
nf('deadline-later-than-baseline', '建设“视频一张网”', '2025年国庆节前', 'task 49 (视频共享平台, 视频一张网) 完成时限 2025年 (task 81 视频指挥调度体系 also 2025年); before 2025-10-01 is within 2025')
nf('deadline-later-than-baseline', '推进“智慧应急”建设', '2024年汛期前', 'task 80 (智慧应急) 完成时限 2024年; the 2024 flood season begins in early summer, so the date is within 2024')
nf('deadline-invalid', '落实安全制度要求', '春节期间', 'holidays named as a recurring schedule (每年春节、国庆节前 checks, 春节期间值班值守), no year and no deadline')
nf('deadline-later-than-baseline', '落实安全制度要求', '每年春节、国庆节前', 'a recurring check before each Spring Festival and National Day, no year; not a deadline for any task (task 17 is not dated in this draft)')
nf('deadline-later-than-baseline', '提升“一网通办”水平', '节假日错峰', 'a service arrangement (节假日错峰延时服务), not a deadline; the row deadline 2024年底前 equals task 84 (2024年)')
# ordinary dates equal to or earlier than the region
nf('deadline-later-than-baseline', '推进特色产业数字化', '2024年底前取得明显成效', 'task 2 (产业云, 产业数字化) 完成时限 2023年启动，2024年取得明显成效; equal')
nf('deadline-later-than-baseline', '建设“智慧园区”', '持续推进，2025年取得明显成效', 'task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; equal')
nf('deadline-later-than-baseline', '推进“数字供销”建设', '2025年取得明显成效', 'task 11 (数字供销) 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone is equal')
nf('deadline-later-than-baseline', '提升安全保障能力。', '2023年形成机制，长期坚持', 'task 18 完成时限 2023年形成机制，长期坚持, copied verbatim; equal')
nf('deadline-invalid', '提升安全保障能力。', '2023年形成机制，长期坚持', 'a copied regional deadline (task 18) that lies before the plan year, with an ongoing flag; not an impossible date')
nf('deadline-later-than-baseline', '推进专网整合', '2024年9月底前', 'task 50 (非涉密业务专网整合迁移) 完成时限 2024年; earlier')
nf('deadline-later-than-baseline', '提升网络支撑能力', '2024年底前', 'tasks 47 and 48 (外网升级, 城域网改造, 区市县乡村5级全覆盖) 完成时限 2024年; equal')
nf('deadline-later-than-baseline', '加强经济运行监测', '2024年底前', 'task 66 (宁夏经济运行大数据平台) 完成时限 2025年; earlier')
nf('deadline-later-than-baseline', '推进基层减负', '2025年6月底前', 'task 106 (填表报数系统, 压减基层工作量) 完成时限 2025年; within 2025')
nf('deadline-later-than-baseline', '推进公共资源交易全流程数字化', '2024年底前取得明显成效', 'task 108 完成时限 长期推进，2024年取得明显成效; equal')
nf('deadline-later-than-baseline', '提高基层社会治理能力', '2025年底前', 'task 83 (互联网+基层治理) 完成时限 2025年; equal')
nf('deadline-later-than-baseline', '到2024年底，县、乡、村三级电子政务外网', '2024年底', 'goals match tasks 48 and 43 (2024年) and task 106 (2025年); equal or earlier; no 2023 regional goal is restated')
nf('deadline-later-than-baseline', '到2025年，全县数字政府建设体系框架全面成型', '2025年', 'the region\'s 主要目标 puts the full framework at 到2025年; equal')
nf('deadline-later-than-baseline', '到2035年，与政府治理能力现代化相适应', '2035年', 'the region\'s 2035 goal; equal')
# office's own reporting dates and background
nf('deadline-invalid', '于2024年2月29日前将本方案任务分解台账', '2024年2月29日', 'a real date (2024 is a leap year); the office\'s own reporting date')
nf('deadline-later-than-baseline', '于2024年2月29日前将本方案任务分解台账', '12月10日前', "the office's own reporting dates (台账, quarterly progress, annual summary), not task deadlines")
nf('deadline-invalid', '全县政务服务事项网上可办率达到93.6%', '2023年', 'a past date in the background (发展基础), not a deadline')
# units
nf('unknown-unit', '（一）健全组织机构。参照自治区做法', '县政府办公室', 'official short name of 县人民政府办公室 in units.txt')
nf('unknown-unit', '建设“智慧园区”', '县发改局', 'short name of 县发展和改革局 in units.txt')
nf('unknown-unit', '加强重点领域追溯监管', '农业农村局', 'prefix distributes: 县市场监管局、农业农村局、卫生健康局 = 县农业农村局, 县卫生健康局, both in units.txt')
nf('unknown-unit', '强化安全管理责任', '县直各部门（单位）', 'collective subject; so is 各乡镇人民政府')
nf('unknown-unit', '推进专网整合', '县直有关部门', 'collective subject')
nf('unknown-unit', '提升生态环境监测能力', '固原市生态环境局隆德分局', 'the city bureau\'s county branch, listed in units.txt')
nf('unknown-unit', '提升网络支撑能力', '中国电信隆德分公司', 'operator outside government, listed in units.txt')
nf('unknown-unit', '推进“智慧应急”建设', '县气象局', 'short name of 隆德县气象局 in units.txt')
nf('unknown-unit', '推进非税收入收缴电子化', '县教体局', 'short name of 县教育体育局 in units.txt')
nf('unknown-unit', '（三）提升数字素养', '县委党校', 'in units.txt')
nf('unknown-unit', '推进数据融合应用', '国网隆德县供电公司', 'utility outside government, listed in units.txt')
nf('unknown-unit', '推进“数字供销”建设', '县供销社', 'short name of 县供销合作社联合社 in units.txt')
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一',
          'why': 'the 五个一/六级贯通 work system is taken up by content in 三、健全工作体系 (lines %d-%d: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), as the 吴忠 plan folds it into 一套体系' % (ln('三、健全工作体系'), ln('（三）完善工作机制'))})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '六级贯通',
          'why': 'line %d: 按照自治区“六级贯通”的数字政府建设层级架构, county and township/village roles' % ln('（二）厘清层级职责')})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入',
          'why': 'line %d: （二）加大财政投入' % ln('（二）加大财政投入')})

covers_spec = [
    (64, '（一）健全组织机构。参照自治区做法'),
    (2, '推进特色产业数字化'), (3, '建设“智慧园区”'), (5, '完善数字经济治理'),
    (7, '推进教育数字化'), (8, '深化“互联网+医疗健康”应用'), (10, '推进数字乡村建设'),
    (11, '推进“数字供销”建设'), (12, '培育数据要素市场'),
    (14, '强化安全管理责任'), (15, '强化安全管理责任'), (17, '落实安全制度要求'), (18, '提升安全保障能力。'),
    (21, '推动行政权力事项网上运行'), (24, '创新项目管理机制'), (28, '开展试点示范'),
    (30, '完善数据管理机制'), (32, '完善数据管理机制'), (36, '深化数据共享'),
    (41, '促进数据开放利用'), (42, '推进数据融合应用'), (40, '规范电子公文和档案管理'), (54, '规范电子公文和档案管理'),
    (43, '强化政务云支撑'), (47, '提升网络支撑能力'), (48, '提升网络支撑能力'), (50, '推进专网整合'),
    (49, '建设“视频一张网”'), (52, '推进电子证照应用'), (56, '推进非税收入收缴电子化'), (57, '完善信用信息服务'),
    (65, '加强经济数据汇聚治理'), (66, '加强经济运行监测'), (70, '推进信用风险分类监管'), (71, '加强重点领域追溯监管'),
    (77, '提升矛盾纠纷化解能力'), (79, '提升社会治安防控能力'), (80, '推进“智慧应急”建设'), (83, '提高基层社会治理能力'),
    (84, '提升“一网通办”水平'), (86, '做优“我的宁夏”隆德专区'), (93, '推进适老化与信息无障碍建设'), (90, '推进公共场馆数字化'),
    (94, '提升生态环境监测能力'), (96, '推进数字治水'), (98, '推进“智慧林草”应用'), (102, '推动绿色低碳转型'),
    (104, '提升行政执行能力'), (105, '提升行政执行能力'), (106, '推进基层减负'), (107, '整合视频会议资源'),
    (108, '推进公共资源交易全流程数字化'), (111, '提升机关事务管理水平'),
    (112, '提升政府信息公开水平'), (114, '构建政务新媒体矩阵'), (115, '畅通政民互动渠道'),
    (116, '（一）加强组织领导'), (25, '（二）加大财政投入'), (118, '（三）提升数字素养'),
    (122, '（四）强化考核评价'), (123, '（四）强化考核评价'), (124, '（四）强化考核评价'),
]
covers = [{'task': t, 'line': ln(s)} for t, s in covers_spec]

key = {
    'writer': 'blind writer, round 415; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-06',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('隆德县 (固原市) plan issued 2024-01-22 against 宁政发〔2023〕17号 only (no city plan as parent). '
              'The office writes many deadlines by holidays and seasons. Reading used in this key: 春节 2024 = 2024-02-10, '
              '春节 2025 = 2025-01-29, 元旦前 of year N = by the end of year N-1, 国庆节前 = before 1 October, '
              '汛期前 = before the summer flood season of that year, 年中 = mid-year, 秋季学期开学前 = before September. '
              'A holiday date is late only when it falls after the end of the region\'s year: 2025年春节前 for a 2024 task is late, '
              '2025年元旦前 for a 2024 task is not. Tasks the region dates 2023 carry no county date except the verbatim copy '
              'for task 18 (line %d). Holidays at line %d are a recurring schedule, not deadlines.' % (ln('提升安全保障能力。'), ln('落实安全制度要求'))),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
open('key.json', 'a', encoding='utf-8').write('\n')
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text'))
