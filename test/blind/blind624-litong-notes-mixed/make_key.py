# Builds key.json and checks every line/text against draft.txt (run with /usr/bin/python3).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

expect = [
 {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕17号",
  "why": "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 政府 document, not a 政府办公厅 one); the 办 was carried over from the neighbouring 宁政办发〔2023〕11号"},
 {"rule": "unknown-unit", "line": 28, "text": "区经信局",
  "why": "lead of the 数字经济 note; no such body in units.txt (the former 经济和信息化局; the current body is 区工业信息化和商务局 = 区工信商务局)"},
 {"rule": "deadline-later-than-baseline", "line": 53, "text": "2025年底前",
  "why": "“第48、49、56项于2025年底前完成”: task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) has 完成时限 2024年 in the regional list, so 2025年底 is late for 48. The same date is correct for 49 (2025年) and 56 (2025年); the other numbers on this line (43 deferred; 其余 = 46, 47, 54, 55, 57, 58 at 2024年底, all 2024年) are fine"},
 {"rule": "deadline-later-than-baseline", "line": 58, "text": "2025年6月底前",
  "why": "“其余于2025年6月底前完成” in the note for 第71—76项: 其余 = tasks 71, 73, 74, 75 (72 said done, 76 deferred to the region), each with 完成时限 2024年 in the regional list; 2025年6月底 is later"},
 {"rule": "unknown-unit", "line": 68, "text": "自治区政府办公厅",
  "why": "named as 牵头单位 of the district's 政务运行 tasks (regional 104—108, 111); a regional body copied from the regional list as lead of a local task; the district lead would be 区政府办公室 (or 区机关事务服务中心)"},
 {"rule": "garbled-text", "line": 76, "text": "鍙婃椂鎬荤粨",
  "why": "UTF-8 bytes read as GBK: 鍙婃椂鎬荤粨鎺ㄥ箍鍏稿瀷缁忛獙 re-encoded as GBK and decoded as UTF-8 is 及时总结推广典型经验"},
 {"rule": "deadline-invalid", "line": 83, "text": "6月31日",
  "why": "2024年6月31日 does not exist (June has 30 days); the office's own reporting deadline for the half-year summary"},
 {"rule": "task-uncovered", "line": 0, "task": 112,
  "why": "task 112 (进一步完善各类政务公开信息化平台, 自治区各部门（单位）及各市、县（区）分别负责, 2024年) is deliberately left out: the 政务公开 part and its note take up only 113—115"},
]

