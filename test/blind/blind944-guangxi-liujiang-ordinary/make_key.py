# Writes key.json and checks every line number against draft.txt (1-based).
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def chk(line,text):
    assert text in L[line-1], (line,text,L[line-1][:40])
expect=[
 {"rule":"basis-mismatch","line":9,"text":"桂政发〔2022〕13号","why":"《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (the baseline guangxi-2022); the draft transposed the digits of the 文号"},
 {"rule":"garbled-text","line":14,"text":"鎸佺画鎺ㄨ繘鏀垮姟","why":"UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 持续推进政务信息系统整合共享，区直部门政务服务基本实现网上办理 (two damaged runs around a surviving comma)"},
 {"rule":"deadline-later-than-baseline","line":48,"text":"2026年底","why":"12345热线 (热线归并、与110/119/120/122联动、热线数据分析) is regional task 8 (持续优化12345政务服务便民热线平台…, 广西 seed line 63), 完成时限 2025年底; the district gives 2026年底"},
 {"rule":"unknown-unit","line":54,"text":"区经信局","why":"not in units.txt; an old name for what the registry lists as 区工业和信息化局 (区工信局), the district counterpart of 自治区工业和信息化厅 in regional task 15"},
 {"rule":"deadline-invalid","line":89,"text":"2024年6月31日","why":"impossible date: June has 30 days (task 31 健全标准规范, regional 完成时限 持续开展)"},
 {"rule":"task-uncovered","line":0,"task":14,"why":"regional task 14 推动智慧体育服务能力提升 (运动会信息技术保障、体医结合健康服务平台, 责任单位 incl. 各市人民政府, 完成时限 持续开展) is deliberately left out; nothing in the draft takes up 智慧体育/体医融合"},
]
for e in expect:
    if e["line"]: chk(e["line"],e["text"])
M=[]
def m(rule,line,text,why,**kw):
    if text is not None: chk(line,text)
    d={"rule":rule,"line":line}
    if text is not None: d["text"]=text
    d.update(kw); d["why"]=why; M.append(d)
