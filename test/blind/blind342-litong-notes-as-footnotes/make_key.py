# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up from draft.txt by a unique anchor.
import json
D = open("draft.txt", encoding="utf-8").read().split("\n")
if D[-1] == "": D.pop()
def ln(anchor, also=None):
    hits = [i + 1 for i, l in enumerate(D) if anchor in l and (also is None or also in l)]
    assert len(hits) == 1, (anchor, also, hits)
    return hits[0]
def chk(line, text):
    assert text in D[line - 1], (line, text)
    return text

expect = []
def E(rule, anchor, text=None, why="", also=None, **kw):
    line = ln(anchor, also)
    d = {"rule": rule, "line": line}
    if text: d["text"] = chk(line, text)
    d.update(kw); d["why"] = why
    expect.append(d)

E("basis-mismatch", "宁政办发〔2023〕17号", "宁政办发〔2023〕17号",
  "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发〔2023〕17号 does not belong to that title (slip: 政办 for 政)")
E("deadline-later-than-baseline", "到2026年底", "2026年底",
  "主要目标: the \"1347\"/\"34567\" framework 全面成型 is due 到2025年 in the region's 主要目标 (宁政发〔2023〕17号) and in the parent 吴忠 plan (到2025年，全市数字政府建设“1347”体系框架全面成型); the district puts it at 2026年底")
E("unknown-unit", "[9]责任单位：", "区网信局",
  "footnote [9] of part 三: 区网信局 is not in units.txt (the district's body is 区委网信办, used correctly in [3], [6] and part 四); no such unit")
E("deadline-later-than-baseline", "⑦责任单位：区大数据服务中心，区直各部门（单位）；完成时限：2025年底前", "2025年底前",
  "footnote ⑦ of part 四 belongs to line 62 (编制公共数据开放目录及相关责任清单…分类分级开放公共数据) = regional task 41, 完成时限 2024年; 2025年底前 is later")
E("deadline-invalid", "2024年6月31日前", "6月31日",
  "footnote ⑨ of part 四 (政务信创云迁移, regional tasks 46 / 43, 完成时限 2024年 / 2024年建成，持续推进): June has 30 days, 2024年6月31日 is an impossible date; the year itself is not later than the region's")
E("unknown-unit", "⑪责任单位：自治区政府办公厅", "自治区政府办公厅",
  "footnote ⑪ of part 四 names 自治区政府办公厅 as 牵头 of a district task (专网整合/视频资源, regional tasks 50 and 49) — copied from the regional list; a regional body cannot lead a local task")
expect.append({"rule": "task-uncovered", "line": 0, "task": 93,
  "why": "deliberately left out: task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责, 2024年) — nothing on 适老化/无障碍/老年人 anywhere in the draft"})

mnf = []
def N(rule, anchor, why, text=None, also=None):
    line = ln(anchor, also)
    d = {"rule": rule, "line": line}
    if text: d["text"] = chk(line, text)
    d["why"] = why
    mnf.append(d)

