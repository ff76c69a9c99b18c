# Helper kept in the case folder: builds key.json and checks every line number against draft.txt.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines[-1] == '':
    lines.pop()

def ln(snippet, nth=1):
    hits = [i + 1 for i, l in enumerate(lines) if snippet in l]
    assert len(hits) >= nth, (snippet, hits)
    return hits[nth - 1]

def only(snippet):
    hits = [i + 1 for i, l in enumerate(lines) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": only("宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
     "why": "the title is the region's 实施意见, whose 文号 is 宁政发〔2023〕17号; the digits are transposed"},
    {"rule": "unknown-unit", "line": only("县大数据管理服务局"), "text": "县大数据管理服务局",
     "why": "泾源县 has no such body (not in units.txt, nor a regional unit); a city-level name copied into a county note"},
    {"rule": "deadline-later-than-baseline", "line": only("完成时限：2025年底"), "text": "2025年底",
     "why": "measure 10 packs tasks 47 (完成时限 2024年), 48 (2024年) and 50 (2024年); 2025年底 is a year late (the plan's own goal on line 12 even says 到2024年底 三级全覆盖)"},
    {"rule": "deadline-invalid", "line": only("2024年13月底"), "text": "13月",
     "why": "impossible month (2024年13月底); measure 14 packs tasks 70, 73, 74, 75, all 完成时限 2024年, so 2024年12月底 was meant"},
    {"rule": "garbled-text", "line": only("鐭涚浘绾犵悍"), "text": "鐭涚浘绾犵悍",
     "why": "UTF-8 read as GBK: 鐭涚浘绾犵悍澶氬厓鍖栬В is 矛盾纠纷多元化解 (re-encode as GBK, decode as UTF-8)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "section 五 (七个能力) has only six sub-headings; nothing on 政务公开 (政府信息公开平台, 政策文件库, 政务新媒体, 政民互动) anywhere"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "deliberately left out with the 政务公开 pillar; task 112 is 各市、县（区）分别负责, 2024年"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "deliberately left out with the 政务公开 pillar; task 114 (政务新媒体矩阵) is 各市、县（区）分别负责, 2024年"},
]

