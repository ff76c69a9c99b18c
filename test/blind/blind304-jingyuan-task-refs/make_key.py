# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up in the final draft.txt by a unique substring.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(sub):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
def rowln(ref, start):
    # task-list row whose content starts with `start` and cites `ref`
    hits = [i + 1 for i, x in enumerate(L) if '\t' in x and start in x]
    assert len(hits) == 1, (start, hits)
    n = hits[0]
    assert ('（对应自治区任务清单' + ref + '）') in L[n - 1], (ref, start)
    return n
def has(n, text):
    assert text in L[n - 1], (n, text)
    return text

expect = []
def E(rule, n, text=None, why='', **kw):
    d = {'rule': rule, 'line': n}
    if text is not None:
        d['text'] = has(n, text) if n else text
    d.update(kw); d['why'] = why
    expect.append(d)

n_pre = ln('为贯彻落实党的二十大精神')
E('basis-mismatch', n_pre, '宁政办发〔2023〕17号',
  '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (a 人民政府 document, 2023-05-16), not 宁政办发; the attachment note on line %d cites it correctly' % ln('说明：1．'))
E('deadline-later-than-baseline', ln('到2026年，全县数字政府建设'), '2026年',
  'goal: region 主要目标 says 到2025年，全区各级数字政府建设“34567”体系框架全面成型 (same goal, same wording); 2026 is later')
n41 = rowln('第59项', '完善数据开放标准规范')
E('deadline-later-than-baseline', n41, '2025年',
  'row cites 第59项 (平台评估定级, 2025年) but its content is task 41 (完善数据开放标准规范，编制公共数据开放目录及相关责任清单…分类分级开放公共数据), 完成时限 2024年; the wrong number hides a date one year late')
n93 = rowln('第93项', '完成县级政府网站、政务移动端')
E('deadline-later-than-baseline', n93, '2025年底前',
  'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) is due 2024年; cited number is right')
n96 = rowln('第96项', '配合推进“互联网+城乡供水”')
E('deadline-invalid', n96, '13月',
  'impossible month (2024年13月底前); task 96 is due 2025年, so the year itself is not late')
n57 = rowln('第57项', '依托宁夏信用信息公共服务平台')
E('unknown-unit', n57, '县发改委',
  'no 县发改委 in units.txt (the county body is 县发展和改革局 = 县发改局, used correctly on other rows); not a regional unit either')
n_gb = ln('（三）提升数字素养')
E('garbled-text', n_gb, '鎻愬崌骞查儴',
  'UTF-8 read as GBK: 鎻愬崌骞查儴鏁板瓧绱犲吇 = 提升干部数字素养')

M = []
def N(rule, n, why, text=None):
    d = {'rule': rule, 'line': n}
    if text is not None:
        d['text'] = has(n, text)
    d['why'] = why
    M.append(d)

