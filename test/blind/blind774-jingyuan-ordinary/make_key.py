# Builds key.json from draft.txt; every line number is looked up from the text, never typed by hand.
import json
lines=open('draft.txt',encoding='utf-8').read().split('\n')[:-1]
def L(s):
    hits=[i for i,l in enumerate(lines,1) if s in l]
    assert len(hits)==1,(s,hits); return hits[0]
def row(n):
    hits=[i for i,l in enumerate(lines,1) if l.startswith(f"{n}\t")]
    assert len(hits)==1; return hits[0]

expect=[
 {"rule":"basis-mismatch","line":L("宁政发〔2023〕71号"),"text":"宁政发〔2023〕71号",
  "why":"the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits swapped); the task-list note on line 90 cites it correctly"},
 {"rule":"deadline-later-than-baseline","line":row(11),"text":"2025年6月底",
  "why":"task-list row 11 (城域网升级改造、县乡村全覆盖、按需向企事业单位拓展) is regional task 48, 完成时限 2024年; the draft's own body (line 46) and 2024 goal (line 14) say 2024"},
 {"rule":"deadline-invalid","line":L("2024年13月底前"),"text":"13月",
  "why":"impossible month (slip for 12月); the sentence takes up regional tasks 104/105 (协同办公平台、宁政通), 完成时限 2024年"},
 {"rule":"unknown-unit","line":L("县经济和信息化局"),"text":"县经济和信息化局",
  "why":"obsolete name, not in units.txt; the county's current unit is 县工业信息化和商务局 (县工信商务局), used correctly on lines 26 and 93"},
 {"rule":"garbled-text","line":L("鎽告竻鍏ㄥ幙"),"text":"鎽告竻鍏ㄥ幙鏀垮姟鏁版嵁搴曟暟",
  "why":"UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 摸清全县政务数据底数"},
 {"rule":"task-uncovered","line":0,"task":93,
  "why":"适老化与信息无障碍建设 (责任单位 自治区各部门(单位)及各市、县(区)按照职能分别负责, 完成时限 2024年) is deliberately left out: no 适老化/无障碍/老年人 content anywhere"},
]

mnf=[]
def add(rule,line,text,why):
    assert text in lines[line-1],(line,text)
    mnf.append({"rule":rule,"line":line,"text":text,"why":why})
