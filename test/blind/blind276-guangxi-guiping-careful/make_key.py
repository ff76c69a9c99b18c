# Builds key.json; every line number is found from a unique substring of draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(sub, within=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    if within is not None:
        hits = [h for h in hits if h == within]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def at(sub, text, line=None):
    n = ln(sub) if line is None else line
    assert text in L[n - 1], (text, n)
    return n

T = '桂政发〔2022〕31号'
def task(n, seedline, limit, what):
    return f'{T} task {n} ({what}; seed guangxi-2022-shishi-yijian.txt line {seedline}), 完成时限 {limit}'

expect = [
  {"rule": "basis-mismatch", "line": at('为贯彻落实《国务院关于加强数字政府建设的指导意见》', '桂政发〔2023〕31号'),
   "text": "桂政发〔2023〕31号",
   "why": "the 广西 实施意见 is 桂政发〔2022〕31号, dated 2022-11-30; the year in the 文号 is wrong (the drafting year typed in)"},
  {"rule": "deadline-later-than-baseline", "line": at('到2026年，与政府治理能力现代化相适应', '2026年'),
   "text": "2026年",
   "why": "主要目标: the region's goal 'by 2025 … 政府数字化履职能力、安全保障、制度规则、数据资源、平台支撑等数字政府体系框架基本形成' (seed line 35, 到2025年) is put off to 2026"},
  {"rule": "deadline-later-than-baseline", "line": at('持续优化12345热线功能', '2026年底'),
   "text": "2026年底",
   "why": task(8, 63, '2025年底', '12345热线 归并、联动') + "; the draft says 2026年底"},
  {"rule": "deadline-invalid", "line": at('（三）完善法规制度。', '2022年底'),
   "text": "2022年底",
   "why": "deadline before the plan's own year (notice dated 2023-09-12); " + task(30, 133, '持续开展', '完善法规制度') + ", so it is not a copied regional date"},
  {"rule": "unknown-unit", "line": at('（四）提升安全保障能力。', '自治区党委网信办'),
   "text": "自治区党委网信办",
   "why": "a regional body named first, i.e. as lead (line 29 says the first-listed unit leads), of a local task; copied from the regional note instead of 市委网信办 (" + task(26, 115, '持续开展', '提升安全保障能力') + ")"},
  {"rule": "unknown-unit", "line": at('（一）强化政务云平台支撑能力。', '市大数据管理服务局'),
   "text": "市大数据管理服务局",
   "why": "not in units.txt: 桂平's body is 市大数据发展局 (桂平市大数据发展局); 市大数据管理服务局 is another region's name (吴忠)"},
  {"rule": "garbled-text", "line": at('（二）深化数据高效共享。', '鏁版嵁鍏变韩浜ゆ崲骞冲彴'),
   "text": "鏁版嵁鍏变韩浜ゆ崲骞冲彴",
   "why": "UTF-8 bytes of 数据共享交换平台 read as GBK (mojibake with no ? marker)"},
]

m = []
def nf(rule, sub, text, why, line=None):
    n = at(sub, text, line) if text else ln(sub)
    e = {"rule": rule, "line": n}
    if text: e["text"] = text
    e["why"] = why
    m.append(e)

