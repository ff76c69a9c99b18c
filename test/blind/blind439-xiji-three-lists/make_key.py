# -*- coding: utf-8 -*-
# Builds key.json and checks every line number and text against draft.txt.
import json
D = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(needle, nth=1):
    hits = [i for i, l in enumerate(D, 1) if needle in l]
    assert len(hits) >= nth, needle
    return hits[nth - 1]
def row(n):
    return [i for i, l in enumerate(D, 1) if l.startswith("%d\t" % n)][0]
def task(n):
    return [i for i, l in enumerate(D, 1) if l.startswith("%d. " % n)][0]
def chk(line, text):
    assert text in D[line - 1], (line, text, D[line - 1])
    return line

expect = [
 {"rule": "basis-mismatch", "line": chk(9, "宁政发〔2023〕7号"), "text": "宁政发〔2023〕7号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (the draft itself says 17号 on line 13); 7号 is a dropped digit"},
 {"rule": "deadline-later-than-baseline", "line": chk(ln("目标7："), "2026年"), "text": "2026年",
  "why": "目标7 copies the region's 主要目标 '到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效' but moves it to 2026"},
 {"rule": "unknown-unit", "line": chk(row(6), "县扶贫办"), "text": "县扶贫办",
  "why": "not in units.txt (the 扶贫办 no longer exists; an old template's unit) — 配合单位 of task 6"},
 {"rule": "unknown-unit", "line": chk(row(11), "自治区政府办公厅"), "text": "自治区政府办公厅",
  "why": "a regional body named as 牵头单位 of a county task (task 11, 政务信创云迁移), copied from regional tasks 43/46; the county lead should be a county unit"},
 {"rule": "deadline-later-than-baseline", "line": chk(row(20), "2025年"), "text": "2025年",
  "why": "责任清单 row 20 = 任务清单 task 20 (城域网升级改造, 外网县乡村全覆盖, 按需向企事业单位拓展) = regional task 48, 完成时限 2024 年; also contradicts the draft's own 目标2 (到2024年底)"},
 {"rule": "deadline-invalid", "line": chk(row(33), "2024年13月底前"), "text": "13月",
  "why": "impossible month; row 33 = task 33 (互联网+基层治理) = regional task 83, 完成时限 2025年 — the year itself is not later, so only deadline-invalid"},
 {"rule": "deadline-later-than-baseline", "line": chk(row(38), "2025年底前"), "text": "2025年底",
  "why": "责任清单 row 38 = 任务清单 task 38 (政府网站、政务移动端、政务服务场所适老化与信息无障碍建设) = regional task 93, 完成时限 2024年"},
]

M = []
def m(rule, line, why, text=None, must=None):
    if must: chk(line, must)
    e = {"rule": rule, "line": line}
    if text: chk(line, text); e["text"] = text
    e["why"] = why
    M.append(e)

