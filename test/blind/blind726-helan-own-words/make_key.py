# helper kept by the blind writer: builds key.json, finding every line by its text in draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(*frags, unique=True):
    hits=[i for i,l in enumerate(L,1) if all(f in l for f in frags) and ('\t' not in l or '\t' in ''.join(frags))]
    assert hits, frags
    if unique: assert len(hits)==1, (frags,hits)
    return hits[0]
def row(n):  # table row by 序号
    r=[i for i,l in enumerate(L,1) if l.startswith(f'{n}\t')]; assert len(r)==1; return r[0]

expect=[
 {"rule":"basis-mismatch","line":ln('宁政发〔2023〕71号'),"text":"宁政发〔2023〕71号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 71 is a transposed 17"},
 {"rule":"garbled-text","line":ln('鎺ㄥ姩鏀垮姟'),"text":"鎺ㄥ姩鏀垮姟鏁版嵁",
  "why":"UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 推动政务数据按需回流"},
 {"rule":"unknown-unit","line":row(12),"text":"县大数据管理局",
  "why":"no such body in 贺兰县 (not in units.txt; copied from a city template); the county's data body is 县信息化建设服务中心, as the matching body note on line %d says"%ln('推动数据回流和开放')},
 {"rule":"deadline-later-than-baseline","line":row(15),"text":"2025年底",
  "why":"row merges regional tasks 47 (完成时限 2024年), 48 (2024年) and 50 (2024年); 2025年底前 is a year late (the body note for the same measure, line %d, says 2024年底前)"%ln('织密政务外网')},
 {"rule":"deadline-invalid","line":ln('2024年6月31日前'),"text":"6月31日",
  "why":"June has 30 days; impossible date (task 86, regional 完成时限 2024年; the table row %d says 2024年6月底前)"%row(29)},
 {"rule":"task-uncovered","line":0,"task":93,
  "why":"deliberately left out: 适老化与信息无障碍建设 is 各市、县（区）按照职能分别负责, 2024年; the draft never mentions 适老化, 无障碍, 老年人 or 残疾人"},
]
M=[]
def m(rule,line,why,text=None):
    e={"rule":rule,"line":line}
    if text: e["text"]=text
    e["why"]=why; M.append(e)
