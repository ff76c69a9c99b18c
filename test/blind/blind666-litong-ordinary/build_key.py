#!/usr/bin/env python3
# Builds key.json with every line number looked up in the final draft.txt (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def L(*parts):
    """The single line containing all parts."""
    hits = [i + 1 for i, ln in enumerate(LINES) if all(p in ln for p in parts)]
    assert len(hits) == 1, (parts, hits)
    return hits[0]


GARBLED = '推动政务数据按需回流'.encode('utf-8').decode('gbk')

expect = [
    {"rule": "basis-mismatch", "line": L("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government document, not a 办公厅 one); 宁政办发〔2023〕17号 does not belong to that title"},
    {"rule": "unknown-unit", "line": L("区大数据管理服务局牵头"), "text": "区大数据管理服务局",
     "why": "利通区 has no 大数据管理服务局 (that is the city body 市大数据管理服务局, named correctly on line %d); the district's data body in units.txt is 区数据服务中心 under 区政府办公室" % L("加强与市大数据管理服务局")},
    {"rule": "garbled-text", "line": L(GARBLED), "text": GARBLED[:8],
     "why": "UTF-8 bytes of 推动政务数据按需回流 read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
    {"rule": "deadline-later-than-baseline", "line": L("推进适老化与信息无障碍建设"), "text": "2025年底前",
     "why": "task 93 (适老化与信息无障碍建设, 各市、县（区）按照职能分别负责) has 完成时限 2024年; the district wrote 2025年底前 (its own task table, row 17, says 2024年底前)"},
    {"rule": "deadline-invalid", "line": L("20224年6月底前"), "text": "20224年",
     "why": "impossible year, a typing slip for 2024年 (task 105, 宁政通, 完成时限 2024年; the body text on line %d says 2024年6月底前)" % L("推广协同办公和“宁政通”")},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "the 七种能力 section has only six capabilities; the intro sentence (line %d) lists six and no 政务公开 content (信息公开, 政策文件库, 政务新媒体, 政民互动) appears anywhere" % L("加快提升经济调节、市场监管")},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "consequence of the dropped 政务公开 part: 政务公开信息化平台, 各市、县（区）分别负责, 2024年"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "consequence of the dropped 政务公开 part: 政务新媒体矩阵, 各市、县（区）分别负责, 2024年"},
]

D = "deadline-later-than-baseline"
U = "unknown-unit"
B = "basis-mismatch"
I = "deadline-invalid"
G = "garbled-text"
P = "missing-pillar"

