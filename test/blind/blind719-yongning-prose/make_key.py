# Builds key.json; every line number is found from draft.txt, never typed by hand.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits)
    return hits[0]

def e(rule, anchor, text, why):
    return {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}

expect = [
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "the 自治区 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"),
    e("deadline-later-than-baseline", "县审批局牵头，县民政局配合", "2025年6月底前",
      "适老化与信息无障碍改造 of 政务服务场所 and 政务移动端 is regional task 93 (各市、县（区）按照职能分别负责), 完成时限 2024年; the county sets June 2025"),
    e("deadline-invalid", "完成全区统一协同办公平台在县、乡两级的部署应用", "13月",
      "2024年13月 is an impossible month (a slip for 12月); the sentence is regional task 104 (协同办公平台), 完成时限 2024年"),
    e("unknown-unit", "强化政务云支撑。", "县大数据管理局",
      "not in units.txt; the county body is 县大数据服务中心 (used everywhere else); 县大数据管理局 does not exist at county level"),
    e("garbled-text", "县大数据服务中心牵头，依托自治区数据共享交换体系", "娣卞寲鏀垮姟",
      "the sub-item title 深化政务数据共享应用 stored as UTF-8 and read as GBK: 娣卞寲鏀垮姟鏁版嵁鍏变韩搴旂敤 (re-encode as GBK, decode as UTF-8 to recover)"),
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "section 五 lists only six 能力 (经济调节 … 政务运行); nothing anywhere on 政务公开: no 政务公开平台, 政策文件库, 政务新媒体 or 政民互动 (the only 公开 in the text is 双随机、一公开, a 市场监管 term)"},
    {"rule": "task-uncovered", "line": 0, "task": 112, "why": "政务公开 pillar left out: 政务公开信息化平台 (各市、县（区）分别负责, 2024年)"},
    {"rule": "task-uncovered", "line": 0, "task": 113, "why": "政务公开 pillar left out: 政策文件库 “一库通查” (各市、县（区）配合, 2024年)"},
    {"rule": "task-uncovered", "line": 0, "task": 114, "why": "政务公开 pillar left out: 政务新媒体矩阵 (各市、县（区）分别负责, 2024年)"},
    {"rule": "task-uncovered", "line": 0, "task": 115, "why": "政务公开 pillar left out: 12345-based 政民互动和民意转办平台 (各市、县（区）配合, 2024年); 12345 is not mentioned anywhere"},
    {"rule": "task-uncovered", "line": 0, "task": 82, "why": "新冠肺炎疫情 防控 platform (各市、县（区）配合, 2023年) deliberately omitted from a 2024 plan as obsolete"},
]

def m(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text), "why": why}
    if text is not None:
        d["text"] = text
    return d

