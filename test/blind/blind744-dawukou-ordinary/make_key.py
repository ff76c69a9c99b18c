#!/usr/bin/env python3
# Writes key.json; every line number is looked up in draft.txt by a unique snippet.
import json, pathlib

here = pathlib.Path(__file__).parent
L = (here / "draft.txt").read_text(encoding="utf-8").split("\n")

def ln(snippet, text=None):
    hits = [i for i, l in enumerate(L, 1) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits[0])
    return hits[0]

def e(rule, snippet, text, why, **kw):
    d = {"rule": rule, "line": ln(snippet, text)}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

expect = [
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office series (宁政办发〔2020〕14号 is the 2020 工作要点), so the 文号 does not belong to the title"),
    e("unknown-unit", "2．推进产业数字化转型", "区经信局",
      "not in units.txt; the district's unit is 区工业信息化和商务局 (短称 区工信商务局, used correctly on the line above) - an old name copied from an earlier plan"),
    e("deadline-later-than-baseline", "37．推进适老化和信息无障碍建设", "2025年12月底前",
      "task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 各市、县（区）按照职能分别负责) has 完成时限 2024年; the district gives end of 2025"),
    e("deadline-invalid", "18\t协同办公平台和“宁政通”", "9月31日",
      "September has 30 days: 2024年9月31日 is an impossible date (the body, item 42, says 2024年9月底前; tasks 104/105 are due 2024年, so the year itself is fine)"),
    e("garbled-text", "17．深化数据高效共享", "鎺ㄥ姩鏁版嵁",
      "UTF-8 bytes read as GBK: 鎺ㄥ姩鏁版嵁鎸夐渶鍥炴祦 re-encoded as GBK and decoded as UTF-8 gives 推动数据按需回流"),
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "the framework (line %d) and the heading of part 五 promise 七个能力, but part 五 has only six subsections: 经济调节, 市场监管, 社会管理, 公共服务, 生态环境保护, 政务运行; nothing on 政府信息公开, 政策文件库, 政务新媒体 or 政民互动 appears anywhere in the draft" % ln("整体构建“三个驱动、四大支撑、一套体系、七个能力”")},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "政务公开信息化平台/网上发布为主 - 各市、县（区）分别负责, 2024年; dropped with the 政务公开 subsection"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务新媒体矩阵 and 政策解读产品 - 各市、县（区）分别负责, 2024年; dropped with the 政务公开 subsection"},
]

def m(rule, snippet, why, text=None):
    d = {"rule": rule, "line": ln(snippet, text)}
    if text is not None:
        d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
