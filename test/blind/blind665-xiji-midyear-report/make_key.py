#!/usr/bin/env python3
# Builds key.json for blind case 665, finding every line number by its text in draft.txt (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(*needles):
    """1-based number of the only line holding all needles."""
    hits = [i + 1 for i, l in enumerate(LINES) if all(n in l for n in needles)]
    if len(hits) != 1:
        raise SystemExit("not unique: %r -> %r" % (needles, hits))
    return hits[0]


def row(n):
    """line of table row number n"""
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith("%d\t" % n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]


expect = [
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2025年6月底",
     "why": "row 16 (适老化与信息无障碍建设) plans completion 2025年6月底前; regional task 93 完成时限 is 2024年 (the row's own 原定完成时限 also says 2024年)"},
    {"rule": "deadline-later-than-baseline", "line": ln("力争到2026年底"), "text": "2026年底",
     "why": "goal 数字政府建设体系框架全面成型 by 2026年底; the regional 主要目标 sets 到2025年 for the framework (34567 体系框架全面成型) and line 84 of this report itself says 2025年底前"},
    {"rule": "deadline-invalid", "line": row(13), "text": "2024年11月31日",
     "why": "November has 30 days; impossible date (the task is regional task 86, 完成时限 2024年, so the intended date would be within the deadline)"},
    {"rule": "unknown-unit", "line": row(22), "text": "县经济和信息化局",
     "why": "not in units.txt: the old name; the current unit is 县工业信息化和商务局 (县工信商务局), used correctly in row 26 and in 下一步计划（四）"},
    {"rule": "garbled-text", "line": ln("鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁鍏变韩浜ゆ崲骞冲彴",
     "why": "UTF-8 bytes of 政务数据共享交换平台 read as GBK (mojibake without a ? marker)"},
]

M = []


