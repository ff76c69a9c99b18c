# Builds key.json and checks every (line, text) pair against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L.pop()
def chk(e):
    if e.get('line', 0) and e.get('text'):
        assert e['text'] in L[e['line']-1], (e['line'], e['text'])
    return e
TASKNOTE = ("Guangxi tasks numbered 1-43 in the order of the inline (責任單位…完成時限…) notes of the seed "
            "(seed lines 43,47,49,53,55,57,61,63,65,67,69,71,73,75,77,81,83,85,89,91,93,97,103,107,111,115,119,"
            "125,129,133,137,141,147,151,155,161,165,169,171,173,179,183,187)")
expect = [
 dict(rule='basis-mismatch', line=9, text='桂政发〔2022〕13号',
      why='the 广西 实施意见 cited by this title is 桂政发〔2022〕31号; digits swapped (31→13)'),
 dict(rule='deadline-later-than-baseline', line=87, text='2026年底',
      why='annex row 3 (互联网+监管, 监管事项清单认领, 与双随机一公开协同监管) = task 3 (以一体化在线监管提升监管协同化水平, seed line 49), 完成时限 2025年底; the body note for the same task (line 26) correctly says 2025年底'),
 dict(rule='deadline-invalid', line=117, text='2022年底前',
      why='plan issued 2023-05-16 (line 6); a deadline before the issuing year is impossible; row 33 = task 36 (政务云, 完成时限 持续开展), body line 68 says 持续开展 — copied from an old table'),
 dict(rule='unknown-unit', line=72, text='区经信局',
      why='not in units.txt; 经济和信息化局 is the pre-2019 name, the district body is 区工业和信息化局 = 区工信局 (the annex row 36, line 120, has it right)'),
 dict(rule='unknown-unit', line=103, text='自治区大数据发展局',
      why='regional body named as 牵头单位 of a local task (annex row 19 = task 19 辅助决策); the body note line 46 names 区大数据发展局 as lead'),
 dict(rule='garbled-text', line=74, text='鍏卞缓鍏辨不',
      why='UTF-8 bytes of 共建共治共享的数字生态新 read as GBK (鍏卞缓鍏辨不鍏变韩鐨勬暟瀛楃敓鎬佹柊); re-encoding as GBK and decoding as UTF-8 recovers it'),
]
M = []
def m(rule, line, why, text=None, **kw):
    e = dict(rule=rule, line=line)
    if text: e['text'] = text
    e.update(kw); e['why'] = why
    M.append(chk(e))
