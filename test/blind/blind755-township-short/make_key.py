# Writes key.json and checks every line/text pair against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')[:-1]

def ln(text, nth=1):
    hits = [i + 1 for i, x in enumerate(L) if text in x]
    assert len(hits) >= nth, (text, hits)
    return hits[nth - 1]

def row(no):
    hits = [i + 1 for i, x in enumerate(L) if x.startswith(f'{no}\t')]
    assert len(hits) == 1, (no, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; digits transposed"},
    {"rule": "garbled-text", "line": ln('缁煎悎绐楀彛鍙楃悊'), "text": "缁煎悎绐楀彛鍙楃悊",
     "why": "UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 综合窗口受理"},
    {"rule": "deadline-later-than-baseline", "line": row(9), "text": "2025年6月底",
     "why": "row 9 (电子政务外网向村延伸、镇村两级全覆盖) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责), 完成时限 2024年; the township puts it in mid-2025 (and its own 2024 goal on line 14 says the network reaches the villages this year)"},
    {"rule": "unknown-unit", "line": row(10), "text": "县大数据局",
     "why": "中宁县 has no 大数据局 in units.txt (the county body the township works with for 政务服务/数字化 is 县审批局); not a regional unit either"},
    {"rule": "deadline-invalid", "line": row(14), "text": "6月31日",
     "why": "June has 30 days; 2024年6月31日 is an impossible date (row 14 is task 79 雪亮工程, 完成时限 2024年, so the year itself is not late)"},
]

def nm(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line)
        d["text"] = text
    d["why"] = why
    return d

D = "deadline-later-than-baseline"
I = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
G = "garbled-text"

