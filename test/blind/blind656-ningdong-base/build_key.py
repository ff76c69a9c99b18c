# -*- coding: utf-8 -*-
# Writes key.json for blind656-ningdong-base; every line number is looked up in the final draft.txt.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES[-1] == "":
    LINES = LINES[:-1]


def ln(anchor, text=None):
    """1-based line of the single line containing anchor (and text, if given)."""
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l and (text is None or text in l)]
    assert len(hits) == 1, (anchor, text, hits)
    return hits[0]


def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw)
    return d


GARBLED = "依托智慧社区平台，完善物业停车服务，提升职工群众生活".encode("utf-8").decode("gbk")

expect = [
    e("basis-mismatch", "为贯彻落实党的二十大精神", "宁政发〔2022〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"),
    e("garbled-text", "推进职工生活区数字化改造。", GARBLED[:6],
      "UTF-8 bytes read as GBK: the run re-encoded as GBK and decoded as UTF-8 gives 依托智慧社区平台，完善物业停车服务，提升职工群众生活"),
    e("deadline-later-than-baseline", "推进“智慧应急”建设。", "2025年底前",
      "智慧应急 / 安全生产 etc. 公共安全领域应用迭代升级 = regional task 80, 完成时限 2024年; the plan's own task table (row 6) even says 2024年"),
    e("deadline-invalid", "提升行政执行能力。", "20244年",
      "impossible year (typing slip for 2024年); the measure is tasks 104/105, 完成时限 2024年"),
    e("unknown-unit", "强化危化品全链条监管。", "宁东基地安监局",
      "not in units.txt: the old 安监局 name; the body is 宁东基地应急管理局 (= 宁东基地应急局)"),
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "section 五 has six 能力 and no 政务公开 content at all (no 信息公开, 政策文件库, 政务新媒体, 政民互动), although 一（四） promises 七个能力"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "政务公开信息化平台 (各市、县（区）分别负责) left out with the 政务公开 section"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务新媒体矩阵 (各市、县（区）分别负责) left out with the 政务公开 section"},
]

M = []


def m(rule, anchor, text, why, exact_text=True):
    d = {"rule": rule, "line": ln(anchor, text if exact_text else None), "why": why}
    if text:
        d["text"] = text
    M.append(d)


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

# basis citations
m(BM, "为贯彻落实党的二十大精神", "国发〔2022〕14号", "correct national basis document and 文号")
m(BM, "为贯彻落实党的二十大精神", "宁政办发〔2023〕11号",
  "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as the 吴忠 plan in the seeds")
m(BM, "（二）发展基础。", "宁政办发〔2020〕14号",
  "retrospective mention of the 2020 工作要点 with its correct 文号; not cited as a basis")
# background / own dates
m(DI, "（二）发展基础。", "2023年", "past date in the background (what was done in 2023)")
m(DI, "完善数据管理机制。", "2023年11月",
  "background: the catalogue was finished in 2023 (tasks 30/32, 完成时限 2023年); not a deadline of this plan")
m(DL, "完善数据管理机制。", "2024年起",
  "start of quarterly updating of a catalogue already finished in 2023; tasks 30/32 (2023年) were met")
m(DL, "强化安全管理责任。", "2024年持续压实责任",
  "continuing duty; tasks 14/15 (完成时限 2023年) are stated as done in 2023 in the same line")
M.append({"rule": DI, "line": LINES.index("2024年3月18日") + 1, "text": "2024年3月18日", "why": "the notice's own issue date"})
M.append({"rule": DI, "line": ln("日印发"), "text": "2024年3月18日", "why": "版记 印发 date of the document itself"})
m(DL, "（六）做好调度报送。", "2025年1月10日前",
  "the office's own reporting date for the year-end summary, not a task deadline")
m(DL, "（六）做好调度报送。", "2024年12月20日前", "the office's own reporting date")
m(DI, "2\t基地政务信息系统向政务信创云迁移", "2023年启动",
  "copied regional deadline of task 19 (2023年启动，2024年建成); lies before the plan year but is the region's own wording, completion 2024 equal")
# goals
m(DL, "到2025年，基地数字政府建设全面融入", "到2025年",
  "same year as the regional goal 到2025年 “34567”体系框架全面成型")
m(DL, "到2024年底，智慧园区综合管理平台一期建成运行", "到2024年底",
  "local goals with no earlier regional goal for the same thing; 信创云 migration equals task 19 (2024年建成)")
