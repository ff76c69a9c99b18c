# helper kept in the case folder: builds key.json, locating every line by its text in draft.txt
import json
D = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(*needles):
    hits = [i for i, l in enumerate(D, 1) if all(n in l for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]
def row(n):
    return ln(f'{n}\t')  if False else [i for i,l in enumerate(D,1) if l.startswith(f'{n}\t')][0]
G = '建立健全工作专班'.encode('utf-8').decode('gbk')
expect = [
 {"rule":"basis-mismatch","line":ln('桂政发〔2022〕13号'),"text":"桂政发〔2022〕13号",
  "why":"the 广西 实施意见 (《广西壮族自治区人民政府关于加强数字政府建设的实施意见》) is 桂政发〔2022〕31号; the preamble swaps the digits (the annex note on the task table cites it correctly as 31号)"},
 {"rule":"deadline-later-than-baseline","line":ln('2026年6月底前'),"text":"2026年6月底",
  "why":"sentence on merging all hotlines into 12345热线 matches regional task 8 (12345热线, 完成时限: 2025年底); 2026年6月 is later. The table row 9 for the same task says 2025年底前 correctly"},
 {"rule":"deadline-later-than-baseline","line":row(10),"text":"2026年底",
  "why":"table row 10 (智桂通 全州专区) implements regional task 9 (持续完善“智桂通”移动开放生态体系, 完成时限: 2025年底); 2026年底前 is later"},
 {"rule":"deadline-invalid","line":row(36),"text":"2022年12月底",
  "why":"table row 36 (政务云, regional task 36, 完成时限: 持续开展) is due 2022年12月底前 in a plan issued 2023-09-12: a deadline before the year the document is issued"},
 {"rule":"unknown-unit","line":row(26),"text":"县信息中心",
  "why":"not in units.txt (the county's data body is 县大数据发展局) and not a collective; row 26 = regional task 26"},
 {"rule":"garbled-text","line":ln(G),"text":G[:6],
  "why":"UTF-8 bytes of 建立健全工作专班 read as GBK (寤虹珛鍋ュ叏宸ヤ綔涓撶彮); re-encoding as GBK and decoding as UTF-8 recovers it"},
 {"rule":"task-uncovered","line":0,"task":14,
  "why":"regional task 14 (推动智慧体育服务能力提升, 各市人民政府 responsible) deliberately left out: no 智慧体育 sentence and no table row"},
]
M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)
B='basis-mismatch'; DL='deadline-later-than-baseline'; DI='deadline-invalid'; U='unknown-unit'; GT='garbled-text'
m(B, ln('全政办〔2023〕27号'), "the notice's own 文号, not a basis document", '全政办〔2023〕27号')
m(B, ln('国发〔2016〕55号'), "retrospective mention in the background (2016年以来…部署) of an older national document with its correct 文号; not cited as a basis", '国发〔2016〕55号')
m(B, ln('桂政发〔2022〕31号'), "annex note cites the 广西 实施意见 by short name with its correct 文号", '桂政发〔2022〕31号')
m(B, ln('桂政发〔2022〕31号'), "the parent city plan cited by title alone (a city plan may have no 文号); its title uses 加强 and 实施方案; same citation as in the preamble", '桂林市人民政府《关于加强数字政府建设的实施方案》')
m(DI, ln('2016年以来'), "past dates in the background (2016年以来, 2022年, 截至2023年6月底) are achievements, not deadlines", '2022年')
m(DL, ln('到2024年底，全县依申请'), "county's own 主要目标 for 2024年底 is earlier than the 广西 goal 到2025年 (and task 37 is 持续开展)", '2024年底')
m(DL, ln('到2025年，与政府治理能力现代化'), "same goal as the 广西 主要目标 (到2025年…体系框架基本形成): equal", '2025年')
m(DL, ln('到2035年'), "same as the 广西 goal 到2035年…基本建成: equal", '2035年')
m(DL, ln('2025年底前完成县、乡两级监管事项清单认领'), "regional task 3 (一体化在线监管, 完成时限: 2025年底): equal", '2025年底')
m(DL, ln('2024年6月底前在全州镇'), "regional task 4 (数字化网格治理, 完成时限: 持续开展): dated milestones 2024年6月底前 / 2024年底前 for an ongoing task are not later", '2024年6月底')
m(DL, row(1), "regional task 1 (经济调节, 完成时限: 持续开展): 持续开展 equal", '持续开展')
m(DL, row(3), "regional task 3 (完成时限: 2025年底): 2025年底前 equal", '2025年底')
m(DL, row(5), "regional task 4 (完成时限: 持续开展): dated pilot milestone, not later", '2024年6月底')
m(DL, row(6), "regional task 5 (社会治安防控, 完成时限: 持续开展): dated milestone 2024年底前, not later", '2024年底')
m(DL, row(9), "regional task 8 (12345热线, 完成时限: 2025年底): 2025年底前 equal", '2025年底')
m(DL, row(19), "regional task 19 (辅助决策/数字政府大脑, 完成时限: 持续开展): dated milestone, not later", '2024年底')
m(DL, row(22), "regional task 22 (政务公开, 完成时限: 2025年底): equal", '2025年底')
m(DL, row(30), "regional task 30 (完善法规制度, 完成时限: 持续开展): dated milestone, not later", '2024年底')
m(DL, row(35), "regional task 35 (公共数据开放, 完成时限: 持续开展): 2023年底前 is a dated milestone in the plan's own year, after its issue date; neither later nor invalid", '2023年底')
m(DL, row(37), "regional task 37 (电子政务外网, 完成时限: 持续开展): dated milestone, not later", '2024年底')
m(DL, row(44), "row 44 (数字素养 training) has no dated regional counterpart (the 广西 党的领导 section carries no 完成时限); 持续开展", '持续开展')
m(DL, ln('每年6月30日、12月10日前'), "the office's own reporting dates for progress reports, not task deadlines", '12月10日')
m(U, ln('各乡镇人民政府，县直各部门（单位）'), "collective addressees", '县直各部门（单位）')
m(U, row(3), "各乡镇人民政府 is a collective subject", '各乡镇人民政府')
m(U, row(5), "乡镇 governments named as leads are local units listed in units.txt", '才湾镇人民政府')
m(U, row(16), "桂林市全州生态环境局 is the county-level branch of the city bureau (vertical management after the 环保垂改), listed in units.txt; a correct local lead", '桂林市全州生态环境局')
m(U, row(19), "桂林市大数据发展局, a city body above the county, listed in units.txt and named second (cooperating), not as lead", '桂林市大数据发展局')
m(U, row(37), "enterprise unit listed in units.txt under this short name", '中国电信全州分公司')
m(U, row(39), "vertical tax body listed in units.txt; 国家税务总局 is part of its name, not a national lead", '国家税务总局全州县税务局')
m(U, row(7), "short names 县气象局 / 县消防救援大队 are aliases in units.txt", '县消防救援大队')
m(U, row(10), "县直各部门 is a collective subject", '县直各部门')
m(U, row(24), "县委保密办 is listed in units.txt", '县委保密办')
m(U, row(4), "court and procuratorate are listed in units.txt; the 县委政法委， prefix list is fully written out", '县人民检察院')
m(U, row(8), "县残联 and 县政务服务监督管理办公室 are listed in units.txt", '县残联')
m(U, ln('2024年6月底前在全州镇'), "乡镇 names in body text are places, not responsible units", '绍水镇')
m(U, ln('东山瑶族乡、蕉江瑶族乡'), "乡镇 names in body text (pilot places), not units", '东山瑶族乡')
m(U, ln('主动融入全区“1+6+N”'), "桂林市城市数字政府大脑 is a platform, not a unit", '桂林市城市数字政府大脑')
m(GT, ln('4·27'), "“4·27” with a middle dot is the standard name of the speech, not mojibake", '4·27')
m(GT, ln('天地图·广西'), "“天地图·广西” is the platform's real name", '天地图·广西')
covers_map = {1:'配合打造全区经济治理数据',2:'加强监管事项清单数字化管理',3:'以一体化在线监管提升',4:'推进数字化网格治理能力建设',
 5:'推进社会治安防控体系智能化',6:'推进智慧应急建设',7:'依托广西数字政务一体化平台和全国',8:'持续优化12345',
 9:'持续完善“智桂通”',10:'推动智慧教育',11:'推动智慧人社',12:'推动智慧医疗',13:'推动智慧工地',15:'推动智慧康养',
 16:'提升生态环保协同治理能力',17:'提高自然资源利用效率',18:'推动绿色低碳转型',19:'提升辅助决策能力',20:'提升行政执行能力',
 21:'提升行政监督水平',22:'依托全区政府网站集约化平台',23:'（一）强化安全管理责任',24:'（二）落实安全制度要求',
 25:'（三）加强数据安全监管',26:'（四）提升安全保障能力',27:'（五）提高自主可控水平',28:'（一）以数字化改革助力',
 29:'（二）创新数字政府建设管理机制',30:'（三）完善法规制度',31:'（四）健全标准规范',32:'（五）开展试点示范',
 33:'（一）创新数据管理机制',34:'（二）深化数据高效共享',35:'（三）促进数据有序开发利用',36:'（一）强化政务云平台',
 37:'（二）提升网络平台支撑能力',38:'推广应用智能算法库、智能模型库。',39:'推广应用统一身份认证',40:'依托开放生态支撑平台，推动',
 41:'（一）助力数字经济发展',42:'（二）引领数字社会建设',43:'（三）营造良好数字生态'}
