# Builds key.json; every line number is found from a unique anchor in draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def line(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text: assert text in L[hits[0]-1], (anchor, text)
    return hits[0]

def E(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': line(anchor, text)}
    if text: d['text'] = text
    d.update(kw); d['why'] = why
    return d

NUM = ('Guangxi tasks are numbered 1-43 in the order of the inline notes "(責任單位:…。完成時限:…)" '
       'of 桂政发〔2022〕31号.')
expect = [
 E('basis-mismatch', '（桂政发〔2023〕31号）', '桂政发〔2023〕31号',
   'the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (dated 2022-11-30); year typed as 2023'),
 E('deadline-later-than-baseline', '提升12345热线服务效能', '2026年底',
   'regional task 8 (12345热线: 持续优化12345政务服务便民热线平台…) 完成时限 2025年底; the county wrote 2026年底'),
 E('deadline-invalid', '完成县级监管事项清单认领', '2023年9月31日',
   'September has 30 days (task-table row 4; regional task 3, 完成时限 2025年底, so it is not late, only impossible)'),
 E('unknown-unit', '（三）加强数据安全监管', '县经信局',
   'old name (经济和信息化局) not in units.txt; the body is 县工业和信息化局 = 县工信局'),
 E('garbled-text', '依托广西统一身份认证体系', '鐢靛瓙璇佺収',
   'UTF-8 bytes of 电子证照共享应用 read as GBK (鐢靛瓙璇佺収鍏变韩搴旂敤); GBK-encode and UTF-8-decode recovers it'),
 {'rule': 'task-uncovered', 'line': 0, 'task': 14,
  'why': 'regional task 14 推动智慧体育服务能力提升 (各市人民政府; 持续开展) is deliberately left out: no 体育/体医 content anywhere'},
]

M = []
def N(rule, anchor, text=None, why=''):
    M.append(E(rule, anchor, text, why))
N('basis-mismatch', '（国发〔2022〕14号）', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
N('basis-mismatch', '《南宁市加强数字政府建设实施方案》部署', '南宁市加强数字政府建设实施方案', "the city's plan cited by title alone, as county plans do; no parent is given, nothing to contradict")
N('basis-mismatch', '（国发〔2016〕55号）', '国发〔2016〕55号', 'retrospective mention in the 发展现状 of a real older document (国务院关于加快推进“互联网+政务服务”工作的指导意见 is 国发〔2016〕55号); 加快推进 is its real title, not a miswritten basis')
N('basis-mismatch', '宾政办发〔2023〕19号', '宾政办发〔2023〕19号', "the notice's own 文号, not a citation")
N('deadline-invalid', '截至2022年底', '2022年底', 'past date in the background (发展现状), not a deadline')
N('deadline-invalid', '2021年，县大数据发展局正式运行', '2021年', 'past event in the background')
N('deadline-later-than-baseline', '到2023年底，全县数字政府', '2023年底', 'local interim goal, earlier than the regional 2025 goal')
N('deadline-later-than-baseline', '到2025年，与政府治理能力现代化相适应', '2025年', 'same year as the regional 主要目标 (到2025年 体系框架基本形成)')
N('deadline-later-than-baseline', '到2035年，与全区同步', '2035年', 'same year as the regional 2035 vision')
N('deadline-later-than-baseline', '提升一体化在线监管水平', '2025年底前', 'regional task 3 完成时限 2025年底: equal (2023年启动，2025年底前全面建成)')
N('deadline-later-than-baseline', '推广“智桂通”县级应用', '2024年底前', 'regional task 9 (智桂通) 完成时限 2025年底: earlier')
N('deadline-later-than-baseline', '优化政策信息数字化发布', '2025年底', 'regional task 22 (政策信息数字化发布) 完成时限 2025年底: equal')
N('deadline-later-than-baseline', '建设县级政策文件库，开设', '2025年底前', 'table row 15, regional task 22 完成时限 2025年底: equal')
N('deadline-later-than-baseline', '电子政务外网延伸至全部村', '2025年底前', 'table row 19, regional task 37 完成时限 持续开展: a dated milestone inside an ongoing task is not later')
N('deadline-later-than-baseline', '推进县内工业园区“智慧园区”建设\t', '2025年底前', 'table row 21, regional task 41 完成时限 持续开展: not later')
N('deadline-later-than-baseline', '开展数字乡村试点', '2025年底前', 'table row 22, regional task 42 完成时限 持续开展: not later')
N('deadline-later-than-baseline', '（二）创新数字政府建设管理机制', '2023年形成机制，长期坚持', 'regional task 29 完成时限 持续开展: equivalent')
N('deadline-invalid', '建设县级数据驾驶舱\t', '2024年2月29日', '2024 is a leap year; the date exists (regional task 19, 持续开展)')
N('deadline-invalid', '建立政务信息化项目技术审核制度', '2023年9月底前', 'valid date, after the issue date (regional task 29, 持续开展)')
N('deadline-later-than-baseline', '（二）健全推进机制', '2023年12月10日', "the office's own reporting dates (quarterly reports, annual summary), not task deadlines")
N('deadline-invalid', '成立县数字政府建设工作领导小组及办公室', '2023年7月底前', 'after the issue date 2023-06-20; valid')
N('unknown-unit', '各乡镇人民政府，县直各部门（单位）：', '县直各部门（单位）', 'collective subject (addressees)')
N('unknown-unit', '加强经济运行监测分析', '各乡镇人民政府', 'collective subject')
N('unknown-unit', '提升辅助决策能力', '县直有关部门', 'collective subject')
N('unknown-unit', '推进新型监管机制建设', '发改局', '县 prefix distributes: 县发改局 is the listed short name of 县发展和改革局')
N('unknown-unit', '提升生态环保协同治理能力', '南宁市宾阳生态环境局', 'real county-level body named with the city prefix; listed in units.txt')
N('unknown-unit', '加强经济运行监测分析', '宾阳县税务局', 'in units.txt (驻县单位)')
N('unknown-unit', '推进智慧应急建设', '气象局', '县 prefix distributes: 县气象局 is the short name of 宾阳县气象局')
N('unknown-unit', '拓展公平普惠的民生服务', '残联', '县 prefix distributes: 县残联 is the short name of 县残疾人联合会')
N('unknown-unit', '推进数字化网格治理', '县人民检察院', 'in units.txt (county court and procuratorate)')
N('unknown-unit', '主动对接南宁市大数据发展局', '南宁市大数据发展局', 'city body in units.txt, named as a contact, not as the lead of a county task')
N('unknown-unit', '举办全县数字政府建设专题培训', '县委党校', 'in units.txt')
N('unknown-unit', '提升行政执行能力', '机关事务管理局', '县 prefix distributes: 县机关事务管理局 is in units.txt')
N('garbled-text', '视察广西“4·27”', '4·27', 'middle dot of the date-name 4·27, copied from the regional text; not damage')

covers_map = {
 1: '加强经济运行监测分析', 2: '推进新型监管机制建设', 3: '提升一体化在线监管水平',
 4: '推进数字化网格治理', 5: '推进社会治安防控体系智能化', 6: '推进智慧应急建设',
 7: '打造泛在可及的政务服务体系', 8: '提升12345热线服务效能', 9: '推广“智桂通”县级应用',
 10: '推动智慧教育服务能力提升', 11: '推动智慧人社服务能力提升', 12: '推动智慧医疗服务能力提升',
 13: '推动智慧工地监管能力提升', 15: '推动智慧康养服务能力提升', 16: '提升生态环保协同治理能力',
 17: '提高自然资源利用效率', 18: '推动绿色低碳转型', 19: '提升辅助决策能力',
 20: '提升行政执行能力', 21: '提升行政监督水平', 22: '优化政策信息数字化发布',
 23: '（一）强化安全管理责任', 24: '（二）落实安全制度要求', 25: '（三）加强数据安全监管',
 26: '（四）提升安全保障能力', 27: '（五）提高自主可控水平', 28: '（一）以数字化改革助力政府职能转变',
 29: '（二）创新数字政府建设管理机制', 30: '（三）完善法规制度', 31: '（四）健全标准规范',
 32: '（五）开展试点示范', 33: '（一）创新数据管理机制', 34: '（二）深化数据高效共享',
 35: '（三）促进数据有序开发利用', 36: '（一）强化政务云平台支撑能力', 37: '（二）提升网络平台支撑能力',
 38: '（三）加强重点共性应用支撑能力', 39: '依托广西统一身份认证体系', 40: '强化开放生态支撑能力',
 41: '（一）助推数字经济发展', 42: '（二）引领数字社会建设', 43: '（三）营造良好数字生态',
}
covers = [{'task': t, 'line': line(a)} for t, a in sorted(covers_map.items())]

key = {
 'writer': 'blind writer, round 704; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'guangxi-2022',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2023,
 'expect': expect,
 'mustNotFlag': M,
 'covers': covers,
 'notes': (NUM + ' Only tasks 3, 8, 9 and 22 have a dated 完成时限 (2025年底); all others are 持续开展. '
           '宾阳县 is a county of 南宁市; no 南宁市 plan is supplied as a parent, so the county is checked against the region directly. '
           'Body measures carry inline notes in the regional style; the attached table lists concrete 2023 actions, with its own deadlines, '
           'and states that the first-listed unit leads. Section 八 is titled 保障措施 but covers the regional 党的领导 items '
           '(组织领导, 推进机制, 数字素养, 考核评估) plus 资金保障 and 宣传引导. Line 37 (公共服务, 打造泛在可及…) shares its note with line 38.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
