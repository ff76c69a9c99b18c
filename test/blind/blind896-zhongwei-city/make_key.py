# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(sub, nth=1):
    hits = [i+1 for i, l in enumerate(L) if sub in l]
    assert len(hits) >= nth, (sub, hits)
    return hits[nth-1]
def one(sub):
    hits = [i+1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
def row(n):  # task-table row "n. "
    hits = [i+1 for i, l in enumerate(L) if '\t' in l and l.split('\t')[1].startswith(f'{n}. ')]
    assert len(hits) == 1, n
    return hits[0]
garble = '政务数据分类分级标准'.encode('utf-8').decode('gbk')
assert garble in L[one(garble)-1]
expect = [
 {"rule": "basis-mismatch", "line": one("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); year slip in the 文号"},
 {"rule": "deadline-later-than-baseline", "line": row(25), "text": "2025年6月底前",
  "why": "row 25 is regional task 47 (电子政务外网升级改造、骨干网扩容、互联网出口带宽), 完成时限 2024年; the body note on line %d even says 2024年底前" % one("提升网络平台支撑能力")},
 {"rule": "deadline-invalid", "line": row(44), "text": "2024年9月31日",
  "why": "September has 30 days; impossible date (row 44 = regional task 86, 完成时限 2024年, so the year itself is not late)"},
 {"rule": "unknown-unit", "line": row(8), "text": "利通区人民政府",
  "why": "利通区 is a district of 吴忠, not of 中卫; not in units.txt (中卫's counties are 沙坡头区、中宁县、海原县) - copy-over slip from a 吴忠 template"},
 {"rule": "garbled-text", "line": one(garble), "text": garble[:5],
  "why": "UTF-8 bytes of 政务数据分类分级标准 read as GBK (mojibake, re-encode GBK -> decode UTF-8 recovers it)"},
 {"rule": "task-uncovered", "line": 0, "task": 92,
  "why": "deliberately left out: 多卡合一/多码合一/多表合一 via 我的宁夏, 各地级市牵头负责 (2025年); nothing in the draft takes it up"},
]
M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e.update(kw); e["why"] = why; M.append(e)
# units
m("unknown-unit", row(5), "collective subject (county governments of the city)", "各县（区）人民政府")
m("unknown-unit", row(12), "collective subject", "市直各部门（单位）")
m("unknown-unit", row(13), "collective subject", "市直有关部门（单位）")
m("unknown-unit", row(42), "collective subjects at township and village level", "各乡镇（街道）")
m("unknown-unit", row(42), "collective subject", "各村（社区）")
m("unknown-unit", row(38), "collective subject, city counterpart of 承担监管职责的自治区有关部门（单位）", "承担监管职责的市直有关部门（单位）")
m("unknown-unit", row(16), "official short name of 市大数据管理服务局 listed in units.txt", "市大数据局")
m("unknown-unit", row(55), "short name of 市人民政府办公室 in units.txt", "市政府办")
m("unknown-unit", row(45), "short name of 市人民政府办公室 in units.txt", "市政府办公室")
m("unknown-unit", one("市委组织部、市委党校、市人社局"), "short name of 市人力资源社会保障局 in units.txt; 市委党校 is listed", "市人社局")
m("unknown-unit", row(1), "prefix 市 distributes: 市工业和信息化局", "工业和信息化局")
m("unknown-unit", row(1), "short name of 中卫工业园区管理委员会 in units.txt", "中卫工业园区管委会")
m("unknown-unit", row(7), "listed unit joined by 及 (same pattern as the region's 及各市、县（区）配合); 市交通运输局 and 沙坡头区人民政府 are both in units.txt", "沙坡头区人民政府")
m("unknown-unit", row(41), "in units.txt (垂直管理单位); prefix 市 distributes over 卫生健康委…林业和草原局", "中卫市消防救援支队")
m("unknown-unit", row(2), "prefix 市 distributes: 市商务和投资促进局", "商务和投资促进局")
m("unknown-unit", one("积极配合自治区有关部门（单位）"), "regional collective named in prose as a partner, not as lead of a local task", "自治区有关部门（单位）")
# deadlines
m("deadline-later-than-baseline", row(1), "task 1 完成时限 持续推进，2025年取得明显成效; equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(2), "task 2 完成时限 2023年启动，2024年取得明显成效; 2024年底前 is equal to the completing milestone", "2024年底前取得明显成效")
m("deadline-later-than-baseline", row(3), "task 3 完成时限 持续推进，2025年取得明显成效; completing milestone 2025 equal, interim 2024 milestone earlier", "2024年底前完成平台升级，2025年取得明显成效")
m("deadline-later-than-baseline", row(4), "task 4 完成时限 持续推进，2024年取得明显成效; 2024年 equal", "2024年")
m("deadline-later-than-baseline", row(6), "task 8 完成时限 持续推进，2025年取得明显成效; 2025年 equal", "2025年")
m("deadline-later-than-baseline", row(13), "task 22 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", row(15), "task 28 完成时限 2023年启动，2025年取得明显成效; start moved to the plan's own year 2024 but the completing milestone 2025 is equal", "2024年启动，2025年取得明显成效")
m("deadline-later-than-baseline", row(23), "task 43 完成时限 2024年建成，持续推进 (also task 46, 2024年); equal", "2024年建成，持续推进")
m("deadline-later-than-baseline", row(24), "task 45 完成时限 2024年; 2024年6月底前 earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(26), "task 48 完成时限 2024年; 2024年9月底前 earlier", "2024年9月底前")
m("deadline-later-than-baseline", row(28), "task 49 完成时限 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(34), "task 64 完成时限 2025年; 2024年6月底前 earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(58), "task 108 完成时限 长期推进，2024年取得明显成效; equal", "长期推进，2024年取得明显成效")
m("deadline-later-than-baseline", row(63), "task 121 完成时限 长期坚持; equal", "长期坚持")
m("deadline-later-than-baseline", row(45), "task 87 完成时限 2023年启动，2025年完成; 2025年 equal", "2025年")
m("deadline-later-than-baseline", one("推进数据资源库建设"), "body note for tasks 33/34 (完成时限 2024年); 2024年底前 equal", "2024年底前")
m("deadline-later-than-baseline", one("提升网络平台支撑能力"), "body note for tasks 47/48/50 (完成时限 2024年); 2024年底前 equal", "2024年底前")
m("deadline-later-than-baseline", one("提升社会治安防控能力"), "body note for task 79 (完成时限 2024年); 2024年底前 equal", "2024年底前")
m("deadline-later-than-baseline", one("到2024年底"), "2024 goal: 信创云迁移 (tasks 43/46, 2024年), 外网全覆盖 (task 48, 2024年), 我的宁夏/宁政通 (tasks 86/105, 2024年), 一本账 (task 23, 2024年); all equal; no regional 2023 goal is restated", "2024年底")
m("deadline-later-than-baseline", one("到2025年，全市数字政府建设"), "same as the region's goal 到2025年 “34567”体系框架全面成型; equal", "2025年")
m("deadline-later-than-baseline", one("到2035年"), "same as the region's 2035 goal; equal", "2035年")
m("deadline-invalid", one("2023年，全市政务服务事项"), "past date in the background section (what was achieved in 2023), not a deadline", "2023年")
m("deadline-invalid", one("2024年12月20日前"), "the office's own reporting dates within the plan year", "2024年12月20日")
m("deadline-later-than-baseline", one("有效期至2025年12月31日"), "validity period of the plan, not a task deadline", "2025年12月31日")
m("deadline-invalid", 4, "the issue date of the document", "2024年3月18日")
# basis
m("basis-mismatch", one("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (what the city carried out), not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号")
m("basis-mismatch", 7, "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
m("basis-mismatch", 7, "correct, cited the same way in the 吴忠 plan (seed): 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号")
m("basis-mismatch", 2, "the plan's own title in the covering notice, not a basis document", "中卫市关于加强数字政府建设的实施方案")
# pillars
m("missing-pillar", 0, "数字生态 taken up on line %d (data-element market, data trading rules, network ecology), short but present" % one("积极配合自治区有关部门（单位）培育数据要素市场"), pillar="数字生态")
m("missing-pillar", 0, "五个一 taken up on line %d (领导小组, 办公室, 专家咨询组, county bodies)" % one("（一）健全组织机构"), pillar="五个一")
m("missing-pillar", 0, "六级贯通 taken up on line %d" % one("（二）厘清层级职责"), pillar="六级贯通")
m("missing-pillar", 0, "财政投入 taken up on line %d" % one("（二）加大财政投入"), pillar="财政投入")
covers = []
tab = {1:1,2:2,3:3,4:4,6:5,8:6,9:7,10:8,12:9,13:10,16:11,21:12,22:13,23:14,28:15,33:16,34:17,37:18,39:19,40:20,
       41:21,42:22,43:23,45:24,47:25,48:26,50:27,49:28,52:29,54:30,56:31,57:32,58:33,64:34,66:35,70:36,71:37,73:38,
       77:39,79:40,80:41,83:42,84:43,86:44,87:45,88:46,89:47,90:48,93:49,94:50,96:51,97:52,102:53,103:54,104:55,106:56,
       107:57,108:58,111:59,112:60,114:61,115:62,121:63}
for t, r in tab.items(): covers.append({"task": t, "line": row(r)})
body = {5:"完善数字经济治理体系", 7:"积极参与国家智慧教育平台整省试点", 11:"全国“数字供销”示范区", 14:"强化安全管理责任",
        15:"完善企业参与政务信息化建设和运营的规范制度", 17:"落实安全制度要求", 18:"开展常态化安全防护和应急演练",
        19:"打造软硬一体、云端协同的信创存算资源体系", 24:"完善政务信息化建设管理会商机制", 25:"（二）加大财政投入",
        30:"摸清全市政务数据资源底数", 32:"明确本地本部门数据管理机构", 36:"建立健全政务数据供需对接机制",
        38:"优先实现行政执法与刑事司法", 46:"推进政务信息系统有序迁移", 51:"推进全区统一身份认证体系",
        53:"拓展电子签名和电子印章", 55:"推进财政电子票据一站式查验", 65:"配合建设宁夏经济治理基础数据库",
        67:"用好自治区规划综合管理信息平台", 68:"推行“照单监管”", 72:"推进本行业领域监管信息系统与宁夏“互联网+监管”系统对接", 75:"强化以网管网",
        81:"融入自治区统一的视频指挥调度体系", 85:"深化“一件事一次办”改革", 101:"配合构建碳排放智能监测",
        105:"即时沟通、督查考核等机关公务数字化转型", 109:"优化完善“互联网+督查”机制", 116:"纳入“一把手工程”",
        118:"市委党校的重要教学培训内容", 122:"纳入全市效能目标管理考核", 123:"考核结果作为领导班子", 124:"建立容错和奖惩机制"}
for t, s in body.items(): covers.append({"task": t, "line": one(s)})
covers.sort(key=lambda c: c["task"])
key = {
 "writer": "blind writer, round 896; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
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
 "notes": ("中卫市 city plan issued 2024-03-18 implementing 宁政发〔2023〕17号, no parent plan. Units come from units.txt (中卫 city bodies, "
           "沙坡头区/中宁县/海原县 governments, 中卫工业园区管委会, vertical units). The task table (lines 99-162) copies no regional deadline that lies "
           "before 2024: tasks whose regional deadline is 2023 are taken up only in the body, without dates. The table note on line 98 says the first "
           "listed lead is the main lead. Body notes with dates are on lines 41, 46 and 66 only. Line 40 holds the garbled run; task 31 (分类分级标准) "
           "is therefore not listed in covers. Task 92 is the only deliberately omitted city task; many purely regional tasks are naturally not taken up.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'))
