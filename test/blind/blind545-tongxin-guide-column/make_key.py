# Builds key.json and checks every line number / text against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')

def line_of(needle, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    assert len(hits) >= nth, (needle, hits)
    return hits[nth - 1]

def row(n):  # table row number n -> line
    hits = [i + 1 for i, l in enumerate(L) if l.split('\t')[0] == str(n) and l.count('\t') == 5]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def cell(n, col):  # 0 序号 1 任务 2 指导 3 牵头 4 配合 5 时限
    return L[row(n) - 1].split('\t')[col]

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:80])
    return line

expect = [
    {"rule": "basis-mismatch", "line": chk(18, "关于加快推进数字政府建设的实施方案"),
     "text": "关于加快推进数字政府建设的实施方案",
     "why": "the parent city plan is 吴忠市人民政府《关于加强数字政府建设的实施方案》 (2023-11-27, seeds/wuzhong), cited correctly in the preamble (line 9); here in 体系架构 it is re-typed with '加快推进' for '加强', a wrong title"},
    {"rule": "deadline-later-than-baseline", "line": chk(16, "2026年底"), "text": "2026年底",
     "why": "主要目标 goal '政府数字化履职能力明显提升、数据治理初见成效': the region sets it 到2025年 (宁政发〔2023〕17号 主要目标) and 吴忠 到2025年 (履职能力全面增强); the county puts it at 2026年底"},
    {"rule": "deadline-later-than-baseline", "line": chk(row(18), "2025年"), "text": "2025年",
     "why": "row 18 is regional task 41 (数据开放标准规范, 公共数据开放目录及责任清单, 分类分级开放), 完成时限 2024年; the county row says 2025年"},
    {"rule": "deadline-invalid", "line": chk(row(33), "21月"), "text": "21月",
     "why": "2024年21月底前 is an impossible month (transposed 12); the row is regional task 83 (互联网+基层治理), 完成时限 2025年, so any 2024 reading is not late"},
    {"rule": "unknown-unit", "line": chk(row(16), "吴忠市大数据管理服务局"), "text": "吴忠市大数据管理服务局",
     "why": "a city body named in the 牵头单位 column of a county task (regional task 29); the table's own note says 指导单位 are higher bodies that do not carry county tasks, and units.txt (county registry) does not list it; the lead should be 县大数据服务中心"},
    {"rule": "unknown-unit", "line": chk(row(22), "县数据局"), "text": "县数据局",
     "why": "no 县数据局 in units.txt; the county's data body is 县大数据服务中心"},
    {"rule": "garbled-text", "line": chk(33, "鏁版嵁鍒嗙被"), "text": "鏁版嵁鍒嗙被鍒嗙骇淇濇姢",
     "why": "UTF-8 bytes of 数据分类分级保护 read as GBK (re-encode as GBK, decode as UTF-8 recovers it)"},
]

M = []
def mn(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text); e["text"] = text
    e["why"] = why
    M.append(e)

