# -*- coding: utf-8 -*-
# Builds key.json for blind case 751; every line number is found in the final draft.txt.
import json
D = open("draft.txt", encoding="utf-8").read().split("\n")
if D[-1] == "":
    D.pop()

def ln(anchor, text=None, nth=0):
    """1-based line of the line containing `anchor` (must be unique unless nth given) that also contains `text`."""
    hits = [i + 1 for i, l in enumerate(D) if anchor in l and (text is None or text in l)]
    assert hits, (anchor, text)
    if nth is None:
        assert len(hits) == 1, (anchor, text, hits)
        return hits[0]
    return hits[nth] if nth >= 0 else hits

def one(anchor, text=None):
    return ln(anchor, text, nth=None)

RG = "regional task %d (完成时限：%s)"
expect = []
mnf = []
covers = []

def E(rule, line, text, why, **kw):
    d = {"rule": rule, "line": line, "text": text, "why": why}
    d.update(kw)
    expect.append(d)

def M(rule, line, why, text=None, **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert line == 0 or text in D[line - 1], (line, text)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    mnf.append(d)

# ---------------- planted mistakes ----------------
E("basis-mismatch", one("（桂政发〔2022〕13号）"), "桂政发〔2022〕13号",
  "the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; digits swapped in the preamble citation")
E("deadline-later-than-baseline", one("\t12345热线智能化建设"), "2026年底",
  "annex row 11 (12345热线 联动): " + RG % (8, "2025年底") + "; the body text of the same measure (line %d) says 2025年底前, the table slipped to 2026年底前" % one("3．提升12345热线服务效能"))
E("deadline-invalid", one("（二）深化数据高效共享。"), "2022年12月底",
  "plan issued 2023-06-12; 2022年12月底前 lies before the year of issue (typo for 2023: the 主要目标 line %d and annex row 39 say 2023年底/2023年12月底前). " % (one("到2023年底")) + RG % (34, "持续开展"))
E("unknown-unit", one("9．推动智慧体育服务能力提升"), "市体育局",
  "not in units.txt: 梧州 has no separate 体育局, sport belongs to 市文化广电体育和旅游局 (市文广体旅局), which annex row 17 names correctly; " + RG % (14, "持续开展"))
E("garbled-text", one("鐢靛瓙鍗扮珷"), "鐢靛瓙鍗扮珷",
  "UTF-8 bytes of 电子印章 read as GBK (mojibake) in the 共性应用 measure")

# ---------------- near misses: deadlines ----------------
M("deadline-later-than-baseline", one("到2025年，与政府治理能力现代化"), "主要目标 goal equal to the region's (到2025年 …数字政府体系框架基本形成)", "到2025年")
M("deadline-later-than-baseline", one("到2035年，"), "主要目标 goal equal to the region's 到2035年 goal (数字政府基本建成)", "到2035年")
M("deadline-later-than-baseline", one("到2023年底，市、县两级"), "local intermediate goal, earlier than any regional goal", "到2023年底")
M("deadline-later-than-baseline", one("到2024年底，全市政务服务"), "local intermediate goal, earlier than the region's 2025 goal", "到2024年底")
M("deadline-later-than-baseline", one("2．深化“互联网+监管”。"), "equal: " + RG % (3, "2025年底") + "; 2024年启动，2025年底前全面建成 completes in 2025年底", "2025年底")
M("deadline-later-than-baseline", one("\t全面对接自治区“互联网+监管”系统"), "annex row 4 equal: " + RG % (3, "2025年底"), "2025年底")
M("deadline-later-than-baseline", one("3．提升12345热线服务效能"), "body text equal: " + RG % (8, "2025年底"), "2025年底前")
M("deadline-later-than-baseline", one("4．深化“智桂通”梧州专区建设"), "earlier: " + RG % (9, "2025年底"), "2025年6月底前")
M("deadline-later-than-baseline", one("\t“智桂通”梧州专区建设"), "annex row 12 earlier: " + RG % (9, "2025年底"), "2025年6月底前")
M("deadline-later-than-baseline", one("1．优化政策信息数字化发布"), "2025年12月底前 equals 2025年底; the 2023年底前 milestone is earlier: " + RG % (22, "2025年底"), "2025年12月底前")
M("deadline-later-than-baseline", one("2．发挥政务新媒体优势"), "equal: " + RG % (22, "2025年底"), "2025年底")
M("deadline-later-than-baseline", one("3．紧贴群众需求畅通互动渠道"), "2025年年底前 equals 2025年底: " + RG % (22, "2025年底"), "2025年年底前")
M("deadline-later-than-baseline", one("\t政策文件库，政府信息公开保密审查"), "annex row 25 equal: " + RG % (22, "2025年底"), "2025年12月底前")
M("deadline-later-than-baseline", one("\t政务新媒体矩阵，惠企政策精准推送"), "annex row 26 equal: " + RG % (22, "2025年底"), "2025年底")
M("deadline-later-than-baseline", one("\t统一知识问答库，政民互动"), "annex row 27 equal: " + RG % (22, "2025年底"), "2025年年底前")
M("deadline-later-than-baseline", one("1．加强经济运行监测预警"), "a dated milestone on an ongoing task: " + RG % (1, "持续开展"), "2024年底前")
M("deadline-later-than-baseline", one("\t建成全市经济运行监测分析系统"), "annex row 1, dated milestone on an ongoing task: " + RG % (1, "持续开展"), "2024年底前")
M("deadline-later-than-baseline", one("3．推进社会治安防控体系智能化"), "dated milestone on an ongoing task: " + RG % (5, "持续开展"), "2024年底前")
M("deadline-later-than-baseline", one("1．提升辅助决策能力"), "dated milestone on an ongoing task: " + RG % (19, "持续开展"), "2024年底前")
M("deadline-later-than-baseline", one("\t梧州城市数字政府大脑"), "annex row 22: " + RG % (19, "持续开展"), "2024年底前")
M("deadline-later-than-baseline", one("（三）促进数据有序开发利用。"), "dated milestone on an ongoing task: " + RG % (35, "持续开展"), "2024年底前")
M("deadline-later-than-baseline", one("\t编制全市政务数据目录"), "annex row 39 (the correct 2023 date): " + RG % (34, "持续开展"), "2023年12月底前")
M("deadline-later-than-baseline", one("（七）抓好督促落实。"), "the office's own evaluation date, not a task deadline (and not later than 2025年底 anyway)", "2025年底前")
# ---------------- near misses: past / own dates ----------------
M("deadline-invalid", one("2020年，市级部门非涉密"), "background: past achievements (2020年, 2021年6月, 截至2022年底), not deadlines", "2021年6月")
M("deadline-invalid", one("2020年，市级部门非涉密"), "retrospective title of the expired 2020—2022 action plan, not a deadline", "2020—2022年")
M("deadline-invalid", one("2022年，我市依托"), "background achievement year, not a deadline", "2022年")
M("deadline-invalid", one("2023年6月12日"), "the document's own issue date")
M("deadline-invalid", one("（二）健全推进机制。"), "the office's own reporting dates (每季度末月25日前, 每年12月10日前) and 2023年8月底前 for county plans, after the issue date", "2023年8月底前")
M("deadline-invalid", one("\t数字梧州建设领导小组统筹推进"), "the office's own mechanism date, after the issue date (2023-06-12)", "2023年7月底前")
M("deadline-invalid", one("\t领导干部数字治理能力培训"), "每年开展: a recurring, valid deadline form", "每年开展")
M("deadline-invalid", one("1．优化政策信息数字化发布"), "2023年底前 is in the year of issue, after the issue date", "2023年底前")
# ---------------- near misses: units ----------------
for anchor, text, why in [
    ("2．深化“互联网+监管”。", "各县（市、区）人民政府", "collective subject"),
    ("2．提高基层社会治理精准化水平", "各街道办事处", "collective subject"),
    ("3．推进社会治安防控体系智能化", "各乡镇人民政府", "collective subject"),
    ("1．打造泛在可及、智慧便捷的政务服务体系", "市直有关部门", "collective subject"),
    ("4．深化“智桂通”梧州专区建设", "市直各部门（单位）", "collective subject"),
    ("（五）开展试点示范。", "各县（市、区）人民政府", "collective subject as co-lead (listed after the lead)"),
    ("2．推进数字乡村建设", "各乡镇（街道）", "collective subject"),
    ("\t数字梧州建设领导小组统筹推进", "数字梧州建设领导小组各成员单位", "collective subject (members of the leading group)"),
    ("\t在建项目接入广西建筑工程智慧安全监管平台", "—", "empty-cell placeholder in the table, not a unit"),
    ("2．强化投资和财政预算数字化管理", "市发改委", "alias of 市发展改革委 in units.txt"),
    ("1．构建新型数字化监管机制", "市大数据局", "alias of 市大数据发展局 in units.txt"),
    ("4．推进智慧应急建设", "市应急局", "alias of 市应急管理局 in units.txt"),
    ("2．拓展公平普惠的民生服务", "市人社局、卫健委", "aliases; the prefix 市 distributes: 市人社局, 市卫健委 (市卫生健康委), 市医保局, 市残联"),
    ("8．推动智慧工地监管能力提升", "市住建局", "alias of 市住房城乡建设局"),
    ("10．推动智慧康养服务能力提升", "文广体旅局", "prefix 市 distributes: 市文广体旅局 = 市文化广电体育和旅游局"),
    ("2．提升行政执行能力", "市政府办公室", "alias of 梧州市人民政府办公室"),
    ("2．提升行政执行能力", "机关事务局", "prefix distributes: 市机关事务局, alias of 市机关事务管理局"),
    ("（四）健全标准规范。", "市市场监督管理局", "alias of 市市场监管局"),
    ("\t政务服务标准化，推广", "市审批局", "alias of 市行政审批局"),
    ("1．打造泛在可及、智慧便捷的政务服务体系", "市大数据发展局、市场监管局", "prefix 市 + 市场监管局 = 市市场监管局 (not a broken 场监管局)"),
    ("（二）落实安全制度要求。", "市委国安办、保密办", "prefix 市委 distributes: 市委保密办"),
    ("（二）创新数字政府建设管理机制。", "审计局、人社局", "prefix 市 distributes: 市审计局, 市人社局"),
    ("2．推进数字化共性应用集约建设", "档案馆", "prefix 市 distributes: 市档案馆"),
    ("1．提升社会矛盾化解能力", "市中级法院、市检察院", "short names of 市中级人民法院, 市人民检察院 in units.txt"),
    ("1．加强经济运行监测预警", "梧州市税务局", "vertical body outside the city government, listed in units.txt"),
    ("4．推进智慧应急建设", "梧州市消防救援支队", "outside the government proper, listed in units.txt"),
    ("（四）提升安全保障能力。", "中国电信梧州分公司", "operator outside government, listed in units.txt"),
    ("（三）加强数据安全监管。", "市国家安全局", "listed in units.txt (city counterpart of 自治区安全厅)"),
    ("\t领导干部数字治理能力培训", "市委党校（市行政学院）", "listed in units.txt with this form as alias"),
    ("\t领导干部数字治理能力培训", "梧州学院", "university, listed in units.txt"),
    ("（五）开展试点示范。", "自治区大数据发展局", "regional body named in prose (争取…支持), not as the lead or a responsible unit"),
    ("\t体医结合健康服务平台", "市文广体旅局", "annex row 17 names the correct body (alias of 市文化广电体育和旅游局)"),
    ("（三）营造良好数字生态。", "市场监管局、市委网信办", "prefix 市 + 市场监管局 = 市市场监管局; 市委网信办 in units.txt"),
]:
    M("unknown-unit", one(anchor), why, text)
# ---------------- near misses: basis ----------------
M("basis-mismatch", one("（国发〔2022〕14号）"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
M("basis-mismatch", one("（国发〔2016〕55号）"), "retrospective mention (国务院关于加快推进“互联网+政务服务”工作的指导意见, 国发〔2016〕55号), correct, not a basis", "国发〔2016〕55号")
M("basis-mismatch", one("（国发〔2018〕27号）"), "retrospective mention (国务院关于加快推进全国一体化在线政务服务平台建设的指导意见, 国发〔2018〕27号), correct, not a basis", "国发〔2018〕27号")
M("basis-mismatch", one("三年行动计划（2020—2022年）"), "retrospective mention of the city's own expired plan whose targets are reported as met; not cited as a basis", "梧州市数字政府建设三年行动计划（2020—2022年）")
M("basis-mismatch", one("梧政发〔2023〕9号"), "the plan's own 文号 in the issuing notice", "梧政发〔2023〕9号")
M("basis-mismatch", one("现将《梧州市加强数字政府建设实施方案》"), "the plan's own title", "梧州市加强数字政府建设实施方案")
# ---------------- near misses: garbled / pillars ----------------
M("garbled-text", one("视察广西“4·27”"), "middle dot in 4·27 is genuine", "4·27")
M("garbled-text", one("“天地图·广西”"), "the platform's real name uses a middle dot", "天地图·广西")
M("garbled-text", one("（IPv6）"), "Latin abbreviation inside Chinese text", "IPv6")
M("missing-pillar", 0, "the 党的领导 section of the region (组织领导, 推进机制, 数字素养, 考核评估) is taken up in 八、保障措施 lines %d-%d" % (one("八、保障措施"), one("（七）抓好督促落实。")), pillar="加强党对数字政府建设工作的领导")
M("missing-pillar", 0, "数字生态 is taken up at line %d" % one("（三）营造良好数字生态。"), pillar="数字生态")
M("missing-pillar", 0, "平台支撑 is section 六 (line %d)" % one("六、构建智能集约的平台支撑体系"), pillar="平台支撑")

# ---------------- covers ----------------
C = {1: "1．加强经济运行监测预警", 2: "1．构建新型数字化监管机制", 3: "2．深化“互联网+监管”。",
     4: "2．提高基层社会治理精准化水平", 5: "3．推进社会治安防控体系智能化", 6: "4．推进智慧应急建设",
     7: "1．打造泛在可及、智慧便捷的政务服务体系", 8: "3．提升12345热线服务效能", 9: "4．深化“智桂通”梧州专区建设",
     10: "5．推动智慧教育服务能力提升", 11: "6．推动智慧人社服务能力提升", 12: "7．推动智慧医疗服务能力提升",
     13: "8．推动智慧工地监管能力提升", 14: "9．推动智慧体育服务能力提升", 15: "10．推动智慧康养服务能力提升",
     16: "1．提升生态环保协同治理能力", 17: "2．提高自然资源利用效率", 18: "3．推动绿色低碳转型",
     19: "1．提升辅助决策能力", 20: "2．提升行政执行能力", 21: "3．提升行政监督水平",
     22: "1．优化政策信息数字化发布", 23: "（一）强化安全管理责任。", 24: "（二）落实安全制度要求。",
     25: "（三）加强数据安全监管。", 26: "（四）提升安全保障能力。", 27: "（五）提高自主可控水平。",
     28: "（一）以数字化改革助力政府职能转变。", 29: "（二）创新数字政府建设管理机制。", 30: "（三）完善法规制度。",
     31: "（四）健全标准规范。", 32: "（五）开展试点示范。", 33: "（一）创新数据管理机制。",
     34: "（二）深化数据高效共享。", 35: "（三）促进数据有序开发利用。", 36: "（一）强化政务云平台支撑能力。",
     37: "（二）提升网络平台支撑能力。", 38: "1．强化数据智能支撑能力。", 39: "2．推进数字化共性应用集约建设",
     40: "3．强化开放生态支撑能力。", 41: "（一）助力数字经济发展。", 42: "1．推进智慧城市建设。",
     43: "（三）营造良好数字生态。"}
for t in sorted(C):
    covers.append({"task": t, "line": one(C[t])})

key = {
    "writer": "blind writer, round 751; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("梧州市 2023 实施方案 (梧政发〔2023〕9号, 2023-06-12) implementing the 广西 实施意见 (桂政发〔2022〕31号). "
              "Regional task numbers are the 43 inline (責任單位…完成時限…) notes of the 广西 text, numbered 1-43 in order of appearance; "
              "tasks 3, 8, 9, 22 are due 2025年底, all others 持续开展; task 23 has no 各市人民政府 but is covered anyway. "
              "Every measure has a body line and an annex row; the late deadline (annex row 11) and the invalid date (body line of 数据共享) "
              "each occur in only one of the two places, the other place being correct. Five planted mistakes, no task left out on purpose."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect:
    print(e["rule"], e["line"], e["text"])
