# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def at(line, text):
    assert text in L[line-1], (line, text, L[line-1][:80])
    return line

def row(n, offset=79):
    # task-list row n of 附件1 sits at line offset+n; check its 序号
    line = offset + n
    assert L[line-1].split('\t')[0] == str(n), (n, L[line-1][:20])
    return line

def prow(n, offset=126):
    line = offset + n
    assert L[line-1].split('\t')[0] == str(n), (n, L[line-1][:20])
    return line

E, M, C = [], [], []
# ---------- planted mistakes ----------
E.append(dict(rule="basis-mismatch", line=at(9, "关于加强数字政府建设的工作方案"), text="关于加强数字政府建设的工作方案",
    why="the parent 吴忠市 document is 《关于加强数字政府建设的实施方案》 (seeds/wuzhong-2023-shishi-fangan.txt, 2023-11-27); 工作方案 is a wrong title"))
E.append(dict(rule="garbled-text", line=at(47, "寤虹珛鍋ュ叏鏀垮姟"), text="寤虹珛鍋ュ叏鏀垮姟",
    why="UTF-8 read as GBK: the run 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 is 建立健全政务数据供需对接机制"))
E.append(dict(rule="unknown-unit", line=at(row(14), "区数据局"), text="区数据局",
    why="no such unit in units.txt (the district's data body is 区大数据服务中心); not a regional unit either"))
E.append(dict(rule="deadline-invalid", line=at(row(18), "2014年底前"), text="2014年底",
    why="typo for 2024: a deadline ten years before the plan's own year (2024); the row takes up task 57 (信用信息公共服务平台), 完成时限 2024年"))
E.append(dict(rule="deadline-later-than-baseline", line=at(row(32), "2025年底前"), text="2025年底",
    why="task 93 (适老化与信息无障碍建设) 完成时限 2024年; the row says 2025年底前"))
E.append(dict(rule="unknown-unit", line=at(row(36), "自治区政府办公厅牵头"), text="自治区政府办公厅",
    why="regional body named as the lead of a local task, copied from task 104's 责任单位 (自治区政府办公厅牵头负责); the district row should name a 利通区 unit (区政府办公室)"))

# ---------- near misses ----------
def mnf(rule, line, why, text=None):
    d = dict(rule=rule, line=line)
    if text is not None:
        d["text"] = text
    d["why"] = why
    M.append(d)