mnf = [
    # basis
    {"rule": B, "line": L("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
    {"rule": B, "line": L("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号", "why": "correct: 《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 by the 吴忠 plan itself"},
    {"rule": B, "line": L("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》", "why": "the city plan cited by its exact title without 文号 (it has none in the seed)"},
    {"rule": B, "line": L("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective background mention ('2020年以来，我区按照…部署') of the old 工作要点, title and 文号 correct; not cited as the basis of this plan"},
    # past dates in the background / issue date
    {"rule": I, "line": L("到2023年底数字政府建设各类平台"), "text": "到2023年底", "why": "past date in the background, quoting the city's 2023 goal that the district reports as done; not a deadline of this plan"},
    {"rule": I, "line": L("在2023年普查基础上"), "text": "2023年", "why": "refers back to the 2023 survey; not a deadline"},
    {"rule": I, "line": L("2024年4月12日"), "text": "2024年4月12日", "why": "the notice's issue date"},
    # goals
    {"rule": D, "line": L("到2024年底，电子政务外网"), "text": "到2024年底", "why": "2024 goals: 外网全覆盖 task 48 (2024年), 上云 task 46 (2024年), 我的宁夏 task 86 (2024年), 宁政通 task 105 (2024年): all equal"},
    {"rule": D, "line": L("到2025年，全区数字政府“1347”"), "text": "到2025年", "why": "equal to the region's 主要目标 (到2025年 '34567' 体系框架全面成型) and to the 吴忠 plan's 2025 goal ('1347' 体系框架全面成型)"},
    {"rule": D, "line": L("到2035年，与政府治理能力"), "text": "到2035年", "why": "equal to the region's and the city's 2035 goal"},
    # body notes
    {"rule": D, "line": L("调整充实利通区数字政府建设领导小组"), "text": "2024年6月底前", "why": "task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) is due 2025年: earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own leading group, not this one"},
    {"rule": D, "line": L("厘清层级职责"), "text": "2024年底前", "why": "no dated regional task for 层级职责; the nearest, task 64 (组织机构, 2025年), is later"},
    {"rule": D, "line": L("营造安全可靠的网络环境"), "text": "持续推进", "why": "网络综合治理 has no dated task in the list; if read against the security tasks 14/18 (2023年 / 2023年形成机制，长期坚持) it is an ongoing duty, not a later completion"},
    {"rule": D, "line": L("推动园区智慧化升级"), "text": "持续推进，2025年取得明显成效", "why": "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal"},
    {"rule": D, "line": L("推动特色产业数字化转型"), "text": "2024年底前", "why": "district item; nearest is task 2 (2023年启动，2024年取得明显成效) or task 71 (2024年): equal at worst"},
    {"rule": D, "line": L("完善数字经济治理"), "text": "持续推进，2025年取得明显成效", "why": "task 5 完成时限 持续推进，2025年取得明显成效: equal"},
    {"rule": D, "line": L("深化数字普惠服务"), "text": "持续推进，2025年取得明显成效", "why": "task 6 and task 8, both 持续推进，2025年取得明显成效: equal"},
    {"rule": D, "line": L("配合推进智慧城市建设"), "text": "2025年", "why": "task 9 (智慧城市, 一网统管) 持续推进，2025年取得明显成效: equal year"},
    {"rule": D, "line": L("推进数字乡村建设"), "text": "2025年底前", "why": "task 10 (持续推进，2025年取得明显成效) and task 11 数字供销 (2023年完成主要建设任务，2025年取得明显成效): the completing milestone 2025 is equal; the 2023 milestone lies before the plan"},
    {"rule": D, "line": L("培育数据要素市场"), "text": "2025年", "why": "task 12 完成时限 2025年: equal"},
    {"rule": D, "line": L("推进权力事项网上运行"), "text": "2024年底前", "why": "task 21 (2024年) equal; task 22 审管协同 (2025年) earlier"},
    {"rule": D, "line": L("清理完善制度规范"), "text": "2024年底前", "why": "task 26 (2024年): equal"},
    {"rule": D, "line": L("开展试点示范。围绕"), "text": "2024年启动，2025年取得明显成效", "why": "task 28 is 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal; a 2024 start in a 2024 plan is not a late completion"},
    {"rule": D, "line": L(GARBLED), "text": "2024年底前", "why": "tasks 33/34 (基础库, 主题库) 2024年: equal"},
    {"rule": D, "line": L("推进公共数据开放"), "text": "2024年10月底前", "why": "tasks 41 and 42 (2024年): earlier"},
    {"rule": D, "line": L("规范电子公文和档案管理"), "text": "2024年底前", "why": "tasks 40 and 54 (2024年): equal"},
    {"rule": D, "line": L("推进政务系统上云"), "text": "2024年底前", "why": "task 46 (2024年) equal; task 43 (2024年建成，持续推进) equal"},
    {"rule": D, "line": L("提升网络支撑能力。推进区级城域网"), "text": "2024年9月底前", "why": "tasks 47, 48, 50 (2024年): earlier"},
    {"rule": D, "line": L("整合视频资源。依托"), "text": "2025年", "why": "task 49 (视频一张网) 2025年: equal"},
    {"rule": D, "line": L("推广共性应用"), "text": "2024年底前", "why": "tasks 53, 55 (2024年) equal; task 56 非税 (2025年) earlier"},
    {"rule": D, "line": L("完善信用平台应用"), "text": "2024年", "why": "task 57 (2024年): equal"},
    {"rule": D, "line": L("加强经济运行监测"), "text": "2025年", "why": "task 66 (经济运行大数据平台, 监测预警) 2025年: equal"},
    {"rule": D, "line": L("推动监管精准化"), "text": "2024年6月底前", "why": "task 70 (双随机、信用风险分类) 2024年: earlier"},
    {"rule": D, "line": L("推动监管智能化"), "text": "2024年底前", "why": "tasks 71 and 74 (2024年): equal"},
    {"rule": D, "line": L("深化矛盾纠纷多元化解"), "text": "2024年底前", "why": "task 77 (2024年): equal"},
    {"rule": D, "line": L("提升社会治安防控能力"), "text": "2024年底前", "why": "task 79 雪亮工程 (2024年): equal"},
    {"rule": D, "line": L("推进“智慧应急”建设"), "text": "2024年底前", "why": "task 80 (2024年): equal"},
    {"rule": D, "line": L("提高基层社会治理能力"), "text": "2025年", "why": "task 83 (2025年): equal"},
    {"rule": D, "line": L("推进政务服务“一网通办”"), "text": "2024年底前", "why": "task 84 (2024年): equal"},
    {"rule": D, "line": L("推广“我的宁夏”政务APP"), "text": "2024年10月底前", "why": "task 86 (2024年): earlier"},
    {"rule": D, "line": L("提升12345热线服务"), "text": "2024年启动，2025年完成", "why": "task 87 is 2023年启动，2025年完成: the completing milestone is equal"},
    {"rule": D, "line": L("提供优质涉企服务"), "text": "2024年底前", "why": "tasks 88 and 89 (2024年): equal"},
    {"rule": D, "line": L("推动公共场馆数字化"), "text": "2024年", "why": "task 90 (2024年): equal"},
    {"rule": D, "line": L("加强生态环境智慧监测"), "text": "2025年", "why": "task 95 (数据资源综合开发利用) 2025年: equal"},
    {"rule": D, "line": L("推进数字治水"), "text": "2025年", "why": "task 96 (互联网+城乡供水) 2025年: equal"},
    {"rule": D, "line": L("推动绿色低碳转型"), "text": "持续推进，2025年取得明显成效", "why": "task 102 (2025年): equal"},
    {"rule": D, "line": L("推广协同办公和“宁政通”"), "text": "2024年6月底前", "why": "tasks 104 and 105 (2024年): earlier"},
    {"rule": D, "line": L("推进基层减负"), "text": "2025年", "why": "task 106 (填表报数, 压减50%) 2025年: equal"},
    {"rule": D, "line": L("推进机关事务数字化"), "text": "2025年", "why": "tasks 107 and 111 (2025年): equal"},
    {"rule": D, "line": L("增强行政监督质效"), "text": "2024年底前", "why": "task 108 (长期推进，2024年取得明显成效): equal"},
    # task table rows
    {"rule": D, "line": L("1\t调整充实区数字政府"), "text": "2024年6月底前", "why": "task 64 (2025年): earlier"},
    {"rule": D, "line": L("2\t推进金积工业园区"), "text": "持续推进，2025年取得明显成效", "why": "task 3: equal"},
    {"rule": D, "line": L("3\t推进数字乡村"), "text": "2025年底前", "why": "tasks 10/11 completing milestone 2025年: equal"},
    {"rule": D, "line": L("4\t配合推进城市运行"), "text": "2025年", "why": "task 9 (持续推进，2025年取得明显成效): equal"},
    {"rule": D, "line": L("6\t梳理区级公共数据开放清单"), "text": "2024年10月底前", "why": "task 41 (2024年): earlier"},
    {"rule": D, "line": L("9\t城域网升级改造"), "text": "2024年9月底前", "why": "task 48 (2024年): earlier"},
    {"rule": D, "line": L("10\t整合视频资源"), "text": "2025年", "why": "task 49 (2025年): equal"},
    {"rule": D, "line": L("11\t推进财政电子票据"), "text": "2024年底前", "why": "task 55 (2024年) equal, task 56 (2025年) earlier"},
    {"rule": D, "line": L("14\t实施“互联网+基层治理”"), "text": "2025年", "why": "task 83 (2025年): equal"},
    {"rule": D, "line": L("16\t健全12345"), "text": "2024年启动，2025年完成", "why": "task 87 (2023年启动，2025年完成): completing milestone equal"},
    {"rule": D, "line": L("17\t政务服务网站"), "text": "2024年底前", "why": "task 93 (2024年): equal (the body note on line %d is the late one)" % L("推进适老化与信息无障碍建设")},
    {"rule": D, "line": L("20\t清理整合区级报表"), "text": "2025年", "why": "task 106 (2025年): equal"},
    {"rule": D, "line": L("22\t推进公共资源交易"), "text": "2024年底前", "why": "task 108 (长期推进，2024年取得明显成效): equal"},
    {"rule": D, "line": L("23\t每年制定数字政府建设工作要点"), "text": "长期坚持", "why": "task 121 (每年度制定工作要点和考核指标) 长期坚持: equal"},
    # the office's own reporting dates
    {"rule": D, "line": L("每季度末月25日前"), "text": "2025年1月10日前", "why": "the office's own reporting date for the annual summary, not a task deadline"},
    {"rule": I, "line": L("每季度末月25日前"), "text": "每季度末月25日前", "why": "recurring reporting date, not an impossible date"},
    # units: collectives
    {"rule": U, "line": L("各乡镇人民政府、街道办事处，区直各部门"), "text": "各乡镇人民政府、街道办事处", "why": "collective addressees (各 distributes to 街道办事处)"},
    {"rule": U, "line": L("调整充实利通区数字政府建设领导小组"), "text": "区直各部门（单位）", "why": "collective subject"},
    {"rule": U, "line": L("厘清层级职责"), "text": "各村（社区）", "why": "collective subject; 金积工业园区管委会 in the same note is listed in units.txt"},
    {"rule": U, "line": L("推进数字乡村建设"), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": U, "line": L("推进公共数据开放"), "text": "区直有关部门", "why": "collective subject"},
    # units: short names, prefix distribution, long names
    {"rule": U, "line": L("推动园区智慧化升级"), "text": "应急局", "why": "prefix 区 distributes: 区工信商务局、应急局 = 区应急局 (short name of 区应急管理局); 利通生态环境分局 is the listed short name of 吴忠市生态环境局利通区分局"},
    {"rule": U, "line": L("深化数字普惠服务"), "text": "卫健局、人社局、民政局、文旅广体局", "why": "prefix 区 distributes; 区卫健局, 区人社局, 区文旅广体局 are listed short names"},
    {"rule": U, "line": L("规范政务信息化项目管理"), "text": "财政局、审计局", "why": "区政府办公室、财政局、审计局: the 区 prefix distributes to 区财政局 and 区审计局, both in units.txt"},
    {"rule": U, "line": L("推进“智慧应急”建设"), "text": "吴忠市自然资源局利通分局", "why": "a full name listed in units.txt (a city bureau's district branch); not to be split at 市 or 区"},
    {"rule": U, "line": L("整合视频资源。依托"), "text": "综合执法局", "why": "区交通运输局、应急局、综合执法局: prefix distributes; 利通公安分局 is the listed short name of 吴忠市公安局利通区分局"},
    {"rule": U, "line": L("推进适老化与信息无障碍建设"), "text": "区残联", "why": "listed short name of 区残疾人联合会"},
    {"rule": U, "line": L("推动特色产业数字化转型"), "text": "工信商务局", "why": "区农业农村局、工信商务局: prefix distributes to 区工信商务局 (listed short name)"},
    {"rule": U, "line": L("加强与市大数据管理服务局"), "text": "市大数据管理服务局", "why": "the city body, listed in units.txt as an upstream body; named as a partner in prose, not as a responsible unit"},
    {"rule": U, "line": L("积极争取自治区政府办公厅"), "text": "自治区政府办公厅", "why": "a regional body mentioned in prose as the source of pilot support, not as the lead of a local task (the lead is 区政府办公室)"},
    {"rule": U, "line": L("每季度末月25日前"), "text": "区数字政府建设领导小组办公室", "why": "the district's own leading-group office, set up in the plan and listed in units.txt"},
    {"rule": U, "line": 1, "text": "吴忠市利通区人民政府办公室", "why": "the issuing office (full name of 区人民政府办公室, listed as an alias)"},
    # garbled near misses
    {"rule": G, "line": L("擦亮“易办·吴优”品牌"), "text": "易办·吴优", "why": "the city's service brand, written with a middle dot; not damage"},
    {"rule": G, "line": L("信用中国（宁夏）吴忠站"), "text": "信用中国（宁夏）吴忠站", "why": "proper name of the credit website branch"},
    # pillars
    {"rule": P, "line": 0, "pillar": "五个一", "why": "the region's 五个一/六级贯通 work system is taken up as the district's 一套体系 (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), lines %d-%d" % (L("健全组织机构。参照"), L("完善工作机制。建立"))},
    {"rule": P, "line": 0, "pillar": "六级贯通", "why": "厘清层级职责 follows 自治区“六级贯通”层级架构, line %d" % L("厘清层级职责")},
    {"rule": P, "line": 0, "pillar": "数字生态", "why": "三(三) 营造良好数字生态, lines %d-%d" % (L("（三）营造良好数字生态"), L("营造安全可靠的网络环境"))},
    {"rule": P, "line": 0, "pillar": "党的领导", "why": "六、保障措施 covers 组织领导, 资金(财政投入), 数字素养, 考核评价 under district headings, lines %d-%d" % (L("（一）加强组织领导"), L("（四）强化考核评价"))},
]

covers_src = [
    (64, "健全组织机构。参照"), (3, "推动园区智慧化升级"), (5, "完善数字经济治理"),
    (6, "深化数字普惠服务"), (8, "深化数字普惠服务"), (9, "配合推进智慧城市建设"),
    (10, "推进数字乡村建设"), (11, "推进数字乡村建设"), (12, "培育数据要素市场"),
    (14, "压实安全管理责任"), (15, "压实安全管理责任"), (17, "落实安全制度要求"),
    (18, "提升安全防护能力"), (21, "推进权力事项网上运行"), (24, "规范政务信息化项目管理"),
    (26, "清理完善制度规范"), (28, "开展试点示范。围绕"), (32, "健全数据管理机制"),
    (30, "健全数据管理机制"), (41, "推进公共数据开放"), (42, "推进公共数据开放"),
    (40, "规范电子公文和档案管理"), (54, "规范电子公文和档案管理"), (46, "推进政务系统上云"),
    (47, "提升网络支撑能力。推进区级城域网"), (48, "提升网络支撑能力。推进区级城域网"),
    (50, "提升网络支撑能力。推进区级城域网"), (49, "整合视频资源。依托"), (55, "推广共性应用"),
    (56, "推广共性应用"), (57, "完善信用平台应用"), (66, "加强经济运行监测"),
    (70, "推动监管精准化"), (71, "推动监管智能化"), (74, "推动监管智能化"),
    (77, "深化矛盾纠纷多元化解"), (79, "提升社会治安防控能力"), (80, "推进“智慧应急”建设"),
    (83, "提高基层社会治理能力"), (84, "推进政务服务“一网通办”"), (86, "推广“我的宁夏”政务APP"),
    (87, "提升12345热线服务"), (88, "提供优质涉企服务"), (89, "提供优质涉企服务"),
    (93, "推进适老化与信息无障碍建设"), (90, "推动公共场馆数字化"), (95, "加强生态环境智慧监测"),
    (96, "推进数字治水"), (102, "推动绿色低碳转型"), (104, "推广协同办公和“宁政通”"),
    (105, "推广协同办公和“宁政通”"), (106, "推进基层减负"), (107, "推进机关事务数字化"),
    (111, "推进机关事务数字化"), (108, "增强行政监督质效"), (116, "（一）加强组织领导"),
    (25, "（二）加大资金保障"), (121, "（四）强化考核评价"), (123, "（四）强化考核评价"),
    (124, "（四）强化考核评价"),
]
covers = [{"task": t, "line": L(s)} for t, s in covers_src]

key = {
    "writer": "blind writer, round 666; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": (
        "利通区 (a district of 吴忠市) 2024 实施方案 issued by the district government office: notice, 总体要求 "
        "(goals 2024/2025/2035, principles, '1347' framework copied from the city), 一套体系, 三个驱动, 四大支撑, "
        "七种能力 (政务公开 dropped by slip), 保障措施, reporting line and a 23-row task table. Six planted slips: "
        "wrong 文号 of the regional basis, a copied city body name (区大数据管理服务局), a mojibake run, one late "
        "inline deadline (task 93), a typo year 20224 in the table, and the missing 政务公开 capability "
        "(tasks 112 and 114 left uncovered as a consequence). Tasks whose regional deadline is 2023 (14, 15, 17, "
        "18, 24, 30, 32, 116, 121-124) are taken up without a 完成时限 on purpose. units.txt lists district bodies, "
        "town governments and two upstream city bodies named in prose. make_draft.py writes draft.txt; "
        "build_key.py writes this key with line numbers looked up in the final draft."
    ),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
