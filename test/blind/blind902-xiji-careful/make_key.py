# Builds key.json; every line number is looked up in the final draft.txt (1-based).
import json, os
here = os.path.dirname(os.path.abspath(__file__))
import sys; sys.path.insert(0, here)
from make_draft import ROWS

lines = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
if lines[-1] == "":
    lines.pop()

def ln(s, n=1):
    hits = [i + 1 for i, l in enumerate(lines) if s in l]
    assert len(hits) == n, (s, hits)
    return hits[0] if n == 1 else hits

REG = {3: "持续推进，2025年取得明显成效", 6: "持续推进，2025年取得明显成效", 7: "2023年形成试点经验，2025年取得明显成效",
       8: "持续推进，2025年取得明显成效", 10: "持续推进，2025年取得明显成效", 11: "2023年完成主要建设任务，2025年取得明显成效",
       18: "2023年形成机制，长期坚持", 28: "2023年启动，2025年取得明显成效", 64: "2025年", 41: "2024年", 42: "2024年",
       43: "2024年建成，持续推进", 47: "2024年", 48: "2024年", 49: "2025年", 52: "2025年", 54: "2024年", 56: "2025年",
       57: "2024年", 66: "2025年", 71: "2024年", 74: "2024年", 77: "2024年", 79: "2024年", 80: "2024年", 83: "2025年",
       84: "2024年", 86: "2024年", 88: "2024年", 89: "2024年", 90: "2024年", 93: "2024年", 95: "2025年", 96: "2025年",
       98: "2024年", 104: "2024年", 105: "2024年", 106: "2025年", 107: "2025年", 108: "长期推进，2024年取得明显成效",
       111: "2025年", 112: "2024年", 114: "2024年", 115: "2024年", 121: "长期坚持"}

row_line = {}
for i, r in enumerate(ROWS, 1):
    row_line[r[0]] = ln("%d\t%s\t" % (i, r[1]))
    assert lines[row_line[r[0]] - 1].split("\t")[3] == r[3]

