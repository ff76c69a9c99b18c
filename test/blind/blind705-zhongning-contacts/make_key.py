#!/usr/bin/env python3
# Builds key.json for blind case 705. Every line number is found from a unique
# substring of the final draft.txt (1-based) and asserted, never typed by hand.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(needle, text=None):
    hits = [i for i, l in enumerate(LINES, 1) if needle in l]
    assert len(hits) == 1, (needle, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (text, hits[0])
    return hits[0]


def e(rule, needle, text, why, **kw):
    d = {"rule": rule, "line": ln(needle, text), "text": text, "why": why}
    d.update(kw)
    return d


GARBLED = "深化数据高效共享".encode("utf-8").decode("gbk")

expect = [
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (gazette 2023年第10期); "
      "宁政办发 is the 政府办公厅 series, so the 文号 does not belong to the title"),
    e("deadline-later-than-baseline", "6.推进适老化改造", "2025年底",
      "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责), "
      "完成时限 2024年; the draft gives 2025年底前"),
    e("deadline-invalid", "1.健全组织机构。参照自治区做法", "6月31日",
      "2024年6月31日 does not exist (June has 30 days); the task itself is task 64, 完成时限 2025年, so the "
      "date is not later than the region, only impossible"),
    e("unknown-unit", "2.建设“智慧园区”", "经信局",
      "经信局 (经济和信息化局) is an old name; the county body is 工信商务局 (县工业信息化和商务局) in units.txt; "
      "经信局 is neither in units.txt nor a regional unit of the baseline"),
    e("garbled-text", "建立健全政务数据供需对接机制", GARBLED[:6],
      "the sub-item title 深化数据高效共享 arrives as UTF-8 bytes read as GBK (" + GARBLED + "); "
      "re-encoding as GBK and decoding as UTF-8 recovers it"),
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "section 三 has only 驱动数字经济发展 and 引领数字社会建设; nothing on 数据要素市场, 数据交易, "
            "数据运营, 市场准入/公平竞争 for data or 网络生态. The framework label on line "
            + str(ln("对标自治区“三个驱动")) + " names 三个驱动 but no content follows"},
    {"rule": "task-uncovered", "line": 0, "task": 12,
     "why": "task 12 (培育数据要素市场, 各市、县（区）配合) is the 数字生态 task meant for counties; left out with the pillar"},
]


def n(rule, needle, why, text=None):
    d = {"rule": rule, "line": ln(needle, text), "why": why}
    if text is not None:
        d["text"] = text
    return d


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
MP = "missing-pillar"

