#!/usr/bin/env python3
# Builds key.json from draft.txt, locating every entry's line by its text (1-based) and checking it.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(needle, nth=0, start=None):
    hits = [i + 1 for i, t in enumerate(L) if needle in t and (start is None or t.startswith(start))]
    assert hits, needle
    return hits[nth]

def row(n):  # task-list row by its 序号
    return ln('', start=f'{n}\t')

E, M, C = [], [], []
def e(rule, line, why, **kw): E.append(dict(rule=rule, line=line, **kw, why=why))
def m(rule, line, why, **kw): M.append(dict(rule=rule, line=line, **kw, why=why))

# ---------------- planted mistakes ----------------
e('basis-mismatch', ln('宁政发〔2023〕71号'), 'the regional 实施意见 is 宁政发〔2023〕17号 (digits transposed; the preamble on line 10 has it right)', text='宁政发〔2023〕71号')
e('deadline-later-than-baseline', ln('到2026年'), '主要目标: the region sets 到2025年 for the framework being 全面成型 (“34567”体系框架全面成型); the zone puts the same goal in 2026', text='2026年')
e('deadline-later-than-baseline', row(13), 'task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年; row 13 says 2025年底前 (the draft itself says 2024年底前 on lines 19 and 43)', text='2025年底前')
e('deadline-invalid', row(24), 'impossible date: September has 30 days (task 89 完成时限 2024年, so the year itself is not late)', text='9月31日')
e('unknown-unit', row(11), 'a regional body named as the lead of a local task (copied from the regional cell of task 43); not a zone or city unit', text='自治区政府办公厅')
e('unknown-unit', row(12), "吴忠's name for its big-data bureau, copied from another plan; not in units.txt (the city body is 市大数据服务中心)", text='市大数据管理服务局')
e('garbled-text', ln('寤虹珛鍋ュ叏'), 'UTF-8 read as GBK: 建立健全政务数据供需对接机制', text='寤虹珛鍋ュ叏鏀垮姟鏁版嵁')

# ---------------- near misses ----------------
U = 'unknown-unit'; D = 'deadline-later-than-baseline'; I = 'deadline-invalid'; B = 'basis-mismatch'
m(U, row(1), 'official short name of 高新区经济发展局 (units.txt alias)', text='经发局')
m(U, row(8), 'official short name of 高新区党政办公室 (units.txt alias)', text='党政办')
m(U, ln('财审局'), 'short name of 高新区财政审计局 (units.txt alias)', text='财审局')
m(U, row(2), 'enterprise in the zone named in the task content, not a responsible unit', text='中色（宁夏）东方集团有限公司')
m(U, row(2), 'enterprise in the zone named in the task content, not a responsible unit', text='宁夏天地奔牛实业集团有限公司')
m(U, ln('东方钽业'), 'enterprises in the zone named in the background', text='东方钽业')
m(U, row(6), 'colloquial alias of 市发展改革委, a city body cooperating (in units.txt)', text='市发改委')
m(U, row(9), 'city body cooperating (in units.txt)', text='市大数据服务中心')
m(U, row(23), 'city body cooperating (in units.txt)', text='市审批服务管理局')
m(U, row(3), 'dispatched body listed in units.txt as one name; must not be split into 市市场监管局 + 高新区分局', text='市市场监管局高新区分局')
m(U, row(20), 'dispatched body in units.txt', text='石嘴山市公安局高新区分局')
m(U, row(13), 'town and sub-district in the zone (units.txt)', text='星海镇人民政府')
m(U, row(7), 'collective subject', text='管委会各部门（单位）')
m(U, ln('区内各企业'), 'collective addressees', text='区内各企业')
m(U, ln('配合市直有关部门'), 'collective subject', text='市直有关部门')
m(U, ln('报送领导小组办公室'), "the zone's own leading-group office (units.txt)", text='领导小组办公室')
m(D, ln('2024年，智慧园区'), 'goal: 电子政务外网 full coverage in 2024 equals task 48 (2024年)', text='2024年')
m(D, ln('2024年底前实现电子政务外网覆盖'), 'equal to task 48 (2024年)', text='2024年底前')
m(D, ln('到2035年'), 'equal to the regional 2035 goal', text='2035年')
m(D, row(1), 'task 3 完成时限 持续推进，2025年取得明显成效: equal')
m(D, row(2), 'task 2 完成时限 2023年启动，2024年取得明显成效: equal completing milestone')
m(D, row(8), 'task 28 完成时限 2023年启动，2025年取得明显成效: equal')
m(D, row(11), 'task 43 完成时限 2024年建成，持续推进 (also 19: 2024年建成, 46: 2024年): equal')
m(D, row(14), 'task 49 完成时限 2025年 (task 81 also 2025年): equal')
m(D, row(15), 'task 52 完成时限 2025年: earlier', text='2024年底前')
m(D, row(17), 'task 64 完成时限 2025年: earlier', text='2024年6月底前')
m(D, row(24), 'task 89 完成时限 2024年: the month is within 2024 (the date is impossible, see expect)')
m(D, row(31), 'task 121 完成时限 长期坚持: equal', text='长期坚持')
m(I, ln('2013年'), 'past date in the background', text='2013年')
m(I, ln('2022年底实现'), 'past achievement in the background, not a deadline', text='2022年底')
m(I, ln('每年6月25日'), "the office's own recurring reporting dates", text='6月25日')
m(B, ln('宁政办发〔2020〕14号'), 'retrospective mention of the 2020 工作要点 with its correct 文号, not cited as basis', text='宁政办发〔2020〕14号')
m(B, ln('石高管发〔2024〕11号'), "the document's own 文号", text='石高管发〔2024〕11号')
m(B, ln('（国发〔2022〕14号）'), 'correct title and 文号 of the national 指导意见 and the regional 实施意见', text='国发〔2022〕14号')
M.append(dict(rule='missing-pillar', line=0, pillar='五个一和六级贯通', why='folded into 一套体系 (section 五: 健全组织机构、厘清层级职责、完善工作机制), as 吴忠 does'))

