# -*- coding: utf-8 -*-
# helper kept in the case folder: builds key.json, locating every line by its text in draft.txt
import json
D = open('draft.txt', encoding='utf-8').read().split('\n')
if D[-1] == '': D.pop()

def ln(text, start=None):
    hits = [i for i, l in enumerate(D, 1) if text in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (text, start, hits)
    return hits[0]

def ln_all(text):
    return [i for i, l in enumerate(D, 1) if text in l]

expect = [
  {"rule": "basis-mismatch", "line": ln("和《南宁市数字政府建设实施方案》等文件精神"), "text": "数字广西建设三年行动计划（2018—2020年）",
   "why": "an expired plan (2018—2020) cited in the basis paragraph as a current basis next to 国发〔2022〕14号 and 桂政发〔2022〕31号; superseded by the 2022 实施意见 framework (the same title on line 12 is a retrospective mention and correct)"},
  {"rule": "basis-mismatch", "line": ln("桂政发〔2021〕31号"), "text": "桂政发〔2021〕31号",
   "why": "wrong year: the 广西 实施意见 is 桂政发〔2022〕31号, dated 2022-11-30; the same document is cited correctly on lines 9, 83 and 85"},
  {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
   "why": "主要目标: the 广西 实施意见 says 到2025年 …数字政府体系框架基本形成, 一体化政务服务和一体化在线监管模式广泛普及; the draft puts the same goal at 2026"},
  {"rule": "deadline-later-than-baseline", "line": ln("2026年底"), "text": "2026年底",
   "why": "regional task 8 (12345政务服务便民热线, seed line 63), 完成时限 2025年底"},
  {"rule": "unknown-unit", "line": ln("区信息化办公室"), "text": "区信息化办公室",
   "why": "not in units.txt; an abolished-era body copied from an old template (the registry has 区委网信办 and 区大数据发展局)"},
  {"rule": "garbled-text", "line": ln("鏁板瓧涔℃潙"), "text": "鎺ㄨ繘鏁板瓧涔℃潙",
   "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 推进数字乡村"},
]

L9 = ln("和《南宁市数字政府建设实施方案》等文件精神")
L12 = ln("实施以来，我区按照")
mnf = [
  {"rule": "basis-mismatch", "line": L9, "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
  {"rule": "basis-mismatch", "line": L9, "text": "桂政发〔2022〕31号", "why": "correct 文号 of the 广西 实施意见 (the baseline), standard 〔〕 brackets"},
  {"rule": "basis-mismatch", "line": L9, "text": "南宁市数字政府建设实施方案", "why": "the city's plan cited by title only, with no 文号; normal for a city plan"},
  {"rule": "basis-mismatch", "line": L12, "text": "数字广西建设三年行动计划（2018—2020年）", "why": "retrospective mention in 发展现状 (自…实施以来), not cited as a basis"},
  {"rule": "basis-mismatch", "line": L12, "text": "数字广西建设规划（2018—2025年）", "why": "retrospective mention of an older 数字广西 plan in the background"},
  {"rule": "basis-mismatch", "line": ln("桂政发[2022]31号"), "text": "桂政发[2022]31号", "why": "correct 文号 in square brackets"},
  {"rule": "basis-mismatch", "line": ln("桂政发（2022）31号"), "text": "桂政发（2022）31号", "why": "correct 文号 in full-width round brackets"},
  {"rule": "basis-mismatch", "line": ln("武政办发〔2023〕24号"), "text": "武政办发〔2023〕24号", "why": "the notice's own 文号, not a cited basis document"},
  {"rule": "deadline-invalid", "line": L12, "text": "2021年", "why": "past dates (2021年, 2022年) in the background section, not deadlines"},
  {"rule": "deadline-invalid", "line": ln("2023年9月18日"), "text": "2023年9月18日", "why": "the office's own issue date"},
  {"rule": "deadline-invalid", "line": L9, "text": "2018—2020年", "why": "years inside a document title, not a deadline"},
  {"rule": "deadline-later-than-baseline", "line": ln("到2023年底"), "text": "2023年底", "why": "near-term goal in the plan's own year; the region has no later goal for it"},
  {"rule": "deadline-later-than-baseline", "line": ln("到2035年"), "text": "2035年", "why": "equal to the regional 2035 goal (数字政府基本建成)"},
  {"rule": "deadline-later-than-baseline", "line": ln("以一体化在线监管提升监管协同化水平"), "text": "2025年底", "why": "regional task 3 (一体化在线监管, seed line 49), 完成时限 2025年底: equal"},
  {"rule": "deadline-later-than-baseline", "line": ln("持续完善“智桂通”武鸣专区"), "text": "2024年底", "why": "regional task 9 (智桂通, seed line 65), 完成时限 2025年底: earlier"},
  {"rule": "deadline-later-than-baseline", "line": ln("优化政策信息数字化发布"), "text": "2025年底", "why": "regional task 22 (政务公开, seed line 97), 完成时限 2025年底: equal"},
  {"rule": "deadline-later-than-baseline", "line": ln("强化政务云平台支撑能力"), "text": "2024年底", "why": "regional task 36 (政务云, seed line 161), 完成时限 持续开展: a dated local milestone is not later"},
  {"rule": "deadline-later-than-baseline", "line": ln("每年6月30日、12月10日前"), "text": "12月10日", "why": "the office's own reporting dates, not task deadlines"},
  {"rule": "unknown-unit", "line": ln("区市场监督管理局牵头，区发改局、区大数据局配合"), "text": "区发改局", "why": "alias of 区发展和改革局 in units.txt (also 区大数据局 = 区大数据发展局)"},
  {"rule": "unknown-unit", "line": ln("以一体化在线监管提升监管协同化水平"), "text": "区市场监管局", "why": "alias of 区市场监督管理局"},
  {"rule": "unknown-unit", "line": ln("推进数字化网格治理能力建设"), "text": "各村（社区）", "why": "collective subject (also 各镇人民政府)"},
  {"rule": "unknown-unit", "line": ln("持续完善“智桂通”武鸣专区"), "text": "区直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": ln("提升辅助决策能力"), "text": "区直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": ln("推进社会治安防控体系智能化"), "text": "武鸣公安分局", "why": "alias of 南宁市公安局武鸣分局"},
  {"rule": "unknown-unit", "line": ln("提升行政监督水平"), "text": "区政府办", "why": "alias of 区人民政府办公室"},
  {"rule": "unknown-unit", "line": ln("2026年底"), "text": "区卫健局", "why": "alias of 区卫生健康局 (武鸣区消防救援大队 is listed too)"},
  {"rule": "unknown-unit", "line": ln("加强重点共性应用支撑能力"), "text": "国家税务总局南宁市武鸣区税务局", "why": "vertically managed body listed in units.txt"},
  {"rule": "unknown-unit", "line": ln("助力数字经济发展"), "text": "东盟经开区管委会", "why": "alias of 广西—东盟经济技术开发区管理委员会"},
  {"rule": "unknown-unit", "line": ln("推动智慧工地监管能力提升"), "text": "区住建局", "why": "alias of 区住房和城乡建设局"},
  {"rule": "unknown-unit", "line": ln("每年6月30日、12月10日前"), "text": "南宁市大数据发展局", "why": "city body listed in units.txt; receives reports, not a responsible unit"},
  {"rule": "unknown-unit", "line": ln("充分发挥区数字武鸣建设领导小组作用"), "text": "区数字武鸣建设领导小组", "why": "a coordinating body named in text (its office is in units.txt), not a responsible-unit cell"},
  {"rule": "garbled-text", "line": ln("桂政发〔2021〕31号"), "text": "4·27", "why": "the middle dot in “4·27” is genuine, as in the regional text"},
  {"rule": "garbled-text", "line": ln("助力数字经济发展"), "text": "中国—东盟", "why": "genuine em dash in a proper name"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字社会", "why": "line 79 takes it up (智慧城市, 一网统管, 乡村治理, 乡村信息基础设施) despite the damaged run"},
  {"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "section 二（七）, line 56"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "section 七（三）, line 80"},
]

cov = {1:"加快推动各类经济数据分类分级整合", 2:"加强监管事项清单数字化管理", 3:"以一体化在线监管提升监管协同化水平",
       4:"推进数字化网格治理能力建设", 5:"推进社会治安防控体系智能化", 6:"推进智慧应急建设", 7:"打造泛在可及的服务体系",
       8:"12345政务服务便民热线武鸣分中心", 9:"持续完善“智桂通”武鸣专区", 10:"推动智慧教育、智慧医疗", 11:"推动智慧人社服务能力提升",
       12:"推动智慧教育、智慧医疗", 13:"推动智慧工地监管能力提升", 14:"推动智慧教育、智慧医疗", 15:"推动智慧教育、智慧医疗",
       16:"提升生态环保协同治理能力", 17:"提高自然资源利用效率", 18:"推动绿色低碳转型", 19:"提升辅助决策能力",
       20:"提升行政执行能力", 21:"提升行政监督水平", 22:"优化政策信息数字化发布", 23:"（一）强化安全管理责任",
       24:"（二）落实安全制度要求", 25:"（三）加强数据安全监管", 26:"（四）提升安全保障能力", 27:"（五）提高自主可控水平",
       28:"（一）以数字化改革助力政府职能转变", 29:"（二）创新数字政府建设管理机制", 30:"（三）完善法规制度和标准规范",
       31:"（三）完善法规制度和标准规范", 32:"（四）开展试点示范", 33:"（一）创新数据管理机制", 34:"（二）深化数据高效共享",
       35:"（三）促进数据有序开发利用", 36:"（一）强化政务云平台支撑能力", 37:"（二）提升网络平台支撑能力",
       38:"（四）强化数据智能支撑能力", 39:"（三）加强重点共性应用支撑能力", 41:"（一）助力数字经济发展",
       42:"（二）引领数字社会建设", 43:"（三）营造良好数字生态"}
covers = [{"task": t, "line": ln(s)} for t, s in sorted(cov.items())]

key = {
  "writer": "blind writer, round 300; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("Regional task numbers are my own: the 43 inline (责任单位…完成时限…) notes of guangxi-2022-shishi-yijian.txt numbered 1–43 in "
            "document order (task 1 = seed line 43 经济调节, task 8 = line 63 12345热线, task 43 = line 187 数字生态); seed line numbers are given in the whys. "
            "Only tasks 3, 8, 9 and 22 have a dated 完成时限 (2025年底); all others are 持续开展. The draft writes 持续推进 for those. "
            "Task 40 (开放生态支撑平台) is not taken up; it is a regional platform task and is not listed as a planted omission. "
            "Task 23 (安全管理责任) has no 各市人民政府 in its note; line 58 takes it up anyway. "
            "No parent plan is given: the 南宁市 plan is cited by title only and its text is not in the seeds. "
            "The title used for the 广西 document is 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》; the seed carries no title line, so the title was inferred from the national pattern.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], D[e['line']-1].count(e['text']))
for e in mnf:
    if e['line'] and 'text' in e: assert e['text'] in D[e['line']-1], e
