# Builds key.json with line numbers looked up in the final draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().rstrip('\n').split('\n')

def ln(sub, nth=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def row(n):  # annex table row by its 序号
    hits = [i for i, l in enumerate(L, 1) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1])
    return line

E, M, C = [], [], []
def e(rule, line, text=None, why='', **kw):
    if text: chk(line, text)
    d = {'rule': rule, 'line': line}
    if text: d['text'] = text
    d.update(kw); d['why'] = why; E.append(d)
def m(rule, line, text=None, why=''):
    if text and line: chk(line, text)
    d = {'rule': rule, 'line': line}
    if text: d['text'] = text
    d['why'] = why; M.append(d)

# ---------------- planted mistakes ----------------
e('basis-mismatch', ln('加快推进数字政府建设的实施意见'), '自治区人民政府关于加快推进数字政府建设的实施意见',
  'wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft says 加快推进 for 加强 (the 文号 itself is right)')
e('deadline-invalid', ln('9月31日'), '9月31日',
  'impossible date: September has 30 days (measure on 行政权力事项网上运行, regional task 21, 完成时限 2024年; the annex row for the same measure says 2024年9月底前)')
e('deadline-later-than-baseline', row(29), '2025年6月底前',
  'annex row 29 (城域网升级改造, 县、乡、村全覆盖, 按需向企事业单位拓展) is regional task 48, 完成时限 2024年 (各市、县（区）具体负责); 2025年6月底前 is later')
e('unknown-unit', row(39), '县农牧局',
  'not in units.txt: the body (line %d) names 县农业农村局 for the same measure; 县农牧局 is an old institution name not in the registry' % ln('重点推进滩羊肉追溯'))
e('garbled-text', ln('鍔炰簨鎸囧崡'), '鍔炰簨鎸囧崡',
  'UTF-8 bytes of 办事指南 read as GBK (mojibake) in the 我的宁夏 measure')

