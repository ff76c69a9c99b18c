# Builds key.json; every line number is looked up in the final draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(sub, nth=0):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert hits, sub
    return hits[nth]

def row(n):  # table row whose 重点内容 starts with "n．"
    hits = [i + 1 for i, l in enumerate(L) if '\t' in l and l.split('\t')[1].startswith(f'{n}．')]
    assert len(hits) == 1, n
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

E = lambda rule, line, text, why, **kw: dict(rule=rule, line=chk(line, text) if text else line, **({'text': text} if text else {}), why=why, **kw)

expect = [
    E('basis-mismatch', ln('宁政办发〔2023〕17号'), '宁政办发〔2023〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (an 办 slipped in, probably from the 宁政办发〔2023〕11号 cited next)'),
    E('deadline-later-than-baseline', ln('到2026年'), '2026年',
      'main goal: "1347" framework 全面成型 by 2026; the region (到2025年 "34567"体系框架全面成型) and the parent 吴忠 plan (到2025年 "1347"体系框架全面成型) both say 2025'),
    E('deadline-later-than-baseline', row(16), '2025年底前',
      'task 48 (城域网升级改造, 区市县乡村5级全覆盖), 完成时限 2024 年; the district row says 2025年底前'),
    E('deadline-invalid', row(38), '20244年',
      'impossible year 20244 (typo for 2024年; the row takes up task 105, 宁政通, 完成时限 2024年)'),
    E('unknown-unit', row(43), '区网信局',
      'no such body in units.txt; the district body is 区委网信办 (区委网络安全和信息化委员会办公室)'),
    E('garbled-text', ln('涓嶆柇鎻愬崌'), '涓嶆柇鎻愬崌',
      'sub-item title pasted as UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 不断提升政府信息发布水平'),
]

M = []
def m(rule, line, text, why):
    M.append(dict(rule=rule, line=chk(line, text) if text else line, **({'text': text} if text else {}), why=why))

