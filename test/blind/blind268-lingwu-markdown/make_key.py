#!/usr/bin/env python3
# Builds key.json; every line number is found from a unique anchor in draft.txt (1-based).
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def L(anchor, also=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l and (also is None or also in l)]
    assert len(hits) == 1, (anchor, also, hits)
    return hits[0]

def row(n):
    return L('| %d | ' % n)

expect = [
    {"rule": "basis-mismatch", "line": L('国办发〔2022〕14号'), "text": "国办发〔2022〕14号",
     "why": "《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号, not a 国办发 document; wrong 文号 for the title"},
    {"rule": "deadline-later-than-baseline", "line": L('到2026年底'), "text": "2026年底",
     "why": "主要目标: region's goal '到2025年，全区各级数字政府建设“34567”体系框架全面成型' (宁政发〔2023〕17号 一(二)); the draft puts the same goal at 2026年底"},
    {"rule": "deadline-later-than-baseline", "line": row(24), "text": "2025年6月底前",
     "why": "row 24 适老化与信息无障碍建设 = regional task 93, 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": row(6), "text": "2024年11月31日",
     "why": "impossible date: November has 30 days (row 6, regional task 46 / 43, 完成时限 2024年, so not late)"},
    {"rule": "unknown-unit", "line": row(10), "text": "市大数据管理局",
     "why": "not in units.txt; the local body is 市大数据服务中心 (looks copied from a city-level plan)"},
    {"rule": "unknown-unit", "line": row(19), "text": "自治区党委政法委",
     "why": "a regional body named as the lead (牵头单位) of a local task; copied from regional task 79 (自治区党委政法委，公安厅牵头); should be 市委政法委"},
    {"rule": "garbled-text", "line": L('寤虹珛鏀垮姟'), "text": "寤虹珛鏀垮姟鏁版嵁",
     "why": "UTF-8 read as GBK: 寤虹珛鏀垮姟鏁版嵁灞炲湴杩旇繕鏈哄埗 = 建立政务数据属地返还机制"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# --- Markdown artefacts (not mojibake, not units, not dates)
m("garbled-text", L('&emsp;&emsp;'), "HTML entity &emsp; from the online editor's Markdown export (first-line indent), not encoding damage", "&emsp;&emsp;")
m("garbled-text", L('1\\. 坚持统筹规划'), "Markdown-escaped list number '1\\.' from the export, not damage", "1\\.")
m("garbled-text", 15, "Markdown horizontal rule '---'", "---")
m("garbled-text", L('| --- | --- |'), "Markdown table separator row", "| --- |")
m("garbled-text", L('（宁政发〔2023〕17号）[^1]'), "footnote mark [^1] right after the 文号; Markdown footnote syntax", "[^1]")
m("garbled-text", L('[^1]: '), "Markdown footnote definition with a link; the URL path (202305/t20230531_4125896) is not damage", "[^1]:")
m("garbled-text", L('[宁夏政务服务网]'), "Markdown links [text](url)", "](https://")
m("unknown-unit", row(4), "<br> inside the 配合单位 cell separates two registered units (市公安局, 市大数据服务中心); the run '市公安局<br>市大数据服务中心' is not a unit", "市公安局<br>市大数据服务中心")
m("unknown-unit", row(7), "bold Markdown around a registered unit (市政府办公室 = alias of 市人民政府办公室)", "**市政府办公室**")

# --- units: aliases, prefix distribution, collectives, non-government units
m("unknown-unit", row(1), "prefix 市 distributes: 市商务和投资促进局 is in units.txt", "商务和投资促进局")
m("unknown-unit", row(3), "prefix 市 distributes: 市商务局 = short name of 市商务和投资促进局", "商务局")
m("unknown-unit", row(7), "市发改局 is a short name in units.txt; 财政局 takes the 市 prefix (市财政局)", "市发改局、财政局")
m("unknown-unit", row(11), "prefix 市 distributes: 市大数据服务中心 is in units.txt", "大数据服务中心")
m("unknown-unit", row(13), "prefix 市 distributes: 市应急管理局", "应急管理局")
m("unknown-unit", row(16), "prefix 市 distributes: 市统计局", "统计局")
m("unknown-unit", row(18), "prefix 市 distributes: 市信访局", "信访局")
m("unknown-unit", row(15), "市审批局 / 市人社局 are short names in units.txt", "市审批局")
m("unknown-unit", row(17), "市市场监管局 is a short name of 市市场监督管理局", "市市场监管局")
m("unknown-unit", row(24), "市残联 is a short name of 市残疾人联合会", "市残联")
m("unknown-unit", row(27), "市林草局 is a short name of 市林业和草原局", "市林草局")
m("unknown-unit", row(25), "银川市生态环境局灵武分局 is the real local eco-environment body (a city bureau's county branch), listed in units.txt", "银川市生态环境局灵武分局")
m("unknown-unit", row(10), "国网灵武市供电公司: a unit outside government, listed in units.txt", "国网灵武市供电公司")
m("unknown-unit", row(11), "中国电信灵武分公司: outside government, listed in units.txt; 各乡镇（街道） collective", "中国电信灵武分公司")
m("unknown-unit", row(20), "collective subjects 各乡镇（街道） and 各村（社区）, separated by <br>", "各村（社区）")
m("unknown-unit", row(9), "collective subject", "市直有关部门")
m("unknown-unit", row(28), "collective subjects; the 市 prefix does not distribute into a 各… subject", "市直各部门（单位）、各乡镇（街道）")
m("unknown-unit", row(21), "市消防救援大队 is in units.txt", "市消防救援大队")
m("unknown-unit", L('领导小组办公室设在市政府办公室'), "body text: 市大数据服务中心 and 市政府办公室 are registered; 自治区 mentioned only as '参照自治区做法', not as a responsible unit", "市大数据服务中心")

m("unknown-unit", L('各乡镇人民政府、城区街道办事处'), "addressees: collective 各乡镇人民政府 and 市直各部门（单位）; 城区街道办事处 is in units.txt", "城区街道办事处")

# --- deadlines
m("deadline-later-than-baseline", row(1), "task 3 完成时限 '持续推进，2025 年取得明显成效'; copied exactly", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(2), "task 10 '持续推进，2025年取得明显成效'; 2025年 is equal", "2025年")
m("deadline-later-than-baseline", row(3), "task 11 '2023年完成主要建设任务，2025年取得明显成效'; completing milestone 2025 equal", "2025年")
m("deadline-later-than-baseline", row(4), "task 9 '持续推进，2025年取得明显成效'; 2025年底前 is the same year", "2025年底前")
m("deadline-later-than-baseline", row(5), "task 18 '2023年形成机制，长期坚持' copied exactly; equal", "2023年形成机制，长期坚持")
m("deadline-invalid", row(5), "copied regional deadline (task 18) that lies before the plan's year 2024; not an invalid deadline", "2023年形成机制")
m("deadline-later-than-baseline", row(7), "task 23 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(8), "task 22 完成时限 2025年 (or task 21, 2024年); 2024年底前 is earlier or equal", "2024年底前")
m("deadline-later-than-baseline", row(9), "task 41 完成时限 2024年; equal", "2024年底前")
m("deadline-later-than-baseline", row(10), "task 42 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(11), "task 48 完成时限 2024 年; equal", "2024年")
m("deadline-later-than-baseline", row(12), "task 50 完成时限 2024 年; equal", "2024年")
m("deadline-later-than-baseline", row(13), "task 49 完成时限 2025 年; equal", "2025年")
m("deadline-later-than-baseline", row(14), "task 56 完成时限 2025年 (task 55, 2024年); 2024年底前 is earlier or equal", "2024年底前")
m("deadline-later-than-baseline", row(15), "task 52 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(16), "task 66 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(17), "task 71 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(18), "task 77 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(19), "task 79 完成时限 2024年; equal (the row's error is the unit only)", "2024年")
m("deadline-later-than-baseline", row(20), "task 83 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(21), "task 80 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(22), "task 87 '2023年启动，2025年完成' copied, split by <br>; equal", "2023年启动<br>2025年完成")
m("deadline-invalid", row(22), "the 2023年启动 milestone is copied from task 87 and lies before the plan's year; not invalid", "2023年启动")
m("deadline-later-than-baseline", row(23), "task 89 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(25), "task 95 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(26), "task 96 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(27), "task 98 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(28), "task 106 完成时限 2025年; equal; footnote mark [^2] attached", "2025年[^2]")
m("deadline-later-than-baseline", row(29), "task 107 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(30), "task 111 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", row(31), "task 114 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(32), "task 121 完成时限 '长期坚持'; equal (ongoing)", "长期坚持")
m("deadline-later-than-baseline", L('到2024年底'), "主要目标 2024 goal: 外网全覆盖 = task 48 (2024年), 系统上云迁移 = tasks 43/46 (2024年); equal, and no regional 2023 goal covers these", "2024年底")
m("deadline-later-than-baseline", L('到2035年'), "equal to the region's 2035 goal (数字政府全面建成)", "2035年")
m("deadline-later-than-baseline", L('2024年底前实现电子政务外网'), "body sentence = task 48, 完成时限 2024 年; equal", "2024年底前")
m("deadline-invalid", L('2024年8月16日'), "the notice's own issue date", "2024年8月16日")
m("deadline-invalid", L('2023年全市政务服务事项'), "past date in the background, not a deadline", "2023年")
m("deadline-invalid", L('2024年9月底前细化'), "the office's own scheduling/reporting dates (2024年9月底前, 每年6月25日、12月25日), not task deadlines", "2024年9月底前")
m("deadline-invalid", L('[^1]: '), "date of the regional document in a footnote, and digits in a URL; not deadlines", "2023年5月16日")
m("deadline-invalid", L('### 灵武市数字政府建设重点任务清单'), "period of the task list in its title, not a deadline", "2024年—2025年")

# --- basis
m("basis-mismatch", L('（宁政发〔2023〕17号）[^1]'), "correct: 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "宁政发〔2023〕17号")
m("basis-mismatch", L('宁政办发〔2023〕11号'), "correct pairing, as cited in the 吴忠 plan: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号")
m("basis-mismatch", L('银川市人民政府《关于加强数字政府建设的实施方案》'), "the parent city's plan cited by title alone, as a city plan often has no 文号; 实施方案 is its genre, not a wrong title for the regional 实施意见", "《关于加强数字政府建设的实施方案》")
m("basis-mismatch", L('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the background ('自…印发实施以来'), not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号")
m("basis-mismatch", 1, "the draft's own title in the notice heading, not a basis document", "《灵武市数字政府建设实施方案》")
m("basis-mismatch", L('灵政发〔2024〕38号'), "the notice's own 文号", "灵政发〔2024〕38号")

covers = [
    (3, row(1)), (5, L('**完善数字经济治理体系。**')), (6, L('**深化数字普惠应用。**')), (9, row(4)),
    (10, row(2)), (11, row(3)), (12, L('**培育数据要素市场。**')), (14, L('**强化安全管理责任。**')),
    (15, L('**强化安全管理责任。**')), (18, row(5)), (22, row(8)), (23, row(7)), (25, L('将数字政府建设经费纳入年度预算')),
    (28, L('**开展试点示范。**')), (32, L('**完善数据管理机制。**')), (36, L('寤虹珛鏀垮姟')), (41, row(9)), (42, row(10)),
    (46, row(6)), (48, row(11)), (49, row(13)), (50, row(12)), (52, row(15)), (56, row(14)), (64, L('领导小组办公室设在市政府办公室')),
    (66, row(16)), (68, L('**推进精准智慧监管。**')), (71, row(17)), (77, row(18)), (79, row(19)), (80, row(21)),
    (83, row(20)), (87, row(22)), (89, row(23)), (93, row(24)), (95, row(25)), (96, row(26)), (98, row(27)),
    (106, row(28)), (107, row(29)), (111, row(30)), (112, L('**提升政府信息公开水平。**')), (114, row(31)),
    (116, L('纳入“一把手工程”')), (121, row(32)), (122, L('纳入全市效能目标管理考核')), (123, L('纳入全市效能目标管理考核')),
]

key = {
    "writer": "blind writer, round 268; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("银川市灵武市 数字政府建设实施方案 (灵政发〔2024〕38号, 2024-08-16) as a Markdown export from an online editor: "
              "#/##/### headings keeping 一、/（一） numbering, **bold** sub-item titles, '- ' bullets, a pipe task table with <br> in cells, "
              "links, [^n] footnotes, &emsp; entities and '1\\.' escapes. Checked against ningxia-2023 only (no parent plan); the 银川 plan is "
              "cited by title but not supplied. The table's 说明 line says the first-listed unit leads. Seven planted mistakes over five rules."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect:
    print(e['rule'], e['line'], e.get('text'), '|', lines[e['line']-1][:60])
