import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(s,nth=0):
    h=[i+1 for i,l in enumerate(L) if s in l]
    assert len(h)>nth, s
    return h[nth]
def item(n): return ln('%d.'%n if n>9 else '%d.'%n) if False else [i+1 for i,l in enumerate(L) if l.startswith('%d.'%n)][0]
E=[]
E.append(dict(rule='basis-mismatch',line=ln('宁政发〔2022〕17号'),text='宁政发〔2022〕17号',why='the 自治区 实施意见 《关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong 文号'))
E.append(dict(rule='deadline-later-than-baseline',line=ln('第11、12项由县大数据服务中心牵头'),text='2025年底',why='items 11 and 12 are tasks 48 (城域网升级, 完成时限 2024 年) and 47 (电子政务外网升级, 2024 年); the duties give 2025年底 (and the draft\'s own 主要目标 says 2024年底)'))
E.append(dict(rule='deadline-later-than-baseline',line=item(20),text='2025年6月底',why='item 20 is task 84 (一体化政务服务体系, 完成时限 2024年); the measure itself says 2025年6月底 (the duties give 2024年底)'))
E.append(dict(rule='deadline-invalid',line=item(19),text='13月',why='impossible month 2024年13月 (task 83, 完成时限 2025年, so not a late deadline)'))
E.append(dict(rule='unknown-unit',line=ln('第9、10项由县大数据局牵头'),text='县大数据局',why='not in units.txt; the county body is 县大数据服务中心 (no such short name registered)'))
E.append(dict(rule='unknown-unit',line=ln('第18项由自治区党委政法委牵头'),text='自治区党委政法委',why='a regional body named as the lead of a county task (item 18, 雪亮工程, task 79 copied from the regional cell)'))
M=[]
def m(rule,line,why,text=None):
    d=dict(rule=rule,line=line,why=why)
    if text: d['text']=text
    M.append(d)
