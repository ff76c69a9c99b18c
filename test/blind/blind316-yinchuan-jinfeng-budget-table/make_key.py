#!/usr/bin/python3
# Builds key.json for blind case 316 from draft.txt; every line number is looked up, not typed.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L.pop()

def ln(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(L) if sub in t]
    assert len(hits) >= nth, (sub, hits)
    return hits[nth - 1]

def only(sub):
    hits = [i + 1 for i, t in enumerate(L) if sub in t]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def row(n):
    return only(f"{n}\t") if False else [i + 1 for i, t in enumerate(L) if t.startswith(f"{n}\t")][0]

def cell(n, col):
    return L[row(n) - 1].split("\t")[col]

# sanity on planted cells
assert cell(2, 8) == "2025年6月"
assert cell(11, 8) == "2025年12月"
assert cell(13, 8) == "2024年13月"
assert "区信息中心" in cell(3, 6)
assert cell(19, 6).startswith("区市场监督局牵头")
garble = "建立政务数据属地返还机制".encode("utf-8").decode("gbk")

expect = [
 {"rule": "basis-mismatch", "line": only("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the office's series, so the 文号 does not belong to this title"},
 {"rule": "deadline-later-than-baseline", "line": row(2), "text": "2025年6月",
  "why": "project 2 (城域网升级改造, 外网向村（社区）延伸全覆盖) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the draft's own goal on line %d also says 到2024年底. 建设周期 2024—2025年 on the same row repeats the slip" % only("到2024年底")},
 {"rule": "deadline-later-than-baseline", "line": row(11), "text": "2025年12月",
  "why": "project 11 (政府网站、政务新媒体、政务服务场所适老化与信息无障碍改造) is task 93, 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": row(13), "text": "2024年13月",
  "why": "month 13 does not exist (typo for 12月?); the matching task 52 (电子证照…个人证照在就医上学、交通出行等场景推广应用) is due 2025年, so it is not a late deadline"},
 {"rule": "unknown-unit", "line": row(3), "text": "区信息中心",
  "why": "not in units.txt; the district's technical body is 区大数据服务中心 (old name used by mistake)"},
 {"rule": "unknown-unit", "line": row(19), "text": "区市场监督局",
  "why": "not in units.txt; the canonical name is 区市场监督管理局, short name 区市场监管局 (used correctly in row 20)"},
 {"rule": "garbled-text", "line": only(garble), "text": garble[:6],
  "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立政务数据属地返还机制"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e.update(kw); e["why"] = why; M.append(e)

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"
m(B, only("国发〔2022〕14号"), "correct 文号 for 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号")
m(B, only("银川市人民政府《关于加强数字政府建设的实施方案》"), "the city's plan cited by title alone, as a county/district may (a city plan may have no 文号)", "银川市人民政府《关于加强数字政府建设的实施方案》")
m(B, only("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (工作基础), not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号")
m(B, only("金政办发〔2024〕9号"), "the document's own 文号 (issuing notice), not a citation", "金政办发〔2024〕9号")
m(B, 1, "the document's own title in the issuing notice, not a basis citation", "《银川市金凤区数字政府建设2024年重点项目实施方案》")
m(I, only("（2023年—2025年）"), "name of the regional task list with its period, not a deadline", "2023年—2025年")
m(I, only("2023年，我区对照"), "past date in the background (工作基础), not a deadline", "2023年")
m(I, 6, "the document's own issue date", "2024年3月18日")
m(D, only("到2024年底"), "到2024年底 for 信创云迁移 (task 46, 2024年) and 外网全覆盖 (task 48, 2024年): equal", "2024年底")
m(D, only("到2025年，我区数字政府“34567”"), "equal to the regional 主要目标 (到2025年 “34567”体系框架全面成型)", "2025年")
m(D, only("到2025年取得明显成效"), "智慧园区 is task 3, 持续推进，2025 年取得明显成效: equal", "2025年")
m(D, only("2025年6月底前实现热线工单"), "12345 “一呼即应” is task 87, 2023年启动，2025年完成: 2025年6月 is earlier", "2025年6月底前")
m(D, only("到2025年实现基层干部填表报数"), "填表报数减负 is task 106, 完成时限 2025年: equal", "2025年")
m(D, only("2024年12月20日前报送年度总结"), "the office's own reporting and self-evaluation dates (调度督导), not a task deadline", "2025年1月底前")
m(I, only("2024年12月20日前报送年度总结"), "own reporting dates after the issue date, valid dates", "2024年12月20日")
m(D, only("2024年，我区共安排"), "the plan year and 2024年计划投资 in the summary; amounts 13875万元/8865万元 are money, not dates", "2024年计划投资")
m(D, only("序号\t项目名称"), "table header 2024年计划投资 is a money column, not a deadline", "2024年计划投资")
m(D, row(5), "总投资 2025 (万元) is an amount in a money column, not a year; 完成时限 2024年12月 equals task 79 (2024年)", "2025")
m(I, row(5), "资金来源 2024年地方政府专项债券 names a bond year; 建设周期 2023—2024年 is a continuing project started before the plan year", "2024年地方政府专项债券")
m(I, row(1), "资金来源 区级财政（含2023年结转资金） and 建设周期 2023—2024年 are money/period facts of a continuing project, not deadlines; 完成时限 2024年10月 is earlier than task 46 (2024年)", "2023年结转资金")
m(D, row(1), "完成时限 2024年10月; tasks 46/43 are due 2024年: earlier", "2024年10月")
m(D, row(6), "基层治理 is task 83, 2025年: 2025年12月 and 建设周期 2023—2025年 are equal", "2025年12月")
m(I, row(6), "建设周期 2023—2025年 starts before the issue year: a continuing project, not an invalid deadline", "2023—2025年")
m(D, row(14), "城市运行“一网统管” is task 9, 持续推进，2025年取得明显成效: 2025年12月 equal", "2025年12月")
m(I, row(14), "建设周期 2023—2025年 of a continuing project", "2023—2025年")
m(D, row(16), "智慧园区 is task 3 (2025年): 2025年12月 equal", "2025年12月")
m(D, row(15), "数字乡村 is task 10 (2025年): 2025年10月 earlier", "2025年10月")
m(D, row(17), "智慧教育 is task 7 (2023年形成试点经验，2025年取得明显成效): 2025年8月 earlier", "2025年8月")
m(D, row(10), "12345 “一呼即应”/“接诉即办” is task 87 (2023年启动，2025年完成): 2025年6月 earlier", "2025年6月")
m(D, row(23), "填表报数减负 is task 106 (2025年): 2025年12月 equal", "2025年12月")
m(D, row(25), "机关事务 is task 111 (2025年): 2025年6月 earlier", "2025年6月")
m(D, row(8), "智慧应急 is task 80 (2024年): 2024年12月 equal", "2024年12月")
m(D, row(26), "非税收入电子化 is task 56 (2025年) / 电子票据 task 55 (2024年): 2024年12月 not later", "2024年12月")
m(D, row(4), "安全技术保障体系 is task 18 (2023年形成机制，长期坚持); the project row says 长期坚持: ongoing on both sides, no later milestone", "长期坚持")
m(U, row(14), "official short names in units.txt (区城管局, 区住建局) and a 银川市 body above the district in a guiding role (银川市城市管理局)", "银川市城市管理局")
m(U, row(20), "short names listed in units.txt: 区市场监管局 = 区市场监督管理局, 区发改局 = 区发展和改革局", "区市场监管局")
m(U, row(4), "金凤公安分局 is the listed short name of 银川市公安局金凤区分局", "金凤公安分局")
m(U, row(5), "银川市公安局金凤区分局: 银川市 body serving the district, listed in units.txt; 各乡镇（街道） collective", "银川市公安局金凤区分局")
m(U, row(9), "银川市审批服务管理局 is a 银川市 body above the district (指导), listed in units.txt", "银川市审批服务管理局")
m(U, row(21), "银川市生态环境局金凤分局 is a 银川市 body (cooperating), listed in units.txt", "银川市生态环境局金凤分局")
m(U, only("积极对接银川市大数据管理服务局"), "银川市 body above the district, listed in units.txt", "银川市大数据管理服务局")
m(U, row(6), "collectives 各乡镇（街道）、各村（社区）; 区社会治理服务中心 is listed", "各村（社区）")
m(U, row(10), "collective subject 区直各部门", "区直各部门")
m(U, row(13), "collective subject 区直有关部门", "区直有关部门")
m(U, row(18), "prefix 区 distributes: 民政局 = 区民政局; it does not distribute into the collective 各街道办事处; 区卫健局/区医保局 are listed short names", "民政局")
m(U, row(11), "区残联 is the listed short name of 区残疾人联合会; 区审批局 listed", "区残联")
m(U, row(16), "区工信局 (listed short name) and 金凤工业集中区管委会 (listed)", "金凤工业集中区管委会")
m(U, row(15), "town governments listed in units.txt", "良田镇人民政府")
m(U, 3, "collective addressees 各乡镇人民政府、各街道办事处，区直各部门（单位）", "区直各部门（单位）")
m(U, only("宁夏大学"), "宁夏大学 is a regional unit in the baseline task list (task 119), named here only as a partner", "宁夏大学")
m("missing-pillar", 0, "数字生态 is taken up on line %d (数据要素市场、数据交易规则、网络生态)" % only("3.营造良好数字生态"), pillar="数字生态")
m("missing-pillar", 0, "制度规则 on line %d (会商机制、“一本账”、试点示范)" % only("5.健全科学规范的制度规则体系"), pillar="制度规则")
m("missing-pillar", 0, "五个一 / 六级贯通 folded into lines %d-%d (领导小组、大数据服务中心、层级职责)" % (only("8.健全组织机构"), only("9.厘清层级职责")), pillar="五个一")
m("missing-pillar", 0, "六级贯通 on line %d" % only("9.厘清层级职责"), pillar="六级贯通")
m("missing-pillar", 0, "财政投入 taken up as 强化资金保障 on line %d" % only("（二）强化资金保障"), pillar="财政投入")
m("missing-pillar", 0, "数字素养 on line %d" % only("（三）提升数字素养"), pillar="数字素养")
m("missing-pillar", 0, "考核评价 on line %d" % only("（四）严格考核评价"), pillar="考核评价")
m("missing-pillar", 0, "经济调节 on line %d" % only("10.提升经济调节能力"), pillar="经济调节")
m(U, only("（一）加强组织领导"), "the district's own leading group, listed in units.txt", "区推进数字政府建设领导小组")

covers = []
def c(t, line): covers.append({"task": t, "line": line})
c(3, row(16)); c(5, only("强化政企协同、部门协同、社会共治")); c(7, row(17)); c(8, row(18)); c(9, row(14)); c(10, row(15))
sg = only("3.营造良好数字生态"); c(12, sg); c(13, sg)
c(14, only("4.构建全方位安全保障体系")); c(18, row(4))
zd = only("5.健全科学规范的制度规则体系"); c(23, zd); c(24, zd); c(25, zd); c(28, zd)
sj = only("6.构建循环利用的数据资源体系"); c(30, sj); c(32, sj)
c(39, row(3)); c(42, row(3)); c(46, row(1)); c(48, row(2)); c(49, row(5)); c(52, row(13)); c(56, row(26))
c(64, only("8.健全组织机构")); c(66, only("10.提升经济调节能力")); c(68, only("11.提升市场监管能力"))
c(70, row(20)); c(71, row(19)); c(77, row(7)); c(79, row(5)); c(80, row(8)); c(83, row(6)); c(84, row(9))
c(87, row(10)); c(89, row(12)); c(93, row(11)); c(94, row(21)); c(102, only("14.提升生态环境保护能力"))
c(105, row(22)); c(106, row(23)); c(111, row(25)); c(112, row(24)); c(114, row(24))
c(116, only("（一）加强组织领导")); c(123, only("（四）严格考核评价"))

key = {
 "writer": "blind writer, round 316; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("District (金凤区, 银川市) 2024 project plan checked against 宁政发〔2023〕17号 and its 124-task list; no parent plan is supplied "
           "(the 银川市 plan is cited by title only and is not in the seeds). units.txt is the district registry plus the 银川市 bodies the district works with. "
           "The table's 完成时限 column is the deadline; 建设周期 ranges, 总投资/2024年计划投资 amounts and years inside 资金来源 are not deadlines. "
           "Rows 2 and 11 carry the late deadlines in 完成时限 (their 建设周期 end year repeats the slip on the same line). "
           "The table note says the first-listed unit leads. No task-uncovered entries are planted.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e.get("text"))
