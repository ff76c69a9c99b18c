# Builds key.json; every line number is found from draft.txt and checked.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(needle, nth=1, must=None):
    hits = [i + 1 for i, s in enumerate(L) if needle in s]
    assert len(hits) >= nth, (needle, hits)
    n = hits[nth - 1]
    if must: assert must in L[n - 1], (must, n)
    return n

def row(k):  # line of task-list row k
    return ln(f"{k}\t", must=None) if False else [i + 1 for i, s in enumerate(L) if s.startswith(f"{k}\t")][0]

expect = [
 {"rule": "basis-mismatch", "line": ln("加快推进数字政府建设的实施意见"), "text": "关于加快推进数字政府建设的实施意见",
  "why": "wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》 (加快推进 for 加强)"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
  "why": "主要目标: the region's goal is 到2025年 “34567”体系框架全面成型 (same goal, same wording); the district puts it in 2026"},
 {"rule": "deadline-later-than-baseline", "line": row(17), "text": "2025年底前",
  "why": "row 17 is task 48 (城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展), 完成时限 2024年; also contradicts the draft's own 2024 goal on line 12"},
 {"rule": "deadline-invalid", "line": row(37), "text": "13月",
  "why": "2024年13月底前 is an impossible month (plainly printed 13, not an OCR confusion); tasks 104/105 are due 2024年"},
 {"rule": "unknown-unit", "line": row(38), "text": "区大数据管理服务局",
  "why": "原州区 has no such bureau (name copied from a city-level plan); not in units.txt, whose digital unit is 区数字化发展服务中心 (区数字中心)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
  "why": "七个能力 heading kept but only six abilities are taken up; nothing on 政务公开 (信息公开平台, 政策文件库, 政务新媒体, 政民互动)"},
 {"rule": "task-uncovered", "line": 0, "task": 112, "why": "政务公开 left out deliberately; task 112 is 自治区各部门（单位）及各市、县（区）分别负责, 2024年"},
 {"rule": "task-uncovered", "line": 0, "task": 114, "why": "政务公开 left out deliberately; task 114 (政务新媒体矩阵) is 自治区各部门（单位）及各市、县（区）分别负责, 2024年"},
]

M = []
def m(rule, line, text, why):
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = text
    d["why"] = why
    M.append(d)

