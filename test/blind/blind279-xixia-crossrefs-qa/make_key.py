# -*- coding: utf-8 -*-
# Builds key.json for blind case 279; every line number is looked up in draft.txt and checked.
import json
D = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(D) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in D[hits[0] - 1], (anchor, text)
    return hits[0]
def row(n):  # line of task-list row n of the draft's own 附件2
    hits = [i + 1 for i, l in enumerate(D) if l.startswith(str(n) + '\t')]
    assert len(hits) == 1, n
    return hits[0]
def rowtext(n, text):
    l = row(n); assert text in D[l - 1], (n, text); return l

expect = [
 {"rule": "deadline-later-than-baseline", "line": rowtext(23, '2025年6月底前'), "text": "2025年6月底前",
  "why": "附件2第23项 (接入“我的宁夏”政务APP、应上尽上) is regional task 86, 完成时限 2024年; the draft gives 2025年6月底前"},
 {"rule": "deadline-later-than-baseline", "line": ln('三是夯实“四个支撑”', '2025年底前'), "text": "2025年底前",
  "why": "the 政策解读 restates 电子政务外网区、乡镇（街道）、村（社区）全覆盖 as 2025年底前; regional task 48 (and 47), 完成时限 2024年; the plan itself says 2024年底前 (lines 31 and the 附件2 row 10)"},
 {"rule": "deadline-invalid", "line": rowtext(26, '2023年底前'), "text": "2023年底前",
  "why": "plan issued 2024-03-28; 附件2第26项 (企业专属网页和惠企政策专栏, regional task 89, 完成时限 2024年) is given a deadline already past when the plan is issued, and not a copy of the regional deadline"},
 {"rule": "unknown-unit", "line": rowtext(32, '区信息中心'), "text": "区信息中心",
  "why": "not in units.txt (an old body name; the registry has 区大数据服务中心)"},
 {"rule": "unknown-unit", "line": rowtext(12, '自治区政府办公厅牵头'), "text": "自治区政府办公厅",
  "why": "regional body named as the lead (牵头) of a district task, copied from regional task 52's row"},
 {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
  "why": "in the 政策解读's 制定依据: 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, digits transposed"},
 {"rule": "garbled-text", "line": ln('寤虹珛鍋ュ叏'), "text": "寤虹珛鍋ュ叏鏀垮姟",
  "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立健全政务数据供需对接机制"},
 {"rule": "task-uncovered", "line": 0, "task": 93,
  "why": "适老化与信息无障碍建设 (各市、县（区）按照职能分别负责) deliberately left out of body, task list and 政策解读"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in D[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

# own publication details
m("basis-mismatch", 2, "the plan's own 文号 in its 通知 header, not a basis citation", "银西政发〔2024〕15号")
m("deadline-invalid", 6, "the plan's own signing date", "2024年3月28日")
m("basis-mismatch", ln('以银西政发〔2024〕15号文件印发实施'), "the 政策解读 states the plan's own 文号 and issue date; not a basis document", "银西政发〔2024〕15号")
m("deadline-invalid", ln('发布日期：2024年3月29日'), "the 政策解读's own publication date", "2024年3月29日")
m("deadline-invalid", ln('联系电话：0951-5683017'), "the 政策解读's contact telephone number, not a date", "0951-5683017")
# basis citations that are right
m("basis-mismatch", 9, "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
m("basis-mismatch", 9, "correct regional basis in the plan's preamble: 宁政发〔2023〕17号", "宁政发〔2023〕17号")
m("basis-mismatch", 9, "the city's plan cited by title alone with its issuer outside the brackets; a city plan may have no 文号", "银川市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln('1.《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）'), "the 政策解读 restates the national basis correctly", "国发〔2022〕14号")
m("basis-mismatch", ln('3.银川市人民政府《关于加强数字政府建设的实施方案》'), "the 政策解读 restates the city plan by title alone, as the plan does")
m("basis-mismatch", ln('2022年6月，国务院印发'), "background: issuer outside the brackets (国务院印发《关于加强数字政府建设的指导意见》, 自治区人民政府印发《关于加强数字政府建设的实施意见》); titles are right, no 文号 given", "《关于加强数字政府建设的实施意见》")
# retrospective 2020 工作要点
m("basis-mismatch", 12, "retrospective mention of the 2020 工作要点 in 发展基础 (what was done since 2020), not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('以“八个全区一体化体系”为主线'), "the 政策解读's background mentions the 2020 工作要点 retrospectively, with its right 文号", "宁政办发〔2020〕14号")
# past dates in background
m("deadline-invalid", 12, "past dates in 发展基础 (2020年以来, 2023年 results), not deadlines", "2023年")
m("deadline-invalid", ln('2022年6月，国务院印发'), "past dates in the 政策解读's background (2020年, 2022年6月, 2023年5月)", "2022年6月")
# goals
m("deadline-later-than-baseline", 14, "near-term goal 到2024年底 is about outcomes whose regional tasks are due 2024 (外网 5级覆盖 task 48, 宁政通 task 105, 一网通办 task 84); it does not restate the region's 2023 goals", "到2024年底")
m("deadline-later-than-baseline", 15, "到2025年 体系框架全面成型 equals the region's 2025 goal", "到2025年")
m("deadline-later-than-baseline", 16, "到2035年 equals the region's 2035 goal", "到2035年")
m("deadline-later-than-baseline", ln('《方案》提出，到2024年底'), "the 政策解读 restates the plan's 2024/2025/2035 goals with the same years", "到2025年")
# explainer restating correct dates
m("deadline-later-than-baseline", ln('一是健全“一套体系”'), "政策解读: 组织机构 2024年6月底前, earlier than regional task 64 (2025年), same as 附件2第15项", "2024年6月底前")
m("deadline-later-than-baseline", ln('四是强化“七个能力”'), "政策解读 restates correct dates: 一网通办 2024年底前 (task 84, 2024年), 填表报数 2025年6月底前 (task 106, 2025年), 12345热线 2025年底前 (task 87, 2023年启动，2025年完成)", "2025年底前")
m("deadline-later-than-baseline", 31, "body: 外网全覆盖 2024年底前 equals regional task 48 (2024年)", "2024年底前")
# task-list deadlines that are equal / earlier / copied
m("deadline-invalid", rowtext(5, '2023年形成机制，长期坚持'), "copied verbatim from regional task 18 (2023年形成机制，长期坚持); equal to the region, not a new past deadline", "2023年形成机制")
m("deadline-later-than-baseline", rowtext(5, '2023年形成机制，长期坚持'), "equal to regional task 18 (2023年形成机制，长期坚持)")
m("deadline-later-than-baseline", rowtext(6, '2024年启动，2025年取得明显成效'), "regional task 28 is 2023年启动，2025年取得明显成效; the start is later but the completing milestone (2025) is equal", "2024年启动")
m("deadline-later-than-baseline", rowtext(7, '2024年底前'), "row 7 is regional task 23 (一本账 统筹建设管理机制, 2024年), equal; it is not task 30 (政务数据一本账, 2023年)", "2024年底前")
m("deadline-later-than-baseline", rowtext(9, '2024年10月底前'), "regional task 42, 2024年; earlier", "2024年10月底前")
m("deadline-later-than-baseline", rowtext(11, '2025年6月底前'), "regional task 49, 2025年; earlier", "2025年6月底前")
m("deadline-later-than-baseline", rowtext(15, '2024年6月底前'), "regional task 64, 2025年; earlier", "2024年6月底前")
m("deadline-later-than-baseline", rowtext(19, '2024年9月底前'), "regional task 79, 2024年; earlier", "2024年9月底前")
m("deadline-later-than-baseline", rowtext(21, '2025年6月底前'), "regional task 83, 2025年; earlier", "2025年6月底前")
m("deadline-later-than-baseline", rowtext(24, '2025年底前'), "regional task 87, 2023年启动，2025年完成; equal", "2025年底前")
m("deadline-later-than-baseline", rowtext(31, '2025年6月底前'), "regional task 106, 2025年; earlier", "2025年6月底前")
m("deadline-later-than-baseline", rowtext(36, '长期坚持'), "regional task 121, 长期坚持; equal", "长期坚持")
m("deadline-later-than-baseline", rowtext(1, '持续推进，2025年取得明显成效'), "regional task 3, 持续推进，2025年取得明显成效; equal")
# reporting dates and non-date numbers
m("deadline-later-than-baseline", 22, "the office's own reporting rhythm (每季度末月25日前), not a task deadline", "25日前")
m("deadline-later-than-baseline", 44, "the office's own reporting dates (每年6月25日、12月25日前)", "12月25日前")
m("deadline-later-than-baseline", ln('各牵头单位于每年6月25日、12月25日前报送任务进展'), "the 政策解读 restates the reporting dates", "6月25日")
m("deadline-invalid", 48, "the task list's period in its title （2024年—2025年）", "（2024年—2025年）")
m("deadline-invalid", 29, "每年确定1—2个试点领域: a count, not a date", "1—2个")
m("deadline-invalid", ln('（见附件1第3项）'), "cross-reference to the plan's own annex item (附件1第3项), not a date or a regional task", "附件1第3项")
m("deadline-invalid", ln('具体任务见附件2第15项'), "cross-reference to the draft's own task-list row 15 (组织机构, regional task 64), not regional task 15", "附件2第15项")
m("deadline-invalid", 25, "cross-reference 附件2第2—4项 to the draft's own rows, not a date range", "第2—4项")
m("deadline-invalid", ln('共明确37项重点任务'), "a count of the plan's tasks, not a date or task number", "37项")
m("deadline-invalid", ln('详见重点任务清单'), "cross-reference to the task list, no date")
# units
m("unknown-unit", 3, "collective subjects 各乡镇人民政府、各街道办事处、区直各部门（单位）", "区直各部门（单位）")
m("unknown-unit", rowtext(23, '区审批局'), "区审批局 is the registered short name of 区审批服务管理局", "区审批局")
m("unknown-unit", rowtext(26, '区发改局'), "区发改局 is the registered short name of 区发展和改革局", "区发改局")
m("unknown-unit", rowtext(16, '区发展和改革局、工业和信息化局、商务和投资促进局'), "prefix 区 distributes: 区工业和信息化局, 区商务和投资促进局 are registered", "工业和信息化局")
m("unknown-unit", 22, "prose: 区发展和改革局、财政局 = 区财政局 (prefix distributes)", "财政局")
m("unknown-unit", rowtext(3, '西夏公安分局'), "西夏公安分局 is the registered short name of 银川市公安局西夏区分局; 各街道办事处 is collective", "西夏公安分局")
m("unknown-unit", rowtext(29, '兴泾镇、镇北堡镇配合'), "registered short names of the two town governments", "镇北堡镇")
m("unknown-unit", rowtext(28, '银川市生态环境局西夏区分局'), "city bureau's district branch, in units.txt", "银川市生态环境局西夏区分局")
m("unknown-unit", rowtext(21, '各村（社区）'), "collective subjects 各乡镇（街道）, 各村（社区）", "各村（社区）")
m("unknown-unit", rowtext(17, '区直有关部门'), "collective subject", "区直有关部门")
m("unknown-unit", rowtext(11, '配合自治区党委政法委建设'), "a regional body named in the task content (the district cooperates with it), not as a responsible unit of the row; the unit cell is local", "自治区党委政法委")
m("unknown-unit", rowtext(5, '区委网信办'), "registered name", "区委网信办")
m("unknown-unit", 44, "区推进数字政府建设领导小组办公室 is in units.txt", "区推进数字政府建设领导小组办公室")
m("unknown-unit", 9, "银川市人民政府 is the issuer of a cited basis document, not a responsible unit", "银川市人民政府")
m("unknown-unit", ln('解读机关：银川市西夏区人民政府办公室'), "full name of 区人民政府办公室, registered", "银川市西夏区人民政府办公室")
m("unknown-unit", ln('解读人：区大数据服务中心负责同志'), "registered unit", "区大数据服务中心")
# pillars
m("missing-pillar", 0, "五个一/六级贯通 are taken up as 一套体系 (lines 18-22: 组织机构, 层级职责, 工作机制)")
m("missing-pillar", 0, "数字生态 has its own paragraph (line 26); 党的领导 items 组织领导, 财政投入, 数字素养, 考核评价 are lines 41-44")

covers = []
def c(task, line):
    covers.append({"task": task, "line": line})
for t, r in [(3,1),(6,2),(9,3),(10,4),(18,5),(28,6),(23,7),(40,8),(42,9),(48,10),(49,11),(52,12),(54,13),(56,14),
             (64,15),(66,16),(74,17),(77,18),(79,19),(80,20),(83,21),(84,22),(86,23),(87,24),(88,25),(89,26),(92,27),
             (94,28),(96,29),(105,30),(106,31),(107,32),(112,33),(114,34),(115,35),(121,36),(120,37)]:
    c(t, row(r))
c(14, 28); c(15, 28); c(24, 22); c(25, 42); c(32, 30); c(30, 30); c(116, 41); c(123, 44); c(72, 34); c(85, 36)

key = {
 "writer": "blind writer, round 279; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("银川市西夏区 district plan (2024-03-28) with its own 37-row task list (附件2; rows numbered 1-37, NOT regional task numbers) "
           "followed by its 政策解读 (lines 88-114), which has its own 一、二、三、四 headings. Body cross-references (附件1第3项, 附件2第15项, "
           "附件2第2—4项, 《方案》第二部分) point into the draft itself. No 银川 city plan is in the seeds, so parents is empty; the city plan "
           "is cited by title only. Only task 93 is annotated as deliberately uncovered; other county-relevant regional tasks the district "
           "does not take up are not annotated either way."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
