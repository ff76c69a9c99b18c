#!/usr/bin/env python3
# Writes key.json, locating every line by a unique substring of the final draft.txt (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (text, hits[0])
    return hits[0]


def _row(n):
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(str(n) + ',')]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def chk(line, text):
    assert text in LINES[line - 1], (line, text)
    return line


expect = [
    {"rule": "basis-mismatch", "line": chk(ln('（宁政办发〔2023〕17号）'), '宁政办发〔2023〕17号'),
     "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government document, not a 办公厅 one); the cited 文号 does not belong to that title"},
    {"rule": "unknown-unit", "line": chk(_row(6), '区卫生健康委'), "text": "区卫生健康委",
     "why": "not in units.txt: the district body is 区卫生健康局 (区卫健局), as rows 15, 23 and 27 of the same table write it; 卫生健康委 is the city/region form copied down"},
    {"rule": "garbled-text", "line": chk(_row(15), '鏀垮姟鏁版嵁璧勬簮'), "text": "鏀垮姟鏁版嵁璧勬簮",
     "why": "UTF-8 bytes of 政务数据资源 read as GBK (no ? marker); re-encoding as GBK and decoding as UTF-8 recovers it"},
    {"rule": "deadline-later-than-baseline", "line": chk(_row(20), '2025年6月底前'), "text": "2025年6月底前",
     "why": "task 48 (城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024 年; the draft's own body (line 42) and goal (line 16) say 2024年底"},
    {"rule": "deadline-invalid", "line": chk(_row(33), '2024年11月31日前'), "text": "2024年11月31日",
     "why": "November has 30 days: an impossible date. The task itself (task 84, 一体化政务服务体系/网上办掌上办就近办一次办, 完成时限 2024年) is not late"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "deliberately left out: 政务新媒体矩阵体系 (自治区各部门（单位）及各市、县（区）分别负责, 2024年); neither body nor table mentions 政务新媒体, 矩阵 or 政策解读产品"},
]

M = []


