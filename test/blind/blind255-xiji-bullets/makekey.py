# builds key.json; every line number is looked up from a unique substring of draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(sub, also=None):
    hits=[i+1 for i,l in enumerate(L) if sub in l and (also is None or also in l)]
    assert len(hits)==1,(sub,also,hits)
    return hits[0]
def E(rule,anchor,text,why,also=None,**kw):
    n=ln(anchor,also); assert text in L[n-1],(text,n)
    d={"rule":rule,"line":n,"text":text,"why":why}; d.update(kw); return d
def M(rule,anchor,why,text=None,also=None):
    n=ln(anchor,also)
    d={"rule":rule,"line":n}
    if text is not None:
        assert text in L[n-1],(text,n); d["text"]=text
    d["why"]=why; return d

expect=[
 E("basis-mismatch","宁政发〔2023〕71号","宁政发〔2023〕71号",
   "the region's 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 71 is a transposed 文号 that does not belong to this title"),
 E("deadline-later-than-baseline","到2026年底","2026年底",
   "主要目标: the region sets 到2025年 for '全区各级数字政府建设“34567”体系框架全面成型'; the county puts the same goal at 2026年底"),
 E("deadline-later-than-baseline","完成时限：2025年6月底前","2025年6月底前",
   "task 41 (编制公共数据开放目录及相关责任清单…依托全区统一的公共数据开放平台分类分级开放公共数据), 完成时限 2024年; the county note says 2025年6月底前"),
 E("deadline-invalid","完成时限：2022年12月底前","2022年12月底前",
   "before the plan's own year (issued 2024-06-18) and not a copy of the regional deadline (task 17 is due 2023年): a date carried over from an old draft; not late (2022 < 2023)"),
 E("unknown-unit","牵头单位：县大数据局","县大数据局",
   "not in units.txt: the registry has 县大数据服务中心 = 县大数据中心; there is no 县大数据局 (task 32 item)"),
 E("unknown-unit","（牵头单位：自治区政府办公厅；","自治区政府办公厅",
   "a regional body named as the lead of a local task: the county copied task 84's regional lead (自治区政府办公厅牵头负责) into its own note; the county lead should be a county unit (县审批服务管理局)"),
 E("garbled-text","鍋ュ叏缃戠粶","鍋ュ叏缃戠粶",
   "UTF-8 bytes read as GBK: '健全网络综合治理体系' became '鍋ュ叏缃戠粶缁煎悎娌荤悊浣撶郴'"),
]

