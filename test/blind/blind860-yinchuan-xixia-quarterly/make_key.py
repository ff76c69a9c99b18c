# Builds key.json for blind case 860; every line number is found from draft.txt and checked.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def at(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    if len(hits) > 1: hits = [i for i in hits if "\t" not in L[i-1]]  # prefer the prose line
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text: assert text in L[n-1], (text, n)
    return n

def row(num):
    hits = [i for i, l in enumerate(L, 1) if "\t" in l and l.split("\t")[1] == str(num)]
    assert len(hits) == 1
    return hits[0]

def cell(num, col, text):
    n = row(num); c = L[n-1].split("\t")
    idx = {"一季度": 4, "二季度": 5, "三季度": 6, "四季度": 7}[col]
    assert text in c[idx], (num, col, c[idx])
    return n

G = "提升辅助决策能力".encode("utf-8").decode("gbk")

expect = [
 {"rule": "basis-mismatch", "line": at("（宁政发〔2022〕17号）"), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong (line 12 cites it correctly as 宁政发〔2023〕17号)"},
 {"rule": "deadline-later-than-baseline", "line": at("2025年底前实现区、镇（街道）、村（社区）三级全覆盖"), "text": "2025年底",
  "why": "sentence takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the same sentence also carries task 47 (电子政务外网升级改造、扩大互联网出口带宽), 完成时限 2024年"},
 {"rule": "deadline-later-than-baseline", "line": cell(35, "四季度", "2025年6月底前全部完成"), "text": "2025年6月底",
  "why": "table row 35 takes up task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; the 四季度 cell pushes the 政务服务场所 part into 2025"},
 {"rule": "deadline-invalid", "line": at("20244年6月底前"), "text": "20244年",
  "why": "impossible year (typo for 2024年); the sentence takes up task 105 (宁政通 移动办公总门户), 完成时限 2024年"},
 {"rule": "unknown-unit", "line": row(2), "text": "区经济和信息化局",
  "why": "not in units.txt; the bureau's current name is 区工业和信息化局 (in units.txt and used in rows 1 and 24)"},
 {"rule": "garbled-text", "line": at(G), "text": G[:6],
  "why": "UTF-8 bytes of the short title 提升辅助决策能力 read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
]

mnf = [
 {"rule": "basis-mismatch", "line": at("西政办发〔2024〕11号"), "text": "西政办发〔2024〕11号", "why": "the notice's own 文号, not a cited basis document"},
 {"rule": "deadline-invalid", "line": at("2024年3月12日"), "text": "2024年3月12日", "why": "issue date of the notice, not a deadline"},
 {"rule": "basis-mismatch", "line": at("（国发〔2022〕14号）"), "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
 {"rule": "basis-mismatch", "line": at("银川市人民政府《关于加强数字政府建设的实施方案》"), "text": "银川市人民政府《关于加强数字政府建设的实施方案》", "why": "the city's plan cited by title alone without a 文号, as DOMAIN.md says city plans often are; title uses 加强 and 实施方案"},
 {"rule": "deadline-invalid", "line": at("《全区数字政府建设重点任务清单（2023年—2025年）》"), "text": "2023年—2025年", "why": "years in the title of the regional task list (附件2 of 宁政发〔2023〕17号), not a deadline of the district"},
 {"rule": "basis-mismatch", "line": at("（宁政办发〔2020〕14号）"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background section (correct title and 文号), not cited as the basis of this plan"},
 {"rule": "deadline-invalid", "line": at("（宁政办发〔2020〕14号）"), "text": "2020年", "why": "year inside the title of an old document mentioned in the background"},
 {"rule": "basis-mismatch", "line": at("认真贯彻宁政发〔2023〕17号文件部署"), "text": "宁政发〔2023〕17号", "why": "correct 文号 of the regional 实施意见"},
 {"rule": "deadline-invalid", "line": at("截至2023年底"), "text": "截至2023年底", "why": "past dates in the 工作基础 background (what was done in 2023), not deadlines"},
 {"rule": "deadline-later-than-baseline", "line": at("（二）主要目标。到2024年底"), "text": "到2024年底", "why": "2024 goals: 信创云迁移 (task 43, 2024 年建成，持续推进), 一网通办 (task 84, 2024年), 公共数据开放 (task 41, 2024年), 协同办公 (task 104, 2024年) — all equal"},
 {"rule": "deadline-later-than-baseline", "line": at("到2025年，自治区数字政府建设“34567”体系框架"), "text": "到2025年", "why": "equal to the regional 主要目标 (到2025年…“34567”体系框架全面成型)"},
 {"rule": "deadline-later-than-baseline", "line": at("2024年底前红酒云应用取得明显成效"), "text": "2024年底前", "why": "task 2 (红酒云等产业云), 完成时限 2023 年启动，2024 年取得明显成效 — equal"},
 {"rule": "unknown-unit", "line": at("配合自治区工业和信息化厅"), "text": "自治区工业和信息化厅", "why": "regional unit named as the body the district supports (配合), not as lead of a local task; it leads task 2 regionally"},
 {"rule": "unknown-unit", "line": at("积极配合自治区发展改革委"), "text": "自治区发展改革委", "why": "regional unit named as the body the district supports (配合); it leads task 12 regionally"},
 {"rule": "deadline-later-than-baseline", "line": at("2024年底前，以重大业务应用为牵引"), "text": "2024年底前", "why": "task 50 (非涉密业务专网向电子政务外网整合迁移), 完成时限 2024年 — equal"},
 {"rule": "deadline-later-than-baseline", "line": at("2024年底前基层干部填表报数工作量压减30%以上"), "text": "2024年底前", "why": "task 106 (填表报数系统，压减50%以上), 完成时限 2025年 — the district's interim step is earlier"},
 {"rule": "deadline-later-than-baseline", "line": at("每季度末月25日前"), "text": "2024年12月15日", "why": "the office's own reporting dates (quarterly progress reports, annual summary), not task deadlines"},
 {"rule": "unknown-unit", "line": at("各镇人民政府、各街道办事处，区直各部门（单位）："), "text": "区直各部门（单位）", "why": "collective addressees (各镇人民政府, 各街道办事处, 区直各部门（单位）)"},
 {"rule": "unknown-unit", "line": row(3), "text": "民政局", "why": "prefix 区 distributes over 区教育局、卫生健康局、民政局 → 区卫生健康局, 区民政局, both in units.txt"},
 {"rule": "unknown-unit", "line": row(28), "text": "各镇、街道", "why": "collective subject (the district's two towns and its streets)"},
 {"rule": "unknown-unit", "line": row(15), "text": "区直有关部门", "why": "collective subject"},
 {"rule": "unknown-unit", "line": row(32), "text": "区审批局", "why": "short name of 区审批服务管理局 listed in units.txt"},
 {"rule": "unknown-unit", "line": row(33), "text": "区发改局", "why": "short names 区商务局, 区发改局, 区审批局 are listed in units.txt"},
 {"rule": "unknown-unit", "line": row(9), "text": "西夏公安分局", "why": "short name of 银川市公安局西夏区分局 listed in units.txt"},
 {"rule": "unknown-unit", "line": row(36), "text": "西夏生态环境分局", "why": "short name of 银川市生态环境局西夏区分局 listed in units.txt"},
 {"rule": "unknown-unit", "line": row(42), "text": "区委党校", "why": "listed in units.txt"},
 {"rule": "deadline-invalid", "line": row(4), "text": "2023年", "why": "巩固2023年试点经验: retrospective mention of last year's pilot, not a deadline (task 7: 2023年形成试点经验，2025年取得明显成效)"},
 {"rule": "deadline-later-than-baseline", "line": cell(1, "四季度", "红酒云应用取得明显成效"), "why": "四季度 of 2024 for task 2 (2023 年启动，2024 年取得明显成效) — equal"},
 {"rule": "deadline-later-than-baseline", "line": row(2), "why": "quarter cells all in 2024 for task 3 (持续推进，2025 年取得明显成效) — earlier"},
 {"rule": "deadline-later-than-baseline", "line": row(6), "why": "quarter cells all in 2024 for task 9 (持续推进，2025年取得明显成效) — earlier"},
 {"rule": "deadline-later-than-baseline", "line": row(9), "why": "quarterly checks and drills for task 18 (2023年形成机制，长期坚持): recurring work under a standing obligation, not a late completion"},
 {"rule": "deadline-later-than-baseline", "line": cell(13, "四季度", "完成“一本账”并动态更新"), "why": "四季度 2024 for task 23 (一本账), 完成时限 2024年 — equal"},
 {"rule": "deadline-later-than-baseline", "line": cell(16, "四季度", "完成年度开放任务"), "why": "四季度 2024 for task 41 (公共数据开放), 完成时限 2024年 — equal"},
 {"rule": "deadline-later-than-baseline", "line": cell(18, "四季度", "完成全部系统迁移"), "why": "四季度 2024 for task 43 (政务信创云), 完成时限 2024 年建成，持续推进 — equal"},
 {"rule": "deadline-later-than-baseline", "line": cell(20, "四季度", "2025年全面融入"), "text": "2025年", "why": "task 49 (视频一张网), 完成时限 2025年 — equal; the rest of the row is 2024"},
 {"rule": "deadline-later-than-baseline", "line": row(23), "why": "一季度/二季度 steps for task 64 (各市、县（区）成立相应的组织机构), 完成时限 2025年 — earlier; 三季度/四季度 blank"},
 {"rule": "deadline-later-than-baseline", "line": cell(27, "四季度", "实现村（社区）全覆盖应用"), "why": "四季度 2024 for task 77 (矛盾纠纷多元化解), 完成时限 2024年 — equal"},
 {"rule": "deadline-later-than-baseline", "line": cell(31, "四季度", "三级同标准办理"), "why": "四季度 2024 for task 84 (一体化政务服务体系), 完成时限 2024年 — equal"},
 {"rule": "deadline-later-than-baseline", "line": cell(39, "四季度", "压减30%以上"), "why": "四季度 2024 for task 106 (填表报数), 完成时限 2025年 — earlier"},
 {"rule": "deadline-later-than-baseline", "line": row(42), "why": "one training per quarter for task 118 (2023年完成并长期坚持): recurring work under a standing obligation"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up in line " + str(at("3.营造良好数字生态")) + " and table row 8 (数据要素市场, 数据交易, 网络生态)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "section （三） takes up 健全组织机构 and 六级贯通 (lines " + str(at("1.健全组织机构")) + "–" + str(at("2.厘清层级职责")) + ") and table row 23"},
 {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "taken up in line " + str(at("（二）加大财政投入")) + " (统筹现有资金渠道，纳入年度预算)"},
]

cov = [
 (2, at("配合自治区工业和信息化厅")), (3, at("推进辖区产业园区“智慧园区”建设，一体化")), (5, at("配合上级部门强化政企协同")),
 (6, at("2.引领数字社会建设")), (7, at("深化国家智慧教育平台整省试点应用")), (8, at("依托国家智能社会治理实验基地")),
 (9, at("配合银川市推进智慧城市建设")), (10, at("推进数字乡村建设，以兴泾镇")), (12, at("3.营造良好数字生态")),
 (14, at("1.加快构建全方位安全保障体系")), (15, at("落实安全制度要求")), (18, at("提升安全保障能力")), (19, at("提高自主可控水平")),
 (20, at("2.加快构建科学规范的制度规则体系")), (21, at("依托全区行政许可管理信息系统")), (23, at("配合建设全区一体化数字资源管理系统")),
 (28, at("围绕基层治理、为老服务等重点领域开展试点示范")), (32, at("3.加快构建循环利用的数据资源体系")), (30, at("动态更新区级政务数据资源目录")),
 (34, at("配合建设完善人口、法人、电子证照")), (41, at("落实公共数据开放目录及相关责任清单")), (54, at("规范电子公文全流程管理，完善业务应用系统")),
 (43, at("4.加快构建智能集约的平台支撑体系")), (47, at("配合推进全区电子政务外网升级改造")), (48, at("配合推进全区电子政务外网升级改造")),
 (50, at("2024年底前，以重大业务应用为牵引")), (49, at("依托全区统一的视频共享平台")), (56, at("推进非税收入收缴电子化，实现")),
 (52, row(21)), (64, at("1.健全组织机构")), (66, at("1.提升科学精准的经济调节能力")), (71, at("对食品药品、特种设备、农副产品")),
 (74, row(26)), (77, at("3.提升精细智能的社会管理能力")), (79, at("持续推进“雪亮工程”")), (80, row(29)), (83, at("实施“互联网+基层治理”行动")),
 (84, at("4.提升普惠便捷的公共服务能力")), (86, at("推行政务服务事项“集成办”")), (87, at("配合银川市推进12345")), (89, at("依托全区一体化政务服务平台完善企业专属网页")),
 (90, at("推进辖区图书馆、文化馆、档案馆")), (93, at("加快推进区政府网站、政务移动端")), (94, at("5.提升系统科学的生态环境保护能力")),
 (96, at("提高自然资源利用效率")), (102, at("推动绿色低碳转型")), (103, at(G)), (104, at("依托全区统一的协同办公平台")), (105, at("20244年")),
 (106, at("依托“宁政通”平台使用全区统一的填表报数系统")), (111, row(40)), (112, at("7.提升全面规范的政务公开能力")), (114, row(41)),
 (115, at("以12345政务服务便民热线为枢纽")), (116, at("（一）加强组织领导")), (25, at("（二）加大财政投入")), (118, at("（三）提升数字素养")),
 (122, at("（四）强化考核评价")), (123, at("（四）强化考核评价")), (124, at("（四）强化考核评价")),
]
covers = [{"task": t, "line": n} for t, n in cov]
assert len({c["task"] for c in covers}) == len(covers)

key = {
 "writer": "blind writer, round 860; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("西夏区 (银川市) 2024年 annual 实施方案, issued 2024-03-12, checked against ningxia-2023 with no parent plan and the district's own units.txt. "
           "The attachment is a quarterly schedule table (类别, 序号, 重点任务, 责任单位, 一季度…四季度); quarter cells are 2024 milestones, blank where nothing is due; "
           "an empty 类别 cell continues the group above; the note above the table says the first unit listed leads. "
           "Only two quarter/prose milestones reach past the regional 完成时限 (lines with 2025年底 and 2025年6月底); every other quarter cell is in 2024 and the matching regional task is due 2024, 2025 or is standing. "
           "Tasks for cities/counties that are not taken up (e.g. 57, 58, 88, 92, 100, 101) were not planted as omissions and are not in expect; a task-uncovered note for them is information only. "
           "Helper scripts make_draft.py and make_key.py rebuild draft.txt and key.json.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
