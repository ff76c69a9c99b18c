# Writes key.json; every line number is looked up in the final draft.txt and checked.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
assert L[-1] == ""; L = L[:-1]

def ln(needle, text=None, nth=1):
    hits = [i for i, l in enumerate(L, 1) if needle in l]
    assert len(hits) >= nth, (needle, hits)
    i = hits[nth - 1]
    if text is not None:
        assert text in L[i - 1], (text, i)
    return i

def row(code):
    hits = [i for i, l in enumerate(L, 1) if "\t" in l and l.split("\t")[1] == code]
    assert len(hits) == 1, code
    return hits[0]

def cell(code, col):
    return L[row(code) - 1].split("\t")[col]

expect = [
    {"rule": "basis-mismatch", "line": ln("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year 〔2022〕 is wrong (slip from 国发〔2022〕14号 cited just before)"},
    {"rule": "deadline-later-than-baseline", "line": row("3-8"), "text": "2025年6月底前",
     "why": "task 3-8 (城域网升级改造, 县乡村全覆盖) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责), 完成时限 2024年; 2025年6月底前 is later"},
    {"rule": "deadline-invalid", "line": row("3-12"), "text": "9月31日",
     "why": "impossible date 2024年9月31日 (September has 30 days); not late: regional task 54 (电子文件归档、档案数字资源) 完成时限 2024年"},
    {"rule": "unknown-unit", "line": row("2-1"), "text": "县大数据管理服务局",
     "why": "no such county unit in units.txt (the county body is 县大数据服务中心; the name copies the city pattern 市大数据管理服务局)"},
    {"rule": "unknown-unit", "line": row("4-9"), "text": "自治区政府办公厅",
     "why": "a regional body named as lead (牵头) of a county task; cell copied from regional task 86 (自治区政府办公厅牵头负责); the county lead should be 县审批服务管理局"},
    {"rule": "garbled-text", "line": ln("鍔犲揩鏋勫缓"), "text": "鍔犲揩鏋勫缓鏀垮姟",
     "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 加快构建政务新媒体矩阵体系，形成整体联动"},
]
assert cell("3-8", 4) == "2025年6月底前" and cell("3-12", 4) == "2024年9月31日前"

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line)
        e["text"] = text
    e["why"] = why
    M.append(e)

