# Builds key.json and checks every line number / text against draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def line(n): return L[n-1]

expect = [
 {"rule":"basis-mismatch","line":9,"text":"宁政办发〔2023〕17号","why":"the 自治区 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the 办公厅 series (a slip)"},
 {"rule":"deadline-later-than-baseline","line":15,"text":"2026年","why":"主要目标: the region sets 到2025年 for the “34567”体系框架全面成型 (same goal, same wording); the draft says 到2026年"},
 {"rule":"deadline-later-than-baseline","line":119,"text":"2025年","why":"row 28 takes up task 89 (企业专属网页、惠企政策专栏, 涉企服务一网通办、政策兑现直达直享), 完成时限 2024年; the row says 2025年"},
 {"rule":"deadline-invalid","line":123,"text":"2022年底前","why":"row 32 (task 97 自然资源三维立体“一张图”, 完成时限 2024年) gives 2022年底前, before the plan's own year 2024 (issued 2024-04-18); not a copied regional date"},
 {"rule":"unknown-unit","line":104,"text":"县大数据管理局","why":"in the county cell “隆德县：县大数据管理局” = 隆德县大数据管理局, not in units.txt; 隆德县's body is 县大数据服务中心 (隆德县大数据服务中心), as in every other row"},
 {"rule":"garbled-text","line":37,"text":"娣卞寲鏁版嵁","why":"sub-item title 深化数据高效共享 as UTF-8 bytes read as GBK (娣卞寲鏁版嵁楂樻晥鍏变韩); the rest of the line is clean"},
 {"rule":"task-uncovered","line":0,"task":92,"why":"多卡合一、多码合一、多表合一 (各地级市牵头负责, 2025年) deliberately left out: no mention anywhere in the draft"},
]

