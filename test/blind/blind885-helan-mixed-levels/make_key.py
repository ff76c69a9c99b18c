# Builds key.json and checks that every keyed line holds its text (1-based lines of draft.txt).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def line_of(s, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": line_of(anchor), "text": text, "why": why}
    d.update(kw)
    assert text in L[d["line"] - 1], (text, d["line"])
    return d

def N(rule, anchor, why, text=None):
    d = {"rule": rule, "line": line_of(anchor)}
    if text:
        d["text"] = text
        assert text in L[d["line"] - 1], (text, d["line"])
    d["why"] = why
    return d

expect = [
    E("basis-mismatch", "（宁政发〔2023〕71号）", "宁政发〔2023〕71号",
      "the 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号 (2023-05-16); 71 is a transposed 17. Line 139 of the same draft cites it correctly."),
    E("garbled-text", "鏀垮姟鏁版嵁", "鏀垮姟鏁版嵁渚涢渶瀵规帴",
      "UTF-8 bytes of 政务数据供需对接 read as GBK (re-encode as GBK, decode as UTF-8 to recover); the sentence is 建立健全政务数据供需对接机制"),
    E("deadline-later-than-baseline", "开展城域网升级改造", "2025年6月底",
      "table row: 城域网升级改造, 外网延伸至乡镇、村 = regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the draft's own 主要目标 (line 15) also says 到2024年底 三级全覆盖"),
    E("deadline-later-than-baseline", "3.拓展普惠民生服务", "2025年底",
      "适老化与信息无障碍建设 = regional task 93, 完成时限 2024年; the draft's own 主要目标 (line 15) says 到2024年底 适老化改造全面完成"),
    E("deadline-invalid", "（2）深化“宁政通”应用", "6月31日",
      "impossible date: June has 30 days (2024年6月31日前). The year is not late: regional task 105 (宁政通 总门户) is due 2024年"),
    E("unknown-unit", "1.加强经济运行监测", "县发展改革委",
      "not in units.txt: the county body is 县发展和改革局 (县发改局), as the draft itself writes on lines 50, 62, 112, 131; 发展改革委 is the city/region form. Deadline 2025年 on this line is equal to task 66 (2025年)"),
]

