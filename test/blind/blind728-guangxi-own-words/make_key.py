#!/usr/bin/env python3
"""Writes key.json for blind728 and checks every line/text against draft.txt (1-based)."""
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def T(n, gx):  # task n of the Guangxi text, seed line gx
    return f"桂政发〔2022〕31号 task {n} (the {n}th (責任單位…完成時限…) note, seed line {gx})"

expect = [
 {"rule": "basis-mismatch", "line": 10, "text": "桂政发〔2022〕13号",
  "why": "the 广西 实施意见《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (2022-11-30); digits transposed"},
 {"rule": "deadline-later-than-baseline", "line": 39, "text": "2026年底",
  "why": "12345 热线 归并/联动: " + T(8, 63) + " has 完成時限 2025年底; the county sets 2026年底"},
 {"rule": "deadline-invalid", "line": 119, "text": "2022年底",
  "why": "task-table row 18 (电子政务外网延伸和IPv6改造) is due 2022年底前, before the plan's own year (issued 2023-06-12); body line 78 says 持续开展 (" + T(37, 165) + ", 持續開展)"},
 {"rule": "unknown-unit", "line": 71, "text": "县大数据中心",
  "why": "not in units.txt; the county body is 县大数据发展和政务局 (县大数据和政务局, 县大数据局)"},
 {"rule": "unknown-unit", "line": 118, "text": "自治区大数据发展局",
  "why": "a regional body named as the 牵头单位 of a local task (task-table row 17, 政务云资源统筹); should be 县大数据和政务局"},
 {"rule": "garbled-text", "line": 73, "text": "鏁村悎鏀垮姟",
  "why": "UTF-8 read as GBK: 鏁村悎鏀垮姟鏁版嵁璧勬簮 = 整合政务数据资源"},
]