mnf=[
 M("basis-mismatch","（国发〔2022〕14号）","correct national basis: title and 文号 match","国发〔2022〕14号"),
 M("basis-mismatch","（宁政办发〔2023〕11号）","《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan in the seeds","宁政办发〔2023〕11号"),
 M("basis-mismatch","（宁政办发〔2020〕14号）","retrospective mention in 发展基础 ('自…印发以来'), not a basis of this plan; title and 文号 are correct","宁政办发〔2020〕14号"),
 M("basis-mismatch","西政发〔2024〕21号","the plan's own 发文字号, not a cited document","西政发〔2024〕21号"),
 M("deadline-invalid","截至2023年底","past dates in the background paragraph (2023年, 截至2023年底), statements of fact, not deadlines","2023年"),
 M("deadline-invalid","2024年6月18日","the document's own issue date","2024年6月18日"),
 M("deadline-later-than-baseline","到2024年底，县级数字政府","2024 goal: 外网 three-level coverage (task 48, 2024年), 我的宁夏 (task 86, 2024年), 宁政通 (task 105, 2024年) — equal; 工作机制基本健全 is earlier than the region's 2025 '工作体制逐步健全'","2024年底"),
 M("deadline-later-than-baseline","到2025年，全县数字政府","equal to the region's 到2025年 goal (工作体制逐步健全、管理机制趋于成熟…履职能力明显提升)","2025年"),
 M("deadline-later-than-baseline","到2035年","equal to the region's 到2035年 goal","2035年"),
 M("deadline-later-than-baseline","●推进特色产业数字化","task 2 完成时限 '2023 年启动，2024 年取得明显成效'; note '2024年取得明显成效' — equal completing milestone","2024年取得明显成效"),
 M("deadline-later-than-baseline","●加快智慧园区建设","task 3 '持续推进，2025 年取得明显成效'; identical"),
 M("deadline-later-than-baseline","●推动公共服务数字化","task 6 '持续推进，2025 年取得明显成效'; the note adds an earlier interim milestone (2024年底 阶段性成效) and keeps 2025 as the completing one","2024年底取得阶段性成效"),
 M("deadline-later-than-baseline","●推进“数字供销”建设","task 11 '2023年完成主要建设任务，2025年取得明显成效'; the county's interim milestone is 2024 but the completing milestone (2025年取得明显成效) equals the region's — DOMAIN: compare the milestone that completes the task","2024年完成县级主要建设任务"),
 M("deadline-invalid","完成时限：2023年）","tasks 14/15 完成时限 2023年 copied unchanged from the regional list: a copied regional deadline lying before the plan's year, not an impossible date, and equal, not late","2023年"),
 M("deadline-later-than-baseline","完成时限：2023年）","tasks 14/15 are due 2023年 regionally; the note is equal","2023年"),
 M("deadline-invalid","2023年完成并长期坚持","task 116 '2023年完成并长期坚持' copied verbatim; before the plan's year but a copied regional deadline","2023年完成并长期坚持"),
 M("deadline-later-than-baseline","●提高自主可控水平","task 19 '2023年启动，2024年建成'; note 2024年 equal","2024年"),
 M("deadline-later-than-baseline","●推进“视频一张网”建设","task 49 2025年 (and task 81 2025年); note 2024年底 is earlier","2024年底"),
 M("deadline-later-than-baseline","●推进电子证照扩大应用","task 52 2025年; '2025年底前' is the same year, not later","2025年底前"),
 M("deadline-later-than-baseline","●强化政务云平台支撑能力","task 43 '2024 年建成，持续推进'; identical","2024年建成，持续推进"),
 M("deadline-later-than-baseline","●健全组织机构","task 64 (各地各部门参照自治区做法，成立相应的组织机构…) 2025年; note 2024年 is earlier","2024年"),
 M("deadline-later-than-baseline","— 提升监管智能化水平","tasks 74 and 71 are due 2024年; 2024年10月底前 is earlier within the same year","2024年10月底前"),
 M("deadline-later-than-baseline","●提高自然资源利用效率","task 96 (互联网+城乡供水) 2025年, task 98 (智慧林草) 2024年; note 2024年 is earlier / equal","2024年"),
 M("deadline-later-than-baseline","●提升行政执行能力","tasks 104/105 2024年 equal; task 106 (填表报数) 2025年, earlier","2024年"),
 M("deadline-later-than-baseline","●提升行政监督水平","task 108 '长期推进，2024年取得明显成效' identical; task 109 2024年","长期推进，2024年取得明显成效"),
 M("deadline-later-than-baseline","●强化考核评价","task 121 '长期坚持' identical; tasks 122/123 '2023 年完成，长期坚持' — an ongoing note with no later year","长期坚持"),
 M("deadline-later-than-baseline","●提升安全保障能力","item with no note (task 18): no deadline to compare"),
 M("deadline-later-than-baseline","▲创新数字政府建设管理机制","note with units but no 完成时限 (task 24, 2023年): nothing to compare; line 19 says undated tasks are ongoing"),
 M("deadline-later-than-baseline","深化“一件事一次办”改革","sub-item with no bullet and no note (task 85, 2023年): no deadline to compare"),
 M("deadline-later-than-baseline","每季度末月25日前","the office's own reporting dates (每季度末月25日前, 每年12月10日前) and its 2024年7月底前 deployment date, not task deadlines","2024年7月底前"),
 M("deadline-invalid","每季度末月25日前","reporting dates, valid","12月10日"),
 M("deadline-later-than-baseline","重点任务清单（2024年—2025年）","the attachment's period, not a deadline","2024年—2025年"),
 M("unknown-unit","（牵头单位：县市场监督管理局、公安局；","prefix distributes: 县市场监督管理局、公安局 = 县公安局, listed","公安局"),
 M("unknown-unit","县教育体育局、卫生健康局、人力资源和社会保障局","prefix distributes: 县卫生健康局, 县人力资源和社会保障局, both listed","人力资源和社会保障局"),
 M("unknown-unit","县公安局、司法局、信访局","prefix distributes: 县司法局, 县信访局","信访局"),
 M("unknown-unit","县公安局、交通运输局、应急管理局、水务局","prefix distributes: 县交通运输局, 县应急管理局, 县水务局","应急管理局"),
 M("unknown-unit","县人社局、县卫健局、县应急局","official short names listed in units.txt","县卫健局"),
 M("unknown-unit","牵头单位：县供销社","short name of 县供销合作社联合社 in units.txt","县供销社"),
 M("unknown-unit","（牵头单位：县市场监管局、审批服务管理局；配合单位：县工信商务局","short names 县市场监管局, 县工信商务局 and distributed 县审批服务管理局","县工信商务局"),
 M("unknown-unit","牵头单位：县政府办；","short name of 县人民政府办公室","县政府办"),
 M("unknown-unit","配合单位：各乡镇人民政府、各村（社区）","collective subjects","各村（社区）"),
 M("unknown-unit","按照职能分别负责","collective subjects (县直各部门（单位）、各乡镇人民政府) with a role phrase","县直各部门（单位）"),
 M("unknown-unit","配合单位：县直有关部门；完成时限：2024年）","collective subject","县直有关部门",also="●提高自主可控水平"),
 M("unknown-unit","牵头单位：固原市生态环境局西吉分局","the county's environmental branch is a 固原市 body; it is listed in units.txt","固原市生态环境局西吉分局"),
 M("unknown-unit","西吉生态环境分局","short name listed in units.txt","西吉生态环境分局"),
 M("unknown-unit","西吉县气象局、西吉县消防救援大队","units outside the county government proper, listed in units.txt","西吉县消防救援大队"),
 M("unknown-unit","主动对接自治区政府办公厅","a regional unit named as the county's contact in body text, not as lead of the local task","自治区政府办公厅"),
 M("unknown-unit","▲县直各部门（单位）、各乡镇人民政府于每季度","a bullet (▲) glued to a collective subject, looks like a matrix mark; the subject is collective","县直各部门（单位）"),
 M("unknown-unit","■县人民政府办公室负责本方案","a bullet (■) glued to a listed unit, looks like a matrix mark; the unit is 县人民政府办公室","县人民政府办公室"),
 M("unknown-unit","县政务服务中心完成升级改造","a facility in the background paragraph, not a responsible unit","县政务服务中心"),
 M("unknown-unit","县委、县政府加强对数字政府建设","the county Party committee and government as leadership bodies in body text, not units in a note","县委、县政府"),
 M("garbled-text","将台堡镇、兴隆镇、火石寨乡","real 西吉 place names, clean text","火石寨乡"),
 M("missing-pillar","四、健全县级数字政府工作体系","the 五个一/六级贯通 pillar is taken up under a renamed heading (lines 58-63: 健全组织机构、厘清层级职责、完善工作机制)"),
 M("missing-pillar","●营造安全可靠的数字化发展环境","数字生态 is covered (lines 32-34) even though line 34 carries a garbled run"),
 M("missing-pillar","●加大财政投入","财政投入 (and 组织领导/数字素养/考核评价 on lines 98-101) is present under 六"),
]

