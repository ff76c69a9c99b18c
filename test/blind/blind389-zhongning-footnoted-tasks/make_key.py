# helper kept in the case folder: builds key.json, resolving every line number against draft.txt
import json, re
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(*needles):
    hits=[i for i,l in enumerate(L,1) if all(n in l for n in needles)]
    assert len(hits)==1,(needles,hits)
    return hits[0]
def has(line,text):
    assert text in L[line-1],(line,text); return line
E=[]; N=[]
def e(rule,line,text=None,why='',**kw):
    d={'rule':rule,'line':line}
    if text is not None: has(line,text); d['text']=text
    d.update(kw); d['why']=why; E.append(d)
def n(rule,line,text=None,why=''):
    d={'rule':rule,'line':line}
    if text is not None: has(line,text); d['text']=text
    d['why']=why; N.append(d)

# ---- expect (planted) ----
e('basis-mismatch',ln('宁政发〔2022〕17号'),'宁政发〔2022〕17号',
  '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong')
e('deadline-later-than-baseline',ln('第47、49项'),'2025年底前',
  'combined measure: task 47 (电子政务外网升级改造) is due 2024年; task 49 (视频一张网) 2025年. The single date 2025年底前 is later than task 47 (and contradicts the plan\'s own rule L10 of using the earliest deadline)')
e('deadline-later-than-baseline',ln('第86、87项'),'2025年底前',
  'combined measure: task 86 (“我的宁夏”APP) is due 2024年; task 87 (12345热线) 2023年启动，2025年完成. 2025年底前 is later than task 86')
e('deadline-invalid',ln('第97、98项'),'20244年',
  'impossible year (typing slip for 2024年); tasks 97 and 98 are both due 2024年')
e('unknown-unit',ln('县信息化办公室'),'县信息化办公室',
  'not in units.txt: an abolished/old body name; the registry has 县大数据服务中心 / 县人民政府办公室')
e('unknown-unit',ln('牵头单位：自治区党委政法委'),'自治区党委政法委',
  'a regional body (the lead of regional task 83) copied as 牵头单位 of a county measure; the county lead should be 县委政法委')
e('garbled-text',ln('鏀垮簻闂ㄦ埛缃戠珯'),'鏀垮簻闂ㄦ埛缃戠珯',
  'UTF-8 bytes of 政府门户网站 read as GBK (mojibake, no ? marker)')
E.append({'rule':'task-uncovered','line':0,'task':93,
  'why':'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 自治区各部门及各市、县（区）分别负责, 2024年) is deliberately left out: no 适老化/无障碍 content anywhere'})

