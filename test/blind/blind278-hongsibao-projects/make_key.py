# Builds key.json; every line number is found from an anchor string in draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]
def ln(anchor, text=None):
    hits = [i+1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0]-1], (text, hits[0])
    return hits[0]

expect = []
def E(rule, anchor, text=None, why='', **kw):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why; expect.append(d)

E("basis-mismatch", "为深入贯彻落实党的二十大精神", "关于加快推进数字政府建设的实施方案",
  "wrong title of the parent city plan: 吴忠市人民政府's plan (2023-11-27) is 《关于加强数字政府建设的实施方案》, not 加快推进")
E("deadline-later-than-baseline", "6.推进适老化改造", "2025年6月底前",
  "适老化与信息无障碍 of government websites, new media and service venues is regional task 93, 完成时限 2024年")
E("deadline-later-than-baseline", "红寺堡区电子政务外网城域网升级改造项目", "2025.06",
  "project period 2024.03-2025.06 for 城域网升级改造 / 区乡村全覆盖 serves regional task 48 (完成时限 2024年; also task 47, 2024年); the body (lines 17, 53) itself says 2024年底前")
E("deadline-invalid", "3.推动基层减负", "20245年",
  "impossible year (typo); the task is regional task 106, 完成时限 2025年")
E("unknown-unit", "2.提升安全防护能力", "区网信局",
  "no such unit in units.txt; the county's body is 区委网信办 (used correctly on lines 30, 37, 40)")
E("unknown-unit", "公共数据开放目录编制及开放共享项目", "区大数据局",
  "not in units.txt; 红寺堡区 has no 大数据 agency (units.txt note) - the work sits with 区政府办公室")
E("garbled-text", "1.培育数据要素市场", "鍩硅偛鏁版嵁瑕佺礌甯傚満",
  "UTF-8 bytes of 培育数据要素市场 read as GBK (加快培育数据要素市场主体)")

M = []
def N(rule, anchor, text=None, why=''):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text is not None: d["text"] = text
    d["why"] = why; M.append(d)

