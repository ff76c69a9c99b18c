# Builds key.json, locating every line by a unique substring of draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, nth=None):
    hits = [i + 1 for i, t in enumerate(L) if sub in t]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def row(n):
    # line of task-list row n (rows start with the number and a tab)
    hits = [i + 1 for i, t in enumerate(L) if t.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def check(line, text):
    assert text in L[line - 1], (line, text, L[line - 1])

expect = []
def E(rule, line, text=None, why='', **kw):
    if text:
        check(line, text)
    d = {'rule': rule, 'line': line}
    if text: d['text'] = text
    d.update(kw); d['why'] = why
    expect.append(d)

E('basis-mismatch', ln('宁政发〔2023〕71号'), '宁政发〔2023〕71号',
  '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); 71 is a digit swap')
E('unknown-unit', row(2), '县经信局',
  'not in units.txt: the county body is 县工业信息化和商务局 (县工信商务局); 县经信局 is the pre-reform name; it is the lead of task-list row 2 (regional task 3)')
E('deadline-later-than-baseline', row(13), '2025年底前',
  'task-list row 13 takes up regional task 41 (编制公共数据开放目录及相关责任清单，分类分级开放公共数据), 完成时限 2024年; the draft says 2025年底前')
E('deadline-invalid', row(28), '20244年',
  'impossible year (a doubled 4 for 2024年); row 28 takes up regional task 84, 完成时限 2024年')
E('garbled-text', ln('寤虹珛鏀垮姟'), '寤虹珛鏀垮姟鏁版嵁',
  'UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立政务数据供需对接机制')
expect.append({'rule': 'task-uncovered', 'line': 0, 'task': 93,
  'why': 'deliberately left out: 各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 (自治区各部门(单位)及各市、县(区)按照职能分别负责, 2024年); the draft says nothing about 适老化, 信息无障碍, 老年人 or 残疾人'})

M = []
def N(rule, line, text=None, why=''):
    if text:
        check(line, text)
    d = {'rule': rule, 'line': line}
    if text: d['text'] = text
    d['why'] = why
    M.append(d)

N('unknown-unit', 3, '县直各部门（单位）', 'collective subject (addressees of the office letter)')
N('unknown-unit', 3, '各乡镇人民政府', 'collective subject')
N('deadline-invalid', 4, '2024年3月22日前', "the office's own deadline for departments' feedback on the draft, not a task deadline")
N('deadline-later-than-baseline', 4, '2024年3月22日前', "the office's own feedback date, not a task deadline")
N('deadline-invalid', 9, '2024年3月12日', 'date of the office letter')
N('basis-mismatch', 2, '《永宁县关于加强数字政府建设的实施方案（征求意见稿修改稿）》', "the draft's own title in the covering letter, not a basis document")
N('basis-mismatch', ln('国发〔2022〕14号'), '国发〔2022〕14号', 'correct title and 文号 of the national guiding opinion')
N('basis-mismatch', ln('宁政办发〔2023〕11号', 0), '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan')
N('basis-mismatch', ln('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号', 'retrospective mention in the 工作基础 background (2020年以来…按照…部署); correct title and 文号; not cited as a basis of this plan')
N('deadline-invalid', ln('宁政办发〔2020〕14号'), '2023年', 'past dates (2020年以来, 2023年) in the background paragraph describing work already done')
N('unknown-unit', ln('〔请县农业农村局核实验收时间和表述〕'), '〔请县农业农村局核实验收时间和表述〕', "the office's bracketed note to a department; 县农业农村局 is in units.txt and the note assigns no task")
N('deadline-later-than-baseline', ln('到2024年底，'), '到2024年底', '2024 goals: 电子政务外网三级全覆盖 (task 48, 2024年), 系统向政务信创云迁移 (task 43 2024年建成 / task 46 2024年), 我的宁夏 and 宁政通 推广 (tasks 86, 105, 2024年): equal; none repeats a regional 2023 goal')
N('deadline-later-than-baseline', ln('到2025年，全县'), '到2025年', '“1347”体系框架全面成型 by 2025 equals the regional goal (到2025年 “34567”体系框架全面成型)')
N('deadline-later-than-baseline', ln('到2035年'), '到2035年', 'equal to the regional 2035 goal')
N('unknown-unit', ln('〔县委编办意见'), '〔县委编办意见：领导小组名称以正式批复为准〕', "the office's bracketed note quoting a department's feedback; 县委编办 is in units.txt")
N('unknown-unit', ln('县级指挥调度中心'), '县级指挥调度中心', 'a facility to be built (region: 县（市、区）…一体化推进指挥调度中心等建设), not a responsible unit')
N('deadline-invalid', ln('每季度末月25日前'), '每季度末月25日前', "the office's own recurring reporting date, no year")
N('unknown-unit', ln('原则上不安排建设及运维经费〔请县财政局核实〕'), '〔请县财政局核实〕', "the office's bracketed note; 县财政局 is in units.txt")
N('unknown-unit', ln('将数字政府建设经费纳入年度预算〔请县财政局核实〕'), '〔请县财政局核实〕', "the office's bracketed note; 县财政局 is in units.txt")
N('unknown-unit', ln('宁夏干部教育培训网络学院'), '宁夏干部教育培训网络学院', 'a training platform the county relies on, not a responsible unit')
N('deadline-invalid', 70, '（2024年—2025年）', 'period covered by the task list (also on line 68), not a deadline')
N('deadline-later-than-baseline', row(1), '2024年6月底前', 'row 1 takes up task 64 (各地各部门参照自治区做法成立相应的组织机构), 完成时限 2025年: earlier')
N('unknown-unit', row(1), '各乡镇人民政府', 'collective subject')
N('unknown-unit', row(2), '宁夏永宁工业园区管委会', 'in units.txt')
N('deadline-later-than-baseline', row(2), '持续推进，2025年取得明显成效', 'task 3 完成时限 持续推进，2025年取得明显成效: equal')
N('unknown-unit', row(3), '卫生健康局', 'the 县 prefix distributes over the list: 县卫生健康局, 县人力资源和社会保障局, 县文化旅游广电局, 县民政局 are all in units.txt')
N('deadline-later-than-baseline', row(3), '持续推进，2025年取得明显成效', 'task 6 完成时限 持续推进，2025年取得明显成效: equal')
N('deadline-later-than-baseline', row(4), '2025年', 'task 7 完成时限 2023年形成试点经验，2025年取得明显成效: the completing milestone is 2025, equal')
N('unknown-unit', row(4), '县教体局', 'short name of 县教育体育局 in units.txt')
N('unknown-unit', row(6), '〔待定：是否单列闽宁镇数字乡村试点任务，请县农业农村局研究〕', "the office's bracketed note inside the task cell; names no new unit")
N('deadline-later-than-baseline', row(6), '持续推进，2025年取得明显成效', 'task 10 完成时限 持续推进，2025年取得明显成效: equal')
N('unknown-unit', row(7), '县发改局', 'short name of 县发展和改革局 in units.txt (a county has 发展和改革局, not 发展改革委)')
N('deadline-later-than-baseline', row(7), '2025年', 'task 12 完成时限 2025年: equal')
N('deadline-invalid', row(8), '2023年形成机制，长期坚持', 'copied verbatim from regional task 18 (完成时限 2023年形成机制，长期坚持); a copied regional deadline that lies before the plan year, ongoing')
N('deadline-later-than-baseline', row(8), '2023年形成机制，长期坚持', 'identical to task 18')
N('deadline-later-than-baseline', row(9), '2024年', 'task 43 完成时限 2024 年建成，持续推进 / task 46 2024年: equal')
N('unknown-unit', row(10), '住建局', 'distributes to 县住建局 (short name of 县住房和城乡建设局) and 县水务局')
N('deadline-later-than-baseline', row(10), '2024年', 'task 21 完成时限 2024年: equal (task 22, 审管协同, is 2025年: earlier)')
N('deadline-later-than-baseline', row(15), '2024年底前', 'task 48 完成时限 2024年: equal')
N('unknown-unit', row(16), '县直有关部门', 'collective subject')
N('deadline-later-than-baseline', row(17), '2025年', 'task 49 完成时限 2025年: equal')
N('deadline-later-than-baseline', row(19), '2025年', 'task 56 完成时限 2025年: equal')
N('unknown-unit', row(21), '工信商务局', 'distributes to 县工信商务局, short name of 县工业信息化和商务局 in units.txt; 县统计局 also listed')
N('unknown-unit', row(26), '消防救援大队', 'distributes to 县气象局 and 县消防救援大队, short names in units.txt')
N('unknown-unit', row(27), '各村（社区）', 'collective subject')
N('deadline-later-than-baseline', row(27), '2025年', 'task 83 完成时限 2025年: equal')
N('unknown-unit', row(29), '县大数据中心', 'short name of 县大数据服务中心 in units.txt')
N('unknown-unit', row(32), '银川市生态环境局永宁分局', 'the city bureau\'s county branch, listed in units.txt')
N('deadline-later-than-baseline', row(36), '2025年（此项时限待县大数据服务中心确认）', 'task 106 完成时限 2025年: equal; the parenthesis is the office\'s note asking 县大数据服务中心 to confirm, not a second deadline or a unit')
N('unknown-unit', row(36), '（此项时限待县大数据服务中心确认）', "the office's note in the deadline cell; 县大数据服务中心 is in units.txt")
N('deadline-later-than-baseline', row(38), '长期推进，2024年取得明显成效', 'task 108 完成时限 长期推进，2024年取得明显成效: equal')
N('deadline-later-than-baseline', row(39), '2025年', 'task 111 完成时限 2025年: equal')
N('deadline-invalid', ln('附：本稿与第一稿'), '2024年2月', 'date of the first draft in the change list')
N('unknown-unit', ln('“县大数据局”统一修改为'), '县大数据局', 'change list: reports that the wrong name of the first draft was replaced; not used as a responsible unit')
N('deadline-later-than-baseline', ln('第15项完成时限由'), '2025年底前', 'change list: records that row 15 was moved from 2025年底前 to 2024年底前 (task 48, 2024年); the current deadline is equal')
N('basis-mismatch', ln('宁政办发〔2023〕11号', 1), '宁政办发〔2023〕11号', 'change list mention of the added basis document; correct 文号')
N('missing-pillar', 0, None, '五个一/六级贯通 (work system): taken up as 一套体系 (健全组织机构、厘清层级职责、完善工作机制), lines 24-27 and task-list row 1')
M[-1]['pillar'] = '五个一和六级贯通的工作体系'
N('missing-pillar', 0, None, '数字生态 is taken up in 三（三）营造良好数字生态 (数据要素市场, 网络生态), lines 35-37 and row 7')
M[-1]['pillar'] = '数字生态'
N('missing-pillar', 0, None, '党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is section 六, lines 63-67')
M[-1]['pillar'] = '党的领导'

covers = []
def C(task, line):
    covers.append({'task': task, 'line': line})
C(3, row(2)); C(5, ln('完善数字经济治理体系。')); C(6, row(3)); C(7, row(4)); C(8, row(5)); C(10, row(6))
C(11, ln('配合推进“数字供销”')); C(12, row(7)); C(14, ln('强化安全管理责任。')); C(15, ln('强化安全管理责任。'))
C(18, row(8)); C(21, row(10)); C(23, row(11)); C(28, ln('开展试点示范。')); C(30, ln('完善数据管理机制。')); C(32, ln('完善数据管理机制。'))
C(33, row(12)); C(41, row(13)); C(42, row(14)); C(43, row(9)); C(48, row(15)); C(49, row(17)); C(50, row(16))
C(54, row(18)); C(56, row(19)); C(57, row(20)); C(64, row(1)); C(66, row(21)); C(70, row(22)); C(71, row(23))
C(74, ln('运用“屏、端、仪”')); C(77, row(24)); C(79, row(25)); C(80, row(26)); C(83, row(27)); C(84, row(28)); C(86, row(29))
C(88, row(30)); C(90, row(31)); C(94, row(32)); C(96, row(33)); C(97, row(34)); C(102, ln('推进水、气、土、废污染防治攻坚战'))
C(104, row(35)); C(105, row(35)); C(106, row(36)); C(107, row(37)); C(108, row(38)); C(111, row(39)); C(112, row(40)); C(114, row(40)); C(115, row(41))
C(116, ln('纳入“一把手工程”')); C(118, ln('（三）提升数字素养。')); C(123, ln('（四）强化考核评价。')); C(124, ln('（四）强化考核评价。'))

key = {
  'writer': 'blind writer, round 767; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-07',
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': [],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': expect,
  'mustNotFlag': M,
  'covers': covers,
  'notes': ('永宁县 (银川市) 实施方案, 征求意见稿修改稿 sent back to departments with the office covering letter (lines 1-9), '
            'the plan (10-67), a 41-row task list (69-117, tab-separated, header line 72, group headings on 73/75/82/96) and the change list (118-126). '
            'No parent plan is given: the 银川市 plan is referred to only as 银川市数字政府建设工作部署, without a title. '
            'Bracketed notes (〔…〕 and （此项时限待…确认）) are the office\'s own remarks to departments and must not be read as units, deadlines or damage. '
            'Regional tasks due 2023 (14, 15, 24, 25, 30, 32, 36, 116, 118, 122-124) are taken up only in undated body text, except row 8, which copies task 18\'s regional deadline verbatim.')
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
