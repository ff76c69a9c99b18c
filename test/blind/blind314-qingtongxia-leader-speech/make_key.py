# helper: builds key.json with line numbers found in the final draft.txt (1-based)
import json, datetime
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '': lines = lines[:-1]

def L(*subs):
    hits = [i for i, l in enumerate(lines, 1) if all(s in l for s in subs)]
    assert len(hits) == 1, (subs, hits)
    return hits[0]

def chk(line, text):
    assert text in lines[line-1], (line, text)
    return line

expect = [
  {"rule": "basis-mismatch", "line": L("宁政办发〔2020〕14号", "实施意见"), "text": "宁政办发〔2020〕14号",
   "why": "《关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发〔2020〕14号 is the superseded 2020年“数字政府”建设工作要点 (slip copied from the retrospective line)"},
  {"rule": "basis-mismatch", "line": L("关于加快推进数字政府建设的实施方案"), "text": "关于加快推进数字政府建设的实施方案",
   "why": "the 吴忠 parent plan (2023-11-27) is titled 《关于加强数字政府建设的实施方案》; 加快推进 for 加强 is a wrong title (the correct title is cited on the 去年11月 line)"},
  {"rule": "deadline-later-than-baseline", "line": L("2025年6月底前", "适老化"), "text": "2025年6月底前",
   "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年"},
  {"rule": "deadline-later-than-baseline", "line": L("2025年3月底前", "宁政通"), "text": "2025年3月底前",
   "why": "task 105 (“宁政通”移动办公“总门户”，覆盖区市县乡村五级党政机关的一体化办公体系), 完成时限 2024年"},
  {"rule": "unknown-unit", "line": L("市大数据局牵头"), "text": "市大数据局",
   "why": "青铜峡市 has no 大数据局 (units.txt: the work sits with 市数字政府建设领导小组办公室 in 市人民政府办公室); name borrowed from the 吴忠 city level; not in units.txt"},
  {"rule": "deadline-invalid", "line": L("9月31日"), "text": "9月31日",
   "why": "impossible date: September has 30 days (2024年9月31日); the year itself is not late (task 48/47 完成时限 2024年)"},
]

m = []
def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text); e["text"] = text
    e["why"] = why
    m.append(e)

