# Builds key.json; every line number is found from draft.txt and checked.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(anchor, text=None):
    hits=[i for i,l in enumerate(L,1) if anchor in l]
    assert len(hits)==1,(anchor,hits)
    if text: assert text in L[hits[0]-1],(anchor,text)
    return hits[0]
def row(n):
    hits=[i for i,l in enumerate(L,1) if l.startswith(f'{n}\t')]
    assert len(hits)==1,(n,hits); return hits[0]
def E(rule,anchor,text,why,**kw):
    d={"rule":rule,"line":ln(anchor,text) if anchor else 0}
    if text: d["text"]=text
    d.update(kw); d["why"]=why; return d
def R(rule,n,text,why):
    i=row(n); assert text in L[i-1],(n,text)
    return {"rule":rule,"line":i,"text":text,"why":why}

expect=[
 E("basis-mismatch","（宁政发〔2022〕17号）","宁政发〔2022〕17号",
   "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong"),
 E("unknown-unit","牵头单位：县经信局","县经信局",
   "not in units.txt: the county has no 经济和信息化局 (old name); the 智慧园区 lead should be 县工业信息化和商务局 (县工信商务局)"),
 E("deadline-later-than-baseline","开展县城域网升级改造","2025年底前",
   "regional task 48 (城域网升级改造, 区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; the same line also carries task 47 (外网骨干网扩容, 2024年) and task 50 (专网整合迁移, 2024年)"),
 R("deadline-invalid",16,"6月31日",
   "2024年6月31日前 is an impossible date (June has 30 days); not later than the region: task 105 (宁政通) 完成时限 2024年"),
 E("garbled-text","进一步畅通鏀挎皯","鏀挎皯浜掑姩娓犻亾",
   "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 政民互动渠道"),
 {"rule":"missing-pillar","line":0,"pillar":"数字生态",
  "why":"the 三个驱动 section (heading still says 三个驱动) has only 驱动数字经济发展 and 引领数字社会建设; nothing on 数据要素市场, 数据交易, 数字/网络生态 anywhere, and 指导思想 dropped 打造良好数字生态"},
 {"rule":"task-uncovered","line":0,"task":12,
  "why":"数据要素市场/数据交易 (各市、县（区）配合, 2025年) left out together with the 数字生态 section; same omission as the missing pillar"},
]

