#!/usr/bin/python3
# Builds key.json and checks that every "text" occurs on its line of draft.txt (1-based)
# and that every covers line carries the task's subject matter.
import json, os

here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
if L[-1] == "":
    L.pop()

# Task numbers: the guangxi-2022 实施意见 has no numbered task list. Tasks are numbered here
# 1..43 in order of its inline "(責任單位:…。完成時限:…)" clauses (seed lines 43..187);
# e.g. 3 = 一体化在线监管 (2025年底), 8 = 12345热线 (2025年底), 9 = 智桂通 (2025年底),
# 22 = 政务公开/政策信息数字化发布 (2025年底); all other tasks 持续开展.

expect = [
    {"rule": "deadline-later-than-baseline", "line": 140, "text": "2026年6月底",
     "why": "task-list row 26 (政策文件库, 政府网站和政务新媒体发布审核机制) takes up regional task 22 "
            "(优化政策信息数字化发布…政民互动), 完成时限 2025年底; 2026年6月底前 is later. The body note for the same "
            "measure (line 61) says 2025年底前, so the table row is the slip."},
    {"rule": "deadline-invalid", "line": 153, "text": "2022年12月底",
     "why": "task-list row 39 (县级政务数据资源目录, 一数一源一标准; regional task 34, 完成时限 持续开展) is due "
            "2022年12月底前, before the plan's own year (issued 2023-07-20); not copied from the region, which "
            "gives no date. Body line 81 and goal line 26 say 2023年12月底/2023年底 - a typing slip."},
    {"rule": "unknown-unit", "line": 86, "text": "县信息中心",
     "why": "配合单位 of the 电子政务外网 measure; no 县信息中心 in units.txt (its network duties sit with "
            "县大数据发展局). Leftover from an older template."},
    {"rule": "unknown-unit", "line": 155, "text": "自治区大数据发展局",
     "why": "regional body named as 牵头单位 of a local task (row 41, 政务系统迁移上云, regional task 36). "
            "The body note for the same measure (line 85) names 县大数据发展局; copied from the regional clause."},
    {"rule": "basis-mismatch", "line": 109, "text": "桂政发〔2023〕31号",
     "why": "the 广西 实施意见 (《广西壮族自治区人民政府关于加强数字政府建设的实施意见》) is 桂政发〔2022〕31号, "
            "as correctly cited on line 9; 〔2023〕 is a wrong 文号 for that title."},
]

def mnf(rule, line, text, why):
    e = {"rule": rule, "line": line}
    if text:
        e["text"] = text
    e["why"] = why
    return e

D = "deadline-later-than-baseline"
I = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
G = "garbled-text"
P = "missing-pillar"

