# Builds key.json; every line number is looked up in draft.txt by a unique snippet.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]
def ln(snip, contains=None):
    hits = [i+1 for i, l in enumerate(L) if snip in l]
    assert len(hits) == 1, (snip, hits)
    if contains: assert contains in L[hits[0]-1], (snip, contains)
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "the 实施意见 is 宁政发〔2023〕17号 (as correctly cited in the preamble); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
 {"rule": "deadline-later-than-baseline", "line": ln("1.强化安全管理责任。"), "text": "2024年6月底前",
  "why": "task 14 (安全和保密工作主体责任、监督责任，一体化安全防护体系), 完成时限 2023年"},
 {"rule": "unknown-unit", "line": ln("（责任单位：④㉑①"), "text": "㉑",
  "why": "code ㉑ is not defined: the 责任单位代码 list stops at ⑳ (the unit meant, probably 区档案馆, is not coded)"},
 {"rule": "deadline-invalid", "line": ln("12\t推行政务服务事项“免证办”"), "text": "2022年底前",
  "why": "the plan is issued 2023-12-08; a deadline at the end of 2022 lies before the document's own year (task 85 is due 2023年)"},
 {"rule": "deadline-later-than-baseline", "line": ln("13\t迭代升级“我的宁夏”"), "text": "2025年6月底前",
  "why": "task 86 (迭代升级“我的宁夏”政务APP，应上尽上), 完成时限 2024年"},
 {"rule": "unknown-unit", "line": ln("⑳牵头，④①配合"), "text": "⑳",
  "why": "⑳ stands for 自治区政府办公厅, a regional body, named as the lead (牵头) of a district task (task 104 推广协同办公平台)"},
]

M = []
def m(rule, snip, why, text=None, contains=None):
    e = {"rule": rule, "line": ln(snip, contains)}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# units / codes
