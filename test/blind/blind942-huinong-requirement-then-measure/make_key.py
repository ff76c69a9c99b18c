# Builds key.json from draft.txt: every line number is found by searching the final draft (1-based).
import json, sys

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def find(sub, start=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l and (start is None or l.startswith(start))]
    if len(hits) != 1:
        sys.exit('not unique (%d): %r' % (len(hits), sub))
    return hits[0]

def text_on(line, t):
    if t not in lines[line - 1]:
        sys.exit('text %r not on line %d' % (t, line))
    return t

# quote line marker -> (task, regional deadline as in 附件2)
Q = [
    ('加快推进“智慧园区”建设', 3, '持续推进，2025 年取得明显成效'),
    ('按需打造黄河云、闽宁云', 2, '2023 年启动，2024 年取得明显成效'),
    ('强化政企协同、部门协同、社会共治', 5, '持续推进，2025 年取得明显成效'),
    ('推动数字技术与传统公共事业融合', 6, '持续推进，2025 年取得明显成效'),
    ('深入推进国家智慧教育平台整省试点', 7, '2023年形成试点经验，2025年取得明显成效'),
    ('推进智慧城市建设，推动城市生命线', 9, '持续推进，2025年取得明显成效'),
    ('推进数字乡村建设，以数字化支撑', 10, '持续推进，2025年取得明显成效'),
    ('加快“数字供销”国家级示范区建设', 11, '2023年完成主要建设任务，2025年取得明显成效'),
    ('加快培育数据要素市场', 12, '2025年'),
    ('建立健全动态监控、主动防御、协同响应', 18, '2023年形成机制, 长期坚持'),
    ('完善全区行政许可管理信息系统', 21, '2024年'),
    ('建设全区一体化数字资源管理系统', 23, '2024年'),
    ('每年确定试点领域、试点地区', 28, '2023年启动，2025年取得明显成效'),
    ('全国一体化政务大数据体系建设指南', 29, '2023年启动，2025年完成'),
    ('建设完善政务服务、医疗健康、社会保障', 34, '2024年'),
    ('强化政府部门电子公文管理职责', 40, '2024年'),
    ('完善数据开放标准规范', 41, '2024年'),
    ('推进供水、供电、供气、公共交通等公共数据', 42, '2024年'),
    ('推进现有政务云向政务信创云安全过渡', 43, '2024 年建成，持续推进'),
    ('加速全区电子政务外网升级改造', 47, '2024 年'),
    ('开展各级城域网升级改造', 48, '2024 年'),
    ('建设全区统一的视频共享平台', 49, '2025 年'),
    ('扎实推进非税收入收缴电子化管理', 56, '2025年'),
    ('迭代升级宁夏信用信息公共服务平台功能', 57, '2024年'),
    ('各地各部门参照自治区做法', 64, '2025年'),
    ('“三维一体”的宁夏经济运行大数据平台', 66, '2025年'),
    ('加强智慧监管平台建设', 71, '2024年'),
    ('履行监管数据治理主体责任', 73, '2024年'),
    ('加强和规范“屏、端、仪”', 74, '2024年'),
    ('劳动监察等线上“一站式”受理渠道', 77, '2024年'),
    ('自治区要求：持续推进“雪亮工程”', 79, '2024年'),
    ('迭代升级公共卫生、自然灾害', 80, '2024年'),
    ('实施“互联网+基层治理”行动', 83, '2025年'),
    ('全面融合政府主导的各类公共服务', 84, '2024年'),
    ('迭代升级“我的宁夏”政务APP功能', 86, '2024年'),
    ('12345政务服务便民热线“一呼即应”', 87, '2023年启动，2025年完成'),
    ('加快“证照分离”改革', 88, '2024年'),
    ('建设完善企业专属网页和惠企政策专栏', 89, '2024年'),
    ('适老化与信息无障碍建设', 93, '2024年'),
    ('持续优化生态环境数据资源中心', 94, '2024年'),
    ('深化“互联网+城乡供水”', 96, '2025年'),
    ('建成完善宁夏自然资源三维立体', 97, '2024年'),
    ('推动绿色低碳转型，建立自治区环境管理', 102, '2025年'),
    ('迭代升级全区统一的协同办公平台', 104, '2024年'),
    ('持续打造“宁政通”移动办公', 105, '2024年'),
    ('开发上线全区统一的填表报数系统', 106, '2025年'),
    ('统筹整合各地各部门非涉密视频会议', 107, '2025年'),
    ('全面整合全区各级各类机关事务管理', 111, '2025年'),
    ('进一步完善各类政务公开信息化平台', 112, '2024年'),
    ('构建政务新媒体矩阵体系', 114, '2024年'),
    ('以12345政务服务便民热线管理平台为枢纽', 115, '2024年'),
    ('每年度制定数字政府工作要点', 121, '长期坚持'),
]
qline = {}
for sub, task, dl in Q:
    q = find(sub, start=None)
    if '自治区要求' not in lines[q - 1]:
        sys.exit('not a quote line: %r' % sub)
    if not lines[q].startswith('我区措施'):
        sys.exit('no measure after quote %d' % q)
    qline[task] = q

