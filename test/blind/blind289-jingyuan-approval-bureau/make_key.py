# Builds key.json, finding every line number in the final draft.txt (1-based) and checking the text is there.
import json, datetime
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]
def ln(needle, nth=0, must=None):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    assert hits, needle
    n = hits[nth]
    if must: assert must in L[n - 1], (needle, must)
    return n
def row(no):  # table row by its 序号
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(no + "\t")]
    assert len(hits) == 1, no
    return hits[0]
def cell(no, k):
    return L[row(no) - 1].split("\t")[k]

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (宁政办发〔2023〕11号 is the 1244+N plan), so the 文号 does not belong to the title"},
 {"rule": "deadline-later-than-baseline", "line": ln("力争2025年底前实现“一业一证”"), "text": "2025年底",
  "why": "sentence takes up task 88 (证照分离, 电子营业执照, 一业一证; 完成时限 2024年); the same sentence also touches task 53 (电子营业执照, 2024年) — later either way"},
 {"rule": "deadline-later-than-baseline", "line": row("2"), "text": "2025年6月底",
  "why": "row 2 is task 86 (“我的宁夏”政务APP 应上尽上; 完成时限 2024年)"},
 {"rule": "deadline-invalid", "line": row("12"), "text": "20244年",
  "why": "impossible year (typo for 2024年); the row takes up tasks 104/105 (协同办公平台, 宁政通; 完成时限 2024年). Only deadline-invalid is expected here, not a late deadline"},
 {"rule": "unknown-unit", "line": row("6"), "text": "电子证照股",
  "why": "no such section of the bureau: units.txt lists 局办公室, 政务服务股, 综合审批股, 投资项目审批股, 社会事务审批股; the draft's own 职责分工 gives 电子证照/电子印章 to 综合审批股"},
 {"rule": "unknown-unit", "line": row("11"), "text": "县大数据管理局",
  "why": "no such county body in units.txt (泾源 has no 大数据管理局 in the registry)"},
 {"rule": "garbled-text", "line": ln("鎵╁ぇ"), "text": "鎵╁ぇ鐢靛瓙",
  "why": "UTF-8 bytes of the heading 扩大电子证照应用 read as GBK (鎵╁ぇ鐢靛瓙璇佺収搴旂敤)"},
]

