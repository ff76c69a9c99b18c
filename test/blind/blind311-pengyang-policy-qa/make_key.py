import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
if lines and lines[-1] == "": lines.pop()
def ln(needle, occurrence=None, within=None):
    hits = [i+1 for i, l in enumerate(lines) if needle in l and (within is None or within in l)]
    if occurrence is None:
        assert len(hits) == 1, (needle, hits)
        return hits[0]
    return hits[occurrence]
def row(no):  # table row by 序号
    hits = [i+1 for i, l in enumerate(lines) if l.startswith(f"{no}\t")]
    assert len(hits) == 1, no
    return hits[0]

expect = [
 {"rule":"basis-mismatch","line":ln("宁政办发〔2023〕17号"),"text":"宁政办发〔2023〕17号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the 办公厅 series — wrong 文号 for the title. The background (line 6) cites it correctly."},
 {"rule":"deadline-later-than-baseline","line":ln("到2026年"),"text":"2026年",
  "why":"主要目标 goal: 体系框架全面成型 到2026年; 宁政发〔2023〕17号 主要目标: 到2025年，全区各级数字政府建设“34567”体系框架全面成型"},
 {"rule":"deadline-later-than-baseline","line":row(15),"text":"2025年6月底前",
  "why":"row 15 适老化与信息无障碍建设 = task 93 (各市、县(区)按照职能分别负责), 完成时限 2024年; the county puts 2025年6月底前"},
 {"rule":"deadline-invalid","line":row(14),"text":"13月",
  "why":"impossible month (typo for 12月); row 14 “我的宁夏”彭阳专区 应上尽上 = task 86, 完成时限 2024年 — the year itself is equal, so not later"},
 {"rule":"unknown-unit","line":row(6),"text":"县大数据管理服务局",
  "why":"no such county body (units.txt: the county has no 大数据 agency; the work sits in 县人民政府办公室); the name is the city-level 市大数据管理服务局 transplanted"},
 {"rule":"unknown-unit","line":row(2),"text":"县卫健委",
  "why":"the county body is 县卫生健康局 = 县卫健局 (units.txt); 卫健委 is the city/region form — body misnamed"},
 {"rule":"garbled-text","line":ln("鍔犲ぇ璐"),"text":"鍔犲ぇ璐㈡斂",
  "why":"UTF-8 bytes of 加大财政投入力度 read as GBK (鍔犲ぇ璐㈡斂鎶曞叆鍔涘害)"},
]

