#!/usr/bin/env python3
"""Write key.json, finding every line number in the final draft.txt by a unique anchor."""
import json, os

here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def ln(anchor, text=None):
    """1-based line of the unique line containing anchor; text (if given) must be on it too."""
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (anchor, text)
    return hits[0]


def row(n):
    """line of task-table row n (first cell == str(n))."""
    hits = [i + 1 for i, l in enumerate(lines) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(n, text):
    l = row(n)
    assert text in lines[l - 1], (n, text)
    return l


expect = [
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发〔2023〕17号 is a 文号 that does not belong to this title (an inserted 办)"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
     "why": "主要目标: the framework goal '体系框架全面成型' is 到2025年 in the region (“34567”体系框架全面成型) and in the parent 吴忠 plan (“1347”体系框架全面成型); the draft says 到2026年"},
    {"rule": "garbled-text", "line": ln("娣卞寲鏁版嵁"), "text": "娣卞寲鏁版嵁楂樻晥鍏变韩",
     "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 深化数据高效共享 (the sub-item title)"},
    {"rule": "deadline-later-than-baseline", "line": cell(22, "2025年上半年"), "text": "2025年上半年",
     "why": "row 22 (城域网升级改造、市镇村三级全覆盖) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; 2025年上半年 is later (the draft's own 主要目标 on line 18 even says 到2024年底)"},
    {"rule": "deadline-invalid", "line": cell(30, "20224年"), "text": "20224年",
     "why": "impossible year 20224年 (typo for 2024年下半年); the task is regional task 71, 完成时限 2024年"},
    {"rule": "unknown-unit", "line": cell(51, "市网信局"), "text": "市网信局",
     "why": "no such unit in units.txt (青铜峡 has 市委网信办 = 市委网络安全和信息化委员会办公室); colloquial wrong name"},
]

M = []


def mnf(rule, line, text, why):
    e = {"rule": rule, "line": line}
    if text:
        e["text"] = text
    e["why"] = why
    M.append(e)


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
MP = "missing-pillar"

