#!/usr/bin/python3
# Writes key.json for blind case 371 and checks every line/text pair against draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
M = json.load(open(os.path.join(HERE, "tasks-map.json"), encoding="utf-8"))

def find(text, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if text in l]
    assert len(hits) >= nth, (text, hits)
    return hits[nth - 1]

def at(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line

REG = {2: "2023年启动，2024年取得明显成效", 3: "持续推进，2025年取得明显成效", 10: "持续推进，2025年取得明显成效",
       11: "2023年完成主要建设任务，2025年取得明显成效", 14: "2023年", 18: "2023年形成机制，长期坚持", 21: "2024年",
       24: "2023年", 28: "2023年启动，2025年取得明显成效", 30: "2023年", 32: "2023年", 36: "2023年", 40: "2024年",
       41: "2024年", 42: "2024年", 43: "2024年建成，持续推进", 48: "2024年", 49: "2025年", 56: "2025年", 57: "2024年",
       64: "2025年", 72: "2023年", 77: "2024年", 83: "2025年", 85: "2023年", 87: "2023年启动，2025年完成", 93: "2024年",
       94: "2024年", 96: "2025年", 105: "2024年", 112: "2024年", 116: "2023年完成并长期坚持", 118: "2023年完成并长期坚持",
       121: "长期坚持", 124: "2023年形成机制，长期坚持"}
def t(n): return M[str(n)]

expect = [
 {"rule": "basis-mismatch", "line": at(8, "宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71号 is a digit transposition"},
 {"rule": "deadline-later-than-baseline", "line": at(t(36)["deadline"], "2024年"), "text": "2024年",
  "why": "任务十二 (政务数据供需对接机制, 归集共享通报制度) takes up regional task 36, 完成时限 2023年; the county gives 2024年"},
 {"rule": "unknown-unit", "line": at(t(42)["lead"], "县大数据管理服务局"), "text": "县大数据管理服务局",
  "why": "任务十五 lead: the county has no 大数据管理服务局 (copied from a city template); its body is 县大数据服务中心 — not in units.txt"},
 {"rule": "unknown-unit", "line": at(t(43)["lead"], "自治区政府办公厅"), "text": "自治区政府办公厅",
  "why": "任务十六 lead: a regional body (copied from regional task 43) named as the lead of a county task"},
 {"rule": "deadline-later-than-baseline", "line": at(t(48)["deadline"], "2025年底"), "text": "2025年底",
  "why": "任务十七 (县级城域网升级改造, 电子政务外网县乡村全覆盖) takes up regional task 48, 完成时限 2024年; the county gives 2025年底"},
 {"rule": "deadline-invalid", "line": at(t(56)["deadline"], "2024年21月底"), "text": "21月",
  "why": "任务十九 (非税收入收缴电子化) deadline 2024年21月底 is impossible (no 21st month; 12月 with digits swapped). Year 2024 is not later than regional task 56 (2025年), so only deadline-invalid"},
]

mnf = []
def add(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# basis / citations
add("basis-mismatch", 8, "correct national guiding opinion and 文号", "国发〔2022〕14号")
add("basis-mismatch", 8, "correct: the 1244+N 行动计划实施方案 with its 文号, cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
add("basis-mismatch", 8, "the city's plan cited by title alone (a city plan may have no 文号); no parent plan is given for this case", "《中卫市数字政府建设实施方案》")
add("basis-mismatch", 11, "retrospective mention of the 2020 工作要点 in the background section, not cited as a basis", "宁政办发〔2020〕14号")
# dates that are not deadlines / not late
add("deadline-invalid", 5, "the issuing date of the notice itself", "2023年9月18日")
add("deadline-invalid", 11, "background: past achievements (截至2022年底), not a deadline", "2022年底")
add("deadline-invalid", 11, "background: 2020年以来 is retrospective", "2020年以来")
add("deadline-later-than-baseline", 15, "主要目标 到2023年底 equals the region's 到2023年底 goal", "到2023年底")
add("deadline-later-than-baseline", 16, "主要目标 到2025年 framework 全面成型 equals the region's 到2025年 goal", "到2025年")
add("deadline-later-than-baseline", 17, "到2035年 equals the region's 2035 vision", "到2035年")
add("deadline-later-than-baseline", 45, "the office's own internal date (推进计划), no regional counterpart", "2023年10月底前")
add("deadline-invalid", 58, "the office's own half-yearly reporting dates", "12月底前")
add("deadline-later-than-baseline", 59, "title span of the task list (2023年—2025年), same as the region's", "2023年—2025年")
add("deadline-invalid", t(3)["deadline"], "field name in the first column of the transposed table, not a date", "完成时限")
for n in [3, 2, 10, 11]:
    add("deadline-later-than-baseline", t(n)["deadline"], f"{t(n)['name']}: {t(n)['dl']} equals regional task {n} ({REG[n]})", t(n)["dl"])
for n in [14, 18, 21, 24]:
    add("deadline-later-than-baseline", t(n)["deadline"], f"{t(n)['name']}: {t(n)['dl']} equals regional task {n} ({REG[n]})")
add("deadline-later-than-baseline", t(28)["deadline"], f"任务九: equals regional task 28 ({REG[28]})", t(28)["dl"])
add("deadline-later-than-baseline", t(30)["deadline"], f"任务十: 2023年10月底 is within/earlier than regional task 30 ({REG[30]})", "2023年10月底")
add("deadline-later-than-baseline", t(41)["deadline"], f"任务十四: 2024年6月底前 is earlier than regional task 41 ({REG[41]})", "2024年6月底前")
add("deadline-later-than-baseline", t(43)["deadline"], f"任务十三/十五/十六: 2024年 equals regional tasks 40, 42 (2024年) and 43 ({REG[43]})")
add("deadline-later-than-baseline", t(57)["deadline"], f"任务二十: 2024年 equals regional task 57 ({REG[57]}) (the same row holds the planted 2025年底 and 2024年21月底; 任务十八's 2025年 also equals regional task 49, {REG[49]})", "2024年")
add("deadline-later-than-baseline", t(64)["deadline"], f"任务二十一: 2023年 is earlier than regional task 64 ({REG[64]}); 任务二十二/二十三/二十四 equal regional tasks 72 ({REG[72]}), 77 ({REG[77]}), 83 ({REG[83]})")
add("deadline-later-than-baseline", t(87)["deadline"], f"任务二十五–二十八 equal regional tasks 85 ({REG[85]}), 87 ({REG[87]}), 93 ({REG[93]}), 94 ({REG[94]})", "2023年启动，2025年完成")
add("deadline-later-than-baseline", t(96)["deadline"], f"任务二十九–三十二 equal regional tasks 96 ({REG[96]}), 105 ({REG[105]}), 112 ({REG[112]}), 116 ({REG[116]})", "2023年完成并长期坚持")
add("deadline-later-than-baseline", t(121)["deadline"], f"任务三十四: a cell holding only 持续推进 (regional task 121: {REG[121]}) — ongoing, no milestone, not later", "持续推进")
add("deadline-invalid", t(121)["deadline"], "持续推进 is a valid ongoing deadline form", "持续推进")
add("deadline-later-than-baseline", t(124)["deadline"], f"任务三十三/三十五 equal regional tasks 118 ({REG[118]}) and 124 ({REG[124]})", "2023年形成机制，长期坚持")
# units
add("unknown-unit", t(3)["lead"], "field name in the first column of the transposed table, not a unit", "牵头单位")
add("unknown-unit", t(3)["coop"], "field name in the first column of the transposed table, not a unit", "配合单位")
add("unknown-unit", t(3)["lead"], "official short name of 宁夏中宁工业园区管理委员会 (units.txt)", "中宁工业园区管委会")
add("unknown-unit", t(3)["lead"], "short name of 县供销合作社联合社 (units.txt)", "县供销社")
add("unknown-unit", t(3)["coop"], "short name of 县工业信息化和商务局 (units.txt)", "县工信商务局")
add("unknown-unit", t(3)["coop"], "in units.txt (local 枸杞 service centre)", "县枸杞产业发展服务中心")
add("unknown-unit", t(14)["lead"], "collective subject (县直各部门（单位）、各乡镇人民政府 分别负责)", "县直各部门（单位）、各乡镇人民政府分别负责")
add("unknown-unit", t(21)["lead"], "short name of 县审批服务管理局 (units.txt)", "县审批局")
add("unknown-unit", t(21)["coop"], "short name of 县市场监督管理局 (units.txt)", "县市场监管局")
add("unknown-unit", t(21)["coop"], "collective subject", "县直有关部门")
add("unknown-unit", t(24)["coop"], "prefix distributes: 县财政局、审计局 = 县财政局, 县审计局 (both in units.txt)", "审计局")
add("unknown-unit", t(42)["coop"], "short name of 县住房和城乡建设局 (units.txt)", "县住建局")
add("unknown-unit", t(57)["lead"], "short name of 县发展和改革局 (units.txt)", "县发改局")
add("unknown-unit", t(56)["coop"], "short names of 县教育体育局 / 县卫生健康局 (units.txt)", "县教体局、县卫健局")
add("unknown-unit", t(49)["coop"], "short name of 县应急管理局 (units.txt)", "县应急局")
add("unknown-unit", t(77)["coop"], "prefix distributes: 县公安局、司法局、信访局 = 县司法局, 县信访局 (units.txt)", "司法局、信访局")
add("unknown-unit", t(83)["coop"], "collective subjects", "各村（社区）")
add("unknown-unit", t(94)["lead"], "the county branch of the city bureau, listed in units.txt", "中卫市生态环境局中宁分局")
add("unknown-unit", t(93)["lead"], "collective subject with role words (按照职能分别负责)", "县直各部门（单位）、各乡镇人民政府按照职能分别负责")
add("unknown-unit", t(124)["lead"], "short name of 县人民政府督查室 (units.txt)", "县政府督查室")
add("unknown-unit", t(118)["coop"], "in units.txt", "县委党校")
add("unknown-unit", 27, "regional body mentioned in prose as giving the overall deployment, not named as the lead of a county task", "自治区党委网信办")
add("unknown-unit", 21, "a facility named in prose, not a responsible unit", "国家（中卫）新型互联网交换中心")
add("unknown-unit", 57, "a training platform named in prose, not a responsible unit", "宁夏干部教育培训网络学院")
add("unknown-unit", 58, "the county's own leading-group office, listed in units.txt", "县数字政府建设领导小组办公室")
# pillars
add("missing-pillar", 0, "五个一: folded into 一套体系 (健全组织机构, 厘清层级职责, 完善工作机制), lines 42-45, as in the 吴忠 plan; task 64 in 任务二十一")
add("missing-pillar", 0, "六级贯通: taken up at line 44 (厘清层级职责, 按照自治区“六级贯通”)")
add("missing-pillar", 0, "财政投入 / 数字素养 / 考核评价 / 组织领导: lines 55-58")

covers = []
for n in [3, 2, 10, 11, 14, 18, 21, 24, 28, 30, 32, 36, 40, 41, 42, 43, 48, 49, 56, 57, 64, 72, 77, 83, 85, 87, 93, 94, 96, 105, 112, 116, 118, 121, 124]:
    covers.append({"task": n, "line": t(n)["content"]})
for n, line, txt in [(1, 21, "国家枢纽节点宁夏枢纽"), (6, 22, "养老托育"), (8, 22, "互联网+医疗健康"), (50, 40, "非涉密业务专网"),
                     (79, 49, "雪亮工程"), (107, 52, "非涉密视频会议系统资源"), (114, 53, "政务新媒体矩阵"), (15, 26, "重大事件处置机制")]:
    at(line, txt)
    covers.append({"task": n, "line": line})

key = {
 "writer": "blind writer, round 371; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("中宁县 (中卫市) plan issued 2023-09-18, no parent plan. The key tasks are a transposed table (lines 63-115): "
           "the first column names the fields (任务/主要内容/牵头单位/配合单位/完成时限), each further column is one task, four tasks "
           "to a block, nine blocks separated by blank lines. A task's content, lead, partners and deadline are the same column of "
           "the block's 主要内容/牵头单位/配合单位/完成时限 rows. The draft's note (line 62) says the first-listed lead is the main lead. "
           "Column→regional task: " + ", ".join(f"{M[k]['name']}={k}" for k in M)),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
