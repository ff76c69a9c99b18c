#!/usr/bin/env python3
# Builds key.json; every line number is found from the text and checked against draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(needle, start=None, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    if start is not None:
        hits = [h for h in hits if L[h - 1].startswith(start)]
    assert len(hits) >= nth, (needle, hits)
    return hits[nth - 1]

def row(n):  # table row with 序号 n
    return ln(f"{n}\t", start=f"{n}\t")

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line

E, M, C = [], [], []
def e(rule, line, text=None, why="", **kw):
    if text: chk(line, text)
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d.update(kw); d["why"] = why; E.append(d)
def m(rule, line, text=None, why=""):
    if text and line: chk(line, text)
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why; M.append(d)

# ---------------- planted mistakes ----------------
e("basis-mismatch", ln("宁政发〔2023〕71号"), "宁政发〔2023〕71号",
  "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the digits are transposed")
e("deadline-later-than-baseline", ln("到2026年"), "2026年",
  "主要目标: 体系框架全面成型 is due 到2025年 in the regional 主要目标 (全区各级数字政府建设“34567”体系框架全面成型); the county puts the same goal in 2026")
e("deadline-later-than-baseline", row(10), "2025年6月底前",
  "table row 10 (first row after the page break, 续表) = task 47 (电子政务外网升级改造, 骨干网扩容, 互联网出口带宽), 完成时限 2024年")
e("deadline-invalid", row(21), "2024年9月31日",
  "September has 30 days: 9月31日 is an impossible date (row 21 = task 93 适老化与信息无障碍, 完成时限 2024年; the year itself is not late)")
e("unknown-unit", row(6), "县大数据管理服务局",
  "no such body in 彭阳县 (units.txt has 县大数据服务中心, used in rows 5, 10, 11); the name is copied from city level")
e("unknown-unit", row(20), "自治区政府办公厅",
  "regional body named as the lead (牵头, first-listed) of a county task; copied from task 87 (自治区政府办公厅牵头负责) into the county list after a page break")
e("garbled-text", ln("寤虹珛鍋ュ叏"), "寤虹珛鍋ュ叏",
  "UTF-8 read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立健全政务数据供需对接机制")

# ---------------- near misses ----------------
for p in ("— 2 —", "— 9 —", "— 10 —"):
    m("garbled-text", ln(p), p, "page-number footer of the WPS export (em dashes around the page number), page furniture")
m("deadline-invalid", ln("— 10 —"), "— 10 —", "page number inside the task table, not a date or deadline")
m("basis-mismatch", 10, "彭阳县加强数字政府建设实施方案", "running header (even pages) = the plan's own short title, not a cited basis document")
m("unknown-unit", 17, "彭阳县人民政府文件", "running header (odd pages) / 红头 of the issuing government; 彭阳县人民政府 is in units.txt")
m("unknown-unit", ln("序号\t重点任务\t责任单位\t完成时限", nth=2), "责任单位", "table header row repeated after the page break, not a unit")
m("unknown-unit", ln("序号\t重点任务\t责任单位\t完成时限", nth=3), "责任单位", "table header row repeated after the second page break, not a unit")
m("garbled-text", ln("续表", nth=1), "续表", "WPS 续表 line at the top of a continued table page")
m("garbled-text", ln("治理精准化、公共服务高效化"), "治理精准化", "second half of the 指导思想 paragraph, split by the page break (page number + running header between the halves); text is intact")
m("basis-mismatch", ln("《国务院关于加强数字政府建设的指导意见》①"), "《国务院关于加强数字政府建设的指导意见》①",
  "national basis cited by correct title; its 文号 is given in footnote ① (国发〔2022〕14号)")
m("basis-mismatch", ln("固原市人民政府《关于加强数字政府建设的实施方案》"), "固原市人民政府《关于加强数字政府建设的实施方案》",
  "city plan cited by title alone, without 文号 (DOMAIN: a city plan may have none); correct title wording (加强, 实施方案)")
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号",
  "retrospective mention of the 2020 工作要点 in the background (自2020年…以来), not cited as a basis; 文号 and title are correct")
