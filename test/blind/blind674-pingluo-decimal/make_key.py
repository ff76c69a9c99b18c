# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(text, start=None, nth=1):
    hits = [i + 1 for i, s in enumerate(L) if text in s and (start is None or s.startswith(start))]
    assert len(hits) >= nth, (text, start, hits)
    return hits[nth - 1]

def at(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line

expect = [
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office series. The annex note (last line) cites it correctly."},
    {"rule": "deadline-later-than-baseline", "line": ln("2025年12月底前", "18\t3.4.2"), "text": "2025年12月底前",
     "why": "annex row 3.4.2 (城域网升级改造, 电子政务外网县乡村全覆盖, 非涉密专网整合) takes up regional tasks 47, 48 and 50, each 完成时限 2024年; the body item 3.4.2 itself says 2024年12月底前"},
    {"rule": "deadline-invalid", "line": ln("20224年"), "text": "20224年",
     "why": "impossible year (typo for 2024年12月底前, as the annex row 5.2.1 has); regional task 71 完成时限 2024年"},
    {"rule": "unknown-unit", "line": ln("牵头单位：县生态环境局"), "text": "县生态环境局",
     "why": "not in units.txt: the county has no 生态环境局; the work belongs to 石嘴山市生态环境局平罗分局, as the annex row 5.5.1 says"},
    {"rule": "garbled-text", "line": ln("鎺ㄥ姩鍘跨骇"), "text": "鎺ㄥ姩鍘跨骇",
     "why": "UTF-8 bytes read as GBK: 鎺ㄥ姩鍘跨骇鏀垮姟鏈嶅姟浜嬮」 = 推动县级政务服务事项"},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "适老化与信息无障碍建设 (自治区各部门及各市、县（区）按照职能分别负责, 2024年) deliberately left out; no 适老化/无障碍/老年人/残疾人 content anywhere"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        at(line, text); e["text"] = text
    e.update(kw); e["why"] = why; M.append(e)

DL, DI, UU, BM, MP = "deadline-later-than-baseline", "deadline-invalid", "unknown-unit", "basis-mismatch", "missing-pillar"
# basis
m(BM, 4, "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
m(BM, 4, "real regional action plan cited with its own 文号, as the 吴忠 plan cites it", "宁政办发〔2023〕11号")
m(BM, 4, "the city plan cited by title alone, normal for a city plan without 文号", "石嘴山市人民政府《关于加强数字政府建设的实施方案》")
m(BM, 7, "retrospective mention of the 2020 工作要点 in the background, correct 文号, not cited as a basis", "宁政办发〔2020〕14号")
m(BM, ln("宁政发〔2023〕17号附件2"), "correct 文号 of the regional 实施意见 and the correct title of its 附件2", "宁政发〔2023〕17号")
# dates that are not task deadlines
m(DI, 3, "the draft's own compilation date", "2024年4月")
m(DI, 7, "past dates in the background section (现状基础)", "2023年10月")
m(DI, ln("2024年5月31日前"), "the office's own reporting date (任务分解表), not a task deadline", "2024年5月31日")
m(DL, ln("2025年1月底前"), "the office's own annual evaluation report date, not a task deadline; regional 124/121 are 长期坚持-type", "2025年1月底前")
m(DI, ln("2024年12月15日前"), "the office's own reporting date (年度工作总结)", "2024年12月15日")
m(DI, ln("每季度末月25日前"), "quarterly reporting rule, not a date", "每季度末月25日")
m(DI, ln("7\t2.3.1"), "section number cited as 任务编号, not a date", "2.3.1")
m(DI, ln("本方案重点任务按"), "the numbering scheme explained in prose (章.节.条), not a date", "章.节.条")
m(DI, 1, "the plan's own year in its title", "2024年")
m(DI, ln("（2023年—2025年）》"), "the title of the regional task list (2023年—2025年), not a deadline", "2023年—2025年")
m(UU, ln("责任单位：县委办、县委组织部"), "short name of 县委办公室 in units.txt", "县委办")
# copied regional deadlines before the plan year
m(DI, ln("2023年完成，长期坚持", "牵头单位"), "copied regional deadline of tasks 14/15 (2023年) with 长期坚持; lies before the plan year but is the region's own", "2023年完成，长期坚持")
m(DL, ln("2023年完成，长期坚持", "牵头单位"), "equal to tasks 14 and 15 (2023年)", "2023年完成，长期坚持")
m(DI, ln("2023年形成机制，长期坚持", "牵头单位"), "verbatim copy of task 18's 完成时限 (2023年形成机制，长期坚持)", "2023年形成机制，长期坚持")
m(DI, ln("2023年形成机制，长期坚持", "10\t3.1.2"), "annex copy of task 18's regional deadline", "2023年形成机制，长期坚持")
# equal or earlier deadlines
m(DL, 11, "goal: 政务云迁移, 外网三级全覆盖, 我的宁夏 — tasks 43 (2024年建成，持续推进), 48 (2024年), 86 (2024年): equal", "到2024年底")
m(DL, 12, "equal to the regional 主要目标 (到2025年 “34567”体系框架全面成型)", "到2025年")
m(DL, 13, "equal to the regional 2035 goal", "到2035年")
m(DL, ln("牵头单位：县工信局"), "earlier than task 2 (2023年启动，2024年取得明显成效)", "2024年10月底前")
m(DL, ln("牵头单位：县教育局"), "task 7 (2023年形成试点经验，2025年取得明显成效): completing milestone equal", "2025年取得明显成效")
m(DL, ln("牵头单位：县发改局；配合单位：县大数据中心"), "equal to task 12 (2025年)", "2025年12月底前")
m(DL, ln("牵头单位：县委网信办；配合单位：县公安局"), "网络综合治理 has no regional task row; 长期坚持", "长期坚持")
m(DL, ln("2024年启动，2025年取得明显成效", "牵头单位"), "task 28 (2023年启动，2025年取得明显成效): the completing milestone 2025 is equal; only the start is a year later", "2024年启动，2025年取得明显成效")
m(DL, ln("2024年11月底前", "牵头单位"), "earlier than task 41 (2024年)", "2024年11月底前")
m(DL, ln("2024年12月底前", "牵头单位：县大数据服务中心；配合单位：各乡镇人民政府、中国电信"), "body item 3.4.2 equal to tasks 47/48/50 (2024年)", "2024年12月底前")
m(DL, ln("2024年10月底前", "牵头单位：县大数据服务中心"), "earlier than task 43 (2024年建成，持续推进) and task 46 (2024年)", "2024年10月底前")
m(DL, ln("2025年6月底前", "牵头单位：县委政法委；配合单位：县公安局"), "earlier than task 49 (2025年)", "2025年6月底前")
m(DL, ln("2025年6月底前", "牵头单位：县财政局"), "earlier than task 56 (2025年)", "2025年6月底前")
m(DL, ln("2024年6月底前", "牵头单位：县政府办"), "earlier than task 64 (2025年); the text follows task 64 (参照自治区做法成立相应的组织机构), not task 60 (自治区 领导小组)", "2024年6月底前")
m(DL, ln("2025年12月底前", "牵头单位：县政府办"), "equal to task 87 (2023年启动，2025年完成)", "2025年12月底前")
m(DL, ln("2025年6月底前", "牵头单位：县大数据服务中心；配合单位：县统计局"), "earlier than task 106 (2025年)", "2025年6月底前")
m(DL, ln("2024年12月底前", "25\t5.2.1"), "annex row 5.2.1 equal to task 71 (2024年)", "2024年12月底前")
m(DL, ln("2024年12月底前", "牵头单位：县生态环境局"), "equal to task 94 (2024年)", "2024年12月底前")
# units
m(UU, ln("牵头单位：平罗工业园区管委会"), "listed in units.txt", "平罗工业园区管委会")
m(UU, ln("牵头单位：县工信局"), "short name of 县工业和信息化局 in units.txt", "县工信局")
m(UU, ln("牵头单位：县工信局"), "short name of 县发展和改革局 in units.txt", "县发改局")
m(UU, ln("配合单位：县直有关部门；"), "collective subject", "县直有关部门")
m(UU, ln("牵头单位：县卫健局"), "short name of 县卫生健康局 in units.txt", "县卫健局")
m(UU, ln("牵头单位：县农业农村局；配合单位：各乡镇人民政府"), "collective subject", "各乡镇人民政府")
m(UU, ln("配合单位：县大数据中心"), "short name of 县大数据服务中心 in units.txt", "县大数据中心")
m(UU, ln("配合单位：县直各部门（单位）、各乡镇人民政府；完成时限：2023年"), "collective subject", "县直各部门（单位）")
m(UU, ln("牵头单位：县审批局；配合单位：县市场监管局"), "short name of 县行政审批服务局 in units.txt", "县审批局")
m(UU, ln("国网平罗县供电公司", "牵头单位"), "non-government unit listed in units.txt", "国网平罗县供电公司")
m(UU, ln("中国电信平罗分公司", "牵头单位"), "short name of 中国电信股份有限公司平罗分公司 in units.txt", "中国电信平罗分公司")
m(UU, ln("平罗县税务局", "牵头单位"), "vertically managed unit listed in units.txt", "平罗县税务局")
m(UU, ln("各村（社区）；完成时限：2024年12月底前", "牵头单位"), "collective subject", "各村（社区）")
m(UU, ln("县委组织部、宣传部"), "prefix 县委 distributes: 县委宣传部, in units.txt", "宣传部")
m(UU, ln("县委组织部、宣传部"), "short name of 中共平罗县委党校 in units.txt", "县委党校")
m(UU, ln("石嘴山市生态环境局平罗分局", "31\t5.5.1"), "canonical name in units.txt (city bureau's county branch)", "石嘴山市生态环境局平罗分局")
m(UU, ln("报县数字政府建设领导小组"), "the county's own coordinating body named in prose as a report recipient, not a responsible unit", "县数字政府建设领导小组")
# pillars
m(MP, 0, "数字生态 taken up in 2.3 (data element market, network ecology)", pillar="数字生态")
m(MP, 0, "五个一/六级贯通 taken up in section 4 (组织机构, 县乡村层级职责)", pillar="六级贯通")
m(MP, 0, "党的领导 items taken up in section 6 under the heading 保障措施 (组织领导, 财政投入, 数字素养, 考核评价)", pillar="考核评价")

C = []
def c(task, text, start=None):
    C.append({"task": task, "line": ln(text, start)})
c(3, "2.1.1 推进智慧园区建设"); c(2, "2.1.2 推动企业上云用数"); c(6, "2.2.1 推进公共服务数字化")
c(7, "2.2.2 深化智慧教育应用"); c(8, "2.2.3 推进“互联网+医疗健康”"); c(10, "2.2.4 推进数字乡村建设")
c(12, "2.3.1 培育数据要素市场"); c(14, "3.1.1 落实安全管理责任"); c(15, "3.1.1 落实安全管理责任")
c(18, "3.1.2 提升安全防护能力"); c(21, "3.2.1 推动行政权力事项网上运行"); c(28, "3.2.2 开展试点示范")
c(33, "3.3.1 推进基础库"); c(34, "3.3.1 推进基础库"); c(41, "3.3.2 推进公共数据开放"); c(42, "3.3.3 促进数据融合应用")
c(40, "3.3.4 规范电子公文"); c(54, "3.3.4 规范电子公文"); c(43, "3.4.1 推进政务系统迁移上云")
c(47, "3.4.2 推进电子政务外网"); c(48, "3.4.2 推进电子政务外网"); c(50, "3.4.2 推进电子政务外网")
c(49, "3.4.3 融入全区“视频一张网”"); c(53, "3.4.4 推广电子印章"); c(56, "3.4.5 推进非税收入")
c(64, "4.1 健全组织机构"); c(66, "5.1.1 加强县域经济运行监测"); c(71, "5.2.1 强化重点领域数字化追溯监管")
c(77, "5.3.1 完善矛盾纠纷多元化解"); c(80, "5.3.2 推进“智慧应急”建设"); c(83, "5.3.3 实施“互联网+基层治理”")
c(84, "5.4.1 提升“一网通办”水平"); c(86, "5.4.1 提升“一网通办”水平"); c(87, "5.4.2 提升12345热线")
c(94, "5.5.1 加强生态环境数字化监测"); c(96, "5.5.2 推进“互联网+城乡供水”"); c(104, "5.6.1 推广协同办公")
c(105, "5.6.1 推广协同办公"); c(106, "5.6.2 推进基层填表报数减负"); c(112, "5.7.1 完善政务公开平台")
c(114, "5.7.2 建设政务新媒体矩阵"); c(116, "6.1 加强组织领导"); c(118, "6.3 提升数字素养"); c(123, "6.4 强化考核评价"); c(124, "6.4 强化考核评价")

key = {
    "writer": "blind writer, round 674; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("平罗县 (石嘴山市) 2024 plan drafted by the county 大数据服务中心 in technical-plan style: decimal numbering, each item followed by a 牵头单位/配合单位/完成时限 line, "
              "and an annex table (lines 120-156) whose rows repeat the item numbers, units (full names) and deadlines. Two planted slips are body/annex inconsistencies: "
              "the late deadline is only in the annex row 3.4.2 (body says 2024年12月底前), the unknown unit only in the body 5.5.1 (annex has the right unit); the invalid year 20224年 is only in the body 5.2.1. "
              "Tasks due 2023 that the draft takes up (14, 15, 18) carry the region's own deadline copied with 长期坚持; they lie before the plan year by design. "
              "No parent plan is given: the 石嘴山 city plan is cited by title only. Section 6 is headed 保障措施 but holds the four 党的领导 items.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
for e in expect: print(e['rule'], e['line'], e.get('text', e.get('task')))
