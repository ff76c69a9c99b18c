# Helper kept in the case folder: builds key.json, finding every line number in draft.txt by content.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L.pop()

def ln(sub):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def row(name):
    hits = [i for i, l in enumerate(L, 1) if l.startswith(name + '\t')]
    assert len(hits) == 1, (name, hits)
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

expect = [
  {"rule": "basis-mismatch", "line": chk(ln('（宁政发〔2022〕17号）'), '宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); 〔2022〕 is a wrong 文号 for that title"},
  {"rule": "deadline-later-than-baseline", "line": row('“我的宁夏”政务APP金凤专区政务服务事项可办率'), "text": "2025年",
   "why": "indicator row: 90% in the 2024年目标 column, 100% only in the 2025年目标 column; regional task 86 (迭代升级“我的宁夏”政务APP, 各地各部门政务服务…应用实现“应上尽上”) 完成时限 2024年, so the district reaches the regional goal a year late (text = the 2025年目标 column heading's year; the row itself only shows 100)"},
  {"rule": "deadline-later-than-baseline", "line": row('电子政务外网村（社区）覆盖率'), "text": "2025年",
   "why": "indicator row: 村（社区） coverage 95% in 2024, 100% only in the 2025年目标 column; regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年, so full coverage is a year late (the prose measure 21 says 2024年, which is fine; the table is the slip)"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln('45.推广协同办公'), '完成时限：2025年'), "text": "2025年",
   "why": "measure 45 takes up regional task 104 (迭代升级全区统一的协同办公平台，实现公文流转、信息报送…督查考核等机关公务数字化转型…整体化、扁平化、高效化), 完成时限 2024年; the note says 2025年"},
  {"rule": "deadline-invalid", "line": chk(ln('25.深化电子文件管理'), '2014年底前'), "text": "2014年底前",
   "why": "typo for 2024: a deadline ten years before the plan's own year (issued 2024-03-18); regional task 54 (电子文件归档…电子档案管理) 完成时限 2024年, so it is not a copied regional deadline"},
  {"rule": "unknown-unit", "line": chk(ln('17.推进数据汇聚治理'), '区大数据局'), "text": "区大数据局",
   "why": "金凤区 has no 大数据局; not in units.txt (no canonical name or short name matches) and not a regional unit"},
  {"rule": "unknown-unit", "line": chk(ln('20.推进政务云集约使用'), '自治区政府办公厅牵头'), "text": "自治区政府办公厅",
   "why": "a regional body named as the lead (牵头) of a district task — copied from regional tasks 43/46; the district's own lead would be 区政府办公室"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

# base year, headings, background dates, the office's own dates
m("deadline-invalid", ln('指标名称\t单位\t2023年基数'), "column headings; 2023年基数 is the base year's figure, not a deadline", "2023年基数")
m("deadline-later-than-baseline", ln('指标名称\t单位\t2023年基数'), "column headings (2024年目标, 2025年目标) are not deadlines by themselves", "2025年目标")
m("deadline-invalid", row('政务服务事项网上可办率'), "98 is the 2023年基数 column (base year figure), not a deadline in 2023")
m("deadline-invalid", ln('“—”表示2023年未统计'), "table note about the base year (no 2023 figure), not a deadline", "2023年未统计")
m("deadline-invalid", ln('截至2023年底'), "工作基础: past dates in the background (截至2023年底, 2023年，我区启动…)", "截至2023年底")
m("deadline-invalid", ln('2024年3月18日'), "the notice's own issue date", "2024年3月18日")
m("deadline-invalid", ln('每年6月25日、12月10日前'), "the office's own recurring reporting dates, no year; not task deadlines", "12月10日前")
m("deadline-later-than-baseline", ln('每年6月25日、12月10日前'), "the office's own recurring reporting dates, not task deadlines", "6月25日")
# copied regional deadline before the plan year
m("deadline-invalid", ln('11.提升安全防护能力'), "copied regional deadline: task 18 完成时限 2023年形成机制，长期坚持 — before the plan's year but identical to the region's", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", ln('11.提升安全防护能力'), "equal to regional task 18 (2023年形成机制，长期坚持)", "2023年形成机制，长期坚持")
# goals
m("deadline-later-than-baseline", ln('到2024年底，区级部门'), "2024 goals: 政务信创云迁移 (task 43: 2024年建成，持续推进), 网上可办率100% (task 84: 2024年), 宁政通 (task 105: 2024年) — all equal; 填表报数30% is an interim step toward task 106 (2025年)", "到2024年底")
m("deadline-later-than-baseline", ln('到2025年，我区数字政府建设体系框架全面成型'), "equal to the region's 主要目标: 到2025年…体系框架全面成型", "到2025年")
m("deadline-later-than-baseline", ln('到2035年，与政府治理能力'), "equal to the region's 到2035年 goal", "到2035年")
# table rows: equal, earlier, no regional date
m("deadline-later-than-baseline", row('政务服务事项网上可办率'), "100% in the 2024年目标 column; regional task 84 (网上办、掌上办…更加好办易办) 完成时限 2024年 — equal")
m("deadline-later-than-baseline", row('电子政务外网镇（街道）覆盖率'), "already 100% in the base year; regional task 48 (5级全覆盖) 2024年 — met")
m("deadline-later-than-baseline", row('区级部门非涉密政务信息系统上云率'), "100% in 2024; regional task 43 (2024年建成，持续推进) / task 46 (2024年) — equal")
m("deadline-later-than-baseline", row('常用证照电子化率'), "100% in 2024; regional task 52 (各类证照全部实现电子化) 完成时限 2025年 — earlier than the region")
m("deadline-later-than-baseline", row('非税收入收缴电子化率'), "100% in 2024; regional task 56 (非税收入收缴电子化全覆盖) 完成时限 2025年 — earlier than the region")
m("deadline-later-than-baseline", row('基层填表报数工作量压减比例'), "50% in the 2025年目标 column; regional task 106 (填表报数工作量压减50%以上) 完成时限 2025年 — equal")
m("deadline-later-than-baseline", row('“宁政通”区直部门和镇（街道）使用覆盖率'), "100% in 2024; regional task 105 (宁政通 覆盖区市县乡村五级) 完成时限 2024年 — equal")
m("deadline-later-than-baseline", row('政府网站和政务服务场所适老化与信息无障碍改造完成率'), "100% in 2024; regional task 93 (适老化与信息无障碍建设) 完成时限 2024年 — equal")
m("deadline-later-than-baseline", row('政务服务“帮办代办”事项'), "the region sets no date or target for 帮办代办; a rising count is not a completion deadline")
m("deadline-later-than-baseline", row('政务服务“好差评”满意率'), "the region's 实施意见 and task list set no 好差评 target or date")
m("deadline-later-than-baseline", row('智慧社区建成数量'), "a rising count to 2025; the region's nearest task (83, 互联网+基层治理/智慧社区) is 2025年 — equal at most")
m("deadline-later-than-baseline", row('数字政府建设试点示范项目数量'), "a rising count; regional task 28 (试点示范) 2023年启动，2025年取得明显成效 — equal")
m("deadline-later-than-baseline", row('12345政务服务便民热线工单按时办结率'), "a service-quality rate, not a completion target; regional task 87 (12345) 2023年启动，2025年完成 — equal at most")
# units of measure and collectives, aliases
m("unknown-unit", row('政务服务事项网上可办率'), "% is the unit of measure (单位 column), not a responsible unit", "%")
m("unknown-unit", row('政务服务“帮办代办”事项'), "项 is the unit of measure (单位 column), not a responsible unit", "项")
m("unknown-unit", row('智慧社区建成数量'), "个 is the unit of measure (单位 column); 各街道办事处 is a collective subject", "个")
m("unknown-unit", row('数字政府建设试点示范项目数量'), "个 is the unit of measure; 区直各部门（单位） is a collective subject", "个")
m("unknown-unit", row('电子政务外网村（社区）覆盖率'), "各镇人民政府、各街道办事处 are collective subjects", "各镇人民政府")
m("unknown-unit", row('基层填表报数工作量压减比例'), "各镇（街道） is a collective subject (the district has 镇 and 街道, no 乡)", "各镇（街道）")
m("unknown-unit", row('“我的宁夏”政务APP金凤专区政务服务事项可办率'), "区审批局 is the short name of 区审批服务管理局 in units.txt", "区审批局")
m("unknown-unit", ln('1.提升园区数字化服务水平'), "区发改局 is the short name of 区发展和改革局; 区直有关部门 is a collective", "区发改局")
m("unknown-unit", ln('3.完善数字经济治理'), "区市场监管分局 and 金凤公安分局 are short names in units.txt (the 银川市 bureaus' 金凤区 branches)", "金凤公安分局")
m("unknown-unit", ln('6.推进数字乡村建设'), "区农水局 is the short name of 区农业农村和水务局; 良田镇人民政府、丰登镇人民政府 are in units.txt", "区农水局")
m("unknown-unit", ln('36.提高基层治理能力'), "各村（社区） and 各街道办事处 are collective subjects", "各村（社区）")
m("unknown-unit", ln('4.推动公共服务数字化'), "four units in units.txt (short names) sharing 按照职责分别负责", "区卫健局")
m("unknown-unit", ln('16.健全数据管理机制'), "区直各部门（单位）、各镇人民政府、各街道办事处 are collective subjects", "区直各部门（单位）")
# basis near misses
m("basis-mismatch", ln('自《宁夏回族自治区2020年'), "retrospective mention of the superseded 2020 工作要点 in the background (自…印发以来), with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('银金政办发〔2024〕12号'), "the notice's own 文号, not a citation", "银金政办发〔2024〕12号")
m("basis-mismatch", ln('《金凤区数字政府建设实施方案》已经'), "the plan's own title in the covering notice, not a basis document", "金凤区数字政府建设实施方案")
# prose measures: equal or earlier deadlines
pro = [
 ('1.提升园区数字化服务水平', 3, '持续推进，2025年取得明显成效', 'equal'),
 ('2.服务算力枢纽和产业发展', 1, '持续推进，2025年取得明显成效', 'equal'),
 ('4.推动公共服务数字化', 6, '持续推进，2025年取得明显成效', 'equal (district note 2025年)'),
 ('5.配合推进智慧城市建设', 9, '持续推进，2025年取得明显成效', 'equal'),
 ('6.推进数字乡村建设', 10, '持续推进，2025年取得明显成效', 'equal (district note 2025年)'),
 ('7.参与培育数据要素市场', 12, '2025年', 'equal'),
 ('13.推动行政权力事项网上运行', 21, '2024年', 'equal (审管协同, task 22, is 2025年)'),
 ('15.开展试点示范', 28, '2023年启动，2025年取得明显成效', 'equal'),
 ('17.推进数据汇聚治理', 34, '2024年', 'equal (also task 33, 2024年)'),
 ('19.促进数据开发利用', 41, '2024年', 'equal (task 42 also 2024年)'),
 ('20.推进政务云集约使用', 43, '2024年建成，持续推进', 'equal (task 46 also 2024年)'),
 ('21.提升电子政务外网支撑能力', 48, '2024年', 'equal (task 47 also 2024年)'),
 ('22.推进业务专网整合', 50, '2024年', 'equal'),
 ('23.融入全区“视频一张网”', 49, '2025年', 'equal'),
 ('24.深化电子证照应用', 52, '2025年', 'equal'),
 ('26.推进非税收入收缴电子化', 56, '2025年', 'earlier (district 2024年)'),
 ('27.健全组织机构', 64, '2025年', 'earlier (district 2024年6月底前); task 60 is the region\'s own leading group, not a local task'),
 ('30.加强经济运行监测', 66, '2025年', 'equal'),
 ('31.推进精准监管', 71, '2024年', 'equal'),
 ('32.推进智能监管', 74, '2024年', 'equal'),
 ('33.提升矛盾纠纷化解能力', 77, '2024年', 'equal'),
 ('34.提升社会治安防控能力', 79, '2024年', 'equal'),
 ('35.提升公共安全保障能力', 80, '2024年', 'equal'),
 ('36.提高基层治理能力', 83, '2025年', 'equal'),
 ('37.深化“一网通办”', 84, '2024年', 'equal'),
 ('38.做强“我的宁夏”金凤专区', 86, '2024年', 'equal (the table row for the same indicator is the late one)'),
 ('39.优化12345政务服务便民热线', 87, '2023年启动，2025年完成', 'equal'),
 ('40.优化涉企服务', 89, '2024年', 'equal'),
 ('41.推进适老化与信息无障碍建设', 93, '2024年', 'equal'),
 ('42.加强生态环境数据应用', 94, '2024年', 'equal (task 95 is 2025年, earlier)'),
 ('43.推进数字治水', 96, '2025年', 'equal'),
 ('44.提升辅助决策能力', 103, '2024年', 'equal'),
 ('46.用好“宁政通”', 105, '2024年', 'equal'),
 ('47.推动基层减负', 106, '2025年', 'equal'),
 ('48.整合视频会议资源', 107, '2025年', 'earlier (district 2024年底前)'),
 ('49.提升机关事务管理水平', 111, '2025年', 'equal'),
 ('50.提升政府信息公开水平', 112, '2024年', 'equal'),
 ('51.用好政务新媒体', 114, '2024年', 'equal'),
 ('52.畅通政民互动渠道', 115, '2024年', 'equal'),
]
covers = []
for sub, task, reg, how in pro:
    line = ln(sub)
    m("deadline-later-than-baseline", line, f"regional task {task} 完成时限 {reg}; {how}")
    covers.append({"task": task, "line": line})
extra_covers = [
 ('3.完善数字经济治理', 5), ('4.推动公共服务数字化', 8), ('9.强化安全管理责任', 14), ('9.强化安全管理责任', 15),
 ('10.落实安全制度要求', 17), ('11.提升安全防护能力', 18), ('14.加强政务信息化项目统筹', 24), ('14.加强政务信息化项目统筹', 25),
 ('16.健全数据管理机制', 32), ('18.深化数据共享', 36), ('19.促进数据开发利用', 42), ('20.推进政务云集约使用', 46),
 ('25.深化电子文件管理', 54), ('（一）加强组织领导。', 116),
 ('（三）提升数字素养。', 118), ('（四）强化考核评价。', 121), ('（四）强化考核评价。', 123),
]
for sub, task in extra_covers:
    covers.append({"task": task, "line": ln(sub)})
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
  "writer": "blind writer, round 430; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("银川市金凤区 district plan of 2024-03-18 implementing 宁政发〔2023〕17号 directly (no parent plan). "
            "The 主要指标 table (lines 23-38) has columns 指标名称|单位|2023年基数|2024年目标|2025年目标|责任单位: the 单位 column is the unit of measure, "
            "责任单位 the responsible units; a row is late when it first reaches a regional goal (全覆盖 / 应上尽上) in the 2025年目标 column while the region's task is due 2024年. "
            "For those two rows the 'text' 2025年 is the year of the 2025年目标 column heading. The prose measures 21 and 38 take up the same tasks with 2024年 and are correct; "
            "the table rows are the slips. Table note 3 and units.txt make the first unit of a multi-unit cell its lead. "
            "No task-uncovered entries are planted. "
            "Line 10 also cites 国发〔2022〕14号 and 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, both correct (the latter is cited the same way by the 吴忠 plan); "
            "they are not listed in mustNotFlag only because the planted basis-mismatch sits on the same line."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
E={(e['rule'],e['line']) for e in expect}
bad=[x for x in M if (x['rule'],x['line']) in E]
assert not bad, bad
print(len(expect), len(M), len(covers), len({c['task'] for c in covers}))
