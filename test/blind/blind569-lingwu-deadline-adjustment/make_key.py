# builds key.json; every line number is looked up in draft.txt and checked
import json
D = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(D) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in D[hits[0] - 1], (anchor, text)
    return hits[0]
def row(n):  # table row by its 序号
    hits = [i + 1 for i, l in enumerate(D) if l.split("\t")[0] == str(n) and l.count("\t") == 5]
    assert len(hits) == 1, n
    return hits[0]
def cell(n, k):
    return D[row(n) - 1].split("\t")[k]
def adj(n, text):
    assert cell(n, 4) == text, (n, cell(n, 4), text); return row(n)
def orig(n, text):
    assert cell(n, 3) == text, (n, cell(n, 3), text); return row(n)
def unit(n, text):
    assert text in cell(n, 2), (n, text); return row(n)

expect = [
 {"rule": "deadline-later-than-baseline", "line": adj(6, "2024年6月底"), "text": "2024年6月底",
  "why": "adjusted date of table row 6 (数据管理机构、职责分工、数据专员) is later than regional task 32, 完成时限 2023年 (neighbouring tasks 30 and 31 are also 2023年); the 原定 2023年12月底 was on time, the adjustment runs past the region"},
 {"rule": "deadline-later-than-baseline", "line": adj(9, "2025年6月底"), "text": "2025年6月底",
  "why": "adjusted date of table row 9 (城域网升级改造, 区市县乡村全覆盖) is later than regional task 48, 完成时限 2024年 (task 47 on the 外网 upgrade is also 2024年)"},
 {"rule": "deadline-later-than-baseline", "line": adj(20, "2026年6月底"), "text": "2026年6月底",
  "why": "adjusted date of table row 20 (填表报数系统, 压减50%以上) is later than regional task 106, 完成时限 2025年 (if read as task 105 \u201c宁政通\u201d, 2024年, it is later still)"},
 {"rule": "deadline-invalid", "line": adj(22, "2023年12月底"), "text": "2023年12月底",
  "why": "the adjusted (new) deadline of table row 22 lies in 2023, before the notice's own year 2024 (印发 2024年4月26日); a slip for 2024年12月底. Regional task 112 完成时限 2024年, so it is not late"},
 {"rule": "unknown-unit", "line": unit(10, "市大数据管理局"), "text": "市大数据管理局",
  "why": "not in units.txt; the city's body is 市大数据服务中心 everywhere else (a name copied from another city's plan)"},
 {"rule": "basis-mismatch", "line": ln("宁政发〔2023〕17号）部署要求", "自治区人民政府关于加快推进数字政府建设的实施意见"),
  "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
  "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; 加快推进 was carried over from the local plan's own title"},
 {"rule": "garbled-text", "line": ln("鐢靛瓙鏀垮姟澶栫綉"), "text": "鐢靛瓙鏀垮姟澶栫綉",
  "why": "UTF-8 bytes of 电子政务外网 read as GBK (no ? marker); re-encoding as GBK and decoding as UTF-8 recovers it"},
]

def dl(line, text, why):
    return {"rule": "deadline-later-than-baseline", "line": line, "text": text, "why": why}
def di(line, text, why):
    return {"rule": "deadline-invalid", "line": line, "text": text, "why": why}
def uu(line, text, why):
    return {"rule": "unknown-unit", "line": line, "text": text, "why": why}
def bm(line, text, why):
    return {"rule": "basis-mismatch", "line": line, "text": text, "why": why}

