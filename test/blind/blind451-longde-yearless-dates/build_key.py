#!/usr/bin/python3
# Writes key.json for blind case 451 and checks every line number against draft.txt.
# Each entry names an anchor (a string that must occur on exactly one line); the line is found from it
# and the entry's text must occur on that line.
import json, os

here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L = L[:-1]


def line_of(anchor):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def row(n):
    """line of task-list row n (first cell is the number)"""
    hits = [i for i, l in enumerate(L, 1) if l.split("\t")[0] == str(n) and "\t" in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def E(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert line == 0 or text in L[line - 1], (rule, line, text)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
MP = "missing-pillar"

expect = [
    E(BM, line_of("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号",
      "the region's 实施意见 (自治区人民政府关于加强数字政府建设的实施意见) is 宁政发〔2023〕17号; "
      "宁政办发 is the 自治区人民政府办公厅 series, so the 文号 does not belong to the title"),
    E(DL, line_of("到2026年"), "2026年",
      "主要目标: the framework goal '体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…' is set 到2025年 in "
      "宁政发〔2023〕17号 (到2025年，全区各级数字政府建设“34567”体系框架全面成型); the county's 2026 is later"),
    E(DI, row(15), "6月31日",
      "impossible date: June has 30 days (yearless, read as 2024年6月31日). Row matches task 47 "
      "(电子政务外网升级改造、扩大互联网出口带宽), 完成时限 2024年, so it is not late, only invalid"),
    E(DL, row(16), "明年上半年",
      "yearless date in a plan issued 2024-03: 明年上半年 = first half of 2025. Task 48 (开展各级城域网升级改造，"
      "推进区市县乡村5级全覆盖) 完成时限 2024年; 2025 is later (also later if matched to task 47, 2024年)"),
    E(UU, row(18), "县信息化办公室",
      "not in units.txt: an old name; the county's data work sits with 县大数据服务中心 / 县人民政府办公室"),
    E(DL, row(30), "次年3月底前",
      "yearless date: 次年 in a 2024 plan = 2025, so 2025年3月底前. Task 93 (政府网站、政务移动端、公共服务场所"
      "适老化与信息无障碍建设) 完成时限 2024年; 2025 is later"),
]

mnf = []
# --- deadlines: yearless dates within the region's, read in 2024 (明年/次年 = 2025)
yl = [
    (62, "年底前", "task 2 (产业云，汇聚企业生产销售数据) 完成时限 2023年启动，2024年取得明显成效; 年底前 = 2024年底, equal"),
    (63, "明年上半年", "task 6 (教育、健康…水电气热等服务数字化) 完成时限 持续推进，2025年取得明显成效; 明年上半年 = 2025上半年, within 2025"),
    (67, "年底前", "task 21 (行政权力事项网上运行、动态管理) 完成时限 2024年; 年底前 = 2024年底, equal"),
    (68, "6月底前", "task 23 (一体化数字资源管理系统、“一本账”) 完成时限 2024年; 2024年6月底前 is earlier"),
    (70, "年内", "tasks 33/34 (基础数据库、主题数据库) 完成时限 2024年; 年内 = 2024, equal (task 29 if matched: 2025年完成)"),
    (71, "三季度", "task 40 (电子公文全流程标准化管理) 完成时限 2024年; 2024年三季度 is earlier"),
    (72, "下半年", "task 41 (公共数据开放目录及责任清单) 完成时限 2024年; 2024年下半年 is within 2024"),
    (73, "年底前", "task 42 (公共数据与政务数据融合应用) 完成时限 2024年; equal"),
    (78, "年底前", "task 50 (非涉密业务专网整合迁移) 完成时限 2024年; equal"),
    (79, "次年6月底前", "task 56 (非税收入收缴电子化全覆盖) 完成时限 2025年; 次年6月底前 = 2025年6月底前, within 2025"),
    (80, "上半年", "task 64 (各地各部门参照自治区做法成立相应的组织机构) 完成时限 2025年; 2024上半年 is earlier"),
    (81, "年底前", "task 71 (重点领域全链条数字化追溯监管) 完成时限 2024年; equal"),
    (82, "三季度", "task 74 (新型监管手段，远程监管、移动监管…) 完成时限 2024年; earlier"),
    (83, "下半年", "task 77 (矛盾纠纷线上受理渠道、多元化解信息系统) 完成时限 2024年; within 2024"),
    (84, "年底前", "task 79 (“雪亮工程”) 完成时限 2024年; equal"),
    (87, "年底前", "task 84 (“网上办、掌上办、就近办、一次办”一体化政务服务) 完成时限 2024年; equal"),
    (88, "6月底前", "task 86 (“我的宁夏”政务APP应上尽上) 完成时限 2024年; earlier"),
    (89, "年底前", "task 90 (公共场馆数字化转型，接入“我的宁夏”) 完成时限 2024年; equal"),
    (92, "三季度", "task 98 (“智慧林草”云平台) 完成时限 2024年; earlier"),
    (94, "年内", "task 104 (全区统一的协同办公平台) 完成时限 2024年; equal"),
    (95, "6月底前", "task 105 (“宁政通”移动办公，覆盖…五级) 完成时限 2024年; earlier"),
    (96, "明年上半年", "task 106 (填表报数系统，压减50%以上) 完成时限 2025年; 明年上半年 = 2025上半年, within 2025"),
    (98, "年底前", "task 112 (政务公开信息化平台) 完成时限 2024年; equal"),
    (99, "下半年", "task 114 (政务新媒体矩阵) 完成时限 2024年; within 2024"),
]
for ln, t, why in yl:
    mnf.append(E(DL, ln, t, "yearless date within the region's: " + why))
mnf.append(E(DL, line_of("促进数据有序开发利用。年内"), "年内",
             "yearless inline date: 年内 = 2024; task 41 (公共数据开放目录) 完成时限 2024年, equal"))
mnf.append(E(DL, line_of("年底前，县级政务信息系统"), "年底前",
             "short-term goal read as 2024年底: its content (信创云迁移, 县乡村三级政务服务线上线下融合) is tasks 43 "
             "(2024年建成) and 84 (2024年), not the region's 2023 goal (政策体系、五个一、家底理清), so not later"))
# --- deadlines with years equal to the region's
eq = [
    (61, "2025年", "task 3 (“智慧园区”) 完成时限 持续推进，2025年取得明显成效; equal"),
    (64, "2025年", "task 8 (“互联网+医疗健康”) 完成时限 持续推进，2025年取得明显成效; equal"),
    (65, "2025年", "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; equal"),
    (66, "2025年", "task 11 (“数字供销”) 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal"),
    (69, "2025年", "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; equal"),
    (74, "2024年底前", "task 43 (政务信创云安全过渡) 完成时限 2024年建成，持续推进; equal"),
    (77, "2025年", "task 49 (视频共享平台、“视频一张网”) 完成时限 2025年; equal"),
    (85, "2024年底前", "task 80 (“智慧应急”) 完成时限 2024年; equal"),
    (86, "2025年底前", "task 83 (“互联网+基层治理”) 完成时限 2025年; equal"),
    (91, "2025年", "task 96 (“互联网+城乡供水”、水联网) 完成时限 2025年; equal"),
    (93, "2025年", "task 102 (绿色低碳转型、污染防治攻坚战) 完成时限 2025年; equal"),
    (97, "2025年底前", "task 107 (非涉密视频会议系统资源整合) 完成时限 2025年; equal"),
    (101, "长期坚持", "task 121 (年度工作要点和考核指标体系) 完成时限 长期坚持; equal"),
]
for ln, t, why in eq:
    mnf.append(E(DL, ln, t, "year equal to the region's: " + why))
mnf.append(E(DL, 100, "长期坚持",
             "task 116 (“一把手工程”) 完成时限 2023年完成并长期坚持; the county gives no completing milestone, only the "
             "ongoing part, which matches the region's 长期坚持; not later"))
mnf.append(E(DL, row(15), "6月31日",
             "not late: read in 2024 it falls within task 47's 2024年 (it is reported as deadline-invalid instead)"))
mnf.append(E(DL, line_of("到2035年"), "2035年", "主要目标 到2035年 equals the region's 到2035年 goal (数字政府全面建成)"))
# --- the office's own recurring dates
rp = line_of("每月5日前")
mnf.append(E(DL, rp, "每月5日前", "the office's own recurring reporting date, not a task deadline"))
mnf.append(E(DL, rp, "每季度末", "the office's own recurring reporting date, not a task deadline"))
mnf.append(E(DL, rp, "次年1月15日前", "recurring annual summary date of the office (each year's summary by 15 January of the next), not a task deadline"))
mnf.append(E(DI, rp, "次年1月15日前", "a valid recurring reporting date"))
# --- dates that are not deadlines
mnf.append(E(DI, line_of("2024年3月18日"), "2024年3月18日", "the issue date of the notice, not a deadline"))
bg = line_of("2022年建成")
mnf.append(E(DI, bg, "2022年", "past date in the background section (发展基础), not a deadline"))
mnf.append(E(DI, bg, "2023年", "past date in the background section (发展基础), not a deadline"))
mnf.append(E(DI, line_of("（2024年—2025年）"), "2024年—2025年", "period in the title of the attached task list, not a deadline; both years lie in or after the plan's year"))
mnf.append(E(DI, row(20), "上半年", "yearless 上半年 of the plan's year (2024): the plan is issued 2024-03-18, so it is still ahead"))
# --- units
mnf.append(E(UU, line_of("各乡镇人民政府，县直各部门、各直属机构"), "县直各部门", "addressees; collective subjects"))
mnf.append(E(UU, 65, "各乡镇人民政府", "collective subject (各乡镇人民政府); the 13 乡镇 are also in units.txt"))
mnf.append(E(UU, 67, "县直各部门（单位）", "collective subject"))
mnf.append(E(UU, 78, "县直有关部门", "collective subject (县直有关部门, the county analogue of 市直有关部门)"))
mnf.append(E(UU, 79, "卫生健康局", "the prefix 县 distributes over the list: 县卫生健康局, 县自然资源局, 县公安局 are all in units.txt"))
mnf.append(E(UU, 79, "自然资源局", "prefix 县 distributes: 县自然资源局 is in units.txt"))
mnf.append(E(UU, 81, "县市场监管局", "official short name of 县市场监督管理局 in units.txt"))
mnf.append(E(UU, 81, "县卫健局", "short name of 县卫生健康局 in units.txt"))
mnf.append(E(UU, 85, "隆德县消防救援大队", "in units.txt (a unit outside the county government proper)"))
mnf.append(E(UU, 86, "各村（社区）", "collective subject"))
mnf.append(E(UU, 87, "县审批局", "short name of 县审批服务管理局 in units.txt"))
mnf.append(E(UU, 92, "县林草局", "official short name of 县林业和草原局 in units.txt"))
mnf.append(E(UU, 93, "固原市生态环境局隆德分局", "the city bureau's county branch, listed in units.txt"))
mnf.append(E(UU, 95, "县政府办", "short name of 县人民政府办公室 in units.txt"))
mnf.append(E(UU, 80, "县委编办", "official short name, in units.txt"))
mnf.append(E(UU, line_of("县委、县政府切实履行"), "县委、县政府", "the county Party committee and government themselves, not responsible units of a task"))
mnf.append(E(UU, line_of("领导小组办公室汇总通报"), "县数字政府建设领导小组办公室", "in units.txt"))
# --- basis
mnf.append(E(BM, 9, "国发〔2022〕14号", "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）"))
mnf.append(E(BM, bg, "宁政办发〔2020〕14号",
             "retrospective mention of the 2020 工作要点 in the background, with its own correct 文号; not cited as a basis"))
mnf.append(E(BM, 1, "隆政办发〔2024〕9号", "the notice's own 文号, not a basis citation"))
# --- pillars present under county wording
mnf.append(E(MP, line_of("（三）营造良好数字生态"), None, "数字生态 is taken up (数据要素市场、数据交易规范、网络生态)", pillar="数字生态"))
mnf.append(E(MP, line_of("四、健全“五个一”"), None, "五个一/六级贯通 work system taken up as county organisation (领导小组、层级职责、工作机制)", pillar="五个一"))
mnf.append(E(MP, line_of("（二）加大财政投入"), None, "财政投入 taken up", pillar="财政投入"))
mnf.append(E(MP, line_of("（三）提升数字素养"), None, "数字素养 taken up", pillar="数字素养"))
mnf.append(E(MP, line_of("（四）强化考核评价"), None, "考核评价 taken up", pillar="考核评价"))

covers = [
    (2, 62), (3, 61), (5, 18), (6, 63), (7, 19), (8, 64), (10, 65), (11, 66), (12, 20), (13, 20),
    (14, 23), (15, 23), (17, 24), (18, 25), (20, 27), (21, 67), (23, 68), (24, 28), (28, 69),
    (30, 31), (32, 31), (33, 70), (34, 70), (36, 32), (40, 71), (41, 72), (42, 73), (43, 74),
    (47, 75), (48, 76), (49, 77), (50, 78), (51, 37), (56, 79), (64, 80), (68, 44), (70, 44),
    (71, 81), (74, 82), (77, 83), (79, 84), (80, 85), (83, 86), (84, 87), (85, 46), (86, 88),
    (90, 89), (93, 90), (94, 47), (96, 91), (98, 92), (102, 93), (103, 48), (104, 94), (105, 95),
    (106, 96), (107, 97), (112, 98), (114, 99), (115, 49), (116, 100), (118, 53), (121, 101),
    (122, 54), (123, 54), (124, 54), (25, 52),
]
for t, ln in covers:
    assert 1 <= ln <= len(L)

key = {
    "writer": "blind writer, round 451; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "covers": [{"task": t, "line": ln} for t, ln in covers],
    "notes": (
        "隆德县 (固原市) plan issued 2024-03-18, basis the region's 实施意见 only (no parent plan). Yearless dates are "
        "read in the plan's year 2024 (年底前, 6月底前, 上半年, 三季度, 下半年, 年内); 明年 and 次年 are 2025. "
        "The task list notes that the first-listed unit leads. Row 19 writes 县财政局、县教育体育局、卫生健康局、自然资源局、"
        "公安局 with the prefix 县 distributing. Line 55 holds the office's own recurring reporting dates. "
        "No task with a 2023 regional deadline carries a county date, except 长期坚持 for task 116."
    ),
}
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
