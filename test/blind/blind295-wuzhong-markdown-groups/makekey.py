# Helper kept in the case folder: builds key.json and checks every line number against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(needle, after=0, occurrence=1):
    hits = [i + 1 for i, l in enumerate(L) if needle in l and i + 1 > after]
    assert len(hits) >= occurrence, needle
    return hits[occurrence - 1]

def check(line, text):
    if line and text:
        assert text in L[line - 1], (line, text)

T = 144  # table starts after this line
expect = [
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
     "why": "parent 吴忠 plan, 主要目标: 到2025年 …与自治区共性基础支撑体系实现对接复用、互联互通，形成集约化水平显著提升的数字政府运行新格局; the draft moves the same goal to 2026 (the region's own 2025 goal also has 基础设施集约完备)"},
    {"rule": "deadline-later-than-baseline", "line": ln("2025年6月底前", after=T), "text": "2025年6月底前",
     "why": "row 12 is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责), 完成时限 2024年 (task 47, 电子政务外网升级改造, is also 2024年)"},
    {"rule": "deadline-invalid", "line": ln("9月31日"), "text": "2024年9月31日",
     "why": "September has 30 days; impossible date. Row 11 is task 46 (推进政务信息系统有序迁移), 完成时限 2024年, so the year itself is not late"},
    {"rule": "unknown-unit", "line": ln("区科技局"), "text": "区科技局",
     "why": "not in units.txt (the district registry has no 科技局; copied from the city's 市科技局); not a regional unit or collective"},
    {"rule": "unknown-unit", "line": ln("| 26 |"), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead of a local task: the note on line %d says the first-listed unit leads, and row 26 (task 105, 宁政通, 2024年) lists 自治区政府办公厅 first, copied from the regional cell instead of 区政府办公室" % ln("排在第一位的为牵头单位")},
    {"rule": "garbled-text", "line": ln("杩涗竴姝"), "text": "杩涗竴姝ユ彁鍗囦笟鍔",
     "why": "UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 进一步提升业务工作和数字化工作融合度"},
]

