#!/usr/bin/env python3
# Builds key.json from draft.txt, locating every entry by a unique anchor string
# so that line numbers (1-based) are checked against the final draft.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits[0])
    return hits[0]

def row(n):
    """line of task-list row with 序号 n"""
    hits = [i + 1 for i, l in enumerate(lines) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2026年'), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 the “34567” 体系框架全面成型; the district puts the same goal in 2026"},
    {"rule": "garbled-text", "line": ln('鎺ㄥ姩鏁版嵁'), "text": "鎺ㄥ姩鏁版嵁鎸夐渶鍥炴祦",
     "why": "UTF-8 bytes of 推动数据按需回流 read as GBK (mojibake run inside the 深化数据高效共享 paragraph)"},
    {"rule": "deadline-invalid", "line": row(9), "text": "2022年底前",
     "why": "a deadline before the plan's own year (issued 2024-03-18, task list 2024—2025); a slip for 2025年底前. Regional task 59 (平台评估定级、融合归并) is due 2025年"},
    {"rule": "deadline-later-than-baseline", "line": row(19), "text": "2025年底前",
     "why": "regional task 105 (持续打造“宁政通”移动办公“总门户”…覆盖区市县乡村五级) 完成时限 2024年; the district sets 2025年底前"},
    {"rule": "unknown-unit", "line": row(23), "text": "区网信局",
     "why": "no such unit in units.txt (or the baseline); the district's cyberspace office is 区委网信办 (used correctly on the security line)"},
]

M = []
def m(rule, anchor, why, text=None, line=None):
    e = {"rule": rule, "line": line if line is not None else ln(anchor, text)}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

