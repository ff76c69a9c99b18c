# helper: builds key.json, finding every line number by a unique substring of draft.txt (1-based)
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L and L[-1]=='': L=L[:-1]
def ln(sub, must=None):
    hits=[i+1 for i,l in enumerate(L) if sub in l]
    assert len(hits)==1, (sub,hits)
    if must: assert must in L[hits[0]-1], (sub,must)
    return hits[0]

expect=[
 {"rule":"basis-mismatch","line":ln("（宁政办发〔2023〕17号）"),"text":"宁政办发〔2023〕17号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (seed gazette); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
 {"rule":"deadline-later-than-baseline","line":ln("2026年\t见成效"),"text":"2026年",
  "why":"分年度目标 table, 2026 row: 基层干部填表报数工作量压减比例 ≥50%. Regional task 106 (填表报数系统, 基层干部填表报数工作量压减50%以上), 完成时限 2025年; the county reaches the 50% only in 2026 (its 2025 row, line 29, has the system in use but not the reduction)"},
 {"rule":"deadline-invalid","line":ln("2024年9月31日前"),"text":"2024年9月31日",
  "why":"September has 30 days; impossible date (task 41 公共数据开放目录, regional 完成时限 2024年, so the year itself is fine)"},
 {"rule":"unknown-unit","line":ln("牵头单位：县大数据管理服务局"),"text":"县大数据管理服务局",
  "why":"not in units.txt; 西吉 has 县大数据服务中心 (used everywhere else, e.g. line %d); the name is copied from 吴忠's 市大数据管理服务局" % ln("县大数据服务中心承担日常技术支撑")},
 {"rule":"garbled-text","line":ln("寤虹珛鍋ュ叏"),"text":"寤虹珛鍋ュ叏鏀垮姟",
  "why":"UTF-8 bytes read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立健全政务数据供需对接机制"},
 {"rule":"deadline-later-than-baseline","line":ln("29.提高基层治理能力"),"text":"2026年底前",
  "why":"新型基层管理服务平台 (互联网+基层治理): regional task 83, 完成时限 2025年; the county dates completion 2026年底前"},
 {"rule":"deadline-later-than-baseline","line":ln("2025年6月底前实现县、乡、村三级党政机关"),"text":"2025年6月底前",
  "why":"宁政通 覆盖区市县乡村五级党政机关: regional task 105, 完成时限 2024年; the county's 2025年6月底前 is later (the 协同办公 date 2024年底前 on the same line, task 104 2024年, is fine)"},
]

M=[]
def m(rule,line,why,text=None):
    e={"rule":rule,"line":line}
    if text: e["text"]=text
    e["why"]=why; M.append(e)

D="deadline-later-than-baseline"; I="deadline-invalid"; U="unknown-unit"; B="basis-mismatch"
m(B,ln("（国发〔2022〕14号）"),"correct title and 文号 of the national 指导意见","国发〔2022〕14号")
m(B,ln("（宁政办发〔2023〕11号）"),"《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan in the seeds","宁政办发〔2023〕11号")
m(B,ln("（宁政办发〔2020〕14号）印发以来"),"retrospective mention of the 2020 工作要点 in the background section, not cited as a basis; 文号 correct","宁政办发〔2020〕14号")
m(D,ln("重点任务清单（2023年—2025年）"),"the period in the title of the regional task list, not a deadline","2023年—2025年")
m(I,ln("截至2023年底"),"past date in the background (what was achieved by end of 2023), not a deadline","2023年底")
m(I,ln("在2023年首轮政务数据资源调查的基础上"),"past date: refers to the survey already done in 2023 (tasks 30/32 were 2023 in the region), not a deadline of this plan","2023年")
m(I,ln("2024年5月20日"),"issue date of the notice","2024年5月20日")
m(D,ln("到2024年底，数字政府建设基础支撑"),"2024 goals: 外网三级全覆盖 = task 48 (2024年), 政务系统迁移上云 = tasks 43/46 (2024年), 适老化 = task 93 (2024年); all equal","2024年底")
m(D,ln("到2025年，全县数字政府建设"),"equal to the region's 主要目标 到2025年 “34567”体系框架全面成型","2025年")
m(D,ln("到2026年，在完成自治区2025年目标任务"),"county's own 2026 巩固提升 goal beyond the regional period; the region has no goal for 2026 and the 2025 framework goal is met in line 18; 进入全区县域第一方阵 has no regional counterpart","2026年")
m(D,ln("2024年\t打基础"),"2024 row, 外网县乡村覆盖率100%: task 48, 完成时限 2024年, equal","2024年")
m(D,ln("政务服务场所、政府网站适老化与信息无障碍改造完成率"),"2024 row: task 93, 完成时限 2024年, equal")
m(D,ln("县级非涉密政务信息系统迁移上云率"),"2024 row: task 46 (and 43), 完成时限 2024年, equal")
m(D,ln("2025年\t成体系"),"2025 row, 常用电子证照在政务服务领域应用率100%: task 52, 完成时限 2025年, equal; 重点任务全部完成 in 2025 = region's 2025 goal","2025年")
m(D,ln("\t非税收入收缴电子化覆盖率\t100%"),"2025 row: task 56, 完成时限 2025年, equal")
m(D,ln("基层填表报数系统乡镇、村（社区）使用覆盖率"),"2025 row: use of the 填表报数 system (task 106, 2025年) in 2025, equal; the late part is the 50% reduction in the 2026 row")
m(D,ln("\t政务服务事项网上可办率\t≥98%"),"indicator value by year (95% / 98% / 99%); no regional task fixes a completion date for this rate")
m(D,ln("\t政务服务事项网上可办率\t≥99%"),"indicator value by year in the 2026 row; no regional completion date for this rate")
m(D,ln("非税收入收缴电子化覆盖率\t保持100%"),"2026 row: 保持 = consolidation of task 56, already completed in 2025 (line 28)")
m(D,ln("常用电子证照在政务服务领域应用率\t保持100%"),"2026 row: 保持 = consolidation of task 52, already completed in 2025 (line 27)")
m(D,ln("政务服务“好差评”满意率"),"county's own 2026 indicator, no regional counterpart")
m(D,ln("1.推动特色产业数字化"),"智慧园区: task 3, 持续推进，2025年取得明显成效; equal","2025年")
m(D,ln("3.推进公共服务数字化"),"tasks 6 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效); completing milestone 2025 equal","2025年")
m(D,ln("5.推进数字乡村建设"),"task 10, 持续推进，2025年取得明显成效: the county reaches it in 2025 and only consolidates (巩固提升) in 2026","2026年")
m(D,ln("6.推进“数字供销”建设"),"task 11, 2025年取得明显成效; equal","2025年")
m(D,ln("7.培育数据要素市场"),"task 12, 完成时限 2025年; equal","2025年")
m(D,ln("10.提升安全防护能力"),"tasks 17/18/19 are regional mechanisms dated 2023 (18: 2023年形成机制，长期坚持); the county's 长期坚持 sets no later milestone","长期坚持")
m(D,ln("11.推动行政权力事项网上运行"),"task 21, 2024年; equal","2024年底前")
m(D,ln("12.强化审管协同"),"task 22, 2025年; equal","2025年")
m(D,ln("14.开展试点示范"),"task 28, 2023年启动，2025年取得明显成效; equal","2025年")
m(D,ln("2024年9月31日前"),"second date on the line, 2024年底前 for 公共数据融合应用 = task 42 (2024年), equal; the 9月31日 date is only invalid, not late","2024年底前")
m(D,ln("18.加强电子公文和电子档案管理"),"tasks 40 and 54, 2024年; equal","2024年底前")
m(D,ln("19.强化政务云支撑能力"),"tasks 43/46, 2024年; equal","2024年底前")
m(D,ln("20.提升网络平台支撑能力"),"tasks 47, 48, 50, all 2024年; equal","2024年底前")
m(D,ln("21.统筹视频资源"),"task 49 (视频共享平台) is 2025年; the county's 2024年底前 is earlier","2024年底前")
m(D,ln("22.推广共性应用支撑"),"task 55 2024年 (equal), tasks 52 and 56 2025年 (equal); 2026年持续巩固提升 is consolidation after completion","2026年")
m(D,ln("23.完善信用信息平台应用"),"task 57, 2024年; equal","2024年底前")
m(D,ln("（一）健全组织机构。调整充实"),"task 64 (各市、县 成立相应组织机构), 2025年: the county's date is earlier. Task 60 (2023年) is the region's own 领导小组 (自治区政府办公厅负责), not a county task","2024年6月底前")
m(D,ln("24.加强经济运行监测"),"task 66, 2025年; equal","2025年底前")
m(D,ln("25.推动监管精准化、智能化"),"tasks 70 and 71, 2024年; equal","2024年底前")
m(D,ln("26.提升矛盾纠纷化解能力"),"task 77, 2024年; equal","2024年底前")
m(D,ln("27.提升社会治安防控能力"),"task 79, 2024年; equal","2024年底前")
m(D,ln("28.提升公共安全保障能力"),"task 80 (智慧应急) 2024年 equal; task 81 (视频指挥调度体系) 2025年 equal, 2026年迭代升级 is consolidation","2026年")
m(D,ln("30.打造泛在可及的服务体系"),"tasks 84 and 86, 2024年; equal","2024年底前")
m(D,ln("31.提供优质便利的涉企服务"),"tasks 88 and 89, 2024年; equal","2024年底前")
m(D,ln("32.拓展公平普惠的民生服务"),"task 90 (公共场馆接入我的宁夏) 2024年 equal; task 92 (多卡合一) 2025年 equal, then 2026年巩固提升","2026年")
m(D,ln("33.推进适老化与信息无障碍建设"),"task 93, 2024年; equal","2024年底前")
m(D,ln("34.加强生态环境数字化监测"),"task 94, 2024年; equal","2024年底前")
m(D,ln("35.提高自然资源利用效率"),"task 96 (互联网+城乡供水) 2025年: finished in 2025, only consolidated in 2026; task 98 (智慧林草) 2024年 equal","2026年")
m(D,ln("36.提升辅助决策能力"),"task 103, 2024年; equal","2024年底前")
m(D,ln("38.推动基层减负"),"task 106, 2025年: the system in full use by 2025年底前 is equal (the late 50%% reduction is the table row, line %d)" % ln("2026年\t见成效"),"2025年底前")
m(D,ln("39.统筹视频会议资源"),"task 107 is 2025年; the county's 2024年底前 is earlier","2024年底前")
m(D,ln("40.提升行政监督和机关事务管理水平"),"task 108 长期推进，2024年取得明显成效 (equal); task 111 2025年 (equal), 2026年巩固提升 is consolidation","2026年")
m(D,ln("41.提升政府信息公开水平"),"tasks 112 and 113, 2024年; equal","2024年底前")
m(D,ln("42.发挥政务新媒体传播优势"),"task 114, 2024年; equal","2024年底前")
m(D,ln("43.畅通政民互动渠道"),"task 115, 2024年; equal","2024年底前")
m(D,ln("（五）强化督促落实"),"the office's own reporting and evaluation dates (每年6月25日、12月10日, 中期评估2025年12月, 总结评估2026年12月), not tasks","2026年12月底前")
m(U,ln("各乡镇人民政府，县政府各部门"),"collective addressees","各乡镇人民政府")
m(U,ln("牵头单位：县市场监督管理局、公安局"),"县 prefix distributes: 县公安局, in units.txt","公安局")
m(U,ln("人力资源和社会保障局、文化旅游广电局、民政局按职责分别负责"),"县 prefix distributes over the list (县人力资源和社会保障局, 县文化旅游广电局, 县民政局); 按职责分别负责 is a role","人力资源和社会保障局")
m(U,ln("责任单位：县公安局、大数据服务中心"),"县 prefix distributes: 县大数据服务中心; 县直各部门（单位） is collective","大数据服务中心")
m(U,ln("配合单位：县财政局、审计局"),"县审计局 by distribution","审计局")
m(U,ln("县委保密办"),"official short name of 县委保密办公室 in units.txt","县委保密办")
m(U,ln("牵头单位：县审批局；配合单位：县直有关部门；完成时限：2024年底前"),"县审批局 is the short name of 县审批服务管理局; 县直有关部门 is collective","县审批局")
m(U,ln("7.培育数据要素市场"),"县发改局 is the short name of 县发展和改革局","县发改局")
m(U,ln("国网西吉县供电公司"),"enterprise listed in units.txt","国网西吉县供电公司")
m(U,ln("中国电信西吉分公司"),"enterprise listed in units.txt","中国电信西吉分公司")
m(U,ln("固原市生态环境局西吉分局"),"city bureau's county branch, listed in units.txt","固原市生态环境局西吉分局")
m(U,ln("县残联"),"short name of 县残疾人联合会","县残联")
m(U,ln("西吉县工业园区管委会"),"listed in units.txt","西吉县工业园区管委会")
m(U,ln("县消防救援大队"),"listed in units.txt","县消防救援大队")

covers=[]
def c(task,sub): covers.append({"task":task,"line":ln(sub)})
for t,s in [(3,"1.推动特色产业数字化"),(5,"2.完善数字经济治理"),(6,"3.推进公共服务数字化"),(7,"3.推进公共服务数字化"),
 (8,"4.深化“互联网+医疗健康”应用"),(10,"5.推进数字乡村建设"),(11,"6.推进“数字供销”建设"),(12,"7.培育数据要素市场"),
 (14,"9.强化安全管理责任"),(15,"9.强化安全管理责任"),(17,"10.提升安全防护能力"),(18,"10.提升安全防护能力"),
 (21,"11.推动行政权力事项网上运行"),(22,"12.强化审管协同"),(24,"13.加强政务信息化项目统筹管理"),(28,"14.开展试点示范"),
 (30,"15.健全数据管理机制"),(32,"15.健全数据管理机制"),(36,"16.深化数据高效共享"),(41,"17.促进数据开发利用"),(42,"17.促进数据开发利用"),
 (40,"18.加强电子公文和电子档案管理"),(54,"18.加强电子公文和电子档案管理"),(46,"19.强化政务云支撑能力"),
 (47,"20.提升网络平台支撑能力"),(48,"20.提升网络平台支撑能力"),(50,"20.提升网络平台支撑能力"),(49,"21.统筹视频资源"),
 (52,"22.推广共性应用支撑"),(55,"22.推广共性应用支撑"),(56,"22.推广共性应用支撑"),(57,"23.完善信用信息平台应用"),
 (64,"（一）健全组织机构。调整充实"),(66,"24.加强经济运行监测"),(70,"25.推动监管精准化、智能化"),(71,"25.推动监管精准化、智能化"),
 (77,"26.提升矛盾纠纷化解能力"),(79,"27.提升社会治安防控能力"),(80,"28.提升公共安全保障能力"),(81,"28.提升公共安全保障能力"),
 (83,"29.提高基层治理能力"),(84,"30.打造泛在可及的服务体系"),(86,"30.打造泛在可及的服务体系"),(88,"31.提供优质便利的涉企服务"),
 (89,"31.提供优质便利的涉企服务"),(90,"32.拓展公平普惠的民生服务"),(92,"32.拓展公平普惠的民生服务"),(93,"33.推进适老化与信息无障碍建设"),
 (94,"34.加强生态环境数字化监测"),(96,"35.提高自然资源利用效率"),(98,"35.提高自然资源利用效率"),(103,"36.提升辅助决策能力"),
 (104,"37.提升行政执行能力"),(105,"37.提升行政执行能力"),(106,"38.推动基层减负"),(107,"39.统筹视频会议资源"),
 (108,"40.提升行政监督和机关事务管理水平"),(111,"40.提升行政监督和机关事务管理水平"),(112,"41.提升政府信息公开水平"),
 (113,"41.提升政府信息公开水平"),(114,"42.发挥政务新媒体传播优势"),(115,"43.畅通政民互动渠道"),(116,"（一）加强组织领导。各级党委"),
 (25,"（二）加大财政投入。"),(118,"（三）提升数字素养。"),(122,"（四）强化考核评价。"),(123,"（四）强化考核评价。"),(124,"（四）强化考核评价。")]:
    c(t,s)

key={
 "writer":"blind writer, round 497; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":M,
 "covers":covers,
 "notes":("西吉县 (固原市) county plan 2024—2026, checked against 宁政发〔2023〕17号 only (no 固原 parent plan). "
  "The 分年度目标 table (lines 22-35) is tab-separated; the year cell is filled only on the first row of each year and the continuation rows (empty first two cells) belong to that year. "
  "Planted: wrong 文号 for the regional 实施意见 (line 9); three late deadlines (table row 2026 for task 106, measure 29 for task 83, 宁政通 in measure 37 for task 105); an impossible 9月31日 (line 61); "
  "an unknown unit 县大数据管理服务局 (line 59; the county's real body is 县大数据服务中心); a mojibake run (line 60). "
  "The 2026 巩固提升 items (lines 19, 32, 33, 44, 67, 82, 87, 91, 97) follow tasks the county completes by 2025 and are not late. "
  "Measures without a 完成时限 (lines 51, 56) or with 持续推进/长期坚持 (lines 52, 59, 60) take up regional tasks dated 2023, before the plan's year; they set no later milestone.")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
