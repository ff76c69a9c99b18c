# Builds key.json; every line number is looked up in the final draft.txt (1-based).
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, nth=0):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert hits, sub
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def one(sub):
    return ln(sub, None)

expect = [
    {"rule": "basis-mismatch", "line": one("《自治区人民政府关于加强数字政府建设的实施方案》（宁政发〔2023〕17号）"),
     "text": "自治区人民政府关于加强数字政府建设的实施方案",
     "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the preamble cites it as 实施方案 (the county's own genre leaked into the citation)"},
    {"rule": "deadline-later-than-baseline", "line": one("2026年底前，全面完成全县政府网站、政务新媒体和各级政务服务场所适老化"),
     "text": "2026年底前",
     "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 自治区各部门及各市、县（区）分别负责) 完成时限 2024年; the county puts it in the plan's third year"},
    {"rule": "deadline-later-than-baseline", "line": one("2025年：开展县级城域网升级改造，实现电子政务外网县、乡、村三级全覆盖"),
     "text": "2025年",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展; 各市、县（区）具体负责) 完成时限 2024年"},
    {"rule": "unknown-unit", "line": one("牵头单位：县数据局"),
     "text": "县数据局",
     "why": "no such county body in units.txt (the county's data body is 县大数据服务中心, named as lead on the next lines); a slip after the 2023 national 数据局 reform"},
    {"rule": "unknown-unit", "line": one("牵头单位：自治区党委政法委"),
     "text": "自治区党委政法委",
     "why": "a regional body named as the lead (牵头单位) of a local county task, copied from the regional task 77 row (自治区党委政法委牵头负责); the county lead would be 县委政法委"},
    {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护",
     "why": "七个能力之一 (提升系统科学的生态环境保护能力): none of the six 专项行动 takes up 生态环境 monitoring, 自然资源利用 (互联网+城乡供水, 一张图, 智慧林草), 碳排放 or 绿色低碳; 专项行动四's 工作目标 lists the 履职能力 it covers and leaves it out"},
]
for t in range(94, 103):
    expect.append({"rule": "task-uncovered", "line": 0, "task": t,
                   "why": "生态环境保护能力 task with 各市、县（区）配合; deliberately left out with the whole pillar"})

M = []
def mnf(rule, sub, why, text=None, nth=None):
    e = {"rule": rule, "line": ln(sub, nth)}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# basis
