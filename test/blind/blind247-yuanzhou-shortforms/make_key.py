# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0]-1], (anchor, text)
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号", "国务院关于加快推进数字政府建设的指导意见"),
  "text": "国务院关于加快推进数字政府建设的指导意见",
  "why": "wrong title: 国发〔2022〕14号 is 《国务院关于加强数字政府建设的指导意见》 (加强, not 加快推进), as cited in the 宁夏 实施意见 and the 吴忠 plan"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2026年", "2026年"), "text": "2026年",
  "why": "主要目标: the region's goal for the same thing is 到2025年 (“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…); the district puts it at 2026"},
 {"rule": "deadline-later-than-baseline", "line": ln("提升电子政务外网支撑能力", "2025年6月底前"), "text": "2025年6月底前",
  "why": "task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年; also task 47 (外网升级改造、扩大互联网出口带宽) 2024年"},
 {"rule": "deadline-invalid", "line": ln("推进重点领域追溯监管", "2024年9月31日前"), "text": "2024年9月31日",
  "why": "impossible date: September has 30 days (task 71 is due 2024年, so the month itself is not late)"},
 {"rule": "unknown-unit", "line": ln("促进数据开放利用", "区数据局"), "text": "区数据局",
  "why": "short form never defined and not in units.txt: the drafters defined 区大数据服务中心 as “区数据中心” (line 13); there is no 区数据局 in 原州区"},
 {"rule": "unknown-unit", "line": ln("提升行政执行能力", "牵头单位：自治区政府办公厅"), "text": "自治区政府办公厅",
  "why": "a regional body named as the lead (牵头单位) of a district task: copied from the regional cell of tasks 104/105; the district lead should be 区政府办 or 区数据中心"},
]

m = []
def nm(rule, anchor, text, why, need=None):
    m.append({"rule": rule, "line": ln(anchor, need if need is not None else text), **({"text": text} if text else {}), "why": why})

