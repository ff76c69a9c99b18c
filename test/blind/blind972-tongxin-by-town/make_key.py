# Builds key.json from anchors; every line number is looked up in the final draft.txt.
import json, os
D = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(D, 'draft.txt'), encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw); return d

def N(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text) if anchor else 0}
    if text: d["text"] = text
    d["why"] = why
    return d

expect = [
    E("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政发〔2023〕71号",
      "the 自治区 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71 is a transposed 文号"),
    E("garbled-text", "深化数据高效共享。", "寤虹珛鏀垮姟鏁版嵁",
      "UTF-8 read as GBK: 寤虹珛鏀垮姟鏁版嵁灞炲湴杩旇繕鏈哄埗 = 建立政务数据属地返还机制"),
    E("unknown-unit", "落实安全制度要求。", "县网信局",
      "no such body in units.txt; the county's office is 县委网信办 (used correctly on the lines before and after)"),
    E("deadline-invalid", "完成镇便民服务中心适老化与信息无障碍改造", "6月31日",
      "June has 30 days: 2024年6月31日 is an impossible date (task 93, 适老化与信息无障碍建设, 完成时限 2024年)"),
    E("deadline-later-than-baseline", "马高庄乡人民政府，县政府办公室", "2025年底前",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the other ten towns have the same row due 2024年底前 or earlier, and the plan's own 2024 goal (line 17) and line 51 say 2024年底前"),
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "section 五 stops at （六）政务运行; the seventh 能力 (政务公开: 政府信息公开, 政策文件库, 政务新媒体, 政民互动) has no content anywhere in the draft"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "consequence of the missing 政务公开 pillar: 完善各类政务公开信息化平台, 自治区各部门（单位）及各市、县（区）分别负责, 2024年"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "consequence of the missing 政务公开 pillar: 政务新媒体矩阵体系, 自治区各部门（单位）及各市、县（区）分别负责, 2024年"},
]

