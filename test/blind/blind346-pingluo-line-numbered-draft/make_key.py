#!/usr/bin/python3
# Helper kept by the blind writer: builds key.json and checks every line number
# and text against the final draft.txt (1-based lines).
import json, re
D = open("draft.txt", encoding="utf-8").read().split("\n")
if D[-1] == "": D = D[:-1]

ERR = []
def find(sub, pdf=None):
    """draft.txt line (1-based) containing sub; if pdf is given, the line of that PDF line number."""
    hits = [i + 1 for i, t in enumerate(D) if sub in t]
    if pdf is not None:
        hits = [h for h in hits if re.match(r"^%d\s" % pdf, D[h - 1])]
    if len(hits) != 1:
        ERR.append((sub, pdf, hits)); return -1
    return hits[0]

def E(rule, sub, why, text=None, pdf=None, **kw):
    d = {"rule": rule, "line": find(sub, pdf), "text": text if text is not None else sub, "why": why}
    d.update(kw); return d

def N(rule, sub, why, text=None, pdf=None):
    d = {"rule": rule, "line": find(sub, pdf), "why": why}
    if text is not False: d["text"] = text if text is not None else sub
    return d

expect = [
    E("basis-mismatch", "宁政发〔2023〕71号",
      "the 自治区 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71号 is a transposed 文号 (PDF line 6)"),
    E("deadline-invalid", "2023年11月31日前",
      "impossible date: November has 30 days (PDF line 94; task 30, regional 完成时限 2023年, so not late)", text="2023年11月31日"),
    E("unknown-unit", "县大数据管理局",
      "no such county unit; units.txt has 县大数据服务中心 (= 县大数据中心). PDF line 101, task 36"),
    E("unknown-unit", "任单位：自治区政府办公厅牵头",
      "a regional body (自治区政府办公厅) named as the lead (牵头) of a county task, copied from the regional list (task 46 / 43); PDF line 110",
      text="自治区政府办公厅"),
    E("deadline-later-than-baseline", "2025年6月底前",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展) 完成时限 2024年; draft gives 2025年6月底前 (PDF line 115)"),
    E("deadline-later-than-baseline", "完成时限：2024年6月", 
      "task 85 (深化\u201c一件事一次办\u201d改革，\u201c免证办\u201d全面推行，全面推广\u201c免申即享\u201d\u201c民生直达\u201d) 完成时限 2023年; draft gives 2024年6月底前 (PDF line 165, '底前' wraps to PDF line 166)",
      text="2024年6月", pdf=165),
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "the 七个能力 section (六、强化履职能力) has only six sub-sections; its intro lists 经济调节…政务运行 and drops 政务公开; no 政务公开/政府信息公开/政务新媒体/政民互动 content anywhere"},
    {"rule": "task-uncovered", "line": 0, "task": 112, "why": "政务公开 left out (各市、县（区）分别负责)"},
    {"rule": "task-uncovered", "line": 0, "task": 114, "why": "政务新媒体矩阵 left out (各市、县（区）分别负责)"},
    {"rule": "task-uncovered", "line": 0, "task": 115, "why": "政民互动 / 12345 民意转办平台 left out (各市、县（区）配合)"},
    {"rule": "task-uncovered", "line": 0, "task": 113, "why": "政策文件库 \u201c一库通查\u201d left out (各市、县（区）配合)"},
]

