# 生成 key.json，并用 draft.txt 逐条核对行号（1 起算）
import json, re
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines[-1] == '': lines.pop()

def find(text, nth=1, must_line=None):
    hits = [i+1 for i,l in enumerate(lines) if text in l]
    assert hits, ('not found', text)
    if must_line is not None:
        assert must_line in hits, (text, must_line, hits)
        return must_line
    assert len(hits) >= nth, (text, hits)
    return hits[nth-1]

def line_of(anchor, text=None):
    n = find(anchor)
    if text: assert text in lines[n-1], (anchor, text)
    return n

expect = [
  {"rule": "basis-mismatch", "line": line_of("桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
   "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; 13号 is a transposed 文号 that does not belong to this title"},
  {"rule": "deadline-later-than-baseline", "line": line_of("推广应用“智桂通”", "2026年6月底前"), "text": "2026年6月底前",
   "why": "智桂通 task = regional task 9 (持續完善“智桂通”移動開放生態體系), 完成時限 2025年底; 2026年6月 is later"},
  {"rule": "deadline-invalid", "line": line_of("互联网协议第六版", "2022年12月底前"), "text": "2022年12月底前",
   "why": "a 完成时限 before the year the plan is issued (2023-09-18, planYear 2023); regional task 37 (電子政務外網) is 持續開展, so it is not a copied regional date either — a slip for 2024年12月底前"},
  {"rule": "unknown-unit", "line": line_of("提升生态环保协同治理能力", "县林草局"), "text": "县林草局",
   "why": "not in units.txt: 凌云县 has 县林业局 (used at the other forestry lines); 林草局 is the 宁夏/national naming"},
  {"rule": "garbled-text", "line": line_of("深化数据高效共享") + 1, "text": "鏁版嵁鍏变韩",
   "why": "UTF-8 bytes of 数据共享交换平台 read as GBK (鏁版嵁鍏变韩浜ゆ崲骞冲彴)"},
  {"rule": "task-uncovered", "line": 0, "task": 13,
   "why": "regional task 13 (推動智慧工地監管能力提升, 責任單位 …各市人民政府, 持續開展) is deliberately left out: no 智慧工地/建筑工程安全监管 content anywhere"},
]
assert "鏁版嵁鍏变韩" in lines[expect[4]["line"]-1]

def mnf(rule, anchor, why, text=None, **kw):
    n = find(anchor)
    if text: assert text in lines[n-1], (anchor, text)
    e = {"rule": rule, "line": n}
    if text: e["text"] = text
    e.update(kw); e["why"] = why
    return e

D = "deadline-later-than-baseline"; V = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"; GT = "garbled-text"
mustNotFlag = [
  # basis documents
  mnf(B, "为贯彻落实《国务院关于加强数字政府建设的指导意见》", "correct national basis: title and 国发〔2022〕14号 match", text="国发〔2022〕14号"),
  mnf(B, "为贯彻落实《国务院关于加强数字政府建设的指导意见》", "百色市 plan cited by title alone; a city plan is rightly a 实施方案 (not the region's 实施意见), and parent is none", text="《关于加强数字政府建设的实施方案》"),
  mnf(B, "国发〔2018〕27号", "retrospective mention in 发展现状 of an older, genuine State Council document (title and 文号 match); not a basis of this plan", text="国发〔2018〕27号"),
  mnf(B, "数字广西建设规划（2018—2025年）", "retrospective mention of an earlier regional plan in the background, no 文号; not a basis", text="《数字广西建设规划（2018—2025年）》"),
  mnf(B, "凌政办发〔2023〕28号", "the notice's own 文号, not a cited basis document", text="凌政办发〔2023〕28号"),
  mnf(B, "现将《凌云县加强数字政府建设实施方案（2023—2025年）》印发", "the plan's own title in the 印发 notice, not a basis citation", text="《凌云县加强数字政府建设实施方案（2023—2025年）》"),
  # dates that are not deadlines / background
  mnf(V, "2023年9月18日", "the notice's issue date", text="2023年9月18日"),
  mnf(V, "2022年全县依申请政务服务事项", "past date in the 发展现状 background, not a deadline", text="2022年"),
  mnf(V, "截至2023年6月底", "status date in the background (截至…), not a deadline", text="截至2023年6月底"),
  mnf(V, "凌云县加强数字政府建设实施方案（2023—2025年）", "the plan period in the title (2023—2025年)", text="2023—2025年"),
  # 主要目标
  mnf(D, "到2023年底，县数字政府建设统筹协调机制", "interim county goal; the region has no earlier goal for it", text="到2023年底"),
  mnf(D, "到2024年底，县乡两级政务服务", "interim county goal, earlier than the region's 到2025年", text="到2024年底"),
  mnf(D, "到2025年底，与政府治理能力现代化相适应", "same goal as the region's 到2025年…数字政府体系框架基本形成: 2025年底 is the same year, not later", text="到2025年底"),
  mnf(D, "到2035年，整体协同", "equal to the region's 到2035年…基本建成", text="到2035年"),
  # task deadlines (regional task number: order of the (責任單位…完成時限…) notes in the 广西 text, 1–43)
  mnf(D, "加强经济监测预警", "task 1, 完成時限 持續開展; county 持续开展", text="持续开展"),
  mnf(D, "构建新型监管机制。", "task 2, 完成時限 持續開展; a dated local milestone for an ongoing regional task is not later", text="2024年6月底前"),
  mnf(D, "以一体化在线监管提升协同监管水平", "task 3, 完成時限 2025年底; 2025年年底 is the same date written with 年年底", text="2025年年底"),
  mnf(D, "推进社会治安防控体系智能化", "task 5, 完成時限 持續開展; a period 2023—2025年 is not later", text="2023—2025年"),
  mnf(D, "拓展公平普惠的民生服务", "task 7, 完成時限 持續開展; 2024年上半年 is a half-year form, earlier", text="2024年上半年"),
  mnf(D, "优化12345热线功能", "task 8, 完成時限 2025年底; 2025年第四季度 ends on the same day", text="2025年第四季度"),
  mnf(D, "推动智慧教育服务能力提升", "task 10, 完成時限 持續開展; 每年12月底前 is a recurring yearly milestone, not a late date", text="每年12月底前"),
  mnf(D, "推动智慧医疗服务能力提升", "task 12, 完成時限 持續開展; 2024年底前", text="2024年底前"),
  mnf(D, "推动智慧体育服务能力提升", "task 14, 完成時限 持續開展; 长期坚持", text="长期坚持"),
  mnf(D, "推动智慧康养服务能力提升", "task 15, 完成時限 持續開展; bare year 2025年", text="2025年"),
  mnf(D, "提高自然资源利用效率", "task 17, 完成時限 持續開展; 2024年年底", text="2024年年底"),
  mnf(D, "提升辅助决策能力", "task 19, 完成時限 持續開展; two milestones 2023年年底前启动，2025年底前基本建成", text="2025年底前基本建成"),
  mnf(D, "紧贴群众需求畅通互动渠道", "task 22, 完成時限 2025年底; 2025年12月31日前 is equal (and 2024年上半年 an earlier milestone)", text="2025年12月31日前"),
  mnf(D, "建立健全县数字政府安全工作协调机制", "task 23, 完成時限 持續開展; 2023年10月底前建立机制，长期坚持 (in the plan year, valid)", text="2023年10月底前"),
  mnf(D, "建立健全数据分类分级保护", "task 24, 完成時限 持續開展; 每年第三季度 is a recurring check, not a deadline", text="每年第三季度"),
  mnf(D, "接入自治区数字政府一体安全平台", "task 26, 完成時限 持續開展; 2025 年 6 月底前 written with spaces, valid and not later", text="2025 年 6 月底前"),
  mnf(D, "贯彻执行国家、自治区数字政府建设标准规范", "task 31, 完成時限 持續開展; 2025年11月底前", text="2025年11月底前"),
  mnf(D, "配合编制公共数据开放目录", "task 35, 完成時限 持續開展; 2025年年中 (mid-year) is an unusual but valid form", text="2025年年中"),
  mnf(D, "县级新建政务信息系统原则上全部部署在政务云", "task 36, 完成時限 持續開展; 2024年下半年", text="2024年下半年"),
  mnf(D, "推进智慧县城建设", "task 42, 完成時限 持續開展; 2025年12月底前", text="2025年12月底前"),
  mnf(D, "（三）总结提升阶段（2025年7月—12月）", "work-phase period of the plan itself, ends 2025-12, not a task deadline", text="2025年7月—12月"),
  mnf(D, "各责任单位于每季度末月25日前", "the office's own reporting dates (每季度末月25日前, 每年12月10日前)", text="每年12月10日前"),
  # units
  mnf(U, "各乡镇人民政府，县直各部门（单位）：", "collective subjects in the 主送", text="县直各部门（单位）"),
  mnf(U, "推广应用“智桂通”", "collective 县直有关部门 (county form of 市直有关部门)", text="县直有关部门"),
  mnf(U, "提升社会矛盾化解能力", "collective 各村（社区）; 各乡镇人民政府 also collective", text="各村（社区）"),
  mnf(U, "提升社会矛盾化解能力", "县人民法院 and 县人民检察院 are in units.txt (judicial organs outside the government proper)", text="县人民检察院"),
  mnf(U, "提升社会矛盾化解能力", "prefix 县 distributes: 县住房城乡建设局 is the units.txt short name of 县住房和城乡建设局", text="住房城乡建设局"),
  mnf(U, "加强经济监测预警", "prefix distributes: 县统计局 is in units.txt", text="统计局"),
  mnf(U, "拓展公平普惠的民生服务", "残联 after the 县 prefix = 县残联, short name of 县残疾人联合会", text="残联"),
  mnf(U, "推进智慧应急建设", "县消防救援大队 and 县气象局 are in units.txt", text="县消防救援大队"),
  mnf(U, "提升生态环保协同治理能力", "百色市凌云生态环境局 is the county's environment bureau (a 百色市 dispatched body) and is in units.txt; it rightly leads this county task", text="百色市凌云生态环境局"),
  mnf(U, "提升辅助决策能力", "县政府办 is a short name of 县人民政府办公室", text="县政府办"),
  mnf(U, "建立健全县数字政府安全工作协调机制", "县委网信办、保密办: the 县委 prefix distributes, giving 县委保密办 (in units.txt)", text="保密办"),
  mnf(U, "接入自治区数字政府一体安全平台", "中国电信凌云分公司 is in units.txt as short name of 中国电信股份有限公司凌云分公司", text="中国电信凌云分公司"),
  mnf(U, "推进数字化共性应用集约建设", "凌云县税务局 is the short name of 国家税务总局凌云县税务局 in units.txt", text="凌云县税务局"),
  mnf(U, "各责任单位于每季度末月25日前", "县数字政府办 is in units.txt (县数字政府建设领导小组办公室)", text="县数字政府办"),
  mnf(U, "县人民政府在县委统一领导下", "县人民政府 and 县委 are the county government and party committee themselves in body text, not responsible-unit notes", text="县人民政府"),
  # garbled-text near misses
  mnf(GT, "“天地图·广西”", "the middle dot in 天地图·广西 is the product's real name, not damage", text="天地图·广西"),
  mnf(GT, "“4·27”", "视察广西“4·27”重要讲话 uses a middle dot legitimately", text="4·27"),
  mnf(GT, "“1+6+N”", "1+6+N is the regional brain system's real name", text="1+6+N"),
  # pillars
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "covered by 七（三）营造良好数字生态 (line %d)" % find("配合建立数据要素市场规则")},
  {"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "covered by 二（七） (lines %d–%d)" % (find("优化政策信息数字化发布"), find("紧贴群众需求畅通互动渠道"))},
]

cov_anchor = {
 1:"加强经济监测预警", 2:"构建新型监管机制。", 3:"以一体化在线监管提升协同监管水平", 4:"提升社会矛盾化解能力",
 5:"推进社会治安防控体系智能化", 6:"推进智慧应急建设", 7:"拓展公平普惠的民生服务", 8:"优化12345热线功能",
 9:"推广应用“智桂通”", 10:"推动智慧教育服务能力提升", 11:"推动智慧人社服务能力提升", 12:"推动智慧医疗服务能力提升",
 14:"推动智慧体育服务能力提升", 15:"推动智慧康养服务能力提升", 16:"提升生态环保协同治理能力", 17:"提高自然资源利用效率",
 18:"推动绿色低碳转型", 19:"提升辅助决策能力", 20:"提升行政执行能力", 21:"提升行政监督水平", 22:"紧贴群众需求畅通互动渠道",
 23:"建立健全县数字政府安全工作协调机制", 24:"建立健全数据分类分级保护", 25:"健全数据安全监管责任体系",
 26:"接入自治区数字政府一体安全平台", 27:"推进政务信息系统安全可靠技术", 28:"推动各类行政权力事项网上运行",
 29:"落实“四改四转”", 30:"落实数字政府建设相关法律法规", 31:"贯彻执行国家、自治区数字政府建设标准规范",
 32:"围绕重点领域、关键环节和共性需求", 33:"明确县直各部门数据归集", 34:"编制县级政务数据目录",
 35:"配合编制公共数据开放目录", 36:"县级新建政务信息系统原则上", 37:"推动电子政务外网向村（社区）延伸",
 38:"强化数据智能支撑能力", 39:"推进数字化共性应用集约建设", 40:"强化开放生态支撑能力",
 41:"推动凌云白毫茶", 42:"推进智慧县城建设", 43:"配合建立数据要素市场规则",
}
covers = [{"task": t, "line": find(a)} for t, a in sorted(cov_anchor.items())]
# each covered line carries a (责任单位…完成时限…) note
for c in covers: assert '完成时限' in lines[c["line"]-1], c
assert not any('智慧工地' in l or '建筑工程' in l for l in lines)

key = {
  "writer": "blind writer, round 908; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": mustNotFlag,
  "covers": covers,
  "notes": ("凌云县 (百色市) 2023 实施方案 against 桂政发〔2022〕31号. Regional task numbers are the 43 paragraphs of the 广西 实施意见 "
            "that end in (責任單位…完成時限…), numbered in order (task 1 = 經濟調節 …, task 9 = 智桂通, task 13 = 智慧工地, task 37 = 電子政務網絡, task 43 = 數字生態). "
            "Only tasks 3, 8, 9 and 22 carry a dated 完成時限 (2025年底); all others are 持續開展, so a dated local milestone on them is never later. "
            "Task 23 is regional only (no 各市人民政府) but the county takes it up anyway. "
            "No parent plan is given: the 百色市 plan is cited by title only. 县林业局 is used at lines %d, %d and %d; 县林草局 at line %d is the slip."
            % (find("推进智慧应急建设"), find("提高自然资源利用效率"), find("推动绿色低碳转型"), find("提升生态环保协同治理能力"))),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mustNotFlag), len(covers))
