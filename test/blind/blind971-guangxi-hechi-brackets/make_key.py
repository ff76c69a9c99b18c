# Builds key.json; every line number is looked up in the final draft.txt (1-based)
# from an anchor that must occur on exactly one line.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(anchor):
    hits=[i for i,l in enumerate(L,1) if anchor in l]
    assert len(hits)==1,(anchor,hits)
    return hits[0]
def E(rule,anchor,text=None,why='',**kw):
    d={'rule':rule,'line':ln(anchor) if anchor else 0}
    if text is not None:
        assert anchor is None or text in L[d['line']-1],(text,anchor)
        d['text']=text
    d.update(kw); d['why']=why
    return d

expect=[
 E('deadline-later-than-baseline','探索建设河池城市智慧指挥中心','2026年底',
   'task 8 (12345热线: 持续优化12345政务服务便民热线平台…, seed line 63) has 完成时限 2025年底; the city gives 2026年底, a year later'),
 E('deadline-invalid','以标准化促进数字政府建设规范化。【','13月',
   'impossible month: 完成时限 2024年13月底前 (task 31 健全标准规范, seed line 137, 完成时限 持续开展, so no late-deadline comparison applies)'),
 E('unknown-unit','市工信委','市工信委',
   'old name of the pre-2019 市工业和信息化委员会; units.txt has only 市工业和信息化局 = 市工信局 (task 25 数据安全监管)'),
 E('basis-mismatch','桂政发〔2022〕13号','桂政发〔2022〕13号',
   'the 广西 实施意见 关于加强数字政府建设 is 桂政发〔2022〕31号; 13号 is a digit transposition'),
 E('garbled-text','鎺ㄥ姩鏀垮姟','鎺ㄥ姩鏀垮姟',
   'UTF-8 read as GBK: 鎺ㄥ姩鏀垮姟鏁版嵁鎸夐渶鍏变韩 = 推动政务数据按需共享 (re-encode as GBK, decode as UTF-8)'),
 E('task-uncovered',None,None,
   'task 14 推动智慧体育服务能力提升 (seed line 75, 责任单位 …各市人民政府, 持续开展) is deliberately left out: no 体育/体医融合 content anywhere in the draft',task=14),
]

