# Helper kept in the case folder: builds key.json with line numbers looked up in draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, nth=0, must_contain=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l and (must_contain is None or must_contain in l)]
    assert hits, sub
    return hits[nth]

def only(sub, must_contain=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l and (must_contain is None or must_contain in l)]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def check(line, text):
    assert text in L[line - 1], (line, text)
    return line

E = []
def exp(rule, line, text=None, why='', **kw):
    if text is not None:
        check(line, text)
    d = {'rule': rule, 'line': line}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    E.append(d)

exp('basis-mismatch', only('宁政发〔2023〕71号'), '宁政发〔2023〕71号',
    'the 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 71 is a transposition of 17')
exp('garbled-text', only('鏀垮姟鏁版嵁'), '鏀垮姟鏁版嵁鍒嗙被鍒嗙骇',
    'UTF-8 bytes read as GBK: 鏀垮姟鏁版嵁鍒嗙被鍒嗙骇鏍囧噯 re-encoded as GBK and decoded as UTF-8 is 政务数据分类分级标准')
row13 = only('开展城域网接入升级改造', must_contain='\t')
exp('deadline-invalid', row13, '2023年9月底前',
    'task table row 13 (城域网接入升级改造、电子政务外网延伸覆盖 = regional task 48, 完成时限 2024年); the plan is issued 2024年3月18日 for 2024, so a 2023 deadline lies before the document\'s own year and is not a copied regional deadline (task 48 is 2024); body line ' + str(only('2.提升网络支撑能力')) + ' gives 2024年9月底前 for the same work')
exp('unknown-unit', only('经开区安监局'), '经开区安监局',
    'not in units.txt; the zone body for 安全生产/应急 is 经开区应急管理局 (body line ' + str(only('1.推进园区“智慧应急”')) + '); 安监局 is an old name')
row31 = only('自治区政府办公厅牵头，经开区党政办公室配合')
exp('unknown-unit', row31, '自治区政府办公厅',
    'a regional body named as the lead (牵头) of a zone task (宁政通 = regional task 105) in the zone\'s own task table; the body line ' + str(only('2.推广“宁政通”')) + ' gives 经开区党政办公室 alone')
row27 = only('适老化与信息无障碍改造', must_contain='\t')
exp('deadline-later-than-baseline', row27, '2025年6月底前',
    'task table row 27 = regional task 93 (适老化与信息无障碍建设), 完成时限 2024年; 2025年6月底前 is later')

M = []
def mnf(rule, line, why, text=None):
    if text is not None:
        check(line, text)
    d = {'rule': rule, 'line': line}
    if text is not None:
        d['text'] = text
    d['why'] = why
    M.append(d)

