#!/usr/bin/env python3
"""Builds key.json for blind611 from draft.txt, checking every line number and deadline.

Reads only draft.txt, units.txt and the seed task list (for the regional 完成时限)."""
import json, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = '/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt'
L = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]
assert 220 <= len(L) <= 250, len(L)

# regional task list: number -> (责任单位, 完成时限)
REG = {}
for l in open(SEED, encoding='utf-8'):
    c = l.rstrip('\n').split('\t')
    if len(c) >= 4:
        m = re.match(r'\s*(\d+)\s*[\.．]', c[1])
        if m:
            REG[int(m.group(1))] = (c[2].strip(), re.sub(r'\s+', '', c[3].strip()))
assert sorted(REG) == list(range(1, 125))


def ln(sub, start=False):
    hits = [i for i, l in enumerate(L, 1) if (l.startswith(sub) if start else sub in l)]
    assert len(hits) == 1, (sub, hits)
    return hits[0]


def row(n):
    hits = [i for i, l in enumerate(L, 1) if l.split('\t')[1:2] == [str(n)]]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def deadline_of(line):
    l = L[line - 1]
    c = l.split('\t')
    if len(c) == 6:
        return c[5]
    m = re.search(r'完成时限：(.*?)）$', l)
    return m.group(1) if m else None


def last_year(s):
    ys = [int(y) for y in re.findall(r'(20\d\d)\s*年', s)]
    return max(ys) if ys else None


def regdesc(tasks):
    return '; '.join('task %d 完成时限 %s' % (t, REG[t][1]) for t in tasks)


expect, mnf, covers = [], [], []

# ---------------------------------------------------------------- planted mistakes
l_basis = ln('（四）体系框架。')
assert '宁政发〔2023〕71号' in L[l_basis - 1]
expect.append({'rule': 'basis-mismatch', 'line': l_basis, 'text': '宁政发〔2023〕71号',
               'why': 'the 自治区人民政府《关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits transposed); the preamble (line %d) cites it correctly' % ln('根据《国务院关于加强数字政府建设的指导意见》')})

l_late = row(31)
assert deadline_of(l_late) == '2025年底前' and '城域网' in L[l_late - 1]
assert REG[48][1] == '2024年'
expect.append({'rule': 'deadline-later-than-baseline', 'line': l_late, 'text': '2025年底前',
               'why': 'task-table row 31 (城域网升级改造, 区/街道（镇）/社区（村）全覆盖) takes up regional task 48, 完成时限 2024年; the body (line %d) and the 2024 goal (line %d) both say 2024年底前' % (ln('2．提升网络支撑能力', True), ln('到2024年底，', True))})

l_inv = row(62)
assert deadline_of(l_inv) == '2025年6月31日前'
expect.append({'rule': 'deadline-invalid', 'line': l_inv, 'text': '2025年6月31日',
               'why': 'June has 30 days: 6月31日 does not exist (the body, line %d, says 2025年6月底前); task 87 完成时限 2023年启动，2025年完成, so it is not late' % ln('4．优化12345政务服务便民热线', True)})

l_unit = row(80)
assert L[l_unit - 1].split('\t')[3] == '自治区政府办公厅'
expect.append({'rule': 'unknown-unit', 'line': l_unit, 'text': '自治区政府办公厅',
               'why': 'a regional body named as 牵头单位 of a district task (copied from regional task 106, whose lead is 自治区政府办公厅); the body (line %d) gives 区政府办公室 as lead' % ln('3．推进基层填表报数减负', True)})

l_garb = ln('（二）厘清层级职责。')
assert '渚濇墭涓婄骇骞冲彴瀹屽杽' in L[l_garb - 1]
expect.append({'rule': 'garbled-text', 'line': l_garb, 'text': '渚濇墭涓婄骇骞冲彴瀹屽杽',
               'why': 'UTF-8 bytes of 依托上级平台完善 read as GBK (re-encode as GBK, decode as UTF-8)'})

