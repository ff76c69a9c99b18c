# Builds key.json and checks every line/text pair against draft.txt (1-based lines).
import json
ls = open('draft.txt', encoding='utf-8').read().split('\n')

expect = [
  {"rule": "basis-mismatch", "line": 17, "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (seed gazette); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
  {"rule": "deadline-later-than-baseline", "line": 25, "text": "2026年",
   "why": "主要目标: the framework is to be 全面成型 by 2026; the region's goal (宁政发〔2023〕17号 主要目标) is 到2025年 …“34567”体系框架全面成型 and the parent 吴忠 plan's is 到2025年 …“1347”体系框架全面成型"},
  {"rule": "deadline-later-than-baseline", "line": 75, "text": "2025年6月底前",
   "why": "宁政通 移动办公总门户 covering 区市县乡村: task 105, 完成时限 2024年 (the draft's own 附件2 row 28, line 118, says 2024年)"},
  {"rule": "deadline-invalid", "line": 49, "text": "2024年11月31日",
   "why": "impossible date, November has 30 days (task 40, 完成时限 2024年; not later, only invalid)"},
  {"rule": "unknown-unit", "line": 48, "text": "市数据资源局",
   "why": "no such unit in units.txt (青铜峡's data work sits with 市政府办公室 / 市大数据服务中心)"},
  {"rule": "unknown-unit", "line": 107, "text": "自治区党委政法委",
   "why": "regional body named as the lead (牵头单位 column) of a local task in the county's 分解表 — copied from task 49 (自治区党委政法委牵头负责, 2025年); the local lead should be 市委政法委"},
  {"rule": "garbled-text", "line": 72, "text": "鎺ㄨ繘姘存皵",
   "why": "UTF-8 read as GBK: 鎺ㄨ繘姘存皵鍦熷簾姹℃煋闃叉不鏀诲潥 re-encodes to 推进水气土废污染防治攻坚(战)"},
  {"rule": "task-uncovered", "line": 0, "task": 93,
   "why": "deliberately left out: 适老化与信息无障碍建设 (自治区各部门(单位)及各市、县(区)按照职能分别负责, 2024年) appears nowhere in the draft"},
]

mnf = [
  # the notice's own apparatus
  {"rule": "basis-mismatch", "line": 2, "text": "青政办发〔2024〕27号", "why": "the 文号 of this notice itself, not a cited basis document"},
  {"rule": "basis-mismatch", "line": 3, "text": "加快推进数字政府建设", "why": "the draft's own title (青铜峡市加快推进数字政府建设实施方案), not a citation of the region's 加强 document"},
  {"rule": "basis-mismatch", "line": 16, "text": "青铜峡市加快推进数字政府建设实施方案", "why": "own title heading of 附件1, not a basis citation"},
  {"rule": "basis-mismatch", "line": 17, "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
  {"rule": "basis-mismatch", "line": 17, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 cited exactly as the 吴忠 plan cites it"},
  {"rule": "basis-mismatch", "line": 17, "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》", "why": "parent city plan cited by its exact title without 文号, as DOMAIN allows"},
  {"rule": "basis-mismatch", "line": 22, "text": "宁政办发〔2020〕14号", "why": "retrospective mention in 发展基础 (since the 2020 工作要点 was issued…), correct title and 文号, not cited as a basis"},
  {"rule": "deadline-invalid", "line": 22, "text": "2023年", "why": "past date in the background (2023年，市域社会治理指挥中心建成运行), not a deadline"},
  {"rule": "deadline-later-than-baseline", "line": 7, "text": "每季度末月25日前", "why": "the office's own quarterly reporting instruction, not a task deadline"},
  {"rule": "deadline-later-than-baseline", "line": 7, "text": "2024年12月20日", "why": "the notice's own date for the annual summary (and the 2025年工作打算 it asks for), not a task deadline"},
  {"rule": "deadline-invalid", "line": 8, "text": "0953-3062025", "why": "contact phone number, not a date"},
  {"rule": "deadline-invalid", "line": 13, "text": "2024年3月28日", "why": "成文日期 of the notice"},
  {"rule": "deadline-invalid", "line": 136, "text": "2024年3月29日", "why": "印发日期 in the 版记"},
  {"rule": "unknown-unit", "line": 4, "text": "各乡镇人民政府、街道办事处", "why": "主送 collective; 各 covers both 乡镇人民政府 and 街道办事处"},
  {"rule": "unknown-unit", "line": 4, "text": "市政府各部门、各直属机构", "why": "主送 collective"},
  {"rule": "unknown-unit", "line": 135, "text": "市委各部门", "why": "抄送 collective, not a responsible unit"},
  {"rule": "unknown-unit", "line": 135, "text": "市人大常委会办公室", "why": "抄送 recipient, not a responsible unit"},
  {"rule": "unknown-unit", "line": 135, "text": "市政协办公室", "why": "抄送 recipient, not a responsible unit"},
  {"rule": "unknown-unit", "line": 135, "text": "市纪委监委", "why": "抄送 recipient, not a responsible unit"},
  {"rule": "unknown-unit", "line": 135, "text": "市人民法院", "why": "抄送 recipient, not a responsible unit"},
  {"rule": "unknown-unit", "line": 135, "text": "市人民检察院", "why": "抄送 recipient, not a responsible unit"},
  {"rule": "unknown-unit", "line": 135, "text": "市人武部", "why": "抄送 recipient, not a responsible unit"},
  {"rule": "deadline-later-than-baseline", "line": 129, "text": "2024年12月底前", "why": "填报示例 sample value in the 附件3 template (task 104 协同办公, 完成时限 2024年: equal anyway)"},
  {"rule": "deadline-later-than-baseline", "line": 129, "text": "2024年9月底前", "why": "填报示例 sample 下步计划; earlier than task 104's 2024年"},
  {"rule": "deadline-invalid", "line": 129, "text": "2024年6月20日", "why": "填报示例 sample progress date (截至…)"},
  {"rule": "deadline-invalid", "line": 133, "text": "2024年6月25日", "why": "sample 填报时间 in the template's 填报说明; also repeats the 每季度末月25日前 reporting rule"},
  {"rule": "deadline-invalid", "line": 127, "text": "年　　月　　日", "why": "blank date field of the template"},
  {"rule": "deadline-later-than-baseline", "line": 24, "text": "到2024年底", "why": "goals equal to the region: 外网 村级全覆盖 task 48 (2024年), 信创云迁移 task 43 (2024年建成，持续推进), 我的宁夏 应上尽上 task 86 (2024年); 1347 基本建立 is earlier than the parent's 2025 全面成型"},
  {"rule": "deadline-later-than-baseline", "line": 26, "text": "到2035年", "why": "equal to the region's and the parent's 2035 goal"},
  {"rule": "deadline-later-than-baseline", "line": 28, "text": "2024年6月底前", "why": "task 64 (各地各部门参照自治区做法成立相应的组织机构) is due 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": 91, "text": "2024年6月底前", "why": "task 64, 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": 32, "text": "持续推进，2025年取得明显成效", "why": "task 3 智慧园区, 持续推进，2025年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": 33, "text": "2024年底前", "why": "task 2 产业云, 2023年启动，2024年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": 35, "text": "2025年取得明显成效", "why": "task 11 数字供销, 2023年完成主要建设任务，2025年取得明显成效; task 10 数字乡村 持续推进，2025年取得明显成效: equal"},
  {"rule": "deadline-later-than-baseline", "line": 43, "text": "2024年底前", "why": "task 21 (2024年) equal; task 22 审管协同 (2025年) earlier"},
  {"rule": "deadline-later-than-baseline", "line": 75, "text": "2024年底前", "why": "second note on the line: 填表报数 task 106 is due 2025年, earlier (only the 宁政通 note 2025年6月底前 on this line is wrong)"},
  {"rule": "deadline-later-than-baseline", "line": 120, "text": "2024年底前", "why": "task 106 填表报数, 2025年: earlier"},
  {"rule": "deadline-later-than-baseline", "line": 118, "text": "2024年", "why": "task 105 宁政通, 2024年: equal (the inline note on line 75 is the late one)"},
  {"rule": "deadline-later-than-baseline", "line": 104, "text": "2024年", "why": "task 40 电子公文 / task 54, 2024年: equal"},
  {"rule": "deadline-later-than-baseline", "line": 107, "text": "2025年", "why": "task 49 视频一张网, 2025年: equal (only the row's lead unit is wrong)"},
  {"rule": "deadline-later-than-baseline", "line": 115, "text": "2025年", "why": "task 87 12345热线, 2023年启动，2025年完成: equal"},
  {"rule": "deadline-later-than-baseline", "line": 124, "text": "长期坚持", "why": "task 121, 长期坚持: equal"},
  {"rule": "deadline-invalid", "line": 41, "text": "2023年形成机制，长期坚持", "why": "copied regional deadline of task 18; lies before the plan's year but is the region's own wording"},
  {"rule": "deadline-invalid", "line": 100, "text": "2023年形成机制，长期坚持", "why": "copied regional deadline of task 18"},
  {"rule": "deadline-invalid", "line": 99, "text": "2023年", "why": "copied regional deadline of task 14 (2023年), before the plan's year"},
  {"rule": "deadline-invalid", "line": 92, "text": "2023年完成并长期坚持", "why": "copied regional deadline of task 116"},
  {"rule": "deadline-invalid", "line": 123, "text": "2023年完成并长期坚持", "why": "copied regional deadline of task 118"},
  {"rule": "unknown-unit", "line": 52, "text": "自治区政府办公厅", "why": "regional body named only as the source of the 统一部署, not as a responsible unit; the note's lead is 市政府办公室"},
  {"rule": "unknown-unit", "line": 32, "text": "吴忠市生态环境局青铜峡分局", "why": "in units.txt (the city bureau's branch in 青铜峡)"},
  {"rule": "unknown-unit", "line": 68, "text": "市工信商务局", "why": "registered short name of 市工业信息化和商务局; 市审批局 and 市发改局 on the same line are registered short names too"},
  {"rule": "unknown-unit", "line": 59, "text": "市卫健局", "why": "registered short name of 市卫生健康局; 市市场监管局 likewise"},
  {"rule": "unknown-unit", "line": 64, "text": "各村（社区）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 43, "text": "市直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 28, "text": "市直各部门（单位）", "why": "collective subject; 各乡镇人民政府、街道办事处 on the same line is a collective as well"},
  {"rule": "unknown-unit", "line": 35, "text": "吴忠市", "why": "the parent city named in the text (配合吴忠市推进…), not a responsible unit"},
  {"rule": "unknown-unit", "line": 95, "text": "市教育体育局、市卫生健康局", "why": "two registered leads; 附件2's note (line 89) says the first-listed is the main lead"},
]

covers = [
  (3,32),(2,33),(5,33),(6,34),(9,35),(10,35),(11,35),(12,36),(14,39),(15,39),(17,40),(18,41),
  (21,43),(22,43),(24,44),(28,45),(30,47),(32,47),(36,47),(42,48),(40,49),(54,49),(43,51),(46,51),
  (48,52),(50,52),(49,52),(52,53),(56,53),(57,53),(64,28),(65,57),(66,57),(68,60),(70,59),(71,59),(72,60),
  (77,62),(79,63),(80,63),(83,64),(84,66),(86,66),(85,67),(87,67),(89,68),(94,70),(96,71),(102,72),
  (104,74),(105,75),(106,75),(108,76),(111,77),(112,79),(114,79),(115,80),(116,82),(25,83),(118,84),
  (121,85),(123,85),(124,85),
]

for e in expect + mnf:
    if e["line"]:
        assert e.get("text","") in ls[e["line"]-1], (e["line"], e.get("text"))
for t,l in covers:
    assert 1 <= l <= len(ls) and ls[l-1].strip()

key = {
  "writer": "blind writer, round 565; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": [{"task": t, "line": l} for t,l in covers],
  "notes": ("Whole file as sent by 青铜峡市人民政府办公室: notice (lines 1-14, own 文号, 主送, reporting dates, contact), "
            "附件1 实施方案 (lines 15-86, 吴忠-style “1347” framework, inline notes 牵头单位/责任单位/完成时限), "
            "附件2 分解表 (lines 87-124, tab-separated, empty 主要任务 cell continues the group; note on line 89: first-listed lead is the main lead), "
            "附件3 报送表 template with a 填报示例 row (lines 125-133), then 公开方式, 抄送 and 印发 lines (134-136). "
            "Only the notes in parentheses and the 分解表 rows carry responsibilities; 主送/抄送 are recipients. "
            "Copied regional deadlines that lie in 2023 (lines 41, 92, 99, 100, 123) are kept as the region words them and are not meant as errors. "
            "Covers of task 102 (line 72) rests on the undamaged part of the sentence (推动绿色低碳转型 … 全面加强…生态修复)."),
}
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