mustNotFlag = [
    # basis documents
    n(BM, "根据《国务院关于加强数字政府建设的指导意见》", "correct title and 文号 of the national 指导意见",
      "国发〔2022〕14号"),
    n(BM, "根据《国务院关于加强数字政府建设的指导意见》",
      "the parent city plan cited by title alone, as city plans often have no 文号; no parent plan is given for this case",
      "中卫市人民政府《关于加强数字政府建设的实施方案》"),
    n(BM, "自治区印发《宁夏回族自治区2020年", "retrospective mention of the 2020 工作要点 in the background section, "
      "with its correct 文号; it is not cited as a basis", "宁政办发〔2020〕14号"),
    n(BM, "中宁政办发〔2024〕21号", "the document's own 文号 in the 通知 header, not a cited basis", "中宁政办发〔2024〕21号"),
    # dates that are not deadlines
    n(DI, "2024年3月26日", "the issue date of the 通知, not a deadline", "2024年3月26日"),
    n(DI, "自治区印发《宁夏回族自治区2020年", "past dates in the background (2020, 2023) describe work already done", "2023年"),
    n(DI, "填报日期：2024年3月20日", "the date the contact list was compiled (a few days before the issue date), not a deadline",
      "2024年3月20日"),
    n(DL, "3.完善工作机制", "the office's own reporting dates (每季度末月25日前, 2024年12月10日前 年度总结), not task deadlines",
      "2024年12月10日"),
    n(DI, "8\t财政局\t王永年", "a telephone number (0955-5012025) whose last digits read like a year; and 王永年 is a person's name",
      "0955-5012025"),
    # deadlines equal to or earlier than the region
    n(DL, "到2024年底，全县电子政务外网", "2024 goals equal the regional deadlines of the same tasks: 48 (城域网 5级全覆盖, 2024年), "
      "50 (专网整合, 2024年), 86 (我的宁夏, 2024年), 104/105 (协同办公、宁政通, 2024年)", "2024年底"),
    n(DL, "到2025年，全县数字政府建设“34567”", "equal to the regional 主要目标 到2025年 “34567”体系框架全面成型", "2025年"),
    n(DL, "到2035年，与政府治理能力现代化", "equal to the regional goal 到2035年 数字政府全面建成", "2035年"),
    n(DL, "1.推动产业数字化", "task 2: 2023年启动，2024年取得明显成效; draft 2024年12月底前 is equal", "2024年12月底前"),
    n(DL, "2.建设“智慧园区”", "task 3: 持续推进，2025年取得明显成效; draft copies it", "2025年取得明显成效"),
    n(DL, "3.打造“中宁枸杞”数字品牌", "resembles task 71 (全链条数字化追溯, 2024年) and task 2 (2024年); draft 2024年12月底前 is equal",
      "2024年12月底前"),
    n(DL, "2.推进智慧教育", "task 7: 2023年形成试点经验，2025年取得明显成效; the completing milestone 2025 is equal", "2025年"),
    n(DL, "3.推进“互联网+医疗健康”", "task 8: 持续推进，2025年取得明显成效; draft 2025年6月底前 is earlier", "2025年6月底前"),
    n(DL, "6.推进“数字供销”建设", "task 11: 2023年完成主要建设任务，2025年取得明显成效; completing milestone 2025 equal", "2025年"),
    n(DI, "3.提升安全防护能力", "copied regional deadline of task 18 (2023年形成机制，长期坚持), before the plan's year but equal "
      "to the region and ongoing", "2023年形成机制"),
    n(DL, "1.推进政务云迁移", "tasks 43 (2024 年建成，持续推进) and 46 (2024年); draft 2024年12月底前 equal", "2024年12月底前"),
    n(DL, "2.升级电子政务外网", "tasks 47/48: 2024年; draft 2024年9月底前 is earlier", "2024年9月底前"),
    n(DL, "4.融合视频资源", "task 49: 2025年; equal", "2025年"),
    n(DL, "6.推进非税收入收缴电子化", "task 56: 2025年 (and 55: 2024年); draft 2024年12月底前 is earlier/equal", "2024年12月底前"),
    n(DL, "1.加强经济运行监测", "task 66: 2025年 (65: 2024年); draft 2024年12月底前 earlier/equal", "2024年12月底前"),
    n(DL, "4.提升基层治理能力", "task 83: 2025年; equal", "2025年"),
    n(DL, "2.深化“互联网+城乡供水”", "task 96: 2025年; equal", "2025年"),
    n(DL, "1.加强生态环境数字化监测", "tasks 94 (2024年) and 95 (2025年); draft 2024年 equal/earlier", "2024年"),
    n(DL, "2.推进基层减负", "task 106: 2025年; equal", "2025年"),
    n(DL, "3.整合视频会议资源", "task 107: 2025年; draft 2024年12月底前 is earlier", "2024年12月底前"),
    n(DL, "1.推广协同办公", "tasks 104/105: 2024年; draft 2024年6月底前 is earlier", "2024年6月底前"),
    n(DL, "（四）强化考核评价", "task 121: 长期坚持; equal (122/123 2023年完成，长期坚持 are ongoing too)", "长期坚持"),
    # units
    n(UU, "各乡镇人民政府，县直各部门（单位）：", "collective subjects in the 主送", "各乡镇人民政府"),
    n(UU, "3.推进监管系统对接", "collective subject, the local form of 承担监管职责的自治区有关部门（单位）",
      "承担监管职责的县直有关部门"),
    n(UU, "4.提升基层治理能力", "collective subject", "各村（社区）"),
    n(UU, "3.整合业务专网", "collective subject", "县直有关部门"),
    n(UU, "4.完善数字经济治理", "市场监管局 is the county's short name (县市场监督管理局) in units.txt, not a city body",
      "市场监管局"),
    n(UU, "1.推进公共服务数字化", "office short names without 县 (教体局、卫健局、人社局、文旅广电局、民政局), all aliases in units.txt",
      "文旅广电局"),
    n(UU, "1.加强生态环境数字化监测", "生态环境分局 = 中卫市生态环境局中宁分局, listed in units.txt", "生态环境分局"),
    n(UU, "3.推进“智慧应急”", "vertical bodies in the county listed in units.txt (中宁县气象局, 中宁县消防救援大队)", "消防救援大队"),
    n(UU, "6.推进非税收入收缴电子化", "税务局 = 国家税务总局中宁县税务局, in units.txt", "税务局"),
    n(UU, "3.打造“中宁枸杞”数字品牌", "县枸杞产业发展服务中心, in units.txt", "枸杞产业发展服务中心"),
    n(UU, "1.推进政务云迁移", "a regional body mentioned as the one whose deployment the county follows, not as the lead "
      "(the lead in the note is 大数据中心)", "自治区政府办公厅"),
    n(UU, "根据《国务院关于加强数字政府建设的指导意见》", "issuer of a cited document, not a responsible unit", "中卫市人民政府"),
    n(UU, "3.完善工作机制", "县数字政府建设领导小组办公室 is in units.txt", "县数字政府建设领导小组办公室"),
    # the contact annex
    n(UU, "14\t卫健局\t陈晨", "a liaison's post (信息中心主任), not a unit", "信息中心主任"),
    n(UU, "28\t园区管委会\t金鑫", "a post inside 园区管委会 (经济发展局副局长), not a separate unit", "经济发展局副局长"),
    n(UU, "12\t公安局\t何建东", "a post (科技信息化大队大队长), not a unit", "科技信息化大队大队长"),
    n(UU, "4\t县委编办\t周文斌", "a rank/post (四级主任科员), not a unit", "四级主任科员"),
    n(UU, "29\t宁安镇\t马军", "township listed in units.txt (宁安镇人民政府); 马军 is a person", "宁安镇"),
    n(UU, "30\t石空镇\t李海", "township listed in units.txt (石空镇人民政府); 李海 is a person", "石空镇"),
    n(UU, "填报日期：2024年3月20日", "the compiling body, in units.txt", "中宁县大数据中心"),
    n(UU, "24\t生态环境分局\t赵鹏", "annex unit column uses units.txt short names", "生态环境分局"),
    # pillars covered under other headings
    {"rule": MP, "line": 0, "pillar": "五个一",
     "why": "section 五 (健全组织体系) on line " + str(ln("五、健全组织体系")) + " carries the 组织机构 and 工作机制 content "
            "at county level (task 64) though not under the 五个一 heading"},
    {"rule": MP, "line": 0, "pillar": "六级贯通",
     "why": "line " + str(ln("2.厘清层级职责")) + " takes up 六级贯通 层级职责"},
    {"rule": MP, "line": 0, "pillar": "财政投入",
     "why": "line " + str(ln("（二）加大资金保障")) + " (加大资金保障) is the 财政投入 item under another name"},
]