# ---------------- near misses: deadlines ----------------
D = 'deadline-later-than-baseline'
m(D, ln('到2024年底，全县'), '到2024年底', 'local 2024 goal; the region has no 2024 goal; its items (上云 = task 43 2024年建成; 宁政通 = task 105 2024年; 我的宁夏 = task 86 2024年) are due 2024, so equal')
m(D, ln('到2025年，全县'), '到2025年', 'equal to the regional 主要目标 到2025年 (34567 全面成型) and to 吴忠 到2025年 (1347 全面成型)')
m(D, ln('到2035年，与政府'), '到2035年', 'equal to the regional and 吴忠 2035 goal')
m(D, ln('（一）健全组织机构'), '2024年6月底前', 'task 64 (各地参照成立组织机构), 完成时限 2025年: earlier. Task 60 (充实自治区领导小组, 2023年) is the region\'s own body, not a county task')
m(D, ln('（二）厘清层级职责'), '2025年底前', 'task 64 完成时限 2025年 / 2025 goal: equal')
m(D, ln('1.推动特色产业数字化'), '2024年底前取得明显成效', 'task 2, 完成时限 2023年启动，2024年取得明显成效: equal')
m(D, ln('2.提升智慧园区水平'), '持续推进，2025年取得明显成效', 'task 3, 持续推进，2025年取得明显成效: equal')
m(D, ln('3.完善数字经济治理'), '持续推进，2025年取得明显成效', 'task 5, 持续推进，2025年取得明显成效: equal')
m(D, ln('2.深化智慧教育应用'), '2025年取得明显成效', 'task 7, 2023年形成试点经验，2025年取得明显成效: equal')
m(D, ln('5.推进数字乡村建设'), '2024年底前建成5个示范村，2025年取得明显成效', 'task 10, 持续推进，2025年取得明显成效: final milestone equal, intermediate milestone earlier')
m(D, ln('6.深化“数字供销”建设'), '2025年取得明显成效', 'task 11, 2023年完成主要建设任务，2025年取得明显成效: equal; the 2023 platform is background')
m(D, ln('1.配合培育数据要素市场'), '2025年底前', 'task 12, 完成时限 2025年: equal')
m(D, ln('4.提高自主可控水平'), '2024年底前', 'task 19 (信创), 2023年启动，2024年建成: equal')
m(D, ln('4.推进公共数据有序开放'), '2024年10月底前', 'task 41, 完成时限 2024年: earlier')
m(D, ln('1.推动政务系统上云'), '2024年底前', 'tasks 43 (2024年建成，持续推进) and 46 (2024年): equal')
m(D, ln('3.整合业务专网和视频资源'), '视频资源整合2025年底前', 'task 50 (专网, 2024年) and task 49 (视频共享平台, 2025年): both equal')
m(D, ln('4.推广共性应用'), '2024年底前', 'tasks 53/55 (2024年) equal, task 56 (非税电子化, 2025年) earlier')
m(D, ln('5.拓展电子证照应用'), '2025年底前', 'task 52 (电子证照社会化高频场景, 2025年): equal. Not task 85 (政务服务领域全面普及, 2023年), which this measure does not restate')
m(D, ln('1.加强经济运行监测分析'), '2025年底前', 'task 66, 完成时限 2025年: equal')
m(D, ln('3.推进监管协同和智能化'), '2024年11月底前', 'tasks 73/74, 完成时限 2024年: earlier')
m(D, ln('4.提高基层治理能力'), '2025年底前', 'task 83, 完成时限 2025年: equal')
m(D, ln('3.优化12345政务服务便民热线'), '2025年底前', 'task 87, 2023年启动，2025年完成: equal (not task 115, which is the 政民互动 hub at line %d)' % ln('3.畅通政民互动渠道'))
m(D, ln('4.提供优质便利的涉企服务'), '2024年9月底前', 'tasks 88/89, 完成时限 2024年: earlier')
m(D, ln('2.深化“互联网+城乡供水”'), '2025年底前', 'task 96, 完成时限 2025年: equal')
m(D, ln('4.推动资源要素市场化交易'), '2025年底前', 'task 100, 完成时限 2025年: equal')
m(D, ln('2.提升行政执行能力'), '填表报数压减2025年底前', 'tasks 104 (2024年; local 6月底前 earlier), 105 (2024年, equal), 106 (2025年, equal), 107 (2025年; local 2024年底前 earlier)')
m(D, ln('3.增强行政监督质效'), '2024年底前取得明显成效', 'task 108, 长期推进，2024年取得明显成效: equal')
m(D, ln('4.改进机关事务管理'), '2025年底前', 'task 111, 完成时限 2025年: equal')
m(D, row(28), '2024年底前', 'annex row 28 = task 47 (外网升级扩容), 2024年: equal; row 29 is the planted one')
m(D, row(31), '2025年底前', 'annex row 31 = task 49, 2025年: equal')
m(D, row(47), '2025年底前', 'annex row 47 = task 87, 2023年启动，2025年完成: equal')
m(D, row(51), '2025年底前', 'annex row 51 = task 92 (多卡合一, 各地级市牵头, 县配合), 2025年: equal')
m(D, row(62), '2025年底前', 'annex row 62 = task 106, 2025年: equal')
m(D, row(63), '2024年底前', 'annex row 63 = task 107, 2025年: earlier')
m(D, ln('（六）加强调度督办'), '2025年1月15日前', "the office's own reporting date for the 2024 annual report, not a task deadline")
m(D, ln('（六）加强调度督办'), '2024年12月10日前', "the office's own reporting date")
m(D, ln('（六）加强调度督办'), '有效期至2025年12月31日', 'validity period of the plan itself, not a task deadline')

