#!/usr/bin/python3
# Builds key.json for blind736 from draft.txt: every line number is found by a
# unique locator string, so the key stays exact if the draft is edited.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def ln(loc, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if loc in l]
    assert len(hits) == 1, (loc, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits[0])
    return hits[0]


def e(rule, loc, why, text=None, **kw):
    d = {'rule': rule, 'line': ln(loc, text) if loc else 0}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d


expect = [
    e('basis-mismatch', '《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）',
      'the 自治区 实施意见 on 加强数字政府建设 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发〔2023〕17号 is a different series (自治区政府办公厅), a typed slip of the 文号',
      text='宁政办发〔2023〕17号'),
    e('garbled-text', '推进数字乡村建设。', 'UTF-8 bytes of 现代乡村治理体系 read as GBK (re-encode as GBK, decode as UTF-8 to recover); the rest of the line is clean',
      text='鐜颁唬涔℃潙娌荤悊浣撶郴'),
    e('deadline-later-than-baseline', '提升网络支撑能力。',
      'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; task 47 (电子政务外网升级改造) is also 2024年; the county puts 村级 coverage at 2025年6月底前',
      text='2025年6月底前'),
    e('deadline-invalid', '深化电子文件管理。',
      'June has 30 days: 2024年6月31日 is an impossible date. The tasks (54 电子文件归档, 40 电子公文) are due 2024年, so the year itself is not late',
      text='2024年6月31日'),
    e('unknown-unit', '提升行政执行能力。',
      'not in units.txt: the county body is 县大数据服务中心 (short name 县大数据中心), used everywhere else and in the table row for the same task; 县大数据管理服务局 is the drafter copying the city pattern 市大数据管理服务局',
      text='县大数据管理服务局'),
    e('missing-pillar', None,
      'the 七个能力 pillar 政务公开 is not taken up anywhere: no 政务公开平台/信息公开, no 政策文件库, no 政务新媒体矩阵, no 政民互动/民意转办平台; section 五 lists only six abilities and has six sub-sections',
      pillar='政务公开'),
    e('task-uncovered', None, 'consequence of the dropped 政务公开 section: 进一步完善各类政务公开信息化平台 (自治区各部门及各市、县（区）分别负责, 2024年) is not taken up', task=112),
    e('task-uncovered', None, 'consequence of the dropped 政务公开 section: 政务新媒体矩阵体系 (自治区各部门及各市、县（区）分别负责, 2024年) is not taken up', task=114),
]

nm = []


def n(rule, loc, why, text=None):
    nm.append(e(rule, loc, why, text=text))


# citations and own numbers
n('basis-mismatch', '海政发〔2024〕9号', "the county's own 文号 for this notice, not a basis citation", text='海政发〔2024〕9号')
n('basis-mismatch', '（国发〔2022〕14号）', 'correct title and 文号 of the national 指导意见', text='国发〔2022〕14号')
n('basis-mismatch', '中卫市人民政府《关于加强数字政府建设的实施方案》',
  "the parent city's plan cited by title alone, as city plans often are (no 文号 given, none wrong); no parent plan is supplied for checking",
  text='中卫市人民政府《关于加强数字政府建设的实施方案》')
n('basis-mismatch', '近年来，我县认真落实',
  'retrospective mention of the 2020 工作要点 in the 工作基础 paragraph (past work), not a basis of this plan; its title and 文号 宁政办发〔2020〕14号 match',
  text='宁政办发〔2020〕14号')
n('deadline-invalid', '近年来，我县认真落实',
  'background facts dated before the plan year (2021年, 2022年, 2023年, 截至2023年底) describe past work, not deadlines', text='截至2023年底')
n('deadline-invalid', '2024年3月26日', 'the issue date of the notice, not a deadline', text='2024年3月26日')
# goals
n('deadline-later-than-baseline', '到2025年，全县数字政府建设',
  'same year as the regional goal 到2025年 “34567”体系框架全面成型', text='到2025年')
