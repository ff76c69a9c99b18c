# Writes key.json and checks every line number and text against draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def line(n): return L[n-1]

expect = [
 {"rule":"basis-mismatch","line":9,"text":"宁政办发〔2023〕17号",
  "why":"the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
 {"rule":"deadline-later-than-baseline","line":15,"text":"2026年",
  "why":"主要目标: the region's goal is '到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全…政府数字化履职能力明显提升'; the county sets the same goal for 2026"},
 {"rule":"garbled-text","line":20,"text":"鍩硅偛鏁版嵁瑕佺礌",
  "why":"UTF-8 bytes of 培育数据要素市场主体 read as GBK (mojibake run in the 数字生态 paragraph)"},
 {"rule":"deadline-later-than-baseline","line":63,"text":"2025年",
  "why":"merged item 15, no task numbers cited: it takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展; 完成时限 2024 年) and task 49 (全区统一的视频共享平台/“视频一张网”; 完成时限 2025 年) under one date 2025年, which is late against task 48"},
 {"rule":"unknown-unit","line":64,"text":"县电子政务办",
  "why":"not in units.txt (an abolished office name; the county's body is 县大数据服务中心 = 县大数据中心), and not a regional unit"},
 {"rule":"deadline-invalid","line":71,"text":"2022年",
  "why":"before the plan's own year (issued 2024-05-20); task 74's 完成时限 is 2024年, so this is not a copied regional date but a typo"},
 {"rule":"deadline-later-than-baseline","line":84,"text":"2025年",
  "why":"merged item 36 cites tasks 104 (完成时限 2024年), 105 (2024年) and 106 (2025年) under one date 2025年: late against tasks 104 and 105 (协同办公平台, 宁政通)"},
]

M = []
def m(rule, ln, why, text=None):
    e = {"rule": rule, "line": ln}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"
m(BM, 2, "the notice's own 文号, not a basis citation", "同政办发〔2024〕31号")
m(BM, 9, "correct: 国发〔2022〕14号 is the national 指导意见's number", "国发〔2022〕14号")
m(BM, 9, "correct citation of the regional 1244+N plan, as cited by the 吴忠 plan in the seeds", "宁政办发〔2023〕11号")
m(BM, 10, "retrospective mention of the superseded 2020 工作要点 with its correct 文号 (2020年以来…按照…部署), not cited as a basis", "宁政办发〔2020〕14号")
m(BM, 10, "retrospective mention of the old 2020–2022 action plan, not cited as a basis", "“数字政府”建设行动计划（2020年—2022年）")
m(DI, 6, "the notice's issue date, not a deadline", "2024年5月20日")
m(DI, 10, "past dates in the background (2020年以来, 2023年 figures, the old plan's period), not deadlines", "2023年")
m(DL, 14, "the county's own interim goal (到2024年底: 信息系统迁移上云, 网上办掌上办); the region has no 2024 goal for it and the matching tasks 46/84 are due 2024年; not the region's 2023 goals (组织架构, 家底, 政策体系)", "到2024年底")
m(DL, 16, "equal to the region's 到2035年 goal (数字政府全面建成)", "到2035年")
m(DI, 44, "the office's own half-yearly reporting dates (每年6月底前和12月底前报送), not task deadlines", "每年6月底前和12月底前")
m(DI, 46, "period in the attachment's title, not a deadline", "（2024年—2025年）")
m(DL, 49, "merged, uncited: tasks 2 (2023 年启动，2024 年取得明显成效) and 3 (持续推进，2025 年取得明显成效); 2024 equals the earlier task's completing milestone", "持续推进，2024年取得明显成效")
m(DL, 50, "task 5: 持续推进，2025 年取得明显成效 — equal", "持续推进，2025年取得明显成效")
m(DL, 51, "cites tasks 6 and 8, both 持续推进，2025年取得明显成效 — equal", "持续推进，2025年取得明显成效")
m(DL, 52, "tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): completing milestone 2025 equal for both", "持续推进，2025年取得明显成效")
m(DL, 54, "merged, uncited: tasks 12 (2025年) and 13 (2024年); 2024年 equals the earlier", "2024年")
m(DI, 55, "task 18's deadline copied verbatim (2023年形成机制，长期坚持); a copied regional deadline before the plan's year, with the ongoing flag", "2023年形成机制，长期坚持")
m(DL, 56, "merged, uncited: tasks 21 (2024年) and 22 (2025年); 2024年 equals the earlier", "2024年")
m(DL, 57, "task 23: 2024年; 2024年12月底前 is within the same year", "2024年12月底前")
m(DL, 58, "task 28: 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (only the start is later, and the plan itself is from 2024)", "2024年启动，2025年取得明显成效")
m(DL, 59, "cites tasks 29 (2023年启动，2025年完成) and 41 (2024年); 2024年 equals the earlier", "2024年")
m(DL, 62, "cites tasks 45 and 46 (both 2024 年) and also takes up task 43 (2024 年建成，持续推进); 2024年 equal", "2024年")
m(DL, 64, "task 50: 2024 年; 2024年9月底前 is earlier within the year", "2024年9月底前")
m(DL, 65, "cites tasks 55 (2024年) and 56 (2025年); 2024年 equals the earlier", "2024年")
m(DL, 66, "task 52: 2025年 — equal (only the social-scene part of task 52; not task 85)", "2025年")
m(DL, 68, "task 64: 2025年; 2024年 is earlier", "2024年")
m(DL, 73, "cites tasks 79 (2024年) and 83 (2025年); 2024年 equals the earlier", "2024年")
m(DL, 75, "merged, uncited, three tasks: 84 (2024年), 86 (2024年), 87 (2023年启动，2025年完成); 2024年 equals the earliest", "2024年")
m(DL, 78, "task 93: 2024年; 2024年10月底前 is within the year", "2024年10月底前")
m(DL, 79, "cites tasks 94 (2024年) and 95 (2025年); 2024年 equals the earlier", "2024年")
m(DL, 81, "tasks 97 and 98, both 2024年 — equal", "2024年")
m(DL, 85, "tasks 107 and 111, both 2025年 — equal", "2025年")
m(DL, 87, "task 121: 长期坚持 — equal", "长期坚持")
m(DL, 88, "merged, uncited: tasks 117 (2024年) and 120 (2025年); 2024年 equals the earlier", "2024年")
m(UU, 3, "collective addressees", "各乡镇人民政府")
m(UU, 49, "short name listed in units.txt (同心工业园区管理委员会)", "同心工业园区管委会")
m(UU, 51, "prefix 县 distributes over the list: 县卫健局, 县人社局, 县文旅局 are listed short names; 县民政局 listed", "卫健局")
m(UU, 61, "县委办 and 县政府办 are listed short names", "县政府办")
m(UU, 63, "telecom operators listed in units.txt", "中国电信同心分公司")
m(UU, 69, "prefix 县 distributes: 县统计局, 县工业和信息化局, 县商务局 are listed", "统计局")
m(UU, 71, "collective subject (承担监管职责的县直有关部门), like 承担监管职责的自治区有关部门（单位）", "承担监管职责的县直有关部门")
m(UU, 72, "prefix 县 distributes: 县司法局, 县信访局 are listed", "司法局")
m(UU, 74, "listed in units.txt", "同心县消防救援大队")
m(UU, 78, "collectives: 县直各部门（单位）及各乡镇人民政府", "县直各部门（单位）")
m(UU, 79, "a single listed name (吴忠市生态环境局同心分局), never to be split into a city unit", "吴忠市生态环境局同心分局")
m(UU, 44, "listed in units.txt (县推进数字政府建设领导小组办公室)", "县推进数字政府建设领导小组办公室")
m("missing-pillar", 29, "五个一 and 六级贯通 are taken up under 四、健全数字政府建设工作体系 (健全组织机构, 厘清层级职责) — judged by content")
m("missing-pillar", 20, "数字生态 is present: the paragraph is only partly garbled and keeps 数据要素市场, 数据交易, 网络生态")
m("missing-pillar", 42, "党的领导 items all present: 组织领导 (41), 财政投入 (42), 数字素养 (43), 考核评价 (44)")

covers_pairs = [(2,49),(3,49),(5,50),(6,51),(8,51),(10,52),(11,52),(9,53),(12,54),(13,54),(18,55),
 (21,56),(22,56),(23,57),(28,58),(29,59),(41,59),(33,60),(34,60),(40,61),(54,61),(43,62),(45,62),(46,62),
 (48,63),(49,63),(50,64),(55,65),(56,65),(52,66),(57,67),(64,68),(66,69),(71,70),(73,70),(74,71),(77,72),
 (79,73),(83,73),(80,74),(84,75),(86,75),(87,75),(88,76),(89,76),(90,77),(93,78),(94,79),(95,79),(96,80),
 (97,81),(98,81),(101,82),(102,82),(103,83),(104,84),(105,84),(106,84),(107,85),(111,85),(112,86),(114,86),
 (115,86),(121,87),(117,88),(120,88),
 (14,23),(15,23),(17,24),(30,26),(32,26),(116,41),(25,42),(118,43),(122,44),(123,44),(124,44)]
covers = [{"task":t,"line":l} for t,l in covers_pairs]

key = {
 "writer": "blind writer, round 444; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("同心县 county plan (2024-05-20) on 宁政发〔2023〕17号 only, no parent plan cited. Task list (lines 48-88) has many merged items, "
           "some citing regional task numbers （落实自治区任务第…项）, some not, each with one date and one set of units; the note on line 47 says the first-listed unit leads. "
           "Merged items are late only when their date is later than the EARLIEST of their tasks' dates (lines 63 and 84). "
           "Regional 2023 tasks are taken up in the body without dates (lines 23-26, 41-44), except task 18 copied verbatim on line 55.")
}

# checks
for e in expect + M:
    t = e.get("text")
    if t: assert t in line(e["line"]), (e["line"], t)
seen=set()
for t,l in covers_pairs:
    assert t not in seen, t; seen.add(t)
    assert 1 <= l <= len(L)
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers), len([x for x in L if x]))
