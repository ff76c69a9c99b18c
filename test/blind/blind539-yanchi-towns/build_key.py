#!/usr/bin/env python3
"""Writer's helper: locate every key entry's line in draft.txt by a unique anchor and write key.json."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits[0])
    return hits[0]

def E(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': L(anchor, text)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    E('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2022〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (issued 2023-05-16); 〔2022〕 is the wrong year, so the 文号 does not belong to the title'),
    E('deadline-later-than-baseline', '到2026年，全县数字政府建设“1347”体系框架全面成型', '2026年',
      '主要目标: the region (宁政发〔2023〕17号) says 到2025年 “34567”体系框架全面成型、工作体制逐步健全、管理机制趋于成熟; the parent 吴忠 plan says 到2025年 “1347”体系框架全面成型; the county puts the same goal in 2026, one year late'),
    E('deadline-later-than-baseline', '36.完成县乡两级政府网站、政务移动端', '2025年底前',
      'task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; the county row says 2025年底前'),
    E('deadline-invalid', '15.落实电子公文全流程标准化管理', '13月',
      'impossible month (2024年13月底前, a slip for 12月); the row takes up task 40 (电子公文, 完成时限 2024年) and task 54 (电子文件归档, 完成时限 2024年)'),
    E('unknown-unit', '7.推进数字乡村建设', '韦州镇人民政府',
      '韦州镇 is a town of 同心县, not of 盐池县; it is not in units.txt (the row\'s own text names 惠安堡镇、大水坑镇、麻黄山乡, so 韦州镇 is a slip for 大水坑镇)'),
    E('garbled-text', '提升行政执行能力。依托宁夏政务协同办公平台', '鍔犲揩鎺ㄥ姩鏀垮簻',
      'UTF-8 bytes read as GBK (no ? marker); re-encoding the run as GBK and decoding as UTF-8 gives 加快推动政府机关内部事务线上集成办理'),
]

M = []
def N(rule, anchor, text=None, why='', **kw):
    M.append(E(rule, anchor, text, why, **kw))

# basis / citations (the preamble line itself holds the planted wrong 文号, so its correct citations are described in notes only)
N('basis-mismatch', '宁政办发〔2020〕14号', '宁政办发〔2020〕14号',
  'retrospective mention of the 2020 工作要点 in the background (印发以来), not a basis document of this plan; title and 文号 match the seed')
N('basis-mismatch', '盐政办发〔2024〕21号', '盐政办发〔2024〕21号', 'the office\'s own 文号 for the 印发通知, not a citation')
N('basis-mismatch', '对标自治区“34567”、吴忠市“1347”', None,
  'framework names of the region and the city, not document citations')
# units: collectives, registered towns, prefix distribution, registered non-government units
N('unknown-unit', '各乡镇人民政府，县直各部门（单位）：', '县直各部门（单位）', 'collective subjects (各乡镇人民政府, 县直各部门（单位）) in the 主送')
N('unknown-unit', '3.推动教育、健康、就业', '县直有关部门（单位）', 'collective subject 县直有关部门（单位） with 按照职责分别负责, and 各乡镇人民政府')
N('unknown-unit', '19.推进电子政务外网县、乡、村三级全覆盖', '各村（社区）', 'collectives 各乡镇人民政府 / 各村（社区）; 县大数据服务中心 is in units.txt')
N('unknown-unit', '27.运用非现场、视频图像', '承担监管职责的县直有关部门（单位）', 'collective subject, the county form of 承担监管职责的自治区有关部门（单位）')
N('unknown-unit', '29.持续推进“雪亮工程”', '各乡镇人民政府、各村（社区）', 'collectives; 县委政法委 and 县公安局 are registered')
N('unknown-unit', '1.建设盐池滩羊全产业链数字化服务平台', '花马池镇、高沙窝镇、王乐井乡、冯记沟乡人民政府',
  'four real towns of 盐池县 sharing one 人民政府 suffix (each is a registered short name); 市场监督管理局 takes the 县 prefix of 县工业信息化和商务局 = 县市场监督管理局')
N('unknown-unit', '12.围绕重点领域和共性需求', '花马池镇、大水坑镇人民政府', 'real towns of 盐池县 (registered)')
N('unknown-unit', '30.推进“智慧应急”建设', '大水坑镇、惠安堡镇、冯记沟乡人民政府', 'real towns of 盐池县; 自然资源局、水务局、林业和草原局 take the 县 prefix')
N('unknown-unit', '39.推广应用宁夏“智慧林草”云平台', '宁夏哈巴湖国家级自然保护区管理局',
  'registered in units.txt (the reserve administration working in the county); 高沙窝镇、青山乡人民政府 are real towns of 盐池县')
N('unknown-unit', '2.加快推进盐池工业园区', '吴忠市生态环境局盐池分局',
  'registered in units.txt: the county-level branch of the city bureau (vertical management), not a city body; 盐池工业园区管委会 and 惠安堡镇人民政府 are registered too')
N('unknown-unit', '37.完善县级生态环境监测数据归集', '吴忠市生态环境局盐池分局', 'registered county-level branch as lead of a county task, not a city or regional body')
N('unknown-unit', '18.推动电子政务外网骨干线路扩容升级', '中国电信盐池分公司', 'operators outside government, registered in units.txt')
N('unknown-unit', '16.按照全区统一的公共数据开放目录', '国网盐池县供电公司', 'registered unit outside government')
N('unknown-unit', '25.对接宁夏经济运行大数据平台', '县发展和改革局、统计局、工业信息化和商务局', 'the 县 prefix distributes over the list: 县统计局, 县工业信息化和商务局')
N('unknown-unit', '24.参照自治区、吴忠市做法', '县委编办', 'official short name, registered')
N('unknown-unit', '35.推进县图书馆、博物馆', '县文化旅游广电局、教育体育局', 'prefix distribution: 县教育体育局; 县档案馆 is registered')
N('unknown-unit', '花马池镇作为县城所在镇', '青山乡', 'body text naming the county\'s own eight towns (花马池镇, 大水坑镇, 惠安堡镇, 高沙窝镇, 王乐井乡, 冯记沟乡, 青山乡, 麻黄山乡), all real')
N('unknown-unit', '（三）提升数字素养。', '县委党校', 'registered in units.txt; 宁夏干部教育培训网络学院 is a platform, not a responsible unit')
# deadlines / dates
N('deadline-later-than-baseline', '到2024年底，全县电子政务外网', '2024年底',
  'county interim goal equal to task 48 (5级全覆盖, 2024年), task 86 (我的宁夏, 2024年) and task 105 (宁政通, 2024年)')
N('deadline-later-than-baseline', '到2035年，与政府治理能力现代化相适应', '2035年', 'equal to the region\'s and the 吴忠 city plan\'s 到2035年 goal')
N('deadline-later-than-baseline', '到2025年，全县数字农业农村服务实现村级全覆盖', '2025年',
  'task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal')
N('deadline-invalid', '每季度末月25日前', None, 'the office\'s own reporting date, not a task deadline')
N('deadline-invalid', '2023年，全县8个乡镇便民服务中心', '2023年6月', 'past dates in the background (发展基础), not deadlines; 2020年 there is part of a document title')
N('deadline-invalid', '2024年3月28日', '2024年3月28日', 'the issue date')
N('deadline-later-than-baseline', '1.建设盐池滩羊全产业链数字化服务平台', '2024年', 'task 2, 完成时限 2023年启动，2024年取得明显成效: equal')
N('deadline-later-than-baseline', '2.加快推进盐池工业园区', '持续推进，2025年取得明显成效', 'task 3, 完成时限 持续推进，2025年取得明显成效: equal')
N('deadline-later-than-baseline', '4.深入推广国家和宁夏智慧教育平台应用', '2025年',
  'task 7, 完成时限 2023年形成试点经验，2025年取得明显成效: the completing milestone 2025 is equal (the 2023 pilot milestone lies before the plan year)')
N('deadline-later-than-baseline', '3.推动教育、健康、就业', '持续推进，2025年取得明显成效', 'task 6, 完成时限 持续推进，2025年取得明显成效: equal')
N('deadline-later-than-baseline', '5.深化“互联网+医疗健康”', '持续推进，2025年取得明显成效', 'task 8, 完成时限 持续推进，2025年取得明显成效: equal')
N('deadline-later-than-baseline', '7.推进数字乡村建设', '持续推进，2025年取得明显成效', 'task 10, 完成时限 持续推进，2025年取得明显成效: equal (the row\'s error is its unit, not its date)')
N('deadline-later-than-baseline', '21.依托全区统一的视频共享平台', '2025年', 'task 49, 完成时限 2025年: equal')
N('deadline-later-than-baseline', '6.推进智慧县城建设', '2025年6月底前', 'task 9, 完成时限 持续推进，2025年取得明显成效: earlier')
N('deadline-later-than-baseline', '11.建立全县数字政府领域重大项目', '2024年9月底前', 'task 23, 完成时限 2024年: earlier')
N('deadline-later-than-baseline', '12.围绕重点领域和共性需求', '持续推进，2025年取得明显成效', 'task 28, 完成时限 2023年启动，2025年取得明显成效: equal')
N('deadline-later-than-baseline', '13.配合自治区统一政务数据平台建设', '2024年底前', 'task 29, 完成时限 2023年启动，2025年完成: earlier')
N('deadline-later-than-baseline', '17.推进县级非涉密政务信息系统有序向政务信创云迁移', '2024年10月底前', 'task 46, 完成时限 2024年 (and task 43, 2024年建成): earlier')
N('deadline-later-than-baseline', '19.推进电子政务外网县、乡、村三级全覆盖', '2024年底前', 'task 48, 完成时限 2024年: equal')
N('deadline-later-than-baseline', '24.参照自治区、吴忠市做法', '2024年6月底前', 'task 64, 完成时限 2025年: earlier')
N('deadline-later-than-baseline', '34.深化12345政务服务便民热线', '2025年', 'task 87, 完成时限 2023年启动，2025年完成: equal')
N('deadline-later-than-baseline', '38.深化“互联网+城乡供水”示范县建设', '2024年底前', 'task 96, 完成时限 2025年: earlier')
N('deadline-later-than-baseline', '41.推动“宁政通”向乡镇', '2024年6月底前', 'task 105, 完成时限 2024年: earlier')
N('deadline-later-than-baseline', '42.推广使用全区统一的填表报数系统', '2025年', 'task 106, 完成时限 2025年: equal')
N('deadline-later-than-baseline', '46.每年制定数字政府建设工作要点', '长期坚持', 'task 121, 完成时限 长期坚持: equal')
# pillars: the work-system pillar is restructured as 一套体系
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一',
          'why': 'taken up as 完善“一套体系” (lines %d-%d: 健全组织机构, 厘清层级职责, 完善工作机制), as in the 吴忠 plan' % (L('二、完善“一套体系”'), L('（三）完善工作机制。'))})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '六级贯通',
          'why': 'line %d: 按照自治区“六级贯通”的数字政府建设层级架构，厘清县、乡（镇）、村（社区）三级…' % L('（二）厘清层级职责。')})

C = []
def cov(task, anchor):
    C.append({'task': task, 'line': L(anchor)})
rows = [(2, '1.建设盐池滩羊'), (3, '2.加快推进盐池工业园区'), (6, '3.推动教育、健康'), (7, '4.深入推广国家和宁夏智慧教育平台'),
        (8, '5.深化“互联网+医疗健康”'), (9, '6.推进智慧县城建设'), (10, '7.推进数字乡村建设'), (12, '8.积极对接全区数据交易平台'),
        (21, '9.依托全区行政许可管理信息系统'), (22, '10.强化审管协同'), (23, '11.建立全县数字政府领域重大项目'),
        (28, '12.围绕重点领域和共性需求'), (29, '13.配合自治区统一政务数据平台建设'), (33, '14.依托全区基础数据库'),
        (34, '14.依托全区基础数据库'), (40, '15.落实电子公文'), (54, '15.落实电子公文'), (41, '16.按照全区统一的公共数据开放目录'),
        (42, '16.按照全区统一的公共数据开放目录'), (46, '17.推进县级非涉密'), (47, '18.推动电子政务外网骨干线路'),
        (48, '19.推进电子政务外网县、乡、村'), (50, '20.有序推进非涉密业务专网'), (49, '21.依托全区统一的视频共享平台'),
        (56, '22.推进非税收入收缴电子化'), (57, '23.依托宁夏信用信息公共服务平台'), (64, '24.参照自治区、吴忠市做法'),
        (66, '25.对接宁夏经济运行大数据平台'), (71, '26.对食品药品'), (74, '27.运用非现场'), (77, '28.推广应用全区矛盾纠纷'),
        (79, '29.持续推进“雪亮工程”'), (80, '30.推进“智慧应急”建设'), (83, '31.实施“互联网+基层治理”'),
        (84, '32.推动县、乡、村三级政务服务事项'), (86, '33.持续做强“我的宁夏”'), (87, '34.深化12345'),
        (90, '35.推进县图书馆'), (93, '36.完成县乡两级政府网站'), (94, '37.完善县级生态环境监测数据归集'),
        (96, '38.深化“互联网+城乡供水”'), (98, '39.推广应用宁夏“智慧林草”'), (104, '40.推广应用全区统一的协同办公平台'),
        (105, '41.推动“宁政通”'), (106, '42.推广使用全区统一的填表报数系统'), (107, '43.统筹整合县直各部门非涉密视频会议'),
        (112, '44.完善县政府门户网站'), (114, '45.构建县级政务新媒体矩阵'), (121, '46.每年制定数字政府建设工作要点')]
for t, a in rows:
    cov(t, a)
body = [(11, '加快“数字供销”示范县建设'), (14, '强化安全管理责任。'), (15, '强化安全管理责任。'), (17, '落实安全制度要求。'),
        (18, '提升安全防护能力。'), (24, '创新数字政府建设管理机制。'), (30, '完善数据管理机制。'), (31, '完善数据管理机制。'),
        (32, '完善数据管理机制。'), (36, '深化数据高效共享。'), (68, '（二）提升综合高效的市场监管能力。'), (70, '（二）提升综合高效的市场监管能力。'),
        (85, '（四）提升普惠便捷的公共服务能力。'), (103, '（六）提升整体高效的政务运行能力。'), (116, '（一）加强组织领导。'),
        (25, '（二）加大财政投入。'), (118, '（三）提升数字素养。'), (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。')]
for t, a in body:
    cov(t, a)

key = {
    'writer': 'blind writer, round 539; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': C,
    'notes': ('盐池县 plan issued 2024-03-28 (盐政办发〔2024〕21号) by the county government office, following the 吴忠 "1347" framework; '
              'its task list (lines %d-%d) uses the region\'s four-column layout with an empty first cell continuing a group, and states that the first unit of a cell leads. '
              'Line %d (preamble) also holds three correct citations that must not be flagged: 国发〔2022〕14号, 宁政办发〔2023〕11号 (cited with the same 文号 by the 吴忠 plan) '
              'and 吴忠市人民政府《关于加强数字政府建设的实施方案》 cited by title alone (the city plan has no 文号); only 宁政发〔2022〕17号 is wrong. '
              'Line %d (row 7) also names two real towns, 惠安堡镇人民政府 and 麻黄山乡人民政府; only 韦州镇人民政府 (同心县) is wrong. '
              'Line %d: 2024年13月底前 is an impossible date; a checker that also reads it as later than task 40/54 (2024年) raises a second, redundant finding. '
              'No task is deliberately left out; tasks for the region only (e.g. 1, 16, 19, 60-63) are not taken up, as a county would not.')
             % (L('主要任务\t重点内容'), len(lines), L('根据《国务院关于加强数字政府建设的指导意见》'), L('7.推进数字乡村建设'), L('15.落实电子公文')),
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(C), 'lines', len(lines))
