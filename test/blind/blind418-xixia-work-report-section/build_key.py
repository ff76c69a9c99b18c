# Builds key.json from the entries below; every line number is found by searching draft.txt
# for the given anchor text (must occur on exactly one line, or on the stated line).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def line_of(text, near=None):
    hits = [i for i, l in enumerate(L, 1) if text in l]
    if near is not None:
        hits = [h for h in hits if near in L[h-1]]
    assert len(hits) == 1, (text, near, hits)
    return hits[0]

def E(rule, text, why, near=None, **kw):
    d = {"rule": rule, "line": line_of(text, near), "text": text, "why": why}
    d.update(kw); return d

def N(rule, text, why, near=None, keep_text=True):
    d = {"rule": rule, "line": line_of(text, near)}
    if keep_text: d["text"] = text
    d["why"] = why; return d

DL, DI, UU, BM, GT = ("deadline-later-than-baseline", "deadline-invalid", "unknown-unit",
                      "basis-mismatch", "garbled-text")

expect = [
    E(DL, "2025年底前", "table row 8 (城域网升级改造, 区、镇（街道）、村（社区）电子政务外网全覆盖) takes up regional task 48 "
      "(开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the district gives 2025年底前, one year late",
      near="城域网升级改造"),
    E(DL, "2025年6月底前", "适老化与信息无障碍改造 takes up regional task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), "
      "完成时限 2024年; 2025年6月底前 is later"),
    E(DI, "2023年10月底前", "table row 6 (区级公共数据开放目录) is a 2024 task in the 2024 work plan (regional task 41, 完成时限 2024年); "
      "2023年10月底前 lies before the year the report is issued (2024) and is not a copy of the regional deadline: a year not updated",
      near="公共数据开放目录"),
    E(DI, "9月31日", "table row 13 gives 2024年9月31日前; September has 30 days (the task is regional task 86, 完成时限 2024年, so the year itself is fine)"),
    E(UU, "区大数据局", "the district has no 区大数据局; units.txt lists 区大数据服务中心 (short name 区大数据中心), used everywhere else in the draft"),
    E(BM, "关于加强数字政府建设的实施方案", "宁政发〔2023〕17号 is the 自治区人民政府《关于加强数字政府建设的实施意见》; it is cited here as 实施方案 "
      "(correct title in line 12 and line 21)", near="强化考核评价"),
    E(GT, "铻嶅悎搴旂敤", "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 融合应用 (task 42 wording: 公共数据…与政务数据的融合应用)"),
]

