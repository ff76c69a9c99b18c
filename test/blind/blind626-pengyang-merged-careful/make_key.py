# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')

expect = [
  {"rule": "basis-mismatch", "line": 10, "text": "宁政办发〔2023〕17号",
   "why": "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document), not a 宁政办发 (政府办公厅) number; wrong 文号 for that title"},
  {"rule": "garbled-text", "line": 44, "text": "渚濇墭鍏ㄥ尯",
   "why": "UTF-8 read as GBK: the run 渚濇墭鍏ㄥ尯鏀垮姟鏁版嵁骞冲彴鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 re-encoded as GBK and decoded as UTF-8 is 依托全区政务数据平台健全政务数据供需对接机制"},
  {"rule": "missing-pillar", "line": 0, "pillar": "经济调节",
   "why": "the merged heading （一）提升经济调节和市场监管能力 (line 54) names 经济调节 but every measure under it (lines 55-58) is 市场监管; no 经济数据汇聚/经济运行监测/经济政策衔接 content anywhere in the draft (line 53 only lists the seven capabilities by name)"},
  {"rule": "deadline-invalid", "line": 102, "text": "2024年6月31日",
   "why": "impossible date: June has 30 days (task 41, regional 完成时限 2024年, so the row is not late, only invalid)"},
  {"rule": "unknown-unit", "line": 110, "text": "县大数据管理服务局",
   "why": "wrong body: 彭阳县 has no 大数据管理服务局 (a city-style name); units.txt lists 县大数据服务中心 and 县人民政府办公室 only; named as lead (first-listed, see note line 120) of a county task"},
  {"rule": "deadline-later-than-baseline", "line": 112, "text": "2025年6月底",
   "why": "task 93 (适老化与信息无障碍建设, 各市、县（区）按照职能分别负责), regional 完成时限 2024年; the county row gives 2025年6月底前"},
  {"rule": "task-uncovered", "line": 0, "task": 66,
   "why": "经济运行大数据平台/经济监测预警 (各市、县（区）配合) left out with the whole 经济调节 part"},
  {"rule": "task-uncovered", "line": 0, "task": 67,
   "why": "规划综合管理信息平台/经济政策衔接 (各市、县（区）配合) left out with the whole 经济调节 part"},
]

def dl(line, task, regional, county, how):
    return {"rule": "deadline-later-than-baseline", "line": line, "text": county,
            "why": f"task {task}, regional 完成时限 {regional}; county {county} is {how}"}

