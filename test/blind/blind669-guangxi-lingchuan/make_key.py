# Helper kept in the case folder: builds key.json and checks every line number against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(text, start=None, nth=1):
    hits = [i for i, l in enumerate(L, 1) if text in l and (start is None or l.startswith(start))]
    assert len(hits) >= nth, (text, start, hits)
    return hits[nth-1]
def at(line, text):
    assert text in L[line-1], (line, text)
    return line

expect = [
 {"rule": "basis-mismatch", "line": ln("桂政办发〔2022〕31号"), "text": "桂政办发〔2022〕31号",
  "why": "the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号, a government document; 桂政办发 is the office's series — wrong 文号 for the title"},
 {"rule": "deadline-later-than-baseline", "line": ln("2026年底", "8\t"), "text": "2026年底",
  "why": "annex row 8 (12345热线) = regional task 8 (seed line 63, 持续优化12345政务服务便民热线平台), 完成时限 2025年底; the body note on line %d says 2025年底, the table slipped a year" % ln("优化12345政务服务便民热线。")},
 {"rule": "deadline-invalid", "line": ln("2022年12月底前完成IPv6改造", "35\t"), "text": "2022年12月底",
  "why": "the plan is issued 2023-07-14; a 2022 deadline lies before the document's year (stale template; body line %d says 2023年12月底前). Regional task 37 (电子政务网络) is 持续开展" % ln("2023年12月底前完成IPv6改造")},
 {"rule": "unknown-unit", "line": ln("县经信局"), "text": "县经信局",
  "why": "old name of the pre-reform 经济贸易和信息化局; not in units.txt (the county has 县工业和信息化局, used in annex row 37)"},
 {"rule": "garbled-text", "line": ln("鎻愬崌闃茬伨"), "text": "鎻愬崌闃茬伨",
  "why": "UTF-8 bytes of 提升防灾减灾救灾能力 read as GBK (encode GBK, decode UTF-8 recovers it)"},
 {"rule": "task-uncovered", "line": 0, "task": 14,
  "why": "推动智慧体育服务能力提升 (seed line 75, responsibility incl. 各市人民政府, 持续开展) deliberately left out: no 体育/体医融合 measure in body or annex"},
]

m = []
def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line-1], (line, text)
        e["text"] = text
    e["why"] = why
    m.append(e)

