#!/usr/bin/python3
# Builds key.json; every line number is looked up in the final draft.txt (1-based) and checked.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in lines[n - 1], (text, n)
    return n

def E(rule, anchor, text, why):
    return {"rule": rule, "line": L(anchor, text), "text": text, "why": why}

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
MP = "missing-pillar"

expect = [
    E(BM, "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "the 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号; 宁政办发 is the office's series (slip of 宁政办发 for 宁政发)"),
    E(DL, "2026年底前，全区数字政府建设工作体制健全", "2026年底前",
      "主要目标: the region says 到2025年 the '34567' 体系框架全面成型, 工作体制逐步健全、管理机制趋于成熟; the district puts the same goal (its '1347' framework 全面成型, 工作体制健全、管理机制成熟) at 2026年底前, one year later"),
    E(DI, "提升网络支撑能力。推进区级电子政务外网升级改造", "2024年6月31日",
      "impossible date: June has 30 days (tasks 47/48/50 are due 2024年, so not late; the table row 14 says 2024年6月底前)"),
    E(UU, "强化政务云支撑能力。", "区大数据局",
      "no such unit in units.txt: the district body is 区政务大数据服务中心 (short name 区大数据中心); 区大数据局 is a slip modelled on city bureaus"),
    E(UU, "12\t编制区级公共数据开放目录", "自治区政府办公厅",
      "regional body named as the lead (牵头) of a local task in the district's own task list: the regional row of task 41 (自治区政府办公厅牵头负责, 2024年) copied without localising; the body text (line %d) makes 区政务大数据服务中心 the lead" % L("推进数据开放和开发利用。")),
    E(DL, "26\t完成政府网站、政务新媒体", "2025年12月底前",
      "task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; the table row says 2025年12月底前 (the body, line %d, says 2024年底前)" % L("推进适老化和无障碍建设。")),
]

def N(rule, anchor, text, why, pillar=None):
    d = {"rule": rule, "line": L(anchor, text) if anchor else 0, "why": why}
    if pillar:
        d["pillar"] = pillar
    if text:
        d["text"] = text
    return d

mnf = [
    N(BM, "兴政办发〔2024〕9号", "兴政办发〔2024〕9号", "the notice's own 文号, not a cited basis document"),
    N(BM, "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"),
    N(BM, "根据《国务院关于加强数字政府建设的指导意见》", "银川市人民政府《关于加强数字政府建设的实施方案》",
      "the parent city's plan cited by title alone (city plans often have no 文号); it is a 实施方案 of 银川市, not the regional 实施意见 with a wrong title"),
    N(BM, "近年来，我区按照", "宁政办发〔2020〕14号",
      "retrospective mention of the 2020 工作要点 in the background paragraph, with its correct 文号; not cited as the basis of this plan"),
    N(DI, "近年来，我区按照", "2023年", "past date in the background (an achievement of 2023), not a deadline"),
    N(DI, "2024年3月18日", "2024年3月18日", "the notice's issue date"),
    N(DL, "到2024年底，电子政务外网", "2024年底",
      "2024 goals: 电子政务外网 full coverage = task 48 (2024年), 网上可办 = task 84 (2024年), 一网统管 = task 9 (持续推进，2025年取得明显成效): equal or earlier"),
    N(DL, "到2025年，我区数字政府基础设施集约完备", "2025年",
      "same year as the region's 2025 goal (基础设施集约完备、数据治理初见成效…); 填表报数 = task 106 (2025年)"),
    N(DL, "到2035年，与政府治理能力现代化相适应", "2035年", "same as the region's 2035 goal"),
    N(MP, None, None, pillar="五个一", why="五个一: taken up as the '一套体系' (健全组织机构, 厘清层级职责, 完善工作机制, lines %d-%d), explicitly said to carry the region's '五个一' and '六级贯通' work system" % (L("（一）健全组织机构。调整充实"), L("（三）完善工作机制。"))),
    N(MP, None, None, pillar="六级贯通", why="六级贯通: line %d (厘清层级职责) follows the region's 六级贯通 layer architecture for 区、乡镇（街道）、村（社区）" % L("（二）厘清层级职责。")),
    N(MP, None, None, pillar="组织领导", why="组织领导 (一把手工程, 主要领导负责制, line %d) sits under 六、保障措施 rather than a 加强党的领导 heading; 数字素养 and 考核评价 follow at lines %d and %d" % (L("（一）加强组织领导。"), L("（三）提升数字素养。"), L("（四）强化考核评价。"))),
    N(MP, None, None, pillar="财政投入", why="taken up as （二）加大资金保障 (line %d): 财政支出责任, 统筹利用现有资金渠道, 运维资金挂钩评估, 审计监督" % L("（二）加大资金保障。")),
    N(DL, "（一）健全组织机构。调整充实", "2024年6月底前",
      "the district's own leading group and township bodies = task 64 (各地各部门参照自治区做法成立相应的组织机构, 2025年): earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own group, 自治区政府办公厅负责, not a district task"),
    N(DL, "1\t调整充实区推进数字政府建设领导小组", "2024年6月底前", "as line %d: task 64 due 2025年, earlier" % L("（一）健全组织机构。调整充实")),
    N(UU, "（一）健全组织机构。调整充实", "各乡镇（街道）", "collective subject"),
    N(DL, "建设智慧园区。", "持续推进，2025年取得明显成效", "task 3 完成时限 持续推进，2025年取得明显成效: equal"),
    N(UU, "完善数字经济治理。", "银川市公安局兴庆区分局",
      "listed in units.txt as one name (city prefix + district branch); must not be split into 银川市公安局 + 兴庆区分局"),
    N(UU, "推进公共服务数字化。", "区人力资源社会保障局", "official short form, listed in units.txt as a short name of 区人力资源和社会保障局"),
    N(UU, "加快智慧城市建设。", "区住房城乡建设局", "short name of 区住房和城乡建设局 in units.txt"),
    N(UU, "加快智慧城市建设。", "各街道办事处", "collective subject"),
    N(DL, "加快智慧城市建设。", "2025年底前", "task 9 (持续推进，2025年取得明显成效): equal"),
    N(UU, "推进数字乡村建设。", "掌政镇、大新镇、月牙湖乡、通贵乡人民政府",
      "shared suffix: 掌政镇人民政府, 大新镇人民政府, 月牙湖乡人民政府, 通贵乡人民政府, all in units.txt (the first three also as short names 掌政镇, 大新镇, 月牙湖乡)"),
    N(DL, "培育数据要素市场。", "2025年底前", "task 12 完成时限 2025年: equal"),
    N(DL, "营造规范有序的发展环境。", "2024年底前", "task 13 完成时限 2024年: equal"),
    N(DI, "提升安全防护能力。建立健全动态监控", "2023年形成机制，长期坚持",
      "regional deadline of task 18 copied as written (2023年形成机制，长期坚持); a past milestone with an ongoing flag, not an impossible or mistaken date"),
    N(DL, "提升安全防护能力。建立健全动态监控", "2023年形成机制，长期坚持", "task 18: identical to the regional 完成时限"),
    N(DI, "8\t建立健全安全技术保障体系", "2023年形成机制，长期坚持", "as line %d: copied regional deadline of task 18" % L("提升安全防护能力。建立健全动态监控")),
    N(UU, "提升安全防护能力。建立健全动态监控", "兴庆公安分局", "short name of 银川市公安局兴庆区分局 in units.txt"),
    N(DL, "提高自主可控水平。", "2024年底前", "task 19 (2023年启动，2024年建成) and task 43 (2024年建成，持续推进): completion equal"),
    N(UU, "规范项目和资金管理。", "财政局", "prefix distributes: 区发展改革局、财政局、审计局 = 区发展改革局, 区财政局, 区审计局"),
    N(DL, "开展试点示范。围绕政务服务", "2024年启动，2025年取得明显成效",
      "task 28 (2023年启动，2025年取得明显成效): the completing milestone 2025 is equal; only the start is later"),
    N(DI, "摸清数据资源底数。", "2023年", "past event in the background of the measure (目录初步编制 done in 2023), not a deadline"),
    N(DL, "摸清数据资源底数。", "2023年", "task 30 完成时限 2023年: the 2023 milestone is equal (and is a past event); the measure itself carries no new date"),
    N(DL, "推进数据开放和开发利用。", "2024年10月底前", "tasks 41/42 完成时限 2024年: earlier"),
    N(DL, "14\t推进区级电子政务外网升级改造", "2024年6月底前", "tasks 47/48 完成时限 2024年: earlier"),
    N(DL, "推广电子证照应用。", "2025年底前", "task 52 完成时限 2025年: equal"),
    N(DL, "完善视频共享和指挥调度。", "2025年底前", "tasks 49 and 81 完成时限 2025年: equal"),
    N(DL, "加强经济运行监测。", "2025年底前", "task 66 完成时限 2025年: equal"),
    N(UU, "推进“智慧应急”建设。加强自然灾害", "兴庆区消防救援大队", "listed in units.txt"),
    N(UU, "提高基层治理能力。", "各村（社区）", "collective subject"),
    N(UU, "强化安全管理责任。", "区直各部门（单位）", "collective subject (区直各部门), never split or prefixed"),
    N(UU, "推动行政权力网上运行。", "区直有关部门", "collective subject"),
    N(DL, "做优“我的宁夏”兴庆专区。", "2024年9月底前", "task 86 完成时限 2024年: earlier"),
    N(DL, "提升12345热线服务质效。", "2025年底前", "task 87 (2023年启动，2025年完成): completion equal"),
    N(DL, "推进基层减负。", "2024年底前", "task 106 完成时限 2025年: earlier"),
    N(DL, "整合视频会议和机关事务系统。", "2025年底前", "tasks 107 and 111 完成时限 2025年: equal"),
    N(DI, "（六）抓好跟踪调度。", "2024年12月10日前", "the office's own reporting date (年度工作总结), not a task deadline"),
    N(DL, "附件：兴庆区数字政府建设重点任务清单", "2024年—2025年", "period of the task list in its title, not a deadline"),
]

covers_spec = [
    (64, "（一）健全组织机构。调整充实"), (3, "建设智慧园区。"), (5, "完善数字经济治理。"),
    (6, "推进公共服务数字化。"), (9, "加快智慧城市建设。"), (10, "推进数字乡村建设。"),
    (12, "培育数据要素市场。"), (13, "营造规范有序的发展环境。"), (14, "强化安全管理责任。"),
    (15, "强化安全管理责任。"), (18, "提升安全防护能力。建立健全动态监控"), (19, "提高自主可控水平。"),
    (21, "推动行政权力网上运行。"), (24, "规范项目和资金管理。"), (25, "规范项目和资金管理。"),
    (28, "开展试点示范。围绕政务服务"), (30, "摸清数据资源底数。"), (32, "健全数据管理机制。"),
    (36, "健全数据管理机制。"), (40, "推动电子公文和档案数字化。"), (41, "推进数据开放和开发利用。"),
    (42, "推进数据开放和开发利用。"), (43, "强化政务云支撑能力。"), (47, "提升网络支撑能力。推进区级电子政务外网"),
    (48, "提升网络支撑能力。推进区级电子政务外网"), (50, "提升网络支撑能力。推进区级电子政务外网"),
    (52, "推广电子证照应用。"), (49, "完善视频共享和指挥调度。"), (66, "加强经济运行监测。"),
    (70, "推进精准监管。"), (71, "强化追溯和协同监管。"), (73, "强化追溯和协同监管。"),
    (77, "提升矛盾纠纷化解能力。"), (79, "提升社会治安防控能力。"), (80, "推进“智慧应急”建设。加强自然灾害"),
    (83, "提高基层治理能力。"), (84, "深化“一网通办”。"), (86, "做优“我的宁夏”兴庆专区。"),
    (87, "提升12345热线服务质效。"), (88, "优化涉企服务。"), (89, "优化涉企服务。"),
    (93, "推进适老化和无障碍建设。"), (94, "加强生态环境智慧监测。"), (96, "推进数字治水。"),
    (102, "推动绿色低碳转型。推进水"), (103, "提升辅助决策能力。"), (104, "提升协同办公水平。"),
    (105, "提升协同办公水平。"), (106, "推进基层减负。"), (107, "整合视频会议和机关事务系统。"),
    (111, "整合视频会议和机关事务系统。"), (112, "完善政务公开平台。"), (114, "发挥政务新媒体作用。"),
    (115, "畅通政民互动渠道。"), (116, "（一）加强组织领导。"), (118, "（三）提升数字素养。"),
    (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": L(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 750; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("兴庆区 (银川市) 2024 实施方案 written as an ordinary district office would: notice, 总体要求 with dated goals, the local '1347' framework "
              "(一套体系 = the region's 五个一/六级贯通), three drivers, four supports, seven capabilities, 保障措施 and a 32-row task list. "
              "The task list carries the note that the first-listed unit leads. Six ordinary slips: wrong 文号 series for the regional 实施意见, "
              "a 2026 framework goal, 6月31日, a non-existent 区大数据局, the regional 自治区政府办公厅 left as lead in a task row, and a table row "
              "for task 93 left at 2025 while the body says 2024. Regional tasks due 2023 that the district takes up (14, 15, 24, 25, 30, 32, 36) "
              "carry no new date, except task 18 whose regional form is copied. In this district document '全区' means 兴庆区. "
              "No parent plan file is supplied (parents: []); the 银川 city plan is cited by title only."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