# ---------------------------------------------------------------- deadlines: body notes
BODY = [
    ('1．推动企业上云用云', [2]), ('2．推进“智慧园区”建设', [3]), ('3．主动融入算力枢纽建设', [1]),
    ('4．完善数字经济治理体系', [5]), ('5．发展数字消费和电子商务', [6]), ('1．推动数字化服务普惠应用', [6]),
    ('2．深化智慧教育应用', [7]), ('3．深化“互联网+医疗健康”应用', [8]), ('4．配合推进智慧城市建设', [9]),
    ('5．推进数字乡村建设', [10, 11]), ('6．推进数字文旅融合', [6]), ('1．培育数据要素市场', [12]),
    ('4．提高自主可控水平', [19]), ('1．以数字化改革助力政府职能转变', [20, 21, 22]),
    ('2．建立数字资源“一本账”', [23]), ('4．完善制度规范', [26]), ('6．开展试点示范', [28]),
    ('2．推进数据归集治理', [33, 34, 35, 29]), ('4．促进数据有序开发利用', [41, 42]),
    ('5．规范电子公文和电子档案管理', [40, 54]), ('1．强化政务云支撑能力', [43, 46]),
    ('2．提升网络支撑能力', [47, 48, 50]), ('3．推进视频资源共享', [49]), ('4．扩大电子证照应用', [52]),
    ('5．推广电子印章和电子签名', [53]), ('6．推进公共支付和非税收缴电子化', [55, 56]),
    ('7．共享信用和地理信息资源', [57, 58]), ('8．推进物联感知设施集约建设', [9]),
    ('（一）健全组织机构', [64]), ('1．加强经济数据汇聚治理', [65]), ('2．强化经济运行监测预警', [66]),
    ('4．加强统计数据共享应用', [65]), ('1．提升监管精准化水平', [69, 70]), ('2．加强重点领域追溯监管', [71]),
    ('3．提升监管协同化智能化水平', [73, 74, 75]), ('1．提升社会矛盾化解能力', [77]),
    ('2．提升社会治安防控能力', [78, 79]), ('3．提升公共安全保障能力', [80, 81]),
    ('4．提高基层社会治理能力', [83]), ('5．推进“智慧消防”建设', [80]), ('1．打造泛在可及的服务体系', [84]),
    ('3．做强“我的宁夏”大武口专区', [86]), ('4．优化12345政务服务便民热线', [87]),
    ('5．提供优质便利的涉企服务', [88, 89, 91]), ('6．拓展公平普惠的民生服务', [90, 93]),
    ('1．提升生态环境协同治理能力', [94]), ('2．提升水资源管理数字化水平', [96]),
    ('3．提高自然资源利用效率', [97, 98]), ('4．推动绿色低碳转型', [101, 102]),
    ('5．助推资源要素市场化改革', [100]), ('1．提升辅助决策能力', [103]), ('2．提升行政执行能力', [104, 105]),
    ('3．推进基层填表报数减负', [106]), ('4．提升行政监督水平', [108, 109]),
    ('5．提升机关事务管理水平', [107, 111]), ('6．推进机关财务管理数字化', [110]),
    ('1．提升政府信息公开水平', [112, 113]), ('2．发挥政务新媒体传播优势', [114]), ('3．畅通政民互动渠道', [115]),
]
LOOSE = {'5．发展数字消费和电子商务', '6．推进数字文旅融合', '8．推进物联感知设施集约建设', '5．推进“智慧消防”建设', '4．加强统计数据共享应用'}

SPECIAL = {
    '2．深化智慧教育应用': 'the regional 2023 milestone (试点经验) lies before the plan; the completing milestone 2025 is equal',
    '5．推进数字乡村建设': 'task 11 has a 2023 milestone that lies before the plan; the completing milestone 2025 is equal',
    '4．提高自主可控水平': 'equal to the year 政务信创云 is to be 建成',
    '6．开展试点示范': 'the district starts its pilots in 2024 (the region started in 2023); the completing milestone 2025 is equal',
    '1．强化政务云支撑能力': 'earlier (October 2024) than the regional 2024',
    '6．推进公共支付和非税收缴电子化': 'equal for task 55 and earlier than task 56',
    '（一）健全组织机构': 'earlier than task 64 (2025), the task for 各市、县（区）; tasks 60, 62 and 63 (2023) are the region\'s own 领导小组, 数字宁夏建设运营有限公司 and 专家咨询委员会, which the district only relies on',
    '3．提升公共安全保障能力': 'equal for task 80, earlier than task 81',
    '4．优化12345政务服务便民热线': 'June 2025 is earlier than the 2025 completion',
    '5．提供优质便利的涉企服务': 'equal',
    '2．推进数据归集治理': 'equal for tasks 33-35, earlier than task 29',
    '1．以数字化改革助力政府职能转变': 'equal for tasks 20-21, earlier than task 22',
    '4．提升行政监督水平': 'task 108 is 长期推进，2024年取得明显成效: equal',
}

