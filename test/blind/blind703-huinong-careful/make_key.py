#!/usr/bin/python3
# Writes key.json and checks that every `text` occurs on its 1-based line of draft.txt.
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
GARBLED = "免申即享".encode("utf-8").decode("gbk")

expect = [
 {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期, dated 2023-05-16); 宁政办发 is the office's series (cf. 宁政办发〔2023〕11号 cited right after it)"},
 {"rule": "unknown-unit", "line": 27, "text": "区经济和信息化局",
  "why": "lead of measure 2 (智慧园区, regional task 3); not in units.txt and not a regional unit: an old pre-reform name; the district's body is 区工业信息化和商务局 (区工信商务局), as annex row 2 (line 125) says"},
 {"rule": "deadline-later-than-baseline", "line": 109, "text": "2025年6月底前",
  "why": "measure 63 政务新媒体矩阵 = regional task 114 (构建政务新媒体矩阵体系…开发多样化政策解读产品), 完成时限 2024年 (各市、县（区）分别负责); the annex row 63 (line 186) has the correct 2024年12月底前"},
 {"rule": "deadline-later-than-baseline", "line": 173, "text": "2025年6月底前",
  "why": "annex row 50 适老化与信息无障碍建设 = regional task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; the body measure 50 (line 93) has the correct 2024年12月底前"},
 {"rule": "garbled-text", "line": 88, "text": GARBLED,
  "why": "免申即享 written as UTF-8 and read as GBK (mojibake run inside quotation marks, no ? marker); annex row 45 (line 168) has the clean text"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    M.append(e)

# --- basis-mismatch near misses
m("basis-mismatch", 9, "correct national basis: title and 文号 match", "国发〔2022〕14号")
m("basis-mismatch", 9, "数字宁夏“1244+N”行动计划实施方案 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan (seed)", "宁政办发〔2023〕11号")
m("basis-mismatch", 9, "city plan cited by title alone, as DOMAIN.md describes for city plans without a 文号; correct title form (加强…实施方案)", "《关于加强数字政府建设的实施方案》")
m("basis-mismatch", 11, "retrospective mention in 工作基础 of the 2020 工作要点 with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", 11, "retrospective mention of the expired 2020—2022 行动计划 (工作基础), not a basis document", "自治区“数字政府”建设行动计划（2020年—2022年）")
m("basis-mismatch", 2, "the draft's own 文号 (惠农区人民政府 通知), not a cited basis", "惠政发〔2024〕9号")
m("basis-mismatch", 54, "reference document named by title exactly as in regional task 29; no 文号 given", "《全国一体化政务大数据体系建设指南》")
# --- deadline-invalid near misses
m("deadline-invalid", 6, "issue date of the notice", "2024年3月18日")
m("deadline-invalid", 11, "past dates in the 工作基础 background (what was done in 2021–2023), not deadlines", "2022年底")
m("deadline-invalid", 20, "names the 十五五 period (2026年—2030年) as what the 2025 goal prepares for; not a deadline", "2026年—2030年")
# --- deadline-later-than-baseline near misses
m("deadline-later-than-baseline", 19, "annual goal for 2024: 外网升级/IPv6 (tasks 47, 48: 2024年), 专网整合 (task 50: 2024年), 四个办 (task 84: 2024年), 宁政通 (task 105: 2024年) — all equal", "到2024年底")
m("deadline-later-than-baseline", 20, "equal to the regional goal 到2025年 “34567”体系框架全面成型", "到2025年")
m("deadline-later-than-baseline", 20, "the 十五五 period is not a deadline for the 2025 goal", "2026年—2030年")
m("deadline-later-than-baseline", 21, "equal to the regional 2035 goal", "到2035年")
m("deadline-later-than-baseline", 26, "task 2: 2023 年启动，2024 年取得明显成效 — equal", "2024年12月底前取得明显成效")
m("deadline-later-than-baseline", 27, "task 3: 持续推进，2025 年取得明显成效 — equal (copied)", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", 31, "task 7: 2023年形成试点经验，2025年取得明显成效 — local 2025年6月 is not later", "2025年6月底前取得明显成效")
m("deadline-later-than-baseline", 34, "task 10: 持续推进，2025年取得明显成效 — completing milestone equal; the 2024 pilot is a local extra step", "2024年12月底前完成试点，2025年取得明显成效")
m("deadline-later-than-baseline", 36, "task 12: 2025年 — equal", "2025年12月底前")
m("deadline-later-than-baseline", 41, "tasks 14, 15: 2023年 — the plan (2024) keeps them as ongoing duties with no later milestone", "长期坚持")
m("deadline-later-than-baseline", 42, "task 17: 2023年 — recurring yearly check, no later completion milestone", "每年开展1次专项检查，长期坚持")
m("deadline-later-than-baseline", 46, "task 20: 2024年 — earlier", "2024年9月底前")
m("deadline-later-than-baseline", 50, "task 28: 2023年启动，2025年取得明显成效 — equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", 54, "tasks 29 (2023年启动，2025年完成) and 36 (2023年): ongoing, no later milestone", "长期坚持")
m("deadline-later-than-baseline", 59, "tasks 43 (2024 年建成，持续推进), 45, 46 (2024 年) — equal", "2024年12月底前")
m("deadline-later-than-baseline", 60, "tasks 47, 48: 2024 年 — earlier", "2024年10月底前")
m("deadline-later-than-baseline", 62, "task 49: 2025 年 — earlier", "2025年6月底前")
m("deadline-later-than-baseline", 63, "task 52 (电子证照 社会化高频场景): 2025年 — equal", "2025年12月底前")
m("deadline-later-than-baseline", 64, "tasks 55 (2024年) and 56 (2025年): 2024年12月底前 is not later than either", "2024年12月底前")
m("deadline-later-than-baseline", 69, "task 64 (各地各部门参照自治区做法，成立相应的组织机构): 2025年 — earlier", "2024年6月底前")
m("deadline-later-than-baseline", 76, "task 66: 2025年 — earlier", "2025年6月底前")
m("deadline-later-than-baseline", 85, "task 83: 2025年 — equal", "2025年12月底前")
m("deadline-later-than-baseline", 88, "task 85: 2023年 — ongoing, no later milestone", "持续推进")
m("deadline-later-than-baseline", 90, "task 87: 2023年启动，2025年完成 — earlier", "2025年6月底前")
m("deadline-later-than-baseline", 93, "task 93: 2024年 — equal (the annex row, line 173, is the late one)", "2024年12月底前")
m("deadline-later-than-baseline", 101, "tasks 104, 105: 2024年 — earlier", "2024年9月底前")
m("deadline-later-than-baseline", 102, "task 106: 2025年 — earlier", "2025年6月底前")
m("deadline-later-than-baseline", 104, "task 108: 长期推进，2024年取得明显成效 — equal", "长期推进，2024年取得明显成效")
m("deadline-later-than-baseline", 113, "task 116: 2023年完成并长期坚持 — ongoing duty in a 2024 plan", "长期坚持")
m("deadline-later-than-baseline", 116, "tasks 121 (长期坚持), 123 (2023 年完成，长期坚持), 124 (2023 年形成机制，长期坚持) — ongoing", "长期坚持")
m("deadline-later-than-baseline", 118, "the office's own reporting dates (quarterly reports, 2024 summary, evaluation report to be sent in January 2025), not task deadlines", "2025年1月底前")
m("deadline-later-than-baseline", 186, "annex row 63: task 114 2024年 — equal (the body line 109 is the late one)", "2024年12月底前")
m("deadline-later-than-baseline", 174, "annex row 51: tasks 94 (2024年) and 95 (2025年) — not later than either", "2024年12月底前")
# --- unknown-unit near misses
m("unknown-unit", 3, "collective addressees", "各乡镇人民政府、街道办事处")
m("unknown-unit", 41, "collective subjects", "区直各部门（单位）、各乡镇（街道）")
m("unknown-unit", 50, "collective subject", "区直有关部门")
m("unknown-unit", 34, "collective subject", "各乡镇人民政府")
m("unknown-unit", 72, "collective subject", "各村（社区）")
m("unknown-unit", 49, "the 区 prefix distributes: 区财政局、审计局 = 区财政局, 区审计局 (in units.txt)", "审计局")
m("unknown-unit", 42, "registered whole in units.txt; must not be split into 石嘴山市公安局 + 惠农区分局", "石嘴山市公安局惠农区分局")
m("unknown-unit", 28, "short name of 石嘴山市公安局惠农区分局 in units.txt", "惠农公安分局")
m("unknown-unit", 26, "short name of 区工业信息化和商务局 in units.txt", "区工信商务局")
m("unknown-unit", 26, "short name of 区发展和改革局 in units.txt", "区发改局")
m("unknown-unit", 56, "short names of 区委办公室 and 区人民政府办公室; two leads, the first is the main lead (annex note, line 122)", "区委办、区政府办")
m("unknown-unit", 57, "enterprise listed in units.txt (short name of 中国电信股份有限公司石嘴山惠农分公司)", "电信惠农分公司")
m("unknown-unit", 64, "short name of 国家税务总局石嘴山市惠农区税务局 in units.txt", "惠农区税务局")
m("unknown-unit", 27, "short name of 石嘴山市生态环境局惠农分局 in units.txt (the lead on this line is the planted error, this one is not)", "惠农生态环境分局")
m("unknown-unit", 48, "short name of 区数字政府建设领导小组办公室 in units.txt", "区数字政府办")
m("unknown-unit", 93, "short name of 区残疾人联合会 (outside the government proper) in units.txt", "区残联")
m("unknown-unit", 84, "listed in units.txt", "惠农区消防救援大队")
m("unknown-unit", 118, "regional body named only as the recipient of data reports, not as lead of a local task", "自治区政府办公厅")
m("unknown-unit", 118, "generic description of the city's competent department in a reporting sentence, not a responsible-unit cell", "市数字政府建设主管部门")
m("unknown-unit", 125, "annex row 2 names the correct lead for the 智慧园区 task", "区工信商务局")
# --- garbled-text near misses
m("garbled-text", 168, "annex row 45 has 免申即享 in clean text", "“免申即享”")
m("garbled-text", 9, "normal ASCII inside the title, not damage", "“1244+N”")
# --- missing-pillar near misses (line 0)
m("missing-pillar", 0, "数字生态 is taken up in 二（三） lines 35–37 (数据要素市场, 网络生态)")
m("missing-pillar", 0, "五个一 + 六级贯通 work system is section 四, lines 66–72 (组织机构, 层级职责)")
m("missing-pillar", 0, "党的领导 (组织领导, 资金, 数字素养, 考核评价) is section 六, lines 111–118, titled 保障措施 as well")

covers = [
 (2,26),(3,27),(5,28),(6,30),(7,31),(8,32),(9,33),(10,34),(12,36),
 (14,41),(15,41),(17,42),(18,43),(20,46),(21,47),(22,47),(23,48),(24,49),(25,114),(28,50),
 (29,54),(30,53),(32,52),(33,55),(34,55),(36,54),(40,56),(41,57),(42,57),
 (43,59),(45,59),(46,59),(47,60),(48,60),(49,62),(50,61),(52,63),(54,56),(55,64),(56,64),(57,65),(58,65),
 (64,69),(66,76),(70,78),(71,79),(73,80),(74,80),(77,82),(79,83),(80,84),(83,85),
 (84,87),(85,88),(86,89),(87,90),(88,91),(89,91),(92,92),(93,93),
 (94,95),(95,95),(96,96),(97,97),(98,97),(101,98),(102,98),
 (103,100),(104,101),(105,101),(106,102),(107,103),(108,104),(111,105),
 (112,107),(113,108),(114,109),(115,110),
 (116,113),(118,115),(121,116),(123,116),(124,116),
]

# checks
bad = 0
for e in expect + M:
    if e["line"] and "text" in e and e["text"] not in lines[e["line"]-1]:
        print("MISSING", e); bad += 1
for t, l in covers:
    assert 1 <= l <= len(lines)
assert len({t for t,_ in covers}) == len(covers)
key = {
 "writer": "blind writer, round 703; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("惠农区 (石嘴山市) 2024 实施方案, issued 2024-03-18 as 惠政发〔2024〕9号; no parent plan (石嘴山's plan is cited by title only). "
           "Body measures 1–64 (lines 26–110) carry inline 牵头/配合/完成时限 notes; the annex (lines 123–187, tab-separated, header on line 123) "
           "repeats them row for row (row N on line 123+N). The two late deadlines are each in only one of the two places: body measure 63 (line 109) "
           "and annex row 50 (line 173); their twins (lines 186 and 93) are correct. Likewise the unknown lead 区经济和信息化局 is only in the body (line 27); annex row 2 "
           "names 区工信商务局. Tasks the region set for 2023 are written as 长期坚持/持续推进 with no dated milestone. units.txt is the district registry; "
           "every other unit in a cell is a canonical name, a registered short name, a collective, or 审计局 under the distributed 区 prefix. "
           "No task-uncovered is expected: tasks not taken up (e.g. 11 数字供销, 35, 37–39, 65, 67–69, 72, 75–76, 82, 90–91, 99–100, 109–110, 117, 119–120, 122) "
           "are left out because they are regional or city-level, not by design."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers), "bad", bad)
