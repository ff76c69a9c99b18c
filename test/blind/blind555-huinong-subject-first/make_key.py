#!/usr/bin/env python3
# Builds key.json from draft.txt: every line number is looked up by a unique substring.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, also=None):
    hits = [i + 1 for i, s in enumerate(L) if sub in s and (also is None or also in s)]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def item(n):
    return ln('%d.' % n, None) if False else [i + 1 for i, s in enumerate(L) if s.startswith('%d.' % n)][0]

pre = ln('根据《国务院关于加强数字政府建设的指导意见》')
goal24 = ln('到2024年底，')
goal26 = ln('到2026年，')
goal35 = ln('到2035年，')
bg = ln('近年来，我区深入落实')

expect = [
    {"rule": "basis-mismatch", "line": pre, "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document, not an office 宁政办发 one); the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": goal26, "text": "2026年",
     "why": "主要目标: the regional 实施意见 sets 到2025年 '34567' 体系框架全面成型 (same wording: 工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效); the draft says 到2026年"},
    {"rule": "deadline-invalid", "line": item(23), "text": "2023年10月底",
     "why": "a 2024 plan (issued 2024-03-28) sets a future completion date in 2023; task 41 (公共数据开放目录及相关责任清单, 公共数据开放平台) 完成时限 2024年, so it is not a copied regional date either; a typo for 2024"},
    {"rule": "deadline-later-than-baseline", "line": item(26), "text": "2025年6月底",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 自治区政府办公厅牵头，各市、县（区）具体负责) 完成时限 2024年; also task 47 (外网升级改造) 2024年"},
    {"rule": "unknown-unit", "line": item(24), "text": "区大数据局",
     "why": "no such body in 惠农区: units.txt lists 区大数据服务中心 (a 中心, with no 区大数据局 short name); the rest of the draft uses 区大数据服务中心"},
    {"rule": "unknown-unit", "line": item(55), "text": "自治区机管局",
     "why": "a regional body named as the lead (牵头) of a local task: copied from task 107 (自治区机管局牵头负责); in a district plan the lead must be a district unit (区机关事务服务中心 / 区政府办公室)"},
]

