# Writes key.json for blind case 449, finding every line by its text in draft.txt. Run after build_draft.py.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")

def line(*needles):
    hits = [i + 1 for i, s in enumerate(L) if all(n in s for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

def row(n):
    return line("\t%d. " % n)

expect = [
    {"rule": "basis-mismatch", "line": line("吴忠市人民政府《关于加强数字政府建设的实施方案》"),
     "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》",
     "why": "slip of the copy: 中宁县 belongs to 中卫市; the plan of 吴忠市 (the copied 同心县 plan's parent) is cited as if it were this county's basis. 中宁's only higher basis here is 宁政发〔2023〕17号 (no 中卫 parent plan)"},
    {"rule": "unknown-unit", "line": row(7), "text": "韦州镇人民政府",
     "why": "slip of the copy: 韦州镇 is a town of 同心县 (吴忠市), not of 中宁县; not in units.txt (the row pairs it with 中宁's own 恩和镇)"},
    {"rule": "unknown-unit", "line": row(34), "text": "吴忠市审批服务管理局",
     "why": "slip of the copy: the other city's body left in as the guiding body; not in units.txt (the next row rightly has 中卫市审批服务管理局)"},
    {"rule": "deadline-later-than-baseline", "line": row(20), "text": "2025年",
     "why": "row 20 (城域网升级改造, 电子政务外网县乡村全覆盖) takes up regional task 48, 完成时限 2024年; the draft says 2025年 (and its own 主要目标 on line %d says 到2024年底)" % line("到2024年底")},
    {"rule": "deadline-later-than-baseline", "line": line("力争到2026年底"), "text": "2026年底",
     "why": "sentence matches regional task 106 (全区统一的填表报数系统, 基层干部填表报数工作量压减50%以上), 完成时限 2025年"},
    {"rule": "deadline-invalid", "line": row(43), "text": "13月",
     "why": "impossible month (2024年13月底前); the row takes up regional task 104 (协同办公平台), 完成时限 2024年"},
    {"rule": "garbled-text", "line": line("寤虹珛鍋ュ叏"), "text": "寤虹珛鍋ュ叏鏀垮姟",
     "why": "UTF-8 read as GBK (pasted from the copied file); recovers to 建立健全政务数据供需对接机制"},
]

mnf = [
    {"rule": "basis-mismatch", "line": line("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct title and number of the national 指导意见"},
    {"rule": "basis-mismatch", "line": line("宁政发〔2023〕17号"), "text": "宁政发〔2023〕17号", "why": "correct title 《自治区人民政府关于加强数字政府建设的实施意见》 and number"},
    {"rule": "basis-mismatch", "line": line("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 is a real regional document with this number (the 吴忠 seed plan cites it the same way); not a wrong basis"},
    {"rule": "basis-mismatch", "line": line("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention in the background (自…印发以来), with its correct title; not cited as a basis"},
    {"rule": "basis-mismatch", "line": line("中宁政发〔2024〕23号"), "text": "中宁政发〔2024〕23号", "why": "the document's own 文号 in the notice header"},
    {"rule": "deadline-invalid", "line": line("2024年4月18日"), "text": "2024年4月18日", "why": "signature/issue date of the notice, not a deadline"},
    {"rule": "deadline-invalid", "line": line("2022年建成县级政务数据"), "text": "2022年", "why": "past dates (2020, 2022, 2023) in the background paragraph, describing work already done"},
    {"rule": "deadline-later-than-baseline", "line": line("到2024年底"), "text": "到2024年底", "why": "goals match regional tasks 48 (2024年), 86 (2024年) and 93 (2024年): equal"},
    {"rule": "deadline-later-than-baseline", "line": line("到2025年，全县数字政府建设体系框架全面成型"), "text": "到2025年", "why": "equal to the region's 主要目标 (到2025年 “34567”体系框架全面成型)"},
    {"rule": "deadline-later-than-baseline", "line": line("到2035年"), "text": "到2035年", "why": "equal to the region's 2035 goal"},
    {"rule": "deadline-later-than-baseline", "line": line("每年6月25日、12月20日前"), "text": "每年6月25日、12月20日前", "why": "the office's own half-yearly reporting dates, not a task deadline"},
    {"rule": "deadline-later-than-baseline", "line": line("附件：中宁县数字政府建设重点任务清单"), "text": "2024年—2025年", "why": "period in the attachment title (also on the next line), not a deadline"},
    {"rule": "deadline-invalid", "line": row(10), "text": "2023年形成机制，长期坚持", "why": "copied regional deadline of task 18 (2023年形成机制，长期坚持): equal; lies before the plan's year but is the region's own wording with an ongoing part"},
    {"rule": "deadline-later-than-baseline", "line": row(1), "text": "持续推进，2025年取得明显成效", "why": "task 1, 完成时限 持续推进，2025年取得明显成效: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(2), "text": "2024年取得明显成效", "why": "task 2, 完成时限 2023年启动，2024年取得明显成效: the completing milestone is equal"},
    {"rule": "deadline-later-than-baseline", "line": row(3), "text": "2025年", "why": "task 3, 完成时限 持续推进，2025年取得明显成效: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(5), "text": "2024年底前", "why": "task 8, 完成时限 持续推进，2025年取得明显成效: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(8), "text": "2025年取得明显成效", "why": "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal"},
    {"rule": "deadline-later-than-baseline", "line": row(12), "text": "2024年9月底前", "why": "task 23, 完成时限 2024年: within the same year, earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(13), "text": "2025年取得明显成效", "why": "task 28, 完成时限 2023年启动，2025年取得明显成效: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(14), "text": "2025年", "why": "task 29, 完成时限 2023年启动，2025年完成: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(17), "text": "2024年12月底前", "why": "task 42, 完成时限 2024年: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(19), "text": "2024年", "why": "task 47, 完成时限 2024年: equal (the late one is the next row, task 48)"},
    {"rule": "deadline-later-than-baseline", "line": row(26), "text": "2024年6月底前", "why": "task 64, 完成时限 2025年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(50), "text": "长期坚持", "why": "task 121, 完成时限 长期坚持: equal"},
    {"rule": "unknown-unit", "line": row(35), "text": "中卫市审批服务管理局", "why": "body of the county's own city guiding the task; listed in units.txt"},
    {"rule": "unknown-unit", "line": line("中卫市委网信办、中卫市审批服务管理局业务指导"), "text": "中卫市委网信办", "why": "中卫市 bodies guiding the county office; listed in units.txt"},
    {"rule": "unknown-unit", "line": row(39), "text": "中卫市生态环境局中宁分局", "why": "the city bureau's county branch, the real lead for environment work in a 宁夏 county; listed in units.txt"},
    {"rule": "unknown-unit", "line": line("毗邻的青铜峡市、同心县、红寺堡区"), "text": "同心县", "why": "neighbouring counties (沙坡头区, 海原县, 青铜峡市, 同心县, 红寺堡区) named in passing for cross-county 跨县通办 cooperation; places, not responsible units, and not a slip"},
    {"rule": "basis-mismatch", "line": line("学习借鉴银川市、吴忠市"), "text": "吴忠市", "why": "other cities named in passing as sources of experience; no document cited"},
    {"rule": "unknown-unit", "line": row(7), "text": "恩和镇人民政府", "why": "a real town of 中宁县, listed in units.txt (only 韦州镇 in the same cell is the slip)"},
    {"rule": "unknown-unit", "line": row(6), "text": "交通运输局、自然资源局", "why": "prefix 县 distributes: 县交通运输局, 县自然资源局 are in units.txt"},
    {"rule": "unknown-unit", "line": row(23), "text": "卫生健康局、自然资源局、公安局", "why": "prefix 县 distributes over the list (县教育局、卫生健康局…): all in units.txt"},
    {"rule": "unknown-unit", "line": row(30), "text": "司法局、信访局", "why": "prefix 县 distributes: 县司法局, 县信访局 in units.txt"},
    {"rule": "unknown-unit", "line": row(8), "text": "县工信商务局", "why": "official short name of 县工业信息化和商务局 in units.txt"},
    {"rule": "unknown-unit", "line": row(12), "text": "县发改局", "why": "alias of 县发展改革局 in units.txt"},
    {"rule": "unknown-unit", "line": row(29), "text": "县市场监管局", "why": "short name of 县市场监督管理局 in units.txt"},
    {"rule": "unknown-unit", "line": row(36), "text": "县审批局", "why": "short name of 县审批服务管理局 in units.txt"},
    {"rule": "unknown-unit", "line": row(41), "text": "县林草局", "why": "short name of 县林业和草原局 in units.txt"},
    {"rule": "unknown-unit", "line": row(33), "text": "各村（社区）", "why": "collective subject (with 各乡镇人民政府)"},
    {"rule": "unknown-unit", "line": row(38), "text": "县直各部门（单位）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": line("报送县数字政府建设领导小组办公室"), "text": "县数字政府建设领导小组办公室", "why": "the county's own coordinating office, listed in units.txt"},
    {"rule": "unknown-unit", "line": line("国家（中卫）新型互联网交换中心"), "text": "国家（中卫）新型互联网交换中心", "why": "a facility named as in the regional text, not a responsible unit"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up in 三、（三）营造良好数字生态 (line %d) and task row 9" % line("（三）营造良好数字生态。")},
    {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "五个一/六级贯通 folded into 一套体系 (lines %d-%d: 健全组织机构, 厘清层级职责 按照“六级贯通”, 完善工作机制), as in the 吴忠 plan" % (line("二、健全“一套体系”"), line("（三）完善工作机制"))},
]

tasks_rows = {1:1,2:2,3:3,6:4,8:5,9:6,10:7,11:8,12:9,18:10,21:11,23:12,28:13,29:14,40:15,41:16,42:17,46:18,47:19,48:20,
              49:21,54:22,56:23,57:24,58:25,64:26,66:27,71:28,74:29,77:30,79:31,80:32,83:33,84:34,86:35,88:36,89:37,93:38,
              94:39,96:40,98:41,102:42,104:43,105:44,107:45,111:46,112:47,114:48,115:49,121:50}
covers = [{"task": t, "line": row(r)} for t, r in sorted(tasks_rows.items())]
covers += [
    {"task": 5, "line": line("创新以网管网")},
    {"task": 7, "line": line("深入推广国家智慧教育平台应用")},
    {"task": 13, "line": line("（三）营造良好数字生态。")},
    {"task": 14, "line": line("强化安全管理责任。")},
    {"task": 15, "line": line("强化安全管理责任。")},
    {"task": 17, "line": line("落实安全制度要求。")},
    {"task": 22, "line": line("以数字化改革助力政府职能转变。全面梳理")},
    {"task": 24, "line": line("创新数字政府建设管理机制。")},
    {"task": 25, "line": line("（二）加大财政投入。")},
    {"task": 30, "line": line("完善数据管理机制。")},
    {"task": 32, "line": line("完善数据管理机制。")},
    {"task": 36, "line": line("深化数据高效共享。")},
    {"task": 50, "line": line("提升网络平台支撑能力。")},
    {"task": 106, "line": line("力争到2026年底")},
    {"task": 116, "line": line("（一）加强组织领导。在县委")},
    {"task": 118, "line": line("（三）提升数字素养。")},
]
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
    "writer": "blind writer, round 449; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("中宁县 (中卫市) plan of 2024-04-18, drafted by copying the plan of 同心县 (吴忠市) and changing it, not everywhere. "
              "Basis is 宁政发〔2023〕17号 only; 中卫市 has no parent plan in this case, so parents is empty. "
              "Copy slips: the 吴忠 plan cited as parent (line %d), 吴忠市审批服务管理局 (line %d), 韦州镇人民政府 of 同心县 (line %d). "
              "Near misses: 中卫市 bodies (in units.txt), neighbouring counties incl. 同心县 named in passing (line %d), equal and earlier deadlines. "
              "Table: header on line 62, task row n on line 62+n; the note on line 61 says the first-listed unit leads." %
              (line("吴忠市人民政府《"), row(34), row(7), line("毗邻的青铜峡市")))
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
