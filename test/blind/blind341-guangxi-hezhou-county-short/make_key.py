# helper: builds key.json and checks every line/text against draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(s, nth=1):
    hits=[i+1 for i,l in enumerate(L) if s in l]
    assert len(hits)>=nth, (s,hits)
    return hits[nth-1]
def chk(line,text):
    assert text in L[line-1], (line,text)
    return line
def gx(n, due): return f"广西 task {n} (clauses numbered 1-43 in order of their 责任单位/完成时限 notes), 完成时限 {due}"

expect=[
 {"rule":"basis-mismatch","line":ln("桂政发〔2022〕13号"),"text":"桂政发〔2022〕13号",
  "why":"《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; 13号 is a transposed number"},
 {"rule":"deadline-later-than-baseline","line":ln("完成时限：2026年底"),"text":"2026年底",
  "why":"12345热线 task; "+gx(8,"2025年底")+"; the county puts it a year later"},
 {"rule":"deadline-invalid","line":ln("完成时限：2022年底"),"text":"2022年底",
  "why":"智慧教育 task ("+gx(10,"持续开展")+"): a 2022 deadline in a plan issued 2023-05-26 is before the document's own year (slip copied from an older plan)"},
 {"rule":"unknown-unit","line":ln("县环保局"),"text":"县环保局",
  "why":"old name, not in units.txt; the county's environment body is 贺州市生态环境局钟山分局 (see the comment in units.txt)"},
 {"rule":"unknown-unit","line":ln("（责任单位：自治区大数据发展局，县直各部门"),"text":"自治区大数据发展局",
  "why":"a regional body listed first (= lead, per the draft's own note on line %d) for a county task (数据管理机制, 广西 task 33); copied from the regional 责任单位 where 县大数据发展局 should stand"%ln("排在第一位的为牵头单位")},
 {"rule":"missing-pillar","line":0,"pillar":"制度规则",
  "why":"广西 section 四 (构建科学规范的数字政府建设制度规则体系: 职能转变, 建设管理机制, 法规制度, 标准规范, 试点示范) is left out entirely; the 主要目标 (line %d) also drops 制度规则 from the list of systems"%ln("到2025年，与政府治理能力")},
 {"rule":"missing-pillar","line":0,"pillar":"平台支撑",
  "why":"广西 section 六 (构建智能集约的平台支撑体系: 政务云, 电子政务外网, 数据智能/共性应用/开放生态支撑) is left out entirely; no 政务云, 电子政务外网, 电子证照, 电子印章 or 统一身份认证 content anywhere"},
]
for t,why in [(13,"智慧工地"),(14,"智慧体育"),(15,"智慧康养"),(17,"自然资源利用效率"),(18,"绿色低碳转型"),
               (28,"制度规则: 职能转变"),(29,"制度规则: 建设管理机制"),(30,"制度规则: 法规制度"),(31,"制度规则: 标准规范"),(32,"制度规则: 试点示范"),
               (36,"平台支撑: 政务云"),(37,"平台支撑: 电子政务外网"),(38,"平台支撑: 数据智能"),(39,"平台支撑: 共性应用"),(40,"平台支撑: 开放生态")]:
    expect.append({"rule":"task-uncovered","line":0,"task":t,"why":why+" (责任单位 includes 各市人民政府), deliberately left out"})

M=[]
def m(rule,line,why,text=None):
    e={"rule":rule,"line":line}
    if text is not None: chk(line,text); e["text"]=text
    e["why"]=why; M.append(e)
