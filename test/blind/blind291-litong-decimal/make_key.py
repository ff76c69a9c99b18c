# helper: builds key.json with line numbers found in draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(sub, start=None):
    hits=[i+1 for i,l in enumerate(L) if sub in l and (start is None or l.startswith(start))]
    assert len(hits)==1,(sub,start,hits)
    return hits[0]
def row(sec): return ln('\t'+sec+'\t')
E_=[]
def e(rule,line,text=None,why='',**kw):
    d={'rule':rule,'line':line}
    if text is not None:
        assert line==0 or text in L[line-1],(text,line)
        d['text']=text
    d.update(kw); d['why']=why; E_.append(d)
e('basis-mismatch',ln('关于加快推进数字政府建设的实施意见'),'关于加快推进数字政府建设的实施意见',
  'wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》 (加快推进 for 加强)')
e('deadline-later-than-baseline',ln('到2026年'),'2026年',
  'goal 1.3.3 (对接复用、互联互通 with the 自治区 common support system, 集约化 new pattern, 第一方阵) is due 到2025年 in the 吴忠 plan 主要目标; the region also has its 2025 goal for the framework/基础设施集约完备. 2026 is later than the parent plan')
e('deadline-later-than-baseline',ln('完成时限：2025年底'),'2025年底',
  'inline note on 适老化与信息无障碍建设: regional task 93 完成时限 2024年 (各市、县（区）按照职能分别负责)')
e('deadline-later-than-baseline',row('5.4.2'),'2025年6月底',
  'row points to section 5.4.2 (“我的宁夏” 利通专区, 应上尽上) = regional task 86, 完成时限 2024年')
e('deadline-invalid',row('4.4.2'),'2024年6月31日',
  'impossible date: June has 30 days. (Row points to 4.4.2 = tasks 47/48/50, all 2024年, so the month itself is not late)')
e('unknown-unit',row('3.3.1'),'区大数据局',
  'no such district body: the district has 区大数据服务中心 (units.txt); 市大数据局 is the city body. Lead of the row')
e('unknown-unit',row('5.6.1'),'自治区政府办公厅',
  'regional body named as lead (牵头) of a district task; copied from the regional cell of tasks 104/105')
e('garbled-text',ln('鎺ㄨ繘鏀垮姟'),'鎺ㄨ繘鏀垮姟',
  'sub-item title of 4.3.3 is UTF-8 read as GBK: 鎺ㄨ繘鏀垮姟鏁版嵁楂樻晥鍏变韩 = 推进政务数据高效共享')
e('missing-pillar',0,None,'no 政务公开 content at all: 1.4 lists only six of the “七种能力” and chapter 5 stops at 5.6 政务运行 (no 政府信息公开, 政务新媒体, 政策文件库, 政民互动)',pillar='政务公开')
e('task-uncovered',0,None,'政务公开 left out; task 112 is 自治区各部门（单位）及各市、县（区）分别负责',task=112)
e('task-uncovered',0,None,'政务公开 left out; task 114 is 自治区各部门（单位）及各市、县（区）分别负责',task=114)

M=[]
def m(rule,line,text=None,why=''):
    d={'rule':rule,'line':line}
    if text is not None:
        assert text in L[line-1],(text,line); d['text']=text
    d['why']=why; M.append(d)
