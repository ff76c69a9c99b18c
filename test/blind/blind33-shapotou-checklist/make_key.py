import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(marker):
    hits=[i+1 for i,l in enumerate(L) if marker in l]
    assert len(hits)==1,(marker,hits); return hits[0]
def E(rule,marker,text,why,**kw):
    n=ln(marker); 
    if text: assert text in L[n-1],(text,n)
    d={"rule":rule,"line":n}
    if text: d["text"]=text
    d.update(kw); d["why"]=why; return d
expect=[
 E("basis-mismatch","宁政办发〔2023〕17号","宁政办发〔2023〕17号","the 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号 (a government 发文, not a 办公厅 宁政办发 one)"),
 E("deadline-later-than-baseline","推进外网向村级延伸","2025年6月底","task 48 (城域网升级改造, 区市县乡村5级全覆盖) is due 2024 in the regional list"),
 E("deadline-later-than-baseline","推动应用接入“我的宁夏”","2025年","task 86 (“我的宁夏” 应上尽上) is due 2024"),
 E("deadline-later-than-baseline","完善政务公开平台","2025年底","task 112 (完善各类政务公开信息化平台) is due 2024"),
 E("deadline-invalid","推进公共数据开放","13月","2024年13月 is an impossible month (task 41, regional 2024)"),
 E("unknown-unit","区卫生建康局","区卫生建康局","typo (建 for 健) of 区卫生健康局; not in units.txt"),
 E("unknown-unit","自治区政府办公厅牵头，区大数据服务中心","自治区政府办公厅","regional body named as lead (牵头) of a district task (copied from task 19's cell); the district lead should be 区大数据服务中心"),
 E("garbled-text","鍔犲ぇ璐㈡斂鎶曞叆","鍔犲ぇ璐㈡斂鎶曞叆","UTF-8 read as GBK; decodes to 加大财政投入"),
]
M=[]
def N(rule,marker,text,why):
    n=ln(marker)
    if text: assert text in L[n-1],(text,n)
    d={"rule":rule,"line":n}
    if text: d["text"]=text
    d["why"]=why; M.append(d)
