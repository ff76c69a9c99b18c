#!/usr/bin/env python3
"""Builds key.json for blind712: every line number is found from a unique anchor in draft.txt."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES[-1] == '':
    LINES.pop()


def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (anchor, text)
    return hits[0]


def e(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(anchor, text)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d


DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'
GT = 'garbled-text'

expect = [
    e(BM, '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕17号',
      'the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 政府 document, 2023-05-16); '
      '宁政办发 is the 办公厅 series (宁政办发〔2023〕11号 in the same sentence is a different document); line 12 cites it correctly'),
    e(UU, '2．推进产业数字化', '县经信局',
      'not in units.txt: 县经信局 is the former 经济和信息化局 name; the registry has 县工业信息化和商务局 = 县工信商务局 (used correctly on lines 34 and 73)'),
    e(DL, '21．深化电子文件管理', '2025年底',
      'task 54 (深化电子文件管理…电子文件归档…档案业务信创应用系统推广使用; 各市、县（区）具体负责) has 完成时限 2024年; '
      'the draft says 2025年底前 (task 40, 电子公文, is also 2024年)'),
    e(DI, '整改时限：2023年12月底前', '2023年12月底',
      'a 整改时限 before the plan\'s own year (issued 2024-03-18, planYear 2024): copied from the region\'s old rectification demand quoted in '
      'the background (line 17); the tasks themselves (93 适老化, 114 政务新媒体矩阵) are due 2024年, so this is not a copied regional deadline'),
    e(GT, '40．推进机关公务数字化转型', '鍗忓悓鍔炲叕骞冲彴',
      'UTF-8 bytes of 协同办公平台 read as GBK (re-encode as GBK, decode as UTF-8 to recover)'),
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态',
     'why': 'section 三 takes up only 数字经济 and 数字社会; nothing on 数据要素市场, 数据交易平台, 数据确权/运营主体, 数据交易规则 or 网络生态 '
            'anywhere in the draft (the 指导思想 also drops "打造良好数字生态")'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 12,
     'why': 'consequence of the missing 数字生态 pillar: task 12 (培育数据要素市场, 各市、县（区）配合) is not taken up'},
]

nm = [
    # ---- basis documents ----
    e(BM, '平政办发〔2024〕9号', '平政办发〔2024〕9号', 'the document\'s own 文号 in the 通知 header, not a cited basis'),
    e(BM, '根据《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见'),
    e(BM, '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕11号',
      '《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, as the 吴忠 seed cites it; only the 17号 citation in this sentence is wrong'),
    e(BM, '2023年5月《自治区人民政府关于加强数字政府建设的实施意见》', '宁政发〔2023〕17号',
      'correct title and 文号 of the regional 实施意见'),
    e(BM, '2020年，我县按照', '宁政办发〔2020〕14号',
      'retrospective mention of the 2020 工作要点 in 工作基础 (what was done in 2020), correct 文号, not cited as a basis of this plan'),
    e(BM, '2024年1月12日，自治区印发', '《关于2023年度全区数字政府建设考核评估情况的通报》',
      'the region\'s review notice named as background (the source of the findings), not a basis document; no 文号 given'),
    # ---- past dates in the background: the review and its findings ----
    e(DI, '2020年，我县按照', '2020年', 'past date in 工作基础 (what was done in 2020)'),
    e(DI, '2023年5月《自治区人民政府', '2023年5月', 'date the regional 实施意见 was issued, background'),
    e(DI, '2023年10月至11月，自治区推进', '2023年10月', 'when the 2023 review was carried out, background'),
    e(DI, '（一）政务信息系统整合迁移滞后。2023年11月', '2023年底前',
      'the review\'s finding quotes the region\'s old requirement (2023年底前完成迁移方案编制); a past fact, not a deadline of this plan'),
    e(DL, '（一）政务信息系统整合迁移滞后。2023年11月', '2023年11月',
      'date of the on-site check in the review\'s findings; no deadline on this line'),
    e(DI, '截至2023年12月31日', '2023年12月31日', 'cut-off date of the review\'s coverage statistic, background'),
    e(DI, '2023年第四季度有6项', '2023年第四季度', 'period of the review\'s finding on overdue data requests, background'),
    e(DI, '未通过2023年9月自治区抽检', '2023年12月底前',
      'background: the region\'s earlier rectification demand, quoted as a finding (the same date as 整改时限 on line 121 is the error there)'),
    e(DI, '2023年全年未组织开展网络安全应急演练', '2023年11月', 'date of the review\'s finding on web vulnerabilities, background'),
    e(DI, '2．平罗县2023年度数字政府建设考核评估', '2023年度', 'title of an attachment naming the 2023 review, not a deadline'),
    # ---- goals ----
    e(DL, '到2024年底，自治区2023年度考核评估', '到2024年底',
      '2024 goals: 外网县乡村全覆盖 = task 48 (2024年), 专网整合迁移 = task 50 (2024年), 政务服务 = task 84 (2024年); none later; no 2023 regional goal is restated'),
    e(DL, '到2025年，与全区数字政府建设', '到2025年', 'same year as the regional goal "到2025年…“34567”体系框架全面成型"'),
    # ---- equal or earlier deadlines ----
    e(DL, '2．推进产业数字化', '2024年取得明显成效', 'task 2: 2023年启动，2024年取得明显成效; equal'),
    e(DL, '1．加快推进“智慧园区”建设', '2025年取得明显成效', 'task 3: 持续推进，2025年取得明显成效; equal'),
    e(DL, '5．深化智慧教育应用', '2025年取得明显成效', 'task 7: 2023年形成试点经验，2025年取得明显成效; the completing milestone is equal'),
    e(DL, '8．参与“数字供销”', '2025年取得明显成效',
      'task 11: 2023年完成主要建设任务，2025年取得明显成效; the completing milestone (2025) is equal'),
    e(DL, '9．配合推进智慧城市建设', '2025年取得明显成效', 'task 9: 持续推进，2025年取得明显成效; equal'),
    e(DL, '14．建立数字政府资源“一本账”', '2024年9月底前',
      'task 23 (数字资源管理系统, 重点项目、关键应用“一本账”) is 2024年: earlier. Not task 30 (政务数据资源目录/数据“一本账”, 2023年)'),
    e(DL, '（一）健全组织机构。参照自治区做法', '2024年6月底前',
      'task 64 (各地各部门参照自治区做法，成立相应的组织机构…) is 2025年: earlier. Task 60 (充实自治区领导小组, 2023年) is the region\'s own task, not this one'),
    e(DL, '19．融入全区“视频一张网”', '2024年底前', 'task 49 is 2025年; earlier'),
    e(DL, '34．优化12345政务服务便民热线', '2025年底前', 'task 87: 2023年启动，2025年完成; equal'),
    e(DL, '38．深化“互联网+城乡供水”', '2025年底前', 'task 96 is 2025年; equal'),
    e(DL, '42．推进基层填表报数减负', '2025年底前', 'task 106 is 2025年; equal'),
    e(DL, '46．提升机关事务管理数字化水平', '2025年底前', 'task 111 is 2025年; equal'),
    e(DL, '31．实施“互联网+基层治理”行动', '2025年底前', 'task 83 is 2025年; equal'),
    e(DL, '45．推进公共资源交易全流程数字化', '2024年取得明显成效', 'task 108: 长期推进，2024年取得明显成效; equal'),
    e(DL, '整改时限：2024年底前', '2024年底前',
      '整改 of problem (一): tasks 50 (专网整合, 2024年), 46 (系统迁移, 2024年), 43 (信创云, 2024 年建成，持续推进); equal'),
    e(DL, '整改时限：2024年9月底前', '2024年9月底前', '整改 of problem (二): task 48 (城域网, 区市县乡村5级全覆盖) is 2024年; earlier'),
    e(DL, '整改时限：2024年6月底前', '2024年6月底前', '整改 of problem (三): tasks 41 and 42 are 2024年; earlier'),
    e(DL, '整改时限：立行立改，长期坚持', None,
      '整改 of problem (五): tasks 14, 15 (2023年) and 18 (2023年形成机制，长期坚持); no dated milestone, immediate and ongoing'),
    e(DL, '10．压实安全管理责任', '长期坚持',
      'tasks 14 and 15 are 2023年; a 2024 plan sets no later milestone, only ongoing enforcement'),
    e(DL, '15．规范政务信息化项目管理', '长期坚持', 'tasks 24 and 25 are 2023年; no dated milestone, ongoing'),
    e(DL, '（一）加强组织领导。各乡镇、各部门要将数字政府', '长期坚持', 'task 116: 2023年完成并长期坚持; ongoing'),
    # ---- the office's own reporting dates ----
    e(DL, '于2024年4月底前将自查情况', '2024年4月底前', 'the office\'s own reporting date for the self-check, not a task deadline'),
    e(DL, '于每月5日前向县政府办公室报送', '2024年11月底前',
      'the office\'s own 回头看 date and monthly reporting (每月5日前), not task deadlines'),
    e(DL, '各责任单位于2024年12月15日前', '2024年12月15日',
      'annual report due to the county office, not a deadline of tasks 121–124 (考核)'),
    # ---- units ----
    e(UU, '1．加快推进“智慧园区”建设', '平罗工业园区管委会', 'listed in units.txt (short name of 平罗工业园区管理委员会)'),
    e(UU, '11．提升安全防护能力', '县委网信办、公安局',
      'prefix distributes: 县委网信办 and 县公安局 (both in units.txt); not a "县委公安局"'),
    e(UU, '26．强化重点领域追溯监管', '县市场监管局、农业农村局、卫健局',
      'prefix 县 distributes: 县市场监管局, 县农业农村局, 县卫健局, all in units.txt'),
    e(UU, '37．加强生态环境数字化监测', '平罗生态环境分局',
      'short name of 石嘴山市生态环境局平罗分局 (vertically managed branch), listed in units.txt'),
    e(UU, '20．扩大电子证照和电子印章应用', '县税务局', 'short name of 国家税务总局平罗县税务局, in units.txt'),
    e(UU, '整改责任单位：县政府办公室牵头，县大数据服务中心、中国电信平罗分公司', '中国电信平罗分公司',
      'an enterprise, listed in units.txt'),
    e(UU, '4．推进公共服务数字化', '县直有关部门', 'collective subject'),
    e(UU, '10．压实安全管理责任', '县直各部门（单位）', 'collective subject'),
    e(UU, '7．推进数字乡村建设', '各乡镇人民政府', 'collective subject'),
    e(UU, '31．实施“互联网+基层治理”行动', '各村（社区）', 'collective subject'),
    e(UU, '36．推进公共场馆数字化', '县文旅广电局', 'short name of 县文化旅游广电局, in units.txt'),
    e(UU, '9．配合推进智慧城市建设', '石嘴山市', 'the city is named as a partner in the text, not as a responsible unit; the note names county units only'),
    e(UU, '2023年10月至11月，自治区推进', '自治区推进“数字政府”建设领导小组办公室',
      'the regional body that ran the review, named in the background; not a responsible unit of any task'),
]

covers_spec = [
    (2, '2．推进产业数字化'), (3, '1．加快推进“智慧园区”建设'), (5, '3．完善数字经济治理'),
    (6, '4．推进公共服务数字化'), (7, '5．深化智慧教育应用'), (8, '6．推进“互联网+医疗健康”'),
    (9, '9．配合推进智慧城市建设'), (10, '7．推进数字乡村建设'), (11, '8．参与“数字供销”'),
    (14, '10．压实安全管理责任'), (15, '10．压实安全管理责任'), (18, '11．提升安全防护能力'),
    (21, '13．推动行政权力事项网上运行'), (23, '14．建立数字政府资源“一本账”'), (24, '15．规范政务信息化项目管理'),
    (25, '（二）加大资金保障。'), (28, '16．开展试点示范'), (33, '17．对接全区基础数据资源库'),
    (34, '17．对接全区基础数据资源库'), (41, '整改措施：县直各部门编制本部门公共数据开放目录'),
    (42, '整改措施：县直各部门编制本部门公共数据开放目录'), (46, '整改措施：对全县9个非涉密业务专网'),
    (50, '整改措施：对全县9个非涉密业务专网'), (48, '整改措施：对未接入的31个行政村'),
    (49, '19．融入全区“视频一张网”'), (52, '20．扩大电子证照和电子印章应用'), (53, '20．扩大电子证照和电子印章应用'),
    (54, '21．深化电子文件管理'), (55, '22．推进财政电子票据'), (56, '22．推进财政电子票据'),
    (57, '23．完善信用信息服务'), (64, '（一）健全组织机构。参照自治区做法'), (66, '24．加强经济运行监测分析'),
    (70, '25．推进信用风险分类监管'), (71, '26．强化重点领域追溯监管'), (74, '27．推行新型监管手段'),
    (77, '28．提升矛盾纠纷多元化解能力'), (79, '29．持续推进“雪亮工程”'), (80, '30．推进“智慧应急”建设'),
    (83, '31．实施“互联网+基层治理”行动'), (84, '32．提升政务服务一体化水平'), (86, '33．做强“我的宁夏”平罗专区'),
    (87, '34．优化12345政务服务便民热线'), (88, '35．提供优质便利的涉企服务'), (89, '35．提供优质便利的涉企服务'),
    (90, '36．推进公共场馆数字化'), (94, '37．加强生态环境数字化监测'), (95, '37．加强生态环境数字化监测'),
    (96, '38．深化“互联网+城乡供水”'), (97, '39．提高自然资源数字化管理水平'), (98, '39．提高自然资源数字化管理水平'),
    (104, '40．推进机关公务数字化转型'), (105, '41．推广“宁政通”移动办公'), (106, '42．推进基层填表报数减负'),
    (107, '43．整合视频会议系统资源'), (108, '45．推进公共资源交易全流程数字化'), (109, '44．优化“互联网+督查”'),
    (111, '46．提升机关事务管理数字化水平'), (112, '47．完善政务公开信息化平台'), (115, '48．畅通政民互动渠道'),
    (93, '整改措施：完成县政府门户网站'), (114, '整改措施：完成县政府门户网站'),
    (116, '（一）加强组织领导。各乡镇、各部门要将数字政府'), (118, '（三）提升数字素养。'),
    (123, '（四）强化考核评价。'),
]
covers = [{'task': t, 'line': ln(a)} for t, a in covers_spec]

key = {
    'writer': 'blind writer, round 712; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': nm,
    'covers': covers,
    'notes': (
        '平罗县 (石嘴山市) 2024 实施方案 issued 2024-03-18, written after the region\'s 2023 review (carried out 2023-10/11, notified 2024-01-12). '
        '工作基础 (lines 13-18) lists the five findings with past dates; section 七 (lines 105-128) is the 整改 part with 整改措施 / 整改时限 / '
        '整改责任单位 on separate lines under each problem. No parent plan: the 石嘴山 plan is not cited by title. '
        'Six planted mistakes: wrong 文号 of the regional 实施意见 (line 9), an old unit name (line 35), a late deadline (line 61), a past '
        '整改时限 (line 121), mojibake (line 94), and the missing 数字生态 pillar (task 12 uncovered as its consequence). '
        'Tasks the region dated 2023年 (14, 15, 24, 25, 116) carry 长期坚持 / 立行立改 in the draft, never a dated 2024 milestone; '
        'every dated deadline in the draft is on or before the regional one of the task it takes up, except line 61.'
    ),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(LINES), 'lines;', len(expect), 'expect;', len(nm), 'mustNotFlag;', len(covers), 'covers')
