#!/usr/bin/env python3
# Builds key.json; every line number is found from an anchor string in draft.txt (1-based).
import json, sys
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(anchor, nth=0):
    hits = [i + 1 for i, t in enumerate(L) if anchor in t]
    if not hits:
        sys.exit('anchor not found: ' + anchor)
    if nth == 0 and len(hits) > 1:
        sys.exit('anchor not unique: %s %s' % (anchor, hits))
    return hits[nth - 1] if nth else hits[0]

def both(anchor, text, nth=0):
    n = ln(anchor, nth)
    assert text in L[n - 1], (text, n)
    return n

expect = [
 {"rule": "basis-mismatch", "line": both("《自治区人民政府关于加强数字政府建设的实施意见》", "宁政办发〔2023〕17号"),
  "text": "宁政办发〔2023〕17号",
  "why": "the 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号; 宁政办发 is the 政府办公厅 series (a 办/发 slip)"},
 {"rule": "deadline-later-than-baseline", "line": both("到2026年，全县数字政府建设体系框架全面成型", "2026年"),
  "text": "2026年",
  "why": "主要目标: the region's goal '到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…' is 2025; the county sets the same goal for 2026"},
 {"rule": "deadline-later-than-baseline", "line": both("41.推进适老化改造", "2025年6月底前"),
  "text": "2025年6月底前",
  "why": "regional task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": both("24.整合视频资源", "20255年底前"),
  "text": "20255年",
  "why": "impossible year (a doubled keystroke for 2025年); regional task 49 (全区统一的视频共享平台/“视频一张网”), 完成时限 2025年"},
 {"rule": "unknown-unit", "line": both("6.推进“互联网+医疗健康”", "县卫生健康委"),
  "text": "县卫生健康委",
  "why": "not in units.txt: the county body is 县卫生健康局 (县卫健局, used correctly on other lines); 卫生健康委 is the regional/city form"},
 {"rule": "unknown-unit", "line": both("21.推进公共数据开放和融合应用", "县大数据管理服务局"),
  "text": "县大数据管理服务局",
  "why": "not in units.txt: the county's data body is 县大数据服务中心 (used on every other line); 大数据管理服务局 is the city naming"},
]

