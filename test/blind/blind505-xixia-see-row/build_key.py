# -*- coding: utf-8 -*-
# Writes key.json; every line number is found from a unique anchor in the final draft.txt
# and the entry's text is checked to occur on that line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES = LINES[:-1]


def line_of(anchor):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def row(n):
    """line of task-table row with 序号 n"""
    hits = [i + 1 for i, l in enumerate(LINES) if l.count("\t") == 4 and l.split("\t")[1] == str(n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(n, col):
    return LINES[row(n) - 1].split("\t")[col]


def E(rule, ln, text=None, why="", **kw):
    d = {"rule": rule, "line": ln}
    if text is not None:
        assert ln == 0 or text in LINES[ln - 1], (rule, ln, text)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


UNIT, TIME = 3, 4
# sanity of the references the key relies on
assert cell(21, TIME) == "见上" and cell(20, TIME) == "2025年"
assert cell(37, TIME) == "同第35项" and cell(35, TIME) == "2025年"
assert cell(29, TIME) == "2025年6月底前"

expect = [
    E("basis-mismatch", line_of("关于加快推进数字政府建设的实施意见"), "关于加快推进数字政府建设的实施意见",
      "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it under the wrong title (加快推进 for 加强)"),
    E("unknown-unit", row(17), "区大数据管理局",
      "not in units.txt; the registry has 区大数据管理服务中心 (short name 区大数据中心), which every other row uses"),
    E("unknown-unit", row(33), "自治区党委政法委",
      "a regional body named as the lead (牵头) of a district task; the cell was copied from regional task 83 (自治区党委政法委牵头…); the district lead would be 区委政法委"),
    E("deadline-later-than-baseline", row(21), "见上",
      "完成时限 '见上' = row 20's 2025年 (the 视频一张网 row inserted above); row 21 is regional task 48 (城域网升级改造, 区市县乡村5级全覆盖), 完成时限 2024年; also contradicts the draft's own 到2024年底 goal"),
    E("deadline-later-than-baseline", row(29), "2025年6月底前",
      "regional task 71 (全主体、全品种、全链条数字化追溯监管) 完成时限 2024年"),
    E("deadline-later-than-baseline", row(37), "同第35项",
      "完成时限 '同第35项' = row 35's 2025年 (task 92 多卡合一); row 37 is regional task 86 (迭代升级“我的宁夏”政务APP, 应上尽上), 完成时限 2024年. The 责任单位 cell of the same row, also 同第35项, is correct"),
]

D = "deadline-later-than-baseline"
U = "unknown-unit"
mnf = []
def M(rule, ln, why, text=None):
    d = {"rule": rule, "line": ln}
    if text is not None:
        assert text in LINES[ln - 1], (rule, ln, text)
        d["text"] = text
    d["why"] = why
    mnf.append(d)

# references whose resolved value is right for the row
M(D, row(4), "同序号2 = row 2's 持续推进，2025年取得明显成效; regional task 8 持续推进，2025年取得明显成效 (equal)", "同序号2")
M(D, row(6), "见上 = row 5's 持续推进，2025年取得明显成效; regional task 10 持续推进，2025年取得明显成效 (equal)", "见上")
M(D, row(11), "同第9项 = 2024年; regional task 23 完成时限 2024年 (equal)", "同第9项")
M(U, row(15), "同第14项 in 责任单位 = 区大数据中心牵头，区直各部门（单位）配合: a reference, not a unit name, and right for task 34", "同第14项")
M(U, row(18), "参照第14项 in 责任单位 resolves to registry units (区大数据中心, 区直各部门（单位）)", "参照第14项")
M(D, row(18), "参照第17项 = 2024年; regional task 42 完成时限 2024年 (equal)", "参照第17项")
M(U, row(22), "见上 in 责任单位 = row 21's 区大数据中心牵头，区直各部门（单位）、各镇（街道）配合: valid units, right for task 50", "见上")
M(D, row(23), "同第20项 = 2025年; regional task 52 (电子证照) 完成时限 2025年 (equal) — same target as the wrong 见上 in row 21, but right here", "同第20项")
M(U, row(29), "同第28项 in 责任单位 = 西夏市场监管分局牵头，区直有关部门配合: valid", "同第28项")
M(D, row(31), "见上 = row 30's 2024年; regional task 79 (雪亮工程) 完成时限 2024年 (equal)", "见上")
M(U, row(37), "同第35项 in 责任单位 = 区审批局牵头，区大数据中心配合: valid and right for the 我的宁夏 row (only the 完成时限 cell of this row is wrong)", "同第35项")
M(U, row(42), "同第40项 in 责任单位 = 西夏生态环境分局牵头，区直有关部门配合: valid", "同第40项")
M(U, row(44), "同第43项 in 责任单位 = 区政府办公室牵头…: valid", "同第43项")
M(D, row(44), "见上 = row 43's 2024年; regional task 105 (宁政通) 完成时限 2024年 (equal)", "见上")
M(D, row(47), "参照第46项 = 2025年; regional task 111 (机关事务) 完成时限 2025年 (equal)", "参照第46项")
M(D, row(49), "同第48项 = 2024年; regional task 114 (政务新媒体矩阵) 完成时限 2024年 (equal)", "同第48项")
# plain deadlines equal to or earlier than the region's
M(D, row(1), "regional task 3 持续推进，2025年取得明显成效 (equal)", "持续推进，2025年取得明显成效")
M(D, row(3), "regional task 7 2023年形成试点经验，2025年取得明显成效: completing milestone 2025 equal", "2025年取得明显成效")
M(D, row(7), "regional task 12 完成时限 2025年 (equal)", "2025年")
M(D, row(8), "copied regional deadline: task 18 2023年形成机制，长期坚持 (equal)", "2023年形成机制，长期坚持")
M("deadline-invalid", row(8), "a copied regional deadline that lies before the plan's year (task 18), not an impossible date", "2023年")
M(D, row(13), "regional task 28 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (only the start year differs)", "2024年启动，2025年取得明显成效")
M(D, row(14), "2024年9月底前 is earlier than regional task 33's 2024年", "2024年9月底前")
M(D, row(19), "regional task 43 2024 年建成，持续推进 (and task 19 2023年启动，2024年建成): 2024年 equal", "2024年")
M(D, row(25), "regional task 56 完成时限 2025年 (equal)", "2025年")
M(D, row(26), "2024年6月底前 is earlier than regional task 64's 2025年", "2024年6月底前")
M(D, row(33), "regional task 83 完成时限 2025年 (equal); this row's only mistake is its lead unit", "2025年")
M(D, row(38), "regional task 87 2023年启动，2025年完成: completing milestone 2025 equal", "持续推进，2025年完成")
M(D, row(39), "2024年10月底前 is earlier than regional task 89's 2024年", "2024年10月底前")
M(D, row(45), "regional task 106 完成时限 2025年 (equal)", "2025年")
M(D, row(51), "regional task 121 长期坚持 (equal)", "长期坚持")
# goals
M(D, line_of("到2024年底，区本级政务信息系统"), "the 2024 goals are tasks 43/19 (信创云, 2024), 48 (外网全覆盖, 2024), 86 and 105 (我的宁夏, 宁政通, 2024): equal; none of them is a 到2023年底 goal of the region", "到2024年底")
M(D, line_of("到2025年，西夏区数字政府建设体系框架全面成型"), "the region's goal: 到2025年 “34567”体系框架全面成型 (equal)", "到2025年")
M(D, line_of("到2035年，与政府治理能力现代化"), "the region's 到2035年 goal (equal)", "到2035年")
# background and office dates
M("deadline-invalid", line_of("2023年，我区依申请政务服务事项网上可办率"), "a past achievement in the background, not a deadline", "2023年")
M("deadline-invalid", line_of("各牵头单位于每年6月30日、12月10日前"), "the office's own reporting dates, not a task deadline", "12月10日前")
M(D, line_of("各牵头单位于每年6月30日、12月10日前"), "reporting dates of the leading group's office, not a task deadline", "6月30日")
M("deadline-invalid", line_of("2024年4月12日"), "the document's own issue date", "2024年4月12日")
# citations
M("basis-mismatch", line_of("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background, with its right title and 文号, not cited as the basis", "宁政办发〔2020〕14号")
M("basis-mismatch", line_of("宁政办发〔2023〕11号）等文件精神"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way in the 吴忠 plan: correct title and 文号", "宁政办发〔2023〕11号")
M("basis-mismatch", line_of("宁政办发〔2023〕11号）等文件精神"), "《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号） correct", "国发〔2022〕14号")
M("basis-mismatch", line_of("银西政发〔2024〕15号"), "the document's own 文号, not a cited basis", "银西政发〔2024〕15号")
# units: collectives and official short names
M(U, row(1), "各镇（街道） is a collective subject; 区发改局 is the registry short name of 区发展和改革局", "各镇（街道）")
M(U, row(5), "各街道办事处 is a collective; 区城管局, 区住建局, 西夏公安分局 are registry short names", "各街道办事处")
M(U, row(10), "区直有关部门 is a collective; 区审批局 and 西夏市场监管分局 are registry short names", "区直有关部门")
M(U, row(9), "区直各部门（单位） is a collective", "区直各部门（单位）")
M(U, row(6), "兴泾镇人民政府, 镇北堡镇人民政府 are in units.txt; 区农水局 is the short name of 区农业农村和水务局", "兴泾镇人民政府")
M(U, row(2), "区卫健局, 区人社局, 区文旅广电局 are registry short names; 按职责分别负责 is a role, not a unit", "区文旅广电局")
M(U, row(8), "区委网信办 and 区大数据中心 (short name of 区大数据管理服务中心) are in units.txt", "区大数据中心")
M(U, row(20), "区委政法委 (district) is in units.txt; the regional body appears only in row 33", "区委政法委")
M(U, line_of("区大数据管理服务中心承担技术支撑"), "区大数据管理服务中心 is the canonical registry name; 数字宁夏建设运营有限公司 and 数字宁夏建设专家咨询委员会 are named as service providers, not responsible units", "数字宁夏建设运营有限公司")
M(U, line_of("各牵头单位于每年6月30日、12月10日前"), "区数字政府建设领导小组办公室 is only the recipient of progress reports (set up in 区政府办公室, see the 健全组织机构 paragraph), not a responsible unit", "领导小组办公室")
M(U, row(20), "the task text says 配合建设全区统一的视频共享平台 — no regional body is named as a unit in this row", "配合建设")
M(U, row(7), "配合自治区培育数据要素市场 names the region in the task text, not in 责任单位 (区发改局牵头)", "配合自治区")
M(D, line_of("注：1.责任单位有多个的"), "explanatory note, no deadline")
M(D, line_of("2.为节省篇幅"), "the note explaining 同第×项/同序号×/参照第×项/见上; it refers to no row", "见上")

covers = []
def C(t, ln):
    covers.append({"task": t, "line": ln})

table_map = {1: 3, 2: 6, 3: 7, 4: 8, 5: 9, 6: 10, 7: 12, 8: 18, 9: 21, 10: 22, 11: 23, 12: 26, 13: 28,
             14: 33, 15: 34, 16: 40, 17: 41, 18: 42, 19: 43, 20: 49, 21: 48, 22: 50, 23: 52, 24: 53, 25: 56,
             26: 64, 27: 66, 28: 70, 29: 71, 30: 77, 31: 79, 32: 80, 33: 83, 34: 84, 35: 92, 36: 93, 37: 86,
             38: 87, 39: 89, 40: 94, 41: 96, 42: 102, 43: 104, 44: 105, 45: 106, 46: 107, 47: 111, 48: 112,
             49: 114, 50: 115, 51: 121, 52: 117}
for r, t in table_map.items():
    C(t, row(r))
C(69, row(28))
C(54, row(16))
C(14, line_of("（一）构建全方位安全保障体系。强化安全管理责任"))
C(15, line_of("（一）构建全方位安全保障体系。强化安全管理责任"))
C(17, line_of("落实安全制度要求。落实数据分类分级保护"))
C(20, line_of("全面梳理本部门数字化发展相关职责分工"))
C(24, line_of("完善政务信息化建设管理会商机制"))
C(30, line_of("（三）构建循环利用的数据资源体系"))
C(32, line_of("（三）构建循环利用的数据资源体系"))
C(36, line_of("（三）构建循环利用的数据资源体系"))
C(68, line_of("（二）提升综合高效的市场监管能力"))
C(116, line_of("（一）加强组织领导。各级党组织"))
C(25, line_of("（二）加大财政投入。"))
C(118, line_of("（三）提升数字素养。"))
C(122, line_of("（四）强化考核评价。"))
C(123, line_of("（四）强化考核评价。"))
C(124, line_of("（四）强化考核评价。"))
C(103, line_of("（六）提升整体高效的政务运行能力"))
C(65, line_of("（一）提升科学精准的经济调节能力"))

key = {
    "writer": "blind writer, round 505; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("银川市西夏区 实施方案 (2024-04-12), basis 宁政发〔2023〕17号 only, no parent plan. "
              "Its task table saves space by reference: 同第N项 / 同序号N / 参照第N项 mean the same as row N's cell in that column, "
              "见上 the same as the row above (explained in the note on the last line). Two planted late deadlines exist only after "
              "resolving such a reference (row 21 见上 -> row 20 2025年; row 37 同第35项 -> row 35 2025年); every other reference "
              "resolves to a value that is right for its row. Row 8 copies the region's 2023年形成机制，长期坚持 into a 2024 plan "
              "(equal, not invalid). Deadline `text` for reference cells is the cell as written (见上, 同第35项); the resolved date is in `why`."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers), "tasks", len({c['task'] for c in covers}))
