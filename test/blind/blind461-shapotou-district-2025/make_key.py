#!/usr/bin/env python3
"""Builds key.json for blind461 with every line number looked up in draft.txt (1-based)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def L(anchor, text=None):
    hits = [i + 1 for i, s in enumerate(LINES) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in LINES[n - 1], (anchor, text)
    return n


def row(num):
    """line of task-table row `num` (first cell)."""
    hits = [i + 1 for i, s in enumerate(LINES) if s.split("\t")[0] == str(num) and "\t" in s]
    assert len(hits) == 1, (num, hits)
    return hits[0]


def rowtext(num, text):
    n = row(num)
    assert text in LINES[n - 1], (num, text)
    return n


expect = [
    {"rule": "basis-mismatch", "line": L("（宁政发〔2023〕71号）", "宁政发〔2023〕71号"),
     "text": "宁政发〔2023〕71号",
     "why": "the region's 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits swapped); the draft itself cites it correctly in 七（五）"},
    {"rule": "deadline-later-than-baseline", "line": L("服务算力枢纽建设。", "2026年取得明显成效"),
     "text": "2026年",
     "why": "task 1 (算力枢纽宁夏枢纽 / 西部数谷, 银川市、中卫市配合): 完成时限 '持续推进，2025 年取得明显成效'; the draft gives 2026"},
    {"rule": "garbled-text", "line": L("寤虹珛鏀垮姟"), "text": "寤虹珛鏀垮姟鏁版嵁",
     "why": "UTF-8 read as GBK: 寤虹珛鏀垮姟鏁版嵁灞炲湴杩旇繕鏈哄埗 = 建立政务数据属地返还机制"},
    {"rule": "unknown-unit", "line": rowtext(11, "区大数据局"), "text": "区大数据局",
     "why": "not in units.txt (the district body is 区大数据服务中心 = 区大数据中心); used as lead of task-list row 11"},
    {"rule": "deadline-later-than-baseline", "line": rowtext(27, "2026年6月底前"), "text": "2026年6月底前",
     "why": "task 107 (统筹整合各地各部门非涉密视频会议系统资源，形成全区统筹应用的视频会议平台, 各市、县（区）配合): 完成时限 2025年; row 27 gives 2026年6月底前"},
    {"rule": "deadline-invalid", "line": rowtext(32, "20226年"), "text": "20226年",
     "why": "impossible year (typo for 2026年) in row 32, the district's own 十五五 planning item (the body, 七（五）, says 2026年6月底前)"},
]

mnf = []


def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in LINES[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    mnf.append(e)


D = "deadline-later-than-baseline"
I = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"

# --- deadlines equal to or earlier than the region's (body) ---
m(D, L("到2025年底，自治区任务清单"), "主要目标 goal '34567 体系框架全面成型…' dated 2025年底, equal to the region's 主要目标 到2025年", "2025年底")
m(D, L("推进智慧园区建设。"), "task 3 智慧园区: 持续推进，2025 年取得明显成效; draft 2025年 (equal)", "2025年")
m(D, L("深化数字化服务普惠应用。"), "task 6: 持续推进，2025 年取得明显成效; draft 2025年底前 (equal)", "2025年底前")
m(D, L("推进教育数字化。"), "task 7 国家智慧教育平台整省试点: 2023年形成试点经验，2025年取得明显成效; draft 2025年 (equal)", "2025年")
m(D, L("推进“互联网+医疗健康”。"), "task 8: 持续推进，2025年取得明显成效; draft 2025年 (equal)", "2025年")
m(D, L("推进智慧城市建设。"), "task 9 一网统管 / 城市生命线: 持续推进，2025年取得明显成效; draft 2025年 (equal)", "2025年")
m(D, L("推进数字乡村建设。"), "tasks 10 (持续推进，2025年取得明显成效) and 11 数字供销 (2023年完成主要建设任务，2025年取得明显成效); draft 2025年 (equal)", "2025年")
m(D, L("培育数据要素市场。"), "task 12 数据要素市场: 2025年; draft 2025年底前 (equal)", "2025年底前")
m(D, L("强化审管协同。"), "task 22 审管协同: 2025年; draft 2025年 (equal)", "2025年")
m(D, L("开展试点示范。"), "task 28 试点示范: 2023年启动，2025年取得明显成效; draft 2025年 (equal)", "2025年")
m(D, L("全面融入一体化政务大数据体系。"), "task 29 自治区统一政务数据平台 / 一体化政务大数据体系: 2023年启动，2025年完成; draft 2025年底前 (equal)", "2025年底前")
m(D, L("统筹视频资源。"), "task 49 视频一张网: 2025年; draft 2025年底前 (equal)", "2025年底前")
m(D, L("推广电子证照应用。"), "task 52 电子证照社会化场景 / 各类证照全部实现电子化: 2025年; draft 2025年 (equal)", "2025年")
m(D, L("推进非税收入收缴电子化。"), "task 56 非税收入收缴电子化: 2025年; draft 2025年6月底前 (earlier)", "2025年6月底前")
m(D, L("优化政务平台构成。"), "task 59 政务平台评估定级 / 融合归并: 2025年; draft 2025年底前 (equal)", "2025年底前")
m(D, L("（一）健全组织机构。"), "task 64 各地参照自治区做法成立相应组织机构 (各市、县（区）负责): 2025年; draft 2025年6月底前 (earlier)", "2025年6月底前")
m(D, L("（一）提升经济调节能力。"), "task 66 三维一体经济运行大数据平台: 2025年; draft 2025年 (equal)", "2025年")
m(D, L("提高基层治理能力。"), "task 83 互联网+基层治理: 2025年; draft 2025年底前 (equal)", "2025年底前")
m(D, L("强化指挥调度。"), "task 81 自治区统一的视频指挥调度体系: 2025年; draft 2025年底前 (equal)", "2025年底前")
m(D, L("优化政务热线服务。"), "task 87 12345 一呼即应 / 智能交互: 2023年启动，2025年完成; draft 2025年底前 (equal)", "2025年底前")
m(D, L("推进“多卡合一”。"), "task 92 多卡合一: 2025年; draft 2025年 (equal)", "2025年")
m(D, L("深化“互联网+城乡供水”示范区建设，2025年"), "task 96 互联网+城乡供水: 2025年; draft 2025年 (equal)", "2025年")
m(D, L("配合提升用水权、土地权、排污权、山林权市场交易平台功能，2025年"), "task 100 四权交易平台: 2025年; draft 2025年 (equal)", "2025年")
m(D, L("推进水、气、土、废污染防治攻坚，2025年"), "tasks 95 / 102: 2025年; draft 2025年 (equal)", "2025年")
m(D, L("推进基层减负。"), "task 106 填表报数压减50%: 2025年; draft 2025年底前 (equal)", "2025年底前")
m(D, L("提升机关事务管理水平。"), "task 111 机关事务管理: 2025年; draft 2025年底前 (equal)", "2025年底前")
m(D, L("培养青年数字化骨干。"), "task 120 青年拔尖人才: 2025年; draft 2025年底前 (equal)", "2025年底前")
m(D, L("（一）加强组织领导。"), "task 116 一把手工程: 2023年完成并长期坚持; already done in 2023 (line 12), the draft keeps it 长期坚持 - no later milestone", "长期坚持")
m(D, L("（四）强化考核评价。"), "tasks 122/123 效能目标管理考核 / 考核结果运用: 2023年完成，长期坚持; draft 长期坚持, no later milestone", "长期坚持")

# --- the district's own 2026 work, no regional task dates it; office's own reporting dates ---
m(D, L("到2026年底，编制完成"), "district's own goal (十五五 数字政府规划, 项目接续): no regional goal or task dates it; the plan runs to 2026", "2026年底")
m(D, L("探索政务大模型应用。"), "district's own new work (政务大模型 智能预审/智能导办); no regional task dates it", "2026年底前")
m(D, L("2026年6月底前，区发展改革局会同"), "district's own 十五五 planning; no regional task dates it", "2026年6月底前")
m(D, L("2026年6月底前，区发展改革局会同"), "office's own evaluation/report date for this plan", "2026年11月底前")
m(D, L("（五）加强统筹推进。"), "office's own half-yearly reporting dates (每年6月25日、12月20日前)", "12月20日")
m(D, rowtext(22, "2026年底前"), "row 22: the district's own 政务大模型 pilot; no regional task dates it", "2026年底前")
m(D, rowtext(33, "2026年11月底前"), "row 33: the office's own evaluation/report date", "2026年11月底前")

# --- task-list rows equal / earlier / ongoing ---
rows = [
    (1, "task 3: 持续推进，2025 年取得明显成效 (equal)", "持续推进，2025年取得明显成效"),
    (2, "task 6: 持续推进，2025 年取得明显成效 (equal)", "2025年底前"),
    (3, "task 7: 2023年形成试点经验，2025年取得明显成效 (equal)", "2025年"),
    (4, "task 8: 持续推进，2025年取得明显成效 (equal)", "2025年"),
    (5, "task 9: 持续推进，2025年取得明显成效 (equal)", "持续推进，2025年取得明显成效"),
    (6, "tasks 10/11: 2025年取得明显成效 (equal)", "2025年"),
    (7, "task 12: 2025年 (equal)", "2025年"),
    (8, "task 18: 2023年形成机制，长期坚持; draft 每年开展，长期坚持 (mechanism already formed; ongoing)", "长期坚持"),
    (9, "task 22: 2025年 (equal)", "2025年"),
    (10, "task 28: 2023年启动，2025年取得明显成效 (equal)", "2025年取得明显成效"),
    (11, "task 29: 2023年启动，2025年完成 (equal); the row's unit is a separate planted error", "2025年底前"),
    (12, "task 49: 2025年 (equal)", "2025年底前"),
    (13, "task 52: 2025年 (equal)", "2025年"),
    (14, "task 56: 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
    (15, "task 59: 2025年 (equal)", "2025年"),
    (16, "task 64: 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
    (17, "task 66: 2025年 (equal)", "2025年"),
    (18, "task 83: 2025年 (equal)", "2025年底前"),
    (19, "task 81: 2025年 (equal)", "2025年底前"),
    (20, "task 87: 2023年启动，2025年完成 (equal)", "2025年底前完成"),
    (21, "task 92: 2025年 (equal)", "2025年"),
    (23, "task 96: 2025年 (equal)", "2025年"),
    (24, "task 100: 2025年 (equal)", "2025年"),
    (25, "tasks 102/95: 2025年 (equal)", "2025年"),
    (26, "task 106: 2025年 (equal)", "2025年底前"),
    (28, "task 111: 2025年 (equal)", "2025年底前"),
    (29, "task 116: 2023年完成并长期坚持; done in 2023, ongoing", "长期坚持"),
    (30, "task 120: 2025年 (equal)", "2025年"),
    (31, "tasks 122/123: 2023年完成，长期坚持; ongoing", "长期坚持"),
]
for num, why, text in rows:
    m(D, rowtext(num, text), "row %d, %s" % (num, why), text)

# --- past dates: 2023-2024 work told as done, background, issue date, titles ---
m(I, L("2025年4月18日"), "the notice's own issue date", "2025年4月18日")
m(I, L("2020年，自治区印发"), "retrospective: 2020 (the old 工作要点), and the region's 2023/2024 tasks told as done")
m(I, L("组织体系基本建立。"), "2023 work told as done (task 116)", "2023年")
m(I, L("安全基础不断夯实。"), "2023 work told as done (tasks 14, 15)", "2023年")
m(I, L("数据资源有序汇聚。"), "截至2023年底 … 已完成: 2023 work told as done (tasks 30, 32, 36)", "截至2023年底")
m(I, L("平台支撑持续增强。"), "截至2024年底 … 已全部迁移 / 全面完成: 2024 work told as done (tasks 19, 43, 47, 48, 50)", "截至2024年底")
m(I, L("服务效能明显提升。"), "2024 work told as done (tasks 86, 93, 104, 105, 114)", "2024年")
m(I, L("对照全区数字政府建设重点任务清单（2023年—2025年）"), "title of the regional task list, not a deadline", "2023年—2025年")
m(D, LINES.index("中卫市沙坡头区数字政府建设实施方案（2025—2026年）") + 1, "the plan's own title and period, not a task deadline", "2025—2026年")
m(D, L("附件：沙坡头区数字政府建设重点任务清单"), "title of the attached task list with the plan period, not a deadline", "2025—2026年")

# --- basis documents ---
m(B, L("（国发〔2022〕14号）"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m(B, L("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited exactly as the 吴忠 plan cites it", "宁政办发〔2023〕11号")
m(B, L("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background, not cited as a basis", "宁政办发〔2020〕14号")
m(B, L("（宁政发〔2023〕17号）"), "correct title and 文号 of the region's 实施意见", "宁政发〔2023〕17号")
m(B, L("关于印发《中卫市沙坡头区"), "the plan's own title in its covering notice", "中卫市沙坡头区数字政府建设实施方案")
m(B, L("卫沙政办发〔2025〕21号"), "the notice's own 文号", "卫沙政办发〔2025〕21号")

# --- units ---
m(U, L("各乡镇人民政府，区直各部门（单位）："), "collective subjects", "各乡镇人民政府")
m(U, rowtext(2, "卫生健康局"), "prefix 区 distributes: 区卫生健康局, 区人社局 (alias of 区人力资源和社会保障局), 区文化旅游广电局", "人社局")
m(U, rowtext(17, "统计局"), "prefix 区 distributes: 区统计局; 区发展改革局 is an alias", "统计局")
m(U, rowtext(4, "区卫健局"), "aliases in units.txt: 区卫健局, 区医保局", "区卫健局")
m(U, rowtext(8, "中卫市公安局沙坡头区分局"), "canonical name in units.txt; 区直各部门（单位） is a collective", "中卫市公安局沙坡头区分局")
m(U, rowtext(12, "区公安分局"), "alias of 中卫市公安局沙坡头区分局", "区公安分局")
m(U, rowtext(9, "区市场监管局"), "alias of 区市场监督管理局; 区直有关部门 is a collective", "区市场监管局")
m(U, rowtext(7, "区发改局"), "alias of 区发展和改革局", "区发改局")
m(U, rowtext(10, "区政府办"), "alias of 区人民政府办公室", "区政府办")
m(U, rowtext(18, "各村（社区）"), "collective subject", "各村（社区）")
m(U, rowtext(24, "区自然资源分局"), "aliases of the 中卫市…沙坡头区分局 entries in units.txt", "区生态环境分局")
m(U, rowtext(30, "区人力资源社会保障局"), "alias of 区人力资源和社会保障局", "区人力资源社会保障局")
m(U, L("推进智慧城市建设。"), "中卫市 is the parent city (in units.txt and in regional task 1), named as the body the district cooperates with", "中卫市")
m(U, L("（二）厘清层级职责。"), "区指挥调度中心 is a facility to be built (regional text: 县（市、区）…一体化推进指挥调度中心等建设), not a responsible unit", "区指挥调度中心")
m(U, L("（五）加强统筹推进。"), "领导小组办公室 is in units.txt (区数字政府建设领导小组办公室)", "领导小组办公室")
m(U, L("（一）健全组织机构。"), "区推进“数字政府”建设领导小组 and 区大数据服务中心 are in units.txt", "区大数据服务中心")

# --- pillars present ---
m("missing-pillar", L("营造安全清朗的网络生态。"), "数字生态 is taken up in 三（三）: 数据要素市场 and 网络生态")
m("missing-pillar", L("（二）厘清层级职责。"), "五个一 / 六级贯通 work system is taken up in 五、（一）-（三）")
m("missing-pillar", L("（二）加大财政投入。"), "财政投入 is taken up in 七（二）")

covers = []


def c(task, line):
    covers.append({"task": task, "line": line})


c(1, L("服务算力枢纽建设。"))
c(3, L("推进智慧园区建设。"))
c(5, L("完善数字经济治理体系。"))
c(6, L("深化数字化服务普惠应用。"))
c(7, L("推进教育数字化。"))
c(8, L("推进“互联网+医疗健康”。"))
c(9, L("推进智慧城市建设。"))
c(10, L("推进数字乡村建设。"))
c(11, L("推进数字乡村建设。"))
c(12, L("培育数据要素市场。"))
c(18, L("提升安全防护能力。"))
c(17, L("提升安全防护能力。"))
c(22, L("强化审管协同。"))
c(24, L("规范项目管理。"))
c(25, L("规范项目管理。"))
c(28, L("开展试点示范。"))
c(29, L("全面融入一体化政务大数据体系。"))
c(31, L("健全数据治理和共享机制。"))
c(39, L("深化数据开发利用。"))
c(49, L("统筹视频资源。"))
c(52, L("推广电子证照应用。"))
c(56, L("推进非税收入收缴电子化。"))
c(59, L("优化政务平台构成。"))
c(64, L("（一）健全组织机构。"))
c(66, L("（一）提升经济调节能力。"))
c(68, L("（二）提升市场监管能力。"))
c(70, L("（二）提升市场监管能力。"))
c(83, L("提高基层治理能力。"))
c(81, L("强化指挥调度。"))
c(87, L("优化政务热线服务。"))
c(92, L("推进“多卡合一”。"))
c(96, L("深化“互联网+城乡供水”示范区建设，2025年"))
c(100, L("配合提升用水权、土地权、排污权、山林权市场交易平台功能，2025年"))
c(102, L("推进水、气、土、废污染防治攻坚，2025年"))
c(106, L("推进基层减负。"))
c(107, L("整合视频会议资源。"))
c(111, L("提升机关事务管理水平。"))
c(109, L("优化“互联网+督查”机制"))
c(116, L("（一）加强组织领导。"))
c(120, L("培养青年数字化骨干。"))
c(122, L("（四）强化考核评价。"))
c(123, L("（四）强化考核评价。"))
c(124, L("（四）强化考核评价。"))

key = {
    "writer": "blind writer, round 461; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": (
        "中卫市沙坡头区 实施方案（2025—2026年）, issued 2025-04-18, basis = 宁政发〔2023〕17号 only (no parent plan). "
        "Regional 2023-2024 work is told as done in 一、工作基础 (lines 11-16); regional 2025 tasks carry 2025 or earlier dates; "
        "the district's own new work (十五五 planning, 政务大模型 pilot, final evaluation) runs into 2026. "
        "Planted: wrong 文号 for the region's 实施意见 (line 9), task 1 moved to 2026 (line 28), mojibake (line 52), "
        "unknown unit 区大数据局 (task row 11), task 107 moved to 2026年6月底前 (task row 27), impossible year 20226年 (task row 32). "
        "Task-list rows: the note '责任单位中排在第一位的为牵头单位' applies. Tasks 82 (疫情防控) and most regional-only tasks are not taken up on purpose; no task-uncovered is expected. Readings that may differ: (a) 长期坚持 on tasks whose regional 完成时限 is 2023年完成（并）长期坚持 (116, 122/123, row 8 for task 18) is taken as not later, since the 2023 milestone is told as done; (b) the 2026 政务大模型 pilot (line 74, row 22) is taken as new district work, not task 84/85/86; (c) dated lines sharing words with a 2023/2024 task are matched to the 2025 task they paraphrase: line 61/row 16 -> task 64 (not 60), line 65/row 17 -> 66 (not 65), line 57/row 13 -> 52 (not 85), line 73 -> 92 (not 86), line 83 -> 106 (not 105); (d) the 十五五 planning dates (lines 23, 96) match no regional task (task 67 规划综合管理信息平台 is a different thing)."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