covers=[]
for t,a in [(2,"●推进特色产业数字化"),(3,"●加快智慧园区建设"),(5,"●完善数字经济治理"),(6,"●推动公共服务数字化"),
 (7,"●推进智慧教育应用"),(8,"●深化“互联网+医疗健康”"),(10,"●推进数字乡村建设"),(11,"●推进“数字供销”建设"),
 (12,"●培育数据要素市场"),(14,"●强化安全管理责任"),(15,"●强化安全管理责任"),(17,"●落实安全制度要求"),
 (18,"●提升安全保障能力"),(19,"●提高自主可控水平"),(21,"▲以数字化改革助力政府职能转变"),(24,"▲创新数字政府建设管理机制"),
 (28,"▲开展试点示范"),(32,"●完善数据管理机制"),(33,"●推进政务数据一体化"),(34,"●推进政务数据一体化"),
 (41,"●促进数据有序开发利用"),(42,"推动数据融合应用。"),(43,"●强化政务云平台支撑能力"),(48,"●提升网络平台支撑能力"),
 (50,"●提升网络平台支撑能力"),(49,"●推进“视频一张网”建设"),(52,"●推进电子证照扩大应用"),(54,"●深化电子文件管理"),
 (64,"●健全组织机构"),(66,"●加强经济运行监测预警"),(67,"加强经济政策统筹协调。"),(70,"— 提升监管精准化水平"),
 (74,"— 提升监管智能化水平"),(77,"●提升社会矛盾化解能力"),(79,"●提升社会治安防控能力"),(80,"●提升公共安全保障能力"),
 (83,"●提高基层社会治理能力"),(84,"●打造泛在可及的服务体系"),(86,"●提升智慧便捷的服务能力"),(85,"深化“一件事一次办”改革"),
 (88,"●提供优质便利的涉企服务"),(89,"●提供优质便利的涉企服务"),(93,"●拓展公平普惠的民生服务"),(95,"●提升生态环保协同治理能力"),
 (96,"●提高自然资源利用效率"),(98,"●提高自然资源利用效率"),(102,"推动绿色低碳转型。"),(103,"●提升辅助决策能力"),
 (104,"●提升行政执行能力"),(105,"●提升行政执行能力"),(108,"●提升行政监督水平"),(109,"●提升行政监督水平"),
 (111,"●提升机关事务管理水平"),(112,"●不断提升政府信息公开水平"),(114,"●充分发挥政务新媒体传播优势"),(115,"畅通政民互动渠道。"),
 (116,"●加强组织领导"),(25,"●加大财政投入"),(118,"●提升数字素养"),(121,"●强化考核评价"),(122,"●强化考核评价"),(123,"●强化考核评价"),(124,"●强化考核评价")]:
    covers.append({"task":t,"line":ln(a)})

key={
 "writer":"blind writer, round 255; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":covers,
 "notes":("固原市西吉县 实施方案 issued 2024-06-18 (西政发〔2024〕21号), implementing 宁政发〔2023〕17号; no parent plan. "
  "Shape: a Word copy whose automatic numbering was lost — chapter headings keep 一、…六、, every item below them starts with ●, ■, ▲, '— ' or nothing; "
  "■ marks the old （一） level, ●/▲/— the sub-items whose titles end with 。; lines 63 and 102 are bullets glued to a subject (no title). "
  "Inline notes （牵头单位：…；配合单位：…；完成时限：…） close most items; several items have no note or a note with no 完成时限 (line 19 says undated tasks are ongoing). "
  "Line 19 declares that the first-listed lead is the main lead. Regional 2023 deadlines copied verbatim (lines 38, 98) are deliberate near misses, not errors. "
  "Tasks not listed in covers are simply not taken up; no task-uncovered is planted.")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(expect),len(mnf),len(covers))
for e in expect: print(e['rule'],e['line'],e['text'])
