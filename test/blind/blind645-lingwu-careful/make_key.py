#!/usr/bin/python3
# Builds key.json for blind case 645 from the final draft.txt, checking every line number and deadline.
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_draft, seedtasks

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if lines[-1] == "":
    lines.pop()
T = seedtasks.load()

def find(sub, unique=True):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert hits, sub
    if unique:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits

def on(line, text):
    assert text in lines[line - 1], (line, text)
    return text

def year(s):
    ys = re.findall(r"(20\d\d)\s*年", s)
    return int(ys[-1]) if ys else None

def due_of(line):
    l = lines[line - 1]
    m = re.search(r"完成时限：([^）]*)）", l)
    if m:
        return m.group(1)
    c = l.split("\t")
    assert len(c) == 5, line
    return c[4]

def reg(tasks):
    return "；".join("task %d 完成时限“%s”" % (t, T[t][2]) for t in tasks)

# ---- body lines with inline deadlines: line-start marker -> regional tasks ----
body_map = [
    ("1.推进园区数字化建设", (3,)),
    ("3.完善数字经济治理体系", (5,)),
    ("1.推进公共服务数字化普惠", (6,)),
    ("2.推进智慧教育和智慧医疗", (7, 8)),
    ("3.推进智慧城市建设", (9,)),
    ("4.推进数字乡村建设", (10,)),
    ("5.推进“数字供销”建设", (11,)),
    ("1.培育数据要素市场", (12,)),
    ("1.强化安全管理责任", (14, 15)),
    ("2.落实安全制度要求", (17,)),
    ("3.提升安全防护能力", (18,)),
    ("4.提高自主可控水平", (19,)),
    ("1.以数字化改革助力政府职能转变", (20, 21)),
    ("2.强化审管协同", (22,)),
    ("3.创新建设管理机制", (23,)),
    ("4.完善制度和标准规范", (26, 27)),
    ("5.开展试点示范", (28,)),
    ("1.完善数据管理机制", (30, 31, 32)),
    ("2.推进数据汇聚治理", (33, 34)),
    ("3.深化数据高效共享", (38,)),
    ("4.促进数据开发利用", (41, 42)),
    ("1.强化政务云支撑能力", (43, 46)),
    ("2.提升网络支撑能力", (47, 48, 50)),
    ("3.统筹视频资源共享", (49,)),
    ("4.加强共性应用支撑", (52, 53, 54)),
    ("5.推进信用和地理信息共享", (57, 58)),
    ("（一）健全组织机构", (64,)),
    ("1.加强经济运行监测分析", (65, 66)),
    ("2.推动经济政策有效衔接", (67,)),
    ("1.提升监管精准化水平", (69, 70)),
    ("2.提升监管协同化水平", (71, 73)),
    ("3.提升监管智能化水平", (74, 75)),
    ("1.提升社会矛盾化解能力", (77,)),
    ("2.提升社会治安防控能力", (79,)),
    ("3.提升公共安全保障能力", (80,)),
    ("4.提高基层社会治理能力", (83,)),
    ("1.打造泛在可及的服务体系", (84,)),
    ("2.做强“我的宁夏”灵武专区", (86,)),
    ("3.优化12345热线服务", (87,)),
    ("4.提供优质便利的涉企服务", (88, 89)),
    ("5.拓展公平普惠的民生服务", (90, 93)),
    ("1.提升生态环境协同治理能力", (94, 95)),
    ("2.推进数字治水", (96,)),
    ("3.提高自然资源利用效率", (97, 98, 100)),
    ("4.推动绿色低碳转型", (101, 102)),
    ("1.提升辅助决策能力", (103,)),
    ("2.提升行政执行能力", (104, 105)),
    ("3.推进基层填表报数减负", (106,)),
    ("4.整合视频会议资源", (107,)),
    ("5.提升行政监督水平", (108, 109)),
    ("6.提升机关事务管理水平", (111,)),
    ("1.提升政府信息公开水平", (112,)),
    ("2.发挥政务新媒体传播优势", (114,)),
    ("3.畅通政民互动渠道", (115,)),
]

PLANT_BODY_LATE = "2.提升网络支撑能力"
PLANT_ROW_LATE = 93          # annex row for task 93
PLANT_ROW_UNIT = 88          # annex row for task 88

expect, must, covers = [], [], []

def classify(local, tasks):
    ly = year(local)
    rys = [year(T[t][2]) for t in tasks]
    if ly is None:
        return "none"
    if any(r is not None and ly > r for r in rys):
        return "late"
    if all(r is not None and ly == r for r in rys):
        return "equal"
    if all(r is None or ly < r for r in rys):
        return "earlier"
    return "equal-or-earlier"

