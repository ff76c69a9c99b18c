# -*- coding: utf-8 -*-
# Builds key.json for blind case 421; every line number is found in draft.txt and checked.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L.pop()

def ln(anchor, text=None):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def row1(n):   # annex 1 row number -> line
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(f"{n}\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def row2(name):  # annex 2 system name -> line
    hits = [i + 1 for i, s in enumerate(L) if s.split("\t")[0] == name]
    assert len(hits) == 1, (name, hits)
    return hits[0]

def cell(line, k):
    return L[line - 1].split("\t")[k]

GARBLED = '智慧教育平台'.encode('utf-8').decode('gbk')

expect = []
def E(rule, line, text, why):
    assert text in L[line - 1], (rule, line, text)
    expect.append({"rule": rule, "line": line, "text": text, "why": why})

E("basis-mismatch", ln("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号",
  "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (slip in the preamble)")
r = row1(19); assert cell(r, 4) == "2025年6月"
E("deadline-later-than-baseline", r, "2025年6月",
  "annex 1 row 19 (城域网升级改造, 电子政务外网 to 县、乡、村 full coverage) is regional task 48, 完成时限 2024年; the body's own goal (line 14) also says 到2024年底")
r = row1(35); assert cell(r, 2) == "自治区政府办公厅"
E("unknown-unit", r, "自治区政府办公厅",
  "a regional body named as the lead (牵头单位) of a county task; copied from regional task 86's 责任单位; the county lead would be 县审批局 or 县政府办")
r = row2("彭阳县政府办公自动化（OA）系统"); assert cell(r, 3) == "2025年6月"
E("deadline-later-than-baseline", r, "2025年6月",
  "integrating the county OA into the 全区统一的协同办公平台 is regional task 104, 完成时限 2024年 (annex 1 row 42 of the same draft also says 2024年)")
r = row2("彭阳县社会救助信息系统"); assert cell(r, 3) == "2023年9月"
E("deadline-invalid", r, "2023年9月",
  "a completion date before the plan's own year (issued 2024-03-18); not a copied regional deadline: migration to the 政务信创云 is regional task 46, 完成时限 2024年")
r = row2(GARBLED)
E("garbled-text", r, GARBLED[:6],
  "system name 智慧教育平台 as UTF-8 bytes read as GBK (re-encode as GBK, decode as UTF-8)")
r = row2("彭阳县电子政务外网运维管理系统"); assert cell(r, 1) == "县信息中心"
E("unknown-unit", r, "县信息中心",
  "主管部门 not in units.txt (old name; the body and the same row's 整合方式 name 县大数据服务中心)")

mnf = []
def M(rule, line, why, text=None):
    if text is not None:
        assert text in L[line - 1], (rule, line, text)
        mnf.append({"rule": rule, "line": line, "text": text, "why": why})
    else:
        mnf.append({"rule": rule, "line": line, "why": why})

# basis documents
M("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
M("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (工作基础), correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
# dates that are not deadlines
M("deadline-invalid", ln("2024年3月18日"), "the notice's own issue date", "2024年3月18日")
M("deadline-invalid", ln("2022年，县级电子政务外网"), "past dates in the background (2022年, 2023年 achievements), not deadlines", "2022年")
M("deadline-later-than-baseline", ln("6月25日"), "the office's own half-yearly reporting dates, not task deadlines", "12月10日")
M("deadline-later-than-baseline", [i + 1 for i, x in enumerate(L) if x == "彭阳县数字政府建设重点任务清单（2024年—2025年）"][0], "period of the task list in its title, not a deadline", "2024年—2025年")
# 主要目标
M("deadline-later-than-baseline", ln("到2024年底"), "信创云 migration and 外网 coverage by 到2024年底: regional tasks 46 (2024年), 43 (2024年建成，持续推进) and 48 (2024年) - equal", "2024年底")
M("deadline-later-than-baseline", ln("到2025年，全县"), "equal to the region's 主要目标 到2025年 (34567 体系框架全面成型)", "2025年")
M("deadline-later-than-baseline", ln("到2035年"), "equal to the region's 到2035年 goal", "2035年")
# annex 1 deadlines
def D(n, txt, why):
    r = row1(n); assert cell(r, 4) == txt, (n, cell(r, 4)); M("deadline-later-than-baseline", r, why, txt)
D(1, "2024年12月", "task 2, 完成时限 2023年启动，2024年取得明显成效 - equal year")
D(2, "持续推进，2025年取得明显成效", "task 6, 完成时限 持续推进，2025年取得明显成效 - equal")
D(6, "2025年", "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效 - completing milestone equal")
D(12, "2024年9月", "task 23, 完成时限 2024年 - earlier")
D(13, "2024年启动，2025年取得明显成效", "task 28, 完成时限 2023年启动，2025年取得明显成效 - the start is later but the completing milestone (2025) is equal")
D(18, "2024年12月", "task 46, 完成时限 2024年 - equal")
D(26, "2024年6月", "task 64, 完成时限 2025年 - earlier")
D(36, "2025年", "task 87, 完成时限 2023年启动，2025年完成 - equal")
D(46, "2024年取得明显成效", "task 108, 完成时限 长期推进，2024年取得明显成效 - equal")
D(51, "长期坚持", "task 121, 完成时限 长期坚持 - equal")
r = row1(8); assert cell(r, 4) == "2023年"
M("deadline-invalid", r, "copied regional deadline: task 32, 完成时限 2023年; lies before the plan's year but equals the region's", "2023年")
M("deadline-later-than-baseline", r, "task 32, 完成时限 2023年 - equal", "2023年")
# annex 2 dates
def S(name, txt, why):
    r = row2(name); assert cell(r, 3) == txt, (name, cell(r, 3)); M("deadline-later-than-baseline", r, why, txt)
S("彭阳县人民政府门户网站", "2024年6月", "migration to 政务信创云: task 46, 完成时限 2024年 - earlier")
S("彭阳县视频会议系统", "2025年12月", "task 107, 完成时限 2025年 - equal to the region's year")
S("彭阳县12345便民服务热线系统", "2024年12月", "task 87, 完成时限 2023年启动，2025年完成 - earlier")
S("彭阳县“雪亮工程”视频监控平台", "2024年12月", "task 79 (雪亮工程), 完成时限 2024年 - equal; task 49 (视频共享平台) 2025年 - earlier")
S("彭阳县城市运行管理中心平台", "2025年6月", "task 9, 完成时限 持续推进，2025年取得明显成效 - equal year")
S("彭阳县应急指挥调度系统", "2024年12月", "task 80, 完成时限 2024年 - equal; task 81 2025年 - earlier")
S("彭阳县财政非税收入收缴系统", "2025年6月", "task 56, 完成时限 2025年 - equal year")
S("彭阳县机关事务管理系统", "2025年12月", "task 111, 完成时限 2025年 - equal to the region's year")
S("彭阳县乡村公益性岗位管理系统", "2024年12月", "task 46, 完成时限 2024年 - equal")
S("彭阳县殡葬服务管理系统", "2025年6月", "no regional task dates a 殡葬 system (at most the general platform consolidation of task 59, 2025年 - equal year)")
S("彭阳县梯田水土保持监测系统", "2025年9月", "no regional task dates this county system (closest, tasks 95/96, are 2025年 anyway)")
S("彭阳县农村集体“三资”监管平台", "2025年10月", "no regional task dates a 三资 platform (closest, task 10 数字乡村, is 2025年 anyway)")
# units: collectives, aliases, prefix distribution
def U(line, text, why): M("unknown-unit", line, why, text)
U(row1(2), "县直有关部门", "collective subject")
U(row1(2), "各乡镇人民政府", "collective subject")
U(row1(8), "县直各部门（单位）", "collective subject as lead")
U(row1(29), "承担监管职责的县直有关部门", "collective subject as lead")
U(row1(33), "各村（社区）", "collective subject")
U(row1(13), "县数字政府办", "official short name in units.txt (= 县推进数字政府建设领导小组办公室), also defined in the body (以下简称县数字政府办)")
U(row1(46), "审计局", "prefix 县 distributes over 县财政局、审计局 -> 县审计局, in units.txt")
U(row1(1), "县工信商务局", "short form listed in units.txt")
U(row1(1), "县发改局", "short form listed in units.txt")
U(row1(3), "县大数据中心", "short form listed in units.txt")
U(row1(4), "县卫健局", "short form listed in units.txt")
U(row1(6), "县供销社", "short form listed in units.txt")
U(row1(15), "彭阳生态环境分局", "short form of 固原市生态环境局彭阳分局, listed in units.txt")
U(row1(37), "县残联", "short form listed in units.txt")
U(row1(23), "彭阳县税务局", "vertical body listed in units.txt")
U(row1(32), "彭阳县消防救援大队", "listed in units.txt")
U(row2("彭阳县人民政府门户网站"), "县政府办", "owner written as a short form listed in units.txt")
U(row2("彭阳县城市运行管理中心平台"), "县住建局", "owner written as a short form listed in units.txt")
U(row2("彭阳县数字化城管系统"), "县综合执法局", "owner written as a short form listed in units.txt")
U(row2("彭阳县乡村公益性岗位管理系统"), "县人社局", "owner written as a short form listed in units.txt")
U(row2("彭阳县政务服务中心综合受理系统"), "彭阳县政务服务中心综合受理系统", "a system name (…服务中心 …系统), not a unit; its owner is 县审批局")
U(row2("彭阳县乡镇便民服务中心自助服务系统"), "彭阳县乡镇便民服务中心自助服务系统", "a system name (…服务中心 …系统), not a unit")
U(row2("彭阳县城市运行管理中心平台"), "彭阳县城市运行管理中心平台", "a system name (…管理中心 平台), not a unit")
U(row2("彭阳县数字化城管系统"), "并入彭阳县城市运行管理中心平台", "the target platform in 整合方式, not a unit")
U(ln("数字宁夏建设运营有限公司"), "数字宁夏建设运营有限公司", "the regional operating company named as a service provider in prose (借助…专业化服务), not a responsible unit of the county plan")
U(ln("县指挥调度中心"), "县指挥调度中心", "a facility to be built (一体化推进县指挥调度中心建设), not a responsible unit")

covers = []
def C(task, line): covers.append({"task": task, "line": line})
annex1_tasks = {1: 2, 2: 6, 3: 7, 4: 8, 5: 10, 6: 11, 7: 12, 8: 32, 9: 43, 10: 21, 11: 22, 12: 23, 13: 28,
    14: 33, 15: 34, 16: 40, 17: 41, 18: 46, 19: 48, 20: 50, 21: 49, 22: 52, 23: 53, 24: 56, 25: 57, 26: 64,
    27: 66, 28: 71, 29: 74, 30: 77, 31: 79, 32: 80, 33: 83, 34: 84, 35: 86, 36: 87, 37: 93, 38: 94, 39: 96,
    40: 97, 41: 98, 42: 104, 43: 105, 44: 106, 45: 107, 46: 108, 47: 111, 48: 112, 49: 114, 50: 115, 51: 121}
for n, t in annex1_tasks.items():
    C(t, row1(n))
sec = ln("1．强化安全保障")
for t in (14, 15, 18):
    C(t, sec)
C(30, ln("3．盘活数据资源"))
C(116, ln("（一）加强组织领导"))
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
  "writer": "blind writer, round 421; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
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
  "notes": ("彭阳县 (固原市) county plan issued 2024-03-18 by the county government office, basis: 国发〔2022〕14号 and the region's 实施意见 (cited with a wrong 文号 on purpose); no parent plan "
            "(固原市 is mentioned only as 'work deployment', with no title). Body is short prose covering the whole 34567 framework by content; tasks are in 附件1 "
            "(序号|任务|牵头单位|配合单位|完成时限, 51 rows, note: first-listed unit leads) and systems in 附件2 (系统名称|主管部门|整合方式|完成时间, 24 rows). "
            "Annex-1 row 8 keeps the regional 2023年 of task 32 (copied regional deadline before the plan year) - meant as a near miss. "
            "Tasks the region dates 2023年 for cities/counties (14, 15, 17, 24, 25, 30, 31, 36, 51, 67, 68, 72, 85) are taken up in prose without dates or not at all; "
            "task-uncovered is not annotated."),
}
with open("key.json", "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e["rule"], e["line"], e["text"])
