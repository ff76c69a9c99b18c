#!/usr/bin/env python3
"""Builds key.json for blind660; every line number is found from draft.md (1-based) and checked."""
import json

LINES = open('draft.md', encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES = LINES[:-1]


def ln(needle, nth=1, must_contain=None):
    hits = [i + 1 for i, l in enumerate(LINES) if needle in l]
    assert len(hits) >= nth, (needle, hits)
    n = hits[nth - 1]
    if must_contain:
        assert must_contain in LINES[n - 1], (needle, must_contain)
    return n


def row(num):
    return ln('| %d | ' % num)


expect = [
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (the gazette); the draft writes 宁政办发 — the 办公厅 series — for the government's own 实施意见"},
    {"rule": "deadline-later-than-baseline", "line": row(7), "text": "2025年底",
     "why": "row 7 (城域网升级改造, 县乡村电子政务外网全覆盖) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (task 47, 外网升级扩容, also 2024年); the draft's own 主要目标 (line %d) even says 到2024年底 外网全覆盖" % ln('到2024年底')},
    {"rule": "deadline-invalid", "line": ln('2014年底前'), "text": "2014年底",
     "why": "a 2024 plan (issued 2024年3月18日) cannot set 2014年底前; a typo for 2024 (the same task in row 15 says 2024年, regional task 93 完成时限 2024年)"},
    {"rule": "unknown-unit", "line": row(8), "text": "县大数据局",
     "why": "彭阳县 has no 大数据局; units.txt lists 县大数据管理服务中心 (short name 县大数据中心), used everywhere else in the draft"},
    {"rule": "garbled-text", "line": ln('渚涢渶瀵规帴鏈哄埗'), "text": "渚涢渶瀵规帴鏈哄埗",
     "why": "UTF-8 bytes of 供需对接机制 read as GBK (re-encode as GBK, decode as UTF-8 to recover); the sentence is task 36's 政务数据供需对接机制"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "section 二 takes up only 数字经济 and 数字社会 (its heading names just those two); nothing on 数据要素市场, 数据交易, 数据确权, 政策环境 or 网络生态 — the third 驱动 is dropped, and the 指导思想 also drops 打造良好数字生态"},
    {"rule": "task-uncovered", "line": 0, "task": 12,
     "why": "follows from the dropped 数字生态 pillar: task 12 (培育数据要素市场…) names 各市、县（区） as 配合 and the draft says nothing of it"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# basis
m("basis-mismatch", ln('国发〔2022〕14号'), "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
m("basis-mismatch", ln('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited with this very title and number in the 吴忠 plan (seeds); a genuine 办公厅 document, not the misnumbered 实施意见", "宁政办发〔2023〕11号")
m("basis-mismatch", ln('固原市人民政府《关于加强数字政府建设的实施方案》'), "the city's plan cited by title alone, as a county does (a city plan may have no 文号); no parent plan is given for this case", "固原市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention in the 工作基础 background (2020年以来…按照…部署), not a basis of this plan; title and 文号 match the 2020 工作要点", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('彭政发〔2024〕9号'), "the plan's own document number, not a cited document", "彭政发〔2024〕9号")
# deadlines / dates
m("deadline-invalid", ln('2020年以来'), "past dates in the 工作基础 background (2020年以来, 2023年), not deadlines", "2020年")
m("deadline-later-than-baseline", ln('到2024年底'), "goals due 2024: 外网全覆盖 = task 48 (2024年), 信息系统迁移上云 = tasks 43/46 (2024年), 网上办掌上办 = task 84 (2024年) — equal; not the region's 2023 goals (平台家底理清, 基础设施布设全面启动)", "2024年底")
m("deadline-later-than-baseline", ln('到2025年，全县数字政府建设体系框架全面成型'), "equal to the region's goal 到2025年 体系框架全面成型", "2025年")
m("deadline-later-than-baseline", ln('到2035年'), "equal to the region's 2035 goal", "2035年")
m("deadline-invalid", ln('2024年12月15日前报送年度工作总结'), "the office's own reporting dates (每季度末月25日前, 2024年12月15日前), not task deadlines", "2024年12月15日")
m("deadline-invalid", ln('各牵头单位每年12月15日前报送进展'), "reporting date in the > note, not a deadline", "12月15日")
m("deadline-invalid", ln('2024年3月18日'), "the plan's signing date", "2024年3月18日")
m("deadline-later-than-baseline", row(1), "task 3 完成时限 持续推进，2025年取得明显成效 — copied, equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(2), "task 6 完成时限 持续推进，2025年取得明显成效 — equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(3), "task 10 完成时限 持续推进，2025年取得明显成效; the row's 2025年 is the same completing milestone", "2025年")
m("deadline-later-than-baseline", row(4), "task 41 完成时限 2024年; 2024年10月底前 is earlier", "2024年10月底前")
m("deadline-later-than-baseline", row(5), "task 42 完成时限 2024年 — equal", "2024年")
m("deadline-later-than-baseline", row(6), "task 46 完成时限 2024年 (task 43: 2024 年建成，持续推进) — equal", "2024年")
m("deadline-later-than-baseline", row(8), "task 50 完成时限 2024年 — equal (the row's unit is the planted slip, not its date)", "2024年")
m("deadline-later-than-baseline", row(9), "task 54 完成时限 2024年 — equal", "2024年")
m("deadline-later-than-baseline", row(10), "task 71 完成时限 2024年 — equal", "2024年")
m("deadline-later-than-baseline", row(11), "task 77 完成时限 2024年 — equal", "2024年")
m("deadline-later-than-baseline", row(12), "task 83 完成时限 2025年; 2024年12月底前 is earlier", "2024年12月底前")
m("deadline-later-than-baseline", row(13), "task 84 完成时限 2024年 — equal", "2024年")
m("deadline-later-than-baseline", row(14), "task 86 完成时限 2024年 — equal", "2024年")
m("deadline-later-than-baseline", row(15), "task 93 完成时限 2024年 — equal", "2024年")
m("deadline-later-than-baseline", row(16), "task 95 (大气、水、土壤、自然生态…数据资源综合开发利用) 完成时限 2025年 — equal; not task 94 (数据资源中心, 2024年)", "2025年")
m("deadline-later-than-baseline", row(17), "task 96 完成时限 2025年 — equal", "2025年")
m("deadline-later-than-baseline", row(18), "task 98 完成时限 2024年 — equal", "2024年")
m("deadline-later-than-baseline", row(19), "tasks 104/105 完成时限 2024年; 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(20), "task 106 完成时限 2025年 — equal", "2025年")
m("deadline-later-than-baseline", row(21), "task 107 完成时限 2025年 — equal", "2025年")
m("deadline-later-than-baseline", row(22), "task 114 完成时限 2024年 — equal", "2024年")
m("deadline-invalid", row(23), "task 123 完成时限 2023 年完成，长期坚持, copied from the regional list; a copied regional deadline before the plan's year, ongoing", "2023年完成，长期坚持")
m("deadline-later-than-baseline", row(23), "task 123: same milestone and ongoing flag as the region", "2023年完成，长期坚持")
# units
m("unknown-unit", ln('各乡镇人民政府，县直各部门（单位）：'), "collective addressees", "县直各部门（单位）")
m("unknown-unit", row(1), "县工业园区管委会 is the short name in units.txt of 彭阳县工业园区管理委员会", "县工业园区管委会")
m("unknown-unit", row(2), "two leads; by the > note the first (县教育体育局) is the main lead; 县人社局 is a short name in units.txt", "县人社局")
m("unknown-unit", row(3), "县工信商务局 is the short name of 县工业信息化和商务局; 各乡镇人民政府 is a collective", "县工信商务局")
m("unknown-unit", row(5), "县住建局 is the short name of 县住房和城乡建设局", "县住建局")
m("unknown-unit", row(6), "县大数据中心 is the short name in units.txt of 县大数据管理服务中心", "县大数据中心")
m("unknown-unit", row(10), "县市场监管局, 县卫健局 are short names in units.txt", "县市场监管局")
m("unknown-unit", row(11), "prefix distributes: 县公安局、司法局、信访局 = 县公安局, 县司法局, 县信访局, all in units.txt", "司法局")
m("unknown-unit", row(12), "collectives 各乡镇人民政府、各村（社区）", "各村（社区）")
m("unknown-unit", row(14), "县审批局 is the short name of 县审批服务管理局", "县审批局")
m("unknown-unit", row(15), "县残联 is the short name of 县残疾人联合会", "县残联")
m("unknown-unit", row(16), "固原市生态环境局彭阳分局 is the county's real environment body (a city bureau's branch), listed in units.txt; not a city unit leading a county task by mistake", "固原市生态环境局彭阳分局")
m("unknown-unit", row(18), "县林草局 is the short name of 县林业和草原局", "县林草局")
m("unknown-unit", row(19), "县政府办 is the short name of 县人民政府办公室", "县政府办")
m("unknown-unit", ln('宁夏干部教育培训网络学院'), "a training platform relied on (依托), not a responsible unit; 县委党校 is in units.txt", "宁夏干部教育培训网络学院")
m("unknown-unit", ln('依托自治区生态环境数据资源中心'), "a regional data platform relied on (依托), not a unit named as lead", "自治区生态环境数据资源中心")
m("unknown-unit", ln('领导小组办公室设在县人民政府办公室'), "the county's own 领导小组 and its office (set in 县人民政府办公室) — a coordinating body, not an unknown unit", "县推进数字政府建设领导小组")
# text
m("garbled-text", ln('|---|---|---|---|---|'), "Markdown table delimiter row, not damage", "|---|")
m("garbled-text", ln('**指导思想。**'), "Markdown **bold** lead words; the asterisks are markup, not damage", "**指导思想。**")
m("garbled-text", ln('> 说明'), "Markdown > quoted note", "> 说明")

covers = []
def c(task, line):
    covers.append({"task": task, "line": line})

c(3, ln('**建设智慧园区。**'))
c(5, ln('**完善数字经济治理。**'))
c(6, ln('**推动数字化服务普惠应用。**'))
c(10, ln('**推进数字乡村建设。**'))
c(11, ln('“数字供销”国家级示范区'))
c(14, ln('**强化安全管理责任。**'))
c(15, ln('**强化安全管理责任。**'))
c(17, ln('**落实安全制度要求。**'))
c(18, ln('**提升安全防护能力。**'))
c(21, ln('**推动行政权力事项网上运行。**'))
c(24, ln('**规范项目管理。**'))
c(25, ln('**加大资金保障。**'))
c(28, ln('**开展试点示范。**'))
c(30, ln('**完善数据管理机制。**'))
c(32, ln('**完善数据管理机制。**'))
c(36, ln('**深化数据高效共享。**'))
c(41, ln('**促进数据开发利用。**'))
c(42, row(5))
c(46, ln('**强化政务云支撑。**'))
c(47, ln('**提升网络支撑能力。**'))
c(48, row(7))
c(50, ln('**提升网络支撑能力。**'))
c(54, ln('**加强共性应用支撑。**'))
c(64, ln('**健全组织机构。**'))
c(66, ln('积极对接使用宁夏经济运行大数据平台'))
c(68, ln('推行“照单监管”'))
c(71, row(10))
c(77, ln('**提升矛盾纠纷化解能力。**'))
c(79, ln('**提升社会治安防控能力。**'))
c(80, ln('**提升公共安全保障能力。**'))
c(83, ln('**提升基层治理能力。**'))
c(84, ln('**打造泛在可及的服务体系。**'))
c(85, ln('**提升智慧便捷服务能力。**'))
c(86, row(14))
c(93, row(15))
c(95, row(16))
c(96, row(17))
c(98, row(18))
c(104, ln('**提升行政执行能力。**'))
c(105, ln('**提升行政执行能力。**'))
c(106, row(20))
c(107, row(21))
c(108, ln('**提升行政监督水平。**'))
c(111, ln('**提升机关事务管理水平。**'))
c(112, ln('进一步完善政府网站等政务公开信息化平台'))
c(114, row(22))
c(116, ln('**加强组织领导。**'))
c(118, ln('**提升数字素养。**'))
c(122, ln('**强化考核评价。**'))
c(123, row(23))
c(124, ln('**强化考核评价。**'))

key = {
    "writer": "blind writer, round 660; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.md",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("彭阳县 (固原市) 2024 实施方案 kept in Markdown (draft.md, UTF-8): # / ## / ### headings, numbered and - lists, **bold** lead words, "
              "a > note and a pipe table (附件, 23 rows). The > note says the first-listed lead is the main lead. No parent plan: 固原市's plan is cited by title only. "
              "Six planted slips: wrong 文号 of the regional 实施意见 (宁政办发 for 宁政发), a late table deadline (row 7, 2025年底 vs task 48 2024年; the draft's own goal says 2024年底), "
              "an impossible 2014年底前 in body text (row 15 has the right 2024年), an unknown unit 县大数据局 (row 8), UTF-8-as-GBK mojibake of 供需对接机制, "
              "and the 数字生态 驱动 dropped (task 12 uncovered as a consequence). Tasks due 2023 in the regional list are taken up in the body without dates, except row 23 (task 123) "
              "whose regional 完成时限 is copied verbatim.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
open('key.json', 'a', encoding='utf-8').write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text', e.get('pillar', e.get('task'))), '|', LINES[e['line']-1][:50] if e['line'] else '')
