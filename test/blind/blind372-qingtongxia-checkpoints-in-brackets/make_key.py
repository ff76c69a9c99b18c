#!/usr/bin/python3
# Writes key.json. Every line number is found in draft.txt by a unique anchor and every
# `text` is asserted to occur on that line, so the key cannot drift from the draft.
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
    """line of task-list row n (first cell is the row number)"""
    hits = [i + 1 for i, l in enumerate(LINES) if l.split("\t")[0] == str(n) and l.count("\t") == 4]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def e(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        if line:
            assert text in LINES[line - 1], (rule, line, text)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


expect = [
    e("basis-mismatch", ln("《自治区人民政府关于加强数字政府建设的实施意见》"), "宁政办发〔2023〕17号",
      "the regional 实施意见 is 宁政发〔2023〕17号 (自治区人民政府文件), not a 宁政办发 number; the slip copies the 宁政办发 prefix of the 1244+N citation beside it"),
    e("deadline-later-than-baseline", ln("到2026年"), "2026年",
      "主要目标: '“1347”体系框架全面成型' by 2026; the region's goal is 到2025年 '“34567”体系框架全面成型' (宁政发〔2023〕17号 主要目标) and the parent 吴忠 plan's is 到2025年 '“1347”体系框架全面成型'"),
    e("deadline-later-than-baseline", row(14), "2025年3月31日",
      "row 14 (公共数据开放清单, 分类分级开放公共数据) is regional task 41, 完成时限 2024年; 2025-03-31 is later"),
    e("deadline-invalid", row(15), "6月31日",
      "checkpoint inside the bracket of row 15: June has 30 days, 6月31日 does not exist (final date 2024年底前 is itself fine, task 46 = 2024年)"),
    e("deadline-later-than-baseline", row(16), "2025年6月底",
      "row 16 (电子政务外网升级改造, 骨干网扩容) is regional task 47, 完成时限 2024年; the final date 2025年6月底前 is later even though its bracketed checkpoint 2024年底前 is on time"),
    e("unknown-unit", row(32), "市数据局",
      "no 市数据局 in 青铜峡's registry (units.txt); the city's data body is 市大数据服务中心"),
    e("garbled-text", ln("鏁版嵁"), "娣卞寲鏁版嵁",
      "sub-item title 深化数据共享应用 as UTF-8 bytes read as GBK (娣卞寲鏁版嵁鍏变韩搴旂敤)"),
    e("task-uncovered", 0, None,
      "regional task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 自治区各部门及各市、县（区）按照职能分别负责, 2024年) is deliberately left out: no 适老化/信息无障碍/老年人、残疾人 content anywhere",
      task=93),
]

M = []
def m(rule, line, why, text=None, **kw):
    M.append(e(rule, line, text, why, **kw))

# basis documents
m("basis-mismatch", ln("关于印发《青铜峡市数字政府建设实施方案》的通知"), "the document's own title in its 印发 notice, not a basis citation", "《青铜峡市数字政府建设实施方案》")
m("basis-mismatch", ln("青政办发〔2024〕9号"), "the document's own 文号", "青政办发〔2024〕9号")
m("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", ln("1244+N"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so by the parent 吴忠 plan; a different document from the 实施意见", "宁政办发〔2023〕11号")
m("basis-mismatch", ln("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "the parent city plan cited by title alone, title correct (加强, 实施方案)", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the 工作基础 background, not cited as a basis", "宁政办发〔2020〕14号")
# dates in the background and the office's own dates
m("deadline-invalid", ln("2024年3月20日"), "the notice's issue date", "2024年3月20日")
m("deadline-invalid", ln("截至2023年底"), "past dates in the 工作基础 background (截至2023年底, 2023年建成…一期), not deadlines", "2023年底")
m("deadline-later-than-baseline", ln("截至2023年底"), "background facts, not deadlines", "2023年")
m("deadline-later-than-baseline", ln("2024年12月20日前报送"), "the office's own reporting dates (每季度末月25日前, 2024年12月20日前, 2025年1月底前 evaluation report), not task deadlines", "2025年1月底")
m("deadline-invalid", ln("2024年12月20日前报送"), "每季度末月25日 is a recurring reporting day, not an impossible date", "25日")
# 主要目标
m("deadline-later-than-baseline", ln("到2024年底"), "2024 goals (外网镇村全覆盖, 系统迁移上云, 我的宁夏专区高频事项) equal tasks 48, 46, 86, all 完成时限 2024年; no regional goal of 2023 is restated", "2024年底")
m("deadline-later-than-baseline", ln("到2035年"), "equal to the regional 到2035年 goal (数字政府全面建成)", "2035年")
# task-list rows: equal or earlier deadlines, checkpoints, percentages
m("deadline-later-than-baseline", row(1), "task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年; 2024年6月底 is earlier", "2024年6月底")
m("deadline-later-than-baseline", row(2), "task 2 (产业云), 2023年启动，2024年取得明显成效; 2024年底 equal", "2024年底")
m("deadline-later-than-baseline", row(3), "task 3 (智慧园区), 持续推进，2025年取得明显成效; final 2025年底 equal, bracketed checkpoint 2024年底 earlier", "2025年底")
m("deadline-later-than-baseline", row(4), "task 7 (智慧教育平台), 2023年形成试点经验，2025年取得明显成效; the completing milestone 2025 is equal", "2025年底")
m("deadline-later-than-baseline", row(5), "task 8 (互联网+医疗健康), 持续推进，2025年取得明显成效; 2025年6月底 earlier", "2025年6月底")
m("deadline-later-than-baseline", row(8), "task 11 (数字供销), 2023年完成主要建设任务，2025年取得明显成效; the row deepens (深化) an existing 示范区, 2025 equals the completing milestone", "2025年底")
m("deadline-later-than-baseline", row(11), "task 23 (数字资源“一本账”), 2024年; 2024年12月31日 is the last day of 2024, equal", "2024年12月31日")
m("deadline-later-than-baseline", row(13), "task 42 (公共数据与政务数据融合), 2024年; final equal, checkpoint 6月底 before the final date", "2024年底")
m("deadline-later-than-baseline", row(15), "task 46 (政务云迁移), 2024年; the final date 2024年底前 is equal (only the checkpoint 6月31日 is wrong, see expect)", "2024年底")
m("deadline-later-than-baseline", row(17), "task 48 (城域网, 区市县乡村5级全覆盖), 2024年; final equal, checkpoint 9月底 before it", "2024年底")
m("deadline-later-than-baseline", row(19), "task 49 (视频共享平台), 2025年; final equal, checkpoint 2024年底 earlier", "2025年底")
m("deadline-later-than-baseline", row(20), "task 52 (电子证照社会化场景), 2025年; 2025年6月底 earlier", "2025年6月底")
m("deadline-later-than-baseline", row(21), "tasks 54/40 (电子文件归档, 电子档案), 2024年; final equal, percentages in the bracket are progress targets, not dates", "2024年底")
m("deadline-invalid", row(21), "50% and 80% are progress percentages; 6月底 and 9月底 of 2024 are valid checkpoints after the issue date", "50%")
m("deadline-later-than-baseline", row(22), "task 56 (非税收入电子化), 2025年; final equal, checkpoint earlier", "2025年底")
m("deadline-later-than-baseline", row(24), "task 66 (经济运行大数据平台), 2025年; final equal, checkpoint 2024年9月底 earlier", "2025年底")
m("deadline-later-than-baseline", row(25), "task 71 (重点领域追溯监管), 2024年; 2024年12月31日 equal", "2024年12月31日")
m("deadline-later-than-baseline", row(28), "task 79 (雪亮工程), 2024年; 2024年10月31日 earlier", "2024年10月31日")
m("deadline-invalid", row(29), "2024年11月30日 is a real date (November has 30 days)", "11月30日")
m("deadline-later-than-baseline", row(30), "task 83 (互联网+基层治理), 2025年; final 2025年底 equal, two checkpoints in 2024 (nested bracket 村（社区）)", "2025年底")
m("deadline-later-than-baseline", row(32), "task 86 (我的宁夏 APP), 2024年; 2024年9月30日 earlier (the unit on this row is the planted mistake, not the date)", "2024年9月30日")
m("deadline-later-than-baseline", row(33), "task 87 (12345 热线), 2023年启动，2025年完成; 2025年底 equal", "2025年底")
m("deadline-later-than-baseline", row(36), "task 95 (生态环境数据资源综合开发利用), 2025年; 2025年6月底 earlier", "2025年6月底")
m("deadline-later-than-baseline", row(39), "task 105 (宁政通), 2024年; final equal, 60%/90% are 接入率 targets at checkpoints before it", "2024年底")
m("deadline-later-than-baseline", row(40), "task 106 (填表报数), 2025年; 2025年6月底 earlier; 压减50%以上 is the regional target, not a date", "2025年6月底")
m("deadline-later-than-baseline", row(42), "task 108 (公共资源交易), 长期推进，2024年取得明显成效; 2024年底 equal", "2024年底")
m("deadline-later-than-baseline", row(45), "task 115 (以12345为枢纽的政民互动), 2024年; 2024年12月31日 equal", "2024年12月31日")
# units
m("unknown-unit", row(1), "collective subjects", "各镇（街道）")
m("unknown-unit", row(1), "collective subject", "市直各部门（单位）")
m("unknown-unit", row(7), "collective subject", "各镇人民政府")
m("unknown-unit", row(18), "collective subject", "市直有关部门")
m("unknown-unit", row(9), "short name listed in units.txt for 市发展和改革局", "市发改局")
m("unknown-unit", row(3), "short name listed in units.txt for 市工业信息化和商务局", "市工信商务局")
m("unknown-unit", row(20), "short name listed in units.txt for 市审批服务管理局", "市审批局")
m("unknown-unit", row(33), "short name listed in units.txt for 市人民政府办公室", "市政府办公室")
m("unknown-unit", row(36), "vertically managed unit, listed in units.txt under its full name", "吴忠市生态环境局青铜峡分局")
m("unknown-unit", row(17), "a named sub-district office, listed in units.txt", "裕民街道办事处")
m("unknown-unit", ln("主动对接吴忠市大数据管理服务局"), "the superior city body named in body text as a contact, not as a responsible unit; also listed in units.txt", "吴忠市大数据管理服务局")
# pillars and text
m("missing-pillar", 0, "五个一/六级贯通 are folded into “一套体系” (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), lines 22-25, as the 吴忠 plan does", pillar="五个一和六级贯通")
m("missing-pillar", 0, "党的领导 items (组织领导, 资金保障/财政投入, 数字素养, 考核评价) are in section 六, lines 53-58", pillar="党的领导")
m("garbled-text", ln("易办·吴优"), "the middle dot in the brand “易办·吴优” is genuine, not damage", "易办·吴优")

covers = []
def c(task, line):
    covers.append({"task": task, "line": line})

for task, r in [(64, 1), (2, 2), (3, 3), (7, 4), (8, 5), (9, 6), (10, 7), (11, 8), (12, 9), (21, 10),
                (23, 11), (28, 12), (42, 13), (41, 14), (46, 15), (47, 16), (48, 17), (50, 18), (49, 19),
                (52, 20), (54, 21), (56, 22), (57, 23), (66, 24), (71, 25), (73, 26), (77, 27), (79, 28),
                (80, 29), (83, 30), (84, 31), (86, 32), (87, 33), (88, 34), (92, 35), (95, 36), (96, 37),
                (104, 38), (105, 39), (106, 40), (107, 41), (108, 42), (112, 43), (114, 44), (115, 45)]:
    c(task, row(r))
c(6, ln("推动教育、医疗、就业、文化旅游、养老托育"))
c(14, ln("强化安全管理责任。"))
c(15, ln("强化安全管理责任。"))
c(17, ln("落实安全制度要求。"))
c(18, ln("提升安全防护能力。"))
c(24, ln("健全政务信息化建设管理会商机制"))
c(30, ln("健全政务数据管理机制。"))
c(32, ln("健全政务数据管理机制。"))
c(36, ln("建立健全政务数据供需对接机制"))
c(116, ln("（一）加强组织领导。"))
c(118, ln("（三）提升数字素养。"))
c(123, ln("（四）强化考核评价。"))
c(124, ln("（四）强化考核评价。"))

key = {
    "writer": "blind writer, round 372; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("青铜峡市 (county-level city under 吴忠) plan issued 2024-03-20 by 青铜峡市人民政府办公室. "
              "Its 45-row task list carries checkpoints in brackets after the final date; a checkpoint never completes "
              "the task, so only the final date is compared with the region's 完成时限, while every checkpoint must be a "
              "valid date. Month-only checkpoints (6月底前) inherit the year of the final date. Units: units.txt is the "
              "city's own registry ('市…' here means 青铜峡市…, not 吴忠市…). Tasks whose regional 完成时限 is 2023 "
              "(14, 15, 17, 18, 24, 30, 32, 36, 116, 118, 123, 124) are taken up only in undated body text on purpose."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
