# Builds key.json; every line number is found by searching draft.txt (1-based) and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(needle, n=1):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    assert len(hits) == n, (needle, hits)
    return hits[0]

def row(k):
    """line of task-table row k (the row whose 重点内容 starts with 'k.')"""
    hits = [i + 1 for i, l in enumerate(L) if '\t' in l and l.split('\t')[1].startswith(f'{k}.')]
    assert len(hits) == 1, (k, hits)
    return hits[0]

def cell(k, col):
    return L[row(k) - 1].split('\t')[col]

expect = []
def E(rule, line, text, why, **kw):
    assert text in L[line - 1], (rule, line, text)
    expect.append(dict(rule=rule, line=line, text=text, why=why, **kw))

E('basis-mismatch', ln('宁政办发〔2023〕17号'), '宁政办发〔2023〕17号',
  '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the draft inserts 办 (宁政办发), a 文号 that does not belong to that title (planted)')
E('deadline-later-than-baseline', row(22), '2025年6月底前',
  'city row 22 (城域网升级改造, 市县乡村外网全覆盖, 按需向企事业单位拓展) is regional task 48, 完成时限 2024年; 2025年6月底前 is later (and contradicts the draft\'s own goal at line %d) (planted)' % ln('到2024年底，全市非涉密'))
E('deadline-later-than-baseline', ln('适老化与信息无障碍建设，切实满足'), '2025年底前',
  'sentence matches regional task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; the body says 2025年底前 (the table row 42 keeps 2024年) (planted)')
E('deadline-invalid', row(53), '2014年底前',
  'typo for 2024: a deadline ten years before the plan is issued (2024); regional task 114 (政务新媒体矩阵) is 2024年, so it is not a copied regional date (planted)')
E('unknown-unit', row(19), '市大数据服务管理局',
  'transposed name; units.txt has 市大数据管理服务局 (alias 市大数据局) and no 市大数据服务管理局 (planted)')

M = []
def N(rule, line, why, text=None):
    if text is not None:
        assert text in L[line - 1], (rule, line, text)
    d = dict(rule=rule, line=line, why=why)
    if text is not None: d['text'] = text
    M.append(d)