# citations
N("basis-mismatch", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
N("basis-mismatch", "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the parent city plan cited correctly by title alone (it has no 文号)", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
N("basis-mismatch", "宁政办发〔2020〕14号", "retrospective mention in 发展基础 of the 2020 工作要点 with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
N("basis-mismatch", "宁政办发〔2023〕11号", "footnote ⑫ cites 《数字宁夏“1244+N”行动计划实施方案》 with its correct 文号 (as in the 吴忠 plan)", "宁政办发〔2023〕11号")
N("basis-mismatch", "吴利政办发〔2024〕12号", "the notice's own 文号, not a cited document", "吴利政办发〔2024〕12号")
# footnote marks
N("garbled-text", "正文以①②③或[1][2][3]标注", "the note explaining the footnote marks; circled numbers and [n] are marks, not damage", "①②③")
N("garbled-text", "⑪责任单位：区政府办公室", "circled number ⑪ (U+246A) is a footnote mark", "⑪")
N("garbled-text", "[1]责任单位：区工业信息化和商务局", "[1] is a footnote mark", "[1]")
N("garbled-text", "提升网络平台支撑能力。", "ends with the footnote mark ⑩ right after 全覆盖; not damage", "全覆盖⑩")
# dates that are not deadlines
N("deadline-invalid", "2024年3月18日", "issue date of the notice", "2024年3月18日")
N("deadline-invalid", "近年来，我区认真落实", "past dates (2020年, 2023年) in the background section describe work already done; not deadlines", "2023年")
N("deadline-invalid", "各责任单位要于每季度结束后", "the office's own reporting dates (quarterly, 2024年12月15日前 annual summary); not task deadlines", "2024年12月15日前")
N("deadline-later-than-baseline", "各责任单位要于每季度结束后", "reporting date, not a task deadline", "2024年12月15日前")
# goals
N("deadline-later-than-baseline", "到2024年底，区、乡（镇）", "2024 goals (电子政务外网 全覆盖 = task 48, 2024年; 系统迁移上云 = task 46, 2024年) equal the region; no 2023 regional goal restated", "到2024年底")
N("deadline-later-than-baseline", "到2025年，全区数字政府履职能力", "equal to the city's 到2025年 goal (与自治区共性基础支撑体系实现对接复用、互联互通) and the region's 到2025年", "到2025年")
N("deadline-later-than-baseline", "到2035年", "equal to the region's and the city's 到2035年 goal", "到2035年")
# footnote deadlines equal or earlier
N("deadline-later-than-baseline", "⑩责任单位：区大数据服务中心；完成时限：2024年底前", "footnote ⑩ of part 四 (城域网/电子政务外网升级改造, line 66) = tasks 47 and 48, 完成时限 2024年: equal", "2024年底前")
N("deadline-later-than-baseline", "①责任单位：区政府办公室、区委编办", "footnote ① of part 二 (组织机构, line 24) = task 64, 完成时限 2025年: 2024年6月底前 is earlier", "2024年6月底前")
N("deadline-later-than-baseline", "[1]责任单位：区工业信息化和商务局", "footnote [1] of part 三 (产业云, line 32) = task 2, 2023年启动，2024年取得明显成效: equal", "2024年底前取得明显成效")
N("deadline-later-than-baseline", "[5]责任单位：区住房", "footnote [5] (智慧城市, line 37) = task 9, 持续推进，2025年取得明显成效: equal", "2025年底前")
N("deadline-later-than-baseline", "[7]责任单位：", "footnote [7] (数字供销, line 39) = task 11, 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal", "2025年取得明显成效")
N("deadline-later-than-baseline", "[8]责任单位：", "footnote [8] (数据要素市场, line 41) = task 13, 2024年 (equal) and task 12, 2025年 (earlier)", "2024年底前")
N("deadline-later-than-baseline", "⑤责任单位：区大数据服务中心，区直有关部门", "footnote ⑤ of part 四 (试点示范, line 59) = task 28, 2023年启动，2025年取得明显成效: equal", "2025年取得明显成效")
N("deadline-later-than-baseline", "⑧责任单位：区大数据服务中心、区政府办公室、区档案馆", "footnote ⑧ of part 四 (line 63) = tasks 42 and 40, 2024年: 2024年10月底前 is earlier", "2024年10月底前")
N("deadline-later-than-baseline", "②责任单位：区发展改革局、区工业信息化和商务局、区统计局", "footnote ② of part 五 (经济运行监测, line 84) = task 66, 2025年: equal", "2025年底前")
N("deadline-later-than-baseline", "④责任单位：区市场监管局、区应急管理局", "footnote ④ of part 五 (新型监管手段, line 87) = task 74, 2024年: 2024年9月底前 is earlier", "2024年9月底前")
N("deadline-later-than-baseline", "⑧责任单位：区委政法委、区民政局", "footnote ⑧ of part 五 (基层治理, line 92) = task 83, 2025年: equal", "2025年底前")
N("deadline-later-than-baseline", "⑩责任单位：区审批局、区大数据服务中心", "footnote ⑩ of part 五 (“我的宁夏”利通专区, line 95) = task 86, 2024年: 2024年12月底前 equal", "2024年12月底前")
N("deadline-later-than-baseline", "⑪责任单位：区政府办公室、区审批局", "footnote ⑪ of part 五 (12345热线, line 96) = task 87, 2023年启动，2025年完成: equal", "2025年底前")
N("deadline-later-than-baseline", "⑭责任单位：", "footnote ⑭ of part 五 (line 100) = task 97, 2024年 (equal) and task 96, 2025年 (earlier)", "2024年底前")
N("deadline-later-than-baseline", "⑯责任单位：", "footnote ⑯ of part 五 (填表报数、视频会议, line 103) = tasks 106 and 107, 2025年: 2025年6月底前 is earlier", "2025年6月底前")
N("deadline-later-than-baseline", "①责任单位：区委网信办、吴忠市公安局利通区分局、区大数据服务中心，区直各部门", "footnote ① of part 四 (安全管理责任, line 54) ~ tasks 14/15, 2023年: 长期坚持 has no dated milestone, nothing later to compare", "长期坚持")
N("deadline-later-than-baseline", "④责任单位：区发改局", "footnote ④ of part 四 (项目管理, line 58) ~ tasks 24/25, 2023年: 自本方案印发之日起执行 is immediate, no later date", "自本方案印发之日起执行")
N("deadline-later-than-baseline", "[1]责任单位：区委办公室", "footnote [1] of part 六 (一把手工程, line 126) = task 116, 2023年完成并长期坚持: ongoing, no later milestone", "长期坚持")
# units
N("unknown-unit", "各乡镇人民政府、街道办事处，区直各部门（单位）：", "addressees: collectives (各乡镇人民政府、街道办事处, 区直各部门（单位）)", "各乡镇人民政府")
N("unknown-unit", "①责任单位：区政府办公室、区委编办", "各乡镇（街道） is a collective subject", "各乡镇（街道）")
N("unknown-unit", "②责任单位：区大数据服务中心，区直各部门（单位），各乡镇（街道）；完成时限：2025年底前", "区直各部门（单位） is a collective subject", "区直各部门（单位）")
N("unknown-unit", "⑧责任单位：区委政法委、区民政局", "各村（社区） is a collective subject", "各村（社区）")
N("unknown-unit", "③责任单位：区审批局、区市场监管局，区直有关部门（单位）", "区审批局 is the registered short name of 区审批服务管理局; 区直有关部门（单位） is a collective", "区审批局")
N("unknown-unit", "④责任单位：区发改局", "区发改局 is a registered short name of 区发展改革局", "区发改局")
N("unknown-unit", "[2]责任单位：区财政局、审计局", "prefix 区 distributes: 审计局 = 区审计局 (registered)", "审计局")
N("unknown-unit", "[3]责任单位：区委组织部、宣传部", "prefix 区委 distributes: 宣传部 = 区委宣传部 (registered)", "宣传部")
N("unknown-unit", "[2]责任单位：金积工业园区管委会", "区工业信息化和商务局 is one registered name (not split at 和); 金积工业园区管委会 is registered", "区工业信息化和商务局")
N("unknown-unit", "[5]责任单位：区住房", "the city's bodies 市城市管理局 and 市大数据管理服务局 named as 业务指导 (not lead); both in units.txt", "市大数据管理服务局")
N("unknown-unit", "②责任单位：区委网信办、吴忠市公安局利通区分局、区大数据服务中心；", "吴忠市公安局利通区分局 is the city police branch in the district, registered; 区委网信办 registered", "吴忠市公安局利通区分局")
N("unknown-unit", "⑬责任单位：", "吴忠市生态环境局利通分局 registered (city branch)", "吴忠市生态环境局利通分局")
# framework
mnf.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一和六级贯通",
  "why": "the region's 五个一/六级贯通 work system is folded into 一套体系 (健全组织机构、厘清层级职责、完善工作机制, lines 24-26), as in the 吴忠 plan"})
mnf.append({"rule": "missing-pillar", "line": 0, "pillar": "财政投入",
  "why": "财政投入 is taken up in part 六"})

covers = []
def C(task, anchor):
    covers.append({"task": task, "line": ln(anchor)})
for t, a in [(64, "（一）健全组织机构"), (2, "推动产业数字化转型"), (3, "加快智慧园区建设"), (5, "完善数字经济治理"),
             (6, "推动数字化服务普惠应用"), (9, "配合推进智慧城市建设"), (10, "推进数字乡村建设"), (11, "加快“数字供销”建设"),
             (12, "培育数据要素市场"), (13, "培育数据要素市场"), (14, "强化安全管理责任"), (15, "强化安全管理责任"),
             (18, "提升安全防护能力"), (21, "推动行政权力网上运行"), (28, "开展试点示范"), (33, "推进基础库和主题库建设"),
             (34, "推进基础库和主题库建设"), (41, "推进公共数据有序开放"), (42, "促进数据融合应用"), (40, "促进数据融合应用"),
             (46, "强化政务云支撑能力"), (43, "强化政务云支撑能力"), (47, "提升网络平台支撑能力"), (48, "提升网络平台支撑能力"),
             (50, "推进专网整合和视频资源共享"), (49, "推进专网整合和视频资源共享"), (57, "加强共性应用支撑能力"),
             (65, "加强经济数据汇聚治理"), (66, "加强经济运行监测预警"), (71, "推动监管精准化、协同化"), (73, "推动监管精准化、协同化"),
             (74, "推动监管智能化"), (77, "提升社会矛盾化解能力"), (79, "提升社会治安防控能力"), (80, "提升公共安全保障能力"),
             (83, "提高基层社会治理能力"), (84, "打造泛在可及的服务体系"), (86, "做强“我的宁夏”利通专区"), (87, "优化12345政务服务便民热线"),
             (89, "提供优质便利的涉企服务"), (94, "加强生态环境数字化监测"), (96, "提高自然资源利用效率"), (97, "提高自然资源利用效率"),
             (104, "提升行政执行能力"), (105, "提升行政执行能力"), (106, "推动基层减负"), (107, "推动基层减负"),
             (112, "提升政府信息公开水平"), (114, "提升政府信息公开水平"), (115, "畅通政民互动渠道"), (116, "（一）加强组织领导"),
             (25, "（二）加大财政投入"), (118, "（三）提升数字素养"), (121, "（四）强化考核评价"), (123, "（四）强化考核评价"),
             (124, "（四）强化考核评价")]:
    C(t, a)

key = {
  "writer": "blind writer, round 342; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("County-level (利通区) plan of 2024 following 吴忠's 1347 framework. Responsibilities and deadlines are NOT inline: each body "
            "paragraph ends with a footnote mark (①② in parts 二, 四, 五; [1] [2] in parts 三 and 六) and the notes "
            "'①责任单位：…；完成时限：…' follow at the end of the part; numbering restarts in every part, so ① in part 四 (line 69) "
            "belongs to line 54, not to line 24. Line 10 states that the first unit listed is the lead. units.txt holds the district's "
            "bodies, the city branches in the district and four city bodies it names as 业务指导. Planted: 4 of the 6 errors/warnings "
            "are in footnotes (lines 51, 75, 77, 79).")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