UU = "unknown-unit"
mustNotFlag = [
    m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》",
      "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"),
    m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》",
      "the city's plan cited by title alone with its issuing government, the usual form for a parent plan without a 文号; no parent is given for this case",
      "石嘴山市人民政府《关于加强数字政府建设的实施方案》"),
    m("basis-mismatch", "2020年以来，我区按照",
      "retrospective mention of the 2020 工作要点 in the 工作基础 paragraph, not a basis of this plan; title and 文号 are both right",
      "宁政办发〔2020〕14号"),
    m("deadline-invalid", "2020年以来，我区按照",
      "past dates in the background (what was done since 2020 and in 2023), not deadlines", "2023年"),
    m("deadline-invalid", "石嘴山市大武口区人民政府办公室 2024年3月28日印发",
      "the office's own 印发 date, same as the signing date", "2024年3月28日"),
    m(DL, "到2024年底，区级政务信息系统全部向政务信创云迁移",
      "2024 goals: 信创云迁移 (task 43, 2024年建成), 外网村级全覆盖 (task 48, 2024年), 一网通办 (task 84, 2024年), 宁政通 three levels (task 105, 2024年) - all equal", "2024年底"),
    m(DL, "到2025年，全区数字政府建设体系框架全面成型",
      "equal to the regional goal 到2025年…体系框架全面成型 (全区 here means the district)", "2025年"),
    m(DL, "到2035年，与政府治理能力现代化相适应",
      "equal to the regional 2035 goal", "2035年"),
    m(DL, "1．推进“智慧园区”建设",
      "task 3: 持续推进，2025年取得明显成效 - equal", "2025年底前"),
    m(DL, "2．推进产业数字化转型",
      "task 2: 2023年启动，2024年取得明显成效 - equal", "2024年底前"),
    m(DL, "4．推动公共服务数字化",
      "task 6: 持续推进，2025年取得明显成效; task 7: 2023年形成试点经验，2025年取得明显成效 - completing milestone equal"),
    m(DL, "5．加快智慧城市建设",
      "task 9: 持续推进，2025年取得明显成效 - platform by 2024, effect by 2025, not later"),
    m(DL, "7．培育数据要素市场",
      "task 12: 2025年 - equal", "2025年底前"),
    m(DL, "11．提高自主可控水平",
      "task 43: 2024年建成，持续推进 (task 19: 2023年启动，2024年建成) - equal", "2024年12月底前"),
    m(DL, "12．推动行政权力事项网上运行",
      "task 21: 2024年 - equal (task 22, 审管协同: 2025年 - earlier)", "2024年12月底前"),
    m(DL, "15．开展试点示范",
      "task 28: 2023年启动，2025年取得明显成效 - equal", "2025年"),
    m(DL, "18．推进公共数据开放利用",
      "tasks 41 and 42: 2024年 - earlier", "2024年11月底前"),
    m(DL, "20．提升网络平台支撑能力",
      "tasks 47, 48, 50: 2024年 - earlier", "2024年10月底前"),
    m(DL, "21．推进视频资源共享",
      "task 49: 2025年 - earlier", "2025年6月底前"),
    m(DL, "22．推广共性应用",
      "task 52 (电子证照社会化场景) and task 56 (非税收入收缴电子化): 2025年 - equal", "2025年12月底前"),
    m(DL, "23．健全组织机构",
      "task 64 (各地各部门成立相应的组织机构): 2025年 - earlier", "2024年6月底前"),
    m(DL, "32．提高基层社会治理能力",
      "task 83: 2025年 - earlier", "2025年6月底前"),
    m(DL, "42．提升行政执行能力",
      "tasks 104 and 105: 2024年 - earlier", "2024年9月底前"),
    m(DL, "43．推动基层减负",
      "task 106: 2025年 - earlier", "2025年6月底前"),
    m(DL, "44．统筹视频会议和机关事务管理",
      "tasks 107 and 111: 2025年 - equal", "2025年12月底前"),
    m(DL, "20\t整合区级统计报表",
      "table row for task 106 (2025年) - earlier", "2025年6月底前"),
    m(DL, "1\t健全区数字政府建设组织机构",
      "table row for task 64 (2025年) - earlier", "2024年6月底前"),
    m(DL, "3\t完成城域网升级改造",
      "table row for task 48 (2024年) - earlier", "2024年10月底前"),
    m(DL, "6\t建成区级城市运行管理服务平台",
      "table row for task 9 (持续推进，2025年取得明显成效) - earlier", "2024年12月底前"),
    m(DL, "21\t整合非涉密视频会议系统资源",
      "table row for task 107 (2025年) - equal", "2025年12月底前"),
    m(DL, "22\t“互联网+城乡供水”数字化改造",
      "table row for task 96 (2025年) - equal", "2025年12月底前"),
    m(DL, "（六）做好调度报送",
      "the office's own reporting dates (quarterly and 2024年12月10日 summary), not task deadlines", "2024年12月10日"),
    m("deadline-invalid", "10．提升安全防护能力",
      "每年至少组织1次 is a frequency, not a date", "每年至少组织1次"),
    m(UU, "1．推进“智慧园区”建设",
      "区工信商务局 is the registered short name; 区发改局、财政局、应急局 takes the 区 prefix: 区财政局, 区应急局 (短称 of 区应急管理局)", "区工信商务局"),
    m(UU, "3．完善数字经济治理体系",
      "大武口公安分局 is the registered short name of 石嘴山市公安局大武口区分局", "大武口公安分局"),
    m(UU, "6．推进数字乡村和智慧社区建设",
      "星海镇人民政府 and 长胜街道办事处 are in units.txt; 区农水局 is the short name of 区农业农村和水务局", "长胜街道办事处"),
    m(UU, "7．培育数据要素市场",
      "区工信商务局、大数据中心: prefix distributes, 区大数据中心 is the short name of 区大数据服务中心", "大数据中心"),
    m(UU, "9．压实安全管理责任",
      "collective subjects 区直各部门（单位）、各街道办事处", "区直各部门（单位）"),
    m(UU, "8．营造安全清朗的网络环境",
      "collective subject 区直有关部门", "区直有关部门"),
    m(UU, "20．提升网络平台支撑能力",
      "各基础电信企业 is a collective subject (各…), cooperating only", "各基础电信企业"),
    m(UU, "25．完善工作机制",
      "区数字政府建设领导小组办公室 is in units.txt (the leading group's office, seated in 区政府办公室)", "区数字政府建设领导小组办公室"),
    m(UU, "（三）提升数字素养",
      "区委组织部、宣传部: the 区委 prefix distributes to 区委宣传部; 区委党校 and 区人社局 are registered", "宣传部"),
    m(UU, "40．推动绿色低碳转型",
      "大武口生态环境分局 and 大武口自然资源分局 are registered short names of the city bureaus' district branches", "大武口自然资源分局"),
    m(UU, "注：责任单位有多个的，排在第一位的为牵头单位",
      "the table's own note: the first unit of each cell leads, so cells without 牵头 still have a local lead"),
    m(UU, "抄送：区委办公室",
      "抄送 recipients, all in units.txt; not responsible units", "区人大常委会办公室"),
    m(UU, "17．深化数据高效共享",
      "自治区政务数据平台 is a platform the district uses, not a responsible unit", "自治区政务数据平台"),
    m("missing-pillar", "四、健全“一套体系”",
      "五个一 and 六级贯通 are folded into 一套体系 (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), as in the 吴忠 plan"),
    m("missing-pillar", "（一）加强组织领导",
      "the 党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) are all in part 六 保障措施, which opens with 坚持党对数字政府建设工作的全面领导"),
    m("missing-pillar", "7．培育数据要素市场",
      "数字生态 is covered by items 7 (数据要素市场) and 8 (网络生态)"),
    m("garbled-text", "——坚持统筹集约",
      "—— list markers are ordinary punctuation, not mojibake", "——"),
]