mnf = [
    {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国发〔2022〕14号",
     "why": "correct title and 文号 of the national 指导意见, written as a Markdown link [《…》（国发〔2022〕14号）](https://www.gov.cn/…)"},
    {"rule": "basis-mismatch", "line": ln("吴忠市人民政府[《关于加强数字政府建设的实施方案》]"), "text": "关于加强数字政府建设的实施方案",
     "why": "the 吴忠 city plan cited correctly by title alone (it has no 文号), inside a Markdown link; 吴忠市人民政府 stands outside the brackets"},
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号",
     "why": "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as in the 吴忠 plan"},
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention in the 工作基础 background (自…印发以来); title and 文号 match the 2020 工作要点; not cited as a basis"},
    {"rule": "basis-mismatch", "line": 1, "text": "《吴忠市红寺堡区关于加强数字政府建设的实施方案》",
     "why": "the draft's own title in its 印发通知, not a basis document"},
    {"rule": "deadline-invalid", "line": ln("2024年2月29日"), "text": "2024年2月29日",
     "why": "2024 is a leap year; the date of the 常务会议 that approved the plan, a valid past date"},
    {"rule": "deadline-invalid", "line": ln("2023年，我区"), "text": "2023年",
     "why": "past date in the 工作基础 background (what was done in 2023), not a deadline"},
    {"rule": "deadline-invalid", "line": ln("6月25日、12月10日"), "text": "6月25日、12月10日",
     "why": "the office's own recurring reporting dates (每年), not task deadlines"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2024年底，"), "text": "2024年底",
     "why": "county goal: 组织机构 (task 64, 2025年: earlier), 迁移上云 (task 46, 2024年: equal), 一网通办 (task 84, 2024年: equal); the region's 2023 goal on the 五个一 is about 自治区本级"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2025年，全区"), "text": "2025年",
     "why": "equal to the 吴忠 goal (到2025年 “1347”体系框架全面成型) and the region's (到2025年 “34567”体系框架全面成型)"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2035年"), "text": "2035年",
     "why": "equal to the 2035 goal of the region and of 吴忠"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 1 |"), "text": "2024年6月底前",
     "why": "task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) 完成时限 2025年: earlier. Task 60 (充实自治区推进数字政府建设领导小组, 2023年) is the region's own group, 自治区政府办公厅负责, not a county task"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 2 |"), "text": "2024年6月底前",
     "why": "the 吴忠 一联系、两清单 mechanism (undated in the 吴忠 plan); no regional task with a deadline"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 3 |"), "text": "2025年底前",
     "why": "bold date; task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 5 |"), "text": "2025年底前",
     "why": "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效: equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 6 |"), "text": "2025年底前",
     "why": "task 11 (数字供销) 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone is 2025: equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 9 |"), "text": "2025年底前",
     "why": "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效: equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 10 |"), "text": "2024年10月底前",
     "why": "task 41 (公共数据开放目录) 完成时限 2024年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 11 |"), "text": "2024年9月31日",
     "why": "impossible day (see expect, deadline-invalid) but its year equals task 46's 2024年: not late"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 15 |"), "text": "2024年底前",
     "why": "task 66 (经济运行大数据平台) 完成时限 2025年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 21 |"), "text": "2025年底前",
     "why": "task 87 (12345热线) 完成时限 2023年启动，2025年完成: equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 26 |"), "text": "2024年底前",
     "why": "task 105 (宁政通) 完成时限 2024年: equal (the row's mistake is its lead unit only)"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 27 |"), "text": "2025年6月底前",
     "why": "task 106 (填表报数, 压减50%) 完成时限 2025年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": ln("| 30 |"), "text": "长期坚持",
     "why": "task 121 完成时限 长期坚持: equal"},
    {"rule": "deadline-later-than-baseline", "line": ln("（2024—2025年）"), "text": "2024—2025年",
     "why": "the period in the attachment's title, not a deadline"},
    {"rule": "unknown-unit", "line": ln("| **一、完善“一套体系”** |"), "text": "一、完善“一套体系”",
     "why": "group row spanning the table (| **一、…** | | | |), not a task row; its empty cells are not a missing or unknown unit"},
    {"rule": "deadline-invalid", "line": ln("| **四、强化“七种能力”** |"), "text": "四、强化“七种能力”",
     "why": "group row, no deadline cell to check; 七种能力 is the 吴忠 name for the region's 七个能力"},
    {"rule": "unknown-unit", "line": ln("| 4 |"), "text": "卫生健康局",
     "why": "区教育局、卫生健康局、民政局: the 区 prefix distributes over the list, giving 区卫生健康局 and 区民政局, both in units.txt; <br> separates 区人力资源和社会保障局"},
    {"rule": "unknown-unit", "line": ln("| 1 |"), "text": "区委编办",
     "why": "in units.txt (short name is the canonical entry); <br>-separated from 区政府办公室 and 各乡镇人民政府"},
    {"rule": "unknown-unit", "line": ln("| 1 |"), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln("| 18 |"), "text": "各村（社区）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln("| 2 |"), "text": "区直各部门（单位）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln("| 9 |"), "text": "区直有关部门", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln("| 17 |"), "text": "吴忠市公安局红寺堡区分局",
     "why": "in units.txt (the district's police are a branch of the city bureau)"},
    {"rule": "unknown-unit", "line": ln("| 23 |"), "text": "吴忠市生态环境局红寺堡分局", "why": "in units.txt"},
    {"rule": "unknown-unit", "line": ln("| 26 |"), "text": "区政府办公室",
     "why": "the <br>-separated cooperating units of row 26 (区政府办公室; 区直各部门（单位）、各乡镇人民政府) are registered or collective; only the first-listed 自治区政府办公厅 is wrong"},
    {"rule": "unknown-unit", "line": ln("领导小组办公室设在区政府办公室"), "text": "区政府办公室",
     "why": "alias of 区人民政府办公室 in units.txt"},
    {"rule": "unknown-unit", "line": ln("宁夏干部教育培训网络学院"), "text": "宁夏干部教育培训网络学院",
     "why": "a training platform the measure relies on (依托…), not a responsible unit; also named in the 吴忠 plan"},
    {"rule": "garbled-text", "line": ln("https://www.gov.cn"), "text": "](https://www.gov.cn/zhengce/content/2022-06/23/content_5697299.htm)",
     "why": "Markdown link syntax and a URL, not mojibake"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一",
     "why": "folded, as in the 吴忠 1347 framework, into 一套体系: 健全组织机构 (line %d), 厘清层级职责 (line %d), 完善工作机制; also table row 1" % (ln("调整充实区推进“数字政府”建设领导小组，由"), ln("“六级贯通”的数字政府建设层级架构"))},
    {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通",
     "why": "taken up in 厘清层级职责 (line %d)" % ln("“六级贯通”的数字政府建设层级架构")},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入",
     "why": "（二）加大财政投入 (line %d)" % ln("将数字政府建设经费纳入年度预算")},
]

