#!/usr/bin/python3
# Builds key.json and checks every line number and text against draft.txt (1-based).
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines[-1] == '':
    lines.pop()

def L(text, nth=1, start=1):
    """line number of the nth line (from start) that contains text"""
    n = 0
    for i in range(start - 1, len(lines)):
        if text in lines[i]:
            n += 1
            if n == nth:
                return i + 1
    raise SystemExit('not found: ' + text)

def chk(line, text):
    assert text in lines[line - 1], (line, text)
    return line

T = lambda n, seed, due, what: f"guangxi task {n} (seed line {seed}, {what}; 完成时限：{due})"

expect = [
    {"rule": "basis-mismatch", "line": L("桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; 31 typed as 13"},
    {"rule": "deadline-later-than-baseline", "line": L("完成时限：2026年底"), "text": "2026年底",
     "why": "section note for 二（六） 政务公开 (lines 60-62 policy release, new-media matrix, 政策找人/政民互动) = " + T(22, 97, "2025年底", "（七）推进公开平台智能集约发展，提升政务公开水平") + "; the note is the only deadline these measures carry"},
    {"rule": "deadline-invalid", "line": L("2023年9月31日前"), "text": "2023年9月31日",
     "why": "September has 30 days; impossible date (measure 五（二）1 on the 政务数据目录, " + T(34, 151, "持续开展", "（二）深化数据高效共享") + ")"},
    {"rule": "unknown-unit", "line": L("区卫生和计划生育局"), "text": "区卫生和计划生育局",
     "why": "pre-2019 name; the unit is 区卫生健康局 in units.txt; 区卫生和计划生育局 is not in the registry"},
    {"rule": "garbled-text", "line": L("鏁版嵁瀹夊叏"), "text": "鏁版嵁瀹夊叏闃叉姢鑳藉姏",
     "why": "UTF-8 read as GBK: 数据安全防护能力"},
    {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护",
     "why": "the region's 二（五）强化动态感知和立体防控，提升生态环境保护能力 has no counterpart: section 二 goes from 公共服务 straight to 政务运行/政务公开, and nothing in the draft takes up 生态环境 monitoring, 自然资源 or 绿色低碳"},
    {"rule": "task-uncovered", "line": 0, "task": 16,
     "why": "follows from the missing 生态环境保护 pillar: " + T(16, 81, "持续开展", "提升生态环保协同治理能力; 各市人民政府")},
    {"rule": "task-uncovered", "line": 0, "task": 17,
     "why": "follows from the missing pillar: " + T(17, 83, "持续开展", "提高自然资源利用效率; 各市人民政府")},
    {"rule": "task-uncovered", "line": 0, "task": 18,
     "why": "follows from the missing pillar: " + T(18, 85, "持续开展", "推动绿色低碳转型; 各市人民政府")},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

nm("basis-mismatch", L("宜政发〔2023〕11号"), "the draft's own 文号 in the cover notice, not a cited basis", "宜政发〔2023〕11号")
nm("basis-mismatch", L("现将《宜州区加强数字政府建设实施方案》"), "the draft's own title in the cover notice, not a basis document", "《宜州区加强数字政府建设实施方案》")
nm("basis-mismatch", L("国发〔2022〕14号"), "correct national basis: title and 文号 match", "国发〔2022〕14号")
nm("basis-mismatch", L("《宜州区推进数字政府建设工作方案（2019—2021年）》"), "retrospective mention of the district's own earlier plan in 发展现状 (its tasks 'have been completed'); not cited as a basis, and 工作方案 is that document's own title", "工作方案（2019—2021年）")
nm("deadline-invalid", L("截至2022年底"), "past date in the 发展现状 background, not a deadline", "截至2022年底")
nm("deadline-invalid", L("2022年，我区在新冠肺炎"), "past year in the background", "2022年")
nm("deadline-invalid", 6, "issue date of the notice (2023-06-28), not a deadline", "2023年6月28日")
nm("deadline-invalid", L("到2023年底，区数字政府"), "a 主要目标 milestone in the plan's own year (issued June 2023), not before it; the region has no goal for this, so nothing to compare for lateness either", "到2023年底")
nm("deadline-later-than-baseline", L("到2025年，与政府治理能力"), "equal to the 广西 主要目标 到2025年 (体系框架基本形成, seed line 35)", "到2025年")
nm("deadline-later-than-baseline", L("到2035年"), "equal to the 广西 goal 到2035年 … 基本建成 (seed line 37)", "到2035年")
nm("deadline-later-than-baseline", L("完成时限：持续开展", 1), "section note for 二（一） 经济调节 = " + T(1, 43, "持续开展", "（一）提升经济调节能力") + "; equal", "完成时限：持续开展")
nm("unknown-unit", L("区发展和改革局、统计局"), "prefix 区 distributes over the list: 区统计局, 区财政局, 区大数据发展局 are all in units.txt", "统计局")
nm("unknown-unit", L("区发展和改革局、统计局"), "registered vertical unit (国家税务总局河池市宜州区税务局 in units.txt); a name the registry lists is never split", "国家税务总局河池市宜州区税务局")
nm("deadline-later-than-baseline", L("2024年底前实现区级监管事项认领"), "own date in the sentence, earlier than " + T(3, 49, "2025年底", "以一体化在线监管提升监管协同化水平"), "2024年底前")
nm("deadline-later-than-baseline", L("（以上任务责任单位：区市场监管局"), "section note 2025年底 covers lines 35-37: equal to " + T(3, 49, "2025年底", "一体化在线监管") + "; the other measures match " + T(2, 47, "持续开展", "（二）提升市场监管能力") + ", which has no dated milestone", "2025年底")
nm("unknown-unit", L("（以上任务责任单位：区市场监管局"), "区 prefix gives 区发改局, the registered short name of 区发展和改革局", "发改局")
nm("unknown-unit", L("（以上任务责任单位：区市场监管局"), "collective subject", "区直有关部门")
nm("unknown-unit", L("河池市公安局宜州分局", 1), "registered name (河池市公安局宜州分局 in units.txt); the 河池市 prefix is part of the name of a vertically managed unit, not a city unit", "河池市公安局宜州分局")
nm("unknown-unit", L("各村（社区）；"), "collective subject", "各村（社区）")
nm("unknown-unit", L("宜州区消防救援大队"), "registered (units.txt, 垂直管理及驻区单位)", "宜州区消防救援大队")
nm("unknown-unit", L("（以上任务责任单位：区发展和改革局、统计局"), "collective subject", "各乡镇人民政府")
nm("deadline-later-than-baseline", L("2024年6月底前"), "own date in the sentence on 智桂通, earlier than " + T(9, 65, "2025年底", "持续完善“智桂通”移动开放生态体系"), "2024年6月底前")
nm("deadline-later-than-baseline", L("区卫生和计划生育局"), "section note 2025年底 for 二（四）: equal to " + T(8, 63, "2025年底", "12345热线") + " and " + T(9, 65, "2025年底", "智桂通") + "; tasks 7, 10-15 are 持续开展 with no milestone", "2025年底")
nm("deadline-later-than-baseline", L("2023年底前实现区直部门和乡镇公文"), "own date in the sentence for " + T(20, 91, "持续开展", "提升行政执行能力") + ": no regional milestone to exceed; in the plan's own year", "2023年底前")
nm("unknown-unit", L("区委保密办"), "registered (区委保密办 = 区委保密委员会办公室)", "区委保密办")
nm("unknown-unit", L("中国电信宜州分公司、中国移动"), "telecom operators outside the government, listed in units.txt", "中国移动宜州分公司")
nm("unknown-unit", L("工业和信息化局、科学技术局"), "prefix 区 distributes: 区工业和信息化局, 区科学技术局 (registered)", "科学技术局")
nm("unknown-unit", L("（以上任务责任单位：区发改局"), "registered short name of 区发展和改革局", "区发改局")
nm("deadline-later-than-baseline", L("2023年启动，2024年形成"), "staged date in the sentence for " + T(32, 141, "持续开展", "（五）开展试点示范") + "; no regional milestone", "2024年")
nm("deadline-later-than-baseline", L("2024年底前完成区直部门非涉密业务专网"), "own date in the sentence for " + T(37, 165, "持续开展", "（二）提升网络平台支撑能力") + "; no regional milestone", "2024年底前")
nm("garbled-text", L("天地图·广西"), "the real platform name with a middle dot, not damaged text", "天地图·广西")
nm("garbled-text", L("“4·27”"), "the 4·27 讲话 with a middle dot, as in the regional text", "4·27")
nm("unknown-unit", L("（以上任务责任单位：区发展和改革局、工业"), "区 prefix gives 区市场监管局, the registered short name of 区市场监督管理局", "市场监管局")
nm("deadline-invalid", L("2023年7月底前"), "the office's own arrangement (liaison names) in the 保障 section, after the 2023-06-28 issue date", "2023年7月底前")
nm("deadline-later-than-baseline", L("每年6月30日、12月10日前"), "the office's own recurring reporting dates, not a task deadline", "每年6月30日、12月10日前")
nm("deadline-later-than-baseline", L("（以上任务责任单位：区大数据发展局等"), "one note for the whole of section 五 (its (一)(二)(三)): " + T(33, 147, "持续开展", "数据管理机制") + ", " + T(34, 151, "持续开展", "数据共享") + ", " + T(35, 155, "持续开展", "数据开发利用") + "; equal", "完成时限：持续开展")
nm("unknown-unit", L("区人民政府主要领导任组长"), "the 领导小组 and its 办公室 are bodies set up by the plan, named in prose in the 保障 section, not a responsible unit of a task note", "领导小组办公室")

covers_src = [
    (1, "推进经济运行数据汇聚"), (2, "构建新型监管机制"), (3, "推进“互联网+监管”"),
    (4, "推进数字化网格治理"), (5, "推进社会治安防控体系智能化"), (6, "推进智慧应急建设"),
    (7, "深化“一网通办”"), (8, "优化12345热线服务"), (9, "推广应用“智桂通”"),
    (10, "推动智慧教育发展"), (11, "推动智慧人社、智慧医疗服务"), (12, "推动智慧人社、智慧医疗服务"),
    (13, "推动智慧工地"), (14, "推动智慧工地"), (15, "推动智慧工地"),
    (19, "提升辅助决策能力"), (20, "提升行政执行能力"), (21, "提升行政监督水平"),
    (22, "优化政策信息数字化发布"), (23, "压实安全责任"), (24, "落实安全制度。"),
    (25, "加强数据安全监管。建立"), (26, "提升安全防护能力"), (27, "提高自主可控水平"),
    (28, "推动政府履职更加协同高效"), (29, "创新数字政府建设管理机制。统筹"), (30, "完善配套制度"),
    (31, "推进标准规范应用"), (32, "开展试点示范。鼓励"), (33, "明确数据管理职责"),
    (34, "推进数据双向共享"), (35, "按照自治区公共数据开放目录"), (36, "多云共治平台"),
    (37, "推进非涉密业务专网整合"), (38, "智能算法库"), (39, "推广应用统一身份认证"),
    (40, "开放生态支撑平台"), (41, "推进桑蚕、糖料蔗"), (42, "推进智慧城市建设"),
    (43, "营造良好数字生态"),
]
covers = []
for t, s in covers_src:
    ln = L(s) if t != 43 else L("规范数字经济发展，落实公平竞争审查制度")
    covers.append({"task": t, "line": ln})

key = {
    "writer": "blind writer, round 941; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("Task numbers: the 广西 实施意见 has no numbered task list; this key numbers its 43 inline "
              "(责任单位…完成时限…) notes 1-43 in document order (seed lines 43,47,49,53,55,57,61,63,65,67,69,71,73,75,77,"
              "81,83,85,89,91,93,97,103,107,111,115,119,125,129,133,137,141,147,151,155,161,165,169,171,173,179,183,187); "
              "each why also names the seed line. Only tasks 3, 8, 9 and 22 carry a dated 完成时限 (2025年底); all others are 持续开展. "
              "Draft shape: measures carry no notes of their own; each block ends with one note "
              "（以上任务责任单位：…；完成时限：…） covering every measure since the previous note - for sections 二 to 四 that is one "
              "（一）-level subsection, for 五, 六 and 七 the note after the last subsection covers the whole 一-level section. "
              "Section 八 (党的领导) has no notes. The first-listed unit leads (line 121). "
              "Parent: none; 河池市 is mentioned only as a deployment (no title cited). "
              "The missing pillar is 二（五） 生态环境保护 with its tasks 16-18; if a checker treats only the six 体系 as pillars, "
              "the omission shows only as task-uncovered 16-18.")
}
assert 120 <= len(lines) <= 160, len(lines)
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(lines), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print('E', e['rule'], e['line'], e.get('text', e.get('pillar', e.get('task'))))
for e in M: print('M', e['rule'], e['line'], e.get('text'))
for c in covers: print('C', c['task'], c['line'])
