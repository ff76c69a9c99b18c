# Builds key.json and checks every line/text pair against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().splitlines()

def find(text, start=1):
    hits = [i for i, l in enumerate(L, 1) if text in l]
    assert hits, text
    return hits

expect = [
    {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕17号",
     "why": "the title cited is 《自治区人民政府关于加强数字政府建设的实施意见》, whose 文号 is 宁政发〔2023〕17号 (a 政府 document, not a 政府办公厅 one); 宁政办发 is wrong"},
    {"rule": "deadline-later-than-baseline", "line": 37, "text": "2026年",
     "why": "数字乡村: regional task 10, 完成时限 '持续推进，2025年取得明显成效'; the county writes '持续推进，2026年取得明显成效' — one year later (planted slip)"},
    {"rule": "deadline-invalid", "line": 74, "text": "2025年11月31日",
     "why": "November has 30 days; 11月31日 is an impossible date (task 106 填表报数, regional 完成时限 2025年, so the year itself is fine)"},
    {"rule": "unknown-unit", "line": 39, "text": "县乡村振兴局",
     "why": "not in units.txt: the office's own registry notes the bureau was merged into 县农业农村局 in the 2024 reform; an outdated unit name"},
    {"rule": "garbled-text", "line": 63, "text": "鍚屽績涓撳尯鍔熻兘",
     "why": "UTF-8 bytes of 同心专区功能 read as GBK (mojibake run inside the sentence)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "the 三个驱动 part covers only 数字经济 and 数字社会 (heading on line 29 '驱动数字经济和数字社会发展'); nothing on 数据要素市场, 数据交易, 政策环境 or 网络生态 anywhere in the draft"},
    {"rule": "task-uncovered", "line": 0, "task": 12,
     "why": "数据要素市场 (各市、县（区）配合, 2025年) left out together with the whole 数字生态 pillar"},
    {"rule": "deadline-later-than-baseline", "line": 51, "text": "2025年6月底前",
     "why": "NOT a planted slip but a real finding: 电子政务外网 village coverage is regional task 48 (城域网升级改造，区市县乡村5级全覆盖, 各市、县（区）具体负责), 完成时限 2024年; the county says it missed 2024 and now sets 2025年6月底前, which is later than the region's deadline"},
    {"rule": "deadline-later-than-baseline", "line": 65, "text": "2025年9月底前",
     "why": "NOT a planted slip but a real finding: 适老化与信息无障碍建设 is regional task 93 (各市、县（区）按照职能分别负责), 完成时限 2024年; the county admits it is late and sets 2025年9月底前, later than the region's deadline"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e.update(kw); e["why"] = why
    M.append(e)

# --- basis ---
m("basis-mismatch", 9, "correct: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号", "国发〔2022〕14号")
m("basis-mismatch", 9, "correct 文号 for 《数字宁夏“1244+N”行动计划实施方案》, cited exactly as the 吴忠 parent plan cites it", "宁政办发〔2023〕11号")
m("basis-mismatch", 9, "the city plan is cited by issuer and exact title without a 文号, the way DOMAIN.md describes; the 吴忠 plan has no 文号", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", 2, "the notice's own 文号, not a basis citation", "同政办发〔2025〕7号")
m("basis-mismatch", 11, "retrospective mention of last year's county 要点 in the 2024 review, not a basis document", "《同心县2024年数字政府建设工作要点》")
# --- deadline-invalid (past dates in background, titles, own dates) ---
m("deadline-invalid", 9, "year range in the title of the regional task list, not a deadline", "2023年—2025年")
m("deadline-invalid", 12, "2024 review: a past event, not a deadline", "2024年4月")
m("deadline-invalid", 14, "2024 review: a past event, not a deadline", "2024年9月")
m("deadline-invalid", 16, "2024 review: a past event, not a deadline", "2024年11月")
m("deadline-invalid", 51, "background: which villages were not connected in 2024; the deadline is 2025年6月底前", "2024年")
m("deadline-invalid", 65, "background: the work left over from 2024; the deadline is 2025年9月底前", "2024年")
m("deadline-invalid", 6, "the notice's own issue date", "2025年2月18日")
# --- deadline-later: goal, equal and earlier deadlines ---
m("deadline-later-than-baseline", 22, "goal: region 主要目标 '到2025年…体系框架全面成型' and 吴忠 '到2025年…全面成型'; the county says 到2025年底 — same year", "到2025年底")
m("deadline-later-than-baseline", 26, "task 64 (各地各部门成立相应组织机构), regional 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前")
m("deadline-later-than-baseline", 28, "吴忠's 一联系、两清单 mechanism; no regional task with a date (the 吴忠 plan gives none); the office's own start-of-year step", "2025年3月底前")
m("deadline-later-than-baseline", 30, "task 3 智慧园区, regional 完成时限 '持续推进，2025年取得明显成效'; '持续推进，2025年底取得明显成效' is equal", "2025年底取得明显成效")
m("deadline-later-than-baseline", 33, "task 6 数字化服务, regional 完成时限 '持续推进，2025年取得明显成效'; equal", "2025年取得明显成效")
m("deadline-later-than-baseline", 34, "task 7 国家智慧教育平台, regional 完成时限 '2023年形成试点经验，2025年取得明显成效'; 2025年底前 is equal to the completing milestone", "2025年底前")
m("deadline-later-than-baseline", 35, "task 8 互联网+医疗健康, regional 完成时限 '持续推进，2025年取得明显成效'; 2025年12月底前 is equal", "2025年12月底前")
m("deadline-later-than-baseline", 36, "task 9 智慧城市 (各县配合), regional 完成时限 '持续推进，2025年取得明显成效'; equal", "2025年取得明显成效")
m("deadline-later-than-baseline", 38, "task 11 数字供销, regional 完成时限 '2023年完成主要建设任务，2025年取得明显成效'; the county's 2025年取得明显成效 equals the completing milestone (the 2023 part is done, '巩固')", "2025年取得明显成效")
m("deadline-later-than-baseline", 44, "task 22 审管协同, regional 完成时限 2025年; 2025年底前 is equal", "2025年底前")
m("deadline-later-than-baseline", 47, "task 28 试点示范, regional 完成时限 '2023年启动，2025年取得明显成效'; 2025年10月底前 is earlier", "2025年10月底前")
m("deadline-later-than-baseline", 53, "task 49 视频共享平台/视频一张网, regional 完成时限 2025年; 2025年9月底前 is earlier", "2025年9月底前")
m("deadline-later-than-baseline", 54, "task 52 电子证照社会化高频场景, regional 完成时限 2025年; 2025年底前 is equal (not task 85, which is about 政务服务领域)", "2025年底前")
m("deadline-later-than-baseline", 55, "task 56 非税收入收缴电子化, regional 完成时限 2025年; 2025年11月底前 is earlier", "2025年11月底前")
m("deadline-later-than-baseline", 59, "task 83 互联网+基层治理, regional 完成时限 2025年; 2025年10月底前 is earlier", "2025年10月底前")
m("deadline-later-than-baseline", 64, "task 87 12345热线, regional 完成时限 '2023年启动，2025年完成'; 2025年底前 is equal", "2025年底前")
m("deadline-later-than-baseline", 68, "task 95 生态环境数据资源综合开发利用, regional 完成时限 2025年; 2025年底前 is equal", "2025年底前")
m("deadline-later-than-baseline", 69, "task 96 数字治水/互联网+城乡供水, regional 完成时限 2025年; 2025年9月底前 is earlier", "2025年9月底前")
m("deadline-later-than-baseline", 71, "task 102 绿色低碳转型, regional 完成时限 2025年; 2025年底前 is equal", "2025年底前")
m("deadline-later-than-baseline", 75, "task 107 视频会议平台, regional 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前")
m("deadline-later-than-baseline", 77, "task 111 机关事务管理, regional 完成时限 2025年; 2025年12月底前 is equal", "2025年12月底前")
# --- done / consolidated (regional 2023/2024 tasks) ---
m("deadline-later-than-baseline", 12, "done: 2024 review of 领导小组 (task 60, 2023年, a regional-level task); a past fact, not a deadline", "2024年4月")
m("deadline-later-than-baseline", 14, "done: 一本账 formed in 2024 (task 30, 2023年); retrospective statement, not a deadline", "2024年9月")
m("deadline-later-than-baseline", 41, "consolidated: tasks 14/15, 完成时限 2023年; the county continues the work as 持续推进 with no completion milestone later than the region's")
m("deadline-later-than-baseline", 42, "consolidated: task 18, 完成时限 '2023年形成机制，长期坚持' (and task 17, 2023年); 长期坚持 matches")
m("deadline-later-than-baseline", 45, "consolidated: tasks 24/25, 完成时限 2023年; 持续推进, no later milestone")
m("deadline-later-than-baseline", 49, "consolidated: task 36 供需对接机制, 完成时限 2023年; 持续推进, no later milestone")
m("deadline-later-than-baseline", 63, "consolidated: tasks 84/86, 完成时限 2024年 (done per the 2024 review, line 15); 持续推进, no later milestone")
m("deadline-later-than-baseline", 73, "consolidated: tasks 104/105 协同办公/宁政通, 完成时限 2024年; 持续推进, no later milestone")
m("deadline-later-than-baseline", 82, "task 116 一把手工程, 完成时限 '2023年完成并长期坚持'; 长期坚持 matches")
m("deadline-later-than-baseline", 89, "the office's own reporting dates (quarterly progress, annual summary), not task deadlines", "2025年12月10日前")
# --- units ---
m("unknown-unit", 3, "collective addressees", "各乡镇人民政府")
m("unknown-unit", 26, "collective subject", "各乡镇人民政府")
m("unknown-unit", 28, "collective subject", "县直各部门（单位）")
m("unknown-unit", 44, "collective subject", "县直有关部门")
m("unknown-unit", 59, "collective subject", "各村（社区）")
m("unknown-unit", 33, "the prefix 县 distributes: 县民政局, in units.txt", "民政局")
m("unknown-unit", 33, "the prefix 县 distributes: 县人力资源和社会保障局, in units.txt", "人力资源和社会保障局")
m("unknown-unit", 45, "the prefix 县 distributes: 县审计局, in units.txt", "审计局")
m("unknown-unit", 45, "registered short name of 县发展和改革局", "县发改局")
m("unknown-unit", 49, "registered short name of 县人力资源和社会保障局", "县人社局")
m("unknown-unit", 49, "registered short name of 县卫生健康局", "县卫健局")
m("unknown-unit", 54, "registered short name of 县审批服务管理局", "县审批局")
m("unknown-unit", 58, "registered short name of 县市场监督管理局", "县市场监管局")
m("unknown-unit", 70, "registered short name of 县林业和草原局", "县林草局")
m("unknown-unit", 38, "registered short name of 县供销合作社", "县供销社")
m("unknown-unit", 27, "registered short name of 县数字政府建设领导小组办公室", "县数字政府办")
m("unknown-unit", 76, "registered short name of 县人民政府督查室", "县政府督查室")
m("unknown-unit", 30, "registered short name of 同心工业园区管理委员会", "同心工业园区管委会")
m("unknown-unit", 59, "a township government listed in units.txt", "豫海镇人民政府")
m("unknown-unit", 51, "a telecom operator listed in units.txt (unit outside the government proper)", "中国电信同心分公司")
m("unknown-unit", 68, "the city bureau's county branch, listed in units.txt", "吴忠市生态环境局同心分局")
m("unknown-unit", 61, "court and procuratorate, listed in units.txt", "县人民检察院")
m("unknown-unit", 66, "registered short name of 国家税务总局同心县税务局", "县税务局")
m("unknown-unit", 53, "a regional body named in the sentence as the builder of the regional platform, not as a responsible unit of the county task", "自治区党委政法委")
# --- pillars ---
m("missing-pillar", 0, "lines 26-28 (健全组织机构, 厘清层级职责 with 六级贯通, 工作机制) take up the work system under 吴忠's '一套体系' name", pillar="五个一和六级贯通")
m("missing-pillar", 0, "lines 82-85: 组织领导, 资金保障 (财政投入), 数字素养, 考核评价", pillar="党的领导")
m("missing-pillar", 0, "lines 30-32 (智慧园区, 特色产业数字化, 数字经济治理) although the heading does not say 三个驱动", pillar="数字经济")
m("missing-pillar", 0, "lines 33-39 (数字普惠, 教育, 医疗, 智慧城市, 数字乡村, 数字供销)", pillar="数字社会")

for e in expect + M:
    if e["line"] and e.get("text"):
        assert e["text"] in L[e["line"] - 1], (e["line"], e["text"])

covers = [(64,26),(3,30),(5,32),(6,33),(7,34),(8,35),(9,36),(10,37),(11,38),(14,41),(15,41),(18,42),(22,44),(24,45),(25,45),
          (28,47),(32,48),(36,49),(54,50),(48,51),(50,52),(49,53),(52,54),(56,55),(66,57),(70,58),(71,58),(83,59),(77,61),(79,61),
          (80,62),(84,63),(86,63),(87,64),(93,65),(89,66),(88,66),(90,67),(95,68),(96,69),(97,70),(98,70),(102,71),(103,72),(104,73),
          (105,73),(106,74),(107,75),(108,76),(109,76),(111,77),(112,78),(114,79),(115,79),(116,82),(118,84),(123,85)]
key = {
  "writer": "blind writer, round 668; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2025,
  "expect": expect,
  "mustNotFlag": M,
  "covers": [{"task": t, "line": l} for t, l in covers],
  "notes": ("同心县 2025 annual 工作要点 (issued 2025-02-18), following 吴忠's '1347' structure. Six planted slips: basis-mismatch (line 9), "
            "deadline-later (line 37), deadline-invalid (line 74), unknown-unit (line 39), garbled-text (line 63), missing-pillar 数字生态 (task 12 left out with it). "
            "Lines 51 and 65 are not planted: they are tasks the region dated 2024 that the county admits it missed and now dates in 2025; "
            "the key treats them as real findings because the date is later than the region's, which a reviewer would still raise. "
            "Tasks the region dated 2023/2024 that were done appear only as past facts in the 2024 review (lines 11-16); those being consolidated carry "
            "持续推进 or 长期坚持 with no completion year. The 2025 goal on line 22 says 基本成型 where region and 吴忠 say 全面成型 — a weaker wording, same year.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