seen_title = set()
for title, tasks in BODY:
    assert title not in seen_title
    seen_title.add(title)
    line = ln(title, True)
    d = deadline_of(line)
    assert d, title
    ly = last_year(d)
    for t in tasks:
        ry = last_year(REG[t][1])
        assert ry is not None and ly <= ry, (title, t, d, REG[t][1])
    why = ('no regional task of its own; nearest is ' if title in LOOSE else '') + regdesc(tasks) + '; local ' + d + ': ' + SPECIAL.get(title, 'equal or earlier')
    mnf.append({'rule': 'deadline-later-than-baseline', 'line': line, 'text': d, 'why': why})
    if title not in LOOSE:
        for t in tasks:
            covers.append({'task': t, 'line': line})

# ---------------------------------------------------------------- deadlines: task table
TABLE = {1: [1], 2: [2], 3: [3], 4: [5], 5: [6], 6: [6], 7: [7], 8: [8], 9: [9], 10: [10], 11: [11], 12: [6],
         13: [12], 14: [19], 15: [21], 16: [22], 17: [23], 18: [26], 19: [28], 20: [29], 21: [33], 22: [34],
         23: [35], 24: [38], 25: [40], 26: [41], 27: [42], 28: [43], 29: [46], 30: [47], 32: [49], 33: [50],
         34: [52], 35: [53], 36: [54], 37: [55], 38: [56], 39: [57], 40: [58], 41: [9], 42: [64], 43: [65],
         44: [66], 45: [69], 46: [70], 47: [71], 48: [73], 49: [74], 50: [75], 51: [77], 52: [78], 53: [79],
         54: [80], 55: [81], 56: [83], 57: [80], 58: [83], 59: [84], 60: [84], 61: [86], 62: [87], 63: [88],
         64: [89], 65: [91], 66: [90], 67: [92], 68: [93], 69: [94], 70: [95], 71: [96], 72: [97], 73: [98],
         74: [101], 75: [102], 76: [100], 77: [103], 78: [104], 79: [105], 80: [106], 81: [107], 82: [108],
         83: [111], 84: [110], 85: [112], 86: [113], 87: [114], 88: [114], 89: [115], 90: [117], 91: [120],
         92: [121]}
LOOSE_ROWS = {5, 12, 41, 57}
nrows = sum(1 for l in L if len(l.split('\t')) == 6 and l.split('\t')[1].isdigit())
assert nrows == 92, nrows
assert set(TABLE) | {31} == set(range(1, 93))
covered_tasks = {c['task'] for c in covers}
for n, tasks in sorted(TABLE.items()):
    line = row(n)
    d = deadline_of(line)
    ly = last_year(d)
    for t in tasks:
        ry = last_year(REG[t][1])
        if ry is None:
            assert ly is None and d == '长期坚持' and REG[t][1] == '长期坚持', (n, d)
        else:
            assert ly is not None and ly <= ry, (n, t, d, REG[t][1])
    why = 'task-table row %d: ' % n + ('no regional task of its own; nearest is ' if n in LOOSE_ROWS else '') + regdesc(tasks) + '; local ' + d + ' is equal or earlier'
    if n == 62:
        why = 'row 62 is an invalid date (see expect) but not a late one: ' + regdesc(tasks)
    if n == 80:
        why = 'row 80 names a wrong lead (see expect) but its date is equal: ' + regdesc(tasks)
    mnf.append({'rule': 'deadline-later-than-baseline', 'line': line, 'text': d, 'why': why})
    if n not in LOOSE_ROWS:
        for t in tasks:
            if t not in covered_tasks:
                covers.append({'task': t, 'line': line})
                covered_tasks.add(t)

# undated body take-ups (covers only)
UNDATED = [('1．强化安全管理责任', [14, 15]), ('2．落实安全制度要求', [16, 17]), ('3．提升安全防护能力', [18]),
           ('3．规范政务信息化项目管理', [24, 25]), ('5．健全标准规范', [27]), ('1．完善数据管理机制', [30, 32]),
           ('3．深化数据高效共享', [36, 38]), ('（四）构建智能集约的平台支撑体系', [51]), ('3．加强经济政策统筹协调', [67]),
           ('（二）提升综合高效的市场监管能力', [68, 72]), ('2．提升智慧便捷的服务能力', [85]),
           ('（一）加强组织领导', [116]), ('（三）提升数字素养', [118]), ('（四）强化考核评价', [122, 123, 124])]
