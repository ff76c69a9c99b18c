# Builds key.json; every line number is looked up in the final draft.txt (1-based) by a unique marker.
import json
D = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(marker, text=None):
    hits = [i + 1 for i, l in enumerate(D) if marker in l]
    assert len(hits) == 1, (marker, hits)
    if text: assert text in D[hits[0] - 1], (marker, text)
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the plan's preamble cites it with the wrong year"},
 {"rule": "unknown-unit", "line": ln("区信息化办公室"), "text": "区信息化办公室",
  "why": "not in units.txt (no such district body; the district's technical unit is 区大数据服务中心) and not a regional unit"},
 {"rule": "deadline-later-than-baseline", "line": ln("18．提升电子政务外网支撑能力", "2025年底前"), "text": "2025年底前",
  "why": "城域网升级改造、区市县乡村5级全覆盖、按需向企事业单位拓展 is regional task 48, 完成时限 2024年; the plan gives 2025年底前"},
 {"rule": "deadline-later-than-baseline", "line": ln("适老化与信息无障碍改造", "2025年6月底前"), "text": "2025年6月底前",
  "why": "适老化与信息无障碍建设 is regional task 93, 完成时限 2024年; the 2024 work points give 2025年6月底前 (the plan itself, line %d, says 2024年底前)" % ln("31．推进适老化改造")},
 {"rule": "deadline-invalid", "line": ln("2023年9月底前"), "text": "2023年9月底前",
  "why": "a deadline before the year the document is issued (the work points and the plan are dated 2024年3月); the task is regional task 105 (宁政通, 2024年) and the plan's line %d gives 2024年底前" % ln("34．全面推广“宁政通”")},
 {"rule": "garbled-text", "line": ln("鎺ㄨ繘鏀垮姟"), "text": "鎺ㄨ繘鏀垮姟鏈嶅姟",
  "why": "UTF-8 bytes of 推进政务服务跨省通办 read as GBK (re-encode as GBK, decode as UTF-8)"},
]

def mnf(rule, marker, why, text=None, check=None):
    e = {"rule": rule, "line": ln(marker, check or text), "why": why}
    if text: e["text"] = text
    return e

