# helper kept in the case folder: writes key.json, resolving every line number from a unique substring of draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')[:-1]
def ln(s):
    r=[i+1 for i,l in enumerate(L) if s in l]
    assert len(r)==1,(s,r); return r[0]
def at(s,text):
    n=ln(s); assert text in L[n-1],(s,text); return n

expect=[
 {"rule":"basis-mismatch","line":at('《自治区人民政府关于加强数字政府建设的实施意见》','宁政办发〔2023〕17号'),"text":"宁政办发〔2023〕17号",
  "why":"the regional 实施意见 is 宁政发〔2023〕17号 (自治区人民政府, 2023-05-16); 宁政办发 is the 办公厅 series (cf. 宁政办发〔2023〕11号 in the same sentence), so the 文号 does not belong to the title"},
 {"rule":"deadline-later-than-baseline","line":at('开展城域网升级改造','2025年底'),"text":"2025年底",
  "why":"cites 自治区清单第48项 (城域网升级改造，区市县乡村5级全覆盖), whose 完成时限 is 2024 年; 2025年底 is a year later (and contradicts the draft's own 2024 goal on line 20)"},
 {"rule":"deadline-invalid","line":at('加强和规范“屏、端、仪”','2024年13月底前'),"text":"13月",
  "why":"impossible month; task 74 (完成时限 2024年) — meant 2024年12月底前"},
 {"rule":"unknown-unit","line":at('加快区级电子政务外网升级改造','区大数据管理局'),"text":"区大数据管理局",
  "why":"not in units.txt (the district body is 区大数据服务中心, used everywhere else in the draft); no alias maps to it"},
 {"rule":"garbled-text","line":at('统筹推进无纸化办公和电子文件归档工作','娣卞寲'),"text":"娣卞寲鐢靛瓙鏂囦欢绠＄悊",
  "why":"UTF-8 read as GBK: 深化电子文件管理，完善区级业务系统电子文件归档功能 (re-encode as GBK, decode as UTF-8)"},
 {"rule":"missing-pillar","line":0,"pillar":"政务公开",
  "why":"part 五 has only six abilities (经济调节 … 政务运行); no 政务公开 content anywhere (no 政务公开平台, 政策文件库, 政务新媒体, 政民互动), although the plan claims the \"1347\" framework whose 七种能力 include it; both the region (七个能力) and the city plan (五（七）) have it"},
 {"rule":"task-uncovered","line":0,"task":112,"why":"政务公开信息化平台 (各市、县（区）分别负责, 2024年) left out with the missing 政务公开 pillar"},
 {"rule":"task-uncovered","line":0,"task":114,"why":"政务新媒体矩阵 (各市、县（区）分别负责, 2024年) left out with the missing 政务公开 pillar"},
]

