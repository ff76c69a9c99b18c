# Builds key.json; every line number is looked up in draft.txt and asserted.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(text, start=None, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if text in l and (start is None or l.startswith(start))]
    assert len(hits) >= nth, (text, hits)
    return hits[nth - 1]

def row(n):
    return ln("", start=f"{n}\t")

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:40])
    return line

T = lambda n: row(n)
expect = [
    {"rule": "basis-mismatch", "line": chk(9, "桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; the 文号 has its digits swapped"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
     "why": "主要目标: the regional goal is 到2025年 …数字政府体系框架基本形成 (guangxi seed line 35); the draft sets the same goal for 2026"},
    {"rule": "deadline-invalid", "line": chk(T(2), "2023年13月"), "text": "13月",
     "why": "impossible month (2023年13月底); the task is regional task 33 (数据管理机制, 完成时限 持续开展), so not a late deadline"},
    {"rule": "garbled-text", "line": chk(T(9), "鏁板瓧鏀垮簻"), "text": "鏁板瓧鏀垮簻",
     "why": "UTF-8 read as GBK: 鏁板瓧鏀垮簻鏍囧噯 = 数字政府标准 (regional task 31, 持续开展)"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(23), "2026年底"), "text": "2026年底",
     "why": "12345热线 归并/联动 is regional task 8 (seed line 63), 完成时限 2025年底"},
    {"rule": "unknown-unit", "line": chk(T(25), "县大数据管理服务局"), "text": "县大数据管理服务局",
     "why": "not in units.txt; the county body is 县大数据发展局 (大数据管理服务局 is another region's naming, copied by slip)"},
]

def deptrow(name):
    hits = [i + 1 for i, l in enumerate(L) if l == name]
    assert len(hits) == 1, (name, hits)
    return hits[0]

