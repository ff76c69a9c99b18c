#!/usr/bin/env python3
# Writes key.json and checks that every entry's text occurs on its line of draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
GARBLE = '网上发布为主、其他渠道发布为辅的政务'.encode('utf-8').decode('gbk')

expect = [
  {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document, not a 办公厅 宁政办发 one); the slip mixes it with the 宁政办发〔2023〕11号 cited next to it"},
  {"rule": "deadline-later-than-baseline", "line": 119, "text": "2025年底",
   "why": "task-table row 26 (适老化与信息无障碍建设) is regional task 93, 完成时限 2024年; the body (line 68) correctly says 2024年底前"},
  {"rule": "deadline-invalid", "line": 73, "text": "2024年6月31日",
   "why": "June has 30 days; impossible date (tasks 104/105 are due 2024年, so it is not late; the table row on line 121 has the intended 2024年6月底前)"},
  {"rule": "unknown-unit", "line": 26, "text": "区经信局",
   "why": "old pre-reform name (经济和信息化局); not in units.txt, the unit is 区工业和信息化局 = 区工信局 (as in table row 1, line 94)"},
  {"rule": "garbled-text", "line": 78, "text": GARBLE[:8],
   "why": "UTF-8 bytes read as GBK: the run '" + GARBLE + "' re-encodes to 网上发布为主、其他渠道发布为辅的政务"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
   "why": "三个驱动 section (lines 23-32) has only 数字经济 and 数字社会; no 数字生态 content anywhere (no 数据要素市场/数据交易/政策环境/网络生态 measures)"},
  {"rule": "task-uncovered", "line": 0, "task": 12,
   "why": "consequence of the missing 数字生态 pillar: task 12 (培育数据要素市场, 各市、县（区）配合, 2025年) is not taken up"},
]