mnf = [
    # deadlines: earlier or equal to the region
    nm(D, row(1), "task 64 (各地参照自治区做法成立相应组织机构，健全工作体制机制; 各市、县（区）负责) 完成时限 2025年; 2024年3月底 is earlier", "2024年3月底前"),
    nm(D, row(2), "copied regional deadline: task 18 完成时限 2023年形成机制，长期坚持 (and task 14, 2023年); equal, not later", "2023年形成机制，长期坚持"),
    nm(I, row(2), "a copied regional deadline that lies before the plan's year (2024): the mechanism was due in 2023 and is kept up; not an invalid date", "2023年形成机制"),
    nm(D, row(3), "task 21 (行政权力事项网上运行、动态管理) 完成时限 2024年; 2024年6月底 is earlier", "2024年6月底前"),
    nm(D, row(4), "task 89 (企业全生命周期服务，各市、县（区）配合) 完成时限 2024年; 2024年12月底 is equal", "2024年12月底前"),
    nm(D, row(6), "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; task 28 (试点示范) 2023年启动，2025年取得明显成效; 2024年底 is earlier", "2024年底初见成效"),
    nm(D, row(7), "task 6 (教育、健康、养老等服务数字化; 各市、县（区）负责) 完成时限 持续推进，2025年取得明显成效; 2024年12月底 is earlier", "2024年12月底前"),
    nm(D, row(8), "year-less township date (9月底前 = 2024年9月底, the plan year); no regional task is later-bound here (network-security publicity, 数字生态)", "9月底前"),
    nm(D, row(10), "task 107 (非涉密视频会议系统整合) 完成时限 2025年; 2024年9月底 is earlier (the unit on this row is the planted slip, not the date)", "2024年9月底前"),
    nm(D, row(11), "recurring monthly reporting date of the township (每月10日前), not a completion deadline; tasks 65/66 are 2024年/2025年", "每月10日前"),
    nm(D, row(12), "task 71 (重点领域数字化追溯监管，各市、县（区）配合) 完成时限 2024年 (task 70 also 2024年); equal", "2024年"),
    nm(D, row(13), "task 83 (互联网+基层治理、新型基层管理服务平台; 各市、县（区）具体负责) 完成时限 2025年; 2025年底 is equal", "2025年底前"),
    nm(D, row(14), "task 79 完成时限 2024年; the year 2024 is not late — the fault on this row is the impossible day (in expect as deadline-invalid)", "2024年6月"),
    nm(D, row(15), "task 77 (矛盾纠纷多元化解信息系统) 完成时限 2024年; 2024年9月底 is earlier", "2024年9月底前"),
    nm(D, row(16), "tasks 84 (一体化政务服务体系，网上办掌上办就近办) and 86 (我的宁夏APP) 完成时限 2024年; 2024年6月底 is earlier", "2024年6月底前"),
    nm(D, row(17), "task 93 (适老化与信息无障碍建设) 完成时限 2024年; 2024年12月底 is equal", "2024年12月底前"),
    nm(D, row(18), "task 96 (互联网+城乡供水) 完成时限 2025年; 2024年12月底 is earlier", "2024年12月底前"),
    nm(D, row(19), "tasks 95/102 (生态环境数据、污染防治) 完成时限 2025年; 2024年12月底 is earlier", "2024年12月底前"),
    nm(D, row(20), "task 105 (宁政通覆盖区市县乡村五级) and 104 (协同办公平台) 完成时限 2024年; 2024年6月底 is earlier", "2024年6月底前"),
    nm(D, row(21), "task 106 (全区统一填表报数系统，基层减负) 完成时限 2025年; year-less 10月底前 = 2024年10月底, earlier", "10月底前"),
    nm(D, row(22), "tasks 40 (电子公文管理) and 54 (电子文件归档) 完成时限 2024年; 2024年11月底 is earlier", "2024年11月底前"),
    nm(D, row(23), "tasks 112 (政务公开信息化平台) and 114 (政务新媒体矩阵) 完成时限 2024年; 2024年12月底 is equal", "2024年12月底前"),
    nm(D, row(24), "recurring training (每季度一次), not a completion deadline; task 118 is 2023年完成并长期坚持 and the township only keeps it up", "每季度一次"),
    nm(D, row(25), "task 111 (机关事务管理信息系统整合、办公用房信息数据库) 完成时限 2025年; 2024年11月底 is earlier", "2024年11月底前"),
    nm(D, ln('到2025年，镇村两级'), "主要目标 goal 到2025年 equals the region's 到2025年 …政府数字化履职能力明显提升", "到2025年"),
    nm(D, ln('2024年工作目标'), "the township's 2024 goals are within the plan year and no later than the matching tasks (48/105/79 are 2024年, 83 is 2025年)", "2024年工作目标"),
    nm(D, ln('每季度末月25日前'), "the office's own reporting dates (quarterly progress, 12月15日前 annual summary), not task deadlines", "12月15日前"),
    # invalid-looking but fine
    nm(I, ln('2023年，镇为民服务中心'), "past date in the background paragraph (what was done in 2023), not a deadline", "2023年"),
    nm(I, ln('（宁政办发〔2020〕14号）印发以来'), "retrospective year 2020 in the background, not a deadline", "2020年"),
    nm(I, 7, "the notice's own issue date", "2024年3月18日"),
    nm(I, ln('2024年3月18日印发'), "the 印发 line's own date", "2024年3月18日印发"),
    # basis
    nm(B, ln('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"),
    nm(B, ln('中卫市人民政府《关于加强数字政府建设的实施方案》'), "the city plan cited by title alone, without 文号, as DOMAIN allows for city plans", "《关于加强数字政府建设的实施方案》"),
    nm(B, ln('（宁政办发〔2020〕14号）印发以来'), "retrospective mention of the 2020 工作要点 in the background ('since it was issued'), not cited as a basis; title and 文号 match the seed", "宁政办发〔2020〕14号"),
    nm(B, 2, "the notice's own 文号, not a basis document", "石政发〔2024〕11号"),
    nm(B, 3, "the plan's own title in 《》 inside the transmitting notice, not a basis document", "《石空镇2024年数字政府建设工作落实方案》"),
    # units
    nm(U, row(1), "collective subjects (镇各站所, 各村)", "镇各站所、各村"),
    nm(U, row(5), "prefix 镇 distributes: 农业服务中心 = 镇农业服务中心 (units.txt); 枣园村 is a listed village and takes no prefix", "农业服务中心"),
    nm(U, row(6), "倪丁村、太平村 are villages listed in units.txt; 县农业农村局 is listed", "倪丁村、太平村"),
    nm(U, row(7), "prefix 镇 distributes: 卫生院 = 镇卫生院 (石空镇中心卫生院); 各村 is a collective and takes no prefix", "卫生院"),
    nm(U, row(8), "石空派出所 is the listed short name of 中宁县公安局石空派出所", "石空派出所"),
    nm(U, row(12), "石空市场监管所 and 县市场监管局 are listed short names", "县市场监管局"),
    nm(U, row(15), "prefix 镇 distributes: 综治中心 = 镇综治中心; 各村 collective", "综治中心"),
    nm(U, row(16), "collective subject 各村便民服务站 (each village's service station, run by the villages)", "各村便民服务站"),
    nm(U, row(18), "prefix 县 distributes: 水务局 = 县水务局", "水务局"),
    nm(U, row(19), "县生态环境分局 is the listed short name of 中卫市生态环境局中宁分局", "县生态环境分局"),
    nm(U, row(23), "prefix 镇 distributes: 文化站 = 镇文化站 (石空镇文化旅游体育服务中心)", "文化站"),
    nm(U, row(3), "县审批局 is the listed short name of 中宁县审批服务管理局; 镇综合执法办 listed", "县审批局"),
    nm(U, ln('配合县直有关部门'), "collective subject 县直有关部门", "县直有关部门"),
    nm(U, ln('中卫市人民政府《'), "issuer of a cited document in the preamble, not a responsible unit of this plan", "中卫市人民政府"),
    nm(U, ln('抄送：'), "抄送 line: 县委办公室, 县政府办公室, 县委网信办 are listed", "县委办公室"),
    nm(U, ln('2024年3月18日印发'), "印发 line: the township office's full canonical name", "石空镇党政综合办公室"),
    nm(U, ln('用好自治区统一的政务云'), "宁政通, 视频一张网, 政务云 are platforms, not units", "宁政通"),
    # pillars taken up by content in a township-sized form
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "line 24 营造良好数字生态: network governance, 良好网络生态 (the township part of the regional 数字生态 paragraph)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "folded into 健全组织机构 (line 19, a township 工作专班) and 厘清层级职责 (line 20, 六级贯通), as DOMAIN says a local plan may"},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "line 74 落实经费保障: costs in the township's annual budget"},
]

covers = [
    (64, row(1)), (14, ln('强化安全保障。')), (18, row(2)), (21, row(3)), (89, row(4)),
    (10, row(6)), (28, ln('以倪丁村为试点')), (6, row(7)), (48, row(9)), (107, row(10)),
    (71, row(12)), (70, row(12)), (83, row(13)), (79, row(14)), (77, row(15)),
    (84, row(16)), (86, row(16)), (93, row(17)), (96, row(18)), (105, row(20)),
    (104, ln('政务运行。全面使用')), (106, row(21)), (40, row(22)), (54, row(22)),
    (112, row(23)), (111, row(25)), (116, ln('（一）加强组织领导。')), (87, ln('12345政务服务便民热线')),
    (30, ln('用好数据资源。')),
]

key = {
    "writer": "blind writer, round 755; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("Township (石空镇, 中宁县, 中卫市) 2024 落实方案, 82 lines, with no parent plan: the round asked for parent none, "
              "so the cited 中卫市 plan is checked by nobody. Five planted slips of five kinds (round brief: four or five). "
              "The table's note (line 71) says the first-listed unit leads. Year-less dates (9月底前, 10月底前) are 2024 by the plan year. "
              "No pillar is deliberately missing: 三个驱动 lines 22-24, 四个支撑 26-30, 组织机构/六级贯通 19-20, 七个能力 32-40, "
              "党的领导 items 73-76. task-uncovered is not annotated beyond covers: a township plan leaves most regional tasks to higher levels."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
for e in expect:
    assert e['text'] in L[e['line'] - 1]
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
