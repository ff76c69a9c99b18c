#!/usr/bin/env python3
# Builds key.json, finding every line number in draft.txt by its text (1-based) and
# checking that each text sits in the named column of the task table.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
COL = {"quote": 0, "measure": 1, "units": 2, "deadline": 3}


def find(text, col=None, anchor=None, nth=0):
    """Line number of the nth line holding `text` (in column `col` if given; also holding `anchor`)."""
    hits = []
    for i, l in enumerate(LINES, 1):
        cells = l.split("\t")
        if col is not None:
            if len(cells) != 4:
                continue
            hay = cells[COL[col]]
        else:
            hay = l
        if text in hay and (anchor is None or anchor in l):
            hits.append(i)
    assert len(hits) > nth, (text, col, anchor, hits)
    return hits[nth]


def cell(line, col):
    return LINES[line - 1].split("\t")[COL[col]]


expect = []
mnf = []

# ---------- planted mistakes (all in the county's own columns) ----------
L = find("2026年6月底", "deadline")
expect.append({"rule": "deadline-later-than-baseline", "line": L, "text": "2026年6月底",
               "why": "12345热线 row; regional task 8 (持续优化12345政务服务便民热线平台) 完成时限 2025年底, as the quoted column of the same row shows; the county's own deadline is half a year later"})
L = find("2022年12月底", "deadline")
expect.append({"rule": "deadline-invalid", "line": L, "text": "2022年12月底",
               "why": "county deadline before the year the plan is issued (2023, 灵政办发〔2023〕19号 of 2023-06-12); regional task 24 (落实安全制度要求) is 持续开展"})
L = find("20224年底", "deadline")
expect.append({"rule": "deadline-invalid", "line": L, "text": "20224年",
               "why": "impossible five-digit year (typo for 2024年底); regional task 30 (完善法规制度) is 持续开展"})
L = find("县卫计局", "units")
expect.append({"rule": "unknown-unit", "line": L, "text": "县卫计局",
               "why": "old name of the health bureau (卫生和计划生育局, abolished in the 2019 reform); units.txt lists 县卫生健康局 = 县卫健局 only"})
L = find("自治区大数据发展局，县大数据发展局", "units")
expect.append({"rule": "unknown-unit", "line": L, "text": "自治区大数据发展局",
               "why": "regional body named first, i.e. as lead (the draft's line 31 says the first-listed unit leads) of a county task; copied from the quoted regional note in the same row"})
L = find("鎸夌収鍒嗙被", "measure")
expect.append({"rule": "garbled-text", "line": L, "text": "鎸夌収鍒嗙被鍒嗙骇",
               "why": "UTF-8 bytes read as GBK in the county's measure column; re-encoding as GB18030 and decoding as UTF-8 gives 按照分类分级原则有序推动公共数据"})

