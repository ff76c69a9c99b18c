# helper: builds key.json and checks every line/text against draft.txt
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
if lines[-1] == "": lines.pop()
def find(text, nth=1):
    hits = [i + 1 for i, l in enumerate(lines) if text in l]
    assert len(hits) >= nth, (text, hits)
    return hits[nth - 1]
def at(line, text):
    assert text in lines[line - 1], (line, text, lines[line - 1][:60])
    return line

expect = [
  {"rule": "basis-mismatch", "line": find("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document, not a 政府办公厅 one); 宁政办发〔2023〕17号 does not belong to this title"},
  {"rule": "deadline-later-than-baseline", "line": find("实现区市县乡村5级全覆盖在我镇落地"), "text": "2025年6月底前",
   "why": "task-list row 8 (外网 extended to every 村（社区）, 城域网 upgrade, 区市县乡村5级全覆盖) is regional task 48, 完成时限 2024年; the township sets mid-2025"},
  {"rule": "deadline-later-than-baseline", "line": find("2025年底前完成镇便民服务中心"), "text": "2025年底前",
   "why": "body sentence on 适老化与信息无障碍 of service sites for 老年人、残疾人 is regional task 93, 完成时限 2024年; the township says end of 2025"},
  {"rule": "unknown-unit", "line": find("镇网信办牵头"), "text": "镇网信办",
   "why": "a township has no 网信办 and units.txt does not list one (slip from the city's 市委网信办); new-media work is the 镇党政办's"},
  {"rule": "unknown-unit", "line": find("自治区政府办公厅牵头，镇党政办"), "text": "自治区政府办公厅",
   "why": "a regional body named as lead (牵头) of a township task in the township's own task list (row 18, 宁政通 use), copied from regional task 105; the township cannot assign work to it"},
  {"rule": "garbled-text", "line": find("鏀垮姟鏁版嵁璧勬簮"), "text": "鏀垮姟鏁版嵁璧勬簮",
   "why": "UTF-8 bytes of 政务数据资源 read as GBK (mojibake); re-encoding as GBK and decoding as UTF-8 gives 政务数据资源"},
]

L = find
mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        at(line, text); e["text"] = text
    e["why"] = why
    mnf.append(e)

# units
m("unknown-unit", 4, "collective subject (the villages and communities below the township)", "各村（社区）")
m("unknown-unit", 4, "collective subject: all township-level units and 站所, like 县直各部门（单位）", "镇直各单位（站所）")
m("unknown-unit", L("领导小组办公室设在镇党政办"), "official short name of 金积镇党政综合办公室 in units.txt", "镇党政办")
m("unknown-unit", L("按照自治区“六级贯通”层级架构和区数字政府建设领导小组办公室"), "district body named as the one whose arrangements the township follows (guidance, not a lead); alias in units.txt", "区数字政府建设领导小组办公室")
m("unknown-unit", L("在区委政法委指导下"), "district body named as guidance, not as lead; in units.txt", "区委政法委")
m("unknown-unit", L("为区委、区政府决策提供数据支撑"), "district Party committee and government as users of the data, not responsible units; both in units.txt", "区委、区政府")
m("unknown-unit", L("配合上级有关部门落实"), "collective / generic reference to higher-level departments, not a named unit", "上级有关部门")
m("unknown-unit", L("镇财政所将数字政府建设运维经费"), "township office listed in units.txt", "镇财政所")
m("unknown-unit", L("依托宁夏干部教育培训网络学院"), "an online training platform the township relies on, not a responsible unit (the city plan names it the same way)", "宁夏干部教育培训网络学院")
m("unknown-unit", L("镇党委、政府把数字政府建设"), "镇 prefix distributes: 镇党委 and 镇政府, both in units.txt", "镇党委、政府")
m("unknown-unit", L("镇党政办、便民服务中心牵头"), "镇 prefix distributes over the list: 镇党政办 and 镇便民服务中心, both in units.txt", "镇党政办、便民服务中心")
m("unknown-unit", L("镇经发办牵头"), "township office, short name in units.txt (金积镇经济发展办公室)", "镇经发办")
m("unknown-unit", L("镇农业农村综合服务中心牵头，各村（社区）具体负责"), "township office in units.txt", "镇农业农村综合服务中心")
m("unknown-unit", L("镇综治中心牵头，各村（社区）具体负责"), "township office, short name in units.txt (金积镇社会治安综合治理中心)", "镇综治中心")
m("unknown-unit", L("镇司法所、各村（社区）配合"), "alias of 利通区司法局金积司法所 in units.txt, cooperating only", "镇司法所")
m("unknown-unit", L("镇应急办牵头"), "township office, short name in units.txt", "镇应急办")
m("unknown-unit", L("区审批服务管理局业务指导"), "district body giving guidance (业务指导), not the lead; alias in units.txt", "区审批服务管理局")
m("unknown-unit", L("镇便民服务中心、镇综治中心负责"), "two township offices, both in units.txt", "镇便民服务中心")
m("unknown-unit", L("抄送：区数字政府建设领导小组办公室"), "copy-to line naming the district body the township reports to", "区数字政府建设领导小组办公室")
m("unknown-unit", L("金积镇党政综合办公室　　2024年3月18日印发"), "canonical name of the issuing office in units.txt", "金积镇党政综合办公室")

# deadlines
m("deadline-later-than-baseline", L("到2024年底，镇、村（社区）两级"), "township goal for 2024; the nearest regional tasks (84 网上办 2024年, 106 填表报数 2025年) are not earlier; the city's 2023 goal (工作体系) is a different goal", "到2024年底")
m("deadline-later-than-baseline", L("到2025年，全面融入全区"), "equal to the regional and city 2025 goal (“34567”/“1347” 框架全面成型 到2025年)", "到2025年")
m("deadline-later-than-baseline", L("到2035年"), "equal to the regional and city 2035 goal", "到2035年")
m("deadline-later-than-baseline", L("2024年4月底前"), "row 1 (township leading group and data specialists) is task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年: earlier. Not task 60, which only concerns the region's own 领导小组 (2023年)", "2024年4月底前")
m("deadline-later-than-baseline", L("每年制定镇数字政府建设工作要点和重点任务考核指标"), "row 2 is task 121 (年度工作要点和考核指标体系), 完成时限 长期坚持: equal (also echoes task 116, an ongoing practice the township takes up in 2024)", "长期坚持")
m("deadline-later-than-baseline", L("配合推进金积工业园区“智慧园区”建设，为入园企业"), "task 3, 完成时限 持续推进，2025 年取得明显成效: equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", L("推动农业农村综合信息服务覆盖各村，推广智慧农机"), "task 10, 完成时限 持续推进，2025年取得明显成效: equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", L("推动教育、健康、就业、养老等服务数字化向村（社区）延伸，扩大优质公共资源"), "task 6, 完成时限 持续推进，2025 年取得明显成效: equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", L("2023年形成机制，长期坚持"), "copied from task 18, 完成时限 2023年形成机制, 长期坚持: equal", "2023年形成机制，长期坚持")
m("deadline-invalid", L("2023年形成机制，长期坚持"), "a copied regional deadline that lies before the plan's year (2024); the township's part is the ongoing 长期坚持", "2023年")
m("deadline-later-than-baseline", L("建立镇级电子公文档案共享利用机制"), "task 40 (and 54), 完成时限 2024年: equal", "2024年底前")
m("deadline-later-than-baseline", L("有序推进镇村非涉密业务专网向电子政务外网整合迁移"), "task 50, 完成时限 2024 年: equal", "2024年底前")
m("deadline-later-than-baseline", L("2024年12月底前"), "task 106 (填表报数 压减), 完成时限 2025年: earlier", "2024年12月底前")
m("deadline-later-than-baseline", L("基本要素统一采集、高效管理"), "task 83 (基层管理服务平台, 网格), 完成时限 2025年: equal", "2025年")
m("deadline-later-than-baseline", L("完善矛盾纠纷线上受理渠道"), "task 77, 完成时限 2024年: equal", "2024年")
m("deadline-later-than-baseline", L("持续推进“雪亮工程”向各村（社区）延伸"), "task 79, 完成时限 2024年: equal (task 49 视频 2025年 would be later still)", "2024年底前")
m("deadline-later-than-baseline", L("推进“智慧应急”建设，完善自然灾害"), "task 80, 完成时限 2024年: equal", "2024年")
m("deadline-later-than-baseline", L("区审批服务管理局业务指导"), "task 84, 完成时限 2024年: equal", "2024年")
m("deadline-later-than-baseline", L("2024年11月底前"), "task 86 (我的宁夏), 完成时限 2024年: earlier", "2024年11月底前")
m("deadline-later-than-baseline", L("2024年启动，2025年完成"), "task 87 (12345), 完成时限 2023年启动，2025年完成: the completing milestone 2025 is equal; the later start is not a late deadline", "2024年启动，2025年完成")
m("deadline-later-than-baseline", L("自治区政府办公厅牵头，镇党政办"), "task 105 (宁政通), 完成时限 2024年: equal (the line's fault is its lead unit, not its date)", "2024年底前")
m("deadline-later-than-baseline", L("配合推进“互联网+城乡供水”建设，推广高效节水灌溉智能化服务。\t"), "task 96, 完成时限 2025年: equal", "2025年")
m("deadline-later-than-baseline", L("镇网信办牵头"), "task 114 (政务新媒体), 完成时限 2024年: equal (the line's fault is its unit)", "2024年")
m("deadline-later-than-baseline", L("财政预决算等信息"), "task 112 (政务公开), 完成时限 2024年: equal", "2024年")
m("deadline-later-than-baseline", L("评先评优的重要依据"), "row 22 (考核) echoes tasks 122/123, 完成时限 2023 年完成，长期坚持: the township adopts the practice in its 2024 plan as ongoing; no later completion date is set", "长期坚持")
m("deadline-later-than-baseline", L("2024年5月—2025年10月"), "the township's own implementation phase, not a task deadline; ends within the 2025 horizon", "2025年10月")
m("deadline-later-than-baseline", L("2025年11月—12月"), "the township's own summing-up phase at the end of the regional 2023–2025 period, not a task deadline", "2025年11月—12月")
m("deadline-later-than-baseline", L("于每年12月20日前将年度工作总结"), "the office's own yearly reporting date", "每年12月20日前")
m("deadline-later-than-baseline", L("每季度末月20日前"), "the office's own quarterly reporting dates", "每季度末月20日前")
m("deadline-invalid", L("自2020年自治区印发"), "past dates in the background (2020, 2023), not deadlines", "2023年")
m("deadline-invalid", 7, "the document's own issuing date", "2024年3月18日")
m("deadline-later-than-baseline", L("2024年3月—4月"), "the township's own mobilisation phase, not a task deadline", "2024年3月—4月")
m("deadline-invalid", L("2024年3月18日印发"), "the office's own printing date at the foot of the document", "2024年3月18日")

# basis
m("basis-mismatch", 10, "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
m("basis-mismatch", 10, "the city plan cited by title alone, which is correct: it has no 文号 in the seed", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", 10, "the district's plan, cited by title alone; nothing shows it is wrong", "利通区人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", L("自2020年自治区印发"), "retrospective mention of the 2020 工作要点 in the background, not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号")
m("basis-mismatch", 3, "the township's own document title (工作方案), not a cited basis document", "《金积镇数字政府建设工作方案》")
m("basis-mismatch", 2, "the township's own 文号", "金政发〔2024〕9号")

# pillars
m("missing-pillar", 0, "数字生态 is taken up in its own item (line %d: 数据要素市场, 政策环境, 网络生态)" % L("3.营造良好数字生态"))
m("missing-pillar", 0, "五个一 is folded, as in the 吴忠 plan, into 健全组织机构 (line %d: leading group, its office, data specialists)" % L("1.健全组织机构"))
m("missing-pillar", 0, "六级贯通 is taken up by name in 厘清层级职责 (line %d)" % L("2.厘清层级职责"))
m("missing-pillar", 0, "数据资源 is taken up in line %d despite the damaged run (数据资源目录, 一本账, 归集、共享)" % L("3.夯实数据资源"))
m("missing-pillar", 0, "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is taken up under 四、保障措施 (lines %d-%d)" % (L("（一）加强组织领导"), L("（四）严格考核评价")))
m("missing-pillar", 0, "生态环境保护 is taken up at line %d" % L("5.生态环境保护能力"))
pillar_names = ["数字生态", "五个一", "六级贯通", "数据资源", "党的领导", "生态环境保护"]
i = 0
for e in mnf:
    if e["rule"] == "missing-pillar":
        e["pillar"] = pillar_names[i]; i += 1

# garbled near misses
m("garbled-text", L("金积镇党政综合办公室　　2024年3月18日印发"), "full-width spaces in the 印发 line are normal layout, not damage", "　　")

covers = []
def c(task, text):
    covers.append({"task": task, "line": L(text)})
c(64, "1.健全组织机构")
c(3, "配合推进金积工业园区“智慧园区”建设，为入园企业")
c(10, "推动农业农村综合信息服务覆盖各村，推广智慧农机")
c(6, "推动教育、健康、就业、养老等服务数字化向村（社区）延伸")
c(14, "1.强化安全保障")
c(18, "2023年形成机制，长期坚持")
c(21, "推动镇级行政权力事项网上运行、动态管理")
c(28, "积极申报区级数字政府试点")
c(30, "3.夯实数据资源")
c(32, "3.夯实数据资源")
c(40, "建立镇级电子公文档案共享利用机制")
c(54, "4.完善平台支撑")
c(48, "实现区市县乡村5级全覆盖在我镇落地")
c(50, "有序推进镇村非涉密业务专网向电子政务外网整合迁移")
c(49, "依托全区统一的视频共享平台")
c(106, "2024年12月底前")
c(83, "基本要素统一采集、高效管理")
c(77, "完善矛盾纠纷线上受理渠道")
c(79, "持续推进“雪亮工程”向各村（社区）延伸")
c(80, "推进“智慧应急”建设，完善自然灾害")
c(84, "区审批服务管理局业务指导")
c(85, "推行“免证办”“免申即享”")
c(86, "2024年11月底前")
c(87, "2024年启动，2025年完成")
c(93, "2025年底前完成镇便民服务中心")
c(105, "自治区政府办公厅牵头，镇党政办")
c(104, "6.政务运行能力")
c(107, "6.政务运行能力")
c(96, "配合推进“互联网+城乡供水”建设，推广高效节水灌溉智能化服务。\t")
c(102, "5.生态环境保护能力")
c(114, "镇网信办牵头")
c(112, "财政预决算等信息")
c(116, "（一）加强组织领导")
c(25, "（二）强化资金保障")
c(118, "（三）提升数字素养")
c(124, "（四）严格考核评价")
c(121, "每年制定镇数字政府建设工作要点和重点任务考核指标")

for e in expect:
    at(e["line"], e["text"])

key = {
  "writer": "blind writer, round 378; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": "金积镇 (利通区, 吴忠市) township 工作方案 of 2024-03-18, implementing the region's 实施意见, the 吴忠 city plan and the 利通区 plan (the last not in the seeds; cited by title only). units.txt is the township's registry: its own offices plus the 利通区 bodies it follows or reports to; regional units come from the baseline. Six planted mistakes over four rules. Tasks due 2023 in the regional list are taken up in the body without township dates, except row 6, which copies task 18's '2023年形成机制，长期坚持'. '区' in this draft means 利通区, never 自治区."
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
