#!/usr/bin/env python3
"""Builds key.json for blind530; every line number is found by searching draft.txt (1-based)."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits[0])
    return hits[0]

def R(n, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(str(n) + '\t')]
    assert len(hits) == 1, (n, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (n, text)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": L('宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期, dated 2023-05-16); the draft gives the year as 2022, a slip next to 国发〔2022〕14号"},
    {"rule": "deadline-later-than-baseline", "line": R(13, '力争2025年底前'), "text": "2025年底",
     "why": "soft date still late: row 13 (城域网升级改造, 县乡村三级电子政务外网全覆盖) is regional task 48, 完成时限 2024年; 力争2025年底前 is a year later"},
    {"rule": "deadline-later-than-baseline", "line": L('原则上2025年6月底前）'), "text": "2025年6月底",
     "why": "soft date still late: 适老化与信息无障碍建设 is regional task 93, 完成时限 2024年 (the same paragraph also takes up task 90, 2024年); 原则上2025年6月底前 is later"},
    {"rule": "deadline-later-than-baseline", "line": R(24, '确保2025年底前'), "text": "2025年底",
     "why": "hardened but late: “我的宁夏”中宁专区事项“应上尽上” is regional task 86, 完成时限 2024年; 确保2025年底前 is a year later"},
    {"rule": "deadline-invalid", "line": R(22, '2024年16月底前'), "text": "16月",
     "why": "impossible month (typo for 6月); the row is regional task 83 (互联网+基层治理), 完成时限 2025年, so even read as overflow it is not later than the region"},
    {"rule": "unknown-unit", "line": R(12, '县信息中心'), "text": "县信息中心",
     "why": "not in units.txt (the county's technical body is 县大数据管理服务中心; 县信息中心 is a stale name); it is named as lead of row 12 (task 47)"},
]

mnf = []
def M(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in lines[line - 1], (text, line)
        e["text"] = text
    e["why"] = why
    mnf.append(e)

DL = "deadline-later-than-baseline"
# basis documents
M("basis-mismatch", L('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
M("basis-mismatch", L('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）is cited with exactly this title and 文号 by the 吴忠 plan in the seeds", "宁政办发〔2023〕11号")
M("basis-mismatch", L('宁政办发〔2020〕14号'), "retrospective mention in 建设基础 of the 2020 工作要点 with its correct title and 文号; not cited as the basis", "宁政办发〔2020〕14号")
M("basis-mismatch", L('中宁政发〔2024〕21号'), "the draft's own issuing number, not a citation", "中宁政发〔2024〕21号")
# dates that are not deadlines
M("deadline-invalid", L('2024年3月15日'), "issue date of the notice", "2024年3月15日")
M("deadline-invalid", L('2023年8月'), "past date in the background section (领导小组 adjusted in 2023), not a deadline", "2023年8月")
M(DL, L('截至2023年底'), "background fact (外网 coverage at end of 2023), not a deadline for task 48", "2023年底")
M(DL, L('每季度末月25日前'), "the office's own reporting dates (quarterly progress, 12月10日前 annual summary), not task deadlines", "12月10日前")
# goals
M(DL, L('到2025年，全县数字政府建设'), "主要目标: “34567”体系框架全面成型 by 2025, equal to the region's 到2025年 goal; 力争…第一方阵 is inside the same 2025 goal", "到2025年")
M(DL, L('到2035年'), "2035 goal equal to the region's 到2035年", "到2035年")
# soft / hardened dates that meet the region
M(DL, R(11), "soft date that meets the region: 信创云迁移 = task 46 (2024年; task 43 2024年建成，持续推进); 力争2024年底前 is within 2024", "力争2024年底前")
M(DL, R(29), "soft date that meets the region: 协同办公平台 = task 104, 2024年", "力争2024年底前")
M(DL, R(15), "soft date that meets the region: 视频一张网 = task 49, 2025年; 原则上2025年6月底前 is within 2025", "原则上2025年6月底前")
M(DL, R(31), "soft date that meets the region: 填表报数系统 = task 106, 2025年; 最迟不晚于2025年3月 is within 2025", "最迟不晚于2025年3月")
M(DL, R(26), "earlier than the region: 企业专属网页和惠企政策专栏 = task 89, 2024年", "争取提前至2024年9月")
M(DL, R(7), "hardened and earlier: 审管协同 = task 22, 2025年", "确保2024年底前")
M(DL, R(10), "hardened and earlier: 公共数据开放目录 = task 41, 2024年", "确保2024年6月底前")
M(DL, R(18), "hardened and earlier: 组织机构 = task 64, 2025年", "确保2024年完成")
M(DL, R(34), "earlier: 政务新媒体矩阵 = task 114, 2024年", "2024年6月底前")
M(DL, R(8), "试点示范 = task 28 (2023年启动，2025年取得明显成效); the completing milestone 2025 is equal, only the start year differs", "2024年启动，2025年取得明显成效")
M(DL, R(1), "equal: 产业云 = task 2 (2023年启动，2024年取得明显成效)", "2024年取得明显成效")
M(DL, R(4), "equal completing milestone: 数字供销 = task 11 (2023年完成主要建设任务，2025年取得明显成效)", "2025年取得明显成效")
M(DL, R(5), "copied regional deadline of task 18 (2023年形成机制，长期坚持): equal, not later", "2023年形成机制，长期坚持")
M("deadline-invalid", R(5), "a copied regional deadline that lies before the plan's year (task 18), not an impossible date", "2023年形成机制")
M(DL, R(16), "equal: 非税收入收缴电子化 = task 56, 2025年", "2025年")
M(DL, R(27), "equal: 互联网+城乡供水 = task 96, 2025年", "2025年")
M(DL, R(32), "equal: 视频会议平台 = task 107, 2025年", "2025年")
M(DL, R(12), "equal: 外网升级改造 = task 47, 2024年 (the row's error is its unit, not its date)", "2024年")
M(DL, R(35), "equal: 考核指标体系 = task 121, 长期坚持", "长期坚持")
M(DL, L('完成时限：2025年）'), "inline note equal: 生态环境数据资源综合开发利用 = task 95, 2025年", "2025年")
M(DL, L('完成时限：2024年）'), "inline note equal or earlier: 智慧林草 = task 98, 2024年 (same paragraph: task 97 2024年, task 96 2025年)", "2024年")
# units
M("unknown-unit", R(20), "prefix distributes: 县公安局、司法局、信访局 = 县司法局, 县信访局, both in units.txt", "司法局")
M("unknown-unit", R(20), "县人民法院 and 县人民检察院 are in units.txt (bodies outside the government proper)", "县人民检察院")
M("unknown-unit", R(17), "official short name of 县发展和改革局 listed in units.txt", "县发改局")
M("unknown-unit", R(26), "short name of 县工业信息化和商务局 listed in units.txt", "县工信商务局")
M("unknown-unit", R(13), "outside the government proper but in units.txt", "中国电信中宁分公司")
M("unknown-unit", L('中卫市生态环境局中宁分局；'), "the county's environment branch carries the city's name; it is in units.txt", "中卫市生态环境局中宁分局")
M("unknown-unit", R(22), "collective subject", "各村（社区）")
M("unknown-unit", R(3), "collective subjects (各乡镇人民政府, 县直有关部门（单位）)", "县直有关部门（单位）")
M("unknown-unit", R(4), "full canonical name in units.txt (short name 县供销社)", "县供销合作社联合社")
M("unknown-unit", R(2), "in units.txt; a county-level park management committee", "中宁工业园区管委会")
# pillars
M("missing-pillar", L('（三）营造良好数字生态。'), "数字生态 is taken up: 数据要素市场, 数据交易, 网络安全治理 and 网络生态 (tasks 12, 13)")
M("missing-pillar", L('五、健全“五个一”和“六级贯通”'), "五个一 and 六级贯通 work system is taken up as section 五")
M("missing-pillar", L('（三）提升数字素养。'), "党的领导 items 组织领导, 财政投入, 数字素养, 考核评价 are all in section 七")

covers = []
def C(task, line):
    covers.append({"task": task, "line": line})
C(2, R(1)); C(3, R(2)); C(10, R(3)); C(11, R(4)); C(18, R(5)); C(21, R(6)); C(22, R(7)); C(28, R(8))
C(40, R(9)); C(41, R(10)); C(46, R(11)); C(47, R(12)); C(48, R(13)); C(50, R(14)); C(49, R(15)); C(56, R(16))
C(57, R(17)); C(64, R(18)); C(71, R(19)); C(77, R(20)); C(79, R(21)); C(83, R(22)); C(84, R(23)); C(86, R(24))
C(88, R(25)); C(89, R(26)); C(96, R(27)); C(97, R(28)); C(104, R(29)); C(105, R(30)); C(106, R(31)); C(107, R(32))
C(112, R(33)); C(114, R(34)); C(121, R(35))
C(5, L('完善数字经济治理体系。强化政企协同')); C(6, L('推动数字化服务普惠应用。'))
C(14, L('强化安全管理责任。')); C(15, L('强化安全管理责任。')); C(32, L('完善数据管理机制。'))
C(36, L('深化数据高效共享。')); C(42, L('促进数据有序开发利用。')); C(93, L('原则上2025年6月底前）'))
C(90, L('原则上2025年6月底前）')); C(95, L('完成时限：2025年）')); C(98, L('完成时限：2024年）'))
C(73, L('提升监管协同化水平。')); C(116, L('（一）加强组织领导。')); C(25, L('（二）加大财政投入。'))
C(123, L('（四）强化考核评价。')); C(124, L('（四）强化考核评价。')); C(115, L('畅通政民互动渠道。'))

key = {
    "writer": "blind writer, round 530; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("中宁县 (中卫市) 2024 plan checked against 宁政发〔2023〕17号 only; no parent plan. The drafter mixes soft "
              "(力争/原则上/争取提前至/最迟不晚于) and hardened (确保) dates. Two soft dates (力争2025年底前 for task 48, "
              "原则上2025年6月底前 for task 93) and one hardened date (确保2025年底前 for task 86) are later than the region; "
              "every other soft or hardened date meets or beats the region. Row 5 copies the regional deadline of task 18 "
              "(2023年形成机制，长期坚持) although the plan is issued in 2024. Table note: the first-listed unit leads."),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
