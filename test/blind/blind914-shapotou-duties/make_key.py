#!/usr/bin/env python3
"""Builds key.json for blind914 from draft.txt, finding every line number by a unique anchor."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (anchor, text)
    return hits[0]


def m(n):
    """line of measure n in 二、重点任务 (after the 基本原则 block)"""
    start = ln('二、重点任务')
    end = ln('三、职责分工')
    hits = [i + 1 for i in range(start, end) if re.match(r'^%d．' % n, LINES[i])]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def mt(n, text):
    k = m(n)
    assert text in LINES[k - 1], (n, text)
    return k


expect = [
    {"rule": "basis-mismatch", "line": ln('根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕17号'),
     "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (the gazette); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2026年，', '2026年'), "text": "2026年",
     "why": "主要目标: the region sets 到2025年 for the same goal (体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效)"},
    {"rule": "deadline-later-than-baseline", "line": mt(23, '2025年12月底前'), "text": "2025年12月底前",
     "why": "measure 23 (城域网升级改造, 外网向乡、村延伸, 区乡村全覆盖, 向企事业单位拓展) is task 48, 完成时限 2024年 (task 47, 外网升级改造, also 2024年)"},
    {"rule": "deadline-invalid", "line": mt(47, '2014年10月底前'), "text": "2014年10月底前",
     "why": "a typo for 2024: a deadline ten years before the plan's own year (2024) and not a regional deadline copied over; the matching regional task 97 (自然资源三维立体一张图) has 完成时限 2024年"},
    {"rule": "unknown-unit", "line": ln('区经信局：'), "text": "区经信局",
     "why": "old name of a body merged in 2019 into 区工业信息化和商务局; not in units.txt (the comment there says the old name is no longer used) nor a regional unit"},
    {"rule": "garbled-text", "line": ln('娣卞寲鏀垮姟鏈嶅姟鏀归潻'), "text": "娣卞寲鏀垮姟",
     "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 深化政务服务改革"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "deliberately left out: 政务新媒体矩阵体系 (自治区各部门（单位）及各市、县（区）分别负责, 2024年); the draft never mentions 政务新媒体, though tasks 112, 113 and 115 of the same 政务公开 group are taken up, so the 政务公开 ability is still covered"},
]

L_PRE = ln('根据《国务院关于加强数字政府建设的指导意见》')
L_BASE = ln('近年来，我区认真落实')
L_OFFICE = ln('区政府办公室：负责全区数字政府建设统筹协调')
L_BIGDATA = ln('区大数据服务中心：负责')
L_DRC = ln('区发展改革局：')
L_JXJ = ln('区经信局：')
L_SOC = ln('区教育体育局、卫生健康局')
L_ZJ = ln('区住房城乡建设和交通局：')
L_NS = ln('区农业农村和水务局：负责')
L_SP = ln('区审批服务管理局：')
L_SCJG = ln('区市场监管局：')
L_ZFW = ln('区委政法委：')
L_SF = ln('区司法局、信访局：')
L_GA = ln('区公安分局：')
L_STHJ = ln('区生态环境分局：')
L_ZRZY = ln('区自然资源分局：')
L_CZ = ln('区财政局：')
L_ZZB = ln('区委组织部、宣传部：')
L_TAX = ln('沙坡头区税务局：')
L_XZ = ln('各乡镇人民政府：负责')
L_QZ = ln('区直各部门（单位）：负责')
L_LEAD = ln('（一）加强组织领导。')
L_REPORT = ln('（五）做好信息报送。')

mustNotFlag = [
    # basis documents
    {"rule": "basis-mismatch", "line": L_PRE, "text": "国发〔2022〕14号",
     "why": "correct title and 文号 of the national guiding opinion"},
    {"rule": "basis-mismatch", "line": L_PRE, "text": "宁政办发〔2023〕11号",
     "why": "《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan as well; a different document from the 实施意见, correctly numbered"},
    {"rule": "basis-mismatch", "line": ln('卫沙政办发〔2024〕15号'), "text": "卫沙政办发〔2024〕15号",
     "why": "the notice's own 文号, not a cited basis document"},
    {"rule": "basis-mismatch", "line": L_BASE, "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention of the 2020 工作要点 in the 工作基础 background, with its correct title and 文号; not cited as the basis of this plan"},
    # dates that are not late / not invalid
    {"rule": "deadline-invalid", "line": L_BASE, "text": "2020年",
     "why": "year inside the title of the 2020 工作要点, mentioned retrospectively; not a deadline"},
    {"rule": "deadline-invalid", "line": L_BASE, "text": "2023年",
     "why": "past date in the 工作基础 background (what was done in 2023), not a deadline"},
    {"rule": "deadline-later-than-baseline", "line": L_BASE, "text": "2023年",
     "why": "background fact (数据管理机构 already set up in 2023, cf. task 32, 2023年); not a deadline"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2024年底，政务服务'), "text": "到2024年底",
     "why": "2024 goals: 迁移上云 = task 43 (2024年建成，持续推进), 宁政通 = task 105 (2024年), 填表报数 = task 106 (2025年); equal or earlier, and none of the region's 到2023年底 goals is restated"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2035年，'), "text": "到2035年",
     "why": "equal to the region's 2035 goal (数字政府全面建成)"},
    {"rule": "deadline-later-than-baseline", "line": mt(1, '2024年12月底前'), "text": "2024年12月底前",
     "why": "task 2 (产业云与政务云互联互通), 完成时限 2023年启动，2024年取得明显成效: equal"},
    {"rule": "deadline-later-than-baseline", "line": mt(3, '持续推进，2025年取得明显成效'), "text": "持续推进，2025年取得明显成效",
     "why": "task 1 (算力枢纽, 西部数谷), 完成时限 持续推进，2025 年取得明显成效: copied, equal"},
    {"rule": "deadline-later-than-baseline", "line": mt(4, '2025年12月底前'), "text": "2025年12月底前",
     "why": "task 6 (公共服务数字化, 各市、县（区）负责), 完成时限 持续推进，2025年取得明显成效: same year"},
    {"rule": "deadline-later-than-baseline", "line": mt(5, '2024年12月底前'), "text": "2024年12月底前",
     "why": "task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效: earlier than the completing milestone"},
    {"rule": "deadline-later-than-baseline", "line": mt(9, '2025年12月底前'), "text": "2025年12月底前",
     "why": "task 12 (数据要素市场), 完成时限 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": mt(11, '2023年形成机制，长期坚持'), "text": "2023年形成机制，长期坚持",
     "why": "copied from task 18 (2023年形成机制，长期坚持); tasks 14 and 15 (主体责任/监督责任, 安全评估与重大事件处置机制) are 2023年: equal"},
    {"rule": "deadline-invalid", "line": mt(11, '2023年形成机制，长期坚持'), "text": "2023年",
     "why": "a regional deadline (task 18: 2023年形成机制，长期坚持) copied into the 2024 plan; it lies before the plan's year but is the region's own milestone, not an impossible date"},
    {"rule": "deadline-later-than-baseline", "line": mt(12, '2024年12月底前'), "text": "2024年12月底前",
     "why": "task 19 (政务信创云/自主可控), 完成时限 2023年启动，2024年建成: equal"},
    {"rule": "deadline-later-than-baseline", "line": mt(14, '2024年12月底前'), "text": "2024年12月底前",
     "why": "task 22 (审管协同), 完成时限 2025年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": mt(16, '2025年12月底前'), "text": "2025年12月底前",
     "why": "task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: equal"},
    {"rule": "deadline-later-than-baseline", "line": mt(17, '2025年6月底前'), "text": "2025年6月底前",
     "why": "task 29 (自治区政务数据平台/一体化政务大数据体系), 完成时限 2023年启动，2025年完成: same year"},
    {"rule": "deadline-later-than-baseline", "line": mt(22, '2024年10月底前'), "text": "2024年10月底前",
     "why": "task 43 (政务信创云), 完成时限 2024 年建成，持续推进: same year; task 46, 2024 年"},
    {"rule": "deadline-later-than-baseline", "line": mt(25, '2025年6月底前'), "text": "2025年6月底前",
     "why": "task 49 (视频一张网), 完成时限 2025 年: same year"},
    {"rule": "deadline-later-than-baseline", "line": mt(26, '2024年12月底前'), "text": "2024年12月底前",
     "why": "task 52 (电子证照, 2025年) earlier; task 53 (电子印章, 2024年) equal"},
    {"rule": "deadline-later-than-baseline", "line": mt(29, '2024年4月底前'), "text": "2024年4月底前",
     "why": "task 64 (各地参照自治区做法成立组织机构, 各市、县（区）负责), 完成时限 2025年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": mt(41, '2024年12月底前'), "text": "2024年12月底前",
     "why": "task 87 (12345热线, 接诉即办), 完成时限 2023年启动，2025年完成: earlier"},
    {"rule": "deadline-later-than-baseline", "line": mt(44, '2025年12月底前'), "text": "2025年12月底前",
     "why": "task 92 (多卡合一、多码合一、多表合一), 完成时限 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": mt(50, '2024年12月底前'), "text": "2024年12月底前",
     "why": "task 106 (填表报数系统), 完成时限 2025年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": L_REPORT, "text": "2025年1月10日前",
     "why": "the office's own reporting date for the 2024 annual summary, not a task deadline"},
    {"rule": "deadline-invalid", "line": L_REPORT, "text": "2025年1月10日前",
     "why": "the office's own reporting date; a valid date"},
    # units
    {"rule": "unknown-unit", "line": 3, "text": "各乡镇人民政府",
     "why": "collective subject (also the duty header at line %d)" % L_XZ},
    {"rule": "unknown-unit", "line": L_QZ, "text": "区直各部门（单位）",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": L_XZ, "text": "各村（社区）",
     "why": "collective subject named in passing"},
    {"rule": "unknown-unit", "line": m(7), "text": "中卫市",
     "why": "the parent city named in a measure (配合中卫市推进…); the measures carry no responsible units, and 中卫市 is a city of the baseline (task 1)"},
    {"rule": "unknown-unit", "line": L_OFFICE, "text": "区政府办公室",
     "why": "short name of 区人民政府办公室 in units.txt"},
    {"rule": "unknown-unit", "line": L_OFFICE, "text": "自治区政府办公厅",
     "why": "regional unit named in passing (做好…工作对接), not the lead of a district task; the paragraph's subject is 区政府办公室"},
    {"rule": "unknown-unit", "line": L_OFFICE, "text": "中卫市人民政府办公室",
     "why": "city office named in passing; listed in units.txt under 上级对口单位"},
    {"rule": "unknown-unit", "line": L_BIGDATA, "text": "宁夏通信管理局",
     "why": "regional unit from the baseline (tasks 5, 16, 82), named in passing (协调…做好网络保障), not as lead"},
    {"rule": "unknown-unit", "line": L_BIGDATA, "text": "区大数据服务中心",
     "why": "in units.txt"},
    {"rule": "unknown-unit", "line": L_DRC, "text": "区发展改革局",
     "why": "official short name of 区发展和改革局 in units.txt"},
    {"rule": "unknown-unit", "line": L_DRC, "text": "中卫市发展改革委",
     "why": "city body named in passing (配合…); in units.txt as short name of 中卫市发展和改革委员会"},
    {"rule": "unknown-unit", "line": L_DRC, "text": "区统计局",
     "why": "in units.txt; named as cooperating unit"},
    {"rule": "unknown-unit", "line": L_JXJ, "text": "区农业农村和水务局",
     "why": "registered name containing 和, named in passing; must not be split (also a duty header at line %d)" % L_NS},
    {"rule": "unknown-unit", "line": L_SOC, "text": "卫生健康局、民政局、人社局、文化旅游体育广电局",
     "why": "the 区 prefix distributes: 区卫生健康局, 区民政局, 区人社局 (short name), 区文化旅游体育广电局, all in units.txt"},
    {"rule": "unknown-unit", "line": L_ZJ, "text": "区住房城乡建设和交通局",
     "why": "registered name containing 和; not two units"},
    {"rule": "unknown-unit", "line": L_SP, "text": "区市场监管局",
     "why": "short name of 区市场监督管理局, named in passing (会同); also the duty header at line %d" % L_SCJG},
    {"rule": "unknown-unit", "line": L_ZFW, "text": "自治区党委政法委",
     "why": "regional unit (lead of task 49) named in passing as the builder of the platform the district relies on; not the lead of a district task"},
    {"rule": "unknown-unit", "line": L_SF, "text": "信访局",
     "why": "prefix distributes: 区信访局, in units.txt"},
    {"rule": "unknown-unit", "line": L_GA, "text": "区公安分局",
     "why": "short name of 中卫市公安局沙坡头区分局 in units.txt"},
    {"rule": "unknown-unit", "line": L_GA, "text": "自治区公安厅",
     "why": "regional unit named in passing (配合…推进), not the lead of a district task"},
    {"rule": "unknown-unit", "line": L_STHJ, "text": "区生态环境分局",
     "why": "short name of 中卫市生态环境局沙坡头区分局 in units.txt"},
    {"rule": "unknown-unit", "line": L_ZRZY, "text": "区自然资源分局",
     "why": "short name of 中卫市自然资源局沙坡头区分局 in units.txt"},
    {"rule": "unknown-unit", "line": L_CZ, "text": "区审计局",
     "why": "in units.txt; named in passing (会同)"},
    {"rule": "unknown-unit", "line": L_ZZB, "text": "宣传部",
     "why": "prefix 区委 distributes: 区委宣传部, in units.txt"},
    {"rule": "unknown-unit", "line": L_TAX, "text": "沙坡头区税务局",
     "why": "short name of 国家税务总局中卫市沙坡头区税务局 in units.txt (a unit outside the district government proper)"},
    {"rule": "unknown-unit", "line": L_LEAD, "text": "区数字政府建设领导小组",
     "why": "the district's leading group, in units.txt"},
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一",
     "why": "taken up by content in （八）健全数字政府工作体系 (measures 29 健全组织机构 and 30 厘清层级职责 / 六级贯通), lines %d-%d" % (m(29), m(30))},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "（三）营造良好数字生态, measures 9-10, lines %d-%d" % (m(9), m(10))},
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导",
     "why": "四、保障措施 carries 组织领导 (一把手工程), 财政投入, 数字素养, 考核评价, lines %d-%d" % (L_LEAD, L_LEAD + 3)},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "measures 53-55 (tasks 112, 113, 115); only task 114 is left out"},
]

covers_spec = [
    (1, 3), (2, 1), (3, 2), (6, 4), (7, 5), (8, 6), (9, 7), (10, 8), (12, 9),
    (14, 11), (15, 11), (18, 11), (19, 12), (21, 13), (22, 14), (23, 15), (28, 16),
    (29, 17), (33, 18), (34, 18), (41, 19), (42, 20), (40, 21), (43, 22), (48, 23),
    (50, 24), (49, 25), (52, 26), (53, 26), (54, 27), (56, 28), (64, 29), (66, 31),
    (70, 32), (71, 33), (73, 34), (77, 35), (79, 36), (80, 37), (83, 38), (84, 39),
    (86, 40), (87, 41), (88, 42), (89, 42), (93, 43), (92, 44), (94, 45), (96, 46),
    (97, 47), (102, 48), (104, 49), (105, 49), (106, 50), (107, 51), (111, 52),
    (112, 53), (113, 54), (115, 55),
]
covers = [{"task": t, "line": m(n)} for t, n in covers_spec]
covers += [
    {"task": 116, "line": L_LEAD},
    {"task": 118, "line": ln('（三）提升数字素养。')},
    {"task": 122, "line": ln('（四）强化考核评价。')},
    {"task": 123, "line": ln('（四）强化考核评价。')},
    {"task": 124, "line": ln('（四）强化考核评价。')},
]

key = {
    "writer": "blind writer, round 914; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": covers,
    "notes": ("沙坡头区 (under 中卫市) 2024 实施方案: 55 dated measures without responsible units, then 三、职责分工 with one "
              "paragraph per department (区X局：负责……，牵头落实第N项任务), several of which name regional or city bodies in "
              "passing (自治区政府办公厅, 宁夏通信管理局, 自治区党委政法委, 自治区公安厅, 中卫市发展改革委). No parent plan "
              "(中卫's plan is not in the seeds); units.txt is the district registry and also lists the few city bodies named. "
              "The 职责分工 intro says the first-listed unit leads. Measure 11 copies the regional deadline of task 18 "
              "(2023年形成机制，长期坚持) on purpose as a near miss. The 保障措施 items carry no dates."),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mustNotFlag), 'mustNotFlag;', len(covers), 'covers')
