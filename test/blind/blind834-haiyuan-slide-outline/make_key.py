# Builds key.json from draft.txt: every line number is looked up from a unique text fragment.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(frag, nth=0):
    hits = [i + 1 for i, l in enumerate(L) if frag in l]
    assert hits, frag
    if nth == 0:
        assert len(hits) == 1, (frag, hits)
    return hits[nth if nth else 0]
def has(line, text):
    assert text in L[line - 1], (line, text)
    return line

expect = [
  {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "the 自治区 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not 宁政办发 (the 政办发 series is the 办公厅's)"},
  {"rule": "deadline-later-than-baseline", "line": ln("城域网升级改造"), "text": "2025年底",
   "why": "task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年 (also task 47, 2024年); the county puts village coverage at 2025年底"},
  {"rule": "deadline-invalid", "line": ln("20244年"), "text": "20244年",
   "why": "impossible year (typo for 2024年); task 93 (适老化与信息无障碍) 完成时限 2024年"},
  {"rule": "unknown-unit", "line": ln("中宁县审批服务管理局"), "text": "中宁县审批服务管理局",
   "why": "a neighbouring county's bureau copied into 海原's slide; not in units.txt (海原's is 县审批服务管理局 = 县审批局)"},
  {"rule": "garbled-text", "line": ln("寤虹珛鍋ュ叏"), "text": "寤虹珛鍋ュ叏鏀垮姟",
   "why": "UTF-8 read as GBK: 建立健全政务数据供需对接机制 (task 36)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
   "why": "the 七个能力 slides stop at six: no 政务公开 content at all (no 政务公开平台, 政策文件库, 政务新媒体, 政民互动); 12345/政府网站 deliberately absent too"},
  {"rule": "task-uncovered", "line": 0, "task": 112,
   "why": "政务公开信息化平台, 各市、县（区）分别负责 — left out with the missing 政务公开 pillar"},
  {"rule": "task-uncovered", "line": 0, "task": 114,
   "why": "政务新媒体矩阵, 各市、县（区）分别负责 — left out with the missing 政务公开 pillar"},
]

D = "deadline-later-than-baseline"
def dl(frag, text, why):
    l = ln(frag); has(l, text)
    return {"rule": D, "line": l, "text": text, "why": why}

