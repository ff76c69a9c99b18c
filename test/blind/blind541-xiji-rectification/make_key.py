# Writes key.json; every entry's line is located by a unique substring of draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L.pop()

def ln(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0]-1], (text, hits[0])
    return hits[0]

def row(n):
    hits = [i for i, l in enumerate(L, 1) if l.startswith('%d\t' % n)]
    assert len(hits) == 1, n
    return hits[0]

def R(n, text=None):
    i = row(n)
    if text is not None:
        assert text in L[i-1], (n, text)
    return i

E, M, C = [], [], []
def e(rule, line, why, **kw): E.append(dict(rule=rule, line=line, **kw, why=why))
def m(rule, line, why, **kw): M.append(dict(rule=rule, line=line, **kw, why=why))

# ---------------- expect (planted) ----------------
e('basis-mismatch', ln('（宁政办发〔2023〕17号）附件2'), text='宁政办发〔2023〕17号',
  why='the title is 《自治区人民政府关于加强数字政府建设的实施意见》, whose 文号 is 宁政发〔2023〕17号 (cited correctly on line %d); 宁政办发 is the office series, so the 文号 does not belong to the title' % ln('根据《国务院关于加强数字政府建设的指导意见》'))
e('garbled-text', R(6, '褰曞強璐ｄ换娓呭崟'), text='褰曞強璐ｄ换娓呭崟',
  why='UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 录及责任清单，分类分级开 (编制县级公共数据开放目录及责任清单，分类分级开放…)')
e('unknown-unit', R(8, '县大数据局牵头'), text='县大数据局',
  why='no such county unit: units.txt lists 县大数据服务中心 (short 县大数据中心), used in every other data/platform row; 县大数据局 is neither a name nor an alias there')
e('deadline-later-than-baseline', R(9, '2025年6月底'), text='2025年6月底',
  why='row maps to task 48 (城域网升级改造，区市县乡村5级全覆盖; 各市、县（区）具体负责), 完成时限 2024年; 2025年6月底 is later (and contradicts the draft\'s own goal on line %d that these gaps close by 2024年底)' % ln('到2024年底，督查反馈问题整改完成率'))
e('unknown-unit', R(10, '自治区党委政法委牵头'), text='自治区党委政法委',
  why='a regional body named as the lead (牵头) of a local rectification task; copied from task 49\'s 责任单位. A county plan cannot assign the region; the county lead should be 县委政法委')
e('deadline-later-than-baseline', R(24, '2025年12月底'), text='2025年12月底',
  why='row maps to task 86 (迭代升级“我的宁夏”政务APP，应上尽上; 各市、县（区）配合), 完成时限 2024年; 2025年12月底 is later')
e('deadline-invalid', R(28, '2023年12月底'), text='2023年12月底',
  why='a deadline before the year the document is issued (印发 2024年7月26日, line 6): impossible for a rectification ordered in July 2024. Not later than the baseline: task 98 (智慧林草云平台) is due 2024年')

