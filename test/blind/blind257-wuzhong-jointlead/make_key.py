# -*- coding: utf-8 -*-
# Builds key.json; every line number is found from a unique substring of draft.txt.
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
if lines[-1] == "": lines.pop()
def ln(sub, also=None):
    hits = [i for i, l in enumerate(lines, 1) if sub in l and (also is None or also in l)]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
def row(n):  # attachment row n
    return ln("\t%d．" % n)
def has(line, text):
    assert text in lines[line-1], (line, text)
    return line

E = []
def e(rule, line, text, why): E.append({"rule": rule, "line": has(line, text), "text": text, "why": why})
e("deadline-later-than-baseline", ln("到2026年，全市数字政府“1347”体系框架全面成型"), "2026年",
  "主要目标: the city's framework completion ('1347'体系框架全面成型, 工作体制/管理机制) is set for 2026; the region's 主要目标 sets '34567'体系框架全面成型 with 工作体制逐步健全、管理机制趋于成熟 到2025年 (the city's own earlier plan also said 到2025年)")
e("deadline-later-than-baseline", row(12), "2025年底",
  "row 12 (城域网升级改造, 电子政务外网 市县乡村四级全覆盖) takes up task 48, 完成时限 2024年 (neighbouring task 47 外网升级 also 2024年); the draft's own 主要目标 line 16 even says 到2024年底")
e("deadline-later-than-baseline", row(40), "2026年",
  "row 40 (依托宁政通 统一填表报数系统, 工作量压减50%以上) is task 106, 完成时限 2025年")
e("deadline-invalid", row(38), "2023年底前",
  "row 38 (协同办公平台, task 104, 完成时限 2024年): a deadline of 2023年底前 in a plan issued 2024-01-19 lies before the year of issue; it is not a copy of the regional deadline (2024年)")
e("unknown-unit", row(14), "自治区党委政法委",
  "row 14 (全市视频资源整合, task 49): a regional body is named as the sole (first-listed) lead of a city task; the city bodies only 配合. At city level 市委政法委 should lead")
e("unknown-unit", row(32), "市行政审批服务局",
  "not in the 吴忠 units file: the city's body is 市审批服务管理局 (short name 市审批局), used correctly in rows 15, 29-31, 45")
e("basis-mismatch", ln("宁政发〔2023〕71号"), "宁政发〔2023〕71号",
  "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (cited correctly on line 9); 71号 is a transposed 文号")

M = []
def m(rule, line, why, text=None):
    d = {"rule": rule, "line": line, "why": why}
    if text is not None:
        has(line, text); d["text"] = text
    M.append(d)
DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"

