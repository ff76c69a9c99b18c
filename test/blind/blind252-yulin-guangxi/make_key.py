# -*- coding: utf-8 -*-
# helper: writes key.json and checks every line/text against draft.txt
import json, datetime
L = open("draft.txt", encoding="utf-8").read().split("\n")
R = lambda n: 79 + n   # table row n sits on line 79+n

expect = [
 {"rule":"basis-mismatch","line":7,"text":"桂政发〔2022〕13号","why":"the 广西 实施意见《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; digits transposed in the preamble (the correct number appears on line 76)"},
 {"rule":"deadline-later-than-baseline","line":18,"text":"到2026年","why":"主要目标: the region (seed line 35) sets 到2025年 for 数字政府体系框架基本形成 and 一体化政务服务和一体化在线监管模式广泛普及; the draft puts the same goal at 2026"},
 {"rule":"deadline-later-than-baseline","line":R(11),"text":"2026年6月底前","why":"row 11, 12345热线 = regional task 8 (seed line 63, 持续优化12345政务服务便民热线平台), 完成时限 2025年底; 2026年6月 is later (the body, line 32, still says 2025年底前)"},
 {"rule":"deadline-invalid","line":R(16),"text":"13月","why":"row 16 (智慧工地, regional task 13, 完成时限 持续开展) has 2024年13月底前: no 13th month"},
 {"rule":"unknown-unit","line":R(9),"text":"市政务办","why":"old name of the former 政务服务监督管理办公室, not in units.txt (its work now sits with 市行政审批局 / 市大数据发展局)"},
 {"rule":"unknown-unit","line":R(41),"text":"自治区大数据发展局","why":"a regional body named as 牵头单位 of a city task (row 41, regional task 38 智能算法库/模型库); copied from the region's 责任单位"},
 {"rule":"garbled-text","line":67,"text":"鎸佺画瀹屽杽缁熶竴","why":"UTF-8 read as GBK: 鎸佺画瀹屽杽缁熶竴鐢靛瓙璇佺収鍏变韩鏈嶅姟浣撶郴 = 持续完善统一电子证照共享服务体系"},
]

