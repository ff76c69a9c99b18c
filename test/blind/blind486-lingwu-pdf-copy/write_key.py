#!/usr/bin/env python3
# Helper kept by the blind writer: writes key.json, finding every line number in the final draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(s, nth=1, after=0):
    k = 0
    for i, t in enumerate(L, 1):
        if i > after and s in t:
            k += 1
            if k == nth:
                return i
    raise SystemExit('not found: %s' % s)

T = ln('灵武市数字政府建设重点任务清单', 2)   # attachment title line
def row(n):                                 # line holding the 序号 cell of table row n
    for i in range(T, len(L) + 1):
        if L[i - 1] == str(n):
            return i
    raise SystemExit('row %d' % n)
def cell(n, s):                             # first line at/after row n's number that holds s
    return ln(s, 1, row(n) - 1)

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
     "why": "the cited title is the region's 《自治区人民政府关于加强数字政府建设的实施意见》, whose 文号 is 宁政发〔2023〕17号; 71 is a transposition"},
    {"rule": "deadline-later-than-baseline", "line": cell(2, '2025年'), "text": "2025年",
     "why": "task row 2 (电子政务外网升级改造, 市、乡、村三级全覆盖) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; also task 47 (电子政务外网升级改造), 2024年; the draft's own 主要目标 even says 到2024年底"},
    {"rule": "deadline-later-than-baseline", "line": ln('2025年6月底前'), "text": "2025年6月底",
     "why": "适老化与信息无障碍改造 of 政务服务场所、政府网站 is regional task 93, 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": cell(11, '20225年'), "text": "20225年",
     "why": "a five-digit year (typo for 2025年); the row is regional task 107 (非涉密视频会议系统资源整合), 完成时限 2025年"},
    {"rule": "unknown-unit", "line": cell(9, '市大数据管理服务局'), "text": "市大数据管理服务局",
     "why": "灵武 has no such body (the name is 吴忠's); the local registry units.txt has 市大数据服务中心"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "the region's 七个能力 include 提升全面规范的政务公开能力; the draft's 五、lists and develops only six abilities (经济调节…政务运行) and has no 政务公开 content anywhere (no 信息公开平台, 政策文件库, 政务新媒体, 政民互动)"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "政务公开信息化平台 — 各市、县（区）分别负责; left out with the 政务公开 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务新媒体矩阵 — 各市、县（区）分别负责; left out with the 政务公开 pillar"},
]

