# writer's helper: builds key.json, locating each entry's line by a unique substring of draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(sub):
    k=None
    if isinstance(sub,tuple): sub,k=sub
    hits=[i for i,l in enumerate(L,1) if sub in l]
    if k is not None: hits=[hits[k]]
    assert len(hits)==1,(sub,hits)
    return hits[0]
def E(rule,sub,text=None,why='',**kw):
    d={'rule':rule,'line':ln(sub)}
    if text is not None:
        assert text in L[d['line']-1],(text,d['line'])
        d['text']=text
    d.update(kw); d['why']=why
    return d
DL='deadline-later-than-baseline'; DI='deadline-invalid'; UU='unknown-unit'; BM='basis-mismatch'
expect=[
 E(BM,'（宁政办发〔2023〕17号）','宁政办发〔2023〕17号','the region\'s 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document, not a 办公厅 宁政办发 one); the 文号 does not belong to the title'),
 E('garbled-text','鍔犲己鏁版嵁姹囪仛娌荤悊','鍔犲己鏁版嵁姹囪仛娌荤悊','UTF-8 bytes of 加强数据汇聚治理 read as GBK (mojibake, no ? marker)'),
 E(UU,'责任单位：区大数据管理局','区大数据管理局','no such unit in units.txt; the district body used everywhere else in the draft is 区大数据服务中心'),
 E(UU,'责任单位：自治区政府办公厅牵头','自治区政府办公厅','a regional body named as the lead (牵头) of a local task; copied from the regional cell of task 104 — the district lead should be 区政府办公室'),
 E(DL,'2025年6月底前区级政务服务和公共服务应用实现','2025年6月底','task 86 (迭代升级“我的宁夏”政务APP…应用实现“应上尽上”) is due 2024年; the finishing step here is 2025年6月底'),
 E(DL,'2025年3月底前全面完成政务移动端','2025年3月底','task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) is due 2024年; the first two steps are in 2024 but the last, completing step is 2025年3月底'),
 E(DI,'2024年21月底前','2024年21月','impossible month (21月; evidently 12月 with the digits swapped). Task 105 (宁政通) is due 2024年, so read as 2024年12月 it would be on time'),
]
MNF=[
 E(BM,'兴政办发〔2024〕21号','兴政办发〔2024〕21号','the notice\'s own 文号, not a cited basis document'),
 E(BM,'（宁政办发〔2023〕11号）','宁政办发〔2023〕11号','correct citation of 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited the same way by the 吴忠 plan in the seeds; here a retrospective background mention'),
 E(BM,'（宁政办发〔2020〕14号）','宁政办发〔2020〕14号','retrospective background mention of the 2020 工作要点 with its correct 文号, not cited as a basis of this plan'),
 E(DI,'截至2023年底','2023年底','past date in the background (what had been achieved by end of 2023), not a deadline'),
 E(DI,'2023年，区直各部门','2023年','past date in the background, not a deadline'),
 E(DI,'2023年，我区已完成区级政务信息系统','2023年','retrospective statement in the security intro (task 14 itself is due 2023年); not a deadline of this plan'),
 E(DI,'2024年4月15日','2024年4月15日','the notice\'s own issue date'),
 E(DL,'到2024年底，区级非涉密','2024年底','goal equal to the regional deadlines of the matching tasks: 19 (2023年启动，2024年建成), 43 (2024 年建成，持续推进), 48 (2024 年), 84 (2024年); it does not restate any of the region\'s 到2023年底 goals'),
 E(DL,'到2025年，自治区数字政府建设','2025年','equal to the region\'s goal 到2025年…“34567”体系框架全面成型'),
 E(DL,'到2035年','2035年','equal to the region\'s 到2035年 goal'),
 E(DL,'2025年12月底前园区数字化','2025年12月底','task 3 (智慧园区): 持续推进，2025 年取得明显成效; early step 2024年12月, last step equal'),
 E(DL,'2025年12月底前取得明显成效。','2025年12月底','task 5 (数字经济治理): 持续推进，2025 年取得明显成效; equal, including the 持续推进 flag'),
 E(DL,'2025年12月底前重点领域服务数字化','2025年12月底','task 6 (公共事业服务数字化): 持续推进，2025 年取得明显成效; early step 2024年6月 well before, last step equal'),
 E(DL,'2025年12月底前“互联网+医疗健康”','2025年12月底','task 8: 持续推进，2025年取得明显成效; equal'),
 E(DL,'2025年12月底前“一网统管”覆盖','2025年12月底','task 9 (智慧城市, 一网统管): 持续推进，2025年取得明显成效; equal'),
 E(DL,'2025年12月底前乡村综合信息服务','2025年12月底','task 10 (数字乡村): 持续推进，2025年取得明显成效; equal'),
 E(DL,'2025年12月底前引进培育数据要素','2025年12月底','task 12 (数据要素市场): 2025年; equal'),
 E(DL,'2024年11月底前建立区级数据交易','2024年11月底','task 13 (政策环境、公平竞争审查): 2024年; earlier'),
 E(DL,'2024年12月底前完成数据安全防护能力评估','2024年12月底','task 16 (数据安全防护能力评估指标体系): 2024年; equal'),
 E(DL,'2024年12月底前全部迁移至自治区政务信创云','2024年12月底','task 19 (政务信创云): 2023年启动，2024年建成 (also 46: 2024 年); equal'),
 E(DL,'2024年12月底前实现区级行政权力事项','2024年12月底','task 21 (行政权力事项网上运行): 2024年; equal'),
 E(DL,'2024年12月底前全部纳入全区一体化数字资源','2024年12月底','task 23 (数字资源“一本账”): 2024年; equal'),
 E(DL,'2025年12月底前形成一批可复制','2025年12月底','task 28 (试点示范): 2023年启动，2025年取得明显成效; equal'),
 E(DL,'2024年12月底前完成基础库、主题库对接','2024年12月底','tasks 33 and 34 (基础库, 主题库): 2024年; equal'),
 E(DL,'2024年10月底前完成首批公共数据','2024年10月底','task 41 (公共数据开放目录和平台): 2024年; earlier'),
 E(DL,'2024年12月底前建成不少于3个数据融合','2024年12月底','task 42 (公共数据与政务数据融合应用): 2024年; equal'),
 E(DL,'全部实现电子公文规范归档','2024年12月底','task 40 (电子公文) and 54 (电子文件归档): 2024年; single step, equal'),
 E(DL,'2024年12月底前实现区、乡镇（街道）、村（社区）三级全覆盖','2024年12月底','task 48 (城域网升级, 5级全覆盖): 2024 年; equal (also 50: 2024 年)'),
 E(DL,'2025年12月底前全部接入全区统一的视频共享','2025年12月底','task 49 (视频一张网): 2025 年; early step 2024年12月, last equal'),
 E(DL,'2024年12月底前电子签名、电子印章','2024年12月底','task 53 (电子印章): 2024年; equal'),
 E(DL,'2025年12月底前实现各类非税收入','2025年12月底','task 56 (非税收入收缴电子化): 2025年; equal'),
 E(DL,'2024年12月底前建立健全领导小组工作规则','2024年12月底','task 64 (各市、县（区）成立相应组织机构): 2025年; earlier. (Task 60, 充实自治区领导小组, 2023年, is the 自治区\'s own body, 自治区政府办公厅负责, not this one)'),
 E(DL,'2025年12月底前形成常态化经济运行','2025年12月底','task 66 (宁夏经济运行大数据平台): 2025年; equal'),
 E(DL,'2024年12月底前重点领域数字化追溯','2024年12月底','task 71 (数字化追溯监管): 2024年; equal'),
 E(DL,'2024年12月底前新型监管手段','2024年12月底','task 74 (屏、端、仪, 新型监管手段): 2024年; equal'),
 E(DL,'2024年10月底前完成消费维权','2024年10月底','task 73 (消费维权“一件事”, 监管数据治理): 2024年; earlier'),
 E(DL,'2024年12月底前实现矛盾纠纷线上','2024年12月底','task 77 (矛盾纠纷多元化解): 2024年; equal'),
 E(DL,'“智安小区”全覆盖','2024年10月底','task 79 (雪亮工程): 2024年; earlier'),
 E(DL,'2024年12月底前实现重点风险监测预警','2024年12月底','task 80 (智慧应急): 2024年; equal'),
 E(DL,'联动治理体系','2025年12月底','task 83 (互联网+基层治理): 2025年; equal'),
 E(DL,'2024年12月底前区级高频事项','2024年12月底','task 84 (一网通办, 网上办掌上办就近办一次办): 2024年; equal'),
 E(DL,'2025年12月底前全面实现“接诉即办”','2025年12月底','task 87 (12345热线): 2023年启动，2025年完成; three steps, the first two in 2024, the completing one equal'),
 E(DL,'2024年12月底前实现惠企政策精准推送','2024年12月底','tasks 88 (证照分离, 一业一证): 2024年 and 89 (惠企政策精准推送): 2024年; equal'),
 E(DL,'全部接入全区生态环境数据交换体系','2024年12月底','task 94 (生态环境数据资源中心, 数据交换体系): 2024年; equal'),
 E(DL,'2025年12月底前辖区城乡供水','2025年12月底','task 96 (互联网+城乡供水): 2025年; equal'),
 E(DL,'2024年12月底前实现公文流转、督查考核','2024年12月底','task 104 (协同办公平台): 2024年; equal (the line\'s problem is the unit, not the date)'),
 E(DL,'2025年12月底前基层填表报数','2025年12月底','task 106 (填表报数压减50%): 2025年; equal'),
 E(DL,'2025年6月底前完成机关事务管理信息系统整合','2025年6月底','tasks 107 (视频会议平台): 2025年 and 111 (机关事务管理系统): 2025年; earlier'),
 E(DL,'政务公开专栏集约化改版','2024年12月底','task 112 (政务公开信息化平台): 2024年; equal'),
 E(DL,'2024年12月底前建成区级政务新媒体矩阵','2024年12月底','task 114 (政务新媒体矩阵): 2024年; equal'),
 E(DL,'接入全区统一知识库','2024年8月底','task 115 (政民互动, 政府信息知识库): 2024年; earlier'),
 E(DL,'2024年12月20日前报送年度工作总结','2024年12月20日','the office\'s own reporting dates (quarterly 20日, annual summary), not a task deadline'),
 E(UU,'责任单位：区商务和投资促进局、工业和信息化局','工业和信息化局','the 区 prefix distributes: 区工业和信息化局, 区大数据服务中心, both in units.txt'),
 E(UU,'责任单位：区教育局、卫生健康局','人社局','prefix distribution onto short names: 区人社局, 区文旅体广局 are aliases in units.txt; 按职责分别负责 is a role, not a unit'),
 E(UU,'责任单位：区城市管理局、住房和城乡建设局，各街道办事处','各街道办事处','collective subject; the 区 prefix distributes to 住房和城乡建设局 but not into a 各… subject'),
 E(UU,('配合单位：各乡镇人民政府',0),'各乡镇人民政府','collective subject'),
 E(UU,'责任单位：区发改局、区大数据服务中心、区商促局','区发改局','official short names (aliases in units.txt) of 区发展和改革局 and 区商务和投资促进局'),
 E(UU,'区发展和改革局、财政局、审计局','财政局','prefix distribution: 区财政局, 区审计局'),
 E(UU,'配合单位：区直各部门（单位）','区直各部门（单位）','collective subject'),
 E(UU,'责任单位：区大数据服务中心、区直有关部门','区直有关部门','collective subject'),
 E(UU,'责任单位：区发改局、统计局、商促局','商促局','prefix distribution onto an alias: 区统计局, 区商促局 (= 区商务和投资促进局)'),
 E(UU,'区市场监管局、卫健局、农业农村和水务局、应急局','卫健局','prefix distribution: 区卫健局, 区农业农村和水务局, 区应急局 (aliases/canonical names in units.txt)'),
 E(UU,'区城市管理局、银川市生态环境局兴庆区分局','银川市生态环境局兴庆区分局','a city branch office stationed in the district, listed in units.txt under its full name; not to be split'),
 E(UU,'责任单位：区委政法委、区司法局、区信访局、兴庆区公安分局','兴庆区公安分局','short name of 银川市公安局兴庆区分局 in units.txt'),
 E(UU,'责任单位：区委宣传部、区融媒体中心、区委网信办','区融媒体中心','all in units.txt'),
]
MNF=[m for m in MNF if m]
# collectives on the two 配合单位 lines with 各乡镇（街道）、各村（社区）
for i,l in enumerate(L,1):
    if l=='配合单位：各乡镇（街道）、各村（社区）':
        MNF.append({'rule':UU,'line':i,'text':'各乡镇（街道）','why':'collective subjects (各乡镇（街道）, 各村（社区）)'})
        break