M = []
def m(rule, line, text, why): M.append({"rule":rule,"line":line,"text":text,"why":why})
m("deadline-invalid", 2, "2024-05-13", "publication date of the explainer itself, not a deadline")
m("basis-mismatch", 3, "彭阳县数字政府建设实施方案", "the plan being explained, with its own 文号 彭政办发〔2024〕26号; not a basis document")
m("deadline-invalid", ln("2022年6月"), "2022年6月", "background: when 国发〔2022〕14号 was issued; past date, not a deadline")
m("deadline-invalid", ln("2023年5月16日"), "2023年5月16日", "background: issue date of 宁政发〔2023〕17号 (gazette shows 2023年5月16日)")
m("basis-mismatch", ln("宁政发〔2023〕17号"), "宁政发〔2023〕17号", "region's 实施意见 named with its correct title and 文号")
m("basis-mismatch", ln("国发〔2022〕14号", 0), "国发〔2022〕14号", "correct title and 文号 (background)")
m("basis-mismatch", ln("（一）《国务院关于加强数字政府建设的指导意见》"), "国发〔2022〕14号", "correct title and 文号 (主要依据)")
m("deadline-invalid", ln("（2023年—2025年）"), "2023年—2025年", "title of the regional task list, not a deadline")
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, correct title and 文号; not cited as a basis")
m("deadline-invalid", ln("早在2020年"), "2020年", "retrospective past date in the background")
m("deadline-invalid", ln("2024年4月26日"), "2024年4月26日", "date the county executive meeting adopted the plan")
m("deadline-invalid", ln("2024年5月8日"), "2024年5月8日", "issue date of the plan itself")
m("basis-mismatch", ln("宁政办发〔2023〕11号"), "宁政办发〔2023〕11号", "region's 数字宁夏“1244+N”行动计划实施方案, correct 文号 (as cited in the 吴忠 plan)")
m("basis-mismatch", ln("固原市关于加强数字政府建设的有关部署要求"), "固原市", "city's deployment referred to generally, no title or 文号 claimed")
m("deadline-later-than-baseline", ln("到2024年底，全县电子政务外网"), "2024年底", "外网 县乡村全覆盖 = task 48 (2024年); “我的宁夏” 应上尽上 = task 86 (2024年); equal")
m("deadline-later-than-baseline", ln("到2035年"), "2035年", "equal to the region's 到2035年 goal")
m("unknown-unit", ln("积极配合自治区供销社"), "自治区供销社", "regional body (task 11 lead) named as the partner the county supports; the county task (row 4) is led by 县供销社")
m("unknown-unit", row(1), "县工信商务局", "official short name of 县工业信息化和商务局 (units.txt); 县发改局, 县科技局 likewise")
m("unknown-unit", row(5), "县委网信办", "official short name (units.txt); 县直各部门（单位） is a collective")
m("unknown-unit", row(3), "各乡镇人民政府", "collective subject; 县直有关部门 likewise")
m("unknown-unit", row(11), "承担监管职责的县直有关部门", "collective subject; 县市场监管局 is the short name of 县市场监督管理局")
m("unknown-unit", row(14), "县审批局", "short name of 县审批服务管理局 (units.txt)")
m("unknown-unit", row(17), "县林草局", "short name of 县林业和草原局 (units.txt)")
m("unknown-unit", row(4), "县供销社", "short name of 县供销合作社 (units.txt)")
m("unknown-unit", ln("报送县数字政府建设领导小组办公室"), "县数字政府建设领导小组办公室", "in units.txt")
m("unknown-unit", ln("县委督查室、县政府督查室"), "县委督查室", "in units.txt, as is 县政府督查室")
m("unknown-unit", 3, "彭阳县人民政府办公室", "listed alias of 县人民政府办公室")
m("deadline-later-than-baseline", row(1), "持续推进，2025年取得明显成效", "task 3: 持续推进，2025 年取得明显成效 — equal")
m("deadline-later-than-baseline", row(2), "持续推进，2025年取得明显成效", "task 8: 持续推进，2025年取得明显成效 — equal")
m("deadline-later-than-baseline", row(3), "持续推进，2025年取得明显成效", "task 10: 持续推进，2025年取得明显成效 — equal")
m("deadline-later-than-baseline", row(4), "2025年取得明显成效", "task 11: 2023年完成主要建设任务，2025年取得明显成效 — completing milestone equal")
m("deadline-invalid", row(5), "2023年形成机制，长期坚持", "copied regional deadline of task 18 (2023年形成机制，长期坚持), before the plan's year but not an error")
m("deadline-later-than-baseline", row(6), "2024年12月底前", "tasks 41/42: 2024年 — equal (the unit in this row is the planted error)")
m("deadline-later-than-baseline", row(7), "2024年12月底前", "tasks 47/48: 2024年 — equal")
m("deadline-later-than-baseline", row(8), "2024年12月底前", "task 49: 2025 年 — earlier")
m("deadline-later-than-baseline", row(9), "2025年", "task 56: 2025年 — equal")
m("deadline-later-than-baseline", row(10), "2025年", "task 64: 2025年 — equal")
m("deadline-later-than-baseline", row(11), "2024年12月底前", "task 74: 2024年 — equal")
m("deadline-later-than-baseline", row(12), "2024年", "task 79: 2024年 — equal")
m("deadline-later-than-baseline", row(13), "2025年12月底前", "task 83: 2025年 — equal")
m("deadline-later-than-baseline", row(16), "2025年", "task 96: 2025年 — equal")
m("deadline-later-than-baseline", row(17), "2024年", "task 98: 2024年 — equal")
m("deadline-later-than-baseline", row(18), "2025年", "task 106: 2025年 — equal")
m("deadline-later-than-baseline", row(19), "2025年", "task 107: 2025年 — equal")
m("deadline-later-than-baseline", row(20), "2024年", "tasks 112/114: 2024年 — equal")
m("deadline-later-than-baseline", row(21), "长期坚持", "task 116: 2023年完成并长期坚持 — ongoing only, no later milestone")
m("deadline-later-than-baseline", ln("2024年5月至12月为集中攻坚阶段"), "2024年5月至12月", "the plan's own phases; the year-end items named (外网全覆盖, 我的宁夏) are 2024 tasks 48/86 — equal")
m("deadline-invalid", ln("每年12月10日前"), "每年12月10日前", "the office's own reporting date, not a task deadline")
m("deadline-later-than-baseline", ln("答：一是办事更便捷。到2024年底"), "2024年底", "掌上办/就近办 task 84, 涉企一网通办 task 89 — both 2024年, equal")
m("deadline-later-than-baseline", ln("三是基层负担更轻。到2025年"), "2025年", "task 106: 填表报数 压减50%以上, 2025年 — equal")

