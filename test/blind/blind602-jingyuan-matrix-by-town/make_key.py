#!/usr/bin/env python3
# Writes key.json and checks every line/text against draft.txt (1-based).
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

expect = [
  {"rule": "basis-mismatch", "line": 9, "text": "宁政发〔2022〕17号",
   "why": "the regional 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong 文号 for that title"},
  {"rule": "deadline-later-than-baseline", "line": 17, "text": "2026年",
   "why": "主要目标: 体系框架全面成型 is set for 到2025年 in 宁政发〔2023〕17号 (到2025年，全区各级数字政府建设“34567”体系框架全面成型); the county puts the same goal at 2026"},
  {"rule": "unknown-unit", "line": 39, "text": "县大数据管理服务局",
   "why": "not in units.txt: 泾源县 has no 大数据管理服务局 (the name is copied from a city pattern); it is named as the lead of task 42"},
  {"rule": "garbled-text", "line": 51, "text": "鍔犲揩鎺ㄨ繘",
   "why": "UTF-8 bytes of 加快推进政务服务 read as GBK (鍔犲揩鎺ㄨ繘鏀垮姟鏈嶅姟); re-encoding as GBK and decoding as UTF-8 recovers it"},
  {"rule": "deadline-invalid", "line": 62, "text": "2014年10月底",
   "why": "a year before the plan's own year 2024 (typo for 2024年10月底); task 114 完成时限 2024年, so it is not a late deadline"},
  {"rule": "deadline-later-than-baseline", "line": 75, "text": "2025年3月底",
   "why": "兴盛乡 cell of the 宁政通 row: task 105 (宁政通 覆盖区市县乡村五级) 完成时限 2024年; the other six towns have 2024年6月底"},
  {"rule": "unknown-unit", "line": 89, "text": "自治区政府办公厅",
   "why": "a regional body named in the 县级牵头单位 column as lead of a local task (copied from task 106's 责任单位 '自治区政府办公厅牵头负责'); the county lead should be 县政府办公室"},
]

