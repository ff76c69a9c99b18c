# Builds key.json; every line number is found by searching draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(text, nth=1, start=1):
    hits = [i for i, l in enumerate(L, 1) if text in l and i >= start]
    assert len(hits) >= nth, (text, hits)
    return hits[nth - 1]

def row(n):
    hits = [i for i, l in enumerate(L, 1) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def at(line, text):
    assert text in L[line - 1], (line, text)
    return line

T = ln('序号\t重点任务')  # table header

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the digits are transposed, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": ln('完成时限：2025年底前）', start=ln('提升网络支撑能力')), "text": "2025年底前",
     "why": "电子政务外网 extended to every 村（社区）, 镇村两级全覆盖: task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47, 外网升级改造, also 2024年); the town puts it a year later"},
    {"rule": "deadline-invalid", "line": row(6), "text": "2023年12月底前",
     "why": "a deadline before the plan's own year (plan issued 2024-03-18, planYear 2024) for a new task; a leftover from last year's table. Task 86 (迭代升级“我的宁夏”政务APP) 完成时限 2024年, so it is not a copied regional deadline; the body text (line %d) says 持续推进" % ln('提升掌上办事能力')},
    {"rule": "unknown-unit", "line": ln('上桥镇便民服务中心'), "text": "上桥镇便民服务中心",
     "why": "a neighbouring 利通区 town's body pasted from its plan; not in units.txt nor among the regional units (this town's body is 镇便民服务中心)"},
    {"rule": "unknown-unit", "line": row(4), "text": "自治区档案局",
     "why": "a regional body named as the lead (牵头单位 column) of a town task, copied from task 40's 责任单位 (自治区档案局牵头负责)"},
    {"rule": "garbled-text", "line": ln('瀹屽杽鍐滄潙鐢靛晢鏈嶅姟'), "text": "瀹屽杽鍐滄潙鐢靛晢鏈嶅姟",
     "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 完善农村电商服务"},
]

mnf = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e.update(kw)
    e["why"] = why
    mnf.append(e)

