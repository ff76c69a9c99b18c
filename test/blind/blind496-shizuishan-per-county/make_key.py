#!/usr/bin/env python3
# Builds key.json from draft.txt: every line number is found by a unique anchor string and checked.
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
    # line of task-table row n (the row starts with its number and a tab)
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": ln('根据《国务院关于加强数字政府建设的指导意见》'),
     "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
     "why": "宁政发〔2023〕17号 is titled 《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it as 关于加快推进数字政府建设的实施意见 (wrong title, 加快推进 for 加强)"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2026年，全市数字政府建设体系框架全面成型'),
     "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…; the same goal is dated 2026 here"},
    {"rule": "deadline-later-than-baseline", "line": row(12),
     "text": "2025年6月底",
     "why": "task-table row 12 (城域网升级改造, 外网村级全覆盖) = regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (task 47 外网升级改造 is also 2024年); 大武口区 2024年6月底前 and 惠农区 2024年9月底前 meet it, but 平罗县 2025年6月底前 is later — late for one place only"},
    {"rule": "deadline-invalid", "line": row(25),
     "text": "2023年9月底",
     "why": "row 25 (适老化与信息无障碍建设) = regional task 93, 完成时限 2024年; 惠农区 is given 2023年9月底前, a date before the plan's own year (issued 2024年4月18日) — a typo for 2024; not a copied regional deadline (the region says 2024年). 大武口区 2024年6月底前 and 平罗县 2024年底前 are fine"},
    {"rule": "unknown-unit", "line": row(27),
     "text": "市电子政务办",
     "why": "not in units.txt (the old 市电子政务办公室 was merged into 市大数据管理服务局, see the comment in units.txt); a legacy name left in the cell"},
    {"rule": "garbled-text", "line": ln('寮哄寲浠ョ綉绠'),
     "text": "寮哄寲浠ョ綉绠＄綉",
     "why": "UTF-8 read as GBK: 寮哄寲浠ョ綉绠＄綉鍔犲己骞冲彴缁忔祹 = 强化以网管网加强平台经济"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

D = "deadline-later-than-baseline"
m(D, row(1), "row 1 = regional task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年; per-place dates 大武口区/惠农区 2024年6月底前, 平罗县 2024年9月底前 differ but all are earlier", "2024年9月底")
m(D, row(2), "row 2 = regional task 2 (产业云，与政务云互联互通), 完成时限 2023年启动，2024年取得明显成效; 2024年底前取得明显成效 is equal")
m(D, row(3), "row 3 = regional task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效; 大武口区 2024年底前, 惠农区 2025年6月底前, 平罗县 2025年底前 differ but all meet 2025", "2025年6月底")
m(D, row(4), "row 4 = regional task 6 (公共事业服务数字化), 完成时限 持续推进，2025年取得明显成效; equal")
m(D, row(5), "row 5 = regional task 9 (城市运行管理服务平台, 一网统管), 完成时限 持续推进，2025年取得明显成效; 大武口区 2024年9月底前, 惠农区 2024年底前, 平罗县 2025年6月底前 all meet 2025", "2025年6月底")
m(D, row(6), "row 6 = regional task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效; 平罗县 2024年底前, 惠农区 2025年6月底前, 大武口区 2025年底前 (places listed in a different order) all meet 2025", "2025年底")
m(D, row(9), "row 9 = regional task 41 (公共数据开放目录), 完成时限 2024年; 2024年11月底前 is earlier", "2024年11月底")
m(D, row(11), "row 11 = regional task 43 (政务云向政务信创云安全过渡), 完成时限 2024年建成，持续推进, and task 46 (政务信息系统有序迁移) 2024年; 市级 2024年9月底前, 大武口区、惠农区 2024年10月底前 (one date shared by two places), 平罗县 2024年底前 all meet 2024", "2024年10月底")
m(D, row(13), "row 13 = regional task 49 (视频一张网), 完成时限 2025年; 2025年底前 is equal")
m(D, row(15), "row 15 = regional task 56 (非税收入收缴电子化), 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底")
m(D, row(16), "row 16 = regional task 66 (宁夏经济运行大数据平台), 完成时限 2025年; 2025年底前 is equal")
m(D, row(18), "row 18 = regional task 79 (雪亮工程), 完成时限 2024年; 大武口区 2024年8月底前, 惠农区、平罗县 2024年底前 all meet 2024", "2024年8月底")
m(D, row(20), "row 20 = regional task 83 (互联网+基层治理), 完成时限 2025年; 大武口区 2024年底前, 惠农区 2025年6月底前, 平罗县 2025年9月底前 all meet 2025", "2025年9月底")
m(D, row(22), "row 22 = regional task 86 (我的宁夏 应上尽上), 完成时限 2024年; 大武口区 2024年6月底前, 惠农区 2024年9月底前, 平罗县 2024年底前 differ but all meet 2024 (the last is equal)", "2024年底")
m(D, row(23), "row 23 = regional task 87 (12345 一呼即应), 完成时限 2023年启动，2025年完成; the completing milestone 2025年底前 is equal (2024年启动 is only the start, in the plan's own year)", "2024年启动")
m(D, row(24), "row 24 = regional task 92 (多卡合一、多码合一), 完成时限 2025年; equal")
m(D, row(26), "row 26 = regional task 96 (互联网+城乡供水), 完成时限 2025年; 平罗县 2024年底前, 惠农区、大武口区 2025年底前 all meet 2025", "2025年底")
m(D, row(28), "row 28 = regional task 106 (宁政通 填表报数), 完成时限 2025年; equal")
m(D, row(29), "row 29 = regional task 107 (视频会议平台), 完成时限 2025年; 2024年底前 is earlier")
m(D, row(30), "row 30 = regional task 111 (机关事务管理信息系统), 完成时限 2025年; equal")
m(D, row(31), "row 31 = regional tasks 112 and 114 (政务公开平台, 新媒体矩阵), 完成时限 2024年; equal")
m(D, row(32), "row 32 = regional task 121 (考核指标体系), 完成时限 长期坚持; equal")
m(D, ln('2024年底前，市级部门非涉密业务专网'), "body sentence = regional task 50 (非涉密业务专网整合迁移或安全互联), 完成时限 2024年; equal (the same line's 城域网 clause, task 48, is also 2024年)", "2024年底前")
m(D, ln('到2024年底，市县两级'), "city's own 2024 goal: 组织机构 (task 64, 2025年), 信创云迁移 (task 43, 2024年), 外网全覆盖 (task 48, 2024年), 我的宁夏 应上尽上 (task 86, 2024年) — none later; the region's 2023 goal concerns 自治区本级 五个一 and 平台家底, not these items", "到2024年底")
m(D, ln('到2035年，与政府治理能力现代化'), "2035 goal equal to the region's 到2035年 goal", "到2035年")
m(D, ln('2024年12月10日前报送年度工作总结'), "the office's own reporting dates (每季度最后一个月20日前, 2024年12月10日前), not task deadlines", "2024年12月10日")
m("deadline-invalid", ln('2023年，全市完成政务数据资源目录编制'), "background: past achievements (2023年, 截至2023年底), not deadlines; also matches task 30 (2023年) exactly", "2023年")
m("deadline-invalid", ln('2024年4月18日'), "the notice's issue date, not a deadline", "2024年4月18日")

B = "basis-mismatch"
l9 = ln('根据《国务院关于加强数字政府建设的指导意见》')
m(B, ln('自《宁夏回族自治区2020年'), "retrospective mention of the 2020 工作要点 (宁政办发〔2020〕14号) as history, not as a basis; title and 文号 match", "宁政办发〔2020〕14号")
m(B, ln('石政发〔2024〕9号'), "the plan's own 文号 in the notice header, not a citation", "石政发〔2024〕9号")

U = "unknown-unit"
m(U, row(1), "collective 各县区; 市委编办 is the first-listed (main) lead per the table note", "各县区")
m(U, row(4), "collective 市直有关部门; the listed 市 bodies are all in units.txt", "市直有关部门")
m(U, row(5), "prefix distribution: 市住房城乡建设局、城市管理局 = 市住房城乡建设局, 市城市管理局", "城市管理局")
m(U, row(3), "大武口区、惠农区、平罗县人民政府 = the three county-level governments, all in units.txt (大武口区 and 惠农区 are also listed short names)", "大武口区")
m(U, row(12), "the three county-level governments, in units.txt", "惠农区")
m(U, row(10), "unit outside government proper, listed in units.txt", "国网石嘴山供电公司")
m(U, row(15), "石嘴山市税务局 is in units.txt", "石嘴山市税务局")
m(U, row(16), "市发改委 is the listed short name of 市发展改革委; 工信局、商务局 take the 市 prefix (市工信局 = 市工业和信息化局, 市商务局)", "工信局")
m(U, row(20), "collective 各乡镇（街道）", "各乡镇（街道）")
m(U, row(22), "市审批局 is the listed short name of 市审批服务管理局", "市审批局")
m(U, row(25), "collective 市直各部门 / 各县区", "市直各部门")
m(U, row(9), "市大数据管理服务局 is the canonical name (市大数据局 elsewhere is its short name)", "市大数据管理服务局")

covers_spec = [
    (2, row(2)), (3, row(3)), (6, row(4)), (8, ln('依托国家智能社会治理实验基地')), (9, row(5)), (10, row(6)),
    (11, ln('积极参与“数字供销”')), (12, ln('积极融入全区数据要素市场')), (13, ln('积极融入全区数据要素市场')),
    (14, ln('强化安全管理责任。')), (15, ln('强化安全管理责任。')), (17, ln('落实安全制度要求。')), (18, ln('提升安全防护能力。')),
    (21, row(7)), (22, ln('以数字化改革助力政府职能转变。')), (24, ln('创新数字政府建设管理机制。')), (25, ln('（二）加大资金保障。')),
    (28, ln('开展试点示范。')), (32, ln('完善数据管理机制。')), (36, ln('深化数据高效共享。')), (37, ln('深化数据高效共享。')),
    (39, row(8)), (41, row(9)), (42, row(10)), (43, row(11)), (45, ln('强化政务云平台支撑能力。')), (46, row(11)),
    (48, row(12)), (49, row(13)), (50, ln('2024年底前，市级部门非涉密业务专网')), (54, row(14)), (56, row(15)),
    (64, row(1)), (66, row(16)), (68, ln('提升监管精准化水平。')), (70, ln('提升监管精准化水平。')), (71, row(17)),
    (72, ln('提升监管协同化水平。')), (73, ln('提升监管协同化水平。')), (74, ln('提升监管智能化水平。')),
    (77, ln('（三）提升精细智能的社会管理能力。')), (79, row(18)), (80, row(19)), (83, row(20)), (84, row(21)),
    (85, ln('打造泛在可及的服务体系。')), (86, row(22)), (87, row(23)), (88, ln('提供优质便利的涉企服务。')), (89, ln('提供优质便利的涉企服务。')),
    (92, row(24)), (93, row(25)), (95, ln('（五）提升系统科学的生态环境保护能力。')), (96, row(26)), (102, ln('（五）提升系统科学的生态环境保护能力。')),
    (103, ln('提升辅助决策能力。')), (104, row(27)), (105, row(27)), (106, row(28)), (107, row(29)), (108, ln('提升行政监督和机关事务管理水平。')),
    (111, row(30)), (112, row(31)), (114, row(31)), (115, ln('（七）提升全面规范的政务公开能力。')),
    (116, ln('（一）加强组织领导。')), (118, ln('（三）提升数字素养。')), (121, row(32)), (124, ln('（四）强化考核评价。')),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

# sanity: every text must occur on its line
for e in expect + mnf:
    if 'text' in e:
        assert e['text'] in L[e['line'] - 1], e

key = {
    "writer": "blind writer, round 496; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("石嘴山市 2024 implementation plan on 宁政发〔2023〕17号, no parent plan. The task table (附件) gives per-county-level-place dates "
              "(大武口区/惠农区/平罗县) in one 完成时限 cell; each place's date is compared with the region's task on its own. Only row 12 (平罗县 2025年6月底前 vs task 48 2024年) "
              "is late; row 25 has a pre-2024 date for 惠农区 (deadline-invalid, earlier than the region so not late). The table note says the first-listed lead is the main lead. "
              "The garbled run on the 提升监管智能化水平 line hides the 以网管网/平台经济 clause, so task 75 may legitimately be reported uncovered (information only). "
              "The preamble (the basis-mismatch line) also cites 国发〔2022〕14号 and 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） correctly (the latter as the 吴忠 plan does); they are not listed in mustNotFlag only because they share the line and rule of the planted title error, and must not be reported. "
              "The 2024 goal (到2024年底 外网全覆盖) and row 12 disagree internally for 平罗县; the error is the row-12 date, not the goal."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
