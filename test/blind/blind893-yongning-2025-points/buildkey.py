#!/usr/bin/env python3
"""Builds key.json for this case from anchors, checking every line number against draft.txt."""
import json, sys
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(anchor):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    if len(hits) != 1:
        sys.exit(f'anchor {anchor!r}: {hits}')
    return hits[0]

def e(rule, anchor, text=None, why='', **kw):
    n = ln(anchor)
    d = {'rule': rule, 'line': n}
    if text is not None:
        if text not in L[n - 1]:
            sys.exit(f'text {text!r} not on line {n}')
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'

expect = [
    e(BM, '全面落实《国务院关于加强数字政府建设的指导意见》', '宁政发〔2023〕71号',
      '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the digits are swapped'),
    e(DL, '52.推进适老化与信息无障碍建设', '2025年9月底前',
      'task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责) is due 2024年; the point sets a new completion date in 2025 and the task is not reported as done'),
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '政务公开',
     'why': 'the heading promises “七个能力” but only six follow: 政务公开 (信息公开平台, 政策文件库, 政务新媒体, 政民互动) is left out everywhere; the intro sentence of section 五 lists only six abilities'},
    e(DI, '60.整合视频会议系统', '6月31日',
      'June has 30 days, so 2025年6月31日 does not exist (the month itself is earlier than task 107, due 2025年)'),
    e(UU, '22.动态更新政务数据资源目录', '县大数据局',
      '永宁县 has no 大数据局 (copied by analogy with the city level); not in units.txt, the county data work sits with 县政府办'),
    e('garbled-text', '23.深化数据共享应用', '鎺ㄥ姩鏁版嵁鎸夐渶鍥炴祦鍏变韩',
      'UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 推动数据按需回流共享'),
    {'rule': 'task-uncovered', 'line': 0, 'task': 112, 'why': '政务公开 left out: 政务公开信息化平台, 各市、县（区）分别负责, 2024年'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 113, 'why': '政务公开 left out: 政策文件库 “一库通查”, 各市、县（区）配合, 2024年'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 114, 'why': '政务公开 left out: 政务新媒体矩阵, 各市、县（区）分别负责, 2024年'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 115, 'why': '政务公开 left out: 政民互动和民意转办平台, 各市、县（区）配合, 2024年'},
]

