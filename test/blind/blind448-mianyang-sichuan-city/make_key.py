#!/usr/bin/env python3
# Builds key.json; every line number is looked up in draft.txt and checked.
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def row(n, text=None):
    hits = [i + 1 for i, l in enumerate(L) if l.split('\t')[0] == str(n) and l.count('\t') == 4]
    assert len(hits) == 1, n
    if text is not None:
        assert text in L[hits[0] - 1], (n, text)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": ln("根据《国务院关于加强数字政府建设的指导意见》", "川府发〔2023〕18号"),
     "text": "川府发〔2023〕18号",
     "why": "the province's 《四川省人民政府关于加强数字政府建设的实施意见》 is 川府发〔2023〕8号 (province.txt, build.docNumber); the title is right, the 文号 is not"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年，全市数字政府", "2026年"), "text": "2026年",
     "why": "主要目标: the province's goal 到2025年 '“1236”体系框架全面成型…' (province.txt 主要目标); the city puts the same goal at 2026"},
    {"rule": "deadline-later-than-baseline", "line": row(3, "2025年底前"), "text": "2025年底",
     "why": "task 3 (电子政务外网升级改造，五级全覆盖), 完成时限 2024年; row 3 says 2025年底前"},
    {"rule": "deadline-invalid", "line": row(26, "2022年底前"), "text": "2022年底",
     "why": "the plan is issued 2023-09-26; 2022年底前 lies before the year of issue (task 33, 完成时限 2024年 — slip for 2024年底前)"},
    {"rule": "unknown-unit", "line": row(9, "市经信委"), "text": "市经信委",
     "why": "not in units.txt: the body is 市经济和信息化局 (short name 市经信局); 经信委 is the pre-2019 name"},
    {"rule": "unknown-unit", "line": row(18, "省大数据中心牵头"), "text": "省大数据中心",
     "why": "a regional (province) body named as the lead (牵头) of a city task; copied from task 23's 责任单位"},
    {"rule": "garbled-text", "line": ln("深化数据高效共享。", "鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁渚涢渶瀵规帴",
     "why": "UTF-8 bytes of 政务数据供需对接 read as GBK"},
]