body_lines = {}
for marker, tasks in body_map:
    ln = find(marker)
    assert lines[ln - 1].startswith(marker), marker
    body_lines[marker] = ln
    d = due_of(ln)
    kind = classify(d, tasks)
    if marker == PLANT_BODY_LATE:
        assert kind == "late"
        expect.append({"rule": "deadline-later-than-baseline", "line": ln, "text": on(ln, "2025年12月底前"),
                       "why": "planted: the county sets 2025年12月底前 for 城域网升级改造/骨干网扩容/市镇村全覆盖/专网整合迁移, but "
                              + reg(tasks) + " — one year late (the annex row for the same work says 2024年12月底前)"})
        continue
    assert kind != "late", (marker, d, tasks)
    for t in tasks:
        if t != 67:  # 推动经济政策有效衔接 only echoes task 67's second clause; not a clear take-up
            covers.append({"task": t, "line": ln})
    if kind == "none":
        must.append({"rule": "deadline-later-than-baseline", "line": ln, "text": d,
                     "why": "no dated milestone (ongoing duty), so nothing can be later; " + reg(tasks)})
        continue
    why = {"equal": "equal to the regional deadline",
           "earlier": "earlier than the regional deadline",
           "equal-or-earlier": "equal to or earlier than every matching regional deadline"}[kind]
    extra = ""
    if marker == "5.开展试点示范":
        extra = " (the local start milestone 2024年启动 is after the region's 2023年启动, but the completing milestone 2025年 is equal; DOMAIN compares the completing milestone)"
    if marker == "5.推进“数字供销”建设":
        extra = " (completing milestone 2025年 equal; the region's intermediate 2023 milestone is not repeated)"
    if marker == "3.提升安全防护能力":
        extra = " (copied verbatim from the regional task; the 2023 milestone lies before the plan year but is the regional deadline itself)"
    if marker == "（一）健全组织机构":
        extra = " (task 60, 充实自治区领导小组成员 due 2023, is a task of the 自治区政府办公厅 itself, not of counties)"
    if marker == "4.加强共性应用支撑":
        extra = " (electronic licences/seals are tasks 52–54 of the platform pillar, not task 85 “免证办” of 2023)"
    must.append({"rule": "deadline-later-than-baseline", "line": ln, "text": d, "why": why + ": " + reg(tasks) + extra})

# ---- annex rows ----
rows = make_draft.rows
hdr = find("序号\t重点任务\t牵头单位\t配合单位\t完成时限")
for i, (tasks, task, lead, coop, due) in enumerate(rows, 1):
    ln = hdr + i
    assert lines[ln - 1].startswith("%d\t%s\t" % (i, task)), ln
    kind = classify(due, tasks)
    if tasks == (PLANT_ROW_LATE,):
        assert kind == "late"
        expect.append({"rule": "deadline-later-than-baseline", "line": ln, "text": on(ln, "2025年6月底前"),
                       "why": "planted: annex row %d gives 2025年6月底前 for 适老化与信息无障碍建设, but %s; the body (民生服务 item) says 2024年12月底前" % (i, reg(tasks))})
    else:
        assert kind != "late", (i, due, tasks)
        if kind == "none":
            why = "no dated milestone (ongoing duty), so nothing can be later"
        else:
            why = {"equal": "equal to the regional deadline", "earlier": "earlier than the regional deadline",
                   "equal-or-earlier": "equal to or earlier than every matching regional deadline"}[kind]
        if "2023年" in due:
            why += " (copied regional deadline that lies before the plan year)"
        if tasks == (47, 48):
            why += " (this row is right; the body item 2.提升网络支撑能力 is the late one)"
        must.append({"rule": "deadline-later-than-baseline", "line": ln, "text": due, "why": "annex row %d, %s: %s" % (i, why, reg(tasks))})
    if tasks == (PLANT_ROW_UNIT,):
        expect.append({"rule": "unknown-unit", "line": ln, "text": on(ln, "市行政审批局"),
                       "why": "planted: not in units.txt; the registry name is 市审批服务管理局 (short name 市审批局), used everywhere else in the draft"})

# ---- other planted mistakes ----
pre = find("根据《国务院关于加强数字政府建设的指导意见》")
expect.insert(0, {"rule": "basis-mismatch", "line": pre, "text": on(pre, "国办发〔2022〕14号"),
                  "why": "planted: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号 (a 国务院 document), not 国办发; the 文号 does not belong to the title"})
garb = make_draft.GARBLED
gl = find(garb)
assert garb.encode("gbk").decode("utf-8") == "融合应用"
expect.append({"rule": "garbled-text", "line": gl, "text": garb,
               "why": "planted: 融合应用 as UTF-8 bytes read as GBK (re-encode as GBK, decode as UTF-8 to recover)"})

