#!/usr/bin/python3
# Builds key.json; every line number is found from a text snippet in draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L.pop()

def ln(snippet, occurrence=1, after=0):
    hits = [i + 1 for i, l in enumerate(L) if snippet in l and i + 1 > after]
    assert len(hits) >= occurrence, (snippet, hits)
    return hits[occurrence - 1]

def at(line, text):
    assert text in L[line - 1], (line, text)
    return line

def row(n):
    # line of task-table row n (the row starts with its 序号 and a tab)
    hits = [i + 1 for i, l in enumerate(L) if l.startswith('%d\t' % n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府, 2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2026年'), "text": "2026年",
     "why": "主要目标: the region sets 到2025年 for the framework being 全面成型 (\"到2025年，全区各级数字政府建设'34567'体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效…\"); the district puts the same goal in 2026"},
    {"rule": "deadline-later-than-baseline", "line": ln('拓展公平普惠的民生服务。'), "text": "2025年底前",
     "why": "适老化与信息无障碍建设 is task 93 (完成时限 2024年) and 公共场馆数字化转型 / 接入'我的宁夏' is task 90 (完成时限 2024年); the note gives 2025年底前"},
    {"rule": "deadline-invalid", "line": ln('20224年'), "text": "20224年",
     "why": "typing slip for 2024年 (the table row 27 has 2024年12月底前); tasks 96 (2025年), 97 (2024年), 98 (2024年). A five-digit year is impossible; it should not also be reported as later than the baseline"},
    {"rule": "unknown-unit", "line": ln('牵头单位：区数据局'), "text": "区数据局",
     "why": "no 区数据局 exists in units.txt; the district's data work sits with 区政府办公室 / 区政务数据服务中心 (table row 11 has 区政府办公室 for the same task)"},
    {"rule": "garbled-text", "line": ln('鎺ㄨ繘'), "text": "鎺ㄨ繘鏁板瓧涔℃潙璇曠偣",
     "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 推进数字乡村试点 (the sub-item title of the 数字乡村 paragraph)"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        at(line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

# basis
nm("basis-mismatch", ln('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nm("basis-mismatch", ln('石嘴山市人民政府《关于加强数字政府建设的实施方案》'), "the city's own plan cited by title alone, as a city plan often has no 文号; not a wrong title", "石嘴山市人民政府《关于加强数字政府建设的实施方案》")
nm("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention in 工作基础 (自…印发以来), not cited as a basis; title and 文号 match the 2020 工作要点", "宁政办发〔2020〕14号")
nm("basis-mismatch", ln('惠政办发〔2024〕9号'), "the notice's own 文号, not a cited document", "惠政办发〔2024〕9号")
# past dates / issue date
nm("deadline-invalid", ln('2024年3月28日'), "issue date of the notice", "2024年3月28日")
nm("deadline-invalid", ln('由2020年的76%'), "background in 工作基础: past achievements (2020年, 2022年底, 2023年6月), not deadlines", "2023年6月")
nm("deadline-invalid", ln('在2023年完成政务数据资源目录编制'), "background: a step already done in 2023, not a deadline", "2023年")
nm("deadline-invalid", ln('强化安全管理责任。'), "a copied regional deadline (task 18: 2023年形成机制，长期坚持; tasks 14/15: 2023年) lying before the plan's year, with an ongoing flag", "2023年形成机制，长期坚持")
nm("deadline-invalid", ln('提升安全防护能力。'), "copied regional deadline of task 18 (2023年形成机制，长期坚持); ongoing", "2023年形成机制，长期坚持")
nm("deadline-invalid", row(8), "table row 8: the same copied deadline of tasks 14/18 (2023年 / 2023年形成机制，长期坚持)", "2023年形成机制，长期坚持")
nm("deadline-invalid", ln('提高基层社会治理能力'), "no date here is impossible: 2025年6月底前 is a valid month", "2025年6月底前")
# goals
nm("deadline-later-than-baseline", ln('到2024年底'), "first-year goals: 外网全覆盖 (task 48, 2024年), 系统迁移上云 (task 46, 2024年), '我的宁夏''宁政通'推广/应上尽上 (tasks 86, 105, 2024年) — equal years; none is the region's 2023 goal", "到2024年底")
nm("deadline-later-than-baseline", ln('到2035年'), "equal to the region's 到2035年 goal", "到2035年")
# deadlines equal or earlier (body)
nm("deadline-later-than-baseline", ln('（一）健全组织机构'), "task 64 (各市、县（区）成立相应的组织机构), 完成时限 2025年: 2024年6月底前 is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", ln('推进“智慧园区”建设。'), "task 3, 完成时限 持续推进，2025 年取得明显成效: 2025年底前 is the same year", "持续推进，2025年底前取得明显成效")
nm("deadline-later-than-baseline", ln('推动企业上云用数赋智'), "task 2, 完成时限 2023 年启动，2024 年取得明显成效: same completing year", "2024年底前取得明显成效")
nm("deadline-later-than-baseline", ln('完善数字经济治理'), "task 5, 持续推进，2025 年取得明显成效: equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", ln('深化数字普惠应用'), "tasks 6 (持续推进，2025年取得明显成效), 7 (2023年形成试点经验，2025年取得明显成效), 8 (持续推进，2025年取得明显成效): equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", ln('推进智慧城市建设'), "task 9, 持续推进，2025年取得明显成效: 2025年底前 is equal", "2025年底前")
nm("deadline-later-than-baseline", ln('鎺ㄨ繘'), "task 10, 持续推进，2025年取得明显成效: equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", ln('培育数据要素市场'), "task 12, 完成时限 2025年: equal (the sentence avoids task 13's 依法开展数据交易 wording)", "2025年")
nm("deadline-later-than-baseline", ln('推动行政权力事项网上运行'), "tasks 21 (2024年) and 22 (2025年): 2024年12月底前 is equal/earlier", "2024年12月底前")
nm("deadline-later-than-baseline", ln('开展试点示范'), "task 28, 2023年启动，2025年取得明显成效: the milestone that completes the task (2025) is equal; only the start is a year later", "2024年启动，2025年取得明显成效")
nm("deadline-later-than-baseline", ln('推进数据共享开放'), "tasks 41 and 42, 完成时限 2024年: equal year", "2024年11月底前")
nm("deadline-later-than-baseline", ln('加强电子文件和电子档案管理'), "tasks 40 and 54, 2024年: equal", "2024年12月底前")
nm("deadline-later-than-baseline", ln('强化政务云支撑'), "task 46 (2024 年) and 43 (2024 年建成，持续推进): equal", "2024年底前")
nm("deadline-later-than-baseline", ln('提升网络支撑能力'), "tasks 47, 48, 50, all 2024 年: 2024年10月底前 is equal year", "2024年10月底前")
nm("deadline-later-than-baseline", ln('加强共性应用支撑'), "tasks 52 (2025年), 53 (2024年), 56 (2025年): 2024年12月底前 is equal/earlier", "2024年12月底前")
nm("deadline-later-than-baseline", ln('（一）提升科学精准的经济调节能力'), "task 66 (经济运行大数据平台), 2025年: equal; the sentence avoids task 67's wording", "2025年")
nm("deadline-later-than-baseline", ln('推进重点领域数字化追溯监管'), "tasks 71 and 74, 2024年: equal", "2024年底前")
nm("deadline-later-than-baseline", ln('强化以网管网'), "tasks 75 and 73, 2024年: equal", "2024年底前")
nm("deadline-later-than-baseline", ln('提升矛盾纠纷化解能力'), "task 77, 2024年: equal", "2024年底前")
nm("deadline-later-than-baseline", ln('提升社会治安防控能力'), "task 79 (2024年), 49 (2025年): equal/earlier", "2024年底前")
nm("deadline-later-than-baseline", ln('推进“智慧应急”建设。'), "task 80, 2024年: equal", "2024年底前")
nm("deadline-later-than-baseline", ln('提高基层社会治理能力'), "task 83, 2025年: 2025年6月底前 is equal year", "2025年6月底前")
nm("deadline-later-than-baseline", ln('打造泛在可及的服务体系'), "task 84, 2024年: equal", "2024年12月底前")
nm("deadline-later-than-baseline", ln('用好“我的宁夏”和12345热线'), "task 86 (2024年) and 87 (2023年启动，2025年完成): equal/earlier", "2024年底前")
nm("deadline-later-than-baseline", ln('优化涉企服务'), "tasks 88 and 89, 2024年: equal", "2024年底前")
nm("deadline-later-than-baseline", ln('提升生态环境智慧监管能力'), "task 94 (2024年), 95 (2025年): equal/earlier", "2024年底前")
nm("deadline-later-than-baseline", ln('推动绿色低碳转型'), "task 102, 2025年: equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", ln('提升辅助决策能力'), "task 103, 2024年: equal", "2024年12月底前")
nm("deadline-later-than-baseline", ln('提升行政执行能力'), "tasks 104, 105 (2024年), 106 (2025年): equal/earlier; 50%以上 is a target, not a date", "2024年底前")
nm("deadline-later-than-baseline", ln('统筹视频会议资源'), "task 107, 2025年: 2024年启动，2025年建成 is equal", "2024年启动，2025年建成")
nm("deadline-later-than-baseline", ln('提升行政监督水平'), "task 108 copied (长期推进，2024年取得明显成效) and 109 (2024年): equal", "长期推进，2024年取得明显成效")
nm("deadline-later-than-baseline", ln('提升机关事务管理水平'), "task 111, 2025年: earlier month of the same year", "2025年6月底前")
nm("deadline-later-than-baseline", ln('提升政府信息公开水平'), "tasks 112 and 113, 2024年: equal", "2024年底前")
nm("deadline-later-than-baseline", ln('发挥政务新媒体优势'), "task 114, 2024年: equal", "2024年底前")
nm("deadline-later-than-baseline", ln('畅通政民互动渠道'), "task 115, 2024年: equal", "2024年底前")
nm("deadline-later-than-baseline", ln('提高自主可控水平'), "持续推进 without a year; task 19 (2023年启动，2024年建成) is the region's own 政务信创云 build led by 自治区政府办公厅", "持续推进")
nm("deadline-later-than-baseline", ln('规范政务信息化项目管理'), "no 完成时限 in the note (tasks 24/25, 2023年, are taken up without a date), nothing later", None)
nm("deadline-later-than-baseline", ln('（四）强化考核评价'), "the office's own reporting dates (每季度末月25日前, 2024年12月10日前报送年度工作总结), not deadlines of tasks 121–124", "2024年12月10日前")
# table rows
nm("deadline-later-than-baseline", row(1), "task 64, 2025年: earlier", "2024年6月底前")
nm("deadline-later-than-baseline", row(2), "task 3, 持续推进，2025 年取得明显成效: equal", "持续推进，2025年底前取得明显成效")
nm("deadline-later-than-baseline", row(10), "task 28, 2023年启动，2025年取得明显成效: completing milestone equal", "2024年启动，2025年取得明显成效")
nm("deadline-later-than-baseline", row(14), "task 48, 2024年: equal year", "2024年10月底前")
nm("deadline-later-than-baseline", row(16), "task 56, 2025年: earlier", "2024年12月底前")
nm("deadline-later-than-baseline", row(22), "task 83, 2025年: equal year", "2025年6月底前")
nm("deadline-later-than-baseline", row(27), "tasks 96 (2025年) and 98 (2024年): 2024年12月底前 is equal/earlier (the body line carries the typo 20224年)", "2024年12月底前")
nm("deadline-later-than-baseline", row(30), "task 107, 2025年: equal", "2024年启动，2025年建成")
nm("deadline-later-than-baseline", row(31), "task 108, 长期推进，2024年取得明显成效: copied, equal", "长期推进，2024年取得明显成效")
# units
nm("unknown-unit", 4, "主送 collective (各乡镇人民政府、街道办事处), not a responsible unit", "街道办事处")
nm("unknown-unit", ln('提升网络支撑能力'), "各乡镇人民政府、街道办事处: 各 governs both; collective subject", "街道办事处")
nm("unknown-unit", ln('（一）健全组织机构'), "collective 各乡镇（街道）", "各乡镇（街道）")
nm("unknown-unit", ln('（二）厘清层级职责'), "collective 区直各部门（单位）", "区直各部门（单位）")
nm("unknown-unit", ln('鎺ㄨ繘'), "collective 各乡镇人民政府", "各乡镇人民政府")
nm("unknown-unit", ln('规范政务信息化项目管理'), "prefix 区 distributes: 区财政局, 区审计局 are in units.txt", "财政局")
nm("unknown-unit", ln('（一）提升科学精准的经济调节能力'), "区发改局 is a listed short name of 区发展和改革局", "区发改局")
nm("unknown-unit", ln('强化以网管网'), "区市场监管局 is a listed short name of 区市场监督管理局", "区市场监管局")
nm("unknown-unit", row(3), "区工信商务局 is a listed short name of 区工业信息化和商务局", "区工信商务局")
nm("unknown-unit", row(5), "区综合执法局 is a listed short name of 区城市管理和综合执法局", "区综合执法局")
nm("unknown-unit", ln('完善数字经济治理'), "区公安分局 is a listed short name of 石嘴山市公安局惠农区分局", "区公安分局")
nm("unknown-unit", ln('推进“智慧园区”建设。'), "石嘴山市生态环境局惠农分局 is a 派驻 body listed in units.txt (not a city unit leading a district task)", "石嘴山市生态环境局惠农分局")
nm("unknown-unit", ln('加强共性应用支撑'), "自然资源惠农分局 is a listed short name", "自然资源惠农分局")
nm("unknown-unit", ln('提升网络支撑能力'), "中国电信惠农分公司: an enterprise listed in units.txt as 配合单位", "中国电信惠农分公司")
nm("unknown-unit", ln('推动行政权力事项网上运行'), "区市场监督管理局等有关部门: listed unit followed by a collective tail", "区市场监督管理局等有关部门")
nm("unknown-unit", ln('深化数字普惠应用'), "区民政局分别负责: role words after a listed unit", "区民政局分别负责")
nm("unknown-unit", ln('规范政务信息化项目管理'), "区数字政府建设领导小组办公室 is a listed short name", "区数字政府建设领导小组办公室")
nm("unknown-unit", ln('培育数据要素市场'), "配合自治区、石嘴山市: higher levels named as those the district supports, not as lead of a local task", "配合自治区、石嘴山市")
nm("unknown-unit", ln('推进“智慧园区”建设。'), "石嘴山经济技术开发区 named as the place the district supports, not as a responsible unit (its 管委会 is in units.txt anyway)", "石嘴山经济技术开发区")
nm("unknown-unit", ln('提升行政监督水平'), "区政府督查室 is a listed short name of 区人民政府督查室", "区政府督查室")
nm("unknown-unit", 6, "the issuing office's signature (full name of 区人民政府办公室, listed in units.txt), not a responsible unit", "石嘴山市惠农区人民政府办公室")
# garbled
nm("garbled-text", ln('提升网络支撑能力'), "IPv6 is a normal Latin term, not mojibake", "IPv6")
nm("garbled-text", ln('推进重点领域数字化追溯监管'), "“屏、端、仪” is the regional wording, not damage", "“屏、端、仪”")
# pillars
for p, why in [("数字生态", "三(三) 营造良好数字生态, lines 37–39"),
               ("五个一", "二(一) 健全组织机构: 领导小组 + 办公室 + 区政务数据服务中心, 参照自治区做法"),
               ("六级贯通", "二(二) 厘清层级职责 follows 自治区'六级贯通'"),
               ("政务公开", "五(七) 提升全面规范的政务公开能力"),
               ("财政投入", "六(二) 强化资金保障"),
               ("数字素养", "六(三) 提升数字素养"),
               ("考核评价", "六(四) 强化考核评价"),
               ("组织领导", "六(一) 加强组织领导 (党的全面领导)")]:
    M.append({"rule": "missing-pillar", "line": 0, "pillar": p, "why": "covered: " + why})

C = []
def cv(task, line):
    C.append({"task": task, "line": line})
for t, s in [(64, '（一）健全组织机构'), (3, '推进“智慧园区”建设。'), (2, '推动企业上云用数赋智'), (5, '完善数字经济治理'),
             (6, '深化数字普惠应用'), (9, '推进智慧城市建设'), (12, '培育数据要素市场'), (14, '强化安全管理责任。'),
             (15, '强化安全管理责任。'), (18, '提升安全防护能力。'), (21, '推动行政权力事项网上运行'), (22, '推动行政权力事项网上运行'),
             (24, '规范政务信息化项目管理'), (28, '开展试点示范'), (30, '健全政务数据管理机制'), (36, '健全政务数据管理机制'),
             (41, '推进数据共享开放'), (42, '推进数据共享开放'), (40, '加强电子文件和电子档案管理'), (54, '加强电子文件和电子档案管理'),
             (46, '强化政务云支撑'), (47, '提升网络支撑能力'), (48, '提升网络支撑能力'), (50, '提升网络支撑能力'),
             (52, '加强共性应用支撑'), (53, '加强共性应用支撑'), (56, '加强共性应用支撑'), (66, '（一）提升科学精准的经济调节能力'),
             (71, '推进重点领域数字化追溯监管'), (74, '推进重点领域数字化追溯监管'), (75, '强化以网管网'), (77, '提升矛盾纠纷化解能力'),
             (79, '提升社会治安防控能力'), (80, '推进“智慧应急”建设。'), (83, '提高基层社会治理能力'), (84, '打造泛在可及的服务体系'),
             (86, '用好“我的宁夏”和12345热线'), (88, '优化涉企服务'), (89, '优化涉企服务'), (90, '拓展公平普惠的民生服务'),
             (93, '拓展公平普惠的民生服务'), (94, '提升生态环境智慧监管能力'), (96, '提高自然资源利用效率'), (97, '提高自然资源利用效率'),
             (98, '提高自然资源利用效率'), (102, '推动绿色低碳转型'), (103, '提升辅助决策能力'), (104, '提升行政执行能力'),
             (105, '提升行政执行能力'), (106, '提升行政执行能力'), (107, '统筹视频会议资源'), (108, '提升行政监督水平'),
             (109, '提升行政监督水平'), (111, '提升机关事务管理水平'), (112, '提升政府信息公开水平'), (114, '发挥政务新媒体优势'),
             (115, '畅通政民互动渠道'), (116, '（一）加强组织领导'), (118, '（三）提升数字素养'), (123, '（四）强化考核评价'),
             (124, '（四）强化考核评价')]:
    cv(t, ln(s))
cv(10, row(6))

key = {
    "writer": "blind writer, round 630; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("惠农区 (石嘴山市) 2024 plan, 惠政办发〔2024〕9号 of 2024-03-28, checked against ningxia-2023 only (no parent plan). "
              "Framework '1347' (一套体系 = 五个一 + 六级贯通; 三个驱动; 四大支撑; 七种能力) with 党的领导 items in 六、保障措施. "
              "Inline notes give 牵头/责任/配合单位 and 完成时限; the annex table (lines 97–132) repeats the key tasks; its first-listed lead is the main lead. "
              "Six planted slips: wrong 文号 for the regional basis, a 主要目标 year later than the region, one late inline deadline (tasks 90/93), "
              "a five-digit year, an unregistered unit (区数据局), one mojibake sub-item title. "
              "Tasks whose regional deadline is 2023 are taken up either with the copied regional deadline or with no date, so that no 2024 date falls after a 2023 task."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(L), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
for e in expect:
    print(e['rule'], e['line'], e['text'])
