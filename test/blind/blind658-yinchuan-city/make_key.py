# Builds key.json and checks that every keyed line holds its text (1-based lines of draft.txt).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(sub, start=1):
    hits = [i for i, l in enumerate(L, 1) if sub in l and i >= start]
    assert hits, sub
    return hits[0]
def row(n):  # task-table row whose 重点内容 starts with "n. "
    hits = [i for i, l in enumerate(L, 1) if l.count('\t') == 3 and l.split('\t')[1].startswith(f'{n}. ')]
    assert len(hits) == 1, n
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "the 自治区 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the 办公厅 series (slip of the issuer code)"},
 {"rule": "unknown-unit", "line": row(3), "text": "市经信局",
  "why": "not in units.txt (the city body is 市工业和信息化局 = 市工信局); stale name of another city's bureau, named as lead of task 3 (智慧园区)"},
 {"rule": "deadline-invalid", "line": row(32), "text": "21月",
  "why": "2024年21月底前 is an impossible month (typo for 12月); task 49 视频一张网, regional 完成时限 2025年"},
 {"rule": "deadline-later-than-baseline", "line": row(35), "text": "2025年6月底前",
  "why": "task 57 (迭代升级宁夏信用信息公共服务平台功能…信用查询、区域信用监测、信用风险预警) has 完成时限 2024年; the city row says 2025年6月底前"},
 {"rule": "unknown-unit", "line": row(44), "text": "自治区党委政法委",
  "why": "a regional body named as the lead (牵头, and first-listed per the note on line %d) of a city task (雪亮工程, task 79); copied from the regional cell, the city lead should be 市委政法委 as in rows 43 and 46" % ln("注：责任单位排在第一位")},
 {"rule": "garbled-text", "line": ln("寤虹珛鍋ュ叏"), "text": "寤虹珛鍋ュ叏鏀垮姟",
  "why": "UTF-8 read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立健全政务数据供需对接机制"},
]

mnf = []
def m(rule, line, why, text=None, pillar=None):
    e = {"rule": rule, "line": line}
    if pillar: e["pillar"] = pillar
    if text is not None:
        assert text in L[line-1], (text, line)
        e["text"] = text
    e["why"] = why
    mnf.append(e)

