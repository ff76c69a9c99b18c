# Builds key.json from draft.txt, locating every line by a unique substring (1-based).
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "": L.pop()

def ln(sub, must_contain=None):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    assert len(hits) == 1, (sub, hits)
    if must_contain: assert must_contain in L[hits[0] - 1], (sub, must_contain)
    return hits[0]

def row(n):  # physical line where task row n of the attachment starts
    return ln("\t%d. " % n)

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政发〔2023〕27号"), "text": "宁政发〔2023〕27号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 27号 is a wrong 文号 for that title"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2026年，全县数字政府建设体系框架全面成型"), "text": "2026年",
  "why": "主要目标: the region's goal is 到2025年 the 数字政府建设体系框架全面成型 (宁政发〔2023〕17号 主要目标); the county puts the same goal in 2026"},
 {"rule": "deadline-later-than-baseline", "line": row(21), "text": "2025年",
  "why": "row 21 (城域网升级改造, 外网县乡村全覆盖) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the draft's own 主要目标 also says 到2024年底 全覆盖"},
 {"rule": "deadline-invalid", "line": row(16), "text": "21月",
  "why": "2024年21月底前: month 21 does not exist (typo for 12月); row 16 is task 40 (电子公文管理), 完成时限 2024年"},
 {"rule": "unknown-unit", "line": row(6), "text": "县卫建局",
  "why": "typo for 县卫健局 (县卫生健康局); not in units.txt. The cell is space-separated: 县医保局 in the same cell is known"},
 {"rule": "garbled-text", "line": ln("鏁版嵁鍏变韩浜ゆ崲"), "text": "鏁版嵁鍏变韩浜ゆ崲",
  "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 数据共享交换"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    mnf.append(e)

U, D, B, G = "unknown-unit", "deadline-later-than-baseline", "basis-mismatch", "garbled-text"
DI = "deadline-invalid"
# --- the round's theme: several bodies in one cell separated by spaces or line breaks
m(U, row(11), "cell 县审批局 县司法局: two registered units separated by a space, not one unknown unit", "县审批局 县司法局")
m(U, row(29), "cell 县发改局 县工信商务局 县统计局: three registered short names separated by spaces", "县发改局 县工信商务局 县统计局")
m(U, row(35), "six registered units (县应急局 县卫健局 县水务局 县自然资源局 县林草局 县气象局) separated by spaces", "县气象局")
m(U, row(15), "space-separated list that includes 固原市生态环境局彭阳分局, a single registered name (must not be split at 市 or read as a city unit)", "固原市生态环境局彭阳分局")
m(U, row(43), "固原市生态环境局彭阳分局 is the registered county-level branch, the lead of a local task; not a city body", "固原市生态环境局彭阳分局")
m(U, row(10), "units separated by full-width spaces (U+3000) as typed by hand: 县委网信办　县公安局　县大数据中心", "县委网信办　县公安局　县大数据中心")
m(U, row(27), "mixed separators: 县发改局、县市场监管局 县审批局 — three known units", "县发改局、县市场监管局 县审批局")
m(U, row(12), "role words glued to space-separated units: 县大数据中心牵头 / 县直各部门（单位）配合", "县大数据中心牵头")
m(U, row(34), "县委政法委（牵头） followed by space-separated units and a collective", "县委政法委（牵头）")
m(U, row(26), "cell broken over three physical lines (line break typed inside the cell): 县财政局 / 县教体局 县卫健局 / 县自然资源局 — all known", "县财政局")
m(U, row(26) + 1, "continuation of row 26's 责任单位 cell after a line break inside the cell; 县教体局 and 县卫健局 are registered short names", "县教体局 县卫健局")
m(U, row(26) + 2, "last part of row 26's 责任单位 cell (县自然资源局), followed by the row's 完成时限", "县自然资源局")
m(U, row(33), "cell broken over three physical lines: 县委政法委 / 县司法局 / 县信访局 — all registered", "县委政法委")
m(U, row(33) + 1, "continuation line of row 33's 责任单位 cell", "县司法局")
m(U, row(33) + 2, "continuation line of row 33's 责任单位 cell, followed by the row's 完成时限", "县信访局")
m(U, row(1), "县政府办 is the registered short name of 县人民政府办公室; space-separated with 县大数据中心 and 县委编办", "县政府办")
# --- collectives and aliases
m(U, row(4), "collectives separated by a space: 县直有关部门 各乡镇人民政府", "县直有关部门 各乡镇人民政府")
m(U, row(36), "各村（社区） and 各乡镇人民政府 are collective subjects", "各村（社区）")
m(U, row(42), "县直各部门（单位） 各乡镇人民政府: collectives as the responsible subjects", "县直各部门（单位） 各乡镇人民政府")
m(U, row(2), "县直各部门（单位） is a collective subject", "县直各部门（单位）")
m(U, row(18), "彭阳电信 is the registered short name of 中国电信彭阳分公司 (a unit outside government, listed in units.txt)", "彭阳电信")
m(U, row(24), "县税务局 is a registered short name of 国家税务总局彭阳县税务局", "县税务局")
m(U, row(32), "县生态环境分局 is the registered short name of 固原市生态环境局彭阳分局", "县生态环境分局")
m(U, ln("由县发改局、财政局、审计局按职责"), "prefix 县 distributes over the 、 list: 县发改局, 县财政局, 县审计局", "财政局")
m(U, ln("加强与自治区政府办公厅"), "自治区政府办公厅 is a regional unit of the baseline mentioned for liaison, not as lead of a local task; 固原市有关部门 is a collective", "自治区政府办公厅")
m(U, ln("由县人民政府主要负责同志任组长"), "县人民政府 and 县大数据服务中心 are registered; 县推进“数字政府”建设领导小组 is the leading group described in prose, not a responsible unit", "县推进“数字政府”建设领导小组")
m(U, ln("依托县委党校和网络培训平台"), "县委党校 is registered", "县委党校")
m(U, ln("各乡镇人民政府，县直各部门（单位）："), "主送 line: collective addressees", "各乡镇人民政府")
# --- deadlines
m(D, row(1), "task 64 (各地各部门参照自治区做法，成立相应的组织机构), 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
m(D, row(10), "task 18, 完成时限 2023年形成机制，长期坚持; copied verbatim, equal", "2023年形成机制，长期坚持")
m(DI, row(10), "2023年 lies before the plan's year (2024) but is the regional 完成时限 of task 18 copied verbatim, with 长期坚持", "2023年")
m(D, row(13), "task 28, 完成时限 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal, only the start is later", "2024年启动，2025年取得明显成效")
m(D, row(14), "task 33, 完成时限 2024年; written with a space (2024 年), equal", "2024 年")
m(D, row(15), "task 34, 完成时限 2024年; 2024年9月底前 is earlier", "2024年9月底前")
m(D, row(17), "task 41, 完成时限 2024年; 2024年12月底前 is equal", "2024年12月底前")
m(D, row(19), "task 46 (政务信息系统有序迁移，政务云资源统一调度; also task 43 2024 年建成，持续推进), 完成时限 2024年; 2024年底前 equal", "2024年底前")
m(D, row(22), "task 49 (视频共享平台，视频一张网), 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
m(D, row(40), "task 89 (企业专属网页和惠企政策专栏), 完成时限 2024年; 2024年6月底前 is earlier", "2024年6月底前")
m(D, row(5), "task 7, 完成时限 2023年形成试点经验，2025年取得明显成效; completing milestone 2025 equal", "2025年取得明显成效")
m(D, row(8), "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效; completing milestone equal", "2025年取得明显成效")
m(D, row(3), "task 3, 完成时限 持续推进，2025 年取得明显成效; equal", "持续推进，2025年取得明显成效")
m(D, row(9), "task 12, 完成时限 2025年; equal", "2025年")
m(D, row(26) + 2, "row 26 (task 56 非税收入收缴电子化, 完成时限 2025年); the row's deadline sits on the third physical line because the unit cell holds line breaks; equal", "2025年")
m(D, row(33) + 2, "row 33 (task 77 矛盾纠纷多元化解, 完成时限 2024年); deadline on the third physical line of the row; equal", "2024年")
m(D, row(36), "task 83, 完成时限 2025年; equal", "2025年")
m(D, row(49), "task 106 (填表报数系统), 完成时限 2025年; equal", "2025年")
m(D, row(51), "task 108, 完成时限 长期推进，2024年取得明显成效; copied, equal", "长期推进，2024年取得明显成效")
m(D, row(56), "task 121, 完成时限 长期坚持; equal", "长期坚持")
m(D, ln("到2024年底，县、乡、村三级电子政务外网实现全覆盖"), "county goal for 2024: 外网全覆盖 = task 48 (2024年), 信创云迁移 = tasks 43/46 (2024年), 宁政通 = task 105 (2024年); all equal. It is not the region's 2023 goal (政策体系初步建立, 家底理清)", "到2024年底")
m(D, ln("到2035年，与政府治理能力现代化相适应"), "2035 goal equal to the region's 到2035年 goal", "到2035年")
m(D, ln("2024年12月10日前报送年度工作总结"), "the office's own reporting dates (quarterly 20日前, annual summary by 2024年12月10日), not a task deadline", "2024年12月10日前")
m(D, ln("我县于2020年完成"), "past dates in the 工作基础 background (2020年, 2023年)", "2023年")
m(DI, ln("我县于2020年完成"), "2020年 and 2023年 are past events in the background, not deadlines", "2020年")
m(DI, ln("2024年3月26日"), "the document's own issue date", "2024年3月26日")
# --- citations
m(B, ln("国发〔2022〕14号"), "《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号） is correct", "国发〔2022〕14号")
m(B, ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way in the 吴忠 plan", "宁政办发〔2023〕11号")
m(B, ln("固原市人民政府《关于加强数字政府建设的实施方案》"), "the city's plan cited by title alone, without 文号, as city plans often are", "固原市人民政府《关于加强数字政府建设的实施方案》")
m(B, ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (what was done since 2020), not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号")
m(B, ln("彭政发〔2024〕12号"), "the draft's own 文号 in the 印发通知, not a basis document", "彭政发〔2024〕12号")

covers_spec = [
 (64, row(1)), (20, row(2)), (3, row(3)), (6, row(4)), (7, row(5)), (8, row(6)), (10, row(7)),
 (11, row(8)), (12, row(9)), (18, row(10)), (21, row(11)), (23, row(12)), (28, row(13)),
 (33, row(14)), (34, row(15)), (40, row(16)), (41, row(17)), (42, row(18)), (46, row(19)),
 (47, row(20)), (48, row(21)), (49, row(22)), (50, row(23)), (53, row(24)), (55, row(25)),
 (56, row(26)), (57, row(27)), (58, row(28)), (66, row(29)), (71, row(30)), (73, row(31)),
 (74, row(32)), (77, row(33)), (79, row(34)), (80, row(35)), (83, row(36)), (84, row(37)),
 (86, row(38)), (88, row(39)), (89, row(40)), (90, row(41)), (93, row(42)), (94, row(43)),
 (96, row(44)), (98, row(45)), (101, row(46)), (104, row(47)), (105, row(48)), (106, row(49)),
 (107, row(50)), (108, row(51)), (111, row(52)), (112, row(53)), (114, row(54)), (115, row(55)),
 (121, row(56)),
 (14, ln("强化安全管理责任。")), (15, ln("强化安全管理责任。")), (17, ln("落实安全制度要求。")),
 (32, ln("完善数据管理机制。")), (30, ln("完善数据管理机制。")), (36, ln("深化数据高效共享。")),
 (24, ln("创新建设管理机制。")), (43, ln("强化政务云支撑能力。")),
 (116, ln("纳入“一把手工程”")), (122, ln("纳入全县效能目标管理考核")), (123, ln("纳入全县效能目标管理考核")),
 (118, ln("定期开展全县干部数字化能力培训")), (25, ln("（二）加大资金保障。")),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
 "writer": "blind writer, round 838; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("彭阳县 (固原市) 2024 实施方案 with a hand-filled task table (附件) whose 责任单位 cells list several bodies apart by "
           "half-width spaces, full-width spaces (row 10), mixed 、 and space (row 27), or line breaks typed inside the cell "
           "(rows 26 and 33: the cell text continues on the next physical line(s), as Word's table-to-text conversion leaves it; "
           "the row's 完成时限 sits after a tab on the last of those lines). The table says the first-listed unit leads. "
           "No parent plan is given (the 固原 plan is cited by title only). Planted: wrong 文号 for the regional 实施意见, a late 主要目标 "
           "(2026 vs 2025), a late row (task 48: 2025 vs 2024), an impossible month (21月), a typo unit (县卫建局), and one mojibake run. "
           "Build scripts: build.py writes draft.txt, make_key.py writes this key."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e["text"])