def m(task):           # the district measure line for a task
    return qline[task] + 1

def dl(line):          # the district deadline as written
    l = lines[line - 1]
    return l[l.index('完成时限：') + 5:l.rindex('）')]

R = dict((t, d) for _, t, d in Q)

expect = [
    {"rule": "deadline-later-than-baseline", "line": m(48), "text": text_on(m(48), "2025年6月底前"),
     "why": "task 48 (城域网升级改造，区市县乡村5级全覆盖) is due %s in 附件2; the district's own measure sets 2025年6月底前 (the quote on the line above even says （2024年）, and the plan's own 2024 goal on line %d says the network reaches 村（社区） by 2024年底)" % (R[48], find('到2024年底'))},
    {"rule": "deadline-invalid", "line": m(104), "text": text_on(m(104), "20244年"),
     "why": "impossible year 20244年 (a doubled digit for 2024年); task 104 is due %s" % R[104]},
    {"rule": "deadline-invalid", "line": m(86), "text": text_on(m(86), "2023年12月底前"),
     "why": "the plan is issued 2024年3月15日 (planYear 2024); a district deadline of 2023年12月底前 for new work (upgrading the 惠农专区, task 86, due %s) lies before the document's own year — copied from last year's plan" % R[86]},
    {"rule": "unknown-unit", "line": m(41), "text": text_on(m(41), "区大数据管理局"),
     "why": "not in units.txt; the district's data body is 区大数据服务中心 (区大数据中心), used everywhere else in the draft"},
    {"rule": "unknown-unit", "line": m(105), "text": text_on(m(105), "自治区政府办公厅"),
     "why": "a regional body named as the lead (牵头) of a district measure — copied from the regional task list (task 105 is led by 自治区政府办公厅 there); the district lead should be 区政府办公室"},
    {"rule": "garbled-text", "line": m(112), "text": text_on(m(112), "鏀垮簻闂ㄦ埛缃戠珯"),
     "why": "UTF-8 bytes of 政府门户网站 read as GBK (mojibake) inside the district measure for task 112"},
]

