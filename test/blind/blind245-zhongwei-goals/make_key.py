# Builds key.json and checks every line/text against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(snippet, nth=1):
    hits = [i+1 for i, l in enumerate(L) if snippet in l]
    assert len(hits) >= nth, (snippet, hits)
    return hits[nth-1]
def lt(snippet, text):
    hits = [i+1 for i, l in enumerate(L) if snippet in l and text in l]
    assert len(hits) == 1, (snippet, text, hits)
    return hits[0]
def at(line, text):
    assert text in L[line-1], (line, text, L[line-1][:60])
    return line

expect = [
 {"rule":"basis-mismatch","line":at(9,"宁政发〔2023〕71号"),"text":"宁政发〔2023〕71号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); 71号 is a transposition"},
 {"rule":"deadline-later-than-baseline","line":lt("4.平台数据底数","2024年底"),"text":"2024年底",
  "why":"主要目标 target: platform 家底 and data/算力 底数 fully cleared by end 2024; the region's 主要目标 sets 到2023年底 数字政府各类平台“家底”全面理清, and task 30 (摸清政务数据资源、算力资源底数, 一本账) 完成时限 2023年; the draft's own task row 16 even says 2023年12月底前"},
 {"rule":"deadline-later-than-baseline","line":lt("7.政务云集约","2025年"),"text":"2025年",
  "why":"主要目标 target: 政务云 fully moved to 政务信创云 and into 全区政务“一朵云” by 2025; task 43 (推进现有政务云向政务信创云安全过渡，构建全区政务“一朵云”) 完成时限 2024年建成，持续推进, task 19 (政务信创云) 2023年启动，2024年建成; the draft's own row 22 says 2024年"},
 {"rule":"deadline-later-than-baseline","line":lt("建立健全政务数据供需对接机制和政务数据归集共享通报制度","2024年6月底前"),"text":"2024年6月底前",
  "why":"task 36 (政务数据供需对接机制、归集共享通报制度) 完成时限 2023年"},
 {"rule":"deadline-invalid","line":lt("推进非税收入收缴电子化，实现","2022年底前"),"text":"2022年底前",
  "why":"a task deadline before the plan's own year (issued 2023-09-22); slip for 2025 (task 56 完成时限 2025年)"},
 {"rule":"unknown-unit","line":lt("明确本地本部门数字政府建设安全和保密工作","市网信局"),"text":"市网信局",
  "why":"not in units.txt; the city's 网信 body is 市委网信办 (row 11 names it correctly)"},
 {"rule":"garbled-text","line":lt("深化数据高效共享","鏀垮姟鏁版嵁"),"text":"鏀垮姟鏁版嵁鍏变韩浜ゆ崲",
  "why":"UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 政务数据共享交换"},
]

