#!/usr/bin/env python3
# Builds key.json for blind case 803 from draft.txt, locating every line by its text.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(sub, nth=0):
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l]
    assert hits, sub
    return hits[nth]


def uniq(sub):
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]


HEADER = uniq("序号\t任务类别")
ROW_TASKS = [2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 18, 21, 22, 23, 28, 29, 34, 40, 41, 42, 46, 47, 48, 49,
             54, 55, 56, 57, 58, 64, 66, 71, 73, 74, 75, 77, 79, 80, 81, 83, 84, 86, 87, 88, 89, 92, 93, 94,
             96, 97, 101, 102, 104, 105, 106, 107, 108, 111, 112, 113, 114, 115, 116, 118, 121, 123]
nrows = len(LINES) - HEADER
assert nrows == len(ROW_TASKS), (nrows, len(ROW_TASKS))


def row(task):
    i = ROW_TASKS.index(task) + 1
    line = HEADER + i
    assert LINES[line - 1].startswith(str(i) + "\t"), (task, line)
    return line


expect = [
    {"rule": "basis-mismatch", "line": uniq("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document, not a 办公厅 one); the cited 文号 does not belong to that title"},
    {"rule": "garbled-text", "line": uniq("寤虹珛鏀垮姟"), "text": "寤虹珛鏀垮姟鏁版嵁",
     "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 建立政务数据属地返还机制"},
    {"rule": "unknown-unit", "line": row(34), "text": "区大数据管理服务局",
     "why": "not in units.txt; the district's data body is 区大数据服务中心 (a city-style name copied by mistake)"},
    {"rule": "deadline-later-than-baseline", "line": row(48), "text": "2025年",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; the row's 2024年目标 cell only drafts the plan and links 区至镇（街道）, and the completion (城域网升级改造完成、村（社区）全覆盖) sits in the 2025年目标 column, whose year comes from the column heading on line %d, not from the cell" % HEADER},
    {"rule": "deadline-later-than-baseline", "line": row(93), "text": "2025年6月底前",
     "why": "task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; the draft finishes 政务服务场所 and 政务移动端 only by 2025年6月底 (2025年目标 column)"},
    {"rule": "deadline-invalid", "line": row(107), "text": "21月",
     "why": "2024年21月 is an impossible month (12月 with the digits swapped); task 107 完成时限 2025年, and the row's 2025 cell (形成视频会议平台) is equal to it, so this is only an invalid date, not a late one"},
]

M = []


def mnf(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    assert text is None or text in LINES[line - 1], (rule, line, text)
    if text is not None:
        e["text"] = text
    e.update(kw)
    e["why"] = why
    M.append(e)


# basis citations
mnf("basis-mismatch", uniq("国发〔2022〕14号"), "correct title and 文号 of the State Council 指导意见", "国发〔2022〕14号")
mnf("basis-mismatch", uniq("石嘴山市《关于加强数字政府建设的实施方案》"),
    "the city's (石嘴山) plan cited by title alone, as DOMAIN says county drafts do; no parent plan is given for this case, so there is nothing to contradict",
    "石嘴山市《关于加强数字政府建设的实施方案》")
mnf("basis-mismatch", uniq("宁政办发〔2020〕14号"),
    "retrospective mention in 工作基础 of the 2020 工作要点 with its correct 文号; it is history, not a cited basis",
    "宁政办发〔2020〕14号")
# dates that are not deadlines / not late / not invalid
mnf("deadline-invalid", uniq("2024年4月12日"), "the notice's own issue date", "2024年4月12日")
mnf("deadline-later-than-baseline", LINES.index("大武口区加强数字政府建设实施方案（2024—2025年）") + 1,
    "plan period in the title, not a deadline", "2024—2025年")
mnf("deadline-invalid", uniq("截至2023年底"),
    "past dates in the 工作基础 background (2023年 results, 截至2023年底), not deadlines", "2023年")
mnf("deadline-later-than-baseline", uniq("到2024年底"),
    "2024 goals: 非涉密系统迁移上云 (task 46, 2024年), 行政许可事项网上运行 (task 21, 2024年), 协同办公平台公文流转 (task 104, 2024年), 我的宁夏应上尽上 (task 86, 2024年) are equal; 填表报数减负 (task 106, 2025年) is earlier; none of the region's 到2023年底 goals is restated here",
    "到2024年底")
mnf("deadline-later-than-baseline", uniq("到2025年，自治区“34567”"),
    "equal to the region's 主要目标 到2025年 (“34567”体系框架全面成型…)", "到2025年")
mnf("deadline-later-than-baseline", uniq("2024年4月底前"),
    "the office's own reporting and planning dates (2024年4月底前, 每年6月25日、12月20日前), not task deadlines", "2024年4月底前")
mnf("deadline-invalid", uniq("分别为当年12月底前"),
    "explanatory note on the table's year columns; 12月底前 with no own year is not a deadline", "12月底前")
mnf("deadline-later-than-baseline", HEADER,
    "table column headings 2024年目标 / 2025年目标, not deadlines themselves", "2025年目标")
# rows: two-column deadlines read correctly
mnf("deadline-later-than-baseline", row(2),
    "task 2 完成时限 2023年启动，2024年取得明显成效; the 2024年目标 cell reaches 取得明显成效, the 2025 cell only keeps extending (持续扩大…巩固提升)", "持续扩大企业上云覆盖面")
mnf("deadline-later-than-baseline", row(3),
    "task 3 完成时限 持续推进，2025年取得明显成效; 2025 cell 取得明显成效 is equal", "“智慧园区”建设取得明显成效")
mnf("deadline-later-than-baseline", row(14),
    "task 14 完成时限 2023年 (before the plan year); the 2024 cell reviews and updates the responsibilities fixed in 2023 and the 2025 cell is 长期坚持 — upkeep, not a late completion",
    "对照2023年已明确的责任清单")
mnf("deadline-invalid", row(14),
    "2023年 in the 2024 cell is a retrospective reference to work already done, not a deadline before the issue year", "2023年")
mnf("deadline-later-than-baseline", row(18),
    "task 18 完成时限 2023年形成机制，长期坚持; the cells describe the recurring drill (每年至少1次, 长期坚持)", "常态化开展，长期坚持")
mnf("deadline-later-than-baseline", row(29),
    "task 29 完成时限 2023年启动，2025年完成; local 归集对接 in 2024 and 全面融入 in 2025 are earlier / equal", "全面融入全区一体化政务大数据体系")
mnf("deadline-later-than-baseline", row(46),
    "task 46 完成时限 2024年; explicit 2024年10月底前 is within 2024 (also task 43 2024年建成，持续推进)", "2024年10月底前")
mnf("deadline-later-than-baseline", row(47),
    "task 47 完成时限 2024年; done in the 2024 column, 2025 cell is “—” (no target, as the note on line %d says)" % uniq("分别为当年12月底前"), "—")
mnf("deadline-later-than-baseline", row(86),
    "task 86 完成时限 2024年; 应上尽上 is done in 2024, the 2025 cell adds a new local item (大武口专区特色应用), not the regional task's completion", "拓展“我的宁夏”大武口专区特色应用")
mnf("deadline-later-than-baseline", row(87),
    "task 87 完成时限 2023年启动，2025年完成; 2025 cell is equal", "全面实现“接诉即办”“即问即答”")
mnf("deadline-later-than-baseline", row(92),
    "task 92 完成时限 2025年; 2024 cell “—”, 2025 completion equal", "配合市级实现“多卡合一”“多码合一”")
mnf("deadline-later-than-baseline", row(106),
    "task 106 完成时限 2025年; the draft completes it in 2024 (earlier); 2025 cell only keeps the result", "压减50%以上")
mnf("deadline-later-than-baseline", row(107),
    "task 107 完成时限 2025年; 2025 cell (形成…视频会议平台区级节点) is equal; the row's only fault is the invalid 21月", "形成全区统筹应用的视频会议平台区级节点")
mnf("deadline-later-than-baseline", row(108),
    "task 108 完成时限 长期推进，2024年取得明显成效; 2024 cell 取得明显成效 is equal, 2025 cell 长期推进", "长期推进")
mnf("deadline-later-than-baseline", row(116),
    "task 116 完成时限 2023年完成并长期坚持; the cells describe the recurring part (每年制定年度工作要点, 长期坚持)", "每年制定年度工作要点并组织实施")
mnf("deadline-later-than-baseline", row(118),
    "task 118 完成时限 2023年完成并长期坚持; the cells are recurring training (每年至少1期, 长期坚持)", "每年至少举办1期")
mnf("deadline-later-than-baseline", row(123),
    "task 123 完成时限 2023年完成，长期坚持; both cells 长期坚持", "长期坚持")
# units
mnf("unknown-unit", uniq("星海镇人民政府，各街道办事处，区直各部门（单位）："),
    "addressees: 星海镇人民政府 is in units.txt, 各街道办事处 and 区直各部门（单位） are collectives", "各街道办事处")
mnf("unknown-unit", row(2), "official short names listed in units.txt (区工信商务局, 区发改局, 高新区管委会)", "高新区管委会")
mnf("unknown-unit", row(5), "区公安分局 is the listed short name of 石嘴山市公安局大武口区分局", "区公安分局")
mnf("unknown-unit", row(6), "collective subject 区直有关部门 (with role words 按职责分别负责)", "区直有关部门")
mnf("unknown-unit", row(14), "collective 区直各部门（单位）", "区直各部门（单位）")
mnf("unknown-unit", row(64), "区委编办 is in units.txt; 各街道办事处 is a collective", "区委编办")
mnf("unknown-unit", row(74), "collective subject, like 承担监管职责的自治区有关部门（单位）", "承担监管职责的区直有关部门")
mnf("unknown-unit", row(80), "大武口区消防救援大队 is in units.txt", "大武口区消防救援大队")
mnf("unknown-unit", row(108), "prefix 区 distributes: 区发改局、审计局 = 区发改局, 区审计局, both in units.txt", "审计局")
mnf("unknown-unit", row(111), "区国资中心 is the listed short name of 区国有资产管理服务中心", "区国资中心")
mnf("unknown-unit", row(118), "区委党校 is in units.txt", "区委党校")
mnf("unknown-unit", row(11), "区供销联社 is the listed short name of 区供销合作社联合社", "区供销联社")
# pillars present under other headings
mnf("missing-pillar", uniq("（三）优化数字发展环境"), "数字生态 is taken up under the heading 优化数字发展环境 (数据要素市场, 网络生态) and in table rows", pillar="数字生态")
mnf("missing-pillar", uniq("参照自治区“五个一”工作体系"), "五个一 is folded into 一套工作体系 / 健全组织机构 (领导小组, 办公室, 技术支撑单位, 咨询团队)", pillar="五个一")
mnf("missing-pillar", uniq("按照自治区“六级贯通”层级架构"), "六级贯通 is taken up in 厘清层级职责", pillar="六级贯通")
mnf("missing-pillar", uniq("六、保障措施"), "党的领导 is taken up under 保障措施 (坚持党对数字政府建设工作的全面领导, 一把手工程, 资金, 素养, 考核)", pillar="党的领导")
mnf("missing-pillar", uniq("（二）强化资金保障"), "财政投入 is taken up as 强化资金保障", pillar="财政投入")

covers = [{"task": t, "line": row(t)} for t in ROW_TASKS]
prose_covers = [
    (15, "建立数字政府安全评估、责任落实和重大事件处置机制"),
    (24, "落实政务信息化建设管理会商机制"),
    (30, "编制区级政务数据资源目录"),
    (32, "明确区直各部门数据管理科室及人员"),
    (36, "建立健全政务数据供需对接机制"),
    (50, "有序推进非涉密业务专网向电子政务外网整合迁移"),
    (69, "运用多源数据为市场主体精准“画像”"),
    (122, "将数字政府建设纳入区效能目标管理考核"),
    (124, "定期开展督促检查和经验交流"),
]
for t, s in prose_covers:
    covers.append({"task": t, "line": uniq(s)})
covers.sort(key=lambda c: c["task"])

key = {
    "writer": "blind writer, round 803; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("大武口区 (石嘴山市) 2024—2025 实施方案, issued 2024-04-12. The task table (header line %d) has no 完成时限 column: "
              "each row has a 2024年目标 and a 2025年目标 cell, and line %d states that each is due by 12月底 of its year and that "
              "the first unit listed leads. A row's deadline is the year of the column whose cell completes the regional task; "
              "cells such as 持续…/巩固提升/长期坚持/— are upkeep, not completion. Two planted late deadlines: one read only from the "
              "column (task 48, line %d), one with an explicit date inside the 2025 cell (task 93, line %d). No parent plan: the "
              "石嘴山 city plan is cited by title only. Rows for tasks whose regional deadline is 2023 (14, 18, 116, 118, 123) are "
              "written as upkeep and are not meant as late." % (HEADER, uniq("分别为当年12月底前"), row(48), row(93))),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers))
for e in expect:
    print(e["rule"], e["line"], e["text"])
