# builds key.json and checks that every line/text pair matches draft.txt (1-based)
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')[:-1]
def E(rule,line,text=None,why='',**kw):
    d={'rule':rule,'line':line}
    if text is not None: d['text']=text
    d.update(kw); d['why']=why
    if line and text is not None:
        assert text in L[line-1], (line,text,L[line-1][:60])
    return d
expect=[
 E('basis-mismatch',117,'宁政办发〔2023〕17号',"the 解读 cites 《自治区人民政府关于加强数字政府建设的实施意见》 with 宁政办发〔2023〕17号; that title's 文号 is 宁政发〔2023〕17号 (as the plan itself cites on line 9); 宁政办发 is the 办公厅 series"),
 E('unknown-unit',131,'区大数据管理服务局',"the 解读 names a 区大数据管理服务局 as responsible for 政务云/电子政务外网 operation; 金凤区 has no such body (not in units.txt) and the plan's own list gives these tasks to 区政府办公室 (rows 13-15, lines 92-94); a slip copied from a city template (市大数据管理服务局)"),
 E('deadline-later-than-baseline',93,'2025年6月底前',"row 14 (电子政务外网升级改造, 互联网出口带宽, 区、镇（街道）、村（社区）全覆盖) takes up regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖, 完成时限 2024年) and task 47 (电子政务外网升级改造, 扩大互联网出口带宽, 完成时限 2024年); 2025年6月底前 is later"),
 E('deadline-invalid',107,'2023年12月底前',"the plan is issued 2024-03-22 (line 6); a deadline of 2023年12月底前 lies before the year of issue. Not a copied regional deadline: the matching regional task 93 (适老化与信息无障碍建设) is due 2024年"),
 E('garbled-text',47,'鎻愬崌缃戠粶骞冲彴',"sub-item title 提升网络平台能力 stored as UTF-8 bytes read as GBK (鎻愬崌缃戠粶骞冲彴鑳藉姏); re-encoding as GBK and decoding as UTF-8 recovers it"),
 E('missing-pillar',0,None,"section 三 (lines 22-30) drives only 数字经济 and 数字社会; nothing anywhere on 数字生态 (数据要素市场, 数据交易, 政策环境, 网络生态); the heading was narrowed to 驱动数字经济社会发展 and line 23 names only two",pillar='数字生态'),
 E('task-uncovered',0,None,"deliberately left out with the 数字生态 pillar: 培育数据要素市场/数据交易平台 (自治区发展改革委牵头, 各市、县（区）配合, 2025年)",task=12),
]
N=[]
def M(rule,line,why,text=None,**kw): N.append(E(rule,line,text,why,**kw))
# unknown-unit near misses
M('unknown-unit',3,"addressee line of the 通知: collective addressees (各镇人民政府、街道办事处, 区直各部门（单位）, 驻区各单位), not responsible units; 各 covers 街道办事处 too",'街道办事处')
M('unknown-unit',80,"collective subjects",'各镇（街道）、区直各部门（单位）')
M('unknown-unit',103,"collective subject at village level",'各村（社区）')
M('unknown-unit',84,"collective subject",'各街道办事处')
M('unknown-unit',83,"official short name listed in units.txt (区人力资源和社会保障局 = 区人社局)",'区人社局')
M('unknown-unit',81,"short names listed in units.txt (区工业和信息化局, 区商务和投资促进局)",'区工信局、区商务局')
M('unknown-unit',87,"prefix distributes: 区发展和改革局、财政局、审计局 = 区发展和改革局, 区财政局, 区审计局, all in units.txt",'财政局、审计局')
M('unknown-unit',21,"same distributed prefix in body text: 区财政局, 区审计局",'区发展和改革局、财政局、审计局')
M('unknown-unit',95,"dual-management unit stationed in the district, listed in units.txt",'银川市公安局金凤区分局')
M('unknown-unit',99,"listed in units.txt (city bureau's district branch)",'银川市市场监督管理局金凤区分局')
M('unknown-unit',100,"short name in units.txt (银川市公安局金凤区分局 = 金凤公安分局)",'金凤公安分局')
M('unknown-unit',108,"listed in units.txt",'银川市生态环境局金凤分局')
M('unknown-unit',85,"town governments listed in units.txt",'良田镇人民政府、丰登镇人民政府')
M('unknown-unit',105,"short name in units.txt (区行政审批服务局 = 区审批局)",'区审批局')
M('unknown-unit',140,"regional body named as the builder of the region-wide 宁政通 the district relies on, not as lead of a local task",'自治区人民政府办公厅')
M('unknown-unit',145,"short names of registered units in the 解读",'区发改局、区财政局')
M('unknown-unit',84,"the parent city named in the content cell as the body the district assists (配合银川市…), not a responsible unit",'配合银川市')
M('unknown-unit',74,"领导小组办公室 is the 区推进数字政府建设领导小组办公室 set up on line 19 (alias in units.txt); 区融媒体中心 is registered",'领导小组办公室')
M('unknown-unit',62,"facilities named in the content (公共场馆数字化转型), not responsible units",'区图书馆、文化馆')
# deadline near misses
M('deadline-later-than-baseline',80,"row 1 takes up task 64 (各地各部门参照自治区做法成立相应组织机构…, 完成时限 2025年): earlier. Not task 60 (充实自治区领导小组成员, 自治区政府办公厅负责, 2023年), which is the region's own body",'2024年6月底前')
M('deadline-later-than-baseline',81,"task 3 (智慧园区, 持续推进，2025年取得明显成效): equal",'持续推进，2025年取得明显成效')
M('deadline-later-than-baseline',82,"task 2 (产业云, 2023年启动，2024年取得明显成效): completing milestone 2024, equal",'2024年')
M('deadline-later-than-baseline',83,"task 6 (服务数字化, 持续推进，2025年取得明显成效): equal",'持续推进，2025年取得明显成效')
M('deadline-later-than-baseline',84,"task 9 (一网统管, 持续推进，2025年取得明显成效): equal",'2025年')
M('deadline-later-than-baseline',85,"task 10 (数字乡村, 持续推进，2025年取得明显成效): equal",'2025年')
M('deadline-later-than-baseline',86,"task 21 (行政权力事项网上运行, 2024年): equal; task 22 (审管协同) is 2025年",'2024年')
M('deadline-later-than-baseline',87,"task 23 (一本账, 2024年): same year, month form",'2024年12月底前')
M('deadline-later-than-baseline',88,"tasks 33/34 (基础库/主题库, 2024年): equal",'2024年')
M('deadline-later-than-baseline',89,"task 40 (电子公文, 2024年): equal",'2024年')
M('deadline-later-than-baseline',90,"task 41 (公共数据开放, 2024年): earlier month of the same year",'2024年9月底前')
M('deadline-later-than-baseline',91,"task 42 (公共数据与政务数据融合, 2024年): equal",'2024年')
M('deadline-later-than-baseline',92,"task 46 (政务信息系统迁移, 2024年) and task 43 (2024年建成，持续推进): earlier month of the same year",'2024年10月底前')
M('deadline-later-than-baseline',94,"task 50 (非涉密业务专网整合, 2024年): equal, written with a space",'2024 年')
M('deadline-later-than-baseline',95,"task 49 (视频一张网, 2025年): earlier",'2024年12月底前')
M('deadline-later-than-baseline',96,"task 54 (电子文件归档, 2024年): equal",'2024年')
M('deadline-later-than-baseline',97,"task 57 (信用信息, 2024年): equal",'2024年')
M('deadline-later-than-baseline',98,"task 66 (经济运行大数据平台, 2025年): equal",'2025年')
M('deadline-later-than-baseline',99,"task 71 (数字化追溯监管, 2024年): equal",'2024年')
M('deadline-later-than-baseline',100,"task 77 (矛盾纠纷多元化解, 2024年): equal",'2024年')
M('deadline-later-than-baseline',101,"task 79 (雪亮工程, 2024年): equal",'2024年')
M('deadline-later-than-baseline',102,"task 80 (智慧应急, 2024年): equal",'2024年')
M('deadline-later-than-baseline',103,"task 83 (基层管理服务平台, 2025年): equal",'2025年')
M('deadline-later-than-baseline',104,"task 84 (网上办、掌上办、就近办、一次办, 2024年): equal",'2024年')
M('deadline-later-than-baseline',105,"task 86 (我的宁夏, 2024年): equal",'2024年')
M('deadline-later-than-baseline',106,"task 89 (企业专属网页/惠企政策, 2024年): equal",'2024年')
M('deadline-later-than-baseline',108,"task 94 (生态环境数据资源中心, 2024年): equal",'2024年')
M('deadline-later-than-baseline',109,"tasks 104/105 (协同办公平台, 宁政通, 2024年): equal",'2024年')
M('deadline-later-than-baseline',110,"task 106 (填表报数压减50%, 2025年): equal",'2025年')
M('deadline-later-than-baseline',111,"task 111 (机关事务, 2025年): equal",'2025年')
M('deadline-later-than-baseline',112,"tasks 112/114/115 (政务公开, 新媒体, 政民互动, 2024年): equal",'2024年')
M('deadline-later-than-baseline',113,"task 121 (工作要点和考核指标, 长期坚持): equal",'长期坚持')
M('deadline-later-than-baseline',14,"2024 goals: 上云 (task 46, 2024年), 网上办/掌上办 (task 84, 2024年), 填表报数推广 (task 106, 2025年): none later",'到2024年底')
M('deadline-later-than-baseline',15,"same year as the regional 主要目标 (到2025年，…“34567”体系框架全面成型)",'到2025年')
M('deadline-later-than-baseline',16,"same as the regional 2035 goal",'到2035年')
M('deadline-later-than-baseline',66,"task 106 (填表报数压减50%以上, 2025年): equal",'到2025年')
M('deadline-later-than-baseline',122,"解读 restates the 2024 goal (上云, task 46 2024年): equal",'到2024年底')
M('deadline-later-than-baseline',123,"解读 restates the 2025 goal: equal to the regional goal",'到2025年')
M('deadline-later-than-baseline',126,"解读 restates row 1: task 64 (2025年), earlier",'2024年6月底前')
M('deadline-later-than-baseline',128,"解读 restates row 13: task 46 (2024年), earlier month",'2024年10月底前')
M('deadline-later-than-baseline',133,"解读: 智慧园区 task 3 (持续推进，2025年取得明显成效): equal; the 产业云 clause (task 2) carries no date",'2025年取得明显成效')
M('deadline-later-than-baseline',136,"解读 restates row 26: task 86 (2024年), equal",'2024年底前')
M('deadline-later-than-baseline',140,"解读: task 106 (2025年), equal",'到2025年')
M('deadline-later-than-baseline',148,"validity of the plan (有效期至…), not a task deadline; within 2025 anyway",'2025年12月31日')
M('deadline-invalid',6,"the 通知's own issue date",'2024年3月22日')
M('deadline-invalid',12,"background: past dates describing work already done (2020, 2022, 2023), not deadlines",'2023年，区、镇（街道）、村（社区）三级政务服务体系基本建成')
M('deadline-invalid',117,"background in the 解读: issue months of the national and regional documents",'2022年6月')
M('deadline-invalid',118,"past date of the district government meeting that adopted the plan",'2024年3月15日')
M('deadline-invalid',74,"the office's own recurring reporting dates (no year)",'每季度最后一个月25日前、每年12月10日前')
M('deadline-invalid',146,"same reporting dates restated in the 解读",'每年12月10日前')
M('deadline-invalid',150,"date of the 解读 itself",'2024年3月26日')
M('deadline-invalid',77,"period of the task list in its title",'（2024—2025年）')
# basis near misses
M('basis-mismatch',9,"correct: 国务院 指导意见 with its 文号",'国发〔2022〕14号')
M('basis-mismatch',9,"correct title and 文号 of the regional 实施意见",'《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）')
M('basis-mismatch',9,"additional basis cited exactly as the 吴忠 plan cites it",'宁政办发〔2023〕11号')
M('basis-mismatch',12,"retrospective mention of the 2020 工作要点 with its correct 文号, not a basis of this plan",'宁政办发〔2020〕14号')
M('basis-mismatch',2,"the plan's own 文号",'金政办发〔2024〕21号')
M('basis-mismatch',115,"the 解读 naming the plan it explains and its own 文号",'金政办发〔2024〕21号')
M('basis-mismatch',117,"the 解读 cites the 指导意见 correctly (only the regional 文号 on this line is wrong)",'国发〔2022〕14号')
# pillar near misses
M('missing-pillar',19,"五个一: folded into 健全组织机构 (领导小组 + 办公室 + 数据专员) under 健全数字政府建设工作体系, as DOMAIN notes for 吴忠",pillar='五个一')
M('missing-pillar',20,"六级贯通 named and taken up in 厘清层级职责",pillar='六级贯通')
M('missing-pillar',71,"财政投入 covered under the name 强化资金保障",pillar='财政投入')
M('missing-pillar',72,"数字素养 present",pillar='数字素养')
M('missing-pillar',68,"政务公开 present",pillar='政务公开')
M('missing-pillar',63,"生态环境保护 present (a capability, not the missing 数字生态 driver)",pillar='生态环境保护')
M('missing-pillar',33,"安全保障 present",pillar='安全保障')
# garbled near misses
M('garbled-text',94,"a space inside a date (2024 年) is a form the regional list also uses, not damage",'2024 年')
covers=[(2,26),(3,25),(6,28),(7,28),(8,28),(9,29),(10,30),(14,34),(15,34),(17,35),(18,36),(21,38),(22,38),(23,39),(24,21),(25,39),(28,40),(30,42),(32,42),(33,43),(34,43),(36,43),(40,44),(41,44),(42,44),(43,46),(46,46),(47,47),(48,47),(49,47),(50,47),(51,48),(54,48),(57,48),(58,48),(64,19),(65,51),(66,51),(68,52),(70,52),(71,52),(72,52),(77,54),(79,55),(80,56),(83,57),(84,59),(85,60),(86,60),(87,60),(88,61),(89,61),(90,62),(93,62),(94,63),(96,63),(102,63),(103,65),(104,66),(105,66),(106,66),(107,66),(111,67),(112,68),(114,68),(115,68),(116,70),(118,72),(121,73),(122,73),(123,73),(124,73)]
key={
 'writer':'blind writer, round 655; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written':'2026-12-07',
 'draft':'draft.txt',
 'also':[],
 'baseline':'ningxia-2023',
 'build':None,
 'parents':[],
 'units':'units.txt',
 'planYear':2024,
 'expect':expect,
 'mustNotFlag':N,
 'covers':[{'task':a,'line':b} for a,b in covers],
 'notes':("金凤区 (银川市) 2024 实施方案 (lines 1-113: 通知, body, 附件 task list of 34 rows on lines 80-113) followed in the same file by its 政策解读 "
          "(lines 114-150, Q&A). The 解读 is keyed as part of the file: its dates, units and citations are checked like the plan's. No parent plan is given "
          "(银川市's plan is not in the seeds); the district plan is checked against ningxia-2023 only. Tasks the region set for 2023 (14, 15, 17, 18, 24, 25, 30, 32, 36, 85, 116, 118, 122, 123) "
          "are taken up in body text without dates on purpose, so no 2024 date is set against a 2023 regional deadline. The table note (line 78) says the first-listed unit leads; "
          "no row names a regional body. The 外网 task of line 93 is restated in the 解读 (line 129) without a date.")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
for c in key['covers']: assert 1<=c['line']<=len(L)
print(len(expect),len(N),len(covers))
