#!/usr/bin/env python3
# Writes key.json; every line number is checked against draft.txt (1-based).
import json, os, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')

def at(line, text):
    assert text in L[line - 1], (line, text, L[line - 1])
    return line

spec = importlib.util.spec_from_file_location('m', os.path.join(HERE, 'make_draft.py'))
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
_, rowmap = m.build()
first = {t: l for t, s, l, n in rowmap}

def E(rule, line, text, why, **kw):
    d = {"rule": rule, "line": at(line, text) if text else line}
    if text: d["text"] = text
    d.update(kw); d["why"] = why
    return d

expect = [
    E("basis-mismatch", 10, "桂政发〔2022〕13号",
      "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; the draft transposes the number"),
    E("deadline-later-than-baseline", first[3], "2026年底前",
      "row 3 (互联网+监管, 监管事项清单认领, 协同监管机制) is regional task 3 (以一体化在线监管提升监管协同化水平), 完成时限 2025年底; 2026 is later"),
    E("deadline-invalid", first[36], "20245年底",
      "impossible year 20245 (typo for 2024/2025); row 29 is regional task 36 (政务云), 完成时限 持续开展"),
    E("unknown-unit", first[12], "县卫计局",
      "old name of the health bureau (卫生和计划生育局, renamed 卫生健康局); not in units.txt (县卫生健康局 = 县卫健局); it is the lead of row 12 (regional task 12)"),
    E("garbled-text", 24, "娣卞寲鏁版嵁楂樻晥鍏变韩",
      "UTF-8 bytes read as GBK: 深化数据高效共享 (the sub-item title of the 数据资源 paragraph)"),
    {"rule": "missing-pillar", "line": 0, "pillar": "制度规则",
     "why": "the draft has nothing of the regional 四、构建科学规范的数字政府建设制度规则体系 (职能转变/审管协同, 建设管理机制/项目与经费, 法规制度, 标准规范, 试点示范): no body section, no task row, and the 主要目标 list leaves 制度规则 out"},
]
for t, name in [(28, "以数字化改革助力政府职能转变 (审管协同, 行政许可)"),
                (29, "创新数字政府建设管理机制 (四改四转, 投资评审, 经费纳入预算)"),
                (30, "完善法规制度"), (31, "健全标准规范"), (32, "开展试点示范")]:
    expect.append({"rule": "task-uncovered", "line": 0, "task": t,
                   "why": f"regional task {t} ({name}) names 各市人民政府; left out with the whole 制度规则 pillar"})

def N(rule, line, text, why):
    d = {"rule": rule, "line": at(line, text) if text else line}
    if text: d["text"] = text
    d["why"] = why
    return d