nf("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nf("basis-mismatch", ln("国发〔2016〕55号"), "retrospective background mention of a real 2016 document (title and 文号 match); not cited as a basis", "国发〔2016〕55号")
nf("basis-mismatch", 4, "the plan's own title in the 印发 notice, not a basis document", "《灵川县加强数字政府建设实施方案》")
nf("basis-mismatch", 2, "the notice's own 文号", "灵政办发〔2023〕26号")
nf("deadline-invalid", ln("自2016年"), "past years in the background section (2016, 2022), not deadlines", "2022年")
nf("deadline-invalid", 6, "issue date of the notice", "2023年7月14日")
nf("deadline-later-than-baseline", ln("到2023年底"), "local interim goal; the region sets no 2023 goal, and it precedes the region's 2025 goals", "到2023年底")
nf("deadline-later-than-baseline", ln("到2025年，"), "equal to the regional 主要目标 (到2025年 … 体系框架基本形成, 一体化政务服务和一体化在线监管模式广泛普及)", "到2025年")
nf("deadline-later-than-baseline", ln("到2035年"), "equal to the regional 2035 goal (数字政府基本建成)", "到2035年")
nf("deadline-later-than-baseline", ln("推进一体化在线监管。"), "task 3 (一体化在线监管, seed line 49) 完成时限 2025年底: equal (2023年启动，2025年底前…)", "2025年底")
nf("deadline-later-than-baseline", ln("优化12345政务服务便民热线。"), "task 8 (12345热线, seed line 63) 2025年底: body note equal; only the annex row is late", "2025年底")
nf("deadline-later-than-baseline", ln("推广“智桂通”灵川专区。"), "task 9 (智桂通, seed line 65) 2025年底: local 2024年底 is earlier", "2024年底")
nf("deadline-later-than-baseline", ln("7.提升政务公开水平"), "task 22 (政务公开, seed line 97) 2025年底: local 2025年6月底 is earlier", "2025年6月底")
nf("deadline-later-than-baseline", ln("2025年底", "3\t"), "annex row 3 = task 3, 2025年底: equal", "2025年底")
nf("deadline-later-than-baseline", ln("2024年底", "9\t"), "annex row 9 = task 9, 2025年底: earlier", "2024年底")
nf("deadline-later-than-baseline", ln("2025年6月底", "21\t"), "annex row 21 = task 22, 2025年底: earlier", "2025年6月底")
nf("deadline-later-than-baseline", ln("推进社会治安防控体系智能化。"), "task 5 (治安防控, seed line 55) is 持续开展; a dated local milestone for an ongoing regional task is not later", "2024年底")
nf("deadline-later-than-baseline", ln("推动智慧医疗服务能力提升。"), "task 12 (智慧医疗, seed line 71) is 持续开展; a dated local milestone is not later", "2024年底")
nf("deadline-later-than-baseline", ln("促进数据有序开发利用。"), "task 35 (公共数据开放, seed line 155) is 持续开展; local 2024年6月底 is not later", "2024年6月底")
nf("deadline-later-than-baseline", ln("开展试点示范。"), "task 32 (试点示范, seed line 141) is 持续开展; local 2024年底 is not later", "2024年底")
nf("deadline-invalid", ln("提升网络平台支撑能力。"), "body note 2023年12月底前 lies in the issue year, after the issue date (task 37 持续开展)", "2023年12月底前")
nf("deadline-invalid", ln("创新数字政府建设管理机制。"), "2023年9月底前 is after the 2023-07-14 issue date (task 29 持续开展)", "2023年9月底前")
nf("deadline-invalid", ln("（一）加强组织领导。"), "local organisational step in the issue year, after the issue date", "2023年8月底前")
nf("deadline-invalid", ln("（二）健全推进机制。"), "the office's own reporting dates (quarterly, yearly), not task deadlines", "每年12月10日前")
nf("unknown-unit", 3, "collective addressee", "县直各委、办、局")
nf("unknown-unit", ln("3.提升社会管理能力。"), "collective subject; also 县人民法院/县人民检察院 are in units.txt", "各乡镇人民政府")
nf("unknown-unit", ln("强化安全管理责任。"), "collective subject", "县直各部门")
nf("unknown-unit", ln("2.提升市场监管能力。"), "collective subject", "县直有关部门")
nf("unknown-unit", ln("落实安全制度要求。"), "县委 prefix distributes: 县委网信办、保密办 = 县委网信办, 县委保密办 (in units.txt), mirroring 自治区党委网信办、国安办、保密办", "保密办")
nf("unknown-unit", ln("1.提升经济调节能力。"), "县 prefix distributes over 统计局、大数据发展局、财政局", "统计局")
nf("unknown-unit", ln("提升智慧便捷的服务能力。"), "县 prefix distributes: 县市场监管局 (alias in units.txt); not a 市-level unit although it starts with 市", "市场监管局")
nf("unknown-unit", ln("加强重点共性应用支撑能力。"), "县 prefix distributes: 县档案馆; 国家税务总局灵川县税务局 is in units.txt", "档案馆")
nf("unknown-unit", ln("拓展公平普惠的民生服务。"), "县 prefix distributes: 县残联 (alias of 县残疾人联合会)", "残联")
nf("unknown-unit", ln("县大数据局、县民政局、县人社局", "7\t"), "aliases listed in units.txt (县大数据局, 县人社局, 县卫健局, 县残联)", "县人社局")
nf("unknown-unit", ln("县发改局", "27\t"), "alias of 县发展和改革局 in units.txt", "县发改局")
nf("unknown-unit", ln("5.提升生态环境保护能力。"), "vertically managed 桂林市灵川生态环境局, listed in units.txt under this short name", "市灵川生态环境局")
nf("unknown-unit", ln("提升安全保障能力。"), "operators outside government, listed in units.txt", "中国电信灵川分公司")
nf("unknown-unit", ln("推广“智桂通”灵川专区。"), "regional body named as the source of a deployment in prose, not as lead of a local task (lead is 县大数据发展局)", "自治区大数据发展局")
nf("unknown-unit", ln("（二）健全推进机制。"), "the county's coordination office, in units.txt", "领导小组办公室")
nf("unknown-unit", ln("1.提升经济调节能力。"), "the county party committee and government as recipients of decision support, not responsible units", "县委、县人民政府")
nf("garbled-text", ln("6.提升政务运行效能。"), "domain term “1+6+N” 数字政府大脑 from the regional text, not damage", "“1+6+N”")
nf("garbled-text", ln("提升行政监督水平。"), "“桂在行” is the region's 智慧督查系统 name, not damage", "桂在行")
nf("missing-pillar", ln("营造良好数字生态。"), "数字生态 pillar taken up (data element market rules, 公平竞争审查)", None)
nf("missing-pillar", ln("（四）提升数字素养。"), "the region's 党的领导 items (组织领导, 推进机制, 数字素养, 考核评估) are all taken up in 三、保障措施 lines %d-%d" % (ln("（一）加强组织领导。"), ln("（五）强化考核评估。")), None)

covers_spec = [
 (1, "1.提升经济调节能力。"), (2, "2.提升市场监管能力。"), (3, "推进一体化在线监管。"),
 (4, "3.提升社会管理能力。"), (5, "推进社会治安防控体系智能化。"), (6, "推进智慧应急建设。"),
 (7, "4.提升公共服务能力。"), (8, "优化12345政务服务便民热线。"), (9, "推广“智桂通”灵川专区。"),
 (10, "推动智慧教育服务能力提升。"), (11, "推动智慧人社服务能力提升。"), (12, "推动智慧医疗服务能力提升。"),
 (13, "推动智慧工地监管能力提升。"), (15, "推动智慧康养服务能力提升。"), (16, "5.提升生态环境保护能力。"),
 (17, "提高自然资源利用效率。"), (18, "推动绿色低碳转型。"), (19, "6.提升政务运行效能。"),
 (20, "提升行政执行能力。"), (21, "提升行政监督水平。"), (22, "7.提升政务公开水平。"),
 (23, "强化安全管理责任。"), (24, "落实安全制度要求。"), (25, "加强数据安全监管。"),
 (26, "提升安全保障能力。"), (27, "提高自主可控水平。"), (28, "以数字化改革助力政府职能转变。"),
 (29, "创新数字政府建设管理机制。"), (30, "完善法规制度和标准规范。"), (31, "完善法规制度和标准规范。"),
 (32, "开展试点示范。"), (33, "创新数据管理机制。"), (34, "深化数据高效共享。"),
 (35, "促进数据有序开发利用。"), (36, "强化政务云平台支撑能力。"), (37, "提升网络平台支撑能力。"),
 (39, "加强重点共性应用支撑能力。"), (41, "助力数字经济发展。"), (42, "引领数字社会建设。"),
 (43, "营造良好数字生态。"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
 "writer": "blind writer, round 669; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": m,
 "covers": covers,
 "notes": ("Regional task numbers are my own: the 43 inline notes (責任單位…完成時限…) of the 广西 实施意见 numbered 1-43 in "
           "document order (task 1 = seed line 43 经济调节, 3 = line 49 一体化在线监管, 8 = line 63 12345热线, 9 = line 65 智桂通, "
           "14 = line 75 智慧体育, 22 = line 97 政务公开, 23 = line 103 安全管理责任 (regional units only), 37 = line 165 电子政务网络, "
           "43 = line 187 数字生态). Only tasks 3, 8, 9, 22 carry a dated 完成时限 (2025年底); all others are 持续开展. "
           "Body notes give 责任单位 with prefix distribution in the regional style; the annex (lines 87-126) restates them with full names "
           "and says the first-listed lead is the main lead. Tasks 38 (数据智能资源池) and 40 (开放生态支撑平台) are regional platforms the "
           "county does not take up; a task-uncovered information for them is true but not planted. 灵川 is a county of 桂林市; "
           "no 桂林 plan is cited (parents: none).")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(L), 'lines;', len(expect), 'expect;', len(m), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e.get('text'), e.get('task'))
