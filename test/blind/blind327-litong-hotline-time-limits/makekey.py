# helper: builds key.json with line numbers looked up in draft.txt (1-based)
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(sub, within=None):
    r=[i+1 for i,l in enumerate(L) if sub in l and (within is None or within in l)]
    assert len(r)==1,(sub,within,r)
    return r[0]
def chk(line,text):
    if text: assert text in L[line-1],(line,text)
    return line
def E(rule,anchor,text,why,**kw):
    line=ln(anchor) if isinstance(anchor,str) else anchor
    d={"rule":rule,"line":chk(line,text)}
    if text: d["text"]=text
    d.update(kw); d["why"]=why; return d
expect=[
 E("basis-mismatch","（宁政办发〔2023〕17号）","宁政办发〔2023〕17号",
   "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office's series, so the 文号 does not belong to the title"),
 E("deadline-invalid","2024年9月31日前","9月31日",
   "impossible date: September has 30 days. Row is part of task 87 (优化营商环境企业投诉专席服务能力), 完成时限 2023年启动，2025年完成"),
 E("deadline-later-than-baseline","2026年6月底前","2026年6月底",
   "task 87 (完成热线智能交互建设…) 完成时限 2023年启动，2025年完成; the row puts 完成热线智能交互建设 in 2026 (and contradicts the draft's own goal of 到2025年底 at line %d)"%ln("到2025年底，全面完成")),
 E("deadline-later-than-baseline","2025年6月底前","2025年6月底",
   "task 115 (以12345政务服务便民热线管理平台为枢纽，连通…政民互动渠道，建设统一的政府信息知识库) 完成时限 2024年"),
 E("unknown-unit","区行政审批局牵头","区行政审批局",
   "not in units.txt; the registry has 区审批服务管理局 (short name 区审批局), which the draft itself uses at lines %d, %d and %d"%(ln("区12345热线中心、区审批局牵头"),ln("区审批局牵头，区发改局"),ln("区政府办公室、区审批局、区财政局"))),
 E("unknown-unit","自治区政府办公厅牵头负责，区住房和城乡建设局","自治区政府办公厅",
   "a regional body named as lead of a district task: the cell was copied from the regional row (task 42: 自治区政府办公厅牵头，…各市、县（区）配合); the district row needs a district lead"),
]
m=[]
def M(rule,anchor,text,why,within=None,**kw):
    line=ln(anchor,within) if isinstance(anchor,str) else anchor
    d={"rule":rule,"line":chk(line,text)}
    if text: d["text"]=text
    d.update(kw); d["why"]=why; m.append(d)
