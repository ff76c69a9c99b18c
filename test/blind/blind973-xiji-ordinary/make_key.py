# Builds key.json from draft.txt: every line number is found by a unique substring (1-based).
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def ln(s, row=None):
    hits = [i + 1 for i, l in enumerate(lines) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]

def row(n):
    """line of task-list row n (first cell == n)"""
    hits = [i + 1 for i, l in enumerate(lines) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def has(line, s):
    assert s in lines[line - 1], (line, s, lines[line - 1][:40])
    return line

expect = [
    {"rule": "basis-mismatch", "line": has(ln('宁政发〔2023〕71号'), '宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; digits transposed"},
    {"rule": "garbled-text", "line": ln('鎺ㄨ繘鏁板瓧涔℃潙'), "text": "鎺ㄨ繘鏁板瓧涔℃潙",
     "why": "UTF-8 bytes of 推进数字乡村 read as GBK (sub-item title of the 数字乡村 paragraph)"},
    {"rule": "deadline-invalid", "line": has(row(15), '2024年9月31日前'), "text": "9月31日",
     "why": "September has 30 days; task-list row 15 (城域网升级/外网延伸到村, regional tasks 47/48, 完成时限 2024年) — year itself equals the region's"},
    {"rule": "unknown-unit", "line": has(row(35), '县商务局'), "text": "县商务局",
     "why": "not in units.txt; 西吉 has 县工业信息化和商务局 (县工信商务局), no separate 商务局"},
    {"rule": "deadline-later-than-baseline", "line": has(row(37), '2025年底前'), "text": "2025年底",
     "why": "regional task 93 (适老化与信息无障碍建设, 各市、县（区）按照职能分别负责) 完成时限 2024年"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "deliberately left out: 政务新媒体矩阵 (各市、县（区）分别负责, 2024年) appears nowhere — the 政务公开 section has only 信息公开 and 政民互动"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in lines[line - 1], (text, line)
        e["text"] = text
    e["why"] = why
    M.append(e)

# basis / citations
m("basis-mismatch", ln('国发〔2022〕14号'), "national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号")
m("basis-mismatch", ln('宁政办发〔2023〕11号'), "数字宁夏“1244+N”行动计划实施方案 cited exactly as the 吴忠 seed plan cites it", "宁政办发〔2023〕11号")
m("basis-mismatch", ln('固原市人民政府《关于加强数字政府建设的实施方案》'), "city plan cited by title alone, as DOMAIN says a city plan may have no 文号", "固原市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in 工作基础 (自…印发以来), not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('西政办发〔2024〕27号'), "the document's own 文号 (office notice), not a basis citation", "西政办发〔2024〕27号")
# dates that are not deadlines / past dates
m("deadline-invalid", ln('2024年4月18日'), "issue date of the notice", "2024年4月18日")
m("deadline-invalid", ln('2023年，全县政务服务事项'), "past achievement in 工作基础 (background), not a deadline", "2023年")
m("deadline-invalid", ln('2024年12月10日前报送年度工作总结'), "the office's own reporting date, not a task deadline", "2024年12月10日前")
m("deadline-invalid", row(52), "task 116 完成时限 2023年完成并长期坚持 copied verbatim from the regional list; a copied regional deadline before the plan year", "2023年完成并长期坚持")
# goals
m("deadline-later-than-baseline", ln('到2024年底，县直各部门'), "2024 goal: 信创云迁移 (task 43 2024年建成/46 2024年), 外网三级覆盖 (task 48 2024年), 一网通办 (task 84 2024年) — equal", "2024年底")
m("deadline-later-than-baseline", ln('到2025年，全县数字政府建设工作体系全面成型'), "equal to the regional 主要目标 到2025年 (体系框架全面成型, 数据治理初见成效)", "2025年")
m("deadline-later-than-baseline", ln('到2035年，与政府治理能力'), "equal to the regional 到2035年 goal", "2035年")
# equal / earlier task deadlines
m("deadline-later-than-baseline", row(1), "task 2 完成时限 2023年启动，2024年取得明显成效; 2024年 equal", "2024年")
m("deadline-later-than-baseline", row(2), "task 3 持续推进，2025年取得明显成效; identical", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(7), "task 11 2023年完成主要建设任务，2025年取得明显成效; completing milestone 2025 equal", "2025年取得明显成效")
m("deadline-later-than-baseline", row(9), "task 23 完成时限 2024年; 2024年12月底前 is the same year", "2024年12月底前")
m("deadline-later-than-baseline", row(10), "task 28 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal, only the start is the plan's own year", "2024年启动，2025年取得明显成效")
m("deadline-later-than-baseline", row(14), "task 43 2024年建成，持续推进 / task 46 2024年; equal", "2024年底前")
m("deadline-later-than-baseline", row(21), "task 64 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(33), "task 87 (12345 接诉即办) 2023年启动，2025年完成; 2025年 equal", "2025年")
m("deadline-later-than-baseline", row(47), "task 108 长期推进，2024年取得明显成效; identical", "长期推进，2024年取得明显成效")
m("deadline-later-than-baseline", row(48), "task 111 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", row(53), "task 121 长期坚持; identical", "长期坚持")
# units
m("unknown-unit", ln('各乡镇人民政府，县直各部门（单位）：'), "collective subjects (addressees)", "县直各部门（单位）")
m("unknown-unit", row(30), "collective subject", "各村（社区）")
m("unknown-unit", row(3), "collective subject", "县直有关部门（单位）")
m("unknown-unit", row(49), "official short name of 县人民政府办公室 in units.txt", "县政府办")
m("unknown-unit", row(31), "official short name of 县审批服务管理局 in units.txt", "县审批局")
m("unknown-unit", row(24), "short names in units.txt (县市场监管局, 县卫健局, 县工信商务局)", "县工信商务局")
m("unknown-unit", row(19), "short name of 国家税务总局西吉县税务局 in units.txt", "县税务局")
m("unknown-unit", row(7), "short name of 县供销合作社联合社 in units.txt", "县供销社")
m("unknown-unit", row(27), "prefix 县 distributes: 县司法局, 县信访局 are in units.txt", "司法局")
m("unknown-unit", row(38), "a city-level branch listed in units.txt, not 县-prefixed", "固原市生态环境局西吉分局")
m("unknown-unit", row(29), "listed in units.txt (西吉县气象局, 县消防救援大队)", "西吉县气象局")
m("unknown-unit", ln('领导小组办公室设在县人民政府办公室'), "数字宁夏建设运营有限公司 is named as a service provider the county relies on (regional task 62), not as a responsible unit", "数字宁夏建设运营有限公司")
m("unknown-unit", ln('报送县推进数字政府建设领导小组办公室'), "the body that receives progress reports, defined in 四（一） as seated in 县人民政府办公室; not a responsible unit of a task", "县推进数字政府建设领导小组办公室")

covers = [
    (2, row(1)), (3, row(2)), (6, row(3)), (7, row(4)), (8, row(5)), (10, row(6)), (11, row(7)),
    (14, ln('强化安全管理责任。明确县、乡两级')), (18, ln('提升安全防护能力。建立健全动态监控')),
    (21, row(8)), (23, row(9)), (28, row(10)), (32, ln('完善数据管理机制。明确县直各部门')),
    (33, row(11)), (34, row(11)), (41, row(12)), (42, row(13)), (43, row(14)), (48, row(15)), (49, row(17)), (50, row(16)),
    (54, row(18)), (56, row(19)), (57, row(20)), (64, row(21)), (66, row(22)), (70, row(23)),
    (71, row(24)), (73, row(25)), (74, row(26)), (77, row(27)), (79, row(28)), (80, row(29)),
    (83, row(30)), (84, row(31)), (86, row(32)), (87, row(33)), (88, row(34)), (89, row(35)),
    (90, row(36)), (93, row(37)), (94, row(38)), (96, row(39)), (97, row(40)), (98, row(41)),
    (100, row(42)), (103, row(43)), (104, row(44)), (105, row(44)), (106, row(45)), (107, row(46)),
    (108, row(47)), (111, row(48)), (112, row(49)), (113, row(50)), (115, row(51)), (116, row(52)),
    (121, row(53)),
]
key = {
    "writer": "blind writer, round 973; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-08",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("西吉县 (固原市) 2024 实施方案 with a 2024—2025 task list; no parent plan is supplied (the 固原 plan is cited by title only). "
              "Six planted slips: wrong 文号 of the regional basis, a mojibake sub-item title, an impossible date (9月31日), "
              "an unregistered unit (县商务局), one late deadline (task 93), and task 114 (政务新媒体矩阵) left out. "
              "All pillars of the 34567 framework and the 党的领导 items are present by heading and content. "
              "Line numbers are computed by make_key.py against the final draft.txt."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