D = "deadline-later-than-baseline"
mnf = [
    # basis
    {"rule": "basis-mismatch", "line": only("泾政办发〔2024〕12号"), "text": "泾政办发〔2024〕12号",
     "why": "the notice's own 文号, not a cited basis document"},
    {"rule": "basis-mismatch", "line": only("国发〔2022〕14号"), "text": "国发〔2022〕14号",
     "why": "correct title and 文号 of the national 指导意见"},
    {"rule": "basis-mismatch", "line": only("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention in 工作基础 (印发以来…), correct title and 文号; not cited as a basis of this plan"},
    # dates in background / office's own dates
    {"rule": "deadline-invalid", "line": only("2024年3月18日"), "text": "2024年3月18日",
     "why": "the issue date of the notice"},
    {"rule": "deadline-invalid", "line": only("（一）工作基础"), "text": "2023年",
     "why": "past date in the background (工作基础) describing work already done, not a deadline"},
    {"rule": "deadline-invalid", "line": only("2024年12月10日前"), "text": "2024年12月10日前",
     "why": "the office's own reporting dates (quarterly and annual summaries), not task deadlines"},
    {"rule": D, "line": only("2024年12月10日前"),
     "why": "reporting date for the annual summary, not a task deadline"},
    # goals
    {"rule": D, "line": only("（二）主要目标"), "text": "到2024年底",
     "why": "三级全覆盖 matches task 48 (完成时限 2024年), 应上尽上 task 86 (2024年), 按需共享 task 38 (2024年): equal"},
    {"rule": D, "line": only("（二）主要目标"), "text": "到2025年",
     "why": "equal to the regional 主要目标 到2025年 “34567”体系框架全面成型 / 政府数字化履职能力明显提升"},
    # measure deadlines (equal or earlier)
    {"rule": D, "line": ln("1.围绕肉牛"), "text": "2024年底",
     "why": "task 2 完成时限 2023年启动，2024年取得明显成效 (equal); tasks 3 and 5 持续推进，2025年取得明显成效 (earlier)"},
    {"rule": D, "line": ln("2.推动教育"), "text": "2025年",
     "why": "tasks 6 and 8 持续推进，2025年取得明显成效; task 7 2023年形成试点经验，2025年取得明显成效: equal"},
    {"rule": D, "line": ln("3.推进数字乡村"), "text": "2024年底",
     "why": "task 71 2024年 (equal); task 10 持续推进，2025年取得明显成效 and task 11 2023年完成主要建设任务，2025年取得明显成效 (earlier)"},
    {"rule": D, "line": ln("4.配合培育数据要素市场"), "text": "2024年底",
     "why": "tasks 13 and 42 2024年 (equal); task 12 2025年 (earlier)"},
    {"rule": D, "line": ln("5.落实县乡两级"), "text": "2023年形成机制，长期坚持",
     "why": "copied from task 18 (2023年形成机制，长期坚持); tasks 14 and 15 are 2023年: equal, not later"},
    {"rule": "deadline-invalid", "line": ln("5.落实县乡两级"), "text": "2023年形成机制，长期坚持",
     "why": "a copied regional milestone that lies before the plan's year, with an ongoing flag; line 11 records that the county put these responsibilities in place in 2023"},
    {"rule": D, "line": ln("6.配合构建数据安全"), "text": "2024年11月底",
     "why": "tasks 16 (2024年), 19 (2023年启动，2024年建成), 43 (2024年建成，持续推进), 46 (2024年): earlier"},
    {"rule": D, "line": ln("7.依托全区行政许可"), "text": "2024年底",
     "why": "tasks 21 and 23 2024年 (equal); task 28 2023年启动，2025年取得明显成效 (earlier)"},
    {"rule": D, "line": ln("8.对接全区统一"), "text": "2024年10月底",
     "why": "tasks 33, 34, 38 all 2024年: earlier"},
    {"rule": D, "line": ln("9.规范电子公文"), "text": "2024年底",
     "why": "tasks 40, 41, 54 all 2024年: equal"},
    {"rule": D, "line": ln("11.推动各类电子证照"), "text": "2024年底",
     "why": "task 57 2024年 (equal); tasks 52 and 56 2025年 (earlier)"},
    {"rule": D, "line": ln("12.参照自治区"), "text": "2025年",
     "why": "tasks 64, 83, 106 all 2025年: equal"},
    {"rule": D, "line": ln("13.配合建设宁夏经济"), "text": "2024年底",
     "why": "tasks 65 and 103 2024年 (equal); task 66 2025年 (earlier)"},
    {"rule": D, "line": ln("15.完善行政复议"), "text": "2024年底",
     "why": "tasks 77, 79, 80 2024年 (equal); task 81 2025年 (earlier)"},
    {"rule": D, "line": ln("16.依托全区一体化"), "text": "2024年9月底",
     "why": "tasks 84, 86, 89 all 2024年: earlier"},
    {"rule": D, "line": ln("17.推进“证照分离”"), "text": "2024年底",
     "why": "tasks 88, 90, 93 all 2024年: equal"},
    {"rule": D, "line": ln("18.配合完善生态环境"), "text": "2024年底",
     "why": "tasks 94, 97, 98 2024年 (equal); task 96 2025年 (earlier)"},
    {"rule": D, "line": ln("19.配合提升用水权"), "text": "2025年",
     "why": "tasks 100, 101, 102 all 2025年: equal"},
    {"rule": D, "line": ln("20.全面应用全区统一"), "text": "2024年底",
     "why": "tasks 104, 105 2024年 (equal); tasks 107, 111 2025年 (earlier)"},
    # units
    {"rule": "unknown-unit", "line": ln("1.围绕肉牛"), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln("5.落实县乡两级"), "text": "县直各部门（单位）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln("6.配合构建数据安全"), "text": "县直有关部门", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln("12.参照自治区"), "text": "各村（社区）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln("14.推进企业信用"), "text": "等有关部门",
     "why": "县自然资源局、住建局、农业农村局等有关部门: the listed units are in units.txt, 等有关部门 is a collective (same pattern as the baseline's 等有关部门（单位）)"},
    {"rule": "unknown-unit", "line": ln("6.配合构建数据安全"), "text": "县政府办",
     "why": "official short name of 县人民政府办公室 in units.txt"},
    {"rule": "unknown-unit", "line": ln("1.围绕肉牛"), "text": "农业农村局、市场监管局",
     "why": "the 县 prefix of 县发改局 distributes: 县农业农村局, 县市场监管局 (short name of 县市场监督管理局)"},
    {"rule": "unknown-unit", "line": ln("7.依托全区行政许可"), "text": "审批局",
     "why": "县政府办、审批局: the prefix distributes, 县审批局 is the short name of 县审批服务管理局"},
    {"rule": "unknown-unit", "line": ln("2.推动教育"), "text": "卫生健康局、人社局、文旅局、民政局",
     "why": "prefix 县 distributes; 县卫生健康局, 县人社局, 县文旅局, 县民政局 are in units.txt"},
    {"rule": "unknown-unit", "line": ln("17.推进“证照分离”"), "text": "残联",
     "why": "县民政局、残联: prefix distributes; 县残联 is the short name of 县残疾人联合会 in units.txt"},
    {"rule": "unknown-unit", "line": ln("11.推动各类电子证照"), "text": "国家税务总局泾源县税务局",
     "why": "a unit outside the county government proper, listed in units.txt"},
    {"rule": "unknown-unit", "line": ln("18.配合完善生态环境"), "text": "固原市生态环境局泾源分局",
     "why": "the city bureau's county branch, listed in units.txt; not a regional body leading a local task"},
    {"rule": "unknown-unit", "line": ln("20.全面应用全区统一"), "text": "机关事务服务中心",
     "why": "县政府办、机关事务服务中心: prefix distributes to 县机关事务服务中心 (units.txt)"},
    {"rule": "unknown-unit", "line": ln("（一）加强组织领导"), "text": "县推进数字政府建设领导小组",
     "why": "the county's leading group, listed in units.txt"},
    {"rule": "unknown-unit", "line": ln("8.对接全区统一"), "text": "党委、人大、政协、法院、检察院",
     "why": "the information systems to be connected (wording of task 38), not responsible units"},
    # pillars present under other names
    {"rule": "missing-pillar", "line": ln("4.配合培育数据要素市场"), "pillar": "数字生态",
     "why": "no sub-heading, but measure 4 is 数字生态 content (数据要素市场, 数据交易规则, tasks 12, 13)"},
    {"rule": "missing-pillar", "line": ln("12.参照自治区"), "pillar": "五个一",
     "why": "section 四 健全工作体系 takes up 五个一 and 六级贯通 under its own heading (task 64)"},
    {"rule": "missing-pillar", "line": ln("（二）强化资金保障"), "pillar": "财政投入",
     "why": "党的领导 items are in 六、保障措施: 组织领导, 资金保障 (= 财政投入), 数字素养, 考核评价"},
]

covers_map = [
    ("1.围绕肉牛", [2, 3, 5]), ("2.推动教育", [6, 7, 8]), ("3.推进数字乡村", [10, 11, 71]),
    ("4.配合培育数据要素市场", [12, 13, 42]), ("5.落实县乡两级", [14, 15, 18]),
    ("6.配合构建数据安全", [16, 19, 43, 46]), ("7.依托全区行政许可", [21, 23, 28]),
    ("8.对接全区统一", [33, 34, 38]), ("9.规范电子公文", [40, 41, 54]),
    ("10.开展县级城域网", [47, 48, 50]), ("11.推动各类电子证照", [52, 56, 57]),
    ("12.参照自治区", [64, 83, 106]), ("13.配合建设宁夏经济", [65, 66, 103]),
    ("14.推进企业信用", [70, 73, 74, 75]), ("15.完善行政复议", [77, 79, 80, 81]),
    ("16.依托全区一体化", [84, 86, 89]), ("17.推进“证照分离”", [88, 90, 93]),
    ("18.配合完善生态环境", [94, 96, 97, 98]), ("19.配合提升用水权", [100, 101, 102]),
    ("20.全面应用全区统一", [104, 105, 107, 111]),
    ("（一）加强组织领导", [116]), ("（二）强化资金保障", [25]),
    ("（三）提升数字素养", [117, 118]), ("（四）严格考核评价", [123, 124]),
]
covers = []
for snip, tasks in covers_map:
    l = only(snip)
    for t in tasks:
        covers.append({"task": t, "line": l})

# sanity: every text must occur on its line
for e in expect + mnf:
    if e["line"] and "text" in e:
        assert e["text"] in lines[e["line"] - 1], e

key = {
    "writer": "blind writer, round 729; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
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
    "notes": ("泾源县 (固原市) 2024 plan, 51 lines; no parent plan (固原 plan not in the seeds, cited only as 工作安排, not by title). "
              "Each numbered measure packs 3-4 regional tasks into one sentence with one 责任单位 note and one 完成时限; "
              "a measure's date is checked against every task it packs (the earliest regional milestone governs). "
              "Line 20 copies task 18's 2023年形成机制，长期坚持 into a 2024 plan: annotated as a near miss (equal deadline, copied past milestone), "
              "but a reviewer could read it as a date before the plan year. "
              "Line 36 also has 双随机、一公开 and line 7 （此件公开发布）: neither is 政务公开 content. "
              "task-uncovered entries 112/114 are consequences of the missing 政务公开 pillar; other county tasks not taken up (e.g. 9, 22, 30-32, 36, 85, 87, 92, 115) are not annotated."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers), len(lines))