N("unknown-unit", "各乡镇人民政府，区直各部门（单位）：", "区直各部门（单位）", "collective subject")
N("unknown-unit", "各乡镇人民政府，区直各部门（单位）：", "各乡镇人民政府", "collective subject")
N("basis-mismatch", "红政办发〔2024〕9号", "红政办发〔2024〕9号", "the notice's own 文号, not a cited basis document")
N("deadline-invalid", "2024年3月15日", "2024年3月15日", "issue date of the notice")
N("basis-mismatch", "为深入贯彻落实党的二十大精神", "国发〔2022〕14号", "correct national guiding opinion and 文号")
N("basis-mismatch", "为深入贯彻落实党的二十大精神", "宁政发〔2023〕17号", "correct regional 实施意见 and 文号")
N("basis-mismatch", "为深入贯彻落实党的二十大精神", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 city plan")
N("basis-mismatch", "自《宁夏回族自治区2020年", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background section, title and 文号 match; not cited as a basis")
N("deadline-invalid", "自《宁夏回族自治区2020年", "截至2023年底", "past dates (2021年, 2022年, 2023年底) in the background section describe achievements, not deadlines")
N("deadline-later-than-baseline", "到2024年底，全区数字政府工作体系基本健全", "到2024年底", "interim goal; 外网区乡村全覆盖 by 2024年底 equals task 48 (2024年), cloud migration equals task 43 (2024年建成)")
N("deadline-later-than-baseline", "到2025年，全区数字政府建设“1347”", "到2025年", "equal to the regional goal (到2025年 34567 全面成型) and the city goal (到2025年 1347 全面成型)")
N("deadline-later-than-baseline", "到2035年，与政府治理能力现代化", "到2035年", "equal to regional and city 2035 goal")
N("deadline-later-than-baseline", "（一）健全组织机构。调整充实", "2024年6月底前", "earlier than task 64 (各市、县（区）成立相应的组织机构, 2025年)")
N("deadline-later-than-baseline", "1.推进产业数字化", "持续推进，2024年取得明显成效", "equal to task 2 (2023年启动，2024年取得明显成效) and earlier than task 3 (2025)")
N("deadline-later-than-baseline", "2.建设智慧园区", "持续推进，2025年取得明显成效", "equal to task 3 (持续推进，2025年取得明显成效)")
N("unknown-unit", "2.建设智慧园区", "区工信商务局", "official short name of 区工业信息化和商务局 in units.txt")
N("deadline-invalid", "2.提升安全防护能力", "2023年形成机制，长期坚持", "verbatim copy of task 18's 完成时限 (2023年形成机制，长期坚持); a copied regional deadline before the plan year, ongoing, not an impossible date")
N("deadline-later-than-baseline", "2.提升安全防护能力", "2023年形成机制，长期坚持", "identical to task 18's 完成时限")
N("deadline-later-than-baseline", "3.开展试点示范", "2024年启动，2025年取得明显成效", "the completing milestone 2025 equals task 28 (2023年启动，2025年取得明显成效); only the start is later, which a 2024 plan cannot avoid")
N("unknown-unit", "2.创新项目管理机制", "区发改局", "official short name of 区发展和改革局 in units.txt")
N("unknown-unit", "1.推动政府职能转变", "区市场监督管理局等有关部门", "canonical name plus collective 有关部门")
N("deadline-later-than-baseline", "2.提升网络支撑能力", "2024年底前", "equal to task 48 and task 47 (2024年)")
N("deadline-later-than-baseline", "2.深化“雪亮工程”建设", "2024年底前", "equal to task 79 (2024年)")
N("deadline-later-than-baseline", "2.深化“雪亮工程”建设", "视频监控点位2024个", "a count of camera points, not a year")
N("deadline-later-than-baseline", "2.深化“雪亮工程”建设", "总投资2025万元", "an amount in 万元, not a year")
N("unknown-unit", "2.深化“雪亮工程”建设", "区公安分局", "short name of 吴忠市公安局红寺堡区分局 in units.txt")
N("unknown-unit", "4.提升基层治理能力", "各村（社区）", "collective subject")
N("unknown-unit", "2.推广“我的宁夏”政务APP", "区审批局", "short name of 区审批服务管理局 in units.txt")
N("deadline-later-than-baseline", "3.优化12345热线服务", "2025年", "equal to task 87 (2023年启动，2025年完成); 12345 is the hotline number")
N("deadline-later-than-baseline", "2.提高自然资源利用效率", "2024年10月底前", "智慧林草 part earlier than task 98 (2024年); 互联网+城乡供水 2025年 equals task 96 (2025年)")
N("deadline-later-than-baseline", "（一）加强组织领导。各级党委（党组）", "长期坚持", "ongoing, no dated milestone; task 116 is 2023年完成并长期坚持")
N("deadline-later-than-baseline", "（四）强化考核评价。将数字政府建设纳入全区效能", "2024年12月10日前", "the office's own reporting date (年度工作总结), not a task deadline")
N("deadline-later-than-baseline", "（二）加大财政投入。", "14306.3万元", "total investment amount (sum of 附件2), not a date")
N("unknown-unit", "红寺堡区电子政务外网城域网升级改造项目", "中国电信股份有限公司吴忠分公司", "company named as contractor (承建) in the 建设单位 cell, not a responsible unit")
N("unknown-unit", "红寺堡区“雪亮工程”扩面提升项目", "中国移动通信集团宁夏有限公司吴忠分公司", "company named as contractor (承建), not a responsible unit")
N("deadline-later-than-baseline", "红寺堡区“雪亮工程”扩面提升项目", "2025", "the 总投资 cell 2025 is an amount in 万元; the period 2024.01-2024.12 equals task 79 (2024年)")
N("deadline-later-than-baseline", "红寺堡区“雪亮工程”扩面提升项目", "2024.01-2024.12", "ends within 2024, equal to task 79 (2024年)")
N("deadline-later-than-baseline", "红寺堡区基层治理综合指挥平台", "2024—2025年", "ends 2025, equal to task 83 (2025年); 1200.5 is the amount")
N("unknown-unit", "红寺堡区城市运行管理服务平台", "红寺堡区城市建设投资开发有限公司", "state-owned investment platform as project owner (建设单位), a company, not a government responsible unit")
N("deadline-later-than-baseline", "红寺堡区城市运行管理服务平台", "2024—2025年", "task 9 (城市运行管理服务平台/一网统管) is 持续推进，2025年取得明显成效; equal; 3560 is the amount")
N("unknown-unit", "“互联网+城乡供水”数字化提升项目", "宁夏水务投资集团有限公司", "state-owned company named as contractor (承建)")
N("deadline-later-than-baseline", "“互联网+城乡供水”数字化提升项目", "2024.03-2025.10", "ends in 2025, not later than task 96 (2025年)")
N("deadline-later-than-baseline", "政务服务“一网通办”区乡村三级延伸项目", "2024.04-2024.11", "earlier than task 84 (2024年)")
N("deadline-later-than-baseline", "数字乡村试点建设项目", "2024—2025年", "equal to task 10 (持续推进，2025年取得明显成效)")
N("deadline-later-than-baseline", "弘德工业园区智慧园区建设项目", "2024—2025年", "equal to task 3 (持续推进，2025年取得明显成效)")
N("deadline-later-than-baseline", "“互联网+医疗健康”提升项目", "2024.06-2025.12", "ends in 2025, equal to task 8 (持续推进，2025年取得明显成效); 735.8 is the amount")
N("deadline-later-than-baseline", "“智慧应急”感知网络建设项目", "2024.02-2024.12", "equal to task 80 (2024年)")
N("unknown-unit", "政务信息系统信创云迁移项目", "数字宁夏建设运营有限公司", "the region's state-owned digital platform company (task 62) named as technical support, not a responsible unit")
N("deadline-later-than-baseline", "政务信息系统信创云迁移项目", "2024年", "equal to task 43 (2024年建成) and task 46 (2024年); 23个 is a count")
N("deadline-later-than-baseline", "公共数据开放目录编制及开放共享项目", "2024.05-2024.12", "equal to task 41 (2024年)")
N("deadline-invalid", "注：第2项已取得项目代码", "2403-640303-04-01-327615", "national investment project code, not a date")
N("basis-mismatch", "注：第2项已取得项目代码", "吴财债〔2024〕3号", "文号-like reference to a city project library notice, not a cited basis document")
N("deadline-invalid", "联系人：区政府办公室", "0953-5062024", "telephone number")
N("deadline-later-than-baseline", "3.推动基层减负", "20245年", "an impossible year, reported as deadline-invalid; not a separate late-deadline finding")

C = []
def Cv(task, anchor): C.append({"task": task, "line": ln(anchor)})
for t, a in [
 (64, "（一）健全组织机构。调整充实"), (2, "1.推进产业数字化"), (3, "2.建设智慧园区"), (5, "3.完善数字经济治理"),
 (6, "1.推进公共服务数字化"), (8, "2.深化“互联网+医疗健康”"), (10, "3.推进数字乡村建设"), (12, "1.培育数据要素市场"),
 (14, "1.强化安全管理责任"), (15, "1.强化安全管理责任"), (18, "2.提升安全防护能力"), (21, "1.推动政府职能转变"),
 (24, "2.创新项目管理机制"), (28, "3.开展试点示范"), (30, "1.摸清数据资源底数"), (32, "1.摸清数据资源底数"),
 (41, "2.推进数据共享开放"), (40, "3.规范电子公文管理"), (54, "3.规范电子公文管理"), (43, "1.强化政务云支撑"),
 (46, "1.强化政务云支撑"), (47, "2.提升网络支撑能力"), (48, "2.提升网络支撑能力"), (50, "2.提升网络支撑能力"),
 (49, "3.整合视频资源"), (52, "4.推广共性应用"), (56, "4.推广共性应用"), (65, "（一）提升科学精准的经济调节能力。"),
 (66, "（一）提升科学精准的经济调节能力。"), (68, "1.推行“照单监管”"), (72, "1.推行“照单监管”"), (71, "2.加强追溯监管"),
 (74, "2.加强追溯监管"), (77, "1.提升矛盾纠纷化解能力"), (79, "2.深化“雪亮工程”建设"), (80, "3.推进“智慧应急”建设"),
 (83, "4.提升基层治理能力"), (84, "1.深化“一网通办”"), (86, "2.推广“我的宁夏”政务APP"), (87, "3.优化12345热线服务"),
 (89, "4.提供优质涉企服务"), (90, "5.推进场馆服务数字化"), (93, "6.推进适老化改造"), (94, "1.加强生态环境数字化监测"),
 (96, "2.提高自然资源利用效率"), (98, "2.提高自然资源利用效率"), (102, "3.推动绿色低碳转型"), (104, "1.推广协同办公"),
 (105, "2.推广“宁政通”"), (106, "3.推动基层减负"), (107, "4.整合视频会议和机关事务系统"), (111, "4.整合视频会议和机关事务系统"),
 (112, "1.提升政府信息公开水平"), (114, "2.发挥政务新媒体优势"), (115, "3.畅通政民互动渠道"), (116, "（一）加强组织领导。各级党委（党组）"),
 (25, "（二）加大财政投入。"), (118, "（三）提升数字素养。"), (122, "（四）强化考核评价。将数字政府建设纳入全区效能"),
 (123, "（四）强化考核评价。将数字政府建设纳入全区效能"), (9, "红寺堡区城市运行管理服务平台"),
]: Cv(t, a)

key = {
 "writer": "blind writer, round 278; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("County plan of 红寺堡区 (吴忠市), issued 2024-03-15 by 区政府办公室 as 红政办发〔2024〕9号, following the city's 1347 framework. "
           "Body items end with inline notes （责任单位：…；完成时限：…）; 附件2 is a 12-row project table (序号/项目名称/建设内容/建设单位/总投资（万元）/建设周期/资金来源). "
           "units.txt lists government units only: companies and state-owned platforms in the 建设单位 column (承建/技术支撑 in brackets, or a 城投 company as project owner) are deliberately absent because they are not responsible units. "
           "Items whose regional task is due 2023 (tasks 14, 15, 24, 30, 32, 68, 72) carry no 完成时限 on purpose; line 41 copies task 18's 2023年形成机制，长期坚持 verbatim. "
           "No task-uncovered is planted; all framework pillars are covered (一套体系 = 五个一/六级贯通).")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(C), len(L))
for e in expect: print(e['rule'], e['line'], e.get('text'))
