#!/usr/bin/env python3
"""Builds key.json for blind946: every line number is found from a unique substring of draft.txt."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(sub, text=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (sub, text)
    return hits[0]

def e(rule, sub, text, why, **kw):
    d = {"rule": rule, "line": ln(sub, text)}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

expect = [
    e("basis-mismatch", "（宁政发〔2023〕7号）", "宁政发〔2023〕7号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the 1 was dropped, so the 文号 does not belong to the title"),
    e("unknown-unit", "二是加快智慧园区建设。", "县经济和信息化局",
      "not in units.txt; the bureau is 县工业信息化和商务局 (used correctly two lines around it, lines 30 and 33); an old pre-reform name left in one sentence"),
    e("deadline-later-than-baseline", "三是推进城域网向基层延伸。", "2025年底",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; the county puts 县乡村三级全覆盖 at 2025年底"),
    e("deadline-invalid", "三是优化涉企服务。", "20244年",
      "impossible year (typo for 2024年); the task is 89 (企业专属网页和惠企政策专栏), 完成时限 2024年"),
    e("garbled-text", "（五）强化宣传引导", None, "placeholder"),
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "the 三个驱动 section keeps only 数字经济 and 数字社会 (section 二 title and intro say 数字经济、数字社会); nothing on 数据要素市场, 数据交易, 数据交易主体准入/公平竞争 or 网络生态; the 指导思想 also drops 打造良好数字生态"},
    {"rule": "task-uncovered", "line": 0, "task": 12,
     "why": "task 12 (培育数据要素市场…; 自治区发展改革委牵头, 各市、县（区）配合, 2025年) falls with the missing 数字生态 pillar; the draft has no data-element-market content"},
]
# the garbled line is the paragraph after the heading （五）强化宣传引导
g = ln("瀹ｄ紶鏁板瓧鏀垮簻")
expect[4] = {"rule": "garbled-text", "line": g, "text": "瀹ｄ紶鏁板瓧鏀垮簻",
             "why": "UTF-8 bytes read as GBK; re-encoding the run as GBK and decoding as UTF-8 gives 宣传数字政府工作成效"}

D = "deadline-later-than-baseline"
V = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
G = "garbled-text"
P = "missing-pillar"
m = []
def n(rule, sub, text, why, **kw):
    m.append(e(rule, sub, text, why, **kw))

# ---- deadlines: equal or earlier than the region ----
n(D, "到2024年底，县乡村三级党政机关", "2024年底", "2024 goals are 2024 tasks: 105 (宁政通 五级, 2024年), 84 (网上办、掌上办、就近办、一次办, 2024年), 93 (适老化, 2024年); none restates a region 到2023年底 goal")
n(D, "到2025年，全县数字政府建设体系框架全面成型", "到2025年", "equal to the region's goal 到2025年 \u201c34567\u201d体系框架全面成型")
n(D, "到2035年，与政府治理能力现代化", "到2035年", "equal to the region's 到2035年 goal")
n(D, "一是推动特色产业上云用数。", "2024年底", "task 2 (产业云, 上云) 完成时限 2023年启动，2024年取得明显成效: equal")
n(D, "二是加快智慧园区建设。", "到2025年", "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal")
n(D, "一是推进教育数字化。", "到2025年", "task 7 (国家智慧教育平台) 完成时限 2023年形成试点经验，2025年取得明显成效: equal on the completing milestone")
n(D, "二是深化“互联网+医疗健康”应用。", "2025年底", "task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效: equal")
n(D, "三是推进公共服务数字化。", "2025年", "task 6 (服务数字化, 各市、县（区）负责) 完成时限 持续推进，2025年取得明显成效: equal")
n(D, "四是推进数字乡村建设。", "2025年底", "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效: equal")
n(D, "五是推进“数字供销”建设。", "2025年", "task 11 (数字供销) 完成时限 2023年完成主要建设任务，2025年取得明显成效: the completing milestone 2025 is equal")
n(D, "六是推进智慧县城建设。", "2025年", "task 9 (智慧城市, 各县配合) 完成时限 持续推进，2025年取得明显成效: equal")
n(V, "一是压实安全管理责任。", "2023年", "background: the list was built in 2023 (task 14, 完成时限 2023年); not a deadline of this plan")
n(D, "三是提升安全技术防护能力。", "长期坚持", "task 18 完成时限 2023年形成机制，长期坚持; the county only says 长期坚持 with no later year")
n(D, "一是推动行政权力事项网上运行。", "2024年10月底", "task 21 (行政权力事项网上运行) 完成时限 2024年: earlier")
n(D, "二是强化审管协同。", "2025年底", "task 22 (审管协同) 完成时限 2025年: equal")
n(D, "三是建立数字资源“一本账”。", "2024年9月底", "task 23 (一体化数字资源管理系统, 一本账) 完成时限 2024年: earlier")
n(D, "五是开展试点示范。", "到2025年", "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效: equal")
n(V, "二是动态更新数据资源目录。", "2023年", "background: the catalogue was compiled in 2023 (task 30, 完成时限 2023年); the plan only adds quarterly updating")
n(D, "三是推进数据归集。", "2024年底", "tasks 33 (基础数据资源库) and 34 (主题数据库) 完成时限 2024年: equal")
n(D, "五是推进数据开放利用。", "2024年11月底", "tasks 41 (公共数据开放目录) and 42 (公共数据与政务数据融合) 完成时限 2024年: earlier")
n(D, "六是强化电子公文管理。", "2024年底", "task 40 (电子公文) 完成时限 2024年: equal")
n(D, "一是推进政务云迁移。", "2024年底", "task 46 (政务信息系统迁移) 完成时限 2024年, task 43 (信创云) 2024 年建成，持续推进: equal")
n(D, "二是提升电子政务外网能力。", "2024年底", "task 47 (外网升级扩容、出口带宽) 完成时限 2024年: equal")
n(D, "四是整合非涉密业务专网。", "2024年底", "task 50 (非涉密业务专网整合) 完成时限 2024年: equal")
n(D, "五是统筹视频资源。", "2025年6月底", "task 49 (视频共享平台、视频一张网) 完成时限 2025年: earlier")
n(D, "六是推广共性应用。", "2025年底", "task 52 (电子证照社会化场景) 完成时限 2025年: equal; the 2024年底 clause (证照电子化) is earlier than 52 and equal to 53 (电子印章, 2024年)")
n(D, "七是推进电子文件归档和非税收缴电子化。", "2024年底", "task 54 (电子文件归档) 完成时限 2024年: equal; task 56 (非税收入收缴电子化) 完成时限 2025年: earlier")
n(D, "八是推进信用和地理信息共享。", "2024年底", "task 57 (信用信息公共服务平台) and 58 (地理信息, 底板底图) 完成时限 2024年: equal")
n(D, "一是健全组织机构。", "2024年6月底", "task 64 (各地参照自治区成立组织机构, 各市、县（区）负责) 完成时限 2025年: earlier; task 60 (2023年) is the region's own 领导小组, not the county's")
n(D, "一是强化经济运行监测。", "2025年底", "task 66 (宁夏经济运行大数据平台, 各市、县（区）配合) 完成时限 2025年: equal")
n(D, "一是推进精准监管。", "2024年底", "task 70 (企业信用风险分类, 双随机差异化监管) 完成时限 2024年: equal")
n(D, "二是强化追溯监管。", "2024年10月底", "task 71 (重点领域数字化追溯监管) 完成时限 2024年: earlier")
n(D, "四是提升智能监管水平。", "2024年底", "task 74 (新型监管手段, 远程监管) 完成时限 2024年: equal")
n(D, "一是提升矛盾纠纷化解能力。", "2024年底", "task 77 (矛盾纠纷多元化解信息系统) 完成时限 2024年: equal")
n(D, "二是提升社会治安防控能力。", "2024年底", "task 79 (雪亮工程, 社会治安防控体系) 完成时限 2024年: equal")
n(D, "三是推进“智慧应急”建设。", "2024年12月底", "task 80 (智慧应急) 完成时限 2024年: equal (December of the same year)")
n(D, "四是提升基层治理能力。", "2025年底", "task 83 (互联网+基层治理, 各市、县（区）具体负责) 完成时限 2025年: equal")
n(D, "一是推进政务服务“一网通办”。", "2024年底", "task 84 (一体化政务服务, 网上办掌上办就近办一次办) 完成时限 2024年: equal")
n(D, "二是提升智慧便捷服务水平。", "2024年底", "task 86 (我的宁夏 应上尽上) 完成时限 2024年: equal; the 集成办/免证办 sentence (task 85, 2023年) carries no date")
n(D, "四是推进公共场馆数字化。", "2024年底", "task 90 (公共场馆数字化, 接入我的宁夏) 完成时限 2024年: equal")
n(D, "五是推进适老化和无障碍建设。", "2024年底", "task 93 (适老化与信息无障碍) 完成时限 2024年: equal")
n(D, "六是探索“多卡合一”“多码合一”。", "2025年底", "task 92 (多卡合一 多码合一, 各县配合) 完成时限 2025年: equal")
n(D, "一是提升生态环境数字化治理能力。", "2024年底", "task 94 (生态环境数据资源中心) 完成时限 2024年: equal")
n(D, "二是推进数字治水。", "2025年底", "task 96 (互联网+城乡供水) 完成时限 2025年: equal")
n(D, "三是推进“智慧林草”建设。", "2024年底", "task 98 (智慧林草) 完成时限 2024年: equal")
n(D, "四是推动资源要素市场化改革。", "2025年底", "task 100 (用水权、土地权、排污权、山林权交易平台) 完成时限 2025年: equal")
n(D, "五是提高自然资源管理数字化水平。", "2024年底", "task 97 (自然资源一张图、国土空间基础信息平台) 完成时限 2024年: equal")
n(D, "一是提升辅助决策能力。", "2024年底", "task 103 (辅助决策) 完成时限 2024年: equal")
n(D, "二是提升行政执行能力。", "2024年底", "tasks 104 (协同办公平台) and 105 (宁政通) 完成时限 2024年: equal")
n(D, "三是推进基层减负。", "2025年底", "task 106 (填表报数系统, 压减50%) 完成时限 2025年: equal")
n(D, "四是整合视频会议资源。", "2024年底", "task 107 (视频会议平台) 完成时限 2025年: earlier")
n(D, "五是提升机关事务管理水平。", "2025年底", "task 111 (机关事务, 办公用房信息) 完成时限 2025年: equal")
n(D, "一是提升政府信息公开水平。", "2024年底", "task 112 (政务公开信息化平台) 完成时限 2024年: equal")
n(D, "二是发挥政务新媒体作用。", "2024年9月底", "task 114 (政务新媒体矩阵) 完成时限 2024年: earlier")
n(D, "三是畅通政民互动渠道。", "2024年底", "task 115 (政民互动) 完成时限 2024年: equal; task 87 (12345, 2023年启动，2025年完成): earlier")
n(D, "（一）动员部署阶段", "2024年4月30日", "the office's own schedule: units hand in their work plans; not a task deadline (task 116's 总体工作方案 is the plan itself)")
n(D, "（三）总结评估阶段", "2025年", "the office's own schedule: 2025年推进计划 for multi-year tasks, not a deadline")
n(D, "县数字政府建设领导小组要定期研究", "长期坚持", "task 116 (一把手工程) 完成时限 2023年完成并长期坚持; no later year is given")
n(D, "县委组织部牵头，县委党校", "长期坚持", "task 118 (干部培训) 完成时限 2023年完成并长期坚持; 每年 / 长期坚持 with no later year")
n(D, "县人社局要加大数字化专业人才引进力度", "2024年底", "task 117 (人才引进, 职称评价标准) 完成时限 2024年: equal")
n(D, "各牵头单位要于每季度末月25日前", "2025年1月10日", "the office's own reporting date for the year-end summary, not a task deadline")
n(V, "近年来，我县认真落实", "2020年", "past dates in the background (2020年, 2022年), not deadlines")
n(V, "2023年，组建县大数据服务中心", "2023年", "past date in the background, not a deadline")
m.append({"rule": V, "line": L.index("2024年3月26日") + 1, "text": "2024年3月26日", "why": "the notice's issue date"})
n(D, "（二）组织实施阶段", "2024年5月", "the office's own schedule (2024年5月—11月), not a task deadline")
m.append({"rule": D, "line": L.index("彭阳县2024年加强数字政府建设实施方案") + 1, "text": "2024年", "why": "the plan's own year in its title, not a deadline"})
n(V, "彭阳县人民政府办公室　　2024年3月26日印发", "2024年3月26日", "the print date of the notice")
# ---- basis ----
n(B, "（国发〔2022〕14号）", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
n(B, "（宁政发〔2023〕7号）", "固原市人民政府《关于加强数字政府建设的实施方案》", "the city's plan cited by title alone (as DOMAIN notes a city plan may have no 文号); title uses 加强 and 实施方案 as expected")
n(B, "（宁政办发〔2020〕14号）", "宁政办发〔2020〕14号", "retrospective mention in the background (what was done in 2020 under the 2020 工作要点); correct 文号 for that title and not cited as a basis")
n(B, "彭政办发〔2024〕18号", "彭政办发〔2024〕18号", "the notice's own 文号")
# ---- units ----
n(U, "各乡镇人民政府，县政府各部门、各直属机构：", "县政府各部门", "collective addressees (各乡镇人民政府, 县政府各部门、各直属机构)")
n(U, "四是发展农村电子商务。", "县供销社", "alias of 县供销合作社联合社 in units.txt")
n(U, "二是加快智慧园区建设。", "彭阳县工业园区", "a place (the park being made smart), not a responsible unit")
n(U, "四是规范政务信息化项目管理。", "财政局", "prefix 县 distributes: 县财政局, 县审计局 are in units.txt")
n(U, "三是推进数据归集。", "县人社局", "alias of 县人力资源和社会保障局")
n(U, "二是提升电子政务外网能力。", "电信彭阳分公司", "alias of 中国电信股份有限公司彭阳分公司 in units.txt (a non-government unit)")
n(U, "五是统筹视频资源。", "自治区党委政法委", "a regional body named as the builder of the region-wide platform; the local lead is 县委政法委")
n(U, "二是推动经济政策衔接。", "彭阳县税务局", "alias of 国家税务总局彭阳县税务局")
n(U, "二是强化追溯监管。", "县市场监管局", "alias of 县市场监督管理局")
n(U, "三是推动监管协同。", "承担监管职责的县直有关部门", "collective subject")
n(U, "五是推进智慧社区建设。", "白阳镇人民政府", "a township government listed in units.txt")
n(U, "六是探索“多卡合一”“多码合一”。", "固原市", "the parent city government (固原市人民政府 = 固原市 in units.txt); task 92 is led by 各地级市")
n(U, "一是提升生态环境数字化治理能力。", "固原市生态环境局彭阳分局", "the county-based branch of the city bureau, listed in units.txt")
n(U, "二是提升行政执行能力。", "县政府办", "alias of 县人民政府办公室")
n(U, "六是强化行政监督。", "县政府督查室", "alias of 县人民政府督查室")
n(U, "县委组织部牵头，县委党校", "县委党校", "alias of 中共彭阳县委党校")
n(U, "一是压实安全管理责任。", "县直各部门（单位）", "collective subject")
n(U, "一是健全组织机构。", "各村（社区）", "collective subjects (各乡镇, 各村（社区）)")
n(U, "（二）组织实施阶段", "各责任单位", "collective subject")
n(U, "各牵头单位要于每季度末月25日前", "各牵头单位", "collective subject; 县数字政府建设领导小组办公室 is in units.txt")
n(U, "县数字政府建设领导小组要定期研究", "县数字政府建设领导小组", "listed in units.txt")
n(U, "抄送：", "县人大常委会办公室", "抄送 addressees, listed in units.txt")
n(U, "一是提升辅助决策能力。", "县委、县政府", "县委 and 县政府 are aliases in units.txt; here they are beneficiaries, not responsible units")
n(U, "四是推进数字乡村建设。", "县直有关部门", "collective subject")
# ---- garbled ----
n(G, "彭阳县人民政府办公室　　2024年3月26日印发", "　　", "full-width spaces in the 印发 line are layout, not damage")
n(G, "二是提升电子政务外网能力。", "IPv6", "ordinary technical term")
# ---- pillars ----
m.append({"rule": P, "line": 0, "pillar": "五个一", "why": "section 四 (line %d) takes up the work system at county level: 领导小组 and its office, 科室+数据专员" % ln("一是健全组织机构。")})
m.append({"rule": P, "line": 0, "pillar": "六级贯通", "why": "section 四 (line %d) 厘清层级职责 follows the region's 六级贯通 for 县, 乡镇, 村" % ln("一是健全组织机构。")})
m.append({"rule": P, "line": 0, "pillar": "财政投入", "why": "保障措施 （二）加大资金保障 (line %d) carries the 财政投入 content under another name" % ln("县财政局要将数字政府建设经费纳入年度预算")})
m.append({"rule": P, "line": 0, "pillar": "安全保障", "why": "section 三 （一） (lines %d-%d)" % (ln("一是压实安全管理责任。"), ln("五是落实数据安全制度。"))})

covers_src = [
    (2, "一是推动特色产业上云用数。"), (3, "二是加快智慧园区建设。"), (5, "三是完善数字经济治理体系。"),
    (6, "三是推进公共服务数字化。"), (7, "一是推进教育数字化。"), (8, "二是深化“互联网+医疗健康”应用。"),
    (9, "六是推进智慧县城建设。"), (10, "四是推进数字乡村建设。"), (11, "五是推进“数字供销”建设。"),
    (14, "一是压实安全管理责任。"), (15, "二是健全安全评估和应急处置机制。"), (17, "五是落实数据安全制度。"),
    (18, "三是提升安全技术防护能力。"), (21, "一是推动行政权力事项网上运行。"), (22, "二是强化审管协同。"),
    (23, "三是建立数字资源“一本账”。"), (24, "四是规范政务信息化项目管理。"), (25, "县财政局要将数字政府建设经费纳入年度预算"),
    (28, "五是开展试点示范。"), (30, "二是动态更新数据资源目录。"), (32, "一是健全数据管理机制。"),
    (33, "三是推进数据归集。"), (34, "三是推进数据归集。"), (36, "四是深化数据共享。"), (38, "四是深化数据共享。"),
    (40, "六是强化电子公文管理。"), (41, "五是推进数据开放利用。"), (42, "五是推进数据开放利用。"),
    (46, "一是推进政务云迁移。"), (47, "二是提升电子政务外网能力。"), (48, "三是推进城域网向基层延伸。"),
    (49, "五是统筹视频资源。"), (50, "四是整合非涉密业务专网。"), (52, "六是推广共性应用。"), (53, "六是推广共性应用。"),
    (54, "七是推进电子文件归档和非税收缴电子化。"), (56, "七是推进电子文件归档和非税收缴电子化。"),
    (57, "八是推进信用和地理信息共享。"), (58, "八是推进信用和地理信息共享。"), (64, "一是健全组织机构。"),
    (66, "一是强化经济运行监测。"), (70, "一是推进精准监管。"), (71, "二是强化追溯监管。"), (72, "三是推动监管协同。"),
    (73, "三是推动监管协同。"), (74, "四是提升智能监管水平。"), (77, "一是提升矛盾纠纷化解能力。"),
    (79, "二是提升社会治安防控能力。"), (80, "三是推进“智慧应急”建设。"), (83, "四是提升基层治理能力。"),
    (84, "一是推进政务服务“一网通办”。"), (85, "二是提升智慧便捷服务水平。"), (86, "二是提升智慧便捷服务水平。"),
    (88, "三是优化涉企服务。"), (89, "三是优化涉企服务。"), (90, "四是推进公共场馆数字化。"), (92, "六是探索“多卡合一”“多码合一”。"),
    (93, "五是推进适老化和无障碍建设。"), (94, "一是提升生态环境数字化治理能力。"), (96, "二是推进数字治水。"),
    (97, "五是提高自然资源管理数字化水平。"), (98, "三是推进“智慧林草”建设。"), (100, "四是推动资源要素市场化改革。"),
    (103, "一是提升辅助决策能力。"), (104, "二是提升行政执行能力。"), (105, "二是提升行政执行能力。"),
    (106, "三是推进基层减负。"), (107, "四是整合视频会议资源。"), (109, "六是强化行政监督。"), (111, "五是提升机关事务管理水平。"),
    (112, "一是提升政府信息公开水平。"), (114, "二是发挥政务新媒体作用。"), (115, "三是畅通政民互动渠道。"),
    (116, "县数字政府建设领导小组要定期研究"), (117, "县人社局要加大数字化专业人才引进力度"), (118, "县委组织部牵头，县委党校"),
    (121, "县政府办公室要制定年度数字政府建设重点任务考核指标体系"), (123, "县政府办公室要制定年度数字政府建设重点任务考核指标体系"),
    (124, "县政府办公室要制定年度数字政府建设重点任务考核指标体系"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_src]

key = {
    "writer": "blind writer, round 946; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-08",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": m,
    "covers": covers,
    "notes": ("彭阳县 (固原市) 2024 实施方案, issued 2024-03-26 by 彭阳县人民政府办公室; no parent plan is supplied (the 固原 plan is cited by title only). "
              "Measures are written as 一是/二是… paragraphs with the responsible unit and the date inside the sentence; there is no task table. "
              "Tasks whose regional deadline is 2023 (14, 15, 17, 24, 25, 30, 32, 36, 72, 85, 116, 118…) are taken up without a new year or as background, so no 2024 date is compared with a 2023 deadline. "
              "Planted: wrong 文号 (宁政发〔2023〕7号), old bureau name 县经济和信息化局, late 城域网 coverage (2025年底 vs task 48 2024年), impossible year 20244年, one UTF-8-as-GBK run, and the 数字生态 pillar left out (with task 12)."),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(L), 'lines;', len(expect), 'expect;', len(m), 'mustNotFlag;', len(covers), 'covers')
