# Helper kept with the case: builds key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(sub, nth=0):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert hits, sub
    return hits[nth]
def chk(line, text):
    assert text in L[line - 1], (line, text)

expect = [
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette); 宁政办发 is the General Office's series, so the 文号 does not belong to this title"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年底"), "text": "2026年底",
     "why": "主要目标: the region's goal is 到2025年 '全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…'; the Base sets the same goal for 2026年底"},
    {"rule": "deadline-invalid", "line": ln("20244年底前"), "text": "20244年",
     "why": "impossible year (typo for 2024年; the English line and task-list row 3 say end of 2024). Matches task 43 (2024年建成，持续推进) / task 19 (2023年启动，2024年建成); only the invalid date is planted, not a late one"},
    {"rule": "garbled-text", "line": ln("寤虹珛鍋ュ叏"), "text": "寤虹珛鍋ュ叏鏁版嵁",
     "why": "UTF-8 bytes of 建立健全数据分类分级保护 read as GBK (mojibake, no ? marker); re-encoding as GBK and decoding as UTF-8 recovers it"},
    {"rule": "deadline-later-than-baseline", "line": ln("编制基地公共数据开放目录及相关责任清单，依托全区统一的公共数据开放平台分类分级开放公共数据。\t"), "text": "2025年6月底",
     "why": "task-list row 7 = regional task 41 (公共数据开放目录、全区统一的公共数据开放平台), 完成时限 2024年; 2025年6月底 is later"},
    {"rule": "unknown-unit", "line": ln("宁东基地大数据局"), "text": "宁东基地大数据局",
     "why": "not in units.txt (the Base's technical body is 宁东基地数字化发展中心; there is no 大数据局 in the Base); looks like a name borrowed from city plans"},
]

