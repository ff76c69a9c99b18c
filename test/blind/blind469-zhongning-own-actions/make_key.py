# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def at(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:40])
    return line

expect = [
  {"rule": "basis-mismatch", "line": at(9, "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府文件), not a 宁政办发 (办公厅) number"},
  {"rule": "deadline-later-than-baseline", "line": at(16, "2026年底"), "text": "2026年底",
   "why": "主要目标: the region sets 数据治理初见成效 and 政府数字化履职能力明显提升 for 到2025年 (宁政发〔2023〕17号 一(二)); the county puts the same goal at 2026年底"},
  {"rule": "deadline-later-than-baseline", "line": at(40, "2025年6月底前"), "text": "2025年6月底前",
   "why": "task 48 (城域网升级改造，区市县乡村5级全覆盖, 完成时限 2024年) and task 47 (电子政务外网升级改造、扩大互联网出口带宽, 2024年); the county's 2025年6月底前 is later"},
  {"rule": "deadline-invalid", "line": at(84, "2024年21月底前"), "text": "21月",
   "why": "impossible month (21月); meant 2024年12月底前 — tasks 114 and 115 are due 2024年"},
  {"rule": "unknown-unit", "line": at(22, "县大数据局"), "text": "县大数据局",
   "why": "no such body in units.txt (the county has 县数字化发展服务中心; 县大数据局 looks copied from a city template)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "经济调节",
   "why": "no 经济调节 content at all: no 经济运行监测/经济治理数据库/规划管理平台/经济政策衔接; none of the ten actions takes it up and the word never appears"},
  {"rule": "task-uncovered", "line": 0, "task": 66,
   "why": "经济运行大数据平台 (各市、县（区）配合, 2025年) deliberately left out with the 经济调节 pillar"},
  {"rule": "task-uncovered", "line": 0, "task": 67,
   "why": "规划综合管理信息平台 (各市、县（区）配合, 2023年) deliberately left out with the 经济调节 pillar"},
]

D = "deadline-later-than-baseline"
U = "unknown-unit"
M = "missing-pillar"
mnf = [
  {"rule": "basis-mismatch", "line": at(9, "国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
  {"rule": "basis-mismatch", "line": at(11, "宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background section, with its correct title and 文号; not cited as a basis"},
  {"rule": "deadline-invalid", "line": at(11, "2023年，全县"), "text": "2023年", "why": "past date in the background (发展基础), not a deadline"},
  {"rule": "deadline-invalid", "line": at(6, "2024年4月18日"), "text": "2024年4月18日", "why": "the notice's own issue date"},
  {"rule": D, "line": at(14, "到2024年底"), "text": "2024年底", "why": "2024 goals for work whose regional tasks are due 2024年 (task 41 公共数据开放 2024年; task 43 政务信创云 2024年建成，持续推进; task 86 我的宁夏 2024年); the region has no 2024 goal, nothing later"},
  {"rule": D, "line": at(15, "到2025年"), "text": "2025年", "why": "equal to the region's 主要目标 到2025年 (34567 框架全面成型, 工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、安全保障体系持续完善)"},
  {"rule": D, "line": at(17, "到2035年"), "text": "2035年", "why": "equal to the region's 到2035年 goal"},
  {"rule": D, "line": at(21, "2024年底前"), "text": "2024年底前", "why": "tasks 33 and 34 (基础库、主题库) 完成时限 2024年; equal"},
  {"rule": D, "line": at(22, "2024年底前"), "text": "2024年底前", "why": "tasks 37 and 38 完成时限 2024年; equal"},
  {"rule": D, "line": at(23, "2024年9月底前"), "text": "2024年9月底前", "why": "task 41 完成时限 2024年; earlier"},
  {"rule": D, "line": at(24, "2024年底前"), "text": "2024年底前", "why": "tasks 42 and 39 完成时限 2024年; equal"},
  {"rule": D, "line": at(25, "2025年"), "text": "2025年", "why": "task 12 (数据要素市场) 完成时限 2025年; equal"},
  {"rule": D, "line": at(27, "2024年底前"), "text": "2024年底前", "why": "task 84 完成时限 2024年; equal"},
  {"rule": D, "line": at(28, "2024年10月底前"), "text": "2024年10月底前", "why": "tasks 86 and 90 完成时限 2024年; earlier"},
  {"rule": D, "line": at(29, "2024年底前"), "text": "2024年底前", "why": "tasks 88 and 89 完成时限 2024年; equal"},
  {"rule": D, "line": at(30, "2025年底前"), "text": "2025年底前", "why": "task 87 (12345热线) 完成时限 2023年启动，2025年完成; equal"},
  {"rule": D, "line": at(31, "2024年底前"), "text": "2024年底前", "why": "task 93 (适老化) 完成时限 2024年; equal"},
  {"rule": D, "line": at(33, "2024年底前"), "text": "2024年底前", "why": "task 77 完成时限 2024年; equal"},
  {"rule": D, "line": at(34, "2024年底前"), "text": "2024年底前", "why": "task 79 (雪亮工程) 完成时限 2024年; equal"},
  {"rule": D, "line": at(35, "2024年底前"), "text": "2024年底前", "why": "task 80 (智慧应急) 完成时限 2024年; equal"},
  {"rule": D, "line": at(36, "2025年6月底前"), "text": "2025年6月底前", "why": "task 81 (视频指挥调度体系) 完成时限 2025年; earlier (same wording as the planted line 40, but here the regional task is due 2025)"},
  {"rule": D, "line": at(37, "2025年底前"), "text": "2025年底前", "why": "task 83 (互联网+基层治理) 完成时限 2025年; equal"},
  {"rule": D, "line": at(39, "2024年底前，持续推进"), "text": "2024年底前，持续推进", "why": "task 43 完成时限 2024年建成，持续推进; tasks 45, 46 2024年; equal"},
  {"rule": D, "line": at(41, "2024年底前"), "text": "2024年底前", "why": "task 50 完成时限 2024年; equal"},
  {"rule": D, "line": at(42, "2025年"), "text": "2025年", "why": "task 49 (视频一张网) 完成时限 2025年; equal"},
  {"rule": D, "line": at(43, "2025年底前"), "text": "2025年底前", "why": "task 52 (电子证照社会化应用) 完成时限 2025年; equal"},
  {"rule": D, "line": at(44, "2024年底前"), "text": "2024年底前", "why": "tasks 54 and 40 完成时限 2024年; equal"},
  {"rule": D, "line": at(45, "2025年"), "text": "2025年", "why": "task 56 (非税收入收缴电子化) 完成时限 2025年; equal"},
  {"rule": D, "line": at(46, "2024年底前"), "text": "2024年底前", "why": "task 58 完成时限 2024年; equal"},
  {"rule": D, "line": at(48, "长期坚持"), "text": "长期坚持", "why": "tasks 14 and 15 完成时限 2023年: an ongoing duty in a 2024 plan, the regional milestone already lies before the plan's year; no later completing milestone is set"},
  {"rule": D, "line": at(49, "2023年形成机制，长期坚持"), "text": "2023年形成机制，长期坚持", "why": "copied verbatim from task 18 (完成时限 2023年形成机制，长期坚持); equal"},
  {"rule": "deadline-invalid", "line": 49, "text": "2023年形成机制，长期坚持", "why": "a copied regional deadline that lies before the plan's year (task 18), not a slip"},
  {"rule": D, "line": at(50, "2024年底前"), "text": "2024年底前", "why": "task 16 完成时限 2024年; equal"},
  {"rule": D, "line": at(51, "2024年底前"), "text": "2024年底前", "why": "task 19 (政务信创云) 完成时限 2023年启动，2024年建成; equal"},
  {"rule": D, "line": at(54, "2024年取得明显成效"), "text": "2024年取得明显成效", "why": "task 2 (产业云) 完成时限 2023年启动，2024年取得明显成效; equal"},
  {"rule": D, "line": at(55, "持续推进，2025年取得明显成效"), "text": "持续推进，2025年取得明显成效", "why": "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; equal"},
  {"rule": D, "line": at(56, "持续推进，2025年取得明显成效"), "text": "持续推进，2025年取得明显成效", "why": "task 1 (算力枢纽) 完成时限 持续推进，2025年取得明显成效; equal"},
  {"rule": D, "line": at(57, "2024年底前"), "text": "2024年底前", "why": "task 5 完成时限 持续推进，2025年取得明显成效 (earlier) and task 75 (以网管网) 2024年 (equal)"},
  {"rule": D, "line": at(59, "2025年"), "text": "2025年", "why": "task 7 完成时限 2023年形成试点经验，2025年取得明显成效; equal"},
  {"rule": D, "line": at(60, "2025年"), "text": "2025年", "why": "task 8 完成时限 持续推进，2025年取得明显成效; equal"},
  {"rule": D, "line": at(61, "2025年"), "text": "2025年", "why": "task 6 完成时限 持续推进，2025年取得明显成效; equal"},
  {"rule": D, "line": at(62, "2025年"), "text": "2025年", "why": "task 9 (智慧城市、一网统管) 完成时限 持续推进，2025年取得明显成效; equal"},
  {"rule": D, "line": at(63, "2025年底前"), "text": "2025年底前", "why": "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; equal"},
  {"rule": D, "line": at(64, "2025年"), "text": "2025年", "why": "task 11 (数字供销) 完成时限 2023年完成主要建设任务，2025年取得明显成效; equal"},
  {"rule": D, "line": at(66, "2024年底前"), "text": "2024年底前", "why": "task 70 完成时限 2024年; equal"},
  {"rule": D, "line": at(67, "2024年底前"), "text": "2024年底前", "why": "task 71 完成时限 2024年; equal"},
  {"rule": D, "line": at(68, "2024年"), "text": "2024年", "why": "task 73 完成时限 2024年; equal"},
  {"rule": D, "line": at(69, "2024年"), "text": "2024年", "why": "task 74 完成时限 2024年; equal"},
  {"rule": D, "line": at(70, "2025年"), "text": "2025年", "why": "task 22 (审管协同) 完成时限 2025年; equal"},
  {"rule": D, "line": at(72, "2024年底前"), "text": "2024年底前", "why": "task 95 完成时限 2025年; earlier"},
  {"rule": D, "line": at(73, "2025年底前"), "text": "2025年底前", "why": "task 96 (数字治水) 完成时限 2025年; equal"},
  {"rule": D, "line": at(74, "2024年底前"), "text": "2024年底前", "why": "task 97 完成时限 2024年; equal"},
  {"rule": D, "line": at(75, "2025年"), "text": "2025年", "why": "task 100 完成时限 2025年; equal"},
  {"rule": D, "line": at(76, "2025年"), "text": "2025年", "why": "tasks 101 and 102 完成时限 2025年; equal"},
  {"rule": D, "line": at(78, "2024年底前"), "text": "2024年底前", "why": "tasks 104 and 105 完成时限 2024年; equal"},
  {"rule": D, "line": at(79, "2025年底前"), "text": "2025年底前", "why": "task 106 (填表报数) 完成时限 2025年; equal"},
  {"rule": D, "line": at(80, "2025年"), "text": "2025年", "why": "tasks 107 and 111 完成时限 2025年; equal"},
  {"rule": D, "line": at(81, "2024年底前"), "text": "2024年底前", "why": "tasks 21 and 23 完成时限 2024年; equal"},
  {"rule": D, "line": at(82, "2024年"), "text": "2024年", "why": "task 103 完成时限 2024年; equal"},
  {"rule": D, "line": at(83, "2024年底前"), "text": "2024年底前", "why": "tasks 112 and 113 完成时限 2024年; equal"},
  {"rule": D, "line": at(85, "2025年"), "text": "2025年", "why": "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; equal"},
  {"rule": D, "line": at(91, "25日前"), "text": "每季度末月25日前", "why": "the office's own reporting date, not a task deadline"},
  {"rule": D, "line": at(91, "2024年12月20日前"), "text": "2024年12月20日前", "why": "the office's own reporting date (annual summary), not a task deadline"},
  {"rule": U, "line": at(3, "区市驻县各单位"), "text": "区市驻县各单位", "why": "collective addressee"},
  {"rule": U, "line": at(21, "县直各部门（单位）"), "text": "县直各部门（单位）", "why": "collective subject"},
  {"rule": U, "line": at(22, "县直有关部门（单位）"), "text": "县直有关部门（单位）", "why": "collective subject"},
  {"rule": U, "line": at(27, "各乡镇人民政府"), "text": "各乡镇人民政府", "why": "collective subject"},
  {"rule": U, "line": at(37, "各村（社区）"), "text": "各村（社区）", "why": "collective subject"},
  {"rule": U, "line": at(68, "承担监管职责的县直有关部门（单位）"), "text": "承担监管职责的县直有关部门（单位）", "why": "collective subject (county form of 承担监管职责的自治区有关部门（单位）)"},
  {"rule": U, "line": at(33, "县公安局、司法局、信访局"), "text": "司法局", "why": "prefix 县 distributes over the list: 县司法局, 县信访局 are in units.txt"},
  {"rule": U, "line": at(33, "县人民法院"), "text": "县人民法院", "why": "in units.txt (body outside the government proper); same for 县人民检察院"},
  {"rule": U, "line": at(29, "县工信商务局"), "text": "县工信商务局", "why": "official short name of 县工业信息化和商务局 in units.txt"},
  {"rule": U, "line": at(35, "县卫健局"), "text": "县卫健局", "why": "short name of 县卫生健康局 in units.txt"},
  {"rule": U, "line": at(61, "县人社局"), "text": "县人社局", "why": "short name of 县人力资源社会保障局 in units.txt"},
  {"rule": U, "line": at(64, "县供销社"), "text": "县供销社", "why": "short name of 县供销合作社联合社 in units.txt"},
  {"rule": U, "line": at(60, "县医保局"), "text": "县医保局", "why": "short name of 县医疗保障局 in units.txt"},
  {"rule": U, "line": at(72, "中卫市生态环境局中宁分局"), "text": "中卫市生态环境局中宁分局", "why": "city branch stationed in the county, listed in units.txt"},
  {"rule": U, "line": at(35, "中宁县消防救援大队"), "text": "中宁县消防救援大队", "why": "in units.txt"},
  {"rule": U, "line": at(55, "中宁工业园区管委会"), "text": "中宁工业园区管委会", "why": "in units.txt"},
  {"rule": U, "line": at(54, "县枸杞产业发展服务中心"), "text": "县枸杞产业发展服务中心", "why": "in units.txt (county body, not a regional one)"},
  {"rule": U, "line": at(91, "县推进数字政府建设领导小组办公室"), "text": "县推进数字政府建设领导小组办公室", "why": "in units.txt; reporting target, not a responsible unit"},
  {"rule": U, "line": at(87, "县数字化发展服务中心"), "text": "县数字化发展服务中心", "why": "in units.txt"},
  {"rule": "garbled-text", "line": at(26, "宁好办·中宁快办"), "text": "宁好办·中宁快办", "why": "a genuine middle dot in a service-brand name, not encoding damage"},
  {"rule": "garbled-text", "line": at(20, "数据赋能行动"), "text": "数据赋能行动", "why": "the county's own action names (数据赋能、指尖办事、平安守护…) are ordinary text"},
  {"rule": M, "line": 0, "pillar": "数据资源", "why": "taken up under the county's own 数据赋能行动 (lines 20-25: 基础库/主题库、共享、开放、融合应用)"},
  {"rule": M, "line": 0, "pillar": "公共服务", "why": "taken up under 指尖办事行动 (lines 26-31)"},
  {"rule": M, "line": 0, "pillar": "社会管理", "why": "taken up under 平安守护行动 (lines 32-37)"},
  {"rule": M, "line": 0, "pillar": "平台支撑", "why": "taken up under 云网筑基行动 (lines 38-46: 政务云、外网、视频、电子证照、电子档案)"},
  {"rule": M, "line": 0, "pillar": "安全保障", "why": "taken up under 安全固防行动 (lines 47-51)"},
  {"rule": M, "line": 0, "pillar": "数字经济", "why": "taken up under 枸杞数智行动 (lines 53-57: 产业云、智慧园区、算力枢纽、数字经济治理)"},
  {"rule": M, "line": 0, "pillar": "数字社会", "why": "taken up under 数字惠民行动 (lines 58-64: 教育、医疗、智慧县城、数字乡村、数字供销)"},
  {"rule": M, "line": 0, "pillar": "数字生态", "why": "taken up by content: 数据要素市场 (line 25, task 12) and 良好网络生态 (line 52), without a 数字生态 heading"},
  {"rule": M, "line": 0, "pillar": "市场监管", "why": "taken up under 智慧监管行动 (lines 65-70)"},
  {"rule": M, "line": 0, "pillar": "生态环境保护", "why": "taken up under 生态智治行动 (lines 71-76)"},
  {"rule": M, "line": 0, "pillar": "政务运行", "why": "taken up under 机关提效行动 (lines 78-82)"},
  {"rule": M, "line": 0, "pillar": "政务公开", "why": "taken up inside 机关提效行动 (lines 83-84: 政务公开平台、政策一库通查、政务新媒体、政民互动)"},
  {"rule": M, "line": 0, "pillar": "制度规则", "why": "taken up by content: 审管协同 (line 70), 行政权力网上运行和一本账 (line 81), 试点示范 (line 85), 资金与项目管理 (line 89)"},
  {"rule": M, "line": 0, "pillar": "五个一", "why": "county work system in 保障措施 (line 87: 领导小组 + 办公室 + 县数字化发展服务中心), task 64"},
  {"rule": M, "line": 0, "pillar": "六级贯通", "why": "层级职责 for county, 乡镇, 村 (line 88), following 宁政发〔2023〕17号 四(二)"},
  {"rule": M, "line": 0, "pillar": "党的领导", "why": "保障措施 lines 87-92: 组织领导/一把手工程, 资金保障, 数字素养, 考核评价"},
]

covers_raw = {21: [33, 34], 22: [37, 38], 23: [41], 24: [42, 39], 25: [12], 27: [84], 28: [86, 90],
  29: [88, 89], 30: [87], 31: [93], 33: [77], 34: [79], 35: [80], 36: [81], 37: [83], 39: [43, 45, 46],
  40: [47, 48], 41: [50], 42: [49], 43: [52], 44: [54, 40], 45: [56], 46: [58], 48: [14, 15], 49: [18],
  50: [16], 54: [2], 55: [3], 56: [1], 57: [5, 75], 59: [7], 60: [8], 61: [6], 62: [9], 63: [10], 64: [11],
  66: [70], 67: [71], 68: [73], 69: [74], 70: [22], 72: [95], 73: [96], 74: [97], 75: [100], 76: [101, 102],
  78: [104, 105], 79: [106], 80: [107, 111], 81: [21, 23], 82: [103], 83: [112, 113], 84: [114, 115],
  85: [28], 87: [64, 116], 89: [25], 90: [118], 91: [122, 123, 124]}
covers = []
for line, ts in sorted(covers_raw.items()):
    assert 1 <= line <= len(L)
    for t in ts:
        covers.append({"task": t, "line": line})
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
  "writer": "blind writer, round 469; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("中宁县 (中卫市) 2024 plan organised by the county's own ten 专项行动 instead of the region's 34567 headings; "
            "region's pillars are taken up by content. No parent plan (the city plan is not cited). "
            "经济调节 is really left out (missing pillar). Planted: wrong 文号 宁政办发 for 宁政发〔2023〕17号 (line 9), "
            "late 主要目标 2026年底 (line 16), late 外网 deadline 2025年6月底前 vs task 48 2024年 (line 40), impossible 21月 (line 84), "
            "unknown 县大数据局 (line 22). Line 36 carries the same 2025年6月底前 legitimately (task 81 is due 2025)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(L), "lines;", len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers;", len({c['task'] for c in covers}), "distinct tasks")
