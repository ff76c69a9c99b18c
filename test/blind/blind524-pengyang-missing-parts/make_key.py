# Builds key.json with line numbers looked up in the final draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().splitlines()

def ln(needle, start=None):
    hits = [i for i, l in enumerate(L, 1) if needle in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (needle, start, hits)
    return hits[0]

def row(n):
    return ln('', str(n) + '\t')

expect = [
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
   "why": "三个驱动 is cut to two (section 二 has only 数字经济 and 数字社会); nothing on 数据要素市场, 数据交易, 数据确权, 政策环境 or 网络生态 anywhere in the draft"},
  {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
   "why": "七个能力 section 五 stops at 政务运行; no 政府信息公开, 政策文件库, 政务新媒体 or 政民互动 content anywhere; the intro list on line %d omits 政务公开" % ln('加快提升经济调节、市场监管')},
  {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护",
   "why": "present only as the heading on line %d（（五）提升系统科学的生态环境保护能力）with nothing under it; the next line is the 政务运行 heading, and no 生态环境/自然资源/碳/城乡供水 content appears elsewhere" % ln('（五）提升系统科学的生态环境保护能力')},
  {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕17号'), "text": "《自治区人民政府关于加强数字政府建设的实施方案》",
   "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it as 实施方案"},
  {"rule": "deadline-later-than-baseline", "line": ln('到2026年'), "text": "2026年",
   "why": "主要目标: the region's goal 到2025年 …“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效、安全保障体系持续完善 (宁政发〔2023〕17号 一（二）); the county copies the same goal with 到2026年"},
  {"rule": "deadline-later-than-baseline", "line": row(17), "text": "2025年底前",
   "why": "task-list row 17 (“我的宁夏”彭阳专区 应上尽上) is regional task 86, 完成时限 2024年"},
  {"rule": "deadline-invalid", "line": row(31), "text": "20244年",
   "why": "impossible five-digit year (typo for 2024年); the row is regional task 111, 完成时限 2025年"},
  {"rule": "unknown-unit", "line": row(30), "text": "县大数据局",
   "why": "no such unit in units.txt (彭阳县 has no 大数据局; the leading body is 县人民政府办公室); looks copied from a city plan"},
  {"rule": "task-uncovered", "line": 0, "task": 112, "why": "政务公开 left out; task 112 is 各市、县（区）分别负责"},
  {"rule": "task-uncovered", "line": 0, "task": 114, "why": "政务公开 left out; task 114 is 各市、县（区）分别负责"},
  {"rule": "task-uncovered", "line": 0, "task": 115, "why": "政务公开 left out; 各市、县（区）配合"},
  {"rule": "task-uncovered", "line": 0, "task": 12, "why": "数字生态 left out; 各市、县（区）配合"},
  {"rule": "task-uncovered", "line": 0, "task": 94, "why": "生态环境保护 heading only; 各市、县（区）配合"},
  {"rule": "task-uncovered", "line": 0, "task": 102, "why": "生态环境保护 heading only; 各市、县（区）配合"},
]

