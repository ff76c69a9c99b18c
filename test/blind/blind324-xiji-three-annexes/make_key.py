# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')[:-1]

expect = [
  {"rule": "basis-mismatch", "line": 9, "text": "宁政发〔2022〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
  {"rule": "deadline-later-than-baseline", "line": 18, "text": "2026年",
   "why": "主要目标: the region's goal is 到2025年 the \"34567\" 体系框架全面成型; the county's 体系框架全面成型 is set a year later (no task row; it is the 主要目标 goal)"},
  {"rule": "deadline-later-than-baseline", "line": 80, "text": "2025年",
   "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; the row says 2025年 (body lines 17/45 and 附件2 line 110 say 2024)"},
  {"rule": "deadline-invalid", "line": 99, "text": "21月",
   "why": "impossible month 2024年21月 (typo for 2024年12月); task 105 (宁政通) 完成时限 2024年"},
  {"rule": "unknown-unit", "line": 83, "text": "自治区档案局",
   "why": "a regional body named as the lead (牵头) of a county task, copied from task 40 (自治区档案局牵头负责, 2024年); the county lead would be 县档案馆 or 县政府办公室"},
  {"rule": "unknown-unit", "line": 121, "text": "县大数据管理局",
   "why": "not in units.txt; the county body is 县大数据服务中心 (= 县大数据中心), named everywhere else"},
  {"rule": "garbled-text", "line": 41, "text": "鏀垮姟鏁版嵁",
   "why": "UTF-8 read as GBK: 鏀垮姟鏁版嵁渚涢渶瀵规帴 = 政务数据供需对接"},
  {"rule": "task-uncovered", "line": 0, "task": 93,
   "why": "适老化与信息无障碍 (各市、县（区）按照职能分别负责, 2024年) deliberately left out: the draft never mentions 适老化, 无障碍 or 老年人、残疾人"},
]

M = []
def m(rule, line, text, why, **kw):
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why; M.append(d)

# basis
m("basis-mismatch", 9, "国发〔2022〕14号", "correct 文号 and title of the national guiding opinion")
m("basis-mismatch", 9, "固原市人民政府《关于加强数字政府建设的实施方案》", "the county's city plan cited by title alone, as DOMAIN.md says city plans often are; no 文号 to mismatch")
m("basis-mismatch", 14, "宁政办发〔2020〕14号", "retrospective mention in the background (发展基础) of the 2020 工作要点 with its correct title and 文号; not cited as a current basis")
m("basis-mismatch", 2, "西政发〔2024〕15号", "the document's own 文号, not a basis citation")
# dates that are not deadlines / past dates
m("deadline-invalid", 4, "2024年3月12日", "date of the county government's executive meeting, not a deadline")
m("deadline-invalid", 6, "2024年3月22日", "issue date of the notice")
m("deadline-invalid", 14, "2021年", "past dates in the background (2021年建成…，2022年启动…)")
m("deadline-invalid", 14, "2023年底", "截至2023年底: a past status date in the background, not a deadline")
# body deadlines equal or earlier
m("deadline-later-than-baseline", 17, "2024年底", "equal: 外网三级全覆盖 = task 48 (2024年); 系统迁移上云 = tasks 43/46 (2024年); 工作机制全面建立 = task 64 (2025年, earlier); the region's 2023 goals concern the 自治区本级 and other things")
m("deadline-later-than-baseline", 19, "2035年", "equal to the region's 到2035年 vision")
m("deadline-later-than-baseline", 23, "2024年6月底", "earlier than task 64 (各地各部门成立相应组织机构, 2025年)")
m("deadline-later-than-baseline", 28, "2024年秋季学期", "earlier than task 7 (智慧教育, 2023年形成试点经验，2025年取得明显成效)")
m("deadline-later-than-baseline", 45, "2024年底", "equal to task 48 (5级全覆盖, 2024年)")
m("deadline-later-than-baseline", 46, "2025年6月底", "task 56 (非税收入收缴电子化全覆盖) 完成时限 2025年: same year, earlier month")
m("deadline-later-than-baseline", 53, "2025年", "equal to task 96 (数字治水, 2025年)")
m("deadline-later-than-baseline", 54, "2025年", "equal to task 106 (填表报数工作量压减50%以上, 2025年)")
m("deadline-invalid", 61, "2024年12月20日", "the office's own reporting date (and 每季度末月25日前); not a task deadline")
# attachment captions and titles
m("deadline-later-than-baseline", 66, "2024—2025年", "title of 附件1 giving the list's period, not a deadline")
m("deadline-invalid", 126, "2023年基数", "column header of 附件3: base-year values, not a deadline")
m("deadline-later-than-baseline", 126, "2025年目标", "column header of 附件3: target year equal to the region's 2025 horizon")
# 附件1 rows equal / earlier / copied
m("deadline-later-than-baseline", 68, "2024年", "earlier than task 64 (2025年)")
m("deadline-later-than-baseline", 71, "2025年", "task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效: the completing milestone is 2025; the county only 配合")
m("deadline-invalid", 72, "2023年形成机制", "copied regional deadline of task 18 (2023年形成机制，长期坚持), which lies before the plan's year; equal to the region, the mechanism already exists")
m("deadline-later-than-baseline", 75, "2025年", "task 28 (试点示范) 2023年启动，2025年取得明显成效: completing milestone equal")
m("deadline-later-than-baseline", 82, "2024年", "earlier than task 52 (电子证照, 2025年)")
m("deadline-later-than-baseline", 83, "2024年", "equal to tasks 40 and 54 (2024年); the row's fault is its lead unit only")
m("deadline-later-than-baseline", 98, "2024年", "equal to task 94 (2024年) and earlier than task 95 (2025年)")
m("deadline-later-than-baseline", 101, "2024年", "earlier than task 107 (视频会议平台, 2025年)")
m("deadline-later-than-baseline", 102, "长期推进，2024年取得明显成效", "equal to task 108 (长期推进，2024年取得明显成效)")
m("deadline-later-than-baseline", 105, "长期坚持", "equal to task 121 (长期坚持)")
# 附件2: dates repeating other attachments, investment figures
m("deadline-later-than-baseline", 110, "2024年", "project 建设年限 equal to task 48 (2024年) and to the body (lines 17/45); it contradicts 附件1 row 13 (line 80), where the slip is")
m("deadline-later-than-baseline", 113, "2026", "investment figure in 万元 (column 投资（万元）), not a year")
m("deadline-later-than-baseline", 113, "2024—2025年", "project years equal to task 83 (基层治理, 2025年), repeating 附件1 row 25 (line 92)")
m("deadline-later-than-baseline", 121, "2024年", "project 建设年限 earlier than task 29 (政务数据平台, 2023年启动，2025年完成)")
m("deadline-later-than-baseline", 123, "12136", "合计 of the investment column (sum of lines 110-122), repeated in the body at line 58; not a year")
# 附件3 targets
m("deadline-later-than-baseline", 129, "100", "外网三级覆盖率 reaches 100 already in the 2024 column (task 48, 2024年); the 2025 column only holds it")
m("deadline-later-than-baseline", 134, "50", "填表报数压减50% in the 2025 column equals task 106 (2025年)")
m("deadline-later-than-baseline", 139, "100", "非税收入电子化 100% in the 2025 column equals task 56 (2025年)")
# units
m("unknown-unit", 68, "各乡镇人民政府", "collective subject")
m("unknown-unit", 68, "县直各部门（单位）", "collective subject")
m("unknown-unit", 70, "县直有关部门（单位）", "collective subject")
m("unknown-unit", 74, "财政局", "prefix 县 distributes: 县发展和改革局、财政局、审计局 = 县财政局, 县审计局, both in units.txt")
m("unknown-unit", 79, "电信西吉分公司", "short name of 中国电信股份有限公司西吉分公司 in units.txt (also 移动西吉分公司)")
m("unknown-unit", 82, "县人社局", "official short names in units.txt (县人社局, 县住建局, 县市场监管局)")
m("unknown-unit", 71, "县供销社", "short name of 县供销合作社联合社 in units.txt")
m("unknown-unit", 88, "承担监管职责的县直有关部门（单位）", "collective subject, county form of 承担监管职责的自治区有关部门（单位）")
m("unknown-unit", 89, "县人民检察院", "in units.txt (also 县人民法院)")
m("unknown-unit", 91, "县林草局", "short name in units.txt (also 县气象局, 县消防救援大队)")
m("unknown-unit", 92, "各村（社区）", "collective subject")
m("unknown-unit", 94, "县审批局", "short name of 县审批服务管理局 in units.txt")
m("unknown-unit", 98, "市生态环境局西吉分局", "the city bureau's county branch, listed (short name) in units.txt")
m("unknown-unit", 101, "县大数据中心", "short name of 县大数据服务中心 in units.txt")
m("unknown-unit", 61, "县数字政府建设领导小组办公室", "in units.txt; the reporting recipient")
m("unknown-unit", 59, "县委党校", "in units.txt")
m("unknown-unit", 9, "固原市人民政府", "issuer of a cited basis document, not a responsible unit")
m("unknown-unit", 59, "宁夏干部教育培训网络学院", "a training platform the county relies on, not a responsible unit")
m("unknown-unit", 136, "县工业信息化和商务局", "in units.txt")
# garbled near misses
m("garbled-text", 134, "—", "a dash for a missing base value, not damage")
m("garbled-text", 41, "政务数据属地返还机制", "the text after the damaged run is intact")
# pillars
m("missing-pillar", 0, None, "the plan's \"1347\" folds 五个一/六级贯通 into 一套体系: 健全组织机构, 厘清层级职责 (六级贯通 named, line 24), 完善工作机制 (lines 22-25)", pillar="六级贯通")
m("missing-pillar", 0, None, "三（三）营造良好数字生态, line 29", pillar="数字生态")
m("missing-pillar", 0, None, "六（二）加大财政投入, line 58", pillar="财政投入")
m("missing-pillar", 0, None, "六（三）提升数字素养, line 59", pillar="数字素养")

covers = [(2,27),(5,27),(6,69),(7,28),(8,28),(10,70),(11,71),(12,29),(14,32),(15,32),(17,33),(18,72),
  (21,73),(23,74),(24,37),(25,58),(28,75),(30,40),(31,40),(32,40),(33,76),(34,76),(40,83),(41,77),(42,77),
  (43,78),(46,78),(47,79),(48,80),(49,81),(50,45),(51,46),(52,82),(54,83),(56,84),(57,85),(58,86),(64,68),
  (65,49),(66,49),(67,49),(68,50),(70,50),(71,87),(72,50),(73,88),(74,88),(77,89),(79,90),(80,91),(81,51),
  (83,92),(84,93),(85,52),(86,94),(87,52),(88,95),(89,52),(90,52),(95,98),(96,96),(97,53),(98,97),(100,53),
  (102,53),(103,54),(104,54),(105,99),(106,100),(107,101),(108,102),(111,54),(112,103),(113,55),(114,103),
  (115,104),(116,57),(117,59),(118,59),(121,105),(122,60),(123,60),(124,60)]

# checks
for e in expect + M:
    if e["line"] and "text" in e:
        assert e["text"] in L[e["line"]-1], (e, L[e["line"]-1][:60])
kw = {2:"产业云",5:"以网管网",6:"水电气热",7:"智慧教育平台",8:"互联网+医疗健康",10:"数字乡村",11:"数字供销",12:"数据要素市场",
 14:"主体责任、监督责任",15:"重大事件处置机制",17:"分类分级保护",18:"动态监控",21:"网上运行",23:"一本账",24:"会商机制",
 25:"多渠道" ,28:"试点示范",30:"底数",31:"多源校核",32:"数据资源目录编制",33:"基础数据库",34:"主题数据库",40:"电子公文",
 41:"开放目录",42:"供水、供电",43:"信创云",46:"信创云",47:"出口带宽",48:"三级全覆盖",49:"视频一张网",50:"专网",51:"身份认证",
 52:"证照",54:"归档",56:"非税收入",57:"信用信息",58:"地理信息",64:"领导小组",65:"关键数据",66:"经济运行大数据平台",
 67:"规划综合管理信息平台",68:"照单监管",70:"信用风险分类",71:"追溯监管",72:"互联网+监管",73:"协同监管",74:"远程监管",
 77:"矛盾纠纷",79:"雪亮工程",80:"智慧应急",81:"视频指挥调度",83:"基层治理",84:"一次办",85:"免证办",86:"我的宁夏",87:"一呼即应",
 88:"证照分离",89:"惠企政策",90:"公共场馆",95:"土壤",96:"城乡供水",97:"一张图",98:"智慧林草",100:"用水权",102:"污染防治",
 103:"辅助决策",104:"协同办公",105:"宁政通",106:"填表报数",107:"视频会议",108:"公共资源交易",111:"办公用房",112:"政务公开",
 113:"一库通查",114:"新媒体矩阵",115:"政民互动",116:"一把手工程",117:"人才引进",118:"培训",121:"考核指标",122:"效能目标管理考核",
 123:"综合考核评价",124:"容错"}
for t,l in covers:
    if t==25: assert "资金渠道" in L[l-1]
    else: assert kw[t] in L[l-1], (t,l,kw[t])

key = {
  "writer": "blind writer, round 324; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": [{"task": t, "line": l} for t,l in covers],
  "notes": ("西吉县 (固原市) 2024 实施方案 with three attachments in a row: 附件1 重点任务清单 (lines 65-106, 4 columns), "
            "附件2 重点项目清单 (lines 107-123, 5 columns, 合计 12136 万元 = body line 58), 附件3 主要指标 (lines 124-140, 5 columns). "
            "No 固原 city plan exists in the seeds, so parents is empty; the city plan is cited by title only. "
            "Line 99 '2024年21月' is keyed only as deadline-invalid; read as a month overflow it is not a later-than-baseline deadline. "
            "Line 72 copies the regional '2023年形成机制，长期坚持' (task 18) on purpose: a copied regional deadline before the plan's year. "
            "Line 41's damaged run is the 供需对接 phrase of task 36, so task 36 is deliberately not in covers.")
}
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