r = first
mustNot = [
    # units
    N("unknown-unit", r[1], "县发展改革局", "short name of 县发展和改革局 in units.txt"),
    N("unknown-unit", r[1], "统计局", "prefix 县 of 县发展改革局 distributes: 县统计局 (in units.txt)"),
    N("unknown-unit", r[1], "财政局", "prefix 县 distributes: 县财政局"),
    N("unknown-unit", r[1] + 1, "大数据发展局", "continuation of the wrapped unit cell 县发展改革局、统计局、财政局、 on the line above: 县大数据发展局, not the regional 自治区大数据发展局 and not a lead"),
    N("unknown-unit", r[1], "自治区经济", "task-cell text (…自治区经济治理数据“一张图”) that ends two spaces before the 责任单位 column; not a unit"),
    N("unknown-unit", r[2], "县发改局", "short name of 县发展和改革局 in units.txt"),
    N("unknown-unit", r[3] + 1, "县直有关部门", "collective subject (county analogue of 市直有关部门)"),
    N("unknown-unit", r[4] + 1, "县司法局、县信访局、县公安局、", "task-cell text that runs up to the 责任单位 column (then 县公安局、县民政局… in the unit cell); the two cells must not be merged"),
    N("unknown-unit", r[4] + 2, "县人民检察院等部门业务系统互联互通", "task-cell text near the unit column; 县人民法院/县人民检察院 are named inside the task, and are in units.txt anyway"),
    N("unknown-unit", r[4] + 2, "各乡镇人民政府", "collective subject"),
    N("unknown-unit", r[6] + 1, "县气象局", "short name of 阳朔县气象局 in units.txt"),
    N("unknown-unit", r[6] + 2, "县消防救援大队", "short name of 阳朔县消防救援大队 in units.txt"),
    N("unknown-unit", r[7], "县政务服务中心", "short name of 县政务服务监督管理办公室 in units.txt"),
    N("unknown-unit", r[7] + 1, "县残联", "short name of 县残疾人联合会 in units.txt"),
    N("unknown-unit", r[8] + 1, "县卫生健康局", "canonical name in units.txt (same body as 县卫健局 elsewhere)"),
    N("unknown-unit", r[11], "县人力资源社会保障局", "short name of 县人力资源和社会保障局 in units.txt"),
    N("unknown-unit", r[16], "桂林市阳朔生态环境局", "the county's ecology bureau is a branch of the city bureau; listed in units.txt (= 县生态环境局)"),
    N("unknown-unit", r[26] + 2, "中国电信阳朔分公司", "a unit outside the government proper, listed in units.txt; in a cooperating position"),
    N("unknown-unit", r[24], "县委网信办", "official short name, in units.txt"),
    N("unknown-unit", r[24], "县委保密办", "in units.txt"),
    N("unknown-unit", r[33] + 1, "县直各部门（单位）", "collective subject"),
    N("unknown-unit", r[34] + 1, "法院、检察院等信息系统互联互通和", "task-cell text filling the task column on a line whose unit cell is empty; not a unit"),
    N("unknown-unit", r[39] + 1, "县税务局", "short name of 国家税务总局阳朔县税务局 in units.txt"),
    N("unknown-unit", r[38], "自治区智能算法库", "task text (推广应用自治区智能算法库), not a responsible unit; the row's unit is 县大数据发展局"),
    N("unknown-unit", 3, "县直各有关单位", "addressee of the notice, collective"),
    N("unknown-unit", 29, "县数字政府建设工作领导小组", "the county's coordinating group named in 保障措施 body text, not a responsible-unit cell"),
    N("unknown-unit", 31, "县委党校", "in units.txt; body text"),
    # deadlines
    N("deadline-later-than-baseline", 14, "到2025年", "主要目标: 体系框架基本形成 / 一体化在线监管广泛普及 到2025年, same year as the regional goal (到2025年)"),
    N("deadline-later-than-baseline", 15, "到2035年", "same as the regional 到2035年 goal (基本建成)"),
    N("deadline-later-than-baseline", 20, "2024年底前", "body: 智桂通 专区 2024年底前, earlier than regional task 9 (智桂通), 完成时限 2025年底"),
    N("deadline-later-than-baseline", r[5], "2024年底前", "regional task 5 (社会治安防控/雪亮工程), 完成时限 持续开展: a dated local deadline is not later"),
    N("deadline-later-than-baseline", r[8], "2025年底前", "equal to regional task 8 (12345热线), 完成时限 2025年底"),
    N("deadline-later-than-baseline", r[9], "2023年启动，2024年底前完成", "completes 2024, earlier than regional task 9 (智桂通), 完成时限 2025年底"),
    N("deadline-later-than-baseline", r[20], "2023年12月底前", "regional task 20 (行政执行/协同办公), 完成时限 持续开展"),
    N("deadline-later-than-baseline", r[22], "2025年12月底前", "equal to regional task 22 (政务公开), 完成时限 2025年底"),
    N("deadline-later-than-baseline", r[34], "2024年6月底前", "regional task 34 (数据共享), 完成时限 持续开展"),
    N("deadline-later-than-baseline", r[37], "2025年底前", "regional task 37 (电子政务外网), 完成时限 持续开展"),
    N("deadline-invalid", r[20], "2023年12月底前", "in the plan's own year (issued 2023-09-20), not before it"),
    N("deadline-invalid", 13, "2022年底", "background fact (截至2022年底…), not a deadline"),
    N("deadline-invalid", 32, "每年11月30日前", "the office's own yearly reporting date"),
    N("deadline-invalid", 6, "2023年9月20日", "issue date of the notice"),
    N("deadline-invalid", r[8] + 1, "110、119、120、122", "emergency hotline numbers in the task text, not dates"),
    N("deadline-invalid", 12, "4·27", "name of the April 2021 speech (视察广西“4·27”重要讲话), not a deadline"),
    # basis
    N("basis-mismatch", 10, "（国发〔2022〕14号）", "correct: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号"),
    N("basis-mismatch", 10, "《桂林市加强数字政府建设实施方案》", "the city's plan cited by title alone (no parent plan is configured); not the regional 实施意见 under a wrong title"),
    N("basis-mismatch", 13, "国发〔2016〕55号", "retrospective mention in 工作基础 (自…印发以来), correct 文号 for 《国务院关于加快推进“互联网+政务服务”工作的指导意见》; not cited as a basis"),
    N("basis-mismatch", 2, "阳政办发〔2023〕41号", "the draft's own 文号"),
    N("basis-mismatch", 4, "《阳朔县加强数字政府建设实施方案》", "the draft's own title"),
    # garbled
    N("garbled-text", r[37], "IPv6", "ordinary Latin term"),
    N("garbled-text", r[21] + 1, "“桂在行”", "proper name of the region's 智慧督查系统 (in the regional text)"),
    N("garbled-text", r[1] + 1, "“一张图”", "ordinary quoted term"),
    N("garbled-text", 40, "-----", "the table's rule line typed with hyphens"),
]

covers = [{"task": t, "line": l} for t, s, l, n in rowmap]

key = {
    "writer": "blind writer, round 916; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mustNot,
    "covers": covers,
    "notes": ("阳朔县 (桂林市) 2023 实施方案: short body, then 附件 task list typed as a space-aligned plain-text table "
              "(序号 / 重点任务 / 责任单位 / 完成时限; columns lined up by display width, CJK = 2; task cells wrap at 36 CJK "
              "characters and often end exactly two spaces before the 责任单位 column; unit cells wrap at 、; continuation lines have an "
              "empty 序号). Regional task numbers are the 43 inline (责任单位…完成时限…) notes of the 广西 实施意见 in order of "
              "appearance (1 = 经济调节 … 43 = 数字生态); task 23 has no 各市人民政府. The table's note says the first unit is the lead. "
              "A regional 持续开展 has no dated milestone, so a dated local deadline for such a task is taken as not later. "
              "builder scripts: make_draft.py (draft.txt), make_key.py (key.json)."),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
print(len(expect), 'expect;', len(mustNot), 'mustNotFlag;', len(covers), 'covers')
