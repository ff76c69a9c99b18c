# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def chk(line, text):
    if line and text:
        assert text in L[line-1], (line, text, L[line-1][:80])

T = "T = 2024-05-20 (印发日期, line 6). "
expect = [
 {"rule":"deadline-later-than-baseline","line":73,"text":"T+1年",
  "why":T+"T+1年 = by 2025-05-20. Row 7 is task 40 (电子公文管理职责、电子公文档案数据共享利用长效机制), 完成时限 2024年 (the other e-document task, 54, is also 2024年). Runs ~5 months past the region."},
 {"rule":"deadline-later-than-baseline","line":76,"text":"T+18个月",
  "why":T+"T+18个月 = by 2025-11-20. Row 10 is task 48 (城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展), 完成时限 2024年 (neighbouring task 47 外网升级改造 is also 2024年). Runs ~11 months past the region."},
 {"rule":"deadline-later-than-baseline","line":17,"text":"2026年",
  "why":"主要目标: the region's goal 到2025年 全区各级数字政府建设“34567”体系框架全面成型 (工作体制逐步健全、管理机制趋于成熟…) is restated for the district with 到2026年 — one year later for the same goal."},
 {"rule":"deadline-invalid","line":94,"text":"13月",
  "why":"2024年13月底前 is an impossible month (slip for 12月). Row 28 is task 111 (机关事务管理信息系统整合), 完成时限 2025年, so the year itself is not later than the region."},
 {"rule":"unknown-unit","line":96,"text":"区网信局",
  "why":"No such district unit; units.txt has 区委网信办 (= 区委网络安全和信息化委员会办公室). Slip for the Party-committee office."},
 {"rule":"basis-mismatch","line":9,"text":"宁政办发〔2023〕17号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府, not 办公厅); 宁政办发 was copied from the neighbouring 1244+N citation."},
 {"rule":"garbled-text","line":39,"text":"寤虹珛鍋ュ叏",
  "why":"UTF-8 bytes read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立健全政务数据供需对接机制 (task 36 wording)."},
]

D = "deadline-later-than-baseline"
def ok(line, text, task, reg, calc):
    return {"rule":D,"line":line,"text":text,"why":f"{calc}; task {task} 完成时限 {reg} — not later"}