DL = "deadline-later-than-baseline"
UU = "unknown-unit"
# basis
m("basis-mismatch", 9, "correct: 国发〔2022〕14号 is 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号")
m("basis-mismatch", 9, "correct citation of 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited the same way by the 吴忠 plan; a 宁政办发 number is right for this one", "宁政办发〔2023〕11号")
m("basis-mismatch", 12, "retrospective mention of the 2020 工作要点 in the background (近年来…认真落实), with its correct 文号; not cited as a basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", 2, "the document's own 文号 (city issuing number), not a cited basis", "银政发〔2024〕12号")
# dates that are not deadlines / background
m("deadline-invalid", 6, "issue date of the notice", "2024年3月18日")
m("deadline-invalid", 12, "past date in the background (2023年，全市建成…), not a deadline", "2023年")
m("deadline-invalid", 86, "the office's own reporting dates for progress reports (报送领导小组办公室), not task deadlines", "2024年6月30日")
m(DL, 86, "reporting dates (6月30日、12月10日前报送进展), not a task deadline; must not be matched to task 124 (督促检查, 2023年形成机制)", "12月10日前")
# goals
m(DL, 16, "2024 goal: 政务信创云 (tasks 19/43: 2024年建成), 城域网 (task 48: 2024年), 公共数据开放 (task 41: 2024年) — equal; no 2023 regional goal is restated", "到2024年底")
m(DL, 17, "equal to the regional goal 到2025年…“34567”体系框架全面成型", "到2025年")
m(DL, 18, "equal to the regional 2035 goal", "到2035年")
# inline body deadlines
m(DL, 44, "task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年 — equal", "2024年底前")
m(DL, 48, "task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年 — earlier", "2024年6月底前")
# table deadlines
m(DL, row(1), "task 1: 持续推进，2025年取得明显成效 — copied, equal", "持续推进，2025年取得明显成效")
m(DL, row(2), "task 2: 2023年启动，2024年取得明显成效 — the completing milestone is 2024, equal", "2024年")
m(DL, row(3), "task 3: 持续推进，2025年取得明显成效 — 2025年 equal (the row's unit is the planted error, not the date)", "2025年")
m(DL, row(4), "task 4: 持续推进，2024年取得明显成效 — 2024年 equal", "2024年")
m(DL, row(7), "task 7: 2023年形成试点经验，2025年取得明显成效 — 2025年 equal to the completing milestone", "2025年")
m(DL, row(11), "task 11: 2023年完成主要建设任务，2025年取得明显成效 — 2025年 equal", "2025年")
m(DL, row(14), "task 16 (数据安全防护能力评估指标体系): 2024年 — equal; not task 17 (2023年)", "2024年")
m(DL, row(17), "task 23 (数字资源管理系统，重大改革、重点项目、关键应用“一本账”): 2024年 — equal; not task 30 (政务数据“一本账”, 2023年)", "2024年")
m(DL, row(19), "task 28: 2023年启动，2025年取得明显成效 — 2025年 equal", "2025年")
m(DL, row(20), "task 29: 2023年启动，2025年完成 — 2025年 equal", "2025年")
m(DL, row(26), "task 41: 2024年 — 2024年11月底前 is earlier", "2024年11月底前")
m(DL, row(28), "task 43: 2024年建成，持续推进 — copied, equal", "2024年建成，持续推进")
m(DL, row(37), "task 64: 2025年 — 2024年6月底前 is earlier", "2024年6月底前")
m(DL, row(39), "task 66: 2025年 — 2024年底前 is earlier", "2024年底前")
m(DL, row(49), "task 87: 2023年启动，2025年完成 — 2025年 equal", "2025年")
m(DL, row(63), "task 108: 长期推进，2024年取得明显成效 — copied, equal", "长期推进，2024年取得明显成效")
m(DL, row(69), "task 121: 长期坚持 — equal (closer to 121 than to 116, and has no dated milestone anyway)", "长期坚持")
# units
m(UU, 3, "addressee line: collective 各县（市、区）人民政府 / 市政府各部门、各直属机构", "市政府各部门")
m(UU, row(1), "prefix 市 distributes: 市工业和信息化局, 市商务局 (both in units.txt)", "工业和信息化局")
m(UU, row(1), "collective subject after the city bodies", "各县（市、区）人民政府")
m(UU, row(16), "prefix 市 distributes over 市场监管局 → 市市场监管局 (in units.txt); not an unknown 市场监管局", "市场监管局")
m(UU, row(21), "prefix 市 distributes: 市市场监管局, 市自然资源局, 市人力资源社会保障局, 市发展改革委", "市场监管局")
m(UU, row(43), "prefix 市 distributes: 市司法局, 市信访局", "司法局、信访局")
m(UU, row(13), "official alias 市发改委 = 市发展改革委 in units.txt", "市发改委")
m(UU, 48, "alias 市大数据局 = 市大数据管理服务局; 市数字政府建设领导小组 is in units.txt", "市大数据局")
m(UU, row(15), "collective 市直有关部门", "市直有关部门")
m(UU, row(17), "collective 市直各部门（单位）", "市直各部门（单位）")
m(UU, row(31), "collective 各乡镇（街道）", "各乡镇（街道）")
m(UU, row(9), "named 县（市、区） governments for their share (三个城区), all in units.txt", "金凤区人民政府")
m(UU, row(10), "灵武市人民政府 is a registry name (county-level city) and is not split; 永宁县/贺兰县人民政府 also listed", "灵武市人民政府")
m(UU, row(2), "named county governments for their share (闽宁云 in 永宁县, 红酒云 in 西夏区)", "永宁县人民政府")
m(UU, row(34), "垂直管理单位 in units.txt; contains 银川市 but is one name", "国家税务总局银川市税务局")
m(UU, row(45), "银川市气象局 and 银川市消防救援支队 are in units.txt", "银川市消防救援支队")
m(UU, row(52), "prefix 市 distributes: 市体育局 (in units.txt)", "体育局")
m(UU, 24, "place names in prose (以永宁县、贺兰县、灵武市为重点), not a responsibility assignment", "永宁县、贺兰县、灵武市")
m(UU, 23, "place name (development zone) in prose, not a unit; the unit 银川经济技术开发区管委会 is in units.txt", "银川经济技术开发区")
m(UU, 86, "各牵头单位 is a collective (the leads of the table rows), in a reporting sentence", "各牵头单位")
# pillars
m("missing-pillar", 84, "财政投入 is taken up under the heading 加强资金保障 (经费纳入年度预算、多渠道投入、对县乡村支持、运维资金挂钩评估)", "加强资金保障", pillar="财政投入")
m("missing-pillar", 46, "五个一 and 六级贯通 are taken up in section 四 (健全组织机构、厘清层级职责、完善工作机制)", "五个一", pillar="五个一")
m("missing-pillar", 49, "六级贯通 is taken up in 厘清层级职责 (市、县、乡镇、村 levels on 上级平台)", "六级贯通", pillar="六级贯通")
m("missing-pillar", 25, "数字生态 is taken up (数据要素市场、政策环境、安全可靠的数字化发展环境) and in table rows 12–13", "营造良好数字生态", pillar="数字生态")
# garbled look-alikes
m("garbled-text", row(30), "IPv6 is a technical term, not damage", "IPv6")
m("garbled-text", row(9), "（CIM） and quoted slogans are normal text", "CIM")

