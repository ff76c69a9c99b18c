# helper: writes key.json and checks every line/text against draft.txt (1-based)
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
expect=[
 {"rule":"basis-mismatch","line":7,"text":"宁政发〔2023〕17号","why":"the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; 宁政发〔2023〕17号 is the 宁夏 实施意见, left over from a template"},
 {"rule":"deadline-later-than-baseline","line":24,"text":"2026年","why":"主要目标: the region's goal is 到2025年 ... 数字政府体系框架基本形成; the draft moves the same goal to 到2026年"},
 {"rule":"deadline-later-than-baseline","line":44,"text":"2026年6月底","why":"12345热线 = regional task 8 (持续优化12345政务服务便民热线平台), 完成时限 2025年底"},
 {"rule":"deadline-invalid","line":78,"text":"20244年底","why":"impossible year (typo for 2024年底); task 37 (电子政务网络) is 持续开展 regionally"},
 {"rule":"unknown-unit","line":45,"text":"自治区大数据发展局","why":"regional body named first (= lead, per the draft's own note on line 90) of a local task (智桂通, task 9); should be 市大数据发展局"},
 {"rule":"unknown-unit","line":74,"text":"市大数据管理服务局","why":"吴忠/宁夏-style name, not in units.txt; the local body is 市大数据发展局"},
 {"rule":"garbled-text","line":39,"text":"鎻愬崌绀句細","why":"UTF-8 read as GBK: 鎻愬崌绀句細鐭涚浘鍖栬В鑳藉姏 = 提升社会矛盾化解能力"},
 {"rule":"task-uncovered","line":0,"task":14,"why":"智慧体育 (regional task 14, assigned to 各市人民政府) is left out"},
 {"rule":"task-uncovered","line":0,"task":40,"why":"强化开放生态支撑能力 (regional task 40, assigned to 各市人民政府) is left out"},
]
M=[
 {"rule":"basis-mismatch","line":7,"text":"国发〔2022〕14号","why":"correct 文号 for 《国务院关于加强数字政府建设的指导意见》"},
 {"rule":"basis-mismatch","line":2,"text":"《北流市加快推进数字政府建设实施方案》","why":"the plan's own title in its cover notice, not a basis citation; 加快推进 is its own wording"},
 {"rule":"basis-mismatch","line":10,"text":"2022年11月30日印发关于加强数字政府建设的实施意见","why":"retrospective mention of the regional document by date, no 文号, consistent with the region's"},
 {"rule":"deadline-invalid","line":4,"text":"2023年7月18日","why":"the document's own issue date"},
 {"rule":"deadline-invalid","line":10,"text":"2022年","why":"past dates in the background section (2022 achievements, the region's 2022-11-30 issue date)"},
 {"rule":"deadline-invalid","line":27,"text":"2022年","why":"base-year column of the indicator table, not a deadline"},
 {"rule":"deadline-later-than-baseline","line":27,"text":"2025年目标","why":"indicator table target year equals the region's 到2025年"},
 {"rule":"deadline-later-than-baseline","line":23,"text":"到2023年底","why":"local interim goal, earlier than anything in the region's goals"},
 {"rule":"deadline-later-than-baseline","line":25,"text":"到2035年","why":"equal to the region's 到2035年 goal (数字政府基本建成)"},
 {"rule":"deadline-later-than-baseline","line":37,"text":"2024年底","why":"task 3 (一体化在线监管 / 互联网+监管), regional 完成时限 2025年底; local is earlier"},
 {"rule":"deadline-later-than-baseline","line":45,"text":"2025年底","why":"task 9 (智桂通), regional 完成时限 2025年底; equal"},
 {"rule":"deadline-later-than-baseline","line":60,"text":"2025年底","why":"task 22 (政务公开), regional 完成时限 2025年底; equal"},
 {"rule":"deadline-later-than-baseline","line":49,"text":"2025年底","why":"task 13 (智慧工地), regional 完成时限 持续开展; a dated local milestone is not later"},
 {"rule":"deadline-later-than-baseline","line":65,"text":"2023年底前","why":"task 26 (安全保障能力), regional 持续开展; local milestone in the plan's own year"},
 {"rule":"deadline-later-than-baseline","line":71,"text":"2024年底","why":"task 32 (试点示范), regional 持续开展"},
 {"rule":"deadline-later-than-baseline","line":78,"text":"20244年底","why":"task 37 is 持续开展 regionally (no dated milestone); the date is a typo reported as deadline-invalid, not a late deadline"},
 {"rule":"deadline-invalid","line":90,"text":"每年6月25日、12月10日前","why":"the office's own recurring reporting dates"},
 {"rule":"deadline-invalid","line":94,"text":"2023年12月15日前","why":"the office's own reporting date, after the issue date"},
 {"rule":"unknown-unit","line":1,"text":"街道办事处","why":"addressee line 各镇人民政府、街道办事处: collective subjects, not a responsibility cell"},
 {"rule":"unknown-unit","line":34,"text":"各镇人民政府","why":"collective subject (towns of 北流市)"},
 {"rule":"unknown-unit","line":34,"text":"各街道办事处","why":"collective subject"},
 {"rule":"unknown-unit","line":45,"text":"市直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":63,"text":"市直各部门","why":"collective subject"},
 {"rule":"unknown-unit","line":71,"text":"各镇（街道）","why":"collective subject"},
 {"rule":"unknown-unit","line":78,"text":"村（社区）","why":"place, not a unit (电子政务外网向村（社区）延伸)"},
 {"rule":"unknown-unit","line":37,"text":"市市场监管局","why":"official short name listed in units.txt (市市场监督管理局)"},
 {"rule":"unknown-unit","line":37,"text":"市发展改革局","why":"short name listed in units.txt (市发展和改革局)"},
 {"rule":"unknown-unit","line":43,"text":"市人社局","why":"short name listed in units.txt (市人力资源和社会保障局)"},
 {"rule":"unknown-unit","line":43,"text":"市残联","why":"short name listed in units.txt (市残疾人联合会)"},
 {"rule":"unknown-unit","line":52,"text":"玉林市北流生态环境局","why":"the real local body (branch of 玉林市生态环境局 in 北流), listed in units.txt; must not be split or read as a 玉林市 lead"},
 {"rule":"unknown-unit","line":54,"text":"玉林市北流生态环境局","why":"as above, second-listed here"},
 {"rule":"unknown-unit","line":80,"text":"国家税务总局北流市税务局","why":"listed in units.txt"},
 {"rule":"unknown-unit","line":41,"text":"市消防救援大队","why":"alias of 北流市消防救援大队 in units.txt; 市气象局 likewise"},
 {"rule":"unknown-unit","line":40,"text":"自治区公安厅","why":"regional body named in the body text as a guide (业务指导), not as lead; 玉林市公安局 (in units.txt) likewise"},
 {"rule":"unknown-unit","line":90,"text":"自治区大数据发展局","why":"regional body named as a source of guidance (主动对接…争取业务指导), not as lead; 玉林市大数据发展局 likewise"},
 {"rule":"unknown-unit","line":90,"text":"北流市数字政府建设工作领导小组","why":"coordination body the plan itself sets up, named in body text, not a responsibility cell"},
 {"rule":"unknown-unit","line":94,"text":"玉林市人民政府","why":"superior government the office reports to; in units.txt"},
 {"rule":"unknown-unit","line":39,"text":"市人民法院","why":"listed in units.txt (市人民检察院 likewise)"},
 {"rule":"garbled-text","line":14,"text":"4·27","why":"middle dot in the name of the 4·27 speech; also 天地图·广西 on line 80"},
 {"rule":"garbled-text","line":83,"text":"中国—东盟","why":"em dash in a proper name; 1—2个 on line 71 likewise"},
]
covers=[(1,34),(2,36),(3,37),(4,39),(5,40),(6,41),(7,43),(8,44),(9,45),(10,46),(11,47),(12,48),(13,49),(15,50),(16,52),(17,53),(18,54),(19,56),(20,57),(21,58),(22,60),(23,62),(24,63),(25,64),(26,65),(27,66),(28,68),(29,69),(30,70),(31,70),(32,71),(33,73),(34,74),(35,75),(36,77),(37,78),(38,81),(39,80),(41,83),(42,84),(43,85)]
ok=True
for e in expect+M:
    if e["line"]>0 and e.get("text"):
        # text may be quoted in part; check the main token
        tok=e["text"].split('、')[0] if e["rule"]!="basis-mismatch" else e["text"]
        if tok not in L[e["line"]-1]:
            print("MISMATCH",e["line"],e["text"]); ok=False
for t,l in covers: assert 1<=l<=len(L)
key={
 "writer":"blind writer, round 537; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":expect,
 "mustNotFlag":M,
 "covers":[{"task":t,"line":l} for t,l in covers],
 "notes":"Regional task numbers are the 43 inline (責任單位…完成時限…) notes of guangxi-2022-shishi-yijian.txt numbered 1-43 in order of appearance (task 8 = 12345熱線, 9 = 智桂通, 22 = 政務公開, 3 = 一體化在線監管; 3, 8, 9, 22 are due 2025年底, all others 持續開展). The draft states (line 90) that the first-listed unit of each cell leads. 玉林市 bodies appear only as guides and are listed in units.txt under 上級業務指導單位. Line 39 holds the garbled run and also the task-4 content; line 78 holds the invalid date; 20244年底 should not additionally be reported as late because task 37 has no dated regional milestone."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print("ok" if ok else "FIX", len(expect),len(M),len(covers),len(L))