mnf('basis-mismatch', 2, 'the draft\'s own 文号 (a 管委会 document number), not a cited basis document', '银经开管发〔2024〕12号')
mnf('basis-mismatch', 4, 'the draft\'s own title in the 印发 notice, not a basis document', '银川经济技术开发区2024年数字政府建设实施方案')
mnf('basis-mismatch', 9, 'correct title and 文号 of the national guiding opinion', '国发〔2022〕14号')
mnf('basis-mismatch', 9, 'correct title and 文号 of 数字宁夏“1244+N”行动计划实施方案, cited the same way in the 吴忠 plan', '宁政办发〔2023〕11号')
mnf('basis-mismatch', only('宁政办发〔2020〕14号'), 'retrospective mention of the 2020 工作要点 in 工作基础 (what the zone did since 2020), correct 文号, not cited as a basis', '宁政办发〔2020〕14号')
mnf('deadline-invalid', only('宁政办发〔2020〕14号'), 'past dates in the background section (2020年以来, 2023年 建成一期), not deadlines', '2023年')
mnf('deadline-invalid', only('2024年2月29日'), '2024 is a leap year; a past event date in the background, not a deadline', '2024年2月29日')
mnf('deadline-later-than-baseline', only('（三）主要目标。'), '2024 goals: 智慧园区 (task 3, 2025), 信创云迁移 (task 43, 2024), 外网覆盖 (task 48, 2024), 网上办掌上办 (task 84, 2024) — equal or earlier', '2024年底前')
mnf('deadline-later-than-baseline', only('到2025年，经开区数字政府建设'), 'equal to the region\'s 主要目标 到2025年 “34567”体系框架全面成型', '到2025年')
mnf('deadline-later-than-baseline', only('1.推进智慧园区建设'), 'task 3 is 持续推进，2025年取得明显成效; equal', '2025年取得明显成效')
mnf('deadline-later-than-baseline', only('2.推动企业上云用数赋智'), 'task 2 is 2023年启动，2024年取得明显成效; 2024年12月底前 is equal', '2024年12月底前')
mnf('deadline-later-than-baseline', only('1.推进园区“一网统管”'), 'task 9 is 持续推进，2025年取得明显成效; 2024年10月底前 is earlier', '2024年10月底前')
mnf('deadline-later-than-baseline', only('2.推进园区服务数字化'), 'task 6 持续推进，2025年取得明显成效; copied, equal', '持续推进，2025年取得明显成效')
mnf('deadline-later-than-baseline', only('1.培育数据要素市场主体'), 'task 12 is 2025年; 2025年6月底前 is within 2025, not later', '2025年6月底前')
mnf('deadline-later-than-baseline', only('2.强化审管协同'), 'task 22 is 2025年; 2024年12月底前 is earlier', '2024年12月底前')
mnf('deadline-invalid', only('3.推进公共数据开放'), '30 November exists; task 41 is 2024年, equal year', '2024年11月30日前')
mnf('deadline-later-than-baseline', only('4.推广电子证照和电子印章'), 'tasks 52 (2025年) and 53 (2024年); 2024年12月底前 is not later than either', '2024年12月底前')
mnf('deadline-later-than-baseline', only('2.提升网络支撑能力'), 'body line for tasks 47/48 (2024年): 2024年9月底前 is earlier; only the task-table row has the wrong year', '2024年9月底前')
mnf('deadline-later-than-baseline', only('（一）健全组织机构。参照'), 'task 64 is 2025年; 2024年6月底前 is earlier', '2024年6月底前')
mnf('deadline-later-than-baseline', only('成立经开区数字政府建设领导小组，健全工作体制机制'), 'task-table row 18 takes up task 64 (各地各部门参照自治区做法成立相应的组织机构，健全工作体制机制; 2025年), not task 60 (the autonomous region\'s own 领导小组, 2023年); 2024年6月底前 is earlier', '2024年6月底前')
mnf('deadline-later-than-baseline', only('2.推进碳排放监测和能耗管理'), 'task 101 is 2025年; equal', '2025年')
mnf('deadline-later-than-baseline', only('3.推进基层填表报数减负'), 'task 106 is 2025年; equal', '2025年')
mnf('deadline-later-than-baseline', only('4.推进视频会议资源整合'), 'task 107 is 2025年; 2024年 is earlier', '2024年')
mnf('deadline-invalid', only('2023年形成机制，长期坚持'), 'copied regional deadline of task 18 (2023年形成机制，长期坚持); it lies before the plan year but is the region\'s own wording for an ongoing duty', '2023年形成机制，长期坚持')
mnf('deadline-invalid', only('2023年完成并长期坚持'), 'copied regional deadline of task 116 (2023年完成并长期坚持)', '2023年完成并长期坚持')
mnf('deadline-later-than-baseline', only('纳入经开区年度目标管理考核。'), '长期坚持 with no completion year; tasks 121 (长期坚持) and 122 (2023 年完成，长期坚持) are standing duties, nothing later is promised', '长期坚持')
mnf('deadline-later-than-baseline', only('每季度末月25日前'), 'the office\'s own reporting dates (quarterly reports, annual summary due 2025年1月10日), not task deadlines', '2025年1月10日前')
mnf('unknown-unit', 3, 'collective addressee of the notice (管委会各部门（单位）)', '管委会各部门（单位）')
mnf('unknown-unit', only('1.落实安全管理责任'), 'collective subject with the zone prefix', '经开区各部门（单位）')
mnf('unknown-unit', only('3.完善数字经济治理'), 'collective subject 银川市有关部门 in the text', '银川市有关部门')
mnf('unknown-unit', only('3.加强项目统筹管理'), 'prefix distributes: 经开区经济发展局、财政局 = 经开区经济发展局, 经开区财政局, both in units.txt', '经开区经济发展局、财政局')
mnf('unknown-unit', only('经开区综合执法局、规划建设局', must_contain='\t'), 'prefix distributes: 经开区规划建设局 is in units.txt', '经开区综合执法局、规划建设局')
mnf('unknown-unit', only('经开区行政审批服务局、数字化发展服务中心'), 'prefix distributes: 经开区数字化发展服务中心 is in units.txt', '经开区行政审批服务局、数字化发展服务中心')
mnf('unknown-unit', only('2.推动企业上云用数赋智'), 'official short name: 经开区工信局 = 经开区工业和信息化局 in units.txt', '经开区工信局')
mnf('unknown-unit', only('2.强化审管协同'), 'official short name: 经开区审批局 = 经开区行政审批服务局 in units.txt', '经开区审批局')
mnf('unknown-unit', only('4.规范电子公文管理'), 'short name: 经开区党政办 = 经开区党政办公室 in units.txt', '经开区党政办')
mnf('unknown-unit', only('3.加强重点领域追溯监管'), 'short name: 市场监管经开区分局 = 银川市市场监督管理局经开区分局 in units.txt', '市场监管经开区分局')
mnf('unknown-unit', only('2.加强园区治安防控'), 'branch of a 银川市 body stationed in the zone; listed whole in units.txt, not to be split', '银川市公安局经开区分局')
mnf('unknown-unit', only('1.强化园区生态环境智能监测'), 'branch of a 银川市 body stationed in the zone; listed in units.txt', '银川市生态环境局经开区分局')
mnf('unknown-unit', only('1.推进园区“一网统管”'), '银川市 body in units.txt, named as guiding (指导), not as lead; the lead is 经开区综合执法局', '银川市城市管理局')
mnf('unknown-unit', only('2.深化数据高效共享'), '银川市大数据管理服务局 is in units.txt; a city body named as guiding (指导), not as lead', '银川市大数据管理服务局')
mnf('unknown-unit', only('4.深化“一业一证”改革'), 'short name: 银川市审批局 = 银川市审批服务管理局 in units.txt', '银川市审批局')
mnf('unknown-unit', only('经开区经济发展局、银川市发展改革委', must_contain='\t'), 'city body in units.txt as second (cooperating) unit; the zone body is listed first and leads', '银川市发展改革委')
mnf('unknown-unit', only('2.提升安全防护能力'), 'city body in units.txt (银川市委网信办) named as guiding', '银川市委网信办')
mnf('unknown-unit', only('经开区党工委'), 'zone Party working committee, in units.txt', '经开区党工委')
mnf('unknown-unit', only('2.实施差异化监管'), 'the regional 双随机、一公开 platform is named as a platform, not a responsible unit', '自治区“双随机、一公开”综合监管平台')
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '六级贯通', 'why': '五个一/六级贯通 taken up in section 四 (line %d 健全组织机构 referencing 五个一, line %d 厘清层级职责 with 六级贯通, line %d 完善工作机制), adapted to a zone' % (only('（一）健全组织机构。参照'), only('（二）厘清层级职责'), only('（三）完善工作机制'))})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': '数字生态 has its own section 二(三), lines %d-%d' % (only('（三）营造良好数字生态'), only('2.营造安全可靠的发展环境'))})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': '党的领导 section 六 keeps all four items: 组织领导, 加大财政投入 (line %d), 提升数字素养, 强化考核评价' % only('（二）加大财政投入')})

