# Writes key.json and checks every line/text against draft.txt (1-based).
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def find(text, start=1, contains=None):
    for i,l in enumerate(L[start-1:],start):
        if text in l and (contains is None or contains in l): return i
    raise SystemExit('not found: '+text)
G='鎺ㄥ姩鏀垮姟鏈嶅姟'
expect=[
 {"rule":"basis-mismatch","line":find('桂政办发〔2022〕31号'),"text":"桂政办发〔2022〕31号","why":"the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; a stray 办 turns it into a 政府办公厅 number that does not belong to this title"},
 {"rule":"garbled-text","line":find(G),"text":G,"why":"UTF-8 bytes read as GBK at the start of the 公共服务 paragraph; re-encoding as GBK and decoding as UTF-8 gives 推动政务服务提质增效，打造泛在可及的服务体系"},
 {"rule":"unknown-unit","line":find('市政务服务监督管理办公室'),"text":"市政务服务监督管理办公室","why":"stale name of the former 政务服务监督管理办公室 (its duties now with 市行政审批局 / 市大数据发展局); not in units.txt; copied from an older document"},
 {"rule":"deadline-later-than-baseline","line":find('2026年6月底前'),"text":"2026年6月底前","why":"12345 热线 = regional task 8 (持续优化12345政务服务便民热线平台), 完成時限 2025年底; the city's 2026年6月底前 is later"},
 {"rule":"unknown-unit","line":find('自治区大数据发展局\t'),"text":"自治区大数据发展局","why":"regional body named as 牵头单位 of a city task (task-table row 12, 城市数字政府大脑 = regional task 19); the body text (line %d) gives 市大数据发展局"%find('提升辅助决策能力')},
 {"rule":"deadline-invalid","line":find('2024年21月'),"text":"21月","why":"impossible month (2024年21月底前, digits of 12月 transposed) in task-table row 20, 政务云 = regional task 36, 完成時限 持续开展"},
]
def m(rule,line,text,why):
    assert text in L[line-1], (rule,line,text)
    return {"rule":rule,"line":line,"text":text,"why":why}
