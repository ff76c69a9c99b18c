#!/usr/bin/env python3
# Builds key.json for blind395; every line number is found from an anchor string in draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def row(n):
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def E(rule, line, why, **kw):
    d = {'rule': rule, 'line': line}
    d.update(kw)
    d['why'] = why
    if 'text' in d and line:
        assert d['text'] in L[line - 1], (rule, line, d['text'])
    return d

expect = [
    E('basis-mismatch', ln('根据《国务院关于加强数字政府建设的指导意见》'),
      '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the draft gives the wrong year 〔2022〕',
      text='宁政发〔2022〕17号'),
    E('unknown-unit', row(3),
      'a regional body named as the lead (牵头) of the commission\'s own task: the row was copied from regional task 8 (自治区卫生健康委牵头负责); the local lead should be a commission division (委医政医管科 or 委规划发展和信息化科). The table note also says the first unit leads',
      text='自治区卫生健康委'),
    E('deadline-later-than-baseline', row(10),
      'row 10 (医疗健康主题数据库) takes up regional task 34 (建设完善政务服务、医疗健康…等主题数据库), 完成时限 2024年; 2025年底前 is a year later',
      text='2025年底前'),
    E('unknown-unit', row(11),
      'no such unit: not in units.txt (nor in the city or regional lists); the commission\'s data body is 市卫生健康信息中心',
      text='市健康医疗大数据中心'),
    E('deadline-invalid', row(22),
      'impossible date: June has 30 days (the row takes up regional task 86, 完成时限 2024年, so it is not late)',
      text='2024年6月31日'),
    E('deadline-later-than-baseline', ln('拓展公平普惠的民生服务。'),
      'sentence takes up regional task 93 (完成…公共服务场所适老化与信息无障碍建设), 完成时限 2024年; 2025年底前 is a year later',
      text='2025年底前'),
    E('missing-pillar', 0,
      'section 五 is headed “七种能力” but has only six subsections; no 政务公开 content anywhere (no 政府信息公开, 政务新媒体, 政策文件库, 政民互动 or 12345)',
      pillar='政务公开'),
    E('task-uncovered', 0,
      'consequence of the missing 政务公开 pillar: task 112 (完善政务公开信息化平台, 各部门及各市、县（区）分别负责) is not taken up',
      task=112),
    E('task-uncovered', 0,
      'consequence of the missing 政务公开 pillar: task 114 (构建政务新媒体矩阵体系, 各部门及各市、县（区）分别负责) is not taken up',
      task=114),
]

N = []
def M(rule, line, why, text=None):
    d = {'rule': rule, 'line': line}
    if text is not None:
        d['text'] = text
        assert text in L[line - 1], (rule, line, text)
    d['why'] = why
    N.append(d)

