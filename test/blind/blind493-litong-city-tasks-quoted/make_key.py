# Builds key.json; every line number is located by a unique substring of draft.txt.
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]
def at(sub):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
# regional deadlines from the seed task list
seed = open('/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt', encoding='utf-8').read().split('\n')
T = {}
for l in seed:
    c = l.split('\t')
    if len(c) == 4:
        m = re.match(r'\s*(\d+)\.', c[1])
        if m: T[int(m.group(1))] = c[3].strip()
assert len(T) == 124
def due(*ns): return '；'.join(f'task {n} 完成时限 {T[n]}' for n in ns)

expect = [
 {"rule": "basis-mismatch", "line": at("（宁政办发〔2023〕17号）"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the preamble gives 宁政办发〔2023〕17号 (the 办 slipped in from the 宁政办发〔2023〕11号 cited next to it). Line %d cites it correctly." % at("（宁政发〔2023〕17号）")},
 {"rule": "unknown-unit", "line": at("区卫生健康委牵头"), "text": "区卫生健康委",
  "why": "no such district body; units.txt has 区卫生健康局 (= 区卫健局), used correctly at line %d. The drafter copied the city's 市卫生健康委 pattern." % at("区卫生健康局")},
 {"rule": "deadline-later-than-baseline", "line": at("培育数据要素市场主体"), "text": "2025年6月底前",
  "why": "later than the quoted city task on line %d (2024年底前完成), which the draft itself says it must not exceed; not later than the region (%s)" % (at("探索安全可靠的数据交易市场"), due(12))},
 {"rule": "deadline-later-than-baseline", "line": at("扩容区级骨干带宽"), "text": "2024年12月底前",
  "why": "later than the quoted city task on line %d (2024年9月底前完成); not later than the region (%s)" % (at("推进全市电子政务外网IPv6优化改造"), due(47, 48))},
 {"rule": "deadline-later-than-baseline", "line": at("全部接入“我的宁夏”政务APP吴忠专区"), "text": "2025年3月底前",
  "why": "later than the quoted city task on line %d (2024年底前完成) and later than the region (%s)" % (at("持续做强做优吴忠专区功能"), due(86))},
 {"rule": "deadline-invalid", "line": at("电子文件单套制归档试点"), "text": "2023年10月底前",
  "why": "the plan is issued 2024年3月22日 (planYear 2024); a district deadline of 2023年10月 lies before the year of issue (quoted city task on line %d says 2024年底前; region %s). Not late, only impossible." % (at("实现电子文件与数字档案室（馆）无缝衔接"), due(54))},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# basis near misses
nm("basis-mismatch", at("（国发〔2022〕14号）"), "国发〔2022〕14号 is the correct 文号 of the national 指导意见", "国发〔2022〕14号")
nm("basis-mismatch", at("（宁政办发〔2023〕11号）"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as the 吴忠 plan cites it; a 行动计划实施方案 is its real title, not a wrong 行动方案", "宁政办发〔2023〕11号")
nm("basis-mismatch", at("（宁政发〔2023〕17号）"), "correct title and 文号 of the regional 实施意见 in the 保障措施", "宁政发〔2023〕17号")
nm("basis-mismatch", at("（宁政办发〔2020〕14号）以来"), "retrospective mention of the 2020 工作要点 in the background (自2020年…以来), not a basis document; title and 文号 are correct", "宁政办发〔2020〕14号")
nm("basis-mismatch", at("附件2《吴忠市数字政府建设重点任务清单》"), "the city plan's own title (no 文号) and its attachment 2 title, both as in the 吴忠 plan", "关于加强数字政府建设的实施方案")
nm("basis-mismatch", at("利政办发〔2024〕11号"), "the notice's own 文号, not a cited basis document", "利政办发〔2024〕11号")
# units near misses
nm("unknown-unit", at("市大数据管理服务局牵头，各县（市、区）人民政府负责，2024年6月底前完成"), "quoted city task: city bodies (in units.txt) and the collective 各县（市、区）人民政府; not a district lead", "市大数据管理服务局")
nm("unknown-unit", at("市卫生健康委牵头"), "quoted city task: 市卫生健康委 is the city's own body (units.txt), unlike the district's 区卫生健康委 on the next line", "市卫生健康委")
nm("unknown-unit", at("太阳山开发区管委会、各县（市、区）人民政府负责"), "quoted city task; 太阳山开发区管委会 and 市工业和信息化局 are listed city units", "太阳山开发区管委会")
nm("unknown-unit", at("区工业信息化和商务局牵头，区发改局配合"), "区发改局 is the listed short name of 区发展和改革局", "区发改局")
nm("unknown-unit", at("区人社局、区卫生健康局、区应急管理局、区审批局配合"), "区人社局 and 区审批局 are listed short names; 区卫生健康局 is canonical", "区人社局")
nm("unknown-unit", at("区大数据管理服务局牵头，区住建局、区综合执法局配合"), "区住建局 is the listed short name of 区住房和城乡建设局", "区住建局")
nm("unknown-unit", at("区委网信办牵头，利通区公安分局、区大数据管理服务局配合"), "利通区公安分局 is the listed short name of 吴忠市公安局利通区分局", "利通区公安分局")
nm("unknown-unit", at("吴忠市生态环境局利通分局牵头"), "city department's district branch, listed in units.txt", "吴忠市生态环境局利通分局")
nm("unknown-unit", at("金积工业园区管委会牵头"), "listed in units.txt", "金积工业园区管委会")
nm("unknown-unit", at("区民政局、各街道办事处、各村（社区）配合"), "collective subjects 各街道办事处, 各村（社区）", "各村（社区）")
nm("unknown-unit", at("区直各部门（单位）、各乡镇人民政府、各街道办事处负责，长期坚持"), "collective subjects 区直各部门（单位）, 各乡镇人民政府, 各街道办事处", "区直各部门（单位）")
nm("unknown-unit", at("区大数据管理服务局牵头，区直有关部门配合，2025年取得明显成效"), "collective subject 区直有关部门", "区直有关部门")
nm("unknown-unit", at("市大数据管理服务局牵头，市直各部门、各县（市、区）人民政府负责"), "quoted city task; collective 市直各部门", "市直各部门")
nm("unknown-unit", at("区审批局牵头，区民政局、区残联配合"), "区残联 is the listed short name of 区残疾人联合会", "区残联")
nm("unknown-unit", at("在区委统一领导下，区推进数字政府建设领导小组"), "区推进数字政府建设领导小组 and 区委 are listed; collective subjects otherwise", "区推进数字政府建设领导小组")
# deadline near misses
nm("deadline-invalid", at("“一联系、两清单”"), "2023年底前建立 is the quoted city task's date (city plan issued 2023-11-27), not the district's deadline; the district measure on the next line says 长期坚持", "2023年底前")
nm("deadline-invalid", at("落实市、县（区）、乡（镇）数字政府建设安全和保密工作"), "quoted city task's 2023年底前完成 (region %s); the district's own measure is 长期坚持" % due(14, 15), "2023年底前")
nm("deadline-invalid", at("市委网信办、市公安局牵头"), "quoted city task's 2023年形成机制，长期坚持, copied from region %s" % due(18), "2023年形成机制")
nm("deadline-invalid", at("选择有条件的市级部门、县（市、区）开展数字政府建设试点示范"), "quoted city task's 2023年启动 milestone (region %s)" % due(28), "2023年启动")
nm("deadline-invalid", at("自2020年自治区印发"), "past dates in the background (2020年, 2023年, 2023年11月27日), not deadlines", "2023年11月27日")
nm("deadline-later-than-baseline", at("区级举措】区直各部门（单位）明确1名分管领导"), "长期坚持 with no year for task 32 (%s); quoted city task says 2023年底前建立，长期坚持; an ongoing duty is not a later milestone" % due(32))
nm("deadline-later-than-baseline", at("落实区直各部门（单位）、各乡镇（街道）数字政府建设安全"), "长期坚持 with no year for tasks 14/15 (%s)" % due(14, 15))
nm("deadline-later-than-baseline", at("参照自治区、吴忠市做法"), "2024年4月底前 is earlier than the city's 2024年6月底前 and the region's task 64 (%s). Task 60 (2023年) is the region's own leading group (自治区政府办公厅负责), not this task" % T[64], "2024年4月底前")
nm("deadline-later-than-baseline", at("制定区、乡镇（街道）、村（社区）三级数字政府建设职责清单"), "2024年6月底前 equals the quoted city date", "2024年6月底前")
nm("deadline-later-than-baseline", at("推动区内规模以上工业企业上云用云"), "2024年底前取得明显成效 equals the city; region %s" % due(2), "2024年底前")
nm("deadline-later-than-baseline", at("推进金积工业园区“智慧园区”建设"), "2025年6月底前取得明显成效 is earlier than the city's 2025年底前; region %s" % due(3), "2025年6月底前")
nm("deadline-later-than-baseline", at("区综合执法局牵头，区住房和城乡建设局"), "2025年取得明显成效 equals city and region (%s)" % due(9), "2025年")
nm("deadline-later-than-baseline", at("区卫生健康委牵头"), "2024年底前完成互联互通，2025年取得明显成效 equals the city's completing milestone; region %s" % due(8), "2025年")
nm("deadline-later-than-baseline", at("推动全区中小学数字校园建设全覆盖"), "2024年底前 is earlier than the city's 2025年底前; region %s" % due(7), "2024年底前")
nm("deadline-later-than-baseline", at("区级举措】完善区级养老服务信息平台"), "2024年9月底前 is earlier than city and region (%s)" % due(6), "2024年9月底前")
nm("deadline-later-than-baseline", at("推动益农信息社"), "equals city and region (%s)" % due(10, 11), "2025年")
nm("deadline-later-than-baseline", at("区级行政许可事项清单"), "2024年底前 equals the city; region %s" % due(21), "2024年底前")
nm("deadline-later-than-baseline", at("积极申报自治区、吴忠市数字政府建设试点"), "2025年 equals city and region (%s)" % due(28), "2025年")
nm("deadline-later-than-baseline", at("推动区级社会保障、医疗健康"), "2024年11月底前 is earlier than the city's 2024年底前; region %s" % due(34), "2024年11月底前")
nm("deadline-later-than-baseline", at("推动供水、燃气、公共交通等公共数据与政务数据融合应用"), "equals the city; region %s" % due(42), "2024年底前")
nm("deadline-later-than-baseline", at("全面梳理区级在用政务信息系统"), "2024年10月底前 is earlier than the city's 2024年底前; region %s" % due(43, 46), "2024年10月底前")
nm("deadline-later-than-baseline", at("摸清区直部门非涉密业务专网底数"), "equals the city; region %s" % due(50), "2024年底前")
nm("deadline-later-than-baseline", at("整合区内“雪亮工程”、城市管理、应急管理等视频资源"), "2025年6月底前 equals the city; region %s" % due(49), "2025年6月底前")
nm("deadline-later-than-baseline", at("推动电子证照在就医"), "2024年10月底前 is earlier than the city; region %s" % due(52, 53), "2024年10月底前")
nm("deadline-later-than-baseline", at("推进信用信息在招投标"), "equals the city; region %s" % due(57), "2024年底前")
nm("deadline-later-than-baseline", at("建立区级重点企业运行监测清单"), "2025年6月底前 is earlier than the city's 2025年底前; region %s" % due(66), "2025年6月底前")
nm("deadline-later-than-baseline", at("编制区级部门联合抽查事项清单"), "earlier than the city; region %s" % due(70), "2024年6月底前")
nm("deadline-later-than-baseline", at("在食品、特种设备、工程建设等领域推行远程监管"), "equals the city; region %s" % due(74), "2024年底前")
nm("deadline-later-than-baseline", at("依托全区矛盾纠纷多元化解信息系统"), "equals the city; region %s" % due(77), "2024年底前")
nm("deadline-later-than-baseline", at("建成“智安小区”20个以上"), "equals the city; region %s" % due(79), "2024年底前")
nm("deadline-later-than-baseline", at("完善区级应急指挥调度平台"), "earlier than the city; region %s" % due(80), "2024年9月底前")
nm("deadline-later-than-baseline", at("健全“网格上报+网上分流+部门响应”机制"), "2025年6月底前 is earlier than the city's 2025年底前; region %s" % due(83), "2025年6月底前")
nm("deadline-later-than-baseline", at("梳理区级惠企政策清单"), "earlier than the city; region %s" % due(89), "2024年8月底前")
nm("deadline-later-than-baseline", at("建立12345热线工单"), "2025年底前 equals the city; region %s" % due(87), "2025年底前")
nm("deadline-later-than-baseline", at("设置“爱心窗口”"), "equals the city; region %s" % due(93), "2024年底前")
nm("deadline-later-than-baseline", at("重点排污单位在线监测数据"), "2024年10月底前 is earlier than the city's 2024年底前; region %s" % due(94, 95), "2024年10月底前")
nm("deadline-later-than-baseline", at("推进城乡供水管网智能监测改造"), "equals city and region (%s)" % due(96), "2025年底前")
nm("deadline-later-than-baseline", at("三级工作人员“宁政通”全覆盖"), "earlier than the city; region %s" % due(105), "2024年6月底前")
nm("deadline-later-than-baseline", at("依托“宁政通”填表报数功能"), "equals the city's 2025年6月底前; region %s" % due(106), "2025年6月底前")
nm("deadline-later-than-baseline", at("整合区级部门非涉密视频会议系统"), "equals city and region (%s)" % due(107), "2025年底前")
nm("deadline-later-than-baseline", at("完善区政府门户网站政务公开专栏"), "equals the city; region %s" % due(112, 113), "2024年底前")
nm("deadline-later-than-baseline", at("建立“利通发布”统领"), "earlier than the city; region %s" % due(114), "2024年9月底前")
nm("deadline-later-than-baseline", at("到2024年底，区级非涉密政务信息系统"), "near-term goal; equals the city's 2024年底前 迁移 (line %d) and region %s; nothing in it is a 2023年底 goal of the region or the city" % (at("充分利用自治区信创云资源"), due(19, 43)), "2024年底")
nm("deadline-later-than-baseline", at("到2025年，全区数字政府建设“1347”"), "equals the 2025 goal of the region (34567 全面成型) and the city (1347 全面成型)", "2025年")
nm("deadline-later-than-baseline", at("到2035年，与政府治理能力现代化"), "equals the 2035 goal of region and city", "2035年")
nm("deadline-later-than-baseline", at("2024年12月20日前报送年度工作总结"), "the office's own reporting dates (季度 25日, 2024年12月20日), not task deadlines", "2024年12月20日前")
nm("deadline-later-than-baseline", at("持续做强做优吴忠专区功能"), "quoted city task: 2024年底前 equals region task 86 (%s); the late date is the district's, on the next line" % T[86], "2024年底前")
nm("deadline-later-than-baseline", at("推进全市电子政务外网IPv6优化改造"), "quoted city task: 2024年9月底前 is earlier than region %s" % due(47, 48), "2024年9月底前")
nm("deadline-later-than-baseline", at("探索安全可靠的数据交易市场"), "quoted city task: 2024年底前 is earlier than region %s" % due(12), "2024年底前")
nm("deadline-later-than-baseline", at("积极对接使用自治区经济运行大数据平台"), "quoted city task: 2025年底前 equals region %s" % due(66), "2025年底前")
nm("deadline-invalid", at("2024年3月22日"), "issue date of the notice", "2024年3月22日")

covers = []
def cv(task, sub): covers.append({"task": task, "line": at(sub)})
cv(2, "推动区内规模以上工业企业上云用云")
cv(3, "推进金积工业园区“智慧园区”建设")
cv(5, "落实以网管网等新型监管模式")
cv(6, "区级举措】完善区级养老服务信息平台")
cv(7, "推动全区中小学数字校园建设全覆盖")
cv(8, "区卫生健康委牵头")
cv(9, "区综合执法局牵头，区住房和城乡建设局")
cv(10, "推动益农信息社")
cv(11, "推动益农信息社")
cv(12, "培育数据要素市场主体")
cv(14, "落实区直各部门（单位）、各乡镇（街道）数字政府建设安全")
cv(15, "落实区直各部门（单位）、各乡镇（街道）数字政府建设安全")
cv(18, "落实网络安全等级保护制度")
cv(21, "区级行政许可事项清单")
cv(24, "联合审核、联合验收")
cv(25, "区财政局将数字政府建设经费纳入年度预算")
cv(28, "积极申报自治区、吴忠市数字政府建设试点")
cv(32, "区级举措】区直各部门（单位）明确1名分管领导")
cv(34, "推动区级社会保障、医疗健康")
cv(42, "推动供水、燃气、公共交通等公共数据与政务数据融合应用")
cv(43, "全面梳理区级在用政务信息系统")
cv(46, "全面梳理区级在用政务信息系统")
cv(47, "扩容区级骨干带宽")
cv(48, "扩容区级骨干带宽")
cv(49, "整合区内“雪亮工程”、城市管理、应急管理等视频资源")
cv(50, "摸清区直部门非涉密业务专网底数")
cv(52, "推动电子证照在就医")
cv(53, "推动电子证照在就医")
cv(54, "电子文件单套制归档试点")
cv(57, "推进信用信息在招投标")
cv(64, "参照自治区、吴忠市做法")
cv(66, "建立区级重点企业运行监测清单")
cv(70, "编制区级部门联合抽查事项清单")
cv(74, "在食品、特种设备、工程建设等领域推行远程监管")
cv(77, "依托全区矛盾纠纷多元化解信息系统")
cv(79, "建成“智安小区”20个以上")
cv(80, "完善区级应急指挥调度平台")
cv(83, "健全“网格上报+网上分流+部门响应”机制")
cv(86, "全部接入“我的宁夏”政务APP吴忠专区")
cv(87, "建立12345热线工单")
cv(89, "梳理区级惠企政策清单")
cv(93, "设置“爱心窗口”")
cv(94, "重点排污单位在线监测数据")
cv(96, "推进城乡供水管网智能监测改造")
cv(105, "三级工作人员“宁政通”全覆盖")
cv(106, "依托“宁政通”填表报数功能")
cv(107, "整合区级部门非涉密视频会议系统")
cv(112, "完善区政府门户网站政务公开专栏")
cv(114, "建立“利通发布”统领")
cv(116, "在区委统一领导下，区推进数字政府建设领导小组")
cv(118, "依托宁夏干部教育培训网络学院")
cv(121, "每年制定区级数字政府建设重点任务考核指标")
cv(122, "效能目标管理考核")
cv(123, "综合考核评价的重要参考")
cv(124, "建立容错和奖惩机制")

key = {
 "writer": "blind writer, round 493; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("利通区 (吴忠市) 2024 plan. Each district measure (【区级举措】) is preceded by the 吴忠 task it carries out (【市级任务】), "
           "quoted with its city bodies and city date; the 吴忠 plan in the seeds has no task-list text, so these city dates exist only in the draft's quotes. "
           "Line 10 states that district dates must not be later than the quoted city dates. Two of the three late deadlines (lines %d, %d) are later only than the quoted city date, "
           "not than the region; the third (line %d) is later than both. All planted mistakes are in the district's own words; quoted city lines are correct. "
           "units.txt lists the district's bodies and, as the office's registry would, the city bodies it quotes. "
           "Regional tasks due 2023 (14, 15, 18, 24, 25, 32, 116, 118) are taken up only with 长期坚持 or no date." ) % (at("培育数据要素市场主体"), at("扩容区级骨干带宽"), at("全部接入“我的宁夏”政务APP吴忠专区")),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
