# Builds key.json from draft.txt: every line number is looked up from a unique anchor string,
# and every `text` is checked to occur on that line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def line_of(anchor):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def row(n):
    # line of task-table row number n (rows start with the 序号 and a tab)
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(str(n) + '\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def e(rule, anchor, text=None, why='', **kw):
    ln = row(anchor) if isinstance(anchor, int) else line_of(anchor)
    if text is not None:
        assert text in LINES[ln - 1], (text, ln)
    d = {'rule': rule, 'line': ln}
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

expect = [
    e(DL, 5, '2025年6月底前', 'security assessment that is itself the task (数据安全风险评估 against the regional 数据安全防护能力评估指标体系, '
      '“可量化、可追溯、可评估”): task 16 完成时限 2024年; 2025年6月底前 is later (also later than task 17, 2023年). The 考核时间 2026年1月 on the same row is only the assessment date.'),
    e(DL, 10, '2025年9月底前', 'completion date of the 电子政务外网 upgrade is later than task 47 (完成时限 2024 年); the 验收时间 next to it (2024年12月底前) is on time, '
      'which shows the 完成时限 is the slip'),
    e(UU, 11, '自治区政府办公厅', 'wrong body: a regional body named as the lead (牵头) of a county task; the cell was copied from task 48 '
      '(“自治区政府办公厅牵头，各市、县（区）具体负责”). The county lead should be 县大数据服务中心'),
    e(UU, 7, '县数据局', 'not in units.txt (the county body for data is 县大数据服务中心 = 县大数据中心; there is no 县数据局)'),
    e(DI, 8, '2014年12月底前', 'typo for 2024年12月底前: a deadline ten years before the plan is issued (2024-03-15); task 57 is due 2024年'),
    e(BM, '加快推进数字政府建设的实施意见', '《自治区人民政府关于加快推进数字政府建设的实施意见》',
      'wrong title: the regional document is 《自治区人民政府关于加强数字政府建设的实施意见》 (宁政发〔2023〕17号), cited correctly in the preamble'),
    e(GT, '促进数据有序开发利用', '鏀垮姟鏁版嵁铻嶅悎搴旂敤', 'UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 政务数据融合应用'),
    {'rule': 'task-uncovered', 'line': 0, 'task': 114,
     'why': 'deliberately left out: 政务新媒体矩阵 (各市、县（区）分别负责, 2024年) is not mentioned anywhere; the 政务公开 paragraph covers 112/113/115 only'},
]

mnf = [
    # basis
    e(BM, '根据《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见'),
    e(BM, '根据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2023〕17号', 'correct title and 文号 of the regional 实施意见'),
    e(BM, '根据《国务院关于加强数字政府建设的指导意见》', '银川市人民政府《关于加强数字政府建设的实施方案》',
      'the city plan is cited by title alone, as county plans do; no 文号 to mismatch and no parent plan is given for this case'),
    e(BM, '自《宁夏回族自治区2020年', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background (自…印发以来); its title and 文号 match; it is not cited as a basis'),
    # deadline-invalid near misses
    e(DI, '自《宁夏回族自治区2020年', '2020年', 'past date in the background (数字乡村试点 selection), not a deadline'),
    e(DI, '2023年，全县电子政务外网实现', '2023年', 'past date in the background (what was achieved in 2023), not a deadline'),
    e(DI, '2024年3月15日', '2024年3月15日', 'issue date of the notice, not a deadline'),
    # goals
    e(DL, '到2024年底', '到2024年底', 'county goal for 2024 (信创云迁移, 外网县乡村全覆盖, “我的宁夏”应上尽上): tasks 43 (2024 年建成，持续推进), 46 (2024 年), 48 (2024 年), 86 (2024年) — equal'),
    e(DL, '到2025年，全县数字政府建设体系框架全面成型', '到2025年', 'equal to the regional 主要目标 “到2025年…体系框架全面成型”'),
    e(DL, '到2035年', '到2035年', 'equal to the regional 2035 goal'),
    # office's own dates
    e(DL, '月调度、季通报、年考核', '2024年12月20日前', "the office's own reporting dates (季度进展, 年度总结), not task deadlines"),
    # milestones
    e(DL, '开展试点示范。', '2024年启动，2025年取得明显成效', 'task 28 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal; a 2024 plan cannot start in 2023'),
    # acceptance / evaluation / assessment in prose
    e(DL, '强化电子公文和电子档案管理', '2025年3月底前', 'acceptance date (组织验收), not completion; the completion 2024年12月底前 equals tasks 40/54 (2024年)'),
    e(DL, '相关工作纳入2024年度考核', '2025年1月底前', 'annual assessment of 2024 work (年度考核), not a completion date; tasks 84/86 are due 2024年'),
    e(DL, '推进适老化与信息无障碍建设', '2025年6月底前', 'evaluation date (开展成效评估); the completion 2024年11月底前 is earlier than task 93 (2024年)'),
    e(DL, '推动基层减负', '2026年3月底前', 'evaluation date (开展成效评估); the completion 2025年6月底前 is earlier than task 106 (2025年)'),
    e(DL, '提升机关事务管理水平', '2026年一季度', 'acceptance date (组织验收); the completion 2025年底前 equals task 111 (2025年)'),
    # table rows
    e(DL, 1, '2026年1月', 'completion copies task 3 (持续推进，2025 年取得明显成效); 验收 2025年12月底前 within 2025; 考核时间 2026年1月 is the assessment date'),
    e(DL, 2, '2026年1月', 'completion 2025年 equals task 10 (持续推进，2025年取得明显成效); 2026年1月 is the assessment date'),
    e(DL, 3, '2024年10月底前', 'security assessment dated on time: 等级保护测评 of systems moving to the 信创云 (tasks 46, 2024 年; 43, 2024 年建成); '
      'task 17 (2023年) is the region building its own evaluation mechanisms (自治区党委国安办牵头, no county role), and a county cannot date 2024 work in 2023'),
    e(DL, 4, '2024年11月底前', 'security assessment dated on time: 商用密码应用安全性评估 of systems on the 信创云 using its 安全密码防护服务 (tasks 44, 2024 年; 19, 2024年建成); '
      'see the note on task 17'),
    e(DL, 6, '2025年3月底前', 'completion 2024年12月底前 equals task 21 (2024年); 2025年3月底前 is the acceptance date and 2025年1月 the assessment date'),
    e(DL, 9, '2025年3月底前', 'completion 2024年12月底前 equals task 46 (2024 年); later dates on the row are 验收/考核'),
    e(DL, 11, '2025年3月底前', 'completion 2024年10月底前 is earlier than task 48 (2024 年); 2025年3月底前 is the acceptance date'),
    e(DL, 12, '2025年6月底前', 'earlier than task 49 (2025 年); 考核 2026年1月 is the assessment date'),
    e(DL, 13, '2024年12月底前', 'earlier than task 56 (2025年)'),
    e(DL, 14, '2024年', 'equal to task 77 (2024年)'),
    e(DL, 15, '2025年', 'equal to task 83 (2025年); 2026年1月 is the assessment date'),
    e(DL, 16, '2024年6月底前', 'earlier than task 86 (2024年)'),
    e(DL, 17, '2025年2月底前', 'completion 2024年11月底前 is earlier than task 88 (2024年); 2025年2月底前 is the acceptance date'),
    e(DL, 18, '2025年', 'equal to task 96 (2025年); 2026年1月 is the assessment date'),
    e(DL, 19, '2024年9月底前', 'earlier than tasks 104/105 (2024年)'),
    e(DL, 20, '2025年6月底前', 'earlier than task 107 (2025年); 2026年1月 is the assessment date'),
    e(DL, 21, '长期推进，2024年取得明显成效', 'copies task 108 (长期推进，2024年取得明显成效) — equal'),
    e(DL, 22, '2024年', 'equal to task 112 (2024年)'),
    # units
    e(UU, '开展安全测评评估', '自治区党委网信办', 'a regional body named as the source of the deployment (按照…统一部署), not as the lead or responsible unit of a county task'),
    e(UU, '（一）健全组织机构', '县直各部门（单位）', 'collective subject; 县数字政府建设领导小组 and 县大数据服务中心 on the line are in units.txt'),
    e(UU, '（一）健全组织机构', '各乡镇人民政府', 'collective subject'),
    e(UU, 14, '信访局', 'prefix 县 distributes over the list: 县司法局、信访局 = 县司法局, 县信访局 (both in units.txt)'),
    e(UU, 15, '各村（社区）', 'collective subjects (各乡镇人民政府, 各村（社区）)'),
    e(UU, 16, '县审批局', 'short name of 县行政审批服务局 in units.txt; 县直各部门（单位） is a collective'),
    e(UU, 17, '县市场监管局', 'short name of 县市场监督管理局 in units.txt'),
    e(UU, 21, '县发改局', 'short name of 县发展和改革局 in units.txt'),
    e(UU, 19, '县政府办', 'short names of 县人民政府办公室 and 县委办公室 in units.txt'),
    e(UU, 9, '县直有关部门（单位）', 'collective subject'),
    e(UU, 4, '县委机要和保密局', 'in units.txt (county body for 密码 work)'),
    e(UU, 1, '德胜工业园区管委会', 'in units.txt, with 县工业信息化和商务局 and 贺兰工业园区管委会'),
    e(UU, '强化电子公文和电子档案管理', '县档案馆', 'in units.txt'),
    e(UU, '（三）提升数字素养', '县委党校', 'in units.txt'),
]

covers_spec = [
    (3, 1), (6, '（二）引领数字社会建设'), (10, 2), (14, '强化安全管理责任'), (15, '强化安全管理责任'),
    (16, 5), (18, '提升安全防护能力'), (21, 6), (24, '创新数字政府建设管理机制'), (28, '开展试点示范。'),
    (30, '完善数据管理机制'), (32, '完善数据管理机制'), (36, '深化数据高效共享'), (40, '强化电子公文和电子档案管理'),
    (41, 7), (46, 9), (47, 10), (48, 11), (49, 12), (50, '提升网络平台支撑能力'), (56, 13), (57, 8),
    (64, '（一）健全组织机构'), (77, 14), (79, '（三）提升精细智能的社会管理能力'), (83, 15),
    (84, '（四）提升普惠便捷的公共服务能力'), (86, 16), (88, 17), (93, '推进适老化与信息无障碍建设'), (96, 18),
    (104, 19), (105, 19), (106, '推动基层减负'), (107, 20), (108, 21), (111, '提升机关事务管理水平'), (112, 22),
    (116, '（一）加强组织领导'), (122, '（四）强化考核评价'), (124, '（四）强化考核评价'),
]
covers = [{'task': t, 'line': row(a) if isinstance(a, int) else line_of(a)} for t, a in covers_spec]

key = {
    'writer': 'blind writer, round 625; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
        '贺兰县 (under 银川市) 2024 implementation plan, issued 2024-03-15, checked against ningxia-2023 only (no 银川 plan in the seeds). '
        'The task table has 完成时限, 验收时间 and 考核时间; only 完成时限 is a deadline. Its note says the first-listed unit leads. '
        'Rows 3-5 are security assessments that are themselves the task, so their 完成时限 is a real deadline: rows 3 and 4 (2024) are on time, row 5 (2025) is late. '
        'Reading that two reviewers may differ on: rows 3 and 4 also echo task 17 (2023年, 建立健全…密码应用安全性评估的机制, 自治区党委国安办牵头, no county role); '
        'the writer reads them against the 2024 信创云/政务云 tasks (19, 43, 44, 46) and against the fact that a 2024 plan cannot date work in 2023. '
        'Regional tasks due 2023 (14, 15, 18, 30, 32, 36, 85) are taken up in undated prose on purpose. '
        'Row 10 has a late 完成时限 next to an on-time 验收时间; row 11 names a regional body as the lead. '
        'The unit table is units.txt; 自治区 units are the baseline registry.'
    ),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
