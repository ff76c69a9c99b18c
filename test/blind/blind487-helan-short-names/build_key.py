#!/usr/bin/python3
# Builds key.json for blind case 487 from draft.txt: every line number is found
# by searching for a unique piece of text, and the cited text is checked to be on that line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(anchor):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def row(n):
    """line of task-list row n (its 重点内容 starts with 'n. ')."""
    hits = [i + 1 for i, l in enumerate(LINES) if "\t%d. " % n in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def on(line, text):
    assert text in LINES[line - 1], (line, text)
    return line


def cell(line, col):
    return LINES[line - 1].split("\t")[col]


expect = []
def E(rule, line, why, text=None, **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        on(line, text)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    expect.append(d)

must = []
def M(rule, line, why, text=None, **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        if line:
            on(line, text)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    must.append(d)

covers = []
def C(task, line):
    covers.append({"task": task, "line": line})

L_pre = ln("根据《国务院关于加强数字政府建设的指导意见》")
L_bg = ln("自2020年自治区印发")
L_gap = ln("同时也要看到")
L_g24 = ln("到2024年底，县级数字政府工作体系基本健全")
L_g25 = ln("到2025年，全县数字政府建设与自治区")
L_g35 = ln("到2035年，通过数字赋能")
L_org = ln("（一）健全组织机构。成立贺兰县数字政府建设领导小组")
L_mem = ln("县领导小组成员单位包括")
L_mgmt = ln("（二）理顺管理体制")
L_layer = ln("（三）厘清层级职责")
L_mech = ln("（四）完善工作机制")
L_econ = ln("（一）驱动数字经济发展")
L_soc = ln("（二）引领数字社会建设")
L_eco = ln("（三）营造良好数字生态")
L_sec1 = ln("强化安全管理责任。")
L_sec2 = ln("落实安全制度要求。")
L_sec3 = ln("提升安全保障能力。")
L_rule1 = ln("以数字化改革助力政府职能转变。县委编办")
L_rule2 = ln("创新数字政府建设管理机制。")
L_rule3 = ln("健全标准规范，开展试点示范。")
L_data1 = ln("完善数据管理机制。")
L_data2 = ln("深化数据高效共享。")
L_data3 = ln("促进数据有序开发利用。")
L_cloud = ln("强化政务云平台支撑能力。")
L_net = ln("提升网络平台支撑能力。")
L_common = ln("加强共性应用支撑能力。")
L_c1 = ln("（一）提升科学精准的经济调节能力。")
L_c2 = ln("（二）提升综合高效的市场监管能力。")
L_c3 = ln("（三）提升精细智能的社会管理能力。")
L_c4 = ln("（四）提升普惠便捷的公共服务能力。")
L_c4b = ln("拓展公平普惠的民生服务。")
L_c5 = ln("（五）提升系统科学的生态环境保护能力。")
L_c6 = ln("（六）提升整体高效的政务运行能力。")
L_c7 = ln("（七）提升全面规范的政务公开能力。")
L_p1 = ln("（一）加强组织领导。")
L_p2 = ln("（二）加大财政投入。")
L_p3 = ln("（三）提升数字素养。")
L_p4 = ln("（四）强化考核评价。")
L_date = ln("2024年4月18日")

# ---------------------------------------------------------------- expect
E("basis-mismatch", L_pre, "the national 指导意见 is 国发〔2022〕14号 (as cited in 宁政发〔2023〕17号 and in the 吴忠 plan); 41号 is a transposed 文号 that does not belong to this title",
  text="国发〔2022〕41号")
E("unknown-unit", row(12), "'县数改办' is never introduced with （以下简称……） anywhere in the draft and is no body in units.txt (the draft's own bodies for this work are 县数字政府办 and 县大数据中心); named as lead of task-list row 12",
  text="县数改办")
E("deadline-later-than-baseline", row(21), "row 21 takes up regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…), 完成时限 2024年; 2025年底 is later (the draft's own 主要目标 line also promises 三级全覆盖 by 到2024年底)",
  text="2025年底")
E("deadline-later-than-baseline", L_c4b, "sentence takes up regional task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; 2025年底前 is later",
  text="2025年底前")
E("deadline-invalid", row(36), "impossible month: 2024年13月底前 (row 36 takes up regional task 104, 完成时限 2024年; the year itself is not later)",
  text="13月")
E("garbled-text", L_data2, "UTF-8 bytes of 建立政务数据属地返还机制 read as GBK (mojibake run 寤虹珛鏀垮姟鏁版嵁灞炲湴杩旇繕鏈哄埗)",
  text="鏀垮姟鏁版嵁灞炲湴")

# ---------------------------------------------------------------- mustNotFlag
# basis documents
M("basis-mismatch", L_pre, "correct title and 文号 of the regional 实施意见 (宁政发〔2023〕17号), shortened to 《实施意见》 with （以下简称……）", text="宁政发〔2023〕17号")
M("basis-mismatch", L_pre, "correct title and 文号: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited the same way by the 吴忠 plan in the seeds; shortened to “1244+N”行动计划", text="宁政办发〔2023〕11号")
M("basis-mismatch", L_bg, "retrospective mention of the 2020 工作要点 in the background section, not cited as a basis", text="宁政办发〔2020〕14号")
M("basis-mismatch", L_gap, "《实施意见》 is the short name defined in the preamble for 宁政发〔2023〕17号, not a new or wrong title", text="《实施意见》")
M("basis-mismatch", L_layer, "《实施意见》 again: defined short name for 宁政发〔2023〕17号", text="《实施意见》")
# dates
M("deadline-invalid", L_date, "the office's own issue date of the notice", text="2024年4月18日")
M("deadline-invalid", L_bg, "past dates in the background section (2022年组建, 2023年完成), not deadlines", text="2023年")
M("deadline-later-than-baseline", L_g24, "到2024年底 goals (一本账 = task 23 2024年; 三级全覆盖 = task 48 2024年; 迁移上政务信创云 = tasks 43/46 2024年) equal the region's; 工作体系基本健全 is the county's own goal (task 64, 2025年), the region's 2023年底 goal concerns 自治区本级 “五个一”", text="到2024年底")
M("deadline-later-than-baseline", L_g25, "equal to the region's goal 到2025年 … “34567”体系框架全面成型", text="到2025年")
M("deadline-later-than-baseline", L_g35, "equal to the region's 到2035年 goal", text="到2035年")
M("deadline-later-than-baseline", row(1), "row 1 takes up task 64 (各地各部门参照自治区做法，成立相应的组织机构…), 完成时限 2025年; 2024年6月底前 is earlier", text="2024年6月底前")
M("deadline-later-than-baseline", row(2), "task 2: 2023 年启动，2024 年取得明显成效; 2024年 equals the completing milestone", text="2024年")
M("deadline-later-than-baseline", row(3), "task 3: 持续推进，2025 年取得明显成效; copied, equal", text="持续推进，2025年取得明显成效")
M("deadline-later-than-baseline", row(5), "task 7: 2023年形成试点经验，2025年取得明显成效; 2025年 equals the completing milestone", text="2025年")
M("deadline-later-than-baseline", row(8), "task 11: 2023年完成主要建设任务，2025年取得明显成效; 2025年 equals the completing milestone", text="2025年")
M("deadline-later-than-baseline", row(9), "task 12: 2025年; equal", text="2025年")
M("deadline-invalid", row(10), "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan's year; equal to the region's, ongoing", text="2023年形成机制，长期坚持")
M("deadline-later-than-baseline", row(10), "equal to task 18's 完成时限 2023年形成机制，长期坚持", text="2023年形成机制，长期坚持")
M("deadline-later-than-baseline", row(14), "task 29: 2023年启动，2025年完成; the start is a year later but the completing milestone 2025年 is equal", text="2024年启动，2025年完成")
M("deadline-later-than-baseline", row(18), "task 42: 2024年; 2024年底前 equal", text="2024年底前")
M("deadline-later-than-baseline", row(22), "task 49 (视频共享平台，“视频一张网”): 2025年; 2024年底前 is earlier", text="2024年底前")
M("deadline-later-than-baseline", row(26), "task 66 (宁夏经济运行大数据平台，监测预警): 2025年; equal", text="2025年")
M("deadline-later-than-baseline", row(32), "task 83 (“互联网+基层治理”): 2025年; equal", text="2025年")
M("deadline-later-than-baseline", row(38), "task 106 (填表报数系统): 2025年; equal", text="2025年")
M("deadline-later-than-baseline", row(39), "task 108: 长期推进，2024年取得明显成效; copied, equal", text="长期推进，2024年取得明显成效")
M("deadline-later-than-baseline", row(40), "task 111 (机关事务管理信息系统, 办公用房信息数据): 2025年; equal", text="2025年")
M("deadline-later-than-baseline", row(43), "task 121: 长期坚持; copied, equal", text="长期坚持")
M("deadline-later-than-baseline", L_p4, "the office's own reporting dates for progress reports, not task deadlines", text="6月25日、12月10日前")
# units: short names defined with （以下简称……） and used many times
M("unknown-unit", row(14), "县大数据中心 = 贺兰县大数据服务中心 (defined on line %d, in units.txt); used in many rows" % L_bg, text="县大数据中心")
M("unknown-unit", row(21), "县大数据中心: defined short name (line %d); the row's error is its deadline, not its unit" % L_bg, text="县大数据中心")
M("unknown-unit", L_cloud, "县大数据中心: defined short name", text="县大数据中心")
M("unknown-unit", row(10), "县委网信办 = 县委网络安全和信息化委员会办公室, defined on line %d" % L_mem, text="县委网信办")
M("unknown-unit", L_sec2, "县委网信办: defined short name", text="县委网信办")
M("unknown-unit", row(13), "县数字政府办 = 贺兰县数字政府建设领导小组办公室, defined on line %d (in units.txt)" % L_org, text="县数字政府办")
M("unknown-unit", row(43), "县数字政府办 (defined) and 县委组织部 (defined; also an alias in units.txt)", text="县数字政府办、县委组织部")
M("unknown-unit", row(1), "县政府办, 县委编办: defined short names (line %d)" % L_mem, text="县政府办牵头，县委编办")
M("unknown-unit", row(2), "县工信商务局 = 贺兰县工业信息化和商务局; 园区管委会 = 贺兰工业园区管理委员会 (defined on line %d)" % L_layer, text="县工信商务局牵头，园区管委会")
M("unknown-unit", row(3), "园区管委会 leads: defined short name of 贺兰工业园区管理委员会, a county body", text="园区管委会牵头")
M("unknown-unit", row(4), "县教体局, 县卫健局, 县人社局, 县民政局: defined short names (line %d)" % L_mem, text="县教体局、县卫健局、县人社局、县民政局")
M("unknown-unit", row(8), "县供销社 = 贺兰县供销合作社联合社, defined on line %d" % L_mem, text="县供销社")
M("unknown-unit", row(11), "县审批局 = 贺兰县审批服务管理局 (defined on line %d); 县市场监管局, 县司法局 defined on line %d" % (L_bg, L_mem), text="县审批局牵头，县市场监管局、县司法局")
M("unknown-unit", row(9), "县发改局 = 贺兰县发展和改革局, defined on line %d" % L_mem, text="县发改局")
M("unknown-unit", row(18), "县住建局, 县水务局: defined short names", text="县住建局、县水务局")
M("unknown-unit", row(22), "县委政法委 = 中共贺兰县委政法委员会, defined", text="县委政法委")
M("unknown-unit", row(31), "县应急局 = 贺兰县应急管理局, defined", text="县应急局")
M("unknown-unit", row(34), "贺兰生态环境分局 = 银川市生态环境局贺兰分局 (defined on line %d, in units.txt): a city branch seated in the county" % L_mem, text="贺兰生态环境分局")
M("unknown-unit", row(39), "县公共资源交易中心 = 贺兰县公共资源交易中心 (defined; alias in units.txt)", text="县公共资源交易中心")
M("unknown-unit", row(40), "县机关事务中心 = 贺兰县机关事务服务中心, defined", text="县机关事务中心")
M("unknown-unit", row(41), "县融媒体中心: defined; also in units.txt", text="县融媒体中心")
M("unknown-unit", row(26), "县统计局: defined; also in units.txt", text="县统计局")
# collectives
M("unknown-unit", row(7), "collective subject 各乡镇人民政府", text="各乡镇人民政府")
M("unknown-unit", row(12), "collective subject 县直各部门（单位） (same row as the planted 县数改办)", text="县直各部门（单位）")
M("unknown-unit", row(15), "collective subject 县直有关部门", text="县直有关部门")
M("unknown-unit", row(24), "县教体局、县卫健局等有关部门: defined units followed by a collective", text="县教体局、县卫健局等有关部门")
# regional bodies quoted with （以下简称……）, never leads of county tasks
M("unknown-unit", L_eco, "自治区公共资源交易管理局 (a baseline unit) introduced with （以下简称自治区公管局）; the county lead is 县发改局", text="自治区公管局")
M("unknown-unit", L_c6, "自治区政府办公厅 and 自治区公管局: regional bodies defined earlier (lines %d, %d), named as issuing the 部署, not as leads of county tasks" % (L_cloud, L_eco), text="自治区政府办公厅")
M("unknown-unit", L_sec2, "自治区党委网信办: defined on line %d (and a baseline unit); named as issuing requirements" % L_sec1, text="自治区党委网信办")
M("unknown-unit", L_mgmt, "数字宁夏公司 = 数字宁夏建设运营有限公司 (regional state-owned company of 《实施意见》 task 62), defined with （以下简称……）; a service provider, not a responsible unit", text="数字宁夏公司")
M("unknown-unit", L_mech, "县领导小组 = 贺兰县数字政府建设领导小组 (defined on line %d, in units.txt)" % L_org, text="县领导小组")
# pillars
M("missing-pillar", 0, "五个一/六级贯通 work system: section 二 (lines %d-%d)" % (L_org - 1, L_mech), pillar="五个一")
M("missing-pillar", 0, "数字生态: line %d" % L_eco, pillar="数字生态")
M("missing-pillar", 0, "党的领导 (组织领导, 财政投入, 数字素养, 考核评价): lines %d-%d" % (L_p1 - 1, L_p4), pillar="党的领导")
M("missing-pillar", 0, "数据资源: lines %d-%d" % (L_data1 - 1, L_data3), pillar="数据资源")
M("missing-pillar", 0, "生态环境保护 capability: line %d and rows 34-35" % L_c5, pillar="生态环境保护")

# ---------------------------------------------------------------- covers
C(2, row(2)); C(3, row(3)); C(6, row(4)); C(7, row(5)); C(8, row(6)); C(10, row(7)); C(11, row(8)); C(12, row(9))
C(14, L_sec1); C(15, L_sec1); C(17, L_sec2); C(18, row(10)); C(20, L_rule1); C(21, row(11)); C(23, row(12)); C(24, L_rule2)
C(28, row(13)); C(29, row(14)); C(30, L_data1); C(32, L_data1); C(33, row(15)); C(34, row(15)); C(40, row(16)); C(41, row(17))
C(42, row(18)); C(46, row(19)); C(47, row(20)); C(48, row(21)); C(49, row(22)); C(54, row(23)); C(56, row(24)); C(57, row(25))
C(64, row(1)); C(66, row(26)); C(68, L_c2); C(71, row(27)); C(73, row(28)); C(77, row(30)); C(79, L_c3); C(80, row(31)); C(83, row(32))
C(84, row(33)); C(86, row(33)); C(88, row(29)); C(93, L_c4b); C(94, row(34)); C(96, row(35)); C(102, L_c5); C(104, row(36)); C(105, row(37))
C(106, row(38)); C(108, row(39)); C(111, row(40)); C(112, row(41)); C(114, row(41)); C(115, row(42)); C(116, L_p1); C(118, L_p3)
C(121, row(43)); C(123, L_p4)

key = {
    "writer": "blind writer, round 487; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": must,
    "covers": covers,
    "notes": ("贺兰县 (银川市) plan of 2024-04-18, checked against 宁政发〔2023〕17号 only (no parent plan). "
              "The drafter introduces every county body once in full with （以下简称……） (lines %d, %d, %d, %d, %d, %d) and uses the short name after; "
              "units.txt lists the full names and deliberately leaves out most of the draft's own short names (县大数据中心, 县委网信办, 县发改局, 县工信商务局, 县审批局, 县数字政府办, 园区管委会, 县教体局, 县卫健局, 县应急局, 县机关事务中心, 贺兰生态环境分局 …), "
              "so they are known only through the draft's definitions. Regional bodies quoted are shortened the same way (自治区公管局, 自治区党委网信办, 自治区政府办公厅), as are documents (《指导意见》, 《实施意见》, “1244+N”行动计划). "
              "The only undefined short name is 县数改办 (row 12). Task-list rows number their 重点内容 1-43; rows take up the regional tasks named in covers. "
              "Table note on line %d: the first-listed unit of a cell leads.") % (L_bg, L_org, L_mem, L_mgmt, L_layer, L_p3, ln("说明：牵头单位有多个的")),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(LINES), "lines;", len(expect), "expect;", len(must), "mustNotFlag;", len(covers), "covers")
for e in expect:
    print(e["rule"], e["line"], e.get("text"))
