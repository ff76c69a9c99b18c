#!/usr/bin/env python3
"""Builds key.json for blind842 from the final draft.txt.

Every entry names a snippet that locates its line (`loc`, which must occur on exactly one line)
and, where given, a `text` that must occur on that same line. Line numbers are 1-based.
Run: python3 build_key.py  (writes key.json and prints a summary).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def line_of(loc):
    hits = [i + 1 for i, l in enumerate(LINES) if loc in l]
    if len(hits) != 1:
        sys.exit(f'locator {loc!r} found on lines {hits}')
    return hits[0]


def _row(n):
    """Line of task-table row n (the row starts with 'n<TAB>')."""
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(f'{n}\t')]
    if len(hits) != 1:
        sys.exit(f'row {n} found on lines {hits}')
    return hits[0]


def entry(rule, loc=None, text=None, why='', rownum=None, **extra):
    if rownum is not None:
        ln = _row(rownum)
    elif loc is not None:
        ln = line_of(loc)
    else:
        ln = 0
    if text is not None and ln:
        if text not in LINES[ln - 1]:
            sys.exit(f'text {text!r} not on line {ln}')
    e = {'rule': rule, 'line': ln}
    if text is not None:
        e['text'] = text
    e.update(extra)
    e['why'] = why
    return e


DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'
GT = 'garbled-text'
MP = 'missing-pillar'

expect = [
    entry(BM, loc='宁政办发〔2023〕17号', text='宁政办发〔2023〕17号',
          why='the cited title 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府 series, gazette 2023年第10期); '
              '宁政办发 is the 政府办公厅 series, so the 文号 does not belong to the title'),
    entry(GT, loc='鏁版嵁鍏变韩', text='鏁版嵁鍏变韩',
          why='UTF-8 bytes of 数据共享 read as GBK (re-encode as GBK, decode as UTF-8 gives 数据共享); the sentence reads 推进跨部门、跨层级数据共享和业务协同'),
    entry(DL, rownum=22, text='2025年6月底前',
          why='row 22 (城域网升级改造, 电子政务外网区、乡、村三级全覆盖) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024 年; '
              '2025年6月底前 is later (the draft\'s own 主要目标, line 13, also says 到2024年底)'),
    entry(DI, rownum=31, text='9月31日',
          why='impossible date: September has 30 days. The row is regional task 71 (全链条数字化追溯监管), 完成时限 2024年, so the year itself is not late'),
    entry(UU, rownum=29, text='区经信局',
          why='not in units.txt; 区经信局 (经济和信息化局) is the pre-reform name of what is now 区工业信息化和商务局 (区工信商务局). '
              'The rest of the cell, 统计局 (= 区统计局 by prefix), is valid'),
]

M = []  # mustNotFlag

# ---- citations and old documents ----
M += [
    entry(BM, loc='宁政办发〔2023〕11号', text='宁政办发〔2023〕11号',
          why='《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） cited exactly as the 吴忠 plan cites it; a different document from the 实施意见'),
    entry(BM, loc='确定的“1347”体系框架', text='关于加强数字政府建设的实施方案',
          why='parent city plan cited by its correct title alone (as on line 7); the 吴忠 plan carries no 文号 in its text'),
    entry(BM, loc='宁政办发〔2020〕14号', text='宁政办发〔2020〕14号',
          why='retrospective mention of the 2020 工作要点 (correct 文号) in the background paragraph, not a basis of this plan'),
    entry(BM, loc='加快落实《数字中国建设整体布局规划》', text='数字中国建设整体布局规划',
          why='national plan named in the 指导思想 (as the regional 实施意见 does), not cited as a basis, no 文号 given'),
    entry(BM, loc='《利通区关于加强数字政府建设的实施方案》已经', text='利通区关于加强数字政府建设的实施方案',
          why="the plan's own title in the covering notice"),
]

# ---- past dates, issue date, background ----
M += [
    entry(DI, loc='2024年3月18日', text='2024年3月18日', why='issue date of the notice, not a deadline'),
    entry(DI, loc='2022年，区政务服务大厅', text='2022年', why='past date in the background paragraph'),
    entry(DL, loc='2023年，全区政务服务事项网上可办率', text='2023年',
          why='past achievement in the background (宁政通 in 区直部门 2023); not a deadline; even read as one it is earlier than task 105 (2024年)'),
    entry(DI, loc='《宁夏回族自治区2020年', text='2020年', why='year inside the title of an old document mentioned retrospectively'),
    entry(DI, loc='附件：利通区数字政府建设重点任务清单（2024年—2025年）', text='2024年—2025年',
          why='period of the annexed task list (mirrors the region\'s 2023年—2025年 title), not a deadline'),
]

M += [
    entry(DI, loc='《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）', text='〔2022〕',
          why='year inside a 文号, not a deadline'),
    entry(DI, loc='（宁政办发〔2023〕11号）部署', text='〔2023〕',
          why='year inside the 文号 of 数字宁夏“1244+N” in a 数字经济 sentence; not a deadline for tasks 2-3'),
    entry(UU, loc='依托宁夏干部教育培训网络学院', text='宁夏干部教育培训网络学院',
          why='training platform used as a resource (as in the 吴忠 plan), not a responsible unit'),
]

# ---- 主要目标 ----
M += [
    entry(DL, loc='到2024年底，全区政务信息系统', text='到2024年底',
          why='each 2024 goal equals its regional task: 信创云迁移 tasks 19 (2023年启动，2024年建成)/43 (2024 年建成，持续推进)/46 (2024 年); '
              '外网三级全覆盖 task 48 (2024 年); 宁政通 task 105 (2024年); 一网通办 task 84 (2024年); 公共数据开放目录 task 41 (2024年). '
              'None restates a goal the region or 吴忠 set for 到2023年底'),
    entry(DL, loc='到2025年，全区数字政府建设“1347”', text='到2025年',
          why='equal to the region\'s goal (到2025年，“34567”体系框架全面成型) and to 吴忠\'s (到2025年，“1347”体系框架全面成型)'),
    entry(DL, loc='到2035年，通过数字赋能', text='到2035年', why='equal to the region\'s and 吴忠\'s 2035 vision'),
]

# ---- inline notes in 二 and 六 ----
M += [
    entry(DL, loc='（一）健全组织机构。', text='2024年6月底前',
          why='earlier than task 64 (各地各部门参照自治区做法，成立相应的组织机构), 完成时限 2025年'),
    entry(DL, loc='（二）厘清层级职责。', text='2024年12月底前',
          why='六级贯通 has no dated regional task; the nearest, task 64, is due 2025年, so this is earlier'),
    entry(DL, loc='（三）完善工作机制。', text='2024年4月底前',
          why='吴忠\'s 一联系、两清单 is undated; task 64 (健全工作体制机制) is due 2025年, so earlier'),
    entry(DL, loc='（一）加强组织领导。各级党组织', text='长期坚持',
          why='task 116 (纳入“一把手工程”…制定年度工作要点), 完成时限 2023年完成并长期坚持; an ongoing commitment in a 2024 plan has no completing milestone later than the region\'s'),
    entry(DL, loc='（二）强化考核评价。', text='长期坚持',
          why='tasks 121 (长期坚持, equal), 122/123 (2023 年完成，长期坚持) and 124 (2023 年形成机制，长期坚持): ongoing, no later milestone'),
]

# ---- the office's own reporting / validity dates (line 99-100) ----
M += [
    entry(DL, loc='于每季度末月25日前', text='每季度末月25日前', why="the office's own quarterly reporting date, not a task deadline"),
    entry(DL, loc='2024年12月10日前报送年度工作总结', text='2024年12月10日前', why="the office's own reporting date for the annual summary"),
    entry(DL, loc='2025年1月底前汇总形成', text='2025年1月底前',
          why="the office's own date for compiling the 2024 evaluation report; after 2024 by nature, not a task deadline"),
    entry(DL, loc='2025年11月底前组织开展本方案实施情况总结评估', text='2025年11月底前', why="the office's own date for the plan's final review"),
    entry(DL, loc='有效期至2025年12月31日', text='2025年12月31日', why='validity period of the plan, not a task deadline'),
    entry(DL, loc='每年至少开展一次政务信息系统', text='每年至少开展一次', why='recurring inspection (task 17 / 吴忠 定期检查评估), frequency not a deadline'),
]

# ---- task table: equal deadlines ----
equal_rows = {
    1: ('2024年', 'task 2, 完成时限 2023 年启动，2024 年取得明显成效: completing milestone 2024, equal'),
    2: ('2025年', 'task 3, 完成时限 持续推进，2025 年取得明显成效: equal'),
    3: ('持续推进，2025年取得明显成效', 'task 5, 完成时限 持续推进，2025 年取得明显成效: copied, equal'),
    4: ('2025年', 'task 6, 完成时限 持续推进，2025 年取得明显成效: equal'),
    6: ('2025年', 'task 8, 完成时限 持续推进，2025年取得明显成效: equal'),
    7: ('2025年', 'task 9, 完成时限 持续推进，2025年取得明显成效: equal'),
    8: ('2025年', 'task 10, 完成时限 持续推进，2025年取得明显成效: equal'),
    10: ('2025年', 'task 12, 完成时限 2025年: equal'),
    13: ('2024年12月底前', 'tasks 43 (2024 年建成，持续推进), 46 (2024 年) and 19 (2023年启动，2024年建成): equal year'),
    14: ('2024年', 'task 20, 完成时限 2024年: equal'),
    15: ('2024年', 'task 21, 完成时限 2024年 (审管协同 also task 22, 2025年): equal or earlier'),
    16: ('2024年', 'task 23 (一本账), 完成时限 2024年: equal'),
    18: ('2024年', 'task 34 (主题数据库), 完成时限 2024年: equal'),
    19: ('2024年', 'task 42, 完成时限 2024年: equal'),
    20: ('2024年12月底前', 'task 41, 完成时限 2024年: equal year'),
    21: ('2024年', 'task 47, 完成时限 2024 年: equal'),
    23: ('2024年', 'task 50, 完成时限 2024 年: equal'),
    24: ('2025年', 'task 49 (视频一张网), 完成时限 2025 年: equal'),
    26: ('2024年', 'task 54, 完成时限 2024年: equal'),
    27: ('2025年', 'task 56, 完成时限 2025年: equal'),
    28: ('2024年', 'task 57, 完成时限 2024年: equal'),
    29: ('2025年', 'task 66, 完成时限 2025年: equal (the row\'s mistake is the unit, not the date)'),
    30: ('2024年', 'task 74, 完成时限 2024年: equal'),
    32: ('2024年', 'task 73, 完成时限 2024年: equal'),
    33: ('2024年', 'task 77, 完成时限 2024年: equal'),
    34: ('2024年', 'task 79, 完成时限 2024年: equal'),
    35: ('2024年', 'task 80, 完成时限 2024年: equal'),
    36: ('2025年', 'task 83, 完成时限 2025年: equal'),
    37: ('2024年', 'task 84, 完成时限 2024年: equal'),
    40: ('2024年', 'task 89, 完成时限 2024年: equal'),
    41: ('2024年', 'task 90, 完成时限 2024年: equal'),
    43: ('2025年', 'task 95 (大气、水、土壤、自然生态…数据资源综合开发利用), 完成时限 2025年: equal. Not task 94 (数据资源中心, 2024年)'),
    44: ('2025年', 'task 96, 完成时限 2025年: equal'),
    45: ('2024年', 'task 97, 完成时限 2024年: equal'),
    46: ('2025年', 'task 102, 完成时限 2025年: equal'),
    47: ('2024年', 'task 103, 完成时限 2024年: equal'),
    49: ('2025年', 'task 106, 完成时限 2025年: equal'),
    50: ('2025年', 'task 107, 完成时限 2025年: equal'),
    51: ('2025年', 'task 111, 完成时限 2025年: equal'),
    52: ('2024年', 'task 112, 完成时限 2024年: equal'),
    53: ('2024年', 'task 114, 完成时限 2024年: equal'),
    54: ('2024年', 'task 115, 完成时限 2024年: equal'),
}
for n, (t, w) in equal_rows.items():
    M.append(entry(DL, rownum=n, text=t, why=f'equal deadline: row {n} is {w}'))

# ---- task table: earlier deadlines ----
earlier_rows = {
    5: ('2024年底前', 'task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效: completing milestone 2025, local 2024 is earlier'),
    25: ('2024年', 'task 52 (电子证照), 完成时限 2025年: earlier'),
    38: ('2024年6月底前', 'task 86 (我的宁夏), 完成时限 2024年: earlier in the same year'),
    42: ('2024年10月底前', 'task 93 (适老化与信息无障碍), 完成时限 2024年: same year, earlier month'),
    48: ('2024年6月底前', 'task 105 (宁政通), 完成时限 2024年: earlier in the same year'),
}
for n, (t, w) in earlier_rows.items():
    M.append(entry(DL, rownum=n, text=t, why=f'earlier deadline: row {n} is {w}'))

M.append(entry(DL, rownum=31, text='2024年9月31日前',
               why='task 71, 完成时限 2024年: the year is equal; the row\'s mistake is the impossible day (deadline-invalid), not lateness'))

# ---- start later, completion equal ----
M += [
    entry(DL, rownum=9, text='2024年巩固提升，2025年取得明显成效',
          why='task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效: the completing milestone (2025年取得明显成效) is equal; 2024 is a consolidation step after the 2023 build'),
    entry(DL, rownum=17, text='2024年启动，2025年取得明显成效',
          why='task 28, 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal; only the local start is later'),
    entry(DL, rownum=39, text='2024年启动，2025年完成',
          why='task 87, 完成时限 2023年启动，2025年完成: completion 2025 equal; only the local start is later'),
]

# ---- copied regional deadlines before the plan year ----
M += [
    entry(DI, rownum=11, text='2023年完成，长期坚持',
          why='copied regional deadline: task 14, 完成时限 2023年 (the year before the plan); equal to the region, plus an ongoing flag'),
    entry(DI, rownum=12, text='2023年形成机制，长期坚持',
          why='copied regional deadline: task 18, 完成时限 2023年形成机制，长期坚持 (task 15, 2023年); before the plan year but copied'),
    entry(DL, rownum=11, text='2023年完成，长期坚持', why='equal to task 14 (2023年)'),
    entry(DL, rownum=12, text='2023年形成机制，长期坚持', why='equal to task 18 (2023年形成机制，长期坚持) and task 15 (2023年)'),
]

# ---- units: collectives ----
M += [
    entry(UU, loc='各乡镇人民政府、街道办事处，区直各部门（单位）：', text='区直各部门（单位）', why='addressee line; collective subject'),
    entry(UU, loc='（一）健全组织机构。', text='各乡镇人民政府、街道办事处',
          why='collective: 各乡镇人民政府 and 各街道办事处 (the 各 covers both); not an unknown unit 街道办事处'),
    entry(UU, loc='（二）厘清层级职责。', text='各乡镇（街道）', why='collective subject'),
    entry(UU, loc='（三）完善工作机制。', text='区直各部门（单位）', why='collective subject'),
    entry(UU, rownum=5, text='各乡镇人民政府', why='collective subject'),
    entry(UU, rownum=23, text='区直有关部门', why='collective subject'),
    entry(UU, rownum=36, text='各村（社区）', why='collective subjects 各乡镇（街道）, 各村（社区）'),
    entry(UU, rownum=37, text='区直有关部门，各乡镇人民政府、街道办事处', why='collective subjects'),
    entry(UU, loc='注：牵头单位有多个的', text='各乡镇人民政府、街道办事处', why='the table\'s note defining the collective 各乡镇（街道）'),
]

# ---- units: official short names, aliases, prefix distribution, registry names ----
M += [
    entry(UU, loc='吴忠市利通区人民政府办公室', text='吴忠市利通区人民政府办公室', why='signature; listed in units.txt as a name of 区人民政府办公室'),
    entry(UU, loc='已经区人民政府研究同意', text='区人民政府', why='the district government itself (units.txt: 利通区人民政府 = 区人民政府)'),
    entry(UU, loc='（宁政办发〔2023〕17号）和吴忠市人民政府', text='吴忠市人民政府',
          why='issuer of a cited document, not a responsible unit; also listed in units.txt'),
    entry(UU, loc='和市委、市政府部署要求', text='市委、市政府', why='higher authorities in narrative; both listed in units.txt as 上级机关'),
    entry(UU, loc='主动对接市大数据管理服务局', text='市大数据管理服务局', why='city counterpart listed in units.txt; named as a contact, not as a lead'),
    entry(UU, loc='按照自治区党委网信办统一部署', text='自治区党委网信办',
          why='regional body in narrative as the authority whose deployment is followed; not named as lead of a local task'),
    entry(UU, loc='（三）加强资金保障。', text='区发展改革局、审计局',
          why='区发展改革局 is the official short name of 区发展和改革局; the 区 prefix distributes to 审计局 = 区审计局'),
    entry(UU, loc='（四）提升数字素养。', text='区委党校', why='in units.txt'),
    entry(UU, loc='向区推进数字政府建设领导小组办公室报送', text='区推进数字政府建设领导小组办公室', why='in units.txt'),
    entry(UU, rownum=1, text='发展和改革局', why='prefix 区 distributes: 区农业农村和水务局、发展和改革局 = 区发展和改革局'),
    entry(UU, rownum=2, text='吴忠市生态环境局利通分局',
          why='a registry name (vertically managed branch) that must not be split; 应急管理局 after 区工业信息化和商务局、 is 区应急管理局 by prefix'),
    entry(UU, rownum=3, text='利通区公安分局', why='units.txt short name of 吴忠市公安局利通区分局'),
    entry(UU, rownum=4, text='区教育局、卫生健康局、人力资源和社会保障局、民政局',
          why='several leads, the first (区教育局) is the main lead per the table note; prefix 区 distributes to the rest'),
    entry(UU, rownum=7, text='区综合执法局、交通运输局', why='区综合执法局 in units.txt; 交通运输局 = 区交通运输局 by prefix'),
    entry(UU, rownum=9, text='区供销社', why='short name of 区供销合作社 in units.txt; 区工信商务局 is the short name of 区工业信息化和商务局'),
    entry(UU, rownum=16, text='区政府办公室', why='short name of 区人民政府办公室; 区发展改革局、财政局、审计局 distribute the prefix'),
    entry(UU, rownum=17, text='金积镇人民政府、上桥镇人民政府，金积工业园区管委会', why='all three in units.txt'),
    entry(UU, rownum=19, text='区住建局', why='short name of 区住房和城乡建设局; 农业农村和水务局 = 区农业农村和水务局 by prefix'),
    entry(UU, rownum=26, text='区委办、区政府办', why='short names of 区委办公室 and 区人民政府办公室 in units.txt'),
    entry(UU, rownum=27, text='利通区税务局', why='short name of 国家税务总局吴忠市利通区税务局 in units.txt'),
    entry(UU, rownum=28, text='区市场监管局', why='short name of 区市场监督管理局'),
    entry(UU, rownum=35, text='区消防救援大队', why='short name of 利通区消防救援大队 in units.txt'),
    entry(UU, rownum=38, text='区审批局', why='short name of 区审批服务管理局'),
    entry(UU, rownum=45, text='吴忠市自然资源局利通分局', why='registry name, vertically managed branch; local lead'),
    entry(UU, rownum=52, text='区政府办', why='short name of 区人民政府办公室'),
    entry(UU, loc='一体化推进指挥调度中心等建设', text='指挥调度中心', why='a facility to be built (regional wording for 县（市、区）), not a responsible unit'),
]

# ---- garbled-text near misses ----
M += [
    entry(GT, loc='《数字宁夏“1244+N”行动计划实施方案》', text='“1244+N”', why='genuine title with ASCII digits and +, not mojibake'),
    entry(GT, loc='健全“网格上报+网上分流+部门响应”机制，推进智慧社区', text='网格上报+网上分流+部门响应', why='genuine phrase from the region\'s text'),
]

# ---- pillars taken up under other names ----
M += [
    entry(MP, pillar='五个一', why='folded into 完善“一套体系” (lines 23-27): 领导小组 + 办公室 + 区大数据服务中心 + 运营企业 and 智库, as 吴忠\'s “1347” does'),
    entry(MP, pillar='六级贯通', why='（二）厘清层级职责 follows the 六级贯通 layering for 区、乡（镇）、村（社区） (line 26)'),
    entry(MP, pillar='数字生态', why='（三）营造良好数字生态 (lines 38-40)'),
    entry(MP, pillar='财政投入', why='taken up as （三）加强资金保障 (line 96), same content as the region\'s 加大财政投入'),
    entry(MP, pillar='数字素养', why='（四）提升数字素养 (line 97)'),
    entry(MP, pillar='考核评价', why='（二）强化考核评价 (line 95)'),
    entry(MP, pillar='政务公开', why='（七）提升全面规范的政务公开能力 (lines 88-91)'),
]

# ---- covers ----
cover_rows = {2: 1, 3: 2, 5: 3, 6: 4, 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 14: 11, 15: 12, 18: 12,
              20: 14, 21: 15, 23: 16, 28: 17, 34: 18, 42: 19, 41: 20, 47: 21, 48: 22, 50: 23, 49: 24,
              52: 25, 54: 26, 56: 27, 57: 28, 66: 29, 74: 30, 71: 31, 73: 32, 77: 33, 79: 34, 80: 35,
              83: 36, 84: 37, 86: 38, 87: 39, 89: 40, 90: 41, 93: 42, 95: 43, 96: 44, 97: 45, 102: 46,
              103: 47, 105: 48, 106: 49, 107: 50, 111: 51, 112: 52, 114: 53, 115: 54, 43: 13, 46: 13}
covers = [{'task': t, 'line': _row(r)} for t, r in sorted(cover_rows.items())]
body_covers = {
    17: '落实安全制度要求。', 19: '提高自主可控水平。', 24: '创新数字政府建设管理机制。', 26: '完善制度规范。',
    30: '完善数据管理机制。', 32: '完善数据管理机制。', 36: '深化数据高效共享。', 25: '（三）加强资金保障。',
    64: '（一）健全组织机构。', 68: '推动监管精准化。', 70: '推动监管精准化。', 72: '促进监管协同化。',
    85: '提升智慧便捷的服务能力。', 88: '提供优质便利的涉企服务。', 98: '提高自然资源利用效率。',
    104: '提升行政执行能力。', 109: '增强行政监督质效。', 116: '（一）加强组织领导。各级党组织',
    118: '（四）提升数字素养。', 121: '（二）强化考核评价。', 122: '（二）强化考核评价。',
    123: '（二）强化考核评价。', 124: '（二）强化考核评价。',
}
covers += [{'task': t, 'line': line_of(loc)} for t, loc in sorted(body_covers.items())]
covers.sort(key=lambda c: c['task'])

key = {
    'writer': 'blind writer, round 842; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
    'notes': (
        '利通区 (a district of 吴忠市) 2024 实施方案 by a careful office, following the region\'s 34567 and 吴忠\'s 1347 frameworks; '
        '“全区” in the draft means 利通区 (county usage), except where it names regional platforms (全区一体化政务服务平台, 全区统一的视频共享平台). '
        'Five planted mistakes: a wrong 文号 for the regional 实施意见 (line 7), a mojibake run (line 56), task 48 late in the table, an impossible 9月31日, '
        'and the obsolete unit name 区经信局. Regional tasks due 2023 are either copied with their 2023 date (rows 11-12), stated as 长期坚持, '
        'or left undated in the body; none is given a 2024 date. The table note makes the first-listed lead the main lead.'
    ),
}

clash = {(e['rule'], e['line']) for e in expect} & {(e['rule'], e['line']) for e in M}
if clash:
    sys.exit(f'expect and mustNotFlag share rule+line: {clash}')
seen = set()
for e in M:
    k = (e['rule'], e['line'], e.get('text'), e.get('pillar'))
    if k in seen:
        sys.exit(f'duplicate mustNotFlag {k}')
    seen.add(k)

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')

print('lines', len(LINES), 'expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
for e in expect:
    print(e['rule'], e['line'], e.get('text'))