R18 = "regional task 18 完成时限 2023年形成机制，长期坚持"
mnf = [
    # the report's own dates, session and circulation dates
    N(DI, "2024年1月8日", "date of the report itself (delivered at the session), not a deadline"),
    N(DI, "区十届人大四次会议", "the session that hears the report (第十届人大第四次会议), not a date"),
    N(DI, "2023年12月28日前", "the office's own deadline for comments on the draft, set in the circulation note dated 2023-12-22; not a task deadline, so not 'before the year of issue'"),
    N(DI, "2023年12月22日", "date of the office's circulation note"),
    N(DL, "每季度末前5个工作日", "the office's own progress-reporting rhythm, not a task deadline"),
    # 2023 review: past dates and figures
    N(DI, "2023年7月", "2023 review: past date of something done (领导小组 adjusted), background"),
    N(DI, "2023年10月底前全部完成", "2023 review: IPv6 改造 completed in 2023, a past date in the background, not a 2024 deadline"),
    N(DI, "2023年11月完成区级政务数据资源目录编制", "2023 review: past date; task 30 (完成时限 2023年) was done on time"),
    N(DI, "2023年6月", "2023 review: 指挥中心 went into operation in June 2023, past date"),
    N(DI, "2023年自治区数字乡村试点", "2023 review: year of a past selection, not a deadline"),
    N(DI, "98.7%", "2023 review figures (网上可办率, 38项, 312项, 126项, 4.2万件, 99.1%), not dates"),
    # basis citations
    N(BM, "自治区《关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "correct: issuer outside the brackets, title and 文号 match"),
    N(BM, "《西夏区加强数字政府建设工作方案》（银西政发〔2023〕58号）", "the district's own 2023 document mentioned in the review, not a citation of the regional basis; its title is its own (工作方案), no higher document is misnamed"),
    N(BM, "宁政办发〔2020〕14号", "retrospective mention (原…工作要点) of the 2020 document under which the exchange node was built; not cited as the current basis"),
    N(BM, "《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "correct basis citation (with 国发〔2022〕14号 correctly cited on the same line)"),
    # goals and 年内 / 力争 targets within the region's dates
    N(DL, "主要目标是：年内", "年内 = 2024: the items (我的宁夏 专区 应上尽上, 宁政通 三级全覆盖, 公共数据开放) are tasks 86, 105, 41, all 完成时限 2024年", keep_text=False),
    N(DL, "力争到2025年", "same year as the region's goal (到2025年 …“34567”体系框架全面成型)"),
    N(DL, "到2035年", "same year as the region's 2035 goal"),
    N(DL, "力争2025年取得明显成效", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal"),
    N(DL, "年内推动城市运行管理服务平台", "task 9 (智慧城市/一网统管), 完成时限 持续推进，2025年取得明显成效; 年内 (2024) is earlier"),
    N(DL, "力争2025年数字乡村建设取得明显成效", "task 10, 完成时限 持续推进，2025年取得明显成效: equal"),
    N(DL, "年内完成区级行政权力事项网上运行", "task 21, 完成时限 2024年: equal"),
    N(DL, "年内建立电子公文档案数据共享利用长效机制", "task 40, 完成时限 2024年: equal"),
    N(DL, "年内完成非涉密业务专网", "task 50, 完成时限 2024年: equal"),
    N(DL, "年内健全“领导小组+办公室", "task 64 (各地成立相应组织机构), 完成时限 2025年; 年内 is earlier"),
    N(DL, "年内对辖区食品药品", "task 71, 完成时限 2024年: equal"),
    N(DL, "年内建成区矛盾纠纷多元化解信息系统", "task 77, 完成时限 2024年: equal"),
    N(DL, "力争2025年建成覆盖区、镇（街道）、村（社区）的新型基层管理服务平台", "task 83, 完成时限 2025年: equal"),
    N(DL, "年内推动区直各部门政务服务", "task 86 / 84 / 89, 完成时限 2024年: equal"),
    N(DL, "力争2025年实现辖区城乡供水数字化管理全覆盖", "task 96 (互联网+城乡供水), 完成时限 2025年: equal"),
    N(DL, "年内实现区、镇（街道）、村（社区）三级党政机关全覆盖", "task 105 (宁政通), 完成时限 2024年: equal"),
    N(DL, "力争2025年基层干部填表报数工作量压减50%以上", "task 106, 完成时限 2025年: equal"),
    N(DL, "年内形成以网上发布为主", "task 112, 完成时限 2024年: equal"),
    # table rows
    N(DL, "持续推进，2025年取得明显成效", "table row 1 = task 3, same 完成时限 copied", near="智慧园区"),
    N(DL, "2024年12月底前", "table row 3 = task 9 (完成时限 持续推进，2025年取得明显成效): earlier"),
    N(DI, "2023年形成机制，长期坚持", "table row 4 copies " + R18 + "; a copied regional deadline that lies before the plan year, and ongoing (长期坚持)"),
    N(DL, "2024年6月底前", "table row 10 = task 64, 完成时限 2025年: earlier"),
    N(DL, "力争2025年", "table row 16 = task 106, 完成时限 2025年: equal", near="填表报数工作量压减50%以上\t"),
    N(DI, "2023年完成并长期坚持", "table row 18 copies task 116's 完成时限 (2023年完成并长期坚持); copied regional deadline before the plan year, not an error"),
    N(DL, "长期坚持", "table row 19 = task 121, 完成时限 长期坚持: equal", near="常态化考核机制"),
    # units
    N(UU, "区工信商务局", "short name of 区工业信息化和商务局 in units.txt (also 区发改局, 区大数据中心 on the same line are listed short names)", near="驱动数字经济发展"),
    N(UU, "区文旅体广局", "short name of 区文化旅游体育和广播电视局 in units.txt"),
    N(UU, "镇北堡镇、兴泾镇具体负责，区工信商务局配合", "镇北堡镇 / 兴泾镇 are listed short names of the two 镇人民政府"),
    N(UU, "区委机要和保密局", "listed in units.txt; the 和 inside the name must not split it (likewise 区农业农村水务局 = 区农业农村和水务局)"),
    N(UU, "西夏公安分局", "short name of 银川市公安局西夏区分局 in units.txt", near="强化安全保障"),
    N(UU, "区直各部门分别负责", "collective subject", near="强化安全保障"),
    N(UU, "区政府办公室、财政局、审计局", "prefix 区 distributes: 区财政局, 区审计局, both in units.txt"),
    N(UU, "区住建局等有关部门配合", "区住建局 is a listed short name; 等有关部门 is collective"),
    N(UU, "区直有关部门配合", "collective subject", near="推进业务专网整合"),
    N(UU, "各镇（街道）配合", "collective subject (镇 and 街道 of the district)", near="健全组织机构"),
    N(UU, "区残联", "short name of 区残疾人联合会 in units.txt"),
    N(UU, "西夏生态环境分局、西夏自然资源分局", "short names of the city bureaus' 西夏区分局 in units.txt"),
    N(UU, "区委组织部、宣传部牵头", "prefix 区委 distributes: 区委宣传部 is in units.txt"),
    N(UU, "宁夏大学参与", "宁夏大学 is a known unit (regional task 119) and here only takes part; it is not named as lead of the district task"),
    N(UU, "区城管执法局", "short name of 区城市管理和综合执法局 in units.txt"),
    N(UU, "配合银川市推进智慧城市建设", "the city named as the level the district supports, in the text, not as a responsible unit"),
    N(UU, "区推进数字政府建设领导小组办公室", "listed in units.txt (drafting body named in the circulation note)"),
]

covers = []
def C(task, text, near=None): covers.append({"task": task, "line": line_of(text, near)})
C(3, "驱动数字经济发展"); C(5, "创新以网管网"); C(6, "推动教育、健康、就业"); C(7, "深化国家智慧教育平台应用")
C(9, "年内推动城市运行管理服务平台"); C(10, "推进数字乡村建设。"); C(12, "配合自治区培育数据要素市场")
C(13, "公平竞争审查等制度"); C(14, "强化安全保障。"); C(15, "重大事件处置机制")
C(17, "健全数据分类分级保护、风险评估"); C(18, "开展常态化安全防护和应急演练")
C(24, "完善制度规则。"); C(21, "年内完成区级行政权力事项网上运行"); C(22, "打通融合")
C(28, "积极申报自治区数字政府建设试点"); C(31, "健全政务数据全生命周期质量管理"); C(32, "明确区直各部门数据管理职责")
C(36, "完善政务数据供需对接机制"); C(41, "编制区级公共数据开放目录及相关责任清单，分类分级开放公共数据；")
C(40, "年内建立电子公文档案数据共享利用长效机制"); C(43, "向自治区政务信创云有序迁移")
C(47, "推动电子政务外网扩容升级"); C(48, "开展城域网升级改造"); C(50, "年内完成非涉密业务专网")
C(54, "深化电子文件归档和电子档案管理"); C(49, "依托全区统一的视频共享平台")
C(64, "健全组织机构。"); C(66, "依托宁夏经济运行大数据平台"); C(68, "推行“照单监管”")
C(70, "“双随机、一公开”差异化监管"); C(71, "年内对辖区食品药品"); C(73, "推进消费维权“一件事”改革")
C(77, "年内建成区矛盾纠纷多元化解信息系统"); C(79, "持续推进“雪亮工程”向基层全覆盖"); C(80, "迭代升级“智慧应急”应用")
C(83, "深入实施“互联网+基层治理”行动"); C(86, "西夏专区“应上尽上”；"); C(89, "建设完善企业专属网页和惠企政策专栏")
C(85, "持续深化“一件事一次办”和“免证办”"); C(88, "推进“证照分离”改革"); C(93, "推进适老化与信息无障碍建设。")
C(94, "配合完善黄河流域宁夏生态环境数据资源中心"); C(102, "推进水、气、土、废污染防治"); C(96, "推进数字治水。")
C(105, "推广应用全区统一的协同办公平台和“宁政通”移动办公"); C(107, "统筹整合非涉密视频会议系统资源")
C(111, "推进机关事务管理信息系统整合"); C(106, "推进基层减负。"); C(112, "提升政务公开能力。")
C(114, "构建区级政务新媒体矩阵"); C(115, "畅通政民互动渠道"); C(116, "加强组织领导。")
C(25, "加大财政投入。"); C(118, "提升数字素养。"); C(121, "强化考核评价。")

key = {
    "writer": "blind writer, round 418; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("西夏区（银川市）2024年政府工作报告 数字政府建设部分 as circulated for checking: circulation note (dated 2023-12-22), "
              "2023 review (past dates and figures), 2024 work plan in the report's voice with inline 责任单位 notes, and a tab-separated "
              "任务分解表. Checked against 宁政发〔2023〕17号 only; no parent plan. All seven planted mistakes are in the 2024 part. "
              "年内 in the 2024 part means 2024. Paragraphs that take up regional tasks due 2023 (14, 15, 17, 24, 25, 30, 31, 32, 36, 51, 68, 85, 116, 118) "
              "carry no date; 年内 and 力争 dates sit in paragraphs whose tasks are due 2024 or later. Every pillar of the 34567 framework "
              "and the four 党的领导 items has its own paragraph (lines 25-62). task-uncovered is not annotated. "
              "Readings that may differ: (a) line 12 names the district's own 2023 document 《西夏区加强数字政府建设工作方案》 (银西政发〔2023〕58号); it is not a citation of a higher document, so not a basis mismatch; (b) line 80 2024年9月31日 is impossible only at day level; (c) table row 10 (line 77, 2024年6月底前) is task 64 (各地成立相应的组织机构, 2025年), not the regional-only task 60 (充实自治区领导小组, 2023年); (d) lines 71 and 85 copy regional deadlines that lie in 2023 (tasks 18 and 116): copies, not invalid dates.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e['text'])
