# Builds key.json; every line number is found by searching draft.txt (1-based) and asserted.
import json
L = open("draft.txt", encoding="utf-8").read().splitlines()

def ln(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

expect = [
  {"rule": "basis-mismatch", "line": ln("宁政发〔2022〕17号", "宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
  {"rule": "deadline-later-than-baseline", "line": ln("最迟于2025年6月完成首批开放", "2025年6月"), "text": "2025年6月",
   "why": "inline note: 公共数据开放目录/责任清单、分类分级开放 is task 41, 完成时限 2024年; 最迟于2025年6月 is later"},
  {"rule": "deadline-later-than-baseline", "line": ln("务必在2025年内完成", "2025年"), "text": "2025年",
   "why": "inline note: 政府网站、政务移动端、公共服务场所适老化与信息无障碍 is task 93, 完成时限 2024年; 务必在2025年内 is later"},
  {"rule": "deadline-later-than-baseline", "line": ln("不晚于2025年3月底", "2025年3月底"), "text": "2025年3月底",
   "why": "task table row 6: 电子政务外网骨干网扩容、互联网出口带宽 is task 47, 完成时限 2024年 (the related 城域网 5级全覆盖, task 48, is also 2024年); 不晚于2025年3月底 is later"},
  {"rule": "deadline-later-than-baseline", "line": ln("全员注册使用", "到2025年6月为止"), "text": "2025年6月",
   "why": "task table row 13: “宁政通”移动办公“总门户” is task 105, 完成时限 2024年; 到2025年6月为止 is later (and contradicts the plan's own 2024 goal on line 16)"},
  {"rule": "deadline-later-than-baseline", "line": ln("截至2026年6月30日前", "2026年6月30日"), "text": "2026年6月30日",
   "why": "task table row 14: 依托“宁政通”统一填表报数系统 is task 106, 完成时限 2025年; 截至2026年6月30日前 is later"},
  {"rule": "deadline-invalid", "line": ln("限2024年6月31日前办结", "6月31日"), "text": "2024年6月31日",
   "why": "task table row 17: June has 30 days, 2024年6月31日 is an impossible date (task 114, 政务新媒体矩阵, 完成时限 2024年; the intended date is not later)"},
  {"rule": "unknown-unit", "line": ln("区大数据管理服务局牵头", "区大数据管理服务局"), "text": "区大数据管理服务局",
   "why": "not in units.txt: 大武口区 has 区大数据服务中心; 大数据管理服务局 is a city-level name copied from a city template"},
]

mnf = []
def add(rule, anchor, text, why):
    e = {"rule": rule, "line": ln(anchor, text)}
    if text: e["text"] = text
    e["why"] = why
    mnf.append(e)

D = "deadline-later-than-baseline"
I = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
# deadlines: the round's forms, equal or earlier
add(D, "不晚于2024年底实现区级行政许可", "2024年底", "不晚于2024年底 for task 21 (行政许可管理信息系统、行政权力事项网上运行), 完成时限 2024年: equal")
add(D, "截至2024年12月31日前完成区级高频事项", "2024年12月31日", "截至…前 used as a limit for task 86 (“我的宁夏”应上尽上), 完成时限 2024年: equal")
add(D, "\t截至2024年12月31日前", "2024年12月31日", "table row 11, same limit for task 86 (2024年): equal")
add(D, "于2024年10月以前完成辖区空气质量", "2024年10月", "于2024年10月以前 for task 94 (生态环境数据资源中心/数据交换), 完成时限 2024年: earlier")
add(D, "\t于2024年10月以前", "2024年10月", "table row 18, task 94 (2024年): earlier")
add(D, "务必在2024年内实现区、街道两级", "2024年", "务必在2024年内 for task 77 (矛盾纠纷多元化解、线上受理渠道), 完成时限 2024年: equal")
add(D, "最迟于2025年6月建成区级新型基层", "2025年6月", "最迟于2025年6月 for task 83 (“互联网+基层治理”、新型基层管理服务平台), 完成时限 2025年: not later")
add(D, "\t最迟于2025年6月", "2025年6月", "table row 10, task 83 (2025年): not later")
add(D, "到2025年6月为止完成区直部门及各街道视频", "2025年6月", "到2025年6月为止 for task 107 (非涉密视频会议系统整合), 完成时限 2025年: not later")
add(D, "视频会议系统资源\t", "2025年6月", "table row 15, task 107 (2025年): not later")
add(D, "2024年12月31日24时前实现区直部门公文", "2024年12月31日24时", "2024年12月31日24时前 for task 104 (协同办公平台), 完成时限 2024年: the end of 2024, equal")
add(D, "\t2024年12月31日24时前", "2024年12月31日24时", "table row 12, task 104 (2024年): equal")
add(D, "限2024年9月30日前办结政务公开", "2024年9月30日", "限…前办结 for task 112 (政务公开信息化平台、网上发布为主), 完成时限 2024年: earlier")
add(D, "\t限2024年9月30日前办结", "2024年9月30日", "table row 16, task 112 (2024年): earlier")
add(D, "于2024年11月底前完成区直部门电子文件", "2024年11月底", "task 54 (电子文件归档) and task 40 (电子公文), both 完成时限 2024年: earlier")
add(D, "2024年6月底前完成。（区政府办牵头，区委编办配合）", "2024年6月底", "task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年: earlier; the line does not take up task 60 (自治区领导小组成员, 2023年)")
add(D, "2025年底前实现全覆盖", "2025年底", "task 56 (非税收入收缴电子化), 完成时限 2025年: equal")
add(D, "\t2025年底前", "2025年底", "table row 9, task 56 (2025年): equal")
add(D, "2025年底前取得明显成效", "2025年底", "tasks 96 (互联网+城乡供水) and 102 (绿色低碳转型), 完成时限 2025年: equal")
add(D, "到2024年底，电子政务外网", "2024年底", "主要目标: 外网5级全覆盖 task 48 (2024年), 专网整合 task 50 (2024年), 宁政通 task 105 (2024年), 一网通办 task 84 (2024年): equal; no 2023 regional goal is restated with a later year")
add(D, "到2025年，全区数字政府建设“34567”", "2025年", "主要目标 equal to the region's goal 到2025年…“34567”体系框架全面成型")
add(D, "2024年底前完成存量项目登记", "2024年底", "task 23 (一体化数字资源管理系统、“一本账”), 完成时限 2024年: equal")
add(D, "开展试点示范。围绕基层治理", "2025年", "task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: equal")
add(D, "提升园区招商引资能力。", "2025年", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal")
add(D, "家政物业等服务数字化，扩大", "2025年", "task 6, 完成时限 持续推进，2025年取得明显成效: equal")
add(D, "补齐星海镇及所辖村", "2025年", "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal")
add(D, "全链条数字化追溯监管，推动跨部门", "2024年底", "tasks 70, 71, 73 (双随机差异化监管、追溯监管、协同监管), 完成时限 2024年: equal")
add(D, "探索推广“智安小区”", "2024年底", "task 79 (雪亮工程), 完成时限 2024年: equal")
add(D, "2024年底前实现诉求统一受理", "2024年底", "task 115 (12345为枢纽的政民互动), 完成时限 2024年: equal (task 87 is 2025年完成: earlier)")
for anchor, task in (("区级行政许可事项全部纳入系统管理\t", "row 3, task 21 (2024年)"), ("形成2个以上融合应用场景\t", "row 5, task 42 (2024年)")):
    add(D, anchor, "2024年12月底", task + ": equal")
add(D, "区、镇（街道）、村（社区）全覆盖\t", "2024年12月31日", "table row 7, task 48 (城域网升级改造、5级全覆盖), 完成时限 2024年: equal")
add(D, "电子政务外网整合迁移\t", "2024年底", "table row 8, task 50 (非涉密业务专网整合迁移), 完成时限 2024年: equal")
add(D, "“一本账”\t", "2024年底", "table row 4, task 23 (2024年): equal")
# past dates, ongoing limits, reporting limits
add(I, "截至2023年底，全区已建成", "2023年底", "截至 used for a count already reached (background), not a deadline")
add(I, "2023年，我区“一窗通办”", "2023年", "past date in the background section")
add(I, "2023年已形成机制，长期坚持", "2023年", "copied regional milestone of task 18 (2023年形成机制，长期坚持), stated as already met; ongoing")
add(I, "\t2023年已完成，长期坚持", "2023年", "table row 19: task 116's regional milestone (2023年完成并长期坚持) stated as already met; ongoing")
add(D, "协同响应的安全技术保障体系，开展常态化安全防护和应急演练\t", "长期坚持", "table row 2, task 18 (2023年形成机制，长期坚持): ongoing, as the region")
add(D, "综合考核评价的重要参考\t", "长期坚持", "table row 20, task 123 (2023年完成，长期坚持): ongoing, as the region")
add(I, "不晚于每季度末月25日", "每季度末月25日", "the office's own reporting limit, not a task deadline")
add(D, "每年12月20日前报送年度工作总结", "每年12月20日", "the office's own annual reporting date, not a task deadline")
add(I, "2024年3月18日", "2024年3月18日", "issue date of the notice")
add(I, "区人民政府2024年第4次常务会议", "2024年", "meeting reference, not a deadline")
# units
add(U, "星海镇人民政府，各街道办事处，区直各部门（单位）：", "各街道办事处", "addressee line: 星海镇人民政府 is in units.txt; 各街道办事处 and 区直各部门（单位） are collectives")
add(U, "规范企业参与政务信息化建设", "区直各部门（单位）", "collective subject")
add(U, "规范企业参与政务信息化建设", "星海镇", "official short name of 星海镇人民政府 in units.txt")
add(U, "推动行政权力网上运行", "区直有关部门", "collective subject")
add(U, "区审批局、大武口市场监管分局牵头", "区审批局", "short name of 区审批服务管理局 in units.txt")
add(U, "2024年底前完成存量项目登记", "财政局", "prefix 区 distributes over 区发展和改革局、财政局、审计局 → 区财政局, 区审计局, both in units.txt")
add(U, "（区农业农村和水务局牵头，星海镇人民政府具体负责", "区农业农村和水务局", "one registered name; not to be split at 和")
add(U, "区政府办牵头，区委编办配合", "区政府办", "short name of 区人民政府办公室 in units.txt")
add(U, "区委办公室、区档案馆牵头", "区委办公室", "in units.txt; 区档案馆 too")
add(U, "（区委网信办、大武口公安分局牵头，区直各部门（单位）配合；2023", "大武口公安分局", "in units.txt (district branch of the city public security bureau)")
add(U, "报区人民政府和石嘴山市有关部门", "石嘴山市有关部门", "collective (city departments) in the reporting clause, not a responsible unit; 区人民政府 is in units.txt")
add(U, "依托区委党校和宁夏干部教育培训网络学院", "宁夏干部教育培训网络学院", "a training platform named in the text, not a responsible unit; the note names 区委组织部、区委党校、区政府办")
add(U, "依托“宁政通”APP推广应用全区统一的填表报数", "星海镇", "table row 14 unit cell: short name and collective")
# basis
add(B, "《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号", "correct title and 文号")
add(B, "石嘴山市《关于加强数字政府建设的实施方案》", "石嘴山市《关于加强数字政府建设的实施方案》", "the city's plan cited by title alone (a city plan may have no 文号); not a checkable basis mistake")
add(B, "（宁政办发〔2020〕14号）印发以来", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, with its correct 文号; not cited as the basis")
add(B, "石大政办发〔2024〕9号", "石大政办发〔2024〕9号", "the notice's own 文号, not a cited basis")

covers = [(3, "提升园区招商引资能力。"), (6, "家政物业等服务数字化，扩大"), (10, "补齐星海镇及所辖村"),
          (12, "引导辖区企业参与数据要素"), (14, "规范企业参与政务信息化建设"), (15, "规范企业参与政务信息化建设"),
          (18, "2023年已形成机制，长期坚持"), (17, "落实安全制度要求。"), (21, "推动行政权力网上运行"),
          (22, "强化审管协同。"), (23, "2024年底前完成存量项目登记"), (28, "开展试点示范。围绕基层治理"),
          (32, "完善数据管理机制。"), (36, "完善数据管理机制。"), (41, "促进数据有序开发利用"),
          (42, "推进数据融合应用。"), (47, "不晚于2025年3月底"), (48, "提升网络平台支撑能力。"), (50, "提升网络平台支撑能力。"),
          (54, "深化电子文件管理。"), (56, "推进非税收入收缴电子化。"), (64, "健全组织机构。参照自治区做法"),
          (66, "对接使用宁夏经济运行大数据平台"), (71, "全链条数字化追溯监管，推动跨部门"), (77, "提升矛盾纠纷化解能力"),
          (79, "探索推广“智安小区”"), (80, "提升公共安全保障能力"), (83, "提高基层社会治理能力"), (84, "打造泛在可及的服务体系"),
          (85, "打造泛在可及的服务体系"), (86, "做强“我的宁夏”大武口专区"), (93, "加快适老化与信息无障碍建设"),
          (94, "于2024年10月以前完成辖区空气质量"), (96, "推进“互联网+城乡供水”建设"), (102, "推进“互联网+城乡供水”建设"),
          (104, "提升行政执行能力。"), (105, "全员注册使用"), (106, "截至2026年6月30日前"), (107, "到2025年6月为止完成区直部门"),
          (112, "限2024年9月30日前办结政务公开"), (114, "限2024年6月31日前办结"), (115, "畅通政民互动渠道"),
          (116, "（一）加强组织领导。"), (118, "（三）提升数字素养。"), (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。")]
key = {
  "writer": "blind writer, round 588; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": [{"task": t, "line": ln(a)} for t, a in covers],
  "notes": ("大武口区 (石嘴山市) 2024 plan issued 2024-03-18, checked against ningxia-2023 only (no parent plan). "
            "Deadlines are written in many forms (不晚于, 最迟于, 截至…前, 于…以前, 务必在…内, 到…为止, …24时前, 限…前办结) both in inline notes and in the attachment table (lines 79-99, tab-separated, header on line 79). "
            "Tasks whose regional 完成时限 is 2023 only (14, 15, 17, 32, 36, 85) are taken up without any date, so no 2024 limit is compared with a 2023 one. "
            "Line 16 (2024 goal incl. 宁政通) and table row 13 (宁政通 到2025年6月为止) disagree; only the table row is the planted error. "
            "The note on line 78 makes the first-listed unit of a table cell its lead."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(key["covers"]), "covers")