g = lambda s: ln(s)
nm = [
 {"rule":"basis-mismatch","line":at(9,"国发〔2022〕14号"),"text":"国发〔2022〕14号","why":"correct title and number of the national 指导意见"},
 {"rule":"basis-mismatch","line":at(9,"宁政办发〔2023〕11号"),"text":"《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）","why":"cited with the same title and number by the 吴忠 plan in the seeds; a real companion document"},
 {"rule":"basis-mismatch","line":at(12,"宁政办发〔2020〕14号"),"text":"宁政办发〔2020〕14号","why":"retrospective mention of the 2020 工作要点 in the 工作基础 paragraph (what was done in 2020), correct title and number; not cited as a basis"},
 {"rule":"basis-mismatch","line":at(2,"卫政发〔2023〕61号"),"text":"卫政发〔2023〕61号","why":"the city document's own 文号, not a citation"},
 {"rule":"deadline-invalid","line":at(12,"2020年底前"),"text":"2020年底前","why":"past achievement in the background paragraph, not a deadline"},
 {"rule":"deadline-invalid","line":at(12,"2022年2月"),"text":"2022年2月","why":"past event (中卫数据中心集群获批), background"},
 {"rule":"deadline-invalid","line":at(12,"截至2022年底"),"text":"截至2022年底","why":"past statistic (网上可办率 92%), background"},
 {"rule":"deadline-invalid","line":at(6,"2023年9月22日"),"text":"2023年9月22日","why":"the issue date"},
 {"rule":"deadline-later-than-baseline","line":at(17,"到2025年"),"text":"2025年","why":"overall 2025 goal (体系框架全面落地) equals the region's 到2025年 goal (34567 体系框架全面成型)"},
 {"rule":"deadline-later-than-baseline","line":at(17,"到2035年"),"text":"2035年","why":"2035 vision, same year as the region's 到2035年 goal"},
 {"rule":"deadline-later-than-baseline","line":lt("1.政务服务全程网办","2024年底"),"text":"2024年底","why":"the region sets no 全程网办率; nearest tasks 84 and 89 (一网通办) have 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":lt("2.政务服务满意度","2025年"),"text":"2025年","why":"好差评好评率 and 15分钟政务服务圈 are targets the region does not set at all"},
 {"rule":"deadline-later-than-baseline","line":lt("3.热线诉求办理","2024年底"),"text":"2024年底","why":"earlier than task 87 (12345 接诉即办) 完成时限 2023年启动，2025年完成"},
 {"rule":"deadline-later-than-baseline","line":lt("5.数据共享交换","2024年底"),"text":"2024年底","why":"equal to task 38 (与党委、人大、政协、法院、检察院等信息系统互联互通和数据按需共享) 完成时限 2024年; the 98% rate is the city's own"},
 {"rule":"deadline-later-than-baseline","line":lt("6.公共数据开放","2024年底"),"text":"2024年底","why":"equal to task 41 (公共数据开放目录、开放平台) 完成时限 2024年"},
 {"rule":"deadline-later-than-baseline","line":lt("8.政务网络覆盖","2024年底"),"text":"2024年底","why":"equal to task 48 (区市县乡村5级全覆盖) 完成时限 2024年"},
 {"rule":"deadline-later-than-baseline","line":lt("9.城市运行管理","2024年底"),"text":"2024年底","why":"earlier than task 9 (城市运行管理服务平台、一网统管) 完成时限 持续推进，2025年取得明显成效"},
 {"rule":"deadline-later-than-baseline","line":lt("10.电子证照应用","2025年"),"text":"2025年","why":"equal to task 52 (电子证照在社会化高频场景推广应用) 完成时限 2025年"},
 {"rule":"deadline-later-than-baseline","line":lt("11.基层减负增效","2025年"),"text":"2025年","why":"same year as task 106 (填表报数 压减50%以上) 完成时限 2025年, and a higher target (60%)"},
 {"rule":"deadline-later-than-baseline","line":lt("12.算力支撑能力","2025年"),"text":"2025年","why":"the region sets no 机架 target; nearest is task 1 (算力枢纽、西部数谷) 持续推进，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":at(32,"2026—2030年"),"text":"2026—2030年","why":"the 十五五 plan period, not a deadline"},
 {"rule":"deadline-later-than-baseline","line":lt("（二）加大财政投入","2026年12月"),"text":"2026年12月","why":"term of an existing 运维服务 contract, not a task deadline (task 25 资金保障 is 2023年; nothing here is due in 2026)"},
 {"rule":"deadline-later-than-baseline","line":lt("以数字化改革助力政府职能转变。推动","2024年底前"),"text":"2024年底前","why":"earlier than task 22 (审管协同) 完成时限 2025年"},
 {"rule":"deadline-later-than-baseline","line":lt("（一）健全组织机构","2023年底前"),"text":"2023年底前","why":"earlier than task 64 (各地参照自治区做法成立组织机构) 完成时限 2025年"},
 {"rule":"deadline-later-than-baseline","line":lt("（一）加强组织领导","2023年10月底前"),"text":"2023年10月底前","why":"the city's own date for 工作方案; task 116 完成时限 2023年完成并长期坚持: earlier"},
 {"rule":"deadline-later-than-baseline","line":lt("（四）强化考核评价","12月10日前"),"text":"每年6月30日、12月10日前","why":"the office's own recurring reporting dates"},
 {"rule":"deadline-later-than-baseline","line":at(77,"2023—2025年"),"text":"2023—2025年","why":"period of the task list, same as the region's 2023年—2025年"},
 {"rule":"deadline-later-than-baseline","line":lt("“智慧园区”建设，提升园区公共服务、资源匹配","2024年底前"),"text":"2024年底前","why":"earlier than task 3 (智慧园区) 持续推进，2025年取得明显成效"},
 {"rule":"deadline-later-than-baseline","line":lt("配合推进“数字供销”","2023年完成主要建设任务"),"text":"2023年完成主要建设任务，2025年取得明显成效","why":"copied from task 11, equal"},
 {"rule":"deadline-later-than-baseline","line":lt("协同响应的数字政府安全技术保障体系","2023年形成机制"),"text":"2023年形成机制，长期坚持","why":"equal to task 18"},
 {"rule":"deadline-later-than-baseline","line":lt("每年确定试点领域","2023年启动"),"text":"2023年启动，2025年取得明显成效","why":"equal to task 28"},
 {"rule":"deadline-later-than-baseline","line":lt("摸清全市政务数据资源、算力资源底数","2023年12月底前"),"text":"2023年12月底前","why":"equal to task 30 (2023年)"},
 {"rule":"deadline-later-than-baseline","line":lt("推进市本级政务云向政务信创云安全过渡，将","2024年"),"text":"2024年","why":"equal to task 43 (2024年建成，持续推进) and task 45 (2024年)"},
 {"rule":"deadline-later-than-baseline","line":lt("依托宁夏经济运行大数据平台，汇聚","2024年"),"text":"2024年","why":"equal to task 65 (2024年), earlier than task 66 (2025年)"},
 {"rule":"deadline-later-than-baseline","line":lt("实施“互联网+基层治理”行动，构建","2024年"),"text":"2024年","why":"equal to task 79 (雪亮工程, 2024年), earlier than task 83 (基层治理, 2025年)"},
 {"rule":"deadline-later-than-baseline","line":lt("优化12345政务服务便民热线，实现热线座席","2024年完成"),"text":"2023年启动，2024年完成","why":"earlier than task 87 (2023年启动，2025年完成)"},
 {"rule":"deadline-later-than-baseline","line":lt("各县（区）参照市级做法成立数字政府建设领导小组，健全","2023年底前"),"text":"2023年底前","why":"earlier than task 64 (2025年)"},
 {"rule":"deadline-later-than-baseline","line":lt("推动个人和企业电子证照","2025年"),"text":"2025年","why":"equal to task 52 (社会化高频场景, 2025年)"},
 {"rule":"deadline-later-than-baseline","line":lt("将数字政府建设纳入市效能目标管理考核","2023年完成，长期坚持"),"text":"2023年完成，长期坚持","why":"equal to tasks 122 and 123"},
 {"rule":"unknown-unit","line":lt("完善政务信息化建设管理会商机制","市发改委"),"text":"市发改委","why":"alias of 市发展改革委 in units.txt"},
 {"rule":"unknown-unit","line":lt("每年确定试点领域","市大数据局"),"text":"市大数据局","why":"alias of 市大数据管理服务局 in units.txt"},
 {"rule":"unknown-unit","line":lt("推动数字技术与传统公共事业融合","各县（区）人民政府"),"text":"各县（区）人民政府","why":"collective subject"},
 {"rule":"unknown-unit","line":lt("推进数字乡村建设，补齐","市直有关部门"),"text":"市直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":lt("建立数字政府安全评估、责任落实","市直各部门（单位）"),"text":"市直各部门（单位）","why":"collective subject"},
 {"rule":"unknown-unit","line":lt("“智慧园区”建设，提升园区公共服务、资源匹配","中卫工业园区管委会"),"text":"中卫工业园区管委会","why":"in units.txt"},
 {"rule":"unknown-unit","line":lt("市委组织部、市委党校负责","市委党校"),"text":"市委党校","why":"in units.txt"},
 {"rule":"missing-pillar","line":0,"why":"every pillar is taken up: 三个驱动 (二、), 四个支撑 (三、), 五个一/六级贯通 as 四、健全“一套工作体系” (健全组织机构、厘清层级职责), 七个能力 (五、), 党的领导 with 组织领导、财政投入、数字素养、考核评价 (六、)"},
]