D="deadline-later-than-baseline"; I="deadline-invalid"; U="unknown-unit"; B="basis-mismatch"
# service time limits / 工作日 counts
M(D,"30分钟内派单至承办单位","30分钟内","service time limit for dispatching a work order, not a task deadline")
M(D,"承办单位接到工单后30分钟内签收","3个工作日内办结","service time limit (工作日 count) for ordinary requests")
M(I,"承办单位接到工单后30分钟内签收","24小时内办结","service time limit for urgent requests; not a date")
M(D,"承办单位接到工单后30分钟内签收","延期不超过5个工作日","extension limit in working days")
M(D,"诉求办结后24小时内回访","24小时内回访","call-back time limit")
M(D,"诉求办结后24小时内回访","3个工作日内启动","re-handling time limit in working days")
M(D,"5个工作日内明确承办单位","5个工作日内","consultation time limit")
M(D,"签收后2小时内提出退单申请","1个工作日内完成审核改派","return/reassignment time limits")
M(D,"应在1个工作日内更新","1个工作日内更新","knowledge-base update time limit")
M(D,"应在3个工作日内报专班办公室备案","3个工作日内","liaison change filing limit")
M(I,"7×24小时全天候人工服务","7×24小时","service hours, not a date")
M(D,"工单平均派单时长压缩至30分钟以内","15秒内","performance indicators inside a 2024 goal; the goal itself (2024年底前) is earlier than task 87's 2025")
# office reporting dates
M(D,"每月5日前向区政府报送","每月5日前","the office's own monthly reporting date")
M(D,"每月5日前向区政府报送","每季度首月10日前","quarterly report date")
M(D,"每月5日前通报上月各承办单位","每月5日前","monthly briefing date")
M(I,"每年1月15日前","每年1月15日前","annual reporting date, recurring")
M(D,"每周一在区政府网站公开","每半年","weekly/half-yearly publication rhythm")
M(D,"每月5日前报送上月热线运行分析报告","长期坚持","ongoing reporting duty; no regional task of this content sets an earlier milestone for districts")
# numbers
M(I,"2．坚持统筹整合、一号对外","110、119、120、122","emergency numbers, not years")
M(I,"12315、12333、12348、12369","12315、12333、12348、12369","hotline numbers, not dates")
M(U,"健全12345热线与110报警服务台、119消防救援、120急救联动机制，实现双向转接","区12345热线中心","registry short name of 区12345政务服务便民热线服务中心; the digits are part of the name")
# equal / earlier deadlines
M(D,"2024年6月底前，完成区内政务服务热线整合归并","2024年6月底前","earlier than task 87 (2023年启动，2025年完成)")
M(D,"到2025年底，全面完成","到2025年底","equal to task 87 (2023年启动，2025年完成)")
M(D,"全面推行“接诉即办”“即问即答”，诉求按时办结","2025年12月底前","equal to task 87 (2025年完成)")
M(D,"2025年底前全面完成改革任务","2025年底前","equal to task 87")
M(D,"全面梳理整合区内政务服务热线","2024年6月底前","earlier than task 87 (2025年完成)")
M(D,"健全“网格上报+网上分流+部门响应”机制，实现12345热线与基层网格联动全覆盖","2025年12月底前","equal to task 83 (2025年)")
M(D,"区委政法委、区信访局牵头","2024年12月底前","equal to task 77 (2024年)")
M(D,"区市场监管局牵头，区12345热线中心配合","2024年12月底前","equal to task 73 (2024年)")
M(D,"对企业诉求清单化跟踪","2024年12月底前","equal to task 89 (2024年)")
M(D,"推动供水、供电、供气、供热等公共服务企业服务热线与12345热线双向对接，实现停水","2024年12月底前","equal to task 42 (2024年)")
M(D,"区行政审批局牵头","2024年12月底前","equal to task 86 (2024年)")
M(D,"完成热线适老化改造","2024年10月底前","earlier than task 93 (2024年)")
M(D,"（三）巩固提升阶段","2025年1月—12月","implementation phase inside 2025, equal to task 87")
M(D,"落实热线平台网络安全和数据安全主体责任，开展等级保护测评","长期坚持","ongoing duty; task 18 is 2023年形成机制，长期坚持 and tasks 14/15 (2023年) lie before the plan's year")
M(D,"建立“日调度、周通报、月考核”机制，将热线","长期坚持","ongoing duty; tasks 122 (2023年完成，长期坚持), 124 (2023年形成机制，长期坚持)")
M(D,"每年至少组织2次热线业务和数字化能力培训，建立话务员岗位练兵和星级评定制度。","每年组织，长期坚持","recurring training, ongoing")
# past dates in the background
M(I,"2020年，自治区印发","2021年至2022年","past dates in the background")
M(I,"2023年，区12345热线共受理","2024年1月至2月","statistics for a past period")
M(I,"吴忠市已于2023年下半年","2023年启动、2025年完成","copied regional timeline of task 87; its start year lies before the plan's year but it is the region's, not a deadline of this plan")
M(I,"2024年3月15日","2024年3月15日","issue date")
# basis
M(B,"宁政办发〔2020〕14号","宁政办发〔2020〕14号","retrospective mention of the 2020 工作要点 in the background, not cited as basis")
M(B,"利政办发〔2024〕12号","利政办发〔2024〕12号","the notice's own 文号")
M(B,"按照《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》","国办发〔2020〕53号","《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》 is 国办发〔2020〕53号; a 2020 document still in force, not superseded (also cited correctly in the preamble)")
# units
M(U,"各乡镇人民政府、街道办事处，区直各部门（单位）：","区直各部门（单位）","collective subject")
M(U,"区直有关部门（单位）配合","区直有关部门（单位）","collective subject")
M(U,"区直有关部门（单位）配合","区政府办公室","registry short name of 利通区人民政府办公室")
M(U,"区12345热线中心、区审批局牵头","区审批局","registry short name of 区审批服务管理局")
M(U,"区卫生健康局、应急管理局配合","应急管理局","prefix 区 distributes: 区应急管理局")
M(U,"区卫生健康局、应急管理局配合","利通公安分局","registry short name of 吴忠市公安局利通区分局")
M(U,"各乡镇（街道）具体负责，各村（社区）配合","各村（社区）","collective subjects")
M(U,"区审批局牵头，区发改局","区发改局","registry short name of 区发展和改革局")
M(U,"区政府督查室牵头","区政府督查室","registry short name of 利通区人民政府督查室")
M(U,"区12345热线中心、区人社局负责","区人社局","registry short name")
M(U,"由自治区政府办公厅牵头负责、各地级市具体负责","自治区政府办公厅","background: describes who leads the regional task 87 (as in the regional list), not a lead of a district task")
M(U,"区纪委监委","区纪委监委","in units.txt")
# single-reform plan: framework pillars
for p in ["数字经济","数字生态","经济调节","生态环境保护"]:
    m.append({"rule":"missing-pillar","line":0,"pillar":p,"why":"a single-reform plan taking up task 87 only; it is not a framework plan and is not expected to mirror the 34567 pillars"})
covers=[
 (87,"3．推进座席、人员、系统、流程融合"),(115,"建设热线知识库和政民互动平台"),(86,"拓展“我的宁夏”热线入口"),
 (93,"推进热线适老化改造"),(77,"推进与信访、矛盾纠纷化解系统对接"),(83,"推进与基层网格联动"),
 (73,"推进消费维权“一件事”。推动12315"),(89,"强化涉企服务"),(42,"推动公共服务热线对接"),(18,"落实热线安全保障"),
 (116,"（一）加强组织领导"),(122,"（二）强化督办考核"),(123,"（二）强化督办考核"),(124,"（二）强化督办考核"),
 (109,"（二）强化督办考核"),(121,"（二）强化督办考核"),(25,"（四）强化经费保障"),
]
key={
 "writer":"blind writer, round 327; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":["wuzhong"],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":m,
 "covers":[{"task":t,"line":ln(a)} for t,a in covers],
 "notes":"A district (利通区) 专项 plan for one regional task (87, 12345热线“一呼即应”改革, 2023年启动，2025年完成), issued 2024-03-15, with a 19-row task table (lines 67-86). The preamble (line 9) cites 国发〔2022〕14号, 国办发〔2020〕53号 and the city plan by title only, all correctly; only the regional 文号 is wrong there, so no basis near miss is annotated on that line. Service time limits, 工作日 counts and the office's reporting dates are deliberate near misses. units.txt is the district registry; it also lists a few 吴忠市 bodies for liaison. The plan is not a framework plan, so missing-pillar is not expected; task-uncovered for the many unrelated regional tasks is only information."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(m),len(key["covers"]))
for e in expect: print(e["rule"],e["line"],e.get("text"))
