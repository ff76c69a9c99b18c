# Helper kept in the case folder: builds key.json, finding every line number in draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')

def ln(sub, text=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in L[hits[0]-1], (text, hits[0])
    return hits[0]

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw); return d

def N(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text) if anchor else 0}
    if text: d["text"] = text
    d["why"] = why
    return d

expect = [
    E("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕41号",
      "the national 指导意见 is 国发〔2022〕14号 (as cited in 宁政发〔2023〕17号); the clerk transposed the digits, so the 文号 does not belong to the title"),
    E("deadline-later-than-baseline", "提升网络支撑能力。", "2025年6月底前",
      "城域网升级改造 / 电子政务外网 区、镇、村全覆盖 / 按需向企事业单位拓展 is regional task 48 (完成时限 2024年; also task 47, 2024年); 2025年6月 is later"),
    E("deadline-later-than-baseline", "建设“我的宁夏”西夏专区", "2025年",
      "迭代升级“我的宁夏”政务APP, 政务服务、公共服务事项“应上尽上” is regional task 86 (完成时限 2024年); 2025年 is later"),
    E("deadline-invalid", "推广“宁政通”移动办公", "2024年21月",
      "impossible month (21月, transposed 12月)"),
    E("unknown-unit", "推广电子印章应用", "自治区政府办公厅",
      "a regional body named as the lead (牵头) of a district task: the clerk copied the lead of regional task 53 into the district note; the district lead should be a 西夏区 unit (e.g. 区审批局)"),
    E("unknown-unit", "提升辅助决策能力", "区数据局",
      "no 区数据局 in units.txt (nor any alias of that form); the district's data body is 区大数据服务中心"),
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "适老化与信息无障碍建设 (task 93, 自治区各部门(单位)及各市、县(区)按照职能分别负责, 2024年) is deliberately left out: the 民生服务 line (拓展公平普惠的民生服务) has no 适老化/无障碍/老年人/残疾人 content anywhere"},
]

