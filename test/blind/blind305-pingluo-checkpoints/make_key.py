#!/usr/bin/env python3
# Builds key.json for this case; every line number is looked up in draft.txt by a unique substring.
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(sub, also=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l and (also is None or also in l)]
    assert len(hits) == 1, (sub, also, hits)
    return hits[0]

def row(n):  # table row n of the 附件
    return ln('\t%d.' % n)

def cell(n):  # 完成时限 cell of table row n
    return L[row(n) - 1].split('\t')[3]

expect = [
    {"rule": "deadline-later-than-baseline", "line": row(13), "text": "2025年6月底前",
     "why": "checkpoint cell '2024年底前完成主体、2025年6月底前验收' (城域网升级改造, 县乡村全覆盖): the final checkpoint is 2025年6月; regional task 48 完成时限 2024年 (task 47 电子政务外网升级改造 also 2024年)"},
    {"rule": "deadline-later-than-baseline", "line": row(34), "text": "2025年12月",
     "why": "checkpoint cell '启动：2024年3月 完成：2025年12月' (协同办公平台 + 宁政通 接入): completion 2025年12月; regional task 104 完成时限 2024年 and task 105 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": row(20), "text": "2024.13",
     "why": "checkpoint cell '2024.6；2024.13': month 13 does not exist (typo for 2024.12); the task is regional task 71 (重点领域数字化追溯监管), 完成时限 2024年"},
    {"rule": "unknown-unit", "line": row(7), "text": "县大数据管理服务局",
     "why": "not in units.txt; 平罗 has no such bureau — the name is copied from the city template (吴忠 市大数据管理服务局); the county's work sits with 县人民政府办公室"},
    {"rule": "unknown-unit", "line": row(27), "text": "自治区政府办公厅",
     "why": "a regional body named as lead (牵头) of a county task row (接入“我的宁夏”, regional task 86, 完成时限 2024年); copied from the regional list"},
    {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 17 and 71 transposed"},
]

mnf = []
def m(rule, line, text, why):
    mnf.append({"rule": rule, "line": line, "text": text, "why": why})

U = "unknown-unit"; D = "deadline-later-than-baseline"; I = "deadline-invalid"; B = "basis-mismatch"
m(U, 3, "各乡镇人民政府", "collective subject (addressee line and many task rows)")
m(U, 3, "县直各部门（单位）", "collective subject")
m(U, row(7), "县直有关部门", "collective subject")
m(U, row(26), "各村（社区）", "collective subject")
m(U, row(1), "石嘴山市生态环境局平罗分局", "listed in units.txt as one name; the 石嘴山市 prefix must not be split off")
m(U, row(1), "平罗工业园区管委会", "listed in units.txt")
m(U, row(2), "县工信商务局", "official short name of 县工业信息化和商务局 in units.txt")
m(U, row(18), "县发改局", "short name of 县发展和改革局 in units.txt")
m(U, row(28), "县审批局", "short name of 县审批服务管理局 in units.txt")
m(U, row(17), "县教体局", "short name of 县教育体育局 in units.txt (same cell: 县卫健局 = 县卫生健康局)")
m(U, row(5), "县供销社", "short name of 县供销合作社 in units.txt")
m(U, row(13), "中国电信平罗分公司", "non-government unit, but listed in the county's units.txt")
m(U, ln('配合石嘴山市推进城市运行管理服务平台'), "石嘴山市", "the city named in running text (配合石嘴山市推进…), not a responsible-unit field")
m(B, 2, "平政办发〔2024〕15号", "the draft's own 文号 (and line 1 its own title 平罗县数字政府建设实施方案), not a cited basis document")
m(B, 9, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
m(B, 9, "宁政办发〔2023〕11号", "real document 《数字宁夏“1244+N”行动计划实施方案》, cited with the same title and 文号 by the 吴忠 plan in the seeds")
m(B, 11, "宁政办发〔2020〕14号", "retrospective mention in 发展基础 (近年来，我县认真落实…), correct title and 文号, not cited as the basis")
m(I, 6, "2024年3月18日", "the document's own issue date")
m(I, 11, "2023年底", "past date in the background section (截至2023年底)")
m(D, 17, "到2024年底", "2024 goals are 外网县乡村全覆盖 (task 48, 2024年), 宁政通 接入 (task 105, 2024年), 一网通办 (task 84, 2024年): equal")
m(D, 18, "到2025年", "equal to the regional 主要目标 到2025年 (34567 框架全面成型)")
m(D, 19, "到2035年", "equal to the regional 2035 goal")
m(D, ln('力争2024年底前完成迁移'), "2024年底前", "信创云迁移, task 46 完成时限 2024年 (task 43 2024年建成): equal")
m(D, ln('2024年底前实现县、乡、村三级全覆盖'), "2024年底前", "城域网/外网 全覆盖, task 48 完成时限 2024年: equal (the table row for the same work is the planted late one)")
m(D, ln('2025年底前实现基层填表报数'), "2025年底前", "task 106 完成时限 2025年: equal")
m(D, ln('每季度末月25日前'), "2024年12月20日前", "the office's own reporting dates (季度进展, 年度总结), not task deadlines")
m(D, row(1), cell(1), "checkpoints for work the region marks 持续推进: task 3 持续推进，2025年取得明显成效; last checkpoint 2025年12月 equal")
m(D, row(2), cell(2), "task 2 2023年启动，2024年取得明显成效; last checkpoint 2024年12月 equal")
m(D, row(3), cell(3), "task 6 持续推进，2025年取得明显成效: copied, equal")
m(D, row(4), "2025年底前", "分两步 cell; task 10 持续推进，2025年取得明显成效; last step 2025年底 equal")
m(D, row(5), cell(5), "task 11 2023年完成主要建设任务，2025年取得明显成效: completing milestone 2025 equal")
m(D, row(6), cell(6), "task 18 2023年形成机制，长期坚持; the cell has no year, only 长期坚持 and a yearly drill")
m(D, row(7), cell(7), "dotted checkpoints; task 46 完成时限 2024年: last step 2024.12 equal")
m(D, row(9), cell(9), "start date in the cell; task 28 2023年启动，2025年取得明显成效: completion 2025年12月 equal")
m(D, row(10), cell(10), "task 41 完成时限 2024年: last checkpoint equal")
m(D, row(12), cell(12), "start date in the cell; task 54 (and 40) 完成时限 2024年: completion 2024年12月 equal")
m(D, row(14), cell(14), "task 50 完成时限 2024年: equal")
m(D, row(15), cell(15), "task 49 视频一张网 完成时限 2025年: last checkpoint 2024年12月 earlier")
m(D, row(16), cell(16), "task 52 电子证照社会化场景 完成时限 2025年: last checkpoint 2025年12月 equal")
m(D, row(17), cell(17), "dotted checkpoints; task 56 非税收入电子化 完成时限 2025年: 2025.6 earlier")
m(D, row(23), cell(23), "task 77 完成时限 2024年: equal")
m(D, row(26), "2025年底前", "分两步 cell; task 83 完成时限 2025年: equal")
m(D, row(32), cell(32), "task 96 完成时限 2025年: equal")
m(D, row(35), cell(35), "task 106 完成时限 2025年: last checkpoint 2025年6月 earlier")
m(D, row(37), cell(37), "checkpoints for work the region marks 长期推进: task 108 长期推进，2024年取得明显成效; last 2024年12月 equal")
m(D, row(38), cell(38), "task 111 完成时限 2025年: earlier")
m(D, row(42), cell(42), "task 64 完成时限 2025年: earlier")
m(I, row(43), cell(43), "copied regional deadline of task 116 (2023年完成并长期坚持) lying before the plan's year: not invalid, not later")
m(D, row(44), cell(44), "task 121 长期坚持 (no year): checkpoints cannot be later")
m(D, row(45), cell(45), "task 118 2023年完成并长期坚持; the cell has no year")
mnf.append({"rule": "missing-pillar", "line": 0, "pillar": "加强党对数字政府建设工作的全面领导",
            "why": "section is titled 七、保障措施 but its items are 组织领导 (84), 财政投入 (85), 数字素养 (86), 考核评价 (87)"})
mnf.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一/六级贯通",
            "why": "folded into 三、健全“一套体系” (组织机构 23, 六级贯通层级职责 24, 工作机制 25), as the 吴忠 plan does"})

