#!/usr/bin/env python3
"""Build key.json for blind910-litong-annex. Every line number is found by a unique
substring of draft.txt and every `text` is checked to occur on its line."""
import json, re

L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(sub):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def row(n):
    hits = [i for i, l in enumerate(L, 1) if len(l.split('\t')) == 5 and l.split('\t')[1] == str(n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def e(rule, line, why, **kw):
    d = {'rule': rule, 'line': line}
    d.update(kw)
    d['why'] = why
    if 'text' in d and line:
        assert d['text'] in L[line - 1], (line, d['text'])
    return d

expect = [
    e('basis-mismatch', ln('（宁政发〔2022〕17号）'), 'the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a year slip, probably copied from 国发〔2022〕14号 just before it', text='宁政发〔2022〕17号'),
    e('unknown-unit', ln('区经信局牵头'), 'not in units.txt: an outdated name (the old 经济和信息化 bureau); the current unit is 区工业信息化和商务局 / 区工信商务局, as annex row 4 and the next paragraph name it', text='区经信局'),
    e('deadline-invalid', ln('2024年6月31日前'), 'impossible date: June has 30 days (annex row 13 restates it as 2024年6月底前)', text='2024年6月31日'),
    e('garbled-text', ln('鏀垮姟鏁版嵁'), 'UTF-8 bytes read as GBK: 鏀垮姟鏁版嵁铻嶅悎搴旂敤 re-encodes (GBK->UTF-8) to 政务数据融合应用', text='鏀垮姟鏁版嵁铻嶅悎搴旂敤'),
    e('deadline-later-than-baseline', row(19), 'annex row 19 (城域网/电子政务外网 区、乡镇、村全覆盖) takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; 2025年6月底前 is later. The body paragraph (line 61) gives no date for it, so the slip is only in the annex table', text='2025年6月底前'),
    {'rule': 'task-uncovered', 'line': 0, 'task': 93, 'why': 'deliberately left out: 政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 (各市、县（区）按照职能分别负责, 2024年) appears nowhere in the draft; the 吴忠 parent plan has it too'},
]

M = []
def m(rule, line, why, **kw):
    M.append(e(rule, line, why, **kw))

# --- basis documents
l10 = ln('根据《国务院关于加强数字政府建设的指导意见》')
m('basis-mismatch', l10, 'correct title and 文号 of the national 指导意见', text='国发〔2022〕14号')
m('basis-mismatch', l10, 'cited exactly as the 吴忠 parent plan cites it (title and 文号 copied from the seed); not a baseline document', text='宁政办发〔2023〕11号')
m('basis-mismatch', l10, 'the city plan cited by its correct title without a 文号, as DOMAIN says a city plan may be', text='吴忠市人民政府《关于加强数字政府建设的实施方案》')
m('basis-mismatch', ln('宁政办发〔2020〕14号'), 'retrospective mention in the 工作基础 background of the 2020 工作要点 (correct title and 文号), not cited as a basis', text='宁政办发〔2020〕14号')
m('basis-mismatch', ln('利政办发〔2024〕9号'), 'the 通知\'s own 文号, not a basis document', text='利政办发〔2024〕9号')
m('basis-mismatch', ln('关于印发《利通区2024年数字政府建设实施方案》的通知'), 'the plan\'s own title in the 通知 head, not a cited basis document', text='《利通区2024年数字政府建设实施方案》')

# --- dates in the head and the background
m('deadline-invalid', ln('2024年3月15日'), 'issue date of the 通知', text='2024年3月15日')
m('deadline-invalid', ln('2023年，我区调整成立'), 'past date in the 工作基础 background (what was done in 2023), not a deadline', text='2023年')
m('deadline-invalid', ln('截至2023年底仍有9个系统'), 'past dates in the background (2020 start, status at 截至2023年底), not deadlines', text='截至2023年底')
m('deadline-later-than-baseline', ln('需要在2024年集中攻坚'), 'a statement of the plan year in the background, not a task deadline', text='2024年')

m('deadline-later-than-baseline', L.index('利通区2024年数字政府建设实施方案') + 1, 'the plan\'s own title year, not a deadline', text='2024年')
# --- 主要目标
m('deadline-later-than-baseline', ln('到2024年底，区直部门非涉密政务信息系统'), '2024 goals: 政务信创云迁移 = task 43 (2024 年建成，持续推进) and 46 (2024 年), equal; 我的宁夏 掌上办 = task 86 (2024年), equal; 填表报数压减 = task 106 (2025年), earlier; 电子政务外网向村（社区）延伸覆盖 = task 48 (2024年), equal (the annex row 19 contradicts it, see expect); none repeats a 2023 goal of the region or of 吴忠', text='到2024年底')
m('deadline-later-than-baseline', ln('到2025年，全区数字政府建设“1347”体系框架全面成型'), 'equal to the region\'s 主要目标 (到2025年 “34567”体系框架全面成型) and to 吴忠\'s (到2025年 “1347”体系框架全面成型)', text='到2025年')

# --- dated sentences in the body
m('deadline-later-than-baseline', ln('力争2024年底前完成城区主要市政设施'), 'task 9 (智慧城市/一网统管) 完成时限 持续推进，2025年取得明显成效; 2024年底前 is earlier; annex row 8 restates it consistently', text='2024年底前')
l60 = ln('2024年6月底前完成迁移评估')
m('deadline-later-than-baseline', l60, 'tasks 43 (2024 年建成，持续推进) and 46 (2024 年): 2024年6月底前 evaluation and 2024年底前 应迁尽迁 are earlier / equal; annex row 18 restates 2024年12月底前', text='2024年底前')
m('deadline-later-than-baseline', ln('2024年9月底前完成区直部门业务专网清理整合'), 'task 50 (非涉密业务专网整合迁移) 完成时限 2024 年; 2024年9月底前 is earlier; annex row 21 restates it consistently', text='2024年9月底前')
m('deadline-later-than-baseline', ln('每季度末月25日前'), 'the office\'s own reporting dates (quarterly progress reports, 2024年12月10日前 annual summary), not task deadlines', text='2024年12月10日前')
m('deadline-invalid', ln('每季度末月25日前'), 'reporting dates inside the plan year, valid', text='25日前')

# --- annex rows: (row, tasks and their 完成时限, relation)
rows = {
 1: ('2024年6月底前', 'task 64 (各地成立相应组织机构) 完成时限 2025年; earlier'),
 2: ('2024年4月底前', 'no regional task: “一联系、两清单” is the 吴忠 plan\'s own mechanism (一套体系/完善工作机制); nothing to be later than'),
 3: ('2024年12月底前', 'the 实施意见\'s 厘清层级职责 (县 一体化推进指挥调度中心); nearest task 81 (视频指挥调度体系) 完成时限 2025年; earlier'),
 4: ('2024年取得明显成效', 'task 2 (产业云) 完成时限 2023 年启动，2024 年取得明显成效; equal'),
 5: ('持续推进，2025年取得明显成效', 'task 3 (智慧园区) 完成时限 持续推进，2025 年取得明显成效; equal'),
 6: ('持续推进，2025年取得明显成效', 'task 5 (数字经济治理/以网管网) 完成时限 持续推进，2025 年取得明显成效; equal'),
 7: ('持续推进，2025年取得明显成效', 'tasks 6 and 8 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效); the completing milestone 2025 is equal'),
 8: ('2024年12月底前', 'task 9 完成时限 持续推进，2025年取得明显成效; earlier; same date as body line 38'),
 9: ('持续推进，2025年取得明显成效', 'task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; equal'),
 10: ('2025年', 'task 12 (数据要素市场) 完成时限 2025年; equal'),
 11: ('长期坚持', 'tasks 14 and 15 (安全和保密主体责任；安全评估、重大事件处置机制) 完成时限 2023年: the mechanism is already in place (the region\'s 2023 milestone); the district row states an ongoing duty with no dated milestone, so nothing is later'),
 12: ('2024年12月底前', 'tasks 21 (行政权力事项网上运行) 2024年 and 22 (审管协同) 2025年; equal / earlier'),
 13: ('2024年6月底前', 'task 23 (数字资源“一本账”) 完成时限 2024年; earlier (the body line 51 has the impossible 6月31日 for the same item)'),
 14: ('持续推进，2025年取得明显成效', 'task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; completing milestone equal'),
 15: ('2024年12月底前', 'tasks 33 (基础数据资源库) and 34 (主题数据库) 完成时限 2024年; equal'),
 16: ('2024年12月底前', 'tasks 41 (公共数据开放) and 42 (公共数据与政务数据融合应用) 完成时限 2024年; equal'),
 17: ('2024年12月底前', 'tasks 40 (电子公文档案) and 54 (电子文件归档) 完成时限 2024年; equal'),
 18: ('2024年12月底前', 'tasks 43 (2024 年建成，持续推进) and 46 (2024 年); equal; consistent with body line 60'),
 20: ('2024年10月底前', 'task 47 (电子政务外网升级、骨干网扩容) 完成时限 2024 年; earlier'),
 21: ('2024年9月底前', 'task 50 (专网整合迁移) 完成时限 2024 年; earlier; consistent with body line 61'),
 22: ('2025年', 'task 49 (视频一张网) 完成时限 2025 年; equal'),
 23: ('2024年12月底前', 'tasks 52 (电子证照) 2025年 and 57 (信用信息) 2024年; earlier / equal'),
 24: ('2024年12月底前', 'task 65 (经济数据汇聚) 完成时限 2024年; equal'),
 25: ('2024年12月底前', 'task 66 (经济运行大数据平台) 完成时限 2025年; earlier'),
 26: ('2024年12月底前', 'task 70 (双随机、一公开 差异化监管、信用风险分类) 完成时限 2024年; equal'),
 27: ('2024年12月底前', 'task 71 (全链条数字化追溯监管) 完成时限 2024年; equal'),
 28: ('2024年12月底前', 'task 74 (新型监管手段、远程监管) 完成时限 2024年; equal'),
 29: ('2024年12月底前', 'task 77 (矛盾纠纷多元化解) 完成时限 2024年; equal'),
 30: ('2024年12月底前', 'task 79 (雪亮工程) 完成时限 2024年; equal'),
 31: ('2024年12月底前', 'task 80 (智慧应急) 完成时限 2024年; equal'),
 32: ('2025年', 'task 83 (互联网+基层治理) 完成时限 2025年; equal'),
 33: ('2024年12月底前', 'task 84 (网上办、掌上办、就近办、一次办) 完成时限 2024年; equal'),
 34: ('2024年12月底前', 'task 86 (“我的宁夏”应上尽上) 完成时限 2024年; equal'),
 35: ('2024年12月底前', 'task 87 (12345 热线) 完成时限 2023年启动，2025年完成; earlier'),
 36: ('2024年12月底前', 'tasks 88 (一业一证) and 89 (企业专属网页、惠企政策) 完成时限 2024年; equal'),
 37: ('2024年12月底前', 'task 94 (生态环境数据资源中心) 完成时限 2024年; equal'),
 38: ('持续推进，2025年取得明显成效', 'task 96 (互联网+城乡供水) 完成时限 2025年; equal'),
 39: ('2024年12月底前', 'task 98 (智慧林草) 完成时限 2024年; equal'),
 40: ('2024年12月底前', 'tasks 104 (协同办公平台) and 105 (宁政通) 完成时限 2024年; equal'),
 41: ('2025年', 'task 106 (填表报数系统) 完成时限 2025年; equal'),
 42: ('2024年12月底前', 'tasks 107 (视频会议) and 111 (机关事务) 完成时限 2025年; earlier'),
 43: ('2024年12月底前', 'tasks 112 (政务公开平台) and 114 (政务新媒体矩阵) 完成时限 2024年; equal'),
 44: ('2024年12月底前', 'task 115 (政民互动) 完成时限 2024年; equal'),
 45: ('2023年完成并长期坚持', 'task 116 (一把手工程、年度工作要点) 完成时限 2023年完成并长期坚持, copied word for word; equal'),
}
for n, (d, why) in sorted(rows.items()):
    r = row(n)
    assert L[r - 1].split('\t')[4] == d, (n, L[r - 1])
    m('deadline-later-than-baseline', r, 'annex row %d: %s' % (n, why), text=d)
m('deadline-invalid', row(45), 'a copied regional deadline (task 116, 2023年完成并长期坚持) that lies before the plan\'s year: the duty was due in 2023 and stays ongoing; not an impossible or mistaken date', text='2023年完成并长期坚持')

# --- units
m('unknown-unit', ln('各乡镇人民政府、街道办事处，区直各部门、各直属机构：'), 'addressees: collectives (各 distributes over 街道办事处), not responsible units', text='街道办事处')
for sub in ['（一）健全组织机构。', '（二）厘清层级职责。', '2.提升网络支撑能力。', '4.提升基层治理能力。', '（一）加强组织领导。']:
    m('unknown-unit', ln(sub), 'collective: 各乡镇人民政府、街道办事处 = 各乡镇人民政府 and 各街道办事处 (各 distributes over the list)', text='街道办事处')
for n in [1, 3, 19, 32, 45]:
    m('unknown-unit', row(n), 'collective in the annex: 各乡镇人民政府、街道办事处 (各 distributes)', text='街道办事处')
m('unknown-unit', ln('（二）厘清层级职责。'), 'collective 区直各部门（单位）, with its own full-width brackets inside （责任单位：…）', text='区直各部门（单位）')
m('unknown-unit', ln('4.开展试点示范。'), 'collective 区直有关部门', text='区直有关部门')
m('unknown-unit', ln('2.提升社会治安防控能力。'), 'collective 各乡镇（街道）', text='各乡镇（街道）')
m('unknown-unit', ln('3.推进数字乡村建设。'), 'collective 各乡镇人民政府; 区供销社 is the registered short name of 区供销合作社', text='区供销社')
m('unknown-unit', ln('1.推进公共服务数字化。'), 'prefix 区 distributes: 区教育局, 区卫生健康局, 区民政局, 区人力资源和社会保障局, 区文化旅游体育广电局, all in units.txt', text='卫生健康局')
m('unknown-unit', row(7), 'same distributed list in the annex; 区人力资源和社会保障局 is a registered name and must not be split at 和', text='人力资源和社会保障局')
m('unknown-unit', ln('2.加快“智慧园区”建设。'), '区工业信息化和商务局 is a registered name (not split at 和); 金积工业园区管委会 is registered', text='金积工业园区管委会')
m('unknown-unit', ln('3.完善数字经济治理。'), '利通公安分局 is the registered short name of 吴忠市公安局利通区分局', text='利通公安分局')
m('unknown-unit', ln('2.提升安全防护能力。'), '吴忠市公安局利通区分局 is a registered name (a city-prefixed district branch), not a city unit and not to be split', text='吴忠市公安局利通区分局')
m('unknown-unit', ln('1.培育数据要素市场。'), '区发改局 and 区工信商务局 are registered short names; 自治区、吴忠市 in the text are not responsible units', text='区发改局')
m('unknown-unit', ln('3.推动监管智能化。'), '吴忠市生态环境局利通分局 is registered; 区市场监管局 is a registered short name', text='吴忠市生态环境局利通分局')
m('unknown-unit', ln('1.加强生态环境数字化监测。'), '利通生态环境分局 is the registered short name of 吴忠市生态环境局利通分局', text='利通生态环境分局')
m('unknown-unit', ln('3.提升公共安全保障能力。'), '区应急局 (short name) and 利通区消防救援大队 are registered', text='利通区消防救援大队')
m('unknown-unit', ln('3.推进智慧林草建设。'), '区林草局 is the registered short name of 区林业和草原局', text='区林草局')
m('unknown-unit', ln('（三）提升数字素养。'), '区委党校 and 区人社局 (short name) are registered', text='区委党校')
m('unknown-unit', ln('2.深化数据高效共享。'), '自治区政务数据平台 is a platform, not a responsible unit', text='自治区政务数据平台')
m('unknown-unit', row(4), '区工信商务局 / 区发改局: registered short names (the annex row that restates line 33 with the right unit)', text='区工信商务局')

# --- text that is not mojibake
m('garbled-text', ln('巩固“易办·吴优”'), 'the middle dot in the 吴忠 service brand 易办·吴优 is genuine', text='易办·吴优')
m('garbled-text', ln('2.提升网络支撑能力。'), 'Latin IPv6 inside Chinese text is not damage', text='IPv6')

# --- pillars present under the 吴忠 “1347” headings
m('missing-pillar', ln('（三）营造良好数字生态'), 'the 数字生态 driver is taken up (数据要素市场, 网络生态)', pillar='数字生态')
m('missing-pillar', ln('（二）厘清层级职责。'), '五个一/六级贯通 is folded into 一套体系 as in the 吴忠 plan: 健全组织机构, 厘清层级职责 (六级贯通), 完善工作机制', pillar='六级贯通')
m('missing-pillar', ln('（二）加大资金保障。'), '财政投入 is taken up under the name 加大资金保障', pillar='财政投入')
m('missing-pillar', ln('（三）提升数字素养。'), '数字素养 is taken up', pillar='数字素养')

covers = []
for t, sub in [
    (64, '（一）健全组织机构。'), (2, '1.推动产业数字化转型。'), (3, '2.加快“智慧园区”建设。'), (5, '3.完善数字经济治理。'),
    (6, '1.推进公共服务数字化。'), (7, '1.推进公共服务数字化。'), (8, '1.推进公共服务数字化。'), (9, '2.配合推进智慧城市建设。'),
    (10, '3.推进数字乡村建设。'), (11, '3.推进数字乡村建设。'), (12, '1.培育数据要素市场。'),
    (14, '1.强化安全管理责任。'), (15, '1.强化安全管理责任。'), (17, '2.提升安全防护能力。'), (18, '2.提升安全防护能力。'),
    (21, '1.推动政府职能数字化转变。'), (22, '1.推动政府职能数字化转变。'), (23, '2.建立数字资源“一本账”。'),
    (24, '3.规范政务信息化项目管理。'), (28, '4.开展试点示范。'), (32, '1.落实数据管理职责。'), (33, '1.落实数据管理职责。'),
    (34, '1.落实数据管理职责。'), (36, '2.深化数据高效共享。'), (41, '3.促进数据开放利用。'), (42, '3.促进数据开放利用。'),
    (40, '4.加强电子公文和电子档案管理。'), (54, '4.加强电子公文和电子档案管理。'), (43, '1.推进政务信息系统上云。'),
    (46, '1.推进政务信息系统上云。'), (47, '2.提升网络支撑能力。'), (48, '2.提升网络支撑能力。'), (50, '2.提升网络支撑能力。'),
    (49, '3.统筹融合视频资源。'), (52, '4.推广共性应用支撑。'), (57, '4.推广共性应用支撑。'), (65, '1.汇聚经济运行数据。'),
    (66, '2.加强经济运行监测分析。'), (70, '1.推动监管精准化。'), (71, '2.推进追溯监管。'), (74, '3.推动监管智能化。'),
    (77, '1.提升矛盾纠纷化解能力。'), (79, '2.提升社会治安防控能力。'), (80, '3.提升公共安全保障能力。'), (83, '4.提升基层治理能力。'),
    (84, '1.打造泛在可及的服务体系。'), (86, '2.做强“我的宁夏”利通专区。'), (87, '3.优化12345政务服务便民热线。'),
    (88, '4.提供优质便利的涉企服务。'), (89, '4.提供优质便利的涉企服务。'), (94, '1.加强生态环境数字化监测。'),
    (96, '2.推进智慧水务建设。'), (98, '3.推进智慧林草建设。'), (104, '1.提升行政执行能力。'), (105, '2.推广应用“宁政通”。'),
    (106, '3.推动基层减负。'), (107, '4.整合视频会议和机关事务系统。'), (111, '4.整合视频会议和机关事务系统。'),
    (112, '1.提升政府信息公开水平。'), (114, '2.发挥政务新媒体传播优势。'), (115, '3.畅通政民互动渠道。'),
    (116, '（一）加强组织领导。'), (25, '（二）加大资金保障。'), (118, '（三）提升数字素养。'), (122, '（四）强化考核评价。'),
    (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。'),
]:
    covers.append({'task': t, 'line': ln(sub)})

key = {
    'writer': 'blind writer, round 910; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
    'notes': ('利通区 2024 实施方案 (district of 吴忠市) following the 吴忠 “1347” framework; every measure ends with （责任单位：…）, '
              'and 附件 任务分解表 (tab-separated: 任务类别/序号/重点任务/责任单位/完成时限, empty first cell continues the group) restates the measures with its own dates. '
              'The annex note says the first-listed lead unit is the main lead. Only one slip is in the annex alone (row 19, task 48). '
              'Regional tasks due 2023 are taken up in the body without dates; in the annex only rows 11 (长期坚持, tasks 14/15) and 45 (copied 2023年完成并长期坚持, task 116) touch them. '
              'units.txt lists 利通区 units only; collectives (各乡镇人民政府、街道办事处, 各乡镇（街道）, 区直各部门（单位）, 区直有关部门) are not listed.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('lines', len(L), 'expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers), 'distinct tasks', len({c["task"] for c in covers}))