D = "deadline-later-than-baseline"
V = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
G = "garbled-text"
mnf = [
    # goals
    m(D, "到2024年底，全县电子政务外网", "到2024年底",
      "2024 goals are 外网县乡村全覆盖 (task 48, 2024年), 一网通办 (task 84, 2024年), 宁政通 (task 105, 2024年): equal; none of the region's 2023年底 goals (家底理清, 标志性应用场景) is restated here"),
    m(D, "到2025年，全县数字政府建设体系框架全面成型", "到2025年",
      "same goal and year as the 实施意见's 到2025年 “34567”体系框架全面成型"),
    m(D, "到2035年，与政府治理能力现代化相适应", "到2035年", "same as the regional 到2035年 goal"),
    # equal or earlier task deadlines
    m(D, "各乡镇人民政府要在2024年6月底前参照县级做法", "2024年6月底前",
      "task 64 (各地各部门参照自治区做法成立组织机构, 各市、县（区）负责), 完成时限 2025年: earlier; the region's 到2023年底 goal (自治区本级“五个一”组织架构基本建立) is about the 自治区 level, not a county"),
    m(D, "推进产业数字化。", "2024年底前",
      "task 2 (产业云), 完成时限 2023年启动，2024年取得明显成效: equal to the completing milestone"),
    m(D, "建设智慧园区。", "到2025年",
      "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal"),
    m(D, "推动公共服务数字化。", "到2025年",
      "task 6 (公共事业服务数字化), 完成时限 持续推进，2025年取得明显成效: equal"),
    m(D, "推进教育数字化。", "2024年底前",
      "task 7 (智慧教育), 完成时限 2023年形成试点经验，2025年取得明显成效: the completing milestone is 2025, so 2024 is earlier; the 2023 pilot milestone is the region's own"),
    m(D, "推进智慧城市建设。", "2025年底前",
      "task 9 (智慧城市、一网统管), 完成时限 持续推进，2025年取得明显成效: equal"),
    m(D, "推进数字乡村建设。", "到2025年",
      "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal"),
    m(D, "推动行政权力网上运行。", "2024年10月底前",
      "task 21 (行政权力事项网上运行), 完成时限 2024年: earlier"),
    m(D, "建立数字资源“一本账”。", "2024年底前",
      "task 23 (重大改革、重点项目、关键应用“一本账”, 数字资源管理系统), 完成时限 2024年: equal; it is not task 30 (政务数据资源、算力“一本账”, 2023年) nor the 到2023年底 goal (平台“家底”全面理清)"),
    m(D, "推进数据归集整合。", "2024年11月底前",
      "tasks 33/34/35 (基础库、主题库、地方主题数据库), 完成时限 2024年: earlier"),
    m(D, "融入全区政务大数据体系。", "2025年底前",
      "task 29 (自治区统一的政务数据平台、一体化政务大数据体系), 完成时限 2023年启动，2025年完成: equal"),
    m(D, "加强电子公文和档案管理。", "2024年底前",
      "tasks 40 and 54 (电子公文、电子文件归档), 完成时限 2024年: equal"),
    m(D, "促进数据开发利用。", "2024年9月底前",
      "task 41 (公共数据开放目录), 完成时限 2024年: earlier"),
    m(D, "强化政务云支撑。", "2024年9月底前",
      "task 46 (政务信息系统有序迁移), 完成时限 2024年, and task 43 (2024年建成，持续推进): earlier; the line's error is the unit, not the date"),
    m(D, "提升网络支撑能力。", "2024年底前",
      "tasks 47 and 48 (外网升级、城域网、5级全覆盖), 完成时限 2024年: 2024年9月 earlier, 2024年底 equal"),
    m(D, "推进视频资源整合。", "2024年底前",
      "task 49 (视频共享平台、“视频一张网”), 完成时限 2025年: earlier"),
    m(D, "推进财政电子票据应用。", "2024年底前",
      "task 55 (电子票据一站式查验及跨省报销), 完成时限 2024年: equal"),
    m(D, "推进非税收入收缴电子化。", "2025年底前",
      "task 56 (非税收入收缴电子化全覆盖), 完成时限 2025年: equal; not task 55"),
    m(D, "县工信商务局、县发改局要积极对接宁夏经济运行大数据平台", "2025年底前",
      "task 66 (经济运行大数据平台, 重点企业/产业链), 完成时限 2025年: equal; the 2024年 task 65 (经济治理基础数据库) is a regional task and its content on line 80 carries no date"),
    m(D, "县市场监管局、县农业农村局、县卫健局按照职责分别负责", "2024年底前",
      "task 71 (重点领域数字化追溯监管), 完成时限 2024年: equal"),
    m(D, "提升矛盾纠纷化解能力。", "2024年底前",
      "task 77 (矛盾纠纷多元化解), 完成时限 2024年: equal"),
    m(D, "提升社会治安防控能力。", "2024年8月底前",
      "task 79 (雪亮工程), 完成时限 2024年: earlier"),
    m(D, "推进指挥调度体系建设。", "2025年底前",
      "task 81 (视频指挥调度体系), 完成时限 2025年: equal"),
    m(D, "提高基层治理能力。", "2025年底前",
      "task 83 (互联网+基层治理), 完成时限 2025年: equal"),
    m(D, "打造泛在可及的服务体系。", "2024年底前",
      "task 84 (一体化政务服务体系), 完成时限 2024年: equal"),
    m(D, "完成“我的宁夏”政务APP永宁专区升级", "2024年9月底前",
      "task 86 (“我的宁夏”应上尽上), 完成时限 2024年: earlier (task 92 多卡合一, 2025年, carries no date here)"),
    m(D, "县水务局要深化“互联网+城乡供水”建设", "2025年底前",
      "task 96 (互联网+城乡供水), 完成时限 2025年: equal"),
    m(D, "完成县级国土空间规划数据入库", "2024年底前",
      "task 97 (自然资源“一张图”、国土空间基础信息平台), 完成时限 2024年: equal"),
    m(D, "县自然资源局要力争2024年底前完成县域林草资源数据", "力争2024年底前",
      "task 98 (“智慧林草”云平台), 完成时限 2024年: equal"),
    m(D, "县政府办公室要持续推广“宁政通”", "2024年6月底前",
      "task 105 (宁政通 五级覆盖), 完成时限 2024年: earlier"),
    m(D, "依托“宁政通”推广全区统一的填表报数系统", "2025年底前",
      "task 106 (填表报数压减50%以上), 完成时限 2025年: equal"),
    m(D, "统筹整合县直各部门非涉密视频会议系统资源", "2024年底前",
      "task 107 (视频会议平台), 完成时限 2025年: earlier"),
    m(D, "完成全区统一协同办公平台在县、乡两级的部署应用", "2024年13月底前",
      "the date is impossible (deadline-invalid, in expect), not late: month 13 is not to be read as 2025年1月"),
    m(D, "各牵头单位要于每季度末月25日前", "2025年1月10日前",
      "the office's own reporting date for the 2024 annual summary, not a task deadline (task 121/124 are 长期坚持)"),
    # invalid / past dates that are fine
    m(V, "近年来，我县认真落实", "2023年",
      "past date in the background (what was done in 2023), not a deadline"),
    m(V, "健全安全工作机制。", "2023年",
      "the region's own deadline for task 15 (2023年) recalled retrospectively; the county sets no new date"),
    m(V, "各牵头单位要于每季度末月25日前", "每季度末月25日前",
      "the office's own recurring reporting date"),
    m(V, "2024年4月12日", "2024年4月12日", "issue date of the notice, not a deadline"),
    # units
    m(U, "各乡镇人民政府，县政府各部门、各直属机构：", "县政府各部门",
      "collective addressees of the notice"),
    m(U, "（一）健全组织机构。", "县推进数字政府建设领导小组", "listed in units.txt, as is 领导小组办公室"),
    m(U, "各乡镇人民政府要在2024年6月底前参照县级做法", "各乡镇人民政府", "collective subject"),
    m(U, "（二）厘清层级职责。", "各村（社区）",
      "collective subject; 工业园区、学校、医院 are 基层单元, not responsible units"),
    m(U, "完善项目管理机制。", "财政局、审计局",
      "the 县 prefix distributes: 县政府办公室、财政局、审计局 = 县政府办公室, 县财政局, 县审计局 (the same pattern as the region's 自治区政府办公厅、财政厅、审计厅 in task 24)"),
    m(U, "开展试点示范。", "闽宁镇人民政府", "in units.txt (as is 望远镇人民政府); 县直有关部门 is a collective"),
    m(U, "推进视频资源整合。", "自治区党委政法委",
      "a regional body named as the author of the regional deployment; the local task's lead is 县委政法委"),
    m(U, "承担监管职责的县直有关部门要加强", "承担监管职责的县直有关部门", "collective subject"),
    m(U, "提升矛盾纠纷化解能力。", "县人民法院", "in units.txt (as is 县人民检察院)"),
    m(U, "提升公共安全保障能力。", "县消防救援大队", "in units.txt (as is 县气象局 = 永宁县气象局)"),
    m(U, "银川市生态环境局永宁分局要依托", "银川市生态环境局永宁分局",
      "in units.txt: the city bureau's county branch is the county's environmental body"),
    m(U, "推进智慧城市建设。", "银川市",
      "the parent city government the county cooperates with, not a county unit (also on the 智慧交通, 数据要素 and 多卡合一 lines)"),
    m(U, "推动公共服务数字化。", "县文旅广电局",
      "official short names in units.txt (县教体局, 县卫健局, 县人社局, 县文旅广电局)"),
    m(U, "推进产业数字化。", "县工信商务局", "short name of 县工业信息化和商务局 in units.txt"),
    # basis
    m(B, "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号",
      "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan"),
    m(B, "根据《国务院关于加强数字政府建设的指导意见》", "银川市人民政府《关于加强数字政府建设的实施方案》",
      "the parent city's plan cited by title alone, as city plans often have no 文号"),
    m(B, "近年来，我县认真落实", "宁政办发〔2020〕14号",
      "retrospective mention of the 2020 工作要点 in the background, with its correct 文号; not cited as a basis"),
    m(B, "永政发〔2024〕15号", "永政发〔2024〕15号", "the notice's own 文号"),
    # garbled
    m(G, "推进网络整合。", "IPv6", "ordinary Latin letters, not mojibake (as are APP and “1244+N” elsewhere)"),
]