cov = [(3,row(1)),(2,row(2)),(6,row(3)),(10,row(4)),(11,row(5)),(18,row(6)),(46,row(7)),(23,row(8)),
       (28,row(9)),(41,row(10)),(42,row(11)),(54,row(12)),(48,row(13)),(50,row(14)),(49,row(15)),
       (52,row(16)),(56,row(17)),(57,row(18)),(66,row(19)),(71,row(20)),(73,row(21)),(74,row(22)),
       (77,row(23)),(79,row(24)),(80,row(25)),(83,row(26)),(86,row(27)),(89,row(28)),(88,row(29)),
       (93,row(30)),(94,row(31)),(96,row(32)),(98,row(33)),(104,row(34)),(105,row(34)),(106,row(35)),
       (107,row(36)),(108,row(37)),(111,row(38)),(112,row(39)),(114,row(40)),(115,row(41)),(64,row(42)),
       (116,row(43)),(121,row(44)),(118,row(45)),
       (5,ln('完善数字经济治理。')),(14,ln('强化安全管理责任。')),(15,ln('强化安全管理责任。')),
       (17,ln('落实安全制度要求。')),(21,ln('助力政府职能转变。')),(22,ln('助力政府职能转变。')),
       (24,ln('健全政务信息化项目会商机制')),(32,ln('完善数据管理机制。')),(36,ln('深化数据高效共享。')),
       (40,ln('强化电子公文管理职责')),(45,ln('强化政务云支撑能力。')),(47,ln('提升网络支撑能力。')),
       (51,ln('加强共性应用支撑。')),(55,ln('加强共性应用支撑。')),(58,ln('加强共性应用支撑。')),
       (68,ln('推动监管精准化。')),(70,ln('推动监管精准化。')),(72,ln('推动监管协同化和智能化。')),
       (85,ln('提升智慧便捷的服务能力。')),(97,ln('提高自然资源利用效率。')),(102,ln('推动绿色低碳转型。')),
       (103,ln('提升辅助决策能力。')),(25,ln('（二）加大财政投入。')),(117,ln('（三）提升数字素养。')),
       (122,ln('（四）强化考核评价。')),(123,ln('（四）强化考核评价。')),(124,ln('（四）强化考核评价。'))]
covers = [{"task": t, "line": l} for t, l in cov]

key = {
  "writer": "blind writer, round 305; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": datetime.date.today().isoformat(),
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("平罗县 (石嘴山市) county plan of 2024-03-18, checked against ningxia-2023 only (no 石嘴山 plan in the seeds; the city's "
            "部署要求 is mentioned without a title). The task table (lines 93-138) has a note that the first-listed unit leads. "
            "Its 完成时限 cells use checkpoint forms: 'A/B', dotted 'YYYY.M；YYYY.M', '启动：… 完成：…', 'X前完成主体、Y前验收', '分两步：…'. "
            "The completing (last) checkpoint is what is compared. Rows 9 (task 28) and 5 (task 11) start or finish an intermediate step later "
            "than the region's intermediate milestone, but their completing milestone equals the region's; they are near misses. "
            "Tasks the region set for 2023 (14, 15, 30, 32, 36, 85 …) appear only in body text without dates, except the copied 116 row.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['line'], e['text'], '|', L[e['line']-1][:60])