mnf = [
    # basis
    N("basis-mismatch", "（国发〔2022〕14号）", "correct 文号 and title of the national guiding opinion", "国发〔2022〕14号"),
    N("basis-mismatch", "（宁政办发〔2023〕11号）", "数字宁夏“1244+N”行动计划实施方案 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan in the seeds", "宁政办发〔2023〕11号"),
    N("basis-mismatch", "（宁政办发〔2020〕14号）印发以来", "retrospective mention of the 2020 工作要点 in the background paragraph, not cited as a basis; 文号 and title are correct", "宁政办发〔2020〕14号"),
    N("basis-mismatch", "对照自治区实施意见（宁政发〔2023〕17号）", "correct 文号 of the regional 实施意见, cited by short description", "宁政发〔2023〕17号"),
    # dates that are not deadlines / past dates
    N("deadline-invalid", "2024年3月18日", "issue date of the notice", "2024年3月18日"),
    N("deadline-invalid", "2023年全县政务服务事项网上可办率", "past date in the background (what was achieved in 2023), not a deadline", "2023年"),
    N("deadline-invalid", "在2023年完成县级政务数据资源目录编制", "retrospective: the 目录 was compiled in 2023 (regional task 30 was due 2023年); the new work (动态更新) carries no date", "2023年"),
    N("deadline-later-than-baseline", "各责任单位于每月25日前", "the office's own monthly reporting date, not a task deadline", "每月25日前"),
    N("deadline-later-than-baseline", "2024年12月10日前报送年度工作总结", "the office's own reporting dates (quarterly and annual summary), not task deadlines", "2024年12月10日"),
    # goals
    N("deadline-later-than-baseline", "到2024年底，全县电子政务外网", "2024 goals on things the region dates 2024: task 48 (外网 5级全覆盖), 86 (我的宁夏 应上尽上), 93 (适老化), 105 (宁政通); none of the region's 到2023年底 goals is restated here", "到2024年底"),
    N("deadline-later-than-baseline", "到2025年，全县数字政府建设体系框架全面成型", "same year as the region's goal (到2025年 “34567”体系框架全面成型)", "到2025年"),
    N("deadline-later-than-baseline", "到2035年，与政府治理能力现代化", "same year as the region's 2035 goal", "到2035年"),
    # equal / earlier deadlines
    N("deadline-later-than-baseline", "（1）建设智慧园区", "task 3 完成时限 持续推进，2025年取得明显成效: equal"),
    N("deadline-later-than-baseline", "2.完善数字经济治理", "task 5 完成时限 持续推进，2025年取得明显成效: equal"),
    N("deadline-later-than-baseline", "（2）强化城市运行“一网统管”", "task 9 完成时限 持续推进，2025年取得明显成效: equal"),
    N("deadline-later-than-baseline", "（3）推进数字乡村建设", "task 10 持续推进，2025年取得明显成效: equal; task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效: completing milestone 2025 equal"),
    N("deadline-later-than-baseline", "（4）推进文化场馆数字化", "task 90 (公共场馆数字化, 接入我的宁夏) 2024年: 2024年底前 equal"),
    N("deadline-later-than-baseline", "1.培育数据要素市场", "task 12 完成时限 2025年: equal"),
    N("deadline-later-than-baseline", "1.推动行政权力事项网上运行", "task 21 2024年: 2024年底前 equal (task 22 审管协同 2025年: earlier)"),
    N("deadline-later-than-baseline", "3.开展试点示范", "task 28 2023年启动，2025年取得明显成效: equal"),
    N("deadline-later-than-baseline", "（3）推进数据资源汇聚", "tasks 33 and 34 (基础库, 主题库) 2024年: 2024年底前 equal"),
    N("deadline-later-than-baseline", "2.推进数据融合应用", "task 42 2024年: equal"),
    N("deadline-later-than-baseline", "3.规范电子公文管理", "task 40 and task 54 2024年: equal"),
    N("deadline-later-than-baseline", "政务信息系统向政务信创云迁移", "table row; task 43 2024年建成，持续推进 / task 46 2024年: 2024年底前 equal"),
    N("deadline-later-than-baseline", "非涉密业务专网整合迁移至电子政务外网", "table row; task 50 2024年: 2024年10月底前 earlier"),
    N("deadline-later-than-baseline", "视频资源接入全区统一“视频一张网”", "table row; task 49 2025年 (and task 81 2025年): 2025年底前 is the same year, equal"),
    N("deadline-later-than-baseline", "（2）实施差异化监管", "tasks 70 and 71 2024年: equal"),
    N("deadline-later-than-baseline", "2.推进智能监管", "task 74 2024年: equal"),
    N("deadline-later-than-baseline", "1.提升矛盾纠纷化解能力", "task 77 2024年: equal"),
    N("deadline-later-than-baseline", "2.提升社会治安防控能力", "task 79 2024年: equal"),
    N("deadline-later-than-baseline", "3.提升公共安全保障能力", "task 80 2024年: equal"),
    N("deadline-later-than-baseline", "4.提高基层治理能力", "task 83 2025年: equal"),
    N("deadline-later-than-baseline", "（1）深化“一网通办”", "task 84 2024年: equal"),
    N("deadline-later-than-baseline", "（2）做强“我的宁夏”贺兰专区", "task 86 2024年: 2024年9月底前 earlier"),
    N("deadline-later-than-baseline", "（3）提升12345热线服务效能", "task 87 2023年启动，2025年完成: 2025年 equal"),
    N("deadline-later-than-baseline", "1.强化生态环境智慧监测", "task 94 2024年 (equal), task 95 2025年 (earlier)"),
    N("deadline-later-than-baseline", "2.提高自然资源利用效率", "task 96 2025年 (earlier), task 97 2024年 (equal)"),
    N("deadline-later-than-baseline", "（1）推广协同办公", "task 104 2024年: equal"),
    N("deadline-later-than-baseline", "（3）推进基层减负", "task 106 2025年: equal"),
    N("deadline-later-than-baseline", "（4）整合视频会议资源", "task 107 2025年: 2024年底前 earlier"),
    N("deadline-later-than-baseline", "1.完善政务公开平台", "task 112 2024年: equal"),
    N("deadline-later-than-baseline", "2.发挥政务新媒体作用", "task 114 2024年: equal"),
    N("deadline-later-than-baseline", "1.加强经济运行监测", "task 66 2025年: equal (this line's slip is the unit, not the date)", "2025年"),
    # units
    N("unknown-unit", "（1）建设智慧园区", "贺兰工业园区管委会 is listed in units.txt; 县工信商务局 is the listed short name of 县工业信息化和商务局", "贺兰工业园区管委会"),
    N("unknown-unit", "1.培育数据要素市场", "县发改局 is the listed short name of 县发展和改革局", "县发改局"),
    N("unknown-unit", "1.完善领导机构", "县政府办 is the listed short name of 县人民政府办公室; 各乡镇人民政府 is a collective", "县政府办"),
    N("unknown-unit", "2.弥合数字鸿沟", "各乡镇人民政府 and 各村（社区） are collective subjects", "各村（社区）"),
    N("unknown-unit", "（1）明确安全主体责任", "县直各部门（单位） is a collective subject", "县直各部门（单位）"),
    N("unknown-unit", "1.推动行政权力事项网上运行", "县直有关部门 is a collective subject", "县直有关部门"),
    N("unknown-unit", "2.提升经济政策协同", "县税务局 is the listed short name of 国家税务总局贺兰县税务局", "县税务局"),
    N("unknown-unit", "3.提升公共安全保障能力", "县消防救援大队 is the listed short name of 贺兰县消防救援大队", "县消防救援大队"),
    N("unknown-unit", "1.强化生态环境智慧监测", "银川市生态环境局贺兰分局 is a county-level unit listed in units.txt under its full name (a city bureau's county branch); not a regional body and not to be split", "银川市生态环境局贺兰分局"),
    N("unknown-unit", "3.推动绿色低碳转型", "县生态环境分局 is the listed short name of 银川市生态环境局贺兰分局", "县生态环境分局"),
    N("unknown-unit", "2.提升行政监督水平", "县公共资源交易中心 is listed; 县政府督查室 is the listed short name of 县人民政府督查室", "县政府督查室"),
    N("unknown-unit", "视频资源接入全区统一“视频一张网”", "县大数据中心 is the listed short name of 县大数据服务中心", "县大数据中心"),
    N("unknown-unit", "县委组织部、宣传部，县委党校", "prefix distributes: 县委组织部、宣传部 = 县委组织部, 县委宣传部, both listed; 县委党校 listed", "宣传部"),
    N("unknown-unit", "（4）推进文化场馆数字化", "县文旅体广局 is the listed short name of 县文化旅游体育广电局", "县文旅体广局"),
    # garbled look-alikes
    N("garbled-text", "IPv6改造", "IPv6 is a technical term, not damage", "IPv6"),
    N("garbled-text", "110报警服务台", "12345 and 110 are hotline numbers", "110报警"),
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "taken up under 六、保障措施 (lines 126-135): 党的全面领导, 组织领导 with 一把手工程, 资金投入, 数字素养, 考核评价"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "二、健全工作体系 (lines 25-33) covers 健全组织机构 (领导小组, 专家咨询) and 厘清层级职责 under the 六级贯通 architecture, at county scale"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "三、（三）营造良好数字生态 (lines 49-51): 数据要素市场, 安全可靠的发展环境, 网络生态"},
]

