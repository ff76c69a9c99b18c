# Builds key.json from line-finding rules and checks every text against draft.txt (1-based lines).
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(s, nth=0):
    hits=[i+1 for i,l in enumerate(L) if s in l]
    assert hits, s
    return hits[nth]
def E(rule,anchor,text,why,**kw):
    d={"rule":rule,"line":ln(anchor) if anchor else 0}
    if text is not None:
        d["text"]=text
        if d["line"]: assert text in L[d["line"]-1],(text,d)
    d.update(kw); d["why"]=why; return d
TN="Task numbers follow the order of the 43 inline notes (責任單位…完成時限…) in guangxi-2022-shishi-yijian.txt."
expect=[
 E("basis-mismatch","（桂政发〔2022〕13号）","桂政发〔2022〕13号","the 广西 实施意见 of 2022-11-30 is 桂政发〔2022〕31号; digits transposed"),
 E("deadline-later-than-baseline","12345热线。县直各类","2026年6月底","regional task 8 (12345热线 归并与联动, 二（四）) 完成時限 2025年底; the county sets 2026年6月底前"),
 E("deadline-invalid","\t全县政务数据目录编制\t","2024年6月31日","June has 30 days; impossible date in the task table (the body, line %d, says 2024年6月底前)"%ln("数据目录。编制全县政务数据目录")),
 E("unknown-unit","\t县卫计局\t","县卫计局","old name of the merged 卫生计生局; units.txt has 县卫生健康局 (县卫健局) only; named as lead of table row 7"),
 E("garbled-text","鍚勯儴闂ㄥ師鍒","鍚勯儴闂ㄥ師鍒","UTF-8 read as GBK: 各部门原则上不再新建业务专网"),
 {"rule":"task-uncovered","line":0,"task":18,"why":"regional task 18 推動綠色低碳轉型 (碳排放監測、碳匯監測網絡; 各市人民政府, 持續開展) deliberately left out: section 二（五） has only 环境监测 and 自然资源"},
]
M=[]
def N(rule,anchor,text,why,**kw): M.append(E(rule,anchor,text,why,**kw))
N("basis-mismatch","峨政办发〔2023〕21号","峨政办发〔2023〕21号","the plan's own 文号 in the issuing notice, not a cited basis")
N("basis-mismatch","（国发〔2022〕14号）","国发〔2022〕14号","correct title and 文号 of the national 指导意见")
N("basis-mismatch","国发〔2016〕55号","国发〔2016〕55号","retrospective mention in the background of a real older document; its title genuinely says 加快推进 and its 文号 is right")
N("basis-mismatch","按照自治区公共数据开放目录要求",None,"自治区公共数据开放目录 is a catalogue, not a cited basis document")
N("deadline-invalid","2021年，县直部门","2021年","past date in the background section, not a deadline")
N("deadline-invalid","2022年，县政务服务中心","2022年","past date in the background section, not a deadline")
N("deadline-invalid","2023年6月12日","2023年6月12日","the issuing date of the notice")
N("deadline-invalid","到2023年底，摸清","2023年底","an interim goal in the plan's own year, not before it")
N("deadline-later-than-baseline","到2025年，全县数字政府体系框架","到2025年","equal to the regional 主要目标 到2025年 數字政府體系框架基本形成")
N("deadline-later-than-baseline","到2035年，与全区同步","到2035年","equal to the regional goal 到2035年 廣西數字政府基本建成")
N("deadline-later-than-baseline","县级监管事项全部在自治区","2024年底","regional task 3 (一體化在線監管/互聯網+監管) 完成時限 2025年底; the county is earlier")
N("deadline-later-than-baseline","\t监管事项在“互联网+监管”系统全覆盖\t","2024年底","regional task 3 完成時限 2025年底; earlier")
N("deadline-later-than-baseline","“智桂通”。县直部门","2025年底","regional task 9 (智桂通) 完成時限 2025年底; equal")
N("deadline-later-than-baseline","\t县直部门服务应用接入“智桂通”\t","2025年底","regional task 9 完成時限 2025年底; 2023年启动，2025年底完成 is equal")
N("deadline-later-than-baseline","县政府门户网站在全区政府网站集约化平台","2025年底","regional task 22 (政務公開) 完成時限 2025年底; equal")
N("deadline-later-than-baseline","\t县政策文件库和惠企政策推送\t","2025年底","regional task 22 完成時限 2025年底; equal")
N("deadline-later-than-baseline","治安防控。推进“雪亮工程”","2024年底","regional task 5 (社會治安防控) 完成時限 持續開展: no milestone to be late against")
N("deadline-later-than-baseline","养老。建设县智慧养老服务平台","2025年底","regional task 15 (智慧康養) 完成時限 持續開展: no milestone; 2025 is inside the plan period")
N("deadline-later-than-baseline","电子政务外网。外网延伸到","2025年底","regional task 37 (電子政務外網) 完成時限 持續開展: no milestone")
N("deadline-later-than-baseline","\t公共数据分类分级开放\t","2025年底","regional task 35 (數據開發利用) 完成時限 持續開展: no milestone")
N("deadline-later-than-baseline","数据目录。编制全县政务数据目录","2024年6月底","regional task 34 (數據共享/政務數據目錄) 完成時限 持續開展; a valid date, the body form of the table's slip")
N("deadline-invalid","2023年12月20日前报送","2023年12月20日","the office's own reporting date for units, not a task deadline")
N("deadline-later-than-baseline","每年12月底前向县人民政府报告","每年12月底","the office's own yearly reporting, not a task deadline")
N("deadline-invalid","重点任务表（2023—2025年）","2023—2025年","the period in the attachment's title, not a deadline")
N("unknown-unit","各乡（镇）人民政府，县直各部门（单位）：","各乡（镇）人民政府","collective subject")
N("unknown-unit","政务服务。县、乡、村三级","县直各部门（单位）","collective subject")
N("unknown-unit","县级监管事项全部在自治区","司法局","prefix 县 distributes: 县司法局 is in units.txt")
N("unknown-unit","应急管理。完善县应急指挥平台","气象局","prefix 县 distributes: 县气象局 is the short name of 天峨县气象局 in units.txt")
N("unknown-unit","依托国家规划综合管理信息平台","县发展改革局","official short name of 县发展和改革局 in units.txt")
N("unknown-unit","人社。推广以社会保障卡","县人力资源社会保障局","official short name of 县人力资源和社会保障局 in units.txt")
N("unknown-unit","照顾特殊群体。","县残联","short name of 天峨县残疾人联合会 in units.txt")
N("unknown-unit","环境监测。用好生态环境","河池市天峨生态环境局","the county's ecology bureau carries the city's name; it is one name in units.txt and must not be split or read as a city body")
N("unknown-unit","公共平台。统一身份认证","县税务局","short name of 国家税务总局天峨县税务局 in units.txt")
N("unknown-unit","政务云。按自治区大数据发展局","自治区大数据发展局","named as the source of the deployment, not as a responsible unit; the lead of the task is 县大数据发展局")
N("unknown-unit","以下简称县数字办","县数字办","defined in the text (县数字政府建设领导小组办公室) and listed in units.txt")
N("unknown-unit","\t八腊瑶族乡、岜暮乡数字乡村示范村\t","八腊瑶族乡人民政府","a township government listed in units.txt")
N("unknown-unit","县委督查室、县政府督查室","县委督查室","listed in units.txt")
N("garbled-text","先在八腊瑶族乡、岜暮乡","岜暮乡","a real township name with a rare character, not mojibake")
N("garbled-text","“天地图·广西”","天地图·广西","official platform name with a middle dot, not damage")
N("missing-pillar",None,None,"the plan names its parts in its own words; 制度規則 is taken up by 四、立规矩、定标准",pillar="制度规则")
N("missing-pillar",None,None,"平台支撐 is taken up by 六、云、网和公共平台",pillar="平台支撑")
N("missing-pillar",None,None,"數據資源 is taken up by 五、管好用好数据",pillar="数据资源")
N("missing-pillar",None,None,"安全保障 is taken up by 三、守好网络和数据安全",pillar="安全保障")
N("missing-pillar",None,None,"黨的領導 (組織領導, 推進機制, 數字素養, 考核評估) is taken up by 八、怎么保障",pillar="党的领导")
N("missing-pillar",None,None,"數字生態 is taken up in one short paragraph (公平竞争审查, 数据要素应用场景)",pillar="数字生态")
C=[(1,"依托国家规划综合管理信息平台"),(2,"落实“双随机、一公开”监管"),(3,"县级监管事项全部在自治区"),(4,"网格和调解。"),(5,"治安防控。"),(6,"应急管理。完善"),(7,"政务服务。县、乡、村三级"),(8,"12345热线。县直"),(9,"“智桂通”。县直部门"),(10,"教育。推进中小学"),(11,"人社。推广"),(12,"医疗。推进县域远程医疗"),(13,"工地。在建"),(15,"养老。建设县智慧养老"),(16,"环境监测。用好"),(17,"自然资源“一张图”。"),(19,"辅助决策。"),(20,"协同办公。"),(21,"行政监督。"),(22,"县政府门户网站在全区"),(23,"安全责任。"),(24,"等级保护和密码。"),(25,"数据安全。落实"),(26,"防护能力。"),(27,"防护能力。"),(28,"流程再造。"),(29,"项目管理。"),(30,"执行制度和标准。"),(31,"执行制度和标准。"),(32,"试点。积极争取"),(33,"数据目录。编制"),(34,"数据共享。依托"),(35,"数据开放。按照"),(36,"政务云。按自治区"),(37,"电子政务外网。外网"),(39,"公共平台。统一身份"),(41,"数字经济。抓住"),(42,"数字社会。推进"),(43,"数字生态。落实")]
covers=[{"task":t,"line":ln(a)} for t,a in C]
key={"writer":"blind writer, round 794; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07","draft":"draft.txt","baseline":"guangxi-2022","build":None,"parents":[],"units":"units.txt","planYear":2023,
 "expect":expect,"mustNotFlag":M,"covers":covers,
 "notes":TN+" The draft is a 天峨县 (河池市) plan of 2023-06-12 implementing 桂政发〔2022〕31号 directly (no parent plan cited). Notes say 排在第一位的为牵头单位. Tasks 14 (智慧体育), 38 (智能算法库/模型库) and 40 (开放生态支撑平台) are not taken up either; they are not planted, so a task-uncovered for them is neither right nor wrong here. Task 23 is a regional-only task (no 各市人民政府) that the county takes up anyway at line %d."%ln("安全责任。")}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
for e in expect: print(e['rule'],e['line'],e.get('text'))
