# Builds key.json with line numbers looked up in the final draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(s, after=None, nth=1):
    """1-based line of the nth line containing s (after a line containing `after`, if given)."""
    start = 0
    if after:
        start = [i for i, l in enumerate(L) if after in l][0]
    hits = [i for i, l in enumerate(L) if s in l and i >= start]
    assert len(hits) >= nth, (s, after)
    return hits[nth - 1] + 1

def dl(bullet):
    """完成时限 line of the measure whose bullet line contains `bullet`."""
    b = ln(bullet)
    i = b
    while '**完成时限**' not in L[i]: i += 1
    return i + 1

def lead(bullet):
    b = ln(bullet)
    i = b
    while '**牵头单位**' not in L[i]: i += 1
    return i + 1

expect = [
    {"rule": "basis-mismatch", "line": ln("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
     "why": "the 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); wrong year in the 文号"},
    {"rule": "unknown-unit", "line": lead("盐池工业园区“智慧园区”"), "text": "县经信局",
     "why": "old name of the abolished 经济和信息化局; the county body is 县工业信息化和商务局 (县工信商务局) in units.txt; 县经信局 is not in the registry"},
    {"rule": "garbled-text", "line": ln("鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁铻嶅悎",
     "why": "UTF-8 bytes of 政务数据融合 read as GBK (re-encode as GBK, decode as UTF-8)"},
    {"rule": "deadline-invalid", "line": dl("开展县级城域网升级改造"), "text": "2024年6月31日",
     "why": "June has 30 days; impossible date (the year itself, 2024, is not later than task 48's 完成时限 2024年)"},
    {"rule": "deadline-later-than-baseline", "line": dl("政务移动端适老化"), "text": "2025年6月底",
     "why": "takes up regional task 93 (适老化与信息无障碍建设), 完成时限 2024年; the county sets 2025年6月底前"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "section 六 is headed “七种能力” but has only six sub-sections; nothing on 政务公开 (信息公开平台, 政策文件库, 政务新媒体, 政民互动) anywhere in the draft"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "政务公开 left out; task 112 (政务公开信息化平台) is 各市、县（区）分别负责"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务公开 left out; task 114 (政务新媒体矩阵) is 各市、县（区）分别负责"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# basis documents
mnf("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
mnf("basis-mismatch", ln("宁政办发〔2023〕11号"), "real document, cited with the same title and 文号 as in the 吴忠 plan's preamble", "宁政办发〔2023〕11号")
mnf("basis-mismatch", ln("- 吴忠市人民政府《关于加强数字政府建设的实施方案》"), "the parent city plan cited by its exact title; a city plan may have no 文号", "关于加强数字政府建设的实施方案")
mnf("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in 工作基础 (what was done since 2020), not cited as a basis; title and 文号 are correct", "宁政办发〔2020〕14号")
mnf("basis-mismatch", ln("盐政办发〔2024〕12号"), "the draft's own issuing number, not a basis document", "盐政办发〔2024〕12号")
# dates that are not deadlines / past dates
mnf("deadline-invalid", ln("盐政办发〔2024〕12号"), "issuing date of the plan itself", "2024年3月15日")
mnf("deadline-invalid", ln("截至2023年底"), "past dates in the background section (2020年以来, 截至2023年底, 2023年), not deadlines", "2023年底")
mnf("deadline-invalid", ln("| 序号 | 指标 |"), "table header: 2023年 is the baseline-year column, not a deadline", "2023年")
mnf("deadline-invalid", dl("主动防御、协同响应"), "copied verbatim from regional task 18 (完成时限 2023年形成机制，长期坚持); an ongoing task whose mechanism date lies before the plan year", "2023年形成机制")
mnf("deadline-later-than-baseline", dl("主动防御、协同响应"), "identical to task 18's 完成时限 (2023年形成机制，长期坚持)")
mnf("deadline-later-than-baseline", ln("每季度末月25日前"), "the office's own reporting dates (quarterly progress, 2024年12月20日 annual summary), not task deadlines", "2024年12月20日")
# goals
mnf("deadline-later-than-baseline", ln("到2025年，全县数字政府建设"), "same year as the regional (and 吴忠) goal: “34567”/“1347” 体系框架全面成型 到2025年")
mnf("deadline-later-than-baseline", ln("到2035年"), "same year as the regional 2035 goal")
mnf("deadline-later-than-baseline", ln("到2024年底"), "2024 goals match tasks 48, 84, 105 and 50, all due 2024; no regional goal for these is earlier")
# deadlines equal or earlier
mnf("deadline-later-than-baseline", dl("调整充实县推进数字政府建设领导小组"), "earlier than task 64 (各市、县（区）成立相应组织机构, 完成时限 2025年)", "2024年6月底前")
mnf("deadline-later-than-baseline", dl("一联系、两清单"), "parent-plan mechanism; nearest regional task is 64 (2025年), so earlier", "2024年9月底前")
mnf("deadline-later-than-baseline", dl("盐池工业园区“智慧园区”"), "equal to task 3 (持续推进，2025年取得明显成效)")
mnf("deadline-later-than-baseline", dl("依托自治区产业云"), "equal to task 2's completing milestone (2023年启动，2024年取得明显成效)")
mnf("deadline-later-than-baseline", dl("巩固全国“数字供销”"), "equal to task 11's completing milestone (2023年完成主要建设任务，2025年取得明显成效)")
mnf("deadline-later-than-baseline", dl("配合自治区培育数据要素市场"), "equal to task 12 (2025年)")
mnf("deadline-later-than-baseline", dl("向自治区政务信创云有序迁移"), "month inside the year of task 46 (2024年); also task 19 (2024年建成)", "2024年12月底前")
mnf("deadline-later-than-baseline", dl("推动各类行政权力事项网上运行"), "task 21 is 2024年 and task 22 (审管协同) is 2025年: not later", "2024年10月底前")
mnf("deadline-later-than-baseline", dl("围绕基层治理、智慧水务"), "equal to task 28 (2023年启动，2025年取得明显成效)")
mnf("deadline-later-than-baseline", dl("依托全区统一的视频共享平台"), "equal to task 49 (2025年)")
mnf("deadline-later-than-baseline", dl("实施“互联网+基层治理”"), "equal to task 83 (2025年)")
mnf("deadline-later-than-baseline", dl("深化“互联网+城乡供水”"), "equal to task 96 (2025年)")
mnf("deadline-later-than-baseline", dl("推进公共资源交易全流程"), "identical to task 108 (长期推进，2024年取得明显成效)")
mnf("deadline-later-than-baseline", dl("健全网络综合治理体系"), "body-text measure (营造安全可靠的数字化发展环境), no dated regional task; 长期坚持", "长期坚持")
# units
mnf("unknown-unit", lead("调整充实县推进数字政府建设领导小组"), "alias of 县人民政府办公室 in units.txt", "县政府办公室")
mnf("unknown-unit", lead("调整充实县推进数字政府建设领导小组") + 1, "collective subjects", "县直各部门（单位）")
mnf("unknown-unit", lead("调整充实县推进数字政府建设领导小组") + 1, "collective subject", "各乡镇人民政府")
mnf("unknown-unit", lead("按照“六级贯通”") + 1, "collective subject", "各村（社区）")
mnf("unknown-unit", lead("一联系、两清单"), "alias of 县大数据服务中心 in units.txt", "县大数据中心")
mnf("unknown-unit", lead("一联系、两清单") + 1, "collective subject", "县直有关部门")
mnf("unknown-unit", lead("盐池工业园区“智慧园区”"), "alias of 盐池工业园区管理委员会 in units.txt; it is the first-listed (main) lead", "盐池工业园区管委会")
mnf("unknown-unit", lead("依托自治区产业云") + 1, "alias of 县工业信息化和商务局 in units.txt", "县工信商务局")
mnf("unknown-unit", lead("推动教育、健康、就业"), "prefix 县 distributes over the list: 县卫健局, 县人社局, 县文旅局 are aliases in units.txt", "卫健局")
mnf("unknown-unit", lead("巩固全国“数字供销”"), "alias of 县供销合作社联合社", "县供销社")
mnf("unknown-unit", lead("围绕基层治理、智慧水务"), "alias of 县人民政府办公室", "县政府办")
mnf("unknown-unit", lead("推进“智慧应急”") + 1, "县气象局 is the alias of 盐池县气象局; 县消防救援大队 is listed", "县气象局")
mnf("unknown-unit", lead("强化大气、水、土壤"), "canonical name in units.txt; a city-branch name that the local registry lists is not split", "吴忠市生态环境局盐池分局")
mnf("unknown-unit", ln("调整充实县推进数字政府建设领导小组"), "the leading group is the object of the measure (being reorganised), not a responsible unit; its office is in units.txt", "县推进数字政府建设领导小组")
mnf("unknown-unit", ln("每季度末月25日前"), "recipient of reports, listed in units.txt and glossed by its host 县大数据服务中心", "县推进数字政府建设领导小组办公室")
# markdown and symbols are not damage
mnf("garbled-text", ln("|:---:|"), "Markdown table alignment row", "|:---:|---|")
mnf("garbled-text", ln("*注："), "Markdown italics around the note", "*注：")
mnf("garbled-text", ln("---", after="*注："), "Markdown horizontal rule", "---")
mnf("garbled-text", ln("> 盐政办发"), "Markdown blockquote marker and full-width spaces in the issuing line", "> ")
mnf("garbled-text", lead("调整充实县推进数字政府建设领导小组"), "Markdown bold label **牵头单位**", "**牵头单位**")
mnf("garbled-text", ln("“易办·吴优”"), "the 吴忠 政务服务 brand written with a middle dot", "易办·吴优")
mnf("garbled-text", ln("1. **加强组织领导。**"), "Markdown ordered list with bold lead-in", "1. **")

covers = []
def cv(task, s): covers.append({"task": task, "line": ln(s)})
cv(64, "调整充实县推进数字政府建设领导小组")
cv(3, "盐池工业园区“智慧园区”")
cv(2, "依托自治区产业云")
cv(6, "推动教育、健康、就业")
cv(8, "深化“互联网+医疗健康”")
cv(10, "推进数字乡村建设")
cv(11, "巩固全国“数字供销”")
cv(12, "配合自治区培育数据要素市场")
cv(18, "主动防御、协同响应")
cv(46, "向自治区政务信创云有序迁移")
cv(21, "推动各类行政权力事项网上运行")
cv(28, "围绕基层治理、智慧水务")
cv(34, "等县级数据按标准归集至全区基础库和主题库")
cv(41, "编制县级公共数据开放目录")
cv(40, "规范电子公文全流程管理")
cv(47, "加快全县电子政务外网升级改造")
cv(48, "开展县级城域网升级改造")
cv(49, "依托全区统一的视频共享平台")
cv(66, "宁夏经济运行大数据平台")
cv(71, "全链条数字化追溯监管")
cv(77, "线上“一站式”受理渠道")
cv(79, "“雪亮工程”")
cv(80, "推进“智慧应急”")
cv(83, "实施“互联网+基层治理”")
cv(84, "“易办·吴优”")
cv(86, "“我的宁夏”盐池专区，推动")
cv(93, "政务移动端适老化")
cv(96, "深化“互联网+城乡供水”")
cv(95, "强化大气、水、土壤")
cv(104, "推广应用全区统一的协同办公平台")
cv(105, "推广“宁政通”移动办公")
cv(108, "推进公共资源交易全流程")
cv(116, "1. **加强组织领导。**")
cv(118, "3. **提升数字素养。**")
cv(123, "4. **强化考核评价。**")

key = {
    "writer": "blind writer, round 897; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("盐池县 2024 实施方案 in Markdown: # headings, each measure a '- ' bullet followed by indented bold label lines "
              "(**牵头单位**, optional **配合单位**, **完成时限**). Line 26 states that the first-listed lead is the main lead. "
              "Measures matching regional tasks due 2023 were avoided except task 18, whose 完成时限 is copied verbatim. "
              "Section 七 保障措施 is a numbered list without deadlines. Regional unit names appear only as platform owners "
              "(自治区政务信创云 etc.), never in a 牵头/配合 slot."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect + M: print(e['rule'], e['line'], e.get('text', ''), '|', L[e['line']-1][:50] if e['line'] else '')
