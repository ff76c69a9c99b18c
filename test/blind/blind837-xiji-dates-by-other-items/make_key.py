#!/usr/bin/env python3
"""Builds key.json for this case: every line number is looked up in draft.txt by a unique substring."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(sub, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits)
    return hits[0]

def row(n):
    """line of task-table row n (tab-separated, first cell the number)"""
    hits = [i + 1 for i, l in enumerate(lines) if '\t' in l and l.split('\t')[0] == str(n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def cell(n, k):
    return lines[row(n) - 1].split('\t')[k]

expect = [
    {"rule": "deadline-later-than-baseline", "line": row(11), "text": "第4项完成后3个月内",
     "why": "row 11 (宁政通 extended to 乡镇、村, 三级党政机关移动办公全覆盖) takes up regional task 105 (宁政通 总门户, 覆盖区市县乡村五级, 完成时限 2024年); its date is given by row 4, which is due 2024年12月底前, so 3 months later is 2025年3月底, later than 2024"},
    {"rule": "deadline-invalid", "line": row(18), "text": "13月",
     "why": "2024年13月底前 is an impossible month (typo for 12月); the row takes up regional task 77 (矛盾纠纷多元化解信息系统, 完成时限 2024年)"},
    {"rule": "unknown-unit", "line": row(17), "text": "县经济和信息化局",
     "why": "not in units.txt (a pre-reform name; the registry has 县工业信息化和商务局), and it is the lead because the note says the first-listed unit leads"},
    {"rule": "basis-mismatch", "line": L('（宁政办发〔2023〕17号）'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document, not a 政府办公厅 宁政办发 one)"},
    {"rule": "garbled-text", "line": L('鎺ㄥ箍搴旂敤'), "text": "鎺ㄥ箍搴旂敤",
     "why": "UTF-8 read as GBK: 推广应用全区统一协同办公平台 (re-encode as GBK, decode as UTF-8)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "the draft takes up 数字经济 and 数字社会 but nothing of 数字生态 (数据要素市场, 数据交易, 政策环境, 网络生态); even the 指导思想 drops 打造良好数字生态"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in lines[line - 1], (text, line)
        e["text"] = text
    e["why"] = why
    M.append(e)

# ---- basis documents
m("basis-mismatch", L('西政办发〔2024〕12号'), "the document's own 文号, not a basis citation", "西政办发〔2024〕12号")
m("basis-mismatch", L('（国发〔2022〕14号）'), "correct: 国务院关于加强数字政府建设的指导意见 is 国发〔2022〕14号", "国发〔2022〕14号")
m("basis-mismatch", L('（宁政办发〔2023〕11号）'), "correct 文号 of 数字宁夏“1244+N”行动计划实施方案 (as cited in the 吴忠 plan); a 宁政办发 number next to the wrong one is right here", "宁政办发〔2023〕11号")
m("basis-mismatch", L('固原市《关于加强数字政府建设的实施方案》'), "the city plan cited by title alone, as city plans often have no 文号; no parent plan is configured, so nothing to contradict", "固原市《关于加强数字政府建设的实施方案》")
m("basis-mismatch", L('（宁政办发〔2020〕14号）'), "retrospective mention of the 2020 工作要点 in 工作基础 (its correct 文号), not a basis of this plan", "宁政办发〔2020〕14号")
# ---- dates in background / own dates
m("deadline-invalid", L('2023年，按照自治区统一部署'), "past date in the 工作基础 background (work already done), not a deadline", "2023年")
m("deadline-invalid", L('2024年3月18日'), "issue date of the notice", "2024年3月18日")
m("deadline-invalid", L('每季度末月25日前'), "the office's own reporting dates, not task deadlines", "2024年12月10日前")
m("deadline-later-than-baseline", L('每季度末月25日前'), "the office's own reporting dates, not task deadlines")
# ---- goals
m("deadline-later-than-baseline", L('到2024年底，县、乡、村三级'), "2024 goals are tasks 48 (外网 5级全覆盖, 2024年), 46 (系统迁移, 2024年), 84 (一体化政务服务, 2024年), 105 (宁政通, 2024年): equal", "到2024年底")
m("deadline-later-than-baseline", L('到2025年，全县数字政府建设体系全面成型'), "equal to the regional goal 到2025年 …体系框架全面成型", "到2025年")
m("deadline-later-than-baseline", L('到2035年，与政府治理能力现代化'), "equal to the regional 到2035年 goal", "到2035年")
# ---- body-text deadlines
m("deadline-later-than-baseline", L('2024年底前实现县、乡、村三级全覆盖'), "task 48 (城域网, 5级全覆盖) and 47, 50 are due 2024年: equal", "2024年底前")
m("deadline-later-than-baseline", L('2024年底前实现县级教育收费'), "task 56 (非税收入收缴电子化) is due 2025年: earlier", "2024年底前")
m("deadline-later-than-baseline", L('2025年6月底前完成县级热线'), "task 87 (12345 一呼即应, 座席人员系统流程融合) is 2023年启动，2025年完成: earlier than the completing milestone", "2025年6月底前")
m("deadline-later-than-baseline", L('力争2025年上半年基层填表报数'), "task 106 (填表报数系统, 压减50%以上) is due 2025年: equal year", "2025年上半年")
# ---- task-table deadlines, absolute
absrows = {
    1: "task 64 (各地参照自治区成立组织机构, 各市县负责) is due 2025年: earlier",
    2: "task 23 (全区一体化数字资源管理系统, 数字政府资源“一本账”) is due 2024年: earlier. Not task 30 (政务数据资源底数, 2023年): the row is about projects and applications, and the 数据 家底 was done in 2023 (工作基础)",
    4: "task 48 (城域网升级改造, 区市县乡村5级全覆盖) and task 47 are due 2024年: equal",
    5: "task 49 (全区统一视频共享平台) is due 2025年: earlier",
    7: "task 84 (一体化政务服务体系, 网上办掌上办) is due 2024年: earlier",
    10: "task 104 (统一协同办公平台) is due 2024年: earlier",
    14: "tasks 112 (政务公开信息化平台) and 113 (政策文件库 一库通查) are due 2024年: earlier",
    16: "task 66 (宁夏经济运行大数据平台, 经济监测预警) is due 2025年: earlier",
    17: "task 3 (智慧园区) is 持续推进，2025年取得明显成效: equal",
    19: "task 80 (智慧应急, 公共安全领域应用) is due 2024年: equal",
    21: "task 96 (互联网+城乡供水, 数字治水) is due 2025年: equal",
    22: "task 98 (智慧林草 云平台) is due 2024年: earlier",
    24: "task 7 (国家智慧教育平台整省试点) is 2023年形成试点经验，2025年取得明显成效: earlier than the completing milestone",
    27: "task 121 (每年度制定工作要点和考核指标体系, 常态化考核) is 长期坚持; 每年3月底前 is a recurring office date",
}
for n, why in absrows.items():
    m("deadline-later-than-baseline", row(n), why, cell(n, 3))
# ---- task-table deadlines given by another row (the round's feature)
relrows = {
    3: "第2项 is 2024年6月底前, so 3 months later is 2024年9月底; task 46 (政务信息系统有序迁移) and 43 are due 2024年: earlier",
    6: "与第4项同步 = 2024年12月底前; task 79 (雪亮工程) is due 2024年: equal",
    8: "同第7项 = 2024年11月底前; task 86 (我的宁夏 应上尽上) is due 2024年: earlier",
    9: "同第8项 → 同第7项 = 2024年11月底前 (a chain of references); task 93 (适老化与信息无障碍) is due 2024年: earlier",
    12: "第10项 is 2024年9月底前, so 6 months later is 2025年3月底; task 106 (填表报数系统) is due 2025年: earlier",
    13: "与第5项同步 = 2025年6月底前; task 107 (视频会议平台) is due 2025年: earlier",
    15: "同第14项 = 2024年9月底前; task 114 (政务新媒体矩阵) is due 2024年: earlier",
    20: "第4项 is 2024年12月底前, so 6 months later is 2025年6月底; task 83 (互联网+基层治理, 新型基层管理服务平台) is due 2025年: earlier",
    23: "同第21项 = 2025年底前; task 10 (数字乡村) is 持续推进，2025年取得明显成效: equal",
    25: "与第24项同步 = 2025年8月底前; task 8 (互联网+医疗健康) is 持续推进，2025年取得明显成效: earlier",
    26: "与第10项同步 = 2024年9月底前; task 54 (电子文件归档, 电子档案) and 40 are due 2024年: earlier",
}
for n, why in relrows.items():
    m("deadline-later-than-baseline", row(n), why, cell(n, 3))
    m("deadline-invalid", row(n), "a deadline given by another row of the same table (explained in the 说明 line), not an impossible date", cell(n, 3))
m("deadline-later-than-baseline", row(18), "2024年13月 is an invalid date (see expect); its year equals task 77's 2024年, so it is not late", "2024年13月底前")
# ---- units
m("unknown-unit", row(1), "alias of 县人民政府办公室 in units.txt", "县政府办")
m("unknown-unit", row(1), "collective subject", "各乡镇人民政府")
m("unknown-unit", row(1), "collective subject", "县直各部门（单位）")
m("unknown-unit", row(3), "collective subject", "县直有关部门")
m("unknown-unit", row(4), "communications operator listed in units.txt", "中国电信西吉分公司")
m("unknown-unit", row(5), "prefix 县 distributes over the list: 县交通运输局, 县应急管理局, 县水务局 are in units.txt", "交通运输局、应急管理局、水务局")
m("unknown-unit", row(8), "alias of 县审批服务管理局", "县审批局")
m("unknown-unit", row(16), "alias of 县发展和改革局; prefix 县 distributes to 统计局 (县统计局)", "县发改局、统计局")
m("unknown-unit", row(17), "a vertically managed unit listed in units.txt under this full name; must not be split at 固原市", "固原市生态环境局西吉分局")
m("unknown-unit", row(18), "prefix 县 distributes: 县司法局, 县信访局", "司法局、信访局")
m("unknown-unit", row(19), "alias of 县林业和草原局", "县林草局")
m("unknown-unit", row(19), "listed in units.txt", "西吉县消防救援大队")
m("unknown-unit", row(23), "alias of 县供销合作社联合社", "县供销社")
m("unknown-unit", row(24), "alias of 县教育体育局", "县教体局")
m("unknown-unit", row(25), "aliases of 县卫生健康局 and 县医疗保障局", "县卫健局，县医保局")
m("unknown-unit", L('3.完善数字经济治理。'), "自治区有关部门 is a collective named as the body the county cooperates with, not a unit leading a local task", "自治区有关部门")
m("unknown-unit", L('宁夏干部教育培训网络学院'), "a training platform named in body text, not a responsible unit", "宁夏干部教育培训网络学院")
m("deadline-invalid", L('说明：责任单位中排在第一位'), "the table's note explaining 第×项 references; no date in it", "第×项")
m("deadline-later-than-baseline", row(1), "not task 60 (充实自治区领导小组, 2023年, a regional task): the county row takes up task 64")
# ---- encoding look-alikes
m("garbled-text", L('城域网升级改造和IPv6改造'), "IPv6 is a normal Latin term, not damage", "IPv6")
m("garbled-text", L('（宁政办发〔2023〕11号）'), "“1244+N” is the plan's real name", "1244+N")
m("garbled-text", L('健全“网格上报+网上分流+部门响应”机制'), "“网格上报+网上分流+部门响应” and “互联网+基层治理” are normal", "网格上报+网上分流+部门响应")
# ---- pillars present in another shape
m("missing-pillar", L('（一）健全工作体系，推动“六级贯通”在县域落地'), "五个一/六级贯通 is taken up for a county as 健全组织机构、厘清层级职责、完善工作机制 (a county has no 五个一 of its own)")
m("missing-pillar", L('三、保障措施'), "党的领导 pillars (组织领导, 财政投入, 数字素养, 考核评价) are taken up under 保障措施 by content, though the heading is not 加强党的领导")
m("missing-pillar", L('（四）筑牢安全保障体系'), "安全保障 is present (heading differs from 加快构建全方位安全保障体系)")

covers = []
def c(task, line):
    covers.append({"task": task, "line": line})
c(64, L('1.健全组织机构。参照自治区做法')); c(64, row(1))
c(2, L('1.推进特色产业数字化。'))
c(3, L('2.推进“智慧园区”建设。')); c(3, row(17))
c(5, L('3.完善数字经济治理。'))
c(6, L('1.推进公共服务数字化。'))
c(7, L('2.推进智慧教育。')); c(7, row(24))
c(8, L('3.深化“互联网+医疗健康”。')); c(8, row(25))
c(9, L('4.推进智慧县城建设。'))
c(10, L('5.推进数字乡村建设。')); c(10, row(23))
c(11, L('6.推进“数字供销”建设。'))
c(14, L('1.强化安全管理责任。')); c(15, L('1.强化安全管理责任。'))
c(17, L('2.落实安全制度要求。'))
c(18, L('3.提升安全防护能力。'))
c(21, L('1.推进权力事项网上运行。'))
c(23, L('2.创新建设管理机制。')); c(23, row(2))
c(24, L('2.创新建设管理机制。'))
c(28, L('4.开展试点示范。'))
c(32, L('1.完善数据管理机制。'))
c(36, L('2.推进数据归集共享。'))
c(40, L('3.加强电子公文管理。'))
c(41, L('4.有序开放公共数据。'))
c(46, L('1.用好政务云。')); c(46, row(3))
c(48, L('2.提升网络支撑能力。')); c(48, row(4))
c(50, L('2.提升网络支撑能力。'))
c(49, L('3.整合视频资源。')); c(49, row(5))
c(56, L('5.推进非税收入收缴电子化。'))
c(57, L('6.推进信用体系建设。'))
c(54, L('7.深化电子档案和地理信息应用。')); c(54, row(26))
c(66, L('1.提升经济调节能力。')); c(66, row(16))
c(68, L('2.提升市场监管能力。'))
c(71, L('2.提升市场监管能力。'))
c(77, L('提升社会矛盾化解能力。')); c(77, row(18))
c(79, L('提升社会治安防控能力。')); c(79, row(6))
c(80, L('提升公共安全保障能力。')); c(80, row(19))
c(83, L('提高基层社会治理能力。')); c(83, row(20))
c(84, L('打造泛在可及的服务体系。')); c(84, row(7))
c(85, L('提升智慧便捷的服务能力。'))
c(86, L('提升智慧便捷的服务能力。')); c(86, row(8))
c(87, L('优化政务热线服务。'))
c(88, L('提供优质便利的涉企服务。'))
c(90, L('拓展公平普惠的民生服务。'))
c(93, L('拓展公平普惠的民生服务。')); c(93, row(9))
c(94, L('提升生态环保协同治理能力。'))
c(96, L('提高自然资源利用效率。')); c(96, row(21))
c(98, L('提高自然资源利用效率。')); c(98, row(22))
c(100, L('推动绿色低碳转型。')); c(102, L('推动绿色低碳转型。'))
c(103, L('提升辅助决策能力。'))
c(104, row(10))
c(105, L('提升行政执行能力。')); c(105, row(11))
c(106, L('推进基层减负。')); c(106, row(12))
c(107, L('提升行政监督和机关事务管理水平。')); c(107, row(13))
c(108, L('提升行政监督和机关事务管理水平。'))
c(111, L('提升行政监督和机关事务管理水平。'))
c(112, L('提升政府信息公开水平。')); c(113, row(14))
c(114, L('发挥政务新媒体传播优势。')); c(114, row(15))
c(115, L('畅通政民互动渠道。'))
c(116, L('（一）加强组织领导。'))
c(25, L('（二）加大资金保障。'))
c(118, L('（三）提升数字素养。'))
c(121, L('（四）强化考核评价。')); c(121, row(27))
c(123, L('（四）强化考核评价。'))
c(124, L('（四）强化考核评价。'))

key = {
    "writer": "blind writer, round 837; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("西吉县 (固原市) 2024 plan, no parent plan configured. The task table's 完成时限 column often gives a date by another row "
              "(与第N项同步完成 / 同第N项 / 第N项完成后K个月内); the 说明 line says 第×项 means this table's own row numbers. "
              "Resolved dates: row3 2024-09, row6 2024-12, row8 2024-11, row9 2024-11 (via row8→row7), row11 2025-03 (LATE, task 105 due 2024), "
              "row12 2025-03, row13 2025-06, row15 2024-09, row20 2025-06, row23 2025-12, row25 2025-08, row26 2024-09. "
              "The 说明 line also says the first-listed unit is the lead. 数字生态 is deliberately missing, so regional tasks 12 and 13 "
              "(mainly regional, 各市县配合) are not taken up; no task-uncovered is expected for them."),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(lines), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers;', len({x['task'] for x in covers}), 'distinct tasks')
