# Builds key.json; every line number is found by searching draft.txt (1-based) for a unique anchor.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, also=None):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s and (also is None or also in s)]
    assert len(hits) == 1, (anchor, also, hits)
    return hits[0]

def row(n):
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
     "why": "the 自治区 实施意见 titled 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; digits transposed"},
    {"rule": "garbled-text", "line": ln('鎺ㄥ姩鏁版嵁'), "text": "鎺ㄥ姩鏁版嵁鎸夐渶鍥炴祦",
     "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 推动数据按需回流"},
    {"rule": "deadline-later-than-baseline", "line": row(9), "text": "2025年6月底前",
     "why": "task-list row 9 (城域网升级改造, 区乡镇村全覆盖) is regional task 48, 完成时限 2024 年 (task 47 电子政务外网升级改造 is also 2024 年); the draft's own goal on line 22 says 到2024年底"},
    {"rule": "unknown-unit", "line": row(25), "text": "区经信局",
     "why": "not in units.txt: the former name of 区工业和信息化局 (short name 区工信局, used correctly on lines 95 and 110)"},
    {"rule": "deadline-invalid", "line": ln('20224年'), "text": "20224年",
     "why": "impossible five-digit year, a typo for 2024年10月底前 (task-list row 30 on line 124 gives 2024年10月底前); regional task 107 完成时限 2025年"},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: 政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 (各市、县(区)按照职能分别负责, 2024年); the draft never mentions 适老化, 无障碍, 老年人 or 残疾人, although line 74 keeps the heading 拓展公平普惠的民生服务"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

D = "deadline-later-than-baseline"
# --- table rows: completion column (start column is never a deadline) ---
rows = [
 (1, "持续推进，2025年取得明显成效", "task 3 完成时限 持续推进，2025 年取得明显成效: equal"),
 (2, "2025年10月底前", "task 10 完成时限 持续推进，2025年取得明显成效: same year, not later"),
 (3, "2024年10月底前", "task 21 完成时限 2024年: earlier"),
 (4, "2025年取得明显成效", "task 28 完成时限 2023年启动，2025年取得明显成效: completion milestone equal; the local 启动时间 2024年3月 is later than the region's 2023年启动 but a start is not the milestone that completes the task"),
 (5, "2025年6月底前", "task 29 完成时限 2023年启动，2025年完成: earlier than the 2025 completion; the local start 2024年4月 after the region's 2023 start is not a deadline"),
 (6, "2024年12月底前", "tasks 33 and 34 完成时限 2024年: equal"),
 (7, "2024年12月底前", "task 41 完成时限 2024年: equal"),
 (8, "2024年12月底前", "task 43 完成时限 2024 年建成，持续推进 (task 46: 2024 年): equal"),
 (10, "2024年12月底前", "task 50 完成时限 2024 年: equal"),
 (11, "2025年6月底前", "task 49 完成时限 2025 年: earlier"),
 (12, "2024年12月底前", "task 52 完成时限 2025年 (social-scenario use of 电子证照): earlier; the row deliberately does not restate task 85 (2023) 政务服务领域全面普及应用"),
 (13, "2024年10月底前", "task 54 完成时限 2024年 (task 40 also 2024年): earlier"),
 (14, "2025年6月底前", "task 56 完成时限 2025年: earlier"),
 (15, "2024年6月底前", "task 64 完成时限 2025年 (各市、县（区）成立相应的组织机构): earlier; not task 60, which is the 自治区 leading group (自治区政府办公厅负责, 2023年)"),
 (16, "2025年12月底前", "task 66 完成时限 2025年: equal"),
 (17, "2024年12月底前", "task 70 完成时限 2024年: equal"),
 (18, "2024年11月底前", "task 71 完成时限 2024年: earlier"),
 (19, "2024年9月底前", "task 77 完成时限 2024年: earlier"),
 (20, "2024年12月底前", "task 79 完成时限 2024年: equal"),
 (21, "2024年12月底前", "task 80 完成时限 2024年: equal"),
 (22, "2025年6月底前", "task 83 完成时限 2025年: earlier"),
 (23, "2024年10月底前", "tasks 84 and 86 完成时限 2024年: earlier"),
 (24, "2025年6月底前", "task 87 完成时限 2023年启动，2025年完成: earlier than the 2025 completion; the local start 2024年3月 is not a deadline"),
 (25, "2024年12月底前", "task 89 完成时限 2024年: equal"),
 (26, "2024年12月底前", "task 94 完成时限 2024年: equal"),
 (27, "2025年10月底前", "task 96 完成时限 2025年: same year"),
 (28, "2024年9月底前", "tasks 104 and 105 完成时限 2024年: earlier"),
 (29, "2025年12月底前", "task 106 完成时限 2025年: equal"),
 (30, "2024年10月底前", "task 107 完成时限 2025年: earlier"),
 (31, "2025年6月底前", "task 111 完成时限 2025年: earlier"),
 (32, "2024年12月底前", "task 112 完成时限 2024年: equal"),
 (33, "2024年11月底前", "task 114 完成时限 2024年: earlier"),
]
for n, text, why in rows:
    line = row(n)
    assert L[line - 1].split('\t')[4] == text, (n, L[line - 1])
    m(D, line, why, text)

