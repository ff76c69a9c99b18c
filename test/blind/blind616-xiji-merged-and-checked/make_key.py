# -*- coding: utf-8 -*-
# Builds key.json; every line number is found from an anchor in the final draft.txt (1-based).
import json
D = open("draft.txt", encoding="utf-8").read().split("\n")
if D[-1] == "": D = D[:-1]

def ln(anchor, must=None):
    hits = [i + 1 for i, l in enumerate(D) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if must:
        assert must in D[hits[0] - 1], (anchor, must)
    return hits[0]

def row(n):  # table row by 序号
    hits = [i + 1 for i, l in enumerate(D) if l.startswith(str(n) + "\t")]
    assert len(hits) == 1, n
    return hits[0]

def E(rule, anchor, text=None, why="", **kw):
    d = {"rule": rule, "line": ln(anchor, text) if anchor else 0}
    if text: d["text"] = text
    d.update(kw); d["why"] = why
    return d

def R(rule, n, text, why):
    l = row(n); assert text in D[l - 1], (n, text)
    return {"rule": rule, "line": l, "text": text, "why": why}

DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"; MP = "missing-pillar"

expect = [
 E(BM, "关于加快推进数字政府建设的实施意见", "自治区人民政府关于加快推进数字政府建设的实施意见",
   "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft writes 加快推进 for 加强 (wrong title for the 文号)"),
 E("garbled-text", "鏁版嵁鍏变韩", "鏁版嵁鍏变韩",
   "UTF-8 bytes of 数据共享交换平台 read as GBK (鏁版嵁鍏变韩浜ゆ崲骞冲彴); re-encode as GBK and decode as UTF-8 to recover"),
 R(DL, 6, "2025年6月底",
   "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年. The row's own 验收时间 2024年12月 is on time, which hides the slip; the body (line 36: 2024年12月底) and the goal (line 13: 到2024年底) both say 2024"),
 R(DI, 13, "2024年13月",
   "no 13th month (typo); the row is task 106 (填表报数系统), regional 完成时限 2025年, so it is not a late deadline, only an impossible one"),
 R(UU, 11, "隆德县审批服务管理局",
   "wrong body: the 审批服务管理局 of 隆德县, a neighbouring county of 固原市, copied from another county's plan; 西吉's own body is 县审批服务管理局 (as in lines 29, 37, 51); not in units.txt"),
 {"rule": MP, "line": 0, "pillar": "政务公开",
  "why": "the merged heading （四）提升政务运行和政务公开能力 (line %d) names 政务公开, but its three measures (lines %d-%d) are all 政务运行 (辅助决策, 行政执行, 行政监督和机关事务); no 政务公开 measure anywhere in the draft: no 政府信息公开 平台, 政策文件库, 政务新媒体 or 政民互动 (12345 appears nowhere)" % (ln("（四）提升政务运行和政务公开能力"), ln("提升辅助决策能力。"), ln("加强行政监督和机关事务管理。"))},
 {"rule": "task-uncovered", "line": 0, "task": 112, "why": "进一步完善各类政务公开信息化平台 (自治区各部门（单位）及各市、县（区）分别负责, 2024年): deliberately left out with the 政务公开 pillar"},
 {"rule": "task-uncovered", "line": 0, "task": 114, "why": "政务新媒体矩阵体系 (自治区各部门（单位）及各市、县（区）分别负责, 2024年): deliberately left out with the 政务公开 pillar"},
]

mnf = [
 # --- deadlines: checking / payment dates later than the region's, completion equal or earlier
 E(DL, "推动特色产业数字化。", "2025年1月", "验收时间 and payment after acceptance, not completion; completion 2024年12月底 = task 2 完成时限 2023年启动，2024年取得明显成效"),
 R(DL, 1, "2025年1月", "验收时间 column, not completion; 完成时限 2024年12月底 = task 2 (2023年启动，2024年取得明显成效)"),
 E(DL, "加快智慧园区建设。", "2026年3月", "评估时间, not completion; completion 2025年底 = task 3 完成时限 持续推进，2025年取得明显成效"),
 E(DL, "推进公共服务数字化。", "2024年11月底", "earlier than tasks 6 and 8 (持续推进，2025年取得明显成效) and task 7 (2023年形成试点经验，2025年取得明显成效)"),
 R(DL, 3, "2024年11月底", "earlier than task 8 完成时限 持续推进，2025年取得明显成效"),
 E(DL, "推进数字乡村建设。", "2025年", "持续推进，2025年取得明显成效 = task 10 (持续推进，2025年取得明显成效) and task 11's completing milestone (2025年取得明显成效)"),
 E(DL, "培育数据要素应用。", "2026年1月", "考核时间, not completion; completion 2025年 = task 12 完成时限 2025年"),
 E(DL, "压实安全管理责任。", "每年12月", "recurring 考核 of an ongoing duty (持续落实), no dated completion milestone; tasks 14/15 完成时限 2023年 lie before the plan year"),
 E(DL, "推进审管协同和权力事项网上运行。", "2025年1月", "考核时间; completion 2024年12月底 = task 21 完成时限 2024年 (task 22: 2025年)"),
 E(DL, "开展试点示范。", "2024年启动", "start milestone after the region's 2023 start, but the completing milestone 2025年取得明显成效 = task 28 (2023年启动，2025年取得明显成效); 评估时间 2026年上半年 is a check"),
 E(DL, "推进数据回流和融合应用。", "2025年2月", "验收时间; completion 2024年12月底 = task 42 完成时限 2024年"),
 E(DL, "推进政务云迁移和网络升级。", "2025年3月", "验收时间 (payment 30 working days after acceptance); completion 2024年12月底 = tasks 43 (2024年建成，持续推进), 48 (2024年), 50 (2024年)"),
 E(DL, "（二）工作目标。到2024年底", "2024年底", "goal equal to tasks 43 (2024年建成), 48 (2024年) and 21 (2024年)"),
 E(DL, "到2025年，全县数字政府建设体系框架全面成型", "2025年", "equal to the region's goal 到2025年…“34567”体系框架全面成型"),
 E(DL, "推广电子证照和电子印章应用。", "2024年底", "task 53 (电子印章) 2024年 equal, task 52 (电子证照) 2025年 earlier; 验收 2025年1月 is a check"),
 E(DL, "推进非税收入收缴电子化。", "2026年1月", "考核时间; completion 2025年底 = task 56 完成时限 2025年"),
 E(DL, "深化电子文件归档。", "2024年底", "= task 54 完成时限 2024年 (task 40: 2024年); 验收 2025年1月 is a check"),
 E(DL, "（一）健全组织机构。", "2024年6月底", "earlier than task 64 (各地各部门参照自治区做法，成立相应的组织机构; 各市、县（区）负责) 完成时限 2025年; task 60 (2023年) is the region's own 领导小组, done by 自治区政府办公厅"),
 E(DL, "（二）厘清层级职责。", "2024年9月底", "earlier than task 64 完成时限 2025年; 考核时间 2024年12月 is a check"),
 E(DL, "加强经济运行监测。", "每月10日前", "the office's own monthly reporting date; completion 2025年 = task 66 完成时限 2025年"),
 E(DL, "推进精准监管。", "2025年2月", "考核时间; completion 2024年12月底 = task 70 完成时限 2024年"),
 E(DL, "强化重点领域追溯和智能监管。", "2025年3月底前", "payment date (资金拨付), 验收 2025年1月; completion 2024年 = tasks 71 and 74 完成时限 2024年"),
 E(DL, "提升矛盾纠纷化解和治安防控能力。", "2025年1月", "验收时间; completion 2024年12月底 = tasks 77 and 79 完成时限 2024年"),
 E(DL, "推进智慧应急和基层治理。", "2025年底", "the 2025年底 belongs to 基层治理 = task 83 完成时限 2025年; 智慧应急 2024年底 = task 80 完成时限 2024年"),
 E(DL, "提升政务服务便利度。", "2025年1月", "验收时间; completion 2024年12月底 = tasks 84, 86, 93 完成时限 2024年"),
 E(DL, "深化“互联网+城乡供水”示范。", "2025年", "= task 96 完成时限 2025年; 验收 2025年12月 is a check"),
 E(DL, "加强生态环境和自然资源数字化管理。", "2025年1月", "验收时间; completion 2024年12月底 = tasks 94, 97, 98 完成时限 2024年"),
 E(DL, "提升辅助决策能力。", "2025年3月", "评估时间; completion 2024年12月底 = task 103 完成时限 2024年"),
 E(DL, "提升行政执行能力。", "2025年", "填表报数 and 视频会议 2025年 = tasks 106, 107 完成时限 2025年; 协同办公 and 宁政通 2024年 = tasks 104, 105 完成时限 2024年"),
 E(DL, "加强行政监督和机关事务管理。", "2025年1月", "考核时间; 公共资源交易 2024年 = task 108 (长期推进，2024年取得明显成效), 机关事务 2025年 = task 111 (2025年)"),
 E(DL, "强化调度考核。", "2025年1月", "annual 考核 and reporting dates (每季度末月25日前, 2024年12月20日前) of the office; tasks 121 (长期坚持), 122/123 (2023年完成，长期坚持) set up the mechanism, these are its checking dates"),
 E(DL, "加强督查评估。", "2025年第一季度", "third-party 评估 date; task 124 (2023年形成机制，长期坚持) is the mechanism, not due then"),
 E(DL, "加大财政投入。", "2025年6月底前", "payment date (尾款拨付) of 2024 projects; task 25 (2023年) is the funding mechanism"),
 R(DL, 5, "2024年10月底", "earlier than task 43 完成时限 2024年建成，持续推进; 验收 2024年11月"),
 R(DL, 7, "2025年3月", "验收时间 column; 完成时限 2024年 = task 50 完成时限 2024年"),
 R(DL, 9, "2025年2月", "验收时间 column; 完成时限 2024年12月底 = task 70 完成时限 2024年"),
 R(DL, 12, "2025年", "= task 96 完成时限 2025年; 验收 2025年12月"),
 R(DL, 14, "2025年1月", "验收时间 column; 完成时限 2024年 = task 80 完成时限 2024年"),
 # --- past dates / own dates
 E(DI, "截至2023年底", "2023年底", "background: state of things at the end of 2023, not a deadline"),
 E(DI, "摸清政务数据底数。", "2023年", "retrospective: the first census was completed in 2023 (task 30, 2023年); not a deadline"),
 E(DI, "2024年3月29日", "2024年3月29日", "the document's issue date"),
 # --- citations
 E(BM, "宁政办发〔2020〕14号", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 (history: 自…印发以来), title and 文号 match; not cited as a basis"),
 E(BM, "西政办发〔2024〕21号", "西政办发〔2024〕21号", "the document's own 文号"),
 # --- units
 E(UU, "县供销社、工业信息化和商务局", "工业信息化和商务局", "prefix 县 distributes: 县工业信息化和商务局 is in units.txt"),
 E(UU, "县卫生健康局、教育体育局", "教育体育局", "prefix distributes: 县教育体育局 and 县人力资源和社会保障局 are in units.txt"),
 E(UU, "提升矛盾纠纷化解和治安防控能力。", "公安局", "县委政法委、公安局 = 县委政法委 + 县公安局 (prefix 县, not 县委); both in units.txt"),
 R(UU, 10, "公安局", "县委政法委、公安局 = 县委政法委 + 县公安局; both in units.txt"),
 E(UU, "规范政务信息化项目管理。", "县发改局", "alias of 县发展和改革局 in units.txt"),
 R(UU, 9, "县市场监管局", "alias of 县市场监督管理局 in units.txt"),
 R(UU, 14, "县应急局", "alias of 县应急管理局 in units.txt; 西吉县消防救援大队 also listed"),
 E(UU, "接入自治区党委网信办", "自治区党委网信办", "regional body named as owner of the platform the county joins, not as lead of a local task; in the baseline"),
 E(UU, "压实安全管理责任。", "各乡镇人民政府", "collective subjects (县直各部门（单位）, 各乡镇人民政府)"),
 E(UU, "（二）厘清层级职责。", "各村（社区）", "collective subject"),
 E(UU, "推进审管协同和权力事项网上运行。", "县直有关部门", "collective after 县市场监督管理局等"),
 E(UU, "加强生态环境和自然资源数字化管理。", "固原市生态环境局西吉分局", "the city bureau's county branch, listed in units.txt"),
 E(UU, "加强组织领导。", "县推进数字政府建设领导小组办公室", "the county's own coordinating office, listed in units.txt"),
 E(UU, "（一）健全组织机构。", "数字宁夏建设运营有限公司", "the region's state-owned operator named in the baseline (task 62), a service provider, not a responsible unit"),
 # --- pillars under merged headings that are covered
]
def P(pillar, head, lines_desc):
    return {"rule": MP, "line": 0, "pillar": pillar, "why": "merged heading line %d; covered by %s" % (ln(head), lines_desc)}
mnf += [
 P("数字经济", "（一）驱动数字经济发展和引领数字社会建设", "lines %d-%d (特色产业数字化, 智慧园区)" % (ln("推动特色产业数字化。"), ln("加快智慧园区建设。"))),
 P("数字社会", "（一）驱动数字经济发展和引领数字社会建设", "lines %d-%d (公共服务数字化, 互联网+医疗健康, 数字乡村, 数字供销)" % (ln("推进公共服务数字化。"), ln("推进数字乡村建设。"))),
 P("数字生态", "（二）营造良好数字生态", "lines %d-%d (数据要素市场, 网络生态)" % (ln("培育数据要素应用。"), ln("营造安全有序的网络生态。"))),
 P("安全保障", "（一）强化安全保障和制度规则支撑", "lines %d-%d" % (ln("压实安全管理责任。"), ln("提升安全防护能力。"))),
 P("制度规则", "（一）强化安全保障和制度规则支撑", "lines %d-%d (审管协同, 项目管理会商和联合验收, 试点示范)" % (ln("推进审管协同和权力事项网上运行。"), ln("开展试点示范。"))),
 P("数据资源", "（二）强化数据资源和平台支撑", "lines %d-%d" % (ln("健全数据管理机制。"), ln("推进数据回流和融合应用。"))),
 P("平台支撑", "（二）强化数据资源和平台支撑", "lines %d-%d (政务云, 外网, 电子证照/印章, 非税, 电子文件)" % (ln("推进政务云迁移和网络升级。"), ln("深化电子文件归档。"))),
 P("六级贯通", "四、健全“五个一”和“六级贯通”工作体系", "lines %d-%d (组织机构, 层级职责)" % (ln("（一）健全组织机构。"), ln("（二）厘清层级职责。"))),
 P("经济调节", "（一）提升经济调节和市场监管能力", "line %d" % ln("加强经济运行监测。")),
 P("市场监管", "（一）提升经济调节和市场监管能力", "lines %d-%d" % (ln("推进精准监管。"), ln("强化重点领域追溯和智能监管。"))),
 P("社会管理", "（二）提升社会管理和公共服务能力", "lines %d-%d" % (ln("提升矛盾纠纷化解和治安防控能力。"), ln("推进智慧应急和基层治理。"))),
 P("公共服务", "（二）提升社会管理和公共服务能力", "line %d (and line %d)" % (ln("提升政务服务便利度。"), ln("推进公共服务数字化。"))),
 P("生态环境保护", "（三）提升生态环境保护能力", "lines %d-%d" % (ln("深化“互联网+城乡供水”示范。"), ln("推动绿色低碳转型。"))),
 P("政务运行", "（四）提升政务运行和政务公开能力", "lines %d-%d (only 政务公开 of this merged heading is missing)" % (ln("提升辅助决策能力。"), ln("加强行政监督和机关事务管理。"))),
 P("组织领导", "（一）加强组织领导和考核评价", "line %d" % ln("加强组织领导。")),
 P("考核评价", "（一）加强组织领导和考核评价", "lines %d-%d" % (ln("强化调度考核。"), ln("加强督查评估。"))),
 P("财政投入", "（二）加大财政投入和提升数字素养", "line %d" % ln("加大财政投入。")),
 P("数字素养", "（二）加大财政投入和提升数字素养", "line %d" % ln("提升数字素养。")),
]

C = [
 (2, "推动特色产业数字化。"), (3, "加快智慧园区建设。"), (6, "推进公共服务数字化。"), (7, "推进公共服务数字化。"), (8, "推进公共服务数字化。"),
 (10, "推进数字乡村建设。"), (11, "推进数字乡村建设。"), (12, "培育数据要素应用。"),
 (14, "压实安全管理责任。"), (15, "压实安全管理责任。"), (17, "提升安全防护能力。"), (18, "提升安全防护能力。"),
 (21, "推进审管协同和权力事项网上运行。"), (24, "规范政务信息化项目管理。"), (28, "开展试点示范。"),
 (31, "健全数据管理机制。"), (32, "健全数据管理机制。"), (30, "摸清政务数据底数。"), (42, "推进数据回流和融合应用。"),
 (43, "推进政务云迁移和网络升级。"), (48, "推进政务云迁移和网络升级。"), (50, "推进政务云迁移和网络升级。"),
 (52, "推广电子证照和电子印章应用。"), (53, "推广电子证照和电子印章应用。"), (56, "推进非税收入收缴电子化。"), (54, "深化电子文件归档。"),
 (64, "（一）健全组织机构。"), (66, "加强经济运行监测。"), (70, "推进精准监管。"), (71, "强化重点领域追溯和智能监管。"), (74, "强化重点领域追溯和智能监管。"),
 (77, "提升矛盾纠纷化解和治安防控能力。"), (79, "提升矛盾纠纷化解和治安防控能力。"), (80, "推进智慧应急和基层治理。"), (83, "推进智慧应急和基层治理。"),
 (84, "提升政务服务便利度。"), (86, "提升政务服务便利度。"), (93, "提升政务服务便利度。"),
 (96, "深化“互联网+城乡供水”示范。"), (94, "加强生态环境和自然资源数字化管理。"), (97, "加强生态环境和自然资源数字化管理。"), (98, "加强生态环境和自然资源数字化管理。"),
 (101, "推动绿色低碳转型。"), (102, "推动绿色低碳转型。"), (103, "提升辅助决策能力。"),
 (104, "提升行政执行能力。"), (105, "提升行政执行能力。"), (106, "提升行政执行能力。"), (107, "提升行政执行能力。"),
 (108, "加强行政监督和机关事务管理。"), (111, "加强行政监督和机关事务管理。"),
 (116, "加强组织领导。"), (121, "强化调度考核。"), (123, "强化调度考核。"), (124, "加强督查评估。"), (25, "加大财政投入。"), (118, "提升数字素养。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in C]

key = {
 "writer": "blind writer, round 616; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("西吉县 (固原市) 2024 plan; no parent plan is supplied (the 固原市 plan is cited by title alone on line 9, which is normal for a city plan without 文号 and is not a basis mistake; "
           "line 9 also carries the correct 国发〔2022〕14号 citation - only the regional title with 加快推进 is wrong). "
           "The framework is merged: 三个驱动 in two headings, 四个支撑 two by two, 七个能力 paired, 党的领导 items paired. Only 政务公开 (line 56's heading) has no measure. "
           "Inline notes and the task table give 完成时限 plus 验收/考核/评估 时间 and 资金拨付; only 完成时限 is a deadline. "
           "Table row 6 (line 77): the 完成时限 2025年6月底 is the error; its 验收时间 2024年12月 is on time and is not a separate finding. "
           "Line 41 could be read against task 60 (2023, the region's own 领导小组) instead of task 64 (2025, 各市县参照自治区做法成立组织机构); the key takes task 64. "
           "Table rows restate body measures; a checker that reports the late deadline on line 77 only once is right.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