M = []
def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# WeChat copy furniture
nf("unknown-unit", both("隆德发布　2024", "隆德发布"), "the WeChat account's own name in the header, not a responsible unit", "隆德发布")
nf("unknown-unit", ln("隆德发布", 2), "the account name again under 扫码关注, not a responsible unit", "隆德发布")
nf("deadline-invalid", both("隆德发布　2024", "2024-05-21"), "posting time of the article, not a deadline", "2024-05-21 18:36")
nf("deadline-invalid", both("发布时间：", "2024-05-21"), "publication date line of the account, not a deadline", "2024-05-21")
nf("unknown-unit", both("来源：", "隆德县人民政府办公室"), "source line: the issuing office (in units.txt as alias of 县人民政府办公室)", "隆德县人民政府办公室")
nf("garbled-text", both("隆德发布　2024", "　"), "full-width spaces between account name, time and place: ordinary WeChat layout, not mojibake", "　")
nf("garbled-text", ln("　　《隆德县数字政府建设实施方案》已经"), "full-width space paragraph indent", "　　")
nf("deadline-invalid", ln("阅读 3862"), "reading count, not a date or year", "3862")
nf("deadline-invalid", ln("点赞 57"), "like / 在看 counts, not dates", "57")
nf("deadline-invalid", ln("2024-05-17"), "date of a linked article under 往期推荐, not a deadline", "2024-05-17")
nf("deadline-invalid", ln("2024-01-26"), "date of a linked article under 往期推荐", "2024-01-26")
nf("deadline-invalid", ln("2023-12-29"), "date of a linked 2023 article under 往期推荐: before the plan year but not a deadline", "2023-12-29")
nf("deadline-invalid", ln("隆德县2023年政府信息公开工作年度报告"), "title of a linked 2023 annual report, not a deadline", "2023年")
nf("deadline-invalid", ln("隆德县2023年度数字政府建设工作综述"), "title of a linked 2023 review article", "2023年度")
nf("deadline-later-than-baseline", ln("隆德县召开2024年数字政府建设工作推进会"), "title of a linked article, not a task deadline", "2024年")
# document dates and background
nf("deadline-invalid", both("2024年5月16日", "2024年5月16日"), "issue date of the notice (plan year 2024)", "2024年5月16日")
nf("deadline-invalid", both("截至2023年底", "截至2023年底"), "past date in the background (achievements so far), not a deadline", "2023年底")
nf("basis-mismatch", both("宁政办发〔2020〕14号", "宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background ('近年来…认真落实'), not a basis document of this plan", "宁政办发〔2020〕14号")
nf("basis-mismatch", both("国发〔2022〕14号", "国发〔2022〕14号"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
nf("basis-mismatch", both("宁政办发〔2023〕11号", "数字宁夏“1244+N”行动计划实施方案"), "correct: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, the same citation as in the 吴忠 plan", "宁政办发〔2023〕11号")
nf("basis-mismatch", both("固原市人民政府《关于加强数字政府建设的实施方案》", "固原市人民政府"), "the city (固原) plan cited by title alone, as a city plan may have no 文号", "固原市人民政府《关于加强数字政府建设的实施方案》")
# goals
nf("deadline-later-than-baseline", both("到2024年底，县、乡、村三级电子政务外网", "到2024年底"), "near-term goal with different content from the region's 到2023年底 goal: 外网县乡村全覆盖 (task 48, 2024年), 宁政通 (task 105, 2024年), 我的宁夏 应上尽上 (task 86, 2024年) — all equal", "到2024年底")
nf("deadline-later-than-baseline", both("到2035年，与政府治理能力现代化", "到2035年"), "equal to the region's 2035 goal", "到2035年")
# equal / earlier deadlines
def dl(anchor, text, why, nth=0):
    nf("deadline-later-than-baseline", both(anchor, text, nth), why, text)
dl("1.推动特色产业数字化", "2024年取得明显成效", "task 2 (产业云/产业数字化), 完成时限 2023年启动，2024年取得明显成效: equal")
dl("2.加快“智慧园区”建设", "2025年取得明显成效", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal")
dl("3.完善数字经济治理", "2025年取得明显成效", "task 5 (数字经济治理机制), 完成时限 持续推进，2025年取得明显成效: equal")
dl("4.推动公共服务数字化", "2025年取得明显成效", "task 6 (公共服务数字化), 完成时限 持续推进，2025年取得明显成效: equal")
dl("5.深化智慧教育应用", "2025年取得明显成效", "task 7 (国家智慧教育平台整省试点), 完成时限 2023年形成试点经验，2025年取得明显成效: equal")
dl("6.推进“互联网+医疗健康”", "2025年取得明显成效", "task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效: equal (only the unit on this line is wrong)")
dl("综合信息服务水平。（责任单位：县农业农村局", "2025年取得明显成效", "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal; the sentence starts on the line above (mobile copy line break)")
dl("8.推进“数字供销”建设", "2025年取得明显成效", "task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal")
dl("9.参与培育数据要素市场", "2025年", "task 12 (数据要素市场), 完成时限 2025年: equal")
dl("10.营造清朗网络生态", "长期坚持", "body text of 营造良好数字生态 (网络综合治理); no task-list row with a dated deadline")
dl("14.推进信创云迁移", "2024年底前", "task 46 (政务信息系统有序迁移) 2024年, task 43 (政务信创云) 2024年建成，持续推进: equal")
dl("理局牵头，县直有关部门配合；完成时限：2024年底前", "2024年底前", "task 21 (行政权力事项网上运行), 完成时限 2024年: equal")
dl("16.强化审管协同", "2025年", "task 22 (审管协同), 完成时限 2025年: equal")
dl("18.开展试点示范", "2025年取得明显成效", "task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: equal")
dl("21.推进公共数据开放和融合应用", "2024年底前", "tasks 41 (公共数据开放目录) and 42 (公共数据与政务数据融合), 完成时限 2024年: equal (only the unit on this line is wrong)")
dl("22.规范电子公文管理", "2024年底前", "task 40 (电子公文) and task 54 (电子文件归档), 完成时限 2024年: equal")
dl("23.提升网络支撑能力", "2024年9月底前", "tasks 48 (城域网, 5级全覆盖) and 50 (专网整合迁移), 完成时限 2024年: earlier")
dl("25.推广共性应用支撑", "2024年底前", "task 52 (电子证照社会化场景) 2025年: earlier; task 53 (电子印章) 2024年: equal")
dl("26.推进非税收入收缴电子化", "2025年", "task 56 (非税收入收缴电子化), 完成时限 2025年: equal")
dl("27.完善信用信息平台应用", "2024年", "task 57 (信用信息公共服务平台), 完成时限 2024年: equal")
dl("一体联动、齐抓共管的工作格局。（责任单位", "2024年6月底前", "task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年: earlier")
dl("29.厘清层级职责", "2025年", "六级贯通 body text; task 81 (指挥调度体系) 2025年: equal")
dl("30.强化经济运行监测", "2025年", "task 66 (宁夏经济运行大数据平台), 完成时限 2025年: equal")
dl("31.推进差异化监管", "2024年底前", "task 70 (企业信用风险分类, 双随机一公开), 完成时限 2024年: equal")
dl("32.推进数字化追溯监管", "2024年底前", "task 71 (数字化追溯监管), 完成时限 2024年: equal")
dl("33.提升矛盾纠纷化解能力", "2024年底前", "task 77 (矛盾纠纷多元化解), 完成时限 2024年: equal")
dl("34.深化“雪亮工程”", "2024年底前", "task 79 (雪亮工程), 完成时限 2024年: equal")
dl("35.推进“智慧应急”建设", "2024年底前", "task 80 (智慧应急), 完成时限 2024年: equal")
dl("36.实施“互联网+基层治理”行动", "2025年", "task 83 (互联网+基层治理), 完成时限 2025年: equal")
dl("37.深化“一网通办”", "2024年底前", "tasks 84 (一体化政务服务) and 86 (我的宁夏), 完成时限 2024年: equal")
dl("38.提升12345热线服务", "2025年", "task 87 (12345 一呼即应), 完成时限 2023年启动，2025年完成: equal")
dl("39.优化涉企服务", "2024年底前", "task 89 (企业专属网页、惠企政策), 完成时限 2024年: equal")
dl("40.推进公共场馆数字化", "2024年底前", "task 90 (公共场馆数字化), 完成时限 2024年: equal")
dl("42.加强生态环境数字化监测", "2024年底前", "task 94 (生态环境数据) 2024年: equal; task 95 (大气、水、土壤…综合开发利用) 2025年: earlier")
dl("43.深化“互联网+城乡供水”", "2025年", "task 96 (互联网+城乡供水, 数字治水), 完成时限 2025年: equal")
dl("44.提升自然资源数字化水平", "2024年底前", "tasks 97 (一张图) and 98 (智慧林草), 完成时限 2024年: equal")
dl("45.强化辅助决策", "2024年底前", "task 103 (辅助决策), 完成时限 2024年: equal")
nf("deadline-later-than-baseline", ln("46.推广协同办公平台和“宁政通”"), "tasks 104 (协同办公) and 105 (宁政通), 完成时限 2024年; the county's deadline '2024年底前' is broken across this line and the next by the mobile copy: equal", "2024")
nf("deadline-invalid", [i+1 for i,t in enumerate(L) if t == "年底前）"][0], "second half of '2024年底前' broken by the mobile copy; no year is missing", "年底前")
dl("47.推进填表报数减负", "2025年", "task 106 (填表报数系统, 压减50%), 完成时限 2025年: equal")
dl("48.推进机关事务数字化", "2025年", "tasks 107 (视频会议) and 111 (机关事务管理), 完成时限 2025年: equal")
dl("49.提升政务公开水平", "2024年底前", "tasks 112 (政务公开平台) and 114 (政务新媒体矩阵), 完成时限 2024年: equal")
dl("50.畅通政民互动渠道", "2024年底前", "task 115 (政民互动平台), 完成时限 2024年: equal")
dl("（四）强化考核评价", "长期坚持", "task 121 (年度考核指标、常态化考核) 长期坚持: equal; the 2023 milestones of tasks 122–124 lie before the plan year")
dl("各责任单位要于每季度结束后", "每年12月15日前", "the office's own reporting schedule (quarterly progress, annual summary), not a task deadline")
nf("deadline-invalid", both("38.提升12345热线服务", "12345"), "hotline number 12345, not a year", "12345")
# units: collectives, aliases, broken names, local bodies
nf("unknown-unit", both("15.推动行政权力事项网上运行", "县审批服务管"), "县审批服务管理局 broken across two lines by the mobile copy ('县审批服务管' + '理局'): a registered unit", "县审批服务管")
nf("unknown-unit", both("理局牵头，县直有关部门配合；完成时限：2024年底前", "理局"), "second half of 县审批服务管理局 broken by the mobile copy", "理局")
nf("unknown-unit", both("1.推动特色产业数字化", "县直有关部门、各乡镇人民政府"), "collective subjects", "各乡镇人民政府")
nf("unknown-unit", both("4.推动公共服务数字化", "县直有关部门"), "collective subject", "县直有关部门")
nf("unknown-unit", both("11.强化安全管理责任", "县直各部门"), "collective (县直各部门、各乡镇) in body text", "县直各部门")
nf("unknown-unit", both("完善企业参与政务信息化建设和运营的规范制度", "县直各部门（单位）"), "collective subject", "县直各部门（单位）")
nf("unknown-unit", both("29.厘清层级职责", "各村（社区）"), "collective subject", "各村（社区）")
nf("unknown-unit", both("2.加快“智慧园区”建设", "隆德县工业园区管理委员会"), "in units.txt", "隆德县工业园区管理委员会")
nf("unknown-unit", both("3.完善数字经济治理", "县市场监管局"), "official short name of 县市场监督管理局 (units.txt alias)", "县市场监管局")
nf("unknown-unit", both("6.推进“互联网+医疗健康”", "县医保局"), "short name of 县医疗保障局 (units.txt alias)", "县医保局")
nf("unknown-unit", both("8.推进“数字供销”建设", "县供销社"), "short name of 县供销合作社 (units.txt alias)", "县供销社")
nf("unknown-unit", both("9.参与培育数据要素市场", "县发改局"), "short name of 县发展和改革局 (units.txt alias)", "县发改局")
nf("unknown-unit", both("18.开展试点示范", "县政府办"), "short name of 县人民政府办公室 (units.txt alias)", "县政府办")
nf("unknown-unit", both("25.推广共性应用支撑", "县卫健局"), "short name of 县卫生健康局 (units.txt alias)", "县卫健局")
nf("unknown-unit", both("35.推进“智慧应急”建设", "隆德县消防救援大队"), "in units.txt", "隆德县消防救援大队")
nf("unknown-unit", both("42.加强生态环境数字化监测", "固原市生态环境局隆德分局"), "the city bureau's county branch, in units.txt; a real local body, not a regional lead", "固原市生态环境局隆德分局")
nf("unknown-unit", both("44.提升自然资源数字化水平", "县林草局"), "short name of 县林业和草原局 (units.txt alias)", "县林草局")
nf("unknown-unit", both("全县干部开展数字化能力培训", "县委党校"), "in units.txt (县委党校); 县人社局 is an alias of 县人力资源和社会保障局", "县委党校")
nf("unknown-unit", both("28.健全组织机构", "县推进“数字政府”建设领导小组"), "the county's leading group named in body text (参照自治区做法 …), not a responsible unit in a note", "县推进“数字政府”建设领导小组")
nf("unknown-unit", both("各责任单位要于每季度结束后", "县大数据服务中心"), "in units.txt", "县大数据服务中心")
# pillars present
for p, a in [("数字生态", "（三）营造良好数字生态"), ("安全保障", "（一）构建全方位安全保障体系"), ("制度规则", "（二）构建科学规范的制度规则体系"),
             ("数据资源", "（三）构建循环利用的数据资源体系"), ("平台支撑", "（四）构建智能集约的平台支撑体系"),
             ("五个一", "四、健全“五个一”和“六级贯通”的工作体系"), ("六级贯通", "29.厘清层级职责"),
             ("政务公开", "（七）提升全面规范的政务公开能力"), ("党的领导", "六、加强党对数字政府建设工作的全面领导")]:
    e = {"rule": "missing-pillar", "line": ln(a), "pillar": p, "why": "pillar taken up here"}
    M.append(e)

covers_spec = [
 (2, "1.推动特色产业数字化"), (3, "2.加快“智慧园区”建设"), (5, "3.完善数字经济治理"), (6, "4.推动公共服务数字化"),
 (7, "5.深化智慧教育应用"), (8, "6.推进“互联网+医疗健康”"), (10, "7.推进数字乡村建设"), (11, "8.推进“数字供销”建设"),
 (12, "9.参与培育数据要素市场"), (14, "11.强化安全管理责任"), (15, "11.强化安全管理责任"), (17, "12.落实安全制度要求"),
 (18, "13.提升安全防护能力"), (46, "14.推进信创云迁移"), (21, "15.推动行政权力事项网上运行"), (22, "16.强化审管协同"),
 (24, "17.规范政务信息化项目管理"), (28, "18.开展试点示范"), (30, "19.完善数据管理机制"), (32, "19.完善数据管理机制"),
 (36, "20.深化数据高效共享"), (41, "21.推进公共数据开放和融合应用"), (42, "21.推进公共数据开放和融合应用"),
 (40, "22.规范电子公文管理"), (54, "22.规范电子公文管理"), (48, "23.提升网络支撑能力"), (50, "23.提升网络支撑能力"),
 (49, "24.整合视频资源"), (52, "25.推广共性应用支撑"), (53, "25.推广共性应用支撑"), (56, "26.推进非税收入收缴电子化"),
 (57, "27.完善信用信息平台应用"), (64, "28.健全组织机构"), (66, "30.强化经济运行监测"), (70, "31.推进差异化监管"),
 (71, "32.推进数字化追溯监管"), (77, "33.提升矛盾纠纷化解能力"), (79, "34.深化“雪亮工程”"), (80, "35.推进“智慧应急”建设"),
 (83, "36.实施“互联网+基层治理”行动"), (84, "37.深化“一网通办”"), (86, "37.深化“一网通办”"), (87, "38.提升12345热线服务"),
 (89, "39.优化涉企服务"), (90, "40.推进公共场馆数字化"), (93, "41.推进适老化改造"), (94, "42.加强生态环境数字化监测"),
 (95, "42.加强生态环境数字化监测"), (96, "43.深化“互联网+城乡供水”"), (97, "44.提升自然资源数字化水平"),
 (98, "44.提升自然资源数字化水平"), (103, "45.强化辅助决策"), (104, "46.推广协同办公平台和“宁政通”"),
 (105, "46.推广协同办公平台和“宁政通”"), (106, "47.推进填表报数减负"), (107, "48.推进机关事务数字化"),
 (111, "48.推进机关事务数字化"), (112, "49.提升政务公开水平"), (114, "49.提升政务公开水平"), (115, "50.畅通政民互动渠道"),
 (116, "（一）加强组织领导"), (118, "（三）提升数字素养"), (121, "（四）强化考核评价"), (122, "（四）强化考核评价"),
 (123, "（四）强化考核评价"), (124, "（四）强化考核评价"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
 "writer": "blind writer, round 317; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("隆德县 (固原市) plan of 2024-05-16 as copied from the county's WeChat account 隆德发布: header, 来源/发布时间, 阅读/点赞 counts, "
           "往期推荐 links with dates and 扫码关注 at the bottom; mid-sentence line breaks (lines 11/12, 13/14, 17/18, 32/33, 40/41, 46/47 inside "
           "县审批服务管理局, 63/64, 89/90 inside '2024年底前', 99/100) and full-width spaces. No parent plan in the seeds: the 固原 city plan is cited "
           "by title only, so parents is empty. Tasks whose regional deadline is 2023 (14, 15, 17, 18, 24, 30, 32, 36, 116, 118) are taken up without a "
           "completion date on purpose. The invalid '20255年' on line 58 is meant as deadline-invalid only; a checker that also reads it as later than "
           "task 49 (2025年) is double-reporting the same slip.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
