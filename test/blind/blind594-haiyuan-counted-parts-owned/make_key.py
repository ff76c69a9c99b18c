# Builds key.json; every line number is looked up in draft.txt by a unique substring.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L.pop()

def ln(s):
    hits = [i + 1 for i, x in enumerate(L) if s in x]
    assert len(hits) == 1, (s, hits)
    return hits[0]

def E(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(anchor) if anchor else 0}
    if text is not None:
        assert anchor is None or text in L[d['line'] - 1], (text, anchor)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    E('basis-mismatch', '（宁政发〔2022〕17号）', '宁政发〔2022〕17号',
      'the 自治区 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong'),
    E('garbled-text', '鏀垮姟鏁版嵁铻嶅悎搴旂敤', '鏀垮姟鏁版嵁',
      'UTF-8 bytes of 政务数据融合应用 read as GBK (鏀垮姟鏁版嵁铻嶅悎搴旂敤); re-encoding as GBK and decoding as UTF-8 recovers it'),
    E('deadline-later-than-baseline', '相关责任清单，依托全区统一的公共数据开放平台', '2025年底',
      'part 一 of measure 15 (公共数据开放目录及责任清单, 开放平台) is task 41, 完成时限 2024年; the part says 2025年底前. The measure\'s closing note (2024年底前) is fine; the late date is inside part 一'),
    E('unknown-unit', '（县数据局，2024年底前）', '县数据局',
      'part 二 of measure 16: 县数据局 is not in units.txt (the county body is 县大数据服务中心); the other parts of the line name registered units and a collective'),
    E('deadline-invalid', '（县统计局，2024年9月31日前）', '9月31日',
      'impossible date: September has 30 days (part 二 of measure 21, task 65, 完成时限 2024年, so it is not late, only invalid)'),
    E('deadline-later-than-baseline', '海原专区，推动全县政务服务', '2025年6月底',
      'part 二 of measure 28 (迭代升级“我的宁夏”政务APP, 应用“应上尽上”) is task 86, 完成时限 2024年; the part says 2025年6月底前. Parts 一 and 三 on the same line are 2024 and fine'),
    E('missing-pillar', None, None,
      'no 政务公开 content anywhere: no 政务公开平台, 政策文件库, 政务新媒体 or 政民互动 measure; the 七个能力 intro (五、) lists only six abilities and section 五 has only six sub-sections', pillar='政务公开'),
    E('task-uncovered', None, None, 'task 112 (政务公开信息化平台, 各市、县（区）分别负责) left out with the 政务公开 pillar', task=112),
    E('task-uncovered', None, None, 'task 114 (政务新媒体矩阵, 各市、县（区）分别负责) left out with the 政务公开 pillar', task=114),
]

M = []
def N(rule, anchor, text=None, why=''):
    M.append(E(rule, anchor, text, why))