nf("deadline-invalid", 3, "date of this meeting in the heading, not a deadline", "2024年3月26日")
nf("unknown-unit", 4, "salutation to the audience, not a body", "同志们")
nf("unknown-unit", L("杨帆局长"), "a person with his title (局长), not a responsible unit; his body 市审批服务管理局 is in units.txt", "杨帆局长")
nf("unknown-unit", L("市长张国庆同志"), "a person with title and 同志, not a unit", "张国庆同志")
nf("deadline-invalid", L("杨帆局长"), "past year in the work report (2023年全市…工作情况), background, not a deadline", "2023年")
nf("deadline-invalid", L("国发〔2022〕14号"), "date the national 指导意见 was issued, background", "2022年6月")
nf("basis-mismatch", L("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见 (title given without the 国务院 prefix because 国务院 is the subject of the sentence)", "国发〔2022〕14号")
nf("basis-mismatch", L("宁政办发〔2023〕11号"), "real document with this 文号, cited the same way in the 吴忠 parent plan; a supporting reference, not the baseline", "宁政办发〔2023〕11号")
nf("basis-mismatch", L("去年11月，吴忠市人民政府印发"), "correct title of the 吴忠 plan, cited by title only (it has no 文号)", "关于加强数字政府建设的实施方案")
nf("basis-mismatch", L("青铜峡市关于加强数字政府建设的实施方案"), "the city's own plan, mentioned as its own document, not a higher basis", "青铜峡市关于加强数字政府建设的实施方案")
nf("basis-mismatch", L("回头看"), "retrospective mention of the 2020 工作要点 with its correct 文号 (what was done in 2020), not cited as today's basis", "宁政办发〔2020〕14号")
nf("deadline-invalid", L("回头看"), "past year in the background (2020 work)", "2020年")
nf("deadline-invalid", L("去年4月18日"), "date of last year's meeting, background", "去年4月18日")
nf("deadline-invalid", L("2023年6月，调整充实"), "last year's result with its date, background", "2023年6月")
nf("unknown-unit", L("2023年6月，调整充实"), "collective subjects", "市直各部门（单位）")
nf("deadline-invalid", L("截至2023年11月底"), "last year's result with its date (外网三级全覆盖, 家底理清), background; also earlier than the region's 2023年底 goal and task 48's 2024", "2023年11月底")
nf("deadline-invalid", L("在自治区2023年度数字政府建设效能评估中"), "past evaluation year, background", "2023年度")
nf("unknown-unit", L("政府办、审批局的事"), "colloquial names inside a description of a problem, not responsible subjects; both are aliases in units.txt", "审批局")
nf("deadline-later-than-baseline", L("到2025年，全市数字政府建设体系框架全面成型"), "goal year equal to the region's 主要目标 (到2025年…“34567”体系框架全面成型) and to 吴忠's (到2025年…“1347”体系框架全面成型)", "到2025年")
nf("deadline-later-than-baseline", L("今年6月底前成立相应的数字政府建设工作机构"), "task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年; 2024年6月 is earlier", "今年6月底前")
nf("unknown-unit", L("吴忠市大数据管理服务局的沟通对接"), "bodies of 吴忠市 above the city, listed in units.txt; named as partners, not as leads of local tasks", "吴忠市大数据管理服务局")
nf("unknown-unit", L("吴忠市大数据管理服务局的沟通对接"), "body of 吴忠市, listed in units.txt", "吴忠市数字政府建设领导小组办公室")
nf("deadline-later-than-baseline", L("年底前提出清理意见"), "task 26 (制度规范), 完成时限 2024年; 年底前 = 2024年底, equal", "年底前")
nf("deadline-later-than-baseline", L("今年10月底前"), "task 41 (公共数据开放目录), 完成时限 2024年; 2024年10月 is earlier", "今年10月底前")
nf("deadline-later-than-baseline", L("全部部署到政务信创云"), "tasks 19 (2023年启动，2024年建成) / 43 (2024年建成，持续推进) / 46 (2024年); 今年底前 = 2024, equal", "今年底前")
nf("deadline-later-than-baseline", L("9月31日"), "task 48 / 47 完成时限 2024年; the year is equal (only the day is impossible)", "2024年9月31日")
nf("unknown-unit", L("9月31日"), "collective subject (the carriers as a group)", "各基础电信运营企业")
nf("deadline-later-than-baseline", L("电子文件归档功能改造"), "task 54 (电子文件归档), 完成时限 2024年; equal", "今年底前")
nf("deadline-later-than-baseline", L("全链条数字化追溯监管"), "task 71 (重点领域全链条数字化追溯监管), 完成时限 2024年; equal", "今年底前")
nf("unknown-unit", L("各承担监管职责的部门"), "collective subject", "各承担监管职责的部门")
nf("deadline-later-than-baseline", L("雪亮工程"), "task 79 (“雪亮工程”), 完成时限 2024年; equal", "今年底前")
nf("deadline-later-than-baseline", L("智慧应急"), "task 80 (“智慧应急”、公共安全领域应用), 完成时限 2024年; equal", "今年底前")
nf("deadline-later-than-baseline", L("互联网+基层治理”行动"), "task 83 (“互联网+基层治理”), 完成时限 2025年; equal", "2025年底前")
nf("deadline-later-than-baseline", L("我的宁夏”政务APP，实现"), "task 86 (“我的宁夏”应上尽上) / 84, 完成时限 2024年; equal", "今年底前")
nf("deadline-later-than-baseline", L("一呼即应"), "task 87 (12345“一呼即应”), 完成时限 2023年启动，2025年完成; equal", "2025年底前")
nf("unknown-unit", L("吴忠市生态环境局青铜峡分局"), "body of 吴忠市 stationed in the city (ecology bureaus are branches of the city bureau); listed in units.txt", "吴忠市生态环境局青铜峡分局")
nf("deadline-later-than-baseline", L("全域数字治水体系"), "task 96 (“互联网+城乡供水”, 数字治水), 完成时限 2025年; equal", "2025年底前")
nf("deadline-later-than-baseline", L("填表报数工作量压减50%"), "task 106 (填表报数压减50%以上), 完成时限 2025年; equal", "2025年底前")
nf("deadline-later-than-baseline", L("视频会议系统"), "task 107 (非涉密视频会议系统整合), 完成时限 2025年; 今年底前 (2024) is earlier", "今年底前")
nf("deadline-later-than-baseline", L("政务公开发布格局"), "task 112 (以网上发布为主的政务公开发布新格局), 完成时限 2024年; equal", "今年底前")
nf("unknown-unit", L("青铜峡工业园区管委会要加快"), "official short name of 宁夏青铜峡工业园区管理委员会 in units.txt", "青铜峡工业园区管委会")
nf("deadline-later-than-baseline", L("青铜峡工业园区管委会要加快"), "task 3 (“智慧园区”), 完成时限 持续推进，2025年取得明显成效; equal", "2025年底前")
nf("unknown-unit", L("配合吴忠市推进城市运行管理服务平台"), "吴忠市 as the city government that leads task 9 (各地级市牵头); the county cooperates, which matches the regional division of labour", "吴忠市")
nf("unknown-unit", L("一把手工程"), "titles (负责同志), not units", "主要负责同志")
nf("deadline-invalid", L("12月15日前报送年度工作总结"), "the office's own reporting dates (quarterly 25th, 12月15日), not task deadlines", "12月15日前")
nf("deadline-later-than-baseline", L("12月15日前报送年度工作总结"), "reporting dates of the office, not deadlines of a regional task (tasks 121/124 are 长期坚持)", "12月15日前")

covers = []
def cv(task, *subs): covers.append({"task": task, "line": L(*subs)})
cv(3, "智慧园区")
cv(7, "国家智慧教育平台")
cv(8, "互联网+医疗健康")
cv(9, "城市运行管理服务平台")
cv(10, "数字乡村建设")
cv(11, "数字供销")
cv(12, "数据要素市场")
cv(14, "谁主管谁负责")
cv(15, "安全评估和重大事件处置机制")
cv(18, "网络安全应急演练")
cv(19, "政务信创云")
cv(21, "行政权力事项网上运行")
cv(24, "政务信息化项目会商机制")
cv(25, "统筹利用现有资金渠道")
cv(26, "规范性文件中与数字政府建设不相适应")
cv(36, "供需对接清单")
cv(41, "公共数据开放目录")
cv(48, "城域网升级改造")
cv(50, "非涉密业务专网")
cv(54, "电子文件归档")
cv(64, "今年6月底前成立相应的数字政府建设工作机构")
cv(66, "宁夏经济运行大数据平台")
cv(70, "企业信用风险分类管理")
cv(71, "全链条数字化追溯监管")
cv(72, "互联网+监管”系统的对接")
cv(77, "矛盾纠纷多元化解信息系统")
cv(79, "雪亮工程")
cv(80, "智慧应急")
cv(83, "互联网+基层治理”行动")
cv(85, "免申即享")
cv(86, "我的宁夏”政务APP，实现")
cv(87, "一呼即应")
cv(93, "适老化")
cv(94, "生态环境大数据平台")
cv(96, "全域数字治水体系")
cv(97, "国土空间基础信息平台")
cv(104, "协同办公平台")
cv(105, "2025年3月底前")
cv(106, "填表报数工作量压减50%")
cv(107, "视频会议系统")
cv(111, "机关事务管理平台")
cv(112, "政务公开发布格局")
cv(114, "政务新媒体矩阵")
cv(115, "12345政务服务便民热线在回应群众诉求")
cv(116, "一把手工程")
cv(118, "宁夏干部教育培训网络学院")
cv(122, "效能目标管理考核")
cv(123, "综合考核评价的重要参考")
cv(124, "定期开展督促检查")

key = {
  "writer": "blind writer, round 314; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": datetime.date.today().isoformat(),
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": m,
  "covers": covers,
  "notes": ("A 2024 speech (讲话稿) of 青铜峡市's deputy mayor at the city's 数字政府建设推进会, not a 实施方案: spoken phrasing, "
            "一是…二是…, duties and deadlines given inline. '市' in the speech means 青铜峡市 (a county-level city under 吴忠市); "
            "bodies of 吴忠市 are always written with the 吴忠市 prefix and are listed in units.txt. Relative dates: 今年 = 2024, 去年 = 2023, "
            "年底前 = 2024年底. Tasks whose regional deadline is 2023 (14, 15, 17, 24, 25, 30, 31, 36, 72, 85, 116, 118, 124 …) are taken up "
            "without any date on purpose. Framework: the speech follows 吴忠's 1347 (一套体系 = 健全组织机构/厘清层级职责(六级贯通)/完善工作机制, "
            "then 四大支撑, 七种能力, 三个驱动, and the 党的领导 items 组织领导, 资金保障, 数字素养, 考核评价, 宣传引导). "
            "No task-uncovered entry is planted: no task was left out on purpose; a speech naturally does not take up every county task.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(m), len(covers), len(lines))