nm("basis-mismatch", "原政办发〔2024〕21号", "原政办发〔2024〕21号", "the notice's own 文号, not a cited basis document")
nm("deadline-invalid", "2024年4月18日", "2024年4月18日", "the issue date of the notice, not a deadline")
nm("basis-mismatch", "宁政发〔2023〕17号，以下简称《实施意见》", "宁政发〔2023〕17号", "correct title and 文号 of the regional 实施意见; the clause also defines the short title 《实施意见》")
nm("basis-mismatch", "宁政办发〔2020〕14号", "宁政办发〔2020〕14号", "retrospective mention in 发展基础 of what the district carried out in earlier years, not cited as the basis of this plan; title and 文号 match")
nm("deadline-invalid", "统筹机构逐步健全", "2021年", "past dates (2021年, 2023年) in the background section describe work already done, not deadlines")
nm("unknown-unit", "统筹机构逐步健全", "区数据中心", "short form defined here: 区大数据服务中心（以下简称“区数据中心”）; 区大数据服务中心 is in units.txt")
nm("deadline-invalid", "政务服务持续优化", "2022年", "past dates (2022年, 2023年) in the background, not deadlines")
nm("unknown-unit", "政务服务持续优化", "区审批局", "short form defined here: 区审批服务管理局（以下简称区审批局）, unquoted; 区审批服务管理局 is in units.txt")
nm("basis-mismatch", "同时也要看到", "《实施意见》", "short title defined on line 10 for 宁政发〔2023〕17号; no 文号, no other document")
nm("deadline-later-than-baseline", "到2024年底", "到2024年底", "district's near-term goal (协同办公, 宁政通, 一网通办) matches tasks 104/105/84, all due 2024年: equal; it is not the region's 到2023年底 goal (政策体系, 五个一, 家底, 基础设施布设)")
nm("deadline-later-than-baseline", "到2035年", "到2035年", "equal to the region's 到2035年 goal")
nm("deadline-later-than-baseline", "推进园区智慧化改造", "持续推进，2025年取得明显成效", "task 3 完成时限 持续推进，2025年取得明显成效: equal")
nm("unknown-unit", "推进园区智慧化改造", "区工信商务局", "official short name in units.txt (原州区工业信息化和商务局)")
nm("unknown-unit", "完善数字经济治理", "区委网信办", "official short name in units.txt; also 区公安分局 = 固原市公安局原州区分局")
nm("deadline-later-than-baseline", "推动公共服务数字化", "持续推进，2025年取得明显成效", "tasks 6 and 8 持续推进，2025年取得明显成效, task 7 2023年形成试点经验，2025年取得明显成效: completing milestone equal")
nm("unknown-unit", "推动公共服务数字化", "区卫健局", "official short names in units.txt (区卫健局, 区人社局, 区文旅局)")
nm("deadline-later-than-baseline", "推进数字乡村建设", "持续推进，2025年取得明显成效", "task 10 持续推进，2025年取得明显成效: equal")
nm("unknown-unit", "推进数字乡村建设", "各乡镇人民政府", "collective subject")
nm("deadline-later-than-baseline", "推进“数字供销”建设", "2025年", "task 11 2023年完成主要建设任务，2025年取得明显成效: completing milestone 2025 equal; 区供销社 is the registry short name")
nm("deadline-later-than-baseline", "培育数据要素市场", "2025年", "task 12 完成时限 2025年: equal")
nm("deadline-later-than-baseline", "强化安全管理责任", "长期坚持", "tasks 14/15 (2023年) and 18 (2023年形成机制，长期坚持): an ongoing 长期坚持 in a 2024 plan sets no later completion year")
nm("unknown-unit", "推动行政权力网上运行", "区直各部门（单位）", "collective; the 区 of 区司法局 does not distribute into it; deadline 2024年12月底前 equals task 21 (2024年)")
nm("deadline-later-than-baseline", "强化审管协同", "2025年6月底前", "task 22 完成时限 2025年: earlier, not later (not task 72, which is the 监管系统 对接 of the regional departments)")
nm("unknown-unit", "加强政务信息化项目管理", "财政局", "prefix distributes: 区发改局、财政局 = 区发改局, 区财政局, both in units.txt")
nm("deadline-later-than-baseline", "开展试点示范", "2024年启动，2025年取得明显成效", "task 28 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal; the start year of a plan issued in 2024 is not compared")
nm("deadline-invalid", "完善数据管理机制", "2023年", "past date: the 2023 system census is the basis of the work, not a deadline")
nm("deadline-later-than-baseline", "推进数据汇聚共享", "2024年12月底前", "tasks 33/34 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "促进数据开放利用", "2024年12月底前", "tasks 41/42 完成时限 2024年: equal (the unit on this line is the planted error, not the date)")
nm("unknown-unit", "规范电子公文管理", "区委办", "official short names in units.txt (区委办, 区政府办); task 40 2024年: equal")
nm("deadline-later-than-baseline", "强化政务云支撑", "2024年12月底前", "tasks 43 (2024年建成，持续推进) and 46 (2024年): equal")
nm("deadline-later-than-baseline", "推进视频资源共享", "2025年", "task 49 完成时限 2025年: equal")
nm("deadline-later-than-baseline", "加强共性应用支撑", "2024年12月底前", "task 52 is 2025年, task 53 2024年: earlier/equal")
nm("deadline-later-than-baseline", "推进非税收入电子化", "2025年", "task 56 完成时限 2025年: equal")
nm("deadline-later-than-baseline", "推进信用和地理信息共享", "2024年", "tasks 57/58 完成时限 2024年: equal")
nm("unknown-unit", "领导小组下设", "区数字办", "short form defined here for 区数字政府建设领导小组办公室, which is in units.txt")
nm("deadline-later-than-baseline", "参照区级做法", "2024年6月底前", "task 64 完成时限 2025年: earlier; 区数字办 used after its definition")
nm("deadline-invalid", "（三）完善工作机制", "每季度末月25日前", "the district's own reporting dates (quarterly, 12月10日前), not task deadlines")
nm("unknown-unit", "加强经济运行监测", "工信商务局", "prefix distributes: 区统计局、财政局、工信商务局 = 区统计局, 区财政局, 区工信商务局; task 66 2025年: equal")
nm("unknown-unit", "提升监管智能化水平", "承担监管职责的区直有关部门", "collective subject (district form of 承担监管职责的自治区有关部门); tasks 73/74 2024年: equal")
nm("deadline-later-than-baseline", "提升矛盾纠纷化解能力", "2024年", "task 77 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "提升社会治安防控能力", "2024年12月底前", "task 79 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "提升公共安全保障能力", "2024年", "task 80 完成时限 2024年: equal")
nm("unknown-unit", "提高基层社会治理能力", "各村（社区）", "collectives (各乡镇人民政府, 各街道办事处, 各村（社区）); task 83 2025年: equal")
nm("deadline-later-than-baseline", "打造泛在可及的服务体系", "2024年12月底前", "tasks 84/86 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "优化12345热线服务", "2025年", "task 87 2023年启动，2025年完成: equal")
nm("deadline-later-than-baseline", "拓展公平普惠的民生服务", "2024年10月底前", "tasks 90/93 完成时限 2024年: earlier")
nm("unknown-unit", "提升生态环境协同治理能力", "固原市生态环境局原州分局", "city bureau's district branch, listed in units.txt; task 95 2025年: equal")
nm("deadline-later-than-baseline", "提高水资源管理数字化水平", "2025年", "task 96 完成时限 2025年: equal")
nm("deadline-later-than-baseline", "提升自然资源和林草管理数字化水平", "2024年", "tasks 97/98 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "提升行政执行能力", "2024年", "tasks 104/105 完成时限 2024年: equal (the lead unit on this line is the planted error)")
nm("unknown-unit", "提升行政监督水平", "区政府督查室", "in units.txt (原州区人民政府督查室)")
nm("deadline-later-than-baseline", "提升机关事务管理水平", "2025年", "task 111 完成时限 2025年: equal")
nm("deadline-later-than-baseline", "发挥政务新媒体传播优势", "2024年", "task 114 完成时限 2024年: equal; 区融媒体中心 and 区委宣传部 in units.txt")
nm("deadline-invalid", "（一）加强组织领导", "印发后1个月内", "relative deadline for the units' own task breakdown, not a date")
nm("basis-mismatch", "逐项细化落实措施", "《实施意见》", "short title used as defined on line 10, with its 附件2 task list")

covers = []
def cv(task, anchor):
    covers.append({"task": task, "line": ln(anchor)})
for t, a in [(2,"推动特色产业数字化"),(3,"推进园区智慧化改造"),(5,"完善数字经济治理"),(6,"推动公共服务数字化"),
             (7,"推动公共服务数字化"),(8,"推动公共服务数字化"),(9,"推进智慧城市建设"),(10,"推进数字乡村建设"),
             (11,"推进“数字供销”建设"),(12,"培育数据要素市场"),(14,"强化安全管理责任"),(15,"强化安全管理责任"),
             (17,"落实安全制度要求"),(18,"提升安全防护能力"),(21,"推动行政权力网上运行"),(22,"强化审管协同"),
             (24,"加强政务信息化项目管理"),(28,"开展试点示范"),(30,"完善数据管理机制"),(32,"完善数据管理机制"),
             (36,"完善数据管理机制"),(33,"推进数据汇聚共享"),(34,"推进数据汇聚共享"),(41,"促进数据开放利用"),
             (42,"促进数据开放利用"),(40,"规范电子公文管理"),(43,"强化政务云支撑"),(47,"提升电子政务外网支撑能力"),
             (48,"提升电子政务外网支撑能力"),(50,"推进业务专网整合"),(49,"推进视频资源共享"),(52,"加强共性应用支撑"),
             (56,"推进非税收入电子化"),(57,"推进信用和地理信息共享"),(58,"推进信用和地理信息共享"),(64,"参照区级做法"),
             (66,"加强经济运行监测"),(67,"做好经济政策衔接"),(68,"推动监管精准化"),(71,"推进重点领域追溯监管"),
             (73,"提升监管智能化水平"),(74,"提升监管智能化水平"),(77,"提升矛盾纠纷化解能力"),(79,"提升社会治安防控能力"),
             (80,"提升公共安全保障能力"),(83,"提高基层社会治理能力"),(84,"打造泛在可及的服务体系"),(86,"打造泛在可及的服务体系"),
             (85,"提升智慧便捷的服务能力"),(87,"优化12345热线服务"),(88,"提供优质便利的涉企服务"),(89,"提供优质便利的涉企服务"),
             (90,"拓展公平普惠的民生服务"),(93,"拓展公平普惠的民生服务"),(95,"提升生态环境协同治理能力"),(96,"提高水资源管理数字化水平"),
             (97,"提升自然资源和林草管理数字化水平"),(98,"提升自然资源和林草管理数字化水平"),(102,"推动绿色低碳转型"),
             (103,"提升辅助决策能力"),(104,"提升行政执行能力"),(105,"提升行政执行能力"),(106,"推进基层减负"),
             (107,"整合视频会议资源"),(109,"提升行政监督水平"),(111,"提升机关事务管理水平"),(112,"提升政府信息公开水平"),
             (114,"发挥政务新媒体传播优势"),(115,"畅通政民互动渠道"),(116,"（一）加强组织领导"),(118,"（三）提升数字素养"),
             (122,"（四）强化考核评价"),(123,"（四）强化考核评价"),(124,"（四）强化考核评价")]:
    cv(t, a)

key = {
 "writer": "blind writer, round 247; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": m,
 "covers": covers,
 "notes": ("固原市原州区 数字政府建设实施方案, issued 2024-04-18, implementing 宁政发〔2023〕17号 (no parent plan keyed). "
           "The drafters define short forms in the text: 区数据中心 (line 13, quoted), 区审批局 (line 14, unquoted), 《实施意见》 (line 10) and 区数字办 (line 63); "
           "units.txt deliberately lists only the full names 区大数据服务中心 / 区审批服务管理局 / 区数字政府建设领导小组办公室 without these short forms, "
           "so accepting them requires learning the （以下简称…） definitions. Each short form is first used after its definition. "
           "区数据局 (line 52) is never defined and is the planted short-form slip. Inline notes give 牵头单位/配合单位/完成时限; "
           "a 配合单位 list after a 区-prefixed unit distributes the prefix (区统计局、财政局、工信商务局). "
           "Body text names 区委、区政府, 区数字政府建设领导小组 and 市级部门 as subjects; they are not responsible-unit cells.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(m), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
