#!/usr/bin/python3
# Builds key.json; every line number is looked up in the final draft.txt (1-based).
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(*needles):
    hits = [i + 1 for i, l in enumerate(L) if all(n in l for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return text

expect = []
def E(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        d['text'] = chk(line, text)
    d.update(kw); d['why'] = why
    expect.append(d)

E('basis-mismatch', ln('宁政办发〔2023〕17号'), '宁政办发〔2023〕17号',
  '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document), not 宁政办发; the 文号 does not belong to the title')
E('deadline-later-than-baseline', ln('13.强化安全管理责任'), '5月底前',
  'regional task 14 (明确本地本行业数字政府建设安全和保密工作的主体责任、监督责任，构建全方位、多层次、一体化安全防护体系; 各市、县（区）分别负责) 完成时限 2023年 (and task 15 also 2023年); a 2024 work point puts it at 2024年5月底前, later than the region')
E('deadline-later-than-baseline', ln('36.推进适老化'), '2025年3月底前',
  'regional task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 各市、县（区）分别负责) 完成时限 2024年; 2025年3月 is later')
E('deadline-invalid', ln('41.提升行政执行能力'), '15月底前',
  'month 15 cannot exist (a slip for 5月底前); the task is regional tasks 104/105 (迭代升级协同办公平台 / 宁政通, 完成时限 2024年)')
E('unknown-unit', ln('46.发挥政务新媒体'), '区网信局',
  'no such body in units.txt; the district body is 区委网信办 (区委网络安全和信息化委员会办公室)')
E('garbled-text', ln('33.打造泛在可及'), '绾夸笂绾夸笅',
  'UTF-8 bytes read as GBK: 绾夸笂绾夸笅鏍囧噯缁熶竴 = 线上线下标准统一')

mnf = []
def M(rule, line, why, text=None):
    d = {'rule': rule, 'line': line}
    if text is not None:
        d['text'] = chk(line, text)
    d['why'] = why
    mnf.append(d)

DL = 'deadline-later-than-baseline'
# goals
g = ln('（三）工作目标') + 1
M(DL, g, 'goal "2024年…“1347”体系框架基本成型" is earlier than the 吴忠 plan\'s 到2025年 “1347”体系框架全面成型 and the region\'s 到2025年 34567 框架全面成型', '2024年')
M(DL, g, '"力争2025年…全面成型，与自治区共性基础支撑体系实现对接复用、互联互通" is equal to the 吴忠 plan\'s 到2025年 goal (wording copied from it) and the region\'s 到2025年', '力争2025年')
# task lines: (needle, date text, why)
rows = [
 ('1.健全组织机构', '3月底前', 'task 64 (各地各部门成立相应的组织机构…; 各市、县（区）负责) 完成时限 2025年; 2024年3月 is earlier'),
 ('4.推动产业数字化转型', '年底前', 'task 2 (产业云、企业数据) 完成时限 2023年启动，2024年取得明显成效; 年底前 = 2024年底, equal'),
 ('5.加快“智慧园区”建设', '第三季度', 'task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; 2024 Q3 is earlier'),
 ('6.推进智慧农业发展', '11月底前', 'nearest task 10 (数字乡村/农业农村大数据) 持续推进，2025年取得明显成效, or task 71 (农副产品追溯) 2024年; 2024年11月 is not later than either'),
 ('8.加快智慧城市建设', '年底前', 'task 9 (智慧城市、一网统管; 各县（市、区）配合) 持续推进，2025年取得明显成效; 2024年底 is earlier'),
 ('9.深化数字普惠应用', '11月底前', 'tasks 6, 7, 8 (服务数字化 / 国家智慧教育平台 / 互联网+医疗健康) all 2025年 (7: 2023年形成试点经验，2025年取得明显成效); earlier'),
 ('10.推进数字乡村建设', '2025年6月底前', 'task 10 (数字乡村) 持续推进，2025年取得明显成效; a work point reaching into next year, 2025年6月 is within 2025, not later'),
 ('11.培育数据要素市场', '年底前', 'task 12 (数据要素市场) 2025年, task 13 (数据交易政策环境) 2024年; 2024年底 is earlier/equal'),
 ('14.提升安全防护能力', '长期坚持', 'task 18 (安全技术保障体系、常态化安全防护和应急演练) 2023年形成机制，长期坚持; an ongoing local commitment, no later milestone'),
 ('15.提高自主可控水平', '10月底前', 'task 19 (政务信创云) 2023年启动，2024年建成 and task 43 (向政务信创云过渡) 2024年建成，持续推进; 2024年10月 is earlier'),
 ('16.推动行政权力事项网上运行', '9月底前', 'task 21 (行政权力事项网上运行) 2024年, task 22 (审管协同) 2025年; earlier'),
 ('18.开展试点示范', '年底前', 'task 28 (试点示范) 2023年启动，2025年取得明显成效; earlier'),
 ('19.推进政务数据汇聚', '8月底前', 'tasks 33 (基础数据资源库) and 34 (主题数据库) 2024年; earlier'),
 ('20.深化数据融合应用', '年底前', 'task 42 (公共数据、社会数据与政务数据融合应用) 2024年; equal'),
 ('21.规范电子公文', '年底前', 'task 40 (电子公文管理) 2024年 and task 54 (电子文件归档) 2024年; equal'),
 ('22.推进政务系统上云', '第三季度', 'task 43 (政务信创云) 2024年建成，持续推进 and task 46 (政务信息系统有序迁移) 2024年; earlier'),
 ('23.提升网络平台支撑能力', '10月底前', 'tasks 47 (外网升级改造) 2024年, 48 (区市县乡村5级全覆盖) 2024年, 50 (专网整合迁移) 2024年; earlier'),
 ('24.统筹融合视频资源', '2025年6月底前', 'task 49 (全区统一的视频共享平台、视频一张网) 2025年; 2025年6月 is within 2025, not later'),
 ('25.加强共性应用支撑', '年底前', 'tasks 53 (电子印章) 2024年, 55 (公共支付、电子票据) 2024年, 56 (非税收入收缴电子化) 2025年, 57 (信用信息平台) 2024年; equal or earlier'),
 ('26.加强经济运行监测分析', '6月底前', 'task 66 (经济运行大数据平台; 各市、县（区）配合) 2025年, task 65 2024年; earlier'),
 ('27.推动监管精准化', '11月底前', 'task 70 (企业信用风险分类管理、双随机一公开) 2024年, task 71 (重点领域追溯监管) 2024年; earlier'),
 ('28.实现监管智能化', '年底前', 'task 74 (新型监管手段) 2024年; equal. The sentence is the 吴忠 plan\'s wording copied exactly'),
 ('29.提升矛盾纠纷化解能力', '9月底前', 'task 77 (矛盾纠纷多元化解信息系统) 2024年; earlier'),
 ('30.提升社会治安防控能力', '年底前', 'task 79 (雪亮工程) 2024年; equal'),
 ('31.强化公共安全保障能力', '第四季度', 'task 80 (智慧应急) 2024年; 第四季度 ends 2024-12, equal'),
 ('32.提高基层社会治理能力', '2025年3月底前', 'task 83 (互联网+基层治理; 各市、县（区）具体负责) 2025年; 2025年3月 is within 2025, not later'),
 ('33.打造泛在可及', '6月底前', 'task 84 (一体化政务服务体系) 2024年 and task 86 (我的宁夏 应上尽上) 2024年; earlier'),
 ('34.提供优质便利的涉企服务', '9月底前', 'task 89 (企业专属网页、惠企政策专栏、直达直享) 2024年; earlier'),
 ('35.优化政务热线服务', '年底前', 'task 87 (12345热线 总客服) 2023年启动，2025年完成; earlier'),
 ('37.推动公共场馆数字化转型', '第三季度', 'task 90 (公共场馆数字化、接入我的宁夏) 2024年; earlier'),
 ('38.加强生态环境数字化监测', '年底前', 'task 94 (生态环境数据资源中心) 2024年, task 95 2025年; equal/earlier'),
 ('39.提高自然资源利用效率', '年底前', 'task 96 (互联网+城乡供水) 2025年; earlier'),
 ('42.推动基层减负', '2025年6月底前', 'task 106 (填表报数系统，压减50%以上) 2025年; 2025年6月 is within 2025, not later'),
 ('43.整合视频会议资源', '11月底前', 'task 107 (视频会议平台) 2025年; earlier'),
 ('44.改进机关事务管理', '年底前', 'task 111 (机关事务管理信息系统整合) 2025年; earlier'),
 ('45.持续提升政府信息公开水平', '年底前', 'task 112 (政务公开信息化平台; 各市、县（区）分别负责) 2024年; equal'),
 ('46.发挥政务新媒体', '10月底前', 'task 114 (政务新媒体矩阵) 2024年; earlier (the line\'s planted error is the unit, not the date)'),
 ('47.畅通政民互动渠道', '年底前', 'task 115 (政民互动) 2024年; equal'),
]
for needle, date, why in rows:
    M(DL, ln(needle), why, date)
M(DL, ln('17.加强政务信息化项目统筹管理'), 'task 24 (政务信息化建设管理会商机制) 2023年; the draft marks the local management rule 长期坚持 (ongoing), which sets no later completion milestone', '长期坚持')
M(DL, ln('3.完善工作机制'), 'the 吴忠 plan\'s 完善工作机制 wording copied exactly; 持续推进 is ongoing; if matched to task 32 (明确数据管理机构、人员, 2023年) it sets no later milestone', '持续推进')
rep = ln('每月25日前')
M(DL, rep, 'the office\'s own monthly progress reporting, not a task deadline (text near tasks 122/123/124, 2023年完成，长期坚持)', '每月25日前')
M(DL, rep, 'half-year summary to the district office, a reporting date, not a completion deadline', '7月5日前')
M(DL, rep, 'annual summary reporting date (2024年12月), not a completion deadline for tasks 122/123', '12月10日前')
# invalid / past dates in background
M(DL, ln('2024年是全面贯彻'), 'the opening "2024年是…关键之年" names the plan year, not a deadline', '2024年是')
bg = ln('（宁政办发〔2020〕14号）以来')
M('deadline-invalid', bg, 'past date in the background (工作基础), retrospective, not a deadline', '2023年11月')
M('deadline-invalid', bg, 'past date in the background, not a deadline', '截至2023年底')
M('deadline-invalid', bg, 'retrospective mention of 2020', '2020年')
M('deadline-invalid', ln('2024年2月26日'), 'the issue date', '2024年2月26日')
# basis
pre = ln('国发〔2022〕14号')
M('basis-mismatch', pre, 'correct title and 文号 of the national guiding opinion', '国发〔2022〕14号')
M('basis-mismatch', pre, 'city plan cited by title alone, exactly as 吴忠 titled it (it has no 文号)', '《关于加强数字政府建设的实施方案》')
M('basis-mismatch', pre, 'correct 文号, as the 吴忠 plan cites it', '宁政办发〔2023〕11号')
M('basis-mismatch', bg, 'retrospective mention of the 2020 work points with their correct 文号, not cited as a basis', '宁政办发〔2020〕14号')
M('basis-mismatch', ln('利政办发〔2024〕8号'), 'the document\'s own 文号', '利政办发〔2024〕8号')
# units
UU = 'unknown-unit'
M(UU, ln('1.健全组织机构'), 'collective subject', '各乡镇人民政府、各街道办事处')
M(UU, ln('1.健全组织机构'), 'collective subject', '区直各部门（单位）')
M(UU, ln('32.提高基层社会治理能力'), 'collective subject', '各村（社区）')
M(UU, ln('18.开展试点示范'), 'collective subject', '区直有关部门')
M(UU, ln('3.完善工作机制'), 'alias of 区人民政府办公室 in units.txt', '区政府办')
M(UU, ln('4.推动产业数字化转型'), 'aliases in units.txt (区工业信息化和商务局, 区发展和改革局)', '区工信商务局')
M(UU, ln('9.深化数字普惠应用'), 'aliases in units.txt (区卫生健康局, 区医疗保障局)', '区卫健局')
M(UU, ln('14.提升安全防护能力'), 'canonical name in units.txt (alias 区公安分局 used elsewhere)', '吴忠市公安局利通区分局')
M(UU, ln('5.加快“智慧园区”建设'), 'alias of 吴忠市生态环境局利通分局; 金积工业园区管委会 is in units.txt', '区生态环境分局')
M(UU, ln('31.强化公共安全保障能力'), 'alias of 吴忠市自然资源局利通分局', '区自然资源分局')
M(UU, ln('25.加强共性应用支撑'), 'alias of 区审批服务管理局', '区审批局')
M(UU, ln('19.推进政务数据汇聚'), 'aliases in units.txt (区人力资源和社会保障局, 区应急管理局)', '区人社局')
M(UU, rep, 'alias of 区推进数字政府建设领导小组办公室 in units.txt', '区数字政府办')
M(UU, ln('（三）提升数字素养'), 'in units.txt', '区委党校')
# pillars
M('missing-pillar', 0, '数字生态 is taken up in 三（三）营造良好数字生态 (data-element market, network ecology)')
M('missing-pillar', 0, 'the 五个一/六级贯通 work system is folded, as in the 吴忠 plan, into 二、完善“一套体系” (组织机构, 层级职责 with 六级贯通, 工作机制)')
M('missing-pillar', 0, '党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is section 六、保障措施')
M('missing-pillar', 0, 'all 七个能力 incl. 政务公开 (五（七）) and 生态环境保护 (五（五）) are present')

covers = []
def C(task, *needles):
    covers.append({'task': task, 'line': ln(*needles)})
for t, n in [(64,'1.健全组织机构'),(2,'4.推动产业数字化转型'),(3,'5.加快“智慧园区”建设'),(9,'8.加快智慧城市建设'),
             (6,'9.深化数字普惠应用'),(7,'9.深化数字普惠应用'),(8,'9.深化数字普惠应用'),(10,'10.推进数字乡村建设'),
             (12,'11.培育数据要素市场'),(14,'13.强化安全管理责任'),(18,'14.提升安全防护能力'),(21,'16.推动行政权力事项'),
             (24,'17.加强政务信息化项目'),(28,'18.开展试点示范'),(33,'19.推进政务数据汇聚'),(34,'19.推进政务数据汇聚'),
             (42,'20.深化数据融合应用'),(40,'21.规范电子公文'),(54,'21.规范电子公文'),(43,'22.推进政务系统上云'),(46,'22.推进政务系统上云'),
             (47,'23.提升网络平台'),(48,'23.提升网络平台'),(50,'23.提升网络平台'),(49,'24.统筹融合视频资源'),
             (56,'25.加强共性应用支撑'),(57,'25.加强共性应用支撑'),(66,'26.加强经济运行监测'),(70,'27.推动监管精准化'),(71,'27.推动监管精准化'),
             (74,'28.实现监管智能化'),(77,'29.提升矛盾纠纷'),(79,'30.提升社会治安'),(80,'31.强化公共安全'),(83,'32.提高基层社会治理'),
             (84,'33.打造泛在可及'),(86,'33.打造泛在可及'),(89,'34.提供优质便利'),(87,'35.优化政务热线'),(93,'36.推进适老化'),
             (90,'37.推动公共场馆'),(94,'38.加强生态环境'),(96,'39.提高自然资源'),(102,'40.推动绿色低碳'),(104,'41.提升行政执行'),(105,'41.提升行政执行'),
             (106,'42.推动基层减负'),(107,'43.整合视频会议'),(111,'44.改进机关事务'),(112,'45.持续提升政府信息公开'),(114,'46.发挥政务新媒体'),
             (115,'47.畅通政民互动'),(116,'（一）加强组织领导。'),(25,'（二）强化资金保障。'),(118,'（三）提升数字素养'),(122,'每月25日前'),(123,'每月25日前')]:
    C(t, n)

key = {
 'writer': 'blind writer, round 242; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': datetime.date.today().isoformat(),
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': ['wuzhong'],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': mnf,
 'covers': covers,
 'notes': ('吴忠市利通区 2024年数字政府建设工作要点 (annual work points, issued 2024-02-26 by 区政府办公室, 利政办发〔2024〕8号), '
           'following the 吴忠 “1347” framework. Deadlines are inline notes （责任单位：…；完成时限：…） and are months of 2024 unless a year is written '
           '(3月底前 = 2024-03, 年底前/第四季度 = 2024-12, 第三季度 = 2024-09). “全区” in this draft means 利通区, not the autonomous region. '
           'The first unit in each 责任单位 list leads (note on the last line). Six planted mistakes over five rules. '
           'Readings two reviewers might differ on: (a) line with 5月底前 (task 14, due 2023) — a 2024 work point re-scheduling a 2023 regional task; '
           'taken here as late, as the round brief asks; (b) 长期坚持/持续推进 on lines matching 2023 tasks (24, 18, 32) are treated as ongoing, not late.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['line'], e['rule'], e.get('text'))
