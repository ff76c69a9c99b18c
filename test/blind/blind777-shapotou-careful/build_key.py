# -*- coding: utf-8 -*-
# Builds key.json; every line number is computed from draft.txt by locating a unique anchor.
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]

def ln(anchor, must=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if must:
        assert must in lines[hits[0] - 1], (anchor, must)
    return hits[0]

def row(n):
    """line of task-table row n"""
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f"{n}\t")]
    assert len(hits) == 1, n
    return hits[0]

def E(rule, anchor, text, why):
    return {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}

expect = [
    E("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府文件); 宁政办发 is the 办公厅 series. The slip copies the 宁政办发 prefix of the 1244+N citation that follows it"),
    E("deadline-invalid", "2.提升网络支撑能力。", "6月31日",
      "2024年6月31日 does not exist (June has 30 days); the matching table row 22 says 2024年6月30日前"),
    {"rule": "deadline-later-than-baseline", "line": row(46), "text": "2025年6月底前",
     "why": "table row 46 适老化与信息无障碍建设 = regional task 93, 完成时限 2024年; 2025年6月底前 is later"},
    E("unknown-unit", "1.提升辅助决策能力。", "区大数据管理服务局",
      "not in units.txt: the district has 区大数据服务中心 (under 区政府办公室); 区大数据管理服务局 is a city-level pattern that does not exist in 沙坡头区"),
    E("garbled-text", "2.落实安全制度要求。", "鏁版嵁瀹夊叏",
      "UTF-8 bytes of 数据安全 read as GBK (mojibake) in 网络安全和数据安全专项检查评估"),
]