R = "deadline-later-than-baseline"
mnf = [
    # basis
    {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national guiding opinion"},
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan; a real, current basis document"},
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background section (发展基础: '2020年以来…按照…部署'), not cited as a basis of this plan; title and 文号 match"},
    {"rule": "basis-mismatch", "line": ln("No. 17 [2023] of the Ningxia Government"), "text": "No. 17 [2023] of the Ningxia Government", "why": "English translation of the citation; the wrong 文号 is reported once, on the Chinese line"},
    {"rule": "basis-mismatch", "line": ln("No. 11 [2023] of the General Office"), "text": "No. 11 [2023] of the General Office of the Ningxia Government", "why": "English translation of a correct citation"},
    {"rule": "basis-mismatch", "line": ln("宁东管发〔2024〕23号"), "text": "宁东管发〔2024〕23号", "why": "the plan's own issuing number, not a cited basis"},
    # dates that are not deadlines / not invalid
    {"rule": "deadline-invalid", "line": ln("2024年4月18日"), "text": "2024年4月18日", "why": "issue date of the notice"},
    {"rule": "deadline-invalid", "line": ln("2020年以来"), "text": "2020年以来", "why": "past dates in the background section (2020年以来, 2023年…建成投用) describe work done, not deadlines"},
    {"rule": "deadline-invalid", "line": ln("2023年形成机制，长期坚持"), "text": "2023年形成机制，长期坚持", "why": "row 2 copies regional task 18's 完成时限 '2023年形成机制，长期坚持' verbatim; a copied regional deadline that lies before the plan's year, with an ongoing flag"},
    {"rule": "deadline-invalid", "line": ln("6月25日、12月25日"), "text": "6月25日", "why": "the office's own half-yearly reporting dates, not task deadlines"},
    {"rule": "deadline-invalid", "line": ln("重点任务清单（2024年—2025年）"), "text": "2024年—2025年", "why": "period of the annex task list"},
    {"rule": R, "line": ln("到2024年底，基地政务信息系统"), "text": "2024年底", "why": "goal for 2024 made of 2024 tasks: task 43 (2024年建成，持续推进), task 48 (2024年), task 86 (2024年), task 84 (2024年); equal. It is not the region's 2023 goal (政策体系初步建立、五个一组织架构、平台家底理清)"},
    {"rule": R, "line": ln("到2035年"), "text": "2035年", "why": "equal to the region's 2035 goal (数字政府全面建成)"},
    {"rule": R, "line": ln("By the end of 2026"), "text": "By the end of 2026", "why": "English translation of the planted goal line; the late goal is reported once, on the Chinese line"},
    {"rule": "deadline-invalid", "line": ln("by the end of 2024, so that"), "text": "by the end of 2024", "why": "English translation of the line with the typo 20244年; the English date is correct"},
    {"rule": R, "line": ln("2024年启动，2025年取得明显成效"), "text": "2024年启动，2025年取得明显成效", "why": "row 1 = task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效; equal"},
    {"rule": R, "line": ln("宁东基地数字化发展中心具体负责，宁东基地各部门（单位）配合\t2024年底"), "text": "2024年底", "why": "row 3 = task 43 (2024年建成，持续推进) / task 19 (2023年启动，2024年建成); equal"},
    {"rule": R, "line": ln("2024年10月底"), "text": "2024年10月底", "why": "row 4 = task 48 (城域网升级改造、5级全覆盖), 2024年; earlier"},
    {"rule": R, "line": ln("有序推进非涉密业务专网向电子政务外网整合迁移。\t"), "text": "2024年", "why": "row 5 = task 50, 2024年; equal"},
    {"rule": R, "line": ln("建设危化品安全生产、生态环保、企业服务等主题数据库，统一"), "text": "2024年12月底", "why": "row 6 = task 34 (主题数据库), 2024年; equal"},
    {"rule": R, "line": ln("Q2 2025", 0), "text": "Q2 2025", "why": "English translation of planted row 7; reported once on the Chinese row"},
    {"rule": R, "line": ln("推动电子证照在涉企审批、园区准入等场景深度应用。\t"), "text": "2025年", "why": "row 8 = task 52 (电子证照), 2025年; equal"},
    {"rule": R, "line": ln("深化电子文件管理，完善业务应用系统电子文件归档功能。\t"), "text": "2024年12月底", "why": "row 9 = task 54, 2024年; equal"},
    {"rule": R, "line": ln("建设基地经济运行监测分析系统，对接"), "text": "2025年", "why": "row 10 = task 66 (三维一体经济运行大数据平台), 2025年; equal"},
    {"rule": R, "line": ln("宁东基地市场监督管理局、应急管理局分别负责"), "text": "2024年", "why": "row 11 = task 71 (全链条数字化追溯监管), 2024年; equal"},
    {"rule": R, "line": ln("宁东基地大数据局"), "text": "2024年底", "why": "row 12 = task 80 (智慧应急), 2024年; equal (the row's error is the unit only)"},
    {"rule": R, "line": ln("宁东基地政法委牵头"), "text": "2025年", "why": "row 13 = task 83 (互联网+基层治理), 2025年; equal"},
    {"rule": R, "line": ln("2024年9月底"), "text": "2024年9月底", "why": "row 15 = task 89 (企业专属网页、惠企政策专栏), 2024年; earlier"},
    {"rule": R, "line": ln("构建重点排放企业碳排放智能监测和动态核算体系。\t"), "text": "2025年6月底", "why": "row 17 = task 101 (碳排放智能监测和动态核算体系), 2025年; 2025年6月底 is within 2025, earlier — same date text as the planted row 7"},
    {"rule": R, "line": ln("Q2 2025", 1), "text": "Q2 2025", "why": "English translation of row 17"},
    {"rule": R, "line": ln("开发应用全区统一的填表报数系统，减轻基层填表报数负担。\t"), "text": "2025年", "why": "row 19 = task 106, 2025年; equal"},
    {"rule": R, "line": ln("\t长期坚持"), "text": "长期坚持", "why": "row 21 = task 121, 长期坚持; equal"},
    {"rule": R, "line": ln("End of October 2024"), "text": "End of October 2024", "why": "English column of row 4"},
    {"rule": R, "line": ln("By September 2024"), "text": "By September 2024", "why": "English column of row 15"},
    # units
    {"rule": "unknown-unit", "line": ln("驻基地各单位"), "text": "驻基地各单位", "why": "collective subject (各…)"},
    {"rule": "unknown-unit", "line": ln("宁东基地各部门（单位）分别负责"), "text": "宁东基地各部门（单位）", "why": "collective subject; the prefix does not make it a unit name"},
    {"rule": "unknown-unit", "line": ln("宁东基地有关部门（单位）配合"), "text": "宁东基地有关部门（单位）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln("宁东基地投资促进局、数字化发展中心配合"), "text": "数字化发展中心", "why": "the prefix 宁东基地 distributes: 宁东基地数字化发展中心 is in units.txt"},
    {"rule": "unknown-unit", "line": ln("宁东基地应急管理局、生态环境局、经济发展局分别负责"), "text": "生态环境局", "why": "prefix distributes: 宁东基地生态环境局, 宁东基地经济发展局 are in units.txt"},
    {"rule": "unknown-unit", "line": ln("宁东基地经发局牵头"), "text": "宁东基地经发局", "why": "official short name of 宁东基地经济发展局 in units.txt"},
    {"rule": "unknown-unit", "line": ln("宁东基地市场监管局配合"), "text": "宁东基地市场监管局", "why": "short name of 宁东基地市场监督管理局 in units.txt"},
    {"rule": "unknown-unit", "line": ln("宁东基地政法委牵头"), "text": "宁东基地政法委", "why": "in units.txt"},
    {"rule": "unknown-unit", "line": ln("报送宁东基地党政办"), "text": "宁东基地党政办", "why": "short name of 宁东基地党政办公室 in units.txt"},
    {"rule": "unknown-unit", "line": ln("宁东公安分局配合"), "text": "宁东公安分局", "why": "in units.txt; a registered name is not split or prefixed"},
    {"rule": "unknown-unit", "line": ln("宁东基地党工委统一领导"), "text": "宁东基地党工委", "why": "in units.txt"},
    {"rule": "unknown-unit", "line": ln("依托自治区政府办公厅统一建设"), "text": "自治区政府办公厅", "why": "regional body named as the owner of the regional platform the Base relies on, not as a responsible unit of a local task"},
    {"rule": "unknown-unit", "line": ln("积极对接宁夏通信管理局"), "text": "宁夏通信管理局", "why": "regional unit from the baseline, named as a partner to liaise with, not as a lead"},
    {"rule": "unknown-unit", "line": ln("成立宁东基地数字政府建设领导小组"), "text": "宁东基地数字政府建设领导小组", "why": "a body this plan sets up; not a responsible unit of a task"},
    {"rule": "unknown-unit", "line": ln("数字宁夏建设运营有限公司"), "text": "数字宁夏建设运营有限公司", "why": "regional service company and expert committee named in the regional text (tasks 62, 63); service providers, not responsible units"},
    {"rule": "unknown-unit", "line": ln("宁东镇卫生院"), "text": "宁东镇卫生院", "why": "object of a measure (the clinic to be connected), not a responsible unit"},
    {"rule": "unknown-unit", "line": ln("Big Data Bureau"), "text": "Big Data Bureau", "why": "English translation of planted row 12; the unknown unit is reported once, on the Chinese row"},
    {"rule": "unknown-unit", "line": ln("Economic Development Bureau (lead); Investment Promotion Bureau"), "text": "Economic Development Bureau", "why": "English unit names in the English row (English words that look like names)"},
    {"rule": "unknown-unit", "line": ln("Party Working Committee of Ningdong Base"), "text": "Party Working Committee of Ningdong Base", "why": "English translation of 宁东基地党工委"},
    {"rule": "unknown-unit", "line": ln("Ningdong Smart Park"), "text": "Ningdong Smart Park", "why": "English project name, not a unit"},
    # other rules
    {"rule": "garbled-text", "line": ln("序号 No."), "text": "序号 No.", "why": "bilingual column names (Chinese beside English), not mojibake"},
    {"rule": "garbled-text", "line": ln("Implementing security rules."), "why": "clean English translation of the damaged paragraph"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up in 二（三）营造良好数字生态 (line %d)" % ln("（三）营造良好数字生态")},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "section 四 健全“五个一”和“六级贯通”的工作体系 (lines %d–%d): organization, level duties, working mechanism" % (ln("四、健全“五个一”"), ln("（三）完善工作机制"))},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "六（二）加大财政投入 (line %d)" % ln("（二）加大财政投入")},
]

covers_src = [
    (3, "2024年启动，2025年取得明显成效"), (7, "国家智慧教育平台"), (8, "互联网+医疗健康”应用，推动宁东镇"),
    (10, "推进数字乡村和智慧社区建设"), (12, "积极参与全区数据要素市场培育"),
    (14, "强化安全管理责任。宁东基地"), (15, "建立数字政府安全评估、责任落实和重大事件处置机制，完善企业"),
    (17, "寤虹珛鍋ュ叏"), (18, "2023年形成机制，长期坚持"), (19, "宁东基地数字化发展中心具体负责"),
    (20, "全面梳理基地各部门数字化发展相关职责分工"), (22, "强化审管协同，推进基地政务服务平台"),
    (23, "全区一体化数字资源管理系统"), (24, "健全完善政务信息化建设管理会商机制"), (28, "健全标准规范和试点示范"),
    (31, "一数之源、多源校核"), (32, "完善数据管理机制。明确"), (36, "政务数据供需对接机制"),
    (34, "建设危化品安全生产、生态环保、企业服务等主题数据库，统一"), (41, "编制基地公共数据开放目录及相关责任清单，依托全区统一的公共数据开放平台分类分级开放公共数据。\t"),
    (42, "推进供水、供电、供气等公共数据"), (43, "宁东基地数字化发展中心具体负责"), (47, "开展基地城域网升级改造，推进电子政务外网向"),
    (48, "2024年10月底"), (49, "依托全区统一的视频共享平台整合基地视频资源"), (50, "有序推进非涉密业务专网向电子政务外网整合迁移。\t"),
    (51, "推广应用自治区统一身份认证"), (52, "推动电子证照在涉企审批、园区准入等场景深度应用。\t"),
    (54, "深化电子文件管理，完善业务应用系统电子文件归档功能。\t"), (57, "依托宁夏信用信息公共服务平台"),
    (64, "（一）健全组织机构。成立"), (65, "（一）提升科学精准的经济调节能力"), (66, "建设基地经济运行监测分析系统"),
    (68, "编制完善监管事项目录和实施清单"), (70, "推进企业信用风险分类管理"), (71, "宁东基地市场监督管理局、应急管理局分别负责"),
    (72, "加强与宁夏“互联网+监管”系统对接"), (79, "持续推进“雪亮工程”"), (80, "宁东基地大数据局"), (83, "宁东基地政法委牵头"),
    (84, "推动涉企高频事项“网上办、掌上办、就近办、一次办”"), (86, "打造“我的宁夏”宁东专区，推动"), (89, "2024年9月底"),
    (93, "适老化与信息无障碍建设"), (94, "完善基地生态环境智能感知体系"), (95, "天地一体化"), (101, "构建重点排放企业碳排放智能监测和动态核算体系。\t"),
    (103, "建立基地大数据辅助决策机制"), (104, "全面使用全区统一的协同办公平台"), (105, "全面使用全区统一的协同办公平台"),
    (106, "开发应用全区统一的填表报数系统，减轻基层填表报数负担。\t"), (107, "统筹整合非涉密视频会议系统资源"),
    (112, "进一步完善基地政务公开信息化平台"), (114, "加强政务新媒体矩阵建设"), (116, "将数字政府建设纳入“一把手工程”"),
    (25, "（二）加大财政投入"), (121, "每年度制定数字政府工作要点"), (122, "将数字政府建设纳入基地效能目标管理考核"),
    (124, "定期开展督促检查和经验交流"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_src]

for e in expect + mnf:
    if e["line"] and "text" in e:
        chk(e["line"], e["text"])

key = {
    "writer": "blind writer, round 360; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("Bilingual draft for foreign investors: every Chinese paragraph/heading is followed by its English translation on the next line; "
              "each task-list row is followed by an English tab-separated row, and the header has English column names beside the Chinese. "
              "All planted mistakes are in the Chinese text; English lines translate them faithfully (except line 76, where the translator wrote the intended 2024) "
              "and are listed in mustNotFlag so each mistake counts once. The note on line 117 makes the first-listed unit the lead. "
              "Local units are the Base's own bodies (units.txt); no parent plan. Row 2 copies regional task 18's deadline '2023年形成机制，长期坚持'."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