mnf = [
    {"rule": "unknown-unit", "line": chk(3, "各乡（镇）人民政府"), "text": "各乡（镇）人民政府", "why": "collective subject (融水 has both 乡 and 镇; same as 各乡镇人民政府)"},
    {"rule": "unknown-unit", "line": chk(3, "县直各委、办、局"), "text": "县直各委、办、局", "why": "collective addressee of the notice"},
    {"rule": "basis-mismatch", "line": chk(9, "国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
    {"rule": "basis-mismatch", "line": chk(9, "《柳州市加强数字政府建设实施方案》"), "text": "柳州市加强数字政府建设实施方案", "why": "the city's plan cited by title alone, as county plans do; no parent plan is given for this case"},
    {"rule": "basis-mismatch", "line": chk(11, "国发〔2016〕55号"), "text": "国发〔2016〕55号", "why": "retrospective mention in 发展现状 of an older document (correct 文号 for its title, 加快推进 is its real title); not a basis of this plan"},
    {"rule": "basis-mismatch", "line": chk(11, "三年行动方案（2020—2022年）"), "text": "三年行动方案（2020—2022年）", "why": "retrospective mention of the county's own expired plan; not cited as a basis"},
    {"rule": "deadline-invalid", "line": chk(11, "已于2022年底实施期满"), "text": "2022年底", "why": "past date in the background section, not a deadline"},
    {"rule": "deadline-invalid", "line": chk(12, "截至2022年底"), "text": "截至2022年底", "why": "past date (status as of end 2022) in the background"},
    {"rule": "deadline-invalid", "line": chk(6, "2023年8月18日"), "text": "2023年8月18日", "why": "issuing date of the notice"},
    {"rule": "deadline-invalid", "line": chk(16, "4·27"), "text": "4·27", "why": "name of 习近平总书记视察广西“4·27”重要讲话, not a date to check"},
    {"rule": "deadline-later-than-baseline", "line": chk(20, "到2023年底"), "text": "到2023年底", "why": "local near-term goal with no later regional counterpart; earlier than the region's 到2025年"},
    {"rule": "deadline-later-than-baseline", "line": chk(22, "到2035年"), "text": "到2035年", "why": "equal to the regional 到2035年 goal (seed line 37)"},
    {"rule": "deadline-later-than-baseline", "line": chk(25, "到2025年底"), "text": "到2025年底", "why": "监管事项全覆盖 = regional task 3 (seed line 49), 完成时限 2025年底: equal"},
    {"rule": "unknown-unit", "line": chk(29, "自治区大数据发展局"), "text": "自治区大数据发展局", "why": "a regional body mentioned as the one whose deployment the county follows, not as the lead of a local task; a baseline unit"},
    {"rule": "deadline-later-than-baseline", "line": chk(46, "6月25日、12月20日"), "text": "每年6月25日、12月20日前", "why": "the office's own reporting dates, not task deadlines"},
    {"rule": "deadline-invalid", "line": chk(46, "2023年9月30日前"), "text": "2023年9月30日前", "why": "reporting date in the plan's own year for the work list; not a task deadline and not before the issue year"},
    {"rule": "unknown-unit", "line": chk(46, "县数字政府建设工作领导小组办公室"), "text": "县数字政府建设工作领导小组办公室", "why": "listed in units.txt; a reporting addressee"},
    {"rule": "unknown-unit", "line": chk(deptrow("县大数据发展局"), "县大数据发展局"), "text": "县大数据发展局", "why": "department group row (lead of rows 1-13), not a task; a registered unit"},
    {"rule": "unknown-unit", "line": chk(deptrow("县人力资源社会保障局"), "县人力资源社会保障局"), "text": "县人力资源社会保障局", "why": "department group row, not a task; canonical name in units.txt"},
    {"rule": "unknown-unit", "line": chk(deptrow("柳州市融水生态环境局"), "柳州市融水生态环境局"), "text": "柳州市融水生态环境局", "why": "department group row; the city's 生态环境局 branch in the county is listed in units.txt"},
    {"rule": "unknown-unit", "line": chk(deptrow("县委网信办、县公安局"), "县委网信办"), "text": "县委网信办、县公安局", "why": "department group row naming two co-leads, both registered; not a task and not one unit"},
    {"rule": "unknown-unit", "line": chk(deptrow("县人民政府办公室"), "县人民政府办公室"), "text": "县人民政府办公室", "why": "department group row, not a task; registered unit"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(1), "2024年底"), "text": "2024年底", "why": "智桂通 = regional task 9 (seed line 65), 完成时限 2025年底: earlier"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(4), "2024年6月底"), "text": "2024年6月底", "why": "regional task 35 (公共数据开放), 完成时限 持续开展: a fixed local date is not later"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(5), "2023年启动，2024年底基本完成"), "text": "2023年启动，2024年底基本完成", "why": "regional task 36 (政务云), 完成时限 持续开展"},
    {"rule": "unknown-unit", "line": chk(T(4), "县发改局"), "text": "县发改局", "why": "short name of 县发展改革局 listed in units.txt"},
    {"rule": "unknown-unit", "line": chk(T(6), "中国电信融水分公司"), "text": "中国电信融水分公司", "why": "unit outside government, listed in units.txt"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(14), "持续开展"), "text": "持续开展", "why": "regional task 1 (经济调节), 完成时限 持续开展: equal"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(17), "2025年底"), "text": "2025年底", "why": "regional task 3 (一体化在线监管, seed line 49), 完成时限 2025年底: equal"},
    {"rule": "unknown-unit", "line": chk(T(19), "县公安局、司法局、信访局、民政局"), "text": "司法局", "why": "prefix 县 distributes: 县司法局, 县信访局, 县民政局, all registered"},
    {"rule": "unknown-unit", "line": chk(T(19), "县人民法院"), "text": "县人民法院", "why": "court, listed in units.txt"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(20), "2024年底"), "text": "2024年底", "why": "雪亮工程 = regional task 5 (seed line 55), 完成时限 持续开展"},
    {"rule": "deadline-invalid", "line": chk(T(23), "110、119、120、122"), "text": "110、119、120、122", "why": "hotline numbers, not dates"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(24), "2024年底"), "text": "2024年底", "why": "适老化/无障碍 is part of regional task 7 (seed line 61), 完成时限 持续开展"},
    {"rule": "unknown-unit", "line": chk(T(28), "县文体广旅局"), "text": "县文体广旅局", "why": "short name of 县文化广电体育和旅游局 in units.txt"},
    {"rule": "unknown-unit", "line": chk(T(30), "县应急局"), "text": "县应急局", "why": "short name of 县应急管理局 in units.txt"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(35), "长期坚持"), "text": "长期坚持", "why": "regional task 23 (安全管理责任, seed line 103), 完成时限 持续开展: equivalent ongoing"},
    {"rule": "unknown-unit", "line": chk(T(37), "县工信局"), "text": "县工信局", "why": "short name of 县工业和信息化局 in units.txt"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(42), "2025年6月底"), "text": "2025年6月底", "why": "政府网站/政务新媒体 = regional task 22 (seed line 97), 完成时限 2025年底: earlier"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(43), "2025年底前"), "text": "2025年底前", "why": "政策文件库/精准推送 = regional task 22, 完成时限 2025年底: equal"},
    {"rule": "deadline-later-than-baseline", "line": chk(T(46), "2023年启动，2024年建成"), "text": "2023年启动，2024年建成", "why": "财政电子票据/非税收入 is part of regional task 39 (seed line 171), 完成时限 持续开展"},
    {"rule": "unknown-unit", "line": chk(T(46), "县税务局"), "text": "县税务局", "why": "short name of 国家税务总局融水苗族自治县税务局 in units.txt"},
    {"rule": "unknown-unit", "line": chk(121, "县委各部门"), "text": "县委各部门", "why": "collective in the 抄送 line"},
    {"rule": "unknown-unit", "line": chk(121, "县人大常委会办公室"), "text": "县人大常委会办公室", "why": "抄送 addressee, listed in units.txt"},
    {"rule": "deadline-invalid", "line": chk(122, "2023年8月18日印发"), "text": "2023年8月18日印发", "why": "printing date of the office"},
    {"rule": "garbled-text", "line": chk(122, "　　"), "text": "　　", "why": "full-width spaces for layout, not mojibake"},
    {"rule": "missing-pillar", "line": 0, "pillar": "加强党对数字政府建设工作的领导", "why": "taken up in 四、保障措施 (lines 39-46: 组织领导, 资金保障, 数字素养, 考核评估) and table row 47"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "营造良好数字生态 at line 37 and table row 13"},
]