mnf = [
 {"rule":"basis-mismatch","line":7,"text":"国发〔2022〕14号","why":"correct 文号 and title of the national 指导意见"},
 {"rule":"basis-mismatch","line":10,"text":"国发〔2016〕55号","why":"retrospective background mention of a real older document; its true title is 《国务院关于加快推进“互联网+政务服务”工作的指导意见》, so 加快推进 is right here; not a basis of this plan"},
 {"rule":"basis-mismatch","line":76,"text":"桂政发〔2022〕31号","why":"correct 文号 of the 广西 实施意见, cited bare in the reporting clause"},
 {"rule":"basis-mismatch","line":2,"text":"《玉林市加强数字政府建设实施方案》","why":"the plan's own title in the 印发 notice, not a cited basis"},
 {"rule":"deadline-invalid","line":10,"text":"2022年底","why":"past date in background (截至2022年底 achievement), not a deadline"},
 {"rule":"deadline-invalid","line":10,"text":"2022年11月","why":"retrospective mention of when the region issued its 实施意见"},
 {"rule":"deadline-invalid","line":4,"text":"2023年4月18日","why":"the plan's own signing date"},
 {"rule":"deadline-later-than-baseline","line":17,"text":"到2023年底","why":"local intermediate goal, earlier than the region's 到2025年"},
 {"rule":"deadline-later-than-baseline","line":19,"text":"到2035年","why":"equal to the region's 到2035年 goal (seed line 37)"},
 {"rule":"deadline-later-than-baseline","line":25,"text":"2025年底前","why":"一体化在线监管 = regional task 3 (seed line 49), 完成时限 2025年底: equal"},
 {"rule":"deadline-later-than-baseline","line":32,"text":"2025年底前","why":"12345热线归并 = regional task 8 (seed line 63), 完成时限 2025年底: equal"},
 {"rule":"deadline-later-than-baseline","line":R(3),"text":"2025年底前","why":"row 3 = regional task 3 (seed line 49), 完成时限 2025年底: equal"},
 {"rule":"deadline-later-than-baseline","line":R(12),"text":"2025年底前","why":"row 12 智桂通 = regional task 9 (seed line 65), 完成时限 2025年底: equal"},
 {"rule":"deadline-later-than-baseline","line":R(25),"text":"2024年6月底前","why":"row 25 政务公开 = regional task 22 (seed line 97), 完成时限 2025年底: earlier"},
 {"rule":"deadline-later-than-baseline","line":R(9),"text":"2024年6月底前","why":"row 9 = regional task 7 (seed line 61), 完成时限 持续开展: the region sets no completion date, a definite local date is not later"},
 {"rule":"deadline-later-than-baseline","line":R(39),"text":"2025年底前","why":"row 39 政务云 = regional task 36 (seed line 161), 完成时限 持续开展: no regional completion milestone to exceed"},
 {"rule":"deadline-later-than-baseline","line":R(1),"text":"持续开展","why":"row 1 = regional task 1 (seed line 43), 完成时限 持续开展: copied"},
 {"rule":"deadline-later-than-baseline","line":R(5),"text":"2023年起持续开展","why":"row 5 = regional task 4 (seed line 53), 完成时限 持续开展"},
 {"rule":"deadline-later-than-baseline","line":R(21),"text":"长期坚持","why":"row 21 碳排放监测 = regional task 18 (seed line 85), 完成时限 持续开展; both ongoing"},
 {"rule":"deadline-later-than-baseline","line":R(26),"text":"长期坚持","why":"row 26 = regional task 23 (seed line 103), 完成时限 持续开展; both ongoing"},
 {"rule":"deadline-later-than-baseline","line":76,"text":"每年6月底、12月底前","why":"the office's own progress-reporting dates, not task deadlines"},
 {"rule":"deadline-later-than-baseline","line":61,"text":"2023年底前","why":"数据资源普查 under regional task 33 (seed line 147), 完成时限 持续开展; a 2023 milestone is not later"},
 {"rule":"unknown-unit","line":R(12),"text":"自治区大数据发展局","why":"regional body named as a cooperating (配合) unit, not the lead; it is a baseline unit"},
 {"rule":"unknown-unit","line":R(37),"text":"自治区大数据发展局","why":"regional body as cooperating unit for 数据回流, not the lead"},
 {"rule":"unknown-unit","line":76,"text":"自治区大数据发展局","why":"named in body text as the recipient of progress reports, not a responsible unit"},
 {"rule":"unknown-unit","line":R(5),"text":"各乡镇（街道）","why":"collective subject"},
 {"rule":"unknown-unit","line":R(5),"text":"各县（市、区）人民政府","why":"collective subject"},
 {"rule":"unknown-unit","line":R(36),"text":"市直各有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":R(8),"text":"市直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":R(4),"text":"民政局","why":"prefix distributes: 市信访局、公安局、民政局、司法局 = 市信访局、市公安局、市民政局、市司法局, all in units.txt"},
 {"rule":"unknown-unit","line":R(4),"text":"公安局","why":"prefix distribution, = 市公安局"},
 {"rule":"unknown-unit","line":R(4),"text":"司法局","why":"prefix distribution, = 市司法局"},
 {"rule":"unknown-unit","line":R(21),"text":"市发改委","why":"alias of 市发展改革委 in units.txt"},
 {"rule":"unknown-unit","line":R(14),"text":"市人社局","why":"alias of 市人力资源社会保障局 in units.txt"},
 {"rule":"unknown-unit","line":R(23),"text":"市政府办公室","why":"alias of 市人民政府办公室 in units.txt"},
 {"rule":"unknown-unit","line":R(7),"text":"玉林市消防救援支队","why":"in units.txt (unit outside the government proper)"},
 {"rule":"unknown-unit","line":R(42),"text":"玉林市税务局","why":"in units.txt (vertically managed unit)"},
 {"rule":"unknown-unit","line":R(4),"text":"市中级法院","why":"in units.txt"},
 {"rule":"unknown-unit","line":75,"text":"市委党校（行政学院）","why":"市委党校 is in units.txt; （行政学院） is its second name; body text, not a responsibility field"},
 {"rule":"unknown-unit","line":74,"text":"数字玉林建设领导小组","why":"a coordinating body named in body text, not a responsible unit of any task"},
 {"rule":"garbled-text","line":R(43),"text":"中国—东盟信息港","why":"em dash is ordinary punctuation"},
 {"rule":"garbled-text","line":13,"text":"“4·27”","why":"middle dot in a normal proper name"},
 {"rule":"garbled-text","line":R(40),"text":"IPv6","why":"Latin letters in a technical term"},
]

covers = [(1,22),(2,24),(3,25),(4,27),(5,28),(6,29),(7,31),(8,32),(9,33),(10,34),(11,34),(12,35),(13,36),(14,36),(15,37),
          (16,39),(17,40),(18,41),(19,43),(20,44),(21,45),(22,47),(23,49),(24,50),(25,51),(26,52),(27,53),(28,55),(29,56),
          (30,57),(31,58),(32,59),(33,61),(34,62),(35,63),(36,65),(37,66),(38,67),(39,R(42)),(41,69),(42,70),(43,71)]
covers = [{"task":t,"line":l} for t,l in covers]

bad = 0
for e in expect + mnf:
    t = e.get("text")
    if t and t not in L[e["line"]-1]:
        print("MISMATCH", e); bad += 1
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers), "bad", bad)

key = {
 "writer": "blind writer, round 252; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("Regional task numbers are the order of the inline (責任單位…完成時限…) notes in seeds/guangxi-2022-shishi-yijian.txt, 1–43 "
           "(task 1 = seed line 43 … task 43 = seed line 187); the four tasks due 2025年底 are 3 (line 49), 8 (line 63), 9 (line 65) and 22 (line 97), all others 持续开展. "
           "Task 23 (seed line 103) has no 各市人民政府 in its 责任单位. Task 40 (开放生态支撑平台, seed line 173) is not taken up by the draft (not deliberate; an information-level task-uncovered for it is fair). "
           "Table rows: row n is on line 79+n; line 78 states that the first-listed lead is the main lead. "
           "Section 八 follows the region's 加强党对数字政府建设工作的领导 (组织领导, 推进机制, 数字素养, 考核评估).")
}
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
