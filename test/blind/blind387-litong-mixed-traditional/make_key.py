#!/usr/bin/python3
# Writes key.json and checks every line number against draft.txt: each entry carries a
# substring `at` that must occur on its line (the `at` field is stripped before writing).
import json, pathlib
here = pathlib.Path(__file__).resolve().parent
L = (here / "draft.txt").read_text(encoding="utf-8").split("\n")

def E(rule, line, at=None, **kw):
    d = {"rule": rule, "line": line}
    d.update(kw)
    if line:
        probe = at or kw.get("text")
        assert probe and probe in L[line - 1], (rule, line, probe)
    return d

expect = [
    E("deadline-later-than-baseline", 89, text="2025年6月底", at="2025年6月底前",
      why="Traditional row 12 (城域网升级改造, 电子政务外网区、乡镇（街道）、村（社区）全覆盖) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024 年; the draft's own goal on line 14 also says 到2024年底"),
    E("deadline-later-than-baseline", 57, text="2026年底",
      why="the 互联网+基层治理 / 新型基层管理服务平台 sentence is task 83, 完成时限 2025年"),
    E("deadline-invalid", 95, text="13月", at="2024年13月底前",
      why="2024年13月 does not exist (12月 mistyped); task 95 is due 2025年, so the year itself is not late"),
    E("unknown-unit", 87, text="區數據管理局",
      why="Traditional for 区数据管理局: no such body in units.txt (the district's data body is 区大数据服务中心) nor in the regional baseline"),
    E("basis-mismatch", 72, text="寧政發〔2023〕7號", at="〔2023〕7號",
      why="the 自治区 实施意见 titled 关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号 (cited correctly on lines 7 and 20); 〔2023〕7号 drops the 1"),
    E("garbled-text", 64, text="鎻愬崌杈呭姪鍐崇瓥",
      why="sub-item title 提升辅助决策能力 as UTF-8 bytes read as GBK (鎻愬崌杈呭姪鍐崇瓥鑳藉姏); no ? marker"),
]

M = []
def N(rule, line, why, at=None, text=None):
    d = E(rule, line, at=at, **({"text": text} if text else {}))
    d["why"] = why
    M.append(d)