mustNotFlag = [
 mnf("basis-mismatch", "（国发〔2022〕14号）", "correct citation of the national 指导意见", text="国发〔2022〕14号"),
 mnf("basis-mismatch", "宁政发〔2023〕17号", "the work points cite the regional 实施意见 with the correct 文号 (only the plan's preamble is wrong)", text="宁政发〔2023〕17号"),
 mnf("basis-mismatch", "宁政办发〔2020〕14号", "retrospective mention of the 2020 regional work points in the background section, not cited as a basis; title and 文号 match", text="宁政办发〔2020〕14号"),
 mnf("basis-mismatch", "金政发〔2024〕12号", "the district notice's own 文号, not a cited document", text="金政发〔2024〕12号"),
 mnf("basis-mismatch", "现印发给你们", "the notice names the plan and its own attachment 《金凤区数字政府建设2024年工作要点》; neither is a higher-level basis", text="金凤区数字政府建设2024年工作要点"),
 mnf("basis-mismatch", "附件：金凤区数字政府建设2024年工作要点", "attachment line naming the district's own work points"),
 {"rule": "basis-mismatch", "line": ln("金凤区数字政府建设2024年工作要点") if False else [i+1 for i,l in enumerate(D) if l == "金凤区数字政府建设2024年工作要点"][0],
  "text": "金凤区数字政府建设2024年工作要点", "why": "the second document's own title (a new document starts here, with its own numbering 一、二、三 and its own date); not a citation and not a superseded document"},
 mnf("basis-mismatch", "和《金凤区数字政府建设实施方案》", "the work points cite the district's own plan (the first document in the file) by title; it has no 文号 and no parent plan is involved", text="金凤区数字政府建设实施方案"),
 mnf("deadline-invalid", "（二）发展基础。", "2023年 is a past date in the background (what was done in 2023), not a deadline", text="2023年"),
 mnf("deadline-invalid", "各牵头单位于2024年6月25日", "the office's own reporting dates within 2024", text="2024年6月25日"),
 mnf("deadline-invalid", "各牵头单位于每年6月25日", "recurring reporting dates without a year"),
 mnf("deadline-later-than-baseline", "到2024年底，区级非涉密", "2024 goal: 信创云 migration (tasks 19 '2023年启动，2024年建成' / 43 '2024年建成') and 宁政通 coverage (task 105, 2024年); equal to the region", text="2024年底"),
 mnf("deadline-later-than-baseline", "到2025年，全区数字政府建设", "equal to the region's 主要目标 (到2025年 '34567'体系框架全面成型)", text="2025年"),
 mnf("deadline-later-than-baseline", "到2035年，", "equal to the region's 2035 goal", text="2035年"),
 mnf("deadline-later-than-baseline", "1．推进智慧园区建设", "task 3, 持续推进，2025年取得明显成效: same", text="2025年"),
 mnf("deadline-later-than-baseline", "6．培育数据要素市场", "task 12, 完成时限 2025年: equal", text="2025年底前"),
 mnf("deadline-later-than-baseline", "7．规范数据交易环境", "task 13, 完成时限 2024年: equal", text="2024年底前"),
 mnf("deadline-later-than-baseline", "10．推进政务信创云迁移", "task 19 (2023年启动，2024年建成) and task 43 (2024年建成，持续推进): completing milestone 2024, equal", text="2024年底前"),
 mnf("deadline-later-than-baseline", "13．开展试点示范", "task 28, 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal; only the start year differs", text="2025年"),
 mnf("deadline-later-than-baseline", "15．推进公共数据开放", "task 41, 完成时限 2024年: equal (the work points give the earlier 2024年9月底前 for the same task)", text="2024年底前"),
 mnf("deadline-later-than-baseline", "3\t编制并发布我区公共数据开放目录", "task 41 (2024年) again in the work points, earlier than both the region and the plan", text="2024年9月底前"),
 mnf("deadline-later-than-baseline", "2\t完成城域网升级改造", "task 48 (2024年) in the work points: within the region's year, and earlier than the plan's own (late) 2025年底前", text="2024年11月底前"),
 mnf("deadline-later-than-baseline", "20．融入“视频一张网”", "task 49, 完成时限 2025年: equal", text="2025年底前"),
 mnf("deadline-later-than-baseline", "（一）健全组织机构。", "task 64 (各市、县（区）成立相应组织机构), 完成时限 2025年: earlier", text="2024年6月底前"),
 mnf("deadline-later-than-baseline", "21．加强经济运行监测", "task 66, 完成时限 2025年 (task 65, 2024年, if matched): earlier / equal", text="2024年底前"),
 mnf("deadline-later-than-baseline", "26．深化“互联网+基层治理”", "task 83, 完成时限 2025年: equal", text="2025年底前"),
 mnf("deadline-later-than-baseline", "11\t基层管理服务平台", "task 83 (2025年) in the work points: earlier than the region and than the plan's 2025年底前", text="2024年12月底前"),
 mnf("deadline-later-than-baseline", "33．推进数字治水", "task 96, 完成时限 2025年: equal", text="2025年底前"),
 mnf("deadline-later-than-baseline", "35．推进基层填表报数减负", "task 106, 完成时限 2025年: equal", text="2025年底前"),
 mnf("deadline-later-than-baseline", "36．提升机关事务管理水平", "task 111, 完成时限 2025年: equal", text="2025年底前"),
 mnf("deadline-later-than-baseline", "16\t金凤工业集中区智慧园区", "task 3 (持续推进，2025年) in the work points: earlier", text="2024年12月底前"),
 mnf("deadline-later-than-baseline", "18\t确定首批数字政府建设试点项目", "task 28 (2025年取得明显成效): earlier", text="2024年12月底前"),
 mnf("unknown-unit", "各街道办事处、镇人民政府，区直各部门", "addressees: collectives (各街道办事处、各镇人民政府、区直各部门)", text="镇人民政府"),
 mnf("unknown-unit", "5．推进数字乡村建设", "良田镇人民政府、丰登镇人民政府 are in units.txt", text="良田镇人民政府"),
 mnf("unknown-unit", "17\t各街道（镇）成立", "collective lead (各街道办事处、各镇人民政府); 区数字政府办 is the registered short name of 金凤区数字政府建设领导小组办公室", text="各镇人民政府"),
 mnf("unknown-unit", "26．深化“互联网+基层治理”", "各街道办事处、各村（社区） are collectives", text="各村（社区）"),
 mnf("unknown-unit", "8．压实安全管理责任", "区直各部门、各街道（镇） are collectives", text="各街道（镇）"),
 mnf("unknown-unit", "27．推进“智慧应急”建设", "区直有关部门 is a collective", text="区直有关部门"),
 mnf("unknown-unit", "29．推动“我的宁夏”应上尽上", "区审批局 is the registered short name of 区审批服务管理局", text="区审批局"),
 mnf("unknown-unit", "30．优化涉企服务", "区发改局 is the registered short name of 区发展和改革局", text="区发改局"),
 mnf("unknown-unit", "9\t对食品、特种设备", "区市场监管局, 区农业农村水务局, 区卫健局 are registered short names", text="区农业农村水务局"),
 mnf("unknown-unit", "15\t推动辖区大气", "生态环境金凤分局 is the registered short name of 银川市生态环境局金凤分局 (a city bureau's district branch, listed in units.txt)", text="生态环境金凤分局"),
 mnf("unknown-unit", "32．提升生态环境数据应用水平", "银川市生态环境局金凤分局 is in units.txt", text="银川市生态环境局金凤分局"),
 mnf("unknown-unit", "2．完善数字经济治理", "金凤公安分局 is the registered short name of 银川市公安局金凤区分局", text="金凤公安分局"),
 mnf("unknown-unit", "31．推进适老化改造", "区残联 is the registered short name of 区残疾人联合会", text="区残联"),
 mnf("unknown-unit", "16\t金凤工业集中区智慧园区", "区工信局, 区商务局 are registered short names", text="区工信局"),
 mnf("unknown-unit", "4．加快智慧城市建设", "'配合银川市推进…' names the city as context, not as a responsible unit of the task", text="银川市"),
 mnf("unknown-unit", "（一）加强组织领导。", "区数字政府建设领导小组 is the leading group itself (its office is registered); not a responsible-unit cell", text="区数字政府建设领导小组"),
 mnf("garbled-text", "13\t12345政务服务便民热线", "plain text; numbers and % are not mojibake"),
]