covers = [
 (3, ln("智慧园区”建设，提升园区")), (6, ln("二是引领数字社会建设")), (7, ln("二是引领数字社会建设")),
 (8, row(2)), (10, row(3)), (11, row(4)), (12, ln("三是营造良好数字生态")),
 (14, ln("一是强化安全保障")), (15, ln("一是强化安全保障")), (18, row(5)),
 (21, ln("二是完善制度规则")), (24, ln("二是完善制度规则")), (28, ln("二是完善制度规则")),
 (30, ln("三是加强数据资源管理")), (32, ln("三是加强数据资源管理")), (36, ln("三是加强数据资源管理")),
 (41, row(6)), (46, ln("四是提升平台支撑能力")), (47, row(7)), (48, row(7)), (49, row(8)), (50, ln("四是提升平台支撑能力")),
 (54, ln("推广应用全区统一的身份认证")), (56, row(9)), (64, row(10)),
 (66, ln("一是经济调节能力")), (68, ln("二是市场监管能力")), (71, ln("二是市场监管能力")), (74, row(11)),
 (77, ln("三是社会管理能力")), (79, row(12)), (80, ln("三是社会管理能力")), (83, row(13)),
 (84, ln("四是公共服务能力")), (85, ln("四是公共服务能力")), (86, row(14)), (93, row(15)),
 (95, ln("五是生态环境保护能力")), (96, row(16)), (98, row(17)),
 (104, ln("六是政务运行能力")), (105, ln("六是政务运行能力")), (106, row(18)), (107, row(19)),
 (112, row(20)), (114, row(20)), (115, ln("七是政务公开能力")),
 (116, row(21)), (118, ln("三是提升数字素养")), (122, ln("四是强化考核评价")), (123, ln("四是强化考核评价")), (124, ln("四是强化考核评价")),
]
key = {
 "writer": "blind writer, round 311; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("政策解读 (Q&A explainer) of a county plan, 彭阳县 (固原市, 宁夏), published 2024-05-13. 彭阳 is under 固原市, whose plan is not in the seeds, "
           "so no parent plan is given; the draft refers to 固原's deployment without a title. The table at lines 50-71 is tab-separated (序号/重点任务/责任单位/完成时限); "
           "row N is line 50+N. The 党的领导 pillar items (组织领导, 财政投入, 数字素养, 考核评价) are under 六、保障措施; the 五个一/六级贯通 work system is 四(三). "
           "Line 78's 加大财政投入 heading is intact; only the following run is mojibake. No task is deliberately left out.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(key["covers"]))
for e in expect: print(e["rule"], e["line"], e["text"], e["text"] in lines[e["line"]-1])
bad = [x for x in M if x["text"] and x["text"] not in lines[x["line"]-1]]
print("mnf text mismatches:", bad)