# titles, dates, background
m(DL, 1, "the plan's span in its title (2024—2026年) is not a deadline", "2024—2026年")
m(DL, lines.index("吴忠市数字政府建设重点任务清单（2024—2026年）") + 1, "attachment title with the plan's span, not a deadline", "2024—2026年")
m(DL, 9, "'细化2024—2026年重点任务' names the plan period, not a deadline", "2024—2026年")
m(DI, 6, "the document's own issue date", "2024年1月19日")
m(DI, 11, "background: past dates (2020年, 2023年11月, 截至2023年底) describe what has happened, not deadlines", "截至2023年底")
m(BM, 2, "the document's own 文号, not a basis citation", "吴政办发〔2024〕3号")
m(BM, 9, "national opinion cited with its correct title and 文号", "国发〔2022〕14号")
m(BM, 9, "regional 实施意见 cited with correct title and 文号", "宁政发〔2023〕17号")
m(BM, 9, "数字宁夏“1244+N”行动计划实施方案 cited with the 文号 the seed 吴忠 plan gives it", "宁政办发〔2023〕11号")
m(BM, 9, "the city's own earlier plan (2023-11-27) cited by title alone as background; it has no 文号 and is the base the action plan refines", "市人民政府《关于加强数字政府建设的实施方案》")
m(BM, 11, "retrospective mention of the 2020 工作要点 with its correct 文号; it is history, not a basis", "宁政办发〔2020〕14号")
m(BM, 11, "retrospective mention of the city's earlier plan (2023年11月)", "《关于加强数字政府建设的实施方案》")
# goals
m(DL, 16, "到2024年底 goals (外网四级全覆盖 = task 48 2024年; 信创云迁移 = tasks 43 '2024年建成，持续推进' and 46 2024年; 宁政通 = task 105 2024年): equal", "到2024年底")
m(DL, 17, "到2025年 equals the region's 2025 goal (基础设施集约完备、数据治理初见成效、安全保障体系持续完善) and task 87 (12345 总客服, 2023年启动，2025年完成)", "到2025年")
m(DL, 19, "到2035年 equals the region's 2035 goal", "到2035年")
m(DI, 46, "the office's own reporting dates (每季度结束后5个工作日内、每年12月20日前), not task deadlines", "每年12月20日前")
# rows: equal or earlier deadlines
R = [
 (1, "2024年", "task 64 (各地参照成立组织机构), 完成时限 2025年: earlier"),
 (2, "2023年完成并长期坚持", "task 116 ('一把手工程'), 完成时限 '2023年完成并长期坚持': copied regional deadline with the ongoing flag; before the plan's year but not an error"),
 (3, "持续推进，2025年取得明显成效", "task 3 (智慧园区), 完成时限 '持续推进，2025年取得明显成效': equal"),
 (4, "2024年取得明显成效", "task 2 (产业云), 完成时限 '2023年启动，2024年取得明显成效': equal"),
 (5, "持续推进，2025年取得明显成效", "task 9 (智慧城市, 一网统管), 完成时限 '持续推进，2025年取得明显成效': equal"),
 (6, "2024年底前", "task 8 (互联网+医疗健康), 完成时限 '持续推进，2025年取得明显成效': earlier"),
 (7, "2025年", "task 7 (智慧教育平台), 完成时限 '2023年形成试点经验，2025年取得明显成效': equal"),
 (8, "持续推进，2025年取得明显成效", "task 10 (数字乡村), 完成时限 '持续推进，2025年取得明显成效': equal"),
 (9, "2025年", "task 11 (数字供销), 完成时限 '2023年完成主要建设任务，2025年取得明显成效': equal final milestone"),
 (10, "长期坚持", "task 18 (安全技术保障体系, 应急演练), 完成时限 '2023年形成机制，长期坚持': ongoing in both"),
 (11, "2024年", "task 43 (政务信创云, '2024年建成，持续推进') / task 46 (系统迁移, 2024年): equal"),
 (13, "2024年", "task 50 (非涉密专网整合), 完成时限 2024年: equal"),
 (14, "2025年", "task 49 (视频共享平台), 完成时限 2025年: equal (the row's error is its lead, not its date)"),
 (15, "2025年", "task 52 (电子证照社会化场景), 完成时限 2025年: equal"),
 (16, "2024年", "task 54 (电子文件/档案), 完成时限 2024年 (task 40 also 2024年): equal"),
 (17, "2025年", "task 56 (非税收入收缴电子化), 完成时限 2025年: equal"),
 (18, "2024年", "task 57 (信用信息平台), 完成时限 2024年: equal"),
 (19, "2024年", "task 34 (主题数据库), 完成时限 2024年: equal"),
 (20, "2024年", "task 39 (一应用一数仓), 完成时限 2024年: equal"),
 (21, "2024年6月底前", "task 42 (公共数据与社会数据融合), 完成时限 2024年: earlier"),
 (22, "2025年", "task 66 (宁夏经济运行大数据平台), 完成时限 2025年: equal"),
 (23, "2024年", "task 70 (双随机、企业信用风险分类), 完成时限 2024年: equal"),
 (24, "2024年", "task 71 (重点领域追溯监管), 完成时限 2024年: equal"),
 (25, "2024年", "task 77 (矛盾纠纷多元化解), 完成时限 2024年: equal"),
 (26, "2024年", "task 79 (雪亮工程), 完成时限 2024年: equal"),
 (27, "2024年", "task 80 (智慧应急), 完成时限 2024年: equal"),
 (28, "2025年", "task 83 (互联网+基层治理), 完成时限 2025年: equal"),
 (29, "2024年", "task 86 (我的宁夏 应上尽上), 完成时限 2024年: equal"),
 (30, "2025年", "task 87 (12345 一呼即应), 完成时限 '2023年启动，2025年完成': equal"),
 (31, "2024年", "task 88 (一业一证), 完成时限 2024年: equal"),
 (32, "2024年", "task 89 (企业专属网页、惠企政策), 完成时限 2024年: equal (the row's error is its unit)"),
 (33, "2024年", "task 90 (公共场馆数字化), 完成时限 2024年: equal"),
 (34, "2024年", "task 93 (适老化与信息无障碍), 完成时限 2024年: equal"),
 (35, "2024年", "task 94 (生态环境数据资源中心), 完成时限 2024年: equal"),
 (36, "2025年", "task 96 (互联网+城乡供水), 完成时限 2025年: equal"),
 (37, "2024年", "task 97 (自然资源一张图), 完成时限 2024年: equal"),
 (39, "2024年", "task 105 (宁政通), 完成时限 2024年: equal"),
 (41, "2025年", "task 107 (视频会议平台), 完成时限 2025年: equal"),
 (42, "2025年", "task 111 (机关事务系统整合), 完成时限 2025年: equal"),
 (43, "2024年", "task 112 (政务公开平台), 完成时限 2024年: equal"),
 (44, "2024年", "task 114 (政务新媒体矩阵), 完成时限 2024年: equal"),
 (45, "2024年", "task 115 (政民互动平台), 完成时限 2024年: equal"),
 (46, "每年开展，长期坚持", "task 118 (干部培训), 完成时限 '2023年完成并长期坚持': ongoing in both"),
 (47, "长期坚持", "task 121 (年度要点和考核指标体系), 完成时限 '长期坚持': equal"),
]
for n, text, why in R:
    L = row(n)
    assert lines[L-1].split("\t")[3] == text, (n, lines[L-1].split("\t")[3])
    m(DL, L, why, text)
