#!/usr/bin/env python3
# Writes key.json for blind round 956; every line number is looked up in the final draft.txt.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L.pop()


def ln(needle, start=None):
    """1-based line of the unique line containing needle (optionally also containing start)."""
    hits = [i + 1 for i, s in enumerate(L) if needle in s and (start is None or start in s)]
    assert len(hits) == 1, (needle, start, hits)
    return hits[0]


def row(n):
    """line of task-table row n."""
    return ln("\t", start=None) if False else [i + 1 for i, s in enumerate(L) if s.startswith(f"{n}\t")][0]


def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line


G = "广西 task"  # tasks numbered 1–43 in order of the (責任單位…完成時限…) notes of guangxi-2022-shishi-yijian.txt

expect = [
    {"rule": "basis-mismatch", "line": chk(ln("桂政发〔2022〕13号"), "桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; digits transposed"},
    {"rule": "deadline-later-than-baseline", "line": chk(ln("到2026年"), "2026年"), "text": "2026年",
     "why": "主要目标: the region sets 到2025年 for the “一部手机助广西” 发展格局初步形成 (seed line 35); same goal, one year later (also 广西 task 9 智桂通, 完成時限 2025年底)"},
    {"rule": "deadline-later-than-baseline", "line": chk(row(8), "2026年底"), "text": "2026年底",
     "why": "广西 task 8 (12345热线, seed line 63), 完成時限 2025年底; the table row gives 2026年底前"},
    {"rule": "deadline-invalid", "line": chk(row(33), "2022年12月"), "text": "2022年12月",
     "why": "deadline 2022年12月底前 lies before the plan's own year (issued 2023年8月18日); a slip for 2023 (cf. the 到2023年底 goal on the 数据资源目录, line %d). 广西 task 33 完成時限 持续開展, so not late" % ln("到2023年底")},
    {"rule": "unknown-unit", "line": chk(row(37), "区电子政务办公室"), "text": "区电子政务办公室",
     "why": "not in units.txt: an outdated office name; the district body is 区大数据发展局 (already listed first in the same cell)"},
    {"rule": "garbled-text", "line": chk(ln("鏁板瓧鎬濈淮"), "鏁板瓧鎬濈淮"), "text": "鏁板瓧鎬濈淮",
     "why": "UTF-8 bytes read as GBK: the run decodes back to 数字思维、数字技能和数字素养"},
]

M = []


def nm(rule, line, text, why):
    chk(line, text)
    M.append({"rule": rule, "line": line, "text": text, "why": why})


# collectives
nm("unknown-unit", 3, "各乡镇人民政府", "collective subject (addressees)")
nm("unknown-unit", 3, "区直各部门（单位）", "collective subject; the 区 prefix does not make it a unit")
nm("unknown-unit", row(1), "各街道办事处", "collective subject")
nm("unknown-unit", row(32), "各乡镇（街道）", "collective subject")
nm("unknown-unit", row(9), "区直各部门（单位）", "collective subject in a responsibility cell")
# prefix distribution, aliases and vertical units in units.txt
nm("unknown-unit", row(1), "统计局", "prefix 区 distributes over 区发展和改革局、统计局、财政局、大数据发展局: 区统计局, 区财政局, 区大数据发展局 are all in units.txt")
nm("unknown-unit", row(3), "区市场监管局", "official short name of 区市场监督管理局 (alias in units.txt)")
nm("unknown-unit", row(3), "区发改局", "alias of 区发展和改革局 in units.txt")
nm("unknown-unit", row(4), "区公安分局", "alias of 百色市公安局右江分局 in units.txt")
nm("unknown-unit", row(4), "区人民法院", "in units.txt (政法机关 outside the government proper)")
nm("unknown-unit", row(5), "百色市公安局右江分局", "the district's public-security branch, listed in units.txt; a district-level unit despite the 百色市 prefix, so a proper lead of a local task")
nm("unknown-unit", row(16), "百色市右江生态环境局", "district ecology bureau under vertical management, in units.txt")
nm("unknown-unit", row(18), "右江生态环境局", "alias of 百色市右江生态环境局 in units.txt")
nm("unknown-unit", row(17), "百色市自然资源局右江分局", "in units.txt (district branch)")
nm("unknown-unit", row(39), "区税务局", "alias of 国家税务总局百色市右江区税务局 in units.txt")
nm("unknown-unit", row(21), "区政府办公室", "alias of 区人民政府办公室 in units.txt")
nm("unknown-unit", 5, "百色市右江区人民政府办公室", "the issuing office (alias in units.txt), not a responsibility cell anyway")
# deadlines: equal, earlier, ongoing, own dates, background
nm("deadline-later-than-baseline", row(3), "2025年底前", "equal: 广西 task 3 (一体化在线监管), 完成時限 2025年底")
nm("deadline-later-than-baseline", row(22), "2025年12月底前", "equal in another form: 广西 task 22 (政务公开), 完成時限 2025年底")
nm("deadline-later-than-baseline", row(9), "2024年底前", "earlier: 广西 task 9 (智桂通), 完成時限 2025年底")
nm("deadline-later-than-baseline", row(5), "2024年底前", "广西 task 5 (治安防控), 完成時限 持续開展: a dated local milestone is not later than an ongoing task")
nm("deadline-later-than-baseline", row(19), "2025年底前", "广西 task 19 (辅助决策), 完成時限 持续開展: no regional milestone to be late against")
nm("deadline-later-than-baseline", row(36), "2024年6月底前", "广西 task 36 (政务云), 完成時限 持续開展; local own earlier milestone")
nm("deadline-later-than-baseline", row(29), "2023年建立，长期坚持", "广西 task 29 (管理机制), 完成時限 持续開展; mixed form, ongoing")
nm("deadline-later-than-baseline", row(23), "长期坚持", "广西 task 23 (安全管理责任), 完成時限 持续開展 (a regional task not assigned to 各市)")
nm("deadline-later-than-baseline", ln("到2025年，"), "到2025年", "主要目标: same year as the region's 到2025年 体系框架基本形成")
nm("deadline-later-than-baseline", ln("到2035年"), "到2035年", "主要目标: same year as the region's 到2035年 基本建成")
nm("deadline-invalid", ln("到2023年底"), "2023年底", "district's own intermediate goal in the plan's own year; no regional counterpart")
nm("deadline-invalid", ln("截至2022年底"), "2022年底", "past date in the background section (an achievement, not a deadline)")
nm("deadline-invalid", ln("截至2022年底"), "2019年", "retrospective: year a past local document was issued")
nm("deadline-invalid", ln("各牵头单位于2023年9月底前"), "2023年9月底前", "the office's own work-arrangement date in the plan year")
nm("deadline-invalid", ln("各牵头单位于2023年9月底前"), "每年6月25日、12月15日前", "the office's own reporting dates")
nm("deadline-invalid", row(44), "2023年9月底前", "own task (工作专班), plan year; not a regional task")
nm("deadline-invalid", 6, "2023年8月18日", "the issue date")
nm("deadline-invalid", ln("印发", start="右江区人民政府办公室 2023年8月18日"), "2023年8月18日", "the printing (印发) date in the footer")
nm("deadline-invalid", ln("110、119、120、122等紧急热线以及"), "110、119、120、122", "emergency hotline numbers, not dates")
# basis
nm("basis-mismatch", 9, "国发〔2022〕14号", "correct 文号 and title of the national 指导意见")
nm("basis-mismatch", ln("2019年印发"), "《右江区政务信息系统整合共享实施方案》", "retrospective mention of an old local document in the background, not a basis citation")
nm("basis-mismatch", 2, "右政办发〔2023〕26号", "the notice's own 文号")
# pillars
M.append({"rule": "missing-pillar", "line": 0, "pillar": "加强党对数字政府建设工作的领导",
          "why": "section 八 is headed 保障措施 but carries 组织领导 (line %d), 推进机制 (line %d), 数字素养 (line %d) and 考核评估 (line %d)" % (
              ln("（一）加强组织领导"), ln("（二）健全推进机制"), ln("（三）提升数字素养"), ln("（四）强化考核评估"))})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
          "why": "七（三）营造良好数字生态, line %d" % ln("（三）营造良好数字生态")})