dl = "deadline-later-than-baseline"; di = "deadline-invalid"; uu = "unknown-unit"; bm = "basis-mismatch"
mnf = [
    N(dl, "于2023年8月15日前将书面修改意见", "comment instructions of the consultation note above the numbered text, not a task deadline", text="2023年8月15日"),
    N(di, "于2023年8月15日前将书面修改意见", "comment deadline of the consultation itself, a valid date in the issuing year", text="2023年8月15日"),
    N(di, "2023年8月1日", "date of the office's consultation note"),
    N(bm, "国发〔2022〕14号", "correct 文号 of 《国务院关于加强数字政府建设的指导意见》 (title split over PDF lines 4-5)"),
    N(bm, "宁政办发〔2023〕11号", "《数字宁夏\u201c1244+N\u201d行动计划实施方案》（宁政办发〔2023〕11号） is a real basis document, cited the same way by the 吴忠 plan in the seeds"),
    N(bm, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 建设基础 background (认真落实…等部署), not a basis of this plan; title and 文号 match"),
    N(di, "2022年，全县电子政务外网", "past year in the background (建设基础), not a deadline", text="2022年"),
    N(di, "《宁夏回族自治区2020年", "year inside a document title in the background", text="2020年"),
    N(dl, "到2023年底，县级数字政府", "goal equal to the regional 主要目标 (到2023年底…)", text="到2023年底"),
    N(dl, "到2025年，全县数字政府建设", "goal equal to the regional 主要目标 (到2025年…\u201c34567\u201d体系框架全面成型)", text="到2025年"),
    N(dl, "到2035年", "goal equal to the regional 2035 goal"),
    N(dl, "持续推进，2025年取", "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal", text="2025年", pdf=46),
    N(dl, "完成时限：持续推进，2025", "task 6 (服务数字化) 持续推进，2025年取得明显成效: equal; the year '2025' ends PDF line 51 and '年取得明显成效' begins PDF line 52", text="2025", pdf=51),
    N(di, "年取得明显成效）推进数字乡村建设", "continuation of the split '2025'/'年' (PDF line 52 starts '52  年…'); the line number 52 is not part of a year", text=False),
    N(dl, "持续推进，2025年取得明显成效）积极参与", "task 10 (数字乡村) 持续推进，2025年取得明显成效: equal", text="2025年"),
    N(dl, "2023年完成主要", "task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效: equal", text="2023年"),
    N(dl, "限：2025年）营造安全可靠", "task 12 (数据要素市场 / 数据产权交易机制) 完成时限 2025年: equal", text="2025年"),
    N(dl, "完成时限：2023年底", "tasks 14 and 15 完成时限 2023年: equal ('前' wraps to PDF line 71)", text="2023年底"),
    N(dl, "2023年形成机制，长期坚持", "task 18 2023年形成机制，长期坚持: equal"),
    N(dl, "完成时限：2024年）", "task 21 (行政权力事项网上运行) 2024年: equal", pdf=80, text="2024年"),
    N(dl, "县审计局、县大数据服务中心配合；完成时限：2023", "task 24 (会商机制) 2023年: the date '2023' / '年12月底前' is split over PDF lines 84-85; equal", text="2023"),
    N(di, "年12月底前）", "continuation of the split date 2023年12月底前 (task 24); '85  年12月' is PDF line 85 + 年12月, not a year 85 or 202385", text="年12月底前"),
    N(dl, "2023年启动，2025年取得明显成效", "task 28 (试点示范) 2023年启动，2025年取得明显成效: equal"),
    N(dl, "负责；完成时限：2023年）", "task 32 (数据管理机构) 2023年: equal", pdf=98, text="2023年"),
    N(dl, "完成时限：2023年）", "task 36 (供需对接) 2023年: equal (the unit on PDF line 101 is a planted unknown-unit, the deadline is fine)", pdf=102, text="2023年"),
    N(dl, "数据中心牵头，县住建局、县交通运输局配合；完成时限：2024", "task 42 (公共数据与政务数据融合) 2024年: equal; '2024' / '年）' split over PDF lines 105-106", text="2024"),
    N(dl, "门（单位）配合；完成时限：2024年）", "task 46 (政务云统一调度 / 信息系统迁移) 2024年 and task 43 (2024年建成，持续推进): equal", text="2024年"),
    N(dl, "位：县直有关部门分别负责；完成时限：2024年）", "task 50 (非涉密业务专网整合) 2024年: equal", text="2024年"),
    N(di, "2024年）", "PDF line 122 is '122 2024年）': the line number followed by a year is not a year 1222024", pdf=122, text="2024年"),
    N(dl, "2024年）", "tasks 54 (电子文件归档) / 53 (电子印章) / 55 (公共支付) 2024年: equal", pdf=122, text="2024年"),
    N(dl, "2023年9月底前", "task 64 (成立相应组织机构) 2025年: earlier"),
    N(dl, "统计局按职责分别负责；完成时限：2024年）", "tasks 65 (2024年) / 66 (2025年): equal or earlier", text="2024年"),
    N(dl, "成时限：2024年）县直各监管部门", "tasks 70 / 71 2024年: equal (date on PDF line 145 after a page footer)", text="2024年"),
    N(dl, "责；完成时限：2023年）", "task 72 (互联网+监管 对接) 2023年: equal", pdf=147, text="2023年"),
    N(dl, "时限：2024年）持续推进", "task 77 (矛盾纠纷多元化解) 2024年: equal", text="2024年"),
    N(dl, "牵头；完成时限：2024", "task 79 (雪亮工程) 2024年: equal; '2024' / '年）' split over PDF lines 152-153", pdf=152, text="2024"),
    N(dl, "合；完成时限：2024年）", "task 80 (智慧应急) 2024年: equal", pdf=155, text="2024年"),
    N(dl, "时限：2025年）", "task 83 (互联网+基层治理) 2025年: equal", pdf=159, text="2025年"),
    N(dl, "完成时限：2024年12", "task 86 (我的宁夏) 2024年: equal; the date 2024年12月底前 is split '2024年12' / page footer '第 9 页 共 12 页' / '163 月底前'", text="2024年12"),
    N(di, "月底前）深化", "continuation of 2024年12月底前 after the page footer; '163 月' is PDF line 163, not a month 163 or 12163", text=False),
    N(di, "第 9 页 共 12 页", "page footer of the PDF between two numbered lines (共 12 页 is not a month or task number)", text=False),
    N(dl, "责；完成时限：2024年6月底前）", "task 93 (适老化与信息无障碍) 2024年: earlier (2024年6月底前)", text="2024年6月底前"),
    N(dl, "局配合；完成时限：2025年）", "task 95 (生态环境数据资源综合开发利用) 2025年: equal", text="2025年"),
    N(dl, "务局；完成时限：2025年）", "task 96 (互联网+城乡供水) 2025年: equal", text="2025年"),
    N(dl, "各乡镇人民政府配合；完成时限：2024年）推广", "tasks 104 / 105 (协同办公平台, 宁政通) 2024年: equal", text="2024年"),
    N(dl, "县政府办公室牵头；完成时限：2025年）", "task 106 (填表报数) 2025年: equal", text="2025年"),
    N(dl, "长期推进，2024年取得明显成效", "task 108 (公共资源交易) 长期推进，2024年取得明显成效: equal"),
    N(di, "2025年）", "PDF line 186 is '186 2025年）' (task 111, 2025年, equal): the line number is not part of the year", pdf=186, text="2025年"),
    N(dl, "（完成时限：2023年完成并长期坚持）", "task 116 (一把手工程) 2023年完成并长期坚持: equal", text="2023年完成并长期坚持"),
    N(dl, "县委党校负责；完成时限：2023年完成并长期坚持", "task 118 (干部培训) 2023年完成并长期坚持: equal", text="2023年完成并长期坚持"),
    N(dl, "2023年完成，长期坚持", "tasks 122 / 123 (考核) 2023年完成，长期坚持: equal"),
    N(dl, "完成时限：2023年）", "task 25 (资金保障) 2023年: equal", pdf=193, text="2023年"),
    N(dl, "每季度末月25日前", "the office's own reporting dates, not task deadlines"),
    N(di, "12月10日前将任务推进情况", "reporting date '每年' / '12月10日前' split over PDF lines 200-201; '201 12月' is not a year 201 or 20112月", text="12月10日"),
    N(di, "2023年完成，长期坚持", "PDF line 200 is '200 2023年完成…': line number 200 followed by the year 2023 is not 2002023", text="2023年"),
    N(uu, "（责任单位：县发改局牵头", "official short name of 县发展和改革局 listed in units.txt", text="县发改局"),
    N(uu, "县卫健局、县人社局", "县卫健局 (= 县卫生健康局) and 县人社局 (= 县人力资源和社会保障局) are short names in units.txt", text="县人社局"),
    N(uu, "化旅游体育广电局按职责", "县文化旅游体育广电局 split over PDF lines 50-51 ('县文' / '化旅游体育广电局'): a registered unit, not an unknown '县文'", text="化旅游体育广电局"),
    N(uu, "业农村局牵头，县委网信办", "县农业农村局 split over PDF lines 54-55 across a page footer ('县农' / footer / '业农村局')", text="业农村局"),
    N(uu, "各乡镇人民政府配合；完成时限：", "collective subject (各乡镇人民政府)", pdf=55, text="各乡镇人民政府"),
    N(uu, "平罗工业园区管委会牵头", "listed in units.txt", text="平罗工业园区管委会"),
    N(uu, "部门（单位）、各乡镇人民政府分别负责", "collectives 县直各部门（单位） (split '县直各' / '部门（单位）' over PDF lines 69-70) and 各乡镇人民政府", text="各乡镇人民政府"),
    N(uu, "关部门配合；完成时限：2023年启动", "collective 县直有关部门, split '县直有' / '关部门' over PDF lines 88-89", text="关部门"),
    N(uu, "数据中心牵头，县住建局", "县大数据中心 (short name of 县大数据服务中心) split '县大' / '数据中心' over PDF lines 104-105; 县住建局 is a short name in units.txt", text="数据中心"),
    N(uu, "（责任单位：县审批服务管理局牵头，县直各部门（单位）配合；", "registered unit + collective 县直各部门（单位）", text="县直各部门（单位）"),
    N(uu, "县审批局牵头", "short name of 县审批服务管理局 in units.txt", text="县审批局"),
    N(uu, "位：县市场监管局牵头", "short name of 县市场监督管理局 in units.txt", text="县市场监管局"),
    N(uu, "平罗县消防救援大队配", "listed in units.txt", text="平罗县消防救援大队"),
    N(uu, "石嘴山市生态环境局平罗分局牵", "a registered unit (the city bureau's county branch), not 石嘴山市 + an unknown unit", text="石嘴山市生态环境局平罗分局"),
    N(uu, "村（社区）基于上级平台", "collective 各村（社区） (各乡镇、各村（社区）), not a responsible-unit note", text="村（社区）"),
    N(uu, "县数字政府建设领导小组办公室", "the recipient of progress reports, a body this plan itself sets up (PDF lines 124-126: 领导小组办公室设在县政府办公室), not a responsible unit"),
    N(uu, "县直各监管部门完成", "collective (县直各监管部门) in running text", text="县直各监管部门"),
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "三、（三）营造良好数字生态 takes it up (数据要素市场, 数据产权交易机制, 网络生态)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "五、健全\u201c五个一\u201d和\u201c六级贯通\u201d的工作体系: county leading group, its office, 县大数据服务中心, 层级职责"},
]

def C(task, sub, pdf=None):
    return {"task": task, "line": find(sub, pdf)}
covers = [
    C(3, "平罗工业园区“智慧园区”建设"),
    C(6, "体育、养老托育等服务数字化"),
    C(10, "年取得明显成效）推进数字乡村建设"),
    C(11, "积极参与“数字供销”国家级示"),
    C(12, "持本地企业参与数据要素流通交易"),
    C(14, "建设安全和保密工作的主体责任、监督责任"),
    C(15, "评估、责任落实和重大事件处置机制"),
    C(18, "数字政府安全技术保障体系，开展常态化安全防护和应急演练"),
    C(21, "推动各类行政权力事项网上运行、动态管理"),
    C(24, "创新建设管理机制。完善政务信息化建设管理会商机制"),
    C(28, "开展试点示范。"),
    C(30, "摸清数据资源底数。"),
    C(32, "完善数据管理机制。"),
    C(36, "深化数据高效共享。建立健全政务数据供需对接机制"),
    C(42, "推进数据融合应用。推进供水、供电、供气"),
    C(46, "推动政务系统上云。配合建立政务云资源统一调度机制"),
    C(48, "提升网络支撑能力。开展城域网升级改造"),
    C(50, "外网整合迁移，县直各部门原则上不再新建业务专网"),
    C(54, "深化电子文件管理，完善业务系统电子文件归档功"),
    C(64, "健全组织机构。参照自治区做法"),
    C(66, "积极对接宁夏经济运行大数据平台"),
    C(70, "险分类管理，实施“双随机、一公开”差异化监管"),
    C(71, "特种设备、农副产品等重点领域实行数字化追溯监管"),
    C(72, "“互联网+监管”系统的对接"),
    C(77, "“一站式”受理渠道，推广应用全区矛盾纠纷多元化解信息系统"),
    C(79, "持续推进“雪亮工程”"),
    C(80, "年）推进“智慧应急”建设"),
    C(83, "实施“互联网+基层治理”行动"),
    C(85, "月底前）深化“一件事一次办”改革"),
    C(86, "迭代推广“我的宁夏”政务APP平罗专区"),
    C(93, "政务服务场所适老"),
    C(95, "强化大气、水、土壤、自然生态等数据资"),
    C(96, "配合推进“互联网+城乡供水”省域"),
    C(104, "依托全区统一的协同办公平台"),
    C(105, "“宁政通”。（责任单位"),
    C(106, "报数系统，基层干部填表报数工作量压减50%以上"),
    C(108, "推进公共资源交易全流"),
    C(111, "配合整合全区机关事务"),
    C(116, "建设纳入“一把手工程”，建立主要领导负责制"),
    C(25, "（二）加大财政投入。统筹现有资金渠道"),
    C(118, "把提高领导干部数字治理能力作为县委党"),
    C(122, "将数字政府建设纳入全县效能目标管理考"),
    C(123, "领导班子和有关领导干部综合考核评价的重要"),
]

for x in ERR: print("AMBIG", x)
assert not ERR
# check each text occurs on its line
for e in expect + mnf:
    if e["line"] and "text" in e:
        assert e["text"] in D[e["line"] - 1], e

key = {
    "writer": "blind writer, round 346; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("平罗县（石嘴山市）数字政府建设实施方案 征求意见稿, 2023-08, copied out of a line-numbered PDF: every line of the draft body "
              "begins with its PDF line number (1-201) and one or two spaces; sentences, unit names and dates wrap across numbered lines; "
              "a page footer '第 N 页 共 12 页' follows every 18 numbered lines; an unnumbered consultation note (file lines 1-4, then a blank line 5) sits above PDF line 1, so file line = PDF line + 5 + the number of footers before it. "
              "draft.txt line numbers in this key are file lines (1-based), NOT the PDF line numbers; the PDF number is given in 'why' where useful. "
              "Deadlines are inline notes （责任单位：…；完成时限：…） after each item; no task table. No parent plan is given (石嘴山 plan not in the seeds). "
              "The 2024年6月 planted deadline (task 85) sits on the file line holding PDF line 165; its last two characters '底前' wrap to PDF line 166. "
              "Task 48's regional deadline is 2024年; task 85's is 2023年. The plan omits 政务公开 on purpose (missing-pillar + tasks 112-115 uncovered). "
              "PDF line numbers sit right before item numbers and years (e.g. '34  1．坚持…', '122 2024年）', '200 2023年完成…', '201 12月10日前'); "
              "they are layout, not item numbers, years or months.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e.get("text", e.get("pillar", e.get("task"))))