cov = [
    (2, "1.推动产业数字化"), (3, "2.建设“智慧园区”"), (5, "4.完善数字经济治理"), (6, "1.推进公共服务数字化"),
    (7, "2.推进智慧教育"), (8, "3.推进“互联网+医疗健康”"), (9, "4.推进智慧城市建设"), (10, "5.推进数字乡村建设"),
    (11, "6.推进“数字供销”建设"), (14, "1.强化安全管理责任"), (15, "1.强化安全管理责任"), (17, "2.落实安全制度要求"),
    (18, "3.提升安全防护能力"), (20, "1.推动职能转变"), (21, "2.推进权力事项网上运行"), (23, "3.统一项目资源管理"),
    (28, "4.开展试点示范"), (30, "1.完善数据管理机制"), (32, "1.完善数据管理机制"), (36, "建立健全政务数据供需对接机制"),
    (33, "3.配合建设基础库和主题库"), (34, "3.配合建设基础库和主题库"), (41, "4.促进数据开发利用"), (42, "4.促进数据开发利用"),
    (40, "5.规范电子公文和电子档案管理"), (54, "5.规范电子公文和电子档案管理"), (43, "1.推进政务云迁移"),
    (47, "2.升级电子政务外网"), (48, "2.升级电子政务外网"), (50, "3.整合业务专网"), (49, "4.融合视频资源"),
    (53, "5.推广共性应用"), (56, "6.推进非税收入收缴电子化"), (57, "7.完善信用信息服务"), (58, "8.共享地理信息资源"),
    (64, "1.健全组织机构。参照自治区做法"), (66, "1.加强经济运行监测"), (70, "1.推进精准监管"), (71, "2.推进追溯监管"),
    (72, "3.推进监管系统对接"), (73, "3.推进监管系统对接"), (77, "1.提升矛盾纠纷化解能力"), (79, "2.深化“雪亮工程”"),
    (80, "3.推进“智慧应急”"), (83, "4.提升基层治理能力"), (84, "1.深化“一网通办”"), (86, "2.建好“我的宁夏”中宁专区"),
    (85, "3.推行便民服务方式"), (88, "4.优化涉企服务"), (89, "4.优化涉企服务"), (90, "5.推进公共场馆数字化"),
    (93, "6.推进适老化改造"), (94, "1.加强生态环境数字化监测"), (96, "2.深化“互联网+城乡供水”"), (97, "3.提升自然资源数字化管理水平"),
    (102, "4.推动绿色低碳转型"), (104, "1.推广协同办公"), (105, "1.推广协同办公"), (106, "2.推进基层减负"),
    (107, "3.整合视频会议资源"), (111, "4.提升机关事务管理水平"), (112, "1.完善政务公开平台"), (114, "2.构建政务新媒体矩阵"),
    (115, "3.畅通政民互动渠道"), (116, "（一）加强组织领导"), (24, "（二）加大资金保障"), (25, "（二）加大资金保障"),
    (118, "（三）提升数字素养"), (121, "（四）强化考核评价"), (122, "（四）强化考核评价"), (123, "（四）强化考核评价"),
]
covers = [{"task": t, "line": ln(s)} for t, s in cov]
assert len({c["task"] for c in covers}) == len(covers)

key = {
    "writer": "blind writer, round 705; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": sorted(covers, key=lambda c: (c["line"], c["task"])),
    "notes": (
        "中宁县 (under 中卫市) 2024 实施方案 issued by the county government office on 2024-03-26; body units are the "
        "office short forms without 县 (发改局、财政局、大数据中心…), all listed in units.txt. Responsibilities and deadlines "
        "are inline notes (牵头单位/配合单位/责任单位；完成时限) after each numbered item. Items matching regional tasks due "
        "2023 carry no 完成时限 on purpose, except line " + str(ln("3.提升安全防护能力")) + ", which copies task 18 verbatim. "
        "The annex (lines " + str(ln("序号\t单位")) + "–" + str(len(LINES)) + ") is a tab-separated table "
        "序号/单位/姓名/职务/联系电话 of fictitious liaisons and landline numbers, ending with the compiling date. "
        "Planted: wrong 文号 for the regional 实施意见, one late deadline (task 93), one impossible date (6月31日), one "
        "obsolete unit name (经信局), one mojibake sub-item title, and the 数字生态 pillar left out (with task 12)."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mustNotFlag), "covers", len(covers))
