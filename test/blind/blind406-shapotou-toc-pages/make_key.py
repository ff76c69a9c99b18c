#!/usr/bin/env python3
# Writes key.json and checks every line/text against draft.txt (1-based).
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def line_of(text, after=0):
    for i, l in enumerate(L, start=1):
        if i > after and text in l:
            return i
    raise SystemExit("not found: " + text)

HDR_EVEN = [i for i, l in enumerate(L, 1) if l == "沙坡头区人民政府办公室文件"]
HDR_ODD = [i for i, l in enumerate(L, 1) if l == "沙坡头区数字政府建设实施方案"]
FOOT = [i for i, l in enumerate(L, 1) if l.startswith("— ") and l.endswith(" —")]

expect = [
 {"rule": "basis-mismatch", "line": 42, "text": "宁政发〔2022〕17号",
  "why": "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 2022 is a wrong 文号 for that title"},
 {"rule": "deadline-later-than-baseline", "line": 109, "text": "2025年底前",
  "why": "task 48 (城域网升级改造，推进区市县乡村5级全覆盖) is due 2024年 in the regional list; the district puts its 3-level coverage at 2025年底前 (and its own 主要目标 on line 51 says 到2024年底)"},
 {"rule": "deadline-later-than-baseline", "line": 152, "text": "2025年",
  "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) is due 2024年; the paragraph starts on line 149 and is broken by the page break, its note with the deadline is on line 152"},
 {"rule": "deadline-invalid", "line": 117, "text": "20244年",
  "why": "impossible year (doubled digit, meant 2024年); task 57 is due 2024年"},
 {"rule": "unknown-unit", "line": 108, "text": "自治区政府办公厅",
  "why": "a regional body named as 牵头单位 of a district task (copied from task 47's 责任单位); a district plan cannot assign the lead to 自治区政府办公厅"},
 {"rule": "unknown-unit", "line": 182, "text": "区大数据局",
  "why": "not in units.txt: the district body is 区大数据服务中心 (short name 区大数据中心); 区大数据局 does not exist"},
 {"rule": "garbled-text", "line": 101, "text": "鏁版嵁灞炲湴",
  "why": "UTF-8 read as GBK: 鏁版嵁灞炲湴杩旇繕鏈哄埗 = 数据属地返还机制"},
]