n('deadline-later-than-baseline', '到2035年，与政府治理能力', 'same year as the regional 到2035年 goal', text='到2035年')
# deadlines equal or earlier
n('deadline-later-than-baseline', '（一）健全组织机构。', 'task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年; 2024年6月底前 is earlier', text='2024年6月底前')
n('deadline-later-than-baseline', '建立数字资源“一本账”。', 'task 23 (一体化数字资源管理系统, “一本账”) 完成时限 2024年; 2024年11月底前 is within it', text='2024年11月底前')
n('deadline-later-than-baseline', '推动特色产业数字化。', 'task 2 (产业云与政务云互联互通) 完成时限 2023年启动，2024年取得明显成效; 2024年取得明显成效 is equal', text='2024年取得明显成效')
n('deadline-later-than-baseline', '推进智慧园区建设。', 'task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; the bracket copies it exactly', text='持续推进，2025年取得明显成效')
n('deadline-later-than-baseline', '推进公共服务数字化。', 'task 6 (教育、健康、就业…服务数字化; 各市、县（区）负责) 完成时限 持续推进，2025年取得明显成效; equal', text='2025年取得明显成效')
n('deadline-later-than-baseline', '推进智慧教育。', 'task 7 (国家智慧教育平台整省试点) 完成时限 2023年形成试点经验，2025年取得明显成效; 2025年底前 is the same final year', text='2025年底前')
n('deadline-later-than-baseline', '深化“互联网+医疗健康”。', 'task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效; 2024年底前 is earlier', text='2024年底前')
n('deadline-later-than-baseline', '推进数字乡村建设。', 'task 10 (数字乡村; 各市、县（区）具体负责) 完成时限 持续推进，2025年取得明显成效; 2025年底前 is the same year (this line is in expect only for its garbled run)', text='2025年底前')
n('deadline-later-than-baseline', '培育数据要素市场。', 'task 12 (数据要素市场) 完成时限 2025年; 2025年底前 is equal', text='2025年底前')
n('deadline-later-than-baseline', '提升安全防护能力。', 'task 18 is 2023年形成机制，长期坚持; 每年至少组织开展1次 is a recurring frequency, not a completion date', text='每年至少组织开展1次')
n('deadline-later-than-baseline', '提高自主可控水平。', 'task 46 (政务信息系统有序迁移) 完成时限 2024年 and task 19 (政务信创云) 2023年启动，2024年建成; 2024年底前 is equal', text='2024年底前')
n('deadline-later-than-baseline', '推动行政权力事项网上运行。', 'task 21 (行政权力事项网上运行、动态管理) 完成时限 2024年; 年底前 in a 2024 plan means 2024年底, equal', text='年底前')
n('deadline-later-than-baseline', '强化审管协同。', 'task 22 (审管协同) 完成时限 2025年; equal', text='2025年')
n('deadline-later-than-baseline', '开展试点示范。', 'task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; equal final milestone; 每年选择1至2个 is a frequency', text='2025年取得明显成效')
n('deadline-later-than-baseline', '推进数据汇聚治理。', 'tasks 33/34 (基础数据资源库, 主题数据库) 完成时限 2024年; equal', text='2024年底前')
n('deadline-later-than-baseline', '推进公共数据开放。', 'task 41 (公共数据开放目录及责任清单) 完成时限 2024年; 2024年9月底前 is earlier', text='2024年9月底前')
n('deadline-later-than-baseline', '促进数据融合应用。', 'task 42 (公共数据与政务数据融合应用) 完成时限 2024年; equal', text='2024年底前')
n('deadline-later-than-baseline', '强化政务云支撑。', 'task 43 (政务“一朵云”) 完成时限 2024 年建成，持续推进; same form and year', text='2024年建成，持续推进')
n('deadline-later-than-baseline', '统筹视频资源。', 'task 49 (视频一张网) 完成时限 2025年; equal', text='2025年底前')
n('deadline-later-than-baseline', '推广电子证照应用。', 'task 52 (电子证照全面电子化与社会化应用) 完成时限 2025年; equal', text='2025年')
n('deadline-later-than-baseline', '推进财政收缴电子化。', 'task 56 (非税收入收缴电子化) 完成时限 2025年 and task 55 (财政电子票据) 2024年; 2024年10月底前 is not later than either', text='2024年10月底前')
n('deadline-later-than-baseline', '完善信用信息服务。', 'task 57 (信用信息公共服务平台) 完成时限 2024年; equal', text='2024年完成')
n('deadline-later-than-baseline', '加强经济运行监测。', 'task 66 (宁夏经济运行大数据平台; 各市、县（区）配合) 完成时限 2025年; equal', text='2025年底前')
n('deadline-later-than-baseline', '加强重点领域追溯监管。', 'task 71 (重点领域数字化追溯监管) 完成时限 2024年; equal', text='2024年底前')
n('deadline-later-than-baseline', '推进矛盾纠纷多元化解。', 'task 77 (矛盾纠纷多元化解信息系统) 完成时限 2024年; equal', text='2024年底前')
n('deadline-later-than-baseline', '提升社会治安防控能力。', 'task 79 (雪亮工程) 完成时限 2024年; equal', text='2024年底前')
n('deadline-later-than-baseline', '推进“智慧应急”建设。', 'task 80 (智慧应急) 完成时限 2024年; equal', text='2024年底前')
n('deadline-later-than-baseline', '提高基层治理能力。', 'task 83 (互联网+基层治理; 各市、县（区）具体负责) 完成时限 2025年; equal', text='2025年底前')
n('deadline-later-than-baseline', '深化“一网通办”。', 'task 84 (一体化政务服务体系) 完成时限 2024年; equal; 95%以上 is a target, not a date', text='2024年底前')
n('deadline-later-than-baseline', '做优“我的宁夏”海原专区。', 'task 86 (“我的宁夏”应上尽上) 完成时限 2024年; 2024年9月底前 is earlier', text='2024年9月底前')
n('deadline-later-than-baseline', '提升12345热线服务。', 'task 87 (12345 “一呼即应”) 完成时限 2023年启动，2025年完成; equal', text='2025年底前')
n('deadline-later-than-baseline', '推动公共场馆数字化。', 'task 90 (公共场馆数字化，接入“我的宁夏”) 完成时限 2024年; equal', text='2024年完成')
n('deadline-later-than-baseline', '推进适老化与信息无障碍建设。', 'task 93 (适老化与信息无障碍) 完成时限 2024年; equal, given in brackets', text='2024年底前完成')
n('deadline-later-than-baseline', '深化“互联网+城乡供水”。', 'task 96 (互联网+城乡供水, 全域水联网) 完成时限 2025年; equal', text='2025年底前')
n('deadline-later-than-baseline', '提高自然资源管理数字化水平。', 'task 97 (自然资源“一张图”) 完成时限 2024年; equal, given in brackets', text='2024年底前完成')
n('deadline-later-than-baseline', '推进“智慧林草”应用。', 'task 98 (智慧林草) 完成时限 2024年; equal', text='2024年完成')
n('deadline-later-than-baseline', '推动绿色低碳转型。', 'tasks 101/102 (碳排放监测核算, 绿色低碳转型) 完成时限 2025年; equal', text='2025年取得明显成效')
n('deadline-later-than-baseline', '推进基层减负。', 'task 106 (填表报数系统，压减50%以上) 完成时限 2025年; equal', text='2025年底前')
n('deadline-later-than-baseline', '整合视频会议资源。', 'task 107 (视频会议平台) 完成时限 2025年; equal', text='2025年完成')
n('deadline-later-than-baseline', '提升机关事务管理水平。', 'task 111 (机关事务管理统一门户) 完成时限 2025年; equal', text='2025年底前')
n('deadline-later-than-baseline', '（四）强化考核评价。', 'task 121 (年度工作要点和考核指标体系) 完成时限 长期坚持; equal. The 效能目标管理考核 sentence (tasks 122/123, 2023年完成，长期坚持) on the same line carries no date', text='长期坚持')
n('deadline-later-than-baseline', '（五）强化督促落实。', "the office's own reporting dates (每季度末月25日前, 2024年12月15日前 for the annual summary), not the completion date of task 124 (2023年形成机制，长期坚持)", text='2024年12月15日前')
n('deadline-later-than-baseline', '1\t健全县、乡两级', 'table row, task 64 完成时限 2025年; 2024年6月底前 is earlier', text='2024年6月底前')
n('deadline-later-than-baseline', '6\t配合建设基础数据库', 'table row, tasks 33/34 完成时限 2024年; equal', text='2024年')
n('deadline-later-than-baseline', '19\t县乡村远程诊疗全覆盖', 'table row, task 8 完成时限 持续推进，2025年取得明显成效; 2024年底前 is earlier', text='2024年底前')
# units
n('unknown-unit', '各乡镇人民政府，县直各部门（单位）：', 'collective subjects (各乡镇人民政府, 县直各部门（单位）)', text='县直各部门（单位）')
n('unknown-unit', '中卫市人民政府《关于加强数字政府建设的实施方案》', 'issuer of a cited basis document, not a responsible unit of any measure', text='中卫市人民政府')
n('unknown-unit', '（三）完善工作机制。', 'prefix 县 distributes: 县财政局、县审计局、县大数据服务中心, all in units.txt', text='审计局、大数据服务中心')
n('unknown-unit', '推动特色产业数字化。', 'prefix distributes: 县工业和信息化局 is in units.txt; 县直有关部门 is a collective', text='工业和信息化局')
n('unknown-unit', '推进智慧园区建设。', 'in units.txt (县工业园区管委会)', text='县工业园区管委会')
n('unknown-unit', '推进公共服务数字化。', 'prefix distributes over 卫生健康局、人力资源和社会保障局、文化旅游广电局、民政局, all 县… units in units.txt', text='人力资源和社会保障局')
n('unknown-unit', '深化“互联网+医疗健康”。', 'official short names in units.txt: 县卫健局 = 县卫生健康局, 县医保局 = 县医疗保障局; 县人民医院, 县中医医院 are listed', text='县卫健局')
n('unknown-unit', '推进“数字供销”建设。', 'short name of 县供销合作社 in units.txt', text='县供销社')
n('unknown-unit', '强化政务云支撑。', '自治区政府办公厅 is named as the source of the 统一部署 (context), not as the lead or a responsible unit of the county task; the responsible unit is 县大数据服务中心', text='自治区政府办公厅')
n('unknown-unit', '推进矛盾纠纷多元化解。', 'prefix distributes: 县司法局, 县信访局 in units.txt', text='司法局、信访局')
n('unknown-unit', '推进“智慧应急”建设。', '海原县消防救援大队 and 海原县气象局 are in units.txt; 县应急局, 县林草局 are listed short names', text='海原县消防救援大队')
n('unknown-unit', '提高基层治理能力。', 'collectives 各乡镇人民政府, 各村（社区）', text='各村（社区）')
n('unknown-unit', '深化“一网通办”。', '县审批局 is the listed short name of 县审批服务管理局', text='县审批局')
n('unknown-unit', '推进适老化与信息无障碍建设。', '县残联 is the listed short name of 县残疾人联合会', text='县残联')
n('unknown-unit', '加强生态环境智慧监测。', 'the city bureau\'s county branch, listed in units.txt', text='中卫市生态环境局海原分局')
n('unknown-unit', '（一）加强组织领导。', '县委 and 县政府 are listed short names of 中共海原县委员会 and 海原县人民政府', text='县委、县政府')
n('unknown-unit', '（三）提升数字素养。', '县委党校 is in units.txt; 县人社局 is a listed short name', text='县委党校')
n('unknown-unit', '2\t建立数字资源“一本账”', '县大数据中心 is the listed short name of 县大数据服务中心', text='县大数据中心')

