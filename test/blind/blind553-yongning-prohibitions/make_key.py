#!/usr/bin/env python3
"""Builds key.json for blind553: every line number is found from a unique anchor in draft.txt."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in lines[n - 1], (text, n)
    return n

def E(rule, anchor, text, why, **kw):
    d = {'rule': rule, 'line': L(anchor, text), 'text': text, 'why': why}
    d.update(kw)
    return d

def N(rule, anchor, why, text=None):
    d = {'rule': rule, 'line': L(anchor, text)}
    if text is not None:
        d['text'] = text
    d['why'] = why
    return d

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'

expect = [
    E(BM, '根据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2022〕17号',
      'the title 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a year slip (the draft itself cites 宁政发〔2023〕17号 correctly on the 体系框架 line)'),
    E(DL, '强化政务云支撑。', '2025年6月底',
      'existing systems all migrated to 政务信创云: task 46 (推进政务信息系统有序迁移) 完成时限 2024年 and task 43 (现有政务云向政务信创云安全过渡) 完成时限 "2024 年建成，持续推进"; 2025年6月底 is later'),
    E(DL, '提升网络支撑能力。', '2025年底',
      'county/township/village 电子政务外网 full coverage: task 48 (城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; 2025年底 is later (task 47 带宽扩容 also 2024年)'),
    E(DI, '统筹视频会议资源。', '6月31日',
      'June has 30 days: 自2024年6月31日起 is an impossible date (the attachment table gives 2024年7月1日 for the same rule)'),
    E(UU, '提升行政执行能力。', '自治区政府办公厅',
      'a regional body named as the lead (牵头) of a county task: copied from the responsibility cell of task 104; the county lead should be 县人民政府办公室'),
    E(UU, '畅通政民互动渠道。', '县大数据局',
      'no such body in 永宁县: not in units.txt (the county has no 大数据 局/中心; the city-level name was copied)'),
]

mnf = [
    # ---------- deadlines: rule start dates ----------
    N(DL, '提高自主可控水平。自2024年1月1日起', 'rule start dates (自2024年1月1日起 不再新建独立机房; 2024年起 新建系统一律部署在政务信创云), not work due; the year equals task 19 (2023年启动，2024年建成), task 43 (2024 年建成，持续推进) and task 46 (2024年)', '2024年1月1日'),
    N(DI, '提高自主可控水平。自2024年1月1日起', 'start date of a rule, before the issue date (2024-02-26) but in the document\'s own year, not an impossible or pre-issue-year deadline', '2024年1月1日'),
    N(DL, '加强政务信息化项目统筹管理。从2024年7月起', '从2024年7月起实行… is the date a prohibition (no funding without 会商审核) takes effect, not a completion deadline; the related tasks 24 and 25 are due 2023年, which a plan issued in 2024 cannot precede', '2024年7月'),
    N(DL, '整合业务专网。自2024年3月1日起', '自2024年3月1日起 is the start of a prohibition (不得新建非涉密业务专网); the integration deadline 2024年底前 equals task 50 完成时限 2024年', '2024年底前'),
    N(DL, '提升行政执行能力。自2024年4月1日起', 'start date of a rule (公文一律通过协同办公平台流转); task 104 完成时限 2024年, task 105 2024年: same year', '2024年4月1日'),
    N(DL, '切实为基层减负。自2024年9月1日起', '自2024年9月1日起 is a rule start; 2024年底前 压减50% is earlier than task 106 完成时限 2025年', '2024年底前'),
    N(DL, '统筹视频会议资源。', 'the (mistyped) start date of a prohibition lies in 2024, earlier than task 107 完成时限 2025年; it is only an invalid date, not a late one'),
    N(DL, '1\t县直部门原则上不再新建独立机房', 'table column 起始时间 = start date of a rule; task 19 (2023年启动，2024年建成) / task 43 (2024 年建成，持续推进): same year', '2024年1月1日'),
    N(DI, '1\t县直部门原则上不再新建独立机房', 'start date in the issue year, before the issue date; a rule start, not a deadline', '2024年1月1日'),
    N(DL, '2\t新建非涉密政务信息系统一律部署在政务信创云', 'rule start date; task 43 (2024 年建成，持续推进) and task 46 (2024年): same year', '2024年1月1日'),
    N(DI, '2\t新建非涉密政务信息系统一律部署在政务信创云', 'start date in the issue year, before the issue date; not a deadline', '2024年1月1日'),
    N(DL, '3\t不得新建非涉密业务专网', 'rule start date; task 50 完成时限 2024年', '2024年3月1日'),
    N(DL, '4\t非涉密公文一律通过全区统一的协同办公平台流转', 'rule start date; task 104 完成时限 2024年', '2024年4月1日'),
    N(DL, '5\t未经会商审核的政务信息化项目', 'rule start date of a funding prohibition (起始时间 column); tasks 24 and 25 are due 2023年, before the plan was issued, so a start in 2024 is not a late completion deadline', '2024年7月1日'),
    N(DL, '6\t不得新建独立视频会议系统', 'rule start date; task 107 完成时限 2025年 (earlier)', '2024年7月1日'),
    N(DL, '7\t基层统计报表一律通过', 'rule start date; task 106 完成时限 2025年 (earlier)', '2024年9月1日'),
    N(DL, '8\t严禁在互联网和非涉密信息系统中', '长期坚持: an ongoing prohibition, no dated milestone (task 17 完成时限 2023年)', '长期坚持'),
    N(DL, '9\t已纳入全区电子证照库的证照', '长期坚持: ongoing prohibition, no dated milestone (task 85 完成时限 2023年)', '长期坚持'),
    N(DL, '10\t可通过共享获取的数据', '长期坚持: ongoing prohibition (tasks 30/36 完成时限 2023年)', '长期坚持'),
    # ---------- deadlines: equal / earlier / ongoing ----------
    N(DL, '到2024年底，县直部门新建非涉密政务信息系统', 'local 2024 goal; tasks 43 (2024 年建成), 104 (2024年), 105 (2024年): equal; the region\'s own 主要目标 has no 2024 milestone', '2024年底'),
    N(DL, '到2025年，全县数字政府建设体系框架全面成型', 'equal to the region\'s 主要目标 到2025年 "34567" 体系框架全面成型', '2025年'),
    N(DL, '到2035年，与政府治理能力现代化', 'equal to the region\'s 到2035年 goal', '2035年'),
    N(DL, '（一）健全组织机构。调整充实县数字政府建设领导小组', 'county organisation: task 64 (各地参照自治区成立组织机构) 完成时限 2025年, so 2024年3月底前 is earlier; task 60 (2023年) concerns the region\'s own 领导小组 (自治区政府办公厅负责)', '2024年3月底前'),
    N(DL, '各责任单位于2024年3月15日前将本方案任务分解', 'the office\'s own internal date for breaking down this plan into a task ledger, not a regional task deadline', '2024年3月15日'),
    N(DL, '推动产业数字化。', 'task 2 完成时限 "2023 年启动，2024 年取得明显成效": completing milestone 2024 equal'),
    N(DL, '建设智慧园区。', 'task 3 完成时限 "持续推进，2025 年取得明显成效": equal'),
    N(DL, '完善数字经济治理。', 'task 5 完成时限 "持续推进，2025 年取得明显成效": equal'),
    N(DL, '深化数字普惠应用。', 'tasks 6 and 8 "持续推进，2025年取得明显成效", task 7 "2023年形成试点经验，2025年取得明显成效": equal'),
    N(DL, '推进县城“一网统管”。', 'task 9 "持续推进，2025年取得明显成效": equal'),
    N(DL, '推进数字乡村建设。', 'task 10 "持续推进，2025年取得明显成效" and task 11 "2023年完成主要建设任务，2025年取得明显成效": 到2025年 equal', '2025年'),
    N(DL, '培育数据要素市场。', 'task 12 完成时限 2025年: equal', '2025年'),
    N(DL, '强化安全管理责任。', '长期坚持 for tasks 14 and 15 (完成时限 2023年): ongoing duty, no later milestone', '长期坚持'),
    N(DL, '落实安全制度要求。', '长期坚持 for task 17 (2023年) and task 18 ("2023年形成机制，长期坚持"): ongoing, no later milestone', '长期坚持'),
    N(DL, '推动政府职能数字化转型。', 'tasks 20 and 21 完成时限 2024年: equal; task 22 2025年: earlier', '2024年底前'),
    N(DL, '开展试点示范。', 'task 28 "2023年启动，2025年取得明显成效": the completing milestone 2025 is equal (only the start year differs, as the plan is issued in 2024)', '2025年'),
    N(DL, '完善数据管理机制。', '长期坚持 for tasks 30 and 32 (完成时限 2023年): ongoing, no later milestone', '长期坚持'),
    N(DL, '推进公共数据开放利用。', 'tasks 41 and 42 完成时限 2024年: equal', '2024年底前'),
    N(DL, '规范电子公文管理。', 'tasks 40 and 54 完成时限 2024年: 2024年10月底前 is within the year (equal/earlier)', '2024年10月底前'),
    N(DL, '整合视频资源。', 'task 49 完成时限 2025年: equal', '2025年'),
    N(DL, '推广共性应用支撑。', 'task 56 (非税收入收缴电子化全覆盖) 完成时限 2025年: equal', '2025年底前'),
    N(DL, '推进地理信息和信用平台应用。', 'tasks 57 and 58 完成时限 2024年: equal', '2024年底前'),
    N(DL, '强化重点领域追溯监管。', 'task 71 完成时限 2024年: equal', '2024年底前'),
    N(DL, '提升矛盾纠纷化解能力。', 'task 77 完成时限 2024年: equal', '2024年底前'),
    N(DL, '提升社会治安防控和公共安全保障能力。', 'tasks 79 and 80 完成时限 2024年: equal', '2024年底前'),
    N(DL, '提高基层社会治理能力。', 'task 83 完成时限 2025年: equal', '2025年底前'),
    N(DL, '打造泛在可及的服务体系。', 'tasks 84 and 86 完成时限 2024年: equal', '2024年底前'),
    N(DL, '推行免证办和集成办。', '长期坚持 for task 85 (2023年): ongoing prohibition, no later milestone', '长期坚持'),
    N(DL, '优化涉企服务和热线服务。', 'task 89 完成时限 2024年: equal; task 87 "2023年启动，2025年完成": earlier', '2024年底前'),
    N(DL, '拓展公平普惠的民生服务。', 'tasks 93 and 90 完成时限 2024年: equal', '2024年底前'),
    N(DL, '推进生态环境协同治理。', 'task 94 完成时限 2024年: equal; task 95 2025年: earlier', '2024年底前'),
    N(DL, '提高自然资源利用效率。', 'tasks 97 and 98 完成时限 2024年: equal; task 96 2025年: earlier', '2024年底前'),
    N(DL, '推动绿色低碳转型。', 'tasks 101 and 102 完成时限 2025年: equal', '2025年'),
    N(DL, '提升辅助决策能力。', 'task 103 完成时限 2024年: equal', '2024年底前'),
    N(DL, '改进机关事务管理。', 'task 111 完成时限 2025年: equal', '2025年底前'),
    N(DL, '提升政府信息公开水平。', 'tasks 112 and 113 完成时限 2024年: equal', '2024年底前'),
    N(DL, '规范政务新媒体。', 'task 114 完成时限 2024年: equal', '2024年底前'),
    N(DL, '畅通政民互动渠道。', 'task 115 完成时限 2024年: equal', '2024年底前'),
    N(DL, '（五）加强督促落实。', 'the office\'s own recurring reporting dates (每季度末月25日前, 每年11月30日前), not task deadlines'),
    # ---------- deadline-invalid: past dates in the background ----------
    N(DI, '自《宁夏回族自治区2020年“数字政府”建设工作要点》', 'past dates in the background (2022年底 外网县乡覆盖, 2023年 成效): retrospective, not deadlines', '2022年底'),
    N(DI, '截至2023年底，县直部门尚有独立机房', 'a stock-taking date in the background (截至2023年底), not a deadline', '2023年底'),
    N(DI, '2024年2月26日', 'the issue date of the notice'),
    # ---------- basis ----------
    N(BM, '永政办发〔2024〕9号', 'the notice\'s own 文号, not a cited basis document', '永政办发〔2024〕9号'),
    N(BM, '自《宁夏回族自治区2020年“数字政府”建设工作要点》', 'retrospective mention of the 2020 工作要点 with its correct 文号 (宁政办发〔2020〕14号), not cited as a basis', '宁政办发〔2020〕14号'),
    N(BM, '按照宁政发〔2023〕17号文件确定的', 'the regional 实施意见 cited by its correct 文号 alone', '宁政发〔2023〕17号'),
    # ---------- units ----------
    N(UU, '各乡镇人民政府，县政府各部门、各直属机构：', 'addressees: collective subjects', '各乡镇人民政府'),
    N(UU, '（一）健全组织机构。调整充实县数字政府建设领导小组', '县委编办 is in units.txt; 各乡镇人民政府 is a collective', '县委编办'),
    N(UU, '主动对接自治区政府办公厅等上级主管部门', '自治区政府办公厅 named as the upstream counterpart to liaise with, not as lead of a county task; a regional unit of the baseline', '自治区政府办公厅'),
    N(UU, '建设智慧园区。', '县工信商务局 is the listed short name of 县工业信息化和商务局; 望远镇人民政府 is in units.txt', '县工信商务局'),
    N(UU, '推进县城“一网统管”。', '县住建局 is the listed short name of 县住房和城乡建设局', '县住建局'),
    N(UU, '推进数字乡村建设。', '县供销社 is the listed short name of 县供销合作社联合社', '县供销社'),
    N(UU, '培育数据要素市场。', '县发改局 is the listed short name of 县发展和改革局', '县发改局'),
    N(UU, '加强政务信息化项目统筹管理。', '"县发展和改革局、财政局、审计局": the 县 prefix distributes (县财政局, 县审计局); 县数字政府建设领导小组办公室 is in units.txt', '审计局'),
    N(UU, '开展试点示范。', '县直有关部门, 各乡镇（街道） are collective subjects', '各乡镇（街道）'),
    N(UU, '推广共性应用支撑。', '县教体局, 县卫健局 are listed short names', '县教体局'),
    N(UU, '推动监管精准化。', '承担监管职责的县直有关部门 is a collective subject', '承担监管职责的县直有关部门'),
    N(UU, '强化重点领域追溯监管。', '县市场监管局 is the listed short name of 县市场监督管理局', '县市场监管局'),
    N(UU, '提升社会治安防控和公共安全保障能力。', '永宁县消防救援大队 is in units.txt', '永宁县消防救援大队'),
    N(UU, '提高基层社会治理能力。', '各乡镇人民政府, 各村（社区） are collective subjects', '各村（社区）'),
    N(UU, '推行免证办和集成办。', '县审批局 is the listed short name of 县审批服务管理局', '县审批局'),
    N(UU, '推进生态环境协同治理。', '银川市生态环境局永宁分局 (the city bureau\'s county branch) is in units.txt', '银川市生态环境局永宁分局'),
    N(UU, '（一）加强组织领导。县委、县政府', '县委, 县政府 are listed short names of the county party committee and government', '县政府'),
    N(UU, '（二）加大财政投入。', '"县财政局、审计局": prefix distributes to 县审计局', '审计局'),
    N(UU, '（三）提升数字素养。', '"县委组织部、宣传部": prefix distributes to 县委宣传部; 县委党校 is in units.txt', '宣传部'),
    # ---------- pillars ----------
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一', 'why': '五个一/六级贯通 folded into 二、健全“一套体系” (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), lines %d-%d' % (L('（一）健全组织机构。调整充实'), L('（三）完善工作机制。'))},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': '（三）营造良好数字生态, lines %d-%d' % (L('培育数据要素市场。'), L('营造良好网络生态。'))},
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': '六、（二）加大财政投入, line %d' % L('（二）加大财政投入。')},
]

C = lambda t, a: {'task': t, 'line': L(a)}
covers = [
    C(2, '推动产业数字化。'), C(3, '建设智慧园区。'), C(5, '完善数字经济治理。'),
    C(6, '深化数字普惠应用。'), C(8, '深化数字普惠应用。'), C(9, '推进县城“一网统管”。'),
    C(10, '推进数字乡村建设。'), C(11, '推进数字乡村建设。'), C(12, '培育数据要素市场。'),
    C(14, '强化安全管理责任。'), C(15, '强化安全管理责任。'), C(17, '落实安全制度要求。'),
    C(18, '落实安全制度要求。'), C(19, '提高自主可控水平。'), C(20, '推动政府职能数字化转型。'),
    C(21, '推动政府职能数字化转型。'), C(24, '加强政务信息化项目统筹管理。'), C(25, '加强政务信息化项目统筹管理。'),
    C(28, '开展试点示范。'), C(30, '完善数据管理机制。'), C(32, '完善数据管理机制。'),
    C(36, '深化数据高效共享。'), C(41, '推进公共数据开放利用。'), C(42, '推进公共数据开放利用。'),
    C(40, '规范电子公文管理。'), C(54, '规范电子公文管理。'), C(43, '强化政务云支撑。'),
    C(46, '强化政务云支撑。'), C(47, '提升网络支撑能力。'), C(48, '提升网络支撑能力。'),
    C(50, '整合业务专网。'), C(49, '整合视频资源。'), C(52, '推广共性应用支撑。'),
    C(56, '推广共性应用支撑。'), C(57, '推进地理信息和信用平台应用。'), C(58, '推进地理信息和信用平台应用。'),
    C(66, '（一）提升科学精准的经济调节能力。'), C(68, '推动监管精准化。'), C(70, '推动监管精准化。'),
    C(71, '强化重点领域追溯监管。'), C(77, '提升矛盾纠纷化解能力。'), C(79, '提升社会治安防控和公共安全保障能力。'),
    C(80, '提升社会治安防控和公共安全保障能力。'), C(83, '提高基层社会治理能力。'), C(84, '打造泛在可及的服务体系。'),
    C(86, '打造泛在可及的服务体系。'), C(85, '推行免证办和集成办。'), C(89, '优化涉企服务和热线服务。'),
    C(87, '优化涉企服务和热线服务。'), C(93, '拓展公平普惠的民生服务。'), C(90, '拓展公平普惠的民生服务。'),
    C(94, '推进生态环境协同治理。'), C(96, '提高自然资源利用效率。'), C(97, '提高自然资源利用效率。'),
    C(98, '提高自然资源利用效率。'), C(101, '推动绿色低碳转型。'), C(102, '推动绿色低碳转型。'),
    C(103, '提升辅助决策能力。'), C(104, '提升行政执行能力。'), C(105, '提升行政执行能力。'),
    C(106, '切实为基层减负。'), C(107, '统筹视频会议资源。'), C(108, '强化行政监督。'),
    C(111, '改进机关事务管理。'), C(112, '提升政府信息公开水平。'), C(113, '提升政府信息公开水平。'),
    C(114, '规范政务新媒体。'), C(115, '畅通政民互动渠道。'), C(116, '（一）加强组织领导。县委、县政府'),
    C(118, '（三）提升数字素养。'), C(120, '（三）提升数字素养。'), C(123, '（四）强化考核评价。'),
    C(124, '（四）强化考核评价。'), C(64, '（一）健全组织机构。调整充实'),
]

key = {
    'writer': 'blind writer, round 553; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
    'notes': ('永宁县 (银川市) county plan issued 2024-02-26 by 县政府办公室, checked against ningxia-2023 with no parent plan. '
              'Many measures are rules that take effect at a date (自…起 / 从…起 / 2024年起 + 不得 / 严禁 / 一律), also collected in the attachment table whose 起始时间 column is a start date, not a 完成时限. '
              'Judgement call: the project-funding prohibition (line %d and table row line %d) starts 2024年7月 while the related tasks 24/25 are due 2023年; the key treats a rule start in a plan issued in 2024 as not a late deadline. '
              'Line %d also cites 国发〔2022〕14号 and 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） correctly (the latter as in the 吴忠 plan); only 宁政发〔2022〕17号 on that line is wrong. '
              'No garbled text; task-uncovered is not annotated (several county-relevant tasks, e.g. 92 多卡合一 and 110 预算一体化, are not taken up).')
             % (L('加强政务信息化项目统筹管理。'), L('5\t未经会商审核'), L('根据《国务院关于加强数字政府建设的指导意见》')),
}
# no mustNotFlag may share line+rule with an expect entry
ex = {(e['rule'], e['line']) for e in expect}
for m in mnf:
    assert (m['rule'], m['line']) not in ex, m
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
