# Writes key.json; every line number is looked up in draft.txt by a unique anchor string.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")


def at(anchor, also=None):
    """1-based line of the only line containing anchor (and `also`, if given)."""
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l and (also is None or also in l)]
    assert len(hits) == 1, (anchor, also, hits)
    return hits[0]


def row(n):
    """Line of task-table row n (first cell is the row number)."""
    hits = [i + 1 for i, l in enumerate(LINES) if l.split("\t")[0] == str(n) and l.count("\t") == 4]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def check(line, text):
    assert text in LINES[line - 1], (line, text)
    return line


def E(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = check(line, text) and text
    d.update(kw)
    d["why"] = why
    return d


expect = [
    E("basis-mismatch", at("宁政发〔2022〕17号"), "宁政发〔2022〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"),
    E("deadline-later-than-baseline", row(22), "2025年底前",
      "row 22 (城域网升级改造, 电子政务外网 市县乡村 全覆盖) is regional task 48, 完成时限 2024年; 2025年底前 is a year late"),
    E("deadline-invalid", row(49), "2023年12月底前",
      "deadline before the year the plan is issued (2024-03-15); regional task 112 (政务公开信息化平台) is due 2024年, so this is a slip from last year's plan, not a copied regional date"),
    E("unknown-unit", row(3), "市经信局",
      "stale name (经济和信息化局); not in units.txt, whose body is 市工业和信息化局 = 市工信局"),
    E("unknown-unit", row(43), "同心县人民政府",
      "同心县 is a county of 吴忠市, not of 中卫市 (copy slip for 海原县人民政府); not in units.txt"),
    E("garbled-text", at("鍗囩骇鍏ㄥ競"), "鍗囩骇鍏ㄥ競",
      "UTF-8 bytes of 升级全市协同办公平台 read as GBK (鍗囩骇鍏ㄥ競鍗忓悓鍔炲叕骞冲彴)"),
]

mnf = []


def N(rule, line, text, why):
    mnf.append(E(rule, line, text, why))


# ---- units: collectives, counties by name, short names, regional bodies doing regional work
N("unknown-unit", at("各县（区）人民政府，市政府各部门"), "各县（区）人民政府", "collective addressee (the city's counties)")
N("unknown-unit", at("（注：责任单位中排在第一位"), "各县（区）人民政府", "collective; the table note says the counties carry out tasks in their areas")
N("unknown-unit", row(2), "各县（区）", "collective in a 责任单位 cell, listed after the city bodies")
N("unknown-unit", row(5), "各县（区）人民政府负责", "collective responsible subject")
N("unknown-unit", row(9), "沙坡头区、中宁县、海原县人民政府", "the three counties by name as co-responsible, sharing the suffix 人民政府; all in units.txt (沙坡头区 / 中宁县 are listed short names)")
N("unknown-unit", row(41), "中宁县、海原县人民政府", "two counties by name with shared suffix; in units.txt")
N("unknown-unit", row(1), "沙坡头区人民政府", "a county named as co-responsible; in units.txt")
N("unknown-unit", at("沙坡头区、中宁县、海原县重点依托上级平台"), "沙坡头区、中宁县、海原县", "counties named in body text as the county level of 六级贯通, not a 责任单位 list; all in units.txt")
N("unknown-unit", row(2), "市工信局", "official short name of 市工业和信息化局 (units.txt)")
N("unknown-unit", row(26), "市发改委", "short name of 市发展改革委 (units.txt)")
N("unknown-unit", row(5), "市卫健委", "short names 市卫健委、市人社局、市文旅局 are in units.txt")
N("unknown-unit", row(8), "市城管局", "short names 市住建局、市城管局 are in units.txt")
N("unknown-unit", row(33), "市应急局", "short name of 市应急管理局; 中卫市消防救援支队、中卫市气象局 are in units.txt")
N("unknown-unit", row(43), "市林草局", "short name of 市林业和草原局 (units.txt)")
N("unknown-unit", row(14), "市直有关部门", "collective of city bodies")
N("unknown-unit", row(18), "市直各部门（单位）", "collective of city bodies")
N("unknown-unit", row(34), "各乡镇（街道）", "collective, after 各县（区）")
N("unknown-unit", row(11), "自治区发展改革委", "regional body named in the task text where the region does the work (task 12: data trading platform, led by 自治区发展改革委); not the lead of the local task")
N("unknown-unit", row(23), "自治区党委政法委", "regional body in the task text doing the region's work (task 49: 全区统一的视频共享平台, led by 自治区党委政法委); the local lead is 市委政法委")
N("unknown-unit", at("配合自治区发展改革委、工业和信息化厅"), "自治区发展改革委、工业和信息化厅", "body text: the region leads task 1 (算力枢纽); the city cooperates")
N("unknown-unit", at("配合自治区政府办公厅推进政务信创云建设"), "自治区政府办公厅", "body text: task 19 (政务信创云) is the region's own work")
N("unknown-unit", at("配合自治区政府办公厅做好全区电子政务外网"), "自治区政府办公厅", "body text: task 47 is led by 自治区政府办公厅; the city cooperates")
N("unknown-unit", at("领导小组办公室报送任务进展"), "市推进数字政府建设领导小组办公室", "in units.txt; 各责任单位 is a collective")
N("unknown-unit", at("抄送："), "市人大常委会办公室", "抄送 recipients, not responsible units")
N("unknown-unit", at("依托市委党校"), "市委党校", "in units.txt; 宁夏干部教育培训网络学院 is a training platform, not a responsible unit")
N("unknown-unit", at("数字宁夏建设运营有限公司和数字宁夏建设专家咨询委员会"), "数字宁夏建设运营有限公司", "regional company / advisory body named as partners (五个一), not as responsible units")

# ---- deadlines: equal or earlier than the region's, ongoing, past, reporting dates
N("deadline-later-than-baseline", row(1), "持续推进，2025年取得明显成效", "task 1: 持续推进，2025 年取得明显成效; equal")
N("deadline-later-than-baseline", row(2), "2024年底前", "task 2: 2023 年启动，2024 年取得明显成效; equal")
N("deadline-later-than-baseline", row(6), "2025年取得明显成效", "task 7: 2023年形成试点经验，2025年取得明显成效; the completing milestone is equal")
N("deadline-later-than-baseline", row(10), "2025年取得明显成效", "task 11: 2023年完成主要建设任务，2025年取得明显成效; completing milestone equal")
N("deadline-later-than-baseline", row(12), "长期坚持", "task 18: 2023年形成机制，长期坚持; the mechanism exists (line 35) and the city keeps it up; no later milestone")
N("deadline-later-than-baseline", row(13), "2024年6月底前", "task 21: 2024年; earlier")
N("deadline-later-than-baseline", row(14), "2025年取得明显成效", "task 28: 2023年启动，2025年取得明显成效; equal")
N("deadline-later-than-baseline", row(17), "2024年11月底前", "task 40 (and 54): 2024年; earlier")
N("deadline-later-than-baseline", row(20), "2024年底前完成迁移，持续推进", "task 43: 2024 年建成，持续推进; equal")
N("deadline-later-than-baseline", row(21), "2024年10月底前", "task 47: 2024 年; earlier")
N("deadline-later-than-baseline", row(23), "2025年6月底前", "task 49: 2025 年; earlier")
N("deadline-later-than-baseline", row(27), "2025年", "task 66 (经济运行大数据平台): 2025年; equal (the row is not task 65, 经济治理基础数据库, which the region builds)")
N("deadline-later-than-baseline", row(37), "2025年6月底前", "task 87: 2023年启动，2025年完成; earlier (this row is the 12345 一呼即应 reform, not task 115)")
N("deadline-later-than-baseline", row(41), "2024年底前", "task 96: 2025年; earlier")
N("deadline-later-than-baseline", row(46), "2024年底前", "task 106: 2025年; earlier")
N("deadline-later-than-baseline", row(48), "2024年取得明显成效，长期推进", "task 108: 长期推进，2024年取得明显成效; equal")
N("deadline-later-than-baseline", row(53), "长期坚持", "task 121: 长期坚持; equal")
N("deadline-later-than-baseline", at("到2024年底，全市现有政务信息系统"), "到2024年底", "goal: 信创云 migration (task 43, 2024), IPv6 (task 47, 2024), 宁政通 (task 105, 2024) equal; 填表报数压减50% (task 106, 2025) earlier")
N("deadline-later-than-baseline", at("到2025年，全市数字政府建设体系框架全面成型"), "到2025年", "equal to the region's goal: 到2025年 …“34567”体系框架全面成型")
N("deadline-later-than-baseline", at("于2024年底前全部迁移至政务信创云"), "2024年底前", "inline, task 43: 2024 年建成; equal")
N("deadline-invalid", at("2023年，全市数字政府各类平台"), "2023年", "past achievement in the background, not a deadline")
N("deadline-invalid", at("2023年已建立的数字政府安全评估"), "2023年", "past date: the mechanism was built in 2023 (task 15 was due 2023)")
N("deadline-later-than-baseline", at("2024年7月10日前报送上半年工作总结"), "2024年12月15日前", "the office's own reporting dates (also 2024年7月10日前, 每季度最后一个月25日前), not task deadlines")
N("deadline-invalid", at("2024年3月15日印发"), "2024年3月15日", "issue date in the 版记")

# ---- basis documents
N("basis-mismatch", at("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, not a basis citation")
N("basis-mismatch", at("宁政办发〔2023〕11号"), "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan")
N("basis-mismatch", at("中卫市人民政府《关于加强数字政府建设的实施方案》"), "中卫市人民政府《关于加强数字政府建设的实施方案》", "the city's own standing plan cited by title alone, as city plans often have no 文号")
N("basis-mismatch", at("国发〔2022〕14号"), "国发〔2022〕14号", "correct national basis")
N("basis-mismatch", at("卫政办发〔2024〕9号"), "卫政办发〔2024〕9号", "the draft's own 文号, not a cited document")

covers_spec = [
    (1, row(1)), (2, row(2)), (3, row(3)), (5, row(4)), (6, row(5)), (7, row(6)), (8, row(7)),
    (9, row(8)), (10, row(9)), (11, row(10)), (12, row(11)),
    (14, at("强化安全管理责任。")), (15, at("2023年已建立的数字政府安全评估")), (17, at("2023年已建立的数字政府安全评估")),
    (18, row(12)), (21, row(13)), (22, at("推动行政权力事项网上运行。")), (24, at("规范政务信息化项目管理。")),
    (25, at("（二）加大资金保障。")), (28, row(14)), (30, at("完善数据管理机制。")), (32, at("完善数据管理机制。")),
    (36, at("深化数据高效共享。")), (37, row(15)), (39, row(16)), (40, row(17)), (41, row(18)), (42, row(19)),
    (43, row(20)), (47, row(21)), (48, row(22)), (49, row(23)), (50, at("提升网络支撑能力。")),
    (54, at("规范电子公文和档案管理。")), (55, row(24)), (56, row(25)), (57, row(26)),
    (64, at("1．健全组织机构。")), (66, row(27)), (70, row(28)), (71, row(29)), (74, row(30)),
    (77, row(31)), (79, row(32)), (80, row(33)), (83, row(34)), (84, row(35)), (85, at("打造泛在可及的服务体系。")),
    (86, row(36)), (87, row(37)), (92, row(38)), (93, row(39)), (94, row(40)), (96, row(41)), (97, row(42)),
    (98, row(43)), (102, at("推动绿色低碳转型。")), (104, row(44)), (105, row(45)), (106, row(46)), (107, row(47)),
    (108, row(48)), (111, at("提升行政监督和机关事务管理水平。")), (112, row(49)), (114, row(50)), (115, row(51)),
    (116, at("（一）加强组织领导。")), (117, row(52)), (118, at("（三）提升数字素养。")), (121, row(53)),
    (123, at("（四）强化考核评价。")), (124, at("（四）强化考核评价。")),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
    "writer": "blind writer, round 631; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("中卫市 2024 annual 实施方案 (卫政办发〔2024〕9号, 2024-03-15), no parent plan. Task table (lines %d-%d) is "
              "tab-separated: 序号, 主要任务, 重点任务, 责任单位, 完成时限; a blank 主要任务 continues the group above; "
              "the note on line %d says the first unit of a cell leads. Regional deadlines of 2023 are deliberately not "
              "copied into the table; tasks due 2023 in the region appear only in undated body text. "
              "build_draft.py regenerates draft.txt; make_key.py regenerates this key from anchors in draft.txt.")
             % (at("序号\t主要任务"), row(53), at("（注：责任单位中排在第一位")),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
