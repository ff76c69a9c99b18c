# Builds key.json; every line number is looked up in draft.txt by a unique substring.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(sub, also=None):
    hits=[i+1 for i,l in enumerate(L) if sub in l and (also is None or also in l)]
    assert len(hits)==1,(sub,hits)
    return hits[0]
def task(n):
    return ln(f'{n}.', None) if False else [i+1 for i,l in enumerate(L) if l.startswith(f'{n}.')][0]

expect=[
 {"rule":"basis-mismatch","line":ln('（宁政办发〔2023〕17号）'),"text":"宁政办发〔2023〕17号",
  "why":"the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the 办公厅 series (宁政办发〔2023〕11号 is the 1244+N plan), so the 文号 does not belong to this title"},
 {"rule":"unknown-unit","line":ln('县网信局牵头'),"text":"县网信局",
  "why":"task 3: no such county unit; units.txt has 县委网信办 (县委网络安全和信息化委员会办公室), used correctly in tasks 22 and 27"},
 {"rule":"unknown-unit","line":ln('自治区政府办公厅牵头'),"text":"自治区政府办公厅",
  "why":"task 8 (county task, regional task 46): a regional body named as the lead of a local task, copied from the regional list's 责任单位 column; the county lead should be 县人民政府办公室"},
 {"rule":"deadline-invalid","line":ln('20224年'),"text":"20224年",
  "why":"impossible year (typo for 2024年9月底前) in the stage-2 sub-deadline for tasks 6 and 7"},
 {"rule":"deadline-later-than-baseline","line":ln('完成第11—20项任务'),"text":"2025年底前",
  "why":f"stage 3 (2025年1月—12月, 2025年底前) covers task 20 (line {task(20)}: 完善政务公开平台和新媒体矩阵), which takes up regional task 112 (完成时限 2024年) and task 114 (完成时限 2024年); 2025 is later. The other tasks of the range 11—20 match regional tasks due 2025 (see notes)"},
 {"rule":"deadline-later-than-baseline","line":ln('2026年6月底前'),"text":"2026年6月底前",
  "why":f"task 29 (line {task(29)}: 培育数据要素市场) takes up regional task 12 (完成时限 2025年); 2026年6月 is later"},
]

mnf=[
 {"rule":"basis-mismatch","line":ln('（宁政办发〔2020〕14号）'),"text":"宁政办发〔2020〕14号",
  "why":"retrospective mention of the 2020 工作要点 in the 工作基础 background (近年来，我县认真落实…), not cited as a basis of this plan; title and 文号 match"},
 {"rule":"basis-mismatch","line":ln('（宁政办发〔2023〕11号）'),"text":"宁政办发〔2023〕11号",
  "why":"《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (as cited in the 吴忠 plan); the same line cites the parent city plan 石嘴山市人民政府《关于加强数字政府建设的实施方案》 by title alone, as DOMAIN.md says city plans often are, with no 文号 to mismatch"},
 {"rule":"basis-mismatch","line":ln('对照宁政发〔2023〕17号附件2'),"text":"宁政发〔2023〕17号",
  "why":"correct 文号 of the regional 实施意见, cited without title in the schedule section"},
 {"rule":"basis-mismatch","line":ln('平政办发〔2024〕12号'),"text":"平政办发〔2024〕12号",
  "why":"the draft's own issuing number, not a cited basis"},
 {"rule":"deadline-invalid","line":ln('截至2023年底'),"text":"2023年底",
  "why":"past date in the background (截至2023年底…已延伸), not a deadline; the same line's 2020 is a document title year"},
 {"rule":"deadline-invalid","line":ln('2024年3月15日'),"text":"2024年3月15日",
  "why":"the issuing date of the notice, not a deadline"},
 {"rule":"deadline-later-than-baseline","line":ln('到2024年底'),"text":"2024年底",
  "why":"goal items (政务系统迁移上云, 外网县乡村全覆盖, 行政权力事项网上运行) = regional tasks 46/43, 48 and 21, all due 2024; equal. Not the same goal as the region's 到2023年底 goal (政策体系初步建立, 五个一, 家底理清)"},
 {"rule":"deadline-later-than-baseline","line":ln('到2025年，全县数字政府建设'),"text":"到2025年",
  "why":"equal to the region's goal 到2025年 “34567”体系框架全面成型"},
 {"rule":"deadline-later-than-baseline","line":ln('到2035年'),"text":"到2035年",
  "why":"equal to the region's 2035 goal"},
 {"rule":"deadline-later-than-baseline","line":ln('第一阶段（2024年3月—6月）'),"text":"2024年3月—6月",
  "why":"stage 1 ends 2024-06 for task 1 (regional 64, 2025年), task 3 (regional 16, 2024年) and task 5 (regional 23, 2024年): earlier than the region. 2024年3月 is a start date, not a deadline; 1、3、5 are task numbers"},
 {"rule":"deadline-later-than-baseline","line":ln('第二阶段（2024年7月—12月）'),"text":"2024年7月—12月",
  "why":"stage 2 ends 2024-12 for tasks 2, 4, 6—10 (range): task 4 = regional 21 (2024年), 6 = 33/34 (2024年), 7 = 41 (2024年), 8 = 46 (2024年), 9 = 48/47 (2024年), 10 = 54/40 (2024年): equal; task 2 (county 指挥调度中心, near regional 81, 2025年) earlier. 2024年7月 is a start date; 6—10 is a task-number range"},
 {"rule":"deadline-later-than-baseline","line":ln('20224年'),"text":"20224年",
  "why":"an impossible year typed for 2024年 (reported as deadline-invalid); a reviewer would not call it 'later than the region'"},
 {"rule":"deadline-later-than-baseline","line":ln('第21—28项任务持续推进'),"text":"持续推进，2025年取得明显成效",
  "why":"tasks 21—28 = regional 3, 5, 6, 7, 8, 9, 10, 11, all 持续推进/…2025年取得明显成效 (7: 2023年形成试点经验，2025年取得明显成效; 11: 2023年完成主要建设任务，2025年取得明显成效); the completing milestone 2025 is equal, and the 2023 partial milestones lie before this 2024 plan"},
 {"rule":"deadline-later-than-baseline","line":ln('第30项任务长期坚持'),"text":"长期坚持",
  "why":"task 30 = regional 121 (完成时限 长期坚持); equal"},
 {"rule":"deadline-later-than-baseline","line":ln('2024年12月20日前'),"text":"2025年12月20日前",
  "why":"the office's own quarterly/annual reporting dates, not task deadlines"},
 {"rule":"unknown-unit","line":ln('各乡镇人民政府，县直各部门（单位），各直属机构'),"text":"县直各部门（单位）",
  "why":"addressees; collective subjects"},
 {"rule":"unknown-unit","line":ln('县发展改革局、财政局、审计局'),"text":"财政局",
  "why":"prefix 县 distributes: 县财政局, 县审计局 are in units.txt"},
 {"rule":"unknown-unit","line":ln('县人社局、县市场监管局'),"text":"县市场监管局",
  "why":"short names listed in units.txt (县市场监督管理局 = 县市场监管局; 县人力资源和社会保障局 = 县人社局); 按职责分别负责 is a role"},
 {"rule":"unknown-unit","line":ln('国家税务总局平罗县税务局配合'),"text":"国家税务总局平罗县税务局",
  "why":"unit outside the county government proper, listed in units.txt"},
 {"rule":"unknown-unit","line":ln('石嘴山市生态环境局平罗分局'),"text":"石嘴山市生态环境局平罗分局",
  "why":"city bureau's county branch, listed in units.txt"},
 {"rule":"unknown-unit","line":ln('县市场监管局、县公安局牵头，县委网信办'),"text":"县委网信办",
  "why":"correct short name of 县委网络安全和信息化委员会办公室 (contrast with 县网信局 in task 3)"},
 {"rule":"unknown-unit","line":ln('县综合执法局、县住建局牵头'),"text":"县综合执法局",
  "why":"short names in units.txt (县城市管理综合执法局, 县住房和城乡建设局)"},
 {"rule":"unknown-unit","line":ln('县发改局牵头'),"text":"平罗工业园区管委会",
  "why":"in units.txt; 县发改局 is a listed alias of 县发展改革局"},
 {"rule":"unknown-unit","line":ln('调整充实县推进“数字政府”建设领导小组'),"text":"各乡镇人民政府",
  "why":"collective subject; 县推进“数字政府”建设领导小组 and 县委编办 are in units.txt"},
 {"rule":"unknown-unit","line":ln('县委党校和宁夏干部教育培训网络学院'),"text":"宁夏干部教育培训网络学院",
  "why":"a training platform named in support-measure text, not a responsible unit; 县委党校 is in units.txt"},
 {"rule":"unknown-unit","line":ln('各级党委（党组）'),"text":"各级党委（党组）",
  "why":"collective subject"},
 {"rule":"unknown-unit","line":ln('县医保局配合'),"text":"县医保局",
  "why":"listed alias of 县医疗保障局"},
]

