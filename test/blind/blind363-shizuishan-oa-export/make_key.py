# -*- coding: utf-8 -*-
# Writes key.json; every line number is looked up in the final draft.txt (1-based) and asserted.
import json, io
L = io.open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "": L.pop()

def ln(*subs):
    hits = [i + 1 for i, l in enumerate(L) if all(s in l for s in subs)]
    assert len(hits) == 1, (subs, hits)
    return hits[0]

def row(k):  # table row id, e.g. row(16) -> line of [T1-R16]
    return ln("[T1-R%d] " % k)

GARB = "建立政务数据属地返还机制".encode("utf-8").decode("gbk")

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 71 is a transposition slip"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2026年，全市数字政府建设"), "text": "2026年",
  "why": "主要目标: region says 到2025年 the “34567” 体系框架全面成型; the city puts the same goal at 2026"},
 {"rule": "garbled-text", "line": ln(GARB), "text": GARB[:6],
  "why": "UTF-8 of 建立政务数据属地返还机制 read as GBK (re-encode GBK, decode UTF-8 to recover)"},
 {"rule": "deadline-invalid", "line": row(15), "text": "2022年底前",
  "why": "table 序号14 (task 32, region 2023年): a 2022 deadline lies before the plan's own year 2023 (copied from an old draft)"},
 {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2024年6月底前",
  "why": "table 序号15 = task 36 (政务数据供需对接机制、归集共享通报制度), region 完成时限 2023年"},
 {"rule": "unknown-unit", "line": row(21), "text": "市信息中心",
  "why": "not in units.txt (the old 市信息中心 is not a current unit of the registry)"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

nm("deadline-invalid", ln("流程编号：SZSZF-FW-2023-0417"), "OA system line: 流程编号 holds 2023 but is a serial number, not a deadline", "SZSZF-FW-2023-0417")
nm("deadline-later-than-baseline", ln("办理时限：2023-08-25"), "OA system's own processing limit (办理时限) for the draft, not a plan deadline", "2023-08-25")
nm("deadline-invalid", ln("导出模板：公文稿纸（2019版）"), "OA template version year in the system header, not a deadline", "2019版")
nm("unknown-unit", ln("拟稿人：杨晓燕"), "OA system line: 拟稿人 is a person, 拟稿单位 市大数据管理服务局 is registered; 拟稿日期 2023-08-15 is a system date", "杨晓燕")
nm("unknown-unit", ln("核稿人：马志刚"), "OA system line: 核稿人 is a person; 核稿日期 is a system date", "马志刚")
nm("unknown-unit", ln("会签单位："), "OA 会签 line: all four units are in units.txt and it is not a task responsibility")
nm("deadline-invalid", ln("打印时间：2023-08-21 15:32"), "OA footer: print time and person, not a deadline", "2023-08-21 15:32")
nm("deadline-invalid", ln("导出说明：本稿共"), "OA footer counts (77 段, 40 行) are not dates")
nm("deadline-invalid", ln("[P0013]【标题2】（二）主要目标"), "paragraph id [P0013] and style tag 【标题2】 hold numbers that are not dates or tasks", "P0013")
nm("garbled-text", ln("[P0076]【附件标题】"), "OA style tags 【附件标题】 and paragraph ids are export markup, not damaged text", "【附件标题】")
nm("deadline-invalid", ln("[T1-R14] "), "table row id [T1-R14] and 序号 13 are ids; the row's 2023年 equals task 30's 2023年", "T1-R14")
nm("deadline-invalid", ln("【成文日期】2023年8月"), "成文日期 left blank for the day (2023年8月　日) in a 送审稿: normal, in the plan's year", "2023年8月")
nm("basis-mismatch", ln("《石嘴山市数字政府建设实施方案》已经"), "the 印发 notice names the plan itself, not a basis document", "石嘴山市数字政府建设实施方案")
nm("basis-mismatch", ln("国发〔2022〕14号"), "national 指导意见 cited with its correct 文号", "国发〔2022〕14号")
nm("basis-mismatch", ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is a real regional document, cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
nm("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background paragraph (近年来…认真落实), correct 文号, not cited as a basis", "宁政办发〔2020〕14号")
nm("deadline-invalid", ln("2021年建成市级政务数据共享交换平台"), "past dates 2021年/2022年 describe achievements in the background, not deadlines", "2021年")
nm("deadline-later-than-baseline", ln("到2023年底，全市数字政府工作体系"), "主要目标 2023年底 equals the region's 到2023年底 goals", "2023年底")
nm("deadline-later-than-baseline", ln("到2035年，与政府治理能力"), "主要目标 2035 equals the region's 到2035年 goal", "2035年")
nm("deadline-later-than-baseline", ln("2023年底前，全面摸清全市政务数据资源底数"), "task 30 (region 2023年): 2023年底前 is equal", "2023年底前")
nm("deadline-later-than-baseline", ln("2024年底前完成市级非涉密政务信息系统迁移上云"), "tasks 43 (2024 年建成，持续推进) and 46 (2024年): 2024年底前 is equal", "2024年底前")
nm("deadline-later-than-baseline", ln("到2024年实现市、县（区）"), "task 48 (2024年) equal; the same sentence touches task 50 (2024年) and task 49 (2025年), none later", "2024年")
nm("deadline-later-than-baseline", ln("2023年底前成立相应组织机构"), "task 64 (各市、县（区）负责, 2025年): 2023年底前 is earlier", "2023年底前")
nm("deadline-later-than-baseline", ln("每年6月30日、12月20日前"), "the office's own reporting dates (每年6月30日、12月20日、1月15日), not task deadlines")
nm("deadline-later-than-baseline", ln("[P0077]【表注】"), "table note: yearly report 每年12月20日前 is a reporting date; the note also states the first-listed unit leads")
nm("deadline-invalid", ln("[P0075]【附件说明】"), "attachment period 2023年—2025年 is a range in the title, not a deadline", "2023年—2025年")
nm("deadline-later-than-baseline", row(2), "task 2: 2023年启动，2024年取得明显成效 equals the region", "2024年取得明显成效")
nm("deadline-later-than-baseline", row(3), "task 3: 持续推进，2025年取得明显成效 equals the region", "2025年取得明显成效")
nm("deadline-later-than-baseline", row(5), "task 9 (持续推进，2025年取得明显成效): the completing milestone 2025 is equal; 2024年建成平台 is an extra, earlier local milestone", "2024年建成平台")
nm("deadline-later-than-baseline", row(7), "task 14: 2023年 equals the region", "2023年")
nm("deadline-later-than-baseline", row(8), "task 15: 2023年底前 equals 2023年", "2023年底前")
nm("deadline-later-than-baseline", row(10), "task 21 (2024年) equal, task 22 (2025年) earlier", "2024年")
nm("deadline-later-than-baseline", row(21), "task 47 (2024年): 2023年底前 is earlier (the unit on this row is the planted error, the date is not)", "2023年底前")
nm("deadline-later-than-baseline", row(24), "task 85 (2023年) equal; it also touches tasks 52 (2025年) and 53 (2024年), both later than the local 2023年", "2023年")
nm("deadline-later-than-baseline", row(26), "task 64 (2025年): 2023年底前 is earlier", "2023年底前")
nm("deadline-later-than-baseline", row(27), "task 66 (2025年) — 重点企业画像/产业链图谱 — 2024年 is earlier (and equals task 65's 2024年 if read that way)", "2024年")
nm("deadline-later-than-baseline", row(31), "task 83: 2025年 equals the region", "2025年")
nm("deadline-later-than-baseline", row(32), "task 87: 2023年启动，2025年完成 equals the region", "2025年完成")
nm("deadline-later-than-baseline", row(35), "tasks 104/105 (2024年) equal, 106 (2025年) earlier", "2024年")
nm("deadline-later-than-baseline", row(39), "tasks 122/123: 2023年完成，长期坚持 equals the region", "2023年完成，长期坚持")
nm("unknown-unit", row(3), "市工信局 and 石嘴山高新区管委会/石嘴山经开区管委会 are short names listed in units.txt", "市工信局")
nm("unknown-unit", row(4), "市卫健委, 市人社局 are short names in units.txt; 各县（区）人民政府 is a collective", "市卫健委")
nm("unknown-unit", row(11), "市发改委 and 市大数据局 are short names in units.txt", "市发改委")
nm("unknown-unit", row(35), "市政府办公室 is a short name of 市人民政府办公室 in units.txt", "市政府办公室")
nm("unknown-unit", row(29), "承担监管职责的市直有关部门 is a collective subject", "承担监管职责的市直有关部门")
nm("unknown-unit", row(7), "市直各部门（单位） and 各县（区）人民政府 are collectives", "市直各部门（单位）")
nm("unknown-unit", row(24), "石嘴山市税务局 (vertical body) is in units.txt; 等有关部门 is a collective tail", "石嘴山市税务局")
nm("unknown-unit", ln("[P0003]【主送】"), "主送 collectives (各县（区）人民政府，市政府各部门、各直属机构)", "各直属机构")
nm("unknown-unit", ln("[P0074]【正文】"), "市推进数字政府建设领导小组办公室 (report recipient) and 市大数据管理服务局 are in units.txt", "市推进数字政府建设领导小组办公室")
nm("garbled-text", ln("“1244+N”"), "“1244+N”, 国发〔2022〕14号 and mixed punctuation are normal text", "1244+N")
nm("garbled-text", ln("IPv6改造，到2024年"), "IPv6 and （CIM） elsewhere are normal Latin terms, not mojibake", "IPv6")

covers = [
 (2, row(2)), (3, row(3)), (6, row(4)), (9, row(5)), (10, row(6)), (14, row(7)), (15, row(8)),
 (18, row(9)), (21, row(10)), (22, row(10)), (24, row(11)), (25, row(12)), (28, row(13)),
 (30, row(14)), (32, row(15)), (36, row(16)), (33, row(17)), (34, row(17)), (40, row(18)),
 (54, row(18)), (41, row(19)), (43, row(20)), (47, row(21)), (48, row(22)), (50, row(23)),
 (85, row(24)), (57, row(25)), (64, row(26)), (66, row(27)), (71, row(28)), (74, row(29)),
 (79, row(30)), (83, row(31)), (87, row(32)), (93, row(33)), (96, row(34)), (104, row(35)),
 (105, row(35)), (106, row(35)), (112, row(36)), (114, row(36)), (116, row(37)), (118, row(38)),
 (122, row(39)), (123, row(39)), (124, row(40)),
 (77, ln("提升社会矛盾化解能力。坚持和发展新时代")), (89, ln("建设企业专属网页和惠企政策专栏")),
 (102, ln("推动绿色低碳转型。配合构建碳排放")),
]
# sanity: every row line really holds [T1-R..]
for t, l in covers: assert 1 <= l <= len(L)

key = {
 "writer": "blind writer, round 363; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("石嘴山市数字政府建设实施方案 (送审稿, 2023-08) as exported from the city's OA system: system header lines 1-7 and footer lines 125-127 "
           "(流程编号, 拟稿人, 核稿人, 办理时限, 打印时间), each paragraph prefixed [Pnnnn]【style】, the task list exported row by row as "
           "[T1-Rn] 序号 | 重点任务 | 责任单位 | 完成时限 (row 1 is the header; 序号 = n-1). Framework mirrors the region's 34567 plus 党的领导 "
           "(组织领导, 财政投入, 数字素养, 考核评价); no parent plan. The table note (line 124) says the first-listed unit leads. "
           "Six planted mistakes: wrong 文号 (line 15), late 主要目标 (line 22), mojibake run (line 45), 2022 deadline (line 98), "
           "late deadline for task 36 (line 99), unknown unit 市信息中心 (line 104)."),
}
for e in expect: assert 1 <= e["line"] <= len(L)
io.open("key.json", "w", encoding="utf-8").write(json.dumps(key, ensure_ascii=False, indent=2) + "\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers), "lines", len(L))
for e in expect: print(e["line"], e["rule"], e["text"])
