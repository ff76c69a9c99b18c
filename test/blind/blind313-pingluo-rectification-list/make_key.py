#!/usr/bin/python3
# Builds key.json for blind case 313 and checks every line number / text against draft.txt.
import json, os, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L = L[:-1]


def line_of(text, nth=1, must_start=None):
    hits = [i + 1 for i, l in enumerate(L) if text in l and (must_start is None or l.startswith(must_start))]
    assert len(hits) >= nth, (text, hits)
    return hits[nth - 1]


def row(n):
    """line of table row with 序号 n"""
    hits = [i + 1 for i, l in enumerate(L) if l.startswith("%d\t" % n)]
    assert len(hits) == 1, n
    return hits[0]


def deadline(n):
    return L[row(n) - 1].split("\t")[4]


def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line


expect = [
    {"rule": "basis-mismatch", "line": chk(row(4), "自治区人民政府关于加快推进数字政府建设的实施意见"),
     "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
     "why": "wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》 (加快推进 for 加强); the preamble cites it correctly"},
    {"rule": "garbled-text", "line": chk(row(18), "姊崇悊鍏ㄥ幙鏀垮姟鏁版嵁鍒嗙被鍒嗙骇"), "text": "姊崇悊鍏ㄥ幙",
     "why": "UTF-8 bytes of 梳理全县政务数据分类分级 read as GBK (mojibake, no ? marker)"},
    {"rule": "unknown-unit", "line": chk(row(20), "县大数据局"), "text": "县大数据局",
     "why": "no such county body (units.txt: 本县未设大数据管理机构); the county's technical support unit is 县政务数据服务中心 (row 1). Modelled on the city's 市大数据局"},
    {"rule": "deadline-later-than-baseline", "line": chk(row(21), "2025年6月底前"), "text": "2025年6月底前",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…按需向企事业单位拓展) 完成时限 2024年; also task 47 2024年"},
    {"rule": "deadline-later-than-baseline", "line": chk(row(36), "2025年底前"), "text": "2025年底前",
     "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设…满足老年人、残疾人等特殊群体办事需求) 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": chk(row(47), "2023年10月底前"), "text": "2023年10月底前",
     "why": "a rectification deadline before the plan's own year (方案 issued 2024-03-18, planYear 2024); the row takes up task 114 (完成时限 2024年), so it is not later than the region"},
]

mnf = []
def M(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text)
        e["text"] = text
    e.update(kw)
    e["why"] = why
    mnf.append(e)