covers=[]
def c(t,n): covers.append({"task":t,"line":task(n)})
for t,n in [(64,1),(16,3),(21,4),(23,5),(33,6),(34,6),(41,7),(46,8),(48,9),(47,9),(54,10),(40,10),
            (49,11),(56,12),(66,13),(22,14),(83,15),(92,16),(96,17),(106,18),(111,19),(112,20),(114,20),
            (3,21),(5,22),(6,23),(7,24),(8,25),(9,26),(10,27),(11,28),(12,29),(121,30)]:
    c(t,n)
covers.append({"task":116,"line":ln('（一）加强组织领导。')})
covers.append({"task":122,"line":ln('（四）强化考核评价。')})

key={
 "writer":"blind writer, round 330; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":covers,
 "notes":("平罗县 is in 石嘴山市, whose plan is not in the seeds, so parents is empty; the city plan is cited by title only. "
  "Task paragraphs 1—30 carry no dates; every deadline comes from section 七 by task number: stage 1 (2024年3月—6月) tasks 1、3、5; "
  "stage 2 (2024年7月—12月) tasks 2、4、6—10, with a sub-line giving 6、7 an impossible 20224年9月底前; stage 3 (2025年底前) tasks 11—20; "
  "持续推进/2025年取得明显成效 tasks 21—28; 2026年6月底前 task 29; 长期坚持 task 30. "
  f"Range 11—20 mapping: 11=49, 12=56, 13=66, 14=22, 15=83, 16=92, 17=96, 18=106, 19=111 (all 2025年) and 20=112/114 (2024年, planted). "
  "The stage-3 line (97) carries the planted late deadline, so no mustNotFlag is given on it for the nine in-time tasks. "
  "Late deadlines are keyed on the schedule line where the date is written; the task's own paragraph (task 20 line %d, task 29 line %d) has no date. "
  "The preamble line 9 also cites 国发〔2022〕14号 correctly (not listed as mustNotFlag because the planted basis error is on the same line). "
  "No regional task due 2023 is given a stage: content that matches 2023 tasks (一把手工程 116, 考核 122/123, 安全责任 14) appears only in undated paragraphs.") % (task(20),task(29)),
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(covers))
for e in expect: print(e['rule'],e['line'],e['text'])