# citations
m("basis-mismatch", ln("国发〔2O22〕14号"), "国发〔2O22〕14号", "OCR read 0 as O; the 文号 is 国发〔2022〕14号 and the title is right")
m("basis-mismatch", ln("宁政办发〔2023〕11号"), "宁政办发〔2023〕11号", "correct citation of 《数字宁夏“1244+N”行动计划实施方案》, the same as in the 吴忠 plan")
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention in 现状基础 of the 2020 工作要点, not a basis document")
m("basis-mismatch", ln("原政办发〔2024〕26号"), "原政办发〔2024〕26号", "the document's own 文号, not a cited basis")
# dates
m("deadline-invalid", ln("宁政办发〔2020〕14号"), "2020年", "year inside the title of the 2020 工作要点 mentioned in the background, not a deadline")
m("deadline-invalid", ln("2023年，我区己建成"), "2023年", "past date in the 现状基础 background, not a deadline")
m("deadline-later-than-baseline", ln("到2024年底，政务信息系统"), "2024年底", "2024 goals: 信创云迁移 (task 43, 2024年建成，持续推进), 外网 (task 48, 2024年), 宁政通 (task 105, 2024年): equal to the region")
m("deadline-invalid", ln("到2O35年"), "2O35年", "OCR O for 0: 2035, equal to the region's 到2035年 goal")
m("deadline-later-than-baseline", ln("力争2024年底前"), "2024年底前", "task 105 (宁政通), 完成时限 2024年: equal")
m("deadline-later-than-baseline", ln("到2025年基层干部"), "2025年", "task 106 (填表报数压减50%), 完成时限 2025年: equal")
m("deadline-invalid", ln("2O24年12月10日前"), "2O24年12月10日前", "the office's own reporting date (年度总结), OCR O for 0; not a task deadline")
m("deadline-later-than-baseline", ln("每季度末月25日前"), "每季度末月25日前", "the office's own quarterly reporting date")
m("deadline-later-than-baseline", ln("附件：原州区数字政府建设重点任务清单"), "2024年—2025年", "period of the task list, not a deadline")
m("deadline-invalid", row(1), "2024年l2月底前", "OCR l for 1: 2024年12月底前; task 2, 完成时限 2023年启动，2024年取得明显成效: equal")
m("deadline-later-than-baseline", row(2), "持续推进，2025年取得明显成效", "task 3, 完成时限 持续推进，2025年取得明显成效: copied, equal")
m("deadline-later-than-baseline", row(4), "2025年", "task 8, 完成时限 持续推进，2025年取得明显成效: equal")
m("deadline-invalid", row(6), "2O25年", "OCR O for 0: 2025年; task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal")
m("deadline-invalid", row(8), "2023年形成机制，长期坚持", "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan's year")
m("deadline-invalid", row(9), "2O24年底前", "OCR O for 0: 2024年底前; task 46 (2024年) / 43 (2024年建成，持续推进): equal")
m("deadline-later-than-baseline", row(11), "2024年9月底前", "task 23, 完成时限 2024年: earlier")
m("deadline-invalid", row(15), "2024年l0月底前", "OCR l for 1: 2024年10月底前; task 41, 完成时限 2024年: earlier")
m("deadline-later-than-baseline", row(20), "2025年6月底前", "task 56, 完成时限 2025年: earlier")
m("deadline-later-than-baseline", row(21), "2024年6月底前", "task 64, 完成时限 2025年: earlier")
m("deadline-later-than-baseline", row(31), "2025年", "task 87, 完成时限 2023年启动，2025年完成: equal")
m("deadline-later-than-baseline", row(39), "长期推进，2024年取得明显成效", "task 108, 完成时限 长期推进，2024年取得明显成效: copied, equal")
m("deadline-invalid", ln("每年l2月10日前"), "l2月10日", "OCR l for 1: the office's own yearly reporting date (12月10日)")
m("deadline-invalid", ln("2024年4月18曰"), "2024年4月18曰", "the issue date, OCR 曰 for 日")
m("deadline-later-than-baseline", ln("2024年4月19日印发"), "2024年4月19日", "印发 date in the 版记, not a deadline")
m("unknown-unit", row(5), "各乡镇人民政府", "collective subject")
m("unknown-unit", ln("各乡镇人民政府、街道办事处"), "街道办事处", "addressees of the notice (各乡镇人民政府、街道办事处 = collective), not responsible units")
m("unknown-unit", ln("调整充实原州区推进"), "原州区推进“数字政府”建设领导小组", "the district's own leading group set up by the plan, not a responsible unit of a task")
m("unknown-unit", ln("宁夏干部教育培训网络学院"), "宁夏干部教育培训网络学院", "a training platform used, not a responsible unit")
m("deadline-later-than-baseline", row(13), "2024年", "tasks 33 and 34, 完成时限 2024年: equal")
m("deadline-later-than-baseline", row(16), "2024年", "task 42, 完成时限 2024年: equal")
# units
m("unknown-unit", row(1), "农业农村局", "prefix 区 distributes: 区农业农村局")
m("unknown-unit", row(1), "各乡镇", "collective subject")
m("unknown-unit", row(3), "入社局", "OCR 入 for 人: 区人社局 (short name of 区人力资源和社会保障局), prefix 区 distributes")
m("unknown-unit", row(10), "区审批服务 管理局", "OCR space inside 区审批服务管理局, which is in units.txt")
m("unknown-unit", row(11), "区政府办", "official short name of 区人民政府办公室 in units.txt")
m("unknown-unit", row(13), "区数字中心", "short name of 区数字化发展服务中心 in units.txt")
m("unknown-unit", row(8), "区公安分局", "short name of 固原市公安局原州区分局 in units.txt")
m("unknown-unit", row(8), "区直各部门（单位）", "collective subject")
m("unknown-unit", row(12), "区直有关部门", "collective subject")
m("unknown-unit", row(27), "区消防救援大队", "short name of 原州区消防救援大队 in units.txt")
m("unknown-unit", row(28), "各村（社区）", "collective subject")
m("unknown-unit", row(36), "固原市生态环境局原州分局", "city bureau's district branch, listed in units.txt")
m("unknown-unit", row(22), "统计局", "prefix 区 distributes: 区统计局")
m("unknown-unit", ln("主动对接自治区政府办公厅"), "自治区政府办公厅", "regional body in the baseline, named as a body to liaise with, not as lead of a local task")
m("unknown-unit", ln("按照市委、市政府工作部署"), "市委、市政府", "固原 city's leadership named as the source of the deployment, not a responsible unit")
m("unknown-unit", ln("固原市原州区入民政府办公室"), "固原市原州区入民政府办公室", "the seal's text as OCR read it (入 for 人); the issuing office, not a responsible unit")
m("unknown-unit", ln("抄送："), "区人大常委会办公室", "抄送 recipients in the 版记 (all in units.txt; 区委各部门 is collective), not responsible units")
# OCR damage is not mojibake
m("garbled-text", ln("加强数字 政府建设实施方案》已经"), "数字 政府", "OCR space inside a word, not an encoding error")
m("garbled-text", ln("我区己建成"), "己建成", "OCR 己 for 已; readable text, not mojibake")
m("garbled-text", ln("接人城市运行"), "接人", "OCR 人 for 入 (接入)")
m("garbled-text", ln("强化曰常监测"), "曰常", "OCR 曰 for 日 (日常)")
m("garbled-text", ln("纳人统筹管理"), "纳人", "OCR 人 for 入 (纳入)")
m("garbled-text", ln("电子政务 外网"), "电子政务 外网", "OCR space inside a word")
m("garbled-text", ln("持续优化I2345"), "I2345", "OCR I for 1 (12345 热线)")
m("garbled-text", ln("让入民群众"), "入民群众", "OCR 入 for 人 (人民群众)")
m("garbled-text", ln("— 4 —"), "— 4 —", "page number splitting a paragraph (企/事业单位) across a page break; not damage")
m("garbled-text", ln("固原市原州区入民政府办公室"), "入民政府", "seal text read by OCR")

