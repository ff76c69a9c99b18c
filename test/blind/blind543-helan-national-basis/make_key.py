#!/usr/bin/env python3
# Builds key.json from draft.txt: every line number is looked up by a unique substring (1-based).
import json, sys
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(sub, must_contain=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    if len(hits) != 1:
        sys.exit(f'not unique ({hits}): {sub}')
    if must_contain and must_contain not in L[hits[0] - 1]:
        sys.exit(f'line {hits[0]} lacks {must_contain}')
    return hits[0]

def exact(t):
    hits = [i + 1 for i, l in enumerate(L) if l == t]
    if len(hits) != 1:
        sys.exit(f'exact not unique ({hits}): {t}')
    return hits[0]

def row(n):
    """line of task-list row n of the draft's own list"""
    return ln(f'\t{n}.')

def dl(n):
    return L[row(n) - 1].split('\t')[3]

expect = [
    {"rule": "basis-mismatch", "line": ln('（宁政发〔2023〕11号）'), "text": "宁政发〔2023〕11号",
     "why": "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 11号 is wrong (looks mixed up with 宁政办发〔2023〕11号, the 1244+N plan cited on the next line)"},
    {"rule": "basis-mismatch", "line": ln('国务院关于加快推进数字政府建设的指导意见'), "text": "国务院关于加快推进数字政府建设的指导意见",
     "why": "国发〔2022〕14号 is 《国务院关于加强数字政府建设的指导意见》 (correctly cited in 编制依据 item 1); 加快推进 for 加强 is a wrong title"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2026年，全县数字政府建设体系框架全面成型'), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 “34567”体系框架全面成型, 工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效; the county states the same goal for 2026"},
    {"rule": "deadline-later-than-baseline", "line": row(17), "text": "2025年",
     "why": "row 17 (城域网升级改造, 县乡村全覆盖, 按需向企事业单位拓展) is regional task 48, 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": row(38), "text": "2024年11月31日",
     "why": "impossible date: November has 30 days (the row is regional task 105, 完成时限 2024年, so the year itself is not late)"},
    {"rule": "unknown-unit", "line": row(34), "text": "县政务服务局",
     "why": "not in units.txt and no such county body: the registry has 县行政审批服务局 (县审批局) and 县政务服务中心"},
    {"rule": "garbled-text", "line": ln('鎺㈢储鏋勫缓'), "text": "鎺㈢储鏋勫缓甯傚満鍖栫殑",
     "why": "UTF-8 bytes of 探索构建市场化的数据运营主体 read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e.update(kw); e["why"] = why; M.append(e)

# --- basis documents
m("basis-mismatch", ln('1.《国务院关于加强数字政府建设的指导意见》'), "national guiding opinion cited with its correct title and number", "国发〔2022〕14号")
m("basis-mismatch", ln('2.《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》'), "correct national document; its real title does contain 加快推进 (not the 加快推进-for-加强 slip)", "国发〔2018〕27号")
m("basis-mismatch", ln('（国办发〔2018〕45号）'), "correct 国办发 document on 一网通办 (“一网、一门、一次” reform)", "国办发〔2018〕45号")
m("basis-mismatch", ln('（国办发〔2020〕35号）'), "correct 国办发 document on 跨省通办", "国办发〔2020〕35号")
m("basis-mismatch", ln('（国办函〔2022〕102号）'), "correct: 全国一体化政务大数据体系建设指南 was issued by 国办函〔2022〕102号", "国办函〔2022〕102号")
m("basis-mismatch", ln('6.《国务院办公厅关于进一步优化政务服务'), "correct title and number of the 高效办成一件事 guiding opinion (Jan 2024, before this plan)", "国办发〔2024〕3号")
m("basis-mismatch", ln('7.《“十四五”推进国家政务信息化规划》'), "real national plan cited by its correct title alone (no 文号 given, none wrong)", "《“十四五”推进国家政务信息化规划》")
m("basis-mismatch", ln('9.《数字宁夏“1244+N”行动计划实施方案》'), "cited exactly as the 吴忠 plan cites it (宁政办发〔2023〕11号)", "宁政办发〔2023〕11号")
m("basis-mismatch", ln('（宁政办发〔2020〕14号）部署'), "the superseded 2020 工作要点 is named as history (what the county did in 2020), not as a basis of this plan; title and number are correct; 自治区实施意见 on the same line is the official short name", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('贺政办发〔2024〕21号'), "the document's own 文号, not a cited basis", "贺政办发〔2024〕21号")
m("basis-mismatch", ln('按照《全国一体化政务大数据体系建设指南》要求'), "cited by its correct title alone, as regional task 29 does", "《全国一体化政务大数据体系建设指南》")
m("basis-mismatch", ln('（国发〔2018〕27号）和国办发〔2018〕45号文件'), "measures quote 国发〔2018〕27号 with its correct title and 国办发〔2018〕45号 / 国办发〔2020〕35号 by number alone, all correct", "国办发〔2018〕45号")
m("basis-mismatch", ln('认真落实《国务院办公厅关于进一步优化政务服务'), "correct title and number quoted in the measures", "国办发〔2024〕3号")
m("basis-mismatch", row(32), "number alone (国办发〔2024〕3号文件), correct", "国办发〔2024〕3号")

# --- dated text that is not a late or invalid deadline
m("deadline-invalid", ln('2020年，我县按照'), "past dates in the background (2020年, 2023年): achievements, not deadlines", "2020年")
m("deadline-later-than-baseline", ln('2020年，我县按照'), "2023年 全面梳理“家底”: a past achievement equal to the region's 2023 goal (平台“家底”全面理清), not a deadline")
m("deadline-invalid", ln('截至2023年底，全县政务服务事项'), "past status (截至2023年底) in the background, not a deadline", "2023年底")
m("deadline-later-than-baseline", ln('到2024年底，“高效办成一件事”'), "2024 goals: 信创云 migration equals tasks 19 (2023年启动，2024年建成) / 46 (2024年); 高效办成一件事 is the national 2024 requirement; no regional goal of 2023 is restated here", "2024年底")
m("deadline-later-than-baseline", ln('到2035年，与政府治理能力现代化相适应'), "equal to the region's 2035 goal (数字政府全面建成)", "2035年")
m("deadline-later-than-baseline", ln('2024年底前推动国家部署的首批13个'), "national requirement of 国办发〔2024〕3号 (first batch due 2024), a new task, not a late copy of regional task 85 (一件事一次办, 2023年)", "2024年底前")
m("deadline-later-than-baseline", ln('2024年底前完成县、乡两级政务服务大厅适老化改造'), "task 93 完成时限 2024年: equal", "2024年底前")
m("deadline-later-than-baseline", ln('2025年底前实现基层干部填表报数'), "task 106 完成时限 2025年: equal", "2025年底前")
m("deadline-later-than-baseline", ln('每季度末月25日前'), "the office's own reporting dates (quarterly, 12月10日 each year), not task deadlines", "12月10日前")
m("deadline-later-than-baseline", ln('附件：贺兰县数字政府建设重点任务清单'), "period of the attached list (2024年—2025年), not a deadline", "2025年")
m("deadline-later-than-baseline", exact('贺兰县数字政府建设重点任务清单（2024年—2025年）'), "title of the attached list: a period, not a deadline", "2025年")

# --- task-list rows: every deadline with its regional task and 完成时限
rows = {
    1: (3, "持续推进，2025 年取得明显成效", "equal"),
    2: (2, "2023 年启动，2024 年取得明显成效", "equal"),
    3: (6, "持续推进，2025 年取得明显成效", "equal"),
    4: (10, "持续推进，2025年取得明显成效", "equal (2025年)"),
    5: (11, "2023年完成主要建设任务，2025年取得明显成效", "equal completing milestone (2025年取得明显成效)"),
    6: (9, "持续推进，2025年取得明显成效", "equal"),
    7: (12, "2025年", "equal"),
    9: (46, "2024 年", "equal (also tasks 19 2023年启动，2024年建成 and 43 2024 年建成，持续推进)"),
    10: (21, "2024年", "equal"),
    11: (22, "2025年", "earlier (2024年)"),
    12: (28, "2023年启动，2025年取得明显成效", "equal"),
    13: (34, "2024年", "equal"),
    14: (41, "2024年", "equal"),
    15: (42, "2024年", "equal"),
    16: (54, "2024年", "equal (also task 40, 2024年)"),
    18: (50, "2024 年", "equal"),
    19: (52, "2025年", "earlier (2024年底前)"),
    20: (56, "2025年", "equal"),
    21: (57, "2024年", "equal"),
    22: (64, "2025年", "earlier (2024年6月底前); this is the 各市、县（区） task of setting up local bodies, not task 60 (充实自治区领导小组, 2023年, the region's own)"),
    23: (66, "2025年", "equal"),
    24: (70, "2024年", "equal"),
    25: (71, "2024年", "equal"),
    26: (74, "2024年", "equal"),
    27: (77, "2024年", "equal"),
    28: (79, "2024年", "equal"),
    29: (80, "2024年", "equal"),
    30: (83, "2025年", "equal"),
    31: (84, "2024年", "equal"),
    33: (86, "2024年", "equal"),
    34: (87, "2023年启动，2025年完成", "equal"),
    35: (93, "2024年", "equal"),
    36: (95, "2025年", "earlier (2024年)"),
    37: (96, "2025年", "equal"),
    39: (106, "2025年", "equal"),
    40: (111, "2025年", "equal"),
    41: (112, "2024年", "equal"),
    42: (114, "2024年", "equal"),
    43: (116, "2023年完成并长期坚持", "no dated milestone (长期坚持): nothing later than the region"),
    44: (118, "2023年完成并长期坚持", "no dated milestone (每年开展): nothing later than the region"),
    45: (122, "2023 年完成，长期坚持", "no dated milestone (长期坚持); also task 123 (2023 年完成，长期坚持)"),
}
for n, (t, reg, how) in rows.items():
    m("deadline-later-than-baseline", row(n), f"row {n} is regional task {t}, 完成时限 {reg}: {how}", dl(n))
m("deadline-later-than-baseline", row(8), "row 8 is regional task 18, 完成时限 2023年形成机制, 长期坚持: copied (same milestones, full-width comma), equal", dl(8))
m("deadline-invalid", row(8), "a copied regional deadline (task 18, 完成时限 2023年形成机制, 长期坚持) that lies before the plan's year 2024", "2023年")
m("deadline-later-than-baseline", row(32), "national task (国办发〔2024〕3号, first batch of 高效办成一件事 due 2024), not regional task 85 (2023年)", dl(32))

# --- units
m("unknown-unit", row(1), "registered (贺兰工业园区管委会; 县发改局 is the short name of 县发展和改革局)", "贺兰工业园区管委会")
m("unknown-unit", row(3), "the 县 prefix distributes: 县卫健局, 县人社局, 县文旅局, 县民政局 are all registered names or short names", "卫健局")
m("unknown-unit", row(4), "collective subject", "各乡镇人民政府")
m("unknown-unit", row(8), "collective subject", "县直各部门（单位）")
m("unknown-unit", row(11), "prefix distributes: 县住建局 (short name of 县住房和城乡建设局), 县水务局", "住建局")
m("unknown-unit", row(13), "short name of 银川市生态环境局贺兰分局 in units.txt", "县生态环境分局")
m("unknown-unit", row(18), "collective subject", "县直有关部门（单位）")
m("unknown-unit", row(23), "prefix distributes: 县统计局, 县工信商务局 (short name of 县工业信息化和商务局)", "工信商务局")
m("unknown-unit", row(26), "a collective as the only responsible subject", "县直有关部门（单位）")
m("unknown-unit", row(29), "short name of 贺兰县消防救援大队; 县气象局 is registered", "县消防救援大队")
m("unknown-unit", row(30), "collective subject", "各村（社区）")
m("unknown-unit", row(31), "registered (县政务服务中心), unlike 县政务服务局 in row 34", "县政务服务中心")
m("unknown-unit", row(42), "registered", "县融媒体中心")
m("unknown-unit", row(43), "collectives as the responsible subjects", "各乡镇人民政府")

# --- pillars
m("missing-pillar", 0, "数字生态 is taken up in 四（三） (数据要素市场, 数据交易规范, 网络生态); part of that line is garbled but the pillar is there", pillar="数字生态")
m("missing-pillar", 0, "section 六 健全“五个一”和“六级贯通”工作体系 (健全组织机构, 厘清层级职责, 完善工作机制) and table group （八）", pillar="五个一")
m("missing-pillar", 0, "section 六（二） 厘清层级职责 per the region's 六级贯通 architecture", pillar="六级贯通")
m("missing-pillar", 0, "八（二） 加大财政投入", pillar="财政投入")

covers = []
for n, (t, _, _) in rows.items():
    covers.append({"task": t, "line": row(n)})
covers += [
    {"task": 18, "line": row(8)},
    {"task": 48, "line": row(17)},
    {"task": 105, "line": row(38)},
    {"task": 14, "line": ln('强化安全管理责任。各乡镇、各部门')},
    {"task": 15, "line": ln('强化安全管理责任。各乡镇、各部门')},
    {"task": 17, "line": ln('落实安全制度要求。')},
    {"task": 24, "line": ln('创新建设管理机制。')},
    {"task": 30, "line": ln('完善数据管理机制。')},
    {"task": 32, "line": ln('完善数据管理机制。')},
    {"task": 36, "line": ln('深化数据高效共享。')},
    {"task": 68, "line": ln('（二）提升综合高效的市场监管能力。')},
    {"task": 107, "line": ln('提升辅助决策和行政执行能力。')},
    {"task": 115, "line": ln('（七）提升全面规范的政务公开能力。')},
]
covers.sort(key=lambda c: (c["line"], c["task"]))

key = {
    "writer": "blind writer, round 543; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("贺兰县 (银川市) county plan of 2024-04-26 with no parent plan: checked against ningxia-2023 only. "
              "Its 编制依据 lists six national documents (国发〔2022〕14号, 国发〔2018〕27号, 国办发〔2018〕45号, 国办发〔2020〕35号, "
              "国办函〔2022〕102号, 国办发〔2024〕3号) plus the 十四五 政务信息化规划 by title, the region's 实施意见 (planted with 11号 for 17号) "
              "and the 1244+N plan. National numbers other than 国发〔2022〕14号 come from the writer's own knowledge, not from the seeds. "
              "The task list's rows are local versions of regional tasks; the regional task each row takes up is given in the mustNotFlag/covers entries. "
              "Readings that could differ: (1) 高效办成一件事 2024年底前 (goal line, body and row 32) is read as the national 2024 task, not as a late copy of regional task 85 (2023年); "
              "(2) rows 43-45 drop the region's 2023 milestone and say 长期坚持/每年开展, read as no dated milestone, not late; "
              "(3) the invalid deadline is a day that does not exist (11月31日), not a month 13."),
}
open('key.json', 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers;', len(L), 'lines')