mnf = [
    # deadlines: goals
    N("deadline-later-than-baseline", "到2025年，全区数字政府建设", "到2025年", "主要目标: “34567”体系框架全面成型 by 2025, equal to the region's 到2025年 goal"),
    N("deadline-later-than-baseline", "到2035年，与政府治理能力", "到2035年", "equal to the region's 到2035年 goal"),
    N("deadline-later-than-baseline", "到2024年底，区级政务信息系统", "到2024年底", "district 2024 goals map to tasks due 2024 (43/46 政务云迁移 2024年, 105 宁政通 2024年, 41 公共数据开放目录 2024年); none of them restates a region 2023年底 goal"),
    # deadlines: equal
    N("deadline-later-than-baseline", "1.推动产业数字化转型", "2024年取得明显成效", "task 2: 2023年启动，2024年取得明显成效 — completing milestone equal"),
    N("deadline-later-than-baseline", "2.加快“智慧园区”建设", "2025年", "task 3: 持续推进，2025年取得明显成效 — equal; the note is in half-width (:;) punctuation"),
    N("deadline-later-than-baseline", "4.完善数字经济治理", "持续推进，2025年取得明显成效", "task 5: 持续推进，2025年取得明显成效 — copied verbatim; the item number skips 3 (careless numbering, no content missing)"),
    N("deadline-later-than-baseline", "2.深化智慧教育应用", "2025年取得明显成效", "task 7: 2023年形成试点经验，2025年取得明显成效 — completing milestone equal"),
    N("deadline-later-than-baseline", "4.助力智慧城市建设", "2025年", "task 9: 持续推进，2025年取得明显成效 — equal"),
    N("deadline-later-than-baseline", "开展试点示范。", "2025年取得明显成效", "task 28: 2023年启动，2025年取得明显成效 — equal"),
    N("deadline-later-than-baseline", "提高自主可控水平。", "2024年", "task 19: 2023年启动，2024年建成 — equal; written 完成时限2024年 with the colon missing"),
    N("deadline-later-than-baseline", "建立数字资源“一本账”", "2024年", "task 23: 2024年 — equal; the note's closing bracket is doubled"),
    N("deadline-later-than-baseline", "加强信用平台应用。", "2024年", "task 57: 2024年 — equal; the note's closing bracket is lost at the end of the line"),
    N("deadline-later-than-baseline", "推进非税收入电子化。", "2025年", "task 56: 2025年 — equal (no 公共支付/电子票据 content, so not task 55); half-width note"),
    N("deadline-later-than-baseline", "优化12345热线服务。", "2025年", "task 87: 2023年启动，2025年完成 — equal"),
    N("deadline-later-than-baseline", "推进基层减负。", "2025年", "task 106: 2025年 — equal"),
    N("deadline-later-than-baseline", "提高自然资源利用效率。", "2025年", "the line holds two sub-items: 2025年 belongs to 互联网+城乡供水/数字治水 (task 96, 2025年, equal); the 一张图 sub-item after it carries its own 2024年 (task 97, 2024年, equal)"),
    N("deadline-later-than-baseline", "加强经济运行监测预警。", "2025年", "task 66: 2025年 — equal (宁夏经济运行大数据平台, not the 经济治理基础数据库 of task 65)"),
    # deadlines: earlier
    N("deadline-later-than-baseline", "5.推进数字乡村建设", "2024年底前", "task 10: 持续推进，2025年取得明显成效 — earlier"),
    N("deadline-later-than-baseline", "强化审管协同。", "2024年", "task 22: 2025年 — earlier"),
    N("deadline-later-than-baseline", "促进数据有序开发利用。", "2024年11月底前", "tasks 41/42: 2024年 — earlier"),
    N("deadline-later-than-baseline", "推进专网整合。", "2024年10月底前", "task 50: 2024年 — earlier"),
    N("deadline-later-than-baseline", "（一）健全组织机构。", "2024年6月底前", "task 64 (各地各部门参照自治区做法成立相应组织机构…齐抓共管的工作格局): 2025年 — earlier"),
    # deadlines: copied / background / reporting
    N("deadline-invalid", "提升安全保障能力。", "2023年形成机制，长期坚持", "copied verbatim from regional task 18 (2023年形成机制，长期坚持): a copied regional deadline before the plan's year, ongoing; not a late or invalid district deadline"),
    N("deadline-invalid", "自《宁夏回族自治区2020年", "2023年", "background: past achievements (2022年建成…, 2023年…达到98%以上), not deadlines"),
    N("deadline-invalid", "要于每季度末月25日前", "2024年12月10日前", "the office's own reporting date, not a task deadline"),
    N("deadline-invalid", "2024年4月18日", "2024年4月18日", "issue date of the notice"),
    # units
    N("unknown-unit", "提高自主可控水平。", "区大数据服务中心", "in units.txt; the label is written 责任单位区大数据服务中心 with the colon missing"),
    N("unknown-unit", "提高基层社会治理能力。", "区委政法委", "in units.txt; label 责任单位区委政法委牵头 lacks its colon"),
    N("unknown-unit", "创新项目管理机制。", "审计局", "区财政局、审计局: the 区 prefix distributes, i.e. 区审计局, which is in units.txt"),
    N("unknown-unit", "强化安全管理责任。", "各镇(街道)", "collective subject, written with half-width brackets inside a half-width note (区直各部门(单位)、各镇(街道)分别负责)"),
    N("unknown-unit", "提升监管协同化水平。", "承担监管职责的区直有关部门（单位）", "collective subject (mirrors the region's 承担监管职责的自治区有关部门（单位）)"),
    N("unknown-unit", "4.助力智慧城市建设", "各街道办事处", "collective subject"),
    N("unknown-unit", "提高基层社会治理能力。", "各村（社区）", "collective subject"),
    N("unknown-unit", "推进数据汇聚共享。", "区直有关部门", "collective subject"),
    N("unknown-unit", "2.加快“智慧园区”建设", "西夏生态环境分局", "official short name of 银川市生态环境局西夏分局, listed in units.txt"),
    N("unknown-unit", "1.推动产业数字化转型", "区工信商务局", "short name of 区工业信息化和商务局 in units.txt; 镇北堡镇 on the same line is the listed short name of 镇北堡镇人民政府"),
    N("unknown-unit", "提升社会治安防控能力。", "西夏公安分局", "short name of 银川市公安局西夏区分局 in units.txt"),
    N("unknown-unit", "（三）提升数字素养。", "区委党校", "in units.txt"),
    N("unknown-unit", "提高自主可控水平。", "自治区", "配合自治区政务信创云建设 names the region's platform in prose, not a responsible unit"),
    # basis
    N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政发〔2023〕17号", "correct title and 文号 of the regional 实施意见"),
    N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as the 吴忠 plan; a real companion document"),
    N("basis-mismatch", "自《宁夏回族自治区2020年", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 (correct title and 文号) in the background, not a basis"),
    N("basis-mismatch", "按照宁政发[2023]17号", "宁政发[2023]17号", "the right 文号 typed with half-width square brackets"),
    N("basis-mismatch", "西政办发〔2024〕21号", "西政办发〔2024〕21号", "the notice's own 文号"),
    # pillars despite careless numbering
    {"rule": "missing-pillar", "line": 0, "pillar": "数据资源", "why": "数据资源 is present (line %d) under a heading numbered （二） a second time" % ln("（二）加快构建循环利用的数据资源体系")},
    {"rule": "missing-pillar", "line": 0, "pillar": "公共服务", "why": "公共服务 is present (line %d) under a repeated （三）; the 七个能力 numbering then jumps to （五）" % ln("（三）提升普惠便捷的公共服务能力")},
]

covers_src = [
    (2, "1.推动产业数字化转型"), (3, "2.加快“智慧园区”建设"), (5, "4.完善数字经济治理"),
    (6, "1.推动数字化服务普惠应用"), (7, "2.深化智慧教育应用"), (8, "3.深化“互联网+医疗健康”应用"),
    (9, "4.助力智慧城市建设"), (10, "5.推进数字乡村建设"), (12, "1.培育数据要素市场"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"),
    (18, "提升安全保障能力。"), (19, "提高自主可控水平。"), (21, "推动行政权力事项网上运行。"),
    (22, "强化审管协同。"), (23, "建立数字资源“一本账”"), (24, "创新项目管理机制。"),
    (28, "开展试点示范。"), (32, "完善数据管理机制。"), (33, "推进数据汇聚共享。"), (34, "推进数据汇聚共享。"),
    (40, "规范电子公文管理。"), (41, "促进数据有序开发利用。"), (42, "促进数据有序开发利用。"),
    (43, "强化政务云支撑能力。"), (48, "提升网络支撑能力。"), (50, "推进专网整合。"), (49, "统筹视频资源。"),
    (52, "推广电子证照应用。"), (53, "推广电子印章应用。"), (54, "深化电子文件归档。"),
    (56, "推进非税收入电子化。"), (57, "加强信用平台应用。"), (64, "（一）健全组织机构。"),
    (66, "加强经济运行监测预警。"), (70, "提升监管精准化水平。"), (71, "提升监管精准化水平。"),
    (72, "提升监管协同化水平。"), (73, "提升监管协同化水平。"), (74, "提升监管智能化水平。"),
    (77, "提升社会矛盾化解能力。"), (79, "提升社会治安防控能力。"), (80, "提升公共安全保障能力。"),
    (83, "提高基层社会治理能力。"), (84, "打造泛在可及的服务体系。"), (85, "提升智慧便捷的服务能力。"),
    (86, "建设“我的宁夏”西夏专区"), (87, "优化12345热线服务。"), (88, "提供优质便利的涉企服务。"),
    (89, "提供优质便利的涉企服务。"), (90, "拓展公平普惠的民生服务。"), (94, "提升生态环保协同治理能力。"),
    (96, "提高自然资源利用效率。"), (97, "提高自然资源利用效率。"), (102, "推动绿色低碳转型。"),
    (103, "提升辅助决策能力。"), (104, "提升行政执行能力。"), (105, "推广“宁政通”移动办公"),
    (106, "推进基层减负。"), (107, "整合视频会议资源。"), (111, "提升机关事务管理水平。"),
    (112, "提升政府信息公开水平。"), (113, "建设政策文件库。"), (114, "发挥政务新媒体传播优势。"),
    (115, "畅通政民互动渠道。"), (116, "（一）加强组织领导。"), (25, "（二）加大财政投入。"),
    (118, "（三）提升数字素养。"), (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"),
    (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_src]

key = {
    "writer": "blind writer, round 483; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("银川市西夏区 district plan (2024-04-18), checked against 宁政发〔2023〕17号 only; no parent plan (the 银川市 plan is not cited). "
              "The round's theme is careless typing: full-width and half-width brackets/colons/semicolons mixed, one note's closing bracket lost (信用 line), "
              "one doubled (一本账 line), colons missing after 责任单位/完成时限 labels, item numbers that skip (1,2,4) and headings that repeat (（二）, （三）) — none of these "
              "is a mistake of substance. All units are 西夏区 units from units.txt, official short names, the three 银川市…西夏分局 bodies, or collectives. "
              "Regional tasks due 2023 that the district takes up (14/15, 17, 24, 25, 32, 72/73, 85, 116, 118, 122-124) carry no 完成时限 in the district notes, except task 18, "
              "whose regional deadline is copied verbatim. Every other dated note is equal to or earlier than the matching regional task, except the two planted late ones.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'))