# --- units
m("unknown-unit", 3, "addressee line; 镇直各单位 is a collective subject (like 县直各部门（单位）, 区直各部门), not a body name", "镇直各单位")
m("unknown-unit", ln('配合单位：镇直各单位；'), "collective subject 镇直各单位 as 配合单位", "镇直各单位")
m("unknown-unit", ln('配合单位：镇直各单位、各村（社区）'), "collective subjects 镇直各单位 and 各村（社区）", "镇直各单位")
m("unknown-unit", ln('（牵头单位：镇党政综合办公室；配合单位：各村（社区）；完成时限：2024年4月底前）'), "各村（社区） is a collective subject", "各村（社区）")
m("unknown-unit", ln('镇党政办每月'), "镇党政办 is the short name of 镇党政综合办公室 listed in units.txt", "镇党政办")
m("unknown-unit", ln('配合区农业农村局、工业和信息化局'), "the 区 prefix distributes: 区工业和信息化局 is in units.txt", "工业和信息化局")
m("unknown-unit", ln('区卫生健康局、教育局、民政局'), "区 prefix distributes: 区教育局, 区民政局 are in units.txt", "区卫生健康局、教育局、民政局")
m("unknown-unit", ln('区民政局、人力资源社会保障局、医疗保障局'), "区 prefix distributes: 区人力资源社会保障局, 区医疗保障局 are in units.txt", "人力资源社会保障局、医疗保障局")
m("unknown-unit", ln('配合单位：区统计局、发展改革局'), "区 prefix distributes: 区发展改革局 is in units.txt", "区统计局、发展改革局")
m("unknown-unit", ln('配合单位：区市场监管局、农业农村局'), "区 prefix distributes: 区农业农村局", "区市场监管局、农业农村局")
m("unknown-unit", ln('配合单位：区委政法委，区司法局、信访局；完成时限：2024年）'), "区委政法委, 区司法局, 区信访局 are all in units.txt (the 区 prefix distributes to 信访局; 区委 does not)", "区委政法委，区司法局、信访局")
m("unknown-unit", ln('配合单位：利通区公安分局、各村（社区）；完成时限：2024年10月底前）'), "利通区公安分局 is canonical in units.txt", "利通区公安分局")
m("unknown-unit", ln('配合单位：区政府办；'), "区政府办 is a listed short name of 区政府办公室", "区政府办")
m("unknown-unit", row(5), "区审批局 is a listed short name of 区审批服务管理局", "区审批局")
m("unknown-unit", ln('配合单位：区委网信办、区发展改革局'), "both in units.txt", "区委网信办")
m("unknown-unit", ln('牵头单位：镇自然资源和生态环境办公室；配合单位：区水务局、各村（社区）'), "镇自然资源和生态环境办公室 is one listed name; 和 does not split it", "镇自然资源和生态环境办公室")
m("unknown-unit", ln('配合单位：区档案馆；'), "区档案馆 is in units.txt", "区档案馆")
m("unknown-unit", row(9), "区委政法委，区司法局、信访局 all in units.txt", "区委政法委，区司法局、信访局")
# --- basis
m("basis-mismatch", ln('国发〔2022〕14号'), "the national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号")
m("basis-mismatch", ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'), "the city plan cited by title alone (it has no 文号); title correct", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the 工作基础 background, with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
# --- dates: background / reporting
m("deadline-invalid", ln('（二）工作基础'), "past dates in the background (2020年, 2023年 achievements), not deadlines", "2023年")
m("deadline-invalid", 6, "the document's own issue date", "2024年3月18日")
m("deadline-later-than-baseline", ln('每季度末月20日前'), "the office's own reporting dates (quarterly report, 2024年12月15日 annual summary), not task deadlines", "2024年12月15日")
m("deadline-later-than-baseline", ln('于2024年4月10日前'), "the office's own date for naming contacts, not a task deadline", "2024年4月10日")
# --- goals
m("deadline-later-than-baseline", ln('到2024年底，镇村两级'), "town goals for 2024: 就近办 (task 84, 完成时限 2024年: equal), 宁政通 (task 105, 2024年: equal), 网格机制 (task 83, 2025年: earlier)", "到2024年底")
m("deadline-later-than-baseline", ln('到2025年，全镇'), "equal to the region's 主要目标 (到2025年 “34567”体系框架全面成型, 履职能力明显提升) and to task 10 (持续推进，2025年取得明显成效)", "到2025年")
# --- task deadlines, equal or earlier
def d(line, text, why):
    m("deadline-later-than-baseline", line, why, text)
d(ln('完成时限：2024年4月底前）'), "2024年4月底前", "task 64 (各地各部门参照自治区做法，成立相应的组织机构) 完成时限 2025年: earlier")
d(row(1), "2024年4月底前", "task 64 完成时限 2025年: earlier")
d(ln('配合单位：区农业农村局、各村（社区）；完成时限：持续推进，2025年取得明显成效）'), "持续推进，2025年取得明显成效", "task 10 (推进数字乡村建设) 完成时限 持续推进，2025年取得明显成效: equal")
d(row(2), "持续推进，2025年取得明显成效", "task 10 完成时限 持续推进，2025年取得明显成效: equal")
d(ln('推进“数字供销”建设'), "2024年底前", "task 11 (“数字供销”国家级示范区) 完成时限 2023年完成主要建设任务，2025年取得明显成效; the milestone that completes it is 2025, so 2024 is earlier")
d(ln('（三）营造良好数字生态'), "2024年底前", "task 42 (公共数据与政务数据融合应用) 完成时限 2024年: equal")
d(ln('压实安全责任'), "长期坚持", "task 14 (安全和保密主体责任、监督责任) 完成时限 2023年; an ongoing duty with no year for a duty the region fixed in 2023, not a later date")
d(ln('提升防护能力'), "长期坚持", "task 18 (动态监控、主动防御、协同响应…应急演练) 完成时限 2023年形成机制，长期坚持: equal ongoing part")
d(ln('推动权力事项网上运行'), "2024年6月底前", "task 21 (行政权力事项网上运行、动态管理) 完成时限 2024年: earlier")
d(row(3), "2024年6月底前", "task 21 完成时限 2024年: earlier")
d(ln('摸清数据底数'), "持续推进", "task 30 (摸清政务数据资源底数) 完成时限 2023年; the town keeps its ledger up to date, no year is given, not a later date")
d(ln('加强共性应用支撑'), "2024年底前", "task 54 (无纸化办公和电子文件归档) 完成时限 2024年: equal; task 53 (电子印章) 2024年: equal; task 52 (电子证照) 2025年: earlier")
d(row(4), "2024年底前", "task 40 (电子公文全流程管理) 完成时限 2024年: equal")
d(ln('（二）市场监管能力'), "2024年底前", "task 71 (数字化追溯监管) 完成时限 2024年, task 70 (“双随机、一公开”) 2024年: equal")
d(ln('提升矛盾纠纷化解能力'), "2024年", "task 77 (矛盾纠纷多元化解) 完成时限 2024年: equal")
d(row(9), "2024年", "task 77 完成时限 2024年: equal")
d(ln('提升治安防控能力'), "2024年10月底前", "task 79 (“雪亮工程”) 完成时限 2024年: earlier")
d(row(10), "2024年10月底前", "task 79 完成时限 2024年: earlier")
d(ln('提升应急管理能力'), "2024年底前", "task 80 (“智慧应急”) 完成时限 2024年: equal")
d(ln('提升基层治理能力'), "2024年10月底前", "task 83 (“互联网+基层治理”) 完成时限 2025年: earlier")
d(row(11), "2024年10月底前", "task 83 完成时限 2025年: earlier")
d(ln('打造“15分钟政务服务圈”。'), "2024年9月底前", "task 84 (网上办、掌上办、就近办、一次办) 完成时限 2024年: earlier")
d(row(5), "2024年9月底前", "task 84 完成时限 2024年: earlier")
d(ln('优化诉求办理'), "2024年6月底前", "task 87 (12345热线) 完成时限 2023年启动，2025年完成: earlier")
d(row(7), "2024年6月底前", "task 87 完成时限 2023年启动，2025年完成: earlier")
d(ln('推进适老化服务'), "2024年底前", "task 93 (适老化与信息无障碍) 完成时限 2024年: equal")
d(row(8), "2024年底前", "task 93 完成时限 2024年: equal")
d(ln('推进“互联网+城乡供水”在我镇落地'), "2025年底前", "task 96 (“互联网+城乡供水”) 完成时限 2025年: equal")
d(row(14), "2025年底前", "task 96 完成时限 2025年: equal")
d(ln('运用视频监控、无人机巡查'), "2024年底前", "task 102 (水、气、土、废污染防治, 生态修复) 完成时限 2025年: earlier")
d(ln('提升协同办公水平'), "2024年6月底前", "task 105 (“宁政通”) and task 104 (协同办公平台) 完成时限 2024年: earlier")
d(ln('推动基层减负'), "2024年底前", "task 106 (填表报数系统) 完成时限 2025年: earlier")
d(row(12), "2024年底前", "task 106 完成时限 2025年: earlier")
d(ln('统筹视频会议资源'), "2024年底前", "task 107 (视频会议平台) 完成时限 2025年: earlier")
d(ln('进一步完善镇政务公开专栏'), "2024年12月底前", "task 112 (政务公开信息化平台) 完成时限 2024年: equal")
d(row(13), "2024年12月底前", "task 112 完成时限 2024年: equal")
d(ln('建好用好“金积镇”微信公众号'), "2024年底前", "task 114 (政务新媒体矩阵) 完成时限 2024年: equal")
d(row(15), "长期坚持", "task 118 (干部数字化培训) 完成时限 2023年完成并长期坚持: the town keeps up the ongoing part; no later year is set")
# --- garbled near misses
m("garbled-text", ln('IPv6改造'), "IPv6 is ordinary Latin text, not damage", "IPv6")
# --- pillars
m("missing-pillar", 0, "保障措施 (line %d–%d) carries 组织领导/一把手工程, 经费保障, 数字素养, 考核评价: the 党的领导 items are covered by content under another heading" % (ln('六、保障措施'), ln('（五）加强宣传引导')), pillar="党的领导")
m("missing-pillar", 0, "“一套工作体系” (lines %d–%d) takes up the work system: 组织机构 (工作专班), 六级贯通 层级职责, 工作机制 — folded as in the 吴忠 plan" % (ln('二、健全“一套工作体系”'), ln('（三）完善工作机制')), pillar="五个一")
m("missing-pillar", 0, "六级贯通 named and applied at line %d" % ln('“六级贯通”层级架构'), pillar="六级贯通")
m("missing-pillar", 0, "数字生态 has its own item at line %d (网络生态治理, 数据安全, 公共数据融合)" % ln('（三）营造良好数字生态'), pillar="数字生态")

covers = []
def c(task, line): covers.append({"task": task, "line": line})
c(64, ln('（一）健全组织机构')); c(64, row(1))
c(10, ln('推进数字乡村建设。')); c(6, ln('深化数字普惠应用')); c(7, ln('推广国家智慧教育平台'))
c(11, ln('推进“数字供销”建设')); c(42, ln('（三）营造良好数字生态'))
c(14, ln('压实安全责任')); c(18, ln('提升防护能力')); c(21, ln('推动权力事项网上运行')); c(28, ln('开展试点示范'))
c(30, ln('摸清数据底数')); c(48, ln('提升网络支撑能力')); c(54, ln('加强共性应用支撑')); c(53, ln('加强共性应用支撑'))
c(40, row(4)); c(66, ln('（一）经济调节能力')); c(71, ln('（二）市场监管能力'))
c(77, ln('提升矛盾纠纷化解能力')); c(79, ln('提升治安防控能力')); c(80, ln('提升应急管理能力')); c(83, ln('提升基层治理能力'))
c(84, ln('打造“15分钟政务服务圈”。')); c(86, ln('提升掌上办事能力')); c(85, ln('提升掌上办事能力'))
c(87, ln('优化诉求办理')); c(93, ln('推进适老化服务')); c(96, ln('推进“互联网+城乡供水”在我镇落地')); c(102, ln('运用视频监控、无人机巡查'))
c(105, ln('提升协同办公水平')); c(104, ln('提升协同办公水平')); c(106, ln('推动基层减负')); c(107, ln('统筹视频会议资源'))
c(112, ln('进一步完善镇政务公开专栏')); c(114, ln('建好用好“金积镇”微信公众号'))
c(116, ln('（一）加强组织领导')); c(118, ln('（三）提升数字素养')); c(124, ln('（四）强化考核评价'))

for e in expect:
    assert e["text"] in L[e["line"] - 1], e

key = {
    "writer": "blind writer, round 720; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("A 镇-level plan (金积镇, 利通区, 吴忠市) checked against the regional baseline only (no parent). "
              "units.txt holds the town's own bodies (镇…) and the 利通区 bodies it works with (区…), with full 利通区… names as aliases. "
              "Town measures carry inline notes （牵头单位；配合单位；完成时限）; the attachment table repeats 15 measures from the body; its dates agree with the body except row 6 (planted 2023年12月底前, body says 持续推进), and row 4 names the planted lead 自治区档案局 where the body (line 47) names 镇党政综合办公室. "
              "Measures that match regional tasks due 2023 (tasks 14, 30, 85, 116, 118, 124) are given no year (长期坚持 / 持续推进 / no date) on purpose. "
              "Line 9 carries the planted wrong 文号 next to two correct citations (国发〔2022〕14号 and the 吴忠 plan by title), so those mustNotFlag entries give text. "
              "task-uncovered is not annotated: most of the 124 tasks are regional or city work a town does not take up."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
