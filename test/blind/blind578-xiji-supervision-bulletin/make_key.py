# Builds key.json, checking every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(text, start=None, nth=1):
    hits = [i+1 for i, l in enumerate(L) if text in l and (start is None or l.startswith(start))]
    assert len(hits) >= nth, (text, start, hits)
    return hits[nth-1]

def row(n):  # table row of the 滞后任务清单 with 序号 n
    return ln('\t', start=f'{n}\t', nth=1)

def one(text, start=None):
    hits = [i+1 for i, l in enumerate(L) if text in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (text, start, hits)
    return hits[0]

r = {n: row(n) for n in range(1, 13)}
for n in r: assert L[r[n]-1].count('\t') == 5, n

def cell(n, i): return L[r[n]-1].split('\t')[i]
# sanity on table cells
assert cell(1, 5) == '2025年6月底' and cell(5, 5) == '2024年21月底' and cell(12, 2).startswith('县信息中心')

expect = [
 {"rule": "deadline-later-than-baseline", "line": r[1], "text": "2025年6月底",
  "why": "限期完成时间 of the 城域网升级改造/县乡村外网全覆盖 row = regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the new deadline 2025年6月底 is later"},
 {"rule": "deadline-later-than-baseline", "line": one('2025年3月底前'), "text": "2025年3月底",
  "why": "下一步要求: all 政务服务应用 into 我的宁夏 政务APP, 应上尽上 = regional task 86, 完成时限 2024年; 2025年3月底 is later"},
 {"rule": "deadline-invalid", "line": r[5], "text": "2024年21月底",
  "why": "month 21 does not exist (typo for 12月); the row is regional task 106 (填表报数系统, 完成时限 2025年), so 2024年12月底 would have been fine"},
 {"rule": "unknown-unit", "line": r[12], "text": "县信息中心",
  "why": "not in units.txt (its functions were merged into 县大数据服务中心, see the registry's comment); it is also the first-listed, i.e. lead, unit of the row"},
 {"rule": "unknown-unit", "line": one('县城乡建设局'), "text": "县城乡建设局",
  "why": "unit named for delay; no such body in units.txt — the county body is 县住房和城乡建设局 (县住建局), responsible for table row 7"},
 {"rule": "basis-mismatch", "line": one('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (cited correctly in 下一步要求); 宁政办发 is an office-level number that does not belong to this title"},
 {"rule": "garbled-text", "line": r[8], "text": "绯荤粺瀵规帴璋冭瘯",
  "why": "UTF-8 of 系统对接调试 read as GBK (mojibake) in the 目前进展 cell"},
]

m = []
def nf(rule, line, text, why):
    assert text is None or text in L[line-1], (line, text)
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    m.append(e)

DL, DI, UU, BM, GT = "deadline-later-than-baseline", "deadline-invalid", "unknown-unit", "basis-mismatch", "garbled-text"
# --- dates: past 原定 dates (county plan's own), progress-column dates, supervision/office dates
nf(DI, r[10], "2023年12月底", "原定完成时限 from the county plan, already past; a retrospective date in a 2024 bulletin, not a new deadline (task 71 is due 2024年, so the county's original date was earlier than the region's)")
nf(DL, r[1], "2024年6月底", "原定完成时限, already past; regional task 48 is due 2024年, so not later")
nf(DL, r[4], "2024年6月底", "原定 date of the 宁政通 row (regional task 105, 2024年): earlier, past")
nf(DL, r[7], "2024年9月底", "原定 date of the 城市运行管理服务平台 row, already past: regional task 9 is 持续推进，2025年取得明显成效 — earlier")
nf(DL, r[2], "2024年11月30日前", "限期 earlier than regional task 41 (完成时限 2024年)")
nf(DI, r[2], "9月底已完成审核", "date in the 目前进展 column (what was done), not a deadline")
nf(DL, r[3], "2024年12月底", "限期 equal to regional task 93 (完成时限 2024年)")
nf(DI, r[3], "7月已完成", "progress-column date, past, not a deadline")
nf(DL, r[4], "2024年11月底", "限期 earlier than regional task 105 (2024年)")
nf(DI, r[5], "9月底已完成县级报表梳理", "progress-column date (the invalid date on this line is only 2024年21月底)")
nf(DL, r[6], "2024年12月底", "限期 equal to regional task 97 (完成时限 2024年)")
nf(DL, r[7], "2025年6月底", "限期 earlier than regional task 9 (持续推进，2025年取得明显成效); same text as the late date in row 1 but a different task")
nf(DL, r[8], "2024年12月底", "限期 equal to regional task 54 (完成时限 2024年; task 40 is also 2024年)")
nf(DL, r[9], "2024年12月底", "限期 earlier than regional task 56 (完成时限 2025年)")
nf(DI, r[9], "9月底前已完成系统对接", "progress-column date")
nf(DL, r[10], "2024年12月底", "限期 equal to regional task 71 (完成时限 2024年)")
nf(DL, r[11], "2025年6月底", "限期 earlier than regional task 83 (完成时限 2025年)")
nf(DL, r[12], "2024年11月底", "限期 earlier than regional task 89 (完成时限 2024年)")
nf(DI, one('2023年底已编制完成'), "2023年底", "past achievement in 工作成效 (政务数据资源目录, regional task 30, 完成时限 2023年 — equal); background, not a deadline")
nf(DL, one('2024年6月组织开展'), "2024年6月", "date of a drill already held (regional task 18, 2023年形成机制，长期坚持 — the drill is the 长期坚持 part); not a deadline")
nf(DI, one('个别任务原定2023年底完成'), "2023年底", "problems section recalls the county plan's past 原定 date; retrospective")
nf(DI, one('2024年9月20日至10月12日'), "2024年9月20日至10月12日", "the supervision's own dates")
nf(DI, one('9月23日至10月10日'), "10月16日", "the supervision's own working dates")
nf(DI, one('2024年10月31日前'), "2024年10月31日前", "office's reporting date for the named units' 整改报告")
nf(DI, one('每月25日前'), "每月25日前", "office's monthly reporting date")
nf(DL, one('2024年11月30日前完成'), "2024年11月30日前", "下一步要求 repeats the earlier-than-region deadline of task 41 (2024年)")
nf(DL, one('2024年12月底前完成与'), "2024年12月底前", "task 97, equal to 2024年; the same line also has task 71's 2024年12月底前 (equal) and the planted 2025年3月底")
nf(DL, one('2025年6月底前建成'), "2025年6月底前", "tasks 83 and 9, both 2025 at the region; earlier")
nf(DL, one('到2025年，全县数字政府建设'), "到2025年", "goal equal to the region's 主要目标 (到2025年 \"34567\" 体系框架全面成型)")
nf(DL, one('11月15日前'), "11月15日前", "office's own remediation date for problems this supervision found (长期坚持 security work, task 18); not a task deadline later than the region")
nf(DI, one('2024年12月中旬开展'), "2024年12月中旬", "date of the next supervision round")
nf(DI, 4, "2024年10月18日", "the bulletin's own date")
nf(DI, one('统计截至2024年9月30日'), "2024年9月30日", "statistics cut-off date")
nf(DI, one('（2023年—2025年）》中'), "2023年—2025年", "period of the county task list, background")
# --- basis
nf(BM, 7, "国发〔2022〕14号", "correct title and number")
nf(BM, one('对标自治区时限'), "宁政发〔2023〕17号", "correct number for the regional 实施意见")
nf(BM, 7, "西政发〔2023〕47号", "the county's own plan with its own number; not a regional document the checker knows")
nf(BM, 7, "固原市人民政府《关于加强数字政府建设的实施方案》", "parent city plan cited by title alone (DOMAIN: city plans may have no 文号); no parent plan is given to the checker")
nf(BM, one('西数政办发〔2024〕6号'), "西数政办发〔2024〕6号", "retrospective mention of the office's previous bulletin (第2期), not a basis document")
# --- units
nf(UU, 6, "各乡镇人民政府", "collective subject")
nf(UU, 6, "县直各部门（单位）", "collective subject")
nf(UU, r[1], "各乡镇人民政府", "collective in a 责任单位 cell")
nf(UU, r[2], "县直各部门（单位）", "collective in a 责任单位 cell")
nf(UU, r[4], "各村（社区）", "collective subject")
nf(UU, one('会同县委网信办'), "财政局", "prefix 县 distributes over the list: 县发展和改革局、财政局 = 县财政局 (in units.txt)")
nf(UU, one('会同县委网信办'), "县政府办公室", "short name of 县人民政府办公室 in units.txt")
nf(UU, one('予以表扬的单位'), "吉强镇", "praised township; short name of 吉强镇人民政府 in units.txt (also 兴隆镇, 将台堡镇)")
nf(UU, one('予以表扬的单位'), "县审批局", "short name of 县审批服务管理局 in units.txt")
nf(UU, one('予以表扬的单位'), "县大数据服务中心", "praised unit, in units.txt")
nf(UU, one('予以通报的单位'), "偏城乡", "township named for delay; short name of 偏城乡人民政府 (also 沙沟乡)")
nf(UU, one('予以通报的单位'), "县档案馆", "unit named for delay, in units.txt")
nf(UU, one('固原市生态环境局西吉分局在'), "固原市生态环境局西吉分局", "city bureau's county branch, listed in units.txt")
nf(UU, one('主动对接自治区政府办公厅'), "自治区政府办公厅", "regional body mentioned as the counterpart a county unit contacts, not named as lead of a local task")
nf(UU, r[7], "固原市", "the city as the body the county assists (配合固原市), not a responsible unit of the row")
nf(UU, 7, "固原市人民政府", "issuer of a cited document, not a responsible unit")
nf(UU, r[11], "县委政法委", "in units.txt")
nf(UU, one('抄送：'), "县人大常委会办公室", "抄送 recipient, in units.txt")
nf(UU, r[3], "县审批服务管理局", "in units.txt")
# --- garbled look-alike
nf(GT, 2, "督 查 通 报", "spaced-out masthead, not damaged text")

covers = [(48, r[1]), (41, r[2]), (93, r[3]), (105, r[4]), (106, r[5]), (97, r[6]), (9, r[7]), (54, r[8]),
          (56, r[9]), (71, r[10]), (83, r[11]), (89, r[12]), (86, one('2025年3月底前')),
          (30, one('2023年底已编制完成')), (64, one('2.厘清层级职责')), (116, one('一把手工程')),
          (3, one('智慧园区')), (8, one('互联网+医疗健康')), (7, one('国家智慧教育平台')), (10, one('数字乡村')),
          (11, one('数字供销')), (42, one('公共数据与政务数据融合')), (14, one('主体责任、监督责任')),
          (18, one('应急演练')), (24, one('会商机制')), (46, one('迁移至政务云')), (66, one('宁夏经济运行大数据平台')),
          (70, one('双随机')), (72, one('“互联网+监管”系统')), (79, one('雪亮工程')), (85, one('一件事一次办”改革')),
          (87, one('12345')), (114, one('政务新媒体矩阵')), (122, one('数字政府建设已纳入县级效能目标管理考核'))]
covers = [{"task": t, "line": l} for t, l in covers]

key = {
 "writer": "blind writer, round 578; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": m,
 "covers": covers,
 "notes": ("西吉县 数字政府建设重点任务 督查通报 第3期 (2024-10-18), issued by the county's 数字政府建设领导小组办公室. "
           "Not a plan but a supervision bulletin: the 滞后任务清单 (lines %d-%d) has two date columns — 原定完成时限 (the county plan's, some past, one in 2023) "
           "and 限期完成时间 (new commitments, which must not be later than the regional task). Only the 限期 column and the 下一步要求 are new deadlines. "
           "The table's note (line %d) makes the first-listed unit the lead. "
           "The bulletin still takes up every pillar by content (三个驱动 lines 19-21, 四个支撑 23-26, 五个一/六级贯通 15-17, 七个能力 28-34, 党的领导 17 and 35), so no missing-pillar is expected. "
           "It covers a subset of the 124 tasks by nature; task-uncovered is information only and none is planted. "
           "The 附件 township table (lines %d-%d) lists townships by their short names, all in units.txt.") % (r[1]-1, r[12], one('排在第一位的为牵头单位'), one('序号\t乡镇'), one('19\t火石寨乡'))
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(m), len(covers))