for title, tasks in UNDATED:
    line = ln(title, True)
    assert deadline_of(line) is None, title
    for t in tasks:
        if t not in covered_tasks:
            covers.append({'task': t, 'line': line})
            covered_tasks.add(t)

# the 主要目标
g24, g25, g35 = ln('到2024年底，', True), ln('到2025年，', True), ln('到2035年，', True)
mnf += [
    {'rule': 'deadline-later-than-baseline', 'line': g24, 'text': '到2024年底',
     'why': 'its items are due 2024 or later in the region: 信创云 migration (task 43, 2024年建成), 外网 全覆盖 (task 48, 2024年), 我的宁夏 应上尽上 (task 86, 2024年), district organisation (task 64, 2025年). The region\'s 2023 goal names 自治区本级“五个一” and 数字化履职平台迭代升级, which are not these goals'},
    {'rule': 'deadline-later-than-baseline', 'line': g25, 'text': '到2025年', 'why': 'equal to the regional goal 到2025年 …“34567”体系框架全面成型'},
    {'rule': 'deadline-later-than-baseline', 'line': g35, 'text': '到2035年', 'why': 'equal to the regional 2035 vision'},
]

# other dates that are not deadlines
l_rep = ln('（三）完善工作机制。')
l_bg = ln('近年来，我区认真落实')
l_58 = ln('1．完善数据管理机制', True)
l_end = ln('本方案自印发之日起施行')
l_note = ln('说明：牵头单位有多个的')
mnf += [
    {'rule': 'deadline-invalid', 'line': ln('2024年3月22日', True), 'text': '2024年3月22日', 'why': 'the date of issue, not a deadline'},
    {'rule': 'deadline-invalid', 'line': l_bg, 'text': '2020年', 'why': 'background: past years (2020年以来, 2022年, 2023年) describing work already done'},
    {'rule': 'deadline-invalid', 'line': l_58, 'text': '2023年', 'why': 'background: what was done in 2023, not a deadline'},
    {'rule': 'deadline-invalid', 'line': l_rep, 'text': '12月10日前', 'why': 'the office\'s own recurring reporting dates (每季度最后一个月25日前, 12月10日前), no year'},
    {'rule': 'deadline-later-than-baseline', 'line': l_rep, 'text': '12月10日前', 'why': 'own reporting dates, not a task deadline'},
    {'rule': 'deadline-later-than-baseline', 'line': l_end, 'text': '2025年12月31日', 'why': 'the plan\'s period of validity, equal to the regional 2025 horizon'},
    {'rule': 'deadline-invalid', 'line': l_note, 'text': '12月31日', 'why': 'an explanatory note on how 年底前 is read'},
    {'rule': 'deadline-later-than-baseline', 'line': ln('2．营造清朗网络生态', True), 'text': '长期坚持', 'why': 'no regional task with a date (body text of the 实施意见 on 网络生态); ongoing'},
    {'rule': 'deadline-invalid', 'line': 2, 'text': '石大政办发〔2024〕11号', 'why': 'the notice\'s own 文号'},
    {'rule': 'deadline-later-than-baseline', 'line': ln('（2024—2025年）', True), 'text': '2025年', 'why': 'the plan period in the subtitle (2024—2025年), within the regional 2023—2025 list'},
    {'rule': 'deadline-later-than-baseline', 'line': ln('附件：大武口区数字政府建设重点任务清单', True), 'text': '2025年', 'why': 'the annex title period (2024—2025年), not a deadline'},
    {'rule': 'deadline-later-than-baseline', 'line': ln('大武口区数字政府建设重点任务清单（2024—2025年）', True), 'text': '2025年', 'why': 'the annex title period (2024—2025年), not a deadline'},
]

