# builds key.json and checks every line/text against draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(sub, nth=1):
    hits=[i+1 for i,l in enumerate(L) if sub in l]
    assert len(hits)>=nth, (sub,hits)
    return hits[nth-1]
def only(sub):
    hits=[i+1 for i,l in enumerate(L) if sub in l]
    assert len(hits)==1,(sub,hits); return hits[0]

expect=[
 {"rule":"basis-mismatch","line":only("宁政办发〔2023〕17号"),"text":"宁政办发〔2023〕17号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the draft gives it the 政府办公厅 series 宁政办发 (wrong 文号 for the title)"},
 {"rule":"deadline-later-than-baseline","line":only("到2026年"),"text":"2026年",
  "why":"主要目标: the region sets 到2025年 for the '34567' framework of 全区各级 to be 全面成型 (工作体制逐步健全、管理机制趋于成熟…); the district puts the same goal at 2026"},
 {"rule":"unknown-unit","line":only("区经信局"),"text":"区经信局",
  "why":"not in units.txt (old name; the registry has 区工业和信息化局 = 区工信局, which the task table row 3 for the same task uses); it is the lead unit of item 4 (task 3)"},
 {"rule":"deadline-invalid","line":only("2024年21月底前"),"text":"21月",
  "why":"impossible month (transposed 12月) in the note of item 17; the year 2024 itself equals tasks 112/114/115 (2024年)"},
 {"rule":"unknown-unit","line":only("自治区党委政法委牵头"),"text":"自治区党委政法委",
  "why":"regional body named as lead of a district task (copied from regional task 49, 责任单位 自治区党委政法委牵头); the district lead should be 区委政法委"},
 {"rule":"deadline-later-than-baseline","line":only("2025年6月底前"),"text":"2025年6月底前",
  "why":"table row 36 takes up task 93 (适老化与信息无障碍建设), 完成时限 2024年; the district gives 2025年6月底前"},
]

def D(line,text,why,rule="deadline-later-than-baseline"):
    assert text in L[line-1],(line,text)
    return {"rule":rule,"line":line,"text":text,"why":why}
def U(line,text,why,rule="unknown-unit"):
    assert text in L[line-1],(line,text)
    return {"rule":rule,"line":line,"text":text,"why":why}