def nf(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e.update(kw)
    e["why"] = why
    M.append(e)


# basis documents
nf("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
nf("basis-mismatch", ln("西政发〔2023〕58号"), "the county's own 实施方案 with its own 文号, not a higher-level document of the baseline", "西政发〔2023〕58号")
nf("basis-mismatch", ln("固原市《关于加强数字政府建设的实施方案》"), "the city plan cited by title alone, which is normal for a city plan; no parent plan is configured for this case", "固原市《关于加强数字政府建设的实施方案》")
nf("basis-mismatch", ln("西政办报〔2024〕46号"), "the report's own document number, not a citation", "西政办报〔2024〕46号")
nf("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 with its correct title and 文号 (宁政办发〔2020〕14号), describing 2020 history, not cited as the current basis", "宁政办发〔2020〕14号")

# dates in the background, reporting dates
nf("deadline-invalid", ln("于2020年底实现"), "past event in the retrospective paragraph, not a deadline", "2020年底")
nf("deadline-later-than-baseline", ln("调整充实组织机构。2024年3月"), "past event (done in March 2024); the county's leading group falls under task 64 (各市、县（区）负责, 2025年), not task 60 (the region's own leading group, 自治区政府办公厅, 2023年)", "2024年3月")
nf("deadline-later-than-baseline", ln("压实“一把手”责任。2024年3月"), "past event: the 2024 annual 工作要点 is the ongoing part of task 116 (2023年完成并长期坚持) / task 121 (长期坚持)", "2024年3月")
nf("deadline-later-than-baseline", ln("提升干部数字素养。2024年5月"), "past training session, part of the ongoing task 118 (2023年完成并长期坚持)", "2024年5月")
nf("deadline-invalid", ln("数据资源方面。2023年11月"), "past completion date in the account (task 30 was due 2023年), not a deadline set by the report", "2023年11月")
nf("deadline-invalid", ln("截至2024年6月底"), "the report's cut-off date", "2024年6月底")
nf("deadline-invalid", len(LINES), "the report's own date", "2024年7月10日")
nf("deadline-invalid", ln("每月5日前"), "the office's own reporting schedule, not a task deadline", "每月5日前")
nf("deadline-later-than-baseline", ln("每月5日前"), "2024年12月底前 annual 考核 is the yearly round of tasks 121 (长期坚持) and 123 (2023年完成，长期坚持); 2024年下半年 training is the ongoing part of task 118", "2024年12月底前")
nf("deadline-invalid", ln("原定2024年6月底完成"), "retrospective statement of a missed internal deadline in 存在的问题", "2024年6月底")
nf("deadline-later-than-baseline", ln("确保2025年底前全面完成"), "equal to the regional 2025 goal / the 2025 task deadlines", "2025年底前")

# table rows
nf("deadline-later-than-baseline", row(1), "原定 2024年3月底 is earlier than task 64 (2025年); past and completed", "2024年3月底")
nf("deadline-invalid", row(2), "原定完成时限 2023年 copied from task 14 (2023年); lies before the report year but is the original deadline of a completed task", "2023年")
nf("deadline-later-than-baseline", row(3), "task 18 is 2023年形成机制，长期坚持: the mechanism was formed in 2023 (as the row says); the 2024年10月 drill is part of the 长期坚持 phase, not a later completion", "2024年10月底前")
nf("deadline-later-than-baseline", ln("（六）筑牢网络安全防线"), "the drill of 2024年10月 is part of the ongoing phase of task 18 (2023年形成机制，长期坚持); half-yearly checks are 长期坚持 under task 14", "2024年10月底前")
nf("deadline-later-than-baseline", row(4), "2024年10月底前 is earlier than task 46 (2024年) / task 43 (2024年建成)", "2024年10月底前")
nf("deadline-later-than-baseline", row(5), "2024年12月底前 equals task 48 (2024年)", "2024年12月底前")
nf("deadline-later-than-baseline", row(6), "the county missed its own 原定 2024年6月底, but the new date 2024年11月底前 is still within task 50 (2024年)", "2024年11月底前")
nf("deadline-later-than-baseline", row(7), "2025年6月底前 is within task 49 (2025年)", "2025年6月底前")
nf("deadline-invalid", row(8), "原定 2023年 = task 30 (2023年), completed in 2023年11月; before the report year but retrospective", "2023年")
nf("deadline-invalid", row(9), "原定 2023年 = task 36 (2023年), completed", "2023年")
nf("deadline-invalid", row(10), "原定 2023年 = task 32 (2023年), completed", "2023年")
nf("deadline-later-than-baseline", row(11), "2024年12月底前 equals task 41 (2024年)", "2024年12月底前")
nf("deadline-later-than-baseline", row(12), "2024年9月底前 is earlier than task 84 (2024年)", "2024年9月底前")
nf("deadline-later-than-baseline", row(15), "原定 2025年 = task 87 (2023年启动，2025年完成); next step 2024年12月底前 is earlier", "2024年12月底前")
nf("deadline-later-than-baseline", row(18), "2025年6月底前 is within task 106 (2025年)", "2025年6月底前")
nf("deadline-later-than-baseline", row(19), "2024年12月底前 equals task 79 (2024年)", "2024年12月底前")
nf("deadline-later-than-baseline", row(20), "2025年9月底前 is within task 83 (2025年)", "2025年9月底前")
nf("deadline-later-than-baseline", row(21), "2024年10月底前 is earlier than task 80 (2024年)", "2024年10月底前")
nf("deadline-later-than-baseline", row(22), "原定 持续推进，2025年取得明显成效 = task 3; 2024年12月底前 for phase two is earlier", "2025年取得明显成效")
nf("deadline-later-than-baseline", row(23), "2025年底前 equals task 10 (持续推进，2025年取得明显成效)", "2025年底前")
nf("deadline-invalid", row(24), "原定 copied from task 11 (2023年完成主要建设任务，2025年取得明显成效); the 2023 milestone is past and done", "2023年完成主要建设任务")
nf("deadline-later-than-baseline", row(25), "2025年底前 equals task 96 (2025年)", "2025年底前")
nf("deadline-later-than-baseline", row(26), "2025年底前 equals task 12 (2025年)", "2025年底前")
nf("deadline-later-than-baseline", row(27), "2025年底前 equals task 92 (2025年, 各地级市牵头, counties cooperate)", "2025年底前")
nf("deadline-later-than-baseline", row(28), "2025年6月底前 is within task 8 (持续推进，2025年取得明显成效)", "2025年6月底前")
nf("deadline-invalid", row(29), "原定 copied from task 7 (2023年形成试点经验，2025年取得明显成效)", "2023年形成试点经验")
nf("deadline-later-than-baseline", row(30), "2024年12月底前 equals task 54 (2024年)", "2024年12月底前")
nf("deadline-later-than-baseline", row(32), "原定 2024年 is earlier than task 107 (2025年)", "2024年")
nf("deadline-invalid", row(35), "原定 copied from task 118 (2023年完成并长期坚持); 2024年5月 is a past session of the ongoing phase", "2023年完成并长期坚持")
nf("deadline-invalid", row(36), "原定 copied from task 123 (2023年完成，长期坚持)", "2023年完成，长期坚持")
nf("deadline-later-than-baseline", ln("（一）加快补齐基础设施短板"), "2024年10月/11月/12月 dates are within tasks 46, 50, 48 (all 2024年)", "2024年12月底前")
nf("deadline-later-than-baseline", ln("（五）提升社会治理和政务公开水平"), "2024年12月底前 equals task 79 (2024年); 2025年9月底前 within task 83 (2025年)", "2025年9月底前")

# units
nf("unknown-unit", row(2), "collective subjects", "县直各部门（单位）")
nf("unknown-unit", row(2), "collective subject", "各乡镇人民政府")
nf("unknown-unit", row(4), "collective subject (县直有关部门, like 市直有关部门)", "县直有关部门")
nf("unknown-unit", row(20), "collective subject", "各村（社区）")
nf("unknown-unit", row(1), "short name of 县人民政府办公室 listed in units.txt", "县政府办")
nf("unknown-unit", row(12), "short name of 县审批服务管理局 listed in units.txt", "县审批局")
nf("unknown-unit", row(22), "short name of 西吉县工业园区管理委员会 listed in units.txt", "县工业园区管委会")
nf("unknown-unit", row(26), "short name of 县工业信息化和商务局 listed in units.txt", "县工信商务局")
nf("unknown-unit", row(21), "listed in units.txt (vertical agency in the county)", "西吉县气象局")
nf("unknown-unit", row(28), "listed in units.txt", "县人民医院")
nf("unknown-unit", row(29), "short name of 县教育体育局 listed in units.txt", "县教体局")
nf("unknown-unit", ln("配合自治区党委网信办"), "regional unit named as the body the county cooperates with, not as lead of a local task", "自治区党委网信办")
nf("unknown-unit", ln("配合自治区发展改革委"), "regional unit named as the body the county cooperates with, not as lead of a local task", "自治区发展改革委")
nf("unknown-unit", ln("固原市数字政府建设领导小组办公室："), "addressee, listed in units.txt", "固原市数字政府建设领导小组办公室")
nf("unknown-unit", len(LINES) - 1, "issuing office (signature), listed in units.txt", "西吉县人民政府办公室")

# pillars present by content
nf("missing-pillar", 0, "数字生态 taken up in 数字生态方面 (数据要素市场, 网络生态治理) and table row 26", pillar="数字生态")
nf("missing-pillar", 0, "五个一/六级贯通 work system taken up by 调整充实组织机构 and 厘清县乡村三级职责 (lines 8-9) and row 1", pillar="五个一")
nf("missing-pillar", 0, "政务公开 taken up in 政务公开方面 and rows 33-34", pillar="政务公开")
nf("missing-pillar", 0, "财政投入 taken up in 加大财政投入 (line 11)", pillar="财政投入")
nf("missing-pillar", 0, "数字素养 taken up in 提升干部数字素养 (line 12) and row 35", pillar="数字素养")

covers = [
    (64, row(1)), (14, row(2)), (18, row(3)), (46, row(4)), (43, ln("平台支撑方面")), (48, row(5)),
    (50, row(6)), (49, row(7)), (30, row(8)), (36, row(9)), (32, row(10)), (41, row(11)),
    (84, row(12)), (86, row(13)), (89, row(14)), (87, row(15)), (93, row(16)), (105, row(17)),
    (104, ln("政务运行方面")), (106, row(18)), (79, row(19)), (83, row(20)), (80, row(21)),
    (3, row(22)), (10, row(23)), (11, row(24)), (96, row(25)), (12, row(26)), (92, row(27)),
    (8, row(28)), (7, row(29)), (54, row(30)), (77, row(31)), (107, row(32)), (112, row(33)),
    (114, row(34)), (118, row(35)), (123, row(36)), (116, ln("压实“一把手”责任")),
    (25, ln("加大财政投入")), (24, ln("制度规则方面")), (66, ln("经济调节方面")),
    (68, ln("市场监管方面")), (111, ln("机关事务管理方面")), (94, ln("生态环境保护方面")),
]

key = {
    "writer": "blind writer, round 665; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("A county half-year progress report (西吉县, 固原市), July 2024, checked against 宁政发〔2023〕17号 only (no parent plan). "
              "Dates describing work already done, the report's own dates and the 原定完成时限 column copied from the regional list "
              "(including 2023 deadlines) are not deadlines set by the report. Only the next-step dates and the closing goal are "
              "forward deadlines. units.txt is the county registry and also lists the addressee and the issuing office. "
              "draft.txt is produced by build.py; this key by make_key.py."),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")

# sanity: every text is on its line
for e in expect + M:
    if e["line"] and "text" in e:
        assert e["text"] in LINES[e["line"] - 1], e
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers))