mnf = [
 # units: county bodies written rightly inside county-by-county cells
 {"rule":"unknown-unit","line":95,"text":"县农业农村局","why":"county cell 原州区：区农业农村局；西吉县：县农业农村局…; each is the county's own bureau (西吉县农业农村局 etc., all in units.txt)"},
 {"rule":"unknown-unit","line":97,"text":"区审批服务管理局","why":"原州区：区审批服务管理局 = 原州区审批服务管理局, in units.txt (原州区 is a 区, so 区…)"},
 {"rule":"unknown-unit","line":98,"text":"县数字化发展服务中心","why":"泾源县：县数字化发展服务中心 = 泾源县数字化发展服务中心, in units.txt; 泾源's data body is named differently from the other counties' 大数据服务中心 and is right"},
 {"rule":"unknown-unit","line":104,"text":"县大数据服务中心","why":"in the same row as the planted slip, 西吉县 and 彭阳县 are written rightly (西吉县大数据服务中心, 彭阳县大数据服务中心)"},
 {"rule":"unknown-unit","line":105,"text":"县审批服务管理局","why":"西吉县：县大数据服务中心、县审批服务管理局 — a second body in one county's part of the cell = 西吉县审批服务管理局, in units.txt"},
 {"rule":"unknown-unit","line":111,"text":"县市场监管局","why":"西吉县：县市场监管局 = 西吉县市场监管局, registered short name of 西吉县市场监督管理局"},
 {"rule":"unknown-unit","line":114,"text":"区应急管理局","why":"原州区：区应急管理局 = 原州区应急管理局, in units.txt"},
 {"rule":"unknown-unit","line":116,"text":"区大数据服务中心","why":"原州区：区审批服务管理局、区大数据服务中心 — both 原州区 bodies, in units.txt"},
 {"rule":"unknown-unit","line":94,"text":"原州区：区大数据服务中心","why":"a county left out of a cell: the 一网统管/城市运行 row lists only 原州区 (the urban district); omitting the four counties is the drafter's choice, not an error of any rule"},
 {"rule":"unknown-unit","line":103,"text":"彭阳县：县大数据服务中心","why":"a county left out of a cell: 泾源县 is not listed in this row; the four bodies named are all right"},
 {"rule":"unknown-unit","line":92,"text":"各县（区）人民政府","why":"collective subject (各…); not split by any prefix"},
 {"rule":"unknown-unit","line":115,"text":"各乡镇人民政府","why":"collective subject"},
 {"rule":"unknown-unit","line":99,"text":"市直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":100,"text":"市直各部门（单位）","why":"collective subject"},
 {"rule":"unknown-unit","line":92,"text":"固原经济技术开发区管委会","why":"in units.txt"},
 {"rule":"unknown-unit","line":93,"text":"市卫健委","why":"registered short name of 市卫生健康委 (also 市人社局 for 市人力资源社会保障局 on the same line)"},
 {"rule":"unknown-unit","line":98,"text":"市发改委","why":"registered alias of 市发展改革委"},
 {"rule":"unknown-unit","line":117,"text":"市大数据局","why":"registered short name of 市大数据管理服务局"},
 {"rule":"unknown-unit","line":114,"text":"固原市消防救援支队","why":"in units.txt"},
 {"rule":"unknown-unit","line":109,"text":"市委编办","why":"in units.txt; role 指导 is still a city unit, not a regional lead"},
 {"rule":"unknown-unit","line":45,"text":"数字宁夏建设运营有限公司","why":"named as a partner in the body (加强与…合作), not as a responsible unit"},
 # deadlines
 {"rule":"deadline-later-than-baseline","line":92,"text":"持续推进，2025年取得明显成效","why":"task 3 智慧园区, 完成时限 持续推进，2025 年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":93,"text":"持续推进，2025年取得明显成效","why":"task 6, 完成时限 持续推进，2025 年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":95,"text":"持续推进，2025年取得明显成效","why":"task 10 数字乡村, 完成时限 持续推进，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":96,"text":"2025年取得明显成效","why":"task 11 数字供销, 完成时限 2023年完成主要建设任务，2025年取得明显成效: the completing milestone 2025 is equal"},
 {"rule":"deadline-later-than-baseline","line":97,"text":"2024年","why":"task 21 行政许可管理信息系统/行政权力事项网上运行, 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":98,"text":"2024年底前","why":"task 23 数字资源管理系统“一本账”, 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":99,"text":"2025年取得明显成效","why":"task 28 试点示范, 完成时限 2023年启动，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":100,"text":"2025年","why":"task 29 政务数据平台/一体化政务大数据体系, 完成时限 2023年启动，2025年完成: equal"},
 {"rule":"deadline-later-than-baseline","line":101,"text":"2024年","why":"tasks 33/34 基础库、主题库, 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":102,"text":"2024年6月底前","why":"task 41 公共数据开放, 完成时限 2024年: within the same year"},
 {"rule":"deadline-later-than-baseline","line":104,"text":"2024年","why":"task 46 政务云迁移与资源调度, 完成时限 2024 年 (also 43: 2024 年建成，持续推进; 19: 2023年启动，2024年建成): equal"},
 {"rule":"deadline-later-than-baseline","line":105,"text":"2024年","why":"tasks 47/48 电子政务外网、城域网5级全覆盖, 完成时限 2024 年: equal"},
 {"rule":"deadline-later-than-baseline","line":106,"text":"2025年","why":"task 49 视频一张网, 完成时限 2025 年: equal"},
 {"rule":"deadline-later-than-baseline","line":109,"text":"2024年","why":"task 64 各地成立相应组织机构, 完成时限 2025年: earlier"},
 {"rule":"deadline-later-than-baseline","line":116,"text":"2024年9月底前","why":"task 84 一体化政务服务体系, 完成时限 2024年: within the same year"},
 {"rule":"deadline-later-than-baseline","line":122,"text":"2024年","why":"task 96 互联网+城乡供水, 完成时限 2025年: earlier"},
 {"rule":"deadline-later-than-baseline","line":125,"text":"2025年","why":"task 106 填表报数压减50%, 完成时限 2025年: equal"},
 {"rule":"deadline-later-than-baseline","line":127,"text":"2024年取得明显成效","why":"task 108 公共资源交易, 完成时限 长期推进，2024年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":132,"text":"长期坚持","why":"task 121 年度工作要点和考核指标体系, 完成时限 长期坚持: equal"},
 {"rule":"deadline-later-than-baseline","line":14,"text":"2024年底","why":"goal for 2024: 电子政务外网 市县乡村全覆盖 (task 48, 2024年) and 信创云迁移 (tasks 43/46, 2024年): equal; not the region's 2023年底 goals (which are about 自治区本级 and 平台家底)"},
 {"rule":"deadline-later-than-baseline","line":16,"text":"2035年","why":"region's 到2035年 goal: equal"},
 {"rule":"deadline-later-than-baseline","line":74,"text":"2025年底前","why":"task 106, 完成时限 2025年: equal year"},
 {"rule":"deadline-invalid","line":11,"text":"2023年","why":"past date in the 发展基础 background, not a deadline"},
 {"rule":"deadline-invalid","line":6,"text":"2024年4月18日","why":"the notice's issuing date"},
 {"rule":"deadline-invalid","line":86,"text":"12月10日前","why":"the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines"},
 {"rule":"deadline-invalid","line":89,"text":"2024年—2025年","why":"the task list's period in its title (also line 87)"},
 # basis
 {"rule":"basis-mismatch","line":9,"text":"国发〔2022〕14号","why":"right 文号 for 《国务院关于加强数字政府建设的指导意见》"},
 {"rule":"basis-mismatch","line":9,"text":"宁政办发〔2023〕11号","why":"《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan; correct"},
 {"rule":"basis-mismatch","line":11,"text":"宁政办发〔2020〕14号","why":"retrospective mention of the 2020 工作要点 in the background, with its right title and 文号; not a basis citation"},
 {"rule":"basis-mismatch","line":2,"text":"固政发〔2024〕15号","why":"the draft's own 文号"},
 # garbled
 {"rule":"garbled-text","line":41,"text":"IPv6","why":"ordinary Latin term"},
 {"rule":"garbled-text","line":21,"text":"CIM","why":"ordinary Latin abbreviation"},
 # pillars
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"taken up at line 22 (数据要素市场、数据交易制度、网络生态)"},
 {"rule":"missing-pillar","line":0,"pillar":"六级贯通","why":"section 四 (lines 43–47): 健全组织机构 (五个一 made local), 厘清层级职责 (六级贯通)"},
 {"rule":"missing-pillar","line":0,"pillar":"财政投入","why":"line 84 （二）加大财政投入"},
]