# garbled look-alikes
nm("garbled-text", ln("天地图·广西"), "天地图·广西", "middle dot in a platform's official name, not damage")

covers_body = {
    1: "加快推动各类经济数据分类分级整合", 2: "加强监管事项清单数字化管理，运用多源数据", 3: "以一体化在线监管提升监管协同化水平",
    4: "推进数字化网格治理能力建设", 5: "推进社会治安防控体系智能化", 6: "推进智慧应急建设", 7: "打造泛在可及的服务体系",
    8: "持续优化12345政务服务便民热线", 9: "持续完善“智桂通”移动开放生态体系右江专区", 10: "推动智慧教育服务能力提升",
    11: "推动智慧人社服务能力提升", 12: "推动智慧医疗服务能力提升", 13: "推动智慧工地监管能力提升",
    14: "推动智慧体育、智慧康养服务能力提升", 15: "推动智慧体育、智慧康养服务能力提升", 16: "提升生态环保协同治理能力",
    17: "提高自然资源利用效率，推动绿色低碳转型", 18: "提高自然资源利用效率，推动绿色低碳转型", 19: "提升辅助决策能力。依托",
    20: "提升行政执行能力。推广", 21: "提升行政监督水平。以信息化", 22: "依托全区政府网站集约化平台",
    23: "（一）强化安全管理责任。", 24: "（二）落实安全制度要求。", 25: "（三）加强数据安全监管。", 26: "（四）提升安全保障能力。",
    27: "（五）提高自主可控水平。", 28: "（一）以数字化改革助力政府职能转变。", 29: "（二）创新数字政府建设管理机制。",
    30: "（三）完善法规制度。", 31: "（四）健全标准规范。", 32: "(五)开展试点示范。", 33: "（一）创新数据管理机制。",
    34: "（二）深化数据高效共享。", 35: "（三）促进数据有序开发利用。", 36: "（一）强化政务云平台支撑能力。",
    37: "（二）提升网络平台支撑能力。", 38: "强化数据智能支撑能力。推广", 39: "推进数字化共性应用集约建设。推广",
    40: "强化开放生态支撑能力。按照", 41: "（一）助力数字经济发展。", 42: "（二）引领数字社会建设。", 43: "（三）营造良好数字生态。",
}
def lnb(needle):
    hits = [i + 1 for i, s in enumerate(L) if needle in s and "\t" not in s]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


covers = [{"task": t, "line": lnb(s)} for t, s in sorted(covers_body.items())]

key = {
    "writer": "blind writer, round 956; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-08",
    "draft": "draft.txt",
    "also": [],
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("Draft: 百色市右江区人民政府办公室 notice (右政办发〔2023〕26号, 2023-08-18) issuing the 右江区 实施方案, body mirrors the 广西 实施意见 "
              "framework section for section, plus an attached 重点任务分工表 (44 rows; rows 1–43 follow 广西 tasks 1–43 in order, row 44 is the district's own 专班 task). "
              "Task numbers: the 广西 seed has no numbered list, so tasks are numbered 1–43 in the order of its inline (責任單位…完成時限…) notes; "
              "only tasks 3, 8, 9, 22 have a dated 完成時限 (2025年底), all others are 持续開展; task 23 names no 各市人民政府. "
              "The table note says the first unit of a cell is the lead. No parent plan is supplied (the 百色市 plan is mentioned only as 部署要求, no title). "
              "The 2026 goal on line %d and table row 9 (2024年底前) cover the same 智桂通 matter; only the goal is late." % ln("到2026年")),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers;", len(L), "lines")
for e in expect:
    print(e["rule"], e["line"], e["text"])
