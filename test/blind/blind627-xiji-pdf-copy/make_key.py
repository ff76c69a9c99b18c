#!/usr/bin/python3
# Writes key.json and checks every line number against draft.txt (1-based,
# lines split on "\n" only; the form feeds at page starts do not start lines).
import json

L = open('draft.txt', encoding='utf-8').read().split('\n')

def at(line, frag):
    assert frag in L[line - 1], (line, frag, L[line - 1])
    return line

def E(rule, line, frag, why, text=None, **kw):
    d = {'rule': rule, 'line': at(line, frag) if line else 0}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    E('basis-mismatch', 22, '宁政办发〔2023〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not 宁政办发〔2023〕17号 (a 办 slipped into the 文号)',
      text='宁政办发〔2023〕17号'),
    E('garbled-text', 99, '鎺ㄥ姩鏀垮姟鏁版嵁璧勬簮搴斿綊灏藉綊',
      'UTF-8 bytes of 推动政务数据资源应归尽归 read as GBK (mojibake, no ? marker); re-encoding as GBK and decoding as UTF-8 recovers it',
      text='鎺ㄥ姩鏀垮姟'),
    E('unknown-unit', 101, '县大数据管理服务局',
      'wrong body: 西吉县 has no 县大数据管理服务局 (a city-style name, cf. 市大数据管理服务局 in 吴忠); not in units.txt — the county lead for data work is 县政府办公室',
      text='县大数据管理服务局'),
    E('deadline-later-than-baseline', 108, '到2025',
      'late date broken across a line: "到2025" ends line 108 and "年底" starts line 109. 县级城域网升级改造 / 电子政务外网向村延伸 / 县、乡、村三级全覆盖 is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 完成时限 2024年), with task 47 (外网升级改造、扩大互联网出口带宽; 2024年); 2025年底 is later',
      text='2025年底'),
    E('deadline-later-than-baseline', 152, '2025年6月底前',
      '适老化与信息无障碍建设 is task 93 (完成时限 2024年); 2025年6月底前 is later',
      text='2025年6月底前'),
    E('deadline-invalid', 164, '20244年10月底前',
      'impossible year 20244 (typing slip for 2024); the sentence is tasks 104/105 (协同办公平台, 宁政通; both 2024年). It is an invalid date, not a late one',
      text='20244年'),
    E('task-uncovered', 0, None,
      'deliberately left out: no 政务新媒体矩阵 / 政策解读产品 content anywhere (task 114, 自治区各部门（单位）及各市、县（区）分别负责, 2024年)',
      task=114),
]
# fix the E() helper for line 0
expect[-1] = {'rule': 'task-uncovered', 'line': 0, 'task': 114, 'why': expect[-1]['why']}

N = []
def M(rule, line, frag, why, text=None):
    d = {'rule': rule, 'line': at(line, frag)}
    if text is not None:
        d['text'] = text
    d['why'] = why
    N.append(d)

