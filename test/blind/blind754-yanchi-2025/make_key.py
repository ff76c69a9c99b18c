# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def line_of(fragment, start=1):
    hits = [i for i, l in enumerate(L, 1) if fragment in l and i >= start]
    assert len(hits) >= 1, fragment
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": line_of("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong (line 11 cites it correctly)"},
 {"rule": "deadline-later-than-baseline", "line": line_of("2026年6月底前"), "text": "2026年6月底前",
  "why": "row 29 (视频会议系统资源整合) takes up task 107, 完成时限 2025年; 2026年6月 is later"},
 {"rule": "deadline-invalid", "line": line_of("2025年13月底前"), "text": "13月",
  "why": "impossible month; row 7 is task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效"},
 {"rule": "deadline-invalid", "line": line_of("\t2024年12月底前"), "text": "2024年12月底前",
  "why": "a 2025 measure (row 22, 适老化) dated before the year the plan is issued (2025-02-18): stale date copied from the 2024 plan; task 93 完成时限 2024年, so it is not later than the region"},
 {"rule": "unknown-unit", "line": line_of("县大数据管理服务局"), "text": "县大数据管理服务局",
  "why": "no such county unit in units.txt (the county body is 县大数据服务中心; 市大数据管理服务局 is the city's)"},
 {"rule": "garbled-text", "line": line_of("鎺ㄥ姩鏂板缓"), "text": "鎺ㄥ姩鏂板缓",
  "why": "UTF-8 bytes read as GBK: 鎺ㄥ姩鏂板缓鏀垮姟淇℃伅绯荤粺 = 推动新建政务信息系统"},
]

def m(rule, frag, why, text=None, pillar=None, line=None):
    e = {"rule": rule, "line": line if line is not None else line_of(frag)}
    if text: e["text"] = text
    if pillar: e["pillar"] = pillar
    e["why"] = why
    return e