def N(rule, line, why, text=None, pillar=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = text
    if pillar is not None:
        d["pillar"] = pillar
    d["why"] = why
    return d

D = "deadline-later-than-baseline"
V = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
G = "garbled-text"
P = "missing-pillar"

must = [
    # ---- deadlines: equal to the region ----
    N(D, ln("到2025年，全区数字政府建设“34567”"), "主要目标 goal 到2025年 equals the region's own 主要目标 到2025年 (34567 体系框架全面成型)", "到2025年"),
    N(D, ln("到2035年，与政府治理能力现代化"), "到2035年 equals the region's 2035 goal", "到2035年"),
    N(D, ln("到2024年底，区属政务信息系统"), "2024 goals: 信创云迁移 (tasks 43/46, 2024年), 专网整合 (task 50, 2024年), 外网全覆盖 (task 48, 2024年) equal; 城市运行管理服务平台 (task 9, 持续推进，2025年取得明显成效) earlier; none of them is a 2023 regional goal", "到2024年底"),
    N(D, ln("1.服务算力枢纽建设。"), "task 1, 持续推进，2025年取得明显成效 — copied exactly", "持续推进，2025年取得明显成效"),
    N(D, ln("2.推进产业数字化。"), "task 2, 2023年启动，2024年取得明显成效; 2024年底前 equals the completing milestone", "2024年底前"),
    N(D, ln("3.建设智慧园区。"), "task 3, 持续推进，2025年取得明显成效 — equal", "持续推进，2025年取得明显成效"),
    N(D, ln("4.完善数字经济治理体系。"), "task 5, 持续推进，2025年取得明显成效 — equal", "持续推进，2025年取得明显成效"),
    N(D, ln("1.推动数字化服务普惠应用。"), "task 6, 持续推进，2025年取得明显成效 — equal", "持续推进，2025年取得明显成效"),
    N(D, ln("2.推进智慧教育和"), "tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效): 2024年底前 is earlier than the completing milestone 2025", "2024年底前"),
    N(D, ln("3.加快智慧城市建设。"), "task 9, 持续推进，2025年取得明显成效; 2024年底前 is earlier", "2024年底前"),
    N(D, ln("4.推进数字乡村建设。"), "task 10, 持续推进，2025年取得明显成效 — equal", "持续推进，2025年取得明显成效"),
    N(D, ln("5.推进智慧文旅建设。"), "task 6 (持续推进，2025年取得明显成效) / task 90 (2024年): 2024年底前 is earlier or equal", "2024年底前"),
    N(D, ln("1.培育数据要素市场。"), "task 12, 2025年 — equal", "2025年"),
    N(D, ln("2.营造规范有序的政策环境。"), "task 13, 2024年 — equal", "2024年底前"),
    N(D, ln("4.提高自主可控水平。"), "task 19, 2023年启动，2024年建成 (and task 43, 2024年建成) — equal", "2024年底前"),
    N(D, ln("1.助力政府职能转变。"), "tasks 20/21, 2024年 — equal; task 22 (审管协同), 2025年 — earlier", "2024年底前"),
    N(D, ln("3.完善制度规范。"), "tasks 26/27, 2024年 — equal", "2024年底前"),
    N(D, ln("4.开展试点示范。"), "task 28, 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal; only the start (2024) differs, and starting is not the milestone that completes the task", "2024年启动，2025年取得明显成效"),
    N(D, ln("2.推进数据汇聚治理。"), "tasks 33/34 (基础库、主题库), 2024年 — equal; task 29 (2023年启动，2025年完成) — earlier", "2024年底前"),
    N(D, ln("4.促进数据有序开发利用。"), "tasks 41/42, 2024年; 2024年10月底前 is earlier", "2024年10月底前"),
    N(D, ln("5.强化电子公文和档案管理。"), "tasks 40/54, 2024年 — equal", "2024年底前"),
    N(D, ln("1.强化政务云支撑能力。"), "tasks 43 (2024年建成，持续推进) / 46 (2024年); 2024年9月底前 is earlier", "2024年9月底前"),
    N(D, ln("3.整合视频资源。"), "task 49 (视频一张网), 2025年; 2024年底前 is earlier", "2024年底前"),
    N(D, ln("5.推进财政电子化。"), "task 55 (2024年) equal; task 56 (非税收入电子化, 2025年) earlier", "2024年底前"),
    N(D, ln("6.完善信用和地理信息服务。"), "tasks 57/58, 2024年 — equal", "2024年底前"),
    N(D, ln("（一）健全组织机构。参照自治区做法"), "task 64 (各市、县（区）参照自治区做法成立相应组织机构), 2025年; 2024年4月底前 is earlier. Not task 60 (2023年), which is the 自治区政府办公厅's own task to 充实自治区 leading group", "2024年4月底前"),
    N(D, ln("1.加强经济数据汇聚分析。"), "task 65 (2024年) equal; task 66 (2025年) earlier", "2024年底前"),
    N(D, ln("1.提升监管精准化水平。"), "tasks 69/70, 2024年 — equal (no 监管事项目录/照单监管 content of task 68)", "2024年底前"),
    N(D, ln("2.提升监管协同化水平。"), "task 73, 2024年 — equal (the 对接互联网+监管 content of task 72, 2023年, is not in this item)", "2024年底前"),
    N(D, ln("3.提升监管智能化水平。"), "tasks 71/74, 2024年 — equal", "2024年底前"),
    N(D, ln("4.强化以网管网。"), "task 75, 2024年 — equal", "2024年底前"),
    N(D, ln("1.提升社会矛盾化解能力。"), "task 77, 2024年 — equal", "2024年底前"),
    N(D, ln("2.提升社会治安防控能力。"), "task 79, 2024年 — equal", "2024年底前"),
    N(D, ln("3.提升公共安全保障能力。"), "task 80, 2024年 — equal", "2024年底前"),
    N(D, ln("4.提高基层社会治理能力。"), "task 83, 2025年 — equal", "2025年"),
    N(D, ln("1.打造泛在可及的服务体系。"), "task 84, 2024年 — equal", "2024年底前"),
    N(D, ln("2.提升智慧便捷的服务能力。"), "task 86, 2024年; 2024年9月底前 is earlier", "2024年9月底前"),
    N(D, ln("3.优化12345政务服务便民热线。"), "task 87, 2023年启动，2025年完成; 2024年底前 is earlier", "2024年底前"),
    N(D, ln("4.提供优质便利的涉企服务。"), "tasks 88/89, 2024年 — equal", "2024年底前"),
    N(D, ln("6.探索“多卡合一”。"), "task 92, 2025年 — equal", "2025年"),
    N(D, ln("1.提升生态环保协同治理能力。"), "task 95 (2025年) earlier; task 94 (2024年) equal", "2024年底前"),
    N(D, ln("2.深化数字治水。"), "task 96, 2025年 — equal", "2025年"),
    N(D, ln("3.提高自然资源利用效率。"), "tasks 97/98, 2024年 — equal", "2024年底前"),
    N(D, ln("4.推动绿色低碳转型。"), "tasks 100/101/102, 2025年 — equal", "2025年"),
    N(D, ln("1.提升辅助决策能力。"), "task 103, 2024年 — equal (this line's error is the unit, not the date)", "2024年底前"),
    N(D, ln("2.提升行政执行能力。"), "tasks 104/105 (2024年) and 106 (2025年); 2024年6月底前 is earlier", "2024年6月底前"),
    N(D, ln("3.整合视频会议资源。"), "task 107, 2025年; 2024年底前 is earlier", "2024年底前"),
    N(D, ln("4.提升行政监督水平。"), "task 108, 长期推进，2024年取得明显成效 — copied exactly", "长期推进，2024年取得明显成效"),
    N(D, ln("5.优化“互联网+督查”。"), "task 109, 2024年 — equal", "2024年底前"),
    N(D, ln("6.提升机关事务管理水平。"), "task 111, 2025年 — equal (no 机关财务 content of task 110)", "2025年"),
    N(D, ln("1.提升政府信息公开水平。"), "tasks 112/113, 2024年 — equal", "2024年底前"),
    N(D, ln("2.发挥政务新媒体传播优势。"), "task 114, 2024年 — equal", "2024年底前"),
    N(D, ln("3.畅通政民互动渠道。"), "task 115, 2024年 — equal", "2024年底前"),
    N(D, ln("（三）完善工作机制。"), "the office's own quarterly reporting date (每季度最后一个月25日前), not a task deadline"),
    N(D, ln("（四）强化考核评价。"), "2024年7月10日前、12月20日前 are the office's own half-year/annual reporting dates, not deadlines of tasks 121–124", "2024年7月10日前"),
    N(D, row(1), "table row 1 = task 1, 持续推进，2025年取得明显成效 — equal"),
    N(D, row(2), "table row 2 = task 2, 2023年启动，2024年取得明显成效 — completing milestone equal", "2024年取得明显成效"),
    N(D, row(12), "table row 12 = task 18, 2023年形成机制，长期坚持 — copied exactly", "2023年形成机制，长期坚持"),
    N(D, row(17), "table row 17 = task 28, 2023年启动，2025年取得明显成效 — completing milestone 2025 equal", "2024年启动，2025年取得明显成效"),
    N(D, row(22), "table row 22 = task 48, 2024年; 2024年6月30日前 is earlier", "2024年6月30日前"),
    N(D, row(28), "table row 28 = task 64, 2025年; 2024年4月底前 is earlier (not task 60)", "2024年4月底前"),
    N(D, row(38), "table row 38 = task 83, 2025年 — equal", "2025年"),
    N(D, row(41), "table row 41 = task 87, 2023年启动，2025年完成; 2024年底前 is earlier", "2024年底前"),
    N(D, row(45), "table row 45 = task 92, 2025年 — equal", "2025年"),
    N(D, row(48), "table row 48 = task 96, 2025年 — equal", "2025年"),
    N(D, row(50), "table row 50 = task 100, 2025年 — equal", "2025年"),
    N(D, row(51), "table row 51 = task 101, 2025年 — equal", "2025年"),
    N(D, row(52), "table row 52 = tasks 104/105/106; 2024年6月底前 is earlier", "2024年6月底前"),
    N(D, row(54), "table row 54 = task 108, 长期推进，2024年取得明显成效 — equal", "长期推进，2024年取得明显成效"),
    N(D, row(56), "table row 56 = task 111, 2025年 — equal", "2025年"),
    N(D, row(60), "table row 60 = task 121, 长期坚持 — equal", "长期坚持"),
    # ---- invalid-looking dates that are fine ----
    N(V, row(12), "copied regional deadline of task 18 (2023年形成机制，长期坚持); its first milestone lies before the plan year but it is the region's own wording and the task is ongoing", "2023年形成机制"),
    N(V, row(22), "2024年6月30日 is a valid date (only the body line's 6月31日 is wrong)", "2024年6月30日前"),
    N(V, ln("2023年，我区完成政务数据资源底数摸排"), "past date in the background (what was done in 2023), not a deadline", "2023年"),
    N(V, ln("自《宁夏回族自治区2020年“数字政府”建设工作要点》"), "2020年 is part of an old document's title in a retrospective sentence, not a deadline", "2020年"),
    N(V, ln("2024年3月18日印发"), "the office's printing date, not a deadline", "2024年3月18日"),
    N(V, ln("附件：沙坡头区数字政府建设重点任务清单"), "period in the attachment title, not a deadline", "2024年—2025年"),
    # ---- units that look unknown but are not ----
    N(U, ln("各乡镇人民政府，区直各部门（单位）："), "collective subjects in the addressee line", "区直各部门（单位）"),
    N(U, ln("1.服务算力枢纽建设。"), "区自然资源分局 is the registered short name of 中卫市自然资源局沙坡头区分局", "区自然资源分局"),
    N(U, ln("4.完善数字经济治理体系。"), "沙坡头公安分局 is the registered short name of 中卫市公安局沙坡头区分局", "沙坡头公安分局"),
    N(U, ln("1.推动数字化服务普惠应用。"), "prefix 区 distributes: 区教育局、卫健局、人社局、民政局 = 区卫健局, 区人社局, 区民政局 (all registered)", "卫健局"),
    N(U, ln("2.推进产业数字化。"), "区农水局 is a registered short name of 区农业农村和水务局", "区农水局"),
    N(U, ln("3.加快智慧城市建设。"), "区住建交通局 and 区综合执法局 are registered", "区综合执法局"),
    N(U, ln("4.推进数字乡村建设。"), "各村（社区） is a collective subject", "各村（社区）"),
    N(U, ln("6.推进“数字供销”建设。"), "区供销社 is the registered short name of 区供销合作社联合社; 基层供销社 is prose", "区供销社"),
    N(U, ln("3.提升安全防护能力。"), "区政府办公室（区大数据服务中心）: both names are registered; the bracket names the centre under the office", "区政府办公室（区大数据服务中心）"),
    N(U, ln("2.创新建设管理机制。"), "prefix 区 distributes: 区财政局、审计局 = 区审计局 (registered)", "审计局"),
    N(U, ln("3.完善制度规范。"), "区直有关部门（单位） is a collective subject", "区直有关部门（单位）"),
    N(U, ln("2.加强经济政策统筹协调。"), "区税务局 is the registered short name of 国家税务总局中卫市沙坡头区税务局", "区税务局"),
    N(U, ln("1.提升监管精准化水平。"), "承担监管职责的区直有关部门 is a collective subject", "承担监管职责的区直有关部门"),
    N(U, row(34), "承担监管职责的区直有关部门 as lead of a row is a collective subject", "承担监管职责的区直有关部门"),
    N(U, ln("3.提升公共安全保障能力。"), "沙坡头区消防救援大队 is registered", "沙坡头区消防救援大队"),
    N(U, ln("6.探索“多卡合一”。"), "配合中卫市探索 is prose about working with the parent city, not a responsible unit; the units in the note (区审批局, 区卫健局, 区人社局, 区医保局) are registered", "中卫市"),
    N(U, ln("（四）强化专业支撑。"), "数字宁夏建设专家咨询委员会 and 数字宁夏建设运营有限公司 are named in prose as regional resources to use, not as responsible units of the task", "数字宁夏建设运营有限公司"),
    N(U, ln("（三）提升数字素养。"), "prefix 区委 distributes: 区委组织部、宣传部 = 区委宣传部 (registered); 区人社局 is a registered short name", "宣传部"),
    N(U, ln("5.强化电子公文和档案管理。"), "区委办公室 and 区档案馆 are registered", "区档案馆"),
    N(U, ln("（二）厘清层级职责。"), "区指挥调度中心 is a facility to be built (prose), not a responsible unit; the note names 区政府办公室（区大数据服务中心） and 各乡镇人民政府", "区指挥调度中心"),
    N(U, ln("（一）加强组织领导。坚持党"), "区推进数字政府建设领导小组 is the district's own leading group set up in 四（一）, named in prose as the body that resolves problems; 各乡镇、区直各部门（单位） are collectives", "区推进数字政府建设领导小组"),
    # ---- basis documents that are right ----
    N(B, ln("根据《国务院关于加强数字政府建设的指导意见》"), "national 指导意见 correctly cited as 国发〔2022〕14号", "国发〔2022〕14号"),
    N(B, ln("根据《国务院关于加强数字政府建设的指导意见》"), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan)", "宁政办发〔2023〕11号"),
    N(B, ln("根据《国务院关于加强数字政府建设的指导意见》"), "the city plan is cited by title alone (中卫市人民政府《关于加强数字政府建设的实施方案》); a city plan may have no 文号, and its title is 实施方案 by right", "中卫市人民政府《关于加强数字政府建设的实施方案》"),
    N(B, ln("自《宁夏回族自治区2020年“数字政府”建设工作要点》"), "retrospective mention of the 2020 工作要点 with its correct 文号, not cited as a basis", "宁政办发〔2020〕14号"),
    N(B, ln("卫沙政发〔2024〕9号"), "the district's own 文号 for this notice, not a cited basis", "卫沙政发〔2024〕9号"),
    N(B, ln("2.推进数据汇聚治理。"), "《全国一体化政务大数据体系建设指南》 is named by the regional task 29 itself; no 文号 given, none wrong", "《全国一体化政务大数据体系建设指南》"),
    N(B, ln("（一）加强组织领导。坚持党"), "制定本单位工作方案 is the departments' own work plan (as in the region's text), not a citation of the basis", "工作方案"),
    # ---- text that is not garbled ----
    N(G, ln("2.推进产业数字化。"), "硒砂瓜 is a real 中卫 product (rare character 硒), not mojibake", "硒砂瓜"),
    N(G, ln("5.推进智慧文旅建设。"), "5A级 is the scenic-area grade", "5A级"),
    N(G, ln("2.提升网络支撑能力。"), "IPv6 is ordinary Latin text", "IPv6"),
    # ---- pillars covered under other headings ----
    N(P, 0, "五个一 is covered by content in 四、健全工作体系 (领导小组, 区大数据服务中心, 专家咨询委员会, 运营公司, 各乡镇相应机构) though the heading does not say 五个一", pillar="五个一"),
    N(P, 0, "六级贯通 is taken up in 四（二）厘清层级职责", pillar="六级贯通"),
    N(P, 0, "组织领导 (党的领导) is in 六、保障措施（一）, which begins 坚持党对数字政府建设工作的全面领导", pillar="组织领导"),
    N(P, 0, "财政投入 is in 六（二）加大财政投入", pillar="财政投入"),
    N(P, 0, "数字素养 is in 六（三）提升数字素养", pillar="数字素养"),
    N(P, 0, "考核评价 is in 六（四）强化考核评价", pillar="考核评价"),
    N(P, 0, "数字生态 is in 二（三）营造良好数字生态", pillar="数字生态"),
]

C = []
def cv(task, anchor=None, r=None):
    C.append({"task": task, "line": row(r) if r else ln(anchor)})
for t, a in [
    (1, "1.服务算力枢纽建设。"), (2, "2.推进产业数字化。"), (3, "3.建设智慧园区。"), (5, "4.完善数字经济治理体系。"),
    (6, "1.推动数字化服务普惠应用。"), (7, "2.推进智慧教育和"), (8, "2.推进智慧教育和"), (9, "3.加快智慧城市建设。"),
    (10, "4.推进数字乡村建设。"), (11, "6.推进“数字供销”建设。"), (12, "1.培育数据要素市场。"), (13, "2.营造规范有序的政策环境。"),
    (14, "1.强化安全管理责任。"), (15, "1.强化安全管理责任。"), (17, "2.落实安全制度要求。"), (18, "3.提升安全防护能力。"),
    (19, "4.提高自主可控水平。"), (20, "1.助力政府职能转变。"), (21, "1.助力政府职能转变。"), (22, "1.助力政府职能转变。"),
    (24, "2.创新建设管理机制。"), (25, "（二）加大财政投入。"), (26, "3.完善制度规范。"), (28, "4.开展试点示范。"),
    (30, "1.完善数据管理机制。"), (32, "1.完善数据管理机制。"), (33, "2.推进数据汇聚治理。"), (34, "2.推进数据汇聚治理。"),
    (36, "3.深化数据高效共享。"), (40, "5.强化电子公文和档案管理。"), (41, "4.促进数据有序开发利用。"), (42, "4.促进数据有序开发利用。"),
    (43, "1.强化政务云支撑能力。"), (46, "1.强化政务云支撑能力。"), (48, "2.提升网络支撑能力。"), (50, "2.提升网络支撑能力。"),
    (49, "3.整合视频资源。"), (51, "4.加强共性应用支撑。"), (54, "5.强化电子公文和档案管理。"), (55, "5.推进财政电子化。"),
    (56, "5.推进财政电子化。"), (57, "6.完善信用和地理信息服务。"), (58, "6.完善信用和地理信息服务。"),
    (64, "（一）健全组织机构。参照自治区做法"), (65, "1.加强经济数据汇聚分析。"), (66, "1.加强经济数据汇聚分析。"), (67, "2.加强经济政策统筹协调。"),
    (69, "1.提升监管精准化水平。"), (70, "1.提升监管精准化水平。"), (71, "3.提升监管智能化水平。"), (73, "2.提升监管协同化水平。"),
    (74, "3.提升监管智能化水平。"), (75, "4.强化以网管网。"), (77, "1.提升社会矛盾化解能力。"), (79, "2.提升社会治安防控能力。"),
    (80, "3.提升公共安全保障能力。"), (83, "4.提高基层社会治理能力。"), (84, "1.打造泛在可及的服务体系。"), (86, "2.提升智慧便捷的服务能力。"),
    (87, "3.优化12345政务服务便民热线。"), (88, "4.提供优质便利的涉企服务。"), (89, "4.提供优质便利的涉企服务。"), (90, "5.拓展公平普惠的民生服务。"),
    (92, "6.探索“多卡合一”。"), (93, "5.拓展公平普惠的民生服务。"), (95, "1.提升生态环保协同治理能力。"), (96, "2.深化数字治水。"),
    (97, "3.提高自然资源利用效率。"), (98, "3.提高自然资源利用效率。"), (100, "4.推动绿色低碳转型。"), (101, "4.推动绿色低碳转型。"),
    (102, "4.推动绿色低碳转型。"), (103, "1.提升辅助决策能力。"), (104, "2.提升行政执行能力。"), (105, "2.提升行政执行能力。"),
    (106, "2.提升行政执行能力。"), (107, "3.整合视频会议资源。"), (108, "4.提升行政监督水平。"), (109, "5.优化“互联网+督查”。"),
    (111, "6.提升机关事务管理水平。"), (112, "1.提升政府信息公开水平。"), (113, "1.提升政府信息公开水平。"), (114, "2.发挥政务新媒体传播优势。"),
    (115, "3.畅通政民互动渠道。"), (116, "（一）加强组织领导。坚持党"), (117, "（三）提升数字素养。"), (118, "（三）提升数字素养。"),
    (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]:
    cv(t, a)
cv(121, r=60)

key = {
    "writer": "blind writer, round 777; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": must,
    "covers": C,
    "notes": ("沙坡头区 (中卫市) 2024 实施方案 issued 2024-03-18 as 卫沙政发〔2024〕9号, checked against ningxia-2023 with no parent plan "
              "(the 中卫 city plan is cited by title only and is not in the seeds). units.txt is the district registry; regional units come from the baseline. "
              "Five planted mistakes, one each of basis-mismatch, deadline-invalid, deadline-later-than-baseline, unknown-unit and garbled-text; no missing pillar and no deliberately uncovered task. "
              "Body items give 牵头/配合/完成时限 inline; the 附件 task table repeats the key items with the same dates, except that the body line for the network item has the impossible 2024年6月31日 where the table has 2024年6月30日, "
              "and the 适老化 item has no date in the body (its only date is the late 2025年6月底前 in table row 46). "
              "Tasks the region dated 2023 (14, 15, 17, 24, 25, 30–32, 36, 51, 67, 85, 116, 118, 122–124) are taken up without a date, except the copied row for task 18. "
              "Near misses to watch: the copied 2023年形成机制，长期坚持 (task 18); 2024年启动，2025年取得明显成效 against task 28's 2023年启动; the 领导小组 line that is task 64, not task 60; "
              "reporting dates in 四（三） and 六（四）; prefix distribution (卫健局, 审计局, 宣传部); 配合中卫市 in prose."),
}
open("key.json", "w", encoding="utf-8").write(json.dumps(key, ensure_ascii=False, indent=2) + "\n")
print(len(lines), "lines;", len(expect), "expect;", len(must), "mustNotFlag;", len(C), "covers")