covers = []
def c(task, anchor):
    covers.append({"task": task, "line": ln(anchor)})
for t, a in [
    (2, "推进产业数字化。"), (3, "建设智慧园区。"), (5, "完善数字经济治理。"),
    (6, "推动公共服务数字化。"), (7, "推进教育数字化。"), (8, "推进“互联网+医疗健康”。"),
    (9, "推进智慧城市建设。"), (10, "推进数字乡村建设。"), (11, "推进“数字供销”建设。"),
    (12, "培育数据要素市场。"), (14, "强化安全管理责任。"), (15, "健全安全工作机制。"),
    (17, "落实安全制度要求。"), (18, "提升安全防护能力。"), (21, "推动行政权力网上运行。"),
    (23, "建立数字资源“一本账”。"), (24, "完善项目管理机制。"), (25, "（二）加大财政投入。"),
    (28, "开展试点示范。"), (29, "融入全区政务大数据体系。"), (30, "健全数据管理机制。"),
    (32, "健全数据管理机制。"), (33, "推进数据归集整合。"), (34, "推进数据归集整合。"),
    (35, "推进数据归集整合。"), (36, "县大数据服务中心牵头，依托自治区数据共享交换体系"),
    (40, "加强电子公文和档案管理。"), (41, "促进数据开发利用。"), (42, "推进数据融合应用。"),
    (43, "强化政务云支撑。"), (46, "强化政务云支撑。"), (47, "提升网络支撑能力。"),
    (48, "提升网络支撑能力。"), (49, "推进视频资源整合。"), (50, "推进网络整合。"),
    (52, "推广共性应用支撑。"), (55, "推进财政电子票据应用。"), (56, "推进非税收入收缴电子化。"),
    (57, "完善信用和地理信息服务。"), (58, "完善信用和地理信息服务。"), (59, "完善信用和地理信息服务。"),
    (64, "各乡镇人民政府要在2024年6月底前参照县级做法"),
    (66, "县工信商务局、县发改局要积极对接宁夏经济运行大数据平台"),
    (67, "县发改局、县统计局要加强人口"),
    (68, "县市场监管局牵头，县直有关部门配合"), (70, "县市场监管局牵头，县直有关部门配合"),
    (71, "县市场监管局、县农业农村局、县卫健局按照职责分别负责"),
    (72, "县市场监管局牵头，县直有关部门配合"),
    (73, "承担监管职责的县直有关部门要加强"), (74, "承担监管职责的县直有关部门要加强"),
    (76, "宁夏地方金融监管和服务智能化平台"), (77, "提升矛盾纠纷化解能力。"),
    (78, "提升社会治安防控能力。"), (79, "提升社会治安防控能力。"), (80, "提升公共安全保障能力。"),
    (81, "推进指挥调度体系建设。"), (83, "提高基层治理能力。"), (84, "打造泛在可及的服务体系。"),
    (85, "提升智慧便捷的服务能力。"), (86, "完成“我的宁夏”政务APP永宁专区升级"),
    (88, "提供优质便利的涉企服务。"), (89, "提供优质便利的涉企服务。"),
    (92, "完成“我的宁夏”政务APP永宁专区升级"), (93, "县审批局牵头，县民政局配合"),
    (94, "银川市生态环境局永宁分局要依托"), (95, "银川市生态环境局永宁分局要依托"),
    (96, "县水务局要深化“互联网+城乡供水”建设"), (97, "完成县级国土空间规划数据入库"),
    (98, "县自然资源局要力争2024年底前完成县域林草资源数据"),
    (99, "县自然资源局配合做好县域重要地质成果资料数字化整理"),
    (100, "市场交易平台功能"), (101, "市场交易平台功能"), (102, "银川市生态环境局永宁分局要依托"),
    (103, "县直各部门（单位）要建立健全大数据辅助决策机制"),
    (104, "完成全区统一协同办公平台在县、乡两级的部署应用"),
    (105, "县政府办公室要持续推广“宁政通”"), (106, "依托“宁政通”推广全区统一的填表报数系统"),
    (107, "统筹整合县直各部门非涉密视频会议系统资源"),
    (108, "县直各部门（单位）要建立健全大数据辅助决策机制"),
    (111, "县机关事务服务中心要依托全区机关事务管理统一平台"),
    (116, "（一）加强组织领导。"), (117, "（三）提升数字素养。"), (118, "（三）提升数字素养。"),
    (121, "（四）强化考核评价。"), (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"),
    (124, "（四）强化考核评价。"),
]:
    c(t, a)

key = {
    "writer": "blind writer, round 719; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": (
        "永宁县 (银川市) 2024 实施方案 in plain prose: no task table, no bracketed responsibility notes; bodies and dates "
        "are in the sentences. No parent plan is given: the 银川市 plan is cited by title only and is not in the seeds. "
        "The framework follows 34567 except that section 五 has six 能力 (政务公开 left out). "
        "Each dated task sentence is on its own line where possible; tasks whose regional 完成时限 is 2023 (14, 15, 17, 24, "
        "25, 30, 32, 36, 67, 68, 72, 85, 116, 118, 123) are taken up without a new date. Line 64's sub-item title is garbled "
        "but the rest of the line is clean and takes up task 36. Line 69 has both the planted unknown unit and an earlier "
        "(correct) date. Task 82 (新冠 platform) is treated as deliberately left out; 22, 37, 39, 45, 87 are 各地级市 tasks "
        "and are not expected of a county."
    ),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
