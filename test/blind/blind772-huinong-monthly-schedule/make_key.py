# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up in, and checked against, the final draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")[:-1]

def ln(sub, start=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (sub, start, hits)
    return hits[0]

def row(n):  # table row by 序号
    return ln("", start=f"{n}\t")

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

E_ = []
def exp(rule, line, text=None, **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        if line: chk(line, text)
        d["text"] = text
    d.update(kw); E_.append(d)

M_ = []
def mnf(rule, line, text=None, why=""):
    d = {"rule": rule, "line": line}
    if text is not None:
        if line: chk(line, text)
        d["text"] = text
    d["why"] = why; M_.append(d)

C_ = []
def cov(task, line): C_.append({"task": task, "line": line})

# ---------------- expect (planted) ----------------
exp("basis-mismatch", ln("宁政发〔2023〕71号"), "宁政发〔2023〕71号",
    why="the 自治区人民政府《关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits transposed); 71号 does not belong to that title")
exp("missing-pillar", 0, pillar="数字生态",
    why="section 二 is headed 三个驱动 but takes up only 数字经济 and 数字社会; nothing on data-element markets, data trading rules or the digital/network ecosystem anywhere in the draft (the 指导思想 also drops 打造良好数字生态)")
exp("garbled-text", ln("鏁版嵁褰掗泦"), "鏁版嵁褰掗泦",
    why="UTF-8 bytes of 数据归集共享通报 read as GBK (鏁版嵁褰掗泦鍏变韩閫氭姤); the sentence should read 政务数据归集共享通报制度 (task 36)")
exp("deadline-invalid", ln("2024年13月底前"), "13月",
    why="impossible month 2024年13月 (适老化改造, task 93, whose 完成时限 is 2024年)")
exp("unknown-unit", row(2), "区经信局",
    why="old name, not in units.txt; the bureau is 区工业和信息化局 (区工信局), used correctly in rows 1 and 21")
exp("deadline-later-than-baseline", row(14), "2025年6月底",
    why="row 14 (外网骨干网扩容、IPv6改造、互联网出口带宽) is task 47, 完成时限 2024年; the 备注 puts completion at 2025年6月底, later than the region")

# ---------------- mustNotFlag ----------------
mnf("deadline-invalid", ln("2024年3月18日"), "2024年3月18日", "issue date of the notice, not a deadline")
mnf("basis-mismatch", ln("惠政办发〔2024〕12号"), "惠政办发〔2024〕12号", "the notice's own 文号, not a cited basis document")
mnf("unknown-unit", ln("各乡镇人民政府、街道办事处，区直各部门"), "街道办事处", "addressee list: 各 distributes over 乡镇人民政府、街道办事处, a collective; 区直各部门（单位） is a collective")
mnf("basis-mismatch", ln("国发〔2022〕14号"), "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
mnf("basis-mismatch", ln("石嘴山市人民政府《关于加强数字政府建设的实施方案》"), "石嘴山市人民政府《关于加强数字政府建设的实施方案》", "the city plan cited by title alone, as DOMAIN describes for city plans without a 文号; no parent plan is supplied, so nothing to contradict it")
mnf("basis-mismatch", ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention in 工作基础 of the 2020 工作要点 with its correct 文号; it is not cited as a basis of this plan")
mnf("deadline-invalid", ln("2023年，我区建成"), "2023年", "past date in the background (工作基础), reports work done, not a deadline")
mnf("deadline-later-than-baseline", ln("到2024年底"), "2024年底", "2024 goals: 外网三级全覆盖 (task 48, 2024年), 我的宁夏 (task 86, 2024年), 宁政通 (task 105, 2024年), 网上办掌上办 (task 84, 2024年) - all equal; no regional 主要目标 is stated for these")
mnf("deadline-later-than-baseline", ln("到2025年，全区数字政府建设“34567”"), "2025年", "equal to the region's 主要目标 到2025年 34567体系框架全面成型")
mnf("deadline-later-than-baseline", ln("到2035年"), "2035年", "equal to the region's 2035 goal")
mnf("unknown-unit", ln("配合自治区党委政法委"), "自治区党委政法委", "regional body named as the one the district supports (task 49 is led by 自治区党委政法委, 2025年); it is not made lead of a local task")
mnf("deadline-later-than-baseline", ln("2024年13月底前"), "13月", "year 2024 equals task 93's 完成时限 2024年; the slip is the impossible month (expected as deadline-invalid), not lateness")
mnf("unknown-unit", ln("由区委组织部、宣传部"), "宣传部", "prefix 区委 distributes: 区委宣传部, which is in units.txt")
mnf("unknown-unit", ln("宁夏干部教育培训网络学院"), "宁夏干部教育培训网络学院", "a training platform named after 依托, not a responsible unit; the units in that sentence (区委组织部、宣传部, 区政府办公室, 区委党校) are all in units.txt")
mnf("deadline-invalid", ln("每季度末月25日前"), "每季度末月25日前", "the office's own reporting dates (quarterly and 2024年12月20日), not task deadlines")
mnf("basis-mismatch", ln("对照《惠农区2024年数字政府建设重点任务推进计划表》"), "《惠农区2024年数字政府建设重点任务推进计划表》", "the plan's own attachment, not a basis document")
mnf("garbled-text", ln("●为推进节点"), "●为推进节点，★为完成时间节点", "legend with the schedule symbols ● and ★; not damaged text")
mnf("deadline-invalid", ln("序号\t重点任务"), "12月", "table header: month columns 1月-12月 of the 2024 schedule, not dates")
mnf("deadline-later-than-baseline", row(1), "★", "task 2 (2023年启动，2024年取得明显成效): ★ under 12月 = 2024年12月, equal")
mnf("unknown-unit", row(1), "区发展改革局", "official short name of 区发展和改革局 in units.txt")
mnf("deadline-later-than-baseline", row(3), "持续推进", "task 6 (持续推进，2025年取得明显成效): ongoing row with ● only and 备注 持续推进, no completion later than 2025")
mnf("unknown-unit", row(4), "区教体局", "short name of 区教育体育局 in units.txt")
mnf("unknown-unit", row(6), "区综合执法局", "short name of 区城市管理综合执法局 in units.txt")
mnf("unknown-unit", row(7), "各乡镇人民政府", "collective subject")
mnf("deadline-later-than-baseline", row(8), "★", "task 23 (2024年): ★ under 6月 = 2024年6月, earlier")
mnf("deadline-later-than-baseline", row(10), "★", "tasks 33/34 (2024年): ★ under 12月 = 2024年12月, equal")
mnf("unknown-unit", row(16), "石嘴山市公安局惠农区分局", "a name listed in units.txt; not to be split into 石嘴山市公安局 + 惠农区分局")
mnf("deadline-later-than-baseline", row(16), "2025年底", "task 49 (2025年): 备注 2025年底前完成, equal")
mnf("unknown-unit", row(17), "惠农区税务局", "short name of 国家税务总局石嘴山市惠农区税务局 in units.txt")
mnf("deadline-invalid", row(20), "★", "★ under 3月 = 2024年3月, the month of issue - not before the plan's year; task 64 (2025年) so also earlier than the region")
mnf("unknown-unit", row(21), "工信局、商务局", "prefix 区 distributes: 区工信局, 区商务局, both in units.txt")
mnf("unknown-unit", row(22), "区直有关部门", "collective subject")
mnf("deadline-later-than-baseline", row(24), "★", "task 71 (2024年): ★ under 12月, equal")
mnf("unknown-unit", row(25), "承担监管职责的区直有关部门", "collective subject (local form of 承担监管职责的自治区有关部门)")
mnf("unknown-unit", row(27), "惠农公安分局", "short name of 石嘴山市公安局惠农区分局 in units.txt")
mnf("deadline-later-than-baseline", row(29), "2025年底", "task 83 (2025年): 备注 2025年底前完成, equal")
mnf("unknown-unit", row(29), "各村（社区）", "collective subject")
mnf("deadline-later-than-baseline", row(30), "★", "task 84 (2024年): ★ under 12月, equal")
mnf("unknown-unit", row(36), "石嘴山市生态环境局惠农分局", "a name listed in units.txt; not to be split")
mnf("deadline-later-than-baseline", row(37), "★", "task 96 (2025年): ★ under 12月 = 2024年12月, earlier")
mnf("missing-pillar", 0, None, "六级贯通 is taken up in 四（二）厘清层级职责 (line %d); 五个一 in 四（一）健全组织机构 (line %d)" % (ln("（二）厘清层级职责"), ln("（一）健全组织机构")))
M_[-1]["pillar"] = "六级贯通"
mnf("missing-pillar", 0, None, "财政投入 is taken up in 六（二）加大财政投入 (line %d)" % ln("（二）加大财政投入"))
M_[-1]["pillar"] = "财政投入"

# ---------------- covers ----------------
for t, n in [(2,1),(3,2),(6,3),(7,4),(8,5),(9,6),(10,7),(23,8),(28,9),(33,10),(42,11),(40,12),(46,13),(47,14),
             (48,15),(49,16),(53,17),(55,18),(57,19),(64,20),(66,21),(70,22),(73,23),(71,24),(74,25),(77,26),
             (79,27),(80,28),(83,29),(84,30),(86,31),(88,32),(89,33),(90,34),(93,35),(94,36),(96,37),(97,38),
             (105,39),(106,40),(107,41),(111,42),(112,43),(114,44),(115,45)]:
    cov(t, row(n))
cov(5, ln("完善数字经济治理。"))
cov(14, ln("强化安全管理责任。"))
cov(18, ln("提升安全防护能力。"))
cov(21, ln("推动政府职能转变。"))
cov(24, ln("创新建设管理机制。"))
cov(32, ln("完善数据管理机制。"))
cov(54, ln("推进电子公文和档案数字化。"))
cov(85, ln("提升智慧便捷的服务能力。"))
cov(102, ln("推动绿色低碳转型。"))
cov(104, ln("提升行政执行能力。"))
cov(116, ln("（一）加强组织领导。"))
cov(118, ln("（三）提升数字素养。"))
cov(123, ln("（四）强化考核评价。"))

key = {
 "writer": "blind writer, round 772; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": E_,
 "mustNotFlag": M_,
 "covers": C_,
 "notes": ("惠农区 (石嘴山市) 2024 实施方案, issued 2024-03-18, no parent plan supplied. The task table (附件, lines %d-%d) has no 完成时限 column: "
           "months 1月-12月 of 2024 are marked ● (推进节点) or ★ (完成时间节点); a ★ under N月 means completion in 2024年N月. Four rows have no ★ and carry a 备注 instead "
           "(row 3 持续推进; rows 14, 16, 29 跨年度实施 with a 2025 date). Only row 14's 2025年6月底 is late (task 47 is due 2024). "
           "No table row was built on a regional task due 2023, so no ★ in 2024 can be read as later than a 2023 deadline. "
           "Task 12/13 (数据要素市场, 数据交易规则) are absent as a consequence of the missing 数字生态 pillar; they are regional-led (cities/counties only 配合), so they are not listed as task-uncovered. "
           "Legend says the first-listed of several leads is the main lead.") % (ln("序号\t重点任务"), len(L)),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(E_), "expect;", len(M_), "mustNotFlag;", len(C_), "covers")