mnf = [
 {"rule": "unknown-unit", "line": 31, "text": "沙坡头区人民政府办公室文件", "why": "红头 (document header) of the notice, not a responsible unit"},
 {"rule": "unknown-unit", "line": 36, "text": "沙坡头区人民政府办公室", "why": "the issuing office's signature; listed in units.txt as a name of 区人民政府办公室"},
 {"rule": "basis-mismatch", "line": 32, "text": "卫沙政办发〔2024〕19号", "why": "the notice's own 文号, not a basis citation"},
 {"rule": "basis-mismatch", "line": 33, "text": "《沙坡头区数字政府建设实施方案》", "why": "the plan's own title in the notice, not a basis document"},
 {"rule": "deadline-invalid", "line": 37, "text": "2024年4月8日", "why": "issue date of the notice, not a deadline"},
 {"rule": "basis-mismatch", "line": 42, "text": "国发〔2022〕14号", "why": "correct 文号 of 《国务院关于加强数字政府建设的指导意见》"},
 {"rule": "basis-mismatch", "line": 42, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 is cited with the same 文号 in the 吴忠 plan; a correct additional basis"},
 {"rule": "basis-mismatch", "line": 43, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background, correct title and 文号, not cited as basis"},
 {"rule": "deadline-invalid", "line": 43, "text": "2023年底", "why": "past date in the background (截至2023年底 …), not a deadline"},
 {"rule": "deadline-later-than-baseline", "line": 51, "text": "2024年底", "why": "主要目标 for 2024: 3-level 电子政务外网 coverage (task 48, 2024年) and 我的宁夏 专区 (task 86, 2024年): equal; the region's 主要目标 has no 2024 goal"},
 {"rule": "deadline-later-than-baseline", "line": 52, "text": "到2025年", "why": "equal to the region's 主要目标 到2025年 (体系框架全面成型)"},
 {"rule": "deadline-later-than-baseline", "line": 53, "text": "到2035年", "why": "equal to the region's 到2035年 goal"},
 {"rule": "deadline-later-than-baseline", "line": 60, "text": "持续推进，2025年取得明显成效", "why": "task 1 (持续推进，2025 年取得明显成效): equal; this is the continuation of the paragraph that starts on line 57, broken by the page break"},
 {"rule": "deadline-later-than-baseline", "line": 61, "text": "2024年取得明显成效", "why": "task 2 (2023 年启动，2024 年取得明显成效): equal"},
 {"rule": "unknown-unit", "line": 62, "text": "区工信商务局", "why": "short name of 区工业信息化和商务局 in units.txt"},
 {"rule": "unknown-unit", "line": 62, "text": "中卫工业园区", "why": "a place named in the prose (配合中卫工业园区推进智慧园区建设), not a responsible unit"},
 {"rule": "unknown-unit", "line": 67, "text": "区直有关部门（单位）", "why": "collective subject"},
 {"rule": "unknown-unit", "line": 69, "text": "中卫市", "why": "the city named in the prose (配合中卫市推进…), not a responsible unit"},
 {"rule": "deadline-later-than-baseline", "line": 73, "text": "持续推进，2025年取得明显成效", "why": "tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): equal; continuation of the paragraph begun on line 70 after the page break"},
 {"rule": "unknown-unit", "line": 76, "text": "区发改局", "why": "short name of 区发展和改革局 in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": 76, "text": "2024年", "why": "task 13 is due 2024年: equal"},
 {"rule": "unknown-unit", "line": 77, "text": "自治区党委网信办", "why": "a regional body mentioned in prose (按照自治区党委网信办统一部署), the lead is 区委网信办"},
 {"rule": "unknown-unit", "line": 85, "text": "区公安分局", "why": "short name of 中卫市公安局沙坡头区分局 in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": 86, "text": "2024年", "why": "task 19 (2023年启动，2024年建成): equal"},
 {"rule": "unknown-unit", "line": 91, "text": "水务局", "why": "the 区 prefix distributes over the list 区市场监管局、水务局、住房和城乡建设局: 区水务局 is in units.txt"},
 {"rule": "unknown-unit", "line": 91, "text": "住房和城乡建设局", "why": "区 prefix distributes: 区住房和城乡建设局 is in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": 92, "text": "2024年6月底前", "why": "task 23 is due 2024年: earlier"},
 {"rule": "deadline-later-than-baseline", "line": 97, "text": "2025年取得明显成效", "why": "task 28 (2023年启动，2025年取得明显成效): equal; continuation of the paragraph begun on line 94"},
 {"rule": "deadline-later-than-baseline", "line": 107, "text": "2024年底前", "why": "tasks 43 (2024 年建成，持续推进), 45 and 46 (2024 年): 2024年底前 is the same year, equal"},
 {"rule": "deadline-later-than-baseline", "line": 108, "text": "2024年", "why": "task 47 is due 2024年: equal (only the lead unit on this line is wrong)"},
 {"rule": "deadline-later-than-baseline", "line": 123, "text": "2024年6月底前", "why": "task 64 (各地参照自治区做法成立相应组织机构) is due 2025年: earlier"},
 {"rule": "unknown-unit", "line": 134, "text": "承担监管职责的区直有关部门", "why": "collective subject, the local form of 承担监管职责的自治区有关部门（单位）"},
 {"rule": "unknown-unit", "line": 141, "text": "各村（社区）", "why": "collective subject"},
 {"rule": "deadline-later-than-baseline", "line": 146, "text": "2024年", "why": "task 86 is due 2024年 (equal); task 87 is 2023年启动，2025年完成 (earlier)"},
 {"rule": "deadline-later-than-baseline", "line": 148, "text": "2024年", "why": "task 90 is due 2024年 (equal); task 92 (多卡合一) is due 2025年 (earlier)"},
 {"rule": "deadline-later-than-baseline", "line": 155, "text": "2024年", "why": "task 98 is due 2024年 (equal); task 96 (互联网+城乡供水) is due 2025年 (earlier)"},
 {"rule": "deadline-later-than-baseline", "line": 162, "text": "2024年", "why": "tasks 104 and 105 are due 2024年 (equal), task 106 2025年 (earlier); continuation of the paragraph begun on line 159"},
 {"rule": "deadline-later-than-baseline", "line": 164, "text": "长期推进，2024年取得明显成效", "why": "task 108 has the same 完成时限"},
 {"rule": "unknown-unit", "line": 178, "text": "区委党校", "why": "in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": 182, "text": "25日前", "why": "the office's own quarterly reporting date, not a task deadline"},
 {"rule": "deadline-invalid", "line": 182, "text": "12月10日前", "why": "the office's own annual reporting date, not a task deadline"},
 {"rule": "garbled-text", "line": 3, "text": "……………………", "why": "leader dots of the 目录, not damaged text"},
 {"rule": "deadline-invalid", "line": 14, "text": "……………………10", "why": "a page number in the 目录, not a date"},
]
for i in HDR_EVEN[1:]:
    mnf.append({"rule": "unknown-unit", "line": i, "text": "沙坡头区人民政府办公室文件", "why": "running header of the printed page, not a unit"})
for i in HDR_ODD[2:]:
    mnf.append({"rule": "basis-mismatch", "line": i, "text": "沙坡头区数字政府建设实施方案", "why": "running header (the plan's own short title), not a citation of a basis document"})
for i in FOOT:
    mnf.append({"rule": "deadline-invalid", "line": i, "text": L[i-1], "why": "page number at the foot of a printed page, not a date or a numbered item"})

covers = []
for t, txt in [
 (1, "创新大数据、云计算等产业的数字化治理"), (2, "推进产业数字化"), (3, "智慧园区"), (5, "完善数字经济治理"),
 (6, "推动数字化服务普惠应用"), (7, "国家智慧教育平台整省试点"), (8, "国家智能社会治理实验基地"), (9, "加快智慧城市建设"),
 (10, "推进数字乡村建设"), (11, "“数字供销”国家级示范区"), (12, "培育数据要素市场"), (13, "营造规范有序的政策环境"),
 (14, "强化安全管理责任"), (15, "建立数字政府安全评估"), (17, "落实安全制度要求"), (18, "提升安全防护能力"),
 (19, "提高自主可控水平"), (20, "全面梳理区直各部门数字化发展相关职责"), (21, "行政权力事项网上运行"), (22, "强化审管协同"),
 (23, "创新数字政府建设管理机制"), (26, "完善法规制度"), (28, "开展试点示范"), (32, "完善数据管理机制"),
 (33, "推进数据汇聚治理"), (34, "推进数据汇聚治理"), (36, "深化数据高效共享"), (40, "强化电子公文管理"),
 (41, "编制我区公共数据开放目录"), (42, "推进供水、供电、供气"), (43, "强化政务云平台支撑能力"), (47, "提升网络平台支撑能力"),
 (48, "开展城域网升级改造"), (49, "视频一张网"), (50, "非涉密业务专网"), (52, "加强共性应用支撑能力"),
 (53, "电子印章系统"), (56, "非税收入收缴电子化"), (57, "宁夏信用信息公共服务平台"), (64, "健全工作体制机制"),
 (66, "宁夏经济运行大数据平台"), (70, "企业信用风险分类管理"), (71, "数字化追溯监管"), (73, "消费维权"),
 (74, "新型监管手段"), (77, "提升矛盾化解能力"), (79, "雪亮工程"), (80, "提升公共安全保障能力"),
 (83, "提高基层社会治理能力"), (84, "打造泛在可及的服务体系"), (86, "沙坡头专区，推动"), (87, "12345政务服务便民热线“一呼即应”"),
 (88, "证照分离"), (89, "企业专属网页"), (90, "公共场馆数字化转型"), (92, "多卡合一"), (93, "适老化与信息无障碍"),
 (94, "生态环境数据资源中心"), (96, "互联网+城乡供水"), (98, "智慧林草"), (100, "山林权市场交易"), (102, "推动绿色低碳转型"),
 (103, "提升辅助决策能力"), (104, "协同办公平台"), (105, "宁政通"), (106, "填表报数系统"), (107, "视频会议系统资源"),
 (108, "提升行政监督水平"), (111, "机关事务管理信息系统"), (112, "政务公开平台"), (113, "政策文件库"), (114, "政务新媒体矩阵"),
 (115, "畅通政民互动渠道"), (116, "一把手工程"), (25, "建立多渠道投入的资金保障机制"), (24, "项目建设管理会商机制"),
 (118, "干部培训的重要内容"), (117, "数字化专业人才引进"), (122, "纳入区效能目标管理考核"), (123, "综合考核评价的重要参考"),
 (124, "建立容错和奖惩机制")]:
    covers.append({"task": t, "line": line_of(txt, after=40)})

# verify expect / mnf texts
for e in expect + mnf:
    assert e["text"] in L[e["line"] - 1], (e, L[e["line"] - 1][:60])

key = {
 "writer": "blind writer, round 406; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": sorted(covers, key=lambda c: c["task"]),
 "notes": ("沙坡头区 (中卫市) plan of 2024-04-08, issued by 沙坡头区人民政府办公室 (卫沙政办发〔2024〕19号); basis is the region's 实施意见 only, no parent plan. "
           "A Word file saved as plain text: lines 1-30 are the 目录 (every 一、 and （一） heading with leader dots and page numbers); "
           "the body carries page furniture: '— n —' at each page foot and a running header on pages 2-19 "
           "(沙坡头区人民政府办公室文件 on even pages, the short title 沙坡头区数字政府建设实施方案 on odd pages; line 31 is the real 红头 and line 41 the real plan title). "
           "Six paragraphs are broken in two by a page break (57/60, 70/73, 94/97, 149/152, 159/162, and the 指导思想 46/49); the second half continues the same sub-item. "
           "Responsibility notes are inline: （牵头单位：…；配合单位：…；完成时限：…）. Tasks whose regional deadline is 2023 are taken up without a 完成时限. "
           "All seven planted mistakes are in the body; nothing in the 目录 or the furniture is a mistake. Pagination is produced by make_draft.py (22 lines x 28 characters)."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers")