# ---- mustNotFlag ----
n('basis-mismatch',ln('国发〔2022〕14号'),'国发〔2022〕14号','correct title and 文号 of the national 指导意见')
n('basis-mismatch',ln('宁政办发〔2020〕14号'),'宁政办发〔2020〕14号','retrospective mention of the 2020 工作要点 in the background section, correct 文号, not cited as the basis')
n('basis-mismatch',2,'中宁政办发〔2024〕19号','the document\'s own 文号')
n('deadline-invalid',ln('宁政办发〔2020〕14号'),'2023年','a past date in the background (2023 results), not a deadline')
n('deadline-invalid',10,'2023年—2025年','the period in the title of the regional task list, not a deadline')
n('deadline-invalid',6,'2024年4月18日','issue date of the notice')
n('deadline-later-than-baseline',ln('到2025年，全县'),'到2025年','equal to the region\'s 2025 goal (“34567”体系框架全面成型)')
n('deadline-later-than-baseline',ln('到2035年'),'到2035年','equal to the region\'s 2035 goal')
n('deadline-later-than-baseline',ln('第2、3项'),'2024年取得明显成效','equal to the earliest of the combined tasks: task 2 2023年启动，2024年取得明显成效; task 3 持续推进，2025年取得明显成效')
n('deadline-later-than-baseline',ln('第1、5项'),'2025年取得明显成效','tasks 1 and 5 are both 持续推进，2025年取得明显成效: equal')
n('deadline-later-than-baseline',ln('第6、7、8项'),'2025年取得明显成效','tasks 6, 8 持续推进，2025年取得明显成效; task 7 2023年形成试点经验，2025年取得明显成效: equal completing milestone')
n('deadline-later-than-baseline',ln('第9项'),'2025年取得明显成效','task 9 持续推进，2025年取得明显成效: equal')
n('deadline-later-than-baseline',ln('第10项'),'2025年取得明显成效','task 10 持续推进，2025年取得明显成效: equal')
n('deadline-later-than-baseline',ln('第12、13项'),'2024年底前','equal to the earliest combined task: task 13 2024年 (task 12 2025年)')
n('deadline-later-than-baseline',ln('第19项'),'2024年底前','task 19 2023年启动，2024年建成: equal to the completing milestone')
n('deadline-later-than-baseline',ln('第21、22项'),'2024年底前','equal to the earliest: task 21 2024年 (task 22 2025年)')
n('deadline-later-than-baseline',ln('第23项'),'2024年9月底前','task 23 2024年: earlier')
n('deadline-later-than-baseline',ln('第28项'),'2025年取得明显成效','task 28 2023年启动，2025年取得明显成效: equal completing milestone')
n('deadline-later-than-baseline',ln('第33、34、35项'),'2024年底前','tasks 33, 34, 35 all 2024年: equal')
n('deadline-later-than-baseline',ln('第40、54项'),'2024年底前','tasks 40 and 54 both 2024年: equal')
n('deadline-later-than-baseline',ln('第43、46项'),'2024年底前','task 43 2024年建成，持续推进; task 46 2024年: equal')
n('deadline-later-than-baseline',ln('第48项'),'2024年10月底前','task 48 2024年: same year, earlier month')
n('deadline-later-than-baseline',ln('第52、53项'),'2024年底前','equal to the earliest: task 53 2024年 (task 52 2025年)')
n('deadline-later-than-baseline',ln('第55、56项'),'2024年底前','equal to the earliest: task 55 2024年 (task 56 2025年)')
n('deadline-later-than-baseline',ln('第59项'),'2024年底前','task 59 2025年: earlier')
n('deadline-later-than-baseline',ln('第64项'),'2024年6月底前','task 64 2025年: earlier')
n('deadline-later-than-baseline',ln('第65、66项'),'2024年底前','equal to the earliest: task 65 2024年 (task 66 2025年)')
n('deadline-later-than-baseline',ln('第81项'),'2025年底前','task 81 2025年: equal')
n('deadline-later-than-baseline',ln('第83项'),'2025年底前','task 83 2025年: equal (the line\'s mistake is the unit, not the date)')
n('deadline-later-than-baseline',ln('第94、95项'),'2024年底前','equal to the earliest: task 94 2024年 (task 95 2025年)')
n('deadline-later-than-baseline',ln('第96项'),'2025年底前','task 96 2025年: equal')
n('deadline-later-than-baseline',ln('第100、101、102项'),'2025年底前','tasks 100, 101, 102 all 2025年: equal')
n('deadline-later-than-baseline',ln('第104、105、106项'),'2024年底前','equal to the earliest: tasks 104, 105 2024年 (task 106 2025年)')
n('deadline-later-than-baseline',ln('第107项'),'2025年底前','task 107 2025年: equal')
n('deadline-later-than-baseline',ln('第108项'),'2024年取得明显成效','task 108 长期推进，2024年取得明显成效: equal')
n('deadline-later-than-baseline',ln('第111项'),'2025年6月底前','task 111 2025年: same year')
n('deadline-later-than-baseline',ln('加强调度督办'),'12月10日前','the office\'s own reporting dates (quarterly/annual progress reports, first 调度 in 2024年7月), not task deadlines')
n('deadline-later-than-baseline',ln('有效期至'),'2025年12月31日','validity period of the plan itself')
n('deadline-invalid',ln('第100、101、102项'),'第100、101、102项','task numbers in the bracket, not dates')
n('unknown-unit',ln('第1、5项'),'（落实自治区第1、5项）','a task-number bracket, not a unit')
n('unknown-unit',ln('第10项'),'自治区农业农村厅','named as the regional source (lead) of task 10 in the bracket, not as the lead of the county measure')
n('unknown-unit',ln('第12、13项'),'自治区发展改革委','regional source of tasks 12, 13 in the bracket; county lead is 县发展和改革局')
n('unknown-unit',ln('第23项'),'自治区政府办公厅','regional source of task 23 in the bracket')
n('unknown-unit',ln('第40、54项'),'自治区档案局','regional source of tasks 40, 54 in the bracket; county lead is 县档案馆')
n('unknown-unit',ln('第55、56项'),'自治区财政厅','regional source of tasks 55, 56 in the bracket')
n('unknown-unit',ln('第77项'),'自治区党委政法委','regional source of task 77 in the bracket; the county lead in the note is 县委政法委 (contrast with the planted line of task 83)')
n('unknown-unit',ln('第96项'),'自治区水利厅','regional source of task 96 in the bracket')
n('unknown-unit',ln('第104、105、106项'),'自治区政府办公厅','regional source of tasks 104–106 in the bracket')
n('unknown-unit',ln('第107项'),'自治区机管局','regional source of task 107 in the bracket (official short name)')
n('unknown-unit',ln('第24、25项'),'审计局','prefix 县 of 县财政局 distributes: 县审计局, in units.txt')
n('unknown-unit',ln('第21、22项'),'县市场监管局','short name of 县市场监督管理局 in units.txt')
n('unknown-unit',ln('第104、105、106项'),'县政府办公室','short name of 县人民政府办公室 in units.txt')
n('unknown-unit',ln('第100、101、102项'),'县林草局','short name of 县林业和草原局 in units.txt')
n('unknown-unit',ln('第94、95项'),'中卫市生态环境局中宁分局','listed in units.txt as one name (the city bureau\'s county branch); never split')
n('unknown-unit',ln('第14、15项'),'县直各部门（单位）','collective subject')
n('unknown-unit',ln('第14、15项'),'各乡镇人民政府','collective subject')
n('unknown-unit',ln('第48项'),'各村（社区）','collective subject')
n('unknown-unit',ln('第28项'),'县直有关部门','collective subject')
n('unknown-unit',ln('第48项'),'中国联通中宁分公司','outside government proper, listed in units.txt')
n('unknown-unit',ln('第52、53项'),'中宁县税务局','listed in units.txt')
n('unknown-unit',ln('第77项'),'县人民检察院','listed in units.txt')
n('unknown-unit',ln('第9项'),'中卫市','the city named in body text (配合中卫市…), not in a unit field')
n('missing-pillar',0,None,'数字生态 is taken up (二（三）, measure 6: tasks 12, 13); all 三个驱动, 四个支撑, 五个一/六级贯通 (section 四), 七个能力 and 党的领导 (section 六) are present')

