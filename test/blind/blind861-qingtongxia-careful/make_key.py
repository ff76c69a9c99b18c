# Builds key.json from draft.txt; every line number is looked up from the text itself.
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(sub, nth=1, start=1):
    hits = [i for i, l in enumerate(L, 1) if sub in l and i >= start]
    assert len(hits) >= nth, (sub, hits)
    return hits[nth - 1]

def task_line(n):
    return ln('对应自治区任务清单第%d项）' % n)

expect = [
    {"rule": "deadline-later-than-baseline", "line": task_line(48), "text": "2025年6月底前",
     "why": "measure 32 (电子政务外网向村延伸/城域网升级改造, 区市县乡村全覆盖) takes up regional task 48, whose 完成时限 is 2024年; the draft gives 2025年6月底前"},
    {"rule": "deadline-invalid", "line": task_line(93), "text": "2014年10月底前",
     "why": "typo for 2024: a deadline ten years before the plan is issued (2024年3月15日); task 93 (适老化与信息无障碍) is due 2024年"},
    {"rule": "unknown-unit", "line": task_line(41), "text": "市数据局",
     "why": "no 市数据局 exists in 青铜峡市's registry (units.txt) nor among the regional units; the data work is led elsewhere in the draft by 市人民政府办公室"},
    {"rule": "basis-mismatch", "line": ln('（宁政办发〔2023〕17号）'), "text": "宁政办发〔2023〕17号",
     "why": "the 编制说明 cites 《自治区人民政府关于加强数字政府建设的实施意见》 with 宁政办发〔2023〕17号; its number is 宁政发〔2023〕17号 (correct in the preamble, line %d)" % ln('（宁政发〔2023〕17号）')},
    {"rule": "garbled-text", "line": ln('鎺ㄥ姩鏀跨瓥'), "text": "鎺ㄥ姩鏀跨瓥淇℃伅",
     "why": "UTF-8 read as GBK: 鎺ㄥ姩鏀跨瓥淇℃伅闆嗘垚鏅鸿兘鍙戝竷 = 推动政策信息集成智能发布"},
    {"rule": "missing-pillar", "line": 0, "pillar": "经济调节",
     "why": "the 七个能力 section lists only six abilities (市场监管 … 政务公开) and nothing in the draft takes up 经济调节 (经济治理基础数据库, 经济运行监测预警, 经济政策统筹协调; tasks 65-67)"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    M.append(e)

# basis-mismatch near misses
mnf("basis-mismatch", 1, "the draft's own title in the notice of issue, not a basis document", "《青铜峡市2024年数字政府建设实施方案》")
mnf("basis-mismatch", 2, "the notice's own 文号 (青政办发〔2024〕12号), not a cited document", "青政办发〔2024〕12号")
p = ln('（国发〔2022〕14号）')
mnf("basis-mismatch", p, "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
mnf("basis-mismatch", p, "correct: 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号", "宁政发〔2023〕17号")
mnf("basis-mismatch", p, "correct title of the regional task list (附件2 of 宁政发〔2023〕17号)", "全区数字政府建设重点任务清单（2023年—2025年）")
mnf("basis-mismatch", p, "the parent city plan cited by its exact title without a 文号, as DOMAIN allows", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
mnf("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the background section, not cited as a basis", "宁政办发〔2020〕14号")
mnf("basis-mismatch", ln('宁政办发〔2023〕11号'), "same title and 文号 as cited in the 吴忠 plan", "宁政办发〔2023〕11号")
mnf("basis-mismatch", task_line(96), "a task-number citation, and the right one (task 96 is 互联网+城乡供水 / 数字治水)", "对应自治区任务清单第96项")
mnf("basis-mismatch", task_line(121), "a task-number citation, and the right one (task 121 is 年度工作要点和考核指标体系)", "对应自治区任务清单第121项")

# deadline-invalid near misses (dates before 2024 that are not deadlines of this plan)
mnf("deadline-invalid", p, "2023年 is part of the task list's title (2023年—2025年)", "2023年")
mnf("deadline-invalid", ln('宁政办发〔2020〕14号'), "2020 is the year of a document mentioned retrospectively", "2020年")
mnf("deadline-invalid", ln('2023年，我市调整成立'), "past date in the background section", "2023年")
for n in (32, 14, 116):
    mnf("deadline-invalid", task_line(n), "'2023年已完成，长期坚持' copies the regional 2023年 deadline of task %d as a completed status, not a new deadline" % n, "2023年已完成")
mnf("deadline-invalid", task_line(18), "'2023年形成机制，长期坚持' is task 18's own regional deadline, copied", "2023年形成机制")

# deadline-later-than-baseline near misses
mnf("deadline-later-than-baseline", ln('到2024年底，全市政务信息系统'), "2024 goal on cloud migration (task 46, 2024年), open-data catalogue (41, 2024年), 我的宁夏 (86, 2024年), 宁政通 (105, 2024年), 协同办公 (104, 2024年): all equal", "2024年底")
mnf("deadline-later-than-baseline", ln('到2025年，与吴忠市同步建成'), "framework 全面成型 by 2025, the same year as the region's 34567 goal and 吴忠's 1347 goal", "2025年")
mnf("deadline-later-than-baseline", task_line(64), "task 64 is due 2025年; 2024年4月底前 is earlier", "2024年4月底前")
mnf("deadline-later-than-baseline", task_line(2), "task 2: 2023年启动，2024年取得明显成效; equal", "2024年12月底前取得明显成效")
mnf("deadline-later-than-baseline", task_line(7), "2024年秋季学期 is earlier than task 7's 2025年取得明显成效", "2024年秋季学期")
mnf("deadline-later-than-baseline", task_line(9), "task 9: 持续推进，2025年取得明显成效; 2025年底前 is the same year", "2025年底前")
mnf("deadline-later-than-baseline", task_line(11), "task 11: 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal", "2025年取得明显成效")
mnf("deadline-later-than-baseline", task_line(12), "task 12 is due 2025年; equal", "2025年底前")
mnf("deadline-later-than-baseline", task_line(28), "task 28: 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal — the county's own start (2024年申报) is not the milestone that completes the task", "2024年申报")
mnf("deadline-later-than-baseline", task_line(29), "task 29: 2023年启动，2025年完成; 2024年12月底前 is earlier", "2024年12月底前")
mnf("deadline-later-than-baseline", task_line(49), "task 49 is due 2025年; 2025年6月底前 is within it (same text as the planted slip on task 48, but here it is right)", "2025年6月底前")
mnf("deadline-later-than-baseline", task_line(83), "task 83 is due 2025年; equal", "2025年底前")
mnf("deadline-later-than-baseline", task_line(87), "task 87: 2023年启动，2025年完成; 2024年11月底前 is earlier", "2024年11月底前")
mnf("deadline-later-than-baseline", task_line(96), "task 96 is due 2025年; equal", "2025年底前")
mnf("deadline-later-than-baseline", task_line(106), "task 106 is due 2025年; 2024年12月底前 is earlier", "2024年12月底前")
mnf("deadline-later-than-baseline", task_line(108), "task 108: 长期推进，2024年取得明显成效; copied, equal", "长期推进，2024年取得明显成效")
mnf("deadline-later-than-baseline", task_line(118), "task 118: 2023年完成并长期坚持; 长期坚持 names no later milestone", "长期坚持")
mnf("deadline-later-than-baseline", ln('2025年1月10日前'), "the office's own reporting date for the annual summary, not a task deadline", "2025年1月10日前")
mnf("deadline-later-than-baseline", ln('5\t视频资源整合'), "table row for task 49 (due 2025年); 2025年6月底前 is within it", "2025年6月底前")
mnf("deadline-later-than-baseline", ln('9\t数字孪生灌区'), "table row for task 96 (due 2025年); equal", "2025年底前")

# unknown-unit near misses
mnf("unknown-unit", 3, "各乡镇人民政府 is a collective; 裕民街道办事处 is in units.txt", "各乡镇人民政府")
mnf("unknown-unit", task_line(3), "short name of 宁夏青铜峡工业园区管理委员会 in units.txt", "青铜峡工业园区管委会")
mnf("unknown-unit", task_line(3), "vertically managed branch listed in units.txt", "吴忠市生态环境局青铜峡分局")
mnf("unknown-unit", task_line(6), "prefix 市 distributes: 市卫生健康局, 市人力资源和社会保障局, 市文化旅游体育广电局, 市民政局, all in units.txt", "卫生健康局")
mnf("unknown-unit", task_line(8), "市人民医院、市中医医院 are named in the measure text as service providers, not as responsible units", "市人民医院")
mnf("unknown-unit", task_line(24), "prefix distributes: 市财政局, 市审计局", "财政局、审计局")
mnf("unknown-unit", task_line(24), "body text names the leading group's office; its short name is in units.txt", "市数字政府建设领导小组办公室")
mnf("unknown-unit", task_line(33), "prefix 市 + 市场监督管理局 = 市市场监督管理局 (in units.txt)", "市场监督管理局")
mnf("unknown-unit", task_line(34), "prefix distributes: 市卫生健康局, 市应急管理局, 市审批服务管理局", "应急管理局")
mnf("unknown-unit", task_line(46), "自治区政府办公厅 is named as the regional body that coordinates the 信创云; the local lead is 市人民政府办公室", "自治区政府办公厅")
mnf("unknown-unit", task_line(74), "short names in units.txt: 市市场监管局, 市住建局, 市生态环境分局", "市市场监管局")
mnf("unknown-unit", task_line(83), "各村（社区） is a collective subject", "各村（社区）")
mnf("unknown-unit", task_line(84), "市审批局 is the short name of 市审批服务管理局", "市审批局")
mnf("unknown-unit", task_line(28), "市直有关部门 is a collective subject", "市直有关部门")
mnf("unknown-unit", task_line(118), "市委党校 is in units.txt", "市委党校")
mnf("unknown-unit", ln('2025年1月10日前'), "市推进数字政府建设领导小组办公室 is in units.txt (and is the addressee of reports, not a responsible unit)", "市推进数字政府建设领导小组办公室")

# garbled-text near miss
mnf("garbled-text", task_line(84), "易办·吴优 is the 吴忠 service brand with an ordinary middle dot, not damage", "易办·吴优")

# missing-pillar near misses
mnf("missing-pillar", 0, "数字生态 is taken up in 三（三） (data-element market, data-trading rules; tasks 12-13)")
mnf("missing-pillar", 0, "五个一/六级贯通 is folded into 二、一套体系 (健全组织机构, 厘清层级职责, 完善工作机制) as in the 吴忠 plan")
mnf("missing-pillar", 0, "all four 党的领导 items are present under 六、保障措施 (组织领导, 财政投入, 数字素养, 考核评价)")

covers = []
seen = set()
for i, l in enumerate(L, 1):
    m = re.search(r'对应自治区任务清单第(\d+)项', l)
    if m and int(m.group(1)) not in seen:
        seen.add(int(m.group(1)))
        covers.append({"task": int(m.group(1)), "line": i})

key = {
    "writer": "blind writer, round 861; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("青铜峡市 2024 实施方案 by a careful office: every measure carries an inline note (责任单位；完成时限；对应自治区任务清单第N项), "
              "all task-number citations are correct (KEY-FORMAT has no rule for a wrong one, so none was planted). "
              "Ten tasks due 2023 are noted as '2023年已完成，长期坚持' (status, not a new deadline). "
              "Task 65-67 (经济调节) are deliberately not taken up; they are led by regional bodies, so no task-uncovered entry is expected for them. "
              "units.txt is the county's own registry; the parent 吴忠 plan has no task list in its text, so only its goals can be compared."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
