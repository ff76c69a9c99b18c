# helper: builds key.json, locating every line by a unique substring of draft.txt
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]
def ln(sub, text=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text: assert text in L[hits[0]-1], (text, hits[0])
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("（宁政发〔2023〕71号）"), "text": "宁政发〔2023〕71号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits transposed); the draft itself cites it correctly at the end"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2026年，全市数字政府建设"), "text": "2026年",
  "why": "主要目标: the region has 到2025年，全区各级数字政府建设“34567”体系框架全面成型; the city puts the same goal in 2026"},
 {"rule": "deadline-later-than-baseline", "line": ln("50.推进适老化"), "text": "2025年6月底前",
  "why": "task 93 (适老化与信息无障碍建设, 自治区各部门及各市、县（区）分别负责), 完成时限 2024年; the city date 市本级2024年9月底前 is earlier but the 县（区） date 2025年6月底前 is later than the region"},
 {"rule": "deadline-invalid", "line": ln("26.促进数据有序开发利用"), "text": "2023年10月底前",
  "why": "plan issued 2024-01-19: a 市本级 deadline of 2023年10月 lies before the issue year (typing slip for 2024; task 41 完成时限 2024年, so it is not a copied regional date)"},
 {"rule": "unknown-unit", "line": ln("5.加快智慧城市建设"), "text": "市综合执法局",
  "why": "not in units.txt: 综合执法局 is the district body (沙坡头区综合执法局, listed); the city body is 市城市管理局"},
 {"rule": "unknown-unit", "line": ln("30.推进业务专网整合"), "text": "自治区政府办公厅",
  "why": "a regional body named as the lead (牵头) of a city task, copied from task 50's 责任单位; a city plan's lead must be a city unit"},
 {"rule": "garbled-text", "line": ln("寤虹珛鍋ュ叏"), "text": "寤虹珛鍋ュ叏鏀垮姟",
  "why": "UTF-8 read as GBK: 建立健全政务数据供需对接机制 (task 36 wording)"},
]

def nm(rule, sub, why, text=None):
    d = {"rule": rule, "line": ln(sub, text)}
    if text: d["text"] = text
    d["why"] = why
    return d

