# Builds key.json and checks every line/text against draft.txt (1-based).
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(n, text=None):
    if text is not None:
        assert text in L[n-1], (n, text, L[n-1][:60])
    return n
M = "merged cell: the empty 完成时限 cell continues the cell above"
expect = [
 {"rule":"basis-mismatch","line":ln(9,"宁政办发〔2023〕17号"),"text":"宁政办发〔2023〕17号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (wrong 文号 for the title)"},
 {"rule":"garbled-text","line":ln(35,"鏀垮姟鏁版嵁鍏变韩浜ゆ崲"),"text":"鏀垮姟鏁版嵁",
  "why":"UTF-8 bytes of 政务数据共享交换 read as GBK (鏀垮姟鏁版嵁鍏变韩浜ゆ崲)"},
 {"rule":"unknown-unit","line":ln(79,"县大数据管理服务局"),"text":"县大数据管理服务局",
  "why":"not in units.txt; 泾源县 has no such bureau (the name follows the city pattern 市大数据管理服务局); data work is led by 县政府办公室"},
 {"rule":"deadline-later-than-baseline","line":ln(84,"开展县级城域网升级改造"),"text":"2025年",
  "why":"row 19's 完成时限 cell is empty, merged down from row 18 (line 83) '2025年', so the 城域网/外网县乡村全覆盖 task is due 2025; regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年. The body goal on line 13 itself says 到2024年底. Row 18's own 2025年 is fine (task 49, 2025年)"},
 {"rule":"deadline-invalid","line":ln(99,"20224年"),"text":"20224年",
  "why":"impossible year, typo for 2024年 (regional task 86, 我的宁夏 APP 应上尽上, 完成时限 2024年)"},
 {"rule":"task-uncovered","line":0,"task":93,
  "why":"deliberately left out: 适老化与信息无障碍建设 (自治区各部门及各市、县（区）按照职能分别负责, 2024年) appears nowhere in body or table"},
]
mnf = [
 {"rule":"basis-mismatch","line":ln(9,"国发〔2022〕14号"),"text":"国发〔2022〕14号","why":"correct title and 文号 of the national 指导意见"},
 {"rule":"basis-mismatch","line":ln(9,"宁政办发〔2023〕11号"),"text":"宁政办发〔2023〕11号","why":"《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan; a different document from the 实施意见"},
 {"rule":"basis-mismatch","line":ln(12,"宁政办发〔2020〕14号"),"text":"宁政办发〔2020〕14号","why":"retrospective mention in 工作基础 (自…印发以来), correct title and 文号; not cited as a basis"},
 {"rule":"basis-mismatch","line":ln(2,"泾政办发〔2024〕16号"),"text":"泾政办发〔2024〕16号","why":"the notice's own 文号"},
 {"rule":"deadline-invalid","line":ln(12,"2023年，全县"),"text":"2023年","why":"past date in background (工作基础), not a deadline"},
 {"rule":"deadline-invalid","line":ln(6,"2024年3月18日"),"text":"2024年3月18日","why":"issue date of the notice"},
 {"rule":"deadline-later-than-baseline","line":ln(13,"到2024年底"),"text":"到2024年底","why":"goals equal to the regional task deadlines: task 23 一本账 2024年, task 48 外网5级全覆盖 2024年, task 84 网上办掌上办 2024年, tasks 104/105 协同办公/宁政通 2024年; none is a regional 2023 goal"},
 {"rule":"deadline-later-than-baseline","line":ln(14,"到2025年"),"text":"到2025年","why":"equal to the regional goal 到2025年 “34567”体系框架全面成型"},
 {"rule":"deadline-later-than-baseline","line":ln(60,"2024年12月20日前"),"text":"2024年12月20日前","why":"the office's own reporting dates (每季度末月25日前, 年度总结), not task deadlines"},
 {"rule":"deadline-later-than-baseline","line":ln(66,"持续推进，2025年取得明显成效"),"text":"持续推进，2025年取得明显成效","why":"task 3 智慧园区 持续推进，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(67,"2024年"),"text":"2024年","why":"task 2 产业云/产业数字化 2023年启动，2024年取得明显成效: equal (牵头 cell empty, merged from row 1)"},
 {"rule":"deadline-later-than-baseline","line":ln(69,"智慧教育平台"),"why":M+" (row 3, line 68: 持续推进，2025年取得明显成效); task 7 2023年形成试点经验，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(70,"互联网+医疗健康"),"why":M+" (line 68, 2025年); task 8 持续推进，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(71,"数字乡村"),"why":M+" (line 68, 2025年); task 10 持续推进，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(72,"数字供销"),"text":"2025年","why":"task 11 2023年完成主要建设任务，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(73,"数据要素市场"),"why":M+" across the 类别 change (line 72, 2025年); task 12 数据要素市场 2025年: equal"},
 {"rule":"deadline-invalid","line":ln(74,"2023年形成机制，长期坚持"),"text":"2023年形成机制，长期坚持","why":"copied verbatim from task 18 (2023年形成机制，长期坚持); a copied regional deadline before the plan year, equal to the region"},
 {"rule":"deadline-invalid","line":ln(75,"分类分级保护"),"why":M+" (line 74, 2023年形成机制，长期坚持); task 17 完成时限 2023年: equal, copied regional year"},
 {"rule":"deadline-later-than-baseline","line":ln(77,"一本账"),"why":M+" (line 76, 2024年); task 23 一本账 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(78,"试点示范"),"text":"2025年","why":"task 28 2023年启动，2025年取得明显成效: equal (牵头 cell empty, merged: 县政府办公室)"},
 {"rule":"deadline-later-than-baseline","line":ln(80,"公共数据与政务数据融合"),"why":M+" (line 79, 2024年); task 42 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(83,"视频一张网"),"text":"2025年","why":"row 18's own deadline: task 49 视频一张网 2025年: equal. The late reading belongs to row 19 (line 84), which inherits it"},
 {"rule":"deadline-later-than-baseline","line":ln(85,"非涉密业务专网"),"text":"2024年","why":"task 50 2024年: equal; the merged 2025年 cell ends at row 19"},
 {"rule":"deadline-later-than-baseline","line":ln(86,"电子印章"),"why":M+" (line 85, 2024年); tasks 53 电子印章 and 55 公共支付 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(88,"组织机构"),"text":"2024年","why":"earlier than task 64 (各地各部门成立相应组织机构) 2025年"},
 {"rule":"deadline-later-than-baseline","line":ln(92,"追溯监管"),"why":M+" (line 91, 2024年); task 71 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(93,"新型监管手段"),"why":M+" (line 91, 2024年); task 74 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(96,"智慧应急"),"why":M+" (line 94, 2024年); task 80 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(99,"20224年"),"text":"20224年","why":"an impossible year (deadline-invalid, in expect), not a late deadline"},
 {"rule":"deadline-later-than-baseline","line":ln(105,"填表报数"),"why":M+" (line 104, 2024年); earlier than task 106 填表报数 2025年"},
 {"rule":"deadline-later-than-baseline","line":ln(106,"公共资源交易"),"why":M+" (line 104, 2024年); task 108 长期推进，2024年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(110,"12345"),"why":M+" (line 108, 2024年); task 115 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":ln(111,"长期坚持"),"text":"长期坚持","why":"task 116 2023年完成并长期坚持: ongoing, no later milestone"},
 {"rule":"deadline-later-than-baseline","line":ln(112,"培训"),"why":M+" (line 111, 长期坚持); task 118 2023年完成并长期坚持"},
 {"rule":"unknown-unit","line":ln(30,"县发改局"),"text":"县发改局","why":"alias of 县发展和改革局 in units.txt; second-listed lead"},
 {"rule":"unknown-unit","line":ln(47,"县发展改革局"),"text":"县发展改革局","why":"alias of 县发展和改革局 in units.txt"},
 {"rule":"unknown-unit","line":ln(100,"县工信商务局"),"text":"县工信商务局","why":"alias of 县工业信息化和商务局 in units.txt"},
 {"rule":"unknown-unit","line":ln(92,"县卫健局"),"text":"县卫健局","why":"alias of 县卫生健康局 in units.txt"},
 {"rule":"unknown-unit","line":ln(79,"县人社局"),"text":"县人社局","why":"alias of 县人力资源和社会保障局 in units.txt"},
 {"rule":"unknown-unit","line":ln(101,"县生态环境分局"),"text":"县生态环境分局","why":"alias of 固原市生态环境局泾源分局 in units.txt (vertically managed branch)"},
 {"rule":"unknown-unit","line":ln(103,"县林草局"),"text":"县林草局","why":"alias of 县林业和草原局 in units.txt"},
 {"rule":"unknown-unit","line":ln(72,"县供销社"),"text":"县供销社","why":"alias of 县供销合作社联合社 in units.txt"},
 {"rule":"unknown-unit","line":ln(24,"县委保密办"),"text":"县委保密办","why":"in units.txt"},
 {"rule":"unknown-unit","line":ln(94,"县人民法院"),"text":"县人民法院","why":"in units.txt (with 县人民检察院); outside the government proper"},
 {"rule":"unknown-unit","line":ln(93,"承担监管职责的县直有关部门"),"text":"承担监管职责的县直有关部门","why":"collective subject (county form of 承担监管职责的自治区有关部门（单位）)"},
 {"rule":"unknown-unit","line":ln(97,"各村（社区）"),"text":"各村（社区）","why":"collective subject"},
 {"rule":"unknown-unit","line":ln(78,"县直有关部门"),"text":"县直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":ln(82,"县直各部门（单位）"),"text":"县直各部门（单位）","why":"collective subject (also 各乡镇人民政府 throughout)"},
 {"rule":"unknown-unit","line":ln(115,"县数字政府建设领导小组办公室"),"text":"县数字政府建设领导小组办公室","why":"in units.txt; set up in 县政府办公室 (line 43)"},
 {"rule":"unknown-unit","line":ln(59,"宁夏干部教育培训网络学院"),"text":"宁夏干部教育培训网络学院","why":"a training platform named in running text, not a responsible unit"},
 {"rule":"unknown-unit","line":ln(67,"围绕肉牛"),"why":"empty 牵头单位 cell merged from row 1 (县工业信息化和商务局); nothing to flag, and the 完成时限 2024年 is not a unit"},
 {"rule":"unknown-unit","line":ln(85,"非涉密业务专网"),"why":"empty 牵头单位 cell merged from row 19 (县政府办公室); the 配合 cell 县直有关部门 is a collective"},
 {"rule":"unknown-unit","line":ln(99,"我的宁夏"),"why":"empty 牵头单位 cell merged from row 33 (县审批服务管理局)"},
 {"rule":"missing-pillar","line":0,"pillar":"五个一和六级贯通","why":"taken up as 一套体系 (lines 42-45: 健全组织机构, 厘清层级职责 六级贯通, 工作机制) and table rows 23-24 (lines 88-89)"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"lines 20-21 and table row 8 (line 73)"},
]
C = [(3,66),(2,67),(6,68),(7,69),(8,70),(10,71),(11,72),(12,73),(18,74),(17,75),(21,76),(23,77),(28,78),
     (33,79),(34,79),(42,80),(40,81),(43,82),(49,83),(48,84),(50,85),(53,86),(55,86),(56,87),(64,88),(66,90),
     (70,91),(71,92),(74,93),(77,94),(79,95),(80,96),(83,97),(84,98),(86,99),(89,100),(94,101),(96,102),
     (98,103),(104,104),(105,104),(106,105),(108,106),(111,107),(112,108),(114,109),(115,110),(116,111),
     (118,112),(122,113),(124,113),(14,24),(15,24),(5,17),(68,48),(88,52),(102,53)]
covers = [{"task":t,"line":l} for t,l in C]
for t,l in C: assert L[l-1].strip(), (t,l)
key = {
 "writer":"blind writer, round 661; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":covers,
 "notes":"泾源县 (固原市) 2024 实施方案, no parent plan. The 附件 task table (lines 65-113: 序号, 类别, 重点任务, 牵头单位, 配合单位, 完成时限) was copied out of Word with merged cells: an empty 类别, 牵头单位 or 完成时限 cell (two tabs side by side) continues the cell above it, including once across a 类别 change (line 73 inherits 2025年 from line 72). 配合单位 is never merged. The one late deadline is inherited: row 19 (line 84) has an empty 完成时限 cell under row 18's 2025年 (line 83); it is keyed on line 84, the row of the task that is late, with the text as written in the merged cell. Body paragraphs carry no deadlines except the 主要目标 (lines 13-14) and the office's reporting dates (line 60)."
}
for e in expect+mnf:
    if e.get("text") and e["line"] and "merged down" not in e["why"]:
        assert e["text"] in L[e["line"]-1], e
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
