#!/usr/bin/env python3
"""Build key.json for blind356: every line number is looked up in draft.txt (1-based)."""
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, nth=0, must_unique=True):
    hits = [i + 1 for i, t in enumerate(L) if sub in t]
    assert hits, sub
    if must_unique:
        assert len(hits) == 1, (sub, hits)
    return hits[nth]

def row(n):
    return ln('<tr><td>%d</td>' % n)

def cell_in_row(n, text):
    r = row(n)
    assert text in L[r - 1], (n, text)
    return r

expect = [
    {"rule": "basis-mismatch", "line": ln('关于加快推进数字政府建设的实施方案'), "text": "关于加快推进数字政府建设的实施方案",
     "why": "wrong title of the parent city plan: 吴忠市人民政府 issued 《关于加强数字政府建设的实施方案》 (2023-11-27); 加快推进 for 加强"},
    {"rule": "deadline-later-than-baseline", "line": cell_in_row(19, '2025年6月底前'), "text": "2025年6月底前",
     "why": "table row 19 (城域网升级改造, 电子政务外网市乡村全覆盖) = regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the draft's own body text even says 到2024年底"},
    {"rule": "deadline-later-than-baseline", "line": ln('适老化与信息无障碍建设'), "text": "2025年底前",
     "why": "body sentence on 政府网站、政务服务场所适老化与信息无障碍建设 = regional task 93, 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": cell_in_row(24, '2024年9月31日前'), "text": "2024年9月31日",
     "why": "impossible date: September has 30 days (row 24 = regional task 71, 完成时限 2024年, so the year itself is not late)"},
    {"rule": "unknown-unit", "line": cell_in_row(2, '市经信局'), "text": "市经信局",
     "why": "not in units.txt: the old 经济和信息化局 no longer exists; the registry has 市工业和信息化局 (= 市工信局)"},
    {"rule": "garbled-text", "line": ln('鏀垮姟鏁版嵁'), "text": "鏀垮姟鏁版嵁渚涢渶瀵规帴",
     "why": "UTF-8 bytes of 政务数据供需对接 read as GBK (re-encode as GBK, decode as UTF-8 recovers it)"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

pre = ln('国发〔2022〕14号')
m("basis-mismatch", pre, "correct: 国发〔2022〕14号 is 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号")
m("basis-mismatch", pre, "correct: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》", "宁政发〔2023〕17号")
m("basis-mismatch", pre, "cited exactly as the 吴忠 plan cites it: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号")
bg = ln('宁政办发〔2020〕14号')
m("basis-mismatch", bg, "retrospective mention in the background paragraph, not a basis document; title and 文号 match", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('青政发〔2023〕52号'), "the page's own 发文字号 in the 信息公开 header, not a cited document", "青政发〔2023〕52号")
m("deadline-invalid", bg, "2020年 inside the title of an old document mentioned retrospectively, not a deadline", "2020年")
m("deadline-invalid", bg, "2022年 and 截至2023年10月底 are past achievements in the background, not deadlines", "2022年")
m("deadline-invalid", ln('<meta name="PubDate"'), "page meta 发布时间, not a deadline", "2023-12-12")
m("deadline-invalid", ln('发布时间：2023-12-12'), "page 发布时间 / 浏览次数 line, not a deadline", "2023-12-12")
m("deadline-invalid", ln('成文日期'), "成文日期 and 索引号 640381/2023-00417 in the 信息公开 header, not deadlines", "2023年12月8日")
m("deadline-invalid", ln('<p style="text-align:right">2023年12月8日</p>'), "signature date of the 通知", "2023年12月8日")
m("deadline-invalid", ln('article.css?v=20231101'), "version number in a stylesheet URL", "20231101")
m("deadline-invalid", ln('12月10日前'), "the office's own reporting dates (每年6月30日、12月10日前报送), recurring and not a task deadline", "12月10日")
m("deadline-invalid", ln('附件：青铜峡市数字政府建设重点任务清单'), "period of the attachment's title (2023&mdash;2025年), not a deadline", "2025年")
m("deadline-invalid", ln('宁ICP备05002133号'), "footer ICP / 公网安备 numbers, not dates", "宁ICP备05002133号-1")
m("deadline-invalid", ln('&copy;&nbsp;2023'), "footer copyright year and phone number", "2023")
m("deadline-later-than-baseline", ln('到2023年底，数字政府工作体系'), "goal 到2023年底 equals the regional 到2023年底 and the 吴忠 plan's 到2023年底", "2023年底")
m("deadline-later-than-baseline", ln('体系框架全面成型'), "goal 到2025年 (framework fully formed) equals the regional and 吴忠 到2025年", "2025年")
m("deadline-later-than-baseline", ln('到2035年'), "goal 到2035年 equals the regional and 吴忠 到2035年", "2035年")
m("deadline-later-than-baseline", ln('到2024年底实现'), "body sentence on 电子政务外网市乡村全覆盖 = task 48, 完成时限 2024年: equal", "2024年底")
m("deadline-later-than-baseline", ln('到2025年基层干部填表报数'), "task 106 (填表报数工作量压减50%以上), 完成时限 2025年: equal; 50% is a quota, not a date", "2025年")
m("deadline-later-than-baseline", row(1), "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal", "2025年")
m("deadline-later-than-baseline", row(2), "task 2 (产业云/企业上云), 完成时限 2023年启动，2024年取得明显成效: equal (the row's error is its unit)", "2024年")
m("deadline-later-than-baseline", row(7), "task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal", "2025年")
m("deadline-later-than-baseline", row(8), "task 12 (培育数据要素市场), 完成时限 2025年: equal", "2025年")
m("deadline-later-than-baseline", row(11), "task 21 (行政权力事项网上运行), 完成时限 2024年: 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(10), "task 18 (安全技术保障体系、应急演练), 完成时限 2023年形成机制，长期坚持: equal", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", row(17), "task 46 (政务信息系统有序迁移) / task 43 (信创云, 2024年建成), 完成时限 2024年: equal", "2024年")
m("deadline-later-than-baseline", row(22), "task 66 (宁夏经济运行大数据平台, 监测预警), 完成时限 2025年: equal", "2025年")
m("deadline-later-than-baseline", row(27), "task 83 (互联网+基层治理), 完成时限 2025年: equal", "2025年")
m("deadline-later-than-baseline", row(30), "task 87 (12345热线一呼即应), 完成时限 2023年启动，2025年完成: equal", "2025年完成")
m("deadline-later-than-baseline", row(35), "task 107 (视频会议平台), 完成时限 2025年: equal", "2025年")
m("deadline-later-than-baseline", row(24), "task 71, 完成时限 2024年: the row's year is not later (the date is flagged as invalid instead)", "2024年9月31日前")
for n, t in [(9, "task 14, 完成时限 2023年"), (14, "task 30, 完成时限 2023年"), (16, "task 36, 完成时限 2023年"), (28, "task 85, 完成时限 2023年")]:
    m("deadline-invalid", row(n), t + ": 2023年底前 lies in the plan's own year (issued 2023-12-08), not before it", "2023年底前")
m("unknown-unit", row(9), "collective subjects: 市直各部门（单位）、各乡镇人民政府", "各乡镇人民政府")
m("unknown-unit", row(11), "collective subject 市直有关部门", "市直有关部门")
m("unknown-unit", row(23), "collective subject, as 承担监管职责的自治区有关部门（单位） at regional level", "承担监管职责的市直有关部门")
m("unknown-unit", row(27), "collective subjects 各乡镇（街道）、各村（社区）", "各乡镇（街道）")
m("unknown-unit", row(1), "short name listed in units.txt for 青铜峡工业园区管理委员会", "青铜峡工业园区管委会")
m("unknown-unit", row(7), "short name listed in units.txt for 市供销合作社", "市供销社")
m("unknown-unit", row(24), "short names listed in units.txt (市市场监督管理局, 市卫生健康局)", "市卫健局")
m("unknown-unit", row(29), "short name listed in units.txt for 市审批服务管理局", "市审批局")
m("unknown-unit", row(31), "short name listed in units.txt for 吴忠市生态环境局青铜峡分局", "市生态环境分局")
m("unknown-unit", row(26), "short name listed in units.txt for 青铜峡市消防救援大队", "市消防救援大队")
m("unknown-unit", row(39), "short name listed in units.txt for 中共青铜峡市委党校", "市委党校")
m("unknown-unit", row(4), "short name listed in units.txt for 市人力资源和社会保障局", "市人社局")
m("unknown-unit", row(19), "裕民街道办事处 is in units.txt; 各乡镇人民政府 is a collective", "裕民街道办事处")
m("garbled-text", ln('<td colspan="2">'), "HTML entities (&nbsp;) and attributes colspan=\"2\" / colspan=\"3\" are markup, not damage", "&nbsp;")
m("garbled-text", pre, "HTML entities &ldquo; &rdquo; around 1244+N are markup, not mojibake", "&ldquo;1244+N&rdquo;")
m("deadline-invalid", ln('<tr><td width="50">序号</td>'), "numbers in attributes (width=\"50\", width=\"120\", width=\"200\"), not dates", "width=\"120\"")

covers = []
def c(task, line):
    covers.append({"task": task, "line": line})
for n, t in [(1, 3), (2, 2), (3, 5), (4, 6), (5, 9), (6, 10), (7, 11), (8, 12), (9, 14), (10, 18), (11, 21), (12, 24), (13, 28),
             (14, 30), (15, 32), (16, 36), (17, 46), (18, 47), (19, 48), (20, 50), (21, 54), (22, 66), (23, 72), (24, 71), (25, 79),
             (26, 80), (27, 83), (28, 85), (29, 86), (30, 87), (31, 94), (32, 96), (33, 105), (34, 106), (35, 107), (36, 112),
             (37, 114), (38, 116), (39, 118), (40, 121)]:
    c(t, row(n))
c(64, ln('（一）健全组织机构。'))
c(15, ln('（一）构建全方位安全保障体系。'))
c(93, ln('适老化与信息无障碍建设'))
c(68, ln('（二）提升综合高效的市场监管能力。'))
c(73, ln('（二）提升综合高效的市场监管能力。'))
c(77, ln('（三）提升精细智能的社会管理能力。'))
c(104, ln('（六）提升整体高效的政务运行能力。'))
c(102, ln('（五）提升系统科学的生态环境保护能力。'))
c(25, ln('（二）加大财政投入。'))
c(124, ln('（四）强化考核评价。'))
c(123, ln('（四）强化考核评价。'))

key = {
    "writer": "blind writer, round 356; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("青铜峡市 (county-level city under 吴忠) 数字政府建设实施方案, issued 2023-12-08 as 青政发〔2023〕52号, saved as the "
              "government web page's HTML source: <head> with meta (PubDate), an 信息公开 header table, <p>/<h3>/<strong> body with "
              "&nbsp; &ldquo; &rdquo; &mdash; &copy; entities, the 40-row task list as an HTML <table> (one <tr> per line, "
              "columns 序号/主要任务/重点内容/责任单位/完成时限), and a footer. In this file 市 means 青铜峡市; units.txt is the "
              "青铜峡 registry. Structure follows the 吴忠 \"1347\" plan. Deadlines were checked against the regional task list; "
              "the body repeats task 48 with the correct 到2024年底 while the table row says 2025年6月底前."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
