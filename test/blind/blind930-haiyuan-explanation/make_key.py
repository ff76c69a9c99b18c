#!/usr/bin/env python3
# Builds key.json for blind930 and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def at(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line

def row(n):
    # table row n (序号) -> line
    for i, l in enumerate(L, 1):
        if l.startswith(f'{n}\t'):
            return i
    raise KeyError(n)

expect = [
    {"rule": "basis-mismatch", "line": at(39, "宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the preamble of the plan gives the wrong year (the 起草说明, line 5, cites it correctly)"},
    {"rule": "garbled-text", "line": at(73, "鍏ㄩ潰鎺ㄨ繘鐢靛瓙鏀垮姟澶栫綉"), "text": "鍏ㄩ潰鎺ㄨ繘鐢靛瓙",
     "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 全面推进电子政务外网"},
    {"rule": "unknown-unit", "line": at(row(15), "县大数据管理局"), "text": "县大数据管理局",
     "why": "no such body in units.txt; the county's data body is 县大数据服务中心 (the 起草说明 says names were normalised to it)"},
    {"rule": "deadline-invalid", "line": at(row(30), "2024年6月31日前"), "text": "6月31日",
     "why": "June has 30 days: 2024年6月31日 is an impossible date (task 86, regional 完成时限 2024年)"},
    {"rule": "deadline-later-than-baseline", "line": at(row(33), "2025年6月底前"), "text": "2025年6月底前",
     "why": "row is task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), regional 完成时限 2024年; 2025年6月 is later"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "section 二 is headed 三个驱动 but only has (一)数字经济 and (二)数字社会; nothing on 数据要素市场、数据交易、政策环境 or 营造良好数字生态 anywhere in the draft"},
    {"rule": "task-uncovered", "line": 0, "task": 12,
     "why": "follows from the missing 数字生态 pillar: task 12 (培育数据要素市场, 各市、县（区）配合, 2025年) is not taken up"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        at(line, text)
        e["text"] = text
    else:
        assert 1 <= line <= len(L)
    e["why"] = why
    M.append(e)

# ---- 起草说明 (lines 1-36): dates and bodies that are not the plan's ----
nm("deadline-invalid", 5, "past event in the explanation's background (national guideline issued 2022年6月), not a deadline", "2022年6月")
nm("deadline-invalid", 5, "issue date of 宁政发〔2023〕17号, a past date in the background", "2023年5月16日")
nm("deadline-invalid", 5, "title period of the regional task list, not a deadline", "2023年—2025年")
nm("deadline-later-than-baseline", 6, "the city's filing date for county plans, reported in the explanation; not a task deadline of the plan", "2024年3月底前")
nm("unknown-unit", 6, "issuer of the city plan, named in the explanation; not a responsible unit of the plan", "中卫市人民政府")
nm("basis-mismatch", 6, "中卫 city plan cited by title alone (city plans may have no 文号); title is the standard 关于加强数字政府建设的实施方案", "《关于加强数字政府建设的实施方案》")
nm("basis-mismatch", 7, "retrospective mention of the 2020 工作要点 with its correct 文号 (what the county followed since 2020), not a basis of the plan", "宁政办发〔2020〕14号")
nm("deadline-invalid", 10, "drafting history: the drafting team was formed 2023年10月", "2023年10月")
nm("deadline-invalid", 11, "drafting history: study visit 2023年11月", "2023年11月")
nm("unknown-unit", 11, "places visited / plans read (中宁县、沙坡头区、吴忠市), not responsible units", "中宁县、沙坡头区")
nm("deadline-invalid", 12, "dates of the first draft and of the meeting that produced the 征求意见稿 (earlier versions)", "2023年12月8日")
nm("deadline-invalid", 12, "meeting date in the drafting history", "2023年12月20日")
nm("deadline-later-than-baseline", 13, "the comment period, not a deadline", "2024年1月5日至1月19日")
nm("unknown-unit", 13, "a city body that was consulted; named in the explanation, not a responsible unit of any task", "中卫市数字政府建设领导小组办公室")
nm("unknown-unit", 13, "bodies outside the government that were consulted, not responsible units", "县人大常委会办公室")
nm("unknown-unit", 14, "the regional expert committee (named in the 实施意见 itself) whose experts reviewed the draft; not a responsible unit", "数字宁夏建设专家咨询委员会")
nm("deadline-invalid", 15, "dates of the legality review and of the meeting that produced the 送审稿", "2024年2月27日")
nm("deadline-later-than-baseline", 23, "the comment draft's old deadline for task 48, quoted as the thing that was corrected; the plan now says 2024年9月底前 (line of row 16)", "定为2025年")
nm("unknown-unit", 24, "old, non-standard names quoted as corrected to 县大数据服务中心; not responsible units", "县大数据局")
nm("unknown-unit", 24, "old, non-standard name quoted as corrected", "县信息中心")
nm("basis-mismatch", 25, "the explanation says the 2020 document was removed as a basis; a retrospective mention, not a citation", "宁政办发〔2020〕14号")
nm("deadline-later-than-baseline", 28, "a township's proposal to extend 雪亮工程 to 2026年, quoted as rejected because it is later than task 79 (2024年)", "2026年")
nm("deadline-invalid", 30, "the explanation's remark on regional tasks due 2023年, not a deadline of the plan", "完成时限为2023年")
nm("deadline-later-than-baseline", 32, "the office's own schedule for submitting the plan to the 常务会议", "2024年3月中旬")
# ---- plan ----
nm("basis-mismatch", 39, "national guideline cited with its correct 文号", "国发〔2022〕14号")
nm("basis-mismatch", 39, "correct pair: 数字宁夏“1244+N”行动计划实施方案 is 宁政办发〔2023〕11号 (cited the same way in the 吴忠 seed)", "宁政办发〔2023〕11号")
nm("basis-mismatch", 39, "parent city plan cited by title alone, no 文号", "中卫市人民政府《关于加强数字政府建设的实施方案》")
nm("deadline-invalid", 42, "past dates in the 工作基础 (what was done since 2020 and in 2023)", "2023年，全县")
nm("deadline-later-than-baseline", 45, "2024 goal: 信创云迁移 (tasks 43/46, 2024年), 外网三级全覆盖 (task 48, 2024年), 一网通办 (task 84, 2024年), 宁政通 (task 105, 2024年) are all due 2024; equal", "到2024年底")
nm("deadline-later-than-baseline", 46, "equal to the region's goal: 到2025年 “34567” 体系框架全面成型", "到2025年")
nm("deadline-later-than-baseline", 47, "equal to the region's 2035 goal", "到2035年")
nm("unknown-unit", 76, "regional operating company named in the 实施意见 (task 62); named as a service provider, not a responsible unit", "数字宁夏建设运营有限公司")
nm("unknown-unit", 103, "a training platform, not a responsible unit", "宁夏干部教育培训网络学院")
nm("deadline-later-than-baseline", 105, "the office's own reporting dates (quarterly and 2024年12月10日 annual summary), not task deadlines", "2024年12月10日")
# ---- task list ----
nm("deadline-later-than-baseline", row(1), "task 2: 2023年启动，2024年取得明显成效; 2024年底前取得明显成效 is equal", "2024年底前取得明显成效")
nm("deadline-later-than-baseline", row(2), "task 3: 持续推进，2025年取得明显成效; copied, equal", "持续推进，2025年取得明显成效")
nm("unknown-unit", row(3), "short names listed in units.txt (县教体局、县人社局、县文旅广电局) followed by the role words 分别牵头", "县民政局分别牵头")
nm("unknown-unit", row(3), "collective subject", "各乡镇人民政府")
nm("deadline-later-than-baseline", row(4), "task 7: 2023年形成试点经验，2025年取得明显成效; completing milestone 2025 equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", row(5), "task 8: 持续推进，2025年取得明显成效; 2024年底前 is earlier", "2024年底前")
nm("unknown-unit", row(8), "县供销社 is the short name of 县供销合作社联合社 in units.txt", "县供销社")
nm("deadline-later-than-baseline", row(8), "task 11: 2023年完成主要建设任务，2025年取得明显成效; completing milestone equal", "2025年取得明显成效")
nm("deadline-invalid", row(9), "copied verbatim from task 18 (2023年形成机制，长期坚持): a copied regional deadline that lies before the plan's year, ongoing", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", row(9), "equal to task 18", "2023年形成机制，长期坚持")
nm("unknown-unit", row(9), "collective subject", "县直各部门（单位）")
nm("unknown-unit", row(10), "县发改局 is a short name of 县发展和改革局 in units.txt", "县发改局")
nm("deadline-later-than-baseline", row(10), "task 23: 2024年; 2024年10月底前 is earlier", "2024年10月底前")
nm("deadline-later-than-baseline", row(11), "task 28: 2023年启动，2025年取得明显成效; the start is a year later but the completing milestone (2025) is equal", "2024年启动，2025年取得明显成效")
nm("unknown-unit", row(11), "collective subject", "县直有关部门")
nm("unknown-unit", row(14), "listed in units.txt (utility company)", "国网海原县供电公司")
nm("deadline-later-than-baseline", row(16), "task 48 (and 47): 2024年; 2024年9月底前 is within it", "2024年9月底前")
nm("deadline-later-than-baseline", row(18), "task 49: 2025年; equal", "2025年")
nm("deadline-later-than-baseline", row(19), "task 52: 2025年; 2024年底前 is earlier", "2024年底前")
nm("deadline-later-than-baseline", row(21), "task 64: 2025年; 2024年6月底前 is earlier", "2024年6月底前")
nm("unknown-unit", row(24), "collective subject (承担监管职责的…有关部门 at county level)", "承担监管职责的县直有关部门")
nm("unknown-unit", row(24), "short name of 县市场监督管理局 in units.txt", "县市场监管局")
nm("unknown-unit", row(27), "listed in units.txt (vertically managed bodies in the county)", "海原县气象局")
nm("unknown-unit", row(28), "collective subject", "各村（社区）")
nm("deadline-later-than-baseline", row(28), "task 83: 2025年; equal", "2025年")
nm("unknown-unit", row(31), "short name of 县审批服务管理局 in units.txt", "县审批局")
nm("deadline-later-than-baseline", row(31), "task 87: 2023年启动，2025年完成; 2024年底前 is earlier", "2024年底前")
nm("unknown-unit", row(33), "short name of 县残疾人联合会 in units.txt", "县残联")
nm("unknown-unit", row(34), "the city environment bureau's county branch, listed in units.txt", "中卫市生态环境局海原分局")
nm("unknown-unit", row(36), "short name of 县林业和草原局 in units.txt", "县林草局")
nm("unknown-unit", row(37), "short name of 县人民政府办公室 in units.txt", "县政府办")
nm("deadline-later-than-baseline", row(38), "task 107: 2025年; 2024年底前 is earlier", "2024年底前")
nm("deadline-later-than-baseline", row(39), "task 108: 长期推进，2024年取得明显成效; copied, equal", "长期推进，2024年取得明显成效")
nm("deadline-invalid", row(41), "copied verbatim from task 116 (2023年完成并长期坚持): a copied regional deadline before the plan's year, ongoing; the 起草说明 (line 30) explains it", "2023年完成并长期坚持")
nm("deadline-later-than-baseline", row(42), "task 121: 长期坚持; equal", "长期坚持")


# remaining task-list deadlines: all equal to or earlier than the regional 完成时限
more = [(3, 6, "持续推进，2025年取得明显成效", "equal"), (6, 9, "持续推进，2025年取得明显成效", "equal"),
        (7, 10, "持续推进，2025年取得明显成效", "equal"), (12, 40, "2024年", "equal (task 54 is also 2024年)"),
        (13, 41, "2024年", "equal"), (14, 42, "2024年", "equal"), (15, 46, "2024年", "2024年11月底前 is within it"),
        (17, 50, "2024年", "equal"), (20, 56, "2025年", "equal"), (22, 66, "2025年", "equal"),
        (23, 71, "2024年", "equal"), (24, 74, "2024年", "equal"), (25, 77, "2024年", "equal"),
        (26, 79, "2024年", "equal"), (27, 80, "2024年", "equal"), (29, 84, "2024年", "equal"),
        (32, 89, "2024年", "equal"), (34, 94, "2024年", "equal"), (35, 96, "2025年", "equal"),
        (36, 98, "2024年", "equal"), (37, 105, "2024年", "2024年6月底前 is earlier (task 104 is also 2024年)"),
        (40, 114, "2024年", "equal")]
for n, t, base, rel in more:
    cell = L[row(n) - 1].split('\t')[-1]
    nm("deadline-later-than-baseline", row(n), f"task {t}: regional 完成时限 {base}; {cell} — {rel}", cell)

covers_rows = {2: 1, 3: 2, 6: 3, 7: 4, 8: 5, 9: 6, 10: 7, 11: 8, 18: 9, 23: 10, 28: 11, 40: 12,
               41: 13, 42: 14, 46: 15, 48: 16, 50: 17, 49: 18, 52: 19, 56: 20, 64: 21, 66: 22,
               71: 23, 74: 24, 77: 25, 79: 26, 80: 27, 83: 28, 84: 29, 86: 30, 87: 31, 89: 32,
               93: 33, 94: 34, 96: 35, 98: 36, 105: 37, 107: 38, 108: 39, 114: 40, 116: 41, 121: 42}
covers = [{"task": t, "line": row(n)} for t, n in covers_rows.items()]
body = [(5, 53, "以网管网"), (14, 60, "主体责任、监督责任"), (15, 60, "重大事件处置机制"),
        (17, 61, "分类分级保护"), (21, 64, "网上运行、动态管理"), (24, 65, "会商机制"),
        (30, 68, "数据资源底数"), (32, 68, "数据管理职责"), (36, 69, "供需对接机制"),
        (54, 74, "电子文件归档"), (65, 79, "宁夏经济治理基础数据库"), (68, 81, "照单监管"),
        (72, 82, "互联网+监管"), (88, 90, "证照分离"), (102, 94, "污染防治攻坚"),
        (104, 96, "协同办公平台"), (106, 96, "填表报数"), (111, 97, "办公用房"),
        (112, 99, "以网上发布为主"), (115, 99, "政民互动"), (25, 102, "全过程绩效管理"),
        (118, 103, "数字化能力培训"), (124, 104, "容错和奖惩机制"), (57, 74, "信用信息")]
for t, ln, txt in body:
    at(ln, txt)
    covers.append({"task": t, "line": ln})
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
    "writer": "blind writer, round 930; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("File sent for review by the 海原县 government office: lines 1-36 are the 起草说明 (background, drafting "
              "history with meeting dates and earlier versions, changes after comments, dated 2024年3月4日); lines 37-152 "
              "are the plan (送审稿) with its 2024 task list (rows start at line 111, tab-separated). All planted slips are in "
              "the plan. The 起草说明 deliberately quotes old deadlines (2025年, 2026年), old unit names (县大数据局, 县信息中心), "
              "outside bodies and the superseded 2020 document as history; none of these is a mistake. 海原县 is under 中卫市, "
              "whose plan is not in the seeds, so no parent plan is given."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers; lines', len(L))
