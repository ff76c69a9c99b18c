#!/usr/bin/python3
# Builds key.json from anchors: every line number is looked up in draft.txt by a
# substring that occurs on exactly one line, and every `text` is checked to be on that line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def at(anchor):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def rowline(n):
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(str(n) + '\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def E(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        assert line == 0 or text in LINES[line - 1], (rule, line, text)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d


expect = [
    E('basis-mismatch', at('（宁政办发〔2023〕17号）'), '宁政办发〔2023〕17号',
      "the county's own cover cites 《自治区人民政府关于加强数字政府建设的实施意见》 with the office's series number; "
      "the 实施意见 is 宁政发〔2023〕17号 (as the forwarded city plan, line 35, cites it correctly)"),
    E('garbled-text', at('鏀垮姟淇℃伅绯荤粺'), '鏀垮姟淇℃伅绯荤粺',
      'mojibake in the county cover: UTF-8 bytes of 政务信息系统 read as GBK (re-encode as GBK, decode as UTF-8)'),
    E('deadline-invalid', at('2024年6月31日前'), '2024年6月31日',
      "impossible date in the county's own 时间节点: June has 30 days (the year itself is fine: task 48 城域网/5级全覆盖, 完成时限 2024年)"),
    E('unknown-unit', rowline(9), '自治区档案局',
      "regional body named as the lead (牵头单位) of a county task row: the lead of regional task 40 (自治区档案局牵头负责, 完成时限 2024年) "
      "was copied into the county table; the county body is 县档案馆 (in units.txt)"),
    E('deadline-later-than-baseline', rowline(16), '2025年底',
      "county table row 16 (适老化与信息无障碍建设) is regional task 93, 完成时限 2024年; 2025年底前 is a year late "
      "(the forwarded city plan, line 80, itself says 2024年底前)"),
    E('unknown-unit', rowline(19), '县扶贫办',
      '县扶贫办 is an obsolete body (county 扶贫办 were reorganised into 乡村振兴局 in 2021) and is not in units.txt; a name copied from an old table; the current cooperating body would be 县农业农村局 or the 乡镇'),
]

mnf = []
def M(rule, line, why, text=None):
    d = {'rule': rule, 'line': line}
    if text is not None:
        assert text in LINES[line - 1], (rule, line, text)
        d['text'] = text
    d['why'] = why
    mnf.append(d)

# --- deadlines: equal / earlier / own reporting dates (county parts)
M('deadline-later-than-baseline', rowline(3), 'task 43 (2024 年建成，持续推进) and task 46 (2024 年): November 2024 is within the same year', '2024年11月底前')
M('deadline-later-than-baseline', rowline(4), 'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024 年: October 2024 is within it', '2024年10月底前')
M('deadline-later-than-baseline', rowline(1), 'task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年: June 2024 is earlier', '2024年6月底前')
M('deadline-later-than-baseline', rowline(10), 'task 52 (电子证照), 完成时限 2025年: end of 2024 is earlier', '2024年底前')
M('deadline-later-than-baseline', rowline(11), 'task 56 (非税收入收缴电子化), 完成时限 2025年: end of 2024 is earlier', '2024年底前')
M('deadline-later-than-baseline', rowline(15), 'task 87 (12345热线“一呼即应”), 完成时限 2023年启动，2025年完成: the completing milestone 2025 is equal', '2025年')
M('deadline-later-than-baseline', rowline(17), 'task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效: same completing milestone 2025', '2025年取得明显成效')
M('deadline-later-than-baseline', rowline(20), 'task 11 (“数字供销”), 完成时限 2023年完成主要建设任务，2025年取得明显成效: completing milestone 2025 equal', '2025年')
M('deadline-later-than-baseline', rowline(6), 'task 49 (视频共享平台/“视频一张网”), 完成时限 2025 年: equal', '2025年')
M('deadline-later-than-baseline', rowline(24), 'task 83 (“互联网+基层治理”), 完成时限 2025年: equal', '2025年')
M('deadline-later-than-baseline', rowline(29), 'task 106 (填表报数系统), 完成时限 2025年: equal', '2025年')
M('deadline-later-than-baseline', at('白阳镇作为县城所在地'), 'task 83, 完成时限 2025年: the 白阳镇 pilot by September 2024 is earlier', '2024年9月底前')
M('deadline-later-than-baseline', at('王洼镇、古城镇、红河镇'), 'task 84 (一体化政务服务, 就近办), 完成时限 2024年: equal', '2024年底前')
M('deadline-later-than-baseline', at('到2024年底，全县电子政务外网'), 'county goals: 外网全覆盖/迁移上云 by 2024 (tasks 48, 43/46: 2024年) and 体系基本成型 by 2025 (regional 主要目标 到2025年): equal', '到2025年')
M('deadline-later-than-baseline', at('（一）2024年4月15日前'), "the office's own administrative date (naming a 联络员), not a task deadline", '2024年4月15日')
M('deadline-later-than-baseline', at('（四）2024年12月20日前'), "the office's own reporting date for the annual summary", '2024年12月20日')
M('deadline-later-than-baseline', at('各乡镇于每季度末月25日前'), 'quarterly reporting date of the 乡镇 to the county office, not a task deadline', '25日前')
M('deadline-invalid', rowline(2), 'copied regional deadline of tasks 14/18 (2023年; 2023年形成机制，长期坚持): lies before the notice year but the mechanism already exists and is kept up; not an impossible date', '2023年形成机制，长期坚持')
# --- forwarded city text: the city's dates
M('deadline-invalid', at('（二）主要目标。到2023年底'), "the forwarded city plan (固政发〔2023〕68号, a 2023 document) copies the region's 到2023年底 goal; it is the city's text and lies in the past by design, not the county's deadline", '到2023年底')
M('deadline-invalid', at('提升安全保障能力。'), 'city text: tasks 14/15/18 (2023年 / 2023年形成机制，长期坚持) copied; past date in the forwarded 2023 plan', '2023年底前')
M('deadline-invalid', at('完善数据管理机制。'), 'city text: tasks 30/32 (2023年) copied; past date in the forwarded 2023 plan', '2023年底前')
M('deadline-invalid', at('（二）提升综合高效的市场监管能力。'), 'city text: task 68 (2023年) copied; past date in the forwarded 2023 plan', '2023年底前')
M('deadline-later-than-baseline', at('到2025年，全市数字政府建设'), 'city goal 到2025年 “34567”体系框架全面成型 = regional 主要目标 到2025年', '到2025年')
M('deadline-later-than-baseline', at('到2035年，与政府治理能力'), 'city 2035 vision = regional 到2035年', '到2035年')
M('deadline-later-than-baseline', at('提升网络平台支撑能力。'), 'city text: tasks 48/50 (2024 年) by 2024年底前; task 49 (2025 年) 视频资源整合 2025年: equal', '2025年完成')
M('deadline-later-than-baseline', at('（一）健全组织机构。充实市'), 'city text: task 64 (2025年): 各县（区） by 2024年底前 is earlier', '2024年底前')
M('deadline-later-than-baseline', at('推动全市各地各部门政务服务'), 'city text: task 86 (2024年) by 2024年底前, task 87 (2023年启动，2025年完成) 2025: equal', '2025年完成')
M('deadline-later-than-baseline', at('迭代升级协同办公平台'), 'city text: tasks 104/105 (2024年) and 106/107 (2025年): equal', '2025年完成')
M('deadline-later-than-baseline', at('推进“互联网+城乡供水”建设，打造'), 'city text: tasks 97/98 (2024年) by 2024年底前, task 96 (2025年) by 2025: equal', '2025年建成')
# --- units: collectives, aliases, known bodies, regional body not as lead
M('unknown-unit', at('负责对接自治区政府办公厅'), 'regional body named as the counterpart 县大数据服务中心 reports to, not as the lead of a county task; in the baseline registry', '自治区政府办公厅')
M('unknown-unit', at('负责对接自治区政府办公厅'), 'city body, listed in units.txt (固原市本级 section)', '市大数据管理服务局')
M('unknown-unit', at('县直其他部门（单位）按照附件2'), 'collective subject of the county level', '县直其他部门（单位）')
M('unknown-unit', rowline(24), 'collective subjects: 各乡镇人民政府, 各村（社区）', '各村（社区）')
M('unknown-unit', rowline(9), 'collective subject in the same row as the planted regional lead; only 自治区档案局 is wrong', '县直各部门（单位）')
M('unknown-unit', rowline(5), 'collective subject', '县直有关部门')
M('unknown-unit', at('县发改局牵头推进数字经济'), 'official short names listed in units.txt: 县发改局 = 县发展和改革局, 县审批局 = 县审批服务管理局', '县发改局')
M('unknown-unit', rowline(16), 'short name in units.txt (县残联 = 县残疾人联合会); the row\'s real slip is its deadline', '县残联')
M('unknown-unit', rowline(25), 'the city bureau\'s county branch is how 生态环境 is organised in a 宁夏 county; listed in units.txt', '固原市生态环境局彭阳分局')
M('unknown-unit', rowline(20), 'short names in units.txt: 县供销社, 县工信商务局', '县工信商务局')
M('unknown-unit', rowline(23), 'short name in units.txt (县林草局 = 县林业和草原局)', '县林草局')
M('unknown-unit', at('白阳镇作为县城所在地'), 'a 乡镇 named by its short name (白阳镇 = 白阳镇人民政府 in units.txt)', '白阳镇')
M('unknown-unit', at('县推进数字政府建设领导小组办公室会同县委督查室'), 'county bodies in units.txt', '县委督查室')
M('unknown-unit', at('（一）驱动数字经济发展。'), 'forwarded city text: city bodies (in units.txt) and the city-level collective 各县（区）人民政府', '各县（区）人民政府')
M('unknown-unit', at('（三）提升精细智能的社会管理能力。'), 'forwarded city text: city bodies 市委政法委、市司法局、市信访局 (in units.txt)', '市信访局')
# --- basis documents
M('basis-mismatch', at('自《宁夏回族自治区2020年'), 'retrospective mention of the 2020 工作要点 as background (since it was issued…), not cited as the basis; title and 文号 match', '宁政办发〔2020〕14号')
M('basis-mismatch', at('（国发〔2022〕14号）和《自治区人民政府'), 'the national 指导意见 cited correctly in the county cover', '国发〔2022〕14号')
M('basis-mismatch', at('为贯彻落实党的二十大精神'), 'forwarded city plan cites 宁政发〔2023〕17号 correctly', '宁政发〔2023〕17号')
M('basis-mismatch', at('为贯彻落实党的二十大精神'), 'a real regional document, cited with the same title and 文号 as in the 吴忠 seed', '宁政办发〔2023〕11号')
M('basis-mismatch', at('现将《固原市加强数字政府建设实施方案》'), "the city plan being forwarded, with the city's own 文号; the title matches the notice's title and the forwarded heading", '固政发〔2023〕68号')
# --- garbled-text look-alikes
M('garbled-text', at('《数字宁夏“1244+N”行动计划'), 'real programme name “1244+N”, not damage', '1244+N')
M('garbled-text', rowline(20), 'real place-specific product names (红梅杏, 辣椒)', '红梅杏')
# --- pillars
M('missing-pillar', 0, '数字生态 is taken up in the forwarded city plan, line 46', None)
mnf[-1]['pillar'] = '数字生态'
M('missing-pillar', 0, '五个一/六级贯通: the forwarded city plan section 四 (lines 64-67) and county row 1', None)
mnf[-1]['pillar'] = '六级贯通'

covers = []
def C(task, line):
    covers.append({'task': task, 'line': line})

for task, r in [(64, 1), (18, 2), (14, 2), (43, 3), (46, 3), (48, 4), (50, 5), (49, 6), (41, 7), (42, 8), (40, 9),
                (52, 10), (56, 11), (57, 12), (84, 13), (86, 14), (87, 15), (93, 16), (7, 17), (8, 18), (10, 19),
                (11, 20), (71, 21), (79, 22), (80, 23), (83, 24), (94, 25), (96, 26), (98, 27), (105, 28), (104, 28),
                (106, 29), (107, 30), (112, 31), (114, 32)]:
    C(task, rowline(r))
for task, a in [(3, '（一）驱动数字经济发展。'), (5, '（一）驱动数字经济发展。'), (6, '（二）引领数字社会建设。'),
                (12, '（三）营造良好数字生态。'), (15, '强化安全管理责任。'), (21, '以数字化改革助力政府职能转变。推动'),
                (22, '以数字化改革助力政府职能转变。推动'), (24, '创新数字政府建设管理机制。'), (28, '健全标准规范，开展试点示范。'),
                (30, '完善数据管理机制。'), (32, '完善数据管理机制。'), (36, '深化数据高效共享。'), (65, '（一）提升科学精准的经济调节能力。'),
                (66, '依托宁夏经济运行大数据平台'), (68, '（二）提升综合高效的市场监管能力。'), (77, '（三）提升精细智能的社会管理能力。'),
                (88, '依托全区一体化政务服务平台建设企业专属网页'), (89, '依托全区一体化政务服务平台建设企业专属网页'),
                (102, '推动绿色低碳转型，推进水'), (103, '（六）提升整体高效的政务运行能力。'), (111, '推进公共资源交易、行政执法'),
                (113, '（七）提升全面规范的政务公开能力。'), (115, '构建政务新媒体矩阵体系'), (116, '（一）加强组织领导。各级党委'),
                (122, '（四）强化考核评价。将数字政府')]:
    C(task, at(a))

key = {
    'writer': 'blind writer, round 670; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': ("A county 转发 notice (2024-03-18): lines 1-32 are the county's cover notice (its requirements, lead bodies, dates, "
              "乡镇 duties); lines 33-93 are the city's plan as forwarded (固政发〔2023〕68号, a 2023 document: city bodies, city dates, "
              "all no later than the region's; its 2023 dates are past by design); lines 94-129 are the county's own task table "
              "(附件2). Key as a reviewer of the county's notice: all six planted slips are in the county's parts (lines 6, 13, 23, "
              "106, 113, 116). units.txt holds the county bodies, the 12 乡镇 and the 固原市 bodies that the forwarded plan and the "
              "county's reporting lines name. Regional task numbers in `why` are from 附件2 of 宁政发〔2023〕17号."),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(LINES), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text'))
