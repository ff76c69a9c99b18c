#!/usr/bin/python3
# Writes key.json; every line number is found from a snippet in the final draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().splitlines()

def ln(snippet, text=None):
    hits = [i for i, l in enumerate(L, 1) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    if text is not None:
        assert text in L[hits[0]-1], (snippet, text)
    return hits[0]

def E(rule, snip, text, why, **kw):
    d = {"rule": rule, "line": ln(snip, text), "text": text, "why": why}
    d.update(kw); return d

def N(rule, snip, why, text=None):
    d = {"rule": rule, "line": ln(snip, text)}
    if text: d["text"] = text
    d["why"] = why; return d

expect = [
    E("basis-mismatch", "根据《国务院关于加强", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); 宁政办发〔2023〕17号 is not its 文号 (an 办 slipped in, perhaps from the 宁政办发〔2023〕11号 cited next to it)"),
    E("unknown-unit", "26．编制公共数据开放目录", "区大数据局",
      "not in units.txt; the district's data office is 区大数据服务中心 (short name 区大数据中心), used everywhere else in the draft"),
    E("deadline-later-than-baseline", "29．开展城域网升级改造", "2025年6月底前",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) has 完成时限 2024年; the draft's own goal on the 到2024年底 line also says 2024"),
    E("garbled-text", "49．推行政务服务事项", "鍖虹洿鍚勯儴闂ㄦ寜",
      "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 区直各部门按职责分别负责"),
    E("deadline-later-than-baseline", "50．持续优化“我的宁夏”兴庆专区", "2025年底前",
      "task 86 (迭代升级“我的宁夏”政务APP功能…“应上尽上”) has 完成时限 2024年"),
    E("unknown-unit", "58．推广使用全区统一的协同办公平台", "自治区政府办公厅",
      "a regional body named as the lead (牵头) of a district task: the lead of task 104 was copied from the regional list; the district plan cannot assign it, and it is not in units.txt"),
    E("deadline-invalid", "59．推广“宁政通”", "2024年6月31日",
      "impossible date: June has 30 days (task 105, 完成时限 2024年, so the year itself is not late)"),
]

mnf = [
    N("basis-mismatch", "兴政办发〔2024〕9号", "the plan's own notice number, not a basis document", "兴政办发〔2024〕9号"),
    N("basis-mismatch", "根据《国务院关于加强", "国发〔2022〕14号 is the correct 文号 of the cited 指导意见", "国发〔2022〕14号"),
    N("basis-mismatch", "根据《国务院关于加强", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way in the 吴忠 plan; a correct additional basis", "宁政办发〔2023〕11号"),
    N("basis-mismatch", "（二）工作基础", "retrospective mention of the 2020 工作要点 with its correct title and 文号 (自…印发以来), not cited as the basis", "宁政办发〔2020〕14号"),
    N("deadline-invalid", "（二）工作基础", "past date in the background section (what was done in 2023), not a deadline", "2023年"),
    N("deadline-invalid", "2024年3月18日", "the office's issue date", "2024年3月18日"),
    N("deadline-later-than-baseline", "到2024年底", "goal: 外网 full coverage and 我的宁夏 by end-2024 equal tasks 48 and 86 (2024年); it restates none of the region's 到2023年底 goals", "到2024年底"),
    N("deadline-later-than-baseline", "到2025年，全区数字政府建设体系框架全面成型", "equal to the region's 到2025年 goal (“34567”体系框架全面成型)", "到2025年"),
    N("deadline-later-than-baseline", "三年行动计划（2024—2026年）", "（2024—2026年） is the period in the title of a local plan, not a deadline; the bracket after it (2024年6月底前) is the note", "2026年"),
    N("deadline-later-than-baseline", "1．配合推进全国一体化算力网络", "task 1 is 持续推进，2025 年取得明显成效; 持续推进 is the same ongoing form", "持续推进"),
    N("deadline-later-than-baseline", "2．加快“智慧园区”建设", "task 3 is 持续推进，2025 年取得明显成效; 2025年底前 is equal", "2025年底前"),
    N("deadline-later-than-baseline", "3．创新以网管网", "task 5 is 持续推进，2025 年取得明显成效; identical", "2025年取得明显成效"),
    N("unknown-unit", "5．推进教育、健康、养老", "the prefix 区 distributes: 区卫生健康局, 区民政局 are in units.txt", "卫生健康局"),
    N("deadline-later-than-baseline", "6．深入推广国家智慧教育平台", "task 7 is 2023年形成试点经验，2025年取得明显成效; same completing milestone", "2025年取得明显成效"),
    N("deadline-later-than-baseline", "8．配合推进城市运行管理服务平台", "task 9 is 持续推进，2025年取得明显成效; 2025年6月底前 is earlier (date written before the unit)", "2025年6月底前"),
    N("unknown-unit", "8．配合推进城市运行管理服务平台", "区住建局 is the short name of 区住房和城乡建设局 in units.txt", "区住建局"),
    N("unknown-unit", "9．推进数字乡村建设", "the four towns are listed in units.txt by their short names", "掌政镇"),
    N("unknown-unit", "10．培育数据要素市场主体", "区发改委 is a listed colloquial alias of 区发展和改革局", "区发改委"),
    N("deadline-later-than-baseline", "10．培育数据要素市场主体", "task 12 is 2025年; equal", "2025年底前"),
    N("deadline-later-than-baseline", "11．引导依法开展数据交易", "task 13 is 2024年; equal", "2024年底前"),
    N("unknown-unit", "12．压实数字政府建设安全", "区直各部门 and 各乡镇（街道） are collective subjects", "各乡镇（街道）"),
    N("deadline-later-than-baseline", "15．建立动态监控", "task 18 is 2023年形成机制，长期坚持; 长期坚持 matches", "长期坚持"),
    N("deadline-later-than-baseline", "16．推进区级政务信息系统向政务信创云", "tasks 43 (2024 年建成) and 46 (2024 年); equal", "2024年底前"),
    N("deadline-later-than-baseline", "17．推动各类行政权力事项", "task 21 is 2024年; equal", "2024年底前"),
    N("deadline-later-than-baseline", "18．强化审管协同", "task 22 is 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
    N("deadline-later-than-baseline", "20．推动将行之有效的做法", "task 26 is 2024年; 2024年9月底前 is within it; （试行） is part of the title, not a note", "2024年9月底前"),
    N("deadline-later-than-baseline", "21．围绕重点领域", "task 28 is 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal", "2025年取得明显成效"),
    N("unknown-unit", "30．推进非涉密业务专网", "区直有关部门 is a collective subject", "区直有关部门"),
    N("deadline-later-than-baseline", "31．接入全区统一的“视频一张网”", "task 49 is 2025年; equal", "2025年底前"),
    N("deadline-later-than-baseline", "32．扩大电子证照", "task 52 is 2025年 and task 53 is 2024年; 2024年底前 is not later than either", "2024年底前"),
    N("unknown-unit", "35．完善信用中国（宁夏）", "（宁夏） is part of the site name 信用中国（宁夏）, not a unit note", "（宁夏）"),
    N("deadline-later-than-baseline", "36．成立区数字政府建设领导小组", "task 64 (各地各部门成立相应的组织机构) is 2025年; 2024年4月底前 is earlier. Task 60 (充实自治区领导小组成员, 2023) is the region's own task", "2024年4月底前"),
    N("deadline-later-than-baseline", "37．厘清区、乡镇（街道）", "六级贯通 layer duties have no dated regional task; the region's framework goal is 到2025年; equal", "2025年底前"),
    N("unknown-unit", "45．推进“雪亮工程”", "公安兴庆区分局 is a listed short name of 银川市公安局兴庆区分局", "公安兴庆区分局"),
    N("unknown-unit", "47．实施“互联网+基层治理”", "各村（社区） is a collective subject", "各村（社区）"),
    N("deadline-later-than-baseline", "47．实施“互联网+基层治理”", "task 83 is 2025年; equal", "2025年底前"),
    N("unknown-unit", "48．依托全区一体化政务服务平台", "（以下简称“一网通办”平台） defines a short name; it is not a unit note", "以下简称"),
    N("deadline-later-than-baseline", "48．依托全区一体化政务服务平台", "task 84 is 2024年; equal", "2024年底前"),
    N("unknown-unit", "49．推行政务服务事项", "the bracket is mojibake of 区直各部门按职责分别负责 (a collective); the slip is garbled-text, not an unknown unit"),
    N("unknown-unit", "53．完成各级（含乡镇（街道））", "（含乡镇（街道）） is a scope bracket, not a note, and 乡镇（街道） is collective", "含乡镇（街道）"),
    N("deadline-later-than-baseline", "53．完成各级", "task 93 is 2024年; equal", "2024年底前"),
    N("unknown-unit", "54．强化大气、水、土壤", "区生态环境分局 is a listed short name of 银川市生态环境局兴庆区分局", "区生态环境分局"),
    N("deadline-later-than-baseline", "60．推广全区统一的填表报数系统", "task 106 is 2025年; 2025年6月底前 is earlier (date first, then units)", "2025年6月底前"),
    N("deadline-later-than-baseline", "62．推进公共资源交易", "task 108 is 长期推进，2024年取得明显成效; identical", "2024年取得明显成效"),
    N("deadline-later-than-baseline", "67．畅通政民互动渠道", "task 115 is 2024年; equal (date first, then units)", "2024年底前"),
    N("deadline-later-than-baseline", "（一）加强组织领导。", "task 116 is 2023年完成并长期坚持; 长期坚持 matches", "长期坚持"),
    N("deadline-later-than-baseline", "（三）提升数字素养。", "task 118 is 2023年完成并长期坚持; 长期坚持 matches", "长期坚持"),
    N("deadline-later-than-baseline", "（四）强化考核评价。", "tasks 122/123 (2023 年完成，长期坚持) and 124 (2023 年形成机制，长期坚持); 长期坚持 matches", "长期坚持"),
    N("deadline-invalid", "各责任单位于每年6月底", "the office's own reporting dates, not task deadlines", "每年6月底"),
    N("unknown-unit", "各乡（镇）人民政府、各街道办事处", "addressees in the notice; collective subjects", "各街道办事处"),
]

covers_spec = [
    (1, "1．配合推进全国一体化算力网络"), (3, "2．加快“智慧园区”建设"), (5, "3．创新以网管网"),
    (6, "5．推进教育、健康、养老"), (7, "6．深入推广国家智慧教育平台"), (8, "7．深化“互联网+医疗健康”"),
    (9, "8．配合推进城市运行管理服务平台"), (10, "9．推进数字乡村建设"), (12, "10．培育数据要素市场主体"),
    (13, "11．引导依法开展数据交易"), (14, "12．压实数字政府建设安全"), (15, "13．建立数字政府安全评估"),
    (17, "14．落实数据分类分级保护"), (18, "15．建立动态监控"), (43, "16．推进区级政务信息系统向政务信创云"),
    (21, "17．推动各类行政权力事项"), (22, "18．强化审管协同"), (24, "19．健全政务信息化项目"),
    (26, "20．推动将行之有效的做法"), (28, "21．围绕重点领域"), (30, "22．全面摸清政务数据资源底数"),
    (32, "23．明确本部门数据管理机构"), (36, "24．健全政务数据供需对接"), (40, "25．建立电子公文档案"),
    (41, "26．编制公共数据开放目录"), (42, "27．推进供水、供电、供气"), (47, "28．推进电子政务外网升级改造"),
    (48, "29．开展城域网升级改造"), (50, "30．推进非涉密业务专网"), (49, "31．接入全区统一的“视频一张网”"),
    (52, "32．扩大电子证照"), (53, "32．扩大电子证照"), (54, "33．深化电子文件归档"), (56, "34．推进非税收入"),
    (57, "35．完善信用中国（宁夏）"), (64, "36．成立区数字政府建设领导小组"), (65, "39．加强人口、就业"),
    (66, "40．对接使用宁夏经济运行大数据平台"), (69, "41．运用多源数据"), (70, "41．运用多源数据"),
    (71, "42．对食品药品"), (73, "43．推进消费维权"), (77, "44．完善行政复议"), (79, "45．推进“雪亮工程”"),
    (80, "46．推进“智慧应急”"), (83, "47．实施“互联网+基层治理”"), (84, "48．依托全区一体化政务服务平台"),
    (85, "49．推行政务服务事项"), (86, "50．持续优化“我的宁夏”"), (89, "51．建设完善企业专属网页"),
    (90, "52．推进图书馆、文化馆"), (93, "53．完成各级"), (95, "54．强化大气、水、土壤"),
    (96, "55．配合推进“互联网+城乡供水”"), (102, "56．推进水、气、土、废"), (103, "57．建设区级数字政府运行"),
    (104, "58．推广使用全区统一的协同办公平台"), (105, "59．推广“宁政通”"), (106, "60．推广全区统一的填表报数系统"),
    (107, "61．统筹整合非涉密视频会议"), (108, "62．推进公共资源交易"), (111, "63．整合机关事务管理信息系统"),
    (112, "64．完善政务公开信息化平台"), (113, "65．建设区级政策文件库"), (114, "66．构建政务新媒体矩阵"),
    (115, "67．畅通政民互动渠道"), (116, "（一）加强组织领导。"), (25, "（二）加大财政投入。"),
    (118, "（三）提升数字素养。"), (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 306; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("District (县级) plan of 银川市兴庆区, issued 2024-03-18, checked against 宁政发〔2023〕17号 only: the 银川 city plan is not in the seeds, "
              "so no parent. Terse style: every task is one numbered sentence followed by an unlabelled bracket (units and/or deadline, order varies: "
              "'（区大数据中心；2024年底前）', '（2025年6月底前，区住建局）'). Line 18 of the draft states that the first-listed unit leads. "
              "In units.txt and the draft, 区 means 兴庆区, never 自治区. Tasks whose regional deadline is 2023 are given units only, no date, so no "
              "2023-versus-2024 question arises. Line 82's bracket is mojibake (make_draft.py builds it). Helper scripts: make_draft.py, make_key.py, check_units.py."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e["text"])