mustNotFlag = [
    # basis
    mnf(B, 2, "东政办发〔2023〕21号", "the covering notice's own 文号, not a basis citation"),
    mnf(B, 4, "《田东县加强数字政府建设实施方案》", "the draft's own title in the covering notice"),
    mnf(B, 9, "国发〔2022〕14号", "correct 文号 of 《国务院关于加强数字政府建设的指导意见》"),
    mnf(B, 9, "桂政发〔2022〕31号", "correct 文号 of the 广西 实施意见 (baseline guangxi-2022)"),
    mnf(B, 12, "《田东县“数字政府”建设工作方案（2019—2021年）》",
        "retrospective mention of the county's own earlier document in the background; 工作方案 is its real title, not a slip for 实施方案"),
    mnf(B, 12, "国发〔2018〕27号",
        "retrospective mention in the background; 《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》 is that document's real title (加快推进 is correct here)"),
    mnf(B, 13, "自治区人民政府印发关于加强数字政府建设的实施意见",
        "background mention of the regional 实施意见 by description, without 书名号 or 文号"),
    mnf(B, 68, "《中华人民共和国数据安全法》", "laws named in a measure, not basis documents"),
    # deadlines: background, goals, own dates
    mnf(I, 6, "2023年7月20日", "issue date of the covering notice"),
    mnf(I, 12, "2019年", "past date in the background (发展现状)"),
    mnf(I, 12, "2022年底", "past date in the background: 截至2022年底 statistics"),
    mnf(I, 13, "2022年11月", "past date in the background: when the region issued its 实施意见"),
    mnf(I, 26, "2023年底", "goal in the plan's own year, not before it"),
    mnf(D, 27, "2025年", "主要目标 到2025年 体系框架基本形成 equals the regional goal 到2025年…基本形成"),
    mnf(D, 28, "2035年", "主要目标 到2035年 基本建成 equals the regional 2035 goal"),
    mnf(D, 36, "2024年12月底", "task 3 (一体化在线监管), 完成时限 2025年底; 2024年12月底前 is earlier"),
    mnf(D, 118, "2024年12月底", "table row 4 = task 3, 完成时限 2025年底; earlier"),
    mnf(D, 45, "2025年底", "task 8 (12345热线), 完成时限 2025年底; completing milestone equal, 2024年6月底 归并 is an interim milestone"),
    mnf(D, 126, "2025年底", "table row 12 = task 8, 完成时限 2025年底; equal"),
    mnf(D, 46, "2025年12月底", "task 9 (智桂通), 完成时限 2025年底; 2025年12月底 is the same deadline, 2024年底 专区上线 is an interim milestone"),
    mnf(D, 127, "2025年12月底", "table row 13 = task 9, 完成时限 2025年底; equal"),
    mnf(D, 61, "2025年底", "task 22 (政务公开), 完成时限 2025年底; equal (the late one is the table row, line 140)"),
    mnf(D, 42, "2025年底", "task 7 (政务服务), 完成时限 持续开展; a dated milestone inside the plan period is not later"),
    mnf(D, 57, "2025年底", "task 19 (辅助决策), 完成时限 持续开展; not later"),
    mnf(D, 82, "2025年底", "task 35 (公共数据开放), 完成时限 持续开展; not later"),
    mnf(D, 86, "2025年底", "task 37 (电子政务外网, 专网整合), 完成时限 持续开展; not later"),
    mnf(D, 95, "2025年底", "task 42 (智慧城市/一网统管), 完成时限 持续开展; not later"),
    mnf(D, 39, "2024年底", "task 5 (雪亮工程), 完成时限 持续开展; not later"),
    mnf(I, 81, "2023年12月底", "task 34 目录编制 in the plan's own year (the table's 2022 on line 153 is the slip)"),
    mnf(I, 99, "2023年至2025年", "the plan's own implementation period"),
    mnf(I, 100, "2023年8月31日", "the office's own date for 细化落实方案, after the issue date"),
    mnf(I, 101, "2025年6月", "phase boundary of the plan's own schedule (2023年9月—2025年6月)"),
    mnf(I, 102, "2025年7月", "phase of the plan's own schedule (2025年7月—12月), within 2025年底"),
    mnf(I, 106, "12月10日", "the office's own annual reporting date"),
    # units
    mnf(U, 3, "县直各部门（单位）", "collective subject (addressees)"),
    mnf(U, 33, "中国人民银行田东县支行", "listed in units.txt (unit outside the county government proper)"),
    mnf(U, 35, "大数据局", "县发改局、大数据局: prefix 县 distributes; 县大数据局 is the registered short name of 县大数据发展局"),
    mnf(U, 36, "县直有关部门", "collective subject"),
    mnf(U, 38, "县人民法院", "listed in units.txt; 法院/检察院 are not government departments but real responsible units"),
    mnf(U, 38, "司法局", "县信访局、公安局、民政局、司法局…: prefix 县 distributes to each"),
    mnf(U, 39, "各村（社区）", "collective subject"),
    mnf(U, 40, "县消防救援大队", "registered short name of 田东县消防救援大队"),
    mnf(U, 40, "气象局", "县自然资源局、水利局、气象局: 县气象局 is the registered short name of 田东县气象局"),
    mnf(U, 44, "县人力资源和社会保障局", "registered name containing 和; never split"),
    mnf(U, 44, "残联", "prefix 县 distributes: 县残联, registered short name of 县残疾人联合会"),
    mnf(U, 50, "县文化广电体育和旅游局", "registered name containing 和; never split"),
    mnf(U, 53, "百色市田东生态环境局", "registered canonical name (dispatched bureau of the city bureau)"),
    mnf(U, 55, "广西田东石化工业园区管理委员会", "listed in units.txt"),
    mnf(U, 55, "田东生态环境局", "registered short name of 百色市田东生态环境局"),
    mnf(U, 67, "保密办", "县委网信办、保密办: prefix 县委 distributes to 县委保密办 (registered)"),
    mnf(U, 77, "自治区大数据发展局", "named in prose as a source of support (积极争取…支持), not as lead; the lead is 县大数据发展局"),
    mnf(U, 89, "国家税务总局田东县税务局", "listed in units.txt (垂管 unit)"),
    mnf(U, 120, "平马镇人民政府", "a township government listed in units.txt"),
    mnf(U, 133, "文广体旅局", "县卫健局、文广体旅局: 县文广体旅局 is a registered short name"),
    mnf(U, 141, "县融媒体中心", "listed in units.txt"),
    # garbled-looking but intact text
    mnf(G, 17, "“4·27”", "middle dot in the name of the 2017-04-27 speech, intact text"),
    mnf(G, 45, "110、119、120、122", "emergency numbers, intact"),
    mnf(G, 57, "“1+6+N”", "the regional 数字政府大脑 system's name, intact"),
    mnf(G, 89, "天地图·广西", "official platform name with middle dot, intact"),
    mnf(G, 96, "作登瑶族乡、义圩镇、那拔镇", "real township names (圩, 拔 are not mojibake)"),
    # pillars
    mnf(P, 0, None, "党的领导 (组织领导, 推进机制, 数字素养, 考核评估) is taken up under the heading 九、保障措施 (lines 103-110), with 坚持党对数字政府建设工作的全面领导 and 县委切实履行领导责任; judge by content"),
    mnf(P, 0, None, "数字经济/数字社会/数字生态 all present (lines 93-97); 数字生态 has its own item on line 97"),
]