# ---------- near misses ----------
def nm(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in LINES[line - 1], (text, line)
        e["text"] = text
    e.update(kw)
    e["why"] = why
    mnf.append(e)

# regional bodies and dates inside the quoted column
L = find("自治区发展改革委、统计局、大数据发展局等", "quote")
nm("unknown-unit", L, "quoted regional note inside 自治区要求（原文）: 自治区统计局/大数据发展局 by prefix distribution, all regional units of the baseline; not the county's responsible units", "统计局、大数据发展局等")
L = find("自治区高级法院，自治区检察院", "quote")
nm("unknown-unit", L, "quoted regional note: 自治区高级法院, 自治区检察院 and 自治区住房城乡建设厅 are the region's own units; the county's column names 县住房城乡建设局 (alias) and 各镇（街道）", "自治区高级法院")
L = find("广西消防救援总队", "quote", anchor="智慧应急")
nm("unknown-unit", L, "quoted regional note names 广西消防救援总队 (a regional unit outside the government proper); the county column names 灵山县气象局 and 灵山县消防救援大队, both in units.txt", "广西消防救援总队")
L = find("持续完善“智桂通”", "quote")
nm("unknown-unit", L, "自治区大数据发展局 appears only inside the quoted regional note; the county's own 责任单位 cell is 县大数据发展局、县直有关部门, so no regional body leads a county task here", "自治区大数据发展局等，各市人民政府")
nm("deadline-later-than-baseline", L, "county 2024年12月底 is earlier than regional task 9 (智桂通) 完成时限 2025年底; the 2025年底 in the same line is the quoted regional deadline", "2024年12月底")
L = find("优化政策信息数字化发布", "quote")
nm("deadline-later-than-baseline", L, "county 2025年6月底 is earlier than regional task 22 (优化政策信息数字化发布) 完成时限 2025年底 quoted in the same row", "2025年6月底")
L = find("国安办，自治区公安厅、大数据发展局、通信管理局等。完成时限", "quote")
nm("unknown-unit", L, "quoted regional note of task 23 (regional bodies 自治区党委网信办、国安办、通信管理局; this task names no 各市人民政府) — the county takes it up anyway with its own units 县委网信办、县公安局、县大数据发展局", "国安办")
L = find("广西税务局", "quote")
nm("unknown-unit", L, "quoted regional note names 广西税务局; the county column names 灵山县税务局, which is in units.txt", "灵山县税务局")
L = find("以一体化在线监管提升监管协同化水平", "quote")
nm("deadline-later-than-baseline", L, "county 2023年底前完成清单认领，2025年底前全面对接: completing milestone 2025年底 equals regional task 3 (以一体化在线监管提升监管协同化水平) 完成时限 2025年底", "2025年底前全面对接")
nm("unknown-unit", L, "collective subject", "县直有关部门")

# county columns: aliases, prefixes, collectives, units outside government
L = find("县发展和改革局、统计局、财政局、大数据发展局", "units")
nm("unknown-unit", L, "prefix 县 distributes: 县统计局, 县财政局, 县大数据发展局, all in units.txt", "县发展和改革局、统计局、财政局、大数据发展局")
L = find("县市场监督管理局、县发改局", "units")
nm("unknown-unit", L, "县发改局 is a listed alias of 县发展和改革局", "县发改局")
L = find("县委政法委，县信访局、公安局、司法局", "units")
nm("unknown-unit", L, "prefix distribution (县公安局, 县司法局) and 县人民法院/县人民检察院, listed in units.txt", "县人民检察院")
L = find("县委政法委、县民政局、县住房城乡建设局、各镇（街道）", "units")
nm("unknown-unit", L, "县住房城乡建设局 is a listed alias; 各镇（街道） is a collective subject (灵山 has only 镇 and 街道)", "各镇（街道）")
L = find("县公安局、县委政法委、各镇人民政府", "units")
nm("unknown-unit", L, "各镇人民政府 is a collective subject", "各镇人民政府")
nm("deadline-later-than-baseline", L, "county year 2024年底 for regional task 5 (推进社会治安防控体系智能化), whose 完成时限 is 持续开展: no regional year to exceed", "2024年底")
L = find("灵山县气象局、灵山县消防救援大队", "units")
nm("unknown-unit", L, "units outside the government proper, listed in units.txt", "灵山县消防救援大队")
L = find("县政务服务监管办、县大数据发展局、各镇（街道）", "units")
nm("unknown-unit", L, "县政务服务监管办 is a listed alias of 县政务服务监督管理办公室", "县政务服务监管办")
L = find("县残联、各村（社区）", "units")
nm("unknown-unit", L, "县残联 is a listed alias; 各村（社区） is a collective subject", "各村（社区）")
L = find("钦州市灵山生态环境局、县林业局、县水利局", "units")
nm("unknown-unit", L, "钦州市灵山生态环境局 carries the city prefix but is the county-level branch, listed in units.txt as such", "钦州市灵山生态环境局")
L = find("县大数据发展局、县政府办", "units")
nm("unknown-unit", L, "县政府办 is a listed alias of 县人民政府办公室; 县委、县人民政府 in the measure text are the county leadership, not a responsible unit", "县政府办")
L = find("2023年9月底前全面使用", "deadline")
nm("deadline-invalid", L, "2023年9月 lies in the plan's own year, after its issue date; not before the year of issue", "2023年9月底")
L = find("县委网信办、县委保密办", "units")
nm("unknown-unit", L, "县委保密办 is listed in units.txt", "县委保密办")
L = find("县大数据发展局、县公安局、中国电信灵山分公司", "units")
nm("unknown-unit", L, "telecom operator branch, listed in units.txt", "中国电信灵山分公司")
L = find("2023年启动，2025年形成可复制经验", "deadline")
nm("deadline-later-than-baseline", L, "regional task 32 (开展试点示范) is 持续开展; a county milestone of 2025 cannot be later", "2025年形成可复制经验")
L = find("县大数据发展局、县直各部门（单位）", "units")
nm("unknown-unit", L, "collective subject", "县直各部门（单位）")
L = find("2024年6月底前完成迁移上云", "deadline")
nm("deadline-later-than-baseline", L, "regional task 36 (强化政务云平台支撑能力) is 持续开展; county milestone 2024年6月底 is not later", "2024年6月底")
L = find("县委网信办，县发展和改革局、住房城乡建设局、交通运输局", "units")
nm("unknown-unit", L, "prefix 县 distributes after the comma: 县住房城乡建设局 (alias), 县交通运输局, 县农业农村局, 县大数据发展局", "住房城乡建设局")

# prose
L = find("国发〔2022〕14号")
nm("basis-mismatch", L, "correct titles and 文号 of the national 指导意见 and of the regional 实施意见 (桂政发〔2022〕31号)", "桂政发〔2022〕31号")
L = find("国发〔2018〕27号")
nm("basis-mismatch", L, "retrospective mention of an older State Council document with its correct title and 文号, not a basis citation", "国发〔2018〕27号")
nm("deadline-invalid", L, "past date in the background section (截至2022年底), not a deadline", "2022年底")
L = find("灵政办发〔2023〕19号")
nm("basis-mismatch", L, "the notice's own 文号", "灵政办发〔2023〕19号")
L = find("摘录桂政发〔2022〕31号原文")
nm("basis-mismatch", L, "regional 实施意见 cited by 文号 alone, correct", "桂政发〔2022〕31号")
L = find("到2025年，与政府治理能力现代化相适应")
nm("deadline-later-than-baseline", L, "same year as the regional goal 到2025年 … 数字政府体系框架基本形成", "到2025年")
L = find("到2035年，整体协同")
nm("deadline-later-than-baseline", L, "same year as the regional 2035 goal (数字政府基本建成)", "到2035年")
L = find("到2023年底，县级数字政府")
nm("deadline-invalid", L, "a 2023 goal in a plan issued in June 2023: same year, not before it", "到2023年底")
L = find("每年6月20日、12月10日前")
nm("deadline-invalid", L, "the office's own reporting dates, not task deadlines", "6月20日")
L = find("“4·27”重要讲话")
nm("garbled-text", L, "the middle dot of “4·27” is ordinary punctuation, not mojibake", "4·27")
L = find("成立县数字政府建设工作领导小组")
nm("unknown-unit", L, "a coordinating body the plan itself sets up (its office sits in 县大数据发展局), not a responsible unit of a task", "县数字政府建设工作领导小组")
L = find("抄送：")
nm("unknown-unit", L, "抄送 line: 县委各部门 is collective; 县人大常委会办公室, 县政协办公室, 县人民法院, 县人民检察院 are in units.txt", "县政协办公室")
nm("missing-pillar", 0, "党的领导 (组织领导, 推进机制, 数字素养, 考核评价) is taken up in 四、保障措施, lines %d-%d" % (find("四、保障措施"), find("（六）加强宣传引导。") - 1), pillar="党的领导")
nm("missing-pillar", 0, "数字经济, 数字社会, 数字生态 each have a row under （六）, lines %d-%d" % (find("助推数字经济发展", "quote"), find("营造良好数字生态", "quote")), pillar="数字生态")

# ---------- covers: regional tasks numbered 1-43 in the order of their (責任單位…完成時限) notes ----------
starts = [
    (1, "建立完善与宏观调控"), (2, "充分运用数字技术支撑构建新型监管"), (3, "以一体化在线监管"),
    (4, "推进数字化网格治理能力建设"), (5, "推进社会治安防控体系智能化"), (6, "推进智慧应急建设"),
    (7, "加强与全国一体化政务服务平台对接"), (8, "持续优化12345"), (9, "持续完善“智桂通”"),
    (10, "推动智慧教育"), (11, "推动智慧人社"), (12, "推动智慧医疗"), (13, "推动智慧工地"),
    (14, "推动智慧体育"), (15, "推动智慧康养"), (16, "全面推动生态环境保护数字化转型"),
    (17, "提高自然资源利用效率"), (18, "推动绿色低碳转型"), (19, "提升辅助决策能力"),
    (20, "提升行政执行能力"), (21, "提升行政监督水平"), (22, "优化政策信息数字化发布"),
    (23, "强化安全管理责任"), (24, "落实安全制度要求"), (25, "加强数据安全监管"),
    (26, "提升安全保障能力"), (27, "提高自主可控水平"), (28, "以数字化改革助力政府职能转变"),
    (29, "创新数字政府建设管理机制"), (30, "完善法规制度"), (31, "健全标准规范"),
    (32, "开展试点示范"), (33, "创新数据管理机制"), (34, "深化数据高效共享"),
    (35, "促进数据有序开发利用"), (36, "强化政务云平台支撑能力"), (37, "提升网络平台支撑能力"),
    (38, "强化数据智能支撑能力"), (39, "推进数字化共性应用集约建设"), (40, "强化开放生态支撑能力"),
    (41, "助推数字经济发展"), (42, "引领数字社会建设"), (43, "营造良好数字生态"),
]
covers = [{"task": t, "line": find(s, "quote")} for t, s in starts]
assert [c["line"] for c in covers] == sorted(c["line"] for c in covers)

key = {
    "writer": "blind writer, round 892; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("灵山县 (钦州市) 2023 实施方案 with a four-column task table: 自治区要求（原文） quotes 桂政发〔2022〕31号 "
              "in Simplified characters, usually ending with the region's own (责任单位…完成时限) note, so regional bodies, "
              "各市人民政府 and 2025年底/持续开展 appear in column 1 of almost every row; only columns 2-4 are the county's. "
              "Task numbers are the 43 (責任單位…完成時限) notes of the baseline in document order (3, 8, 9, 22 are due 2025年底, "
              "all others 持续开展; 23 names no 各市人民政府). Regional tasks 4, 7, 29 and 39 are each spread over two or three "
              "rows; the split rows without a note quote only part of the regional text. The draft's line 31 states that the "
              "first-listed unit leads. All six planted slips are in the county's own columns. No parent plan is given: the "
              "preamble refers to 钦州市 only as 工作部署, without a document title."),
}

# sanity: planted texts sit in the county's columns, not in the quote
for e in expect:
    l = LINES[e["line"] - 1].split("\t")
    assert e["text"] in "\t".join(l[1:]), e

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect:
    print(e["rule"], e["line"], e["text"])