for sub, why in [
  ('2.落实安全制度要求', 'task 17 (2023年): the county carries it as a recurring check, 每年至少开展1次，长期坚持; no completing milestone later than the region'),
  ('3.提升安全防护能力', 'task 18 (2023年形成机制，长期坚持): 长期坚持, equal'),
  ('3.加强政务信息化项目管理', 'task 24 (2023年): ongoing management, no new dated milestone'),
  ('1.健全数据管理机制', 'tasks 30-32 (2023年): done in 2023 per the background, carried on as 长期坚持 (动态更新), no new dated milestone'),
  ('2.深化数据高效共享', 'task 36 (2023年): ongoing, no new dated milestone'),
  ('2.做好经济政策衔接', 'task 67 (2023年, 自治区 platform): county use is ongoing, no new dated milestone'),
  ('1.推动监管精准化', 'tasks 68 (2023年) / 70 (2024年): ongoing county practice, no completing milestone later than the region'),
  ('5.推动绿色低碳转型', 'task 102 (2025年): 持续推进 with no year, nothing later than 2025'),
]:
    m(D, ln(sub), None, why)

# ---------------- near misses: invalid / past dates ----------------
V = 'deadline-invalid'
m(V, ln('1.压实安全管理责任'), '2023年已完成，长期坚持', 'tasks 14/15 were due 2023年; the county records that it finished them and keeps them up (retrospective, plus ongoing)')
m(V, row(15), '2023年完成，长期坚持', 'copied regional deadline of tasks 14/15 (2023年) lying before the plan year, with an ongoing flag')
m(V, row(69), '2023年完成并长期坚持', 'copied regional deadline of task 116 (2023年完成并长期坚持)')
m(V, row(71), '2023年完成，长期坚持', 'copied regional deadline of task 122 (2023 年完成，长期坚持)')
m(V, row(72), '2023年形成机制，长期坚持', 'copied regional deadline of task 124 (2023 年形成机制，长期坚持)')
m(V, ln('近年来，我县按照'), '2022年底', 'background: past dates (2020年, 2021年, 2022年底, 2023年底, 2023年11月) describing what was done')
m(V, ln('6.深化“数字供销”建设'), '2023年', 'background: the 2023 platform being consolidated')
m(V, ln('2024年3月15日'), '2024年3月15日', 'issue date of the document')