# page furniture
M('deadline-invalid', 39, '— 2 —', 'page footer (page number), not a date', '— 2 —')
M('deadline-later-than-baseline', 63, '— 3 —', 'page footer (page number after a run of full-width spaces), not a date or deadline', '— 3 —')
M('unknown-unit', 16, '西吉县人民政府办公室文件', 'running header of the PDF (after a form feed), not a responsible body; 西吉县人民政府办公室 is in units.txt anyway', '西吉县人民政府办公室文件')
M('garbled-text', 16, '\f', 'form feed between PDF pages, not mojibake')
M('unknown-unit', 136, '西吉县人民政府办公室文件', 'running header inserted in the middle of a responsibility note (配合单 / — 6 — / header / 位：县公安局…); not a body')
M('unknown-unit', 1, '西吉县人民政府办公室文件', 'masthead (红头) of the issuing office, not a responsible unit')
M('garbled-text', 2, '\u3000\u3000\u3000', 'a line of full-width spaces alone (layout), not damaged text')
M('basis-mismatch', 3, '西政办发〔2024〕12号', "the notice's own 文号, not a cited basis document", '西政办发〔2024〕12号')
M('deadline-invalid', 13, '2024年3月18日', 'issue date of the notice, not a deadline', '2024年3月18日')
M('unknown-unit', 8, '县政府各部门、各直属机构', 'addressees: 各乡镇人民政府 and 县政府各部门、各直属机构 are collective subjects')
M('unknown-unit', 9, '县人民政府', '县人民政府 is in units.txt; not a responsibility anyway')
M('basis-mismatch', 9, '《西吉县加强数字政府建设实施方案》', "the draft's own title in the covering notice, not a basis citation")
# citations
M('basis-mismatch', 21, '国发〔2022〕14号', '《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号） is cited correctly (title broken across lines 20-21)', '国发〔2022〕14号')
M('basis-mismatch', 23, '原市关于加强数字政府建设的实施方案》', 'the city plan (固原市) cited by title alone without 文号, as DOMAIN.md says county plans do; broken across lines 22-23')
M('basis-mismatch', 33, '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 (自…印发以来) in the 工作基础 background; title and 文号 match; not cited as a basis', '宁政办发〔2020〕14号')
# background and goals
M('deadline-invalid', 34, '2023年，全县', 'past date in the background (工作基础), not a deadline', '2023年')
M('deadline-later-than-baseline', 38, '到2024年底', '主要目标 for 2024: 一网通办/好办易办 is task 84 (2024年) and 宁政通 普及 is task 105 (2024年); equal', '2024年底')
M('deadline-later-than-baseline', 42, '到2025年', 'equal to the regional 主要目标 (到2025年…体系框架全面成型)', '2025年')
# responsibilities and deadlines
M('deadline-later-than-baseline', 51, '2024年6月底前', 'county organisation = task 64 (各地各部门参照自治区做法成立相应组织机构; 各市、县（区）负责; 2025年): 2024年6月 is earlier. Task 60 (充实自治区领导小组, 2023年) is the region\'s own leading group (自治区政府办公厅负责), not a county task', '2024年6月底前')
M('unknown-unit', 50, '县直各部门（单位）', 'collective subject (县直各部门（单位）, 各乡镇人民政府)', '县直各部门（单位）')
M('unknown-unit', 54, '各村（社区）', 'collective subjects in body text (各乡镇人民政府、各村（社区）)', '各村（社区）')
M('unknown-unit', 60, '县电商公共服务中心', 'a facility named in body text (依托…), not a responsible unit', '县电商公共服务中心')
M('unknown-unit', 61, '县工业信息', 'body broken across a line: 县工业信息 / 化和商务局 = 县工业信息化和商务局 (in units.txt)', '县工业信息化和商务局')
M('unknown-unit', 62, '县发改局', 'colloquial alias of 县发展改革局, listed in units.txt', '县发改局')
M('deadline-later-than-baseline', 65, '持续推进，2025年取得明显成效', 'deadline split by a page break (完成时限： / — 3 — / header / 持续推进，2025年取得明显成效); 智慧园区 is task 3 (持续推进，2025年取得明显成效); equal', '2025年')
M('unknown-unit', 71, '各乡镇人', 'collective broken across a line: 各乡镇人 / 民政府', '各乡镇人民政府')
M('deadline-later-than-baseline', 72, '持续推进，2025年取得明显成效', 'tasks 6 and 10 (持续推进，2025年取得明显成效), 7 (2023年形成试点经验，2025年取得明显成效), 8 (持续推进，2025年), 11 (2023年完成主要建设任务，2025年取得明显成效); equal', '2025年')
M('deadline-later-than-baseline', 77, '2025年', '数据要素市场 is task 12 (2025年); equal. The 网络综合治理/关键信息基础设施 clause paraphrases the 数字生态 paragraph of the 实施意见 body, not task 17 (2023年)', '2025年')
M('garbled-text', 82, '态势感\x02知', 'stray control character U+0002 inside 态势感知 (PDF copy artefact); the text is not mis-encoded')
M('unknown-unit', 84, '县公\x1f安局', 'stray control character U+001F inside 县公安局, which is in units.txt')
M('deadline-invalid', 84, '2023年形', 'copied regional deadline of task 18 (2023年形成机制，长期坚持), broken across lines 84-85; before the plan year but copied from the region, so not invalid', '2023年')
M('deadline-later-than-baseline', 84, '2023年形', 'tasks 14, 15 (2023年) and 18 (2023年形成机制，长期坚持); equal', '2023年')
M('unknown-unit', 91, '县政府办公', 'body broken across a line: 县政府办公 / 室 (alias of 县人民政府办公室)', '县政府办公室')
M('deadline-later-than-baseline', 92, '完成时限：2024', 'date broken across a line (2024 / 年12月底前); tasks 21 (2024年), 22 (2025年), 28 (2023年启动，2025年取得明显成效): equal or earlier', '2024年12月底前')
M('deadline-later-than-baseline', 102, '2024年底前', 'tasks 41 and 42 (2024年), 34/39 (2024年); equal', '2024年底前')
M('deadline-later-than-baseline', 104, '2024', 'date broken across a line (2024 / 年底前); 政务信创云迁移 is task 46 (2024年) and 43 (2024年建成，持续推进); equal', '2024年底前')
M('deadline-later-than-baseline', 115, '2025年', '视频一张网 is task 49 (2025年); equal', '2025年')
M('unknown-unit', 118, '县公安', 'body broken across a line: 县公安 / 局', '县公安局')
M('deadline-later-than-baseline', 119, '2025年底前', 'electronic licences in 社会化高频场景 is task 52 (2025年), 非税收入收缴电子化 is task 56 (2025年); equal', '2025年底前')
M('deadline-later-than-baseline', 122, '2024年底前', '电子文件归档 task 54 (2024年), 财政电子票据 task 55 (2024年); equal', '2024年底前')
M('deadline-later-than-baseline', 127, '2025年', '经济运行大数据平台 / 监测预警 is task 66 (2025年); equal', '2025年')
M('deadline-later-than-baseline', 132, '2024年10月底前', 'tasks 70, 71, 74 (2024年); earlier', '2024年10月底前')
M('unknown-unit', 138, '司法局、信访局、应急管理局', 'the 县 prefix distributes: 县司法局, 县信访局, 县应急管理局 are in units.txt', '司法局')
M('deadline-later-than-baseline', 139, '2024年底前', 'tasks 77, 79, 80 (2024年); 81 (2025年) earlier; equal', '2024年底前')
M('unknown-unit', 141, '县委', 'body broken across a line: 县委 / 政法委', '县委政法委')
M('deadline-later-than-baseline', 143, '2025年', '互联网+基层治理 is task 83 (2025年); equal (date on its own line after 完成时限：)', '2025年')
M('garbled-text', 144, '政务服\x08务', 'stray control character U+0008 inside 政务服务 (PDF copy artefact), not mojibake')
M('deadline-later-than-baseline', 148, '2024年底前', 'tasks 84 and 86 (2024年); equal', '2024年底前')
M('unknown-unit', 150, '（牵头单位：县', 'body broken across a line: 县 / 政府办公室', '县政府办公室')
M('unknown-unit', 155, '固原市生态环境局西吉分', 'city-level branch office listed in units.txt, broken across lines 155-156', '固原市生态环境局西吉分局')
M('unknown-unit', 153, '自治区生态环境数据资源中', 'a regional data platform named after 依托 in body text, not a responsible unit (the note on line 155 names the county lead)')
M('deadline-later-than-baseline', 157, '2024年', 'tasks 94 (2024年) and 98 (2024年); equal', '2024年')
M('deadline-later-than-baseline', 161, '2025年', '互联网+城乡供水 is task 96 (2025年); equal (sentence broken across a page break)', '2025年')
M('unknown-unit', 165, '各乡', 'collective broken across a line: 各乡 / 镇人民政府', '各乡镇人民政府')
M('deadline-invalid', 168, '50%', 'a percentage (压减50%以上, from task 106), not a date', '50%')
M('deadline-later-than-baseline', 170, '2025年', 'tasks 106 and 107 (2025年); equal', '2025年')
M('unknown-unit', 169, '县机关事务服务', 'body broken across a line: 县机关事务服务 / 中心', '县机关事务服务中心')
M('deadline-invalid', 173, '12345', 'the 12345 hotline, not a date', '12345')
M('deadline-later-than-baseline', 175, '2024年', 'tasks 112 and 115 (2024年); equal', '2024年')
M('unknown-unit', 174, '县融媒体', 'body broken across a line: 县融媒体 / 中心', '县融媒体中心')
M('deadline-invalid', 187, '1期', 'a count (每年至少举办1期), not a date')
M('deadline-later-than-baseline', 191, '每季度末月25日前', "the office's own reporting date, not a task deadline", '25日')
M('deadline-later-than-baseline', 192, '2024年12月10日前', "the office's own reporting date (年度工作总结), not a task deadline", '2024年12月10日')
M('unknown-unit', 192, '领导小组办公室', 'the county leading group office defined in line 47 (设在县政府办公室), named as a recipient of reports, not a responsible unit')
M('unknown-unit', 195, '县人大常委会办公室', '抄送 list: 县委办公室, 县人大常委会办公室, 县政协办公室 are in units.txt and are not responsibilities')
M('deadline-invalid', 196, '2024年3月18日印发', 'print date in the 版记, not a deadline', '2024年3月18日')
at(176, '六、加强党对数字政府建设工作的全面领导')
N.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '党的领导', 'why': '党的领导 is present from line 176: 组织领导 (177), 资金保障 = 财政投入 (181), 数字素养 (186), 考核评价 (189)'})
at(45, '二、健全工作体系')
N.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一和六级贯通', 'why': 'the work system is taken up at county scale from line 45: 健全组织机构 (46), 厘清层级职责 / 六级贯通 (52)'})

