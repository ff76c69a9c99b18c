# Builds key.json; every line number is looked up in the final draft.txt (1-based) and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(needle, after=0):
    hits = [i + 1 for i, l in enumerate(L) if needle in l and i + 1 > after]
    assert hits, needle
    return hits[0]

def at(line, text):
    assert text in L[line - 1], (line, text)
    return line

B = {}  # block number -> line of its 任务名称
for i, l in enumerate(L):
    if '.任务名称：' in l:
        B[int(l.split('.')[0])] = i + 1
def blk(n, label):
    s = B[n]
    for k in range(s, s + 6):
        if L[k - 1].startswith(label):
            return k
    raise KeyError((n, label))
D = lambda n: blk(n, '完成时限：')
C = lambda n: blk(n, '工作内容：')
U = lambda n: blk(n, '配合单位：')
H = lambda n: blk(n, '牵头单位：')

expect = [
  {"rule": "deadline-later-than-baseline", "line": at(D(11), '2025年6月底前'), "text": "2025年6月底前",
   "why": "task sheet 11 (城域网升级改造, 电子政务外网区、乡、村全覆盖) is regional task 48, 完成时限 2024年 (the neighbouring task 47, 外网升级改造, is also 2024年); 2025年6月底前 is later"},
  {"rule": "deadline-invalid", "line": at(D(21), '2024年6月31日'), "text": "2024年6月31日",
   "why": "June has 30 days: 6月31日 is an impossible date (task 93, 完成时限 2024年)"},
  {"rule": "unknown-unit", "line": at(U(2), '区科技局'), "text": "区科技局",
   "why": "not in units.txt: 惠农区 has no 科技局 in its registry (the drafter copied a city-style unit list)"},
  {"rule": "unknown-unit", "line": at(H(13), '自治区党委政法委'), "text": "自治区党委政法委",
   "why": "a regional body named as the lead (牵头单位) of a local task: copied from regional task 49's 责任单位; the local lead would be 区委政法委"},
  {"rule": "basis-mismatch", "line": at(ln('根据《国务院关于加强数字政府建设的指导意见》'), '宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not 宁政办发〔2023〕17号"},
  {"rule": "garbled-text", "line": at(ln('涓ユ牸钀藉疄'), '涓ユ牸钀藉疄'), "text": "涓ユ牸钀藉疄",
   "why": "UTF-8 read as GBK: 涓ユ牸钀藉疄杩佺Щ璁″垝 = 严格落实迁移计划, 杩佺Щ鏈熼棿淇濋殰涓氬姟杩炵画 = 迁移期间保障业务连续"},
]

P = ln('根据《国务院关于加强数字政府建设的指导意见》')
BG = ln('（二）工作基础。')
GO = ln('（三）工作目标。')
mnf = [
  {"rule": "basis-mismatch", "line": at(ln('惠政办发〔2024〕9号'), '惠政办发〔2024〕9号'), "text": "惠政办发〔2024〕9号", "why": "the office's own 文号 for this 印发 notice, not a cited basis"},
  {"rule": "basis-mismatch", "line": at(1, '《惠农区2024年数字政府建设实施方案》'), "text": "《惠农区2024年数字政府建设实施方案》", "why": "the draft's own title in its 印发 notice (also line 4), not a basis document"},
  {"rule": "basis-mismatch", "line": at(P, '国发〔2022〕14号'), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
  {"rule": "basis-mismatch", "line": at(P, '宁政办发〔2023〕11号'), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan in the seeds; a real, current document"},
  {"rule": "basis-mismatch", "line": at(P, '石嘴山市人民政府《关于加强数字政府建设的实施方案》'), "text": "石嘴山市人民政府《关于加强数字政府建设的实施方案》", "why": "the city plan cited by title alone, without 文号, as county plans do"},
  {"rule": "basis-mismatch", "line": at(BG, '宁政办发〔2020〕14号'), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background paragraph (自…印发以来), not cited as a basis; title and 文号 match"},
  {"rule": "deadline-invalid", "line": at(BG, '2023年'), "text": "2023年", "why": "a past date in the background (what was done in 2023), not a deadline"},
  {"rule": "deadline-invalid", "line": at(ln('2024年3月18日'), '2024年3月18日'), "text": "2024年3月18日", "why": "the office's own issue date"},
  {"rule": "deadline-later-than-baseline", "line": at(GO, '到2025年'), "text": "到2025年", "why": "same goal and year as the region's 主要目标 (到2025年 “34567”体系框架全面成型)"},
  {"rule": "deadline-later-than-baseline", "line": at(GO, '2024年底前'), "text": "2024年底前", "why": "2024 goals: 外网向村延伸 (task 48, 2024年), 系统迁移上云 (tasks 43 2024年建成 / 46 2024年) — equal, and none of the region's 2023年底 goals is restated"},
  {"rule": "deadline-later-than-baseline", "line": at(D(1), '持续推进，2025年取得明显成效'), "why": "task 3 完成时限 持续推进，2025年取得明显成效 — copied, equal"},
  {"rule": "deadline-later-than-baseline", "line": at(D(2), '2024年12月底前'), "why": "task 2 完成时限 2023年启动，2024年取得明显成效 — completing milestone 2024, equal"},
  {"rule": "deadline-later-than-baseline", "line": at(D(3), '2025年9月底前'), "why": "task 9 完成时限 持续推进，2025年取得明显成效 — same year, earlier than year end"},
  {"rule": "deadline-later-than-baseline", "line": at(D(4), '2025年6月底前'), "why": "task 10 完成时限 持续推进，2025年取得明显成效 — earlier"},
  {"rule": "deadline-later-than-baseline", "line": at(D(5), '2025年'), "why": "task 12 完成时限 2025年 — equal"},
  {"rule": "deadline-invalid", "line": at(D(6), '2023年形成机制，长期坚持'), "text": "2023年形成机制", "why": "regional deadline of task 18 (2023年形成机制，长期坚持) copied verbatim; lies before the plan's year but is the region's own milestone"},
  {"rule": "deadline-later-than-baseline", "line": D(6), "why": "equal to task 18 (2023年形成机制，长期坚持); task 14 (主体责任, 2023年) also equal"},
  {"rule": "deadline-later-than-baseline", "line": at(D(7), '2024年启动，2025年取得明显成效'), "why": "task 28 完成时限 2023年启动，2025年取得明显成效 — the completing milestone 2025 is equal; only the start milestone is later, and the plan itself is a 2024 plan"},
  {"rule": "deadline-later-than-baseline", "line": at(D(8), '2024年12月底前'), "why": "task 21 完成时限 2024年 — equal (task 22, 审管协同, is 2025年 — earlier)"},
  {"rule": "deadline-later-than-baseline", "line": at(D(9), '2024年10月底前'), "why": "tasks 41 and 42 完成时限 2024年 — earlier"},
  {"rule": "deadline-later-than-baseline", "line": at(D(10), '2024年12月底前'), "why": "tasks 40 and 54 完成时限 2024年 — equal"},
  {"rule": "deadline-later-than-baseline", "line": at(D(12), '2024年11月底前'), "why": "task 46 完成时限 2024年 (task 43: 2024 年建成，持续推进) — earlier"},
  {"rule": "deadline-later-than-baseline", "line": at(D(13), '2025年'), "why": "task 49 完成时限 2025年 — equal (the mistake in this sheet is its lead unit, not its deadline)"},
  {"rule": "deadline-later-than-baseline", "line": at(D(14), '2024年6月底前'), "why": "task 64 完成时限 2025年 — earlier"},
  {"rule": "deadline-later-than-baseline", "line": at(D(15), '2025年6月底前'), "why": "层级职责 (六级贯通) has no dated task of its own; the nearest, task 81 (指挥调度), is 2025年 — earlier"},
  {"rule": "deadline-later-than-baseline", "line": at(D(16), '2024年12月底前'), "why": "task 65 完成时限 2024年 (equal), task 66 2025年 (earlier)"},
  {"rule": "deadline-later-than-baseline", "line": at(D(17), '2024年12月底前'), "why": "tasks 70 and 71 完成时限 2024年 — equal"},
  {"rule": "deadline-later-than-baseline", "line": at(D(18), '2024年12月底前'), "why": "task 77 完成时限 2024年 (equal), task 83 2025年 (earlier)"},
  {"rule": "deadline-invalid", "line": at(D(19), '2024年11月30日前'), "text": "2024年11月30日", "why": "a valid date (November has 30 days); task 80 完成时限 2024年 — also not later"},
  {"rule": "deadline-later-than-baseline", "line": at(D(20), '2024年9月底前'), "why": "tasks 84 and 86 完成时限 2024年 — earlier"},
  {"rule": "deadline-later-than-baseline", "line": at(D(22), '2024年12月底前'), "why": "task 95 and 102 完成时限 2025年 (earlier); task 94 2024年 (equal)"},
  {"rule": "deadline-later-than-baseline", "line": at(D(23), '2024年12月底前'), "why": "tasks 104 and 105 完成时限 2024年 (equal); 填表报数 task 106 2025年 (earlier)"},
  {"rule": "deadline-later-than-baseline", "line": at(D(24), '2024年12月底前'), "why": "tasks 112 and 114 完成时限 2024年 — equal"},
  {"rule": "deadline-later-than-baseline", "line": at(ln('2025年1月15日前'), '2025年1月15日前'), "text": "2025年1月15日前", "why": "the office's own reporting date for the 2024 annual summary (and 每季度末月25日前), not a task deadline; 考核 tasks 121–123 are 长期坚持"},
  {"rule": "unknown-unit", "line": at(U(3), '交通运输局、水务局'), "text": "交通运输局", "why": "prefix 区 distributes over the list: 区交通运输局, 区水务局 are in units.txt"},
  {"rule": "unknown-unit", "line": at(U(3), '石嘴山市公安局惠农区分局'), "text": "石嘴山市公安局惠农区分局", "why": "listed in units.txt as one name (市 body's district branch); never split"},
  {"rule": "unknown-unit", "line": at(U(1), '石嘴山经济技术开发区管委会'), "text": "石嘴山经济技术开发区管委会", "why": "in units.txt"},
  {"rule": "unknown-unit", "line": at(U(4), '各乡镇人民政府'), "text": "各乡镇人民政府", "why": "collective subject"},
  {"rule": "unknown-unit", "line": at(U(4), '各村（社区）'), "text": "各村（社区）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": at(U(6), '区直各部门（单位）'), "text": "区直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": at(U(7), '区直有关部门'), "text": "区直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": at(U(7), '各乡镇（街道）'), "text": "各乡镇（街道）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": at(U(11), '各街道办事处'), "text": "各街道办事处", "why": "collective subject"},
  {"rule": "unknown-unit", "line": at(H(16), '区发改局'), "text": "区发改局", "why": "short name of 区发展和改革局 in units.txt"},
  {"rule": "unknown-unit", "line": at(H(17), '区市场监管局'), "text": "区市场监管局", "why": "short name of 区市场监督管理局 in units.txt"},
  {"rule": "unknown-unit", "line": at(U(17), '区工信局'), "text": "区工信局", "why": "short name of 区工业和信息化局 in units.txt"},
  {"rule": "unknown-unit", "line": at(H(18), '区委政法委'), "text": "区委政法委", "why": "the district's own 政法委 (in units.txt) as lead — not the regional 自治区党委政法委"},
  {"rule": "unknown-unit", "line": at(U(18), '区公安分局'), "text": "区公安分局", "why": "short name of 石嘴山市公安局惠农区分局 in units.txt"},
  {"rule": "unknown-unit", "line": at(U(19), '惠农区消防救援大队'), "text": "惠农区消防救援大队", "why": "in units.txt (a unit outside the district government proper)"},
  {"rule": "unknown-unit", "line": at(U(19), '区自然资源分局'), "text": "区自然资源分局", "why": "short name of 石嘴山市自然资源局惠农分局 in units.txt"},
  {"rule": "unknown-unit", "line": at(U(19), '区卫健局'), "text": "区卫健局", "why": "short name of 区卫生健康局 in units.txt"},
  {"rule": "unknown-unit", "line": at(H(20), '区审批局'), "text": "区审批局", "why": "short name of 区审批服务管理局 in units.txt"},
  {"rule": "unknown-unit", "line": at(U(21), '区残联'), "text": "区残联", "why": "short name of 区残疾人联合会 (a mass organisation) in units.txt"},
  {"rule": "unknown-unit", "line": at(H(22), '区生态环境分局'), "text": "区生态环境分局", "why": "short name of 石嘴山市生态环境局惠农分局 in units.txt"},
  {"rule": "garbled-text", "line": at(ln('“宁政通”移动办公'), '宁政通'), "text": "宁政通", "why": "a domain term (the region's mobile office app), not mojibake"},
  {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "part 四 (lines %d–%d) takes up the work system: 组织机构 (工作专班, task 64) and 层级职责 under a different heading" % (ln('四、健全工作体系'), D(15))},
  {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "task sheet 15 (厘清区、乡、村三级职责, line %d) follows the 六级贯通 层级架构" % C(15)},
  {"rule": "missing-pillar", "line": 0, "pillar": "组织领导", "why": "保障措施（一） line %d (一把手工程, 主要领导负责制) — the 党的领导 items are under the heading 保障措施" % ln('（一）加强组织领导')},
  {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "保障措施（二） 强化资金保障, line %d" % ln('（二）强化资金保障')},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "保障措施（三） 提升数字素养, line %d" % ln('（三）提升数字素养')},
  {"rule": "missing-pillar", "line": 0, "pillar": "考核评价", "why": "保障措施（四） 严格考核评价, line %d" % ln('（四）严格考核评价')},
  {"rule": "missing-pillar", "line": 0, "pillar": "制度规则", "why": "task sheets 7 (试点示范, task 28) and 8 (行政权力事项网上运行, task 21) under part 三 四个支撑"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "task sheet 5 营造良好数字生态 (task 12), line %d" % C(5)},
]

covers = []
def cov(task, line): covers.append({"task": task, "line": line})
cov(3, C(1)); cov(2, C(2)); cov(9, C(3)); cov(10, C(4)); cov(12, C(5))
cov(14, C(6)); cov(18, C(6)); cov(28, C(7)); cov(21, C(8)); cov(41, C(9)); cov(42, C(9))
cov(40, C(10)); cov(54, C(10)); cov(48, C(11)); cov(46, C(12)); cov(49, C(13)); cov(64, C(14))
cov(65, C(16)); cov(66, C(16)); cov(70, C(17)); cov(71, C(17)); cov(77, C(18)); cov(83, C(18)); cov(80, C(19))
cov(84, C(20)); cov(86, C(20)); cov(93, C(21)); cov(95, C(22)); cov(102, C(22)); cov(104, C(23)); cov(105, C(23)); cov(106, C(23))
cov(112, C(24)); cov(114, C(24)); cov(116, ln('（一）加强组织领导')); cov(25, ln('（二）强化资金保障'))
cov(118, ln('（三）提升数字素养')); cov(123, ln('（四）严格考核评价'))

key = {
  "writer": "blind writer, round 672; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("惠农区 (石嘴山市) 2024 实施方案 written as 24 task sheets (任务名称/工作内容/牵头单位/配合单位/完成时限/工作要求), "
            "between a short 总体要求 and 保障措施; checked against ningxia-2023 with no parent plan. Line 14 states that the first-listed lead is the main lead. "
            "The 党的领导 pillar items sit under the heading 保障措施. Task sheet 6 copies the regional deadline of task 18 (2023年形成机制，长期坚持) although the plan is for 2024: a near miss, not deadline-invalid. "
            "Task sheet 7 starts in 2024 where task 28 started in 2023 but completes in 2025 like the region: not late by the completing-milestone rule. "
            "No task-uncovered is planted; many tasks for cities/counties are naturally absent from a 24-sheet annual plan and are left unannotated.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e['text'], '|', L[e['line']-1][:50])