# basis documents
N("basis-mismatch", 7, "correct: 国务院 guidance is 国发〔2022〕14号", text="国发〔2022〕14号")
N("basis-mismatch", 7, "correct: 自治区 实施意见 is 宁政发〔2023〕17号 with exactly this title", text="宁政发〔2023〕17号")
N("basis-mismatch", 7, "cited exactly as the 吴忠 parent plan cites it (《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）)", text="宁政办发〔2023〕11号")
N("basis-mismatch", 7, "the city plan cited by title alone (吴忠市人民政府《关于加强数字政府建设的实施方案》), which has no 文号", text="吴忠市人民政府《关于加强数字政府建设的实施方案》")
N("basis-mismatch", 10, "retrospective mention of the 2020 工作要点 in the 工作基础 background, with its correct title and 文号; not cited as a basis", text="宁政办发〔2020〕14号")
N("basis-mismatch", 10, "background: the city plan's issue in 2023年11月, by its correct title", text="2023年11月")
N("basis-mismatch", 20, "Traditional spelling of the correct citation 宁政发〔2023〕17号", text="寧政發〔2023〕17號")
N("basis-mismatch", 2, "the document's own title in the 印发 notice, not a basis document", text="《吴忠市利通区数字政府建设实施方案》")
# dates that are not deadlines or are fine
N("deadline-invalid", 4, "the office's own issue date", text="2024年4月12日")
N("deadline-invalid", 10, "past dates in the 工作基础 background (2020年以来, 2023年, 2023年11月), not deadlines", text="2023年，全区电子政务外网")
N("deadline-later-than-baseline", 10, "background statement of what was done in 2023, not a deadline", text="2023年，全区电子政务外网")
N("deadline-later-than-baseline", 14, "2024年底 goals are task 48 (外网全覆盖, 2024 年), task 41 (公共数据开放目录, 2024年) and task 105 (宁政通, 2024年): equal; not the region's 到2023年底 goals", text="到2024年底")
N("deadline-later-than-baseline", 15, "到2025年 体系框架全面成型 equals the region's and 吴忠's 到2025年 goal", text="到2025年")
N("deadline-later-than-baseline", 16, "到2035年 equals the region's and 吴忠's 到2035年 goal", text="到2035年")
N("deadline-later-than-baseline", 21, "Traditional 於2024年底前 for 乡镇（街道）organisation: task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年, so earlier", text="於2024年底前")
N("deadline-later-than-baseline", 23, "the office's own reporting dates (每季度末5個工作日內, 每年12月10日前), not task deadlines", text="每年12月10日前")
N("deadline-invalid", 23, "recurring reporting date without a year", text="12月10日")
# table deadlines equal to / earlier than the region's
N("deadline-later-than-baseline", 77, "task 3, 完成时限 持续推进，2025 年取得明显成效: equal", text="持续推进，2025年取得明显成效")
N("deadline-later-than-baseline", 78, "task 9, 完成时限 持续推进，2025年取得明显成效: equal", text="持续推进，2025年取得明显成效")
N("deadline-later-than-baseline", 79, "task 10, 完成时限 持续推进，2025年取得明显成效: equal", text="持续推进，2025年取得明显成效")
N("deadline-later-than-baseline", 80, "task 18, 完成时限 2023年形成机制, 长期坚持: copied verbatim, equal", text="2023年形成机制，长期坚持")
N("deadline-invalid", 80, "a copied regional deadline (task 18: 2023年形成机制，长期坚持) that lies before the plan's year; the task is ongoing", text="2023年形成机制")
N("deadline-later-than-baseline", 81, "task 22, 完成时限 2025年: equal", text="2025年")
N("deadline-later-than-baseline", 82, "task 50, 完成时限 2024 年: 2024年底前 equal", text="2024年底前")
N("deadline-later-than-baseline", 83, "task 54, 完成时限 2024年: equal", text="2024年")
N("deadline-later-than-baseline", 84, "task 57, 完成时限 2024年: equal", text="2024年")
N("deadline-later-than-baseline", 86, "Traditional row: task 41, 完成时限 2024年: 2024年底前 equal", text="2024年底前")
N("deadline-later-than-baseline", 87, "Traditional row: task 42, 完成时限 2024年: equal (the row's mistake is its unit)", text="2024年")
N("deadline-later-than-baseline", 88, "Traditional row: task 47, 完成时限 2024 年: 2024年底前 equal", text="2024年底前")
N("deadline-later-than-baseline", 90, "Traditional row: task 71, 完成时限 2024年: equal", text="2024年")
N("deadline-later-than-baseline", 91, "Traditional 長期堅持 for task 121, whose 完成时限 is 长期坚持: equal", text="長期堅持")
N("deadline-later-than-baseline", 92, "task 80, 完成时限 2024年: equal", text="2024年")
N("deadline-later-than-baseline", 93, "task 84, 完成时限 2024年: equal", text="2024年")
N("deadline-later-than-baseline", 94, "task 93, 完成时限 2024年: 2024年底前 equal", text="2024年底前")
N("deadline-later-than-baseline", 95, "2024年13月 is invalid, but its year is earlier than task 95's 完成时限 2025年: not late", text="2024年")
N("deadline-later-than-baseline", 96, "task 96, 完成时限 2025年: equal", text="2025年")
N("deadline-later-than-baseline", 97, "task 105, 完成时限 2024年: 2024年6月底前 is earlier", text="2024年6月底前")
N("deadline-later-than-baseline", 98, "task 106, 完成时限 2025年: equal", text="2025年")
N("deadline-later-than-baseline", 99, "task 107, 完成时限 2025年: equal", text="2025年")
N("deadline-later-than-baseline", 100, "task 114, 完成时限 2024年: equal", text="2024年")
N("deadline-later-than-baseline", 101, "task 77, 完成时限 2024年: equal", text="2024年")
# units
N("unknown-unit", 1, "addressee line: 各 distributes over 乡镇人民政府、街道办事处 (collectives)", text="街道办事处")
N("unknown-unit", 21, "Traditional spelling of 区大数据服务中心 (in units.txt)", text="區大數據服務中心")
N("unknown-unit", 21, "Traditional spelling of 区数字政府建设领导小组办公室 (in units.txt)", text="區數字政府建設領導小組辦公室")
N("unknown-unit", 23, "Traditional spelling of 市大数据管理服务局, the city unit listed in units.txt", text="市大數據管理服務局")
N("unknown-unit", 69, "Traditional 區委 / 區人民政府, both in units.txt (中共吴忠市利通区委员会 = 区委; 吴忠市利通区人民政府 = 区人民政府)", text="區委")
N("unknown-unit", 71, "Traditional 區委黨校 = 区委党校, in units.txt", text="區委黨校")
N("unknown-unit", 77, "金积工业园区管委会 is in units.txt", text="金积工业园区管委会")
N("unknown-unit", 80, "区直各部门（单位） is a collective subject", text="区直各部门（单位）")
N("unknown-unit", 82, "区直有关部门（单位） is a collective subject", text="区直有关部门（单位）")
N("unknown-unit", 86, "Traditional 區大數據服務中心 and the collective 區直各部門（單位）", text="區大數據服務中心")
N("unknown-unit", 87, "the other units of the row are real: 區住房和城鄉建設局, 區水務局, 區交通運輸局 (Traditional spellings of units in units.txt)", text="區住房和城鄉建設局")
N("unknown-unit", 89, "Traditional collectives 各鄉鎮人民政府、各街道辦事處 and 區大數據服務中心", text="各鄉鎮人民政府")
N("unknown-unit", 90, "區市場監管局 is the Traditional spelling of the short name 区市场监管局 (alias of 区市场监督管理局)", text="區市場監管局")
N("unknown-unit", 91, "區發改局 is the Traditional spelling of the short name 区发改局 (alias of 区发展和改革局); 區人民政府辦公室 is in units.txt", text="區發改局")
N("unknown-unit", 93, "区审批局 is the short name of 区审批服务管理局 in units.txt", text="区审批局")
N("unknown-unit", 98, "区统计局 and collectives 各乡镇人民政府、各街道办事处", text="区统计局")
# Traditional is not mojibake
for ln, t, what in [(19, "一套體系", "section 二 (lines 19-23)"), (39, "數據資源體系", "section 四（三） (lines 39-42)"),
                    (68, "加強黨對數字政府", "section 六 (lines 68-73)"), (85, "責任單位", "the Traditional table header and rows 9-14 (lines 85-91)")]:
    N("garbled-text", ln, f"valid Traditional characters typed with a Traditional input method, not an encoding error: {what}", text=t)
