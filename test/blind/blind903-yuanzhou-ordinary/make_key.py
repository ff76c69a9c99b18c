# Builds key.json for blind903 and checks every line/text against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def row(n):  # table row n -> line
    return 83 + n

expect = [
    {"rule": "basis-mismatch", "line": 9, "text": "国务院关于加快推进数字政府建设的指导意见",
     "why": "wrong title: 国发〔2022〕14号 is 《国务院关于加强数字政府建设的指导意见》 (加快推进 for 加强)"},
    {"rule": "deadline-later-than-baseline", "line": row(17), "text": "2025年底前",
     "why": "table row 17 (城域网升级改造、电子政务外网区乡村全覆盖) is task 48, 完成时限 2024年 (task 47 also 2024年); the draft's own note on line 53 and goal on line 23 say 2024年底"},
    {"rule": "deadline-invalid", "line": 67, "text": "16月",
     "why": "2024年16月底前 is an impossible month (typo for 2024年6月底前, as table row 27 on line 110 has it); tasks 84/86 完成时限 2024年"},
    {"rule": "unknown-unit", "line": row(3), "text": "区经信局",
     "why": "old/colloquial name not in units.txt; the registry has 区工业信息化和商务局 (= 区工信商务局), which the inline note on line 34 uses"},
    {"rule": "garbled-text", "line": 49, "text": "鎺ㄥ姩鏁版嵁",
     "why": "UTF-8 read as GBK: 鎺ㄥ姩鏁版嵁鎸夐渶鍏变韩 = 推动数据按需共享"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务新媒体矩阵 (自治区各部门及各市、县（区）分别负责, 2024年) deliberately left out: section 16 政务公开 covers 112/113/115 only; no 新媒体 anywhere"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e.update(kw)
    e["why"] = why
    M.append(e)

DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"
# basis
m(BM, 2, "the notice's own 文号, not a cited basis document", "原政办发〔2024〕9号")
m(BM, 4, "the title of the document itself, quoted in the notice", "原州区2024年数字政府建设实施方案")
m(BM, 9, "correct 文号 and title of the regional 实施意见", "宁政发〔2023〕17号")
m(BM, 9, "the city's plan cited by title alone, as city plans often have no 文号; no parent given, nothing to contradict", "关于加强数字政府建设的实施方案")
m(BM, 14, "retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
# background and own dates
m(DI, 6, "issue date of the notice", "2024年3月18日")
m(DI, 14, "past date in the background (since 2020)", "2020年")
m(DI, 15, "past dates in the background (what was done in 2023, 专班 set up in 2023年9月)", "2023年9月")
m(DL, 15, "background achievement, not a deadline", "2023年")
m(DL, 130, "the office's own reporting dates (quarterly progress, annual summary), not task deadlines; the line also mentions 督促检查 (task 124: 2023年形成机制，长期坚持)", "2024年12月10日前")
m(DI, 130, "own reporting schedule; 每季度末月25日前 has no year", "每季度末月25日前")
# goals
m(DL, 22, "2024 goals are tasks due 2024: 48 外网全覆盖 (2024年), 50 专网整合 (2024年), 46 迁移上云 (2024年), 86 我的宁夏应上尽上 (2024年), 105 宁政通 (2024年), 106 填表报数 (2025年) - equal or earlier", "到2024年底")
m(DL, 27, "regional 主要目标: 到2025年 体系框架全面成型 - equal", "到2025年")
# inline notes
m(DL, 30, "task 64 (各地参照成立组织机构) 完成时限 2025年 - earlier", "2024年6月底前")
m(DL, 35, "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效 - equal", "2025年")
m(DL, 37, "task 6 (服务数字化) and task 8 完成时限 持续推进，2025年取得明显成效 - equal, copied", "持续推进，2025年取得明显成效")
m(DL, 38, "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效 - equal", "2025年")
m(DL, 39, "task 9 (智慧城市、一网统管) 完成时限 持续推进，2025年取得明显成效 - earlier", "2024年底前")
m(DL, 40, "task 13 (市场准入、公平竞争审查) 完成时限 2024年 - equal; task 12 (数据要素市场) 2025年 - earlier", "2024年底前")
m(DI, 42, "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan's year", "2023年形成机制，长期坚持")
m(DL, 42, "tasks 14/15 完成时限 2023年, task 18 2023年形成机制，长期坚持 - equal (copied)", "2023年形成机制，长期坚持")
m(DL, 44, "task 21 (行政权力事项网上运行) 完成时限 2024年 - equal", "2024年")
m(DL, 45, "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (start 2024 is the district's own start)", "2024年启动，2025年取得明显成效")
m(DL, 48, "tasks 33/34 (基础库、主题库) 完成时限 2024年 - equal", "2024年底前")
m(DL, 50, "tasks 41/42 (公共数据开放、融合应用) 完成时限 2024年 - earlier", "2024年11月底前")
m(DL, 53, "task 48 (城域网、5级全覆盖) 完成时限 2024年 - equal (the table row on line 100 is the late one)", "2024年底前")
m(DL, 65, "task 83 (互联网+基层治理) 完成时限 2025年 - earlier", "2025年6月底前")
m(DL, 69, "task 87 (12345 一呼即应) 完成时限 2023年启动，2025年完成 - earlier than completion", "2024年底前")
m(DL, 72, "task 96 (互联网+城乡供水) 完成时限 2025年 - equal", "2025年")
m(DL, 73, "tasks 95/102 完成时限 2025年 - same year", "2025年底前")
m(DL, 76, "tasks 106 (填表报数) and 107 (视频会议) 完成时限 2025年 - earlier", "2024年底前")
m(DL, 77, "task 111 (机关事务) 完成时限 2025年 - same year, earlier month", "2025年6月底前")
m(DL, 79, "tasks 112/113 完成时限 2024年 - equal", "2024年")
# table rows
m(DL, row(4), "task 3 完成时限 持续推进，2025年取得明显成效 - equal", "2025年")
m(DI, row(9), "copied regional deadline of task 18 (2023年形成机制，长期坚持), before the plan's year", "2023年形成机制，长期坚持")
m(DL, row(11), "task 28 完成时限 2023年启动，2025年取得明显成效 - completing milestone equal", "2024年启动，2025年取得明显成效")
m(DL, row(15), "tasks 41/42 完成时限 2024年 - earlier", "2024年11月底前")
m(DL, row(20), "task 66 (经济运行大数据平台) 完成时限 2025年, task 65 2024年 - earlier/equal", "2024年底前")
m(DL, row(26), "task 83 完成时限 2025年 - earlier", "2025年6月底前")
m(DL, row(27), "tasks 84/86 完成时限 2024年 - earlier (the inline note on line 67 is the broken one)", "2024年6月底前")
m(DL, row(35), "task 111 完成时限 2025年 - same year", "2025年6月底前")
m(DL, row(38), "task 121 (考核指标、常态化考核) 完成时限 长期坚持 - equal", "长期坚持")
# units
m(UU, 3, "addressees: 各乡镇人民政府、街道办事处 - 各 distributes over the list; collective subject", "街道办事处")
m(UU, 30, "collective subjects", "各乡镇人民政府")
m(UU, 30, "collective subject", "各街道办事处")
m(UU, 31, "collective subject", "区直各部门（单位）")
m(UU, 34, "registered name containing 和; never split into 区工业信息化 / 商务局", "区工业信息化和商务局")
m(UU, 35, "vertically managed unit listed in units.txt, not a city body", "固原市生态环境局原州分局")
m(UU, 37, "official short name, alias of 区卫生健康局 in units.txt", "区卫健局")
m(UU, 39, "alias of 区住房城乡建设局 in units.txt", "区住建局")
m(UU, 40, "alias of 区发展改革局 in units.txt", "区发改局")
m(UU, 42, "official short name listed in units.txt", "区委网信办")
m(UU, 42, "police branch listed in units.txt (contains 市, but a district-level unit)", "固原市公安局原州区分局")
m(UU, 44, "collective subject", "区直有关部门（单位）")
m(UU, 44, "alias of 区审批服务管理局 in units.txt", "区审批局")
m(UU, 48, "alias of 区人力资源社会保障局", "区人社局")
m(UU, 57, "prefix 区 distributes over 区发改局、统计局、工业信息化和商务局、财政局 -> 区统计局, 区工业信息化和商务局, 区财政局", "统计局")
m(UU, 57, "prefix distribution; registered name with 和 not split", "工业信息化和商务局")
m(UU, 63, "prefix distribution: 区司法局、信访局 -> 区信访局", "信访局")
m(UU, 65, "collective subject", "各村（社区）")
m(UU, 65, "collective subject", "各乡镇（街道）")
m(UU, 70, "alias of 区残疾人联合会", "区残联")
m(UU, 73, "alias of 区林业和草原局", "区林草局")
m(UU, 75, "alias of 区人民政府办公室", "区政府办公室")
# garbled / pillars
m("garbled-text", 25, "domain term, not damage", "我的宁夏")
m("missing-pillar", 0, "数字生态 is a short single paragraph (line 40: 数据要素市场、交易制度)", pillar="数字生态")
m("missing-pillar", 0, "五个一/六级贯通 folded into section 二（一） lines 29-31 (健全组织机构、厘清层级职责)", pillar="五个一")
m("missing-pillar", 0, "财政投入 appears as （二）强化资金保障, line 126", pillar="财政投入")
m("missing-pillar", 0, "数字素养 appears as （三）提升数字素养, line 128", pillar="数字素养")

covers = [(64,30),(2,34),(3,35),(6,37),(8,37),(10,38),(9,39),(12,40),(13,40),(14,42),(15,42),(18,42),
          (21,44),(28,45),(27,46),(33,48),(34,48),(39,49),(41,50),(42,50),(43,52),(46,52),(48,53),
          (50,54),(49,54),(53,55),(54,55),(66,57),(70,59),(71,60),(74,61),(75,61),(77,63),(79,64),(80,64),
          (83,65),(84,67),(86,67),(88,68),(89,68),(87,69),(93,70),(96,72),(95,73),(102,73),(104,75),
          (105,75),(106,76),(107,76),(111,77),(112,79),(113,79),(115,80),(121,121),(116,124),(25,126),
          (117,128),(118,128),(122,130),(123,130),(124,130)]

# checks
errs = []
for e in expect + M:
    if e["line"] == 0:
        continue
    if not (1 <= e["line"] <= len(L)):
        errs.append(("range", e)); continue
    if "text" in e and e["text"] not in L[e["line"] - 1]:
        errs.append(("text", e))
for t, ln in covers:
    assert 1 <= ln <= len(L)
assert len(set(t for t, _ in covers)) == len(covers)
if errs:
    for x in errs: print(x)
    raise SystemExit(1)

key = {
    "writer": "blind writer, round 903; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": ln} for t, ln in covers],
    "notes": ("原州区 (固原市) 2024 实施方案 as an ordinary district office writes it: notice header, 总体要求, "
              "measures with inline （责任单位；完成时限） notes, a 38-row task table (lines 84-121, first-listed unit leads, "
              "stated on line 82), 保障措施. No parent plan is given (固原市's plan is cited by title only). "
              "Six planted slips: wrong basis title, one late table deadline that contradicts its own inline note, "
              "an impossible month, an old unit name, one mojibake run, one left-out county task (114). "
              "The copied regional deadline 2023年形成机制，长期坚持 (lines 42, 92) is deliberate: equal to tasks 14/15/18 and "
              "copied, not an invalid date. Tasks due 2023 (30, 31, 32, 36, 51, 60, 67, 68, 72, 85) were kept out of dated sentences on purpose."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print("ok", len(L), "lines;", len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
