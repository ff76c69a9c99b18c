# helper: builds key.json, finding every line by a unique substring of draft.txt (1-based)
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L and L[-1]=='': L=L[:-1]
def ln(sub, also=None):
    hits=[i for i,l in enumerate(L,1) if sub in l and (also is None or also in l)]
    assert len(hits)==1,(sub,hits)
    return hits[0]
def chk(line,text):
    assert text in L[line-1],(line,text)
    return line

expect=[
 {"rule":"basis-mismatch","line":ln("宁政发〔2023〕71号"),"text":"宁政发〔2023〕71号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits transposed); the preamble on line 12 cites it correctly"},
 {"rule":"deadline-invalid","line":ln("2024年13月底前"),"text":"13月",
  "why":"impossible month (2024年13月底前); task 41 (公共数据开放目录、开放平台) is due 2024年"},
 {"rule":"deadline-later-than-baseline","line":ln("开展城域网升级改造"),"text":"2025年底前",
  "why":"task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; also task 47 (外网升级改造) 2024年"},
 {"rule":"deadline-later-than-baseline","line":ln("西夏专区"),"text":"2025年底前",
  "why":"nested · bullet; task 86 (迭代升级“我的宁夏”政务APP功能，…应用实现“应上尽上”) 完成时限 2024年"},
 {"rule":"deadline-later-than-baseline","line":ln("适老化与信息无障碍改造"),"text":"2025年6月底前",
  "why":"task 93 (完成各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年"},
 {"rule":"unknown-unit","line":ln("由区数据局负责"),"text":"区数据局",
  "why":"not in units.txt (the district's data body is 区大数据管理服务中心 = 区大数据中心); no 区数据局 exists in the registry"},
 {"rule":"garbled-text","line":ln("淇冭繘鏁版嵁"),"text":"淇冭繘鏁版嵁",
  "why":"UTF-8 read as GBK: 淇冭繘鏁版嵁鍏变韩鍏辩敤 = 促进数据共享共用 (continuation line of the task-42 bullet)"},
]

def nm(rule,line,why,text=None,pillar=None):
    d={"rule":rule,"line":line}
    if pillar: d["pillar"]=pillar
    if text: d["text"]=chk(line,text) and text
    d["why"]=why
    return d
