# Helper kept in the case folder: computes 1-based line numbers in draft.txt and writes key.json.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(prefix, must=None):
    r = [i + 1 for i, l in enumerate(L) if l.startswith(prefix)]
    assert len(r) == 1, (prefix, r)
    if must:
        assert must in L[r[0] - 1], (prefix, must)
    return r[0]

PRE = ln('为深入贯彻落实')
BG = ln('（二）工作基础。')
G24 = ln('到2024年底'); G25 = ln('到2025年，'); G35 = ln('到2035年')
def item(n):
    return ln(f'{n}.')
ORG = ln('（一）健全组织机构。'); LAYER = ln('（二）厘清层级职责。'); MECH = ln('（三）完善工作机制。')
LEAD = ln('（一）加强组织领导。'); FUND = ln('（二）加强资金保障。'); SKILL = ln('（三）提升数字素养。'); EVAL = ln('（四）强化考核评价。')
REQ1 = ln('（一）压实工作责任。'); REQ3 = ln('（三）严格信息报送。')
CC = ln('抄送：')
def row(n):
    return ln(f'{n}\t')

expect = [
    {"rule": "basis-mismatch", "line": PRE, "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府 document, 2023-05-16); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": item(27), "text": "2025年底前",
     "why": "restates tasks 47 (外网升级改造、骨干网扩容、出口带宽, 完成时限 2024年) and 48 (城域网升级改造, 区市县乡村5级全覆盖, 按需向企事业单位拓展, 完成时限 2024年) almost word for word; county date 2025年底前 is a year later"},
    {"rule": "deadline-invalid", "line": item(47), "text": "2024年9月31日",
     "why": "impossible date: September has 30 days (task 93 适老化与信息无障碍, 完成时限 2024年, so the year itself is not late)"},
    {"rule": "unknown-unit", "line": item(3), "text": "县经济和信息化局",
     "why": "not in units.txt (old name; the county's unit is 县工业信息化和商务局 / 县工信商务局) and not a regional unit"},
    {"rule": "unknown-unit", "line": item(44), "text": "自治区市场监管厅",
     "why": "regional body named as lead (牵头) of a local task: the drafter copied task 88's 责任单位 cell (自治区市场监管厅牵头负责) into the county plan"},
    {"rule": "garbled-text", "line": item(30), "text": "娣卞寲鐢靛瓙鏂囦欢绠＄悊",
     "why": "UTF-8 bytes of 深化电子文件管理 read as GBK (mojibake, no ? marker)"},
]