covers_src=[
 (3,'1．推进智慧园区建设'),(5,'2．完善数字经济治理体系'),(6,'3．推进公共服务数字化'),(8,'4．深化“互联网+医疗健康”'),
 (9,'5．推进智慧城市建设'),(10,'6．推进数字乡村建设'),(12,'7．培育数据要素市场'),(13,'8．营造规范有序的政策环境'),
 (14,'（一）加快构建全方位安全保障体系。'),(16,'9．开展数据安全防护能力评估'),(19,'10．推进政务信息系统信创迁移'),
 (21,'11．推动行政权力事项网上运行'),(23,'12．建立数字资源“一本账”'),(28,'13．开展试点示范'),
 (33,'14．推进基础数据资源对接'),(34,'14．推进基础数据资源对接'),(41,'15．推进公共数据开放'),(42,'16．促进数据融合应用'),
 (40,'17．规范电子公文管理'),(48,'18．升级电子政务外网'),(50,'18．升级电子政务外网'),(49,'19．融入“视频一张网”'),
 (53,'20．推广电子印章应用'),(56,'21．推进非税收入收缴电子化'),(64,'22．健全组织机构'),(66,'24．加强经济运行监测'),
 (71,'25．推行数字化追溯监管'),(74,'26．提升监管智能化水平'),(73,'27．推进消费维权'),(77,'28．完善矛盾纠纷多元化解'),
 (79,'29．推进“雪亮工程”'),(80,'30．推进“智慧应急”建设'),(83,'31．推进“互联网+基层治理”'),(84,'32．深化“一网通办”'),
 (86,'33．丰富“我的宁夏”兴庆专区'),(87,'34．优化12345热线服务'),(88,'35．提升涉企服务水平'),(89,'35．提升涉企服务水平'),
 (93,'36．推进适老化与信息无障碍建设'),(94,'37．加强生态环境数字化监测'),(96,'38．推进“互联网+城乡供水”'),
 (104,'39．推广协同办公平台'),(105,'40．用好“宁政通”移动办公'),(106,'41．推进基层填表报数减负'),
 (107,'42．整合机关事务管理系统'),(111,'42．整合机关事务管理系统'),(112,'43．完善政务公开平台'),(114,'44．加强政务新媒体矩阵建设'),
 (115,'45．畅通政民互动渠道'),(116,'（一）加强组织领导。'),(25,'（二）加大资金保障。'),(118,'（三）提升数字素养。'),
 (122,'（四）强化考核评价。'),(123,'（四）强化考核评价。'),(124,'（四）强化考核评价。'),
]
covers=[{'task':t,'line':ln(s)} for t,s in covers_src]
key={
 'writer':'blind writer, round 531; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written':'2026-12-07',
 'draft':'draft.txt',
 'baseline':'ningxia-2023',
 'build':None,
 'parents':[],
 'units':'units.txt',
 'planYear':2024,
 'expect':expect,
 'mustNotFlag':MNF,
 'covers':covers,
 'notes':('兴庆区 (银川市) 2024 实施方案 checked against 宁政发〔2023〕17号 only (no parent plan; the 银川市 plan is deliberately not cited). '
  'Each measure is followed by 责任单位 (sometimes a separate 配合单位 line) and a 时间节点 line of dated steps; the last step is the one that completes the task, '
  'so it is the one compared with the regional 完成时限. 2024年12月底前 counts as equal to a regional 2024年; 2025年12月底前 as equal to 2025年 / 2025年取得明显成效. '
  'The draft states (line 19) that the first-listed unit of each cell is the lead. 区直各部门（单位）, 区直有关部门, 各乡镇人民政府, 各街道办事处, 各乡镇（街道）, 各村（社区） are collectives. '
  'Line 9 also cites 国发〔2022〕14号 correctly (not listed in mustNotFlag because line 9 carries the planted basis-mismatch). Section 六 (党的领导: 组织领导, 资金保障, 数字素养, 考核评价, 调度报送) is prose without 时间节点 lines. Tasks with a regional 2023 deadline are only mentioned without dates or as past facts.'),
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(MNF),len(covers))
for e in expect: print(e['rule'],e['line'],e.get('text'))
