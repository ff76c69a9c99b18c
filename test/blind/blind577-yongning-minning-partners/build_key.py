# Builds key.json from draft.txt: every entry is located by an anchor string, and its text is checked on that line.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def line(anchor, nth=1):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert len(hits) >= nth, (anchor, hits)
    return hits[nth - 1]

def uniq(anchor):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

def E(rule, ln, text=None, why="", **kw):
    if text is not None:
        assert text in L[ln - 1], (rule, ln, text)
    d = {"rule": rule, "line": ln}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    return d

row = lambda n: line("%d\t" % n) if False else [i + 1 for i, s in enumerate(L) if s.startswith("%d\t" % n)][0]

expect = [
    E("basis-mismatch", uniq("宁政发〔2022〕17号"), "宁政发〔2022〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong 文号 for that title"),
    E("deadline-later-than-baseline", uniq("到2026年"), "2026年",
      "主要目标: the region's goal is 到2025年 全区各级数字政府建设“34567”体系框架全面成型; the county puts its 体系框架全面成型 a year later"),
    E("deadline-later-than-baseline", uniq("19.提升网络平台支撑能力"), "2025年底",
      "城域网升级改造 and 外网 to 乡镇、村 full coverage = task 48 (完成时限 2024年); 专网整合迁移 = task 50 (2024年). Also contradicts the draft's own 2024 goal (line 16) and table row 9 (2024年10月底前)"),
    E("deadline-later-than-baseline", row(17), "2025年6月底",
      "适老化与信息无障碍建设 = task 93, 完成时限 2024年"),
    E("deadline-invalid", row(20), "6月31日",
      "June has 30 days: 2024年6月31日 is an impossible date (task 105 is due 2024年, so the year itself is not late)"),
    E("unknown-unit", uniq("牵头单位：福州市行政服务中心管理委员会"), "福州市行政服务中心管理委员会",
      "a 福建 partner body written as 牵头单位 of a county task (跨省通办专窗, task 84); it is not in units.txt, the draft's own line 20 says partners never lead, and table row 15 lists it correctly as 协作单位 with 县审批服务管理局 leading"),
    E("unknown-unit", uniq("县林草局"), "县林草局",
      "no 县林草局 in units.txt (林草 work in 永宁 sits with 银川市自然资源局永宁分局); slip copied from a city template"),
    E("garbled-text", uniq("闂藉畞涓ゅ湴"), "闂藉畞涓ゅ湴鏀垮姟鏈嶅姟",
      "UTF-8 bytes of 闽宁两地政务服务 read as GBK (re-encode GBK, decode UTF-8 to recover)"),
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务新媒体矩阵体系 / 政策解读产品 (自治区各部门及各市、县（区）分别负责) deliberately left out; the draft has no 政务新媒体 content anywhere"},
]

M = []
def N(rule, ln, text=None, why="", **kw):
    M.append(E(rule, ln, text, why, **kw))