m("deadline-invalid", ln("2023年全县政务服务事项网上可办率"), "2023年", "past achievement in the background, not a deadline")
m("basis-mismatch", ln("① 《国务院关于加强数字政府建设的指导意见》"), "国发〔2022〕14号", "footnote ① citing the national guiding opinion with its correct 文号")
m("deadline-invalid", ln("① 《国务院关于加强数字政府建设的指导意见》"), "2022年6月6日", "issue date of the cited national document in a footnote, not a deadline")
m("deadline-invalid", ln("② 截至2023年底"), "2023年底", "statistical cut-off date in footnote ② (with counts 68个、12个、1000Mbps), not a deadline")
m("basis-mismatch", ln("③ 参见"), "宁政办发〔2023〕11号", "footnote ③ citing 《数字宁夏“1244+N”行动计划实施方案》 with the 文号 the 吴忠 plan also gives")
m("deadline-invalid", ln("[1] 数据来源"), "2024年1月", "date of a source document in endnote [1], not a deadline")
m("basis-mismatch", ln("[2] 参见"), "国办函〔2022〕102号", "endnote [2] citing the 全国一体化政务大数据体系建设指南 (the guide task 29 names) with its 文号")
m("basis-mismatch", 2, "彭政发〔2024〕23号", "the county's own 文号 for this notice")
m("basis-mismatch", 3, "《彭阳县关于加强数字政府建设的实施方案》", "the draft's own title in the 印发通知")
m("deadline-invalid", 7, "2024年4月18日", "issue date of the notice")
m("deadline-later-than-baseline", ln("到2024年底，县直部门"), "2024年底",
  "goals due 2024: 信创云迁移 (task 43: 2024年建成，持续推进), 外网县乡村全覆盖 (task 48: 2024年), 我的宁夏应上尽上 (task 86: 2024年) — equal")
m("deadline-later-than-baseline", ln("到2035年"), "2035年", "equal to the regional 2035 goal")
m("deadline-later-than-baseline", ln("每年6月25日、12月25日前"), "6月25日", "the office's own recurring reporting dates, not a task deadline")
m("deadline-later-than-baseline", ln("附件：彭阳县数字政府建设重点任务清单"), "2025年", "plan period of the attached list (2024年—2025年), not a deadline")
m("deadline-later-than-baseline", row(1), "持续推进，2025年取得明显成效", "task 3: 持续推进，2025年取得明显成效 — equal")
m("deadline-later-than-baseline", row(4), "2025年取得明显成效", "task 11: 2023年完成主要建设任务，2025年取得明显成效 — the completing milestone is equal; the past 2023 milestone is left out")
m("deadline-later-than-baseline", row(5), "2024年底前", "task 43: 2024年建成，持续推进 (also task 19: 2023年启动，2024年建成) — equal")
m("deadline-later-than-baseline", row(7), "2025年", "task 49: 2025年 — equal")
m("deadline-later-than-baseline", row(8), "2024年底前", "task 52: 2025年 — earlier")
m("deadline-later-than-baseline", row(11), "2024年底前", "task 48: 2024年 — equal (the row right after the planted late row 10)")
m("deadline-later-than-baseline", row(13), "2024年6月底前", "task 64: 2025年 — earlier (not task 60, which is the 自治区 leading group)")
m("deadline-later-than-baseline", row(20), "2025年", "task 87: 2023年启动，2025年完成 — equal")
m("deadline-later-than-baseline", row(25), "2025年6月底前", "task 106: 2025年 — earlier")
m("deadline-later-than-baseline", row(26), "长期推进，2024年取得明显成效", "task 108: 长期推进，2024年取得明显成效 — equal")
m("deadline-later-than-baseline", row(28), "长期坚持", "task 121: 长期坚持 — equal")
m("unknown-unit", row(3), "各乡镇人民政府", "collective subject")
m("unknown-unit", row(5), "县直各部门（单位）", "collective subject")
m("unknown-unit", row(6), "县直有关部门", "collective subject (county analogue of 市直有关部门)")
m("unknown-unit", row(12), "卫生健康局", "prefix 县 distributes: 县卫生健康局、县自然资源局 are in units.txt")
m("unknown-unit", row(14), "县住建局", "official short name of 县住房和城乡建设局 (units.txt); 县市场监管局 likewise")
m("unknown-unit", row(14), "固原市生态环境局彭阳分局", "city bureau's county branch, listed in units.txt")
m("unknown-unit", row(19), "县审批局", "short name of 县审批服务管理局 (units.txt)")
m("unknown-unit", row(27), "县政府办", "short name of 彭阳县人民政府办公室 (units.txt)")
m("unknown-unit", row(10), "中国电信彭阳分公司", "operator outside government, listed in units.txt")
m("unknown-unit", row(1), "彭阳工业园区管委会", "listed in units.txt")
m("unknown-unit", ln("（一）健全组织机构。参照自治区"), "县大数据服务中心", "the county's real data centre (units.txt), unlike 县大数据管理服务局 in row 6")
m("unknown-unit", ln("固原市人民政府《关于加强"), "固原市人民政府", "issuer of a cited basis document, not a responsible unit")
m("unknown-unit", ln("[1] 数据来源"), "彭阳县审批服务管理局", "full name of 县审批服务管理局 in an endnote (alias in units.txt)")
m("missing-pillar", 0, None, "五个一 / 六级贯通: the section is headed 健全工作体系 but 四(一)–(三) take up 五个一 (健全组织机构, 领导小组) and 六级贯通 (厘清层级职责)")
M[-1]["pillar"] = "五个一"
m("missing-pillar", 0, None, "六级贯通 is taken up in 四（二）厘清层级职责")
M[-1]["pillar"] = "六级贯通"
m("missing-pillar", 0, None, "数字生态 has its own paragraph 二（三）营造良好数字生态")
M[-1]["pillar"] = "数字生态"

