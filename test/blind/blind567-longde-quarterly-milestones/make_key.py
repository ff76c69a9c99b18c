#!/usr/bin/env python3
# Builds key.json for blind case 567 and checks every line/text pair against draft.txt (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")


def L(n):
    return lines[n - 1]


expect = [
    {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (the gazette, seed line 113); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": 70, "text": "2025年二季度",
     "why": "plan row 7 (城域网升级改造, 电子政务外网村级全覆盖) takes up regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 完成时限 2024 年; task 47 外网升级改造 is also 2024 年); the row's completing milestone is 2025年二季度, later than 2024"},
    {"rule": "deadline-later-than-baseline", "line": 46, "text": "2025年底",
     "why": "the sentence takes up regional task 105 (持续打造“宁政通”移动办公“总门户”…形成覆盖区市县乡村五级党政机关…一体化办公体系，实现日常公务多跨协同、移动智能; 完成时限 2024年); 2025年底前 is later"},
    {"rule": "deadline-invalid", "line": 68, "text": "6月31日",
     "why": "完成时限 2024年6月31日 is an impossible date (June has 30 days); the row takes up task 41 (2024年), so the year itself is not late"},
    {"rule": "unknown-unit", "line": 69, "text": "县大数据管理局",
     "why": "隆德县 has no 大数据管理局 (not in units.txt; the county's platform work sits with 县政务服务中心, line 36); listed first, so it is the row's lead"},
    {"rule": "unknown-unit", "line": 84, "text": "自治区林草局",
     "why": "a regional body named as the lead of a local task: the 说明 (line 62) says the first-listed unit of a cell is the lead, and 自治区林草局 is listed first in a county row (copied from regional task 98's 责任单位)"},
    {"rule": "garbled-text", "line": 32, "text": "鏀垮姟鏁版嵁",
     "why": "UTF-8 bytes of 政务数据供需对接机制 read as GBK (鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗)"},
]

