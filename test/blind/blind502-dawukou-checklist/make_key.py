#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is looked up here, never typed by hand.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "draft.txt"), encoding="utf-8") as f:
    LINES = f.read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def find(anchor, text=None):
    """1-based line of the single line containing anchor (and text, if given)."""
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l and (text is None or text in l)]
    assert len(hits) == 1, (anchor, text, hits)
    return hits[0]


def row(task):
    """1-based line of the table row for regional task `task` (column 2)."""
    hits = [i + 1 for i, l in enumerate(LINES)
            if l.count("\t") == 6 and l.split("\t")[1] == str(task)]
    assert len(hits) == 1, (task, hits)
    return hits[0]


def cell(task, col):
    return LINES[row(task) - 1].split("\t")[col]


def dl(task):
    return cell(task, 4)


def check_deadline(task, text):
    assert dl(task) == text, (task, dl(task), text)
    return row(task)


def check_unit(task, text):
    assert text in cell(task, 3), (task, cell(task, 3), text)
    return row(task)


expect = [
    {"rule": "deadline-later-than-baseline", "line": check_deadline(47, "2025年"), "text": "2025年",
     "why": "row for regional task 47 (电子政务外网升级改造, 扩容骨干网和互联网出口带宽), whose 完成时限 is 2024年; the district wrote 2025年 (its own progress note even says the project is in the 2024 budget)"},
    {"rule": "deadline-later-than-baseline", "line": check_deadline(41, "2025年6月底"), "text": "2025年6月底",
     "why": "row for regional task 41 (公共数据开放目录及责任清单、分类分级开放), whose 完成时限 is 2024年; 2025年6月底 is later"},
    {"rule": "deadline-invalid", "line": check_deadline(54, "20224年"), "text": "20224年",
     "why": "impossible five-digit year (typo for 2024年) in the row for regional task 54 (电子文件归档, 完成时限 2024年)"},
    {"rule": "deadline-invalid", "line": check_deadline(105, "2022年"), "text": "2022年",
     "why": "row for regional task 105 (宁政通, 完成时限 2024年): 2022年 lies before the self-check's own year (2024) and before the regional task list itself (2023); a slip for 2024年, not a copied regional date"},
    {"rule": "unknown-unit", "line": check_unit(18, "区网信局"), "text": "区网信局",
     "why": "no such body in 大武口区; the registry has 区委网信办 (used correctly two rows above); 区网信局 is neither a canonical name nor a listed short name"},
    {"rule": "unknown-unit", "line": check_unit(22, "惠农区审批服务管理局"), "text": "惠农区审批服务管理局",
     "why": "the neighbouring district's body (copy-paste from 惠农区's table); not in units.txt — the district's own body is 区审批服务管理局 (区审批局)"},
    {"rule": "unknown-unit", "line": check_unit(115, "自治区政府办公厅牵头"), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (牵头) of a district task, copied from the regional row of task 115; the district's lead should be 区政府办公室"},
]

M = []


def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in LINES[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)


# --- deadlines equal to the region's
mnf("deadline-later-than-baseline", check_deadline(2, "2023年启动，2024年取得明显成效"),
    "equal to regional task 2 (2023 年启动，2024 年取得明显成效)", "2023年启动，2024年取得明显成效")
mnf("deadline-later-than-baseline", check_deadline(3, "持续推进，2025年取得明显成效"),
    "equal to regional task 3 (持续推进，2025 年取得明显成效)", "持续推进，2025年取得明显成效")
mnf("deadline-later-than-baseline", check_deadline(12, "2025年"),
    "equal to regional task 12 (2025年)", "2025年")
mnf("deadline-later-than-baseline", check_deadline(18, "2023年形成机制，长期坚持"),
    "equal to regional task 18 (2023年形成机制，长期坚持)", "2023年形成机制，长期坚持")
mnf("deadline-later-than-baseline", check_deadline(28, "2023年启动，2025年取得明显成效"),
    "equal to regional task 28 (2023年启动，2025年取得明显成效)", "2023年启动，2025年取得明显成效")
mnf("deadline-later-than-baseline", check_deadline(49, "2025年"),
    "equal to regional task 49 (2025 年)", "2025年")
mnf("deadline-later-than-baseline", check_deadline(87, "2023年启动，2025年完成"),
    "equal to regional task 87 (2023年启动，2025年完成)", "2023年启动，2025年完成")
mnf("deadline-later-than-baseline", check_deadline(111, "2025年"),
    "equal to regional task 111 (2025年)", "2025年")
mnf("deadline-later-than-baseline", check_deadline(121, "长期坚持"),
    "equal to regional task 121 (长期坚持)", "长期坚持")
# --- earlier than the region's
mnf("deadline-later-than-baseline", check_deadline(22, "2024年底"),
    "earlier than regional task 22 (2025年)", "2024年底")
mnf("deadline-later-than-baseline", check_deadline(46, "2024年9月底"),
    "within regional task 46's year (2024 年), i.e. not later", "2024年9月底")
mnf("deadline-later-than-baseline", check_deadline(64, "2024年6月底"),
    "earlier than regional task 64 (2025年)", "2024年6月底")
mnf("deadline-later-than-baseline", check_deadline(93, "2024年10月底"),
    "within regional task 93's year (2024年), i.e. not later", "2024年10月底")
mnf("deadline-later-than-baseline", check_deadline(106, "2024年底"),
    "earlier than regional task 106 (2025年)", "2024年底")
# --- copied regional deadlines that lie before the plan's year (2024)
for t, txt in [(14, "2023年"), (24, "2023年"), (30, "2023年"), (36, "2023年"), (67, "2023年"),
               (116, "2023年完成并长期坚持"), (123, "2023年完成，长期坚持")]:
    mnf("deadline-invalid", check_deadline(t, txt),
        "copied regional deadline of task %d (%s) — lies before the self-check's year but is the region's own date for a task due in 2023" % (t, txt), txt)
# --- past / honest dates in 推进情况 (not deadlines)
mnf("deadline-later-than-baseline", row(15),
    "推进情况 reports the 办法 was issued 2024年3月 for a task due 2023年 (regional task 15, 2023年); honest late completion marked 否, the 完成时限 column stays 2023年", "2024年3月")
mnf("deadline-later-than-baseline", row(36),
    "row marked 滞后: 推进情况 gives an honest catch-up date 2024年9月底 for regional task 36 (2023年); the district's 完成时限 column is 2023年, equal to the region's", "2024年9月底")
mnf("deadline-later-than-baseline", row(72),
    "推进情况 reports completion 2024年1月 for regional task 72 (2023年), marked 否; the 完成时限 column stays 2023年", "2024年1月")
mnf("deadline-later-than-baseline", row(48),
    "row marked 滞后 with an honest expected date 2024年11月底 for regional task 48 (2024年); same year and only in 推进情况", "2024年11月底")
mnf("deadline-later-than-baseline", find("（一）加快滞后任务整改"),
    "下一步工作 repeats the catch-up dates of the two 滞后 rows (tasks 36, 48); a remedial schedule in a self-check, not a new deadline", "2024年9月底")
mnf("deadline-invalid", row(25),
    "推进情况 past date (2023年12月, budget for 2024) — background, not a deadline", "2023年12月")
mnf("deadline-invalid", row(2),
    "推进情况 past date 2023年9月 — background, not a deadline", "2023年9月")
# --- the office's own reporting dates
mnf("deadline-later-than-baseline", find("填报日期"),
    "the table's own filling date", "2024年7月3日")
mnf("deadline-later-than-baseline", find("每季度末月25日前"),
    "the office's own reporting dates (quarterly, and 2024年12月20日 for the annual self-check)", "2024年12月20日")
mnf("deadline-invalid", find("截至2024年6月30日"),
    "reporting cut-off date of the self-check", "2024年6月30日")
mnf("deadline-invalid", find("2023年以来"),
    "retrospective background date", "2023年以来")
# --- basis documents
mnf("basis-mismatch", find("宁政办发〔2020〕14号"),
    "retrospective mention of the 2020 工作要点 with its correct title and 文号; projects built under it are folded in, it is not cited as a basis", "宁政办发〔2020〕14号")
mnf("basis-mismatch", find("宁政发〔2023〕17号"),
    "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
mnf("basis-mismatch", find("国发〔2022〕14号"),
    "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
mnf("basis-mismatch", find("“自治区任务序号”为"),
    "the regional task list named by its exact attachment title (附件2 of 宁政发〔2023〕17号)", "全区数字政府建设重点任务清单（2023年—2025年）")
mnf("basis-mismatch", row(14),
    "the district's own responsibility list, reported as a result, not a basis document", "大武口区数字政府建设网络安全和保密工作责任清单")
mnf("basis-mismatch", row(15),
    "the district's own 办法, reported as a result, not a basis document", "大武口区政务信息系统安全评估和重大事件处置办法")
# --- units: collectives, short names, distributed prefixes, local bodies
mnf("unknown-unit", row(14), "collective subjects (区直各部门, 各街道办事处) and 星海镇人民政府 is in units.txt", "各街道办事处")
mnf("unknown-unit", row(83), "collective subject (各村（社区）)", "各村（社区）")
mnf("unknown-unit", row(74), "collective subject (承担监管职责的区直有关部门)", "承担监管职责的区直有关部门")
mnf("unknown-unit", row(56), "collective subject (区直有关部门)", "区直有关部门")
mnf("unknown-unit", row(6),
    "prefix 区 distributes: 区卫生健康局, 区人社局 (short name), 区民政局, 区文化旅游体育广电局 are all in units.txt",
    "卫生健康局、人社局、民政局、文化旅游体育广电局")
mnf("unknown-unit", row(118), "prefix 区委 distributes: 区委宣传部 is in units.txt", "区委组织部、宣传部")
mnf("unknown-unit", row(2), "区工信商务局 = official short name of 区工业信息化和商务局; 区发改局 = 区发展和改革局", "区工信商务局")
mnf("unknown-unit", row(3), "石嘴山市生态环境局大武口分局 is the district's resident sub-bureau, listed in units.txt", "石嘴山市生态环境局大武口分局")
mnf("unknown-unit", row(5), "区公安分局 = short name of 石嘴山市公安局大武口区分局 in units.txt", "区公安分局")
mnf("unknown-unit", row(21), "区审批局 = short name of 区审批服务管理局", "区审批局")
mnf("unknown-unit", row(33), "石嘴山市自然资源局大武口分局 is in units.txt", "石嘴山市自然资源局大武口分局")
mnf("unknown-unit", row(71), "区卫健局 = short name of 区卫生健康局", "区卫健局")
mnf("unknown-unit", row(10), "星海镇人民政府 is the district's only town, in units.txt", "星海镇人民政府")
mnf("unknown-unit", row(9), "区综合执法局 (the district's city-management body) is in units.txt", "区综合执法局")
mnf("unknown-unit", row(30), "区大数据服务中心 and the 区委编办 are in units.txt", "区大数据服务中心")
mnf("unknown-unit", row(115),
    "自治区政府办公厅 also appears in the 推进情况 cell (按自治区政府办公厅要求报送) — a mention, not a responsible unit; only the 责任单位 cell is the planted error", "按自治区政府办公厅要求")
mnf("unknown-unit", find("填报单位（盖章）"), "大武口区人民政府办公室 is a listed name of 区人民政府办公室", "大武口区人民政府办公室")

covers = []
for i, l in enumerate(LINES):
    if l.count("\t") == 6 and l.split("\t")[1].isdigit():
        covers.append({"task": int(l.split("\t")[1]), "line": i + 1})

key = {
    "writer": "blind writer, round 502; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("大武口区 (石嘴山市) mid-year self-check table, 2024, checked against 宁政发〔2023〕17号 alone (no parent plan). "
              "Columns: 序号 | 自治区任务序号 | 任务内容 | 责任单位 | 完成时限 | 推进情况 | 是否按期; the 完成时限 column is the district's own deadline, "
              "推进情况 is a progress report with past or expected dates, not deadlines. Line 11 (填报说明 4) states that the first-listed unit leads. "
              "The 20224年 typo is also numerically later than 2024; it is keyed as deadline-invalid only. "
              "2023 deadlines copied from the region are before the plan year but are the region's own dates; only 2022年 (task 105, region 2024年) is an invalid early date."),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")

print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers), "lines", len(LINES))
for e in expect:
    print(e["rule"], e["line"], e["text"])