covers=[]
for i,l in enumerate(L,1):
    m=re.search(r'[（〔](?:对应|落实)[^）〕]*?第([\d、]+)项[）〕]',l)
    if m:
        for t in m.group(1).split('、'): covers.append({'task':int(t),'line':i})
covers.sort(key=lambda c:c['task'])
key={
 'writer':'blind writer, round 389; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written':'2026-12-06',
 'draft':'draft.txt',
 'also':[],
 'baseline':'ningxia-2023',
 'build':None,
 'parents':[],
 'units':'units.txt',
 'planYear':2024,
 'expect':E,
 'mustNotFlag':N,
 'covers':covers,
 'notes':'中宁县 (中卫市) plan of 2024-04-18 checked against 宁政发〔2023〕17号 only (no parent plan). Each measure cites its regional task numbers in a bracket after its first sentence; some brackets also name the regional lead as the source of the task. L10 states the plan\'s own rule: a measure combining several regional tasks takes the earliest deadline. Measures for tasks due 2023 (14, 15, 17, 18, 24, 25, 30, 32, 116, 118, 121, 123, 124) carry no 完成时限 on purpose. Many other county-relevant tasks (e.g. 11, 36, 85, 92, 113) are not taken up; only 93 is a deliberate omission, the others are not in expect.'
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(E),'expect;',len(N),'mustNotFlag;',len(covers),'covers')