B = "basis-mismatch"; DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; U = "unknown-unit"; P = "missing-pillar"
# basis
m(B, 2, "the notice's own 文号, not a cited basis document", "西政办发〔2024〕12号")
m(B, 9, "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
m(B, 9, "cited exactly as in the 吴忠 plan (seed): 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）; a different document from the 实施意见, not a mismatch", "宁政办发〔2023〕11号")
m(B, 9, "the city plan cited by title alone (a city plan may have no 文号); no parent plan is given for this case, so nothing to contradict", "固原市人民政府《关于加强数字政府建设的实施方案》")
m(B, 11, "retrospective mention of the 2020 工作要点 in 工作基础 (自…印发以来), with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
# deadline-invalid near misses
m(DI, 6, "the notice's issue date", "2024年3月18日")
m(DI, 12, "past achievements in 工作基础, not a deadline", "2023年")
m(DI, 21, "task code in the numbering note (任务3-2), not a date", "任务3-2")
m(DI, ln("与任务5-1统筹推进"), "cross-reference to task codes 5-1 and 1-3, not dates", "任务5-1")
m(DI, ln("与任务2-4统筹推进"), "cross-references 任务2-4 and 任务2-5, not dates", "与任务2-4统筹推进")
m(DI, ln("见任务3-11、3-12"), "cross-references to tasks 3-11…3-14, not dates", "3-11、3-12")
m(DI, row("3-2"), "copied regional deadline of task 18 (2023年形成机制，长期坚持): a milestone before the plan year taken over verbatim, with the task ongoing", "2023年形成机制，长期坚持")
m(DI, row("3-10"), "the 编号 column holds task codes (3-10), not dates", "3-10")
m(DI, row("4-13"), "the 编号 column holds task codes (4-13), not dates", "4-13")
m(DI, ln("每季度末月25日前"), "the office's own reporting dates (季度末月25日, 2024年12月10日, 2025年1月15日 for the 2024 annual report)", "2025年1月15日前")
m(DI, len(L), "the office's own annual reporting date for 长期坚持 tasks", "每年12月10日前")
# deadline-later near misses: goals and body
m(DL, 17, "2024 goals = regional tasks due 2024: 43 (信创云, 2024 年建成，持续推进), 86 (我的宁夏, 2024年), 105 (宁政通, 2024年); the region's 2023 goals concern 自治区本级/全区 items not restated here", "2024年")
m(DL, 18, "equal to the region's 主要目标 到2025年 (“34567”体系框架全面成型)", "到2025年")
m(DL, 19, "equal to the region's 主要目标 到2035年", "到2035年")
m(DL, ln("2025年实现基层填表报数"), "regional task 106 (填表报数系统), 完成时限 2025年: equal", "2025年")
m(DL, ln("每季度末月25日前"), "reporting dates of the office (annual report due 2025年1月15日), not task deadlines", "2025年1月15日前")
# deadline-later near misses: every table row except the planted 3-8
rowwhy = {
 "1-1": ("2024年6月底前", "regional task 64 (各地各部门参照自治区做法成立相应组织机构; 各市、县（区）负责), 完成时限 2025年: earlier"),
 "1-2": ("2024年12月底前", "六级贯通 duties have no dated regional task; the nearest, 64 and 81 (视频指挥调度体系), are due 2025年: earlier"),
 "1-3": ("长期坚持", "a county working mechanism with no dated regional counterpart (nearest: task 24 会商机制, 2023年, before the plan year); ongoing, not a later milestone"),
 "2-1": ("持续推进，2025年取得明显成效", "regional task 3 (智慧园区), 完成时限 持续推进，2025 年取得明显成效: equal"),
 "2-2": ("2024年取得明显成效", "regional task 2 (产业云), 完成时限 2023 年启动，2024 年取得明显成效: completing milestone equal"),
 "2-3": ("持续推进，2025年取得明显成效", "regional task 6 (公共事业服务数字化; 各市、县（区）负责), 完成时限 持续推进，2025 年取得明显成效: equal"),
 "2-4": ("2025年取得明显成效", "regional task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效: equal. Trap: the code 2-4 is not regional task 4 (国资监管, 持续推进，2024年取得明显成效)"),
 "2-5": ("2024年12月底前", "regional task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效: earlier"),
 "2-6": ("持续推进，2025年取得明显成效", "regional task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal"),
 "2-7": ("2025年取得明显成效", "regional task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal"),
 "2-8": ("2025年", "regional task 12 (数据要素市场), 完成时限 2025年: equal"),
 "3-1": ("长期坚持", "regional task 14 (安全和保密主体责任), 完成时限 2023年 (before the plan year); the county keeps it up, no later milestone"),
 "3-2": ("2023年形成机制，长期坚持", "regional task 18, 完成时限 2023年形成机制，长期坚持: identical"),
 "3-3": ("2024年", "regional task 21 (行政权力事项网上运行), 完成时限 2024年: equal"),
 "3-4": ("2024年启动，2025年取得明显成效", "regional task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal (only the start is later)"),
 "3-5": ("2024年11月底前", "regional task 41 (公共数据开放目录), 完成时限 2024年: within the year"),
 "3-6": ("2024年", "regional task 42 (公共数据与社会数据融合应用), 完成时限 2024年: equal"),
 "3-7": ("2024年10月底前", "regional task 43 (政务信创云, 2024 年建成，持续推进) and 46 (2024 年): within the year"),
 "3-9": ("2024年", "regional task 50 (非涉密业务专网整合迁移), 完成时限 2024 年: equal"),
 "3-10": ("2025年", "regional task 49 (视频一张网), 完成时限 2025 年: equal"),
 "3-11": ("2024年底前", "regional task 52 (电子证照社会化高频场景), 完成时限 2025年: earlier"),
 "3-13": ("2025年", "regional task 56 (非税收入收缴电子化), 完成时限 2025年: equal"),
 "3-14": ("2024年", "regional task 57 (信用信息公共服务平台), 完成时限 2024年: equal"),
 "4-1": ("2025年", "regional task 66 (经济运行大数据平台), 完成时限 2025年: equal"),
 "4-2": ("2024年", "regional task 70 (企业信用风险分类, 双随机一公开), 完成时限 2024年: equal"),
 "4-3": ("2024年12月底前", "regional task 71 (数字化追溯监管), 完成时限 2024年: equal"),
 "4-4": ("2024年", "regional task 77 (矛盾纠纷多元化解), 完成时限 2024年: equal"),
 "4-5": ("2024年", "regional task 79 (雪亮工程), 完成时限 2024年: equal"),
 "4-6": ("2024年", "regional task 80 (智慧应急), 完成时限 2024年: equal"),
 "4-7": ("2025年", "regional task 83 (互联网+基层治理), 完成时限 2025年: equal"),
 "4-8": ("2024年", "regional task 84 (一体化政务服务体系), 完成时限 2024年: equal"),
 "4-9": ("2024年", "regional task 86 (我的宁夏), 完成时限 2024年: equal (the row's error is its lead unit)"),
 "4-10": ("2025年", "regional task 87 (12345一呼即应), 完成时限 2023年启动，2025年完成: equal"),
 "4-11": ("2024年", "regional task 94 (生态环境数据资源中心), 完成时限 2024年: equal"),
 "4-12": ("2025年", "regional task 96 (互联网+城乡供水), 完成时限 2025年: equal"),
 "4-13": ("2024年", "regional task 105 (宁政通), 完成时限 2024年: equal"),
 "4-14": ("2025年", "regional task 106 (填表报数系统), 完成时限 2025年: equal. Trap: the code 4-14 is not regional task 14 (2023年)"),
 "4-15": ("2024年", "regional tasks 112 (政务公开信息化平台) and 114 (政务新媒体矩阵), 完成时限 2024年: equal"),
 "4-16": ("2025年", "regional task 111 (机关事务管理), 完成时限 2025年: equal"),
 "5-1": ("长期坚持", "regional task 116 (一把手工程), 完成时限 2023年完成并长期坚持: the 2023 milestone lies before the plan year; ongoing is what remains"),
 "5-2": ("长期坚持", "regional task 25 (资金保障机制), 完成时限 2023年 (before the plan year); ongoing"),
 "5-3": ("长期坚持", "regional task 118 (数字政府培训体系), 完成时限 2023年完成并长期坚持: ongoing"),
 "5-4": ("长期坚持", "regional tasks 122/123 (效能目标考核, 考核结果运用), 完成时限 2023 年完成，长期坚持: ongoing"),
}
for code, (dl, why) in rowwhy.items():
    assert cell(code, 4) == dl, (code, cell(code, 4), dl)
    m(DL, row(code), "task " + code + ": " + why, dl)
# unknown-unit near misses
m(U, 3, "collective addressees (各乡镇人民政府, 县直各部门（单位）)", "县直各部门（单位）")
m(U, row("1-2"), "collective subject", "各乡镇人民政府")
m(U, row("2-3"), "县民政局 followed by the role phrase 等按职责分别负责; all named units are in units.txt", "县民政局等按职责分别负责")
m(U, row("2-6"), "unit outside the government proper, listed in units.txt", "中国移动西吉分公司")
m(U, row("2-8"), "official short name: 县发改局 = 县发展和改革局 in units.txt", "县发改局")
m(U, row("2-8"), "in units.txt", "县公共资源交易中心")
m(U, row("3-1"), "prefix distributes: 县公安局、大数据服务中心 = 县公安局, 县大数据服务中心", "大数据服务中心")
m(U, row("3-1"), "collective subject", "县直各部门（单位）")
m(U, row("3-4"), "collective subject", "县直有关部门")
m(U, row("3-8"), "unit outside the government proper, listed in units.txt", "中国电信西吉分公司")
m(U, row("4-4"), "prefix distributes: 县公安局、司法局、信访局 = 县公安局, 县司法局, 县信访局", "司法局、信访局")
m(U, row("4-6"), "official short name: 县林草局 = 县林业和草原局", "县林草局")
m(U, row("4-7"), "collective subject", "各村（社区）")
m(U, row("4-11"), "the city bureau's county branch, listed in units.txt", "固原市生态环境局西吉分局")
m(U, row("5-3"), "in units.txt", "县委党校")
m(U, ln("配合自治区发展改革委培育"), "a regional body the county cooperates with, in body text; not named as lead of a county task", "自治区发展改革委")
m(U, ln("配合自治区有关部门创新"), "collective subject", "自治区有关部门")
m(U, ln("配合固原市推进12345"), "the city as a place/level (regional task 87 is led by 各地级市), not a responsible-unit name", "固原市")
# pillars judged by content
m(P, 0, "the work system (五个一 + 六级贯通) is taken up under （一）健全数字政府工作体系, lines 23-26 (健全组织机构, 厘清层级职责 六级贯通, 完善工作机制) and tasks 1-1…1-3")
m(P, 0, "数字生态 is taken up at lines 37-39 and task 2-8 (数据要素市场, 网络生态)")
m(P, 0, "党的领导 items 组织领导, 财政投入, 数字素养, 考核评价 are lines 72-75 and tasks 5-1…5-4")
m(P, 0, "政务公开 is taken up at line 70 and task 4-15 although part of that line is garbled")

covers = []
def cv(task, line): covers.append({"task": task, "line": line})
for code, task in [("1-1",64),("2-1",3),("2-2",2),("2-3",6),("2-4",7),("2-5",8),("2-6",10),("2-7",11),("2-8",12),
                   ("3-1",14),("3-2",18),("3-3",21),("3-4",28),("3-5",41),("3-6",42),("3-7",43),("3-8",48),("3-9",50),
                   ("3-10",49),("3-11",52),("3-12",54),("3-13",56),("3-14",57),("4-1",66),("4-2",70),("4-3",71),
                   ("4-4",77),("4-5",79),("4-6",80),("4-7",83),("4-8",84),("4-9",86),("4-10",87),("4-11",94),
                   ("4-12",96),("4-13",105),("4-14",106),("4-15",112),("4-15",114),("4-16",111),("5-1",116),
                   ("5-2",25),("5-3",118),("5-4",122),("5-4",123)]:
    cv(task, row(code))
cv(5, ln("配合自治区有关部门创新以网管网"))
cv(24, ln("健全政务信息化项目建设管理会商机制"))

# sanity: the lines cited in the pillar notes
assert L[22].startswith("（一）健全数字政府工作体系") and L[36].startswith("3.营造良好数字生态")
assert L[71].startswith("1.加强组织领导") and L[74].startswith("4.强化考核评价") and L[69].startswith("7.提升政务公开能力")

key = {
 "writer": "blind writer, round 723; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("西吉县 (固原市) 2024 实施方案, checked against ningxia-2023 with no parent plan. The task table (lines 83-128) numbers tasks by part "
           "as 分项-序号 (1-1 … 5-4); body text refers to them as （见任务3-2） and 与任务2-4统筹推进. These codes are local, not regional task numbers: "
           "2-4 (智慧教育, = regional 7) and 4-14 (填表报数, = regional 106) would look late if read as regional tasks 4 and 14. "
           "The table's note (line 129) and line 21 say the first-listed unit leads. Every code cited in the text exists in the table. "
           "Six planted mistakes; regional tasks meant for counties that the draft leaves out (e.g. 93 适老化, 30 数据资源目录) were not planted "
           "and are not listed as task-uncovered. build_draft.py regenerates draft.txt; make_key.py regenerates this key and checks every line.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