# --- basis citations
M("basis-mismatch", 3, "the plan's own 文号 (平罗县人民政府办公室), not a basis citation", "平政办发〔2024〕12号")
M("basis-mismatch", 12, "correct: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号", "国发〔2022〕14号")
M("basis-mismatch", 12, "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
M("basis-mismatch", 12, "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan", "宁政办发〔2023〕11号")
M("basis-mismatch", 14, "retrospective mention of the 2020 工作要点 (自…实施以来), correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
M("basis-mismatch", 25, "bare 文号 of the regional 实施意见, correct", "宁政发〔2023〕17号")
# --- past dates in the background, problems and the supervision
M("deadline-invalid", 12, "dates of the regional supervision that led to this plan (past, background)", "2024年1月15日至19日")
M("deadline-invalid", 14, "background statistic (截至2023年底), not a deadline", "截至2023年底")
M("deadline-invalid", 14, "past inspection (2023年自治区网络安全检查), background", "2023年自治区网络安全检查")
M("deadline-invalid", row(4), "存在问题 cell: past assessment year, not a deadline", "2023年度")
M("deadline-invalid", row(9), "存在问题 cell: 截至2023年底 statistic", "截至2023年底")
M("deadline-invalid", row(13), "存在问题 cell: 2023年检查发现 (past inspection)", "2023年检查发现")
M("deadline-invalid", row(17), "存在问题 cell: quotes the region's past requirement (未按…于2023年底前形成) — the problem, not this plan's deadline; the row's 整改时限 is 立行立改", "于2023年底前")
M("deadline-invalid", row(19), "存在问题 cell: 2023年 statistic", "2023年全县电子公文归档率")
M("deadline-invalid", row(21), "存在问题 cell: 截至2023年底 (the row's real finding is its late 整改时限, see expect)", "截至2023年底")
M("deadline-invalid", 29, "the office's own step schedule (动员部署阶段) in the plan's year", "2024年3月")
# --- 立行立改 / 长期坚持 for tasks the region dated 2023
M("deadline-later-than-baseline", row(2), "task 116 完成时限 2023年完成并长期坚持; 立行立改，长期坚持 sets no later date", "立行立改，长期坚持")
M("deadline-later-than-baseline", row(4), "tasks 121 (长期坚持), 122/123 (2023年完成，长期坚持); 立行立改，长期坚持 has no later date", "立行立改，长期坚持")
M("deadline-later-than-baseline", row(5), "task 118 完成时限 2023年完成并长期坚持; 立行立改，长期坚持", "立行立改，长期坚持")
M("deadline-later-than-baseline", row(7), "task 25 完成时限 2023年; 立行立改，长期坚持", "立行立改，长期坚持")
M("deadline-later-than-baseline", row(13), "tasks 14/15 完成时限 2023年; 立行立改", "立行立改")
M("deadline-later-than-baseline", row(14), "task 18 完成时限 2023年形成机制，长期坚持; 立行立改，长期坚持", "立行立改，长期坚持")
M("deadline-later-than-baseline", row(15), "task 24 完成时限 2023年; 立行立改", "立行立改")
M("deadline-later-than-baseline", row(17), "tasks 30/32 完成时限 2023年; 立行立改", "立行立改")
# --- equal deadlines
M("deadline-later-than-baseline", row(6), "task 117 完成时限 2024年; 2024年底前 is equal", deadline(6))
M("deadline-later-than-baseline", row(9), "task 2 完成时限 2023年启动，2024年取得明显成效; 2024年12月底前 is equal", deadline(9))
M("deadline-later-than-baseline", row(10), "task 10 完成时限 持续推进，2025年取得明显成效; 2025年底前 is equal", deadline(10))
M("deadline-later-than-baseline", row(16), "task 21 完成时限 2024年 (equal), task 22 2025年 (earlier)", deadline(16))
M("deadline-later-than-baseline", row(19), "tasks 40 and 54 完成时限 2024年; equal", deadline(19))
M("deadline-later-than-baseline", row(22), "task 50 完成时限 2024年; equal", deadline(22))
M("deadline-later-than-baseline", row(24), "task 55 完成时限 2024年 (equal), task 56 2025年 (earlier)", deadline(24))
M("deadline-later-than-baseline", row(26), "task 58 完成时限 2024年; equal", deadline(26))
M("deadline-later-than-baseline", row(29), "task 71 完成时限 2024年; equal", deadline(29))
M("deadline-later-than-baseline", row(33), "task 80 完成时限 2024年; equal", deadline(33))
M("deadline-later-than-baseline", row(38), "task 96 完成时限 2025年; equal", deadline(38))
M("deadline-later-than-baseline", row(39), "task 94 完成时限 2024年; equal", deadline(39))
M("deadline-later-than-baseline", row(40), "task 98 完成时限 2024年; equal", deadline(40))
M("deadline-later-than-baseline", row(44), "task 108 完成时限 长期推进，2024年取得明显成效; equal", deadline(44))
M("deadline-later-than-baseline", row(48), "task 115 完成时限 2024年; equal", deadline(48))
# --- earlier deadlines
M("deadline-later-than-baseline", row(1), "task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) 完成时限 2025年; earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own body, 自治区政府办公厅负责", deadline(1))
M("deadline-later-than-baseline", row(3), "厘清层级职责 (body text of 实施意见 四(二)) has no dated county task; the nearest task 64 is 2025年, so 2024年9月底前 is not late", deadline(3))
M("deadline-later-than-baseline", row(8), "task 3 完成时限 持续推进，2025年取得明显成效; 2025年6月底前 is earlier", deadline(8))
M("deadline-later-than-baseline", row(11), "task 7 完成时限 2023年形成试点经验，2025年取得明显成效 (completing milestone 2025), task 8 持续推进，2025年; earlier", deadline(11))
M("deadline-later-than-baseline", row(12), "task 12 完成时限 2025年 (earlier), task 13 2024年 (equal)", deadline(12))
M("deadline-later-than-baseline", row(18), "task 41 完成时限 2024年; 2024年10月底前 is earlier", deadline(18))
M("deadline-later-than-baseline", row(20), "task 46 完成时限 2024年, task 43 2024年建成，持续推进; 2024年9月底前 is earlier (the row's finding is its unit)", deadline(20))
M("deadline-later-than-baseline", row(23), "task 49 完成时限 2025年; 2025年6月底前 is earlier (same text as the late row 21, different task)", deadline(23))
M("deadline-later-than-baseline", row(25), "task 52 完成时限 2025年; earlier", deadline(25))
M("deadline-later-than-baseline", row(27), "task 66 完成时限 2025年 (task 65 2024年); 2024年12月底前 not later than either", deadline(27))
M("deadline-later-than-baseline", row(28), "task 70 完成时限 2024年; earlier", deadline(28))
M("deadline-later-than-baseline", row(30), "task 77 完成时限 2024年; earlier", deadline(30))
M("deadline-later-than-baseline", row(31), "task 83 完成时限 2025年; earlier", deadline(31))
M("deadline-later-than-baseline", row(32), "task 79 完成时限 2024年; earlier", deadline(32))
M("deadline-later-than-baseline", row(34), "task 86 完成时限 2024年; earlier", deadline(34))
M("deadline-later-than-baseline", row(35), "task 87 完成时限 2023年启动，2025年完成; earlier", deadline(35))
M("deadline-later-than-baseline", row(37), "task 89 完成时限 2024年; earlier", deadline(37))
M("deadline-later-than-baseline", row(41), "task 105 完成时限 2024年; earlier", deadline(41))
M("deadline-later-than-baseline", row(42), "task 106 完成时限 2025年; earlier", deadline(42))
M("deadline-later-than-baseline", row(43), "task 107 完成时限 2025年; earlier", deadline(43))
M("deadline-later-than-baseline", row(45), "task 111 完成时限 2025年; earlier", deadline(45))
M("deadline-later-than-baseline", row(46), "task 112 完成时限 2024年; earlier", deadline(46))
# --- goals and the office's own dates
M("deadline-later-than-baseline", 21, "到2025年 “34567”体系框架全面对接 equals the region's 主要目标 (到2025年 “34567”体系框架全面成型)", "到2025年")
M("deadline-later-than-baseline", 20, "the plan's own rectification target (督查反馈问题基本完成整改), no regional goal or task", "2024年底前")
M("deadline-later-than-baseline", 24, "the office's own reporting dates (每月25日前, 2024年6月30日前, 2024年12月20日前)", "2024年12月20日前")
M("deadline-later-than-baseline", 26, "assessment year of the county's own 效能目标管理考核, not a deadline for task 122", "2024年度")
M("deadline-later-than-baseline", 30, "the office's own step schedule (集中整改阶段)", "2024年4月—10月")
M("deadline-later-than-baseline", 31, "the office's own step schedule (巩固提升阶段)", "2024年11月—12月")
# --- units
M("unknown-unit", row(2), "collective subjects", "各乡镇人民政府、县直各部门（单位）")
M("unknown-unit", row(18), "collective subject 县直有关部门", "县直有关部门")
M("unknown-unit", 12, "the supervising regional body, mentioned as background, not a responsible unit", "自治区推进“数字政府”建设领导小组办公室")
M("unknown-unit", row(4), "alias of 县人民政府督查室 in units.txt", "县政府督查室")
M("unknown-unit", row(9), "alias of 县科学技术局", "县科技局")
M("unknown-unit", row(22), "alias of 县人力资源和社会保障局", "县人社局")
M("unknown-unit", row(26), "alias of 县住房和城乡建设局", "县住建局")
M("unknown-unit", row(28), "alias of 县市场监督管理局", "县市场监管局")
M("unknown-unit", row(34), "alias of 县审批服务管理局", "县审批局")
M("unknown-unit", row(36), "alias of 县残疾人联合会", "县残联")
M("unknown-unit", row(39), "the city bureau's county branch, listed in units.txt", "石嘴山市生态环境局平罗分局")
M("unknown-unit", row(33), "listed in units.txt (full name with county prefix)", "平罗县消防救援大队")
M("unknown-unit", row(31), "town governments listed in units.txt", "城关镇人民政府、姚伏镇人民政府")
M("unknown-unit", row(8), "listed in units.txt", "平罗工业园区管委会")
M("unknown-unit", row(15), "县数字政府办 in the measure text is an alias in units.txt (not a 责任单位 cell)", "县数字政府办")
# --- pillars (all taken up by content)
for pillar, ln, t in [
    ("数字经济", row(8), "智慧园区"), ("数字社会", row(10), "数字乡村"), ("数字生态", row(12), "网络生态"),
    ("安全保障", row(14), "安全技术保障"), ("制度规则", row(15), "会商机制"), ("数据资源", row(17), "一本账"),
    ("平台支撑", row(21), "电子政务外网"), ("五个一", row(1), "五个一"), ("六级贯通", row(3), "六级贯通"),
    ("经济调节", row(27), "经济运行大数据平台"), ("市场监管", row(28), "差异化监管"), ("社会管理", row(31), "基层治理"),
    ("公共服务", row(34), "我的宁夏"), ("生态环境保护", row(39), "生态环境数据资源中心"), ("政务运行", row(41), "宁政通"),
    ("政务公开", row(46), "政务公开"), ("组织领导", row(2), "一把手工程"), ("财政投入", row(7), "年度财政预算"),
    ("数字素养", row(5), "数字治理能力"), ("考核评价", row(4), "考核指标体系")]:
    M("missing-pillar", 0, "pillar taken up by content at line %d" % ln, pillar=pillar)
    chk(ln, t)

covers_spec = [
    (64, 1), (116, 2), (121, 4), (122, 4), (123, 4), (118, 5), (117, 6), (25, 7), (3, 8), (2, 9), (10, 10),
    (7, 11), (8, 11), (12, 12), (14, 13), (18, 14), (24, 15), (21, 16), (22, 16), (30, 17), (32, 17), (41, 18),
    (40, 19), (54, 19), (46, 20), (48, 21), (50, 22), (49, 23), (55, 24), (56, 24), (52, 25), (58, 26), (66, 27),
    (70, 28), (71, 29), (77, 30), (83, 31), (79, 32), (80, 33), (86, 34), (87, 35), (93, 36), (89, 37), (96, 38),
    (94, 39), (98, 40), (105, 41), (106, 42), (107, 43), (108, 44), (111, 45), (112, 46), (114, 47), (115, 48),
]
covers = [{"task": t, "line": row(r)} for t, r in covers_spec]

key = {
    "writer": "blind writer, round 313; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": datetime.date.today().isoformat(),
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("平罗县 (石嘴山市) 数字政府建设问题整改方案, 2024-03-18, issued after a regional supervision in January 2024. "
              "No city plan for 石嘴山 is in the seeds, so parents is empty. The draft is a rectification list (48 rows, "
              "序号|存在问题|整改措施|责任单位|整改时限); in 整改要求 the office states that the first unit of a cell leads. "
              "Rows for regional tasks already due in 2023 use 立行立改 / 长期坚持 (no date). Every 34567 pillar and the "
              "党的领导 items are taken up by content although the list has no framework headings. Row numbering "
              "(序号) is not a line number: table row n is on line 37+n. make_draft.py writes draft.txt; make_key.py "
              "writes this key and checks its lines."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers), "lines", len(L))