# pillars that live only in the Traditional parts (or under the damaged sub-title)
for p, ln, at, why in [
    ("数据资源", 39, "數據資源", "the data-resource pillar is section 四（三）, written in Traditional (lines 39-42)"),
    ("六级贯通", 22, "六級貫通", "the work system (五个一 + 六级贯通) is 吴忠's 一套体系, section 二, in Traditional (lines 19-23)"),
    ("组织领导", 69, "加強組織領導", "section 六（一）, in Traditional"),
    ("财政投入", 70, "加大財政投入", "section 六（二）, in Traditional"),
    ("数字素养", 71, "提升數字素養", "section 六（三）, in Traditional"),
    ("考核评价", 72, "強化考核評價", "section 六（四）, in Traditional"),
    ("政务运行", 63, "政务运行能力", "section 五（六）, lines 63-66; only one sub-title is damaged"),
]:
    assert at in L[ln - 1], (p, ln, at)
    d = {"rule": "missing-pillar", "line": 0, "pillar": p}
    d["why"] = why
    M.append(d)

C = []
def cov(task, line, at):
    assert at in L[line - 1], (task, line, at)
    C.append({"task": task, "line": line})

for task, line, at in [
    (3, 77, "智慧园区"), (9, 78, "一网统管"), (10, 79, "数字乡村"), (18, 80, "主动防御"),
    (22, 81, "审管协同"), (50, 82, "专网"), (54, 83, "电子文件归档"), (57, 84, "信用信息公共服务平台"),
    (41, 86, "公共數據開放目錄"), (42, 87, "供水、供電、供氣"), (47, 88, "骨幹網擴容升級"), (48, 89, "城域網升級改造"),
    (71, 90, "追溯監管"), (121, 91, "考核指標體系"), (80, 92, "智慧应急"), (84, 93, "网上办、掌上办"),
    (93, 94, "适老化"), (95, 95, "生态环境数据"), (96, 96, "城乡供水"), (105, 97, "宁政通"),
    (106, 98, "填表报数"), (107, 99, "视频会议"), (114, 100, "政务新媒体矩阵"), (77, 101, "行政复议"),
    (5, 26, "以网管网"), (6, 27, "养老托育"), (11, 27, "数字供销"), (13, 28, "规范数据交易行为"),
    (14, 32, "主体责任、监督责任"), (15, 32, "重大事件处置机制"), (17, 33, "数据分类分级保护"),
    (21, 36, "行政权力事项网上运行"), (24, 37, "会商机制"), (28, 38, "试点示范"),
    (64, 21, "參照區級做法"), (32, 40, "數據管理職責"), (36, 41, "供需對接機制"),
    (65, 49, "人口、就业、产业"), (66, 49, "经济运行大数据平台"), (68, 51, "照单监管"), (70, 51, "信用风险分类管理"),
    (72, 52, "互联网+监管"), (79, 55, "雪亮工程"), (83, 57, "互联网+基层治理"), (85, 59, "一件事一次办"),
    (86, 60, "我的宁夏"), (104, 65, "协同办公平台"), (111, 66, "机关事务"), (102, 62, "污染防治攻坚战"),
    (112, 67, "政务公开信息化平台"), (115, 67, "政民互动"), (116, 69, "一把手工程"), (25, 70, "多渠道投入"),
    (118, 71, "數字治理能力"), (122, 72, "效能目標管理考核"), (123, 72, "綜合考核評價"), (124, 72, "容錯和獎懲機制"),
]:
    cov(task, line, at)

key = {
    "writer": "blind writer, round 387; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("吴忠市利通区 2024 实施方案 following 吴忠's 1347 framework. A colleague typed part of it with a Traditional "
              "input method: section 二 (lines 19-23), section 四（三） (39-42), section 六 (68-73) and the task-list block "
              "with its repeated header (85-91) are Traditional (generated from Simplified with opencc s2tw by make_draft.py; "
              "converting them back with tw2s gives the Simplified source exactly). units.txt is Simplified only, so Traditional "
              "unit names must be matched after conversion. Three of the six planted mistakes sit in the Traditional parts "
              "(lines 72, 87, 89). Line 14's 到2024年底 goal and the late row 89 contradict each other on purpose. "
              "Row 80 copies task 18's 2023 deadline verbatim into a 2024 plan; KEY-FORMAT treats that as a near miss.")
}
(here / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(expect), "expect,", len(M), "mustNotFlag,", len(C), "covers")
