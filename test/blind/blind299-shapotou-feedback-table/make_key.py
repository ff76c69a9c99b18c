import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(*subs):
    hits = [i+1 for i, l in enumerate(L) if all(s in l for s in subs)]
    assert len(hits) == 1, (subs, hits)
    return hits[0]
def row(n, table=1):
    # task-list row n (table 1) or feedback row n (table 2)
    start = ln('序号\t重点任务') if table == 1 else ln('序号\t提出单位')
    i = start + n  # 1-based line of row n
    assert L[i-1].startswith(f'{n}\t'), (n, L[i-1][:20])
    return i
def chk(line, text):
    assert text in L[line-1], (line, text)
    return line

E, M, C = [], [], []
def e(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None: d['text'] = chk(line, text) and text if line else text
    d.update(kw); d['why'] = why; E.append(d)
def m(rule, line, why, text=None, **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        if line: chk(line, text)
        d['text'] = text
    d.update(kw); d['why'] = why; M.append(d)

# ---------------- expect (planted) ----------------
pre = ln('为深入贯彻党的二十大精神')
e('basis-mismatch', pre, '宁政发〔2022〕17号',
  'the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong')
e('deadline-later-than-baseline', row(11), '2025年6月底前',
  'row 11 is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the row was moved later after opinion 3 of the feedback table was (wrongly) accepted; the plan\'s own 主要目标 and body still say 2024年底')
e('deadline-later-than-baseline', row(23), '2025年底前',
  'row 23 is regional task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年')
e('deadline-invalid', row(29), '2022年底前',
  'a deadline two years before the plan itself (送审稿 of 2024); regional task 111 (机关事务管理信息系统整合) is due 2025年, so it is not a late deadline but an impossible one')
e('unknown-unit', row(8), '区大数据局',
  'not in units.txt: the district has 区大数据服务中心, no 大数据局')
e('unknown-unit', row(10), '自治区政府办公厅',
  'a regional body named as the lead (牵头) of a district task (copied from regional task 43); a district plan cannot assign its tasks to 自治区政府办公厅')
e('garbled-text', ln('（四）强化考核评价'), '鏍告寚鏍囦綋',
  'UTF-8 bytes read as GBK: 鏍告寚鏍囦綋绯伙紝鍋ュ叏… re-encodes as GBK and decodes as UTF-8 to 核指标体系，健全并坚持常态化考核和以奖代补工作机')

# ---------------- mustNotFlag ----------------
D = 'deadline-later-than-baseline'; I = 'deadline-invalid'; U = 'unknown-unit'; B = 'basis-mismatch'
g24 = ln('到2024年底，区级数字政府')
m(D, g24, 'goal for 2024: 三级电子政务外网全覆盖 = task 48 (2024年), 信创云迁移 = task 43 (2024年建成), 我的宁夏专区 = task 86 (2024年); all equal', '2024年底')
m(D, ln('到2025年，全区数字政府建设'), 'equal to the regional goal: 到2025年“34567”体系框架全面成型', '2025年')
m(D, ln('到2035年'), 'equal to the regional 2035 goal', '2035年')
m(D, ln('提升网络平台支撑能力'), 'body sentence for task 48 (2024年): 到2024年底, equal', '2024年底')
m(D, row(1), 'task 1: 持续推进，2025年取得明显成效, equal', '2025年取得明显成效')
m(D, row(4), 'task 9: 持续推进，2025年取得明显成效; 2025年 is equal', '2025年')
m(D, row(6), 'task 11: 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal', '2025年取得明显成效')
m(D, row(7), 'tasks 33/34 (基础库、主题库): 2024年; 2024年底前 is equal', '2024年底前')
m(D, row(10), 'task 43: 2024年建成，持续推进; 2024年 equal (the row is wrong only for its unit)', '2024年')
m(D, row(12), 'task 49 (视频一张网): 2025年, equal; moved from 2024 to 2025 by opinion 4, still not later than the region', '2025年')
m(D, row(13), 'task 52 (电子证照社会化高频场景): 2025年, equal', '2025年')
m(D, row(14), 'task 66 (经济运行大数据平台): 2025年, so 2024年 is earlier; task 65 (经济治理基础数据库) is 2024年, equal', '2024年')
m(D, row(19), 'task 83 (互联网+基层治理): 2025年, equal', '2025年')
m(D, row(22), 'task 88 (证照分离): 2024年; 2024年6月底前 is earlier', '2024年6月底前')
m(D, row(27), 'task 106 (依托宁政通的填表报数系统): 2025年, equal', '2025年')
m(D, row(28), 'task 107 (视频会议平台): 2025年, equal', '2025年')
m(D, row(31), 'task 121: 长期坚持, equal', '长期坚持')
m(D, row(3, 2), 'a date inside a commenting body\'s opinion, not a deadline of the plan (the plan\'s late deadline is flagged on row 11 of the task list)', '2025年6月底')
m(D, row(5, 2), 'a later date asked for in an opinion that was not adopted (未采纳); the plan keeps 2024年', '2025年底')
m(D, row(12, 2), 'a later goal year asked for in an opinion that was not adopted; the plan keeps 2025', '2026年')
m(D, row(4, 2), 'dates inside an opinion and its reply; 2025年 equals task 49', '2025年')
m(D, row(2, 2), 'dates inside an opinion and its reply (2024年6月底前 → 2024年底前), equal to task 86', '2024年底前')
m(I, ln('近年来，我区认真落实'), 'past dates in the background section (2022年底, 2023年), not deadlines', '2022年底')
m(I, row(10, 2), 'dates in an opinion and its reply about work already done (2023年底前, 2023年12月); not a deadline of the plan', '2023年底前')
m(I, ln('2024年3月18日至3月29日'), 'the office\'s own consultation dates', '2024年3月18日')
m(I, ln('2024年4月8日'), 'date of the office\'s table', '2024年4月8日')
m(I, ln('（一）加强组织领导'), 'the office\'s own recurring reporting dates (每年1月15日前, 每季度末, 每年12月10日前)', '1月15日')
m(U, row(3), 'prefix 区 distributes: 卫健局, 人社局, 民政局, 文旅体广局 are 区卫健局, 区人社局, 区民政局, 区文旅体广局 (aliases in units.txt)', '卫健局')
m(U, row(14), 'prefix 区 distributes: 统计局 = 区统计局', '统计局')
m(U, row(15), 'prefix 区 distributes: 卫健局 = 区卫健局', '卫健局')
m(U, row(5), 'collective subject', '各镇（乡）人民政府')
m(U, row(19), 'collective subjects', '各村（社区）')
m(U, row(10), 'collective subject (the row\'s error is its lead, not this)', '区直各部门（单位）')
m(U, row(2), 'collective subject', '区直有关部门（单位）')
m(U, row(17), 'official short name in units.txt (中卫市公安局沙坡头区分局)', '区公安分局')
m(U, row(6), 'official short name in units.txt (区供销合作社)', '区供销社')
m(U, row(18), 'in units.txt', '区消防救援大队')
m(U, row(3, 2), 'commenting body, short form of 香山乡人民政府 (alias in units.txt); 提出单位 is not a responsible unit', '香山乡')
m(U, row(9, 2), 'commenting body, short form of 文昌镇人民政府', '文昌镇')
m(U, row(13, 2), 'commenting body, short form of 滨河镇人民政府', '滨河镇')
m(U, row(5, 2), 'commenting body, full name in units.txt', '中卫市公安局沙坡头区分局')
m(U, row(15, 2), 'commenting body (the city government office), not a responsible unit of the plan', '中卫市人民政府办公室')
m(U, row(6, 2), 'bodies named inside an opinion and its reason, which rejects making them leads; not responsible units of the plan', '中卫市卫生健康委')
m(U, row(6, 2), 'regional body named inside an opinion and its reason (not adopted); not the lead of a plan task', '自治区卫生健康委')
m(U, row(1, 2), 'commenting body, alias 区发改局', '区发改局')
m(U, ln('（一）健全组织机构'), 'the district\'s own leading group, in units.txt', '区推进数字政府建设领导小组')
m(U, ln('2024年3月18日至3月29日'), 'collectives and the city office named as consulted bodies', '各镇（乡）人民政府')
m(B, ln('近年来，我区认真落实'), 'retrospective mention of the 2020 工作要点 in the background; not cited as the basis', '宁政办发〔2020〕14号')
m(B, pre, 'correct: 国发〔2022〕14号 is the national 指导意见', '国发〔2022〕14号')
m(B, pre, 'the city plan cited by title alone, as a city plan may have no 文号', '中卫市人民政府《关于加强数字政府建设的实施方案》')
m(B, pre, 'cited with the same title and 文号 as in the 吴忠 seed plan', '宁政办发〔2023〕11号')
m(B, row(12, 2), 'the regional 实施意见 correctly cited (宁政发〔2023〕17号) inside a reason in the feedback table', '宁政发〔2023〕17号')
m('missing-pillar', 0, 'all seven abilities are present (六、（一）–（七）), including 生态环境保护 at its own heading', pillar='生态环境保护')
m('missing-pillar', 0, 'section 五 健全“五个一”和“六级贯通”的工作体系', pillar='五个一')
m('missing-pillar', 0, 'section 三（三） 营造良好数字生态', pillar='数字生态')
m('missing-pillar', 0, 'section 七 with 组织领导, 财政投入, 数字素养, 考核评价', pillar='党的领导')

# ---------------- covers ----------------
cov = [(1,row(1)),(3,row(2)),(6,row(3)),(9,row(4)),(10,row(5)),(11,row(6)),
       (12,ln('（三）营造良好数字生态')),(14,ln('强化安全管理责任')),(15,ln('强化安全管理责任')),
       (17,ln('落实安全制度要求')),(18,ln('提升安全保障能力')),(33,row(7)),(34,row(7)),
       (36,ln('深化数据高效共享')),(40,row(9)),(41,row(8)),(42,ln('促进数据有序开发利用')),
       (43,row(10)),(48,row(11)),(49,row(12)),(50,ln('提升网络平台支撑能力')),(52,row(13)),
       (64,ln('（一）健全组织机构')),(66,row(14)),(68,ln('（二）提升市场监管能力')),(70,row(15)),(71,row(15)),
       (77,row(16)),(79,row(17)),(80,row(18)),(83,row(19)),(84,row(20)),(86,row(21)),(88,row(22)),
       (89,ln('（四）提升公共服务能力')),(93,row(23)),(94,row(24)),(96,row(25)),
       (97,ln('（五）提升生态环境保护能力')),(98,row(26)),(104,ln('（六）提升政务运行能力')),
       (106,row(27)),(107,row(28)),(111,row(29)),(112,ln('（七）提升政务公开能力')),(114,row(30)),
       (116,ln('（一）加强组织领导')),(121,row(31))]
C = [{'task': t, 'line': l} for t, l in cov]

key = {
  'writer': 'blind writer, round 299; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': datetime.date.today().isoformat(),
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': [],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': E,
  'mustNotFlag': M,
  'covers': C,
  'notes': ('沙坡头区 (中卫市) 送审稿 of 2024: plan body (lines 1-53), 附件1 task list (lines 54-88, tab-separated), '
            '附件2 征求意见采纳情况表 (lines 89-109, tab-separated: 序号 | 提出单位 | 意见建议 | 采纳情况 | 说明). '
            'No parent: the 吴忠 plan is another city\'s and the 中卫 plan is not in the seeds. '
            'The feedback table holds dates and bodies that belong to opinions and replies, not to the plan; '
            'the one real consequence of an opinion (row 3, adopted) is the late deadline on task-list row 11, flagged there only. '
            'make_draft.py regenerates draft.txt; make_key.py regenerates this key and checks every line and text.')
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(M), len(C))