covers_spec = [
    (3, "（1）建设智慧园区"), (5, "2.完善数字经济治理"), (7, "（1）深化教育、医疗数字化"),
    (8, "（1）深化教育、医疗数字化"), (9, "（2）强化城市运行“一网统管”"), (10, "（3）推进数字乡村建设"),
    (11, "（3）推进数字乡村建设"), (12, "1.培育数据要素市场"), (14, "（1）明确安全主体责任"),
    (15, "（2）建立安全评估机制"), (17, "（3）落实安全制度要求"), (18, "2.提升安全防护能力"),
    (21, "1.推动行政权力事项网上运行"), (24, "2.规范项目管理"), (25, "统筹利用现有资金渠道"),
    (28, "3.开展试点示范"), (30, "（1）明确数据管理职责"), (32, "（1）明确数据管理职责"),
    (33, "（3）推进数据资源汇聚"), (34, "（3）推进数据资源汇聚"), (36, "（2）深化数据共享"),
    (40, "3.规范电子公文管理"), (42, "2.推进数据融合应用"), (43, "政务信息系统向政务信创云迁移"),
    (48, "开展城域网升级改造"), (49, "视频资源接入全区统一“视频一张网”"),
    (50, "非涉密业务专网整合迁移至电子政务外网"), (52, "3.加强共性应用支撑"), (53, "3.加强共性应用支撑"),
    (54, "3.规范电子公文管理"), (64, "1.完善领导机构"), (66, "1.加强经济运行监测"),
    (68, "（1）推行“照单监管”"), (70, "（2）实施差异化监管"), (71, "（2）实施差异化监管"),
    (74, "2.推进智能监管"), (77, "1.提升矛盾纠纷化解能力"), (79, "2.提升社会治安防控能力"),
    (80, "3.提升公共安全保障能力"), (83, "4.提高基层治理能力"), (84, "（1）深化“一网通办”"),
    (85, "2.提供优质便利的涉企服务"), (86, "（2）做强“我的宁夏”贺兰专区"), (87, "（3）提升12345热线服务效能"),
    (89, "2.提供优质便利的涉企服务"), (90, "（4）推进文化场馆数字化"), (93, "3.拓展普惠民生服务"),
    (94, "1.强化生态环境智慧监测"), (96, "2.提高自然资源利用效率"), (97, "2.提高自然资源利用效率"),
    (102, "3.推动绿色低碳转型"), (104, "（1）推广协同办公"), (105, "（2）深化“宁政通”应用"),
    (106, "（3）推进基层减负"), (107, "（4）整合视频会议资源"), (108, "2.提升行政监督水平"),
    (109, "2.提升行政监督水平"), (112, "1.完善政务公开平台"), (114, "2.发挥政务新媒体作用"),
    (115, "3.畅通政民互动渠道"), (116, "坚持党对数字政府建设工作的全面领导"), (118, "将数字政府建设纳入县委党校"),
    (122, "将数字政府建设纳入全县效能目标管理考核"), (123, "将数字政府建设纳入全县效能目标管理考核"),
    (124, "将数字政府建设纳入全县效能目标管理考核"),
]
covers = [{"task": t, "line": line_of(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 885; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("贺兰县 (under 银川市) 2024 实施方案, numbering four levels deep (一、（一）1.（1）) but mixed: some 1. items have （1） children, others do not. "
              "Section 四、（四）2. holds a 3-column table (事项/责任单位/完成时限, lines 75-79) between two prose lines. "
              "Responsible units follow each item as （责任单位：…；完成时限：…）; line 139 states that the first-listed unit leads. "
              "No parent plan is cited by title (only 按照银川市数字政府建设工作部署), so parents is empty. "
              "Tasks dated 2023年 in the regional list are taken up without a deadline on purpose. "
              "Planted: wrong 文号 (line 9), mojibake (68), two late deadlines (77 table, 107 prose; both contradict the draft's own 2024 goal on line 15), impossible day 6月31日 (117), unknown unit 县发展改革委 (86)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['line'], e['rule'], e['text'])
