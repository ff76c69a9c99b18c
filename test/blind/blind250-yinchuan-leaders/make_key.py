#!/usr/bin/env python3
# Builds key.json, locating every line number from draft.txt (1-based) and checking the text is on it.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L.pop()

def ln(text, nth=1, row=None):
    """line of the nth occurrence of text; row=N means the table row numbered N."""
    if row is not None:
        hits = [i+1 for i, l in enumerate(L) if l.startswith(f"{row}\t")]
        assert len(hits) == 1, (row, hits)
        assert text in L[hits[0]-1], (text, row)
        return hits[0]
    hits = [i+1 for i, l in enumerate(L) if text in l]
    assert len(hits) >= nth, (text, hits)
    return hits[nth-1]

def cell(row, col):
    """col: 1 task, 2 leader, 3 lead unit, 4 cooperating, 5 deadline"""
    line = ln("", row=row)
    return line, L[line-1].split("\t")[col]

def dl(row):
    line, d = cell(row, 5)
    return line, d

expect = []
E = expect.append
E({"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (an 自治区人民政府 document, not an 办公厅 one)"})
E({"rule": "deadline-later-than-baseline", "line": ln("到2026年，全市数字政府建设“34567”体系框架全面成型"), "text": "2026年",
   "why": "主要目标: the region sets 到2025年 for the “34567”体系框架全面成型 goal; the city puts the same goal in 2026"})
l, d = dl(14); assert d == "2025年6月底前"
E({"rule": "deadline-later-than-baseline", "line": l, "text": "2025年6月底前",
   "why": "table row 14 = task 41 (公共数据开放目录/开放平台), 完成时限 2024年; the body (line %d) even says 2024年底前" % ln("2024年底前编制完成全市公共数据开放目录")})
l, d = dl(30); assert d == "2023年12月底前"
E({"rule": "deadline-invalid", "line": l, "text": "2023年12月底前",
   "why": "plan issued 2024-02-26; a deadline in 2023 lies before the document's own year (row 30 = task 86, 完成时限 2024年)"})
l, c = cell(2, 3); assert c == "市经信局"
E({"rule": "unknown-unit", "line": l, "text": "市经信局",
   "why": "not in units.txt (the body is 市工业和信息化局 = 市工信局); old/colloquial name not registered"})
l, c = cell(37, 3); assert c == "自治区政府办公厅"
E({"rule": "unknown-unit", "line": l, "text": "自治区政府办公厅",
   "why": "a regional body named as the (sole) lead of a city task in the 牵头单位 column; copied from task 104/105; should be 市政府办公室"})
E({"rule": "garbled-text", "line": ln("鎵╁ぇ鐢靛瓙璇佺収搴旂敤棰嗗煙"), "text": "鎵╁ぇ鐢靛瓙",
   "why": "UTF-8 read as GBK: 扩大电子证照应用领域"})

mnf = []
M = mnf.append
# --- deadlines: equal, earlier, ongoing, background, own dates
def eq(row, task, reg, why=None):
    l, d = dl(row)
    M({"rule": "deadline-later-than-baseline", "line": l, "text": d,
       "why": why or f"row {row} = task {task}, regional 完成时限 {reg}; {d} is equal"})
def early(row, task, reg):
    l, d = dl(row)
    M({"rule": "deadline-later-than-baseline", "line": l, "text": d,
       "why": f"row {row} = task {task}, regional 完成时限 {reg}; {d} is earlier"})
eq(1, 1, "持续推进，2025 年取得明显成效")
eq(2, 3, "持续推进，2025 年取得明显成效")
eq(3, 9, "持续推进，2025年取得明显成效", "row 3 = task 9, regional 持续推进，2025年取得明显成效; 2024年建成 is earlier and 2025 completion is equal")
eq(4, 10, "持续推进，2025年取得明显成效")
eq(5, 12, "2025年")
early(6, 20, "2024年")
eq(7, 21, "2024年", "row 7 = tasks 21 (2024年) and 22 (2025年); 2024年底前 is equal to task 21 and earlier than task 22")
eq(8, 23, "2024年")
eq(9, 28, "2023年启动，2025年取得明显成效",
   "row 9 = task 28, regional 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (a 2024 plan can only start in 2024)")
