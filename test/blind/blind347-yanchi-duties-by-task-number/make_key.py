#!/usr/bin/env python3
# Builds key.json for blind347; every line number is found by searching draft.txt and asserted.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(sub, nth=0):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    assert hits, sub
    return hits[nth]

def one(sub):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def starts(sub):
    hits = [i + 1 for i, s in enumerate(L) if s.startswith(sub)]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def T(n):
    hits = [i + 1 for i, s in enumerate(L) if s.split('.', 1)[0] == str(n) and '.' in s[:3]]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1])
    return line

expect = [
  {"rule": "basis-mismatch", "line": chk(one('（宁政办发〔2023〕17号）'), '宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
  {"rule": "deadline-invalid", "line": chk(T(21), '2022年底前完成'), "text": "2022年",
   "why": "draft task 21 (公共数据与社会数据融合应用 = regional task 42, 完成时限 2024年) is due 2022年底, before the year the plan is issued (2023-12-18); a typo for 2024"},
  {"rule": "deadline-later-than-baseline", "line": chk(T(23), '2025年底前完成'), "text": "2025年底",
   "why": "draft task 23 (城域网升级改造, 向企事业单位拓展 = regional task 48 开展各级城域网升级改造，推进区市县乡村5级全覆盖, 完成时限 2024年; task 47 外网升级 also 2024年) is due 2025年底"},
  {"rule": "deadline-later-than-baseline", "line": chk(T(37), '2025年6月底前完成'), "text": "2025年6月",
   "why": "draft task 37 (政府网站、政务移动端、服务场所适老化与信息无障碍建设 = regional task 93, 完成时限 2024年) is due 2025年6月底"},
  {"rule": "unknown-unit", "line": chk(starts('县经济和信息化局：'), '县经济和信息化局'), "text": "县经济和信息化局",
   "why": "old name, not in units.txt (the body is 县工业信息化和商务局 = 县工信商务局) nor a regional unit; leads task 4"},
  {"rule": "unknown-unit", "line": chk(starts('自治区党委政法委：'), '自治区党委政法委'), "text": "自治区党委政法委",
   "why": "a regional body named as the lead of a local task (draft task 25, copied from regional task 49 whose lead is 自治区党委政法委); the county body is 县委政法委, which has its own paragraph"},
  {"rule": "garbled-text", "line": chk(T(38), '鏅烘収姘村姟骞冲彴'), "text": "鏅烘収姘村姟",
   "why": "UTF-8 bytes of 智慧水务平台 read as GBK (完善县级智慧水务平台)"},
]

D = lambda n, why, text=None: dict({"rule": "deadline-later-than-baseline", "line": T(n), "why": why}, **({"text": text} if text else {}))
mnf = [
  {"rule": "basis-mismatch", "line": chk(2, '盐政办发〔2023〕96号'), "text": "盐政办发〔2023〕96号", "why": "the notice's own document number, not a cited basis document"},
  {"rule": "basis-mismatch", "line": chk(9, '国发〔2022〕14号'), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
  {"rule": "basis-mismatch", "line": chk(9, '宁政办发〔2023〕11号'), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited exactly as the 吴忠 plan cites it"},
  {"rule": "basis-mismatch", "line": chk(9, '吴忠市人民政府《关于加强数字政府建设的实施方案》'), "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》", "why": "the parent city plan cited by its exact title without a 文号, as DOMAIN.md allows"},
  {"rule": "basis-mismatch", "line": chk(14, '宁政办发〔2020〕14号'), "text": "宁政办发〔2020〕14号", "why": "retrospective mention in 现状基础 with the correct title and 文号; not cited as the basis of this plan"},
  {"rule": "deadline-invalid", "line": chk(14, '2022年，'), "text": "2022年", "why": "past date in the background (现状基础), not a deadline; likewise 截至2023年10月底"},
  {"rule": "deadline-invalid", "line": chk(6, '2023年12月18日'), "text": "2023年12月18日", "why": "the issuing date"},
  {"rule": "deadline-later-than-baseline", "line": chk(16, '到2023年底'), "text": "到2023年底", "why": "goal equal to the region's 到2023年底 goal (平台“家底”全面理清) and to 吴忠's"},
  {"rule": "deadline-later-than-baseline", "line": chk(17, '到2025年'), "text": "到2025年", "why": "“1347”体系框架全面成型 by 2025, equal to the region's 34567 goal and 吴忠's 到2025年"},
  {"rule": "deadline-later-than-baseline", "line": chk(18, '到2035年'), "text": "到2035年", "why": "equal to the region's and 吴忠's 2035 vision"},
  D(1, "regional task 64 (各地各部门参照自治区做法，成立相应的组织机构), 完成时限 2025年; the draft's 2024年6月底 is earlier", "2024年6月"),
  D(3, "regional task 116 (一把手工程), 完成时限 2023年完成并长期坚持; equal", "2023年底"),
  D(4, "regional task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效; equal", "2025年"),
  D(5, "regional task 2 (产业云、企业产业数据汇聚), 完成时限 2023年启动，2024年取得明显成效; equal", "2024年"),
  D(6, "regional task 6 (公共事业服务数字化), 完成时限 持续推进，2025年取得明显成效; equal", "2025年"),
  D(7, "regional task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效; equal", "2025年底"),
  D(8, "regional task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效; equal", "2025年"),
  D(9, "regional task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效; equal", "2025年"),
  D(10, "regional task 12 (培育数据要素市场), 完成时限 2025年; equal", "2025年底"),
  D(13, "regional task 18 (安全技术保障体系、应急演练), 完成时限 2023年形成机制，长期坚持; equal", "2023年底"),
  D(16, "regional task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效; the draft starts in 2024 but the completing milestone (2025年取得明显成效) is equal, and DOMAIN.md compares the completing milestone", "2024年启动"),
  D(19, "regional task 36 (政务数据供需对接机制), 完成时限 2023年; equal", "2023年底"),
  D(25, "regional task 49 (视频共享平台、视频一张网), 完成时限 2025年; 2025年6月底 is within that year", "2025年6月"),
  D(28, "regional task 56 (非税收入收缴电子化), 完成时限 2025年; equal", "2025年底"),
  D(30, "regional task 66 (宁夏经济运行大数据平台、经济监测预警), 完成时限 2025年; 2024年底 is earlier (and equal to task 65, 2024年)", "2024年底"),
  D(35, "regional task 83 (互联网+基层治理), 完成时限 2025年; equal", "2025年底"),
  D(38, "regional task 96 (互联网+城乡供水、全域水联网), 完成时限 2025年, and task 95 (生态环境数据资源综合开发利用), 2025年; equal", "2025年底"),
  {"rule": "deadline-later-than-baseline", "line": chk(one('（二）全面推进阶段'), '2025年6月'), "text": "2025年6月", "why": "the office's own implementation schedule (实施步骤), not a task deadline; likewise line 65 (2023年12月) and line 67 (2025年7月—12月)"},
  {"rule": "deadline-later-than-baseline", "line": chk(one('（三）总结提升阶段'), '2025年7月'), "text": "2025年7月—12月", "why": "own schedule: summary stage, not a task deadline"},
  {"rule": "deadline-later-than-baseline", "line": chk(one('每年6月底、12月底前'), '12月底前'), "text": "每年6月底、12月底前", "why": "the office's own progress-reporting dates"},
  {"rule": "deadline-invalid", "line": T(11), "text": "2023年底", "why": "2023 is the plan's own year, not before it; equal to regional task 14 (2023年)"},
  {"rule": "unknown-unit", "line": chk(3, '县直各部门（单位）'), "text": "县直各部门（单位）", "why": "collective addressees (各乡镇人民政府，县直各部门（单位）)"},
  {"rule": "unknown-unit", "line": chk(starts('县直各部门（单位）：'), '县直各部门（单位）'), "text": "县直各部门（单位）", "why": "collective subject in the division of duties"},
  {"rule": "unknown-unit", "line": chk(starts('各乡镇人民政府：'), '各乡镇人民政府'), "text": "各乡镇人民政府", "why": "collective subject (负责本辖区…); its range 第1—3项 is a range of task numbers"},
  {"rule": "unknown-unit", "line": chk(starts('县发改局：'), '县发改局'), "text": "县发改局", "why": "official short name of 县发展和改革局 in units.txt"},
  {"rule": "unknown-unit", "line": chk(starts('县供销社：'), '县供销社'), "text": "县供销社", "why": "short name of 县供销合作社联合社 in units.txt"},
  {"rule": "unknown-unit", "line": chk(starts('县市场监管局：'), '县市场监管局'), "text": "县市场监管局", "why": "short name of 县市场监督管理局 in units.txt"},
  {"rule": "unknown-unit", "line": chk(starts('县委编办：'), '县委编办'), "text": "县委编办", "why": "in units.txt; a body that leads nothing and only cooperates"},
  {"rule": "unknown-unit", "line": chk(starts('县档案馆：'), '县档案馆'), "text": "县档案馆", "why": "in units.txt; cooperates only"},
  {"rule": "unknown-unit", "line": chk(starts('县统计局：'), '县统计局'), "text": "县统计局", "why": "in units.txt; cooperates only"},
  {"rule": "unknown-unit", "line": chk(starts('县融媒体中心：'), '县融媒体中心'), "text": "县融媒体中心", "why": "in units.txt; cooperates only"},
  {"rule": "unknown-unit", "line": chk(starts('吴忠市生态环境局盐池分局：'), '吴忠市生态环境局盐池分局'), "text": "吴忠市生态环境局盐池分局", "why": "the county branch of the city bureau, listed in units.txt; cooperates only"},
  {"rule": "unknown-unit", "line": chk(starts('国家税务总局盐池县税务局：'), '国家税务总局盐池县税务局'), "text": "国家税务总局盐池县税务局", "why": "in units.txt (vertically managed tax bureau); cooperates only"},
  {"rule": "unknown-unit", "line": chk(starts('盐池工业园区管委会：'), '盐池工业园区管委会'), "text": "盐池工业园区管委会", "why": "in units.txt; cooperates only"},
  {"rule": "unknown-unit", "line": chk(starts('县委政法委：'), '县委政法委'), "text": "县委政法委", "why": "the county body, in units.txt; only the 自治区党委政法委 paragraph above it is wrong"},
  {"rule": "unknown-unit", "line": chk(starts('县大数据服务中心：'), '16—24'), "text": "16—24", "why": "a range of task numbers (16 to 24) in 县大数据服务中心's paragraph, not a unit or damaged text; likewise 11—13 and 25—27"},
  {"rule": "unknown-unit", "line": chk(one('领导小组办公室设在'), '县推进数字政府建设领导小组办公室'), "text": "县推进数字政府建设领导小组办公室", "why": "narrative mention of the leading group's office, housed in 县大数据服务中心; not assigned any task"},
  {"rule": "unknown-unit", "line": chk(1, '盐池县人民政府办公室'), "text": "盐池县人民政府办公室", "why": "the issuing office, 县人民政府办公室 in units.txt"},
]

cov = [(64,1),(116,3),(3,4),(2,5),(6,6),(8,7),(10,8),(11,9),(12,10),(14,11),(15,12),(18,13),(21,14),(24,15),(28,16),
       (30,17),(32,18),(36,19),(41,20),(42,21),(46,22),(48,23),(50,24),(49,25),(53,26),(54,27),(56,28),(57,29),(66,30),
       (71,31),(77,32),(79,33),(80,34),(83,35),(84,36),(93,37),(96,38),(95,38),(105,39),(104,39),(112,40),(114,40)]
covers = [{"task": t, "line": T(d)} for t, d in cov]
covers.append({"task": 25, "line": chk(one('（二）加大财政投入'), '统筹利用现有资金渠道')})
covers.append({"task": 123, "line": chk(one('（四）强化考核评价'), '综合考核评价的重要参考')})

key = {
  "writer": "blind writer, round 347; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("County plan of 盐池县 (吴忠市), issued 2023-12-18. The 40 numbered tasks carry only dates; bodies are assigned by task "
            "number in 五、责任分工, one body a paragraph, with ranges written 16—24. Draft tasks map to regional tasks as listed in covers. "
            "Every task has exactly one lead. Task 25's lead is the planted regional body. The 吴忠 parent plan carries no task dates, "
            "so deadlines are judged against the regional list; its goals (2023/2025/2035) are equal to the draft's."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