# --- partner bodies, enterprises, universities (not leads) ---
N("unknown-unit", uniq("协作单位：福州市工业和信息化局"), "福州市工业和信息化局", "福建 partner named as 协作单位 beside the county lead (县工业信息化和商务局); not a responsible county unit")
N("unknown-unit", uniq("支持单位：福建省电子信息（集团）有限责任公司"), "福建省电子信息（集团）有限责任公司", "Fujian enterprise named as 支持单位, not a lead; note the （集团） inside the name")
N("unknown-unit", uniq("福建医科大学附属协和医院"), "福建医科大学附属协和医院", "Fujian hospital named as 支持单位 (闽宁医疗协作), lead is 县卫生健康局")
N("unknown-unit", uniq("6.推进数字乡村建设"), "福建省援宁工作队驻永宁工作组", "对口帮扶 team named as 协作单位, not a lead")
N("unknown-unit", uniq("6.推进数字乡村建设"), "福建农林大学", "university named as 支持单位 (菌草技术), not a lead")
N("unknown-unit", uniq("6.推进数字乡村建设"), "宁夏大学", "regional university (in the baseline's 责任单位 list, task 119) named as 支持单位")
N("unknown-unit", uniq("8.培育数据要素市场主体"), "福州市大数据发展管理委员会", "福建 partner as 协作单位; lead is 县发展和改革局")
N("unknown-unit", uniq("19.提升网络平台支撑能力"), "中国移动通信集团宁夏有限公司永宁分公司", "telecom enterprises named as 支持单位, lead is 县大数据服务中心")
N("unknown-unit", uniq("17.深化数据融合和开放利用"), "中国电信股份有限公司永宁分公司", "enterprise as 支持单位")
N("unknown-unit", uniq("（三）建立闽宁数字协作机制"), "县闽宁协作办公室", "the county's own 闽宁协作 office, in units.txt; it leads a county task, which is fine")
N("unknown-unit", uniq("（三）建立闽宁数字协作机制"), "福州市大数据发展管理委员会", "partner bodies listed as 协作单位 (with 福建省援宁工作队驻永宁工作组), lead is 县闽宁协作办公室")
N("unknown-unit", uniq("（三）提升数字素养"), "福建省援宁工作队驻永宁工作组", "对口帮扶 team as 协作单位 for training; leads are 县委组织部、县委党校")
N("unknown-unit", row(15), "福州市行政服务中心管理委员会", "in the task table the same body stands in the 协作（支持）单位 column; the lead column says 县审批服务管理局")
N("unknown-unit", row(11), "福建省援宁工作队驻永宁工作组", "partner column of the table (with 福州市大数据发展管理委员会); lead 县闽宁协作办公室")
N("unknown-unit", row(1), "福建省电子信息（集团）有限责任公司", "partner column of the table; enterprise")
N("unknown-unit", row(3), "福建农林大学", "partner column of the table; university")
# --- county bodies that look odd ---
N("unknown-unit", uniq("5.深化“互联网+医疗健康”应用"), "闽宁镇人民政府", "township government of 永宁县, in units.txt")
N("unknown-unit", row(6), "闽宁镇政府", "alias of 闽宁镇人民政府 in units.txt; 县闽宁办 and 县数字政府办 on the same row are aliases too")
N("unknown-unit", uniq("2.建设智慧园区"), "银川市生态环境局永宁分局", "city bureau's county branch, listed in units.txt as a county body")
N("unknown-unit", uniq("21.完善信用和地理信息服务"), "银川市自然资源局永宁分局", "county branch in units.txt; 分别负责 with 县发展和改革局")
N("unknown-unit", uniq("4.推进公共服务数字化"), "卫生健康局", "县 prefix distributes: 县卫生健康局、县人力资源和社会保障局, both in units.txt")
N("unknown-unit", uniq("承担监管职责的县直有关部门"), "承担监管职责的县直有关部门", "collective subject")
N("unknown-unit", uniq("6.推进数字乡村建设"), "各村（社区）", "collective subject (with 各乡镇人民政府)")
N("unknown-unit", uniq("17.深化数据融合和开放利用"), "永宁县税务局", "vertical body stationed in the county, in units.txt; 县直有关部门 on the same line is a collective")
N("unknown-unit", uniq("永宁县消防救援大队"), "永宁县消防救援大队", "in units.txt (with 永宁县气象局)")
N("unknown-unit", row(5), "县住建局", "aliases in units.txt: 县审批局, 县市场监管局, 县住建局")
N("unknown-unit", row(8), "县委办、县政府办", "aliases of 县委办公室, 县人民政府办公室")
N("unknown-unit", 3, "宁夏永宁工业园区管理委员会", "addressee and county-level park committee, in units.txt")
# --- deadlines: equal / earlier / copied ---
N("deadline-later-than-baseline", uniq("1.打造闽宁特色产业云"), "2024年12月底前", "task 2 完成时限 2023年启动，2024年取得明显成效: equal year")
N("deadline-later-than-baseline", uniq("2.建设智慧园区"), "2025年6月底前", "task 3 完成时限 持续推进，2025年取得明显成效: not later")
N("deadline-later-than-baseline", uniq("3.完善数字经济治理"), "持续推进，2025年取得明显成效", "task 5 完成时限 持续推进，2025年取得明显成效: copied, equal")
N("deadline-later-than-baseline", uniq("4.推进公共服务数字化"), "2025年", "task 6 完成时限 持续推进，2025年取得明显成效: equal")
N("deadline-later-than-baseline", uniq("5.深化“互联网+医疗健康”应用"), "2025年6月底前", "task 8 完成时限 持续推进，2025年取得明显成效: not later")
N("deadline-later-than-baseline", uniq("7.推进“数字供销”建设"), "2025年", "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: the completing milestone 2025 is equal; the county only takes up the county-side follow-up of the regional 示范区")
N("deadline-later-than-baseline", uniq("8.培育数据要素市场主体"), "2025年", "task 12 完成时限 2025年: equal")
N("deadline-later-than-baseline", uniq("12.提高自主可控水平"), "2024年11月底前", "task 19 (2023年启动，2024年建成) and task 43 (2024 年建成，持续推进): earlier")
N("deadline-later-than-baseline", uniq("13.推动行政权力网上运行和审管协同"), "2024年", "task 21 完成时限 2024年 (equal); task 22 2025年 (earlier)")
N("deadline-later-than-baseline", uniq("15.开展试点示范"), "2024年启动，2025年取得明显成效", "task 28 完成时限 2023年启动，2025年取得明显成效: the start is a year later but the completing milestone (2025) is equal")
N("deadline-later-than-baseline", uniq("（一）健全组织机构"), "2024年4月底前", "task 64 (各市、县（区）成立相应组织机构) 完成时限 2025年: earlier")
N("deadline-later-than-baseline", uniq("到2024年底"), "2024年底", "主要目标: 外网 full coverage = task 48 (2024年), 信创迁移 = task 43 (2024 年建成): equal; no regional goal is dated 2024")
N("deadline-later-than-baseline", uniq("到2035年"), "2035年", "equal to the region's 到2035年 goal")
N("deadline-later-than-baseline", row(9), "2024年10月底前", "task 48 完成时限 2024年: earlier (the inline note on line 48 is the planted late one)")
N("deadline-later-than-baseline", row(6), "2024年启动，2025年取得明显成效", "task 28: completing milestone 2025 equal")
N("deadline-later-than-baseline", uniq("2.推进闽宁“跨省通办”"), "2024年", "task 84 完成时限 2024年: equal")
N("deadline-later-than-baseline", uniq("3.提高基层社会治理能力"), "2025年", "task 83 完成时限 2025年: equal")
N("deadline-later-than-baseline", uniq("2.推进基层减负和机关事务数字化"), "2025年", "task 106 and task 111 完成时限 2025年: equal")
N("deadline-later-than-baseline", uniq("1.提升辅助决策和行政执行能力"), "2024年", "tasks 103, 104, 105 完成时限 2024年: equal")
N("deadline-later-than-baseline", uniq("2.提高自然资源利用效率"), "2024年", "tasks 97, 98 (2024年) equal; task 96 (2025年) earlier")
N("deadline-later-than-baseline", uniq("（三）建立闽宁数字协作机制"), "2024年6月底前建立机制，长期坚持", "county's own 闽宁 mechanism, no regional task to compare")
N("deadline-later-than-baseline", row(21), "2025年", "task 106 完成时限 2025年: equal")
# --- deadlines before the plan year / reporting dates / background ---
N("deadline-invalid", uniq("11.提升安全防护能力"), "2023年形成机制，长期坚持", "copied verbatim from task 18 (完成时限 2023年形成机制，长期坚持); a copied regional deadline before the plan year")
N("deadline-invalid", uniq("（一）加强组织领导"), "2023年完成并长期坚持", "copied verbatim from task 116 (2023年完成并长期坚持)")
N("deadline-invalid", 12, "1997年", "background history of 闽宁村 / 闽宁镇 (1996, 1997, 2001) and a 2023 achievement; not deadlines")
N("deadline-invalid", uniq("（五）加强进度报送"), "2024年12月10日前", "the office's own reporting dates (每季度末月25日前, 2024年12月10日前)")
N("deadline-later-than-baseline", uniq("（五）加强进度报送"), "2024年12月10日前", "reporting date, not a task deadline")
# --- basis ---
N("basis-mismatch", 9, "国发〔2022〕14号", "correct national basis document")
N("basis-mismatch", 12, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 with its correct title and 文号, not cited as basis")
N("basis-mismatch", 2, "永政办发〔2024〕12号", "the document's own 文号")
N("basis-mismatch", 1, "《永宁县加强数字政府建设实施方案》", "the document's own title in the 印发 notice (also line 4), not a basis citation")
N("unknown-unit", row(1), "福州市工业和信息化局", "partner column of the table, lead column 县工业信息化和商务局")
# --- pillars ---
N("missing-pillar", 0, None, "数字生态 is taken up in 二（三） (lines 31-33)", pillar="数字生态")
N("missing-pillar", 0, None, "五个一/六级贯通 folded into 四、健全工作体系 (lines 51-54: 领导小组、专家支撑, 六级贯通 层级职责)", pillar="五个一")
N("missing-pillar", 0, None, "党的领导 items (组织领导, 资金, 数字素养, 考核评价) in 六、保障措施 (lines 82-85)", pillar="党的领导")
N("missing-pillar", 0, None, "政务公开 is present (lines 78-80) although task 114 is left out", pillar="政务公开")

C = []
def cov(task, anchor, isrow=False):
    C.append({"task": task, "line": row(anchor) if isrow else uniq(anchor)})
cov(2, "1.打造闽宁特色产业云"); cov(3, "2.建设智慧园区"); cov(5, "3.完善数字经济治理")
cov(6, "4.推进公共服务数字化"); cov(8, "5.深化“互联网+医疗健康”应用"); cov(10, "6.推进数字乡村建设")
cov(11, "7.推进“数字供销”建设"); cov(12, "8.培育数据要素市场主体")
cov(14, "10.强化安全管理责任"); cov(15, "10.强化安全管理责任"); cov(17, "11.提升安全防护能力"); cov(18, "11.提升安全防护能力")
cov(19, "12.提高自主可控水平"); cov(43, "12.提高自主可控水平")
cov(21, "13.推动行政权力网上运行和审管协同"); cov(24, "14.创新项目管理机制"); cov(28, "15.开展试点示范")
cov(30, "16.完善数据管理机制"); cov(31, "16.完善数据管理机制"); cov(32, "16.完善数据管理机制"); cov(36, "16.完善数据管理机制")
cov(41, "17.深化数据融合和开放利用"); cov(42, "17.深化数据融合和开放利用")
cov(40, "18.强化电子公文和档案管理"); cov(54, "18.强化电子公文和档案管理")
cov(48, "19.提升网络平台支撑能力"); cov(50, "19.提升网络平台支撑能力")
cov(52, "20.推广共性应用支撑"); cov(56, "20.推广共性应用支撑")
cov(57, "21.完善信用和地理信息服务"); cov(58, "21.完善信用和地理信息服务")
cov(64, "（一）健全组织机构"); cov(66, "（一）提升经济调节能力")
cov(70, "1.推动监管精准化"); cov(71, "1.推动监管精准化"); cov(72, "2.推动监管协同化和智能化"); cov(74, "2.推动监管协同化和智能化")
cov(77, "1.提升社会矛盾化解能力"); cov(79, "2.提升社会治安和公共安全保障能力"); cov(80, "2.提升社会治安和公共安全保障能力")
cov(83, "3.提高基层社会治理能力"); cov(84, "1.打造泛在可及的服务体系"); cov(86, "3.提升智慧便捷的服务能力")
cov(88, "4.提供优质便利的涉企服务"); cov(89, "4.提供优质便利的涉企服务"); cov(90, "5.拓展公平普惠的民生服务"); cov(93, "5.拓展公平普惠的民生服务")
cov(94, "1.强化生态环境智慧监测"); cov(96, "2.提高自然资源利用效率"); cov(97, "2.提高自然资源利用效率"); cov(98, "2.提高自然资源利用效率")
cov(102, "3.推动绿色低碳转型"); cov(104, "1.提升辅助决策和行政执行能力"); cov(105, "1.提升辅助决策和行政执行能力")
cov(106, "2.推进基层减负和机关事务数字化"); cov(111, "2.推进基层减负和机关事务数字化")
cov(112, "1.提升政府信息公开水平"); cov(115, "2.畅通政民互动渠道")
cov(116, "（一）加强组织领导"); cov(25, "（二）加大资金保障"); cov(118, "（三）提升数字素养")
cov(122, "（四）强化考核评价"); cov(123, "（四）强化考核评价"); cov(124, "（四）强化考核评价")

key = {
    "writer": "blind writer, round 577; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("永宁县 2024 plan (issued 2024-03-28) written around 闽宁协作. units.txt holds only county bodies (incl. townships, the park "
              "committee, the county's 闽宁协作 office and city-bureau branches stationed in the county); the 福建 partners, enterprises, "
              "universities and the 援宁 team are deliberately absent: they appear only as 协作单位/支持单位 (inline) or in the table's "
              "协作（支持）单位 column, and line 20 states that they never lead. The one exception is the planted slip on the 跨省通办 line, "
              "where a partner stands as 牵头单位. Readings that may differ: (a) line 52 (县数字政府建设领导小组, 2024年4月底前) is matched to "
              "task 64 (2025); a matcher that pairs it with task 60 (自治区领导小组, 2023, a 自治区-only task) would call it late - it is not "
              "a county task. (b) lines 37 and 82 copy 2023 regional deadlines into a 2024 plan; treated as copied, not invalid. "
              "(c) line 42 / table row 6 start a year later than task 28 but complete in the same year. (d) the planted late deadline on "
              "line 48 covers tasks 48 and 50 (both 2024年); one entry.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(C))
for e in expect: print(e["rule"], e["line"], e.get("text"))