M = []
def nf(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e.update(kw)
    e["why"] = why
    M.append(e)

DL = "deadline-later-than-baseline"
nf("basis-mismatch", ln('国发〔2022〕14号'), "correct national citation; its title 《国务院关于加强数字政府建设的指导意见》 is broken over the previous line and this one by the PDF copy", "国发〔2022〕14号")
nf("basis-mismatch", ln('宁政办发〔2023〕'), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） cited exactly as the 吴忠 plan cites it; the 文号 is broken after 〔2023〕 onto the next line", "宁政办发〔2023〕11号")
nf("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention in the background (自…印发以来), not a basis document; title and 文号 match the 2020 工作要点", "宁政办发〔2020〕14号")
nf("basis-mismatch", 2, "the plan's own 文号 (also the running head on later pages), not a cited document", "灵政发〔2024〕23号")
nf(DL, ln('市人民政府2024年第'), "a meeting reference (2024年第8次常务会议), not a deadline", "2024年")
nf("deadline-invalid", ln('2024年4月18日'), "the date of issue", "2024年4月18日")
nf("deadline-invalid", ln('电子政务外网实现乡镇全覆盖，2023'), "past date in the background (2023 / 年全市政务服务事项网上可办率达到95%, broken across lines), not a deadline", "2023")
nf(DL, ln('到2024年底'), "主要目标 2024 goal (外网 三级全覆盖 = task 48, 2024年; 系统迁移上云 = tasks 43/46, 2024年): equal to the region; no regional 2023年底 goal covers these", "2024年底")
nf(DL, ln('到2025年，全市'), "equal to the region's 主要目标 到2025年 (34567 体系框架全面成型…)", "2025年")
nf(DL, ln('到2035年'), "equal to the region's 到2035年 goal", "2035年")
nf(DL, ln('配运行，新建政务系统'), "信创云迁移 2024年12月底前 (date broken after 12 onto the next line): task 43 (2024年建成，持续推进) and task 46 (2024年), equal", "2024年12")
nf(DL, ln('每季度末月25日前'), "the office's own reporting date (每季度末月25日前), not a task deadline", "25日前")
nf(DL, ln('年12月10日前，分别向'), "the office's own reporting date for the annual summary (每 / 年12月10日前, broken), not a task deadline", "12月10日前")
nf(DL, ln('2024年底前实现市、乡、村三级综治中'), "基层治理平台贯通 is task 83, 完成时限 2025年: earlier than the region", "2024年底前")
nf(DL, cell(1, '2024年12'), "table row 1 (信创云迁移), 2024年12 / 月底前 broken across lines: task 43 (2024年建成，持续推进), equal", "2024年12")
nf(DL, cell(3, '2024年'), "table row 3 (专网整合迁移) is task 50, 2024年: equal", "2024年")
nf(DL, cell(4, '2024年底'), "table row 4 (公共数据开放目录) is task 41, 2024年: equal (2024年底 / 前 broken)", "2024年底")
nf(DL, cell(5, '2025年取'), "table row 5 (智慧城市、一网统管) is task 9, 持续推进，2025年取得明显成效: equal", "2025年")
nf(DL, cell(6, '2025年取'), "table row 6 (数字乡村) is task 10, 持续推进，2025年取得明显成效: equal", "2025年")
nf(DL, cell(7, '2024年底'), "table row 7 (互联网+基层治理) is task 83, 2025年: earlier", "2024年底")
nf(DL, cell(8, '2025年'), "table row 8 (视频一张网) is task 49, 2025年: equal", "2025年")
nf(DL, cell(9, '2024年'), "table row 9 (协同办公平台、宁政通) is tasks 104/105, 2024年: equal", "2024年")
nf(DL, cell(10, '2025年'), "table row 10 (填表报数) is task 106, 2025年: equal", "2025年")
nf(DL, cell(12, '2024年'), "table row 12 (企业专属服务专区、惠企政策专栏) is task 89, 2024年: equal", "2024年")
nf(DL, cell(13, '长期坚持'), "table row 13 (一把手工程) is task 116, 2023年完成并长期坚持; the local 长期坚持 adds no later milestone", "长期坚持")
nf("unknown-unit", ln('各乡镇人民政府、街道办事处'), "addressee line of the notice (各乡镇人民政府、街道办事处，市直各部门、各直属机构), not responsible units", "街道办事处")
nf("unknown-unit", cell(1, '头，市直各部门（单'), "collective 市直各部门（单位）, broken over two lines (（单 / 位）配合)", "市直各部门（单位）")
nf("unknown-unit", cell(2, '各乡镇（街道）'), "collective subject", "各乡镇（街道）")
nf("unknown-unit", cell(3, '市直有关部门'), "collective subject (市直有关部门配 / 合)", "市直有关部门")
nf("unknown-unit", cell(5, '市住建局'), "official short name of 市住房和城乡建设局 (units.txt)", "市住建局")
nf("unknown-unit", cell(5, '市住建局牵头，市综'), "市综合执法局 is in units.txt; broken 市综 / 合执法局 by the narrow column", "市综合执法局")
nf("unknown-unit", cell(6, '各乡镇人民政府'), "collective subject", "各乡镇人民政府")
nf("unknown-unit", cell(7, '各村'), "collective 各村（社区）, broken 各村 / （社区）", "各村（社区）")
nf("unknown-unit", cell(8, '市委政法委牵头，市'), "市公安局 (units.txt) broken 市 / 公安局; 市应急局 is the registered short name of 市应急管理局", "市公安局")
nf("unknown-unit", cell(10, '市政府办牵头'), "市政府办 is the registered short name of 市人民政府办公室; 市统计局 broken 市统 / 计局", "市政府办")
nf("unknown-unit", cell(12, '市政府办公室、市审'), "市审批服务管理局 (units.txt) broken 市审 / 批服务管理局 by the narrow column", "市审批服务管理局")
nf("unknown-unit", cell(12, '市人社局'), "official short name of 市人力资源和社会保障局", "市人社局")
nf("unknown-unit", cell(11, '市机关事务服务中心'), "in units.txt (line-wrapped 市大数据服务 / 中心 follows in the same cell)", "市机关事务服务中心")
nf("unknown-unit", ln('领导小组办公室报送'), "the office named as the recipient of reports; registered as 市数字政府建设领导小组办公室 = 领导小组办公室", "领导小组办公室")
nf("unknown-unit", ln('市审批服务管理局牵头建设'), "a registered unit named in the body", "市审批服务管理局")
nf("unknown-unit", ln('配合自治区培育数据要素市场'), "自治区 mentioned as the level the county supports, not a regional body named as lead of a local task", "自治区")
nf("missing-pillar", 0, "数字生态 is taken up in 二、（三）营造良好数字生态", pillar="数字生态")
nf("missing-pillar", 0, "the 五个一/六级贯通 work system is taken up in 四、健全工作体系 (组织机构, 六级贯通 层级职责, 工作机制)", pillar="六级贯通")
nf("missing-pillar", 0, "考核评价 and the other 党的领导 items are in 六、", pillar="考核评价")

C = []
def cv(task, s, nth=1):
    C.append({"task": task, "line": ln(s, nth)})
cv(3, '“智慧园区”建设'); cv(5, '创新以网管'); cv(6, '（二）引领数字社会建设'); cv(9, '进智慧城市建设')
cv(10, '推进数字乡村建设'); cv(11, '“数字供销”'); cv(12, '培育数据要素市场'); cv(42, '推进公共数据、社会数据与政务数据')
cv(14, '明确各部门（单位）数字'); cv(15, '多层次、一体化安全防护体系。建立数字政府安全评估'); cv(18, '开展常态化安全防护和应急演练')
cv(21, '推动各类行政权力事'); cv(24, '落实政务信息化建设管'); cv(25, '统筹现有资金渠道'); cv(28, '围绕重点领')
cv(32, '明确各部门数据管理'); cv(30, '摸清全市政务数据资源底数'); cv(36, '供需对接机制'); cv(41, '流。按照全区统一部署编制公共数据开放目录')
cv(43, '全面推进政务信创云'); cv(46, '现有业务系统有序迁移'); cv(47, '迁移。加快电子')
C.append({"task": 48, "line": cell(2, '加快电子政务外网升级改造，推进市、')}); cv(50, '推动非涉密业务专')
cv(49, '依托全区统一的视频共享平台'); cv(52, '推广应用全区统一身份认证、电子证照')
cv(64, '调整充实市数字政府建设领导小组'); cv(65, '汇聚人口、就业、产业、投资'); cv(66, '积极对接宁夏经济运行大数据平台')
cv(68, '完善监管事项目录清单'); cv(72, '互联'); cv(73, '消费维权'); cv(74, '推行远程监管'); cv(71, '数字化追溯监管')
cv(77, '矛盾纠纷多元化解'); cv(79, '雪亮工程'); cv(80, '智慧应急'); cv(83, '联网+基层治理”行动，2024年底前')
cv(84, '（四）公共服务。依托全区一体化政务服务平台'); cv(85, '“免证办”'); cv(86, '我的宁夏”灵武专区')
cv(89, '市审批服务管理局牵头建设企业专'); cv(87, '12345热线'); cv(93, '2025年6月底前')
cv(94, '生态环境数据资源中心'); cv(96, '互联网+城乡供水'); cv(102, '污染防治攻坚战')
cv(104, '推广宁夏政务协同办公平台'); cv(105, '推广宁夏政务协同办公平台和“宁政通”'); cv(106, '依托“宁政通”开展填表报数')
cv(107, '整合视频会议系'); cv(111, '整合机关事务管理信息系统'); cv(116, '纳入“一把手工程”，')
cv(25, '加大财政投入'); cv(118, '每年组织全市干部数字化能力培训'); cv(122, '纳入全市效能目标管'); cv(123, '考核结果作为领导班子')
# drop duplicate task entries, keep the first line
seen, C2 = set(), []
for c in C:
    if c["task"] not in seen:
        seen.add(c["task"]); C2.append(c)

key = {
    "writer": "blind writer, round 486; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "covers": C2,
    "notes": ("灵武市 (县级市, 银川市) plan of 2024-04-18, 灵政发〔2024〕23号, implementing 宁政发〔2023〕17号 directly (no parent plan). "
              "draft.txt is text copied out of the printed PDF: 28 units a printed line, lines broken wherever the page line ended "
              "(inside words, titles, 文号, unit names and dates), '— n —' page numbers, running heads 灵政发〔2024〕23号 / 灵武市人民政府文件 "
              "at the top of some pages, and the attachment's task table extracted cell by cell (序号, 重点任务, 责任单位, 完成时限; the header "
              "row repeats on each page; narrow columns break 2024年12 / 月底前, 2024年底 / 前, 市审 / 批服务管理局). A line break is never a "
              "mistake. 市 in the draft means 灵武市; units.txt is the county-level city's registry. build_draft.py lays the text out; "
              "write_key.py writes this key from the final draft.txt. The only occurrence of 公开 in the draft is the notice's （此件公开发布）; 五、 names six abilities, not seven, and never mentions 政务公开."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect', len(M), 'mustNotFlag', len(C2), 'covers')
