#!/usr/bin/python3
# Builds key.json: every line number is found from a unique anchor in draft.txt,
# and every `text` is checked to occur on that line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(anchor):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def row(n):
    """line of task-table row n (序号 n) in the attachment"""
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(str(n) + "\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def e(rule, anchor, text=None, why="", **kw):
    line = anchor if isinstance(anchor, int) else ln(anchor)
    if text is not None:
        assert text in LINES[line - 1], (rule, line, text)
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


expect = [
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (a 自治区人民政府 document, not a 政府办公厅 one); the 文号 as written does not belong to the title"),
    e("deadline-later-than-baseline", "到2026年，全市数字政府建设体系框架全面成型", "2026年",
      "the regional 主要目标 sets 到2025年 for the same goal (“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效…); the city moves it to 2026"),
    e("unknown-unit", "完善数字经济治理体系。", "市网信局",
      "no such body in units.txt; the city's cyberspace office is 市委网信办 (市委网络安全和信息化委员会办公室) — a colloquial wrong name"),
    e("deadline-invalid", "完善信用和地理信息服务。", "2022年底",
      "2022年底前 lies before the plan's own year (issued 2024-04-18) and before the regional document; evidently a typo (tasks 57 and 58 are due 2024年)"),
    e("deadline-later-than-baseline", row(17), "2025年",
      "row 17 (电子政务外网升级改造、骨干网扩容、扩大互联网出口带宽) is task 47, 完成时限 2024 年; the city gives 2025年"),
    e("garbled-text", "建设全市统一的政策文件库，", "鎺ㄥ姩鏀跨瓥",
      "UTF-8 bytes read as GBK: 鎺ㄥ姩鏀跨瓥淇℃伅闆嗘垚鏅鸿兘鍙戝竷 = 推动政策信息集成智能发布"),
]

U = "unknown-unit"
D = "deadline-later-than-baseline"
I = "deadline-invalid"
B = "basis-mismatch"
mustNotFlag = [
    e(U, "各县（区）人民政府，市政府各部门、各直属机构：", "各县（区）人民政府",
      "collective subject (the city's 县（区）人民政府 as a body), the addressee line"),
    e(U, "推动产业上云用数。", "商务局",
      "prefix distributes: 市发展改革委、商务局 = 市发展改革委, 市商务局 (in units.txt)"),
    e(U, "建设智慧园区。", "石嘴山经济技术开发区管委会",
      "a name units.txt lists as one unit (also 石嘴山高新技术产业开发区管委会); never split"),
    e(U, "建设智慧园区。", "平罗县人民政府",
      "the county government carrying the work out; listed in units.txt"),
    e(U, "推进数字乡村建设。", "惠农区人民政府",
      "district government carrying the work out (with 平罗县人民政府, 大武口区人民政府); listed in units.txt"),
    e(U, "推进公共服务数字化。", "卫生健康委",
      "prefix distributes: 市教育局、卫生健康委、人力资源社会保障局、文化旅游广电局 → 市卫生健康委 etc.; 市直有关部门 is a collective"),
    e(U, "加快智慧城市建设。", "城市管理局",
      "prefix distributes: 市住房城乡建设局、城市管理局 → 市城市管理局 (in units.txt)"),
    e(U, "营造规范有序的政策环境。", "市发改委",
      "alias of 市发展改革委 in units.txt"),
    e(U, "强化审管协同。", "市场监管局",
      "prefix distributes: 市审批服务管理局、市场监管局 → 市市场监管局 (in units.txt)"),
    e(U, "开展试点示范。", "大武口区政府",
      "short name of 大武口区人民政府 listed in units.txt (also 惠农区政府, 平罗县政府), in running text"),
    e(U, "推进政务数据一体化。", "卫健委",
      "prefix distributes over aliases: 市人社局、卫健委、生态环境局、应急局、国资委、发改委 → 市卫健委, 市应急局, 市发改委… all in units.txt"),
    e(U, "（一）健全组织机构。", "市政府办公室",
      "alias of 市人民政府办公室 in units.txt"),
    e(U, "（三）完善工作机制。", "市数字政府建设领导小组办公室",
      "short name of 市推进数字政府建设领导小组办公室 in units.txt; receiver of reports, not a responsible unit anyway"),
    e(U, "加强经济数据整合汇聚。", "石嘴山市税务局",
      "listed in units.txt (vertically managed body named with the city name)"),
    e(U, "提升监管协同化智能化水平。", "承担监管职责的市直有关部门",
      "collective subject, the city form of 承担监管职责的自治区有关部门（单位）"),
    e(U, "提升公共安全保障能力。", "石嘴山市消防救援支队",
      "listed in units.txt"),
    e(U, "提高基层社会治理能力。", "各乡镇（街道）",
      "collective subjects (各乡镇（街道）、各村（社区）)"),
    e(U, row(2), "石嘴山高新技术产业开发区管委会",
      "a name units.txt lists as one unit; the table's first-listed unit leads (note above the table)"),
    e(U, row(36), "各县（区）人民政府参与",
      "collective subject in the role 参与"),
    e(I, "提升安全防护能力。", "2023年形成机制",
      "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan's year; not an impossible date"),
    e(I, row(6), "2023年形成机制",
      "copied regional deadline of task 18 (2023年形成机制，长期坚持)"),
    e(I, "自《宁夏回族自治区2020年", "2023年",
      "past date in the background (2023年 achievements), not a deadline"),
    e(I, 6, "2024年4月18日", "the document's own issue date"),
    e(I, "（三）完善工作机制。", "12月10日前",
      "the office's own recurring reporting dates (每年6月25日、12月10日前), not task deadlines"),
    e(D, "到2024年底，全市政务信息系统", "2024年底",
      "goals match tasks 43 (2024 年建成，持续推进) and 48 (2024 年): equal"),
    e(D, "到2035年，与政府治理能力现代化", "2035年",
      "equal to the regional 到2035年 goal"),
    e(D, "推动产业上云用数。", "2024年取得明显成效",
      "task 2 is due 2023 年启动，2024 年取得明显成效: completing milestone equal"),
    e(D, "加快智慧城市建设。", "2025年取得明显成效",
      "task 9 is 持续推进，2025 年取得明显成效; the city's 2024年启动 adds a start milestone, completion equal"),
    e(D, "推进数字乡村建设。", "2025年取得明显成效",
      "tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): completing milestone equal"),
    e(D, "开展试点示范。", "2024年启动",
      "task 28 is 2023年启动，2025年取得明显成效; the city starts in its own plan year, completion 2025 equal"),
    e(D, row(11), "2024年启动",
      "task 28 (2023年启动，2025年取得明显成效): completion equal"),
    e(D, "创新数字政府建设管理机制。", "2024年9月底前",
      "task 23 is due 2024 年: earlier"),
    e(D, row(21), "2024年6月底前",
      "task 64 (各地各部门成立相应组织机构) is due 2025年: earlier"),
    e(D, "持续做强“我的宁夏”政务APP石嘴山专区", "2024年底前",
      "tasks 86 (2024年) equal and 92 (多卡合一, 2025年) earlier"),
    e(D, "提升公共安全保障能力。", "2024年",
      "tasks 80 (2024年) equal and 81 (视频指挥调度体系, 2025年) earlier"),
    e(D, row(27), "2025年完成",
      "task 87 is 2023年启动，2025年完成: equal"),
    e(D, row(33), "2024年取得明显成效，长期推进",
      "task 108 is 长期推进，2024年取得明显成效: equal"),
    e(D, row(36), "长期坚持",
      "task 121 is 长期坚持: equal"),
    e(D, "提升行政执行能力。", "2024年",
      "tasks 104, 105 (2024年) equal and 106 (填表报数系统, 2025年) earlier"),
    e(D, "完善数字经济治理体系。", "2025年取得明显成效",
      "task 5 is 持续推进，2025年取得明显成效: equal (以网管网 task 75 is not what this line takes up)"),
    e(B, "自《宁夏回族自治区2020年", "宁政办发〔2020〕14号",
      "retrospective mention of the 2020 工作要点 in the background, not cited as a basis"),
    e(B, "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号",
      "correct national basis"),
    e(B, "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号",
      "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited exactly as the 吴忠 plan cites it"),
    e(B, 2, "石政发〔2024〕12号", "the plan's own 文号 in the issuing notice, not a basis citation"),
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一",
     "why": "restructured as “一套体系” (lines " + str(ln("（一）健全组织机构。")) + "–" + str(ln("（三）完善工作机制。")) + "): 健全组织机构, 厘清层级职责 (六级贯通), 完善工作机制 — the 吴忠 pattern"},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入",
     "why": "section 六 has 加强组织领导, 加大财政投入, 提升数字素养, 强化考核评价, lines " + str(ln("（一）加强组织领导。")) + "–" + str(ln("（四）强化考核评价。"))},
]

