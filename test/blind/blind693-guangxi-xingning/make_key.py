#!/usr/bin/env python3
# Writes key.json for blind case 693 and checks every line/text against draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")

T = "task numbers count the inline (責任單位…完成時限…) notes of the 广西 seed in order, 1–43"

expect = [
  {"rule": "basis-mismatch", "line": 9, "text": "桂政发〔2022〕13号",
   "why": "the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; 13号 is a digit-swap slip on the basis citation"},
  {"rule": "deadline-later-than-baseline", "line": 107, "text": "2026年6月底前",
   "why": "task-table row 7 (12345热线) is regional task 8 (seed line 63), 完成时限 2025年底; the body note on line 32 itself says 2025年底前"},
  {"rule": "deadline-invalid", "line": 127, "text": "2022年12月底前",
   "why": "deadline before the year the plan is issued (2023-06-20); row 27 is the data-catalogue task, whose body note (line 67) says 2023年12月底前; regional task 33 is 持续开展"},
  {"rule": "unknown-unit", "line": 55, "text": "区信息中心",
   "why": "not in units.txt; no such body in 兴宁区 (an old name copied from an earlier plan)"},
  {"rule": "garbled-text", "line": 69, "text": "寤虹珛鍋ュ叏",
   "why": "UTF-8 read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴 = 建立健全政务数据供需对接"},
  {"rule": "task-uncovered", "line": 0, "task": 6,
   "why": "regional task 6 (推进智慧应急建设, seed line 57, 各市人民政府, 持续开展) is deliberately left out: no 应急指挥/灾害风险监测/应急救援 measure and 区应急管理局 is never named"},
]

M = []
def m(rule, line, text, why):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# basis
m("basis-mismatch", 9, "国发〔2022〕14号", "correct national 指导意见 citation")
m("basis-mismatch", 10, "国发〔2016〕55号", "retrospective mention of a different, real document (《国务院关于加快推进“互联网+政务服务”工作的指导意见》, 2016); its title really has 加快推进; it is background, not a basis document")
m("basis-mismatch", 2, "兴政办发〔2023〕21号", "the draft's own 文号")
# deadlines: goals
m("deadline-later-than-baseline", 18, "2025年", "主要目标 到2025年 体系框架基本形成 equals the region's 到2025年 goal")
m("deadline-later-than-baseline", 20, "2035年", "到2035年 基本建成 equals the region's 2035 goal")
m("deadline-later-than-baseline", 19, "2024年底", "local goals (上云 2023年底前, 全程网办/雪亮工程 2024年底) are earlier than any regional goal; regional tasks 36 and 5 are 持续开展")
# deadlines: equal / earlier
m("deadline-later-than-baseline", 26, "2025年底前", "regional task 3 (一体化在线监管), 完成时限 2025年底: equal; 2023年启动 is an earlier start milestone")
m("deadline-later-than-baseline", 103, "2025年底前", "table row 3 = regional task 3, 完成时限 2025年底: equal")
m("deadline-later-than-baseline", 32, "2025年底前", "body note of regional task 8 (12345热线), 完成时限 2025年底: equal (only the table row 107 is late)")
m("deadline-later-than-baseline", 33, "2025年底前", "regional task 9 (智桂通), 完成时限 2025年底: equal; 2023年9月底前 is an earlier intermediate milestone")
m("deadline-later-than-baseline", 108, "2025年底前", "table row 8 = regional task 9, 完成时限 2025年底: equal")
m("deadline-later-than-baseline", 46, "2024年底前", "regional task 22 (政务公开), 完成时限 2025年底: earlier")
m("deadline-later-than-baseline", 118, "2024年底前", "table row 18 = regional task 22, 完成时限 2025年底: earlier")
m("deadline-later-than-baseline", 42, "2025年底前", "regional task 19 (辅助决策/数字政府大脑) is 持续开展: an ongoing task has no completion year, so a dated local milestone is not later")
m("deadline-later-than-baseline", 115, "2025年底前", "table row 15 = regional task 19, 持续开展: not later")
m("deadline-later-than-baseline", 76, "2025年底前", "regional task 37 (电子政务外网) is 持续开展: not later")
m("deadline-later-than-baseline", 131, "2025年底前", "table row 31 = regional task 37, 持续开展: not later")
m("deadline-later-than-baseline", 29, "2024年底前", "regional task 5 (雪亮工程) is 持续开展; also table row 5 (line 105)")
m("deadline-later-than-baseline", 37, "2024年底前", "regional task 13 (智慧工地) is 持续开展; also table row 12 (line 112)")
m("deadline-later-than-baseline", 105, "2024年底前", "table row 5 = regional task 5 (雪亮工程), 持续开展")
m("deadline-later-than-baseline", 112, "2024年底前", "table row 12 = regional task 13 (智慧工地), 持续开展")
m("deadline-invalid", 116, "2023年12月底前", "table row 16 = regional task 20, 持续开展; same year as issue, after the issue date: valid")
m("deadline-invalid", 130, "2023年12月底前", "table row 30 = regional task 36, 持续开展; same year as issue, after the issue date: valid")
# deadlines: invalid-looking
m("deadline-invalid", 10, "2022年底", "background statistic 截至2022年底, a past date, not a deadline")
m("deadline-invalid", 6, "2023年6月20日", "the notice's issue date")
m("deadline-invalid", 67, "2023年12月底前", "same year as issue, after the issue date: valid (regional task 33 持续开展)")
m("deadline-invalid", 74, "2023年12月底前", "same year as issue, after the issue date: valid (regional task 36 持续开展); also table row 30 (line 130) and row 16 (line 116)")
m("deadline-invalid", 90, "2023年12月15日前", "the office's own reporting date (annual summary), same year as issue")
m("deadline-later-than-baseline", 90, "12月25日前", "recurring reporting dates of the office (每年6月25日、12月25日前), not task deadlines")
# units
m("unknown-unit", 23, "财政局", "prefix 区 distributes over 区统计局、财政局、大数据发展局 (区财政局, 区大数据发展局 are in units.txt)")
m("unknown-unit", 28, "各镇人民政府", "collective subject; also 各街道办事处 on the same line")
m("unknown-unit", 26, "区直有关部门", "collective subject")
m("unknown-unit", 31, "各镇（街道）", "collective subject")
m("unknown-unit", 33, "区直各部门", "collective subject")
m("unknown-unit", 25, "区发改局", "short name of 区发展和改革局 in units.txt (also 区大数据局 on this line)")
m("unknown-unit", 28, "区住房城乡建设局", "short name of 区住房和城乡建设局 in units.txt")
m("unknown-unit", 29, "兴宁公安分局", "short name of 南宁市公安局兴宁分局 in units.txt (a city sub-bureau that serves as the district's police body)")
m("unknown-unit", 32, "区政府办", "short name of 区人民政府办公室 in units.txt")
m("unknown-unit", 32, "兴宁区消防救援大队", "short name of 南宁市兴宁区消防救援大队 in units.txt")
m("unknown-unit", 33, "自治区大数据发展局", "named as the upper body whose deployment the district follows, not as a responsible unit of a local task")
m("unknown-unit", 90, "南宁市大数据发展局", "city body in units.txt, named as the recipient of the annual summary; also on line 33")
m("unknown-unit", 90, "区数字政府办", "short name of 区数字政府建设领导小组办公室 in units.txt")
m("unknown-unit", 39, "兴宁生态环境分局", "short name of 南宁市生态环境局兴宁分局 in units.txt")
m("unknown-unit", 78, "兴宁区税务局", "short name of 国家税务总局南宁市兴宁区税务局 in units.txt")
m("unknown-unit", 51, "区委保密办", "in units.txt")
m("unknown-unit", 3, "驻区各单位", "collective addressee of the notice")
# garbled / pillars
m("garbled-text", 45, "(七)", "half-width brackets in one heading: a real typing variant, not damaged text")
m("garbled-text", 13, "4·27", "the middle dot is part of the name 4·27重要讲话")
for pillar, why in [
    ("数字生态", "taken up in 七（三）营造良好数字生态, line 85"),
    ("政务公开", "taken up under the half-width heading (七) on line 45, measure on line 46"),
    ("生态环境保护", "taken up in 二（五）, lines 38–40"),
    ("党的领导", "the region's 八、加强党对数字政府建设工作的领导 items (组织领导, 推进机制, 数字素养, 考核评估) are all taken up in 八、保障措施, lines 87–96"),
]:
    M.append({"rule": "missing-pillar", "line": 0, "pillar": pillar, "why": why})

