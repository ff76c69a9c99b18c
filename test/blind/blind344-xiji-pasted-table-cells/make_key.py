#!/usr/bin/env python3
# Writes key.json and checks every line number / text against draft.txt (1-based).
import json, datetime
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "": L.pop()

def e(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    if line:
        assert text is None or text in L[line-1], (line, text, L[line-1][:60])
    return d

def row_line(n, col):  # col 0=序号 1=任务 2=牵头 3=配合 4=时限
    return 55 + (n-1)*5 + col

expect = [
 e("basis-mismatch", 9, "宁政办发〔2023〕17号",
   "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the office series, so the 文号 does not belong to the title"),
 e("unknown-unit", row_line(6,2), "自治区政府办公厅",
   "regional body named as the lead (牵头单位) of a county task (row 6, task 30): copied from the regional list's 自治区政府办公厅牵头负责; the county lead should be 县大数据服务中心"),
 e("deadline-later-than-baseline", row_line(7,4), "2024年6月底前",
   "row 7 = task 32 (明确本地本部门数据管理机构及其职责分工、人员…), 完成时限 2023年; also later than the 固原 plan (2023年底前明确各部门数据管理机构和人员)"),
 e("deadline-invalid", row_line(11,4), "6月31日",
   "2024年6月31日前: June has 30 days, impossible date (row 11 = task 47, 完成时限 2024年, so not late)"),
 e("deadline-later-than-baseline", row_line(12,4), "2025年底前",
   "row 12 = task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the 固原 plan says 到2024年底 and the draft's own line 31 says 力争到2024年底"),
 e("unknown-unit", row_line(14,2), "原州区审批服务管理局",
   "a unit of the neighbouring 原州区, not in 西吉 units.txt: left over from a copied template (should be 县审批服务管理局)"),
 e("garbled-text", row_line(27,1), "鏂板瀷鍩哄眰绠",
   "UTF-8 bytes of 新型基层管理服务平台 read as GBK inside the task cell of row 27 (task 83)"),
]

mnf = [
 e("unknown-unit", 3, "各乡镇人民政府", "addressees of the notice: collective subjects"),
 e("unknown-unit", row_line(1,3), "各乡镇人民政府", "partner cell naming 各乡镇人民政府: collective subject, not an unknown unit (round brief near miss)"),
 e("unknown-unit", row_line(1,3), "县直各部门（单位）", "collective subject"),
 e("unknown-unit", row_line(27,3), "各村（社区）", "collective subject"),
 e("unknown-unit", row_line(13,3), "县直有关部门（单位）", "collective subject"),
 e("unknown-unit", row_line(1,2), "县委网信办", "official short name, canonical in units.txt"),
 e("unknown-unit", row_line(5,2), "县政府办", "short name of 县人民政府办公室 listed in units.txt"),
 e("unknown-unit", row_line(8,3), "人社局", "县公安局、民政局、人社局: the 县 prefix distributes, 县人社局 is a units.txt short name"),
 e("unknown-unit", row_line(18,3), "卫健局", "县教体局、卫健局、自然资源局: prefix distributes to 县卫健局 / 县自然资源局, both in units.txt"),
 e("unknown-unit", row_line(25,3), "司法局", "县公安局、司法局、信访局: prefix distributes to 县司法局, 县信访局"),
 e("unknown-unit", row_line(2,3), "电信西吉分公司", "short name of 中国电信股份有限公司西吉分公司 in units.txt (also 移动/联通西吉分公司)"),
 e("unknown-unit", row_line(23,3), "固原市生态环境局西吉分局", "the county's environment branch, listed in units.txt"),
 e("unknown-unit", row_line(17,3), "县残联", "short name of 县残疾人联合会 in units.txt"),
 e("unknown-unit", 52, "牵头单位", "header cell of the pasted table, not a unit"),
 e("unknown-unit", 53, "配合单位", "header cell of the pasted table, not a unit"),
 e("unknown-unit", row_line(12,0), "12", "a row number standing alone on its line (pasted table), not a unit cell"),
 e("unknown-unit", 43, "宁夏干部教育培训网络学院", "a training platform relied on in prose, not a responsible unit"),
 e("deadline-invalid", row_line(20,0), "20", "a row number standing alone on its line, not a date or year"),
 e("deadline-later-than-baseline", row_line(19,4), "持续推进", "cell holding only 持续推进 (row 19 = task 10, 持续推进，2025年取得明显成效): ongoing, no milestone later than the region's"),
 e("basis-mismatch", 9, "国发〔2022〕14号", "correct 文号 of the national 指导意见"),
 e("basis-mismatch", 9, "宁政办发〔2023〕11号", "correct 文号 of 数字宁夏“1244+N”行动计划实施方案, cited the same way by the 吴忠 plan"),
 e("basis-mismatch", 9, "固原市人民政府《关于加强数字政府建设的实施方案》", "the parent city plan cited by title alone; title matches guyuan.txt, which has no 文号"),
 e("basis-mismatch", 14, "宁政办发〔2020〕14号", "retrospective mention in 工作基础 of the 2020 工作要点 with its correct 文号, not cited as basis"),
 e("basis-mismatch", 2, "西政发〔2023〕61号", "the draft's own 文号"),
 e("deadline-invalid", 14, "2021年", "past dates in the 工作基础 background (2021年, 2022年)"),
 e("deadline-invalid", 6, "2023年10月23日", "issue date of the notice"),
 e("deadline-later-than-baseline", 16, "到2023年底", "主要目标 goal, same year as the region's and 固原's"),
 e("deadline-later-than-baseline", 17, "到2025年", "体系框架全面成型 到2025年, equal to the region's and 固原's goal"),
 e("deadline-later-than-baseline", 18, "到2035年", "equal to the region's 2035 goal"),
 e("deadline-later-than-baseline", 31, "2024年底", "外网县、乡、村三级全覆盖 力争到2024年底: equal to task 48 (2024年) and 固原 (到2024年底)"),
 e("deadline-later-than-baseline", 45, "2023年12月10日前", "the office's own reporting date (also 每季度末月25日前), not a task deadline"),
 e("deadline-later-than-baseline", row_line(1,4), "2023年12月底前", "row 1 = task 14, 完成时限 2023年: equal"),
 e("deadline-later-than-baseline", row_line(3,4), "2023年形成机制，长期坚持", "row 3 = task 18, 完成时限 2023年形成机制，长期坚持: equal"),
 e("deadline-later-than-baseline", row_line(5,4), "2023年11月底前", "row 5 = task 64 (完成时限 2025年; also task 60, 2023年): earlier"),
 e("deadline-later-than-baseline", row_line(6,4), "2023年12月底前", "row 6 = task 30, 完成时限 2023年: equal (固原 2023年底前)"),
 e("deadline-later-than-baseline", row_line(11,4), "2024年6月31日前", "row 11 = task 47, 完成时限 2024年: not later (the date is invalid, see expect)"),
 e("deadline-later-than-baseline", row_line(13,4), "2024年12月底前", "row 13 = task 50, 完成时限 2024年: equal"),
 e("deadline-later-than-baseline", row_line(14,4), "2023年", "row 14 = task 85, 完成时限 2023年: equal"),
 e("deadline-later-than-baseline", row_line(17,4), "2024年6月底前", "row 17 = task 93, 完成时限 2024年: earlier"),
 e("deadline-later-than-baseline", row_line(18,4), "2024年底前", "row 18 = task 56, 完成时限 2025年: earlier"),
 e("deadline-later-than-baseline", row_line(20,4), "2023年完成主要建设任务，2025年取得明显成效", "row 20 = task 11, same 完成时限"),
 e("deadline-later-than-baseline", row_line(21,4), "2023年形成试点经验，2025年取得明显成效", "row 21 = task 7, same 完成时限"),
 e("deadline-later-than-baseline", row_line(22,4), "持续推进，2025年取得明显成效", "row 22 = task 8, same 完成时限"),
 e("deadline-later-than-baseline", row_line(23,4), "2025年", "row 23 = task 3, 完成时限 持续推进，2025年取得明显成效: same final year"),
 e("deadline-later-than-baseline", row_line(27,4), "2025年", "row 27 = task 83, 完成时限 2025年: equal"),
 e("deadline-later-than-baseline", row_line(30,4), "2025年", "row 30 = task 106, 完成时限 2025年: equal"),
 e("deadline-later-than-baseline", row_line(33,4), "长期坚持", "row 33 = task 121, 完成时限 长期坚持: equal"),
 e("deadline-later-than-baseline", row_line(34,4), "2023年完成并长期坚持", "row 34 = task 118, 完成时限 2023年完成并长期坚持: equal"),
 e("missing-pillar", 0, None, "二、健全工作体系 (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制, lines 19-22) takes up the 五个一/六级贯通 work system, as 吴忠 does", pillar="五个一"),
 e("missing-pillar", 0, None, "line 26 营造良好数字生态 and the 数据交易/网络生态 content", pillar="数字生态"),
]

tasks = [14,15,18,116,64,30,32,36,40,46,47,48,50,85,84,86,93,56,10,11,7,8,3,71,77,79,83,96,105,106,112,114,121,118]
covers = [{"task": t, "line": row_line(i,1)} for i, t in enumerate(tasks, 1)]
covers += [{"task": 6, "line": 25}, {"task": 21, "line": 29}, {"task": 24, "line": 29},
           {"task": 68, "line": 34}, {"task": 72, "line": 34}, {"task": 107, "line": 38},
           {"task": 123, "line": 44}, {"task": 124, "line": 44}]

# sanity: each task row has its number on the expected line
for i in range(1, len(tasks)+1):
    assert L[row_line(i,0)-1] == str(i), i
for c in covers: assert 1 <= c["line"] <= len(L)

key = {
 "writer": "blind writer, round 344; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["guyuan.txt"],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("西吉县 (固原市) 实施方案, issued 2023-10-23. The 重点任务分工表 was pasted from Word into a plain-text box: "
           "every cell is on its own line, header cells first (序号, 重点任务, 牵头单位, 配合单位, 完成时限, lines 50-54), "
           "then 34 rows of five lines each (row n: number on line 55+5(n-1), task +1, lead +2, partners +3, deadline +4). "
           "Line 49 states that the first-listed lead is the main lead. Parent: guyuan.txt, a 固原市 plan written for this case "
           "(title-only citation, no 文号; its dated items equal the region's: goals 2023底/2025/2035, 数据管理机构和底数 2023年底前, 外网全覆盖 到2024年底). "
           "Regional deadlines cited in why come from 宁政发〔2023〕17号 附件2."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers,", len(L), "lines")