covers_map = {
    1: (32, "经济"), 2: (35, "监管"), 3: (36, "互联网+监管"), 4: (38, "枫桥经验"), 5: (39, "雪亮工程"),
    6: (40, "智慧应急"), 7: (42, "一网通办"), 8: (45, "12345"), 9: (46, "智桂通"), 10: (47, "智慧教育"),
    11: (48, "智慧人社"), 12: (49, "智慧医疗"), 13: (50, "智慧工地"), 14: (50, "体育"), 15: (51, "康养"),
    16: (53, "生态"), 17: (54, "自然资源"), 18: (55, "绿色低碳"), 19: (57, "辅助决策"), 20: (58, "行政执行"),
    21: (59, "行政监督"), 22: (61, "政策"), 23: (66, "安全管理责任"), 24: (67, "安全制度"),
    25: (68, "数据安全"), 26: (69, "安全保障能力"), 27: (70, "自主可控"), 28: (73, "职能转变"),
    29: (74, "管理机制"), 30: (75, "法规制度"), 31: (76, "标准规范"), 32: (77, "试点示范"),
    33: (80, "数据管理机制"), 34: (81, "数据高效共享"), 35: (82, "开发利用"), 36: (85, "政务云"),
    37: (86, "电子政务外网"), 38: (88, "智能算法库"), 39: (89, "统一身份认证"), 40: (90, "开放生态"),
    41: (93, "数字经济"), 42: (95, "智慧城市"), 43: (97, "数字生态"),
}
covers = [{"task": t, "line": ln} for t, (ln, _) in sorted(covers_map.items())]

# --- checks
for e in expect + mustNotFlag:
    if e["line"] and "text" in e:
        assert e["text"] in L[e["line"] - 1], (e["line"], e["text"])
for t, (ln, w) in covers_map.items():
    assert w in L[ln - 1], (t, ln, w)
assert 160 <= len(L) <= 210, len(L)

key = {
    "writer": "blind writer, round 765; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": covers,
    "notes": (
        "田东县 (百色市) 2023 实施方案 implementing 桂政发〔2022〕31号, issued 2023-07-20, with an inline "
        "(牵头单位；配合单位；完成时限) note after every measure and a 49-row task table (lines 114-163). "
        "Task numbers: the guangxi-2022 实施意见 has no numbered list, so tasks are numbered 1-43 in order of its "
        "inline (責任單位:…完成時限:…) clauses; dated ones are 3, 8, 9, 22 (2025年底), all others 持续开展; task 23 "
        "(安全管理责任) names no 各市人民政府. The draft takes up all 43. Five planted mistakes, three of them in the "
        "task table where the body note for the same measure is right (lines 61/140, 81/153, 85/155). units.txt "
        "is the county's registry (incl. townships and two 百色市 bodies for liaison); the table note on line 113 "
        "says the first-listed unit leads. A date range like 2025年7月—12月 (line 102) is the plan's own schedule."
    ),
}
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mustNotFlag), "covers", len(covers), "lines", len(L))
