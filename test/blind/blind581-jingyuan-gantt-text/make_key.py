#!/usr/bin/env python3
# Builds key.json for blind case 581; every line number is looked up in draft.txt
# by a substring that must occur on exactly one line (or on the stated line).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L[-1] == "":
    L.pop()

def ln(sub, text=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits)
    return hits[0]

def row(n):
    """line of chart row with 序号 n"""
    hits = [i + 1 for i, l in enumerate(L) if l.count("\t") == 12 and l.split("\t")[1] == str(n)]
    assert len(hits) == 1, n
    return hits[0]

def cell(n, col):
    return L[row(n) - 1].split("\t")[col]

def dl(n):
    return cell(n, 12)

expect = []
def E(rule, line, why, **kw):
    d = {"rule": rule, "line": line}
    d.update(kw); d["why"] = why
    if "text" in d and line:
        assert d["text"] in L[line - 1], d
    expect.append(d)

E("basis-mismatch", ln("（宁政办发〔2023〕17号）"), "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title. Line 59 later cites the correct 宁政发〔2023〕17号.", text="宁政办发〔2023〕17号")
E("deadline-later-than-baseline", row(13), "chart row 13 (外网骨干链路扩容升级、扩大互联网出口带宽) is regional task 47, 完成时限 2024 年; the row gives 2025年6月底前 (chart ■ to 2025Q2, consistent with the column but still late)", text="2025年6月底前")
E("deadline-later-than-baseline", row(34), "chart row 34 (应用宁夏“智慧林草”云平台) is regional task 98 (建成宁夏“智慧林草”云平台…), 完成时限 2024年; the row gives 2025年底前 (chart ■ through 2025Q4)", text="2025年底前")
E("deadline-later-than-baseline", row(44), "chart row 44 (12345 热线为枢纽连通政民互动渠道、政府信息知识库) is regional task 115, 完成时限 2024年; the row gives 2025年9月底前 (chart ■ to 2025Q3)", text="2025年9月底前")
E("deadline-invalid", row(37), "impossible date: June has 30 days (2024年6月31日前). The year equals regional task 104 (协同办公平台, 2024年), so it is not also late.", text="6月31日")
E("unknown-unit", row(36), "县大数据管理服务局 is not in units.txt (the county body is 县大数据服务中心; the name is copied from the city pattern 市大数据管理服务局)", text="县大数据管理服务局")
E("unknown-unit", row(15), "a regional body (自治区党委政法委, lead of regional task 49) is named as the lead (牵头) of a county task in the county's own schedule; the county units (县委政法委 etc.) should lead", text="自治区党委政法委")
E("task-uncovered", 0, "regional task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 自治区各部门(单位)及各市、县(区)按照职能分别负责, 2024年) is deliberately left out: no 适老化/无障碍/老年人/残疾人 content anywhere in the draft", task=93)

M = []
def N(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line)
        d["text"] = text
    d["why"] = why
    M.append(d)