C = []
def cov(task, line, frag):
    C.append({'task': task, 'line': at(line, frag)})
cov(3, 58, '智慧园区')
cov(6, 66, '推动教育、医疗、就业、文化旅')
cov(7, 67, '国家智慧教育平台')
cov(8, 68, '医疗健康')
cov(10, 68, '推进数字乡村建设')
cov(11, 70, '数字供销')
cov(12, 73, '数据要素市场培育')
cov(14, 80, '主体责任、监督责任')
cov(15, 80, '建立数字政府安全评估')
cov(18, 81, '动态监控、主动防御')
cov(21, 86, '行政权力事项网上运行')
cov(25, 181, '统筹利用现有资金渠道')
cov(28, 90, '每年确定试点事项')
cov(32, 94, '巩固数据管理机构建设成果')
cov(36, 96, '供需对接机制')
cov(41, 99, '分类分级开放公')
cov(42, 100, '公共数据与政务数据融合应用')
cov(46, 104, '信创云有序迁移')
cov(47, 107, '扩大互联网出口带宽')
cov(48, 107, '县级城域网升级改造')
cov(49, 113, '视频共享平台')
cov(52, 116, '电子证照')
cov(54, 120, '电子文件归档功能')
cov(55, 121, '财政电子票据一站式查验')
cov(56, 117, '非税收入收缴电子化')
cov(64, 46, '健全组织机构')
cov(66, 124, '经济运行大数据')
cov(70, 128, '双随机、一公开')
cov(71, 129, '全链条数字化')
cov(74, 130, '新型监管手段')
cov(77, 133, '矛盾纠纷多元化解信息系统')
cov(79, 134, '雪亮工程')
cov(80, 134, '智慧应急')
cov(83, 140, '互联网+基层治理')
cov(84, 144, '一体化政务服')
cov(86, 146, '我的宁夏')
cov(93, 149, '适老化与信息无障碍建设')
cov(94, 153, '生态环境数据资源中')
cov(96, 158, '互联网+城乡供水')
cov(98, 155, '智慧林草')
cov(104, 162, '协同办公平台')
cov(105, 163, '宁政通')
cov(106, 167, '填表报数')
cov(107, 168, '非涉密视频会议系统')
cov(112, 171, '政务公开平')
cov(115, 173, '12345政务服务便民热线')
cov(116, 178, '一把')
cov(118, 186, '领导干部数字化能')
cov(123, 190, '综合考核评价的')

