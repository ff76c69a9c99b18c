#!/usr/bin/python3
# Writes key.json for blind case 907. Every line number is found from a unique substring of draft.txt.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def L(marker, text=None):
    hits = [i + 1 for i, s in enumerate(LINES) if marker in s]
    assert len(hits) == 1, (marker, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (marker, text)
    return hits[0]


def e(rule, marker, text, why, **kw):
    d = {"rule": rule, "line": L(marker, text)}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


expect = [
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (government series, not the 办公厅 宁政办发 series)"),
    e("deadline-later-than-baseline", "开展城域网升级改造，完成县、乡、村三级电子政务外网全覆盖", "2025年6月底前",
      "task 48 (各级城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024 年; task 47 (电子政务外网升级改造) also 2024 年"),
    e("deadline-invalid", "推进盐池滩羊肉“一品一码”追溯", "2024年6月31日",
      "June has 30 days: 2024年6月31日 does not exist (the year itself is not late: task 71 完成时限 2024年)"),
    e("unknown-unit", "编制县级公共数据开放目录及责任清单", "县大数据局",
      "not in units.txt: the county body is 县大数据服务中心 (市大数据局 is the city's); lead of the task-41 row"),
    e("unknown-unit", "推进财政电子票据一站式查验和非税收入收缴电子化", "自治区财政厅",
      "regional body named as the lead (牵头单位) of a county task, copied from tasks 55/56; the county lead would be 县财政局"),
    e("garbled-text", "建设成果，推进数字孪生灌区和智慧水务建设", "娣卞寲浜掕仈缃戝煄",
      "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 深化互联网城乡供水示范县"),
]

mnf = []


def m(rule, marker, text, why, **kw):
    mnf.append(e(rule, marker, text, why, **kw))


# ---- units: bodies of the city or region named only as 配合单位 (the round's near misses)
m("unknown-unit", "与市直对口部门建立数字化工作对接机制", "市大数据管理服务局",
  "city body as 配合单位 only; listed in units.txt (吴忠市对口单位); the county office leads")
m("unknown-unit", "巩固“数字供销”示范区建设成效", "市供销社", "city body as 配合单位 only; in units.txt; 县供销社 leads")
m("unknown-unit", "配合培育数据要素市场", "市发展改革委", "city body as 配合单位 only; in units.txt; 县发展改革局 leads")
m("unknown-unit", "开展网络生态治理专项行动", "宁夏通信管理局",
  "regional-level body that is a unit of the baseline (tasks 5, 16, 82), named only as 配合单位; 县委网信办 leads")
m("unknown-unit", "开展常态化安全防护和应急演练", "市委网信办", "city body as 配合单位 only; in units.txt; 县委网信办 leads")
m("unknown-unit", "完善县、乡、村三级政务服务体系", "市审批服务管理局", "city body as 配合单位 only; in units.txt; 县审批服务管理局 leads")
m("unknown-unit", "提升应急指挥调度和风险监测预警能力", "吴忠市气象局", "city body as 配合单位 only; in units.txt (also in the Wuzhong registry)")
m("unknown-unit", "做好县级交易信息上平台", "自治区公共资源交易管理局",
  "regional body of the baseline (tasks 12, 100, 108) named only as 配合单位; 县水务局 leads")
m("unknown-unit", "推进公共资源交易全流程数字化管理和监督", "自治区公共资源交易管理局",
  "regional body named only as 配合单位; 县公共资源交易中心 leads")
m("unknown-unit", "加快盐池工业园区“智慧园区”建设", "吴忠市生态环境局盐池分局",
  "the city bureau's county branch, listed in units.txt, as 配合单位")
m("unknown-unit", "依托生态环境大数据平台", "吴忠市生态环境局盐池分局",
  "the city bureau's branch seated in the county is the county's environmental authority and is listed in units.txt; not a regional body")
# ---- units: prefix distribution, aliases, collectives, bodies outside the government proper
m("unknown-unit", "推进公共资源交易全流程数字化管理和监督", "财政局",
  "县发展改革局、财政局: the 县 prefix distributes, 县财政局 is in units.txt")
m("unknown-unit", "整合县级机关事务管理信息系统", "审计局", "县财政局、审计局: the 县 prefix distributes, 县审计局 is in units.txt")
m("unknown-unit", "巩固“数字供销”示范区建设成效", "县供销社", "official short name of 县供销合作社 (alias in units.txt)")
m("unknown-unit", "配合建设完善人口、法人、自然资源、电子证照等基础数据库", "县人社局", "short name of 县人力资源和社会保障局 (alias in units.txt)")
m("unknown-unit", "配合建设完善人口、法人、自然资源、电子证照等基础数据库", "县卫健局", "short name of 县卫生健康局 (alias in units.txt)")
m("unknown-unit", "完成县级政府网站、政务服务场所适老化", "县残联", "short name of 县残疾人联合会 (alias in units.txt)")
m("unknown-unit", "推进数字乡村建设，补齐乡村信息基础设施短板", "各村（社区）", "collective subject")
m("unknown-unit", "将数字政府建设工作纳入“一把手工程”", "县直各部门（单位）", "collective subject as the responsible party, as the region does in task 116")
m("unknown-unit", "厘清县、乡（镇）、村（社区）三级数字政府建设职责", "各乡镇人民政府", "collective subject")
m("unknown-unit", "推动规模以上工业企业上云用云", "中国电信盐池分公司", "operator outside the government proper, listed in units.txt")
m("unknown-unit", "先在花马池镇开展试点", "花马池镇人民政府", "a named town government of the county, listed in units.txt")
m("unknown-unit", "坚持和发展新时代“枫桥经验”", "县人民检察院", "judicial body outside the government proper, listed in units.txt")
m("unknown-unit", "推进供水、供电、供气等公共数据与政务数据融合应用", "国网盐池县供电公司", "public utility, listed in units.txt")

# ---- deadlines: equal, earlier, ongoing, and dates that are not task deadlines
m("deadline-later-than-baseline", "到2025年，全县数字政府建设“1347”体系框架全面成型", "到2025年",
  "same year as the regional goal (到2025年 “34567” 体系框架全面成型) and the Wuzhong goal (到2025年 “1347” 体系框架全面成型)")
m("deadline-later-than-baseline", "县级政务服务事项网上可办率稳定在98%以上", "2024年",
  "2024 goal of the county's own; no higher-level goal for the same thing falls earlier (填表报数 is task 106, 2025年)")
m("deadline-invalid", "近年来，我县按照", "2023年", "past date in the background (what was achieved in 2023), not a deadline")
m("deadline-invalid", "2023年11月27日吴忠市人民政府印发实施方案后", "2023年11月27日", "past date in the background (the city plan's date)")
m("deadline-later-than-baseline", "于每季度最后一个月25日前向县政府办公室报送", "2024年12月10日前", "the office's own reporting date, not a task deadline")
m("deadline-later-than-baseline", "县政府办公室将于2024年7月、11月", "2024年7月", "the office's own inspection schedule, not a task deadline")
m("deadline-later-than-baseline", "健全县、乡两级数字政府建设组织机构和工作体制机制", "2024年5月底前", "task 64 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "围绕滩羊、黄花菜、小杂粮", "2024年11月底前", "task 2 完成时限 2023年启动，2024年取得明显成效 / task 10 持续推进，2025年取得明显成效: not later")
m("deadline-later-than-baseline", "加快盐池工业园区“智慧园区”建设", "2024年12月底前", "task 3 完成时限 持续推进，2025年取得明显成效: earlier")
m("deadline-later-than-baseline", "强化政企协同、部门协同、社会共治", "2024年12月底前", "task 5 完成时限 持续推进，2025年取得明显成效: earlier")
m("deadline-later-than-baseline", "推进“互联网+医疗健康”建设", "2024年12月底前", "task 8 完成时限 持续推进，2025年取得明显成效: earlier")
m("deadline-later-than-baseline", "深化国家智慧教育平台应用", "2024年8月底前",
  "task 7 完成时限 2023年形成试点经验，2025年取得明显成效: the completing milestone is 2025; the 2023 milestone (试点经验) is the region's own")
m("deadline-later-than-baseline", "推进数字乡村建设，补齐乡村信息基础设施短板", "2024年底前", "task 10 完成时限 持续推进，2025年取得明显成效: earlier")
m("deadline-later-than-baseline", "巩固“数字供销”示范区建设成效", "2024年10月底前",
  "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: the county row consolidates 成效, completing milestone 2025")
m("deadline-later-than-baseline", "配合培育数据要素市场", "2024年12月底前", "task 12 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "开展常态化安全防护和应急演练", "长期坚持",
  "task 18 完成时限 2023年形成机制，长期坚持 (task 14 2023年): an ongoing duty with no dated milestone, nothing later")
m("deadline-later-than-baseline", "推动县级政务信息系统向政务信创云迁移适配", "2024年12月底前", "task 19 完成时限 2023年启动，2024年建成 and task 46 2024年: equal")
m("deadline-later-than-baseline", "推动行政权力事项网上运行、动态管理", "2024年10月底前", "task 21 完成时限 2024年, task 22 2025年: not later")
m("deadline-later-than-baseline", "清理县级行政规范性文件中与数字政府建设不相适应的条款", "2024年9月底前", "task 26 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "积极申报自治区、吴忠市数字政府建设试点示范", "2024年11月底前", "task 28 完成时限 2023年启动，2025年取得明显成效: earlier")
m("deadline-later-than-baseline", "配合建设完善人口、法人、自然资源、电子证照等基础数据库", "2024年12月底前", "tasks 33 and 34 完成时限 2024年: equal")
m("deadline-later-than-baseline", "强化电子公文管理", "2024年11月底前", "task 40 and task 54 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "编制县级公共数据开放目录及责任清单", "2024年12月底前", "task 41 完成时限 2024年: equal")
m("deadline-later-than-baseline", "推进供水、供电、供气等公共数据与政务数据融合应用", "2024年12月底前", "task 42 完成时限 2024年: equal")
m("deadline-later-than-baseline", "将县级部门业务系统统一纳入全区一体化政务云平台管理", "2024年10月底前", "tasks 45 and 46 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "推进部门非涉密业务专网向电子政务外网整合迁移", "2024年12月底前", "task 50 完成时限 2024年: equal")
m("deadline-later-than-baseline", "依托全区统一的视频共享平台", "2024年11月底前", "task 49 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "推广应用全区统一电子证照、电子印章", "2024年12月底前", "task 52 完成时限 2025年, task 53 2024年: not later")
m("deadline-later-than-baseline", "推进财政电子票据一站式查验和非税收入收缴电子化", "2024年12月底前", "task 55 完成时限 2024年, task 56 2025年: not later (the row's error is its lead unit)")
m("deadline-later-than-baseline", "推进县级信用信息归集共享", "2024年12月底前", "task 57 完成时限 2024年: equal")
m("deadline-later-than-baseline", "积极对接使用宁夏经济运行大数据平台", "2024年9月底前", "task 66 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "配合建设宁夏经济治理基础数据库", "2024年12月底前", "task 65 完成时限 2024年: equal")
m("deadline-later-than-baseline", "推进企业信用风险分类管理", "2024年12月底前", "task 70 完成时限 2024年: equal")
m("deadline-later-than-baseline", "加强“屏、端、仪”等监管设施配备", "2024年12月底前", "task 74 完成时限 2024年: equal")
m("deadline-later-than-baseline", "坚持和发展新时代“枫桥经验”", "2024年10月底前", "task 77 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "持续推进“雪亮工程”建设应用", "2024年12月底前", "task 79 完成时限 2024年: equal")
m("deadline-later-than-baseline", "推进“智慧应急”建设", "2024年11月底前", "task 80 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "实施“互联网+基层治理”行动", "2024年12月底前", "task 83 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "完善县、乡、村三级政务服务体系", "2024年12月底前", "task 84 完成时限 2024年: equal")
m("deadline-later-than-baseline", "推广“我的宁夏”政务APP", "2024年9月底前", "task 86 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "持续推进12345政务服务便民热线“一呼即应”改革", "2024年12月底前", "task 87 完成时限 2023年启动，2025年完成: earlier")
m("deadline-later-than-baseline", "推进“证照分离”改革和“一业一证”", "2024年11月底前", "tasks 88 and 89 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "推进县图书馆、文化馆、博物馆、档案馆等公共场馆数字化转型", "2024年12月底前", "task 90 完成时限 2024年: equal")
m("deadline-later-than-baseline", "完成县级政府网站、政务服务场所适老化", "2024年10月底前", "task 93 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "依托生态环境大数据平台", "2024年12月底前", "task 94 完成时限 2024年, task 95 2025年: not later")
m("deadline-later-than-baseline", "建设成果，推进数字孪生灌区和智慧水务建设", "2024年12月底前", "task 96 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "配合建成宁夏自然资源三维立体“一张图”", "2024年12月底前", "task 97 完成时限 2024年: equal")
m("deadline-later-than-baseline", "推广应用宁夏“智慧林草”云平台", "2024年11月底前", "task 98 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "做好县级交易信息上平台", "2024年12月底前", "task 100 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "推广使用全区统一的协同办公平台", "2024年8月底前", "task 104 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "推进“宁政通”在县、乡、村三级全面应用", "2024年9月底前", "task 105 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "依托“宁政通”APP推广全区统一的填表报数系统", "2024年12月底前", "task 106 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "推进公共资源交易全流程数字化管理和监督", "2024年12月底前", "task 108 完成时限 长期推进，2024年取得明显成效: equal")
m("deadline-later-than-baseline", "整合县级机关事务管理信息系统", "2024年12月底前", "task 111 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "统筹整合县直部门和乡镇非涉密视频会议系统资源", "2024年10月底前", "task 107 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "完善县政府网站等政务公开信息化平台", "2024年12月底前", "task 112 完成时限 2024年: equal")
m("deadline-later-than-baseline", "配合建设宁夏人大法规规章规范性文件数据库", "2024年11月底前", "task 113 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "构建县级政务新媒体矩阵体系", "2024年12月底前", "task 114 完成时限 2024年: equal")
m("deadline-later-than-baseline", "以12345政务服务便民热线为枢纽", "2024年12月底前", "task 115 完成时限 2024年: equal")
m("deadline-later-than-baseline", "推动规模以上工业企业上云用云", "2024年12月底前", "closest task 2 完成时限 2023年启动，2024年取得明显成效: equal")
m("deadline-later-than-baseline", "推行“互联网+养老”社区居家养老服务模式", "2024年12月底前", "task 6 完成时限 持续推进，2025年取得明显成效: earlier")
m("deadline-later-than-baseline", "贯彻落实数字政府建设相关标准规范", "2024年12月底前", "closest task 27 (标准化) 完成时限 2024年: equal")
m("deadline-later-than-baseline", "厘清县、乡（镇）、村（社区）三级数字政府建设职责", "2024年9月底前", "from the 厘清层级职责 body text; no regional task with an earlier date (county 指挥调度 relates to task 81, 2025年)")
m("deadline-later-than-baseline", "落实“一联系、两清单”工作机制", "2024年6月底前", "the Wuzhong plan's own 工作机制 item; no regional task for it")
m("deadline-later-than-baseline", "与市直对口部门建立数字化工作对接机制", "2024年6月底前", "county-city liaison of the county's own; no regional task")
m("deadline-later-than-baseline", "开展网络生态治理专项行动", "2024年11月底前", "from the 营造良好数字生态 body text; no regional task in the list")
m("deadline-later-than-baseline", "宣传数字政府建设政策措施和进展成效", "长期坚持", "宣传引导 support measure; no regional task; ongoing")
m("deadline-later-than-baseline", "将数字政府建设工作纳入“一把手工程”", "长期坚持", "task 116 完成时限 2023年完成并长期坚持: the county keeps it up, no dated milestone")
m("deadline-later-than-baseline", "根据财政支出责任，将数字政府建设经费纳入年度预算", "长期坚持",
  "support measure from 加大财政投入 (closest task 25, 2023年): an ongoing duty with no dated milestone")
m("deadline-later-than-baseline", "把数字治理能力作为县委党校干部培训的重要内容", "长期坚持", "task 118 完成时限 2023年完成并长期坚持: ongoing, no dated milestone")
m("deadline-later-than-baseline", "制定2024年度数字政府建设重点任务考核指标体系", "2024年5月底前", "task 121 完成时限 长期坚持 (每年度制定): a dated yearly step cannot be later")
m("deadline-later-than-baseline", "将数字政府建设考核结果作为领导班子", "长期坚持", "task 123 完成时限 2023 年完成，长期坚持: ongoing")
m("deadline-later-than-baseline", "定期开展督促检查和经验交流", "长期坚持", "task 124 完成时限 2023 年形成机制，长期坚持: ongoing")

# ---- basis documents
m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct national basis document and number")
m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "吴忠市人民政府《关于加强数字政府建设的实施方案》",
  "the parent city plan cited by title alone with its correct title; it has no 文号")
m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号",
  "《数字宁夏“1244+N”行动计划实施方案》 is cited with this number in the Wuzhong plan itself")
m("basis-mismatch", "近年来，我县按照", "宁政办发〔2020〕14号",
  "retrospective mention of the 2020 工作要点 with its correct number, in the background, not cited as basis")
m("basis-mismatch", "盐政办发〔2024〕21号", "盐政办发〔2024〕21号", "the notice's own 文号, not a citation")

# ---- pillars present by content
m("missing-pillar", "营造良好数字生态", None, "rows 14-15 take up 数字生态 (数据要素市场, 网络生态)", pillar="数字生态")
m("missing-pillar", "（一）完善“一套体系”", None,
  "the “一套体系” table (组织机构, 六级贯通 层级职责, 工作机制) takes up 五个一/六级贯通 as the Wuzhong plan folds it", pillar="五个一和六级贯通")
m("missing-pillar", "根据财政支出责任，将数字政府建设经费纳入年度预算", None, "财政投入 is taken up by row 64", pillar="财政投入")
m("missing-pillar", "把数字治理能力作为县委党校干部培训的重要内容", None, "数字素养 is taken up by row 65", pillar="数字素养")

# line 0 for pillars (any line)
for d in mnf:
    if d["rule"] == "missing-pillar":
        d["line"] = 0


def c(task, marker):
    return {"task": task, "line": L(marker)}


covers = [
    c(64, "健全县、乡两级数字政府建设组织机构和工作体制机制"),
    c(3, "加快盐池工业园区“智慧园区”建设"),
    c(5, "强化政企协同、部门协同、社会共治"),
    c(8, "推进“互联网+医疗健康”建设"),
    c(7, "深化国家智慧教育平台应用"),
    c(10, "推进数字乡村建设，补齐乡村信息基础设施短板"),
    c(11, "巩固“数字供销”示范区建设成效"),
    c(12, "配合培育数据要素市场"),
    c(14, "开展常态化安全防护和应急演练"),
    c(18, "开展常态化安全防护和应急演练"),
    c(21, "推动行政权力事项网上运行、动态管理"),
    c(26, "清理县级行政规范性文件中与数字政府建设不相适应的条款"),
    c(28, "积极申报自治区、吴忠市数字政府建设试点示范"),
    c(33, "配合建设完善人口、法人、自然资源、电子证照等基础数据库"),
    c(34, "配合建设完善人口、法人、自然资源、电子证照等基础数据库"),
    c(40, "强化电子公文管理"),
    c(41, "编制县级公共数据开放目录及责任清单"),
    c(42, "推进供水、供电、供气等公共数据与政务数据融合应用"),
    c(45, "将县级部门业务系统统一纳入全区一体化政务云平台管理"),
    c(46, "将县级部门业务系统统一纳入全区一体化政务云平台管理"),
    c(48, "开展城域网升级改造，完成县、乡、村三级电子政务外网全覆盖"),
    c(50, "推进部门非涉密业务专网向电子政务外网整合迁移"),
    c(49, "依托全区统一的视频共享平台"),
    c(52, "推广应用全区统一电子证照、电子印章"),
    c(55, "推进财政电子票据一站式查验和非税收入收缴电子化"),
    c(56, "推进财政电子票据一站式查验和非税收入收缴电子化"),
    c(57, "推进县级信用信息归集共享"),
    c(66, "积极对接使用宁夏经济运行大数据平台"),
    c(65, "配合建设宁夏经济治理基础数据库"),
    c(70, "推进企业信用风险分类管理"),
    c(71, "推进盐池滩羊肉“一品一码”追溯"),
    c(74, "加强“屏、端、仪”等监管设施配备"),
    c(77, "坚持和发展新时代“枫桥经验”"),
    c(79, "持续推进“雪亮工程”建设应用"),
    c(80, "推进“智慧应急”建设"),
    c(83, "实施“互联网+基层治理”行动"),
    c(84, "完善县、乡、村三级政务服务体系"),
    c(86, "推广“我的宁夏”政务APP"),
    c(87, "持续推进12345政务服务便民热线“一呼即应”改革"),
    c(88, "推进“证照分离”改革和“一业一证”"),
    c(89, "推进“证照分离”改革和“一业一证”"),
    c(90, "推进县图书馆、文化馆、博物馆、档案馆等公共场馆数字化转型"),
    c(93, "完成县级政府网站、政务服务场所适老化"),
    c(95, "依托生态环境大数据平台"),
    c(97, "配合建成宁夏自然资源三维立体“一张图”"),
    c(98, "推广应用宁夏“智慧林草”云平台"),
    c(100, "做好县级交易信息上平台"),
    c(104, "推广使用全区统一的协同办公平台"),
    c(105, "推进“宁政通”在县、乡、村三级全面应用"),
    c(106, "依托“宁政通”APP推广全区统一的填表报数系统"),
    c(108, "推进公共资源交易全流程数字化管理和监督"),
    c(111, "整合县级机关事务管理信息系统"),
    c(107, "统筹整合县直部门和乡镇非涉密视频会议系统资源"),
    c(112, "完善县政府网站等政务公开信息化平台"),
    c(113, "配合建设宁夏人大法规规章规范性文件数据库"),
    c(114, "构建县级政务新媒体矩阵体系"),
    c(115, "以12345政务服务便民热线为枢纽"),
    c(116, "将数字政府建设工作纳入“一把手工程”"),
    c(118, "把数字治理能力作为县委党校干部培训的重要内容"),
    c(121, "制定2024年度数字政府建设重点任务考核指标体系"),
    c(123, "将数字政府建设考核结果作为领导班子"),
    c(124, "定期开展督促检查和经验交流"),
]

key = {
    "writer": "blind writer, round 907; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": (
        "盐池县 2024 年重点任务分工方案: notice, short preamble and goals, then one table per pillar of the Wuzhong “1347” "
        "framework plus 党的领导 (columns 序号/工作任务/牵头单位/配合单位/完成时限, tab-separated), then 工作要求. "
        "units.txt is the county registry; it also lists the 吴忠 city bodies the county names as 配合单位 and units seated "
        "in the county (吴忠市生态环境局盐池分局, 盐池县气象局, operators). Line 14 states that the first-listed lead is the "
        "main lead. Rows whose closest regional task is due 2023 carry 长期坚持 (no dated milestone) rather than a 2024 date. "
        "No task-uncovered entries are planted: an annual 分工方案 naturally leaves many tasks out, and which of them a "
        "county must carry out is left to the checker's own reading."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers")