DL="deadline-later-than-baseline"; DI="deadline-invalid"; UU="unknown-unit"; BM="basis-mismatch"; GT="garbled-text"; MP="missing-pillar"
m(DL,37,"2025年底","equal: regional task 3 (以一体化在线监管提升监管协同化水平, 广西 line 49) 完成时限 2025年底")
m(DL,66,"2025年底前","equal: regional task 22 (优化政策信息数字化发布…畅通互动渠道, 广西 line 97) 完成时限 2025年底; 前 does not make it later")
m(DL,49,"2024年底","earlier: regional task 9 (持续完善“智桂通”移动开放生态体系, 广西 line 65) 完成时限 2025年底")
m(DL,28,"到2025年","equal to the regional 主要目标 到2025年 …数字政府体系框架基本形成")
m(DL,29,"到2035年","equal to the regional 2035 goal (数字政府基本建成)")
m(DL,27,"到2023年底","a local interim goal with no later regional counterpart; earlier than every regional goal")
m(DL,85,"2023年底前","local milestone inside regional task 29 (创新数字政府建设管理机制), whose 完成时限 is 持续开展; not later")
m(DL,94,"2023年底前","local milestone inside regional task 33 (创新数据管理机制), 完成时限 持续开展; not later")
m(DL,58,"长期坚持","regional task 18 (推动绿色低碳转型) is 持续开展; 长期坚持 is the same ongoing form")
m(DL,34,"持续开展","copied regional 完成时限 of task 1; all 持续开展 notes in the draft equal the region's")
m(DI,14,"2022年","background: a past year describing work already done, not a deadline")
m(DI,14,"截至2022年底","background statistic, not a deadline")
m(DI,6,"2023年8月15日","the notice's own issue date")
m(DI,119,"12月20日前","the office's own recurring reporting dates (6月30日、12月20日), valid dates")
m(DI,130,"2023年9月15日前","the office's own reporting date in the mobilisation phase, after the issue date and valid")
m(DI,131,"2025年6月","phase boundary in 实施步骤 (2023年10月—2025年6月), not a task deadline; within the regional 2025 horizon")
m(DL,133,"2025年7月—12月","summary/evaluation phase ends within 2025, not later than any regional deadline")
m(BM,9,"国发〔2022〕14号","correct national basis document and 文号")
m(BM,12,"国发〔2016〕55号","retrospective mention in 发展现状 of past work under 《国务院关于加快推进“互联网+政务服务”工作的指导意见》 (国发〔2016〕55号); not cited as this plan's basis")
m(BM,2,"柳江政办发〔2023〕27号","the notice's own 文号, not a basis citation")
m(UU,34,"统计局","prefix 区 distributes over the list: 区发展改革局、统计局、大数据发展局 = 区发展改革局, 区统计局, 区大数据发展局, all in units.txt")
m(UU,34,"各镇人民政府","collective subject")
m(UU,49,"区直各部门","collective subject")
m(UU,91,"区直有关部门","collective subject")
m(UU,36,"区大数据局","official short name of 区大数据发展局 in units.txt")
m(UU,47,"区人社局","short name of 区人力资源和社会保障局 in units.txt")
m(UU,40,"区公安分局","short name of 柳州市公安局柳江分局 in units.txt")
m(UU,41,"柳州市公安局柳江分局","canonical name in units.txt (a city bureau's branch that acts as the district's public security unit); not a city body leading a district task")
m(UU,56,"柳州市柳江生态环境局","canonical name in units.txt (vertical 生态环境 body at district level)")
m(UU,57,"区自然资源分局","short name of 柳州市自然资源和规划局柳江分局 in units.txt")
m(UU,106,"区税务局","short name of 国家税务总局柳州市柳江区税务局 in units.txt")
m(UU,58,"区工信局","short name of 区工业和信息化局 in units.txt")
m(UU,62,"区政府办","short name of 区人民政府办公室 in units.txt")
m(UU,54,"区文体广旅局","short name of 区文化体育广电和旅游局 in units.txt (same line as the planted 区经信局)")
m(UU,110,"柳江新兴工业园区管委会","in units.txt")
m(UU,73,"区委保密办","in units.txt")
m(UU,117,"区数字政府建设工作领导小组","a coordinating body the plan itself sets up, named in prose; not a responsible unit in a task note")
m(UU,117,"区人民政府","the issuing government itself (and 区委) in prose about leadership; not a responsible unit")
m(GT,18,"4·27","the middle dot in “4·27” is ordinary text, not mojibake")
m(GT,106,"天地图·广西","proper name with a middle dot, not mojibake")
m(MP,0,None,"公共服务 and 政务公开 (七个能力) are taken up in 二（四） and 二（七）",pillar="政务公开")
m(MP,0,None,"数字生态 is taken up in 七（三）",pillar="数字生态")
m(MP,0,None,"数字素养 is taken up in 八（三）",pillar="数字素养")
m(MP,0,None,"考核评估 is taken up in 八（六）",pillar="考核评估")
m(MP,0,None,"健全推进机制 is taken up in 八（二）",pillar="健全推进机制")
covers={1:34,2:36,3:37,4:40,5:41,6:42,7:47,8:48,9:49,10:50,11:51,12:52,13:53,15:54,16:56,17:57,18:58,19:60,20:61,21:62,22:66,23:70,24:73,25:75,26:78,27:80,28:83,29:85,30:87,31:89,32:91,33:94,34:96,35:98,36:101,37:103,38:105,39:106,40:107,41:110,42:112,43:114}
for t,l in covers.items():
    assert '责任单位' in L[l-1], (t,l)
key={
 "writer":"blind writer, round 944; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-08",
 "draft":"draft.txt",
 "also":[],
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":expect,
 "mustNotFlag":M,
 "covers":[{"task":t,"line":l} for t,l in covers.items()],
 "notes":"Task numbers for guangxi-2022 are the writer's own: the 43 inline (責任單位…完成時限…) notes of guangxi-2022-shishi-yijian.txt numbered 1–43 in document order (1 = 经济调节 line 43, 8 = 12345热线 line 63, 9 = 智桂通 line 65, 14 = 智慧体育 line 75, 22 = 政务公开 line 97, 23 = 安全管理责任 line 103, the only task without 各市人民政府, 43 = 数字生态 line 187). Only tasks 3, 8, 9 and 22 carry a dated 完成时限 (2025年底); all others are 持续开展. Each task note in the draft sits at the end of the paragraph(s) it belongs to; covers point at the note's line. The draft states that the first-listed unit in a note is the lead (line 30). 八（四）加强资金保障 and 八（五）加强宣传引导 are support measures added by the district, not regional pillars. No parent plan: 柳州市's plan is not cited by title or 文号 (the preamble refers only to 市委、市人民政府 工作部署)."
}
open('key.json','w',encoding='utf-8').write(json.dumps(key,ensure_ascii=False,indent=2)+'\n')
print(len(expect),len(M),len(covers))