mnf=[
 E("basis-mismatch","根据《国务院关于加强数字政府建设的指导意见》","国发〔2022〕14号","correct title and 文号 of the national 指导意见"),
 E("basis-mismatch","根据《国务院关于加强数字政府建设的指导意见》","吴忠市人民政府《关于加强数字政府建设的实施方案》","parent city plan cited by title alone; the 吴忠 plan has no 文号 in its text and the title is exact (实施方案, 加强)"),
 E("basis-mismatch","根据《国务院关于加强数字政府建设的指导意见》","宁政办发〔2023〕11号","《数字宁夏“1244+N”行动计划实施方案》 cited exactly as the parent 吴忠 plan cites it"),
 E("basis-mismatch","近年来，我县认真落实","宁政办发〔2020〕14号","retrospective mention of the 2020 工作要点 in the background paragraph, not a basis document; 文号 is correct"),
 E("basis-mismatch","同政办发〔2024〕12号","同政办发〔2024〕12号","the notice's own 文号, not a citation"),
 E("basis-mismatch","关于印发《同心县加强数字政府建设实施方案》的通知","《同心县加强数字政府建设实施方案》","the plan's own title in the notice heading, not a basis document"),
 E("deadline-invalid","近年来，我县认真落实","2023年底","past date in the background (截至2023年底), not a deadline"),
 E("deadline-invalid","完善数据管理机制。2023年","2023年","past fact (2023年已完成首轮目录编制), not a deadline; the note says 长期坚持"),
 E("deadline-invalid","2024年3月18日","2024年3月18日","issuance date of the notice"),
 E("deadline-later-than-baseline","每季度末月25日前","25日前","the office's own quarterly reporting date, not a task deadline"),
 E("deadline-later-than-baseline","于每年12月15日前报送","1月10日前","annual reporting dates (12月15日前, 次年1月10日前) of the office itself"),
 E("deadline-later-than-baseline","到2024年底，","2024年底","county's own interim goal (系统上云, 掌上办 80%, 乡镇应用覆盖); no higher goal for the same thing is earlier (the region's and 吴忠's 2023 goals are 政策体系/组织架构/家底/工作体系, not these)"),
 E("deadline-later-than-baseline","到2025年，全县","2025年","equal to the region's (34567 全面成型) and 吴忠's (1347 全面成型) 2025 goal"),
 E("deadline-later-than-baseline","到2035年，","2035年","equal to the region's and 吴忠's 2035 goal"),
 E("deadline-later-than-baseline","（一）健全组织机构。调整充实","2024年6月底前","task 64 (各地参照成立组织机构, 各市、县（区）负责) 完成时限 2025年: earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own body, 自治区政府办公厅负责, not this county task"),
 R("deadline-later-than-baseline",1,"2024年6月底前","same as the body note: task 64 2025年, earlier; task 60 is region-only"),
 E("deadline-later-than-baseline","加快同心工业园区“智慧园区”建设","持续推进，2025年取得明显成效","task 3 完成时限 持续推进，2025年取得明显成效: equal"),
 E("deadline-later-than-baseline","完善数字经济治理体系。","持续推进，2025年取得明显成效","task 5 持续推进，2025年取得明显成效: equal"),
 E("deadline-later-than-baseline","推动数字化服务普惠应用。","持续推进，2025年取得明显成效","tasks 6, 8 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效): completing milestone 2025 equal"),
 E("deadline-later-than-baseline","推进数字乡村建设。","持续推进，2025年取得明显成效","task 10 持续推进，2025年取得明显成效 and task 11 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal"),
 E("deadline-later-than-baseline","提升安全防护能力。","2023年形成机制，长期坚持","copied regional deadline of task 18 (2023年形成机制，长期坚持), lies before the plan's year; equal, also task 17 (2023年)"),
 E("deadline-invalid","提升安全防护能力。","2023年形成机制，长期坚持","copied regional deadline before the plan's year, not an impossible date"),
 R("deadline-invalid",2,"2023年","copied regional deadline of task 14 (2023年), before the plan's year but equal to the region"),
 R("deadline-invalid",20,"2023年完成并长期坚持","copied regional deadline of task 116 (2023年完成并长期坚持)"),
 E("deadline-later-than-baseline","开展试点示范。","2024年启动，2025年取得明显成效","task 28 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal; only the start differs"),
 R("deadline-later-than-baseline",5,"2024年启动，2025年取得明显成效","same as the body note for task 28"),
 E("deadline-later-than-baseline","推动监管精准化。","长期坚持","tasks 68 (2023年) and 70 (2024年): 长期坚持 has no completing milestone, so it is not a later year"),
 E("deadline-later-than-baseline","提升智慧便捷服务能力。","长期坚持","tasks 85 (2023年) and 87 (2023年启动，2025年完成): ongoing, no later milestone"),
 E("deadline-later-than-baseline","拓展公平普惠的民生服务。","2024年11月底前","tasks 90 and 93 完成时限 2024年: earlier"),
 E("deadline-later-than-baseline","加强生态环境数字化监测。","2024年底前","task 94 2024年 equal, task 95 2025年 earlier"),
 E("deadline-later-than-baseline","提高自然资源利用效率。","2024年底前","task 96 2025年 earlier; tasks 97, 98 2024年 equal"),
 E("deadline-later-than-baseline","推动基层减负。","2025年6月底前","task 106 (填表报数压减50%) 完成时限 2025年: same year, not later"),
 R("deadline-later-than-baseline",23,"2025年6月底前","task 106 2025年: not later"),
 E("deadline-later-than-baseline","统筹视频资源。","2025年底前","task 49 (视频一张网) 完成时限 2025年: equal"),
 R("deadline-later-than-baseline",10,"2025年底前","task 49 2025年: equal"),
 E("deadline-later-than-baseline","提高基层社会治理能力。","2025年底前","task 83 完成时限 2025年: equal"),
 E("deadline-later-than-baseline","增强行政监督质效。","长期推进，2024年取得明显成效","task 108 长期推进，2024年取得明显成效: identical"),
 E("deadline-later-than-baseline","改进机关事务管理。","2025年","tasks 107 and 111 完成时限 2025年: equal"),
 E("deadline-later-than-baseline","加强经济运行监测。","2025年","task 66 完成时限 2025年: equal"),
 E("deadline-later-than-baseline","推广电子证照应用。","2025年","task 52 完成时限 2025年: equal"),
 E("deadline-later-than-baseline","推进非税收入收缴电子化。","2025年","task 56 完成时限 2025年: equal"),
 E("deadline-later-than-baseline","强化政务云支撑。","2024年10月底前","tasks 46 (2024年) and 43 (2024年建成，持续推进): earlier"),
 E("unknown-unit","牵头单位：县发展和改革局、财政局、审计局","财政局","prefix 县 distributes: 县发展和改革局、县财政局、县审计局, all in units.txt"),
 E("unknown-unit","配合自治区市场监管厅、公安厅","公安厅","regional units (自治区市场监管厅、自治区公安厅) named as the bodies the county assists, not as leads of a local task"),
 E("unknown-unit","提高基层社会治理能力。","各村（社区）","collective subject"),
 E("unknown-unit","推动行政权力事项网上运行。","县直有关部门","collective subject"),
 E("unknown-unit","（一）健全组织机构。调整充实","各乡镇人民政府","collective subject"),
 E("unknown-unit","（二）厘清层级职责。","县直各部门（单位）","collective subject"),
 E("unknown-unit","加强电子公文和电子档案管理。","县委办","short name of 县委办公室 in units.txt"),
 E("unknown-unit","提供优质便利的涉企服务。","县工信商务局","short name of 县工业信息化和商务局 in units.txt"),
 E("unknown-unit","推进非税收入收缴电子化。","县教体局","short name of 县教育体育局 in units.txt"),
 E("unknown-unit","加强生态环境数字化监测。","吴忠市生态环境局同心分局","the city bureau's county branch, listed in units.txt"),
 E("unknown-unit","加快同心工业园区“智慧园区”建设","同心工业园区管委会","listed in units.txt"),
 R("unknown-unit",20,"各乡镇人民政府","collective subject listed first; first-unit-leads note does not make it unknown"),
 E("garbled-text","提升网络支撑能力。","IPv6","ordinary Latin term, not mojibake"),
 E("garbled-text","根据《国务院关于加强数字政府建设的指导意见》","1244+N","name of the 数字宁夏 action plan, not damage"),
 {"rule":"missing-pillar","line":0,"pillar":"五个一","why":"folded into 一套体系: （一）健全组织机构 (领导小组, 办公室, 乡镇专班), as 吴忠's 1347 does"},
 {"rule":"missing-pillar","line":0,"pillar":"六级贯通","why":"（二）厘清层级职责 follows the 六级贯通 architecture for county, 乡镇, 村（社区）"},
 {"rule":"missing-pillar","line":0,"pillar":"组织领导","why":"六、保障措施（一）加强组织领导 (一把手工程, 领导小组)"},
 {"rule":"missing-pillar","line":0,"pillar":"考核评价","why":"六、保障措施（四）强化考核评价"},
]

