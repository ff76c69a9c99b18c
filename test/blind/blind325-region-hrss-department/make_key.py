# helper: builds key.json, finding every line number in the final draft.txt
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(*needles):
    hits = [i for i, l in enumerate(L, 1) if all(n in l for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]
def row(n):  # table row number n
    return ln(f"{n}\t") if False else [i for i, l in enumerate(L, 1) if l.startswith(f"{n}\t")][0]

expect = [
 {"rule": "basis-mismatch", "line": ln("加快推进数字政府建设的实施意见"), "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
  "why": "wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》 (加快推进 for 加强)"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
  "why": "主要目标: the region's goal 到2025年 '34567'体系框架全面成型…力争…西北领先、西部一流; the draft puts the same goal (体系框架全面成型, 西北领先、西部一流) at 2026"},
 {"rule": "deadline-later-than-baseline", "line": row(14), "text": "2025年底前",
  "why": "社会保障主题数据库 = regional task 34 (完成时限 2024年, 人力资源社会保障厅 分别牵头); the row says 2025年底前"},
 {"rule": "deadline-later-than-baseline", "line": row(38), "text": "2025年6月底前",
  "why": "人才引进 / 数字技术领域人才职称评价标准 / 高水平工程师支持计划 = regional task 117 (完成时限 2024年, 人力资源社会保障厅 负责); the row says 2025年6月底前"},
 {"rule": "deadline-invalid", "line": row(32), "text": "2022年底前",
  "why": "适老化与信息无障碍 = regional task 93 (完成时限 2024年); 2022年底前 lies before the plan (2024-04-12) and even before the regional list (2023) - a typo for 2024, not a copied regional deadline"},
 {"rule": "unknown-unit", "line": row(17), "text": "厅数据管理处",
  "why": "the department has no 数据管理处 (the body names 信息中心 as its data management body); not in units.txt nor the baseline"},
 {"rule": "unknown-unit", "line": row(21), "text": "自治区人事考试院",
  "why": "wrong name of the department's body 自治区人事考试中心; not in units.txt nor the baseline"},
]

m = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    m.append(e)

# units
nm("unknown-unit", row(1), "official short name of 自治区人力资源社会保障厅办公室, listed in units.txt", "厅办公室")
nm("unknown-unit", row(2), "short name of 自治区人力资源社会保障信息中心, listed in units.txt", "信息中心")
nm("unknown-unit", row(3), "short name of 自治区社会保险事业管理局, listed in units.txt", "社保局")
nm("unknown-unit", row(3), "short name of 自治区就业创业服务局, listed in units.txt", "就业局")
nm("unknown-unit", row(1), "collective subject (the department's own offices and bodies)", "厅机关各处室")
nm("unknown-unit", row(1), "collective subject", "厅属各单位")
nm("unknown-unit", row(8), "collective subject (各市、县（区）人社部门); the prefix never distributes into a 各… subject", "各市、县（区）人社部门")
nm("unknown-unit", row(28), "就业局 (short name) followed by the collective 各市、县（区）人社部门 after a comma", "各市、县（区）人社部门")
nm("unknown-unit", row(4), "regional unit as the regional list writes it (自治区政府办公厅), in 配合 column", "自治区政府办公厅")
nm("unknown-unit", row(7), "prefix distributes: 自治区政府办公厅、发展改革委 = 自治区发展改革委 (baseline unit)", "发展改革委")
nm("unknown-unit", row(13), "prefix distributes: 自治区公安厅、民政厅、卫生健康委 (all baseline units)", "卫生健康委")
nm("unknown-unit", row(14), "自治区医保局 is not in the baseline but is listed in units.txt (自治区医疗保障局 = 自治区医保局); 民政厅 takes the 自治区 prefix", "自治区医保局")
nm("unknown-unit", row(22), "自治区政府办公厅、市场监管厅，宁夏税务局: prefix distributes to 自治区市场监管厅; 宁夏税务局 is a baseline unit (task 53)", "宁夏税务局")
nm("unknown-unit", ln("配合自治区党委国安办、党委网信办"), "自治区党委国安办、党委网信办 = 自治区党委网信办; both baseline units, cooperating in body text", "党委网信办")
nm("unknown-unit", row(5), "baseline unit as the regional list writes it, 配合 only", "自治区党委编办")
nm("unknown-unit", row(27), "baseline unit as the regional list writes it, 配合 only", "自治区党委政法委")
nm("unknown-unit", row(39), "baseline unit, 配合 only", "自治区党委组织部")
nm("unknown-unit", ln("配合自治区林草局、生态环境厅"), "baseline units (林草局 in tasks 80/81, 生态环境厅), named as partners in body text", "自治区林草局")
nm("unknown-unit", ln("各牵头单位于每季度"), "collective subject; 厅办公室 is the short name of a listed office", "各牵头单位")
nm("unknown-unit", ln("医保局，宁夏税务局"), "自治区公安厅、民政厅、医保局: prefix distributes to 自治区医保局 (units.txt); 宁夏税务局 baseline unit", "医保局")
# deadlines
nm("deadline-invalid", row(1), "copied regional deadline: task 14 完成时限 2023年 lies before the plan's year (2024), equal to the region", "2023年")
nm("deadline-invalid", row(2), "copied regional deadline: task 15 完成时限 2023年", "2023年")
nm("deadline-later-than-baseline", row(3), "equal: task 18 完成时限 2023年形成机制，长期坚持", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", row(4), "equal: task 19 完成时限 2023年启动，2024年建成 (and task 43 2024年建成)", "2024年")
nm("deadline-later-than-baseline", row(6), "earlier than or equal to task 21 完成时限 2024年", "2024年6月底前")
nm("deadline-later-than-baseline", row(8), "task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone (2025年取得明显成效) is equal; only the start is later, which the plan year (2024) explains", "2024年启动，2025年取得明显成效")
nm("deadline-later-than-baseline", row(9), "equal: task 6 完成时限 持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", row(10), "equal: task 29 完成时限 2023年启动，2025年完成", "2025年")
nm("deadline-invalid", row(11), "copied regional deadline: task 30 完成时限 2023年", "2023年完成，动态更新")
nm("deadline-invalid", row(12), "copied regional deadline: tasks 31 and 32 完成时限 2023年", "2023年")
nm("deadline-later-than-baseline", row(13), "equal: task 33 完成时限 2024年", "2024年")
nm("deadline-later-than-baseline", ln("2024年底前统一纳入"), "equal: tasks 33 and 34 完成时限 2024年 (body sentence)", "2024年底前")
nm("deadline-later-than-baseline", row(21), "earlier: task 52 完成时限 2025年", "2024年底前")
nm("deadline-later-than-baseline", row(22), "equal: task 53 完成时限 2024年", "2024年")
nm("deadline-invalid", row(25), "copied regional deadline: task 72 完成时限 2023年", "2023年")
nm("deadline-later-than-baseline", row(29), "earlier: task 86 完成时限 2024年", "2024年6月底前")
nm("deadline-later-than-baseline", row(30), "equal: task 87 完成时限 2023年启动，2025年完成", "2025年")
nm("deadline-later-than-baseline", row(35), "equal: task 106 完成时限 2025年", "2025年")
nm("deadline-later-than-baseline", row(37), "equal: task 116 完成时限 2023年完成并长期坚持", "2023年完成并长期坚持")
nm("deadline-later-than-baseline", row(39), "earlier: task 120 完成时限 2025年", "2024年底前")
nm("deadline-later-than-baseline", ln("到2024年底"), "the 2024 goals (信创云迁移, 全程网办, 电子社保卡, 线上调解仲裁) match tasks 19/43 (2024), 84 (2024), 52 (2025), 77 (2024): equal or earlier; no regional 2023 goal is restated", "2024年底")
nm("deadline-invalid", ln("（二）工作基础"), "past dates in the background (2020年, 2022年, 截至2023年底), not deadlines", "2022年")
nm("deadline-invalid", ln("2024年4月12日"), "the notice's own issue date", "2024年4月12日")
nm("deadline-later-than-baseline", ln("各牵头单位于每季度"), "the office's own reporting dates (每季度结束后5个工作日内, 每年12月10日前), not task deadlines", "12月10日前")
# basis
nm("basis-mismatch", ln("关于印发《自治区人力资源和社会保障厅"), "the notice names the plan it issues (its own title), not a basis document", "自治区人力资源和社会保障厅数字政府建设实施方案")
nm("basis-mismatch", ln("国发〔2022〕14号"), "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
nm("basis-mismatch", ln("宁政办发〔2023〕11号"), "same citation as the 吴忠 plan: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号")
nm("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background, with its correct 文号; not cited as basis", "宁政办发〔2020〕14号")
nm("basis-mismatch", ln("宁人社发〔2024〕21号"), "the notice's own 文号, not a cited document", "宁人社发〔2024〕21号")
nm("basis-mismatch", ln("《全区数字政府建设重点任务清单（2023年—2025年）》"), "correct title of 附件2 of 宁政发〔2023〕17号, cited without 文号", "全区数字政府建设重点任务清单")

covers = [
 (1, ln("强化数字产业人才支撑")), (6, row(9)), (10, ln("助力数字乡村建设")),
 (14, row(1)), (15, row(2)), (17, ln("落实安全制度要求")), (18, row(3)), (19, row(4)), (20, row(5)), (21, row(6)),
 (23, row(7)), (28, row(8)), (29, row(10)), (30, row(11)), (32, row(12)), (33, row(13)), (34, row(14)), (37, row(15)),
 (38, row(16)), (41, row(17)), (42, row(18)), (45, row(19)), (50, row(20)), (51, ln("推广共性应用支撑")), (52, row(21)),
 (53, row(22)), (54, row(23)), (65, row(24)), (72, row(25)), (75, row(26)), (77, row(27)), (84, row(28)), (86, row(29)),
 (87, row(30)), (89, row(31)), (93, row(32)), (103, row(33)), (104, row(34)), (106, row(35)), (112, row(36)), (114, row(36)),
 (116, row(37)), (117, row(38)), (120, row(39)), (124, ln("（四）强化考核评价")),
]
key = {
 "writer": "blind writer, round 325; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": m,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("A regional department's own plan (自治区人力资源和社会保障厅, 2024-04-12) for the tasks the regional list gives it, "
           "lead or cooperating. The draft mirrors the 34567 framework from the department's angle (all pillars have content; "
           "生态环境保护 and 数字生态 are thin but present, lines "
           f"{ln('（五）提升生态环境保护能力')} and {ln('（三）营造良好数字生态')}-{ln('规范人力资源服务数字化发展')}). "
           "Lead units in the 附件 table are only the department's own offices and bodies; regional departments appear only as 配合 or in body text. "
           "Tasks meant for cities/counties that a department plan does not take up (e.g. 9, 48, 64, 83, 92) are not planted omissions; task-uncovered is information only.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(m), "mustNotFlag;", len(covers), "covers")