mnf = [
    N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct 文号 and title of the national 指导意见"),
    N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the parent city plan cited by title alone, with its real title (it has no 文号 in the seed)"),
    N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 the parent 吴忠 plan gives it"),
    N("basis-mismatch", "自自治区印发《宁夏回族自治区2020年", "宁政办发〔2020〕14号", "retrospective mention of the superseded 2020 工作要点 in the 工作基础 background, with its correct title and 文号; not cited as a basis"),
    N("deadline-invalid", "自自治区印发《宁夏回族自治区2020年", "2023年底", "past dates (2022年, 2023年底) describing what has already been done, not deadlines"),
    N("deadline-later-than-baseline", "2024年底前，县、乡两级数字政府建设组织领导机构全面健全", "2024年底前", "2024 goal: 外网 三级全覆盖 equals task 48 (2024年), 网上办掌上办 equals task 84 (2024年), county organisations earlier than task 64 (2025年); the region's 到2023年底 goals concern 自治区本级 and 家底, not these"),
    N("deadline-later-than-baseline", "到2025年，全县数字政府建设体系框架全面成型", "到2025年", "equals the regional and 吴忠 到2025年 framework goal"),
    N("deadline-later-than-baseline", "到2035年，与政府治理能力现代化相适应", "到2035年", "equals the regional and 吴忠 到2035年 goal"),
    N("deadline-later-than-baseline", "（一）健全组织机构。", "2024年6月底前", "earlier than task 64 (各地各部门参照自治区做法成立相应的组织机构), 完成时限 2025年"),
    N("unknown-unit", "（一）健全组织机构。", "各乡镇人民政府", "collective subjects 各乡镇人民政府 and 县直各部门（单位）; 县委编办 is in units.txt"),
    N("unknown-unit", "（二）厘清层级职责。", "政法委", "县委网信办、政法委: the 县委 prefix distributes, giving 县委政法委 (in units.txt)"),
    N("deadline-later-than-baseline", "（二）厘清层级职责。", "2025年底前", "县级指挥调度中心 / 视频指挥调度: task 81 完成时限 2025年, equal"),
    N("deadline-later-than-baseline", "（一）驱动数字经济发展。", "持续推进，2025年取得明显成效", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal"),
    N("unknown-unit", "围绕滩羊、肉牛、枸杞、小杂粮", "农业农村局", "县工业信息化和商务局、农业农村局: the 县 prefix distributes, giving 县农业农村局; deadline 2024年底前 equals task 2 (2023年启动，2024年取得明显成效)"),
    N("unknown-unit", "（二）引领数字社会建设。", "卫生健康局", "县教育体育局、卫生健康局 → 县卫生健康局; deadline 持续推进，2025年取得明显成效 equals tasks 6 and 8, and task 7's final milestone (2025年取得明显成效)"),
    N("unknown-unit", "配合吴忠市推进城市运行管理服务平台建设", "县住建局", "official short name of 县住房城乡建设局 listed in units.txt; deadline equals task 9 (持续推进，2025年取得明显成效)"),
    N("deadline-invalid", "积极融入“数字供销”国家级示范区建设", "2023年完成主要建设任务", "copied regional deadline of task 11 (2023年完成主要建设任务，2025年取得明显成效); its first milestone lies before the plan year, the completing milestone 2025 equals the region's"),
    N("deadline-later-than-baseline", "（三）营造良好数字生态。", "2025年底前", "task 12 (数据要素市场, 数据交易平台), 完成时限 2025年: equal"),
    N("deadline-later-than-baseline", "提升安全防护能力。", "长期坚持", "task 18, 完成时限 2023年形成机制，长期坚持: an ongoing duty, not a later milestone"),
    N("unknown-unit", "以数字化改革助力政府职能转变。依托全区行政许可", "县审批局", "official short name of 县审批服务管理局 in units.txt; deadline 2024年底前 equals task 21 (2024年)"),
    N("unknown-unit", "创新数字政府建设管理机制。", "财政局", "县发展改革局、财政局、审计局 → 县财政局, 县审计局 (prefix distributes); no deadline given (task 24 was due 2023)"),
    N("deadline-later-than-baseline", "开展试点示范。", "2025年取得明显成效", "task 28, 完成时限 2023年启动，2025年取得明显成效: equal"),
    N("deadline-later-than-baseline", "强化电子公文管理", "2024年11月底前", "earlier than tasks 40 and 54 (2024年)"),
    N("deadline-later-than-baseline", "强化政务云平台支撑能力。", "2024年9月底前", "earlier than task 46 (2024年) and task 43 (2024年建成，持续推进)"),
    N("deadline-later-than-baseline", "提升网络平台支撑能力。", "2024年底前", "equals tasks 47, 48, 50 (2024年)"),
    N("deadline-later-than-baseline", "依托全区统一的视频共享平台", "2025年底前", "task 49 (视频一张网), 完成时限 2025年: equal"),
    N("deadline-later-than-baseline", "加强共性应用支撑能力。", "2024年底前", "equals tasks 53, 55, 57 (2024年), earlier than task 56 (2025年)"),
    N("deadline-later-than-baseline", "（一）提升科学精准的经济调节能力。", "2025年底前", "task 66 (宁夏经济运行大数据平台, 经济监测预警), 完成时限 2025年: equal"),
    N("unknown-unit", "实施“互联网+基层治理”行动", "各村（社区）", "collective subject; deadline 2025年底前 equals task 83 (2025年)"),
    N("unknown-unit", "（五）提升系统科学的生态环境保护能力。", "市生态环境局同心分局", "short name of 吴忠市生态环境局同心分局 listed in units.txt (a city body's county branch, not a regional body); 县林草局 is the short name of 县林业和草原局"),
    N("deadline-later-than-baseline", "深化“互联网+城乡供水”建设", "2025年底前", "task 96 (互联网+城乡供水) and task 102 (绿色低碳转型), both 2025年: equal"),
    N("deadline-later-than-baseline", "依托“宁政通”填表报数系统，推动基层干部", "2025年底前", "tasks 106 and 107, both 2025年: equal"),
    N("deadline-later-than-baseline", "推进公共资源交易全流程数字化管理", "长期推进，2024年取得明显成效", "task 108, same wording; 机关事务 2025年底前 equals task 111 (2025年)"),
    N("deadline-later-than-baseline", "（一）加强组织领导。", "长期坚持", "task 116, 2023年完成并长期坚持: ongoing"),
    N("unknown-unit", "（三）提升数字素养。", "宣传部", "县委组织部、宣传部 → 县委宣传部; 县人社局 is a listed short name; 长期坚持 matches task 118 (2023年完成并长期坚持)"),
    N("deadline-later-than-baseline", "（四）强化考核评价。", "长期坚持", "tasks 122–124 (2023年完成/形成机制，长期坚持): ongoing"),
    N("deadline-later-than-baseline", "（五）强化宣传引导。", "2024年12月20日前", "the office's own reporting dates (每季度末月25日前, 2024年12月20日前), not task deadlines"),
    N("unknown-unit", "2	配合推进县城城市运行管理服务平台建设", "豫海镇", "short name of 豫海镇人民政府 listed in units.txt"),
    N("deadline-later-than-baseline", "下马关镇人民政府，县政府办公室	2024年10月底前", "2024年10月底前", "earlier than task 48 (2024年)"),
    N("deadline-later-than-baseline", "健全12345政务服务便民热线与镇村网格员联动机制", "2024年底前", "task 87 (2023年启动，2025年完成) is later; task 115 (2024年) equal"),
    N("deadline-later-than-baseline", "镇机关全部接入全区统一的协同办公平台", "2024年9月底前", "earlier than task 104 (2024年)"),
    N("deadline-later-than-baseline", "张家塬乡人民政府，县政府办公室	2024年底前", "2024年底前", "same row as the planted 马高庄乡 one, but equal to task 48 (2024年)"),
    N("deadline-later-than-baseline", "推进镇供销社基层网点数字化改造", "2025年底前", "task 11's completing milestone 2025年取得明显成效: equal"),
    N("deadline-later-than-baseline", "推动村级报表填报数量明显压减", "2025年底前", "task 106, 2025年: equal"),
    N("deadline-later-than-baseline", "推进乡卫生院远程会诊", "持续推进，2025年取得明显成效", "task 8, same deadline"),
    N("unknown-unit", "推广“智慧林草”云平台应用", "县林业和草原局", "canonical name in units.txt; deadline 2024年底前 equals task 98 (2024年)"),
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "三、（三）营造良好数字生态 (line 33) takes up 数据要素市场 and 网络生态"},
    {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "二、完善一套体系 (lines 20–23) takes up 五个一/六级贯通 as 健全组织机构, 厘清层级职责 (六级贯通 named on line 22), 完善工作机制, as the 吴忠 plan does"},
]

