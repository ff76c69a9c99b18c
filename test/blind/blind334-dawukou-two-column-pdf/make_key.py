# -*- coding: utf-8 -*-
# Writes key.json from lines.json (built by build.py) and checks every entry's text against draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ln = json.load(open(os.path.join(HERE, "lines.json"), encoding="utf-8"))
draft = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")

def E(rule, tag, text=None, why="", **kw):
    d = {"rule": rule, "line": ln[tag] if isinstance(tag, str) else tag}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

expect = [
    E("basis-mismatch", "basis", "宁政发〔2022〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); the year of the 文号 is wrong. The attachment note (line %d) cites it correctly." % ln["tablenote"]),
    E("deadline-later-than-baseline", "goal2026", "2026年",
      "主要目标: the region's goal is 到2025年 “34567”体系框架全面成型…政府数字化履职能力明显提升; the draft puts the same goal at 2026."),
    E("deadline-later-than-baseline", "row47_date", "2025年",
      "row 9 takes up regional task 47 (电子政务外网升级改造，骨干网扩容升级，扩大互联网出口带宽), 完成时限 2024 年; the draft says 2025年."),
    E("deadline-invalid", "row56_date", "13月",
      "2024年13月底前: impossible month (row 12, regional task 56, 完成时限 2025年; not later than the region, only invalid)."),
    E("unknown-unit", "row41_units", "区大数据管理服务局",
      "大武口区 has no such bureau (not in units.txt, whose header notes the district has no separate big-data body); copied from a city-level template (市大数据管理服务局)."),
    E("garbled-text", "gov", "绯荤粺璧勬簮",
      "UTF-8 read as GBK: 绯荤粺璧勬簮锛屽舰鎴愬叏鍖虹粺绛瑰簲鐢ㄧ殑 = 系统资源，形成全区统筹应用的 (regional task 107 wording)."),
]

