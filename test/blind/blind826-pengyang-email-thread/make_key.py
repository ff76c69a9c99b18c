#!/usr/bin/env python3
"""Build key.json for blind826: every line number is looked up in draft.txt by a unique
substring, so the key cannot drift from the draft. Run: python3 make_key.py"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    if len(hits) != 1:
        sys.exit(f"anchor {anchor!r} matches lines {hits}")
    n = hits[0]
    if text is not None and text not in LINES[n - 1]:
        sys.exit(f"text {text!r} not on line {n}")
    return n


def row(k):
    """line of task-list row k (the row starts with 'k<TAB>')"""
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(f"{k}\t")]
    assert len(hits) == 1, (k, hits)
    return hits[0]


expect = [
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号", "宁政办发〔2023〕17号"),
     "text": "宁政办发〔2023〕17号",
     "why": "the regional 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government document, not an office 宁政办发 one); the quoted city mail (line %d) cites it correctly" % ln("为贯彻落实《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）和")},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年，全县数字政府建设体系框架全面成型", "2026年"),
     "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 全区各级数字政府建设“34567”体系框架全面成型 (宁政发〔2023〕17号 一（二）); the county moves the same goal (体系框架全面成型) to 2026"},
    {"rule": "deadline-later-than-baseline", "line": row(7), "text": "2025年底前",
     "why": "row 7 is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展), 完成时限 2024年; the county sets 2025年底前"},
    {"rule": "deadline-invalid", "line": row(16), "text": "21月",
     "why": "2024年21月底前 is an impossible month (typo for 12月); task 86 (我的宁夏 应上尽上) is due 2024年, so the year itself is not late"},
    {"rule": "unknown-unit", "line": row(6), "text": "县电子政务办",
     "why": "an old office name that is not in units.txt (the county's e-government work now sits with 县政府办 / 县大数据服务中心); named as lead of task 47's row"},
    {"rule": "garbled-text", "line": ln("寤虹珛鍋ュ叏"), "text": "寤虹珛鍋ュ叏鏀垮姟",
     "why": "UTF-8 read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立健全政务数据供需对接机制"},
]

M = []


def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)


D = "deadline-later-than-baseline"
I = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
G = "garbled-text"
P = "missing-pillar"

# --- the mail's own dates, names and addresses (round 826) ---
nf(I, ln("日期：2024年3月12日"), "the mail's own sending date (header), not a deadline; it fixes the document year as 2024", "2024年3月12日")
nf(D, ln("于2024年3月20日（星期三）下班前"), "the office's own feedback date for the departments' comments, not a task deadline", "2024年3月20日")
nf(I, ln("县政府办拟于3月下旬汇总"), "the office's own schedule (3月下旬, no year), not a task deadline", "3月下旬")
nf(I, ln("发送时间：2024年2月27日"), "header date of the quoted earlier mail, not a deadline", "2024年2月27日")
nf(D, ln("请于2024年3月29日（星期五）前报送"), "the city office's own reporting date for county plans, not a task deadline", "2024年3月29日")
nf(I, LINES.index("2024年2月27日") + 1, "date under the quoted mail's signature, not a deadline", "2024年2月27日")
nf(I, ln("附件：全区数字政府建设重点任务清单（2023年—2025年）.xlsx"), "file name of the regional task list attached to the quoted mail; its period 2023—2025 is not a deadline of this plan", "2023年")
nf(U, ln("发件人：彭阳县人民政府办公室数字政府股"), "mail sender: a section of 县人民政府办公室, not a responsible unit of a task", "彭阳县人民政府办公室数字政府股")
nf(U, ln("收件人：县直各部门（单位）；各乡镇人民政府"), "mail recipients: collectives (县直各部门（单位）, 各乡镇人民政府) and 县大数据服务中心, which is in units.txt", "各乡镇人民政府")
nf(U, ln("抄送：县人民政府办公室主任"), "mail copy line: officials of 县人民政府办公室, not units", "县人民政府办公室主任")
nf(U, ln("发件人：固原市数字政府建设领导小组办公室"), "sender of the quoted earlier mail (the city office), not a responsible unit in the plan", "固原市数字政府建设领导小组办公室")
nf(U, ln("收件人：原州区、西吉县、隆德县"), "recipients of the quoted mail (the five county/district offices of 固原), not responsible units", "泾源县")
nf(U, LINES.index("固原市数字政府建设领导小组办公室") + 1, "signature of the quoted city mail, not a responsible unit", "固原市数字政府建设领导小组办公室")
nf(U, ln("按照固原市数字政府建设领导小组办公室《关于抓紧制定"), "the mail text names the city office whose notice it answers; not a task's responsible unit", "固原市数字政府建设领导小组办公室")
nf(U, ln("彭阳县人民政府办公室（数字政府股）"), "signature block of the forwarding office", "彭阳县人民政府办公室（数字政府股）")
nf(U, ln("地址：宁夏固原市彭阳县白阳镇"), "postal address in the signature; 白阳镇 is a place here, not a responsible unit", "白阳镇")
nf(G, ln("发件人：彭阳县人民政府办公室数字政府股 <pyszzfg@example.cn>"), "ASCII e-mail address in the header, not mojibake", "pyszzfg@example.cn")
nf(G, ln("发件人：固原市数字政府建设领导小组办公室 <gyszfb_szzf@example.cn>"), "ASCII e-mail address of the quoted mail, not mojibake", "gyszfb_szzf@example.cn")
nf(G, ln("以下为征求意见稿正文"), "separator line of dashes that marks where the pasted draft begins, not damaged text", "——————————")
nf(G, ln("-----原始邮件-----"), "the mail client's quote marker, not damaged text", "-----原始邮件-----")
nf(G, ln("附件：彭阳县关于加强数字政府建设的实施方案（征求意见稿）.docx"), "attachment name with size '86 KB', ordinary text", "86 KB")

# --- basis documents ---
nf(B, ln("（国发〔2022〕14号）"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
nf(B, ln("（宁政办发〔2023〕11号）"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 city plan; a real, separate regional document", "宁政办发〔2023〕11号")
nf(B, ln("（宁政办发〔2023〕11号）和《固原市关于加强数字政府建设的实施方案》"), "the city's plan is cited by title alone (a city plan may have no 文号)", "《固原市关于加强数字政府建设的实施方案》")
nf(B, ln("（宁政办发〔2020〕14号）等部署"), "retrospective mention of the 2020 工作要点 in the background paragraph (2020年以来…), not cited as the basis of this plan", "宁政办发〔2020〕14号")
nf(B, ln("为贯彻落实《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）和"), "the quoted city mail cites the regional opinion with its correct 文号", "宁政发〔2023〕17号")
nf(B, ln("按照固原市数字政府建设领导小组办公室《关于抓紧制定"), "the city office's notice is named by title (a mail, not a basis document of the plan)", "《关于抓紧制定县（区）数字政府建设实施方案的通知》")

# --- background and goal dates ---
nf(I, ln("2020年以来，我县认真落实"), "past dates in the background paragraph (2020年以来, 2023年底前 …完成普查), not deadlines", "2023年底前")
nf(D, ln("到2024年底，县数字政府建设组织机构和工作机制全面建立"), "2024 goal: organisation (task 64, 2025) is earlier; 信创云 migration (tasks 43/46, 2024) and 我的宁夏/宁政通 (tasks 86/105, 2024) are equal. The region's 2023 goal on organisation concerns 自治区本级“五个一”, not counties", "2024年底")
nf(D, ln("到2035年，与政府治理能力现代化相适应"), "2035 goal equal to the region's 到2035年", "2035年")
nf(I, ln("附件：彭阳县数字政府建设重点任务清单（2024—2025年）"), "period of the plan's own task list, not a deadline", "2024—2025年")

# --- task-list rows: equal or earlier deadlines ---
rows = {
    1: (64, "2025年", "2024年6月底前", "earlier"),
    2: (10, "持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效", "equal"),
    3: (21, "2024年", "2024年9月底前", "earlier"),
    4: (41, "2024年", "2024年", "equal"),
    5: ("43/46 (and 19)", "2024 年建成，持续推进 / 2024 年 (19: 2023年启动，2024年建成)", "2024年底前", "equal"),
    6: (47, "2024 年", "2024年11月底前", "earlier (the row's unit is the planted error, not its date)"),
    8: (49, "2025 年", "2025年", "equal"),
    9: ("40/54", "2024年", "2024年", "equal"),
    10: (56, "2025年", "2024年底前", "earlier"),
    11: (71, "2024年", "2024年底前", "equal"),
    12: (73, "2024年", "2024年", "equal"),
    13: (79, "2024年", "2024年", "equal"),
    14: (80, "2024年", "2024年", "equal"),
    15: (83, "2025年", "2025年", "equal"),
    17: (88, "2024年", "2024年", "equal"),
    18: (89, "2024年", "2024年底前", "equal"),
    19: (93, "2024年", "2024年10月底前", "earlier"),
    20: (96, "2025年", "持续推进，2025年取得明显成效", "equal"),
    21: (98, "2024年", "2024年", "equal"),
    22: (95, "2025年", "2025年", "equal"),
    23: ("104/105", "2024年", "2024年", "equal"),
    24: (106, "2025年", "2025年6月底前", "earlier"),
    25: (107, "2025年", "2025年", "equal"),
    26: (108, "长期推进，2024年取得明显成效", "长期推进，2024年取得明显成效", "equal"),
    27: ("112/114/115", "2024年", "2024年", "equal"),
    28: (121, "长期坚持", "长期坚持", "equal (ongoing)"),
}
for r, (task, reg, mine, rel) in rows.items():
    n = row(r)
    assert LINES[n - 1].endswith(mine), (r, LINES[n - 1][-20:], mine)
    nf(D, n, f"row {r} = regional task {task}, 完成时限 {reg}; the county's {mine} is {rel}", mine)

# --- units: collectives, short names, distribution, registry names ---
nf(U, row(1), "县委编办 is in units.txt; 县直各部门（单位） and 各乡镇人民政府 are collectives", "县直各部门（单位）")
nf(U, row(2), "县委网信办 and 县供销社 (short name of 县供销合作社联合社) are in units.txt", "县供销社")
nf(U, row(3), "县审批局 is the listed short name of 县审批服务管理局; 县市场监管局 of 县市场监督管理局", "县审批局")
nf(U, row(5), "县大数据服务中心 is in units.txt; 县直有关部门（单位） is a collective", "县直有关部门（单位）")
nf(U, row(6), "县工信商务局 is the listed short name of 县工业信息化和商务局 (only 县电子政务办 on this line is unknown)", "县工信商务局")
nf(U, row(9), "县委办 is the listed short name of 县委办公室; 县档案馆 is listed; 县直各部门（单位） is a collective", "县委办")
nf(U, row(10), "县教体局 and 县卫健局 are listed short names", "县教体局")
nf(U, row(11), "prefix distributes: 县市场监管局、农业农村局、卫健局 = 县市场监管局, 县农业农村局, 县卫健局, all in units.txt", "农业农村局")
nf(U, row(14), "县消防救援大队 is the listed short name of 彭阳县消防救援大队; 县应急管理局, 县林草局 listed", "县消防救援大队")
nf(U, row(15), "各村（社区） and 各乡镇人民政府 are collectives", "各村（社区）")
nf(U, row(22), "固原市生态环境局彭阳分局 is a listed county-level unit (a 分局 of the city bureau); must not be split or read as a city unit", "固原市生态环境局彭阳分局")
nf(U, row(26), "prefix distributes: 县发改局、财政局、审计局 = 县发改局, 县财政局, 县审计局; 县公共资源交易中心 listed", "审计局")
nf(U, row(19), "县政府办、县审批局、县融媒体中心 all in units.txt", "县融媒体中心")
nf(U, ln("（一）加强组织领导。县委、县政府统一领导"), "县委 and 县政府 are the county's own party committee and government (in units.txt), and 各乡镇、县直各部门（单位） are collectives", "县委")
nf(U, ln("（一）健全组织机构。成立由县人民政府主要负责同志"), "县数字政府建设领导小组, 县政府办, 县大数据服务中心 are in units.txt", "县大数据服务中心")

# --- pillars taken up under local headings ---
nf(P, 0, "五个一 + 六级贯通 is taken up as 一套体系 (健全组织机构, 厘清层级职责 incl. 六级贯通, 完善工作机制), lines %d-%d" % (ln("二、健全“一套体系”"), ln("（三）完善工作机制。")), "五个一")
nf(P, 0, "数字生态 has its own paragraph (line %d)" % ln("（三）营造良好数字生态。"), "数字生态")
nf(P, 0, "财政投入 is line %d (加大财政投入)" % ln("（二）加大财政投入。"), "财政投入")
nf(P, 0, "政务公开 is lines %d-%d" % (ln("（七）提升全面规范的政务公开能力。"), ln("畅通政民互动渠道。以12345")), "政务公开")

covers = [
    (64, row(1)), (6, ln("（二）引领数字社会建设。")), (7, ln("（二）引领数字社会建设。")),
    (8, ln("（二）引领数字社会建设。")), (10, row(2)), (11, ln("（二）引领数字社会建设。")),
    (12, ln("（三）营造良好数字生态。")), (14, ln("强化安全管理责任。")), (15, ln("强化安全管理责任。")),
    (17, ln("落实安全制度要求。")), (18, ln("提升安全防护能力。")), (21, row(3)),
    (23, ln("创新数字政府建设管理机制。")), (24, ln("创新数字政府建设管理机制。")), (28, ln("开展试点示范。")),
    (31, ln("完善数据管理机制。")), (32, ln("完善数据管理机制。")), (41, row(4)), (42, ln("促进数据有序开发利用。")),
    (43, row(5)), (46, row(5)), (47, row(6)), (48, row(7)), (49, row(8)), (50, ln("提升网络平台支撑能力。")),
    (40, row(9)), (54, row(9)), (56, row(10)), (71, row(11)), (72, ln("提升监管协同化水平。")), (73, row(12)),
    (74, ln("提升监管智能化水平。")), (77, ln("提升社会矛盾化解和治安防控能力。")), (79, row(13)), (80, row(14)),
    (83, row(15)), (84, ln("打造泛在可及的服务体系。")), (85, ln("提升智慧便捷的服务能力。")), (86, row(16)),
    (88, row(17)), (89, row(18)), (93, row(19)), (95, row(22)), (96, row(20)), (98, row(21)),
    (102, ln("推动绿色低碳转型。推进水、气、土")), (104, row(23)), (105, row(23)), (106, row(24)), (107, row(25)),
    (108, row(26)), (111, ln("提升行政监督和机关事务管理水平。")), (112, row(27)), (114, row(27)), (115, row(27)),
    (116, ln("（一）加强组织领导。")), (25, ln("（二）加大财政投入。")), (118, ln("（三）提升数字素养。")),
    (121, row(28)), (123, ln("（四）强化考核评价。")), (124, ln("（四）强化考核评价。")),
]

key = {
    "writer": "blind writer, round 826; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": l} for t, l in sorted(covers)],
    "notes": (
        "An e-mail as 彭阳县人民政府办公室 forwards it to the county departments (2024-03-12): headers, a request to "
        "comment by 2024-03-20, the pasted draft 《彭阳县关于加强数字政府建设的实施方案（征求意见稿）》 (lines %d-%d, "
        "task list lines %d-%d), the signature, and the quoted earlier mail from the 固原 city office (2024-02-27). "
        "Only the pasted draft is a plan; the mail's own dates, names and addresses are near misses. The document year is 2024 "
        "(from the mail date and the plan's 2024—2025 task list). No parent plan (固原's plan is not in the seeds); "
        "units are the county's own units.txt. Task-list note: the first-listed unit of a row is its lead. "
        "Row 6 holds both the unknown unit and an earlier-than-region deadline (2024年11月底前 vs task 47's 2024年)."
        % (LINES.index("彭阳县关于加强数字政府建设的实施方案") + 1, row(28), ln("序号\t重点任务"), row(28))
    ),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("lines", len(LINES), "expect", len(expect), "mustNotFlag", len(M), "covers", len(key["covers"]))
