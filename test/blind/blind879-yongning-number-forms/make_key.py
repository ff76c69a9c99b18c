# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up in the final draft.txt (1-based) and checked.
import json
D = open('draft.txt', encoding='utf-8').read().split('\n')
if D[-1] == '': D = D[:-1]

def ln(needle, n=1):
    hits = [i + 1 for i, l in enumerate(D) if needle in l]
    assert len(hits) >= n, (needle, hits)
    return hits[n - 1]

def row(no):
    hits = [i + 1 for i, l in enumerate(D) if l.startswith(str(no) + '\t')]
    assert len(hits) == 1, (no, hits)
    return hits[0]

def cell(no, text):
    l = row(no)
    assert text in D[l - 1], (no, text)
    return l

E, M, C = [], [], []
def e(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        if line: assert text in D[line - 1], (line, text)
        d['text'] = text
    d.update(kw); d['why'] = why; E.append(d)
def m(rule, line, text=None, why=''):
    d = {'rule': rule, 'line': line}
    if text is not None:
        assert text in D[line - 1], (line, text)
        d['text'] = text
    d['why'] = why; M.append(d)

DL = 'deadline-later-than-baseline'; DI = 'deadline-invalid'; UU = 'unknown-unit'; BM = 'basis-mismatch'

# ---------------- expect (planted) ----------------
e(BM, ln('宁政发〔2023〕71号'), '宁政发〔2023〕71号',
  'the region\'s 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; digits transposed to 71号')
e(UU, cell(3, '县商务局'), '县商务局',
  'not in units.txt: 永宁县 has no separate 商务局, commerce sits in 县工业信息化和商务局 (drafter copied the region\'s 商务厅 from task 66)')
e(DL, cell(16, '2025.06'), '2025.06',
  'row 16 is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; 2025.06 is later')
e(DI, cell(31, '2024-09-31'), '2024-09-31',
  'impossible date: September has 30 days (row 31 is task 93 适老化与信息无障碍建设, 完成时限 2024年)')
e('garbled-text', ln('寤虹珛鍋ュ叏'), '寤虹珛鍋ュ叏',
  'UTF-8 bytes of “建立健全政务数据供需对接机制” read as GBK (task 36 wording); re-encode as GBK, decode as UTF-8 to recover')
e('missing-pillar', 0, None,
  'the 三个驱动 pillar 数字生态 (营造良好数字生态: 数据要素市场, 数据交易, 政策环境, 网络生态) is not taken up anywhere; section 三 covers only 数字经济 and 数字社会',
  pillar='数字生态')
e('task-uncovered', 0, None,
  'task 12 (培育数据要素市场, 数据交易平台; 各市、县（区）配合, 2025年) is left out together with the 数字生态 pillar', task=12)

# ---------------- mustNotFlag ----------------
# basis
m(BM, ln('国发〔2022〕14号'), '国发〔2022〕14号', 'correct 文号 and title of the national 指导意见')
m(BM, ln('宁政办发〔2023〕11号'), '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）is cited with the same title and 文号 in the 吴忠 plan')
m(BM, ln('银川市人民政府《关于加强数字政府建设的实施方案》'), '银川市人民政府《关于加强数字政府建设的实施方案》', 'the city\'s plan cited by title alone, as county plans do; correct 实施方案/加强 wording')
m(BM, ln('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号', 'retrospective mention in 工作基础 (自…印发以来), not a basis document; title and 文号 match')
m(BM, ln('永政办发〔2024〕9号'), '永政办发〔2024〕9号', 'the notice\'s own 文号, not a citation')
m(BM, ln('GB/T 22239—2019'), 'GB/T 22239—2019', 'a national technical standard named as a requirement, not a basis document')
m('garbled-text', ln('“1244+N”'), '1244+N', 'the real name of the 数字宁夏 action plan, not mojibake')
m('garbled-text', ln('2000Mbps', 2), '1000Mbps', 'Latin unit in a figure, not damaged text')
# dates that are not deadlines / figures that are not dates
m(DI, 6, '2024年3月15日', 'issue date of the notice')
m(DI, 1, '2024年', 'plan year in the title (永宁县2024年数字政府建设实施方案; also lines 4, 8, 87, 88), not a deadline')
m(DI, ln('县级互联网出口带宽由1000Mbps扩容至2000Mbps，推进'), '2000Mbps', 'bandwidth figure in the body, not a year')
m(DI, ln('2024年3月15日印发'), '2024年3月15日', 'printing line: issue date')
m(DI, ln('对照全区数字政府建设重点任务清单'), '2023年—2025年', 'period of the regional task list, not a deadline')
m(DI, ln('（二）工作基础。2023年'), '2023年', '2023 baseline figures in 工作基础, a past date in the background')
m(DI, ln('宁政办发〔2020〕14号'), '2020年', 'year inside the title of a retrospectively mentioned document')
m(DI, ln('2030万元'), '2030万元', 'money (cumulative investment), not a year')
m(DI, ln('GB/T 22239—2019'), '2019', 'year of a standard\'s edition (also GB/T 39786—2021), not a deadline')
m(DI, ln('较2023年压减30%'), '2023年', 'baseline year of a reduction target (较2023年压减30%)')
m(DI, ln('上云率由2023年的41%'), '2023年', 'baseline year of a figure (由2023年的41%提高到…)')
m(DI, ln('截至2023年底已编制'), '截至2023年底', 'past statistic (数据资源目录1126条、挂接资源1083条), not a deadline')
m(DI, ln('2023年已建成公共视频监控点位1860个'), '1860个', 'count of monitoring points after a past date (2023年已建成), not a year or deadline')
m(DI, row(17), '2000Mbps', 'bandwidth figure (also 1000Mbps), not a year; the row\'s deadline is 2024年6月底前')
m(DI, ln('县本级2024年安排'), '2024年', 'budget year of a funding figure (680万元), not a deadline')
m(DI, cell(12, '24年底前'), '24年底前', 'two-digit year for 2024 (24年底前 = 2024年底前), not year 24 and not before the plan year')
m(DI, cell(10, '2023年形成机制，长期坚持'), '2023年形成机制，长期坚持', 'copied verbatim from task 18 (完成时限 2023年形成机制，长期坚持); a copied regional deadline before the plan year, ongoing')
m(DL, cell(10, '2023年形成机制，长期坚持'), '2023年形成机制，长期坚持', 'equal to task 18 (2023年形成机制，长期坚持)')
m(DL, ln('每季度末月25日前'), '2024年12月20日前', 'the office\'s own reporting dates (每季度末月25日前, 年度总结 2024年12月20日前), not task deadlines')
m(DL, ln('每月10日前'), '每月10日前', 'monthly reporting date for the economic analysis report')
m(DL, ln('注：完成时限为'), '每年12月20日前', 'annual reporting date for ongoing tasks')
# goals
m(DL, ln('到2024年底，全县数字政府重点任务'), '到2024年底', 'county goals for 2024: 网办/一网通办/跨省通办 (task 84, 2024年), 上云 (task 46, 2024年; task 43, 2024年建成), 填表报数 (task 106, 2025年), 数字乡村 (task 10, 2025年), 智慧社区 (task 83, 2025年), 12345 (task 87, 2023年启动，2025年完成): equal or earlier')
m(DL, ln('到2025年，全县数字政府建设体系框架全面成型'), '到2025年', 'equal to the regional 主要目标 (到2025年…“34567”体系框架全面成型)')
m(DL, ln('到2035年'), '到2035年', 'equal to the regional 2035 goal')
# body deadlines
m(DL, ln('于2024年4月底前成立相应的组织机构'), '2024年4月底前', 'task 64 (各地各部门参照自治区做法，成立相应的组织机构; 2025年): earlier. The undated first sentence (调整充实县领导小组) mirrors task 60, which is the 自治区\'s own group (2023年, 自治区政府办公厅负责); the date belongs to the 乡镇 sentence')
m(DL, ln('上云率由2023年的41%'), '2024年底', 'task 2 (产业云/企业数据汇聚; 2023年启动，2024年取得明显成效): equal')
m(DL, ln('2024年第四季度完成平台一期建设'), '2024年第四季度', 'task 3 (智慧园区; 持续推进，2025年取得明显成效): earlier')
m(DL, ln('新建改造5G基站120个'), '2024年底前', 'task 10 (数字乡村; 持续推进，2025年取得明显成效): earlier')
m(DL, ln('2024年底前县级开放数据集'), '2024年底前', 'task 41 (公共数据开放; 2024年): equal')
m(DL, ln('2024年9月底前完成剩余8个系统'), '2024年9月底前', 'task 46 (政务信息系统有序迁移; 2024年): earlier')
m(DL, ln('非税收入电子缴款全覆盖。'), '2024年底前', 'task 56 (非税收入收缴电子化全覆盖; 2025年): earlier')
m(DL, ln('明厨亮灶”覆盖率达到100%。'), '2024年底前', 'task 71 (全链条数字化追溯监管; 2024年): equal')
m(DL, ln('2024年底前新增点位300个'), '2024年底前', 'task 79 (雪亮工程; 2024年): equal')
m(DL, ln('2024年底前完成县政府门户网站'), '2024年底前', 'task 93 (适老化与信息无障碍; 2024年): equal (the table row for the same task carries the impossible date)')
# table deadlines
T = [
 (1, '2024年底前', 'task 2 (2023年启动，2024年取得明显成效): equal'),
 (2, '2024年第四季度', 'task 3 (持续推进，2025年取得明显成效): earlier'),
 (3, '2025年', 'task 66 (经济运行大数据平台; 2025年): equal'),
 (4, '持续推进，2025年取得明显成效', 'task 7 (2023年形成试点经验，2025年取得明显成效): completing milestone equal'),
 (5, '持续推进，2025年取得明显成效', 'task 8 (持续推进，2025年取得明显成效): equal'),
 (6, '2025年', 'task 9 (城市运行管理服务平台; 持续推进，2025年取得明显成效): equal'),
 (7, '2024年底前', 'task 10 (持续推进，2025年取得明显成效): earlier'),
 (8, '持续推进，2025年取得明显成效', 'task 11 (2023年完成主要建设任务，2025年取得明显成效): completing milestone equal'),
 (9, '长期坚持', 'task 14 (2023年): ongoing with no milestone, nothing later than the region'),
 (11, '2024-06-30', 'task 21 (行政权力事项网上运行; 2024年): earlier'),
 (12, '24年底前', 'task 23 (“一本账”; 2024年): equal (24年 = 2024年)'),
 (13, '2024.12', 'task 41 (公共数据开放; 2024年): equal'),
 (14, '2024年第四季度', 'tasks 40/54 (电子公文、电子文件归档; 2024年): equal'),
 (15, '2024年9月底前', 'task 46 (2024年): earlier'),
 (17, '2024年6月底前', 'task 47 (互联网出口带宽扩容; 2024年): earlier'),
 (18, '2025年', 'task 49 (视频共享平台; 2025年): equal'),
 (19, '2024年底前', 'task 56 (非税收入电子化; 2025年): earlier'),
 (20, '2024.12', 'task 57 (信用信息; 2024年): equal'),
 (21, '2024年底前', 'task 70 (企业信用风险分类管理; 2024年): equal'),
 (22, '2024年第四季度', 'task 71 (追溯监管; 2024年): equal'),
 (23, '24年底前', 'task 77 (矛盾纠纷多元化解; 2024年): equal'),
 (24, '2024.12', 'task 79 (雪亮工程; 2024年): equal'),
 (25, '2024年底前', 'task 80 (智慧应急; 2024年): equal'),
 (26, '2025年', 'task 83 (互联网+基层治理; 2025年): equal'),
 (27, '2024年底前', 'task 84 (一体化政务服务体系; 2024年): equal'),
 (28, '2024-06-30', 'task 86 (“我的宁夏”应上尽上; 2024年): earlier'),
 (29, '2024年第四季度', 'task 89 (企业专属网页; 2024年): equal'),
 (30, '2024年底前', 'task 90 (公共场馆接入“我的宁夏”; 2024年): equal'),
 (32, '2024年底前', 'task 94 (生态环境数据; 2024年): equal'),
 (33, '2025年', 'task 96 (互联网+城乡供水; 2025年): equal'),
 (34, '2024年底前', 'task 97 (自然资源“一张图”; 2024年): equal'),
 (35, '2024.12', 'tasks 104/105 (协同办公平台、“宁政通”; 2024年): equal'),
 (36, '2024年底前', 'task 106 (填表报数压减; 2025年): earlier'),
 (37, '2024年第四季度', 'task 107 (视频会议平台; 2025年): earlier'),
 (38, '2025年', 'task 111 (机关事务管理; 2025年): equal'),
 (39, '24年底前', 'task 112 (政务公开平台; 2024年): equal'),
 (40, '2024年第四季度', 'task 114 (政务新媒体矩阵; 2024年): equal'),
 (41, '2024年底前', 'task 115 (12345 政民互动; 2024年): equal'),
 (42, '长期坚持', 'task 116 (2023年完成并长期坚持): ongoing, no later milestone'),
 (43, '长期坚持', 'tasks 122/123 (2023年完成，长期坚持) and 121 (长期坚持): ongoing, no later milestone'),
 (44, '2024年底前', 'task 83 (智慧社区属互联网+基层治理; 2025年): earlier'),
 (45, '2024.12', 'task 58 (地理信息; 2024年): equal'),
 (46, '持续推进，2025年取得明显成效', 'task 28 (试点示范; 2023年启动，2025年取得明显成效): completing milestone equal'),
 (47, '长期坚持', 'task 118 (2023年完成并长期坚持): ongoing, no later milestone'),
]
for no, t, why in T:
    m(DL, cell(no, t), t, 'row %d: %s' % (no, why))
# units
m(UU, cell(12, '、财政局'), '财政局', 'prefix distributes: 县发展改革局、财政局 = 县发展改革局、县财政局 (in units.txt)')
m(UU, cell(11, '县审批局'), '县审批局', 'short name of 县审批服务管理局 in units.txt')
m(UU, cell(20, '县市场监管局'), '县市场监管局', 'short name of 县市场监督管理局 in units.txt')
m(UU, cell(25, '县消防救援大队'), '县消防救援大队', 'short name of 永宁县消防救援大队 in units.txt (also 县气象局 = 永宁县气象局)')
m(UU, cell(31, '县残联'), '县残联', 'short name of 县残疾人联合会 in units.txt')
m(UU, cell(9, '县直各部门（单位）'), '县直各部门（单位）', 'collective subject')
m(UU, cell(9, '各乡镇人民政府'), '各乡镇人民政府', 'collective subject')
m(UU, cell(11, '县直有关部门'), '县直有关部门', 'collective subject')
m(UU, cell(26, '各村（社区）'), '各村（社区）', 'collective subject')
m(UU, cell(44, '杨和镇人民政府'), '杨和镇人民政府', 'a named town government listed in units.txt')
m(UU, cell(32, '银川市生态环境局永宁分局'), '银川市生态环境局永宁分局', 'the city bureau\'s county branch, listed in units.txt; not a regional body')
m(UU, cell(34, '银川市自然资源局永宁分局'), '银川市自然资源局永宁分局', 'the city bureau\'s county branch, listed in units.txt (also lead of row 45)')
m(UU, cell(2, '望远工业园区管委会'), '望远工业园区管委会', 'park committee listed in units.txt')
m(UU, cell(24, '县委政法委、县公安局'), '县委政法委', 'two registered leads, both in units.txt')
m(UU, ln('（一）加强组织领导。县委、县政府'), '县委', 'prose subject (县委、县政府), listed in units.txt as 中共永宁县委员会 / 永宁县人民政府')
m('missing-pillar', 0, None, '五个一/六级贯通 is taken up under 二、健全工作体系 (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制) though the heading does not say 五个一')
M[-1]['pillar'] = '五个一'
m('missing-pillar', 0, None, '党的领导 is section 六 (组织领导, 资金保障, 数字素养, 考核评价)')
M[-1]['pillar'] = '党的领导'

# ---------------- covers ----------------
cov = [
 (2, ln('推动产业数字化转型')), (3, ln('建设智慧园区')), (5, ln('完善数字经济治理')),
 (6, ln('深化数字普惠应用')), (7, ln('深化数字普惠应用')), (8, ln('推进“互联网+医疗健康”和')),
 (9, ln('配合推进智慧城市建设')), (10, ln('推进数字乡村建设')), (11, ln('推进数字乡村建设')),
 (14, ln('强化安全管理责任')), (15, ln('强化安全管理责任')), (18, ln('提升安全防护能力')),
 (21, ln('推动政府职能转变')), (23, ln('创新建设管理机制')), (24, ln('创新建设管理机制')),
 (25, ln('（二）加大资金保障')), (28, ln('开展试点示范')), (30, ln('完善数据管理机制')),
 (32, ln('完善数据管理机制')), (36, ln('深化数据高效共享')), (40, ln('强化电子公文和档案管理')),
 (41, ln('促进数据有序开发利用')), (42, ln('促进数据有序开发利用')), (46, ln('强化政务云支撑')),
 (47, ln('提升网络支撑能力')), (48, ln('提升网络支撑能力')), (49, ln('提升网络支撑能力')),
 (54, ln('强化电子公文和档案管理')), (56, ln('加强共性应用支撑')), (57, ln('加强共性应用支撑')),
 (58, ln('加强共性应用支撑')), (64, ln('（一）健全组织机构')), (66, ln('（一）提升科学精准的经济调节能力')),
 (67, ln('（一）提升科学精准的经济调节能力')), (70, ln('推动监管精准化、协同化')), (71, ln('提升监管智能化水平')),
 (72, ln('推动监管精准化、协同化')), (73, ln('推动监管精准化、协同化')), (74, ln('提升监管智能化水平')),
 (77, ln('提升社会矛盾化解能力')), (79, ln('提升社会治安防控能力')), (80, ln('提升公共安全保障能力')),
 (83, ln('提高基层社会治理能力')), (84, ln('打造泛在可及的服务体系')), (85, ln('提升智慧便捷的服务能力')),
 (86, ln('提升智慧便捷的服务能力')), (88, ln('提供优质便利的涉企服务')), (89, ln('提供优质便利的涉企服务')),
 (90, ln('拓展公平普惠的民生服务')), (93, ln('拓展公平普惠的民生服务')), (94, ln('提升生态环保协同治理能力')),
 (96, ln('提高自然资源利用效率')), (97, ln('提高自然资源利用效率')), (100, ln('提高自然资源利用效率')),
 (102, ln('推动绿色低碳转型')), (103, ln('提升辅助决策能力')), (104, ln('提升行政执行能力')),
 (105, ln('提升行政执行能力')), (106, ln('提升行政执行能力')), (107, ln('提升行政执行能力')),
 (111, ln('提升行政监督和机关事务管理水平')), (112, ln('完善政务公开平台')), (113, ln('完善政务公开平台')),
 (114, ln('发挥政务新媒体优势')), (115, ln('畅通政民互动渠道')), (116, ln('（一）加强组织领导')),
 (118, ln('（三）提升数字素养')), (121, row(43)), (123, ln('（四）强化考核评价')), (124, ln('（四）强化考核评价')),
]
for t, l in cov: C.append({'task': t, 'line': l})

key = {
 'writer': 'blind writer, round 879; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': E,
 'mustNotFlag': M,
 'covers': C,
 'notes': ('永宁县 (银川市) annual 实施方案 for 2024, issued 2024-03-15 as 永政办发〔2024〕9号; no parent plan is supplied (the 银川 plan is cited by title only). '
           'Deadlines are mixed on purpose: 2024年底前, 2024.12, 2024-06-30, 24年底前 (= 2024), 2024年第四季度, 2024年6月/9月底前, 2025年, 持续推进，2025年取得明显成效, 长期坚持. '
           'Figures that are not dates: 2030万元, 1000/2000Mbps, 1860个, 1126条/1083条, GB/T 22239—2019 and GB/T 39786—2021, percentages and 2023 baselines. '
           'Tasks whose regional deadline is 2023 are either undated in the body or given 长期坚持 / the copied regional form in the table, so no 2023 task carries a 2024 date. '
           'Line 48 is the only damaged run; the table (lines 89-136) is tab-separated with separate 牵头单位 and 配合单位 columns.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(M), len(C))