m("basis-mismatch", '银川市金凤区人民政府关于印发', "the draft's own title in the notice header, not a basis document", text="《银川市金凤区数字政府建设实施方案》")
m("basis-mismatch", '银金政发〔2024〕9号', "the plan's own 文号, not a cited basis document", text="银金政发〔2024〕9号")
m("unknown-unit", '各镇人民政府、街道办事处，区直各部门', "collective addressees (各镇人民政府、街道办事处，区直各部门（单位）)", text="区直各部门（单位）")
m("deadline-invalid", '2024年3月18日', "the issuing date itself, not a deadline", text="2024年3月18日")
m("basis-mismatch", '国发〔2022〕14号', "correct title and 文号 of the national guiding opinion", text="国发〔2022〕14号")
m("basis-mismatch", '宁政办发〔2023〕11号', "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so by the 吴忠 plan; a real regional document", text="宁政办发〔2023〕11号")
m("basis-mismatch", '宁政办发〔2020〕14号', "retrospective mention of the 2020 工作要点 in the background section (自…实施以来), not cited as the plan's basis; title and 文号 match", text="宁政办发〔2020〕14号")
m("deadline-invalid", '2020年底前完成区直部门', "past date in the background (what was done), not a deadline of this plan", text="2020年底前")
m("deadline-invalid", '2021年上线', "past date in the background", text="2021年")
m("unknown-unit", '2023年，区大数据服务中心（BDC）通过', "区大数据服务中心 is in units.txt; （BDC） is its English short name in brackets", text="区大数据服务中心（BDC）")
m("deadline-later-than-baseline", 'V2024.1', "V2024.1 is a software version number, not a date (would read as 2024年1月)", text="V2024.1")
m("garbled-text", 'ISO 27001', "Latin abbreviations and standard numbers (ISO 27001, API, BDC, V2024.1) are not mojibake", text="ISO 27001")
m("deadline-invalid", '城市服务平台1.0版', "2023年 in the background is a past achievement (ISO certification), not a deadline", text="2023年")
m("deadline-invalid", '“i金凤”2.0版上线运行，区、镇', "2.0版 is a version number, not a year or date", text="2.0版")
m("deadline-later-than-baseline", '到2024年底，“i金凤”', "2024年底 goal (外网 IPv6 改造完成) equals regional tasks 47/48 (2024年); it is not the region's 2023年底 goal (基础设施布设全面启动)", text="2024年底")
m("garbled-text", '政务云服务可用性不低于99.9%', "“i金凤” (Latin letter + Chinese system name), IPv6 and 99.9% are not damaged text", text="i金凤")
m("deadline-later-than-baseline", '到2035年', "2035 goal equals the region's 到2035年 goal", text="2035年")
m("unknown-unit", '一个中心（区大数据服务中心（BDC））', "registered unit with its English short name inside a bracketed aside", text="区大数据服务中心（BDC）")
m("unknown-unit", '依托阅海湾中央商务区、金凤工业集中区', "阅海湾中央商务区 and 金凤工业集中区 are places (parks) where the task is done, not responsible units", text="阅海湾中央商务区")
m("garbled-text", '建筑信息模型（BIM）', "CIM and BIM are standard abbreviations given with their Chinese names", text="BIM")
m("unknown-unit", '良田镇、丰登镇补齐', "良田镇、丰登镇 are aliases of the two town governments in units.txt; used as places here", text="良田镇")
m("deadline-invalid", 'GB/T 22239-2019', "等保2.0 and GB/T 22239-2019 are a standard's version and number, not dates (2019 would be before the plan's year)", text="GB/T 22239-2019")
m("unknown-unit", '区委网信办牵头，每年至少', "区委网信办 is the registered official short name", text="区委网信办")
m("deadline-later-than-baseline", '2024年9月底前完成政务云管平台V3.2升级', "regional task 46 (政务云资源统一调度、信息系统有序迁移) and 43/44 are due 2024年; 2024年9月 is within that year. V3.2 is a version", text="2024年9月底前")
m("garbled-text", '村（社区）接入带宽不低于100Mbps，全面完成', "100Mbps, IPv6, 5G are technical terms, not mojibake", text="100Mbps")
m("deadline-later-than-baseline", '2024年6月底前明确数字政府工作机构', "regional task 64 (各地参照自治区做法成立相应组织机构) is due 2025年; 2024年6月 is earlier", text="2024年6月底前")
m("unknown-unit", '领导小组办公室设在区大数据服务中心', "区数字政府建设领导小组 / its office and 区大数据服务中心（BDC） are registered", text="区大数据服务中心（BDC）")
m("garbled-text", 'OCR识别和AI预审', "OCR, AI, APP, 12345 are not damaged text; 12345 is the hotline number, not a year", text="OCR")
m("garbled-text", '优化“宁政通”V2移动办公区级专区，加快', "“宁政通”V2 is a system name with its version; 50% is a figure", text="V2")
m("unknown-unit", '区委、区政府统一领导', "区委 and 区政府 are registered aliases; 区直各部门（单位）、各镇（街道） are collectives", text="各镇（街道）")
m("deadline-invalid", '2024年12月20日前报送年度工作总结', "the office's own reporting date, not a task deadline", text="2024年12月20日前")
m("deadline-invalid", '附件：银川市金凤区', "year range in the attachment title", text="2024年—2025年")
# task-list rows
m("deadline-later-than-baseline", None, "regional task 3 完成时限 持续推进，2025年取得明显成效; equal", text="持续推进，2025年取得明显成效", line=row(1))
m("deadline-later-than-baseline", None, "regional task 6 完成时限 持续推进，2025年取得明显成效; equal", line=row(2))
m("deadline-later-than-baseline", None, "regional task 9 完成时限 持续推进，2025年取得明显成效; 2025年 equal", text="2025年", line=row(3))
m("unknown-unit", None, "区大数据服务中心（BDC） in a 责任单位 cell: registered unit plus English short name; 区综合执法局 is registered", text="区大数据服务中心（BDC）", line=row(3))
m("deadline-later-than-baseline", None, "regional task 10 完成时限 持续推进，2025年取得明显成效; equal", line=row(4))
m("unknown-unit", None, "良田镇人民政府、丰登镇人民政府 are in units.txt", text="良田镇人民政府", line=row(4))
m("deadline-later-than-baseline", None, "regional task 41 完成时限 2024年; equal", text="2024年", line=row(5))
m("deadline-later-than-baseline", None, "regional task 46 (and 43/44) 完成时限 2024年; 2024年9月底前 is not later. V3.2 is a version", text="2024年9月底前", line=row(6))
m("deadline-later-than-baseline", None, "regional tasks 47 and 48 完成时限 2024年; 2024年底前 equal. 100Mbps and IPv6 are not dates", text="2024年底前", line=row(7))
m("deadline-later-than-baseline", None, "regional task 52 完成时限 2025年; equal", text="2025年", line=row(8))
m("deadline-later-than-baseline", None, "regional task 71 完成时限 2024年; equal", text="2024年", line=row(10))
m("deadline-later-than-baseline", None, "regional task 80 完成时限 2024年; equal", text="2024年", line=row(11))
m("deadline-later-than-baseline", None, "regional task 83 完成时限 2025年; equal", text="2025年", line=row(12))
m("unknown-unit", None, "各镇（街道） is a collective subject", text="各镇（街道）", line=row(12))
m("deadline-later-than-baseline", None, "regional task 84 完成时限 2024年; equal", text="2024年", line=row(13))
m("deadline-later-than-baseline", None, "regional task 86 完成时限 2024年; 2024年6月底前 is earlier. 2.0版 is a version", text="2024年6月底前", line=row(14))
m("deadline-later-than-baseline", None, "regional task 87 完成时限 2023年启动，2025年完成; 2025年 equal. 12345 is the hotline number", text="2025年", line=row(15))
m("deadline-later-than-baseline", None, "regional task 93 完成时限 2024年; equal", text="2024年", line=row(16))
m("deadline-later-than-baseline", None, "regional task 95 完成时限 2025年; equal", text="2025年", line=row(17))
m("deadline-later-than-baseline", None, "regional task 104 完成时限 2024年; equal", text="2024年", line=row(18))
m("deadline-later-than-baseline", None, "regional task 106 完成时限 2025年; 2024年底前 is earlier. 50% is a figure", text="2024年底前", line=row(20))
m("deadline-later-than-baseline", None, "regional task 107 完成时限 2025年; equal", text="2025年", line=row(21))
m("deadline-later-than-baseline", None, "regional task 112 完成时限 2024年; equal", text="2024年", line=row(22))
m("deadline-later-than-baseline", None, "regional task 114 完成时限 2024年; equal (only the unit 区网信局 on this row is wrong)", text="2024年", line=row(23))
m("deadline-invalid", None, "regional task 116 完成时限 2023年完成并长期坚持, copied word for word: a copied regional deadline that lies before the plan's year", text="2023年完成并长期坚持", line=row(24))
m("deadline-later-than-baseline", None, "regional task 116 完成时限 2023年完成并长期坚持; identical", text="2023年完成并长期坚持", line=row(24))
m("deadline-later-than-baseline", None, "regional task 121 完成时限 长期坚持; equal", text="长期坚持", line=row(25))
m("unknown-unit", None, "区政府办公室 is a registered alias of 区人民政府办公室", text="区政府办公室", line=row(25))