nf("basis-mismatch", '浔政办发〔2023〕27号', '浔政办发〔2023〕27号', "the notice's own 文号 (桂平 uses the 浔 prefix), not a basis citation")
nf("basis-mismatch", '为贯彻落实《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', "correct title and 文号 of the national 指导意见")
nf("basis-mismatch", '为贯彻落实《国务院关于加强数字政府建设的指导意见》', '以下简称自治区实施意见', "short form of the regional document defined once here and used again at line 13; the title itself is right, only the 文号 year is the planted error")
nf("basis-mismatch", '《数字广西建设三年行动计划（2018—2020年）》实施以来', '数字广西建设三年行动计划（2018—2020年）', "retrospective mention of an expired 广西 plan in the background, not cited as the basis")
nf("deadline-invalid", '《数字广西建设三年行动计划（2018—2020年）》实施以来', '2018—2020年', "years of an old plan in the background, not a deadline")
nf("deadline-invalid", '《数字广西建设三年行动计划（2018—2020年）》实施以来', '2022年', "past achievement in the background (2022年，全市…), not a deadline")
nf("garbled-text", '《数字广西建设三年行动计划（2018—2020年）》实施以来', '麻垌镇', "real 桂平 place name (垌 is a Guangxi place-name character), not mojibake")
nf("unknown-unit", '《数字广西建设三年行动计划（2018—2020年）》实施以来', '金田镇', "place names of towns where service points work, not responsible units")
nf("deadline-invalid", '深入贯彻落实习近平总书记视察广西“4·27”', '4·27', "name of the 4·27 speech (2017), not a date or deadline")
nf("deadline-invalid", '桂平市人民政府办公室', '2023年9月12日', "issue date of the notice", line=6)
nf("unknown-unit", '市人民政府各组成部门、各直属机构', '市人民政府各组成部门', "collective addressees")
nf("deadline-later-than-baseline", '到2023年底，市级数字政府建设', '2023年底', "local intermediate goal, earlier than the region's 2025 goals")
nf("deadline-later-than-baseline", '到2025年，全市一体化政务服务和一体化在线监管模式广泛普及', '2025年', "equal to the region's 到2025年 goal (一体化政务服务和一体化在线监管模式广泛普及, 智桂通; seed line 35)")
nf("deadline-later-than-baseline", '到2035年，桂平数字政府体系框架', '2035年', "equal to the region's 到2035年 goal (seed line 37)")
nf("unknown-unit", '强化经济社会发展分析、投资监督管理', '统计局', "prefix 市 distributes: 市统计局, 市财政局, 市大数据发展局 are in units.txt; " + task(1, 43, '持续开展', '经济调节') + ", draft 持续开展")
nf("deadline-later-than-baseline", '以一体化在线监管提升监管协同化水平', '2025年底', "equal: " + task(3, 49, '2025年底', '一体化在线监管'))
nf("unknown-unit", '推进数字化网格治理能力建设', '市法院', "市法院 / 市检察院 are short names in units.txt (桂平市人民法院, 桂平市人民检察院); 市委政法委 is the lead")
nf("unknown-unit", '推进数字化网格治理能力建设', '各村（社区）', "collective subject")
nf("unknown-unit", '推进智慧应急建设', '市消防救援大队', "in units.txt (桂平市消防救援大队); county-level counterpart of 广西消防救援总队")
nf("unknown-unit", '依托全国一体化政务服务平台和广西数字政务一体化平台', '残联', "prefix 市 distributes: 市残联 (桂平市残疾人联合会) in units.txt")
nf("deadline-later-than-baseline", '持续完善“智桂通”移动开放生态体系', '2024年底', "earlier than " + task(9, 65, '2025年底', '智桂通'))
nf("unknown-unit", '提升生态环保协同治理能力', '贵港市桂平生态环境局', "real name after vertical reform (派出机构 of 贵港市生态环境局), listed in units.txt")
nf("unknown-unit", '推动绿色低碳转型。', '贵港市桂平生态环境局', "same unit in the middle of a 市… list; it has its own prefix, 市林业局 follows")
nf("unknown-unit", '（一）以数字化改革助力政府职能转变。', '大数据发展局、市场监管局', "市场监管局 in a list led by 市发展改革局: prefix 市 distributes, i.e. 市市场监管局 (桂平市市场监督管理局); the leading 市 of 市场 is part of the name")
nf("unknown-unit", '（三）营造良好数字生态。', '市大数据发展局、市场监管局', "same reading: 市 + 市场监管局 = 市市场监管局, in units.txt")
nf("unknown-unit", '依托全国一体化政务服务平台和广西数字政务一体化平台', '市市场监管局、残联', "explicit 市市场监管局 in mid-list, the official short name")
nf("unknown-unit", '提升行政执行能力。', '机关事务管理局', "prefix 市 from 市大数据发展局 distributes: 市机关事务管理局 in units.txt")
nf("deadline-later-than-baseline", '依托全区政府网站集约化平台，优化市政府门户网站功能', '2025年底', "equal: " + task(22, 97, '2025年底', '政务公开'))
nf("unknown-unit", '（一）强化安全管理责任。', '市委国安办', "short names of 桂平's own party offices, in units.txt")
nf("unknown-unit", '（五）开展试点示范。', '各镇（街道）', "collective subject; 金田镇、麻垌镇、江口镇 in the same line are pilot places, not units")
nf("unknown-unit", '（二）深化数据高效共享。', '市直各有关部门', "collective subject")
nf("unknown-unit", '（三）加强重点共性应用支撑能力。', '国家税务总局桂平市税务局', "official full name of the local tax bureau, in units.txt")
nf("garbled-text", '（二）引领数字社会建设。', '麻垌荔枝', "real place-name products (麻垌荔枝, 金田淮山), not damaged text")
nf("unknown-unit", '（二）健全推进机制。', '数字桂平建设领导小组', "leading group defined once with its short form 市领导小组; both listed in units.txt")
nf("unknown-unit", '（二）健全推进机制。', '自治区大数据发展局', "regional body mentioned for liaison, not as a responsible unit or lead of a task")
nf("unknown-unit", '（二）健全推进机制。', '贵港市大数据发展局', "the parent city's body (recipient of reports), in units.txt")
nf("deadline-invalid", '（二）健全推进机制。', '12月20日', "the office's own recurring reporting dates (6月20日, 12月10日, 12月20日), no year, not task deadlines")
nf("unknown-unit", '（三）提升数字素养。', '桂平市职业教育中心', "local training venue, listed in units.txt; not a responsible unit of a task")
nf("missing-pillar", '八、加强党对数字政府建设工作的领导', None, "all four 党的领导 items (组织领导, 推进机制, 数字素养, 考核评估) are present as 八（一）-（四); the draft follows the 广西 framework 二-八, not Ningxia's 34567 (no 五个一/六级贯通 is expected)")