# equal / earlier deadlines
m(DL, "推进“智慧园区”建设。", "2025年取得明显成效", "task 3 完成时限 持续推进，2025年取得明显成效: equal")
m(DL, "推动产业数字化。", "2024年底前", "task 2 完成时限 2023年启动，2024年取得明显成效: equal year")
m(DL, "服务算力枢纽建设。", "2025年取得明显成效", "task 1 完成时限 持续推进，2025年取得明显成效: equal")
m(DL, "开展试点示范。", "2024年启动，2025年取得明显成效",
  "task 28 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal")
m(DL, "创新建设管理机制。", "2024年10月底前", "task 23 完成时限 2024年: earlier")
m(DL, "建设园区主题数据库。", "2024 年底前", "task 34 完成时限 2024年: equal (spaced form)")
m(DL, "提升网络平台支撑能力。", "2024年9月底前", "tasks 47/48/50 完成时限 2024年: earlier")
m(DL, "统筹视频资源。", "2025年", "task 49 完成时限 2025年: equal")
m(DL, "加强经济运行监测。", "2024年底前", "task 65 完成时限 2024年 equal; task 66 (2025年) earlier")
m(DL, "加强国资和公共资源交易数字化监管。", "2024年取得明显成效",
  "task 4 (持续推进，2024年取得明显成效) and task 108 (长期推进，2024年取得明显成效): equal")
m(DL, "提升监管精准化水平。", "2024年9月底前", "tasks 69/70 完成时限 2024年: earlier")
m(DL, "推进危化品安全风险智能化管控。", "2024年底前", "task 80 完成时限 2024年: equal (contrast with the late 智慧应急 line)")
m(DL, "建设统一的指挥调度体系。", "2025年", "task 81 完成时限 2025年: equal")
m(DL, "优化12345热线服务。", "2025年", "task 87 完成时限 2023年启动，2025年完成: equal")
m(DL, "提供优质便利的涉企服务。", "2024年6月底前", "task 89 完成时限 2024年: earlier")
m(DL, "建设智慧环保监管平台。", "2024年底前", "task 94 完成时限 2024年 equal; task 95 (2025年) earlier")
m(DL, "推动绿色低碳转型。", "2025年", "tasks 101/102 完成时限 2025年: equal")
m(DL, "推进基层减负和视频会议整合。", "2025年", "tasks 106/107 完成时限 2025年: equal")
m(DL, "（四）强化考核评价。", "长期坚持",
  "ongoing duty; tasks 122–124 were to be in place in 2023 and kept long-term, no later milestone is set")
m(DL, "6\t“智慧应急”公共安全领域应用迭代升级", "2024年", "task 80 完成时限 2024年: the table row is equal")
m(DL, "5\t危化品全链条数字化追溯监管", "2024 年", "task 71 完成时限 2024年: equal (spaced form)")
m(DL, "1\t建成智慧园区综合管理平台一期", "2024年12月底前", "task 3 (持续推进，2025年取得明显成效): earlier")
m(DL, "健全标准规范。", "2024年", "task 27 完成时限 2024年: equal")
m(DL, "深化数据融合应用。", "2024年12月底前", "tasks 41/42 完成时限 2024年: equal")
# units
m(UU, "管委会各部门（单位），宁东镇人民政府", "管委会各部门（单位）", "collective subject")
m(UU, "管委会各部门（单位），宁东镇人民政府", "驻基地各单位", "collective subject (addressees)")
m(UU, "完善数字经济治理。", "管委会各部门（单位）", "collective subject in a note")
m(UU, "营造安全可靠的数字化发展环境。", "管委会办公室", "official short name of 宁东基地管委会办公室 (units.txt)")
m(UU, "建设园区主题数据库。", "宁东基地应急局", "short name of 宁东基地应急管理局 (units.txt)")
m(UU, "加强经济运行监测。", "宁东税务局", "short name of 国家税务总局宁东能源化工基地税务局 (units.txt)")
m(UU, "提供优质便利的涉企服务。", "宁东基地投资促进局", "short name of 宁东基地招商和投资促进局 (units.txt)")
m(UU, "提升行政监督水平。", "宁东基地综合执法局", "short name of 宁东基地综合执法监督局 (units.txt)")
m(UU, "（一）加强组织领导。", "基地党工委", "short name of 中共宁东能源化工基地工作委员会 (units.txt)")
m(UU, "推动产业数字化。", "宁夏通信管理局", "regional body outside the government proper, in the baseline; only asked for support")
m(UU, "服务算力枢纽建设。", "工业和信息化厅", "自治区 prefix distributes: 自治区工业和信息化厅; regional units named as counterparts, not as leads")
m(UU, "抄送：", "工业和信息化厅", "抄送 recipients; 自治区 prefix distributes")
m(UU, "（二）发展基础。", "宁东基地智慧安监平台", "a platform name, not a unit (contrast with 宁东基地安监局)")
m(UU, "（一）健全组织机构。", "数字宁夏建设运营有限公司", "company named in the regional text; not a responsible unit")
m(UU, "（六）做好调度报送。", "自治区推进“数字政府”建设领导小组办公室", "recipient of reports, not a responsible unit")
m(UU, "深化“互联网+医疗健康”。", "宁东医院", "a hospital named in the measure text, not in a 责任单位 note")
# pillars that are present though light
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
          "why": "二（三） lines 36–37: 数据要素市场, 数据交易, 安全可靠的数字化发展环境"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "六级贯通",
          "why": "四（二） 厘清层级职责 follows the 六级贯通 architecture; 四（一） takes up 五个一"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "财政投入",
          "why": "六（二） 强化资金保障 covers 财政投入"})