mustNotFlag = [
  {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
  {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan too; correct"},
  {"rule": "basis-mismatch", "line": 9, "text": "银川市人民政府《关于加强数字政府建设的实施方案》", "why": "city plan cited by title alone, as county plans do; a city plan may have no 文号"},
  {"rule": "basis-mismatch", "line": 10, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the old 2020 工作要点 in the background paragraph, with its correct title and 文号; not cited as basis"},
  {"rule": "basis-mismatch", "line": 2, "text": "金政办发〔2024〕9号", "why": "the draft's own 文号 in the notice header, not a cited basis document"},
  {"rule": "deadline-invalid", "line": 10, "text": "2023年", "why": "past date in the background (what was achieved in 2023), not a deadline"},
  {"rule": "deadline-invalid", "line": 36, "text": "2023年形成机制，长期坚持", "why": "copied verbatim from regional task 18 (完成时限 2023年形成机制，长期坚持); a copied regional deadline before the plan year"},
  {"rule": "deadline-invalid", "line": 99, "text": "2023年形成机制，长期坚持", "why": "table row 6, same copied task-18 deadline"},
  {"rule": "deadline-later-than-baseline", "line": 36, "text": "2023年形成机制，长期坚持", "why": "identical to task 18's 完成时限"},
  {"rule": "deadline-later-than-baseline", "line": 15, "text": "到2024年底", "why": "district goals for 2024 (外网 to 镇村 = task 48 2024年; 迁移上云 = tasks 43/46 2024年; 网上办掌上办 = task 84 2024年; 宁政通 = task 105 2024年; 填表报数 = task 106 2025年): equal or earlier; none restates a regional 2023 goal"},
  {"rule": "deadline-later-than-baseline", "line": 16, "text": "到2025年", "why": "same year as the regional goal 到2025年 “34567”体系框架全面成型"},
  {"rule": "deadline-later-than-baseline", "line": 20, "text": "2024年6月底前", "why": "task 64 (各地各部门参照自治区做法成立相应组织机构) is due 2025年; earlier"},
  {"rule": "deadline-later-than-baseline", "line": 26, "text": "持续推进，2024年取得明显成效", "why": "task 2: 2023年启动，2024年取得明显成效; completing milestone equal"},
  {"rule": "deadline-later-than-baseline", "line": 41, "text": "2024年启动，2025年取得明显成效", "why": "task 28: 2023年启动，2025年取得明显成效; the start is a year later but the completing milestone (2025) is equal"},
  {"rule": "deadline-later-than-baseline", "line": 102, "text": "2024年启动，2025年取得明显成效", "why": "table row 9, same as line 41 (task 28)"},
  {"rule": "deadline-later-than-baseline", "line": 37, "text": "2024年底前", "why": "task 19: 2023年启动，2024年建成 (and task 43: 2024年建成); equal"},
  {"rule": "deadline-later-than-baseline", "line": 44, "text": "2024年9月底前", "why": "tasks 41/42: 2024年; earlier"},
  {"rule": "deadline-later-than-baseline", "line": 48, "text": "2024年11月底前", "why": "tasks 48/50: 2024年; earlier"},
  {"rule": "deadline-later-than-baseline", "line": 49, "text": "2025年底前", "why": "task 52 (电子证照 incl. 社会化高频场景): 2025年; equal"},
  {"rule": "deadline-later-than-baseline", "line": 51, "text": "2025年6月底前", "why": "task 49 (视频共享平台/视频一张网): 2025年; earlier"},
  {"rule": "deadline-later-than-baseline", "line": 55, "text": "2025年底前", "why": "task 66 (宁夏经济运行大数据平台, 重点企业画像, 产业链, 监测预警): 2025年; equal"},
  {"rule": "deadline-later-than-baseline", "line": 67, "text": "2025年底前", "why": "task 87 (12345 一呼即应): 2023年启动，2025年完成; equal"},
  {"rule": "deadline-later-than-baseline", "line": 68, "text": "2024年底前", "why": "task 93: 2024年; equal (the table row on line 119 is the late one)"},
  {"rule": "deadline-later-than-baseline", "line": 74, "text": "2025年底前", "why": "task 106 (填表报数 压减50%): 2025年; equal"},
  {"rule": "deadline-later-than-baseline", "line": 121, "text": "2024年6月底前", "why": "table row 28, tasks 104/105: 2024年; earlier"},
  {"rule": "deadline-later-than-baseline", "line": 88, "text": "2024年12月20日前", "why": "the office's own reporting dates (季度进展、年度总结), not task deadlines"},
  {"rule": "deadline-later-than-baseline", "line": 22, "text": "长期坚持", "why": "ongoing working mechanism (月调度、季通报); closest task 121 is 长期坚持; no milestone to be late"},
  {"rule": "unknown-unit", "line": 3, "text": "各镇人民政府、街道办事处", "why": "collective addressee (各 covers both 镇人民政府 and 街道办事处)"},
  {"rule": "unknown-unit", "line": 35, "text": "各镇人民政府、街道办事处", "why": "collective subject, as in the notice greeting"},
  {"rule": "unknown-unit", "line": 60, "text": "各镇、街道", "why": "collective subject (各镇、各街道)"},
  {"rule": "unknown-unit", "line": 63, "text": "各村（社区）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 31, "text": "各街道办事处", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 43, "text": "区直有关部门", "why": "collective tail after a list of registered units (区人社局、区卫健局、区民政局等区直有关部门)"},
  {"rule": "unknown-unit", "line": 40, "text": "区发展和改革局、财政局", "why": "the prefix 区 distributes: 区发展和改革局, 区财政局, both in units.txt"},
  {"rule": "unknown-unit", "line": 26, "text": "区发改局", "why": "registered short name of 区发展和改革局 (区科技局 likewise of 区科学技术局)"},
  {"rule": "unknown-unit", "line": 28, "text": "金凤市场监管分局", "why": "registered short name of 银川市市场监督管理局金凤区分局 (金凤公安分局 likewise)"},
  {"rule": "unknown-unit", "line": 55, "text": "金凤区税务局", "why": "outside the district government proper, listed in units.txt as short name of 国家税务总局银川市金凤区税务局"},
  {"rule": "unknown-unit", "line": 68, "text": "区残联", "why": "mass organisation listed in units.txt (区残疾人联合会)"},
  {"rule": "unknown-unit", "line": 71, "text": "丰登镇、良田镇", "why": "registered short names of 丰登镇人民政府 and 良田镇人民政府"},
  {"rule": "unknown-unit", "line": 27, "text": "金凤工业集中区管委会", "why": "registered short name of 金凤工业集中区管理委员会"},
  {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "the work system is restructured as 一套工作体系 (lines 19-22): 组织机构 (task 64 content), 六级贯通 层级职责, 工作机制"},
  {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "line 21 takes up 六级贯通 explicitly for the district's level"},
  {"rule": "missing-pillar", "line": 0, "pillar": "组织领导", "why": "党的领导 items are under 保障措施 (lines 83-86): 组织领导, 资金保障 (财政投入), 数字素养, 考核评价"},
  {"rule": "garbled-text", "line": 9, "text": "“1244+N”", "why": "genuine name of the 数字宁夏 action plan, not damage"},
]

covers = [
  (2,26),(3,27),(5,28),(6,30),(7,30),(8,30),(9,31),(10,32),(14,35),(15,35),(18,36),(19,37),
  (21,39),(22,39),(24,40),(28,41),(33,43),(34,43),(41,44),(42,44),(40,45),(54,45),(43,47),(46,47),
  (48,48),(50,48),(52,49),(56,50),(49,51),(57,52),(66,55),(70,57),(71,57),(74,58),(77,60),(79,61),
  (80,62),(83,63),(84,65),(86,65),(89,66),(87,67),(93,68),(95,70),(96,71),(104,73),(105,73),
  (106,74),(107,75),(111,75),(112,78),(114,79),(115,80),(113,81),(64,20),(116,83),(25,84),(118,85),
  (122,86),(123,86),(124,86),(121,22),
]

key = {
  "writer": "blind writer, round 678; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mustNotFlag,
  "covers": [{"task": t, "line": l} for t, l in covers],
  "notes": ("银川市金凤区 2024年 annual 实施方案 issued by 区政府办公室 on 2024-03-18 (金政办发〔2024〕9号), implementing 宁政发〔2023〕17号; no parent plan supplied "
            "(the 银川市 plan is cited by title only). Body measures carry inline notes (牵头单位/责任单位/完成时限); the 附件 task table (lines 93-125) repeats most of them "
            "and states that the first-listed lead is the main lead. Six planted slips: wrong 文号 of the regional basis (line 9), a late table deadline that contradicts the body "
            "(line 119 vs 68), an impossible date 6月31日 (line 73), an old unit name 区经信局 (line 26), one mojibake run (line 78), and a dropped 数字生态 sub-section "
            "(task 12 uncovered as a consequence). Tasks whose regional deadline is 2023 are either undated in the draft (lines 35, 40, 83-86) or copy the regional text (line 36/99)."),
}

# checks
for e in key["expect"] + key["mustNotFlag"]:
    if e["line"]:
        assert e.get("text", "") in L[e["line"] - 1], (e["line"], e.get("text"))
for c in key["covers"]:
    assert 1 <= c["line"] <= len(L) and L[c["line"] - 1].strip(), c
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L) - (1 if L[-1] == '' else 0), 'lines;', len(expect), 'expect;', len(mustNotFlag), 'mustNotFlag;', len(covers), 'covers')