# ---------------- mustNotFlag (near misses) ----------------
m('basis-mismatch', ln('西政办发〔2024〕52号'), text='西政办发〔2024〕52号', why='the document\'s own 文号 (issuing number of this notice), not a cited basis document')
m('basis-mismatch', ln('根据《国务院关于加强数字政府建设的指导意见》'), text='国发〔2022〕14号', why='correct title and 文号 of the national guiding opinion')
m('basis-mismatch', ln('根据《国务院关于加强数字政府建设的指导意见》'), text='宁政发〔2023〕17号', why='correct title and 文号 of the regional 实施意见')
m('basis-mismatch', ln('对照宁政发〔2023〕17号文件附件2'), text='宁政发〔2023〕17号文件', why='short reference by 文号 alone, the correct number')
m('basis-mismatch', ln('《关于反馈数字政府建设专项督查发现问题的函》'), text='《关于反馈数字政府建设专项督查发现问题的函》', why='the 督查 feedback letter that triggered the plan, named as a past event; not a basis document of the digital-government cascade, no 文号 given')
m('basis-mismatch', ln('宁政办发〔2020〕14号'), text='宁政办发〔2020〕14号', why='retrospective mention of the 2020 工作要点 (2020年以来，我县按照…先后建成…), correct title and number; not cited as the basis of this plan')
m('deadline-invalid', ln('宁政办发〔2020〕14号'), text='2020年', why='past dates in the background (2020年以来, the 2020 document\'s title), not deadlines')
m('deadline-invalid', ln('2024年6月11日至14日'), text='2024年6月11日至14日', why='the 督查\'s own dates (on-site inspection), background, not a deadline')
m('deadline-later-than-baseline', ln('2024年8月10日前报送整改方案'), text='2024年8月10日前', why='the 督查 office\'s reporting date for this plan (and 12月底前报送整改情况), not a task deadline')
m('deadline-invalid', ln('（一）统筹推进力度不够。2023年机构改革后'), text='2023年', why='problem told with a past date (2023年机构改革后), background, not a deadline')
m('deadline-invalid', ln('截至2024年5月底，全县政务信息系统迁移上云率仅为46%；'), text='2024年5月底', why='a status date (截至…), background')
m('deadline-invalid', ln('（六）安全保障和制度建设存在短板'), text='2023年', why='past date of an earlier security inspection, background; the same mention recurs on line %d' % ln('对2023年网络安全检查发现的问题逐项复查整改'))
m('deadline-later-than-baseline', ln('到2024年底，督查反馈问题整改完成率'), text='2024年底', why='goal equal to the region: 电子政务外网/政务云 tasks 47, 48, 46 are due 2024年')
m('deadline-later-than-baseline', ln('到2025年，督查反馈问题全部整改到位'), text='2025年', why='goal equal to the regional 主要目标 到2025年…“34567”体系框架全面成型')
m('deadline-invalid', R(1), text='2023年', why='problem column: past date and the situation then (2023年机构改革后), not a deadline')
m('deadline-later-than-baseline', R(1), text='2024年8月底', why='task 64 (各地各部门参照自治区做法，成立相应的组织机构; 各市、县（区）负责) is due 2025年; earlier')
m('deadline-invalid', R(2), text='2019年', why='past date in the measure (2019年以来…建设的项目), scope of the inventory, not a deadline')
m('deadline-later-than-baseline', R(2), text='2024年9月底', why='task 23 (一体化数字资源管理系统，“一本账”) is due 2024年; earlier')
m('deadline-later-than-baseline', R(4), text='2024年12月底', why='task 29 (自治区统一的政务数据平台) is 2023年启动，2025年完成; earlier than the completing milestone')
m('deadline-invalid', R(5), text='2023年', why='problem told with a past date (2023年县直部门电子公文归档率不足60%); the row\'s deadline 2024年12月底 equals task 40 (2024年)')
m('deadline-invalid', R(8), text='2024年5月底', why='status date in the problem column (截至2024年5月底); row deadline 2024年12月底 equals task 46 (2024年)')
m('deadline-invalid', R(9), text='2023年', why='problem column: past plan that was missed (2023年计划接入…未完成), not the row\'s deadline; the row\'s real error is its 整改时限, see expect')
m('deadline-later-than-baseline', R(10), text='2025年6月底', why='task 49 (全区统一的视频共享平台，“视频一张网”) is due 2025年; earlier')
m('deadline-later-than-baseline', R(11), text='2024年12月底', why='task 56 (非税收入收缴电子化) is due 2025年; earlier (also equal to task 55, 2024年, if read as the 公共支付 task)')
m('deadline-later-than-baseline', R(13), text='2024年12月底', why='task 2 (产业云，上云) is 2023年启动，2024年取得明显成效; equal')
m('deadline-later-than-baseline', R(14), text='持续推进，2025年取得明显成效', why='copied verbatim from task 3 (智慧园区): 持续推进，2025年取得明显成效; equal')
m('deadline-later-than-baseline', R(15), text='2024年12月底', why='task 7 (国家智慧教育平台) is 2023年形成试点经验，2025年取得明显成效; the completing milestone is 2025, so 2024年12月底 is earlier')
m('deadline-invalid', R(17), text='2023年', why='problem column: past date (2023年确定的3个试点村), not a deadline; row deadline 2025年12月底 equals task 10 (2025年)')
m('deadline-later-than-baseline', R(18), text='2025年12月底', why='task 12 (数据要素市场) is due 2025年; equal year')
m('deadline-later-than-baseline', R(19), text='2024年12月底', why='task 66 (宁夏经济运行大数据平台) is due 2025年; earlier')
m('deadline-later-than-baseline', R(22), text='2025年6月底', why='task 83 (互联网+基层治理) is due 2025年; earlier')
m('deadline-later-than-baseline', R(27), text='2025年6月底', why='task 96 (互联网+城乡供水) is due 2025年; earlier')
m('deadline-later-than-baseline', R(31), text='2024年12月底', why='tasks 112 and 115 are both due 2024年; equal')
m('deadline-later-than-baseline', ln('（一）自查整改阶段'), text='8月5日前', why='the office\'s own internal schedule (phases 2024年7月下旬至8月底, 9月至11月, 12月) and reporting dates, not task deadlines')
m('deadline-later-than-baseline', ln('（二）集中攻坚阶段'), text='每月25日前', why='the office\'s own monthly reporting date')
m('deadline-later-than-baseline', ln('（三）验收销号阶段'), text='12月20日前', why='the office\'s own date for the rectification summary; 对整改时限在2025年的问题 refers back to the table, not a new deadline')
for n, d, task, due, rel in [
        (3, '2024年10月底', 21, '2024年', 'earlier'),
        (5, '2024年12月底', 40, '2024年', 'equal'),
        (6, '2024年11月底', 41, '2024年', 'earlier'),
        (7, '2024年12月底', 42, '2024年', 'equal'),
        (8, '2024年12月底', 46, '2024年', 'equal'),
        (12, '2024年12月底', 57, '2024年', 'equal'),
        (16, '2025年6月底', 8, '持续推进，2025年取得明显成效', 'earlier'),
        (17, '2025年12月底', 10, '持续推进，2025年取得明显成效', 'equal'),
        (20, '2024年12月底', 71, '2024年', 'equal'),
        (21, '2024年12月底', 77, '2024年', 'equal'),
        (23, '2024年10月底', 84, '2024年', 'earlier'),
        (25, '2024年12月底', 93, '2024年', 'equal'),
        (26, '2024年12月底', 94, '2024年', 'equal'),
        (29, '2024年9月底', 104, '2024年', 'earlier'),
        (30, '2024年10月底', 105, '2024年', 'earlier')]:
    m('deadline-later-than-baseline', R(n, d), text=d, why='task %d is due %s; %s' % (task, due, rel))
