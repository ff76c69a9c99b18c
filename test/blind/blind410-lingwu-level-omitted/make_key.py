#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is found by searching the final draft.
import json, sys
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L.pop()

def ln(*needles):
    hits = [i + 1 for i, s in enumerate(L) if all(n in s for n in needles)]
    if len(hits) != 1:
        sys.exit('not unique %r: %r' % (needles, hits))
    return hits[0]

def row(n):
    hits = [i + 1 for i, s in enumerate(L) if s.startswith('%d\t' % n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def cell(n, col):
    return L[row(n) - 1].split('\t')[col]

def dl(n):
    return cell(n, 4)

expect = [
    {"rule": "basis-mismatch", "line": ln('《自治区人民政府关于加强数字政府建设的实施意见》'), "text": "宁政办发〔2023〕17号",
     "why": "the region's 实施意见 is 宁政发〔2023〕17号 (a 政府 document, not a 政府办公厅 one); the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2026年'), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 the 体系框架全面成型 with 工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效; the draft copies the goal with 到2026年"},
    {"rule": "deadline-later-than-baseline", "line": row(18), "text": dl(18),
     "why": "row 18 (城域网升级改造, 电子政务外网 市、乡、村 全覆盖) is regional task 48, 完成时限 2024年 (task 47 is also 2024年); the draft's own text (主要目标 and 提升网络平台支撑能力) says 2024年底"},
    {"rule": "deadline-invalid", "line": row(24), "text": dl(24),
     "why": "impossible year 20224年 (a typing slip for 2024年); row 24 is regional task 71, 完成时限 2024年"},
    {"rule": "unknown-unit", "line": row(40), "text": "大数据局",
     "why": "by the table note it means 市大数据局, which does not exist: the registry has 市大数据管理服务中心 = 市大数据中心 (written 大数据中心 elsewhere in the table, in full in the text); row 40 is task 105"},
    {"rule": "unknown-unit", "line": row(30), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (*) of a local task; copied from regional task 84 (自治区政府办公厅牵头负责); the local lead would be 审批局"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e.update(kw)
    e["why"] = why
    M.append(e)

U = "unknown-unit"
note = "by the table note (责任单位栏中省略“市”字) it is "
m(U, row(1), note + "市发改局 = 市发展和改革局, the note's own example", "发改局")
m(U, row(1), note + "市工信商务局, short name of 市工业信息化和商务局 (written in full in the text)", "工信商务局")
m(U, row(3), note + "市市场监管局 = 市市场监督管理局; the leading 市 of 市场 is not the level", "市场监管局")
m(U, row(3), "written in full with 市 although the note omits it; 市委网信办 is in the registry, not 市市委网信办", "市委网信办")
m(U, row(4), note + "市卫健局 = 市卫生健康局", "卫健局")
m(U, row(4), note + "市文旅局 = 市文化旅游体育广电局", "文旅局")
m(U, row(7), note + "市住建局 and 市城管局, both in the registry", "城管局")
m(U, row(7), note + "市大数据中心 = 市大数据管理服务中心", "大数据中心")
m(U, row(8), "collective subject (各乡镇), not a 市 body", "各乡镇")
m(U, row(9), note + "市供销社 = 市供销合作社联合社", "供销社")
m(U, row(10), note + "市公共资源交易中心", "公共资源交易中心")
m(U, row(12), "collective subject (市直各部门)", "市直各部门")
m(U, row(15), note + "市政府办 = 市人民政府办公室; 档案馆 is 市档案馆", "政府办")
m(U, row(18), "collective subjects 各乡镇、各街道", "各街道")
m(U, row(20), "市委政法委 written in full (registry name)", "市委政法委")
m(U, row(22), "市委编办 written in full (registry name)", "市委编办")
m(U, row(25), "written in full with its own level (the 银川 bureau's 灵武 branch); in units.txt", "银川市生态环境局灵武分局")
m(U, row(28), "written in full; in units.txt", "灵武市气象局")
m(U, row(29), "collective subject 各村（社区）", "各村（社区）")
m(U, row(34), "all three are collectives; a row without a * lead is not an error", "市直各部门")
m(U, row(35), "local branch bureau named as lead, written in full; in units.txt", "银川市生态环境局灵武分局")
m(U, row(42), note + "市机关事务服务中心", "机关事务服务中心")
m(U, row(45), "市委宣传部 in full; 融媒体中心 is 市融媒体中心 by the note", "融媒体中心")
m(U, ln('各乡镇人民政府、各街道办事处，市直各部门'), "addressees, collective subjects", "各街道办事处")
m(U, ln('认真落实自治区党委和银川市委工作部署'), "the parent city's party committee named in 指导思想, not a responsible unit", "银川市委")
m(U, ln('市市场监督管理局会同市公安局'), "full names in running text, all in units.txt", "市市场监督管理局")
m(U, ln('由市发展和改革局、市财政局、市大数据管理服务中心'), "full names in running text, all in units.txt", "市发展和改革局")
m(U, ln('领导小组办公室设在市大数据管理服务中心'), "in units.txt (市数字政府建设领导小组 and the center)", "市大数据管理服务中心")
m(U, ln('市委组织部、市委党校'), "both in units.txt", "市委党校")
m(U, ln('向市数字政府建设领导小组办公室报送'), "in units.txt", "市数字政府建设领导小组办公室")
m(U, ln('银川市生态环境局灵武分局配合'), "in units.txt", "银川市生态环境局灵武分局")

D = "deadline-later-than-baseline"
m(D, ln('到2024年底'), "主要目标 for 2024: 电子政务外网 全覆盖 (task 48, 2024年), 一网通办 (task 84, 2024年), 我的宁夏/宁政通 (tasks 86, 105, 2024年); equal", "2024年底")
m(D, ln('到2035年'), "equal to the region's 到2035年 goal", "2035年")
m(D, ln('2025年底前基本建成市级城市运行管理服务平台'), "task 9 持续推进，2025年取得明显成效; equal year", "2025年底前")
m(D, ln('2024年底前电子政务外网'), "task 48 2024年; equal", "2024年底前")
for n, t, lim in [
    (1, 3, "持续推进，2025年取得明显成效"), (2, 2, "2023年启动，2024年取得明显成效"), (3, 5, "持续推进，2025年取得明显成效"),
    (4, 6, "持续推进，2025年取得明显成效"), (5, 7, "2023年形成试点经验，2025年取得明显成效"), (6, 8, "持续推进，2025年取得明显成效"),
    (7, 9, "持续推进，2025年取得明显成效"), (8, 10, "持续推进，2025年取得明显成效"), (9, 11, "2023年完成主要建设任务，2025年取得明显成效"),
    (10, 12, "2025年"), (11, 21, "2024年"), (12, 28, "2023年启动，2025年取得明显成效"), (13, 29, "2023年启动，2025年完成"),
    (14, 34, "2024年"), (15, 40, "2024年"), (17, 46, "2024年 (task 43: 2024年建成，持续推进)"), (19, 50, "2024年"),
    (20, 49, "2025年"), (21, 52, "2025年"), (23, 66, "2025年"), (25, 74, "2024年"), (26, 77, "2024年"), (27, 79, "2024年"),
    (28, 80, "2024年"), (29, 83, "2025年"), (30, 84, "2024年"), (31, 86, "2024年"), (32, 87, "2023年启动，2025年完成"),
    (33, 89, "2024年"), (34, 93, "2024年"), (35, 94, "2024年"), (37, 97, "2024年"), (38, 98, "2024年"), (39, 104, "2024年"),
    (40, 105, "2024年"), (41, 106, "2025年"), (42, 107, "2025年"), (43, 111, "2025年"), (44, 112, "2024年"), (45, 114, "2024年"),
    (46, 115, "2024年")]:
    m(D, row(n), "row %d is task %d, 完成时限 %s; equal" % (n, t, lim), dl(n))
m(D, row(16), "task 41 2024年; 2024年11月底前 is earlier", dl(16))
m(D, row(22), "task 64 2025年; 2024年6月底前 is earlier", dl(22))
m(D, row(36), "task 96 2025年; 2024年 is earlier", dl(36))

I = "deadline-invalid"
m(I, ln('2020年以来'), "background: past achievements (2020年以来, 2021年, 2023年), not deadlines", "2021年")
m(I, ln('2024年3月15日'), "the document's own issue date", "2024年3月15日")
m(I, ln('每季度末月25日前'), "the office's own reporting dates, not task deadlines", "2024年12月10日前")

B = "basis-mismatch"
m(B, ln('《国务院关于加强数字政府建设的指导意见》'), "correct title and 文号", "国发〔2022〕14号")
m(B, ln('《国务院关于加强数字政府建设的指导意见》'), "数字宁夏“1244+N”行动计划实施方案 is 宁政办发〔2023〕11号 (as the 吴忠 plan cites it)", "宁政办发〔2023〕11号")
m(B, ln('2020年以来'), "retrospective mention of the 2020 工作要点 with its correct 文号, not a basis", "宁政办发〔2020〕14号")
m(B, ln('灵政发〔2024〕9号'), "the document's own 文号", "灵政发〔2024〕9号")

P = "missing-pillar"
m(P, 0, "五个一 / 六级贯通 are taken up in 四、健全工作体系 (健全组织机构, 厘清层级职责 with 六级贯通)", pillar="五个一")
m(P, 0, "数字生态 has its own item (三) and table row 10", pillar="数字生态")
m(P, 0, "党的领导: 组织领导, 财政投入, 数字素养, 考核评价 all present in 六", pillar="党的领导")

covers = []
for n, t in [(1, 3), (2, 2), (3, 5), (4, 6), (5, 7), (6, 8), (7, 9), (8, 10), (9, 11), (10, 12), (11, 21), (12, 28),
             (13, 29), (14, 34), (15, 40), (16, 41), (17, 46), (18, 48), (19, 50), (20, 49), (21, 52), (22, 64), (23, 66),
             (24, 71), (25, 74), (26, 77), (27, 79), (28, 80), (29, 83), (30, 84), (31, 86), (32, 87), (33, 89), (34, 93),
             (35, 94), (36, 96), (37, 97), (38, 98), (39, 104), (40, 105), (41, 106), (42, 107), (43, 111), (44, 112),
             (45, 114), (46, 115)]:
    covers.append({"task": t, "line": row(n)})
covers += [
    {"task": 14, "line": ln('强化安全管理责任。')},
    {"task": 15, "line": ln('强化安全管理责任。')},
    {"task": 18, "line": ln('提升安全防护能力。')},
    {"task": 30, "line": ln('完善数据管理机制。')},
    {"task": 32, "line": ln('完善数据管理机制。')},
    {"task": 42, "line": ln('促进数据有序开发利用。')},
    {"task": 54, "line": ln('加强共性应用支撑能力。')},
    {"task": 73, "line": ln('提升监管协同化水平。')},
    {"task": 85, "line": ln('提升智慧便捷的服务能力。')},
    {"task": 108, "line": ln('提升行政监督水平。')},
    {"task": 116, "line": ln('（一）加强组织领导。')},
    {"task": 25, "line": ln('（二）加大财政投入。')},
    {"task": 118, "line": ln('（三）提升数字素养。')},
    {"task": 123, "line": ln('（四）强化考核评价。')},
]

key = {
    "writer": "blind writer, round 410; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("灵武市 (county-level city under 银川市), issued 2024-03-15, basis is the region's 实施意见 only (no parent plan). "
              "The task table (lines %d-%d) writes bodies without the level under the note on line %d "
              "(责任单位栏中省略“市”字，如“发改局”即“市发展和改革局”；带*者为牵头单位): a short name X in that column means 市X and "
              "units.txt lists the 市-prefixed short names (市发改局, 市市场监管局, 市大数据中心 …). 市委… bodies, 银川市生态环境局灵武分局 and "
              "灵武市气象局 are written in full in the same column. The running text names bodies in full. "
              "20224年 (line %d) should be reported as deadline-invalid only; a deadline-later report on it is not in the key. "
              "No task is deliberately left out; task-uncovered is not annotated.") % (row(1), row(46), ln('说明：责任单位栏中省略'), row(24)),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
# show the checked lines
for e in expect:
    print(e['rule'], e['line'], e['text'], '|', L[e['line'] - 1][:60].replace('\t', ' / '))
for e in M:
    if e['line'] and e.get('text') and e['text'] not in L[e['line'] - 1]:
        print('TEXT NOT ON LINE', e)
for e in expect:
    assert e['text'] in L[e['line'] - 1], e