U="unknown-unit"; D="deadline-later-than-baseline"; I="deadline-invalid"; B="basis-mismatch"
# units
m(U,row(1),"alias of 贺兰工业园区管理委员会 in units.txt","贺兰工业园区管委会")
m(U,row(6),"official short name of 县发展和改革局 (units.txt alias)","县发改局")
m(U,row(9),"aliases of 县人民政府办公室 and 县信息化建设服务中心 in units.txt","县信息中心")
m(U,row(2),"prefix 县 distributes: 县市场监管局、公安局 = 县市场监管局、县公安局","公安局")
m(U,row(11),"prefix 县 distributes over 市场监管局、自然资源局、卫健局、医保局、应急局 (all in units.txt)","医保局")
m(U,row(15),"alias of 中国电信股份有限公司贺兰分公司, a unit outside government listed in units.txt","电信贺兰分公司")
m(U,row(23),"alias of 银川市生态环境局贺兰分局 (city-level vertical body stationed in the county, in units.txt)","贺兰生态环境分局")
m(U,row(26),"alias of 贺兰县消防救援大队; 水务局 takes the 县 prefix","县消防救援大队")
m(U,row(27),"collective subjects","各村（社区）")
m(U,ln('压实安全责任'),"collective subject","县直各部门（单位）")
m(U,ln('推动权力事项上网运行'),"collective subject","县直有关部门")
m(U,ln('推进数字乡村和数字供销'),"collective subject; 县供销社 is the alias of 县供销合作社联合社","各乡镇人民政府")
m(U,ln('推进信创应用'),"regional body named only as the source of the deployment, not as a responsible unit","自治区政府办公厅")
m(U,ln('（一）健全组织机构'),"the regional state-owned company is mentioned as a partner in the text, not in the 责任单位 note","数字宁夏建设运营有限公司")
m(U,row(39),"alias of 县人民政府督查室 in units.txt","县政府督查室")
# basis
m(B,ln('国发〔2022〕14号'),"correct title and 文号 of the national guiding opinion","国发〔2022〕14号")
m(B,ln('银川市人民政府《关于加强数字政府建设的实施方案》'),"the city's own plan cited by title alone, as DOMAIN says city plans often are; 实施方案 is the right genre for a city plan, not a wrong title for the regional 实施意见","银川市人民政府《关于加强数字政府建设的实施方案》")
m(B,ln('宁政办发〔2020〕14号'),"retrospective mention in the background paragraph of what the county did under the 2020 要点; title and 文号 match; not cited as the basis","宁政办发〔2020〕14号")
m(B,ln('贺政办发〔2024〕9号'),"the document's own 文号, not a basis citation","贺政办发〔2024〕9号")
# dates
m(I,ln('2024年3月18日'),"issue date of the notice","2024年3月18日")
m(I,ln('近年来，我县按照'),"past date in the background (what was achieved in 2023), not a deadline","2023年")
m(I,ln('开展试点创新'),"copied regional deadline of task 28 (2023年启动，2025年取得明显成效); the 2023 start milestone lies before the plan year but the completing milestone is 2025","2023年启动")
m(D,ln('开展试点创新'),"task 28 完成时限 2023年启动，2025年取得明显成效; identical","2025年取得明显成效")
m(D,row(10),"task 28 完成时限 2023年启动，2025年取得明显成效; identical","2025年取得明显成效")
m(D,ln('到2024年底，县级'),"2024 goal: systems on the cloud (tasks 43 2024年建成，持续推进 / 46 2024年), 政务外网 to every village (task 48 2024年), city-operation platform online (task 9 2025); equal or earlier","到2024年底")
m(D,ln('到2025年，对标自治区'),"same as the region's 主要目标 到2025年 “34567”体系框架全面成型","到2025年")
m(D,ln('到2035年，与县域'),"same as the region's 到2035年 goal","到2035年")
m(D,ln('织密政务外网'),"tasks 47, 48, 50 完成时限 2024年; 2024年底前 is equal (only the table row is late)","2024年底前")
m(D,ln('推动系统“上云”'),"tasks 43 (2024年建成，持续推进) and 46 (2024年); 11月底 is earlier","2024年11月底前")
m(D,ln('（一）健全组织机构'),"task 64 (各市、县（区）负责) 完成时限 2025年; 2024年6月底前 is earlier. Regional-only tasks 60/62/63 (2023) concern the region's own bodies","2024年6月底前")
m(D,row(20),"task 64 完成时限 2025年; earlier","2024年6月底前")
m(D,ln('深化“雪亮工程”和“智安小区”建设。'),"task 79 完成时限 2024年; 10月底 is earlier","2024年10月底前")
m(D,ln('建设“智慧应急”县级平台。'),"merges task 80 (2024年) and task 81 (2025年); 2024年底前 equals the earlier one","2024年底前")
m(D,ln('打造“智慧贺兰”城市运行中枢'),"task 9 完成时限 持续推进，2025年取得明显成效; 2025年底前 is equal","2025年底前")
m(D,ln('推动权力事项上网运行'),"task 21 (2024年), task 22 (2025年); 2024年12月底前 is equal/earlier","2024年12月底前")
m(D,ln('扩大电子证照和非税缴费应用'),"tasks 52 (2025年) and 56 (2025年); equal. Not task 85 (免证办, 2023): the line follows task 52's 社会化场景 wording","2025年底前")
m(D,ln('提升12345热线'),"task 87 完成时限 2023年启动，2025年完成; equal","2025年")
m(D,ln('强化行政监督'),"task 108 完成时限 长期推进，2024年取得明显成效 (copied); task 109 2024年","长期推进，2024年取得明显成效")
m(D,ln('提升防护能力'),"task 18 完成时限 2023年形成机制，长期坚持; ongoing duty, no later milestone","长期坚持")
m(D,ln('（一）加强党的领导'),"tasks 116 (2023年完成并长期坚持) and 121 (长期坚持); ongoing, no later milestone","长期坚持")
m(D,row(42),"tasks 116 (2023年完成并长期坚持), 121 (长期坚持), 123 (2023年完成，长期坚持); ongoing, no later milestone","长期坚持")
m(D,row(29),"task 86 完成时限 2024年; 2024年6月底前 is earlier (valid date in the table)","2024年6月底前")
m(D,ln('提高资源管理数字化水平'),"tasks 96 (2025年), 97 (2024年), 98 (2024年); 2024年底前 is equal/earlier","2024年底前")
m(D,ln('强化生态环境智慧监测'),"tasks 94 (2024年), 95 (2025年); equal/earlier","2024年底前")
m(D,ln('推行“指尖上的机关”'),"tasks 104 (2024年), 105 (2024年), 107 (2025年); equal/earlier","2024年底前")
m(D,ln('（一）赋能数字经济'),"task 3 完成时限 持续推进，2025年取得明显成效; identical","持续推进，2025年取得明显成效")
m(D,ln('推进数字乡村和数字供销'),"tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效); equal","2025年取得明显成效")
m(D,ln('（三）涵养数字生态'),"task 12 完成时限 2025年; equal","2025年")
m(D,ln('各责任单位于每季度'),"the office's own reporting dates, not task deadlines","2024年12月15日前")
m("missing-pillar",0,"五个一 taken up under the county's own heading 四、健全县级数字政府工作体系 (line %d: 领导小组+办公室+支撑单位+运营企业+专家团队)"%ln('（一）健全组织机构'))
M[-1]["pillar"]="五个一"
m("missing-pillar",0,"六级贯通 taken up on line %d (按照“六级贯通”要求 … 县级 / 乡镇 / 村（社区）)"%ln('（二）理顺层级职责'))
M[-1]["pillar"]="六级贯通"
m("missing-pillar",0,"党的领导 taken up under 六、保障措施 (line %d): 组织领导/一把手工程, 资金保障, 数字素养, 考核评价"%ln('六、保障措施'))
M[-1]["pillar"]="党的领导"
m("missing-pillar",0,"数字生态 taken up on line %d: data-element market, data protection, network ecology"%ln('（三）涵养数字生态'))
M[-1]["pillar"]="数字生态"
m("garbled-text",ln('打造“智慧贺兰”城市运行中枢'),"ordinary dashes in “发现—派单—处置—反馈”","发现—派单")