M = []
def mn(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)
U = "unknown-unit"; D = "deadline-later-than-baseline"; I = "deadline-invalid"; B = "basis-mismatch"; P = "missing-pillar"; T = "task-uncovered"
# units: the bureau's own sections and centre, collectives, aliases, partners
mn(U, ln("（一）局办公室："), "the bureau's own section, in units.txt", "局办公室")
mn(U, ln("（二）政务服务股："), "the bureau's own section, in units.txt", "政务服务股")
mn(U, ln("（三）综合审批股："), "the bureau's own section, in units.txt", "综合审批股")
mn(U, row("3"), "the bureau's own section (lead of row 3), in units.txt", "投资项目审批股")
mn(U, ln("（五）社会事务审批股："), "the bureau's own section, in units.txt", "社会事务审批股")
mn(U, row("9"), "the bureau's own 事业单位, lead of the 12345 row, in units.txt", "县政务服务中心")
mn(U, row("1"), "collective subject", "县直各部门（单位）")
mn(U, ln("（七）配合单位："), "collective subject", "各乡镇人民政府")
mn(U, ln("1．完善一体化政务服务体系"), "collective (各村（社区） service stations)", "各村（社区）")
mn(U, row("12"), "collective: the bureau's own sections", "各股室")
mn(U, row("15"), "collective subject (public-utility companies as a group)", "各公共服务企业")
mn(U, row("3"), "official short name of 县人力资源和社会保障局, listed as alias in units.txt", "县人社局")
mn(U, ln("5．深化“证照分离”改革"), "short name of 县市场监督管理局, alias in units.txt", "县市场监管局")
mn(U, ln("2．推广电子印章和电子营业执照"), "the county tax bureau's full official name, in units.txt", "国家税务总局泾源县税务局")
mn(U, ln("配合自治区政府办公厅迭代升级"), "a regional body named as the owner of the regional app that the bureau cooperates with — not the lead of a local task; also a baseline unit", "自治区政府办公厅")
mn(U, ln("110报警服务台"), "a hotline desk named in a linkage mechanism, not a responsible unit", "110报警服务台")
mn(U, ln("宁夏干部教育培训网络学院"), "a training platform, not a responsible unit (same phrase as in the 吴忠 plan)", "宁夏干部教育培训网络学院")
mn(U, ln("县委网信办、县公安局开展"), "county partners listed in units.txt", "县委网信办")
# basis
mn(B, ln("国发〔2022〕14号"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
mn(B, ln("泾源县人民政府《关于加强数字政府建设的实施方案》"), "the county plan the bureau implements, cited by title alone (a county plan may carry no 文号)", "泾源县人民政府《关于加强数字政府建设的实施方案》")
mn(B, 2, "the bureau's own 文号, not a basis citation", "泾审批发〔2024〕9号")
mn(B, ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 with its correct title and 文号, not cited as a basis", "宁政办发〔2020〕14号")
mn(B, 3, "the bureau's own 工作方案 named in its covering notice; 工作方案 is this document's genre, not a wrong title of a basis document", "关于落实数字政府建设重点任务的工作方案")
# deadlines
mn(I, 7, "the issuing date of the document itself")
mn(I, ln("于2023年6月全面落地"), "past dates in the background paragraph (2023年6月, 2023年), not deadlines", "2023年6月")
mn(D, ln("到2024年底，本局承担"), "the bureau's own 2024 targets (网上可办率, 一件事, 12345 办结率); no regional goal of an earlier year for them — 12345 (task 87) is due 2025", "2024年底")
mn(D, ln("到2025年，本局承担"), "equal to the regional 主要目标 year (到2025年 “34567” 体系框架全面成型)", "2025年")
mn(D, row("1"), "task 84, 完成时限 2024年: equal", "2024年底")
mn(D, row("3"), "task 89, 完成时限 2024年: earlier", "2024年11月底前")
mn(D, row("4"), "task 93, 完成时限 2024年: earlier", "2024年10月底前")
mn(D, row("5"), "task 52, 完成时限 2025年: earlier", "2025年6月底前")
mn(D, row("6"), "task 53, 完成时限 2024年: equal (the row's problem is its unit only)", "2024年底")
mn(D, row("7"), "task 21, 完成时限 2024年: earlier", "2024年9月底前")
mn(D, row("8"), "task 22, 完成时限 2025年: equal", "2025年")
mn(D, row("9"), "task 87, 完成时限 2023年启动，2025年完成: equal", "2025年底")
mn(D, row("10"), "task 115, 完成时限 2024年: equal", "2024年12月底前")
mn(D, row("11"), "task 46, 完成时限 2024年: earlier (the row's problem is its unit only)", "2024年10月底前")
mn(D, row("13"), "tasks 40 and 54, 完成时限 2024年: equal", "2024年底")
mn(D, row("14"), "tasks 112 and 114, 完成时限 2024年: equal", "2024年")
mn(D, row("15"), "task 42, 完成时限 2024年: equal", "2024年底")
mn(D, row("16"), "task 18's regional deadline copied verbatim (2023年形成机制，长期坚持): equal", "2023年形成机制，长期坚持")
mn(I, row("16"), "a copied regional deadline that lies before the plan's year (task 18), not an impossible date", "2023年")
mn(D, row("17"), "task 116's regional deadline copied verbatim (2023年完成并长期坚持): equal", "2023年完成并长期坚持")
mn(I, row("17"), "a copied regional deadline that lies before the plan's year (task 116)", "2023年")
mn(D, ln("（二）推进落实阶段"), "the bureau's own implementation schedule, not a task deadline", "2025年10月")
mn(D, ln("（三）总结评估阶段"), "the bureau's own evaluation phase", "2025年11月")
mn(D, ln("每季度末月25日前"), "the office's own reporting dates", "2024年12月20日前")
# pillars outside a department's remit
for p, w in [("数字经济", "a department plan takes up only its remit; line 18 says these areas are left to other county bodies"),
             ("数字社会", "outside the bureau's remit (line 18)"),
             ("数字生态", "outside the bureau's remit (line 18)"),
             ("经济调节", "outside the bureau's remit (line 18)"),
             ("社会管理", "outside the bureau's remit (line 18)"),
             ("生态环境保护", "outside the bureau's remit (line 18)"),
             ("市场监管", "a department plan; regulation belongs to the regulators — the bureau only does 审管联动 (line 33)"),
             ("五个一和六级贯通", "the county's work system is the county's business; the bureau sets up its own 工作专班 (line 65) as task 64 asks")]:
    M.append({"rule": P, "line": 0, "pillar": p, "why": w.replace("line 18", "line %d" % ln("坚持职能定位")).replace("line 33", "line %d" % ln("2．深化“审管联动”")).replace("line 65", "line %d" % ln("（一）加强组织领导"))})
# tasks outside the remit (not missing parts for a department)
for t, w in [(10, "数字乡村 — 县农业农村 side, outside the bureau's remit"),
             (79, "雪亮工程 — 政法/公安, outside the remit"),
             (83, "互联网+基层治理 — 政法委, outside the remit"),
             (92, "多卡合一 — led by 各地级市, outside the remit"),
             (96, "互联网+城乡供水 — 水利, outside the remit"),
             (98, "智慧林草 — 林草, outside the remit")]:
    M.append({"rule": T, "line": 0, "task": t, "why": w})

C = []
def cv(t, line): C.append({"task": t, "line": line})
cv(84, ln("1．完善一体化政务服务体系")); cv(84, row("1"))
cv(85, ln("2．推行“集成办”“免证办”"))
cv(86, ln("3．推广“我的宁夏”政务APP")); cv(86, row("2"))
cv(89, ln("4．优化涉企服务")); cv(89, row("3"))
cv(88, ln("5．深化“证照分离”改革"))
cv(93, ln("6．推进适老化和无障碍服务")); cv(93, row("4"))
cv(52, ln("鎵╁ぇ")); cv(52, row("5"))
cv(53, ln("2．推广电子印章和电子营业执照")); cv(53, row("6"))
cv(51, ln("3．推广统一身份认证"))
cv(21, ln("1．推动行政权力事项网上运行")); cv(21, row("7"))
cv(22, ln("2．深化“审管联动”")); cv(22, row("8"))
cv(87, ln("1．推进热线“一呼即应”改革")); cv(87, row("9"))
cv(115, ln("2．完善政民互动和知识库")); cv(115, row("10"))
cv(32, ln("1．明确数据管理职责"))
cv(30, ln("2．摸清数据资源底数"))
cv(36, ln("3．深化数据共享应用"))
cv(46, ln("4．推进业务系统上云")); cv(46, row("11"))
cv(42, ln("5．推进公共服务数据融合应用")); cv(42, row("15"))
cv(104, ln("1．用好协同办公平台和“宁政通”")); cv(105, ln("1．用好协同办公平台和“宁政通”")); cv(104, row("12"))
cv(40, ln("2．规范电子公文和电子文件归档")); cv(54, ln("2．规范电子公文和电子文件归档"))
cv(112, ln("1．完善政务公开平台")); cv(114, ln("2．用好政务新媒体"))
cv(14, ln("1．落实安全主体责任"))
cv(15, ln("2．规范企业参与管理"))
cv(18, ln("3．加强安全防护和应急演练")); cv(18, row("16"))
cv(116, ln("（一）加强组织领导")); cv(116, row("17"))
cv(64, ln("（一）加强组织领导"))

# sanity: every text with a line is on that line
for e in expect + M:
    if e.get("line") and e.get("text"):
        assert e["text"] in L[e["line"] - 1], e
key = {
 "writer": "blind writer, round 289; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("A county department's own work plan (泾源县审批服务管理局, 2024), not a county 实施方案: it takes up only the regional tasks on "
           "政务服务, 一网通办, 电子证照/印章, 审管联动, 12345, 数据共享, 机关办公, 政务公开 and security, and says so on line 18. "
           "Pillars and tasks outside its remit are not missing. parents is empty: 泾源 is in 固原市, not 吴忠, and the county plan it "
           "implements (cited by title on line 9) is not supplied. The table rows (lines %d-%d) are tab-separated: 序号, 重点任务, 牵头股室（单位）, "
           "配合单位, 完成时限. Deadlines with earlier or equal dates, the copied 2023 deadlines of tasks 18 and 116, and the bureau's own "
           "schedule and reporting dates are near misses." % (row("1"), row("17")))
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(C), "covers;", len({c['task'] for c in C}), "distinct tasks")
for e in expect: print(e["rule"], e["line"], e["text"])
