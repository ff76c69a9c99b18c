# -*- coding: utf-8 -*-
# Builds key.json from anchors, so every line number is checked against the final draft.txt (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (anchor, text)
    return hits[0]


PH = "phases (实施步骤, lines %d-%d): 近期 = 启动部署阶段 = 2024年3月—12月; 中期 = 全面推进阶段 = 2025年1月—12月; 远期 = 总结提升阶段 = 2026年1月—2027年12月" % (
    ln("（一）近期：启动部署阶段"), ln("（三）远期：总结提升阶段"))

expect = [
    {"rule": "deadline-later-than-baseline", "line": ln("提升网络平台支撑能力。", "中期完成"), "text": "中期",
     "why": "task 47 (完成时限 2024年) and task 48 (完成时限 2024年; 各市、县（区）具体负责) are due 2024; the note says 中期完成, i.e. end of 2025. The draft's own goal (到2024年底 三级电子政务外网全覆盖) contradicts it. " + PH},
    {"rule": "deadline-later-than-baseline", "line": ln("提高基层社会治理能力。", "远期"), "text": "远期",
     "why": "task 83 (互联网+基层治理, 完成时限 2025年; 各市、县（区）具体负责) is due 2025; 远期 ends 2027年12月. Also contradicts the draft's own rule that 远期 is for 县级自主拓展任务."},
    {"rule": "deadline-later-than-baseline", "line": ln("推进适老化与信息无障碍建设。", "全面推进阶段"), "text": "全面推进阶段",
     "why": "task 93 (适老化与信息无障碍, 完成时限 2024年; 各市、县（区）分别负责) is due 2024; 全面推进阶段 = 中期 = 2025年1月—12月."},
    {"rule": "deadline-invalid", "line": ln("推进非税收入收缴电子化。", "攻坚突破阶段"), "text": "攻坚突破阶段",
     "why": "the plan defines only 近期/启动部署阶段, 中期/全面推进阶段, 远期/总结提升阶段; 攻坚突破阶段 is never defined, so the deadline cannot be resolved (the regional task 56 is due 2025年)."},
    {"rule": "unknown-unit", "line": ln("推进政务数据归集治理。", "县数据局"), "text": "县数据局",
     "why": "no 县数据局 in units.txt (the county's data work sits with 县政府办公室 / 县信息化服务中心); not an alias of anything listed."},
    {"rule": "basis-mismatch", "line": ln("（三）远期：总结提升阶段", "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (cited correctly in the preamble); 宁政办发〔2023〕17号 does not belong to that title."},
    {"rule": "garbled-text", "line": ln("深化数据高效共享。", "鏁版嵁鍏变韩"), "text": "鏁版嵁鍏变韩浜ゆ崲",
     "why": "UTF-8 bytes of 数据共享交换 read as GBK (mojibake); re-encoding as GBK and decoding as UTF-8 recovers 数据共享交换."},
]

D = "deadline-later-than-baseline"
U = "unknown-unit"
B = "basis-mismatch"
I = "deadline-invalid"

mnf = [
    # --- phases that end within the region's dates ---
    {"rule": D, "line": ln("推进特色产业数字化。"), "text": "近期", "why": "task 2 完成时限 2023年启动，2024年取得明显成效; 近期 ends 2024年12月: equal."},
    {"rule": D, "line": ln("建设智慧园区。"), "text": "中期", "why": "tasks 3 and 5 完成时限 持续推进，2025年取得明显成效; 中期 ends 2025年12月: equal."},
    {"rule": D, "line": ln("推动数字化服务普惠应用。"), "text": "中期", "why": "task 6 持续推进，2025年取得明显成效 and task 7 2023年形成试点经验，2025年取得明显成效 (completing milestone 2025); 中期 = 2025: equal."},
    {"rule": D, "line": ln("深化“互联网+医疗健康”应用。"), "text": "中期", "why": "task 8 持续推进，2025年取得明显成效; 中期 = 2025: equal."},
    {"rule": D, "line": ln("推进数字乡村建设。"), "text": "中期", "why": "task 10 持续推进，2025年取得明显成效; task 11 2023年完成主要建设任务，2025年取得明显成效 (completing milestone 2025); 中期 = 2025: equal."},
    {"rule": D, "line": ln("培育数据要素市场。"), "text": "中期", "why": "task 12 完成时限 2025年; 中期 = 2025: equal."},
    {"rule": D, "line": ln("以数字化改革助力政府职能转变。"), "text": "近期", "why": "task 21 2024年 (equal); task 22 2025年 (earlier)."},
    {"rule": D, "line": ln("创新数字政府建设管理机制。"), "text": "近期", "why": "task 23 完成时限 2024年; 近期 = 2024: equal."},
    {"rule": D, "line": ln("开展试点示范。"), "text": "中期取得明显成效", "why": "task 28 2023年启动，2025年取得明显成效; 中期取得明显成效 = 2025: equal."},
    {"rule": D, "line": ln("推进政务数据归集治理。"), "text": "近期", "why": "tasks 33, 34, 35 完成时限 2024年 (equal); task 29 2023年启动，2025年完成 (earlier). Only the unit on this line is wrong."},
    {"rule": D, "line": ln("加强电子公文和电子档案管理。"), "text": "近期", "why": "tasks 40 and 54 完成时限 2024年: equal."},
    {"rule": D, "line": ln("促进数据有序开发利用。"), "text": "近期", "why": "tasks 41 and 42 完成时限 2024年: equal."},
    {"rule": D, "line": ln("强化政务云平台支撑能力。"), "text": "近期", "why": "task 43 2024年建成，持续推进; task 46 2024年; task 19 2023年启动，2024年建成: equal."},
    {"rule": D, "line": ln("统筹视频资源共享。"), "text": "中期", "why": "task 49 2025年 and task 81 2025年: equal."},
    {"rule": D, "line": ln("加强共性应用支撑能力。"), "text": "近期", "why": "tasks 55, 57, 58 完成时限 2024年: equal."},
    {"rule": D, "line": ln("（一）健全组织机构。"), "text": "近期", "why": "task 64 完成时限 2025年; 近期 (2024) is earlier."},
    {"rule": D, "line": ln("加强经济运行监测分析。"), "text": "中期", "why": "task 66 完成时限 2025年: equal."},
    {"rule": D, "line": ln("提升监管精准化水平。"), "text": "近期", "why": "task 71 完成时限 2024年: equal."},
    {"rule": D, "line": ln("提升监管协同化和智能化水平。"), "text": "近期", "why": "tasks 73, 74, 75 完成时限 2024年: equal."},
    {"rule": D, "line": ln("提升社会矛盾化解能力。"), "text": "近期", "why": "task 77 完成时限 2024年: equal."},
    {"rule": D, "line": ln("提升社会治安防控能力。"), "text": "近期", "why": "tasks 78 and 79 完成时限 2024年: equal."},
    {"rule": D, "line": ln("提升公共安全保障能力。"), "text": "近期", "why": "task 80 2024年 (equal); task 81 2025年 (earlier)."},
    {"rule": D, "line": ln("打造泛在可及的服务体系。"), "text": "近期", "why": "task 84 完成时限 2024年: equal."},
    {"rule": D, "line": ln("提升智慧便捷的服务能力。"), "text": "启动部署阶段", "why": "启动部署阶段 = 近期 = 2024年3月—12月; task 86 完成时限 2024年: equal."},
    {"rule": D, "line": ln("提供优质便利的涉企服务。"), "text": "近期", "why": "tasks 88 and 89 完成时限 2024年: equal."},
    {"rule": D, "line": ln("拓展公平普惠的民生服务。"), "text": "中期", "why": "task 92 完成时限 2025年: equal."},
    {"rule": D, "line": ln("提升生态环保协同治理能力。"), "text": "近期", "why": "task 94 2024年 (equal); task 95 2025年 (earlier)."},
    {"rule": D, "line": ln("打造数字治水样板。"), "text": "中期", "why": "task 96 完成时限 2025年: equal."},
    {"rule": D, "line": ln("提高自然资源利用效率。"), "text": "近期", "why": "tasks 97 and 98 完成时限 2024年: equal."},
    {"rule": D, "line": ln("推动绿色低碳转型。"), "text": "中期", "why": "tasks 100, 101, 102 完成时限 2025年: equal."},
    {"rule": D, "line": ln("提升行政执行能力。"), "text": "近期", "why": "tasks 104 and 105 完成时限 2024年: equal."},
    {"rule": D, "line": ln("推进基层减负。"), "text": "全面推进阶段", "why": "全面推进阶段 = 中期 = 2025年; task 106 完成时限 2025年: equal."},
    {"rule": D, "line": ln("整合视频会议资源。"), "text": "中期", "why": "task 107 完成时限 2025年: equal."},
    {"rule": D, "line": ln("提升行政监督水平。"), "text": "近期取得明显成效，长期推进", "why": "task 108 长期推进，2024年取得明显成效: equal milestone."},
    {"rule": D, "line": ln("提升机关事务管理水平。"), "text": "中期", "why": "task 111 完成时限 2025年: equal."},
    {"rule": D, "line": ln("不断提升政府信息公开水平。"), "text": "近期", "why": "tasks 112 and 113 完成时限 2024年: equal."},
    {"rule": D, "line": ln("充分发挥政务新媒体传播优势。"), "text": "近期", "why": "task 114 完成时限 2024年: equal."},
    {"rule": D, "line": ln("畅通政民互动渠道。"), "text": "近期", "why": "task 115 2024年 (equal); task 87 2023年启动，2025年完成 (earlier)."},
    {"rule": D, "line": ln("（四）强化考核评价。"), "text": "长期坚持", "why": "task 121 长期坚持 (equal); tasks 122-124 carry a 2023 milestone plus 长期坚持, but the draft sets no year at all, so nothing is later."},
    # --- 远期 for work the region does not date ---
    {"rule": D, "line": ln("探索建立首席数据官制度。"), "text": "远期", "why": "首席数据官 appears only in the regional body text (探索建立首席数据官制度), with no task number or 完成时限; a county's own extension task."},
    {"rule": D, "line": ln("开展实施成效评估。"), "text": "远期", "why": "third-party evaluation of the county plan itself; the region's body mentions 第三方评估 without any date and no task covers it."},
    {"rule": D, "line": ln("到2027年，"), "text": "2027年", "why": "the county's own 远期 goal (成效巩固, 西吉特色, 满意度); the region has no goal for it dated before 2035."},
    # --- goals equal to the region's ---
    {"rule": D, "line": ln("到2024年底，"), "text": "2024年底", "why": "三级电子政务外网全覆盖 = task 48 (2024年); 迁移至政务信创云 = task 43 (2024年建成); 掌上办/就近办 = task 84 (2024年): all equal."},
    {"rule": D, "line": ln("到2025年，自治区数字政府"), "text": "2025年", "why": "same year as the region's 主要目标 到2025年 “34567”体系框架全面成型."},
    # --- phase definitions and the county's own reporting dates ---
    {"rule": D, "line": ln("本方案实施期限为2024年至2027年"), "text": "2027年", "why": "the plan's own implementation period, not a task deadline."},
    {"rule": D, "line": ln("（一）近期：启动部署阶段"), "text": "2024年4月底前", "why": "the county office's own reporting date (units file their work plans); the phase bounds 2024年3月—12月 are definitions."},
    {"rule": D, "line": ln("（二）中期：全面推进阶段"), "text": "2025年12月底前", "why": "phase definition; equal to the region's 2025 horizon."},
    {"rule": D, "line": ln("（三）远期：总结提升阶段"), "text": "2027年12月", "why": "phase definition (2026年1月—2027年12月) and evaluation of the county plan; not a deadline for any regional task."},
    {"rule": D, "line": ln("（三）完善工作机制。"), "text": "每年12月20日前", "why": "the county's own quarterly/annual reporting to the 领导小组办公室."},
    {"rule": I, "line": ln("近年来，我县以落实"), "text": "2023年底", "why": "past dates in the background (截至2023年底, 2023年), retrospective, not deadlines."},
    {"rule": I, "line": ln("2024年3月18日"), "text": "2024年3月18日", "why": "the issuing date."},
    # --- basis ---
    {"rule": B, "line": ln("为贯彻落实党的二十大精神"), "text": "国发〔2022〕14号", "why": "correct 文号 of 《国务院关于加强数字政府建设的指导意见》."},
    {"rule": B, "line": ln("为贯彻落实党的二十大精神"), "text": "宁政发〔2023〕17号", "why": "correct 文号 and title of the regional 实施意见."},
    {"rule": B, "line": ln("为贯彻落实党的二十大精神"), "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan; a second, valid basis."},
    {"rule": B, "line": ln("近年来，我县以落实"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background (correct title and 文号), not cited as a basis."},
    # --- units ---
    {"rule": U, "line": ln("推动数字化服务普惠应用。"), "text": "县直有关部门", "why": "collective subject (县直有关部门按职责分别负责)."},
    {"rule": U, "line": ln("强化安全管理责任。"), "text": "县直各部门（单位）", "why": "collective subject."},
    {"rule": U, "line": ln("推进数字乡村建设。"), "text": "各乡镇人民政府", "why": "collective subject."},
    {"rule": U, "line": ln("推进特色产业数字化。"), "text": "县工信商务局", "why": "short name of 县工业信息化和商务局 in units.txt; 县发改局 likewise."},
    {"rule": U, "line": ln("推动数字化服务普惠应用。"), "text": "县教体局", "why": "short names in units.txt (县教体局, 县人社局, 县文旅局)."},
    {"rule": U, "line": ln("推进数字乡村建设。"), "text": "县供销社", "why": "short name of 县供销合作社联合社 in units.txt."},
    {"rule": U, "line": ln("推进非税收入收缴电子化。"), "text": "县税务局", "why": "short name of 国家税务总局西吉县税务局 in units.txt."},
    {"rule": U, "line": ln("推进适老化与信息无障碍建设。"), "text": "县残联", "why": "short name of 县残疾人联合会 in units.txt."},
    {"rule": U, "line": ln("提升社会矛盾化解能力。"), "text": "司法局", "why": "县公安局、司法局、信访局: the 县 prefix distributes (县司法局, 县信访局, both in units.txt); 县人民法院, 县人民检察院 listed too."},
    {"rule": U, "line": ln("提升生态环保协同治理能力。"), "text": "固原市生态环境局西吉分局", "why": "the city bureau's county branch, listed in units.txt."},
    {"rule": U, "line": ln("提升网络平台支撑能力。"), "text": "中国电信西吉分公司", "why": "operator listed in units.txt."},
    {"rule": U, "line": ln("（一）健全组织机构。"), "text": "县信息化服务中心", "why": "listed in units.txt; 县委编办 likewise."},
    {"rule": U, "line": ln("提升公共安全保障能力。"), "text": "县消防救援大队", "why": "listed in units.txt."},
    # --- pillars ---
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "short but present: 培育数据要素市场, 网络综合治理 (line %d)." % ln("培育数据要素市场。")},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "section 五 健全“五个一”和“六级贯通”工作体系 (lines %d-%d)." % (ln("五、健全“五个一”"), ln("（三）完善工作机制。"))},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "七（二）加大财政投入 (line %d)." % ln("（二）加大财政投入。")},
]