N('basis-mismatch', n_pre, 'correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）', '国发〔2022〕14号')
N('basis-mismatch', n_pre, 'city parent plan cited by title alone, as DOMAIN describes (a city plan may have no 文号); title uses 加强 and 实施方案 correctly', '固原市人民政府《关于加强数字政府建设的实施方案》')
n_bg = ln('（一）发展基础')
N('basis-mismatch', n_bg, 'retrospective mention of the 2020 工作要点 in the background (自2020年…以来), title and 文号 match; not cited as a basis', '宁政办发〔2020〕14号')
N('deadline-invalid', n_bg, 'past dates in the background (2020年, 2023年 achievements), not deadlines', '2023年')
N('basis-mismatch', ln('说明：1．'), 'correct 文号 of the regional task list (宁政发〔2023〕17号附件2)', '宁政发〔2023〕17号')
N('deadline-later-than-baseline', ln('到2024年底，县级数字政府'), 'intermediate county goal; its content is tasks 48 (区市县乡村5级全覆盖, 2024年) and 43 (政务信创云, 2024 年建成，持续推进): equal', '2024年底')
N('deadline-later-than-baseline', ln('到2035年，与政府治理'), 'equal to the region 2035 goal', '2035年')
N('deadline-invalid', ln('泾政办发〔2024〕9号'), 'the document own 文号 and issue date, not deadlines', '〔2024〕')
n_rep = ln('（五）抓好调度落实')
N('deadline-later-than-baseline', n_rep, 'office own reporting dates (quarterly progress, annual summary), not task deadlines', '2024年12月20日前')
N('deadline-later-than-baseline', rowln('第3项', '加快县工业园区'), 'task 3 is 持续推进，2025 年取得明显成效; the row copies it exactly', '持续推进，2025年取得明显成效')
N('deadline-later-than-baseline', rowln('第2项', '引导肉牛'), 'task 2 is 2023 年启动，2024 年取得明显成效; the completing milestone 2024 is kept', '2024年取得明显成效')
N('deadline-later-than-baseline', rowln('第6项', '推动数字技术与教育'), 'task 6 is 持续推进，2025年取得明显成效: equal', '持续推进，2025年取得明显成效')
N('deadline-later-than-baseline', rowln('第8项', '依托国家智能社会治理'), 'task 8 is 持续推进，2025年取得明显成效: equal', '持续推进，2025年取得明显成效')
N('deadline-later-than-baseline', rowln('第10项', '推进数字乡村建设'), 'task 10 is 持续推进，2025年取得明显成效; county adds an earlier 2024 milestone, final one equal', '2025年取得明显成效')
N('deadline-later-than-baseline', rowln('第11项', '配合推进“数字供销”'), 'task 11 is 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal', '2025年取得明显成效')
n12 = rowln('第13项', '配合培育数据要素市场')
N('deadline-later-than-baseline', n12, 'WRONG NUMBER, NO LATE DATE: row cites 第13项 (2024年) but its content is task 12 (培育数据要素市场…引进和培育数据要素市场主体…推动形成数据产权交易机制), due 2025年; 2025年 equals the real task', '2025年')
n49 = rowln('第81项', '建设县级视频共享平台')
N('deadline-later-than-baseline', n49, 'WRONG NUMBER, NO LATE DATE: content is task 49 (视频共享平台、“视频一张网”, 2025年); cited 81 is also 2025年', '2025年')
n83 = rowln('第85项', '实施“互联网+基层治理”行动')
N('deadline-later-than-baseline', n83, 'WRONG NUMBER, NO LATE DATE: row cites 第85项 (2023年) but its content is task 83 (“互联网+基层治理”行动…人、地、物、事、组织统一采集和高效管理), due 2025年; 2025年 equals the real task', '2025年')
n3031 = rowln('第30、31项', '摸清全县政务数据资源底数')
N('deadline-later-than-baseline', n3031, 'row takes up two tasks, 30 (政务数据资源目录、“一本账”, 2023年) and 31 (全生命周期质量管理、分类分级标准, 2023年): equal to both', '2023年')
N('deadline-invalid', n3031, 'a copied regional deadline (tasks 30 and 31: 2023年) lying before the plan year 2024 (KEY-FORMAT lists this as a near miss)', '2023年')
N('deadline-later-than-baseline', rowln('第33、34项', '推动县级人口、法人'), 'two tasks 33 and 34, both 2024年: equal', '2024年')
N('deadline-later-than-baseline', rowln('第43、46项', '推动县级非涉密政务信息系统向政务信创云'), 'two tasks 43 (2024 年建成，持续推进) and 46 (2024年): equal', '2024年')
N('deadline-later-than-baseline', rowln('第47、48项', '推进县级电子政务外网升级改造'), 'two tasks 47 and 48, both 2024年: equal', '2024年')
N('deadline-later-than-baseline', rowln('第112、114项', '完善县政府网站、政务新媒体'), 'two tasks 112 and 114, both 2024年: equal', '2024年')
N('deadline-later-than-baseline', rowln('第23项', '依托全区一体化数字资源管理系统'), 'task 23 is 2024年; 2024年10月底前 is within it', '2024年10月底前')
N('deadline-later-than-baseline', rowln('第64项', '参照自治区做法'), 'task 64 is 2025年; 2024年6月底前 is earlier', '2024年6月底前')
N('deadline-later-than-baseline', rowln('第56项', '推进非税收入收缴电子化管理'), 'task 56 is 2025年; 2025年6月底前 is within it', '2025年6月底前')
N('deadline-later-than-baseline', rowln('第28项', '围绕数字政府建设重点领域'), 'task 28 is 2023年启动，2025年取得明显成效: completing milestone equal', '2025年取得明显成效')
N('deadline-later-than-baseline', rowln('第87项', '深化12345政务服务便民热线改革'), 'COUNT, NOT A TASK NUMBER: 第二批15项 is a batch count (task 15 is 2023年); the row takes up task 87 (2023年启动，2025年完成): equal', '第二批15项')
N('deadline-later-than-baseline', rowln('第106项', '依托“宁政通”填表报数系统'), 'COUNT, NOT A TASK NUMBER: 第一批13项 is a batch count (task 13 is 2024年); the row takes up task 106 (2025年): equal', '第一批13项')
N('deadline-later-than-baseline', rowln('第108项', '推进县级公共资源交易全流程'), 'task 108 is 长期推进，2024年取得明显成效: same', '长期推进，2024年取得明显成效')
N('deadline-later-than-baseline', rowln('第121项', '每年制定全县数字政府工作要点'), 'task 121 is 长期坚持: same', '长期坚持')
N('unknown-unit', rowln('第121项', '每年制定全县数字政府工作要点'), 'prefix distributes: 县财政局、审计局 = 县财政局, 县审计局 (both in units.txt)', '审计局')
N('unknown-unit', rowln('第79项', '持续推进“雪亮工程”'), 'collective subject', '各乡镇人民政府')
N('unknown-unit', n83, 'collective subject', '各村（社区）')
N('unknown-unit', rowln('第21项', '依托全区行政许可管理信息系统'), 'collective subject', '县直各部门（单位）')
N('unknown-unit', rowln('第70项', '推进企业信用风险分类管理'), 'collective subject', '县直有关部门')
N('unknown-unit', rowln('第74项', '充分运用非现场'), 'official short names listed in units.txt (泾源生态环境分局 = 固原市生态环境局泾源分局, 县住建局)', '泾源生态环境分局')
N('unknown-unit', rowln('第92项', '依托“我的宁夏”政务APP，配合推进'), 'short names listed in units.txt (县人社局, 县医保局)', '县医保局')
N('unknown-unit', rowln('第28项', '围绕数字政府建设重点领域'), 'short name of 县人民政府办公室 in units.txt', '县政府办')
N('unknown-unit', rowln('第47、48项', '推进县级电子政务外网升级改造'), 'unit outside government, listed in units.txt', '中国电信泾源分公司')
N('unknown-unit', rowln('第42项', '推进供水、供电'), 'unit outside government, listed in units.txt', '国网泾源县供电公司')
N('unknown-unit', rowln('第94项', '配合优化生态环境数据资源中心'), 'city-level branch that the county registry lists', '固原市生态环境局泾源分局')
N('unknown-unit', n_rep, 'body text, not a 责任单位 cell; 县政府督查室 is in units.txt anyway', '县政府督查室')
N('unknown-unit', ln('（一）加强组织领导'), 'the county government and party committee themselves (县委, 县人民政府), in body text; not responsible-unit cells', '县人民政府在县委统一领导下')
N('deadline-invalid', ln('说明：1．'), 'the period in the regional task list title (2023年—2025年), not a deadline', '2023年—2025年')

