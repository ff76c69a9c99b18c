# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up in the final draft.txt (1-based).
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")

def ln(*needles):
    hits = [i + 1 for i, l in enumerate(lines) if all(n in l for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

def cell(line, col):
    return lines[line - 1].split("\t")[col]

def row(no):
    return ln(f"{no}\t")  if False else [i + 1 for i, l in enumerate(lines) if l.startswith(f"{no}\t")][0]

def due(no):
    return cell(row(no), 5)

expect = [
    {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国务院关于加快推进数字政府建设的指导意见",
     "why": "国发〔2022〕14号 is 《国务院关于加强数字政府建设的指导意见》; the draft writes 加快推进 for 加强 (wrong title)"},
    {"rule": "deadline-later-than-baseline", "line": row(24), "text": due(24),
     "why": "row 24 (城域网升级改造, 县乡村全覆盖) takes up regional task 48, 完成时限 2024年; 2025年6月底前 is later (and contradicts the draft's own goal on line 7)"},
    {"rule": "deadline-later-than-baseline", "line": row(46), "text": due(46),
     "why": "row 46 (适老化与信息无障碍建设) takes up regional task 93, 完成时限 2024年; 2025年底前 is later"},
    {"rule": "deadline-invalid", "line": row(21), "text": due(21),
     "why": "row 21 (公共数据开放目录, regional task 41, 完成时限 2024年) is due 2023年12月底前, before the year the ledger is issued (2024-03-12); a slip from last year's ledger"},
    {"rule": "unknown-unit", "line": row(16), "text": "县行政审批服务局",
     "why": "not in units.txt: the county body is 县审批服务管理局 (县审批局); the 责任人 cell of the same row names it correctly"},
    {"rule": "unknown-unit", "line": row(17), "text": "县数据局",
     "why": "not in units.txt: 平罗 has no 县数据局; the body is 县大数据服务中心 (the 责任人 is its director)"},
    {"rule": "garbled-text", "line": row(22), "text": "鏀垮姟鏁版嵁",
     "why": "UTF-8 read as GBK: 鏀垮姟鏁版嵁铻嶅悎搴旂敤 = 政务数据融合应用"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "task 112 (完善各类政务公开信息化平台, 以网上发布为主; 各市、县（区）分别负责, 2024年) deliberately left out; the 政务公开 rows take up 114 and 115 only"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e.update(kw); e["why"] = why
    M.append(e)

# people and posts in the 责任领导 / 责任人 columns
m("unknown-unit", row(12), "a person (分管县领导) in the 责任领导 column, not a unit", "张明（副县长）")
m("unknown-unit", row(3), "a person in the 责任领导 column; the post 县委常委、常务副县长 is not a body", "王海军（县委常委、常务副县长）")
m("unknown-unit", row(4), "a person in the 责任领导 column", "马秀兰（副县长）")
m("unknown-unit", row(1), "a person in the 责任领导 column", "杨帆（副县长）")
m("unknown-unit", row(25), "a person in the 责任领导 column; 政法委书记 is a post", "刘建国（县委常委、政法委书记）")
m("unknown-unit", row(38), "a person whose post contains a body name (县公安局局长); not a unit", "田志刚（副县长、县公安局局长）")
m("unknown-unit", row(7), "a person in the 责任领导 column", "周宁（副县长）")
m("unknown-unit", row(13), "the 责任人 column holds a person; 县大数据服务中心主任 is a post, not a body", "李娟（县大数据服务中心主任）")
m("unknown-unit", row(30), "two people in the 责任人 column separated by 、; their posts look like bodies but are posts", "赵鹏（县政府办公室主任）")
m("unknown-unit", row(18), "a person; 县数字政府建设领导小组办公室副主任 is a post that looks like a body's name", "吴涛（县数字政府建设领导小组办公室副主任）")
m("unknown-unit", row(2), "a person; 平罗工业园区管委会副主任 is a post", "郭婷（平罗工业园区管委会副主任）")
m("unknown-unit", row(12), "a person; 县委网信办常务副主任 is a post", "白雪（县委网信办常务副主任）")
m("unknown-unit", row(47), "a person; the post names the city bureau's county branch", "包力（石嘴山市生态环境局平罗分局局长）")
m("unknown-unit", row(29), "a person in the 责任人 column", "彭涛（县财政局局长）")
# collectives, prefix distribution, aliases, units outside government
m("unknown-unit", row(8), "collective subject", "各乡镇人民政府")
m("unknown-unit", row(13), "collective subject", "县直各部门（单位）")
m("unknown-unit", row(14), "collective subject", "县直有关部门")
m("unknown-unit", row(40), "collective subject", "各村（社区）")
m("unknown-unit", row(3), "prefix 县 distributes: 县市场监督管理局、公安局 = 县公安局", "公安局")
m("unknown-unit", row(4), "prefix 县 distributes over the list: 县卫生健康局, 县人力资源和社会保障局, 县文化旅游广电局, 县民政局", "人力资源和社会保障局")
m("unknown-unit", row(35), "prefix 县 distributes: 县农业农村局, 县卫生健康局, 县工业信息化和商务局", "工业信息化和商务局")
m("unknown-unit", row(7), "official short name of 县住房和城乡建设局 in units.txt", "县住建局")
m("unknown-unit", row(27), "official short name of 县审批服务管理局", "县审批局")
m("unknown-unit", row(49), "official short name of 县林业和草原局", "县林草局")
m("unknown-unit", row(50), "short name of 石嘴山市生态环境局平罗分局 in units.txt", "平罗县生态环境分局")
m("unknown-unit", row(43), "short name of 县人民政府办公室", "县政府办")
m("unknown-unit", row(34), "short name of 县市场监督管理局", "县市场监管局")
m("unknown-unit", row(23), "a company listed in units.txt (network operator), not a government body", "中国电信股份有限公司平罗分公司")
m("unknown-unit", row(47), "the city bureau's county branch, listed in units.txt", "石嘴山市生态环境局平罗分局")
m("unknown-unit", row(2), "listed in units.txt", "平罗工业园区管委会")
m("unknown-unit", ln("（一）加强组织领导"), "county leading group, listed in units.txt", "县推进数字政府建设领导小组")
# deadlines equal to the region's
m("deadline-later-than-baseline", row(1), "task 2: 2023年启动，2024年取得明显成效; local 2024年取得明显成效 is equal", due(1))
m("deadline-later-than-baseline", row(9), "task 11: 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal", due(9))
m("deadline-later-than-baseline", row(11), "task 13: 2024年; 2024年12月底前 is equal", due(11))
m("deadline-later-than-baseline", row(13), "task 19: 2023年启动，2024年建成 (and task 46: 2024年); 2024年12月底前 is equal", due(13))
m("deadline-later-than-baseline", row(25), "task 49: 2025年; 2025年底前 is equal", due(25))
m("deadline-later-than-baseline", row(43), "task 87: 2023年启动，2025年完成; 2025年 is equal", due(43))
m("deadline-later-than-baseline", row(55), "task 108: 长期推进，2024年取得明显成效; copied, equal", due(55))
m("deadline-later-than-baseline", row(59), "task 121: 长期坚持; equal", due(59))
m("deadline-later-than-baseline", row(7), "task 9: 持续推进，2025年取得明显成效; 2025年 is equal", due(7))
# earlier than the region's
m("deadline-later-than-baseline", row(16), "task 22: 2025年; 2025年6月底前 is earlier", due(16))
m("deadline-later-than-baseline", row(15), "task 21: 2024年; 2024年11月底前 is earlier", due(15))
m("deadline-later-than-baseline", row(23), "task 47: 2024年; 2024年10月底前 is earlier", due(23))
m("deadline-later-than-baseline", row(29), "task 56: 2025年; 2025年6月底前 is earlier", due(29))
m("deadline-later-than-baseline", row(30), "task 64: 2025年; 2024年6月底前 is earlier", due(30))
m("deadline-later-than-baseline", row(34), "task 70: 2024年; 2024年9月底前 is earlier", due(34))
m("deadline-later-than-baseline", row(52), "task 105: 2024年; 2024年6月底前 is earlier", due(52))
m("deadline-later-than-baseline", row(54), "task 107: 2025年; 2024年12月底前 is earlier", due(54))
# copied regional deadline before the plan's year
m("deadline-invalid", row(12), "task 18's deadline 2023年形成机制，长期坚持 copied verbatim; the task is ongoing, not a deadline set before the ledger's year", due(12))
m("deadline-later-than-baseline", row(12), "copied verbatim from task 18 (2023年形成机制，长期坚持): equal", due(12))
# goals, background, the office's own dates, citations
m("deadline-later-than-baseline", ln("工作目标"), "goals: 到2024年底 (信创云迁移, task 19/46: 2024; 县乡村全覆盖, task 48: 2024) and 到2025年 framework 全面成型 (region's 主要目标: 到2025年) are equal", "到2024年底")
m("deadline-invalid", ln("2020年以来"), "background: what was done in 2023, not a deadline", "2023年")
m("deadline-invalid", ln("国发〔2022〕14号"), "the title of the regional task list (2023年—2025年), not a deadline", "2023年—2025年")
m("deadline-invalid", ln("2024年3月12日"), "issue date of the ledger", "2024年3月12日")
m("deadline-invalid", ln("（五）按时报送进展"), "the office's own reporting dates, no regional counterpart", "2024年12月15日前")
m("deadline-later-than-baseline", ln("（五）按时报送进展"), "the office's own reporting dates (每季度最后一个月20日前, 2024年12月15日前), not task deadlines", "2024年12月15日前")
m("basis-mismatch", ln("2020年以来"), "retrospective mention of the 2020 工作要点, not cited as basis; title and 文号 are correct", "宁政办发〔2020〕14号")
m("basis-mismatch", ln("国发〔2022〕14号"), "correct: 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "宁政发〔2023〕17号")
m("basis-mismatch", ln("国发〔2022〕14号"), "correct citation as in the 吴忠 plan seed: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号")
m("garbled-text", ln("2024年3月12日"), "full-width spaces in the signature line are layout, not mojibake", "　　　　")
# pillars present under other names
m("missing-pillar", 0, "数字生态 is taken up in rows 10–11 (数据要素市场, 数据交易政策环境) under the 三个驱动 heading", pillar="数字生态")
m("missing-pillar", 0, "五个一/六级贯通 taken up in section 三 (rows 30–31: 领导小组, 县乡村三级职责)", pillar="厘清层级职责")
m("missing-pillar", 0, "财政投入 taken up in 五（二）强化资金保障", pillar="财政投入")
m("missing-pillar", 0, "数字素养 taken up in 五（三）", pillar="数字素养")
m("missing-pillar", 0, "考核评价 taken up in row 59 and 五（四）", pillar="考核评价")

cov = {1:2, 2:3, 3:5, 4:6, 5:7, 6:8, 7:9, 8:10, 9:11, 10:12, 11:13, 12:18, 13:19, 14:20, 15:21, 16:22,
       17:23, 18:28, 19:39, 20:40, 21:41, 22:42, 23:47, 24:48, 25:49, 26:50, 27:52, 28:54, 29:56, 30:64,
       32:65, 33:66, 34:70, 35:71, 36:74, 37:77, 38:79, 39:80, 40:83, 41:84, 42:86, 43:87, 44:88, 45:90,
       46:93, 47:94, 48:96, 49:98, 50:100, 51:104, 52:105, 53:106, 54:107, 55:108, 56:111, 57:114, 58:115, 59:121}
covers = [{"task": t, "line": row(r)} for r, t in cov.items()]
covers.append({"task": 46, "line": row(13)})
covers.append({"task": 116, "line": ln("（一）加强组织领导")})
covers.append({"task": 118, "line": ln("（三）提升数字素养")})
covers.append({"task": 122, "line": ln("（四）严格督查考核")})
covers.append({"task": 123, "line": ln("（四）严格督查考核")})
covers.append({"task": 124, "line": ln("（四）严格督查考核")})
covers.sort(key=lambda c: (c["line"], c["task"]))

key = {
    "writer": "blind writer, round 494; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("平罗县 (石嘴山市) 2024 task ledger built on 宁政发〔2023〕17号 only, no parent plan. Ledger columns: "
              "序号 | 工作任务 | 责任领导 | 责任单位 | 责任人 | 完成时限; only 责任单位 holds units, 责任领导/责任人 hold people "
              "written 姓名（职务）, and several posts embed body names. Draft note: the first unit of a cell is the lead. "
              "Rows whose regional task is due 2023 were avoided except row 12 (task 18, deadline copied verbatim) and the "
              "deadline-free prose of 五、工作要求 (tasks 116, 118, 122-124). Helper scripts: build_draft.py, make_key.py."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e.get("text"), e.get("task",""))
