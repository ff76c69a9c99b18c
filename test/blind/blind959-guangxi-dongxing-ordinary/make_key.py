# Helper kept in the case folder: builds key.json with line numbers checked against draft.txt.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(s):
    hits=[i+1 for i,x in enumerate(L) if s in x]
    assert len(hits)==1,(s,hits)
    return hits[0]
def E(rule,s,why,**kw):
    d={"rule":rule,"line":ln(s),"text":s,"why":why}; d.update(kw); return d
def M(rule,line_s,why,text=None):
    d={"rule":rule,"line":ln(line_s),"why":why}
    if text:
        assert text in L[d["line"]-1],(text,d["line"])
        d["text"]=text
    return d
expect=[
 E("basis-mismatch","桂政发〔2022〕13号","the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; the digits are transposed"),
 E("deadline-later-than-baseline","2026年底","12345热线 归并/联动 = regional task 8 (持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the draft says 2026年底"),
 E("deadline-invalid","2022年12月底前","forward deadline for 电子政务外网 / IPv6 / 专网整合 (regional task 37, 完成时限 持续开展) set before the year the plan is issued (2023-09-18); the 附件 row for the same work gives 2024年6月底"),
 E("unknown-unit","市政务服务监督管理办公室","old name of a body that no longer exists; not in units.txt (the current units are 市行政审批局 / 市大数据发展局)"),
 E("garbled-text","鎺ㄨ繘鏀垮姟鏁版嵁鍏变韩","UTF-8 bytes read as GBK: 推进政务数据共享和业务协同，"),
 {"rule":"task-uncovered","line":0,"task":13,"why":"regional task 13 (推动智慧工地监管能力提升: 广西建筑工程智慧安全监管平台; 责任单位 includes 各市人民政府; 完成时限 持续开展) deliberately left out: no 智慧工地 / 建筑工程 content anywhere"},
]
mnf=[
 M("basis-mismatch","（国发〔2022〕14号）和","correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）","国发〔2022〕14号"),
 M("basis-mismatch","国发〔2016〕55号","retrospective mention in the background of an older document with its correct title and 文号; not a basis of this plan","国发〔2016〕55号"),
 M("basis-mismatch","东政办发〔2023〕47号","the plan's own 印发 notice number, not a cited document","东政办发〔2023〕47号"),
 M("basis-mismatch","按照防城港市委、市政府工作要求","a reference to the city's direction, not a cited document; this case has no parent plan","防城港市委、市政府工作要求"),
 M("deadline-invalid","2022年全市政务服务事项","past date in the 发展基础 background (an achievement already reached), not a deadline","2022年"),
 M("deadline-invalid","截至2022年底","past date in the background (截至…), not a deadline","2022年底"),
 M("deadline-invalid","到2023年底，全市数字政府建设","interim goal in the plan's own year (issued 2023-09-18): valid, and earlier than any regional goal","2023年底"),
 M("deadline-later-than-baseline","到2025年，与政府治理能力现代化","same year as the regional 主要目标 (到2025年…数字政府体系框架基本形成)","2025年"),
 M("deadline-later-than-baseline","到2035年，全市数字政府体系框架","same year as the regional 2035 goal (到2035年…数字政府基本建成)","2035年"),
 M("deadline-later-than-baseline","4.推行“互联网+监管”","regional task 3 (一体化在线监管 / 互联网+监管), 完成时限 2025年底; 2024年底 is earlier","2024年底"),
 M("deadline-later-than-baseline","7.推进社会治安防控体系智能化","regional task 5 (雪亮工程 / 治安防控), 完成时限 持续开展; a dated local milestone for an ongoing regional task is not later","2024年底"),
 M("deadline-later-than-baseline","12.推进“多卡合一”","regional task 7 (公共服务, 多卡合一 / 多码合一), 完成时限 持续开展; a dated local milestone is not later","2025年底"),
 M("deadline-later-than-baseline","15.完善“智桂通”东兴专区","regional task 9 (智桂通), 完成时限 2025年底; equal","2025年底"),
 M("deadline-later-than-baseline","27.优化政策信息数字化发布","regional task 22 (政务公开 / 政策信息数字化发布), 完成时限 2025年底; 2025年6月底 is earlier","2025年6月底"),
 M("deadline-later-than-baseline","28.畅通政民互动渠道","regional task 22 (政民互动 / 政策精准推送), 完成时限 2025年底; equal","2025年底"),
 M("deadline-later-than-baseline","43.强化政务云支撑能力","regional task 36 (政务云), 完成时限 持续开展; 2023年12月底 is in the plan's own year","2023年12月底"),
 M("deadline-invalid","14.优化12345热线服务","12345, 110, 119, 120, 122 are hotline numbers, not dates (this line's only date error is the planted 2026年底, a late deadline)","110、119、120、122"),
 M("deadline-later-than-baseline","2025年12月底前对方案","the plan's own 总结评估 in 2025, equal to the regional 2025 goal","2025年12月底前"),
 M("deadline-invalid","（一）动员部署阶段","implementation-step period in the plan's own year","2023年9月—10月"),
 M("deadline-later-than-baseline","（三）深化提升阶段","implementation-step period ending 2025年12月, not later than the regional 2025 goal","2025年1月—12月"),
 M("deadline-invalid","各牵头单位要于2023年10月31日前","the office's own reporting dates (措施备案, 每年6月30日, 12月10日), not task deadlines","2023年10月31日前"),
 M("deadline-later-than-baseline","2\t“智桂通”东兴专区提质扩面","附件 row: regional task 9 (智桂通), 完成时限 2025年底; 2024年底 is earlier","2024年底"),
 M("deadline-later-than-baseline","数字政府运行监测“驾驶舱”\t","附件 row: regional task 19 (辅助决策 / 数字政府大脑), 完成时限 持续开展; 2025年底 is a local milestone","2025年底"),
 M("deadline-invalid","4\t电子政务外网扩容和IPv6改造","附件 row 4: 2024年6月底 is a valid future date (the body's 2022年12月底前 for the same work is the planted slip on another line)","2024年6月底"),
 M("unknown-unit","10.打造泛在可及的服务体系","市行政审批局、大数据局、市场监管局: the 市 prefix distributes, giving 市市场监管局 (alias of 市市场监督管理局 in units.txt)","市场监管局"),
 M("unknown-unit","29.强化安全管理责任","市委网信办、国安办: the 市委 prefix distributes, giving 市委国安办 (in units.txt)","国安办"),
 M("unknown-unit","30.落实安全制度要求","市委网信办、保密办 gives 市委保密办 (in units.txt); 市直各部门 is a collective","保密办"),
 M("unknown-unit","6.提高基层治理精准化水平","各镇人民政府 and 各村（社区） are collective subjects","各村（社区）"),
 M("unknown-unit","38.开展试点示范","市直有关部门 is a collective subject","市直有关部门"),
 M("unknown-unit","20.提升生态环保协同治理能力","市生态环境局 is the short name of 防城港市东兴生态环境局 in units.txt","市生态环境局"),
 M("unknown-unit","48.助力数字经济发展","东兴海关 (a central body stationed locally) and 东兴边合区管委会 (alias of 东兴边境经济合作区管委会) are both in units.txt","东兴边合区管委会"),
 M("unknown-unit","45.加强共性应用支撑","东兴市税务局 is in units.txt; the other units are written in full","东兴市税务局"),
 M("unknown-unit","49.引领数字社会建设","中国移动东兴分公司、中国电信东兴分公司 are listed in units.txt and must not be split","中国电信东兴分公司"),
 M("unknown-unit","5.推进数字化网格治理","市人民法院、市人民检察院 are in units.txt (judicial bodies, as in the regional note)","市人民检察院"),
 M("unknown-unit","23.提升辅助决策能力","市政府办公室 is the short name of 市人民政府办公室","市政府办公室"),
 M("unknown-unit","成立东兴市数字政府建设工作领导小组","领导小组 membership in prose (市委网信办、编办 gives 市委编办), not a 责任单位 note; every name is in units.txt","编办"),
 M("garbled-text","48.助力数字经济发展","Móng Cái is the Vietnamese name of 芒街 with its proper diacritics, not mojibake","Móng Cái"),
 M("garbled-text","“4·27”","the middle dot in “4·27” (and in “天地图·广西”, item 45) is genuine punctuation","4·27"),
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"taken up at item 50 (营造良好数字生态), line %d"%ln("50.营造良好数字生态")},
 {"rule":"missing-pillar","line":0,"pillar":"生态环境保护","why":"taken up at （五）提升生态环境保护能力, lines %d-%d"%(ln("20.提升生态环保协同治理能力"),ln("22.推动绿色低碳转型"))},
 {"rule":"missing-pillar","line":0,"pillar":"党的领导","why":"section 九、加强党对数字政府建设工作的领导, line %d (组织领导, 推进机制, 数字素养, 考核评估)"%ln("九、加强党对数字政府建设工作的领导")},
]
covers_s=[(1,"1.加强经济运行监测分析"),(2,"3.推行智慧监管"),(3,"4.推行“互联网+监管”"),(4,"5.推进数字化网格治理"),
 (5,"7.推进社会治安防控体系智能化"),(6,"9.推进智慧应急建设"),(7,"10.打造泛在可及的服务体系"),(8,"14.优化12345热线服务"),
 (9,"15.完善“智桂通”东兴专区"),(10,"16.推动智慧教育服务能力提升"),(11,"17.推动智慧人社服务能力提升"),(12,"18.推动智慧医疗服务能力提升"),
 (14,"19.推动智慧体育和智慧康养"),(15,"19.推动智慧体育和智慧康养"),(16,"20.提升生态环保协同治理能力"),(17,"21.提高自然资源利用效率"),
 (18,"22.推动绿色低碳转型"),(19,"23.提升辅助决策能力"),(20,"24.提升行政执行能力"),(21,"26.提升行政监督水平"),
 (22,"27.优化政策信息数字化发布"),(23,"29.强化安全管理责任"),(24,"30.落实安全制度要求"),(25,"31.加强数据安全监管"),
 (26,"32.提升安全保障能力"),(27,"33.提高自主可控水平"),(28,"34.以数字化改革助力政府职能转变"),(29,"35.创新数字政府建设管理机制"),
 (30,"36.完善法规制度"),(31,"37.健全标准规范"),(32,"38.开展试点示范"),(33,"39.创新数据管理机制"),(34,"40.深化数据高效共享"),
 (35,"41.促进数据有序开发利用"),(36,"43.强化政务云支撑能力"),(37,"44.提升网络平台支撑能力"),(38,"45.加强共性应用支撑"),
 (39,"45.加强共性应用支撑"),(40,"47.强化开放生态支撑能力"),(41,"48.助力数字经济发展"),(42,"49.引领数字社会建设"),(43,"50.营造良好数字生态")]
