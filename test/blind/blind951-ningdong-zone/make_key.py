# -*- coding: utf-8 -*-
# Helper kept by the blind writer: builds key.json and checks every line number against draft.txt.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines[-1] == '': lines.pop()

def ln(sub, nth=None, col=None):
    hits = [i + 1 for i, t in enumerate(lines) if sub in (t.split('\t')[col] if col is not None and '\t' in t else t)]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def row(num):  # line of local task-list row N
    return ln('\t%d．' % num)

def cell(num, c):
    return lines[row(num) - 1].split('\t')[c]

GARB = '标识解析二级节点'.encode('utf-8').decode('gbk')
expect = [
 {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
  "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
 {"rule": "garbled-text", "line": ln(GARB), "text": GARB[:6],
  "why": "UTF-8 bytes read as GBK: '%s' re-encoded as GBK and decoded as UTF-8 gives 标识解析二级节点 (工业互联网标识解析二级节点)" % GARB},
 {"rule": "deadline-invalid", "line": row(11), "text": "6月31日",
  "why": "impossible date: June has 30 days (row 11, '2024年6月31日前'; the matching regional task 23 is due 2024年, so the month itself is not late)"},
 {"rule": "unknown-unit", "line": row(15), "text": "基地大数据局",
  "why": "no such body in units.txt or the regional registry; the zone's data body is 基地大数据中心 (used everywhere else). Named as lead (first-listed) of row 15"},
 {"rule": "deadline-later-than-baseline", "line": row(29), "text": "2025年",
  "why": "row 29 takes up regional task 71 (危化品、特种设备、食品药品等重点领域全主体、全品种、全链条数字化追溯监管), 完成时限 2024年; the zone gives 2025年"},
 {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
  "why": "the 七个能力 pillar 提升全面规范的政务公开能力 is not taken up at all: section 五 claims 七种能力 (line %d, line %d) but lists and writes only six (经济调节 … 政务运行); no 政务公开平台, 政策文件库, 政务新媒体 or 政民互动 content anywhere, and no row in the task list" % (ln('四大支撑、七种能力'), ln('五、强化“七种能力”'))},
 {"rule": "task-uncovered", "line": 0, "task": 112,
  "why": "政务公开信息化平台 task, 自治区各部门（单位）及各市、县（区）分别负责, left out together with the whole 政务公开 pillar"},
 {"rule": "task-uncovered", "line": 0, "task": 114,
  "why": "政务新媒体矩阵 task, 自治区各部门（单位）及各市、县（区）分别负责, left out together with the whole 政务公开 pillar"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    M.append(e)

nm("basis-mismatch", ln('国发〔2022〕14号'), "national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号")
nm("basis-mismatch", ln('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as the 吴忠 city plan cites it; a real additional basis document", "宁政办发〔2023〕11号")
nm("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the 工作基础 background ('自…印发以来'), correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
nm("basis-mismatch", 1, "the notice's own title naming the plan it issues (实施方案), not a basis citation")
nm("basis-mismatch", 4, "the notice body naming the plan it issues, not a basis citation")
nm("deadline-invalid", 6, "the notice's own issue date 2024年4月12日", "2024年4月12日")
nm("deadline-invalid", ln('2023年，基地大数据中心组建运行'), "past dates in the background (2023年 what was done; the region's '到2023年底' stage goal quoted as a yardstick already met); not deadlines of this plan", "2023年")
nm("deadline-later-than-baseline", ln('2023年，基地大数据中心组建运行'), "the quoted '到2023年底…家底全面理清' is the region's own goal, quoted word for word as background", "到2023年底")
nm("deadline-later-than-baseline", ln('到2024年底，'), "2024 stage goal of the zone; the region has no 2024 goal, and each item matches a task due 2024 (80 管控平台, 84 网上可办, 34/35 主题数据库, 43/46 信创云 2024年建成): equal", "到2024年底")
nm("deadline-later-than-baseline", ln('到2025年，基地数字政府建设体系框架全面成型'), "equal to the region's goal '到2025年…“34567”体系框架全面成型'", "到2025年")
nm("deadline-later-than-baseline", ln('到2035年'), "equal to the region's 2035 goal", "到2035年")
nm("deadline-later-than-baseline", ln('于2024年5月底前'), "the office's own reporting dates (contact list and task breakdown by 2024年5月底, quarterly reports, 每年12月10日前 annual summary), not task deadlines", "2024年5月底前")
nm("deadline-later-than-baseline", row(1), "task 3: 持续推进，2025年取得明显成效 — copied, equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", row(2), "task 2: 2023年启动，2024年取得明显成效 — completing milestone 2024 equal (the 2023 start is past when the plan is issued)", "2024年取得明显成效")
nm("deadline-later-than-baseline", row(4), "task 6: 持续推进，2025年取得明显成效 — 2025年 equal", "2025年")
nm("deadline-later-than-baseline", row(12), "task 28: 2023年启动，2025年取得明显成效 — the zone starts in 2024 (its plan year) but the completing milestone 2025 is equal", "2024年启动，2025年取得明显成效")
nm("deadline-later-than-baseline", row(13), "task 29: 2023年启动，2025年完成 — 2025年 equal", "2025年")
nm("deadline-later-than-baseline", row(15), "task 39: 2024年 — 2024年9月底前 is earlier (the unit in this row is the planted error, not the date)", "2024年9月底前")
nm("deadline-later-than-baseline", row(17), "task 46 (2024年) / 43 (2024 年建成，持续推进) — 2024年底前 equal", "2024年底前")
nm("deadline-later-than-baseline", row(18), "tasks 47/48: 2024年 — 2024年6月底前 is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", row(25), "task 64: 2025年 — 2024年6月底前 is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", row(27), "task 66: 2025年 — 2025年6月底前 is earlier", "2025年6月底前")
nm("deadline-later-than-baseline", row(31), "task 80 (智慧应急): 2024年 — equal", "2024年")
nm("deadline-later-than-baseline", row(40), "task 101 (碳排放智能监测和动态核算): 2025年 — equal", "2025年")
nm("deadline-later-than-baseline", row(44), "task 108: 长期推进，2024年取得明显成效 — copied, equal", "长期推进，2024年取得明显成效")
nm("deadline-later-than-baseline", row(46), "task 121: 长期坚持 — copied, equal", "长期坚持")
nm("deadline-invalid", ln('宁东能源化工基地数字政府建设重点任务清单（2024年—2025年）', 1), "the task list's own period (2024年—2025年), not a deadline", "2024年—2025年")
nm("unknown-unit", 3, "salutation of the notice: 基地各部门（单位） and 驻基地各有关单位 are collective addressees; 宁东镇人民政府 is in units.txt", "驻基地各有关单位")
nm("unknown-unit", row(1), "prefix 基地 distributes: 基地大数据中心、应急管理局、生态环境局 = 基地应急管理局, 基地生态环境局 (both in units.txt)", "应急管理局")
nm("unknown-unit", row(2), "official short names in units.txt: 基地经发局 = 基地经济发展局, 宁东开投公司 = 宁夏宁东开发投资有限公司", "基地经发局")
nm("unknown-unit", row(10), "基地审批服务局 is a listed short name of 基地行政审批服务局; 综合执法局 takes the 基地 prefix (基地综合执法局)", "基地审批服务局")
nm("unknown-unit", row(37), "基地审批局 is a listed short name; 投资促进局 takes the 基地 prefix (基地投资促进局)", "基地审批局")
nm("unknown-unit", row(8), "collective subject 基地各部门（单位）", "基地各部门（单位）")
nm("unknown-unit", row(19), "collective subject 基地有关部门（单位）", "基地有关部门（单位）")
nm("unknown-unit", row(18), "宁夏通信管理局 is a regional unit of the baseline (tasks 5, 16, 82), here only cooperating (second of its cell), not lead of a local task; 宁东镇人民政府 is in units.txt", "宁夏通信管理局")
nm("unknown-unit", row(20), "two co-leads, both local and registered: 宁东公安分局, 基地大数据中心", "宁东公安分局")
nm("unknown-unit", row(31), "宁东消防救援支队 is in units.txt", "宁东消防救援支队")
nm("unknown-unit", row(47), "基地人社局 is a listed short name of 基地人力资源和社会保障局", "基地人社局")
nm("unknown-unit", ln('领导小组办公室设在基地党政办公室'), "基地党政办公室, 基地大数据中心, 宁东开投公司 and 领导小组办公室 are all in units.txt", "宁东开投公司")
nm("unknown-unit", ln('基地党工委切实履行领导责任'), "基地党工委 is in units.txt (宁东能源化工基地党工委)", "基地党工委")
nm("unknown-unit", ln('宁东镇及各村（社区）基于上级平台'), "宁东镇及各村（社区）, 各园区, 入园企业: place and collective subjects in the 层级职责 text, not named units", "各村（社区）")
nm("garbled-text", ln('煤制烯烃'), "genuine chemical-industry terms (煤制油、煤制烯烃), not mojibake", "煤制烯烃")
nm("garbled-text", ln('IPv6改造'), "ASCII technical terms IPv6 and 5G are genuine", "IPv6")
nm("garbled-text", ln('1244+N', 0), "“1244+N” is the genuine name of the 数字宁夏 action plan", "1244+N")
nm("missing-pillar", 0, "数字生态 is taken up (lines %d–%d: 数据要素市场, 数据交易制度, 网络生态; row 6–7)" % (ln('（三）营造良好数字生态。'), ln('营造规范安全的发展环境')))
nm("missing-pillar", 0, "the 五个一/六级贯通 work system is folded into “一套体系” (健全组织机构、厘清层级职责、完善工作机制, lines %d–%d), as the 吴忠 plan does" % (ln('二、完善“一套体系”'), ln('（三）完善工作机制')))

covers = []
def cv(task, line): covers.append({"task": task, "line": line})
for t, r in [(3,1),(2,2),(5,3),(6,4),(10,5),(12,6),(13,7),(16,8),(21,9),(22,10),(23,11),(28,12),(29,13),(34,14),(39,15),(42,16),(46,17),(47,18),(48,18),(50,19),(49,20),(53,21),(54,22),(57,23),(58,24),(64,25),(65,26),(66,27),(70,28),(71,29),(74,30),(80,31),(79,32),(83,33),(84,34),(86,35),(88,36),(89,37),(93,38),(94,39),(101,40),(102,41),(104,42),(106,43),(108,44),(111,45),(121,46),(117,47)]:
    cv(t, row(r))
cv(14, ln('强化安全管理责任。')); cv(15, ln('强化安全管理责任。'))
cv(17, ln('落实安全制度要求。')); cv(18, ln('提升安全防护能力。'))
cv(32, ln('完善数据管理机制。')); cv(36, ln('推进数据汇聚共享。'))
cv(87, ln('优化12345政务服务便民热线')); cv(103, ln('提升辅助决策能力。'))
cv(105, ln('提升行政执行能力。')); cv(107, ln('提升行政执行能力。'))
cv(116, ln('（一）加强组织领导。')); cv(25, ln('（二）加大财政投入。'))
cv(120, ln('（三）提升数字素养。')); cv(124, ln('（四）强化考核评价。')); cv(123, ln('（四）强化考核评价。'))

key = {
 "writer": "blind writer, round 951; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-08",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("宁东能源化工基地管委会 2024 实施方案, a zone under the region with no city parent; units.txt is the zone's own registry (管委会, its 基地… bureaus, 宁东镇, 驻基地 units). "
           "The task list (lines %d–%d) carries the note that the first-listed unit of a cell leads; its header row repeats at line %d (page break). "
           "Six planted slips: wrong 文号 for the regional 实施意见, a mojibake run, an impossible date (6月31日), an unknown unit (基地大数据局 for 基地大数据中心), a late deadline (task 71), and the 政务公开 pillar left out (tasks 112/114 uncovered with it). "
           "Regional tasks due 2023 are taken up only in body text without dates, so no 2024 row is compared against a 2023 deadline.") % (ln('注：责任单位有多个的'), len(lines), ln('主要任务\t重点内容', 1)),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(lines), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e.get('text'), '|', lines[e['line']-1][:40] if e['line'] else '')
