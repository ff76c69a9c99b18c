# Builds key.json; every line number is looked up in the final draft.txt (1-based) by a unique marker.
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
if lines[-1] == "": lines.pop()
def ln(marker, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if marker in l]
    assert len(hits) == 1, (marker, hits)
    if text: assert text in lines[hits[0] - 1], (marker, text)
    return hits[0]
def row(n):  # task-table row by its 序号
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(str(n) + "\t")]
    assert len(hits) == 1, n
    return hits[0]
G = "政务数据融合".encode("utf-8").decode("gbk")
E, M, C = [], [], []
def e(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert line == 0 or text in lines[line - 1], (rule, line, text)
        d["text"] = text
    d.update(kw); d["why"] = why; E.append(d)
def m(rule, line, text=None, why=""):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert text in lines[line - 1], (rule, line, text)
        d["text"] = text
    d["why"] = why; M.append(d)

# ---------------- expect ----------------
e("basis-mismatch", ln("根据《国务院关于加强数字政府建设的指导意见》"), "宁政办发〔2023〕17号",
  "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the government office's series (slip from the neighbouring 宁政办发〔2023〕11号)")
e("deadline-later-than-baseline", row(4), "2025年6月底前",
  "task 48 (城域网升级改造, 区市县乡村5级全覆盖) 完成时限 2024 年 (task 47 外网升级改造, also 2024 年); the county sets mid-2025 with no condition at all - plain late date")
e("deadline-later-than-baseline", row(18), "2025年9月底前",
  "task 86 (“我的宁夏”应上尽上) 完成时限 2024年. The plan's own limit is 2025年9月底前; the bracketed 力争2024年底前 is an earlier target that only applies if the region opens early, so it does not bring the limit back to 2024 - mirror image of the 顺延 near miss in row 2")
e("deadline-later-than-baseline", ln("深化电子文件管理。"), "2025年",
  "task 54 (电子文件归档, 档案业务信创应用) 完成时限 2024年. 确有困难的可延至2025年 is an escape clause the county grants itself (not tied to any regional event), so the date that completes the task for a unit in difficulty is 2025 - later than the region")
e("deadline-later-than-baseline", ln("拓展公平普惠的民生服务。"), "2025年底前",
  "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; inline note says 2025年底前 - plain late date")
e("deadline-invalid", row(8), "20244年",
  "typo 20244年底前 (doubled digit) - impossible year; intended 2024年底前 which would equal task 57 (信用信息公共服务平台) 完成时限 2024年. Reported as invalid, not as late")
e("unknown-unit", ln("完善数据管理机制。"), "市大数据管理服务局",
  "copied from the 吴忠 city plan's unit list; 青铜峡 has no such unit (its 数字政府 lead is 市审批服务管理局 = 市审批局); not in units.txt")
e("garbled-text", ln("促进数据有序开发利用。"), G[:5],
  "UTF-8 bytes read as GBK: " + G + " re-encodes to 政务数据融合")

# ---------------- mustNotFlag ----------------
D = "deadline-later-than-baseline"
m(D, row(2), "顺延至2025年6月底前",
  "task 41 (公共数据开放目录、全区统一公共数据开放平台) 完成时限 2024年. The plan's limit is 2024年底前 = the region's; 顺延至2025年6月底前 applies only if the region's own platform interface opens late (the table note on line %d says so). That is the region's condition, not a later limit set by the county" % ln("顺延仅适用于"))
m(D, row(28), "确有困难的可延至2025年",
  "task 111 (机关事务管理信息系统整合) 完成时限 2025年: both the principal date (2024) and the fallback (2025) are no later than the region")
m(D, ln("视自治区统一部署适时推进"), "视自治区统一部署适时推进",
  "task 49 (全区统一视频共享平台) 完成时限 2025年, led by the region; the county ties its step to the region's schedule and gives no date of its own")
m(D, ln("待自治区平台上线后3个月内"), "待自治区平台上线后3个月内",
  "task 106 (全区统一填表报数系统) 完成时限 2025年: the limit is relative to the region's own launch event, no calendar date to compare")
m(D, ln("推进数据共享利用。"), "2024年底前",
  "tasks 33/34 (基础库、主题库) 完成时限 2024年: equal; 新增接口开放后同步对接 is tied to the region's event, not a later date")
m(D, ln("到2025年，全市数字政府建设"), "到2025年",
  "主要目标: same goal and year as the region (到2025年…34567体系框架全面成型) and the 吴忠 plan (到2025年…1347体系框架全面成型)")
m(D, ln("到2035年，"), "到2035年", "主要目标: equal to the region's and the 吴忠 plan's 2035 goal")
m(D, ln("到2024年底，"), "到2024年底",
  "near-term goal built from 2024 tasks (46 信创云迁移 2024年, 105 宁政通 2024年, 84 网上办掌上办 2024年); it restates none of the region's or 吴忠's 2023年底 goals")
m(D, ln("（一）健全组织机构。"), "2024年6月底前",
  "task 64 (各地参照自治区做法成立相应组织机构, 各市、县（区）负责) 完成时限 2025年: earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own body, 自治区政府办公厅负责, not this county task")
m(D, ln("（一）驱动数字经济发展。"), "2025年取得明显成效", "task 3 (智慧园区) 持续推进，2025年取得明显成效: equal")
m(D, ln("（二）引领数字社会建设。"), "2025年取得明显成效", "task 6 (公共事业数字化) 持续推进，2025年取得明显成效: equal")
m(D, ln("配合吴忠市推进智慧城市建设"), "2025年取得明显成效", "task 9 (智慧城市、一网统管) 持续推进，2025年取得明显成效: equal")
m(D, ln("推进数字乡村建设"), "2025年取得明显成效",
  "task 10 (数字乡村) 持续推进，2025年 and task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal")
m(D, ln("（三）营造良好数字生态。"), "2025年", "task 12 (数据要素市场、数据交易平台) 完成时限 2025年: equal")
m(D, ln("以数字化改革助力政府职能转变。"), "2024年", "task 21 (行政权力事项网上运行) 2024年: equal; task 22 (审管协同) 2025年: earlier")
m(D, row(1), "2025年底前完成", "task 29 (自治区统一政务数据平台) 2023年启动，2025年完成: completing milestone equal")
m(D, row(3), "2024年9月底前", "task 46 (政务云资源统一调度、系统有序迁移) 2024年: earlier within the year")
m(D, row(6), "2025年",
  "task 52 (电子证照在就医上学、交通出行等社会化场景应用) 2025年: equal; the row is about social scenes, not task 85's 2023 政务服务领域普及")
m(D, row(19), "2025年底前", "task 87 (12345热线) 2023年启动，2025年完成: equal")
m(D, row(20), "2024年6月底前", "task 89 (企业专属网页、惠企政策专栏) 2024年: earlier")
m(D, row(22), "2024年底前", "task 95 (生态环境数据资源综合开发利用) 2025年: earlier (task 94 is 2024年: equal)")
m(D, row(23), "2025年取得明显成效", "task 96 (互联网+城乡供水) 2025年: equal")
m(D, row(25), "2024年6月底前", "tasks 104/105 (协同办公平台、宁政通) 2024年: earlier")
m(D, row(27), "2024年取得明显成效", "task 108 (公共资源交易全流程数字化) 长期推进，2024年取得明显成效: equal")
m(D, row(9), "2025年", "task 66 (宁夏经济运行大数据平台) 2025年: equal")
m(D, row(16), "2025年", "task 83 (互联网+基层治理) 2025年: equal")
m(D, ln("各牵头单位于每季度末月25日前"), "2025年1月10日前",
  "the office's own reporting date for the 2024 annual summary, not a task deadline")
m(D, ln("附件：青铜峡市数字政府建设重点任务清单"), "2025年", "the task list's period （2024年—2025年） in the attachment reference, not a deadline")
m(D, ln("附件：青铜峡市数字政府建设重点任务清单") + 2, "2025年", "the task list's title period （2024年—2025年）, not a deadline")
m("deadline-invalid", ln("提升安全防护能力。"), "2023年形成机制",
  "copied verbatim from task 18 (2023年形成机制，长期坚持); a regional deadline lying before the plan's year, not an impossible date")
m("deadline-invalid", ln("近年来，我市数字政府建设持续推进。"), "2023年",
  "background: past achievements (2022年, 2023年), not deadlines")
m("basis-mismatch", ln("根据《国务院关于加强数字政府建设的指导意见》"), "宁政办发〔2023〕11号",
  "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan")
m("basis-mismatch", ln("根据《国务院关于加强数字政府建设的指导意见》"), "吴忠市人民政府《关于加强数字政府建设的实施方案》",
  "the parent city plan cited by title alone; it has no 文号 and the title is exact")
m("basis-mismatch", ln("根据《国务院关于加强数字政府建设的指导意见》"), "国发〔2022〕14号", "correct national basis")
m("basis-mismatch", ln("近年来，我市数字政府建设持续推进。"), "宁政办发〔2020〕14号",
  "retrospective mention of the old 2020 工作要点 in the background, not cited as a basis")
U = "unknown-unit"
m(U, ln("创新政务信息化项目管理。"), "财政局、审计局", "prefix distribution: 市发展和改革局、财政局、审计局 = 市财政局, 市审计局 (both in units.txt)")
m(U, row(9), "统计局", "prefix distribution: 市发改局、统计局 = 市统计局")
m(U, row(11), "农业农村局、卫健局", "prefix distribution: 市市场监管局、农业农村局、卫健局 = 市农业农村局, 市卫健局 (alias of 市卫生健康局)")
m(U, ln("（一）健全组织机构。"), "各乡镇人民政府", "collective subject")
m(U, ln("强化安全管理责任。"), "市直各部门（单位）、各乡镇（街道）", "collective subjects")
m(U, row(16), "各村（社区）", "collective subject")
m(U, row(12), "承担监管职责的市直有关部门", "collective subject, local form of 承担监管职责的自治区有关部门（单位）")
m(U, row(2), "市直有关部门", "collective subject")
m(U, ln("（一）加强组织领导。"), "市委、市政府", "the party committee and government as leadership in a sentence, not a responsible unit")
m(U, ln("（一）驱动数字经济发展。"), "吴忠市生态环境局青铜峡分局", "in units.txt (the 分局 is the county's environment office)")
m(U, ln("（一）驱动数字经济发展。"), "市工信商务局", "alias of 市工业信息化和商务局 in units.txt")
m(U, row(4), "中国电信青铜峡分公司", "non-government unit listed in units.txt")
m(U, row(6), "青铜峡市税务局", "vertical unit listed in units.txt")
m(U, row(15), "青铜峡市消防救援大队", "in units.txt")
m(U, ln("拓展公平普惠的民生服务。"), "市残联", "alias of 市残疾人联合会 in units.txt")
m(U, ln("（一）健全组织机构。"), "市审批局", "alias of 市审批服务管理局 in units.txt")

# ---------------- covers ----------------
for t, l in [
 (3, ln("（一）驱动数字经济发展。")), (6, ln("（二）引领数字社会建设。")), (9, ln("配合吴忠市推进智慧城市建设")),
 (10, ln("推进数字乡村建设")), (11, ln("推进数字乡村建设")), (12, ln("（三）营造良好数字生态。")),
 (14, ln("强化安全管理责任。")), (15, ln("强化安全管理责任。")), (18, ln("提升安全防护能力。")),
 (21, ln("以数字化改革助力政府职能转变。")), (24, ln("创新政务信息化项目管理。")), (28, ln("健全标准规范，开展试点示范。")),
 (29, row(1)), (30, ln("完善数据管理机制。")), (32, ln("完善数据管理机制。")), (33, ln("推进数据共享利用。")), (34, ln("推进数据共享利用。")),
 (41, row(2)), (42, ln("促进数据有序开发利用。")), (46, row(3)), (48, row(4)), (49, ln("视自治区统一部署适时推进")), (50, row(5)),
 (52, row(6)), (54, ln("深化电子文件管理。")), (56, row(7)), (57, row(8)), (64, ln("（一）健全组织机构。")),
 (66, row(9)), (70, row(10)), (71, row(11)), (74, row(12)), (77, row(13)), (79, row(14)), (80, row(15)), (83, row(16)),
 (84, row(17)), (86, row(18)), (87, row(19)), (89, row(20)), (90, row(21)), (93, ln("拓展公平普惠的民生服务。")),
 (95, row(22)), (96, row(23)), (98, row(24)), (104, row(25)), (105, row(25)), (106, ln("待自治区平台上线后3个月内")),
 (107, row(26)), (108, row(27)), (111, row(28)), (112, row(29)), (114, row(30)), (115, row(31)),
 (116, ln("（一）加强组织领导。")), (118, ln("（三）提升数字素养。")), (121, row(32)), (122, ln("（四）强化考核评价。")),
 (124, ln("（四）强化考核评价。"))]:
    C.append({"task": t, "line": l})

key = {
 "writer": "blind writer, round 595; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": E,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("青铜峡市 2024 实施方案 (青政办发〔2024〕11号, 2024-03-18), county under 吴忠. Conditional limits: row 2 (顺延 on the region's delay) and row 28 (确有困难 to 2025 against a 2025 task) are near misses; row 18 (main limit 2025 with an earlier 力争 condition) and line %d (确有困难 to 2025 against a 2024 task) are planted late dates. "
           "The invalid 20244年 might also be read as later than 2024; the key counts it only as deadline-invalid. "
           "draft.txt and key.json are built by make_draft.py and make_key.py in this folder." % ln("深化电子文件管理。")),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(E), "expect,", len(M), "mustNotFlag,", len(C), "covers")
