# -*- coding: utf-8 -*-
# Writes draft.txt (from draft_src.py) and key.json; every line number is looked up in the
# final text by a unique substring, so the key cannot drift from the draft.
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from draft_src import LINES, GARBLED

HERE = os.path.dirname(os.path.abspath(__file__))
text = "\n".join(LINES) + "\n"
with open(os.path.join(HERE, "draft.txt"), "w", encoding="utf-8") as f:
    f.write(text)
lines = text.split("\n")[:-1]


def L(sub, also=None):
    """1-based line of the only line containing sub (and `also` if given)."""
    hits = [i + 1 for i, ln in enumerate(lines) if sub in ln and (also is None or also in ln)]
    if len(hits) != 1:
        raise SystemExit("not unique: %r %r -> %r" % (sub, also, hits))
    return hits[0]


def R(n):
    """line of local task row n of the table"""
    hits = [i + 1 for i, ln in enumerate(lines) if ln.startswith("%d\t" % n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def chk(line, sub):
    assert sub in lines[line - 1], (line, sub, lines[line - 1])
    return line


E = []   # expect
M = []   # mustNotFlag
C = []   # covers

# ---------------- planted mistakes ----------------
E.append({"rule": "basis-mismatch", "line": chk(L("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号"),
          "text": "宁政办发〔2023〕17号",
          "why": "the 实施意见 is 宁政发〔2023〕17号 (自治区人民政府文件); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title (line 5 cites it correctly)"})
E.append({"rule": "unknown-unit", "line": chk(R(10), "区网信局"), "text": "区网信局",
          "why": "no such body in 原州区; the registry (units.txt) and the 成员单位 list have 区委网信办"})
E.append({"rule": "deadline-later-than-baseline", "line": chk(R(22), "2025年6月底前"), "text": "2025年6月底前",
          "why": "regional task 48 (城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; the local row is later"})
E.append({"rule": "deadline-invalid", "line": chk(R(23), "6月31日"), "text": "6月31日",
          "why": "June has 30 days: 2024年6月31日 is an impossible date (regional task 50, 非涉密业务专网整合迁移, 完成时限 2024年, so the year itself is not late)"})
E.append({"rule": "garbled-text", "line": chk(R(32), GARBLED[:4]), "text": GARBLED[:4],
          "why": "UTF-8 bytes read as GBK: %s is 全链条数字化追溯 (regional task 71 wording)" % GARBLED})
E.append({"rule": "deadline-later-than-baseline", "line": chk(R(42), "2025年底前"), "text": "2025年底前",
          "why": "regional task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设，各市、县（区）按照职能分别负责) 完成时限 2024年; the local row is later"})
E.append({"rule": "unknown-unit", "line": chk(R(50), "自治区机管局"), "text": "自治区机管局",
          "why": "a regional body named as the lead (牵头单位 column) of a local task: copied from regional task 111, whose lead is 自治区机管局; the local lead should be 区机关事务服务中心"})

# ---------------- near misses ----------------
def m(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text:
        assert text in lines[line - 1], (line, text)
        d["text"] = text
    d["why"] = why
    M.append(d)

members = L("成员单位：区委办公室")
m("unknown-unit", members, "member body listed in the 成员单位 list (a member, not a lead); a city bureau's branch seated in 原州区, listed in units.txt, must not be split at 市", "固原市公安局原州分局")
m("unknown-unit", members, "member body listed as a member, in units.txt (city bureau's 原州分局)", "固原市自然资源局原州分局")
m("unknown-unit", members, "member body listed as a member, in units.txt (city bureau's 原州分局)", "固原市生态环境局原州分局")
m("unknown-unit", members, "member body listed as a member, in units.txt", "区大数据服务中心")
m("unknown-unit", members, "member body listed as a member (not a lead); also the official short name of 区人民政府办公室, in units.txt", "区人民政府办公室")
m("unknown-unit", L("召集人：区人民政府分管"), "the 召集人 is named by post (分管副区长), not a unit", "副区长")
m("unknown-unit", L("副召集人："), "副召集人 named by post (主任 of two registry units), not units", "区大数据服务中心主任")
m("unknown-unit", L("综合股股长"), "联络员 named by post (股室负责人, 综合股股长), not a unit", "综合股股长")
m("unknown-unit", L("办公室主任由区人民政府办公室分管副主任兼任"), "联席会议办公室设在区人民政府办公室 (a registry unit); 分管副主任 is a post", "区人民政府办公室分管副主任")
m("unknown-unit", 4, "collective addressees (各乡镇人民政府、街道办事处, 区直各部门（单位）)", "各乡镇人民政府、街道办事处")
m("unknown-unit", R(11), "collective subject as a cooperating unit", "区直各部门（单位）")
m("unknown-unit", R(31), "collective subject 区直有关部门", "区直有关部门")
m("unknown-unit", R(60), "collective subject 各成员单位", "各成员单位")
m("unknown-unit", R(55), "collective subjects as the responsible units of an every-unit task (regional task 116 is 各部门及各市、县（区）负责)", "区直各部门（单位）、各乡镇人民政府、街道办事处")
m("unknown-unit", R(17), "区人社局 is the colloquial short name of 区人力资源社会保障局 (alias in units.txt)", "区人社局")
m("unknown-unit", L("2024年12月，区政府办公室"), "区政府办公室 is the short name of 区人民政府办公室 (alias in units.txt)", "区政府办公室")
m("unknown-unit", R(26), "two registry units as joint leads (区委办公室、区档案馆), as the region pairs 党委办公厅、档案局 for task 54", "区委办公室、区档案馆")
m("unknown-unit", R(14), "自治区行政许可管理信息系统 is a regional system the local unit works with, not a unit; the lead is 区审批服务管理局", "自治区行政许可管理信息系统")
m("deadline-later-than-baseline", L("原则上每年12月召开一次全体会议"), "the meeting's own schedule (每年12月召开全体会议), not a task deadline", "每年12月")
m("deadline-later-than-baseline", L("联席会议每季度召开一次"), "the meeting's own schedule (每季度召开一次), not a task deadline", "每季度召开一次")
m("deadline-later-than-baseline", L("每年12月10日前报送年度工作总结"), "the office's own reporting dates (每季度末月20日前, 每年12月10日前), not task deadlines", "12月10日前")
m("deadline-later-than-baseline", L("各牵头单位于每季度末月20日前"), "the office's own reporting date", "每季度末月20日前")
m("deadline-later-than-baseline", L("2024年12月，区政府办公室"), "the office's own evaluation date for the year's tasks, not a task deadline", "2024年12月")
m("deadline-invalid", 7, "the notice's own issue date", "2024年3月18日")
m("deadline-invalid", L("2023年，我区编制完成"), "past dates in the background (2020 document, 2023 achievements), not deadlines", "2023年")
m("basis-mismatch", L("2023年，我区编制完成"), "retrospective mention of the 2020 工作要点 (its real title and 文号), not cited as the basis", "宁政办发〔2020〕14号")
m("basis-mismatch", 5, "correct citations: 国发〔2022〕14号 and 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）", "宁政发〔2023〕17号")
m("basis-mismatch", L("2023年，我区编制完成"), "宁政发〔2023〕17号 cited by 文号 alone with its attachment 附件2 by its real title", "全区数字政府建设重点任务清单（2023年—2025年）")
m("deadline-later-than-baseline", L("到2025年，全区数字政府建设体系框架全面成型"), "主要目标 到2025年 equals the region's 到2025年 (体系框架全面成型); 全区 here means 原州区", "到2025年")
m("deadline-later-than-baseline", L("2024年，联席会议工作机制有效运转"), "2024 goal: 信创云迁移 (task 19, 2023年启动，2024年建成) and 专网整合 (task 50, 2024年) are due 2024 regionally; 数字化履职 is a 2025 regional goal", "2024年")
m("deadline-invalid", R(11), "a regional deadline copied verbatim (task 18: 2023年形成机制，长期坚持); the 2023 milestone lies before the plan's year but the task is ongoing, not an impossible or mistaken date", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", R(12), "equal: regional task 19 is 2023年启动，2024年建成 and task 43 is 2024年建成，持续推进", "2024年12月底前")
m("deadline-later-than-baseline", R(1), "equal: regional task 2 is 2023年启动，2024年取得明显成效", "2024年12月底前")
m("deadline-later-than-baseline", R(2), "equal: regional task 3 is 持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", R(9), "equal: regional task 12 is 2025年", "2025年")
m("deadline-later-than-baseline", R(10), "earlier than regional task 16 (2024年)", "2024年11月底前")
m("deadline-later-than-baseline", R(15), "earlier than regional task 23 (2024年)", "2024年10月底前")
m("deadline-later-than-baseline", R(16), "equal: regional task 28 is 2023年启动，2025年取得明显成效", "2025年取得明显成效")
m("deadline-later-than-baseline", R(19), "earlier than regional task 41 (2024年)", "2024年9月底前")
m("deadline-later-than-baseline", R(24), "equal: regional task 49 is 2025年", "2025年")
m("deadline-later-than-baseline", R(25), "regional task 52 is 2025年 (the local date is earlier) and task 53 is 2024年 (equal)", "2024年12月底前")
m("deadline-later-than-baseline", R(29), "earlier than regional task 64 (各市、县（区）成立相应的组织机构, 2025年)", "2024年3月底前")
m("deadline-later-than-baseline", R(30), "regional task 65 is 2024年 (equal), task 66 is 2025年", "2024年12月底前")
m("deadline-later-than-baseline", R(49), "earlier than regional task 107 (视频会议平台, 2025年)", "2024年12月底前")
m("deadline-later-than-baseline", R(50), "equal: regional task 111 is 2025年 (the row's fault is its lead unit only)", "2025年")
m("deadline-later-than-baseline", R(48), "equal: regional task 106 is 2025年", "2025年")
m("deadline-later-than-baseline", R(56), "长期坚持 for regional task 25 (2023年): an ongoing funding duty adds no later milestone", "长期坚持")
m("deadline-later-than-baseline", R(55), "长期坚持 for regional task 116 (2023年完成并长期坚持): ongoing, no later milestone", "长期坚持")
m("deadline-later-than-baseline", R(58), "长期坚持 for regional task 118 (2023年完成并长期坚持): ongoing, no later milestone", "长期坚持")
m("deadline-later-than-baseline", R(60), "长期坚持 for regional task 124 (2023年形成机制，长期坚持): ongoing, no later milestone", "长期坚持")
m("deadline-later-than-baseline", R(44), "equal: regional task 96 is 2025年", "2025年")
m("deadline-later-than-baseline", R(37), "equal: regional task 83 is 2025年", "2025年")
m("deadline-later-than-baseline", R(59), "equal: regional task 121 is 长期坚持", "长期坚持")

# ---------------- covers ----------------
cov = [(2, 1), (3, 2), (5, 3), (6, 4), (7, 4), (8, 5), (9, 6), (10, 7), (11, 8), (12, 9),
       (16, 10), (18, 11), (19, 12), (43, 12), (20, 13), (21, 14), (23, 15), (28, 16), (33, 17), (34, 17),
       (40, 18), (41, 19), (42, 20), (47, 21), (48, 22), (50, 23), (49, 24), (52, 25), (53, 25), (54, 26),
       (56, 27), (57, 28), (64, 29), (65, 30), (66, 30), (70, 31), (71, 32), (73, 33), (77, 34), (79, 35),
       (80, 36), (83, 37), (84, 38), (86, 39), (89, 40), (90, 41), (93, 42), (94, 43), (96, 44), (97, 45),
       (98, 45), (102, 46), (104, 47), (105, 47), (106, 48), (107, 49), (111, 50), (110, 51), (112, 52),
       (114, 53), (115, 54), (116, 55), (25, 56), (117, 57), (118, 58), (121, 59), (124, 60)]
for task, r in cov:
    C.append({"task": task, "line": R(r)})
C.append({"task": 122, "line": L("纳入全区效能目标管理考核，考核结果")})
C.append({"task": 123, "line": L("纳入全区效能目标管理考核，考核结果")})

key = {
    "writer": "blind writer, round 425; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": E,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("原州区（固原市）2024: a notice carrying the rules of a 数字政府建设联席会议 and the year's 60-row task table "
              "(序号/重点任务/牵头单位/配合单位/完成时限), checked against 宁政发〔2023〕17号 only (no parent plan; the 固原 city plan is not cited). "
              "全区 in the draft means 原州区. The task table follows the 34567 framework section by section, so every pillar has content. "
              "The three 固原市…局原州分局 are city-bureau branches seated in the district and are in units.txt. "
              "The table note says the first-listed lead is the main lead. task-uncovered is not annotated: a one-year task list "
              "leaves many regional tasks (e.g. 2023-dated ones) to other documents."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("lines", len(lines), "expect", len(E), "mustNotFlag", len(M), "covers", len(C))