covers_spec = [
    (3, '1.推进智慧园区建设'), (2, '2.推动企业上云用数赋智'), (5, '3.完善数字经济治理'),
    (9, '1.推进园区“一网统管”'), (6, '2.推进园区服务数字化'), (12, '1.培育数据要素市场主体'),
    (14, '1.落实安全管理责任'), (15, '1.落实安全管理责任'), (18, '2.提升安全防护能力'),
    (21, '1.推动行政权力事项网上运行'), (22, '2.强化审管协同'), (24, '3.加强项目统筹管理'),
    (28, '4.开展试点示范'), (32, '1.健全数据管理机制'), (36, '2.深化数据高效共享'),
    (41, '3.推进公共数据开放'), (40, '4.规范电子公文管理'), (43, '1.推进政务云迁移'),
    (48, '2.提升网络支撑能力'), (50, '3.整合非涉密业务专网'), (52, '4.推广电子证照和电子印章'),
    (53, '4.推广电子证照和电子印章'), (54, '5.深化电子文件归档'), (57, '6.完善园区企业信用信息'),
    (64, '（一）健全组织机构。参照'), (66, '1.加强园区经济运行监测'), (68, '1.推行“照单监管”'),
    (70, '2.实施差异化监管'), (71, '3.加强重点领域追溯监管'), (80, '1.推进园区“智慧应急”'),
    (79, '2.加强园区治安防控'), (77, '3.畅通企业诉求化解渠道'), (84, '1.提升涉企政务服务水平'),
    (85, '2.推行“集成办”“免申即享”'), (89, '3.强化企业全生命周期服务'), (88, '4.深化“一业一证”改革'),
    (86, '5.推动园区服务接入“我的宁夏”'), (93, '6.推进适老化与信息无障碍建设'),
    (94, '1.强化园区生态环境智能监测'), (101, '2.推进碳排放监测和能耗管理'), (102, '3.推动绿色低碳转型'),
    (104, '1.推广协同办公平台'), (105, '2.推广“宁政通”'), (106, '3.推进基层填表报数减负'),
    (107, '4.推进视频会议资源整合'), (112, '1.完善政务公开平台'), (114, '2.建设政务新媒体矩阵'),
    (116, '（一）加强组织领导。'),
]
covers = [{'task': t, 'line': only(s)} for t, s in covers_spec]

key = {
    'writer': 'blind writer, round 782; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': E,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('银川经济技术开发区 2024 annual 实施方案 (issued 2024-03-18) for its share of the digital-government work, checked against 宁政发〔2023〕17号 only (no parent plan). '
              'The zone is a development zone, not a county: its units are the 管委会 and its 局/办/中心, three 银川市 branches stationed in the zone and a few 银川市 bodies, all in units.txt. '
              'The task table (lines %d-%d) states that the first-listed unit of a cell leads. '
              'Body measures carry inline notes (责任单位；完成时限); tasks whose regional deadline is 2023 are given no date in the body, except copied regional wording in the table (rows 6 and 34). '
              'As a zone plan it takes up only its share; many tasks for 各市、县（区） (e.g. 10, 11, 76, 83, 87, 92, 96-99) are not taken up and none is listed as a deliberate task-uncovered.')
             % (only('序号\t主要任务'), len(L)),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(E), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in E: print(e['rule'], e['line'], e.get('text'))
