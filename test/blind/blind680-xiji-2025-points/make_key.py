# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(snippet, nth=1):
    hits = [i + 1 for i, t in enumerate(L) if snippet in t]
    assert len(hits) >= nth, (snippet, hits)
    return hits[nth - 1]

def at(line, text):
    assert text in L[line - 1], (line, text)
    return line

def pt(n):
    return [i + 1 for i, t in enumerate(L) if t.startswith(f'{n}. ')][0]

expect = [
  {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕14号'), "text": "宁政发〔2023〕14号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 14号 is a slip (mixed up with 国发〔2022〕14号 just before it). The same draft cites 17号 correctly on line %d." % ln('2024年继续对照宁政发〔2023〕17号')},
  {"rule": "unknown-unit", "line": pt(9), "text": "县扶贫办",
   "why": "not in units.txt: the 扶贫办 no longer exists (its work passed to 县农业农村局); stale name copied from an older document"},
  {"rule": "deadline-later-than-baseline", "line": at(pt(25), '2025年10月底前'), "text": "2025年10月底前",
   "why": "外网/城域网 to every village: regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47, 外网升级扩容, also 2024年); the county sets October 2025"},
  {"rule": "deadline-invalid", "line": at(pt(48), '2024年11月底前'), "text": "2024年11月底前",
   "why": "a deadline in a 2025 work plan (issued 2025-02-18) that lies before the plan's year, copied from last year's points; regional task 106 (填表报数系统，压减50%以上) is due 2025年, so it is not a late deadline"},
  {"rule": "garbled-text", "line": ln('鏀垮簻淇℃伅'), "text": "鏀垮簻淇℃伅浼犳挱鏍煎眬",
   "why": "UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 政府信息传播格局"},
  {"rule": "missing-pillar", "line": 0, "pillar": "经济调节",
   "why": "part 六 announces the 七个能力 but has only six sub-parts (市场监管, 社会管理, 公共服务, 生态环境保护, 政务运行, 政务公开); nothing on economic data, 经济运行监测 or economic-policy coordination anywhere in the draft"},
  {"rule": "task-uncovered", "line": 0, "task": 66,
   "why": "part of the same omission: 经济运行大数据平台 (各市、县（区）配合), left out with the 经济调节 pillar"},
  {"rule": "task-uncovered", "line": 0, "task": 67,
   "why": "part of the same omission: 规划综合管理信息平台/经济政策衔接 (各市、县（区）配合), left out with the 经济调节 pillar"},
]

def dl(line, text, why):
    return {"rule": "deadline-later-than-baseline", "line": at(line, text), "text": text, "why": why}

def di(line, text, why):
    return {"rule": "deadline-invalid", "line": at(line, text), "text": text, "why": why}

def uu(line, text, why):
    return {"rule": "unknown-unit", "line": at(line, text), "text": text, "why": why}

def bm(line, text, why):
    return {"rule": "basis-mismatch", "line": at(line, text), "text": text, "why": why}

mnf = [
  bm(2, '西政办发〔2025〕9号', "the document's own 文号, not a cited basis"),
  bm(9, '国发〔2022〕14号', "correct 文号 and title of the national 指导意见"),
  bm(9, '宁政办发〔2023〕11号', "correct citation of 《数字宁夏“1244+N”行动计划实施方案》, cited the same way in the 吴忠 plan"),
  bm(9, '固原市人民政府《关于加强数字政府建设的实施方案》', "the city's own plan cited by title alone (a city plan may have no 文号); 实施方案 is the right title for a city plan, not a wrong title of the regional 实施意见"),
  bm(ln('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号', "retrospective mention of the 2020 regional 工作要点 with its correct 文号 and title, in the review of past work, not cited as a basis"),
  bm(ln('2024年继续对照宁政发〔2023〕17号'), '宁政发〔2023〕17号', "correct 文号 of the regional 实施意见"),
  di(6, '2025年2月18日', "issue date of the document, not a deadline"),
  di(10, '2024年', "heading of the review of 2024 work"),
  di(ln('2024年3月'), '2024年3月', "past date in the review of 2024 work"),
  di(ln('2024年10月底前完成'), '2024年10月底前', "past date in the review of 2024 work (what was done by then), not a deadline of this plan"),
  di(ln('自2020年对照'), '2020年', "retrospective: when the county's work started"),
  di(pt(14), '2023年', "retrospective: the mechanism set up in 2023 (regional task 15, 2023年) is to be kept in force; the point's own deadline is 持续推进"),
  di(ln('2025年6月25日'), '2025年6月25日', "the office's own reporting dates (6月25日, 12月20日), within the plan's year"),
  dl(ln('到2025年底'), '2025年底', "主要目标: the framework goal matches the region's 到2025年…“34567”体系框架全面成型 (same year)"),
  dl(pt(1), '2025年12月底前', "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal"),
  dl(pt(5), '2025年12月底前', "task 6 (教育、健康、就业…服务数字化) 完成时限 持续推进，2025年取得明显成效: equal"),
  dl(pt(6), '2025年8月底前', "task 7 (国家智慧教育平台) 完成时限 2023年形成试点经验，2025年取得明显成效: earlier"),
  dl(pt(7), '2025年12月底前', "task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效: equal"),
  dl(pt(9), '2025年11月底前', "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效: earlier"),
  dl(pt(10), '2025年12月底前', "task 11 (数字供销) 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal"),
  dl(pt(11), '2025年12月底前', "task 12 (培育数据要素市场) 完成时限 2025年: equal; not task 13 (数据交易准入、公平竞争制度, 2024年, a regional task)"),
  dl(pt(13), '持续推进', "task 14 (安全和保密主体责任) 完成时限 2023年: ongoing consolidation in 2025 carries no later milestone"),
  dl(pt(15), '长期坚持', "tasks 17 (2023年) and 18 (2023年形成机制，长期坚持): ongoing, no later milestone"),
  dl(pt(16), '2025年9月底前', "task 22 (审管协同，政务服务平台与“互联网+监管”打通融合) 完成时限 2025年: earlier; the point is task 22, not task 21 (2024年) or task 72 (2023年)"),
  dl(pt(19), '2025年12月底前', "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效: equal"),
  dl(pt(24), '持续推进', "tasks 43 (2024年建成，持续推进) and 46 (2024年): the county's migration continues, no later milestone"),
  dl(pt(27), '2025年12月底前', "task 49 (视频共享平台、“视频一张网”) 完成时限 2025年: equal"),
  dl(pt(29), '2025年12月底前', "task 52 (电子证照在社会化高频场景应用) 完成时限 2025年: equal; not task 85 (2023年), which is about 政务服务领域 and 免证办"),
  dl(pt(30), '2025年3月底前', "task 64 (各地参照自治区做法成立组织机构) 完成时限 2025年: earlier; task 60 (2023年) is the region's own 领导小组"),
  dl(pt(31), '2025年12月底前', "六级贯通 body text (县级指挥调度中心), nearest task 81 (视频指挥调度体系) 完成时限 2025年: equal"),
  dl(pt(35), '持续推进', "task 79 (雪亮工程) 完成时限 2024年: ongoing extension, no later milestone"),
  dl(pt(37), '2025年11月底前', "task 83 (互联网+基层治理) 完成时限 2025年: earlier"),
  dl(pt(40), '2025年12月底前', "task 87 (12345热线“一呼即应”改革) 完成时限 2023年启动，2025年完成: equal; not task 115 (政民互动平台, 2024年)"),
  dl(pt(41), '2025年12月底前', "task 92 (多卡合一、多码合一) 完成时限 2025年: equal"),
  dl(pt(43), '2025年12月底前', "task 95 (大气、水、土壤等数据资源综合开发利用) 完成时限 2025年: equal"),
  dl(pt(44), '2025年10月底前', "task 96 (互联网+城乡供水) 完成时限 2025年: earlier"),
  dl(pt(46), '2025年12月底前', "task 100 (用水权、土地权、排污权、山林权交易平台) 完成时限 2025年: equal"),
  dl(pt(49), '2025年6月底前', "task 107 (非涉密视频会议系统整合) 完成时限 2025年: earlier"),
  dl(pt(50), '2025年12月底前', "task 111 (机关事务管理信息系统、办公用房信息) 完成时限 2025年: equal"),
  dl(pt(55), '长期坚持', "task 116 (一把手工程) 完成时限 2023年完成并长期坚持: ongoing, no later milestone"),
  uu(3, '各乡镇人民政府', "collective addressee"),
  uu(pt(5), '县直有关部门', "collective subject (here first-listed)"),
  uu(pt(13), '县直各部门（单位）', "collective subject"),
  uu(pt(1), '县工信商务局', "official short name of 县工业信息化和商务局 in units.txt"),
  uu(pt(6), '县教体局', "short name of 县教育体育局 in units.txt"),
  uu(pt(18), '财政局', "prefix 县 distributes over 县发改局、财政局、审计局: 县财政局, 县审计局 are in units.txt"),
  uu(pt(57), '宣传部', "prefix 县委 distributes over 县委组织部、宣传部: 县委宣传部"),
  uu(pt(25), '中国电信西吉分公司', "unit outside government proper, listed in units.txt"),
  uu(pt(43), '固原市生态环境局西吉分局', "the county's environment branch is a city-level body by name, but units.txt lists it; a listed name is never split"),
  uu(pt(34), '县检察院', "short name of 县人民检察院 in units.txt (县法院 likewise)"),
  uu(pt(36), '西吉县气象局', "listed in units.txt"),
  uu(pt(42), '县残联', "short name of 县残疾人联合会 in units.txt"),
  uu(pt(51), '县政府督查室', "listed in units.txt"),
  uu(ln('县推进数字政府建设领导小组办公室将'), '县推进数字政府建设领导小组办公室', "named in running text (closing requirements), not as a responsible unit; the text says it sits in 县政府办公室"),
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up in 三（三） (lines %d-%d): 数据要素市场, 网络综合治理" % (pt(11), pt(12))},
  {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "taken up in part 五 (lines %d-%d): 组织机构 and 六级贯通 层级架构" % (pt(30), pt(31))},
]

covers_spec = [(3,1),(5,4),(6,5),(7,6),(8,7),(9,8),(10,9),(11,10),(12,11),(14,13),(15,14),(17,15),(18,15),
  (22,16),(23,17),(24,18),(28,19),(30,20),(32,20),(36,21),(40,22),(54,22),(41,23),(43,24),(46,24),(47,25),(48,25),
  (50,26),(49,27),(51,28),(53,28),(52,29),(64,30),(68,32),(70,32),(71,32),(72,33),(74,33),(77,34),(79,35),(80,36),
  (83,37),(84,38),(85,38),(86,39),(87,40),(92,41),(93,42),(95,43),(96,44),(97,45),(98,45),(100,46),(104,47),(105,47),
  (106,48),(107,49),(111,50),(109,51),(112,52),(114,53),(115,54),(116,55),(25,56),(118,57),(122,58),(123,58),(124,58)]
covers = [{"task": t, "line": pt(p)} for t, p in covers_spec]

key = {
  "writer": "blind writer, round 680; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2025,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("西吉县 (固原市) 2025年数字政府建设工作要点, issued 2025-02-18 as 西政办发〔2025〕9号. No parent plan is supplied; "
            "the 固原 plan is cited by title only. The draft states that the first-listed unit of each cell leads. "
            "Points on tasks whose regional deadline is 2023年 or 2024年 carry 持续推进/长期坚持 (no milestone), which the writer reads as not later; "
            "the only 2025 date on a 2024 task is the planted one (line %d). Tasks 65-67 (经济调节) are left out with the pillar." % pt(25)),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text', e.get('pillar', e.get('task'))))
