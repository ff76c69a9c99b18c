# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L.pop()

def ln(text, contains=None, nth=1):
    hits = [i+1 for i, l in enumerate(L) if text in l and (contains is None or contains in l)]
    assert len(hits) >= nth, (text, contains, hits)
    return hits[nth-1]

def row(n):  # line of task-list row n
    hits = [i+1 for i, l in enumerate(L) if l.startswith(f"{n}\t")]
    assert len(hits) == 1, n
    return hits[0]

def chk(line, text):
    assert text in L[line-1], (line, text, L[line-1][:40])
    return line

E = []
E.append({"rule": "basis-mismatch", "line": chk(ln("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
          "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 政府 document, not a 办公厅 one); the 文号 does not belong to the title"})
E.append({"rule": "unknown-unit", "line": chk(row(13), "县大数据局"), "text": "县大数据局",
          "why": "no such county body: not in units.txt and never defined in the draft; the county body is 县大数据服务中心 (short form 大数据中心, line 18) — 大数据局 is the city-level name"})
E.append({"rule": "deadline-later-than-baseline", "line": chk(row(14), "2025年底"), "text": "2025年底",
          "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the county row puts it in 2025年底"})
E.append({"rule": "deadline-invalid", "line": chk(row(30), "9月31日"), "text": "9月31日",
          "why": "September has 30 days; 2024年9月31日 is an impossible date (the year itself equals task 86's 完成时限 2024年)"})
E.append({"rule": "garbled-text", "line": chk(ln("浼樺寲鏀垮姟"), "浼樺寲鏀垮姟"), "text": "浼樺寲鏀垮姟",
          "why": "sub-item title 优化政务服务体系 as UTF-8 bytes read as GBK (浼樺寲鏀垮姟鏈嶅姟浣撶郴); re-encoding as GBK and decoding as UTF-8 recovers it"})
E.append({"rule": "task-uncovered", "line": 0, "task": 93,
          "why": "deliberately left out: task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责, 2024年); the draft never mentions 适老化, 信息无障碍, 老年人 or 残疾人"})

M = []
def mnf(rule, line, text, why):
    d = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text); d["text"] = text
    d["why"] = why
    M.append(d)

# short forms the draft defines
mnf("unknown-unit", row(9), "大数据中心", "defined short form: 县大数据服务中心（以下简称“大数据中心”） on line 18; 县大数据服务中心 is in units.txt")
mnf("unknown-unit", row(12), "大数据中心", "defined short form of 县大数据服务中心 (line 18), used as lead")
mnf("unknown-unit", row(41), "大数据中心", "defined short form of 县大数据服务中心 (line 18), used as cooperating unit after a unit with its own 县 prefix")
mnf("unknown-unit", ln("会同县财政局、大数据中心"), "大数据中心", "defined short form in running text (项目会商), after a 县-prefixed unit in a list: a 县 prefix must not turn it into 县大数据中心 as an unknown unit")
mnf("unknown-unit", row(8), "县数字办", "defined short form: 县推进数字政府建设领导小组办公室（以下简称“县数字办”） on line 18; the full name is in units.txt")
mnf("unknown-unit", row(47), "县数字办", "defined short form of 县推进数字政府建设领导小组办公室 (line 18)")
mnf("unknown-unit", row(7), "县审批局", "defined short form: 县审批服务管理局（以下简称“县审批局”） on line 64; units.txt lists only the full name")
mnf("unknown-unit", row(30), "县审批局", "defined short form of 县审批服务管理局 (line 64)")
mnf("unknown-unit", row(32), "县审批局", "defined short form of 县审批服务管理局 (line 64), as cooperating unit")
mnf("unknown-unit", row(28), "指挥中心", "defined short form: 县社会治理综合指挥中心（简称“指挥中心”） on line 19 (简称 without 以下)")
mnf("unknown-unit", row(25), "指挥中心", "defined short form of 县社会治理综合指挥中心 (line 19) at the end of a 县-prefixed list (县公安局、司法局、信访局、指挥中心); not an unknown 县指挥中心")
mnf("unknown-unit", row(15), "指挥中心", "defined short form of 县社会治理综合指挥中心 (line 19) in a 县-prefixed list")
mnf("unknown-unit", row(42), "交易中心", "defined short form: 县公共资源交易中心（以下简称“交易中心”） on line 75; sole responsible unit")
mnf("unknown-unit", row(5), "交易中心", "defined short form of 县公共资源交易中心 (line 75); the task list comes after the definition")
mnf("unknown-unit", row(45), "融媒体中心", "defined short form: 县融媒体中心（以下简称“融媒体中心”） on line 79")
mnf("unknown-unit", row(6), "永宁电信", "defined short form: 中国电信股份有限公司永宁分公司（以下简称“永宁电信”） on line 18, a unit outside government; after a comma it must not take the 县 prefix")
mnf("unknown-unit", row(14), "永宁电信", "defined short form of 中国电信股份有限公司永宁分公司 (line 18) after a collective")
mnf("unknown-unit", row(6), "县委网信办", "official short name, defined on line 35 and listed in units.txt")
# collectives and registry aliases
mnf("unknown-unit", row(9), "县直各部门（单位）", "collective subject")
mnf("unknown-unit", row(28), "各村（社区）", "collective subject; also 各乡镇（街道） in the same cell")
mnf("unknown-unit", row(3), "各乡镇人民政府", "collective subject (闽宁镇人民政府 before it is in units.txt)")
mnf("unknown-unit", row(10), "县直有关部门", "collective subject")
mnf("unknown-unit", row(2), "卫生健康局", "the 县 prefix distributes over the list: 县卫生健康局, 县人力资源和社会保障局, 县文化旅游广电局, 县民政局, all in units.txt")
mnf("unknown-unit", row(21), "统计局", "县发展改革局、统计局: prefix distributes, 县统计局 is in units.txt")
mnf("unknown-unit", row(38), "永宁生态环境分局", "registry alias of 银川市生态环境局永宁分局 (units.txt)")
mnf("unknown-unit", row(1), "望远工业园区管委会", "registry alias of 永宁县望远工业园区管理委员会")
mnf("unknown-unit", ln("数字宁夏建设运营有限公司"), "数字宁夏建设运营有限公司", "named in running text as an outside resource the county draws on (依托…等专业力量), not as a responsible unit; also a body the regional 实施意见 names (task 62)")
# basis documents
mnf("basis-mismatch", ln("以下简称《实施意见》", nth=1), "国发〔2022〕14号", "correct title and 文号 of the national guiding opinion")
mnf("basis-mismatch", ln("对照《实施意见》"), "《实施意见》", "the short title the preamble defines (以下简称《实施意见》), used again; the 文号 slip is reported once, on line 9")
mnf("basis-mismatch", ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention in the 工作基础 background of what the county did in 2020; title and 文号 match; not cited as a basis")
mnf("basis-mismatch", ln("银川市人民政府《关于加强数字政府建设的实施方案》"), "银川市人民政府《关于加强数字政府建设的实施方案》", "the city plan cited by title alone, as county plans do; no parent plan is given to check against")
mnf("basis-mismatch", 2, "永政办发〔2024〕19号", "the draft's own 文号, not a basis citation")
# deadlines
mnf("deadline-invalid", ln("截至2023年底"), "2023年底", "past dates in the 工作基础 background (2020年, 截至2023年底), not deadlines")
mnf("deadline-later-than-baseline", ln("2024年12月10日前"), "2024年12月10日前", "the office's own reporting dates (每季度末月25日前, 2024年12月10日前 年度总结), not a task deadline")
mnf("deadline-later-than-baseline", ln("到2024年底"), "2024年底", "goal: 信创云迁移 = task 43 (2024年建成，持续推进), 公共数据开放目录 = task 41 (2024年), 政务服务 = task 84 (2024年); all equal")
mnf("deadline-later-than-baseline", ln("到2025年，全县"), "2025年", "equal to the regional 主要目标 到2025年 “34567”体系框架全面成型")
mnf("deadline-later-than-baseline", row(1), "2025年", "task 3, 完成时限 持续推进，2025年取得明显成效; copied, equal")
mnf("deadline-later-than-baseline", row(4), "2025年取得明显成效", "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal")
mnf("deadline-invalid", row(6), "2023年形成机制", "task 18, 完成时限 2023年形成机制，长期坚持; a copied regional deadline that lies before the plan's year, with 长期坚持; not a late or invalid deadline")
mnf("deadline-later-than-baseline", row(6), "长期坚持", "task 18: 2023年形成机制，长期坚持, copied verbatim; equal")
mnf("deadline-later-than-baseline", row(8), "2024年启动", "task 28, 完成时限 2023年启动，2025年取得明显成效; the completing milestone (2025年取得明显成效) is equal; the start year is the county's own")
mnf("deadline-later-than-baseline", row(11), "2024年11月底前", "task 42, 完成时限 2024年; earlier within the same year")
mnf("deadline-later-than-baseline", row(12), "2024年底前", "task 43, 完成时限 2024年建成，持续推进; equal")
mnf("deadline-later-than-baseline", row(20), "2024年6月底前", "task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年; earlier. Not task 60 (充实自治区领导小组成员, 自治区政府办公厅, 2023年)")
mnf("deadline-later-than-baseline", row(15), "2025年", "task 49, 完成时限 2025年; equal")
mnf("deadline-later-than-baseline", row(31), "2025年", "task 87, 完成时限 2023年启动，2025年完成; equal")
mnf("deadline-later-than-baseline", row(35), "2024年", "task 94, 完成时限 2024年; equal (also not later than task 95, 2025年)")
mnf("deadline-later-than-baseline", row(42), "长期推进，2024年取得明显成效", "task 108, 完成时限 长期推进，2024年取得明显成效; copied, equal")
mnf("deadline-later-than-baseline", row(47), "长期坚持", "task 121, 完成时限 长期坚持; equal")
mnf("deadline-later-than-baseline", row(13), "2024年", "task 47, 完成时限 2024年; equal (the row's error is its unit)")

C = [
 (3,row(1)),(6,row(2)),(10,row(3)),(11,row(4)),(12,row(5)),(18,row(6)),(22,row(7)),(28,row(8)),(34,row(9)),
 (41,row(10)),(42,row(11)),(43,row(12)),(47,row(13)),(48,row(14)),(49,row(15)),(50,row(16)),(54,row(17)),
 (56,row(18)),(57,row(19)),(64,row(20)),(66,row(21)),(71,row(22)),(73,row(23)),(74,row(24)),(77,row(25)),
 (79,row(26)),(80,row(27)),(83,row(28)),(84,row(29)),(86,row(30)),(87,row(31)),(88,row(32)),(89,row(33)),
 (90,row(34)),(94,row(35)),(96,row(36)),(97,row(37)),(100,row(38)),(104,row(39)),(105,row(39)),(106,row(40)),
 (107,row(41)),(108,row(42)),(111,row(43)),(112,row(44)),(114,row(45)),(115,row(46)),(121,row(47)),
 (14,ln("强化安全管理责任")),(15,ln("强化安全管理责任")),(17,ln("落实安全制度要求")),(24,ln("创新建设管理机制")),
 (30,ln("完善数据管理机制")),(32,ln("完善数据管理机制")),(36,ln("深化数据高效共享")),(68,ln("提升监管精准化水平")),
 (116,ln("（一）加强组织领导")),(118,ln("（三）提升数字素养")),(124,ln("（四）强化考核评价")),(123,ln("（四）强化考核评价")),
 (8,ln("深化“互联网+医疗健康”应用")),(102,ln("推动绿色低碳转型。")),
]
covers = [{"task": t, "line": l} for t, l in C]

key = {
 "writer": "blind writer, round 967; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-08",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": E,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("永宁县 (银川市) 2024 plan, issued 2024-04-12, no parent plan. The draft defines short forms inline where a body is first named "
           "(县领导小组, 县数字办, 大数据中心, 永宁电信 on line 18; 指挥中心 with 简称 but no 以下 on line 19; 县委网信办 line 35; 县审批局 line 64; "
           "交易中心 line 75; 融媒体中心 line 79; the basis short title 《实施意见》 on line 9) and uses them afterwards, mostly in the task list "
           "(lines 91-137). units.txt lists the full names only (except 县委网信办), so the short forms resolve only through the draft's own definitions. "
           "The task list's header note says the first of several leads is the main lead. 县大数据局 (line 103) is never defined and is not a county body.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(E), len(M), len(covers))