mnf = [
    # basis
    e(BM, '永政办发〔2025〕9号', '永政办发〔2025〕9号', 'the document’s own 文号, not a cited basis'),
    e(BM, '已经县人民政府同意', '《永宁县2025年数字政府建设工作要点》', 'the document’s own title in the 印发 notice'),
    e(BM, '全面落实《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct title and 文号 of the national guiding opinion'),
    e(BM, '（一）工作基础。', '宁政办发〔2020〕14号', 'retrospective mention in the background of the 2020 regional 工作要点, exact title and 文号; not cited as a basis'),
    e(BM, '（一）工作基础。', '《永宁县加强数字政府建设实施方案》', 'the county’s own 2023 plan, mentioned as a past event in the background, not as the basis of this document'),
    # past dates / background
    e(DI, '2025年2月24日', '2025年2月24日', 'issue date of the document'),
    e(DI, '全面落实《国务院关于加强数字政府建设的指导意见》', '2023年—2025年', 'period in the name of the regional task list, not a deadline'),
    e(DI, '（一）工作基础。', '2023年', 'past events in the background (2023 plan, 2023 tasks completed)'),
    e(DI, '2024年，全县电子政务外网实现', '2024年', 'background: what was achieved in 2024'),
    e(DL, '（二）工作目标。', '到2025年底', 'goal equal to the region’s 主要目标 (到2025年 “34567”体系框架全面成型)'),
    # told as done in 2023/2024, upkeep
    e(DL, '1.推进产业数字化转型', None, 'task 2 (产业云, 完成时限 2023年启动，2024年取得明显成效): connection done in 2024 and told as done; 2025 widens it, note says 持续推进'),
    e(DI, '1.推进产业数字化转型', '2024年', '2024年已完成 is work told as done, not a deadline'),
    e(DL, '14.压实安全管理责任', None, 'tasks 14 and 15 (完成时限 2023年) told as done in 2023; 2025年继续 is upkeep, note 长期坚持'),
    e(DI, '14.压实安全管理责任', '2023年', '2023年已明确 is work told as done'),
    e(DL, '15.提升安全防护能力', '2025年6月底前', 'task 18 (完成时限 2023年形成机制，长期坚持): a recurring drill under a standing mechanism, note 长期坚持'),
    e(DL, '17.提高自主可控水平', None, 'task 19 (2023年启动，2024年建成) and 43 (2024年建成，持续推进): migration done in 2024 (line 12); upkeep only, no dated milestone'),
    e(DL, '18.推进审管协同', '2025年底前', 'task 21 (2024年) told as done in 2024; the 2025 date belongs to 审管联动, task 22 (2025年), equal'),
    e(DI, '18.推进审管协同', '2024年', '2024年…已全部纳入 is work told as done'),
    e(DL, '19.规范政务信息化项目管理', None, 'tasks 23 (2024年), 24 and 25 (2023年): mechanisms already running, note 长期坚持'),
    e(DL, '22.动态更新政务数据资源目录', '2025年6月底前', 'tasks 30, 31, 32 (2023年) told as done in 2023; the 2025 dates are the half-yearly update of an existing catalogue'),
    e(DI, '22.动态更新政务数据资源目录', '2023年', '2023年已完成 is work told as done'),
    e(DL, '24.规范电子公文管理', None, 'tasks 40 and 54 (2024年) told as done in 2024; 2025 is upkeep, note 长期坚持'),
    e(DL, '25.推进公共数据开放和融合应用', None, 'tasks 41 and 42 (2024年) told as done in 2024; note 持续推进'),
    e(DL, '26.加强电子政务外网运维', None, 'tasks 47, 48, 50 (2024年): full coverage done in 2024 (line 12); upkeep, note 长期坚持'),
    e(DL, '28.扩大电子证照应用', '2025年底前', 'task 51 (2023年) told as done; the 2025 date is for task 52 (2025年), equal'),
    e(DL, '30.推进非税收入收缴电子化', '2025年底前', 'task 55 (2024年) told as done; the 2025 date is for task 56 (2025年), equal'),
    e(DL, '32.完善信用信息应用', None, 'task 57 (2024年) told as done in 2024; note 持续推进'),
    e(DL, '38.提升经济数据汇聚质量', None, 'task 65 (2024年) told as done in 2024; note 持续推进'),
    e(DI, '39.巩固精准监管成果', '2023年', '2023年建立的 mechanism (task 68, 2023年) is told as done'),
    e(DL, '40.提升协同智能监管水平', None, 'tasks 72 (2023年), 74 and 75 (2024年) told as done; note 持续推进'),
    e(DL, '43.推进“智慧应急”建设', None, 'task 80 (2024年) told as done in 2024; 2025 continues, note 持续推进'),
    e(DL, '51.优化涉企服务', None, 'tasks 88 and 89 (2024年) told as done in 2024; note 持续推进'),
    e(DL, '58.深化协同办公应用', None, 'tasks 104 and 105 (2024年) told as done in 2024; note 长期坚持'),
    e(DL, '65.提升数字素养', '2025年底前', 'task 118 (2023年完成并长期坚持): this year’s training under a standing task'),
    e(DI, '64.加强资金保障', '2025年度', 'budget year, not a deadline (task 25, 2023年, is upkeep)'),
    e(DL, '66.强化考核评价', '2025年度', 'assessment year of standing tasks 121 (长期坚持), 122 and 123 (2023年完成，长期坚持)'),
    e(DL, '（二）加强调度通报。', '2026年1月10日前', 'the office’s own reporting date for the annual summary, not a task deadline'),
    e(DL, '16.落实数据安全制度', None, 'task 17 (2023年): standing security rules applied, note 长期坚持, no dated milestone'),
    e(DL, '20.落实标准规范', None, 'applying standards (task 27, 2024年, is a regional task); note 长期坚持, no dated milestone'),
    e(DL, '23.深化数据共享应用', None, 'tasks 36 (2023年), 33 and 34 (2024年) and 29 (2023年启动，2025年完成): ongoing sharing, note 持续推进, no dated milestone'),
    e(DL, '29.深化电子印章应用', None, 'task 53 (2024年) told as done (已全面使用); note 持续推进'),
    e(DL, '33.推动地理信息共享', None, 'task 58 (2024年) told as done (已汇入); note 长期坚持'),
    e(DL, '36.强化专业支撑', None, 'tasks 62 and 63 (2023年) are regional; the county uses them, note 持续推进'),
    e(DL, '41.提升矛盾纠纷化解能力', None, 'task 77 (2024年): the regional system is in use; note 持续推进'),
    e(DL, '42.提升社会治安防控能力', None, 'task 79 (2024年): upkeep of 雪亮工程, note 长期坚持'),
    e(DL, '47.深化“一网通办”', None, 'tasks 84 (2024年) and 85 (2023年): results consolidated (巩固…成果), note 持续推进'),
    e(DL, '48.做强“我的宁夏”永宁专区', None, 'tasks 86 and 90 (2024年): venues told as done (已全部接入), note 持续推进'),
    e(DL, '55.巩固自然资源数字化成果', None, 'tasks 97 and 98 (2024年) told as done (已接入, 已推广应用); note 长期坚持'),
    e(DL, '62.提升行政监督效能', None, 'task 108 (长期推进，2024年取得明显成效); note 长期坚持, no dated milestone'),
    e(DL, '63.加强组织领导', None, 'task 116 (2023年完成并长期坚持); note 长期坚持'),
    # equal deadlines
    e(DL, '3.完善数字经济治理', '2025年', 'equal to task 5 (持续推进，2025年取得明显成效)'),
    e(DL, '4.推动公共服务数字化', '2025年底前', 'equal to task 6 (持续推进，2025年取得明显成效)'),
    e(DL, '5.推进智慧文旅建设', '2025年底前', 'scenic-spot services are task 6 (2025年), equal; not task 90 (public venues, 2024年)'),
    e(DL, '6.深化智慧教育应用', '2025年底前', 'equal to task 7 (2023年形成试点经验，2025年取得明显成效)'),
    e(DL, '8.推进县城运行“一网统管”', '2025年底前', 'equal to task 9 (持续推进，2025年取得明显成效)'),
    e(DL, '9.推进数字乡村建设', '2025年底前', 'equal to task 10 (持续推进，2025年取得明显成效)'),
    e(DL, '11.深化“数字供销”示范建设', '2025年底前', 'equal to task 11 (2023年完成主要建设任务，2025年取得明显成效); the 2023 part is told as done'),
    e(DL, '12.培育数据要素市场', '2025年底前', 'equal to task 12 (2025年)'),
    e(DL, '21.开展试点示范', '2025年底前', 'equal to task 28 (2023年启动，2025年取得明显成效)'),
    e(DL, '35.厘清层级职责', '2025年底前', '六级贯通 work; task 64 is due 2025年, equal'),
    e(DL, '37.加强经济运行监测', '2025年底前', 'equal to task 66 (2025年)'),
    e(DL, '44.建设视频指挥调度体系', '2025年底前', 'equal to task 81 (2025年)'),
    e(DL, '46.推进智慧社区建设', '2025年底前', 'equal to task 83 (2025年)'),
    e(DL, '49.推进12345热线', '2025年底前', 'equal to task 87 (2023年启动，2025年完成); not task 115'),
    e(DL, '50.推进“多卡合一”', '2025年底前', 'equal to task 92 (2025年)'),
    e(DL, '53.提升生态环境数据应用能力', '2025年底前', 'equal to task 95 (2025年); 天地一体化 library is task 95, not 94'),
    e(DL, '54.打造数字治水永宁样板', '2025年底前', 'equal to task 96 (2025年)'),
    e(DL, '56.提升资源要素交易平台应用', '2025年底前', 'equal to task 100 (2025年)'),
    e(DL, '57.推动绿色低碳转型', '2025年底前', 'equal to tasks 101 and 102 (2025年)'),
    e(DL, '59.推进基层填表报数减负', '2025年底前', 'equal to task 106 (2025年), not task 105'),
    e(DL, '60.整合视频会议系统', '2025年6月', 'task 107 is due 2025年; the month is earlier (only the day is impossible)'),
    e(DL, '61.提升机关事务管理水平', '2025年底前', 'equal to task 111 (2025年)'),
    # earlier deadlines
    e(DL, '2.建设智慧园区', '2025年11月底前', 'earlier than task 3 (持续推进，2025年取得明显成效)'),
    e(DL, '7.推进“互联网+医疗健康”', '2025年10月底前', 'earlier than task 8 (持续推进，2025年取得明显成效)'),
    e(DL, '10.发展智慧农业', '2025年11月底前', 'earlier than task 10 (持续推进，2025年取得明显成效)'),
    e(DL, '27.推进视频资源共享', '2025年9月底前', 'earlier than task 49 (2025年)'),
    e(DL, '31.优化政务平台构成', '2025年10月底前', 'earlier than task 59 (2025年)'),
    e(DL, '34.健全组织机构', '2025年3月底前', 'earlier than task 64 (2025年)'),
    e(DL, '45.深化“互联网+基层治理”', '2025年11月底前', 'earlier than task 83 (2025年)'),
    # units: collectives, aliases, prefix distribution
    e(UU, '各乡镇人民政府，县直各部门（单位）：', '县直各部门（单位）', 'collective subject'),
    e(UU, '14.压实安全管理责任', '各乡镇人民政府', 'collective subject'),
    e(UU, '21.开展试点示范', '县直有关部门', 'collective subject'),
    e(UU, '21.开展试点示范', '各乡镇', 'collective subject'),
    e(UU, '35.厘清层级职责', '各村（社区）', 'collective subject'),
    e(UU, '63.加强组织领导', '县数字政府建设领导小组各成员单位', 'collective subject'),
    e(UU, '4.推动公共服务数字化', '卫健局', 'prefix 县 distributes: 县卫健局 = 县卫生健康局 (likewise 人社局, 文旅局, 民政局)'),
    e(UU, '19.规范政务信息化项目管理', '审计局', 'prefix 县 distributes: 县财政局, 县审计局'),
    e(UU, '1.推进产业数字化转型', '县工信商务局', 'short name of 县工业信息化和商务局 in units.txt'),
    e(UU, '2.建设智慧园区', '永宁工业园区管委会', 'in units.txt'),
    e(UU, '9.推进数字乡村建设', '闽宁镇', 'short name of 闽宁镇人民政府 in units.txt'),
    e(UU, '8.推进县城运行“一网统管”', '县综合执法局', 'short name of 县综合行政执法局 in units.txt'),
    e(UU, '43.推进“智慧应急”建设', '县消防救援大队', 'short name of 永宁县消防救援大队 in units.txt'),
    e(UU, '52.推进适老化与信息无障碍建设', '县残联', 'short name of 县残疾人联合会 in units.txt'),
    e(UU, '53.提升生态环境数据应用能力', '银川市生态环境局永宁分局', 'in units.txt (the city bureau’s county branch)'),
    e(UU, '56.提升资源要素交易平台应用', '县生态环境分局', 'short name of 银川市生态环境局永宁分局 in units.txt'),
    e(UU, '（二）加强调度通报。', '县数字政府建设领导小组办公室', 'in units.txt; report recipient'),
    e(UU, '36.强化专业支撑', '数字宁夏建设运营有限公司', 'regional bodies named in the 实施意见 body (“五个一”), mentioned as resources, not as responsible units'),
]