mnf = [
 {"rule": "basis-mismatch", "line": 2, "text": "吴利政办发〔2024〕9号", "why": "the document's own 文号, not a basis citation"},
 {"rule": "basis-mismatch", "line": 1, "text": "《利通区加强数字政府建设2024年实施方案》", "why": "the document's own title in its covering notice, not a basis citation"},
 {"rule": "deadline-later-than-baseline", "line": 15, "text": "2023年", "why": "background: 家底 理清 in 2023, the same year as the region's and the city's 2023底 goal; past, not a new deadline"},
 {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
 {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited in exactly this form by the parent 吴忠 plan"},
 {"rule": "basis-mismatch", "line": 9, "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》", "why": "the city plan's correct title, cited by title alone since it has no 文号 in the seed"},
 {"rule": "basis-mismatch", "line": 10, "text": "《全区数字政府建设重点任务清单（2023年—2025年）》", "why": "the exact title of 附件2 of 宁政发〔2023〕17号"},
 {"rule": "basis-mismatch", "line": 15, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the 工作基础 background (correct title and 文号), not cited as a basis"},
 {"rule": "deadline-invalid", "line": 15, "text": "2023年", "why": "past date in the background (what was done in 2023), not a deadline"},
 {"rule": "basis-mismatch", "line": 44, "text": "《全国一体化政务大数据体系建设指南》", "why": "national guide named exactly as in regional task 29; a reference, not a basis citation"},
 {"rule": "deadline-later-than-baseline", "line": 17, "text": "2024年底", "why": "district 2024 goal (年度任务按期完成, 网上可办率95%); no regional or city goal for the same thing, and no later year"},
 {"rule": "deadline-later-than-baseline", "line": 18, "text": "2025年", "why": "1347 framework 全面成型 by 2025 — equal to the city's 2025 goal and the region's 2025 goal (34567 框架全面成型)"},
 {"rule": "deadline-later-than-baseline", "line": 19, "text": "2035年", "why": "equal to the region's and the city's 2035 goal"},
 {"rule": "deadline-later-than-baseline", "line": 24, "text": "2024年底前", "why": "其余 = task 64 (各市、县（区）负责, 完成时限 2025年): 2024年底 is earlier; 60, 62, 63 are regional-level (no date given), 61 deferred to the region’s 时限 (2025年)"},
 {"rule": "unknown-unit", "line": 24, "text": "各乡镇人民政府", "why": "collective subject (also 各街道办事处 on this line)"},
 {"rule": "unknown-unit", "line": 24, "text": "区政府办公室", "why": "official short name of 区人民政府办公室 in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": 28, "text": "2024年底前", "why": "task 2 is 2023年启动，2024年取得明显成效: equal; tasks 3 and 5 are 持续推进，2025年取得明显成效: equal"},
 {"rule": "unknown-unit", "line": 28, "text": "金积工业园区管委会", "why": "short name in units.txt (金积工业园区管理委员会); 区发改局 and 区市场监管局 on the same line are also short names in units.txt"},
 {"rule": "deadline-invalid", "line": 31, "text": "2023年", "why": "“第11项主要建设任务已于2023年完成”: a task said done, retrospective, matching task 11 (2023年完成主要建设任务，2025年取得明显成效)"},
 {"rule": "deadline-later-than-baseline", "line": 31, "text": "2025年", "why": "其余 = tasks 6, 8, 9, 10, each 持续推进，2025年取得明显成效: equal; task 7 deferred to the region (2023年形成试点经验，2025年取得明显成效)"},
 {"rule": "unknown-unit", "line": 31, "text": "区直有关部门", "why": "collective subject; 区卫健局 and 区供销社 on this line are short names in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": 33, "text": "按自治区要求时限完成", "why": "task 12 (2025年) deferred to the region's own 时限"},
 {"rule": "deadline-invalid", "line": 38, "text": "2023年", "why": "tasks 14 and 15 (完成时限 2023年) said done in 2023 — retrospective, not a deadline; task 18 长期坚持 matches 2023年形成机制，长期坚持"},
 {"rule": "unknown-unit", "line": 38, "text": "区公安分局", "why": "short name of 吴忠市公安局利通区分局 in units.txt; 区大数据中心 likewise; 区直各部门（单位） is a collective"},
 {"rule": "deadline-invalid", "line": 42, "text": "2023年", "why": "tasks 24 and 25 (2023年) said done — retrospective"},
 {"rule": "deadline-later-than-baseline", "line": 42, "text": "2024年底前", "why": "其余 = tasks 21 and 23, both 2024年: equal; task 28 (2023年启动，2025年取得明显成效) 每年申报、持续推进, no later year"},
 {"rule": "deadline-invalid", "line": 48, "text": "2023年", "why": "tasks 30 and 31 (2023年) said done in 2023 — retrospective"},
 {"rule": "deadline-later-than-baseline", "line": 48, "text": "2024年底前", "why": "ranges 第29—31项、第33—35项、第40—42项: 30, 31 done; 29 (2023年启动，2025年完成) 持续推进; 33 (2024年) deferred to the region; 其余 = 34, 35, 40, 41, 42, all 2024年: equal. 32 and 36 (2023) are outside the ranges"},
 {"rule": "unknown-unit", "line": 48, "text": "各乡镇（街道）", "why": "collective subject; 区直各部门（单位） likewise"},
 {"rule": "unknown-unit", "line": 53, "text": "区发改局", "why": "short name of 区发展和改革局 in units.txt"},
 {"rule": "deadline-invalid", "line": 56, "text": "2023年", "why": "task 67 (2023年) said done — retrospective"},
 {"rule": "deadline-later-than-baseline", "line": 56, "text": "2025年底前", "why": "task 66 is 2025年: equal; task 65 (2024年) deferred to the region"},
 {"rule": "unknown-unit", "line": 56, "text": "自治区发展改革委", "why": "in “第65项配合自治区发展改革委按要求推进” the regional body leads regional task 65 (自治区发展改革委牵头负责); it is not named as a unit of the district task — the note's own 牵头单位 is 区发展和改革局"},
 {"rule": "deadline-invalid", "line": 58, "text": "2023年", "why": "task 72 (2023年) said done — retrospective"},
 {"rule": "deadline-later-than-baseline", "line": 60, "text": "2024年底前", "why": "task 81 at 2025年底 equals 2025年; 其余 = 77, 78, 79, 80 (2024年: equal) and 83 (2025年: 2024年底 is earlier)"},
 {"rule": "unknown-unit", "line": 60, "text": "各街道办事处", "why": "collective subject (also 各乡镇人民政府); 区公安分局 is a short name in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": 62, "text": "2024年10月底前", "why": "高频事项接入“我的宁夏”, task 86 (2024年): earlier than the regional deadline"},
 {"rule": "deadline-invalid", "line": 64, "text": "2023年", "why": "task 85 (2023年) said done — retrospective"},
 {"rule": "deadline-later-than-baseline", "line": 64, "text": "2024年底前", "why": "87 (2023年启动，2025年完成) deferred to the region; 92 (2025年, 各地级市牵头) 配合吴忠市推进, no date; 其余 = 84, 86, 88, 89, 93, all 2024年: equal"},
 {"rule": "unknown-unit", "line": 64, "text": "医保局", "why": "the prefix 区 of 区民政局 distributes: 医保局 = 区医保局, 人社局 = 区人社局, both short names in units.txt; 区直有关部门 is a collective"},
 {"rule": "deadline-later-than-baseline", "line": 66, "text": "2024年底前", "why": "96 (2025年) at 2024年底: earlier; 95 and 102 (2025年) at 2025年底: equal; 其余 = 94, 97, 98 (2024年): equal"},
 {"rule": "deadline-later-than-baseline", "line": 68, "text": "2025年底前", "why": "106, 107, 111 are 2025年: equal; 108 (长期推进，2024年取得明显成效) 长期推进; 其余 = 104, 105 (2024年): equal"},
 {"rule": "deadline-later-than-baseline", "line": 70, "text": "2024年底前", "why": "“均于2024年底前完成” for 113, 114, 115, all 2024年: equal"},
 {"rule": "deadline-invalid", "line": 77, "text": "2023年", "why": "mechanisms said set up in 2023 — retrospective; 116 (2023年完成并长期坚持), 121 (长期坚持), 123 (2023年完成，长期坚持) all match 长期坚持"},
 {"rule": "unknown-unit", "line": 77, "text": "宣传部", "why": "the prefix 区委 of 区委组织部 distributes: 区委宣传部 is in units.txt"},
 {"rule": "deadline-invalid", "line": 79, "text": "2024年3月", "why": "the office's own work schedule, in the plan year"},
 {"rule": "deadline-later-than-baseline", "line": 80, "text": "2024年4月—11月", "why": "the office's own work schedule, not a task deadline"},
 {"rule": "deadline-later-than-baseline", "line": 83, "text": "2024年12月10日前", "why": "the office's own reporting date (年度工作总结), not a task deadline"},
 {"rule": "unknown-unit", "line": 84, "text": "自治区政府办公厅", "why": "named in running text as a regional counterpart to liaise with (对接自治区政府办公厅等自治区牵头部门), not as a unit of a district task"},
 {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "folded into 一套体系 as in the 吴忠 plan: line 22 (厘清层级职责) follows the 六级贯通 层级架构; line 21 covers the 五个一 组织机构 at district level"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "present though short: line 32 (数据要素市场, 网络生态)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "present: line 73 (加大财政投入)"},
]

covers = [
 (64,21),(2,27),(3,27),(5,27),(9,29),(6,29),(7,29),(8,29),(10,30),(11,30),(12,32),
 (14,36),(15,36),(18,37),(21,40),(23,40),(24,41),(25,41),(28,41),
 (29,44),(30,44),(31,44),(33,45),(34,45),(35,45),(40,46),(41,47),(42,47),
 (46,50),(47,51),(48,51),(49,51),(54,52),(55,52),(56,52),(57,52),(58,52),
 (65,55),(66,55),(67,55),(71,57),(72,57),(73,57),(74,57),(75,57),(76,57),
 (77,59),(78,59),(79,59),(80,59),(81,59),(83,59),
 (84,62),(85,62),(86,62),(87,63),(88,63),(89,63),(92,63),(93,63),
 (94,65),(95,65),(96,65),(97,65),(98,65),(102,65),
 (104,67),(105,67),(106,67),(107,67),(108,67),(111,67),
 (113,69),(114,69),(115,69),(116,72),(121,72),(118,74),(123,75),(124,75),
]

# checks
for e in expect + mnf:
    if e["line"]:
        assert e["text"] in L[e["line"]-1], (e["line"], e["text"])
assert len(L) == 85, len(L)
print("lines", len(L), "expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers))

key = {
 "writer": "blind writer, round 624; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("利通区 2024 实施方案 on the 吴忠 1347 framework. Each part ends with a note naming regional task numbers "
           "(lists and ranges) and stating, in one sentence, which are done (已于2023年完成), ongoing (持续推进/长期坚持/长期推进), "
           "deferred to the region (按自治区要求时限完成 / 按自治区统一部署推进 / 配合吴忠市推进), dated individually, and 其余 (the rest of the named set). "
           "Line 10 says undated measures follow their part's note. Line 53 holds one planted late date (task 48) in the same phrase as two correct ones "
           "(49, 56), so no mustNotFlag is given for deadline-later-than-baseline on line 53. Task 82 (疫情防控) is not taken up; it is obsolete and "
           "not annotated either way. Notes on lines 33, 66 and 70 name no units; the others give 牵头单位/配合单位, after a semicolon or a full stop."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