eq(10, 29, "2023年启动，2025年完成", "row 10 = task 29, regional 2023年启动，2025年完成; 2025年 equals the completing milestone")
eq(11, 34, "2024年 (task 33 also 2024年)")
eq(12, 37, "2024年")
eq(13, 39, "2024年")
eq(15, 42, "2024年")
eq(16, 40, "2024年 (task 54 also 2024年)")
eq(17, 43, "2024 年建成，持续推进 (tasks 45, 46: 2024年)")
eq(18, 48, "2024 年 (task 47 also 2024年)")
eq(19, 49, "2025 年")
eq(20, 52, "2025年")
early(21, 56, "2025年")
eq(22, 57, "2024年")
early(23, 64, "2025年")
eq(24, 66, "2025年")
eq(25, 77, "2024年")
eq(26, 79, "2024年")
eq(27, 80, "2024年")
eq(28, 83, "2025年")
eq(29, 84, "2024年")
eq(31, 87, "2023年启动，2025年完成", "row 31 = task 87, regional 2023年启动，2025年完成; 2025年 equals the completing milestone")
eq(32, 89, "2024年")
eq(33, 92, "2025年")
eq(34, 93, "2024年")
eq(35, 96, "2025年")
eq(36, 97, "2024年")
eq(37, 105, "2024年 (task 104 also 2024年)")
eq(38, 106, "2025年")
eq(39, 107, "2025年")
eq(40, 108, "长期推进，2024年取得明显成效")
eq(41, 114, "2024年")
eq(42, 121, "长期坚持")
M({"rule": "deadline-later-than-baseline", "line": ln("2024年底前建成市级城市运行管理服务平台"), "text": "2024年底前",
   "why": "body sentence on task 9 (持续推进，2025年取得明显成效): earlier"})
M({"rule": "deadline-later-than-baseline", "line": ln("2024年底前编制完成全市公共数据开放目录"), "text": "2024年底前",
   "why": "body sentence on task 41 (2024年): equal (only the table row 14 is late)"})
M({"rule": "deadline-later-than-baseline", "line": ln("到2025年全域水联网基本建成"), "text": "到2025年",
   "why": "task 96 (全域水联网基本建成), 2025年: equal"})
M({"rule": "deadline-later-than-baseline", "line": ln("2025年底前实现基层干部填表报数"), "text": "2025年底前",
   "why": "task 106 (填表报数压减50%以上), 2025年: same year, equal"})
M({"rule": "deadline-later-than-baseline", "line": ln("到2035年，与政府治理能力现代化"), "text": "到2035年",
   "why": "主要目标 2035 goal equals the region's 到2035年"})
M({"rule": "deadline-later-than-baseline", "line": ln("到2024年底，城市运行管理服务平台上线运行"), "text": "到2024年底",
   "why": "主要目标 2024 goal names things the region dates 2024–2025 (城运平台 task 9 →2025, 数据平台 task 29 →2025, 我的宁夏/宁政通 tasks 86/105 →2024); none of the region's 到2023年底 goals is restated"})
M({"rule": "deadline-invalid", "line": ln("2020年以来，按照"), "text": "2023年",
   "why": "background: past achievements (2020年以来, 2023年 网上可办率) are not deadlines"})
M({"rule": "deadline-invalid", "line": ln("2024年2月26日"), "text": "2024年2月26日", "why": "the plan's own issue date"})
M({"rule": "deadline-invalid", "line": ln("每季度末月20日前"), "text": "每年12月10日前",
   "why": "the office's own recurring reporting dates (每季度末月20日前, 每年12月10日前), not task deadlines"})