DL="deadline-later-than-baseline"; UU="unknown-unit"
# basis near misses
N("basis-mismatch","（国发〔2022〕14号）","国发〔2022〕14号","correct 文号 of the 国务院 指导意见")
N("basis-mismatch","宁政办发〔2023〕11号","宁政办发〔2023〕11号","数字宁夏“1244+N”行动计划实施方案 cited with the same 文号 as in the 吴忠 seed plan")
N("basis-mismatch","中卫市人民政府《关于加强数字政府建设的实施方案》","关于加强数字政府建设的实施方案","city plan cited by title alone without 文号 (usual for a city 实施方案); 实施方案 is the city's own document type, not a wrong title for the regional 实施意见")
N("basis-mismatch","宁政办发〔2020〕14号","宁政办发〔2020〕14号","retrospective mention of the 2020 工作要点 with its correct title and 文号, not cited as a basis")
# deadlines in 进展情况 later than region
N(DL,"一期已完成，二期已纳入2025年预算","2025年","进展情况 column (second phase funding), not a 完成时限; task 47's 完成时限 is 2024, equal to region")
N(DL,"持续优化，2026年起转入常态化运维","2026年","进展情况 column (after completion, ops phase); 完成时限 2025 equals task 87's 2025")
N(DL,"三维“一张图”本地数据计划2025年上半年补充完善","2025年","进展情况 column; 完成时限 2024 equals task 97")
N(DL,"2025年向村级延伸","2025年","进展情况 column; 完成时限 2024 equals task 105")
N(DL,"2024年12月底前完成数据专员配备","2024年12月","进展情况 column (task 32 due 2023; 完成时限 is 持续推进 since the 2023 part is done per the same cell)")
N(DL,"已纳入2024年度考核指标","2024年","进展情况 column; tasks 122/123 (2023年完成，长期坚持) written as 长期坚持")
N(DL,"整合本区非涉密视频会议系统资源","2025年","完成时限 2025 equals task 107; 进展情况 已纳入2025年预算 is progress, not a deadline")
N(DL,"未启动，计划2024年10月启动\n","2024年10月","") if False else None
# equal / earlier deadlines
N(DL,"服务算力枢纽建设","持续推进，2025年取得明显成效","equal to task 1")
N(DL,"培育数据要素市场","2025年","equal to task 12; 进展情况 计划2024年10月启动 is a progress note")
N(DL,"推进政务系统上云","2024年","task 19 is 2023年启动，2024年建成: equal (also the inline 2024年底前 in 具体措施)")
N(DL,"深化审管协同","2025年","equal to task 22")
N(DL,"开展试点示范","2024年启动，2025年取得明显成效","completing milestone 2025 equals task 28")
N(DL,"推进“数字供销”建设","2025年","task 11 completes 2025 (2023年完成主要建设任务，2025年取得明显成效)")
N(DL,"深化智慧教育应用","2024年底","earlier than task 7's 2025")
N(DL,"推进适老化改造","2024年10月","earlier than task 93's 2024 year end")
N(DL,"推进非税收入收缴电子化","2024年底","earlier than task 56's 2025")
N(DL,"推进公共资源交易数字化监管","长期推进，2024年取得明显成效","copied from task 108")
N(DL,"开展常态化安全防护和应急演练","2023年形成机制，长期坚持","copied from task 18; regional 2023 milestone before plan year, ongoing")
N(DL,"开展督促检查","2023年形成机制，长期坚持","copied from task 124")
N(DL,"强化经费保障","2023年","task 25 is due 2023; copied regional deadline before the plan year (progress 已完成) — not later, and not an invalid date")
N(DL,"压实安全主体责任","长期坚持","task 14 due 2023 (passed before the plan year), written as 长期坚持")
N(DL,"到2025年，全区数字政府建设“34567”体系框架","2025年","goal equal to the regional 到2025年 34567 framework goal; 全区 here means the district")
N(DL,"到2035年","2035年","equal to the regional 2035 goal")
N(DL,"健全组织机构","2024年","district counterpart of task 64 (各地参照自治区做法成立组织机构, 2025); task 60 (充实自治区领导小组, 2023) is the region's own body, not this task")
# units
N(UU,"区工信商务局、区应急管理局","区工信商务局","alias of 区工业信息化和商务局 in units.txt")
N(UU,"区教体局","区教体局","alias of 区教育体育局")
N(UU,"区大数据中心、区直各部门","区大数据中心","alias of 区大数据服务中心")
N(UU,"区市场监管局\t","区市场监管局","alias of 区市场监督管理局")
N(UU,"区政府督查室","区政府督查室","alias of 区人民政府督查室")
N(UU,"区委政法委、区公安分局\t2025年","区公安分局","alias of 中卫市公安局沙坡头区分局 (units.txt)")
N(UU,"区自然资源分局\t2024年\t推进中","区自然资源分局","alias of 中卫市自然资源局沙坡头区分局")
N(UU,"区生态环境分局","区生态环境分局","alias of 中卫市生态环境局沙坡头区分局")
N(UU,"自治区政府办公厅牵头，区大数据服务中心","区大数据服务中心","district's own body (区 = 沙坡头区), not 自治区大数据服务中心; the 自治区 prefix of the preceding lead does not distribute onto a name the registry lists")
N(UU,"区委网信办、区直各部门（单位）、各乡镇（街道）","区直各部门（单位）","collective subject (district's own departments)")
N(UU,"区委网信办、区直各部门（单位）、各乡镇（街道）\t","各乡镇（街道）","collective subject")
N(UU,"区委政法委、各乡镇（街道）、各村（社区）","各村（社区）","collective subject")
N(UU,"区农业农村局、各乡镇人民政府","各乡镇人民政府","collective subject")
N(UU,"区城市管理局、各街道办事处","各街道办事处","collective subject")
N(UU,"区大数据服务中心、区直有关部门\t2024年11月","区直有关部门","collective subject")
N(UU,"区委保密办","区委保密办","district's own 区委保密委员会办公室, in units.txt")
N(UU,"区委党校\t","区委党校","district party school, in units.txt")
N(UU,"区政府办、区大数据服务中心","区政府办","alias of 区人民政府办公室")
N(UU,"区卫生健康局、区人社局、区民政局、区文旅局","区文旅局","alias of 区文化旅游广电局")
N(UU,"区供销社","区供销社","district supply and marketing cooperative, in units.txt (not 自治区供销社)")
M=[m for m in M if m]
covers=[]
for t,mk in [(1,"服务算力枢纽建设"),(3,"推进智慧园区建设"),(7,"深化智慧教育应用"),(10,"推进数字乡村建设"),(14,"压实安全主体责任"),(18,"开展常态化安全防护和应急演练"),(19,"推进政务系统上云"),(23,"建立数字资源“一本账”"),(30,"完善政务数据资源目录"),(41,"推进公共数据开放"),(47,"推进电子政务外网扩容"),(48,"推进外网向村级延伸"),(52,"推广电子证照应用"),(64,"健全组织机构"),(70,"实施差异化监管"),(77,"推进矛盾纠纷多元化解"),(79,"持续推进“雪亮工程”"),(83,"提升基层治理能力"),(86,"推动应用接入“我的宁夏”"),(87,"优化12345热线服务"),(93,"推进适老化改造"),(105,"推广“宁政通”应用"),(112,"完善政务公开平台"),(116,"落实“一把手工程”"),(124,"开展督促检查")]:
    covers.append({"task":t,"line":ln(mk)})
key={"writer":"blind writer round 33 (read COMMON.md, ROUND33.md, KEY-FORMAT.md, DOMAIN.md, the seeds and wuzhong.units.txt only)",
"written":"2026-12-05","draft":"draft.txt","baseline":"ningxia-2023","build":None,"parents":[],"units":"units.txt","planYear":2024,
"expect":expect,"mustNotFlag":M,"covers":covers,
"notes":"沙坡头区 (district of 中卫市) 实施方案 as a reviewer's checklist: 6-column tab-separated tables 任务编号|工作任务|具体措施|责任单位|完成时限|进展情况 under sections 二–六; 进展情况 is progress as of 2024-06-30 and its dates are not deadlines. 区… always means the district (units.txt). Line 6 states the first-listed unit leads. Row 27 (line with 2024年13月) is task 41 (2024): only deadline-invalid is expected there, not a late deadline. No parent plan (中卫 plan not supplied). Line 39 names 自治区政府办公厅 twice: as 牵头 in 责任单位 (expected unknown-unit) and in 进展情况 (迁移方案已按自治区政府办公厅要求报备), which is not a responsible unit; one finding on that line is expected."}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
for d in expect: print(d['line'],d['rule'],d.get('text'))