m('unknown-unit', R(2), text='县直各部门（单位）', why='collective subject')
m('unknown-unit', R(3), text='县直有关部门', why='collective subject')
m('unknown-unit', R(9), text='各乡镇人民政府', why='collective subject')
m('unknown-unit', R(12), text='县发改局', why='short name listed in units.txt (县发展改革局 = 县发改局)')
m('unknown-unit', R(14), text='县工信商务局', why='short name listed in units.txt (县工业信息化和商务局 = 县工信商务局)')
m('unknown-unit', R(14), text='固原市生态环境局西吉分局', why='city-level branch office in the county, listed in units.txt')
m('unknown-unit', R(16), text='县卫健局', why='short name listed in units.txt (县卫生健康局 = 县卫健局)')
m('unknown-unit', R(19), text='工业信息化和商务局', why='the 县 prefix distributes over the list 县统计局、工业信息化和商务局 → 县工业信息化和商务局, listed in units.txt')
m('unknown-unit', R(11), text='西吉县税务局', why='a unit outside the county government proper (vertical tax office), listed in units.txt')
m('unknown-unit', R(23), text='县审批局', why='short name listed in units.txt (县审批服务管理局 = 县审批局)')
m('unknown-unit', R(25), text='县政府办', why='short name listed in units.txt (县人民政府办公室 = 县政府办)')
m('unknown-unit', ln('主动对接自治区政府办公厅争取数据回流'), text='自治区政府办公厅', why='a regional body mentioned as a contact to approach, not as the responsible or lead unit of a task')
m('unknown-unit', ln('7月8日，自治区人民政府督查室'), text='自治区人民政府督查室', why='the regional 督查 office that sent the feedback (and receives the report, line %d); a regional unit of the baseline (task 109), not a local responsible unit' % ln('（三）验收销号阶段'))
m('unknown-unit', ln('依托宁夏干部教育培训网络学院'), text='宁夏干部教育培训网络学院', why='a training platform the county relies on (依托), not a responsible unit; the responsible unit on that line is 县委组织部, listed')
m('unknown-unit', ln('（一）加强组织领导。县数字政府建设领导小组'), text='县数字政府建设领导小组', why='the county leading group, listed in units.txt')
m('garbled-text', ln('12345政务服务便民热线为枢纽'), text='“我的宁夏”政务APP', why='ordinary mixed Chinese/Latin/digits (APP, 12345), not mojibake')
m('garbled-text', R(6), text='依托自治区统一的公共数据开放平台', why='the intact text before the damaged run on the same line must not be counted as damage')