# --- deadlines: equal, earlier, copied, background, reporting ---
mn("deadline-later-than-baseline", 14, "到2024年底: 外网县乡村全覆盖 (task 48, 2024年), 非涉密系统迁移信创云 (tasks 43 '2024 年建成，持续推进' and 46 '2024年'), 接入我的宁夏同心专区 (task 86, 2024年): equal", "2024年底")
mn("deadline-later-than-baseline", 15, "到2025年 '1347'体系框架全面成型: equal to the region's 到2025年 '34567'框架全面成型 and to 吴忠's 到2025年 '1347'框架全面成型 (date equal to the city's)", "到2025年")
mn("deadline-later-than-baseline", 17, "到2035年 数字政府全面建成: equal to the region's and the city's 2035 goal", "到2035年")
mn("deadline-invalid", 11, "截至2023年底 is a past date in the 发展基础 background, not a deadline", "2023年底")
mn("deadline-invalid", 6, "the notice's own issue date", "2024年3月22日")
mn("deadline-invalid", 57, "the office's own half-yearly reporting dates (每年6月20日、12月20日), not task deadlines", "6月20日")
mn("deadline-later-than-baseline", 57, "reporting dates, not deadlines of a task", "12月20日")
mn("deadline-invalid", row(10), "copied regional deadline of task 18 ('2023年形成机制，长期坚持'); it lies before the plan's year but is the region's own wording and the task is ongoing", "2023年形成机制，长期坚持")
mn("deadline-later-than-baseline", row(10), "task 18 完成时限 '2023年形成机制，长期坚持': copied verbatim, equal", "长期坚持")
mn("deadline-later-than-baseline", row(1), "task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年; county 2024年 is earlier", "2024年")
mn("deadline-later-than-baseline", row(2), "task 2 完成时限 '2023年启动，2024年取得明显成效'; county '2024年取得明显成效' equal", "2024年取得明显成效")
mn("deadline-later-than-baseline", row(8), "task 10 完成时限 '持续推进，2025年取得明显成效'; county '2024年启动，2025年取得明显成效' completes in 2025, equal", "2025年取得明显成效")
mn("deadline-later-than-baseline", row(9), "task 11 完成时限 '2023年完成主要建设任务，2025年取得明显成效'; county '2025年取得明显成效' equal", "2025年取得明显成效")
mn("deadline-later-than-baseline", row(16), "task 29 完成时限 '2023年启动，2025年完成'; county 2025年 equal (the row's error is its lead unit, not its date)", "2025年")
mn("deadline-later-than-baseline", row(20), "task 46 完成时限 2024年 (and task 43 '2024 年建成，持续推进'); county 2024年9月底前 is no later", "2024年9月底前")
mn("deadline-later-than-baseline", row(36), "task 87 完成时限 '2023年启动，2025年完成'; county 2025年 equal", "2025年")
mn("deadline-later-than-baseline", row(40), "tasks 104 and 105 完成时限 2024年; county 2024年6月底前 is no later", "2024年6月底前")
mn("deadline-later-than-baseline", row(42), "task 107 完成时限 2025年; county 2024年 is earlier", "2024年")
mn("deadline-later-than-baseline", row(43), "task 108 完成时限 '长期推进，2024年取得明显成效'; county '2024年取得明显成效' equal", "2024年取得明显成效")
mn("deadline-later-than-baseline", row(45), "task 121 完成时限 长期坚持; county 长期坚持 equal", "长期坚持")
mn("deadline-later-than-baseline", row(33), "the row's date is impossible (deadline-invalid), not late: task 83 is 2025年", "2024年21月底前")
# --- basis documents ---
mn("basis-mismatch", 9, "correct 文号 and title of the national guiding opinion", "国发〔2022〕14号")
mn("basis-mismatch", 9, "correct 文号 and title of the regional 实施意见", "宁政发〔2023〕17号")
mn("basis-mismatch", 9, "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as in the 吴忠 plan", "宁政办发〔2023〕11号")
mn("basis-mismatch", 11, "retrospective mention of the 2020 工作要点 (宁政办发〔2020〕14号, correct 文号) in the background, not cited as a basis", "宁政办发〔2020〕14号")
mn("basis-mismatch", 9, "吴忠市人民政府《关于加强数字政府建设的实施方案》 is the city plan's exact title, cited by title alone (it has no 文号)", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
mn("basis-mismatch", 21, "吴忠市《实施方案》 is a short reference to the city plan", "吴忠市《实施方案》")
# --- units: guide column (higher bodies), collectives, aliases, prefixes, registry names ---
mn("unknown-unit", row(1), "吴忠市大数据管理服务局 in the 指导单位 column: a real city body (市大数据管理服务局) in the column reserved for higher bodies", "吴忠市大数据管理服务局")
mn("unknown-unit", row(7), "吴忠市住房城乡建设局、城市管理局 in the 指导单位 column: real city bodies, prefix distributes (吴忠市城市管理局)", "吴忠市住房城乡建设局、城市管理局")
mn("unknown-unit", row(27), "吴忠市发展改革委、工业和信息化局 in the 指导单位 column: real city bodies, prefix distributes", "吴忠市发展改革委、工业和信息化局")
mn("unknown-unit", row(17), "自治区政府办公厅 in the 指导单位 column: a regional body as guide, not as lead", "自治区政府办公厅")
mn("unknown-unit", row(5), "自治区教育厅 in the 指导单位 column: regional body as guide", "自治区教育厅")
mn("unknown-unit", row(9), "自治区供销社 (guide) and 县供销合作社 (lead, in units.txt)", "自治区供销社")
mn("unknown-unit", row(43), "自治区公共资源交易管理局 is a regional guide; 县公共资源交易中心 (lead) is in units.txt", "县公共资源交易中心")
mn("unknown-unit", row(11), "吴忠市委编办 guide (市委编办) and 县委编办 lead, both real", "吴忠市委编办")
mn("unknown-unit", row(3), "吴忠市生态环境局同心分局 is the county-level branch and is listed in units.txt; not a city body, not to be split", "吴忠市生态环境局同心分局")
mn("unknown-unit", row(3), "同心工业园区管委会 is in units.txt", "同心工业园区管委会")
mn("unknown-unit", row(4), "县教育体育局、卫生健康局、人力资源和社会保障局、民政局: the 县 prefix distributes; all four are in units.txt", "卫生健康局、人力资源和社会保障局")
mn("unknown-unit", row(14), "县发展和改革局、财政局、审计局: prefix distributes (县财政局, 县审计局 in units.txt)", "财政局、审计局")
mn("unknown-unit", row(29), "县市场监管局 and 县住建局 are short names listed in units.txt", "县市场监管局")
mn("unknown-unit", row(8), "各乡镇人民政府 and 各村（社区） are collective subjects", "各村（社区）")
mn("unknown-unit", row(10), "县直各部门（单位） is a collective subject", "县直各部门（单位）")
mn("unknown-unit", row(12), "县直有关部门 is a collective subject", "县直有关部门")
mn("unknown-unit", row(32), "同心县气象局 is in units.txt", "同心县气象局")
mn("unknown-unit", 57, "县推进数字政府建设领导小组办公室 is in units.txt; 县委 is the county Party committee", "县推进数字政府建设领导小组办公室")
mn("unknown-unit", 3, "addressees 各乡镇人民政府，县直各部门（单位） are collectives", "县直各部门（单位）")

covers_spec = [
    (64, row(1)), (2, row(2)), (3, row(3)), (6, row(4)), (7, row(5)), (8, row(6)), (9, row(7)),
    (10, row(8)), (11, row(9)), (18, row(10)), (20, row(11)), (21, row(12)), (22, row(13)),
    (23, row(14)), (28, row(15)), (29, row(16)), (33, row(17)), (34, row(17)), (41, row(18)),
    (42, row(19)), (46, row(20)), (43, row(20)), (47, row(21)), (48, row(21)), (50, row(22)),
    (49, row(23)), (54, row(24)), (56, row(25)), (57, row(26)), (66, row(27)), (71, row(28)),
    (74, row(29)), (77, row(30)), (79, row(31)), (80, row(32)), (83, row(33)), (84, row(34)),
    (86, row(35)), (87, row(36)), (93, row(37)), (96, row(38)), (98, row(39)), (104, row(40)),
    (105, row(40)), (106, row(41)), (107, row(42)), (108, row(43)), (112, row(44)), (114, row(44)),
    (121, row(45)), (5, 26), (14, 32), (15, 32), (17, 33), (116, 57), (123, 58), (124, 58),
    (25, 59), (118, 60),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
    "writer": "blind writer, round 545; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("County plan (同心县, 2024) under 吴忠's 2023 plan. The task table has a 指导单位 column holding "
              "吴忠市… and 自治区… bodies; these are higher bodies giving guidance and must not be flagged. units.txt is "
              "the county registry only (it deliberately does not list city bodies); 吴忠市生态环境局同心分局 is a "
              "county-level branch and is listed. The table note makes the first-listed lead the main lead. "
              "Row 10 copies regional task 18's '2023年形成机制，长期坚持' verbatim. Task deadlines were compared with the "
              "regional task list; 吴忠's own task list is not in the seeds, so the city comparison is on 主要目标 only."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
