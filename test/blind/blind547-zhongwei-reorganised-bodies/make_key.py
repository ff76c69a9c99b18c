#!/usr/bin/env python3
# Builds key.json from draft.txt: every line number is looked up from a unique substring.
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, nth=None):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def row(n):
    """line of local task-list row n (序号 n)"""
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def cell(n, k):
    return L[row(n) - 1].split('\t')[k]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

garbled = '建立健全政务数据供需对接机制'.encode('utf-8').decode('gbk')

expect = [
    {"rule": "basis-mismatch", "line": chk(ln('宁政发〔2022〕17号'), '宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
     "why": "the preamble cites 《自治区人民政府关于加强数字政府建设的实施意见》 with 宁政发〔2022〕17号; that title's 文号 is 宁政发〔2023〕17号 (issued 2023-05-16), as the same draft cites correctly in 七（四）. Wrong year, probably copied from 国发〔2022〕14号 just before it"},
    {"rule": "deadline-later-than-baseline", "line": chk(ln('到2026年'), '2026年'), "text": "2026年",
     "why": "主要目标: '到2026年，全市数字政府建设“34567”体系框架全面成型…'; the region's 主要目标 says '到2025年，全区各级数字政府建设“34567”体系框架全面成型' — the same goal one year later"},
    {"rule": "deadline-later-than-baseline", "line": chk(row(14), '2025年底'), "text": "2025年底",
     "why": "row 14 (公共数据开放目录、分类分级开放公共数据) takes up regional task 41, 完成时限 2024年; the draft gives 2025年底"},
    {"rule": "unknown-unit", "line": chk(row(18), '市大数据管理服务局'), "text": "市大数据管理服务局",
     "why": "row 18 (regional task 47) still names the former 市大数据管理服务局 as lead; the body (一、二段 and 三（一）) says it became 市数据局 and that former names are no longer used; not in units.txt"},
    {"rule": "unknown-unit", "line": chk(row(30), '市地方金融监管局'), "text": "市地方金融监管局",
     "why": "row 30 (regional task 76) still names the former 市地方金融监管局 as lead; its duties passed to 市委金融办 (三（一）), and 六（二） names 市委金融办 for the same work; not in units.txt"},
    {"rule": "deadline-invalid", "line": chk(row(37), '6月31日'), "text": "6月31日",
     "why": "row 37 (regional task 87, 完成时限 2023年启动，2025年完成) gives 2025年6月31日前 — June has only 30 days. The year itself is not later than the region's"},
    {"rule": "garbled-text", "line": chk(ln(garbled[:6]), garbled[:6]), "text": garbled[:6],
     "why": "五（三）深化数据高效共享: '" + garbled + "' is UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立健全政务数据供需对接机制"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# --- former names, history, bracketed (the round's theme) ---
m("unknown-unit", ln('我市组建市数据局（原市大数据管理服务局）'), "new body named with its former name in brackets (history of the 2024 reform); 市数据局 is in units.txt", "原市大数据管理服务局")
m("unknown-unit", ln('我市组建市数据局（原市大数据管理服务局）'), "市委金融办 with its former body in brackets; 原市乡村振兴局 is mentioned only as the body whose duties were merged", "原市地方金融监管局")
m("unknown-unit", ln('（一）理顺职责划转'), "the duty-transfer paragraph names former bodies (原市大数据管理服务局, 原市地方金融监管局, 原市乡村振兴局) as history, not as responsible units", "原市大数据管理服务局")
m("unknown-unit", ln('（一）理顺职责划转'), "原市乡村振兴局: history in the duty-transfer paragraph", "原市乡村振兴局")
m("unknown-unit", row(4), "table cell names the new body with its former name in brackets: 市数据局（原市大数据管理服务局）; the unit is 市数据局, which is registered", "市数据局（原市大数据管理服务局）")
m("unknown-unit", ln('市委金融办（原市地方金融监管局）依托'), "市委金融办（原市地方金融监管局）: new body with former name in brackets", "市委金融办（原市地方金融监管局）")
m("deadline-invalid", ln('2024年9月，市数据局正式挂牌'), "past dates of the 2024 reform in the background (2024年, 2024年9月), not deadlines", "2024年9月")
# --- basis documents ---
m("basis-mismatch", ln('（国发〔2022〕14号）'), "national 指导意见 cited with its correct 文号", "国发〔2022〕14号")
m("basis-mismatch", ln('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as in the 吴忠 plan; not a baseline document, nothing to contradict", "宁政办发〔2023〕11号")
m("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the background ('自2020年…以来'), correct title and 文号, not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('（宁政发〔2023〕17号）任务清单'), "the regional 实施意见 cited correctly (title and 文号) in 考核评价", "宁政发〔2023〕17号")
# --- background / own dates ---
m("deadline-invalid", ln('2021年，市级政务信息系统'), "past dates in the background (2021年, 2022年, 2023年 achievements), not deadlines", "2023年")
m("deadline-later-than-baseline", ln('到2024年底，机构改革涉及'), "local goal about the city's own reform (职责划转到位); the region's nearest obligation for cities, task 64 (各市、县（区）成立相应组织机构), is due 2025; the region's 2023 goal '自治区本级“五个一”的组织架构基本建立' is about the region's own level", "到2024年底")
m("deadline-later-than-baseline", ln('到2035年'), "equal to the region's 2035 goal", "到2035年")
m("deadline-invalid", ln('每季度末月25日前'), "the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines", "每年12月10日前")
m("deadline-invalid", 6, "the notice's own issue date", "2024年10月15日")
# --- regional / collective / aliases ---
m("unknown-unit", ln('配合自治区政府办公厅建设'), "regional body named as the builder the city cooperates with (task 29 is led by 自治区政府办公厅), not as lead of a local task", "自治区政府办公厅")
m("unknown-unit", 3, "addressee line: collective subject 各县（区）人民政府", "各县（区）人民政府")
m("unknown-unit", row(5), "collective subject listed first: 各县（区）人民政府", "各县（区）人民政府")
m("unknown-unit", row(10), "collective subject 市直各部门（单位）", "市直各部门（单位）")
m("unknown-unit", row(29), "collective subject 承担监管职责的市直有关部门 (city form of 承担监管职责的自治区有关部门（单位）)", "承担监管职责的市直有关部门")
m("unknown-unit", row(34), "collective subject 各乡镇（街道）", "各乡镇（街道）")
m("unknown-unit", row(25), "市发改委 is a registered alias of 市发展改革委", "市发改委")
m("unknown-unit", row(23), "中卫市税务局 is in units.txt (a unit outside the city government proper)", "中卫市税务局")
m("unknown-unit", row(33), "中卫市消防救援支队 and 中卫市气象局 are in units.txt", "中卫市消防救援支队")
m("unknown-unit", row(42), "中宁县人民政府, 海原县人民政府: registered county governments", "海原县人民政府")
m("unknown-unit", row(31), "市委社会工作部 (new body of the 2024 reform) and 市信访局 are both in units.txt", "市委社会工作部")
m("unknown-unit", ln('报市人民政府'), "市人民政府 is the city government itself, the recipient of reports, not a responsible unit", "市人民政府")
m("unknown-unit", ln('市委党校（行政学院）'), "training venue in prose; 市委党校 is in units.txt", "市委党校")
m("unknown-unit", ln('调整充实市推进数字政府建设领导小组'), "the city's leading group and 市政府主要负责同志 are coordination bodies/office-holders, not registry units; the office sits in 市数据局", "市推进数字政府建设领导小组")
m("unknown-unit", 4, "市人民政府 approving the plan: the city government itself", "市人民政府")
# --- deadlines equal / earlier ---
m("deadline-later-than-baseline", row(1), "equal to task 1 (持续推进，2025年取得明显成效)", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(9), "task 11 is '2023年完成主要建设任务，2025年取得明显成效'; the completing milestone 2025 is equal", "2025年取得明显成效")
m("deadline-invalid", row(10), "copied regional deadline of task 18 (2023年形成机制，长期坚持); it lies before the plan's year but equals the region's and the work is ongoing", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", row(10), "equal to task 18", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", row(13), "task 28 is '2023年启动，2025年取得明显成效'; equal", "2025年取得明显成效")
m("deadline-later-than-baseline", row(17), "equal to task 43 (2024 年建成，持续推进)", "2024年建成，持续推进")
m("deadline-later-than-baseline", row(22), "earlier than task 52 (2025年)", "2025年6月底前")
m("deadline-later-than-baseline", row(26), "earlier than task 64 (2025年)", "2024年底前")
m("deadline-later-than-baseline", row(37), "the year equals task 87 (2023年启动，2025年完成); only the day is impossible (see expect)", "2025年6月31日前")
m("deadline-later-than-baseline", row(46), "earlier than task 106 (2025年)", "2025年6月底前")
m("deadline-later-than-baseline", row(48), "task 108 is '长期推进，2024年取得明显成效'; equal", "持续推进，2024年取得明显成效")
m("deadline-later-than-baseline", row(50), "equal to task 112 (2024年)", "2024年底前")
m("deadline-later-than-baseline", row(53), "equal to task 121 (长期坚持)", "长期坚持")
m("deadline-later-than-baseline", row(18), "the deadline 2024年 equals task 47; only the unit is wrong", "2024年")
m("deadline-later-than-baseline", row(30), "the deadline 2024年 equals task 76; only the unit is wrong", "2024年")

covers_rows = {1: 1, 2: 3, 3: 5, 4: 12, 5: 6, 6: 8, 7: 9, 8: 10, 9: 11, 10: 18, 11: 21, 12: 22, 13: 28,
               14: 41, 15: 42, 16: 40, 17: 43, 18: 47, 19: 48, 20: 49, 21: 50, 22: 52, 23: 53, 24: 56,
               25: 57, 26: 64, 27: 66, 28: 70, 29: 73, 30: 76, 31: 77, 32: 79, 33: 80, 34: 83, 35: 84,
               36: 86, 37: 87, 38: 89, 39: 92, 40: 93, 41: 94, 42: 96, 43: 98, 44: 104, 45: 105,
               46: 106, 47: 107, 48: 108, 49: 111, 50: 112, 51: 114, 52: 115, 53: 121}
covers = [{"task": t, "line": row(r)} for r, t in covers_rows.items()]
body_covers = [
    (14, '强化安全管理责任。'), (15, '建立数字政府安全评估、责任落实和重大事件处置机制'),
    (17, '落实安全制度要求。'), (24, '创新数字政府建设管理机制。'),
    (30, '摸清全市政务数据资源底数'), (32, '明确本部门数据管理机构及其职责分工'),
    (68, '编制完善市级监管事项目录和实施清单'), (85, '“集成办”“免证办”'),
    (102, '推进水、气、土、废污染防治攻坚战'), (116, '纳入“一把手工程”'),
    (118, '市委党校（行政学院）的重要教学培训内容'), (123, '考核结果作为领导班子'),
]
for t, s in body_covers:
    covers.append({"task": t, "line": ln(s)})
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
    "writer": "blind writer, round 547; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("中卫市 plan issued 2024-10-15 just after the city's 2024 机构改革: 市数据局（原市大数据管理服务局）, 市委社会工作部, "
              "市委金融办（原市地方金融监管局）; 原市乡村振兴局 merged into 市农业农村局. units.txt is the post-reform registry and "
              "deliberately omits the abolished bodies, so a table row naming one is unknown; former names in brackets or in the "
              "duty-transfer paragraph are history. Table rows: 序号 / 重点任务 / 责任单位 / 完成时限, no regional task numbers; "
              "line 66 says the first-listed unit leads. Row 10 copies the region's '2023年形成机制，长期坚持' for task 18 on purpose. "
              "No task is deliberately left out; tasks for 各地级市 that the draft does not take up (22 is taken up; 37, 39, 45 are not) "
              "are an honest gap, not a plant."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e['text'])
