# Builds key.json; every line number is found from a text anchor in the final draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(anchor, nth=None):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert hits, anchor
    if nth is None:
        assert len(hits) == 1, (anchor, hits)
        return hits[0]
    return hits[nth]
def row(k):  # line of annex row k
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(f'{k}\t')]
    assert len(hits) == 1, k
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("加快推进数字政府建设的实施意见"), "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
  "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; 加快推进 for 加强 is a wrong title"},
 {"rule": "deadline-later-than-baseline", "line": row(11), "text": "实现县、乡、村三级全覆盖",
  "why": "annex row 11 (城域网升级改造, 电子政务外网县乡村全覆盖) only reaches completion in the 2025年目标 column; regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖, 各市、县（区）具体负责) 完成时限 2024年 (task 47, 外网升级改造, also 2024年)"},
 {"rule": "deadline-later-than-baseline", "line": ln("适老化与信息无障碍建设"), "text": "2025年底前",
  "why": "政府网站、政务移动端、公共服务场所适老化与信息无障碍建设: regional task 93 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": ln("21月"), "text": "2024年21月",
  "why": "impossible month (a slip for 2024年12月)"},
 {"rule": "unknown-unit", "line": row(10), "text": "县大数据管理局",
  "why": "no such county unit; the registry (units.txt) has 县大数据服务中心 (named at line %d); 县大数据管理局 is a slip copied from a city-style name" % ln("县大数据服务中心承担日常技术支撑工作")},
 {"rule": "unknown-unit", "line": row(13), "text": "自治区档案局",
  "why": "a regional body named as 牵头单位 of a county task (regional task 40 is led by 自治区档案局; the county lead should be 县档案馆 or 县政府办公室)"},
 {"rule": "garbled-text", "line": ln("鍙婃椂鎬荤粨"), "text": "鍙婃椂鎬荤粨",
  "why": "UTF-8 read as GBK: the run decodes to 及时总结推广典型经验做法，加强政策解读和宣传报道"},
]