# basis documents
N('basis-mismatch', '（宁政办发〔2020〕14号）', '宁政办发〔2020〕14号', 'retrospective mention in the 工作基础 background of the 2020 工作要点 (when work started); correct title and 文号, not cited as a basis of this plan')
N('basis-mismatch', '海政办发〔2024〕12号', '海政办发〔2024〕12号', "the notice's own 文号, not a cited basis document")
# background and office dates
N('deadline-invalid', '2022年，县级电子政务外网完成IPv6改造', '2022年', 'past dates (2020, 2022, 2023) in the 工作基础 background, not deadlines')
N('deadline-invalid', '2024年3月18日', '2024年3月18日', 'issue date of the notice')
N('deadline-invalid', '（一）部署启动（2024年3月）', '2024年3月底前', "the office's own schedule: units report their lists by end of March 2024, after the 3月18日 issue date")
N('deadline-later-than-baseline', '每季度末月25日前', '25日前', "the office's own quarterly reporting date, not a task deadline")
N('deadline-later-than-baseline', '2024年12月15日前完成全年工作总结评估', '2024年12月15日前', "the office's own year-end review date, not a task deadline")
# goals
N('deadline-later-than-baseline', '（四）工作目标。到2024年底', '到2024年底', 'the 2024 goals are 外网县乡村全覆盖 (task 48, 2024年) and 信创云迁移 (task 19 2023年启动，2024年建成; task 43 2024年建成) - equal; they are not the region\'s 2023 goals (政策体系, 五个一, 家底, 大数据体系初步形成)')
N('deadline-later-than-baseline', '到2025年，全县数字政府建设与自治区“34567”', '到2025年', 'same year as the region\'s goal 到2025年 “34567”体系框架全面成型')
# 三个驱动
N('deadline-later-than-baseline', '1.推进产业数字化转型。', '2024年10月底前', 'part 一 is task 2 (2023年启动，2024年取得明显成效) - earlier; part 二 智慧园区 is task 3 (持续推进，2025年取得明显成效), 2024年12月底前 - earlier')
N('unknown-unit', '1.推进产业数字化转型。', '县工业园区管委会', 'short name of 县工业园区管理委员会 in units.txt')
N('unknown-unit', '2.完善数字经济治理。', '统计局', '县发改局、统计局: the 县 prefix distributes, 县统计局 is in units.txt')
N('deadline-later-than-baseline', '2.完善数字经济治理。', '持续推进', 'task 5 持续推进，2025年取得明显成效; parts are 持续推进/长期坚持 with no year')
N('deadline-later-than-baseline', '3.推进社会服务数字化。', '2024年9月底前', 'parts are tasks 7 (2023年形成试点经验，2025年取得明显成效), 8 (持续推进，2025年取得明显成效), 6 (持续推进，2025年取得明显成效): 2024 dates are earlier than the completing milestone')
N('deadline-invalid', '一是2023年已完成全县数字乡村试点建设评估', '2023年', 'part 一 names past work (2023年已完成…), not a deadline; its own date is 持续推进')
N('deadline-later-than-baseline', '三是深化“数字供销”示范区建设成果应用', '2024年11月底前', 'part 三 is task 11 (2023年完成主要建设任务，2025年取得明显成效); the completing milestone is 2025, and the part deepens the results of the finished construction')
N('unknown-unit', '（县工信商务局、各乡镇人民政府，2024年底前）', '各乡镇人民政府', 'collective subject inside a part; also in the closing note of measure 4')
N('deadline-later-than-baseline', '2024年12月31日前', '2024年12月31日前', 'task 9 (持续推进，2025年取得明显成效) - earlier')
N('missing-pillar', '6.培育数据要素和网络生态。', None, '数字生态 is covered here (数据要素市场, 数据交易, 网络生态)')
# 四个支撑
N('deadline-invalid', '一是2023年已明确县直各部门（单位）', '2023年', 'part names past work; tasks 14 and 15 are 2023年, the parts say 长期坚持')
N('unknown-unit', '一是2023年已明确县直各部门（单位）', '县直各部门（单位）', 'collective subject, with nested brackets inside the part\'s bracket')
N('deadline-later-than-baseline', '8.提升安全防护能力。', '长期坚持', 'task 18 (2023年形成机制，长期坚持) and task 17 (2023年): the parts carry 长期坚持 only, no dated milestone')
N('unknown-unit', '8.提升安全防护能力。', '县直有关部门', 'collective subject')
N('deadline-later-than-baseline', '9.推进政务信创云迁移。', '2024年10月底前', 'parts dated earlier than the whole: 2024年10月底前 and 2024年底前 under a closing note of 2024年12月底前; tasks 19 (2023年启动，2024年建成), 43 (2024年建成，持续推进), 45 (2024年) - equal or earlier')
N('deadline-later-than-baseline', '10.以数字化改革助力政府职能转变。', '2024年6月底前', 'tasks 21 (2024年), 22 (2025年), 23 (2024年): 2024年6月底前, 2024年底前, 2024年8月底前 are earlier or equal')
N('deadline-invalid', '一是严格执行2023年建立的', '2023年', 'past mention (mechanism set up in 2023), not a deadline; tasks 24 and 25 are 2023年 and the parts say 长期坚持')
N('deadline-later-than-baseline', '12.开展试点示范。', '2024年5月底前', 'task 28 (2023年启动，2025年取得明显成效) - earlier')
N('unknown-unit', '（海城镇人民政府、李旺镇人民政府，2024年11月底前）', '李旺镇人民政府', 'township governments listed in units.txt')
N('deadline-invalid', '一是2023年已完成全县政务数据资源普查', '2023年', 'past work (2023年已完成); task 30 is 2023年, so the county reports it done; the part\'s date is 持续推进')
N('deadline-later-than-baseline', '一是2023年已完成全县政务数据资源普查', '持续推进', 'tasks 30, 32, 31 are all 2023年; the parts carry 持续推进/长期坚持 with no later year')
N('deadline-later-than-baseline', '一是配合建设全区人口、法人、自然资源', '2024年9月底前', 'part 一 task 33 (2024年), part 二 task 42 (2024年) 2024年底前 - equal, part 三 task 39 (2024年) 2024年12月底前 - equal')
N('unknown-unit', '（县委政法委、中卫市生态环境局海原分局，2024年12月底前）', '中卫市生态环境局海原分局', 'the city bureau\'s county branch is in units.txt')
N('deadline-later-than-baseline', '（县大数据服务中心、各乡镇人民政府，2024年6月底前）', '2024年6月底前', 'part 一 task 48 (2024年) - earlier; part 三 视频一张网 task 49 (2025年) 2024年12月底前 - earlier')
N('deadline-later-than-baseline', '17.推广共性应用支撑。', '2024年底前', 'tasks 52 (2025年), 56 (2025年), 54 (2024年), 57 (2024年): all parts 2024 - earlier or equal')
N('unknown-unit', '四是加快信用中国（宁夏）海原站建设', '信用中国（宁夏）海原站', 'a website name in brackets inside a part, not a responsible unit')
N('deadline-later-than-baseline', '18.推动地理信息资源共建共享。', '2024年底前', 'task 58 (2024年) - equal')
# 工作体系
N('deadline-later-than-baseline', '19.健全组织机构。', '2024年4月底前', 'task 64 (各市、县（区）负责, 2025年) - earlier')
N('missing-pillar', '20.厘清层级职责。', None, '六级贯通 / 厘清层级职责 covered; 五个一 (组织机构) covered on the line before')
# 七个能力
N('deadline-later-than-baseline', '21.加强经济运行监测。', '2024年底前', 'part 一 task 66 (2025年) - earlier; part 二 task 65 (2024年) is not late (2024), only its day is impossible')
N('deadline-invalid', '一是2023年已完成县级监管事项目录', '2023年', 'past work; task 68 is 2023年, the part says 长期坚持')
N('deadline-later-than-baseline', '22.提升监管精准化水平。', '2024年9月底前', 'tasks 70 (2024年), 71 (2024年) - earlier/equal')
N('deadline-later-than-baseline', '23.提升监管智能化水平。', '2024年12月底前', 'tasks 74 (2024年), 75 (2024年) - equal')
N('deadline-later-than-baseline', '24.提升矛盾化解和治安防控能力。', '2024年10月底前', 'tasks 77, 79, 78 (all 2024年) - earlier/equal')
N('deadline-later-than-baseline', '25.推进“智慧应急”建设。', '2025年底', 'part 二 is task 81 (统筹推进全区信息化指挥调度资源连通、汇聚、整合, 2025年) - equal to the region; part 一 task 80 (2024年) 2024年11月底前 - earlier')
N('unknown-unit', '（各村（社区），持续推进）', '各村（社区）', 'collective subject inside a part')
N('deadline-later-than-baseline', '26.提高基层社会治理能力。', '2024年底前', 'task 83 (2025年) - earlier')
N('deadline-invalid', '二是2023年已全面推行“免证办”', '2023年', 'past work; task 85 is 2023年, the part carries 持续推进')
N('deadline-later-than-baseline', '27.深化“一网通办”。', '2024年底前', 'task 84 (2024年) - equal')
N('unknown-unit', '三是完成政务服务移动端、公共服务场所适老化', '县直各部门（单位）', 'collective subject (part 三, task 93 2024年 - equal)')
N('deadline-later-than-baseline', '29.优化涉企和民生服务。', '2025年底', 'part 四 is task 92 (多卡合一、多码合一, 2025年) - equal to the region; parts 一-三 tasks 88, 89, 90 (2024年) - equal/earlier')
N('deadline-later-than-baseline', '30.提升生态环保数字化水平。', '2025年底', 'part 二 is task 96 (互联网+城乡供水, 数字孪生流域, 2025年) - equal; tasks 94, 97, 98 (2024年) - equal/earlier')
N('deadline-later-than-baseline', '31.推动绿色低碳转型。', '2024年底前', 'tasks 100 (2025年), 102 (2025年) - earlier')
N('deadline-later-than-baseline', '32.提升行政执行能力。', '2024年6月底前', 'tasks 104 (2024年), 105 (2024年), 106 (2025年), 107 (2025年) - earlier/equal')
N('deadline-later-than-baseline', '33.提升行政监督和机关事务管理水平。', '2024年12月底前', 'closing note 2024年12月底前 for the whole measure, parts earlier (10月、9月、11月); tasks 108 (长期推进，2024年取得明显成效), 109 (2024年), 111 (2025年)')
N('unknown-unit', '（县政府督查室，2024年9月底前）', '县政府督查室', 'short name of 县人民政府督查室 in units.txt')
N('deadline-later-than-baseline', '34.提升辅助决策能力。', '2024年11月底前', 'task 103 (2024年) - earlier')
N('unknown-unit', '（一）加强组织领导。县推进数字政府建设领导小组', '县推进数字政府建设领导小组', 'in units.txt')
N('missing-pillar', '（四）强化考核评价。', None, '党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) are all in 六、保障措施')

