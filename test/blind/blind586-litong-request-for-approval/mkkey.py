#!/usr/bin/env python3
"""Builds key.json for blind586; every line is located by a unique anchor in draft.txt and
the entry's text is checked to be on that line."""
import json

L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

def E(rule, anchor, text=None, why='', **kw):
    n = ln(anchor)
    if text is not None:
        assert text in L[n - 1], (text, n)
    d = {'rule': rule, 'line': n}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'

expect = [
    E(DL, '到2026年，全区数字政府建设“1347”体系框架全面成型', '2026年',
      '主要目标: the framework is to be fully formed 到2026年, but the regional 实施意见 says 到2025年 “34567”体系框架全面成型 and the 吴忠 plan 到2025年 “1347”体系框架全面成型; later than both'),
    E(DL, '34.推进适老化改造', '2025年6月底前',
      'task 93 (适老化与信息无障碍建设), regional 完成时限 2024年; the note says 2025年6月底前'),
    E(DI, '21.加强共性应用支撑', '2022年底前',
      'a deadline before the year the plan is issued (请示 of 2024-03-12, plan 2024); the matching tasks 54/40 are due 2024年, 52 is 2025年'),
    E(UU, '29.提升基层治理能力', '区政务信息中心',
      'not in units.txt (the district body is 区大数据服务中心); looks like an old name'),
    E(UU, '31.推广“我的宁夏”政务APP', '自治区政府办公厅',
      'a regional body named as lead (牵头, and first-listed) of a district task; copied from task 86 row'),
    E(BM, '主要依据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2023〕71号',
      'the 实施意见 is 宁政发〔2023〕17号 (cited correctly in the 请示 and the preamble); 71号 is a transposition'),
    E('garbled-text', '16.鎺ㄨ繘', '鎺ㄨ繘鏀垮姟',
      'UTF-8 read as GBK: 鎺ㄨ繘鏀垮姟鏁版嵁姹囪仛鍏变韩 = 推进政务数据汇聚共享'),
    {'rule': 'task-uncovered', 'line': 0, 'task': 114,
     'why': 'deliberately left out: 政务新媒体矩阵 (自治区各部门及各市、县（区）分别负责, 2024年); the 政务公开 section has 112, 113, 115 but no 新媒体 item'},
]

M = []
def N(rule, anchor, text=None, why=''):
    M.append(E(rule, anchor, text, why))