covers_src = [
    (2, '推动特色产业数字化。'), (3, '推进智慧园区建设。'), (5, '完善数字经济治理。'),
    (6, '推进公共服务数字化。'), (7, '推进智慧教育。'), (8, '深化“互联网+医疗健康”。'),
    (10, '推进数字乡村建设。'), (11, '推进“数字供销”建设。'), (12, '培育数据要素市场。'),
    (14, '强化安全管理责任。'), (15, '强化安全管理责任。'), (17, '落实安全制度要求。'),
    (18, '提升安全防护能力。'), (21, '推动行政权力事项网上运行。'),
    (22, '强化审管协同。'), (23, '建立数字资源“一本账”。'), (24, '（三）完善工作机制。'),
    (25, '（二）加大财政投入。'), (28, '开展试点示范。'), (32, '完善数据管理机制。'),
    (33, '推进数据汇聚治理。'), (34, '推进数据汇聚治理。'), (36, '深化数据共享。'),
    (41, '推进公共数据开放。'), (42, '促进数据融合应用。'), (43, '强化政务云支撑。'),
    (46, '提高自主可控水平。'), (48, '提升网络支撑能力。'), (49, '统筹视频资源。'),
    (50, '整合业务专网。'), (52, '推广电子证照应用。'), (54, '深化电子文件管理。'),
    (56, '推进财政收缴电子化。'), (57, '完善信用信息服务。'), (58, '推动地理信息共享。'),
    (64, '（一）健全组织机构。'), (66, '加强经济运行监测。'), (68, '推进精准监管。'),
    (70, '推进精准监管。'), (71, '加强重点领域追溯监管。'), (72, '推进监管协同。'),
    (73, '推进监管协同。'), (77, '推进矛盾纠纷多元化解。'), (79, '提升社会治安防控能力。'),
    (80, '推进“智慧应急”建设。'), (83, '提高基层治理能力。'), (84, '深化“一网通办”。'),
    (85, '推行“免证办”“集成办”。'), (86, '做优“我的宁夏”海原专区。'), (87, '提升12345热线服务。'),
    (88, '优化涉企服务。'), (89, '优化涉企服务。'), (90, '推动公共场馆数字化。'),
    (93, '推进适老化与信息无障碍建设。'), (94, '加强生态环境智慧监测。'), (96, '深化“互联网+城乡供水”。'),
    (97, '提高自然资源管理数字化水平。'), (98, '推进“智慧林草”应用。'), (101, '推动绿色低碳转型。'),
    (102, '推动绿色低碳转型。'), (103, '提升辅助决策能力。'), (104, '提升行政执行能力。'),
    (105, '提升行政执行能力。'), (106, '推进基层减负。'), (107, '整合视频会议资源。'),
    (111, '提升机关事务管理水平。'), (116, '（一）加强组织领导。'), (118, '（三）提升数字素养。'),
    (121, '（四）强化考核评价。'), (122, '（四）强化考核评价。'), (123, '（四）强化考核评价。'),
    (124, '（五）强化督促落实。'),
]
covers = [{'task': t, 'line': ln(loc)} for t, loc in covers_src]

key = {
    'writer': 'blind writer, round 736; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': nm,
    'covers': covers,
    'notes': ('海原县 (中卫市) 2024 实施方案, issued 2024-03-26, checked against 宁政发〔2023〕17号 only (no parent plan). '
              'Measures name bodies and dates inside the sentence in mixed forms: 由X负责，DATE完成 / X牵头，Y配合，DATE / '
              '（责任单位：…；完成时限：…） / date before the body. Dates on tasks whose regional 完成时限 is 2023 were deliberately left out '
              '(those measures carry no date), so no line pairs a 2024 date with a 2023 task. 年底前 in a 2024 plan = 2024年底. '
              'The 政务公开 section was dropped as a slip (missing-pillar); tasks 112 and 114 (counties 分别负责) are uncovered '
              'as a consequence; 113 and 115 (counties only 配合) are uncovered too and are not listed. '
              'The attached 2024 task table repeats 19 body measures with the same or consistent dates; the 2025 item (task 48) and the '
              'impossible-date item are not in the 2024 table. The table row for the 协同办公/宁政通 task names the unit correctly '
              '(县大数据服务中心); only the body line 提升行政执行能力 has the wrong 县大数据管理服务局.'),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(nm), 'covers', len(covers), 'lines', len(lines))