f=find
mnf=[
 m("basis-mismatch",f('国发〔2022〕14号'),"国发〔2022〕14号","correct title and 文号 of the national 指导意见"),
 m("basis-mismatch",f('国发〔2018〕27号'),"国发〔2018〕27号","retrospective mention in 发展基础 of a real earlier document with its own correct 文号; not a basis citation"),
 m("basis-mismatch",f('玉政发〔2023〕12号'),"玉政发〔2023〕12号","the notice's own 文号, not a cited basis document"),
 m("deadline-invalid",f('2023年6月26日'),"2023年6月26日","issue date of the notice"),
 m("deadline-invalid",f('2021年基本实现'),"2021年","past date in the background (发展基础)"),
 m("deadline-invalid",f('截至2022年底'),"2022年底","截至… past date in the background"),
 m("deadline-invalid",f('2020年以来'),"2020年","past date in the background"),
 m("deadline-later-than-baseline",f('到2023年底'),"2023年底","intermediate 主要目标 for 2023, earlier than the region's 到2025年 goal; also not before the plan year"),
 m("deadline-later-than-baseline",f('到2024年底'),"2024年底","intermediate 主要目标: 上云 (task 36, 持续开展), 监管事项清单认领 (task 3, 2025年底), 数字政府大脑 (task 19, 持续开展) – all earlier or ongoing"),
 m("deadline-later-than-baseline",f('到2025年，与政府治理'),"2025年","same year as the regional 主要目标 (到2025年 … 数字政府体系框架基本形成, “一部手机助广西”格局初步形成)"),
 m("deadline-later-than-baseline",f('到2035年'),"2035年","same year as the regional 2035 goal (数字政府基本建成)"),
 m("deadline-later-than-baseline",f('完成时限：持续推进）',contains='经济监测预警'),"持续推进","task 1, 完成時限 持续开展; 持续推进 is the same ongoing form"),
 m("deadline-later-than-baseline",f('2024年6月底前'),"2024年6月底前","interim milestone of task 3 (一体化在线监管), 完成時限 2025年底; earlier"),
 m("deadline-later-than-baseline",f('以一体化在线监管提升'),"2025年底","task 3, 完成時限 2025年底; equal"),
 m("deadline-later-than-baseline",f('推进社会治安防控体系智能化'),"2024年底前","task 5 (社会治安防控), 完成時限 持续开展; a dated city milestone for an ongoing regional task is not later"),
 m("deadline-later-than-baseline",f('推进智慧应急建设'),"2025年底","task 6 (智慧应急), 完成時限 持续开展; the city dates its platform, not later than any regional milestone"),
 m("deadline-later-than-baseline",f('完善“智桂通”玉林专区'),"2024年底前","task 9 (智桂通), 完成時限 2025年底; earlier"),
 m("deadline-later-than-baseline",f('提升辅助决策能力'),"2025年底","task 19 (数字政府大脑), 完成時限 持续开展"),
 m("deadline-later-than-baseline",f('提升行政执行能力'),"2023年底前","task 20 (协同办公), 完成時限 持续开展; earlier, and in the plan's own year so not invalid either"),
 m("deadline-later-than-baseline",f('优化政府网站集约化平台'),"2025年底","task 22 (政务公开), 完成時限 2025年底; equal"),
 m("deadline-later-than-baseline",f('编制公共数据开放目录及相关责任清单'),"2024年底前","task 35 (数据开发利用), 完成時限 持续开展"),
 m("deadline-later-than-baseline",f('“互联网+监管”与一体化在线监管\t'),"2025年底","task-table row 2 = task 3, 完成時限 2025年底; equal"),
 m("deadline-later-than-baseline",f('“智桂通”玉林专区\t'),"2024年底前","task-table row 7 = task 9, 完成時限 2025年底; earlier"),
 m("deadline-later-than-baseline",f('政策文件库和政府网站集约化\t'),"2025年底前","task-table row 15 = task 22, 完成時限 2025年底; equal"),
 m("deadline-later-than-baseline",f('电子政务外网IPv6改造\t'),"2025年6月底前","task-table row 23 = task 37 (网络平台, IPv6), 完成時限 持续开展"),
 m("deadline-invalid",f('政务数据目录编制\t'),"2023年底前","in the plan's own year (2023), not before it"),
 m("deadline-later-than-baseline",f('每年6月底、12月底前'),"2023年12月15日前","the office's own reporting dates (每年6月底、12月底前; 2023年12月15日前 annual summary), not task deadlines"),
 m("unknown-unit",f('统计局、大数据发展局、财政局'),"统计局","the 市 prefix distributes: 市发展改革委、统计局、大数据发展局、财政局 = 市统计局, 市大数据发展局, 市财政局, all in units.txt"),
 m("unknown-unit",f('市发改委'),"市发改委","alias of 市发展改革委 in units.txt"),
 m("unknown-unit",f('各乡镇（街道）；'),"各乡镇（街道）","collective subject"),
 m("unknown-unit",f('市中级法院'),"市中级法院","short name of 市中级人民法院 in units.txt (with 市检察院 for 市人民检察院, 市住建局 for 市住房城乡建设局)"),
 m("unknown-unit",f('市残联'),"市人社局","official short name of 市人力资源社会保障局 (市卫健委, 市地方金融监管局, 市残联 also in units.txt)"),
 m("unknown-unit",f('市直各有关部门，各县'),"市直各有关部门","collective subject"),
 m("unknown-unit",f('玉林市消防救援支队，各县'),"玉林市消防救援支队","unit outside the government proper, listed in units.txt (also 玉林市气象局)"),
 m("unknown-unit",f('积极争取自治区大数据发展局'),"自治区大数据发展局","body text: the city asks the regional bureau for support; not a responsible unit of a city task (the note names 市大数据发展局)"),
 m("unknown-unit",f('玉林市通信发展管理办公室，各县'),"玉林市通信发展管理办公室","listed in units.txt"),
 m("unknown-unit",f('市委保密办'),"市委保密办","listed in units.txt"),
 m("unknown-unit",f('市医保局、市大数据局'),"市大数据局","alias of 市大数据发展局 in units.txt"),
 m("unknown-unit",f('报送市数字玉林建设领导小组办公室'),"市数字玉林建设领导小组办公室","listed in units.txt"),
 m("unknown-unit",f('各县（市、区）人民政府，玉东新区管委会'),"玉东新区管委会","listed in units.txt"),
 m("unknown-unit",f('市委政法委、市公安局\t'),"市委政法委","table row with two leads: the first is the main lead per line %d; both in units.txt"%f('排在第一位的为主要牵头单位')),
 m("garbled-text",f('“4·27”'),"4·27","ordinary middle dot in a proper name"),
 m("garbled-text",f('天地图·广西'),"天地图·广西","ordinary middle dot in a platform name"),
 m("garbled-text",f('中国—东盟'),"中国—东盟","ordinary em dash"),
]
mnf.append({"rule":"missing-pillar","line":0,"pillar":"加强党对数字政府建设工作的领导","why":"taken up in 四、保障措施 (组织领导 line %d, 推进机制 %d, 数字素养 %d, 考核评估 %d) though headed 保障措施"%(f('（一）加强组织领导'),f('（二）健全推进机制'),f('（四）提升数字素养'),f('（五）强化考核评估'))})
mnf.append({"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"taken up in 20.营造良好数字生态 (line %d)"%f('20.营造良好数字生态')})
mnf.append({"rule":"missing-pillar","line":0,"pillar":"安全保障","why":"（二）构建数字政府全方位安全保障体系, lines %d–%d"%(f('（二）构建数字政府全方位'),f('提高自主可控水平'))})
covers_src=[
 (1,'经济监测预警'),(2,'加强监管事项清单数字化管理'),(3,'以一体化在线监管提升'),(4,'推进数字化网格治理能力建设'),
 (5,'推进社会治安防控体系智能化'),(6,'推进智慧应急建设'),(7,G),(8,'优化12345政务服务便民热线'),(9,'完善“智桂通”玉林专区'),
 (10,'推动智慧教育服务能力提升'),(11,'推动智慧人社服务能力提升'),(12,'推动智慧医疗服务能力提升'),(13,'推动智慧工地监管能力提升'),
 (14,'推动智慧体育和智慧康养'),(15,'推动智慧体育和智慧康养'),(16,'提升生态环保协同治理能力'),(17,'提高自然资源利用效率'),
 (18,'推动绿色低碳转型'),(19,'提升辅助决策能力'),(20,'提升行政执行能力'),(21,'提升行政监督水平'),(22,'优化政府网站集约化平台'),
 (23,'建立健全全市数字政府安全工作协调机制'),(24,'建立健全数据分类分级保护'),(25,'建立健全数据安全监管责任体系'),(26,'接入全区数字政府一体安全平台'),
 (27,'提高自主可控水平'),(28,'依托全国行政许可管理等信息系统'),(29,'落实“四改四转”'),(30,'完善法规制度。'),(31,'健全标准规范。'),
 (32,'开展试点示范。围绕'),(33,'明确数据归集、共享'),(34,'编制全市标准统一、动态管理的政务数据目录'),(35,'编制公共数据开放目录及相关责任清单'),
 (36,'依托全区多云共治平台'),(37,'推动电子政务外网扩容升级'),(38,'强化数据智能支撑能力'),(39,'推进数字化共性应用集约建设'),
 (40,'强化开放生态支撑能力'),(41,'主动融入中国—东盟信息港'),(42,'推进新型智慧城市建设'),(43,'落实数据要素市场规则'),
]
covers=[{"task":t,"line":f(s)} for t,s in covers_src]
key={
 "writer":"blind writer, round 710; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":covers,
 "notes":("玉林市 plan of 2023-06-26 implementing 桂政发〔2022〕31号. Task numbers: the 广西 实施意见 has no numbered list, so the 43 paragraphs that end in a "
          "(責任單位:…。完成時限:…) note are numbered 1–43 in document order (1 经济调节 … 8 12345热线 … 19 数字政府大脑 … 22 政务公开 … 23 安全管理责任 (no 各市人民政府) … 36 政务云 … 43 数字生态). "
          "Regional deadlines: tasks 3, 8, 9, 22 are 2025年底, all others 持续开展. The plan covers every task, so no task-uncovered is expected. "
          "Dated city milestones on 持续开展 tasks are annotated as not later (an ongoing regional task has no completing milestone). "
          "The task-table (lines %d–%d) is tab-separated with header 序号/重点任务/牵头单位/配合单位/完成时限; line %d states that the first-listed lead is the main lead.")%(f('序号\t重点任务'),f('26\t数字经济创新服务场景'),f('排在第一位的为主要牵头单位'))
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
for e in expect:
    assert e['text'] in L[e['line']-1], e
for c in covers: assert 1<=c['line']<=len(L)
print(len(L),'lines; expect',len(expect),'mustNotFlag',len(mnf),'covers',len(covers))
for e in expect: print(e['rule'],e['line'],e['text'])
