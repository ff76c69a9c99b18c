# writes key.json; every line number is found by searching draft.txt and checked
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(text, nth=1, row=None):
    hits = [i+1 for i, l in enumerate(L) if text in l and (row is None or l.startswith(str(row)+"\t"))]
    assert len(hits) >= nth, (text, hits)
    return hits[nth-1]
def row(n):  # line of task-list row n
    i = ln("", row=n); return i
def E(rule, text, why, line=None, **kw):
    d = {"rule": rule, "line": line if line is not None else ln(text), "text": text, "why": why}
    d.update(kw); return d

expect = [
 E("basis-mismatch", "宁政发〔2023〕71号", "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits swapped); the task-list note on line %d cites it correctly" % ln("宁政发〔2023〕17号附件2")),
 E("deadline-later-than-baseline", "2026年底", "主要目标: the region's goal is 到2025年 “34567”体系框架全面成型 (宁政发〔2023〕17号 主要目标); the draft puts the same goal at 2026年底"),
 {"rule": "deadline-later-than-baseline", "line": row(10), "text": "2025年底", "why": "row 10 (城域网升级改造, 电子政务外网市乡村全覆盖) is regional task 48, 完成时限 2024年; the draft's own goal on line %d also says 到2024年底" % ln("到2024年底")},
 {"rule": "deadline-later-than-baseline", "line": row(31), "text": "2026.06", "why": "row 31 (12345热线“一呼即应”改革, 智能交互) is regional task 87, 完成时限 2023年启动，2025年完成; 2026.06 is later"},
 {"rule": "deadline-invalid", "line": row(37), "text": "20245年", "why": "five-digit year, an impossible date (typo); the row is regional task 107 (视频会议平台), 完成时限 2025年"},
 {"rule": "unknown-unit", "line": row(18), "text": "市数据局", "why": "not in units.txt; the city's data body is 市大数据服务中心 (市大数据中心)"},
 E("garbled-text", "鏀垮姟淇℃伅绯荤粺", "UTF-8 bytes read as GBK: 鏀垮姟淇℃伅绯荤粺杩佺Щ涓婁簯 = 政务信息系统迁移上云"),
 {"rule": "task-uncovered", "line": 0, "task": 114, "why": "deliberately left out: 政务新媒体矩阵 (自治区各部门（单位）及各市、县（区）分别负责, 2024年); the draft never mentions 政务新媒体"},
]

