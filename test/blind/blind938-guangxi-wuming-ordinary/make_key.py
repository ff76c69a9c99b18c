# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
T = "task numbers count the 43 inline （責任單位…完成時限…） notes of the 广西 实施意见 in order (see notes)"
expect = [
 {"rule":"basis-mismatch","line":7,"text":"桂政发〔2022〕13号","why":"the 广西 实施意见 (关于加强数字政府建设的实施意见, 2022-11-30) is 桂政发〔2022〕31号; 31 typed as 13"},
 {"rule":"deadline-later-than-baseline","line":40,"text":"2026年底","why":"12345 热线 is regional task 8 (持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the district gives 2026年底"},
 {"rule":"unknown-unit","line":44,"text":"区卫计局","why":"old name of the 卫生和计划生育局, abolished in the 2019 reform; units.txt has 区卫生健康局 (= 区卫健局) and no 区卫计局; the draft itself uses 区卫生健康局 elsewhere"},
 {"rule":"garbled-text","line":82,"text":"鍏呭垎鍙戞尌鏀垮姟","why":"UTF-8 bytes read as GBK: 鍏呭垎鍙戞尌鏀垮姟鏁版嵁鍏变韩鍗忚皟鏈哄埗 = 充分发挥政务数据共享协调机制"},
 {"rule":"deadline-invalid","line":89,"text":"2022年12月底前","why":"deadline before the plan's own year (issued 2023-07-14); regional task 37 (电子政务外网…专网整合迁移) is 持续开展, so this is not a copied regional date"},
 {"rule":"missing-pillar","line":0,"pillar":"政务公开","why":"the 广西 framework's 七个能力 end with （七）推进公开平台智能集约发展，提升政务公开水平; the draft's section 二 stops at （六）政务运行 and nowhere takes up 政策发布, 政策文件库, 政务新媒体, 政府网站 or 政民互动"},
 {"rule":"task-uncovered","line":0,"task":22,"why":"regional task 22 (优化政策信息数字化发布…, 各市人民政府, 2025年底) left out with the 政务公开 pillar"},
]
M = []
def m(rule,line,text,why): M.append({"rule":rule,"line":line,"text":text,"why":why})
m("unknown-unit",1,"各镇人民政府","collective addressee (the district's 13 镇), not a unit name")
m("basis-mismatch",2,"《南宁市武鸣区加强数字政府建设实施方案》","the document's own title in the 印发 notice, not a basis document")
m("basis-mismatch",7,"国发〔2022〕14号","correct 文号 and title of the national 指导意见")
m("basis-mismatch",10,"《南宁市武鸣区“数字政府”建设三年行动方案（2019—2021年）》","retrospective mention of the district's own earlier plan in the background, not cited as a basis")
m("deadline-invalid",4,"2023年7月14日","issue date of the notice")
m("deadline-invalid",10,"2019—2021年","period of an old plan in the background")
m("deadline-invalid",11,"2022年","past achievements in the background, not a deadline")
m("deadline-invalid",22,"到2023年底","local goal in the issue year itself (issued July 2023), not before it")
m("deadline-later-than-baseline",22,"到2023年底","local intermediate goal; the region's 主要目标 is 到2025年, this is earlier")
m("deadline-later-than-baseline",23,"到2024年底","local intermediate goal, earlier than the region's 到2025年")
m("deadline-later-than-baseline",24,"到2025年","same year as the region's goal 到2025年…数字政府体系框架基本形成")
m("deadline-later-than-baseline",25,"到2035年","same year as the region's 到2035年…基本建成")
m("deadline-later-than-baseline",31,"2025年底","regional task 3 (以一体化在线监管提升监管协同化水平) is 2025年底: equal")
m("deadline-later-than-baseline",31,"2023年底前","sub-milestone of task 3 (2025年底): earlier")
m("unknown-unit",31,"区直有关部门","collective subject")
m("unknown-unit",33,"公安分局","the 区 prefix distributes over the list: 区公安分局, an alias of 南宁市公安局武鸣分局 in units.txt")
m("unknown-unit",34,"南宁市公安局武鸣分局","listed as is in units.txt (the district's public security branch), not a city body and not to be split")
m("unknown-unit",37,"区直各部门（单位）","collective subject")
m("deadline-later-than-baseline",39,"2024年底前","dated milestone inside regional task 7 (持续开展): nothing later than the region")
m("unknown-unit",39,"残联","区 prefix distributes: 区残联 in units.txt")
m("deadline-later-than-baseline",41,"2025年底","regional task 9 (“智桂通”移动开放生态体系) is 2025年底: equal")
m("unknown-unit",41,"自治区大数据发展局","a regional body mentioned in prose (按照…统一部署), not a responsible unit or lead; the line's lead is 区大数据发展局")
m("unknown-unit",43,"区人力资源社会保障局","official short name of 区人力资源和社会保障局 (alias in units.txt)")
m("unknown-unit",44,"医保局","区 prefix distributes: 区医保局 (alias of 区医疗保障局); only 区卫计局 on this line is wrong")
m("unknown-unit",49,"南宁市武鸣生态环境局","real name of the vertically managed 生态环境 branch, in units.txt")
m("unknown-unit",58,"国安办","区委 prefix distributes: 区委国安办 in units.txt")
m("unknown-unit",60,"保密办","区委 prefix distributes: 区委保密办 in units.txt")
m("deadline-later-than-baseline",64,"2023年12月底前","milestone inside regional task 26 (提升安全保障能力, 持续开展): earlier")
m("unknown-unit",66,"科学技术局","区 prefix distributes: 区科学技术局 in units.txt")
m("unknown-unit",91,"国家税务总局南宁市武鸣区税务局","full official name, in units.txt; not to be split at 南宁市")
m("garbled-text",55,"“桂在行”","name of the 广西 智慧督查 system (in the regional text), not mojibake")
m("garbled-text",91,"“天地图·广西”","official platform name with a middle dot, not mojibake")
m("deadline-invalid",100,"2023年8月31日前","the office's own reporting date for work plans, after the issue date")
m("deadline-later-than-baseline",102,"2025年7月—12月","the office's own evaluation phase, within 2025; no task is later than the region")
m("deadline-invalid",109,"每年6月25日、12月10日前","the office's recurring reporting dates, not task deadlines")
m("deadline-invalid",137,"每年12月10日前","the office's own yearly reporting date for the project list")
m("deadline-later-than-baseline",101,"2023年9月—2025年6月","the office's own implementation phase, ends before the regional 2025年底")
m("unknown-unit",108,"区直各部门、各镇人民政府","collective subjects")
m("deadline-later-than-baseline",120,"2023年底","project for regional task 3 (2025年底): earlier")
m("deadline-later-than-baseline",124,"2025年12月底前","project for regional task 9 (2025年底): equal, written differently")
m("deadline-later-than-baseline",125,"2025年底","project for regional task 10 (智慧教育, 持续开展): a dated local milestone for an ongoing task is not later")
m("deadline-later-than-baseline",131,"2025年底","project for regional task 42 (数字社会/数字乡村, 持续开展): not later")
m("deadline-later-than-baseline",132,"2025年底","project for regional task 41 (数字经济, 持续开展): not later")
m("deadline-later-than-baseline",133,"长期坚持","project for regional task 26 (持续开展): same ongoing kind")
m("deadline-later-than-baseline",129,"2024年6月底前","IPv6 project for regional task 37 (持续开展): earlier; the body line 89 carries the planted invalid date, not this row")
m("unknown-unit",123,"各镇人民政府","collective subject in a table cell")
m("unknown-unit",134,"区直各部门（单位）","collective subject in a table cell")
covers = [(1,28),(2,30),(3,31),(4,33),(5,34),(6,35),(7,37),(8,40),(9,41),(10,42),(11,43),(12,44),(13,45),(14,46),(15,47),
          (16,49),(17,50),(18,51),(19,53),(20,54),(21,55),(23,58),(24,60),(25,62),(26,64),(27,66),(28,69),(29,71),(30,73),
          (31,75),(32,77),(33,80),(34,82),(35,84),(36,87),(37,89),(39,91),(41,94),(42,96),(43,98)]