expect = [
    {"rule": "deadline-later-than-baseline", "line": ln("到2025年底，完成县城域网升级改造"), "text": "2025年底",
     "why": "body sentence for regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the draft's own table row and 主要目标 say 2024, the body text was not updated"},
    {"rule": "deadline-invalid", "line": row_line[71], "text": "2024年9月31日",
     "why": "September has 30 days; the year itself matches regional task 71 (数字化追溯监管, 完成时限 2024年), so it is not late"},
    {"rule": "unknown-unit", "line": row_line[84], "text": "县行政审批服务局",
     "why": "not in units.txt; the county body is 县审批服务管理局 (short name 县审批局), written correctly in every other row"},
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not a 宁政办发 document (slip next to 宁政办发〔2023〕11号)"},
    {"rule": "garbled-text", "line": ln("渚涢渶瀵规帴"), "text": "渚涢渶瀵规帴",
     "why": "UTF-8 bytes of 供需对接 read as GBK (政务数据供需对接机制)"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# --- deadlines in the task table (all but the planted 9月31日) ---
for r in ROWS:
    t, d = r[0], r[3]
    if t == 71:
        continue
    reg = REG[t]
    if t == 18:
        why = "copied verbatim from regional task 18 (完成时限 %s); a copied regional deadline lying before the plan's year 2024, with 长期坚持" % reg
        m("deadline-invalid", row_line[t], why, d)
        m("deadline-later-than-baseline", row_line[t], why, d)
        continue
    if t == 95:
        why = "regional task 95 完成时限 %s (neighbouring task 94: 2024年); 2024年底前 is not later than either" % reg
    elif d.replace("底前", "") == reg or d == reg:
        why = "equal to regional task %d 完成时限 %s" % (t, reg)
    elif reg.endswith(d) or d in reg:
        why = "same completing milestone as regional task %d 完成时限 %s" % (t, reg)
    else:
        why = "earlier than or equal to regional task %d 完成时限 %s" % (t, reg)
    m("deadline-later-than-baseline", row_line[t], why, d)

# --- dated sentences in the body ---
m("deadline-later-than-baseline", ln("到2024年底，电子政务外网实现县、乡、村三级全覆盖"),
  "2024 goals for regional tasks 48, 86, 104, 105, 112, 115 (all 完成时限 2024年); equal", "2024年底")
m("deadline-later-than-baseline", ln("到2025年，全县数字政府建设体系框架全面成型"),
  "same year as the regional 主要目标 '到2025年，…“34567”体系框架全面成型'", "2025年")
m("deadline-later-than-baseline", ln("到2035年，与政府治理能力现代化相适应"),
  "same year as the regional 2035 goal", "2035年")
m("deadline-later-than-baseline", ln("2024年底前，实现全县教育收费"),
  "regional task 56 (非税收入收缴电子化全覆盖) 完成时限 2025年; the county is a year earlier", "2024年底前")
m("deadline-later-than-baseline", ln("到2025年，全县城乡供水管理数字化转型基本完成"),
  "regional task 96 (互联网+城乡供水, 水治理数字化转型基本完成) 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", ln("2024年12月10日前报送年度工作总结"),
  "the office's own reporting dates (quarterly 25日, annual summary), not a task deadline", "2024年12月10日")
m("deadline-invalid", ln("2022年实现县、乡两级电子政务外网全覆盖"),
  "past dates in the background (2021, 2022, 2023 achievements), not deadlines", "2022年")
m("deadline-invalid", ln("（2024年—2025年）", 2)[0],
  "period of the attached task list, not a deadline", "2024年—2025年")

# --- units ---
m("unknown-unit", 3, "collectives 各乡镇人民政府 / 县直各部门（单位） in the addressee line", "县直各部门（单位）")
m("unknown-unit", row_line[6], "collective 县直有关部门", "县直有关部门")
m("unknown-unit", row_line[83], "collective 各村（社区）", "各村（社区）")
m("unknown-unit", row_line[3], "县工业园区管委会 is the registered short name of 西吉县工业园区管理委员会; 县发改局 of 县发展和改革局", "县工业园区管委会")
m("unknown-unit", row_line[47], "西吉电信分公司 is the registered short name of 中国电信股份有限公司西吉分公司 (a unit outside the government proper)", "西吉电信分公司")
m("unknown-unit", row_line[95], "固原市生态环境局西吉分局 is a registered canonical name (the city bureau's county branch), not a city-level body", "固原市生态环境局西吉分局")
m("unknown-unit", row_line[52], "prefix 县 distributes: 县民政局, 县教育体育局, 县人力资源和社会保障局, 县卫生健康局 are all registered", "民政局")
m("unknown-unit", ln("县发展和改革局、财政局、审计局"), "prefix 县 distributes: 县财政局, 县审计局 are registered", "审计局")
m("unknown-unit", row_line[74], "县自然资源局 by prefix distribution; 西吉生态环境分局 is a registered short name and takes no 县 prefix", "西吉生态环境分局")
m("unknown-unit", row_line[121], "县数字政府办 is the registered short name of 县推进数字政府建设领导小组办公室", "县数字政府办")
m("unknown-unit", row_line[106], "县政府办 is a registered short name of 县人民政府办公室", "县政府办")
m("unknown-unit", row_line[80], "县消防救援大队 is the registered short name of 西吉县消防救援大队; 县应急局 of 县应急管理局", "县消防救援大队")
m("unknown-unit", row_line[86], "县审批局 is the registered short name of 县审批服务管理局 (the correct form of the planted slip)", "县审批局")
m("unknown-unit", ln("将数字政府建设纳入县委党校干部培训内容"), "县委党校 is registered", "县委党校")

# --- citations ---
m("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", ln("宁政办发〔2023〕11号"), "cited exactly as in the 吴忠 plan: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号")
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", ln("本清单完成时限已逐项对照宁政发〔2023〕17号"), "bare correct 文号 of the regional 实施意见 in the table note", "宁政发〔2023〕17号")
m("basis-mismatch", 1, "the draft's own title in the 印发 notice (also line 4), not a citation of the regional 实施意见", "西吉县加强数字政府建设实施方案")

# --- pillars: all present ---
m("missing-pillar", ln("（三）营造良好数字生态"), "数字生态 is thin but present (data market, network ecology)")
m("missing-pillar", ln("（一）健全组织机构"), "五个一 taken up at county level as 健全组织机构 (leading group, office, technical centre)")
m("missing-pillar", ln("（二）厘清层级职责"), "六级贯通 taken up as 厘清层级职责")
m("missing-pillar", ln("（二）加大财政投入"), "财政投入 present (党的领导 items 组织领导、财政投入、数字素养、考核评价 all at lines 86-89)")

covers = [{"task": r[0], "line": row_line[r[0]]} for r in ROWS]
body = [(14, "强化安全管理责任。"), (15, "建立数字政府安全评估、责任落实和重大事件处置机制"), (17, "落实安全制度要求。"),
        (21, "推动各类行政权力事项网上运行、动态管理"), (22, "强化审管协同"), (23, "配合建设全区一体化数字资源管理系统"),
        (24, "健全政务信息化项目会商机制"), (32, "明确县直各部门数据管理机构及其职责分工、人员"),
        (36, "建立健全政务数据渚涢渶瀵规帴机制"), (50, "有序推进非涉密业务专网向电子政务外网整合迁移"),
        (51, "推广应用全区统一身份认证"), (25, "统筹利用现有资金渠道"), (116, "纳入“一把手工程”"),
        (117, "加大数字化专业人才引进力度"), (118, "定期开展全县干部数字化能力培训"),
        (122, "将数字政府建设纳入全县效能目标管理考核"), (123, "综合考核评价的重要参考"),
        (73, "推进消费维权“一件事”改革"), (68, "推行“照单监管”"), (103, "建立县级大数据辅助决策机制"),
        (85, "推行政务服务事项“集成办”“免证办”")]
for t, s in body:
    covers.append({"task": t, "line": ln(s)})
covers.sort(key=lambda c: c["task"])
assert len({c["task"] for c in covers}) == len(covers)

key = {
    "writer": "blind writer, round 902; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("西吉县 (固原市) 2024 实施方案 issued 2024-03-18 by a careful office whose task table was checked row by row against "
              "附件2 of 宁政发〔2023〕17号; five slips planted outside what such a check catches (a body sentence not updated, a day that "
              "does not exist, one misnamed unit, one 文号 slip, one mojibake run). No parent plan: 固原市's plan is referred to only as "
              "'固原市关于数字政府建设的工作部署', without title or 文号. Table row 7 copies regional task 18's '2023年形成机制，长期坚持' "
              "verbatim although the plan is issued in 2024; the writer treats it as a near miss per KEY-FORMAT. Tasks assigned to "
              "各市、县（区） that the draft does not take up (e.g. 2 产业云, 92 多卡合一) were not deliberately planted as uncovered and "
              "are not listed in expect."),
}
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