covers_spec=[(3,'（一）赋能数字经济'),(5,'完善数字经济治理'),(6,'（二）建设数字社会'),(7,'（二）建设数字社会'),(8,'（二）建设数字社会'),
 (9,'打造“智慧贺兰”'),(10,'推进数字乡村和数字供销'),(11,'推进数字乡村和数字供销'),(12,'（三）涵养数字生态'),
 (14,'压实安全责任'),(15,'压实安全责任'),(18,'提升防护能力'),(21,'推动权力事项上网运行'),(22,'推动权力事项上网运行'),
 (23,'建立数字资源“一本账”'),(28,'开展试点创新'),(32,'理顺数据管理职责'),(33,'汇好用好基础数据'),(34,'汇好用好基础数据'),
 (40,'规范电子公文和电子档案'),(41,'推动数据回流和开放'),(42,'推动数据回流和开放'),(43,'推动系统“上云”'),(46,'推动系统“上云”'),
 (47,'织密政务外网'),(48,'织密政务外网'),(50,'织密政务外网'),(49,'整合视频资源'),(52,'扩大电子证照'),(56,'扩大电子证照'),
 (53,'推广电子印章和电子票据'),(55,'推广电子印章和电子票据'),(57,'建好信用和地图'),(58,'建好信用和地图'),(64,'（一）健全组织机构'),
 (66,'（一）经济调节更精准'),(70,'推行分类监管'),(71,'推行分类监管'),(73,'提升协同和非现场监管水平'),(74,'提升协同和非现场监管水平'),
 (77,'做强“贺兰调解”'),(79,'深化“雪亮工程”和“智安小区”建设。'),(80,'建设“智慧应急”县级平台。'),(81,'建设“智慧应急”县级平台。'),
 (83,'推进“互联网+基层治理”。'),(84,'擦亮“贺兰好办”品牌。'),(86,'做优“我的宁夏”贺兰专区。'),(87,'提升12345热线'),(88,'优化涉企服务'),(89,'优化涉企服务'),
 (92,'推进民生服务“一码通”'),(94,'强化生态环境智慧监测'),(95,'强化生态环境智慧监测'),(96,'提高资源管理数字化水平'),(97,'提高资源管理数字化水平'),
 (98,'提高资源管理数字化水平'),(100,'助推绿色低碳转型'),(102,'助推绿色低碳转型'),(103,'建设县级领导决策“驾驶舱”。'),(104,'推行“指尖上的机关”'),
 (105,'推行“指尖上的机关”'),(107,'推行“指尖上的机关”'),(106,'为基层减负'),(108,'强化行政监督'),(109,'强化行政监督'),(111,'推进机关事务数字化'),
 (112,'坚持以网上发布为主'),(114,'建好县级政务新媒体矩阵'),(115,'畅通政民互动渠道'),(116,'（一）加强党的领导'),(118,'（三）提升数字素养'),
 (121,'（一）加强党的领导'),(122,'（四）严格考核评价'),(123,'（四）严格考核评价'),(124,'（四）严格考核评价')]
covers=[{"task":t,"line":ln(f)} for t,f in covers_spec]
key={
 "writer":"blind writer, round 726; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes":("贺兰县 (银川市) 2024 实施方案 paraphrased in the county's own words: local names (园区智脑, 智慧贺兰, 贺兰好办, 贺兰调解, 贺兰发布, 指尖上的机关), "
  "several regional tasks merged into one measure (e.g. 47+48+50, 104+105+107, 112-115 in table row 41). No parent plan is checked (the 银川 plan is not in the seeds). "
  "Body paragraphs end with inline notes (责任单位；完成时限); the attached task table (lines %d-%d) restates them. The table note says the first unit is the lead. "
  "Lines 30, 32, 38, 86-88 carry no deadline on purpose (their regional tasks 14/15/25/32/118/122-124 were due in 2023; 19 is led by the region). Line 66's 6月31日 is a day-level impossibility, not a month/year one. "
  "Reading that may differ: line 46/row 17 (电子证照, 2025年底前) is written after task 52 (2025); a matcher that pairs it with task 85 (免证办, 2023) would call it late. "
  "Line 50/row 20 (县级领导小组, 2024年6月底前) is task 64 (2025), not the regional-only tasks 60/62/63 (2023).")%(ln('序号\t重点任务'),len(L))
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
