# Builds key.json; every line number is looked up in the final draft.txt (1-based) by a unique anchor.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(anchor):
    hits=[i+1 for i,l in enumerate(L) if anchor in l]
    assert len(hits)==1,(anchor,hits)
    return hits[0]
def row(n):  # task-table row by local number
    return ln('\t%d．'%n)
def chk(line,text):
    assert text in L[line-1],(line,text)
    return line
GARB="加快推进电子政务外网".encode('utf-8').decode('gbk')

expect=[
 {"rule":"basis-mismatch","line":chk(ln('宁政发〔2023〕71号'),'宁政发〔2023〕71号'),"text":"宁政发〔2023〕71号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the digits are transposed"},
 {"rule":"deadline-later-than-baseline","line":chk(row(30),'2025年12月底前'),"text":"2025年12月底前",
  "why":"local task 30 (接入“我的宁夏”政务APP、应上尽上) takes up regional task 86, 完成时限 2024年; the local deadline is a year later"},
 {"rule":"deadline-invalid","line":chk(row(41),'2024年13月底前'),"text":"13月",
  "why":"impossible month in local task 41 (视频会议平台, regional task 107, 完成时限 2025年); the year itself is not later than the region"},
 {"rule":"unknown-unit","line":chk(row(12),'区大数据局'),"text":"区大数据局",
  "why":"利通区 has no 大数据局; units.txt lists 利通区大数据管理服务中心 (= 区大数据中心). The name is copied from the city's 市大数据局 pattern"},
 {"rule":"garbled-text","line":chk(ln(GARB),GARB),"text":GARB[:6],
  "why":"“加快推进电子政务外网” as UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 recovers it"},
 {"rule":"missing-pillar","line":0,"pillar":"政务公开",
  "why":"the 七个能力 section (五) has only six capabilities; no 政务公开 content anywhere (no 政府信息公开, 政策文件库, 政务新媒体, 政民互动); the introduction's list also omits it"},
 {"rule":"task-uncovered","line":0,"task":112,"why":"政务公开信息化平台, 各市、县（区）分别负责, 2024年 — left out with the 政务公开 pillar"},
 {"rule":"task-uncovered","line":0,"task":114,"why":"政务新媒体矩阵, 各市、县（区）分别负责, 2024年 — left out with the 政务公开 pillar"},
]

def eq(n,task,reg):
    l=row(n); loc=L[l-1].split('\t')[3]
    kind = "equal" if loc==reg else "equal in its completing milestone"
    return {"rule":"deadline-later-than-baseline","line":l,"text":loc,
            "why":"local task %d takes up regional task %d, 完成时限 %s; local %s is %s"%(n,task,reg,loc,kind)}
def early(n,task,reg):
    l=row(n); loc=L[l-1].split('\t')[3]
    return {"rule":"deadline-later-than-baseline","line":l,"text":loc,
            "why":"local task %d takes up regional task %d, 完成时限 %s; local %s is earlier"%(n,task,reg,loc)}