mnf = [
  # deadlines equal to or earlier than the region's
  dl("“宁政通”乡村全覆盖取得实效", "2024年", "goal line: 信创云 (task 19: 2023年启动，2024年建成; task 43: 2024年建成) and 宁政通 (task 105: 2024年) — equal"),
  dl("到2025年：全县数字政府", "2025年", "主要目标: region's 到2025年 “34567”体系框架全面成型 — equal"),
  dl("到2035年", "2035年", "主要目标: region's 到2035年 数字政府全面建成 — equal"),
  dl("健全县级数字政府组织机构", "2024年6月底前", "task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年 — earlier; not the 2023年底 goal, which concerns 自治区本级“五个一”"),
  dl("建设县综合指挥调度中心", "2025年", "六级贯通 (县级一体化推进指挥调度中心); nearest task 81 (视频指挥调度体系) 2025年 — equal"),
  dl("“智慧园区”建设", "2025年取得明显成效", "task 3 持续推进，2025年取得明显成效 — equal"),
  dl("数字牧场", "2024年", "task 2 2023年启动，2024年取得明显成效 — equal"),
  dl("强化以网管网", "2025年取得明显成效", "task 5 持续推进，2025年取得明显成效 — equal"),
  dl("扩大优质资源覆盖面", "2025年", "task 6 持续推进，2025年取得明显成效 — equal"),
  dl("国家智慧教育平台应用", "2024年底前", "task 7 2023年形成试点经验，2025年取得明显成效 — the completing milestone is 2025; 2024 is earlier"),
  dl("县域医共体", "2025年", "task 8 持续推进，2025年取得明显成效 — equal"),
  dl("推进数字乡村试点", "2025年", "task 10 持续推进，2025年取得明显成效 — equal"),
  dl("“一网统管”向县城延伸", "2025年", "task 9 持续推进，2025年取得明显成效 — equal"),
  dl("培育数据要素市场", "2025年", "task 12 2025年 — equal"),
  dl("公平竞争审查制度", "2024年底", "task 13 2024年 — equal"),
  dl("每年开展网络安全应急演练", "长期坚持", "task 18 2023年形成机制，长期坚持 — ongoing, no later milestone"),
  dl("向政务信创云迁移", "2024年底", "task 19 2023年启动，2024年建成 / task 43 2024年建成，持续推进 — equal"),
  dl("行政权力事项网上运行", "2024年9月底前", "task 21 2024年 — earlier"),
  dl("审批结果实时推送监管部门", "2025年", "task 22 2025年 — equal"),
  dl("纳入全区“一本账”统筹管理", "2024年底", "task 23 2024年 — equal"),
  dl("延伸试点", "2024年底形成经验", "task 28 2023年启动，2025年取得明显成效 — earlier"),
  dl("法人基础库", "2024年底", "tasks 33/34 2024年 — equal"),
  dl("电子公文全流程标准化管理", "2024年", "task 40 (and 54) 2024年 — equal"),
  dl("供水、供电、供气", "2024年", "task 42 2024年 — equal"),
  dl("公共数据开放目录", "2024年6月底前", "task 41 2024年 — earlier"),
  dl("非涉密业务专网", "2024年6月底前", "task 50 2024年 — earlier"),
  dl("视频一张网", "2025年", "task 49 2025年 — equal"),
  dl("验章验签", "2024年底", "task 53 2024年 — equal"),
  dl("财政电子票据", "2024年", "task 55 2024年 — equal"),
  dl("非税收入收缴电子化", "2025年", "task 56 2025年 — equal"),
  dl("底板底图", "2024年", "task 58 2024年 — equal"),
  dl("县域经济运行月度分析", "2024年", "task 65 2024年 — equal"),
  dl("重点企业、重点产品监测", "2025年", "task 66 2025年 — equal"),
  dl("差异化监管", "2024年", "task 70 2024年 — equal"),
  dl("数字化追溯监管", "2024年底", "task 71 2024年 — equal"),
  dl("远程监管、移动监管", "2024年", "task 74 2024年 — equal"),
  dl("矛盾纠纷多元化解", "2024年", "task 77 2024年 — equal"),
  dl("雪亮工程", "2024年底", "task 79 2024年 — equal"),
  dl("智慧应急", "2024年", "task 80 2024年 — equal"),
  dl("互联网+基层治理", "2025年", "task 83 2025年 — equal"),
  dl("“一网通办”向乡镇、村延伸", "2024年", "task 84 2024年 — equal"),
  dl("海原专区服务事项应上尽上", "2024年10月底前", "task 86 2024年 — earlier"),
  dl("政策兑现直达直享", "2024年", "task 89 2024年 — equal (the line's error is its unit, not its date)"),
  dl("一业一证", "2024年", "task 88 2024年 — equal"),
  dl("移动入口接入", "2024年", "task 90 2024年 — equal"),
  dl("生态环境数据资源中心", "2024年", "task 94 2024年 — equal"),
  dl("互联网+城乡供水", "2025年", "task 96 2025年 — equal"),
  dl("国土空间基础信息平台", "2024年底", "task 97 2024年 — equal"),
  dl("智慧林草", "2024年", "task 98 2024年 — equal"),
  dl("山林权", "2025年", "task 100 2025年 — equal"),
  dl("一屏统览", "2024年", "task 103 2024年 — equal"),
  dl("协同办公平台", "2024年", "task 104 2024年 — equal"),
  dl("“宁政通”覆盖县、乡、村三级", "2024年6月底前", "task 105 2024年 — earlier"),
  dl("填表报数", "2025年", "task 106 2025年 — equal"),
  dl("视频会议平台", "2024年底", "task 107 2025年 — earlier"),
  dl("公共机构能耗监测", "2025年", "task 111 2025年 — equal"),
  dl("一把手工程", "2023年完成并长期坚持", "task 116 2023年完成并长期坚持 — copied regional deadline, equal"),
  dl("专题培训不少于1期", "长期坚持", "task 118 2023年完成并长期坚持 — ongoing, no later milestone"),
  dl("效能目标管理考核", "长期坚持", "tasks 122/123 2023年完成，长期坚持 — ongoing, no later milestone"),
  # the copied regional deadline before the plan's year
  {"rule": "deadline-invalid", "line": ln("一把手工程"), "text": "2023年完成并长期坚持",
   "why": "a regional deadline (task 116) copied as is; it lies before 2024 but is not impossible — the task was due 2023 and is ongoing"},
  # past dates in the background
  {"rule": "deadline-invalid", "line": ln("2020年起"), "text": "2020年", "why": "background: what has been done since 2020"},
  {"rule": "deadline-invalid", "line": ln("2023年5月，自治区印发"), "text": "2023年5月", "why": "background: date the region issued its 实施意见"},
  {"rule": "deadline-invalid", "line": ln("2023年11月，中卫市"), "text": "2023年11月", "why": "background: city meeting date"},
  {"rule": "deadline-invalid", "line": ln("2023年6月调整充实"), "text": "2023年6月", "why": "2023 review slide: past event (task 60's 领导小组 work done in 2023)"},
  {"rule": "deadline-later-than-baseline", "line": ln("2023年6月调整充实"), "why": "past event in the review slide, not a deadline"},
  {"rule": "deadline-invalid", "line": ln("2023年底完成县直部门"), "text": "2023年底", "why": "2023 review slide: past achievement (task 30, 2023年, done on time)"},
  {"rule": "deadline-invalid", "line": ln("2023年9月县直部门"), "text": "2023年9月", "why": "2023 review slide: past achievement (task 14, 2023年)"},
  # the office's own dates
  {"rule": "deadline-invalid", "line": ln("汇报时间"), "text": "2024年3月", "why": "the briefing's own date"},
  {"rule": "deadline-later-than-baseline", "line": ln("2024年12月20日前"), "text": "2024年12月20日前", "why": "the office's own reporting date, not a task deadline"},
  {"rule": "deadline-later-than-baseline", "line": ln("2025年1月15日前"), "text": "2025年1月15日前", "why": "the office's own year-end evaluation date for the 2024 plan, not a task deadline (task 124's 督促检查 is 2023年形成机制，长期坚持)"},
  {"rule": "deadline-later-than-baseline", "line": ln("每季度末次月5日前"), "why": "the office's own quarterly reporting rhythm"},
  {"rule": "deadline-later-than-baseline", "line": ln("“一本账”每季度更新一次"), "why": "a frequency, not a deadline; task 30 (2023年) is reported as done on the review slide"},
  # basis: correct and retrospective citations
  {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct national 指导意见 title and 文号"},
  {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号", "why": "correct: 《数字宁夏“1244+N”行动计划实施方案》 is a 办公厅 document (as cited in the 吴忠 plan)"},
  {"rule": "basis-mismatch", "line": ln("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background slide, with its correct title and 文号; not cited as a basis"},
  # collectives
  {"rule": "unknown-unit", "line": ln("原则上不再自建平台"), "text": "各乡镇人民政府", "why": "collective subject"},
  {"rule": "unknown-unit", "line": ln("“科室+数据专员”"), "text": "县直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": ln("新建系统一律部署信创云"), "text": "县直各部门", "why": "collective subject (without （单位）)"},
  {"rule": "unknown-unit", "line": ln("非涉密业务专网"), "text": "县直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": ln("推进数字乡村试点"), "text": "各乡镇", "why": "collective subject (各乡镇具体负责)"},
  {"rule": "unknown-unit", "line": ln("要求各县（区）制定"), "text": "各县（区）", "why": "collective subject in the background"},
  # official short names / registry names
  {"rule": "unknown-unit", "line": ln("健全县级数字政府组织机构"), "text": "县政府办", "why": "listed short name of 县人民政府办公室"},
  {"rule": "unknown-unit", "line": ln("培育数据要素市场"), "text": "县发改局", "why": "listed short name of 县发展和改革局"},
  {"rule": "unknown-unit", "line": ln("培育数据要素市场"), "text": "自治区发展改革委", "why": "regional unit named as the body the county assists (配合), not as lead; the line's lead is 县发改局"},
  {"rule": "unknown-unit", "line": ln("数字牧场"), "text": "县工信商务局", "why": "listed short name of 县工业信息化和商务局"},
  {"rule": "unknown-unit", "line": ln("扩大优质资源覆盖面"), "text": "县教体局", "why": "listed short names (县教体局, 县卫健局, 县人社局); 分别负责 is a role"},
  {"rule": "unknown-unit", "line": ln("“一网统管”向县城延伸"), "text": "县综合执法局", "why": "listed short name of 县城市管理综合执法局; 中卫市城市运行管理服务平台 on the line is a platform, not a unit"},
  {"rule": "unknown-unit", "line": ln("“一网通办”向乡镇、村延伸"), "text": "县审批局", "why": "listed short name of 县审批服务管理局"},
  {"rule": "unknown-unit", "line": ln("生态环境数据资源中心"), "text": "中卫市生态环境局海原分局", "why": "in units.txt: the city bureau's county branch is the county's environmental body"},
  {"rule": "unknown-unit", "line": ln("海原县消防救援大队"), "text": "海原县消防救援大队", "why": "in units.txt"},
  {"rule": "unknown-unit", "line": ln("延伸试点"), "text": "海城镇人民政府", "why": "a named 镇 in units.txt"},
  {"rule": "unknown-unit", "line": ln("电子公文全流程标准化管理"), "text": "县委办", "why": "listed short name of 县委办公室"},
  {"rule": "unknown-unit", "line": ln("报领导小组办公室"), "text": "领导小组办公室", "why": "listed short name of 县数字政府建设领导小组办公室"},
  {"rule": "unknown-unit", "line": ln("2023年6月调整充实"), "text": "县数字政府建设领导小组", "why": "in units.txt; 县长 is a post, not a unit"},
]

covers = [
  (2, "数字牧场"), (3, "“智慧园区”建设"), (5, "强化以网管网"), (6, "扩大优质资源覆盖面"),
  (7, "国家智慧教育平台应用"), (8, "县域医共体"), (9, "“一网统管”向县城延伸"), (10, "推进数字乡村试点"),
  (12, "培育数据要素市场"), (13, "公平竞争审查制度"), (14, "保密主体责任、监督责任"),
  (17, "数据分类分级保护"), (18, "每年开展网络安全应急演练"), (19, "向政务信创云迁移"),
  (21, "行政权力事项网上运行"), (22, "审批结果实时推送监管部门"), (23, "纳入全区“一本账”统筹管理"),
  (24, "政务信息化项目会商"), (25, "建设经费纳入年度预算"), (28, "延伸试点"),
  (30, "“一本账”每季度更新一次"), (34, "法人基础库"), (40, "电子公文全流程标准化管理"),
  (41, "公共数据开放目录"), (42, "供水、供电、供气"), (48, "城域网升级改造"), (49, "视频一张网"),
  (50, "非涉密业务专网"), (53, "验章验签"), (55, "财政电子票据"), (56, "非税收入收缴电子化"),
  (58, "底板底图"), (64, "健全县级数字政府组织机构"), (65, "县域经济运行月度分析"),
  (66, "重点企业、重点产品监测"), (68, "照单监管"), (70, "差异化监管"), (71, "数字化追溯监管"),
  (74, "远程监管、移动监管"), (77, "矛盾纠纷多元化解"), (79, "雪亮工程"), (80, "智慧应急"),
  (83, "互联网+基层治理"), (84, "“一网通办”向乡镇、村延伸"), (86, "海原专区服务事项应上尽上"),
  (88, "一业一证"), (89, "政策兑现直达直享"), (90, "移动入口接入"), (93, "适老化和信息无障碍"),
  (94, "生态环境数据资源中心"), (96, "互联网+城乡供水"), (97, "国土空间基础信息平台"),
  (98, "智慧林草"), (100, "山林权"), (103, "一屏统览"), (104, "协同办公平台"),
  (105, "“宁政通”覆盖县、乡、村三级"), (106, "填表报数"), (107, "视频会议平台"),
  (111, "公共机构能耗监测"), (116, "一把手工程"), (118, "专题培训不少于1期"), (123, "效能目标管理考核"),
]
covers = [{"task": t, "line": ln(f)} for t, f in covers]

key = {
  "writer": "blind writer, round 834; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("海原县's 2024 实施方案 as a slide-deck outline (汇报提纲) for a 县政府常务会议 briefing: one bullet per task, "
            "bodies and date in brackets; line 5 says the first-listed unit leads. Parent: none (海原县 is under 中卫市; no 中卫 plan is cited by title). "
            "Regional tasks due 2023 are either reported as done on the 2023 review slide or carried without a date, so no 2024 date sits on a 2023 task. "
            "Line 115's 20244年 is meant as deadline-invalid only; read as a number it is also 'later', but it is a typo, not a late deadline. "
            "The 政务公开 pillar is missing by content: the 七个能力 slides run (一)…(六); 双随机、一公开 (market supervision) and 公共数据开放 (data) are not 政务公开."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
