#!/usr/bin/env python3
# Builds key.json from draft.txt; every line number is found by searching the final draft.
import json, os
here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if L[-1] == '': L.pop()
def ln(sub, start=None):
    hits = [i + 1 for i, x in enumerate(L) if sub in x and (start is None or x.startswith(start))]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
def row(task_text):  # a matrix row, found by its task text
    return ln(task_text)
def check(line, text):
    assert text in L[line - 1], (line, text)
    return line
rl = {int(k): v for k, v in json.load(open(os.path.join(here, 'rowlines.json'))).items()}
HDR = ln('序号\t任务\t完成时限')

expect = [
 {"rule": "basis-mismatch", "line": check(ln('宁政办发〔2023〕17号'), '宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the 办公厅 series — the drafter mixed it up with the 1244+N plan's 宁政办发〔2023〕11号 cited next to it"},
 {"rule": "deadline-later-than-baseline", "line": check(ln('到2026年'), '2026年'), "text": "2026年",
  "why": "主要目标: the region's goal is 到2025年，全区各级数字政府建设“34567”体系框架全面成型; the draft sets the same goal for 2026"},
 {"rule": "deadline-later-than-baseline", "line": check(rl[47], '\t2025年\t'), "text": "2025年",
  "why": "matrix row %d is regional task 47" % (rl[47]-HDR) + " (电子政务外网升级改造，骨干网扩容升级，扩大互联网出口带宽), 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": check(rl[93], '2024年21月底前'), "text": "21月",
  "why": "2024年21月 is no date (slip for 12月); the row is regional task 93 (适老化与信息无障碍建设), 完成时限 2024年"},
 {"rule": "unknown-unit", "line": check(HDR, '区机管局'), "text": "区机管局",
  "why": "column heading for a body the district does not have: units.txt has no 机关事务管理局 (机关事务 sits with 区机关事务服务中心); copied from 自治区机管局 of tasks 107/111. The column holds the ● of rows %d and %d (draft lines %d, %d)" % (rl[107]-HDR, rl[111]-HDR, rl[107], rl[111])},
 {"rule": "garbled-text", "line": check(ln('鎺ㄥ姩鏀跨瓥'), '鎺ㄥ姩鏀跨瓥'), "text": "鎺ㄥ姩鏀跨瓥",
  "why": "UTF-8 read as GBK: 鎺ㄥ姩鏀跨瓥淇℃伅闆嗘垚鏅鸿兘鍙戝竷 re-encoded as GBK and decoded as UTF-8 is 推动政策信息集成智能发布"},
]

M = []
def mnf(rule, line, why, text=None, must=None):
    if text is not None: check(line, text)
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    M.append(e)

# units
mnf("unknown-unit", 3, "collective subjects (各乡镇人民政府、各街道办事处，区直各部门（单位）)", "各乡镇人民政府")
mnf("unknown-unit", 3, "collective subject", "区直各部门（单位）")
mnf("unknown-unit", HDR, "collective column: the towns and sub-districts, each 按属地负责 (note on line %d)" % ln('说明：●为牵头单位'), "各乡镇（街道）")
mnf("unknown-unit", HDR, "official short name of 区发展和改革局, listed in units.txt", "区发改局")
mnf("unknown-unit", HDR, "short name of 石嘴山市公安局惠农区分局, listed in units.txt", "区公安分局")
mnf("unknown-unit", HDR, "short name of 石嘴山市生态环境局惠农分局, listed in units.txt", "区生态环境分局")
mnf("unknown-unit", HDR, "short name of 区工业信息化和商务局, listed in units.txt", "区工信商务局")
mnf("unknown-unit", HDR, "the district's own data body, listed in units.txt (it is not a 大数据管理服务局)", "区大数据服务中心")
mnf("unknown-unit", ln('在区委统一领导下'), "the district Party committee and the issuing district government themselves, not responsible units", "区人民政府")
mnf("unknown-unit", 4, "the issuing district government itself, not a responsible unit", "区人民政府")
mnf("unknown-unit", ln('（五）抓好跟踪落实'), "the leading group's office is in units.txt; 区政府办公室 is its host", "区数字政府建设领导小组办公室")
for t, why in [(9, "row %d (task 9):" % (rl[9]-HDR) + " one lead and four ○ (区大数据服务中心、区公安分局、区应急局、区生态环境分局), all in units.txt"),
               (22, "row %d (task 22):" % (rl[22]-HDR) + " one lead and four ○, all in units.txt"),
               (49, "row %d (task 49):" % (rl[49]-HDR) + " one lead and four ○, all in units.txt"),
               (71, "row %d (task 71):" % (rl[71]-HDR) + " one lead and three ○, all in units.txt"),
               (80, "row %d (task 80):" % (rl[80]-HDR) + " one lead and three ○, all in units.txt"),
               (89, "row %d (task 89):" % (rl[89]-HDR) + " one lead and three ○, all in units.txt"),
               (79, "row %d (task 79):" % (rl[79]-HDR) + " two ● (区委政法委, 区公安分局), as the region's 党委政法委，公安厅牵头; both district bodies"),
               (6,  "row %d (task 6):" % (rl[6]-HDR) + " two ● (区教体局, 区卫健局), allowed by the note on line %d; both in units.txt" % ln('说明：●为牵头单位'))]:
    mnf("unknown-unit", rl[t], why)
# deadlines equal to or earlier than the region's
for t, txt, why in [
    (2,  '2024年取得明显成效', "task 2 is 2023年启动，2024年取得明显成效: same completing milestone"),
    (3,  '持续推进，2025年取得明显成效', "task 3 is 持续推进，2025年取得明显成效: equal"),
    (9,  '持续推进，2025年取得明显成效', "task 9 is 持续推进，2025年取得明显成效: equal"),
    (22, '2025年', "task 22 is 2025年: equal"),
    (28, '2025年取得明显成效', "task 28 is 2023年启动，2025年取得明显成效: same completing milestone"),
    (43, '2024年建成，持续推进', "task 43 is 2024年建成，持续推进: equal"),
    (49, '2025年', "task 49 is 2025年: equal"),
    (83, '2025年', "task 83 is 2025年: equal"),
    (87, '2025年完成', "task 87 is 2023年启动，2025年完成: same completing milestone"),
    (107,'2025年', "task 107 is 2025年: equal (the row's lead column is the planted unit mistake, not its date)"),
    (52, '2024年底', "task 52 is 2025年: the draft's 2024年底 is earlier"),
    (56, '2024年', "task 56 is 2025年: earlier"),
    (64, '2024年6月底前', "task 64 is 2025年: earlier"),
    (18, '2023年形成机制，长期坚持', "task 18 is 2023年形成机制，长期坚持: copied unchanged"),
    (116,'2023年完成并长期坚持', "task 116 is 2023年完成并长期坚持: copied unchanged"),
    (118,'2023年完成并长期坚持', "task 118 is 2023年完成并长期坚持: copied unchanged"),
    (121,'长期坚持', "task 121 is 长期坚持: equal")]:
    mnf("deadline-later-than-baseline", rl[t], why, txt)
mnf("deadline-later-than-baseline", ln('到2035年'), "the 2035 goal is the region's own 到2035年 goal", "2035年")
# dates that are not impossible / not deadlines
mnf("deadline-invalid", rl[14], "task 14 is 2023年: a copied regional deadline that lies before the plan's year (2024)", "2023年")
mnf("deadline-invalid", rl[116], "task 116's 2023年完成并长期坚持 copied from the region; the task is ongoing", "2023年完成并长期坚持")
mnf("deadline-invalid", ln('（二）发展基础'), "background: 2022年 and 2023年 report past work, not deadlines", "2022年完成区级电子政务外网改造")
mnf("deadline-invalid", 6, "issue date of the notice", "2024年3月18日")
mnf("deadline-invalid", ln('（五）抓好跟踪落实'), "the office's own half-year and year-end reporting dates, not task deadlines", "12月20日前")
# basis
mnf("basis-mismatch", 9, "correct: the national 指导意见 and its 文号", "国发〔2022〕14号")
mnf("basis-mismatch", 9, "correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan", "宁政办发〔2023〕11号")
mnf("basis-mismatch", ln('（二）发展基础'), "retrospective mention of the 2020 工作要点 in the background, title and 文号 match; not a basis document", "宁政办发〔2020〕14号")
# other
mnf("garbled-text", rl[2], "● and ○ are the matrix's lead / cooperate marks, not damaged text", "●")
mnf("missing-pillar", ln('四、健全“五个一”'), "五个一 and 六级贯通 taken up (健全组织机构, 厘清层级职责, 完善工作机制) at district scale")
mnf("missing-pillar", ln('（三）营造良好数字生态'), "数字生态 is one paragraph but takes up data-element market and network ecology")

covers = []
for t, line in sorted(rl.items()):
    covers.append({"task": t, "line": line})
for t, sub in [(5, '完善数字经济治理体系。'), (8, '推动数字化服务普惠应用。'), (15, '强化安全管理责任。'), (17, '落实安全制度要求。'),
               (30, '完善数据管理机制。'), (36, '深化数据高效共享。'), (65, '（一）提升科学精准的经济调节能力。'),
               (68, '（二）提升综合高效的市场监管能力。'), (85, '提升智慧便捷的服务能力。'), (88, '提供优质便利的涉企服务。'),
               (96, '（五）提升系统科学的生态环境保护能力。'), (114, '充分发挥政务新媒体传播优势。'),
               (25, '（二）加大财政投入。'), (122, '（四）强化考核评价。'), (124, '（四）强化考核评价。')]:
    covers.append({"task": t, "line": ln(sub)})
covers.sort(key=lambda c: c["task"])

key = {
 "writer": "blind writer, round 509; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("惠农区 (石嘴山市) plan of 2024-03-18, based on the region's 宁政发〔2023〕17号 only (no city plan as parent). "
           "The annex (lines %d-%d) is a duty matrix: header 序号 | 任务 | 完成时限 | one column per body; ● lead, ○ cooperate, blank otherwise. "
           "Each row's regional task number is in covers. The unknown unit is a column heading (line %d): a report of 区机管局 on the rows that put ● in "
           "that column (lines %d, %d) is the same finding. Body text carries no deadlines except the 主要目标 goals, background years and reporting dates. "
           "helper scripts: make_draft.py (body.txt + matrix -> draft.txt, rowlines.json), make_key.py (-> key.json)."
           % (HDR, len(L), HDR, rl[107], rl[111]))
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