def M(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    return d
DL = "deadline-later-than-baseline"; UU = "unknown-unit"; BM = "basis-mismatch"; DI = "deadline-invalid"
must = [
 M(DL, 1, "the action's period （2024—2025年） in the notice title is not a deadline", "2024—2025年"),
 M(DL, ln("海原县数字政府建设攻坚行动方案（2024—2025年）", nth=2), "the action's period in the plan title is not a deadline", "2024—2025年"),
 M(BM, 8, "行动方案 is the draft's own title, not a citation of a basis document", "行动方案"),
 M(BM, 2, "the draft's own 文号", "海政办发〔2024〕18号"),
 M(BM, ln("国发〔2022〕14号"), "correct 文号 and title of the State Council guiding opinion", "国发〔2022〕14号"),
 M(BM, ln("宁政办发〔2023〕11号"), "cited exactly as the 吴忠 city plan cites it (数字宁夏“1244+N”行动计划实施方案)", "宁政办发〔2023〕11号"),
 M(BM, ln("中卫市人民政府《关于加强数字政府建设的实施方案》"), "the city's plan cited by title alone, as city plans often have no 文号", "关于加强数字政府建设的实施方案"),
 M(DL, ln("重点任务清单（2023年—2025年）"), "the regional task list's own name and period, not a deadline", "2023年—2025年"),
 M(BM, ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (印发以来), not cited as basis", "宁政办发〔2020〕14号"),
 M(DI, ln("2023年，县电子政务外网"), "2023 achievements in the background are past facts, not deadlines", "2023年"),
 M(DI, 6, "the notice's issue date", "2024年4月12日"),
 M(DL, ln("到2024年底，县级政务数据资源"), "2024 goals: 行政权力事项网上运行 (task 21, 2024年), 一网通办 (task 84, 2024年), 我的宁夏 (task 86, 2024年), 宁政通 (task 105, 2024年); 接入政务数据平台 is earlier than task 29 (2025年完成)", "到2024年底"),
 M(DL, ln("到2025年，全县数字政府建设“34567”"), "same year as the region's 主要目标 到2025年 “34567”体系框架全面成型", "到2025年"),
 M(DL, ln("2024年9月底前"), "公共数据开放目录 task 41 完成时限 2024年; September 2024 is within it", "2024年9月底前"),
 M(DL, ln("2025年底前全面接入全区统一的“视频一张网”"), "视频一张网 task 49 完成时限 2025年: equal", "2025年底前"),
 M(DL, ln("（2）2024年底前"), "我的宁夏 应上尽上 task 86 完成时限 2024年: equal", "2024年底前"),
 M(DL, ln("到2025年底，基层干部填表报数"), "填表报数 task 106 完成时限 2025年: equal", "到2025年底"),
 M(DL, ln("每季度末5日前"), "the office's own reporting dates (quarterly and 2024年12月10日前、2025年12月10日前), not task deadlines", "2025年12月10日前"),
 M(DL, ln("常态化开展安全防护和应急演练"), "task 18 (2023年形成机制，长期坚持) taken up as ongoing without a date", "长期坚持"),
 M(DL, ln("工作。各乡镇人民政府"), "county leading group: task 64 (各地各部门参照自治区做法成立组织机构, 各市、县（区）负责, 2025年); task 60 (2023年) is the 自治区 leading group, a regional-only task"),
 M(DL, row(1), "row 1 reaches the county leading group in 2024 and the 工作格局 in 2025: task 64 完成时限 2025年; task 60 (2023年) concerns the 自治区 leading group only (自治区政府办公厅负责)"),
 M(DL, row(2), "智慧园区: task 3 持续推进，2025年取得明显成效; targets in both years, 明显成效 in 2025"),
 M(DL, row(3), "公共服务数字化: task 6 持续推进，2025年取得明显成效 (task 8 likewise)"),
 M(DL, row(4), "数字乡村: task 10 持续推进，2025年取得明显成效"),
 M(DL, row(5), "行政权力事项网上运行: task 21 2024年; finished in 2024, kept up in 2025"),
 M(DL, row(6), "一本账: task 23 2024年; finished in 2024, kept up in 2025"),
 M(DL, row(7), "试点示范: task 28 2023年启动，2025年取得明显成效"),
 M(DL, row(8), "接入自治区政务数据平台: task 29 2023年启动，2025年完成; not the 2024 基础库/主题库 tasks 33–35"),
 M(DL, row(9), "公共数据开放目录: task 41 2024年; finished in 2024"),
 M(DL, row(10), "政务云迁移: task 46 2024年; finished in 2024, 2025 is 持续优化"),
 M(DL, row(12), "视频一张网: task 49 2025年: equal"),
 M(DL, row(13), "电子公文/电子文件归档: tasks 40 and 54 2024年; finished in 2024"),
 M(DL, row(14), "非税收入收缴电子化: task 56 2025年: equal"),
 M(DL, row(15), "信用信息: task 57 2024年; finished in 2024"),
 M(DL, row(16), "经济运行监测: task 66 2025年 (宁夏经济运行大数据平台, 各市、县（区）配合): equal"),
 M(DL, row(17), "矛盾纠纷多元化解: task 77 2024年; finished in 2024"),
 M(DL, row(18), "雪亮工程: task 79 2024年; finished in 2024"),
 M(DL, row(19), "基层治理: task 83 2025年: equal"),
 M(DL, row(20), "一网通办: task 84 2024年; finished in 2024"),
 M(DL, row(21), "我的宁夏: task 86 2024年; finished in 2024"),
 M(DL, row(22), "惠企政策专栏: task 89 2024年; 完成 in 2024"),
 M(DL, row(23), "生态环境数据: task 94 2024年; finished in 2024"),
 M(DL, row(24), "数字治水: task 96 2025年: equal"),
 M(DL, row(25), "协同办公/宁政通: tasks 104, 105 2024年; 完成 in 2024"),
 M(DL, row(26), "填表报数: task 106 2025年: equal"),
 M(DL, row(27), "公共资源交易: task 108 长期推进，2024年取得明显成效: equal"),
 M(DL, row(28), "政务公开/新媒体: tasks 112, 114 2024年; 完成 in 2024"),
 M(UU, row(6), "prefix distributes: 县发展改革局、财政局、审计局 = 县发展改革局, 县财政局, 县审计局, all in units.txt", "财政局"),
 M(UU, row(23), "中卫市生态环境局海原分局 is the county's environment branch, listed in units.txt", "中卫市生态环境局海原分局"),
 M(UU, row(22), "县审批局 and 县税务局 are short names listed in units.txt", "县税务局"),
 M(UU, row(1), "collective subjects", "县直各部门（单位）"),
 M(UU, row(19), "collective subject", "各村（社区）"),
 M(UU, row(5), "collective subject", "县直有关部门"),
 M(UU, ln("自治区机关事务管理局"), "a regional body named as guiding (指导), not as lead of a county task; full name of 自治区机管局", "自治区机关事务管理局"),
 M(UU, row(11), "telecom branch listed in units.txt", "中国电信海原分公司"),
 M(UU, ln("县政府办公室（县大数据服务中心）"), "both names are in units.txt; the bracket names the unit doing the technical review", "县大数据服务中心"),
 M(UU, row(17), "county court and procuratorate, listed in units.txt", "县人民法院"),
 M(UU, row(3), "three lead units, all in units.txt; first is main lead per the annex note", "县卫生健康局"),
 M(UU, ln("依托县人民医院远程医疗中心"), "县人民医院 is in units.txt, and it is a facility mention, not a responsible unit", "县人民医院"),
 M(UU, ln("每季度末5日前"), "the county leading group's office, in units.txt", "县推进“数字政府”建设领导小组办公室"),
 M("garbled-text", ln("“1244+N”"), "“1244+N” is the real name of the 数字宁夏 action plan, not damage", "1244+N"),
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up at line %d (数据要素市场, 网络综合治理, 良好网络生态)" % ln("3．营造良好数字生态")},
 {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "taken up as 强化资金保障 at line %d" % ln("（二）强化资金保障")},
 {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "健全组织机构/厘清层级职责 at lines %d–%d" % (ln("1．健全组织机构"), ln("2．厘清层级职责"))},
]

cov = [(64, row(1)), (3, row(2)), (6, row(3)), (8, ln("互联网+医疗健康")), (10, row(4)), (12, ln("3．营造良好数字生态")),
 (14, ln("1．强化安全保障")), (17, ln("建立健全数据分类分级保护")), (18, ln("常态化开展安全防护和应急演练")),
 (21, row(5)), (23, row(6)), (28, row(7)), (29, row(8)), (41, row(9)), (42, ln("推进供水、供电、供气")), (46, row(10)),
 (48, row(11)), (49, row(12)), (40, row(13)), (56, row(14)), (57, row(15)), (66, row(16)), (70, ln("2．市场监管能力")),
 (71, ln("2．市场监管能力")), (77, row(17)), (79, row(18)), (80, ln("（3）推进“智慧应急”建设")), (83, row(19)), (84, row(20)),
 (86, row(21)), (87, ln("一呼即应")), (89, row(22)), (93, ln("适老化与信息无障碍建设")), (94, row(23)), (96, row(24)),
 (104, row(25)), (105, row(25)), (106, row(26)), (107, ln("（3）统筹整合全县非涉密视频会议系统资源")), (108, row(27)),
 (111, ln("自治区机关事务管理局")), (112, row(28)), (114, row(28)), (115, ln("7．政务公开能力")), (116, ln("（一）加强组织领导")),
 (118, ln("（三）提升数字素养")), (122, ln("（四）严格考核评价")), (123, ln("（四）严格考核评价")), (25, ln("（二）强化资金保障"))]
covers = [{"task": t, "line": l} for t, l in cov]

key = {
 "writer": "blind writer, round 285; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": must,
 "covers": covers,
 "notes": ("海原县 belongs to 中卫市, whose plan is not in the seeds, so no parent plan is given (the 吴忠 plan is not this county's parent). "
  "The annex 攻坚任务清单 has two target columns, 2024年目标 and 2025年目标, each meaning 'reached by the end of that year' (stated in the annex note, line %d). "
  "A row's completing milestone is the column in which the task is finished; 持续巩固/持续优化/深化应用 in the 2025 column after a 2024 完成 is upkeep, not a later deadline. "
  "For the table deadline error the 'date as written' is the column header 2025年目标; text gives the cell. "
  "Tasks that the region set for 2023 (14, 15, 24, 30, 32, 36, 116, 118, 122, 123) are taken up without a date on purpose." % ln("说明："))
}
for e in expect + must:
    if e["line"] and e.get("text"): assert e["text"] in L[e["line"] - 1], e
assert L[8 - 1].startswith("海原县数字政府建设攻坚行动方案") and L[1 - 1].startswith("海原县人民政府办公室关于印发") and L[2 - 1] == "海政办发〔2024〕18号" and L[6 - 1] == "2024年4月12日"
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(must), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'), '|', L[e['line']-1][:50])