nm = []
def N(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    nm.append(e)

U = "unknown-unit"; D = "deadline-later-than-baseline"; V = "deadline-invalid"; B = "basis-mismatch"
# units
N(U, 3, "in units.txt (科技城新区管委会) as an addressee", "科技城新区管委会")
N(U, ln("推广共性支撑能力。"), "province body named only as giving 业务指导, not as a responsible or lead unit", "省大数据中心")
N(U, row(6), "province body named after the city lead as 业务指导 only; 市大数据中心 leads", "省大数据中心业务指导")
N(U, row(10), "official short name of 市经济和信息化局 (alias in units.txt)", "市经信局")
N(U, row(10), "park bodies listed in units.txt", "绵阳高新区管委会")
N(U, row(19), "alias of 市政务服务和公共资源交易服务中心 in units.txt", "市政务服务中心")
N(U, row(33), "prefix distributes: 市公安局、司法局、信访局 = 市公安局, 市司法局, 市信访局, all in units.txt", "司法局")
N(U, row(14), "county-level city government named, in units.txt (not a 市-level body)", "江油市人民政府")
N(U, row(14), "county government named, in units.txt", "北川羌族自治县人民政府")
N(U, row(13), "district governments named, in units.txt", "涪城区人民政府")
N(U, row(36), "collective subject", "各乡镇（街道）")
N(U, row(1), "collective subjects (市直有关部门（单位）, 各县（市、区）人民政府)", "各县（市、区）人民政府")
N(U, row(5), "alias of 市城市管理行政执法局 in units.txt", "市城管执法局")
N(U, row(16), "in units.txt", "市国家保密局")
N(U, ln("支持江油市打造"), "place names (江油市, 北川羌族自治县, 平武县) naming where a scene is built, not responsible units", "江油市")
N(U, ln("（一）加强组织领导。"), "both city bodies are in units.txt", "市政务服务和公共资源交易服务中心")
# deadlines
N(D, ln("到2023年底，全市数字政府"), "goal equal to the province's 到2023年底 goal", "2023年底")
N(D, ln("到2035年，与政府治理"), "goal equal to the province's 到2035年 goal", "2035年")
N(D, ln("推进政务云集约建设。"), "task 2 完成时限 '2023年启动，2024年完成' and task 1 完成时限 2024年: equal", "2024年底")
N(D, ln("完善数据管理机制。"), "task 32 完成时限 2023年: equal", "2023年底前")
N(D, ln("（一）加强组织领导。"), "task 66 完成时限 '2023年完成并长期坚持': October 2023 is within 2023", "2023年10月底前")
N(D, ln("（四）强化考核评估。"), "the office's own half-yearly reporting dates, not a task deadline", "每年6月底、12月底前")
N(D, row(2), "task 2 完成时限 '2023年启动，2024年完成': identical", "2023年启动，2024年完成")
N(D, row(4), "task 4 完成时限 2025年: 2024年底前 is earlier", "2024年底前")
N(D, row(5), "task 5 完成时限 2025年: equal", "2025年")
N(D, row(9), "task 11 完成时限 '持续推进，2025年取得明显成效': identical", "持续推进，2025年取得明显成效")
N(D, row(17), "task 22 完成时限 '2023年形成机制，长期坚持': identical", "2023年形成机制，长期坚持")
N(D, row(18), "task 23 完成时限 '2023年启动，2025年完成': identical (the row's fault is its lead unit)", "2023年启动，2025年完成")
N(D, row(21), "task 27 完成时限 2023年: equal (month precision)", "2023年12月底前")
N(D, row(23), "task 30 完成时限 '2023年启动，2025年取得明显成效': identical", "2023年启动，2025年取得明显成效")
N(D, row(24), "task 31 完成时限 '2023年启动，2025年完成': the city finishes earlier (2024)", "2023年启动，2024年完成")
N(D, row(25), "task 32 完成时限 2023年: equal", "2023年底前")
N(D, row(37), "task 49 完成时限 2024年: earlier", "2024年6月底前")
N(D, row(39), "task 51 完成时限 2023年: equal", "2023年12月底前")
N(D, row(51), "task 68 完成时限 '2023年完成，长期坚持': identical", "2023年完成，长期坚持")
N(D, row(52), "task 69 完成时限 长期坚持: identical", "长期坚持")
N(V, ln("（二）发展基础。"), "past dates in the background paragraph (2019, 2020, 2022), not deadlines", "2022年")
N(V, 2, "the plan's own 文号, not a deadline", "2023")
# basis
N(B, ln("根据《国务院关于加强数字政府建设的指导意见》"), "national basis cited with its correct 文号", "国发〔2022〕14号")
N(B, ln("（二）发展基础。"), "retrospective mention of the city's own 2019 document, not a basis citation", "《绵阳市“数字政府”建设工作方案》")
N(B, 1, "the plan's own title in its 印发 notice", "《绵阳市数字政府建设实施方案》")
# pillars
nm.append({"rule": "missing-pillar", "line": 0, "pillar": "政务运行和政务公开", "why": "the merged pillar 政务运行和政务公开 is taken up in 五（六） and rows 44-48"})
nm.append({"rule": "missing-pillar", "line": 0, "pillar": "一个底座", "why": "the 一个底座 pillar is section 二 and rows 1-8 (the N个特色场景 is an addition, not a replacement)"})

covers_src = [
    (1, row(1)), (2, row(2)), (3, row(3)), (4, row(4)), (5, row(5)), (6, row(6)), (7, row(7)),
    (8, ln("完善公共支付和信用支撑。")), (9, row(8)), (11, row(9)), (12, row(10)), (13, ln("完善数字经济治理。")),
    (14, row(11)), (15, ln("完善数字经济治理。")), (16, row(12)), (17, row(13)), (18, row(14)),
    (19, ln("推进智慧社区建设。")), (20, row(15)), (21, row(16)), (22, row(17)), (23, row(18)),
    (25, row(19)), (26, row(20)), (27, row(21)), (29, row(22)), (30, row(23)), (31, row(24)), (32, row(25)),
    (33, row(26)), (34, row(27)), (35, ln("深化数据高效共享。")), (36, row(28)), (37, row(29)), (39, row(30)),
    (40, ln("（一）提升经济运行调节能力。")), (41, row(31)), (42, row(32)), (43, ln("（二）提升市场监管能力。")),
    (44, ln("（二）提升市场监管能力。")), (45, row(33)), (46, row(34)), (47, row(35)), (48, row(36)),
    (49, row(37)), (50, row(38)), (51, row(39)), (52, ln("（四）提升公共服务能力。")), (53, row(40)),
    (54, row(41)), (55, row(42)), (56, row(43)), (57, ln("（五）提升生态环境保护能力。")), (58, row(44)),
    (59, row(45)), (60, ln("（六）提升政务运行和政务公开能力。")), (61, row(46)), (62, row(47)), (63, row(48)),
    (64, ln("（六）提升政务运行和政务公开能力。")), (65, ln("（六）提升政务运行和政务公开能力。")),
    (66, row(49)), (67, row(50)), (68, row(51)), (69, row(52)),
]
covers = [{"task": t, "line": l} for t, l in covers_src]

key = {
    "writer": "blind writer, round 448; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": None,
    "build": {"body": "province.txt", "tasks": "tasks.txt", "id": "sichuan-2023",
              "title": "四川省人民政府关于加强数字政府建设的实施意见", "docNumber": "川府发〔2023〕8号",
              "date": "2023-04-12", "level": "省", "region": "四川省"},
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": nm,
    "covers": covers,
    "notes": ("province.txt and tasks.txt are a writer-made 四川 实施意见 (川府发〔2023〕8号, 2023-04-12) with its own "
              "'1236' framework: 一个底座; 两翼赋能 (数字经济, 数字社会); 三大体系 (安全防护, 制度规则, 数据资源); 六大能力 "
              "(经济运行调节, 市场监管, 社会治理, 公共服务, 生态环境保护, 政务运行和政务公开). Its 六、保障措施 are support "
              "measures, not pillars (the draft carries them anyway). 69 tasks. The draft is 绵阳's plan of 2023-09-26 with "
              "'1236+N'; its attached task table (lines 70-122) has 52 rows, first column 序号. Tasks not taken up: 28 "
              "(province-only), 24 and 38 only in part. Deadlines in the table that are not listed in mustNotFlag are "
              "equal to their task's 完成时限 as well.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(nm), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'))
