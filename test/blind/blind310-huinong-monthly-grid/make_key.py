#!/usr/bin/python3
# Builds key.json and checks every line number / text against draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L.pop()

def ln(text, nth=1, start=1):
    """1-based line of the nth line (from start) containing text."""
    k = 0
    for i in range(start - 1, len(L)):
        if text in L[i]:
            k += 1
            if k == nth:
                return i + 1
    raise SystemExit("not found: " + text)

def row(no):
    """line of the schedule row whose 序号 cell is no."""
    for i, s in enumerate(L):
        c = s.split("\t")
        if len(c) == 17 and c[0] == str(no):
            return i + 1
    raise SystemExit("no row %s" % no)

HDR = ln("序号\t重点任务")

expect = [
    {"rule": "basis-mismatch", "line": ln("宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
     "why": "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71 is a transposed 文号"},
    {"rule": "deadline-later-than-baseline", "line": ln("力争到2026年"), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 全区各级数字政府建设“34567”体系框架全面成型; the district puts the same goal at 2026"},
    {"rule": "basis-mismatch", "line": ln("（宁政办发〔2020〕14号）有关要求"), "text": "宁夏回族自治区2020年“数字政府”建设工作要点",
     "why": "cited as the current requirement for project management (严格按照…有关要求): the 2020 工作要点 (宁政办发〔2020〕14号) is a superseded document, replaced by 宁政发〔2023〕17号"},
    {"rule": "garbled-text", "line": row(13), "text": "鎺ㄨ繘鏀垮姟鏁版嵁鍏变韩",
     "why": "UTF-8 read as GBK: 推进政务数据共享 (re-encode as GBK, decode as UTF-8)"},
    {"rule": "deadline-later-than-baseline", "line": row(18), "text": "2025年6月底前",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) is due 2024年; the row says 2025年6月底前 (the body's own goal on line 13 says 2024年)"},
    {"rule": "deadline-invalid", "line": row(32), "text": "16月",
     "why": "2024年16月底前 is impossible (typo for 6月; the month grid ticks √ under 6月). Task 80 is due 2024年, so no late deadline is intended"},
    {"rule": "unknown-unit", "line": row(42), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (牵头单位) of a district task: copied from task 105's 责任单位 (自治区政府办公厅牵头负责) without localising; the district lead would be 区人民政府办公室"},
    {"rule": "unknown-unit", "line": row(48), "text": "区电子政务中心",
     "why": "no such district body; not in units.txt (the registry has 区大数据服务中心 and 区人民政府办公室)"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# month grid
m("deadline-later-than-baseline", HDR, "month headers 1月…12月 of the schedule grid are column names, not deadlines", "12月")
m("deadline-invalid", HDR, "month headers without a year are column names, not deadlines", "1月")
m("garbled-text", row(1), "the month cells hold the legend's marks ●/○/√ (explained on line %d), not damaged text" % ln("说明：●"), "○")
m("deadline-invalid", ln("说明：●"), "legend of the marks; no date")
# deadlines equal or earlier than the region
m("deadline-later-than-baseline", row(1), "task 3 持续推进，2025年取得明显成效; equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(2), "task 2 2023年启动，2024年取得明显成效; 2024年12月底前 is equal", "2024年12月底前")
m("deadline-later-than-baseline", row(3), "task 6 持续推进，2025年取得明显成效; equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(4), "task 9 持续推进，2025年取得明显成效; completing milestone 2025 equal", "2025年取得明显成效")
m("deadline-later-than-baseline", row(5), "task 10 持续推进，2025年取得明显成效; equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(6), "task 12 2025年; completing milestone 2025 equal", "2025年取得成效")
m("deadline-later-than-baseline", row(7), "task 18 2023年形成机制，长期坚持; the mechanism year has passed (plan year 2024), the ongoing part is the same", "长期坚持")
m("deadline-later-than-baseline", row(8), "task 46 2024年; 2024年10月底前 is earlier", "2024年10月底前")
m("deadline-later-than-baseline", row(9), "task 21 2024年; 2024年12月 is equal", "2024年12月")
m("deadline-later-than-baseline", row(10), "task 23 2024年; 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(11), "task 28 2023年启动，2025年取得明显成效; completing milestone 2025 equal", "2025年取得明显成效")
m("deadline-later-than-baseline", row(12), "task 29 2023年启动，2025年完成; completing milestone 2025 equal", "2025年完成")
m("deadline-later-than-baseline", row(13), "tasks 33/34 2024年; 2024年11月底前 is earlier", "2024年11月底前")
m("deadline-later-than-baseline", row(14), "task 41 2024年; 2024年9月底前 is earlier", "2024年9月底前")
m("deadline-later-than-baseline", row(17), "task 47 2024年; 2024年10月底前 is earlier", "2024年10月底前")
m("deadline-later-than-baseline", row(19), "task 49 2025年; 2025年6月底前 is within the region's year (earlier); same string as the late row 18, which belongs to task 48", "2025年6月底前")
m("deadline-later-than-baseline", row(20), "task 52 2025年; 2024年12月底前 is earlier", "2024年12月底前")
m("deadline-later-than-baseline", row(22), "task 56 2025年; completing milestone 2025 equal", "2025年全覆盖")
m("deadline-later-than-baseline", row(25), "task 64 2025年; 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(26), "task 64 2025年; 2024年9月底前 is earlier", "2024年9月底前")
m("deadline-later-than-baseline", row(27), "task 66 2025年; 2024年12月底前 is earlier", "2024年12月底前")
m("deadline-later-than-baseline", row(33), "task 83 2025年; completing milestone 2025 equal", "2025年覆盖全部行政村")
m("deadline-later-than-baseline", row(36), "task 87 2023年启动，2025年完成; 2024年12月底前 is earlier", "2024年12月底前")
m("deadline-later-than-baseline", row(40), "task 96 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(43), "task 106 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(44), "task 107 2025年; 2024年12月底前 is earlier", "2024年12月底前")
m("deadline-later-than-baseline", row(45), "task 111 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(49), "task 116 2023年完成并长期坚持; the 2023 part lies before the plan year, the ongoing part is the same", "长期坚持")
m("deadline-later-than-baseline", row(51), "tasks 122/123 2023年完成，长期坚持; the 2023 part lies before the plan year, the ongoing part is the same", "长期坚持")
# body dates
m("deadline-later-than-baseline", ln("2024年，我区数字政府建设重点任务全面推进"), "2024 goals: 外网全覆盖 equals task 48 (2024年); 汇聚至自治区政务数据平台 is earlier than task 29 (2025年); 我的宁夏 应上尽上 equals task 86 (2024年); 填表报数 earlier than task 106 (2025年)", "2024年")
m("deadline-invalid", ln("2020年以来"), "background: past dates (2020年以来, 2023年, 截至2023年底) describe work already done, not deadlines", "2023年底")
m("deadline-later-than-baseline", ln("第二季度完成"), "第二季度 of the plan year 2024 for the 归集需求清单, a step toward task 29 (2023年启动，2025年完成); earlier than the region, and a quarter of the plan year is not an invalid date", "第二季度")
m("deadline-invalid", ln("7月10日前报送"), "the office's own reporting dates (每季度末月25日前, 7月10日前, 12月20日前), not task deadlines", "12月20日前")
m("deadline-invalid", ln("2024年3月18日"), "issuing date of the notice")
# citations
m("basis-mismatch", ln("国发〔2022〕14号"), "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
m("basis-mismatch", ln("宁政办发〔2023〕11号"), "correct: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
m("basis-mismatch", ln("石嘴山市人民政府《关于加强数字政府建设的实施方案》"), "the city's plan cited by title alone, as a city plan may have no 文号; title uses 加强 and 实施方案", "关于加强数字政府建设的实施方案")
m("basis-mismatch", ln("2020年以来"), "retrospective mention of the 2020 工作要点 (what the district built since 2020), not cited as a current basis", "2020年“数字政府”建设工作要点")
m("basis-mismatch", ln("惠政办发〔2024〕15号"), "the notice's own 文号, not a basis document", "惠政办发〔2024〕15号")
# units
m("unknown-unit", ln("各乡镇人民政府、各街道办事处，区直各部门（单位）："), "addressees: collective subjects", "区直各部门（单位）")
m("unknown-unit", row(1), "city-level body above/alongside the district (the 经开区 lies in 惠农区); listed in units.txt", "石嘴山经济技术开发区管委会")
m("unknown-unit", row(4), "body of 石嘴山市 above the district, in a cooperating role; listed in units.txt", "石嘴山市大数据管理服务局")
m("unknown-unit", row(34), "body of 石嘴山市 above the district, in a cooperating role; listed in units.txt", "石嘴山市审批服务管理局")
m("unknown-unit", row(31), "the district's police (石嘴山市公安局惠农区分局) as lead: a real district-level body, listed in units.txt", "石嘴山市公安局惠农区分局")
m("unknown-unit", row(24), "official short name of 石嘴山市自然资源局惠农分局 in units.txt", "惠农自然资源分局")
m("unknown-unit", row(39), "official short name of 石嘴山市生态环境局惠农分局 in units.txt", "惠农生态环境分局")
m("unknown-unit", row(2), "alias of 区工业和信息化局 in units.txt", "区工信局")
m("unknown-unit", row(29), "alias of 区市场监督管理局 in units.txt", "区市场监管局")
m("unknown-unit", row(35), "alias of 区审批服务管理局 in units.txt", "区审批局")
m("unknown-unit", row(23), "aliases 区发改局, 区市场监管局, 区审批局 in units.txt", "区发改局")
m("unknown-unit", row(18), "collective subjects 各乡镇人民政府、各街道办事处", "各街道办事处")
m("unknown-unit", row(33), "collective subjects 各乡镇（街道）、各村（社区）", "各村（社区）")
m("unknown-unit", row(7), "collective subject 区直各部门（单位）", "区直各部门（单位）")
m("unknown-unit", row(8), "collective subject 区直有关部门", "区直有关部门")
m("unknown-unit", ln("配合自治区政府办公厅做好"), "a regional body named as the owner of a regional system the district cooperates with, not as the lead of a local task", "自治区政府办公厅")
m("unknown-unit", ln("区委督查室、区政府督查室"), "both listed in units.txt", "区政府督查室")
m("unknown-unit", row(50), "区委党校 listed in units.txt", "区委党校")

covers = []
def c(task, line):
    covers.append({"task": task, "line": line})
c(5, ln("创新以网管网"))
for no, tasks in [(1, [3]), (2, [2]), (3, [6]), (4, [9]), (5, [10]), (6, [12]), (7, [18]), (8, [46]),
                  (9, [21]), (10, [23]), (11, [28]), (12, [29]), (13, [33, 34]), (14, [41]), (15, [42]),
                  (16, [40]), (17, [47]), (18, [48]), (19, [49]), (20, [52]), (21, [55]), (22, [56]),
                  (23, [57]), (24, [58]), (25, [64]), (27, [66]), (28, [70]), (29, [71]), (30, [77]),
                  (31, [79]), (32, [80]), (33, [83]), (34, [84]), (35, [86]), (36, [87]), (37, [89]),
                  (38, [93]), (39, [94]), (40, [96]), (41, [104]), (42, [105]), (43, [106]), (44, [107]),
                  (45, [111]), (46, [112]), (47, [114]), (48, [115]), (49, [116]), (50, [118]), (51, [122, 123])]:
    for t in tasks:
        c(t, row(no))

key = {
    "writer": "blind writer, round 310; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("石嘴山市惠农区 2024 work-progress plan: short body (lines 1-43) then an Excel schedule pasted as tab-separated text "
              "(header line %d, 17 columns: 序号|重点任务|牵头单位|配合单位|1月…12月|完成时限; group rows carry only their label). "
              "No 石嘴山 city plan is in the seeds, so parents is empty; the city plan is cited by title only. "
              "units.txt is the district registry and also lists the 石嘴山市 bodies and city-level branches in the district that the plan names. "
              "Row 32 (2024年16月底前) is an impossible date, not a late one. The draft takes up tasks from all pillars; no task is left out on purpose, "
              "so task-uncovered reports are not scored here. Tasks whose regional deadline is plain 2023年 (14, 15, 30-32, 36 …) appear only as "
              "past work in the background (line 12), not as 2024 rows." % HDR),
}
for e in expect + mnf:
    if "text" in e and e["line"]:
        assert e["text"] in L[e["line"] - 1], (e, L[e["line"] - 1][:60])
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("lines", len(L), "expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers),
      "distinct tasks", len({x["task"] for x in covers}))