covers = []
def c(task, line): covers.append({"task": task, "line": line})
c(2, row(1)); c(3, row(2)); c(6, row(3)); c(8, row(4)); c(10, row(5)); c(11, row(6)); c(12, row(7))
c(18, row(8)); c(46, row(9)); c(21, row(10)); c(23, row(11)); c(28, row(12)); c(33, row(13)); c(34, row(13))
c(40, row(14)); c(54, row(14)); c(41, row(15)); c(42, row(16)); c(48, row(17)); c(49, row(18)); c(53, row(19))
c(56, row(20)); c(64, row(21)); c(66, row(22)); c(71, row(23)); c(73, row(24)); c(77, row(25)); c(79, row(26))
c(80, row(27)); c(83, row(28)); c(84, row(29)); c(86, row(30)); c(87, row(31)); c(88, row(32)); c(93, row(33))
c(96, row(34)); c(98, row(35)); c(102, row(36)); c(104, row(37)); c(105, row(37)); c(106, row(38)); c(108, row(39)); c(111, row(40))
c(5, ln("完善数字经济治理体系")); c(7, ln("深入推广国家智慧教育平台")); c(9, ln("配合固原市推进智慧城市建设"))
c(13, ln("落实数据交易主体市场准入")); c(14, ln("强化安全管理责任")); c(15, ln("强化安全管理责任")); c(17, ln("落实安全制度要求"))
c(22, ln("助力政府职能转变。")); c(24, ln("完善政务信息化建设管理会商机制"))
c(30, ln("全面摸清我区政务数据资源底数")); c(32, ln("明确本部门数据管理机构")); c(36, ln("建立健全政务数据供需对接机制"))
c(43, ln("强化政务云平台支撑能力")); c(47, ln("推进电子政务 外网升级改造")); c(50, ln("非涉密业务专网"))
c(68, ln("完善监管事项目录和实施清单")); c(70, ln("企业信用风险分类")); c(85, ln("“集成办”“免证办”")); c(89, ln("企业专属网页"))
c(90, ln("推进图书馆、博物馆、档案馆")); c(95, ln("强化大气、水、土壤、自然生态")); c(97, ln("自然资源三维立体"))
c(100, ln("用好用水权")); c(107, ln("统筹整合非涉密视频会议系统资源")); c(109, ln("“互联网+督查”机制"))
c(116, ln("“一把手工程”")); c(25, ln("一律不予安排建设及运维经费")); c(118, ln("定期开展干部数字化能力培训"))
c(122, ln("纳入区效能目标管理考核")); c(123, ln("综合考核评价的重要参考")); c(124, ln("建立容错和奖惩机制"))

key = {
 "writer": "blind writer, round 664; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("OCR text of a scanned 原州区 (固原市) plan issued 2024-04-18 (原政办发〔2024〕26号). Misreadings (己/已, 曰/日, 人/入, O/0, l/I/1, "
           "spaces inside words, page numbers, seal text) are keyed as a careful reviewer reads them: a misread date is the date meant; "
           "a misread unit name is the registry unit; OCR damage is not encoding mojibake. The only plainly impossible date is 2024年13月 "
           "(row 37). No parent plan. task-uncovered lists only the two 政务公开 tasks that counties 分别负责; 113 and 115 (counties 配合) "
           "are also untouched. 2023 regional deadlines (tasks 14, 15, 30, 32, 36, 51, 60, 72, 85, 116, 122-124) are taken up without dates in the body, "
           "except row 8, which copies task 18's 2023年形成机制，长期坚持.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect: print(e["rule"], e["line"], e.get("text"), "|", L[e["line"]-1][:60] if e["line"] else "")