# deadlines
m("deadline-later-than-baseline",ln("（责任单位：县市场监管局、司法局"),"互联网+监管 task: "+gx(3,"2025年底")+"; equal","2025年底")
m("deadline-later-than-baseline",ln("政策兑现直达直享"),"政务公开 task: "+gx(22,"2025年底")+"; equal","2025年底")
m("deadline-later-than-baseline",ln("完成时限：2024年底）"),"智桂通 task: "+gx(9,"2025年底")+"; 2024年底 is earlier","2024年底")
m("deadline-later-than-baseline",ln("2023年底前建立，长期坚持"),"安全管理责任: "+gx(23,"持续开展")+"; a 2023 milestone plus 长期坚持 is not later than an ongoing task","2023年底前建立")
m("deadline-later-than-baseline",ln("2024年底前完成目录编制"),"数据共享: "+gx(34,"持续开展")+"; a 2024 milestone plus 持续开展 is not later than an ongoing task","2024年底前完成目录编制")
m("deadline-later-than-baseline",ln("（责任单位：县发展和改革局、统计局"),"经济调节: "+gx(1,"持续开展")+"; draft 持续开展 equals the region's","持续开展")
m("deadline-later-than-baseline",ln("（责任单位：县委政法委，县公安局，各乡镇"),"雪亮工程: "+gx(5,"持续开展")+"; draft 持续开展 equals the region's","持续开展")
m("deadline-later-than-baseline",ln("依托广西“生态云”"),"生态环境: "+gx(16,"持续开展")+"; equal","持续开展")
m("deadline-later-than-baseline",ln("到2025年，与政府治理能力"),"主要目标: 广西 到2025年 数字政府体系框架基本形成; same year","到2025年")
m("deadline-later-than-baseline",ln("到2024年底，全县依申请"),"a county-only target (全程网办率), earlier than the region's 2025 horizon; no regional goal is later-compared","到2024年底")
m("deadline-later-than-baseline",ln("到2035年，全县数字政府"),"主要目标: 广西 到2035年 基本建成; same year","到2035年")
m("deadline-later-than-baseline",ln("2023年6月底前制定"),"the office's own reporting date for work measures, not a task deadline","2023年6月底前")
m("deadline-later-than-baseline",ln("每年11月30日前"),"annual reporting date of the county office","每年11月30日前")
m("deadline-invalid",ln("2022年全县政务服务事项"),"past year in the background section (发展现状), not a deadline","2022年")
m("deadline-invalid",ln("钟山县人民政府办公室　"),"the document's own printing date","2023年5月26日")
# basis
m("basis-mismatch",ln("国发〔2022〕14号"),"correct title and 文号 of the national guiding opinion","国发〔2022〕14号")
m("basis-mismatch",ln("《数字中国建设整体布局规划》"),"a real 2023 central document cited by title alone in 指导思想 (no 文号 to mismatch); not the basis","《数字中国建设整体布局规划》")
m("basis-mismatch",ln("《国务院关于在线政务服务的若干规定》"),"an in-force regulation (国务院令第716号) cited by title as a rule to follow, not a basis document","《国务院关于在线政务服务的若干规定》")
m("basis-mismatch",ln("钟政办发〔2023〕21号"),"the county's own 文号 for this notice","钟政办发〔2023〕21号")
# units
m("unknown-unit",ln("各乡镇人民政府，县直各部门（单位）："),"collective subjects (主送)","县直各部门（单位）")
m("unknown-unit",ln("（责任单位：县市场监管局、发展和改革局，县直有关部门"),"collective subject","县直有关部门")
m("unknown-unit",ln("（责任单位：县发展和改革局、统计局"),"county prefix distributes: 县统计局, 县大数据发展局, both in units.txt","统计局")
m("unknown-unit",ln("人社局、卫健局、市场监管局，县残联"),"distributed short names 县人社局/县卫健局/县市场监管局 and 县残联 are aliases in units.txt","县残联")
m("unknown-unit",ln("县公安局、大数据发展局、县工信局"),"县工信局 is the registered short name of 县工业和信息化局","县工信局")
m("unknown-unit",ln("钟山县气象局、钟山县消防救援大队"),"non-government bodies listed in units.txt","钟山县消防救援大队")
m("unknown-unit",ln("县人民法院、县人民检察院，各乡镇"),"court and procuratorate are in units.txt","县人民检察院")
m("unknown-unit",ln("积极配合自治区大数据发展局"),"a regional body named in prose as the body the county cooperates with, not as a responsible unit of the task","自治区大数据发展局")
m("unknown-unit",ln("县委网信办，县公安局、大数据发展局，县委保密办"),"县委保密办 is in units.txt","县委保密办")
m("unknown-unit",ln("县人民政府办公室，县大数据发展局、机关事务服务中心"),"distributed: 县机关事务服务中心 in units.txt","机关事务服务中心")
m("unknown-unit",ln("县人民政府督查室要会同"),"in units.txt","县人民政府督查室")
m("unknown-unit",ln("抄送："),"抄送 list: 县人大常委会办公室, 县政协办公室 are in units.txt; 县委各部门 is a collective","县政协办公室")
# pillars: near misses (line 0 = any line; the heading line is named in why)
def mp(pillar,line,why):
    M.append({"rule":"missing-pillar","line":0,"pillar":pillar,"why":why+" (line %d: %s)"%(line,L[line-1].strip())})
