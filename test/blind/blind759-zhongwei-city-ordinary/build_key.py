#!/usr/bin/env python3
"""Builds key.json for blind759 from draft.txt, locating every line by a unique substring."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES = LINES[:-1]


def ln(anchor, also=None):
    """1-based line holding `anchor` (and `also`, if given); must be unique."""
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l and (also is None or also in l)]
    assert len(hits) == 1, (anchor, also, hits)
    return hits[0]


def row(n):
    """line of task-table row number n"""
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def chk(line, text):
    assert text in LINES[line - 1], (line, text)
    return line


E = []
def expect(rule, line, why, **kw):
    d = {'rule': rule, 'line': line}
    d.update(kw)
    d['why'] = why
    if 'text' in kw:
        chk(line, kw['text'])
    E.append(d)

M = []
def nf(rule, line, why, text=None):
    d = {'rule': rule, 'line': line}
    if text is not None:
        chk(line, text)
        d['text'] = text
    d['why'] = why
    M.append(d)

C = []
def cov(task, line):
    C.append({'task': task, 'line': line})

# ---------------- planted mistakes ----------------
L_pre = ln('根据《国务院关于加强数字政府建设的指导意见》')
expect('basis-mismatch', L_pre,
       '自治区人民政府《关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette, 2023-05-16); the draft gives it the office series 宁政办发, a 文号 that does not belong to this title',
       text='宁政办发〔2023〕17号')
L_goal26 = ln('到2026年底')
expect('deadline-later-than-baseline', L_goal26,
       'goal "全市数字政府建设“34567”体系框架全面成型" set for 2026; the regional 主要目标 sets the same goal 到2025年 (全区各级数字政府建设“34567”体系框架全面成型)',
       text='2026年底')
L_garb = ln('娣卞寲鏁版嵁楂樻晥鍏变韩')
expect('garbled-text', L_garb,
       'sub-item title is UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 深化数据高效共享',
       text='娣卞寲鏁版嵁楂樻晥鍏变韩')
L_r3 = row(3)
expect('unknown-unit', L_r3,
       'lead of table row 3 (智慧园区): 市经信局 is the pre-reform name, not in units.txt (the body, line %d, correctly names 市工业和信息化局)' % ln('3.加快“智慧园区”建设'),
       text='市经信局')
L_r13 = row(13)
expect('deadline-later-than-baseline', L_r13,
       'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; the table row says 2025年底前 (the body note, line %d, says 2024年底前)' % ln('26.提升网络平台支撑能力'),
       text='2025年底前')
L_b53 = ln('53.提升行政执行能力')
expect('deadline-invalid', L_b53,
       'impossible month 21 (slip for 12月); the matched tasks 104/105 (协同办公平台, 宁政通) 完成时限 2024年, so it is not also a late deadline',
       text='21月')

# ---------------- near misses ----------------
nf('basis-mismatch', L_pre, 'correct 文号 of the national 指导意见', text='国发〔2022〕14号')
nf('basis-mismatch', L_pre, 'correct citation of 数字宁夏“1244+N”行动计划实施方案 (as cited by the 吴忠 plan in the seeds); not the baseline, not wrong', text='宁政办发〔2023〕11号')
L_bg = ln('近年来，我市按照')
nf('basis-mismatch', L_bg, 'retrospective mention of the 2020 工作要点 in the background paragraph (what the city did since 2020), not cited as a basis of this plan; its 文号 is correct', text='宁政办发〔2020〕14号')
nf('basis-mismatch', ln('卫政办发〔2024〕9号'), "the notice's own 文号, not a basis document", text='卫政办发〔2024〕9号')
nf('deadline-invalid', ln('2024年2月29日'), 'issue date of the notice; 2024 is a leap year, so 2月29日 is valid', text='2024年2月29日')
nf('deadline-invalid', L_bg, 'past date in the background (achievement), not a deadline', text='2022年')
nf('deadline-invalid', L_bg, 'past date in the background (achievement), not a deadline', text='2023年全市')
L_goal24 = ln('到2024年底，市级非涉密')
nf('deadline-later-than-baseline', L_goal24, 'goal year 2024 equals the regional deadlines of the matching tasks: 19 (2023年启动，2024年建成), 43 (2024年建成，持续推进), 48 (2024年), 34 (2024年), 86 (2024年)', text='到2024年底')
nf('deadline-later-than-baseline', ln('到2035年'), 'equal to the regional 2035 goal', text='到2035年')
L_b14 = ln('14.提升安全保障能力')
nf('deadline-invalid', L_b14, 'copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan year; equal to the region, ongoing', text='2023年形成机制，长期坚持')
nf('deadline-later-than-baseline', L_b14, 'equal to task 18 (2023年形成机制，长期坚持)')
nf('deadline-later-than-baseline', ln('15.提高自主可控水平'), 'task 19 完成时限 2023年启动，2024年建成 (and 43: 2024年建成，持续推进); 2024年底前 is equal', text='2024年底前')
nf('deadline-later-than-baseline', ln('17.强化审管协同'), 'task 22 完成时限 2025年; 2024年底前 is earlier', text='2024年底前')
nf('deadline-later-than-baseline', ln('28.加强共性应用支撑能力'), 'task 52 完成时限 2025年 (earlier); task 53 电子印章 2024年 (equal)', text='2024年底前')
nf('deadline-later-than-baseline', ln('（一）健全组织机构。参照自治区做法'), 'task 64 完成时限 2025年; 2024年6月底前 is earlier', text='2024年6月底前')
nf('deadline-later-than-baseline', ln('36.强化重点领域追溯监管'), 'task 71 完成时限 2024年; 2024年12月底前 is equal', text='2024年12月底前')
nf('deadline-later-than-baseline', ln('4.推进国资国企数字化监管'), 'task 4 完成时限 持续推进，2024年取得明显成效; copied, equal', text='持续推进，2024年取得明显成效')
nf('deadline-later-than-baseline', ln('1.助力算力枢纽建设'), 'task 1 完成时限 持续推进，2025年取得明显成效; equal', text='持续推进，2025年取得明显成效')
nf('deadline-later-than-baseline', ln('40.提升公共安全保障能力'), 'task 80 完成时限 2024年 (equal); task 81 (视频指挥调度) 2025年 (earlier)', text='2024年')
nf('deadline-later-than-baseline', ln('48.提升生态环保协同治理能力'), 'task 94 完成时限 2024年 (equal); task 95 2025年 (earlier)', text='2024年')
nf('deadline-later-than-baseline', ln('44.打造政务服务“总客服”'), 'task 87 完成时限 2023年启动，2025年完成; 2025年 is equal', text='2025年')
nf('deadline-later-than-baseline', ln('55.提升行政监督水平'), 'task 108 长期推进，2024年取得明显成效 and task 109 2024年; equal', text='2024年取得明显成效')
nf('deadline-later-than-baseline', ln('54.推进基层减负和视频会议整合'), 'tasks 106 and 107 完成时限 2025年; equal (宁政通 here is only the carrier of the 填表报数 app, task 106, not task 105)', text='2025年')
nf('deadline-later-than-baseline', ln('56.提升机关事务管理水平'), 'task 111 完成时限 2025年; equal (task 110, 预算管理一体化, due 2024, is not taken up here)', text='2025年')
nf('deadline-later-than-baseline', row(7), 'task 19 完成时限 2023年启动，2024年建成; 2024年底前 is equal', text='2024年底前')
nf('deadline-later-than-baseline', row(8), 'task 22 完成时限 2025年; 2024年底前 is earlier', text='2024年底前')
nf('deadline-later-than-baseline', row(15), 'task 52 完成时限 2025年; 2024年底前 is earlier', text='2024年底前')
nf('deadline-later-than-baseline', row(2), 'task 2 完成时限 2023年启动，2024年取得明显成效; equal', text='2024年取得明显成效')
nf('deadline-later-than-baseline', row(34), 'task 108 完成时限 长期推进，2024年取得明显成效; equal', text='2024年取得明显成效')
L_rep = ln('（四）强化考核评价')
nf('deadline-later-than-baseline', L_rep, "the office's own reporting date for the 2024 annual summary, not a task deadline (tasks 121–124 are 长期坚持 / 2023年完成，长期坚持 and carry no date here)", text='2025年1月15日前')
nf('deadline-invalid', L_rep, "the office's own half-yearly reporting dates", text='6月20日、12月20日前')
nf('deadline-later-than-baseline', ln('附件：中卫市数字政府建设重点任务清单'), 'period of the task list in its title, not a deadline', text='2024年—2025年')
nf('deadline-later-than-baseline', ln('26.提升网络平台支撑能力'), 'task 48 完成时限 2024年; the body note 2024年底前 is equal (only the table row disagrees)', text='2024年底前')
nf('deadline-invalid', L_bg, 'year inside the title of an old document mentioned in the background, not a deadline', text='2020年“数字政府”建设工作要点')
nf('basis-mismatch', ln('《中卫市加强数字政府建设实施方案》已经'), "the plan's own title in the notice, not a basis document", text='《中卫市加强数字政府建设实施方案》')
# units
nf('unknown-unit', ln('10.培育数据要素市场'), 'colloquial alias of 市发展改革委, listed in units.txt', text='市发改委')
nf('unknown-unit', ln('10.培育数据要素市场'), 'short name of 市大数据管理服务局, listed in units.txt', text='市大数据局')
nf('unknown-unit', ln('18.创新建设管理机制'), 'the 市 prefix distributes over the list: 市财政局、市审计局, both in units.txt', text='审计局')
nf('unknown-unit', row(30), 'short name of 市林业和草原局, listed in units.txt', text='市林草局')
nf('unknown-unit', ln('50.提高自然资源利用效率'), 'short name of 市林业和草原局, listed in units.txt', text='市林草局')
nf('unknown-unit', row(24), 'collective subject as lead of a local task (表中第一位), not an unknown unit', text='各县（区）人民政府')
nf('unknown-unit', ln('41.提高基层社会治理能力'), 'collective subjects', text='各乡镇（街道）、各村（社区）')
nf('unknown-unit', ln('37.提升监管协同化、智能化水平'), 'collective subject, the city form of 承担监管职责的自治区有关部门（单位）', text='承担监管职责的市直有关部门（单位）')
nf('unknown-unit', ln('6.推进公共服务数字化'), 'collective subjects (各县（区）人民政府 as the responsible party, 市直有关部门（单位）配合), as in task 6', text='市直有关部门（单位）')
nf('unknown-unit', ln('33.加强经济政策统筹协调'), 'unit outside the government proper, listed in units.txt', text='中卫市税务局')
nf('unknown-unit', ln('40.提升公共安全保障能力'), 'units outside the government proper, listed in units.txt', text='中卫市气象局、中卫市消防救援支队')
nf('unknown-unit', row(29), 'the three county governments, each listed in units.txt; not a prefix list', text='沙坡头区人民政府、中宁县人民政府、海原县人民政府')
nf('unknown-unit', row(3), '中卫工业园区管委会 is listed in units.txt (only 市经信局 in this row is unknown)', text='中卫工业园区管委会')
nf('unknown-unit', ln('5.完善数字经济治理体系'), 'official short name 市委网信办 (listed) followed by 等有关部门', text='市委网信办等有关部门')
nf('unknown-unit', L_bg, '国家（中卫）新型互联网交换中心 is a facility named in the background, not a responsible unit (also named in the regional text)', text='国家（中卫）新型互联网交换中心')
nf('unknown-unit', ln('10.培育数据要素市场'), '自治区数据交易平台 is a regional platform the city cooperates with; no regional body is named as lead of a local task', text='积极配合自治区数据交易平台建设')
nf('unknown-unit', row(3), '中宁工业园区 is a place in the task text, not a responsible unit', text='中宁工业园区')
nf('garbled-text', ln('2.推进产业数字化'), 'ordinary local terms (枸杞、硒砂瓜、肉牛滩羊), not mojibake', text='硒砂瓜')

# ---------------- covers ----------------
for t, a in [
    (1, '1.助力算力枢纽建设'), (2, '2.推进产业数字化'), (3, '3.加快“智慧园区”建设'), (4, '4.推进国资国企数字化监管'),
    (5, '5.完善数字经济治理体系'), (6, '6.推进公共服务数字化'), (7, '7.深化智慧教育'), (8, '7.深化智慧教育'),
    (9, '8.加快智慧城市建设'), (10, '9.推进数字乡村建设'), (11, '9.推进数字乡村建设'), (12, '10.培育数据要素市场'),
    (14, '12.强化安全管理责任'), (15, '12.强化安全管理责任'), (17, '13.落实安全制度要求'), (18, '14.提升安全保障能力'),
    (19, '15.提高自主可控水平'), (20, '16.以数字化改革助力政府职能转变'), (21, '16.以数字化改革助力政府职能转变'),
    (22, '17.强化审管协同'), (24, '18.创新建设管理机制'), (28, '19.开展试点示范'),
    (31, '20.完善数据管理机制'), (32, '20.完善数据管理机制'), (36, '20.完善数据管理机制'),
    (33, '21.建设完善主题数据库'), (34, '21.建设完善主题数据库'), (37, '娣卞寲鏁版嵁楂樻晥鍏变韩'), (39, '娣卞寲鏁版嵁楂樻晥鍏变韩'),
    (41, '23.促进数据有序开发利用'), (42, '23.促进数据有序开发利用'), (40, '24.规范电子公文'), (54, '24.规范电子公文'),
    (45, '25.强化政务云平台支撑能力'), (46, '25.强化政务云平台支撑能力'), (48, '26.提升网络平台支撑能力'), (50, '26.提升网络平台支撑能力'),
    (49, '27.统筹融合视频资源'), (52, '28.加强共性应用支撑能力'), (53, '28.加强共性应用支撑能力'), (56, '29.推进非税收入收缴电子化'),
    (57, '30.完善信用和地理信息服务'), (58, '30.完善信用和地理信息服务'), (64, '（一）健全组织机构。参照自治区做法'),
    (65, '31.加强经济数据汇聚治理'), (66, '32.加强经济运行监测预警'), (67, '33.加强经济政策统筹协调'),
    (68, '34.推行“照单监管”'), (69, '35.推进信用风险分类监管'), (70, '35.推进信用风险分类监管'), (71, '36.强化重点领域追溯监管'),
    (72, '37.提升监管协同化'), (73, '37.提升监管协同化'), (74, '37.提升监管协同化'), (75, '37.提升监管协同化'),
    (77, '38.提升社会矛盾化解能力'), (78, '39.提升社会治安防控能力'), (79, '39.提升社会治安防控能力'), (80, '40.提升公共安全保障能力'),
    (83, '41.提高基层社会治理能力'), (84, '42.打造泛在可及的服务体系'), (85, '42.打造泛在可及的服务体系'), (86, '43.做强“我的宁夏”中卫专区'),
    (87, '44.打造政务服务“总客服”'), (88, '45.提供优质便利的涉企服务'), (89, '45.提供优质便利的涉企服务'),
    (90, '46.拓展公平普惠的民生服务'), (93, '46.拓展公平普惠的民生服务'), (92, '47.推进“多卡合一”'),
    (94, '48.提升生态环保协同治理能力'), (95, '48.提升生态环保协同治理能力'), (96, '49.深化“互联网+城乡供水”'),
    (97, '50.提高自然资源利用效率'), (98, '50.提高自然资源利用效率'), (101, '51.推动绿色低碳转型'), (102, '51.推动绿色低碳转型'),
    (103, '52.提升辅助决策能力'), (104, '53.提升行政执行能力'), (105, '53.提升行政执行能力'), (106, '54.推进基层减负'), (107, '54.推进基层减负'),
    (108, '55.提升行政监督水平'), (109, '55.提升行政监督水平'), (111, '56.提升机关事务管理水平'),
    (112, '57.提升政府信息公开水平'), (113, '57.提升政府信息公开水平'), (114, '58.发挥政务新媒体传播优势'), (115, '59.畅通政民互动渠道'),
    (116, '（一）加强组织领导'), (25, '（二）加大财政投入'), (117, '（三）提升数字素养'), (118, '（三）提升数字素养'),
    (122, '（四）强化考核评价'), (123, '（四）强化考核评价'), (124, '（四）强化考核评价'),
]:
    cov(t, ln(a))

key = {
    'writer': 'blind writer, round 759; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': E,
    'mustNotFlag': M,
    'covers': sorted(C, key=lambda c: c['task']),
    'notes': ('中卫市 city plan (市政府办公室, 卫政办发〔2024〕9号, 2024-02-29) checked against 宁政发〔2023〕17号 with no parent. '
              'Counties appear mostly as the collective 各县（区）人民政府; units.txt lists the 市直 bodies and the three county governments. '
              'The task table states that the first-listed 牵头单位 leads. Six planted slips: wrong 文号 of the regional basis, a 2026 framework goal, '
              'a mojibake sub-item title, the pre-reform name 市经信局 as a table lead, table row 13 later (2025年底前) than task 48 and than its own body note, '
              'and an impossible month (2024年21月). Body notes for tasks whose regional deadline is 2023 deliberately carry no date, except line %d, which copies '
              'task 18\'s 2023年形成机制，长期坚持. No task-uncovered is planted.') % L_b14,
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
