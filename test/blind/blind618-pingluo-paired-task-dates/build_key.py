#!/usr/bin/env python3
"""Builds key.json for blind618: every line number is looked up in draft.txt by a unique locator."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(locator, text=None):
    hits = [i + 1 for i, s in enumerate(lines) if locator in s]
    assert len(hits) == 1, (locator, hits)
    n = hits[0]
    if text is not None:
        assert text in lines[n - 1], (locator, text)
    return n

def E(rule, loc, text, why, **kw):
    d = {"rule": rule, "line": L(loc, text), "text": text, "why": why}
    d.update(kw)
    return d

def N(rule, loc, why, text=None, line=None):
    d = {"rule": rule, "line": line if line is not None else L(loc, text)}
    if text is not None:
        d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
UU = "unknown-unit"
BM = "basis-mismatch"
DI = "deadline-invalid"

expect = [
    E(BM, "（宁政发〔2023〕71号）", "宁政发〔2023〕71号",
      "the title is the region's 实施意见《自治区人民政府关于加强数字政府建设的实施意见》, whose 文号 is 宁政发〔2023〕17号 (digits transposed)"),
    E(DL, "15.整合视频资源和业务专网", "2025年底前",
      "paired dates: 第49、50项 分别于2025年6月底前、2025年底前; the second date belongs to task 50 (非涉密业务专网整合迁移, 完成时限 2024 年), so 2025年底前 is later than the region. The first date is fine for task 49 (2025 年)"),
    E(DL, "15.推进适老化和无障碍建设", "2025年6月底前",
      "the bracket cites 第92项 (多卡合一, 2025年) by mistake; the measure is task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 完成时限 2024年), so 2025年6月底前 is later than the region. Task 92 is correctly cited on the line before"),
    E(DL, "5\t地理信息“底板底图”县级应用", "2025年底前",
      "task table row for task 58 (底板底图 / 地理信息服务体系), 完成时限 2024年; the body item defers to the table (完成时限见附件)"),
    E(DI, "3\t“我的宁夏”平罗专区", "13月",
      "impossible month in the task table (2024年13月底前); row is task 86 (2024年), so the year itself is not late"),
    E(UU, "20.提升辅助决策能力", "县大数据管理服务局",
      "lead unit not in units.txt: the county body is 县大数据服务中心 (市大数据管理服务局 is the city's name, copied by mistake)"),
    E("garbled-text", "24.提升政府信息公开水平", "杩涗竴姝ュ畬鍠",
      "UTF-8 read as GBK: 杩涗竴姝ュ畬鍠勫悇绫绘斂鍔″叕 is 进一步完善各类政务公(开信息化平台)"),
]

def dl(loc, why, text=None):
    return N(DL, loc, why, text)

mnf = [
    # basis documents
    N(BM, "（国发〔2022〕14号）", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"),
    N(BM, "（宁政办发〔2023〕11号）", "cited exactly as in the 吴忠 city plan seed (数字宁夏“1244+N”行动计划实施方案)", "宁政办发〔2023〕11号"),
    N(BM, "《石嘴山市加强数字政府建设实施方案》", "the city's plan cited by title alone, as county plans do; no parent plan is given for this case, so nothing to check it against", "石嘴山市加强数字政府建设实施方案"),
    N(BM, "自《宁夏回族自治区2020年", "retrospective mention of the 2020 工作要点 in the background section, not cited as a basis", "宁政办发〔2020〕14号"),
    N(BM, "平政办发〔2024〕23号", "the notice's own 文号, not a basis document", "平政办发〔2024〕23号"),
    # past / own dates
    N(DI, "自《宁夏回族自治区2020年", "past dates in the background (2023年, 截至2023年底), describing what was done, not deadlines", "截至2023年底"),
    N(DI, "2024年4月12日", "the notice's issue date", "2024年4月12日"),
    N(DI, "（四）强化考核评价", "the office's own reporting dates (每季度末月25日前, 每年12月10日前), no year, not task deadlines", "12月10日前"),
    N(DI, "11.优化12345热线服务", "12345 is the hotline number, not a year or date", "12345"),
    N(DI, "7.开展试点示范", "每年确定1—2个试点领域 is a count, not a date"),
    # goals
    dl("到2024年底，县、乡、村三级", "local goal: 三级电子政务外网全覆盖 (task 48, 2024年) and 系统迁移上云 (task 46, 2024年) by 2024年底 - equal", "到2024年底"),
    dl("到2025年，全县数字政府建设", "same year as the region's goal (到2025年“34567”体系框架全面成型)", "到2025年"),
    dl("到2035年，与政府治理能力", "same as the region's 2035 goal", "到2035年"),
    # bracket deadlines that are fine
    dl("（对应自治区任务清单第2项", "task 2: 2023年启动，2024年取得明显成效; 2024年底前 equal", "2024年底前"),
    dl("（对应第3项，2025年底前", "task 3: 持续推进，2025年取得明显成效; equal", "2025年底前"),
    dl("（对应第5项，持续推进", "task 5: 持续推进，2025年取得明显成效; same form, equal", "2025年"),
    dl("（对应第6、7项", "one date for tasks 6 (持续推进，2025年) and 7 (2023年形成试点经验，2025年取得明显成效); the completing milestone of both is 2025", "2025年底前"),
    dl("（对应第10、11项", "one date for tasks 10 (2025年) and 11 (2023年完成主要建设任务，2025年取得明显成效); it states 取得明显成效, the completing milestone, 2025 for both", "2025年底前"),
    dl("（对应第12、13项", "paired, later-first: task 12 (2025年) 2025年底前, task 13 (2024年) 2024年底前; each equal. 13 is a task number, not a month", "2024年底前"),
    dl("（对应第18项，长期坚持", "task 18: 2023年形成机制，长期坚持; the draft states the ongoing part only"),
    dl("（对应第21、22项", "paired: task 21 (2024年) 2024年底前 equal; task 22 (2025年) 2025年6月底前 earlier", "2025年6月底前"),
    dl("（对应第23项，2024年9月底前", "task 23 (数字资源“一本账”, 重点项目、关键应用, 2024年): earlier. Not task 30 (政务数据资源“一本账”, 2023年), which the draft does not date", "2024年9月底前"),
    dl("（对应第28项", "task 28: 2023年启动，2025年取得明显成效; equal", "2025年"),
    dl("（对应第33、34项", "tasks 33 and 34 are both 2024年; equal", "2024年底前"),
    dl("（对应第40、54项", "tasks 40 and 54 are both 2024年; equal", "2024年底前"),
    dl("（对应第41、42项", "paired: task 41 (2024年) 2024年9月底前 earlier, task 42 (2024年) 2024年底前 equal", "2024年9月底前"),
    dl("（对应第43、46项", "task 43 (2024 年建成，持续推进) and 46 (2024 年); equal", "2024年底前"),
    dl("（对应自治区任务清单第47、48项", "paired: task 47 (2024 年) 2024年6月底前 earlier, task 48 (2024 年) 2024年底前 equal", "2024年6月底前"),
    dl("15.整合视频资源和业务专网", "the FIRST date of the pair, 2025年6月底前, belongs to task 49 (视频共享平台, 2025 年) and is earlier; only the second date is late", "2025年6月底前"),
    dl("（对应第52项，2025年底前", "task 52: 2025年; equal", "2025年底前"),
    dl("（对应第53、55项", "tasks 53 and 55: 2024年; equal", "2024年底前"),
    dl("（对应第56、57项", "one date for several tasks, equal to the earliest: task 56 is 2025年, task 57 is 2024年", "2024年底前"),
    dl("（对应第64项，2024年6月底前", "task 64 (各市、县（区）成立相应组织机构): 2025年; earlier", "2024年6月底前"),
    dl("（对应第65、66项", "paired: task 65 (2024年) equal, task 66 (2025年) 2025年6月底前 earlier", "2025年6月底前"),
    dl("（对应第69、70、71项", "three paired dates, all tasks 2024年; each earlier", "2024年10月底前"),
    dl("（对应第74、75项", "tasks 74 and 75: 2024年; equal", "2024年底前"),
    dl("（对应第77项", "task 77: 2024年; equal", "2024年底前"),
    dl("（对应第79项", "task 79: 2024年; equal", "2024年底前"),
    dl("（对应第80、81项", "paired: task 80 (2024年) and 81 (2025年); each equal", "2025年底前"),
    dl("（对应第83项", "task 83: 2025年; earlier", "2025年6月底前"),
    dl("（对应第84项", "task 84: 2024年; equal", "2024年底前"),
    dl("（对应第87项", "task 87 (12345 热线): 2023年启动，2025年完成; 2025年6月底前 earlier. Not task 115 (政民互动平台), which is a separate item", "2025年6月底前"),
    dl("（对应第88、89项", "tasks 88 and 89: 2024年; equal", "2024年底前"),
    dl("（对应第90项", "task 90: 2024年; earlier", "2024年11月底前"),
    dl("14.探索“多卡合一”", "task 92: 2025年; equal (the correct citation of 92)", "2025年底前"),
    dl("（对应第94、95项", "paired: task 94 (2024年) and 95 (2025年); each equal", "2025年底前"),
    dl("（对应第96项", "task 96: 2025年; equal", "2025年底前"),
    dl("（对应第97、98项", "tasks 97 and 98: 2024年; equal", "2024年底前"),
    dl("（对应第101、102项", "tasks 101 and 102: 2025年; equal", "2025年底前"),
    dl("（对应第103项", "task 103: 2024年; equal", "2024年底前"),
    dl("（对应第104、105、106项", "paired: 104 (2024年) earlier, 105 (2024年) equal, 106 (2025年) earlier; 104-106 are task numbers, not years", "2025年6月底前"),
    dl("（对应第108、109项", "task 108: 长期推进，2024年取得明显成效; task 109: 2024年; equal", "2024年底前"),
    dl("（对应第107、111项", "tasks 107 and 111: 2025年; equal", "2025年底前"),
    dl("（对应第112、114项", "tasks 112 and 114: 2024年; equal", "2024年底前"),
    dl("（对应第115项", "task 115: 2024年; equal", "2024年底前"),
    # table rows that are fine
    dl("1\t县、乡、村三级电子政务外网全覆盖", "table row, tasks 47/48 (2024 年): equal", "2024年底前"),
    dl("2\t县级非涉密政务信息系统迁移上云", "table row, tasks 43/46 (2024 年): equal", "2024年底前"),
    dl("4\t全县政务服务事项“一网通办”", "table row, task 84 (2024年): earlier", "2024年10月底前"),
    dl("6\t县级视频指挥调度体系建设", "table row, task 81 (2025年): equal", "2025年底前"),
    dl("7\t新型基层管理服务平台推广应用", "table row, task 83 (2025年): earlier", "2025年6月底前"),
    dl("8\t全区统一填表报数系统推广应用", "table row, task 106 (2025年): earlier", "2025年6月底前"),
    dl("9\t“数字供销”示范县建设取得明显成效", "table row, task 11: completing milestone 2025年取得明显成效; equal", "2025年底前"),
    dl("10\t数据交易主体准入", "table row, task 13 (2024年): equal", "2024年底前"),
    dl("11\t电子证照全面普及应用", "table row, task 52 (2025年): equal", "2025年底前"),
    # units
    N(UU, "各乡镇人民政府，县政府各部门、各直属机构", "addressees of the notice, collective subjects", "县政府各部门"),
    N(UU, "（对应第14、15项", "collective subjects (县直各部门（单位）, 各乡镇人民政府)", "县直各部门（单位）"),
    N(UU, "（对应自治区任务清单第2项", "collective subject", "县直有关部门"),
    N(UU, "（二）厘清层级职责", "collective subjects 各乡镇人民政府, 各村（社区）", "各村（社区）"),
    N(UU, "（对应第72、73项", "collective subject, like 承担监管职责的自治区有关部门（单位）", "承担监管职责的县直有关部门"),
    N(UU, "（对应第3项，2025年底前", "a name listed whole in units.txt (city bureau's county branch); not to be split", "石嘴山市生态环境局平罗分局"),
    N(UU, "（对应第53、55项", "listed in units.txt; not to be split", "国家税务总局平罗县税务局"),
    N(UU, "（对应第24、25项", "short name of 县发展和改革局 in units.txt", "县发改局"),
    N(UU, "（对应第5项，持续推进", "short name of 县市场监督管理局 in units.txt", "县市场监管局"),
    N(UU, "（对应第8项", "short name of 县卫生健康局 in units.txt", "县卫健局"),
    N(UU, "（对应第33、34项", "short name of 县人力资源和社会保障局 in units.txt", "县人社局"),
    N(UU, "15.推进适老化和无障碍建设", "short name of 县残疾人联合会 in units.txt", "县残联"),
    N(UU, "（对应第77项", "县人民法院 / 县人民检察院 are short names in units.txt", "县人民检察院"),
    N(UU, "（对应第80、81项", "县消防救援大队 / 县气象局 are short names in units.txt", "县气象局"),
    N(UU, "（对应第108、109项", "县政府督查室 is a short name in units.txt; 县公共资源交易中心 listed", "县政府督查室"),
    N(UU, "9\t“数字供销”示范县建设取得明显成效", "县供销社 is the short name of 县供销合作社", "县供销社"),
    N(UU, "（对应自治区任务清单第47、48项", "the brief's own bracket: 县大数据服务中心 is in units.txt", "县大数据服务中心"),
    # pillars present
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "二（三）营造良好数字生态, items 7-8"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "四、健全“五个一”和“六级贯通”的工作体系 (组织机构、层级职责)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "五（七）提升政务公开能力, items 24-25"},
]

cov = {}
def C(task, loc):
    cov.setdefault(task, L(loc))
for task, loc in [
    (2, "（对应自治区任务清单第2项"), (3, "（对应第3项，2025年底前"), (5, "（对应第5项，持续推进"),
    (6, "（对应第6、7项"), (7, "（对应第6、7项"), (8, "（对应第8项"), (10, "（对应第10、11项"), (11, "（对应第10、11项"),
    (12, "（对应第12、13项"), (13, "（对应第12、13项"), (14, "（对应第14、15项"), (15, "（对应第14、15项"),
    (18, "（对应第18项"), (19, "（对应第19项"), (21, "（对应第21、22项"), (22, "（对应第21、22项"),
    (23, "（对应第23项"), (24, "（对应第24、25项"), (25, "（对应第24、25项"), (28, "（对应第28项"),
    (30, "（对应第30、32项"), (32, "（对应第30、32项"), (33, "（对应第33、34项"), (34, "（对应第33、34项"),
    (36, "（对应第36项"), (40, "（对应第40、54项"), (54, "（对应第40、54项"), (41, "（对应第41、42项"), (42, "（对应第41、42项"),
    (43, "（对应第43、46项"), (46, "（对应第43、46项"), (47, "（对应自治区任务清单第47、48项"), (48, "（对应自治区任务清单第47、48项"),
    (49, "15.整合视频资源和业务专网"), (50, "15.整合视频资源和业务专网"), (52, "（对应第52项，2025年底前"),
    (53, "（对应第53、55项"), (55, "（对应第53、55项"), (56, "（对应第56、57项"), (57, "（对应第56、57项"),
    (58, "19.推动地理信息资源共建共享"), (64, "（对应第64项"), (65, "（对应第65、66项"), (66, "（对应第65、66项"),
    (69, "（对应第69、70、71项"), (70, "（对应第69、70、71项"), (71, "（对应第69、70、71项"),
    (72, "（对应第72、73项"), (73, "（对应第72、73项"), (74, "（对应第74、75项"), (75, "（对应第74、75项"),
    (77, "（对应第77项"), (79, "（对应第79项"), (80, "（对应第80、81项"), (81, "（对应第80、81项"), (83, "（对应第83项"),
    (84, "（对应第84项"), (86, "10.做优“我的宁夏”平罗专区"), (87, "（对应第87项"), (88, "（对应第88、89项"), (89, "（对应第88、89项"),
    (90, "（对应第90项"), (92, "14.探索“多卡合一”"), (93, "15.推进适老化和无障碍建设"),
    (94, "（对应第94、95项"), (95, "（对应第94、95项"), (96, "（对应第96项"), (97, "（对应第97、98项"), (98, "（对应第97、98项"),
    (101, "（对应第101、102项"), (102, "（对应第101、102项"), (103, "（对应第103项"),
    (104, "（对应第104、105、106项"), (105, "（对应第104、105、106项"), (106, "（对应第104、105、106项"),
    (107, "（对应第107、111项"), (111, "（对应第107、111项"), (108, "（对应第108、109项"), (109, "（对应第108、109项"),
    (112, "（对应第112、114项"), (114, "（对应第112、114项"), (115, "（对应第115项"),
    (116, "（一）加强组织领导。县委切实"), (118, "（三）提升数字素养"), (122, "（四）强化考核评价"),
    (123, "（四）强化考核评价"), (124, "（四）强化考核评价"),
]:
    C(task, loc)
covers = [{"task": k, "line": v} for k, v in sorted(cov.items())]

key = {
    "writer": "blind writer, round 618; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("平罗县 2024 实施方案 (平政办发〔2024〕23号, 2024-04-12). Each measure ends with a bracket citing the region's task numbers; "
              "the 体系框架 paragraph (line %d) states" % L("同一括号内列有多个时限的") + " the draft's own convention: several dates in one bracket pair with the task numbers in order; one date for several tasks applies to all. "
              "Planted: a pair whose second date is late for its own task (第49、50项), a bracket citing the wrong task number (第92项 for the 适老化 task 93, with a date late for 93), "
              "a wrong body (县大数据管理服务局), a wrong 文号 for the regional 实施意见, a late and an impossible date in the task table, and one mojibake run. "
              "No parent plan: 平罗县 is under 石嘴山市, whose plan is cited by title only. Tasks due 2023 in the region (14, 15, 24, 25, 30, 32, 36, 72, 73) are taken up without a date."),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(lines), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e['text'])