N = []
def M(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why; N.append(d)

DL, DI, UU, BM = "deadline-later-than-baseline", "deadline-invalid", "unknown-unit", "basis-mismatch"
l17 = ln("全市5G基站累计达到2025个")
M(DL, l17, "count, not a year: 5G基站累计达到2025个 (the goal year 到2025年 equals the region's 2025)", "2025个")
M(DI, l17, "count of video channels, not a year", "2024路")
M(DL, l17, "capacity, not a year: 2048 vCPU, 8192GB, 500TB", "2048 vCPU")
M(DL, row(9), "row 9 = regional tasks 43 (2024 年建成，持续推进) and 46 (2024 年); 2024-06-30 is earlier, in numeric form; 2048 vCPU is a capacity", "2024-06-30")
M(DL, row(13), "row 13 = regional task 49 (视频一张网), 完成时限 2025年; equal. 2024路 is a count", "2024路")
M(DI, ln("t20240701_4562318.html"), "date inside the feedback web address; lwszzf2024@163.com is an e-mail address; 0951-4012345 a phone number", "202407/t20240701")
M(DI, ln("重点任务清单_20240701.xlsx"), "date inside a file name", "_20240701.xlsx")
M(DL, ln("2024年7月1日至2024年7月30日"), "the office's own consultation period, not a task deadline", "2024年7月30日")
M(DL, ln("每季度末月25日前"), "the office's own reporting dates (季度末月25日, 12月20日)", "12月20日前")
M(DI, ln("截至2023年底"), "background: a past date describing what was done, not a deadline", "2023年底")
M(BM, ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background section, not a basis document; title and 文号 are correct", "宁政办发〔2020〕14号")
M(BM, ln("国发〔2022〕14号"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
M(BM, ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan in the seeds", "宁政办发〔2023〕11号")
M(BM, ln("银川市人民政府《关于加强数字政府建设的实施方案》"), "parent city plan cited by title alone, as city plans often have no 文号 (cf. DOMAIN.md)", "银川市人民政府《关于加强数字政府建设的实施方案》")
M(BM, ln("宁政发〔2023〕17号附件2"), "correct 文号 of the regional 实施意见 in the task-list note", "宁政发〔2023〕17号")
M(DI, ln("GB/T 22239-2019"), "standard numbers (等保2.0, 密码应用), the years are part of the standard code, not deadlines", "GB/T 22239-2019")
M(DI, ln("openEuler 22.03 LTS"), "software versions (麒麟V10, openEuler 22.03 LTS), not dates", "22.03")
M(DI, ln("网络安全态势感知平台（2024版）"), "version label 2024版, not a deadline", "2024版")
M(DI, ln("《灵武市政务信息化项目管理办法（2024版）》"), "version label of a local document", "2024版")
M(DL, row(18), "《灵武市公共数据开放目录（2024版）》 is a version; the row deadline 2024年 equals regional task 41 (2024年)", "2024版")
M(DL, row(30), "“我的宁夏”政务APP灵武专区（2024版） is a version; row deadline 2024年 equals regional task 86 (2024年)", "2024版")
M(DI, row(6), "V2.0 is a system version", "V2.0")
M(DI, row(14), "V2.0 is a system version; CA证书210张 is a count", "V2.0")
M(UU, row(6), "市城运中心 is a registered short name of 灵武市城市运行管理服务中心; （IOC） is an ASCII abbreviation beside it", "市城运中心（IOC）")
M(UU, row(13), "registered short name with ASCII abbreviation (IOC)", "市城运中心（IOC）")
M(UU, row(14), "宁夏数字证书认证中心 is in units.txt; （NXCA） is its ASCII abbreviation", "宁夏数字证书认证中心（NXCA）")
M(UU, row(14), "in units.txt", "国家税务总局灵武市税务局")
M(DL, row(2), "row 2 = regional task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效; 2025.12 is equal, numeric form", "2025.12")
M(DL, row(11), "row 11 = regional task 47 (外网升级改造, 出口带宽), 完成时限 2024年; 2024.12 is equal, numeric form", "2024.12")
M(DL, ln("2024年6月30日前完成市级存量系统迁移"), "regional tasks 43 (2024 年建成，持续推进) / 46 (2024 年); 2024年6月30日 is earlier", "2024年6月30日")
M(DL, ln("2024年底前完成电子政务外网IPv6改造"), "regional task 47, 完成时限 2024年; equal", "2024年底")
M(DL, ln("到2024年底"), "goal matching regional tasks 48/47/43 (all 2024年); equal", "2024年底")
M(DL, ln("到2035年"), "equal to the region's 到2035年 goal", "2035年")
M(DL, ln("力争2025年底前规模以上工业企业上云率"), "regional task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效; equal", "2025年底")
M(DL, row(1), "regional task 3, 持续推进，2025年取得明显成效; identical", "2025年")
M(DI, row(7), "rows 7 = regional tasks 14/15, 完成时限 2023年; a copied regional deadline before the plan's year, not late and not invalid", "2023年完成，长期坚持")
M(DI, row(8), "regional task 18, 完成时限 2023年形成机制，长期坚持 (task 17: 2023年); copied", "2023年形成机制，长期坚持")
M(DI, row(42), "regional task 116, 完成时限 2023年完成并长期坚持; copied verbatim", "2023年完成并长期坚持")
M(DL, row(43), "regional task 121, 长期坚持 (task 122: 2023 年完成，长期坚持); equal", "长期坚持")
M(DL, row(41), "regional task 64 (各地各部门参照自治区做法成立相应的组织机构), 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
M(DL, row(12), "regional task 50, 完成时限 2024年; 2024年10月底前 is earlier", "2024年10月底前")
M(DL, row(17), "regional task 56, 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前")
M(DL, row(26), "regional task 79, 完成时限 2024年; earlier. 326个 is a count", "2024年11月底前")
M(DL, row(20), "regional task 42, 完成时限 2024年; 2024年12月 is equal", "2024年12月")
M(DL, row(36), "regional task 106, 完成时限 2025年; equal. 50% is a percentage", "2025年")
M(UU, row(7), "collectives", "市直各部门（单位）")
M(UU, row(7), "collective", "各乡镇（街道）")
M(UU, row(2), "collective", "各乡镇人民政府")
M(UU, row(28), "collective", "各村（社区）")
M(UU, row(17), "collective", "市直有关部门")
M(UU, row(22), "registered short name of 市发展和改革局", "市发改局")
M(UU, row(19), "registered short names (市人力资源和社会保障局, 市应急管理局)", "市人社局")
M(UU, row(21), "registered short names of 市审批服务管理局 and 市市场监督管理局", "市审批局")
M(UU, row(11), "in units.txt (telecom carriers' local branches)", "中国移动灵武分公司")
M(UU, row(33), "in units.txt", "银川市生态环境局灵武分局")
M(UU, row(1), "in units.txt", "灵武产业园区管委会")
M(UU, ln("各责任单位于每季度末月25日前"), "the plan's own leading group set up in 二（一）, a report recipient, not a responsible unit", "市推进“数字政府”建设领导小组")
M(UU, ln("数字宁夏建设运营有限公司"), "regional company and committee named in the baseline text, mentioned as service providers, not as responsible units", "数字宁夏建设运营有限公司")
M("missing-pillar", 0, "数字生态 is taken up in 三（三） (line %d): 数据要素市场, 数据交易, 网络生态" % ln("（三）营造良好数字生态"))
M("missing-pillar", 0, "五个一/六级贯通 are taken up in section 二 (lines %d-%d)" % (ln("二、健全“五个一”"), ln("（三）完善工作机制")))
M("missing-pillar", 0, "财政投入 (line %d) and 数字素养 (line %d) are present" % (ln("（二）加大财政投入"), ln("（三）提升数字素养")))

covers_src = [
 (3, row(1)), (5, ln("以算法对算法")), (7, row(4)), (8, row(5)), (9, row(6)), (10, row(2)), (11, row(3)),
 (12, ln("培育数据要素市场")), (14, row(7)), (15, row(7)), (17, ln("GB/T 22239-2019")), (18, row(8)),
 (21, ln("行政许可管理信息系统")), (22, row(21)), (23, ln("一本账”，全面对接")), (24, ln("综合论证、绿色通道、联合验收")),
 (25, ln("一律不予安排建设及运维运营经费")), (28, ln("开展试点示范，实现")), (30, ln("全面摸清我市政务数据资源底数")),
 (32, ln("明确市直各部门（单位）数据管理机构")), (34, row(19)), (36, ln("建立健全政务数据供需对接机制")),
 (41, row(18)), (42, row(20)), (43, row(9)), (47, row(11)), (48, row(10)), (49, row(13)), (50, row(12)),
 (51, ln("推广应用自治区统一身份认证")), (52, row(15)), (53, row(14)), (54, row(16)), (55, ln("推广应用自治区统一身份认证")),
 (56, row(17)), (57, ln("信用中国（宁夏）灵武站")), (64, row(41)), (66, row(22)), (68, ln("推行“照单监管”")),
 (70, row(23)), (71, row(24)), (72, ln("与宁夏“互联网+监管”系统对接")), (77, row(25)), (79, row(26)), (80, row(27)),
 (83, row(28)), (84, row(29)), (85, ln("推广“免证办”")), (86, row(30)), (87, row(31)), (88, ln("加快“证照分离”改革")),
 (89, ln("建设企业专属网页和惠企政策专栏")), (93, row(32)), (95, row(33)), (96, row(34)), (104, row(35)), (105, row(35)),
 (106, row(36)), (107, row(37)), (111, row(38)), (112, row(39)), (115, row(40)), (116, row(42)), (118, ln("市委党校")),
 (121, row(43)), (122, row(43)), (123, ln("考核结果作为领导班子")), (124, ln("建立容错和奖惩机制")),
]
covers = [{"task": t, "line": l} for t, l in covers_src]

key = {
 "writer": "blind writer, round 284; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": N,
 "covers": covers,
 "notes": "灵武市 is a county-level city under 银川市; the 银川 plan is not in the seeds, so no parent is given and the draft is checked against ningxia-2023 only. The draft is a 征求意见稿 published 2024-07-01 with a feedback web address and e-mail. Task-list rows are lines 65-107 (row n is line 64+n); the note on line 63 says the first-listed lead unit is the main lead. Line 16's 2024 goal and row 10's 2025年底 disagree on purpose: row 10 is the planted late deadline.",
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(N), len(covers))
# verify every text is on its line
for sec in ("expect", "mustNotFlag"):
    for e in key[sec]:
        if e["line"] and "text" in e:
            assert e["text"] in L[e["line"]-1], (sec, e)
for c in covers: assert 1 <= c["line"] <= len(L)
print("ok", len(L) - (1 if L[-1]=="" else 0), "lines")
