# -*- coding: utf-8 -*-
# Builds key.json with line numbers looked up in the final draft.txt (1-based).
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "": L = L[:-1]

def ln(sub, start=None):
    hits = [i + 1 for i, t in enumerate(L) if sub in t and (start is None or t.startswith(start))]
    assert len(hits) == 1, (sub, start, hits)
    return hits[0]

def lns(sub):
    return [i + 1 for i, t in enumerate(L) if sub in t]

R_ZONGHE = ln("依托自治区政务数据平台，推动全县政务数据资源应归尽归")   # table row 1
R_ZHUANYUAN = ln("设立数据专员。\t")
R_MULU = ln("动态更新全县政务数据资源目录和算力资源底数")
R_JICHU = ln("汇入自治区基础数据资源库。\t")
R_ZHUTI = ln("等县级主题数据，统一纳入")
R_DIFANG = ln("建设经济运行监测、枸杞产业等县级地方主题数据库。\t")
R_GONGXU = ln("每季度通报县直各部门（单位）数据共享情况。\t")
R_XITONG = ln("推动县直部门自建业务系统与自治区政务数据平台对接，按需实现数据实时共享、接口实时调用。\t")
R_GONGWEN = ln("建立电子公文档案数据共享利用长效机制。\t")
R_KAIFANG = ln("编制县级公共数据开放目录及相关责任清单，依托")
R_RONGHE = ln("开展数据开发利用试点。\t")
R_ZHILI = ln("每年开展数据质量专项治理，建立问题数据台账。\t")
R_PINGGU = ln("开展县级政务数据安全防护能力评估。\t")
R_YANLIAN = ln("开展常态化数据安全防护和应急演练。\t")

B_BASIS = ln("宁政发〔2022〕17号")
B_SCOPE = ln("本方案是全县数字政府建设的数据资源专项方案")
B_2020 = ln("宁政办发〔2020〕14号")
B_2023 = ln("2023年，县政府办公室牵头开展全县政务数据资源普查")
B_GOAL24 = ln("到2024年底，")
B_GOAL26 = ln("到2026年底")
B_GUANLI = ln("1.完善数据管理机制。")
B_MULU = ln("2.动态更新数据资源目录。")
B_GUIJI = ln("3.推进数据应归尽归。")
B_GARBLED = ln("瀹屽杽鏁版嵁")
B_JICHU = ln("2.推动基础数据和主题数据对接。")
B_DIFANG = ln("3.建设地方主题数据库。")
B_HUILIU = ln("4.推动数据回流赋能基层。")
B_GONGWEN = ln("5.强化电子公文档案数据共享。")
B_KAIFANG = ln("1.编制公共数据开放目录。")
B_RONGHE = ln("2.推进数据融合应用。")
B_ZHILIANG = ln("1.建立数据质量管理机制。")
B_ZHUANXIANG = ln("2.开展数据治理专项行动。")
B_ZEREN = ln("1.压实数据安全责任。")
B_ZHIDU = ln("2.落实数据安全制度。")
B_FANGHU = ln("3.提升数据安全防护能力。")
B_STEP1 = ln("（一）部署启动阶段")
B_STEP2 = ln("（二）集中推进阶段")
B_STEP3 = ln("（三）巩固提升阶段")
B_LINGDAO = ln("（一）加强组织领导。")
B_ZIJIN = ln("（二）强化资金保障。")
B_SUYANG = ln("（三）提升数字素养。")
B_KAOHE = ln("（四）强化考核评价。")