covers_map = [(1,14),(2,18),(3,17),(4,19),(5,20),(6,21),(7,22),(7,24),(8,23),(9,1),(10,25),(11,26),(12,27),
 (13,30),(14,28),(15,29),(16,33),(17,32),(18,15),(19,8),(20,40),(21,41),(22,42),(22,43),(23,35),(24,36),
 (25,37),(26,38),(27,39),(28,16),(29,45),(30,44),(31,9),(32,10),(33,2),(34,3),(35,4),(36,5),(37,6),
 (38,11),(39,7),(39,46),(40,11),(41,12),(42,31),(42,34),(43,13)]
covers = [{"task": t, "line": T(r)} for t, r in covers_map]

key = {
 "writer": "blind writer, round 920; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("County plan of 融水苗族自治县 (柳州市), issued 2023-08-18, with an attached 重点任务分工表 grouped by lead department: "
   "a department's name alone on a row, then numbered task rows (序号, 重点任务, 配合单位, 完成时限). Department rows are headers, not tasks. "
   "Regional task numbers are the order of the 43 inline (責任單位…完成時限…) notes in guangxi-2022-shishi-yijian.txt "
   "(1 = seed line 43 … 43 = seed line 187); tasks 3, 8, 9, 22 are due 2025年底, the rest 持续开展. Task 23 (seed line 103) has no 各市人民政府. "
   "Row 2 (13月) is only an invalid date: task 33 is 持续开展. No task is deliberately left out; no parent plan is given, so the 柳州 plan is cited by title only."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e["line"], e["rule"], e["text"])