m('basis-mismatch', 9, 'correct national basis: title and 文号 match', '国发〔2022〕14号')
m('basis-mismatch', 12, 'retrospective mention in the background; 国发〔2016〕55号 is the right 文号 for that title and it is not cited as a basis', '国发〔2016〕55号')
m('basis-mismatch', 4, 'the plan\'s own title in the covering notice, not a basis document', '《青秀区加强数字政府建设实施方案》')
m('basis-mismatch', 2, 'the notice\'s own 文号', '青政办〔2023〕21号')
m('deadline-invalid', 6, 'the issuing date of the notice itself', '2023年5月16日')
m('deadline-invalid', 12, 'past date in the background section (截至2022年底), not a deadline', '2022年底')
m('deadline-later-than-baseline', 18, 'local interim goal, earlier than the region\'s 到2025年 goals', '到2023年底')
m('deadline-later-than-baseline', 19, 'equal to the regional 主要目标 (到2025年 … 体系框架基本形成)', '到2025年')
m('deadline-later-than-baseline', 20, 'equal to the regional 到2035年 goal', '到2035年')
m('deadline-later-than-baseline', 26, 'task 3 完成时限 2025年底: equal', '2025年底')
m('deadline-later-than-baseline', 33, 'task 8 (12345热线) 完成时限 2025年底: earlier', '2024年底前')
m('deadline-later-than-baseline', 92, 'annex row 8 = task 8 (12345热线) 完成时限 2025年底: earlier', '2024年底前')
m('deadline-later-than-baseline', 34, 'task 9 (智桂通) 完成时限 2025年底: completing milestone equal', '2025年底建成')
m('deadline-later-than-baseline', 93, 'annex row 9 = task 9 (智桂通) 完成时限 2025年底: equal', '2025年底建成')
m('deadline-later-than-baseline', 38, 'task 13 (智慧工地) 完成时限 持续开展: a dated local deadline is not later', '2023年底前')
m('deadline-later-than-baseline', 40, 'task 15 (智慧康养) 完成时限 持续开展: dated local milestones are not later', '2024年建成')
m('deadline-later-than-baseline', 50, 'task 22 (政务公开) 完成时限 2025年底: equal', '2025年底')
m('deadline-later-than-baseline', 106, 'annex row 22 = task 22 完成时限 2025年底: equal', '2025年底')
m('deadline-later-than-baseline', 59, 'task 29 (建设管理机制) 完成时限 持续开展; local 2023年建立机制，长期坚持 is not later', '2023年建立机制，长期坚持')
m('deadline-later-than-baseline', 64, 'task 33 (数据管理机制) 完成时限 持续开展; local milestone 2023年底前 is not later', '2023年底前完成普查，长期坚持')
m('deadline-later-than-baseline', 69, 'task 37 (网络平台) 完成时限 持续开展: a dated local deadline is not later', '2024年底前')
m('deadline-later-than-baseline', 97, 'annex row 13 = task 13 (智慧工地) 完成时限 持续开展: not later', '2023年底前')
m('deadline-later-than-baseline', 99, 'annex row 15 = task 15 (智慧康养) 完成时限 持续开展: not later', '2024年建成')
m('deadline-later-than-baseline', 111, 'annex row 27 = task 29 完成时限 持续开展: not later', '2023年建立机制，长期坚持')
m('deadline-later-than-baseline', 114, 'annex row 30 = task 33 完成时限 持续开展: not later', '2023年底前完成普查，长期坚持')
m('deadline-later-than-baseline', 118, 'annex row 34 = task 37 完成时限 持续开展: not later', '2024年底前')
m('deadline-later-than-baseline', 77, 'the office\'s own half-yearly reporting dates, not task deadlines', '6月25日、12月15日前')
m('unknown-unit', 3, 'collective addressees (各镇人民政府、各街道办事处，区直各部门，各有关单位)', '各镇人民政府')
m('unknown-unit', 26, 'collective subject', '区直有关部门')
m('unknown-unit', 25, 'official short name: units.txt 区发展和改革局 = 区发改局', '区发改局')
m('unknown-unit', 36, 'short name: 区人力资源和社会保障局 = 区人社局', '区人社局')
m('unknown-unit', 91, 'short name: 区卫生健康局 = 区卫健局', '区卫健局')
m('unknown-unit', 54, 'prefix 区 distributes: 区大数据发展局、工信局 = 区工信局 (short name of 区工业和信息化局)', '工信局')
m('unknown-unit', 61, 'prefix 区 distributes: 区市场监管局 (short name of 区市场监督管理局)', '市场监管局')
m('unknown-unit', 32, 'prefix 区 distributes over the list: 残联 = 区残联', '残联')
m('unknown-unit', 37, 'prefix 区 distributes: 区医疗保障局', '医疗保障局')
m('unknown-unit', 28, 'vertical unit listed in units.txt', '南宁市公安局青秀分局')
m('unknown-unit', 28, 'listed in units.txt', '区人民检察院')
m('unknown-unit', 30, 'listed in units.txt', '青秀区消防救援大队')
m('unknown-unit', 42, 'listed in units.txt', '南宁市青秀生态环境局')
m('unknown-unit', 70, 'vertical tax bureau listed in units.txt', '国家税务总局南宁市青秀区税务局')
m('unknown-unit', 53, 'listed in units.txt', '区委保密办')
m('unknown-unit', 34, 'regional and city bodies named in the text as partners the district assists (配合…做好接入), not as lead of the local task; the note names 区大数据发展局 as lead', '自治区大数据发展局')
m('unknown-unit', 77, 'city body in units.txt, a reporting addressee', '南宁市大数据发展局')
m('unknown-unit', 80, '区委、区人民政府 as reporting addressees (both in units.txt)', '区委、区人民政府')
m('garbled-text', 14, 'ordinary middle dot in “4·27”', '4·27')
m('garbled-text', 70, 'ordinary name “天地图·广西”', '天地图·广西')
m('missing-pillar', 0, 'the 数字生态 part is present (line 74 heading and most of its text are intact; only one phrase is garbled)', pillar='数字生态')
m('missing-pillar', 0, 'the 党的领导 part is present under the heading 八、保障措施 (组织领导, 推进机制, 数字素养, 考核评估, lines 76-80)', pillar='党的领导')
for e in expect: chk(e)
covers = [(1,23),(2,25),(3,26),(4,28),(5,29),(6,30),(7,32),(8,33),(9,34),(10,35),(11,36),(12,37),(13,38),(14,39),
          (15,40),(16,42),(17,43),(18,44),(19,46),(20,47),(21,48),(22,50),(23,52),(24,53),(25,54),(26,55),(27,56),
          (28,58),(29,59),(30,60),(31,61),(32,62),(33,64),(34,65),(35,66),(36,68),(37,69),(38,70),(39,70),(41,72),
          (42,73),(43,74)]
key = {
 'writer': 'blind writer, round 662; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'guangxi-2022',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2023,
 'expect': expect,
 'mustNotFlag': M,
 'covers': [dict(task=t, line=l) for t, l in covers],
 'notes': TASKNOTE + '. The seed has no numbered task list, so task numbers here follow that order; task 40 (强化开放生态支撑能力) is not taken up (a district would not build the platform), task 23 has no 各市人民政府 but is covered anyway. Section 八 of the seed has no inline notes and is not numbered. The annex (lines 84-122) is a tab-separated table; its note (line 83) says the first-listed 牵头单位 leads. Annex rows combine some tasks (row 23 = tasks 23+24, row 24 = 25+26, row 28 = 30+31, row 35 = 38+39). Planted: 6 (basis 文号, late annex deadline, pre-issue-year deadline, outdated unit name, regional body as local lead, garbled phrase).'
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers), len(L))