mp("经济调节",ln("（一）加强经济运行监测分析"),"taken up under a differently worded heading")
mp("市场监管",ln("（二）推进智慧监管"),"taken up under a differently worded heading, two task paragraphs")
mp("社会管理",ln("（三）推进基层治理数字化"),"taken up under a differently worded heading (广西: 积极推动数字化治理模式创新，提升社会管理能力)")
mp("公共服务",ln("（四）优化利企便民数字化服务"),"taken up (lines %d-%d)"%(ln("打造泛在可及的服务体系"),ln("推动智慧医疗服务能力提升")))
mp("生态环境保护",ln("（五）推进生态环境智慧监测"),"taken up in one sentence (line %d) under a differently worded heading"%ln("依托广西“生态云”"))
mp("政务运行",ln("（六）建设高效协同的数字机关"),"taken up under a differently worded heading (辅助决策, 行政执行, 行政监督)")
mp("政务公开",ln("（七）推进政务公开智能集约"),"taken up in one sentence (line %d)"%ln("依托全区政府网站集约化平台"))
mp("安全保障",ln("三、筑牢数字政府安全防线"),"taken up under a differently worded heading")
mp("数据资源",ln("四、推进政务数据共享利用"),"taken up under a differently worded heading")
mp("数字经济",ln("（一）带动县域数字经济发展"),"taken up under a differently worded heading")
mp("数字社会",ln("（二）推进智慧县城和数字乡村建设"),"taken up under a differently worded heading")
mp("数字生态",ln("（三）营造良好数字生态"),"taken up in one sentence (line %d)"%ln("加快形成全社会共建共治共享的数字生态"))
mp("组织领导",ln("（一）加强组织领导"),"taken up under 六、保障措施 instead of 加强党对数字政府建设工作的领导")
mp("推进机制",ln("（二）健全推进机制"),"taken up under 六、保障措施")
mp("数字素养",ln("（三）提升数字素养"),"taken up under 六、保障措施")
mp("考核评估",ln("（四）强化考核评估"),"taken up under 六、保障措施, in one sentence plus a follow-up line")

covers=[]
for t,s in [(1,"开发经济运行监测预警应用"),(2,"运用多源数据为市场主体精准"),(3,"全面对接自治区“互联网+监管”系统"),
            (4,"提升社会矛盾化解能力"),(5,"推进社会治安防控体系智能化"),(6,"推进智慧应急建设"),(7,"打造泛在可及的服务体系"),
            (8,"优化12345政务服务便民热线"),(9,"推广应用“智桂通”"),(10,"推动智慧教育服务能力提升"),(11,"推动智慧人社服务能力提升"),
            (12,"推动智慧医疗服务能力提升"),(16,"依托广西“生态云”"),(19,"提升辅助决策能力"),(20,"提升行政执行能力"),(21,"提升行政监督水平"),
            (22,"依托全区政府网站集约化平台"),(23,"建立健全县数字政府安全工作协调机制"),(24,"落实数据分类分级保护"),(26,"强化日常监测、通报预警"),
            (33,"明确各部门数据归集"),(34,"编制县级政务数据目录"),(35,"编制县级公共数据开放目录"),(41,"主动融入中国—东盟信息港"),
            (42,"推进数字乡村建设"),(43,"加快形成全社会共建共治共享的数字生态")]:
    covers.append({"task":t,"line":ln(s)})

key={
 "writer":"blind writer, round 341; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":expect,
 "mustNotFlag":M,
 "covers":covers,
 "notes":("广西 task numbers: the seed has no numbered list, so tasks are numbered 1-43 in the order of its inline "
  "(責任單位…完成時限…) notes (task 1 = 经济调节 on seed line 43 … task 43 = 数字生态 on seed line 187). "
  "The county plan deliberately leaves out 广西 sections 四 (制度规则) and 六 (平台支撑); everything else of the framework is taken up, "
  "several parts under differently worded headings or in one sentence. Tasks 25 (数据安全监管) and 27 (自主可控) are touched by one clause each "
  "(line %d: 依法查处数据安全违法违规行为; line %d: 强化安全可靠技术和产品应用) and are neither claimed in covers nor listed as uncovered. "
  "The draft states (line %d) that the first-listed unit leads. No parent plan: the 贺州市 plan is not in the seeds and the draft cites it by no title."
  )%(ln("依法查处数据安全违法违规行为"),ln("强化安全可靠技术和产品应用"),ln("排在第一位的为牵头单位"))
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(expect),len(M),len(covers))
for e in expect:
    if e['line']: print(e['rule'],e['line'],e.get('text'))
