# Builds key.json and checks every line number and text against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def row(n):
    """1-based line of table row n (序号 n)."""
    hits = [i + 1 for i, l in enumerate(L) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def line_of(s):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])

expect = [
    dict(rule='basis-mismatch', line=line_of('宁政发〔2023〕71号'), text='宁政发〔2023〕71号',
         why='the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号 (2023-05-16); 71号 is a transposed number (the draft itself cites 宁政发〔2023〕17号附件2 correctly on line %d)' % line_of('宁政发〔2023〕17号附件2')),
    dict(rule='deadline-later-than-baseline', line=row(15), text='2025年6月底前',
         why='row 15 (医疗健康主题数据库) is task 34, 完成时限 2024年 (卫生健康委 分别牵头); 2025年6月底 is later. The draft\'s own goal (line %d) even says 到2024年底 基本建成' % line_of('（三）工作目标')),
    dict(rule='deadline-later-than-baseline', line=row(34), text='2025年底前',
         why='row 34 (公共卫生应急指挥、突发公共卫生事件应急响应) is task 80, 完成时限 2024年 (卫生健康委 按照职能分别牵头); 2025年底 is later'),
    dict(rule='deadline-invalid', line=row(39), text='6月31日',
         why='impossible date: June has 30 days (2024年6月31日). Row 39 is task 93 (适老化与信息无障碍), 完成时限 2024年, so the year itself is not late'),
    dict(rule='unknown-unit', line=row(30), text='市场监管局',
         why='"自治区药监局、市场监管局" distributes to 自治区市场监管局, which does not exist: Ningxia\'s body is 自治区市场监管厅 (市场监督管理厅, as in task 71 of the list); not in the baseline nor in units.txt'),
    dict(rule='unknown-unit', line=row(31), text='自治区卫生健康数据中心',
         why='no such body in units.txt or the baseline; the commission\'s technical unit is 自治区卫生健康信息中心 (used everywhere else in the draft)'),
    dict(rule='garbled-text', line=line_of('鍏ㄦ皯'), text='鍏ㄦ皯鍋ュ悍',
         why='UTF-8 bytes read as GBK: 鍏ㄦ皯鍋ュ悍淇℃伅骞冲彴 = 全民健康信息平台 (re-encode as GBK, decode as UTF-8)'),
]

M = []
def nf(rule, line, why, text=None, **kw):
    e = dict(rule=rule, line=line)
    if text is not None:
        chk(line, text)
        e['text'] = text
    e.update(kw)
    e['why'] = why
    M.append(e)