def D(line,text,why,rule="deadline-later-than-baseline"): add(rule,line,text,why)
D(L("县经济和信息化局"),"持续推进，2024年取得明显成效","特色产业数字化: task 2 2023年启动，2024年取得明显成效 (equal); tasks 1/3 持续推进，2025年取得明显成效 (earlier)")
D(L("发展智慧旅游"),"持续推进，2025年取得明显成效","task 6 (文化旅游等服务数字化) 持续推进，2025年取得明显成效: equal")
D(L("完善数字经济治理"),"持续推进，2025年取得明显成效","task 5 持续推进，2025年取得明显成效: equal")
D(L("推进公共服务数字化"),"持续推进，2025年取得明显成效","tasks 6/8 持续推进，2025年取得明显成效 and task 7 2023年形成试点经验，2025年取得明显成效: the completing milestone 2025 is equal")
D(L("建设智慧县城"),"持续推进，2025年取得明显成效","task 9 持续推进，2025年取得明显成效: equal")
D(L("建设“数字供销”"),"2025年","task 11 2023年完成主要建设任务，2025年取得明显成效: completing milestone 2025 equal")
D(L("培育数据要素市场"),"2024年","task 12 2025年 (earlier) / task 13 2024年 (equal)")
D(L("提高自主可控水平"),"2024年","task 19 2023年启动，2024年建成: equal")
D(L("创新建设管理机制"),"2024年","task 23 (“一本账”统筹建设管理机制) 2024年: equal")
D(L("开展试点示范"),"2025年","task 28 2023年启动，2025年取得明显成效: equal")
D(L("推动公共数据开放"),"2024年","task 41 2024年: equal")
D(L("强化政务云支撑能力"),"2024年10月底","task 43 2024年建成，持续推进: earlier")
D(L("提升网络支撑能力。推进电子政务外网"),"2024年底","tasks 47/48/50 2024年: equal")
D(L("整合视频资源"),"2024年底","task 49 2025年: earlier")
D(L("（一）健全组织机构"),"2024年6月底","task 64 (各地各部门参照自治区做法成立组织机构) 2025年: earlier")
D(L("推进精准监管"),"2024年","tasks 69/70 2024年: equal")
D(L("化解社会矛盾"),"2024年","task 77 2024年: equal")
D(L("提升基层治理能力"),"2025年","task 83 2025年: equal")
D(L("提升智慧便捷的服务能力"),"2024年底","task 86 2024年 (equal); task 87 2023年启动，2025年完成 (earlier)")
D(L("提高自然资源利用效率"),"2024年","tasks 97/98 2024年 (equal); task 96 2025年 (earlier)")
D(L("推进基层减负和视频会议整合"),"2025年","tasks 106/107 2025年: equal")
D(L("加强行政监督和机关事务管理"),"2024年","task 108 长期推进，2024年取得明显成效 and task 110 2024年 (equal); task 111 2025年 (earlier)")
D(row(4),"2023年形成机制，长期坚持","task 18 2023年形成机制，长期坚持, copied verbatim: equal")
D(row(4),"2023年形成机制，长期坚持","a copied regional deadline that lies before the plan's year, followed by 长期坚持; not an impossible date","deadline-invalid")
D(row(8),"2024年12月底","task 41 2024年: equal")
D(row(9),"2024年10月底","task 43 2024年建成，持续推进: earlier")
D(row(12),"2024年底","task 49 2025年: earlier")
D(row(14),"2025年","task 56 2025年: equal")
D(row(15),"2024年6月底","task 64 2025年: earlier")
D(row(22),"2024年底","task 87 2023年启动，2025年完成: earlier")
D(row(23),"2025年","task 96 2025年: equal")
D(row(26),"2025年底","tasks 106/107 2025年: equal (年底 of the same year)")
D(row(29),"长期坚持","task 121 长期坚持: equal")
D(L("到2025年，全县"),"到2025年","主要目标: 体系框架全面成型 by 2025 equals the region's 到2025年 “34567”体系框架全面成型")
D(L("到2035年"),"到2035年","equals the region's 2035 goal")
D(L("到2024年底"),"到2024年底","the county's own interim goal (信创云迁移, 外网县乡村全覆盖, 宁政通) matches tasks 43/48/105, all 2024年; it repeats none of the region's 到2023年底 goals")
D(L("2025年1月15日前"),"2025年1月15日前","the office's own reporting date for the 2024 annual summary, not a task deadline")
D(L("2025年1月15日前"),"每季度末月20日前","the office's own quarterly reporting date")
D(L("截至2023年底"),"截至2023年底","background: past date describing work already done, not a deadline","deadline-invalid")
D(L("2024年3月18日"),"2024年3月18日","the notice's own issue date","deadline-invalid")

add("basis-mismatch",L("宁政办发〔2020〕14号"),"宁政办发〔2020〕14号","retrospective mention of the 2020 工作要点 in the 工作基础 paragraph, not cited as a basis; title and 文号 match")
add("basis-mismatch",L("宁政发〔2023〕17号"),"宁政发〔2023〕17号","correct 文号 and title of the region's 实施意见 in the task-list note")
add("basis-mismatch",L("宁政发〔2023〕71号"),"国发〔2022〕14号","correct title and 文号 of the State Council guiding opinion")
add("basis-mismatch",L("宁政办发〔2023〕11号"),"宁政办发〔2023〕11号","《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan; a real companion document")
add("basis-mismatch",L("泾政办发〔2024〕9号"),"泾政办发〔2024〕9号","the notice's own 文号, not a basis citation")

