# Writes key.json and checks every line/text against draft.txt (1-based lines).
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def find(text, hint=None):
    hits = [i for i, l in enumerate(L, 1) if text in l]
    if hint is not None:
        assert hint in hits, (text, hint, hits)
        return hint
    assert len(hits) == 1, (text, hits)
    return hits[0]

T = "task numbers are the ordinal (1-43, document order) of the paragraphs of guangxi-2022-shishi-yijian.txt that end in a (責任單位…完成時限…) note"

expect = [
  dict(rule="basis-mismatch", text="桂政发〔2022〕13号",
       why="the 广西 实施意见《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (digits swapped)"),
  dict(rule="deadline-later-than-baseline", text="2026年", line=find("到2026年，与政府治理能力现代化"),
       why="主要目标: 广西 sets 到2025年 for 数字政府体系框架基本形成 / 一体化政务服务和一体化在线监管模式广泛普及; the draft says 到2026年 for the same goal"),
  dict(rule="deadline-invalid", text="2022年底", line=find("各街道办事处。完成时限：2022年底"),
       why="completion deadline 2022年底 in a plan issued 2023年7月14日 (before the document's own year); regional task 4 (推進數字化網格治理能力建設) is 完成時限：持續開展"),
  dict(rule="deadline-later-than-baseline", text="2026年底", line=find("完成时限：2026年底）", None) if False else None,
       why="regional task 8 (持續優化12345政務服務便民熱線平臺) has 完成時限：2025年底; the draft gives 2026年底"),
  dict(rule="unknown-unit", text="市工信委",
       why="not in units.txt; the city body is 市工业和信息化局 (市工信局); 工信委 is the pre-2019 name"),
  dict(rule="unknown-unit", text="市智慧口岸运营中心",
       why="no such body in units.txt (口岸 units are 市口岸办, 百色海关/龙邦海关/平孟海关, the 边检站)"),
  dict(rule="garbled-text", text="鍏呭垎鍙戞尌",
       why="UTF-8 bytes read as GBK: 鍏呭垎鍙戞尌鏁版嵁鍏变韩浜ゆ崲骞冲彴浣滅敤 = 充分发挥数据共享交换平台作用"),
]
# fill lines
expect[0]['line'] = find("桂政发〔2022〕13号")
expect[3]['line'] = find("公共事业服务热线联动")
assert "2026年底" in L[expect[3]['line']-1]
expect[4]['line'] = find("市工信委")
expect[5]['line'] = find("市智慧口岸运营中心")
expect[6]['line'] = find("鍏呭垎鍙戞尌")
for e in expect:
    assert e['text'] in L[e['line']-1], e

def nm(rule, line, why, text=None):
    d = dict(rule=rule, line=line, why=why)
    if text is not None:
        assert text in L[line-1], (text, line)
        d['text'] = text
    return d

