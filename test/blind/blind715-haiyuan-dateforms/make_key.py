#!/usr/bin/env python3
# Builds key.json for blind case 715: every line number is found from draft.txt by a locator
# string (which must occur on exactly one line) and the entry's text must occur on that line.
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def line_of(loc):
    hits = [i + 1 for i, l in enumerate(LINES) if loc in l]
    if len(hits) != 1:
        sys.exit(f"locator {loc!r} matched lines {hits}")
    return hits[0]


def row(n):
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(f"{n}\t")]
    if len(hits) != 1:
        sys.exit(f"row {n} matched lines {hits}")
    return hits[0]


def entry(rule, loc, text=None, why="", **extra):
    ln = loc if isinstance(loc, int) else line_of(loc)
    if text is not None and text not in LINES[ln - 1]:
        sys.exit(f"text {text!r} not on line {ln}: {LINES[ln - 1][:60]}")
    e = {"rule": rule, "line": ln}
    if text is not None:
        e["text"] = text
    e.update(extra)
    e["why"] = why
    return e


expect = [
    entry("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政发〔2022〕17号",
          "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); 〔2022〕 is a year slip"),
    entry("deadline-invalid", "促进数据有序开发利用。", "6月31日",
          "impossible date: June has 30 days (the same task 41 is given 2024年6月30日前 in the task table, row 11); regional task 41 完成时限 2024年"),
    entry("garbled-text", "提升网络平台支撑能力。", "鍔犲揩鍘跨骇鐢靛瓙",
          "UTF-8 bytes read as GBK (mojibake, no ? marker); re-encoding as GBK and decoding as UTF-8 gives 加快县级电子政务外网"),
    entry("deadline-later-than-baseline", row(14), "2025.6",
          "task-table row 14 (外网向村延伸，县乡村全覆盖，按需向企事业单位拓展) takes up regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; 2025.6 = June 2025 is later (task 47, the other 外网 task, is also 2024年; the draft's own 主要目标 says 2024年底前)"),
    entry("deadline-later-than-baseline", "拓展公平普惠的民生服务。", "2025年一季度",
          "适老化与信息无障碍建设 is regional task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; 2025年一季度 is later"),
    entry("unknown-unit", row(9), "县数据局",
          "no 县数据局 in units.txt (the county's data body is 县大数据中心, named on the body line for the same task) and not a regional unit"),
]

M = []
def nm(rule, loc, text, why):
    M.append(entry(rule, loc, text, why))

# --- basis documents and background dates
nm("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct 文号 and title of the national 指导意见")
nm("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "中卫市人民政府《关于加强数字政府建设的实施方案》",
   "the city's plan cited by title alone, as DOMAIN says city plans often are; no parent plan is given for this case")
nm("basis-mismatch", "近年来，我县以《宁夏回族自治区2020年", "宁政办发〔2020〕14号",
   "retrospective mention of the 2020 工作要点 in the 工作基础 section, with its correct 文号; not cited as a basis of this plan")
nm("basis-mismatch", "已经县人民政府同意", "《海原县加强数字政府建设实施方案》", "the plan's own title in the covering notice, not a basis document")
nm("deadline-invalid", "近年来，我县以《宁夏回族自治区2020年", "2020年", "year in the title of an old document, background")
nm("deadline-invalid", "2023年，按照自治区", "2023年11月底前",
   "past date in the background: a report already sent to 中卫市 in 2023")
nm("deadline-invalid", "2023年，按照自治区", "到2023年底",
   "quotation of the region's own 2023 goal (家底全面理清) in the background, already met; not a deadline of this plan")
nm("deadline-later-than-baseline", "2023年，按照自治区", "到2023年底",
   "same year as the regional 2023 goal it quotes; retrospective")
nm("deadline-invalid", "完善数据管理机制。", "2023年", "past date: the catalogue compiled in 2023 is the basis for quarterly updates")
nm("deadline-invalid", 6, "2024年3月22日", "the notice's own issue date")

# --- goals
nm("deadline-later-than-baseline", "2024年底前，电子政务外网", "2024年底前",
   "goals match tasks 47/48 (2024年), 46 (2024年), 86 (2024年): equal; 填表报数 is task 106 (2025年): earlier")
