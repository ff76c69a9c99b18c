# -*- coding: utf-8 -*-
# Builds key.json; every line number is found from a unique snippet of draft.txt and checked.
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]

def ln(snippet):
    hits = [i + 1 for i, l in enumerate(lines) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]

def entry(rule, find, text=None, why="", **kw):
    n = ln(find)
    if text is not None:
        assert text in lines[n - 1], (text, n)
    e = {"rule": rule, "line": n}
    if text is not None:
        e["text"] = text
    e.update(kw)
    e["why"] = why
    return e

expect = [
    entry("basis-mismatch", "（宁政办发〔2023〕17号）", "宁政办发〔2023〕17号",
          "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (seed gazette; the 起草说明 cites it correctly); 宁政办发 is the 办公厅 series. The other citations on this line (国发〔2022〕14号, 宁政办发〔2023〕11号 for the 1244+N 实施方案, the 吴忠 plan by title) are correct."),
    entry("deadline-later-than-baseline", "到2026年，全区数字政府建设“1347”体系框架全面成型", "2026年",
          "主要目标 goal: 宁政发〔2023〕17号 says 到2025年 the “34567”体系框架全面成型, and the 吴忠 plan says 到2025年 the “1347”体系框架全面成型; 2026 is later than both (and outside the plan's own 2024—2025 task list)."),
    entry("deadline-later-than-baseline", "开展城域网升级改造，推进电子政务外网区、乡、村全覆盖", "2025年底",
          "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…; 各市、县（区）具体负责) has 完成时限 2024年."),
    entry("deadline-invalid", "2024年6月31日前", "6月31日",
          "June has 30 days; impossible date. Task 54 (电子文件归档, 完成时限 2024年) so it is not later, only invalid."),
    entry("unknown-unit", "自治区政府办公厅牵头，区大数据服务中心", "自治区政府办公厅",
          "a regional body named as the lead (牵头, and first-listed) of a district task; copied from task 46 (自治区政府办公厅牵头负责…, 2024年). The district lead should be a 利通区 unit (区大数据服务中心)."),
    entry("garbled-text", "鏀垮姟鍗忓悓", "鏀垮姟鍗忓悓鍔炲叕骞冲彴",
          "UTF-8 bytes of 政务协同办公平台 read as GBK (re-encode as GBK, decode as UTF-8 to recover)."),
]