U=lambda line,text,why: add("unknown-unit",line,text,why)
U(L("完善数字经济治理"),"公安局","县市场监管局、公安局: the 县 prefix distributes, = 县公安局 (in units.txt)")
U(L("完善数字经济治理"),"县委网信办等有关部门","县委网信办 is in units.txt; 有关部门 is a collective")
U(L("培育数据要素市场"),"县直有关部门","collective subject")
U(L("强化安全管理责任"),"县直各部门（单位）","collective subject")
U(L("发展智慧旅游"),"各乡镇人民政府","collective subject")
U(L("提升基层治理能力"),"各村（社区）","collective subject")
U(row(21),"各乡镇","collective subject (short form of 各乡镇人民政府)")
U(L("强化政务云支撑能力"),"县政府办","official short name of 县人民政府办公室 in units.txt")
U(row(2),"县工信商务局","short name of 县工业信息化和商务局 in units.txt")
U(L("推进数字乡村建设。以数字化"),"中国电信泾源分公司","enterprise listed in units.txt")
U(L("深化数据融合应用"),"国网泾源县供电公司","enterprise listed in units.txt")
U(L("提升生态环境监管能力"),"固原市生态环境局泾源分局","city-level branch bureau listed in units.txt; the county has no 生态环境局 of its own")
U(row(14),"泾源县税务局","vertically managed unit listed in units.txt")
U(L("提升应急管理能力"),"泾源县气象局","vertically managed unit listed in units.txt")
U(L("提升应急管理能力"),"县消防救援大队","listed in units.txt")
U(L("落实安全制度要求"),"县委保密办","listed in units.txt")
U(L("（三）提升数字素养"),"县委党校","listed in units.txt")
U(row(18),"县委政法委，县公安局","two listed units separated by a comma, both leads")
U(L("推进精准监管"),"县市场监管局","short name of 县市场监督管理局 in units.txt")
add("garbled-text",L("依托六盘山"),"胭脂峡","a real scenic-area name with uncommon characters, not mojibake")
add("garbled-text",L("宁政办发〔2023〕11号"),"“1244+N”","the official name of the 数字宁夏 action plan")

covers=[]
for t,r in [(6,1),(10,2),(11,3),(18,4),(19,5),(21,6),(23,7),(41,8),(43,9),(47,10),(48,11),(49,12),(54,13),(56,14),(64,15),(71,16),(77,17),(79,18),(80,19),(83,20),(84,21),(87,22),(96,23),(98,24),(105,25),(106,26),(107,26),(112,27),(114,28),(121,29)]:
    covers.append({"task":t,"line":row(r)})
for t,s in [(5,"完善数字经济治理"),(8,"推进公共服务数字化"),(9,"建设智慧县城"),(14,"强化安全管理责任"),(15,"强化安全管理责任"),(17,"落实安全制度要求"),(22,"推动政府职能转变"),(28,"开展试点示范"),(30,"完善数据管理机制"),(32,"完善数据管理机制"),(42,"深化数据融合应用"),(50,"提升网络支撑能力。推进电子政务外网"),(53,"加强共性应用支撑"),(57,"加强共性应用支撑"),(70,"推进精准监管"),(73,"推进协同监管和智能监管"),(86,"提升智慧便捷的服务能力"),(88,"优化涉企服务"),(89,"优化涉企服务"),(90,"拓展民生服务"),(94,"提升生态环境监管能力"),(97,"提高自然资源利用效率"),(102,"推动绿色低碳转型"),(103,"提升辅助决策能力"),(104,"提升行政执行能力"),(111,"加强行政监督和机关事务管理"),(115,"畅通政民互动渠道"),(116,"（一）加强组织领导"),(124,"（四）强化考核评价")]:
    covers.append({"task":t,"line":L(s)})

key={
 "writer":"blind writer, round 774; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes":"泾源县 (固原市) 2024 实施方案, issued 2024-03-18 by 县人民政府办公室; no parent plan (固原's plan is not in the seeds). Six planted slips: wrong 文号 of the regional 实施意见 (line 9), late deadline in task-list row 11 (task 48), impossible month 13月 (line 74), an obsolete unit name (line 20), one mojibake run (line 41), task 93 (适老化) left out. Inline notes on measures whose regional tasks are due 2023 (14, 15, 17, 30, 32, 116, 118) deliberately carry no 完成时限. Tab-separated task list on lines 91-120 (header on 91); the note on line 90 says the first-listed unit leads. make_key.py rebuilds this key from draft.txt."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(expect),len(mnf),len(covers))
for e in expect: print(e['rule'],e['line'],e.get('text'),e.get('task'))