M = []
def m(rule, line, why, text=None, pillar=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    if pillar is not None:
        e["pillar"] = pillar
    e["why"] = why
    M.append(e)

# basis
m("basis-mismatch", PRE, "correct: 国务院指导意见 is 国发〔2022〕14号", "国发〔2022〕14号")
m("basis-mismatch", PRE, "correct 文号 of 《数字宁夏“1244+N”行动计划实施方案》, as cited in the 吴忠 plan; a real 宁政办发 number next to the wrong one", "宁政办发〔2023〕11号")
m("basis-mismatch", PRE, "city plan cited by title alone with the correct title (关于加强数字政府建设的实施方案); a city plan may have no 文号", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", BG, "retrospective mention of the superseded 2020 工作要点 in the background section (自2020年…以来), not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('《同心县关于加强数字政府建设的实施方案》已经'), "the plan's own title in the 印发 notice, not a basis document", "《同心县关于加强数字政府建设的实施方案》")
# dates that are not deadlines / valid dates
m("deadline-invalid", ln('2024年2月29日'), "issue date 2024-02-29 is a valid leap day", "2024年2月29日")
m("deadline-invalid", BG, "past dates in the background (2020年, 2023年完成普查), not deadlines", "2023年")
m("deadline-invalid", item(14), "task 18's regional deadline copied exactly (2023年形成机制，长期坚持); a copied regional deadline before the plan's year, and ongoing", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", item(14), "identical to task 18's 完成时限 2023年形成机制，长期坚持", "2023年形成机制，长期坚持")
# goals
m("deadline-later-than-baseline", G24, "county's own 2024 goal: 组织机构 (task 64, 2025年), 信创云迁移 (tasks 19/43, 2024年); the region's 2023 goal on 组织架构 concerns 自治区本级“五个一”, not counties", "到2024年底")
m("deadline-later-than-baseline", G25, "equal to the region's goal 到2025年 “34567”体系框架全面成型", "到2025年")
m("deadline-later-than-baseline", G35, "equal to the region's 2035 goal", "到2035年")
# task deadlines equal or earlier
m("deadline-later-than-baseline", item(1), "task 1: 持续推进，2025年取得明显成效 — identical", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", item(2), "task 2: 2023年启动，2024年取得明显成效 — county 2024年 equal", "2024年取得明显成效")
m("deadline-later-than-baseline", item(3), "task 3: 持续推进，2025年取得明显成效 — county 2025年 equal", "2025年")
m("deadline-later-than-baseline", item(6), "tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效) — equal", "2025年取得明显成效")
m("deadline-later-than-baseline", item(8), "task 10: 持续推进，2025年取得明显成效 — 2025年底前 is the same year", "2025年底前")
m("deadline-later-than-baseline", item(9), "task 11: 2023年完成主要建设任务，2025年取得明显成效 — completing milestone 2025 equal", "2025年取得明显成效")
m("deadline-later-than-baseline", item(10), "task 12: 2025年 — equal (the draft does not take up task 13's 2024 政策环境 wording)", "2025年")
m("deadline-later-than-baseline", item(15), "task 19: 2023年启动，2024年建成 — 2024年底前 equal", "2024年底前")
m("deadline-later-than-baseline", item(16), "task 21: 2024年 — 2024年10月底前 is within it", "2024年10月底前")
m("deadline-later-than-baseline", item(17), "task 22 (审管协同, 2025年) — equal; not task 72 (互联网+监管 对接, 2023年)", "2025年")
m("deadline-later-than-baseline", item(18), "task 23: 2024年 — equal", "2024年")
m("deadline-later-than-baseline", item(20), "task 28: 2023年启动，2025年取得明显成效 — equal", "2025年取得明显成效")
m("deadline-later-than-baseline", item(22), "tasks 33 and 34: 2024年 — 2024年底前 equal", "2024年底前")
m("deadline-later-than-baseline", item(23), "task 38: 2024年 — equal", "2024年")
m("deadline-later-than-baseline", item(24), "tasks 41 and 42: 2024年 — 2024年9月底前 earlier", "2024年9月底前")
m("deadline-later-than-baseline", item(25), "task 40: 2024年 — equal", "2024年")
m("deadline-later-than-baseline", item(26), "task 43: 2024 年建成，持续推进 (and task 46, 2024年) — equal", "2024年底前完成迁移，持续推进")
m("deadline-later-than-baseline", item(28), "two dates, each for its own task: 2024年底前 for task 50 (2024年), 2025年 for task 49 (视频一张网, 2025年)", "2025年")
m("deadline-later-than-baseline", item(29), "tasks 52 (2025年), 53 (2024年), 55 (2024年), 56 (2025年) — 2024年底前 equal or earlier; 统一身份认证 (task 51, 2023年) deliberately not in this dated item", "2024年底前")
m("deadline-later-than-baseline", item(30), "task 54: 2024年 — equal", "2024年")
m("deadline-later-than-baseline", item(31), "tasks 57 and 58: 2024年 — equal", "2024年")
m("deadline-later-than-baseline", ORG, "county organisation = task 64 (各地参照自治区做法成立相应组织机构, 2025年) — 2024年6月底前 earlier; the wording resembles task 60 (充实自治区领导小组, 2023年) and task 62 (数字宁夏建设运营有限公司, 2023年) but those are 自治区-level tasks", "2024年6月底前")
m("deadline-later-than-baseline", item(33), "task 66: 2025年 — equal", "2025年")
m("deadline-later-than-baseline", item(35), "tasks 70 and 71: 2024年 — 2024年底前 equal", "2024年底前")
m("deadline-later-than-baseline", item(36), "tasks 73 and 74: 2024年 — equal", "2024年")
m("deadline-later-than-baseline", item(37), "task 77: 2024年 — equal", "2024年")
m("deadline-later-than-baseline", item(40), "task 83: 2025年 — equal", "2025年")
m("deadline-later-than-baseline", item(43), "task 87: 2023年启动，2025年完成 — equal", "2025年")
m("deadline-later-than-baseline", item(48), "task 92: 2025年 — equal", "2025年")
m("deadline-later-than-baseline", item(49), "task 95: 2025年 — equal (task 94's 数据资源中心 wording is not used)", "2025年")
m("deadline-later-than-baseline", item(50), "task 96: 2025年 — equal", "2025年")
m("deadline-later-than-baseline", item(52), "tasks 100 and 102: 2025年 — equal", "2025年")
m("deadline-later-than-baseline", item(54), "tasks 104 and 105: 2024年 — 2024年6月底前 earlier", "2024年6月底前")
m("deadline-later-than-baseline", item(55), "task 106: 2025年 — 2024年底前 earlier", "2024年底前")
m("deadline-later-than-baseline", item(56), "task 108: 长期推进，2024年取得明显成效 — identical", "长期推进，2024年取得明显成效")
m("deadline-later-than-baseline", item(57), "tasks 107 and 111: 2025年 — equal", "2025年")
m("deadline-later-than-baseline", EVAL, "task 121 is 长期坚持; tasks 122–124 were due 2023 and continue (长期坚持); the county states only the ongoing part", "长期坚持")
m("deadline-later-than-baseline", row(3), "table row 3 (智慧园区一期) = task 3 (2025年) — 2024年底前 earlier", "2024年底前")
m("deadline-later-than-baseline", row(13), "table row 13 = task 106 (2025年) — 2024年底前 earlier", "2024年底前")
m("deadline-later-than-baseline", row(16), "table row 16 = task 52 (社会化高频场景, 2025年) — 2024年底前 earlier; not task 85", "2024年底前")
m("deadline-later-than-baseline", row(21), "table row 21 = task 49 (视频一张网, 2025年) — equal", "2025年")
# the office's own dates
m("deadline-later-than-baseline", REQ1, "the office's own reporting date for unit work plans, not a task deadline", "2024年3月31日")
m("deadline-later-than-baseline", REQ3, "the office's own reporting dates (季度进展, 年度总结, report in 2025年1月), not task deadlines", "2025年1月底前")
# units
m("unknown-unit", item(4), "regional bodies named in prose as bodies the county cooperates with (积极配合), not as responsible units of the county task", "自治区市场监管厅")
m("unknown-unit", item(4), "prefix 县 distributes: 县市场监管局、公安局 = 县公安局", "公安局")
m("unknown-unit", item(37), "prefix 县 distributes: 县公安局、司法局、信访局 = 县司法局、县信访局", "司法局")
m("unknown-unit", item(3), "in units.txt (the 吴忠 city bureau's 同心 branch)", "吴忠市生态环境局同心分局")
m("unknown-unit", item(34), "collective subject", "承担监管职责的县直有关部门")
m("unknown-unit", LAYER, "collective subject", "各村（社区）")
m("unknown-unit", item(12), "collective subjects", "县直各部门（单位）")
m("unknown-unit", item(5), "collective subjects", "各乡镇人民政府")
m("unknown-unit", item(1), "official short names listed in units.txt (县发改局, 县工信商务局) and a collective (县直有关部门)", "县工信商务局")
m("unknown-unit", item(27), "short name in units.txt for 中国电信股份有限公司同心分公司", "电信同心分公司")
m("unknown-unit", item(24), "non-government unit listed in units.txt", "国网同心县供电公司")
m("unknown-unit", item(47), "short name in units.txt (县残疾人联合会)", "县残联")
m("unknown-unit", item(13), "short name in units.txt", "县委保密办")
m("unknown-unit", ORG, "company named in prose (专业力量参与), not a responsible unit", "数字宁夏建设运营有限公司")
m("unknown-unit", CC, "抄送 distribution list, not responsible units", "县人大常委会办公室")
m("unknown-unit", row(4), "township governments listed in units.txt", "韦州镇人民政府")
# pillars
m("missing-pillar", FUND, pillar="财政投入", why="财政投入 is taken up under the heading 加强资金保障 (经费纳入预算, 购买服务, 多渠道投入)")
m("missing-pillar", ORG, pillar="五个一", why="五个一 is taken up as 健全组织机构 (参照自治区“五个一”做法: 领导小组, 办公室, 技术支撑, 运营力量)")
m("missing-pillar", LAYER, pillar="六级贯通", why="六级贯通 is taken up as 厘清层级职责")
m("missing-pillar", item(10), pillar="数字生态", why="数字生态 is taken up in 营造良好数字生态 (items 10–11)")

covers_spec = [
 (1, item(1)), (2, item(2)), (3, item(3)), (5, item(4)), (6, item(5)), (7, item(6)), (8, item(6)),
 (9, item(7)), (10, item(8)), (11, item(9)), (12, item(10)), (14, item(12)), (15, item(12)),
 (17, item(13)), (18, item(14)), (19, item(15)), (21, item(16)), (22, item(17)), (23, item(18)),
 (24, item(19)), (28, item(20)), (30, item(21)), (32, item(21)), (33, item(22)), (34, item(22)),
 (38, item(23)), (41, item(24)), (42, item(24)), (40, item(25)), (43, item(26)), (46, item(26)),
 (47, item(27)), (48, item(27)), (49, item(28)), (50, item(28)), (52, item(29)), (53, item(29)),
 (55, item(29)), (56, item(29)), (54, item(30)), (57, item(31)), (58, item(31)), (64, ORG),
 (66, item(33)), (68, item(34)), (70, item(35)), (71, item(35)), (73, item(36)), (74, item(36)),
 (77, item(37)), (79, item(38)), (80, item(39)), (83, item(40)), (84, item(41)), (86, item(42)),
 (87, item(43)), (88, item(44)), (89, item(45)), (90, item(46)), (93, item(47)), (92, item(48)),
 (95, item(49)), (96, item(50)), (97, item(51)), (98, item(51)), (100, item(52)), (102, item(52)),
 (103, item(53)), (104, item(54)), (105, item(54)), (106, item(55)), (108, item(56)), (107, item(57)),
 (111, item(57)), (112, item(58)), (114, item(59)), (115, item(60)), (116, LEAD), (25, FUND),
 (117, SKILL), (118, SKILL), (121, EVAL), (122, EVAL), (123, EVAL), (124, EVAL),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]
assert len({c['task'] for c in covers}) == len(covers)

key = {
 "writer": "blind writer, round 961; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-08",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("同心县 2024 实施方案 (同政办发〔2024〕12号, 2024-02-29), checked against 宁政发〔2023〕17号 only (no parent plan). "
           "Most numbered measures restate a regional task in the region's own words with a county 完成时限 in an inline note "
           "(责任单位：…；完成时限：…); others are in the county's own words. Regional tasks due 2023 are restated without a date "
           "(items 12, 13, 19, 21, 32, 34) except item 14, which copies task 18's deadline. The note on line "
           f"{ln('本方案所列任务中')} makes the first-listed unit the lead. Tasks for counties not taken up (e.g. 85, 94, 99, 101, 113) "
           "are not planted; task-uncovered for them is informational and not in expect."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect:
    print(e['rule'], e['line'], e['text'], e['text'] in L[e['line']-1])
bad = [e for e in M if 'text' in e and e['text'] not in L[e['line']-1]]
print('bad mustNotFlag texts:', bad)
