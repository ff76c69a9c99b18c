# Helper: builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L.pop()

def ln(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text: assert text in L[hits[0]-1], (anchor, text)
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("《自治区人民政府关于加强数字政府建设的实施意见》", "宁政发〔2022〕17号"),
  "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong"},
 {"rule": "deadline-invalid", "line": ln("3\t依托“宁政通”推广全区统一的填表报数系统", "2025年16月底前"),
  "text": "16月", "why": "impossible month (2025年16月底前) in the 完成时限 column; task 106 (填表报数系统, 压减50%以上) is due 2025年, so the year itself is not late"},
 {"rule": "unknown-unit", "line": ln("4\t推进县级政务信息系统向政务信创云迁移", "县大数据局"),
  "text": "县大数据局", "why": "泾源县 has no 大数据局; not in units.txt (the county's technical body is 县数字政府服务中心)"},
 {"rule": "deadline-later-than-baseline", "line": ln("6\t开展县域城域网升级改造", "2025年底前"),
  "text": "2025年底前", "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; the county puts full village coverage (2025年 column 行政村全面完成) and the row deadline in 2025"},
 {"rule": "deadline-later-than-baseline", "line": ln("7\t统筹推进无纸化办公和电子文件归档", "2025年6月底前"),
  "text": "2025年6月底前", "why": "task 54 (统筹推进无纸化办公和电子文件归档工作…档案业务信创应用系统; 各市、县（区）具体负责) 完成时限 2024年; the county finishes in 2025 (2024 column only 60%)"},
 {"rule": "deadline-later-than-baseline", "line": ln("便民服务中心适老化与信息无障碍建设", "2025年6月底前"),
  "text": "2025年6月底前", "why": "task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 各市、县（区）分别负责) 完成时限 2024年; body measure says 2024年启动、2025年6月底前全面完成"},
]

M = []
def nf(rule, anchor, why, text=None, check=None):
    e = {"rule": rule, "line": ln(anchor, check or text), "why": why}
    if text: e["text"] = text
    M.append(e)

# citations
nf("basis-mismatch", "泾政办发〔2024〕23号", "the notice's own 文号, not a basis citation", "泾政办发〔2024〕23号")
nf("basis-mismatch", "《宁夏回族自治区2020年“数字政府”建设工作要点》", "retrospective mention in 工作基础 with its correct 文号, not cited as the basis of this plan", "宁政办发〔2020〕14号")
# dates that are not late / not invalid
nf("deadline-invalid", "截至2023年底", "past dates in the 工作基础 background (截至2023年底, 2023年11月), not deadlines", "截至2023年底")
nf("deadline-later-than-baseline", "到2024年底，县级数字政府建设工作体系基本健全", "2024 goal: no regional 2023 goal on the same thing; its contents are task 105 (宁政通, 2024年) and task 84 (一体化政务服务, 2024年)", "到2024年底")
nf("deadline-later-than-baseline", "到2025年，全县数字政府建设全面融入", "equal to the regional goal 到2025年…“34567”体系框架全面成型", "到2025年")
nf("deadline-later-than-baseline", "到2035年，与政府治理能力现代化相适应", "equal to the regional 2035 goal", "到2035年")
nf("deadline-later-than-baseline", "到2025年，累计建成数字乡村示范村10个", "task 10 (数字乡村) 持续推进，2025年取得明显成效: equal; 10个 is a count", "到2025年")
nf("deadline-later-than-baseline", "融入全区“视频一张网”", "task 49 (视频一张网) 完成时限 2025年: 2025年6月底前 is earlier; 2024年启动 is a start milestone", "2025年6月底前")
nf("deadline-later-than-baseline", "2025年底前实现全县行政村全覆盖", "task 83 (互联网+基层治理) 完成时限 2025年: equal", "2025年底前")
nf("deadline-later-than-baseline", "2024年9月底前完成专区改版", "task 86 (我的宁夏) 完成时限 2024年: earlier", "2024年9月底前")
M.append({"rule": "deadline-later-than-baseline", "line": ln("2025年底前全面实现“接诉即办”"), "text": "2025年底前",
          "why": "task 87 (12345 一呼即应改革) 完成时限 2023年启动，2025年完成: equal; the 2024年 座席整合 is an intermediate step"})