M = []
def m(rule, line, text, why):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# basis
m("basis-mismatch", 13, "国发〔2018〕27号", "retrospective mention in 发展基础 of an older national document, correctly numbered (国务院关于加快推进全国一体化在线政务服务平台建设的指导意见); not a basis of this plan")
m("basis-mismatch", 10, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
m("basis-mismatch", 2, "平政办发〔2023〕21号", "the plan's own 发文字号, not a cited document")
# dates that are not deadlines / background
m("deadline-invalid", 13, "2022年底", "background: 截至2022年底 achievement, not a deadline")
m("deadline-invalid", 13, "2022年9月", "background: platform completed in 2022年9月, not a deadline")
m("deadline-invalid", 6, "2023年6月12日", "issuing date of the notice")
m("deadline-invalid", 92, "2023年6月30日", "office's own filing date for 联络员 lists (after the issue date); not a task deadline")
m("deadline-later-than-baseline", 96, "12月10日", "office's own half-yearly reporting dates (每年6月25日、12月10日前)")
# goals
m("deadline-later-than-baseline", 25, "到2025年", "主要目标: equal to the region's 到2025年 体系框架基本形成")
m("deadline-later-than-baseline", 25, "到2024年底", "local sub-goal (全程网办 80%), earlier than the region's 2025 goal")
m("deadline-later-than-baseline", 26, "到2035年", "equal to the region's 到2035年 基本建成")
# equal / earlier deadlines on dated regional tasks
m("deadline-later-than-baseline", 32, "2024年底前", "互联网+监管: " + T(3, 49) + " 完成時限 2025年底; earlier")
m("deadline-later-than-baseline", 103, "2024年底前", "table row 2, same task 3 (2025年底); earlier")
m("deadline-later-than-baseline", 40, "2025年底", "智桂通: " + T(9, 65) + " 完成時限 2025年底; equal")
m("deadline-later-than-baseline", 109, "2025年底", "table row 8, task 9 (2025年底); equal")
m("deadline-later-than-baseline", 52, "2025年12月底前", "政务公开: " + T(22, 97) + " 完成時限 2025年底; equal (month form)")
m("deadline-later-than-baseline", 115, "2025年12月底前", "table row 14, task 22 (2025年底); equal")
# local dates on ongoing regional tasks
m("deadline-later-than-baseline", 35, "2023年底前", "雪亮工程: " + T(5, 55) + " is 持續開展; a local date on an ongoing task cannot be later")
m("deadline-later-than-baseline", 41, "2024年底前", "智慧教育: " + T(10, 67) + " is 持續開展; local milestone")
m("deadline-later-than-baseline", 49, "2023年启动，2024年建成", "数字政府大脑/指挥中心: " + T(19, 89) + " is 持續開展")
m("deadline-later-than-baseline", 69, "2023年10月底前", "数据目录: " + T(33, 147) + " is 持續開展; within the plan's year")
m("deadline-later-than-baseline", 102, "2024年6月底前", "table row 1, " + T(1, 43) + " is 持續開展")
m("deadline-later-than-baseline", 107, "2024年5月底前", "table row 6, " + T(6, 57) + " is 持續開展")
m("deadline-later-than-baseline", 118, "2024年底前", "table row 17, " + T(36, 161) + " is 持續開展 (the row's error is its lead unit, not its date)")
# units: collectives
m("unknown-unit", 3, "县直各部门（单位）", "collective addressee")
m("unknown-unit", 29, "各乡镇人民政府", "collective subject")
m("unknown-unit", 32, "县直有关部门", "collective subject")
m("unknown-unit", 105, "各乡镇人民政府", "collective subject in the 配合单位 column")
# units: prefix distribution and short names
m("unknown-unit", 29, "统计局", "prefix 县 distributes: 县统计局, 县财政局 are in units.txt")
m("unknown-unit", 31, "大数据和政务局", "prefix 县 distributes: 县大数据和政务局 is the registered short name of 县大数据发展和政务局")
m("unknown-unit", 44, "文广体旅局", "prefix 县 distributes: 县文广体旅局 is a registered short name")
m("unknown-unit", 59, "科技局", "prefix 县 distributes: 县科技局 is the short name of 县科学技术局")
m("unknown-unit", 46, "平南生态环境局", "registered short name of 贵港市平南生态环境局 (the county branch of the city bureau)")
m("unknown-unit", 38, "县残联", "registered short name of 县残疾人联合会")
m("unknown-unit", 122, "县供销社", "registered short name of 县供销合作社联合社")
m("unknown-unit", 34, "县人民检察院", "in units.txt (县人民法院, 县人民检察院)")
m("unknown-unit", 29, "平南县税务局", "vertical body, registered short name of 国家税务总局平南县税务局")
m("unknown-unit", 36, "平南县气象局", "vertical body in units.txt, as is 县消防救援大队")
m("unknown-unit", 50, "县机关事务服务中心", "in units.txt")
m("unknown-unit", 85, "县委网信办", "canonical name in units.txt")
m("unknown-unit", 92, "自治区大数据发展局", "narrative (主动对接…争取试点), not a responsible unit or lead")
m("unknown-unit", 38, "县政务服务中心", "a service hall named in narrative, not a responsible unit")
# others
m("missing-pillar", 90, None, "党的领导 is taken up under 八、保障措施 (坚持党对数字政府建设的全面领导, 领导小组, 推进机制, 数字素养, 考核评估) although the heading differs")
m("garbled-text", 34, "平南e网格", "a local project name with a Latin letter, not mojibake")

covers = [
 (1,29),(2,31),(3,32),(4,34),(5,35),(6,36),(7,38),(8,39),(9,40),(10,41),(11,42),(12,43),
 (13,44),(14,44),(15,44),(16,46),(17,47),(18,47),(19,49),(20,50),(21,50),(22,52),(23,55),
 (24,57),(25,57),(26,59),(27,59),(28,62),(29,64),(30,66),(31,66),(32,66),(33,69),(34,71),
 (35,73),(36,76),(37,78),(38,80),(39,80),(40,80),(41,83),(42,85),(43,87)]

# verify
for e in expect + M:
    if e.get("text"):
        assert e["text"] in L[e["line"]-1], (e, L[e["line"]-1][:40])
for t, ln in covers:
    assert L[ln-1].strip(), (t, ln)

key = {
 "writer": "blind writer, round 728; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": [{"task": t, "line": ln} for t, ln in covers],
 "notes": ("平南县 (贵港市) 2023 实施方案 implementing 桂政发〔2022〕31号 in its own words, with inline (责任单位…完成时限…) notes after each measure "
           "and an attached 重点任务清单 (lines 101-124, tab-separated, 6 columns). Guangxi has no numbered task list: task numbers here are the "
           "order of the 43 (責任單位…完成時限…) notes in seeds/guangxi-2022-shishi-yijian.txt (1 = seed line 43 … 43 = seed line 187); "
           "each why also gives the seed line. Dated regional tasks: 3, 8, 9, 22 (2025年底); all others 持續開展; task 23 is the only one without 各市人民政府. "
           "Line 100 states that the first-listed unit is the main lead. No pillar is missing; no task is deliberately left out.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
