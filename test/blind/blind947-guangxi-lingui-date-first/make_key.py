# builds key.json from draft.txt; every line number is located by a unique snippet and the text is asserted on that line
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(s, nth=1):
    hits=[i+1 for i,l in enumerate(L) if s in l]
    assert len(hits)>=nth, s
    return hits[nth-1]
def chk(line, text):
    assert text in L[line-1], (line,text)
    return line
expect=[
 dict(rule="deadline-later-than-baseline", line=ln("优化12345热线服务"), text="2026年6月底", why="task 8 (seed line 63, 12345熱線 归并/联动, 各市人民政府) 完成時限 2025年底; the draft's 2026年6月底前完成 is half a year later"),
 dict(rule="deadline-invalid", line=ln("2022年底前完成"), text="2022年底", why="the plan is issued 2023-08-15 (planYear 2023); a completion date of 2022年底 lies before the year of issue (task 37, seed line 165, 電子政務外網/IPv6, 完成時限 持續開展)"),
 dict(rule="unknown-unit", line=ln("区卫生计生局"), text="区卫生计生局", why="outdated name (卫生和计划生育局, abolished in the 2019 reform); the registry has 区卫生健康局 = 区卫健局 only"),
 dict(rule="basis-mismatch", line=ln("桂政办发〔2022〕31号"), text="桂政办发〔2022〕31号", why="the Guangxi 实施意见 is 桂政发〔2022〕31号 (a 自治区人民政府 document, not a 办公厅 one); 桂政办发 is the wrong 文号 for this title"),
 dict(rule="garbled-text", line=ln("鎻愬崌瀹夊叏"), text="鎻愬崌瀹夊叏淇濋殰", why="heading （四）提升安全保障能力 stored as UTF-8 read as GBK (re-encode as GBK, decode as UTF-8 to recover)"),
 dict(rule="task-uncovered", line=0, task=6, why="deliberately left out: task 6 (seed line 57, 推進智慧應急建設, 各市人民政府, 持續開展); the draft has no 智慧应急 / 应急指挥 content and no 区应急管理局"),
]
for e in expect:
    if e['line']: chk(e['line'], e['text'])
M=[]
def m(rule,s,why,text=None,nth=1):
    i=ln(s,nth); d=dict(rule=rule,line=i)
    if text: chk(i,text); d['text']=text
    d['why']=why; M.append(d)