t=lambda s: only(s)
mnf=[
 U(t("国发〔2022〕14号"),"国发〔2022〕14号","correct 文号 of 《国务院关于加强数字政府建设的指导意见》",rule="basis-mismatch"),
 U(t("宁政办发〔2023〕11号"),"宁政办发〔2023〕11号","《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan; title and number belong together",rule="basis-mismatch"),
 U(t("石嘴山市人民政府《关于加强数字政府建设的实施方案》"),"石嘴山市人民政府《关于加强数字政府建设的实施方案》","the parent city's plan cited by title alone, which DOMAIN describes as normal; not the 吴忠 plan and not a wrong title",rule="basis-mismatch"),
 U(t("宁政办发〔2020〕14号"),"宁政办发〔2020〕14号","retrospective mention in 工作基础 of the 2020 工作要点, with its correct title and number; not cited as a basis of this plan",rule="basis-mismatch"),
 U(2,"石大政办发〔2024〕9号","the notice's own 文号, not a cited basis",rule="basis-mismatch"),
 D(t("截至2023年底"),"2023年底","past date in the background (achievements 截至2023年底), not a deadline",rule="deadline-invalid"),
 D(t("截至2023年底"),"2023年底","past date in the background; not a deadline, so not compared with task 48/43"),
 D(6,"2024年3月18日","the notice's signing date",rule="deadline-invalid"),
 D(t("到2024年底"),"2024年底","主要目标 for 2024: 外网三级全覆盖 equals task 48 (2024年), 信创云迁移 equals task 43 (2024年建成，持续推进), 我的宁夏专区 equals task 86 (2024年); 组织机构健全 is earlier than task 64 (2025年)"),
 D(t("到2035年"),"2035年","equal to the region's 到2035年 goal"),
 D(33,"2024年底前","item 2 (厘清层级职责): no regional task of its own; earlier than tasks 64 and 81 (2025年)"),
 D(31,"2024年6月底前","item 1 takes up task 64 (各地参照自治区做法成立组织机构, 2025年): earlier. Regional task 60 (充实自治区推进数字政府建设领导小组, 2023年) is the region's own leadership group, not a district task"),
 D(89,"2024年6月底前","table row 1 = task 64 (2025年): earlier"),
 D(34,"2024年4月底前","the office's own 调度 mechanism (item 3); no regional task"),
 D(90,"2024年4月底前","table row 2, the office's own 调度 mechanism; no regional task"),
 D(t("每年9月底前"),"每年9月底前","the office's own recurring project-declaration date, not a task deadline"),
 D(38,"持续推进，2025年取得明显成效","item 4 = task 3 (持续推进，2025 年取得明显成效): equal"),
 D(41,"持续推进，2025年取得明显成效","item 5 = tasks 6, 9, 10 (持续推进，2025年取得明显成效): equal"),
 D(t("（牵头单位：区发展和改革局"),"2025年","item 6 = task 12 (2025年): equal"),
 D(t("强化审管协同"),"2024年底前","item 8 = task 21 (2024年) equal; task 22 (2025年) earlier"),
 D(t("推动区直部门业务数据向全区统一的人口"),"2024年底前","item 9 = tasks 33, 34, 41, 42 (all 2024年): equal"),
 D(t("推广应用全区统一电子证照"),"2024年底前","item 10 = tasks 43 (2024年建成，持续推进), 47, 48, 50, 53, 54 (2024年) equal; 49, 52 (2025年) earlier"),
 D(t("配合建设宁夏经济治理基础数据库"),"2024年底前","item 11 = task 65 (2024年) equal, task 66 (2025年) earlier"),
 D(t("推进“智慧应急”建设，完善"),"2024年底前","item 13 = tasks 77, 79, 80 (2024年) equal; 83 (2025年) earlier"),
 D(t("建设完善企业专属服务专栏，推动惠企政策精准推送、直达直享"),"2024年底前","item 14 = tasks 84, 86, 89, 90 (2024年) equal; 87 (2023年启动，2025年完成) earlier"),
 D(t("依托“宁政通”填表报数系统推动基层减负"),"2024年底前","item 16 = tasks 104, 105 (2024年) equal; 106, 107, 111 (2025年) earlier"),
 D(t("2024年21月底前"),"2024年21月底前","the year equals tasks 112, 114, 115 (2024年); only the month is wrong (see expect)"),
 D(t("2024年12月20日前"),"2024年12月20日前","the office's own reporting date for the annual summary, not a task deadline"),
 D(t("2025年1月底前"),"2025年1月底前","the office's own reporting date (annual report to the district government), not a task deadline"),
 D(t("深入推广应用国家智慧教育平台"),"持续推进，2025年取得明显成效","task 7 (2023年形成试点经验，2025年取得明显成效): the completing milestone 2025 is equal"),
 D(t("推进智慧城市建设，强化“一网统管”，推进城市生命线"),"2025年底前","task 9 (持续推进，2025年取得明显成效): same year"),
 D(t("推动各类行政权力事项依托全区行政许可"),"2024年","task 21 (2024年): equal"),
 D(t("推进“审管联动”机制常态化运行，实现"),"2024年底前","task 22 (2025年): earlier"),
 D(t("配合编制公共数据开放目录及相关责任清单"),"2024年9月底前","task 41 (2024年): earlier"),
 D(t("17.推进区本级非涉密政务信息系统向政务信创云迁移"),"2024年底前","task 43 (2024 年建成，持续推进): equal"),
 D(t("18.推进电子政务外网向社区"),"2024年10月底前","task 48 (2024 年): earlier"),
 D(t("20.依托全区统一的视频共享平台"),"2025年","task 49 (2025年): equal (the row's mistake is its lead unit)"),
 D(t("25.依托宁夏经济运行大数据平台"),"2024年","task 66 (2025年): earlier"),
 D(t("33.做优“我的宁夏”"),"2024年6月底前","task 86 (2024年): earlier"),
 D(t("42.整合区级非涉密视频会议"),"2024年底前","task 107 (2025年): earlier"),
 D(t("46.每年度制定数字政府建设重点任务考核指标"),"长期坚持","task 121 (长期坚持): equal"),
 D(86,"2024年","the task list's year in its title, not a deadline"),
 U(3,"各街道办事处","collective subject (addressees)"),
 U(31,"区直各部门（单位）","collective subject"),
 U(t("18.推进电子政务外网向社区"),"各街道（镇）","collective subject, defined in the table's own note (line 87)"),
 U(41,"城市管理综合执法局","prefix 区 distributes: 区城市管理综合执法局 is in units.txt"),
 U(t("25.依托宁夏经济运行大数据平台"),"统计局","prefix 区 distributes over 区发改局、统计局: 区统计局 is in units.txt"),
 U(t("28.推动矛盾纠纷多元化解"),"信访局","prefix 区 distributes over 区司法局、信访局: 区信访局"),
 U(t("15.推进供水、供热、燃气、公交"),"交通运输局","prefix 区 distributes: 区交通运输局"),
 U(t("配合建设宁夏经济治理基础数据库"),"区发改局","official short name of 区发展和改革局 in units.txt"),
 U(t("推广非现场、视频图像"),"区市场监管分局","short name of 石嘴山市市场监督管理局大武口区分局 in units.txt"),
 U(t("建立健全动态监控"),"区公安分局","short name of 石嘴山市公安局大武口区分局 in units.txt"),
 U(t("35.推进图书馆"),"区文旅体广局","short name of 区文化旅游体育广电局 in units.txt"),
 U(t("深化“互联网+城乡供水”应用，推进星海镇农村供水数字化管理。（"),"区生态环境分局","short name of 石嘴山市生态环境局大武口分局 in units.txt"),
 U(t("（牵头单位：区数字政府办"),"区数字政府办","short name of 区数字政府建设领导小组办公室 in units.txt"),
 U(t("按照自治区政府办公厅统一部署"),"自治区政府办公厅","regional body named as the source of a deployment in running text, not as the lead of a district task"),
 U(t("依托石嘴山市城市运行管理服务平台"),"石嘴山市城市运行管理服务平台","a platform, not a responsible unit"),
 U(t("主动向区委、区政府报告"),"区委、区政府","the district Party committee and government as report addressees, not responsible units"),
 U(t("抄送："),"区人大常委会办公室","抄送 line; the unit is in units.txt anyway"),
 U(t("8.推进星海镇数字乡村建设"),"星海镇人民政府","in units.txt"),
 {"rule":"missing-pillar","line":0,"pillar":"加强党对数字政府建设工作的全面领导","why":"covered by content in 三、保障措施: 组织领导 (line 75), 财政投入 (lines 76-77), 数字素养 (line 78), 考核评价 (line 79), and line 26 says 党的全面领导贯穿全过程"},
 {"rule":"missing-pillar","line":0,"pillar":"五个一和六级贯通","why":"section 二（一） (lines 29-35): 健全组织机构, 厘清层级职责, 完善工作机制"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"item 6 (lines 42-43): 数据要素市场, 网络综合治理"},
]
mnf=[m for m in mnf if m]
covers=[(3,91),(6,92),(7,93),(8,94),(9,95),(10,96),(12,97),(14,45),(17,46),(18,47),(21,98),(22,99),(23,100),
 (33,101),(34,51),(40,104),(41,102),(42,103),(43,105),(48,106),(49,108),(50,107),(53,109),(55,110),(56,111),(57,112),
 (64,89),(65,57),(66,113),(70,114),(71,115),(77,116),(79,117),(80,118),(83,119),(84,120),(86,121),(89,122),(90,123),
 (93,124),(94,125),(96,127),(97,126),(104,128),(105,128),(106,129),(107,130),(111,131),(112,132),(114,132),(115,133),
 (116,75),(121,134),(122,79)]
key={
 "writer":"blind writer, round 900; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt","also":[],"baseline":"ningxia-2023","build":None,"parents":[],"units":"units.txt","planYear":2024,
 "expect":expect,"mustNotFlag":mnf,
 "covers":[{"task":a,"line":b} for a,b in covers],
 "notes":"大武口区 (石嘴山市) 2024 实施方案 as an ordinary district office writes it: body measures with inline (牵头单位/配合单位/完成时限) notes and a 46-row task table (first column groups rows; empty first cell continues the group). The table's note says the first-listed unit leads. Six planted slips over four rules. Regional tasks whose 完成时限 is 2023 (14, 17, 18, 24, 30, 32, 60, 68, 72, 85) are either left out or mentioned only in undated text, so no district date is compared with a 2023 one. The 2024 goal and table rows were matched against the task list by content; where one row fits two tasks, the why names both."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(covers))
for a,b in covers: print('COV',a,b,L[b-1][:45])
for e in expect: print(e['rule'],e['line'],e['text'],'|',L[e['line']-1][:40])