covers=[{"task":t,"line":ln(s)} for t,s in covers_s]
notes=("东兴市 (a county-level city administered by 防城港市) plan issued 2023-09-18 as 东政办发〔2023〕47号, checked against 桂政发〔2022〕31号 only (no parent plan). "
 "Regional task numbers are the writer's own: the 43 inline (責任單位…完成時限…) notes of the 广西 实施意见 numbered in document order "
 "(1 经济调节, 3 互联网+监管, 5 治安防控, 7 公共服务, 8 12345热线, 9 智桂通, 13 智慧工地, 19 数字政府大脑, 22 政务公开, 36 政务云, 37 电子政务网络, 43 数字生态). "
 "Tasks 3, 8, 9 and 22 are due 2025年底, all others 持续开展; task 23 has no 各市人民政府. "
 "Line %d says the first unit of each note leads. Units distribute from the leading prefix (市 / 市委) over a 、-list; 市直各部门, 市直有关部门, 各镇人民政府 and 各村（社区） are collectives. "
 "Prose mentions of 广西民族大学、北部湾大学 (line %d) and of 防城港市 resources are not responsible units. "
 "Reviewers might differ on one reading: whether a dated local deadline for a regional task marked 持续开展 (lines %d, %d, %d and several 附件 rows) can be compared at all. The key treats it as not later.")%(
 ln("排在第一位的为牵头单位"),ln("广西民族大学"),ln("7.推进社会治安防控体系智能化"),ln("12.推进“多卡合一”"),ln("43.强化政务云支撑能力"))
key={"writer":"blind writer, round 959; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-08","draft":"draft.txt","also":[],"baseline":"guangxi-2022","build":None,"parents":[],
 "units":"units.txt","planYear":2023,"expect":expect,"mustNotFlag":mnf,"covers":covers,"notes":notes}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(L),len(expect),len(mnf),len(covers))
for e in expect: print(e['rule'],e['line'],e.get('text',e.get('task')))
