# Builds key.json from draft.txt; every line number is looked up by a substring and checked.
import json
D = open('draft.txt', encoding='utf-8').read().split('\n')
if D and D[-1] == '':
    D.pop()

def ln(sub, start=None):
    hits = [i for i, l in enumerate(D, 1) if sub in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (sub, start, hits)
    return hits[0]

def at(line, text):
    assert text in D[line - 1], (line, text)
    return line

T = lambda n, dl: f"Guangxi task {n} (完成時限：{dl})"
NUM = ("Task numbers: the 43 paragraphs of guangxi-2022-shishi-yijian.txt that carry a "
       "(責任單位…完成時限…) note, numbered 1–43 in order of appearance (1 = 經濟調節, 3 = 一體化在線監管, "
       "8 = 12345熱線, 9 = 智桂通, 14 = 智慧體育, 22 = 政務公開, 23 = 安全管理責任 (no 各市人民政府), 43 = 數字生態).")

expect = [
    {"rule": "basis-mismatch", "line": ln("桂政发〔2023〕31号"), "text": "桂政发〔2023〕31号",
     "why": "the 广西 实施意见 cited by its right title carries 桂政发〔2022〕31号 (issued 2022-11-30); the year in the 文号 was slipped to the plan's own year"},
    {"rule": "deadline-later-than-baseline", "line": ln("12345政务服务便民热线工单承办", "11\t"), "text": "2026年底",
     "why": T(8, "2025年底") + ": task-list row 11 (12345 hotline) gives 2026年底, later than the region; the body note on line %d says 2025年底前" % ln("优化12345热线服务")},
    {"rule": "deadline-invalid", "line": ln("完成时限：2022年12月底前"), "text": "2022年12月底前",
     "why": "a completion deadline before the year the plan is issued (2023-06-16) for a new measure (cloud migration, " + T(36, "持續開展") + "); the task row 36 says 2023年12月底前"},
    {"rule": "unknown-unit", "line": ln("区大数据管理局"), "text": "区大数据管理局",
     "why": "not in units.txt; the district body is 区大数据发展局 (short 区大数据局); 管理局 is a wrong name"},
    {"rule": "garbled-text", "line": ln("绾冲叆骞村害"), "text": "绾冲叆骞村害缁╂晥鑰冭瘎",
     "why": "UTF-8 bytes of 纳入年度绩效考评 read as GBK; re-encoding as GBK and decoding as UTF-8 recovers it"},
    {"rule": "task-uncovered", "line": 0, "task": 14,
     "why": T(14, "持續開展") + " 推動智慧體育服務能力提升 (各市人民政府 among the units) is deliberately left out: no 体育 content anywhere"},
]

mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in D[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    mnf.append(e)

m("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", ln("国发〔2016〕55号"), "retrospective mention in 发展现状 of an older national document, with its real title (加快推进“互联网+政务服务”) and 文号; not cited as a basis", "国发〔2016〕55号")
m("basis-mismatch", ln("鱼政办发〔2023〕27号"), "the notice's own 文号, not a cited basis", "鱼政办发〔2023〕27号")
m("basis-mismatch", ln("本清单依据桂政发〔2022〕31号"), "the correct 文号 of the 广西 实施意见, cited alone in the attachment note", "桂政发〔2022〕31号")
m("deadline-invalid", ln("2023年6月16日"), "the issue date of the notice", "2023年6月16日")
m("deadline-invalid", ln("2021年建成区政务服务中心"), "past date in the background section (2021年建成…), not a deadline", "2021年")
m("deadline-invalid", ln("截至2022年底"), "past date in the background section (截至2022年底), not a deadline", "2022年底")
m("deadline-later-than-baseline", ln("到2023年底，区数字政府"), "near-term local goal; the region has no later goal for it", "2023年底")
m("deadline-later-than-baseline", ln("到2025年，与政府治理能力"), "equal to the regional 主要目标 (到2025年…数字政府体系框架基本形成)", "到2025年")
m("deadline-later-than-baseline", ln("到2035年，我区"), "equal to the regional 2035 goal (到2035年…基本建成)", "到2035年")
m("deadline-later-than-baseline", ln("推进“互联网+监管”。"), T(3, "2025年底") + ": 2025年底 is equal", "2025年底")
m("deadline-later-than-baseline", ln("完成区级监管事项清单认领", "3\t"), T(3, "2025年底") + ": task row 3, 2025年底 is equal", "2025年底")
m("deadline-later-than-baseline", ln("优化12345热线服务"), T(8, "2025年底") + ": the body note 2025年底前 is equal (only the table row 11 is late)", "2025年底前")
m("deadline-later-than-baseline", ln("推广“智桂通”应用"), T(9, "2025年底") + ": 2024年底 is earlier", "2024年底")
m("deadline-later-than-baseline", ln("建设完善“智桂通”鱼峰服务专区", "12\t"), T(9, "2025年底") + ": task row 12, 2024年底 is earlier", "2024年底")
m("deadline-later-than-baseline", ln("7.提升政务公开水平"), T(22, "2025年底") + ": 2025年6月底前 is earlier", "2025年6月底前")
m("deadline-later-than-baseline", ln("区级政策文件库和惠企政策精准推送", "24\t"), T(22, "2025年底") + ": task row 24, 2025年6月底前 is earlier", "2025年6月底前")
m("deadline-later-than-baseline", ln("推进社会治安防控体系智能化"), T(5, "持續開展") + ": a dated local milestone (2024年底前…并持续开展) for an ongoing regional task is not later", "2024年底前")
m("deadline-later-than-baseline", ln("推动智慧工地监管"), T(13, "持續開展") + ": 2023年底前 milestone plus 持续开展 is not later", "2023年底前")
m("deadline-later-than-baseline", ln("政务服务场所适老化改造", "10\t"), T(7, "持續開展") + ": a 2024年6月底前 milestone for an ongoing regional task is not later", "2024年6月底前")
m("deadline-later-than-baseline", ln("清理与数字政府建设不相适应", "31\t"), T(30, "持續開展") + ": a 2024年底 milestone for an ongoing task is not later", "2024年底")
m("deadline-invalid", ln("2023年9月底前完成区直部门"), "a 2023 milestone inside a plan issued in 2023 is valid (" + T(24, "持續開展") + ")", "2023年9月底前")
m("deadline-invalid", ln("2023年底前完成区级政务数据资源普查"), "a 2023 milestone in a 2023 plan is valid (" + T(33, "持續開展") + ")", "2023年底前")
m("deadline-invalid", ln("区直部门非涉密政务信息系统迁移上云", "36\t"), "task row 36 gives the valid 2023年12月底前 (only the body note on line %d is invalid)" % ln("完成时限：2022年12月底前"), "2023年12月底前")
m("deadline-invalid", ln("（二）健全推进机制"), "the office's own reporting dates (2023年7月底前 measures, quarterly 25日, 12月10日 annual summary), not task deadlines", "2023年7月底前")
m("deadline-invalid", ln("本清单依据桂政发〔2022〕31号"), "the note's 每年12月底前 is an annual reporting rhythm, not a deadline", "每年12月底前")
m("unknown-unit", ln("1.提升经济调节能力"), "prefix 区 distributes: 区统计局, 区大数据发展局; 区发展改革局 is the official short name of 区发展和改革局 in units.txt", "区发展改革局、统计局、大数据发展局")
m("unknown-unit", ln("1.提升经济调节能力"), "collective subject 各镇人民政府、街道办事处 (各 covers both); not split into a bare 街道办事处", "各镇人民政府、街道办事处")
m("unknown-unit", ln("3.提升社会管理能力"), "collective 各镇人民政府、街道办事处", "各镇人民政府、街道办事处")
m("unknown-unit", ln("2.引领数字社会建设"), "collective 各镇人民政府、街道办事处", "各镇人民政府、街道办事处")
m("unknown-unit", ln("数字化网格治理和智慧社区", "4\t"), "collective 各镇人民政府、街道办事处 in a table cell", "各镇人民政府、街道办事处")
m("unknown-unit", ln("2.提升市场监管能力"), "区发改局 is an alias of 区发展和改革局 in units.txt; 区直有关部门 is a collective", "区发改局")
m("unknown-unit", ln("3.提升社会管理能力"), "区住房城乡建设局 (alias of 区住房和城乡建设局), 柳州市公安局鱼峰分局, 区人民法院, 区人民检察院 are all in units.txt", "柳州市公安局鱼峰分局")
m("unknown-unit", ln("推进智慧应急建设"), "区应急局, 区自然资源分局, 区消防救援大队 are registry short names", "区自然资源分局")
m("unknown-unit", ln("4.提升公共服务能力"), "区 distributes over 人社局、卫健局、市场监管局、残联 — all registry short names", "人社局、卫健局、市场监管局、残联")
m("unknown-unit", ln("3.加强重点共性应用支撑能力"), "国家税务总局柳州市鱼峰区税务局: vertical tax bureau listed in units.txt", "国家税务总局柳州市鱼峰区税务局")
m("unknown-unit", ln("（五）强化考核评估"), "区绩效办 is the short name of 区绩效考评办公室 in units.txt", "区绩效办")
m("unknown-unit", ln("1.强化安全管理责任"), "collective 区直各部门", "区直各部门")
m("unknown-unit", ln("2.落实安全制度要求"), "区委保密办 is in units.txt", "区委保密办")
m("unknown-unit", ln("2.创新数字政府建设管理机制"), "区 distributes over 发展改革局、财政局、审计局", "发展改革局、财政局、审计局")
m("unknown-unit", ln("4.提升安全保障能力"), "自治区 and 柳州市 appear in the measure text as levels the district supports (配合自治区、柳州市建设), not in the 责任单位 note; no regional body leads a local task", "配合自治区、柳州市")
m("garbled-text", ln("深入贯彻落实习近平总书记视察广西"), "“4·27” with a middle dot is the normal way of writing the speech date, not damage", "4·27")

covers_map = {1: "1.提升经济调节能力", 2: "2.提升市场监管能力", 3: "推进“互联网+监管”。", 4: "3.提升社会管理能力",
    5: "推进社会治安防控体系智能化", 6: "推进智慧应急建设", 7: "4.提升公共服务能力", 8: "优化12345热线服务",
    9: "推广“智桂通”应用", 10: "推动智慧教育发展", 11: "推动智慧人社服务提升", 12: "推动智慧医疗服务提升",
    13: "推动智慧工地监管", 15: "推动智慧康养服务", 16: "5.提升生态环境保护能力", 17: "提高自然资源利用效率",
    18: "推动绿色低碳转型", 19: "6.提升政务运行效能", 20: "提升行政执行能力", 21: "提升行政监督水平",
    22: "7.提升政务公开水平", 23: "1.强化安全管理责任", 24: "2.落实安全制度要求", 25: "3.加强数据安全监管",
    26: "4.提升安全保障能力", 27: "5.提高自主可控水平", 28: "1.以数字化改革助力政府职能转变",
    29: "2.创新数字政府建设管理机制", 30: "3.完善法规制度", 31: "4.健全标准规范", 32: "5.开展试点示范",
    33: "1.创新数据管理机制", 34: "2.深化数据高效共享", 35: "3.促进数据有序开发利用", 36: "1.强化政务云平台支撑能力",
    37: "2.提升网络平台支撑能力", 38: "3.加强重点共性应用支撑能力", 39: "3.加强重点共性应用支撑能力",
    40: "强化开放生态支撑能力", 41: "1.助力数字经济发展", 42: "2.引领数字社会建设", 43: "3.营造良好数字生态"}
covers = [{"task": t, "line": ln(s)} for t, s in sorted(covers_map.items())]

key = {
    "writer": "blind writer, round 800; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": NUM + " The draft is a 柳州市鱼峰区 district plan (鱼政办发〔2023〕27号, 2023-06-16) with no parent city plan. "
             "Its attachment table says the first-listed unit leads. Pillars: all 七个能力, the four 支撑, the three 驱动 and the 党的领导 items "
             "(组织领导, 推进机制, 数字素养, 考核评估, plus 资金保障 and 宣传引导) are taken up in body sections 三 and 四. "
             "The 43 tasks are all taken up except 14 (智慧体育). The regional body names mentioned in the text (自治区“互联网+监管”系统, "
             "自治区数据共享交换平台) are systems, not units. Every listed line was checked by make_key.py against draft.txt.",
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(D), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