key = {
    'writer': 'blind writer, round 627; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': N,
    'covers': C,
    'notes': (
        '西吉县 (固原市) plan of 2024-03-18 (西政办发〔2024〕12号) as text copied out of its PDF: every physical line is one '
        'PDF line of about 28 characters, so sentences, words, unit names and dates break across lines; each page after the '
        'first starts with a form feed (U+000C) followed by the running header 西吉县人民政府办公室文件, and ends with a page '
        'number — N — (odd pages right-aligned with full-width spaces). Line numbers count "\\n" only: the form feeds sit at '
        'the start of a line and do not open new lines (Python str.splitlines() would count them as breaks; do not use it). '
        'Three stray control characters (U+0002 line 82, U+001F line 84, U+0008 line 144) sit inside words; they are copy '
        'artefacts, not encoding damage, and the unit 县公\\x1f安局 is the registered 县公安局. The one real mojibake run is line 99. '
        'No parent plan is given (固原市 plan cited by title only). Responsibility notes are inline: （牵头单位：…；配合单位：…；'
        '完成时限：…）, and the 完成时限 applies to the paragraph it closes. Regional tasks due 2023 (30, 32, 36, 14, 15) are '
        'taken up without a new date except the copied 2023年形成机制，长期坚持 at line 84.'
    ),
}
with open('key.json', 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(N), 'mustNotFlag;', len(C), 'covers')