TH = D.index('序号\t工作任务\t责任单位\t完成时限') + 1
def bodyln(n):
    hits = [i for i, l in enumerate(D, 1) if n in l and i < TH]
    assert len(hits) == 1, (n, hits)
    return hits[0]
covers = [{"task": t, "line": bodyln(s)} for t, s in sorted(covers_map.items())]
key = {
 "writer": "blind writer, round 307; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("Task numbers are the 43 inline (責任單位…完成時限…) notes of guangxi-2022-shishi-yijian.txt counted in order "
   "(1 = 经济调节 line 43 … 43 = 数字生态 line 187); tasks dated 2025年底 are 3, 8, 9, 22, all others 持续开展; task 23 names no 各市人民政府. "
   "Table rows 1–43 follow regional tasks 1–43 except: row 5 is a pilot milestone of task 4, there is no row for task 14 (deliberately left out), "
   "and row 44 (数字素养) has no numbered regional task. The table note says the first-listed unit is the lead. "
   "The plan is issued 2023-09-12 (planYear 2023). The 桂林 city plan is cited by title only and is not supplied as a parent. "
   "Line 9 (preamble) also cites 国发〔2022〕14号 and the 桂林 plan correctly; they are not listed in mustNotFlag only because that line carries the planted basis-mismatch.")
}
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'), '|', D[e['line']-1][:40] if e['line'] else '')