mnf = [
 {"rule":D,"line":16,"text":"2024年底","why":"2024 goal (一网通办/一网统管/一网协同 capability, 我的宁夏 兴庆专区 and 宁政通 rolled out) is none of the region's 到2023年底 goals; it matches tasks 86 and 105 (both 2024年) — equal; 一网统管 is task 9 (2025) — earlier"},
 {"rule":D,"line":18,"text":"2035年","why":"same as the region's 到2035年 goal — equal"},
 {"rule":D,"line":65,"text":"T+3个月","why":"the note's own explanatory examples (T+3个月, T+1年), not a deadline of any task"},
 {"rule":D,"line":67,"text":"持续推进","why":"task 6 完成时限 持续推进，2025年取得明显成效 — ongoing, no later milestone"},
 {"rule":D,"line":69,"text":"持续推进","why":"task 10 完成时限 持续推进，2025年取得明显成效 — ongoing, no later milestone"},
 ok(68,"T+18个月",9,"持续推进，2025年取得明显成效","T+18个月 = 2025-11-20, within 2025"),
 ok(70,"T+6个月",21,"2024年","T+6个月 = 2024-11-20, within 2024"),
 ok(71,"T+18个月",28,"2023年启动，2025年取得明显成效","T+18个月 = 2025-11-20, within 2025"),
 ok(72,"2024年底前","33/34","2024年","equal"),
 ok(74,"T+6个月",41,"2024年","T+6个月 = 2024-11-20, within 2024"),
 ok(75,"T+6个月","46 (and 43: 2024年建成，持续推进)","2024年","T+6个月 = 2024-11-20, within 2024"),
 ok(77,"T+1年",49,"2025年","T+1年 = 2025-05-20, within 2025"),
 ok(78,"2024年底前",50,"2024年","equal"),
 ok(79,"2024年10月底前",54,"2024年","earlier than the region"),
 ok(80,"T+3个月",64,"2025年","T+3个月 = 2024-08-20 (row follows task 64 各地各部门参照自治区做法成立相应组织机构, not task 60 which is the 自治区 leading group)"),
 ok(81,"T+1年",66,"2025年","T+1年 = 2025-05-20, within 2025"),
 ok(82,"2024年底前","70/71","2024年","equal"),
 ok(83,"T+6个月",77,"2024年","T+6个月 = 2024-11-20, within 2024"),
 ok(84,"2024年底前",79,"2024年","equal"),
 ok(85,"T+1年",83,"2025年","T+1年 = 2025-05-20, within 2025"),
 ok(86,"2024年底前",84,"2024年","equal"),
 ok(87,"T+6个月",86,"2024年","T+6个月 = 2024-11-20, within 2024"),
 ok(88,"T+18个月",92,"2025年","T+18个月 = 2025-11-20, within 2025"),
 ok(89,"T+6个月",93,"2024年","T+6个月 = 2024-11-20, within 2024"),
 ok(90,"T+18个月",95,"2025年","T+18个月 = 2025-11-20, within 2025 (row wording is task 95 大气、水、土壤…数据资源综合开发利用, not task 94)"),
 ok(91,"2025年底前",96,"2025年","equal"),
 ok(92,"T+6个月","104/105","2024年","T+6个月 = 2024-11-20, within 2024"),
 ok(93,"T+1年",106,"2025年","T+1年 = 2025-05-20, within 2025"),
 {"rule":D,"line":94,"text":"13月","why":"2024年13月 is an invalid date (expected as deadline-invalid), but its year 2024 is before task 111's 2025年 — not a late deadline"},
 ok(95,"2024年底前",112,"2024年","equal"),
 ok(96,"T+6个月",114,"2024年","T+6个月 = 2024-11-20, within 2024"),
 {"rule":D,"line":97,"text":"长期坚持","why":"task 121 完成时限 长期坚持 — equal"},
 {"rule":"deadline-invalid","line":6,"text":"2024年5月20日","why":"the issue date (T itself)"},
 {"rule":"deadline-invalid","line":14,"text":"2022年底前","why":"past achievement in the 发展基础 background, not a deadline"},
 {"rule":"deadline-invalid","line":14,"text":"2023年","why":"past statistics in the background (2023年 网上可办率), not a deadline"},
 {"rule":"deadline-invalid","line":61,"text":"12月20日","why":"the office's own half-yearly reporting dates (6月25日、12月20日)"},
 {"rule":"deadline-invalid","line":65,"text":"T+1年","why":"the note's explanatory examples of the notation"},
 {"rule":"unknown-unit","line":3,"text":"街道办事处","why":"addressee collective 各乡镇人民政府、街道办事处，区直各部门（单位）"},
 {"rule":"unknown-unit","line":33,"text":"自治区政府办公厅","why":"regional unit (in the baseline) named as the counterpart the district assists, not as lead of a local task"},
 {"rule":"unknown-unit","line":58,"text":"区委、区政府","why":"the district Party committee and government themselves, not a department"},
 {"rule":"unknown-unit","line":60,"text":"区委党校","why":"in units.txt; 宁夏干部教育培训网络学院 on the same line is a training platform, not a responsible unit"},
 {"rule":"unknown-unit","line":67,"text":"卫生健康局","why":"prefix 区 distributes: 区卫生健康局、区民政局、区文化旅游体育局 are in units.txt; 各街道办事处 is a collective"},
 {"rule":"unknown-unit","line":69,"text":"掌政镇","why":"掌政镇、大新镇 are listed short names; 月牙湖乡人民政府 is canonical"},
 {"rule":"unknown-unit","line":71,"text":"区直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":76,"text":"街道办事处","why":"各乡镇人民政府、街道办事处 — the 各 covers both; collective"},
 {"rule":"unknown-unit","line":80,"text":"区委编办","why":"in units.txt; 各乡镇（街道） is a collective"},
 {"rule":"unknown-unit","line":81,"text":"区发改局","why":"listed short name of 区发展和改革局; 商务局 takes the 区 prefix (区商务局, in units.txt)"},
 {"rule":"unknown-unit","line":84,"text":"兴庆公安分局","why":"listed short name of 银川市公安局兴庆区分局"},
 {"rule":"unknown-unit","line":85,"text":"各村（社区）","why":"collective subject"},
 {"rule":"unknown-unit","line":87,"text":"区审批局","why":"listed short name of 区行政审批服务局"},
 {"rule":"unknown-unit","line":90,"text":"兴庆生态环境分局","why":"listed short name of 银川市生态环境局兴庆分局"},
 {"rule":"unknown-unit","line":61,"text":"区数字政府建设领导小组办公室","why":"in units.txt"},
 {"rule":"basis-mismatch","line":2,"text":"兴政办发〔2024〕31号","why":"the notice's own document number, not a cited basis document"},
 {"rule":"basis-mismatch","line":9,"text":"国发〔2022〕14号","why":"correct title and number of the national guiding opinion"},
 {"rule":"basis-mismatch","line":9,"text":"宁政办发〔2023〕11号","why":"correct: 《数字宁夏“1244+N”行动计划实施方案》 is cited with the same number in the 吴忠 plan"},
 {"rule":"basis-mismatch","line":14,"text":"宁政办发〔2020〕14号","why":"retrospective mention of the 2020 工作要点 in the background, with its correct title; not cited as a basis"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"line 24 营造良好数字生态 (data-element market, data trading rules, network ecology)"},
 {"rule":"missing-pillar","line":0,"pillar":"五个一","why":"lines 45-48: 健全组织机构/厘清层级职责/完善工作机制 (五个一 and 六级贯通 adapted to a district)"},
 {"rule":"missing-pillar","line":0,"pillar":"财政投入","why":"line 59 加大财政投入"},
 {"rule":"missing-pillar","line":0,"pillar":"政务公开","why":"line 56 and rows 29-30"},
]
for e in expect + mnf:
    chk(e["line"], e.get("text"))