def mn(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in LINES[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)


# basis documents
mn("basis-mismatch", ln('（国发〔2022〕14号）'), "correct: 国务院关于加强数字政府建设的指导意见 is 国发〔2022〕14号", "国发〔2022〕14号")
mn("basis-mismatch", ln('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》 is cited with this same 文号 by the 吴忠 parent plan; correct", "宁政办发〔2023〕11号")
mn("basis-mismatch", ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'), "the city plan cited by title alone, as the 吴忠 plan has no 文号 in its text; title is exact", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
mn("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention in the 工作基础 background of the 2020 工作要点 with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
mn("basis-mismatch", ln('利政办发〔2024〕12号'), "the notice's own 文号, not a cited basis document", "利政办发〔2024〕12号")
# dates that are not late / not invalid
mn("deadline-invalid", ln('2024年3月18日'), "issue date of the notice", "2024年3月18日")
mn("deadline-invalid", ln('2023年，我区完成区级政务信息系统普查'), "past date in the 工作基础 background (what was done in 2023), not a deadline", "2023年")
mn("deadline-later-than-baseline", ln('到2024年底，区级政务信息系统全部迁移上云'), "2024 goals: migration to cloud (task 46, 2024年; task 43, 2024年建成), 外网 full coverage (task 48, 2024年), 我的宁夏 应上尽上 (task 86, 2024年): all equal", "2024年底")
mn("deadline-later-than-baseline", ln('到2025年，全区数字政府建设“1347”体系框架全面成型'), "same year as the region's goal (到2025年 ‘34567’体系框架全面成型) and the 吴忠 goal (到2025年 ‘1347’体系框架全面成型)", "到2025年")
mn("deadline-later-than-baseline", ln('到2035年'), "same year as the region's and city's 2035 vision", "到2035年")
mn("deadline-later-than-baseline", ln('2024年底前实现电子政务外网'), "task 48 完成时限 2024 年: equal", "2024年底前")
mn("deadline-later-than-baseline", ln('于每季度最后一个月25日前'), "the office's own reporting dates (quarterly 25日, 2024年12月10日 year-end summary), not task deadlines", "2024年12月10日前")
mn("deadline-later-than-baseline", ln('每年12月底前报送当年进展'), "note on reporting progress of ongoing tasks; the office's own reporting date", "12月底前")
mn("deadline-later-than-baseline", chk(_row(1), '2024年6月底前'), "task 64 (各地各部门参照自治区做法成立相应的组织机构; 各市、县（区）负责) 完成时限 2025年: earlier", "2024年6月底前")
mn("deadline-later-than-baseline", chk(_row(2), '2024年取得明显成效'), "task 2 完成时限 2023年启动，2024年取得明显成效: equal", "2024年取得明显成效")
mn("deadline-later-than-baseline", chk(_row(5), '2024年形成试点经验'), "task 7 完成时限 2023年形成试点经验，2025年取得明显成效: the completing milestone (2025) is equal; the intermediate 试点经验 milestone moved to the plan's own year", "2024年形成试点经验，2025年取得明显成效")
mn("deadline-later-than-baseline", chk(_row(9), '2025年取得明显成效'), "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal", "2025年取得明显成效")
mn("deadline-later-than-baseline", chk(_row(11), '2023年形成机制，长期坚持'), "task 18 完成时限 2023年形成机制, 长期坚持: copied word for word, equal", "2023年形成机制，长期坚持")
mn("deadline-invalid", chk(_row(11), '2023年形成机制，长期坚持'), "a copied regional deadline that lies before the plan's year (task 18); the task is ongoing (长期坚持)", "2023年形成机制，长期坚持")
mn("deadline-later-than-baseline", chk(_row(12), '2024年6月底前'), "task 21 完成时限 2024年: earlier", "2024年6月底前")
mn("deadline-later-than-baseline", chk(_row(18), '2024年12月底前'), "task 41 完成时限 2024年: equal (end of the same year)", "2024年12月底前")
mn("deadline-later-than-baseline", chk(_row(19), '2024年9月底前'), "task 46 完成时限 2024年 (and task 43, 2024年建成): earlier", "2024年9月底前")
mn("deadline-later-than-baseline", chk(_row(21), '2024年底前'), "task 49 (全区统一的视频共享平台) 完成时限 2025年: earlier", "2024年底前")
mn("deadline-later-than-baseline", chk(_row(35), '2025年'), "task 87 (12345 一呼即应) 完成时限 2023年启动，2025年完成: equal", "2025年")
mn("deadline-later-than-baseline", chk(_row(44), '2024年底前'), "task 107 (非涉密视频会议系统资源) 完成时限 2025年: earlier", "2024年底前")
mn("deadline-later-than-baseline", chk(_row(23), '2025年'), "task 52 (个人证照在就医上学、交通出行、酒店入住等社会化高频场景) 完成时限 2025年: equal", "2025年")
# units
mn("unknown-unit", chk(_row(1), '"区委编办,区大数据服务中心"'), "one quoted CSV cell holding two registered units separated by an ASCII comma", "区委编办,区大数据服务中心")
mn("unknown-unit", chk(_row(11), '吴忠市公安局利通区分局'), "registered in units.txt (canonical name of the district police branch), inside a quoted comma cell", "吴忠市公安局利通区分局")
mn("unknown-unit", chk(_row(15), '区卫健局、人社局、应急局'), "prefix 区 distributes: 区卫健局, 区人社局, 区应急局 are registered short names", "区卫健局、人社局、应急局")
mn("unknown-unit", chk(_row(10), '区工业信息化和商务局、财政局'), "prefix distributes: 区财政局 is registered", "区工业信息化和商务局、财政局")
mn("unknown-unit", chk(_row(27), '区农业农村局、卫生健康局'), "prefix distributes: 区卫生健康局 is the registered district name (contrast the slip in row 6)", "区农业农村局、卫生健康局")
mn("unknown-unit", chk(_row(4), '区人力资源和社会保障局、民政局、文化旅游体育广电局'), "prefix distributes: 区民政局, 区文化旅游体育广电局 are registered", "区人力资源和社会保障局、民政局、文化旅游体育广电局")
mn("unknown-unit", chk(_row(20), '各乡镇人民政府、各街道办事处'), "collective subjects", "各乡镇人民政府、各街道办事处")
mn("unknown-unit", chk(_row(32), '各村（社区）'), "collective subject", "各村（社区）")
mn("unknown-unit", chk(_row(33), '各乡镇（街道）'), "collective subject", "各乡镇（街道）")
mn("unknown-unit", chk(_row(14), '区直各部门（单位）'), "collective subject", "区直各部门（单位）")
mn("unknown-unit", chk(_row(18), '区直有关部门'), "collective subject (区直有关部门, like 市直有关部门)", "区直有关部门")
mn("unknown-unit", chk(_row(3), '金积工业园区管委会'), "registered short name of 金积工业园区管理委员会", "金积工业园区管委会")
mn("unknown-unit", chk(_row(2), '区工信商务局'), "registered short name of 区工业信息化和商务局", "区工信商务局")
mn("unknown-unit", chk(_row(25), '区发改局'), "registered short name of 区发展和改革局", "区发改局")
mn("unknown-unit", chk(_row(13), '区审批局'), "registered short name of 区审批服务管理局; 区市场监管局, 区住建局 also registered short names", "区审批局")
mn("unknown-unit", ln('序号,主要任务,重点内容,牵头单位,配合单位,完成时限'), "CSV header row: column names, not units or dates", "牵头单位")
mn("unknown-unit", ln('各乡镇人民政府、街道办事处，区直各部门（单位）'), "主送 line of the notice: collective addressees (各 distributes over 街道办事处)", "街道办事处")
mn("unknown-unit", ln('（区大数据服务中心），2024年12月10日前'), "区推进数字政府建设领导小组办公室 is the office's own coordinating body, listed in units.txt; 区大数据服务中心 registered", "区推进数字政府建设领导小组办公室")
mn("unknown-unit", ln('依托区委党校'), "区委党校 registered in units.txt; named as a training venue", "区委党校")
# text
mn("garbled-text", chk(_row(34), '推广""我的宁夏""政务APP'), "CSV escaping of ASCII quotes (doubled inside a quoted cell), not encoding damage", '""我的宁夏""')
mn("garbled-text", ln('“易办·吴优”政务服务品牌'), "brand name with a middle dot, as in the 吴忠 plan", "易办·吴优")
# pillars
mn("missing-pillar", 0, "五个一/六级贯通 are taken up as 一套体系 (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), lines 19-23 and row 1, as in the 吴忠 plan")
mn("missing-pillar", 0, "政务公开 is covered (line 52, rows 46-47) even though task 114 (政务新媒体) is left out")
mn("missing-pillar", 0, "党的领导 items 组织领导, 财政投入, 数字素养, 考核评价 all present (lines 53-57)")

covers_spec = [
    (64, _row(1)), (2, _row(2)), (3, _row(3)), (6, _row(4)), (7, _row(5)), (8, _row(6)), (9, _row(7)),
    (10, _row(8)), (11, _row(9)), (12, _row(10)), (18, _row(11)), (21, _row(12)), (22, _row(13)),
    (28, _row(14)), (34, _row(15)), (42, _row(16)), (40, _row(17)), (41, _row(18)), (46, _row(19)),
    (48, _row(20)), (49, _row(21)), (50, _row(22)), (52, _row(23)), (56, _row(24)), (57, _row(25)),
    (66, _row(26)), (71, _row(27)), (74, _row(28)), (77, _row(29)), (79, _row(30)), (80, _row(31)),
    (83, _row(32)), (84, _row(33)), (86, _row(34)), (87, _row(35)), (89, _row(36)), (90, _row(37)),
    (93, _row(38)), (95, _row(39)), (96, _row(40)), (103, _row(41)), (104, _row(42)), (105, _row(42)),
    (106, _row(43)), (107, _row(44)), (111, _row(45)), (112, _row(46)), (115, _row(47)), (117, _row(48)),
    (14, ln('强化安全管理责任。')), (15, ln('强化安全管理责任。')),
    (32, ln('健全数据管理机制。')), (36, ln('推进数据共享应用。')), (24, ln('规范项目管理。')),
    (116, ln('（一）加强组织领导。')), (123, ln('（四）强化考核评价。')), (124, ln('（四）强化考核评价。')),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
    "writer": "blind writer, round 694; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("利通区 2024 实施方案 (notice dated 2024-03-18) whose annex task table is pasted as CSV text: "
              "line %d is the header, lines %d-%d the 48 rows (序号,主要任务,重点内容,牵头单位,配合单位,完成时限); "
              "cells holding ASCII commas, full-width commas, 、 or quotes are double-quoted and inner quotes doubled. "
              "The unit cells often hold two units separated by an ASCII comma inside quotes. "
              "units.txt also lists two city units (市大数据管理服务局, 市审批服务管理局) that the draft does not use. "
              "Body line 43 names 电子证照 use in 高频场景 without a date; row 23 is taken as task 52 (2025), not task 85 (2023)."
              ) % (ln('序号,主要任务'), _row(1), _row(48)),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers; lines', len(LINES))