M('basis-mismatch', ln('吴卫健发〔2024〕12号'), 'the commission\'s own 文号 for this notice, not a cited basis document', '吴卫健发〔2024〕12号')
M('deadline-invalid', ln('2024年3月18日'), 'issue date of the notice, not a deadline', '2024年3月18日')
p = ln('根据《国务院关于加强数字政府建设的指导意见》')
M('basis-mismatch', p, 'correct title and 文号 of the national guiding opinion', '国发〔2022〕14号')
M('basis-mismatch', p, 'cited exactly as the 吴忠 city plan cites it (title and 文号 copied from the parent plan)', '宁政办发〔2023〕11号')
M('basis-mismatch', p, 'the parent city plan cited by title alone, as it has no 文号; title correct (关于加强数字政府建设的实施方案)', '吴忠市人民政府《关于加强数字政府建设的实施方案》')
M('basis-mismatch', p, 'sectoral national plan (国家卫生健康委等, 2022), cited by title only; not a baseline document and not wrong', '《“十四五”全民健康信息化规划》')
b = ln('自2020年《宁夏回族自治区2020年')
M('basis-mismatch', b, 'retrospective mention of the 2020 regional work points in the background paragraph (“自…印发以来”), not cited as the basis of this plan', '宁政办发〔2020〕14号')
M('deadline-invalid', b, 'past dates in the background (what was achieved in 2022 and by the end of 2023), not deadlines', '截至2023年底')
M('deadline-later-than-baseline', ln('到2024年底，市级全民健康信息平台'), 'local goal for 2024 (信创适配, 电子病历4级, 一码通用); no higher goal or task for these is earlier (region 2023 goals are about 政策体系, 五个一, 平台家底, none of which this names); 信创迁移 matches task 43 (2024年建成) — equal', '到2024年底')
M('deadline-later-than-baseline', ln('到2025年，全市卫生健康领域'), 'equal to the city plan\'s 2025 goal (“1347”体系框架全面成型) and the region\'s 2025 goal (“34567”体系框架全面成型)', '到2025年')
M('deadline-later-than-baseline', ln('到2035年，与卫生健康治理能力'), 'equal to the 2035 goal of the region and the city', '到2035年')
M('unknown-unit', ln('（一）健全组织机构。成立由委主要负责同志'), 'collective subject: the counties\' health bureaus as a group (各县（市、区）卫生健康局)', '各县（市、区）卫生健康局')
M('unknown-unit', ln('（一）健全组织机构。成立由委主要负责同志'), 'commission division, in units.txt', '委规划发展和信息化科')
M('unknown-unit', ln('（二）厘清层级职责。'), '自治区卫生健康委 is mentioned as the builder of the regional platform the city relies on, not as the lead of a local task', '自治区卫生健康委')
M('unknown-unit', ln('（三）完善工作机制。落实全市'), 'city unit in the registry (市大数据管理服务局)', '市大数据管理服务局')
M('unknown-unit', ln('（一）驱动数字健康经济发展。'), 'subordinate hospitals of the commission, in units.txt', '市中医医院、市人民医院')
M('unknown-unit', ln('强化安全管理责任。按照“谁主管'), 'collective subjects of the commission (委机关各科室, 委属各单位, 各级医疗卫生机构)', '委机关各科室、委属各单位')
M('deadline-later-than-baseline', row(1), 'earlier than regional task 64 (各地各部门参照自治区做法，成立相应的组织机构), 完成时限 2025年', '2024年4月底前')
M('deadline-later-than-baseline', row(2), 'earlier than regional task 64 (完成时限 2025年)', '2024年6月底前')
M('deadline-later-than-baseline', row(3), 'equal to regional task 8 (持续推进，2025年取得明显成效)', '持续推进，2025年取得明显成效')
M('unknown-unit', row(3), '委医政医管科 / 委规划发展和信息化科 (prefix 委 distributes) and 市人民医院 are in units.txt', '委医政医管科、规划发展和信息化科')
M('deadline-later-than-baseline', row(4), 'equal to regional task 6 (持续推进，2025年取得明显成效)', '持续推进，2025年取得明显成效')
M('unknown-unit', row(4), 'collective subject listed first; the three divisions (委 prefix distributes) are in units.txt', '各县（市、区）卫生健康局')
M('deadline-later-than-baseline', row(5), 'equal to regional task 10 (持续推进，2025年取得明显成效)', '持续推进，2025年取得明显成效')
M('deadline-later-than-baseline', row(6), 'equal to regional task 12 (数据要素市场, 数据交易平台), 完成时限 2025年', '2025年')
M('unknown-unit', row(6), 'prefix 市 distributes: 市发展改革委, 市大数据管理服务局, both in the registry', '市发展改革委、大数据管理服务局')
M('deadline-later-than-baseline', row(7), 'copied from regional task 18 (2023年形成机制，长期坚持) — equal; task 14 is 2023年 too', '2023年形成机制，长期坚持')
M('deadline-invalid', row(7), 'a copied regional deadline (task 18) whose first milestone lies before the plan\'s year; the task is ongoing (长期坚持)', '2023年形成机制')
M('unknown-unit', row(7), 'collective subject (委属各单位), like 县直各部门', '委属各单位')
M('deadline-later-than-baseline', row(8), 'equal to regional task 43 (2024年建成，持续推进) and task 19 (2023年启动，2024年建成)', '2024年底前')
M('deadline-later-than-baseline', row(9), 'regional task 28 is “2023年启动，2025年取得明显成效”; the milestone that completes the task (2025年取得明显成效) is equal — only the start is later', '2024年启动，2025年取得明显成效')
M('unknown-unit', row(9), 'county health bureau listed in units.txt', '盐池县卫生健康局')
M('deadline-later-than-baseline', row(11), 'equal to regional task 42 (公共数据、社会数据与政务数据的融合应用, 2024年)', '2024年')
M('unknown-unit', row(11), 'prefix 市 distributes: 市医保局, 市民政局, 市公安局, 市人社局 (short name of 市人力资源社会保障局) — all in the registry', '市医保局、民政局、公安局、人社局')
M('deadline-later-than-baseline', row(12), 'equal to regional task 48 (推进区市县乡村5级全覆盖, 2024年)', '2024年底前')
M('deadline-later-than-baseline', row(13), 'equal to regional task 50 (非涉密业务专网整合迁移, 2024年)', '2024年')
M('unknown-unit', row(13), 'official short name of 市大数据管理服务局', '市大数据局')
M('deadline-later-than-baseline', row(14), 'equal to regional task 52 (电子证照同步制发和应用, 2025年)', '2025年')
M('unknown-unit', row(14), 'short name of 市审批服务管理局; 委妇幼健康科 by prefix distribution', '市审批局')
M('deadline-later-than-baseline', row(15), 'earlier than regional task 56 (非税收入收缴电子化, 医疗收费, 2025年); equal to task 55 (电子票据, 2024年)', '2024年底前')
M('unknown-unit', row(15), 'collective subject', '各二级以上公立医院')
M('deadline-later-than-baseline', row(16), 'earlier than regional task 66 (宁夏经济运行大数据平台, 2025年); equal to task 65 (2024年)', '2024年底前')
M('deadline-later-than-baseline', row(17), 'equal to regional task 71 (全主体、全品种、全链条数字化追溯监管, 2024年)', '2024年')
M('unknown-unit', row(17), 'registered alias of 市市场监管局; 市卫生健康综合执法支队 is in units.txt', '市市场监督管理局')
M('deadline-later-than-baseline', row(18), 'earlier than regional task 75 (互联网医院等新业态监管机制, 2024年)', '2024年11月底前')
M('deadline-later-than-baseline', row(19), 'equal to regional task 80 (公共卫生…“智慧应急”, 2024年); it is not task 82 (the 2023 新冠 task)', '2024年')
M('unknown-unit', row(19), '委疾病预防控制科 by prefix distribution; 市疾控中心 is the registered short name of 市疾病预防控制中心; 市急救中心 in units.txt', '市疾控中心')
M('deadline-later-than-baseline', row(20), 'equal to regional task 83 (“互联网+基层治理”, 2025年)', '2025年')
M('deadline-later-than-baseline', row(21), 'equal to regional task 84 (网上办、掌上办、就近办、一次办, 2024年)', '2024年')
M('unknown-unit', row(22), 'prefix 市 distributes: 市中医医院, 市妇幼保健院, in units.txt (the date in this row is the planted error, not the units)', '市人民医院、中医医院、妇幼保健院')
M('deadline-later-than-baseline', row(23), 'equal to regional task 94 (生态环境数据交换体系, 2024年)', '2024年底前')
M('deadline-later-than-baseline', row(24), 'equal to regional task 96 (“互联网+城乡供水”, 2025年)', '2025年')
M('deadline-later-than-baseline', row(25), 'equal to regional task 102 (绿色低碳转型, 2025年)', '2025年')
M('deadline-later-than-baseline', row(26), 'equal to regional task 103 (辅助决策, 2024年)', '2024年底前')
M('deadline-later-than-baseline', row(27), 'equal to regional tasks 104 (协同办公平台) and 105 (“宁政通”), both 2024年', '2024年')
M('deadline-later-than-baseline', row(28), 'equal to regional task 106 (填表报数系统, 2025年)', '2025年')
M('deadline-later-than-baseline', row(29), 'equal to regional task 121 (每年度制定…考核指标体系, 长期坚持)', '长期坚持')
M('unknown-unit', row(29), 'collective subject (委机关各科室); 委人事科 in units.txt', '委机关各科室')
M('deadline-later-than-baseline', ln('（五）加强进度调度。'), 'the department\'s own reporting dates (half-yearly progress reports), not task deadlines', '2024年7月10日前')
M('unknown-unit', ln('（一）加强组织领导。委数字健康建设领导小组'), 'the leading group this plan sets up; listed in units.txt', '委数字健康建设领导小组')
M('missing-pillar', 0, '数字经济, 数字社会, 数字生态, the four supports, the work system (组织机构, 层级职责, 工作机制) and 组织领导, 财政投入 (资金投入), 数字素养, 考核评价 are all taken up by content (lines 23-56, 80-83); only 政务公开 is missing')