covers_spec = [
    (2, "推动产业上云用数。"), (3, "建设智慧园区。"), (5, "完善数字经济治理体系。"),
    (6, "推进公共服务数字化。"), (7, "推进公共服务数字化。"), (8, "推进公共服务数字化。"),
    (9, "加快智慧城市建设。"), (10, "推进数字乡村建设。"), (11, "推进数字乡村建设。"),
    (12, "培育数据要素市场。"), (13, "营造规范有序的政策环境。"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"),
    (18, "提升安全防护能力。"), (19, "提高自主可控水平。"),
    (20, "以数字化改革助力政府职能转变。"), (21, "以数字化改革助力政府职能转变。"),
    (22, "强化审管协同。"), (23, "创新数字政府建设管理机制。"), (26, "完善法规制度和标准规范。"),
    (28, "开展试点示范。"), (30, "完善数据管理机制。"), (31, "完善数据管理机制。"),
    (32, "完善数据管理机制。"), (36, "完善数据管理机制。"),
    (33, "推进政务数据一体化。"), (34, "推进政务数据一体化。"), (35, "推进政务数据一体化。"),
    (37, "深化数据高效共享。"), (39, "深化数据高效共享。"),
    (40, "强化电子公文和档案数据管理。"), (54, "强化电子公文和档案数据管理。"),
    (41, "促进数据有序开发利用。"), (42, "促进数据有序开发利用。"),
    (43, "强化政务云平台支撑能力。"), (45, "强化政务云平台支撑能力。"),
    (47, "提升网络平台支撑能力。"), (48, "提升网络平台支撑能力。"), (50, "提升网络平台支撑能力。"),
    (49, "统筹融合视频资源。"), (51, "加强共性应用支撑能力。"), (53, "加强共性应用支撑能力。"),
    (52, "深化电子证照和非税收入电子化应用。"), (56, "深化电子证照和非税收入电子化应用。"),
    (57, "完善信用和地理信息服务。"), (58, "完善信用和地理信息服务。"),
    (64, "（一）健全组织机构。"),
    (65, "加强经济数据整合汇聚。"), (66, "加强经济运行监测预警。"),
    (68, "（二）提升综合高效的市场监管能力。"), (72, "（二）提升综合高效的市场监管能力。"),
    (69, "提升监管精准化水平。"), (70, "提升监管精准化水平。"), (71, "提升监管精准化水平。"),
    (73, "提升监管协同化智能化水平。"), (74, "提升监管协同化智能化水平。"),
    (77, "提升社会矛盾化解能力。"), (79, "提升社会治安防控能力。"),
    (80, "提升公共安全保障能力。"), (81, "提升公共安全保障能力。"), (83, "提高基层社会治理能力。"),
    (84, "打造泛在可及的服务体系。"), (85, "提升智慧便捷的服务能力。"),
    (86, "持续做强“我的宁夏”政务APP石嘴山专区"), (92, "持续做强“我的宁夏”政务APP石嘴山专区"),
    (87, "推进12345政务服务便民热线“一呼即应”改革，健全"),
    (88, "提供优质便利的涉企服务。"), (89, "提供优质便利的涉企服务。"),
    (90, "拓展公平普惠的民生服务。"), (93, "拓展公平普惠的民生服务。"),
    (94, "提升生态环保协同治理能力。"), (95, "提升生态环保协同治理能力。"),
    (96, "提高自然资源利用效率。"), (100, "提高自然资源利用效率。"),
    (101, "推动绿色低碳转型。构建碳排放"), (102, "推动绿色低碳转型。构建碳排放"),
    (103, "提升辅助决策能力。"), (104, "提升行政执行能力。"), (105, "提升行政执行能力。"),
    (106, "提升行政执行能力。"), (107, "统筹整合全市非涉密视频会议系统资源，形成"),
    (108, "提升行政监督和机关事务管理水平。"), (109, "提升行政监督和机关事务管理水平。"),
    (112, "不断提升政府信息公开水平。"), (114, "充分发挥政务新媒体传播优势。"),
    (115, "畅通政民互动渠道。"), (116, "（一）加强组织领导。"), (25, "（二）加大财政投入。"),
    (24, "（二）加大财政投入。"), (118, "（三）提升数字素养。"),
    (121, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 883; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": covers,
    "notes": ("石嘴山市 city plan (issued 2024-04-18) implementing 宁政发〔2023〕17号; no parent plan. "
              "Its counties and districts (大武口区、惠农区人民政府, 平罗县人民政府) and both 开发区管委会 are in units.txt and carry work out. "
              "The attachment table is tab-separated, 5 columns, first-listed unit leads. "
              "Six planted slips: wrong 文号 for the regional basis (line 9), a 2026 goal against the region's 2025 (line 16), "
              "市网信局 for 市委网信办 (line 24), 2022年底前 in a 2024 plan (line 56), task 47 given 2025 in the table (row 17), "
              "UTF-8-as-GBK mojibake in the 政务公开 paragraph (line 90). Tasks with 2023 regional deadlines are either given no "
              "deadline in the draft or copy the regional wording (task 18), so that no city deadline is later than the region's."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mustNotFlag), "mustNotFlag;", len(covers), "covers")
for x in expect:
    print(x["rule"], x["line"], x.get("text"))