covers = [(1,23),(2,25),(3,26),(4,28),(5,29),(7,31),(8,32),(9,33),(10,34),(11,35),(12,36),(13,37),
          (16,39),(17,40),(19,42),(20,43),(21,44),(22,46),(23,49),(24,51),(25,53),(26,55),(28,58),
          (29,60),(30,62),(31,62),(32,64),(33,67),(34,69),(35,71),(36,74),(37,76),(39,78),(41,81),(42,83),(43,85)]

key = {
  "writer": "blind writer, round 693; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": M,
  "covers": [{"task": t, "line": l} for t, l in covers],
  "notes": "南宁市兴宁区 2023 实施方案 (兴政办发〔2023〕21号, 2023-06-20) implementing the 广西 实施意见; no parent plan. " + T +
           " (e.g. 3 = 一体化在线监管 2025年底, 8 = 12345热线 2025年底, 9 = 智桂通 2025年底, 22 = 政务公开 2025年底; all others 持续开展; task 23 names no 各市人民政府). "
           "The task table (lines 100–135) repeats the body measures; rows 7 and 27 carry the two planted deadline slips while the body notes (lines 32, 67) are right. "
           "Regional tasks 14, 15, 18, 27, 38 and 40 are also not taken up, without being planted; only task 6 is a deliberate omission. "
           "The basis title 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is assumed to be the official title of 桂政发〔2022〕31号 (the seed copy has no title line)."
}

# checks
for e in expect + M:
    if e["line"] and e.get("text"):
        assert e["text"] in lines[e["line"]-1], (e, lines[e["line"]-1][:40])
assert 120 <= len([l for l in lines if l != ""]) <= 160
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(covers))
