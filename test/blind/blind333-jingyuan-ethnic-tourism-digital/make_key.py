# Builds key.json; every line number is looked up in the final draft.txt (1-based) and asserted unique.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '': lines.pop()

def L(s, within=None):
    hits = [i + 1 for i, l in enumerate(lines) if s in l and (within is None or within in l)]
    assert len(hits) == 1, (s, within, hits)
    return hits[0]

def row(n):  # task-list row n of the draft's 附件
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, n
    return hits[0]

expect = [
  {"rule": "deadline-later-than-baseline", "line": row(9), "text": "2025年底",
   "why": "row 9 (城域网升级改造, 县乡村电子政务外网全覆盖) takes up regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 完成时限 2024年) and task 47 (电子政务外网升级改造; 2024年); 2025年底 is a year late"},
  {"rule": "deadline-later-than-baseline", "line": L("到2026年"), "text": "2026年",
   "why": "主要目标: the region's goal 到2025年 …政府数字化履职能力明显提升 (宁政发〔2023〕17号 一（二）); the county puts the same goal at 2026"},
  {"rule": "deadline-invalid", "line": row(21), "text": "20245年",
   "why": "impossible year (typo for 2024年); the row takes up regional task 93 (适老化与信息无障碍建设, 完成时限 2024年)"},
  {"rule": "unknown-unit", "line": row(4), "text": "县扶贫办",
   "why": "old name of a body that no longer exists (its duties passed to 县乡村振兴局); not in units.txt"},
  {"rule": "basis-mismatch", "line": L("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not 宁政办发"},
  {"rule": "garbled-text", "line": L("鎺ㄥ姩鍐滀笟"), "text": "鎺ㄥ姩鍐滀笟鍐滄潙",
   "why": "UTF-8 read as GBK: 推动农业农村数据汇聚"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    mnf.append(e)

# basis
m("basis-mismatch", L("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", L("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan (seed)", "宁政办发〔2023〕11号")
m("basis-mismatch", L("固原市人民政府《关于加强数字政府建设的实施方案》"), "the city's plan cited by title alone, as county plans do (a city plan may have no 文号)", "固原市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", L("宁政办发〔2020〕14号"), "retrospective mention in 发展基础 of the 2020 工作要点 with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", L("泾政发〔2024〕12号"), "the plan's own 文号 on the 通知, not a citation", "泾政发〔2024〕12号")
# dates that are not late / not invalid
m("deadline-invalid", L("2024年3月18日"), "issue date of the plan", "2024年3月18日")
m("deadline-invalid", L("截至2023年底"), "background figure in 发展基础, a past date, not a deadline", "2023年底")
m("deadline-invalid", L("2023年，全县接待游客"), "tourism and cattle figures for 2023 in 发展基础 (接待游客216.8万人次, 肉牛饲养量15.6万头): past facts, not deadlines", "2023年")
m("deadline-later-than-baseline", L("到2025年，全县数字政府建设"), "equal to the region's 到2025年 goal (34567 体系框架全面成型)", "2025年")
m("deadline-later-than-baseline", L("到2035年"), "equal to the region's 到2035年 goal", "2035年")
m("deadline-later-than-baseline", L("2024年底前，全县非涉密政务信息系统"), "task 43 (政务信创云) 完成时限 2024年建成，持续推进; equal", "2024年底前")
m("deadline-later-than-baseline", L("2024年6月底前，参照自治区"), "task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年; earlier", "2024年6月底前")
m("deadline-later-than-baseline", L("2025年底前，建成覆盖县乡村三级"), "task 83 (互联网+基层治理, 新型基层管理服务平台) 完成时限 2025年; equal", "2025年底前")
m("deadline-later-than-baseline", L("2024年底前，县级政务服务事项"), "task 84 (网上办、掌上办、就近办、一次办) 完成时限 2024年; equal", "2024年底前")
m("deadline-later-than-baseline", L("2024年4月底前"), "the office's own instruction to units (制定本单位落实措施并备案), not a task deadline; not task 116", "2024年4月底前")
m("deadline-later-than-baseline", L("每年6月25日"), "the office's own reporting dates, no year", "每年6月25日、12月20日前")
m("deadline-invalid", [i + 1 for i, l in enumerate(lines) if l.startswith("泾源县数字政府建设重点任务清单")][0], "period of the task list in its title, not a deadline", "2024年—2025年")
m("deadline-later-than-baseline", row(1), "肉牛产业大数据平台 on the 产业云: task 2 (2023年启动，2024年取得明显成效); 2024年 equal", "2024年")
m("deadline-later-than-baseline", row(2), "task 6 完成时限 持续推进，2025年取得明显成效; copied, equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(3), "智慧文旅 under task 6 (文化旅游服务数字化) 持续推进，2025年取得明显成效; equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(4), "task 10 (数字乡村) 持续推进，2025年取得明显成效; 2025年 equal (the row's error is the unit, not the date)", "2025年")
m("deadline-later-than-baseline", row(5), "task 71 (农副产品全链条数字化追溯监管) 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(7), "task 41 (公共数据开放目录) 2024年; 2024年底 equal", "2024年底")
m("deadline-later-than-baseline", row(8), "task 43 (2024年建成，持续推进) / task 46 (2024年); equal", "2024年")
m("deadline-later-than-baseline", row(10), "task 49 (视频一张网) 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(11), "task 52 (电子证照 景点旅游、酒店入住 场景) 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(13), "task 64 2025年; 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(16), "task 83 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(19), "task 87 (12345热线) 2023年启动，2025年完成; 2025年 equal", "2025年")
m("deadline-later-than-baseline", row(22), "生态环境数据: task 94 (2024年) equal, task 95 (2025年) earlier", "2024年")
m("deadline-later-than-baseline", row(23), "task 96 (互联网+城乡供水) 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(30), "task 121 完成时限 长期坚持; equal", "长期坚持")
# units
m("unknown-unit", row(1), "county-specific body listed in units.txt", "县肉牛产业发展服务中心")
m("unknown-unit", row(1), "county body listed in units.txt", "县工业信息化和商务局")
m("unknown-unit", row(2), "collective subject", "各乡镇人民政府")
m("unknown-unit", row(3), "town government listed in units.txt (its name contains 六盘山 but it is the county's own township)", "六盘山镇人民政府")
m("unknown-unit", row(3), "county body listed in units.txt", "县文化旅游广电局")
m("unknown-unit", row(6), "collective subject", "县直各部门（单位）")
m("unknown-unit", row(7), "collective subject", "县直有关部门")
m("unknown-unit", row(6), "county body listed in units.txt", "县大数据服务中心")
m("unknown-unit", row(9), "telecom operator listed in units.txt as a 驻县单位", "中国电信泾源县分公司")
m("unknown-unit", row(10), "short name listed in units.txt for 县文化旅游广电局", "县文旅局")
m("unknown-unit", row(10), "short name listed in units.txt for 县林业和草原局", "县林草局")
m("unknown-unit", row(10), "short name listed in units.txt for 宁夏六盘山国家级自然保护区管理局 (a body above the county, only 配合)", "六盘山管理局")
m("unknown-unit", row(15), "short names listed in units.txt (泾源县气象局, 泾源县消防救援大队)", "县气象局")
m("unknown-unit", row(15), "body above the county listed in units.txt, only 配合", "宁夏六盘山林业局")
m("unknown-unit", row(18), "short name listed in units.txt for 县审批服务管理局", "县审批局")
m("unknown-unit", row(22), "固原市 branch stationed in the county (驻县单位 in units.txt); leading a county 生态环境 task is normal since the county has no 生态环境局 of its own", "固原市生态环境局泾源分局")
m("unknown-unit", row(24), "full name of the 六盘山 reserve administration, listed in units.txt, only 配合", "宁夏六盘山国家级自然保护区管理局")
m("unknown-unit", row(29), "county bodies listed in units.txt", "县融媒体中心")
m("unknown-unit", L("数字宁夏建设运营有限公司"), "regional operating company named in the body text as a service provider (as in the regional 实施意见), not a responsible unit", "数字宁夏建设运营有限公司")
m("unknown-unit", L("报县推进数字政府建设领导小组办公室备案"), "the county's own coordinating office, listed in units.txt; recipient of reports, not a responsible unit", "县推进数字政府建设领导小组办公室")
m("unknown-unit", L("在固原市人民政府办公室统筹指导下"), "city body above the county, listed in units.txt; named as giving guidance only", "固原市人民政府办公室")
# pillars
m("missing-pillar", L("四、健全“五个一”"), "五个一 + 六级贯通 work system taken up in section 四 (organisation, level duties, mechanism)")
m("missing-pillar", L("（三）营造良好数字生态"), "数字生态 taken up in 二（三） (data elements, security environment, 网络生态)")
m("missing-pillar", L("六、加强党对数字政府建设"), "党的领导 with 组织领导, 财政投入, 数字素养, 考核评价 all present in section 六")

covers_spec = [
 (2, row(1)), (6, row(2)), (10, row(4)), (71, row(5)), (33, row(6)), (34, row(6)), (41, row(7)), (43, row(8)),
 (48, row(9)), (47, L("加快县城域网升级改造")), (49, row(10)), (52, row(11)), (54, row(12)), (64, row(13)), (79, row(14)),
 (80, row(15)), (83, row(16)), (84, row(17)), (86, row(18)), (87, row(19)), (90, row(20)), (93, row(21)), (94, row(22)),
 (96, row(23)), (98, row(24)), (105, row(25)), (106, row(26)), (107, row(27)), (112, row(28)), (114, row(29)), (121, row(30)),
 (5, L("完善数字经济治理体系。")), (14, L("强化安全管理责任。")), (15, L("强化安全管理责任。")), (17, L("落实安全制度要求。")),
 (18, L("提升安全保障能力。")), (21, L("以数字化改革助力政府职能转变。健全")), (24, L("创新数字政府建设管理机制。")),
 (30, L("完善数据管理机制。")), (32, L("完善数据管理机制。")), (36, L("深化数据高效共享。")), (41, L("促进数据有序开发利用。")),
 (42, L("促进数据有序开发利用。")), (50, L("提升网络平台支撑能力。")), (65, L("（一）提升科学精准的经济调节能力")),
 (68, L("（二）提升综合高效的市场监管能力")), (72, L("（二）提升综合高效的市场监管能力")), (77, L("（三）提升精细智能的社会管理能力")),
 (97, L("（五）提升系统科学的生态环境保护能力")), (103, L("（六）提升整体高效的政务运行能力")), (104, L("（六）提升整体高效的政务运行能力")),
 (111, L("（六）提升整体高效的政务运行能力")), (116, L("（一）加强组织领导。")), (118, L("（三）提升数字素养。")),
 (123, L("（四）强化考核评价。")), (124, L("（四）强化考核评价。")),
]
covers = [{"task": t, "line": ln} for t, ln in covers_spec]

key = {
 "writer": "blind writer, round 333; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("泾源县 (固原市) 2024 county plan against 宁政发〔2023〕17号. No parent: the 固原市 plan is not among the seeds, so it is only cited by title. "
           "units.txt is the county registry, with 固原市 bodies, 驻县单位 and the 六盘山 bodies above the county listed separately. "
           "Task-list note on line " + str(L("排在第一位的为主要牵头单位")) + " says the first-listed lead is the main lead. "
           "Row 9's late date also covers task 47 (2024年); one error only. Row 21's 20245年 is an impossible year; a reviewer might also call it later than task 93's 2024年, but the intended reading is deadline-invalid."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'), '|', lines[e['line']-1][:50])
