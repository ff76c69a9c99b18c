#!/usr/bin/python3
# Writes key.json for blind case 471; every line number is looked up in the final draft.txt.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "draft.txt"), encoding="utf-8") as f:
    LINES = f.read().split("\n")[:-1]


def line_of(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in LINES[n - 1], (anchor, text)
    return n


def row(num):
    return line_of("\t%d．" % num)


def e(rule, anchor, text=None, why="", n=None, **extra):
    d = {"rule": rule, "line": n if n is not None else line_of(anchor, text)}
    if text is not None:
        d["text"] = text
    d.update(extra)
    d["why"] = why
    return d


def r(rule, num, text=None, why="", **extra):
    n = row(num)
    if text is not None:
        assert text in LINES[n - 1], (num, text)
    return e(rule, None, text, why, n=n, **extra)


GARBLED = "深化城乡供水".encode("utf-8").decode("gbk")

expect = [
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政发〔2023〕71号",
      "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71号 is a transposed 文号 that does not belong to this title"),
    e("deadline-later-than-baseline", "到2025年，全县数字政府工作体系更加科学规范", "2025年",
      "parent plan (吴忠) 主要目标: '到2023年底,数字政府工作体系更加科学规范'; the draft moves the same goal to 2025. "
      "Equal to the region (region 2025 goal '工作体制逐步健全'; task 64 各市、县（区）成立相应组织机构、健全工作体制机制, 完成时限 2025年) "
      "but later than the city's 2023年底, which the county must keep to. The draft's own line 20 (2023年底前) and task row 1 (2023年) show the slip."),
    r("unknown-unit", 12, "县发改委",
      "a county has 县发展和改革局 (units.txt: 县发改局); '县发改委' is the city-style name and is not in the registry (task 24)"),
    r("unknown-unit", 20, "自治区政府办公厅",
      "regional body named as the lead of a county task: copied from region task 48 '自治区政府办公厅牵头，各市、县（区）具体负责'; in the county plan the lead must be a county unit"),
    r("deadline-later-than-baseline", 34, "2024年",
      "region task 85 (电子证照在政务服务领域全面普及应用, 免证办, 一件事一次办, 免申即享) 完成时限 2023年; the city plan gives no date; 2024年 is later than the region"),
    r("deadline-invalid", 41, "2022年",
      "deadline before the year the plan is issued (2023-12-15); region task 98 (智慧林草云平台) 完成时限 2024年; a typo, not a late date"),
    e("garbled-text", "提高自然资源利用效率。" + GARBLED, GARBLED,
      "UTF-8 bytes of '深化城乡供水' read as GBK (mojibake); re-encoding as GBK and decoding as UTF-8 recovers it"),
]

