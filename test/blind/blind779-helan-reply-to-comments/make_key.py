#!/usr/bin/env python3
# Builds key.json; every line number is found from draft.txt and every `text` is asserted to be on its line.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')

def ln(anchor):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

def e(rule, anchor, text=None, why='', **kw):
    n = ln(anchor)
    d = {'rule': rule, 'line': n}
    if text is not None:
        assert text in L[n - 1], (text, n)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    e('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2022〕17号',
      'the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong 文号 for that title (the annex, row 1, even gives the right number)'),
    e('deadline-later-than-baseline', '提升网络支撑能力。', '2025年底前',
      'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…按需向企事业单位拓展; 各市、县（区）具体负责) has 完成时限 2024年; the county pushes it to 2025年底'),
    e('unknown-unit', '拓展电子证照应用。', '县信息中心',
      'old name of 县大数据服务中心 (annex row 3 says it was renamed in 2023 and replaced throughout); left over here, not in units.txt'),
    e('deadline-invalid', '建设“我的宁夏”贺兰专区。', '2024年9月31日',
      'September has 30 days: an impossible date (task 86, 完成时限 2024年, so the month itself is not late)'),
    e('garbled-text', '畅通政民互动渠道。', '浠ユ斂鍔℃湇',
      'UTF-8 bytes read as GBK: the run 浠ユ斂鍔℃湇鍔′究姘戠儹绾夸负鏋㈢航 re-encoded as GBK and decoded as UTF-8 is 以政务服务便民热线为枢纽'),
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态',
     'why': 'the plan has 数字经济 (line %d) and 数字社会 (line %d) under its 驱动 section but nothing of 营造良好数字生态 (数据要素市场、数据交易、数据运营、网络生态); the 指导思想 also drops 打造良好数字生态; tasks 12 and 13 are untouched'
            % (ln('（一）驱动数字经济发展。'), ln('（二）引领数字社会建设。'))},
]

M = []
def m(rule, anchor, text=None, why=''):
    M.append(e(rule, anchor, text, why))