expect = [
  {"rule": "basis-mismatch", "line": B_BASIS, "text": "宁政发〔2022〕17号",
   "why": "the cited title 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
  {"rule": "deadline-later-than-baseline", "line": B_GOAL26, "text": "2026年底",
   "why": "主要目标 goal later than the region's: the 实施意见 sets 到2025年 for 数据治理初见成效、安全保障体系持续完善 (its 2025 goal), and task 29 (一体化政务大数据体系, 完成时限 2023年启动，2025年完成); the draft puts the same goal at 2026年底"},
  {"rule": "deadline-later-than-baseline", "line": R_KAIFANG, "text": "2025年6月底前",
   "why": "task 41 (公共数据开放目录及相关责任清单, 分类分级开放; 各市、县（区）配合), 完成时限 2024年; the draft's row gives 2025年6月底前"},
  {"rule": "deadline-invalid", "line": R_JICHU, "text": "2024年6月31日",
   "why": "impossible date: June has 30 days (the year itself is within task 33's 完成时限 2024年, so it is not late)"},
  {"rule": "unknown-unit", "line": R_RONGHE, "text": "县大数据局",
   "why": "no such county body; not in units.txt (the county's data work sits with 县人民政府办公室 / 县数字政府建设服务中心); a slip copying city-level naming"},
  {"rule": "unknown-unit", "line": R_ZONGHE, "text": "自治区政府办公厅",
   "why": "a regional body named as the lead (牵头) of a county task: the row was copied from task 29 of the regional list (自治区政府办公厅牵头负责) and the county units were added as 配合"},
  {"rule": "garbled-text", "line": B_GARBLED, "text": "瀹屽杽鏁版嵁",
   "why": "UTF-8 bytes read as GBK: 瀹屽杽鏁版嵁渚涢渶瀵规帴鏈哄埗 = 完善数据供需对接机制 (the sub-item title)"},
]

mnf = []
def add(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e.update(kw); e["why"] = why; mnf.append(e)

# basis
add("basis-mismatch", 1, "the document's own title (专项工作方案 is what it is), not a citation of a basis document", "中宁县政务数据共享开放专项工作方案")
add("basis-mismatch", 2, "the document's own 文号, not a cited basis", "中宁政办发〔2024〕9号")
add("basis-mismatch", B_BASIS, "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
add("basis-mismatch", B_BASIS, "correct title and 文号, cited the same way in the 吴忠 seed plan", "宁政办发〔2023〕11号")
add("basis-mismatch", B_2020, "retrospective mention in 工作基础 of the 2020 工作要点 (correct title and 文号), not cited as a basis", "宁政办发〔2020〕14号")
# dates in background / own schedule
add("deadline-invalid", B_2020, "past dates in the background (what was done in 2020–2022)", "2021年")
add("deadline-invalid", B_2023, "past date in the background: the 2023 普查 already done (also equal to task 30's 2023年)", "2023年")
add("deadline-invalid", B_MULU, "retrospective mention of the 2023 普查 as the starting point", "2023年")
add("deadline-invalid", 6, "the document's own issue date", "2024年3月18日")
add("deadline-later-than-baseline", B_GOAL24, "goal dated 2024: equal to tasks 33, 34, 35 (完成时限 2024年 each)", "2024年底")
add("deadline-later-than-baseline", B_STEP1, "the office's own work schedule and reporting date (2024年4月20日), no regional task content", "2024年4月20日")
add("deadline-later-than-baseline", B_STEP2, "own schedule; the work named (tasks 33, 34, 35, 40) is due 2024年 regionally, so 2024年5月—12月 is equal", "2024年5月—12月")
add("deadline-later-than-baseline", B_STEP3, "own schedule for 巩固提升 (总结推广、查漏补缺), not a deadline of any regional task", "2025年1月—12月")
add("deadline-later-than-baseline", B_KAOHE, "the office's own reporting dates (每季度末月25日前, 12月10日前)", "12月10日")
# table deadlines
add("deadline-later-than-baseline", R_ZONGHE, "task 29, 完成时限 2023年启动，2025年完成: the completing milestone 2025 is equal", "2025年全面融入")
add("deadline-later-than-baseline", R_ZHUANYUAN, "task 32, 完成时限 2023年: equal (copied)", "2023年完成")
add("deadline-invalid", R_ZHUANYUAN, "a copied regional deadline (task 32, 2023年) that lies before the plan's year; the background line says it was done in 2023", "2023年完成")
add("deadline-later-than-baseline", R_MULU, "task 30, 完成时限 2023年: the catalogue was built in 2023 (background line); the row is the ongoing update, no later milestone", "长期坚持")
add("deadline-later-than-baseline", R_ZHUTI, "task 34, 完成时限 2024年: 2024年9月底前 is earlier", "2024年9月底前")
add("deadline-later-than-baseline", R_DIFANG, "task 35, 完成时限 2024年: equal", "2024年")
add("deadline-later-than-baseline", R_GONGXU, "task 36, 完成时限 2023年: the mechanism was set up in 2023 (background line); ongoing quarterly 通报, no later milestone", "长期坚持")
add("deadline-later-than-baseline", R_XITONG, "tasks 37/38, 完成时限 2024年: equal", "2024年")
add("deadline-later-than-baseline", R_GONGWEN, "task 40, 完成时限 2024年: 2024年10月底前 is earlier", "2024年10月底前")
add("deadline-later-than-baseline", R_RONGHE, "task 42, 完成时限 2024年: 2024年底前 is equal", "2024年底前")
add("deadline-later-than-baseline", R_ZHILI, "task 31, 完成时限 2023年: a yearly, ongoing 专项治理 with no later milestone", "每年开展，长期坚持")
add("deadline-later-than-baseline", R_PINGGU, "task 16, 完成时限 2024年: equal", "2024年")
add("deadline-later-than-baseline", R_YANLIAN, "task 18, 完成时限 2023年形成机制，长期坚持 (and task 14, 2023年): ongoing, no later milestone", "长期坚持")
# units
add("unknown-unit", 3, "collective addressees", "各乡镇人民政府")
add("unknown-unit", 5, "the issuing office, full name of 县人民政府办公室 (listed in units.txt)", "中宁县人民政府办公室")
add("unknown-unit", R_ZHUANYUAN, "collective subject", "县直各部门（单位）")
add("unknown-unit", R_ZHUANYUAN, "official short name listed in units.txt", "县委编办")
add("unknown-unit", R_JICHU, "the 县 prefix distributes over the list: 县审批服务管理局 (in units.txt)", "审批服务管理局")
add("unknown-unit", R_JICHU, "the 县 prefix distributes: 县市场监督管理局 (in units.txt), not a city body", "市场监督管理局")
add("unknown-unit", B_JICHU, "same distributed list in the body: 县公安局、县审批服务管理局、县自然资源局、县市场监督管理局", "市场监督管理局")
add("unknown-unit", R_ZHUTI, "short name of 县卫生健康局 listed in units.txt", "县卫健局")
add("unknown-unit", R_ZHUTI, "short name of 县人力资源和社会保障局 listed in units.txt", "县人社局")
add("unknown-unit", R_ZHUTI, "short name of 县发展和改革局 listed in units.txt", "县发改局")
add("unknown-unit", R_ZHUTI, "the city bureau's county branch, listed in units.txt", "中卫市生态环境局中宁分局")
add("unknown-unit", R_RONGHE, "short name of 中宁工业园区管理委员会 listed in units.txt", "中宁工业园区管委会")
add("unknown-unit", R_PINGGU, "official short name listed in units.txt", "县委网信办")
add("unknown-unit", R_MULU, "short name of 县人民政府办公室 listed in units.txt", "县政府办公室")
add("unknown-unit", B_HUILIU, "collective mention in a body sentence, not a responsible unit", "自治区和中卫市有关部门")
add("unknown-unit", B_LINGDAO, "the county's leading group named in a body sentence, not a responsible unit of a task", "县推进数字政府建设领导小组")
add("unknown-unit", B_GUIJI, "a regional platform (自治区政务数据平台) named as the target of the work, not a unit", "自治区政务数据平台")
add("unknown-unit", B_SUYANG, "listed in units.txt", "县委党校")
add("garbled-text", B_ZHUANXIANG, "dashes in 发现—反馈—整改—复核 are normal punctuation", "发现—反馈")
# pillars the 专项 plan does not deal with (it says so at the scope line)
for p in ["数字经济", "数字社会", "数字生态", "制度规则", "平台支撑", "五个一", "六级贯通",
          "经济调节", "市场监管", "社会管理", "公共服务", "生态环境保护", "政务运行", "政务公开"]:
    add("missing-pillar", 0, "a 专项 plan for the data-resource system only; line %d states that this part of the framework is handled by other plans" % B_SCOPE, pillar=p)
add("missing-pillar", 0, "only network/system security is left to other plans (line %d); data security is taken up in 三（五） (lines %d-%d)" % (B_SCOPE, B_ZEREN, B_FANGHU), pillar="安全保障")
add("missing-pillar", 0, "the plan's own subject: the whole of 三、主要任务", pillar="数据资源")
add("missing-pillar", 0, "taken up at line %d (组织领导, 一把手工程)" % B_LINGDAO, pillar="组织领导")
add("missing-pillar", 0, "taken up at line %d (资金保障 / 财政投入)" % B_ZIJIN, pillar="财政投入")
add("missing-pillar", 0, "taken up at line %d (数据专员培训)" % B_SUYANG, pillar="数字素养")
add("missing-pillar", 0, "taken up at line %d (效能目标管理考核)" % B_KAOHE, pillar="考核评价")

covers = [
  {"task": 29, "line": B_GUIJI}, {"task": 30, "line": B_MULU}, {"task": 31, "line": B_ZHILIANG},
  {"task": 32, "line": B_GUANLI}, {"task": 33, "line": B_JICHU}, {"task": 34, "line": R_ZHUTI},
  {"task": 35, "line": B_DIFANG}, {"task": 36, "line": B_GARBLED}, {"task": 40, "line": B_GONGWEN},
  {"task": 41, "line": B_KAIFANG}, {"task": 42, "line": B_RONGHE}, {"task": 14, "line": B_ZEREN},
  {"task": 16, "line": B_FANGHU}, {"task": 17, "line": B_ZHIDU}, {"task": 18, "line": R_YANLIAN},
  {"task": 116, "line": B_LINGDAO}, {"task": 118, "line": B_SUYANG}, {"task": 123, "line": B_KAOHE},
]

# sanity: every text is on its line
for e in expect + mnf:
    if e.get("text") and e["line"]:
        assert e["text"] in L[e["line"] - 1], e
assert len(L) == 84, len(L)

key = {
  "writer": "blind writer, round 504; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("中宁县 (中卫市) 2024 专项工作方案 for the data-resource system only (数据目录、共享、开放、治理、安全), issued by the county "
            "government office; basis is the region's 实施意见 (cited with a wrong 文号 on purpose), no parent plan. Line %d says which parts of the "
            "framework it leaves to other plans, so missing-pillar must not fire for them, and task-uncovered for tasks outside the "
            "data-resource and data-security parts is expected noise for a 专项 plan, not a finding. Tasks due 2023 regionally (30, 31, 32, 36, 14, 17, 18) "
            "were done in 2023 per the background (line %d); the table carries them as 长期坚持 follow-up or, for task 32, as the copied "
            "2023年完成. Table columns: 工作类别, 重点任务, 责任单位, 完成时限; an empty first cell continues the group above. "
            "Rows 1-15 of the table are lines %d-%d." % (B_SCOPE, B_2023, R_ZONGHE, R_YANLIAN + 1)),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers))