covers = []
for t, m in [
 (3, "1．推进智慧园区建设"), (5, "2．完善数字经济治理"), (6, "3．推动公共服务数字化"), (9, "4．加快智慧城市建设"),
 (10, "5．推进数字乡村建设"), (12, "6．培育数据要素市场"), (13, "7．规范数据交易环境"), (14, "8．压实安全管理责任"),
 (15, "8．压实安全管理责任"), (18, "9．提升安全防护能力"), (19, "10．推进政务信创云迁移"), (43, "10．推进政务信创云迁移"),
 (23, "11．建立数字资源“一本账”"), (24, "12．规范政务信息化项目管理"), (28, "13．开展试点示范"), (32, "14．健全数据管理机制"),
 (41, "15．推进公共数据开放"), (42, "16．促进数据融合应用"), (54, "17．规范电子公文和电子档案管理"), (40, "17．规范电子公文和电子档案管理"),
 (48, "18．提升电子政务外网支撑能力"), (50, "19．整合非涉密业务专网"), (49, "20．融入“视频一张网”"), (64, "（一）健全组织机构。"),
 (66, "21．加强经济运行监测"), (71, "22．推进数字化追溯监管"), (74, "23．推行新型监管手段"), (77, "24．提升矛盾纠纷化解能力"),
 (79, "25．持续推进“雪亮工程”"), (83, "26．深化“互联网+基层治理”"), (80, "27．推进“智慧应急”建设"), (84, "28．深化“一网通办”"),
 (86, "29．推动“我的宁夏”应上尽上"), (89, "30．优化涉企服务"), (93, "31．推进适老化改造"), (94, "32．提升生态环境数据应用水平"),
 (96, "33．推进数字治水"), (105, "34．全面推广“宁政通”"), (106, "35．推进基层填表报数减负"), (111, "36．提升机关事务管理水平"),
 (112, "37．完善政务公开平台"), (114, "38．建设政务新媒体矩阵"), (115, "39．畅通政民互动渠道"), (116, "（一）加强组织领导。"),
 (121, "（一）加强组织领导。"), (25, "（二）加大财政投入。"), (118, "（三）提升数字素养。"), (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"),
]:
    covers.append({"task": t, "line": ln(m)})

key = {
 "writer": "blind writer, round 400; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mustNotFlag,
 "covers": covers,
 "notes": ("One file, two documents: lines 1-86 are the district notice and 《金凤区数字政府建设实施方案》 (银川市金凤区, 2024-03-18; "
           "basis 国发〔2022〕14号 and the region's 实施意见, no parent plan); lines 88-119 are its attachment 《金凤区数字政府建设2024年工作要点》 "
           "with its own title, its own numbering restarting at 一、 and 1, tab-separated task tables (header row repeated per block) and its own date (2024年3月). "
           "Many tasks appear in both documents; the work points' dates are earlier than or equal to the plan's, except the two planted slips. "
           "Deadlines are in inline notes （牵头单位：…；配合单位：…；完成时限：…） in the plan and in the last table column in the work points. "
           "Plan items for regional tasks due 2023 (14, 15, 18, 24, 31/32, 116, 118, 25) deliberately carry no 完成时限. "
           "全区 in the district's text means the district. All framework pillars of 宁政发〔2023〕17号 are taken up (三个驱动 lines 20-30, 四个支撑 31-48, "
           "工作体系/六级贯通 49-52, 七个能力 53-79, 党的领导 items under 六、保障措施 80-84)."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(mustNotFlag), len(covers))