DL = "deadline-later-than-baseline"
mnf = [
    E(DL, "furn_top", "2024年第2期", "page furniture of the 政报 (issue number), not a deadline"),
    E("deadline-invalid", "furn_issue4", "2024年第2期", "running head of the 政报 on an even page, not a deadline"),
    E(DL, "furn_issue12", "2024年第2期", "running head at the top of the table page; the date of row 17 follows it, this line is not that date"),
    E("garbled-text", "furn_pg6", "— 6 —", "page number between dashes, page furniture, not damaged text"),
    E("basis-mismatch", "ownnum", "石大政办发〔2024〕9号", "the 印发通知's own 文号, not a basis citation"),
    E("deadline-invalid", "issue", "2024年3月18日", "date of issue of the notice, not a deadline"),
    E("unknown-unit", "addressee", "各街道办事处", "主送 line: collective subject (各街道办事处) and 区直各部门（单位）; 星海镇人民政府 is in units.txt"),
    E("basis-mismatch", "basis", "国发〔2022〕14号", "correct 文号 and title of the national 指导意见"),
    E("basis-mismatch", "basis", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）is cited the same way in the 吴忠 plan"),
    E("basis-mismatch", "basis", "石嘴山市人民政府《关于加强数字政府建设的实施方案》", "the city's plan cited by issuer and title alone (a city plan may have no 文号); 实施方案 is right for a city plan"),
    E("basis-mismatch", "background", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 工作基础 paragraph (自…以来), not cited as a basis; title and 文号 match"),
    E("deadline-invalid", "background", "2023年", "past fact in the background (2023年，我区建成…), not a deadline"),
    E("garbled-text", "background", "白芨沟", "real place name (白芨沟街道) with a rare character, not mojibake"),
    E(DL, "goal2024", "2024年底",
      "2024 goal: 外网区、街道、村全覆盖 (task 48, 2024 年), 迁移至政务信创云 (task 43, 2024 年建成), 公共数据分类分级开放 (task 41, 2024年) — all equal to the region"),
    E(DL, "goal2035", "2035年", "equal to the region's 到2035年 goal"),
    E(DL, "data_l7", "2024年底前",
      "two-column copy: this date belongs to the left column's sentence on 公共数据开放 (task 41, 2024年) — equal; the interleaved right-column lines on either side are about 统一身份认证 (task 51, 2023年), to which it does not apply"),
    E("garbled-text", "data_l1", None, "lines %d–%d alternate left and right column text (PDF reading order); the characters are intact, this is not encoding damage" % (ln["data_l1"], ln["plat_r11"])),
    E(DL, "soc_l10", "2025年",
      "two-column copy: 到2025年 belongs to the left column's 互联网+基层治理 sentence (task 83, 2025年) — equal; the neighbouring right-column lines are about 免证办 (task 85, 2023年) and 证照分离/一业一证 (task 88, 2024年)"),
    E(DL, "lead", "12月25日", "the office's own reporting dates (每年6月25日、12月25日前报送), not task deadlines"),
    E("basis-mismatch", "tablenote", "宁政发〔2023〕17号", "correct citation of the regional 实施意见 in the attachment note"),
    E(DL, "row9_date", "持续推进，2025年取得明显成效", "task 9: 持续推进，2025年取得明显成效 — identical"),
    E(DL, "row10_date", "2025年", "task 10: 持续推进，2025年取得明显成效 — completing milestone equal"),
    E(DL, "row3_date", "2025年", "task 3: 持续推进，2025 年取得明显成效 — equal"),
    E(DL, "row21_date", "2024年", "task 21: 2024年 — equal"),
    E(DL, "row22_date", "2025年", "task 22: 2025年 — equal"),
    E(DL, "row40_date", "2024年", "task 40: 2024年 — equal"),
    E(DL, "row41_date", "2024年底前", "task 41: 2024年 — equal (年底前 is the same year)"),
    E(DL, "row43_date", "2024年完成迁移，持续推进", "task 43: 2024 年建成，持续推进 — equal"),
    E(DL, "row48_date", "2024年", "task 48: 2024 年 — equal"),
    E(DL, "row49_date", "2025年6月底前", "task 49: 2025 年 — the draft is earlier"),
    E(DL, "row70_date", "2024年", "task 70: 2024年 — equal"),
    E(DL, "row77_date", "2024年", "task 77: 2024年 — equal"),
    E(DL, "row79_date", "2024年", "task 79: 2024年 — equal"),
    E(DL, "row80_date", "2024年", "task 80: 2024年 — equal; the units cell above is wrapped over two lines"),
    E(DL, "row83_date", "2025年",
      "date cell of row 17 (task 83, 2025年 — equal) pushed onto the next page: it follows the page number, running head and repeated table header; it is not the date of row 18 (task 84, 2024年)"),
    E(DL, "row84_date", "2024年", "task 84: 2024年 — equal"),
    E(DL, "row87_date", "2024年启动，2025年完成",
      "task 87: 2023年启动，2025年完成 — the completing milestone (2025) is equal; the start milestone of a 2024 plan cannot be 2023"),
    E(DL, "row93_date", "2024年", "task 93: 2024年 — equal"),
    E(DL, "row95_date", "2025年", "task 95: 2025年 — equal"),
    E(DL, "row105_date", "2024年", "task 105: 2024年 — equal"),
    E(DL, "row106_date", "2025年", "task 106: 2025年 — equal"),
    E(DL, "row114_date", "2024年", "task 114: 2024年 — equal"),
    E("unknown-unit", "row9_units", "大武口公安分局", "short name of 石嘴山市公安局大武口区分局 in units.txt; 区应急局 likewise an alias"),
    E("unknown-unit", "row10_units", "星海镇人民政府", "in units.txt"),
    E("unknown-unit", "row21_units", "区审批服务管理局、区司法局", "both in units.txt; no 牵头, the note says the first-listed unit leads"),
    E("unknown-unit", "row22_units", "区审批局", "alias of 区审批服务管理局; 区市场监管局 alias of 区市场监督管理局; 区直有关部门 collective"),
    E("unknown-unit", "row40_units", "区直各部门（单位）", "collective subject; 区委办公室, 区档案馆 in units.txt"),
    E("unknown-unit", "row48_units", "各街道（镇）", "collective subject"),
    E("unknown-unit", "row56_units", "卫生健康局", "prefix 区 distributes over the list: 区教育局、卫生健康局 = 区卫生健康局 (in units.txt); 大武口自然资源分局 alias"),
    E("unknown-unit", "row79_units", "各村（社区）", "collective subject"),
    E("unknown-unit", "row80_units2", "区农业农村和水务局", "second line of a wrapped units cell; a whole registered name"),
    E("unknown-unit", "row80_units", "区消防救援大队", "alias of 大武口区消防救援大队 in units.txt"),
    E("unknown-unit", "row95_units", "大武口生态环境分局", "alias of 石嘴山市生态环境局大武口分局 in units.txt"),
    E("unknown-unit", "society", "区人民医院", "body text, not a responsible unit (and it is in units.txt)"),
    E("unknown-unit", "org", "数字宁夏建设运营有限公司", "named as a source of professional support in body text, not a responsible unit or lead"),
    E("missing-pillar", 0, None, pillar="数字生态", why="taken up in line %d (营造良好数字生态)" % ln["ecology"]),
    E("missing-pillar", 0, None, pillar="五个一", why="section 四 (line %d): 健全组织机构 (领导小组, 专业运营, 智库) and 厘清层级职责 (六级贯通)" % ln["org"]),
    E("missing-pillar", 0, None, pillar="生态环境保护", why="heading and content intact at line %d" % ln["eco"]),
    E("missing-pillar", 0, None, pillar="考核评价", why="line %d" % ln["assess"]),
]

covers_tags = [
    (3, "row3_task"), (5, "econ2"), (6, "society"), (8, "society"), (9, "row9_task"), (10, "row10_task"),
    (12, "ecology"), (14, "sec1"), (15, "sec1"), (17, "sec2"), (18, "sec2b"), (20, "rules1"),
    (21, "row21_task"), (22, "row22_task"), (24, "rules2"), (25, "rules2"), (28, "rules2"),
    (30, "data_l4"), (32, "data_l1"), (36, "data_l5"), (40, "row40_task"), (41, "row41_task"),
    (42, "data_l8"), (43, "row43_task"), (47, "row47_task"), (48, "row48_task"), (49, "row49_task"),
    (50, "plat_r4"), (51, "plat_r6"), (52, "plat2"), (54, "plat2"), (56, "row56_task"),
    (64, "org"), (65, "econreg"), (68, "market"), (70, "row70_task"), (71, "market"), (74, "market"),
    (77, "row77_task"), (79, "row79_task"), (80, "row80_task"), (83, "row83_task"), (84, "row84_task"),
    (85, "pub_r8"), (86, "pub_r4"), (87, "row87_task"), (88, "pub_r9"), (93, "row93_task"),
    (95, "row95_task"), (96, "eco"), (102, "eco"), (103, "gov"), (104, "gov"), (105, "row105_task"),
    (106, "row106_task"), (112, "open"), (114, "row114_task"), (115, "open"), (116, "lead"),
    (118, "skill"), (122, "assess"), (123, "assess"), (124, "assess"),
]
covers = [{"task": t, "line": ln[g]} for t, g in covers_tags]

key = {
    "writer": "blind writer, round 334; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("石嘴山市大武口区数字政府建设实施方案 (石大政办发〔2024〕9号, 2024-03-18) copied out of the two-column 大武口区政报 PDF. "
              "Page furniture (— n —, 大武口区政报, 2024年第2期) sits between pages; pages 6 (lines %d–%d) and 8 (lines %d–%d) came out with "
              "left- and right-column lines alternating. The task table (attachment) has one cell per line: 序号, 重点任务, 责任单位, 完成时限; "
              "its header repeats at page breaks, and row 17's 完成时限 (line %d) fell onto the next page after the header. "
              "The district plan has no parent in the seeds (石嘴山市's plan is cited by title only), so parents is empty and the baseline is the region. "
              "Regional tasks due 2023 (14, 15, 17, 18, 30, 36, 85 …) are taken up in the body without a date on purpose.")
             % (ln["data_l1"], ln["plat_r11"], ln["soc_l1"], ln["pub_r11"], ln["row83_date"]),
}

# verify texts
bad = 0
for sec in ("expect", "mustNotFlag"):
    for e in key[sec]:
        if e["line"] and "text" in e and e["text"] not in draft[e["line"] - 1]:
            print("MISMATCH", sec, e); bad += 1
for c in covers:
    assert draft[c["line"] - 1].strip(), c
json.dump(key, open(os.path.join(HERE, "key.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers), "bad", bad)
