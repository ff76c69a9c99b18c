# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def at(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line

def row(n):
    # table row n (序号) -> line
    hits = [i for i, l in enumerate(L, 1) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, n
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": at(9, "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the government office's series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": at(19, "到二〇二六年"), "text": "二〇二六年",
     "why": "主要目标: the region's 实施意见 says 到2025年 the 34567 体系框架全面成型, and the parent 吴忠 plan says 到2025年 the 1347 体系框架全面成型; the county puts the same goal in 2026"},
    {"rule": "deadline-later-than-baseline", "line": at(54, "六月底前，完成全县各级政府网站、政务移动端和公共服务场所适老化"), "text": "六月底前",
     "why": "item under the heading （二）二〇二五年重点工作, so due 2025年6月; task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": at(row(15), "二〇二四年六月三十一日前"), "text": "二〇二四年六月三十一日",
     "why": "June has 30 days: impossible date (the task, 57 信用信息公共服务平台, is due 2024年, so it is not late)"},
    {"rule": "unknown-unit", "line": at(row(17), "县市场监督局"), "text": "县市场监督局",
     "why": "slip for 县市场监督管理局 (short name 县市场监管局); 县市场监督局 is not in units.txt"},
    {"rule": "deadline-later-than-baseline", "line": at(row(25), "二〇二五年十二月底前"), "text": "二〇二五年十二月底前",
     "why": "task 98 (宁夏“智慧林草”云平台，林草资源管理信息化、智能化) 完成时限 2024年; the county row is due end of 2025"},
]

def nm(rule, line, text, why):
    d = {"rule": rule, "line": at(line, text) if text else line}
    if text:
        d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