D="deadline-later-than-baseline"; U="unknown-unit"; B="basis-mismatch"; I="deadline-invalid"; P="missing-pillar"; G="garbled-text"
must=[
 nm(B,2,"the draft's own 发文字号 in the header, not a cited basis document","西政办发〔2024〕12号"),
 nm(B,12,"correct citation of the national guiding opinion","国发〔2022〕14号"),
 nm(B,12,"correct citation of the regional 实施意见 with its right 文号 and title","宁政发〔2023〕17号"),
 nm(B,17,"retrospective mention of the 2020 工作要点 in the background (工作基础), not cited as a basis; title and 文号 match","宁政办发〔2020〕14号"),
 nm(I,12,"year inside a 文号 bracket, not a deadline","〔2023〕"),
 nm(I,17,"past year in the background section (2023年 achievements), not a deadline","2023年"),
 nm(I,7,"the document's own issue date","2024年3月18日"),
 nm(I,120,"the office's own reporting dates (季度报送, 年度总结), valid dates in the plan year","2024年12月10日前"),
 nm(D,ln("到2024年底"),"2024 district goal; its 宁政通 part matches task 105 (2024年) — equal; the region's 2023 goals concern 自治区本级 structures and are not the same goals","2024年底"),
 nm(D,ln("到2025年，全区数字政府建设体系框架全面成型"),"equal to the region's goal 到2025年 “34567”体系框架全面成型","2025年"),
 nm(D,ln("成立区数字政府建设工作专班"),"task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年; 2024年6月底前 is earlier","2024年6月底前"),
 nm(D,ln("厘清区、镇（街道）、村（社区）三级"),"六级贯通 layering has no dated task row; 2024年底前 is the plan year and no later than any related task (64, 81: 2025年)","2024年底前"),
 nm(D,ln("逐项细化我区任务台账"),"the office's own preparatory step (task ledger), not a regional task; date in the plan year","2024年4月底前"),
 nm(D,ln("加快“智慧园区”建设"),"task 3 持续推进，2025年取得明显成效 — copied, equal","2025年取得明显成效"),
 nm(D,ln("黄河云、红酒云"),"task 2 2023年启动，2024年取得明显成效 — completing milestone 2024, equal; date placed after 由…负责","2024年底前取得明显成效"),
 nm(D,ln("国家智慧教育平台整省试点"),"task 7 2023年形成试点经验，2025年取得明显成效 — completing milestone equal","2025年底前取得明显成效"),
 nm(D,ln("由区城市管理局牵头"),"continuation line of a two-line bullet on task 9 (智慧城市, 一网统管) 持续推进，2025年取得明显成效 — equal","2025年底前"),
 nm(D,ln("“数字供销”"),"task 11 2023年完成主要建设任务，2025年取得明显成效 — completing milestone equal","2025年底前取得明显成效"),
 nm(D,ln("配合自治区培育数据要素市场"),"task 12 (培育数据要素市场) 完成时限 2025年; 2024年底前 is earlier","2024年底前"),
 nm(D,ln("落实数据交易主体市场准入"),"task 13 完成时限 2024年 — equal; a separate measure marked only by the dash after the task-12 bullet","2024年底前"),
 nm(D,ln("积极争取自治区数字政府试点示范"),"task 28 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (start year 2024 is the plan's own year)","2025年取得明显成效"),
 nm(D,ln("向自治区统一的政务数据平台汇聚"),"task 29 2023年启动，2025年完成 — equal; deadline written before 由…负责","2025年底前"),
 nm(D,ln("推动数据按需回流"),"tasks 33 and 34 (基础库、主题库) 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("淇冭繘鏁版嵁"),"task 42 (公共数据与政务数据融合应用) 2024年 — equal; deadline on the continuation line","2024年底前"),
 nm(D,ln("规范电子公文全流程管理"),"tasks 40 and 54 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("自治区政务信创云有序迁移"),"task 46 (政务信息系统有序迁移) 2024年, task 43 2024年建成 — equal","2024年底前"),
 nm(D,ln("由区数据局负责"),"task 50 (非涉密业务专网整合迁移) 完成时限 2024年 — equal (the line's error is the unit only)","2024年底前"),
 nm(D,ln("依托全区统一的视频共享平台"),"task 49 (视频共享平台/视频一张网) 完成时限 2025年 — equal; follows a 2024 bullet with only the dash between them","2025年底前"),
 nm(D,ln("推广应用全区统一电子印章"),"tasks 53 and 55 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("推进非税收入收缴电子化"),"task 56 完成时限 2025年 — equal; date inside the sentence","2025年底前"),
 nm(D,ln("宁夏信用信息公共服务平台"),"task 57 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("宁夏经济运行大数据平台"),"task 66 完成时限 2025年; 2024年10月底前 is earlier","2024年10月底前"),
 nm(D,ln("宁夏经济治理基础数据库"),"task 65 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("双随机、一公开"),"task 70 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("全链条数字化追溯监管"),"task 71 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("“枫桥经验”"),"task 77 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("实现对人、地、物、事、组织"),"continuation line of the task-83 bullet (互联网+基层治理) 完成时限 2025年 — equal","2025年底前"),
 nm(D,ln("推动政务服务事项“网上办、掌上办"),"nested · bullet; task 84 完成时限 2024年; 2024年6月底前 is earlier","2024年6月底前"),
 nm(D,ln("企业专属网页"),"nested · bullet right after the late task-86 one; task 89 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("“证照分离”改革"),"task 88 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("互联网+城乡供水"),"task 96 完成时限 2025年; 2024年底前 is earlier","2024年底前"),
 nm(D,ln("三维立体“一张图”"),"task 97 完成时限 2024年 — equal","2024年底前"),
 nm(D,ln("水、气、土、废"),"task 102 完成时限 2025年 — equal","2025年底前取得明显成效"),
 nm(D,ln("由区政府办公室负责，2024年9月底前完成"),"continuation line of the task-105 bullet (宁政通) 完成时限 2024年; 2024年9月底前 is earlier","2024年9月底前"),
 nm(D,ln("填表报数系统"),"task 106 完成时限 2025年 — equal","2025年底前"),
 nm(D,ln("非涉密视频会议系统资源"),"task 107 完成时限 2025年; 2025年6月底前 is earlier","2025年6月底前"),
 nm(D,ln("公共资源交易、政府采购"),"task 108 长期推进，2024年取得明显成效 — equal","2024年底前"),
 nm(D,ln("政务新媒体矩阵体系"),"task 114 完成时限 2024年 — equal","2024年底前"),
 nm(U,ln("（牵头：区直各部门"),"collective subject 区直各部门, here in the 牵头 slot","区直各部门"),
 nm(U,ln("明确区直各部门、各镇（街道）"),"collective subject 各镇（街道）","各镇（街道）"),
 nm(U,ln("各街道办事处；时限"),"collective subject 各街道办事处","各街道办事处"),
 nm(U,ln("各村（社区）；时限"),"collective subject 各村（社区）","各村（社区）"),
 nm(U,ln("（牵头：区直有关部门（单位）"),"collective subject 区直有关部门（单位）","区直有关部门（单位）"),
 nm(U,ln("由区直各部门负责"),"collective subject in 由…负责 form","区直各部门"),
 nm(U,ln("由区发改局负责"),"official short name of 区发展和改革局 in units.txt, in 由…负责 form","区发改局"),
 nm(U,ln("由区供销社负责"),"short name of 区供销合作社联合社 in units.txt, in 由…负责 form","区供销社"),
 nm(U,ln("由区政府办负责"),"short name of 区人民政府办公室 in units.txt","区政府办"),
 nm(U,ln("由区大数据中心负责"),"short name of 区大数据管理服务中心 in units.txt; 西夏公安分局 配合 is also listed","区大数据中心"),
 nm(U,ln("由区委政法委、西夏公安分局负责"),"both in units.txt (西夏公安分局 = 银川市公安局西夏区分局), two units in one 由…负责","西夏公安分局"),
 nm(U,ln("由区城市管理局牵头"),"由…牵头 / …配合 form on a continuation line; 西夏自然资源分局 is the short name of 银川市自然资源局西夏区分局","西夏自然资源分局"),
 nm(U,ln("（牵头：西夏市场监管分局；配合：西夏公安分局"),"short name of 银川市市场监督管理局西夏区分局 as lead","西夏市场监管分局"),
 nm(U,ln("银川经济技术开发区管委会"),"listed in units.txt (园区管委会)","银川经济技术开发区管委会"),
 nm(U,ln("兴泾镇人民政府"),"both town governments are in units.txt","镇北堡镇人民政府"),
 nm(U,ln("按职责分别负责"),"three listed units with 按职责分别负责","西夏市场监管分局"),
 nm(U,ln("宁夏大学等高校资源"),"宁夏大学 is a known unit of the regional baseline, mentioned in prose","宁夏大学"),
 nm(U,ln("区人社局"),"short name of 区人力资源和社会保障局 in units.txt","区人社局"),
 nm(P,ln("（一）健全工作体系"),"五个一/六级贯通 taken up in part (一) (组织机构, 层级职责, 数据专员 mechanism)",pillar="五个一和六级贯通"),
 nm(P,ln("（四）营造良好数字生态"),"数字生态 present: data-element market and data-trading rules (tasks 12, 13)",pillar="数字生态"),
 nm(P,ln("（一）加强组织领导"),"党的领导 is covered by 保障措施 (组织领导 under 区委统一领导, 财政投入, 数字素养, 考核评价) although the heading says 保障措施",pillar="党的领导"),
]

covers=[(2,"黄河云、红酒云"),(3,"加快“智慧园区”建设"),(5,"探索以网管网"),(6,"养老托育、家政物业"),(7,"国家智慧教育平台整省试点"),
 (8,"互联网+医疗健康"),(9,"一网统管"),(10,"推进数字乡村建设"),(11,"“数字供销”"),(12,"配合自治区培育数据要素市场"),
 (13,"落实数据交易主体市场准入"),(14,"主体责任、监督责任"),(15,"建立数字政府安全评估"),(18,"主动防御、协同响应"),
 (21,"推动各类行政权力事项网上运行"),(23,"关键应用统筹建设管理机制"),(24,"会商机制"),(28,"积极争取自治区数字政府试点示范"),
 (29,"向自治区统一的政务数据平台汇聚"),(30,"摸清区级政务数据资源底数"),(32,"明确本部门数据管理职责和人员"),
 (33,"推动数据按需回流"),(34,"推动数据按需回流"),(41,"编制区级公共数据开放目录"),(42,"推进供水、供电、供气"),
 (40,"规范电子公文全流程管理"),(54,"规范电子公文全流程管理"),(46,"自治区政务信创云有序迁移"),(48,"开展城域网升级改造"),
 (49,"依托全区统一的视频共享平台"),(50,"由区数据局负责"),(53,"推广应用全区统一电子印章"),(55,"推广应用全区统一电子印章"),
 (56,"推进非税收入收缴电子化"),(57,"宁夏信用信息公共服务平台"),(65,"宁夏经济治理基础数据库"),(66,"宁夏经济运行大数据平台"),
 (70,"双随机、一公开"),(71,"全链条数字化追溯监管"),(74,"“屏、端、仪”"),(77,"“枫桥经验”"),(79,"“雪亮工程”向镇村延伸"),
 (80,"推进“智慧应急”建设"),(83,"互联网+基层治理"),(84,"推动政务服务事项“网上办、掌上办"),(86,"西夏专区"),(88,"“证照分离”改革"),
 (89,"企业专属网页"),(90,"公共场馆数字化转型"),(93,"适老化与信息无障碍改造"),(94,"配合完善生态环境数据资源中心"),
 (96,"互联网+城乡供水"),(97,"三维立体“一张图”"),(102,"水、气、土、废"),(104,"迭代应用全区统一的协同办公平台"),
 (105,"推广“宁政通”移动办公"),(106,"填表报数系统"),(107,"非涉密视频会议系统资源"),(108,"公共资源交易、政府采购"),
 (111,"整合区级机关事务管理信息系统"),(112,"政务公开专栏"),(114,"政务新媒体矩阵体系"),(115,"12345政务服务便民热线为枢纽"),
 (116,"一把手工程"),(123,"综合考核评价的重要参考"),(64,"成立区数字政府建设工作专班")]
cov=[{"task":t,"line":ln(s)} for t,s in sorted(covers)]

key={
 "writer":"blind writer, round 596; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":must,
 "covers":cov,
 "notes":("西夏区 2024 实施方案 (西政办发〔2024〕12号, 2024-03-18) whose measures are dash bullets (——) with inline "
  "（牵头：…；配合：…；时限：…） notes or 由…负责，…完成 clauses; four bullets run over two lines (the note or the "
  "由…负责 clause on the continuation line), one bullet has three nested · items. Tasks whose regional deadline is 2023 "
  "(14, 15, 18, 24, 30, 32, 116, 123) are taken up without a 时限 on purpose. The 说明 line says the first-listed lead unit is the main lead. "
  "No parent plan is used: 银川市's deployment is mentioned without a title. Helper scripts make_key.py and check_units.py are kept in the folder.")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(must),len(cov))