mnf = []
def add(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text_on(line, text)
    e["why"] = why
    mnf.append(e)

# quoted regional requirements and their dates (the round's theme)
for t in (2, 7, 11, 28, 29, 87):
    q = qline[t]
    first = lines[q - 1][lines[q - 1].rindex('（') + 1:lines[q - 1].rindex('）')]
    add("deadline-invalid", q, "quoted regional requirement (自治区要求) with the region's own 完成时限 for task %d (%s); a 2023 milestone inside the quote is the region's date, not a district deadline before the plan's year" % (t, R[t]), first)
q = qline[18]
add("deadline-invalid", q, "quoted regional requirement for task 18 with the region's date 2023年形成机制，长期坚持", "2023年形成机制，长期坚持")
add("deadline-later-than-baseline", qline[48], "the quote of task 48 repeats the regional date （2024年） exactly; only the district measure on the next line is late", "2024年")
add("deadline-later-than-baseline", qline[105], "quote of task 105 with its own date （2024年）; the district measure's 2024年12月底前 is equal", "2024年")
# district deadlines copied from / equal to the region
add("deadline-invalid", m(18), "the district measure copies the regional 完成时限 of task 18 (%s) verbatim; the 2023 milestone is the region's, and the ongoing part (长期坚持) is live — not a deadline before the plan's year" % R[18], "2023年形成机制，长期坚持")
add("deadline-later-than-baseline", m(18), "copied regional deadline of task 18, equal", "2023年形成机制，长期坚持")
add("deadline-later-than-baseline", m(6), "copies task 6's deadline verbatim (持续推进，2025年取得明显成效): equal", "持续推进，2025年取得明显成效")
add("deadline-later-than-baseline", m(29), "task 29 is 2023年启动，2025年完成; the district's 2024年启动，2025年完成 has the same completing milestone (2025年); a later start by a county joining the regional platform is not a late deadline", "2024年启动，2025年完成")
add("deadline-later-than-baseline", m(3), "task 3 is 持续推进，2025年取得明显成效; district 2024年12月底前 is earlier", "2024年12月底前")
add("deadline-later-than-baseline", m(9), "task 9 is 持续推进，2025年取得明显成效; district 2025年6月底前 is within the same year: equal", "2025年6月底前")
add("deadline-later-than-baseline", m(49), "task 49 is due 2025年; district 2025年6月底前 is equal/earlier", "2025年6月底前")
add("deadline-later-than-baseline", m(111), "task 111 is due 2025年; district 2025年6月底前 is equal/earlier", "2025年6月底前")
add("deadline-later-than-baseline", m(83), "task 83 is due 2025年; district 2025年6月底前 is equal/earlier", "2025年6月底前")
add("deadline-later-than-baseline", m(87), "task 87 is 2023年启动，2025年完成; district 2024年12月底前 is earlier", "2024年12月底前")
add("deadline-later-than-baseline", m(21), "task 21 is due 2024年; district 2024年12月底前 is equal (same year, month given)", "2024年12月底前")
add("deadline-later-than-baseline", m(28), "task 28 is 2023年启动，2025年取得明显成效; district 2025年 is equal", "2025年")
add("deadline-later-than-baseline", m(64), "task 64 is due 2025年; district 2024年4月底前 is earlier", "2024年4月底前")
add("deadline-later-than-baseline", m(121), "task 121 is 长期坚持; district 长期坚持 is equal", "长期坚持")
add("deadline-later-than-baseline", find('到2025年，我区数字政府建设'), "主要目标: the region's goal for the 34567 framework is 到2025年; the district's is the same year", "到2025年")
add("deadline-later-than-baseline", find('到2024年底'), "主要目标 for 2024 (network to 村（社区）, 上云评估, 公共数据开放目录) matches tasks 48/43/41, all due 2024年: equal", "到2024年底")
add("deadline-later-than-baseline", find('七、工作要求') + 1, "the office's own reporting dates (quarterly progress, annual summary due 2025年1月10日) are not task deadlines", "2025年1月10日")
# past dates in the background
add("deadline-invalid", find('自2020年《宁夏回族自治区2020年'), "background (工作基础): 2020 and 2023 are past facts, not deadlines", "2023年")
add("deadline-invalid", find('2024年3月15日'), "the issue date itself", "2024年3月15日")
# citations
add("basis-mismatch", find('（国发〔2022〕14号）'), "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
add("basis-mismatch", find('（国发〔2022〕14号）'), "correct: 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "宁政发〔2023〕17号")
add("basis-mismatch", find('（国发〔2022〕14号）'), "the city plan is cited by title alone (石嘴山市人民政府《关于加强数字政府建设的实施方案》), as DOMAIN says a county often does; correct title form", "关于加强数字政府建设的实施方案")
add("basis-mismatch", find('（国发〔2022〕14号）'), "《全区数字政府建设重点任务清单（2023年—2025年）》 is the real title of 附件2 of 宁政发〔2023〕17号", "全区数字政府建设重点任务清单（2023年—2025年）")
add("basis-mismatch", find('自2020年《宁夏回族自治区2020年'), "retrospective mention of the old 2020 工作要点 in the background, not a basis document", "宁政办发〔2020〕14号")
add("basis-mismatch", qline[29], "a title inside the quoted regional requirement (task 29), not a basis citation of the district plan", "全国一体化政务大数据体系建设指南")
add("basis-mismatch", 2, "the notice's own 文号", "惠政办发〔2024〕12号")
# units
add("unknown-unit", m(6), "collective subject", "各乡镇（街道）")
add("unknown-unit", m(10), "collective subject", "各乡镇人民政府")
add("unknown-unit", m(83), "collective subject", "各村（社区）")
add("unknown-unit", m(18), "collective subject", "区直各部门（单位）")
add("unknown-unit", m(28), "collective subject (区直有关部门（单位）)", "区直有关部门（单位）")
add("unknown-unit", m(6), "prefix 区 distributes: 区民政局、人社局、文化旅游体育广电局 = 区民政局, 区人社局, 区文化旅游体育广电局 (all in units.txt)", "人社局、文化旅游体育广电局")
add("unknown-unit", m(12), "prefix distributes: 区工信商务局、科技局 = 区工信商务局, 区科技局", "区工信商务局、科技局")
add("unknown-unit", m(34), "prefix distributes: 区卫健局、人社局、应急局、医保局", "区卫健局、人社局、应急局、医保局")
add("unknown-unit", m(79), "石嘴山市公安局惠农区分局 is a registered name; not to be split into 石嘴山市公安局 + 惠农区分局", "石嘴山市公安局惠农区分局")
add("unknown-unit", m(5), "惠农公安分局 is the registered short name", "惠农公安分局")
add("unknown-unit", m(3), "石嘴山经开区管委会 is the registered short name of 石嘴山经济技术开发区管理委员会", "石嘴山经开区管委会")
add("unknown-unit", m(10), "区农水局 is the registered short name of 区农业农村和水务局", "区农水局")
add("unknown-unit", m(23), "no 牵头 word, but line %d says the first-listed unit leads; 区政府办公室 is a registered unit" % find('排在第一位的为牵头单位'), "区政府办公室、区大数据中心、区发改局")
add("unknown-unit", m(43), "自治区政府办公厅 appears in the measure's text as the body the district liaises with, not as a responsible unit of the district task", "积极对接自治区政府办公厅")
add("unknown-unit", m(73), "大武口区、平罗县 are neighbouring places named in the text, not responsible units", "大武口区、平罗县")
add("unknown-unit", find('七、工作要求') + 1, "区数字政府建设领导小组办公室 is the alternative name of the office in 区政府办公室 (line %d), mentioned in text, not a responsible unit" % m(64), "区数字政府建设领导小组办公室")

covers = [{"task": t, "line": m(t)} for _, t, _ in Q]

key = {
    "writer": "blind writer, round 942; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("惠农区 (石嘴山市) 2024 实施方案. Each measure is two lines: line N '自治区要求：…（regional 完成时限）' quoting 宁政发〔2023〕17号 附件2, "
              "line N+1 '我区措施：…（责任单位：…；完成时限：…）'. covers give the 我区措施 line; the quote is the line before. "
              "The quote lines carry the region's own dates verbatim (some in 2023): they are not district deadlines. "
              "No parent plan is given (the 石嘴山 city plan is not in the seeds); it is cited by title only. "
              "Line 11 states that the first-listed unit leads. All six planted slips are in 我区措施 lines. "
              "No task is deliberately left out; task-uncovered entries for county tasks the draft does not take up are information only and not annotated."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))
for e in expect:
    print(e['rule'], e['line'], e['text'])
