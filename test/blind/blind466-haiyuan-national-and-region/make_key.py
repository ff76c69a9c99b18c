# Builds key.json; every line number is found by searching draft.txt (1-based), and each text is checked to occur on its line.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')

def ln(needle, nth=1):
    hits = [i for i, l in enumerate(L, 1) if needle in l]
    assert len(hits) >= nth, needle
    return hits[nth - 1]

def at(needle, text=None):
    n = ln(needle)
    if text is not None:
        assert text in L[n - 1], (needle, text)
    return n

expect = [
  {"rule": "basis-mismatch", "line": at("根据《自治区人民政府关于加强数字政府建设的实施意见》", "宁政办发〔2023〕17号"),
   "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government document, not a 政府办公厅 宁政办发 one); the 文号 does not belong to the title"},
  {"rule": "deadline-later-than-baseline", "line": at("到2024年底，全县数字政府各类平台", "2024年底"),
   "text": "2024年底",
   "why": "主要目标: the region puts 数字政府各类平台“家底”全面理清 and 新一轮基础设施布设全面启动 at 到2023年底 (and task 30, 政务数据“一本账”, 完成时限 2023年); the county puts the same goal a year later"},
  {"rule": "deadline-later-than-baseline", "line": at("2.推进电子政务外网向乡村延伸", "完成时限：2025年"),
   "text": "2025年",
   "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…) 完成时限 2024年"},
  {"rule": "deadline-invalid", "line": at("3.健全数据共享机制", "2022年底前"),
   "text": "2022年底前",
   "why": "a completion date before the plan's own year (issued 2023-10-20); task 36 (政务数据供需对接机制) 完成时限 2023年 — a typo for 2023"},
  {"rule": "unknown-unit", "line": at("1.摸清政务数据资源底数", "县大数据管理服务局"),
   "text": "县大数据管理服务局",
   "why": "not in units.txt: the county body is 县大数据服务中心 (used everywhere else); 大数据管理服务局 is the city-level name copied from a city plan"},
  {"rule": "unknown-unit", "line": at("2.推广协同办公平台", "牵头单位：自治区政府办公厅"),
   "text": "自治区政府办公厅",
   "why": "a regional body named as the lead (牵头单位) of a county task: the regional 责任单位 of task 104 copied into the county note"},
  {"rule": "garbled-text", "line": at("5.扩大数据共享范围", "鏁版嵁鍏变韩浜ゆ崲"),
   "text": "鏁版嵁鍏变韩浜ゆ崲",
   "why": "UTF-8 bytes of 数据共享交换 read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
]

M = []
def m(rule, needle, text, why, check=True):
    n = ln(needle)
    if check and text:
        assert text in L[n - 1], (needle, text)
    e = {"rule": rule, "line": n}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# basis-mismatch near misses
m("basis-mismatch", "根据《自治区人民政府关于加强数字政府建设的实施意见》", "国发〔2022〕14号",
  "the national 指导意见 is named correctly (title and 文号) right beside the region's wrong 文号; only the regional citation is wrong")
m("basis-mismatch", "海政发〔2023〕58号", "海政发〔2023〕58号", "the plan's own 文号 in the issuing notice, not a cited basis document")
m("basis-mismatch", "自《宁夏回族自治区2020年", "宁政办发〔2020〕14号",
  "retrospective mention of the 2020 工作要点 in the background (“印发以来”), correct title and 文号, not cited as a basis")
m("basis-mismatch", "国家层面，《国务院关于加强数字政府建设的指导意见》提出", "《国务院关于加强数字政府建设的指导意见》",
  "correct title cited without 文号 when quoting the national goals")
m("basis-mismatch", "自治区层面，自治区实施意见提出", "自治区实施意见", "short name of the region's 实施意见, no title or 文号 to mismatch")
m("basis-mismatch", "本方案未尽事宜，按照自治区实施意见", "自治区实施意见", "short name of the region's 实施意见 in the closing requirements")

# deadline-later-than-baseline near misses
m("deadline-later-than-baseline", "国家层面，《国务院关于加强数字政府建设的指导意见》提出", "到2025年",
  "the national 2025 goal (体系框架基本形成) quoted as the nation's, not a county goal; the region's 34567 goal is also 2025")
m("deadline-later-than-baseline", "国家层面，《国务院关于加强数字政府建设的指导意见》提出", "到2035年",
  "the national 2035 goal (数字政府基本建成) quoted as the nation's; same year as the region's 2035 goal")
m("deadline-later-than-baseline", "自治区层面，自治区实施意见提出", "到2023年底",
  "the region's own goals quoted with their own dates (到2023年底 / 到2025年 / 到2035年), identical to the baseline")
m("deadline-later-than-baseline", "到2023年底，县推进数字政府建设领导小组", "到2023年底",
  "county goal equal to the region's 到2023年底 (组织架构基本建立)")
m("deadline-later-than-baseline", "到2025年，全县数字政府建设体系框架全面成型", "到2025年",
  "county goal equal to the region's 到2025年 体系框架全面成型")
m("deadline-later-than-baseline", "到2035年，与政府治理能力现代化相适应", "到2035年",
  "county goal equal to the region's 到2035年 数字政府全面建成")
m("deadline-later-than-baseline", "3.推进智慧园区建设", "2025年", "task 3 完成时限 持续推进，2025年取得明显成效: equal")
m("deadline-later-than-baseline", "4.推进“数字供销”建设", "2023年完成主要建设任务，2025年取得明显成效",
  "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: copied, equal")
m("deadline-later-than-baseline", "2.健全安全评估和处置机制", "2023年底前", "task 15 完成时限 2023年: 2023年底前 is the same year")
m("deadline-later-than-baseline", "4.提高自主可控水平", "2023年启动，2024年完成",
  "task 19 (2023年启动，2024年建成) and task 43 (2024年建成，持续推进): equal")
m("deadline-later-than-baseline", "2.强化审管协同", "2024年", "task 22 完成时限 2025年: the county's 2024年 is earlier")
m("deadline-later-than-baseline", "4.统筹融合视频资源", "2025年", "task 49 完成时限 2025年: equal")
m("deadline-later-than-baseline", "5.推广电子证照社会化应用", "2025年",
  "task 52 (电子证照 in 社会化高频场景) 完成时限 2025年: equal; the paragraph does not take up task 85's 政务服务领域全面普及 (2023年)")
m("deadline-later-than-baseline", "（一）健全组织机构。参照自治区", "2023年",
  "task 64 (各地各部门参照自治区做法成立相应组织机构) 完成时限 2025年, task 60 (领导小组) 2023年: equal or earlier")
m("deadline-later-than-baseline", "（二）厘清层级职责。按照自治区", "2025年",
  "六级贯通 county duties; the nearest tasks (64, 81, 83) are all 2025年: equal")
m("deadline-later-than-baseline", "4.优化12345政务服务便民热线", "2023年启动，2025年完成", "task 87 完成时限 2023年启动，2025年完成: equal")
m("deadline-later-than-baseline", "4.推进基层填表报数减负", "2025年",
  "task 106 (填表报数系统) 完成时限 2025年: equal; not task 105 (宁政通 2024年)")
m("deadline-later-than-baseline", "6.推进公共资源交易全流程监管", "长期推进，2024年取得明显成效", "task 108 完成时限 长期推进，2024年取得明显成效: equal")
m("deadline-later-than-baseline", "（一）加强组织领导。县直各部门", "2023年完成并长期坚持", "task 116 完成时限 2023年完成并长期坚持: equal")
m("deadline-later-than-baseline", "（四）强化考核评价。将数字政府建设纳入县效能", "2023年完成，长期坚持",
  "tasks 122/123 完成时限 2023年完成，长期坚持 (task 124 2023年形成机制，长期坚持; task 121 长期坚持): equal")
m("deadline-later-than-baseline", "各乡镇、县直各部门（单位）要于2023年11月底前", "每年6月底、12月底前",
  "the office's own implementation and reporting dates (2023年11月底前 落实措施; 每年6月底、12月底前 报送进展), not task deadlines")

# deadline-invalid near misses
m("deadline-invalid", "自《宁夏回族自治区2020年", "2022年", "past date in the background (what was done in 2022), not a deadline")
m("deadline-invalid", "自《宁夏回族自治区2020年", "截至2023年8月底", "status date in the background, not a deadline")
m("deadline-invalid", "1.强化安全管理责任", "2023年", "task 14 完成时限 2023年: the plan's own year (issued 2023-10-20), not before it")
m("deadline-invalid", "各乡镇、县直各部门（单位）要于2023年11月底前", "2023年11月底前", "after the issue date 2023-10-20; the office's own date")

# unknown-unit near misses
m("unknown-unit", "各乡镇人民政府，县直各部门（单位）：", "各乡镇人民政府", "collective subject (addressees and many notes)")
m("unknown-unit", "1.强化安全管理责任", "县直各部门（单位）", "collective subject")
m("unknown-unit", "3.整合非涉密业务专网", "县直有关部门", "collective subject")
m("unknown-unit", "4.对接“互联网+监管”系统", "承担监管职责的县直有关部门", "collective subject (county form of 承担监管职责的自治区有关部门（单位）)")
m("unknown-unit", "4.实施“互联网+基层治理”行动", "各村（社区）", "collective subject")
m("unknown-unit", "1.融入算力枢纽建设", "县发改局", "short name listed in units.txt for 县发展和改革局")
m("unknown-unit", "1.推动行政权力事项网上运行", "县政府办", "short name listed in units.txt for 县人民政府办公室")
m("unknown-unit", "1.融入算力枢纽建设", "县工信商务局", "short name listed in units.txt for 县工业信息化和商务局")
m("unknown-unit", "3.推进智慧园区建设", "县生态环境分局", "short name listed in units.txt for 中卫市生态环境局海原分局 (a city bureau's county branch)")
m("unknown-unit", "（三）提升数字素养", "宣传部", "prefix distributes: 县委组织部、宣传部 = 县委组织部, 县委宣传部 (both in units.txt)")
m("unknown-unit", "3.推进“智慧应急”建设", "海原县消防救援大队", "listed in units.txt")
m("unknown-unit", "6.推进适老化与信息无障碍建设", "县残联", "short name listed in units.txt for 县残疾人联合会 (a body outside the government proper)")
m("unknown-unit", "（四）强化考核评价。将数字政府建设纳入县效能", "县政府督查室", "short name listed in units.txt for 县人民政府督查室")
m("unknown-unit", "（一）健全组织机构。参照自治区", "数字宁夏建设运营有限公司",
  "a company mentioned in the body text (named in the regional 实施意见), not in a responsibility note")
m("unknown-unit", "5.扩大数据共享范围", "县人大", "bodies whose systems are to be connected (县委、县人大、县政协、县法院、县检察院), named in the body, not responsible units")

# garbled-text near misses
m("garbled-text", "1.提升电子政务外网支撑能力", "IPv6", "ordinary Latin term, not mojibake")
m("garbled-text", "对标自治区“三个驱动", "“34567”", "the framework's name, digits in quotes, not mojibake")

covers_spec = [
 (1,"1.融入算力枢纽建设"),(2,"2.推进产业数字化"),(3,"3.推进智慧园区建设"),(6,"1.推进公共服务数字化"),
 (8,"2.深化“互联网+医疗健康”应用"),(10,"3.推进数字乡村建设"),(11,"4.推进“数字供销”建设"),(12,"1.培育数据要素市场"),
 (13,"2.营造规范有序的政策环境"),(14,"1.强化安全管理责任"),(15,"2.健全安全评估和处置机制"),(18,"3.提升安全防护能力"),
 (19,"4.提高自主可控水平"),(43,"4.提高自主可控水平"),(21,"1.推动行政权力事项网上运行"),(22,"2.强化审管协同"),
 (24,"3.创新项目管理机制"),(28,"4.开展试点示范"),(30,"1.摸清政务数据资源底数"),(32,"2.明确数据管理职责"),
 (36,"3.健全数据共享机制"),(33,"4.对接基础库和主题库"),(34,"4.对接基础库和主题库"),(38,"5.扩大数据共享范围"),
 (41,"6.推进公共数据开放和融合应用"),(42,"6.推进公共数据开放和融合应用"),(47,"1.提升电子政务外网支撑能力"),
 (48,"2.推进电子政务外网向乡村延伸"),(50,"3.整合非涉密业务专网"),(49,"4.统筹融合视频资源"),(52,"5.推广电子证照社会化应用"),
 (54,"6.深化电子文件管理"),(56,"7.推进非税收入收缴电子化"),(57,"8.提升信用信息服务能力"),
 (60,"（一）健全组织机构。参照自治区"),(64,"（一）健全组织机构。参照自治区"),
 (65,"1.加强经济数据汇聚治理"),(66,"2.加强经济运行监测预警"),(68,"1.推行“照单监管”"),(70,"2.实施信用风险分类监管"),
 (71,"3.强化重点领域追溯监管"),(72,"4.对接“互联网+监管”系统"),(77,"1.推进矛盾纠纷多元化解"),(79,"2.推进“雪亮工程”建设"),
 (80,"3.推进“智慧应急”建设"),(83,"4.实施“互联网+基层治理”行动"),(84,"1.深化“一网通办”"),(85,"2.推行“免证办”“免申即享”"),
 (86,"3.推广“我的宁夏”政务APP"),(87,"4.优化12345政务服务便民热线"),(89,"5.优化涉企服务"),(93,"6.推进适老化与信息无障碍建设"),
 (94,"1.提升生态环境数字化监测能力"),(96,"2.深化“互联网+城乡供水”"),(98,"3.推进“智慧林草”应用"),(102,"4.推动绿色低碳转型"),
 (103,"1.提升辅助决策能力"),(104,"2.推广协同办公平台"),(105,"3.推广“宁政通”移动办公"),(106,"4.推进基层填表报数减负"),
 (107,"5.整合视频会议系统"),(108,"6.推进公共资源交易全流程监管"),(111,"7.推进机关事务管理数字化"),(112,"1.完善政务公开平台"),
 (114,"2.构建政务新媒体矩阵"),(115,"3.畅通政民互动渠道"),(116,"（一）加强组织领导。县直各部门"),(25,"（二）加大财政投入。"),
 (118,"（三）提升数字素养"),(122,"（四）强化考核评价。将数字政府建设纳入县效能"),(123,"（四）强化考核评价。将数字政府建设纳入县效能"),
 (124,"（四）强化考核评价。将数字政府建设纳入县效能"),
]
covers = [{"task": t, "line": ln(n)} for t, n in covers_spec]

key = {
  "writer": "blind writer, round 466; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("海原县 (中卫市) county plan of 2023-10-20 implementing 宁政发〔2023〕17号 directly, with 国发〔2022〕14号 named beside it; "
            "no parent plan (no 中卫市 plan is cited). Responsibility notes are inline: （牵头单位：…；配合单位：…；完成时限：…）. "
            "units.txt is the county registry; collectives (县直各部门（单位）, 县直有关部门, 承担监管职责的县直有关部门, 各乡镇人民政府, 各村（社区）) are deliberately not listed. "
            "The 主要目标 quotes the national goals (2025 基本形成, 2035 基本建成) and the region's goals (2023年底, 2025年, 2035年) before the county's own; "
            "only the county's 到2024年底 goal (line of 家底全面理清) is late. The plan is issued in 2023, so 2023 deadlines are valid. "
            "Seven planted mistakes over five rules; no task is deliberately left out (task-uncovered for tasks not in covers is information only)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