# ---------------- covers ----------------
cov = {
 3: row(1), 6: row(2), 10: row(3), 11: row(4), 43: row(5), 50: row(6), 49: row(7), 52: row(8), 54: row(9),
 47: row(10), 48: row(11), 56: row(12), 64: row(13), 74: row(14), 77: row(15), 79: row(16), 83: row(17),
 84: row(18), 86: row(19), 87: row(20), 93: row(21), 95: row(22), 96: row(23), 105: row(24), 104: row(24),
 106: row(25), 108: row(26), 112: row(27), 114: row(27), 121: row(28),
 5: ln("（一）驱动数字经济发展"), 8: ln("（二）引领数字社会建设"),
 12: ln("（三）营造良好数字生态"), 13: ln("（三）营造良好数字生态"),
 14: ln("（一）构建全方位安全保障体系"), 15: ln("（一）构建全方位安全保障体系"), 18: ln("（一）构建全方位安全保障体系"),
 20: ln("（二）构建科学规范的制度规则体系"), 21: ln("（二）构建科学规范的制度规则体系"), 24: ln("（二）构建科学规范的制度规则体系"), 28: ln("（二）构建科学规范的制度规则体系"),
 30: ln("（三）构建循环利用的数据资源体系"), 32: ln("（三）构建循环利用的数据资源体系"), 42: ln("（三）构建循环利用的数据资源体系"), 40: ln("（三）构建循环利用的数据资源体系"),
 65: ln("（一）提升科学精准的经济调节能力"), 66: ln("（一）提升科学精准的经济调节能力"), 67: ln("（一）提升科学精准的经济调节能力"),
 68: ln("（二）提升综合高效的市场监管能力"), 69: ln("（二）提升综合高效的市场监管能力"), 70: ln("（二）提升综合高效的市场监管能力"), 71: ln("（二）提升综合高效的市场监管能力"), 72: ln("（二）提升综合高效的市场监管能力"), 73: ln("（二）提升综合高效的市场监管能力"),
 80: ln("（三）提升精细智能的社会管理能力"),
 85: ln("（四）提升普惠便捷的公共服务能力"), 88: ln("（四）提升普惠便捷的公共服务能力"), 89: ln("（四）提升普惠便捷的公共服务能力"), 90: ln("（四）提升普惠便捷的公共服务能力"),
 97: ln("（五）提升系统科学的生态环境保护能力"), 98: ln("（五）提升系统科学的生态环境保护能力"), 102: ln("（五）提升系统科学的生态环境保护能力"),
 103: ln("（六）提升整体高效的政务运行能力"), 107: ln("（六）提升整体高效的政务运行能力"), 111: ln("（六）提升整体高效的政务运行能力"),
 113: ln("（七）提升全面规范的政务公开能力"), 115: ln("（七）提升全面规范的政务公开能力"),
 116: ln("（一）加强组织领导。各乡镇党委"), 25: ln("（二）加大财政投入"), 118: ln("（三）提升数字素养"),
 122: ln("（四）强化考核评价"), 123: ln("（四）强化考核评价"), 124: ln("（四）强化考核评价"),
}
C = [{"task": t, "line": cov[t]} for t in sorted(cov)]

key = {
 "writer": "blind writer, round 297; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": E,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("彭阳县 (固原市) plan of 2024-04-18 as a WPS text export: page-number footers (— n —) on their own lines, running headers "
           "alternating 彭阳县加强数字政府建设实施方案 (even pages) and 彭阳县人民政府文件 (odd pages), footnote marks ①②③ and [1][2] "
           "with the notes at the end (注释), and the task table broken over three pages with 续表 and the header row repeated. "
           "The city plan of 固原 is not in the seeds, so no parent is given; the draft is checked against ningxia-2023 only. "
           "The task table carries the note 责任单位排在第一位的为牵头单位. The 指导思想 paragraph is split by a page break (lines 15/18). "
           "draft.txt is generated by make_draft.py; this key by make_key.py (line numbers asserted against draft.txt)."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(E), "expect,", len(M), "mustNotFlag,", len(C), "covers")