# the request's own dates, number and contacts
N(DI, '2024年3月12日', '2024年3月12日', 'the 请示 date itself, the office\'s own date, not a task deadline')
N(DL, '恳请于2024年3月29日前批复', '2024年3月29日', 'reply-by date the office asks of the district government; no task')
N(DL, '恳请于2024年3月29日前批复', '2024年4月上旬', 'the city\'s date for submitting county plans, background of the request; no task')
N(BM, '利大数发〔2024〕6号', '利大数发〔2024〕6号', 'the request\'s own 文号, not a basis citation')
N(BM, '关于审定《利通区数字政府建设实施方案（送审稿）》的请示', '《利通区数字政府建设实施方案（送审稿）》', 'the plan under approval, not a basis document')
N(DI, '（联系人：马晓燕', '0953-2135607', 'contact phone number, not a date')
N(BM, '为贯彻落实党的二十大精神和党中央、国务院关于加强数字政府建设的决策部署', '宁政发〔2023〕17号', 'correct 文号 of the regional 实施意见 in the 请示')
N(BM, '以数字政府建设助推数字利通发展', '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'the city plan cited by title alone, as DOMAIN says is usual; title correct')
N(BM, '以数字政府建设助推数字利通发展', '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 with its 文号 exactly as the 吴忠 plan cites it')
# goals
N(DL, '到2024年底，电子政务外网实现', '2024年底', '电子政务外网 three-level coverage and migration to 信创云: tasks 48 and 46 / 43 are due 2024年; equal')
N(DL, '到2035年，与政府治理能力现代化相适应', '2035年', 'equal to the regional and the 吴忠 2035 goal')
# task notes equal to or earlier than the region
N(DL, '（一）健全组织机构。参照自治区、吴忠市做法', '2024年6月底前', 'task 64 (各地参照成立组织机构), 2025年; earlier. Not task 60 (充实自治区领导小组, 2023年, a regional task for 自治区政府办公厅 only)')
N(DL, '（二）厘清层级职责', '2025年', 'the 六级贯通 text has no task row; 2025年 equals the region\'s 2025 framework goal and task 64 (2025年)')
N(DL, '1.推动工业园区智慧化升级', '持续推进，2025年取得明显成效', 'task 3 (智慧园区), 持续推进，2025年取得明显成效; equal')
N(DL, '2.推动特色产业数字化', '2024年取得明显成效', 'task 2 (产业云), 2023年启动，2024年取得明显成效; completing milestone equal')
N(DL, '3.完善数字经济治理', '持续推进，2025年取得明显成效', 'task 5, 持续推进，2025年取得明显成效; equal')
N(DL, '4.深化数字普惠应用', '持续推进，2025年取得明显成效', 'tasks 6 and 8 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效); equal')
N(DL, '5.推进智慧城市建设', '2025年', 'task 9, 持续推进，2025年取得明显成效; equal')
N(DL, '6.推进数字乡村建设', '持续推进，2025年取得明显成效', 'task 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效); equal')
N(DL, '7.培育数据要素市场', '2025年', 'task 12, 2025年; equal')
N(DI, '10.提升安全防护能力', '2023年形成机制，长期坚持', 'copied verbatim from task 18 (2023年形成机制，长期坚持); a copied regional deadline before the plan\'s year, ongoing')
N(DL, '11.提高自主可控水平', '2024年', 'task 19 (信创云), 2023年启动，2024年建成; equal')
N(DL, '12.推进行政权力事项网上运行', '2024年', 'task 21, 2024年 (and 22, 2025年); equal / earlier')
N(DL, '13.建立数字资源“一本账”', '2024年', 'task 23, 2024年; equal')
N(DL, '14.开展试点示范', '2025年取得明显成效', 'task 28, 2023年启动，2025年取得明显成效; equal')
N(DL, '16.鎺ㄨ繘', '2024年底前', 'tasks 33 and 34 (基础库, 主题库), 2024年; 2024年底 is equal')
N(DL, '17.促进数据开放利用', '2024年', 'tasks 41 and 42, 2024年; equal')
N(DL, '18.强化政务云支撑', '2024年6月底前', 'task 46 (2024年) and 43 (2024年建成，持续推进); earlier')
N(DL, '19.提升网络平台支撑', '2024年', 'tasks 47, 48 and 50, 2024年; equal')
N(DL, '20.统筹融合视频资源', '2025年', 'task 49, 2025年; equal')
N(DL, '22.推进非税收入电子化', '2025年', 'task 56, 2025年; equal')
N(DL, '23.加强经济运行监测', '2025年', 'task 66, 2025年; equal')
N(DL, '24.推进精准智慧监管', '2024年', 'tasks 70 and 71, 2024年; equal')
N(DL, '25.推进协同监管', '2024年', 'task 73, 2024年; equal')
N(DL, '26.提升矛盾纠纷化解能力', '2024年', 'task 77, 2024年; equal')
N(DL, '27.提升社会治安防控能力', '2024年', 'task 79, 2024年; equal')
N(DL, '28.提升应急管理能力', '2024年底前', 'task 80, 2024年; equal')
N(DL, '29.提升基层治理能力', '2025年', 'task 83, 2025年; equal')
N(DL, '30.打造泛在可及的服务体系', '2024年', 'task 84, 2024年; equal')
N(DL, '31.推广“我的宁夏”政务APP', '2024年', 'task 86, 2024年; equal (the unit in this note is wrong, not the date)')
N(DL, '32.优化涉企服务', '2024年', 'tasks 88 and 89, 2024年; equal')
N(DL, '33.推进公共场馆数字化', '2024年', 'task 90, 2024年; equal')
N(DL, '35.加强生态环境数字化监测', '2025年', 'task 95, 2025年; equal')
N(DL, '36.推进数字治水', '2025年', 'task 96, 2025年; equal')
N(DL, '37.推动绿色低碳转型', '2025年', 'task 102, 2025年; equal')
N(DL, '38.提升协同办公能力', '2024年', 'tasks 104 and 105, 2024年; equal')
N(DL, '39.推动基层减负', '2024年底前', 'task 106 (填表报数压减50%), 2025年; earlier')
N(DL, '40.整合视频会议和机关事务系统', '2025年', 'tasks 107 and 111, 2025年; equal')
N(DL, '41.提升政府信息公开水平', '2024年', 'task 112, 2024年; equal')
N(DL, '42.建设政策文件库', '2024年', 'task 113, 2024年; equal')
N(DL, '43.畅通政民互动渠道', '2024年', 'task 115, 2024年; equal')
N(DL, '（四）强化考核评价。每年度制定', '长期坚持', 'task 121 (年度工作要点和考核指标体系), 长期坚持; equal')
N(DL, '8.营造清朗网络生态', '长期坚持', 'no task row; ongoing, body text of the region (网络综合治理) has no date')
# the office's own reporting dates
N(DL, '区直各部门（单位）每季度末向区大数据服务中心报送', '每季度末', 'the office\'s own reporting rhythm, not a task deadline')
N(DL, '要于每年12月10日前将本年度任务落实情况', '12月10日', 'yearly reporting date to the office, not a task deadline')
N(DL, '要于每年12月10日前将本年度任务落实情况', '12月底前', 'the office\'s yearly report to the district government')
# explanation: past dates and its account of the opinions
N(DI, '2020年，自治区印发《宁夏回族自治区2020年', '2020年', 'past date in the background')
N(BM, '2020年，自治区印发《宁夏回族自治区2020年', '宁政办发〔2020〕14号', 'retrospective mention of the old 2020 工作要点 in the background, not a basis of the plan; title and 文号 match')
N(DI, '2020年，自治区印发《宁夏回族自治区2020年', '2023年5月16日', 'past date: the day the 实施意见 was issued (correct)')
N(DI, '2020年，自治区印发《宁夏回族自治区2020年', '2023年11月27日', 'past date: the day the 吴忠 plan was issued (correct)')
N(BM, '2020年，自治区印发《宁夏回族自治区2020年', '《关于加强数字政府建设的实施意见》', 'regional 实施意见 named by its short title without 文号 in the background; correct title')
N(DI, '2023年12月，区大数据服务中心成立起草专班', '2023年12月', 'past date in the account of the drafting, before the plan\'s year but not a deadline')
N(DI, '2024年1月8日至1月19日', '1月19日', 'past dates of the consultation (征求意见)')
N(DI, '2024年1月8日至1月19日', '37条', 'count of opinions received (37 = 29 + 5 + 3), not a date or a number to check')
N(DI, '2024年2月26日，召开专家论证会', '2024年3月5日', 'past dates of the expert review and the legality review')
N(BM, '主要依据《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct title and 文号 of the national guiding opinion')
N(BM, '主要依据《国务院关于加强数字政府建设的指导意见》', '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'the 吴忠 plan by title alone, correct')
N(DL, '方案分为总体要求', '43项', 'count of tasks, not a date')
# units
N(UU, '（一）健全组织机构。参照自治区、吴忠市做法', '各乡镇（街道）', 'collective subject')
N(UU, '（一）健全组织机构。参照自治区、吴忠市做法', '区直各部门（单位）', 'collective subject')
N(UU, '29.提升基层治理能力', '各村（社区）', 'collective subject')
N(UU, '6.推进数字乡村建设', '各乡镇人民政府', 'collective subject')
N(UU, '17.促进数据开放利用', '区直有关部门（单位）', 'collective subject')
N(UU, '13.建立数字资源“一本账”', '财政局、审计局', 'prefix 区 distributes: 区发展改革局、财政局、审计局 = 区发展和改革局, 区财政局, 区审计局, all in units.txt')
N(UU, '3.完善数字经济治理', '利通区公安分局', 'short name of 吴忠市公安局利通区分局 in units.txt')
N(UU, '39.推动基层减负', '区政府办', 'short name of 区人民政府办公室 in units.txt')
N(UU, '4.深化数字普惠应用', '区人社局', 'short name of 区人力资源和社会保障局 in units.txt')
N(UU, '4.深化数字普惠应用', '区卫健局', 'short name of 区卫生健康局 in units.txt')
N(UU, '12.推进行政权力事项网上运行', '区审批局', 'short name of 区审批服务管理局 in units.txt')
N(UU, '22.推进非税收入电子化', '区自然资源分局', 'short name of 吴忠市自然资源局利通分局 in units.txt')
N(UU, '35.加强生态环境数字化监测', '区生态环境分局', 'short name of 吴忠市生态环境局利通分局 in units.txt')
N(UU, '5.推进智慧城市建设', '区住建交通局', 'short name of 区住房城乡建设和交通局 in units.txt')
N(UU, '33.推进公共场馆数字化', '区文旅体广局', 'short name of 区文化旅游体育广电局 in units.txt')
N(UU, '1.推动工业园区智慧化升级', '金积工业园区管委会', 'in units.txt; first-listed, the lead')
N(UU, '（一）加强组织领导。各乡镇党委', '各乡镇党委（党工委）', 'collective subject in body text')
N(UU, '（三）提升数字素养。依托宁夏干部教育培训网络学院', '区委党校', 'in units.txt; body text')
N(UU, '因吴忠市要求各县（市、区）', '各县（市、区）', 'collective subject in the 请示')

covers = []
def C(task, anchor):
    covers.append({'task': task, 'line': ln(anchor)})
for t, a in [
    (2, '2.推动特色产业数字化'), (3, '1.推动工业园区智慧化升级'), (5, '3.完善数字经济治理'),
    (6, '4.深化数字普惠应用'), (7, '4.深化数字普惠应用'), (8, '4.深化数字普惠应用'),
    (9, '5.推进智慧城市建设'), (10, '6.推进数字乡村建设'), (11, '6.推进数字乡村建设'),
    (12, '7.培育数据要素市场'), (14, '9.强化安全管理责任'), (15, '9.强化安全管理责任'),
    (18, '10.提升安全防护能力'), (19, '11.提高自主可控水平'), (21, '12.推进行政权力事项网上运行'),
    (23, '13.建立数字资源“一本账”'), (25, '（二）加大财政投入。将数字政府建设经费'),
    (28, '14.开展试点示范'), (30, '15.健全数据管理机制'), (32, '15.健全数据管理机制'),
    (33, '16.鎺ㄨ繘'), (34, '16.鎺ㄨ繘'), (41, '17.促进数据开放利用'), (42, '17.促进数据开放利用'),
    (46, '18.强化政务云支撑'), (48, '19.提升网络平台支撑'), (50, '19.提升网络平台支撑'),
    (49, '20.统筹融合视频资源'), (54, '21.加强共性应用支撑'), (56, '22.推进非税收入电子化'),
    (64, '（一）健全组织机构。参照自治区、吴忠市做法'), (66, '23.加强经济运行监测'),
    (71, '24.推进精准智慧监管'), (73, '25.推进协同监管'), (77, '26.提升矛盾纠纷化解能力'),
    (79, '27.提升社会治安防控能力'), (80, '28.提升应急管理能力'), (83, '29.提升基层治理能力'),
    (84, '30.打造泛在可及的服务体系'), (86, '31.推广“我的宁夏”政务APP'), (88, '32.优化涉企服务'),
    (89, '32.优化涉企服务'), (90, '33.推进公共场馆数字化'), (93, '34.推进适老化改造'),
    (95, '35.加强生态环境数字化监测'), (96, '36.推进数字治水'), (102, '37.推动绿色低碳转型'),
    (104, '38.提升协同办公能力'), (105, '38.提升协同办公能力'), (106, '39.推动基层减负'),
    (107, '40.整合视频会议和机关事务系统'), (111, '40.整合视频会议和机关事务系统'),
    (112, '41.提升政府信息公开水平'), (113, '42.建设政策文件库'), (115, '43.畅通政民互动渠道'),
    (116, '（一）加强组织领导。各乡镇党委'), (121, '（四）强化考核评价。每年度制定'),
]:
    C(t, a)

key = {
    'writer': 'blind writer, round 586; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
    'notes': ('A 请示 of 利通区大数据服务中心 (lines 1-13), the 送审稿 of the district plan (14-101, framework “1347” after '
              'the 吴忠 plan, 43 numbered measures with inline 责任单位/完成时限 notes; line 18 says the first-listed unit leads), '
              'and the 起草说明 (102-115). The plan year is 2024 (请示 dated 2024-03-12). Notes on tasks whose regional deadline '
              'is 2023 (14, 15, 30, 32, 36, 116, 25, 118) deliberately carry no 完成时限. Line 50 copies task 18\'s '
              '“2023年形成机制，长期坚持” verbatim. Line 115 claims every deadline is no later than the region\'s; that claim is '
              'false at lines 24 and 83, which are planted.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
