#!/usr/bin/env python3
# Builds key.json from draft.txt; every line number is located by its text, and the script
# fails if an anchor is missing or ambiguous.
import json, datetime
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def ln(anchor, after=None):
    """1-based line of the only line equal to/containing anchor (after the line containing `after`)."""
    start = 0
    if after is not None:
        start = ln(after)
    hits = [i + 1 for i, t in enumerate(lines) if i >= start and anchor in t]
    if after is not None:
        hits = hits[:1]
    assert len(hits) == 1, (anchor, after, hits)
    return hits[0]

E, M, C = [], [], []
def exp(rule, line, text, why, **kw):
    d = {"rule": rule, "line": line, "text": text, "why": why}; d.update(kw); E.append(d)
def mnf(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = text
    d["why"] = why; M.append(d)
def cov(task, line): C.append({"task": task, "line": line})

# ---------------- planted mistakes ----------------
exp("deadline-later-than-baseline", ln("→ 2025年底前", after="● 城域网升级改造"), "2025年底",
    "城域网升级改造/区市县乡村5级全覆盖 is task 48, 完成时限 2024年; the county gives 2025年底前")
exp("deadline-later-than-baseline", ln("→ 2025年6月底前"), "2025年6月底",
    "适老化与信息无障碍建设 (政府网站、政务移动端、公共服务场所) is task 93, 完成时限 2024年; the county gives 2025年6月底前")
exp("deadline-invalid", ln("2024年13月底前"), "13月",
    "impossible month (typo for 12月); task 54 电子文件归档, 完成时限 2024年, so the year itself is not late")
exp("unknown-unit", ln("县发改委牵头"), "县发改委",
    "misnamed body: the county unit is 县发展改革局 (县发改局); there is no 县发改委 in units.txt")
exp("unknown-unit", ln("→ 自治区政府办公厅牵头，县直有关部门具体负责"), "自治区政府办公厅",
    "regional body named as the lead of a county task (copied from task 50's 责任单位); the county cannot assign the region's 政府办公厅")
exp("garbled-text", ln("钀藉疄缃戠粶"), "钀藉疄缃戠粶",
    "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 落实网络安全等级保护")

# ---------------- near misses ----------------
mnf("deadline-invalid", 1, "slide number 第1页 of the exported deck, not a date", "第1页")
mnf("deadline-invalid", ln("第20页"), "slide number, not a date", "第20页")
mnf("deadline-invalid", 4, "the office's own reporting date on the title slide (2024年3月), not a deadline", "2024年3月")
mnf("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
mnf("basis-mismatch", ln("宁政发〔2023〕17号"), "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
mnf("basis-mismatch", ln("《贺兰县2023年数字政府建设工作要点》"),
    "the county's own 2023 work points listed as a past result, not a basis document; no 文号 claimed", "贺兰县2023年数字政府建设工作要点")
mnf("basis-mismatch", ln("宁政办发〔2020〕14号"),
    "retrospective mention in a 回顾 bullet of past results (2020 start of 政务外网改造); title and 文号 match; not cited as the basis", "宁政办发〔2020〕14号")
mnf("deadline-invalid", ln("宁政办发〔2020〕14号"), "2020年 is a past event in the 回顾 bullet, not a deadline", "2020年")
mnf("deadline-invalid", ln("2023年9月调整充实"), "past result (leadership group adjusted 2023-09), not a deadline", "2023年9月")
mnf("deadline-invalid", ln("2023年10月完成IPv6改造"), "past result with its date", "2023年10月")
mnf("deadline-invalid", ln("2023年建立县政务信息化项目会商"), "past result; task 24 完成时限 2023年, met", "2023年")
mnf("deadline-invalid", ln("2023年11月完成全县编目"), "past result; task 30 完成时限 2023年, met", "2023年11月")
mnf("deadline-invalid", ln("2023年开展政务信息系统数据安全专项检查"), "past result with its date", "2023年")
mnf("deadline-invalid", ln("→ 2023年12月上线"), "past result (免证办 online 2023-12; task 85 完成时限 2023年, met)", "2023年12月")
mnf("deadline-invalid", ln("2023年汛期接入"), "past result with its date", "2023年")
mnf("deadline-invalid", ln("1432条"), "a figure on its own line (catalogue entries), not a year", "1432条")
mnf("deadline-invalid", ln("38.6万次"), "a figure on its own line", "38.6万次")
mnf("deadline-later-than-baseline", ln("● 到2025年"),
    "goal year 到2025年 equals the region's 主要目标 year for the framework (到2025年 … “34567”体系框架全面成型)", "到2025年")
mnf("deadline-later-than-baseline", ln("● 2024年"),
    "the county's own 2024 goal (政务外网扩容、业务专网整合, tasks 47 and 50, 完成时限 2024年): equal", "2024年")
mnf("deadline-later-than-baseline", ln("全县数字政府建设体系框架全面成型"),
    "goal under '● 到2025年' equals the region's 主要目标 (到2025年 … 体系框架全面成型)")
mnf("deadline-later-than-baseline", ln("→ 持续推进，2025年取得明显成效"), "task 3 智慧园区, 完成时限 持续推进，2025年取得明显成效: equal", "2025年")
mnf("deadline-later-than-baseline", ln("→ 2025年", after="● 数字乡村"), "task 10 数字乡村, 完成时限 持续推进，2025年取得明显成效: equal", "2025年")
mnf("deadline-later-than-baseline", ln("→ 2025年", after="● 数字生态（数据要素）"), "task 12 数据要素市场, 完成时限 2025年: equal", "2025年")
mnf("deadline-later-than-baseline", ln("→ 2024年底前", after="● 电子政务外网扩容"), "task 47 政务外网扩容, 完成时限 2024年: equal", "2024年底前")
mnf("deadline-later-than-baseline", ln("→ 2024年9月底前"), "task 50 专网整合迁移, 完成时限 2024年: within the year", "2024年9月底前")
mnf("deadline-later-than-baseline", ln("→ 2025年", after="● 视频一张网"), "task 49 视频共享平台/视频一张网, 完成时限 2025年: equal", "2025年")
mnf("deadline-later-than-baseline", ln("→ 2024年底前", after="● 公共数据开放"), "task 41 公共数据开放目录, 完成时限 2024年: equal", "2024年底前")
mnf("deadline-later-than-baseline", ln("→ 2024年底前", after="● 社会信用"), "task 57 信用信息公共服务平台, 完成时限 2024年: equal", "2024年底前")
mnf("deadline-later-than-baseline", ln("→ 2025年", after="● 经济运行监测"), "task 66 经济运行大数据平台, 完成时限 2025年: equal", "2025年")
mnf("deadline-later-than-baseline", ln("→ 2024年底前", after="● 数字化追溯监管"), "task 71 全链条数字化追溯监管, 完成时限 2024年: equal", "2024年底前")
mnf("deadline-later-than-baseline", ln("→ 2024年底前", after="● “我的宁夏”应上尽上"), "task 86 我的宁夏 应上尽上, 完成时限 2024年: equal", "2024年底前")
mnf("deadline-later-than-baseline", ln("→ 2024年10月底前"), "task 89 企业专属网页/惠企政策, 完成时限 2024年: within the year", "2024年10月底前")
mnf("deadline-later-than-baseline", ln("→ 2025年", after="● 基层治理平台"), "task 83 新型基层管理服务平台, 完成时限 2025年: equal", "2025年")
mnf("deadline-later-than-baseline", ln("→ 2024年底前", after="● “雪亮工程”"), "task 79 雪亮工程, 完成时限 2024年: equal", "2024年底前")
mnf("deadline-later-than-baseline", ln("→ 2024年6月底前", after="县应急局牵头"), "task 80 智慧应急, 完成时限 2024年: earlier in the year", "2024年6月底前")
mnf("deadline-later-than-baseline", ln("→ 2024年", after="● 生态环境数据共享"), "task 94 生态环境数据资源中心/交换体系, 完成时限 2024年: equal", "2024年")
mnf("deadline-later-than-baseline", ln("→ 2024年底前", after="● 数字治水"), "task 96 数字治水, 完成时限 2025年: earlier", "2024年底前")
mnf("deadline-later-than-baseline", ln("→ 2024年", after="● “宁政通”深化应用"), "task 105 宁政通, 完成时限 2024年: equal", "2024年")
mnf("deadline-later-than-baseline", ln("→ 2025年", after="● 填表报数减负"), "task 106 填表报数系统, 完成时限 2025年: equal", "2025年")
mnf("deadline-later-than-baseline", ln("→ 2024年底前", after="● 视频会议系统整合"), "task 107 视频会议平台, 完成时限 2025年: earlier", "2024年底前")
mnf("deadline-later-than-baseline", ln("→ 2024年", after="● 政务公开平台"), "task 112 政务公开信息化平台, 完成时限 2024年: equal", "2024年")
mnf("deadline-later-than-baseline", ln("→ 2025年", after="● 非税收入收缴电子化"), "task 56 非税收入收缴电子化, 完成时限 2025年: equal", "2025年")
mnf("deadline-later-than-baseline", ln("→ 2025年", after="● 试点示范"), "task 28 试点示范, 完成时限 2023年启动，2025年取得明显成效: equal", "2025年")
mnf("deadline-later-than-baseline", ln("→ 长期坚持", after="● 网络安全"), "task 18 安全技术保障/应急演练, 完成时限 2023年形成机制，长期坚持: ongoing, no later milestone", "长期坚持")
mnf("deadline-later-than-baseline", ln("→ 长期坚持", after="● 干部数字素养"), "task 118 培训体系, 完成时限 2023年完成并长期坚持: ongoing", "长期坚持")
mnf("deadline-later-than-baseline", ln("→ 长期坚持", after="年度重点任务考核指标"), "task 121 考核指标/以奖代补, 完成时限 长期坚持: equal", "长期坚持")
mnf("unknown-unit", ln("县农业农村局牵头，各乡镇人民政府具体负责"), "各乡镇人民政府 is a collective subject", "各乡镇人民政府")
mnf("unknown-unit", ln("县大数据服务中心牵头，县直各部门（单位）配合", after="● 电子政务外网扩容"), "县直各部门（单位） is a collective; 县大数据服务中心 is in units.txt", "县直各部门（单位）")
mnf("unknown-unit", ln("各村（社区）配合"), "各村（社区） and 各乡镇人民政府 are collectives; 县委政法委 in units.txt", "各村（社区）")
mnf("unknown-unit", ln("→ 自治区政府办公厅牵头，县直有关部门具体负责"), "县直有关部门 is a collective (county analogue of 市直有关部门); only 自治区政府办公厅 on this line is wrong", "县直有关部门")
mnf("unknown-unit", ln("县工信和商务局牵头"), "short name of 县工业信息化和商务局 listed in units.txt", "县工信和商务局")
mnf("unknown-unit", ln("县审批局牵头"), "short name of 县审批服务管理局 listed in units.txt", "县审批局")
mnf("unknown-unit", ln("县市场监管局牵头"), "short name of 县市场监督管理局; 县农业农村局, 县卫健局 (short name) in units.txt", "县市场监管局")
mnf("unknown-unit", ln("县应急局牵头"), "short name of 县应急管理局 in units.txt", "县应急局")
mnf("unknown-unit", ln("银川市生态环境局贺兰分局负责"), "vertically managed branch listed in units.txt (county has no own 生态环境局)", "银川市生态环境局贺兰分局")
mnf("unknown-unit", ln("县发展改革局牵头，县统计局配合"), "correct canonical name of the county development and reform bureau", "县发展改革局")
mnf("unknown-unit", ln("贺兰工业园区管委会牵头"), "park committee listed in units.txt", "贺兰工业园区管委会")
mnf("unknown-unit", ln("县委党校配合"), "县委组织部 and 县委党校 are in units.txt", "县委党校")
mnf("unknown-unit", ln("县教体局、县卫健局、县民政局分别负责"), "short names listed in units.txt", "县教体局")
mnf("unknown-unit", ln("依托自治区政务数据平台申请共享接口"), "a regional platform used by the county, not a unit and not a lead", "自治区政务数据平台")
mnf("unknown-unit", ln("接入自治区统一视频共享平台"), "a regional platform the county connects to, not a unit", "自治区统一视频共享平台")
mnf("unknown-unit", ln("▪ 恳请协调自治区政务数据按需回流"), "a request to the level above in 需协调解决的事项, no unit assigned a task")
mnf("garbled-text", ln("● 领导小组"), "bullet marks ● → ▪ of the slide export are not damage", "●")
mnf("garbled-text", ln("2023年10月完成IPv6改造"), "Latin IPv6 inside Chinese text is not damage", "IPv6")
mnf("garbled-text", ln("→ 常态化安全防护和应急演练"), "clean line right after the damaged one", "常态化安全防护")

# ---------------- covers ----------------
cov(3, ln("建设贺兰工业园区数字化管理服务平台"))
cov(6, ln("→ 教育、医疗健康、养老服务数字化"))
cov(10, ln("→ 补齐乡村信息基础设施短板"))
cov(12, ln("配合培育数据要素市场"))
cov(18, ln("→ 常态化安全防护和应急演练"))
cov(24, ln("2023年建立县政务信息化项目会商"))
cov(28, ln("围绕重点领域申报自治区数字政府建设试点"))
cov(30, ln("2023年11月完成全县编目"))
cov(41, ln("编制县级公共数据开放目录及责任清单"))
cov(47, ln("→ 骨干线路升级，扩大互联网出口带宽"))
cov(48, ln("→ 推进县、乡、村全覆盖"))
cov(49, ln("接入自治区统一视频共享平台"))
cov(50, ln("→ 非涉密业务专网向电子政务外网整合迁移"))
cov(54, ln("● 电子文件归档"))
cov(56, ln("● 非税收入收缴电子化"))
cov(57, ln("信用信息归集共享"))
cov(64, ln("2023年9月调整充实"))
cov(66, ln("对接宁夏经济运行大数据平台"))
cov(71, ln("食品药品、特种设备全链条追溯"))
cov(79, ln("● “雪亮工程”"))
cov(80, ln("县应急局牵头") - 1)
cov(83, ln("● 基层治理平台"))
cov(85, ln("● “免证办”"))
cov(86, ln("● “我的宁夏”应上尽上"))
cov(89, ln("● 企业专属网页、惠企政策直达"))
cov(93, ln("● 适老化与信息无障碍改造"))
cov(94, ln("● 生态环境数据共享"))
cov(96, ln("“互联网+城乡供水”、智慧灌区数字化"))
cov(105, ln("● “宁政通”深化应用"))
cov(106, ln("→ 基层填表报数工作量压减"))
cov(107, ln("● 视频会议系统整合"))
cov(112, ln("● 政务公开平台"))
cov(116, ln("纳入“一把手工程”"))
cov(118, ln("● 干部数字素养"))
cov(121, ln("年度重点任务考核指标，以奖代补"))
cov(122, ln("数字政府建设纳入县效能目标管理考核"))

key = {
  "writer": "blind writer, round 326; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": datetime.date.today().isoformat(),
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": E,
  "mustNotFlag": M,
  "covers": C,
  "notes": ("Text of 贺兰县 (银川市) slides '数字政府建设推进情况汇报', 2024-03, as exported from a presentation: one line per "
            "slide title/bullet, figures on their own lines. No parent plan: 贺兰县 belongs to 银川市, whose plan is not in the seeds; "
            "checked against ningxia-2023 only. Slides 3-8 are past results (2023 dates, before the plan year, are not deadlines); "
            "slides 10-18 are next steps with body and date on separate '→' lines under each '●' bullet: the deadline of a bullet is "
            "the last '→' line of that bullet. All six mistakes are in the next-steps slides. A slide summary does not take up every "
            "county task; task-uncovered information is not annotated.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(M), len(C))
for e in E: print(e['rule'], e['line'], lines[e['line']-1])