mnf = [
 nm("basis-mismatch", "卫政发〔2024〕4号", "the plan's own 文号 in the notice header, not a basis citation", "卫政发〔2024〕4号"),
 nm("basis-mismatch", "（宁政发〔2023〕71号）", "国发〔2022〕14号 is the correct 文号 of 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号"),
 nm("basis-mismatch", "（宁政发〔2023〕71号）", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is a real regional document, cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号"),
 nm("basis-mismatch", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 发展基础 background, not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号"),
 nm("deadline-invalid", "截至2023年底", "past dates in the background (2023年5月, 截至2023年底) describe what has been done, not deadlines", "截至2023年底"),
 nm("deadline-later-than-baseline", "到2024年底，全市电子政务外网", "2024 goal: 外网 coverage (task 48, 2024年), 信创云 migration (task 19, 2024年建成; task 43, 2024年建成) and 掌上办 (task 86, 2024年) are all equal to the region; no 2023 regional goal is restated here", "2024年底"),
 nm("deadline-later-than-baseline", "到2035年，与政府治理能力", "equal to the region's 到2035年 goal", "2035年"),
 nm("unknown-unit", "（五）任务安排", "沙坡头区、中宁县、海原县人民政府: the suffix 人民政府 is shared over the list; all three (and their short names) are in units.txt"),
 nm("unknown-unit", "1.助力算力枢纽建设", "市发展改革委、工业和信息化局: prefix 市 distributes, 市工业和信息化局 is in units.txt; deadline equals task 1 (持续推进，2025年取得明显成效)", "工业和信息化局"),
 nm("deadline-later-than-baseline", "2.打造特色产业云", "task 2 完成时限 2023年启动，2024年取得明显成效; local 2024年底前取得明显成效 is equal", "2024年底前"),
 nm("unknown-unit", "3.推进“智慧园区”建设", "中卫工业园区管委会 is in units.txt; 中宁县、海原县人民政府 share the suffix; deadline 2025年底前 equals task 3 (持续推进，2025年取得明显成效)", "中卫工业园区管委会"),
 nm("unknown-unit", "6.深化数字普惠应用", "各县（区）人民政府 is a collective subject; deadline equals tasks 6/8 (持续推进，2025年取得明显成效) and task 7 (2025年取得明显成效)", "各县（区）人民政府"),
 nm("deadline-later-than-baseline", "7.推进数字乡村建设", "tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): the 县（区） date 2025年底前 equals the completing milestone, the city date 2024年底前 is earlier", "2025年底前"),
 nm("unknown-unit", "9.营造规范有序的政策环境", "市发改委 is the colloquial alias of 市发展改革委 listed in units.txt; deadline equals task 13 (2024年)", "市发改委"),
 nm("deadline-later-than-baseline", "13.提高自主可控水平", "task 19 完成时限 2023年启动，2024年建成; local 2024年底前 is equal", "2024年底前"),
 nm("unknown-unit", "15.强化审管协同", "市审批局 is an official short name in units.txt; deadline 2025年6月底前 is earlier than task 22 (2025年)", "市审批局"),
 nm("deadline-later-than-baseline", "21.融入一体化政务大数据体系", "task 29 完成时限 2023年启动，2025年完成; 市本级2024年底前 and 各县（区）2025年6月底前 are both earlier", "2025年6月底前"),
 nm("unknown-unit", "22.完善基础库和主题库", "市人社局、市卫健委、市应急局 are short names in units.txt; deadline equals tasks 33/34 (2024年)", "市人社局"),
 nm("unknown-unit", "27.推进公共数据与社会数据融合应用", "市大数据局 is the short name of 市大数据管理服务局; 国网中卫供电公司 is a non-government unit listed in units.txt; deadline equals task 42 (2024年)", "国网中卫供电公司"),
 nm("unknown-unit", "28.强化政务云平台支撑能力", "自治区政府办公厅 appears in the body text as the regional coordinator, not as the lead of the task; the note's lead is 市大数据管理服务局; deadline equals task 43 (2024年建成，持续推进)", "自治区政府办公厅"),
 nm("deadline-later-than-baseline", "29.提升网络平台支撑能力", "tasks 47/48 完成时限 2024年: 市本级2024年6月底前 is earlier and 各县（区）2024年底前 is equal (the split the round asks for)", "2024年底前"),
 nm("deadline-later-than-baseline", "31.整合视频资源", "task 49 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
 nm("unknown-unit", "32.加强共性应用支撑能力", "中卫市税务局 is in units.txt; deadline 2024年底前 equals task 53 and is earlier than task 52 (2025年)", "中卫市税务局"),
 nm("deadline-later-than-baseline", "各县（区）参照自治区和市级做法", "task 64 (各市、县（区）负责) 完成时限 2025年; 2024年6月底前 is earlier; 各县（区）人民政府 is a collective", "2024年6月底前"),
 nm("deadline-invalid", "（三）完善工作机制", "the office's own reporting dates (2024年2月底前 task breakdown, quarterly reports, 12月15日前 annual summary), not task deadlines", "2024年2月底前"),
 nm("unknown-unit", "（二）厘清层级职责", "各乡镇（街道）、各村（社区） are collective subjects in body text", "各乡镇（街道）"),
 nm("unknown-unit", "38.提升监管智能化水平", "承担监管职责的市直有关部门 is a collective subject; deadline equals tasks 74/75 (2024年)", "承担监管职责的市直有关部门"),
 nm("unknown-unit", "41.提升公共安全保障能力", "中卫市消防救援支队 and 中卫市气象局 are in units.txt; 市应急局 is a short name; deadline equals task 80 (2024年)", "中卫市消防救援支队"),
 nm("deadline-later-than-baseline", "42.提高基层社会治理能力", "task 83 完成时限 2025年: 市本级2024年底前 and 各县（区）2025年6月底前 are both earlier; 各乡镇（街道） is a collective", "2025年6月底前"),
 nm("unknown-unit", "43.打造泛在可及的服务体系", "沙坡头区、中宁县、海原县审批服务管理局: the suffix is shared over the three districts, all three bodies are in units.txt; deadline equals task 84 (2024年)", "海原县审批服务管理局"),
 nm("deadline-later-than-baseline", "46.优化12345政务服务便民热线", "task 87 完成时限 2023年启动，2025年完成; 2025年底前完成 is equal; 市政府办公室 is a short name in units.txt", "2025年底前完成"),
 nm("deadline-later-than-baseline", "57.推进基层减负", "task 106 完成时限 2025年; 2025年6月底前 is earlier; 50%以上 is a target, not a date; 市政府办 is a short name in units.txt", "2025年6月底前"),
 nm("deadline-later-than-baseline", "59.提升行政监督水平", "equal to task 108 (长期推进，2024年取得明显成效)", "长期推进，2024年取得明显成效"),
 nm("unknown-unit", "52.深化“互联网+城乡供水”示范", "中宁县、海原县人民政府 share the suffix, both in units.txt; deadline equals task 96 (2025年)", "中宁县、海原县人民政府"),
 nm("basis-mismatch", "附件2任务清单", "correct citation of 宁政发〔2023〕17号 in the 考核评价 section", "宁政发〔2023〕17号"),
 nm("deadline-invalid", "2024年1月19日", "the issue date of the plan itself", "2024年1月19日"),
]

def cv(task, sub): return {"task": task, "line": ln(sub)}
covers = [
 cv(1, "1.助力算力枢纽建设"), cv(2, "2.打造特色产业云"), cv(3, "3.推进“智慧园区”建设"), cv(5, "4.完善数字经济治理体系"),
 cv(9, "5.加快智慧城市建设"), cv(6, "6.深化数字普惠应用"), cv(7, "6.深化数字普惠应用"), cv(8, "6.深化数字普惠应用"),
 cv(10, "7.推进数字乡村建设"), cv(11, "7.推进数字乡村建设"), cv(12, "8.培育数据要素市场"), cv(13, "9.营造规范有序的政策环境"),
 cv(14, "10.强化安全管理责任"), cv(15, "10.强化安全管理责任"), cv(17, "11.落实安全制度要求"), cv(18, "12.提升安全保障能力"),
 cv(19, "13.提高自主可控水平"), cv(21, "14.以数字化改革助力政府职能转变"), cv(22, "15.强化审管协同"), cv(23, "16.建立数字资源“一本账”"),
 cv(24, "17.健全项目管理机制"), cv(26, "18.完善法规制度和标准规范"), cv(28, "19.开展试点示范"), cv(32, "20.完善数据管理机制"),
 cv(31, "20.完善数据管理机制"), cv(29, "21.融入一体化政务大数据体系"), cv(33, "22.完善基础库和主题库"), cv(34, "22.完善基础库和主题库"),
 cv(36, "23.深化数据高效共享"), cv(37, "24.建设数据实时交换和数据仓库"), cv(39, "24.建设数据实时交换和数据仓库"),
 cv(40, "25.规范电子公文和电子档案管理"), cv(54, "25.规范电子公文和电子档案管理"), cv(41, "26.促进数据有序开发利用"),
 cv(42, "27.推进公共数据与社会数据融合应用"), cv(43, "28.强化政务云平台支撑能力"), cv(45, "28.强化政务云平台支撑能力"),
 cv(47, "29.提升网络平台支撑能力"), cv(48, "29.提升网络平台支撑能力"), cv(50, "30.推进业务专网整合"), cv(49, "31.整合视频资源"),
 cv(52, "32.加强共性应用支撑能力"), cv(53, "32.加强共性应用支撑能力"), cv(57, "33.提升信用和地理信息服务能力"), cv(58, "33.提升信用和地理信息服务能力"),
 cv(64, "各县（区）参照自治区和市级做法"), cv(66, "34.加强经济运行监测预警"), cv(67, "35.加强经济政策统筹协调"),
 cv(69, "36.提升监管精准化水平"), cv(70, "36.提升监管精准化水平"), cv(71, "37.加强重点领域追溯监管"), cv(74, "38.提升监管智能化水平"), cv(75, "38.提升监管智能化水平"),
 cv(77, "39.提升社会矛盾化解能力"), cv(79, "40.提升社会治安防控能力"), cv(80, "41.提升公共安全保障能力"), cv(83, "42.提高基层社会治理能力"),
 cv(84, "43.打造泛在可及的服务体系"), cv(85, "44.推行“集成办”“免证办”"), cv(86, "45.做优“我的宁夏”中卫专区"), cv(87, "46.优化12345政务服务便民热线"),
 cv(88, "47.提供优质便利的涉企服务"), cv(89, "47.提供优质便利的涉企服务"), cv(90, "48.推进公共场馆数字化"), cv(92, "49.探索“多卡合一”“多码合一”"),
 cv(93, "50.推进适老化"), cv(94, "51.提升生态环保协同治理能力"), cv(95, "51.提升生态环保协同治理能力"), cv(96, "52.深化“互联网+城乡供水”示范"),
 cv(97, "53.提高自然资源利用效率"), cv(98, "53.提高自然资源利用效率"), cv(100, "54.推动绿色低碳转型"), cv(101, "54.推动绿色低碳转型"), cv(102, "54.推动绿色低碳转型"),
 cv(103, "55.提升辅助决策能力"), cv(104, "56.提升行政执行能力"), cv(105, "56.提升行政执行能力"), cv(106, "57.推进基层减负"), cv(107, "58.整合视频会议系统"),
 cv(108, "59.提升行政监督水平"), cv(111, "60.提升机关事务管理水平"), cv(112, "61.提升政府信息公开水平"), cv(114, "62.发挥政务新媒体传播优势"), cv(115, "63.畅通政民互动渠道"),
 cv(116, "（一）加强组织领导。各级党委"), cv(25, "（二）加大财政投入"), cv(117, "（三）提升数字素养"), cv(118, "（三）提升数字素养"),
 cv(122, "（四）强化考核评价"), cv(123, "（四）强化考核评价"), cv(124, "（四）强化考核评价"),
]
assert len({c["task"] for c in covers}) == len(covers)

key = {
 "writer": "blind writer, round 269; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("中卫市 数字政府建设实施方案 issued 2024-01-19, implementing 宁政发〔2023〕17号, no parent plan. Most task notes split the work: "
           "a city lead, then 沙坡头区、中宁县、海原县人民政府 (suffix shared; the three governments and their short names are in units.txt), "
           "with 完成时限 written as 市本级… ，各县（区）… . The later milestone of a split (the 县（区） one) is the one to compare with the region. "
           "Tasks whose regional deadline is 2023 are taken up without a 完成时限, so no 2024 date is compared with a 2023 task. "
           "No task-uncovered is planted.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e["rule"], e["line"], e.get("text"))
