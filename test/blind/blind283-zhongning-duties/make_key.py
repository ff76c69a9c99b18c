# Builds key.json and checks every line number/text against draft.txt (1-based).
import json
d=open('draft.txt',encoding='utf-8').read().splitlines()
def L(sub, nth=1):
    hits=[i for i,l in enumerate(d,1) if sub in l]
    assert len(hits)>=nth, sub
    return hits[nth-1]
def E(rule, sub, text, why, **kw):
    line=L(sub); assert text in d[line-1], (text, line)
    e={"rule":rule,"line":line,"text":text,"why":why}; e.update(kw); return e
G='数字化支撑现代乡村治理体系，加快补齐'.encode('utf-8').decode('gbk')
expect=[
 E("basis-mismatch","（宁政发〔2022〕17号）","宁政发〔2022〕17号",
   "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"),
 E("deadline-later-than-baseline","到2026年底，全县数字政府建设体系框架全面成型","2026年底",
   "主要目标: the region sets 到2025年 for the framework 全面成型 (工作体制逐步健全、管理机制趋于成熟…); the county puts the same goal a year later"),
 E("deadline-later-than-baseline","44．推进适老化改造","2025年底",
   "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; county says 2025年底前"),
 E("deadline-invalid","25．整合业务专网","2024年9月31日",
   "2024年9月31日 does not exist (September has 30 days); task 50, 完成时限 2024年, so the year itself is not late"),
 E("unknown-unit","41．优化涉企服务","县政务服务管理局",
   "no such county body; the registry has 县审批服务管理局 (used correctly on the other 由…负责 lines)"),
 E("unknown-unit","34．提升矛盾纠纷化解能力","县信房局",
   "typo for 县信访局; not in units.txt"),
 E("garbled-text","7．建设数字乡村",G[:8],
   "UTF-8 bytes read as GBK: the run decodes back to 数字化支撑现代乡村治理体系，加快补齐"),
]
M=[]
def N(rule, sub, why, text=None):
    line=L(sub)
    e={"rule":rule,"line":line}
    if text is not None:
        assert text in d[line-1], (text,line); e["text"]=text
    e["why"]=why; M.append(e)