covers = []
def cov(task, needle, after=0):
    covers.append({"task": task, "line": ln(needle, after)})
for task, needle in [(64, "| 1 |"), (3, "| 3 |"), (6, "| 4 |"), (10, "| 5 |"), (11, "| 6 |"), (12, "| 7 |"),
                     (21, "| 8 |"), (28, "| 9 |"), (41, "| 10 |"), (46, "| 11 |"), (48, "| 12 |"), (50, "| 13 |"),
                     (54, "| 14 |"), (66, "| 15 |"), (71, "| 16 |"), (79, "| 17 |"), (83, "| 18 |"), (80, "| 19 |"),
                     (84, "| 20 |"), (87, "| 21 |"), (93, "| 22 |"), (95, "| 23 |"), (96, "| 24 |"), (104, "| 25 |"),
                     (105, "| 26 |"), (106, "| 27 |"), (112, "| 28 |"), (114, "| 29 |"), (121, "| 30 |")]:
    cov(task, needle, T)
for task, needle in [(8, "“互联网+医疗健康”“互联网+养老”"), (14, "强化安全管理责任。"), (15, "强化安全管理责任。"),
                     (17, "落实安全制度要求。"), (18, "提升安全防护能力。"), (24, "健全政务信息化建设管理会商机制"),
                     (30, "形成全区政务数据“一本账”"), (32, "数据管理职责和人员"), (36, "政务数据供需对接机制"),
                     (102, "推动绿色低碳转型"), (107, "统筹整合非涉密视频会议系统资源"), (116, "纳入“一把手”工程"),
                     (118, "定期开展干部数字化能力培训"), (122, "纳入效能目标管理考核"), (123, "综合考核评价的重要参考"),
                     (124, "定期开展督促检查和经验交流")]:
    cov(task, needle)

for e in expect + mnf:
    check(e["line"], e.get("text"))

key = {
    "writer": "blind writer, round 295; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "WRITTEN",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("吴忠市红寺堡区 实施方案 (2024) kept as Markdown in draft.txt: # headings, Markdown links in the preamble, and the "
              "task list as a pipe table whose group rows span the table (| **一、…** | | | |); the 责任单位 cells hold <br> line breaks "
              "and the note on line %d makes the first-listed unit the lead; deadlines are bold (**2024年底前**). "
              "全区 in the body means 红寺堡区 (a county-level 区), not the autonomous region. units.txt is the district registry; "
              "regional units come from the baseline. No task is deliberately left out; task-uncovered is not annotated." % ln("排在第一位的为牵头单位")),
}
import datetime, sys
key["written"] = sys.argv[1] if len(sys.argv) > 1 else datetime.date.today().isoformat()
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e.get("text"))