covers = []
def C(task, n): covers.append({'task': task, 'line': n})
for ref, start, tasks in [
    ('第3项', '加快县工业园区', [3]), ('第2项', '引导肉牛', [2]), ('第6项', '推动数字技术与教育', [6]),
    ('第8项', '依托国家智能社会治理', [8]), ('第10项', '推进数字乡村建设', [10]), ('第11项', '配合推进“数字供销”', [11]),
    ('第13项', '配合培育数据要素市场', [12]), ('第16项', '落实数据安全防护能力', [16]), ('第21项', '依托全区行政许可管理信息系统', [21]),
    ('第22项', '强化审管协同', [22]), ('第23项', '依托全区一体化数字资源管理系统', [23]), ('第28项', '围绕数字政府建设重点领域', [28]),
    ('第30、31项', '摸清全县政务数据资源底数', [30, 31]), ('第33、34项', '推动县级人口、法人', [33, 34]),
    ('第40项', '规范电子公文全流程', [40]), ('第59项', '完善数据开放标准规范', [41]), ('第42项', '推进供水、供电', [42]),
    ('第43、46项', '推动县级非涉密政务信息系统向政务信创云', [43, 46]), ('第47、48项', '推进县级电子政务外网升级改造', [47, 48]),
    ('第50项', '以重大业务应用为牵引', [50]), ('第81项', '建设县级视频共享平台', [49]), ('第52项', '推进各类证照电子化', [52]),
    ('第54项', '完善业务系统电子文件归档', [54]), ('第56项', '推进非税收入收缴电子化管理', [56]), ('第57项', '依托宁夏信用信息公共服务平台', [57]),
    ('第64项', '参照自治区做法', [64]), ('第66项', '配合建设“三维一体”', [66]), ('第70项', '推进企业信用风险分类管理', [70]),
    ('第71项', '对食品药品、特种设备', [71]), ('第74项', '充分运用非现场', [74]), ('第77项', '完善行政复议、信访、调解、法律援助等线上“一站式”', [77]),
    ('第79项', '持续推进“雪亮工程”', [79]), ('第80项', '推进“智慧应急”建设，迭代', [80]), ('第85项', '实施“互联网+基层治理”行动', [83]),
    ('第84项', '依托全区一体化政务服务平台，推进县、乡、村', [84]), ('第86项', '推动县级政务服务、公共服务应用接入', [86]),
    ('第87项', '深化12345政务服务便民热线改革', [87]), ('第88项', '深化“证照分离”改革', [88]), ('第89项', '依托全区一体化政务服务平台，完善企业专属网页', [89]),
    ('第90项', '推进县图书馆', [90]), ('第92项', '依托“我的宁夏”政务APP，配合推进', [92]), ('第93项', '完成县级政府网站、政务移动端', [93]),
    ('第94项', '配合优化生态环境数据资源中心', [94]), ('第96项', '配合推进“互联网+城乡供水”', [96]), ('第98项', '配合建设宁夏“智慧林草”', [98]),
    ('第100项', '配合提升用水权', [100]), ('第102项', '推进水、气、土、废污染防治数字化管理', [102]), ('第104项', '推广使用全区统一的协同办公平台', [104]),
    ('第105项', '推广“宁政通”移动办公', [105]), ('第106项', '依托“宁政通”填表报数系统', [106]), ('第107项', '统筹整合全县非涉密视频会议', [107]),
    ('第108项', '推进县级公共资源交易全流程', [108]), ('第111项', '推广应用全区机关事务管理统一门户', [111]),
    ('第112、114项', '完善县政府网站、政务新媒体', [112, 114]), ('第115项', '依托12345政务服务便民热线管理平台', [115]),
    ('第121项', '每年制定全县数字政府工作要点', [121])]:
    n = rowln(ref, start)
    for t in tasks: C(t, n)