# basis documents
mnf(BM, ln("国发〔2022〕14号"), "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
mnf(BM, ln("宁政办发〔2023〕11号"), "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 is cited with the same 文号 in the 吴忠 plan; a correct 宁政办发 citation next to the wrong one")
mnf(BM, ln("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "吴忠市人民政府《关于加强数字政府建设的实施方案》", "parent city plan cited by its exact title without 文号, as DOMAIN.md allows")
mnf(BM, ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention in 工作基础 (自…印发以来), with the correct title; not cited as a basis")

# past dates in the background (not deadlines)
mnf(DI, ln("2023年，我市成立"), "2023年", "past date in 工作基础 describing work already done; not a deadline")
mnf(DI, ln("巩固2023年安全责任体系"), "2023年", "retrospective (巩固2023年…成果); not a deadline")
mnf(DI, ln("在2023年首轮编目基础上"), "2023年", "retrospective reference to last year's cataloguing; not a deadline")
mnf(DL, ln("需要在2024年集中攻坚"), "2024年", "background sentence about the plan year, not a task deadline")

# 主要目标
mnf(DL, ln("到2024年底，市级政务信息系统"), "2024年底", "local 2024 goals (政务云迁移, 外网三级全覆盖, 网上可办率) match regional tasks 46/47/48 (2024年) and the 2025 goals; not the region's 到2023年底 goals (政策体系、五个一、家底理清), whose content differs")
mnf(DL, ln("到2035年，与政府治理"), "2035年", "equal to the region's and 吴忠's 到2035年 goal")

# frequencies and the office's own reporting dates
mnf(DL, ln("每半年至少组织一次"), "每半年", "a frequency (drills twice a year), not a deadline; regional task 18 is 2023年形成机制，长期坚持")
mnf(DL, ln("2025年1月10日前"), "2025年1月10日", "the office's own reporting date for the 2024 year-end progress report, not a task deadline")
mnf(DI, ln("2024年7月5日前"), "2024年7月5日", "reporting date in the plan year; valid date")

# task table: quarters and halves that end on time
mnf(DL, cell(1, "2024年第二季度"), "2024年第二季度", "regional task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年; Q2 2024 is earlier")
mnf(DL, cell(2, "2024年下半年"), "2024年下半年", "regional task 81 (信息化指挥调度资源整合), 完成时限 2025年; earlier")
mnf(DL, cell(3, "2025年上半年"), "2025年上半年", "regional task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效; first half of 2025 ends within 2025")
mnf(DL, cell(4, "2024年下半年"), "2024年下半年", "regional task 2 (产业云), 完成时限 2023年启动，2024年取得明显成效; the second half of 2024 ends on 2024-12-31, equal")
mnf(DL, cell(5, "持续推进，2025年取得明显成效"), "持续推进，2025年取得明显成效", "regional task 5, 完成时限 持续推进，2025年取得明显成效; copied, equal")
mnf(DL, cell(6, "持续推进，2025年取得明显成效"), "持续推进，2025年取得明显成效", "regional task 6, 完成时限 持续推进，2025年取得明显成效; copied, equal")
mnf(DL, cell(7, "2024年第四季度"), "2024年第四季度", "regional task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效; earlier")
mnf(DL, cell(8, "2025年一季度前"), "2025年一季度前", "regional task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效; Q1 2025 is within 2025")
mnf(DL, cell(9, "2025年底前"), "2025年底前", "regional task 9 (一网统管), 完成时限 持续推进，2025年取得明显成效; equal")
mnf(DL, cell(10, "2024年下半年启动，2025年取得明显成效"), "2024年下半年启动，2025年取得明显成效", "regional task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效; completing milestone equal")
mnf(DL, cell(11, "2024年下半年"), "2024年下半年", "regional task 42 (公共数据与社会数据融合应用), 完成时限 2024年; equal")
mnf(DI, cell(12, "2023年形成机制，长期坚持"), "2023年形成机制，长期坚持", "regional deadline of task 18 (2023年形成机制，长期坚持) copied verbatim; lies before the plan year but is the regional wording, and the mechanism was set up in 2023 (line 15)")
mnf(DL, cell(12, "2023年形成机制，长期坚持"), "2023年形成机制，长期坚持", "equal to tasks 18 (2023年形成机制，长期坚持) and no later than 14/15 (2023年)")
mnf(DL, cell(14, "2025年一季度前"), "2025年一季度前", "regional task 22 (审管协同), 完成时限 2025年; on time")
mnf(DL, cell(15, "2024年上半年"), "2024年上半年", "regional task 23 (数字资源管理系统“一本账”), 完成时限 2024年; earlier")
mnf(DL, cell(16, "2025年底前"), "2025年底前", "regional task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效; equal")
mnf(DL, cell(17, "2024年下半年"), "2024年下半年", "regional task 34 (主题数据库), 完成时限 2024年; equal")
mnf(DL, cell(19, "2024年第四季度"), "2024年第四季度", "regional tasks 40 and 54 (电子公文、电子档案), 完成时限 2024年; Q4 2024 equal")
mnf(DL, cell(20, "2024年第二季度"), "2024年第二季度", "regional task 46 (政务信息系统迁移), 完成时限 2024年, and 43 (2024年建成，持续推进); earlier")
mnf(DL, cell(21, "2024年上半年"), "2024年上半年", "regional task 47 (外网升级、骨干扩容), 完成时限 2024年; earlier")
mnf(DL, cell(26, "2025年一季度前"), "2025年一季度前", "regional task 56 (非税收入收缴电子化), 完成时限 2025年; on time")
mnf(DL, cell(28, "2025年上半年"), "2025年上半年", "regional task 66 (经济运行大数据平台), 完成时限 2025年; earlier")
mnf(DL, cell(38, "2025年上半年"), "2025年上半年", "regional task 87 (12345热线), 完成时限 2023年启动，2025年完成; earlier")
mnf(DL, cell(42, "2024年第四季度"), "2024年第四季度", "regional task 93 (适老化与信息无障碍), 完成时限 2024年; equal")
mnf(DL, cell(48, "2024年下半年"), "2024年下半年", "regional task 108 (公共资源交易), 完成时限 长期推进，2024年取得明显成效; equal")
mnf(DL, cell(49, "2025年一季度前"), "2025年一季度前", "regional task 111 (机关事务管理), 完成时限 2025年; on time")
mnf(DL, cell(53, "长期坚持"), "长期坚持", "regional task 121, 完成时限 长期坚持 (task 122: 2023年完成，长期坚持); ongoing, equal")

# units
mnf(UU, ln("各镇人民政府、裕民街道办事处"), "各镇人民政府", "collective addressee in the salutation (every 镇 of the city)")
mnf(UU, cell(1, "各镇（街道）"), "各镇（街道）", "collective subject; 青铜峡 has only 镇 and one 街道, so 各镇（街道） is its form of 各乡镇（街道）")
mnf(UU, cell(6, "市直有关部门"), "市直有关部门", "collective subject")
mnf(UU, cell(11, "市发改局"), "市发改局", "registered short name of 市发展和改革局")
mnf(UU, cell(17, "市人社局"), "市人社局", "registered short name of 市人力资源和社会保障局")
mnf(UU, cell(28, "市发展和改革局、统计局"), "统计局", "the prefix 市 distributes: 市发展和改革局、统计局 = 市发展和改革局, 市统计局")
mnf(UU, cell(27, "市税务局"), "市税务局", "registered short name of 国家税务总局青铜峡市税务局")
mnf(UU, cell(31, "市生态环境分局"), "市生态环境分局", "registered short name of 吴忠市生态环境局青铜峡分局")
mnf(UU, cell(43, "吴忠市生态环境局青铜峡分局"), "吴忠市生态环境局青铜峡分局", "registered name of the local branch; not to be split, and not a city body leading a county task")
mnf(UU, cell(34, "市消防救援大队"), "市消防救援大队", "registered short name of 青铜峡市消防救援大队")
mnf(UU, cell(35, "各村（社区）"), "各村（社区）", "collective subject")
mnf(UU, cell(40, "市工信商务局"), "市工信商务局", "registered short name of 市工业信息化和商务局")
mnf(UU, cell(42, "市直各部门（单位）"), "市直各部门（单位）", "collective subject named first (lead) of a task every department carries out")
mnf(UU, cell(10, "叶盛镇人民政府"), "叶盛镇人民政府", "a 镇 government listed in units.txt")
mnf(UU, ln("由市委网络安全和信息化委员会办公室牵头"), "市委网络安全和信息化委员会办公室", "full name, registered alias of 市委网信办")
mnf(UU, ln("报送市推进数字政府建设领导小组办公室"), "市推进数字政府建设领导小组办公室", "listed in units.txt; recipient of reports")

# pillars covered by content under the local 1347 headings
mnf(MP, ln("（二）厘清层级职责"), None, "六级贯通: 市、镇、村 层级职责 under the local “一套体系” (as in the 吴忠 plan)")
mnf(MP, ln("（一）健全组织机构。调整充实"), None, "五个一 (组织机构): folded into the local “一套体系”, as DOMAIN.md describes for 吴忠")
mnf(MP, ln("（三）营造良好数字生态"), None, "数字生态: 数据要素市场 and 网络生态 on lines 35-36")
mnf(MP, ln("（二）加大财政投入"), None, "财政投入 pillar of 党的领导")
mnf(MP, ln("（三）提升数字素养"), None, "数字素养 pillar of 党的领导")

covers = []


def cov(task, line):
    covers.append({"task": task, "line": line})


cov(64, row(1)); cov(81, row(2)); cov(3, row(3)); cov(2, row(4)); cov(5, row(5)); cov(6, row(6))
cov(7, row(7)); cov(8, row(8)); cov(9, row(9)); cov(10, row(10)); cov(11, ln("数字供销"))
cov(42, row(11)); cov(18, row(12)); cov(14, ln("强化安全管理责任。巩固"))
cov(21, row(13)); cov(22, row(14)); cov(23, row(15)); cov(24, ln("创新项目管理机制")); cov(28, row(16))
cov(34, row(17)); cov(41, row(18)); cov(40, row(19)); cov(54, ln("加强电子公文和电子档案管理"))
cov(46, row(20)); cov(43, ln("强化政务云支撑能力")); cov(47, row(21)); cov(48, row(22)); cov(50, row(23))
cov(49, row(24)); cov(52, row(25)); cov(56, row(26)); cov(57, row(27)); cov(66, row(28)); cov(70, row(29))
cov(71, row(30)); cov(74, row(31)); cov(77, row(32)); cov(79, row(33)); cov(80, row(34)); cov(83, row(35))
cov(84, row(36)); cov(86, row(37)); cov(87, row(38)); cov(88, row(39)); cov(89, row(40)); cov(90, row(41))
cov(93, row(42)); cov(95, row(43)); cov(96, row(44)); cov(104, row(45)); cov(105, row(45)); cov(106, row(46))
cov(107, row(47)); cov(108, row(48)); cov(111, row(49)); cov(112, row(50)); cov(114, row(51)); cov(115, row(52))
cov(121, row(53)); cov(116, ln("（一）加强组织领导")); cov(25, ln("（二）加大财政投入"))
cov(118, ln("（三）提升数字素养")); cov(124, ln("（四）强化考核评价")); cov(102, ln("推动绿色低碳转型，推进水、气、土、废"))

key = {
    "writer": "blind writer, round 905; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": (
        "青铜峡市 2024 实施方案 (issued 2024-04-08) under the 吴忠 “1347” framework, with a task table (附件, lines "
        f"{row(1) - 1}-{row(53)}; header on line {row(1) - 1}; the note on line {row(1) - 2} says the first-listed unit leads) whose deadlines "
        "are quarters and halves of the year. A quarter or half ends on its last day: 2024年下半年 and 2024年第四季度 end "
        "2024-12-31 (equal to a regional 2024年), 2025年一季度前 / 2025年上半年 end inside 2025. The one late row (line "
        f"{row(22)}) uses 2025年上半年 for a 2024 task, so the planted lateness does not depend on how 一季度前 is read. "
        f"Row 30 (line {row(30)}) has the impossible year 20224年; a checker that also reports it as later than 2024 "
        "is reading a typo as a year, and that second report is not in expect. Tasks whose regional deadline is 2023 "
        f"are either left to the background (lines 15, 39, 46), carried without a date, or (row 12, line {row(12)}) carry the "
        "regional wording 2023年形成机制，长期坚持 copied. draft.txt is built "
        "from draft.src by build.py; make_key.py writes this key with line numbers checked against draft.txt."
    ),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
for e in expect:
    print(e['rule'], e['line'], e.get('text'))
