# Builds key.json and checks every line number against draft.txt (1-based).
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines[-1] == '':
    lines = lines[:-1]

def L(text, nth=1):
    hits = [i + 1 for i, l in enumerate(lines) if text in l]
    assert len(hits) >= nth, (text, hits)
    return hits[nth - 1]

def only(text):
    hits = [i + 1 for i, l in enumerate(lines) if text in l]
    assert len(hits) == 1, (text, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": L("（宁政办发〔2020〕14号）和吴忠市"), "text": "宁政办发〔2020〕14号",
     "why": "the preamble (根据…) cites the superseded 2020 工作要点 (宁政办发〔2020〕14号, framework 八个全区一体化体系) as a current basis next to 宁政发〔2023〕17号; the annex itself says this document is for reference only and is not a basis"},
    {"rule": "basis-mismatch", "line": only("《国务院关于加快推进数字政府建设的指导意见》"), "text": "国务院关于加快推进数字政府建设的指导意见",
     "why": "wrong title: 国发〔2022〕14号 is 《国务院关于加强数字政府建设的指导意见》 (加强, not 加快推进); the preamble on line 9 has it right"},
    {"rule": "basis-mismatch", "line": only("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "the 实施意见 of 2023-05-16 is 宁政发〔2023〕17号 (a 自治区人民政府 document), not 宁政办发 (an office number); the preamble on line 9 has it right"},
    {"rule": "deadline-later-than-baseline", "line": only("完成时限：2025年底"), "text": "2025年底",
     "why": "城域网升级改造 and 县、乡、村 外网全覆盖 is task 48 (完成时限 2024年; the same row also carries task 47, 外网扩容升级, 2024年, and task 50, 专网整合迁移, 2024年); 2025年底 is a year later"},
    {"rule": "deadline-invalid", "line": only("2025年6月31日"), "text": "2025年6月31日",
     "why": "impossible date: June has 30 days (task 106 填表报数 压减50%, 完成时限 2025年, so the year itself is not late)"},
    {"rule": "unknown-unit", "line": only("县发展改革委"), "text": "县发展改革委",
     "why": "the county has no 发展改革委: units.txt lists 县发展和改革局 (= 县发改局, 县发展改革局); 县发展改革委 is the city/region naming copied by mistake, and it is named as the lead"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# basis near misses
m("basis-mismatch", only("盐政发〔2024〕23号"), "the plan's own 文号, not a cited basis document", "盐政发〔2024〕23号")
m("basis-mismatch", only("2020年以来，我县按照"), "retrospective mention in 发展基础 of what the county did under the 2020 工作要点 since 2020; not cited as a basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", only("2023年5月，自治区人民政府印发"), "background mention of the region's 实施意见 and the city plan by title, with correct issuers, no 文号 needed", "《关于加强数字政府建设的实施意见》")
m("basis-mismatch", only("宁党办〔2023〕32号"), "a document on another subject (生态保护补偿) cited with its own correct 文号 and title, as printed in the same gazette issue (宁党办〔2023〕32号, 2023-05-12)", "宁党办〔2023〕32号")
m("basis-mismatch", only("《数字中国建设整体布局规划》"), "中共中央、国务院 plan published without a 文号; 文号：无 is correct", "数字中国建设整体布局规划")
m("basis-mismatch", only("国发〔2021〕29号"), "another subject (“十四五”数字经济发展规划), correct 文号", "国发〔2021〕29号")
m("basis-mismatch", only("国办函〔2022〕102号"), "全国一体化政务大数据体系建设指南, correct 文号 (the region's task 29 cites the same 指南)", "国办函〔2022〕102号")
m("basis-mismatch", only("国办发〔2022〕3号"), "correct 文号; its real title contains 加快推进 (电子证照扩大应用领域), which is not the 国发〔2022〕14号 title slip", "国办发〔2022〕3号")
m("basis-mismatch", only("国发〔2024〕3号"), "another subject (高效办成一件事), correct 文号, issued 2024-01-16 before this plan", "国发〔2024〕3号")
m("basis-mismatch", only("主席令第84号"), "a law cited with its 主席令 number, not a 〔〕 文号; correct", "中华人民共和国主席令第84号")
m("basis-mismatch", only("宁政办发〔2023〕11号"), "数字宁夏“1244+N”行动计划实施方案, the same 文号 the parent 吴忠 plan cites; correct", "宁政办发〔2023〕11号")
m("basis-mismatch", only("10．吴忠市人民政府"), "the parent plan listed with 文号：无 (the city plan has no 文号) and its real date 2023年11月27日", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", only("《吴忠市数字政府建设重点任务清单》"), "附件2 of the parent plan, listed as such; correct", "吴忠市数字政府建设重点任务清单")
m("basis-mismatch", only("国发〔2018〕27号"), "older national document kept under 参考文件, explicitly not a basis; its real title does say 加快推进 (全国一体化在线政务服务平台建设), and 国发〔2018〕27号 is correct", "国发〔2018〕27号")
m("basis-mismatch", only("13．《宁夏回族自治区2020年"), "the 2020 工作要点 listed under 参考文件 (仅供对照参考，不作为本方案的制定依据) with its correct 文号, issuer and date; only its citation in the preamble (line 9) is the mistake", "宁政办发〔2020〕14号")
# date near misses (deadline-invalid)
m("deadline-invalid", only("2024年3月28日"), "the plan's own issue date", "2024年3月28日")
m("deadline-invalid", only("截至2023年底"), "past dates in the 发展基础 background (2020年以来, 2023年5月, 2023年11月, 截至2023年底), not deadlines", "截至2023年底")
m("deadline-invalid", only("印发日期：2023年5月16日"), "issue date of the region's 实施意见, equal to the region's own date; a date in the basis list, not a deadline", "2023年5月16日")
m("deadline-invalid", only("10．吴忠市人民政府"), "issue date of the city plan, equal to the city's date 2023-11-27; not a deadline", "2023年11月27日")
m("deadline-invalid", only("11．《吴忠市"), "issue date of the city task list, equal to the city's date; not a deadline", "2023年11月27日")
m("deadline-invalid", only("国发〔2018〕27号"), "issue date of an older reference document", "2018年7月25日")
m("deadline-invalid", only("13．《宁夏回族自治区2020年"), "issue date of the 2020 工作要点 (2020-03-30), listed for reference", "2020年3月30日")
m("deadline-invalid", only("宁政办发〔2023〕11号"), "issue year of a basis document (year only), not a deadline", "2023年")
m("deadline-invalid", only("国发〔2022〕14号；印发日期"), "issue date of the national 指导意见", "2022年6月6日")
# deadline near misses (later-than-baseline)
m("deadline-later-than-baseline", only("到2024年底，全县政务服务"), "2024年底 goals: 网上办掌上办就近办一次办 = task 84 (2024年), 适老化与信息无障碍 = task 93 (2024年), 宁政通 向村延伸 = task 105 (2024年); all equal", "2024年底")
m("deadline-later-than-baseline", only("到2025年，全县数字政府建设"), "equal to the region's and the city's 主要目标 (到2025年 “34567”/“1347” 体系框架全面成型)", "2025年")
m("deadline-later-than-baseline", only("到2035年"), "equal to the region's and the city's 2035 goal", "2035年")
m("deadline-later-than-baseline", only("完成时限：2024年6月底"), "task 64 (各市、县（区） 成立相应组织机构) is due 2025年; 2024年6月底 is earlier", "2024年6月底")
m("deadline-later-than-baseline", only("每季度末月25日前"), "the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines")
m("deadline-later-than-baseline", only("有效期至2025年12月31日"), "validity period of the plan, not a task deadline; within the region's 2023–2025 span", "2025年12月31日")
m("deadline-later-than-baseline", only("推进“智慧园区”建设"), "task 3: 持续推进，2025年取得明显成效; copied equal", "2025年取得明显成效")
m("deadline-later-than-baseline", only("深化教育和医疗数字化"), "tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效); 2025年 equal", "2025年")
m("deadline-later-than-baseline", only("推进县城智慧化建设"), "task 9: 持续推进，2025年取得明显成效; 2025年 equal", "2025年")
m("deadline-later-than-baseline", only("配合推进“数字供销”建设"), "task 11: 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal", "2025年取得明显成效")
m("deadline-later-than-baseline", only("提升安全防护能力"), "task 18: 2023年形成机制，长期坚持; 长期坚持 is not later", "长期坚持")
m("deadline-later-than-baseline", only("推动行政权力网上运行"), "task 21: 2024年; equal", "2024年底")
m("deadline-later-than-baseline", only("开展试点示范"), "task 28: 2023年启动，2025年取得明显成效; equal", "2025年取得明显成效")
m("deadline-later-than-baseline", only("强化政务云支撑"), "task 46 (系统有序迁移) is due 2024年 (task 43: 2024年建成，持续推进); 2024年9月底前 is earlier", "2024年9月底")
m("deadline-later-than-baseline", only("整合视频资源"), "task 49: 2025年; equal", "2025年")
m("deadline-later-than-baseline", only("推进非税收入收缴电子化"), "task 56: 2025年; equal", "2025年")
m("deadline-later-than-baseline", only("提高自然资源利用效率"), "tasks 96 (2025年, earlier) and 98 (2024年, equal)", "2024年")
m("deadline-later-than-baseline", only("提升基层治理能力"), "task 83: 2025年; equal", "2025年")
m("deadline-later-than-baseline", only("改进机关事务管理"), "tasks 107 and 111: 2025年; equal", "2025年")
m("deadline-later-than-baseline", only("（三）提升数字素养"), "task 118: 2023年完成并长期坚持; 长期坚持 is not later (also task 116 on line " + str(only("（一）加强组织领导")) + ")", "长期坚持")
# unit near misses
m("unknown-unit", only("各乡镇人民政府，县直各部门（单位）："), "collective addressees (各乡镇人民政府, 县直各部门（单位）)", "各乡镇人民政府")
m("unknown-unit", only("推动公共服务数字化"), "县人社局 is a short name in units.txt for 县人力资源和社会保障局", "县人社局")
m("unknown-unit", L("县发改局、县委网信办分别负责"), "县发改局 is a short name in units.txt for 县发展和改革局 (also line " + str(only("完善信用信息共享")) + ")", "县发改局")
m("unknown-unit", only("推动行政权力网上运行"), "县审批局 is a short name in units.txt for 县审批服务管理局; 县直有关部门 is a collective", "县审批局")
m("unknown-unit", only("县发展和改革局、统计局"), "the prefix 县 distributes: 统计局 = 县统计局; 县工信商务局 is a short name of 县工业信息化和商务局", "统计局")
m("unknown-unit", only("县委组织部、宣传部"), "the prefix 县委 distributes: 宣传部 = 县委宣传部 (same pattern as the region's task 120); 县委党校 is listed", "宣传部")
m("unknown-unit", only("提升基层治理能力"), "各村（社区） and 各乡镇人民政府 are collectives", "各村（社区）")
m("unknown-unit", only("推进“智慧园区”建设"), "吴忠市生态环境局盐池分局 is listed in units.txt (the city bureau's county branch)", "吴忠市生态环境局盐池分局")
m("unknown-unit", only("强化安全管理责任"), "县直各部门（单位） and 各乡镇人民政府 are collectives", "县直各部门（单位）")
m("unknown-unit", only("完善数字经济治理"), "自治区有关部门 appears in the sentence as the body the county cooperates with, not as a lead of a local task; the 责任单位 are county units", "自治区有关部门")
m("unknown-unit", only("7．《中华人民共和国数据安全法》"), "issuers in the basis list (国务院, 国务院办公厅, 中共中央、国务院, 全国人民代表大会常务委员会, 自治区人民政府, 自治区人民政府办公厅, 吴忠市人民政府) are 发文机关, not responsible units", "全国人民代表大会常务委员会")
m("unknown-unit", only("提升应急保障能力"), "县消防救援大队 is listed in units.txt", "县消防救援大队")

C = []
def c(task, text):
    C.append({"task": task, "line": only(text)})
c(64, "（一）健全组织机构")
c(3, "推进“智慧园区”建设")
c(5, "完善数字经济治理")
c(6, "推动公共服务数字化")
c(7, "深化教育和医疗数字化")
c(8, "深化教育和医疗数字化")
c(9, "推进县城智慧化建设")
c(10, "推进数字乡村建设")
c(11, "配合推进“数字供销”建设")
c(12, "配合自治区培育数据要素市场")
c(14, "强化安全管理责任")
c(15, "强化安全管理责任")
c(18, "提升安全防护能力")
c(21, "推动行政权力网上运行")
c(24, "创新项目管理机制")
c(28, "开展试点示范")
c(30, "健全数据管理机制")
c(32, "健全数据管理机制")
c(36, "健全数据管理机制")
c(34, "推进数据汇聚共享")
c(42, "推进数据汇聚共享")
c(40, "规范电子公文管理")
c(54, "规范电子公文管理")
c(46, "强化政务云支撑")
c(47, "提升网络支撑能力")
c(48, "提升网络支撑能力")
c(50, "提升网络支撑能力")
c(49, "整合视频资源")
c(56, "推进非税收入收缴电子化")
c(57, "完善信用信息共享")
c(66, "（一）提升科学精准的经济调节能力")
c(71, "（二）提升综合高效的市场监管能力")
c(74, "（二）提升综合高效的市场监管能力")
c(77, "提升矛盾化解能力")
c(79, "提升治安防控能力")
c(80, "提升应急保障能力")
c(83, "提升基层治理能力")
c(84, "打造泛在可及的服务体系")
c(86, "打造泛在可及的服务体系")
c(89, "提供优质便利的涉企服务")
c(90, "拓展公平普惠的民生服务")
c(93, "拓展公平普惠的民生服务")
c(94, "加强生态环境数字化监测")
c(96, "提高自然资源利用效率")
c(98, "提高自然资源利用效率")
c(102, "推动绿色低碳转型")
c(104, "提升行政执行能力")
c(105, "提升行政执行能力")
c(106, "推动基层减负")
c(107, "改进机关事务管理")
c(111, "改进机关事务管理")
c(112, "完善县政府网站和政务公开专栏")
c(114, "完善县政府网站和政务公开专栏")
c(116, "（一）加强组织领导")
c(25, "（二）加强资金保障")
c(118, "（三）提升数字素养")
c(122, "（四）强化考核评价")
c(123, "（四）强化考核评价")
c(124, "（四）强化考核评价")

# sanity: every text is on its line
for e in expect + M:
    if e.get("text"):
        assert e["text"] in lines[e["line"] - 1], e

key = {
    "writer": "blind writer, round 416; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("County plan of 盐池县 (吴忠市), 2024, with an annex 政策依据清单 (lines %d-%d) in groups 国家层面 / 自治区层面 / 吴忠市层面 / 参考文件. "
              "Three basis mistakes: the superseded 2020 工作要点 cited as a basis in the preamble (it is legitimately listed under 参考文件 and recalled in the background), "
              "a wrong title for 国发〔2022〕14号 in the annex, and a wrong 文号 (宁政办发 for 宁政发) for the 实施意见 in the annex. "
              "Tasks whose regional deadline is 2023 carry no county deadline (or 长期坚持) on purpose. "
              "The national documents 3-7 and 12 are real, with the 文号 and dates as the writer knows them; the writer did not know the exact date of 宁政办发〔2023〕11号 and gave the year only. "
              "Line 9 also cites 国发〔2022〕14号, 宁政发〔2023〕17号 and the city plan (by title, no 文号) correctly; they are left out of mustNotFlag only because line 9 carries a planted basis-mismatch. "
              "The county units registry units.txt is the writer's own; 县发展改革委 is deliberately absent.") % (lines.index("附件") + 1, len(lines)),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(C), len(lines))