cov_pairs = [
 (1,"主动服务全国一体化算力网络"),(2,"按需打造枸杞、硒砂瓜等特色产业云"),(3,"“智慧园区”建设，提升园区公共服务、资源匹配"),
 (5,"完善数字经济治理体系。"),(6,"推动数字技术与传统公共事业融合"),(7,"推动数字化服务普惠应用。"),(8,"推动数字化服务普惠应用。"),
 (9,"推进智慧城市建设，建设市级城市运行"),(10,"推进数字乡村建设，补齐"),(11,"配合推进“数字供销”"),(12,"培育数据要素市场，依托中卫数据中心集群探索开展数据流通交易，引进"),
 (13,"（三）营造良好数字生态。"),(14,"明确本地本部门数字政府建设安全和保密工作"),(15,"建立数字政府安全评估、责任落实"),(17,"落实安全制度要求。"),
 (18,"协同响应的数字政府安全技术保障体系"),(21,"以数字化改革助力政府职能转变。推动"),(22,"强化审管协同，推进一体化政务服务平台"),(23,"建立全市数字政府领域重大改革"),
 (24,"完善政务信息化建设管理会商机制"),(28,"每年确定试点领域"),(30,"摸清全市政务数据资源、算力资源底数"),(31,"完善数据管理机制。"),(32,"明确本部门数据管理机构及其职责分工"),
 (36,"建立健全政务数据供需对接机制和政务数据归集共享通报制度"),(38,"深化数据高效共享。"),(39,"按照“一应用一数仓”要求建设城市治理、生态环保、经济运行等政务数据仓库。	"),
 (41,"编制公共数据开放目录及相关责任清单，依托全区统一的公共数据开放平台分类分级开放公共数据。	"),(42,"推进供水、供电、供气、公共交通等公共数据与政务数据融合应用，促进"),
 (43,"推进市本级政务云向政务信创云安全过渡，将"),(45,"推进市本级政务云向政务信创云安全过渡，将"),(46,"强化政务云平台支撑能力。"),(48,"开展市、县城域网升级改造，推进电子政务外网市县乡村全覆盖，有序推进非涉密业务专网向电子政务外网整合迁移。	"),
 (50,"提升网络平台支撑能力。"),(49,"接入全区统一的视频共享平台，统筹融合全市公共视频资源，融入"),(52,"推动个人和企业电子证照"),(54,"深化电子文件管理"),(56,"推进非税收入收缴电子化，实现"),
 (64,"各县（区）参照市级做法成立"),(66,"依托宁夏经济运行大数据平台，汇聚"),(68,"（二）提升综合高效的市场监管能力"),(72,"完成本行业领域监管系统与宁夏"),
 (79,"实施“互联网+基层治理”行动，构建"),(83,"实施“互联网+基层治理”行动，构建"),(84,"扩能升级“互联网+政务服务”系统"),(87,"优化12345政务服务便民热线，实现热线座席"),
 (92,"依托“我的宁夏”政务APP，探索实现全市"),(93,"完成市、县（区）政府网站"),(96,"深化“互联网+城乡供水”示范区建设，推进全市"),(104,"推广应用全区统一的协同办公平台和"),
 (105,"推广应用全区统一的协同办公平台和"),(106,"依托“宁政通”推广全区统一的填表报数系统，基层"),(107,"（六）提升整体高效的政务运行能力"),(111,"整合全市机关事务管理信息系统，推进"),
 (112,"完善各类政务公开信息化平台，构建政务新媒体"),(114,"完善各类政务公开信息化平台，构建政务新媒体"),(116,"将数字政府建设工作纳入“一把手工程”，建立主要领导负责制，制定年度"),
 (118,"把提高领导干部数字治理能力作为市委党校"),(122,"将数字政府建设纳入市效能目标管理考核"),(123,"将数字政府建设纳入市效能目标管理考核"),
]
covers = [{"task":t,"line":ln(s)} for t,s in cov_pairs]

key = {
 "writer":"blind writer, round 245; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":expect,
 "mustNotFlag":nm,
 "covers":covers,
 "notes":"中卫市 实施方案 issued 2023-09-22 (卫政发〔2023〕61号), implementing 宁政发〔2023〕17号, no parent plan. 主要目标 = one paragraph (2025 + 2035) and 12 numbered quantified targets (lines 19-30), two of them planted late (lines 22, 25); the rest are equal, earlier, higher or not set by the region. Task list lines 81-124 (tab-separated, 43 rows; note: first-listed unit is lead). Planted: basis 71号 (L9), two goal targets later than the region (L22, L25), a task row later than task 36 (L99), an impossible past deadline (L107), an unknown unit 市网信局 (L90), a mojibake run (L54)."
}
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(nm), len(covers))