mnf = [
 # basis documents
 m("basis-mismatch", "（国发〔2022〕14号）", "correct national 指导意见 title and 文号", "国发〔2022〕14号"),
 m("basis-mismatch", "宁政办发〔2023〕11号", "cited exactly as in the 吴忠 plan (seed): 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号"),
 m("basis-mismatch", "吴忠市人民政府《关于加强数字政府建设的实施方案》", "city plan cited by its correct title; it has no 文号", "吴忠市人民政府《关于加强数字政府建设的实施方案》"),
 m("basis-mismatch", "宁政办发〔2020〕14号", "retrospective mention of the superseded 2020 工作要点 in the review, not cited as a basis", "宁政办发〔2020〕14号"),
 m("basis-mismatch", "《盐池县2024年数字政府建设工作方案》", "the county's own previous annual plan; 工作方案 is its real title, not a mis-titled 实施方案", "盐池县2024年数字政府建设工作方案"),
 m("basis-mismatch", "对照宁政发〔2023〕17号附件2", "correct 文号 of the regional 实施意见", "宁政发〔2023〕17号"),
 m("basis-mismatch", "关于印发《盐池县2025年数字政府建设工作方案》", "the document's own title (an annual 工作方案), not a cited basis", "盐池县2025年数字政府建设工作方案"),
 # past-dated achievements in the 2024 review
 m("deadline-invalid", "2024年4月，调整充实", "past-dated achievement in the review of 2024, not a deadline", "2024年4月"),
 m("deadline-later-than-baseline", "2024年4月，调整充实", "retrospective: the county group is task 64 (各市、县（区）负责, 2025年); task 60 (2023年) is the region's own group; and it is not a deadline"),
 m("deadline-invalid", "2024年6月底前，完成县、乡、村三级", "past achievement; task 48 完成时限 2024年 (equal)", "2024年6月底前"),
 m("deadline-invalid", "2024年8月，县本级29个", "past achievement; task 43 完成时限 2024 年建成，持续推进", "2024年8月"),
 m("deadline-invalid", "2024年5月，完成县本级", "past achievement in the review", "2024年5月"),
 m("deadline-later-than-baseline", "2024年5月，完成县本级", "a 2024 achievement under task 17 (完成时限 2023年) is history, not a deadline set by this plan"),
 m("deadline-invalid", "2024年9月底前，“我的宁夏”", "past achievements; task 86 and task 93 完成时限 2024年", "2024年9月底前"),
 m("deadline-later-than-baseline", "2024年9月底前，“我的宁夏”", "2024年9月/2024年11月 equal to tasks 86 and 93 (2024年); the undated 免证办 sentence (task 85, 2023年) carries no deadline"),
 m("deadline-invalid", "2024年10月，县矛盾纠纷", "past achievement; task 77 完成时限 2024年", "2024年10月"),
 m("deadline-invalid", "2024年7月，县市场监督管理局", "past achievement; task 71 完成时限 2024年", "2024年7月"),
 m("deadline-invalid", "2024年12月，“互联网+城乡供水”", "past achievement; task 96 完成时限 2025年 (earlier), task 105 2024年 (equal)", "2024年12月"),
 m("deadline-invalid", "自《宁夏回族自治区2020年", "2020 and 2024 are background years in the review", "2020年"),
 # goals and deadlines that are equal or earlier
 m("deadline-later-than-baseline", "（二）工作目标。到2025年底", "goal equal to the region's 主要目标 到2025年 “34567”体系框架全面成型", "到2025年底"),
 m("deadline-later-than-baseline", "2025年，全县政务服务事项网上可办率", "2025 indicators, within the region's 2025 horizon", "2025年"),
 m("deadline-later-than-baseline", "完善盐池工业园区“智慧园区”平台，提升", "task 3 完成时限 持续推进，2025 年取得明显成效; 2025年12月底前 is equal", "2025年12月底前"),
 m("deadline-later-than-baseline", "深入应用国家和宁夏智慧教育平台，实现全县中小学数字校园全覆盖。\t", "task 7 完成时限 2023年形成试点经验，2025年取得明显成效; 2025年9月 is earlier", "2025年9月底前"),
 m("deadline-later-than-baseline", "配合推进城市运行管理服务平台向县延伸", "task 9 完成时限 持续推进，2025年取得明显成效; equal", "2025年12月底前"),
 m("deadline-later-than-baseline", "县大数据管理服务局", "task 29 完成时限 2023年启动，2025年完成; 2025年9月 is earlier", "2025年9月底前"),
 m("deadline-later-than-baseline", "参照自治区做法，健全县级数字政府建设组织机构", "task 64 完成时限 2025年; 2025年6月 is earlier (not task 60, the region's own group)", "2025年6月底前"),
 m("deadline-later-than-baseline", "推动个人证照在就医上学", "task 52 (社会化高频场景) 完成时限 2025年; equal", "2025年12月底前"),
 m("deadline-later-than-baseline", "优化12345政务服务便民热线“接诉即办”机制，完善县级工单办理", "task 87 完成时限 2023年启动，2025年完成; equal", "2025年12月底前"),
 m("deadline-later-than-baseline", "强化大气、水、土壤、自然生态等数据资源综合开发利用，推进生态环境数据共享", "task 95 完成时限 2025年; equal", "2025年12月底前"),
 m("deadline-later-than-baseline", "推进全区统一填表报数系统在乡村两级落地应用，压减", "task 106 完成时限 2025年; 2025年9月 is earlier", "2025年9月底前"),
 m("deadline-later-than-baseline", "常态化开展网络安全监测、通报预警和应急演练，提升数字政府整体", "task 18 完成时限 2023年形成机制，长期坚持; 长期坚持 is equal", "长期坚持"),
 m("deadline-later-than-baseline", "落实数字政府建设“一把手”工程，各单位制定", "task 116 完成时限 2023年完成并长期坚持", "长期坚持"),
 m("deadline-later-than-baseline", "制定2025年度数字政府建设重点任务考核指标体系", "task 121 完成时限 长期坚持; a dated annual step is not later", "2025年3月底前"),
 m("deadline-later-than-baseline", "定期开展督促检查和经验交流，推广典型应用，落实容错", "task 124 完成时限 2023 年形成机制，长期坚持", "长期坚持"),
 m("deadline-later-than-baseline", "各责任单位于每季度末月25日前报送任务进展", "the office's own reporting dates, not task deadlines", "2025年12月10日"),
 m("deadline-invalid", "各责任单位于每季度末月25日前报送任务进展", "reporting dates inside the plan year", "2025年6月30日"),
 # units
 m("unknown-unit", "配合自治区市场监管厅、公安厅等部门", "regional units (task 5's leads) named as bodies the county cooperates with, not as leads of a county task; 公安厅 takes the 自治区 prefix", "公安厅"),
 m("unknown-unit", "县公安局、司法局、信访局实现数据互通", "prefix 县 distributes: 县司法局, 县信访局 are in units.txt", "司法局"),
 m("unknown-unit", "县公安局、民政局、人力资源和社会保障局、市场监督管理局等配合", "prefix distributes: 县民政局, 县人力资源和社会保障局, 县市场监督管理局", "民政局"),
 m("unknown-unit", "县公安局、应急管理局、水务局、林草局、交通运输局配合", "prefix distributes; 县林草局 is the short name of 县林业和草原局", "林草局"),
 m("unknown-unit", "县水务局、自然资源局、林草局，吴忠市生态环境局盐池分局配合", "prefix distributes over the first list; 吴忠市生态环境局盐池分局 is in units.txt", "吴忠市生态环境局盐池分局"),
 m("unknown-unit", "县审批局牵头，县医保局、县人社局配合", "official short names listed in units.txt", "县医保局"),
 m("unknown-unit", "\t县供销社\t", "short name of 县供销合作社联合社", "县供销社"),
 m("unknown-unit", "县直有关部门、各乡镇人民政府分别负责", "collective subjects", "县直有关部门"),
 m("unknown-unit", "县直各部门（单位）分别负责\t", "collective subject", "县直各部门（单位）"),
 m("unknown-unit", "县市场监督管理局等有关部门配合", "known unit followed by a collective tail", "等有关部门"),
 m("unknown-unit", "盐池工业园区管委会配合", "in units.txt", "盐池工业园区管委会"),
 m("unknown-unit", "县委组织部、县委党校负责", "in units.txt", "县委党校"),
 m("unknown-unit", "依托宁夏干部教育培训网络学院", "a training platform the county uses, not a responsible unit", "宁夏干部教育培训网络学院"),
 m("unknown-unit", "县政务服务中心、8个乡镇便民服务中心", "service halls named in a past achievement, not responsible units", "县政务服务中心"),
 # text and pillars
 m("garbled-text", "打造1—2个县级特色应用场景。\t", "an ordinary em dash range, not damage", "1—2个"),
 {"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "covered by 四、保障措施 lines 78-81 (党的全面领导, 一把手工程, 资金, 数字素养, 考核评价) although the heading says 保障措施"},
 {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "三（三） lines 55-58 take up 五个一/六级贯通 (组织机构, 层级职责, 工作机制)"},
]

covers_spec = [
 (3, "完善盐池工业园区“智慧园区”平台，提升"), (6, "深化教育、医疗、养老、文化旅游等服务数字化"),
 (7, "深入应用国家和宁夏智慧教育平台，实现全县中小学数字校园全覆盖。\t"), (8, "推进县域医共体信息一体化，推动电子健康档案"),
 (9, "配合推进城市运行管理服务平台向县延伸"), (10, "实施数字乡村试点县建设，完善农业农村大数据平台"),
 (11, "推动“数字供销”综合服务平台向乡镇基层社延伸，巩固"), (12, "摸清县域公共数据资源底数，探索开展公共数据授权运营试点"),
 (18, "常态化开展网络安全监测、通报预警和应急演练，提升数字政府整体"), (22, "配合推进政务服务平台与“互联网+监管”系统打通融合，完善“审管联动”机制。\t"),
 (28, "积极争取自治区、吴忠市数字政府试点示范项目，打造1—2个县级特色应用场景。\t"), (29, "县大数据管理服务局"),
 (49, "按照全区“视频一张网”要求，推进全县公共视频资源统一接入、统一管理、按需共享。\t"), (52, "推动个人证照在就医上学"),
 (56, "推进非税收入收缴电子化，实现教育收费"), (64, "参照自治区做法，健全县级数字政府建设组织机构"),
 (66, "推动县级经济运行数据与自治区经济运行大数据平台对接，强化"), (81, "整合公安、应急、水务、林草、交通等视频和感知资源，完善县级视频指挥调度体系。\t"),
 (83, "推进县乡村三级综治中心规范化建设，健全"), (87, "优化12345政务服务便民热线“接诉即办”机制，完善县级工单办理"),
 (92, "配合吴忠市探索“多卡合一”“多码合一”应用。\t"), (93, "巩固政府网站、政务服务场所适老化"),
 (96, "推进“互联网+城乡供水”数字孪生平台二期建设，打造数字治水县级样板。\t"), (101, "配合开展碳排放统计核算，推进重点用能单位能耗在线监测。\t"),
 (95, "强化大气、水、土壤、自然生态等数据资源综合开发利用"), (100, "推动用水权、土地权、排污权、山林权交易在县域全面应用。\t"),
 (59, "配合开展全区政务平台评估定级，融合归并"), (106, "推进全区统一填表报数系统在乡村两级落地应用，压减"),
 (107, "整合全县非涉密视频会议系统资源，接入"), (111, "依托全区机关事务管理平台，推进公务用车"),
 (120, "在青年干部中培养一批数字化骨干"), (116, "落实数字政府建设“一把手”工程，各单位制定"),
 (118, "开展数字政府专题培训，把提高领导干部数字治理能力"), (122, "将数字政府建设纳入县效能目标管理考核，考核结果作为领导干部"),
 (123, "将数字政府建设纳入县效能目标管理考核，考核结果作为领导干部"),
 (121, "制定2025年度数字政府建设重点任务考核指标体系"), (124, "定期开展督促检查和经验交流，推广典型应用，落实容错"),
 (14, "1．强化安全管理责任。"), (17, "2．落实安全制度要求。"), (24, "6．规范项目管理。"), (25, "（二）强化资金保障。"),
 (32, "8．完善数据管理机制。"), (42, "10．促进数据开发利用。"), (50, "11．巩固网络支撑能力。"), (54, "14．深化电子文件管理。"),
 (5, "3．完善数字经济治理。"), (68, "落实监管事项目录清单动态管理"), (71, "推进食品、特种设备、农产品等重点领域数字化追溯监管"),
 (79, "推进“雪亮工程”提质扩面"), (80, "推进“智慧应急”建设"), (86, "持续迭代“我的宁夏”盐池专区"),
 (90, "推动县图书馆、文化馆、档案馆等公共场馆数字服务接入"), (98, "完善“智慧林草”县级应用"),
 (105, "推动县直部门业务系统接入“宁政通”"), (108, "推进公共资源交易、政府采购和工程建设项目招投标全流程电子化"),
 (112, "7．提升政务公开能力。"), (114, "加强政务新媒体矩阵管理"), (115, "以12345热线为枢纽，畅通政民互动渠道"),
]
covers = [{"task": t, "line": line_of(f)} for t, f in covers_spec]

key = {
 "writer": "blind writer, round 754; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2025,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("盐池县 2025 annual 工作方案 (issued 2025-02-18) continuing the 2024 work under 宁政发〔2023〕17号; no parent plan is given, "
           "so deadlines are compared with the regional task list only. Section 一 reviews 2024 with past dates (achievements, not deadlines). "
           "The 2025 task table (lines 87-123) uses only tasks whose regional 完成时限 is 2025 or ongoing, except the stale row 22 (task 93, 2024). "
           "The 党的领导 pillar sits under the heading 四、保障措施. make_key.py (this folder) wrote this key and checked every line."),
}
# sanity: texts are in their lines
for e in expect + mnf:
    if e["line"] and "text" in e:
        assert e["text"] in L[e["line"] - 1], e
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), "lines;", len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e.get("text"))