D='deadline-later-than-baseline'; U='unknown-unit'; B='basis-mismatch'; I='deadline-invalid'
mnf=[
 # basis
 {"rule":B,"line":ln('（国发〔2022〕14号）'),"text":"国发〔2022〕14号","why":"correct 文号 and title of the national 指导意见"},
 {"rule":B,"line":ln('（宁政办发〔2023〕11号）'),"text":"宁政办发〔2023〕11号","why":"《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 by the 吴忠 plan itself; correct, not the baseline"},
 {"rule":B,"line":ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'),"text":"吴忠市人民政府《关于加强数字政府建设的实施方案》","why":"the city plan cited by title alone, as it has no 文号; title correct (实施方案, 加强)"},
 {"rule":B,"line":ln('（宁政办发〔2020〕14号）'),"text":"宁政办发〔2020〕14号","why":"retrospective mention of the old 2020 工作要点 in 工作基础 (\"自2020年起对照…推进\"), correct title and 文号, not cited as a basis"},
 {"rule":B,"line":ln('“自治区清单第X项”为'),"text":"《全区数字政府建设重点任务清单（2023年—2025年）》","why":"exact title of 附件2 of the regional 实施意见"},
 # background / office dates
 {"rule":I,"line":ln('2023年12月底前，14个乡镇'),"text":"2023年12月底前","why":"past date in the 工作基础 background (already done), not a deadline of this plan"},
 {"rule":I,"line":ln('“一窗受理”改革于2023年6月'),"text":"2023年6月","why":"past event in the background"},
 {"rule":D,"line":ln('2025年1月15日前报送2024年度工作总结'),"text":"2025年1月15日前","why":"the office's own reporting date for the 2024 annual summary, not a task deadline"},
 {"rule":I,"line":ln('于每季度末月20日前'),"text":"每季度末月20日前","why":"recurring reporting date of the office"},
 # goals
 {"rule":D,"line":ln('到2024年底，区级政务信息系统全部迁移'),"text":"到2024年底","why":"2024 goals: 信创云 migration (tasks 43/46, 2024), 外网 full coverage (task 48, 2024), 我的宁夏 (86, 2024), 宁政通 (105, 2024) — all equal"},
 {"rule":D,"line":ln('到2024年底，区直各部门（单位）政务数据'),"text":"到2024年底","why":"tasks 33/34 are 2024年; task 29 is 2023年启动，2025年完成 — equal or earlier"},
 {"rule":D,"line":ln('到2025年，全区数字政府建设“1347”'),"text":"到2025年","why":"the city's 1347 framework and the region's 34567 framework are both 全面成型 到2025年 — equal"},
 {"rule":D,"line":ln('到2035年，与政府治理能力现代化'),"text":"到2035年","why":"same 2035 vision as region and city"},
 # task notes: equal / earlier, and 市方案 numbers that are not regional task numbers
 {"rule":D,"line":ln('（对应市方案第1项、自治区清单第64项'),"text":"2024年6月底前","why":"task 64 完成时限 2025年 — earlier; the wording resembles task 60 (2023年) but that is the 自治区 leading group, a regional-only task (自治区政府办公厅负责)"},
 {"rule":D,"line":ln('（对应市方案第2项；'),"text":"2024年9月底前","why":"city-only task (智库 use); no regional counterpart — tasks 62/63 (2023年) are regional-only tasks of 国资委/科技厅; 市方案第2项 is not regional task 2"},
 {"rule":D,"line":ln('（对应市方案第6项、自治区清单第2项'),"text":"2024年","why":"task 2: 2023 年启动，2024 年取得明显成效 — completing milestone equal"},
 {"rule":D,"line":ln('（对应市方案第11项、自治区清单第8项'),"text":"2025年","why":"task 8: 持续推进，2025年取得明显成效 — equal; 市方案第11项 is not regional task 11"},
 {"rule":D,"line":ln('（对应市方案第13项、自治区清单第7项'),"text":"2025年取得明显成效","why":"task 7: 2023年形成试点经验，2025年取得明显成效 — completing milestone equal; 市方案第13项 ≠ regional task 13 (2024年)"},
 {"rule":D,"line":ln('（对应市方案第14项、自治区清单第10项'),"text":"持续推进，2025年取得明显成效","why":"task 10 identical; 市方案第14项 ≠ regional task 14 (2023年)"},
 {"rule":D,"line":ln('（对应市方案第15项、自治区清单第11项'),"text":"2025年取得明显成效","why":"task 11: 2023年完成主要建设任务，2025年取得明显成效 — completing milestone equal"},
 {"rule":D,"line":ln('（对应市方案第16项、自治区清单第12项'),"text":"2025年","why":"task 12: 2025年 — equal; 市方案第16项 ≠ regional task 16 (2024年)"},
 {"rule":D,"line":ln('（对应市方案第24项、自治区清单第28项'),"text":"2024年启动，2025年取得明显成效","why":"task 28: 2023年启动，2025年取得明显成效 — start later but the completing milestone (2025) is equal"},
 {"rule":D,"line":ln('（对应市方案第25项；'),"text":"2024年","why":"city-only note (standards); matches task 27 (2024年) at most — equal; 市方案第25项 ≠ regional task 25 (2023年)"},
 {"rule":D,"line":ln('（对应市方案第30项、自治区清单第41项'),"text":"2024年","why":"task 41: 2024年 — equal; 市方案第30项 ≠ regional task 30 (2023年)"},
 {"rule":D,"line":ln('（对应市方案第31项、自治区清单第43项、第46项'),"text":"2024年底前完成迁移，持续推进","why":"task 43: 2024 年建成，持续推进; task 46: 2024 年 — equal"},
 {"rule":D,"line":ln('（对应市方案第34项、自治区清单第52项、第53项'),"text":"2024年","why":"task 52: 2025年 (earlier), task 53: 2024年 (equal)"},
 {"rule":D,"line":ln('（对应市方案第35项、自治区清单第49项、第81项'),"text":"2025年","why":"tasks 49 and 81: 2025年 — equal; 市方案第35项 ≠ regional task 35 (2024年)"},
 {"rule":D,"line":ln('（对应市方案第36项、自治区清单第56项'),"text":"2025年6月底前","why":"task 56: 2025年 — earlier"},
 {"rule":D,"line":ln('（对应市方案第41项、自治区清单第66项'),"text":"2025年","why":"task 66: 2025年 — equal; 市方案第41项 ≠ regional task 41 (2024年)"},
 {"rule":D,"line":ln('（对应市方案第51项、自治区清单第86项'),"text":"2024年","why":"task 86: 2024年 — equal; 市方案第51项 ≠ regional task 51 (2023 年)"},
 {"rule":D,"line":ln('（对应市方案第53项、自治区清单第87项'),"text":"2025年","why":"task 87: 2023年启动，2025年完成 — equal; 市方案第53项 ≠ regional task 53 (2024年)"},
 {"rule":D,"line":ln('（对应市方案第57项、自治区清单第93项'),"text":"2024年9月底前","why":"task 93: 2024年 — earlier"},
 {"rule":D,"line":ln('（对应市方案第59项、自治区清单第96项'),"text":"2024年底","why":"task 96: 2025年 — earlier"},
 {"rule":D,"line":ln('（对应市方案第62项、自治区清单第102项'),"text":"2025年","why":"task 102: 2025年 — equal; 市方案第62项 ≠ regional task 62 (2023年)"},
 {"rule":D,"line":ln('（对应市方案第65项、自治区清单第106项'),"text":"2025年6月底前","why":"task 106: 2025年 — earlier; 市方案第65项 ≠ regional task 65 (2024年)"},
 {"rule":D,"line":ln('（对应市方案第67项、自治区清单第108项'),"text":"持续推进，2024年取得明显成效","why":"task 108: 长期推进，2024年取得明显成效 — equal"},
 {"rule":D,"line":ln('（对应市方案第68项、自治区清单第111项'),"text":"2025年","why":"task 111: 2025年 — equal; 市方案第68项 ≠ regional task 68 (2023年)"},
 {"rule":D,"line":ln('（对应市方案第70项、自治区清单第121项'),"text":"长期坚持","why":"task 121: 长期坚持 — equal"},
 # units
 {"rule":U,"line":ln('（对应市方案第1项、自治区清单第64项'),"text":"区政府办","why":"official short name of 区人民政府办公室 in units.txt"},
 {"rule":U,"line":ln('（对应市方案第1项、自治区清单第64项'),"text":"各乡镇人民政府","why":"collective subject (with 各街道办事处)"},
 {"rule":U,"line":ln('（对应市方案第3项；'),"text":"各乡镇（街道）","why":"collective subject"},
 {"rule":U,"line":ln('（对应市方案第4项；'),"text":"区直各部门（单位）","why":"collective subject"},
 {"rule":U,"line":ln('（对应市方案第9项、自治区清单第5项'),"text":"区公安分局","why":"listed short name of 吴忠市公安局利通区分局"},
 {"rule":U,"line":ln('（对应市方案第7项、自治区清单第3项'),"text":"利通生态环境分局","why":"listed short name of 吴忠市生态环境局利通分局"},
 {"rule":U,"line":ln('（对应市方案第36项、自治区清单第56项'),"text":"教育局","why":"prefix 区 of 区财政局 distributes: 区教育局, 区卫健局 (alias of 区卫生健康局), 区自然资源局"},
 {"rule":U,"line":ln('（对应市方案第44项、自治区清单第73项'),"text":"区直有关部门","why":"collective subject"},
 {"rule":U,"line":ln('（对应市方案第49项、自治区清单第83项'),"text":"各村（社区）","why":"collective subject"},
 {"rule":U,"line":ln('（对应市方案第21项、自治区清单第21项'),"text":"区审批局","why":"listed short name of 区审批服务管理局"},
 {"rule":U,"line":ln('（对应市方案第11项、自治区清单第8项'),"text":"区人民医院","why":"listed in units.txt"},
 # garbled / pillars
 {"rule":"garbled-text","line":ln('“易办·吴优”'),"text":"易办·吴优","why":"the city's real service brand with a middle dot, not mojibake"},
 {"rule":"missing-pillar","line":0,"pillar":"五个一","why":"taken up by 二、完善“一套体系” (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), lines 26–35, as in the 吴忠 plan"},
 {"rule":"missing-pillar","line":0,"pillar":"六级贯通","why":"二（二）厘清层级职责 on line 32 takes up the 六级贯通 层级架构 explicitly"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"三（三）营造良好数字生态, lines 52–55"},
]

covers=[]
def cv(task,s): covers.append({"task":task,"line":ln(s)})
cv(64,'（对应市方案第1项、自治区清单第64项'); cv(2,'自治区清单第2项；'); cv(3,'自治区清单第3项；'); cv(5,'自治区清单第5项；')
cv(6,'自治区清单第6项；'); cv(8,'自治区清单第8项；'); cv(9,'自治区清单第9项；'); cv(7,'自治区清单第7项；')
cv(10,'自治区清单第10项；'); cv(11,'自治区清单第11项；'); cv(12,'自治区清单第12项；')
cv(14,'强化安全管理责任。各乡镇'); cv(15,'强化安全管理责任。各乡镇'); cv(18,'提升安全防护能力。')
cv(21,'自治区清单第21项；'); cv(23,'自治区清单第23项；'); cv(28,'自治区清单第28项；')
cv(33,'自治区清单第33项、第34项'); cv(34,'自治区清单第33项、第34项'); cv(42,'自治区清单第42项；'); cv(40,'自治区清单第40项、第54项')
cv(41,'自治区清单第41项；'); cv(43,'自治区清单第43项、第46项'); cv(46,'自治区清单第43项、第46项'); cv(47,'自治区清单第47项；')
cv(48,'自治区清单第48项；'); cv(53,'自治区清单第52项、第53项'); cv(49,'自治区清单第49项、第81项'); cv(81,'自治区清单第49项、第81项')
cv(56,'自治区清单第56项；'); cv(57,'自治区清单第57项；'); cv(58,'自治区清单第58项；'); cv(66,'自治区清单第66项；')
cv(71,'自治区清单第71项；'); cv(73,'自治区清单第73项；'); cv(74,'自治区清单第74项；'); cv(77,'自治区清单第77项；')
cv(79,'自治区清单第79项；'); cv(80,'自治区清单第80项；'); cv(83,'自治区清单第83项；'); cv(84,'自治区清单第84项；')
cv(86,'自治区清单第86项；'); cv(92,'自治区清单第92项；'); cv(87,'自治区清单第87项；'); cv(88,'自治区清单第88项；')
cv(89,'自治区清单第89项；'); cv(90,'自治区清单第90项；'); cv(93,'自治区清单第93项；'); cv(94,'自治区清单第94项；')
cv(96,'自治区清单第96项；'); cv(98,'自治区清单第98项；'); cv(100,'自治区清单第100项；'); cv(102,'自治区清单第102项；')
cv(104,'自治区清单第104项；'); cv(105,'自治区清单第105项；'); cv(106,'自治区清单第106项；'); cv(107,'自治区清单第107项；')
cv(108,'自治区清单第108项；'); cv(111,'自治区清单第111项；'); cv(116,'纳入“一把手工程”'); cv(121,'自治区清单第121项；')
cv(123,'考核结果作为领导班子'); cv(124,'建立容错和奖惩机制')

key={
 "writer":"blind writer, round 948; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-08",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":["wuzhong"],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":covers,
 "notes":("利通区2024年数字政府建设实施方案 (区政府办公室, 2024-03-20). Every task note cites two numbers: 市方案第X项 is the item number in the 吴忠 city task list (附件2 of the city plan, not in the seed text, so it cannot be checked and must not be read as a regional task number; many X were chosen so that regional task X would have an earlier deadline than the note), and 自治区清单第Y项 is the regional task number, against which the 完成时限 is compared. "
          "The draft states that the first-listed unit leads. Regional tasks whose 完成时限 is 2023 (14, 15, 17, 18, 24, 25, 30–32, 36, 116, 118, 122–124) are taken up only in plain paragraphs without a date, so no 2024 date is set against a 2023 deadline. "
          "Task 115 (12345 as hub of 政民互动) is also not taken up; line 107 takes up task 87 (12345 一呼即应/接诉即办) only, so it is left out of expect and covers. Task 54 is cited on the garbled line 73 but its text there is damaged, so it is not in covers.")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(covers))