covers = []
def c(task, line):
    covers.append({"task": task, "line": line})
c(3, row(1)); c(6, row(2)); c(9, row(3)); c(10, row(4)); c(41, row(5)); c(46, row(6))
c(47, row(7)); c(48, row(7)); c(52, row(8)); c(59, row(9)); c(71, row(10)); c(80, row(11))
c(83, row(12)); c(84, row(13)); c(86, row(14)); c(87, row(15)); c(93, row(16)); c(95, row(17))
c(104, row(18)); c(105, row(19)); c(106, row(20)); c(107, row(21)); c(112, row(22)); c(114, row(23))
c(116, row(24)); c(121, row(25))
c(5, ln('以算法对算法'))
c(14, ln('强化安全管理责任。')); c(15, ln('强化安全管理责任。'))
c(17, ln('落实安全制度要求。')); c(18, ln('提升安全防护能力。'))
c(22, ln('以数字化改革助力政府职能转变。'))
c(24, ln('创新数字政府建设管理机制。'))
c(30, ln('完善数据管理机制。')); c(31, ln('完善数据管理机制。')); c(32, ln('完善数据管理机制。'))
c(36, ln('深化数据高效共享。'))
c(42, ln('（三）营造良好数字生态。'))
c(64, ln('（一）健全组织机构。'))
c(68, ln('（二）提升综合高效的市场监管能力。'))
c(77, ln('（三）提升精细智能的社会管理能力。')); c(79, ln('（三）提升精细智能的社会管理能力。'))
c(85, ln('（四）提升普惠便捷的公共服务能力。'))
c(118, ln('（三）提升数字素养。'))
c(122, ln('（四）强化考核评价。')); c(123, ln('（四）强化考核评价。'))

key = {
    "writer": "blind writer, round 351; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("银川市金凤区 district plan of 2024-03-18 checked against 宁政发〔2023〕17号 only (no parent plan). "
              "The draft is full of Latin abbreviations, version numbers and figures (IPv6, 5G, API, CIM, BIM, AI, OCR, SaaS, "
              "99.9%, 100Mbps, 2.0版, V2024.1, V3.2, V2, ISO 27001, 等保2.0, GB/T 22239-2019, 12345) that are neither mojibake "
              "nor dates. units.txt is the district registry; 区大数据服务中心 is listed without the alias BDC on purpose: "
              "“区大数据服务中心（BDC）” is the registered name followed by its English short name in brackets. "
              "The task list's note says the first-listed unit leads. Six planted mistakes over five rules."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
