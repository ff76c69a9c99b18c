#!/usr/bin/env python3
"""Builds key.json for blind589 from draft.txt; every line number is found by text and checked."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in lines[n - 1], (text, n)
    return n

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": L(anchor, text), "text": text, "why": why}
    d.update(kw)
    return d

def N(rule, anchor, why, text=None):
    d = {"rule": rule, "line": L(anchor, text)}
    if text is not None:
        d["text"] = text
    d["why"] = why
    return d

expect = [
    E("basis-mismatch", "下一步，我中心将认真吸纳", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (cited correctly on line %d); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title" % L("（宁政发〔2023〕17号）和《数字宁夏")),
    E("unknown-unit", "5.建设“智慧园区”", "市经信局",
      "not in units.txt: the stale name of 市工业和信息化局 (named correctly in items 4 and 22), here as the lead of a commitment"),
    E("deadline-later-than-baseline", "18.提升网络支撑能力", "2025年6月底",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; the city commits mid-2025"),
    E("deadline-later-than-baseline", "31.推进适老化改造", "2025年底",
      "task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 各市、县(区)按照职能分别负责) 完成时限 2024年"),
    E("deadline-invalid", "17.统筹政务云资源调度", "2023年12月底",
      "a commitment in the 下一步工作打算 of a reply dated 2024年5月20日 falls before the year of issue (copied slip; task 46 完成时限 2024年, so it is not a late deadline)"),
    E("deadline-invalid", "30.推进“多卡合一”", "2025年6月31日",
      "impossible date: June has 30 days (the year itself is fine: task 92 完成时限 2025年)"),
    E("garbled-text", "13.推动数据回流共享", "寤虹珛鏀垮姟",
      "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立政务数据属地返还机制"),
]

M = []
def add(*a, **k):
    M.append(N(*a, **k))

# document furniture: numbers that are not dates, the reply's own date and number
add("basis-mismatch", "卫大数函〔2024〕12号", "the reply's own 文号, not a cited basis document", "卫大数函〔2024〕12号")
add("deadline-invalid", "关于市政协五届三次会议第98号提案的答复", "the proposal's session (五届三次) and number (第98号), not a date", "第98号")
add("basis-mismatch", "《关于加快推进我市数字政府建设的提案》", "the proposer's own proposal title (加快推进 is the proposer's wording), not a basis document", "关于加快推进我市数字政府建设的提案")
add("deadline-invalid", "2024年5月20日", "the reply's own date (the year of issue)", "2024年5月20日")
add("deadline-invalid", "联系电话", "a telephone number, not a date", "0955-7018826")
add("unknown-unit", "抄送：", "抄送 addressees, all in units.txt (市政协提案委员会, 市人民政府督查室, 市人民政府办公室)", "市政协提案委员会")
# basis documents cited correctly, and a retrospective one
add("basis-mismatch", "（国发〔2022〕14号）", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
add("basis-mismatch", "（宁政发〔2023〕17号）和《数字宁夏", "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
add("basis-mismatch", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 seed plan; a real companion document", "宁政办发〔2023〕11号")
add("basis-mismatch", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the account of past work, not cited as the basis of the reply", "宁政办发〔2020〕14号")
add("basis-mismatch", "2023年9月，市人民政府印发", "the city's own plan cited by title alone, in the past; the title 关于加强数字政府建设的实施方案 is right", "关于加强数字政府建设的实施方案")
add("basis-mismatch", "《中卫市政务数据管理办法》", "a measure the city will issue, not a cited basis document", "中卫市政务数据管理办法")
# past dates of work done, reporting dates, copied regional deadlines
add("deadline-invalid", "2018年，原市经济和信息化局", "past date of work done", "2018年")
add("unknown-unit", "2018年，原市经济和信息化局", "a former body named as having done something in 2018 (原…), not a responsible unit of any commitment", "原市经济和信息化局")
add("deadline-invalid", "2020年，按照《宁夏回族自治区2020年", "past date of work done", "2020年")
add("deadline-invalid", "2023年4月，市委编办", "past date of work done (市委编办 is in units.txt)", "2023年4月")
add("deadline-invalid", "2023年9月，市人民政府印发", "past date of work done", "2023年9月")
add("deadline-later-than-baseline", "2023年10月，市发展改革委", "past date: the 会商机制 of task 24 (完成时限 2023年) was done in 2023年10月, on time", "2023年10月")
add("deadline-invalid", "政务云方面。2023年底前", "past completion (组织完成…迁移), not a commitment; earlier than task 43/19 (2024年) anyway", "2023年底前")
add("deadline-invalid", "截至2024年4月底", "the office's own reporting date", "2024年4月底")
add("unknown-unit", "自治区政府办公厅牵头建设的宁夏政务数据平台", "a regional body named as having built the regional platform (past), not the lead of a local task", "自治区政府办公厅")
add("deadline-invalid", "自治区政府办公厅牵头建设的宁夏政务数据平台", "past date (platform went live)", "2023年12月")
add("deadline-invalid", "2023年11月，按照自治区", "the regional deadline of task 30 (完成时限 2023年) quoted in the past account, and the work done in 2023年11月; a copied regional deadline before the reply's year", "2023年底前")
add("unknown-unit", "2023年11月，按照自治区", "collectives 市直各部门（单位） and 各县（区）", "市直各部门（单位）")
add("deadline-invalid", "安全保障方面。2023年", "past date of work done", "2023年")
add("deadline-invalid", "国家（中卫）新型互联网交换中心于2021年", "past dates of work done", "2022年7月")
add("unknown-unit", "国家（中卫）新型互联网交换中心于2021年", "facility names (数据中心集群, 互联网交换中心, 西部云基地), not responsible units", "中卫数据中心集群")
add("deadline-later-than-baseline", "市场监管方面。2023年", "past: the 互联网+监管 docking of task 72 (完成时限 2023年) was done in 2023", "2023年")
add("unknown-unit", "社会治理方面。2023年", "市域社会治理指挥中心 and 乡镇（街道）综治中心 are facilities built in the past, not units", "市域社会治理指挥中心")
add("deadline-invalid", "2022年完成市、县（区）政府网站集约化整合", "past date of work done", "2022年")
add("deadline-invalid", "能力建设方面。2023年", "past dates (2023年, 2023年度 考核) of work done; 市委党校 is in units.txt", "2023年度")
# 主要目标 and commitments that are equal to or earlier than the region's
add("deadline-later-than-baseline", "下一步，我中心将认真吸纳", "到2025年…体系框架全面成型 equals the regional 主要目标 (到2025年 “34567”体系框架全面成型)", "到2025年")
add("unknown-unit", "下一步，我中心将认真吸纳", "collectives 市直有关部门 and 各县（区）人民政府", "各县（区）人民政府")
add("deadline-later-than-baseline", "1.完善组织机构", "2024年底前 is earlier than task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年", "2024年底前")
add("unknown-unit", "2.厘清层级职责", "collective 市直各部门（单位）", "市直各部门（单位）")
add("deadline-later-than-baseline", "4.做强“西部数谷”", "equal to task 1 (持续推进，2025 年取得明显成效)", "2025年取得明显成效")
add("deadline-later-than-baseline", "5.建设“智慧园区”", "equal to task 3 (持续推进，2025 年取得明显成效); the only fault of this line is the unit", "2025年取得明显成效")
add("unknown-unit", "5.建设“智慧园区”", "中卫工业园区、中宁工业园区 are the parks being made smart (places), not units; 中卫工业园区管委会 and 中宁县人民政府 are in units.txt", "中宁工业园区")
add("deadline-later-than-baseline", "6.推进智慧城市建设", "equal to task 9 (持续推进，2025年取得明显成效)", "2025年取得明显成效")
add("deadline-later-than-baseline", "7.深化数字普惠应用", "持续推进 with no year, as task 6 (持续推进，2025 年取得明显成效) and 8; not later", "持续推进")
add("unknown-unit", "8.推进数字乡村建设", "沙坡头区、中宁县、海原县人民政府: a shared suffix, each 县（区）人民政府 is in units.txt (with 沙坡头区/中宁县/海原县 as short names)", "沙坡头区")
add("deadline-later-than-baseline", "8.推进数字乡村建设", "equal to task 10 (持续推进，2025年取得明显成效)", "2025年取得明显成效")
add("deadline-later-than-baseline", "9.培育数据要素市场", "equal to task 12 (2025年)", "2025年底前")
add("deadline-later-than-baseline", "11.完善制度规则", "equal to task 26 (2024年)", "2024年底前")
add("deadline-later-than-baseline", "12.开展试点示范", "equal to task 28 (2023年启动，2025年取得明显成效)", "2025年取得明显成效")
add("deadline-later-than-baseline", "14.建设政务数据仓库", "equal to task 39 (2024年)", "2024年底前")
add("deadline-later-than-baseline", "15.有序开放公共数据", "2024年10月底 is within task 41's 2024年", "2024年10月底")
add("deadline-later-than-baseline", "16.提升政务云支撑能力", "equal to task 43 (2024 年建成，持续推进) and task 19 (2023年启动，2024年建成)", "2024年底前")
add("deadline-later-than-baseline", "17.统筹政务云资源调度", "2023年12月 is not later than task 46 (2024 年); the line's fault is deadline-invalid only", "2023年12月底")
add("deadline-later-than-baseline", "19.整合业务专网", "equal to task 50 (2024 年)", "2024年底前")
add("deadline-later-than-baseline", "20.统筹视频资源", "equal to task 49 (2025 年)", "2025年底前")
add("deadline-later-than-baseline", "21.拓展电子证照应用", "equal to task 52 (2025年); the social-scenario content is task 52, not task 85", "2025年底前")
add("deadline-later-than-baseline", "22.提升经济调节能力", "equal to task 66 (2025年)", "2025年底前")
add("deadline-later-than-baseline", "23.提升市场监管能力", "equal to task 70 (2024年)", "2024年底前")
add("deadline-later-than-baseline", "24.推进数字化追溯监管", "equal to task 71 (2024年)", "2024年底前")
add("deadline-later-than-baseline", "25.提升矛盾纠纷化解能力", "equal to task 77 (2024年)", "2024年底前")
add("deadline-later-than-baseline", "26.提升基层治理能力", "equal to task 83 (2025年)", "2025年底前")
add("unknown-unit", "26.提升基层治理能力", "collectives 各乡镇（街道）、各村（社区）", "各乡镇（街道）")
add("deadline-later-than-baseline", "27.推进“智慧应急”建设", "equal to task 80 (2024年)", "2024年底前")
add("deadline-later-than-baseline", "28.提升政务服务能力", "equal to task 86 (2024年)", "2024年底前")
add("deadline-later-than-baseline", "29.优化12345热线", "2024年底 is earlier than task 87 (2023年启动，2025年完成); 12345 is the hotline's number", "2024年底前")
add("deadline-later-than-baseline", "30.推进“多卡合一”", "2025年6月 is earlier than task 92 (2025年); the line's fault is the impossible day only", "2025年6月31日")
add("deadline-later-than-baseline", "32.提升生态环境保护能力", "equal to task 95 (2025年)", "2025年底前")
add("deadline-later-than-baseline", "33.深化“宁政通”应用", "2024年9月底 is within task 105's 2024年", "2024年9月底")
add("deadline-later-than-baseline", "34.推动基层减负", "equal to task 106 (2025年); 50% is a target, not a date", "2025年底前")
add("deadline-later-than-baseline", "35.提升行政监督水平", "equal to task 108 (长期推进，2024年取得明显成效)", "2024年底前")
add("deadline-later-than-baseline", "36.改进机关事务管理", "equal to task 111 (2025年)", "2025年底前")
add("deadline-later-than-baseline", "37.提升政务公开能力", "equal to task 112/113 (2024年)", "2024年底前")
add("deadline-later-than-baseline", "38.构建政务新媒体矩阵", "equal to task 114 (2024年)", "2024年底前")
add("deadline-later-than-baseline", "41.提升数字素养", "每年 (ongoing) matches task 118 (2023年完成并长期坚持); no dated milestone, not later", "每年")

covers = []
def C(task, anchor):
    covers.append({"task": task, "line": L(anchor)})
for t, a in [
    (1, "4.做强“西部数谷”"), (3, "5.建设“智慧园区”"), (9, "6.推进智慧城市建设"), (6, "7.深化数字普惠应用"),
    (8, "7.深化数字普惠应用"), (10, "8.推进数字乡村建设"), (12, "9.培育数据要素市场"), (14, "10.强化安全保障"),
    (18, "10.强化安全保障"), (24, "2023年10月，市发展改革委"), (26, "11.完善制度规则"), (28, "12.开展试点示范"),
    (30, "2023年11月，按照自治区"), (39, "14.建设政务数据仓库"), (41, "15.有序开放公共数据"),
    (43, "16.提升政务云支撑能力"), (46, "17.统筹政务云资源调度"), (48, "18.提升网络支撑能力"), (50, "19.整合业务专网"),
    (49, "20.统筹视频资源"), (52, "21.拓展电子证照应用"), (64, "1.完善组织机构"), (66, "22.提升经济调节能力"),
    (70, "23.提升市场监管能力"), (71, "24.推进数字化追溯监管"), (72, "市场监管方面。2023年"), (77, "25.提升矛盾纠纷化解能力"),
    (80, "27.推进“智慧应急”建设"), (83, "26.提升基层治理能力"), (86, "28.提升政务服务能力"), (87, "29.优化12345热线"),
    (92, "30.推进“多卡合一”"), (93, "31.推进适老化改造"), (95, "32.提升生态环境保护能力"), (105, "33.深化“宁政通”应用"),
    (106, "34.推动基层减负"), (108, "35.提升行政监督水平"), (111, "36.改进机关事务管理"), (112, "37.提升政务公开能力"),
    (114, "38.构建政务新媒体矩阵"), (116, "39.加强组织领导"), (25, "40.加大财政投入"), (118, "41.提升数字素养"),
    (122, "42.强化考核评价"), (123, "42.强化考核评价"),
]:
    C(t, a)

key = {
    "writer": "blind writer, round 589; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("A reply of 中卫市大数据服务中心 (dated 2024-05-20) to 市政协五届三次会议第98号提案, not a 实施方案: "
              "section 一 is the account of past work (all dates before 2024-05, bodies named as having acted, a former body 原市经济和信息化局, "
              "the 2020 工作要点 mentioned in retrospect); section 三 holds the commitments, organised by the regional framework so that every "
              "pillar (三个驱动, 四个支撑, 五个一/六级贯通, 七个能力, 党的领导 items) is taken up by content — no missing-pillar is expected. "
              "All seven planted mistakes are in section 三 (lines 31-66). Figures, names and the phone number are invented. "
              "No task-uncovered is expected: a proposal reply need not take up every task; covers lists what it does take up."),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(lines), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