m(DI, row(2), "copied regional deadline of task 116 ('2023年完成并长期坚持') that lies before the plan's year; ongoing", "2023年完成并长期坚持")
# units
U = [
 (1, "各县（市、区）人民政府", "collective subject as a responsible party"),
 (2, "市直各部门（单位）", "collective subject"),
 (3, "太阳山开发区管委会", "in the 吴忠 units file"),
 (3, "利通区人民政府", "in the 吴忠 units file"),
 (3, "自治区工业和信息化厅", "regional body as 业务指导 only; city bodies lead"),
 (4, "市工信局", "official short name of 市工业和信息化局 in the units file"),
 (5, "市大数据局", "short name of 市大数据管理服务局"),
 (6, "市卫健委", "short name of 市卫生健康委"),
 (8, "各县（市、区）人民政府", "counties lead a task the region gives to 各市、县（区） (task 10); collective subject"),
 (8, "市农业农村局", "city body, role 统筹指导"),
 (11, "自治区政府办公厅", "joint lead (共同牵头) where the city body comes first; the first-listed lead is 市大数据管理服务局"),
 (11, "市直有关部门", "collective subject"),
 (12, "自治区政府办公厅", "regional body as 业务指导 only"),
 (13, "自治区政府办公厅", "regional body as 业务指导 only"),
 (15, "市人社局", "short name of 市人力资源社会保障局"),
 (17, "吴忠市税务局", "in the 吴忠 units file"),
 (18, "市发改委", "short name of 市发展改革委"),
 (19, "生态环境局", "the prefix 市 distributes over the list: 市生态环境局, 市应急管理局, 市国资委, 市卫生健康委"),
 (22, "工业和信息化局", "prefix 市 distributes: 市工业和信息化局, 市商务局"),
 (22, "自治区发展改革委", "regional body as 业务指导 only"),
 (23, "自治区市场监管厅", "joint lead where the city body (市市场监管局) comes first"),
 (24, "市市场监督管理局", "alias of 市市场监管局 in the units file"),
 (25, "司法局", "prefix 市 distributes: 市司法局, 市信访局"),
 (27, "吴忠市消防救援支队", "in the 吴忠 units file"),
 (27, "吴忠市气象局", "in the 吴忠 units file"),
 (28, "各县（市、区）人民政府", "counties lead; collective subject"),
 (29, "市审批局", "short name of 市审批服务管理局"),
 (37, "自治区自然资源厅", "regional body in a 配合 role; the city body leads"),
 (38, "自治区政府办公厅", "regional body as 业务指导 only (the row's error is its date)"),
 (39, "市大数据局", "short name of 市大数据管理服务局"),
 (43, "市政府办", "short name of 市人民政府办公室"),
 (44, "市融媒体中心", "in the 吴忠 units file"),
]
for n, text, why in U:
    m(UU, row(n), why, text)
