# Writes key.json and checks that every entry's text occurs on its line of draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(sub, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) >= nth, (sub, hits)
    return hits[nth - 1]
def row(n):  # table row n
    return ln('%d\t' % n) if n > 9 else [i + 1 for i, l in enumerate(L) if l.startswith('%d\t' % n)][0]

expect = [
  {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document), not 宁政办发; the 文号 does not belong to the title"},
  {"rule": "deadline-later-than-baseline", "line": row(9), "text": "2025年底前",
   "why": "row 9 (城域网升级改造, 电子政务外网向乡镇、村延伸, 区乡村全覆盖) is task 48, 完成时限 2024年; the plan's own 主要目标 (line 15) even says 到2024年底"},
  {"rule": "deadline-invalid", "line": row(26), "text": "13月",
   "why": "2024年13月底前 is an impossible month (slip for 12月); row 26 is task 107 (视频会议平台), 完成时限 2025年, so the year itself is not late"},
  {"rule": "unknown-unit", "line": row(7), "text": "区数据局",
   "why": "not in units.txt; the district's data body is 区大数据服务中心 (line 22 and rows 8-10, 26)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
   "why": "no measure takes up 数字生态 (数据要素市场, 数据交易, 规范有序的政策环境, 网络生态); the word occurs only in the 指导思想's quotation of the region's aims (line 13) and in the slogan \"三个驱动\" (line 19); line 19 itself names only 数字经济、数字社会 as 牵引"},
  {"rule": "missing-pillar", "line": 0, "pillar": "经济调节",
   "why": "the 履职能力 part (lines 35-42) takes up 市场监管、社会治理、公共服务、生态环境保护、政务运行、政务公开 but nothing on 经济调节 (经济数据汇聚、经济运行监测、政策衔接); \"七个能力\" occurs only in the slogan on line 19"},
  {"rule": "task-uncovered", "line": 0, "task": 12, "why": "数据要素市场 (各市、县（区）配合) left out with the 数字生态 pillar"},
  {"rule": "task-uncovered", "line": 0, "task": 66, "why": "经济运行大数据平台 (各市、县（区）配合) left out with the 经济调节 pillar"},
  {"rule": "task-uncovered", "line": 0, "task": 67, "why": "规划综合管理信息平台 / 经济政策衔接 (各市、县（区）配合) left out with the 经济调节 pillar"},
]

def dl(line, text, why):
    return {"rule": "deadline-later-than-baseline", "line": line, "text": text, "why": why}
def uu(line, text, why):
    return {"rule": "unknown-unit", "line": line, "text": text, "why": why}
def mp(pillar, why):
    return {"rule": "missing-pillar", "line": 0, "pillar": pillar, "why": why}

