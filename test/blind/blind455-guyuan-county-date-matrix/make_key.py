#!/usr/bin/env python3
"""Builds key.json for blind case 455 from draft.txt, locating every line by a unique anchor
and checking that the quoted text occurs on that line (1-based line numbers)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in lines[n - 1], (text, n)
    return n


def cell(row_no, county):
    """line of matrix row `row_no` and the text of the cell for `county`."""
    header = [l for l in lines if l.startswith('序号\t')][0].split('\t')
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f'{row_no}\t')]
    assert len(hits) == 1, row_no
    n = hits[0]
    cells = lines[n - 1].split('\t')
    assert len(cells) == len(header) == 8, (row_no, cells)
    return n, cells[header.index(county)]


E, M, C = [], [], []

# ---------------- planted mistakes ----------------
E.append({"rule": "basis-mismatch", "line": ln('（宁政办发〔2023〕17号）', '宁政办发〔2023〕17号'),
          "text": "宁政办发〔2023〕17号",
          "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office's prefix, so the 文号 does not belong to the title"})
E.append({"rule": "unknown-unit", "line": ln('太阳山开发区管委会', '太阳山开发区管委会'),
          "text": "太阳山开发区管委会",
          "why": "a 吴忠 park copied from the 吴忠 template; not in the 固原 units.txt nor a regional unit (固原经济技术开发区管委会 beside it is the right one)"})
E.append({"rule": "deadline-later-than-baseline", "line": ln('2026年底前完成热线智能交互建设', '2026年底'),
          "text": "2026年底",
          "why": "task 87 (12345热线智能交互建设, 各地级市具体负责) 完成时限 '2023年启动，2025年完成'; 2026 is later"})
n, v = cell(1, '西吉县'); assert v == '2025年6月'
E.append({"rule": "deadline-later-than-baseline", "line": n, "text": "2025年6月",
          "why": "matrix row 1, 西吉县: 城域网升级改造、市县乡村全覆盖 is task 48 '2024年' (各市、县（区）具体负责); 2025年6月 is later (and contradicts the body's 2024年底前 and the 2024 goal)"})
n, v = cell(5, '泾源县'); assert v == '2025年底'
E.append({"rule": "deadline-later-than-baseline", "line": n, "text": "2025年底",
          "why": "matrix row 5, 泾源县: 适老化与信息无障碍建设 is task 93 '2024年' (各市、县（区）按照职能分别负责); 2025年底 is later (the body's line also says 2024年底前)"})
n, v = cell(6, '隆德县'); assert v == '2024年13月'
E.append({"rule": "deadline-invalid", "line": n, "text": "13月",
          "why": "matrix row 6, 隆德县: '2024年13月' is an impossible month (task 114 is due '2024年'; probably meant 2024年12月 or 2025年3月)"})

# ---------------- near misses ----------------
def mnf(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert text in lines[line - 1], (text, line)
        d["text"] = text
    d["why"] = why
    M.append(d)

DL, UU, BM, DI = 'deadline-later-than-baseline', 'unknown-unit', 'basis-mismatch', 'deadline-invalid'

# matrix cells
n, v = cell(1, '彭阳县'); assert v == '已完成'
mnf(DL, n, "row 1 彭阳县 '已完成' (task 48, 2024年): already done, not a deadline", '已完成')
n, v = cell(1, '泾源县'); assert v == '2024年12月'
mnf(DL, n, "row 1 泾源县 '2024年12月' equals task 48 '2024年'; 原州区 2024年6月 and 隆德县 2024年9月 are earlier", '2024年12月')
n, v = cell(2, '彭阳县'); assert v == '2024年底'
mnf(DL, n, "row 2 (task 47, '2024年'): every cell is in 2024, 彭阳县 '2024年底' is equal", '2024年底')
n, v = cell(3, '原州区'); assert v == '2024年12月'
mnf(DL, n, "row 3 (政务信息系统迁移上云, task 46 '2024年' / task 43 '2024年建成，持续推进'): all cells 2024, equal or earlier", '2024年12月')
n, v = cell(4, '原州区'); assert v == '已完成'
mnf(DL, n, "row 4 (task 30, '2023年'): all five cells '已完成' — no later date given", '已完成')
mnf(DI, n, "row 4 '已完成' cells carry no date, so nothing before the plan year either", '已完成')
n, v = cell(5, '隆德县'); assert v == '已完成'
mnf(DL, n, "row 5 隆德县 '已完成' (task 93), matching the background line; 彭阳县/西吉县 '2024年12月' equal task 93 '2024年'", '已完成')
n, v = cell(6, '泾源县'); assert v == '2024年12月'
mnf(DL, n, "row 6 other cells (2024年6月, 2024年9月, 2024年12月) are not later than task 114 '2024年'", '2024年12月')
n, v = cell(7, '隆德县'); assert v == '2024年底'
mnf(DL, n, "row 7 (雪亮工程, task 79 '2024年'): '2024年底' equal, '已完成' cells done", '2024年底')
n, v = cell(8, '西吉县'); assert v == '2025年12月'
mnf(DL, n, "row 8 (互联网+基层治理, task 83 '2025年'): 西吉县 '2025年12月' and 隆德县 '2025年' are equal; others earlier", '2025年12月')
n, v = cell(9, '彭阳县'); assert v == '2025年12月'
mnf(DL, n, "row 9 (非税收入收缴电子化, task 56 '2025年'): 彭阳县 '2025年12月' equal; 西吉县 2025年6月 earlier", '2025年12月')
n, v = cell(10, '西吉县'); assert v == '2025年6月'
mnf(DL, n, "row 10 (互联网+城乡供水, task 96 '2025年'): 2025年6月 is earlier, 彭阳县 '已完成'", '2025年6月')
n, v = cell(11, '西吉县'); assert v == '—'
mnf(DL, n, "row 11 (智慧园区, task 3 '持续推进，2025年取得明显成效'): '—' means not applicable; '2025年' cells are equal", '—')
n, v = cell(12, '隆德县'); assert v == '2024年6月'
mnf(DL, n, "row 12 (县区领导机构和工作专班) is task 64 '2025年' (各市、县（区）负责), so 2024年6月 is earlier; task 60 (2023) is about the 自治区 leading group, not county bodies", '2024年6月')
n, v = cell(13, '隆德县'); assert v == '2025年6月'
mnf(DL, n, "row 13 (视频会议系统资源整合, task 107 '2025年'): 2025年6月 / 2025年 not later", '2025年6月')
n, v = cell(14, '原州区'); assert v == '2024年12月'
mnf(DL, n, "row 14 (tasks 40 and 54, both '2024年'): all cells in 2024", '2024年12月')
n, v = cell(15, '隆德县'); assert v == '2025年6月'
mnf(DL, n, "row 15 (数字乡村, task 10 '持续推进，2025年取得明显成效'): 2025年 / 2025年6月 not later", '2025年6月')
hdr = ln('序号\t重点任务')
mnf(UU, hdr, "column headers 原州区…彭阳县 are the county governments' short names (aliases in units.txt), not units to look up", '原州区')
mnf(DL, ln('说明：表中为各县（区）完成时限'), "'截至2024年3月底' is the office's status cut-off date for '已完成', not a deadline", '2024年3月底')

# preamble, notice, background
mnf(BM, ln('固政办发〔2024〕31号'), "the notice's own 文号, not a basis citation", '固政办发〔2024〕31号')
mnf(UU, ln('原州区、西吉县、隆德县、泾源县、彭阳县人民政府，'), "addressees: the five county governments (in units.txt), 市政府各部门 collective", '彭阳县人民政府')
mnf(DI, ln('2024年4月18日'), "issuing date of the notice", '2024年4月18日')
bl = ln('（国发〔2022〕14号）')
mnf(BM, bl, "国发〔2022〕14号 is correct for 《国务院关于加强数字政府建设的指导意见》", '国发〔2022〕14号')
mnf(BM, bl, "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is a real regional document cited the same way by the 吴忠 plan", '宁政办发〔2023〕11号')
bg = ln('宁政办发〔2020〕14号')
mnf(BM, bg, "retrospective mention of the 2020 工作要点 in the 发展基础 section, correct title and 文号; not a basis", '宁政办发〔2020〕14号')
mnf(DI, bg, "'截至2023年底', '2023年', '2020年' are past dates in the background section", '截至2023年底')
mnf(DL, ln('到2024年底，全市电子政务外网实现'), "2024 goals equal task 48 '2024年' (外网市县乡村全覆盖) and task 43 '2024年建成' (信创云)", '2024年底')
mnf(DL, ln('到2025年，全市数字政府建设体系框架全面成型'), "equals the region's 到2025年 goal (体系框架全面成型)", '2025年')
mnf(DL, ln('到2035年，与政府治理能力现代化'), "equals the region's 到2035年 goal", '2035年')

# body deadlines
z = ln('加快推进“智慧园区”建设')
mnf(DL, z, "'到2025年取得明显成效' equals task 3 '持续推进，2025年取得明显成效'", '2025年')
mnf(UU, z, "固原经济技术开发区管委会 is in units.txt; 各县（区）人民政府 is a collective", '固原经济技术开发区管委会')
mnf(DL, ln('2025年前实现全市中小学数字校园全覆盖'), "task 7 '2023年形成试点经验，2025年取得明显成效'; 2025年前 is not later", '2025年前')
mnf(DL, ln('推进数字乡村建设，补齐乡村'), "equals task 10 '持续推进，2025年取得明显成效'", '2025年')
mnf(DL, ln('提高自主可控水平。'), "2024年底 equals task 43 '2024年建成，持续推进' (and task 19 '2024年建成')", '2024年底')
mnf(UU, ln('强化安全管理责任。'), "市委网信办 in units.txt; 市直各部门, 各县（区）人民政府 are collectives", '市直各部门')
mnf(DL, ln('以数字化改革助力政府职能转变。'), "2025年底 equals task 22 '2025年' (审管协同, 各地级市具体负责); it dates the 审管协同 sentence, not the 行政权力事项 sentence (task 21)", '2025年底')
mnf(UU, ln('创新数字政府建设管理机制。'), "市发展改革委 is the official short name; 市审计局, 市大数据局 (alias) in units.txt", '市发展改革委')
mnf(DL, ln('开展试点示范。每年确定'), "'2025年取得明显成效' equals task 28 '2023年启动，2025年取得明显成效'", '2025年')
dd = ln('深化数据高效共享。')
mnf(DL, dd, "2024年底 equals tasks 33/34 '2024年' (基础库、主题库); task 36 (供需对接, 2023) is on the line above without a date", '2024年底')
mnf(UU, dd, "自治区政府办公厅 is mentioned as the upper body the city reports to, not as the lead of a local task", '自治区政府办公厅')
mnf(DL, ln('促进数据有序开发利用。'), "2024年底 equals task 41 '2024年' (公共数据开放)", '2024年底')
nw = ln('提升网络平台支撑能力。')
mnf(DL, nw, "2024年底 equals tasks 47/48 '2024年'", '2024年底')
mnf(DL, nw, "2025年底 dates the 视频一张网 sentence: equals task 49 '2025年'", '2025年底')
mnf(DL, ln('推进财政电子化管理。'), "2025年底 dates 非税收入收缴电子化: equals task 56 '2025年' (task 55, 2024, is the undated next sentence)", '2025年底')
mnf(DL, ln('（一）健全组织机构。调整充实'), "2024年底 for county leading bodies is earlier than task 64 '2025年'", '2024年底')
mnf(DL, ln('（一）提升科学精准的经济调节能力。'), "2025年底 dates the 产业链图谱 sentence: equals task 66 '2025年'", '2025年底')
mnf(DL, ln('全链条数字化追溯监管，2024年底前'), "equals task 71 '2024年'", '2024年底')
mnf(DL, ln('持续推进“雪亮工程”向乡村延伸'), "equals task 79 '2024年'", '2024年底')
jc = ln('深入实施“互联网+基层治理”行动')
mnf(DL, jc, "equals task 83 '2025年'", '2025年底')
mnf(UU, jc, "各县（区）人民政府, 各乡镇（街道） are collectives; 市应急管理局 etc. in units.txt", '各乡镇（街道）')
mnf(DL, ln('2024年底前，完成全市各级政府网站'), "equals task 93 '2024年'", '2024年底')
mnf(DL, ln('深化“互联网+城乡供水”建设，2025年底前'), "equals task 96 '2025年'", '2025年底')
mnf(DL, ln('依托全区统一的填表报数系统'), "both 2025年底 equal tasks 106 and 107 '2025年'", '2025年底')
mnf(UU, ln('（七）提升全面规范的政务公开能力。'), "市政府办公室 is an alias of 市人民政府办公室; 市融媒体中心 in units.txt", '市政府办公室')
kh = ln('（四）强化考核评价。')
mnf(DL, kh, "'每年6月20日、12月20日前' are the office's own reporting dates, not task deadlines", '6月20日')
mnf(UU, kh, "市大数据局 alias; 市数字政府建设领导小组办公室 is in units.txt", '市数字政府建设领导小组办公室')

# ---------------- covers ----------------
cov = [
    (3, '加快推进“智慧园区”建设'), (5, '完善数字经济治理体系。'), (6, '（二）引领数字社会建设。'),
    (7, '深入推广国家智慧教育平台应用'), (8, '深入推广国家智慧教育平台应用'), (9, '推进智慧城市建设，'),
    (10, '推进数字乡村建设，补齐乡村'), (11, '推进数字乡村建设，补齐乡村'), (12, '（三）营造良好数字生态。'),
    (14, '强化安全管理责任。'), (15, '强化安全管理责任。'), (18, '提升安全防护能力。'),
    (43, '提高自主可控水平。'), (21, '以数字化改革助力政府职能转变。'), (22, '以数字化改革助力政府职能转变。'),
    (23, '创新数字政府建设管理机制。'), (24, '创新数字政府建设管理机制。'), (28, '开展试点示范。每年确定'),
    (31, '完善数据管理机制。'), (32, '完善数据管理机制。'), (36, '完善数据管理机制。'),
    (33, '深化数据高效共享。'), (37, '深化数据高效共享。'), (41, '促进数据有序开发利用。'),
    (42, '促进数据有序开发利用。'), (40, '强化电子公文管理。'), (54, '强化电子公文管理。'),
    (46, '强化政务云平台支撑能力。'), (47, '提升网络平台支撑能力。'), (48, '提升网络平台支撑能力。'),
    (49, '提升网络平台支撑能力。'), (50, '提升网络平台支撑能力。'), (51, '加强共性应用支撑能力。'),
    (56, '推进财政电子化管理。'), (55, '推进财政电子化管理。'), (64, '（一）健全组织机构。调整充实'),
    (66, '（一）提升科学精准的经济调节能力。'), (68, '（二）提升综合高效的市场监管能力。'),
    (70, '（二）提升综合高效的市场监管能力。'), (71, '全链条数字化追溯监管，2024年底前'),
    (73, '全链条数字化追溯监管，2024年底前'), (77, '（三）提升精细智能的社会管理能力。'),
    (79, '持续推进“雪亮工程”向乡村延伸'), (80, '持续推进“雪亮工程”向乡村延伸'),
    (83, '深入实施“互联网+基层治理”行动'), (84, '（四）提升普惠便捷的公共服务能力。'),
    (85, '（四）提升普惠便捷的公共服务能力。'), (86, '（四）提升普惠便捷的公共服务能力。'),
    (87, '2026年底前完成热线智能交互建设'), (88, '2026年底前完成热线智能交互建设'),
    (93, '2024年底前，完成全市各级政府网站'), (94, '（五）提升系统科学的生态环境保护能力。'),
    (95, '（五）提升系统科学的生态环境保护能力。'), (96, '深化“互联网+城乡供水”建设，2025年底前'),
    (98, '深化“互联网+城乡供水”建设，2025年底前'), (101, '深化“互联网+城乡供水”建设，2025年底前'),
    (103, '（六）提升整体高效的政务运行能力。'), (104, '（六）提升整体高效的政务运行能力。'),
    (105, '（六）提升整体高效的政务运行能力。'), (106, '依托全区统一的填表报数系统'),
    (107, '依托全区统一的填表报数系统'), (111, '依托全区统一的填表报数系统'),
    (112, '（七）提升全面规范的政务公开能力。'), (114, '（七）提升全面规范的政务公开能力。'),
    (115, '（七）提升全面规范的政务公开能力。'), (116, '（一）加强组织领导。各级党委'),
    (118, '（三）提升数字素养。'), (122, '（四）强化考核评价。'), (123, '（四）强化考核评价。'),
    (30, '4\t编制政务数据资源目录'),
]
for t, a in cov:
    C.append({"task": t, "line": ln(a)})
C.sort(key=lambda c: (c["task"], c["line"]))
assert len({c["task"] for c in C}) == len(C)

key = {
    "writer": "blind writer, round 455; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": E,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("固原市 plan of 2024-04-18 issued by the 市政府办公室 (固政办发〔2024〕31号), basis the national 指导意见 and 宁政发〔2023〕17号, "
              "no parent plan. The annex (lines %d-%d) is a tab-separated matrix: rows are tasks, columns 市级牵头单位 and the five "
              "counties/districts; a cell is a completion date, '已完成' (done by 2024-03-31) or '—' (not applicable). Regional "
              "deadlines for the matrix rows: 1→task 48 (2024年), 2→47 (2024年), 3→46/43 (2024年), 4→30 (2023年), 5→93 (2024年), "
              "6→114 (2024年), 7→79 (2024年), 8→83 (2025年), 9→56 (2025年), 10→96 (2025年), 11→3 (持续推进，2025年取得明显成效), "
              "12→64 (2025年), 13→107 (2025年), 14→40/54 (2024年), 15→10 (持续推进，2025年取得明显成效). "
              "No task is deliberately left out; task-uncovered reports are information only and not annotated.")
            % (ln('附件：固原市数字政府重点任务分县（区）推进时限表'), len(lines)),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('lines', len(lines), 'expect', len(E), 'mustNotFlag', len(M), 'covers', len(C))
for e in E:
    print(e['rule'], e['line'], e['text'])
