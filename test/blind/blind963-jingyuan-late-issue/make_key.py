# Builds key.json; every line number is found from draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text: assert text in L[n - 1], (text, n)
    return n

def row(k):  # table row number k
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(f'{k}\t')]
    assert len(hits) == 1, k
    return hits[0]

def e(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': anchor if isinstance(anchor, int) else ln(anchor, text)}
    if isinstance(anchor, int) and text: assert text in L[anchor - 1], (text, anchor)
    if text: d['text'] = text
    d.update(kw); d['why'] = why
    return d

expect = [
    e('basis-mismatch', '根据《国务院', '宁政发〔2022〕17号',
      'the regional 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong 文号 for that title'),
    e('deadline-later-than-baseline', '到2026年，', '2026年',
      'main goal: the region sets 到2025年 for "全区各级数字政府建设“34567”体系框架全面成型"; the county puts the same goal at 2026'),
    e('deadline-later-than-baseline', row(31), '2025年6月底前',
      'row 31 takes up task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; a late-issued plan pushed it into 2025'),
    e('deadline-invalid', row(39), '20255年',
      'impossible year (typo for 2025年); row 39 is task 107 (视频会议平台), 完成时限 2025年'),
    e('unknown-unit', row(12), '县大数据局',
      '泾源县 has no 大数据局; not in units.txt (the county data work sits with 县政府办公室); a name copied from a city-level plan'),
    e('garbled-text', '鎺ㄨ繘', '鎺ㄨ繘鏁板瓧',
      'UTF-8 read as GBK: 鎺ㄨ繘鏁板瓧涔℃潙璇曠偣 = 推进数字乡村试点 (re-encode as GBK, decode as UTF-8)'),
]

m = []
def n(rule, anchor, text, why):
    m.append(e(rule, anchor, text, why))

# basis
n('basis-mismatch', '根据《国务院', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
n('basis-mismatch', '根据《国务院', '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan (seed)')
n('basis-mismatch', '根据《国务院', '固原市人民政府《关于加强数字政府建设的实施方案》', 'the city (parent) plan cited by title alone, as DOMAIN.md says county plans do; no 文号 to check')
n('basis-mismatch', '（一）工作基础', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background, correct 文号; not cited as a basis')
n('basis-mismatch', '泾政发〔2024〕58号', '泾政发〔2024〕58号', "the document's own 文号, not a citation")
# dates in background / own dates
n('deadline-invalid', '2024年11月18日', '2024年11月18日', 'issue date (落款)')
n('deadline-invalid', '（一）工作基础', '2021年', 'past date in the background (what was done in 2021)')
n('deadline-invalid', '（一）工作基础', '2023年6月', 'past date in the background (外网 reached 县、乡 in June 2023), not a deadline')
n('deadline-invalid', '（一）工作基础', '截至2024年10月底', 'statistics cut-off date in the background')
n('deadline-later-than-baseline', '（一）工作基础', '2025年', '"需在2025年集中攻坚" is a general statement in the background, not a task deadline')
n('deadline-invalid', '（五）抓好跟踪调度', '2025年12月20日', "the office's own reporting date (annual summary), not a task deadline")
n('deadline-later-than-baseline', '（五）抓好跟踪调度', '2025年12月20日', "the office's own reporting date; no regional task behind it")
# goals
n('deadline-later-than-baseline', '2024年底前，县、乡、村三级', '2024年底前', 'equal: task 48 (5级全覆盖) 2024年, task 43 (政务信创云迁移) 2024 年建成，持续推进; earlier than task 64 (2025年)')
n('deadline-later-than-baseline', '到2025年底，全县', '到2025年底', 'equal to the regional goal 到2025年 (工作体制逐步健全、管理机制趋于成熟、履职能力明显提升)')
n('deadline-later-than-baseline', '到2035年，', '到2035年', 'equal to the regional 2035 goal')
n('deadline-later-than-baseline', '提升网络支撑能力', '2024年12月底前', 'equal: task 48, 完成时限 2024年')
# task rows: equal / earlier
rows = [
 (1, '持续推进，2025年取得明显成效', 'equal: task 5, 持续推进，2025 年取得明显成效'),
 (2, '2025年12月底前', 'equal: task 6, 持续推进，2025 年取得明显成效'),
 (3, '2025年9月底前', 'earlier: task 7, 2023年形成试点经验，2025年取得明显成效'),
 (4, '2025年', 'equal: task 8, 持续推进，2025年取得明显成效'),
 (5, '2025年', 'equal: task 9, 持续推进，2025年取得明显成效'),
 (6, '2025年底前', 'equal: task 10, 持续推进，2025年取得明显成效'),
 (7, '2025年', 'equal: task 11, 2023年完成主要建设任务，2025年取得明显成效'),
 (8, '2025年', 'equal: task 12, 2025年'),
 (9, '2025年', 'equal: task 22, 2025年'),
 (10, '2025年取得明显成效', 'equal: task 28, 2023年启动，2025年取得明显成效'),
 (11, '2025年', 'equal: task 29, 2023年启动，2025年完成'),
 (12, '2024年12月底前', 'equal: task 41, 2024年 (the unit on this row is the planted error, not the date)'),
 (13, '2024年12月底前', 'equal: task 42, 2024年'),
 (14, '2024年12月底前', 'equal: task 40, 2024年'),
 (15, '2024年12月底前', 'equal: task 43, 2024 年建成，持续推进 (also task 46, 2024 年)'),
 (16, '2024年12月底前', 'equal: task 48, 2024 年'),
 (17, '2024年12月底前', 'equal: task 50, 2024 年'),
 (18, '2025年6月底前', 'earlier: task 49, 2025 年'),
 (19, '2025年', 'equal: task 52, 2025年'),
 (20, '2025年6月底前', 'earlier: task 56, 2025年'),
 (21, '2024年12月底前', 'equal: task 57, 2024年'),
 (22, '2024年12月底前', 'earlier: task 64, 2025年'),
 (23, '2025年', 'equal: task 66, 2025年'),
 (24, '2024年12月底前', 'equal: task 77, 2024年'),
 (25, '2024年12月底前', 'equal: task 79, 2024年'),
 (26, '2025年', 'equal: task 81, 2025年'),
 (27, '2025年底前', 'equal: task 83, 2025年'),
 (28, '2025年', 'equal: task 87, 2023年启动，2025年完成'),
 (29, '2024年12月底前', 'equal: task 86, 2024年'),
 (30, '2025年', 'equal: task 92, 2025年'),
 (32, '2025年', 'equal: task 96, 2025年'),
 (33, '2024年12月底前', 'equal: task 98, 2024年'),
 (34, '2025年', 'equal: task 95, 2025年'),
 (35, '2025年', 'equal: task 101, 2025年'),
 (36, '2025年', 'equal: task 102, 2025年'),
 (37, '2024年12月底前', 'equal: task 105, 2024年'),
 (38, '2025年', 'equal: task 106, 2025年'),
 (40, '2025年', 'equal: task 111, 2025年'),
 (41, '2024年12月底前', 'equal: task 112, 2024年'),
 (42, '2024年12月底前', 'equal: task 114, 2024年'),
 (43, '2025年', 'equal: task 120, 2025年'),
 (44, '长期坚持', 'equal: task 121, 长期坚持'),
]
for k, t, w in rows:
    r = row(k)
    assert L[r - 1].split('\t')[3] == t or t in L[r - 1].split('\t')[3], (k, t)
    n('deadline-later-than-baseline', r, t, w)
# units
n('unknown-unit', row(1), '公安局', 'prefix 县 distributes: 县市场监管局、公安局 = 县公安局 (units.txt)')
n('unknown-unit', row(2), '卫生健康局', 'prefix 县 distributes: 县卫生健康局, 县人力资源和社会保障局, 县文化旅游广电局, 县民政局 are all in units.txt')
n('unknown-unit', row(3), '县教体局', 'official short name of 县教育体育局 (units.txt)')
n('unknown-unit', row(6), '各乡镇人民政府', 'collective subject; 县直有关部门 on the same row too')
n('unknown-unit', row(7), '县供销社', 'short name of 县供销合作社联合社 (units.txt)')
n('unknown-unit', row(8), '县发改局', 'short name of 县发展和改革局 (units.txt)')
n('unknown-unit', row(10), '县直各部门（单位）', 'collective subject')
n('unknown-unit', row(13), '国网泾源县供电公司', 'unit outside government, listed in units.txt')
n('unknown-unit', row(16), '中国电信泾源分公司', 'unit outside government, listed in units.txt')
n('unknown-unit', row(19), '市场监督管理局', 'prefix 县 distributes: 县市场监督管理局, not a city unit; 人社局 = 县人社局 likewise')
n('unknown-unit', row(24), '人民法院', 'prefix 县 distributes: 县人民法院, 县人民检察院 (units.txt)')
n('unknown-unit', row(26), '消防救援大队', 'prefix 县 distributes: 县消防救援大队 = 泾源县消防救援大队; 林草局 = 县林草局')
n('unknown-unit', row(31), '县残疾人联合会', 'in units.txt (the deadline on this row is the planted error, not the unit)')
n('unknown-unit', row(34), '泾源生态环境分局', 'official short name of 固原市生态环境局泾源分局 (units.txt)')
n('unknown-unit', row(35), '泾源生态环境分局', 'a registered name after 县发改局: the prefix 县 must not be pushed onto it')
n('unknown-unit', '完善数字经济治理体系', '自治区市场监管厅', 'regional units named as the bodies the county cooperates with (task 5 is theirs), not as leads of a county task')
n('unknown-unit', '培育数据要素市场。', '自治区发展改革委', 'regional lead of task 12 that the county supports; not named as lead of a county task')
n('unknown-unit', '（一）健全组织机构', '数字宁夏建设运营有限公司', 'not a responsible unit: the regional operating company (task 62) the county relies on for O&M')
n('unknown-unit', '推动特色产业数字化', '电子商务公共服务中心', 'a facility the measure relies on, not a responsible unit')
n('unknown-unit', '（五）抓好跟踪调度', '县推进数字政府建设领导小组办公室', 'in units.txt; the office set up in 县政府办公室')
# garbled near misses
n('garbled-text', '到2025年底，全县', '泾心办·源满意', 'a service brand name with a middle dot, not mojibake')
n('garbled-text', '推动文旅产业数字化', '胭脂峡', 'real place names (老龙潭, 胭脂峡), not damage')
# pillars
m.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': 'short but present: 二（三）营造良好数字生态 (data-element market, network ecology), lines %d-%d' % (ln('（三）营造良好数字生态'), ln('营造安全可靠的数字化发展环境'))})
m.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一', 'why': 'section 四 健全“五个一”和“六级贯通”工作体系 (组织机构, 层级职责, 工作机制), lines %d-%d' % (ln('四、健全'), ln('（三）完善工作机制'))})
m.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': 'section 六（二）加大财政投入, line %d' % ln('（二）加大财政投入')})

covers = []
def c(task, anchor):
    covers.append({'task': task, 'line': anchor if isinstance(anchor, int) else ln(anchor)})
for k, t in [(1,5),(2,6),(3,7),(4,8),(5,9),(6,10),(7,11),(8,12),(9,22),(10,28),(11,29),(12,41),(13,42),(14,40),(15,43),(16,48),(17,50),(18,49),(19,52),(20,56),(21,57),(22,64),(23,66),(24,77),(25,79),(26,81),(27,83),(28,87),(29,86),(30,92),(31,93),(32,96),(33,98),(34,95),(35,101),(36,102),(37,105),(38,106),(39,107),(40,111),(41,112),(42,114),(43,120),(44,121)]:
    c(t, row(k))
for t, a in [(13,'培育数据要素市场。'),(14,'强化安全管理责任'),(15,'强化安全管理责任'),(17,'落实安全制度要求'),(18,'提升安全防护能力'),(19,'提升安全防护能力'),(21,'推动政府职能转变'),(24,'创新建设管理机制'),(30,'完善数据管理机制'),(32,'完善数据管理机制'),(36,'深化数据高效共享'),(51,'加强共性应用支撑能力'),(53,'加强共性应用支撑能力'),(54,'加强共性应用支撑能力'),(58,'加强共性应用支撑能力'),(47,'提升网络支撑能力'),(74,'提升监管协同化和智能化水平'),(65,'（一）提升科学精准的经济调节能力'),(68,'提升监管精准化水平'),(70,'提升监管精准化水平'),(71,'提升监管协同化和智能化水平'),(72,'提升监管协同化和智能化水平'),(73,'提升监管协同化和智能化水平'),(80,'提升公共安全保障能力'),(84,'打造泛在可及的服务体系'),(85,'提升智慧便捷的服务能力'),(88,'提供优质便利的涉企服务'),(89,'提供优质便利的涉企服务'),(90,'拓展公平普惠的民生服务'),(97,'提高自然资源利用效率'),(104,'提升辅助决策和行政执行能力'),(109,'提升行政监督和机关事务管理水平'),(115,'（七）提升全面规范的政务公开能力'),(116,'（一）加强组织领导'),(25,'（二）加大财政投入'),(117,'（三）提升数字素养'),(118,'（三）提升数字素养'),(122,'（四）强化考核评价'),(123,'（四）强化考核评价'),(124,'（四）强化考核评价')]:
    c(t, a)

key = {
 'writer': 'blind writer, round 963; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-08',
 'draft': 'draft.txt',
 'also': [],
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': m,
 'covers': covers,
 'notes': ('泾源县 (固原市) plan issued late, 2024-11-18, scheduling its measures for 2025; no parent plan is supplied (the 固原 plan is cited by title only). '
           'Task rows due 2024 in the region carry 2024年12月底前 (equal; valid since the plan is issued in 2024); only row 31 (task 93) was pushed into 2025. '
           'Row 39 "20255年" is meant as deadline-invalid only; a report of deadline-later-than-baseline on that line is not in the key. '
           'The 2026 goal on line %d is a 主要目标 goal compared with the regional 到2025年 goal. '
           'No task is deliberately left out, so expect has no task-uncovered entries; tasks not listed in covers are not claimed either way (many are regional-only).') % ln('到2026年，'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(m), len(covers))