covers = [
 (3,22),(5,22),(6,67),(7,23),(8,23),(9,68),(10,69),(12,24),(13,24),(14,27),(15,27),(17,28),(18,29),
 (20,32),(21,70),(23,33),(24,33),(26,34),(28,71),(30,37),(32,37),(33,72),(34,38),(40,73),(41,74),(42,40),
 (46,75),(48,76),(49,77),(50,78),(54,79),(64,80),(65,50),(66,81),(67,50),(70,82),(71,82),(73,51),(74,51),
 (77,83),(79,84),(80,52),(83,85),(84,86),(85,53),(86,87),(88,53),(89,53),(92,88),(93,89),(95,90),(96,91),(102,54),
 (104,92),(105,92),(106,93),(107,55),(111,94),(112,95),(114,96),(115,56),(116,58),(25,59),(118,60),(121,97),(122,61),(123,61),(124,61),
]
key = {
 "writer":"blind writer, round 365; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":[{"task":t,"line":l} for t,l in covers],
 "notes":("District (县级) plan of 银川市兴庆区 issued 2024-05-20, checked against ningxia-2023 with no parent. "
          "Task-list 完成时限 use the office notation defined in the note on line 65: T = 印发之日 = 2024-05-20 (line 6); "
          "T+3个月 = 2024-08-20, T+6个月 = 2024-11-20, T+1年 = 2025-05-20, T+18个月 = 2025-11-20. A regional 完成时限 '2024年' means by 2024-12-31. "
          "Only T+1年 and T+18个月 on 2024 tasks (lines 73, 76) run past the region; the same T+ values on 2025 tasks do not. "
          "Tasks whose regional deadline is 2023 are deliberately kept out of the dated table."),
}
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
