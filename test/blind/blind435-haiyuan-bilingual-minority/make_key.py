# Builds key.json from draft.txt; every line number is found by a unique anchor string and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(anchor, must=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if must:
        assert must in L[hits[0] - 1], (anchor, must)
    return hits[0]

def row(n):
    hits = [i + 1 for i, l in enumerate(L) if l.startswith('%d\t' % n)]
    assert len(hits) == 1, n
    return hits[0]

def rowdl(n):
    return L[row(n) - 1].split('\t')[3]

expect = [
    {"rule": "basis-mismatch", "line": ln('关于加快推进数字政府建设的实施意见'), "text": "关于加快推进数字政府建设的实施意见",
     "why": "宁政发〔2023〕17号 is titled 《自治区人民政府关于加强数字政府建设的实施意见》; 加快推进 is a wrong title for it"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2026年，全县数字政府建设'), "text": "2026年",
     "why": "主要目标: the region sets 到2025年 for the 34567 体系框架全面成型 (same goal, same wording); the county puts it at 2026"},
    {"rule": "deadline-later-than-baseline", "line": row(7), "text": "2025年底前",
     "why": "task 48 (城域网升级改造, 区市县乡村5级全覆盖, 按需向企事业单位拓展), 完成时限 2024年; the county's own line 47 even says 2024年底前"},
    {"rule": "deadline-invalid", "line": row(17), "text": "13月",
     "why": "2024年13月 is an impossible date (typo for 12月); task 83 (互联网+基层治理) is due 2025年, so it is not late"},
    {"rule": "unknown-unit", "line": row(31), "text": "县民宗委",
     "why": "not in units.txt; the county body is 县民族宗教事务局 (short name 县民宗局), named correctly in line 73 for the same measure"},
    {"rule": "garbled-text", "line": ln('瀹楁暀娲诲姩'), "text": "瀹楁暀娲诲姩鍦烘墍淇℃伅",
     "why": "UTF-8 read as GBK; recovers to 宗教活动场所信息"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# citations
m("basis-mismatch", ln('国发〔2022〕14号'), "correct national basis document with its own 文号", "国发〔2022〕14号")
m("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective background mention of the 2020 工作要点 with its correct 文号, not cited as basis", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('国务院令第686号'), "legal basis of a county measure: 《宗教事务条例》 is 国务院令第686号 (2017 revision); not a digital-government basis document", "国务院令第686号")
m("basis-mismatch", ln('清真食品管理条例'), "a real regional regulation cited for the county's own 清真食品 measure, not a basis document of the plan", "宁夏回族自治区清真食品管理条例")
# past / own dates
m("deadline-invalid", ln('2023年，全县依申请'), "past date in the background (what was achieved in 2023), not a deadline", "2023年")
m("deadline-invalid", ln('2024年3月15日'), "the issue date of the document", "2024年3月15日")
m("deadline-later-than-baseline", ln('2024年4月底前制定本单位'), "the office's own work schedule and reporting dates (落实措施, 季度报送, 年度总结), no regional task", "2024年12月20日前")
# goals
m("deadline-later-than-baseline", ln('到2024年底，电子政务外网'), "goals equal to the region's task deadlines: task 48 (2024年), task 86 (2024年), task 93 (2024年); none of them is among the region's 2023 goals", "到2024年底")
m("deadline-later-than-baseline", ln('到2035年，与政府治理能力'), "equal to the region's 到2035年 goal", "到2035年")
m("deadline-later-than-baseline", ln('2024年底前实现县、乡、村三级'), "task 48, 完成时限 2024年: equal", "2024年底前")
m("deadline-later-than-baseline", ln('2025年底前实现县内规模以上清真食品'), "county's own 清真食品追溯 measure; no regional task dates it (task 71's general food tracing is taken up separately with 2024年)", "2025年底前")

# table rows: (row, task, regional deadline, relation)
rows = [
    (1, "task 3, 完成时限 持续推进，2025 年取得明显成效: equal"),
    (2, "task 6, 完成时限 持续推进，2025 年取得明显成效: county 2025年, equal"),
    (3, "task 10, 完成时限 持续推进，2025年取得明显成效: equal"),
    (4, "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效: the completing milestone 2025 is equal"),
    (5, "task 43, 完成时限 2024 年建成，持续推进: equal"),
    (6, "task 47, 完成时限 2024 年: equal"),
    (8, "task 49, 完成时限 2025 年: county 2024年 is earlier"),
    (9, "task 50, 完成时限 2024 年: equal"),
    (10, "tasks 40 and 54, 完成时限 2024年: equal"),
    (11, "task 56, 完成时限 2025年: equal"),
    (12, "task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年: county 2024年6月底前 is earlier; task 60 (2023年) is about the region's own leading group and is 自治区政府办公厅's, not a county task"),
    (13, "task 71, 完成时限 2024年: equal"),
    (14, "task 77, 完成时限 2024年: equal"),
    (15, "task 79, 完成时限 2024年: equal"),
    (16, "task 80, 完成时限 2024年: equal"),
    (18, "task 84, 完成时限 2024年: equal"),
    (19, "task 86, 完成时限 2024年: equal"),
    (20, "task 87, 完成时限 2023年启动，2025年完成: copied exactly; the 2023 start lies before the plan's year but is the region's own milestone (not invalid, not late)"),
    (21, "task 93, 完成时限 2024年: equal"),
    (22, "task 96, 完成时限 2025年: equal"),
    (23, "task 98, 完成时限 2024年: equal"),
    (24, "task 104, 完成时限 2024年: equal"),
    (25, "task 105, 完成时限 2024年: equal"),
    (26, "task 106, 完成时限 2025年: equal"),
    (27, "task 107, 完成时限 2025年: county 2024年 is earlier"),
    (28, "task 112, 完成时限 2024年: equal"),
    (29, "task 114, 完成时限 2024年: equal"),
    (30, "task 121, 完成时限 长期坚持: equal"),
    (31, "county's own measure (民族团结进步创建 digital platform); no regional task dates it"),
    (32, "county's own measure (宗教事务管理信息化); no regional task dates it (not tasks 33-35, which are the region's 基础库/主题库)"),
    (33, "county's own measure (清真食品追溯); no regional task dates it; task 71's general food tracing is row 13 with 2024年"),
]
for n, why in rows:
    m("deadline-later-than-baseline", row(n), why, rowdl(n))
m("deadline-invalid", row(20), "copied regional deadline of task 87 whose start (2023年启动) lies before the plan's year", "2023年启动")

# units
m("unknown-unit", row(32), "social body taking part (参与), listed in units.txt; not a government body but not unknown", "县伊斯兰教协会")
m("unknown-unit", ln('县伊斯兰教协会参与场所信息采集'), "social body taking part, listed in units.txt", "县伊斯兰教协会")
m("unknown-unit", row(33), "县工商联 is the short name of 县工商业联合会 in units.txt, a social body taking part", "县工商联")
m("unknown-unit", row(33), "official short name of 县市场监督管理局 in units.txt", "县市场监管局")
m("unknown-unit", row(33), "official short name of 县民族宗教事务局 in units.txt", "县民宗局")
m("unknown-unit", row(33), "official short name of 县工业信息化和商务局 in units.txt", "县工信商务局")
m("unknown-unit", row(21), "short name of 县残疾人联合会 in units.txt, a social body taking part", "县残联")
m("unknown-unit", row(5), "short name of 县人民政府办公室 in units.txt", "县政府办")
m("unknown-unit", row(4), "short name of 县供销合作社联合社 in units.txt", "县供销社")
m("unknown-unit", row(19), "short name of 县审批服务管理局 in units.txt", "县审批局")
m("unknown-unit", row(23), "short name of 县林业和草原局 in units.txt", "县林草局")
m("unknown-unit", row(17), "collective subject", "各村（社区）")
m("unknown-unit", row(2), "collective subject", "各乡镇人民政府")
m("unknown-unit", row(8), "collective subject", "县直有关部门")
m("unknown-unit", row(5), "collective subject", "县直各部门（单位）")
m("unknown-unit", ln('由县委统战部、县民族宗教事务局牵头'), "both in units.txt under their full names", "县民族宗教事务局")
m("unknown-unit", ln('配合中卫市推进'), "the parent city itself, named as the party the county cooperates with, not a county responsible unit", "中卫市")
m("unknown-unit", ln('县政府办加挂县大数据服务中心牌子'), "in units.txt; a centre sharing the 县政府办公室's premises", "县大数据服务中心")
m("unknown-unit", row(16), "in units.txt", "海原县消防救援大队")
m("unknown-unit", ln('县推进数字政府建设领导小组办公室报送'), "the coordinating body the draft itself sets up in line 50 (office in 县政府办公室), not a registry unit", "县推进数字政府建设领导小组办公室")
m("unknown-unit", ln('（一）加强组织领导'), "the county party committee and government as a whole", "县委、县政府")
m("unknown-unit", ln('（二）厘清层级职责'), "a facility (县级指挥调度中心), not a responsible unit", "县级指挥调度中心")
# pillars
m("missing-pillar", ln('（三）营造良好数字生态'), "数字生态 is taken up in its own paragraph (short, but present)")
m("missing-pillar", ln('四、健全“五个一”和“六级贯通”的工作体系'), "五个一/六级贯通 work system is taken up in section 四 (lines 49-52)")
m("missing-pillar", ln('（二）加大财政投入'), "财政投入 is taken up")

covers_spec = [
    (3, row(1)), (6, row(2)), (7, ln('深入应用国家智慧教育平台')), (8, ln('深入应用国家智慧教育平台')),
    (10, row(3)), (11, row(4)), (9, ln('配合中卫市推进城市运行管理服务平台')), (5, ln('3．完善数字经济治理')),
    (14, ln('1．强化安全管理责任')), (15, ln('1．强化安全管理责任')), (17, ln('2．落实安全制度要求')),
    (18, ln('3．提升安全保障能力')), (21, ln('1．以数字化改革助力政府职能转变')), (24, ln('2．创新数字政府建设管理机制')),
    (28, ln('3．健全标准规范、开展试点示范')), (30, ln('1．完善数据管理机制')), (31, ln('1．完善数据管理机制')),
    (32, ln('1．完善数据管理机制')), (36, ln('2．深化数据高效共享')), (42, ln('3．促进数据有序开发利用')),
    (43, row(5)), (47, row(6)), (48, row(7)), (49, row(8)), (50, row(9)), (40, row(10)), (54, ln('3．加强共性应用支撑能力')),
    (56, row(11)), (64, row(12)), (68, ln('1．推进监管精准化')), (70, ln('1．推进监管精准化')), (71, row(13)),
    (72, ln('2．推进监管协同化、智能化')), (77, row(14)), (79, row(15)), (80, row(16)), (83, row(17)), (84, row(18)),
    (85, ln('2．提升智慧便捷的服务能力')), (86, row(19)), (87, row(20)), (89, ln('3．提供优质便利的涉企服务')),
    (93, row(21)), (96, row(22)), (98, row(23)), (104, row(24)), (105, row(25)), (106, row(26)), (107, row(27)),
    (112, row(28)), (114, row(29)), (121, row(30)), (116, ln('（一）加强组织领导')), (122, ln('（四）强化考核评价')),
    (123, ln('（四）强化考核评价')), (124, ln('（四）强化考核评价')),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
    "writer": "blind writer, round 435; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("海原县 (中卫市) 2024 plan checked against 宁政发〔2023〕17号 only (no parent plan; the 中卫市 plan is not cited). "
              "Section 六 adds county measures no regional task carries (民族团结进步创建数字化, 宗教事务管理信息化, 清真食品追溯), "
              "dated 2025年 in rows 31-33 and line 75. 县伊斯兰教协会, 县工商联 and 县残联 are social bodies taking part, listed in units.txt. "
              "The table states that the first-listed unit leads. Rows quoting regional 2023 deadlines are avoided except row 20 (task 87 copied)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