M = []
m = lambda *a, **k: M.append(entry(*a, **k))
m("deadline-later-than-baseline", "于2024年3月29日前将书面意见", "2024年3月29日", "the drafting office's deadline for comments, not a task deadline")
m("unknown-unit", "征求意见说明", "各街道办事处", "collective subject (各乡镇人民政府、各街道办事处，区直各部门（单位）) addressed for comments")
m("basis-mismatch", "【拟删除】参照《宁夏回族自治区2020年", "宁政办发〔2020〕14号", "line marked 【拟删除】 by the office; title and 文号 of the 2020 工作要点 match each other and the office's note already says the document no longer applies")
m("deadline-invalid", "截至2023年底，全区已有23个", "2023年底", "past dates (2022年以来, 2023年, 截至2023年底) in the 工作基础 background, not deadlines")
m("deadline-later-than-baseline", "到2024年底，区、乡镇（街道）两级", "2024年底", "2024 goals: local organisation (task 64, 2025年; the region's 2023年底 goal concerns 自治区本级“五个一”, not counties), migration to 政务信创云 (task 43 2024年建成，持续推进; task 46 2024年), “我的宁夏” 专区 (task 86, 2024年) — none later; the 吴忠 plan's 2023年底 goals (工作体系更加科学规范, 家底全面理清, 应用迭代升级) are different goals, and the “一联系、两清单” mechanism has no dated city goal")
m("deadline-later-than-baseline", "到2035年，与政府治理能力现代化", "2035年", "equal to the 2035 goal of the region and of the 吴忠 plan")
m("unknown-unit", "依托宁夏干部教育培训网络学院和区委党校", "宁夏干部教育培训网络学院", "a training platform named as a means (the 吴忠 plan names it too), not a responsible unit")
m("deadline-later-than-baseline", "【请区财政局核实与2024年预算安排是否衔接】", "2024年", "year inside an office query about the budget, not a deadline")
m("deadline-later-than-baseline", "各责任单位于每季度末月25日前", "2024年12月10日", "the office's own reporting dates (quarterly progress, annual summary), not task deadlines")
m("deadline-later-than-baseline", "参照自治区、吴忠市做法，健全区级数字政府建设组织机构", "2024年6月底前", "task 64 (各地各部门参照自治区做法，成立相应的组织机构; 各市、县（区）负责) has 完成时限 2025年; earlier")
m("unknown-unit", "加快金积工业园区“智慧园区”建设，一体化提升园区公共服务、资源匹配、环境保护、应急安全等数字化、智能化", "区经信局", "old unit name quoted inside the office's query, already replaced by 区工业信息化和商务局; not a responsible unit")
m("deadline-later-than-baseline", "加快金积工业园区“智慧园区”建设，一体化提升园区公共服务、资源匹配、环境保护、应急安全等数字化、智能化", "持续推进，2025年取得明显成效", "task 3 完成时限 持续推进，2025年取得明显成效; equal")
m("unknown-unit", "区卫健局、医保局、民政局", "医保局", "prefix 区 distributes: 区医保局, 区民政局 (both in units.txt)")
m("deadline-later-than-baseline", "区卫健局、医保局、民政局", "持续推进，2025年取得明显成效", "task 8 完成时限 持续推进，2025年取得明显成效; equal")
m("deadline-later-than-baseline", "配合吴忠市推进城市运行管理服务平台建设，推动", "2025年", "task 9 完成时限 持续推进，2025年取得明显成效; equal")
m("deadline-later-than-baseline", "推进全国“数字供销”示范区建设", "2025年取得明显成效", "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone is equal")
m("deadline-invalid", "\t2023年形成机制，长期坚持", "2023年形成机制", "copied regional deadline (task 18: 2023年形成机制，长期坚持) lying before the plan's year; the 起草说明 explains the mechanism already exists; ongoing")
m("deadline-later-than-baseline", "区委网信办、吴忠市公安局利通区分局，区直各部门（单位）", "2023年形成机制，长期坚持", "equal to task 18 完成时限 2023年形成机制，长期坚持")
m("unknown-unit", "区委网信办、吴忠市公安局利通区分局，区直各部门（单位）", "吴忠市公安局利通区分局", "official name of the district public-security body (a branch of the city bureau), listed in units.txt; must not be split into 吴忠市公安局")
m("deadline-later-than-baseline", "每年确定区级数字政府试点领域", "2024年启动，2025年取得明显成效", "task 28 完成时限 2023年启动，2025年取得明显成效; the start is later but the completing milestone (2025) is equal")
m("deadline-later-than-baseline", "编制区级公共数据开放目录及相关责任清单", "2024年", "task 41 完成时限 2024年; equal (the bracketed query 【请区发改局核实时限】 is the office's)")
m("unknown-unit", "编制区级公共数据开放目录及相关责任清单", "区发改局", "official short name of 区发展和改革局 (units.txt); also inside the office's query")
m("deadline-later-than-baseline", "推进供水、供电、供气、公共交通等公共数据与政务数据的融合应用", "2024年底", "task 42 完成时限 2024年; equal")
m("deadline-later-than-baseline", "推进区直部门政务信息系统向自治区政务信创云有序迁移，加强", "2024年6月底前", "task 46 完成时限 2024年 (task 43 2024年建成，持续推进); earlier")
m("unknown-unit", "【拟删除】建设区级政务云平台", "区信息中心", "row marked 【拟删除】 by the office")
m("deadline-later-than-baseline", "【拟删除】建设区级政务云平台", "2025年底", "row marked 【拟删除】 by the office (would otherwise match task 19 2023年启动，2024年建成 / task 43)")
m("deadline-later-than-baseline", "有序推进非涉密业务专网向电子政务外网整合迁移或安全互联", "2024年", "task 50 完成时限 2024年; equal")
m("unknown-unit", "整合全区公共安全、交通、城管等视频资源", "区综治中心", "former wording quoted inside the office's query; the responsible unit is 区委政法委")
m("deadline-later-than-baseline", "整合全区公共安全、交通、城管等视频资源", "2025年", "task 49 完成时限 2025年; equal")
m("deadline-later-than-baseline", "推动个人证照在就医上学", "2025年", "task 52 完成时限 2025年; equal")
m("unknown-unit", "区发改局、统计局", "统计局", "prefix 区 distributes: 区统计局")
m("deadline-later-than-baseline", "对食品药品、医疗器械、特种设备、农副产品等重点领域", "2024年底", "task 71 完成时限 2024年; equal")
m("unknown-unit", "区委政法委，区司法局、信访局", "信访局", "prefix 区 distributes: 区信访局")
m("unknown-unit", "区应急局、水务局、自然资源局，利通区消防救援大队", "利通区消防救援大队", "listed in units.txt (body outside the government proper); 区 prefix distributes over 水务局、自然资源局")
m("unknown-unit", "区委政法委，各乡镇（街道）、各村（社区）", "各村（社区）", "collective subject")
m("deadline-later-than-baseline", "区委政法委，各乡镇（街道）、各村（社区）", "2025年", "task 83 完成时限 2025年; equal")
m("unknown-unit", "按职责分别负责", "区直各部门（单位）", "collective subjects with a role phrase (区直各部门（单位）、各乡镇（街道）按职责分别负责)")
m("deadline-later-than-baseline", "配合推进宁夏“智慧林草”云平台应用", "2025年底", "the earlier draft's date quoted inside the office's query; the deadline is 2024年, equal to task 98 (2024年)")
m("deadline-later-than-baseline", "推广使用全区统一的填表报数系统", "2025年", "task 106 完成时限 2025年; equal")
m("deadline-later-than-baseline", "每年制定数字政府建设重点任务考核指标，强化", "长期坚持", "task 121 完成时限 长期坚持; equal")
m("basis-mismatch", "2022年6月，国务院印发", "宁政发〔2023〕17号", "correct citations in the 起草说明 (国发〔2022〕14号, 宁政发〔2023〕17号, 吴忠 plan of 2023-11-27)")
m("deadline-invalid", "2022年6月，国务院印发", "2023年11月27日", "issue dates of the higher documents in the 起草说明's account, not deadlines")
m("basis-mismatch", "此前，我区数字政府建设主要依据", "宁政办发〔2020〕14号", "retrospective mention of the old document, explicitly no longer a basis")
m("deadline-invalid", "此前，我区数字政府建设主要依据", "2020年底前", "past date in the account of earlier work")
m("deadline-invalid", "2024年1月，区政府办公室牵头成立起草组", "2024年1月", "drafting history dates")
m("deadline-later-than-baseline", "2024年3月5日，起草组召开座谈会", "4月中旬", "the office's own schedule for submitting the draft, not a task deadline")
m("deadline-invalid", "（二）关于沿用时限表述", "2023年形成机制", "the 起草说明 quoting the regional wording it copied, not a deadline")
m("deadline-invalid", "（一）关于完成时限", "2023年", "account of the region's 2023 tasks, not a deadline")
m("unknown-unit", "（三）关于责任单位", "区经信局", "former unit name mentioned in the 起草说明's explanation of the renaming")
m("basis-mismatch", "（四）关于拟删除内容", "宁政办发〔2020〕14号", "account of the deleted citation")
m("deadline-later-than-baseline", "（五）关于征求意见安排", "2024年3月29日", "the office's comment deadline")