covers = []
def c(task, snippet):
    covers.append({"task": task, "line": ln(snippet)})

for t, s in [
    (3, "1．推进“智慧园区”建设"), (2, "2．推进产业数字化转型"), (5, "3．完善数字经济治理体系"),
    (6, "4．推动公共服务数字化"), (7, "4．推动公共服务数字化"), (9, "5．加快智慧城市建设"),
    (10, "6．推进数字乡村和智慧社区建设"), (12, "7．培育数据要素市场"),
    (14, "9．压实安全管理责任"), (15, "9．压实安全管理责任"), (17, "10．提升安全防护能力"),
    (18, "10．提升安全防护能力"), (43, "11．提高自主可控水平"), (21, "12．推动行政权力事项网上运行"),
    (24, "13．规范政务信息化项目管理"), (28, "15．开展试点示范"), (30, "16．完善数据管理机制"),
    (31, "16．完善数据管理机制"), (32, "16．完善数据管理机制"),
    (41, "18．推进公共数据开放利用"), (42, "18．推进公共数据开放利用"),
    (40, "19．强化电子公文和电子档案管理"), (54, "19．强化电子公文和电子档案管理"),
    (47, "20．提升网络平台支撑能力"), (48, "20．提升网络平台支撑能力"), (50, "20．提升网络平台支撑能力"),
    (49, "21．推进视频资源共享"), (52, "22．推广共性应用"), (56, "22．推广共性应用"),
    (64, "23．健全组织机构"), (65, "26．加强经济运行监测分析"), (66, "26．加强经济运行监测分析"),
    (70, "27．推进精准监管"), (71, "28．推进智慧监管"), (73, "28．推进智慧监管"),
    (77, "29．提升矛盾纠纷化解能力"), (79, "30．提升社会治安防控能力"), (80, "31．提升公共安全保障能力"),
    (83, "32．提高基层社会治理能力"), (84, "33．深化“一网通办”"), (86, "34．做优“我的宁夏”大武口专区"),
    (88, "35．提供优质便利的涉企服务"), (89, "35．提供优质便利的涉企服务"), (90, "36．推进公共场馆数字化"),
    (93, "37．推进适老化和信息无障碍建设"), (94, "38．提升生态环境数字化监测能力"),
    (96, "39．提高自然资源利用效率"), (102, "40．推动绿色低碳转型"), (103, "41．提升辅助决策能力"),
    (104, "42．提升行政执行能力"), (105, "42．提升行政执行能力"), (106, "43．推动基层减负"),
    (107, "44．统筹视频会议和机关事务管理"), (111, "44．统筹视频会议和机关事务管理"),
    (116, "（一）加强组织领导"), (25, "（二）加大财政投入"), (117, "（三）提升数字素养"),
    (118, "（三）提升数字素养"), (122, "（四）强化考核评价"), (123, "（四）强化考核评价"),
    (124, "（四）强化考核评价"),
]:
    c(t, s)

key = {
    "writer": "blind writer, round 744; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": covers,
    "notes": (
        "大武口区 (石嘴山市) district plan issued 2024-03-28 by the district government office (石大政办发〔2024〕12号). "
        "No parent plan is supplied: the 石嘴山 plan is cited by title only. Tasks whose regional deadline is 2023 are taken up "
        "without a 完成时限 (items 9, 10, 13, 16 and 保障措施) on purpose, so no 2024 date sits against a 2023 deadline. "
        "Item 17 (line with the mojibake) has no deadline. Tasks 113 and 115 (政务公开, 各市、县（区）配合) are also not taken up; "
        "only the 分别负责 tasks 112 and 114 are listed as task-uncovered. draft.txt is produced by build.py; key.json by make_key.py."
    ),
}
(here / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(expect), "expect,", len(mustNotFlag), "mustNotFlag,", len(covers), "covers")
