# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')[:-1]
def line_of(s, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]

expect = [
    {"rule": "basis-mismatch", "line": line_of("宁政发〔2023〕7号"), "text": "宁政发〔2023〕7号",
     "why": "the 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号; the draft cites it as 〔2023〕7号 (dropped digit)"},
    {"rule": "deadline-later-than-baseline", "line": line_of("完成时限：2025年6月底前"), "text": "2025年6月底前",
     "why": "城域网升级/外网县乡村全覆盖 = tasks 47 (完成时限 2024 年) and 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 完成时限 2024 年); 2025年6月 is later. The draft's own goal (line 15) and table row 10 say 2024"},
    {"rule": "deadline-invalid", "line": line_of("2024年6月31日前"), "text": "2024年6月31日",
     "why": "June has 30 days; impossible date (task 86 我的宁夏, 完成时限 2024年, so the year itself is not late)"},
    {"rule": "unknown-unit", "line": line_of("县大数据局、县直各部门"), "text": "县大数据局",
     "why": "not in units.txt; the county body is 县大数据服务中心 (used everywhere else, incl. the body note for the same task on line 43)"},
    {"rule": "unknown-unit", "line": line_of("自治区政府办公厅牵头，县直各部门"), "text": "自治区政府办公厅",
     "why": "a regional body named as lead (牵头) of a local task: the cell was copied from task 104's 责任单位; a county plan's lead must be a county unit"},
    {"rule": "garbled-text", "line": line_of("鏀垮姟鏁版嵁鍏变韩"), "text": "鏀垮姟鏁版嵁鍏变韩",
     "why": "UTF-8 bytes of 政务数据共享 read as GBK (mojibake run inside a sentence)"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line)
        e["text"] = text
    e["why"] = why
    M.append(e)

# basis
m("basis-mismatch", line_of("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", line_of("宁政办发〔2020〕14号"), "retrospective mention in the 工作基础 background (2020年以来…按照…部署); correct title and 文号 of the 2020 工作要点, not cited as the basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", 2, "the notice's own 文号, not a cited basis document", "平政办发〔2024〕9号")
m("basis-mismatch", line_of("按照石嘴山市数字政府建设工作部署"), "the city's work arrangements are mentioned without a title or 文号; no document is cited, and no parent plan is given", "石嘴山市数字政府建设工作部署")
# deadline-invalid (past dates, issue dates, reporting dates)
m("deadline-invalid", line_of("截至2023年底"), "background: 2020年以来 / 截至2023年底 / 2023年9月上线 are past facts, not deadlines", "2023年9月")
m("deadline-invalid", line_of("在2023年全县政务数据资源普查基础上"), "past survey mentioned as background, not a deadline", "2023年")
m("deadline-invalid", 6, "the notice's issue date", "2024年3月28日")
m("deadline-invalid", len(L), "colophon issue date (印发)", "2024年3月28日印发")
m("deadline-invalid", line_of("每年6月25日、12月25日前"), "the office's own half-yearly reporting dates, recurring, no year; valid dates", "12月25日")
m("deadline-later-than-baseline", line_of("每年6月25日、12月25日前"), "the office's own reporting dates for progress reports, not a task deadline")
# deadline-later: goals
m("deadline-later-than-baseline", line_of("到2024年底"), "county interim goal: 外网三级全覆盖 (tasks 47/48, 2024年), 系统迁移上云 (task 46, 2024年), 我的宁夏应上尽上 (task 86, 2024年), 宁政通 (task 105, 2024年); all equal", "2024年底")
m("deadline-later-than-baseline", line_of("到2025年，全县"), "equal to the region's 主要目标 到2025年 (34567 体系框架全面成型) and task 106 (填表报数, 2025年)", "2025年")
m("deadline-later-than-baseline", line_of("到2035年"), "equal to the region's 2035 vision", "2035年")
# deadline-later: notes and table
m("deadline-later-than-baseline", line_of("加快智慧园区建设"), "task 3 智慧园区, 完成时限 持续推进，2025 年取得明显成效; equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", line_of("推进“数字供销”建设"), "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal", "2025年取得明显成效")
m("deadline-later-than-baseline", line_of("开展试点示范"), "task 28, 完成时限 2023年启动，2025年取得明显成效; the county starts its pilot in 2024 but the completing milestone 2025 is equal", "2024年启动，2025年取得明显成效")
m("deadline-later-than-baseline", line_of("推进行政权力事项网上运行"), "task 21, 完成时限 2024年; 2024年12月底前 is equal", "2024年12月底前")
m("deadline-later-than-baseline", line_of("强化政务云支撑能力"), "tasks 43 (2024 年建成，持续推进), 46 (2024 年) and 19 (2023年启动，2024年建成); 2024年10月底前 is earlier", "2024年10月底前")
m("deadline-later-than-baseline", line_of("健全组织机构"), "task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", line_of("推进信用分类监管"), "tasks 70 and 71, 完成时限 2024年; 2024年11月底前 is earlier", "2024年11月底前")
m("deadline-later-than-baseline", line_of("推进“智慧应急”建设。"), "task 80 (2024年) equal, task 81 (2025年) earlier", "2024年")
m("deadline-later-than-baseline", line_of("推进适老化与信息无障碍建设"), "task 93, 完成时限 2024年; 2024年9月底前 is earlier", "2024年9月底前")
m("deadline-later-than-baseline", line_of("提高自然资源利用效率"), "one line, two sub-items with their own notes: 2025年 belongs to 互联网+城乡供水 (task 96, 2025年, equal); 2024年 belongs to 一张图/智慧林草 (tasks 97 and 98, 2024年, equal)", "2025年")
m("deadline-later-than-baseline", line_of("整合视频会议资源"), "task 107, 完成时限 2025年; 2024年12月底前 is earlier", "2024年12月底前")
m("deadline-later-than-baseline", line_of("推进公共资源交易全流程数字化"), "task 108, 完成时限 长期推进，2024年取得明显成效; equal", "长期推进，2024年取得明显成效")
m("deadline-later-than-baseline", line_of("提升安全防护能力"), "task 18, 完成时限 2023年形成机制，长期坚持 (task 17: 2023年); the county note 长期坚持 sets no later year", "长期坚持")
m("deadline-later-than-baseline", line_of("加强经济运行监测"), "task 66 宁夏经济运行大数据平台, 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", line_of("推进基层减负"), "task 106 填表报数压减50%, 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", line_of("提升政府信息公开水平"), "tasks 112 and 114, 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", line_of("电子政务外网县、乡、村三级全覆盖\t"), "table row 10: tasks 47/48, 完成时限 2024年; equal (the body note on line 46 is the late one)", "2024年")
m("deadline-later-than-baseline", line_of("提高基层治理能力"), "task 83, 完成时限 2025年; equal", "2025年")
# units
m("unknown-unit", 3, "collective addressees (各乡镇人民政府, 县直各部门（单位）)", "县直各部门（单位）")
m("unknown-unit", line_of("各乡镇人民政府、各村（社区）；"), "collective subject 各村（社区）", "各村（社区）")
m("unknown-unit", line_of("提升监管智能化水平"), "collective subject 县直有关部门", "县直有关部门")
m("unknown-unit", line_of("加强经济运行监测"), "prefix distributes: 县统计局、工业信息化和商务局、财政局 = 县工业信息化和商务局, 县财政局 (both in units.txt); 县税务局 is a short name of 国家税务总局平罗县税务局", "工业信息化和商务局")
m("unknown-unit", line_of("牵头单位：石嘴山市生态环境局平罗分局"), "listed in units.txt: the city bureau's 平罗 branch is the county's environment body", "石嘴山市生态环境局平罗分局")
m("unknown-unit", line_of("县生态环境分局、县林业和草原局"), "short name of 石嘴山市生态环境局平罗分局 in units.txt", "县生态环境分局")
m("unknown-unit", line_of("中国电信平罗分公司、各乡镇人民政府；"), "non-government unit listed in units.txt", "中国电信平罗分公司")
m("unknown-unit", line_of("平罗工业园区管委会、县工信商务局"), "县工信商务局 is the registered short name of 县工业信息化和商务局", "县工信商务局")
m("unknown-unit", line_of("\t县供销社\t"), "县供销社 is the registered short name of 县供销合作社联合社", "县供销社")
m("unknown-unit", line_of("县应急局、县消防救援大队"), "registered short names of 县应急管理局 and 平罗县消防救援大队", "县消防救援大队")
m("unknown-unit", line_of("县政府办公室、城关镇人民政府、姚伏镇人民政府"), "township governments listed in units.txt", "姚伏镇人民政府")
m("unknown-unit", line_of("报送县推进数字政府建设领导小组办公室"), "recipient of progress reports (the 领导小组's office, set up in 县政府办公室 per line 51), not a responsible unit", "领导小组办公室")
m("unknown-unit", line_of("县审批局、县市场监管局、县司法局"), "registered short names 县审批局, 县市场监管局", "县审批局")
# pillars
m("missing-pillar", line_of("（一）加强组织领导"), "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is taken up under the heading 六、保障措施, lines 89-92", None)
m("missing-pillar", line_of("按照自治区“五个一”和“六级贯通”"), "五个一/六级贯通 work system adapted to a county: 健全组织机构, 厘清层级职责, 完善工作机制 (lines 50-53)", None)
m("missing-pillar", line_of("（三）营造良好数字生态"), "数字生态 is taken up in one short sub-item (line 29: 数据要素市场, 网络综合治理)", None)

covers = []
def c(task, s):
    covers.append({"task": task, "line": line_of(s)})
c(3, "加快智慧园区建设"); c(5, "完善数字经济治理"); c(6, "深化数字普惠应用"); c(9, "推进智慧城市建设")
c(10, "推进数字乡村建设。"); c(11, "推进“数字供销”建设"); c(12, "配合培育数据要素市场。")
c(14, "压实安全管理责任"); c(15, "压实安全管理责任"); c(17, "提升安全防护能力"); c(18, "提升安全防护能力")
c(21, "推进行政权力事项网上运行"); c(23, "建立数字资源“一本账”"); c(28, "开展试点示范")
c(30, "摸清政务数据底数"); c(32, "摸清政务数据底数"); c(42, "强化数据共享应用"); c(41, "推进公共数据开放"); c(40, "推进公共数据开放")
c(43, "强化政务云支撑能力"); c(46, "强化政务云支撑能力"); c(47, "提升网络支撑能力"); c(48, "提升网络支撑能力")
c(56, "推进非税收入收缴电子化"); c(54, "深化电子文件管理"); c(64, "健全组织机构")
c(66, "加强经济运行监测"); c(70, "推进信用分类监管"); c(71, "推进信用分类监管"); c(74, "提升监管智能化水平"); c(73, "强化监管数据治理")
c(77, "推进矛盾纠纷多元化解"); c(79, "提升社会治安防控能力"); c(80, "推进“智慧应急”建设。"); c(83, "提高基层治理能力")
c(84, "打造泛在可及的服务体系"); c(86, "做强“我的宁夏”平罗专区"); c(88, "提供优质便利的涉企服务"); c(89, "提供优质便利的涉企服务"); c(93, "推进适老化与信息无障碍建设")
c(94, "加强生态环境数字化监测"); c(96, "提高自然资源利用效率"); c(97, "提高自然资源利用效率"); c(98, "提高自然资源利用效率"); c(100, "推进“六权”改革数字化")
c(103, "提升辅助决策能力"); c(104, "推广协同办公平台"); c(105, "用好“宁政通”移动办公平台"); c(106, "推进基层减负"); c(107, "整合视频会议资源")
c(108, "推进公共资源交易全流程数字化"); c(111, "提升机关事务管理水平"); c(112, "提升政府信息公开水平"); c(114, "提升政府信息公开水平"); c(115, "畅通政民互动渠道")
c(116, "（一）加强组织领导"); c(122, "（四）强化考核评价"); c(123, "（四）强化考核评价")

for e in expect:
    assert e["text"] in L[e["line"] - 1], e

key = {
    "writer": "blind writer, round 762; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("平罗县 (石嘴山市) county plan of 2024-03-28 in an ordinary county-office shape: notice, 总体要求 with goals, "
              "三个驱动/四个支撑/工作体系/七个能力, measures with inline （牵头单位…；完成时限…） notes, 保障措施, and a 28-row task table "
              "whose note says the first-listed unit leads. No parent plan: the city's arrangements are mentioned without a citation. "
              "Six planted slips: wrong 文号 (line 9), a late deadline in a note (line 46), an impossible date 6月31日 (line 70), "
              "an unregistered unit 县大数据局 (table row 8), a regional body as lead of a local task (line 79), a mojibake run (line 42). "
              "No task is deliberately left out; task-uncovered reports are not scored. Line 75 holds two sub-items with separate notes."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