nf("deadline-later-than-baseline", "2024年底前实现全覆盖", "task 105 (宁政通) 完成时限 2024年: equal", "2024年底前")
M.append({"rule": "deadline-later-than-baseline", "line": ln("2025年底前形成全县统筹应用的视频会议平台"), "text": "2025年底前",
          "why": "task 107 (视频会议平台) 完成时限 2025年: equal (same line as the 宁政通 2024年底前)"})
nf("deadline-later-than-baseline", "每年3月底前制定年度工作要点", "recurring annual date for the county's own 工作要点 (tasks 116/121, 长期坚持)", "每年3月底前")
nf("deadline-later-than-baseline", "每年6月20日、12月10日前", "the office's own half-yearly reporting dates, not task deadlines", "12月10日前")
nf("deadline-later-than-baseline", "附件：泾源县数字政府建设分年度推进计划（2024年—2025年）", "attachment title: the plan period, not a deadline", "2024年—2025年")
nf("deadline-later-than-baseline", "序号\t重点任务\t责任单位\t2024年\t2025年\t完成时限", "table header: year column headings, not deadlines", "2025年")
nf("deadline-later-than-baseline", "1\t推广使用全区统一协同办公平台", "task 104 (协同办公平台) 完成时限 2024年: 2024年建成 equal; the 2025 column is ongoing operation, no completion milestone", "2024年建成，持续优化")
nf("deadline-later-than-baseline", "2\t推进“宁政通”移动办公县、乡、村三级全覆盖", "task 105 2024年: equal; 6月底前 in the 2024 column is an earlier milestone", "2024年12月底前")
nf("deadline-later-than-baseline", "5\t配合完成电子政务外网骨干网扩容", "task 47 (外网骨干网扩容、出口带宽) 完成时限 2024年: equal", "2024年")
nf("deadline-later-than-baseline", "8\t“我的宁夏”泾源专区改版升级", "task 86 2024年: equal; 2025 column 持续优化 is ongoing", "2024年底前")
nf("deadline-later-than-baseline", "9\t深化“一网通办”", "task 84 2024年: equal; 95%以上 is a percentage", "2024年")
nf("deadline-later-than-baseline", "10\t持续推进“雪亮工程”", "task 79 (雪亮工程) 2024年: equal; 2025 column 巩固提升 is ongoing", "2024年")
nf("deadline-later-than-baseline", "11\t推进“智慧应急”建设", "task 80 (智慧应急) 2024年: equal", "2024年12月底前")
nf("deadline-later-than-baseline", "12\t推进非税收入收缴电子化", "task 56 (非税收入收缴电子化) 2025年: equal; 80% in the 2024 column is an earlier partial milestone", "2025年")
nf("deadline-later-than-baseline", "13\t整合县乡非涉密视频会议系统资源", "task 107 2025年: equal; 新增乡镇会场3个 is a count", "2025年")
nf("deadline-later-than-baseline", "14\t推广机关事务管理信息系统", "task 111 (机关事务, 办公用房数据) 2025年: equal; 60% is a 2024 partial milestone", "2025年底前")
nf("deadline-later-than-baseline", "15\t应用“智慧林草”云平台", "task 98 (智慧林草) 2024年: equal", "2024年")
nf("deadline-later-than-baseline", "16\t深化“互联网+城乡供水”建设", "task 96 (互联网+城乡供水) 2025年: equal", "2025年")
nf("deadline-later-than-baseline", "17\t实施“互联网+基层治理”行动", "task 83 2025年: equal", "2025年")
nf("deadline-later-than-baseline", "18\t推进数字乡村建设", "task 10 持续推进，2025年取得明显成效: identical", "持续推进，2025年取得明显成效")
nf("deadline-later-than-baseline", "19\t依托“我的宁夏”推进“多卡合一”", "task 92 (多卡合一、多码合一) 2025年: equal", "2025年")
nf("deadline-invalid", "14\t推广机关事务管理信息系统", "percentage (完成办公用房信息采集60%), not a date", "60%")
nf("deadline-invalid", "10\t持续推进“雪亮工程”", "counts and percentages (120个, 100%), not dates", "120个")
# units
nf("unknown-unit", "（三）完善工作机制。各乡镇人民政府、县直各部门（单位）", "collective subjects", "县直各部门（单位）")
nf("unknown-unit", "（二）厘清层级职责。", "collective subjects 各乡镇（街道）、各村（社区）", "各村（社区）")
nf("unknown-unit", "17\t实施“互联网+基层治理”行动", "collective subject 各村（社区）", "各村（社区）")
nf("unknown-unit", "8\t“我的宁夏”泾源专区改版升级", "collective subject 县直有关部门", "县直有关部门")
nf("unknown-unit", "1\t推广使用全区统一协同办公平台", "县政府办公室 is a listed short name of 县人民政府办公室", "县政府办公室")
nf("unknown-unit", "9\t深化“一网通办”", "县审批局 is a listed short name of 县审批服务管理局", "县审批局")
nf("unknown-unit", "18\t推进数字乡村建设", "县发改局 is a listed short name of 县发展和改革局", "县发改局")
nf("unknown-unit", "12\t推进非税收入收缴电子化", "泾源县税务局 listed; 县教体局, 县卫健局 are listed short names", "县卫健局")
nf("unknown-unit", "11\t推进“智慧应急”建设", "县林草局 short name; 泾源县消防救援大队 listed", "泾源县消防救援大队")
nf("unknown-unit", "19\t依托“我的宁夏”推进“多卡合一”", "县人社局, 县医保局 are listed short names", "县医保局")
nf("unknown-unit", "（一）健全组织机构。参照自治区“五个一”", "县数字政府建设领导小组, 县人民政府办公室, 县数字政府服务中心 are all in units.txt", "县数字政府服务中心")
nf("unknown-unit", "推进县图书馆、文化馆、档案馆等公共场馆", "places being digitized, not responsible units", "县图书馆")
nf("unknown-unit", "积极参与“数字供销”国家级示范区建设", "县供销社 is a listed short name of 县供销合作社联合社", "县供销社")
nf("unknown-unit", "依托县委党校和宁夏干部教育培训网络学院", "县委党校 listed; the 网络学院 is a training platform, not a responsible unit", "县委党校")
# pillars
M += [
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "short but present: 二（三）营造良好数字生态 (line %d)" % ln("积极参与全区数据要素市场培育")},
 {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "四、健全县级工作体系，推动“六级贯通” (lines %d-%d) takes up 五个一 and 六级贯通 at county level" % (ln("四、健全县级工作体系"), ln("（三）完善工作机制。"))},
 {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "六（二）加大财政投入 (line %d)" % ln("（二）加大财政投入。")},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "六（三）提升数字素养 (line %d)" % ln("（三）提升数字素养。")},
]