mnf = []
DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"; GT = "garbled-text"
# basis
mnf.append(nm(BM, find("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"))
mnf.append(nm(BM, find("百政发〔2023〕9号"), "the plan's own 文号 in the 通知 header, not a cited basis document", "百政发〔2023〕9号"))
mnf.append(nm(BM, 9, "a real national plan (国务院 approved 2015, issued by 国家发展改革委) named by its correct title without 文号; a complementary local reference, not a wrong or superseded basis", "左右江革命老区振兴规划（2015—2025年）"))
mnf.append(nm(BM, find("数字广西建设规划"), "retrospective mention of a real regional plan in the 发展现状 background, not a basis citation", "数字广西建设规划（2018—2025年）"))
# past dates / issue date
mnf.append(nm(DI, find("截至2022年底"), "past date in the 发展现状 background (截至2022年底), not a deadline", "截至2022年底"))
mnf.append(nm(DI, find("2021年，百色市数字政务一体化平台"), "past dates 2021年 / 2022年启动 in the background", "2021年"))
mnf.append(nm(DI, 6, "the plan's issue date", "2023年7月14日"))
mnf.append(nm(DI, 85, "the office's own recurring reporting dates (每年6月30日和12月10日前), not task deadlines", "6月30日"))
# goals
mnf.append(nm(DL, find("到2023年底，全市数字政府建设工作体系"), "the city's own near-term goal; 广西 sets no 2023 goal, and 2023 is earlier than any regional goal", "到2023年底"))
mnf.append(nm(DL, find("到2035年，全市数字政府体系框架"), "equal to 广西's 到2035年 goal (数字政府基本建成)", "到2035年"))
# equal / earlier deadlines
mnf.append(nm(DL, find("以一体化在线监管提升监管协同化水平"), "regional task 3 (以一體化在線監管提升監管協同化水平) 完成時限：2025年底; draft 2025年底 is equal; the aliases 市发改委 / 市大数据局 in the same note are registered", "2025年底"))
mnf.append(nm(DL, find("持续完善“智桂通”百色专区"), "regional task 9 (持續完善“智桂通”移動開放生態體系) 完成時限：2025年底; draft 2025年6月底 is earlier", "2025年6月底"))
mnf.append(nm(DL, find("优化政策信息数字化发布"), "regional task 22 (優化政策信息數字化發布) 完成時限：2025年底; draft 2025年底 is equal", "2025年底"))
mnf.append(nm(DL, find("推动绿色低碳转型"), "regional task 18 (推動綠色低碳轉型) 完成時限：持續開展; a dated local milestone for an ongoing task is not later", "2025年底"))
mnf.append(nm(DL, find("提升辅助决策能力"), "regional task 19 (提升輔助決策能力) 完成時限：持續開展; 2024年底 is a local milestone, not later", "2024年底"))
mnf.append(nm(DL, find("（四）提升安全保障能力"), "regional task 26 (加快建設數字政府一體安全平臺) 完成時限：持續開展; 2024年底 is not later", "2024年底"))
mnf.append(nm(DL, find("（二）提升网络平台支撑能力"), "regional task 37 (強化電子政務網絡統籌建設管理) 完成時限：持續開展; 2024年底 is not later", "2024年底"))
mnf.append(nm(DL, find("推进芒果产业大数据建设"), "the city's own programme (芒果产业大数据); 广西 sets no date for it; the nearest regional tasks 41/42 are 持續開展, so 2024年底 / 2026年底 are not later than anything", "2026年底"))
mnf.append(nm(DL, find("推进边境口岸数字化通关"), "the city's own 边境口岸 programme; 广西 sets no deadline for it", "2025年底"))
mnf.append(nm(DL, find("推进革命老区数字振兴"), "the city's own 革命老区振兴 programme; 广西 sets no deadline for it", "2025年底"))
mnf.append(nm(DL, find("百色芒果产业大数据平台\t"), "重点项目 row for the city's own 芒果 programme (2023—2026年); no regional deadline applies", "2023—2026年"))
mnf.append(nm(DL, find("12345政务服务便民热线智能化升级"), "重点项目 row: 2023—2025年 ends with 广西's 2025年底 for task 8 (equal)", "2023—2025年"))
mnf.append(nm(DL, find("市级“互联网+监管”数据对接"), "重点项目 row: 2023—2025年 equal to task 3's 2025年底", "2023—2025年"))
mnf.append(nm(DL, find("（一）强化经济运行大数据监测分析") + 1, "持续开展 copied from regional task 1 (持續開展)", "持续开展"))
mnf.append(nm(DL, find("推进数字化网格治理能力建设") + 1, "regional task 5 持續開展; draft 持续开展 (equal)", "持续开展"))
# units
mnf.append(nm(UU, find("以一体化在线监管提升监管协同化水平"), "alias of 市发展改革委 in units.txt (prefix 市 distributes)", "发改委"))
mnf.append(nm(UU, find("以一体化在线监管提升监管协同化水平"), "alias of 市大数据发展局 in units.txt (prefix 市 distributes)", "大数据局"))
mnf.append(nm(UU, find("打造泛在可及的服务体系"), "人社局 = 市人社局, alias of 市人力资源社会保障局; 市残联 is registered", "人社局"))
mnf.append(nm(UU, find("推动智慧医疗服务能力提升"), "alias of 市卫生健康委", "市卫健委"))
mnf.append(nm(UU, find("提升行政监督水平"), "alias of 市人民政府办公室", "市政府办"))
mnf.append(nm(UU, find("推进社会治安防控体系智能化"), "口岸 border-inspection stations under 国家移民管理局, listed in units.txt", "龙邦出入境边防检查站"))
mnf.append(nm(UU, find("推进边境口岸数字化通关"), "customs offices under 海关总署 (南宁海关), listed in units.txt", "百色海关、龙邦海关、平孟海关"))
mnf.append(nm(UU, find("推进智慧应急建设"), "vertically managed bodies in the city, listed in units.txt", "百色市消防救援支队"))
mnf.append(nm(UU, find("加强重点共性应用支撑能力"), "国家税务总局百色市税务局, listed in units.txt", "百色市税务局"))
mnf.append(nm(UU, find("推进数字化网格治理能力建设"), "collective subjects", "各乡镇人民政府、各街道办事处"))
mnf.append(nm(UU, find("持续完善“智桂通”百色专区"), "collective subject", "市直有关部门"))
mnf.append(nm(UU, find("强化经济运行大数据监测分析") + 1, "collective subject", "各县（市、区）人民政府"))
mnf.append(nm(UU, find("（二）落实安全制度要求"), "市委网信办、保密办: prefix 市委 distributes, 市委保密办 (alias 市保密办) is registered", "保密办"))
mnf.append(nm(UU, find("在自治区大数据发展局指导下"), "a regional body mentioned in body text as the guiding authority, not a responsible unit or lead of a local task; 数字百色建设领导小组 is registered", "自治区大数据发展局"))
mnf.append(nm(UU, find("市委党校（市行政学院）"), "body text, registered (市委党校 = 市行政学院)", "市委党校"))
mnf.append(nm(UU, find("电子政务外网延伸及IPv6改造"), "table cell: the prefix 市 does not distribute into the collective 各县（市、区）人民政府", "各县（市、区）人民政府"))
mnf.append(nm(UU, find("推进芒果产业大数据建设"), "county governments written out in full, all registered", "田阳区人民政府"))
# garbled
mnf.append(nm(GT, find("天地图·广西"), "the middle dot in the official name 天地图·广西 is not encoding damage", "天地图·广西"))
mnf.append(nm(GT, find("4·27"), "“4·27”重要讲话 is the normal form", "4·27"))

covers_map = {1:"强化经济运行大数据监测分析",2:"加强监管事项清单数字化管理",3:"以一体化在线监管提升监管协同化水平",
 4:"推进数字化网格治理能力建设",5:"推进社会治安防控体系智能化",6:"推进智慧应急建设",7:"打造泛在可及的服务体系",
 8:"公共事业服务热线联动",9:"持续完善“智桂通”百色专区",10:"推动智慧教育服务能力提升",11:"推动智慧人社服务能力提升",
 12:"推动智慧医疗服务能力提升",15:"推动智慧康养服务能力提升",16:"提升生态环保协同治理能力",17:"提高自然资源利用效率",
 18:"推动绿色低碳转型",19:"提升辅助决策能力",20:"提升行政执行能力",21:"提升行政监督水平",22:"优化政策信息数字化发布",
 23:"（一）强化安全管理责任",24:"（二）落实安全制度要求",25:"（三）加强数据安全监管",26:"（四）提升安全保障能力",
 27:"（五）提高自主可控水平",28:"（一）以数字化改革助力政府职能转变",29:"（二）创新数字政府建设管理机制",30:"（三）完善法规制度",
 31:"（四）健全标准规范",32:"（五）开展试点示范",33:"（一）创新数据管理机制",34:"（二）深化数据高效共享",
 35:"（三）促进数据有序开发利用",36:"（一）强化政务云平台支撑能力",37:"（二）提升网络平台支撑能力",
 38:"（三）加强重点共性应用支撑能力",39:"（三）加强重点共性应用支撑能力",41:"（一）助推数字经济发展",
 42:"（二）引领数字社会建设",43:"（三）营造良好数字生态"}
covers = []
for t, s in covers_map.items():
    ln = find(s)
    if t == 1: ln += 1
    covers.append(dict(task=t, line=ln))
assert "经济数据分类分级整合" in L[covers[0]['line']-1]

key = {
 "writer": "blind writer, round 335; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": (T + ". 广西 has no separate task table: every task's 完成時限 is 持續開展 except tasks 3, 8, 9 and 22 (2025年底), so only those four and the 主要目标 (到2025年 / 到2035年) can be exceeded. "
   "Tasks 13 (智慧工地), 14 (智慧体育) and 40 (开放生态支撑) are not taken up; they were not planted as omissions and are not in expect. "
   "The draft states that the first-listed unit of each note is the lead; no regional body is listed in any note. "
   "The 口岸 inspection bodies (海关, 出入境边防检查站) are national vertical bodies and are listed in units.txt on purpose.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), "lines;", len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e['rule'], e['line'], e['text'])