mnf=[
 {"rule":"basis-mismatch","line":ln('（国发〔2022〕14号）'),"text":"国发〔2022〕14号","why":"correct title and 文号 of the national 指导意见"},
 {"rule":"basis-mismatch","line":ln('宁政办发〔2023〕11号'),"text":"宁政办发〔2023〕11号","why":"《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 exactly as in the 吴忠 plan; a further basis, not the regional 实施意见"},
 {"rule":"basis-mismatch","line":ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'),"text":"吴忠市人民政府《关于加强数字政府建设的实施方案》","why":"the city plan cited by title alone (it has no 文号), title correct"},
 {"rule":"basis-mismatch","line":ln('宁政办发〔2020〕14号'),"text":"宁政办发〔2020〕14号","why":"retrospective mention in the 发展基础 background, correct title and 文号; not cited as a basis"},
 {"rule":"basis-mismatch","line":ln('利政办发〔2024〕12号'),"text":"利政办发〔2024〕12号","why":"the notice's own 文号"},
 {"rule":"deadline-invalid","line":ln('2024年3月18日'),"text":"2024年3月18日","why":"issue date of the notice"},
 {"rule":"deadline-invalid","line":ln('2023年，全区政务服务事项'),"text":"2023年","why":"past year in the 发展基础 background (what was achieved), not a deadline"},
 {"rule":"deadline-later-than-baseline","line":ln('到2024年底，区级政务信息系统'),"text":"到2024年底","why":"plan-year goal; the matching regional tasks 46 and 48 are due 2024 and the regional framework goal is 2025"},
 {"rule":"deadline-later-than-baseline","line":ln('到2025年，全区数字政府建设体系框架'),"text":"到2025年","why":"equal to the regional 主要目标 到2025年 (“34567”体系框架全面成型)"},
 {"rule":"deadline-later-than-baseline","line":ln('到2035年'),"text":"到2035年","why":"equal to the regional 到2035年 goal (数字政府全面建成)"},
 {"rule":"deadline-later-than-baseline","line":ln('每季度末月25日前'),"text":"2024年12月10日前","why":"the office's own reporting dates (季度进展, 年度总结), not a task deadline"},
 {"rule":"deadline-invalid","line":ln('（五）做好调度报送'),"text":"每季度末月25日前","why":"a recurring reporting date without a year, not an impossible date"},
 {"rule":"deadline-later-than-baseline","line":ln('附件：1．'),"text":"（2024—2025年）","why":"period of the task list in the attachment title"},
 {"rule":"deadline-later-than-baseline","line":[i+1 for i,l in enumerate(L) if l=='利通区数字政府建设重点任务清单（2024—2025年）'][0],"text":"（2024—2025年）","why":"period of the task list in its own title"},
 {"rule":"unknown-unit","line":ln('各乡镇人民政府、街道办事处，区直各部门'),"text":"各乡镇人民政府、街道办事处","why":"collective addressees (each town government and street office), 区直各部门（单位） likewise"},
 {"rule":"unknown-unit","line":row(21),"text":"街道办事处","why":"part of the collective 各乡镇人民政府、街道办事处; 各 governs both"},
 {"rule":"unknown-unit","line":row(44),"text":"审计局","why":"prefix 区 distributes: 区财政局、审计局 = 区财政局、区审计局, both in units.txt"},
 {"rule":"unknown-unit","line":row(8),"text":"利通公安分局","why":"registered short name of 吴忠市公安局利通区分局"},
 {"rule":"unknown-unit","line":row(19),"text":"自然资源利通分局","why":"registered short name of 吴忠市自然资源局利通分局"},
 {"rule":"unknown-unit","line":row(35),"text":"生态环境利通分局","why":"registered short name of 吴忠市生态环境局利通分局"},
 {"rule":"unknown-unit","line":row(2),"text":"金积工业园区管委会","why":"registered short name of 吴忠金积工业园区管理委员会"},
 {"rule":"unknown-unit","line":row(3),"text":"区人社局","why":"registered short name of 利通区人力资源和社会保障局"},
 {"rule":"unknown-unit","line":row(9),"text":"区直有关部门（单位）","why":"collective subject"},
 {"rule":"unknown-unit","line":row(11),"text":"各乡镇（街道）","why":"collective subject"},
 {"rule":"unknown-unit","line":row(6),"text":"各乡镇人民政府","why":"collective subject"},
 {"rule":"unknown-unit","line":ln('适老化改造完成率'),"text":"区直各部门（单位）、各乡镇（街道）","why":"collective subjects in the indicator table"},
 {"rule":"unknown-unit","line":ln('干部数字化能力培训\t'),"text":"区委党校","why":"registered short name of 中共利通区委党校"},
 {"rule":"unknown-unit","line":ln('向区委、区政府报告'),"text":"区委、区政府","why":"the district Party committee and government, listed in units.txt; not a responsible unit anyway"},
 # task-table deadlines equal to the region's
 eq(1,2,"2023年启动，2024年取得明显成效"),
 eq(2,3,"持续推进，2025年取得明显成效"),
 eq(3,6,"持续推进，2025年取得明显成效"),
 eq(4,7,"2023年形成试点经验，2025年取得明显成效"),
 eq(5,8,"持续推进，2025年取得明显成效"),
 eq(6,10,"持续推进，2025年取得明显成效"),
 eq(7,11,"2023年完成主要建设任务，2025年取得明显成效"),
 {"rule":"deadline-later-than-baseline","line":row(8),"text":"2023年形成机制，长期坚持","why":"copied verbatim from regional task 18 (完成时限 2023年形成机制，长期坚持); equal"},
 {"rule":"deadline-invalid","line":row(8),"text":"2023年形成机制，长期坚持","why":"a copied regional deadline that lies before the plan's year (regional task 18); not an impossible date"},
 eq(9,21,"2024年"),
 early(10,23,"2024年"),
 eq(11,28,"2023年启动，2025年取得明显成效"),
 eq(13,40,"2024年"),
 eq(14,42,"2024年"),
 early(15,46,"2024年"),
 eq(16,47,"2024年"),
 early(17,48,"2024年"),
 eq(18,54,"2024年"),
 eq(19,56,"2025年"),
 eq(20,57,"2024年"),
 early(21,64,"2025年"),
 eq(22,66,"2025年"),
 eq(23,71,"2024年"),
 eq(24,74,"2024年"),
 eq(25,77,"2024年"),
 eq(26,79,"2024年"),
 eq(27,80,"2024年"),
 eq(28,83,"2025年"),
 eq(29,84,"2024年"),
 early(31,87,"2023年启动，2025年完成"),
 eq(32,88,"2024年"),
 eq(33,90,"2024年"),
 eq(34,93,"2024年"),
 eq(35,95,"2025年"),
 eq(36,96,"2025年"),
 eq(37,97,"2024年"),
 eq(38,104,"2024年"),
 eq(39,105,"2024年"),
 eq(40,106,"2025年"),
 eq(42,111,"2025年"),
 {"rule":"deadline-later-than-baseline","line":row(43),"text":"2023年完成并长期坚持","why":"copied verbatim from regional task 116 (完成时限 2023年完成并长期坚持); equal"},
 {"rule":"deadline-invalid","line":row(43),"text":"2023年完成并长期坚持","why":"a copied regional deadline that lies before the plan's year (regional task 116)"},
 eq(44,121,"长期坚持"),
 {"rule":"deadline-later-than-baseline","line":row(41),"text":"2024年13月底前","why":"only the month is impossible (deadline-invalid); the year 2024 is earlier than regional task 107's 2025年"},
 # indicator table: years and values are targets, not deadlines
 {"rule":"deadline-invalid","line":ln('指标名称\t'),"text":"2023年基数","why":"column header of the indicator table: the 2023 base value, not a deadline before the plan's year"},
 {"rule":"deadline-later-than-baseline","line":ln('指标名称\t'),"text":"2025年目标","why":"column header of the indicator table: a target year for values, not a task deadline"},
 {"rule":"deadline-later-than-baseline","line":ln('区级政务信息系统上云率'),"text":"区级政务信息系统上云率","why":"indicator for regional task 46 (完成时限 2024年): 100% already in the 2024年目标 column; the 2025年目标 value is a target, not a later deadline"},
 {"rule":"deadline-later-than-baseline","line":ln('电子政务外网村（社区）覆盖率'),"text":"电子政务外网村（社区）覆盖率","why":"indicator for regional task 48 (完成时限 2024年): full coverage in the 2024 column"},
 {"rule":"deadline-later-than-baseline","line":ln('适老化改造完成率'),"text":"政务服务场所和政务移动端适老化改造完成率","why":"indicator for regional task 93 (完成时限 2024年): 100% in the 2024 column"},
 {"rule":"deadline-later-than-baseline","line":ln('“雪亮工程”重点公共区域视频监控覆盖率'),"text":"“雪亮工程”重点公共区域视频监控覆盖率","why":"indicator for regional task 79 (完成时限 2024年): 100% in the 2024 column"},
 {"rule":"deadline-later-than-baseline","line":ln('基层填表报数工作量压减比例'),"text":"基层填表报数工作量压减比例","why":"indicator for regional task 106 (完成时限 2025年, 压减50%以上): equal year and value"},
 {"rule":"deadline-later-than-baseline","line":ln('非税收入电子化收缴覆盖率'),"text":"非税收入电子化收缴覆盖率","why":"indicator for regional task 56 (完成时限 2025年): equal"},
 {"rule":"deadline-later-than-baseline","line":ln('高频政务服务事项“掌上办”比例'),"text":"高频政务服务事项“掌上办”比例","why":"a share of 掌上办 services that keeps rising; a target value, not the deadline of regional task 86"},
 {"rule":"deadline-invalid","line":ln('政务数据资源目录挂接数'),"text":"2030","why":"a count of catalogue entries (条) in the 2024 column, not a year"},
 {"rule":"deadline-invalid","line":ln('“一件事一次办”集成事项数'),"text":"13","why":"a count of items (个), not a month"},
 {"rule":"deadline-invalid","line":ln('干部数字化能力培训\t'),"text":"1200","why":"a count of trainees (人次), not a year"},
 {"rule":"deadline-invalid","line":ln('注：表中2024年'),"text":"2023年基数","why":"note explaining the indicator table; 2023 is the base year of the values"},
 {"rule":"garbled-text","line":ln('“易办·吴优”'),"text":"“易办·吴优”","why":"the city's real service brand with a middle dot, not mojibake"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"section 三（三） 营造良好数字生态 (数据要素市场, 数据交易, 数字技术合作)"},
 {"rule":"missing-pillar","line":0,"pillar":"五个一","why":"section 二 健全组织机构: 领导小组, 办公室, 组织机构 at 乡镇 and 部门 level (the local form of 五个一, cf. regional task 64)"},
 {"rule":"missing-pillar","line":0,"pillar":"六级贯通","why":"section 二（二） 厘清层级职责 follows the 六级贯通 层级架构 (区级, 乡镇（街道）, 村（社区）)"},
 {"rule":"missing-pillar","line":0,"pillar":"财政投入","why":"section 六（二） 加大财政投入"},
]

covers=[]
for n,t in [(1,2),(2,3),(3,6),(4,7),(5,8),(6,10),(7,11),(8,18),(9,21),(10,23),(11,28),(12,41),(13,40),(14,42),(15,46),(16,47),(17,48),(18,54),(19,56),(20,57),(21,64),(22,66),(23,71),(24,74),(25,77),(26,79),(27,80),(28,83),(29,84),(30,86),(31,87),(32,88),(33,90),(34,93),(35,95),(36,96),(37,97),(38,104),(39,105),(40,106),(41,107),(42,111),(43,116),(44,121)]:
    covers.append({"task":t,"line":row(n)})
covers += [
 {"task":12,"line":ln('（三）营造良好数字生态')},
 {"task":14,"line":ln('强化安全管理责任。')},
 {"task":15,"line":ln('强化安全管理责任。')},
 {"task":32,"line":ln('完善数据管理机制。')},
 {"task":30,"line":ln('完善数据管理机制。')},
 {"task":36,"line":ln('完善数据管理机制。')},
 {"task":22,"line":ln('以数字化改革助力政府职能转变。')},
 {"task":24,"line":ln('以数字化改革助力政府职能转变。')},
 {"task":118,"line":ln('（三）提升数字素养。')},
 {"task":122,"line":ln('（四）强化考核评价。')},
 {"task":123,"line":ln('（四）强化考核评价。')},
]

key={
 "writer":"blind writer, round 783; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
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
 "notes":"利通区 2024 plan (利政办发〔2024〕12号, 2024-03-18) implementing 宁政发〔2023〕17号, no parent plan. Attachment 1 is a 44-row task table (主要任务/重点任务/责任单位/完成时限, tab-separated, empty first cell continues the group); attachment 2 is an indicator table (指标名称/单位/2023年基数/2024年目标/2025年目标/责任单位) whose years and values are targets, not task deadlines. The 政务公开 pillar is deliberately absent (with tasks 112-115). Tasks of the region due 2023 are mostly taken up only in body text without dates; two are copied with their regional 2023 deadlines (tasks 18 and 116). Other regional tasks the draft does not take up (e.g. 9, 50-53, 55, 72, 85, 89, 113, 115, 124) may be reported as task-uncovered; only 112 and 114 are annotated."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(covers))