mnf("basis-mismatch", at(2, "利政办发〔2024〕9号"), "the notice's own 文号, not a cited basis document", "利政办发〔2024〕9号")
mnf("basis-mismatch", at(4, "《利通区关于加强数字政府建设的实施方案》"), "the draft's own title in the 印发 notice, not a basis citation", "利通区关于加强数字政府建设的实施方案")
mnf("basis-mismatch", at(9, "（国发〔2022〕14号）"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
mnf("basis-mismatch", at(9, "（宁政发〔2023〕17号）"), "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
mnf("basis-mismatch", at(9, "（宁政办发〔2023〕11号）"), "cited exactly as the 吴忠 plan cites it (数字宁夏“1244+N”行动计划实施方案, 宁政办发〔2023〕11号)", "宁政办发〔2023〕11号")
mnf("basis-mismatch", at(14, "宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (印发以来), not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号")
mnf("deadline-invalid", at(6, "2024年3月15日"), "the notice's own date of issue", "2024年3月15日")
mnf("deadline-invalid", at(14, "2023年，我区"), "past date in the 工作基础 background, not a deadline", "2023年")
mnf("deadline-later-than-baseline", at(14, "全面理清数字政府各类平台“家底”"), "retrospective: 家底 cleared in 2023, the year of the region's (到2023年底) and the city's (到2023年底) goal; equal and in the past", "2023年")
mnf("deadline-later-than-baseline", at(16, "到2024年底"), "goal = tasks 46 (2024年) and 48 (2024年): systems migrated to 政务云 and 外网 to 村（社区） by end 2024; equal", "2024年底")
mnf("deadline-later-than-baseline", at(17, "到2025年"), "same year as the region's 2025 goal (“34567”体系框架全面成型) and the 吴忠 plan's 2025 goal (“1347”体系框架全面成型)", "2025年")
mnf("deadline-later-than-baseline", at(18, "到2035年"), "2035 vision equal to the region's and the city's 到2035年", "2035年")
mnf("deadline-invalid", at(73, "2024年12月10日前"), "the office's own reporting date (年度工作总结), not a task deadline", "2024年12月10日")
mnf("deadline-later-than-baseline", at(73, "每季度最后一个月25日前"), "quarterly reporting schedule of the drafting office, not a deadline of a regional task")
mnf("deadline-later-than-baseline", at(row(1), "2024年6月底前"), "task 64 完成时限 2025年; the row is earlier", "2024年6月底")
mnf("deadline-later-than-baseline", at(row(2), "\t2024年"), "task 2 完成时限 2023年启动，2024年取得明显成效; equal", "2024年")
mnf("unknown-unit", at(row(2), "区发改局"), "short name of 区发展改革局 listed in units.txt", "区发改局")
mnf("unknown-unit", at(row(3), "、应急管理局配合"), "prefix 区 distributes: 区应急管理局 is in units.txt", "应急管理局")
mnf("deadline-later-than-baseline", at(row(3), "持续推进，2025年取得明显成效"), "task 3 完成时限 持续推进，2025年取得明显成效; copied, equal")
mnf("unknown-unit", at(row(4), "卫生健康局、人力资源社会保障局、民政局、文化旅游体育广电局"), "prefix 区 distributes over the list: 区卫生健康局, 区人力资源社会保障局, 区民政局, 区文化旅游体育广电局 are all in units.txt")
mnf("deadline-later-than-baseline", at(row(4), "\t2025年"), "task 6 完成时限 持续推进，2025年取得明显成效; equal", "2025年")
mnf("unknown-unit", at(row(5), "区卫健局"), "short name of 区卫生健康局 listed in units.txt", "区卫健局")
mnf("unknown-unit", at(row(7), "各乡镇人民政府"), "collective subject", "各乡镇人民政府")
mnf("deadline-invalid", at(row(8), "2023年形成机制，长期坚持"), "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan's year", "2023年")
mnf("deadline-later-than-baseline", at(row(8), "2023年形成机制，长期坚持"), "task 18 完成时限 2023年形成机制，长期坚持; identical")
mnf("deadline-later-than-baseline", at(row(9), "2024年11月底前"), "task 46 完成时限 2024年; earlier", "2024年11月底")
mnf("deadline-later-than-baseline", at(row(11), "2024年底前"), "task 48 完成时限 2024年; equal", "2024年底")
mnf("unknown-unit", at(row(19), "统计局、工业信息化和商务局"), "prefix 区 distributes: 区统计局, 区工业信息化和商务局 are in units.txt")
mnf("unknown-unit", at(row(22), "承担监管职责的区直有关部门（单位）"), "collective subject (mirrors 承担监管职责的自治区有关部门（单位） of task 74)", "承担监管职责的区直有关部门（单位）")
mnf("unknown-unit", at(row(25), "利通区消防救援大队"), "派驻 unit listed in units.txt", "利通区消防救援大队")
mnf("unknown-unit", at(row(26), "各村（社区）"), "collective subject", "各村（社区）")
mnf("unknown-unit", at(row(28), "区审批局"), "short name of 区审批服务管理局 listed in units.txt", "区审批局")
mnf("deadline-later-than-baseline", at(row(28), "2024年9月底前"), "task 86 完成时限 2024年; earlier", "2024年9月底")
mnf("unknown-unit", at(row(37), "区政府办"), "short name of 区人民政府办公室 listed in units.txt", "区政府办")
mnf("deadline-later-than-baseline", at(row(40), "\t2025年"), "task 111 完成时限 2025年; equal", "2025年")
mnf("deadline-later-than-baseline", at(row(44), "长期坚持"), "task 121 完成时限 长期坚持; equal", "长期坚持")
mnf("unknown-unit", at(3, "各乡镇人民政府、街道办事处"), "collective addressees of the notice", "各乡镇人民政府、街道办事处")
mnf("unknown-unit", at(row(3), "金积工业园区管委会"), "park committee listed in units.txt", "金积工业园区管委会")
mnf("deadline-invalid", at(prow(3), "2023年9月—2025年6月"), "project period that started before the plan's year (project already under way); not a deadline, and its end (2025年6月) is within task 9's 2025", "2023年9月")
mnf("deadline-later-than-baseline", at(prow(3), "\t2035\t"), "总投资（万元） figure 2035, not a year", "2035")
mnf("deadline-later-than-baseline", at(prow(9), "\t2026\t"), "总投资（万元） figure 2026, not a year", "2026")
mnf("deadline-later-than-baseline", at(prow(5), "2024年4月—2025年10月"), "project period ends 2025年10月, within task 96's 2025年", "2025年10月")
mnf("deadline-later-than-baseline", at(prow(11), "2024年4月—2024年10月"), "适老化 project period ends 2024年10月, within task 93's 2024年 (the slip is only in 附件1 row 32)", "2024年10月")
mnf("deadline-later-than-baseline", at(prow(13), "2025年1月—2025年12月"), "project period ends 2025年12月, task 111 完成时限 2025年; equal", "2025年12月")
mnf("deadline-later-than-baseline", at(prow(4), "2024年—2025年"), "project period ends 2025, task 3 完成时限 持续推进，2025年取得明显成效; equal", "2025年")
mnf("deadline-later-than-baseline", at(141, "20697.5"), "合计 of 总投资（万元）, equals the sum of the 14 rows; not a date", "20697.5")
mnf("missing-pillar", 0, "五个一 is taken up under 健全“一套体系” (line 19–21: 领导小组, 技术支撑, 运营公司, 专家咨询委员会) as the 吴忠 plan does", None)
M[-1]["pillar"] = "五个一"
mnf("missing-pillar", 0, "六级贯通 is taken up in line 22 (厘清层级职责, 区、乡镇（街道）、村（社区） layers)", None)
M[-1]["pillar"] = "六级贯通"
mnf("missing-pillar", 0, "数字生态 is taken up in line 34 (数据要素市场, 数据交易, 网络生态) though it is one short paragraph", None)
M[-1]["pillar"] = "数字生态"

# ---------- covers ----------
cov = {64: row(1), 2: row(2), 3: row(3), 6: row(4), 8: row(5), 9: row(6), 10: row(7), 18: row(8),
       46: row(9), 47: row(10), 48: row(11), 50: row(12), 49: row(13), 41: row(14), 40: row(15), 54: row(16),
       56: row(17), 57: row(18), 66: row(19), 71: row(20), 73: row(21), 74: row(22), 77: row(23), 79: row(24),
       80: row(25), 83: row(26), 84: row(27), 86: row(28), 88: row(29), 89: row(30), 90: row(31), 93: row(32),
       95: row(33), 96: row(34), 97: row(35), 104: row(36), 105: row(37), 106: row(38), 107: row(39), 111: row(40),
       112: row(41), 114: row(42), 115: row(43), 121: row(44),
       7: at(31, "国家智慧教育平台"), 11: at(33, "数字供销"), 12: at(34, "数据交易"), 14: at(38, "主体责任、监督责任"),
       15: at(38, "重大事件处置机制"), 17: at(39, "分类分级保护"), 21: at(42, "网上运行、动态管理"), 24: at(43, "会商机制"),
       28: at(44, "试点示范"), 30: at(46, "“一本账”"), 32: at(46, "数据管理机构及其职责分工"), 42: at(48, "供水、供电、供气"),
       67: at(55, "规划综合管理信息平台"), 68: at(56, "照单监管"), 85: at(63, "“免证办”"), 102: at(65, "绿色低碳转型"),
       103: at(66, "辅助决策"), 108: at(66, "公共资源交易全流程"), 116: at(69, "“一把手”工程"), 25: at(70, "年度运维资金挂钩"),
       118: at(71, "数字治理能力"), 123: at(72, "综合考核评价的重要参考"), 124: at(72, "督促检查和经验交流")}
for t in sorted(cov):
    C.append(dict(task=t, line=cov[t]))

key = {
  "writer": "blind writer, round 742; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": E,
  "mustNotFlag": M,
  "covers": C,
  "notes": ("利通区 2024 实施方案 (issued 2024-03-15) with 附件1 重点任务清单 (44 rows, lines 80-123, 序号|重点任务|责任单位|完成时限) and "
            "附件2 重点项目清单 (14 projects + 合计, lines 127-141, 序号|项目名称|建设内容|建设周期|总投资（万元）|责任单位). "
            "Six planted slips: wrong title of the 吴忠 basis document (工作方案), mojibake run, unknown unit 区数据局, "
            "impossible 2014年 deadline (typo for 2024), late 2025年底 deadline on task 93, regional body 自治区政府办公厅 as lead of a local row. "
            "Project 建设周期 all end no later than the matching task's 完成时限; 总投资 2035 and 2026 are sums in 万元, not years; 合计 20697.5 is the exact sum. "
            "Responsibility units appear only in the two annex tables; body text names no responsible units except the 领导小组办公室 set-up in line 21. "
            "No task-uncovered is planted; tasks not in covers are simply not taken up.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), "expect;", len(M), "mustNotFlag;", len(C), "covers;", len(L), "lines")
