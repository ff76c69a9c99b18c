#!/usr/bin/env python3
"""Builds key.json for blind848; every line number is looked up in draft.txt by its text."""
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')[:-1]

def ln(snippet, start=None, occurrence=1):
    """1-based line holding snippet (optionally a line starting with `start`); asserts uniqueness."""
    hits = [i + 1 for i, l in enumerate(L) if snippet in l and (start is None or l.startswith(start))]
    assert len(hits) == occurrence or (occurrence == 1 and len(hits) == 1), (snippet, start, hits)
    return hits[0]

def item(part_heading, num):
    """line of measure `num.` inside the part whose heading starts with part_heading"""
    s = ln(part_heading, start=part_heading)
    for i in range(s, len(L)):
        if L[i].startswith(f'{num}.'):
            return i + 1
    raise AssertionError((part_heading, num))

P2, P3, P4, P5, P6 = '二、', '三、', '四、', '五、', '六、'
SUM2 = ln('本部分第1项由县枸杞产业发展服务中心牵头')
SUM3 = ln('本部分第1—3项由县委网信办牵头')
SUM4 = ln('本部分第1项由县政府办牵头')
SUM5 = ln('本部分第1项由县发改局牵头')
SUM6 = ln('本部分各项工作由县委办')
PRE = ln('根据《国务院关于加强数字政府建设的指导意见》')
BG = ln('近年来，我县认真落实')

# sanity checks on the planted texts
assert '宁政发〔2023〕71号' in L[PRE - 1]
assert '鏀垮姟鏁版嵁鍏变韩浜ゆ崲骞冲彴' in L[BG - 1]
assert '第8项由县大数据服务中心牵头，县直各部门（单位）配合，2025年底前完成' in L[SUM3 - 1]
assert '第17项由县发改局牵头，县市场监管局配合，20244年底前完成' in L[SUM3 - 1]
assert '第24项由县信息办牵头' in L[SUM5 - 1]
assert L[item(P3, 8) - 1].startswith('8.推动公共数据有序开放')
assert L[item(P3, 17) - 1].startswith('17.提升信用信息服务能力')
assert L[item(P5, 24) - 1].startswith('24.推广协同办公和“宁政通”')
for w in ['政务公开', '信息公开', '新媒体', '政民互动', '政策文件库', '一库通查']:
    assert not any(w in l for l in L), w