mnf = [
  # parts present under other names / covered briefly
  {"rule": "missing-pillar", "line": ln('（一）筑牢网络和数据安全防线'), "pillar": "安全保障", "why": "present under another name (筑牢网络和数据安全防线) with three paragraphs of content (tasks 14, 15, 18, 19)"},
  {"rule": "missing-pillar", "line": ln('（四）夯实平台支撑基础'), "pillar": "平台支撑", "why": "present as 夯实平台支撑基础: 政务云, 电子政务外网, 视频共享, 共性应用"},
  {"rule": "missing-pillar", "line": ln('四、健全工作推进体系'), "pillar": "五个一", "why": "the work system is present as 健全工作推进体系（健全组织机构、厘清层级职责、完善工作机制）, as 吴忠 folds it into 一套体系; a county has no 五个一 of its own"},
  {"rule": "missing-pillar", "line": ln('（二）厘清层级职责'), "pillar": "六级贯通", "why": "厘清层级职责 names 六级贯通 and sets the county/乡镇/村 duties"},
  {"rule": "missing-pillar", "line": ln('（一）提升科学精准的经济调节能力'), "pillar": "经济调节", "why": "covered in two sentences only (tasks 66, 67), but covered"},
  {"rule": "missing-pillar", "line": ln('（三）提升数字素养'), "pillar": "数字素养", "why": "covered in one sentence under 保障措施, but covered"},
  {"rule": "missing-pillar", "line": ln('（二）加大资金保障'), "pillar": "财政投入", "why": "present as 加大资金保障 under 保障措施 (党的领导 items renamed)"},
  {"rule": "missing-pillar", "line": ln('（四）强化考核评价'), "pillar": "考核评价", "why": "present under 保障措施"},
  {"rule": "missing-pillar", "line": ln('（一）加强组织领导'), "pillar": "组织领导", "why": "present under 保障措施, with 一把手工程 (task 116)"},
  {"rule": "missing-pillar", "line": ln('（一）驱动数字经济发展'), "pillar": "数字经济", "why": "present with content (tasks 2, 3, 5)"},
  {"rule": "missing-pillar", "line": ln('（二）提升综合高效的市场监管能力'), "pillar": "市场监管", "why": "present; its “双随机、一公开” is 市场监管, not 政务公开"},
  # deadlines: equal to the region
  {"rule": "deadline-later-than-baseline", "line": ln('到2035年'), "text": "到2035年", "why": "equal to the region's 2035 goal"},
  {"rule": "deadline-later-than-baseline", "line": ln('到2024年底'), "text": "到2024年底", "why": "外网三级全覆盖 = task 48 (2024年), 宁政通 = task 105 (2024年), 一网通办 = task 84 (2024年): equal"},
  {"rule": "deadline-later-than-baseline", "line": ln('2024年底前实现县、乡、村三级电子政务外网全覆盖'), "text": "2024年底前", "why": "task 48, 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": ln('力争2025年'), "text": "力争2025年", "why": "task 10, 完成时限 持续推进，2025年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": ln('持续推广“宁政通”移动办公，2024年底前'), "text": "2024年底前", "why": "task 105, 完成时限 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(1), "text": "2024年底前", "why": "task 2, 完成时限 2023年启动，2024年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(2), "why": "task 3, 持续推进，2025年取得明显成效: copied, equal"},
  {"rule": "deadline-later-than-baseline", "line": row(6), "text": "2025年取得明显成效", "why": "task 11, 2023年完成主要建设任务，2025年取得明显成效: the completing milestone is equal"},
  {"rule": "deadline-later-than-baseline", "line": row(8), "text": "2024年底前", "why": "tasks 19 (2023年启动，2024年建成) and 43 (2024年建成，持续推进): equal"},
  {"rule": "deadline-later-than-baseline", "line": row(10), "text": "2025年", "why": "task 22, 2025年: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(14), "text": "2024年底前", "why": "tasks 47/48, 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2025年", "why": "task 56, 2025年: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(21), "text": "2025年", "why": "task 87, 2023年启动，2025年完成: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(25), "text": "2025年", "why": "task 83, 2025年: equal"},
  {"rule": "deadline-later-than-baseline", "line": row(33), "text": "长期坚持", "why": "task 121, 长期坚持: equal"},
  # deadlines: earlier than the region
  {"rule": "deadline-later-than-baseline", "line": row(15), "text": "2024年底前", "why": "task 49, 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": row(20), "text": "2024年6月底前", "why": "task 93, 2024年: earlier (month inside the same year)"},
  {"rule": "deadline-later-than-baseline", "line": row(29), "text": "2024年底前", "why": "task 106, 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": row(32), "text": "2024年", "why": "task 64 (各市、县（区）负责), 2025年: earlier"},
  # deadlines: copied past milestone, background and reporting dates
  {"rule": "deadline-invalid", "line": row(7), "text": "2023年形成机制，长期坚持", "why": "copied verbatim from task 18 (2023年形成机制，长期坚持); a copied regional deadline with an ongoing flag, not a slip"},
  {"rule": "deadline-later-than-baseline", "line": row(7), "text": "2023年形成机制，长期坚持", "why": "task 18: identical"},
  {"rule": "deadline-invalid", "line": ln('截至2023年底'), "text": "截至2023年底", "why": "a past date in the 发展基础 background, not a deadline"},
  {"rule": "deadline-invalid", "line": ln('每季度末月25日前'), "text": "12月10日前", "why": "the office's own reporting dates, not task deadlines"},
  {"rule": "deadline-invalid", "line": ln('2024年3月26日'), "text": "2024年3月26日", "why": "the issuing date"},
  # basis
  {"rule": "basis-mismatch", "line": ln('国发〔2022〕14号'), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
  {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕11号'), "text": "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "why": "a real regional document cited the same way by the 吴忠 plan; its title really is 实施方案"},
  {"rule": "basis-mismatch", "line": ln('宁政办发〔2020〕14号'), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the 发展基础 background, not cited as a basis; title and 文号 are correct"},
  {"rule": "basis-mismatch", "line": ln('彭政办发〔2024〕15号'), "text": "彭政办发〔2024〕15号", "why": "the draft's own 文号 (the 印发 notice), not a basis document"},
  # units
  {"rule": "unknown-unit", "line": 3, "text": "各乡镇人民政府", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 3, "text": "县直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": row(3), "text": "县直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": row(25), "text": "各村（社区）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": row(11), "text": "县政府办", "why": "short name of 县人民政府办公室 in units.txt"},
  {"rule": "unknown-unit", "line": row(11), "text": "县发改局", "why": "short name of 县发展和改革局 in units.txt"},
  {"rule": "unknown-unit", "line": row(1), "text": "县工信商务局", "why": "short name of 县工业信息化和商务局 in units.txt"},
  {"rule": "unknown-unit", "line": row(22), "text": "司法局、信访局", "why": "the 县 prefix of 县公安局 distributes: 县司法局, 县信访局, both in units.txt"},
  {"rule": "unknown-unit", "line": row(22), "text": "县人民法院", "why": "listed in units.txt (not a government department, but a real cooperating body)"},
  {"rule": "unknown-unit", "line": row(20), "text": "县残联", "why": "short name of 县残疾人联合会 in units.txt"},
  {"rule": "unknown-unit", "line": row(14), "text": "中国电信彭阳分公司", "why": "operator listed in units.txt"},
  {"rule": "unknown-unit", "line": row(24), "text": "县气象局", "why": "short name of 彭阳县气象局 in units.txt"},
  {"rule": "unknown-unit", "line": row(6), "text": "县供销社", "why": "short name of 县供销合作社联合社 in units.txt"},
  {"rule": "unknown-unit", "line": ln('县政府督查室定期'), "text": "县政府督查室", "why": "short name of 县人民政府督查室 in units.txt"},
  {"rule": "unknown-unit", "line": 9, "text": "固原市委、市政府", "why": "prose about the city's work deployment, not a responsible unit of any task"},
]

covers_pairs = [
  (2, row(1)), (3, row(2)), (5, ln('（一）驱动数字经济发展')), (6, row(3)), (7, ln('国家智慧教育平台')),
  (8, row(4)), (10, row(5)), (11, row(6)), (14, ln('压实安全管理责任')), (15, ln('压实安全管理责任')),
  (18, row(7)), (19, row(8)), (21, row(9)), (22, row(10)), (23, row(11)), (24, ln('规范项目建设管理')),
  (25, ln('（二）加大资金保障')), (28, ln('积极开展试点示范')), (30, ln('健全数据管理机制')), (32, ln('健全数据管理机制')),
  (33, row(12)), (36, ln('深化数据共享应用')), (40, row(13)), (43, ln('用好政务云资源')), (47, row(14)), (48, row(14)),
  (49, row(15)), (50, ln('提升网络支撑能力')), (54, row(13)), (56, row(16)), (57, ln('推广共性应用支撑')),
  (64, row(32)), (66, ln('（一）提升科学精准的经济调节能力')), (67, ln('（一）提升科学精准的经济调节能力')),
  (68, ln('推动监管精准化')), (70, ln('推动监管精准化')), (71, row(26)), (72, ln('促进监管协同化')), (73, row(27)),
  (74, ln('提升监管智能化')), (77, row(22)), (79, row(23)), (80, row(24)), (83, row(25)), (84, ln('打造泛在可及的服务体系')),
  (85, ln('提升智慧便捷的服务能力')), (86, row(17)), (87, row(21)), (88, row(18)), (89, row(19)), (93, row(20)),
  (103, ln('提升辅助决策能力')), (104, row(28)), (105, row(28)), (106, row(29)), (107, row(30)), (108, ln('提升行政监督水平')),
  (109, ln('提升行政监督水平')), (111, row(31)), (116, ln('（一）加强组织领导')), (121, row(33)), (123, ln('（四）强化考核评价')),
  (124, ln('（四）强化考核评价')),
]
covers = [{"task": t, "line": l} for t, l in covers_pairs]

key = {
  "writer": "blind writer, round 524; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("彭阳县 (固原市) plan of 2024-03-26, basis 国发〔2022〕14号 and 宁政发〔2023〕17号, no parent plan. "
            "Framework parts left out as a hurried county might: 数字生态 and 政务公开 absent, 生态环境保护 a bare heading (line %d). "
            "Tasks due 2023 in the region are kept out of the task table except row 7 (task 18), copied verbatim. "
            "Text 'line 46' contains 调节能力, whose 节能 is not energy saving; “双随机、一公开” (市场监管) and （此件公开发布） are not 政务公开 content." % ln('（五）提升系统科学的生态环境保护能力')),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
