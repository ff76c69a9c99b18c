# Helper kept in the case folder: builds key.json and checks every line number against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(s, nth=1):
    hits = [i + 1 for i, t in enumerate(L) if s in t]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line

expect = [
  {"rule": "basis-mismatch", "line": chk(13, "自治区人民政府关于加快推进数字政府建设的实施意见"),
   "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
   "why": "wrong title: the regional document 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》 (加强, not 加快推进); the same document is cited correctly on line 24"},
  {"rule": "deadline-later-than-baseline", "line": chk(22, "到2026年"), "text": "2026年",
   "why": "主要目标: the region sets 到2025年 for the same goal (“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…履职能力明显提升); the county puts it at 2026"},
  {"rule": "deadline-later-than-baseline", "line": chk(85, "2025年"), "text": "2025年",
   "why": "row 6 (公共数据开放目录/开放平台) takes up task 41, 完成时限 2024年 in the regional list; the county row says 2025年"},
  {"rule": "deadline-invalid", "line": chk(112, "2024年13月底前"), "text": "2024年13月",
   "why": "row 27 (填表报数系统, task 106, 完成时限 2025年): 13月 does not exist; not late in any reading since the regional deadline is 2025年"},
  {"rule": "unknown-unit", "line": chk(89, "县大数据管理服务局"), "text": "县大数据管理服务局",
   "why": "no such body in 西吉县 (units.txt has 县大数据服务中心; 大数据管理服务局 is the 吴忠 city body); row 8 = task 47, deadline 2024年 equal"},
  {"rule": "unknown-unit", "line": chk(111, "自治区政府办公厅牵头"), "text": "自治区政府办公厅",
   "why": "a regional body named as the lead (牵头) of a county task (row 26, task 104 copied with the region's lead unit); deadline 2024年 equals task 104"},
  {"rule": "task-uncovered", "line": 0, "task": 93,
   "why": "deliberately left out: task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责, 2024年) appears nowhere — no 适老化, 无障碍, 老年人 or 残疾人 in the draft"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

m("unknown-unit", 4, "collective subject (addressees of the notice)", "各乡镇人民政府")
m("basis-mismatch", 3, "the notice's own 文号 (OCR O for 0), not a cited basis document", "西政发〔2O24〕18号")
m("garbled-text", 3, "OCR slip O for 0 in the notice's own number, not mojibake", "2O24")
m("garbled-text", 5, "OCR slip 己 for 已 in 已经, not mojibake", "己经")
m("unknown-unit", 6, "the seal's text read into the notice paragraph by OCR (西吉县人民政府 is in units.txt); not a responsible unit", "西吉县人民政府（印章）")
m("garbled-text", 6, "the seal's text across the paragraph, a scan artefact, not encoding damage", "西吉县人民政府（印章）")
m("deadline-invalid", 9, "the issue date of the notice, not a deadline", "2024年4月18日")
m("deadline-invalid", 11, "page number at the foot of the page", "— 1 —")
m("garbled-text", 75, "page number with OCR O for 0 (page 10)", "— 1O —")
m("basis-mismatch", 13, "the national basis is cited correctly", "国发〔2022〕14号")
m("basis-mismatch", 15, "retrospective mention of the old 2020 工作要点 (title and 文号 correct) in the background section, not cited as basis", "宁政办发〔2020〕14号")
m("deadline-invalid", 15, "past date in the background (截至2023年底 …), a statement of fact, not a deadline", "2023年底")
m("garbled-text", 15, "OCR slips 己 for 已 and O for 0 (6O%) in ordinary text", "6O%")
m("garbled-text", 16, "OCR slip 末 for 未 in 尚未", "尚末")
m("deadline-later-than-baseline", 21, "到2024年底 goals are tasks 48 (5级全覆盖, 2024年), 43/46 (政务云迁移, 2024年), 86 (我的宁夏, 2024年), 105 (宁政通, 2024年): equal; none of the region's 到2023年底 goals is restated", "2024年底")
m("deadline-later-than-baseline", 23, "到2035年 goal equal to the region's 到2035年", "2035年")
m("basis-mismatch", 24, "correct title with the correct 文号 as read by OCR (O for 0, l for 1): 宁政发〔2023〕17号", "宁政发〔2O23〕l7号")
m("deadline-invalid", 24, "the region's issue date (2023年5月16日, with OCR 曰 for 日), a retrospective date", "2023年5月16曰")
m("garbled-text", 24, "OCR slips 曰 for 日 and l for 1", "16曰")
m("garbled-text", 29, "line broken across the page foot (— 3 —): continuation of line 27", "综合信息服务水平")
m("garbled-text", 35, "OCR slip 曰 for 日 in 日常", "曰常")
m("unknown-unit", 40, "prefix 县 distributes: 县发展和改革局, 县财政局, 县审计局 are all in units.txt", "县发展和改革局、财政局、审计局")
m("garbled-text", 45, "OCR kept a line break inside the paragraph of line 44 (回流/应用)", "应用，支持政务数据")
m("garbled-text", 62, "line broken across the page foot (— 7 —) inside 管理", "理服务")
m("garbled-text", 63, "OCR slip l for 1 in 12345", "l2345")
m("garbled-text", 70, "OCR slip 末 for 未 in 未经", "末经")
m("garbled-text", 71, "OCR slip 已 for 己 in 自己", "自已")
m("deadline-invalid", 73, "the office's own half-yearly reporting dates, not task deadlines", "12月25日")
m("deadline-later-than-baseline", 73, "reporting dates, not deadlines of a task", "6月25日")
m("deadline-invalid", 80, "copied regional deadline of task 116 (2023年完成并长期坚持) that lies before the plan's year", "2023年完成并长期坚持")
m("deadline-later-than-baseline", 80, "equal to task 116: 2023年完成并长期坚持", "2023年完成并长期坚持")
m("deadline-later-than-baseline", 81, "task 64 (各市、县（区）负责) is due 2025年; 2024年 is earlier", "2024年")
m("deadline-invalid", 82, "copied regional deadline of task 18 (2023年形成机制，长期坚持) before the plan's year", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", 82, "equal to task 18: 2023年形成机制，长期坚持", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", 83, "task 28 is 2023年启动，2025年取得明显成效; the completing milestone 2025年 is equal (a 2024 plan starts in its own year)", "2025年取得明显成效")
m("deadline-later-than-baseline", 86, "task 43 (2024年建成，持续推进) / 46 (2024年): equal", "2024年底前")
m("unknown-unit", 85, "collective subject", "县直有关部门")
m("unknown-unit", 86, "collective subject", "县直各部门（单位）")
m("deadline-later-than-baseline", 90, "task 48 (2024年), OCR O for 0: equal", "2O24年")
m("deadline-invalid", 90, "2O24年 is 2024年 read by OCR, not an impossible date", "2O24年")
m("deadline-later-than-baseline", 91, "task 49 (2025年), OCR 〇 for 0: equal", "2〇25年")
m("deadline-invalid", 91, "2〇25年 is 2025年 read by OCR", "2〇25年")
m("deadline-later-than-baseline", 92, "task 56 is due 2025年; 2024年12月 (OCR l for 1) is earlier", "2024年l2月底前")
m("deadline-invalid", 92, "2024年l2月 is 2024年12月 read by OCR, not an impossible month", "2024年l2月底前")
m("unknown-unit", 92, "official short names listed in units.txt (县教育体育局, 县卫生健康局)", "县教体局、县卫健局")
m("unknown-unit", 94, "prefix 县 distributes: 县工业信息化和商务局, 县财政局", "县统计局、工业信息化和商务局、财政局")
m("deadline-later-than-baseline", 94, "row 13 is task 66 (三维一体 经济运行大数据平台, 2025年): equal; not task 65", "2025年")
m("unknown-unit", 98, "县人民法院, 县人民检察院 are in units.txt", "县人民法院、县人民检察院")
m("unknown-unit", 99, "县林草局 is the listed short name; 县消防救援大队 is in units.txt (followed by 等)", "县消防救援大队等")
m("unknown-unit", 100, "县民政局 plus the collective 有关部门", "县民政局等有关部门")
m("unknown-unit", 102, "县审批局 is the listed short name of 县审批服务管理局", "县审批局")
m("unknown-unit", 104, "县工信商务局 and 县供销社 are listed", "县工信商务局、县供销社")
m("deadline-later-than-baseline", 104, "task 10: 持续推进，2025年取得明显成效, equal", "持续推进，2025年取得明显成效")
m("unknown-unit", 107, "short names listed in units.txt (县人社局, 县文旅局)", "县人社局、县文旅局")
m("unknown-unit", 109, "the county branch of the city bureau, listed in units.txt", "市生态环境局西吉分局")
m("deadline-later-than-baseline", 115, "task 121: 长期坚持, equal", "长期坚持")

covers = [
 (3, "加快西吉县工业园区数字化改造"), (6, None, 107), (7, "国家智慧教育平台"), (8, "互联网+医疗健康"),
 (10, None, 104), (11, "数字供销"), (14, "落实数字政府建设安全和保密工作主体责任"), (15, "重大事件处置机制"),
 (17, "数据分类分级保护"), (18, None, 82), (21, "行政许可管理信息系统"), (23, "一体化数字资源管理系统"),
 (24, "会商机制"), (25, "一律不予安排建设及运维经费"), (28, None, 83), (30, "政务数据资源目录"),
 (31, "一数之源、多源校核"), (32, "数据管理机构、职责分工和人员"), (36, "供需对接机制"), (40, None, 84),
 (41, None, 85), (42, "供水、供电、供气等公共数据"), (43, None, 86), (46, None, 86), (47, None, 89),
 (48, None, 90), (49, None, 91), (50, "非涉密业务专网"), (52, "推动各类证照在政务服务领域"), (54, None, 93), (56, None, 92),
 (57, "信用信息公共服务平台"), (64, None, 81), (66, None, 94), (68, "照单监管"), (70, "差异化监管"),
 (71, None, 95), (72, "互联网+监管"), (74, "屏、端、仪"), (77, None, 98), (79, "持续推进“雪亮工程”"), (80, None, 99),
 (83, None, 100), (84, None, 101), (85, "免证办"), (86, None, 102), (88, None, 103), (89, "企业专属网页"),
 (90, "公共场馆数字化服务"), (94, None, 109), (96, None, 108), (97, "国土空间基础信息平台"), (98, None, 110),
 (102, "绿色低碳转型"), (103, "大数据辅助决策机制"), (104, None, 111), (105, "用好“宁政通”"), (106, None, 112),
 (107, "统筹整合全县非涉密视频会议系统资源"), (108, "公共资源交易全流程"), (111, "机关事务管理信息系统"), (112, None, 113),
 (113, "一库通查"), (114, None, 114), (115, "政民互动渠道"), (116, None, 80), (118, "领导干部数字治理能力"),
 (120, "人才联动机制"), (121, None, 115), (122, "效能目标管理考核"), (123, "综合考核评价的重要参考"),
 (124, "容错和奖惩机制"),
]
C = []
for c in covers:
    if c[1] is None:
        line = c[2]
        assert L[line - 1].split('\t')[0].isdigit(), line
    else:
        line = ln(c[1])
    C.append({"task": c[0], "line": line})

key = {
  "writer": "blind writer, round 396; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": C,
  "notes": ("西吉县 (固原市) 实施方案 of 2024-04-18 as OCR gives it from a scanned paper copy, checked against 宁政发〔2023〕17号 only (no parent plan). "
            "OCR noise is deliberate and is NOT a mistake: 己/已, 曰/日, 末/未, O/〇 for 0 and l for 1 in numbers, the seal's text 西吉县人民政府（印章） on line 6 inside the notice paragraph, "
            "page numbers (— n —) at each page foot, two paragraphs broken across a page foot (27→29, 60→62) and one broken line (44→45). "
            "The task table (lines 79–115, tab-separated, header repeated after each page foot) says the first-listed unit leads. "
            "Rows with 2023 deadlines (lines 80, 82) copy the regional deadlines verbatim. The planted mistakes are separate from the OCR noise: all six are written cleanly."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(C))
