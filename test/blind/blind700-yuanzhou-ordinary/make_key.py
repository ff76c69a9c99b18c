#!/usr/bin/env python3
"""Builds key.json: every line number is looked up from a unique substring of draft.txt."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(anchor, text=None):
    hits = [i + 1 for i, s in enumerate(lines) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits[0])
    return hits[0]

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": L(anchor, text), "text": text, "why": why}
    d.update(kw)
    return d

expect = [
    E("basis-mismatch", "《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发", "宁政办发〔2023〕17号",
      "the regional 实施意见 is 宁政发〔2023〕17号 (a government document); 宁政办发 is the office series, so the 文号 does not belong to the title"),
    E("deadline-later-than-baseline", "11\t开展城域网升级改造", "2025年",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; the body (line 55) and the 2024 goal (line 21) also say 2024, the table row slipped to 2025"),
    E("deadline-invalid", "促进数据开发利用。", "13月",
      "2024年13月底前 is an impossible month (typo for 12月; the table row 10 says 2024年12月底前); task 42 完成时限 2024年"),
    E("unknown-unit", "完善数据管理机制。", "区大数据管理服务局",
      "not in units.txt: 原州区 has no 大数据管理服务局 (copied from the city pattern); the district body is 区数字化发展服务中心"),
    E("garbled-text", "深化数据高效共享。", "鏀垮姟鏁版嵁",
      "UTF-8 read as GBK: 鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 政务数据供需对接机制"),
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务新媒体矩阵 / 多样化政策解读产品 (自治区各部门（单位）及各市、县（区）分别负责, 2024年) is deliberately left out; nothing about 政务新媒体 anywhere"},
]

M = []
def N(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": L(anchor, text) if anchor else 0}
    if text is not None:
        d["text"] = text
    d["why"] = why
    d.update(kw)
    M.append(d)

# basis citations
N("basis-mismatch", "原政办发〔2024〕9号", "原政办发〔2024〕9号", "the notice's own 文号, not a cited basis document")
N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 is an office document with this number, cited the same way by the 吴忠 plan")
N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "固原市人民政府《关于加强数字政府建设的实施方案》", "the city's plan cited by title alone, as city plans often have no 文号")
N("basis-mismatch", "自治区印发《宁夏回族自治区2020年", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 with its correct 文号; it is background, not a basis document")
# past / own dates
N("deadline-invalid", "自治区印发《宁夏回族自治区2020年", "2023年底", "past date in the background (what was achieved), not a deadline")
N("deadline-invalid", "2024年3月18日", "2024年3月18日", "the notice's date of issue")
N("deadline-later-than-baseline", "（三）完善工作机制。", "每年12月15日前", "the office's own reporting dates (季度末月25日前, 每年12月15日前); no regional counterpart")
N("deadline-invalid", "于2024年4月15日前将本单位落实方案", "2024年4月15日前", "the office's own deadline for units to report their plans")
N("deadline-later-than-baseline", "于2024年4月15日前将本单位落实方案", "2025年12月31日", "validity period of the plan, not a task deadline")
# goals
N("deadline-later-than-baseline", "到2024年底，区直部门非涉密", "2024年底", "goal equal to tasks 43 (2024年建成，持续推进), 48 (2024年), 84/86 (2024年); the region's 2023 goals are not restated")
N("deadline-later-than-baseline", "到2025年，全区数字政府建设", "2025年", "equal to the region's goal 到2025年…“34567”体系框架全面成型")
N("deadline-later-than-baseline", "到2035年，与政府治理能力", "2035年", "equal to the region's 2035 goal")
# equal / earlier deadlines in the body
N("deadline-later-than-baseline", "（一）健全组织机构。参照自治区做法", "2024年4月底前", "earlier than task 64 (各地各部门参照自治区做法成立相应组织机构) 2025年; task 60 (充实自治区领导小组成员, 2023年) is the region's own task")
N("deadline-later-than-baseline", "（一）驱动数字经济发展。", "2024年", "task 2 完成时限 2023年启动，2024年取得明显成效: equal; task 3 持续推进，2025年取得明显成效: equal")
N("deadline-later-than-baseline", "推进数字乡村建设。补齐", "2024年底前建成平台，2025年取得明显成效", "task 10 持续推进，2025年取得明显成效: completing milestone equal; task 11 (数字供销) 2025年: equal")
N("deadline-later-than-baseline", "（三）营造良好数字生态。", "2025年", "task 12 (培育数据要素市场) 完成时限 2025年: equal")
N("deadline-later-than-baseline", "创新建设管理机制。", "2024年9月底前", "earlier than task 23 (一本账, 2024年)")
N("deadline-later-than-baseline", "开展试点示范。", "2025年取得明显成效", "task 28 完成时限 2023年启动，2025年取得明显成效: equal")
N("deadline-later-than-baseline", "提升网络支撑能力。", "2025年底前", "视频资源整合: task 49 完成时限 2025年, equal; the 2024年底前 in the same line equals tasks 48/50 (2024年)")
N("deadline-later-than-baseline", "加强共性应用支撑。", "2024年底前", "earlier than task 52 (电子证照社会化场景, 2025年); 电子文件 equals task 54 (2024年)")
N("deadline-later-than-baseline", "依托宁夏经济运行大数据平台，加强重点企业", "2025年", "task 66 完成时限 2025年: equal; the 2024年 in the same line equals task 65 (2024年)")
N("deadline-later-than-baseline", "实施“互联网+基层治理”行动，依托", "2024年底前", "earlier than task 83 (2025年)")
N("deadline-later-than-baseline", "持续推进12345政务服务便民热线", "2025年", "task 87 完成时限 2023年启动，2025年完成: equal")
N("deadline-later-than-baseline", "拓展民生服务。", "2024年10月底前", "earlier than task 93 (适老化与信息无障碍, 2024年); 场馆 equals task 90 (2024年)")
N("deadline-later-than-baseline", "深化“互联网+城乡供水”建设", "2025年底前", "task 96 完成时限 2025年: equal; 一张图/智慧林草 2024年 equal to tasks 97/98 (2024年)")
N("deadline-later-than-baseline", "全面推广使用宁夏协同办公平台", "2025年", "tasks 106/107 完成时限 2025年: equal; 协同办公 2024年 equals tasks 104/105")
N("deadline-later-than-baseline", "（一）加强组织领导。坚持党对", "2023年完成并长期坚持", "task 116 完成时限 copied verbatim: equal")
N("deadline-invalid", "（一）加强组织领导。坚持党对", "2023年完成并长期坚持", "a copied regional deadline (task 116) that lies before the plan's year")
N("deadline-later-than-baseline", "（四）强化考核评价。每年制定", "长期坚持", "task 121 长期坚持: equal; tasks 122-124 (2023年完成/形成机制，长期坚持) are ongoing too, no later milestone is set")
# table rows
N("deadline-later-than-baseline", "1\t参照自治区做法健全区数字政府建设组织机构", "2024年4月底前", "earlier than task 64 (2025年)")
N("deadline-invalid", "6\t落实数字政府建设安全和保密工作", "2023年", "copied regional deadline of task 14 (2023年) that lies before the plan's year")
N("deadline-later-than-baseline", "6\t落实数字政府建设安全和保密工作", "2023年", "task 14 完成时限 2023年, copied: equal")
N("deadline-invalid", "原州区数字政府建设重点任务清单（2024年—2025年）", "2024年—2025年", "the period the task list covers, not a deadline")
N("deadline-later-than-baseline", "10\t推进公共数据、社会数据与政务数据融合应用", "2024年12月底前", "task 42 完成时限 2024年: equal")
N("deadline-later-than-baseline", "12\t推进非涉密业务专网", "2024 年", "task 50 完成时限 2024年: equal, written with a space")
N("deadline-later-than-baseline", "14\t推动电子证照在就医出行", "2024年底前", "earlier than task 52 (2025年)")
N("deadline-later-than-baseline", "30\t推广使用全区统一的填表报数系统", "2025年", "task 106 完成时限 2025年: equal")
N("deadline-invalid", "30\t推广使用全区统一的填表报数系统", "50%", "a percentage, not a date")
N("deadline-invalid", "持续推进12345政务服务便民热线", "12345", "hotline number, not a date")
# units
N("unknown-unit", "各乡（镇）人民政府、街道办事处，区直各部门", "街道办事处", "collective addressee 各乡（镇）人民政府、街道办事处; 各 governs both")
N("unknown-unit", "（二）引领数字社会建设。", "卫生健康局", "prefix 区 distributes: 区卫生健康局, 区人力资源和社会保障局, 区文化旅游广电局, 区民政局 are all in units.txt")
N("unknown-unit", "推进数字乡村建设。补齐", "各乡（镇）", "collective subject")
N("unknown-unit", "创新建设管理机制。", "发展和改革局", "区人民政府办公室、发展和改革局: prefix 区 distributes to 区发展和改革局 (same pattern as 自治区政府办公厅、发展改革委 in task 35)")
N("unknown-unit", "规范项目管理。", "审计局", "区财政局、审计局 = 区审计局, in units.txt")
N("unknown-unit", "强化安全技术防护。", "市公安局原州分局", "a unit in units.txt (vertically managed branch); not split, not a city unit")
N("unknown-unit", "配合完善黄河流域宁夏生态环境数据资源中心", "市生态环境局原州分局", "in units.txt")
N("unknown-unit", "用好政务信创云。", "自治区政府办公厅", "mentioned as the body whose deployment is followed, not as a responsible unit; the note names 区数字化发展服务中心")
N("unknown-unit", "优化涉企服务。", "区审批局", "official short names in units.txt: 区市场监管局, 区审批局, 区发改局")
N("unknown-unit", "拓展民生服务。", "区政府办", "short name of 区人民政府办公室 in units.txt; 区文化旅游广电局、档案馆 distributes to 区档案馆")
N("unknown-unit", "（三）完善工作机制。", "领导小组办公室", "short reference to 区数字政府建设领导小组办公室 (in units.txt), as subject of a sentence")
N("unknown-unit", "16\t依托宁夏经济运行大数据平台", "统计局", "区发展和改革局、工业信息化和商务局、统计局: prefix distributes to 区统计局")
N("unknown-unit", "推进教育和医疗数字化。", "区人民医院", "place where the work happens, not a responsible unit in a note")
N("unknown-unit", "（一）加强组织领导。坚持党对", "各乡（镇）人民政府和街道办事处", "collective subject")
# pillars
N("missing-pillar", None, None, "党的领导 is taken up under 六、保障措施 by content: 组织领导 (line 85), 资金保障 (86), 数字素养 (87), 考核评价 (88)", pillar="党的领导")
N("missing-pillar", None, None, "五个一 folded into 二、健全“一套工作体系” (健全组织机构, line 28), as 吴忠 does", pillar="五个一")
N("missing-pillar", None, None, "六级贯通 taken up in 二、(二)厘清层级职责 (line 29) and 工作原则 3", pillar="六级贯通")
N("missing-pillar", None, None, "数字生态 has its own short item 三、(三) (line 37): 数据要素市场, 网络生态", pillar="数字生态")
# not damage
N("garbled-text", "对接自治区“34567”数字政府体系框架", "“1+3+4+7”", "“1+3+4+7” and “34567” are framework shorthands, not damaged text")

covers_src = [
    (2, "（一）驱动数字经济发展。"), (3, "（一）驱动数字经济发展。"),
    (6, "（二）引领数字社会建设。"), (7, "推进教育和医疗数字化。"), (8, "推进教育和医疗数字化。"),
    (10, "推进数字乡村建设。补齐"), (11, "推进数字乡村建设。补齐"), (12, "（三）营造良好数字生态。"),
    (14, "落实安全管理责任。"), (15, "落实安全管理责任。"), (17, "强化安全技术防护。"), (18, "强化安全技术防护。"),
    (21, "助力政府职能转变。"), (23, "创新建设管理机制。"), (24, "规范项目管理。"), (28, "开展试点示范。"),
    (32, "完善数据管理机制。"), (42, "促进数据开发利用。"), (43, "用好政务信创云。"),
    (48, "提升网络支撑能力。"), (49, "提升网络支撑能力。"), (50, "提升网络支撑能力。"),
    (52, "加强共性应用支撑。"), (54, "加强共性应用支撑。"), (64, "（一）健全组织机构。参照自治区做法"),
    (65, "配合建设宁夏经济治理基础数据库"), (66, "配合建设宁夏经济治理基础数据库"),
    (70, "推进企业信用风险分类管理，实施"), (71, "推进企业信用风险分类管理，实施"),
    (77, "坚持和发展新时代“枫桥经验”"), (79, "推进“雪亮工程”向乡（镇）、村全覆盖，探索"),
    (80, "加快“智慧应急”建设，完善"), (83, "实施“互联网+基层治理”行动，依托"),
    (84, "依托全区一体化政务服务平台"), (86, "依托全区一体化政务服务平台"), (87, "持续推进12345政务服务便民热线"),
    (88, "优化涉企服务。"), (89, "优化涉企服务。"), (90, "拓展民生服务。"), (93, "拓展民生服务。"),
    (94, "配合完善黄河流域宁夏生态环境数据资源中心"), (96, "深化“互联网+城乡供水”建设"), (97, "深化“互联网+城乡供水”建设"),
    (98, "深化“互联网+城乡供水”建设"), (102, "推动绿色低碳转型，推进水"),
    (103, "建立区级大数据辅助决策机制"), (104, "全面推广使用宁夏协同办公平台"), (105, "全面推广使用宁夏协同办公平台"),
    (106, "全面推广使用宁夏协同办公平台"), (107, "全面推广使用宁夏协同办公平台"), (111, "整合机关事务管理信息系统"),
    (112, "进一步完善区政府网站等政务公开信息化平台"), (113, "进一步完善区政府网站等政务公开信息化平台"),
    (115, "以12345政务服务便民热线为枢纽"), (116, "（一）加强组织领导。坚持党对"), (25, "（二）强化资金保障。"),
    (118, "（三）提升数字素养。"), (121, "（四）强化考核评价。每年制定"), (123, "（四）强化考核评价。每年制定"),
    (124, "（四）强化考核评价。每年制定"),
]
covers = [{"task": t, "line": L(a)} for t, a in covers_src]

key = {
    "writer": "blind writer, round 700; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("原州区 (固原市) 2024 实施方案, issued 2024-03-18 by the district government office, checked against ningxia-2023 only (no parent plan). "
              "Framework '1+3+4+7': 一套工作体系 (五个一/六级贯通), 三个驱动, 四大支撑, 七种能力, then 保障措施 (党的领导 by content). "
              "Six planted slips: wrong 文号 of the regional 实施意见 (line 10), table row 11 later than task 48, 13月 in an inline note, "
              "区大数据管理服务局 not in units.txt, a mojibake run, task 114 left out. "
              "Tasks whose regional deadline is 2023 (14-15, 17-18, 24-25, 30-32, 36, 51, 68, 85, 118) are taken up without a new date, "
              "except the copied 2023年 in table row 6 and 2023年完成并长期坚持 (task 116).")
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text'))
