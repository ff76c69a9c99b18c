#!/usr/bin/env python3
"""Builds key.json for blind912: every line number is looked up from draft.txt by an anchor string."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES = LINES[:-1]


def ln(anchor, also=None):
    """1-based line holding anchor (and also, if given); must be unique."""
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l and (also is None or also in l)]
    assert len(hits) == 1, (anchor, also, hits)
    return hits[0]


def e(rule, anchor, text=None, why='', also=None, **kw):
    d = {'rule': rule, 'line': ln(anchor, also)}
    if text is not None:
        assert text in LINES[d['line'] - 1], (text, d['line'])
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d


expect = [
    e('basis-mismatch', '宁政发〔2022〕17号', '宁政发〔2022〕17号',
      'the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong 文号 for that title'),
    e('deadline-later-than-baseline', '到2026年，全县数字政府建设“1347”体系框架全面成型', '2026年',
      '主要目标: the region says 到2025年 the “34567” framework 全面成型, and the parent 吴忠 plan says 到2025年 its “1347” framework 全面成型; the county puts the same goal in 2026'),
    e('unknown-unit', '县经信局', '县经信局',
      'old name of the county economy and IT bureau (now 县工业信息化和商务局 = 县工信商务局); not in units.txt under this or any alias'),
    e('deadline-later-than-baseline', '3.推进外网全覆盖', '2025年6月底前',
      'task 48 (城域网升级改造, 区市县乡村5级全覆盖, 各市、县（区）具体负责) has 完成时限 2024年; the county sets 2025年6月底前'),
    e('garbled-text', '鎺ㄨ繘閲嶇偣鎺掓薄', '鎺ㄨ繘閲嶇偣鎺掓薄',
      'UTF-8 bytes read as GBK in the section pasted from the 生态环境 branch; re-encoding as GBK and decoding as UTF-8 gives “推进重点排污单位在线监控数据接入，强化大”'),
    e('deadline-invalid', '2.提升行政执行能力', '20224年',
      'impossible year 20224年 (a typing slip for 2024年); tasks 104/105 (协同办公平台, 宁政通) are due 2024年'),
]

M = []
def m(*a, **k):
    M.append(e(*a, **k))

# deadlines: equal, earlier, ongoing, copied
m('deadline-later-than-baseline', '（一）健全组织机构。参照自治区', '2024年6月底前',
  'earlier than task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责), 完成时限 2025年')
m('deadline-later-than-baseline', '责任单位：县工业信息化和商务局、县农业农村局', '2024年取得明显成效',
  'task 2 (产业云/企业上云) is 2023年启动，2024年取得明显成效 - completing milestone equal')
m('deadline-later-than-baseline', '责任单位：同心工业园区管委会', '持续推进，2025年取得明显成效',
  'task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效 - copied, equal')
m('deadline-later-than-baseline', '责任单位：县卫生健康局、县医保局', '2025年底前',
  'task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效 - same year, equal')
m('deadline-later-than-baseline', '责任单位：县教育体育局', '2025年取得明显成效',
  'task 7 (智慧教育) 2023年形成试点经验，2025年取得明显成效 - completing milestone equal')
m('deadline-later-than-baseline', '3.提升安全防护能力', '2023年形成机制，长期坚持',
  'copied verbatim from task 18 (安全技术保障体系, 2023年形成机制，长期坚持) - equal')
m('deadline-invalid', '3.提升安全防护能力', '2023年形成机制，长期坚持',
  'a copied regional deadline (task 18) that lies before the plan year; the mechanism exists and is kept up 长期坚持 - not an impossible date')
m('deadline-later-than-baseline', '4.提高自主可控水平', '2024年底前',
  'task 19 (政务信创云) 2023年启动，2024年建成 - equal')
m('deadline-later-than-baseline', '4.开展试点示范', '2024年启动，2025年取得明显成效',
  'task 28 (试点示范) 2023年启动，2025年取得明显成效 - completing milestone equal')
m('deadline-later-than-baseline', '1.强化政务云支撑', '2024年底前',
  'tasks 43 (2024年建成，持续推进) and 46 (2024年) - equal')
m('deadline-later-than-baseline', '2.升级电子政务外网', '2024年底前',
  'task 47 (外网升级改造) 完成时限 2024年 - equal')
m('deadline-later-than-baseline', '6.推广共性应用', '2024年底前',
  'tasks 53 (电子印章, 2024年) and 55 (公共支付/电子票据, 2024年) equal; task 52 (电子证照, 2025年) earlier')
m('deadline-later-than-baseline', '责任单位：县政府办公室、县公安局', '2025年底前',
  'task 87 (12345热线) 2023年启动，2025年完成 - equal')
m('deadline-later-than-baseline', '1.提升生态环保协同治理能力', '2024年底前',
  'task 94 (2024年) equal, task 95 (2025年) earlier')
m('deadline-later-than-baseline', '5.提升行政监督水平', '2024年取得明显成效',
  'task 108 (公共资源交易) 长期推进，2024年取得明显成效 - equal')
m('deadline-later-than-baseline', '4.提高基层治理能力', '2025年',
  'task 83 (互联网+基层治理) 完成时限 2025年 - equal')
m('deadline-later-than-baseline', '到2024年底，县直部门', '2024年底',
  '主要目标 2024 milestones match tasks 43 (2024年建成), 105 (宁政通, 2024年) and 93 (适老化, 2024年) - equal; no 2023 regional goal is restated')
m('deadline-later-than-baseline', '到2035年，与政府治理能力现代化', '2035年',
  'same 2035 goal as the region and the 吴忠 plan - equal')
m('deadline-later-than-baseline', '1.强化安全管理责任', '长期坚持',
  'tasks 14/15 are due 2023年; a 2024 plan keeps them as 长期坚持 with no dated milestone later than the region')
m('deadline-later-than-baseline', '1.健全政务数据管理机制', '长期坚持',
  'tasks 30/32 are due 2023年; kept up 长期坚持, no dated milestone (每半年更新 is a routine cycle, not a deadline)')
m('deadline-later-than-baseline', '3.促进经济政策衔接', '持续推进',
  'task 67 is due 2023年; 持续推进 sets no dated milestone')
m('deadline-invalid', '2020年以来，我县按照', '2023年',
  'past dates in the background section (2020年以来, 2023年 results), not deadlines')
m('deadline-invalid', '（六）做好跟踪调度', '2024年12月10日',
  "the office's own reporting dates (每季度末月25日前, 2024年12月10日前报送年度工作总结), not task deadlines and not before the plan year")
m('deadline-invalid', '2024年3月26日', '2024年3月26日', 'issue date of the notice')
# units
m('unknown-unit', '1.提升矛盾纠纷化解能力', '司法局',
  '“县公安局、司法局、信访局”: the 县 prefix distributes, giving 县司法局 and 县信访局, both in units.txt')
m('unknown-unit', '责任单位：县住房城乡建设和交通局', '自然资源局',
  '“县公安局、自然资源局”: prefix distributes to 县自然资源局 (in units.txt)')
m('unknown-unit', '2.创新项目管理机制', '审计局',
  '“县财政局、审计局”: prefix distributes to 县审计局 (in units.txt)')
m('unknown-unit', '1.提升生态环保协同治理能力', '吴忠市生态环境局同心分局',
  'the county-level environment branch, listed in units.txt under its full name; not a city unit and not to be split')
m('unknown-unit', '4.提高基层治理能力', '各村（社区）',
  'collective subjects 各乡镇人民政府, 各村（社区） (窑山管委会 is in units.txt)')
m('unknown-unit', '1.强化安全管理责任', '县直各部门（单位）', 'collective subject')
m('unknown-unit', '2.推动数据按需回流', '县人社局',
  'official short names listed in units.txt: 县人社局, 县卫健局, 县应急局; 县直有关部门 is a collective')
m('unknown-unit', '责任单位：县农业农村局、县工信商务局', '县工信商务局',
  'short name of 县工业信息化和商务局, listed in units.txt')
m('unknown-unit', '责任单位：县审批局', '县审批局', 'short name of 县审批服务管理局, listed in units.txt')
m('unknown-unit', '责任单位：县农业农村局、中国电信同心分公司', '中国电信同心分公司',
  'telecom operators listed in units.txt (中国电信/移动/联通同心分公司)')
m('unknown-unit', '责任单位：同心工业园区管委会', '同心工业园区管委会',
  'in units.txt; only 县经信局 on this line is unknown')
m('unknown-unit', '1.提升矛盾纠纷化解能力', '县人民检察院', '县人民法院 and 县人民检察院 are in units.txt')
m('unknown-unit', '3.促进经济政策衔接', '同心县税务局', 'in units.txt')
m('unknown-unit', '3.提升公共安全保障能力', '同心县消防救援大队', '同心县消防救援大队 and 同心县气象局 are in units.txt')
# basis
m('basis-mismatch', '（国发〔2022〕14号）', '国发〔2022〕14号', 'correct 文号 for the national 指导意见')
m('basis-mismatch', '（宁政办发〔2023〕11号）', '宁政办发〔2023〕11号',
  '《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 by the 吴忠 plan as well; correct')
m('basis-mismatch', '吴忠市人民政府《关于加强数字政府建设的实施方案》', '吴忠市人民政府《关于加强数字政府建设的实施方案》',
  'parent city plan cited by its exact title without 文号, as the city plan has none')
m('basis-mismatch', '宁政办发〔2020〕14号', '宁政办发〔2020〕14号',
  'retrospective mention in the background section (2020年以来…按照…部署), with the right title and 文号; not cited as a basis')
m('basis-mismatch', '同政办发〔2024〕15号', '同政办发〔2024〕15号', "the county office's own document number for this notice")
# rare but correct names
m('garbled-text', '3.推进特色产业数字化', '韦州', 'real place names 韦州、下马关、预旺 and products 同心圆枣、文冠果')
m('garbled-text', '1.建设智慧县城', '豫海镇', '豫海镇 is the county seat town')
m('garbled-text', '3.推进教育数字化', '张家塬', 'real townships 马高庄、张家塬（塬 is a loess-plateau character）、田老庄')
m('garbled-text', '5.拓展公平普惠的民生服务', '豫海县回民自治政府旧址',
  'historic site 陕甘宁省豫海县回民自治政府旧址 and 韦州古城 - correct names')
m('garbled-text', '3.提升公共安全保障能力', '罗山', '罗山 and 清水河 are real landmarks of the county')
m('garbled-text', '各乡镇人民政府、窑山管委会，县直各部门', '窑山管委会', '窑山管委会 is a real county-level administrative area')
# pillars
for pil in ('五个一', '六级贯通'):
  M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': pil,
          'why': 'work system folded into 二、完善“一套体系” (健全组织机构 参照“五个一”, 厘清层级职责 按“六级贯通”/云网数用安, 完善工作机制), lines %d-%d, as the 吴忠 plan does' % (ln('二、完善“一套体系”'), ln('（三）完善工作机制'))})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态',
          'why': 'short but present: 三、（三）营造良好数字生态, line %d (数据要素市场, 网络生态)' % ln('积极配合自治区培育数据要素市场')})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入',
          'why': '六、（二）加大财政投入, line %d' % ln('（二）加大财政投入')})

covers_src = [
    (2, '1.推动企业上云用云'), (3, '2.加快“智慧园区”建设'), (5, '4.完善数字经济治理'),
    (7, '3.推进教育数字化'), (8, '2.深化“互联网+医疗健康”'), (9, '1.建设智慧县城'),
    (10, '4.推进数字乡村建设'), (11, '5.参与“数字供销”示范区建设'), (12, '积极配合自治区培育数据要素市场'),
    (14, '1.强化安全管理责任'), (15, '1.强化安全管理责任'), (17, '2.落实安全制度要求'),
    (18, '3.提升安全防护能力'), (19, '4.提高自主可控水平'), (21, '1.推动政府职能转变'),
    (24, '2.创新项目管理机制'), (26, '3.完善制度规范'), (28, '4.开展试点示范'),
    (32, '1.健全政务数据管理机制'), (33, '2.推动数据按需回流'), (34, '2.推动数据按需回流'),
    (40, '4.规范电子公文归档'), (41, '3.促进数据开发利用'), (42, '3.促进数据开发利用'),
    (43, '1.强化政务云支撑'), (47, '2.升级电子政务外网'), (48, '3.推进外网全覆盖'),
    (49, '5.融合视频资源'), (50, '4.整合业务专网'), (53, '6.推广共性应用'), (56, '7.推进非税收缴电子化'),
    (57, '8.提升信用平台应用'), (58, '9.共享地理信息资源'), (64, '（一）健全组织机构。参照自治区'),
    (65, '1.加强经济数据汇聚分析'), (66, '2.加强经济运行监测'), (67, '3.促进经济政策衔接'),
    (70, '1.推动监管精准化'), (71, '2.加强追溯监管'), (74, '3.提升监管智能化水平'),
    (77, '1.提升矛盾纠纷化解能力'), (79, '2.提升社会治安防控能力'), (80, '3.提升公共安全保障能力'),
    (83, '4.提高基层治理能力'), (84, '1.打造泛在可及的服务体系'), (86, '2.用好移动政务服务'),
    (87, '3.优化12345热线服务'), (88, '4.提供优质便利的涉企服务'), (89, '4.提供优质便利的涉企服务'),
    (90, '5.拓展公平普惠的民生服务'), (92, '7.探索“多卡合一”'), (93, '6.推进适老化改造'),
    (94, '1.提升生态环保协同治理能力'), (95, '1.提升生态环保协同治理能力'), (96, '2.推进“互联网+城乡供水”'),
    (97, '3.提高自然资源利用效率'), (98, '3.提高自然资源利用效率'), (102, '4.推动绿色低碳转型'),
    (103, '1.提升辅助决策能力'), (104, '2.提升行政执行能力'), (105, '2.提升行政执行能力'),
    (106, '3.推动基层减负'), (107, '4.整合视频会议系统'), (108, '5.提升行政监督水平'),
    (111, '6.提升机关事务管理水平'), (112, '1.提升政府信息公开水平'), (113, '1.提升政府信息公开水平'),
    (114, '2.发挥政务新媒体传播优势'), (115, '3.畅通政民互动渠道'), (116, '（一）加强组织领导'),
    (118, '（三）提升数字素养'), (25, '（二）加大财政投入'), (122, '（四）强化考核评价'),
    (123, '（四）强化考核评价'), (124, '（四）强化考核评价'),
]
covers = [{'task': t, 'line': ln(a)} for t, a in sorted(covers_src)]

key = {
    'writer': 'blind writer, round 912; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
    'notes': ('同心县 2024 实施方案 (同政办发〔2024〕15号, 2024-03-26) assembled from department sections: '
              'sections 一/二 and 五(一)(二)(五)(六)(七) use inline （责任单位：…；完成时限：…）, 四 and 五(三) use 【…】, '
              '三 and 五(四) put a trailing “责任单位：…；完成时限：…” line under each item (deadline lines follow the item they belong to). '
              'The draft notes that the first-listed unit of each cell leads. Framework follows 吴忠 “1347”. '
              'Tasks due 2023 in the regional list are carried as 长期坚持/持续推进 (no dated milestone). '
              'The garbled run is a partial paste: the rest of line %d is clean.' % ln('鎺ㄨ繘閲嶇偣鎺掓薄')),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers), 'lines', len(LINES))
for x in expect:
    print(x['rule'], x['line'], x.get('text'))