M = []
def m(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    M.append(d)

# basis / citations
m("basis-mismatch", pre, "correct: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号", "国发〔2022〕14号")
m("basis-mismatch", pre, "correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (as cited in the 吴忠 plan)", "宁政办发〔2023〕11号")
m("basis-mismatch", bg, "retrospective mention of the old 2020 工作要点 with its correct 文号 in the 现状基础 background; not cited as a basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('惠政办发〔2024〕11号'), "the notice's own 文号, not a basis document", "惠政办发〔2024〕11号")
# past dates / invalid look-alikes
m("deadline-invalid", bg, "past dates in the background (2021年, 2022年, 2023年 achievements), not deadlines", "2021年")
m("deadline-invalid", item(21), "2023年 refers to the first 摸底 already done (see 现状基础), not a deadline; the task (30, 完成时限 2023年) is carried on with no new date", "2023年")
m("deadline-invalid", ln('2024年3月28日'), "the notice's own issue date", "2024年3月28日")
# goals
m("deadline-later-than-baseline", goal24, "2024 goal: its items are tasks 84, 50, 105, all 完成时限 2024年 (equal); nothing in it is from the regional 2023 goal")
m("deadline-later-than-baseline", goal35, "到2035年 equals the regional 2035 goal", "2035年")
# equal deadlines
m("deadline-later-than-baseline", item(1), "task 2 完成时限 '2023 年启动，2024 年取得明显成效': equal", "2024年")
m("deadline-later-than-baseline", item(2), "task 3 '持续推进，2025 年取得明显成效': equal", "2025年底")
m("deadline-later-than-baseline", item(4), "task 6 (各市、县（区）负责) '持续推进，2025 年取得明显成效': equal", "2025年底")
m("deadline-later-than-baseline", item(7), "task 9 '持续推进，2025年取得明显成效': equal", "2025年底")
m("deadline-later-than-baseline", item(14), "task 19 '2023年启动，2024年建成' / task 43 '2024 年建成' / task 46 '2024 年': equal", "2024年底")
m("deadline-later-than-baseline", item(15), "'年底前' in a 2024 plan = end of 2024; task 21 完成时限 2024年: equal", "年底前")
m("deadline-later-than-baseline", item(24), "task 42 完成时限 2024年: equal (the line's error is the unit, not the date)", "2024年底")
m("deadline-later-than-baseline", item(27), "task 50 完成时限 2024 年: equal", "2024年底")
m("deadline-later-than-baseline", item(28), "task 49 完成时限 2025 年: equal", "2025年底")
m("deadline-later-than-baseline", item(30), "task 56 完成时限 2025年: equal", "2025年底")
m("deadline-later-than-baseline", item(47), "task 93 完成时限 2024年: equal; three bodies share the sentence", "2024年底")
m("deadline-later-than-baseline", item(53), "task 105 完成时限 2024年: equal", "2024年底")
m("deadline-later-than-baseline", item(55), "task 107 完成时限 2025年: equal (the line's error is the unit)", "2025年底")
m("deadline-later-than-baseline", item(56), "task 111 完成时限 2025年: equal", "2025年底")
# earlier deadlines
m("deadline-later-than-baseline", item(16), "task 22 完成时限 2025年; 2024年10月 is earlier", "2024年10月底")
m("deadline-later-than-baseline", item(17), "task 23 完成时限 2024年; 2024年6月 is earlier", "2024年6月底")
m("deadline-later-than-baseline", item(32), "task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) 完成时限 2025年; 2024年6月 is earlier. Not task 60 (充实自治区领导小组, 2023年), which is a regional task for 自治区政府办公厅", "2024年6月底")
m("deadline-later-than-baseline", item(43), "task 84 完成时限 2024年; 2024年9月 is earlier", "2024年9月底")
# office's own reporting dates
m("deadline-later-than-baseline", item(34), "the office's own quarterly reporting date, not a task deadline", "25日前")
m("deadline-later-than-baseline", item(65), "reporting dates for the units' own 落实措施 and annual summary, not a task deadline (not task 116's 工作方案/工作要点, which item 60 (line 101) takes up without a date)", "2024年4月20日")
m("deadline-invalid", item(65), "the office's own reporting dates (2024年4月20日, 每年12月10日), not task deadlines", "2024年4月20日")
# units: collectives
m("unknown-unit", item(11), "collective subjects", "区直各部门（单位）")
m("unknown-unit", item(26), "collective subject (cooperating)", "各乡镇（街道）")
m("unknown-unit", item(42), "collective subject", "各村（社区）")
m("unknown-unit", item(8), "collective subject", "各乡镇人民政府")
m("unknown-unit", item(38), "collective subject", "区直承担监管职责的部门")
# units: registered names, short names, prefix distribution
m("unknown-unit", item(3), "official short name of 石嘴山市公安局惠农分局 in units.txt", "公安惠农分局")
m("unknown-unit", item(1), "one registered name, not to be split at 和", "区工业信息化和商务局")
m("unknown-unit", item(2), "registered name (contains 区 inside)", "石嘴山经济技术开发区管委会")
m("unknown-unit", item(4), "the 区 prefix distributes: 区民政局, 区卫生健康局, 区人力资源和社会保障局, all in units.txt", "民政局")
m("unknown-unit", item(48), "registered 驻区 unit", "石嘴山市生态环境局惠农分局")
m("unknown-unit", item(60), "区委 and 区政府 are short names in units.txt", "区委")
# units: bodies named as those cooperated with or reported to
m("unknown-unit", item(14), "regional body named as the one the district cooperates with (配合自治区政府办公厅); the local lead is 区大数据服务中心", "自治区政府办公厅")
m("unknown-unit", item(56), "regional body named as the one cooperated with (配合自治区机管局); the lead is 区机关事务服务中心", "自治区机管局")
m("unknown-unit", item(50), "regional body named as the one cooperated with (配合自治区发展改革委)", "自治区发展改革委")
m("unknown-unit", item(7), "the city named as the one cooperated with (配合石嘴山市); in units.txt as short name of 石嘴山市人民政府", "石嘴山市")
m("unknown-unit", item(57), "city body named as the recipient of a report; in units.txt", "石嘴山市人民政府办公室")
m("unknown-unit", item(34), "the body reports go to; in units.txt", "区数字政府建设领导小组办公室")
m("unknown-unit", item(48), "a data centre the data are fed into, not a responsible body", "自治区生态环境数据资源中心")

covers = []
def c(task, n):
    covers.append({"task": task, "line": item(n)})
for task, n in [(2,1),(3,2),(5,3),(6,4),(7,5),(8,6),(9,7),(10,8),(12,9),(14,11),(15,11),(17,12),(18,13),(19,14),
                (21,15),(22,16),(23,17),(24,18),(28,19),(32,20),(30,21),(36,22),(41,23),(42,24),(40,25),(54,25),
                (48,26),(50,27),(49,28),(53,29),(56,30),(57,31),(64,32),(66,35),(70,36),(71,37),(72,38),(77,39),
                (79,40),(80,41),(83,42),(84,43),(86,44),(88,45),(89,45),(90,46),(93,47),(94,48),(96,49),(97,49),
                (101,50),(102,50),(103,51),(104,52),(105,53),(106,54),(107,55),(111,56),(112,57),(113,57),(114,58),
                (115,59),(116,60),(25,61),(118,62),(122,63),(124,63)]:
    c(task, n)

key = {
    "writer": "blind writer, round 555; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("惠农区 (石嘴山市) plan of 2024-03-28, no parent plan (石嘴山's plan is not in the seeds and is not cited). "
              "No task table and no notes: every measure names its bodies as the subject with the date in the sentence. "
              "In this district plan 全区 means 惠农区 and 区 + name is a district body; 自治区 + name is regional. "
              "Tasks due 2023 in the regional list (14, 15, 17, 18, 24, 25, 30, 32, 36, 72, 116, 118) are taken up without a date on purpose."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect:
    print(e['rule'], e['line'], e['text'], '|', L[e['line']-1][:60])
