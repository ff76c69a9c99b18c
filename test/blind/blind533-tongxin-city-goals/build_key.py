# helper: builds key.json, locating every line in the final draft.txt (1-based) and checking the text is on it.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(sub, text=None, nth=0):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert hits, sub
    n = hits[nth]
    if text: assert text in L[n - 1], (sub, text)
    return n

def row(k):  # table row with 序号 k
    hits = [i + 1 for i, l in enumerate(L) if l.split('\t')[0] == str(k) and '\t' in l]
    assert len(hits) == 1, k
    return hits[0]

def cell(k, col):
    return L[row(k) - 1].split('\t')[col]

expect = [
  {"rule": "deadline-later-than-baseline", "line": ln('到2024年底，全县数字政府工作体系更加科学规范'), "text": "2024年底",
   "why": "主要目标: the county sets 工作体系更加科学规范 for 到2024年底, later than the parent 吴忠 plan's goal for the same thing (到2023年底，数字政府工作体系更加科学规范). Not later than the region: the region has no county-level 工作体系 goal in its 主要目标 (its 2023年底 goals are 主要政策体系 and the 自治区本级 五个一 structure), and the matching regional task 64 (各地各部门参照自治区做法，成立相应的组织机构，健全工作体制机制; 各市、县（区）负责) has 完成时限 2025年. Raised against the parent plan."},
  {"rule": "deadline-later-than-baseline", "line": row(36), "text": "2025年",
   "why": "row 36 适老化与信息无障碍建设 = task 93 (自治区各部门（单位）及各市、县（区）按照职能分别负责), 完成时限 2024年; the county wrote 2025年"},
  {"rule": "deadline-invalid", "line": row(44), "text": "20224年",
   "why": "impossible year, a typing slip for 2024年 (row 44 政务公开信息化平台 = task 112, 完成时限 2024年)"},
  {"rule": "unknown-unit", "line": row(3), "text": "县经济和信息化局",
   "why": "the pre-reform name; not in units.txt (the county's unit is 县工业信息化和商务局)"},
  {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; digits transposed"},
  {"rule": "garbled-text", "line": ln('閫愰」鏄庣‘'), "text": "閫愰」鏄庣‘璐ｄ换",
   "why": "UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 逐项明确责任主体，推动县直各部门政务数据资源汇聚"},
]
for e in expect: assert e["text"] in L[e["line"] - 1], e

G = ln('到2024年底，全县数字政府工作体系')
must = [
  {"rule": "deadline-invalid", "line": ln('自治区《实施意见》提出：到2023年底'), "text": "到2023年底", "why": "the region's 2023 goal quoted with its year in 主要目标; a quotation of the higher document, not a county deadline, so not 'before the plan year'"},
  {"rule": "deadline-later-than-baseline", "line": ln('自治区《实施意见》提出：到2023年底'), "text": "到2025年", "why": "the region's 2025 goal (34567 全面成型) quoted with its year; equal to itself"},
  {"rule": "deadline-invalid", "line": ln('吴忠市《实施方案》提出：到2023年底'), "text": "到2023年底", "why": "the city's 2023 goal quoted with its year (吴忠 plan 主要目标); a quotation, not a county deadline"},
  {"rule": "deadline-later-than-baseline", "line": ln('吴忠市《实施方案》提出：到2023年底'), "text": "到2025年", "why": "the city's 2025 goal (1347 全面成型) quoted with its year; equal to the city plan"},
  {"rule": "deadline-later-than-baseline", "line": ln('到2025年，全县数字政府建设“1347”体系框架全面成型'), "text": "到2025年", "why": "county goal 体系框架全面成型 到2025年 equals the city's (到2025年 1347 全面成型) and the region's (到2025年 34567 全面成型) goal"},
  {"rule": "deadline-later-than-baseline", "line": ln('到2035年，与政府治理能力现代化相适应的县级'), "text": "到2035年", "why": "county 2035 goal equals the city's and the region's 到2035年 goal"},
  {"rule": "basis-mismatch", "line": ln('宁政办发〔2020〕14号'), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in 建设基础 (what the county did in the past); title and 文号 are correct and it is not cited as a basis"},
  {"rule": "basis-mismatch", "line": ln('吴忠市人民政府《关于加强数字政府建设的实施方案》等文件精神'), "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》", "why": "the city plan cited by its exact title alone; the city plan has no 文号 in the seed"},
  {"rule": "basis-mismatch", "line": ln('国发〔2022〕14号'), "text": "国发〔2022〕14号", "why": "correct national basis document and 文号"},
  {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕11号'), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan's preamble"},
  {"rule": "basis-mismatch", "line": ln('同政办发〔2024〕21号'), "text": "同政办发〔2024〕21号", "why": "the notice's own 文号, not a basis citation"},
  {"rule": "deadline-invalid", "line": ln('近年来，我县按照'), "text": "2022年", "why": "past dates (2022年, 2023年) describing what was already done, in 建设基础"},
  {"rule": "deadline-invalid", "line": ln('2023年11月27日，吴忠市人民政府印发'), "text": "2023年11月27日", "why": "the city plan's issue date, a retrospective mention, not a deadline"},
  {"rule": "deadline-invalid", "line": ln('2024年4月18日'), "text": "2024年4月18日", "why": "the notice's issue date"},
  {"rule": "deadline-later-than-baseline", "line": ln('每年6月25日、12月10日前'), "text": "12月10日前", "why": "the office's own half-yearly reporting dates, not a task deadline"},
  {"rule": "deadline-later-than-baseline", "line": ln('2024年底前实现县、乡、村三级电子政务外网全覆盖'), "text": "2024年底前", "why": "task 48 (城域网升级改造，区市县乡村5级全覆盖), 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(1), "text": "2024年", "why": "task 64 (各地各部门成立相应组织机构; 各市、县（区）负责), 完成时限 2025年: earlier"},
  {"rule": "deadline-invalid", "line": row(2), "text": "2023年形成机制，长期坚持", "why": "copied regional deadline of task 18 (安全技术保障体系、常态化安全防护和应急演练), 完成时限 2023年形成机制，长期坚持: identical, lies before the plan year but is a copy plus an ongoing obligation"},
  {"rule": "deadline-later-than-baseline", "line": row(12), "text": "2024年启动，2025年取得明显成效", "why": "task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025年 is equal; only the start is later"},
  {"rule": "deadline-later-than-baseline", "line": row(20), "text": "2024年", "why": "task 49 (视频共享平台、视频一张网), 完成时限 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": row(5), "text": "2025年", "why": "task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效: equal completing milestone"},
  {"rule": "deadline-later-than-baseline", "line": row(9), "text": "2025年", "why": "task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal completing milestone"},
  {"rule": "deadline-later-than-baseline", "line": row(32), "text": "2025年", "why": "task 87 (12345 热线 总客服), 完成时限 2023年启动，2025年完成: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(43), "text": "持续推进，2024年取得明显成效", "why": "task 108 (公共资源交易全流程数字化), 完成时限 长期推进，2024年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(46), "text": "长期坚持", "why": "task 121 (年度工作要点和考核指标体系), 完成时限 长期坚持: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(3), "text": "持续推进，2025年取得明显成效", "why": "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal"},
  {"rule": "unknown-unit", "line": row(4), "text": "卫生健康局", "why": "the 县 prefix distributes over the list: 县卫生健康局、县人力资源和社会保障局、县文化旅游广电局、县民政局, all in units.txt"},
  {"rule": "unknown-unit", "line": row(26), "text": "司法局", "why": "prefix distribution after 县公安局: 县司法局、县信访局, both in units.txt"},
  {"rule": "unknown-unit", "line": row(2), "text": "县直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": row(11), "text": "县直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": row(1), "text": "各乡镇人民政府", "why": "collective subject"},
  {"rule": "unknown-unit", "line": row(6), "text": "县卫健局", "why": "short name listed in units.txt (县卫生健康局 = 县卫健局); 县医保局 likewise"},
  {"rule": "unknown-unit", "line": row(10), "text": "县发改局", "why": "short name listed in units.txt (县发展和改革局 = 县发改局)"},
  {"rule": "unknown-unit", "line": row(25), "text": "吴忠市生态环境局同心分局", "why": "the city bureau's county branch, listed in units.txt; not to be split"},
  {"rule": "unknown-unit", "line": row(28), "text": "同心县消防救援大队", "why": "vertical/outside units listed in units.txt (同心县消防救援大队, 同心县气象局)"},
  {"rule": "unknown-unit", "line": ln('2023年11月27日，吴忠市人民政府印发'), "text": "吴忠市人民政府", "why": "issuer of a cited document in prose, not a responsible unit"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "三(三) 营造良好数字生态 (line %d) takes it up, briefly" % ln('（三）营造良好数字生态')},
  {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "folded into 一套体系 as in the 吴忠 plan: 健全组织机构 / 厘清层级职责 (六级贯通) / 完善工作机制, lines %d-%d" % (ln('（一）健全组织机构。'), ln('（三）完善工作机制。'))},
  {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "六(三) 加强资金保障 (line %d) covers 财政投入 by content" % ln('（三）加强资金保障。')},
]
for m in must:
    if m.get("text") and m["line"]: assert m["text"] in L[m["line"] - 1], m

B = lambda s: ln(s)
covers = [
  (3, row(3)), (6, row(4)), (7, row(5)), (8, row(6)), (9, row(7)), (10, row(8)), (11, row(9)),
  (5, B('（一）驱动数字经济发展。')),
  (14, B('强化安全管理责任。')), (15, B('强化安全管理责任。')), (17, B('落实安全制度要求。')),
  (18, row(2)), (19, B('提高自主可控水平。')),
  (21, row(11)), (23, row(10)), (24, B('创新数字政府建设管理机制。')), (25, B('（三）加强资金保障。')),
  (28, row(12)), (30, B('健全政务数据管理机制。')), (31, B('健全政务数据管理机制。')), (36, B('健全政务数据管理机制。')),
  (32, B('（三）完善工作机制。')), (33, row(13)), (34, row(13)), (41, row(14)), (42, B('深化数据创新应用。')),
  (40, row(15)), (54, row(15)), (46, row(16)), (47, row(17)), (48, row(18)), (50, row(19)), (49, row(20)),
  (52, B('加强共性应用支撑能力。')), (56, row(21)), (57, row(22)), (66, row(23)),
  (68, B('（二）提升综合高效的市场监管能力。')), (72, B('（二）提升综合高效的市场监管能力。')),
  (71, row(24)), (74, row(25)), (77, row(26)), (79, row(27)), (80, row(28)), (83, row(29)),
  (84, row(30)), (85, B('（四）提升普惠便捷的公共服务能力。')), (86, row(31)), (87, row(32)), (88, row(33)), (89, row(34)),
  (90, row(35)), (93, row(36)), (96, row(37)), (97, row(38)), (98, row(39)), (102, B('（五）提升系统科学的生态环境保护能力。')),
  (104, row(40)), (105, row(40)), (106, row(41)), (107, row(42)), (108, row(43)), (111, B('（六）提升整体高效的政务运行能力。')),
  (112, row(44)), (114, row(45)), (115, B('（七）提升全面规范的政务公开能力。')),
  (64, row(1)), (116, B('（一）加强组织领导。')), (118, B('（四）提升数字素养。')),
  (121, row(46)), (122, B('（二）强化考核评价。')), (123, B('（二）强化考核评价。')), (124, B('（二）强化考核评价。')),
]
covers = [{"task": t, "line": l} for t, l in covers]

key = {
  "writer": "blind writer, round 533; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": must,
  "covers": covers,
  "notes": ("同心县 county plan (2024-04-18, 同政办发〔2024〕21号) checked against ningxia-2023 with the 吴忠 plan as parent. "
            "主要目标 (lines 17-22) quotes the region's and the city's goals with their years, then the county's own: the 2024年底 工作体系 goal is later than the city's "
            "2023年底 goal but has no earlier regional counterpart. Measures follow the city plan's 1347 headings; the attached task list (lines 76-122) is tab-separated "
            "with a note that the first unit of a cell leads. No task was deliberately left out. make_draft.py writes draft.txt; build_key.py writes this key."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(must), len(covers), len(set(c['task'] for c in covers)))