d1=ln('方案所列第1、2项')
m('deadline-later-than-baseline',d1,'item numbers 第1、2项 and range 第3—5项 are task numbers, not dates; 2024年底 for items 1–2 (tasks 3: 持续推进,2025年; 2: 2023年启动,2024年取得明显成效) and 2025年底 for items 3–5 (tasks 6, 10, 12: 2025年) are equal or earlier','第3—5项')
m('deadline-invalid',d1,'第1、2项 / 第3—5项 are item numbers, not a date')
m('deadline-later-than-baseline',item(1),'2024年底 equals the duties date for item 1 and is earlier than task 3 (持续推进，2025年取得明显成效)','2024年底')
m('deadline-later-than-baseline',item(8),'2025年底 equals task 22 (完成时限 2025年) and the duties date for item 8','2025年底')
m('deadline-later-than-baseline',item(9),'2025年底 equals task 29 (2023年启动，2025年完成) and the duties date for item 9','2025年底')
m('deadline-later-than-baseline',item(10),'2024年底 equals task 40 (2024年) and the duties date for item 10','2024年底')
m('deadline-later-than-baseline',item(17),'2024年底 equals task 71 (2024年) and the duties date for item 17','2024年底')
m('deadline-later-than-baseline',item(21),'2024年6月底 is earlier than task 86 (2024年) and the duties date 2024年底','2024年6月底')
m('deadline-later-than-baseline',item(23),'2025年底 equals task 96 (2025年)','2025年底')
m('deadline-later-than-baseline',item(24),'2024年底 equals task 105 (2024年) and the duties date for item 24','2024年底')
m('deadline-later-than-baseline',ln('第7、8项由县审批服务管理局'),'item 7 = task 21 (2024年) due 2024年底, item 8 = task 22 (2025年) due 2025年底: equal')
m('deadline-later-than-baseline',ln('第9、10项由县大数据局牵头'),'item 9 = task 29 (2025年完成) 2025年底, item 10 = task 40 (2024年) 2024年底: equal')
m('deadline-later-than-baseline',ln('第13、14项由县审批局'),'items 13/14 = tasks 52 and 56, both 2025年; 2025年底 equal')
m('deadline-later-than-baseline',ln('第15项由县政府办负责'),'item 15 = task 64 (2025年), 16 = task 66 (2025年), 17 = task 71 (2024年): all equal')
m('deadline-later-than-baseline',ln('第18项由自治区党委政法委牵头'),'item 18 = task 79 (2024年) 2024年底, item 19 = task 83 (2025年) 2025年底: equal; the 13月 is in the measure line, not here')
m('deadline-later-than-baseline',ln('第20—22项由'),'items 20–22 = tasks 84, 86, 93 (all 2024年); duties date 2024年底 is equal (the late date is in item 20\'s own text)','第20—22项')
m('deadline-later-than-baseline',ln('第23项由县水务局'),'item 23 = task 96 (2025年); equal')
m('deadline-later-than-baseline',ln('第24—26项由'),'items 24/26 = tasks 105, 112, 114 (2024年) due 2024年底; item 25 = task 111 (2025年) due 2025年底: equal')
m('deadline-later-than-baseline',ln('第6项由县委网信办'),'item 6 = task 18 (2023年形成机制，长期坚持); 长期坚持 carries no later milestone','长期坚持')
m('deadline-later-than-baseline',ln('到2025年，全县数字政府'),'主要目标 2025 equals the region\'s 到2025年 …"34567"体系框架全面成型','到2025年')
m('deadline-later-than-baseline',ln('到2035年'),'equals the region\'s 2035 goal','到2035年')
m('deadline-later-than-baseline',ln('到2024年底，县乡两级'),'2024年底 equals tasks 47/48 (2024 年) and 84/86/105 (2024年)','到2024年底')
m('deadline-invalid',ln('自治区《2020年'),'background: past dates 2019年, 2022年, 2023年 describe work already done','2019年')
m('deadline-invalid',ln('每季度末月25日前'),'the office\'s own recurring reporting dates, not task deadlines','12月10日前')
m('deadline-invalid',ln('2024年4月18日'),'issue date of the notice')
m('basis-mismatch',ln('自治区《2020年'),'retrospective mention of the 2020 工作要点 in the background, not cited as basis','宁政办发〔2020〕14号')
m('basis-mismatch',ln('国发〔2022〕14号'),'correct national 指导意见 文号','国发〔2022〕14号')
m('basis-mismatch',ln('贺政发〔2024〕21号'),'the notice\'s own 文号','贺政发〔2024〕21号')
m('unknown-unit',ln('各乡镇人民政府，县直各部门（单位）'),'collective subjects','县直各部门（单位）')
m('unknown-unit',ln('第11、12项由县大数据服务中心牵头'),'collectives 各乡镇人民政府, 各村（社区）; 县大数据服务中心 is registered','各村（社区）')
m('unknown-unit',ln('第13、14项由县审批局'),'县审批局 is the registered short name of 县审批服务管理局; 县直有关部门 is a collective','县审批局')
m('unknown-unit',ln('第15项由县政府办负责'),'县政府办, 县发改局, 县市场监管局 are registered short names','县发改局')
m('unknown-unit',ln('第18项由自治区党委政法委牵头'),'县公安局 is registered; 县委政法委 (lead of item 19) is registered','县委政法委')
m('unknown-unit',ln('第7、8项由县审批服务管理局'),'full registered names 县审批服务管理局, 县市场监督管理局','县市场监督管理局')
m('unknown-unit',ln('方案所列第1、2项'),'贺兰工业园区管委会 and all county bureaus are registered','贺兰工业园区管委会')
m('unknown-unit',item(5),'自治区 named as a party the county cooperates with, not as lead','自治区')
m('unknown-unit',ln('每季度末月25日前'),'县推进数字政府建设领导小组办公室 is registered; 县大数据服务中心 registered','县推进数字政府建设领导小组办公室')
m('garbled-text',item(9),'《全国一体化政务大数据体系建设指南》 is a real title, not damaged text')
C=[(3,item(1)),(2,item(2)),(6,item(3)),(10,item(4)),(12,item(5)),(14,item(6)),(18,item(6)),(21,item(7)),(22,item(8)),(29,item(9)),(40,item(10)),(48,item(11)),(47,item(12)),(52,item(13)),(56,item(14)),(64,item(15)),(66,item(16)),(71,item(17)),(79,item(18)),(83,item(19)),(84,item(20)),(86,item(21)),(93,item(22)),(96,item(23)),(105,item(24)),(111,item(25)),(112,item(26)),(114,item(26)),(116,ln('（一）加强组织领导')),(121,ln('（一）加强组织领导')),(25,ln('（二）强化资金保障')),(118,ln('（三）提升数字素养')),(122,ln('（四）加强考核评价')),(123,ln('（四）加强考核评价')),(124,ln('（四）加强考核评价'))]
key=dict(writer='blind writer, round 404; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 written='2026-12-06', draft='draft.txt', baseline='ningxia-2023', build=None, parents=[], units='units.txt', planYear=2024,
 expect=E, mustNotFlag=M, covers=[dict(task=t,line=l) for t,l in C],
 notes='贺兰县 (银川市) 2024 plan, no parent plan. Measures numbered 1–26 continuously across （一）…（十五）; section 四、职责分工 assigns them by number (第1—5项…) with dates. Item→task map: 1→3, 2→2, 3→6, 4→10, 5→12, 6→14/18, 7→21, 8→22, 9→29, 10→40, 11→48, 12→47, 13→52, 14→56, 15→64, 16→66, 17→71, 18→79, 19→83, 20→84, 21→86, 22→93, 23→96, 24→105, 25→111, 26→112/114. Item 6 (task 18, 2023年形成机制，长期坚持) is given only 长期坚持; 保障措施 items (tasks 116/118/121–124/25, regional 2023 completions) carry no dates on purpose.')
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
for e in E: print(e['rule'],e['line'],e['text'],'|',L[e['line']-1][:50])
print(len(M),len(C))