covers_spec = [
    (2, '1.推进产业数字化转型'), (3, '2.建设智慧园区'), (5, '3.完善数字经济治理'),
    (6, '4.推动公共服务数字化'), (7, '6.深化智慧教育应用'), (8, '7.推进“互联网+医疗健康”'),
    (9, '8.推进县城运行“一网统管”'), (10, '9.推进数字乡村建设'), (11, '11.深化“数字供销”示范建设'),
    (12, '12.培育数据要素市场'), (14, '14.压实安全管理责任'), (15, '14.压实安全管理责任'),
    (17, '16.落实数据安全制度'), (18, '15.提升安全防护能力'), (19, '17.提高自主可控水平'),
    (21, '18.推进审管协同'), (22, '18.推进审管协同'), (23, '19.规范政务信息化项目管理'),
    (24, '19.规范政务信息化项目管理'), (25, '19.规范政务信息化项目管理'), (28, '21.开展试点示范'),
    (29, '23.深化数据共享应用'), (30, '22.动态更新政务数据资源目录'), (32, '22.动态更新政务数据资源目录'),
    (36, '23.深化数据共享应用'), (40, '24.规范电子公文管理'), (41, '25.推进公共数据开放和融合应用'),
    (42, '25.推进公共数据开放和融合应用'), (47, '26.加强电子政务外网运维'), (48, '26.加强电子政务外网运维'),
    (50, '26.加强电子政务外网运维'), (49, '27.推进视频资源共享'), (51, '28.扩大电子证照应用'),
    (52, '28.扩大电子证照应用'), (53, '29.深化电子印章应用'), (55, '30.推进非税收入收缴电子化'),
    (56, '30.推进非税收入收缴电子化'), (59, '31.优化政务平台构成'), (57, '32.完善信用信息应用'),
    (58, '33.推动地理信息共享'), (64, '34.健全组织机构'), (66, '37.加强经济运行监测'),
    (65, '38.提升经济数据汇聚质量'), (68, '39.巩固精准监管成果'), (70, '39.巩固精准监管成果'),
    (71, '39.巩固精准监管成果'), (72, '40.提升协同智能监管水平'), (74, '40.提升协同智能监管水平'),
    (75, '40.提升协同智能监管水平'), (77, '41.提升矛盾纠纷化解能力'), (79, '42.提升社会治安防控能力'),
    (80, '43.推进“智慧应急”建设'), (81, '44.建设视频指挥调度体系'), (83, '45.深化“互联网+基层治理”'),
    (84, '47.深化“一网通办”'), (85, '47.深化“一网通办”'), (86, '48.做强“我的宁夏”永宁专区'),
    (90, '48.做强“我的宁夏”永宁专区'), (87, '49.推进12345热线'), (92, '50.推进“多卡合一”'),
    (88, '51.优化涉企服务'), (89, '51.优化涉企服务'), (93, '52.推进适老化与信息无障碍建设'),
    (95, '53.提升生态环境数据应用能力'), (96, '54.打造数字治水永宁样板'), (97, '55.巩固自然资源数字化成果'),
    (98, '55.巩固自然资源数字化成果'), (100, '56.提升资源要素交易平台应用'), (101, '57.推动绿色低碳转型'),
    (102, '57.推动绿色低碳转型'), (104, '58.深化协同办公应用'), (105, '58.深化协同办公应用'),
    (106, '59.推进基层填表报数减负'), (107, '60.整合视频会议系统'), (111, '61.提升机关事务管理水平'),
    (108, '62.提升行政监督效能'), (116, '63.加强组织领导'), (118, '65.提升数字素养'),
    (121, '66.强化考核评价'), (122, '66.强化考核评价'), (123, '66.强化考核评价'),
    (124, '66.强化考核评价'), (25, '64.加强资金保障'),
]
covers = []
seen = set()
for t, a in covers_spec:
    if t in seen:
        continue
    seen.add(t)
    covers.append({'task': t, 'line': ln(a)})
covers.sort(key=lambda c: c['task'])

key = {
    'writer': 'blind writer, round 893; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2025,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': ('永宁县 2025年数字政府建设工作要点 (issued 2025-02-24), checked against 宁政发〔2023〕17号 with no parent plan '
              '(永宁县 belongs to 银川市, whose plan is not supplied). Many regional tasks due 2023 or 2024 are told as done '
              '(“2023年已…”, “2024年已…”) and carried on as upkeep with notes 长期坚持 / 持续推进; those 2025 activities are not late. '
              'The note 完成时限 applies to the point as a whole; where a point mixes a finished 2023/2024 task and a 2025 task, '
              'the dated milestone belongs to the 2025 task (lines with 18., 28., 30.). 责任单位 lists follow the draft’s own rule that the first unit leads. '
              'Planted: wrong 文号 of the regional basis, one late deadline (task 93), one impossible date (6月31日), one unknown unit, '
              'one garbled run, and 政务公开 left out of the “七个能力”.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))
