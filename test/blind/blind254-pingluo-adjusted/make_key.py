import json, datetime
lines = open("draft.txt",encoding="utf-8").read().split("\n")
def ln(*subs):
    hits = [i+1 for i,l in enumerate(lines) if all(s in l for s in subs)]
    assert len(hits)==1, (subs, hits)
    return hits[0]
def has(line, text):
    assert text in lines[line-1], (line, text)
    return line

expect = []
def E(rule, line, text, why, **kw):
    if line: has(line, text)
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d.update(kw); d["why"] = why; expect.append(d)

l = ln("城域网升级改造", "2025年9月底前")
E("deadline-later-than-baseline", l, "2025年9月底前", "adjusted deadline of the 城域网 task (table row 5) is later than regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the 原定 2024年10月底前 in the same row is history and fine")
l = ln("填表报数", "2026年6月底前")
E("deadline-later-than-baseline", l, "2026年6月底前", "adjusted deadline of the 填表报数 task (row 13) is later than regional task 106 (全区统一的填表报数系统，压减50%以上), 完成时限 2025年 (also later than task 105, 2024年, if matched there)")
l = ln("多卡合一", "13月")
E("deadline-invalid", l, "2025年13月底前", "impossible month 13 (task 92 多卡合一, regional 完成时限 2025年)")
l = ln("提升机关事务管理水平", "调整为2024年12月底前完成")
E("deadline-invalid", l, "2024年12月底前", "the ADJUSTED deadline lies before the year the notice is issued (2025-03-18): it is already past; regional task 111 (机关事务管理信息系统整合、办公用房信息数据库) 完成时限 2025年, so not late. The 原定2024年6月底前 in the same line is history and fine")
l = ln("宁政发〔2023〕71号")
E("basis-mismatch", l, "宁政发〔2023〕71号", "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits swapped); the same title is cited correctly on line %d" % ln("宁政发〔2023〕17号"))
l = ln("《平罗县数字政府建设工作方案》")
E("basis-mismatch", l, "平罗县数字政府建设工作方案", "wrong title of the plan being adjusted: 平政发〔2024〕12号 is 《平罗县数字政府建设实施方案》 (title line %d and line %d); 工作方案 for 实施方案" % (ln("关于调整《平罗县数字政府建设实施方案》"), ln("（平政发〔2024〕12号，以下简称")))
l = ln("县信息中心")
E("unknown-unit", l, "县信息中心", "not in units.txt (the registry has 县大数据服务中心 = 县大数据中心; 县信息中心 is an old name)")

mnf = []
def M(rule, line, why, text=None):
    if text: has(line, text)
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why; mnf.append(d)

DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"
# citations
M(BM, ln("（平政发〔2024〕12号，以下简称"), "the 2024 county plan's own 文号 with its correct title; a county 文号 the baseline does not know is not a mismatch", "平政发〔2024〕12号")
M(BM, ln("（平政发〔2024〕12号，以下简称"), "correct: 国发〔2022〕14号 is 国务院关于加强数字政府建设的指导意见", "国发〔2022〕14号")
M(BM, ln("（平政发〔2024〕12号，以下简称"), "correct regional citation", "宁政发〔2023〕17号")
M(BM, ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 (when county data sharing began), correct title and 文号; not cited as the basis", "宁政办发〔2020〕14号")
M(BM, 2, "the notice's own 文号", "平政办发〔2025〕11号")
# deadlines: original dates (history) and dates in the past
M(DI, ln("（平政发〔2024〕12号，以下简称"), "past dates in the background (plan issued 2024年3月, tasks 2024年至2025年)", "2024年3月")
M(DI, ln("开展年度评估"), "past dates in the background (2024年12月 evaluation, 截至2024年12月底)", "截至2024年12月底")
M(DI, ln("宁政发〔2023〕71号"), "2023年—2025年 is part of the regional task list's title, not a deadline", "2023年—2025年")
M(DL, ln("宁政发〔2023〕71号"), "到2025年底 全县目标任务全面完成 equals the regional 主要目标 到2025年", "到2025年底")
M(DI, ln("城域网升级改造", "2025年9月底前"), "原定2024年10月底前 is the original (historical) deadline, not one this notice sets", "2024年10月底前")
M(DI, ln("智慧园区”二期建设"), "原定2024年底前 is history")
M(DI, ln("县疫情防控管理平台升级"), "cancelled task: 原定2024年6月底前 is history and the task is 不再实施", "2024年6月底前")
M(DL, ln("县疫情防控管理平台升级"), "cancelled task 82-type (疫情防控平台, regional 2023年): the 原定 date is later than 2023 but is history and the task is no longer carried out", "2024年6月底前")
M(DI, ln("县级政务云机房扩容改造"), "cancelled task, 原定 date is history", "2024年底前")
M(DI, ln("建设县级公共数据开放平台"), "cancelled task, 原定 date is history (regional task 41, 2024年)", "2024年9月底前")
done_line = lambda key: ln(key, "已完成（")
M(DI, done_line("调整充实县数字政府建设领导小组"), "task done in 2024年4月 (history); task 64 regional 2025年", "已完成（2024年4月）")
M(DI, done_line("行政权力事项网上运行"), "task done 2024年8月 (history); task 21 regional 2024年", "已完成（2024年8月）")
M(DL, done_line("政务信创云迁移"), "done 2024年12月, within task 43 (2024年建成，持续推进) / task 19 (2024年建成)", "已完成（2024年12月）")
M(DL, done_line("数据安全防护能力评估"), "done 2024年11月, within task 16 (2024年)", "已完成（2024年11月）")
M(DL, done_line("统一电子印章系统"), "done 2024年9月, within task 53 (2024年)", "已完成（2024年9月）")
M(DL, done_line("矛盾纠纷多元化解"), "done 2024年11月, within task 77 (2024年)", "已完成（2024年11月）")
M(DL, done_line("适老化"), "done 2024年12月, equal to task 93 (2024年)", "已完成（2024年12月）")
M(DL, done_line("宁政通"), "done 2024年6月, within task 105 (2024年)", "已完成（2024年6月）")
M(DL, done_line("智慧林草"), "done 2024年10月, within task 98 (2024年)", "已完成（2024年10月）")
M(DL, done_line("企业专属网页"), "done 2024年8月, within task 89 (2024年)", "已完成（2024年8月）")
# adjusted dates within the region's
adj = [
 ("智慧园区”二期建设", "2025年底前", "task 3 持续推进，2025年取得明显成效: equal"),
 ("数字乡村建设", "2025年6月底前", "task 10 持续推进，2025年取得明显成效: earlier"),
 ("数据要素市场", "2025年12月底前", "task 12 2025年: equal"),
 ("一体化政务大数据体系县级部分", "2025年6月底前", "task 29 2023年启动，2025年完成: earlier"),
 ("视频共享平台，融入", "2025年9月底前", "task 49 2025年: earlier"),
 ("非税收入收缴电子化", "2025年6月底前", "task 56 2025年: earlier"),
 ("综合指挥调度中心建设", "2025年10月底前", "task 81 2025年: earlier"),
 ("经济运行大数据平台", "2025年9月底前", "task 66 2025年: earlier"),
 ("互联网+基层治理", "2025年12月底前", "task 83 2025年: equal"),
 ("互联网+城乡供水", "2025年10月底前", "task 96 2025年: earlier"),
 ("视频会议系统资源", "2025年6月底前", "task 107 2025年: earlier"),
 ("争取自治区数字政府建设试点", "2025年11月底前", "task 28 2023年启动，2025年取得明显成效: earlier"),
 ("碳排放智能监测", "调整为2025年底前完成", "task 101 (and 102) 2025年: equal"),
 ("互联网+医疗健康", "调整为2025年9月底前完成", "task 8 持续推进，2025年取得明显成效: earlier"),
]
for key, t, why in adj:
    M(DL, ln(key), "adjusted deadline within the region's: " + why, t)
M(DI, ln("数据权限于2024年12月开通"), "past date in the reason column (history)", "2024年12月开通")
M(DI, ln("县级节点于2025年1月部署完成"), "past date in the reason column, same year as the notice", "2025年1月")
M(DL, ln("县级效能目标管理考核"), "2025年度 is the appraisal year, not a completion deadline (tasks 121 长期坚持 / 122 2023年完成，长期坚持)", "2025年度")
M(DL, ln("县级效能目标管理考核"), "office's own reporting date", "2025年4月15日前")
M(DL, ln("填报说明"), "office's own reporting date in the attachment", "2025年4月15日前")
M(DL, ln("争取自治区数字政府建设试点"), "2025年第二季度 in the reason column is the region's application window, not a deadline", "2025年第二季度")
M(DI, ln("2025年3月18日印发"), "the notice's own issue date", "2025年3月18日")
# units
M(UU, ln("县大数据中心、县直各部门（单位）"), "official short name in units.txt (县大数据服务中心 = 县大数据中心)", "县大数据中心")
M(UU, ln("县大数据中心、县直各部门（单位）"), "collective subject", "县直各部门（单位）")
M(UU, ln("数字乡村建设"), "collective subject", "各乡镇人民政府")
M(UU, ln("互联网+基层治理"), "collective subject", "各村（社区）")
M(UU, ln("争取自治区数字政府建设试点"), "collective subject (县直有关部门)", "县直有关部门")
M(UU, ln("经济运行大数据平台"), "prefix 县 distributes: 县统计局, 县工业信息化和商务局 are in units.txt", "统计局")
M(UU, ln("多卡合一"), "short names in units.txt (县医疗保障局 = 县医保局, 县人力资源社会保障局 = 县人社局)", "县医保局")
M(UU, done_line("统一电子印章系统"), "short name of 县市场监督管理局", "县市场监管局")
M(UU, done_line("企业专属网页"), "short name of 县工业信息化和商务局", "县工信商务局")
M(UU, ln("县发改局要做好"), "short name of 县发展改革局", "县发改局")
M(UU, ln("碳排放智能监测"), "a municipal branch in units.txt", "石嘴山市生态环境局平罗分局")
M(UU, ln("智慧园区”二期建设"), "in units.txt", "平罗工业园区管委会")
M(UU, ln("县级效能目标管理考核"), "县数字政府建设领导小组办公室 is in units.txt; 县政府办公室 is the short name of 县人民政府办公室", "县数字政府建设领导小组办公室")
M(UU, ln("需待石嘴山市统一部署"), "石嘴山市 in the reason column is the parent city, not a responsible unit", "石嘴山市统一部署")
M(UU, ln("县发改局要做好"), "自治区、石嘴山市对口部门 is a collective reference to higher-level counterparts, not a responsible unit", "石嘴山市对口部门")
M(UU, ln("县疫情防控管理平台升级"), "responsible unit of a cancelled task, in units.txt", "县卫生健康局")

covers = []
def C(task, *subs): covers.append({"task": task, "line": ln(*subs)})
C(3,"智慧园区”二期建设"); C(10,"数字乡村建设"); C(12,"数据要素市场"); C(29,"一体化政务大数据体系县级部分")
C(48,"城域网升级改造","2025年9月底前"); C(49,"视频共享平台，融入"); C(56,"非税收入收缴电子化"); C(81,"综合指挥调度中心建设")
C(66,"经济运行大数据平台"); C(83,"互联网+基层治理"); C(92,"多卡合一"); C(96,"互联网+城乡供水")
C(106,"填表报数","2026年"); C(107,"视频会议系统资源"); C(28,"争取自治区数字政府建设试点")
C(111,"提升机关事务管理水平"); C(101,"碳排放智能监测"); C(8,"互联网+医疗健康")
C(64,"调整充实县数字政府建设领导小组"); C(21,"行政权力事项网上运行"); C(43,"政务信创云迁移"); C(16,"数据安全防护能力评估")
C(53,"统一电子印章系统"); C(70,"双随机、一公开"); C(77,"矛盾纠纷多元化解"); C(86,"建成平罗专区"); C(93,"适老化")
C(105,"推广“宁政通”移动办公"); C(114,"政务新媒体矩阵"); C(112,"完善县政府信息公开平台"); C(40,"电子公文全流程"); C(98,"智慧林草")
C(97,"三维立体"); C(89,"企业专属网页"); C(116,"一把手工程"); C(14,"守牢安全底线")

key = {
 "writer": "blind writer, round 254; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2025,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("A mid-course adjustment notice (平政办发〔2025〕11号, issued 2025-03-18) of the county's 2024 plan 平政发〔2024〕12号, which implements 宁政发〔2023〕17号; no parent plan is checked. "
           "planYear is 2025, the year the notice is issued: every 原定 date (2024…) and every 已完成（2024年…） date is history, not a deadline the notice sets; only the 调整后完成时限 column (lines 22-36) and the 调整为… phrases (lines 38-40) are live deadlines. "
           "Table rows: first-listed unit is the lead (stated on line 20). The notice covers every pillar of the 34567 framework plus 党的领导 through its rows, so no missing-pillar is expected; an adjustment notice is not required to mirror the whole framework anyway. "
           "Cancelled tasks (lines 61-63: 疫情防控平台 ~ task 82, 县级机房 ~ tasks 43/46, 县级公共数据开放平台 ~ task 41) are not listed in covers; a task-uncovered for 41 or 82 is information only and either reading is defensible. "
           "On line 38 only the adjusted 2024年12月底前 is wrong (原定2024年6月底前 is history); on line 15 only the 文号 is wrong (the 附件2 title 全区数字政府建设重点任务清单（2023年—2025年） is right). "
           "Most 2023/2024 regional tasks not mentioned here are simply not the subject of an adjustment notice, so task-uncovered information is expected in quantity and no task-uncovered is listed in expect.")
}
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e["rule"], e["line"], e.get("text"))