mnf = [
    {"rule": "basis-mismatch", "line": 2, "text": "隆政办发〔2024〕11号", "why": "the county office's own 文号 for this notice, not a cited basis document"},
    {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct 文号 for 《国务院关于加强数字政府建设的指导意见》"},
    {"rule": "basis-mismatch", "line": 9, "text": "固原市人民政府《关于加强数字政府建设的实施方案》", "why": "the city plan cited by title alone, as DOMAIN.md says city plans often are; no 文号 to mismatch"},
    {"rule": "basis-mismatch", "line": 11, "text": "宁政办发〔2020〕14号", "why": "retrospective mention in the 工作基础 background (自…印发以来), with its correct title; not cited as the basis of this plan"},
    {"rule": "deadline-invalid", "line": 11, "text": "2022年", "why": "past dates in the background (2022年建成…, 2023年…) describe work done, not deadlines"},
    {"rule": "deadline-invalid", "line": 6, "text": "2024年2月26日", "why": "the notice's issue date"},
    {"rule": "deadline-later-than-baseline", "line": 13, "text": "到2024年底", "why": "2024 goals: 迁移上云 (task 46, 2024年), 矛盾纠纷多元化解信息系统 (task 77, 2024年), 新型基层管理服务平台 (task 83, 2025年) - equal or earlier"},
    {"rule": "deadline-later-than-baseline", "line": 14, "text": "到2025年", "why": "equal to the region's 主要目标 到2025年 “34567”体系框架全面成型"},
    {"rule": "deadline-later-than-baseline", "line": 33, "text": "二季度末前", "why": "2024 Q2 milestone for 迁移评估 (tasks 46 2024年 / 43 2024年建成), earlier than the region"},
    {"rule": "unknown-unit", "line": 33, "text": "自治区政府办公厅", "why": "named as the source of the deployment (按照…统一部署), not as a responsible unit of a local task; it is a regional unit in the baseline"},
    {"rule": "unknown-unit", "line": 36, "text": "数字宁夏建设运营有限公司", "why": "the regional 五个一 operating company (named in the 实施意见 and task 62), mentioned as a service provider, not a responsible unit"},
    {"rule": "unknown-unit", "line": 51, "text": "县推进数字政府建设领导小组办公室", "why": "in units.txt"},
    {"rule": "deadline-later-than-baseline", "line": 50, "text": "一季度末前", "why": "the office's own deployment step within 2024 (一季度末前完成部署), not a task deadline; earlier than any regional deadline anyway"},
    {"rule": "deadline-later-than-baseline", "line": 51, "text": "每季度首月10日前", "why": "the office's own reporting dates (每季度调度一次, 每季度首月10日前报送), not task deadlines"},
    {"rule": "deadline-later-than-baseline", "line": 52, "text": "12月20日前", "why": "annual summary reporting date; the 2025年节点 mention is a pointer to the table, not a date"},
    {"rule": "deadline-later-than-baseline", "line": 54, "text": "长期坚持", "why": "task 116 (2023年完成并长期坚持): work carried on, no later completion milestone"},
    {"rule": "deadline-later-than-baseline", "line": 64, "text": "持续推进", "why": "task 3 (持续推进，2025 年取得明显成效): local row is ongoing with no completion milestone; quarter cells are 2024 milestones"},
    {"rule": "deadline-later-than-baseline", "line": 65, "text": "持续推进，2025年取得明显成效", "why": "task 10 (持续推进，2025年取得明显成效): identical"},
    {"rule": "deadline-later-than-baseline", "line": 66, "text": "2024年12月底", "why": "task 34 (2024年): equal"},
    {"rule": "deadline-later-than-baseline", "line": 71, "text": "2025年二季度", "why": "task 49 视频一张网 (2025 年; also task 81, 2025年): 2025 Q2 is within the regional year; the 四季度 cell 完成县级视频资源整合 is a milestone before the final date"},
    {"rule": "deadline-later-than-baseline", "line": 72, "text": "2024年12月底", "why": "task 52 电子证照 (2025年): earlier"},
    {"rule": "deadline-later-than-baseline", "line": 73, "text": "2025年一季度", "why": "task 56 非税收入收缴电子化 (2025年): earlier"},
    {"rule": "deadline-later-than-baseline", "line": 76, "text": "2024年三季度", "why": "task 79 雪亮工程 (2024年): earlier"},
    {"rule": "deadline-later-than-baseline", "line": 77, "text": "2025年四季度", "why": "task 83 互联网+基层治理 (2025年): equal; 上线试运行 in 三季度 2024 is a milestone"},
    {"rule": "deadline-later-than-baseline", "line": 80, "text": "2025年三季度", "why": "task 92 多卡合一 (2025年): within the regional year"},
    {"rule": "deadline-later-than-baseline", "line": 81, "text": "2024年12月底", "why": "task 93 适老化 (2024年): equal, a final date equal to the region's"},
    {"rule": "deadline-later-than-baseline", "line": 82, "text": "2025年四季度", "why": "task 96 互联网+城乡供水 (2025年): equal"},
    {"rule": "deadline-later-than-baseline", "line": 85, "text": "2024年三季度", "why": "task 104 协同办公平台 (2024年): earlier"},
    {"rule": "deadline-later-than-baseline", "line": 86, "text": "2025年二季度", "why": "task 106 填表报数系统 (2025年): within the regional year"},
    {"rule": "deadline-later-than-baseline", "line": 89, "text": "长期坚持", "why": "task 118 (2023年完成并长期坚持): work carried on"},
    {"rule": "deadline-later-than-baseline", "line": 63, "text": "一季度", "why": "table header quarter words, not dates"},
    {"rule": "unknown-unit", "line": 64, "text": "隆德县工业园区管委会", "why": "县工业园区管委会 in units.txt, written with the 隆德县 prefix (units.txt: 县×× = 隆德县××)"},
    {"rule": "unknown-unit", "line": 71, "text": "隆德县公安局", "why": "县公安局 with the 隆德县 prefix (also line 75); line 76 writes it without"},
    {"rule": "unknown-unit", "line": 73, "text": "县税务局", "why": "隆德县税务局 written without its prefix (units.txt comment allows it)"},
    {"rule": "unknown-unit", "line": 73, "text": "县教体局", "why": "official short name of 县教育体育局 in units.txt (县卫健局 likewise)"},
    {"rule": "unknown-unit", "line": 66, "text": "县人社局", "why": "short name of 县人力资源和社会保障局 in units.txt"},
    {"rule": "unknown-unit", "line": 74, "text": "县发改局", "why": "short name of 县发展和改革局 in units.txt"},
    {"rule": "unknown-unit", "line": 79, "text": "县审批局", "why": "short names 县审批局, 县工信商务局, 县市场监管局 are in units.txt"},
    {"rule": "unknown-unit", "line": 81, "text": "县残联", "why": "short name of 县残疾人联合会 in units.txt"},
    {"rule": "unknown-unit", "line": 65, "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": "unknown-unit", "line": 67, "text": "县直各部门（单位）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": 77, "text": "各村（社区）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": 56, "text": "宁夏干部教育培训网络学院", "why": "a training platform the county relies on, not a responsible unit"},
]

covers = [
    (3, 64), (5, 22), (6, 23), (7, 23), (8, 23), (10, 65), (11, 24), (12, 25), (14, 27), (15, 27),
    (18, 28), (21, 29), (24, 29), (25, 55), (28, 30), (32, 31), (34, 66), (40, 67), (41, 68), (46, 69),
    (48, 70), (49, 71), (50, 33), (52, 72), (56, 73), (57, 74), (64, 36), (66, 39), (67, 39), (68, 40),
    (70, 40), (71, 40), (72, 40), (77, 75), (79, 76), (80, 41), (83, 77), (84, 78), (89, 79), (92, 80), (93, 81),
    (96, 82), (97, 83), (98, 84), (104, 85), (105, 46), (106, 86), (107, 47), (112, 87), (114, 88),
    (115, 48), (116, 54), (118, 89), (122, 57), (123, 57), (124, 57),
]

# checks
for e in expect + mnf:
    if e["line"] and "text" in e:
        assert e["text"] in L(e["line"]), (e["line"], e["text"])
assert "6月31日" in L(68) and "\t" in L(68)
for t, n in covers:
    assert 1 <= n <= len(lines) and L(n).strip(), (t, n)

key = {
    "writer": "blind writer, round 567; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": [{"task": t, "line": n} for t, n in covers],
    "notes": ("隆德县 (固原市) 2024 实施方案 with a quarter-by-quarter 推进计划表 (lines 63-89, tab-separated, 8 columns). "
              "Quarter cells hold 2024 milestones; 完成时限 holds the final date, with 2025 quarters for tasks running into 2025. "
              "Only one 2025 quarter is late (line 70, task 48 due 2024); the others belong to tasks the region dates 2025. "
              "The 说明 on line 62 makes the first-listed unit of each cell its lead. "
              "units.txt lists county bodies as 县××; its comment says 隆德县×× and 县×× are the same body. "
              "No parent plan: 固原市's plan is cited by title only (line 9). "
              "Tasks the region dated 2023 are taken up only without dates, so no late-deadline question arises for them. "
              "write_draft.py writes draft.txt; make_key.py writes this key and checks every line/text pair."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