mnf = [
    # deadlines: goals
    e("deadline-later-than-baseline", "到2023年底，全县数字政府建设各类平台", "2023年底",
      "equal to both the region's and the city's 2023年底 goals (平台'家底'全面理清, 履职应用迭代升级, 标志性应用场景); '一本账' = region task 30, 完成时限 2023年"),
    e("deadline-later-than-baseline", "到2035年，通过数字赋能", "2035年",
      "equal to the 2035 goal of both the region and the city"),
    e("deadline-later-than-baseline", "（一）健全组织机构。2023年底前", "2023年底前",
      "equal to the city's 2023年底 goal (工作体系更加科学规范), where the city is earlier than the region: region task 64 (各市、县（区）成立相应组织机构) 完成时限 2025年"),
    r("deadline-later-than-baseline", 1, "2023年",
      "equal to the city's 2023年底 (工作体系) and earlier than region task 64 (完成时限 2025年); also region task 60 (充实领导小组) 2023年"),
    # deadlines: equal to the region where the city gives none
    r("deadline-later-than-baseline", 20, "2024年",
      "equal to region task 48 (完成时限 2024年); the city plan ('四级全覆盖') gives no date"),
    r("deadline-later-than-baseline", 32, "2025年",
      "equal to region task 83 (完成时限 2025年); the city plan gives no date"),
    r("deadline-later-than-baseline", 38, "2024年",
      "equal to region task 93 (完成时限 2024年); the city plan gives no date"),
    r("deadline-later-than-baseline", 40, "2025年",
      "equal to region task 96 (完成时限 2025年); the city plan gives no date"),
    r("deadline-later-than-baseline", 44, "2025年",
      "equal to region task 106 (完成时限 2025年); the city plan (基层报表填报系统) gives no date"),
    r("deadline-later-than-baseline", 47, "2024年",
      "equal to region task 112 (完成时限 2024年); the city plan gives no date"),
    r("deadline-later-than-baseline", 22, "2025年",
      "task 52 (电子证照同步制发, 社会化高频场景), 完成时限 2025年: equal; not task 85 (row 34)"),
    r("deadline-later-than-baseline", 9, "2025年",
      "equal to region task 12 (培育数据要素市场主体) 完成时限 2025年"),
    # deadlines: compound forms
    r("deadline-later-than-baseline", 5, "2025年取得明显成效",
      "region task 7 '2023年形成试点经验，2025年取得明显成效': the completing milestone is equal"),
    r("deadline-later-than-baseline", 8, "2023年完成主要建设任务，2025年取得明显成效",
      "copied from region task 11, equal"),
    r("deadline-later-than-baseline", 36, "2023年启动，2025年完成",
      "copied from region task 87, equal"),
    r("deadline-later-than-baseline", 46, "长期推进，2024年取得明显成效",
      "copied from region task 108, equal"),
    r("deadline-later-than-baseline", 52, "2023年形成机制，长期坚持",
      "copied from region task 124, equal"),
    r("deadline-later-than-baseline", 49, "2023年完成并长期坚持",
      "region task 116 '2023年完成并长期坚持', equal"),
    # dates that are not deadlines
    e("deadline-invalid", "近年来，我县认真落实", "2021年",
      "past dates in the background (2021年, 2022年 achievements), not deadlines"),
    e("deadline-invalid", "于2024年1月10日前", "2024年1月10日前",
      "the office's own reporting date for submitting implementation measures, not a task deadline"),
    e("deadline-invalid", "每年12月10日前", "每年12月10日前",
      "recurring reporting dates of the county's own scheduling mechanism (每季度末月25日前, 每年12月10日前)"),
    e("deadline-invalid", "盐池县数字政府建设重点任务清单（2023年—2025年）", "2023年—2025年",
      "the period in the task-list title, not a deadline"),
    # basis
    e("basis-mismatch", "近年来，我县认真落实", "宁政办发〔2020〕14号",
      "retrospective mention of the 2020 工作要点 with its correct 文号, in the background, not cited as a basis"),
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号",
      "correct title and 文号"),
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号",
      "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, as in the 吴忠 plan"),
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "吴忠市人民政府《关于加强数字政府建设的实施方案》",
      "the city plan cited by its correct title alone; it has no 文号"),
    e("basis-mismatch", "已经县人民政府研究同意", "《盐池县数字政府建设实施方案》",
      "the draft's own title in the covering notice, not a basis document"),
    # units
    r("unknown-unit", 25, "市发展改革委",
      "city body as lead where the city leads: the 吴忠 plan assigns 信用中国（宁夏）吴忠站 to the city; listed in units.txt"),
    r("unknown-unit", 32, "市委政法委",
      "city body as lead where the city leads: the 吴忠 plan's 市域社会治理智能平台; listed in units.txt"),
    r("unknown-unit", 3, "公安局",
      "prefix 县 distributes: '县市场监管局、公安局' = 县市场监管局, 县公安局"),
    r("unknown-unit", 28, "卫生健康局",
      "prefix 县 distributes: 县市场监管局, 县农业农村局, 县卫生健康局"),
    r("unknown-unit", 18, "林草局",
      "prefix 县 distributes: 县林草局 (short name of 县林业和草原局), 县水务局"),
    r("unknown-unit", 5, "县教体局", "official short name of 县教育体育局 in units.txt"),
    r("unknown-unit", 2, "县工信商务局", "official short name of 县工业信息化和商务局 in units.txt"),
    r("unknown-unit", 34, "县审批局", "official short name of 县审批服务管理局 in units.txt"),
    r("unknown-unit", 8, "县供销社", "short name of 县供销合作社联合社 in units.txt"),
    r("unknown-unit", 39, "吴忠市生态环境局盐池分局", "the county's environment body is a branch of the city bureau; listed in units.txt"),
    r("unknown-unit", 10, "各乡镇人民政府", "collective subject"),
    r("unknown-unit", 4, "县直有关部门（单位）", "collective subject"),
    r("unknown-unit", 16, "县直各部门（单位）", "collective subject"),
    e("unknown-unit", "（六）建立调度机制", "县推进“数字政府”建设领导小组办公室",
      "the county's own leading-group office, listed in units.txt"),
]

covers_rows = {
    1: [64], 2: [3], 3: [5], 4: [6], 5: [7], 6: [8], 7: [10], 8: [11], 9: [12],
    10: [14, 15], 11: [18], 12: [24], 13: [25], 14: [28], 15: [30], 16: [32], 17: [36],
    19: [46], 20: [48], 21: [50], 22: [52], 23: [54], 24: [56], 25: [57], 26: [66],
    27: [70], 28: [71], 29: [77], 30: [79], 31: [80], 32: [83], 33: [84], 34: [85],
    35: [86], 36: [87], 37: [90], 38: [93], 39: [94], 40: [96], 41: [98], 42: [104],
    43: [105], 44: [106], 45: [107], 46: [108], 47: [112], 48: [114], 49: [116],
    50: [118], 51: [122, 123], 52: [124],
}
covers = []
for num, tasks in covers_rows.items():
    for t in tasks:
        covers.append({"task": t, "line": row(num)})

key = {
    "writer": "blind writer, round 471; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": (
        "County plan (盐池县, issued 2023-12-15) checked against 宁政发〔2023〕17号 and the 吴忠 city plan as parent. "
        "The city plan's only dates are its 主要目标 (2023年底 / 2025年 / 2035年); its task list is not in the text. "
        "Where the city is earlier than the region (工作体系 by 2023年底 vs region task 64 2025年) the county must keep to 2023; "
        "line 14 puts that goal at 2025 (equal to the region, later than the city). "
        "units.txt holds the county units, the eight towns and the city units a county plan names where the city leads. "
        "The 2025 goal line also carries goals that are equal to the city's and region's 2025 goals; only the 工作体系 clause is late. "
        "Row 20 has both a planted unit error (自治区政府办公厅 as lead) and an equal deadline (2024年, task 48)."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