D = 'deadline-later-than-baseline'
# equal or earlier deadlines in the task table
N(D, row(1), 'task 1 完成时限 持续推进，2025年取得明显成效; equal', cell(1, 3))
N(D, row(2), 'task 2 完成时限 2023年启动，2024年取得明显成效; completing milestone 2024 equal', cell(2, 3))
N(D, row(3), 'task 3 完成时限 持续推进，2025年取得明显成效; equal (interim 2024 milestone is the city\'s own)', cell(3, 3))
N(D, row(4), 'task 5 完成时限 持续推进，2025年取得明显成效; equal', cell(4, 3))
N(D, row(6), 'task 9 完成时限 持续推进，2025年取得明显成效; equal, with an earlier 2024 milestone', cell(6, 3))
N(D, row(8), 'task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; completing milestone 2025 equal', cell(8, 3))
N(D, row(9), 'task 12 完成时限 2025年; equal', cell(9, 3))
N(D, row(10), 'task 16 完成时限 2024年; 2024年10月底前 is earlier', cell(10, 3))
N(D, row(11), 'task 18 完成时限 2023年形成机制，长期坚持; 长期坚持 has no later milestone', cell(11, 3))
N(D, row(13), 'task 22 完成时限 2025年; 2024年底前 is earlier', cell(13, 3))
N(D, row(14), 'task 28 完成时限 2023年启动，2025年取得明显成效; the city starts in 2024 (its plan year) but the completing milestone 2025 is equal', cell(14, 3))
N(D, row(18), 'task 41 完成时限 2024年; 2024年11月底前 is earlier', cell(18, 3))
N(D, row(20), 'task 43 完成时限 2024年建成，持续推进; 2024年9月底前 is earlier', cell(20, 3))
N(D, row(24), 'task 52 完成时限 2025年; 2024年底前 is earlier', cell(24, 3))
N(D, row(26), 'task 57 完成时限 2024年; "2024 年" with a space is equal', cell(26, 3))
N(D, row(28), 'task 64 完成时限 2025年; 2024年6月底前 is earlier', cell(28, 3))
N(D, row(38), 'task 87 完成时限 2023年启动，2025年完成; 2025年完成 equal', cell(38, 3))
N(D, row(42), 'task 93 完成时限 2024年; the table row is equal (only the body sentence is late)', cell(42, 3))
N(D, row(48), 'task 106 完成时限 2025年; 2025年6月底前 is earlier', cell(48, 3))
N(D, row(50), 'task 108 完成时限 长期推进，2024年取得明显成效; equal', cell(50, 3))
N(D, ln('到2024年底，全市非涉密'), 'city goal: 信创云迁移 (task 43: 2024年建成; task 19: 2024年建成) and 外网四级全覆盖 (task 48: 2024年) by 到2024年底; equal', '到2024年底')
N(D, ln('到2025年，全市数字政府建设'), '主要目标 2025 goal equals the region\'s 到2025年 …“34567”体系框架全面成型', '到2025年')
N(D, ln('到2035年，与政府'), '主要目标 2035 goal equals the region\'s 到2035年', '到2035年')
N(D, ln('填表报数工作量压减50%以上'), 'sentence matches task 106, 完成时限 2025年; 2025年底前 equal', '2025年底前')
N(D, row(57), 'task 121 完成时限 长期坚持; 每年3月底前 is a recurring date, ongoing', cell(57, 3))
N(D, row(56), 'task 118 完成时限 2023年完成并长期坚持; 长期坚持 is not later', cell(56, 3))
N(D, row(58), 'task 124 完成时限 2023年形成机制，长期坚持; 长期坚持 is not later', cell(58, 3))
I = 'deadline-invalid'
N(I, row(55), 'task 116 完成时限 2023年完成并长期坚持 copied from the regional list; a copied regional deadline before the plan year, and the task is ongoing', '2023年完成并长期坚持')
N(I, ln('2021年建成市级政务数据共享交换平台'), 'background (工作基础): past achievements 2021/2022/2023, 截至2023年底 — not deadlines', '截至2023年底')
N(I, ln('2023年，我市已将数字政府建设纳入'), 'background fact (task 122 was done in 2023), not a deadline', '2023年，我市已将')
N(I, ln('已经2024年4月3日'), 'date of the executive meeting that approved the plan', '2024年4月3日')
N(I, 6, 'issue date of the notice', '2024年4月12日')
N(I, ln('于每年6月25日、12月10日前'), 'the office\'s own reporting dates and its 2024年12月底前 mid-term review', '2024年12月底前')
N(I, row(1) - 2, 'title of the task list: the plan period, not a deadline', '（2024年—2025年）')
N(D, ln('于每年6月25日、12月10日前'), 'the office\'s own reporting dates and mid-term review (2024年12月底前), not a task deadline; even if read against task 124 (定期开展督促检查, 2023年形成机制，长期坚持) it is the office\'s own schedule', '2024年12月底前')
B = 'basis-mismatch'
N(B, ln('国发〔2022〕14号'), 'national 指导意见 cited with its correct 文号', '国发〔2022〕14号')
N(B, ln('宁政办发〔2023〕11号'), '《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, as the 吴忠 plan cites it', '宁政办发〔2023〕11号')
N(B, ln('宁政办发〔2020〕14号'), 'retrospective mention in 工作基础 of the 2020 工作要点 (what was done since); not cited as a basis', '宁政办发〔2020〕14号')
N(B, 2, 'the plan\'s own 文号 (卫政发), not a basis document', '卫政发〔2024〕9号')
U = 'unknown-unit'
N(U, 3, 'addressee collectives of the notice', '市政府各部门、各直属机构')
N(U, row(5), 'collective subject 各县（区）人民政府 (中卫 has 沙坡头区, 中宁县, 海原县)', '各县（区）人民政府')
N(U, row(11), 'collective 市直各部门（单位）', '市直各部门（单位）')
N(U, row(13), 'collective 承担监管职责的市直有关部门; 市场监管局 distributes 市 from 市审批服务管理局', '承担监管职责的市直有关部门')
N(U, row(35), 'collectives 各乡镇（街道）, 各村（社区）', '各乡镇（街道）、各村（社区）')
N(U, row(16), 'collective 市直有关部门', '市直有关部门')
N(U, row(1), 'prefix distributes: 工业和信息化局 = 市工业和信息化局; 中卫市西部云基地管理委员会 is in units.txt', '工业和信息化局')
N(U, row(10), 'prefix distributes after the comma: 市委网信办，发展改革委、公安局 = 市委网信办, 市发展改革委, 市公安局', '发展改革委、公安局')
N(U, row(29), 'prefix distributes: 发展改革委、商务局 = 市发展改革委, 市商务局', '发展改革委、商务局')
N(U, row(15), 'prefix distributes over aliases: 卫健委 = 市卫健委 (市卫生健康委), 应急局 = 市应急局 (市应急管理局)', '卫健委')
N(U, row(6), 'alias 市发改委 of 市发展改革委 (units.txt)', '市发改委')
N(U, row(2), 'alias 市工信局 of 市工业和信息化局', '市工信局')
N(U, row(24), 'alias 市审批局 of 市审批服务管理局', '市审批局')
N(U, row(14), 'alias 市大数据局 of 市大数据管理服务局', '市大数据局')
N(U, row(30), 'alias 市市场监督管理局 of 市市场监管局; 卫健委, 工信局 take the 市 prefix', '市市场监督管理局')
N(U, row(3), 'alias 中卫工业园区管委会 (units.txt); 中宁县人民政府 is a listed county government', '中卫工业园区管委会')
N(U, row(9), 'alias 西部云基地管委会; 市公共资源交易中心 is in units.txt', '西部云基地管委会')
N(U, row(19), 'units outside government proper, listed in units.txt', '国网中卫供电公司')
N(U, row(25), 'unit outside the city government, listed in units.txt', '中卫市税务局')
N(U, row(34), 'listed non-government units: 中卫市消防救援支队, 中卫市气象局', '中卫市消防救援支队')
N(U, row(56), '市委党校 is in units.txt (alias 市委党校（市行政学院）)', '市委党校')
N(U, row(53), 'two leads; the note at the end says the first-listed unit is the main lead; 市融媒体中心 is in units.txt', '市委宣传部、市人民政府办公室牵头')
N(U, ln('提高自主可控水平。配合自治区政府办公厅'), 'regional body named only as the one the city assists (配合), not as lead of a local task', '自治区政府办公厅')
N(U, ln('推进数据汇聚共享。配合自治区政府办公厅'), 'regional body named only as the one the city assists (配合), not as lead of a local task', '自治区政府办公厅')
N(U, row(28), '市推进数字政府建设领导小组办公室 and 市委编办 are in units.txt', '市推进数字政府建设领导小组办公室')
N(U, ln('组建数字中卫建设专家咨询团队'), 'body text names the city\'s think-tank, subordinate 事业单位 and 市属国有企业 generically as parts of the 五个一 set-up; none is assigned a task', '数字中卫建设专家咨询团队')
N(U, ln('加快“智慧园区”建设。'), '中卫工业园区、中宁工业园区 are places (parks) here, not responsible units', '中宁工业园区')
P = 'missing-pillar'
M.append(dict(rule=P, line=0, pillar='五个一', why='section 四 (lines %d-%d) takes up 五个一 at city scale: 领导小组, 行政机构, 事业单位, 国有企业, 专家咨询团队' % (ln('四、健全“五个一”'), ln('（三）完善工作机制'))))
M.append(dict(rule=P, line=0, pillar='数字生态', why='section 二（三） lines %d-%d' % (ln('（三）营造良好数字生态。'), ln('营造规范有序的政策环境'))))