M=[]
def N(rule,anchor,text=None,why='',**kw): M.append(E(rule,anchor,text,why,**kw))
D='deadline-later-than-baseline'; I='deadline-invalid'; U='unknown-unit'; B='basis-mismatch'; G='garbled-text'; P='missing-pillar'
# deadlines
N(D,'一体化在线监管提升监管协同化水平','2025年底','task 3 (一体化在线监管, seed line 49) 完成时限 2025年底; 2023年启动，2025年底前建成 completes in 2025年底 = equal')
N(D,'持续完善“智桂通”河池专区','2024年底','task 9 (智桂通, seed line 65) 完成时限 2025年底; 2024年底 is earlier')
N(D,'优化政策信息数字化发布','2025年6月底','task 22 (政务公开, seed line 97) 完成时限 2025年底; 2025年6月底前 is earlier')
N(D,'提升辅助决策能力','2025年底','task 19 (数字政府大脑, seed line 89) 完成时限 持续开展 (no year); a dated milestone plus 持续开展 cannot be later')
N(D,'聚焦有色金属、茧丝绸','持续开展','task 1 (经济调节, seed line 43) 完成时限 持续开展; equal (note in 〔〕)')
N(D,'推动政府履职更加协同高效','持续开展','task 28 (seed line 125) 完成时限 持续开展; equal (note in 【】)')
N(D,'推动智慧人社服务能力提升','长期坚持','task 11 (智慧人社, seed line 69) 完成时限 持续开展; 长期坚持 is the same ongoing commitment')
N(D,'开展全市政务数据资源普查','2023年12月底','task 33 (数据管理机制, seed line 147) 完成时限 持续开展; a 2023 milestone is not later')
N(D,'强化电子政务网络统筹建设管理','2024年底','body date on task 37 (网络平台, seed line 165) 完成时限 持续开展; not later')
N(D,'到2024年底，全市数字政府建设统筹协调机制','2024年底','intermediate goal, earlier than the region\'s 到2025年 goals')
N(D,'到2025年，与政府治理能力现代化相适应','2025年','主要目标 copied from the region (到2025年 … 数字政府体系框架基本形成): equal')
N(D,'——政务服务更加便捷','2025年底','indicator goal in 2025, same year as the region\'s 到2025年 goal')
N(D,'——监管执法更加精准','2025年','indicator goal in 2025; task 3 is due 2025年底: equal')
N(D,'到2035年，整体协同','2035年','远景目标 equal to the region\'s 到2035年 … 基本建成')
N(D,'每年3月底前会同市直有关部门','3月底','the office\'s own yearly work-plan date, not a task deadline')
N(D,'各牵头单位于每年6月25日前','12月10日','the office\'s own half-year and year-end reporting dates, not task deadlines')
N(I,'截至2022年底','2022年底','past date in the background (发展现状), not a deadline')
N(I,'《广西数字政府建设三年行动计划（2018—2020年）》','2020年','years in the title of an old plan mentioned in the background')
N(I,'2023年9月12日','2023年9月12日','the document\'s own issue date')
N(I,'开展全市政务数据资源普查','2023年12月底','in the issue year (document dated 2023-09-12), after the issue date: valid')
# basis
N(B,'国务院关于加强数字政府建设的指导意见','国发〔2022〕14号','correct title and 文号 of the national guiding opinion')
N(B,'《广西数字政府建设三年行动计划（2018—2020年）》','《广西数字政府建设三年行动计划（2018—2020年）》','retrospective mention in 发展现状 (2018年以来…按照…部署), not cited as a basis')
N(B,'河政发〔2023〕19号','河政发〔2023〕19号','the city\'s own document number on the 印发 notice, not a cited basis')
N(B,'现将《河池市加强数字政府建设实施方案》','《河池市加强数字政府建设实施方案》','the document\'s own title in the 印发 notice')
N(B,'二〇三五年远景目标纲要','《河池市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》','the city\'s own 十四五 纲要, cited as context (结合…), title correct, no 文号')
# units
N(U,'加强监管事项清单数字化管理','市市场监督管理局','alias of 市市场监管局 in units.txt')
N(U,'加强监管事项清单数字化管理','市发改委','alias of 市发展改革委 in units.txt')
N(U,'加强监管事项清单数字化管理','市大数据局','alias of 市大数据发展局 in units.txt')
N(U,'推动智慧人社服务能力提升','市人社局','alias of 市人力资源社会保障局')
N(U,'推动智慧医疗服务能力提升','市卫健委','alias of 市卫生健康委; the 市 prefix also distributes to 医保局 and 大数据发展局')
N(U,'聚焦有色金属、茧丝绸','统计局','市发展改革委、统计局、大数据发展局: the 市 prefix distributes (市统计局)')
N(U,'拓展公平普惠的民生服务','市场监管局','市政务服务监督管理办公室、…、市场监管局: prefix 市 distributes, giving 市市场监管局 (the bare name begins with 市 but is not a prefixed name)')
N(U,'推进数字化网格治理能力建设','市中级法院','alias of 河池市中级人民法院 in units.txt')
N(U,'推进数字化网格治理能力建设','市检察院','alias of 河池市人民检察院 in units.txt')
N(U,'推进数字化网格治理能力建设','各乡镇（街道）','collective subject')
N(U,'聚焦有色金属、茧丝绸','各县（区）人民政府','collective subject (the city\'s counties and districts)')
N(U,'持续完善“智桂通”河池专区','市直有关部门','collective subject')
N(U,'强化政府部门数据管理职责','市直各部门（单位）','collective subject')
N(U,'统筹做好数字政府建设安全和保密工作','国安办','市委网信办、国安办: the 市委 prefix distributes (市委国安办, in units.txt)')
N(U,'对列入重要数据目录的数据进行重点保护','保密办','市委网信办、保密办: the 市委 prefix distributes (市委保密办)')
N(U,'推动智慧康养服务能力提升','巴马瑶族自治县人民政府','a county government listed in units.txt; never split')
N(U,'提升生态环保协同治理能力','环江毛南族自治县人民政府','a county government listed in units.txt')
N(U,'推进智慧应急建设','河池市消防救援支队','listed unit outside the city government proper (河池市气象局 likewise)')
N(U,'推进数字化共性应用集约建设','国家税务总局河池市税务局','listed unit outside the city government proper')
N(U,'提升行政监督水平','河池市公共资源交易中心','listed unit')
N(U,'提升行政执行能力','市政府办公室','alias of 市人民政府办公室; the note says the first-listed unit leads, and it is a city unit')
N(U,'充分发挥市数字广西建设领导小组作用','市数字广西建设领导小组','a coordinating body named in narrative text (保障措施), not in a 责任单位 note')
# garbled
N(G,'“4·27”','4·27','the 4·27 重要讲话 (2021-04-27 visit to 广西), correct text with a middle dot')
N(G,'罗城仫佬族自治县','仫佬','rare but correct characters of a real county name')
N(G,'“桂在行”智慧督查系统','桂在行','real platform name (as in the seed)')
N(G,'持续完善“智桂通”河池专区','智桂通','real platform name (as in the seed)')
# pillars
N(P,None,None,'数字生态 is taken up in 七（三）营造良好数字生态 (line %d)'%ln('（三）营造良好数字生态。'),pillar='数字生态')
N(P,None,None,'政务公开 is taken up in 二（七） (line %d)'%ln('优化政策信息数字化发布'),pillar='政务公开')
N(P,None,None,'党的领导 items (组织领导, 推进机制, 数字素养, 考核评估) are all in 八 (lines %d-%d)'%(ln('（一）加强组织领导。'),ln('各牵头单位于每年6月25日前')),pillar='党的领导')