mnf = [
  # merged headings / short measures
  {"rule": "missing-pillar", "line": 31, "pillar": "数字生态",
   "why": "merged heading line 26 (引领数字社会建设，营造良好数字生态); 数字生态 is present through the one-sentence measure 营造良好数字生态 (数据要素市场, 数据流通交易, 数字发展环境; tasks 12-13)"},
  {"rule": "missing-pillar", "line": 26, "pillar": "数字社会",
   "why": "first part of the merged heading line 26; measures on lines 27-30 (公共服务数字化, 智慧教育/医疗, 数字乡村, 数字供销)"},
  {"rule": "missing-pillar", "line": 42, "pillar": "制度规则",
   "why": "merged heading line 41 (健全制度规则和数据资源体系); 制度规则 present through the one-sentence measure 规范项目统筹管理 (政务信息化项目会商论证机制, task 24)"},
  {"rule": "missing-pillar", "line": 43, "pillar": "数据资源",
   "why": "second part of merged heading line 41; measures on lines 43, 45, 46 (the garbled line 44 is not needed for it)"},
  {"rule": "missing-pillar", "line": 35, "pillar": "安全保障",
   "why": "merged heading line 34 (强化安全保障和平台支撑); measures on lines 35-36"},
  {"rule": "missing-pillar", "line": 37, "pillar": "平台支撑",
   "why": "merged heading line 34; measures on lines 37-40 (信创云, 电子政务外网, 视频, 共性应用)"},
  {"rule": "missing-pillar", "line": 50, "pillar": "五个一",
   "why": "the work system is restructured as 一套工作体系 (line 47-48); 健全组织机构 is taken up by line 50 (领导小组、办公室、技术支撑、乡镇和部门专人); a county has no 五个一 of its own"},
  {"rule": "missing-pillar", "line": 51, "pillar": "六级贯通",
   "why": "merged heading line 49 (健全组织机构，厘清层级职责); 厘清层级职责/六级贯通 present through the one-sentence measure on line 51"},
  {"rule": "missing-pillar", "line": 55, "pillar": "市场监管",
   "why": "the other part of the planted merged heading line 54 does have measures (lines 55-58); only 经济调节 is missing"},
  {"rule": "missing-pillar", "line": 60, "pillar": "社会管理",
   "why": "merged heading line 59 (社会管理和公共服务); 社会管理 measures on lines 60-63"},
  {"rule": "missing-pillar", "line": 64, "pillar": "公共服务",
   "why": "merged heading line 59; 公共服务 measures on lines 64-67"},
  {"rule": "missing-pillar", "line": 76, "pillar": "政务公开",
   "why": "merged heading line 72 (政务运行和政务公开); 政务公开 present through the one-sentence measure on line 76 (政务公开平台, 新媒体矩阵, 网上发布为主; tasks 112, 114)"},
  {"rule": "missing-pillar", "line": 73, "pillar": "政务运行",
   "why": "merged heading line 72; measures on lines 73-75"},
  {"rule": "missing-pillar", "line": 81, "pillar": "考核评价",
   "why": "merged heading line 79 (加强组织领导，强化考核评价); 考核评价 on line 81"},
  {"rule": "missing-pillar", "line": 83, "pillar": "财政投入",
   "why": "merged heading line 82 (加大财政投入，提升数字素养); 财政投入 on line 83"},
  {"rule": "missing-pillar", "line": 84, "pillar": "数字素养",
   "why": "merged heading line 82; 数字素养 present through the one-sentence measure on line 84 (党校培训, 年度数字化能力培训; task 118)"},
  # units
  {"rule": "unknown-unit", "line": 4, "text": "各乡镇人民政府", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 4, "text": "县直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 102, "text": "县直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 108, "text": "各村（社区）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 85, "text": "各乡镇", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 90, "text": "县工信商务局", "why": "short name of 县工业信息化和商务局 in units.txt"},
  {"rule": "unknown-unit", "line": 92, "text": "县教体局", "why": "short name of 县教育体育局 in units.txt"},
  {"rule": "unknown-unit", "line": 93, "text": "县卫健局", "why": "short name of 县卫生健康局 in units.txt"},
  {"rule": "unknown-unit", "line": 95, "text": "县供销社", "why": "short name of 县供销合作社 in units.txt"},
  {"rule": "unknown-unit", "line": 98, "text": "县应急局", "why": "short name of 县应急管理局 in units.txt"},
  {"rule": "unknown-unit", "line": 103, "text": "县住建局", "why": "short name of 县住房和城乡建设局 in units.txt"},
  {"rule": "unknown-unit", "line": 110, "text": "县审批局", "why": "short name of 县审批服务管理局 in units.txt (cooperating unit in the row whose lead is the planted wrong body)"},
  {"rule": "unknown-unit", "line": 96, "text": "县政府办公室", "why": "short name of 县人民政府办公室 in units.txt"},
  {"rule": "unknown-unit", "line": 50, "text": "县大数据服务中心", "why": "listed in units.txt; the real body, not the planted 县大数据管理服务局"},
  {"rule": "unknown-unit", "line": 42, "text": "县数字政府建设领导小组办公室", "why": "listed in units.txt"},
  {"rule": "unknown-unit", "line": 84, "text": "县委党校", "why": "listed in units.txt"},
  {"rule": "unknown-unit", "line": 113, "text": "固原市生态环境局彭阳分局", "why": "vertically managed branch listed in units.txt; the county's real environmental body, not a city unit misused"},
  {"rule": "unknown-unit", "line": 97, "text": "中国电信彭阳分公司", "why": "unit outside government, listed in units.txt"},
  {"rule": "unknown-unit", "line": 31, "text": "自治区发展改革委", "why": "regional unit named as the one the county cooperates with (配合), not as lead of a local task; task 12 is led by 自治区发展改革委"},
  # deadlines equal or earlier
  dl(90, 2, "2023 年启动，2024 年取得明显成效", "2024年底前取得明显成效", "equal"),
  dl(91, 3, "持续推进，2025 年取得明显成效", "2025年取得明显成效", "equal (2024 first phase is earlier)"),
  dl(92, 7, "2023年形成试点经验，2025年取得明显成效", "持续推进，2025年取得明显成效", "equal"),
  dl(93, 8, "持续推进，2025年取得明显成效", "2024年底前", "earlier"),
  dl(94, 10, "持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效", "equal"),
  dl(95, 11, "2023年完成主要建设任务，2025年取得明显成效", "2025年", "equal"),
  dl(96, 43, "2024 年建成，持续推进", "2024年底前完成迁移，持续推进", "equal"),
  dl(97, 48, "2024 年", "2024年底前", "equal"),
  dl(98, 49, "2025 年", "2024年底前", "earlier (also earlier than task 81, 2025年)"),
  dl(99, 53, "2024年", "2024年", "equal"),
  dl(100, 56, "2025年", "2024年底前", "earlier (equal to task 55, 2024年)"),
  dl(101, 54, "2024年", "2024年", "equal"),
  dl(103, 42, "2024年", "2024年", "equal"),
  dl(104, 64, "2025年", "2024年6月底前", "earlier"),
  dl(105, 70, "2024年", "2024年", "equal"),
  dl(106, 71, "2024年", "2024年底前", "equal"),
  dl(107, 77, "2024年", "2024年", "equal"),
  dl(108, 83, "2025年", "2025年", "equal"),
  dl(109, 84, "2024年", "2024年底前", "equal"),
  dl(110, 86, "2024年", "2024年底前", "equal"),
  dl(111, 87, "2023年启动，2025年完成", "2025年完成", "equal"),
  dl(113, 94, "2024年", "2024年", "equal"),
  dl(114, 96, "2025年", "2025年", "equal"),
  dl(115, 98, "2024年", "2024年", "equal"),
  dl(116, 106, "2025年", "2025年", "equal"),
  dl(117, 111, "2025年", "2024年底前", "earlier (equal to or earlier than task 107, 2025年)"),
  dl(118, 114, "2024年", "2024年", "equal"),
  dl(119, 121, "长期坚持", "长期坚持", "equal"),
  dl(37, 43, "2024 年建成，持续推进", "2024年底前", "equal (body sentence)"),
  dl(38, 48, "2024 年", "2024年底前", "equal (body sentence)"),
  {"rule": "deadline-later-than-baseline", "line": 15, "text": "到2024年底",
   "why": "2024 goal lists 信创云迁移 (task 43, 2024 年建成), 外网三级全覆盖 (task 48, 2024 年), 接入我的宁夏 (task 86, 2024年): all equal; not a later version of the region's 2023 goals"},
  {"rule": "deadline-later-than-baseline", "line": 16, "text": "到2025年",
   "why": "equal to the region's goal 到2025年…体系框架全面成型"},
  {"rule": "deadline-later-than-baseline", "line": 17, "text": "到2035年",
   "why": "equal to the region's 2035 goal"},
  {"rule": "deadline-later-than-baseline", "line": 85, "text": "12月10日",
   "why": "the office's own half-year/year reporting dates (6月30日、12月10日), not task deadlines"},
  {"rule": "deadline-invalid", "line": 12, "text": "2021年",
   "why": "past dates in the background paragraph (2021, 2022, 2023 achievements), not deadlines"},
  {"rule": "deadline-invalid", "line": 88, "text": "2024—2025年",
   "why": "the task list's period in its title, not a deadline"},
  {"rule": "deadline-later-than-baseline", "line": 85, "text": "6月30日",
   "why": "the office's own reporting date, not a task deadline"},
  # basis
  {"rule": "basis-mismatch", "line": 10, "text": "国发〔2022〕14号", "why": "correct national guiding opinion and number"},
  {"rule": "basis-mismatch", "line": 10, "text": "固原市人民政府《关于加强数字政府建设的实施方案》",
   "why": "the city plan cited by title alone, as county plans do; no 文号 given, nothing wrong"},
  {"rule": "basis-mismatch", "line": 12, "text": "宁政办发〔2020〕14号",
   "why": "retrospective mention in the background of the 2020 工作要点 with its correct title and number, not cited as basis"},
  {"rule": "basis-mismatch", "line": 3, "text": "《彭阳县关于加强数字政府建设的实施方案》",
   "why": "the document's own title in the issuing notice"},
]

covers = [
  (2, 22), (3, 23), (5, 25), (6, 27), (7, 28), (8, 28), (10, 29), (11, 30), (12, 31),
  (14, 35), (15, 35), (18, 36), (24, 42), (30, 43), (32, 43), (40, 46), (41, 45), (42, 45),
  (43, 37), (48, 38), (49, 39), (53, 99), (54, 101), (56, 100), (64, 50), (68, 55), (70, 56),
  (71, 58), (72, 57), (73, 57), (74, 58), (77, 60), (79, 61), (80, 62), (83, 63), (84, 64),
  (85, 64), (86, 65), (87, 65), (89, 66), (93, 67), (94, 69), (96, 70), (97, 71), (98, 71),
  (104, 73), (105, 73), (106, 74), (107, 75), (111, 75), (112, 76), (114, 76), (116, 80),
  (121, 119), (122, 81), (123, 81), (118, 84), (25, 83),
]

key = {
  "writer": "blind writer, round 626; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": [{"task": t, "line": l} for t, l in covers],
  "notes": ("彭阳县 (固原市) 2024 plan, checked against ningxia-2023 only (no parent). The county merges framework parts "
            "two to a heading (数字社会+数字生态, 安全保障+平台支撑, 制度规则+数据资源, 组织机构+层级职责, 经济调节+市场监管, "
            "社会管理+公共服务, 政务运行+政务公开, 组织领导+考核评价, 财政投入+数字素养); several parts are taken up by a single sentence. "
            "Only 经济调节 (line 54) is named with no measure. Table rows: note on line 120 makes the first unit the lead. "
            "Line 44 is partly garbled; task 36 is not counted as covered because of that."),
}

# checks
for e in expect + mnf:
    if e["line"]:
        t = e.get("text")
        if t: assert t in L[e["line"]-1], (e["line"], t)
for t, l in covers:
    assert 1 <= l <= len(L) and L[l-1].strip(), (t, l)
assert len(set(t for t, _ in covers)) == len(covers)
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers), len([x for x in L if x]) )