covers = [(1,20),(2,20),(3,92),(5,20),(6,93),(7,21),(8,21),(9,94),(10,95),(11,96),(12,22),(13,22),
 (14,26),(15,26),(17,27),(18,28),(20,31),(21,97),(23,98),(24,32),(28,99),(29,100),(30,36),(31,36),(32,36),
 (33,101),(34,101),(36,37),(41,102),(42,103),(46,104),(48,105),(49,106),(50,41),(54,107),(57,108),(64,109),
 (65,51),(66,110),(67,53),(68,55),(70,111),(71,112),(72,56),(73,56),(77,113),(79,60),(80,114),(83,115),
 (84,116),(85,65),(86,117),(87,65),(88,118),(89,119),(93,120),(95,121),(96,122),(97,123),(103,73),(104,124),
 (106,125),(107,126),(108,127),(111,128),(112,129),(113,78),(114,130),(115,131),(116,83),(118,85),(121,132),(124,86)]

# a near miss sharing rule and line with a planted mistake would be ambiguous to score: keep those in notes only
exp_keys={(e["rule"],e["line"]) for e in expect if e["line"]}
mnf=[m for m in mnf if (m["rule"],m["line"]) not in exp_keys]
# checks
for e in expect + mnf:
    if e["line"] and "text" in e:
        assert e["text"] in line(e["line"]), (e, line(e["line"])[:60])
checks = {3:"智慧园区",6:"水电气热",9:"一网统管",10:"数字乡村",11:"数字供销",21:"行政权力事项网上运行",23:"一本账",28:"试点",
 29:"政务大数据体系",33:"基础数据资源库",34:"主题数据库",41:"公共数据开放",42:"社会数据",46:"信创云",48:"城域网",49:"视频一张网",54:"电子文件",
 57:"信用",64:"组织机构",66:"三维一体",70:"信用风险分类",71:"追溯监管",77:"矛盾纠纷",80:"智慧应急",83:"基层治理",84:"一次办",
 86:"应上尽上",88:"证照分离",89:"惠企政策",93:"适老化",95:"大气、水、土壤",96:"城乡供水",97:"一张图",104:"协同办公",106:"填表报数",
 107:"视频会议",108:"公共资源交易",111:"办公用房",112:"政务公开",114:"新媒体矩阵",115:"12345",121:"考核指标体系",
 1:"算力网络",2:"产业云",5:"以网管网",7:"智慧教育",8:"互联网+医疗健康",12:"数据要素市场",13:"公平竞争审查",14:"主体责任",
 15:"安全评估",17:"分类分级保护",18:"动态监控",20:"职能空白",24:"会商机制",30:"一本账",31:"一数之源",32:"数据管理机构",
 36:"供需对接",50:"专网",65:"经济治理基础数据库",67:"规划综合管理信息平台",68:"照单监管",72:"互联网+监管",73:"消费维权",
 79:"雪亮工程",85:"免证办",87:"12345",103:"辅助决策",113:"一库通查",116:"一把手工程",118:"数字化能力培训",124:"容错"}
for t,n in covers:
    assert checks[t] in line(n), (t, n, checks[t])
assert all("多卡" not in l and "多码合一" not in l for l in L)

key = {
 "writer": "blind writer, round 561; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": [{"task":t,"line":n} for t,n in covers],
 "notes": "固原市 city plan (2024-04-18), no parent plan, checked against ningxia-2023. The task list (lines 91–132) has five columns: 序号, 重点任务, 市级责任单位 (first listed leads, per the note on line 90), 县（区）责任单位, 完成时限. County cells read “县（区）：单位、单位；…”, where 区…/县… means that county's own body (原州区：区大数据服务中心 = 原州区大数据服务中心); units.txt lists every such body by full name. 泾源县's data body is 县数字化发展服务中心 (right). The one wrong county body is 隆德县：县大数据管理局 on line 104. Rows 3 (line 94) and 12 (line 103) deliberately leave counties out. Task 92 is the only task deliberately left out; tasks 19, 22, 25, 26, 27, 35, 37–39, 43, 45, 47, 51–53, 55, 56, 58, 60, 62, 63, 69, 74, 75, 81, 90, 94, 98, 100–102, 105, 109, 110, 117, 120, 122, 123 are also taken up in the body, more loosely, and are not listed in covers. Near misses sharing a line with a planted mistake, kept out of mustNotFlag so scoring stays unambiguous: line 9 also cites 国发〔2022〕14号 and 宁政办发〔2023〕11号 correctly; line 104 also names 西吉县、彭阳县 县大数据服务中心 and 泾源县 县数字化发展服务中心 correctly."
}
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