m("unknown-unit", "（五）责任单位代码。", "the code list itself: ①–⑱ are district units in units.txt, ⑲ is a collective (各镇人民政府、各街道办事处), ⑳ 自治区政府办公厅 is a regional body listed as the 对接单位, not named as a lead here", text="⑳自治区政府办公厅")
m("unknown-unit", "2.建立安全评估机制。", "defined codes ⑥① (区委网信办, 区大数据服务中心)", text="⑥①")
m("unknown-unit", "4.提高自主可控水平。", "⑳ (regional 自治区政府办公厅) is listed last, i.e. as a cooperating 对接单位, not as lead; ①④ are defined district units", text="⑳")
m("unknown-unit", "（三）营造良好数字生态。", "①②③ here are ordinary list items (梳理…；引导…；依托…), not unit codes; the note's ⑤① are defined codes", text="①梳理区级公共数据资源")
m("unknown-unit", "（三）提升社会管理能力。", "①②③ are list items (网格事项…；部门响应…；群众评价…), not unit codes", text="①网格事项")
m("unknown-unit", "5.推进数字乡村建设。", "⑲ is the defined collective code 各镇人民政府、各街道办事处", text="⑲")
m("unknown-unit", "3.完善数字经济治理。", "西夏公安分局 is the short name of 银川市公安局西夏区分局 in units.txt", text="西夏公安分局")
m("unknown-unit", "1.推动权力事项网上运行。", "区审批局 is the registered short name of 区审批服务管理局", text="区审批局")
m("unknown-unit", "1.强化安全管理责任。", "区直各部门（单位） is a collective subject", text="区直各部门（单位）")
m("unknown-unit", "各镇人民政府、各街道办事处，区直各部门（单位）：", "addressees of the 通知: collective subjects", text="各镇人民政府")
m("unknown-unit", "3\t编制完善区级监管事项目录", "区直有关部门 is a collective subject", text="区直有关部门")
m("unknown-unit", "18\t强化大气、水、土壤", "银川市生态环境局西夏区分局 is in units.txt (city bureau's district branch)", text="银川市生态环境局西夏区分局")
m("unknown-unit", "（一）健全组织机构。", "区委编办 is in units.txt; ④① are defined codes", text="区委编办")
m("unknown-unit", "7\t推广全区矛盾纠纷多元化解信息系统", "⑰⑪ defined codes; 区信访局 and 西夏公安分局 are in units.txt", text="区信访局")
# basis
m("basis-mismatch", "西政办发〔2023〕68号", "the document's own 文号, not a cited basis", text="西政办发〔2023〕68号")
m("basis-mismatch", "为贯彻落实党的二十大精神", "国发〔2022〕14号 and 宁政发〔2023〕17号 are correct; 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan in the seeds; 银川市 deployment is mentioned without a title", text="宁政办发〔2023〕11号")
m("basis-mismatch", "（一）工作基础。", "retrospective mention of the 2020 工作要点 (宁政办发〔2020〕14号, correct title and number) as background, not as a basis", text="宁政办发〔2020〕14号")
# deadlines
m("deadline-invalid", "（一）工作基础。", "2021年 / 2022年底 are past facts in the background, not deadlines", text="2022年底")
m("deadline-invalid", "2.建立安全评估机制。", "2023年底前 is in the document's own year (issued 2023-12-08), not before it", text="2023年底前")
m("deadline-later-than-baseline", "到2023年底，区级数字政府建设", "goal 到2023年底 equals the region's 到2023年底 goal (平台“家底”全面理清)", text="到2023年底")
m("deadline-later-than-baseline", "到2024年底，区级非涉密", "2024 goal: migration to 信创云 (task 19, 2023年启动，2024年建成; task 46, 2024年) and 外网 full coverage (task 48, 2024年) — equal", text="到2024年底")
m("deadline-later-than-baseline", "到2025年，自治区数字政府", "equals the region's 到2025年 goal (“34567”体系框架全面成型)", text="到2025年")
m("deadline-later-than-baseline", "到2035年，与政府治理能力", "equals the region's 到2035年 goal", text="到2035年")
m("deadline-later-than-baseline", "（一）健全组织机构。", "task 64 (各地参照自治区做法成立相应组织机构) 2025年, tasks 60/63 2023年; 2023年底前 is equal or earlier", text="2023年底前")
m("deadline-later-than-baseline", "2.推进教育数字化。", "task 7: 2023年形成试点经验，2025年取得明显成效; the completing milestone 2025 is equal (the intermediate 2024 区级应用经验 is a local milestone)", text="2025年取得明显成效")
m("deadline-later-than-baseline", "2.推进产业数字化。", "task 2: 2023年启动，2024年取得明显成效; 2024年底前 equal", text="2024年底前")
m("deadline-later-than-baseline", "4.提高自主可控水平。", "task 19: 2023年启动，2024年建成; 2024年底前 equal", text="2024年底前")
m("deadline-later-than-baseline", "3.提升安全防护能力。", "task 18: 2023年形成机制，长期坚持; equal", text="2023年底前形成机制，长期坚持")
m("deadline-later-than-baseline", "2.提升网络支撑能力。", "task 47 (外网升级改造、骨干网扩容、出口带宽): 2024年; equal", text="2024年底前")
m("deadline-later-than-baseline", "开展区级城域网升级改造", "task 48 (城域网升级改造，5级全覆盖): 2024年; equal", text="2024年底前")
m("deadline-later-than-baseline", "1.推动权力事项网上运行。", "task 21: 2024年 equal; task 22 (审管协同): 2025年, earlier", text="2024年底前")
m("deadline-later-than-baseline", "3.开展试点示范。", "task 28: 2023年启动，2025年取得明显成效; equal", text="2025年取得明显成效")
m("deadline-later-than-baseline", "14\t落实12345", "task 87: 2023年启动，2025年完成; 2025年底前 equal", text="2025年底前")
m("deadline-later-than-baseline", "16\t依托全区一体化政务服务平台建设企业专属", "task 89: 2024年; 2024年6月底前 is earlier", text="2024年6月底前")
m("deadline-later-than-baseline", "各责任单位于每年6月20日", "the office's own reporting dates (进展报送, 年度总结 2024年1月15日前), not task deadlines", text="2024年1月15日前")
m("deadline-later-than-baseline", "（一）加强组织领导。", "task 116: 2023年完成并长期坚持; equal", text="2023年底前完成并长期坚持")
m("deadline-later-than-baseline", "（四）强化考核评价。", "tasks 123/124: 2023年完成（形成机制），长期坚持; equal", text="2023年底前建立机制，长期坚持")
m("deadline-later-than-baseline", "18\t强化大气、水、土壤", "task 95 (大气、水、土壤…数据资源综合开发利用): 2025年; equal", text="2025年底前")