expect = [
    {"rule": "basis-mismatch", "line": PRE, "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 71 is a transposed number that does not belong to this title"},
    {"rule": "garbled-text", "line": BG, "text": "鏀垮姟鏁版嵁",
     "why": "UTF-8 bytes of 政务数据共享交换平台 read as GBK (鏀垮姟鏁版嵁鍏变韩浜ゆ崲骞冲彴); re-encoding as GBK and decoding as UTF-8 recovers it"},
    {"rule": "deadline-later-than-baseline", "line": SUM3, "text": "2025年底前",
     "why": f"第8项 of part 三 (line {item(P3, 8)}, 推动公共数据有序开放: 公共数据开放目录、责任清单、统一开放平台、分类分级开放) is task 41, 完成时限 2024年; the part's closing paragraph gives 第8项 2025年底前 (the other 2025年底前 on this line, 第7项 task 28 and 第16项 task 56, are equal to the region)"},
    {"rule": "deadline-invalid", "line": SUM3, "text": "20244年",
     "why": f"impossible year (typo for 2024年) given to 第17项 of part 三 (line {item(P3, 17)}, 信用信息服务, task 57, 完成时限 2024年)"},
    {"rule": "unknown-unit", "line": SUM5, "text": "县信息办",
     "why": f"lead of 第24项 of part 五 (line {item(P5, 24)}, 协同办公和宁政通, tasks 104/105); no 县信息办 in units.txt (the county's 信息化 office no longer exists; the registry has 县大数据服务中心)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "part 五 takes up six of the 七个能力 (经济调节, 市场监管, 社会管理, 公共服务, 生态环境保护, 政务运行); nothing on 政务公开 (no 政务公开平台, 政策文件库, 政务新媒体, 政民互动) anywhere in the draft, and the part's intro sentence also omits it"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "政务公开信息化平台 / 网上发布为主 — 自治区各部门（单位）及各市、县（区）分别负责, 2024年; left out with the 政务公开 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务新媒体矩阵体系 — 自治区各部门（单位）及各市、县（区）分别负责, 2024年; left out with the 政务公开 pillar"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line)
        e["text"] = text
    e["why"] = why
    M.append(e)

# citations
mnf("basis-mismatch", ln('中宁政办发〔2024〕9号'), "the notice's own 文号 (中宁县 office), not a basis document; not 宁政办发", "中宁政办发〔2024〕9号")
mnf("basis-mismatch", PRE, "national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号")
mnf("basis-mismatch", PRE, "《数字宁夏“1244+N”行动计划实施方案》 with the 文号 the 吴忠 plan gives it", "宁政办发〔2023〕11号")
mnf("basis-mismatch", PRE, "the city plan cited by title alone, as DOMAIN says city plans often are; no parent plan is supplied for 中卫", "中卫市人民政府《关于加强数字政府建设的实施方案》")
mnf("basis-mismatch", BG, "retrospective mention of the 2020 工作要点 in the 工作基础 background, correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
# dates that are not deadlines
mnf("deadline-invalid", ln('2024年3月18日'), "issue date of the notice", "2024年3月18日")
mnf("deadline-invalid", BG, "past date in the background (what was done in 2023), not a deadline", "2023年")
mnf("deadline-invalid", ln('2022年以来'), "past date in the background", "2022年以来")
mnf("deadline-invalid", ln('各牵头单位要于每季度'), "the office's own reporting dates, not task deadlines", "2024年12月20日前")
# goals
mnf("deadline-later-than-baseline", ln('到2024年底，电子政务外网'), "2024 goals: 外网 三级全覆盖 = task 48 (2024年), 系统迁移上云 = task 46 (2024年), 行政权力事项网上运行 = task 21 (2024年); equal", "到2024年底")
mnf("deadline-later-than-baseline", ln('到2025年，全县数字政府建设体系框架全面成型'), "region: 到2025年 “34567”体系框架全面成型; equal", "到2025年")
mnf("deadline-later-than-baseline", ln('到2035年'), "region: 到2035年 数字政府全面建成; equal", "到2035年")
# part 二 closing paragraph
mnf("deadline-later-than-baseline", SUM2, f"第1项 (line {item(P2,1)}, 枸杞产业数据) = task 2, 完成时限 2023年启动，2024年取得明显成效; equal", "2024年底前取得明显成效")
mnf("deadline-later-than-baseline", SUM2, "第2—8项 = tasks 3, 5, 6, 8, 9, 10, all 持续推进，2025年取得明显成效; the draft gives 持续推进，2025年底前取得明显成效: equal", "持续推进，2025年底前取得明显成效")
mnf("deadline-later-than-baseline", SUM2, f"第9项 (line {item(P2,9)}, 数据要素市场) = task 12, 2025年; 2024年底前 is earlier (task 13 is 2024年, equal)", "2024年底前取得阶段性成效")
# part 三
mnf("deadline-later-than-baseline", SUM3, "第1—3项 (安全责任/防护/自主可控: tasks 14, 15 2023年; 18 2023年形成机制，长期坚持; 17 regional) are given 长期坚持 only — ongoing, no dated milestone later than the region's", "长期坚持")
mnf("deadline-later-than-baseline", SUM3, f"第7项 (line {item(P3,7)}, 试点示范) = task 28, 2023年启动，2025年取得明显成效; completion equal", "每年确定试点，2025年底前取得明显成效")
mnf("deadline-later-than-baseline", SUM3, f"第11项 (line {item(P3,11)}, 迁移上云) = task 46, 2024年; earlier", "2024年9月底前")
mnf("deadline-later-than-baseline", SUM3, f"第12项 (line {item(P3,12)}, 外网三级全覆盖) = tasks 47/48, 2024年; earlier", "2024年10月底前")
mnf("deadline-later-than-baseline", SUM3, f"第14项 (line {item(P3,14)}, 视频资源) = task 49, 2025年; 2024年启动，2025年建成: completion equal", "2024年启动，2025年建成")
# part 四
mnf("deadline-later-than-baseline", SUM4, f"第1项 (line {item(P4,1)}, 组织机构) = task 64, 各市、县（区）负责, 2025年; earlier. Task 60 (充实自治区领导小组, 2023年) is 自治区政府办公厅's own task and does not apply to a county", "2024年6月底前")
mnf("deadline-later-than-baseline", SUM4, f"第2—3项 (层级职责, 工作机制): no dated county task (task 81 视频指挥调度 is 2025年); 2024 is not later", "2024年底前完成并长期坚持")
# part 五
mnf("deadline-later-than-baseline", SUM5, f"第3项 (line {item(P5,3)}, 公共资源交易) = task 108, 长期推进，2024年取得明显成效; equal", "2024年底前取得明显成效，长期推进")
mnf("deadline-later-than-baseline", SUM5, f"第14项 (line {item(P5,14)}, 12345热线) = task 87, 2023年启动，2025年完成; the part gives 2025年底前完成: equal", "第14项由县政府办牵头，县直各部门（单位）配合，2025年底前完成")
mnf("deadline-later-than-baseline", SUM5, f"第20项 (line {item(P5,20)}, 互联网+城乡供水) = task 96, 2025年; earlier", "2025年6月底前")
mnf("deadline-later-than-baseline", SUM5, f"第18项 (line {item(P5,18)}, 多卡合一) = task 92, 2025年; equal", "第18项由县人社局、县医保局牵头，2025年底前完成")
mnf("deadline-later-than-baseline", SUM5, f"第22项 (line {item(P5,22)}, 绿色低碳) = tasks 101/102, 2025年; equal", "第22项由中卫市生态环境局中宁分局、县发改局牵头，2025年底前完成")
mnf("deadline-later-than-baseline", SUM5, f"第10—11项 (基层治理, 智慧社区) = task 83, 2025年; equal", "第10项由县委政法委牵头")
# part 六
mnf("deadline-later-than-baseline", SUM6, "党的领导 measures (tasks 116, 118 2023年完成并长期坚持; 121 长期坚持; 123 2023年完成，长期坚持; 124 2023年形成机制，长期坚持): 长期坚持 only, no later dated milestone", "长期坚持")
# units
mnf("unknown-unit", SUM2, "collective subject", "各乡镇人民政府")
mnf("unknown-unit", SUM2, "collective subject after 等", "县直有关部门")
mnf("unknown-unit", SUM3, "collective subject", "县直各部门（单位）")
mnf("unknown-unit", SUM5, "collective subject", "各村（社区）")
mnf("unknown-unit", SUM2, "prefix 县 distributes: 县人社局, 县卫健局, 县民政局 are in units.txt (short names)", "人社局、卫健局、民政局")
mnf("unknown-unit", SUM3, "prefix 县 distributes: 县财政局, 县审计局", "财政局、审计局")
mnf("unknown-unit", SUM3, "prefix 县 distributes: 县交通运输局, 县应急局, 县水务局", "交通运输局、应急局、水务局")
mnf("unknown-unit", SUM5, "prefix 县 distributes: 县司法局, 县信访局", "司法局、信访局")
mnf("unknown-unit", SUM2, "official short name of 县工业信息化和商务局 in units.txt", "县工信商务局")
mnf("unknown-unit", SUM2, "short name of 中宁工业园区管理委员会 in units.txt", "中宁工业园区管委会")
mnf("unknown-unit", SUM3, "short name of 县人民政府办公室 in units.txt", "县政府办")
mnf("unknown-unit", SUM3, "short name of 县审批服务管理局 in units.txt", "县审批局")
mnf("unknown-unit", SUM5, "listed in units.txt as one name (a city bureau's county branch); must not be split or read as a city unit", "中卫市生态环境局中宁分局")
mnf("unknown-unit", SUM5, "specific towns listed in units.txt", "宁安镇人民政府、石空镇人民政府")
mnf("unknown-unit", SUM5, "units outside the county government proper, listed in units.txt", "县消防救援大队、中宁县气象局")
mnf("unknown-unit", SUM2, "county service centre listed in units.txt", "县枸杞产业发展服务中心")
mnf("unknown-unit", ln('主动对接自治区政府办公厅'), "regional body named as the one the county liaises with, not as lead of a local measure", "自治区政府办公厅")
mnf("unknown-unit", ln('配合中卫市推进城市运行'), "the city named as the partner the county supports, not a responsible unit of the county", "中卫市")
mnf("unknown-unit", ln('推进县图书馆'), "venues in the measure text, not responsible units", "县图书馆")
# pillars
mnf("missing-pillar", ln('（三）营造良好数字生态'), "数字生态 taken up (数据要素市场, 网络生态)", None)
mnf("missing-pillar", ln('四、健全“一套体系”'), "五个一 / 六级贯通 taken up as 一套体系 (组织机构, 层级职责, 工作机制), as 吴忠 does", None)
mnf("missing-pillar", ln('（二）加大财政投入'), "财政投入 taken up", None)
mnf("missing-pillar", ln('（三）提升数字素养'), "数字素养 taken up", None)
mnf("missing-pillar", ln('（四）强化考核评价'), "考核评价 taken up", None)

covers_spec = [
    (2, P2, 1), (3, P2, 2), (5, P2, 3), (6, P2, 4), (8, P2, 5), (9, P2, 7), (10, P2, 8), (12, P2, 9),
    (14, P3, 1), (15, P3, 1), (18, P3, 2), (21, P3, 4), (23, P3, 5), (26, P3, 6), (28, P3, 7),
    (41, P3, 8), (42, P3, 9), (34, P3, 10), (46, P3, 11), (47, P3, 12), (48, P3, 12), (50, P3, 13),
    (49, P3, 14), (54, P3, 15), (56, P3, 16), (57, P3, 17), (58, P3, 18),
    (64, P4, 1),
    (66, P5, 1), (65, P5, 2), (108, P5, 3), (71, P5, 4), (74, P5, 5), (75, P5, 6), (77, P5, 7),
    (79, P5, 8), (80, P5, 9), (83, P5, 10), (84, P5, 12), (86, P5, 13), (87, P5, 14), (88, P5, 15),
    (89, P5, 15), (90, P5, 16), (93, P5, 17), (92, P5, 18), (94, P5, 19), (96, P5, 20), (97, P5, 21),
    (98, P5, 21), (101, P5, 22), (102, P5, 22), (103, P5, 23), (104, P5, 24), (105, P5, 24),
    (106, P5, 25), (107, P5, 26), (111, P5, 28),
]
covers = [{"task": t, "line": item(p, n)} for t, p, n in covers_spec]
covers += [
    {"task": 116, "line": ln('（一）加强组织领导。县委')},
    {"task": 118, "line": ln('（三）提升数字素养')},
    {"task": 123, "line": ln('（四）强化考核评价')},
    {"task": 124, "line": ln('（四）强化考核评价')},
]

key = {
    "writer": "blind writer, round 848; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("中宁县 (中卫市) 2024 plan issued 2024-03-18 as 中宁政办发〔2024〕9号. Measures are numbered per part (1., 2., … across the part's （一）（二） subsections) and carry no notes; "
              "each part ends with one paragraph (本部分第1项由…牵头…，…前完成；第2—3项…) giving bodies and dates by number, so a date on a closing-paragraph line belongs to the measure(s) it names. "
              "Line 29 says the first-listed lead is the main lead. No parent plan (中卫's plan is not among the seeds). "
              "No measure is dated in the body; the only body dates are goals (lines 19-21), background (14, 15), the issue date (6) and reporting dates (122). "
              "Tasks whose regional deadline is 2023 are either not taken up or given 长期坚持 only (part 三 第1—3项, part 六)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
