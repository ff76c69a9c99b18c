#!/usr/bin/env python3
# Builds key.json for blind925; every line number is looked up in draft.txt (1-based).
import json

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(sub, after=None):
    """1-based line holding sub; if after is given, the first line after that line number."""
    hits = [i + 1 for i, l in enumerate(lines) if sub in l and (after is None or i + 1 > after)]
    if after is None:
        assert len(hits) == 1, (sub, hits)
    assert hits, sub
    return hits[0]

def M(n):
    """line of measure n (its body line); its trailing line is M(n)+1."""
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith('%d.' % n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def T(n):
    t = M(n) + 1
    assert lines[t - 1].startswith('牵头单位：'), n
    return t

expect = [
    {"rule": "basis-mismatch", "line": L('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office's series, a wrong 文号"},
    {"rule": "deadline-later-than-baseline", "line": L('到2026年'), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 全区各级数字政府建设“34567”体系框架全面成型; the plan sets the same goal for 2026"},
    {"rule": "deadline-later-than-baseline", "line": T(45), "text": "2025年底前",
     "why": "measure 45 (适老化与信息无障碍建设) is task 93, 完成时限 2024年; the plan gives 2025年底前"},
    {"rule": "deadline-invalid", "line": T(41), "text": "16月",
     "why": "2024年16月底前 is an impossible month (a slip for 6月); task 86 (我的宁夏 APP) 完成时限 2024年, so the year itself is not late"},
    {"rule": "unknown-unit", "line": T(19), "text": "市大数据局",
     "why": "not in units.txt: 灵武's body is 市大数据管理服务中心 (short name 市大数据中心); 市大数据局 is not one of its names"},
    {"rule": "garbled-text", "line": M(42), "text": "鎺ㄥ姩瀹炵幇",
     "why": "UTF-8 bytes of 推动实现接诉即办 read as GBK (鎺ㄥ姩瀹炵幇鎺ヨ瘔鍗冲姙)"},
]

def nf(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

mustNot = [
    nf(BM, 2, "the notice's own 文号 灵政办发〔2024〕9号, not a basis citation", "灵政办发〔2024〕9号"),
    nf(BM, L('国发〔2022〕14号'), "national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号"),
    nf(BM, L('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the 工作基础 paragraph, with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号"),
    nf(DI, L('2023年，全市电子政务外网'), "past date in the background (2023 results), not a deadline", "2023年"),
    nf(DI, 6, "the notice's issue date", "2024年3月18日"),
    nf(DL, L('到2024年底'), "local 2024 goals (外网全覆盖 = task 48, 2024年; 系统迁移上云 = task 43, 2024年建成) are not later than the region; no regional 2023 goal is restated", "2024年底"),
    nf(DL, L('到2035年'), "equal to the region's 2035 goal", "2035年"),
    nf(DL, T(1), "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; 2025年底前 is equal", "2025年底前"),
    nf(DL, T(3), "task 5 完成时限 持续推进，2025年取得明显成效; 持续推进 is not a later deadline", "持续推进"),
    nf(UU, T(4), "prefix 市 distributes: 市卫生健康局, 市民政局 are in units.txt", "卫生健康局"),
    nf(DL, T(4), "task 6 完成时限 持续推进，2025年取得明显成效; 2024年底前 is earlier", "2024年底前"),
    nf(DL, T(5), "task 8 完成时限 持续推进，2025年取得明显成效; 2025年6月底前 is earlier", "2025年6月底前"),
    nf(DL, T(7), "task 10 完成时限 持续推进，2025年取得明显成效, copied word for word", "持续推进，2025年取得明显成效"),
    nf(UU, T(7), "collective subject", "各乡镇人民政府"),
    nf(DL, T(8), "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone is 2025, equal", "2025年底前"),
    nf(UU, T(9), "official short name of 市大数据管理服务中心 in units.txt", "市大数据中心"),
    nf(DI, T(11), "task 18's regional deadline 2023年形成机制，长期坚持 copied into a 2024 plan; ongoing, not an impossible or late date", "2023年形成机制，长期坚持"),
    nf(DL, T(11), "equal to task 18 (2023年形成机制，长期坚持), copied", "2023年形成机制，长期坚持"),
    nf(DL, T(13), "tasks 19 (2023年启动，2024年建成) and 43 (2024 年建成，持续推进); 2024年底前 is equal", "2024年底前"),
    nf(DL, T(15), "task 22 (审管协同) 完成时限 2025年; 2024年底前 is earlier", "2024年底前"),
    nf(UU, T(15), "official short name 市市场监督管理局 (canonical) and 市审批局 (short of 市审批服务管理局)", "市市场监督管理局"),
    nf(DL, T(17), "task 28 完成时限 2023年启动，2025年取得明显成效; 2025年底前 is equal", "2025年底前"),
    nf(UU, T(20), "prefix 市 distributes: 市工业和信息化局 is in units.txt; 和 inside a name is not a separator", "工业和信息化局"),
    nf(DL, T(22), "task 48 完成时限 2024 年; 2024年10月底前 is earlier", "2024年10月底前"),
    nf(UU, T(22), "collective subject", "各乡镇人民政府"),
    nf(DL, T(24), "task 49 (视频一张网) 完成时限 2025 年; 2025年6月底前 is earlier", "2025年6月底前"),
    nf(DL, T(25), "tasks 52 (2025年) and 53 (2024年); 2024年底前 is equal to the earlier one", "2024年底前"),
    nf(UU, T(26), "short name of 国家税务总局灵武市税务局 in units.txt", "灵武市税务局"),
    nf(UU, T(27), "short name 市发改局; the two fields are separated by full-width spaces", "市发改局"),
    nf(DL, T(28), "task 58 完成时限 2024年; 2024年11月底前 is earlier", "2024年11月底前"),
    nf(DL, T(29), "task 64 (各市、县（区）负责) 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前"),
    nf(UU, T(30), "collective subject", "各乡镇（街道）"),
    nf(DL, T(32), "task 66 完成时限 2025年; equal", "2025年底前"),
    nf(UU, T(34), "prefix 市 distributes: 市农业农村局 and 市卫健局 (short name of 市卫生健康局)", "卫健局"),
    nf(DL, T(34), "task 71 完成时限 2024年; 2024年8月底前 is earlier", "2024年8月底前"),
    nf(UU, T(35), "collective subject", "市直有关部门"),
    nf(UU, T(38), "in units.txt", "灵武市消防救援大队"),
    nf(DL, T(42), "task 87 (12345) 完成时限 2023年启动，2025年完成; 2024年底前 is earlier", "2024年底前"),
    nf(UU, T(46), "a registry name (银川市's 分局 stationed in 灵武); never split, and not a city-level unit misplaced", "银川市生态环境局灵武分局"),
    nf(UU, T(49), "short name of 银川市生态环境局灵武分局 in units.txt", "生态环境局灵武分局"),
    nf(DL, T(51), "tasks 104 and 105 完成时限 2024年; 2024年6月底前 is earlier", "2024年6月底前"),
    nf(DL, T(53), "task 107 (视频会议) 完成时限 2025年; 2024年底前 is earlier", "2024年底前"),
    nf(DL, T(54), "task 108 完成时限 长期推进，2024年取得明显成效, copied word for word", "长期推进，2024年取得明显成效"),
    nf(DL, T(55), "task 111 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
    nf(UU, T(17), "short name 市政府办 of 市人民政府办公室", "市政府办"),
    nf(DI, L('2024年12月15日前报送'), "the office's own reporting dates, not task deadlines", "2024年12月15日"),
    nf(DL, L('2024年12月15日前报送'), "the office's own reporting dates, not task deadlines", "2024年12月15日"),
    nf(UU, L('按照银川市统一部署'), "银川市 named as the source of an arrangement in the text, not as a responsible unit", "银川市"),
]

covers_spec = [
    (2, 2), (3, 1), (5, 3), (6, 4), (8, 5), (9, 6), (10, 7), (11, 8), (12, 9),
    (18, 11), (16, 12), (19, 13), (43, 13), (21, 14), (22, 15), (23, 16), (28, 17),
    (33, 18), (34, 18), (41, 19), (42, 20), (40, 21), (48, 22), (47, 22), (50, 23), (49, 24),
    (52, 25), (53, 25), (55, 26), (56, 26), (57, 27), (58, 28), (64, 29), (65, 31), (66, 32),
    (70, 33), (71, 34), (74, 35), (77, 36), (79, 37), (80, 38), (83, 39), (84, 40), (86, 41),
    (87, 42), (88, 43), (89, 43), (90, 44), (93, 45), (94, 46), (96, 47), (97, 48), (102, 49),
    (103, 50), (104, 51), (105, 51), (106, 52), (107, 53), (108, 54), (111, 55), (112, 56),
    (113, 57), (114, 58), (115, 59),
]
covers = [{"task": t, "line": M(m)} for t, m in covers_spec]
covers += [
    {"task": 116, "line": L('“一把手工程”')},
    {"task": 122, "line": L('纳入市效能目标管理考核')},
    {"task": 123, "line": L('纳入市效能目标管理考核')},
    {"task": 124, "line": L('纳入市效能目标管理考核')},
]

key = {
    "writer": "blind writer, round 925; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNot,
    "covers": covers,
    "notes": ("灵武市 (county-level city under 银川市) 2024 实施方案, issued 2024-03-18 as 灵政办发〔2024〕9号. "
              "Each numbered measure (1-59) is followed by one line '牵头单位：…    完成时限：…' with the two fields separated by "
              "spaces (line of measure 27 uses two full-width spaces). No parent plan is given: the 银川 plan is not cited as a basis. "
              "The 保障 section (六) has no trailing lines. Six planted slips; no task-uncovered is planted."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mustNot), len(covers))
for e in expect:
    print(e['rule'], e['line'], lines[e['line'] - 1][:60])