# units
N("unknown-unit","由县长任组长","people's posts (县长、常务副县长、分管副县长) chairing the leading group, not responsible units","分管副县长")
N("unknown-unit","由县长任组长","'由县长任组长' is not a 由…负责 clause; 县长 is a post","县长")
N("unknown-unit","（二）厘清层级职责","collective after the lead: 各有关部门按职责分工负责 (the unit is 各有关部门, not '各有关部门按职责分工')","各有关部门")
N("unknown-unit","（三）完善工作机制","中卫市 body above the county, named as the office matters are reported to for 备案, not a responsible unit","中卫市数字政府建设领导小组办公室")
N("unknown-unit","（三）完善工作机制","the county leading-group office is in units.txt","县数字政府建设领导小组办公室")
N("unknown-unit","1．融入算力枢纽建设","中宁工业园区管委会 is in units.txt","中宁工业园区管委会")
N("unknown-unit","1．融入算力枢纽建设","国家（中卫）新型互联网交换中心 is a facility being built, not a unit","国家（中卫）新型互联网交换中心")
N("unknown-unit","4．完善数字经济治理","县委网信办 is the official short name (in units.txt); 等有关部门按职责分工负责 is a collective","县委网信办等有关部门")
N("unknown-unit","6．推进智慧县城建设","'积极配合中卫市推进…' uses 配合 as a verb with the city as object; the responsible unit is in the note","配合中卫市")
N("unknown-unit","7．建设数字乡村","collective: 各乡镇负责本辖区… (各乡镇 is the subject; '本辖区数字乡村建设' is the duty)","各乡镇负责本辖区数字乡村建设")
N("unknown-unit","8．推进“数字供销”建设","县供销社 is the short name of 县供销合作社 in units.txt","县供销社")
N("unknown-unit","11．强化安全管理责任","collectives 县直各部门（单位）、各乡镇 followed by 按职责分工负责","县直各部门（单位）、各乡镇按职责分工负责")
N("unknown-unit","15．推动权力事项网上运行","由县审批服务管理局负责 — correct registry unit in the 由…负责 phrasing","县审批服务管理局")
N("unknown-unit","21．推进数据融合应用","国网中宁县供电公司 is outside government but in units.txt","国网中宁县供电公司")
N("unknown-unit","24．提升网络支撑能力","中国电信中宁分公司 in units.txt; 各乡镇负责本辖区接入点… is a collective","中国电信中宁分公司")
N("unknown-unit","26．整合视频资源","中卫市公安局 is a city body the county coordinates with (与…做好共享对接), not a responsible unit","中卫市公安局")
N("unknown-unit","31．推行照单监管","collective: 各有关行政执法部门按职责分工负责","各有关行政执法部门")
N("unknown-unit","36．推进“智慧应急”","中宁县消防救援大队、中宁县气象局 are in units.txt","中宁县消防救援大队")
N("unknown-unit","38．推进法治政府数字化","correct: 县公安局、县司法局按职责分工落实 (both in units.txt)","县公安局、县司法局按职责分工落实")
N("unknown-unit","39．深化“一网通办”","由县审批服务管理局负责，各乡镇配合 — correct unit, collective cooperator","由县审批服务管理局负责")
N("unknown-unit","43．推进公共场馆数字化","县图书馆、文化馆、博物馆 are the objects being digitised, not responsible units","县图书馆")
N("unknown-unit","45．加强生态环境数字化监测","中卫市生态环境局中宁分局 is the county-level branch, listed in units.txt despite the 中卫市 prefix","中卫市生态环境局中宁分局")
N("unknown-unit","（二）加强资金保障","（县财政局负责资金保障）: the unit is 县财政局; 资金保障 is the duty","县财政局负责资金保障")
N("unknown-unit","（三）提升数字素养","县委党校 in units.txt (中共中宁县委党校)","县委党校")
N("unknown-unit","2024年5月底前制定具体落实措施","中卫市 office the county reports to each year; not a responsible unit","中卫市数字政府建设领导小组办公室")
N("unknown-unit","近年来，我县认真落实","县政务服务中心 and 乡镇便民服务中心 in the background narrative are places, not responsible units","县政务服务中心")
# basis
N("basis-mismatch","（宁政发〔2022〕17号）","city plan cited by title alone (中卫市人民政府《关于加强数字政府建设的实施方案》), as a city plan may have no 文号","中卫市人民政府《关于加强数字政府建设的实施方案》")
N("basis-mismatch","（宁政发〔2022〕17号）","《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan; correct","宁政办发〔2023〕11号")
N("basis-mismatch","（宁政发〔2022〕17号）","correct national basis","国发〔2022〕14号")
N("basis-mismatch","近年来，我县认真落实","retrospective mention of the 2020 工作要点 in the background, not cited as a basis; title and 文号 match","宁政办发〔2020〕14号")
# dates
N("deadline-invalid","近年来，我县认真落实","past years in the background narrative, not deadlines","2021年")
N("deadline-invalid","2024年4月18日","the plan's own issue date","2024年4月18日")
N("deadline-later-than-baseline","到2024年底，电子政务外网","2024 goal: 外网三级全覆盖 = task 48 (2024年), 信创云迁移 = tasks 43/46 (2024年), 网上办…一次办 = task 84 (2024年): equal; not the region's 2023底 goals (政策体系/五个一/平台家底)","2024年底")
N("deadline-later-than-baseline","到2035年，与政府治理能力现代化","equal to the region's 2035 goal","2035年")
N("deadline-later-than-baseline","（一）健全组织机构","task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年: earlier. Task 60 (自治区领导小组, 2023年) is the region's own body, not this one","2024年6月底")
N("deadline-later-than-baseline","（三）完善工作机制","the office's own reporting dates (每年6月30日、12月10日前报送), not task deadlines","12月10日")
N("deadline-later-than-baseline","1．融入算力枢纽建设","task 1, 完成时限 持续推进，2025年取得明显成效: equal","2025年取得明显成效")
N("deadline-later-than-baseline","3．建设智慧园区","task 3, 完成时限 持续推进，2025年取得明显成效: equal","2025年取得明显成效")
N("deadline-later-than-baseline","5．推动公共服务数字化","task 6, 完成时限 持续推进，2025年取得明显成效: equal","2025年取得明显成效")
N("deadline-later-than-baseline","7．建设数字乡村","task 10, 完成时限 持续推进，2025年取得明显成效: equal","2025年取得明显成效")
N("deadline-later-than-baseline","13．提升安全防护能力","task 18, 完成时限 2023年形成机制，长期坚持; county 长期坚持 (ongoing, no later milestone)","长期坚持")
N("deadline-later-than-baseline","14．提高自主可控水平","task 19 (2023年启动，2024年建成) / task 46 (2024年): equal","2024年底")
N("deadline-later-than-baseline","21．推进数据融合应用","task 42, 完成时限 2024年: equal","2024年底")
N("deadline-later-than-baseline","22．规范电子公文管理","task 40, 完成时限 2024年: equal","2024年底")
N("deadline-later-than-baseline","23．强化政务云支撑","task 43 (2024年建成，持续推进) / task 46 (2024年): equal","2024年底")
N("deadline-later-than-baseline","24．提升网络支撑能力","task 48, 完成时限 2024年: equal","2024年底")
N("deadline-later-than-baseline","28．推进非税收入电子化","task 56, 完成时限 2025年: equal","2025年底")
N("deadline-later-than-baseline","32．强化追溯监管","task 71, 完成时限 2024年: equal","2024年底")
N("deadline-later-than-baseline","35．推进“雪亮工程”","task 79, 完成时限 2024年: equal","2024年底")
N("deadline-later-than-baseline","37．提升基层治理能力","task 83, 完成时限 2025年: equal","2025年底")
N("deadline-later-than-baseline","39．深化“一网通办”","task 84 (网上办、掌上办、就近办、一次办), 完成时限 2024年: equal (not task 85)","2024年底")
N("deadline-later-than-baseline","40．推进“我的宁夏”应上尽上","task 86, 完成时限 2024年: equal","2024年底")
N("deadline-later-than-baseline","41．优化涉企服务","task 89, 完成时限 2024年: equal (the error on this line is the unit only)","2024年底")
N("deadline-later-than-baseline","45．加强生态环境数字化监测","task 94 (2024年) equal / task 95 (2025年) earlier","2024年底")
N("deadline-later-than-baseline","46．深化“互联网+城乡供水”","task 96, 完成时限 2025年: equal","2025年底")
N("deadline-later-than-baseline","50．推广协同办公","tasks 104/105, 完成时限 2024年: equal","2024年底")
N("deadline-later-than-baseline","（一）加强组织领导","task 116 (2023年完成并长期坚持); county 长期坚持, no later milestone","长期坚持")
N("deadline-later-than-baseline","2024年5月底前制定具体落实措施","the office's own follow-up and reporting dates (落实措施 by 2024年5月底, annual report by 1月15日), not task deadlines","2024年5月底")
covers=[(1,"1．融入算力枢纽建设"),(2,"2．推进产业数字化"),(3,"3．建设智慧园区"),(5,"4．完善数字经济治理"),
 (6,"5．推动公共服务数字化"),(9,"6．推进智慧县城建设"),(10,"7．建设数字乡村"),(11,"8．推进“数字供销”建设"),
 (12,"9．培育数据要素市场"),(14,"11．强化安全管理责任"),(15,"11．强化安全管理责任"),(17,"12．落实安全制度要求"),
 (18,"13．提升安全防护能力"),(21,"15．推动权力事项网上运行"),(24,"16．强化政务信息化项目管理"),(26,"17．完善制度规范"),
 (28,"18．开展试点示范"),(30,"19．健全数据管理机制"),(32,"19．健全数据管理机制"),(40,"22．规范电子公文管理"),
 (42,"21．推进数据融合应用"),(43,"23．强化政务云支撑"),(46,"23．强化政务云支撑"),(48,"24．提升网络支撑能力"),
 (49,"26．整合视频资源"),(50,"25．整合业务专网"),(51,"27．推广共性应用"),(52,"27．推广共性应用"),(53,"27．推广共性应用"),
 (56,"28．推进非税收入电子化"),(57,"29．完善信用信息服务"),(64,"（一）健全组织机构"),(66,"30．加强经济运行监测"),
 (68,"31．推行照单监管"),(71,"32．强化追溯监管"),(72,"33．推进协同监管"),(77,"34．提升矛盾纠纷化解能力"),
 (79,"35．推进“雪亮工程”"),(80,"36．推进“智慧应急”"),(83,"37．提升基层治理能力"),(84,"39．深化“一网通办”"),
 (86,"40．推进“我的宁夏”应上尽上"),(87,"42．做强12345热线"),(89,"41．优化涉企服务"),(90,"43．推进公共场馆数字化"),
 (93,"44．推进适老化改造"),(94,"45．加强生态环境数字化监测"),(96,"46．深化“互联网+城乡供水”"),(97,"47．推进自然资源一张图"),
 (100,"48．推进资源要素市场化"),(103,"49．提升辅助决策能力"),(104,"50．推广协同办公"),(105,"50．推广协同办公"),
 (106,"51．推进基层减负"),(107,"52．整合视频会议系统"),(108,"53．提升行政监督水平"),(111,"54．提升机关事务管理水平"),
 (112,"55．提升政府信息公开水平"),(114,"56．构建政务新媒体矩阵"),(115,"57．畅通政民互动渠道"),(116,"（一）加强组织领导"),
 (118,"（三）提升数字素养"),(122,"（四）强化考核评价"),(123,"（四）强化考核评价"),(124,"（四）强化考核评价"),(25,"（二）加强资金保障")]
C=[{"task":t,"line":L(s)} for t,s in covers]
key={
 "writer":"blind writer, round 283; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":M,
 "covers":C,
 "notes":("County plan of 中宁县 (中卫市), issued 2024-04-18, checked against 宁政发〔2023〕17号 only: no 中卫市 plan text is available, so parents is empty. "
  "Duties are worded in many ways: bracketed notes with 牵头/负责/配合, '由…负责' clauses in the sentence, '…按职责分工落实', '各乡镇负责本辖区…', '（县财政局负责资金保障）'. "
  "units.txt deliberately leaves out 中卫市 city bodies: they appear only as bodies reported to or coordinated with (lines 26, 61, 107) or as the object of the verb 配合 (line 35); "
  "中卫市生态环境局中宁分局 is a county-level branch and is listed. The garbled run on line 36 is UTF-8 read as GBK for 数字化支撑现代乡村治理体系，加快补齐. "
  "Tasks with regional deadline 2023 are given no county date on purpose.")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(C))
for e in expect: print(e['rule'],e['line'],e['text'])