# --- start column: start dates are not deadlines ---
m(D, row(4), "启动时间 column: 2024年3月 is when work starts; regional task 28 (2023年启动，2025年取得明显成效) is compared on its completion milestone only", "2024年3月")
m(D, row(24), "启动时间 column: start 2024年3月 is later than regional task 87's 2023年启动 but starts are not compared; completion 2025年6月底前 is within 2025年完成", "2024年3月")
m("deadline-invalid", row(19), "启动时间 column: work on task 77 already began in 2023年10月, before the plan was issued; a start date in the past is not a deadline before the issue year", "2023年10月")
m(D, row(29), "启动时间 column: 2025年1月 is a start date in 2025 for regional task 106 (2025年); not a completion", "2025年1月")
m("deadline-invalid", row(20), "启动时间 column says 已启动 (already under way): not a date at all", "已启动")

# --- body text ---
m("deadline-invalid", ln('截至2023年底'), "background: a past achievement (截至2023年底), not a deadline of this plan", "截至2023年底")
m("deadline-invalid", ln('2024年2月26日'), "the notice's own issue date", "2024年2月26日")
m(D, ln('到2024年底'), "主要目标 for 2024: 外网全覆盖 = task 48/47 (2024年), 信创云迁移 = task 43 (2024 年建成), 我的宁夏 应上尽上 = task 86 (2024年), 宁政通 = task 105 (2024年): all equal; none of these is one of the region's 到2023年底 goals", "到2024年底")
m(D, ln('到2025年，数字政府“34567”'), "equal to the region's goal 到2025年，全区各级数字政府建设“34567”体系框架全面成型", "到2025年")
m("deadline-invalid", ln('到2025年，数字政府“34567”'), "“34567” is the framework's name, not a year", "34567")
m(D, ln('2024年10月底前完成安全环保监测模块'), "measure with start and end: 2024年3月启动 is a start; 2024年10月底前 is earlier than task 3 (持续推进，2025 年取得明显成效)", "2024年10月底前")
m(D, ln('2024年3月启动试点申报'), "2024年3月启动 is a start; 2025年 equals task 28's 2025年取得明显成效 (the region's own 2023年启动 is not compared)", "2025年")
m(D, ln('2024年4月启动本级业务系统接口对接'), "2024年4月启动 is a start; 2025年6月底前 is within task 29's 2023年启动，2025年完成", "2025年6月底前")
m(D, ln('2024年3月启动迁移评估'), "three milestones: 2024年3月启动 (start), 2024年6月底前 (interim list), 2024年12月底前 (completion) = task 43 2024 年建成，持续推进 and task 46 2024 年: equal", "2024年12月底前")
m(D, ln('2024年6月底前完成组织机构调整'), "task 64 (各市、县（区）成立相应的组织机构) 完成时限 2025年: earlier; not task 60 (自治区 leading group, 2023年)", "2024年6月底前")
m(D, ln('2025年起在全区推广'), "task 83 完成时限 2025年: pilot completed 2024年11月底前 (earlier) and 2025年起 is an ongoing roll-out within 2025, not a later completion", "2025年起")
m(D, ln('2024年3月启动区级工单办理系统对接'), "task 87 完成时限 2023年启动，2025年完成: 2025年6月底前 is earlier; 2024年3月启动 is a start", "2025年6月底前")
m(D, ln('2025年1月15日前报送'), "the office's own reporting date for the 2024 annual summary, not a task deadline", "2025年1月15日前")
m(D, ln('每季度末月25日前'), "recurring reporting date of the office", "每季度末月25日前")
m("deadline-invalid", ln('每年至少组织1次网络安全应急演练'), "a frequency, not a date", "每年至少组织1次")
m("deadline-invalid", ln('优化政务服务便民热线'), "12345 is the hotline number, not a date", "12345")

m("deadline-invalid", ln('宁政办发〔2020〕14号'), "a year inside the title of a retrospectively mentioned 2020 document, not a deadline", "2020年")
m(D, ln('附件：惠农区数字政府建设重点任务清单（2024—2025年）'), "the period covered by the attached task list, in its title; not a deadline", "2024—2025年")
m(D, [i + 1 for i, s in enumerate(L) if s == '惠农区数字政府建设重点任务清单（2024—2025年）'][0], "title of the attached task list (its period), not a deadline", "2024—2025年")
# --- citations ---
m("basis-mismatch", ln('惠政办发〔2024〕9号'), "the notice's own 文号, not a basis document", "惠政办发〔2024〕9号")
m("basis-mismatch", ln('国发〔2022〕14号'), "correct: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号", "国发〔2022〕14号")
m("basis-mismatch", ln('石嘴山市人民政府《关于加强数字政府建设的实施方案》'), "the city plan cited by title alone, as a city plan often is; title uses 加强 and 实施方案; no parent plan is supplied", "石嘴山市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention in 工作基础 (自治区印发…以来); title and 文号 match the 2020 工作要点", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('现印发给你们'), "the plan's own title in the notice, not a cited basis", "《惠农区加强数字政府建设实施方案》")

