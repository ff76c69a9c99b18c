# -*- coding: utf-8 -*-
# Helper kept in the case folder: builds key.json with line numbers looked up in the final draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "": L = L[:-1]

def ln(*subs):
    hits = [i for i, l in enumerate(L, 1) if all(s in l for s in subs)]
    assert len(hits) == 1, (subs, hits)
    return hits[0]

def row(n):
    # table row with 序号 n
    hits = [i for i, l in enumerate(L, 1) if "\t" in l and l.split("\t")[1] == str(n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def cell(n, k):
    return L[row(n) - 1].split("\t")[k]

expect = [
  {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "the region's 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (the slip copies the 宁政办发 of the 1244+N plan cited next to it)"},
  {"rule": "deadline-invalid", "line": ln("2024年6月31日前"), "text": "2024年6月31日",
   "why": "impossible date: June has 30 days (the table row for the same task says 2024年6月底前); the task itself is tasks 43 (完成时限 2024年建成，持续推进) and 46 (2024年), so the year is not late"},
  {"rule": "unknown-unit", "line": row(28), "text": "自治区档案局",
   "why": "a regional body named as the lead (牵头单位) of a local task in the county's own task list; the local lead would be 市档案馆 (or 市委办公室); tasks 40/54 are led by 自治区档案局 only at regional level"},
  {"rule": "deadline-later-than-baseline", "line": row(65), "text": "2025年底",
   "why": "row 65 is task 94 (持续优化生态环境数据资源中心，完善生态环境数据交换体系…), 完成时限 2024年; the draft gives 2025年底前 (the next row, task 95, is correctly 2025年)"},
  {"rule": "garbled-text", "line": ln("鍑忚交鍩哄眰"), "text": "鍑忚交鍩哄眰",
   "why": "UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 减轻基层 (推广应用全区统一的填表报数系统，减轻基层填表报数负担)"},
]

M = []  # mustNotFlag
def mnf(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e.update(kw); e["why"] = why; M.append(e)

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"; G = "garbled-text"; P = "missing-pillar"

# ---- deadlines: equal / earlier / ongoing
mnf(D, ln("到2025年，全市数字政府建设“1347”"), "goal 到2025年 equals the region's 主要目标 (到2025年 …“34567”体系框架全面成型) and 吴忠's (到2025年 …“1347”体系框架全面成型)", "到2025年")
mnf(D, ln("到2035年，与政府治理能力现代化"), "goal 到2035年 equals the region's and 吴忠's 2035 goal", "到2035年")
mnf(D, ln("到2024年底，全市非涉密政务信息系统"), "2024 goal: tasks 43 (2024年建成，持续推进), 48 (2024年), 84 (2024年), 86 (2024年), 105 (2024年) — equal", "到2024年底")
mnf(D, ln("健全市数字政府建设领导小组及其办公室"), "task 64 (各地各部门成立相应组织机构) 完成时限 2025年; 2024年6月底前 is earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own group (自治区政府办公厅负责), not a county task; 吴忠's 2023 goal is a general aim, not this task", "2024年6月底前")
mnf(D, row(1), "task 64 完成时限 2025年; 2024年6月底前 is earlier (task 60, 2023年, concerns the region's own leading group)", "2024年6月底前")
mnf(D, ln("2024年底前完成存量系统信创适配评估"), "task 19 完成时限 2023年启动，2024年建成; 2024年底前 equal", "2024年底前")
mnf(D, ln("2024年底前实现镇村全覆盖"), "task 48 完成时限 2024年 (task 47 2024年); equal", "2024年底前")
mnf(D, ln("2025年底前完成市级政务平台清理整合"), "task 59 完成时限 2025年; equal", "2025年底前")
mnf(D, ln("推进适老化与信息无障碍建设"), "task 93 完成时限 2024年; 2024年底前 equal", "2024年底前")
mnf(D, row(3), "task 2 完成时限 2023年启动，2024年取得明显成效; equal", "2024年取得明显成效")
mnf(D, row(4), "task 3 完成时限 持续推进，2025年取得明显成效; copied, equal", "2025年")
mnf(D, row(5), "task 5 完成时限 持续推进，2025年取得明显成效; equal", "2025年")
mnf(D, row(7), "task 7 完成时限 2023年形成试点经验，2025年取得明显成效; the completing milestone 2025年 is equal (the draft's intermediate 2024年形成应用经验 is a local step, not the completion)", "2025年")
mnf(D, row(11), "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; completing milestone equal", "2025年")
mnf(D, row(16), "task 19 完成时限 2023年启动，2024年建成; equal", "2024年")
mnf(D, row(17), "task 21 完成时限 2024年 (equal); task 22 2025年 (earlier)", "2024年")
mnf(D, row(20), "task 28 完成时限 2023年启动，2025年取得明显成效; equal", "2025年")
mnf(D, row(21), "task 29 完成时限 2023年启动，2025年完成; 2024年底前 is earlier", "2024年底前")
mnf(D, row(31), "tasks 43 (2024年建成，持续推进) and 46 (2024年); 2024年6月底前 is earlier", "2024年6月底前")
mnf(D, row(32), "tasks 47/48 完成时限 2024年; 2024年底前 equal", "2024年底前")
mnf(D, row(35), "task 52 完成时限 2025年; equal", "2025年")
mnf(D, row(38), "task 56 完成时限 2025年; equal", "2025年")
mnf(D, row(41), "task 59 完成时限 2025年; 2025年底前 equal", "2025年底前")
mnf(D, row(59), "task 87 完成时限 2023年启动，2025年完成; equal", "2025年")
mnf(D, row(66), "task 95 完成时限 2025年; equal (neighbour of the late row 65)", "2025年")
mnf(D, row(78), "task 108 完成时限 长期推进，2024年取得明显成效; copied, equal", "2024年取得明显成效")
mnf(D, row(89), "task 120 完成时限 2025年; equal", "2025年")
mnf(D, row(13), "tasks 14/15 完成时限 2023年; the 2024 plan writes 长期坚持 (no later year milestone)", "长期坚持")
mnf(D, row(19), "task 24 完成时限 2023年; 长期坚持 has no later milestone", "长期坚持")
mnf(D, row(22), "task 30 完成时限 2023年; 动态更新，长期坚持 has no later milestone", "动态更新，长期坚持")
mnf(D, row(27), "task 36 完成时限 2023年; 长期坚持", "长期坚持")
mnf(D, row(44), "task 68 完成时限 2023年; 动态调整，长期坚持", "动态调整，长期坚持")
mnf(D, row(57), "task 85 完成时限 2023年; 持续深化 has no later milestone", "持续深化")
mnf(D, row(87), "task 25 完成时限 2023年; 长期坚持", "长期坚持")
mnf(D, ln("（三）总结提升阶段（2025年7月—12月）"), "implementation-step period, not a task deadline; ends within 2025 like the region's 2025 goal", "2025年7月—12月")
mnf(D, ln("（二）集中推进阶段"), "implementation-step period (2024年5月—2025年6月), not a task deadline", "2025年6月")
mnf(D, row(15), "task 18 完成时限 2023年形成机制，长期坚持; copied verbatim, equal", "2023年形成机制，长期坚持")
mnf(D, row(86), "task 116 完成时限 2023年完成并长期坚持; copied verbatim, equal", "2023年完成并长期坚持")
mnf(D, 128, "the task list's own span （2024年—2025年）, within the region's 2023—2025 list", "2024年—2025年")
# ---- deadline-invalid near misses
mnf(I, row(15), "copied regional deadline of task 18 (2023年形成机制，长期坚持): a mechanism formed before the plan's year and kept up", "2023年形成机制，长期坚持")
mnf(I, row(86), "copied regional deadline of task 116 (2023年完成并长期坚持)", "2023年完成并长期坚持")
mnf(I, ln("2021年建成政务服务"), "past years in the background (2020, 2021, 2022, 2023 achievements), not deadlines", "2021年")
mnf(I, ln("2024年2月29日"), "valid date (2024 is a leap year), a past meeting in the background", "2024年2月29日")
mnf(I, ln("（2023年11月27日印发）"), "issue date of the 吴忠 plan cited as basis", "2023年11月27日")
mnf(I, ln("2024年3月12日市人民政府第28次常务会议"), "date of the government meeting that approved the plan", "2024年3月12日")
mnf(I, 6, "the notice's own date", "2024年3月18日")
mnf(I, ln("2024年12月10日前报送年度工作总结"), "the office's own reporting dates (每季度最后一个月25日前, 2024年12月10日前, 次年1月15日前), not task deadlines", "2024年12月10日")
mnf(I, row(31), "valid date 2024年6月底前 (same task as the impossible 6月31日 in the body)", "2024年6月底前")
mnf(I, ln("（一）动员部署阶段（2024年3月—4月）"), "implementation-step period in the plan's own year", "2024年3月—4月")
# ---- units
mnf(U, 3, "addressee line: collective 各镇人民政府、街道办事处, not a responsible unit", "各镇人民政府、街道办事处")
mnf(U, ln("（市大数据局牵头，市委编办"), "市大数据局 is the registry short name of 市大数据管理服务局; 市委编办 listed; 市直各部门（单位）, 各镇（街道） are collectives", "市大数据局")
mnf(U, ln("配合自治区市场监管厅、公安厅和宁夏通信管理局"), "the region's own bodies doing the region's work (task 5 leads); 自治区 distributes to 公安厅; 宁夏通信管理局 is in the baseline", "自治区市场监管厅、公安厅和宁夏通信管理局")
mnf(U, ln("配合吴忠市住房城乡建设局"), "吴忠市 body named where the city (地级市, task 9 lead) does the work; listed in units.txt", "吴忠市住房城乡建设局")
mnf(U, ln("配合自治区供销社"), "region's own body doing the region's work (task 11 lead)", "自治区供销社")
mnf(U, ln("配合自治区发展改革委培育"), "region's own body (task 12 lead)", "自治区发展改革委")
mnf(U, ln("配合自治区党委国安办"), "region's own body (task 16 lead)", "自治区党委国安办")
mnf(U, ln("配合自治区政府办公厅推进政务信创云建设"), "region's own body (task 19 lead); the local lead in the note is 市大数据局", "自治区政府办公厅")
mnf(U, ln("按照自治区政府办公厅建设的全区统一政务数据平台"), "region's own body doing the region's work (task 29)", "自治区政府办公厅")
mnf(U, ln("配合吴忠市大数据管理服务局建立政务数据属地返还机制"), "吴忠市 body doing the city's work; listed in units.txt", "吴忠市大数据管理服务局")
mnf(U, ln("按照自治区档案局统一部署"), "region's own body giving the region's deployment (tasks 40/54) — not a lead of a local task (contrast the planted table row 28)", "自治区档案局")
mnf(U, ln("配合吴忠市发展改革委建设信用中国"), "吴忠市 body doing the city's work (信用中国（宁夏）吴忠站); listed in units.txt", "吴忠市发展改革委")
mnf(U, ln("配合宁夏通信管理局扩大5G"), "unit outside the government proper, in the baseline (task 5)", "宁夏通信管理局")
mnf(U, ln("配合吴忠市公安局"), "吴忠市 body doing the city's work; listed in units.txt", "吴忠市公安局")
mnf(U, ln("配合吴忠市委政法委"), "吴忠市 body (市域社会治理智能平台 is the city's); listed in units.txt", "吴忠市委政法委")
mnf(U, ln("落实吴忠市审批服务管理局"), "吴忠市 body (the city's 易办·吴优 brand); listed in units.txt", "吴忠市审批服务管理局")
mnf(U, ln("配合自治区水利厅"), "region's own body (task 96 lead, 宁夏数字孪生流域省级平台)", "自治区水利厅")
mnf(U, ln("配合自治区林草局"), "region's own bodies: 自治区林草局 (task 98), 自治区公共资源交易管理局 (task 100)", "自治区林草局")
mnf(U, ln("领导小组办公室汇总后于次年1月15日前报吴忠市大数据管理服务局"), "市数字政府建设领导小组办公室 is in units.txt; 吴忠市大数据管理服务局 is the city body receiving the report", "吴忠市大数据管理服务局")
mnf(U, ln("积极对接数字宁夏建设运营有限公司"), "the region's 五个一 bodies named in the baseline text, not responsible units of the plan", "数字宁夏建设运营有限公司")
mnf(U, row(4), "吴忠市生态环境局青铜峡分局 is the local branch, listed whole in units.txt (not to be split); 青铜峡工业园区管委会 listed", "吴忠市生态环境局青铜峡分局")
mnf(U, row(65), "吴忠市生态环境局青铜峡分局 listed in units.txt; the error on this row is the deadline only", "吴忠市生态环境局青铜峡分局")
mnf(U, row(6), "市发改局, 市卫健局, 市人社局, 市文旅体局 are registry short names", "市文旅体局")
mnf(U, row(9), "市住建局, 市城管局 registry short names", "市城管局")
mnf(U, row(35), "prefix 市 distributes: 市民政局, 市教育局, 市人社局 (short name)", "民政局")
mnf(U, row(50), "prefix 市 distributes: 市司法局, 市信访局", "信访局")
mnf(U, row(36), "国家税务总局青铜峡市税务局 is listed (vertical body)", "国家税务总局青铜峡市税务局")
mnf(U, row(53), "青铜峡市消防救援大队, 青铜峡市气象局 are listed", "青铜峡市消防救援大队")
mnf(U, row(44), "collective: 承担监管职责的市直有关部门（单位）", "承担监管职责的市直有关部门（单位）")
mnf(U, row(49), "collective as lead: 承担监管职责的市直有关部门（单位）", "承担监管职责的市直有关部门（单位）")
mnf(U, row(23), "collective as lead: 市直各部门（单位）", "市直各部门（单位）")
mnf(U, row(64), "collective with role: 市直各部门（单位）按职能分别负责; 各镇（街道）", "市直各部门（单位）")
mnf(U, row(86), "collectives with role: 市直各部门（单位）、各镇（街道）分别负责", "各镇（街道）")
mnf(U, row(55), "collectives 各镇（街道）、各村（社区）", "各村（社区）")
mnf(U, row(69), "市林草局 is the short name of 市林业和草原局", "市林草局")
mnf(U, row(90), "市委党校 listed; first-listed 市委组织部 leads", "市委党校")
# ---- basis
mnf(B, ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
mnf(B, ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited exactly as the 吴忠 plan cites it", "宁政办发〔2023〕11号")
mnf(B, ln("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "the parent city plan cited by title without 文号, with its real date (2023年11月27日)", "关于加强数字政府建设的实施方案")
mnf(B, ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background, not cited as a basis", "宁政办发〔2020〕14号")
mnf(B, 1, "the document's own title (《青铜峡市加强数字政府建设实施方案》), not a basis citation", "青铜峡市加强数字政府建设实施方案")
mnf(B, 2, "the notice's own 文号", "青政办发〔2024〕12号")
# ---- garbled
mnf(G, ln("易办·吴优"), "middle dot in the city's service brand 易办·吴优 is genuine", "易办·吴优")
mnf(G, ln("推进IPv6改造。（市大数据局牵头"), "Latin IPv6 in Chinese text is genuine", "IPv6")
mnf(G, ln("“1244+N”"), "“1244+N” is the plan's real name", "1244+N")
# ---- pillars
mnf(P, 0, "五个一 is taken up in 二、完善“一套体系” (领导小组及办公室, 数字宁夏建设运营有限公司, 专家咨询委员会), as 吴忠's 1347 does", pillar="五个一")
mnf(P, 0, "六级贯通 is taken up in （二）厘清层级职责 and table row 2", pillar="六级贯通")
mnf(P, 0, "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is taken up in 七、保障措施", pillar="党的领导")
mnf(P, 0, "数字生态 is taken up in 三、（三）营造良好数字生态", pillar="数字生态")

rowtasks = {1:[64],3:[2],4:[3],5:[5],6:[6],7:[7],8:[8],9:[9],10:[10],11:[11],12:[12],13:[14,15],14:[17],15:[18],16:[19],
 17:[21,22],18:[23],19:[24],20:[28],21:[29],22:[30],23:[32],24:[33],25:[34],26:[35],27:[36],28:[40,54],29:[41],30:[42],
 31:[43,46],32:[47,48],33:[50],34:[49],35:[52],36:[53],37:[55],38:[56],39:[57],40:[58],41:[59],42:[66],43:[67],44:[68],
 45:[69],46:[70],47:[71],48:[73],49:[74,75],50:[77],51:[78],52:[79],53:[80],54:[81],55:[83],56:[84],57:[85],58:[86],59:[87],
 60:[88],61:[89],62:[90],63:[92],64:[93],65:[94],66:[95],67:[96],68:[97],69:[98],70:[100],71:[101],72:[102],73:[103],
 74:[104],75:[105],76:[106],77:[107],78:[108],79:[109],80:[110],81:[111],82:[112],83:[113],84:[114],85:[115],86:[116],
 87:[25],88:[117],89:[120],90:[118],91:[122],92:[123],93:[124]}
covers = []
for r, ts in rowtasks.items():
    for t in ts:
        covers.append({"task": t, "line": row(r)})
covers += [
 {"task": 16, "line": ln("配合自治区党委国安办")},
 {"task": 31, "line": ln("落实“一数一源、多源校核”要求")},
 {"task": 38, "line": ln("优先实现行政执法与刑事司法")},
 {"task": 51, "line": ln("推广应用全区统一身份认证")},
 {"task": 65, "line": ln("配合建设宁夏经济治理基础数据库")},
 {"task": 72, "line": ln("推进本行业监管系统与宁夏“互联网+监管”系统对接")},
]
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
  "writer": "blind writer, round 617; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": "青铜峡市 (county-level city under 吴忠市) 2024 implementation plan, issued 2024-03-18, following 吴忠's 1347 framework; 223 lines: body on lines 1-129, the annex task list (tab-separated, header line 130, 93 rows) on lines 131-223. units.txt lists the city's own 市… bodies, the leading group and its office, and the 吴忠市 bodies the plan names (incl. the local branch 吴忠市生态环境局青铜峡分局, never to be split). Tasks due 2023 regionally are written 长期坚持/持续深化/动态更新 (no later year) or copied verbatim where the region itself adds 长期坚持 (tasks 18, 116). Exactly five planted mistakes. Not taken up: task 82 (新冠疫情, obsolete in 2024), 76 (地方金融监管平台) and 99 (地质数据平台), which are led by regional bodies with 各市、县（区）配合, and 121 (annual 工作要点 and 考核指标体系) only partly; none is a planted mistake, so they are not in expect. Region-only or 地级市-only tasks (1, 13, 20, 26, 27, 37, 39, 44, 45, 60-63, 91, 119) are not claimed as covered."
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect: print(e["rule"], e["line"], e["text"])