C = []
def c(task, snip): C.append({"task": task, "line": ln(snip)})
c(2, "2.推进产业数字化。"); c(3, "1.推进智慧园区建设。"); c(5, "3.完善数字经济治理。")
c(6, "1.推进公共服务数字化。"); c(7, "2.推进教育数字化。"); c(8, "3.深化“互联网+医疗健康”应用。")
c(9, "4.推进智慧城市建设。"); c(10, "5.推进数字乡村建设。"); c(12, "（三）营造良好数字生态。")
c(14, "1.强化安全管理责任。"); c(15, "2.建立安全评估机制。"); c(18, "3.提升安全防护能力。")
c(19, "4.提高自主可控水平。"); c(21, "1.推动权力事项网上运行。"); c(24, "2.完善项目管理机制。")
c(25, "2.完善项目管理机制。"); c(28, "3.开展试点示范。"); c(30, "1.摸清数据资源底数。")
c(32, "2.明确数据管理职责。"); c(36, "3.深化数据共享。"); c(41, "4.促进数据开发利用。"); c(42, "4.促进数据开发利用。")
c(46, "1.强化政务云支撑。"); c(47, "2.提升网络支撑能力。"); c(48, "开展区级城域网升级改造"); c(49, "3.统筹视频资源。")
c(51, "4.加强共性应用支撑。"); c(52, "4.加强共性应用支撑。"); c(54, "深化电子文件管理"); c(56, "扎实推进非税收入"); c(57, "扎实推进非税收入")
c(64, "（一）健全组织机构。")
c(66, "1\t依托宁夏经济运行大数据平台"); c(67, "2\t使用自治区规划综合管理信息平台"); c(68, "3\t编制完善区级监管事项目录")
c(70, "4\t推进企业信用风险分类管理"); c(71, "5\t对食品药品"); c(73, "6\t履行监管数据治理主体责任")
c(77, "7\t推广全区矛盾纠纷多元化解信息系统"); c(79, "8\t持续推进“雪亮工程”"); c(80, "9\t推进“智慧应急”建设")
c(83, "10\t实施“互联网+基层治理”行动"); c(84, "11\t依托全区一体化政务服务平台"); c(85, "12\t推行政务服务事项")
c(86, "13\t迭代升级“我的宁夏”"); c(87, "14\t落实12345"); c(88, "15\t加快“证照分离”改革"); c(89, "16\t依托全区一体化政务服务平台建设企业专属")
c(93, "17\t完成区级政府网站"); c(95, "18\t强化大气、水、土壤"); c(96, "19\t深化“互联网+城乡供水”")
c(103, "20\t建立健全大数据辅助决策机制"); c(104, "21\t推广应用全区统一的协同办公平台"); c(105, "22\t推广“宁政通”")
c(106, "23\t推广全区统一的填表报数系统"); c(107, "24\t统筹整合各部门非涉密视频会议"); c(111, "25\t整合区级机关事务管理信息系统")
c(112, "26\t进一步完善各类政务公开信息化平台"); c(114, "27\t构建政务新媒体矩阵体系"); c(115, "28\t依托12345政务服务便民热线")
c(116, "（一）加强组织领导。"); c(118, "（三）提升数字素养。"); c(123, "（四）强化考核评价。"); c(124, "（四）强化考核评价。")

key = {
 "writer": "blind writer, round 368; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("District plan of 银川市西夏区 (issued 2023-12-08), checked against the region only (no parent). "
           "Responsible units are written as circled codes defined once on line %d (①–⑱ district units, ⑲ collective 各镇人民政府、各街道办事处, ⑳ 自治区政府办公厅 as 对接单位); "
           "line %d says the first code of a body-text note is the lead, and the annex table marks 牵头/配合 explicitly. "
           "Circled numbers on lines %d and %d are ordinary list items. Deadlines 'X年底前' are read as equal to the region's 'X年'. "
           "No task is deliberately left out, so expect has no task-uncovered entries.") % (ln("（五）责任单位代码。"), ln("正文中各项任务所列责任单位"), ln("（三）营造良好数字生态。"), ln("（三）提升社会管理能力。")),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(C))
for e in expect: print(e['rule'], e['line'], e['text'], '|', L[e['line']-1][:60])