covers = [
 (1, row(1)), (2, row(2)), (3, row(3)), (4, row(4)), (5, row(5)), (6, row(6)), (7, row(7)), (8, row(8)),
 (9, row(9)), (10, row(10)), (11, row(11)), (12, row(12)), (13, row(13)), (16, row(14)), (21, row(15)),
 (22, row(16)), (23, row(17)), (26, row(18)), (28, row(19)), (29, row(20)), (33, row(21)), (34, row(22)),
 (37, row(23)), (39, row(24)), (40, row(25)), (41, row(26)), (42, row(27)), (43, row(28)), (45, row(29)),
 (47, row(30)), (48, row(31)), (49, row(32)), (54, row(33)), (55, row(34)), (57, row(35)), (58, row(36)),
 (64, row(37)), (65, row(38)), (66, row(39)), (70, row(40)), (71, row(41)), (74, row(42)), (77, row(43)),
 (79, row(44)), (80, row(45)), (83, row(46)), (84, row(47)), (86, row(48)), (87, row(49)), (88, row(50)),
 (89, row(51)), (90, row(52)), (92, row(53)), (93, row(54)), (94, row(55)), (96, row(56)), (97, row(57)),
 (101, row(58)), (103, row(59)), (104, row(60)), (105, row(60)), (106, row(61)), (107, row(62)), (108, row(63)),
 (111, row(64)), (112, row(65)), (114, row(66)), (115, row(67)), (117, row(68)), (121, row(69)),
 (14, 29), (18, 31), (24, 35), (32, 39), (116, 83), (118, 85),
]
key = {
 "writer": "blind writer, round 658; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("银川市 city plan of 2024-03-18 implementing 宁政发〔2023〕17号, no parent plan. The task table (lines %d–%d) is tab-separated, "
           "主要任务/重点内容/责任单位/完成时限, empty first cell continues the group; its note (line %d) says the first-listed unit leads. "
           "Table rows deliberately avoid regional tasks whose 完成时限 is 2023 (those are taken up only in undated body prose, e.g. tasks 14/18/36/116), "
           "so no 2023 deadline is restated in a 2024 plan. Six planted mistakes: wrong 文号 (line 9), unknown unit 市经信局, impossible month 21月, "
           "late deadline for task 57, regional body as lead of task 79, UTF-8-as-GBK mojibake on line 40.")
           % (ln("主要任务\t重点内容"), len([l for l in L if l]) , ln("注：责任单位排在第一位")),
}
for e in expect:
    assert e["text"] in L[e["line"]-1], e
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