# ---- non-deadline near misses ----
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in lines[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    must.append(e)

m("basis-mismatch", pre, "correct 文号 and title of the regional 实施意见", "宁政发〔2023〕17号")
m("basis-mismatch", pre, "correct: 数字宁夏“1244+N”行动计划实施方案 is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan)", "宁政办发〔2023〕11号")
bg = find("近年来，我市认真落实")
m("basis-mismatch", bg, "retrospective mention of the superseded 2020 工作要点 in the background, not a basis document", "宁政办发〔2020〕14号")
m("basis-mismatch", bg, "retrospective mention of the 2020–2022 行动计划 (expired), background only", "《宁夏回族自治区“数字政府”建设行动计划（2020年—2022年）》")
m("basis-mismatch", 2, "the document's own 文号", "灵政发〔2024〕11号")
m("basis-mismatch", 4, "the document's own title in the 印发 notice", "《灵武市加强数字政府建设实施方案》")
m("deadline-invalid", 6, "issue date of the document itself", "2024年3月22日")
m("deadline-invalid", bg, "past dates in the background (2021年, 2022年, 截至2023年底)", "截至2023年底")
m("deadline-invalid", bg, "year range inside a retrospective title", "2020年—2022年")
m("deadline-invalid", bg, "year inside the title of the retrospective 2020 工作要点", "2020年“数字政府”建设工作要点")
m("deadline-invalid", find("灵武市数字政府建设重点任务清单（"), "period of the annex list, not a deadline", "2024年—2025年")
m("deadline-invalid", find("（三）完善工作机制"), "the office's own reporting date (联络员名单), not a task deadline", "2024年4月30日前")
rep = find("各牵头单位要细化工作措施")
m("deadline-invalid", rep, "the office's own reporting dates (措施、季度进展、年度总结)", "每季度末月25日前")
m("deadline-later-than-baseline", rep, "reporting dates of the office, not task deadlines", "2024年4月30日前")
m("deadline-invalid", find("3.提升安全防护能力"), "copied regional deadline (task 18 “2023年形成机制, 长期坚持”) that lies before the plan year", "2023年形成机制，长期坚持")
m("deadline-invalid", hdr + 12, "copied regional deadline (task 18) that lies before the plan year", "2023年形成机制，长期坚持")
m("deadline-invalid", hdr + [i for i, r in enumerate(rows, 1) if r[0] == (116,)][0], "copied regional deadline (task 116 “2023年完成并长期坚持”) that lies before the plan year", "2023年完成并长期坚持")
g24 = find("到2024年底，")
g25 = find("到2025年，全市数字政府建设")
g35 = find("到2035年，")
m("deadline-later-than-baseline", g24, "2024 goals match tasks due 2024 (43 “2024 年建成，持续推进”, 41 “2024年”, 86 “2024年”, 84 “2024年”, 105 “2024年”); none restates a regional 到2023年底 goal", "到2024年底")
m("deadline-later-than-baseline", g25, "equal to the regional goal 到2025年 “34567”体系框架全面成型; 压减50%以上 is task 106 “2025年”", "到2025年")
m("deadline-later-than-baseline", g35, "equal to the regional 到2035年 goal", "到2035年")

# units
def u(line, text, why):
    m("unknown-unit", line, why, text)
u(3, "各镇人民政府", "collective subject (addressee)")
u(find("1.推进园区数字化建设"), "各有关单位", "collective subject")
u(find("2.提升社会治安防控能力"), "各村（社区）", "collective subject")
u(find("1.强化安全管理责任"), "市直各部门", "collective subject")
u(find("5.推进信用和地理信息共享"), "市直有关部门", "collective subject")
u(find("5.推进信用和地理信息共享"), "市发改局", "short name of 市发展和改革局 in units.txt")
u(find("1.以数字化改革助力政府职能转变"), "市审批局", "short name of 市审批服务管理局 in units.txt")
u(find("2.推进数据汇聚治理"), "市人社局", "short name of 市人力资源和社会保障局 in units.txt")
u(find("5.推进信用和地理信息共享"), "市市场监管局", "short name of 市市场监督管理局 in units.txt")
u(find("3.提升公共安全保障能力"), "市林草局", "short name of 市林业和草原局 in units.txt")
u(find("3.创新建设管理机制"), "财政局、审计局", "prefix 市 distributes: 市财政局, 市审计局 (both in units.txt)")
u(hdr + 17, "财政局、审计局", "prefix 市 distributes: 市财政局, 市审计局")
u(find("1.推进公共服务数字化普惠"), "市民政局按职责分别牵头", "市民政局 followed by the role phrase 按职责分别牵头")
u(find("2.提升监管协同化水平"), "市卫生健康局按职责分别牵头", "市卫生健康局 followed by the role phrase")
u(find("1.提升生态环境协同治理能力"), "银川市生态环境局灵武分局", "in units.txt (银川 branch office stationed in 灵武); not a regional body")
u(hdr + [i for i, r in enumerate(rows, 1) if r[0] == (100,)][0], "生态环境局灵武分局", "short name in units.txt")
u(find("2.提升网络支撑能力"), "中国电信灵武分公司", "operator listed in units.txt (also 中国移动灵武分公司, 中国联通灵武分公司)")
u(find("4.促进数据开发利用"), "国网灵武市供电公司", "in units.txt")
u(find("3.提升公共安全保障能力"), "灵武市消防救援大队", "in units.txt (also 灵武市气象局)")
u(find("1.提升社会矛盾化解能力"), "市人民法院", "in units.txt (also 市人民检察院)")
u(find("3.深化数据高效共享"), "市人大常委会办公室", "in units.txt (also 市政协办公室)")
u(find("4.提高基层社会治理能力"), "市委组织部、市民政局", "two registry units; 市 written out so 市委 does not distribute")
u(hdr + 3, "市教体局、市卫健局、市人社局、市民政局", "short names in units.txt")
u(hdr + 8, "市供销社", "short name of 市供销合作社联合社")
u(hdr + 17, "市政府办公室", "short name of 市人民政府办公室")
u(hdr + [i for i, r in enumerate(rows, 1) if r[0] == (93,)][0], "市残联", "short name of 市残疾人联合会")
u(hdr + [i for i, r in enumerate(rows, 1) if r[0] == (116,)][0], "市直各部门、各镇人民政府", "collective subjects as lead; 市数字政府建设领导小组办公室 is in units.txt")
u(hdr + [i for i, r in enumerate(rows, 1) if r[0] == (121, 124)][0], "市数字政府建设领导小组各成员单位", "collective subject")
u(find("（一）健全组织机构"), "市委编办", "in units.txt; a local lead (市人民政府办公室), no regional body leads a local task")

# pillars
m("missing-pillar", find("（二）加强资金保障"), "财政投入 is taken up under the heading 加强资金保障 (经费纳入年度预算, 多渠道投入)")
m("missing-pillar", find("（一）健全组织机构"), "五个一 is taken up by content (领导小组 + 办公室, 镇级机构) although a county has no 五个一 of its own")
m("missing-pillar", find("（二）厘清层级职责"), "六级贯通 is taken up (市、镇、村 level duties under the regional architecture)")
m("missing-pillar", find("（三）提升数字素养"), "数字素养 present")

# extra covers from the 保障 part and the annex-only rows
covers += [{"task": 116, "line": find("（一）加强组织领导")}, {"task": 25, "line": find("（二）加强资金保障")},
           {"task": 118, "line": find("（三）提升数字素养")}, {"task": 117, "line": find("（三）提升数字素养")},
           {"task": 122, "line": find("（四）强化考核评价")}, {"task": 123, "line": find("（四）强化考核评价")},
           {"task": 124, "line": find("（四）强化考核评价")}]
for i, r in enumerate(rows, 1):
    for t in r[0]:
        if t in (13, 56, 121):
            covers.append({"task": t, "line": hdr + i})
seen, cv = set(), []
for c in covers:
    if c["task"] not in seen:
        seen.add(c["task"]); cv.append(c)
cv.sort(key=lambda c: c["task"])

key = {
    "writer": "blind writer, round 645; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": must,
    "covers": cv,
    "notes": ("灵武市 (county-level city under 银川市) 2024 实施方案 by a careful office: inline 牵头/配合/完成时限 notes on every measure "
              "and a 68-row annex task table that repeats them. Five planted mistakes only. No parent plan (no 银川 plan in the seeds). "
              "Body lines that only carry “长期坚持”/“持续推进”/“每年开展” are ongoing duties with no milestone; several correspond to regional "
              "tasks due 2023 (14, 15, 17, 30–32, 67) whose dates had passed when the plan was issued — they are deliberately not planted. "
              "Two cells copy regional deadlines lying before 2024 (task 18 “2023年形成机制，长期坚持”, task 116 “2023年完成并长期坚持”), "
              "listed as near misses per KEY-FORMAT. units.txt lists only the six 镇; the draft uses the collective 各镇人民政府 throughout. "
              "draft.txt is produced by make_draft.py; this key by make_key.py (checks every line and deadline against the seed task list)."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(must), "covers", len(cv))
for e in expect:
    print(e["rule"], e["line"], e.get("text"))
