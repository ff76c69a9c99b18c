#!/usr/bin/env python3
# Builds key.json; every line number is looked up in the final draft.txt (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(*subs):
    """The one line that contains every substring in subs."""
    hits = [i for i, l in enumerate(LINES, 1) if all(s in l for s in subs)]
    assert len(hits) == 1, (subs, hits)
    return hits[0]


def row(n):
    """Line of task-table row n (first cell is the row number)."""
    hits = [i for i, l in enumerate(LINES, 1) if l.split("\t")[0] == str(n) and "\t" in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def has(line, text):
    assert text in LINES[line - 1], (line, text, LINES[line - 1][:60])
    return line


E, M, C = [], [], []

# ---------------- planted mistakes ----------------
E.append({"rule": "basis-mismatch", "line": has(ln("（三）体系框架") + 1, "宁政办发〔2023〕17号"),
          "text": "宁政办发〔2023〕17号",
          "why": "the regional 实施意见 is 宁政发〔2023〕17号 (a 人民政府 document, not a 办公厅 one); the preamble (line %d) cites it correctly, the 体系框架 paragraph gives the wrong 文号" % ln("（宁政发〔2023〕17号）")})
E.append({"rule": "deadline-later-than-baseline", "line": has(row(23), "\t2025年"), "text": "2025年",
          "why": "task row 23 (适老化与信息无障碍建设) is task 93, 完成时限 2024年; the body (line %d) and the 2024 goal (line %d) also say 2024" % (ln("拓展公平普惠的民生服务"), ln("到2024年底"))})
E.append({"rule": "deadline-invalid", "line": has(ln("提升社会治安防控能力"), "2014年底前"), "text": "2014年底",
          "why": "typo for 2024: a deadline ten years before the plan's own year (issued 2024-03-18); the measure is task 79 (雪亮工程, 完成时限 2024年) and task row 18 (line %d) says 2024年" % row(18)})
E.append({"rule": "unknown-unit", "line": has(row(12), "市大数据局"), "text": "市大数据局",
          "why": "no such body in units.txt; the registry has 市大数据服务中心 = 市大数据中心 (used everywhere else in the draft)"})
E.append({"rule": "unknown-unit", "line": has(row(29), "自治区政府办公厅牵头"), "text": "自治区政府办公厅",
          "why": "regional body named as the lead of a local task: the cell was copied from the regional row of task 104 (协同办公平台) without localising; the body (line %d) gives 市政府办公室 as lead" % ln("提升行政执行能力")})
E.append({"rule": "garbled-text", "line": has(ln("（三）鎻愬"), "鎻愬崌骞查儴"), "text": "鎻愬崌骞查儴",
          "why": "heading 提升干部数字素养 as UTF-8 bytes read as GBK (鎻愬崌骞查儴鏁板瓧绱犲吇); re-encoding as GBK and decoding as UTF-8 recovers it"})

# ---------------- near misses ----------------
def nm(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        has(line, text)
        d["text"] = text
    d["why"] = why
    M.append(d)

pre = ln("（国发〔2022〕14号）")
nm("basis-mismatch", pre, "correct national basis: title and 文号 match", "国发〔2022〕14号")
nm("basis-mismatch", pre, "correct regional basis: 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "宁政发〔2023〕17号")
nm("basis-mismatch", pre, "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so by the 吴忠 plan in the seeds; a real, current regional document", "宁政办发〔2023〕11号")
nm("basis-mismatch", pre, "the parent city's plan, cited by title alone as DOMAIN.md describes (吴忠市人民政府《关于加强数字政府建设的实施方案》); a city plan is a 实施方案, not a wrong title for the regional 实施意见", "银川市人民政府《关于加强数字政府建设的实施方案》")
nm("basis-mismatch", ln("2020年以来"), "retrospective mention of the 2020 工作要点 in the background (what the city did since 2020), not cited as a basis", "宁政办发〔2020〕14号")
nm("basis-mismatch", 2, "the plan's own 文号 in the notice", "灵政发〔2024〕9号")
nm("basis-mismatch", 1, "the plan's own title (灵武市…实施方案) in the notice, not a citation of the regional 实施意见", "《灵武市关于加强数字政府建设的实施方案》")
nm("deadline-invalid", 6, "the notice's own issue date", "2024年3月18日")
nm("deadline-invalid", ln("2020年以来"), "past dates in the background (2020年以来, 2023年 完成普查/理清“家底”): achievements, not deadlines", "2023年")
nm("deadline-later-than-baseline", ln("到2024年底"), "2024 goal: 外网全覆盖 (task 48, 2024年), 信创云迁移 (task 43, 2024年建成), 我的宁夏 (task 86, 2024年), 适老化 (task 93, 2024年) — all equal; the regional 2023 goals are not restated here", "2024年底")
nm("deadline-later-than-baseline", ln("到2025年，全市数字政府建设"), "same year as the regional goal (到2025年 “34567”体系框架全面成型)", "2025年")
nm("deadline-later-than-baseline", ln("到2035年"), "same year as the regional 2035 goal", "2035年")
nm("deadline-later-than-baseline", ln("（一）健全组织机构。"), "task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年; 2024年6月底前 is earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own group, 自治区政府办公厅负责", "2024年6月底前")
nm("deadline-later-than-baseline", row(1), "task 64, 完成时限 2025年; earlier", "2024年6月底前")
nm("deadline-later-than-baseline", ln("（三）完善工作机制。"), "the office's own reporting dates (季度进展, 2025年1月10日前报送2024年度总结), not a task deadline", "2025年1月10日前")
nm("deadline-later-than-baseline", ln("推进园区智慧化建设"), "task 3, 完成时限 持续推进，2025年取得明显成效; copied as is", "2025年取得明显成效")
nm("deadline-later-than-baseline", ln("推动产业数字化转型"), "产业数字化 (tasks 1–3: 2025年 / 2024年取得明显成效 / 2025年); 2024年底前 is equal or earlier", "2024年底前")
nm("deadline-later-than-baseline", ln("完善数字经济治理"), "task 5, 完成时限 持续推进，2025年取得明显成效; equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", ln("深化数字普惠应用"), "task 6, 完成时限 持续推进，2025年取得明显成效; equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", ln("加快智慧城市建设"), "task 9, 完成时限 持续推进，2025年取得明显成效; 2025年 is the same year", "2025年")
nm("deadline-later-than-baseline", ln("推进数字乡村建设。以数字化"), "task 10, 完成时限 持续推进，2025年取得明显成效; equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", ln("培育数据要素市场"), "task 12, 完成时限 2025年; equal (task 13, 2024年, on 交易规则, is not taken up here)", "2025年")
nm("deadline-later-than-baseline", ln("营造清朗网络生态"), "ongoing work from the 实施意见 body text (健全网络综合治理体系), no dated regional task", "长期坚持")
nm("deadline-later-than-baseline", ln("落实安全制度要求"), "a frequency (每年开展1次以上), not a completion deadline; task 17 itself is covered without a date", "每年开展1次以上")
nm("deadline-later-than-baseline", ln("推动行政权力网上运行"), "task 21, 完成时限 2024年; 2024年底前 is the same year (task 22 审管协同 is 2025年)", "2024年底前")
nm("deadline-later-than-baseline", ln("开展试点示范"), "task 28, 完成时限 2023年启动，2025年取得明显成效; 2025 equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", ln("促进数据开发利用"), "tasks 41 and 42, 完成时限 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", ln("强化政务云支撑"), "task 43, 完成时限 2024年建成，持续推进; equal", "2024年底前")
nm("deadline-later-than-baseline", ln("提升网络支撑能力"), "tasks 47, 48 and 50, 完成时限 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", ln("加强电子证照应用"), "task 52, 完成时限 2025年; equal", "2025年")
nm("deadline-later-than-baseline", ln("推进电子文件归档"), "task 54, 完成时限 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", ln("加强经济运行监测"), "task 66, 完成时限 2025年; equal", "2025年")
nm("deadline-later-than-baseline", ln("强化智慧监管"), "tasks 71 and 74, 完成时限 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", ln("提升矛盾纠纷化解能力"), "task 77, 完成时限 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", ln("提升应急管理能力"), "task 80, 完成时限 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", ln("提高基层治理能力"), "task 83, 完成时限 2025年; equal", "2025年")
nm("deadline-later-than-baseline", ln("打造泛在可及的服务体系"), "tasks 84 and 86, 完成时限 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", ln("提供优质便利的涉企服务"), "tasks 88 and 89, 完成时限 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", ln("拓展公平普惠的民生服务"), "task 93, 完成时限 2024年; equal here (only task row 23 is late)", "2024年底前")
nm("deadline-later-than-baseline", ln("提升生态环保协同治理能力"), "task 95, 完成时限 2025年; equal", "2025年")
nm("deadline-later-than-baseline", ln("提高水资源利用效率"), "task 96, 完成时限 2025年; equal", "2025年")
nm("deadline-later-than-baseline", ln("推动绿色低碳转型。推进"), "tasks 101 and 102, 完成时限 2025年; equal", "2025年")
nm("deadline-later-than-baseline", ln("提升辅助决策能力"), "task 103, 完成时限 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", ln("提升行政执行能力"), "tasks 104/105 (2024年) equal; tasks 106/107 (2025年) earlier", "2024年底前")
nm("deadline-later-than-baseline", ln("提升机关事务管理水平"), "task 111, 完成时限 2025年; equal", "2025年")
nm("deadline-later-than-baseline", ln("提升政府信息公开水平"), "tasks 112 and 114, 完成时限 2024年; equal", "2024年底前")
nm("deadline-invalid", row(6), "copied regional deadline of task 18 (2023年形成机制，长期坚持): lies before the plan's year but is the region's own wording and not later", "2023年形成机制")
nm("deadline-later-than-baseline", row(6), "task 18, 完成时限 2023年形成机制，长期坚持; copied verbatim, equal", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", row(8), "task 28, 完成时限 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal — only the start is a year later", "2024年启动，2025年取得明显成效")
nm("deadline-later-than-baseline", row(18), "task 79, 完成时限 2024年; equal (the body's 2014 typo is the error, not this row)", "2024年")
nm("deadline-later-than-baseline", row(31), "task 106, 完成时限 2025年; 2024年 is earlier", "2024年")
nm("deadline-later-than-baseline", row(32), "task 107, 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
nm("deadline-later-than-baseline", row(35), "task 121, 完成时限 长期坚持; equal", "长期坚持")
nm("unknown-unit", ln("（一）健全组织机构。"), "official short names in units.txt (市政府办公室 = 市人民政府办公室, 市大数据中心 = 市大数据服务中心), 城区街道办事处 is in units.txt, 各乡镇人民政府 is a collective", "市大数据中心")
nm("unknown-unit", ln("提升矛盾纠纷化解能力"), "prefix distributes over the list: 市公安局、司法局、信访局 = 市公安局, 市司法局, 市信访局", "司法局")
nm("unknown-unit", ln("提高基层治理能力"), "collective subjects", "各村（社区）")
nm("unknown-unit", ln("提升安全防护能力"), "collective subject", "市直各部门（单位）")
nm("unknown-unit", ln("推动精准监管"), "collective subject", "市直有关部门")
nm("unknown-unit", ln("提升智慧便捷服务能力"), "alias of 市审批服务管理局 in units.txt", "市审批局")
nm("unknown-unit", ln("提供优质便利的涉企服务"), "alias of 市发展和改革局 in units.txt", "市发改局")
nm("unknown-unit", ln("拓展公平普惠的民生服务"), "alias of 市残疾人联合会 in units.txt", "市残联")
nm("unknown-unit", ln("提升应急管理能力"), "alias of 灵武市消防救援大队 in units.txt", "市消防救援大队")
nm("unknown-unit", ln("提升生态环保协同治理能力"), "in units.txt: the 银川 bureau's 灵武 branch is the local environment body; a name containing another city's name, not a wrong unit", "银川市生态环境局灵武分局")
nm("unknown-unit", ln("深化数据高效共享"), "自治区政务数据平台 / 银川市数据共享交换平台 are platforms the city connects to, not responsible units", "自治区政务数据平台")
nm("unknown-unit", ln("（三）完善工作机制。"), "领导小组办公室 is defined on the line above (设在市政府办公室) and is a report recipient, not a 责任单位", "领导小组办公室")
nm("unknown-unit", 3, "addressees of the notice, all collectives or registry names", "市直各部门（单位）")
nm("missing-pillar", 0, "五个一 + 六级贯通 are folded into “一套体系” (健全组织机构, 厘清层级职责 naming “五个一” and “六级贯通”, 完善工作机制), lines %d–%d" % (ln("二、完善“一套体系”"), ln("（三）完善工作机制。")))
nm("missing-pillar", 0, "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is taken up under 六、保障措施, lines %d–%d; the 数字素养 item keeps its content although its heading is garbled" % (ln("（一）加强组织领导。"), ln("（四）强化考核评价。")))
nm("missing-pillar", 0, "数字生态 is taken up at lines %d–%d (数据要素市场, 网络生态)" % (ln("培育数据要素市场"), ln("营造清朗网络生态")))
nm("garbled-text", ln("提升网络支撑能力"), "Latin letters and digits in ordinary text (IPv6), not mojibake", "IPv6")

# ---------------- covers ----------------
cov = [
    (3, ln("推进园区智慧化建设")), (5, ln("完善数字经济治理")), (6, ln("深化数字普惠应用")),
    (9, ln("加快智慧城市建设")), (10, ln("推进数字乡村建设。以数字化")), (12, ln("培育数据要素市场")),
    (14, ln("强化安全管理责任")), (15, ln("强化安全管理责任")), (17, ln("落实安全制度要求")),
    (18, ln("提升安全防护能力")), (21, ln("推动行政权力网上运行")), (24, ln("规范政务信息化项目管理")),
    (25, ln("（二）加大资金保障。")), (28, ln("开展试点示范")), (30, ln("健全数据管理机制")),
    (32, ln("健全数据管理机制")), (36, ln("深化数据高效共享")), (41, ln("促进数据开发利用")),
    (42, ln("促进数据开发利用")), (43, ln("强化政务云支撑")), (47, ln("提升网络支撑能力")),
    (48, ln("提升网络支撑能力")), (50, ln("提升网络支撑能力")), (52, ln("加强电子证照应用")),
    (54, ln("推进电子文件归档")), (64, ln("（一）健全组织机构。")), (66, ln("加强经济运行监测")),
    (68, ln("推动精准监管")), (71, ln("强化智慧监管")), (74, ln("强化智慧监管")),
    (77, ln("提升矛盾纠纷化解能力")), (79, ln("提升社会治安防控能力")), (80, ln("提升应急管理能力")),
    (83, ln("提高基层治理能力")), (84, ln("打造泛在可及的服务体系")), (85, ln("提升智慧便捷服务能力")),
    (86, ln("打造泛在可及的服务体系")), (88, ln("提供优质便利的涉企服务")), (89, ln("提供优质便利的涉企服务")),
    (90, row(24)), (93, ln("拓展公平普惠的民生服务")), (95, ln("提升生态环保协同治理能力")),
    (96, ln("提高水资源利用效率")), (97, row(26)), (102, ln("推动绿色低碳转型。推进")),
    (103, ln("提升辅助决策能力")), (104, ln("提升行政执行能力")), (105, ln("提升行政执行能力")),
    (106, ln("提升行政执行能力")), (107, ln("提升行政执行能力")), (111, ln("提升机关事务管理水平")),
    (112, ln("提升政府信息公开水平")), (114, ln("提升政府信息公开水平")), (115, ln("畅通政民互动渠道")),
    (116, ln("（一）加强组织领导。")), (121, row(35)),
]
C = [{"task": t, "line": l} for t, l in cov]

key = {
    "writer": "blind writer, round 713; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": E,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("灵武市 (county-level city under 银川市) 实施方案 issued 2024-03-18 as 灵政发〔2024〕9号, checked against 宁政发〔2023〕17号 "
              "with no parent plan (the 银川 plan is cited by title only and not supplied). Framework “1347” folds 五个一/六级贯通 into 一套体系. "
              "Body measures carry inline notes （责任单位：…；完成时限：…）; the attachment is a 35-row task table (序号/重点任务/责任单位/完成时限), "
              "first-listed unit = lead per the table's note. Regional tasks due 2023 are taken up in the body without dates (no 2024 date set "
              "against a 2023 task), except task 18 whose regional deadline is copied verbatim in row 6. No task is deliberately left out, so expect "
              "has no task-uncovered entries. Six planted slips: late table deadline, 2014 typo, two unit slips (unknown name; regional lead copied), "
              "wrong 文号 in the 体系框架 paragraph, one garbled heading."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(E), "expect;", len(M), "mustNotFlag;", len(C), "covers;", len(LINES), "lines")
