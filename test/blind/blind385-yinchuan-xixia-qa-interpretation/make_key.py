# Helper kept in the case folder: builds key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def line_of(snippet, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if snippet in l]
    assert len(hits) >= nth, (snippet, hits)
    return hits[nth - 1]

def chk(e):
    if e['line'] and 'text' in e:
        assert e['text'] in L[e['line'] - 1], (e, L[e['line'] - 1][:40])
    return e

expect = [
    {"rule": "deadline-later-than-baseline", "line": line_of("到2026年"), "text": "2026年",
     "why": "主要目标: 宁政发〔2023〕17号 sets '到2025年，全区各级数字政府建设“34567”体系框架全面成型'; the district puts the same goal ('“1347”体系框架全面成型') at 2026"},
    {"rule": "deadline-later-than-baseline", "line": line_of("三级全覆盖"), "text": "2025年底",
     "why": "task 48 (城域网升级改造，推进区市县乡村5级全覆盖, 各市、县（区）具体负责) 完成时限 2024年 (task 47 外网升级改造 also 2024年); the district extends coverage to 村（社区） only by 2025年底"},
    {"rule": "deadline-invalid", "line": line_of("20255年"), "text": "20255年",
     "why": "impossible year (typo for 2025年); task 106 (填表报数系统，工作量压减50%以上) 完成时限 2025年"},
    {"rule": "unknown-unit", "line": line_of("由区信息中心牵头"), "text": "区信息中心",
     "why": "not in units.txt (the district's technical body is 区大数据服务中心); lead of the 协同办公 task, task 104 完成时限 2024年"},
    {"rule": "unknown-unit", "line": line_of("由自治区党委政法委牵头"), "text": "自治区党委政法委",
     "why": "a regional body named as the lead of a local task (copied from the 责任单位 of task 49, 视频一张网, 完成时限 2025年); the district's own body is 区委政法委"},
    {"rule": "basis-mismatch", "line": line_of("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); wrong year in the 文号"},
    {"rule": "garbled-text", "line": line_of("寤虹珛鍋ュ叏"), "text": "寤虹珛鍋ュ叏鏀垮姟",
     "why": "UTF-8 read as GBK: 建立健全政务数据供需对接机制 (task 36 wording)"},
]

def eq(snip, task, limit, local, extra=""):
    return {"rule": "deadline-later-than-baseline", "line": line_of(snip), "text": local,
            "why": f"task {task} 完成时限 {limit}; district {local}: {extra or 'equal to the regional deadline'}"}

mnf = [
    {"rule": "basis-mismatch", "line": 1, "text": "《西夏区数字政府建设实施方案》", "why": "title of the plan being interpreted, not a basis document"},
    {"rule": "deadline-invalid", "line": 2, "text": "2024-07-18", "why": "the interpretation's own publication date"},
    {"rule": "unknown-unit", "line": 3, "text": "西夏区融媒体中心记者 马晓燕", "why": "reporter's byline, not a responsible unit (西夏区融媒体中心 is also an alias in units.txt)"},
    {"rule": "basis-mismatch", "line": 4, "text": "银西政发〔2024〕31号", "why": "the plan's own 文号, not a cited basis"},
    {"rule": "basis-mismatch", "line": 5, "text": "一、《方案》出台的背景是什么？", "why": "a question heading; 《方案》 is the short title of the plan itself"},
    {"rule": "deadline-invalid", "line": 7, "text": "2022年6月", "why": "background: date of 国发〔2022〕14号, a past event"},
    {"rule": "basis-mismatch", "line": 7, "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
    {"rule": "deadline-invalid", "line": 8, "text": "2023年5月16日", "why": "background: issue date of the region's 实施意见"},
    {"rule": "basis-mismatch", "line": 8, "text": "宁政发〔2023〕17号", "why": "correct title and 文号 of the regional 实施意见 (the wrong one is on the basis line only)"},
    {"rule": "deadline-later-than-baseline", "line": 8, "text": "2023年—2025年", "why": "title of the region's task list quoted as background, not a deadline"},
    {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 (what the district did in 2020), not cited as the plan's basis; title and 文号 correct"},
    {"rule": "deadline-invalid", "line": 9, "text": "2020年", "why": "past date in the background"},
    {"rule": "deadline-invalid", "line": 10, "text": "2023年底", "why": "截至2023年底 statistics (外网 already covers 区、镇 two levels), a past state, not a deadline"},
    {"rule": "deadline-invalid", "line": 12, "text": "2024年6月27日", "why": "the office's own date (常务会议 that adopted the plan)"},
    {"rule": "basis-mismatch", "line": 14, "text": "国发〔2022〕14号", "why": "correct national basis on the basis line"},
    {"rule": "basis-mismatch", "line": 14, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 cited with the same title and 文号 as in the 吴忠 plan (seed)"},
    {"rule": "unknown-unit", "line": 15, "text": "各市、县（区）", "why": "collective subject, describing the regional task list"},
    {"rule": "deadline-later-than-baseline", "line": 19, "text": "2035年", "why": "equal to the region's 到2035年 goal"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "五个一 and 六级贯通 are folded into “一套体系” (健全组织机构、厘清层级职责、完善工作机制, lines 22, 29-31), as DOMAIN describes for 吴忠"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up at line 39 (数据要素市场, 网络生态), and named at line 23"},
    eq("1.健全组织机构", 64, "2025年", "2024年底", "earlier than the region (task 64: 各地各部门参照自治区做法成立相应的组织机构); task 60 is the region's own leading group"),
    eq("4.驱动数字经济发展", 1, "持续推进，2025年取得明显成效", "2025年取得明显成效"),
    eq("智慧园区", 3, "持续推进，2025年取得明显成效", "2025年取得明显成效"),
    eq("以网管网", 5, "持续推进，2025年取得明显成效", "2025年取得明显成效"),
    eq("5.引领数字社会建设", 6, "持续推进，2025年取得明显成效", "2025年取得明显成效"),
    eq("一网统管", 9, "持续推进，2025年取得明显成效", "2025年取得明显成效"),
    eq("推进数字乡村建设", 10, "持续推进，2025年取得明显成效", "2025年取得明显成效"),
    {"rule": "unknown-unit", "line": line_of("区发改局配合自治区发展改革委"), "text": "自治区发展改革委", "why": "regional body named as the lead of the regional task (12) the district's 区发改局 supports, not as lead of a local task"},
    eq("开展常态化安全防护和应急演练", 18, "2023年形成机制，长期坚持", "长期坚持"),
    eq("政务信创云有序迁移", 43, "2024年建成，持续推进", "2024年底", "equal (task 46 迁移 and task 19 信创云 also 2024年)"),
    eq("行政权力事项网上运行", 21, "2024年", "2024年底"),
    eq("会商机制", 24, "2023年", "长期坚持", "an ongoing mechanism with no later milestone"),
    eq("试点领域", 28, "2023年启动，2025年取得明显成效", "2025年取得明显成效", "the completing milestone (2025) is equal; a 2024 plan cannot start in 2023"),
    eq("一本账", 30, "2023年", "长期坚持", "ongoing (also task 32, 2023年); no later milestone"),
    eq("公共数据开放目录", 41, "2024年", "2024年底"),
    eq("供水、供电、供气", 42, "2024年", "2024年底"),
    eq("非涉密业务专网", 50, "2024年", "2024年底"),
    {"rule": "deadline-later-than-baseline", "line": line_of("视频一张网"), "text": "2025年底", "why": "task 49 完成时限 2025年; equal (the unit on this line is the expected error)"},
    eq("推动各类证照电子化", 52, "2025年", "2025年底"),
    eq("深化电子文件管理", 54, "2024年", "2024年底"),
    eq("11.提升经济调节能力", 66, "2025年", "2025年底"),
    eq("12.提升市场监管能力", 70, "2024年", "2024年底", "equal (task 71 also 2024年)"),
    eq("消费维权", 73, "2024年", "2024年底"),
    eq("枫桥经验", 77, "2024年", "2024年底"),
    eq("雪亮工程", 79, "2024年", "2024年底"),
    eq("智慧应急", 80, "2024年", "2024年底"),
    eq("互联网+基层治理", 83, "2025年", "2025年底"),
    eq("14.提升公共服务能力", 84, "2024年", "2024年底"),
    eq("西夏专区", 86, "2024年", "2024年底"),
    eq("一呼即应", 87, "2023年启动，2025年完成", "2025年底"),
    eq("适老化", 93, "2024年", "2024年底"),
    eq("15.提升生态环境保护能力", 94, "2024年", "2024年底", "equal (task 95 is 2025年, so earlier for it)"),
    eq("互联网+城乡供水", 96, "2025年", "2025年底"),
    eq("污染防治攻坚战", 102, "2025年", "2025年取得明显成效"),
    eq("16.提升政务运行能力", 103, "2024年", "2024年底"),
    eq("宁政通”移动办公", 105, "2024年", "2024年底"),
    eq("视频会议系统", 107, "2025年", "2025年底", "equal (task 111 机关事务 also 2025年)"),
    eq("17.提升政务公开能力", 112, "2024年", "2024年底"),
    eq("政务新媒体矩阵", 114, "2024年", "2024年底"),
    eq("为枢纽", 115, "2024年", "2024年底"),
    eq("一把手工程", 116, "2023年完成并长期坚持", "长期坚持"),
    eq("三是提升数字素养", 118, "2023年完成并长期坚持", "长期坚持"),
    eq("四是强化考核评价", 121, "长期坚持", "长期坚持", "equal (tasks 123/124: 2023年完成/形成机制，长期坚持)"),
    {"rule": "unknown-unit", "line": line_of("7.构建全方位安全保障体系"), "text": "区直各部门（单位）", "why": "collective subject (also 各镇（街道）)"},
    {"rule": "unknown-unit", "line": line_of("各街道办事处"), "text": "各街道办事处", "why": "collective subject"},
    {"rule": "unknown-unit", "line": line_of("各村（社区）日常办公"), "text": "各村（社区）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": line_of("兴泾镇、镇北堡镇具体负责"), "text": "兴泾镇", "why": "short name of 兴泾镇人民政府 in units.txt (also 镇北堡镇)"},
    {"rule": "unknown-unit", "line": line_of("西夏生态环境分局牵头，区直"), "text": "西夏生态环境分局", "why": "short name of 银川市生态环境局西夏分局 in units.txt"},
    {"rule": "unknown-unit", "line": line_of("区市域社会治理指挥中心"), "text": "区市域社会治理指挥中心", "why": "listed in units.txt"},
    {"rule": "unknown-unit", "line": line_of("区委组织部、区委党校"), "text": "区委党校", "why": "listed in units.txt"},
    {"rule": "unknown-unit", "line": 88, "text": "西夏区人民政府办公室", "why": "alias of 区人民政府办公室 in units.txt; the interpreting office, not a task unit"},
    {"rule": "deadline-invalid", "line": line_of("“34567”宁夏"), "text": "34567", "why": "name of the framework, not a year"},
    {"rule": "deadline-invalid", "line": line_of("一呼即应"), "text": "12345", "why": "hotline number, not a year"},
    {"rule": "basis-mismatch", "line": 90, "text": "银西政发〔2024〕31号", "why": "the plan's own 文号 in the attachment link"},
]

cover_snips = {
    1: "4.驱动数字经济发展", 3: "智慧园区", 5: "以网管网", 6: "5.引领数字社会建设", 9: "一网统管",
    10: "推进数字乡村建设", 12: "培育数据要素市场", 14: "7.构建全方位安全保障体系", 15: "重大事件处置机制",
    18: "开展常态化安全防护和应急演练", 43: "政务信创云有序迁移", 21: "行政权力事项网上运行", 24: "会商机制",
    28: "试点领域", 30: "一本账", 32: "数据管理机构", 31: "数据全生命周期质量管理", 41: "公共数据开放目录",
    42: "供水、供电、供气", 47: "电子政务外网升级改造", 48: "三级全覆盖", 50: "非涉密业务专网", 49: "视频一张网",
    52: "推动各类证照电子化", 54: "深化电子文件管理", 64: "1.健全组织机构", 66: "11.提升经济调节能力",
    70: "双随机", 71: "追溯监管", 73: "消费维权", 77: "枫桥经验", 79: "雪亮工程", 80: "智慧应急",
    83: "互联网+基层治理", 84: "14.提升公共服务能力", 86: "西夏专区", 87: "一呼即应", 93: "适老化",
    94: "生态环境数据资源中心", 96: "互联网+城乡供水", 102: "污染防治攻坚战", 103: "16.提升政务运行能力",
    104: "协同办公平台", 105: "宁政通”移动办公", 106: "填表报数", 107: "视频会议系统", 111: "机关事务管理信息系统",
    112: "17.提升政务公开能力", 114: "政务新媒体矩阵", 115: "为枢纽", 116: "一把手工程", 25: "二是加大资金保障",
    117: "数字化专业人才引进", 118: "三是提升数字素养", 121: "考核指标体系", 123: "综合考核评价", 124: "容错和奖惩机制",
}
covers = [{"task": t, "line": line_of(s)} for t, s in sorted(cover_snips.items())]

key = {
    "writer": "blind writer, round 385; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": [chk(e) for e in expect],
    "mustNotFlag": [chk(e) for e in mnf],
    "covers": covers,
    "notes": ("A 政策解读 (Q&A) of the 银川市西夏区 数字政府建设实施方案 (2024), published on the district site. "
              "Basis: 宁政发〔2023〕17号 only; no parent plan (Yinchuan's plan is mentioned only as 银川市…有关工作部署, without a title). "
              "'全区' in the draft means the district; the region is always '自治区'. The district restructures the framework as “1347” "
              "(一套体系 = 五个一 + 六级贯通). Tasks whose regional deadline is 2023年 are restated without a year or as 长期坚持. "
              "Task 36 is not in covers because its wording on line 49 is the garbled run."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e['text'])