nm("deadline-later-than-baseline", "到2025年，全县数字政府建设体系框架", "到2025年", "same year as the regional goal 到2025年…体系框架全面成型")
nm("deadline-later-than-baseline", "到2035年，与政府治理能力", "到2035年", "same year as the regional 2035 goal")
nm("deadline-later-than-baseline", "本方案各项任务后括注", "2024年12月31日前", "definition of 年内 in the drafting note, not a task deadline")

# --- body deadlines in the many forms (equal or earlier)
nm("deadline-later-than-baseline", "推进产业数字化。", "2024/12", "task 2 完成时限 2023年启动，2024年取得明显成效; 2024/12 = December 2024, equal")
nm("deadline-later-than-baseline", "加快“智慧园区”建设。", "持续推进，2025年取得明显成效", "task 3 完成时限 持续推进，2025年取得明显成效: identical")
nm("deadline-later-than-baseline", "推进公共服务数字化。", "持续推进，2025年取得明显成效", "task 6 完成时限 持续推进，2025年取得明显成效: identical")
nm("deadline-later-than-baseline", "发展“互联网+医疗健康”。", "2024年上半年", "task 8 完成时限 持续推进，2025年取得明显成效; first half of 2024 is earlier")
nm("deadline-later-than-baseline", "推进数字乡村建设。", "持续推进，2025年取得明显成效", "task 10 完成时限 持续推进，2025年取得明显成效: identical")
nm("deadline-later-than-baseline", "（三）营造良好数字生态。", "2025年", "task 12 完成时限 2025年: equal")
nm("deadline-later-than-baseline", "助力政府职能转变。", "2024年三季度", "task 21 完成时限 2024年; third quarter 2024 is earlier")
nm("deadline-later-than-baseline", "创新建设管理机制。", "24年底前", "task 23 完成时限 2024年; 24年底前 = end of 2024, equal")
nm("deadline-invalid", "创新建设管理机制。", "24年底前", "two-digit year 24 = 2024, the plan's own year; not year 24 and not before the issue year")
nm("deadline-later-than-baseline", "开展试点示范。", "2024年启动，2025年取得明显成效",
   "task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (the county's start year 2024 is not the milestone compared)")