m('basis-mismatch',ln('国发〔2022〕14号'),'国发〔2022〕14号','correct title and 文号 of the national 指导意见')
m('basis-mismatch',ln('宁政办发〔2023〕11号'),'宁政办发〔2023〕11号','《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） cited exactly as the 吴忠 plan cites it')
m('basis-mismatch',ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'),'吴忠市人民政府《关于加强数字政府建设的实施方案》','the city plan cited by title alone, correct title (加强, 实施方案); the city plan has no 文号')
m('basis-mismatch',ln('宁政办发〔2020〕14号'),'宁政办发〔2020〕14号','retrospective mention in 1.2 工作基础 of the 2020 工作要点 (correct title and 文号), not a basis of this plan')
m('basis-mismatch',ln('利政办发〔2024〕12号'),'利政办发〔2024〕12号','the notice\'s own 文号, not a cited basis document')
m('deadline-invalid',ln('2024年3月18日'),'2024年3月18日','issue date of the notice')
m('deadline-invalid',ln('截至2023年底'),'2023年底','past date in the 工作基础 background (截至2023年底), not a deadline')
m('deadline-invalid',ln('2023年11月27日'),'2023年11月27日','date of the 吴忠 plan (equal to the parent\'s own date), background')
m('deadline-invalid',ln('2024年12月15日前'),'2024年12月15日','the office\'s own reporting date (annual summary); also 每季度末月25日前 / 次月5日前 on the same line')
m('deadline-later-than-baseline',ln('2024年12月15日前'),'2024年12月15日','reporting date to 市大数据管理服务局, not a task deadline')
m('deadline-later-than-baseline',ln('1.3.1 到2024年底'),'2024年底','goal equal to tasks 43 (2024年建成，持续推进), 46 (2024年), 48 (2024年): 信创云迁移, 外网全覆盖')
m('deadline-later-than-baseline',ln('1.3.2 到2025年'),'2025年','equal to the 吴忠 plan\'s 到2025年 “1347”体系框架全面成型 and the region\'s 到2025年 “34567”框架全面成型')
m('deadline-later-than-baseline',ln('1.3.4 到2035年'),'2035年','equal to the 2035 goal of both the 吴忠 plan and the region')
m('deadline-later-than-baseline',ln('2024年新增上云企业'),'2024年','企业上云 target; task 2 is 2023年启动，2024年取得明显成效 — equal')
m('deadline-later-than-baseline',row('2.1.4'),'2024年底','row points to 2.1.4 (乡镇（街道）组织机构) = task 64, 完成时限 2025年 — earlier')
m('deadline-later-than-baseline',row('3.1.1'),'持续推进，2025年取得明显成效','3.1.1 智慧园区 = task 3, 持续推进，2025年取得明显成效 — equal')
m('deadline-later-than-baseline',row('第3.2节'),'持续推进，2025年取得明显成效','第3.2节 = tasks 6, 7, 9, 10, 11; completing milestone 2025 in each (7: 2023年形成试点经验，2025年取得明显成效; 11: 2023年完成主要建设任务，2025年取得明显成效) — equal')
m('deadline-later-than-baseline',row('3.3.1'),'2025年','3.3.1 = task 12, 完成时限 2025年 — equal (the row\'s unit is the planted mistake, not its date)')
m('deadline-later-than-baseline',row('4.2.3'),'2024年','4.2.3 = task 21 (2024年) and task 22 (2025年) — equal/earlier')
m('deadline-later-than-baseline',row('4.3.4'),'2024年','4.3.4 电子公文 = task 40, 2024年 — equal')
m('deadline-later-than-baseline',row('4.4.1'),'2024年9月底','4.4.1 = task 43 (2024年建成，持续推进) and 46 (2024年) — earlier within the year')
m('deadline-later-than-baseline',row('4.4.2'),'2024年6月31日','month 2024年6月 is not later than tasks 47/48/50 (2024年); only the day is impossible (deadline-invalid in expect)')
m('deadline-later-than-baseline',row('4.4.3'),'2025年','4.4.3 非税收入收缴电子化 = task 56, 2025年 — equal')
m('deadline-later-than-baseline',row('5.1.2'),'2025年','5.1.2 经济运行大数据平台 = task 66, 2025年 — equal')
m('deadline-later-than-baseline',row('5.2.2'),'2024年','5.2.2 = task 74, 2024年 — equal')
m('deadline-later-than-baseline',row('5.3.1'),'2024年','5.3.1 矛盾纠纷多元化解 = task 77, 2024年 — equal')
m('deadline-later-than-baseline',row('5.3.3'),'2025年','5.3.3 互联网+基层治理 = task 83, 2025年 — equal')
m('deadline-later-than-baseline',row('5.4.1'),'2024年','5.4.1 = task 84, 2024年 — equal')
m('deadline-later-than-baseline',row('5.5.1'),'2024年','5.5.1 生态环境数据 = task 94, 2024年 — equal')
m('deadline-later-than-baseline',row('5.5.2'),'2025年','5.5.2 互联网+城乡供水 = task 96, 2025年 — equal')
m('deadline-later-than-baseline',row('5.6.1'),'2024年','5.6.1 协同办公/宁政通 = tasks 104, 105, 2024年 — equal (the row\'s lead is the planted mistake)')
m('deadline-later-than-baseline',row('5.6.2'),'2025年','5.6.2 填表报数 = task 106, 2025年 — equal')
m('deadline-later-than-baseline',row('5.6.3'),'2024年6月底','5.6.3 视频会议/公共机构节能 = tasks 107, 111, 2025年 — earlier')
m('deadline-later-than-baseline',row('第6.4节'),'长期坚持','第6.4节 = task 121, 长期坚持 — equal')
m('deadline-invalid',row('2.1.4'),'2.1.4','section number in the 对应章节 column, not a date')
m('deadline-invalid',row('第3.2节'),'第3.2节','section reference, not a date or a month')
m('deadline-invalid',ln('（如3.2、2.1.4）'),'3.2、2.1.4','section numbers cited in 1.4, not dates')
m('deadline-invalid',ln('覆盖率达92.5%'),'92.5%','decimal percentage in the background, not a date')
m('deadline-invalid',ln('1.5倍'),'1.5倍','decimal multiple (bandwidth), not a date')
m('deadline-invalid',ln('12.5学时'),'12.5学时','decimal number of training hours, not a date')
m('unknown-unit',ln('接受市委网信办'),'市大数据管理服务局','吴忠市 body the district reports to (in units.txt, upper-level section); not a lead of a district task')
m('unknown-unit',ln('接受市委网信办'),'市委网信办','吴忠市 body giving guidance; in units.txt (and the city registry)')
m('unknown-unit',ln('接受市委网信办'),'吴忠市数字政府建设领导小组办公室','city body the district reports to; in units.txt')
m('unknown-unit',ln('6.5 强化督促落实'),'市大数据管理服务局','reporting target, 吴忠市 body, in units.txt')
m('unknown-unit',row('2.1.4'),'各乡镇（街道）','collective subject (first-listed, so lead)')
m('unknown-unit',row('4.2.3'),'区直有关部门','collective subject')
m('unknown-unit',row('4.3.4'),'区政府办','official short name of 利通区人民政府办公室 in units.txt')
m('unknown-unit',row('4.3.4'),'区直各部门（单位）','collective subject')
m('unknown-unit',row('5.3.3'),'各村（社区）','collective subject')
m('unknown-unit',row('3.3.1'),'区发改局','short name of 区发展和改革局 in units.txt')
m('unknown-unit',row('4.4.3'),'区卫健局','short name of 区卫生健康局 in units.txt')
m('unknown-unit',row('3.1.1'),'金积工业园区管委会','in units.txt (a 园区 management committee, lead of 智慧园区)')
m('unknown-unit',row('5.3.1'),'利通区公安分局','in units.txt (吴忠市公安局利通区分局)')
m('unknown-unit',row('5.2.2'),'利通区生态环境分局','in units.txt (吴忠市生态环境局利通区分局)')
m('unknown-unit',ln('完成时限：2025年底'),'各乡镇（街道）','collective subject in the inline note; 区民政局、区审批局 are in units.txt')
m('unknown-unit',ln('对接自治区生态环境数据资源中心'),'自治区生态环境数据资源中心','a regional data platform the district connects to, not a responsible unit')
for p,l in [('组织领导','6.1 加强组织领导'),('财政投入','6.2 加大财政投入'),('数字素养','6.3 提升数字素养'),('考核评价','6.4 强化考核评价')]:
    d={'rule':'missing-pillar','line':ln(l),'pillar':p,'why':'present under the heading “6 保障措施” (content: 党组织领导责任/一把手工程, 预算与运维资金, 干部培训, 考核指标体系)'}; M.append(d)
M.append({'rule':'missing-pillar','line':ln('按照自治区“六级贯通”层级架构'),'pillar':'六级贯通','why':'chapter 2 “一套体系” folds 五个一/六级贯通 in, as the 吴忠 plan does (组织机构, 层级职责, 工作机制)'})
M.append({'rule':'missing-pillar','line':ln('2.1 健全组织机构'),'pillar':'五个一','why':'2.1 健全组织机构 (领导小组, 办公室, 技术支撑中心, 专家咨询组, 乡镇机构) — district form of 五个一, as in the 吴忠 plan'})
M.append({'rule':'missing-pillar','line':ln('3.3.1 培育数据要素市场'),'pillar':'数字生态','why':'3.3 营造良好数字生态 (数据要素市场, 网络生态)'})

C=[]
def c(t,sub):
    C.append({'task':t,'line':ln(sub)})
for t,sub in [(3,'3.1.1 加快金积工业园区'),(5,'3.1.3 完善数字经济治理方式'),(6,'3.2.2 推动数字技术与传统公共事业融合'),(7,'3.2.2 推动数字技术与传统公共事业融合'),
  (9,'3.2.1 配合吴忠市推进智慧城市建设'),(10,'3.2.3 推进数字乡村建设'),(11,'3.2.3 推进数字乡村建设'),(12,'3.3.1 培育数据要素市场'),
  (14,'4.1.1 强化安全管理责任'),(15,'4.1.1 强化安全管理责任'),(18,'4.1.2 提升安全防护能力'),(24,'4.2.1 健全完善区级政务信息化'),
  (28,'4.2.2 围绕数字政府建设重点领域'),(21,'4.2.3 依托全区行政许可管理信息系统'),(32,'4.3.1 明确区直各部门'),(30,'4.3.2 摸清全区政务数据资源底数'),
  (40,'4.3.4 强化电子公文管理'),(46,'4.4.1 强化政务云支撑'),(48,'4.4.2 提升网络支撑能力'),(50,'4.4.2 提升网络支撑能力'),(56,'4.4.3 推进非税收入'),
  (64,'2.1.4 参照自治区、吴忠市做法'),(66,'5.1.2 积极对接宁夏经济运行大数据平台'),(73,'5.2.1 落实“双随机'),(74,'5.2.2 加强“屏、端、仪”'),
  (77,'5.3.1 坚持和发展新时代'),(79,'5.3.2 持续推进“雪亮工程”'),(80,'5.3.4 推进“智慧应急”'),(83,'5.3.3 实施“互联网+基层治理”'),
  (84,'5.4.1 依托全区一体化政务服务平台'),(86,'5.4.2 迭代升级“我的宁夏”'),(85,'5.4.3 深化“一件事一次办”'),(88,'5.4.3 深化“一件事一次办”'),
  (93,'5.4.4 加快推进区、乡（镇）'),(94,'5.5.1 对接自治区生态环境'),(96,'5.5.2 配合深化“互联网+城乡供水”'),(102,'5.5.3 推进水、气、土、废'),
  (104,'5.6.1 全面使用全区统一的协同办公平台'),(105,'5.6.1 全面使用全区统一的协同办公平台'),(106,'5.6.2 依托“宁政通”填表报数系统'),
  (107,'5.6.3 统筹整合区直各部门非涉密视频会议'),(116,'6.1 加强组织领导'),(25,'6.2 加大财政投入'),(118,'6.3 提升数字素养'),(121,'6.4 强化考核评价')]:
    c(t,sub)
key={
 'writer':'blind writer, round 291; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written':'2026-12-06','draft':'draft.txt','baseline':'ningxia-2023','build':None,'parents':['wuzhong'],
 'units':'units.txt','planYear':2024,'expect':E_,'mustNotFlag':M,'covers':C,
 'notes':('利通区 district plan (2024-03-18), numbered 1 / 1.1 / 1.1.1; the 任务分工表 (lines 96-117) names only the section each row takes up '
  '(2.1.4, 第3.2节, 3.3.1 …), so a row\'s deadline must be compared with the regional tasks that the referenced section\'s text takes up. '
  'Deadline mapping per row is in mustNotFlag/expect. The only 吴忠-only comparison is line 18 (2026 vs the 吴忠 plan\'s 到2025年 goal). '
  'units.txt is the district registry and includes a short list of 吴忠市 bodies the district reports to. '
  'Sections taking up regional tasks due 2023 (4.1.1, 4.3.1, 4.3.2, 5.2.1, 5.4.3) carry no deadline at all, on purpose.')
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(E_),len(M),len(C))
