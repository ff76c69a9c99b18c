# Helper kept in the case folder: builds key.json with line numbers looked up in draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(sub, start=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
def row(n):  # table row n
    return ln('', start=f'{n}\t')

expect = [
  {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the digits are transposed (line 91 cites it correctly)"},
  {"rule": "unknown-unit", "line": ln('区信息办'), "text": "区信息办",
   "why": "not in units.txt (an old name); the district body doing this work is 区大数据服务中心, which the matching table row 7 names"},
  {"rule": "garbled-text", "line": ln('寤虹珛鏀垮姟'), "text": "寤虹珛鏀垮姟鏁版嵁",
   "why": "UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立政务数据属地返还机制"},
  {"rule": "deadline-later-than-baseline", "line": row(13), "text": "2025年底前",
   "why": "task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年 (task 47, 外网升级改造, also 2024年); the body (line 46) and the goal (line 14) say 2024年底"},
  {"rule": "deadline-invalid", "line": row(27), "text": "20244年",
   "why": "impossible year (double keystroke for 2024年); the body (line 69) says 2024年9月底前 for task 86 (完成时限 2024年)"},
  {"rule": "task-uncovered", "line": 0, "task": 93,
   "why": "适老化与信息无障碍建设, 自治区各部门(单位)及各市、县(区)按照职能分别负责, 2024年; deliberately left out (no 适老化/无障碍/老年人/残疾人 anywhere)"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

m("basis-mismatch", 1, "the notice names the plan it issues (the draft itself), not a basis document", "《金凤区加强数字政府建设实施方案》")
m("basis-mismatch", 2, "the notice's own 文号, not a citation", "金政办发〔2024〕12号")
m("basis-mismatch", ln('国发〔2022〕14号'), "correct: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号", "国发〔2022〕14号")
m("basis-mismatch", ln('宁政办发〔2023〕11号'), "same citation as the real 吴忠 plan: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号")
m("basis-mismatch", ln('《银川市关于加强数字政府建设的实施方案》'), "the city plan is cited by title alone, as a county/district normally does (DOMAIN: a city plan may have no 文号)", "《银川市关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention in the background paragraph (2020年以来…), not a basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('宁政发〔2023〕17号'), "correct 文号 for the regional 实施意见", "宁政发〔2023〕17号")
m("deadline-invalid", ln('截至2023年底'), "past date in the background (situation at the end of 2023), not a deadline", "2023年底")
m("deadline-invalid", 6, "the notice's issue date", "2024年3月15日")
m("deadline-later-than-baseline", ln('到2024年底，电子政务外网'), "district goal: 外网 full coverage 2024 = task 48 (2024年); 迁移上云 2024 = task 46 (2024年); 填表报数 减负 by 2024 is earlier than task 106 (2025年)", "2024年底")
m("deadline-later-than-baseline", ln('到2025年，全区数字政府建设与自治区'), "equal to the regional goal 到2025年 (34567 框架全面成型)", "2025年")
m("deadline-later-than-baseline", ln('到2035年'), "equal to the regional goal 到2035年", "2035年")
m("deadline-later-than-baseline", ln('1．推进智慧园区建设'), "task 3 完成时限 持续推进，2025年取得明显成效; copied, equal", "2025年")
m("deadline-later-than-baseline", ln('2．完善数字经济治理'), "task 5 完成时限 持续推进，2025年取得明显成效; 2025年 equal", "2025年")
m("deadline-later-than-baseline", ln('3．推动数字化服务普惠应用'), "task 6 完成时限 持续推进，2025年取得明显成效; equal", "2025年")
m("deadline-later-than-baseline", ln('4．配合推进智慧城市建设'), "task 9 完成时限 持续推进，2025年取得明显成效; equal", "2025年")
m("deadline-later-than-baseline", ln('5．推进数字乡村建设'), "task 10 完成时限 持续推进，2025年取得明显成效; the 2024 pilot milestone is extra and the completing milestone 2025 is equal", "2025年")
m("deadline-invalid", ln('9．提升安全防护能力'), "task 18 完成时限 2023年形成机制，长期坚持 copied verbatim; a copied regional deadline that lies before the plan's year", "2023年")
m("deadline-invalid", row(6), "same copied regional deadline of task 18 (2023年形成机制，长期坚持) in the table", "2023年")
m("deadline-later-than-baseline", ln('10．推进政务信息系统迁移上云'), "tasks 43 (2024年建成，持续推进), 46 (2024年) and 19 (2023年启动，2024年建成); 2024年底前 equal", "2024年底前")
m("deadline-later-than-baseline", ln('12．强化审管协同'), "task 22 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", ln('14．开展试点示范'), "task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (only the start is a year later)", "2025年")
m("deadline-later-than-baseline", ln('19．提升网络支撑能力'), "tasks 47, 48, 50 完成时限 2024年; 2024年底前 equal", "2024年底前")
m("deadline-later-than-baseline", ln('23．健全组织机构'), "task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(17), "task 64 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", ln('34．实施“互联网+基层治理”行动'), "task 83 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", ln('36．做强“我的宁夏”金凤专区'), "task 86 完成时限 2024年; 2024年9月底前 is earlier", "2024年9月底前")
m("deadline-later-than-baseline", ln('37．提升12345热线服务效能'), "task 87 完成时限 2023年启动，2025年完成; 2024年 is earlier", "2024年")
m("deadline-later-than-baseline", ln('45．推进基层减负增效'), "task 106 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", ln('46．统筹视频会议资源'), "task 107 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", ln('20．推广电子证照社会化应用'), "task 52 完成时限 2025年; equal", "2025年")
m("deadline-invalid", ln('（五）强化调度报送'), "the office's own reporting dates (quarterly progress, 2024年12月10日 annual summary), not task deadlines", "2024年12月10日")
m("unknown-unit", ln('3．推动数字化服务普惠应用'), "the 区 prefix distributes: 区卫健局, 区民政局, 区人社局, 区文旅体育局 are short names in units.txt", "卫健局")
m("unknown-unit", ln('13．规范政务信息化项目管理'), "the 区 prefix distributes: 区财政局", "财政局")
m("unknown-unit", ln('29．加强重点领域数字化追溯监管'), "the 区 prefix distributes: 区农水局, 区卫健局 (short names in units.txt)", "农水局")
m("unknown-unit", ln('38．优化涉企服务'), "the 区 prefix distributes: 区审批局 (short name of 区审批服务管理局)", "审批局")
m("unknown-unit", ln('5．推进数字乡村建设'), "丰登镇, 良田镇 are short names of the town governments listed in units.txt", "丰登镇")
m("unknown-unit", ln('2．完善数字经济治理'), "区公安分局 is the short name of 银川市公安局金凤区分局 in units.txt", "区公安分局")
m("unknown-unit", ln('18．加强电子公文和电子档案管理'), "区委办 and 区政府办 are short names in units.txt", "区委办")
m("unknown-unit", ln('16．深化数据共享和回流利用'), "自治区政府办公厅 is a regional unit mentioned as the body to liaise with, not named as the lead of a local task (the lead is 区大数据服务中心)", "自治区政府办公厅")
m("unknown-unit", ln('34．实施“互联网+基层治理”行动'), "collective subjects", "各街道办事处、各镇人民政府")
m("unknown-unit", ln('24．厘清层级职责'), "collective subjects", "各村（社区）")
m("unknown-unit", ln('8．压实安全管理责任'), "collective subjects", "区直各部门（单位）")
m("unknown-unit", ln('10．推进政务信息系统迁移上云'), "collective subject (the unknown unit on this line is 区信息办 only)", "区直有关部门")
m("unknown-unit", 3, "collective addressees of the notice", "各镇人民政府、各街道办事处")
m("unknown-unit", ln('（一）加强组织领导'), "区委, 区政府 are listed in units.txt (narrative, not a responsibility note)", "区委、区政府")

covers = []
def c(task, sub=None, line=None):
    covers.append({"task": task, "line": line if line else ln(sub)})
c(3, '1．推进智慧园区建设'); c(5, '2．完善数字经济治理'); c(6, '3．推动数字化服务普惠应用')
c(9, '4．配合推进智慧城市建设'); c(10, '5．推进数字乡村建设'); c(12, '6．培育数据要素市场主体')
c(14, '8．压实安全管理责任'); c(15, '8．压实安全管理责任'); c(18, '9．提升安全防护能力')
c(43, '10．推进政务信息系统迁移上云'); c(46, '10．推进政务信息系统迁移上云')
c(21, '11．推动行政权力事项网上运行'); c(22, '12．强化审管协同'); c(24, '13．规范政务信息化项目管理')
c(28, '14．开展试点示范'); c(30, '15．摸清政务数据资源底数'); c(32, '15．摸清政务数据资源底数')
c(36, '16．深化数据共享和回流利用'); c(41, '17．推进公共数据开放利用'); c(42, '17．推进公共数据开放利用')
c(40, '18．加强电子公文和电子档案管理'); c(54, '18．加强电子公文和电子档案管理')
c(47, '19．提升网络支撑能力'); c(48, '19．提升网络支撑能力'); c(50, '19．提升网络支撑能力')
c(52, '20．推广电子证照社会化应用'); c(56, '21．推进非税收入收缴电子化'); c(49, '22．融入全区“视频一张网”')
c(64, '23．健全组织机构'); c(65, '26．加强经济数据汇聚分析'); c(66, '27．强化经济运行监测')
c(70, '28．推进信用风险分类监管'); c(71, '29．加强重点领域数字化追溯监管'); c(73, '30．推动协同监管')
c(77, '31．完善矛盾纠纷多元化解'); c(79, '32．深化“雪亮工程”应用'); c(80, '33．推进“智慧应急”建设')
c(83, '34．实施“互联网+基层治理”行动'); c(84, '35．提升“一网通办”服务能力'); c(86, '36．做强“我的宁夏”金凤专区')
c(87, '37．提升12345热线服务效能'); c(88, '38．优化涉企服务'); c(89, '38．优化涉企服务')
c(92, '39．推进“多卡合一”“多码合一”'); c(94, '40．加强生态环境数字化监测'); c(96, '41．推进数字治水')
c(102, '42．推动绿色低碳转型'); c(103, '43．提升辅助决策能力'); c(104, '44．推广协同办公和“宁政通”')
c(105, '44．推广协同办公和“宁政通”'); c(106, '45．推进基层减负增效'); c(107, '46．统筹视频会议资源')
c(111, '47．提升机关事务管理水平'); c(112, '48．完善政务公开平台'); c(114, '49．构建政务新媒体矩阵')
c(115, '50．畅通政民互动渠道'); c(116, '（一）加强组织领导'); c(25, '（二）强化资金保障')
c(118, '（三）提升数字素养'); c(122, '（四）强化考核评价'); c(123, '（四）强化考核评价'); c(124, '（四）强化考核评价')

key = {
  "writer": "blind writer, round 786; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
  "notes": ("银川市金凤区 2024 district plan (notice dated 2024-03-15) implementing 宁政发〔2023〕17号; no parent plan is supplied. "
            "Framework: 三个驱动 (二), 四大支撑 (三), 一套体系 = 五个一/六级贯通 made local (四), 七个能力 (五), 党的领导 items as 保障措施 (六: 组织领导, 资金保障, 数字素养, 考核评价). "
            "Table (lines 97-133) is tab-separated; its note on line 96 says the first-listed unit leads. "
            "Body inline notes and table rows state the same deadlines except the two planted rows (13 and 27). "
            "Only task 93 is a deliberate omission; other regional tasks not taken up are regional-only or simply outside this draft and are information-level."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