# ---------------- covers ----------------
for n, t in [(1, 64), (2, 23), (3, 21), (4, 29), (5, 40), (6, 41), (7, 42), (8, 46), (9, 48), (10, 49),
             (11, 56), (12, 57), (13, 2), (14, 3), (15, 7), (16, 8), (17, 10), (18, 12), (19, 66), (20, 71),
             (21, 77), (22, 83), (23, 84), (24, 86), (25, 93), (26, 94), (27, 96), (28, 98), (29, 104), (30, 105),
             (31, 112), (31, 115)]:
    C.append(dict(task=t, line=R(n)))
C.append(dict(task=116, line=ln('（一）加强组织领导。县数字政府建设领导小组')))
C.append(dict(task=14, line=ln('（三）守牢安全底线。各责任单位')))
C.append(dict(task=18, line=ln('（三）守牢安全底线。各责任单位')))
C.append(dict(task=25, line=ln('（四）强化资金保障。')))

key = dict(
    writer='blind writer, round 541; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    written='2026-12-07',
    draft='draft.txt',
    also=[],
    baseline='ningxia-2023',
    build=None,
    parents=[],
    units='units.txt',
    planYear=2024,
    expect=E,
    mustNotFlag=M,
    covers=C,
    notes=('西吉县 (固原市) rectification plan of 2024-07-26 after the regional 数字政府 督查 of June 2024; checked against ningxia-2023 only, no parent plan '
           '(the county\'s city 固原 has no plan in the seeds, and the draft cites none). units.txt is the county registry written for this case. '
           'Table rows: 序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限 | 对应自治区任务; the deadline of a row is its 整改时限 cell; dates in the 存在问题 cell are past facts. '
           'On purpose every row maps to a regional task due 2024 or 2025 (none to a task due 2023), so that a correct 2024 rectification deadline never has to be later than the region (a row for an overdue 2023 task would be late by nature and was avoided). '
           'Tasks due 2023 that the county also owes (14, 18, 25, 116) are taken up only in undated 整改要求 paragraphs. '
           'Line %d says the first unit listed in a cell is the lead. Planted: 7 (basis 1, garbled 1, unknown-unit 2, deadline-later 2, deadline-invalid 1). '
           'task-uncovered is not annotated: a rectification plan addresses only the tasks the 督查 found behind.') % ln('注：责任单位有多个的'),
)
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(M), len(C))