# --- basis
M({"rule": "basis-mismatch", "line": ln("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
   "why": "retrospective mention of the 2020 工作要点 in the background, correct 文号, not cited as a basis"})
M({"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号",
   "why": "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan)"})
M({"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct national citation"})
M({"rule": "basis-mismatch", "line": ln("银政发〔2024〕12号"), "text": "银政发〔2024〕12号", "why": "the plan's own 文号, not a cited document"})
# --- units: posts, people, districts, collectives, aliases
def leader(row, why):
    l, c = cell(row, 2)
    M({"rule": "unknown-unit", "line": l, "text": c, "why": "责任领导 column: " + why})
leader(1, "a post (分管副市长), not a body")
leader(6, "a post (市政府秘书长), not a body")
leader(8, "a post (市政府副秘书长), not a body")
leader(3, "a person's name before the post (张建华副市长), not a body")
leader(19, "a person with two posts (副市长、市公安局局长), not a body; 市公安局 inside it is a registered unit anyway")
leader(24, "a post (常务副市长), not a body")
def lead(row, why):
    l, c = cell(row, 3)
    M({"rule": "unknown-unit", "line": l, "text": c, "why": why})
lead(1, "市发展改革委 (registered) with the post （主任） after it")
lead(8, "市大数据管理服务局 (registered) with the post （局长） after it")
lead(14, "市大数据管理服务局 (registered) with the post （局长） after it; this row is flagged only for its deadline")
lead(7, "市审批服务管理局 (registered) with a person and post （杨帆局长） after it")
lead(29, "市审批服务管理局 (registered) with a person and post （杨帆局长） after it")
lead(19, "市委政法委 and 市公安局 (registered); （分管副局长） is a post")
lead(21, "市财政局 (registered) with the post （分管副局长） after it")
lead(25, "市委政法委 (registered) with the post （常务副书记） after it")
lead(11, "市大数据局 is the registered short name of 市大数据管理服务局")
lead(20, "市审批局 is the registered short name of 市审批服务管理局")
lead(22, "市发改委 is the registered short name of 市发展改革委")
def coop(row, text, why):
    l, c = cell(row, 4); assert text in c, (row, text, c)
    M({"rule": "unknown-unit", "line": l, "text": text, "why": why})
coop(3, "兴庆区、金凤区、西夏区人民政府", "three district governments of 银川 sharing one 人民政府 suffix; all in units.txt (兴庆区/金凤区 are registered short names)")
coop(2, "永宁县、贺兰县、灵武市人民政府", "three county/city governments sharing one suffix; all in units.txt")
coop(35, "永宁县、贺兰县、灵武市人民政府", "three county/city governments sharing one suffix; all in units.txt")
coop(9, "各县（市、区）人民政府", "collective subject")
coop(9, "市直各部门（单位）", "collective subject")
coop(6, "市直有关部门", "collective subject")
coop(18, "各乡镇（街道）", "collective subject")
coop(1, "银川经济技术开发区管委会", "in units.txt")
coop(27, "银川市消防救援支队、银川市气象局", "both in units.txt (驻银单位)")
coop(24, "银川市税务局", "in units.txt")
M({"rule": "unknown-unit", "line": ln("各县（市）区人民政府，市政府各部门"), "text": "各县（市）区人民政府",
   "why": "salutation: 银川's usual form of the collective 各县（市、区）人民政府"})
M({"rule": "unknown-unit", "line": ln("依托黄河流域宁夏生态环境数据资源中心"), "text": "黄河流域宁夏生态环境数据资源中心",
   "why": "a platform named in body text (from the regional 实施意见), not a responsible unit"})

covers_list = [
 (1, ln("", row=1)), (3, ln("", row=2)), (5, ln("以算法对算法")), (6, ln("养老托育、家政物业")), (7, ln("国家智慧教育平台")),
 (8, ln("国家智能社会治理实验基地")), (9, ln("", row=3)), (10, ln("", row=4)), (11, ln("数字供销")), (12, ln("", row=5)),
 (13, ln("营造规范有序的政策环境")), (14, ln("强化安全管理责任。")), (15, ln("强化安全管理责任。")), (17, ln("落实安全制度要求。")),
 (18, ln("提升安全保障能力。")), (20, ln("", row=6)), (21, ln("", row=7)), (22, ln("", row=7)), (23, ln("", row=8)),
 (24, ln("创新数字政府建设管理机制。")), (26, ln("完善制度标准。")), (28, ln("", row=9)), (29, ln("", row=10)),
 (30, ln("完善数据管理机制。")), (31, ln("完善数据管理机制。")), (32, ln("完善数据管理机制。")), (33, ln("", row=11)), (34, ln("", row=11)),
 (36, ln("深化数据高效共享。")), (37, ln("", row=12)), (38, ln("深化数据高效共享。")), (39, ln("", row=13)), (40, ln("", row=16)),
 (41, ln("", row=14)), (42, ln("", row=15)), (43, ln("", row=17)), (45, ln("", row=17)), (47, ln("", row=18)), (48, ln("", row=18)),
 (49, ln("", row=19)), (50, ln("提升网络平台支撑能力。")), (52, ln("", row=20)), (56, ln("", row=21)), (57, ln("", row=22)),
 (64, ln("", row=23)), (66, ln("", row=24)), (68, ln("（二）提升综合高效的市场监管能力。")), (71, ln("（二）提升综合高效的市场监管能力。")),
 (77, ln("", row=25)), (79, ln("", row=26)), (80, ln("", row=27)), (83, ln("", row=28)), (84, ln("", row=29)), (86, ln("", row=30)),
 (87, ln("", row=31)), (88, ln("提供优质便利的涉企服务。")), (89, ln("", row=32)), (90, ln("拓展公平普惠的民生服务。")), (92, ln("", row=33)),
 (93, ln("", row=34)), (96, ln("", row=35)), (97, ln("", row=36)), (104, ln("", row=37)), (105, ln("", row=37)), (106, ln("", row=38)),
 (107, ln("", row=39)), (108, ln("", row=40)), (112, ln("（七）提升全面规范的政务公开能力。")), (114, ln("", row=41)),
 (116, ln("（一）加强组织领导。")), (25, ln("（二）加大财政投入。")), (117, ln("（三）提升数字素养。")), (118, ln("（三）提升数字素养。")),
 (121, ln("", row=42)), (122, ln("（四）强化考核评价。")), (123, ln("（四）强化考核评价。")), (124, ln("（四）强化考核评价。")),
]
covers = [{"task": t, "line": l} for t, l in covers_list]

key = {
 "writer": "blind writer, round 250; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("银川市数字政府建设实施方案 (银政发〔2024〕12号, 2024-02-26) implementing 宁政发〔2023〕17号, no parent plan. "
           "The 分工表 (lines %d-%d) has columns 序号|重点任务|责任领导|牵头单位|配合单位|完成时限; the 责任领导 column holds posts and "
           "people, never bodies; some 牵头单位 cells add a post or person in brackets after a registered body. The table note says the "
           "first-listed lead is the main lead. Only tasks whose regional 完成时限 is 2024 or later carry a date in the table, so that no "
           "row is forced to be either late or before the plan's year; tasks due 2023 are taken up in the body without dates. "
           "Row 14 (line %d) is late although the body (line %d) gives the right 2024 date.")
          % (ln("序号\t重点任务"), len(L), ln("", row=14), ln("2024年底前编制完成全市公共数据开放目录")),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e["text"])
