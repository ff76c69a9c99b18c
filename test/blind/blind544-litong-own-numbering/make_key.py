#!/usr/bin/env python3
"""Builds key.json for blind544: every line number is found by searching draft.txt (1-based)."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(sub, start=None):
    """1-based line containing sub (unique), or the table row starting with start+TAB."""
    if start is not None:
        hits = [i + 1 for i, l in enumerate(lines) if l.startswith(start + '\t')]
    else:
        hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, (sub, start, hits)
    if sub is not None and start is not None:
        assert sub in lines[hits[0] - 1], (sub, start)
    return hits[0]

def T(num, text=None):  # table row of own task number
    return L(text, start=num)

def B(num):  # body line of own task
    return L('任务%s ' % num)

expect = [
    {"rule": "basis-mismatch", "line": L('（宁政办发〔2023〕17号）'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (seed gazette and the 吴忠 plan); 宁政办发 is the 办公厅 series, so the cited 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": L('到2026年底'), "text": "2026年底",
     "why": "主要目标: the region's goal 到2025年 ... 基础设施集约完备、数据治理初见成效、安全保障体系持续完善、政府数字化履职能力明显提升 (宁政发〔2023〕17号 主要目标); the draft moves the same goal to 2026年底, also later than the 吴忠 plan's 到2025年"},
    {"rule": "deadline-later-than-baseline", "line": T('6.3', '2025年'), "text": "2025年",
     "why": "对照表 only: row 6.3 maps to regional task 86 (迭代升级“我的宁夏”政务APP), 完成时限 2024年; the body (任务6.3) says 2024年, the table says 2025年"},
    {"rule": "deadline-invalid", "line": B('4.3'), "text": "6月31日",
     "why": "impossible date 2024年6月31日 (June has 30 days); task 4.3 maps to regional task 40, 完成时限 2024年, so only the date itself is wrong"},
    {"rule": "unknown-unit", "line": B('4.4'), "text": "区数据局",
     "why": "no 区数据局 in units.txt (the office's data unit is 区大数据管理服务中心 = 区大数据中心) nor among the regional units"},
    {"rule": "garbled-text", "line": B('4.2'), "text": "鎺ㄥ姩鏀垮姟",
     "why": "UTF-8 read as GBK: 鎺ㄥ姩鏀垮姟鏁版嵁鎸夐渶鍥炴祦 = 推动政务数据按需回流"},
]

def eq(num, region, tail):
    return "own task number %s is the county's numbering, not regional task %s; %s" % (num, num.replace('.', ''), tail)

mnf = []
def add(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# basis
add("basis-mismatch", L('（国发〔2022〕14号）'), "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
add("basis-mismatch", L('（宁政办发〔2023〕11号）'), "correct: the 吴忠 plan cites 《数字宁夏“1244+N”行动计划实施方案》 with this 文号", "宁政办发〔2023〕11号")
add("basis-mismatch", L('吴忠市人民政府《关于加强数字政府建设的实施方案》等'), "the city plan cited by title alone, correct title (it has no 文号 in the seed)", "关于加强数字政府建设的实施方案")
add("basis-mismatch", L('（宁政办发〔2020〕14号）'), "retrospective mention of the 2020 工作要点 in 发展基础, with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
add("basis-mismatch", L('利政办发〔2024〕21号'), "the notice's own 文号, not a basis citation", "利政办发〔2024〕21号")
# dates that are not deadlines / not invalid
add("deadline-invalid", L('2024年4月12日'), "issue date of the notice", "2024年4月12日")
add("deadline-invalid", L('截至2023年底'), "past date in the background section (发展基础), not a deadline", "2023年底")
add("deadline-invalid", L('2023年11月27日'), "retrospective date of the city plan's issue", "2023年11月27日")
# goals
add("deadline-later-than-baseline", L('到2024年底'), "equal: 电子政务外网 区市县乡村 coverage is task 48 (2024年), 网上办、掌上办… task 84 (2024年), 我的宁夏 task 86 (2024年), 宁政通 task 105 (2024年)", "2024年底")
add("deadline-later-than-baseline", L('到2025年，全区数字政府建设“1347”'), "equal to the 吴忠 plan (到2025年 “1347”体系框架全面成型) and the region (到2025年 “34567”体系框架全面成型)", "2025年")
add("deadline-later-than-baseline", L('到2035年'), "equal to region and city (到2035年 数字政府全面建成)", "2035年")
# own numbers that look like regional ones (body + table)
own = [
    ('1.3', '2025年', "maps to task 64 (各地各部门…健全工作体制机制), 完成时限 2025年 — equal; task 13 (2024年) is unrelated"),
    ('2.4', '2025年', "maps to tasks 9 and 10, both 持续推进，2025年取得明显成效 — equal; task 24 (2023年) is unrelated"),
    ('2.6', '2025年', "maps to task 12 (数据要素市场), 2025年 — equal; task 26 (2024年) is unrelated"),
    ('3.5', '2025年取得明显成效', "maps to task 28 (试点示范), 2023年启动，2025年取得明显成效 — equal completion; task 35 (2024年) is unrelated"),
    ('4.1', '2025年', "maps to task 29 (政务数据平台), 2023年启动，2025年完成 — equal; task 41 (2024年) is unrelated"),
    ('4.6', '2025年', "maps to task 49 (视频共享平台), 2025年 — equal; task 46 (2024年) is unrelated"),
    ('5.1', '2025年', "maps to task 66 (经济运行大数据平台), 2025年 — equal; task 51 (2023年) is unrelated"),
    ('5.7', '2025年', "maps to task 83 (互联网+基层治理), 2025年 — equal; task 57 (2024年) is unrelated"),
    ('6.7', '2025年', "maps to task 96 (互联网+城乡供水), 2025年 — equal; task 67 (2023年) is unrelated"),
    ('6.9', '2025年', "maps to task 111 (机关事务管理), 2025年 — equal; task 69 (2024年) is unrelated"),
]
for num, text, tail in own:
    add("deadline-later-than-baseline", B(num), "body: " + eq(num, None, tail), text)
    add("deadline-later-than-baseline", T(num, text), "对照表: " + eq(num, None, tail), text)
# one-to-several rows
several = [
    ('4.7', '2024年', "one-to-several: tasks 52 (2025年) and 53 (2024年); 2024年 is no later than either"),
    ('5.6', '2024年', "one-to-several: tasks 80 (2024年) and 81 (2025年); 2024年 is no later than either"),
    ('6.6', '2024年', "one-to-several: tasks 94 (2024年) and 95 (2025年); 2024年 is no later than either"),
    ('6.8', '2024年', "one-to-several: tasks 104 (2024年), 105 (2024年), 106 (2025年); 2024年 is no later than any"),
    ('4.5', '2024年', "one-to-several: tasks 47, 48, 50, all 2024年 — equal"),
    ('6.10', '2024年', "one-to-several: tasks 112, 114, 115, all 2024年 — equal"),
]
for num, text, why in several:
    add("deadline-later-than-baseline", T(num, text), "对照表: " + why, text)
add("deadline-later-than-baseline", B('4.7'), "body: tasks 52 (2025年) and 53 (2024年); 2024年 is earlier or equal", "2024年")
# copied regional deadlines before the plan's year (2024)
copies = [
    ('3.1', '2023年形成机制，长期坚持', "maps to tasks 14 (2023年), 15 (2023年), 18 (2023年形成机制，长期坚持): copied regional deadline, equal"),
    ('7.1', '2023年完成并长期坚持', "maps to task 116 (2023年完成并长期坚持): copied regional deadline, equal"),
    ('7.3', '2023年完成并长期坚持', "maps to task 118 (2023年完成并长期坚持): copied regional deadline, equal"),
    ('7.5', '2023年形成机制，长期坚持', "maps to task 124 (2023年形成机制，长期坚持): copied regional deadline, equal"),
]
for num, text, why in copies:
    add("deadline-invalid", B(num), "body: copied regional deadline that lies before the plan's year (2024); " + why, text)
    add("deadline-invalid", T(num, text), "对照表: copied regional deadline that lies before the plan's year (2024); " + why, text)
    add("deadline-later-than-baseline", T(num, text), "对照表: " + why, text)
# other equal deadlines
add("deadline-later-than-baseline", B('6.3'), "body 任务6.3: 2024年 equals task 86 (2024年); only the 对照表 row is wrong", "2024年")
add("deadline-later-than-baseline", T('4.3', '2024年'), "对照表 row 4.3: 2024年 equals task 40 (2024年); only the body date is impossible", "2024年")
add("deadline-later-than-baseline", B('4.4'), "2024年12月底前 equals tasks 41 and 42 (2024年)", "2024年12月底前")
add("deadline-later-than-baseline", B('2.5'), "task 11: 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025年 is equal", "2025年取得明显成效")
add("deadline-later-than-baseline", B('6.4'), "task 87: 2023年启动，2025年完成; 2025年 is equal", "2025年")
add("deadline-later-than-baseline", B('1.1'), "earlier: task 64 is due 2025年, the county sets 2024年", "2024年")
add("deadline-later-than-baseline", B('7.4'), "task 121 is 长期坚持; equal", "长期坚持")
add("deadline-later-than-baseline", B('7.5'), "office's own reporting dates (2024年5月底前 台账, quarterly 25日, 12月10日 annual summary), not task deadlines", "2024年5月底前")
# units
add("unknown-unit", B('1.1'), "collective subjects 各乡镇（街道）, 区直各部门（单位）; 区大数据中心 is the short name of 区大数据管理服务中心", "各乡镇（街道）")
add("unknown-unit", L('各乡镇人民政府、街道办事处，区直各部门（单位）：'), "addressees of the notice, collective subjects", "各乡镇人民政府、街道办事处")
add("unknown-unit", B('2.3'), "prefix 区 distributes: 区卫健局, 区人社局, 区民政局, 区文旅局 are short names in units.txt", "卫健局")
add("unknown-unit", B('3.4'), "prefix 区 distributes: 区财政局, 区审计局 in units.txt; 区发改局 = 区发展和改革局", "财政局")
add("unknown-unit", B('2.2'), "区公安分局 is the listed short name of 吴忠市公安局利通区分局; 区委网信办 listed", "区公安分局")
add("unknown-unit", B('4.7'), "区税务局 is the listed short name of 国家税务总局吴忠市利通区税务局", "区税务局")
add("unknown-unit", B('4.2'), "区生态环境分局 is the listed short name of 吴忠市生态环境局利通分局 (one unit, not split); 区人社局, 卫健局 (区卫健局), 区应急局 listed", "区生态环境分局")
add("unknown-unit", B('5.3'), "区自然资源分局 = 吴忠市自然资源局利通分局; 承担监管职责的部门 is a collective", "区自然资源分局")
add("unknown-unit", B('1.2'), "金积工业园区管委会 is listed in units.txt", "金积工业园区管委会")
add("unknown-unit", B('5.7'), "各村（社区） collective subject", "各村（社区）")
add("unknown-unit", B('3.5'), "区直有关部门（单位） collective subject", "区直有关部门（单位）")
add("unknown-unit", B('7.3'), "区委党校 and 区委组织部 are listed in units.txt", "区委党校")
add("unknown-unit", B('2.5'), "区供销社 is the listed short name of 区供销合作社联合社", "区供销社")
# garbled look-alikes
add("garbled-text", B('6.1'), "“易办·吴优” is the 吴忠 service brand (from the city plan), not mojibake", "易办·吴优")
add("garbled-text", B('5.3'), "“屏、端、仪” is the regional term for supervision devices, not damage", "屏、端、仪")
# pillars
add("missing-pillar", L('二、完善“一套体系”'), "五个一/六级贯通 folded into 一套体系 (任务1.1 组织机构, 任务1.2 六级贯通 层级职责), as in the 吴忠 plan", None)
mnf[-1]["pillar"] = "六级贯通"
add("missing-pillar", B('2.6'), "数字生态 taken up in 任务2.6 (数据要素市场, 网络生态)", None)
mnf[-1]["pillar"] = "数字生态"
add("missing-pillar", B('7.2'), "财政投入 taken up as 任务7.2 强化资金保障", None)
mnf[-1]["pillar"] = "财政投入"

covers = []
def cov(task, num):
    covers.append({"task": task, "line": B(num)})
for task, num in [(64, '1.1'), (3, '2.1'), (5, '2.2'), (6, '2.3'), (8, '2.3'), (9, '2.4'), (10, '2.4'), (11, '2.5'), (12, '2.6'),
                  (14, '3.1'), (15, '3.1'), (18, '3.1'), (43, '3.2'), (21, '3.3'), (23, '3.4'), (28, '3.5'),
                  (29, '4.1'), (33, '4.2'), (34, '4.2'), (40, '4.3'), (41, '4.4'), (42, '4.4'), (47, '4.5'), (48, '4.5'), (50, '4.5'),
                  (49, '4.6'), (52, '4.7'), (53, '4.7'), (57, '4.8'), (66, '5.1'), (70, '5.2'), (71, '5.2'), (73, '5.3'), (74, '5.3'),
                  (77, '5.4'), (79, '5.5'), (80, '5.6'), (83, '5.7'), (84, '6.1'), (88, '6.2'), (89, '6.2'), (86, '6.3'), (87, '6.4'),
                  (93, '6.5'), (94, '6.6'), (95, '6.6'), (96, '6.7'), (104, '6.8'), (105, '6.8'), (106, '6.8'), (111, '6.9'),
                  (112, '6.10'), (114, '6.10'), (115, '6.10'), (116, '7.1'), (118, '7.3'), (121, '7.4'), (124, '7.5')]:
    cov(task, num)

key = {
    "writer": "blind writer, round 544; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("County plan (吴忠市利通区, 2024-04-12) with its own task numbers 任务1.1–任务7.6 grouped by seven fields, inline "
              "（责任单位…；完成时限…） notes, and an 附件 对照表 (本方案任务编号 | 自治区任务清单序号 | 市方案任务 | 完成时限). "
              "Own numbers such as 4.6 or 5.7 must not be read as regional tasks 46/57; the second column is the regional number, "
              "sometimes several (e.g. 14、15、18). The city plan's own task list is not in the seed, so the 市方案任务 column cites "
              "its sections. Six planted mistakes: wrong regional 文号 (line of the preamble), 2026年底 goal, 对照表-only 2025年 for "
              "task 86, 2024年6月31日, 区数据局, a mojibake run. Rows 7.2 and 7.6 have no regional task (—).")
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text'), '|', lines[e['line']-1][:40])
