#!/usr/bin/env python3
# Builds key.json: every line number is looked up from draft.txt by a unique anchor string,
# and every "text" is checked to occur on that line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(anchor):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def entry(rule, anchor, why, text=None, **extra):
    line = ln(anchor)
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in LINES[line - 1], (text, line)
        e["text"] = text
    e.update(extra)
    e["why"] = why
    return e


expect = [
    entry("deadline-later-than-baseline", "完成区级政府网站、政务移动端、政务服务场所适老化",
          "2025年度任务 row 4 takes up regional task 93 (适老化与信息无障碍建设), 完成时限 2024年; the district puts it only in the 2025 table with 2025年6月底前, later than the region",
          text="2025年6月底前"),
    entry("deadline-later-than-baseline", "完成城域网升级改造，实现电子政务外网区、乡（镇）、村（社区）三级全覆盖",
          "2025年度任务 row 1 completes regional task 48 (城域网升级改造, 区市县乡村5级全覆盖), 完成时限 2024年; the district splits it into 2024年完成一期建设 (2024 table row 4) and 2025年全面建成 here, so full coverage lands a year after the region's deadline",
          text="2025年全面建成"),
    entry("unknown-unit", "区大数据管理服务局牵头",
          "no such district body: units.txt has 区大数据服务中心 (used everywhere else); 区大数据管理服务局 looks copied from the city's 市大数据管理服务局",
          text="区大数据管理服务局"),
    entry("basis-mismatch", "宁政办发〔2023〕17号",
          "the title 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (cited correctly in the preamble, line 9); 宁政办发〔2023〕17号 is a wrong 文号 for it",
          text="宁政办发〔2023〕17号"),
    entry("deadline-invalid", "探索“一业一证”“一业一照一码”等照后减证新途径",
          "impossible year (typo for 2024年); the task itself is regional task 88, 完成时限 2024年",
          text="20244年"),
    entry("garbled-text", "鎻愬崌鏈哄叧浜嬪姟",
          "UTF-8 bytes read as GBK: the sub-item title 提升机关事务管理水平 (re-encode as GBK, decode as UTF-8)",
          text="鎻愬崌鏈哄叧浜嬪姟"),
    {"rule": "task-uncovered", "line": 0, "task": 83,
     "why": "regional task 83 (互联网+基层治理行动, 新型基层管理服务平台; 各市、县（区）具体负责, 2025年) is deliberately left out: no 基层治理 platform, 网格 or 智慧社区 anywhere in the draft"},
]

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
MP = "missing-pillar"