covers_spec = [
    (2, "推进特色产业数字化。"), (3, "建设智慧园区。"), (5, "建设智慧园区。"),
    (6, "推动数字化服务普惠应用。"), (7, "推动数字化服务普惠应用。"), (8, "深化“互联网+医疗健康”应用。"),
    (10, "推进数字乡村建设。"), (11, "推进数字乡村建设。"), (12, "培育数据要素市场。"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"), (18, "落实安全制度要求。"),
    (21, "以数字化改革助力政府职能转变。"), (23, "创新数字政府建设管理机制。"), (24, "健全项目管理机制。"),
    (28, "开展试点示范。"), (30, "完善数据管理机制。"), (32, "完善数据管理机制。"),
    (33, "推进政务数据归集治理。"), (34, "推进政务数据归集治理。"), (36, "深化数据高效共享。"),
    (40, "加强电子公文和电子档案管理。"), (54, "加强电子公文和电子档案管理。"),
    (41, "促进数据有序开发利用。"), (42, "促进数据有序开发利用。"),
    (43, "强化政务云平台支撑能力。"), (46, "强化政务云平台支撑能力。"),
    (47, "提升网络平台支撑能力。"), (48, "提升网络平台支撑能力。"), (50, "提升网络平台支撑能力。"),
    (49, "统筹视频资源共享。"), (81, "统筹视频资源共享。"),
    (55, "加强共性应用支撑能力。"), (57, "加强共性应用支撑能力。"), (58, "加强共性应用支撑能力。"),
    (56, "推进非税收入收缴电子化。"), (64, "（一）健全组织机构。"), (66, "加强经济运行监测分析。"),
    (71, "提升监管精准化水平。"), (73, "提升监管协同化和智能化水平。"), (74, "提升监管协同化和智能化水平。"),
    (75, "提升监管协同化和智能化水平。"), (77, "提升社会矛盾化解能力。"), (78, "提升社会治安防控能力。"),
    (79, "提升社会治安防控能力。"), (80, "提升公共安全保障能力。"), (83, "提高基层社会治理能力。"),
    (84, "打造泛在可及的服务体系。"), (86, "提升智慧便捷的服务能力。"), (88, "提供优质便利的涉企服务。"),
    (89, "提供优质便利的涉企服务。"), (92, "拓展公平普惠的民生服务。"), (93, "推进适老化与信息无障碍建设。"),
    (94, "提升生态环保协同治理能力。"), (95, "提升生态环保协同治理能力。"), (96, "打造数字治水样板。"),
    (97, "提高自然资源利用效率。"), (98, "提高自然资源利用效率。"), (100, "推动绿色低碳转型。"),
    (101, "推动绿色低碳转型。"), (102, "推动绿色低碳转型。"), (104, "提升行政执行能力。"),
    (105, "提升行政执行能力。"), (106, "推进基层减负。"), (107, "整合视频会议资源。"),
    (108, "提升行政监督水平。"), (111, "提升机关事务管理水平。"), (112, "不断提升政府信息公开水平。"),
    (113, "不断提升政府信息公开水平。"), (114, "充分发挥政务新媒体传播优势。"), (115, "畅通政民互动渠道。"),
    (116, "（一）加强组织领导。"), (25, "（二）加大财政投入。"), (121, "（四）强化考核评价。"),
    (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 266; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("西吉县 (固原市) 数字政府建设实施方案, issued 2024-03-18, implementing 宁政发〔2023〕17号 with no parent plan. "
              "Deadlines are given as phases: " + PH + ". A phase's deadline is its end. "
              "The phase 攻坚突破阶段 (line %d) is never defined; I filed it as deadline-invalid (unresolvable deadline). "
              "Paragraphs whose regional tasks are due 2023 (14, 15, 17, 18, 24, 30, 32, 36, 116, 25) deliberately carry no 完成时限, so no 2024 phase is compared with a 2023 task. "
              "make_draft.py writes draft.txt; make_key.py writes this key from text anchors." % ln("推进非税收入收缴电子化。")),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers), "tasks", len({c['task'] for c in covers}))