cov = [
 (1,'强化经济社会发展分析、投资监督管理'),(2,'加强监管事项清单数字化管理'),(3,'以一体化在线监管提升监管协同化水平'),
 (4,'推进数字化网格治理能力建设'),(5,'推进社会治安防控体系智能化'),(6,'推进智慧应急建设'),
 (7,'依托全国一体化政务服务平台和广西数字政务一体化平台'),(8,'持续优化12345热线功能'),(9,'持续完善“智桂通”移动开放生态体系'),
 (10,'推动智慧教育服务能力提升'),(11,'推动智慧人社服务能力提升'),(12,'推动智慧医疗服务能力提升'),(13,'推动智慧工地监管能力提升'),
 (14,'推动智慧体育、智慧康养服务能力提升'),(15,'推动智慧体育、智慧康养服务能力提升'),
 (16,'提升生态环保协同治理能力'),(17,'提高自然资源利用效率'),(18,'推动绿色低碳转型。'),
 (19,'提升辅助决策能力'),(20,'提升行政执行能力'),(21,'提升行政监督水平'),(22,'依托全区政府网站集约化平台，优化市政府门户网站功能'),
 (23,'（一）强化安全管理责任。'),(24,'（二）落实安全制度要求。'),(25,'（三）加强数据安全监管。'),(26,'（四）提升安全保障能力。'),(27,'（五）提高自主可控水平。'),
 (28,'（一）以数字化改革助力政府职能转变。'),(29,'（二）创新数字政府建设管理机制。'),(30,'（三）完善法规制度。'),(31,'（四）健全标准规范。'),(32,'（五）开展试点示范。'),
 (33,'（一）创新数据管理机制。'),(34,'（二）深化数据高效共享。'),(35,'（三）促进数据有序开发利用。'),
 (36,'（一）强化政务云平台支撑能力。'),(37,'（二）提升网络平台支撑能力。'),(38,'推广应用自治区智能算法库'),(39,'依托广西线上线下一体化统一身份认证体系'),
 (41,'（一）助推数字经济发展。'),(42,'（二）引领数字社会建设。'),(43,'（三）营造良好数字生态。'),
]
covers = [{"task": t, "line": ln(s)} for t, s in cov]

key = {
 "writer": "blind writer, round 276; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": m,
 "covers": covers,
 "notes": ("Task numbers are the writer's own: the 广西 seed has no numbered task list, so tasks are the 43 inline "
           "(責任單位…完成時限…) notes of 桂政发〔2022〕31号 in document order (seed lines 43,47,49,53,55,57,61,63,65,67,69,71,73,75,77,"
           "81,83,85,89,91,93,97,103,107,111,115,119,125,129,133,137,141,147,151,155,161,165,169,171,173,179,183,187). "
           "Only tasks 3, 8, 9, 22 carry 2025年底; all others 持续开展. Task 23 (安全管理责任) names no 各市人民政府. "
           "Task 40 (开放生态支撑平台, seed line 173) is not taken up: a regional platform, left out on purpose but not planted, so neither in expect nor covers. "
           "Line 29 states that the first-listed unit of each note leads. "
           "The 主要目标 line 27 restates the region's 2025 framework goal with 2026; line 26 keeps the other 2025 goals equal. "
           "'市' in the draft means 桂平市 (county-level city administered by 贵港市); 贵港 bodies are always written in full. "
           "Line 87 '向市委、市人民政府和贵港市请示报告' names 贵港市 as a place/level, not a unit.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(m), len(covers))
