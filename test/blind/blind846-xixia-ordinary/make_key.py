#!/usr/bin/python3
# Writes key.json for blind case 846; every line number is looked up in draft.txt
# by a marker string, and the script stops if a marker is missing or ambiguous.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "draft.txt"), encoding="utf-8") as f:
    LINES = f.read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(marker, text=None):
    """1-based line of the only line containing marker (and text, if given)."""
    hits = [i + 1 for i, l in enumerate(LINES) if marker in l and (text is None or text in l)]
    if len(hits) != 1:
        raise SystemExit("marker %r / %r -> %r" % (marker, text, hits))
    return hits[0]


def has(line, text):
    if text not in LINES[line - 1]:
        raise SystemExit("line %d lacks %r" % (line, text))
    return line


expect = [
    {"rule": "basis-mismatch", "line": has(ln("《自治区人民政府关于加强数字政府建设的实施意见》"), "宁政办发〔2023〕17号"),
     "text": "宁政办发〔2023〕17号",
     "why": "the 实施意见 cited by its exact title is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office's series, a wrong 文号 for this title"},
    {"rule": "deadline-later-than-baseline", "line": ln("推广“宁政通”移动办公“总门户”，实现区", "2025年6月底前"),
     "text": "2025年6月底前",
     "why": "task-table row 36 (宁政通 移动办公总门户) takes up task 105, 完成时限 2024年; the draft's own body line for it says 2024年底前"},
    {"rule": "deadline-later-than-baseline", "line": ln("持续提升政府信息公开水平。", "2025年底前"),
     "text": "2025年底前",
     "why": "inline note on the 政务公开 paragraph (信息公开平台, 政务新媒体矩阵, 政民互动); tasks 112, 114, 115 all have 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": ln("推动区级电子政务外网升级改造", "2024年6月31日前"),
     "text": "6月31日",
     "why": "impossible date 2024年6月31日 (June has 30 days) in task-table row 12; the row takes up task 47, 完成时限 2024年, so it is not later than the baseline"},
    {"rule": "unknown-unit", "line": ln("编制本区公共数据开放目录", "区大数据局"),
     "text": "区大数据局",
     "why": "lead unit of task-table row 9 is not in units.txt; the district body is 区大数据管理服务中心 (short name 区大数据中心), as the body line for the same measure says; 区大数据局 copies the city's 市大数据局 pattern"},
    {"rule": "garbled-text", "line": ln("鏀垮姟鏈嶅姟"),
     "text": "鏀垮姟鏈嶅姟",
     "why": "UTF-8 bytes of 政务服务线上线下 read as GBK (鏀垮姟鏈嶅姟绾夸笂绾夸笅); re-encoding as GBK and decoding as UTF-8 recovers it"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        has(line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

L9 = ln("《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）")
nm("basis-mismatch", L9, "correct citation of the national 指导意见 with its own 文号", "国发〔2022〕14号")
nm("basis-mismatch", L9, "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, exactly as the 吴忠 plan cites it; an office (办发) number is right for this title", "宁政办发〔2023〕11号")
nm("basis-mismatch", L9, "the city's requirements are cited generically (银川市…有关部署要求), with no title or 文号 to mismatch; no parent plan is supplied", "银川市加强数字政府建设有关部署要求")
nm("basis-mismatch", ln("（宁政办发〔2020〕14号）以来"), "retrospective mention of the 2020 工作要点 in the 工作基础 background, not a basis of this plan; title and 文号 match", "宁政办发〔2020〕14号")
nm("basis-mismatch", ln("西政办发〔2024〕9号"), "the notice's own 文号, not a cited document", "西政办发〔2024〕9号")
nm("deadline-invalid", ln("（宁政办发〔2020〕14号）以来"), "past dates in the background (2023年 achievements, 截至2023年底 statistic) are not deadlines, so not 'before the issuing year'", "截至2023年底")
nm("deadline-invalid", ln("2024年3月18日"), "the notice's issuing date, not a deadline", "2024年3月18日")
nm("deadline-later-than-baseline", ln("到2024年底，区、镇（街道）"), "2024 goals equal the 2024 deadlines of tasks 48 (外网 5级全覆盖, 2024年), 86 (我的宁夏, 2024年), 105 (宁政通, 2024年) and 41 (公共数据开放目录, 2024年)", "到2024年底")
nm("deadline-later-than-baseline", ln("到2025年，我区数字政府建设体系框架全面成型"), "same year as the regional 主要目标 到2025年 …体系框架全面成型", "到2025年")
nm("deadline-later-than-baseline", ln("到2035年，与政府治理能力现代化"), "same year as the regional 到2035年 goal", "到2035年")
nm("deadline-later-than-baseline", ln("1.推进“智慧园区”建设。"), "task 3 完成时限 持续推进，2025年取得明显成效 — copied exactly", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", ln("1.推进公共服务数字化。"), "tasks 6 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效): the completing milestone 2025 is equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", ln("2.深化“互联网+医疗健康”应用。"), "task 8 完成时限 持续推进，2025年取得明显成效; 2025年 is equal", "2025年")
nm("deadline-later-than-baseline", ln("3.开展试点示范。"), "task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal, the start year 2024 is simply the plan's own year", "2024年启动，2025年取得明显成效")
nm("deadline-later-than-baseline", ln("1.用好政务信创云。"), "tasks 46 (2024年) and 43 (2024 年建成，持续推进): 2024年9月底前 is earlier", "2024年9月底前")
nm("deadline-later-than-baseline", ln("推进学校、医疗机构等非税收入收缴电子化全覆盖"), "task 56 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
nm("deadline-later-than-baseline", ln("成立相应工作机构，健全工作体制机制"), "task 64 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", ln("（一）健全组织机构。发挥区推进数字政府建设领导小组"), "takes up task 64 (各市、县（区）成立相应组织机构, 2025年); 2024年6月底前 is earlier. Task 60 (充实自治区领导小组成员, 2023年) is a regional-only task for 自治区政府办公厅, not this district measure", "2024年6月底前")
nm("deadline-later-than-baseline", ln("对食品药品、特种设备、危化品等重点领域实行数字化追溯监管"), "task 71 完成时限 2024年; 2024年10月底前 is earlier", "2024年10月底前")
nm("deadline-later-than-baseline", ln("推进非涉密业务专网向电子政务外网整合迁移", "2024 年底前"), "task 50 完成时限 2024年; '2024 年底前' (with a space) is equal", "2024 年底前")
nm("deadline-later-than-baseline", ln("2.用好“我的宁夏”西夏专区。"), "tasks 86 and 90 完成时限 2024年; 2024年6月底前 is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", ln("2.提升行政执行能力。"), "tasks 104 and 105 完成时限 2024年; 2024年底前 is equal (the late slip is only in table row 36)", "2024年底前")
nm("deadline-later-than-baseline", ln("3.推进基层减负和视频会议整合。"), "tasks 106 and 107 完成时限 2025年; 2025年 is equal", "2025年")
nm("deadline-later-than-baseline", ln("4.提升行政监督水平。"), "task 109 (2024年) and task 108 (长期推进，2024年取得明显成效); 2024年底前 is equal", "2024年底前")
nm("deadline-later-than-baseline", ln("各牵头单位要细化工作措施"), "the office's own reporting dates (每季度末月25日前, 2024年12月10日前 annual summary), not task deadlines; cf. task 124 (2023年形成机制，长期坚持)", "2024年12月10日前")
nm("unknown-unit", ln("各镇人民政府、各街道办事处，区直各部门（单位）："), "addressees are collective subjects (各镇人民政府, 各街道办事处, 区直各部门（单位）), not responsible units", "各镇人民政府")
nm("unknown-unit", ln("3.加快智慧城市建设。"), "collective subject 各街道办事处", "各街道办事处")
nm("unknown-unit", ln("推动电子政务外网向村（社区）延伸，实现区", "各镇（街道），各村（社区）"), "collective subjects 各镇（街道） and 各村（社区）", "各镇（街道），各村（社区）")
nm("unknown-unit", ln("3.推进公共数据开放利用。"), "collective subject 区直有关部门（单位）", "区直有关部门（单位）")
nm("unknown-unit", ln("4.拓展公平普惠的民生服务。"), "collective subject 区直各部门（单位）按照职能分别负责", "区直各部门（单位）")
nm("unknown-unit", ln("2.加强政务信息化项目统筹管理。"), "prefix distributes: 区发展改革局、财政局 = 区发展改革局 + 区财政局, both in units.txt", "区发展改革局、财政局")
nm("unknown-unit", ln("1.参与数据要素市场培育。"), "区发改局, 区工信局, 区科技局 are short names listed in units.txt", "区发改局")
nm("unknown-unit", ln("2.提升社会治安防控能力。"), "西夏公安分局 is a listed short name of 银川市公安局西夏区分局", "西夏公安分局")
nm("unknown-unit", ln("2.提高自然资源利用效率。"), "自然资源西夏分局 is the listed short name of 银川市自然资源局西夏分局 (a city branch the district registry carries)", "自然资源西夏分局")
nm("unknown-unit", ln("1.加强生态环境数字化监测。"), "生态环境西夏分局 is the listed short name of 银川市生态环境局西夏分局", "生态环境西夏分局")
nm("unknown-unit", ln("3.推进公共数据开放利用。"), "区大数据中心 is the listed short name of 区大数据管理服务中心 (contrast the slip 区大数据局 in table row 9)", "区大数据中心")
nm("unknown-unit", ln("4.推进数字乡村建设。"), "镇北堡镇人民政府 and 兴泾镇人民政府 are listed in units.txt", "镇北堡镇人民政府")
nm("unknown-unit", ln("3.提升公共安全保障能力。"), "西夏区消防救援大队 and 区卫健局 are listed in units.txt", "西夏区消防救援大队")
nm("unknown-unit", ln("（三）提升数字素养。"), "区委党校 is listed; 宁夏大学 appears in prose only and is a unit of the baseline registry (task 119)", "宁夏大学")
nm("unknown-unit", ln("（一）加强组织领导。区委、区政府"), "区委、区政府 and 区推进数字政府建设领导小组 appear in prose, not in a responsible-unit note", "区委、区政府")
nm("missing-pillar", ln("六、保障措施"), "the last part is headed 保障措施 but takes up all four 党的领导 items by content: 组织领导, 资金保障 (财政投入), 数字素养, 考核评价", None)
nm("missing-pillar", ln("四、健全工作体系，推进数字政府一体化建设"), "五个一 and 六级贯通 are taken up by 健全组织机构 / 厘清层级职责 / 完善工作机制", None)
nm("missing-pillar", ln("（三）营造良好数字生态"), "数字生态 has its own sub-part (数据要素市场, 网络生态)", None)

covers_pairs = [
    (3, "1.推进“智慧园区”建设。"), (5, "2.完善数字经济治理。"), (6, "1.推进公共服务数字化。"),
    (7, "1.推进公共服务数字化。"), (8, "2.深化“互联网+医疗健康”应用。"), (9, "3.加快智慧城市建设。"),
    (10, "4.推进数字乡村建设。"), (12, "1.参与数据要素市场培育。"), (14, "1.压实安全管理责任。"),
    (15, "1.压实安全管理责任。"), (17, "2.提升安全防护能力。"), (18, "2.提升安全防护能力。"),
    (21, "1.推动行政权力事项网上运行。"), (22, "1.推动行政权力事项网上运行。"),
    (24, "2.加强政务信息化项目统筹管理。"), (28, "3.开展试点示范。"), (30, "1.健全数据管理机制。"),
    (32, "1.健全数据管理机制。"), (36, "2.深化数据共享回流。"), (40, "4.规范电子公文和电子档案管理。"),
    (41, "3.推进公共数据开放利用。"), (42, "3.推进公共数据开放利用。"), (43, "1.用好政务信创云。"),
    (46, "1.用好政务信创云。"), (47, "2.提升电子政务外网支撑能力。"), (48, "2.提升电子政务外网支撑能力。"),
    (50, "2.提升电子政务外网支撑能力。"), (49, "3.整合视频资源。"), (53, "4.推广共性应用。"),
    (55, "4.推广共性应用。"), (56, "4.推广共性应用。"), (54, "4.规范电子公文和电子档案管理。"),
    (57, "5.深化信用信息应用。"), (64, "（一）健全组织机构。"), (65, "1.加强经济运行监测分析。"),
    (66, "1.加强经济运行监测分析。"), (70, "1.推进信用风险分类监管。"), (71, "2.强化重点领域追溯监管。"),
    (74, "3.提升监管智能化水平。"), (75, "3.提升监管智能化水平。"), (77, "1.提升矛盾纠纷化解能力。"),
    (79, "2.提升社会治安防控能力。"), (80, "3.提升公共安全保障能力。"), (83, "4.提高基层社会治理能力。"),
    (84, "1.打造泛在可及的服务体系。"), (86, "2.用好“我的宁夏”西夏专区。"), (90, "2.用好“我的宁夏”西夏专区。"),
    (88, "3.提供优质便利的涉企服务。"), (89, "3.提供优质便利的涉企服务。"), (93, "4.拓展公平普惠的民生服务。"),
    (94, "1.加强生态环境数字化监测。"), (96, "2.提高自然资源利用效率。"), (97, "2.提高自然资源利用效率。"),
    (102, "3.推动绿色低碳转型。"), (103, "1.提升辅助决策能力。"), (104, "2.提升行政执行能力。"),
    (105, "2.提升行政执行能力。"), (106, "3.推进基层减负和视频会议整合。"), (107, "3.推进基层减负和视频会议整合。"),
    (108, "4.提升行政监督水平。"), (109, "4.提升行政监督水平。"), (111, "5.提升机关事务管理水平。"),
    (112, "持续提升政府信息公开水平。"), (114, "持续提升政府信息公开水平。"), (115, "持续提升政府信息公开水平。"),
    (116, "（一）加强组织领导。"), (25, "（二）加大资金保障。"), (118, "（三）提升数字素养。"),
    (120, "（三）提升数字素养。"), (121, "（四）强化考核评价。"), (122, "（四）强化考核评价。"),
    (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = sorted(({"task": t, "line": ln(m)} for t, m in covers_pairs), key=lambda c: (c["task"], c["line"]))
assert len({c["task"] for c in covers}) == len(covers)

key = {
    "writer": "blind writer, round 846; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("西夏区 (银川市) 2024 annual 实施方案, issued 2024-03-18 by the district government office; no parent plan is supplied. "
              "Body measures carry inline notes (牵头单位/配合单位/完成时限); the attachment is a 40-row tab-separated task table. "
              "Measures that take up regional tasks due 2023 (14, 15, 17, 18, 24, 25, 30, 32, 36, 116, 118, 121-124) deliberately carry no date. "
              "Six planted slips: a wrong 文号 for the regional 实施意见 (line 9), a late table deadline (宁政通, row 36), a late inline note (政务公开 paragraph), "
              "an impossible date 2024年6月31日 (table row 12), an unknown unit 区大数据局 (table row 9) and one mojibake run (UTF-8 read as GBK). "
              "No task is left out on purpose, so expect holds no task-uncovered entry; tasks such as 85, 87, 92 are simply not taken up. "
              "No pillar is missing. Contestable readings: line 44 (2024年启动 vs task 28's 2023年启动) and line 29 (task 7's 2023 milestone) are judged by the completing milestone 2025, per DOMAIN.md."),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers))
for e in expect:
    print(e["rule"], e["line"], e["text"])
