#!/usr/bin/python3
# Writes key.json for blind case 708. Every line number is found in the final draft.txt by a
# unique substring, so the key cannot drift from the draft.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def L(sub, nth=0):
    hits = [i + 1 for i, s in enumerate(LINES) if sub in s]
    if len(hits) <= nth:
        raise SystemExit(f"not found: {sub}")
    if nth == 0 and len(hits) != 1:
        raise SystemExit(f"not unique ({hits}): {sub}")
    return hits[nth]


def row(n):
    hits = [i + 1 for i, s in enumerate(LINES) if s.startswith(f"{n}\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def check(line, text):
    assert text in LINES[line - 1], (line, text)
    return line


G = "深化数据高效共享".encode("utf-8").decode("gbk")

expect = [
    {"rule": "basis-mismatch", "line": check(L("宁政发〔2023〕17号"), "自治区人民政府关于加强数字政府建设的实施方案"),
     "text": "自治区人民政府关于加强数字政府建设的实施方案",
     "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the preamble calls it 实施方案 (wrong title for that 文号)"},
    {"rule": "unknown-unit", "line": check(L("区大数据局"), "区大数据局"), "text": "区大数据局",
     "why": "no such body in units.txt; the district's data body is 区大数据管理服务中心 (short name 区大数据中心), used correctly elsewhere"},
    {"rule": "garbled-text", "line": check(L(G), G), "text": G[:6],
     "why": "sub-item title 深化数据高效共享 pasted as UTF-8 bytes read as GBK (mojibake)"},
    {"rule": "deadline-invalid", "line": check(L("2024年11月31日"), "2024年11月31日"), "text": "2024年11月31日",
     "why": "impossible date: November has 30 days (the measure is tasks 104/105, 完成时限 2024年, so the month itself is not late)"},
    {"rule": "deadline-later-than-baseline", "line": check(row(12), "2025年6月底前"), "text": "2025年6月底前",
     "why": "task-list row 12 (电子政务外网 extended to 村（社区）, full coverage) is task 48, 完成时限 2024年 (task 47 外网升级改造 is also 2024年); the draft's own goal (line %d) and body (line %d) say 2024年底" % (L("到2024年底"), L("1.推进云网集约"))},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: 适老化与信息无障碍建设 (各市、县（区）按照职能分别负责, 2024年) appears nowhere in the draft"},
]

mnf = []


def nm(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in LINES[line - 1], (line, text)
        e["text"] = text
    e.update(kw)
    e["why"] = why
    mnf.append(e)


# basis documents
nm("basis-mismatch", L("金政办发〔2024〕9号"), "the notice's own 文号, not a cited basis document", "金政办发〔2024〕9号")
nm("basis-mismatch", 2, "the title of this plan itself in the notice heading, not a cited basis document", "金凤区2024年数字政府建设实施方案")
nm("garbled-text", L("宁政办发〔2023〕11号"), "quoted programme names such as “1244+N” and “34567” are normal text, not mojibake", "“1244+N”")
nm("basis-mismatch", L("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nm("basis-mismatch", L("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so by the 吴忠 plan in the seeds; a real, current regional document", "宁政办发〔2023〕11号")
nm("basis-mismatch", L("银川市加强数字政府建设实施方案"), "the parent city's plan cited by title alone, as DOMAIN.md says city plans often are; no 文号 to mismatch and no parent baseline in this case", "银川市加强数字政府建设实施方案")
nm("basis-mismatch", L("宁政办发〔2020〕14号"), "retrospective background mention (自2020年…以来) of the 2020 工作要点, not cited as a basis of this plan", "宁政办发〔2020〕14号")
# past dates / goals
nm("deadline-invalid", L("2023年，区政务服务中心"), "past achievement in the background (2023年 results), not a deadline", "2023年")
nm("deadline-later-than-baseline", L("需在2024年集中攻坚"), "background remark on 2024 being the year of the push, not a task deadline", "2024年")
nm("deadline-later-than-baseline", L("到2024年底"), "2024 goal, earlier than the region's 2025 goal (框架全面成型…); its 外网 全覆盖 clause equals task 48 (2024年)", "到2024年底")
nm("deadline-later-than-baseline", L("到2025年，全区数字政府体系框架全面成型"), "equal to the region's 到2025年 goal (“34567”体系框架全面成型…)", "到2025年")
nm("deadline-later-than-baseline", L("到2035年"), "equal to the region's 到2035年 goal", "到2035年")
# inline notes in the body
nm("deadline-later-than-baseline", L("（一）健全组织机构"), "task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", L("（一）驱动数字经济发展"), "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效; copied exactly (equal)", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", L("1.推动数字化服务普惠应用"), "task 6, 完成时限 持续推进，2025年取得明显成效; 2024年12月底前 is earlier", "2024年12月底前")
nm("deadline-later-than-baseline", L("2.加快智慧城市建设"), "task 9 (一网统管), 完成时限 持续推进，2025年取得明显成效; 2025年 is equal", "2025年")
nm("deadline-later-than-baseline", L("3.推进数字乡村建设"), "task 10, 完成时限 持续推进，2025年取得明显成效; equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", L("1.推动审管协同"), "tasks 21 (2024年) and 22 (2025年); 2024年12月底前 is equal / earlier", "2024年12月底前")
nm("deadline-later-than-baseline", L("3.推进公共数据开放利用"), "tasks 41 and 42, 完成时限 2024年; 2024年10月底前 is earlier", "2024年10月底前")
nm("deadline-later-than-baseline", L("1.推进云网集约"), "tasks 46, 47, 48, 50, 完成时限 2024年 (task 43: 2024年建成，持续推进); 2024年12月底前 is equal", "2024年12月底前")
nm("deadline-later-than-baseline", L("4.统筹视频资源"), "task 49 (视频一张网), 完成时限 2025年; equal (task 81 also 2025年)", "2025年")
nm("deadline-later-than-baseline", L("4.提高基层社会治理能力"), "task 83 (互联网+基层治理), 完成时限 2025年; equal", "2025年")
nm("deadline-later-than-baseline", L("2.优化政务服务便民热线"), "task 87 (12345 一呼即应), 完成时限 2023年启动，2025年完成; 2025年 equals the completing milestone", "2025年")
nm("deadline-later-than-baseline", L("2.推动基层减负和集约办公"), "tasks 106 (填表报数), 107 (视频会议), 111 (机关事务), 完成时限 all 2025年; equal", "2025年")
nm("deadline-later-than-baseline", L("1.打造泛在可及的服务体系"), "tasks 84 and 86, 完成时限 2024年; 2024年9月底前 is earlier", "2024年9月底前")
nm("deadline-later-than-baseline", L("（六）加强调度督办"), "the office's own reporting dates (quarterly progress, annual summary due 2025年1月10日), not task deadlines", "2025年1月10日")
# task table
nm("deadline-later-than-baseline", row(1), "task 64, 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", row(2), "task 3, 完成时限 持续推进，2025年取得明显成效; equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", row(4), "task 9, 完成时限 持续推进，2025年取得明显成效; 2025年 equal", "2025年")
nm("deadline-later-than-baseline", row(6), "task 12 (数据要素市场主体), 完成时限 2025年 (task 13 is 2024年); 2024年12月底前 is earlier/equal", "2024年12月底前")
nm("deadline-later-than-baseline", row(13), "task 49, 完成时限 2025年; equal", "2025年")
nm("deadline-later-than-baseline", row(15), "task 56 (非税收入收缴电子化), 完成时限 2025年; 2024年12月底前 is earlier", "2024年12月底前")
nm("deadline-later-than-baseline", row(16), "task 66 (经济运行大数据平台), 完成时限 2025年; 2024年 is earlier", "2024年")
nm("deadline-later-than-baseline", row(24), "task 87, 完成时限 2023年启动，2025年完成; equal", "2025年")
nm("deadline-later-than-baseline", row(29), "task 106, 完成时限 2025年; equal", "2025年")
nm("deadline-invalid", row(33), "copied regional deadline of task 116 (2023年完成并长期坚持); lies before the plan's year but equals the region's, with 长期坚持", "2023年完成并长期坚持")
nm("deadline-later-than-baseline", row(34), "tasks 121 (长期坚持) and 122–124 (2023年完成/形成机制，长期坚持); an ongoing 长期坚持 with no later milestone", "长期坚持")
# units
nm("unknown-unit", 4, "addressees are collectives (各镇人民政府、街道办事处，区直各部门（单位）), not responsible units", "各镇人民政府、街道办事处")
nm("unknown-unit", L("（二）厘清层级职责"), "collective subjects 区直各部门（单位）, 各镇（街道）", "各镇（街道）")
nm("unknown-unit", L("1.压实安全管理责任"), "collectives with 分别负责: 区直各部门（单位），各镇人民政府、街道办事处", "街道办事处分别负责")
nm("unknown-unit", L("3.开展试点示范"), "collective 区直有关部门（单位）", "区直有关部门（单位）")
nm("unknown-unit", L("4.提高基层社会治理能力"), "collectives 各街道办事处、各镇人民政府", "各街道办事处、各镇人民政府")
nm("unknown-unit", L("（三）营造良好数字生态"), "自治区发改委 is the colloquial alias of the regional 自治区发展改革委, named as the body the district liaises with, not as lead of a local task", "自治区发改委")
nm("unknown-unit", L("2.提升社会治安防控能力"), "金凤公安分局 is a registered short name of 银川市公安局金凤区分局", "金凤公安分局")
nm("unknown-unit", L("（五）提升生态环境保护能力"), "生态环境金凤分局 and 自然资源金凤分局 are registered short names (市派驻分局)", "生态环境金凤分局")
nm("unknown-unit", L("（一）驱动数字经济发展"), "金凤工业集中区管委会, 阅海湾中央商务区管委会 are in units.txt; 区工信商务局 is the registered short name of 区工业信息化和商务局", "阅海湾中央商务区管委会")
nm("unknown-unit", L("1.推动数字化服务普惠应用"), "区卫健局, 区人社局, 区文旅体广局 are registered short names", "区文旅体广局")
nm("unknown-unit", L("3.推进数字乡村建设"), "区农业农村水务局 is the registered short name of 区农业农村和水务局; the two 镇人民政府 are registered", "区农业农村水务局")
nm("unknown-unit", L("3.深化电子文件管理"), "区委办公室, 区档案馆 are registered", "区档案馆")
nm("unknown-unit", L("3.提升公共安全保障能力"), "区消防救援大队 is the registered short name of 金凤区消防救援大队", "区消防救援大队")
nm("unknown-unit", L("（二）加大资金保障"), "prefix 区 distributes over 区财政局、审计局 → 区审计局, which is registered", "审计局")
nm("unknown-unit", L("（四）强化考核评价"), "区政府督查室 is the registered short name of 区人民政府督查室", "区政府督查室")
nm("unknown-unit", L("（六）加强调度督办"), "区推进数字政府建设领导小组办公室 is the leading group's office that this plan itself places in 区政府办公室 (line %d); a parenthetical gloss, not a responsible unit" % L("（一）健全组织机构"), "区推进数字政府建设领导小组办公室")
nm("unknown-unit", L("2023年，区政务服务中心"), "区政务服务中心 is a venue in the background sentence, not a responsible unit", "区政务服务中心")
# pillars folded in the district's own framework
nm("missing-pillar", 0, "“五个一”和“六级贯通” are folded into 一套体系 (section 二: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制)", pillar="五个一")
nm("missing-pillar", 0, "党的领导 items (组织领导, 财政投入/资金保障, 数字素养, 考核评价) are covered under 六、保障措施", pillar="考核评价")
nm("missing-pillar", 0, "数字生态 has its own item 三（三）营造良好数字生态", pillar="数字生态")

covers = []
def cv(task, line):
    covers.append({"task": task, "line": line})

cv(3, L("（一）驱动数字经济发展"))
cv(6, L("1.推动数字化服务普惠应用"))
cv(9, L("2.加快智慧城市建设"))
cv(10, L("3.推进数字乡村建设"))
cv(12, L("（三）营造良好数字生态"))
cv(14, L("1.压实安全管理责任"))
cv(15, L("1.压实安全管理责任"))
cv(18, L("2.提升安全防护能力"))
cv(21, L("1.推动审管协同"))
cv(24, L("2.规范项目管理"))
cv(28, L("3.开展试点示范"))
cv(32, L("1.健全数据管理机制"))
cv(36, L(G))
cv(41, L("3.推进公共数据开放利用"))
cv(42, L("3.推进公共数据开放利用"))
cv(46, L("1.推进云网集约"))
cv(48, L("1.推进云网集约"))
cv(50, L("1.推进云网集约"))
cv(49, L("4.统筹视频资源"))
cv(54, L("3.深化电子文件管理"))
cv(56, L("2.推广共性应用"))
cv(64, L("（一）健全组织机构"))
cv(66, L("（一）提升经济调节能力"))
cv(70, L("（二）提升市场监管能力"))
cv(71, L("（二）提升市场监管能力"))
cv(74, L("（二）提升市场监管能力"))
cv(77, L("1.提升矛盾纠纷化解能力"))
cv(79, L("2.提升社会治安防控能力"))
cv(80, L("3.提升公共安全保障能力"))
cv(83, L("4.提高基层社会治理能力"))
cv(84, L("1.打造泛在可及的服务体系"))
cv(86, L("1.打造泛在可及的服务体系"))
cv(87, L("2.优化政务服务便民热线"))
cv(88, L("3.提供优质便利的涉企服务"))
cv(89, L("3.提供优质便利的涉企服务"))
cv(90, L("4.推进公共场馆数字化"))
cv(94, L("（五）提升生态环境保护能力"))
cv(102, L("（五）提升生态环境保护能力"))
cv(104, L("1.提升行政执行能力"))
cv(105, L("1.提升行政执行能力"))
cv(106, L("2.推动基层减负和集约办公"))
cv(107, L("2.推动基层减负和集约办公"))
cv(111, L("2.推动基层减负和集约办公"))
cv(112, L("1.提升政府信息公开水平"))
cv(114, L("1.提升政府信息公开水平"))
cv(115, L("2.畅通政民互动渠道"))
cv(116, L("（一）加强组织领导"))
cv(118, L("（三）提升数字素养"))
cv(123, L("（四）强化考核评价"))
cv(124, L("（四）强化考核评价"))

key = {
    "writer": "blind writer, round 708; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": (
        "金凤区 (银川市) 2024 实施方案, issued by the district government office on 2024-03-18, checked against ningxia-2023 "
        "with no parent plan. The district restates 34567 as 一套体系、三个驱动、四个支撑、七项能力 and puts 党的领导 under 保障措施. "
        "Inline notes follow each measure (责任单位…；完成时限…); measures whose regional task is due 2023 carry no 完成时限 on purpose. "
        "Six planted slips: a wrong title for 宁政发〔2023〕17号 (实施方案 for 实施意见), an unregistered 区大数据局, a mojibake sub-item title, "
        "an impossible 2024年11月31日, a task-table row (电子政务外网 full coverage) moved to 2025年6月底前 against task 48's 2024年, "
        "and task 93 (适老化与信息无障碍) left out. Other tasks for cities/counties not taken up may be reported as task-uncovered "
        "(information) and are not annotated. build.py writes draft.txt; key.py writes this key with line numbers found in draft.txt."
    ),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers")
