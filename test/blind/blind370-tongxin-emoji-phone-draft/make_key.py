#!/usr/bin/python3
"""Build key.json for blind370: every line number is looked up in draft.txt (1-based) from a unique anchor."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def line_of(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    if len(hits) != 1:
        sys.exit(f'anchor {anchor!r} found on {hits}')
    n = hits[0]
    if text is not None and text not in LINES[n - 1]:
        sys.exit(f'text {text!r} not on line {n}: {LINES[n-1]}')
    return n


def E(rule, anchor, text, why, **kw):
    d = {'rule': rule, 'line': line_of(anchor, text), 'text': text, 'why': why}
    d.update(kw)
    return d


def N(rule, anchor, why, text=None):
    d = {'rule': rule, 'line': line_of(anchor, text)}
    if text is not None:
        d['text'] = text
    d['why'] = why
    return d


expect = [
    E('basis-mismatch', '（宁政发〔2023〕71号）', '宁政发〔2023〕71号',
      'the 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号; 71 is the digits swapped'),
    E('deadline-later-than-baseline', '✅到2026年底', '2026年底',
      '主要目标: the “1347”/“34567” 体系框架全面成型 goal is 到2025年 in 宁政发〔2023〕17号 and in the 吴忠 plan; 2026年底 is a year later'),
    E('deadline-later-than-baseline', '推进县级电子政务外网升级改造和IPv6改造', None,
      'placeholder'),
    E('deadline-invalid', '⏰20244年底前', '20244年',
      'impossible year (typo for 2024; task 86 “我的宁夏”政务APP 应上尽上, 完成时限 2024年)'),
    E('unknown-unit', '👥牵头：县信息中心', '县信息中心',
      'not in units.txt; the county body for data work is 县大数据服务中心 (old name typed by habit)'),
    E('unknown-unit', '👥牵头：自治区党委政法委', '自治区党委政法委',
      'a regional body named as lead of a county task (copied from task 79 “自治区党委政法委，公安厅牵头负责”); the county lead is 县委政法委'),
    E('garbled-text', '鎺ㄥ姩鏀垮姟', '鎺ㄥ姩鏀垮姟鏁版嵁',
      'UTF-8 read as GBK: the line is “推动政务数据按需回流，加强数据治理。” damaged'),
    {'rule': 'task-uncovered', 'line': 0, 'task': 114,
     'why': 'task 114 (政务新媒体矩阵体系, 各市、县（区）分别负责, 2024年) deliberately left out: the 政务公开 section has no 新媒体 item'},
]
# the network late deadline is on the note line after the item text
ln = line_of('推进县级电子政务外网升级改造和IPv6改造') + 1
assert '⏰2025年底前' in LINES[ln - 1], LINES[ln - 1]
expect[2] = {'rule': 'deadline-later-than-baseline', 'line': ln, 'text': '2025年底前',
             'why': 'tasks 47 (电子政务外网升级改造, 完成时限 2024 年) and 48 (城域网升级改造, 区市县乡村5级全覆盖, 完成时限 2024 年); the draft even promises 县乡村三级全覆盖 by 2024年底 in 主要目标'}


def note_after(anchor, date):
    n = line_of(anchor) + 1
    while date not in LINES[n - 1]:
        n += 1
        if not LINES[n - 1].startswith(('👥', '⏰')):
            sys.exit(f'no {date} note after {anchor}')
    return n


def EQ(anchor, date, why):
    return {'rule': 'deadline-later-than-baseline', 'line': note_after(anchor, date), 'text': date, 'why': why}


mustNotFlag = [
    # garbled-text near misses: emoji, keycaps, numbers inside keycaps
    N('garbled-text', '📢各位领导', 'emoji in the phone message header, not mojibake', '📢'),
    N('garbled-text', '1️⃣健全组织机构', 'keycap numeral 1️⃣ (digit + U+FE0F + U+20E3) used as item number, not damaged text', '1️⃣'),
    N('garbled-text', '🔟营造清朗网络生态', 'keycap ten 🔟 as item number', '🔟'),
    N('garbled-text', '1️⃣1️⃣压实安全责任', 'two keycaps for item 11; not damage', '1️⃣1️⃣'),
    {'rule': 'garbled-text', 'line': 5, 'text': '━━━━', 'why': 'box-drawing separator line typed on the phone (also line 195)'},
    N('garbled-text', '👉注：', 'emoji bullet 👉'),
    # (line 5 checked below)
    # deadline near misses: numbers inside keycaps are not years or dates
    N('deadline-invalid', '2️⃣0️⃣整合业务专网', 'keycaps 2️⃣0️⃣ are the item number 20, not a date', '2️⃣0️⃣'),
    N('deadline-later-than-baseline', '3️⃣0️⃣做强', 'keycaps 3️⃣0️⃣ are the item number 30; the only date on the item is the invalid one on the next line', '3️⃣0️⃣'),
    # office's own reporting / feedback dates
    N('deadline-invalid', '于3月15日前在群里反馈', 'feedback date for the consultation in the work group, not a task deadline', '3月15日前'),
    N('deadline-invalid', '——县大数据服务中心 2024.3.8', 'date the message was sent', '2024.3.8'),
    N('deadline-later-than-baseline', '2025年1月10日前报送', 'the office\'s own reporting date for the 2024 annual summary, not a task deadline', '2025年1月10日前'),
    N('deadline-later-than-baseline', '每季度末月25日前', 'quarterly reporting rhythm, not a task deadline', '25日前'),
    # past dates in the background
    N('deadline-invalid', '2023年，县乡两级电子政务外网接入率', 'past date in the 工作基础 background, not a deadline', '2023年'),
    N('deadline-invalid', '2020年以来', 'retrospective mention in the background', '2020年'),
    # goals equal to the region's
    N('deadline-later-than-baseline', '✅到2035年', 'equal to the 2035 goal of 宁政发〔2023〕17号 and the 吴忠 plan', '2035年'),
    N('deadline-later-than-baseline', '✅到2024年底', 'goals due 2024: 5级全覆盖 (task 48, 2024年), 非涉密业务专网整合迁移 (task 50, 2024年), “我的宁夏” 应上尽上 (task 86, 2024年); equal', '2024年底'),
    # equal or earlier task deadlines
    EQ('参照自治区、吴忠市做法，健全县数字政府建设组织机构', '2024年6月底前', 'earlier than task 64 (各地参照自治区做法成立相应的组织机构, 完成时限 2025年)'),
    EQ('推进同心工业园区“智慧园区”建设', '2025年底前', 'equal: task 3 (智慧园区, 持续推进，2025 年取得明显成效)'),
    EQ('强化政企协同、部门协同、社会共治的监管和治理机制', '2025年底前', 'equal: task 5 (持续推进，2025 年取得明显成效)'),
    EQ('深化“互联网+医疗健康”应用', '2025年底前', 'equal: tasks 6, 7, 8 (2025年)'),
    EQ('依托“数字供销”示范区建设', '2025年底前', 'equal: task 10 (持续推进，2025年取得明显成效) and task 11 (2023年完成主要建设任务，2025年取得明显成效)'),
    EQ('推进县城运行“一网统管”', '2025年底前', 'equal: task 9 (持续推进，2025年取得明显成效)'),
    EQ('引进和培育数据要素市场主体', '2025年底前', 'equal: task 12 (数据要素市场, 2025年)'),
    EQ('推动新建政务信息系统部署到自治区政务信创云', '2024年底前', 'equal: task 19 (2023年启动，2024年建成), tasks 43/46 (2024 年)'),
    EQ('推动各类行政权力事项网上运行、动态管理，强化审管协同', '2024年底前', 'equal to task 21 (2024年), earlier than task 22 (审管协同, 2025年)'),
    EQ('打造1至2个具有同心特色的标志性应用场景', '2025年底前', 'equal: task 28 (2023年启动，2025年取得明显成效)'),
    EQ('编制县级公共数据开放目录', '2024年底前', 'equal: task 41 (公共数据开放, 2024年)'),
    EQ('推进供水、供电、公共交通等公共数据与政务数据融合应用', '2024年底前', 'equal: task 42 (2024年); the ⏰ is on its own line'),
    EQ('有序推进非涉密业务专网向电子政务外网整合迁移', '2024年底前', 'equal: task 50 (2024 年)'),
    EQ('依托全区统一的视频共享平台', '2025年底前', 'equal: task 49 (视频一张网, 2025 年)'),
    EQ('推广应用电子证照、电子印章、公共支付、电子票据', '2024年底前', 'equal to tasks 53, 54, 55 (2024年), earlier than task 52 (电子证照, 2025年)'),
    EQ('积极对接宁夏经济运行大数据平台', '2025年底前', 'equal: task 66 (经济运行大数据平台, 2025年)'),
    EQ('实施“双随机、一公开”差异化监管', '2024年底前', 'equal: tasks 70, 71 (2024年)'),
    EQ('持续推进“雪亮工程”', '2024年底前', 'equal: task 79 (雪亮工程, 2024年); only the unit on this line is wrong'),
    EQ('完善信访、调解、法律援助等线上受理渠道', '2024年底前', 'equal: task 77 (2024年)'),
    EQ('健全“网格上报+网上分流+部门响应”机制', '2025年底前', 'equal: task 83 (互联网+基层治理, 2025年)'),
    EQ('完善自然灾害监测预警、危化品双重预防', '2024年底前', 'equal: task 80 (智慧应急, 2024年)'),
    EQ('推动政务服务“网上办、掌上办、就近办、一次办”', '2024年底前', 'equal: task 84 (2024年)'),
    EQ('优化12345政务服务便民热线同心分中心运行', '2025年底前', 'equal: task 87 (12345热线“一呼即应”, 接诉即办/即问即答, 2023年启动，2025年完成); not task 115'),
    EQ('推动惠企政策精准推送、政策兑现直达直享', '2024年底前', 'equal: task 89 (2024年)'),
    EQ('完成政府网站、政务服务场所适老化与信息无障碍建设', '2024年底前', 'equal: task 93 (适老化与信息无障碍, 2024年)'),
    EQ('强化大气、水、土壤等数据资源综合开发利用', '2025年底前', 'equal: task 95 (2025年)'),
    EQ('推进“互联网+城乡供水”建设', '2024年底前', 'equal to task 97 (国土空间基础信息平台, 2024年), earlier than task 96 (互联网+城乡供水, 2025年)'),
    EQ('推进水、气、土、废污染防治攻坚战', '2025年底前', 'equal: task 102 (2025年)'),
    EQ('推动各单位政务APP接入“宁政通”', '2024年底前', 'equal: tasks 104, 105 (2024年)'),
    EQ('实现基层干部填表报数工作量压减50%以上', '2025年底前', 'equal: task 106 (填表报数, 2025年)'),
    EQ('统筹整合非涉密视频会议系统资源', '2025年底前', 'equal: tasks 107, 111 (2025年)'),
    EQ('配合建设全区统一的政策文件库', '2024年底前', 'equal: tasks 112, 113 (2024年)'),
    EQ('以12345热线为枢纽', '2024年底前', 'equal: task 115 (政民互动, 2024年)'),
    N('deadline-later-than-baseline', '附件：同心县数字政府建设重点任务清单', 'attachment title period, not a deadline', '2024年—2025年'),
    # units: collectives, aliases, registered names
    N('unknown-unit', '👥牵头：县直各部门（单位） ⏰2024年底前', 'collective subject as lead', '县直各部门（单位）'),
    N('unknown-unit', '配合：各乡镇人民政府、各村（社区）', 'collective subjects', '各村（社区）'),
    N('unknown-unit', '👥牵头：县委编办、县大数据服务中心 配合：各乡镇人民政府', 'collective subject', '各乡镇人民政府'),
    N('unknown-unit', '👥牵头：县发改局', 'alias of 县发展和改革局 in units.txt', '县发改局'),
    N('unknown-unit', '县统计局、县工信商务局', 'alias of 县工业信息化和商务局 in units.txt', '县工信商务局'),
    N('unknown-unit', '👥牵头：县市场监管局', 'alias of 县市场监督管理局 in units.txt', '县市场监管局'),
    N('unknown-unit', '👥牵头：吴忠市生态环境局同心分局 ⏰2025年底前', 'the county-level 生态环境 body is a branch of the city bureau; listed in units.txt', '吴忠市生态环境局同心分局'),
    N('unknown-unit', '👥牵头：县人民政府办公室 配合：县信访局', 'canonical name in units.txt', '县人民政府办公室'),
    N('unknown-unit', '配合：同心工业园区管委会', 'listed in units.txt', '同心工业园区管委会'),
    N('unknown-unit', '依托县委党校和宁夏干部教育培训网络学院', '县委党校 is an alias in units.txt; 宁夏干部教育培训网络学院 is a training platform named in the 吴忠 plan, not a responsible unit', '宁夏干部教育培训网络学院'),
    N('unknown-unit', '积极争取自治区、吴忠市数字政府试点', 'higher levels named as sources of pilots, not as responsible units'),
    # basis near misses
    N('basis-mismatch', '（国发〔2022〕14号）', 'correct 文号 and title', '国发〔2022〕14号'),
    N('basis-mismatch', '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'the city plan cited by title alone, correct title, no 文号', '关于加强数字政府建设的实施方案'),
    N('basis-mismatch', '（宁政办发〔2023〕11号）', 'cited exactly as the 吴忠 plan cites it', '宁政办发〔2023〕11号'),
    N('basis-mismatch', '（宁政办发〔2020〕14号）部署', 'retrospective mention of the 2020 工作要点 in the background, not cited as a basis; title and 文号 match', '宁政办发〔2020〕14号'),
]

covers_spec = [
    (64, '参照自治区、吴忠市做法，健全县数字政府建设组织机构'),
    (3, '推进同心工业园区“智慧园区”建设'),
    (5, '强化政企协同、部门协同、社会共治的监管和治理机制'),
    (6, '推进教育、医疗、就业、养老等服务数字化'),
    (7, '深入推广宁夏智慧教育平台'),
    (8, '深化“互联网+医疗健康”应用'),
    (10, '补齐乡村信息基础设施短板'),
    (11, '依托“数字供销”示范区建设'),
    (9, '推进县城运行“一网统管”'),
    (12, '引进和培育数据要素市场主体'),
    (14, '落实县、乡两级数字政府建设安全和保密工作主体责任'),
    (18, '建立健全动态监控、主动防御、协同响应的安全技术保障体系'),
    (21, '推动各类行政权力事项网上运行、动态管理'),
    (24, '健全政务信息化项目会商机制'),
    (28, '打造1至2个具有同心特色的标志性应用场景'),
    (30, '编制县级政务数据资源目录'),
    (41, '编制县级公共数据开放目录'),
    (42, '推进供水、供电、公共交通等公共数据与政务数据融合应用'),
    (47, '推进县级电子政务外网升级改造和IPv6改造'),
    (48, '推进县级电子政务外网升级改造和IPv6改造'),
    (50, '有序推进非涉密业务专网向电子政务外网整合迁移'),
    (49, '依托全区统一的视频共享平台'),
    (54, '推进电子文件归档和电子档案管理'),
    (66, '积极对接宁夏经济运行大数据平台'),
    (70, '实施“双随机、一公开”差异化监管'),
    (71, '对食品药品、特种设备、农副产品等重点领域实行数字化追溯监管'),
    (79, '持续推进“雪亮工程”'),
    (77, '完善信访、调解、法律援助等线上受理渠道'),
    (83, '健全“网格上报+网上分流+部门响应”机制'),
    (80, '完善自然灾害监测预警、危化品双重预防'),
    (84, '推动政务服务“网上办、掌上办、就近办、一次办”'),
    (86, '推动县直各部门政务服务、公共服务应用在“我的宁夏”政务APP'),
    (87, '优化12345政务服务便民热线同心分中心运行'),
    (89, '推动惠企政策精准推送、政策兑现直达直享'),
    (93, '完成政府网站、政务服务场所适老化与信息无障碍建设'),
    (95, '强化大气、水、土壤等数据资源综合开发利用'),
    (96, '推进“互联网+城乡供水”建设'),
    (102, '推进水、气、土、废污染防治攻坚战'),
    (104, '全面推广全区统一的协同办公平台'),
    (105, '推动各单位政务APP接入“宁政通”'),
    (106, '实现基层干部填表报数工作量压减50%以上'),
    (107, '统筹整合非涉密视频会议系统资源'),
    (112, '构建以网上发布为主、其他渠道发布为辅'),
    (113, '配合建设全区统一的政策文件库'),
    (115, '以12345热线为枢纽'),
    (116, '将数字政府建设工作纳入“一把手工程”'),
    (118, '每年开展不少于2期干部数字化能力培训'),
    (122, '将数字政府建设纳入全县效能目标管理考核'),
    (124, '定期开展督促检查和经验交流'),
]
assert LINES[4].startswith('━━━━') and LINES[194].startswith('━━━━')
covers = [{'task': t, 'line': line_of(a)} for t, a in covers_spec]

key = {
    'writer': 'blind writer, round 370; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-06',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mustNotFlag,
    'covers': covers,
    'notes': ('同心县 county plan (征求意见稿, 2024-03) typed on a phone and pasted into a work group: emoji headings (📌 🔹 ✅ 👉), '
              'keycap item numbers 1️⃣…🔟 then 1️⃣1️⃣…4️⃣1️⃣, one sentence a line, mixed half/full-width punctuation, and a note line per item '
              '(👥牵头：… 配合：… ⏰…). Notes with only 👥 (no ⏰) are items whose regional tasks are due 2023 (14, 18, 24, 30): the county gives no date '
              'there on purpose. Line 97 carries a ⏰ alone on its own line for item 1️⃣8️⃣. The 2025年底前 on the network item contradicts the draft\'s '
              'own 2024 goal for 三级全覆盖; it is the planted late deadline. 20244年 is an impossible year; a reviewer would call it invalid, not late.'),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(mustNotFlag), 'covers', len(covers), 'lines', len(LINES))