covers_spec = [
    (3, "加快金积工业园区“智慧园区”建设，一体化提升园区公共服务、资源匹配、环境保护、应急安全等数字化、智能化"),
    (5, "强化政企协同、部门协同、社会共治的监管和治理机制"),
    (6, "推动教育、健康、就业、文化旅游、体育、养老托育"),
    (8, "区卫健局、医保局、民政局"),
    (9, "推动城市运行“一网统管”在我区落地应用"),
    (10, "推动数字农业农村服务村级覆盖"),
    (11, "推进全国“数字供销”示范区建设"),
    (12, "配合培育数据要素市场主体"),
    (14, "强化安全管理责任。明确区直各部门"),
    (17, "落实安全制度要求。"),
    (18, "\t2023年形成机制，长期坚持"),
    (21, "依托全区行政许可管理信息系统，推动各类行政权力事项网上运行、动态管理。\t"),
    (22, "健全“审管联动”机制，推进审批"),
    (24, "纳入全区政务信息化建设管理会商机制"),
    (25, "（二）加大财政投入"),
    (28, "每年确定区级数字政府试点领域"),
    (30, "全面摸清全区政务数据资源底数"),
    (32, "健全数据管理机制。明确区直各部门"),
    (36, "深化数据高效共享。建立健全政务数据供需对接机制"),
    (41, "编制区级公共数据开放目录及相关责任清单"),
    (42, "推进供水、供电、供气、公共交通等公共数据与政务数据的融合应用"),
    (43, "强化政务云支撑能力。"),
    (46, "推进区直部门政务信息系统向自治区政务信创云有序迁移，加强"),
    (48, "开展城域网升级改造，推进电子政务外网区、乡、村全覆盖"),
    (49, "整合全区公共安全、交通、城管等视频资源"),
    (50, "有序推进非涉密业务专网向电子政务外网整合迁移或安全互联"),
    (52, "推动个人证照在就医上学"),
    (54, "2024年6月31日前"),
    (64, "参照自治区、吴忠市做法，健全区级数字政府建设组织机构"),
    (65, "配合建设宁夏经济治理基础数据库，做好区级"),
    (68, "编制完善监管事项目录和实施清单，推行“照单监管”"),
    (70, "落实“双随机、一公开”差异化监管，强化涉企信用信息归集共享，推进"),
    (71, "对食品药品、医疗器械、特种设备、农副产品等重点领域"),
    (72, "推进本行业领域监管系统与宁夏“互联网+监管”系统对接"),
    (77, "用好全区矛盾纠纷多元化解信息系统。\t"),
    (79, "持续推进“雪亮工程”"),
    (80, "推进“智慧应急”建设，完善自然灾害监测预警"),
    (83, "实施“互联网+基层治理”行动，健全“网格上报+网上分流+部门响应”机制，推动形成联动治理体系"),
    (84, "实现“网上办、掌上办、就近办、一次办”"),
    (85, "深化“一件事一次办”改革"),
    (86, "做强利通区专区。\t"),
    (93, "完成政府网站、政务移动端、公共服务场所适老化"),
    (96, "深化“互联网+城乡供水”建设，推广“互联网+高效节水农业”服务平台。\t"),
    (98, "配合推进宁夏“智慧林草”云平台应用"),
    (104, "推广应用全区统一的协同办公平台和“宁政通”APP"),
    (105, "推广应用全区统一的协同办公平台和“宁政通”APP"),
    (106, "推广使用全区统一的填表报数系统"),
    (107, "统筹整合非涉密视频会议系统资源"),
    (111, "全面整合全区机关事务管理信息系统"),
    (112, "进一步完善各类政务公开信息化平台"),
    (114, "构建区级政务新媒体矩阵体系，开发多样化政策解读产品。\t"),
    (116, "建立主要领导负责制，制定年度工作要点"),
    (118, "（三）提升数字素养"),
    (121, "每年制定数字政府建设重点任务考核指标，强化"),
    (123, "考核结果作为领导班子和有关领导干部综合考核评价的重要参考"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 874; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("利通区 2024 实施方案 as a 征求意见稿 (comment draft): header with the office's comment deadline, bracketed 【】 queries to departments, "
              "lines/rows marked 【拟删除】, an attachment task list (tab-separated, note: first-listed unit leads) and an 起草说明 at the end. "
              "Queries, 【拟删除】 lines and the 起草说明's account are drafting apparatus: dates, old unit names and old documents inside them are not the plan's own deadlines, units or bases. "
              "Line 5 carries exactly one basis mistake (宁政办发〔2023〕17号); 国发〔2022〕14号, 宁政办发〔2023〕11号 (1244+N, cited identically by the 吴忠 plan) and the 吴忠 plan cited by title on the same line are correct. "
              "Tasks the region set for 2023 are covered in the body without dates; only row 7 copies a 2023 deadline (task 18), explained in the 起草说明. "
              "The 起草说明's claim that no deadline is later than the region's is itself wrong for row 14 (the planted late deadline)."),
}
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
# sanity: no mustNotFlag shares rule+line with an expect entry
ex = {(e["rule"], e["line"]) for e in expect}
clash = [(e["rule"], e["line"]) for e in M if (e["rule"], e["line"]) in ex]
print("clashes:", clash)