mustNotFlag = [
    # --- deadlines: the two-table design ---
    entry(DL, "依托自治区统一的视频共享平台，整合区内公安、交通、应急、水务等视频资源",
          "2024 row for the first stage of regional task 49 (视频共享平台/视频一张网, 完成时限 2025年); a first phase in 2024 is earlier than the region's completion",
          text="2024年完成一期建设"),
    entry(DL, "建成区级视频共享应用",
          "2025 row completing regional task 49, 完成时限 2025年: equal",
          text="2025年全面建成"),
    entry(DL, "推进数字乡村建设，补齐乡村信息基础设施短板，推动农业农村大数据应用",
          "2024 row for an intermediate stage of regional task 10 (数字乡村, 持续推进，2025年取得明显成效)",
          text="2024年取得阶段性成效"),
    entry(DL, "数字乡村建设取得明显成效",
          "2025 row of regional task 10, 持续推进，2025年取得明显成效: equal",
          text="2025年取得明显成效"),
    entry(DL, "配合打造自治区统一的政务数据平台",
          "2025 row of regional task 29 (自治区统一的政务数据平台/一体化政务大数据体系), 完成时限 2023年启动，2025年完成: the stage the region itself dates 2025; equal",
          text="2025年完成"),
    entry(DL, "配合推进“数字供销”国家级示范区建设",
          "2025 row of regional task 11 (数字供销, 2023年完成主要建设任务，2025年取得明显成效): the 2025 stage, equal",
          text="2025年取得明显成效"),
    entry(DL, "围绕重点领域、关键环节、共性需求开展数字政府试点示范",
          "2025 row of regional task 28 (试点示范, 2023年启动，2025年取得明显成效): the 2025 stage, equal",
          text="2025年取得明显成效"),
    entry(DL, "推进区内工业园区“智慧园区”建设",
          "regional task 3 (智慧园区), 持续推进，2025年取得明显成效: copied, equal",
          text="持续推进，2025年取得明显成效"),
    entry(DL, "推广使用全区统一的填表报数系统，实现基层干部填表报数工作量压减50%以上",
          "regional task 106 (填表报数系统), 完成时限 2025年: equal; 50% is a target, not a date",
          text="2025年"),
    entry(DL, "接入全区统筹应用的视频会议平台",
          "regional task 107 (视频会议平台), 完成时限 2025年: equal", text="2025年"),
    entry(DL, "深化“互联网+城乡供水”示范建设，推进全域水联网建设",
          "regional task 96 (互联网+城乡供水), 完成时限 2025年: equal", text="2025年"),
    entry(DL, "配合推进“多卡合一”“多码合一”“多表合一”",
          "regional task 92 (多卡合一), 完成时限 2025年: equal", text="2025年"),
    entry(DL, "配合构建碳排放智能监测和动态核算体系",
          "regional tasks 101/102 (碳排放监测核算, 绿色低碳转型), 完成时限 2025年: equal", text="2025年"),
    entry(DL, "对接宁夏经济运行大数据平台，开展重点企业",
          "regional task 66 (宁夏经济运行大数据平台), 完成时限 2025年: equal", text="2025年"),
    entry(DL, "强化大气、水、土壤、自然生态等数据资源综合开发利用，促进生态环境精准治理",
          "regional task 95 (生态环境数据资源综合开发利用), 完成时限 2025年: equal", text="2025年"),
    entry(DL, "1\t参照自治区、吴忠市做法，成立区数字政府建设工作专班",
          "regional task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年: 2024年3月底前 is earlier",
          text="2024年3月底前"),
    entry(DL, "健全“审管联动”机制，推进政务服务平台与“互联网+监管”系统打通融合",
          "regional task 22 (审管协同, 一体化政务服务平台与互联网+监管系统打通融合), 完成时限 2025年: 2024年底前 is earlier",
          text="2024年底前"),
    entry(DL, "推进区级政务信息系统向政务信创云有序迁移",
          "regional tasks 43 (2024 年建成，持续推进) and 46 (2024年): equal", text="2024年"),
    entry(DL, "开展城域网升级改造，推进电子政务外网向各乡镇延伸覆盖",
          "first phase of regional task 48 dated 2024, the region's own year; the late completion is the 2025 row (line 102), not this one",
          text="2024年完成一期建设"),
    entry(DL, "加快电子政务外网升级改造，推动骨干链路扩容升级",
          "regional task 47 (电子政务外网升级改造), 完成时限 2024年: equal", text="2024年"),
    entry(DL, "统筹推进无纸化办公和电子公文归档工作",
          "regional tasks 54/40 (电子文件管理/电子公文), 完成时限 2024年: 2024年底 is equal", text="2024年底"),
    entry(DL, "构建政务新媒体矩阵体系，形成整体联动、同频共振的政府信息传播格局，开发",
          "regional task 114 (政务新媒体矩阵), 完成时限 2024年: equal", text="2024年"),
    entry(DL, "到2024年底，区级非涉密政务信息系统完成向政务信创云迁移",
          "district's own 2024 milestone; its items are regional tasks 43/46 (信创云迁移, 2024年), 86 (我的宁夏, 2024年), 112/114 (政务公开/新媒体, 2024年): all equal",
          text="到2024年底"),
    entry(DL, "到2025年，全区数字政府建设“1347”体系框架全面成型",
          "same goal and year as the region's 主要目标 (到2025年 “34567”体系框架全面成型) and the 吴忠 plan's (到2025年 “1347”体系框架全面成型): equal",
          text="到2025年"),
    entry(DL, "到2035年，与政府治理能力现代化相适应",
          "same 2035 goal as the region and the city: equal", text="到2035年"),
    entry(DL, "强化政务云支撑能力。2024年底前",
          "inline date for regional tasks 43/46 (信创云迁移, 2024年): equal", text="2024年底前"),
    entry(DL, "2025年底前，推广使用全区统一的填表报数系统",
          "inline date for regional task 106 (填表报数, 2025年): equal", text="2025年底前"),
    # --- dates that are not deadlines ---
    entry(DI, "2020年以来，我区认真落实",
          "background: past dates (2020年以来, 2023年 achievements) describing the starting point, not deadlines",
          text="2020年以来"),
    entry(DI, "强化安全管理责任。在2023年明确",
          "retrospective: responsibilities fixed in 2023 as regional task 14 required (完成时限 2023年); not a deadline of this plan",
          text="2023年"),
    entry(DI, "各责任单位要于每季度末月25日前",
          "the office's own reporting dates (quarterly reports, final summary 2025年12月10日前), not task deadlines",
          text="2025年12月10日前"),
    entry(DI, "每年3月底前制定年度数字政府工作要点",
          "recurring date of the district's annual work plan (regional task 121, 长期坚持)", text="每年3月底前"),
    entry(DI, "2024年2月26日",
          "the notice's own issue date", text="2024年2月26日"),
    {"rule": DL, "line": ln("（一）2024年度任务"), "text": "2024年度任务",
     "why": "table heading naming the year of the task list, not a deadline"},
    {"rule": DL, "line": ln("（二）2025年度任务"), "text": "2025年度任务",
     "why": "table heading naming the year of the task list, not a deadline"},
    {"rule": DL, "line": 1, "text": "2024—2025年", "why": "the plan's period in the notice title, not a deadline"},
    {"rule": DL, "line": 4, "text": "2024—2025年", "why": "the plan's period in the notice body, not a deadline"},
    {"rule": DL, "line": 8,
     "text": "2024—2025年", "why": "the plan's period in its title, not a deadline"},
    # --- units ---
    entry(UU, "1\t参照自治区、吴忠市做法，成立区数字政府建设工作专班", "collective subject", text="各乡镇人民政府"),
    entry(UU, "推进区级政务信息系统向政务信创云有序迁移", "collective subject", text="区直各部门（单位）"),
    entry(UU, "有序推进非涉密业务专网向电子政务外网整合迁移或安全互联", "collective subject", text="区直有关部门（单位）"),
    entry(UU, "推进区级政务信息系统向政务信创云有序迁移", "the district's real data body, in units.txt", text="区大数据服务中心"),
    entry(UU, "依托自治区统一的视频共享平台，整合区内公安", "short name of 吴忠市公安局红寺堡区分局 in units.txt", text="区公安分局"),
    entry(UU, "迭代完善“我的宁夏”政务APP红寺堡专区，推动区内", "short name of 区审批服务管理局 in units.txt", text="区审批局"),
    entry(UU, "推进信用中国（宁夏）红寺堡信用信息归集共享，配合", "short name of 区发展和改革局 in units.txt", text="区发改局"),
    entry(UU, "加强智慧监管平台应用", "prefix 区 distributes: 区农业农村局 in units.txt", text="农业农村局"),
    entry(UU, "加强智慧监管平台应用", "prefix 区 distributes: 区卫生健康局 in units.txt", text="卫生健康局"),
    entry(UU, "完善行政复议、信访、调解、法律援助等线上“一站式”受理渠道", "prefix 区 distributes: 区信访局 in units.txt", text="信访局"),
    entry(UU, "推进“智慧应急”建设，完善自然灾害监测预警", "city branch office stationed in the district, in units.txt", text="吴忠市自然资源局红寺堡分局"),
    entry(UU, "对接全区生态环境数据资源中心", "city branch office stationed in the district, in units.txt", text="吴忠市生态环境局红寺堡分局"),
    entry(UU, "对接宁夏经济运行大数据平台，开展重点企业", "one name in units.txt; its 和 must not split it", text="区工业信息化和商务局"),
    entry(UU, "加大数字化专业人才引进力度，创新校企联合育人模式", "short name of 区人力资源和社会保障局 in units.txt", text="区人社局"),
    entry(UU, "配合推进“数字供销”国家级示范区建设", "short name of 区供销合作社 in units.txt", text="区供销社"),
    entry(UU, "各责任单位要于每季度末月25日前", "short name of 区推进数字政府建设领导小组办公室 in units.txt", text="区数字政府建设领导小组办公室"),
    # --- basis ---
    entry(BM, "根据《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、",
          "preamble citations are all correct: 国发〔2022〕14号, 宁政发〔2023〕17号, and the 吴忠 plan by title alone (it has no 文号)",
          text="宁政发〔2023〕17号"),
    entry(BM, "2020年以来，我区认真落实",
          "retrospective mention of the superseded 2020 工作要点 with its correct 文号, not a basis of this plan",
          text="宁政办发〔2020〕14号"),
    entry(BM, "红政办发〔2024〕9号", "the notice's own 文号", text="红政办发〔2024〕9号"),
    # --- pillars ---
    {"rule": MP, "line": ln("二、完善“一套体系”"), "pillar": "五个一",
     "why": "the work system is folded into 一套体系 as in the 吴忠 plan: 健全组织机构 (专班, 领导小组办公室, 技术支撑单位), 完善工作机制 (lines 19–23)"},
    {"rule": MP, "line": ln("（二）厘清层级职责"), "pillar": "六级贯通",
     "why": "厘清层级职责 names 六级贯通 and sets district, 乡镇 and 村（社区） duties (line 22)"},
    {"rule": MP, "line": ln("（三）营造良好数字生态"), "pillar": "数字生态",
     "why": "数字生态 taken up: 数据要素, 网络生态 (line 28)"},
    {"rule": MP, "line": ln("（六）提升整体高效的政务运行能力"), "pillar": "政务运行",
     "why": "all seven 能力 present (lines 50–63); the 机关事务 sub-item title is garbled but the 政务运行 heading and its other sub-items are intact"},
    {"rule": MP, "line": ln("（二）加大财政投入"), "pillar": "财政投入",
     "why": "党的领导 items all present: 组织领导, 财政投入, 数字素养, 考核评价 (lines 65–68)"},
]

