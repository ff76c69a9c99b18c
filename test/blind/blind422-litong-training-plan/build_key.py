# helper: writes key.json and checks every line number / text against draft.txt
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(snippet, nth=1):
    hits = [i + 1 for i, t in enumerate(L) if snippet in t]
    assert len(hits) >= nth, (snippet, hits)
    return hits[nth - 1]

def at(line, text):
    assert text in L[line - 1], (line, text)
    return line

G = '推进政务数据共享'.encode('utf-8').decode('gbk')

expect = [
 {"rule": "basis-mismatch", "line": at(9, "宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 71号 is a digit swap"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2026年，全区数字政府建设“1347”体系框架全面成型"), "text": "2026年",
  "why": "主要目标 goal (no task number): region says 到2025年 全区各级数字政府建设“34567”体系框架全面成型; the parent 吴忠 plan says 到2025年 全市“1347”体系框架全面成型; the draft puts the same goal in 2026"},
 {"rule": "deadline-later-than-baseline", "line": ln("5.推进适老化和无障碍建设"), "text": "2025年6月底前",
  "why": "task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": ln("网络安全和保密管理专题培训"), "text": "2023年10月",
  "why": "a course in the 2024年至2025年 training schedule (line 95) dated before the plan's own year 2024 (issued 2024-03-18); not a copied regional deadline"},
 {"rule": "unknown-unit", "line": ln("1.强化辅助决策能力"), "text": "区大数据局",
  "why": "not in units.txt; the district body is 区大数据管理服务中心 (= 区大数据中心); 大数据管理服务局 exists only at city level (市大数据局)"},
 {"rule": "unknown-unit", "line": ln("4.提高自主可控水平"), "text": "自治区政府办公厅",
  "why": "regional body named as the lead (牵头) of a local task in a district plan (copied from task 19/46's 责任单位)"},
 {"rule": "garbled-text", "line": ln(G), "text": G[:6],
  "why": "UTF-8 bytes of 推进政务数据共享 read as GBK (mojibake, no ? marker)"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

D = "deadline-later-than-baseline"; U = "unknown-unit"; B = "basis-mismatch"; I = "deadline-invalid"
# basis
m(B, 2, "the draft's own 文号, not a cited basis document", "利政发〔2024〕9号")
m(B, 9, "correct: 国务院关于加强数字政府建设的指导意见 is 国发〔2022〕14号", "国发〔2022〕14号")
m(B, 9, "cited with the same title and 文号 as in the parent 吴忠 plan", "宁政办发〔2023〕11号")
m(B, 9, "parent city plan cited by title alone; the 吴忠 plan has no 文号 and its title is exactly 关于加强数字政府建设的实施方案", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
m(B, 14, "retrospective mention in the 工作基础 background of the old 2020 工作要点, title and 文号 correct; not cited as a basis", "宁政办发〔2020〕14号")
m(I, 14, "past dates in the background (2020年以来, 2023年 完成摸底), not deadlines", "2023年")
# goals
m(D, ln("到2024年底，电子政务外网"), "2024 goals: 外网三级全覆盖 = task 48 (2024年), 系统迁移上云 = task 46 (2024年), 网上可办 = task 84 (2024年); all equal", "2024年底")
m(D, ln("到2025年，全区基础设施集约完备"), "equal to the region's 到2025年 goals (基础设施集约完备、数据治理初见成效…) and the city's 到2025年", "2025年")
m(D, ln("到2035年"), "equal to the region's and the city's 到2035年 vision", "2035年")
# task deadlines equal or earlier
m(D, ln("（一）健全组织机构"), "task 64 (各地各部门参照自治区做法成立相应组织机构; 各市、县（区）负责) 完成时限 2025年: earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own body, 自治区政府办公厅负责, not a county task", "2024年6月底前")
m(D, ln("2.建设智慧园区"), "task 3 持续推进，2025年取得明显成效: equal", "2025年取得明显成效")
m(D, ln("4.完善数字经济治理"), "task 5 持续推进，2025年取得明显成效: equal", "2025年取得明显成效")
m(D, ln("1.深化数字普惠应用"), "task 6 持续推进，2025年取得明显成效 (also 7/8, 2025): equal", "2025年取得明显成效")
m(D, ln("3.推进数字乡村建设"), "task 10 持续推进，2025年取得明显成效: equal", "2025年取得明显成效")
m(D, ln("4.建设“数字供销”"), "task 11 2023年完成主要建设任务，2025年取得明显成效: completing milestone 2025 equal", "2025年取得明显成效")
m(D, ln("1.培育数据要素市场"), "task 12 完成时限 2025年: equal", "2025年底前")
m(D, ln("1.强化安全管理责任"), "tasks 14/15 完成时限 2023年; 长期坚持 has no milestone later than the region's", "长期坚持")
m(I, ln("2.提升安全防护能力"), "task 18's regional deadline 2023年形成机制，长期坚持 copied verbatim; a copied regional deadline before the plan's year, not an impossible one, and not later", "2023年形成机制，长期坚持")
m(D, ln("4.提高自主可控水平"), "task 46 (2024年) / task 19 (2023年启动，2024年建成): equal (the planted item on this line is the unit)", "2024年底前")
m(D, ln("1.助力政府职能转变"), "task 21 完成时限 2024年: equal", "2024年底前")
m(D, ln("3.开展试点示范"), "task 28 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal; the later start reflects the plan's own year", "2024年启动，2025年取得明显成效")
m(D, ln("3.推进数据开发利用"), "task 42 完成时限 2024年: equal", "2024年底前")
m(D, ln("4.规范电子公文管理"), "task 40 完成时限 2024年 (and 54, 2024年): equal", "2024年12月底前")
m(D, ln("1.提升网络平台支撑能力"), "tasks 48 and 50 完成时限 2024年: equal", "2024年底前")
m(D, ln("2.统筹融合视频资源"), "task 49 完成时限 2025年: equal", "2025年底前")
m(D, ln("3.加强共性应用支撑"), "task 52 完成时限 2025年: equal", "2025年底前")
m(D, ln("4.推进非税收入收缴电子化"), "task 56 完成时限 2025年: equal", "2025年")
m(D, ln("5.提升信用信息服务水平"), "task 57 完成时限 2024年: equal", "2024年底前")
m(D, ln("1.推进精准监管"), "tasks 70/71 完成时限 2024年: equal", "2024年底前")
m(D, ln("1.提升社会矛盾化解能力"), "task 77 完成时限 2024年: equal", "2024年底前")
m(D, ln("2.提升社会治安防控能力"), "task 79 完成时限 2024年: equal", "2024年底前")
m(D, ln("3.提升公共安全保障能力"), "task 80 完成时限 2024年: equal", "2024年底前")
m(D, ln("4.提高基层社会治理能力"), "task 83 完成时限 2025年: equal", "2025年底前")
m(D, ln("1.打造泛在可及的服务体系"), "task 84 完成时限 2024年: equal", "2024年底前")
m(D, ln("2.推动更多事项掌上办"), "task 86 完成时限 2024年: equal", "2024年底前")
m(D, ln("3.提供优质便利的涉企服务"), "task 89 完成时限 2024年: equal", "2024年底前")
m(D, ln("4.拓展公平普惠的民生服务"), "task 90 完成时限 2024年: equal", "2024年底前")
m(D, ln("2.推进数字治水"), "task 96 完成时限 2025年: equal", "2025年底前")
m(D, ln("2.提升行政执行能力"), "tasks 104/105 完成时限 2024年: equal", "2024年底前")
m(D, ln("3.推动基层减负"), "task 106 (填表报数系统 依托宁政通) 完成时限 2025年: equal; not task 105", "2025年底前")
m(D, ln("4.统筹视频会议和机关事务管理"), "tasks 107/111 完成时限 2025年: equal", "2025年底前")
m(D, ln("1.提升政府信息公开水平"), "task 112 完成时限 2024年: equal", "2024年底前")
m(D, ln("2.发挥政务新媒体传播优势"), "task 114 完成时限 2024年: equal", "2024年底前")
m(D, ln("3.畅通政民互动渠道"), "task 115 完成时限 2024年: equal", "2024年底前")
m(D, ln("（一）加强组织领导"), "task 116 2023年完成并长期坚持; 长期坚持 is not later", "长期坚持")
m(D, ln("（二）强化考核评价"), "the office's own reporting dates (quarterly and the 2024 annual summary), not task deadlines (tasks 121-124 are 长期坚持)", "2024年12月15日前")
m(D, ln("（四）提升数字素养"), "the period of the training schedule, not a completion date for task 118", "2024年至2025年")
# training schedule: course dates and hours
tbl = ln("培训内容\t培训对象")
m(D, tbl + 1, "course date in the schedule; task 118 (2023年完成并长期坚持): the system exists, regular courses are the 长期坚持 part", "2024年4月")
m(D, tbl + 2, "course period (May to December 2024), a schedule not a deadline", "2024年5月至12月")
m(D, tbl + 3, "course date, not a deadline for data-sharing tasks 36/17 (2023年)", "2024年第三季度")
m(D, tbl + 4, "recurring course (每季度1期) and hours per session; no date", "每季度1期")
m(D, tbl + 5, "recurring course and hours; no date", "每期4学时")
m(D, tbl + 7, "course date in 2025, within the schedule's 2024年至2025年", "2025年第二季度")
m(D, tbl + 8, "course date in 2025", "2025年第三季度")
m(D, tbl + 9, "course date in 2025; 16学时 is hours, not a date", "2025年11月")
m(D, tbl + 2, "hours (不少于20学时), not a date", "不少于20学时")
# units: posts, trainees, training bodies, collectives, aliases
m(U, 3, "addressee: 各乡镇人民政府、街道办事处 — the 各 covers both; collective", "街道办事处")
m(U, tbl + 1, "trainees named by post (各乡镇（街道）分管负责同志), not a unit", "分管负责同志")
m(U, tbl + 6, "trainees named by post (各部门分管负责同志、网络安全管理员)", "各部门分管负责同志")
m(U, tbl + 3, "trainees named by post (信息化专干、数据专员)", "信息化专干")
m(U, tbl + 4, "trainees: 各乡镇（街道）、各村（社区）信息化专干 — collective plus post", "各村（社区）信息化专干")
m(U, tbl + 1, "district party school, in units.txt", "区委党校")
m(U, tbl + 2, "outside training institute, in units.txt (区外承训机构); second-listed, not lead", "宁夏干部教育培训网络学院")
m(U, tbl + 7, "outside institute in units.txt; second-listed, and the note under the table makes the first-listed 区委党校 the lead", "宁夏大学")
m(U, tbl + 8, "city party school as co-organizer of a visit, in units.txt", "吴忠市委党校")
m(U, tbl + 6, "full name of the police branch, in units.txt", "吴忠市公安局利通区分局")
m(U, ln("4.完善数字经济治理"), "alias of 吴忠市公安局利通区分局 in units.txt", "区公安分局")
m(U, ln("2.建设智慧园区"), "alias 区工信商务局 and 金积工业园区管委会, both in units.txt", "区工信商务局")
m(U, ln("2.推动更多事项掌上办"), "alias of 区审批服务管理局", "区审批局")
m(U, ln("2.加快智慧城市建设"), "aliases 区住建交通局 and 区大数据中心 in units.txt", "区大数据中心")
m(U, ln("5.提升信用信息服务水平"), "alias of 区发展和改革局", "区发改局")
m(U, ln("4.建设“数字供销”"), "alias of 区供销合作社联合社", "区供销社")
m(U, ln("1.加强生态环境数字化监测"), "alias of 吴忠市生态环境局利通分局", "利通生态环境分局")
m(U, ln("1.助力政府职能转变"), "'X等区直有关部门' — a named unit plus a collective", "区直有关部门")
m(U, ln("4.提高基层社会治理能力"), "collectives 各乡镇（街道）、各村（社区）", "各村（社区）")
m(U, ln("4.规范电子公文管理"), "regional body mentioned in the text (对接), not named as lead; lead is 区档案馆", "自治区档案局")
m(U, ln("（一）加强组织领导"), "区委、区政府 lead in general terms; both in units.txt", "区委、区政府")
m(U, ln("（二）强化考核评价"), "the leading group's office, in units.txt", "区数字政府建设领导小组办公室")
# pillars
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "三、（三）营造良好数字生态 (lines 37-39)"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "folded into 二、完善“一套体系” (lines 22-25: 健全组织机构、厘清层级职责(六级贯通)、完善工作机制), as in the 吴忠 plan"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "六、（三）加强资金保障 (line 94)"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "六、（四）提升数字素养 with the training schedule (lines 95-106)"})

C = []
def c(task, snippet):
    C.append({"task": task, "line": ln(snippet)})
for t, s in [(2, "1.推动产业数字化转型"), (3, "2.建设智慧园区"), (5, "4.完善数字经济治理"), (6, "1.深化数字普惠应用"),
             (7, "1.深化数字普惠应用"), (8, "1.深化数字普惠应用"), (9, "2.加快智慧城市建设"), (10, "3.推进数字乡村建设"),
             (11, "4.建设“数字供销”"), (12, "1.培育数据要素市场"), (14, "1.强化安全管理责任"), (15, "1.强化安全管理责任"),
             (17, "3.落实安全制度要求"), (18, "2.提升安全防护能力"), (21, "1.助力政府职能转变"), (24, "2.创新项目管理机制"),
             (25, "（三）加强资金保障"), (28, "3.开展试点示范"), (30, "1.健全数据管理机制"), (32, "1.健全数据管理机制"),
             (36, "2.深化数据高效共享"), (40, "4.规范电子公文管理"), (42, "3.推进数据开发利用"), (46, "4.提高自主可控水平"),
             (48, "1.提升网络平台支撑能力"), (50, "1.提升网络平台支撑能力"), (49, "2.统筹融合视频资源"), (52, "3.加强共性应用支撑"),
             (56, "4.推进非税收入收缴电子化"), (57, "5.提升信用信息服务水平"), (64, "（一）健全组织机构"), (66, "（一）提升科学精准的经济调节能力"),
             (70, "1.推进精准监管"), (71, "1.推进精准监管"), (72, "2.推进协同监管"), (74, "3.推进智能监管"),
             (77, "1.提升社会矛盾化解能力"), (79, "2.提升社会治安防控能力"), (80, "3.提升公共安全保障能力"), (83, "4.提高基层社会治理能力"),
             (84, "1.打造泛在可及的服务体系"), (86, "2.推动更多事项掌上办"), (89, "3.提供优质便利的涉企服务"), (90, "4.拓展公平普惠的民生服务"),
             (93, "5.推进适老化和无障碍建设"), (96, "2.推进数字治水"), (102, "3.推动绿色低碳转型"), (104, "2.提升行政执行能力"),
             (105, "2.提升行政执行能力"), (106, "3.推动基层减负"), (107, "4.统筹视频会议和机关事务管理"), (111, "4.统筹视频会议和机关事务管理"),
             (112, "1.提升政府信息公开水平"), (114, "2.发挥政务新媒体传播优势"), (115, "3.畅通政民互动渠道"), (116, "（一）加强组织领导"),
             (118, "（四）提升数字素养"), (120, "（四）提升数字素养"), (122, "（二）强化考核评价"), (123, "（二）强化考核评价"), (124, "（二）强化考核评价")]:
    c(t, s)

key = {
 "writer": "blind writer, round 422; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("利通区 (county-level district of 吴忠市) plan issued 2024-03-18, checked against 宁政发〔2023〕17号 and the 吴忠 plan. "
           "Inline notes （责任单位：…；完成时限：…） follow each measure; the 提升数字素养 part (line 95) carries a tab-separated training "
           "schedule (lines 96-105) whose note (line 106) says the first-listed 组织单位 leads. units.txt is the district registry, "
           "including outside training institutes. draft.src.txt + gen_draft.py build draft.txt (<T> tab, <G> the mojibake run); "
           "build_key.py writes and checks this key.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(C), len(L))
