# Builds key.json for blind case 721 from draft.txt, locating every line by its text.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")


def ln(*needles):
    """1-based line containing all needles; must be unique."""
    hits = [i + 1 for i, l in enumerate(L) if all(n in l for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]


def row(n):
    """line of annex row n (first cell == n)."""
    hits = [i + 1 for i, l in enumerate(L) if l.split("\t")[0] == str(n) and "\t" in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line


expect = [
    {"rule": "basis-mismatch", "line": chk(ln("第一条\u3000"), "自治区人民政府关于加强数字政府建设的实施方案"),
     "text": "自治区人民政府关于加强数字政府建设的实施方案",
     "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it as 实施方案 (wrong title, a drafter's slip from its own document type)"},
    {"rule": "garbled-text", "line": chk(ln("第二十四条\u3000"), "鏀垮姟鏁版嵁鍏变韩"), "text": "鏀垮姟鏁版嵁鍏变韩",
     "why": "UTF-8 bytes of 政务数据共享 read as GBK (mojibake, no ? marker); the surrounding 交换体系 is intact"},
    {"rule": "deadline-invalid", "line": chk(ln("第二十六条\u3000"), "2024年9月31日"), "text": "2024年9月31日",
     "why": "impossible date: September has 30 days. Not late: the task (政务云迁移, task 46 完成时限 2024年; task 43 2024年建成) is due 2024"},
    {"rule": "unknown-unit", "line": chk(ln("第二十八条\u3000"), "区大数据管理服务局"), "text": "区大数据管理服务局",
     "why": "not in units.txt; the district's data body is 区大数据服务中心 (区大数据管理服务局 is copied from a city's structure, cf. 市大数据管理服务局)"},
    {"rule": "unknown-unit", "line": chk(row(14), "自治区政府办公厅牵头"), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (牵头, also first-listed under the annex note) of a district task row (task 47, 电子政务外网升级); copied from the regional task list instead of a district lead"},
    {"rule": "deadline-later-than-baseline", "line": chk(row(15), "2025年底前"), "text": "2025年底前",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; the row sets 2025年底前"},
]

M = []


def nm(rule, line, why, text=None, pillar=None):
    e = {"rule": rule, "line": line}
    if pillar is not None:
        e["pillar"] = pillar
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)


D = "deadline-later-than-baseline"
I = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
G = "garbled-text"
P = "missing-pillar"

# --- deadlines in articles -------------------------------------------------
nm(D, ln("第五条\u3000"), "主要目标 到2024年底 (政务信息系统迁移至信创云) is not later than task 43 (2024年建成，持续推进) / task 46 (2024年); 到2025年 '34567'体系框架 equals the regional 主要目标 到2025年; 到2035年 equals the regional 2035 goal", "到2025年")
nm(D, ln("第五条\u3000"), "到2024年底 (区级工作体系基本健全, 系统迁移上云) is a district goal for 2024; the regional 2023年底 goals concern 自治区本级 (五个一组织架构, 政策体系) and the local counterpart, task 64 (各地成立相应组织机构), is due 2025年; the 信创云 migration matches task 43 (2024年建成) — not later", "到2024年底")
nm(I, ln("第五条\u3000"), "到2035年 is the long-range goal copied from the regional text, a valid future year", "到2035年")
nm(D, ln("第八条\u3000"), "2024年6月底前 for 健全组织机构和工作体制机制 is earlier than task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年; the 领导小组 sentence carries no date (task 60, 2023年, is a regional-only task)", "2024年6月底前")
nm(D, ln("第十二条\u3000"), "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal", "2025年取得明显成效")
nm(D, ln("第十四条\u3000"), "task 6 持续推进，2025年取得明显成效 (and task 7: 2023年形成试点经验，2025年取得明显成效): equal", "2025年取得明显成效")
nm(D, ln("第十五条\u3000"), "task 9 (智慧城市、一网统管) 完成时限 持续推进，2025年取得明显成效: 2025年 equal", "2025年")
nm(D, ln("第十六条\u3000"), "task 10 (数字乡村) 持续推进，2025年取得明显成效: 到2025年 equal", "到2025年")
nm(D, ln("第二十一条\u3000"), "2024年底前 for 审管协同/行政权力事项网上运行: task 21 完成时限 2024年 (equal), task 22 2025年 (earlier)", "2024年底前")
nm(D, ln("第二十二条\u3000"), "task 28 (试点示范) 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal; only the start (2024年启动) is later, which a 2024 plan cannot avoid", "2024年启动")
nm(D, ln("第二十三条\u3000"), "在2023年普查基础上 is a past fact (background), not a deadline; tasks 30/32 are due 2023 anyway, so it is not later", "2023年")
nm(I, ln("第二十三条\u3000"), "2023年 here is a retrospective mention of work already done, not a deadline before the issue year", "2023年")
nm(D, ln("第二十七条\u3000"), "2024年底前 IPv6改造 belongs to task 47 (外网升级改造) 完成时限 2024年: equal; the 全覆盖 clause (task 48) carries no date in the article", "2024年底前")
nm(D, ln("第二十九条\u3000"), "2024年10月底前 is earlier than task 40 (电子公文) and task 54 (电子文件归档) 完成时限 2024年", "2024年10月底前")
nm(D, ln("第三十二条\u3000"), "task 77 (矛盾纠纷多元化解) 完成时限 2024年: 2024年底前 equal", "2024年底前")
nm(D, ln("第三十三条\u3000"), "2024年底前 接入'一屏通联'指挥调度: task 80 (智慧应急) 2024年 equal, task 81 (统一视频指挥调度体系) 2025年 earlier; task 79 (雪亮工程) 2024年", "2024年底前")
nm(D, ln("第三十四条\u3000"), "task 83 (互联网+基层治理) 完成时限 2025年: 到2025年 equal", "到2025年")
nm(D, ln("第三十五条\u3000"), "2024年9月底前 (接入我的宁夏，应上尽上) is earlier than task 86 完成时限 2024年", "2024年9月底前")
nm(D, ln("第三十八条\u3000"), "task 93 (适老化与信息无障碍) 完成时限 2024年 and task 90 2024年: 2024年底前 equal", "2024年底前")
nm(D, ln("第三十九条\u3000"), "到2025年 is attached to the 绿色低碳 clause, task 102 完成时限 2025年 (equal); the 生态环境数据资源中心 clause (task 94, 2024年) carries no date", "到2025年")
nm(D, ln("第四十条\u3000"), "到2025年 填表报数压减50%以上 is task 106 (2025年, equal); 2024年底前 视频会议 is earlier than task 107 (2025年); the 宁政通/协同办公 clause (tasks 104/105, 2024年) carries no date", "到2025年")
nm(D, ln("第四十二条\u3000"), "2024年底前 for 政民互动 is task 115 完成时限 2024年: equal (tasks 112/114 also 2024年)", "2024年底前")
# --- deadlines in the annex ------------------------------------------------
ann = [
    (1, "2024年6月底前", "task 64 完成时限 2025年: earlier"),
    (2, "持续推进，2025年取得明显成效", "task 3 持续推进，2025年取得明显成效: equal"),
    (3, "持续推进，2025年取得明显成效", "task 6 持续推进，2025年取得明显成效: equal"),
    (4, "2025年", "task 9 持续推进，2025年取得明显成效: equal year"),
    (5, "2025年", "task 10 持续推进，2025年取得明显成效: equal year"),
    (7, "2024年", "task 21 完成时限 2024年: equal"),
    (8, "2024年底前", "task 22 完成时限 2025年: earlier"),
    (9, "2024年启动，2025年取得明显成效", "task 28 2023年启动，2025年取得明显成效: completing milestone equal, only the start is later"),
    (10, "2024年", "task 41 完成时限 2024年: equal"),
    (11, "2024年", "task 42 完成时限 2024年: equal"),
    (12, "2024年10月底前", "task 40 完成时限 2024年: earlier"),
    (13, "2024年底前", "task 46 完成时限 2024年 (task 43 2024年建成): equal"),
    (14, "2024年", "task 47 完成时限 2024年: equal (the row's mistake is its lead unit, not its date)"),
    (16, "2024年", "task 50 完成时限 2024年: equal"),
    (17, "2025年", "task 52 完成时限 2025年: equal"),
    (18, "2025年", "task 56 完成时限 2025年: equal"),
    (19, "2025年", "task 66 完成时限 2025年: equal"),
    (20, "2024年", "task 71 完成时限 2024年: equal"),
    (21, "2024年", "task 77 完成时限 2024年: equal"),
    (22, "2024年", "task 79 完成时限 2024年: equal"),
    (23, "2024年底前", "task 80 完成时限 2024年: equal"),
    (24, "2025年", "task 83 完成时限 2025年: equal"),
    (25, "2024年9月底前", "task 86 完成时限 2024年: earlier"),
    (26, "2024年", "task 88 完成时限 2024年: equal"),
    (27, "2024年", "task 93 完成时限 2024年: equal"),
    (28, "2024年", "task 94 完成时限 2024年: equal"),
    (29, "2025年", "task 102 完成时限 2025年: equal"),
    (30, "2024年", "task 105 完成时限 2024年: equal"),
    (31, "2025年", "task 106 完成时限 2025年: equal"),
    (32, "2024年底前", "task 107 完成时限 2025年: earlier"),
    (33, "2024年", "tasks 112/114 完成时限 2024年: equal"),
    (34, "2024年", "task 115 完成时限 2024年: equal"),
    (35, "长期坚持", "task 121 完成时限 长期坚持: equal"),
]
for n, t, w in ann:
    nm(D, row(n), w, t)
nm(D, row(6), "task 18 完成时限 2023年形成机制，长期坚持: copied verbatim, equal", "2023年形成机制，长期坚持")
nm(I, row(6), "a copied regional deadline (task 18, 2023年形成机制，长期坚持) that lies before the plan's year; the mechanism is to be kept up, so not an invalid date", "2023年形成机制")
# --- dates that are not deadlines ------------------------------------------
nm(I, ln("第二条\u3000"), "2020年以来 / 2023年 are background (past facts), not deadlines", "2020年以来")
nm(I, ln("第十条\u3000"), "the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines; numbers 1名 are not dates", "每年12月10日前")
nm(I, ln("第四十八条\u3000"), "2024年5月31日前 is the office's own filing date for implementing measures, after the issue date", "2024年5月31日前")
nm(I, ln("第四十九条\u3000"), "有效期至2025年12月31日 is the plan's validity period, not a task deadline (and not later than the regional 2025 horizon)", "2025年12月31日")
nm(I, 6, "issue date of the notice, not a deadline", "2024年4月15日")
nm(I, ln("2024年4月15日印发"), "印发 date in the footer, not a deadline", "2024年4月15日印发")
nm(I, ln("第三十五条\u3000"), "15分钟政务服务圈 is not a date", "15分钟")
nm(I, ln("第四十二条\u3000"), "12345政务服务便民热线 is a hotline number, not a year", "12345")
nm(I, ln("第二十七条\u3000"), "IPv6 is not a date", "IPv6")
nm(I, ln("第四十条\u3000"), "50%以上 is a target share, not a date", "50%")
nm(I, ln("附件：大武口区数字政府建设重点任务清单"), "（2024年—2025年） is the list's period, not a deadline", "2024年—2025年")
# --- basis documents --------------------------------------------------------
nm(B, ln("第一条\u3000"), "《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号） is correct", "国发〔2022〕14号")
nm(B, ln("第一条\u3000"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan; not a mismatch", "宁政办发〔2023〕11号")
nm(B, ln("第二条\u3000"), "retrospective mention of the 2020 工作要点 (宁政办发〔2020〕14号), title and number correct; it is history, not a basis", "宁政办发〔2020〕14号")
nm(B, 2, "the notice's own 文号, not a cited basis document", "石大政办发〔2024〕18号")
nm(B, ln("第一条\u3000"), "the 文号 宁政发〔2023〕17号 itself is right; only the title (实施方案) is wrong — one basis-mismatch for the citation, already in expect", "宁政发〔2023〕17号")
# --- units ------------------------------------------------------------------
nm(U, 3, "collective subject 区直各部门（单位） and 各街道办事处 in the addressee line; 星海镇人民政府 is in units.txt", "区直各部门（单位）")
nm(U, ln("第八条\u3000"), "星海镇 is the registered short name of 星海镇人民政府; 各街道办事处 is a collective; 区委编办, 区政府办公室 (short name) and 领导小组 are in units.txt", "星海镇、各街道办事处负责")
nm(U, ln("第十条\u3000"), "领导小组办公室 is a registered short name of 区推进数字政府建设领导小组办公室", "领导小组办公室")
nm(U, ln("第十五条\u3000"), "区直有关部门（单位） is a collective subject", "区直有关部门（单位）")
nm(U, ln("第二十条\u3000"), "自治区政府办公厅 is a regional unit mentioned as the body the district cooperates with (配合), not as the lead of a district task; the district unit responsible is 区大数据服务中心", "自治区政府办公厅")
nm(U, ln("第三十三条\u3000"), "大武口公安分局 is a registered short name of 石嘴山市公安局大武口区分局; 大武口区消防救援大队 is in units.txt", "大武口公安分局")
nm(U, ln("第三十四条\u3000"), "各村（社区） is a collective subject", "各村（社区）配合")
nm(U, ln("第三十九条\u3000"), "石嘴山市生态环境局大武口分局 and 石嘴山市自然资源局大武口分局 are district-level branch offices listed in units.txt", "石嘴山市生态环境局大武口分局")
nm(U, ln("第四十一条\u3000"), "区政府督查室 is a registered short name of 区人民政府督查室", "区政府督查室")
nm(U, ln("第四十三条\u3000"), "区委、区政府 are registered short names (the bodies reported to), and the responsible subjects are collectives plus 星海镇", "区委、区政府")
nm(U, ln("第四十六条\u3000"), "宁夏干部教育培训网络学院 is a training platform the plan relies on (依托), not a responsible unit; the responsible units in the brackets are registered", "宁夏干部教育培训网络学院")
nm(U, row(17), "区公安分局 is a registered short name of 石嘴山市公安局大武口区分局", "区公安分局")
nm(U, row(29), "大武口生态环境分局 is a registered short name of 石嘴山市生态环境局大武口分局", "大武口生态环境分局")
nm(U, row(22), "the first-listed lead 区委政法委 and 石嘴山市公安局大武口区分局 are registered; 星海镇 short name", "石嘴山市公安局大武口区分局")
nm(U, ln("抄送"), "区委办公室, 区人大常委会办公室, 区政协办公室 are in units.txt", "区人大常委会办公室")
nm(U, 5, "石嘴山市大武口区人民政府办公室 is the full name of 区人民政府办公室 (listed as an alias)", "石嘴山市大武口区人民政府办公室")
# --- chapter / article numbers ----------------------------------------------
nm(G, ln("第一章"), "第一章　总则: the full-width space U+3000 after chapter and article numbers is normal typesetting, not damage", "第一章")
nm(G, ln("第四十九条\u3000"), "第四十九条　 with U+3000 after the article number is normal typesetting", "第四十九条")
nm(G, ln("2024年4月15日印发"), "two U+3000 spaces between the issuing office and the 印发 date are normal layout", "　　")
nm(I, ln("第十条\u3000"), "第四十四条 is a cross-reference to an article of this plan, not a date or task number", "第四十四条")
nm(I, ln("第四十八条\u3000"), "第十二条至第四十二条 are article cross-references, not dates or a range of regional tasks", "第十二条至第四十二条")
nm(P, 0, "五个一 (组织机构) is taken up by 第二章 工作体系, 第八条 (区推进数字政府建设领导小组 + 领导小组办公室 + 区大数据服务中心 as 业务支撑事业单位; 参照自治区做法健全组织机构), though no heading names 五个一", pillar="五个一")
nm(P, 0, "六级贯通 (层级职责) is taken up by 第九条 (按照自治区“六级贯通”层级架构 …) and 第六条", pillar="六级贯通")
nm(P, 0, "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is taken up by 第六章 组织保障 (第四十三条 to 第四十六条, 坚持党对数字政府建设工作的全面领导), titled 组织保障 rather than 加强党的领导", pillar="党的领导")
nm(P, 0, "数字生态 is taken up in 第十七条 (数据要素市场, 数据交易规范, 网络生态) under 第三章 三个驱动", pillar="数字生态")
nm(P, 0, "政务公开 is taken up in 第四十二条 (政务公开平台, 政务新媒体矩阵, 政民互动) and annex rows 33–34", pillar="政务公开")

covers = []
def cv(task, line):
    covers.append({"task": task, "line": line})
for t, a in [(3, "第十二条"), (5, "第十三条"), (6, "第十四条"), (9, "第十五条"), (10, "第十六条"),
             (14, "第十八条"), (15, "第十八条"), (17, "第十九条"), (18, "第十九条"), (19, "第二十条"),
             (21, "第二十一条"), (22, "第二十一条"), (24, "第十一条"), (28, "第二十二条"),
             (30, "第二十三条"), (32, "第二十三条"), (36, "第二十四条"), (42, "第二十四条"), (41, "第二十五条"),
             (46, "第二十六条"), (48, "第二十七条"), (50, "第二十七条"), (52, "第二十八条"),
             (40, "第二十九条"), (54, "第二十九条"), (66, "第三十条"), (68, "第三十一条"), (70, "第三十一条"),
             (71, "第三十一条"), (77, "第三十二条"), (79, "第三十三条"), (80, "第三十三条"), (83, "第三十四条"),
             (84, "第三十五条"), (86, "第三十五条"), (85, "第三十六条"), (88, "第三十七条"), (89, "第三十七条"),
             (90, "第三十八条"), (93, "第三十八条"), (94, "第三十九条"), (102, "第三十九条"), (104, "第四十条"),
             (105, "第四十条"), (106, "第四十条"), (107, "第四十条"), (109, "第四十一条"), (111, "第四十一条"),
             (112, "第四十二条"), (114, "第四十二条"), (115, "第四十二条"), (116, "第四十三条"), (123, "第四十四条"),
             (124, "第四十四条"), (25, "第四十五条"), (118, "第四十六条"), (64, "第八条")]:
    cv(t, ln(a + "\u3000"))
cv(47, row(14))
cv(56, row(18))
cv(121, row(35))

key = {
    "writer": "blind writer, round 721; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("大武口区 (石嘴山市) 2024 实施方案 written as rules: 第一章 总则 … 第七章 附则, 49 articles (第X条 followed by U+3000), "
              "each a single line, then an annex task table (tab-separated, 5 columns, group cell empty when continuing; "
              "note: first-listed unit is the main lead). No parent plan is given, so the draft cites the city only as "
              "'市委、市政府关于数字政府建设的部署要求' (no title). Regional tasks due 2023 are mentioned without dates "
              "in the articles, except annex row 6 which copies task 18's '2023年形成机制，长期坚持'. "
              "Six planted mistakes: basis title (实施方案 for 实施意见), mojibake run, impossible date 9月31日, unknown unit "
              "区大数据管理服务局, regional lead 自治区政府办公厅 in a district row, late deadline 2025年底前 for task 48."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