covers_spec = [
    (64, "1\t参照自治区、吴忠市做法，成立区数字政府建设工作专班"),
    (43, "推进区级政务信息系统向政务信创云有序迁移"),
    (46, "强化政务云支撑能力。2024年底前"),
    (47, "加快电子政务外网升级改造，推动骨干链路扩容升级"),
    (48, "完成城域网升级改造，实现电子政务外网区、乡（镇）、村（社区）三级全覆盖"),
    (50, "以重大业务应用为牵引，有序推进非涉密业务专网"),
    (49, "建成区级视频共享应用"),
    (42, "推进供水、供电、供气、公共交通等公共数据与政务数据融合应用，按要求"),
    (41, "推进供水、供电、供气、公共交通等公共数据与政务数据融合应用，按要求"),
    (54, "统筹推进无纸化办公和电子公文归档工作"),
    (84, "打造“15分钟政务服务圈”"),
    (86, "迭代完善“我的宁夏”政务APP红寺堡专区，推动区内"),
    (22, "健全“审管联动”机制，推进政务服务平台"),
    (88, "探索“一业一证”“一业一照一码”等照后减证新途径"),
    (57, "推进信用中国（宁夏）红寺堡信用信息归集共享，配合"),
    (71, "加强智慧监管平台应用"),
    (77, "推广使用全区矛盾纠纷多元化解信息系统"),
    (79, "完善全域覆盖、全网共享的社会治安防控体系"),
    (80, "推进“智慧应急”建设，完善自然灾害监测预警"),
    (94, "对接全区生态环境数据资源中心"),
    (104, "推动公文流转、信息报送、会议培训、督查考核等机关公务数字化转型"),
    (112, "构建以网上发布为主、其他渠道发布为辅的政务公开发布格局。\t"),
    (114, "构建政务新媒体矩阵体系，形成整体联动、同频共振的政府信息传播格局，开发"),
    (90, "推进图书馆、文化馆、档案馆等公共场馆数字化转型"),
    (10, "数字乡村建设取得明显成效"),
    (117, "创新校企联合育人模式"),
    (29, "配合打造自治区统一的政务数据平台"),
    (93, "完成区级政府网站、政务移动端、政务服务场所适老化"),
    (106, "推广使用全区统一的填表报数系统，实现基层干部"),
    (107, "接入全区统筹应用的视频会议平台"),
    (96, "深化“互联网+城乡供水”示范建设，推进全域水联网建设"),
    (11, "配合推进“数字供销”国家级示范区建设"),
    (92, "配合推进“多卡合一”“多码合一”“多表合一”"),
    (101, "配合构建碳排放智能监测和动态核算体系"),
    (66, "对接宁夏经济运行大数据平台，开展重点企业"),
    (28, "围绕重点领域、关键环节、共性需求开展数字政府试点示范"),
    (3, "推进区内工业园区“智慧园区”建设"),
    (95, "强化大气、水、土壤、自然生态等数据资源综合开发利用，促进生态环境精准治理"),
    (14, "强化安全管理责任。在2023年明确"),
    (18, "开展常态化安全防护和应急演练"),
    (6, "深入推进教育、健康、就业、文化旅游、养老托育、水电气热等服务数字化"),
    (116, "纳入“一把手工程”"),
    (68, "编制完善监管事项目录和实施清单，推行“照单监管”"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 614; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": covers,
    "notes": (
        "红寺堡区 (吴忠市) 实施方案 for 2024—2025, issued 2024-02-26 as 红政办发〔2024〕9号, framework copied from the 吴忠 plan's “1347”. "
        "The annex has two task tables, 2024年度任务 (lines 74–99) and 2025年度任务 (lines 100–116); a first-listed-unit-leads note is on line 73. "
        "Tasks 48, 49 and 10 appear in both tables with different stages: 49 and 10 are due 2025 regionally (fine); 48 is due 2024 regionally, so its 2025 completion row (line 102) is late while its 2024 first-phase row (line 79) is not itself the error. "
        "Task 93 (2024) appears only in the 2025 table (line 105): late. "
        "In this document 全区 means 红寺堡区, not 宁夏. "
        "The 吴忠 parent plan carries no dated task list, so city comparisons concern only its 主要目标 (2023年底, 2025年, 2035年). "
        "Regional tasks dated 2023 (14, 15, 30, 32, 36, 60, 72, 85, 118 …) are only mentioned without dates or retrospectively, so none is re-dated later. "
        "Table rows are tab-separated; build_draft.py writes draft.txt, make_key.py writes this key with line numbers looked up from draft.txt."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mustNotFlag), "covers", len(covers))
