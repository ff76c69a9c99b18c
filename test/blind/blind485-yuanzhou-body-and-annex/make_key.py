# -*- coding: utf-8 -*-
# Builds key.json for blind case 485; every line number is looked up in the final draft.txt
# by a unique substring, so the key cannot drift from the draft.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(sub, also=None):
    hits = [i for i, l in enumerate(LINES, 1)
            if sub in l and (also is None or also in l) and ("\t" not in l or "\t" in sub)]
    assert len(hits) == 1, (sub, also, hits)
    return hits[0]


def row(n):
    """annex row with 序号 n"""
    hits = [i for i, l in enumerate(LINES, 1) if l.split("\t")[0] == str(n) and "\t" in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def check(line, text):
    assert text in LINES[line - 1], (line, text, LINES[line - 1])


expect = []
def E(rule, line, text=None, why="", **kw):
    if text is not None:
        check(line, text)
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    expect.append(d)

E("basis-mismatch", ln("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号",
  "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发〔2023〕17号 does not belong to that title (a stray 办)")
E("deadline-later-than-baseline", ln("强化政务云支撑能力"), "2025年",
  "body note '2023年启动，2025年完成' for migrating systems to 政务信创云 / 全区政务“一朵云”: task 43 完成时限 '2024年建成，持续推进' (also later than task 19 '2023年启动，2024年建成' and task 46 '2024年'); the annex row 22 has the right '2024年完成，持续推进'")
E("deadline-later-than-baseline", ln("提升网络支撑能力"), "2025年",
  "body note 2025年 for 城域网升级改造 and 电子政务外网 区、乡、村全覆盖: task 48 完成时限 2024年 (task 47 also 2024年); the annex row 23 was updated to 2024年 but the body was not")
E("unknown-unit", ln("促进数据开发利用"), "区大数据管理服务局",
  "no such unit in 原州区 (units.txt); copied from a city plan's 市大数据管理服务局. The annex row 20 for the same task names the right unit 区信息化服务中心")
E("deadline-later-than-baseline", row(17), "2024年",
  "annex row 17 (政务数据资源目录, 政务数据“一本账”) says 2024年: task 30 完成时限 2023年; the body at the 摸清政务数据资源底数 line says 2023年 (right)")
E("garbled-text", row(18), "鐢熷懡鍛ㄦ湡",
  "annex row 18: '生命周期质量管理' as UTF-8 bytes read as GBK (鐢熷懡鍛ㄦ湡璐ㄩ噺绠＄悊); the body line 提升数据质量 has the clean text")
E("deadline-invalid", row(19), "2022年",
  "annex row 19 (政务数据供需对接机制) says 2022年, before the plan's own year 2023 (issued 2023-09-18); task 36 完成时限 2023年 and the body 深化数据共享 line says 2023年, so this is not a copied regional deadline")

mustNot = []
def N(rule, line, why, text=None, **kw):
    if text is not None:
        check(line, text)
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    mustNot.append(d)

DL = "deadline-later-than-baseline"
# goals
N(DL, ln("到2023年底，区数字政府建设"), "主要目标 '到2023年底' equals the region's 到2023年底 goal", "到2023年底")
N(DL, ln("到2025年，自治区数字政府建设"), "主要目标 '到2025年 …“34567”体系框架…全面落地' equals the region's 到2025年 goal", "到2025年")
N(DL, ln("到2035年，与政府治理能力"), "主要目标 到2035年 equals the region's 到2035年 goal", "到2035年")
# same task in body and annex, equal dates (equal to the region)
N(DL, ln("推进产业数字化"), "task 2 完成时限 '2023年启动，2024年取得明显成效'; body copies it exactly", "2024年取得明显成效")
N(DL, row(1), "annex row 1 = body, task 2 '2023年启动，2024年取得明显成效'", "2024年取得明显成效")
N(DL, ln("推进数字乡村建设"), "task 10 完成时限 '持续推进，2025年取得明显成效'; body '2025年' is the same completing year", "2025年")
N(DL, row(6), "annex row 6, task 10 '持续推进，2025年取得明显成效' (same date as the body, worded as the region)", "持续推进，2025年取得明显成效")
N(DL, ln("推进智慧教育"), "task 7 '2023年形成试点经验，2025年取得明显成效', copied", "2025年取得明显成效")
N(DL, ln("加快“数字供销”建设"), "task 11 '2023年完成主要建设任务，2025年取得明显成效', copied", "2025年取得明显成效")
N(DL, ln("强化安全管理责任"), "tasks 14 and 15 完成时限 2023年; '2023年底前' is the same year", "2023年底前")
N(DL, row(9), "annex row 9 = body, task 14 2023年", "2023年底前")
N(DL, ln("提升安全防护能力"), "task 18 '2023年形成机制，长期坚持', copied", "2023年形成机制，长期坚持")
N(DL, ln("摸清政务数据资源底数"), "body says 2023年 = task 30 2023年 (the annex row 17 is the late one)", "2023年")
N(DL, ln("深化数据共享"), "body says 2023年 = task 36 2023年 (the annex row 19 is the impossible one)", "2023年")
N(DL, ln("提升数据质量"), "task 31 2023年, equal", "2023年")
N(DL, row(18), "garbled row, but its date 2023年 equals task 31 2023年", "2023年")
N(DL, row(22), "annex row 22 '2024年完成，持续推进' = task 43 '2024年建成，持续推进' (the body line 强化政务云支撑能力 is the late one)", "2024年完成，持续推进")
N(DL, row(23), "annex row 23 2024年 = task 48 2024年 (the body line 提升网络支撑能力 is the late one)", "2024年")
N(DL, ln("推进业务专网整合"), "task 50 2024年; '2024年6月底前' is within that year", "2024年6月底前")
N(DL, row(24), "annex row 24 = body, task 50", "2024年6月底前")
N(DL, ln("统筹视频资源"), "task 49 (视频一张网) 2025年; 2024年 is earlier", "2024年")
N(DL, row(25), "annex row 25 = body, earlier than task 49 2025年", "2024年")
N(DL, ln("（一）健全组织机构"), "task 64 (各地参照自治区做法成立相应组织机构) 2025年; '2023年底前' is earlier (task 60 2023年 also not exceeded)", "2023年底前")
N(DL, ln("（一）提升经济调节能力"), "tasks 65 (2024年) and 66 (2025年); 2024年 is not later than either", "2024年")
N(DL, ln("提升行政执行能力"), "tasks 104 and 105 2024年, equal", "2024年")
N(DL, row(46), "annex row 46 = body, tasks 104/105 2024年", "2024年")
N(DL, ln("（一）加强组织领导"), "task 116 '2023年完成并长期坚持', copied", "2023年完成并长期坚持")
N(DL, ln("（四）强化考核评价"), "tasks 122/123 '2023年完成，长期坚持' (121 长期坚持 has no year), copied", "2023年完成，长期坚持")
N(DL, ln("营造安全可靠的网络环境"), "'长期坚持' with no year; the measure is body text of the 实施意见 (数字生态), not a dated task", "长期坚持")
N(DL, ln("（五）强化督促落实"), "the office's own reporting dates (每季度末月25日前, 每年12月底前), not task deadlines", "12月底前")
N("deadline-invalid", ln("（五）强化督促落实"), "reporting dates with no year; not an impossible date", "25日前")
N("deadline-invalid", ln("2020年以来"), "background: past dates (2020年以来, 截至2022年底) describe what was done, not deadlines", "2022年底")
N("deadline-invalid", ln("国发〔2022〕14号"), "2022 inside a 文号, not a deadline", "〔2022〕")
# units
UU = "unknown-unit"
N(UU, 3, "collective subjects (各乡镇人民政府, 各街道办事处, 区直各部门（单位）)", "各街道办事处")
N(UU, ln("创新建设管理机制"), "prefix 区 distributes: 区政府办公室、财政局、审计局 = 区财政局, 区审计局, both in units.txt (annex row 14 writes them in full)", "财政局、审计局")
N(UU, ln("推进监管系统对接"), "collective subject 承担监管职责的区直有关部门", "承担监管职责的区直有关部门")
N(UU, row(31), "collective subject as the only unit", "承担监管职责的区直有关部门")
N(UU, ln("提升公共安全保障能力"), "区自然资源分局 is the registered short name of 固原市自然资源局原州分局", "区自然资源分局")
N(UU, ln("加强生态环境智慧监测"), "区生态环境分局 is the registered short name of 固原市生态环境局原州分局", "区生态环境分局")
N(UU, ln("完善数字经济治理"), "固原市公安局原州区分局 is a registered unit (the district police are a branch of the city bureau); not to be split into 固原市公安局 + 原州区分局", "固原市公安局原州区分局")
N(UU, row(20), "the annex's unit for the same task as the body's wrong one: 区信息化服务中心 is registered", "区信息化服务中心")
N(UU, ln("（三）提升数字素养"), "区委党校 is the registered short name of 中共固原市原州区委党校", "区委党校")
N(UU, ln("落实安全制度要求"), "区委保密办 is registered", "区委保密办")
N(UU, row(52), "a collective list as the first (lead) cell entry", "区直各部门（单位）")
N(UU, ln("（五）强化督促落实"), "区数字政府建设领导小组办公室 is registered; 各责任单位 is a collective", "区数字政府建设领导小组办公室")
# basis
BM = "basis-mismatch"
N(BM, ln("国发〔2022〕14号"), "national 指导意见 cited with its right 文号", "国发〔2022〕14号")
N(BM, ln("2020年以来"), "retrospective mention of the 2020 工作要点 with its right 文号; not cited as a basis of this plan", "宁政办发〔2020〕14号")
N(BM, 1, "the plan's own title in the 印发 notice, not a basis document", "《固原市原州区数字政府建设实施方案》")
N(BM, 2, "the notice's own 文号", "原政办发〔2023〕58号")
# pillars
N("missing-pillar", 0, "数字生态 is taken up under 二（三）营造良好数字生态 (数据要素市场, 网络生态)", pillar="数字生态")
N("missing-pillar", 0, "五个一/六级贯通 are taken up in 四、健全“五个一”和“六级贯通”的工作体系 (领导小组, 层级职责)", pillar="六级贯通")
N("missing-pillar", 0, "财政投入 is taken up in 六（二）加大财政投入", pillar="财政投入")

covers_src = [
    (2, "推进产业数字化"), (5, "完善数字经济治理"), (6, "推动服务数字化"), (7, "推进智慧教育"),
    (8, "深化“互联网+医疗健康”"), (10, "推进数字乡村建设"), (11, "加快“数字供销”建设"),
    (12, "参与数据要素市场培育"), (14, "强化安全管理责任"), (15, "强化安全管理责任"),
    (17, "落实安全制度要求"), (18, "提升安全防护能力"), (21, "助力政府职能转变。"),
    (24, "创新建设管理机制"), (28, "开展试点示范"), (32, "完善数据管理机制"),
    (30, "摸清政务数据资源底数"), (31, "提升数据质量"), (36, "深化数据共享"),
    (41, "促进数据开发利用"), (40, "加强电子公文管理"), (43, "强化政务云支撑能力"),
    (48, "提升网络支撑能力"), (50, "推进业务专网整合"), (49, "统筹视频资源"),
    (52, "拓展电子证照应用"), (56, "推进非税收入收缴电子化"), (64, "（一）健全组织机构"),
    (66, "（一）提升经济调节能力"), (68, "推行“照单监管”"), (72, "推进监管系统对接"),
    (71, "加强数字化追溯监管"), (77, "提升矛盾纠纷化解能力"), (79, "提升社会治安防控能力"),
    (80, "提升公共安全保障能力"), (83, "提高基层治理能力"), (84, "打造泛在可及的服务体系"),
    (85, "提升智慧便捷服务能力"), (86, "推广“我的宁夏”政务APP"), (88, "优化涉企服务"),
    (93, "推进适老化和无障碍建设"), (94, "加强生态环境智慧监测"), (96, "推进数字治水"),
    (98, "推进“智慧林草”应用"), (103, "提升辅助决策能力"), (104, "提升行政执行能力"),
    (105, "提升行政执行能力"), (106, "推进基层减负"), (107, "整合视频会议资源"),
    (112, "完善政务公开平台"), (114, "构建政务新媒体矩阵"), (115, "畅通政民互动渠道"),
    (116, "（一）加强组织领导"), (25, "（二）加大财政投入"), (118, "（三）提升数字素养"),
    (123, "（四）强化考核评价"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_src]

key = {
    "writer": "blind writer, round 485; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mustNot,
    "covers": covers,
    "notes": (
        "固原市原州区 (county-level district) plan of 2023-09-18 implementing 宁政发〔2023〕17号 with no parent plan. "
        "Body measures carry inline notes （责任单位：…；完成时限：…）; the 附件 task table (lines %d-%d, tab-separated, header 序号/重点任务/责任单位/完成时限) "
        "repeats them, first-listed unit leads (line %d says so). Where body and annex differ, the mistake is placed only "
        "where the date/unit is wrong: task 43 and task 48 late in the body (annex right), task 30 late and task 36 impossible "
        "(2022年) in the annex (body right), unit wrong in the body for task 41 (annex right), annex row 18 garbled. "
        "units.txt is the district registry; collectives (各乡镇人民政府, 各街道办事处, 区直各部门（单位）, 区直有关部门, "
        "承担监管职责的区直有关部门) are deliberately not listed. build.py writes draft.txt; make_key.py writes this key."
    ) % (ln("序号\t重点任务"), len(LINES), ln("排在第一位的为牵头单位")),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mustNot), "covers", len(covers))
for e in expect:
    print(e["rule"], e["line"], e.get("text"))