mnf("basis-mismatch", "（国发〔2022〕14号）", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
mnf("basis-mismatch", "（国发〔2024〕3号）", "a real State Council document of 2024-01 on 高效办成一件事 (国发〔2024〕3号), correctly cited; not one of the baseline documents", "国发〔2024〕3号")
mnf("basis-mismatch", "（宁政办发〔2020〕14号）", "retrospective mention of the 2020 工作要点 in the 工作基础 background, correct title and 文号; not cited as the basis", "宁政办发〔2020〕14号")
mnf("basis-mismatch", "泾源县人民政府办公室关于印发", "the county's own document is a 行动方案 by title; 行动方案 is wrong only when it replaces 实施意见/实施方案 in a citation of a higher document", "三年行动方案")
mnf("basis-mismatch", "泾政办发〔2024〕9号", "the county office's own 发文字号, not a basis citation", "泾政办发〔2024〕9号")
# deadlines: title, background, reporting
mnf("deadline-later-than-baseline", "泾源县人民政府办公室关于印发", "the plan's own period （2024—2026年） in the title, not a deadline", "2024—2026年")
mnf("deadline-later-than-baseline", "》已经县人民政府第十八次常务会议", "the plan's own period in the notice text", "2024—2026年")
mnf("deadline-later-than-baseline", "能力提升三年行动方案（2024—2026年）", "the plan's own period in the document title (line 9)", "2024—2026年", nth=2)
mnf("deadline-invalid", "截至2023年底", "past dates in the 工作基础 background (截至2023年底, 2023年9月), before the issue year but not deadlines", "2023年底")
mnf("deadline-invalid", "2024年3月18日", "the issue date itself", "2024年3月18日")
mnf("deadline-later-than-baseline", "各专项行动牵头单位于每季度末月25日前", "the county's own reporting: quarterly and 12月10日 reports to the 专项行动办公室 and the 2026年11月底前 final evaluation of the three-year plan; no regional task or goal behind them", "2026年11月底前")
# goals
mnf("deadline-later-than-baseline", "到2024年底，县级依申请政务服务事项全部纳入", "2024 goal: tasks 84 (2024年), 86 (2024年), 43 (2024年建成，持续推进) and 46 (2024年): equal", "2024年底")
mnf("deadline-later-than-baseline", "到2025年，与全区同步", "equal to the regional goal 到2025年，全区各级数字政府建设“34567”体系框架全面成型", "2025年")
mnf("deadline-later-than-baseline", "到2026年，全县政务服务“一网通办”能力全面提升", "2026 goal on the county's own measures (全程网办率85%, 好差评满意率, 泾心办 brand); the region sets no goal or task date for them", "2026年")
# inline and 时间安排
mnf("deadline-later-than-baseline", "2024年6月底前完成专区改版", "earlier than task 86 (“我的宁夏”政务APP 应上尽上, 2024年)", "2024年6月底前")
mnf("deadline-later-than-baseline", "2024年：县级依申请政务服务事项全部纳入", "tasks 84, 86, 88, 89 all 2024年: equal", "2024年")
mnf("deadline-later-than-baseline", "2025年：12345政务服务便民热线", "task 87 (2023年启动，2025年完成) and task 92 (多卡合一, 2025年): equal", "2025年")
mnf("deadline-later-than-baseline", "2026年：依申请政务服务事项全程网办率", "third-year county targets (网办率, 好差评, 泾心办) that no regional task dates", "2026年")
mnf("deadline-later-than-baseline", "2024年：县级业务数据按照全区基础库", "tasks 33, 34 (基础库/主题库, 2024年), 41 (开放目录, 2024年), 54 (电子文件归档, 2024年): equal", "2024年")
mnf("deadline-later-than-baseline", "2025年：依托自治区统一的政务数据平台", "task 29 (政务数据平台, 2023年启动，2025年完成) and task 66 (经济运行大数据平台, 2025年): equal", "2025年")
mnf("deadline-later-than-baseline", "2026年：完成数据资源“汇通共享”行动总结评估", "the plan's own third-year evaluation; no regional date", "2026年")
mnf("deadline-later-than-baseline", "2024年底前完成县域公共视频资源接入", "earlier than task 49 (视频共享平台/视频一张网, 2025年)", "2024年底前")
mnf("deadline-later-than-baseline", "2024年：县级非涉密政务信息系统完成向政务信创云迁移", "tasks 43 (2024年建成，持续推进), 46, 50, 53 (all 2024年): equal", "2024年")
mnf("deadline-later-than-baseline", "2026年：建立县级数字政府基础设施运维运营长效机制", "the plan's own third-year evaluation and O&M mechanism; no regional task date", "2026年")
mnf("deadline-later-than-baseline", "2024年：全县机关全面使用全区统一的协同办公平台", "tasks 104, 105 (2024年), 71 (2024年), 114 (2024年): equal", "2024年")
mnf("deadline-later-than-baseline", "2025年：依托“宁政通”APP实现基层干部填表报数", "tasks 106, 107, 83 (all 2025年): equal", "2025年")
mnf("deadline-later-than-baseline", "2026年：完成数字履职“能力跃升”行动总结评估", "the plan's own third-year evaluation; no regional date", "2026年")
mnf("deadline-later-than-baseline", "2024年：县智慧旅游服务平台上线运行", "earlier than tasks 6 and 3 (持续推进，2025年取得明显成效)", "2024年")
mnf("deadline-later-than-baseline", "2025年：全县中小学数字校园实现全覆盖", "tasks 7 (2023年形成试点经验，2025年取得明显成效), 8, 10 (持续推进，2025年取得明显成效), 11 (2023年完成主要建设任务，2025年取得明显成效): the completing milestone 2025 is equal", "2025年")
mnf("deadline-later-than-baseline", "2026年：完成数字赋能行动总结评估", "the plan's own third-year evaluation; no regional date", "2026年")
mnf("deadline-later-than-baseline", "2024年：县级数字政府领域重点项目、关键应用", "tasks 23 (一本账, 2024年) and 21 (行政权力事项网上运行, 2024年): equal", "2024年")
mnf("deadline-later-than-baseline", "2025年：县级数字政府建设组织机构和工作机制全面健全", "tasks 64 (各市、县（区）参照成立组织机构, 2025年) and 22 (审管协同, 2025年): equal", "2025年")
mnf("deadline-later-than-baseline", "2026年：数字政府建设重点任务考核指标体系实现每年度动态调整", "task 121 (每年度制定考核指标体系，常态化考核和以奖代补) is 长期坚持 with no completing year, so a 2026 milestone is not later", "2026年")
mnf("deadline-invalid", "每年至少组织开展1次网络安全应急演练", "a recurring obligation (task 18: 2023年形成机制，长期坚持), no date at all", "每年")
# units
mnf("unknown-unit", "下设专项行动办公室", "县数字政府建设专项行动办公室 is set up by the plan itself and registered in units.txt with the short name 专项行动办公室", "专项行动办公室")
mnf("unknown-unit", "2．厘清层级职责。", "专项行动办公室 = registered short name", "专项行动办公室")
mnf("unknown-unit", "4．开展试点示范。", "专项行动办公室 = registered short name", "专项行动办公室")
mnf("unknown-unit", "专项行动一：政务服务“一网通办”提升行动", "the 行动 names (专项行动一…六, 汇通共享, 强基固网, 能力跃升, 固本强基) are headings, not units", "专项行动一")
mnf("unknown-unit", "各专项行动牵头单位要制定年度工作计划", "各专项行动牵头单位 is a collective reference to the leads named in each action", "各专项行动牵头单位")
mnf("unknown-unit", "牵头单位：县发改局、财政局、审计局", "县 prefix distributes: 县发改局 (alias of 县发展和改革局), 县财政局, 县审计局, all registered", "财政局")
mnf("unknown-unit", "牵头单位：县市场监管局、县审批局", "aliases 县市场监管局, 县审批局, 县发改局; 财政局、工业信息化和商务局 take the 县 prefix", "县审批局")
mnf("unknown-unit", "配合单位：县委党校、县人力资源社会保障局", "县人力资源社会保障局 is a registered short name of 县人力资源和社会保障局 (full name used on line 28)", "县人力资源社会保障局")
mnf("unknown-unit", "中国联通泾源分公司", "the three operators' county branches are registered in units.txt", "中国电信泾源分公司")
mnf("unknown-unit", "各村（社区））", "collective subjects 各乡镇人民政府, 各村（社区）", "各村（社区）")
mnf("unknown-unit", "县人力资源和社会保障局、县民政局、县医疗保障局、县市场监督管理局等有关部门", "…等有关部门 closes a list, collective", "等有关部门")
mnf("unknown-unit", "积极对接自治区政府办公厅", "a regional body named as the counterpart the county works with, not as a lead of the county task; the row's lead is 县大数据服务中心", "自治区政府办公厅")
mnf("unknown-unit", "县委机要保密局", "registered in units.txt", "县委机要保密局")
mnf("unknown-unit", "县政府督查室", "registered short name of 县人民政府督查室", "县政府督查室")
mnf("unknown-unit", "配合单位：县供销社", "registered short name of 县供销合作社联合社", "县供销社")
mnf("unknown-unit", "依托县委党校和宁夏干部教育培训网络学院", "宁夏干部教育培训网络学院 is a training platform the county uses, named in the text, not a responsible unit", "宁夏干部教育培训网络学院")
mnf("unknown-unit", "推进县工业园区“智慧园区”建设", "县工业园区 is the place where the 智慧园区 is built, not a responsible unit (the lead is 县工业信息化和商务局)", "县工业园区")
# pillars reached only through the actions (line 0: judged over the whole draft)
def pil(name, sub, why):
    M.append({"rule": "missing-pillar", "line": 0, "pillar": name, "why": why + " (line %d)" % one(sub)})
pil("五个一和六级贯通", "参照自治区“五个一”做法", "covered by 专项行动六 (健全组织机构, 厘清层级职责) although no heading names the work system")
pil("数字生态", "5．营造良好数字生态。", "covered in 专项行动五 (数据要素市场, 网络综合治理)")
pil("经济调节", "1．提升经济调节能力。", "covered in 专项行动四")
pil("安全保障", "5．压实网络安全责任。", "covered in 专项行动三")
pil("制度规则", "3．创新建设管理机制。", "covered in 专项行动六 (一本账, 会商, 审管协同, 行政权力网上运行; 试点示范 on the next line)")
pil("党的领导", "（一）加强组织领导。各级各部门要将数字政府建设纳入", "covered in 保障措施 (组织领导, 资金, 考核) and 专项行动六 (数字素养)")

covers = []
def cov(task, sub):
    covers.append({"task": task, "line": one(sub)})
cov(84, "1．推进政务服务“一网通办”。")
cov(86, "2．深化“我的宁夏”政务APP应用。")
cov(85, "3．推进“高效办成一件事”。")
cov(88, "4．提供优质便利的涉企服务。")
cov(89, "4．提供优质便利的涉企服务。")
cov(87, "5．提升12345政务服务便民热线效能。")
cov(93, "6．推进适老化与信息无障碍建设。")
cov(92, "2025年：12345政务服务便民热线")
cov(32, "1．健全政务数据管理机制。")
cov(31, "1．健全政务数据管理机制。")
cov(30, "2．摸清政务数据资源底数。")
cov(33, "3．推进政务数据汇聚共享。")
cov(36, "3．推进政务数据汇聚共享。")
cov(41, "4．促进公共数据开发利用。")
cov(42, "4．促进公共数据开发利用。")
cov(40, "5．强化电子公文和电子档案管理。")
cov(54, "5．强化电子公文和电子档案管理。")
cov(43, "1．强化政务云支撑。")
cov(48, "2．提升电子政务外网支撑能力。")
cov(50, "2．提升电子政务外网支撑能力。")
cov(49, "3．统筹视频资源共享。")
cov(52, "4．推广共性应用支撑。")
cov(14, "5．压实网络安全责任。")
cov(17, "5．压实网络安全责任。")
cov(65, "1．提升经济调节能力。")
cov(66, "1．提升经济调节能力。")
cov(70, "2．提升市场监管能力。")
cov(71, "2．提升市场监管能力。")
cov(74, "2．提升市场监管能力。")
cov(77, "3．提升矛盾纠纷化解能力。")
cov(79, "4．提升社会治安和公共安全保障能力。")
cov(80, "4．提升社会治安和公共安全保障能力。")
cov(83, "5．提高基层社会治理能力。")
cov(104, "6．提升政务运行效能。")
cov(105, "6．提升政务运行效能。")
cov(106, "6．提升政务运行效能。")
cov(107, "6．提升政务运行效能。")
cov(109, "6．提升政务运行效能。")
cov(112, "7．提升政务公开能力。")
cov(114, "7．提升政务公开能力。")
cov(115, "7．提升政务公开能力。")
cov(2, "1．驱动数字经济发展。")
cov(3, "1．驱动数字经济发展。")
cov(7, "3．深化数字普惠应用。")
cov(8, "3．深化数字普惠应用。")
cov(10, "4．推进数字乡村建设。")
cov(11, "4．推进数字乡村建设。")
cov(12, "5．营造良好数字生态。")
cov(64, "1．健全组织机构。")
cov(23, "3．创新建设管理机制。")
cov(24, "3．创新建设管理机制。")
cov(21, "3．创新建设管理机制。")
cov(22, "3．创新建设管理机制。")
cov(28, "4．开展试点示范。")
cov(117, "5．提升干部数字素养。")
cov(118, "5．提升干部数字素养。")
cov(116, "（一）加强组织领导。各级各部门要将数字政府建设纳入")
cov(25, "（二）强化资金保障。")
cov(122, "（三）强化督导考核。")
cov(123, "（三）强化督导考核。")
cov(121, "2026年：数字政府建设重点任务考核指标体系实现每年度动态调整")

key = {
    "writer": "blind writer, round 248; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": datetime.date.today().isoformat(),
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("泾源县 (固原市) three-year 行动方案 issued 2024-03-18, organised by six 专项行动 (工作目标 / 主要措施 / 时间安排 by year 2024, 2025, 2026) "
              "instead of the 34567 framework; pillars are reached only through the actions' content. No parent plan is cited or used. "
              "Each 时间安排 line starting 'YYYY年：' dates everything on that line. Items whose regional deadline is 2023 "
              "(tasks 14, 17, 24, 25, 30, 31, 32, 36, 85, 116, 122, 123) are taken up only in undated 主要措施 / 保障措施 text, so nothing is dated later than 2023 for them. "
              "The 2026 lines are the plan's own third-year targets and evaluations, except the planted 2026年底前 on 适老化 (task 93). "
              "line 43 mentions the 自然资源 基础库 (task 33) as data, not as 生态环境保护 work."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text', e.get('pillar', e.get('task'))))