# ---------------- covers ----------------
cov = [(2, row(2)), (3, row(1)), (5, row(3)), (6, row(4)), (9, ln('一网统管')), (10, row(5)), (12, row(6)),
       (14, ln('强化安全管理责任')), (15, ln('强化安全管理责任')), (18, ln('提升安全防护能力')), (21, row(7)),
       (25, ln('加大资金保障')), (28, row(8)), (30, ln('完善数据管理机制')), (32, ln('完善数据管理机制')),
       (41, row(9)), (42, row(10)), (43, row(11)), (47, row(12)), (48, row(13)), (49, row(14)),
       (50, ln('非涉密业务专网')), (52, row(15)), (54, row(16)), (64, row(17)), (66, row(18)), (70, row(19)),
       (72, ln('互联网+监管”系统对接')), (79, row(20)), (80, row(21)), (83, row(22)), (84, row(23)),
       (85, ln('推行“免证办”')), (89, row(24)), (93, row(25)), (94, row(26)), (102, row(27)),
       (104, row(28)), (105, row(28)), (106, row(29)), (107, ln('视频会议平台')), (112, row(30)), (114, row(30)),
       (115, ln('12345政务服务便民热线')), (116, ln('一把手工程')), (118, ln('数字化能力培训')), (121, row(31)),
       (124, ln('督促检查和经验交流'))]
C = [dict(task=t, line=l) for t, l in cov]

# sanity: every text is on its line
for x in E + M:
    if x['line'] and 'text' in x:
        assert x['text'] in L[x['line'] - 1], x
key = dict(
    writer='blind writer, round 413; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    written='2026-12-06', draft='draft.txt', baseline='ningxia-2023', build=None, parents=[], units='units.txt',
    planYear=2024, expect=E, mustNotFlag=M, covers=C,
    notes=('石嘴山高新区 plan issued by its 管委会 on 2024-04-18, basis 宁政发〔2023〕17号, no parent plan. '
           'Tasks the region dates 2023 (14, 15, 18, 30, 32, 36, 116, 118, 124 …) are taken up in the body without a deadline, '
           'so no 2024 date competes with a 2023 regional one. Task 36 is taken up on the garbled line 39 only and is not listed in covers. '
           'Row 6 (数据要素流通交易) is task 12 (2025年), not task 13 (2024年). Row 31 (每年制定工作要点和考核指标) is task 121 (长期坚持); task 116 (2023年完成并长期坚持) is taken up on line 58.'))
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
for x in E: print(x['rule'], x['line'], x.get('text'))
