# -*- coding: utf-8 -*-
# Builds key.json for blind case 814; every line number is looked up in the final draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L.pop()

def ln(sub, nth=1, start=1):
    hits = [i for i, s in enumerate(L, 1) if sub in s and i >= start]
    assert len(hits) >= nth, sub
    return hits[nth - 1]

def row(n):  # table row n (1-based) -> draft line
    i = ln('序号\t重点任务') + n
    assert L[i - 1].startswith('%d\t' % n), (n, L[i - 1][:10])
    return i

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

G = '锛屼紒涓氳瘉鐓у湪'
expect = [
    {"rule": "basis-mismatch", "line": chk(ln('制定本实施方案'), '宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's prefix (confused with 宁政办发〔2023〕11号 cited next). The revision note (line %d) has it right." % ln('对照自治区实施意见（宁政发〔2023〕17号）')},
    {"rule": "deadline-later-than-baseline", "line": chk(row(18), '2025年6月底'), "text": "2025年6月底",
     "why": "row 18 (城域网升级改造, 电子政务外网 to every village) is regional task 48, 完成时限 2024 年 (task 47, the same network upgrade, is also 2024 年); the revision postponed the county's own 2024年12月底 to 2025年6月底, later than the region"},
    {"rule": "deadline-invalid", "line": chk(row(32), '2025年21月底'), "text": "21月",
     "why": "month 21 does not exist (typed for 12月); the row is regional task 106 (填表报数, 2025年), so the year itself is not late"},
    {"rule": "unknown-unit", "line": chk(row(29), '县国土资源局'), "text": "县国土资源局",
     "why": "pre-reform name, not in units.txt; the county body is 县自然资源局 (row 21 uses it correctly)"},
    {"rule": "garbled-text", "line": chk(ln(G), G), "text": G,
     "why": "UTF-8 read as GBK: the clause '，企业证照在招标投标、企业用工等场景广泛应用' (GBK-encode then UTF-8-decode recovers it)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "section 五 is headed 七个能力 and the revision note says the framework is unchanged, but it has only six subsections; nothing on 政府信息公开, 政务新媒体, 政策文件库 or 政民互动 anywhere in the draft or the task table"},
    {"rule": "task-uncovered", "line": 0, "task": 112, "why": "政务公开 dropped: task 112 (各市、县（区）分别负责, 2024年) not taken up"},
    {"rule": "task-uncovered", "line": 0, "task": 114, "why": "政务公开 dropped: task 114 (政务新媒体矩阵, 各市、县（区）分别负责, 2024年) not taken up"},
]

M = []
def nf(rule, line, text, why):
    if text is not None:
        chk(line, text)
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# basis documents
nf("basis-mismatch", ln('海政发〔2023〕61号'), '海政发〔2023〕61号', "the county's own 2023 plan, named only as the version this revision abolishes (retrospective), not cited as a basis")
nf("basis-mismatch", ln('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号', "retrospective background mention of the 2020 工作要点 with its correct 文号; not cited as the basis of this plan")
nf("basis-mismatch", ln('对照自治区实施意见（宁政发〔2023〕17号）'), '宁政发〔2023〕17号', "short title 自治区实施意见 with the correct 文号")
# dates in the background / header
nf("deadline-invalid", ln('2025年3月18日'), '2025年3月18日', "issue date of the document")
nf("deadline-invalid", ln('2023年10月，县人民政府'), '2023年10月', "past date in the revision account")
nf("deadline-invalid", ln('2023年、2024年阶段性任务'), '2024年', "past years in the revision account (stages of the old plan already done)")
nf("deadline-invalid", ln('2024年11月至2025年2月'), '2024年11月', "when the revision was carried out (past)")
# goals
nf("deadline-later-than-baseline", ln('到2025年底，全县数字政府建设'), '到2025年底', "same year as the region's 到2025年 goal (framework 全面成型, 基础设施集约完备); mentions 电子政务外网/政务云 but is the goal sentence, not tasks 43/47")
nf("deadline-later-than-baseline", ln('到2035年'), '到2035年', "same as the region's 2035 goal")
nf("deadline-later-than-baseline", ln('6月25日、12月25日前'), '6月25日', "the office's own half-yearly reporting dates")
# table: old dates being replaced (备注 column)
nf("deadline-invalid", row(1), '原为2024年6月底', "old date the revision replaces, noted in 备注; not a deadline of this plan")
nf("deadline-invalid", row(2), '原为2024年底', "old date being replaced (备注)")
nf("deadline-invalid", row(13), '原为2024年12月底', "old date being replaced (备注)")
nf("deadline-invalid", row(16), '原为2024年12月底', "old date being replaced (备注)")
nf("deadline-invalid", row(33), '原为2024年底', "old date being replaced (备注)")
nf("deadline-later-than-baseline", row(8), '原为2026年6月底', "old date later than the region (task 10, 2025年) that the revision corrected; the new date 2025年底 is equal")
nf("deadline-later-than-baseline", row(24), '原为2026年6月底', "old date later than the region (task 83, 2025年) that the revision corrected; new 2025年底 is equal")
nf("deadline-later-than-baseline", row(34), '原为2026年', "old date later than the region (task 111, 2025年) that the revision corrected; new 2025年底 is equal")
nf("deadline-later-than-baseline", row(6), '原为2025年底', "old date (备注); the new date 2025年10月底 is earlier than task 8's 2025年")
# table: new deadlines that are equal or earlier
nf("deadline-later-than-baseline", row(1), '2025年6月底', "task 64 is due 2025年; earlier. Later than its own old date, which is allowed")
nf("deadline-later-than-baseline", row(13), '2025年6月底', "task 22 is due 2025年; same text as the planted row 18 but not late")
nf("deadline-later-than-baseline", row(28), '2025年6月底', "task 96 is due 2025年; earlier")
nf("deadline-later-than-baseline", row(16), '2025年9月底', "task 29 is 2023年启动，2025年完成; earlier")
nf("deadline-later-than-baseline", row(21), '2025年9月底', "task 56 is due 2025年; earlier")
nf("deadline-later-than-baseline", row(23), '2025年底', "task 81 is due 2025年; equal (later than its old 2025年6月底, which is allowed)")
nf("deadline-later-than-baseline", row(2), '2025年底', "task 3 is 持续推进，2025年取得明显成效; equal")
nf("deadline-later-than-baseline", row(19), '2025年底', "task 49 is due 2025年; equal")
nf("deadline-later-than-baseline", row(20), '2025年底', "task 52 is due 2025年; equal")
nf("deadline-later-than-baseline", row(25), '2025年', "task 87 is 2023年启动，2025年完成; equal")
nf("deadline-later-than-baseline", row(3), '持续推进，2025年取得明显成效', "task 5: the same deadline copied")
nf("deadline-later-than-baseline", row(36), '长期坚持', "task 118 is 2023年完成并长期坚持; an ongoing item with no later year is not late")
nf("deadline-later-than-baseline", row(38), '每年3月底前制定，长期坚持', "task 121 is 长期坚持; the yearly date is the county's own schedule")
# table: copied regional deadlines before the plan's year
nf("deadline-invalid", row(11), '2023年完成，长期坚持', "tasks 14/15 are due 2023年; copied regional deadline that lies before the plan's year, kept as ongoing")
nf("deadline-invalid", row(12), '2023年形成机制，长期坚持', "task 18: copied regional deadline (2023年形成机制，长期坚持)")
nf("deadline-invalid", row(15), '2023年完成，长期坚持', "task 32 is due 2023年; copied")
nf("deadline-invalid", row(17), '2023年完成，动态完善', "task 36 is due 2023年; copied, kept as ongoing")
nf("deadline-invalid", row(35), '2023年完成并长期坚持', "task 116: copied verbatim")
nf("deadline-invalid", row(39), '2023年完成，长期坚持', "tasks 122/123: copied")
nf("deadline-invalid", row(40), '2023年形成机制，长期坚持', "task 124: copied")
# units
nf("unknown-unit", ln('原由县经济和信息化局'), '县经济和信息化局', "pre-reform name mentioned in the revision account only to say its task moved; not a responsible unit of this plan")
nf("unknown-unit", ln('配合自治区政府办公厅推进'), '自治区政府办公厅', "regional body mentioned in prose as the owner of the regional cloud; not the lead of a local task")
nf("unknown-unit", ln('县数字政府建设领导小组办公室会同'), '县数字政府建设领导小组办公室', "listed in units.txt")
nf("unknown-unit", ln('各乡镇人民政府，县政府各部门'), '各乡镇人民政府', "collective subject")
nf("unknown-unit", row(4), '县直有关部门', "collective subject (县直有关部门按职责分别负责)")
nf("unknown-unit", row(11), '县直各部门（单位）', "collective subject")
nf("unknown-unit", row(2), '海原工业园区管委会', "short name of 海原工业园区管理委员会 in units.txt")
nf("unknown-unit", row(5), '县教体局', "short name of 县教育体育局 in units.txt")
nf("unknown-unit", row(6), '县医保局', "short name of 县医疗保障局 in units.txt")
nf("unknown-unit", row(7), '县住建局', "short name of 县住房和城乡建设局 in units.txt")
nf("unknown-unit", row(30), '县发改局', "short name of 县发展和改革局 in units.txt")
nf("unknown-unit", row(27), '中卫市生态环境局海原分局', "one registered name (city bureau's county branch); must not be split")
nf("unknown-unit", row(21), '国家税务总局海原县税务局', "registered name")
nf("unknown-unit", row(23), '县消防救援大队', "registered name")
# pillars restructured but present
nf("missing-pillar", 0, None, "数字生态 is covered: section 三（三） and task-table row 10 (data-element market, network ecology)")
nf("missing-pillar", 0, None, "五个一/六级贯通 is covered by 一套体系 (健全组织机构, 厘清层级职责 incl. 六级贯通, 完善工作机制) and row 1")
M[-2]["pillar"] = "数字生态"
M[-1]["pillar"] = "五个一"

cov = {}
def cv(task, line):
    cov.setdefault(task, line)
for n, t in enumerate([64, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 18, 22, 28, 32, 29, 36, 48, 49, 52, 56, 66, 81, 83, 87, 92,
                       95, 96, 100, 101, 102, 106, 107, 111, 116, 118, 120, 121, 122, 124], 1):
    cv(t, row(n))
cv(15, row(11)); cv(123, row(39))
for t, sub in [(17, '落实安全制度要求'), (21, '推动各类行政权力事项网上运行'), (24, '健全政务信息化项目会商机制'),
               (25, '（二）加大财政投入'), (30, '完善数据管理机制'), (31, '完善数据管理机制'), (38, '推动与党委、人大、政协'),
               (41, '促进数据有序开发利用'), (42, '促进数据有序开发利用'), (46, '强化政务云平台支撑能力'),
               (50, '提升网络平台支撑能力'), (57, '宁夏信用信息公共服务平台'), (58, '地理信息服务体系'),
               (65, '加强经济运行监测分析'), (67, '规划综合管理信息平台'), (68, '推动监管精准化'), (70, '推动监管精准化'),
               (72, '促进监管协同化'), (73, '促进监管协同化'), (71, '实现监管智能化'), (75, '实现监管智能化'),
               (77, '提升社会矛盾化解能力'), (79, '雪亮工程'), (84, '打造泛在可及的服务体系'), (85, '提升智慧便捷的服务能力'),
               (86, '提升智慧便捷的服务能力'), (88, '提供优质便利的涉企服务'), (89, '提供优质便利的涉企服务'),
               (90, '拓展公平普惠的民生服务'), (93, '拓展公平普惠的民生服务'), (94, '提升生态环保协同治理能力'),
               (97, '提高自然资源利用效率'), (98, '提高自然资源利用效率'), (103, '提升辅助决策能力'), (104, '提升行政执行能力'),
               (105, '提升行政执行能力'), (108, '提升行政监督水平'), (109, '提升行政监督水平'), (110, '提升行政监督水平'),
               (117, '（三）提升数字素养')]:
    cv(t, ln(sub))
covers = [{"task": t, "line": cov[t]} for t in sorted(cov)]

key = {
    "writer": "blind writer, round 814; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("海原县 (中卫市) revised plan, issued 2025-03-18: revision account (lines %d-%d), plan body, and a 40-row task table "
              "(lines %d-%d; columns 序号/重点任务/责任单位/完成时限/备注). 备注 holds the old deadlines being replaced "
              "(原为…); only 完成时限 is the plan's deadline. Completed 2023/2024 tasks were moved out of the table, so most rows are "
              "2025 or ongoing tasks; the one 2024 task kept (row 18, task 48) was postponed past the region - the planted late "
              "deadline. Task 82 (新冠疫情防控) and several region-led tasks are deliberately not taken up; only 112 and 114 are "
              "listed as task-uncovered. Tasks 113 and 115 (政务公开, counties only 配合) are also absent because the pillar is missing. "
              "The 说明 line states the first-listed unit leads. Line %d also holds three correct citations (国发〔2022〕14号; 宁政办发〔2023〕11号 for the 1244+N 实施方案; 中卫市人民政府《关于加强数字政府建设的实施方案》 by title alone) which must not be flagged; they are not listed in mustNotFlag only because that line carries the planted basis-mismatch.") % (ln('修订说明'), ln('本次修订保持原方案'), row(1), row(40), ln('制定本实施方案')),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