# body-only coverage
C(14, ln('（一）加快构建全方位安全保障体系')); C(15, ln('（一）加快构建全方位安全保障体系'))
C(17, ln('（一）加快构建全方位安全保障体系')); C(18, ln('（一）加快构建全方位安全保障体系'))
C(32, ln('（三）加快构建循环利用的数据资源体系')); C(36, ln('（三）加快构建循环利用的数据资源体系'))
C(68, ln('（二）提升综合高效的市场监管能力')); C(116, ln('（一）加强组织领导'))
C(118, ln('（三）提升数字素养')); C(122, ln('（四）强化考核评价')); C(123, ln('（四）强化考核评价'))
C(124, ln('（四）强化考核评价')); C(25, ln('（二）加大财政投入')); C(109, ln('（六）提升整体高效的政务运行能力'))
C(103, ln('（六）提升整体高效的政务运行能力')); C(5, ln('（一）驱动数字经济发展。'))
C(13, ln('（三）营造良好数字生态。')); C(26, ln('（二）加快构建科学规范的制度规则体系'))
C(24, ln('（二）加快构建科学规范的制度规则体系')); C(58, ln('（四）加快构建智能集约的平台支撑体系'))
C(85, ln('（四）提升普惠便捷的公共服务能力')); C(95, ln('（五）提升系统科学的生态环境保护能力'))

key = {
  'writer': 'blind writer, round 304; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-06',
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
  'notes': ('泾源县 belongs to 固原市, whose plan is not in the seeds, so no parent is given; the draft cites the 固原 plan by title only. '
            'Every task-list row ends with （对应自治区任务清单第N项）. Three rows cite a wrong number: line %d (content task 41, cites 59) is the planted late date; '
            'lines %d (content 12, cites 13) and %d (content 83, cites 85) carry a date later than the CITED task but equal to the task the content really is, '
            'and line %d (content 49, cites 81) is fine against both. Deadlines should be judged against the task the row content matches. '
            '第二批15项 (line %d) and 第一批13项 (line %d) are batch counts, not task numbers.') % (n41, n12, n83, n49, ln('第二批15项'), ln('第一批13项')),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers;', len(set(c['task'] for c in covers)), 'distinct tasks')
