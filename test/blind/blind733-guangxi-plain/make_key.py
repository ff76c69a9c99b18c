# Builds key.json; every line number is found by searching draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')[:-1]

def ln(sub, start=None, nth=0):
    """line of the nth line containing sub (and starting with start, if given)"""
    hits = [i + 1 for i, l in enumerate(L) if sub in l and (start is None or l.startswith(start))]
    assert len(hits) > nth, (sub, start, hits)
    return hits[nth]

def row(no):  # table row by 序号
    return ln('\t', start=f'{no}\t')

T = 'task numbers are the order of the 43 (责任单位…完成时限) notes in the 广西 实施意见 (seed line in brackets)'

expect = [
    {"rule": "basis-mismatch", "line": ln('桂政发〔2022〕13号'), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; digits swapped"},
    {"rule": "garbled-text", "line": ln('鎺ㄥ箍鐢靛瓙璇佺収'), "text": "鎺ㄥ箍鐢靛瓙璇佺収",
     "why": "UTF-8 bytes of 推广电子证照 read as GBK (re-encode as GBK, decode as UTF-8 recovers it)"},
    {"rule": "unknown-unit", "line": row(6), "text": "县政务办",
     "why": "lead unit of table row 6 is not in units.txt (the body line for the same task names 县行政审批局); old/colloquial name"},
    {"rule": "deadline-later-than-baseline", "line": row(7), "text": "2026年6月底",
     "why": "table row 7 (12345热线归并联动) = task 8 [seed L63] 12345热线, 完成时限 2025年底; the body line for the same task says 2025年底前"},
    {"rule": "deadline-invalid", "line": row(18), "text": "2022年底",
     "why": "table row 18 (政务系统迁移上云, task 36 [seed L161] 政务云, 完成时限 持续开展) is due before the plan's own year 2023 (issued 2023-08-15); the body line says 2024年底前; no regional deadline is 2022"},
    {"rule": "task-uncovered", "line": 0, "task": 14,
     "why": "task 14 [seed L75] 推动智慧体育服务能力提升 (各市人民政府, 持续开展) deliberately left out; no 体育 content anywhere in the draft"},
]

M = []
def m(rule, line, text, why):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# units
m("unknown-unit", 3, "各乡镇人民政府", "collective subject")
m("unknown-unit", 3, "县直各部门（单位）", "collective subject")
m("unknown-unit", ln('配合单位：县统计局、财政局、大数据发展局'), "财政局", "prefix 县 distributes over the list 县统计局、财政局、大数据发展局 -> 县财政局 (in units.txt)")
m("unknown-unit", ln('配合单位：县统计局、财政局、大数据发展局'), "大数据发展局", "prefix 县 distributes -> 县大数据发展局 (in units.txt)")
m("unknown-unit", ln('（牵头单位：县市场监管局；配合单位：县直有关部门'), "县直有关部门", "collective subject")
m("unknown-unit", ln('配合单位：县司法局、县发改局、县大数据局；完成时限：2025年6月底前'), "县发改局", "short name of 县发展和改革局 listed in units.txt")
m("unknown-unit", ln('配合单位：县司法局、县发改局、县大数据局；完成时限：2025年6月底前'), "县大数据局", "short name of 县大数据发展局 listed in units.txt")
m("unknown-unit", ln('（牵头单位：县委政法委、县公安局'), "县公安局", "two leads; both in units.txt, the first (县委政法委) is the main lead per the table note")
m("unknown-unit", ln('凌云县气象局、县消防救援大队'), "凌云县气象局", "canonical name in units.txt (not a regional body)")
m("unknown-unit", row(5), "县气象局", "short name of 凌云县气象局 in units.txt")
m("unknown-unit", ln('配合单位：县民政局、县残联'), "县残联", "short name of 县残疾人联合会 in units.txt")
m("unknown-unit", ln('县教育局、县人社局，按职责分工负责'), "按职责分工负责", "a phrase (each responsible by its duties), not a unit")
m("unknown-unit", ln('（牵头单位：百色市凌云生态环境局'), "百色市凌云生态环境局", "county-level branch of the city bureau after the vertical reform; in units.txt")
m("unknown-unit", ln('配合单位：县公安局、移动凌云分公司'), "移动凌云分公司", "non-government unit, short name in units.txt")
m("unknown-unit", ln('国家税务总局凌云县税务局；'), "国家税务总局凌云县税务局", "vertical tax bureau, in units.txt")
m("unknown-unit", ln('积极对接自治区大数据发展局'), "自治区大数据发展局", "regional body mentioned in body text as a contact, not as lead of the local task (the note names 县大数据发展局)")
m("unknown-unit", ln('配合单位：泗城镇人民政府、伶站瑶族乡人民政府'), "伶站瑶族乡人民政府", "township government in units.txt")
m("unknown-unit", row(7), "县政府办", "short name of 县人民政府办公室 in units.txt")
m("unknown-unit", row(11), "县住建局", "short name of 县住房和城乡建设局 in units.txt")
m("unknown-unit", ln('配合单位：县委党校'), "县委党校", "in units.txt")
m("unknown-unit", ln('推进县人民医院与乡镇卫生院'), "县人民医院", "hospital named in body text, not a responsible unit")
# deadlines
m("deadline-later-than-baseline", ln('到2025年，与县域治理'), "到2025年", "主要目标 equal to the region's 到2025年…数字政府体系框架基本形成")
m("deadline-later-than-baseline", ln('到2035年，与全区同步'), "到2035年", "equal to the region's 到2035年…基本建成")
m("deadline-later-than-baseline", ln('分年度看'), "2025年底前", "全面完成《实施意见》各项重点任务 by 2025年底: equal to the latest regional deadline (2025年底)")
m("deadline-later-than-baseline", ln('全面对接自治区“互联网+监管”系统'), "2025年6月底前", "task 3 [seed L49] 一体化在线监管, 完成时限 2025年底: earlier")
m("deadline-later-than-baseline", row(2), "2025年6月底前", "tasks 2/3 [seed L47/L49], 持续开展 / 2025年底: earlier")
m("deadline-later-than-baseline", ln('优化12345热线'), "2025年底前", "task 8 [seed L63] 12345热线, 完成时限 2025年底: equal (the planted slip is only in the table row)")
m("deadline-later-than-baseline", ln('推广“智桂通”。'), "2025年底前", "task 9 [seed L65] 智桂通, 完成时限 2025年底: equal")
m("deadline-later-than-baseline", row(8), "2025年底前", "task 9 [seed L65], 2025年底: equal")
m("deadline-later-than-baseline", ln('县政府门户网站统一依托'), "2024年底前", "task 22 [seed L97] 政务公开, 完成时限 2025年底: earlier")
m("deadline-later-than-baseline", row(14), "2024年底前", "task 22 [seed L97], 2025年底: earlier")
m("deadline-later-than-baseline", ln('推进“雪亮工程”向村屯延伸'), "2024年底前", "task 5 [seed L55] 社会治安防控, 完成时限 持续开展: a dated local milestone on an ongoing task is not later")
m("deadline-later-than-baseline", ln('推进智慧应急。'), "2023年启动，2024年建成", "task 6 [seed L57] 智慧应急, 持续开展: multi-milestone, not later")
m("deadline-later-than-baseline", ln('（一）政务云。'), "2024年底前", "task 36 [seed L161] 政务云, 持续开展")
m("deadline-later-than-baseline", ln('（一）压实安全责任。'), "2023年10月底前", "task 23 [seed L103] 安全管理责任, 持续开展; 2023年10月底前…长期坚持 is not later")
m("deadline-invalid", ln('2023年8月15日'), "2023年8月15日", "the office's own issuing date")
m("deadline-invalid", ln('2019年县政务服务中心'), "2019年", "background: past dates (2019年, 2021年底, 2022年底) describing what was done, not deadlines")
m("deadline-invalid", ln('每季度末月25日前'), "2023年12月10日前", "the office's own reporting date, valid and within the plan year")
m("deadline-invalid", ln('2023年9月30日前报领导小组办公室'), "2023年9月30日前", "the office's own reporting date for units' measures")
m("deadline-invalid", row(13), "2023年12月底前", "valid date in the plan year (task 19-21, 持续开展)")
# basis
m("basis-mismatch", 2, "凌政办发〔2023〕27号", "the county office's own document number, not a basis citation")
m("basis-mismatch", ln('国发〔2022〕14号'), "国发〔2022〕14号", "correct national basis: 《国务院关于加强数字政府建设的指导意见》")
m("basis-mismatch", ln('国发〔2016〕55号'), "国发〔2016〕55号", "retrospective mention of an older document in the background (the real 2016 互联网+政务服务 opinion), not a basis")
m("basis-mismatch", ln('全面完成《实施意见》'), "《实施意见》", "short name defined in the preamble")
m("basis-mismatch", ln('按照百色市数字政府建设有关部署'), None, "reference to the city's arrangements without a document title or number; no parent plan is cited")
# text
m("garbled-text", ln('推进外网IPv6改造'), "IPv6", "Latin technical term, not mojibake")
m("garbled-text", ln('用好“桂在行”智慧督查系统'), "桂在行", "official platform name from the 广西 实施意见")
m("garbled-text", ln('凌云白毫茶'), "凌云白毫茶", "local tea brand, ordinary text")
# pillars
m("missing-pillar", 0, None, "党的领导 pillar (组织领导, 推进机制, 数字素养, 考核评估) is covered under the heading 八、保障措施 (lines %d-%d)" % (ln('（一）加强组织领导。'), ln('（五）强化考核评估。')))
m("missing-pillar", 0, None, "数字生态 is covered at line %d (营造良好数字生态); 数字经济 at %d, 数字社会 at %d" % (ln('营造良好数字生态'), ln('助推数字经济'), ln('建设数字社会')))

C = {1: ln('（一）用数据辅助经济调节', None) + 1, 2: ln('加强“双随机、一公开”监管'), 3: ln('全面对接自治区“互联网+监管”系统'),
     4: ln('推进网格化管理数字化'), 5: ln('推进“雪亮工程”向村屯延伸'), 6: ln('推进智慧应急。'),
     7: ln('推进政务服务“一网通办”。'), 8: ln('优化12345热线'), 9: ln('推广“智桂通”。'),
     10: ln('办好智慧教育和智慧人社'), 11: ln('办好智慧教育和智慧人社'), 12: ln('办好智慧医疗'),
     13: ln('推进智慧工地和智慧养老'), 15: ln('推进智慧工地和智慧养老'),
     16: ln('依托生态环境综合管理信息化平台'), 17: ln('依托生态环境综合管理信息化平台'), 18: ln('依托生态环境综合管理信息化平台'),
     19: ln('全县统一使用自治区协同办公平台'), 20: ln('全县统一使用自治区协同办公平台'), 21: ln('全县统一使用自治区协同办公平台'),
     22: ln('县政府门户网站统一依托'), 23: ln('（一）压实安全责任'), 24: ln('（二）落实安全制度'), 25: ln('（三）加强数据安全'),
     26: ln('（四）提升安全保障能力'), 27: ln('（五）提高自主可控水平'), 28: ln('（一）以数字化推动政府职能转变'),
     29: ln('（二）管好信息化项目和资金'), 30: ln('（三）健全制度规范'), 31: ln('（四）执行标准规范'), 32: ln('（五）开展试点示范'),
     33: ln('（一）管好数据'), 34: ln('（二）推动数据共享'), 35: ln('（三）有序开发利用公共数据'), 36: ln('（一）政务云'),
     37: ln('（二）电子政务外网'), 38: ln('（四）数据智能和开放生态'), 39: ln('（三）共性应用'), 40: ln('（四）数据智能和开放生态'),
     41: ln('（一）助推数字经济'), 42: ln('（二）建设数字社会'), 43: ln('（三）营造良好数字生态')}
covers = [{"task": k, "line": v} for k, v in sorted(C.items())]

key = {
    "writer": "blind writer, round 733; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("凌云县 (百色市) 2023 实施方案 implementing 桂政发〔2022〕31号, plain language for township cadres, with inline "
              "(牵头单位…；配合单位…；完成时限…) notes and an attached 21-row task table. " + T + ": 1 经济调节 L43, 2 市场监管 L47, "
              "3 一体化在线监管 L49 (2025年底), 4 基层治理 L53, 5 治安防控 L55, 6 智慧应急 L57, 7 公共服务 L61, 8 12345热线 L63 (2025年底), "
              "9 智桂通 L65 (2025年底), 10 教育 L67, 11 人社 L69, 12 医疗 L71, 13 工地 L73, 14 体育 L75, 15 康养 L77, 16 生态环保 L81, "
              "17 自然资源 L83, 18 绿色低碳 L85, 19 辅助决策 L89, 20 行政执行 L91, 21 行政监督 L93, 22 政务公开 L97 (2025年底), "
              "23 安全责任 L103 (no 各市人民政府), 24 安全制度 L107, 25 数据安全 L111, 26 安全保障 L115, 27 自主可控 L119, 28 职能转变 L125, "
              "29 建设管理机制 L129, 30 法规制度 L133, 31 标准规范 L137, 32 试点示范 L141, 33 数据管理 L147, 34 数据共享 L151, "
              "35 开发利用 L155, 36 政务云 L161, 37 网络平台 L165, 38 数据智能 L169, 39 共性应用 L171, 40 开放生态 L173, "
              "41 数字经济 L179, 42 数字社会 L183, 43 数字生态 L187; all others 持续开展. The seed text carries no 文号; 31号 is taken from KEY-FORMAT.md. "
              "The table's first column is the county's own row number, not a regional task number. "
              "Line 9 cites the 广西 document with the wrong 文号 only; its title is right. The body gives 12345热线 2025年底前 and 政务云 2024年底前; "
              "only the table rows 7 and 18 carry the slips."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'), '|', L[e['line']-1][:60] if e['line'] else '')
