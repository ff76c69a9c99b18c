# Writes key.json; every line number is looked up in the final draft.txt by a unique anchor string.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")


def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (text, hits[0])
    return hits[0]


def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw)
    return d


def n(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text:
        d["text"] = text
    d["why"] = why
    return d


expect = [
    e("basis-mismatch", "为贯彻落实《国务院", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government document, not a 政府办公厅 宁政办发 one); the wrong 文号 does not belong to the title"),
    e("unknown-unit", "推动规模以上工业企业上云用云", "区经信局",
      "not in units.txt: the district unit is 区工业信息化和商务局 (区工信商务局); 区经信局 is a pre-reform name"),
    e("deadline-later-than-baseline", "向自治区政务信创云有序迁移", "2025年底",
      "inline deadline in the 重点任务 cell (完成时限 cell only says 分年度推进): task 46 (推进政务信息系统有序迁移) 完成时限 2024年; task 43 (政务信创云) 2024年建成，持续推进; full migration by 2025年底 is later"),
    e("deadline-later-than-baseline", "开展区级城域网升级改造", "2025年6月底",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; 2025年6月底前 is later (the 备注 blames funding, which does not change the regional deadline)"),
    e("garbled-text", "新增“扫码亮证”应用场景6个", "鎵╁ぇ鐢靛瓙璇佺収",
      "4—6月进展 cell: 扩大电子证照应用领域 as UTF-8 bytes read as GBK (鎵╁ぇ鐢靛瓙璇佺収搴旂敤棰嗗煙); re-encoding as GBK and decoding as UTF-8 recovers it"),
    e("deadline-invalid", "完善“我的宁夏”政务APP利通专区", "20204年",
      "impossible year in the 完成时限 cell (typo for 2024年; task 86 完成时限 2024年); it is an invalid date, not a late one"),
    e("deadline-later-than-baseline", "适老化与信息无障碍改造", "2025年",
      "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 自治区各部门及各市、县（区）分别负责) 完成时限 2024年; 2025年 is later"),
]

mustNotFlag = [
    # basis documents
    n("basis-mismatch", "根据《数字宁夏“1244+N”", "宁政办发〔2023〕11号",
      "correct: the same citation as the 吴忠 plan (《数字宁夏“1244+N”行动计划实施方案》宁政办发〔2023〕11号)"),
    n("basis-mismatch", "根据《数字宁夏“1244+N”", "吴忠市人民政府《关于加强数字政府建设的实施方案》",
      "the city plan cited by title alone, correctly (it has no 文号 in the seed)"),
    n("basis-mismatch", "根据《数字宁夏“1244+N”", "利政发〔2024〕5号",
      "the district's own implementation plan; nothing in the seeds contradicts its title or number"),
    n("basis-mismatch", "2020年以来，我区按照", "宁政办发〔2020〕14号",
      "retrospective mention of the 2020 工作要点 (its correct title and 文号) as past background, not a basis of this ledger"),
    n("basis-mismatch", "完成时限不得晚于自治区", "全区数字政府建设重点任务清单（2023年—2025年）",
      "correct title of 附件2 of 宁政发〔2023〕17号"),
    # dates in the body that are not deadlines or are equal to the higher goals
    n("deadline-invalid", "2020年以来，我区按照", "2023年底前",
      "past background (what was done by end-2023); equal to the region's and the city's 到2023年底 家底全面理清 goal"),
    n("deadline-later-than-baseline", "“1347”体系框架全面成型", "到2025年",
      "equal to the region's 到2025年 框架全面成型 goal and the city's 到2025年 “1347” goal"),
    n("deadline-later-than-baseline", "到2035年", "到2035年",
      "equal to the region's and the city's 到2035年 goal"),
    n("deadline-invalid", "截至9月30日，台账共列", "9月30日",
      "the ledger's own cut-off date (2024)"),
    n("deadline-later-than-baseline", "3月28日召开全区数字政府建设推进会", "3月28日",
      "past event in the progress summary, not a deadline"),
    n("deadline-later-than-baseline", "各责任单位于每月5日前", "每月5日前",
      "the office's own monthly reporting dates (5日, 25日, 10日), not task deadlines"),
    n("deadline-later-than-baseline", "三是12月20日前各责任单位", "12月20日前",
      "the office's own year-end self-assessment date within 2024"),
    # progress cells
    n("deadline-later-than-baseline", "推进“互联网+医疗健康”应用", "3月15日完成",
      "progress cells (3月15日完成…, 电子处方流转已于5月上线) report what was done; the 完成时限 持续推进，2025年取得明显成效 equals task 8"),
    n("deadline-later-than-baseline", "建立健全政务数据供需对接机制", "4月12日",
      "a 2024 progress date after task 36's 2023 deadline is a fact in a progress cell, not a deadline; 完成时限 2023年 equals task 36"),
    n("deadline-later-than-baseline", "深化“一件事一次办”改革", "已于6月上线",
      "progress date (2024) on a row whose 完成时限 2023年 equals task 85"),
    n("deadline-later-than-baseline", "编制本区公共数据开放目录", "计划11月底前完成",
      "planned date in 备注, within 2024 = task 41 完成时限 2024年"),
    # copied regional deadlines before the plan year
    n("deadline-invalid", "落实数字政府建设安全和保密工作主体责任", "2023年",
      "copied regional deadline of task 14 (2023年), a task finished in 2023 and carried on (see the 注 after the table); the 2023年12月 in the progress cell is past"),
    n("deadline-invalid", "完善区级政务信息化项目会商机制", "2023年",
      "copied regional deadline of task 24 (2023年); 2023年11月 in the progress cell is past"),
    n("deadline-invalid", "摸清本区政务数据资源底数", "2023年",
      "copied regional deadline of task 30 (2023年)"),
    n("deadline-invalid", "建立健全政务数据供需对接机制", "2023年",
      "copied regional deadline of task 36 (2023年)"),
    n("deadline-invalid", "深化“一件事一次办”改革", "2023年",
      "copied regional deadline of task 85 (2023年)"),
    n("deadline-invalid", "统筹现有资金渠道", "2023年完成，长期坚持",
      "task 25 is due 2023年; the task was done in 2023 and is carried on"),
    n("deadline-invalid", "依托宁夏干部教育培训网络学院", "2023年完成并长期坚持",
      "copied form of task 118 (2023年完成并长期坚持)"),
    n("deadline-invalid", "2023年形成机制，长期坚持", "2023年形成机制，长期坚持",
      "copied form of task 18 (2023年形成机制，长期坚持)"),
    n("deadline-invalid", "将数字政府建设纳入“一把手工程”", "2023年完成并长期坚持",
      "copied form of task 116 (2023年完成并长期坚持)"),
    n("deadline-invalid", "将数字政府建设纳入区效能目标管理考核", "2023年完成，长期坚持",
      "copied form of tasks 122/123 (2023年完成，长期坚持)"),
    # deadlines equal to or earlier than the region's
    n("deadline-later-than-baseline", "调整充实区推进“数字政府”建设领导小组成员", "2024年3月底前",
      "local counterpart of task 64 (各地各部门参照自治区做法成立相应组织机构, 2025年); task 60 (2023年) is the 自治区's own leading group, 自治区政府办公厅负责, not a county task"),
    n("deadline-later-than-baseline", "建立“一联系、两清单”", "2024年6月底前",
      "the city plan's own 一联系、两清单 mechanism (no dated city task); under task 64 (2025年) it is earlier"),
    n("deadline-later-than-baseline", "强化审管协同", "2024年12月底前",
      "earlier than task 22 (2025年)"),
    n("deadline-later-than-baseline", "推广应用电子证照", "2024年",
      "task 52 (电子证照社会化高频场景应用) 2025年: earlier; the row is not task 85's 2023 政务服务领域全面普及"),
    n("deadline-later-than-baseline", "深化12345政务服务便民热线", "2024年",
      "earlier than task 87 (2023年启动，2025年完成)"),
    n("deadline-later-than-baseline", "推进“互联网+城乡供水”建设", "2024年",
      "earlier than task 96 (2025年)"),
    n("deadline-later-than-baseline", "整合本区非涉密视频会议系统资源", "2024年",
      "earlier than task 107 (2025年)"),
    n("deadline-later-than-baseline", "依托自治区统一的视频共享平台", "2025年",
      "equal to task 49 (2025年)"),
    n("deadline-later-than-baseline", "加快金积工业园区“智慧园区”建设", "持续推进，2025年取得明显成效",
      "equal to task 3"),
    n("deadline-later-than-baseline", "推动规模以上工业企业上云用云", "2024年",
      "equal to task 2 (2023年启动，2024年取得明显成效)"),
    # units
    n("unknown-unit", "调整充实区推进“数字政府”建设领导小组成员", "各乡镇人民政府",
      "collective subjects 各乡镇人民政府、各街道办事处"),
    n("unknown-unit", "实施“互联网+基层治理”行动", "各村（社区）",
      "collective subjects 各乡镇（街道）、各村（社区）"),
    n("unknown-unit", "建立“一联系、两清单”", "区直各部门（单位）",
      "collective subject"),
    n("unknown-unit", "对接使用宁夏经济运行大数据平台", "区工信商务局",
      "short name of 区工业信息化和商务局 in units.txt"),
    n("unknown-unit", "配合完善社会保障、医疗健康", "区人社局",
      "short names in units.txt: 区人社局, 区卫健局, 区应急局, 生态环境利通分局"),
    n("unknown-unit", "建立健全动态监控、主动防御", "区公安分局",
      "short name of 吴忠市公安局利通区分局 in units.txt"),
    n("unknown-unit", "各责任单位于每月5日前", "区数字政府办",
      "short name of 区推进“数字政府”建设领导小组办公室 in units.txt; 市大数据管理服务局 on the same line is a city unit in units.txt"),
    n("unknown-unit", "推进“互联网+医疗健康”应用", "区人民医院",
      "a hospital named in a progress cell, not a responsible unit"),
    n("unknown-unit", "完成区政府网站、政务新媒体移动端", "区政务服务中心",
      "a service hall named in a progress cell, not a responsible unit"),
]

covers = [
    (64, "调整充实区推进“数字政府”建设领导小组成员"),
    (2, "推动规模以上工业企业上云用云"),
    (3, "加快金积工业园区“智慧园区”建设"),
    (8, "推进“互联网+医疗健康”应用"),
    (7, "深入推广宁夏智慧教育平台应用"),
    (9, "推进城市运行“一网统管”"),
    (10, "推进数字乡村建设"),
    (12, "配合培育数据要素市场"),
    (14, "落实数字政府建设安全和保密工作主体责任"),
    (18, "建立健全动态监控、主动防御"),
    (21, "推动各类行政权力事项网上运行"),
    (22, "强化审管协同"),
    (24, "完善区级政务信息化项目会商机制"),
    (28, "积极申报自治区数字政府试点示范"),
    (30, "摸清本区政务数据资源底数"),
    (36, "建立健全政务数据供需对接机制"),
    (34, "配合完善社会保障、医疗健康"),
    (41, "编制本区公共数据开放目录"),
    (46, "向自治区政务信创云有序迁移"),
    (48, "开展区级城域网升级改造"),
    (49, "依托自治区统一的视频共享平台"),
    (52, "推广应用电子证照"),
    (54, "深化电子文件管理"),
    (56, "推进非税收入收缴电子化"),
    (66, "对接使用宁夏经济运行大数据平台"),
    (70, "落实市场监管领域“双随机、一公开”"),
    (83, "实施“互联网+基层治理”行动"),
    (80, "推进“智慧应急”建设"),
    (85, "深化“一件事一次办”改革"),
    (86, "完善“我的宁夏”政务APP利通专区"),
    (87, "深化12345政务服务便民热线"),
    (93, "适老化与信息无障碍改造"),
    (96, "推进“互联网+城乡供水”建设"),
    (94, "依托生态环境大数据平台"),
    (105, "推广“宁政通”APP应用"),
    (106, "压减基层干部填表报数工作量"),
    (107, "整合本区非涉密视频会议系统资源"),
    (112, "进一步完善区政府网站等政务公开平台"),
    (114, "构建政务新媒体矩阵体系"),
    (116, "将数字政府建设纳入“一把手工程”"),
    (25, "统筹现有资金渠道"),
    (118, "依托宁夏干部教育培训网络学院"),
    (122, "将数字政府建设纳入区效能目标管理考核"),
    (123, "将数字政府建设纳入区效能目标管理考核"),
]

# sanity: no mustNotFlag on the same rule and line as an expect entry
exp_keys = {(x["rule"], x["line"]) for x in expect}
for m in mustNotFlag:
    assert (m["rule"], m["line"]) not in exp_keys, m

key = {
    "writer": "blind writer, round 557; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": [{"task": t, "line": ln(a)} for t, a in covers],
    "notes": (
        "利通区 (吴忠市) 2024 monthly ledger of 数字政府 key tasks, state at 2024-09-30, updated 2024-10-08; "
        "46 tab-separated task rows under the city's 1347 framework plus 党的领导, columns 序号|重点任务|责任单位|完成时限|1—3月进展|4—6月进展|7—9月进展|备注. "
        "Progress cells carry past 2024 dates (and a few 2023 ones); unless a cell says otherwise they are facts, not deadlines. "
        "Rows whose regional task was due 2023 copy the regional 2023 deadline on purpose (the 注 after the table says so). "
        "units.txt is the district registry (区本级, 驻区 and the city units the ledger names). "
        "No task-uncovered entries are expected: the ledger is one year's selection, so many county tasks are not in it (information only). "
        "Plants: 7 over 5 rules (basis-mismatch 1, unknown-unit 1, deadline-later-than-baseline 3, deadline-invalid 1, garbled-text 1)."
    ),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mustNotFlag), "mustNotFlag;", len(key["covers"]), "covers")
for x in expect:
    print(x["rule"], x["line"], x["text"])
