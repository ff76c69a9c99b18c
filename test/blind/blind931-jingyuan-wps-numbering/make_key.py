# Helper kept in the case folder: builds key.json, finding every line number by a unique substring of draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, nth=None):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def note_after(head):
    """line of the 责任单位 note that follows the paragraph starting with head"""
    i = ln(head)
    while not L[i].lstrip(' 　').startswith('责任单位'):
        i += 1
    return i + 1

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1])
    return line

expect = [
    {"rule": "basis-mismatch", "line": chk(ln('（宁政办发〔2023〕17号）'), '宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette); 宁政办发 is the 办公厅 series — the 文号 does not belong to the title (slip copied from the 1244+N plan's 宁政办发〔2023〕11号 cited next to it)"},
    {"rule": "garbled-text", "line": chk(ln('娣卞寲鏁版嵁'), '娣卞寲鏁版嵁楂樻晥鍏变韩'), "text": "娣卞寲鏁版嵁楂樻晥鍏变韩",
     "why": "item title is UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 深化数据高效共享"},
    {"rule": "unknown-unit", "line": chk(ln('县大数据管理服务局'), '县大数据管理服务局'), "text": "县大数据管理服务局",
     "why": "泾源县 has no 大数据管理服务局 (a city-level name, cf. 市大数据管理服务局); not in units.txt, not a regional unit, not a collective — the county's data work sits with 县审批服务管理局 everywhere else in the draft"},
    {"rule": "deadline-later-than-baseline", "line": chk(note_after('推进适老化和信息无障碍建设'), '2025年底前'), "text": "2025年底",
     "why": "适老化与信息无障碍建设 is regional task 93 (完成时限 2024年); the county sets 2025年底前"},
    {"rule": "deadline-invalid", "line": chk(note_after('2、提升行政执行能力'), '2014年12月底前'), "text": "2014年",
     "why": "typo for 2024: a deadline ten years before the plan's own year (issued 2024-03-18); the task is regional task 104 (协同办公平台, 完成时限 2024年) and 主要目标 (line 15) puts 协同办公平台 全面应用 by 2024年底"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "section 二 takes up only 数字经济 and 数字社会 (its heading says so) and the 指导思想 drops 打造良好数字生态; nothing on 数据要素市场, 数据交易, 数据要素流通 or the 网络生态 of 宁政发〔2023〕17号 二（三） (tasks 12, 13)"},
]

def dl(line, text, why):
    return {"rule": "deadline-later-than-baseline", "line": chk(line, text), "text": text, "why": why}

mnf = []
# basis documents
mnf += [
    {"rule": "basis-mismatch", "line": chk(ln('国发〔2022〕14号'), '国发〔2022〕14号'), "text": "国发〔2022〕14号", "why": "national 指导意见 cited with its correct title and 文号"},
    {"rule": "basis-mismatch", "line": chk(ln('宁政办发〔2023〕11号'), '宁政办发〔2023〕11号'), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 cited exactly as the 吴忠 plan (seed) cites it"},
    {"rule": "basis-mismatch", "line": chk(ln('固原市人民政府《关于加强数字政府建设的实施方案》'), '固原市人民政府《关于加强数字政府建设的实施方案》'), "text": "固原市人民政府《关于加强数字政府建设的实施方案》", "why": "city plan cited by title alone, as DOMAIN says counties do; title has 加强 and 实施方案; no parent plan is given for this case"},
    {"rule": "basis-mismatch", "line": chk(ln('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号'), "text": "宁政办发〔2020〕14号", "why": "retrospective mention in the background paragraph (近年来…以来的各项部署), not a basis; title and 文号 match the 2020 工作要点 seed"},
    {"rule": "basis-mismatch", "line": chk(ln('泾政办发〔2024〕12号'), '泾政办发〔2024〕12号'), "text": "泾政办发〔2024〕12号", "why": "the notice's own 文号"},
]
# past / copied dates
mnf += [
    {"rule": "deadline-invalid", "line": chk(ln('2023年，全县依申请'), '2023年'), "text": "2023年", "why": "background: what the county achieved in 2023, not a deadline"},
    {"rule": "deadline-invalid", "line": chk(note_after('提升安全防护能力'), '2023年形成机制，长期坚持'), "text": "2023年形成机制", "why": "copied regional deadline of task 18 (2023年形成机制，长期坚持); lies before the plan's year but is the region's own wording, ongoing"},
    {"rule": "deadline-invalid", "line": chk(note_after('12345政务服务便民热线提质增效'), '2023年启动，2025年完成'), "text": "2023年启动", "why": "copied regional deadline of task 87 (2023年启动，2025年完成); the start milestone is past, completion 2025 equals the region"},
    {"rule": "deadline-invalid", "line": chk(ln('12345政务服务便民热线提质增效'), '12345'), "text": "12345", "why": "WPS dropped the item number (3、); the line now opens with the hotline number 12345, which is not a year or a date"},
    {"rule": "deadline-invalid", "line": chk(ln('2024年3月18日'), '2024年3月18日'), "text": "2024年3月18日", "why": "issue date of the notice"},
    {"rule": "deadline-later-than-baseline", "line": chk(ln('各责任单位于2024年6月25日'), '12月10日'), "text": "2024年6月25日", "why": "the office's own reporting dates for progress reports, not task deadlines"},
]
# goals
mnf += [
    dl(ln('到2024年底，全县数字政府工作体系'), '2024年底', "主要目标 2024 goals: 信创云迁移 = task 43 (2024年建成，持续推进), 外网县乡村全覆盖 = task 48 (2024年), 一网通办 = task 84 (2024年), 宁政通/协同办公 = tasks 105/104 (2024年) — all equal"),
    dl(ln('到2025年，全县数字政府建设全面融入'), '2025年', "equal to the regional goal 到2025年 “34567”体系框架全面成型"),
]
# task deadlines, equal or earlier
mnf += [
    dl(note_after('1、推进特色产业数字化'), '2024年取得明显成效', "task 2 (产业云、产业数字化): 2023年启动，2024年取得明显成效 — equal"),
    dl(note_after('推进园区数字化建设'), '2025年取得明显成效', "task 3 (智慧园区): 持续推进，2025年取得明显成效 — equal"),
    dl(note_after('3、推动文化旅游数字化'), '2025年取得明显成效', "task 6 (服务数字化, 各市、县（区）负责): 持续推进，2025年取得明显成效 — equal"),
    dl(note_after('4、加强数字经济治理'), '2025年取得明显成效', "task 5 (数字经济治理): 持续推进，2025年取得明显成效 — equal"),
    dl(note_after('（1）推进教育数字化'), '2025年取得明显成效', "task 7 (国家智慧教育平台): 2023年形成试点经验，2025年取得明显成效 — completion equal"),
    dl(note_after('推进“互联网+医疗健康”'), '2025年取得明显成效', "task 8 (互联网+医疗健康): 持续推进，2025年取得明显成效 — equal"),
    dl(ln('（3）推进数字乡村建设'), '2024年底前', "inline date in the sentence; task 10 (数字乡村): 持续推进，2025年取得明显成效 — earlier"),
    dl(note_after('(4)加快“数字供销”建设'), '2025年取得明显成效', "task 11 (数字供销): 2023年完成主要建设任务，2025年取得明显成效 — completion equal"),
    dl(note_after('1、以数字化改革助力政府职能转变'), '2024年12月底前', "task 21 (行政许可系统, 2024年) equal; task 22 (审管协同, 2025年) earlier"),
    dl(ln('2、创新数字政府建设管理机制'), '2024年9月底前', "task 23 (一体化数字资源管理系统、一本账): 2024年 — earlier"),
    dl(note_after('开展试点示范'), '2025年取得明显成效', "task 28 (试点示范): 2023年启动，2025年取得明显成效 — completion equal"),
    dl(note_after('推进数据开发利用'), '2024年底前', "tasks 41 (公共数据开放, 2024年) and 42 (公共数据与政务数据融合, 2024年) — equal"),
    dl(note_after('4、规范电子公文和电子档案管理'), '2024年', "task 40 (电子公文, 2024年) and task 54 (电子文件归档, 2024年) — equal"),
    dl(note_after('1、强化政务云支撑能力'), '2024年12月底前', "task 43 (政务信创云, 2024年建成，持续推进) — equal; same date inline on the item line"),
    dl(note_after('2、提升网络平台支撑能力'), '2024年底前', "tasks 47 (外网升级, 2024年), 48 (城域网、5级全覆盖, 2024年), 50 (专网整合, 2024年) — equal"),
    dl(note_after('（3）融合视频资源'), '2025年', "task 49 (视频一张网): 2025年 — equal"),
    dl(note_after('推广电子证照应用'), '2025年', "task 52 (电子证照社会化应用): 2025年 — equal"),
    dl(note_after('5、推进非税收入收缴电子化'), '2024年底前', "task 56 (非税收入收缴电子化): 2025年 — earlier"),
    dl(note_after('（一）健全组织机构'), '2024年6月底前', "task 64 (各地参照自治区做法成立组织机构, 各市、县（区）负责): 2025年 — earlier; task 60 (充实自治区领导小组, 2023年) is the region's own task, not this one"),
    dl(note_after('2、强化协同监管和追溯监管'), '2024年底前', "task 71 (数字化追溯监管, 2024年) and task 73 (消费维权一件事、协同监管, 2024年) — equal"),
    dl(note_after('1、提升矛盾纠纷化解能力'), '2024年', "task 77 (矛盾纠纷多元化解): 2024年 — equal"),
    dl(note_after('2、提升社会治安防控能力'), '2024年底前', "task 79 (雪亮工程): 2024年 — equal"),
    dl(note_after('加快“智慧应急”建设'), '2024年', "task 80 (智慧应急): 2024年 — equal"),
    dl(note_after('4、提高基层社会治理能力'), '2025年', "task 83 (互联网+基层治理): 2025年 — equal"),
    dl(note_after('1、打造泛在可及的服务体系'), '2024年底前', "task 84 (一网通办、互联网+政务服务系统): 2024年 — equal"),
    dl(note_after('2、做强移动政务服务'), '2024年', "task 86 (我的宁夏 应上尽上): 2024年 — equal"),
    dl(note_after('4、提供优质便利的涉企服务'), '2024年', "task 88 (证照分离, 2024年) and task 89 (企业专属网页、惠企政策, 2024年) — equal"),
    dl(note_after('5、推进公共场馆数字化'), '2024年底前', "task 90 (公共场馆数字化): 2024年 — equal"),
    dl(note_after('1、提升生态环境智慧监测能力'), '2024年底前', "task 94 (生态环境数据, 2024年) equal; task 95 (数据资源综合开发利用, 2025年) earlier"),
    dl(note_after('2、推进城乡供水数字化'), '2025年', "task 96 (互联网+城乡供水、数字孪生流域): 2025年 — equal"),
    dl(note_after('3、建设智慧林草'), '2024年', "task 98 (智慧林草): 2024年 — equal"),
    dl(note_after('推动绿色低碳转型'), '2025年', "task 100 (四权交易, 2025年) and task 102 (绿色低碳转型, 2025年) — equal"),
    dl(note_after('1、提升辅助决策能力'), '2024年', "task 103 (辅助决策): 2024年 — equal"),
    dl(note_after('3、深化“宁政通”应用'), '2024年', "task 105 (宁政通, 2024年) equal; task 106 (填表报数, 2025年) earlier"),
    dl(note_after('整合视频会议资源'), '2025年', "task 107 (视频会议平台): 2025年 — equal"),
    dl(note_after('5、提升行政监督和机关事务管理水平'), '2024年取得明显成效', "task 108 (公共资源交易: 长期推进，2024年取得明显成效) equal; task 111 (机关事务, 2025年) earlier"),
    dl(note_after('●畅通政民互动渠道'), '2024年', "note covers the three 政务公开 items: tasks 112, 114, 115 all 2024年 — equal"),
]
# units
def uu(line, text, why):
    return {"rule": "unknown-unit", "line": chk(line, text), "text": text, "why": why}
mnf += [
    uu(note_after('1、推进特色产业数字化'), '市场监管局', "prefix 县 distributes: 县市场监管局, alias of 县市场监督管理局 in units.txt; 县工信商务局 is an alias too"),
    uu(note_after('推进园区数字化建设'), '固原市生态环境局泾源分局', "the county's environment authority is a branch of the city bureau; listed in units.txt"),
    uu(note_after('（3）推进数字乡村建设'), '各乡镇人民政府', "collective subject; the prefix 县 of 县工信商务局 does not distribute into it"),
    uu(note_after('推进数据开发利用'), '国网泾源县供电公司', "unit outside government proper, listed in units.txt"),
    uu(note_after('（3）融合视频资源'), '文旅局', "prefix 县 distributes: 县交通运输局, 县应急管理局, 县林草局, 县文旅局 (aliases in units.txt)"),
    uu(ln('责任单位：县数字政府建设领导小组各成员单位'), '县数字政府建设领导小组各成员单位', "collective subject (all member units of the leading group)"),
    uu(note_after('加强经济运行监测分析'), '县发改局', "alias of 县发展和改革局; 统计局 and 工信商务局 take the prefix 县"),
    uu(note_after('1、推动监管精准化'), '承担监管职责的县直有关部门', "collective, county counterpart of 承担监管职责的自治区有关部门（单位）"),
    uu(note_after('加快“智慧应急”建设'), '泾源县消防救援大队', "listed in units.txt; the prefix 县 does not split or double it"),
    uu(note_after('4、提高基层社会治理能力'), '各村（社区）', "collective subject"),
    uu(note_after('1、打造泛在可及的服务体系'), '县直有关部门', "collective subject"),
    uu(ln('县发展和改革局、财政局、审计局'), '审计局', "prefix distributes: 县财政局, 县审计局 (units.txt)"),
    uu(ln('县委组织部、宣传部会同县委党校'), '宣传部', "prefix 县委 distributes: 县委宣传部; 县委党校 listed"),
    uu(ln('5、推进公共场馆数字化'), '县图书馆', "object of the task in prose (the venues to digitise), not a responsible unit; the note names 县文化旅游广电局"),
    uu(ln('各责任单位于2024年6月25日'), '县推进“数字政府”建设领导小组办公室', "the body the draft itself sets up on line %d (office seated in 县审批服务管理局, named in brackets); recipient of reports, not a responsible unit" % ln('（一）健全组织机构')),
    uu(ln('（一）加强组织领导'), '县人民政府', "the county government itself, in prose"),
]
# text / numbering
mnf += [
    {"rule": "garbled-text", "line": chk(ln('●畅通政民互动渠道'), '●'), "text": "●", "why": "a bullet left where WPS automatic numbering was lost; an ordinary character, not encoding damage"},
    {"rule": "garbled-text", "line": chk(ln('(4)加快“数字供销”建设'), '(4)'), "text": "(4)", "why": "half-width bracket numbering next to full-width （1）（3） — uneven numbering from the paste, not damage"},
]
# pillars
mnf += [
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "restructured as section 四 健全数字政府工作体系 (组织机构、层级职责、工作机制), the 吴忠-style 一套体系; 六级贯通 named on lines %d–%d" % (ln('四、健全数字政府工作体系'), ln('（二）厘清层级职责'))},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "section 五（七） takes it up (three items), although two of them lost their numbers"},
    {"rule": "missing-pillar", "line": 0, "pillar": "考核评价", "why": "section 六（四）; 组织领导、财政投入、数字素养 are 六（一）–（三）"},
]

C = lambda t, head: {"task": t, "line": ln(head)}
covers = [
    C(2, '1、推进特色产业数字化'), C(3, '推进园区数字化建设'), C(6, '3、推动文化旅游数字化'), C(5, '4、加强数字经济治理'),
    C(7, '（1）推进教育数字化'), C(8, '推进“互联网+医疗健康”'), C(10, '（3）推进数字乡村建设'), C(11, '(4)加快“数字供销”建设'),
    C(14, '1、强化安全管理责任'), C(15, '1、强化安全管理责任'), C(17, '2、落实安全制度要求'), C(18, '提升安全防护能力'),
    C(21, '1、以数字化改革助力政府职能转变'), C(22, '1、以数字化改革助力政府职能转变'), C(23, '2、创新数字政府建设管理机制'), C(28, '开展试点示范'),
    C(30, '1、完善数据管理机制'), C(31, '1、完善数据管理机制'), C(32, '1、完善数据管理机制'), C(36, '娣卞寲鏁版嵁'),
    C(41, '推进数据开发利用'), C(42, '推进数据开发利用'), C(40, '4、规范电子公文和电子档案管理'), C(54, '4、规范电子公文和电子档案管理'),
    C(43, '1、强化政务云支撑能力'), C(47, '2、提升网络平台支撑能力'), C(48, '2、提升网络平台支撑能力'), C(50, '2、提升网络平台支撑能力'),
    C(49, '（3）融合视频资源'), C(52, '推广电子证照应用'), C(56, '5、推进非税收入收缴电子化'), C(64, '（一）健全组织机构'),
    C(66, '加强经济运行监测分析'), C(68, '1、推动监管精准化'), C(70, '1、推动监管精准化'), C(71, '2、强化协同监管和追溯监管'), C(73, '2、强化协同监管和追溯监管'),
    C(77, '1、提升矛盾纠纷化解能力'), C(79, '2、提升社会治安防控能力'), C(80, '加快“智慧应急”建设'), C(83, '4、提高基层社会治理能力'),
    C(84, '1、打造泛在可及的服务体系'), C(86, '2、做强移动政务服务'), C(87, '12345政务服务便民热线提质增效'), C(88, '4、提供优质便利的涉企服务'), C(89, '4、提供优质便利的涉企服务'),
    C(90, '5、推进公共场馆数字化'), C(93, '推进适老化和信息无障碍建设'), C(95, '1、提升生态环境智慧监测能力'), C(96, '2、推进城乡供水数字化'), C(98, '3、建设智慧林草'),
    C(100, '推动绿色低碳转型'), C(102, '推动绿色低碳转型'), C(103, '1、提升辅助决策能力'), C(104, '2、提升行政执行能力'), C(105, '3、深化“宁政通”应用'), C(106, '3、深化“宁政通”应用'),
    C(107, '整合视频会议资源'), C(108, '5、提升行政监督和机关事务管理水平'), C(111, '5、提升行政监督和机关事务管理水平'),
    C(112, '1、提升政府信息公开水平'), C(114, '2、发挥政务新媒体传播优势'), C(115, '●畅通政民互动渠道'),
    C(116, '（一）加强组织领导'), C(25, '（二）加大财政投入'), C(118, '（三）提升数字素养'), C(122, '（四）强化考核评价'), C(123, '（四）强化考核评价'), C(124, '（四）强化考核评价'),
]

key = {
    "writer": "blind writer, round 931; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("泾源县 (固原市) 2024 实施方案 as pasted out of WPS: automatic numbering partly lost, so some items keep 1、/（1）/(4) and others start bare "
              "(e.g. the item that opens with 12345, the ● bullet), indentation uneven (full-width, ASCII or none). Each item is followed by its own "
              "责任单位/完成时限 line; the line after 政务公开 item ● covers all three 政务公开 items. No parent plan is given (the 固原 plan is cited by title "
              "only). Deadlines for regional tasks due 2023 are either omitted, or copied verbatim from the region (tasks 18, 87). The draft has no "
              "数字生态 content by design. units.txt is the county registry written for this case; the county has no 大数据局."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect:
    print(e['rule'], e['line'], L[e['line'] - 1][:40] if e['line'] else '')