C = []
def cov(task, line):
    C.append({'task': task, 'line': line})
cov(6, row(4)); cov(8, row(3)); cov(10, row(5)); cov(12, row(6))
cov(14, ln('强化安全管理责任。按照“谁主管')); cov(15, ln('强化安全管理责任。按照“谁主管'))
cov(17, ln('落实安全制度要求。')); cov(18, row(7))
cov(21, ln('以数字化改革助力职能转变。')); cov(24, ln('规范项目建设管理。'))
cov(28, row(9)); cov(30, ln('完善数据管理机制。')); cov(31, ln('完善数据管理机制。')); cov(32, ln('完善数据管理机制。'))
cov(34, row(10)); cov(36, ln('深化数据共享应用。')); cov(42, row(11)); cov(43, row(8))
cov(48, row(12)); cov(50, row(13)); cov(52, row(14)); cov(56, row(15))
cov(64, row(1)); cov(66, row(16)); cov(68, ln('推进监管精准化。')); cov(71, row(17)); cov(75, row(18))
cov(80, row(19)); cov(83, row(20)); cov(84, row(21)); cov(86, row(22)); cov(93, ln('拓展公平普惠的民生服务。'))
cov(94, row(23)); cov(96, row(24)); cov(102, row(25)); cov(103, row(26)); cov(104, row(27)); cov(105, row(27))
cov(106, row(28)); cov(116, ln('（一）加强组织领导。')); cov(118, ln('（三）提升数字素养。')); cov(121, row(29))

key = {
    'writer': 'blind writer, round 395; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-06',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': N,
    'covers': C,
    'notes': ('A city department\'s own plan (吴忠市卫生健康委, 2024-03-18) implementing the health tasks of the region\'s 124-task list and the city plan, '
              'structured on the city\'s “1347” framework. units.txt = the city registry plus the commission\'s divisions (委…科, “委” may be dropped), '
              'its subordinate institutions and the five county health bureaus. The task table (lines 89-118) says the first unit leads. '
              'Seven planted mistakes over five rules; the two task-uncovered entries (112, 114) are consequences of the missing 政务公开 pillar, not separate plants. '
              'Regional tasks with a 2023 deadline (14, 15, 17, 30, 31, 32, 36, 116, 118) are taken up in body text without a date on purpose.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(N), 'mustNotFlag;', len(C), 'covers')
