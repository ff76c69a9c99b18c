# -*- coding: utf-8 -*-
"""Writes draft.txt and key.json for blind case 787 (中宁县 2024 实施方案).

Run with /usr/bin/python3 from this folder. Reads only draft_body.py, units.txt and the
seed task list (for the regional 完成时限 quoted in each `why`)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import draft_body as D  # noqa: E402

SEED = "/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt"

# ---------------------------------------------------------------- regional deadlines
REG = {}
for raw in open(SEED, encoding="utf-8"):
    parts = raw.rstrip("\n").split("\t")
    if len(parts) == 4:
        m = re.match(r"\s*(\d+)\.", parts[1])
        if m:
            REG[int(m.group(1))] = re.sub(r"\s+", "", parts[3]).replace(",", "，")
assert len(REG) == 124

# ---------------------------------------------------------------- draft.txt
lines = list(D.BODY)
lines.append("\t".join(D.HEADER))
row_line = {}
for i, (grp, text, lead, co, dl, tasks) in enumerate(D.ROWS, 1):
    lines.append("\t".join([grp, text, lead, co, dl]))
    row_line[i] = len(lines)
with open(os.path.join(HERE, "draft.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")


def L(sub, start=1):
    """1-based line of the unique line containing sub."""
    hits = [n for n, s in enumerate(lines, 1) if sub in s and n >= start]
    assert len(hits) == 1, (sub, hits)
    return hits[0]


def year_of(dl):
    ys = re.findall(r"(\d{4})\s*年", dl)
    return int(ys[-1]) if ys else None


def ym_of(dl):
    """(year, month) of the completing milestone; a bare year means its December."""
    ms = re.findall(r"(\d{4})\s*年(?:(\d{1,2})月)?", dl)
    if not ms:
        return None
    y, m = ms[-1]
    return (int(y), int(m) if m else 12)


def reg_txt(t):
    return "task %d: %s" % (t, REG[t])


# ---------------------------------------------------------------- units registry
canon, alias = set(), {}
for raw in open(os.path.join(HERE, "units.txt"), encoding="utf-8"):
    s = raw.strip()
    if not s or s.startswith("#"):
        continue
    if "=" in s:
        c, rest = s.split("=", 1)
        c = c.strip()
        canon.add(c)
        for a in rest.split(","):
            alias[a.strip()] = c
    else:
        canon.add(s)

COLLECTIVE = {"各乡镇人民政府", "县直各部门（单位）", "县直有关部门", "各村（社区）",
              "承担监管职责的县直有关部门"}

expect = []
mnf = []
covers = []

# ---------------------------------------------------------------- planted mistakes
PLANTED_LINES = set()


def plant(rule, line, text, why, **extra):
    e = {"rule": rule, "line": line, "text": text, "why": why}
    e.update(extra)
    expect.append(e)
    PLANTED_LINES.add((rule, line))


plant("basis-mismatch", L("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号",
      "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 "
      "(a 宁政发 of the 人民政府, not a 宁政办发 of its 办公厅); line 12 of the draft cites it correctly")
plant("deadline-invalid", L("2024年9月31日前"), "9月31日",
      "impossible date: September has 30 days (task 114, regional 完成时限 2024年; the table row says 2024年9月底前)")
plant("unknown-unit", row_line[33], "县工业和信息化局",
      "not in units.txt: 中宁县's body is 县工业信息化和商务局 (县工信商务局), as in line %d; "
      "县工业和信息化局 is the city/region pattern" % L("加强经济运行监测预警"))
plant("unknown-unit", row_line[49], "自治区林草局",
      "a regional body named as the lead (牵头单位) of a county task (task 98 row copied from the regional list); "
      "the county body is 县林草局 / 县自然资源局, as in line %d" % L("提高自然资源利用效率"))
plant("deadline-later-than-baseline", row_line[58], "2025年6月底前",
      "task 112 (进一步完善各类政务公开信息化平台…以网上发布为主、其他渠道发布为辅), regional 完成时限 %s; "
      "the county row gives 2025年6月底前 (the body, line %d, says 2024年底前)"
      % (REG[112], L("提升政府信息公开水平")))

# ---------------------------------------------------------------- body deadlines
BODY_DL = [
    ("融入算力枢纽建设", [1]),
    ("推动特色产业上云用数", [2]),
    ("建设智慧园区。", [3]),
    ("完善数字经济治理。", [5]),
    ("推进公共服务数字化。", [6, 7]),
    ("深化“互联网+医疗健康”。", [8]),
    ("建设智慧县城。", [9]),
    ("推进数字乡村建设。", [10]),
    ("推进“数字供销”建设。", [11]),
    ("培育数据要素市场。", [12]),
    ("优化政府职责体系。", [20]),
    ("推动行政权力网上运行。", [21, 22]),
    ("创新数字政府建设管理机制。", [23]),
    ("完善法规制度和标准规范。", [26, 27]),
    ("开展试点示范。", [28]),
    ("推进数据归集和一体化。", [29, 33, 34]),
    ("推动数据回流和共享应用。", [37, 39]),
    ("规范电子公文和电子档案管理。", [40, 54]),
    ("促进数据开发利用。", [41, 42]),
    ("强化政务云支撑。", [19, 43, 46]),
    ("提升网络支撑能力。", [47, 48, 50]),
    ("统筹视频资源。", [49]),
    ("加强共性应用支撑。", [52, 53]),
    ("推进财政电子票据和非税收入电子化。", [55, 56]),
    ("完善社会信用体系支撑。", [57]),
    ("推动地理信息共建共享。", [58]),
    ("（一）健全组织机构。", [64]),
    ("（二）厘清层级职责。", [81]),
    ("加强经济数据汇聚治理。", [65]),
    ("加强经济运行监测预警。", [66]),
    ("提升监管精准化水平。", [69, 70]),
    ("强化重点领域追溯监管。", [71]),
    ("提升监管协同化智能化水平。", [73, 74, 75]),
    ("提升矛盾纠纷化解能力。", [77]),
    ("提升社会治安防控能力。", [78, 79]),
    ("提升公共安全保障能力。", [80]),
    ("提高基层社会治理能力。", [83]),
    ("打造泛在可及的服务体系。", [84, 86]),
    ("提升12345热线服务能力。", [87]),
    ("提供优质便利的涉企服务。", [88, 89]),
    ("拓展公平普惠的民生服务。", [90, 93]),
    ("提升生态环境协同治理能力。", [94, 95]),
    ("推进数字治水。", [96]),
    ("提高自然资源利用效率。", [97, 98]),
    ("推动绿色低碳转型。", [100, 101, 102]),
    ("提升辅助决策能力。", [103]),
    ("提升行政执行能力。", [104, 105]),
    ("推进基层减负。", [106]),
    ("整合视频会议资源。", [107]),
    ("提升行政监督水平。", [108, 109]),
    ("提升机关事务和财务管理水平。", [110, 111]),
    ("提升政府信息公开水平。", [112, 113]),
    ("畅通政民互动渠道。", [115]),
    ("加大数字化专业人才引进力度，探索建立数字技术领域人才职称评价机制，畅通", [117, 120]),
]
# ongoing (长期坚持 / recurring) notes whose regional task has a passed or ongoing deadline
BODY_ONGOING = [
    ("营造安全有序的网络环境。", [], "长期坚持"),
    ("压实安全管理责任。", [14, 15], "长期坚持"),
    ("落实安全制度要求。", [17], "每年开展1次"),
    ("提升安全防护能力。", [18], "长期坚持"),
    ("健全数据管理机制。", [30, 31, 32], "长期坚持"),
    ("（一）加强组织领导。", [116], "长期坚持"),
    ("（三）提升数字素养。", [118], "长期坚持"),
    ("（四）强化考核评价。", [121, 122, 123, 124], "长期坚持"),
]

n_equal = n_earlier = 0
# tasks a line is compared with but does not clearly take up
NOT_COVERED = {7, 15, 17, 19, 27, 30, 31, 37, 81, 120}


def deadline_entry(line, dl, tasks, where):
    global n_equal, n_earlier
    y = ym_of(dl)
    parts, kinds = [], set()
    for t in tasks:
        ry = ym_of(REG[t])
        k = "equal" if ry == y else ("earlier" if y < ry else "LATER")
        assert k != "LATER", (line, t)
        kinds.add(k)
        parts.append("%s (%s)" % (reg_txt(t), "same milestone" if k == "equal" else "county earlier"))
    if not tasks:
        parts.append("no single regional task; region's body text on 县（市、区）指挥调度中心, nearest task 81: %s" % REG[81])
        kinds.add("equal")
    kind = "equal" if kinds == {"equal"} else ("earlier" if kinds == {"earlier"} else "equal/earlier")
    if "equal" in kinds:
        n_equal += 1
    if "earlier" in kinds:
        n_earlier += 1
    extra = ""
    if tasks == [64]:
        extra = ("; task 60 (%s) is the region's own leading group (自治区政府办公厅负责), not the county's; the county "
                 "task is 64 (各地各部门参照自治区做法，成立相应的组织机构)" % REG[60])
    mnf.append({"rule": "deadline-later-than-baseline", "line": line, "text": dl,
                "why": "%s deadline %s is %s: %s%s" % (where, dl, {"equal": "equal to the region's",
                       "earlier": "earlier than the region's", "equal/earlier": "no later than the region's"}[kind],
                       "; ".join(parts), extra)})


def note_deadline(s):
    m = re.search(r"完成时限：([^）]*)）\s*$", s)
    return m.group(1) if m else None


for sub, tasks in BODY_DL:
    ln = L(sub)
    dl = note_deadline(lines[ln - 1])
    assert dl, sub
    deadline_entry(ln, dl, tasks, "inline note")
    for t in tasks:
        if t not in NOT_COVERED:
            covers.append({"task": t, "line": ln})

for sub, tasks, dl in BODY_ONGOING:
    ln = L(sub)
    assert note_deadline(lines[ln - 1]) == dl, sub
    if tasks:
        why = ("ongoing deadline (%s) with no dated milestone to compare, for %s; any regional year here lies "
               "before this 2024 plan, so the county restates only the continuing part" % (dl, "; ".join(reg_txt(t) for t in tasks)))
    else:
        why = "ongoing deadline (%s) for a measure taken from the region's body text (网络生态), no numbered task" % dl
    mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": dl, "why": why})
    for t in tasks:
        if t in (14, 18, 116, 118, 121, 122, 123, 124, 32):
            covers.append({"task": t, "line": ln})

# ---------------------------------------------------------------- table deadlines
for i, (grp, text, lead, co, dl, tasks) in enumerate(D.ROWS, 1):
    ln = row_line[i]
    if i == 58:
        continue  # planted
    if dl == "长期坚持":
        mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": dl,
                    "why": "table row %d: ongoing, no dated milestone; %s" % (i, "; ".join(reg_txt(t) for t in tasks))})
        continue
    if dl.startswith("2023年"):
        mnf.append({"rule": "deadline-invalid", "line": ln, "text": dl,
                    "why": "table row %d copies the regional 完成时限 word for word (%s); a copied regional deadline "
                           "that lies before the plan's year, with the ongoing part 长期坚持" % (i, reg_txt(tasks[0]))})
        mnf.append({"rule": "deadline-later-than-baseline", "line": ln, "text": dl,
                    "why": "identical to the regional 完成时限 (%s)" % reg_txt(tasks[0])})
        continue
    deadline_entry(ln, dl, tasks, "table row %d:" % i)

# ---------------------------------------------------------------- goals, background, reporting dates
g24 = L("到2024年底，电子政务外网")
mnf.append({"rule": "deadline-later-than-baseline", "line": g24, "text": "到2024年底",
            "why": "2024 goals each equal to the regional task: 县乡村全覆盖 = task 48 (%s); 信创云迁移 = task 43 (%s) "
                   "and task 19 (%s); 我的宁夏 应上尽上 = task 86 (%s); 适老化 = task 93 (%s). None restates a regional "
                   "到2023年底 goal" % (REG[48], REG[43], REG[19], REG[86], REG[93])})
mnf.append({"rule": "deadline-later-than-baseline", "line": L("到2025年，全县数字政府建设"), "text": "到2025年",
            "why": "same year as the regional goal 到2025年…“34567”体系框架全面成型"})
mnf.append({"rule": "deadline-later-than-baseline", "line": L("到2035年"), "text": "到2035年",
            "why": "same year as the regional goal 到2035年…数字政府全面建成"})
bg1 = L("《宁夏回族自治区2020年“数字政府”建设工作要点》")
mnf.append({"rule": "basis-mismatch", "line": bg1, "text": "宁政办发〔2020〕14号",
            "why": "retrospective mention of the 2020 工作要点 in the 工作基础 background, with its correct 文号; not cited as a basis"})
mnf.append({"rule": "deadline-invalid", "line": bg1, "text": "2020年底前",
            "why": "past date in the background (what was done in 2020, 2021, 2022), not a deadline of this plan"})
mnf.append({"rule": "deadline-invalid", "line": bg1, "text": "2022年底",
            "why": "past date in the background"})
bg2 = L("2023年，自治区人民政府《关于加强数字政府建设的实施意见》")
mnf.append({"rule": "basis-mismatch", "line": bg2, "text": "宁政发〔2023〕17号",
            "why": "retrospective mention of the regional 实施意见 with its correct 文号 and a correct short title "
                   "(issuer outside the 书名号)"})
mnf.append({"rule": "basis-mismatch", "line": bg2, "text": "《中宁县2023年数字政府建设工作要点》",
            "why": "the county's own past 工作要点, mentioned in the background; not a basis document"})
mnf.append({"rule": "deadline-invalid", "line": bg2, "text": "2023年",
            "why": "past date in the background"})
pre = L("根据《国务院关于加强数字政府建设的指导意见》")
mnf.append({"rule": "basis-mismatch", "line": pre, "text": "国发〔2022〕14号",
            "why": "correct 文号 of the national 指导意见"})
mnf.append({"rule": "basis-mismatch", "line": pre, "text": "宁政办发〔2023〕11号",
            "why": "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (cited the same way in the 吴忠 seed plan); "
                   "it sits next to the planted 宁政办发〔2023〕17号"})
mnf.append({"rule": "basis-mismatch", "line": pre, "text": "《中卫市关于加强数字政府建设的实施方案》",
            "why": "the city plan cited by title alone, without 文号, as city plans often are; no parent plan is given "
                   "for this case, so nothing to check it against"})
mnf.append({"rule": "basis-mismatch", "line": L("中宁政办发〔2024〕9号"), "text": "中宁政办发〔2024〕9号",
            "why": "the notice's own 文号, not a cited basis document"})
mnf.append({"rule": "deadline-invalid", "line": L("2024年3月22日"), "text": "2024年3月22日",
            "why": "the issue date of the notice"})
mnf.append({"rule": "deadline-invalid", "line": L("在2023年各部门明确数据管理机构"), "text": "2023年",
            "why": "past date inside a measure (在2023年…的基础上), not the deadline; the note says 长期坚持"})
mnf.append({"rule": "deadline-invalid", "line": L("推动2020年迁入宁夏公共云平台"), "text": "2020年",
            "why": "past date inside a measure (systems moved to the cloud in 2020); the deadline is 2024年底前"})
rep = L("各牵头单位要细化任务分工台账")
mnf.append({"rule": "deadline-invalid", "line": rep, "text": "2024年4月15日前",
            "why": "the office's own reporting date (任务分工台账), after the 2024-03-22 issue date"})
mnf.append({"rule": "deadline-later-than-baseline", "line": rep, "text": "2026年1月底前",
            "why": "the office's own final-evaluation date (总结评估) after the 2024—2025 plan period, not a task deadline"})
mnf.append({"rule": "deadline-later-than-baseline", "line": rep, "text": "每年12月10日前",
            "why": "recurring reporting date of the office (年度工作总结)"})
for sub in ("附件：中宁县数字政府建设重点任务清单", "中宁县数字政府建设重点任务清单（2024年—2025年）"):
    pass
mnf.append({"rule": "deadline-later-than-baseline", "line": L("附件：中宁县数字政府建设重点任务清单"), "text": "2024年—2025年",
            "why": "period of the task list in the attachment title, not a deadline"})
mnf.append({"rule": "deadline-later-than-baseline", "line": L("须于当年12月31日前完成"), "text": "当年12月31日前",
            "why": "the table note defining 年底前; no year of its own"})

# ---------------------------------------------------------------- units
n_coll = n_alias = n_dist = 0


def unit_items(s):
    """(item, context) pairs from the trailing note of a body line."""
    m = re.search(r"（([^（）]*(?:（单位）|（社区）)?[^（）]*(?:（单位）|（社区）)?[^（）]*)）\s*$", s)
    return m


def split_units(cell):
    cell = re.sub(r"(分别负责|按职责分别牵头|配合)$", "", cell)
    return [x for x in re.split(r"、", cell) if x]


def check_units(ln, cells, where):
    global n_coll, n_alias, n_dist
    prefix = None
    for role, cell in cells:
        prev_prefix = None
        for it in split_units(cell):
            if (("unknown-unit", ln) in PLANTED_LINES) and it in ("县工业和信息化局", "自治区林草局"):
                continue
            if it in COLLECTIVE:
                n_coll += 1
                mnf.append({"rule": "unknown-unit", "line": ln, "text": it,
                            "why": "collective subject (%s, %s)" % (where, role)})
            elif it in canon:
                if not it.startswith("县") or it in ("县人民医院", "县人民法院", "县人民检察院"):
                    mnf.append({"rule": "unknown-unit", "line": ln, "text": it,
                                "why": "listed in units.txt (vertical, enterprise, park, court or township body "
                                       "working in the county) (%s, %s)" % (where, role)})
                prev_prefix = "县委" if it.startswith("县委") else ("县" if it.startswith("县") else None)
            elif it in alias:
                n_alias += 1
                mnf.append({"rule": "unknown-unit", "line": ln, "text": it,
                            "why": "short name of %s listed in units.txt (%s, %s)" % (alias[it], where, role)})
                prev_prefix = "县委" if it.startswith("县委") else ("县" if it.startswith("县") else None)
            else:
                full = (prev_prefix or "") + it
                assert prev_prefix and (full in canon or full in alias), (ln, it)
                n_dist += 1
                mnf.append({"rule": "unknown-unit", "line": ln, "text": it,
                            "why": "the prefix %s of the preceding unit distributes: %s%s, which units.txt lists%s (%s, %s)"
                                   % (prev_prefix, prev_prefix, it,
                                      (" as a short name of " + alias[full]) if full in alias else "", where, role)})


for n, s in enumerate(lines, 1):
    if "\t" in s:
        continue
    m = re.search(r"（((?:牵头单位|责任单位|县教体局)[^\n]*)）\s*$", s)
    if not m:
        continue
    note = m.group(1)
    cells = []
    if note.startswith("县教体局"):
        a, b = note.split("按职责分别牵头，")
        cells.append(("牵头", a))
        cells.append(("配合", b.split("；")[0]))
    else:
        for part in note.split("；"):
            if "：" not in part:
                continue
            k, v = part.split("：", 1)
            if k.startswith("完成时限"):
                continue
            cells.append((k, v))
    check_units(n, cells, "inline note")

for i, (grp, text, lead, co, dl, tasks) in enumerate(D.ROWS, 1):
    check_units(row_line[i], [("牵头单位", lead), ("配合单位", co)], "table row %d" % i)

# body-text names of bodies outside the notes
mnf.append({"rule": "unknown-unit", "line": L("县推进数字政府建设领导小组办公室设在"), "text": "县推进数字政府建设领导小组办公室",
            "why": "listed in units.txt"})
mnf.append({"rule": "unknown-unit", "line": rep, "text": "县数字政府办",
            "why": "short name of 县推进数字政府建设领导小组办公室 in units.txt"})
mnf.append({"rule": "unknown-unit", "line": L("县教体局、县卫健局、县人社局、县文旅广电局、县民政局按职责分别牵头"),
            "text": "县民政局按职责分别牵头",
            "why": "role words after a unit list (按职责分别牵头 … 配合), the units are 县教体局 … 县民政局 and 各乡镇人民政府"})
mnf.append({"rule": "unknown-unit", "line": row_line[5], "text": "县教体局、县卫健局、县人社局、县文旅广电局、县民政局",
            "why": "several leads; the table note says the first-listed unit is the main lead (县教体局)"})

mnf.append({"rule": "unknown-unit", "line": 3, "text": "各乡镇人民政府",
            "why": "addressees of the notice: collective subjects"})
mnf.append({"rule": "unknown-unit", "line": 3, "text": "县直各部门、各直属机构",
            "why": "addressees of the notice: collective subjects"})
mnf.append({"rule": "unknown-unit", "line": rep, "text": "县人民政府",
            "why": "the county government itself, to which the office reports; not a responsible unit"})
mnf.append({"rule": "unknown-unit", "line": L("配合中卫市推进12345"), "text": "中卫市",
            "why": "the parent city named in the measure text (配合中卫市推进…), not in a responsibility note"})
mnf.append({"rule": "unknown-unit", "line": L("（一）加强组织领导。"), "text": "各乡镇",
            "why": "collective subject in the body text (各乡镇、县直各部门（单位）要…)"})

# ---------------------------------------------------------------- pillars
for pillar, where in [
    ("数字经济", "三（一）, lines %d–%d" % (L("（一）驱动数字经济发展。"), L("完善数字经济治理。"))),
    ("数字社会", "三（二）, lines %d–%d" % (L("（二）引领数字社会建设。"), L("推进“数字供销”建设。"))),
    ("数字生态", "三（三）, lines %d–%d (数据要素市场, 网络生态)" % (L("（三）营造良好数字生态。"), L("营造安全有序的网络环境。"))),
    ("五个一", "五（一）健全组织机构, line %d" % L("（一）健全组织机构。")),
    ("六级贯通", "五（二）厘清层级职责, line %d" % L("（二）厘清层级职责。")),
    ("安全保障", "四（一）"), ("制度规则", "四（二）"), ("数据资源", "四（三）"), ("平台支撑", "四（四）"),
    ("经济调节", "六（一）"), ("市场监管", "六（二）"), ("社会管理", "六（三）"), ("公共服务", "六（四）"),
    ("生态环境保护", "六（五）"), ("政务运行", "六（六）"), ("政务公开", "六（七）"),
    ("组织领导", "七（一）"), ("财政投入", "七（二）加大财政投入"), ("数字素养", "七（三）"), ("考核评价", "七（四）"),
]:
    mnf.append({"rule": "missing-pillar", "line": 0, "pillar": pillar, "why": "taken up in " + where})

mnf.append({"rule": "garbled-text", "line": L("《数字宁夏“1244+N”行动计划实施方案》"), "text": "“1244+N”",
            "why": "plain text with a plus sign and curly quotes, not mojibake"})

# a near miss on the same line and rule as a planted unit mistake would blur the key: leave those out
mnf[:] = [e for e in mnf if not (e["rule"] == "unknown-unit" and ("unknown-unit", e["line"]) in PLANTED_LINES)]

# ---------------------------------------------------------------- covers (table lines too)
seen = {(c["task"], c["line"]) for c in covers}
for i, (grp, text, lead, co, dl, tasks) in enumerate(D.ROWS, 1):
    for t in tasks:
        if i in (33, 49, 58):
            pass
        if (t, row_line[i]) not in seen and t not in {c["task"] for c in covers}:
            covers.append({"task": t, "line": row_line[i]})
            seen.add((t, row_line[i]))
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
    "writer": "blind writer, round 787; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": (
        "中宁县 (under 中卫市) 2024 实施方案, issued 2024-03-22 as 中宁政办发〔2024〕9号; checked against ningxia-2023 only "
        "(no parent plan: the 中卫 plan is cited by title and not supplied). Units: units.txt, the county registry. "
        "Five planted mistakes, all single-token slips: a wrong 文号 for the regional 实施意见 in the preamble (宁政办发 for "
        "宁政发; the background line cites it correctly), an impossible 2024年9月31日, one late table deadline (task 112), "
        "one unregistered county unit name (县工业和信息化局) and one regional body (自治区林草局) as the lead of a county row. "
        "The table note makes the first-listed unit the main lead. Tasks whose regional deadline is 2023 are carried either "
        "as 长期坚持 (body notes) or with the regional wording copied (table rows 12 and 62: 2023年形成机制，长期坚持 / "
        "2023年完成并长期坚持). The line 98 (（二）厘清层级职责) deadline 2025年底前 matches no numbered task exactly; "
        "if a checker maps it to task 81 it is equal."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
    f.write("\n")

print("lines", len(lines), "expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers),
      "distinct covered tasks", len({c['task'] for c in covers}))
print("deadline near misses: equal", n_equal, "earlier", n_earlier,
      "| collectives", n_coll, "short names", n_alias, "distributed prefixes", n_dist)
