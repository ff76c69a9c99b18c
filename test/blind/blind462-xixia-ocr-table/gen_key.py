# Helper kept by the blind writer: writes key.json with line numbers taken from draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(s, start=1):
    hits = [i + 1 for i, t in enumerate(L) if s in t and i + 1 >= start]
    assert hits, s
    return hits[0]
def one(s):
    hits = [i + 1 for i, t in enumerate(L) if s in t]
    assert len(hits) == 1, (s, hits)
    return hits[0]
def row(n):
    hits = [i + 1 for i, t in enumerate(L) if t.startswith(str(n) + " ")]
    hits = [h for h in hits if h > one("序号")]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": one("关于加快推进数字政府建设的实施意见"), "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
  "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft's title says 加快推进 for 加强 (the 文号 on the next line is right)"},
 {"rule": "deadline-later-than-baseline", "line": one("到2026年"), "text": "2026年",
  "why": "主要目标: the region's goal is 到2025年 the “34567” 体系框架 全面成型 (宁政发〔2023〕17号 一（二）); the draft puts the same goal at 2026"},
 {"rule": "deadline-later-than-baseline", "line": row(15), "text": "2025年",
  "why": "row 15 (城域网升级改造, 电子政务外网 区、镇、村全覆盖) is regional task 48, 完成时限 2024 年 (task 47, 外网升级改造, is also 2024 年); the draft's own 主要目标 and body say 2024年底"},
 {"rule": "deadline-invalid", "line": row(14), "text": "2023年底",
  "why": "row 14 (政务信息系统有序迁移, 政务云统一调度) is regional task 46, 完成时限 2024 年; 2023年底 lies before the plan's own year (issued 2024) and is not a copy of the regional deadline (the draft's 主要目标 says 2024年底 for the same thing)"},
 {"rule": "unknown-unit", "line": row(1), "text": "区经信局",
  "why": "not in units.txt: the old name of the bureau now registered as 区工业信息化和商务局 (which row 2 uses)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
  "why": "section 五 lists only six of the 七个能力; there is no 政务公开 content anywhere (no 政务公开平台, 政策文件库, 政务新媒体, 政民互动)"},
 {"rule": "task-uncovered", "line": 0, "task": 112, "why": "政务公开信息化平台 (各市、县（区）分别负责) left out with the whole 政务公开 pillar"},
 {"rule": "task-uncovered", "line": 0, "task": 114, "why": "政务新媒体矩阵 (各市、县（区）分别负责) left out with the whole 政务公开 pillar"},
 {"rule": "task-uncovered", "line": 0, "task": 115, "why": "政民互动和民意转办平台 (各市、县（区）配合) left out with the whole 政务公开 pillar"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# OCR damage that leaves the meaning plain
m("garbled-text", one("己经"), "OCR misread 己 for 已 (己经 = 已经); meaning plain, not an encoding error", "己经")
m("deadline-invalid", one("2024年4月1曰"), "the plan's own issue date, 2024-04-01, with 日 misread as 曰 by OCR; not a deadline", "2024年4月1曰")
m("garbled-text", one("2024年4月1曰"), "OCR 曰/日 misread in the issue date; not mojibake", "1曰")
m("basis-mismatch", one("国发〔2O22〕14号"), "国发〔2022〕14号 with the letter O for 0 (OCR); right 文号 for 《国务院关于加强数字政府建设的指导意见》, whose title is broken over lines 14-15", "国发〔2O22〕14号")
m("basis-mismatch", one("（宁政发〔2023〕17号）"), "the 文号 itself is right (宁政发〔2023〕17号); only the title on the line above is wrong, and that is in expect", "宁政发〔2023〕17号")
m("basis-mismatch", one("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (近年来，我区认真落实…); not cited as a basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", one("银西政发〔2024〕12号"), "the plan's own 文号 in the header", "银西政发〔2024〕12号")
m("deadline-invalid", one("2022年，区政务"), "past date in the background (what was done in 2022), not a deadline", "2022年")
m("deadline-invalid", one("截至2O23年底"), "background status 截至2023年底 (O for 0 by OCR); a past date, not a deadline", "2O23年底")
m("garbled-text", one("区政务服务 中心"), "OCR space inside a word (区政务服务中心); not mojibake", "区政务服务 中心")
m("garbled-text", one("政务 外网"), "OCR space inside 电子政务外网, which is also broken over two lines; not mojibake", "政务 外网")
m("garbled-text", one("政务 服务平台"), "OCR space inside 政务服务平台; not mojibake", "政务 服务平台")
m("deadline-later-than-baseline", one("到2024年底"), "主要目标 2024年底: 外网 区镇村全覆盖 = task 48 (2024 年), 政务云统一调度 = task 46 (2024 年), “我的宁夏” 应上尽上 = task 86 (2024年); equal", "2024年底")
m("deadline-later-than-baseline", one("到2035年"), "the 2035 goal is the region's 到2035年 goal, equal", "2035年")
m("deadline-later-than-baseline", one("力争2024"), "date split over a line break: 力争2024 / 年底前 (next line) 实现区、镇（街道）、村（社区）全覆盖 = task 48, 完成时限 2024 年; equal", "2024")
m("deadline-invalid", one("力争2024"), "2024 年底 split over the line break at page width; a valid date in the plan's own year", "2024")
m("deadline-later-than-baseline", one("12月20曰前"), "the office's own reporting dates (每年6月20日、12月20日前报送); not task deadlines", "12月20曰")
m("garbled-text", one("12月20曰前"), "OCR 曰 for 日 in a reporting date; not mojibake", "20曰")
m("deadline-later-than-baseline", one("重点任务清单（2024—2025年）"), "period in the title of the task list, not a deadline", "2024—2025年")
# table rows
m("deadline-later-than-baseline", row(1), "task 3 (智慧园区), 完成时限 持续推进，2025 年取得明显成效; equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(2), "task 2 (红酒云 等产业云), 完成时限 2023 年启动，2024 年取得明显成效; the completing milestone 2024 is equal", "2024年取得明显成效")
m("deadline-later-than-baseline", row(3), "task 6 (教育、健康…服务数字化), 完成时限 持续推进，2025 年取得明显成效; equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(4), "task 9 (一网统管、智慧城市), 完成时限 持续推进，2025年取得明显成效; equal", "2025年")
m("deadline-later-than-baseline", row(5), "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效; the draft's 2024 is earlier", "持续推进，2024年取得明显成效")
m("deadline-invalid", row(6), "task 14 (安全和保密主体责任), 完成时限 2023年; a copied regional deadline that lies before the plan's year", "2023年")
m("unknown-unit", row(6) + 1, "区直各部门（单位） broken over the wrapped table row: 区直各部门 / （单位）、各镇（街道）分别负责; collective subjects", "（单位）、各镇（街道）")
m("unknown-unit", row(7), "区审批服务管理局 with an OCR space inside; in units.txt", "区审批服务 管理局")
m("deadline-later-than-baseline", row(7), "task 21 (行政权力事项网上运行), 完成时限 2024年; equal", "2024年")
m("unknown-unit", row(8), "西夏区市场监管分局 is the registered short name of 银川市市场监督管理局西夏区分局; 区审批局 is the short name of 区审批服务管理局", "西夏区市场监管分局")
m("deadline-later-than-baseline", row(8), "task 22 (审管协同), 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(9), "task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效; the start is a year later but the completing milestone 2025 is equal", "2024年启动，2025年取得明显成效")
m("deadline-invalid", row(10), "task 32 (数据管理机构及职责), 完成时限 2023年; a copied regional deadline before the plan's year", "2023年")
m("deadline-later-than-baseline", row(11), "task 33 / 34 (基础库、主题库), 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(12), "task 41 (公共数据开放目录), 完成时限 2024年; equal", "2024年")
m("deadline-invalid", row(13), "2024 with 年 dropped by OCR; task 42 (公共数据与政务数据融合应用), 完成时限 2024年; equal and valid", "2024")
m("deadline-later-than-baseline", row(16), "task 50 (非涉密业务专网整合迁移), 完成时限 2024 年; equal", "2024年")
m("deadline-later-than-baseline", row(17), "task 49 (视频共享平台、“视频一张网”), 完成时限 2025 年; equal", "2025年")
m("unknown-unit", row(17), "银川市公安局西夏区分局 is in units.txt (a city bureau's district branch)", "银川市公安局西夏区分局")
m("deadline-later-than-baseline", row(18), "task 52 (电子证照 社会化高频场景), 完成时限 2025年; equal", "2025年")
m("deadline-invalid", row(19), "2O24年 with O for 0 (OCR) = 2024年; task 54 (电子文件归档), 完成时限 2024年; equal", "2O24年")
m("deadline-later-than-baseline", row(20), "task 56 (非税收入收缴电子化), 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(21), "task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年; the draft's 2024 is earlier", "2024年")
m("deadline-later-than-baseline", row(22), "task 71 (重点领域数字化追溯监管), 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(24), "task 77 (矛盾纠纷多元化解), 完成时限 2024年; equal (the task cell wraps onto the next line)", "2024年")
m("unknown-unit", row(25), "西夏公安分局 is the registered short name of 银川市公安局西夏区分局; 各镇（街道） is a collective", "西夏公安分局")
m("deadline-later-than-baseline", row(26), "task 83 (“互联网+基层治理”), 完成时限 2025年; equal", "2025年")
m("unknown-unit", row(26), "各镇（街道）、各村（社区） are collective subjects", "各村（社区）")
m("deadline-invalid", row(28), "task 85 (“一件事一次办”、“免证办”), 完成时限 2023年; a copied regional deadline before the plan's year", "2023年")
m("deadline-later-than-baseline", row(29), "task 86 (“我的宁夏”应上尽上), 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(30), "task 93 (适老化与信息无障碍), 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(32), "task 96 (“互联网+城乡供水”), 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(34), "task 105 (“宁政通”), 完成时限 2024年; equal", "2024年")
m("deadline-invalid", row(35), "2025 年 with a space (a form the task list itself uses); task 106 (填表报数系统), 完成时限 2025年; equal", "2025 年")
m("deadline-later-than-baseline", row(36), "task 107 (视频会议平台), 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(37), "task 121 (年度工作要点和考核指标), 完成时限 长期坚持; equal", "长期坚持")
m("unknown-unit", one("各镇人民政府、各街道办事处"), "addressees 各镇人民政府、各街道办事处、区直各部门、各直属机构 are collectives", "各街道办事处")
m("unknown-unit", row(4), "各街道办事处 is a collective; 区住建局 is the registered short name of 区住房和城乡建设局", "各街道办事处")
m("unknown-unit", row(1), "区发改局 and 区科技局 are registered short names (区发展和改革局, 区科学技术局); only 区经信局 is unknown", "区发改局")
m("unknown-unit", row(3), "区人社局 is the registered short name of 区人力资源和社会保障局", "区人社局")
m("unknown-unit", row(20), "区卫健局 is the registered short name of 区卫生健康局", "区卫健局")
m("unknown-unit", row(16), "区直有关部门 is a collective", "区直有关部门")
m("unknown-unit", row(31), "银川市生态环境局西夏分局 is in units.txt", "银川市生态环境局西夏分局")
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "数字生态 is taken up in 二（三） (数据要素市场, 网络生态), even though briefly"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "五个一 / 六级贯通 is taken up in section 四 (健全组织机构, 厘清层级职责; 六级贯通 in 四（二）)"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "考核评价", "why": "党的领导 items 组织领导, 财政投入, 数字素养, 考核评价 are all in section 六"})
m("deadline-later-than-baseline", row(23), "task 73 (消费维权“一件事”, 协同监管), 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(31), "task 94 (生态环境数据交换体系), 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(33), "task 104 (协同办公平台), 完成时限 2024年; equal", "2024年")
m("deadline-later-than-baseline", row(27), "task 84 (“网上办、掌上办、就近办、一次办”), 完成时限 2024年; equal", "2024年")
m("unknown-unit", row(9), "区直各部门（单位） is a collective; 区政府办公室 is the registered short name of 区人民政府办公室", "区直各部门（单位）")
m("unknown-unit", one("政府建设领导小组办公室。"), "the report recipient 区数字政府建设领导小组办公室 (broken over lines 156-157) is in units.txt and is not a responsible unit of a task", "政府建设领导小组办公室")
m("unknown-unit", one("区政务服务 中心"), "区政务服务中心 is a service hall named in the background, not a responsible unit", "区政务服务 中心")
m("unknown-unit", one("区指挥调度中心"), "区指挥调度中心 is a facility to be built, not a responsible unit", "区指挥调度中心")

covers = [
 (2, row(2)), (3, row(1)), (6, row(3)), (9, row(4)), (10, row(5)), (14, row(6)),
 (15, one("重大事件处置机制")), (18, one("应急演练")), (21, row(7)), (22, row(8)),
 (24, one("会商机制")), (28, row(9)), (30, one("形成政务数据“一本账”")), (32, row(10)),
 (33, row(11)), (36, one("供需对接机制")), (41, row(12)), (42, row(13)), (46, row(14)),
 (48, row(15)), (49, row(17)), (50, row(16)), (52, row(18)), (54, row(19)), (56, row(20)),
 (64, row(21)), (71, row(22)), (73, row(23)), (77, row(24)), (79, row(25)), (83, row(26)),
 (84, row(27)), (85, row(28)), (86, row(29)), (93, row(30)), (94, row(31)), (96, row(32)),
 (104, row(33)), (105, row(34)), (106, row(35)), (107, row(36)), (116, one("一把")), (121, row(37)),
]
key = {
 "writer": "blind writer, round 462; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": "OCR copy of a printed 2024 district plan (银川市西夏区), issued 2024-04-01 (printed 2024年4月1曰). Paragraphs are broken at the page width (about 30 characters), with OCR damage: 己/已, 曰/日, O for 0 in years (2O22, 2O23, 2O24), a dropped 年 (row 13), spaces inside words, and a date split over a line break (lines 91-92). Basis is the region's 实施意见 only; no parent plan. The task table (lines 165-204) is rows of cells separated by runs of spaces; rows 6 and 24 wrap onto a continuation line. The 注 under the table says the first-listed unit leads. Planted: a wrong title for 宁政发〔2023〕17号, a 2026 framework goal, a 2025 deadline for task 48, a 2023年底 deadline for task 46, the old unit name 区经信局, and the 政务公开 pillar dropped. gen_draft.py and gen_key.py are the writer's helpers.",
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect: print(e["rule"], e["line"], e.get("text"))