C = []
def cov(task, line): C.append(dict(task=task, line=line))
for k, t in [(1,1),(2,2),(3,3),(4,5),(5,6),(6,9),(7,10),(8,11),(9,12),(10,16),(11,18),(12,21),(13,22),(14,28),
             (15,34),(16,39),(17,40),(18,41),(19,42),(20,43),(21,45),(22,48),(23,49),(24,52),(25,56),(26,57),(27,58),
             (28,64),(29,66),(30,71),(31,74),(32,77),(33,79),(34,80),(35,83),(36,84),(37,86),(38,87),(39,88),(40,90),
             (41,92),(42,93),(43,94),(44,96),(45,101),(46,103),(47,104),(48,106),(49,107),(50,108),(51,111),(52,112),
             (53,114),(54,115),(55,116),(56,118),(57,121),(58,124)]:
    cov(t, row(k))
cov(14, ln('强化安全管理责任。各县'))
cov(17, ln('落实安全制度要求。'))
cov(24, ln('创新数字政府建设管理机制。'))
cov(25, ln('（二）加大财政投入。'))
cov(30, ln('完善数据管理机制。'))
cov(68, ln('提升监管精准化水平。'))
cov(72, ln('提升监管协同化水平。'))
cov(122, ln('（四）强化考核评价。'))

key = dict(
  writer='blind writer, round 856; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  written='2026-12-07', draft='draft.txt', also=[], baseline='ningxia-2023', build=None, parents=[],
  units='units.txt', planYear=2024, expect=expect, mustNotFlag=M, covers=C,
  notes=('中卫市 city plan issued 2024-04-12 (卫政发〔2024〕9号), implementing 宁政发〔2023〕17号 directly (no parent plan). '
         'Body lines 1-107, task table lines %d-%d (header %d, 58 rows, tab-separated, empty first cell continues the group), note line %d. '
         'Five planted mistakes. Regional tasks due 2023 (14, 15, 17, 24, 25, 30, 32, 36, 67, 68, 72) are taken up in the body without a date, '
         'so no 2024 date is compared with a 2023 regional deadline; the only 2023 date in the table is the copied 2023年完成并长期坚持 of task 116. '
         'units.txt is the city registry; collectives are not in it.') % (row(1)-1, row(58), row(1)-1, len(L)))
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