mnf = [
  {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
  {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan in the seeds); a second, genuine regional basis"},
  {"rule": "basis-mismatch", "line": ln("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background sentence (近年来…按照…部署), correct title and 文号; not cited as a basis"},
  {"rule": "basis-mismatch", "line": 2, "text": "红政办发〔2024〕21号", "why": "the notice's own 文号 (district government office), not a cited basis"},
  {"rule": "deadline-invalid", "line": ln("我区已于2023年落实到位"), "text": "2023年底前", "why": "past date in background: the region's task 14 (完成时限 2023年) reported as already done in 2023; not a deadline of this 2024 plan"},
  {"rule": "deadline-invalid", "line": 6, "text": "2024年4月18日", "why": "issue date of the notice, not a deadline"},
  dl(ln("到2024年底"), "2024年底", "主要目标: 外网区乡村全覆盖 = task 48 (2024年), 宁政通 普及 = task 105 (2024年), equal; 工作机制健全 = task 64 (2025年), earlier"),
  dl(ln("到2025年，全区数字政府建设体系框架全面成型"), "2025年", "equal to the region's 主要目标 到2025年 \"34567\"体系框架全面成型"),
  dl(ln("到2035年"), "2035年", "equal to the region's 2035 goal"),
  dl(ln("2024年取得明显成效。"), "2024年", "产业云/红酒云 = task 2, 完成时限 2023年启动，2024年取得明显成效: equal (task 3 智慧园区 is 2025, earlier if read so)"),
  dl(ln("2024年底前高频事项"), "2024年底前", "task 84 (网上办、掌上办、就近办、一次办), 完成时限 2024年: equal"),
  dl(ln("2024年底前实现区、乡、村三级全覆盖"), "2024年底前", "宁政通 three-level coverage = task 105, 2024年: equal; 填表报数压减50% = task 106, 2025年: earlier"),
  dl(row(1), "2024年底前", "task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年: earlier"),
  dl(row(2), "持续推进，2025年取得明显成效", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal, copied"),
  dl(row(3), "2025年", "task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效: completing milestone equal"),
  dl(row(4), "2025年", "task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效: equal"),
  dl(row(5), "2025年", "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal"),
  dl(row(6), "长期坚持", "task 18 (安全技术保障体系, 应急演练), 完成时限 2023年形成机制，长期坚持: ongoing, no later year"),
  dl(row(7), "2024年底前", "task 41 (公共数据开放目录), 完成时限 2024年: equal"),
  dl(row(8), "2024年", "task 46 (政务信息系统有序迁移), 2024年; also task 43 (2024 年建成，持续推进): equal"),
  dl(row(10), "2024年", "task 50 (专网整合迁移), 2024年: equal"),
  dl(row(11), "2024年", "task 54 (电子文件归档), 2024年, and task 53 (电子印章), 2024年: equal; task 52 (电子证照), 2025年: earlier"),
  dl(row(12), "2024年", "task 71 (数字化追溯监管), 2024年: equal"),
  dl(row(13), "2024年", "task 79 (雪亮工程), 2024年: equal"),
  dl(row(14), "2024年", "task 77 (矛盾纠纷多元化解信息系统), 2024年: equal"),
  dl(row(15), "2024年", "task 80 (智慧应急), 2024年: equal"),
  dl(row(16), "2025年", "task 83 (互联网+基层治理), 2025年: equal"),
  dl(row(17), "2024年底前", "task 84 (一网通办), 2024年: equal"),
  dl(row(18), "2024年", "task 86 (我的宁夏 应上尽上), 2024年: equal"),
  dl(row(19), "2025年", "task 87 (12345 热线), 2023年启动，2025年完成: equal"),
  dl(row(20), "2024年", "task 93 (适老化与信息无障碍), 2024年: equal"),
  dl(row(21), "2025年", "task 96 (互联网+城乡供水), 2025年: equal"),
  dl(row(22), "2024年", "task 94 (生态环境数据资源中心), 2024年: equal"),
  dl(row(23), "2024年", "task 98 (智慧林草), 2024年: equal"),
  dl(row(24), "2024年底前", "task 105 (宁政通), 2024年, and task 104 (协同办公平台), 2024年: equal"),
  dl(row(25), "2024年底前", "task 106 (填表报数压减50%), 2025年: earlier"),
  dl(row(27), "长期推进，2024年取得明显成效", "task 108 (公共资源交易), 长期推进，2024年取得明显成效: equal, copied"),
  dl(row(28), "2024年", "tasks 112 and 114 (政务公开平台, 政务新媒体矩阵), 2024年: equal"),
  dl(ln("12月10日前"), "12月10日前", "the office's own reporting dates (每季度最后一个月25日前, 每年12月10日前), not task deadlines"),
  uu(3, "各乡镇人民政府", "collective subject (addressees)"),
  uu(3, "区直各部门（单位）", "collective subject"),
  uu(row(16), "各村（社区）", "collective subject"),
  uu(row(10), "区直有关部门", "collective subject"),
  uu(row(2), "弘德工业园区管委会", "official short name of 红寺堡弘德工业园区管理委员会 in units.txt"),
  uu(row(4), "区卫健局", "short name of 区卫生健康局 in units.txt"),
  uu(row(4), "区医保局", "short name of 区医疗保障局 in units.txt"),
  uu(row(6), "区公安分局", "short name of 吴忠市公安局红寺堡区分局 in units.txt"),
  uu(row(11), "档案馆", "prefix 区 distributes: 区审批服务管理局、档案馆 = 区档案馆"),
  uu(row(12), "卫健局", "prefix distributes: 区农业农村局、卫健局 = 区卫健局 (short name)"),
  uu(row(14), "公安分局", "prefix distributes: 区司法局、信访局、公安分局 = 区信访局, 区公安分局"),
  uu(row(15), "住房城乡建设和交通局", "prefix distributes: = 区住房城乡建设和交通局, one registry name, not to be split at 和"),
  uu(row(20), "区审批局", "short name of 区审批服务管理局"),
  uu(row(20), "残联", "prefix distributes: 区民政局、残联 = 区残联, short name of 区残疾人联合会"),
  uu(row(22), "吴忠市生态环境局红寺堡分局", "listed in units.txt as one name (city bureau's district branch); not a regional body, not to be split"),
  uu(row(27), "区发改局", "short name of 区发展改革局"),
  uu(ln("积极配合自治区水利厅"), "自治区水利厅", "regional body leading its own platform (task 96, 数字孪生流域省级平台) which the district only supports; not named as lead of a local task"),
  uu(22, "区数字政府建设领导小组", "listed in units.txt; with 区政府办公室 and 区大数据服务中心 on the same line"),
  uu(ln("区委党校"), "区委党校", "listed in units.txt"),
  mp("数字经济", "lines 24-26 (产业数字化, 智慧园区) and row 2"),
  mp("数字社会", "lines 27-29 (服务数字化, 数字乡村) and rows 3-5"),
  mp("安全保障", "line 31 (守牢安全底线, the district's own words) and row 6"),
  mp("制度规则", "line 32, one short sentence (项目会商和全生命周期管理, 综合论证、联合验收, 试点示范)"),
  mp("数据资源", "line 33 under the district's words 推进数据归集共享, and row 7"),
  mp("平台支撑", "line 34 under the district's words 用好上级平台 (信创云, 外网, 专网整合, 视频共享, 电子证照/印章/归档), rows 8-11"),
  mp("五个一", "line 22 健全组织机构 (领导小组, 办公室, 技术支撑中心, 各部门工作机构) and row 1; the district's own form of the work system"),
  mp("六级贯通", "line 23 厘清层级职责, explicitly by the 六级贯通 层级架构"),
  mp("市场监管", "line 36 and row 12"),
  mp("社会管理", "line 37 under 提升社会治理能力, rows 13-16"),
  mp("公共服务", "lines 38-39 and rows 17-20"),
  mp("生态环境保护", "line 40 and rows 21-23"),
  mp("政务运行", "line 41 and rows 24-27"),
  mp("政务公开", "line 42, one short sentence, and row 28"),
  mp("组织领导", "line 44"),
  mp("财政投入", "line 45 under 强化资金保障"),
  mp("数字素养", "line 46"),
  mp("考核评价", "line 47 严格考核评价"),
]

covers = [
  (2, ln("红酒云")), (3, row(2)), (6, ln("推进服务数字化")), (7, row(3)), (8, row(4)), (10, row(5)),
  (14, ln("守牢安全底线")), (15, ln("守牢安全底线")), (18, row(6)), (24, ln("完善制度规则")), (28, ln("完善制度规则")),
  (30, ln("推进数据归集共享")), (32, ln("推进数据归集共享")), (36, ln("推进数据归集共享")), (41, row(7)),
  (46, row(8)), (48, row(9)), (49, ln("用好上级平台")), (50, row(10)), (53, row(11)), (54, row(11)),
  (64, row(1)), (68, ln("提升市场监管能力")), (71, row(12)), (72, ln("提升市场监管能力")), (74, ln("提升市场监管能力")),
  (77, row(14)), (79, row(13)), (80, row(15)), (83, row(16)), (84, row(17)), (85, ln("优化便捷服务")),
  (86, row(18)), (87, row(19)), (93, row(20)), (94, row(22)), (96, row(21)), (98, row(23)),
  (104, row(24)), (105, row(24)), (106, row(25)), (107, row(26)), (108, row(27)), (112, row(28)), (114, row(28)),
  (115, ln("提升政务公开能力")), (116, ln("（一）加强组织领导")), (25, ln("（二）强化资金保障")), (118, ln("（三）提升数字素养")),
  (123, ln("（四）严格考核评价")),
]
covers = [{"task": t, "line": l} for t, l in sorted(covers)]

# sanity: texts on their lines
for e in expect + mnf:
    if e["line"] and "text" in e:
        assert e["text"] in L[e["line"] - 1], e
key = {
  "writer": "blind writer, round 441; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": "红寺堡区 (吴忠市) lean plan of 2024-04-18, issued by the district government office; basis is the region's 实施意见 only (no parent plan is cited or used). draft.txt is generated from draft.src by make.py ('|' -> tab in the attachment table); key.json by mkkey.py. Two pillars (数字生态, 经济调节) are truly absent from the measures although 数字生态 is quoted in the 指导思想 (line 13) and line 19 names the \"34567\" framework with 三个驱动 and 七个能力 as a slogan. Other pillars are taken up briefly, several under the district's own words (守牢安全底线, 用好上级平台, 推进数据归集共享, 健全组织机构, 强化资金保障, 提升社会治理能力). Tasks with regional deadlines of 2023 are carried in the body without dates; the table only carries 2024/2025 tasks. 全区 in the draft means the district when it speaks of its own work (全区效能目标管理考核, 摸清全区政务数据资源底数) and the region when it names regional platforms (全区统一的协同办公平台)."
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