U = 'unknown-unit'; D = 'deadline-later-than-baseline'; I = 'deadline-invalid'; B = 'basis-mismatch'
# --- units
nf(U, 4, 'collective subject (all five cities\' health commissions)', '各市卫生健康委')
nf(U, row(1), 'official short name of 规划发展与信息化处, listed in units.txt', '规划信息处')
nf(U, row(3), 'collective subject (county health bureaus)', '各县（市、区）卫生健康局')
nf(U, row(4), 'colloquial alias of 自治区发展改革委 (DOMAIN: 发改委 is an alias of 发展改革委)', '自治区发改委')
nf(U, row(4), '自治区 prefix distributes: 自治区工信厅, alias of 自治区工业和信息化厅', '工信厅')
nf(U, row(6), 'collectives of the commission\'s own divisions and directly affiliated units', '委机关各处室、各直属单位')
nf(U, row(6), 'the commission\'s own 办公室, listed in units.txt', '办公室')
nf(U, row(7), 'regional unit named in the baseline task list', '自治区党委网信办')
nf(U, row(8), 'regional body leading: right for a regional department\'s own plan (自治区卫生健康信息中心 is the commission\'s information centre, in units.txt)', '自治区卫生健康信息中心')
nf(U, row(8), 'unit outside the government proper, named in the baseline (tasks 5, 16, 82)', '宁夏通信管理局')
nf(U, row(10), 'regional unit named in the baseline (tasks 20, 61)', '自治区党委编办')
nf(U, row(13), 'shared suffix: 银川市卫生健康委 and 吴忠市卫生健康委, cities\' bodies listed in units.txt (not a unit called 银川市)', '银川市、吴忠市卫生健康委')
nf(U, row(23), 'regional unit of the baseline cooperating with a division of the commission', '自治区财政厅')
nf(U, row(27), 'cities\' bodies (collective) leading their own local measures, as the plan asks them to', '各市卫生健康委')
nf(U, row(30), 'regional unit named in the baseline (task 71: 自治区…药监局)', '自治区药监局')
nf(U, row(31), 'a city\'s body listed in units.txt', '银川市卫生健康委')
nf(U, row(33), 'regional body leading (自治区疾病预防控制局, short name in units.txt); right in a regional department\'s plan', '自治区疾控局')
nf(U, row(33), 'directly affiliated unit listed in units.txt', '自治区疾病预防控制中心')
nf(U, row(37), 'regional unit of the baseline', '自治区公安厅')
nf(U, row(37), 'short name of 自治区医疗保障局, listed in units.txt (not in the baseline list)', '自治区医保局')
nf(U, row(38), 'cities\' bodies leading task 92 (各地级市牵头负责 in the list)', '各市卫生健康委')
nf(U, row(40), 'regional unit of the baseline', '自治区生态环境厅')
nf(U, line_of('成立自治区卫生健康委数字政府建设工作领导小组'), 'a body set up by this very plan (and its office); not a responsible unit to look up', '数字政府建设工作领导小组')
nf(U, line_of('依托数字宁夏建设运营有限公司'), 'the state-controlled company named in the regional 实施意见 (五个一) and task 62', '数字宁夏建设运营有限公司')
nf(U, line_of('（三）营造良好数字健康生态'), 'regional units of the baseline named in body text', '自治区发展改革委')
nf(U, line_of('于2024年4月底前制定本地落实措施'), 'the commission\'s own division with the 委 prefix; alias in units.txt', '委规划信息处')
nf(U, line_of('（二）厘清层级职责'), 'kinds of grass-roots institutions, not named units', '乡镇卫生院、村卫生室')
# --- deadlines
nf(D, line_of('（三）工作目标'), 'goal 到2024年底: 全民健康信息平台 (task 29, 2023年启动，2025年完成), 政务信创云 (task 43, 2024年建成；task 19, 2024年建成), 医疗健康主题数据库 (task 34, 2024年): equal or earlier', '2024年底')
nf(D, line_of('到2025年，卫生健康领域'), 'equal to the regional 主要目标 到2025年 and to task 8 (持续推进，2025年取得明显成效)', '到2025年')
nf(D, line_of('到2025年，三级公立医院'), 'task 6 / task 8: 持续推进，2025年取得明显成效; equal', '到2025年')
nf(D, line_of('2024年10月底前完成迁移'), 'task 19 (2023年启动，2024年建成) and task 43 (2024年建成，持续推进): earlier', '2024年10月底前')
nf(D, line_of('于2024年4月底前制定本地落实措施'), 'the office\'s own date for cities to file their measures; nearest task 64 (各地各部门成立组织机构, 2025年) is later', '2024年4月底前')
nf(D, line_of('每年6月25日前'), 'the office\'s own reporting dates, not task deadlines', '12月10日前')
nf(D, row(1), 'task 8: 持续推进，2025年取得明显成效; copied, equal', '2025年取得明显成效')
nf(D, row(2), 'task 6 (and 8): 持续推进，2025年取得明显成效; 2025年 equal', '2025年')
nf(D, row(3), 'task 10: 持续推进，2025年取得明显成效; equal', '2025年取得明显成效')
nf(D, row(4), 'task 8 (推动健康医疗大数据应用): 持续推进，2025年取得明显成效; equal', '2025年取得明显成效')
nf(D, row(5), 'task 12 (培育数据要素市场、数据确权): 2025年; equal', '2025年')
nf(D, row(6), 'tasks 14/15: 2023年; 长期坚持 has no milestone to be late', '长期坚持')
nf(D, row(7), 'task 17: 2023年; the row records the 2023 milestone and ongoing upkeep; equal', '2023年建立')
nf(D, row(8), 'task 18: 2023年形成机制，长期坚持; copied, equal', '2023年形成机制，长期坚持')
nf(D, row(9), 'task 19 (2023年启动，2024年建成) / task 43 (2024年建成，持续推进): earlier', '2024年10月底前')
nf(D, row(10), 'task 20: 2024年; equal', '2024年')
nf(D, row(11), 'task 23 (全区一体化数字资源管理系统，一本账): 2024年; equal', '2024年')
nf(D, row(12), 'task 27 (标准化): 2024年; equal', '2024年')
nf(D, row(13), 'task 28: 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (a later start is not a later completion)', '2025年取得明显成效')
nf(D, row(14), 'tasks 30/32: 2023年; 长期坚持 has no milestone', '长期坚持')
nf(D, row(16), 'task 33 (人口基础数据资源库): 2024年; equal', '2024年')
nf(D, row(17), 'task 37 (数据实时交换系统，分钟级共享): 2024年; equal', '2024年')
nf(D, row(18), 'task 39 (一应用一数仓): 2024年; earlier', '2024年11月底前')
nf(D, row(19), 'task 41 (公共数据开放目录): 2024年; equal', '2024年')
nf(D, row(20), 'task 45 (行业云纳入统一管理): 2024年; equal', '2024年')
nf(D, row(21), 'task 50 (专网整合迁移或安全互联): 2024年; equal', '2024年')
nf(D, row(22), 'task 52 (电子证照): 2025年; earlier', '2024年底前')
nf(D, row(23), 'task 55 (电子票据一站式查验): 2024年; task 56: 2025年; equal/earlier', '2024年')
nf(D, row(24), 'task 54 (电子文件归档): 2024年; equal', '2024年')
nf(D, row(25), 'task 29 (政务数据平台): 2023年启动，2025年完成; earlier', '2024年底前')
nf(D, row(26), 'task 64 (各地各部门成立相应组织机构): 2025年; earlier', '2024年4月底前')
nf(D, row(27), 'the office\'s own filing date for the cities\' measures (task 64: 2025年)', '2024年4月底前')
nf(D, row(28), 'task 65 (经济治理基础数据库): 2024年; equal', '2024年')
nf(D, row(29), 'tasks 68/72: 2023年; 持续推进 has no milestone', '持续推进')
nf(D, row(30), 'task 71 (数字化追溯监管): 2024年; equal', '2024年')
nf(D, row(31), 'task 75 (互联网医院监管机制): 2024年; equal', '2024年')
nf(D, row(32), 'task 74 (远程、移动、预警监管): 2024年; equal', '2024年')
nf(D, row(33), 'task 80 (风险监测预警、分析研判和闭环管控): 2024年; equal', '2024年')
nf(D, row(35), 'task 81 (视频指挥调度体系): 2025年; equal', '2025年')
nf(D, row(36), 'task 84 (一体化政务服务): 2024年; equal', '2024年')
nf(D, row(37), 'task 85: 2023年; 持续推进 has no milestone', '持续推进')
nf(D, row(38), 'task 92 (多卡合一、多码合一): 2025年; task 86: 2024年; earlier/equal', '2024年底前')
nf(D, row(40), 'task 102 (水、气、土、废污染防治): 2025年; equal', '2025年')
nf(D, row(41), 'task 103 (辅助决策): 2024年; equal', '2024年')
nf(D, row(42), 'tasks 104/105 (协同办公、宁政通): 2024年; equal', '2024年')
nf(D, row(43), 'task 106 (填表报数): 2025年; equal', '2025年')
nf(D, row(44), 'tasks 112/114 (政务公开平台、新媒体矩阵): 2024年; equal', '2024年')
nf(D, row(45), 'task 115 (12345、政府信息知识库): 2024年; earlier', '2024年9月底前')
nf(D, row(46), 'task 116 (2023年完成并长期坚持) / task 121 (长期坚持); 长期坚持 has no milestone', '长期坚持')
nf(D, row(47), 'task 117 (人才引进、复合型人才培养): 2024年; equal', '2024年')
nf(D, row(48), 'tasks 122/123: 2023年完成，长期坚持; 长期坚持 has no milestone', '长期坚持')
# --- invalid
nf(I, 7, 'the document\'s own issue date', '2024年3月18日')
nf(I, line_of('（二）工作基础'), 'past dates in the background (2018 示范区, 2023 achievements), not deadlines', '2018年')
nf(I, line_of('新冠疫情防控转段后'), 'retrospective statement about 2023 (task 82, 2023年), not a deadline', '2023年')
nf(I, row(7), 'a milestone already met in 2023, copied from task 17 (2023年), before the plan\'s year but not a mistake', '2023年建立')
nf(I, row(8), 'copied regional deadline (task 18: 2023年形成机制，长期坚持) that lies before the plan\'s year', '2023年形成机制')
nf(I, line_of('重点任务清单（2023年—2025年）'), 'the period in the title of the regional task list', '2023年—2025年')
# --- basis
nf(B, 2, 'the document\'s own 文号, not a cited basis', '宁卫发〔2024〕21号')
nf(B, 3, 'the plan\'s own title (…工作方案) inside the notice; the cited 实施意见 title in 〈〉 is correct', '工作方案')
nf(B, 9, 'the plan\'s own title; cites the 实施意见 by its correct title without 文号', '《自治区人民政府关于加强数字政府建设的实施意见》')
nf(B, 10, 'correct national basis', '国发〔2022〕14号')
nf(B, 10, 'correct regional document (cited the same way in the 吴忠 plan)', '宁政办发〔2023〕11号')
nf(B, line_of('宁政办发〔2020〕14号'), 'retrospective mention of the 2020 工作要点 in the background, not a basis', '宁政办发〔2020〕14号')
nf(B, line_of('宁政发〔2023〕17号附件2'), 'correct number of the 实施意见 (its 附件2 task list)', '宁政发〔2023〕17号')
# --- garbled
nf('garbled-text', 10, 'ordinary symbols in a programme name, not mojibake', '1244+N')
nf('garbled-text', line_of('IPv6改造'), 'Latin letters in a technical term', 'IPv6')
# --- pillars (a department takes up only its share, and touches each pillar within it)
for name, key in [('数字经济', '（二）助力数字经济发展'), ('数字生态', '（三）营造良好数字健康生态'),
                  ('经济调节', '（一）服务经济调节'), ('生态环境保护', '（五）助力生态环境保护'),
                  ('五个一', '（一）健全组织机构'), ('财政投入', '（二）强化资金保障')]:
    nf('missing-pillar', line_of(key), 'a regional department\'s plan takes up only its share; this pillar is taken up within it here', pillar=name)