covers = [
    (2, '1.推进产业数字化转型。'), (3, '1.推进产业数字化转型。'), (5, '2.完善数字经济治理。'),
    (7, '3.推进社会服务数字化。'), (8, '3.推进社会服务数字化。'), (6, '3.推进社会服务数字化。'),
    (10, '4.推进数字乡村建设。'), (11, '4.推进数字乡村建设。'), (9, '5.推进智慧县城建设。'),
    (12, '6.培育数据要素和网络生态。'), (14, '7.压实安全管理责任。'), (15, '7.压实安全管理责任。'),
    (18, '8.提升安全防护能力。'), (19, '9.推进政务信创云迁移。'), (43, '9.推进政务信创云迁移。'),
    (21, '10.以数字化改革助力政府职能转变。'), (22, '10.以数字化改革助力政府职能转变。'), (23, '10.以数字化改革助力政府职能转变。'),
    (24, '11.规范政务信息化项目管理。'), (25, '11.规范政务信息化项目管理。'), (28, '12.开展试点示范。'),
    (30, '13.健全政务数据管理机制。'), (32, '13.健全政务数据管理机制。'), (31, '13.健全政务数据管理机制。'),
    (33, '14.推进数据汇聚共享。'), (42, '14.推进数据汇聚共享。'), (39, '14.推进数据汇聚共享。'),
    (41, '15.推进数据开放和电子公文管理。'), (40, '15.推进数据开放和电子公文管理。'),
    (48, '16.提升网络平台支撑能力。'), (50, '16.提升网络平台支撑能力。'), (49, '16.提升网络平台支撑能力。'),
    (52, '17.推广共性应用支撑。'), (56, '17.推广共性应用支撑。'), (54, '17.推广共性应用支撑。'), (57, '17.推广共性应用支撑。'),
    (58, '18.推动地理信息资源共建共享。'), (64, '19.健全组织机构。'),
    (66, '21.加强经济运行监测。'), (65, '21.加强经济运行监测。'),
    (68, '22.提升监管精准化水平。'), (70, '22.提升监管精准化水平。'), (71, '22.提升监管精准化水平。'),
    (74, '23.提升监管智能化水平。'), (75, '23.提升监管智能化水平。'),
    (77, '24.提升矛盾化解和治安防控能力。'), (79, '24.提升矛盾化解和治安防控能力。'), (78, '24.提升矛盾化解和治安防控能力。'),
    (80, '25.推进“智慧应急”建设。'), (81, '25.推进“智慧应急”建设。'), (83, '26.提高基层社会治理能力。'),
    (84, '27.深化“一网通办”。'), (85, '27.深化“一网通办”。'), (86, '28.提升移动政务和适老化服务。'), (93, '28.提升移动政务和适老化服务。'),
    (88, '29.优化涉企和民生服务。'), (89, '29.优化涉企和民生服务。'), (90, '29.优化涉企和民生服务。'), (92, '29.优化涉企和民生服务。'),
    (94, '30.提升生态环保数字化水平。'), (96, '30.提升生态环保数字化水平。'), (97, '30.提升生态环保数字化水平。'), (98, '30.提升生态环保数字化水平。'),
    (100, '31.推动绿色低碳转型。'), (102, '31.推动绿色低碳转型。'),
    (104, '32.提升行政执行能力。'), (105, '32.提升行政执行能力。'), (106, '32.提升行政执行能力。'), (107, '32.提升行政执行能力。'),
    (108, '33.提升行政监督和机关事务管理水平。'), (109, '33.提升行政监督和机关事务管理水平。'), (111, '33.提升行政监督和机关事务管理水平。'),
    (103, '34.提升辅助决策能力。'), (116, '（一）加强组织领导。'), (25, '（二）加大资金保障。'),
    (118, '（三）提升数字素养。'), (117, '（三）提升数字素养。'), (122, '（四）强化考核评价。'), (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。'),
]
key = {
    'writer': 'blind writer, round 594; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': [{'task': t, 'line': ln(a)} for t, a in covers],
    'notes': ('海原县 (中卫市) 2024 annual 实施方案, issued 2024-03-18 by 海原县人民政府办公室, checked against ningxia-2023 only (no parent plan). '
              'Each numbered measure is one physical line whose parts are 一是…；二是…；三是…, each ending in its own bracket （责任单位，完成时限）; '
              'measures 4, 9, 15 and 33 add a closing note for the whole measure after the last part. Deadlines must be read per part: '
              'line of measure 15 has a late part 一 (2025年底前) under a correct closing note (2024年底前); measure 28 has a late part 二 between two correct parts; '
              'measure 16 has the unknown unit 县数据局 in part 二 between registered units. Parts that name past work (2023年已完成/已明确/已全面推行) carry 持续推进/长期坚持, '
              'and match tasks whose regional 完成时限 is 2023年. Line 9 holds the one planted basis mistake (宁政发〔2022〕17号); the other citations on that line are correct and are not listed in mustNotFlag only to avoid a same-rule same-line clash: 国发〔2022〕14号, 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） as the 吴忠 plan cites it, and the parent 中卫市 plan by title alone. Part 三 of measure 4 (数字供销) is compared with the completing milestone of task 11 (2025年).'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(key['covers']), len(set(t for t, a in covers)))