# ---------------------------------------------------------------- units
U = lambda sub, text, why: mnf.append({'rule': 'unknown-unit', 'line': ln(sub), 'text': text, 'why': why})
U('各街道办事处、星海镇人民政府，区直各部门（单位）：', '区直各部门（单位）', 'collective addressees; 星海镇人民政府 is in units.txt')
U('已经区人民政府第30次常务会议', '区人民政府', 'short name of 石嘴山市大武口区人民政府 in units.txt')
U('和石嘴山市人民政府《关于加强数字政府建设的实施方案》', '石嘴山市人民政府', 'issuer of the cited city plan; listed in units.txt')
U('配合石嘴山高新技术产业开发区管理委员会', '高新区管委会', 'official short name of 石嘴山高新技术产业开发区管理委员会 in units.txt (full name also used in the same line)')
U('积极配合自治区发展改革委、工业和信息化厅打造', '工业和信息化厅', 'the region does the work (task 1, led by 自治区发展改革委、工业和信息化厅); the prefix distributes: 自治区工业和信息化厅; district leads are local')
U('积极配合自治区发展改革委培育数据要素市场', '自治区发展改革委', 'the region does the work (task 12); the district only cooperates; lead is 区发展改革局')
U('配合自治区党委国安办构建数据安全防护能力评估指标体系', '自治区党委国安办', 'the region does the work (task 16 is led by 自治区党委国安办)')
U('依托自治区政府办公厅统一建设的政务信创云', '自治区政府办公厅', 'the region built the 政务信创云 (task 19); not named as a lead of the district task (lead 区政府办公室)')
U('配合单位：区财政局、审计局，区政府办公室', '审计局', 'the prefix 区 distributes: 区审计局, in units.txt')
U('配合自治区政府办公厅、市场监管厅做好数字政府标准化工作', '市场监管厅', 'the region does the work (task 27, led by 自治区政府办公厅、市场监管厅); prefix distributes')
U('推动区级信息系统与区法院、区检察院等信息系统互联互通、数据按需共享，积极', '区法院', 'short names of 大武口区人民法院 / 大武口区人民检察院 in units.txt')
U('依托自治区党委政法委牵头建设的全区统一视频共享平台', '自治区党委政法委', 'the region\'s own platform (task 49); 牵头 describes the region\'s work, the district lead is 区委政法委')
U('依托数字宁夏建设运营有限公司等专业化运营力量', '数字宁夏建设运营有限公司', 'a regional company and the regional 专家咨询委员会 named as resources the district relies on, not responsible units; 区推进“数字政府”建设领导小组 is in units.txt')
U('报送任务进展，12月10日前', '区数字政府建设领导小组办公室', 'in units.txt')
U('配合自治区发改委建设宁夏经济治理基础数据库', '自治区发改委', 'colloquial alias of 自治区发展改革委; the region builds the database (task 65)')
U('依托企业信用风险分类管理系统', '承担监管职责的区直有关部门', 'collective subject')
U('配合自治区公安厅推进公安信息化系统整合优化', '自治区公安厅', 'the region does the work (task 78)')
U('各社区（村）；完成时限：2025年底前）', '各社区（村）', 'collective subject (各村（社区）)')
U('牵头单位：大武口区消防救援大队；', '大武口区消防救援大队', 'in units.txt')
U('配合自治区水利厅深化', '自治区水利厅', 'the region does the work (task 96, 自治区水利厅牵头)')
U('依托自治区林草局“智慧林草”云平台', '自治区林草局', 'the region\'s platform (task 98)')
U('配合自治区公共资源交易管理局提升用水权', '自治区公共资源交易管理局', 'the region does the work (task 100)')
U('配合自治区公共资源交易管理局推进公共资源交易留痕可溯', '自治区公共资源交易管理局', 'the region does the work (task 108); 区财政局、审计局 distributes to 区审计局')
U('依托自治区机管局统筹建设的全区视频会议平台', '自治区机管局', 'the region\'s platform (tasks 107, 111)')
U('配合自治区人大常委会法工委建设法规规章规范性文件数据库', '自治区人大常委会法工委', 'the region does the work (task 113)')
U('（牵头单位：区委组织部、宣传部；', '宣传部', 'prefix distributes: 区委宣传部, in units.txt; 宁夏干部教育培训网络学院 in the same line is a training platform, not a unit')
U('区委组织部对重点任务落实情况开展专项督查', '区委组织部', 'in units.txt')
mnf.append({'rule': 'unknown-unit', 'line': row(2), 'text': '区发改局', 'why': 'colloquial short name listed in units.txt'})
mnf.append({'rule': 'unknown-unit', 'line': row(9), 'text': '区住房城乡建设局', 'why': 'short name listed in units.txt'})
mnf.append({'rule': 'unknown-unit', 'line': row(11), 'text': '星海镇', 'why': 'short name of 星海镇人民政府 in units.txt'})
mnf.append({'rule': 'unknown-unit', 'line': row(11), 'text': '区供销社', 'why': 'short name of 区供销合作社联合社 in units.txt'})
mnf.append({'rule': 'unknown-unit', 'line': row(22), 'text': '区人力资源社会保障局', 'why': 'short name listed in units.txt'})
mnf.append({'rule': 'unknown-unit', 'line': row(35), 'text': '大武口区税务局', 'why': 'short name of 国家税务总局石嘴山市大武口区税务局 in units.txt'})
mnf.append({'rule': 'unknown-unit', 'line': row(49), 'text': '承担监管职责的区直有关部门', 'why': 'a collective as lead, as in the regional tasks 72-75'})
mnf.append({'rule': 'unknown-unit', 'line': row(77), 'text': '区政府办', 'why': 'short name of 石嘴山市大武口区人民政府办公室 in units.txt'})
mnf.append({'rule': 'unknown-unit', 'line': row(31), 'text': '各街道办事处', 'why': 'collective subject'})

