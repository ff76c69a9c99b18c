# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().rstrip('\n').split('\n')
TN = "task numbers count the 43 paragraphs of the 广西 实施意见 that end in a (責任單位…完成時限…) note, in document order"
expect = [
  {"rule": "basis-mismatch", "line": 9, "text": "桂政发〔2022〕13号",
   "why": "the 广西 实施意见 (关于加强数字政府建设的实施意见, 2022-11-30, the guangxi-2022 baseline) is 桂政发〔2022〕31号; digits transposed"},
  {"rule": "unknown-unit", "line": 71, "text": "区发改委",
   "why": "the district body is 区发展和改革局 (区发展改革局 / 区发改局 in units.txt); 区发改委 is the city-level form and names no 良庆区 unit"},
  {"rule": "deadline-later-than-baseline", "line": 82, "text": "2026年6月底",
   "why": "12345热线 row: task 8 (持续优化12345政务服务便民热线…与110、119、120、122等紧急热线…联动), 完成時限 2025年底; the 2025年目标 cell says 2026年6月底前"},
  {"rule": "deadline-invalid", "line": 108, "text": "20244年",
   "why": "impossible year (double-typed digit for 2024年) in the 2024年目标 cell of the 数据共享 row"},
  {"rule": "garbled-text", "line": 62, "text": "骞查儴鏁板瓧绱犲吇",
   "why": "UTF-8 bytes of 干部数字素养 read as GBK (mojibake) inside 提升数字素养"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
   "why": "七（三）营造良好数字生态 (数据要素市场规则, 数据产权交易, 公平竞争, 数据要素集聚/交易平台) is not taken up anywhere; 三（六） has only 数字经济 and 数字社会"},
  {"rule": "task-uncovered", "line": 0, "task": 43,
   "why": "营造良好数字生态 (" + TN + "; 完成時限 持续開展, 各市人民政府) deliberately left out with the pillar"},
  {"rule": "task-uncovered", "line": 0, "task": 14,
   "why": "推动智慧体育服务能力提升 (体医结合健康服务平台) deliberately left out; 各市人民政府 among the units"},
]
mnf = [
  {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
  {"rule": "basis-mismatch", "line": 11, "text": "国发〔2016〕55号", "why": "retrospective background mention of an older national document with its correct 文号, not a basis citation"},
  {"rule": "basis-mismatch", "line": 2, "text": "良政办发〔2023〕27号", "why": "the notice's own document number"},
  {"rule": "deadline-invalid", "line": 11, "text": "2022年底", "why": "past date in the 发展现状 background (also 2021年 on the same line)"},
  {"rule": "deadline-invalid", "line": 6, "text": "2023年6月20日", "why": "the notice's own issue date"},
  {"rule": "deadline-later-than-baseline", "line": 24, "text": "到2025年", "why": "主要目标: 体系框架基本形成 by 2025, equal to the regional 主要目标 到2025年"},
  {"rule": "deadline-later-than-baseline", "line": 25, "text": "到2035年", "why": "equal to the regional 2035 vision (数字政府基本建成)"},
  {"rule": "deadline-later-than-baseline", "line": 22, "text": "到2023年底", "why": "intermediate local goal, earlier than the regional 2025 goal"},
  {"rule": "deadline-later-than-baseline", "line": 23, "text": "到2024年底", "why": "intermediate local goal, earlier than the regional 2025 goal"},
  {"rule": "deadline-later-than-baseline", "line": 29, "text": "到2025年底", "why": "互联网+监管 协同监管机制: task 3, 完成時限 2025年底; equal"},
  {"rule": "deadline-later-than-baseline", "line": 73, "text": "2025年底前", "why": "year column whose last target is on time: task 3 (一体化在线监管/互联网+监管), 完成時限 2025年底; equal"},
  {"rule": "deadline-later-than-baseline", "line": 96, "text": "2025年底前", "why": "year column whose last target is on time: task 22 (政务公开/政策找人), 完成時限 2025年底; equal"},
  {"rule": "deadline-later-than-baseline", "line": 83, "text": "2024年底前", "why": "智桂通 row: task 9, 完成時限 2025年底; local completion 2024 is earlier, 2025 column only 持续深化"},
  {"rule": "deadline-later-than-baseline", "line": 82, "text": "2023年底前", "why": "2023年目标 of the 12345热线 row (热线归并), earlier than task 8's 2025年底 (only the 2025 cell is late)"},
  {"rule": "deadline-later-than-baseline", "line": 110, "why": "政务云 row: task 36 is 持续開展; yearly targets within 2023–2025 are not later than an ongoing task"},
  {"rule": "deadline-later-than-baseline", "line": 111, "why": "电子政务外网 row: task 37 is 持续開展; 2025年目标 (专网整合迁移基本完成) is within the plan period"},
  {"rule": "deadline-later-than-baseline", "line": 70, "text": "2025年目标", "why": "column header of the task table; the plan runs 2023—2025"},
  {"rule": "deadline-later-than-baseline", "line": 67, "text": "2025年9月", "why": "the office's own implementation schedule (全面推进阶段)"},
  {"rule": "deadline-later-than-baseline", "line": 68, "text": "2025年10月", "why": "the office's own 总结评估阶段 (2025年10月—12月), within 2025"},
  {"rule": "deadline-later-than-baseline", "line": 60, "text": "12月10日前", "why": "the office's own reporting dates (quarterly and 每年12月10日前)"},
  {"rule": "deadline-invalid", "line": 106, "text": "1—2个", "why": "a count (试点1—2个), not a date"},
  {"rule": "unknown-unit", "line": 71, "text": "统计局", "why": "区 prefix distributes: 区统计局 is in units.txt (only 区发改委 in this cell is wrong)"},
  {"rule": "unknown-unit", "line": 73, "text": "司法局", "why": "区市场监管局、司法局: prefix distributes to 区司法局"},
  {"rule": "unknown-unit", "line": 74, "text": "住房城乡建设局", "why": "区信访局、民政局、司法局、住房城乡建设局: prefix distributes; 区住房城乡建设局 is an alias in units.txt; 各镇（街道） is collective"},
  {"rule": "unknown-unit", "line": 75, "text": "区人民检察院", "why": "区人民法院 / 区人民检察院 are short names in units.txt"},
  {"rule": "unknown-unit", "line": 76, "text": "南宁市公安局良庆分局", "why": "listed in units.txt as one name; must not be split into 南宁市公安局"},
  {"rule": "unknown-unit", "line": 77, "text": "良庆区消防救援大队", "why": "short name of 南宁市良庆区消防救援大队 in units.txt; 南宁市自然资源局良庆分局 is listed"},
  {"rule": "unknown-unit", "line": 80, "text": "良庆区税务局", "why": "short name of 国家税务总局南宁市良庆区税务局 in units.txt"},
  {"rule": "unknown-unit", "line": 83, "text": "区大数据局", "why": "official short name of 区大数据发展局 in units.txt"},
  {"rule": "unknown-unit", "line": 87, "text": "区住建局", "why": "short name of 区住房和城乡建设局 in units.txt"},
  {"rule": "unknown-unit", "line": 79, "text": "区人社局", "why": "short name of 区人力资源和社会保障局; 区医保局 likewise; 各镇（街道） collective"},
  {"rule": "unknown-unit", "line": 113, "text": "国家税务总局南宁市良庆区税务局", "why": "full name listed in units.txt; 区大数据发展局、行政审批局 distributes to 区行政审批局"},
  {"rule": "unknown-unit", "line": 116, "text": "良庆自然资源分局", "why": "short name of 南宁市自然资源局良庆分局 in units.txt"},
  {"rule": "unknown-unit", "line": 118, "text": "南宁良庆经济开发区管理委员会", "why": "listed in units.txt"},
  {"rule": "unknown-unit", "line": 120, "text": "各村（社区）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 107, "text": "区直各部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 92, "text": "区直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 3, "text": "街道办事处", "why": "salutation 各镇人民政府、街道办事处，区直各部门，各有关单位: collective addressees"},
  {"rule": "unknown-unit", "line": 60, "text": "南宁市大数据发展局", "why": "upper-level counterparts the district bureau liaises with (also 自治区大数据发展局), not responsible units of any task"},
  {"rule": "unknown-unit", "line": 60, "text": "区数字政府建设工作领导小组办公室", "why": "coordinating body set up by this plan itself (line 59), receiving reports; not a responsible unit"},
  {"rule": "unknown-unit", "line": 9, "text": "市委、市人民政府", "why": "the city authorities whose deployment the plan follows, not a responsible unit"},
  {"rule": "unknown-unit", "line": 103, "text": "财政局", "why": "区大数据发展局、财政局: two leads, prefix distributes to 区财政局; first-listed is main lead per note on line 123"},
  {"rule": "garbled-text", "line": 116, "text": "天地图·广西", "why": "proper name with a middle dot, not damage (also “4·27” on line 15)"},
  {"rule": "garbled-text", "line": 11, "text": "爱南宁", "why": "real Nanning app name “爱南宁”APP"},
  {"rule": "missing-pillar", "line": 0, "pillar": "加强党对数字政府建设工作的领导", "why": "taken up under 四、保障措施 (组织领导, 推进机制, 数字素养, 考核评估), lines 59–64"},
  {"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "taken up at line 36 (9.提升政务公开水平) and row line 96"},
]
covers_spec = [
 (1,[28,71]),(2,[29,72]),(3,[29,73]),(4,[30,74,75]),(5,[30,76]),(6,[30,77,78]),(7,[31,33,79,80,81]),
 (8,[32,82]),(9,[32,83]),(10,[84]),(11,[85]),(12,[86]),(13,[87]),(15,[88]),(16,[34,89]),(17,[34,90]),
 (18,[34,91]),(19,[35,92]),(20,[35,93,94]),(21,[35,95]),(22,[36,96]),(23,[38,97]),(24,[39,98]),(25,[39,99]),
 (26,[40,100]),(27,[41,101]),(28,[43,102]),(29,[44,103]),(30,[45,104]),(31,[46,105]),(32,[46,106]),
 (33,[48,107]),(34,[49,108]),(35,[50,109]),(36,[52,110]),(37,[53,111]),(38,[54,112]),(39,[54,113,114,115,116]),
 (40,[54,117]),(41,[56,118]),(42,[57,119,120]),
]
covers = [{"task": t, "line": ls[0]} for t, ls in covers_spec]
# checks
for e in expect + mnf:
    if e["line"]:
        assert 1 <= e["line"] <= len(L)
        if "text" in e:
            assert e["text"] in L[e["line"]-1], (e["line"], e["text"])
for c in covers:
    for l in [c["line"]]:
        assert 1 <= l <= len(L)
key = {
  "writer": "blind writer, round 882; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("Task numbers: " + TN + " (1 经济调节 … 8 12345热线, 9 智桂通, 14 智慧体育, 22 政务公开, 23 安全管理责任 (no 各市人民政府), 43 营造良好数字生态). "
            "Only four regional tasks carry a dated 完成時限 (3, 8, 9, 22: 2025年底); all others are 持续開展. "
            "The task table's year columns mean 'done by 12月底 of that year' (note, line 123). "
            "The seed copy of the 广西 实施意见 has no title line; the draft cites it as 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》, the title its own preamble implies. "
            "Security content (关键信息基础设施, 网络安全) overlaps one sentence of 七（三）, but nothing of the data-element-market content of 数字生态 is taken up.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