# ---------------- near misses: basis ----------------
B = 'basis-mismatch'
m(B, ln('（国发〔2022〕14号）'), '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
m(B, ln('宁政办发〔2023〕11号'), '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 is cited the same way by the 吴忠 parent plan; title and 文号 as there')
m(B, ln('和吴忠市人民政府《关于加强数字政府建设的实施方案》'), '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'the parent city plan, cited by title alone (it has no 文号 in the seed); title is exact')
m(B, ln('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号', 'retrospective mention in 工作基础 of the superseded 2020 工作要点 (title and 文号 correct), not cited as a basis')
m(B, ln('三年行动方案（2020—2022年）'), '《盐池县“数字政府”建设三年行动方案（2020—2022年）》', "the county's own earlier plan, mentioned as completed background; 行动方案 is its real title, not a mistaken title of a basis document")
m(B, ln('2023年11月，吴忠市印发'), '《关于加强数字政府建设的实施方案》', 'retrospective mention of the parent plan in background, title correct')
m(B, ln('盐政发〔2024〕9号'), '盐政发〔2024〕9号', "the document's own 文号")

# ---------------- near misses: units ----------------
U = 'unknown-unit'
m(U, ln('各乡镇人民政府，县直各部门（单位）：'), '县直各部门（单位）', 'collective subjects (各乡镇人民政府, 县直各部门（单位）)')
m(U, ln('3.完善数字经济治理'), '工信商务局', 'prefix distributes: 县委网信办，县公安局、工信商务局 = 县公安局, 县工信商务局 (alias of 县工业信息化和商务局)')
m(U, ln('4.配合推进智慧城市建设'), '交通运输局', 'prefix distributes: 县公安局、交通运输局、自然资源局; 县综合执法局 is an alias in units.txt')
m(U, ln('1.提升矛盾纠纷化解能力'), '信访局', 'prefix distributes: 县公安局、司法局、信访局; 县人民法院 and 县人民检察院 are in units.txt')
m(U, ln('2.提升智慧园区水平'), '吴忠市生态环境局盐池分局', 'registry name (the 吴忠 bureau\'s 盐池 branch); must not be split or read as a city unit')
m(U, ln('2.提升智慧园区水平'), '盐池工业园区管委会', 'in units.txt')
m(U, ln('2.提升网络支撑能力'), '中国电信盐池分公司', 'units outside government proper, all three carriers are in units.txt')
m(U, ln('5.推动社会数据融合应用'), '国网盐池县供电公司', 'in units.txt')
m(U, ln('3.强化公共安全保障能力'), '盐池县气象局', 'in units.txt, as is 县消防救援大队')
m(U, ln('5.推进数字乡村建设'), '各村（社区）', 'collective subject')
m(U, ln('4.健全标准规范和试点示范'), '县直有关部门（单位）', 'collective subject')
m(U, ln('1.压实安全管理责任'), '县委保密办', 'in units.txt')
m(U, ln('2.深化数据高效共享'), '自治区政府办公厅', 'a regional body named as the counterpart the county connects with, not as a responsible unit (lead is 县大数据服务中心)')
m(U, ln('（六）加强调度督办'), '吴忠市人民政府', 'recipient of the annual report, not a responsible unit; 县数字政府建设领导小组办公室 is in units.txt')
m(U, ln('1.推动行政权力事项网上运行'), '县审批局', 'official short name of 县审批服务管理局 in units.txt')
m(U, ln('1.推进公共服务数字化'), '县文旅广电局', 'short names in units.txt: 县发改局, 县教体局, 县卫健局, 县人社局, 县文旅广电局')
m(U, ln('（三）提升数字素养'), '县委党校', 'in units.txt; 宁夏干部教育培训网络学院 is a training platform, not a responsible unit')
m(U, row(3), '县农业农村局', 'annex lead; the planted 县农牧局 is only in annex row 39')

# ---------------- near misses: garbled / pillars ----------------
m('garbled-text', ln('宁政办发〔2023〕11号'), '1244+N', 'a real programme name, not damage')
m('garbled-text', ln('序号\t主要任务'), None, 'the annex is tab-separated on purpose')
m('missing-pillar', 0, None, '五个一 + 六级贯通: taken up as 一套体系 (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制) at lines %d-%d, as in the 吴忠 plan' % (ln('（一）健全组织机构'), ln('（三）完善工作机制')))
m('missing-pillar', 0, None, '党的领导 (组织领导, 财政投入, 数字素养, 考核评价): taken up under 六、保障措施 lines %d-%d' % (ln('（一）加强组织领导'), ln('（四）强化考核评价')))
m('missing-pillar', 0, None, '数字生态 has its own section (三（三）, lines %d-%d)' % (ln('（三）营造良好数字生态'), ln('3.营造安全可靠的发展环境')))

# ---------------- covers ----------------
cov = [
 (2,'1.推动特色产业数字化'),(3,'2.提升智慧园区水平'),(5,'3.完善数字经济治理'),(6,'1.推进公共服务数字化'),
 (7,'2.深化智慧教育应用'),(8,'3.深化“互联网+医疗健康”'),(9,'4.配合推进智慧城市建设'),(10,'5.推进数字乡村建设'),
 (11,'6.深化“数字供销”建设'),(12,'1.配合培育数据要素市场'),(13,'2.营造规范有序的政策环境'),(14,'1.压实安全管理责任'),
 (15,'1.压实安全管理责任'),(17,'2.落实安全制度要求'),(18,'3.提升安全防护能力'),(19,'4.提高自主可控水平'),
 (21,'1.推动行政权力事项网上运行'),(23,'2.建立数字资源“一本账”'),(24,'3.加强政务信息化项目管理'),(25,'（二）加大财政投入'),
 (28,'4.健全标准规范和试点示范'),(30,'1.健全数据管理机制'),(32,'1.健全数据管理机制'),(36,'2.深化数据高效共享'),
 (40,'3.规范电子公文和电子档案管理'),(41,'4.推进公共数据有序开放'),(42,'5.推动社会数据融合应用'),(43,'1.推动政务系统上云'),
 (46,'1.推动政务系统上云'),(47,'2.提升网络支撑能力'),(48,None),(49,'3.整合业务专网和视频资源'),(50,'3.整合业务专网和视频资源'),
 (52,'5.拓展电子证照应用'),(53,'4.推广共性应用'),(54,'3.规范电子公文和电子档案管理'),(55,'4.推广共性应用'),(56,'4.推广共性应用'),
 (57,'6.完善信用支撑'),(64,'（一）健全组织机构'),(66,'1.加强经济运行监测分析'),(67,'2.做好经济政策衔接'),
 (70,'1.推动监管精准化'),(71,'2.加强重点领域追溯监管'),(73,'3.推进监管协同和智能化'),(74,'3.推进监管协同和智能化'),
 (77,'1.提升矛盾纠纷化解能力'),(79,'2.提升社会治安防控能力'),(80,'3.强化公共安全保障能力'),(83,'4.提高基层治理能力'),
 (84,'1.打造泛在可及的服务体系'),(86,'2.推广“我的宁夏”政务APP'),(87,'3.优化12345政务服务便民热线'),(88,'4.提供优质便利的涉企服务'),
 (89,'4.提供优质便利的涉企服务'),(90,'5.拓展公平普惠的民生服务'),(92,None),(93,'5.拓展公平普惠的民生服务'),
 (94,'1.加强生态环境数字化监测'),(96,'2.深化“互联网+城乡供水”'),(97,'3.提升自然资源和林草资源管理数字化水平'),
 (98,'3.提升自然资源和林草资源管理数字化水平'),(100,'4.推动资源要素市场化交易'),(102,'5.推动绿色低碳转型'),
 (103,'1.强化辅助决策能力'),(104,'2.提升行政执行能力'),(105,'2.提升行政执行能力'),(106,'2.提升行政执行能力'),
 (107,'2.提升行政执行能力'),(108,'3.增强行政监督质效'),(111,'4.改进机关事务管理'),(112,'1.提升政府信息公开水平'),
 (114,'2.发挥政务新媒体传播优势'),(115,'3.畅通政民互动渠道'),(116,'（一）加强组织领导'),(118,'（三）提升数字素养'),
 (121,'（一）加强组织领导'),(122,'（四）强化考核评价'),(123,'（四）强化考核评价'),(124,'（四）强化考核评价'),
]
rows_for = {48: 29, 92: 51}
for t, s in cov:
    C.append({'task': t, 'line': row(rows_for[t]) if s is None else ln(s)})

key = {
 'writer': 'blind writer, round 692; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': ['wuzhong'],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': E,
 'mustNotFlag': M,
 'covers': C,
 'notes': ('盐池县 2024 实施方案 issued 2024-03-15 by a careful office; 1347 framework as in the 吴忠 parent, 保障措施 carrying the 党的领导 items, '
           'body measures with inline 牵头/配合/完成时限 and an annex task table (72 rows, tab-separated, first-listed lead note). '
           'Five planted mistakes only: wrong basis title (加快推进), 9月31日, annex row for task 48 at 2025年6月底前, 县农牧局 in one annex row, '
           'a short mojibake run. Tasks due 2023 regionally are carried as 长期坚持 or as copied 2023 deadlines, never with a new 2024 date. '
           'task-uncovered is not annotated: several city/county tasks (e.g. 29, 33-35, 58, 72, 76, 81, 85, 101, 113) are only touched or left out without intent.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(E), len(M), len(C), len(L))