M = [x for x in M if x]

covers_spec = [
    (1, "服务算力枢纽建设。"), (2, "推动产业数字化。"), (3, "推进“智慧园区”建设。"), (5, "完善数字经济治理。"),
    (6, "推动数字技术与公共事业融合。"), (8, "深化“互联网+医疗健康”。"), (12, "培育数据要素市场。"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"), (18, "提升安全防护能力。"),
    (19, "提高自主可控水平。"), (20, "推动职能转变和审管协同。"), (21, "推动职能转变和审管协同。"),
    (23, "创新建设管理机制。"), (28, "开展试点示范。"), (30, "完善数据管理机制。"), (32, "完善数据管理机制。"),
    (31, "提升数据质量。"), (34, "建设园区主题数据库。"), (41, "深化数据融合应用。"), (42, "深化数据融合应用。"),
    (45, "强化政务云支撑。"), (47, "提升网络平台支撑能力。"), (48, "提升网络平台支撑能力。"), (50, "提升网络平台支撑能力。"),
    (49, "统筹视频资源。"), (53, "加强共性应用支撑。"), (54, "加强共性应用支撑。"), (57, "完善信用平台。"),
    (64, "（一）健全组织机构。"), (65, "加强经济运行监测。"), (66, "加强经济运行监测。"),
    (4, "加强国资和公共资源交易数字化监管。"), (108, "加强国资和公共资源交易数字化监管。"),
    (69, "提升监管精准化水平。"), (70, "提升监管精准化水平。"), (73, "提升监管协同化水平。"),
    (71, "强化危化品全链条监管。"), (74, "推进智能化监管。"), (80, "推进“智慧应急”建设。"),
    (81, "建设统一的指挥调度体系。"), (79, "提升社会治安防控能力。"), (77, "化解矛盾纠纷。"), (83, "提高基层治理能力。"),
    (84, "打造泛在可及的服务体系。"), (86, "打造泛在可及的服务体系。"), (89, "提供优质便利的涉企服务。"),
    (88, "提供优质便利的涉企服务。"), (87, "优化12345热线服务。"), (93, "拓展普惠民生服务。"),
    (94, "建设智慧环保监管平台。"), (101, "推动绿色低碳转型。"), (102, "推动绿色低碳转型。"), (100, "提高资源利用效率。"),
    (103, "提升辅助决策能力。"), (104, "提升行政执行能力。"), (105, "提升行政执行能力。"),
    (106, "推进基层减负和视频会议整合。"), (107, "推进基层减负和视频会议整合。"), (111, "提升机关事务管理水平。"),
    (116, "（一）加强组织领导。"), (25, "（二）强化资金保障。"), (24, "（二）强化资金保障。"),
    (117, "（三）提升数字素养。"), (118, "（三）提升数字素养。"), (122, "（四）强化考核评价。"),
    (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 656; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
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
    "notes": (
        "宁东基地 (宁夏宁东能源化工基地管委会) 2024 plan, issued by the 管委会办公室 on 2024-03-18 (宁东管办发〔2024〕9号); "
        "units.txt is the writer's own registry of 管委会 bodies and 驻基地 units. Planted: wrong 文号 of the regional basis (L10), "
        "a GBK-mojibake run (L33), 智慧应急 due 2025年底前 against task 80's 2024年 (L75; the plan's own table row 6 says 2024年), "
        "an impossible year 20244年 (L94), the outdated unit name 宁东基地安监局 (L72), and a missing 政务公开 section. "
        "Tasks due 2023 regionally are either given no date or described as done in 2023 in the background. "
        "The 20244年 slip is meant only as deadline-invalid; a reviewer should not also call it later than task 104/105."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers), "distinct tasks", len({c['task'] for c in covers}))