C = [(8, row(1)), (6, row(2)), (10, row(3)), (12, row(5)), (14, row(6)), (15, row(6)), (17, row(7)),
     (18, row(8)), (19, row(9)), (43, row(9)), (20, row(10)), (23, row(11)), (28, row(13)), (32, row(14)),
     (34, row(15)), (33, row(16)), (37, row(17)), (39, row(18)), (41, row(19)), (45, row(20)), (50, row(21)),
     (52, row(22)), (55, row(23)), (54, row(24)), (29, row(25)), (64, row(26)), (65, row(28)), (68, row(29)),
     (72, row(29)), (71, row(30)), (75, row(31)), (74, row(32)), (80, row(33)), (81, row(35)), (84, row(36)),
     (85, row(37)), (92, row(38)), (93, row(39)), (102, row(40)), (103, row(41)), (104, row(42)),
     (105, row(42)), (106, row(43)), (112, row(44)), (114, row(44)), (115, row(45)), (116, row(46)),
     (121, row(46)), (117, row(47)), (122, row(48))]
covers = [dict(task=t, line=l) for t, l in C]

for e in expect:
    chk(e['line'], e['text'])

key = {
    'writer': 'blind writer, round 550; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('A regional department\'s own plan (自治区卫生健康委, 2024-03-18) for the tasks of 宁政发〔2023〕17号 附件2 that it leads or joins. '
              'Its responsible units are its own divisions and affiliated units (units.txt), regional bodies of the baseline, and the five cities\' health commissions. '
              'Regional bodies leading rows is correct here. Being a department plan it takes up only its share, so many city/county tasks are absent (task-uncovered is information only; none is listed in expect). '
              'All deadlines are in the attached table (lines %d-%d) plus a few in the body; every one is annotated.' % (row(1), row(48))),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