must = [
    nm(DI, 6, "二〇二四年三月十八日", "the document's own issue date (signature), in Chinese numerals; not a deadline"),
    nm(DL, 6, "二〇二四年三月十八日", "the document's own issue date, not a deadline"),
    nm(BM, 2, "盐政发〔2024〕9号", "the county document's own 文号, not a cited basis"),
    nm(BM, 9, "国发〔2022〕14号", "correct 文号 for 《国务院关于加强数字政府建设的指导意见》"),
    nm(BM, 9, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the city plan cited by title alone, correct title; a city plan may have no 文号"),
    nm(BM, 11, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background (自…印发以来), correct title and 文号; not cited as a basis"),
    nm(DI, 11, "二〇二三年", "past year in the background (achievements of 2023), not a deadline"),
    nm(DI, 12, "二〇二三年十月底前", "past completion in the background (截至二〇二三年底…已…完成首批迁移上云); not a deadline before the issue year"),
    nm(DI, 12, "截至二〇二三年底", "background status date, not a deadline"),
    nm(DL, 18, "到二〇二四年底", "2024 goal: 县乡村三级电子政务外网全覆盖 = task 48 (2024年), 一网通办 = task 84 (2024年), 一网协同 = task 104 (2024年): equal; no region/parent goal for these is earlier"),
    nm(DL, 20, "到二〇三五年", "equal to the region's and 吴忠's 到2035年 goal"),
    nm(DI, 45, "二〇二四年重点工作", "year heading, not a deadline by itself"),
    nm(DL, 46, "四月底前", "under the 二〇二四年 heading = 2024年4月; task 64 (各市、县（区）参照自治区做法成立相应的组织机构) 完成时限 2025年: earlier"),
    nm(DL, 47, "六月底前", "under the 二〇二四年 heading = 2024年6月; task 47 (电子政务外网升级改造、扩大互联网出口带宽) 完成时限 2024年: earlier"),
    nm(DL, 48, "九月底前", "under the 二〇二四年 heading = 2024年9月; task 46 (政务信息系统有序迁移、政务云资源统一调度) 完成时限 2024年: earlier"),
    nm(DL, 49, "十月底前", "under the 二〇二四年 heading = 2024年10月; task 106 (全区统一的填表报数系统) 完成时限 2025年: earlier"),
    nm(DL, 50, "年内", "under the 二〇二四年 heading = 2024年; task 86 (“我的宁夏”应上尽上) 完成时限 2024年: equal"),
    nm(DL, 51, "年底前", "under the 二〇二四年 heading = 2024年底; task 105 (“宁政通”覆盖区市县乡村五级) 完成时限 2024年: equal"),
    nm(DL, 52, "年底前", "under the 二〇二四年 heading = 2024年底; task 114 (政务新媒体矩阵、多样化政策解读产品) 完成时限 2024年: equal"),
    nm(DI, 53, "二〇二五年重点工作", "year heading, not a deadline by itself"),
    nm(DL, 55, "六月底前", "under the 二〇二五年 heading = 2025年6月; task 107 (非涉密视频会议系统资源整合) 完成时限 2025年: earlier"),
    nm(DL, 56, "九月底前", "under the 二〇二五年 heading = 2025年9月; task 111 (机关事务管理信息系统整合) 完成时限 2025年: earlier"),
    nm(DL, 57, "年底前", "under the 二〇二五年 heading = 2025年底; task 83 (新型基层管理服务平台，横向到边、纵向到底) 完成时限 2025年: equal"),
    nm(DL, 58, "年底前", "under the 二〇二五年 heading = 2025年底; task 96 (全域水联网基本建成，数字治水业态基本形成) 完成时限 2025年: equal"),
    nm(DL, 64, "二〇二四年十二月十五日前", "the office's own reporting date (年度工作总结), not a task deadline"),
    nm(DI, 64, "每季度末月二十五日前", "recurring reporting date, not a deadline"),
    nm(DL, row(1), "二〇二四年十二月底前", "task 2 (产业云、汇聚企业生产销售数据) 完成时限 2023年启动，2024年取得明显成效: equal"),
    nm(DL, row(2), "持续推进，二〇二五年取得明显成效", "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal"),
    nm(DL, row(3), "持续推进，二〇二五年取得明显成效", "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效: equal"),
    nm(DL, row(4), "二〇二五年十二月底前", "task 11 (数字供销) 完成时限 2023年完成主要建设任务，2025年取得明显成效: the completing milestone 2025 is equal"),
    nm(DL, row(5), "二〇二五年六月三十日前", "task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效: earlier"),
    nm(DL, row(6), "二〇二五年十二月底前", "task 12 (数据要素市场主体、流通交易) 完成时限 2025年: equal"),
    nm(DL, row(7), "二〇二四年十二月底前", "task 21 (行政许可管理信息系统，权力事项网上运行) 完成时限 2024年: equal"),
    nm(DL, row(8), "二〇二四年九月三十日前", "task 23 (一体化数字资源管理系统，一本账) 完成时限 2024年: earlier"),
    nm(DL, row(9), "二〇二四年启动，二〇二五年取得明显成效", "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal (a county starting in its first plan year is not late)"),
    nm(DL, row(10), "二〇二四年十二月底前", "task 40 (电子公文全流程管理、档案数据共享) 完成时限 2024年: equal"),
    nm(DL, row(11), "二〇二四年十一月三十日前", "task 41 (公共数据开放目录及责任清单) 完成时限 2024年: earlier"),
    nm(DL, row(12), "二〇二四年十二月底前", "task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年: equal"),
    nm(DL, row(13), "二〇二五年十二月底前", "task 49 (全区统一的视频共享平台) 完成时限 2025年: equal"),
    nm(DL, row(14), "二〇二五年六月三十日前", "task 56 (非税收入收缴电子化全覆盖) 完成时限 2025年: earlier"),
    nm(DL, row(16), "二〇二五年十二月底前", "task 66 (宁夏经济运行大数据平台，经济监测预警) 完成时限 2025年: equal"),
    nm(DL, row(17), "二〇二四年十二月底前", "task 71 (全主体、全品种、全链条数字化追溯监管) 完成时限 2024年: equal (the row's error is the unit, not the date)"),
    nm(DL, row(18), "二〇二四年十月底前", "task 77 (线上一站式受理渠道、矛盾纠纷多元化解) 完成时限 2024年: earlier"),
    nm(DL, row(19), "二〇二四年十二月底前", "task 79 (雪亮工程、社会治安防控体系) 完成时限 2024年: equal"),
    nm(DL, row(20), "二〇二四年十二月底前", "task 80 (智慧应急) 完成时限 2024年: equal"),
    nm(DL, row(21), "二〇二四年十二月底前", "task 84 (网上办、掌上办、就近办、一次办) 完成时限 2024年: equal"),
    nm(DL, row(22), "二〇二四年九月底前", "task 89 (企业专属网页和惠企政策专栏) 完成时限 2024年: earlier"),
    nm(DL, row(23), "二〇二四年十二月底前", "task 94 (生态环境数据交换体系) 完成时限 2024年: equal (task 95 is 2025, also not late)"),
    nm(DL, row(24), "二〇二四年十二月底前", "task 97 (自然资源三维立体一张图、国土空间基础信息平台) 完成时限 2024年: equal"),
    nm(DL, row(26), "二〇二五年十二月底前", "task 100 (用水权、土地权、排污权、山林权市场交易平台) 完成时限 2025年: equal"),
    nm(DL, row(27), "二〇二四年十二月底前", "task 104 (全区统一的协同办公平台) 完成时限 2024年: equal"),
    nm(DL, row(28), "二〇二四年十二月底前", "task 112 (政务公开信息化平台) 完成时限 2024年: equal"),
    nm(DL, row(29), "二〇二四年十二月底前", "task 115 (以12345热线为枢纽的政民互动) 完成时限 2024年: equal"),
    nm(DL, row(30), "长期坚持", "task 121 (年度工作要点和考核指标体系) 完成时限 长期坚持: equal"),
    nm(UU, row(15), "县市场监督管理局", "correct full name in units.txt; contrast with the slip in row 17"),
    nm(UU, 49, "县政府办", "official short name of 县人民政府办公室 in units.txt"),
    nm(UU, row(6), "县发改局", "short name of 县发展和改革局 in units.txt"),
    nm(UU, row(20), "县应急局", "short name of 县应急管理局 in units.txt"),
    nm(UU, row(20), "县消防救援大队", "short name of 盐池县消防救援大队 in units.txt"),
    nm(UU, row(25), "县林草局", "short name of 县林业和草原局 in units.txt"),
    nm(UU, row(4), "县供销社", "short name of 县供销合作社联合社 in units.txt"),
    nm(UU, row(2), "盐池工业园区管委会", "short name of 盐池工业园区管理委员会 in units.txt"),
    nm(UU, row(23), "吴忠市生态环境局盐池分局", "the city bureau's county branch, listed in units.txt (ecology is managed by city branches)"),
    nm(UU, row(3), "各乡镇人民政府", "collective subject"),
    nm(UU, row(8), "县直各部门（单位）", "collective subject"),
    nm(UU, row(9), "县直有关部门", "collective subject"),
    nm(UU, 57, "各村（社区）", "collective subject"),
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一和六级贯通", "why": "folded into 一套体系 (lines 23-26: 健全组织机构、厘清层级职责 with 六级贯通、完善工作机制), as in the 吴忠 1347 plan"},
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "section 八、保障措施 (lines 59-64) covers 组织领导、考核评价、资金保障(财政投入)、数字素养"},
]

covers_pairs = [
    (2, row(1)), (3, row(2)), (5, 28), (6, 29), (7, 29), (8, row(5)), (10, row(3)), (11, row(4)),
    (12, row(6)), (13, 30), (14, 32), (15, 32), (18, 32), (21, row(7)), (23, row(8)), (24, 33),
    (25, 62), (28, row(9)), (30, 34), (32, 34), (36, 34), (40, row(10)), (41, row(11)), (42, 34),
    (46, 48), (47, 47), (48, row(12)), (49, row(13)), (54, 35), (56, row(14)), (57, row(15)),
    (64, 46), (66, row(16)), (67, 37), (68, 38), (70, 38), (71, row(17)), (72, 38), (73, 38), (74, 38),
    (77, row(18)), (79, row(19)), (80, row(20)), (83, 57), (84, row(21)), (85, 40), (86, 50), (88, 40),
    (89, row(22)), (93, 54), (94, row(23)), (95, 41), (96, 58), (97, row(24)), (98, row(25)),
    (100, row(26)), (104, row(27)), (105, 51), (106, 49), (107, 55), (108, 42), (111, 56),
    (112, row(28)), (113, 43), (114, 52), (115, row(29)), (116, 60), (118, 63), (121, row(30)),
    (123, 61), (124, 61),
]
covers = [{"task": t, "line": l} for t, l in covers_pairs]

key = {
    "writer": "blind writer, round 375; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": must,
    "covers": covers,
    "notes": ("盐池县 实施方案 (盐政发〔2024〕9号, issued 二〇二四年三月十八日), checked against 宁政发〔2023〕17号 and the 吴忠 plan. "
              "All dates in the plan are in Chinese numerals. Section 七 has year headings (（一）二〇二四年重点工作, （二）二〇二五年重点工作) "
              "whose items give only months (四月底前, 九月底前, 年内, 年底前): each means that month of the heading's year. "
              "Body paragraphs (lines 24-43, 60-63) carry no dates; dated tasks are in section 七 and the attached table (lines 69-99), "
              "where the first unit of a cell is the lead (line 68). Line 46 could also be read as task 60 (充实自治区领导小组, 2023年), "
              "but that is the region's own leading group (自治区政府办公厅负责); the county's own organisation is task 64 (各市、县（区）, 2025年)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(must), len(covers))