L_intro = ln("灵政办发〔2023〕87号")
mnf = [
 dl(adj(1, "2025年6月底"), "2025年6月底", "row 1 (智慧园区) = regional task 3, 完成时限 持续推进，2025年取得明显成效: earlier than the completing milestone"),
 dl(adj(2, "2025年10月底"), "2025年10月底", "row 2 (数字乡村) = task 10, 持续推进，2025年取得明显成效: within 2025"),
 dl(adj(3, "2025年8月底"), "2025年8月底", "row 3 (智慧教育平台) = task 7, 2023年形成试点经验，2025年取得明显成效: the completing milestone is 2025"),
 dl(adj(4, "2025年6月底"), "2025年6月底", "row 4 (数据要素市场) = task 12, 完成时限 2025年: earlier"),
 dl(adj(5, "2024年9月底"), "2024年9月底", "row 5 (一本账) = task 23, 完成时限 2024年: within the year"),
 dl(adj(7, "2024年12月底"), "2024年12月底", "row 7 (公共数据开放目录) = task 41, 完成时限 2024年: equal"),
 dl(adj(8, "2024年10月底"), "2024年10月底", "row 8 (系统迁移上云) = task 46, 完成时限 2024年: within"),
 dl(adj(10, "2024年11月底"), "2024年11月底", "row 10 (业务专网整合) = task 50, 完成时限 2024年: within (the row's unit is the error, not the date)"),
 dl(adj(11, "2024年10月底"), "2024年10月底", "row 11 (电子文件归档) = task 54, 完成时限 2024年: within"),
 dl(adj(12, "2024年12月底"), "2024年12月底", "row 12 (经济运行大数据平台) = task 66, 完成时限 2025年: earlier (task 65, 2024年, would also be met)"),
 dl(adj(13, "2024年12月底"), "2024年12月底", "row 13 (追溯监管) = task 71, 完成时限 2024年: equal"),
 dl(adj(14, "2024年11月底"), "2024年11月底", "row 14 (雪亮工程) = task 79, 完成时限 2024年: within"),
 dl(adj(15, "2025年12月底"), "2025年12月底", "row 15 (互联网+基层治理) = task 83, 完成时限 2025年: 2025年12月底 equals 2025年"),
 dl(adj(16, "2024年8月底"), "2024年8月底", "row 16 (我的宁夏 应上尽上) = task 86, 完成时限 2024年: within"),
 dl(adj(17, "2024年12月底"), "2024年12月底", "row 17 (适老化与信息无障碍) = task 93, 完成时限 2024年: equal"),
 dl(adj(18, "2025年9月底"), "2025年9月底", "row 18 (互联网+城乡供水, 数字孪生流域) = task 96, 完成时限 2025年: earlier"),
 dl(adj(19, "2024年9月底"), "2024年9月底", "row 19 (协同办公平台) = task 104, 完成时限 2024年: within"),
 dl(adj(21, "2025年6月底"), "2025年6月底", "row 21 (机关事务, 办公用房数据库) = task 111, 完成时限 2025年: earlier"),
 dl(adj(23, "2024年11月底"), "2025年6月底", "row 23 (政民互动, 12345 枢纽) = task 115, 完成时限 2024年: the 原定 2025年6月底 is the old date being corrected; the new commitment 2024年11月底 is within (if read as task 87, 2025年完成, both dates are within)"),
 dl(adj(24, "2024年12月底"), "2024年12月底", "row 24 (人才引进培养) = task 117, 完成时限 2024年: equal"),
 dl(ln("确保到2025年底"), "2025年底", "overall goal: equals the region's 到2025年 goal (34567 框架全面成型)"),
 dl(ln("（一）成立灵武市推进数字政府建设领导小组"), "2024年6月底", "already completed task (task 64, 2025年); 原定 is a record of the old date"),
 di(orig(5, "2023年12月底"), "2023年12月底", "原定完成时限 column: the old date, a record, not a commitment of this 2024 notice"),
 di(orig(6, "2023年12月底"), "2023年12月底", "原定 column, old date"),
 di(orig(8, "2023年12月底"), "2023年12月底", "原定 column, old date"),
 di(orig(16, "2023年12月底"), "2023年12月底", "原定 column, old date"),
 di(orig(22, "2023年9月底"), "2023年9月底", "原定 column of row 22, old date (the 调整后 cell of the same row is the planted error)"),
 di(ln("（二）明确各部门（单位）数字政府建设安全"), "2023年11月", "completion date of a task already done (past), and its 原定 2023年12月底; tasks 14/15 were due 2023年"),
 di(ln("（三）编制全市政务数据资源目录"), "2023年10月", "completion date of a finished task (task 30, 2023年)"),
 di(ln("（四）推进电子证照在政务服务领域"), "2023年11月", "completion date of a finished task (task 85, 2023年)"),
 di(ln("（五）推广“宁政通”移动办公平台"), "2024年2月", "completion date (past) of task 105"),
 di(ln("（六）整合全市非涉密视频会议"), "2024年3月", "completion date (past) of task 107"),
 di(ln("经调度，截至2024年3月底"), "2024年3月底", "progress statistics cut-off date, background"),
 di(ln("（一）组织体系不断健全"), "2023年11月", "past date in the progress account"),
 di(ln("（二）基础支撑持续夯实"), "2023年底前", "retrospective: integration already finished before 2024"),
 di(ln("（三）数据资源加快汇聚"), "2023年10月", "past dates in the progress account"),
 di(ln("（四）政务服务提质增效"), "2023年12月", "past date in the progress account"),
 di(ln("（六）安全防护能力不断增强"), "2023年", "past year in the progress account"),
 di(ln("2024年4月26日印发"), "2024年4月26日", "印发 date in the 版记"),
 di([i + 1 for i, l in enumerate(D) if l == "2024年4月26日"][0], "2024年4月26日", "signature (成文) date"),
 di(ln("于2024年5月15日前报"), "2024年5月15日前", "the office's own filing date for work plans, not a task deadline"),
 di(ln("每季度最后一个月25日前"), "2024年12月20日前", "reporting dates (quarterly 25日前, annual 2024年12月20日前), not task deadlines"),
 bm(L_intro, "灵政办发〔2023〕87号", "the local plan being amended, cited consistently with its own 文号; its own title legitimately says 加快推进"),
 bm(L_intro, "国发〔2022〕14号", "correct title and 文号 of the national guiding opinion"),
 bm(ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 (title and 文号 match), not cited as a basis"),
 bm(ln("附件2《全区数字政府建设重点任务清单"), "自治区人民政府关于加强数字政府建设的实施意见", "correct title of 宁政发〔2023〕17号, cited with its 附件2 title"),
 bm(ln("灵政办发〔2024〕23号"), "灵政办发〔2024〕23号", "the notice's own 文号"),
 uu(ln("各乡镇人民政府、街道办事处，市直各部门（单位）："), "街道办事处", "addressee line: 各 distributes over 街道办事处; collective addressees"),
 uu(unit(6, "市直各部门（单位）"), "市直各部门（单位）", "collective subject"),
 uu(unit(7, "市直有关部门"), "市直有关部门", "collective subject"),
 uu(unit(15, "各乡镇（街道）"), "各乡镇（街道）", "collective subject"),
 uu(unit(9, "各乡镇人民政府"), "各乡镇人民政府", "collective subject (the same row's date is the error)"),
 uu(unit(4, "市发改局"), "市发改局", "short name of 市发展和改革局 in units.txt"),
 uu(unit(16, "市审批局"), "市审批局", "short name of 市审批服务管理局 in units.txt"),
 uu(unit(24, "市人社局"), "市人社局", "short name of 市人力资源社会保障局 in units.txt"),
 uu(unit(13, "市市场监管局"), "农业农村局", "prefix 市 distributes: 市市场监管局 (alias), 市农业农村局, 市卫生健康局"),
 uu(unit(12, "发展和改革局"), "发展和改革局", "prefix distributes: 市发展和改革局"),
 uu(unit(1, "自然资源局"), "自然资源局", "prefix distributes: 市自然资源局"),
 uu(unit(5, "财政局"), "财政局", "prefix distributes: 市财政局"),
 uu(row(5), "自治区政府办公厅", "named in the 调整理由 column as the body that opened an interface, not as a responsible unit or lead of the local task"),
 uu(unit(2, "郝家桥镇人民政府"), "崇兴镇人民政府", "town governments listed in units.txt"),
 uu(ln("抄送："), "市人大常委会办公室", "抄送 recipients, all in units.txt"),
 uu(ln("市人民政府督查室将"), "市人民政府督查室", "in units.txt"),
 uu(ln("（一）组织体系不断健全"), "灵武市推进数字政府建设领导小组", "a body created by a task, not a responsible unit"),
 {"rule": "garbled-text", "line": ln("灵武市人民政府办公室　　　　2024年4月26日印发"), "text": "　　　　", "why": "full-width spaces of the 版记 line, normal layout"},
 {"rule": "missing-pillar", "line": 0, "why": "an adjustment notice lists only the tasks whose dates change and need not mirror the framework; in any case the rows and lists touch every pillar: 数字经济 (rows 1, 12), 数字社会 (rows 2, 3), 数字生态 (row 4), 安全保障 (已提前（二）), 制度规则 (row 5), 数据资源 (rows 6, 7), 平台支撑 (rows 8-11), 五个一/六级贯通 (已提前（一）), the seven 能力 (rows 12-23), 党的领导 (row 24, 工作要求 资金保障 and 效能目标考核)"},
]

covers = [{"task": t, "line": row(n)} for t, n in [
 (3, 1), (10, 2), (7, 3), (12, 4), (23, 5), (32, 6), (41, 7), (46, 8), (48, 9), (50, 10), (54, 11), (66, 12),
 (71, 13), (79, 14), (83, 15), (86, 16), (93, 17), (96, 18), (104, 19), (106, 20), (111, 21), (112, 22), (115, 23), (117, 24)]]
covers += [
 {"task": 64, "line": ln("（一）成立灵武市推进数字政府建设领导小组")},
 {"task": 14, "line": ln("（二）明确各部门（单位）数字政府建设安全")},
 {"task": 15, "line": ln("（二）明确各部门（单位）数字政府建设安全")},
 {"task": 30, "line": ln("（三）编制全市政务数据资源目录")},
 {"task": 85, "line": ln("（四）推进电子证照在政务服务领域")},
 {"task": 105, "line": ln("（五）推广“宁政通”移动办公平台")},
 {"task": 107, "line": ln("（六）整合全市非涉密视频会议")},
]
for e in expect + mnf:
    if e["line"] and e.get("text"):
        assert e["text"] in D[e["line"] - 1], e
key = {
 "writer": "blind writer, round 569; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": "Document type: a 2024 notice of the 灵武市 government office amending the completion dates of its own 2023 plan (灵政办发〔2023〕87号, not in the seeds). The table has six columns; only 调整后完成时限 is a commitment of this document. 原定完成时限 is the old date (a record), and 已于…完成 dates are past completions. Row 23 moves a date earlier to meet the region (原定 2025年6月底 was later than task 115's 2024年). Row 22's 调整后 2023年12月底 is the only new deadline before 2024. Only row 10 names an unregistered unit. No parent plan (灵武市 is under 银川市, whose plan is not supplied). task-uncovered is not annotated: a notice that only touches the rows whose dates change leaves most regional tasks unmentioned by design; no task is deliberately left out.",
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