cov_spec = [
    (64, "（一）健全组织机构。"), (3, "（一）驱动数字经济发展。"), (2, "围绕滩羊、肉牛、枸杞、小杂粮"),
    (6, "（二）引领数字社会建设。"), (7, "（二）引领数字社会建设。"), (8, "（二）引领数字社会建设。"),
    (9, "配合吴忠市推进城市运行管理服务平台建设"), (10, "推进数字乡村建设，以数字化支撑"), (11, "积极融入“数字供销”"),
    (12, "（三）营造良好数字生态。"), (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"),
    (18, "提升安全防护能力。"), (21, "以数字化改革助力政府职能转变。依托全区行政许可"), (24, "创新数字政府建设管理机制。"),
    (28, "开展试点示范。"), (30, "完善数据管理机制。"), (31, "完善数据管理机制。"), (32, "完善数据管理机制。"),
    (36, "深化数据高效共享。"), (41, "促进数据有序开发利用。"), (42, "促进数据有序开发利用。"),
    (40, "强化电子公文管理"), (54, "强化电子公文管理"), (46, "强化政务云平台支撑能力。"),
    (47, "提升网络平台支撑能力。"), (48, "提升网络平台支撑能力。"), (50, "提升网络平台支撑能力。"),
    (49, "依托全区统一的视频共享平台"), (53, "加强共性应用支撑能力。"), (55, "加强共性应用支撑能力。"),
    (56, "加强共性应用支撑能力。"), (57, "加强共性应用支撑能力。"), (66, "（一）提升科学精准的经济调节能力。"),
    (70, "（二）提升综合高效的市场监管能力。"), (71, "（二）提升综合高效的市场监管能力。"), (74, "（二）提升综合高效的市场监管能力。"),
    (77, "（三）提升精细智能的社会管理能力。"), (79, "（三）提升精细智能的社会管理能力。"), (80, "推进“智慧应急”建设"),
    (83, "实施“互联网+基层治理”行动"), (84, "（四）提升普惠便捷的公共服务能力。"), (86, "（四）提升普惠便捷的公共服务能力。"),
    (88, "提供优质便利的涉企服务。"), (89, "提供优质便利的涉企服务。"), (90, "拓展公平普惠的民生服务。"), (93, "拓展公平普惠的民生服务。"),
    (94, "（五）提升系统科学的生态环境保护能力。"), (97, "（五）提升系统科学的生态环境保护能力。"), (98, "（五）提升系统科学的生态环境保护能力。"),
    (96, "深化“互联网+城乡供水”建设"), (102, "深化“互联网+城乡供水”建设"), (104, "（六）提升整体高效的政务运行能力。"),
    (105, "（六）提升整体高效的政务运行能力。"), (106, "依托“宁政通”填表报数系统，推动基层干部"), (107, "依托“宁政通”填表报数系统，推动基层干部"),
    (108, "推进公共资源交易全流程数字化管理"), (111, "推进公共资源交易全流程数字化管理"), (116, "（一）加强组织领导。"),
    (25, "（二）加大财政投入。"), (118, "（三）提升数字素养。"), (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in cov_spec]

key = {
    "writer": "blind writer, round 972; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-08",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("同心县 2024 county plan (同政办发〔2024〕12号, 2024-03-26) in the 吴忠 '1347' shape, with inline (责任单位…；完成时限…) notes in the body "
              "and an annex of town tasks (一、豫海镇 … 十一、兴隆乡) as tab-separated tables whose first-listed unit leads (line 77 says so). "
              "Six planted slips: wrong 文号, mojibake run, unknown unit 县网信局, impossible date 6月31日, one town's late 外网 deadline, and no 政务公开 section "
              "(tasks 112 and 114 are uncovered as a consequence). Tasks whose regional deadline is 2023 are deliberately given no county deadline, "
              "except the verbatim copy of task 11's two-milestone deadline on line 32."),
}
json.dump(key, open(os.path.join(D, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers), len(L))