cov=[(1,'聚焦有色金属、茧丝绸'),(2,'加强监管事项清单数字化管理'),(3,'一体化在线监管提升监管协同化水平'),
 (4,'推进数字化网格治理能力建设'),(5,'推进社会治安防控体系智能化'),(6,'推进智慧应急建设'),
 (7,'拓展公平普惠的民生服务'),(8,'探索建设河池城市智慧指挥中心'),(9,'持续完善“智桂通”河池专区'),
 (10,'推动智慧教育服务能力提升'),(11,'推动智慧人社服务能力提升'),(12,'推动智慧医疗服务能力提升'),
 (13,'推动智慧工地监管能力提升'),(15,'推动智慧康养服务能力提升'),(16,'提升生态环保协同治理能力'),
 (17,'提高自然资源利用效率。加快建立'),(18,'推动绿色低碳转型'),(19,'提升辅助决策能力'),
 (20,'提升行政执行能力'),(21,'提升行政监督水平'),(22,'优化政策信息数字化发布'),
 (23,'建立健全数字政府安全工作协调机制'),(24,'建立健全数据分类分级保护'),(25,'建立健全数据安全监管责任体系'),
 (26,'依托自治区数字政府一体安全平台'),(27,'加快数字政府建设领域安全可靠技术'),(28,'推动政府履职更加协同高效'),
 (29,'统筹全市数字政府建设发展规划'),(30,'全面建设数字法治政府'),(31,'贯彻执行国家、自治区数字政府建设标准'),
 (32,'围绕重点领域、关键环节、共性需求等有序开展试点示范'),(33,'强化政府部门数据管理职责'),
 (34,'建立全市标准统一、动态管理的政务数据目录'),(35,'编制全市公共数据开放目录'),
 (36,'依托自治区多云共治平台'),(37,'强化电子政务网络统筹建设管理'),(38,'强化数据智能支撑能力'),
 (39,'推进数字化共性应用集约建设'),(40,'强化开放生态支撑能力'),(41,'主动融入中国—东盟信息港建设'),
 (42,'推进智慧城市建设'),(43,'落实数据要素市场规则')]
covers=[{'task':t,'line':ln(a)} for t,a in cov]

key={
 'writer':'blind writer, round 971; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written':'2026-12-08',
 'draft':'draft.txt',
 'baseline':'guangxi-2022',
 'build':None,
 'parents':[],
 'units':'units.txt',
 'planYear':2023,
 'expect':expect,
 'mustNotFlag':M,
 'covers':covers,
 'notes':('河池市 2023 实施方案 (dated 2023-09-12) checked against 桂政发〔2022〕31号. Task numbers are the order of the 43 inline '
  '(責任單位:…。完成時限:…) notes in seeds/guangxi-2022-shishi-yijian.txt (task 1 = seed line 43 … task 43 = seed line 187); '
  'only tasks 3, 8, 9, 22 carry 2025年底, the rest 持续开展; task 23 (seed line 103) names no 各市人民政府 but the draft takes it up anyway. '
  'Notes use 〔〕 in sections 二、三、七 and 【】 in sections 四、五、六; inside notes units are separated by 、 and groups by ，, and fields by ； (〔〕) or 。 (【】). '
  'Line 31 states that the first-listed unit of each note leads. 文号 brackets 〔2022〕 on lines 2 and 9 are not notes. '
  'All units in notes resolve against units.txt with prefix distribution (市 / 市委) except the planted 市工信委.')
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