key = {
 "writer":"blind writer, round 938; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":expect,
 "mustNotFlag":M,
 "covers":[{"task":t,"line":l} for t,l in covers],
 "notes":("Task numbers: the 广西 seed has no numbered list, so tasks are the 43 inline （責任單位：…。完成時限：…） notes of 桂政发〔2022〕31号 counted in order: "
          "1 经济调节; 2 智慧监管; 3 一体化在线监管 (2025年底); 4 网格治理; 5 治安防控; 6 智慧应急; 7 利企便民服务; 8 12345热线 (2025年底); 9 智桂通 (2025年底); "
          "10 教育; 11 人社; 12 医疗; 13 智慧工地; 14 体育; 15 康养; 16 生态环保; 17 自然资源; 18 绿色低碳; 19 辅助决策; 20 行政执行; 21 行政监督; "
          "22 政务公开 (2025年底); 23–27 安全（一）–（五）; 28–32 制度规则（一）–（五）; 33–35 数据资源（一）–（三）; 36 政务云; 37 电子政务外网; "
          "38 数据智能; 39 共性应用; 40 开放生态; 41 数字经济; 42 数字社会; 43 数字生态. All others are 持续开展. "
          "Tasks 38 (智能算法库/模型库) and 40 (开放生态支撑平台) are region-built platforms the district does not take up; not planted, not in expect. "
          "The issuing office is 南宁市武鸣区人民政府办公室, 2023-07-14; the 南宁 city plan is not cited (parent: none). "
          "Line 25 keeps the stock phrase 开放透明 from the regional 2035 goal; it is not 政务公开 content. "
          "Responsible-unit lists use the regional style: a 区 or 区委 prefix distributes over the units after it until the next comma.")
}
L = open('draft.txt',encoding='utf-8').read().split('\n')
bad = 0
for e in expect + M:
    if e["line"] and e.get("text") and e["text"] not in L[e["line"]-1]:
        print("MISMATCH", e); bad += 1
for t,l in covers:
    if "责任单位" not in L[l-1]: print("cover line without note", t, l); bad += 1
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)
print("lines", len(L)-1, "expect", len(expect), "mustNotFlag", len(M), "covers", len(covers), "bad", bad)
