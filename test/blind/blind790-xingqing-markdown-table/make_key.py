#!/usr/bin/env python3
"""Builds key.json for blind790 from draft.txt; every line number is located by a
substring (must occur on exactly one line, or the nth line given) and checked."""
import json, sys

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def ln(sub, must=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    if len(hits) != 1:
        sys.exit(f'not unique: {sub!r} -> {hits}')
    n = hits[0]
    if must is not None:
        for m in (must if isinstance(must, list) else [must]):
            assert m in lines[n - 1], (m, n)
    return n

def row(k):
    return ln(f'| {k} | ')

E, M, C = [], [], []
def exp(rule, line, why, **kw):
    d = {'rule': rule, 'line': line}; d.update(kw); d['why'] = why; E.append(d)
def mnf(rule, line, why, text=None):
    d = {'rule': rule, 'line': line}
    if text is not None:
        assert text in lines[line - 1], (text, line)
        d['text'] = text
    d['why'] = why; M.append(d)
def cov(task, line):
    C.append({'task': task, 'line': line})

# ---------------- expect ----------------
L = ln('宁政办发〔2023〕17号')
exp('basis-mismatch', L, '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the office series — wrong 文号 for this title. Line 106 cites it correctly.', text='宁政办发〔2023〕17号')
L = ln('2024年6月31日前')
exp('deadline-invalid', L, 'June has 30 days: 2024年6月31日 is an impossible date (task 41 公共数据开放目录, regional 完成时限 2024年, so the year itself is not late).', text='2024年6月31日')
L = row(8)
assert '2025年6月底前' in lines[L - 1]
exp('deadline-later-than-baseline', L, 'electronic government extranet to 乡镇（街道）、村（社区）: task 48 (城域网升级改造，推进区市县乡村5级全覆盖, 各市、县（区）具体负责) 完成时限 2024年; also task 47 (外网升级改造) 2024年. 2025年6月底前 is later.', text='2025年6月底前')
L = row(19)
exp('unknown-unit', L, 'lead unit of a 兴庆区 task is 金凤区审批服务管理局 — the neighbouring district\'s bureau (copied row), not in units.txt nor a regional unit; should be 区审批服务管理局.', text='金凤区审批服务管理局')
L = ln('鍔犲揩鎺ㄨ繘鏈哄叧浜嬪姟')
exp('garbled-text', L, 'UTF-8 bytes read as GBK: 鍔犲揩鎺ㄨ繘鏈哄叧浜嬪姟 = 加快推进机关事务 (re-encode as GBK, decode as UTF-8).', text='鍔犲揩鎺ㄨ繘')
exp('missing-pillar', 0, 'section 四 develops only 数字经济 (一) and 数字社会 (二); the third 驱动, 数字生态 (数据要素市场、数据交易、政策环境、网络生态), is absent from the whole draft — no heading and no content.', pillar='数字生态')
exp('task-uncovered', 0, 'consequence of the missing 数字生态 pillar: task 12 (培育数据要素市场, 各市、县（区）配合, 2025年) is not taken up anywhere.', task=12)

# ---------------- mustNotFlag: basis ----------------
L = ln('国发〔2022〕14号')
mnf('basis-mismatch', L, 'correct title and 文号 of the national guiding opinion', '国发〔2022〕14号')
mnf('basis-mismatch', L, '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as in the 吴忠 plan (seeds); an office-series document, correctly numbered', '宁政办发〔2023〕11号')
L = ln('宁政办发〔2020〕14号')
mnf('basis-mismatch', L, 'retrospective mention of the 2020 工作要点 in 工作基础 (since it was issued…), not cited as a basis; title and 文号 match', '宁政办发〔2020〕14号')
L = ln('对照宁政发〔2023〕17号附件2')
mnf('basis-mismatch', L, 'correct 文号 of the regional 实施意见 and the exact title of its 附件2 task list', '宁政发〔2023〕17号')
mnf('deadline-invalid', L, 'the period in the title of the regional task list (2023年—2025年), not a deadline', '2023年—2025年')

# ---------------- mustNotFlag: past dates / own dates ----------------
L = ln('- 2023年，区级政务信息系统')
mnf('deadline-invalid', L, 'background: work done in 2023 (task 30 目录 was due 2023 and was met), a past date, not a deadline', '2023年')
L = ln('截至2023年底')
mnf('deadline-invalid', L, 'background statistic as of end-2023, not a deadline', '截至2023年底')
L = ln('2023年6月，区数字政府建设领导小组')
mnf('deadline-invalid', L, 'background: past event', '2023年6月')
L = ln('2024年12月10日前报送年度工作总结')
mnf('deadline-later-than-baseline', L, "the office's own reporting dates (每季度末月20日前, 2024年12月10日前 年度总结), not task deadlines", '2024年12月10日前')
L = ln('2024年3月18日')
mnf('deadline-invalid', L, 'issuing date of the plan, not a deadline', '2024年3月18日')

# ---------------- mustNotFlag: goals ----------------
L = ln('- 到2024年底，区级非涉密政务信息系统')
mnf('deadline-later-than-baseline', L, 'goal 到2024年底: 信创云迁移 = task 43 (2024年建成，持续推进) / task 19 (2023年启动，2024年建成), equal; 网上可办 = task 84 (2024年), equal; 填表报数压减 = task 106 (2025年), earlier. No regional 2023 goal is restated here.', '到2024年底')
L = ln('- 到2025年，全区数字政府建设体系框架全面成型')
mnf('deadline-later-than-baseline', L, 'goal equal to the regional 主要目标 到2025年 “34567”体系框架全面成型', '到2025年')

# ---------------- mustNotFlag: table deadlines ----------------
td = {
 1: ('2024年6月底前', 'task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) 完成时限 2025年: earlier'),
 2: ('2024年12月底前', 'task 9 (一网统管, 各县（市、区）配合) 持续推进，2025年取得明显成效: earlier'),
 3: ('持续推进，2025年取得明显成效', 'task 6 (服务数字化, 各市、县（区）负责) 持续推进，2025年取得明显成效: equal'),
 4: ('2025年', 'task 10 (数字乡村) 持续推进，2025年取得明显成效: completing milestone 2025 equal'),
 5: ('2024年12月底前', 'task 22 (审管协同) 2025年: earlier'),
 6: ('2024年12月底前', 'tasks 33/34 (基础库、主题库) 2024年: equal'),
 7: ('2024年12月底前', 'task 43 (信创云, 2024 年建成，持续推进) and task 46 (系统迁移, 2024 年): equal'),
 9: ('2024年11月底前', 'task 50 (专网整合迁移) 2024 年: equal year'),
 10: ('2024年10月底前', 'task 54 (电子文件归档、电子档案, 各市、县（区）具体负责) 2024年; task 40 2024年: equal year'),
 11: ('2024年12月底前', 'task 56 (非税收入收缴电子化) 2025年: earlier'),
 12: ('2024年', 'task 57 (信用信息公共服务平台) 2024年: equal'),
 13: ('2024年12月底前', 'task 70 (企业信用风险分类, 双随机差异化监管) 2024年: equal'),
 14: ('2024年', 'task 77 (矛盾纠纷多元化解) 2024年: equal'),
 15: ('2024年12月底前', 'task 79 (雪亮工程) 2024年: equal'),
 16: ('2024年', 'task 80 (智慧应急) 2024年: equal'),
 17: ('2025年', 'task 83 (互联网+基层治理) 2025年: equal'),
 18: ('2024年12月底前', 'task 84 (一体化政务服务, 四个办) 2024年: equal'),
 19: ('2024年', 'task 89 (企业专属网页, 惠企政策精准推送) 2024年: equal (the row\'s unit is wrong, not its date)'),
 20: ('2024年', 'task 93 (适老化与信息无障碍) 2024年: equal'),
 21: ('2025年', 'task 95 (生态环境数据资源综合开发利用) 2025年: equal'),
 22: ('2024年12月底前', 'task 106 (填表报数系统) 2025年: earlier'),
 23: ('2025年', 'task 111 (机关事务管理信息系统整合) 2025年: equal'),
 24: ('2024年', 'task 114 (政务新媒体矩阵) 2024年: equal'),
 25: ('2024年', 'task 115 (以12345热线为枢纽的政民互动) 2024年: equal; task 87 (12345) 2023年启动，2025年完成: earlier'),
}
for k, (d, why) in td.items():
    L = row(k)
    assert lines[L - 1].rstrip().endswith('| ' + d + ' |'), (k, lines[L - 1])
    mnf('deadline-later-than-baseline', L, why, d)

# ---------------- mustNotFlag: units ----------------
mnf('unknown-unit', row(1), 'collective subject', '各乡镇（街道）')
mnf('unknown-unit', row(1), 'official short name of 区人民政府办公室 in units.txt', '区政府办公室')
mnf('unknown-unit', row(2), 'prefix 区 distributes over the list: 区应急管理局 is in units.txt', '应急管理局')
mnf('unknown-unit', row(2), 'a registered name containing 和; never split', '区住房城乡建设和交通局')
mnf('unknown-unit', row(3), 'prefix distributes: 区卫生健康局, 区民政局 are in units.txt', '卫生健康局')
mnf('unknown-unit', row(3), 'collective subject', '区直有关部门（单位）')
mnf('unknown-unit', row(5), 'official short names in units.txt (区市场监督管理局, 区住房城乡建设和交通局)', '区住建交通局')
mnf('unknown-unit', row(8), 'collective subjects', '各村（社区）')
mnf('unknown-unit', row(11), 'prefix 区 distributes to a short name: 区卫健局 = 区卫生健康局', '卫健局')
mnf('unknown-unit', row(12), 'short names in units.txt: 区发改局 = 区发展改革局; 兴庆区税务局 = 国家税务总局银川市兴庆区税务局', '兴庆区税务局')
mnf('unknown-unit', row(14), 'short name in units.txt (银川市公安局兴庆区分局); 信访局 takes the 区 prefix of 区司法局', '兴庆公安分局')
mnf('unknown-unit', row(15), 'collective subjects', '各街道办事处、各乡镇人民政府')
mnf('unknown-unit', row(16), 'listed in units.txt (驻区单位)', '兴庆区消防救援大队')
mnf('unknown-unit', row(21), 'short names in units.txt for 银川市生态环境局兴庆分局, 银川市自然资源局兴庆分局, 区农业农村和水务局', '生态环境兴庆分局')
mnf('unknown-unit', row(20), 'short name in units.txt for 区审批服务管理局', '区审批局')
L = ln('各乡镇（街道）、区直各部门（单位）要将')
mnf('unknown-unit', L, 'collective subjects', '区直各部门（单位）')
L = ln('兴庆区人民政府办公室')
mnf('unknown-unit', L, 'issuing office, listed in units.txt as a name of 区人民政府办公室', '兴庆区人民政府办公室')

# ---------------- mustNotFlag: garbled ----------------
L = ln('|---|---|---|---|---|')
mnf('garbled-text', L, 'Markdown table separator row, not damaged text', '|---|')
L = ln('（“1244+N”')  if any('（“1244+N”' in l for l in lines) else ln('“1244+N”')
mnf('garbled-text', L, 'the official name 数字宁夏“1244+N”, not damage', '1244+N')

# ---------------- covers ----------------
cov(3, ln('提升园区和楼宇智慧化水平'))
cov(5, ln('完善数字经济治理'))
cov(6, row(3))
cov(8, ln('推广“互联网+医疗健康”'))
cov(9, row(2))
cov(10, row(4))
cov(14, ln('强化安全管理责任'))
cov(17, ln('落实安全制度要求'))
cov(18, ln('提升安全防护能力'))
cov(21, ln('推动各类行政权力事项网上运行'))
cov(22, row(5))
cov(24, ln('健全政务信息化建设管理会商机制'))
cov(25, ln('将数字政府建设经费纳入年度预算'))
cov(28, ln('围绕重点领域、关键环节开展试点示范'))
cov(30, ln('完善数据管理机制'))
cov(32, ln('完善数据管理机制'))
cov(33, row(6))
cov(34, row(6))
cov(36, ln('深化数据高效共享'))
cov(41, ln('推进公共数据开放'))
cov(43, row(7))
cov(48, row(8))
cov(50, row(9))
cov(51, ln('加强共性应用支撑能力'))
cov(54, row(10))
cov(56, row(11))
cov(57, row(12))
cov(64, row(1))
cov(66, ln('依托自治区经济运行大数据平台'))
cov(68, ln('推行“照单监管”'))
cov(70, row(13))
cov(71, ln('加强食品药品、特种设备等重点领域数字化追溯监管'))
cov(74, ln('加强食品药品、特种设备等重点领域数字化追溯监管'))
cov(77, row(14))
cov(79, row(15))
cov(80, row(16))
cov(83, row(17))
cov(84, row(18))
cov(85, ln('推行政务服务事项“集成办”“免证办”'))
cov(89, row(19))
cov(93, row(20))
cov(94, ln('依托生态环境数据资源中心'))
cov(95, row(21))
cov(102, ln('推进水、气、土、废污染防治攻坚'))
cov(104, ln('依托全区统一的协同办公平台和“宁政通”'))
cov(105, ln('依托全区统一的协同办公平台和“宁政通”'))
cov(106, row(22))
cov(111, row(23))
cov(112, ln('进一步完善政务公开信息化平台'))
cov(114, row(24))
cov(115, row(25))
cov(116, ln('纳入“一把手工程”'))
cov(118, ln('依托区委党校'))
cov(122, ln('纳入区效能目标管理考核'))
cov(123, ln('纳入区效能目标管理考核'))

key = {
 'writer': 'blind writer, round 790; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': E,
 'mustNotFlag': M,
 'covers': C,
 'notes': ('兴庆区（银川市辖区）2024年实施方案 in Markdown: # headings, - lists, and a Markdown task table '
           '(| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |, line 108, separator line 109, rows 110-134). '
           'No parent plan (银川市 plan not supplied); units are the district registry units.txt. '
           'Six planted slips of different kinds (basis 文号, impossible date, late table deadline, neighbour-district unit, '
           'mojibake, missing 数字生态 pillar) plus task 12 uncovered as a consequence of the missing pillar. '
           'Tasks whose regional deadline is 2023 (14, 17, 18, 25, 30, 32, 36, 85, 116, 118, 122, 123) are taken up in the body '
           'without any date, so no 2024 deadline is set against a 2023 regional deadline. '
           'The table note says the first-listed lead is the main lead (row 15 has two leads).'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers;', len(lines), 'lines')
