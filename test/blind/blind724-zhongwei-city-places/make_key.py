# Builds key.json; every line number is found by searching draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def line_of(text, start=None, nth=0):
    """1-based line of the nth line containing text (and starting with start if given)."""
    hits = [i + 1 for i, l in enumerate(L) if text in l and (start is None or l.startswith(start))]
    assert hits, text
    return hits[nth]

def only(text, start=None):
    hits = [i + 1 for i, l in enumerate(L) if text in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (text, hits)
    return hits[0]

def row(n):
    return only('\t%d.' % n)

expect = [
    {"rule": "basis-mismatch", "line": only('宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong (the correct number is cited later, in 六（六）)"},
    {"rule": "unknown-unit", "line": only('市经信局'), "text": "市经信局",
     "why": "old name of 市工业和信息化局 (市经济和信息化局); not in units.txt, and the registry's short name is 市工信局"},
    {"rule": "deadline-invalid", "line": only('20244年'), "text": "20244年",
     "why": "five-digit year (double-typed 4) in the 各县（区） part of the note; meant 2024年9月底前 for tasks 41/42 (完成时限 2024年)"},
    {"rule": "garbled-text", "line": only('寤虹珛鍋ュ叏'), "text": "寤虹珛鍋ュ叏",
     "why": "UTF-8 read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立健全政务数据供需对接机制 (task 36)"},
    {"rule": "deadline-later-than-baseline", "line": row(14), "text": "2025年6月底前",
     "why": "task 93 (适老化与信息无障碍建设) 完成时限 2024年; the note gives 市直部门 and 沙坡头区 dates within 2024 but 中宁县、海原县 2025年6月底前, which is later"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "task 114 (政务新媒体矩阵, 自治区各部门（单位）及各市、县（区）分别负责, 2024年) is deliberately left out: no 政务新媒体 content anywhere in the draft"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# --- dates by place / body (the round's theme) ---
nm("deadline-later-than-baseline", only('沙坡头区2024年6月底前、中宁县和海原县2024年9月底前，市直部门2024年底前'),
   "task 39 完成时限 2024年: 沙坡头区 2024年6月底前, 中宁县和海原县 2024年9月底前, 市直部门 2024年底前 - every place/body date is within 2024", "2024年底前")
nm("deadline-later-than-baseline", only('海原县2024年底前实现村级全覆盖'),
   "tasks 47/48 完成时限 2024年: 沙坡头区 6月底, 中宁县 9月底, 海原县 2024年底前 - latest place equals the regional year", "2024年底前")
nm("deadline-later-than-baseline", only('市直部门2024年6月底前，各县（区）2024年9月底前）', '推进行政权力事项'),
   "task 21 完成时限 2024年: 市直部门 2024年6月底前, 各县（区） 2024年9月底前 - both earlier")
nm("deadline-later-than-baseline", only('各县（区）2025年6月底前全面实现'),
   "task 22 (审管协同, 各地级市具体负责) 完成时限 2025年: 市直部门 2024年底前, 各县（区） 2025年6月底前 - both within 2025", "2025年6月底前")
nm("deadline-later-than-baseline", only('海原县2025年6月底前）', '深化“互联网+医疗健康”'),
   "task 8 完成时限 持续推进，2025年取得明显成效: 沙坡头区、中宁县 2024年底前, 海原县 2025年6月底前 - within 2025", "2025年6月底前")
nm("deadline-later-than-baseline", only('中宁县、海原县2025年6月底前完成县级平台对接'),
   "task 9 (智慧城市/一网统管, 各地级市牵头) 完成时限 持续推进，2025年取得明显成效: 市级平台 2024年底前, 中宁县、海原县 2025年6月底前", "2025年6月底前")
nm("deadline-later-than-baseline", only('中宁工业园区2025年6月底前'),
   "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: 中卫工业园区 2024年底前, 中宁工业园区 2025年6月底前 - dates by park, within 2025 (the unit 市经信局 on this line is a separate, planted unknown-unit)", "2025年6月底前")
nm("deadline-later-than-baseline", row(8),
   "task 83 完成时限 2025年: 沙坡头区 2024年底前, 中宁县、海原县 2025年底前 - equal", "2025年底前")
nm("deadline-later-than-baseline", row(13),
   "task 92 (多卡合一, 各地级市牵头) 完成时限 2025年: 沙坡头区 2024年底前先行试点, 中宁县、海原县 2025年底前全面推广 - equal", "2025年底前")
nm("deadline-later-than-baseline", row(16),
   "task 96 (互联网+城乡供水) 完成时限 2025年: 海原县 2024年底前, 中宁县 2025年6月底前 - within 2025", "2025年6月底前")
nm("deadline-later-than-baseline", row(23),
   "task 111 (机关事务) 完成时限 2025年: 市本级 2024年底前, 各县（区） 2025年6月底前", "2025年6月底前")
nm("deadline-later-than-baseline", row(1),
   "task 64 (各地参照自治区成立组织机构) 完成时限 2025年: 沙坡头区 2024年6月底前, 中宁县、海原县 2024年9月底前 - earlier")
nm("deadline-later-than-baseline", row(6),
   "task 79 (雪亮工程) 完成时限 2024年: 沙坡头区 2024年9月底前, 中宁县、海原县 2024年底前")
nm("deadline-later-than-baseline", row(4),
   "tasks 73/74 完成时限 2024年: 市直部门 2024年9月底前, 各县（区） 2024年底前")
nm("deadline-later-than-baseline", row(10),
   "task 86 (我的宁夏) 完成时限 2024年: 市直部门 2024年6月底前, 各县（区） 2024年9月底前")
nm("deadline-later-than-baseline", row(19),
   "tasks 104/105 (协同办公, 宁政通) 完成时限 2024年: 市直部门 2024年6月底前, 各县（区） 2024年底前")
nm("deadline-later-than-baseline", row(24),
   "task 112 (政务公开平台) 完成时限 2024年: 市直部门 2024年6月底前, 各县（区） 2024年9月底前")
nm("deadline-later-than-baseline", only('市直部门2024年9月底前，各县（区）2024年底前）', '强化政务云平台'),
   "tasks 43 (2024 年建成，持续推进), 45 and 46 (2024年): 市直部门 2024年9月底前, 各县（区） 2024年底前")
nm("deadline-later-than-baseline", only('20244年'),
   "the 20244年 typo is an impossible date (expected as deadline-invalid), not a late deadline; the other date on the line, 市直部门 2024年6月底前, is earlier than tasks 41/42 (2024年)")
# --- equal / earlier single deadlines ---
nm("deadline-later-than-baseline", only('打造“西部数谷”核心区。'),
   "task 1 完成时限 持续推进，2025 年取得明显成效 - copied exactly", "2025年取得明显成效")
nm("deadline-later-than-baseline", only('2024年底前取得明显成效'),
   "task 2 完成时限 2023 年启动，2024 年取得明显成效 - the completing milestone is equal", "2024年底前取得明显成效")
nm("deadline-later-than-baseline", only('推动国家智慧教育平台整省试点'),
   "tasks 6 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效): completing milestone 2025 equal")
nm("deadline-later-than-baseline", only('加快“数字供销”建设'),
   "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: 2025年取得明显成效 is equal")
nm("deadline-later-than-baseline", only('培育数据要素市场。'),
   "task 12 完成时限 2025年: 2025年底前 is the same year", "2025年底前")
nm("deadline-later-than-baseline", only('2024年启动，2025年取得明显成效'),
   "task 28 完成时限 2023年启动，2025年取得明显成效: the city starts in 2024 (the plan's own year) but the completing milestone 2025 is equal; only the completing milestone is compared", "2024年启动")
nm("deadline-later-than-baseline", only('建设市级政务数据平台。'),
   "task 29 完成时限 2023年启动，2025年完成: 2025年底前 is equal", "2025年底前")
nm("deadline-later-than-baseline", only('建设“视频一张网”'),
   "task 49 完成时限 2025年: 2025年底前 equal")
nm("deadline-later-than-baseline", only('推广应用全区统一电子证照、电子印章系统'),
   "tasks 53/54/55 (2024年) and 52/56 (2025年): 2024年底前 is equal or earlier")
nm("deadline-later-than-baseline", row(11),
   "task 87 (12345) 完成时限 2023年启动，2025年完成: 2025年底前 equal")
nm("deadline-later-than-baseline", row(22),
   "task 108 完成时限 长期推进，2024年取得明显成效 - copied exactly")
nm("deadline-later-than-baseline", row(18),
   "tasks 100/101/102 完成时限 2025年: 2025年底前 equal")
nm("deadline-later-than-baseline", row(15),
   "task 95 完成时限 2025年: 2025年底前 equal (the text is task 95's, not task 94's 数据资源中心)")
nm("deadline-later-than-baseline", row(20),
   "task 106 (填表报数) 完成时限 2025年: 2025年底前 equal")
nm("deadline-later-than-baseline", row(2),
   "task 66 (经济运行大数据平台) 完成时限 2025年: 2025年底前 equal")
# --- 主要目标 ---
nm("deadline-later-than-baseline", only('到2025年，全市数字政府建设“34567”'),
   "主要目标: the region's 到2025年 goal for the 34567 framework - same year", "到2025年")
nm("deadline-later-than-baseline", only('到2035年，'),
   "主要目标: the region's 到2035年 goal - same year", "到2035年")
nm("deadline-later-than-baseline", only('到2024年底，'),
   "主要目标 2024 goal (市级平台对接, 一网通办/一网统管/一网协同) restates no 到2023年底 regional goal; the tasks it touches (29, 84, 86, 9) are due 2024 or 2025", "到2024年底")
# --- ongoing / copied regional / retrospective ---
nm("deadline-later-than-baseline", only('在2023年明确各级各部门安全和保密'),
   "tasks 14/15 (2023年): the plan records they were done in 2023 and keeps them up (长期坚持); no later milestone", "长期坚持")
nm("deadline-later-than-baseline", only('创新项目管理机制。'),
   "task 24 (2023年): 持续健全 … 长期坚持 sets no milestone later than the region's", "长期坚持")
nm("deadline-later-than-baseline", only('完善数据管理机制。'),
   "task 32 (2023年): 长期坚持, no dated milestone", "长期坚持")
nm("deadline-invalid", row(27),
   "task 116 完成时限 2023年完成并长期坚持 copied verbatim from the regional list: a copied regional deadline lying before the plan's year (KEY-FORMAT's own near-miss example), and the work is ongoing", "2023年完成并长期坚持")
nm("deadline-later-than-baseline", row(27),
   "task 116: 2023年完成并长期坚持 is the regional 完成时限 itself")
nm("deadline-invalid", only('2022年建成市级政务数据共享交换平台'),
   "工作基础 paragraph: 2022年 and 2023年底前 are past facts (retrospective background), not deadlines", "2023年底前")
nm("deadline-invalid", only('在2023年明确各级各部门安全和保密'),
   "retrospective 在2023年…的基础上, not a deadline", "2023年")
nm("deadline-invalid", only('2024年3月15日'),
   "the issue date of the document", "2024年3月15日")
nm("deadline-later-than-baseline", only('2025年1月10日前报送2024年度工作总结'),
   "the office's own reporting dates (quarterly reports, annual summary due 2025年1月10日), not task deadlines", "2025年1月10日前")
nm("deadline-later-than-baseline", only('中卫市数字政府建设重点任务清单（2024年—2025年）', '中卫市'),
   "title of the attached task list (its period), not a deadline", "2025年")
nm("deadline-later-than-baseline", only('附件：中卫市数字政府建设重点任务清单'),
   "reference to the attachment by title (its period 2024年—2025年), not a deadline", "2025年")
nm("deadline-later-than-baseline", only('完善数字经济治理体系'),
   "task 5 完成时限 持续推进，2025 年取得明显成效 - copied exactly", "2025年取得明显成效")
nm("deadline-later-than-baseline", only('建设主题数据库'),
   "task 34 完成时限 2024年: 2024年底前 equal", "2024年底前")
# --- citations ---
nm("basis-mismatch", only('国发〔2022〕14号'),
   "《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号） is correct; the 2022 year is the guiding opinion's own", "国发〔2022〕14号")
nm("basis-mismatch", only('宁政发〔2023〕17号'),
   "the correct title and 文号 of the regional 实施意见, cited in 六（六）加强督促落实", "宁政发〔2023〕17号")
nm("basis-mismatch", only('宁政办发〔2023〕11号'),
   "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is a genuine co-basis, cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
nm("basis-mismatch", only('宁政办发〔2020〕14号'),
   "retrospective mention (自…印发以来) of the 2020 工作要点 with its correct title and 文号, not a basis of this plan", "宁政办发〔2020〕14号")
nm("basis-mismatch", only('卫政办发〔2024〕9号'),
   "the plan's own 发文字号", "卫政办发〔2024〕9号")
# --- units ---
nm("unknown-unit", only('市发展改革委、工业和信息化局牵头'),
   "prefix distributes: 市发展改革委, 市工业和信息化局 (both in units.txt); 中卫西部云基地管委会 and 沙坡头区人民政府 are registered", "工业和信息化局")
nm("unknown-unit", only('市审批局、市场监管局牵头'),
   "市审批局 is the registered short name of 市审批服务管理局; the 市 prefix distributes onto 市场监管局 giving 市市场监管局 (registered)", "市场监管局")
nm("unknown-unit", only('市教育局、卫生健康委、人社局'),
   "prefix distributes: 市卫生健康委, 市人社局 (short name of 市人力资源社会保障局), 市文化旅游广电局, 市民政局", "人社局")
nm("unknown-unit", only('市工信局牵头'),
   "市工信局 is the registered short name of 市工业和信息化局; 中宁县、海原县人民政府 = 中宁县人民政府 and 海原县人民政府", "市工信局")
nm("unknown-unit", only('市发改委牵头'),
   "市发改委 is a registered short name of 市发展改革委; 市公共资源交易中心 and 中卫西部云基地管委会 are registered", "市发改委")
nm("unknown-unit", only('市卫健委牵头'),
   "市卫健委 is a registered short name of 市卫生健康委", "市卫健委")
nm("unknown-unit", row(4),
   "承担监管职责的市直有关部门 is a collective subject", "承担监管职责的市直有关部门")
nm("unknown-unit", row(8),
   "各乡镇（街道）、各村（社区） are collective subjects", "各乡镇（街道）")
nm("unknown-unit", only('市直各部门（单位）、各县（区）人民政府分别负责；完成时限：长期坚持', '压实安全管理责任'),
   "市直各部门（单位） and 各县（区）人民政府 are collective subjects", "市直各部门（单位）")
nm("unknown-unit", row(7),
   "prefix distributes (市卫生健康委, 市公安局, 市水务局, 市自然资源局, 市交通运输局); 中卫市消防救援支队 and 中卫市气象局 are registered; 有关部门（单位） and 各县（区）人民政府 are collective", "中卫市消防救援支队")
nm("unknown-unit", row(18),
   "市公共资源交易中心, 市发展改革委, 市生态环境局, 市水务局, 市自然资源局 and 市林草局 (short name of 市林业和草原局) are registered", "林草局")
nm("unknown-unit", row(28),
   "市委党校 is registered (alias 市委党校（行政学院）); 市委组织部, 市政府办公室 registered", "市委党校")
nm("unknown-unit", only('建设智慧园区'),
   "中卫工业园区管委会 and 中宁工业园区管委会 are registered; 中卫工业园区 / 中宁工业园区 in the 完成时限 part are places, not units (only 市经信局 on this line is unknown)", "中卫工业园区管委会")
nm("unknown-unit", only('领导小组办公室设在市大数据局'),
   "市推进数字政府建设领导小组 and 市大数据局 (short name of 市大数据管理服务局) are registered; a city body leads a city task", "市推进数字政府建设领导小组")
# --- pillars ---
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "数字生态 is taken up in 二（三） (数据要素市场, 网络安全治理, 网络生态), short but present"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "五个一/六级贯通 is taken up in section 四 (健全组织机构, 厘清层级职责 down to 乡镇（街道）、村（社区）, 完善工作机制, 强化智力支撑)"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "组织领导", "why": "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is section 六"})
# garbled run line itself must not also be a unit error
nm("unknown-unit", only('寤虹珛鍋ュ叏'),
   "the line has no responsibility note; the damaged run is text, not a unit")

covers_src = [
    (1, only('打造“西部数谷”核心区。')), (2, only('推进产业云建设')), (3, only('建设智慧园区')),
    (5, only('完善数字经济治理体系')), (6, only('推动数字化服务普惠应用')), (7, only('推动数字化服务普惠应用')),
    (8, only('深化“互联网+医疗健康”应用')), (9, only('加快智慧城市建设')), (10, only('推进数字乡村建设')),
    (11, only('加快“数字供销”建设')), (12, only('培育数据要素市场。')),
    (14, only('压实安全管理责任')), (15, only('压实安全管理责任')), (17, only('落实安全制度要求')),
    (18, only('提升安全防护能力')), (21, only('推进行政权力事项网上运行')), (22, only('强化审管协同')),
    (24, only('创新项目管理机制')), (25, only('（二）加大财政投入')), (28, only('开展试点示范')),
    (29, only('建设市级政务数据平台')), (32, only('完善数据管理机制')), (34, only('建设主题数据库')),
    (37, only('建设数据实时交换系统')), (39, only('建立政务数据仓库')), (41, only('促进数据有序开发利用')),
    (42, only('促进数据有序开发利用')), (43, only('强化政务云平台支撑能力')), (45, only('强化政务云平台支撑能力')),
    (46, only('强化政务云平台支撑能力')), (47, only('提升网络平台支撑能力')), (48, only('提升网络平台支撑能力')),
    (49, only('建设“视频一张网”')), (54, only('加强共性应用支撑能力')), (55, only('加强共性应用支撑能力')),
    (56, only('加强共性应用支撑能力')), (57, only('完善信用信息服务')), (58, only('推进地理信息共建共享')),
    (59, only('提高政务平台迭代支撑能力')), (64, row(1)), (65, only('加强经济数据整合汇聚')),
    (66, row(2)), (67, only('加强经济政策统筹协调')), (68, only('提升监管精准化水平')),
    (71, row(3)), (73, row(4)), (74, row(4)), (77, row(5)), (79, row(6)), (80, row(7)), (83, row(8)),
    (84, row(9)), (85, only('提升智慧便捷的服务能力')), (86, row(10)), (87, row(11)), (88, row(12)),
    (89, row(12)), (92, row(13)), (93, row(14)), (95, row(15)), (96, row(16)), (97, row(17)), (98, row(17)),
    (100, row(18)), (101, row(18)), (102, row(18)), (103, only('提升辅助决策能力')), (104, row(19)),
    (105, row(19)), (106, row(20)), (107, row(21)), (108, row(22)), (111, row(23)), (112, row(24)),
    (113, row(25)), (115, row(26)), (116, row(27)), (118, row(28)), (121, row(29)), (123, row(29)),
    (124, only('（四）强化考核评价')),
]
covers = [{"task": t, "line": l} for t, l in covers_src]

key = {
    "writer": "blind writer, round 724; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("中卫市人民政府办公室 plan issued 2024-03-15, implementing 宁政发〔2023〕17号; no parent plan. "
              "Body sections 二–四 carry inline notes （责任单位：…；完成时限：…）; section 五 is descriptive and its deadlines are in the attached "
              "task list (tab-separated, 4 columns, empty first cell continues the group). Many notes give separate dates for "
              "沙坡头区 / 中宁县 / 海原县 / 市直部门 / parks in one cell; only one of them (row 14, task 93, 中宁县、海原县2025年6月底前) is late. "
              "The draft's own note says the first-listed unit leads. Tasks whose regional 完成时限 is 2023 are written without a dated "
              "milestone (长期坚持) or not dated at all, except row 27, which copies task 116's 2023年完成并长期坚持. "
              "Task 36 (line with the garbled run) is deliberately not in covers. Task 114 (政务新媒体) is deliberately left out."),
}
# sanity
for e in expect + M:
    if e["line"]:
        assert 1 <= e["line"] <= len(L)
        if "text" in e and e["rule"] != "missing-pillar":
            assert e["text"] in L[e["line"] - 1], (e, L[e["line"] - 1][:60])
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(L), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