hdr = ln("类别\t序号\t重点任务")
N("deadline-later-than-baseline", hdr, "chart header: the quarter columns 2024Q1…2025Q4 are column labels of the schedule, not deadlines", "2025Q4")
N("deadline-invalid", hdr, "quarter labels such as 2024Q1 are not malformed dates", "2024Q1")
N("garbled-text", row(1), "■/□ are the chart's own marks (explained on line 59: ■表示推进期，□表示该季度未安排), not mojibake", "■")
N("garbled-text", row(46), "the marks ■ □ □ □ ■ □ □ □ (one per quarter cell) are a yearly pattern of the chart, not damaged text", "□")
N("deadline-later-than-baseline", row(12), "完成时限 2024年底前完成迁移 equals regional task 46 (政务信息系统有序迁移, 2024 年; cf. task 43 2024 年建成，持续推进); the ■ marks through 2025Q4 are the stated 2025年持续优化, not a later completion", "2024年底前完成迁移，2025年持续优化")
N("deadline-later-than-baseline", row(18), "2025年6月底前 is earlier than regional task 56 (非税收入收缴电子化全覆盖, 2025年); same words as the planted late row 13 but a different baseline", "2025年6月底前")
N("deadline-later-than-baseline", row(40), "2025年6月底前 is earlier than regional task 107 (视频会议平台, 2025年)", "2025年6月底前")
N("deadline-later-than-baseline", row(20), "2024年3月底前 is earlier than regional task 64 (各地参照自治区成立组织机构, 各市、县（区）负责, 2025年)", "2024年3月底前")
N("deadline-later-than-baseline", row(7), "2024年9月底前 is earlier than regional task 21 (行政权力事项网上运行, 2024年)", "2024年9月底前")
N("deadline-later-than-baseline", row(11), "2024年6月底前 is earlier than regional task 41 (公共数据开放目录, 2024年)", "2024年6月底前")
N("deadline-later-than-baseline", row(29), "2024年9月底前 is earlier than regional task 86 (“我的宁夏”应上尽上, 2024年)", "2024年9月底前")
N("deadline-later-than-baseline", row(23), "2024年9月底前 is earlier than regional task 74 (“屏、端、仪”, 2024年)", "2024年9月底前")
N("deadline-later-than-baseline", row(14), "2024年底前 equals regional task 48 (城域网升级改造、5级全覆盖, 2024 年)", "2024年底前")
N("deadline-later-than-baseline", row(15), "2025年底前 equals regional task 49 (视频一张网, 2025 年); the row's only problem is its lead unit", "2025年底前")
N("deadline-later-than-baseline", row(27), "task runs through 2025 and the region allows it: 2025年底前 equals regional task 83 (互联网+基层治理, 2025年)", "2025年底前")
N("deadline-later-than-baseline", row(32), "2025年底前 equals regional task 96 (互联网+城乡供水, 2025年)", "2025年底前")
N("deadline-later-than-baseline", row(39), "2025年底前 equals regional task 106 (填表报数系统, 2025年); the chart starting at 2024Q3 is not a deadline", "2025年底前")
N("deadline-later-than-baseline", row(41), "2025年底前 equals regional task 111 (机关事务管理, 2025年)", "2025年底前")
N("deadline-later-than-baseline", row(35), "2025年底前 equals regional task 102 (绿色低碳转型, 2025年)", "2025年底前")
N("deadline-later-than-baseline", row(21), "2025年底前 equals regional task 66 (经济运行大数据平台, 2025年)", "2025年底前")
N("deadline-later-than-baseline", row(16), "2025年底前 equals regional task 52 (电子证照共享应用, 2025年)", "2025年底前")
N("deadline-later-than-baseline", row(9), "2024年启动，2025年取得明显成效: the completing milestone equals regional task 28 (2023年启动，2025年取得明显成效); a start in the plan's first year is not a late completion", "2024年启动，2025年取得明显成效")
N("deadline-later-than-baseline", row(5), "2025年取得明显成效 equals the completing milestone of regional task 11 (2023年完成主要建设任务，2025年取得明显成效)", "2025年取得明显成效")
N("deadline-later-than-baseline", row(1), "equals regional task 3 (持续推进，2025 年取得明显成效)", "持续推进，2025年取得明显成效")
N("deadline-later-than-baseline", row(2), "equals regional task 6 (持续推进，2025 年取得明显成效)", "持续推进，2025年取得明显成效")
N("deadline-later-than-baseline", row(3), "2025年底前取得明显成效 equals regional task 8 (持续推进，2025年取得明显成效)", "2025年底前取得明显成效")
N("deadline-later-than-baseline", row(4), "equals regional task 10 (持续推进，2025年取得明显成效)", "持续推进，2025年取得明显成效")
N("deadline-later-than-baseline", row(6), "长期坚持 with ■ in every quarter: regional task 18 is 2023年形成机制, 长期坚持; no year is given, so nothing is later", "长期坚持")
N("deadline-later-than-baseline", row(45), "长期坚持: regional task 118 is 2023年完成并长期坚持; the county row gives no year", "长期坚持")
N("deadline-later-than-baseline", row(46), "每年3月底前 is a yearly recurring date; regional task 121 is 长期坚持", "每年3月底前")
N("deadline-later-than-baseline", ln("到2025年底，全县数字政府建设体系框架全面成型"), "goal year equals the regional goal 到2025年，…“34567”体系框架全面成型", "到2025年底")
N("deadline-later-than-baseline", ln("到2024年底，电子政务外网实现"), "2024 goals for 外网三级全覆盖 / 信创云迁移 / 我的宁夏、宁政通 match tasks 48, 46, 86, 105, all due 2024年", "到2024年底")
N("deadline-invalid", ln("（一）发展基础。"), "past dates in the background (2020年以来, 截至2023年底, 2023年完成普查) are history, not deadlines", "截至2023年底")
N("deadline-later-than-baseline", ln("（四）强化考核评价。"), "2026年1月底前 (and 2025年12月15日前, 每季度最后一个月25日前) are the office's own reporting dates for progress reports and the evaluation report, not task deadlines", "2026年1月底前")
N("deadline-later-than-baseline", ln("本方案实施期为"), "the plan's implementation period 2024年1月至2025年12月, not a task deadline", "2025年12月")
N("deadline-invalid", 1, "2024—2025年 in the title is the plan period", "2024—2025年")
N("basis-mismatch", ln("（一）发展基础。"), "retrospective mention of the 2020 工作要点 with its correct 文号 宁政办发〔2020〕14号, as history, not as a basis of this plan", "宁政办发〔2020〕14号")
N("basis-mismatch", ln("本方案实施期为"), "correct short citation of the regional task list by 文号 (宁政发〔2023〕17号附件2)", "宁政发〔2023〕17号")
N("basis-mismatch", ln("为贯彻落实党的二十大精神"), "national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号")
N("basis-mismatch", ln("为贯彻落实党的二十大精神"), "the city plan is cited by title alone, as city plans often have no 文号; no parent plan is supplied to check it against", "固原市人民政府《关于加强数字政府建设的实施方案》")
N("basis-mismatch", 2, "the county's own 文号 for this notice, not a cited basis", "泾政发〔2024〕9号")
N("unknown-unit", row(6), "泾源县公安局 is 县公安局 of units.txt written with the county's name", "泾源县公安局")
N("unknown-unit", row(25), "泾源县公安局 = 县公安局 (county name added)", "泾源县公安局")
N("unknown-unit", row(26), "县消防救援大队 is 泾源县消防救援大队 of units.txt written without the county's name", "县消防救援大队")
N("unknown-unit", row(35), "固原市生态环境局泾源分局 is listed in units.txt (a city bureau's county branch)", "固原市生态环境局泾源分局")
N("unknown-unit", row(8), "县发展和改革局、财政局: the prefix 县 distributes, giving 县财政局", "财政局")
N("unknown-unit", row(24), "县公安局、司法局、信访局: the prefix 县 distributes, giving 县司法局 and 县信访局", "司法局、信访局")
N("unknown-unit", row(23), "collective subject", "承担监管职责的县直有关部门")
N("unknown-unit", row(27), "collective subjects", "各村（社区）")
N("unknown-unit", row(2), "collective subjects", "县直有关部门（单位）、各乡镇人民政府")
N("unknown-unit", ln("（三）营造良好数字生态。"), "自治区发展改革委 is a regional unit in the baseline, named in prose as the body the county cooperates with, not as the lead of a county task", "自治区发展改革委")
N("unknown-unit", ln("（一）加强组织领导。"), "县委 and 县人民政府 are in units.txt", "县委")
N("unknown-unit", row(45), "县委党校 is in units.txt", "县委党校")