m(UU, 43, "the city's leading group named in body text as coordinator, not a responsible unit in a task cell", "市推进“数字政府”建设领导小组")
m(UU, 3, "addressees of the notice (collectives and the 开发区管委会), not responsible units", "市政府各部门")
m("garbled-text", 38, "'易办·吴优' is the city's brand with a middle dot, not mojibake", "易办·吴优")
m("missing-pillar", 0, "五个一/六级贯通 is folded into 一套体系 (lines 21-24: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), as in the city's 1347 framework")
m("missing-pillar", 0, "党的领导 items appear under 四、保障措施 (lines 43-46: 组织领导, 财政投入, 数字素养, 考核评价)")
m("missing-pillar", 0, "数字生态 is taken up on line 28 (数据要素市场, 数据融合开放, 网络综合治理)")

C = []
for n, t in [(1,64),(2,116),(3,3),(4,2),(5,9),(6,8),(7,7),(8,10),(9,11),(10,18),(11,43),(12,48),(13,50),(14,49),
             (15,52),(16,54),(17,56),(18,57),(19,34),(20,39),(21,42),(22,66),(23,70),(24,71),(25,77),(26,79),
             (27,80),(28,83),(29,86),(30,87),(31,88),(32,89),(33,90),(34,93),(35,94),(36,96),(37,97),(38,104),
             (39,105),(40,106),(41,107),(42,111),(43,112),(44,114),(45,115),(46,118),(47,121)]:
    C.append({"task": t, "line": row(n)})
for t, sub in [(5, "创新以网管网"), (14, "7．强化安全保障"), (15, "7．强化安全保障"), (24, "8．健全制度规则"),
               (21, "8．健全制度规则"), (28, "8．健全制度规则"), (30, "9．盘活数据资源"), (32, "9．盘活数据资源"),
               (68, "12．提升市场监管能力"), (72, "12．提升市场监管能力"), (102, "15．提升生态环境保护能力"),
               (25, "（二）加大财政投入"), (122, "（四）强化考核评价"), (123, "（四）强化考核评价")]:
    C.append({"task": t, "line": ln(sub)})

key = {
 "writer": "blind writer, round 257; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "wuzhong",
 "planYear": 2024,
 "expect": E,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("吴忠市 数字政府建设三年行动计划（2024—2026年）, 吴政办发〔2024〕3号, issued 2024-01-19, implementing 宁政发〔2023〕17号, "
           "written as if the seed 吴忠 plan did not exist (it is cited only as the city's earlier plan). No parent. "
           "The attachment table notes that the first-listed unit of a cell is the main lead. Regional bodies appear as 业务指导, 配合 "
           "and as second joint leads (共同牵头, rows 11 and 23); only row 14 names one as sole lead. "
           "自治区大数据发展局 was deliberately not used: it appears in no seed, so guidance is given by 自治区政府办公厅 and other baseline units. "
           "No task-uncovered is planted; the plan leaves out many region-only tasks, which are not in expect.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(E), "expect;", len(M), "mustNotFlag;", len(C), "covers")