# units
m("unknown-unit","服务经济政策落地","collective subject (各乡镇人民政府)","各乡镇人民政府")
m("unknown-unit","提升一体化在线监管水平","collective subject","区直有关部门")
m("unknown-unit","明确区级部门数据归集","collective subject","区直各部门（单位）")
m("unknown-unit","服务经济政策落地","short name listed in units.txt for 区发展和改革局","区发改局")
m("unknown-unit","推动智慧人社发展","short name listed in units.txt for 区人力资源和社会保障局","区人社局")
m("unknown-unit","推进数字化网格治理","区 prefix distributes: 区住房城乡建设局, a listed short name of 区住房和城乡建设局","住房城乡建设局")
m("unknown-unit","推动智慧工地监管","short name listed in units.txt","区住建局")
m("unknown-unit","建立健全数据安全监管责任体系","full name of 区委网信办, listed as its alias","区委网络安全和信息化委员会办公室")
m("unknown-unit","推进社会治安防控体系智能化","short name of 桂林市公安局临桂分局 in units.txt","临桂公安分局")
m("unknown-unit","加强经济运行监测分析","区 prefix distributes over 区统计局、财政局、大数据发展局 (区财政局, 区大数据发展局)","财政局")
m("unknown-unit","拓展公平普惠的民生服务","区 prefix distributes: 区残联 is in units.txt","残联")
m("unknown-unit","推进智慧康养服务","区 prefix distributes: 区文体广旅局, short name of 区文化体育广电和旅游局","文体广旅局")
m("unknown-unit","提升生态环保协同治理能力","short name of 桂林市生态环境局临桂分局","临桂生态环境分局")
m("unknown-unit","推进共性应用集约建设","区 prefix distributes (区档案馆); 区税务局 is the short name of 国家税务总局桂林市临桂区税务局","档案馆")
m("unknown-unit","提升社会矛盾化解能力","in units.txt (with 区人民法院)","区人民检察院")
m("unknown-unit","落实数字政府建设安全和保密工作","in units.txt","区委保密办")
m("unknown-unit","提升行政执行能力","区 prefix distributes: 区机关事务服务中心","机关事务服务中心")
m("unknown-unit","优化12345热线服务","short name of 临桂区消防救援大队","区消防救援大队")
# basis
m("basis-mismatch","为贯彻落实","correct title and 文号 of the national 指导意见","国发〔2022〕14号")
m("basis-mismatch","近年来，我区认真落实","retrospective mention in the background; title and 文号 correct (2018 指导意见 on the 一体化在线政务服务平台), not a basis of this plan","国发〔2018〕27号")
m("basis-mismatch","近年来，我区认真落实","retrospective mention in the background; correct 文号 of the 2017 政务信息系统整合共享实施方案 notice","国办发〔2017〕39号")
m("basis-mismatch","临政办发","the plan's own issuing number, not a cited basis","临政办发〔2023〕27号")
m("basis-mismatch","已经区人民政府同意","the plan's own title in the cover notice; not a basis document","《临桂区加强数字政府建设实施方案》")
# deadlines later
m("deadline-later-than-baseline","提升一体化在线监管水平","equal: task 3 (seed line 49, 一體化在線監管) 完成時限 2025年底; draft 2023年启动，2025年底前完成","2025年底")
m("deadline-later-than-baseline","推广“智桂通”移动应用","earlier: task 9 (seed line 65, 智桂通) 完成時限 2025年底; draft 2024年6月底","2024年6月底")
m("deadline-later-than-baseline","优化政策信息数字化发布","earlier: task 22 (seed line 97, 政務公開) 完成時限 2025年底; draft 2024年底","2024年底")
m("deadline-later-than-baseline","畅通政民互动渠道","equal: task 22 (seed line 97) 完成時限 2025年底","2025年底")
m("deadline-later-than-baseline","到2025年，与政府治理能力","equal to the regional 主要目标 (到2025年 … 体系框架基本形成)","到2025年")
m("deadline-later-than-baseline","到2035年","equal to the regional 2035 goal (基本建成)","到2035年")
m("deadline-later-than-baseline","提升智慧便捷的服务能力","task 7 (seed line 61) 完成時限 持續開展: no regional milestone, a dated local deadline is not later","2024年底")
m("deadline-later-than-baseline","提升行政执行能力","task 20 (seed line 91) 完成時限 持續開展; local 2024年底 is not later","2024年底")
m("deadline-later-than-baseline","围绕重点领域、关键环节","task 32 (seed line 141) 完成時限 持續開展; local 2023年启动，2025年底前形成典型经验 is not later","2025年底")
m("deadline-later-than-baseline","明确区级部门数据归集","task 33 (seed line 147) 完成時限 持續開展; local 2024年底 is not later","2024年底")
m("deadline-later-than-baseline","建立区级政务信息化项目统筹管理机制","task 29 (seed line 129) 完成時限 持續開展; local 2023年建立，长期坚持","2023年建立")
m("deadline-later-than-baseline","全面推进阶段","the office's own work schedule (phases), not a task deadline; ends 2025年6月, before the regional 2025年底","2025年6月")
m("deadline-later-than-baseline","总结提升阶段","the office's own schedule; ends 2025年12月 = the regional 2025年底","12月")
# deadline invalid
m("deadline-invalid","2022年，全区政务服务","past date in the background (a result), not a deadline","2022年")
m("deadline-invalid","截至2023年6月底","past date in the background (截至), not a deadline","2023年6月底")
m("deadline-invalid","各责任单位于每年6月25日","the office's own recurring reporting dates","12月10日")
m("deadline-invalid","成立由区人民政府主要领导任组长","2023年9月底 is in the year of issue, after the issue date; no regional counterpart","2023年9月底")
m("deadline-invalid","依托自治区、市政务云资源","2023年底 is in the year of issue (task 36, seed line 161, 持續開展)","2023年底")
m("deadline-invalid","到2023年底，建立区数字政府","local goal in the year of issue","到2023年底")
m("deadline-invalid","2023年8月15日","the signing date of the cover notice","2023年8月15日")
# garbled
m("garbled-text","视察广西","ordinary middle dot in “4·27”, not damage","4·27")
m("garbled-text","推进共性应用集约建设","ordinary middle dot in the platform name “天地图·广西”","天地图·广西")
C=[(1,"加强经济运行监测分析"),(2,"推进智慧监管"),(3,"提升一体化在线监管水平"),(4,"推进数字化网格治理"),(5,"推进社会治安防控体系智能化"),
(7,"打造泛在可及的服务体系"),(8,"优化12345热线服务"),(9,"推广“智桂通”移动应用"),(10,"推动智慧教育发展"),(11,"推动智慧人社发展"),
(12,"推动智慧医疗发展"),(13,"推动智慧工地监管"),(14,"推动智慧体育发展"),(15,"推进智慧康养服务"),(16,"提升生态环保协同治理能力"),
(17,"提高自然资源利用效率"),(18,"推动绿色低碳转型"),(19,"提升辅助决策能力"),(20,"提升行政执行能力"),(21,"提升行政监督水平"),
(22,"优化政策信息数字化发布"),(23,"落实数字政府建设安全和保密工作"),(24,"建立健全数据分类分级保护"),(25,"建立健全数据安全监管责任体系"),
(26,"依托电子政务外网安全态势感知平台"),(27,"推动政务信息系统安全可靠技术"),(28,"推动各类行政权力事项网上运行"),(29,"建立区级政务信息化项目统筹管理机制"),
(30,"持续抓好现行法律法规贯彻落实"),(31,"贯彻执行国家、自治区数字政府建设标准"),(32,"围绕重点领域、关键环节"),(33,"明确区级部门数据归集"),
(34,"依托自治区数据共享交换平台"),(35,"依托广西公共数据开放平台"),(36,"依托自治区、市政务云资源"),(37,"推动电子政务外网向村"),
(38,"强化数据智能支撑"),(39,"推进共性应用集约建设"),(40,"规范应用接入开放生态"),(41,"以数字政府建设为牵引，对接"),(42,"推进智慧城市建设"),(43,"落实数据要素市场规则")]
for t,s in C: assert sum(s in l for l in L)==1, s
covers=[dict(task=t,line=ln(s)) for t,s in C]
T="task numbering: the 43 paragraphs of guangxi-2022-shishi-yijian.txt that end with a (責任單位…完成時限…) note, numbered 1-43 in order; seed line given"
key=dict(writer="blind writer, round 947; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 written="2026-12-08", draft="draft.txt", also=[], baseline="guangxi-2022", build=None, parents=[], units="units.txt", planYear=2023,
 expect=expect, mustNotFlag=M, covers=covers,
 notes=("Guangxi "+T+". Tasks 1-43 map to seed lines 43,47,49,53,55,57,61,63,65,67,69,71,73,75,77,81,83,85,89,91,93,97,103,107,111,115,119,125,129,133,137,141,147,151,155,161,165,169,171,173,179,183,187. "
 "Only tasks 3, 8, 9, 22 carry a dated 完成時限 (2025年底); all others are 持續開展. Task 23 (seed line 103) names no 各市人民政府 but the draft takes it up anyway. "
 "The draft's notes put the date first: （2024年底前完成；责任单位：…） / （持续推进。牵头：…；配合：…）; a 区 prefix distributes over a 、-list, and line 127 says the first-listed unit leads. "
 "The Guangxi title is cited as 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》; the seed text carries no title line, so the title is the writer's reading; only the 文号 (桂政办发 for 桂政发) is planted. "
 "No parent plan: 临桂区 is under 桂林市, whose plan is not supplied and is not cited by title. "
 "All pillars (七个能力, 安全保障, 制度规则, 数据资源, 平台支撑, 数字经济/社会/生态, 党的领导) have their own section."))
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
for e in expect: print(e['rule'],e['line'],e.get('text'))