# basis
m('basis-mismatch', ln('国发〔2022〕14号'), '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
m('basis-mismatch', ln('宁政办发〔2023〕11号'), '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 is cited with the same 文号 in the parent 吴忠 plan; correct')
m('basis-mismatch', ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'), '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'the city plan cited by issuer and title alone; it has no 文号, title is exact')
m('basis-mismatch', ln('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background paragraph, correct 文号, not cited as a basis')
m('basis-mismatch', 2, '吴利政办发〔2024〕23号', 'the notice\'s own 文号, not a basis document')
m('basis-mismatch', 1, '《利通区关于加强数字政府建设的实施方案》', 'the plan\'s own title in the 印发通知, not a basis document')
# dates that are not deadlines / not invalid
m('deadline-invalid', ln('2023年，区政务服务中心'), '2023年', 'past date in the background paragraph, not a deadline')
m('deadline-invalid', 6, '2024年3月18日', 'the notice\'s own issue date')
m('deadline-invalid', row(7), '2023年形成机制，长期坚持', 'regional deadline of task 18 (2023年形成机制，长期坚持) copied verbatim into an ongoing task; copied regional deadline before the plan year')
m('deadline-later-than-baseline', row(7), '2023年形成机制，长期坚持', 'identical to task 18 完成时限 2023年形成机制，长期坚持')
m('deadline-later-than-baseline', ln('2025年1月15日前'), '2025年1月15日', 'the office\'s own reporting date for the 2024 annual summary, not a task deadline')
m('deadline-later-than-baseline', ln('到2024年底'), '到2024年底', 'near-term goal: 信创云 migration (tasks 43/46, 2024), 专网整合 (task 50, 2024), 我的宁夏 应上尽上 (task 86, 2024) — all equal; nothing here is a 2023 regional goal item')
m('deadline-later-than-baseline', ln('到2035年'), '到2035年', 'equal to the region\'s and the city\'s 2035 goal')
for n, text, why in [
    (1, '2024年6月底前', 'task 64 完成时限 2025年; earlier'),
    (2, '2024年', 'task 2 完成时限 2023年启动，2024年取得明显成效; equal'),
    (3, '持续推进，2025年取得明显成效', 'task 3 完成时限 持续推进，2025年取得明显成效; equal'),
    (4, '2025年底前', 'task 6 完成时限 持续推进，2025年取得明显成效; same year'),
    (5, '2025年', 'task 10 完成时限 持续推进，2025年取得明显成效; equal'),
    (6, '持续推进，2025年取得明显成效', 'task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; completing milestone equal'),
    (8, '2024年', 'task 21 完成时限 2024年; equal'),
    (9, '2024年9月底前', 'task 23 完成时限 2024年; earlier'),
    (10, '2025年', 'task 28 完成时限 2023年启动，2025年取得明显成效; equal'),
    (11, '2024年', 'tasks 33 and 34 完成时限 2024年; equal'),
    (13, '2024年12月底前', 'task 41 完成时限 2024年; same year'),
    (15, '2024年10月底前', 'task 46 完成时限 2024 年 (task 43 2024 年建成); earlier'),
    (17, '2024年', 'task 50 完成时限 2024 年; equal'),
    (18, '2025年', 'task 49 完成时限 2025 年; equal'),
    (20, '2025年6月底前', 'task 56 完成时限 2025年; earlier'),
    (22, '2025年', 'task 66 完成时限 2025年; equal'),
    (27, '2024年11月底前', 'task 80 完成时限 2024年; earlier'),
    (28, '2025年', 'task 83 完成时限 2025年; equal'),
    (35, '2025年', 'task 95 完成时限 2025年; equal'),
    (39, '2025年6月底前', 'task 106 完成时限 2025年; earlier'),
    (40, '2025年', 'task 107 完成时限 2025年; equal'),
    (45, '长期坚持', 'task 121 完成时限 长期坚持; equal'),
]:
    m('deadline-later-than-baseline', row(n), text, why)
# units
m('unknown-unit', 3, '各乡镇人民政府', 'collective subject')
m('unknown-unit', 3, '各街道办事处', 'collective subject')
m('unknown-unit', 3, '区直各部门（单位）', 'collective subject')
m('unknown-unit', 1, '吴忠市利通区人民政府办公室', 'issuing office; listed in units.txt as a name of 区人民政府办公室')
m('unknown-unit', ln('区大数据服务中心承担日常工作'), '区推进“数字政府”建设领导小组', 'in units.txt')
m('unknown-unit', ln('（六）抓好跟踪调度'), '区推进“数字政府”建设领导小组办公室', 'in units.txt')
m('unknown-unit', row(1), '各乡镇（街道）', 'collective subject')
m('unknown-unit', row(5), '各乡镇人民政府', 'collective subject')
m('unknown-unit', row(8), '区直有关部门（单位）', 'collective subject (district analogue of 市直有关部门)')
m('unknown-unit', row(28), '各村（社区）', 'collective subject')
m('unknown-unit', row(2), '区工信商务局', 'official short name of 区工业信息化和商务局 in units.txt')
m('unknown-unit', row(3), '金积工业园区管委会', 'short name of 金积工业园区管理委员会 in units.txt')
m('unknown-unit', row(4), '区卫健局', 'short name of 区卫生健康局 in units.txt')
m('unknown-unit', row(4), '区人社局', 'short name of 区人力资源和社会保障局 in units.txt')
m('unknown-unit', row(6), '区供销社', 'short name of 区供销合作社联合社 in units.txt')
m('unknown-unit', row(7), '利通公安分局', 'short name of 吴忠市公安局利通区分局 in units.txt; listed first, so lead under the table note')
m('unknown-unit', row(8), '区审批局', 'short name of 区审批服务管理局 in units.txt')
m('unknown-unit', row(9), '区发改局', 'short name of 区发展和改革局 in units.txt')
m('unknown-unit', row(22), '区发展和改革局、统计局', 'prefix 区 distributes: 区统计局 is in units.txt')
m('unknown-unit', row(23), '区市场监督管理局、农业农村局、卫健局', 'prefix distributes: 区农业农村局, 区卫健局 (short name of 区卫生健康局)')
m('unknown-unit', row(33), '区文化旅游体育广电局、教育局', 'prefix distributes: 区教育局 is in units.txt')
m('unknown-unit', row(35), '吴忠市生态环境局利通分局', 'the city bureau\'s district branch, listed in units.txt; not a city body leading a district task')
m('unknown-unit', row(37), '吴忠市自然资源局利通分局', 'district branch listed in units.txt')
m('unknown-unit', ln('各级党组织'), '各级党组织', 'collective subject')
# pillars
m('missing-pillar', ln('（一）健全组织机构'), None, '五个一: taken up as 健全组织机构 inside the "一套体系" (as in the 吴忠 plan)')
M[-1]['pillar'] = '五个一'
m('missing-pillar', ln('（二）厘清层级职责'), None, '六级贯通: taken up explicitly in 厘清层级职责')
M[-1]['pillar'] = '六级贯通'
m('missing-pillar', ln('六、保障措施'), None, '党的领导: 组织领导, 财政投入, 数字素养, 考核评价 all present under the heading 保障措施')
M[-1]['pillar'] = '党的领导'
m('missing-pillar', ln('（三）营造良好数字生态'), None, '数字生态: short but present (数据要素市场, 数据融合开放, 网络生态)')
M[-1]['pillar'] = '数字生态'
# text
m('garbled-text', ln('易办·吴优'), '易办·吴优', 'brand name with a middle dot, not damage')

covers = []
def c(task, line): covers.append(dict(task=task, line=line))
for n, t in [(1,64),(2,2),(3,3),(4,6),(5,10),(6,11),(7,18),(8,21),(9,23),(10,28),(11,33),(11,34),(12,40),(13,41),(14,42),
             (15,46),(16,48),(17,50),(18,49),(19,54),(20,56),(21,57),(22,66),(23,71),(24,73),(25,77),(26,79),(27,80),(28,83),
             (29,84),(30,86),(31,88),(32,89),(33,90),(34,93),(35,95),(36,96),(37,97),(38,105),(39,106),(40,107),(41,111),
             (42,112),(43,114),(44,115),(45,121)]:
    c(t, row(n))
for t, sub in [(5,'完善数字经济治理'),(9,'加快智慧城市建设'),(14,'强化安全管理责任'),(15,'强化安全管理责任'),
               (24,'创新项目管理机制'),(36,'推进政务数据汇聚共享'),(52,'加强共性应用支撑'),(68,'推动监管精准化'),
               (70,'推动监管精准化'),(74,'实现监管智能化'),(85,'提升智慧便捷的服务能力'),(102,'推动绿色低碳转型'),
               (103,'强化辅助决策能力'),(104,'提升行政执行能力'),(116,'（一）加强组织领导'),(118,'（三）提升数字素养'),
               (122,'（四）强化考核评价'),(123,'（四）强化考核评价'),(124,'（四）强化考核评价'),(25,'（二）加大财政投入')]:
    c(t, ln(sub))

key = {
    'writer': 'blind writer, round 957; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-08',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('Ordinary 利通区 district plan (印发通知 + 方案 + 45-row 任务清单) following the 吴忠 "1347" structure; issued 2024-03-18. '
              'Six planted slips: wrong 文号 for the regional 实施意见, a 2026 main goal, task 48 pushed to 2025年底前, a 20244年 typo, '
              'the non-existent 区网信局, one garbled sub-item title. Table note: first-listed unit leads. '
              'Row 7 deliberately copies the regional deadline of task 18 (2023年形成机制，长期坚持). '
              'units.txt lists district bodies, district branches of city bureaus (…利通分局) and the 乡镇; no city-level bodies are named as responsible units.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