# ---------------------------------------------------------------- citations
l_pre = ln('根据《国务院关于加强数字政府建设的指导意见》')
mnf += [
    {'rule': 'basis-mismatch', 'line': l_pre, 'text': '宁政发〔2023〕17号', 'why': 'correct 文号 and title of the regional 实施意见; 国发〔2022〕14号 is correct too'},
    {'rule': 'basis-mismatch', 'line': l_pre, 'text': '石嘴山市人民政府《关于加强数字政府建设的实施方案》', 'why': 'the city plan cited by title alone, without 文号; no parent plan is given for this check'},
    {'rule': 'basis-mismatch', 'line': l_bg, 'text': '宁政办发〔2020〕14号', 'why': 'retrospective mention of the old 2020 工作要点 (correct 文号) as background, not cited as the basis'},
    {'rule': 'basis-mismatch', 'line': 2, 'text': '石大政办发〔2024〕11号', 'why': 'the notice\'s own 文号'},
]

# ---------------------------------------------------------------- other near misses
mnf += [
    {'rule': 'garbled-text', 'line': l_note, 'text': '××年底前', 'why': 'placeholder ×× in an explanatory note, not damage'},
    {'rule': 'garbled-text', 'line': ln('每年选择1—2个区直部门或街道开展试点'), 'text': '1—2个', 'why': 'an em dash range, normal typography'},
    {'rule': 'garbled-text', 'line': ln('完成区级电子政务外网IPv6改造。（牵头'), 'text': 'IPv6', 'why': 'a technical term'},
]
PILLARS = [('数字生态', '（三）营造良好数字生态'), ('安全保障', '（一）构建全方位安全保障体系'),
           ('五个一', '（一）健全组织机构'), ('六级贯通', '（二）厘清层级职责'), ('政务公开', '（七）提升全面规范的政务公开能力'),
           ('组织领导', '（一）加强组织领导'), ('财政投入', '（二）加大财政投入'), ('数字素养', '（三）提升数字素养'),
           ('考核评价', '（四）强化考核评价')]
for p, head in PILLARS:
    line = ln(head, True)
    extra = ' (under the heading 六、保障措施, which carries the 党的领导 items)' if line > ln('六、保障措施', True) else ''
    mnf.append({'rule': 'missing-pillar', 'line': 0, 'pillar': p, 'why': 'taken up by content at line %d%s' % (line, extra)})

for e in expect + mnf:
    if e.get('text') and e['line']:
        assert e['text'] in L[e['line'] - 1], e
for c in covers:
    assert 1 <= c['line'] <= len(L)

key = {
    'writer': 'blind writer, round 611; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': sorted(covers, key=lambda c: (c['task'], c['line'])),
    'notes': ('大武口区 (石嘴山市) 2024 plan, issued 2024-03-22, long and careful: body with inline (牵头单位；配合单位；完成时限) notes, '
              'annex task table of 92 rows (tab-separated, columns 主要任务/序号/重点任务/牵头单位/配合单位/完成时限; an empty first cell continues the group). '
              'The draft states that the first-listed lead is the main lead. In a district document 全区 usually means the district, but '
              '“全区统一的…平台/系统” names the region\'s platforms. Regional tasks 2023-dated in the region (14-18, 24, 25, 30-32, 36, 51, 67, 68, 72, 85, 116, 118, 122-124) are taken up '
              'in the body without a date on purpose. Not taken up: 59 (regional platform rating), 76 (金融监管平台), 82 (疫情防控, obsolete), 99 (地质平台), and the purely regional tasks.'),
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('lines', len(L), 'expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers), 'tasks', len({c["task"] for c in covers}))