# --- the plan itself ---
m('basis-mismatch', '贺政发〔2024〕9号', '贺政发〔2024〕9号', "the document's own 文号, not a basis document")
m('unknown-unit', '各乡镇人民政府、南梁台子管委会，县直各部门（单位）：', '县直各部门（单位）', 'collective addressees (各乡镇人民政府, 县直各部门（单位）); 南梁台子管委会 is in units.txt')
m('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
m('basis-mismatch', '2020年以来，我县按照', '宁政办发〔2020〕14号', 'retrospective mention in the 工作基础 paragraph (what the county did since 2020), not cited as a basis of this plan; title and 文号 match the seed')
m('deadline-invalid', '2020年以来，我县按照', '2023年', 'past event in the background (目录编制 completed in 2023), not a deadline')
m('deadline-later-than-baseline', '2024年，县级数字政府建设工作机制全面运行', '2024年', '2024 goal; 信创云迁移 (tasks 43/46, 2024年) and 我的宁夏 应上尽上 (task 86, 2024年) are equal to the regional deadlines; nothing here is a regional 2023 goal item')
m('deadline-later-than-baseline', '到2025年，全县数字政府建设体系框架全面成型', '到2025年', 'same year as the regional goal 到2025年…“34567”体系框架全面成型')
m('deadline-later-than-baseline', '到2035年，与政府治理能力现代化', '到2035年', 'same year as the regional 2035 goal')
m('deadline-later-than-baseline', '加快智慧园区建设。', '2025年取得明显成效', 'equal to task 3 (持续推进，2025年取得明显成效)')
m('unknown-unit', '加快智慧园区建设。', '贺兰工业园区管委会', 'in units.txt')
m('deadline-later-than-baseline', '完善数字经济治理体系。', '2025年取得明显成效', 'equal to task 5 (持续推进，2025年取得明显成效)')
m('unknown-unit', '推动数字化服务普惠应用。', '卫健局', 'the 县 prefix distributes: 县卫健局, 县人社局, 县文旅局 (aliases in units.txt), 县民政局')
m('deadline-later-than-baseline', '推动数字化服务普惠应用。', '2025年取得明显成效', 'equal to task 6 (持续推进，2025年取得明显成效)')
m('deadline-later-than-baseline', '深化智慧教育应用。', '2024年4月30日前', 'task 7 is 2023年形成试点经验，2025年取得明显成效; the county milestone (a local 推广方案, 2024-04-30) is a different step and the completing milestone 2025 is equal')
m('deadline-later-than-baseline', '推进“互联网+医疗健康”。', '2025年取得明显成效', 'equal to task 8 (持续推进，2025年取得明显成效)')
m('deadline-later-than-baseline', '推进数字乡村建设。', '2025年取得明显成效', 'equal to task 10; task 11 (数字供销) also completes 2025年')
m('unknown-unit', '推进数字乡村建设。', '县供销社', 'official short name of 县供销合作社 in units.txt')
m('deadline-later-than-baseline', '提升安全防护能力。', '长期坚持', 'task 18 is 2023年形成机制，长期坚持: the mechanism exists; ongoing equals ongoing')
m('deadline-later-than-baseline', '推动行政权力网上运行。', '2024年底前', 'equal to task 21 (2024年); 审管联动 (task 22) is 2025年')
m('deadline-later-than-baseline', '开展试点示范。', '2025年取得明显成效', 'task 28 is 2023年启动，2025年取得明显成效; completing milestone equal')
m('deadline-invalid', '完善数据管理机制。', '2023年', 'past work being consolidated (tasks 30/32, regional 2023年), no deadline set — see annex row 5')
m('deadline-later-than-baseline', '推进数据汇聚治理。', '2024年底前', 'equal to tasks 33/34 (2024年)')
m('deadline-later-than-baseline', '促进数据融合应用。', '2024年底前', 'equal to task 42 (2024年)')
m('deadline-later-than-baseline', '加强电子公文和电子档案管理。', '2024年底前', 'equal to tasks 40 and 54 (2024年)')
m('deadline-invalid', '强化政务云支撑。', '2023年启动、2024年建成', "quoted regional milestone of task 19 (2023年启动，2024年建成), not the county's deadline; the county's own is 2024年底前, equal to tasks 43/46")
m('deadline-later-than-baseline', '推进专网整合。', '2024年底前', 'equal to task 50 (2024年)')
m('deadline-later-than-baseline', '拓展电子证照应用。', '2025年底前', 'equal to task 52 (2025年: 证照电子化、同步制发、社会化高频场景); not task 85')
m('deadline-later-than-baseline', '推进信用信息共享。', '2024年底前', 'equal to task 57 (2024年)')
m('deadline-later-than-baseline', '（一）健全组织机构。', '2024年6月底前', 'earlier than task 64 (各地参照自治区做法成立相应组织机构, 2025年); task 60 (2023年) is about the 自治区 leading group, not the county one')
m('unknown-unit', '（一）健全组织机构。', '南梁台子管委会', 'in units.txt')
m('deadline-later-than-baseline', '（三）完善工作机制。', '12月10日前', "the office's own reporting dates (quarterly and yearly progress reports), not task deadlines")
m('deadline-later-than-baseline', '加强经济运行监测分析。', '2025年底前', 'equal to task 66 (2025年); the plan does not take up task 65 (the regional database)')
m('unknown-unit', '推行“照单监管”。', '承担监管职责的县直有关部门（单位）', 'collective subject, county analogue of 承担监管职责的自治区有关部门（单位）')
m('deadline-later-than-baseline', '实施差异化监管。', '2024年底前', 'equal to task 70 (2024年)')
m('deadline-later-than-baseline', '推进智能监管。', '2024年底前', 'equal to tasks 71 and 74 (2024年)')
m('deadline-later-than-baseline', '提升矛盾纠纷化解能力。', '2024年底前', 'equal to task 77 (2024年)')
m('deadline-later-than-baseline', '提升社会治安防控能力。', '2024年底前', 'equal to task 79 (2024年)')
m('deadline-later-than-baseline', '推进“智慧应急”建设。', '2024年底前', 'equal to task 80 (2024年)')
m('unknown-unit', '推进“智慧应急”建设。', '县消防救援大队', 'short name of 贺兰县消防救援大队 in units.txt; 贺兰县气象局 is in units.txt too')
m('unknown-unit', '提高基层社会治理能力。', '习岗镇人民政府', 'a town government listed in units.txt')
m('deadline-later-than-baseline', '提高基层社会治理能力。', '2025年底前', 'equal to task 83 (2025年)')
m('deadline-later-than-baseline', '打造泛在可及的服务体系。', '2024年底前', 'equal to task 84 (2024年)')
m('deadline-later-than-baseline', '提升12345热线服务质效。', '2025年底前', 'task 87 is 2023年启动，2025年完成: equal')
m('deadline-later-than-baseline', '提供优质便利的涉企服务。', '2024年底前', 'equal to tasks 88 and 89 (2024年)')
m('deadline-later-than-baseline', '拓展公平普惠的民生服务。', '2024年底前', 'equal to tasks 90 and 93 (2024年)')
m('unknown-unit', '提升生态环保协同治理能力。', '银川市生态环境局贺兰分局', 'the city bureau\'s county branch is listed in units.txt; it is a local body, not a regional one')
m('deadline-later-than-baseline', '推进数字治水。', '2025年底前', 'equal to task 96 (2025年)')
m('deadline-later-than-baseline', '提高自然资源利用效率。', '2024年底前', 'equal to task 97 (2024年)')
m('deadline-later-than-baseline', '推动绿色低碳转型。', '2025年底前', 'equal to tasks 101 and 102 (2025年)')
m('deadline-later-than-baseline', '提升行政执行能力。', '2024年底前', 'equal to tasks 104/105 (2024年) and earlier than task 106 (填表报数, 2025年)')
m('deadline-later-than-baseline', '整合视频会议资源。', '2024年底前', 'earlier than task 107 (2025年)')
m('deadline-later-than-baseline', '提升机关事务管理水平。', '2025年底前', 'equal to task 111 (2025年)')
m('deadline-later-than-baseline', '（一）加强组织领导。', '长期坚持', 'task 116 is 2023年完成并长期坚持; the 2023 part lies before the plan, ongoing equals ongoing')
m('unknown-unit', '（三）提升数字素养。', '宣传部', 'prefix distribution: 县委组织部、宣传部 = 县委组织部, 县委宣传部')
m('deadline-later-than-baseline', '（四）强化考核评价。', '长期坚持', 'tasks 121–124 are 长期坚持 / 2023年完成，长期坚持')
# --- the annex: old wordings quoted, not used by the plan ---
m('deadline-later-than-baseline', '2024年1月8日至1月19日', '2024—2026年', 'the 征求意见稿 title quoted in the annex intro; the plan does not use it')
m('deadline-invalid', '2024年1月8日至1月19日', '2024年1月8日', 'past dates of the consultation and review (2024-01-08 to 2024-03-12), not deadlines')
m('basis-mismatch', '1\t县发改局', '宁政办发〔2020〕14号', 'annex reports that this 2020 document was removed from the basis list; quoted, not cited')
m('basis-mismatch', '2\t县委办公室', '三年行动方案', "the plan's own old draft title, quoted as replaced; not a basis document")
m('deadline-later-than-baseline', '2\t县委办公室', '2026年', 'inside the quoted old draft title (2024—2026年)')
m('unknown-unit', '3\t县委编办', '县信息中心', 'old body name quoted in the comment (renamed to 县大数据服务中心); the same name left in the plan at line %d is the planted error' % ln('拓展电子证照应用。'))
m('unknown-unit', '4\t县工业信息化和商务局', '县经济发展局', 'pre-reform body names quoted (县经济发展局, 县商务和经济合作局) as replaced')
m('deadline-invalid', '5\t县审批局', '2023年12月底前', 'old draft deadline quoted; the plan dropped it')
m('deadline-later-than-baseline', '6\t县卫健局', '2026年底前', 'a department\'s request that was NOT adopted (未采纳, because task 8 is due 2025); the plan keeps 2025')
m('unknown-unit', '7\t县公安局', '自治区党委政法委', 'old wording quoted: the draft had a regional body as lead; the plan now names 县委政法委、县公安局')
m('deadline-invalid', '8\t县教育局', '2024年4月31日', 'the impossible date is quoted as a corrected 笔误; the plan says 2024年4月30日前')
m('unknown-unit', '10\t县农业农村局', '县农牧局', 'old body name quoted as replaced')
m('deadline-invalid', '11\t县市场监管局', '2023年底前', 'old draft deadline quoted as deleted')
m('deadline-later-than-baseline', '13\t县应急局', '2024年底前', 'quoted change, equal to task 80 (2024年)')
m('unknown-unit', '14\t县住建局', '县住建局', 'alias of 县住房和城乡建设局; proposed lead for a task that was not adopted')
m('deadline-later-than-baseline', '15\t县水务局', '2025年底前', 'quoted change, equal to task 96 (2025年)')
m('unknown-unit', '16\t县文旅局', '县文广局', 'old body name quoted as replaced')
m('basis-mismatch', '22\t县司法局', '关于加快推进数字政府建设的实施意见', 'wrong title of the old draft quoted as corrected; the annex gives the right title')
m('deadline-later-than-baseline', '24\t县机关事务服务中心', '2025年底前', 'old deadline quoted as brought forward to 2024年底前 (task 107 is 2025年 anyway)')
m('unknown-unit', '27\t南梁台子管委会', '南梁台子管委会', 'in units.txt')
m('deadline-invalid', '28\t县发改局', '2023年形成机制', 'regional deadline wording quoted from the old draft, reported as replaced')
m('unknown-unit', '贺兰县人民政府办公室', '贺兰县人民政府办公室', 'signature of the annex; alias in units.txt')

covers_spec = [
 (3,'加快智慧园区建设。'),(5,'完善数字经济治理体系。'),(6,'推动数字化服务普惠应用。'),(7,'深化智慧教育应用。'),
 (8,'推进“互联网+医疗健康”。'),(10,'推进数字乡村建设。'),(14,'强化安全管理责任。'),(15,'强化安全管理责任。'),
 (18,'提升安全防护能力。'),(21,'推动行政权力网上运行。'),(24,'创新数字政府建设管理机制。'),(28,'开展试点示范。'),
 (30,'完善数据管理机制。'),(32,'完善数据管理机制。'),(33,'推进数据汇聚治理。'),(34,'推进数据汇聚治理。'),
 (42,'促进数据融合应用。'),(40,'加强电子公文和电子档案管理。'),(54,'加强电子公文和电子档案管理。'),
 (43,'强化政务云支撑。'),(46,'强化政务云支撑。'),(48,'提升网络支撑能力。'),(50,'推进专网整合。'),
 (52,'拓展电子证照应用。'),(57,'推进信用信息共享。'),(64,'（一）健全组织机构。'),(66,'加强经济运行监测分析。'),
 (68,'推行“照单监管”。'),(70,'实施差异化监管。'),(71,'推进智能监管。'),(74,'推进智能监管。'),
 (77,'提升矛盾纠纷化解能力。'),(79,'提升社会治安防控能力。'),(80,'推进“智慧应急”建设。'),(83,'提高基层社会治理能力。'),
 (84,'打造泛在可及的服务体系。'),(86,'建设“我的宁夏”贺兰专区。'),(87,'提升12345热线服务质效。'),
 (88,'提供优质便利的涉企服务。'),(89,'提供优质便利的涉企服务。'),(90,'拓展公平普惠的民生服务。'),(93,'拓展公平普惠的民生服务。'),
 (94,'提升生态环保协同治理能力。'),(96,'推进数字治水。'),(97,'提高自然资源利用效率。'),(101,'推动绿色低碳转型。'),
 (103,'提升辅助决策能力。'),(104,'提升行政执行能力。'),(105,'提升行政执行能力。'),(106,'提升行政执行能力。'),
 (107,'整合视频会议资源。'),(111,'提升机关事务管理水平。'),(112,'提升政府信息公开水平。'),(114,'发挥政务新媒体传播优势。'),
 (115,'畅通政民互动渠道。'),(116,'（一）加强组织领导。'),(25,'（二）加大财政投入。'),(118,'（三）提升数字素养。'),
 (121,'（四）强化考核评价。'),(122,'（四）强化考核评价。'),(123,'（四）强化考核评价。'),(124,'（四）强化考核评价。'),
]
covers = sorted(({'task': t, 'line': ln(a)} for t, a in covers_spec), key=lambda c: (c['line'], c['task']))

key = {
  'writer': 'blind writer, round 779; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-07',
  'draft': 'draft.txt',
  'also': [],
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': [],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': expect,
  'mustNotFlag': M,
  'covers': covers,
  'notes': ('贺兰县 (under 银川市) 2024 实施方案 as issued (贺政发〔2024〕9号, 2024-03-15), lines 1-%d, followed by its annex 征求意见采纳情况 '
            '(lines %d-%d; a tab-separated table of 28 department comments, lines %d-%d). The annex quotes old draft wordings, dates '
            'and body names the plan no longer uses (2026 deadlines, 2023 dates, 4月31日, 县信息中心, 县农牧局, 县文广局, a regional lead, '
            'a wrong title and the 2020 工作要点): they are reports of changes, not the plan\'s own content. One renaming the annex reports as done was not carried '
            'through: 县信息中心 is left in the plan at line %d (an expected error there, a near miss in the annex); likewise the annex '
            'gives 宁政发〔2023〕17号 while the preamble mistypes it. No parent plan is supplied '
            '(the 银川 plan is cited only as 工作部署, with no title). Inline notes give 责任单位 and 完成时限; line %d says the first-listed '
            'unit leads. Tasks the region dated 2023 are either given no 完成时限 or 长期坚持, to avoid before-plan-year ambiguity. '
            'draft.txt is written by build.py; this key by make_key.py.')
            % (ln('附件：贺兰县关于加强'), ln('附件：贺兰县关于加强') + 1, len([l for l in L if l]), ln('1\t县发改局'), ln('28\t县发改局'),
               ln('拓展电子证照应用。'), ln('（五）抓好组织实施。')),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