covers=[]
def C(task,anchor): covers.append({"task":task,"line":ln(anchor)})
def CR(task,n): covers.append({"task":task,"line":row(n)})
C(3,"加快同心工业园区“智慧园区”建设"); C(5,"完善数字经济治理体系。")
C(6,"推动数字化服务普惠应用。"); C(7,"推动数字化服务普惠应用。"); C(8,"推动数字化服务普惠应用。")
C(9,"推进县城智慧化建设。"); C(10,"推进数字乡村建设。"); C(11,"推进数字乡村建设。")
C(14,"强化安全管理责任。"); C(15,"强化安全管理责任。"); C(17,"提升安全防护能力。"); C(18,"提升安全防护能力。")
C(21,"推动行政权力事项网上运行。"); C(24,"规范政务信息化项目管理。"); C(28,"开展试点示范。")
C(30,"完善数据管理机制。"); C(32,"完善数据管理机制。"); C(36,"完善数据管理机制。")
C(41,"推进数据开放和融合应用。"); C(42,"推进数据开放和融合应用。")
C(40,"加强电子公文和电子档案管理。"); C(54,"加强电子公文和电子档案管理。")
C(46,"强化政务云支撑。"); C(47,"提升网络支撑能力。"); C(48,"提升网络支撑能力。"); C(50,"提升网络支撑能力。")
C(52,"推广电子证照应用。"); C(56,"推进非税收入收缴电子化。"); C(57,"加快信用信息共享。"); C(49,"统筹视频资源。")
C(64,"（一）健全组织机构。调整充实")
C(65,"加强经济数据汇聚。"); C(66,"加强经济运行监测。")
C(68,"推动监管精准化。"); C(70,"推动监管精准化。"); C(71,"推动监管智能化。"); C(74,"推动监管智能化。")
C(77,"提升矛盾纠纷化解能力。"); C(79,"提升社会治安和公共安全保障能力。"); C(80,"提升社会治安和公共安全保障能力。"); C(83,"提高基层社会治理能力。")
C(84,"打造泛在可及的服务体系。"); C(86,"打造泛在可及的服务体系。"); C(85,"提升智慧便捷服务能力。"); C(87,"提升智慧便捷服务能力。")
C(88,"提供优质便利的涉企服务。"); C(89,"提供优质便利的涉企服务。"); C(90,"拓展公平普惠的民生服务。"); C(93,"拓展公平普惠的民生服务。")
C(94,"加强生态环境数字化监测。"); C(95,"加强生态环境数字化监测。"); C(96,"提高自然资源利用效率。"); C(97,"提高自然资源利用效率。"); C(98,"提高自然资源利用效率。"); C(102,"推动绿色低碳转型。")
C(104,"提升行政执行能力。"); C(105,"提升行政执行能力。"); C(106,"推动基层减负。"); C(108,"增强行政监督质效。"); C(107,"改进机关事务管理。"); C(111,"改进机关事务管理。")
C(112,"提升政府信息公开水平。"); C(113,"提升政府信息公开水平。"); C(114,"发挥政务新媒体传播优势。"); C(115,"发挥政务新媒体传播优势。")
C(116,"（一）加强组织领导。"); C(25,"（二）强化资金保障。"); C(118,"（三）提升数字素养。"); C(122,"（四）强化考核评价。"); C(123,"（四）强化考核评价。"); C(124,"（四）强化考核评价。")

key={
 "writer":"blind writer, round 689; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":["wuzhong"],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":covers,
 "notes":("同心县 2024 实施方案 issued by 县人民政府办公室 (同政办发〔2024〕12号, 2024-03-18), 吴忠 1347 order. "
  "Six planted slips: wrong 文号 year for 宁政发〔2023〕17号 (line 9), abolished unit name 县经信局 (line 32), "
  "城域网/外网 deadline 2025年底前 vs regional 2024年 (line 53), impossible 2024年6月31日 in the task table, "
  "GBK-mojibake of 政民互动渠道 (line 86), and the 数字生态 driver dropped from 三个驱动 (with task 12 consequently uncovered). "
  "Inline notes name 牵头单位/配合单位/完成时限; the task table states that the first unit leads. "
  "长期坚持/持续推进 notes carry no year and are not treated as later than a dated regional task. "
  "The body note for 宁政通 (line 80) says 2024年12月底前 while the table row says the impossible 2024年6月31日前; only the table row is a mistake.")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(covers))
for e in expect: print(e["rule"],e["line"],e.get("text"))