m("basis-mismatch", 2, "the document's own 文号 (西政办发〔2024〕19号), not a basis citation", "西政办发〔2024〕19号")
m("basis-mismatch", 12, "retrospective mention of the 2020 工作要点 in 工作基础 (background), with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", 13, "correct 文号 of the region's 实施意见, cited by number alone", "宁政发〔2023〕17号")
m("basis-mismatch", task(16), "《全国一体化政务大数据体系建设指南》 is a national guide named by the region's own task 29, not a basis document", "全国一体化政务大数据体系建设指南")
m("deadline-invalid", 6, "the issue date of the document itself", "2024年4月18日")
m("deadline-invalid", 12, "past dates in the 工作基础 background (2020 要点, 2023 results), not deadlines", "2023年")
m("deadline-invalid", ln("目标1："), "goal numbers 目标1…目标8 are not dates (目标1 line stands for all of them)", "目标1")
m("deadline-invalid", task(1), "（对应目标6） and the task numbers 1.–49. are cross-references, not dates", "对应目标6")
m("deadline-invalid", row(20), "the 任务序号 column (1–49) holds task numbers, not dates (row 20 stands for all rows)", must="20\t")
m("deadline-invalid", 13, "“34567” is the framework's name, not a date", "34567")
m("deadline-invalid", task(36), "12345 and 110 are hotline numbers, not dates", "12345")
m("deadline-invalid", task(42), "50%以上 is a target share, not a date", "50%以上")
m("deadline-later-than-baseline", ln("目标1："), "earlier than regional task 64 (各地参照自治区做法成立相应组织机构, 2025年)", "2024年6月底前")
m("deadline-later-than-baseline", ln("目标2："), "equal to regional tasks 48 (2024 年), 50 (2024 年) and 43 (2024 年建成，持续推进)", "2024年底")
m("deadline-later-than-baseline", ln("目标3："), "equal to regional tasks 84 (2024年) and 86 (2024年)", "2024年底")
m("deadline-later-than-baseline", ln("目标4："), "equal to regional task 29 (2023年启动，2025年完成)", "2025年")
m("deadline-later-than-baseline", ln("目标5："), "equal to the region's 2025 goal (安全保障体系持续完善)", "2025年")
m("deadline-later-than-baseline", ln("目标6："), "equal to the region's 2025 goal (政府数字化履职能力明显提升)", "2025年")
m("deadline-later-than-baseline", ln("目标8："), "equal to the region's 2035 goal", "2035年")
m("deadline-later-than-baseline", row(1), "task 1 = regional task 2 (2023 年启动，2024 年取得明显成效): equal; the date stands only in the 责任清单", "2024年取得明显成效")
m("deadline-later-than-baseline", row(5), "task 5 = regional tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效): equal", "2025年取得明显成效")
m("deadline-later-than-baseline", row(7), "task 7 = regional task 11 (2023年完成主要建设任务，2025年取得明显成效): completing milestone equal", "2025年取得明显成效")
m("deadline-later-than-baseline", row(8), "task 8 = regional task 12 (2025年): equal", "2025年")
m("deadline-later-than-baseline", row(9), "task 9 = regional tasks 14 (2023年) and 18 (2023年形成机制，长期坚持): 长期坚持 carries no later milestone", "长期坚持")
m("deadline-later-than-baseline", row(10), "task 10 = regional task 16 (2024年): equal", "2024年")
m("deadline-later-than-baseline", row(11), "task 11 = regional tasks 43 (2024 年建成，持续推进) and 46 (2024 年): equal (only the lead unit is wrong)", "2024年")
m("deadline-later-than-baseline", row(13), "task 13 = regional task 22 (2025年): equal", "2025年")
m("deadline-later-than-baseline", row(15), "task 15 = regional task 28 (2023年启动，2025年取得明显成效): the start is later but the completing milestone is equal", "2024年启动，2025年取得明显成效")
m("deadline-later-than-baseline", row(16), "task 16 = regional task 29 (2023年启动，2025年完成): start later, completion equal", "2024年启动，2025年完成")
m("deadline-later-than-baseline", row(22), "task 22 = regional task 49 (2025 年): equal", "2025年")
m("deadline-later-than-baseline", row(23), "task 23 = regional task 52 (2025年): equal", "2025年")
m("deadline-later-than-baseline", row(24), "task 24 = regional task 56 (2025年): equal", "2025年")
m("deadline-later-than-baseline", row(26), "task 26 = regional task 64 (2025年): earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(28), "task 28 = regional task 66 (2025年): equal", "2025年")
m("deadline-later-than-baseline", row(36), "task 36 = regional task 87 (2023年启动，2025年完成): equal", "2025年")
m("deadline-later-than-baseline", row(40), "task 40 = regional task 96 (2025年): equal", "2025年")
m("deadline-later-than-baseline", row(42), "task 42 = regional task 106 (2025年): equal", "2025年")
m("deadline-later-than-baseline", row(43), "task 43 = regional tasks 107 (2025年) and 111 (2025年): equal", "2025年")
m("deadline-later-than-baseline", row(46), "task 46 = regional tasks 116 (2023年完成并长期坚持) and 121 (长期坚持): no later milestone", "长期坚持")
m("deadline-later-than-baseline", row(47), "task 47 = the region's 加大财政投入 text and regional task 25 (2023年): 长期坚持, no later milestone", "长期坚持")
m("deadline-later-than-baseline", row(48), "task 48 = regional tasks 117 (2024年) and 118 (2023年完成并长期坚持): 长期坚持, no later milestone", "长期坚持")
m("deadline-later-than-baseline", row(49), "task 49 = regional tasks 122/123 (2023 年完成，长期坚持) and 124 (2023 年形成机制，长期坚持): no later milestone", "长期坚持")
m("deadline-later-than-baseline", 131, "the office's own internal date for detailed measures, not a task deadline", "2024年5月底前")
m("deadline-later-than-baseline", 132, "the office's own reporting dates (每季度末月25日前, 每年12月10日前)", "12月10日前")
m("deadline-later-than-baseline", 133, "the plan's period of validity, not a task deadline", "2025年12月31日")
m("unknown-unit", 3, "collective addressees", "县直各部门（单位）")
m("unknown-unit", row(20), "collectives in the 配合单位 column", "各村（社区）")
m("unknown-unit", row(9), "collectives 县直各部门（单位） and 各乡镇人民政府 in the 配合单位 column", "各乡镇人民政府")
m("unknown-unit", row(3), "“县委网信办等县直有关部门”: a listed unit followed by a collective", "县直有关部门")
m("unknown-unit", row(4), "official short names listed in units.txt (县教体局, 县卫健局, 县人社局, 县文旅局)", "县教体局")
m("unknown-unit", row(1), "县发改局 is a listed short name of 县发展和改革局", "县发改局")
m("unknown-unit", row(14), "县政府办 is a listed short name of 县人民政府办公室", "县政府办")
m("unknown-unit", row(2), "县工业园区管委会 is a listed short name of 西吉县工业园区管理委员会", "县工业园区管委会")
m("unknown-unit", row(7), "县供销社 is the listed short name of 县供销合作社联合社", "县供销社")
m("unknown-unit", row(26), "“县委组织部、编办”: the 县委 prefix distributes, 编办 = 县委编办 (listed)", "编办")
m("unknown-unit", row(39), "固原市生态环境局西吉分局 is listed in units.txt (the city bureau's county branch)", "固原市生态环境局西吉分局")
m("unknown-unit", row(49), "县政府督查室 is a listed short name of 县人民政府督查室; 县委办 of 县委办公室", "县政府督查室")
m("missing-pillar", 0, "数字生态 is taken up by task 8 (数据要素市场) under the 三个驱动 heading")
m("missing-pillar", 0, "五个一/六级贯通 is taken up by tasks 26–27; 党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) by tasks 46–49")

covers = []
def cv(t, n):
    covers.append({"task": t, "line": task(n)})
for t, n in [(2,1),(3,2),(5,3),(6,4),(7,5),(8,5),(10,6),(11,7),(12,8),(14,9),(18,9),(16,10),(43,11),(46,11),
             (21,12),(22,13),(23,14),(28,15),(29,16),(33,17),(34,17),(41,18),(42,18),(40,19),(54,19),
             (48,20),(50,21),(49,22),(52,23),(56,24),(58,25),(64,26),(66,28),(70,29),(71,29),(74,30),
             (77,31),(79,32),(80,32),(83,33),(84,34),(86,35),(87,36),(89,37),(93,38),(94,39),(96,40),
             (104,41),(105,41),(106,42),(107,43),(111,43),(112,44),(114,44),(115,45),(116,46),(121,46),
             (117,48),(118,48),(122,49),(123,49),(124,49)]:
    cv(t, n)

key = {
 "writer": "blind writer, round 439; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
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
 "notes": ("西吉县 (固原市) plan of 2024-04-18 written as 三张清单: 目标清单 (lines 15-22), 任务清单 (49 tasks, lines 25-77, each with （对应目标N）), "
           "责任清单 (tab table, lines 80-129: 任务序号 | 牵头单位 | 配合单位 | 完成时限). A task's units and date stand only in the 责任清单 row with the same 任务序号; "
           "Row N of the table is task N of the 任务清单 (matched by 任务序号). No parent plan: parents is empty. "
           "Rows 9, 46-49 read 长期坚持 against regional deadlines of 2023/长期坚持; rows 15-16 start in 2024 where the region started in 2023 but complete on the regional year. "
           "Row 33 (13月) is only an invalid date, not a late one. Row 20 is late against regional task 48 and also contradicts 目标2.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
