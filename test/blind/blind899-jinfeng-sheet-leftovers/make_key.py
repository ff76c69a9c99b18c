#!/usr/bin/env python3
# Writes key.json for blind case 899. Every line number is looked up in draft.txt:
# ("row", n) = the task-table row whose 序号 cell is n; ("find", s) = the one line containing s.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "draft.txt"), encoding="utf-8") as f:
    LINES = f.read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def row(n):
    hits = [i + 1 for i, l in enumerate(LINES) if l.split("\t")[0] == str(n) and l.count("\t") == 5]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def find(s):
    hits = [i + 1 for i, l in enumerate(LINES) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]


def exact(s):
    hits = [i + 1 for i, l in enumerate(LINES) if l == s]
    assert len(hits) == 1, (s, hits)
    return hits[0]


def cell(line, col):
    return LINES[line - 1].split("\t")[col]


def E(rule, line, text=None, why="", **kw):
    if line:
        assert text is None or text in LINES[line - 1], (line, text)
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"
MP = "missing-pillar"

expect = [
    E(BM, find("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号",
      "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); "
      "宁政办发 is the 政府办公厅 series (e.g. 宁政办发〔2020〕14号), so the cited 文号 does not belong to the title"),
    E(DL, row(8), "2025年6月底",
      "row 8 (城域网升级改造, 电子政务外网向镇（街道）、村（社区）延伸全覆盖) is task 48 "
      "(开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责), 完成时限 2024年; "
      "2025年6月底 is later (the draft's own goal on line 19 even says 到2024年底)"),
    E(DI, row(12), "2024年9月31日",
      "impossible date: September has 30 days. Row 12 is task 54 (电子文件归档), 完成时限 2024年, so the year itself is not late"),
    E(UU, row(33), "区大数据局",
      "责任单位 of row 33: not in units.txt; the district body is 区大数据管理服务中心 (short name 区大数据中心), "
      "there is no 区大数据局 in 金凤区 (a city-style name slipped in)"),
    E(GT, row(11), "鎸夎嚜娌诲尯缁熶竴閮ㄧ讲",
      "备注 cell of row 11 is 按自治区统一部署 as UTF-8 bytes read as GBK (re-encode GBK, decode UTF-8 to recover); "
      "the same note is clean on line %d" % row(6)),
    E(MP, 0, None,
      "section 三（一） is headed 着眼“三个驱动” but only has 1.驱动数字经济发展 and 2.引领数字社会建设; nothing anywhere in the "
      "draft takes up 数字生态 (数据要素市场, 数据交易, 政策环境, 安全可靠的数字化发展环境/网络生态); the 指导思想 also drops "
      "打造良好数字生态; the 表 group row 一、着眼“三个驱动” has only 数字经济/数字社会 rows",
      pillar="数字生态"),
    {"rule": "task-uncovered", "line": 0, "task": 12,
     "why": "task 12 (培育数据要素市场、数据交易平台; 自治区发展改革委牵头，…及各市、县（区）配合) is left out with the whole 数字生态 pillar"},
]

mnf = []
# ---- responsible units / bodies that are not unknown
mnf += [
    E(UU, find("各镇人民政府、街道办事处"), "各镇人民政府、街道办事处", "addressee line: collective (各 distributes over 镇人民政府 and 街道办事处), not a responsible unit"),
    E(UU, find("已经区人民政府同意"), "区人民政府", "the district government approving its own plan; not a responsible unit of any task"),
    E(UU, find("银川市人民政府《"), "银川市人民政府", "issuer of the city plan cited as basis, not a responsible unit"),
    E(UU, find("自治区政府办公厅组织"), "自治区政府办公厅", "regional body named as organiser of the regional pilots the district applies for; it is not named as lead of a district task"),
    E(UU, find("积极对接上级部门（单位）"), "上级部门（单位）", "generic reference to higher-level departments, not a named unit"),
    E(UU, find("强化安全管理责任。"), "区直各部门（单位）", "collective subject (区直各部门（单位）、各镇（街道）)"),
    E(UU, find("承担全区数字政府建设日常统筹"), "区大数据管理服务中心", "in units.txt"),
    E(UU, row(1), "阅海湾中央商务区管委会", "in units.txt"),
    E(UU, row(2), "区卫健局", "official short name of 区卫生健康局 in units.txt; 区人社局 likewise for 区人力资源和社会保障局"),
    E(UU, row(2), "—", "备注 cell with a dash left over from the spreadsheet; not a body"),
    E(UU, row(3), "同左", "spreadsheet leftover in 责任单位 meaning 'same as the 牵头单位 cell to the left' (区卫生健康局); not a unit name"),
    E(UU, row(4), "各街道办事处", "collective; 区住建局 on the same row is the short name of 区住房和城乡建设局"),
    E(UU, row(4), "上年结转", "备注 note ('carried over from last year'); not a body"),
    E(UU, row(5), "丰登镇人民政府", "in units.txt (as is 良田镇人民政府)"),
    E(UU, row(6), "区直有关部门", "collective subject"),
    E(UU, row(7), "区大数据中心", "short name of 区大数据管理服务中心 in units.txt"),
    E(UU, row(8), "各镇（街道）", "collective subject (金凤区 has towns, not townships: 各镇（街道） is its form of 各乡镇（街道）)"),
    E(UU, row(9), "区直各部门", "collective subject"),
    E(UU, row(10), "无", "备注 cell '无' (none); spreadsheet leftover, not a body"),
    E(UU, row(14), "区委编办", "in units.txt"),
    E(UU, row(15), "金凤公安分局", "short name of 银川市公安局金凤区分局 in units.txt"),
    E(UU, row(16), "区发改局", "short name of 区发展和改革局 in units.txt"),
    E(UU, row(18), "/", "责任单位 cell '/' (no cooperating unit); spreadsheet leftover, not a body"),
    E(UU, row(19), "见上", "牵头单位 cell '见上' = the lead of the row above (区市场监督管理局); not a unit name"),
    E(UU, row(22), "区消防救援大队", "short name of 金凤区消防救援大队 in units.txt"),
    E(UU, row(23), "各村（社区）", "collective subject (with 各街道办事处)"),
    E(UU, row(24), "0", "stray 0 in 责任单位 (a formula leftover from the spreadsheet); neither a body nor a date"),
    E(UU, row(25), "区审批局", "short name of 区审批服务管理局 in units.txt"),
    E(UU, row(27), "区商务局", "short name of 区商务和投资促进局 in units.txt"),
    E(UU, row(28), "同左", "'同左' after the collective lead 区直各部门; neither is an unknown unit"),
    E(UU, row(29), "金凤生态环境分局", "short name of 银川市生态环境局金凤分局 in units.txt"),
    E(UU, row(31), "见上", "责任单位 cell '见上' (= 区直各部门 of row 30); not a unit name"),
    E(UU, row(35), "无", "备注 cell '无'; not a body"),
    E(UU, row(36), "—", "备注 dash; not a body"),
    E(UU, row(38), "—", "责任单位 dash (no cooperating unit); not a body"),
    E(UU, find("区直部门协同办公平台使用率"), "区直部门", "background statistic about district departments in general, not a responsible unit"),
    E(UU, find("配合银川市推进"), "银川市", "the city as a whole (its platform the district plugs into), not a responsible unit of the district"),
    E(UU, find("市委、区委工作部署"), "市委、区委", "party committees whose 工作部署 the plan follows (指导思想), not responsible units"),
    E(UU, find("各级党委和政府要切实履行"), "各级党委和政府", "collective subject"),
    E(UU, find("抄送："), "区人大常委会办公室", "抄送 recipients, all in units.txt (区委办公室, 区人大常委会办公室, 区政协办公室)"),
]
# second header row (page-break repeat)
hdr = [i + 1 for i, l in enumerate(LINES) if l == "序号\t重点任务\t牵头单位\t责任单位\t完成时限\t备注"]
assert len(hdr) == 2, hdr
mnf.append(E(UU, hdr[0], "责任单位", "first table header row; column names, not units"))
mnf.append(E(UU, hdr[1], "牵头单位", "table header repeated at a page break of the spreadsheet; column names, not units"))

# ---- deadlines that are not late / not invalid
mnf += [
    E(DI, exact("2024年3月18日"), "2024年3月18日", "the notice's own issue date"),
    E(DI, find("2021年实现"), "2021年", "background: past achievements (2021年, 2022年) and the title year of the 2020 工作要点, not deadlines"),
    E(DI, find("截至2023年底"), "截至2023年底", "background: 2023 results reported in the past tense, not deadlines"),
    E(DL, find("到2024年底，区级非涉密"), "到2024年底",
      "goals match tasks 43 (2024 年建成，持续推进), 48 (2024年), 86 (2024年), 105 (2024年): equal"),
    E(DL, find("到2025年，全区数字政府建设体系框架全面成型"), "到2025年", "regional 主要目标: 到2025年 “34567”体系框架全面成型; equal"),
    E(DL, find("到2035年"), "到2035年", "regional goal 到2035年 数字政府全面建成; equal"),
    E(DL, find("力争2024年底前"), "2024年底", "task 86 (迭代升级“我的宁夏”政务APP…“应上尽上”) 完成时限 2024年; equal. The 12345 sentence on the same line (task 87, 2023年启动，2025年完成) carries no date"),
    E(DL, find("力争2025年底前"), "2025年底", "task 106 (依托“宁政通”…填表报数系统…压减50%以上) 完成时限 2025年; 2025年底 is the same year"),
    E(DI, find("于每季度末月20日前"), "2024年12月15日", "the office's own reporting dates (quarterly progress, annual summary), not task deadlines"),
    E(DI, find("日印发"), "2024年3月18日", "印发 date in the 版记"),
    E(DL, row(1), "2024年12月底", "task 3 (智慧园区) 完成时限 持续推进，2025 年取得明显成效; earlier"),
    E(DL, row(2), "2025年", "task 6 (教育、健康、就业…服务数字化) 完成时限 持续推进，2025 年取得明显成效; equal"),
    E(DL, row(3), "持续推进，2025年取得明显成效", "task 8 (“互联网+医疗健康”) 完成时限 持续推进，2025年取得明显成效; identical"),
    E(DL, row(4), "2024年", "task 9 (智慧城市, “一网统管”) 完成时限 持续推进，2025年取得明显成效; earlier"),
    E(DL, row(5), "2025年", "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; equal"),
    E(DL, row(6), "2024年10月底", "task 43 (政务信创云) 2024 年建成，持续推进 / task 46 (2024 年); earlier"),
    E(DL, row(7), "见上", "'见上' in 完成时限 = 2024年10月底 of row 6; task 50 (非涉密业务专网整合迁移) 完成时限 2024 年; not late, and not an invalid date"),
    E(DL, row(9), "2024年", "task 41 (公共数据开放目录) 完成时限 2024年; equal"),
    E(DL, row(10), "2024年", "task 42 (公共数据与政务数据融合应用) 完成时限 2024年; equal"),
    E(DL, row(11), "2024年12月底", "task 52 (电子证照社会化场景) 完成时限 2025年; earlier"),
    E(DL, row(13), "2025年", "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; equal"),
    E(DL, row(14), "2024年6月底", "task 64 (参照自治区做法成立相应的组织机构) 完成时限 2025年; earlier"),
    E(DL, row(15), "2024年12月底", "county-level 指挥调度中心 (实施意见 四（二）); nearest task 81 (视频指挥调度体系) 完成时限 2025年; earlier"),
    E(DL, row(16), "2024年", "task 65 (经济治理基础数据库) 完成时限 2024年; equal"),
    E(DL, row(17), "2025年", "task 66 (“三维一体”经济运行大数据平台, 重点企业360画像, 产业链图谱) 完成时限 2025年; equal"),
    E(DL, row(18), "2024年", "task 70 (企业信用风险分类, “双随机、一公开”差异化监管) 完成时限 2024年; equal"),
    E(DL, row(19), "见上", "'见上' = 2024年 of row 18; task 71 (重点领域数字化追溯监管) 完成时限 2024年; equal, not an invalid date"),
    E(DL, row(20), "2024年", "task 77 (矛盾纠纷多元化解信息系统) 完成时限 2024年; equal"),
    E(DL, row(21), "2024年", "task 79 (雪亮工程) 完成时限 2024年; equal"),
    E(DL, row(22), "2024年", "task 80 (智慧应急) 完成时限 2024年; equal"),
    E(DL, row(23), "2025年", "task 83 (“互联网+基层治理”) 完成时限 2025年; equal"),
    E(DL, row(24), "2024年", "task 84 (网上办、掌上办、就近办、一次办) 完成时限 2024年; equal"),
    E(DL, row(25), "2024年11月底", "task 86 (“我的宁夏”“应上尽上”) 完成时限 2024年; earlier"),
    E(DL, row(26), "2024年12月底", "task 87 (12345 “接诉即办”) 完成时限 2023年启动，2025年完成; earlier"),
    E(DL, row(27), "2024年", "task 89 (企业专属网页, 惠企政策专栏) 完成时限 2024年; equal"),
    E(DL, row(28), "2024年", "task 93 (适老化与信息无障碍) 完成时限 2024年; equal"),
    E(DL, row(29), "2024年", "task 94 (生态环境数据资源中心) 2024年 / task 95 (数据资源综合开发利用) 2025年; not later"),
    E(DL, row(30), "2024年", "task 104 (协同办公平台) 完成时限 2024年; equal"),
    E(DL, row(31), "2024年", "task 105 (“宁政通”总门户) 完成时限 2024年; equal"),
    E(DL, row(32), "2025年", "task 106 (填表报数系统, 基层减负) 完成时限 2025年; equal (mentions 宁政通, but it is task 106, not 105)"),
    E(DL, row(33), "2024年", "task 107 (视频会议平台) 完成时限 2025年; earlier"),
    E(DL, row(34), "2024年", "task 112 (政务公开信息化平台) 完成时限 2024年; equal"),
    E(DL, row(35), "2024年", "task 114 (政务新媒体矩阵) 完成时限 2024年; equal"),
    E(DL, row(36), "2024年", "task 115 (以12345为枢纽的政民互动) 完成时限 2024年; equal"),
    E(DL, row(37), "长期坚持", "task 121 (每年度制定工作要点和考核指标体系) 完成时限 长期坚持; identical"),
    E(DI, row(38), "—", "dash in 完成时限 (task 124, 2023 年形成机制，长期坚持, ongoing): a spreadsheet leftover, no date at all, so neither invalid nor late"),
]

# ---- basis documents
mnf += [
    E(BM, find("国发〔2022〕14号"), "国发〔2022〕14号", "correct 文号 and title of the national 指导意见"),
    E(BM, find("银川市人民政府《"), "《关于加强数字政府建设的实施方案》", "the city's plan cited by issuer and title alone (a city plan may have no 文号); no parent plan is checked"),
    E(BM, find("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention in 工作基础 of the 2020 工作要点 with its correct 文号; not cited as a basis"),
    E(BM, find("对照自治区实施意见"), "自治区实施意见", "short reference to the regional 实施意见 in the background, without 文号"),
]
# ---- pillars present under other names / structures
mnf += [
    E(MP, 0, None, "五个一 is taken up as 三（三）1 健全组织机构 (参照自治区做法成立相应的组织机构, 区大数据管理服务中心 as the technical body) and 三（三）3 完善工作机制, as a county does (task 64)", pillar="五个一"),
    E(MP, 0, None, "六级贯通 is taken up in 三（三）2 厘清层级职责 (按照自治区“六级贯通”层级架构 …)", pillar="六级贯通"),
    E(MP, 0, None, "财政投入 is taken up as 四（二） 加大资金保障 (现有资金渠道, 年度预算, 多渠道投入, 绩效管理, 镇村支持)", pillar="财政投入"),
    E(MP, 0, None, "制度规则 is taken up in 三（二）2 (职能转变/审管协同, 会商机制, 试点示范)", pillar="制度规则"),
    E(MP, 0, None, "政务公开 is taken up in 三（四）7 and table rows 34–36", pillar="政务公开"),
]
# ---- clean text that must not be taken for damage
mnf += [
    E(GT, row(6), "按自治区统一部署", "the clean form of the note that is damaged on row 11"),
    E(GT, find("日印发"), "　　", "full-width spaces in the 版记 line; not mojibake"),
]

covers_spec = [
    (3, row(1)), (5, find("完善数字经济治理。")), (6, row(2)), (8, row(3)), (9, row(4)), (10, row(5)),
    (14, find("强化安全管理责任。")), (15, find("强化安全管理责任。")), (18, find("提升安全防护能力。")),
    (21, find("助力政府职能转变。")), (24, find("创新建设管理机制。")), (28, row(13)),
    (32, find("完善数据管理机制。")), (36, find("深化数据高效共享。")), (41, row(9)), (42, row(10)),
    (43, row(6)), (46, find("强化政务云支撑能力。")), (47, find("提升网络支撑能力。")), (48, row(8)), (50, row(7)),
    (52, row(11)), (54, row(12)), (64, row(14)), (65, row(16)), (66, row(17)), (68, find("提升监管精准化水平。")),
    (70, row(18)), (71, row(19)), (72, find("提升监管协同化水平。")), (77, row(20)), (79, row(21)), (80, row(22)),
    (83, row(23)), (84, row(24)), (85, find("提升智慧便捷的服务能力。")), (86, row(25)), (87, row(26)), (89, row(27)),
    (93, row(28)), (94, row(29)), (104, row(30)), (105, row(31)), (106, row(32)), (107, row(33)),
    (111, find("提升机关事务管理水平。")), (112, row(34)), (114, row(35)), (115, row(36)),
    (116, find("（一）加强组织领导。")), (25, find("（二）加大资金保障。")), (118, find("（三）提升数字素养。")),
    (122, find("（四）强化考核评价。")), (123, find("（四）强化考核评价。")), (121, row(37)), (124, row(38)),
]
covers = [{"task": t, "line": l} for t, l in sorted(covers_spec)]
assert len({c["task"] for c in covers}) == len(covers)

key = {
    "writer": "blind writer, round 899; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": (
        "金凤区 (银川市) 2024 实施方案, 140 lines: prose (lines 1–91) then 附件 任务清单 pasted from a spreadsheet as "
        "tab-separated rows (序号, 重点任务, 牵头单位, 责任单位, 完成时限, 备注), 38 rows in 5 group rows, with the header repeated "
        "once at a page break; group rows and empty 备注 cells keep their tabs. Spreadsheet leftovers: 同左 / 见上 / '/' / '—' / "
        "无 / a stray 0 / 上年结转 in unit, deadline and 备注 cells; none is a body or a date. The draft notes that the first-listed "
        "牵头单位 leads. No parent plan: the 银川 plan is cited by title only and is not supplied. Regional deadlines of 2023 "
        "(tasks 14, 15, 18, 30, 32, 36, 85, 116, 118, 122–124) are only taken up in prose without dates, or with 长期坚持 / '—'."
    ),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers))