covers = []
def C(task, line):
    covers.append({"task": task, "line": line})
chart = {1: 3, 2: 6, 3: 8, 4: 10, 5: 11, 6: 18, 7: 21, 8: 23, 9: 28, 10: 33, 11: 41, 12: 46, 13: 47,
         14: 48, 15: 49, 16: 52, 17: 54, 18: 56, 19: 57, 20: 64, 21: 66, 22: 71, 23: 74, 24: 77,
         25: 79, 26: 80, 27: 83, 28: 84, 29: 86, 30: 88, 31: 90, 32: 96, 33: 97, 34: 98, 35: 102,
         36: 103, 37: 104, 38: 105, 39: 106, 40: 107, 41: 111, 42: 112, 43: 114, 44: 115, 45: 118, 46: 121}
for n, t in chart.items():
    C(t, row(n))
C(70, row(22))
C(5, ln("（一）驱动数字经济发展。"))
C(7, ln("（二）引领数字社会建设。"))
C(14, ln("强化安全管理责任。"))
C(15, ln("强化安全管理责任。"))
C(24, ln("创新数字政府建设管理机制。"))
C(32, ln("完善数据管理机制。"))
C(34, ln("完善数据管理机制。"))
C(36, ln("深化数据高效共享。"))
C(42, ln("促进数据有序开发利用。"))
C(50, ln("提升网络平台支撑能力。"))
C(51, ln("加强共性应用支撑能力。"))
C(53, ln("加强共性应用支撑能力。"))
C(65, ln("（一）提升科学精准的经济调节能力。"))
C(68, ln("（二）提升综合高效的市场监管能力。"))
C(72, ln("（二）提升综合高效的市场监管能力。"))
C(85, ln("（四）提升普惠便捷的公共服务能力。"))
C(89, ln("（四）提升普惠便捷的公共服务能力。"))
C(95, ln("（五）提升系统科学的生态环境保护能力。"))
C(113, ln("（七）提升全面规范的政务公开能力。"))
C(116, ln("（一）加强组织领导。"))
C(25, ln("（二）加大财政投入。"))
C(120, ln("（三）提升数字素养。"))
C(122, ln("（四）强化考核评价。"))
C(123, ln("（四）强化考核评价。"))
C(124, ln("（四）强化考核评价。"))

key = {
  "writer": "blind writer, round 581; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("泾源县 (固原市) 2024–2025 实施方案, 泾政发〔2024〕9号 of 2024-03-15, no parent plan supplied. The 进度安排 (lines 58–107) is a "
            "tab-separated schedule: 类别, 序号, 重点任务, 责任单位, eight quarter columns 2024Q1…2025Q4 holding ■ (worked) / □ (not), then 完成时限. "
            "In every row the last ■ falls in the quarter of the 完成时限 (持续推进/长期坚持 rows and row 12's 2025年持续优化 run to 2025Q4; row 46 is ■ in each first quarter). "
            "Deadlines are to be read from the 完成时限 column. The first-listed unit leads (line 59 says so), but every row also says 牵头/负责 explicitly. "
            "Tasks due 2023 in the region (14, 15, 32, 36, 68, 72, 85, 116, 123, 124) are taken up only in the body, without dates. "
            "Line 98 (6月31日) is invalid only; its year equals task 104's 2024年. Task 93 (适老化) is the one deliberate omission."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
