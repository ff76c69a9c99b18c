#!/usr/bin/env python3
# Builds key.json from draft.txt; every line number is looked up by a unique snippet.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')

def ln(snippet, text=None):
    hits = [i + 1 for i, l in enumerate(L) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (snippet, text)
    return hits[0]

def row(n):
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": ln('（宁政发〔2023〕7号）'), "text": "宁政发〔2023〕7号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the digit 1 was dropped"},
    {"rule": "deadline-later-than-baseline", "line": ln('提升网络平台支撑能力。开展城域网升级改造', '2025年底前'), "text": "2025年底前",
     "why": "task 48 (城域网升级改造, 区市县乡村5级全覆盖) 完成时限 2024年; the draft's own goal (line 15) and task-table row 13 also say 2024"},
    {"rule": "deadline-later-than-baseline", "line": row(30), "text": "2025年",
     "why": "task 104 (迭代升级全区统一的协同办公平台, 机关公务数字化转型) 完成时限 2024年; body line 77 and goal line 15 say 2024"},
    {"rule": "deadline-invalid", "line": ln('推进数字治水和自然资源数字化', '2022年底前'), "text": "2022年底前",
     "why": "before the plan's own year (issued 2024-04-08, planYear 2024) and before the regional document itself; the matching tasks are 96 (2025年), 97 (2024年), 98 (2024年), so it is a typing slip, not a copied regional date"},
    {"rule": "unknown-unit", "line": ln('（牵头单位：市信息化办公室'), "text": "市信息化办公室",
     "why": "no such body in units.txt (an old-style name); the table row 14 gives 市大数据服务中心 for the same work"},
    {"rule": "garbled-text", "line": ln('瀹屽杽浼佷笟'), "text": "瀹屽杽浼佷笟涓撳睘缃戦〉",
     "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 完善企业专属网页和惠企政策专栏，"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# basis
m("basis-mismatch", ln('（国发〔2022〕14号）'), "correct national basis: title and 文号 match", "国发〔2022〕14号")
m("basis-mismatch", ln('（宁政办发〔2023〕11号）'), "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan", "宁政办发〔2023〕11号")
m("basis-mismatch", ln('（宁政办发〔2020〕14号）'), "retrospective mention in the background paragraph (近年来…认真落实), not cited as a basis of this plan; title and 文号 match the 2020 工作要点", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('灵政发〔2024〕12号'), "the draft's own 文号 in the notice header, not a cited document", "灵政发〔2024〕12号")
# dates that are not deadlines
m("deadline-invalid", ln('2024年4月8日'), "issue date of the notice, not a deadline", "2024年4月8日")
m("deadline-invalid", ln('2023年全市政务服务事项网上可办率'), "past date in the background (an achievement of 2023), not a deadline", "2023年")
m("deadline-later-than-baseline", ln('每季度末月25日前'), "the office's own reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines", "每年12月10日前")
# goals
m("deadline-later-than-baseline", ln('到2024年底，电子政务外网'), "2024 goals match tasks due 2024: 48 (外网5级全覆盖, 2024年), 86 (我的宁夏 应上尽上, 2024年), 104 and 105 (协同办公, 宁政通, 2024年); no regional 2023 goal is restated", "2024年底")
m("deadline-later-than-baseline", ln('到2025年，全市数字政府建设与自治区'), "equal to the regional 主要目标 到2025年 (“34567”体系框架全面成型)", "2025年")
m("deadline-later-than-baseline", ln('到2035年，与政府治理能力现代化'), "equal to the regional 2035 goal", "2035年")
# equal / earlier deadlines
m("deadline-later-than-baseline", ln('（一）健全组织机构。参照自治区做法'), "earlier than task 64 (各市、县（区）成立相应的组织机构, 2025年)", "2024年6月底前")
m("deadline-later-than-baseline", row(1), "earlier than task 64 (2025年)", "2024年6月底前")
m("deadline-later-than-baseline", ln('推动产业数字化转型。'), "task 1 持续推进，2025 年取得明显成效: equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", ln('深化数字普惠应用。'), "tasks 6 and 8 持续推进，2025年取得明显成效, task 7 2023年形成试点经验，2025年取得明显成效: the completing milestone (2025) is equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", ln('提高自主可控水平。'), "task 19 2023年启动，2024年建成 / task 46 2024年 / task 43 2024 年建成: equal", "2024年底前")
m("deadline-later-than-baseline", ln('开展试点示范。'), "task 28 is 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal, the start year follows the plan's own year", "2024年启动，2025年取得明显成效")
m("deadline-later-than-baseline", row(9), "same as line 43: task 28, completing milestone 2025 equal", "2024年启动，2025年取得明显成效")
m("deadline-later-than-baseline", ln('统筹视频资源。'), "earlier than task 49 (视频一张网, 2025年); task 79 (雪亮工程) 2024年 equal", "2024年底前")
m("deadline-later-than-baseline", row(15), "earlier than task 49 (2025年)", "2024年")
m("deadline-later-than-baseline", ln('推进网络整合和IPv6改造。'), "tasks 47 and 50 are 2024年: equal (the unit on this line is the error, not the date)", "2024年底前")
m("deadline-later-than-baseline", ln('加强共性应用支撑。'), "tasks 52 (电子证照高频场景) and 56 (非税收入电子化全覆盖) are 2025年: equal", "2025年")
m("deadline-later-than-baseline", row(13), "equal to task 48 (2024年); the error for this task is the inline note on line 50", "2024年")
m("deadline-later-than-baseline", row(5), "task 10 持续推进，2025年取得明显成效: equal (written with a space)", "2025 年取得明显成效")
m("deadline-later-than-baseline", row(20), "task 79 2024年: equal (written with a space)", "2024 年")
m("deadline-later-than-baseline", ln('推进适老化和信息无障碍建设。'), "earlier than task 93 (2024年)", "2024年10月底前")
m("deadline-later-than-baseline", ln('加强生态环境智慧监测。'), "task 94 2024年 equal; task 95 2025年 earlier", "2024年")
m("deadline-later-than-baseline", row(27), "earlier than task 95 (2025年)", "2024年")
m("deadline-later-than-baseline", ln('提高基层治理能力。'), "tasks 83 and 106 are 2025年: equal", "2025年")
m("deadline-later-than-baseline", ln('提升行政执行能力。'), "tasks 104, 105 2024年 equal; task 107 (视频会议) 2025年, earlier", "2024年")
m("deadline-later-than-baseline", ln('提升辅助决策能力。'), "task 103 2024年: equal", "2024年12月底前")
m("deadline-later-than-baseline", row(38), "task 121 长期坚持: equal", "长期坚持")
m("deadline-invalid", row(6), "copied regional deadline of task 18 (2023年形成机制，长期坚持); lies before the plan's year but is the region's own milestone with an ongoing flag, and equal to it", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", row(6), "equal to task 18 (2023年形成机制，长期坚持)", "2023年形成机制，长期坚持")
# units
m("unknown-unit", ln('各乡镇人民政府、街道办事处，市直各部门、各直属机构'), "主送 line: collective addressees", "街道办事处")
m("unknown-unit", ln('（一）健全组织机构。参照自治区做法'), "official short name of 市人民政府办公室 in units.txt", "市政府办公室")
m("unknown-unit", ln('（一）健全组织机构。参照自治区做法'), "collective subjects", "市直各部门（单位）")
m("unknown-unit", ln('（二）厘清层级职责。'), "collective subject", "各村（社区）")
m("unknown-unit", ln('推进园区数字化。'), "canonical name in units.txt (county branch of the city bureau); must not be split at 银川市 or read as a 银川市 city body", "银川市生态环境局灵武分局")
m("unknown-unit", ln('推进园区数字化。'), "canonical name in units.txt", "灵武羊绒产业园区管委会")
m("unknown-unit", ln('推动产业数字化转型。'), "short name of 市科学技术局 in units.txt", "市科技局")
m("unknown-unit", ln('完善数字经济治理。'), "short name of 市市场监督管理局 in units.txt", "市市场监管局")
m("unknown-unit", ln('推进数字乡村建设。以数字化'), "collective subject", "各乡镇人民政府")
m("unknown-unit", ln('强化安全管理责任。'), "canonical name in units.txt", "市委保密办")
m("unknown-unit", ln('提高自主可控水平。'), "collective subject", "市直有关部门")
m("unknown-unit", ln('推进审管协同。'), "short name of 市住房和城乡建设局 in units.txt", "市住建局")
m("unknown-unit", ln('深化数据共享应用。'), "short names of 市人力资源和社会保障局 and 市卫生健康局 in units.txt", "市人社局、市卫健局")
m("unknown-unit", ln('统筹视频资源。'), "short name of 市应急管理局 in units.txt", "市应急局")
m("unknown-unit", ln('加强共性应用支撑。'), "canonical name in units.txt", "灵武市税务局")
m("unknown-unit", ln('推进“智慧应急”建设。完善'), "canonical name in units.txt", "灵武市消防救援大队")
m("unknown-unit", ln('做强“我的宁夏”灵武专区。'), "short name of 市审批服务管理局 in units.txt", "市审批局")
m("unknown-unit", row(3), "市民政局 (in units.txt) followed by the role phrase 按职责分别负责, as the region writes 按照职能分别负责", "市民政局")
m("unknown-unit", row(35), "collective subjects only (分别负责)", "市直各部门（单位）、各乡镇（街道）")
# framework
m("missing-pillar", 0, "党的领导 is taken up by 六、保障措施 lines 85–88: 党的全面领导/组织领导, 资金保障, 数字素养, 考核评价")
M[-1]["pillar"] = "党的领导"
m("missing-pillar", 0, "五个一 is taken up by 二、健全工作体系 line 21 (领导协调机构, 工作专班, 技术支撑单位, 乡镇专员) as a county would, 参照自治区做法")
M[-1]["pillar"] = "五个一"
m("missing-pillar", 0, "六级贯通 is taken up explicitly on line 22 (按照自治区“六级贯通”层级架构)")
M[-1]["pillar"] = "六级贯通"
m("missing-pillar", 0, "数字生态 is taken up on line 34 under heading line 33")
M[-1]["pillar"] = "数字生态"
# garbled look-alikes
m("garbled-text", ln('推进网络整合和IPv6改造。'), "Latin letters in IPv6 are not mojibake", "IPv6")
m("garbled-text", row(25), "the clean form of the phrase garbled on line 69", "企业专属网页和惠企政策专栏")

covers_spec = [
    (1, '推动产业数字化转型。'), (3, '推进园区数字化。'), (5, '完善数字经济治理。'), (6, '深化数字普惠应用。'),
    (7, '深化数字普惠应用。'), (8, '深化数字普惠应用。'), (9, '建设智慧城市。'), (10, '推进数字乡村建设。以数字化'),
    (12, '培育数据要素市场。'), (14, '强化安全管理责任。'), (15, '强化安全管理责任。'), (18, '提升安全防护能力。'),
    (19, '提高自主可控水平。'), (21, '推进审管协同。'), (23, '规范项目管理。'), (24, '规范项目管理。'),
    (25, '（二）加大资金保障。'), (28, '开展试点示范。'), (30, '健全数据管理机制。'), (32, '健全数据管理机制。'),
    (33, '深化数据共享应用。'), (34, '深化数据共享应用。'), (40, '加强电子文件和档案管理。'), (41, '推进公共数据开放。'),
    (42, '推进公共数据开放。'), (46, '提高自主可控水平。'), (47, '推进网络整合和IPv6改造。'),
    (48, '提升网络平台支撑能力。开展城域网升级改造'), (49, '统筹视频资源。'), (50, '推进网络整合和IPv6改造。'),
    (52, '加强共性应用支撑。'), (54, '加强电子文件和档案管理。'), (56, '加强共性应用支撑。'), (57, '推进信用和地理信息共享。'),
    (58, '推进信用和地理信息共享。'), (64, '（一）健全组织机构。参照自治区做法'), (66, '加强经济运行监测。'),
    (69, '推进精准监管。'), (70, '推进精准监管。'), (71, '推进精准监管。'), (73, '推进协同和智能监管。'),
    (74, '推进协同和智能监管。'), (77, '提升矛盾纠纷化解能力。'), (79, '提升社会治安防控能力。'),
    (80, '推进“智慧应急”建设。完善'), (83, '提高基层治理能力。'), (84, '推进政务服务“一网通办”。'),
    (86, '做强“我的宁夏”灵武专区。'), (88, '瀹屽杽浼佷笟'), (89, row(25)), (90, '做强“我的宁夏”灵武专区。'),
    (93, '推进适老化和信息无障碍建设。'), (94, '加强生态环境智慧监测。'), (95, '加强生态环境智慧监测。'),
    (96, '推进数字治水和自然资源数字化。'), (97, '推进数字治水和自然资源数字化。'), (98, '推进数字治水和自然资源数字化。'),
    (100, '推动绿色低碳转型。配合'), (101, '推动绿色低碳转型。配合'), (102, '推动绿色低碳转型。配合'),
    (103, '提升辅助决策能力。'), (104, '提升行政执行能力。'), (105, '提升行政执行能力。'), (106, '提高基层治理能力。'),
    (107, '提升行政执行能力。'), (111, '提升机关事务管理水平。'), (112, '完善政务公开平台。'), (114, '构建政务新媒体矩阵。'),
    (115, '畅通政民互动渠道。以12345'), (116, '（一）加强组织领导。坚持党'), (117, '（三）提升数字素养。'), (118, '（三）提升数字素养。'),
    (120, '（三）提升数字素养。'), (121, row(38)), (122, '（四）强化考核评价。'), (123, '（四）强化考核评价。'),
    (124, '（四）强化考核评价。'),
]
covers = [{"task": t, "line": (s if isinstance(s, int) else ln(s))} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 798; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("灵武市 is a county-level city administered by 银川市; no 银川 plan is supplied, so the draft is checked against "
              "宁政发〔2023〕17号 only. Tasks the region dates 2023 (14, 15, 24, 25, 30, 32, 116, 118, 122-124) are taken up in the body "
              "without a local date, so no 2024 date is compared with a 2023 one; task 18 keeps the copied regional form in table row 6. "
              "The body line 69 carries the mojibake run; table row 25 carries the same phrase clean. Table note on line 93 says the "
              "first-listed unit leads."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