mustNotFlag = [
  {"rule": "basis-mismatch", "line": 1, "text": "《泾源县2024年加强数字政府建设实施方案》", "why": "the document's own title in the 印发 notice, not a basis citation"},
  {"rule": "basis-mismatch", "line": 2, "text": "泾政办发〔2024〕11号", "why": "the notice's own 文号, not a cited document"},
  {"rule": "unknown-unit", "line": 3, "text": "各乡镇人民政府", "why": "collective addressees (各乡镇人民政府，县直各部门（单位）)"},
  {"rule": "deadline-invalid", "line": 6, "text": "2024年3月18日", "why": "the issue date of the notice, not a deadline"},
  {"rule": "basis-mismatch", "line": 11, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the 工作基础 section; title and 文号 match; not cited as the basis of this plan"},
  {"rule": "deadline-invalid", "line": 12, "text": "2023年", "why": "past dates in the background (2023年 results, 截至2023年底), not deadlines"},
  {"rule": "deadline-later-than-baseline", "line": 12, "text": "2023年底", "why": "background statement of what was done by the end of 2023 (平台“家底”基本摸清); equal to the regional 到2023年底 goal and not a deadline"},
  {"rule": "deadline-later-than-baseline", "line": 16, "text": "2024年底", "why": "equal: tasks 48 (外网 5级全覆盖), 105 (宁政通), 86 (我的宁夏 应上尽上), 93 (适老化) are all 完成时限 2024年"},
  {"rule": "deadline-later-than-baseline", "line": 18, "text": "2035年", "why": "equal to the regional 到2035年 goal (数字政府全面建成)"},
  {"rule": "deadline-later-than-baseline", "line": 21, "text": "2024年6月底", "why": "earlier: task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年"},
  {"rule": "unknown-unit", "line": 21, "text": "县直各部门（单位）", "why": "collective subject"},
  {"rule": "deadline-later-than-baseline", "line": 22, "text": "2024年底", "why": "层级职责/县级指挥调度中心: the nearest task, 81 (统一的视频指挥调度体系), is 2025年; no regional task of this content is due before 2024"},
  {"rule": "deadline-later-than-baseline", "line": 25, "text": "持续推进，2025年取得明显成效", "why": "equal: task 3 (智慧园区) 完成时限 持续推进，2025 年取得明显成效"},
  {"rule": "deadline-later-than-baseline", "line": 26, "text": "持续推进，2025年取得明显成效", "why": "equal: task 5 (数字经济监管和治理机制) 完成时限 持续推进，2025 年取得明显成效"},
  {"rule": "deadline-later-than-baseline", "line": 27, "text": "2025年", "why": "equal: task 6 (公共事业服务数字化) 完成时限 持续推进，2025年取得明显成效"},
  {"rule": "deadline-later-than-baseline", "line": 28, "text": "2025年", "why": "equal: task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效"},
  {"rule": "unknown-unit", "line": 29, "text": "各乡镇人民政府", "why": "collective subject (各乡镇人民政府具体负责); 县供销合作社联合社 is in units.txt"},
  {"rule": "deadline-later-than-baseline", "line": 30, "text": "2025年", "why": "equal: task 12 (数据要素市场) 完成时限 2025年"},
  {"rule": "deadline-later-than-baseline", "line": 31, "text": "2024年底", "why": "equal: task 13 (数据交易政策环境) 完成时限 2024年"},
  {"rule": "unknown-unit", "line": 36, "text": "县直有关部门（单位）", "why": "collective subject"},
  {"rule": "deadline-later-than-baseline", "line": 36, "text": "2025年", "why": "equal: task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效"},
  {"rule": "deadline-later-than-baseline", "line": 41, "text": "2024年底", "why": "equal: tasks 47, 48 (城域网 / 5级全覆盖) and 50 (专网整合迁移) 完成时限 2024年"},
  {"rule": "deadline-later-than-baseline", "line": 42, "text": "2025年", "why": "equal: task 49 (视频一张网) 完成时限 2025年"},
  {"rule": "unknown-unit", "line": 45, "text": "自治区发展改革委", "why": "regional bodies (自治区发展改革委、统计局) named as data counterparts in the text, not as leads; the lead in the note is 县发展改革局"},
  {"rule": "deadline-later-than-baseline", "line": 45, "text": "2024年底", "why": "equal to task 65 (经济治理基础数据库) 2024年, earlier than task 66 (经济运行大数据平台) 2025年"},
  {"rule": "deadline-later-than-baseline", "line": 51, "text": "2024年底", "why": "equal: tasks 84 and 86 完成时限 2024年"},
  {"rule": "deadline-later-than-baseline", "line": 52, "text": "2024年底", "why": "earlier: task 87 (12345 一呼即应) 完成时限 2023年启动，2025年完成"},
  {"rule": "unknown-unit", "line": 55, "text": "固原市生态环境局泾源分局", "why": "the city bureau's county branch, listed in units.txt; the county's real environmental authority"},
  {"rule": "deadline-later-than-baseline", "line": 56, "text": "2025年6月底", "why": "not later: task 96 (互联网+城乡供水) 完成时限 2025年"},
  {"rule": "unknown-unit", "line": 57, "text": "六盘山镇人民政府", "why": "a town government listed in units.txt (六盘山镇人民政府、泾河源镇人民政府), not the nature reserve"},
  {"rule": "deadline-later-than-baseline", "line": 59, "text": "2025年", "why": "equal: tasks 106 (填表报数) and 107 (视频会议) 完成时限 2025年"},
  {"rule": "deadline-later-than-baseline", "line": 60, "text": "2024年底", "why": "earlier: task 111 (机关事务管理) 完成时限 2025年"},
  {"rule": "unknown-unit", "line": 65, "text": "县推进数字政府建设领导小组", "why": "the county's 议事协调机构 named as the subject of 组织领导, not a 责任单位 in a note; not a registry unit and not a mistake"},
  {"rule": "unknown-unit", "line": 67, "text": "宁夏干部教育培训网络学院", "why": "an online training platform used as a means, not a responsible unit"},
  {"rule": "deadline-later-than-baseline", "line": 69, "text": "2025年1月10日", "why": "the office's own reporting date for the 2025 work plan, not a task deadline"},
  {"rule": "unknown-unit", "line": 73, "text": "香水镇", "why": "the seven town names are column headers of the matrix (and in units.txt), not responsible units to check"},
  {"rule": "deadline-later-than-baseline", "line": 74, "text": "2024年底", "why": "大湾乡 cell equal: task 48 完成时限 2024年; the other cells are earlier"},
  {"rule": "deadline-invalid", "line": 76, "text": "—", "why": "— cells mean the town does not carry the task (county-only task 46); not a date"},
  {"rule": "unknown-unit", "line": 77, "text": "县审批局", "why": "official short name of 县审批服务管理局 in units.txt"},
  {"rule": "unknown-unit", "line": 82, "text": "县委政法委、县公安局", "why": "two county leads, both in units.txt; first-listed is the main lead (note on line 94)"},
  {"rule": "deadline-later-than-baseline", "line": 83, "text": "2025年", "why": "equal: task 83 (互联网+基层治理) 完成时限 2025年; 2024年底 and 2025年6月底 cells are earlier or equal"},
  {"rule": "unknown-unit", "line": 84, "text": "县应急局", "why": "short name of 县应急管理局 in units.txt"},
  {"rule": "deadline-later-than-baseline", "line": 85, "text": "2025年", "why": "equal: task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效"},
  {"rule": "unknown-unit", "line": 86, "text": "县林草局", "why": "short name of 县林业和草原局 in units.txt"},
  {"rule": "deadline-invalid", "line": 86, "text": "—", "why": "— cells for towns without forest area; not dates"},
  {"rule": "deadline-later-than-baseline", "line": 87, "text": "2025年6月底", "why": "not later: task 96 完成时限 2025年"},
  {"rule": "unknown-unit", "line": 88, "text": "固原市生态环境局泾源分局", "why": "city branch bureau listed in units.txt, a valid county lead"},
  {"rule": "deadline-later-than-baseline", "line": 90, "text": "2024年底", "why": "earlier: task 107 (视频会议) 完成时限 2025年"},
  {"rule": "unknown-unit", "line": 90, "text": "县机关事务服务中心", "why": "county unit in units.txt (the region's lead for task 107 is 自治区机管局; the county counterpart is correct)"},
  {"rule": "unknown-unit", "line": 93, "text": "县市场监管局", "why": "short name of 县市场监督管理局 in units.txt"},
  {"rule": "garbled-text", "line": 94, "text": "“—”", "why": "the dash in quotes is the legend of the matrix, not damage"},
  {"rule": "garbled-text", "line": 58, "text": "“宁政通”", "why": "domain term, not damage"},
]

covers = [
  (64, 21), (3, 25), (5, 26), (6, 27), (8, 28), (10, 29), (12, 30), (13, 31),
  (14, 33), (15, 33), (18, 34), (21, 35), (28, 36), (40, 38), (42, 39), (32, 37), (36, 37), (46, 40),
  (48, 41), (50, 41), (49, 42), (53, 43), (55, 43), (56, 43), (65, 45), (66, 45),
  (70, 46), (71, 46), (77, 47), (79, 48), (80, 49), (83, 50), (84, 51), (86, 51),
  (87, 52), (88, 53), (89, 53), (93, 54), (94, 55), (96, 56), (98, 57), (104, 58),
  (105, 58), (106, 59), (107, 59), (111, 60), (112, 61), (114, 62), (115, 63),
  (116, 65), (25, 66), (117, 67), (118, 67), (122, 68), (123, 68), (124, 68),
]

ok = True
for e in expect + mustNotFlag:
    l = e['line']
    if l and e.get('text') and e['text'] not in lines[l-1]:
        print('TEXT NOT ON LINE', e); ok = False
print('lines', len(lines), 'expect', len(expect), 'mustNotFlag', len(mustNotFlag), 'covers', len(covers))
assert ok

key = {
  "writer": "blind writer, round 602; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mustNotFlag,
  "covers": [{"task": t, "line": l} for t, l in covers],
  "notes": ("泾源县 (固原市) 2024 实施方案, issued 2024-03-18, checked against 宁政发〔2023〕17号 only (no parent plan). "
            "Body measures carry inline notes (牵头单位/配合单位/完成时限); the annex (lines 73-93) is a tab-separated matrix: "
            "序号, 重点任务, 县级牵头单位, then one deadline column per 乡镇 (香水镇 泾河源镇 六盘山镇 新民乡 兴盛乡 黄花乡 大湾乡), each cell a date or —. "
            "Line 94 states that the first-listed 县级牵头单位 is the main lead. Tasks whose regional 完成时限 is 2023 (14, 15, 18, 116, 122-124) "
            "are taken up only without a date, so no 2024 date is compared with a 2023 milestone. Matrix row 6 (12345 乡镇联动) matches task 87/115; "
            "row 15 matches task 94 (or 95); both are satisfied either way."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