# --- units ---
U = "unknown-unit"
m(U, ln('各乡镇人民政府、街道办事处，区直各部门（单位）：'), "addressees are collective subjects", "各乡镇人民政府、街道办事处")
m(U, row(2), "collective subject", "各乡镇人民政府")
m(U, row(9), "collective subjects (the row's error is its deadline, not its units)", "各乡镇人民政府、各街道办事处")
m(U, row(4), "collective subjects", "区直各部门、各乡镇（街道）")
m(U, row(10), "collective subject", "区直有关部门")
m(U, row(6), "official short names listed in units.txt for 区人力资源和社会保障局, 区市场监督管理局, 区卫生健康局, 区应急管理局", "区人社局")
m(U, row(6), "city bureau's district branch, listed in units.txt", "石嘴山市自然资源局惠农分局")
m(U, row(11), "listed in units.txt (public security is a city-bureau branch in a district)", "石嘴山市公安局惠农区分局")
m(U, row(13), "two leads, both in units.txt; first-listed leads per the note on line 93", "区委办公室、区档案馆")
m(U, row(14), "short name of 区教育体育局 in units.txt", "区教体局")
m(U, row(16), "short names of 区发展和改革局, 区工业和信息化局, 区商务和投资促进局 in units.txt", "区发改局")
m(U, row(17), "canonical name; row 18 uses its short name 区市场监管局", "区市场监督管理局")
m(U, row(21), "listed in units.txt", "惠农区消防救援大队")
m(U, row(26), "city bureau's district branch, listed in units.txt, sole responsible unit", "石嘴山市生态环境局惠农分局")
m(U, row(31), "the prefix 区 distributes over the list: 区财政局、审计局 = 区财政局, 区审计局, both in units.txt", "审计局")
m(U, ln('2025年1月15日前报送'), "short name of 区推进数字政府建设领导小组办公室 in units.txt", "区数字政府建设领导小组办公室")
m(U, ln('区委党校干部教育培训'), "listed in units.txt", "区委党校")

covers_raw = [
 (2, ln('推进产业数字化转型')), (3, row(1)), (5, ln('完善数字经济治理')), (6, ln('深化民生服务数字化')),
 (9, ln('推进智慧城市建设')), (10, row(2)), (12, ln('培育数据要素市场')), (14, ln('强化安全管理责任')),
 (15, ln('强化安全管理责任')), (17, ln('落实安全制度要求')), (18, ln('提升安全防护能力')), (21, row(3)),
 (24, ln('创新建设管理机制')), (28, row(4)), (29, row(5)), (32, ln('完善数据管理机制')), (33, row(6)),
 (34, row(6)), (36, ln('深化数据共享应用')), (41, row(7)), (42, ln('促进数据开发利用')), (43, row(8)),
 (48, row(9)), (49, row(11)), (50, row(10)), (52, row(12)), (54, row(13)), (56, row(14)), (64, row(15)),
 (66, row(16)), (70, row(17)), (71, row(18)), (73, ln('推动监管协同化')), (77, row(19)), (79, row(20)),
 (80, row(21)), (83, row(22)), (84, row(23)), (85, ln('提升智慧便捷的服务能力')), (86, row(23)), (87, row(24)),
 (89, row(25)), (90, ln('拓展公平普惠的民生服务')), (94, row(26)), (96, row(27)), (100, ln('依托全区生态环境数据资源中心')),
 (104, row(28)), (105, row(28)), (106, row(29)), (107, row(30)), (108, ln('提升行政监督和机关事务管理水平')),
 (111, row(31)), (112, row(32)), (114, row(33)), (115, ln('畅通政民互动渠道')), (116, ln('（一）加强组织领导')),
 (25, ln('（二）加大资金保障')), (118, ln('（三）提升数字素养')), (122, ln('（四）强化考核评价')), (123, ln('（四）强化考核评价')), (124, ln('（四）强化考核评价')),
]
covers = [{"task": t, "line": l} for t, l in covers_raw]

key = {
  "writer": "blind writer, round 730; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("惠农区 (石嘴山市) 2024 plan issued 2024-02-26 with a task list (附件, lines 94-127) whose columns are 序号/重点任务/责任单位/启动时间/完成时限; "
            "body measures also give start and end (2024年3月启动，2024年10月底前完成). Only 完成时限 and the completing milestone of a measure are deadlines; "
            "启动时间 values (incl. 2023年10月, 已启动, 2025年1月) are not. Table rows carry their 序号 in column 1; the header line 94 is not a task. "
            "No parent plan is supplied (石嘴山市's plan is cited by title only). The first-listed unit leads (note on line 93)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