C = []
def cv(task, anchor): C.append({"task": task, "line": ln(anchor)})
cv(3, "推进园区智慧化。"); cv(5, "完善数字经济治理。"); cv(6, "推动公共服务数字化。"); cv(8, "推动公共服务数字化。")
cv(9, "推进智慧县城建设。"); cv(10, "18\t推进数字乡村建设"); cv(11, "积极参与“数字供销”")
cv(14, "强化安全管理责任。"); cv(15, "强化安全管理责任。"); cv(17, "落实安全制度要求。"); cv(18, "提升安全防护能力。")
cv(21, "以数字化改革助力政府职能转变。"); cv(23, "创新数字政府建设管理机制。"); cv(24, "创新数字政府建设管理机制。"); cv(28, "开展试点示范。")
cv(30, "完善数据管理机制。"); cv(32, "完善数据管理机制。"); cv(36, "深化数据高效共享。"); cv(40, "规范电子公文管理。")
cv(41, "促进数据有序开发利用。"); cv(42, "促进数据有序开发利用。")
cv(46, "4\t推进县级政务信息系统向政务信创云迁移"); cv(47, "5\t配合完成电子政务外网骨干网扩容"); cv(48, "6\t开展县域城域网升级改造")
cv(49, "统筹融合视频资源。"); cv(50, "提升网络平台支撑能力。"); cv(52, "加强共性应用支撑能力。")
cv(54, "7\t统筹推进无纸化办公和电子文件归档"); cv(56, "12\t推进非税收入收缴电子化"); cv(64, "（一）健全组织机构。参照自治区")
cv(65, "加强经济数据汇聚治理。"); cv(68, "提升监管精准化水平。"); cv(71, "提升监管精准化水平。"); cv(72, "提升监管协同化和智能化水平。")
cv(77, "提升社会矛盾化解能力。"); cv(79, "10\t持续推进“雪亮工程”"); cv(80, "11\t推进“智慧应急”建设"); cv(83, "17\t实施“互联网+基层治理”行动")
cv(84, "9\t深化“一网通办”"); cv(85, "打造泛在可及的服务体系。"); cv(86, "8\t“我的宁夏”泾源专区改版升级"); cv(87, "2025年底前全面实现“接诉即办”")
cv(88, "提供优质便利的涉企服务。"); cv(89, "提供优质便利的涉企服务。"); cv(90, "推进县图书馆、文化馆、档案馆"); cv(92, "19\t依托“我的宁夏”推进“多卡合一”")
cv(93, "便民服务中心适老化与信息无障碍建设"); cv(94, "提升生态环保协同治理能力。"); cv(96, "16\t深化“互联网+城乡供水”建设")
cv(97, "提高自然资源利用效率。"); cv(98, "15\t应用“智慧林草”云平台"); cv(102, "推动绿色低碳转型。")
cv(103, "提升辅助决策能力。"); cv(104, "1\t推广使用全区统一协同办公平台"); cv(105, "2\t推进“宁政通”移动办公县、乡、村三级全覆盖")
cv(106, "3\t依托“宁政通”推广全区统一的填表报数系统"); cv(107, "13\t整合县乡非涉密视频会议系统资源"); cv(108, "提升行政监督水平。")
cv(111, "14\t推广机关事务管理信息系统"); cv(112, "不断提升政府信息公开水平。"); cv(114, "发挥政务新媒体传播优势。"); cv(115, "畅通政民互动渠道。")
cv(116, "（一）加强组织领导。各乡镇"); cv(25, "（二）加大财政投入。"); cv(118, "（三）提升数字素养。"); cv(122, "（四）强化考核评价。"); cv(123, "（四）强化考核评价。"); cv(124, "（四）强化考核评价。")

key = {
 "writer": "blind writer, round 373; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("泾源县 (固原市) county plan of 2024-04-18 checked against 宁政发〔2023〕17号 only (no parent plan). "
           "Tasks are set out year by year in the attached table (columns 2024年 / 2025年 hold the end-of-year milestone, "
           "完成时限 holds the completing milestone); a 2025-column entry such as 巩固提升/持续优化 on a task completed in 2024 is "
           "ongoing work, not a later completion. Deadlines of tasks the region dated 2023 are deliberately left undated in the body. "
           "Line 9 also cites 国发〔2022〕14号 and 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） correctly (the latter exactly as in the 吴忠 seed); "
           "they are not listed in mustNotFlag only because they share line 9 with the planted basis-mismatch. "
           "The unit registry is units.txt (county units, the seven 乡镇 governments). No task-uncovered entries are planted.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(C), len(L))
for e in expect: print(e["rule"], e["line"], e["text"])