nm("deadline-later-than-baseline", "推进基础库和主题库对接。", "2024/12", "tasks 33 and 34 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "规范电子公文管理。", "2024.6", "task 40 (and 54) 完成时限 2024年; 2024.6 = June 2024, earlier")
nm("deadline-later-than-baseline", "强化政务云支撑能力。", "年内", "task 46 完成时限 2024年 (task 43: 2024年建成，持续推进); 年内 = by 2024-12-31 per the drafting note, equal")
nm("deadline-later-than-baseline", "提升网络平台支撑能力。", "二〇二四年底", "task 47 完成时限 2024年; 二〇二四年底 = end of 2024, equal")
nm("deadline-invalid", "提升网络平台支撑能力。", "二〇二四年底", "year in Chinese numerals, 2024; valid")
nm("deadline-invalid", "规范电子公文管理。", "2024.6", "dotted year.month form = June 2024; valid, not a decimal")
nm("deadline-invalid", "推进产业数字化。", "2024/12", "slash year/month form = December 2024; valid")
nm("deadline-later-than-baseline", "完善信用信息服务。", "2024年6月30日前", "task 57 完成时限 2024年; 30 June 2024 is earlier")
nm("deadline-later-than-baseline", "（一）健全组织机构。", "2024年上半年",
   "task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) 完成时限 2025年: earlier; it is not task 60 (the region's own 领导小组, 2023年)")
nm("deadline-later-than-baseline", "加强经济运行监测。", "2024/12", "task 66 完成时限 2025年 (task 65: 2024年): not later")
nm("deadline-later-than-baseline", "强化追溯监管。", "二〇二四年底", "task 71 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "提升矛盾纠纷化解能力。", "2024年三季度", "task 77 完成时限 2024年: earlier")
nm("deadline-later-than-baseline", "提升社会治安防控能力。", "年内", "task 79 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "提升公共安全保障能力。", "2024年上半年", "task 80 完成时限 2024年 (task 81: 2025年): earlier")
nm("deadline-later-than-baseline", "提高基层社会治理能力。", "2025年", "task 83 完成时限 2025年: equal")
nm("deadline-later-than-baseline", "打造泛在可及的服务体系。", "二〇二四年底", "task 84 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "提升智慧便捷的服务能力。", "年内", "task 86 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "提供优质便利的涉企服务。", "2024.6", "tasks 88/89 完成时限 2024年: earlier")
nm("deadline-later-than-baseline", "提升生态环保协同治理能力。", "2024/12", "task 94 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "提高自然资源利用效率。", "2024年三季度", "task 96 完成时限 2025年: earlier")
nm("deadline-later-than-baseline", "建设“智慧林草”应用。", "24年底前", "task 98 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "提升行政执行能力。", "2024.6", "task 104 完成时限 2024年: earlier")
nm("deadline-later-than-baseline", "推广“宁政通”应用。", "24年底前", "task 105 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "推进基层减负。", "2024年三季度", "task 106 完成时限 2025年: earlier")
nm("deadline-later-than-baseline", "整合视频会议资源。", "2024/12", "task 107 完成时限 2025年: earlier")
nm("deadline-later-than-baseline", "提升政府信息公开水平。", "2024年上半年", "task 112 完成时限 2024年: earlier")
nm("deadline-later-than-baseline", "发挥政务新媒体传播优势。", "24年底前", "task 114 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "畅通政民互动渠道。", "年内", "task 115 完成时限 2024年: equal")
nm("deadline-later-than-baseline", "（五）加强调度督办。", "2025年1月10日前",
   "the office's own date for the 2024 annual summary report, not a task deadline")

# --- task-table deadlines (equal or earlier)
nm("deadline-later-than-baseline", row(8), "2024年启动，2025年取得明显成效", "task 28: completing milestone 2025 equal")
nm("deadline-later-than-baseline", row(10), "2024.6", "task 40 完成时限 2024年: earlier")
nm("deadline-later-than-baseline", row(11), "2024年6月30日前", "task 41 完成时限 2024年: earlier (valid date)")
nm("deadline-later-than-baseline", row(12), "年内", "task 46 完成时限 2024年: equal")
nm("deadline-later-than-baseline", row(13), "二〇二四年底", "task 47 完成时限 2024年: equal")
nm("deadline-later-than-baseline", row(16), "2024年上半年", "task 64 完成时限 2025年: earlier")
nm("deadline-later-than-baseline", row(28), "24年底前", "task 98 完成时限 2024年: equal")
nm("deadline-later-than-baseline", row(31), "2024年三季度", "task 106 完成时限 2025年: earlier")

# --- units
nm("unknown-unit", "加强经济运行监测。", "统计局", "县 prefix distributes: 县发改局、统计局 = 县统计局, in units.txt")
nm("unknown-unit", "（二）加大资金保障。", "审计局", "县 prefix distributes: 县财政局、审计局 = 县审计局, in units.txt")
nm("unknown-unit", "提高基层社会治理能力。", "各村（社区）", "collective subject")
nm("unknown-unit", "提高基层社会治理能力。", "各乡镇人民政府", "collective subject")
nm("unknown-unit", "强化安全管理责任。", "县直各部门（单位）", "collective subject")
nm("unknown-unit", "推进公共服务数字化。", "县直有关部门（单位）", "collective subject")
nm("unknown-unit", "提升公共安全保障能力。", "海原县气象局", "驻县 unit listed in units.txt")
nm("unknown-unit", "提升公共安全保障能力。", "海原县消防救援大队", "驻县 unit listed in units.txt")
nm("unknown-unit", "提升生态环保协同治理能力。", "中卫市生态环境局海原分局", "the city bureau's county branch, listed in units.txt; not a regional or city body leading a county task")
nm("unknown-unit", "拓展公平普惠的民生服务。", "县残联", "short name of 县残疾人联合会 in units.txt")
nm("unknown-unit", "深化智慧教育应用。", "县教体局", "short name of 县教育体育局 in units.txt")
nm("unknown-unit", "加快“数字供销”建设。", "县供销社", "short name of 县供销合作社联合社 in units.txt")
nm("unknown-unit", "加快“智慧园区”建设。", "海原工业园区管委会", "short name of 海原工业园区管理委员会 in units.txt")
nm("unknown-unit", "（三）提升数字素养。", "县委党校", "short name of 中共海原县委党校 in units.txt")
nm("unknown-unit", "（五）加强调度督办。", "县数字政府建设领导小组办公室", "in units.txt; the office that receives reports")
nm("unknown-unit", "优化12345热线服务。", "中卫市", "the higher-level city named in the text, not a responsible unit of this plan")

# --- encoding
nm("garbled-text", row(13), "二〇二四年底", "year written in Chinese numerals (〇), not damaged text")

covers = [
    (2, "推进产业数字化。"), (3, "加快“智慧园区”建设。"), (5, "完善数字经济治理体系。"),
    (6, "推进公共服务数字化。"), (7, "深化智慧教育应用。"), (8, "发展“互联网+医疗健康”。"),
    (9, "配合推进智慧城市建设。"), (10, "推进数字乡村建设。"), (11, "加快“数字供销”建设。"),
    (12, "（三）营造良好数字生态。"), (14, "强化安全管理责任。"), (17, "落实安全制度要求。"),
    (18, "提升安全防护能力。"), (21, "助力政府职能转变。"), (23, "创新建设管理机制。"),
    (24, "加强政务信息化项目管理。"), (28, "开展试点示范。"), (32, "完善数据管理机制。"),
    (33, "推进基础库和主题库对接。"), (34, "推进基础库和主题库对接。"), (36, "深化数据高效共享。"),
    (40, "规范电子公文管理。"), (41, "促进数据有序开发利用。"), (46, "强化政务云支撑能力。"),
    (47, "提升网络平台支撑能力。"), (48, "推进电子政务外网向村（社区）延伸"), (50, "推进电子政务外网向村（社区）延伸"),
    (57, "完善信用信息服务。"), (58, "推动地理信息资源共建共享。"), (64, "（一）健全组织机构。"),
    (66, "加强经济运行监测。"), (68, "推动监管精准化。"), (70, "推动监管精准化。"), (71, "强化追溯监管。"),
    (73, "促进监管协同化和智能化。"), (77, "提升矛盾纠纷化解能力。"), (79, "提升社会治安防控能力。"),
    (80, "提升公共安全保障能力。"), (83, "提高基层社会治理能力。"), (84, "打造泛在可及的服务体系。"),
    (86, "提升智慧便捷的服务能力。"), (87, "优化12345热线服务。"), (89, "提供优质便利的涉企服务。"),
    (93, "拓展公平普惠的民生服务。"), (94, "提升生态环保协同治理能力。"), (96, "提高自然资源利用效率。"),
    (98, "建设“智慧林草”应用。"), (102, "推动绿色低碳转型。"), (104, "提升行政执行能力。"),
    (105, "推广“宁政通”应用。"), (106, "推进基层减负。"), (107, "整合视频会议资源。"),
    (108, "提升行政监督和机关事务管理水平。"), (112, "提升政府信息公开水平。"), (114, "发挥政务新媒体传播优势。"),
    (115, "畅通政民互动渠道。"), (116, "（一）加强组织领导。"), (118, "（三）提升数字素养。"),
    (122, "（四）强化考核评价。"),
]

key = {
    "writer": "blind writer, round 715; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": line_of(loc)} for t, loc in covers],
    "notes": (
        "海原县 (under 中卫市) 2024 plan, issued 2024-03-22. Deadlines are written in many office forms side by side: "
        "2024.6 (June 2024), 2024/12 (December 2024), 2024年6月30日前, 二〇二四年底, 24年底前 (= 2024), 2024年三季度, "
        "2024年上半年, 年内 (defined on line 22 as by 2024-12-31). The drafting note on line 22 also says the first unit "
        "of a cell leads. Task-table rows repeat the body's deadlines except row 11 (task 41: body has the impossible "
        "6月31日, table has 6月30日) and row 14 (task 48: 2025.6, planted). Tasks whose regional deadline is 2023 "
        "(14, 15, 17, 18, 24, 32, 36, 68) are taken up without a 完成时限 on purpose. No parent plan: the 中卫 plan "
        "is cited by title only and is not in the seeds."
    ),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(key["covers"]), "covers")
