# helper: builds key.json and checks every line/text against draft.txt
import json, datetime
D = open('draft.txt', encoding='utf-8').read().split('\n')
if D[-1] == '': D = D[:-1]
def ln(needle, nth=1):
    hits = [i+1 for i, l in enumerate(D) if needle in l]
    assert len(hits) >= nth, needle
    return hits[nth-1]
def chk(line, text):
    assert text in D[line-1], (line, text)
    return line

E = []
def e(rule, line, text, why, **kw):
    d = {"rule": rule, "line": chk(line, text) if text else line}
    if text: d["text"] = text
    d.update(kw); d["why"] = why; E.append(d)

e("basis-mismatch", ln('（宁政发〔2022〕17号'), "宁政发〔2022〕17号",
  "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong year in the 文号")
e("garbled-text", ln('鏀垮姟鏁版嵁'), "鏀垮姟鏁版嵁",
  "UTF-8 bytes read as GBK: 鏀垮姟鏁版嵁瀹炴椂浜ゆ崲绯荤粺 = 政务数据实时交换系统 (task 37 wording), damaged in the city's own measure")
e("deadline-invalid", ln('完成时限：2023年10月底前'), "2023年10月底",
  "the city's own deadline for opening public data lies in 2023, before the plan's own year (issued 2024-04-15); task 41 完成时限 2024年, so 2024年10月 was meant")
e("unknown-unit", ln('牵头单位：市大数据中心'), "市大数据中心",
  "not in units.txt (the city's data body is 市大数据管理服务局 = 市大数据局); an old/colloquial name used as lead of the 电子政务外网 task")
e("deadline-later-than-baseline", ln('完成时限：2025年6月底）'), "2025年6月底",
  "城域网升级改造 / 区市县乡村5级全覆盖 is task 48, 完成时限 2024年 (quoted on line 58); the city sets 2025年6月底, later than the region")
e("unknown-unit", ln('牵头单位：自治区市场监管厅'), "自治区市场监管厅",
  "a regional body named as the lead of the city's own task (全链条数字化追溯监管, task 71, whose regional lead it is — copied from the regional list); the city lead should be 市市场监管局")
e("deadline-later-than-baseline", ln('完成时限：2026年底前'), "2026年底",
  "12345热线“一呼即应”改革 / 热线智能交互建设 is task 87, 完成时限 2023年启动，2025年完成 (quoted on line 84); the city's 2026年底 is later")
E.append({"rule": "task-uncovered", "line": 0, "task": 93,
  "why": "适老化与信息无障碍建设 (task 93, 自治区各部门(单位)及各市、县(区)按照职能分别负责, 2024年) deliberately left out; the draft never mentions 适老化 or 信息无障碍"})

M = []
def m(rule, line, text, why):
    d = {"rule": rule, "line": chk(line, text) if text else line}
    if text: d["text"] = text
    d["why"] = why; M.append(d)

L16 = ln('《实施意见》提出：“到2023年底')
m("deadline-invalid", L16, "到2023年底", "the region's own 2023 goal quoted in quotation marks as background; not a deadline set by the city")
m("deadline-later-than-baseline", L16, "到2025年", "the region's own 2025 goal inside the quotation")
m("deadline-later-than-baseline", ln('到2024年底，全市数字政府资源'), "到2024年底", "city's 2024 goal: 一本账 (task 23, 2024年), 信创云迁移 (task 43, 2024年建成), 宁政通/我的宁夏 (tasks 105/86, 2024年), 算力枢纽 (task 1, 2025) — none later; not the region's 2023 goal content")
m("deadline-later-than-baseline", ln('到2025年，全市数字政府建设“34567”'), "到2025年", "city goal equal to the quoted regional goal (到2025年 “34567”体系框架全面成型)")
m("deadline-later-than-baseline", ln('到2035年，与政府治理能力'), "到2035年", "equal to the regional 2035 goal")
m("deadline-invalid", ln('2023年，我市完成市级政务数据资源目录编制'), "2023年，我市完成", "past date in the 工作基础 background (what was done in 2023), not a deadline")
m("basis-mismatch", ln('宁政办发〔2020〕14号'), "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background (“自…实施以来”), not cited as a basis; title and 文号 match")
m("basis-mismatch", ln('（国发〔2022〕14号）'), "国发〔2022〕14号", "correct title and 文号 of the national guiding opinion")
m("basis-mismatch", 2, "卫政发〔2024〕21号", "the plan's own 文号 in the 通知 header, not a basis citation")
m("deadline-invalid", 4, "2024年4月8日", "date of the city government's executive meeting, in the plan's own year; not a deadline")
L24 = ln('及银川市、中卫市配合')
m("unknown-unit", L24, "银川市、中卫市", "quoted regional task list (task 1) naming the cities as cooperating units; region's own words in quotation marks")
m("unknown-unit", L24, "自治区发展改革委、工业和信息化厅牵头负责", "regional bodies named as leads of the regional task, inside quotation marks — not leads of a city task")
m("deadline-later-than-baseline", ln('全力打造“西部数谷”核心区'), "持续推进，2025年取得明显成效", "task 1 完成时限 持续推进，2025年取得明显成效 — city date equal to the quoted one")
m("deadline-invalid", ln('“数字供销”示范区建设“2023年完成主要建设任务'), "2023年完成主要建设任务", "task 11's regional deadline quoted inside quotation marks; past, but the region's date")
m("unknown-unit", ln('配合自治区供销社推进'), "自治区供销社", "the city assists the regional lead of task 11 (自治区供销社 牵头); the city's own lead in the note is 市供销社 — a regional body named, not as lead of the local task")
m("deadline-later-than-baseline", ln('配合自治区供销社推进'), "2025年取得明显成效", "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效 — equal final milestone")
m("unknown-unit", ln('牵头单位：市卫健委'), "市卫健委", "registered short name of 市卫生健康委 (also 市人社局, 市文旅局 on this line)")
m("unknown-unit", ln('牵头单位：市发改委；责任单位：市公共资源交易中心'), "市大数据局", "registered short name of 市大数据管理服务局 (市发改委 likewise)")
m("deadline-later-than-baseline", ln('探索数据产权交易机制'), "2025年底前", "task 12 完成时限 2025年 — equal")
L40 = ln('完成时限为“2023年”；')
m("deadline-invalid", L40, "2023年", "tasks 14 and 18 regional deadlines (2023年; 2023年形成机制，长期坚持) quoted inside quotation marks")
m("deadline-later-than-baseline", ln('规范参与政务信息化建设运营企业的管理'), "长期坚持", "tasks 14/15 (2023年) are ongoing duties; the city sets no later milestone, only 长期坚持")
m("unknown-unit", ln('规范参与政务信息化建设运营企业的管理'), "市直各部门（单位）", "collective subject (各县（区）人民政府 likewise)")
m("unknown-unit", ln('任务清单明确上述任务由“自治区政府办公厅牵头”'), "自治区政府办公厅", "regional body inside quotation marks, lead of the regional tasks 21/22/23")
m("deadline-later-than-baseline", ln('构建“审管信”三位一体'), "2025年底前", "task 22 完成时限 2025年 — equal to the quoted date")
m("deadline-later-than-baseline", ln('实现全市数字政府资源“一屏掌握”'), "2024年底前", "task 23 完成时限 2024年 — equal")
m("deadline-invalid", ln('政务数据平台“2023年启动，2025年完成”'), "2023年启动，2025年完成", "tasks 29/30 regional deadlines quoted inside quotation marks")
m("deadline-later-than-baseline", ln('纳入全区一体化政务大数据体系。（牵头单位'), "2025年底前", "task 29 完成时限 2023年启动，2025年完成 — equal final milestone")
m("deadline-invalid", ln('在2023年完成市级政务数据资源目录编制的基础上'), "在2023年完成", "retrospective: the catalogue was completed in 2023; the measure's own 完成时限 is 长期坚持")
L58 = ln('视频共享平台由“自治区党委政法委牵头负责”')
m("unknown-unit", L58, "自治区党委政法委", "regional body inside quotation marks as lead of regional task 49; the city's own lead on line 62 is 市委政法委")
m("deadline-invalid", L58, "2023年启动，2024年建成", "task 19's regional deadline quoted inside quotation marks")
m("deadline-later-than-baseline", ln('行业云统一纳入全区一体化政务云平台管理'), "2024年底前", "tasks 43/45 完成时限 2024年 (2024年建成) — equal")
m("deadline-later-than-baseline", ln('完成IPv6改造'), "2024年6月底前", "task 47 完成时限 2024年 — earlier")
m("deadline-later-than-baseline", ln('实现全市视频资源统一接入'), "2025年底前", "task 49 完成时限 2025年 — equal to the quoted date")
m("unknown-unit", ln('中卫市税务局；完成时限'), "中卫市税务局", "in units.txt")
m("unknown-unit", ln('“做大做强数字宁夏建设运营有限公司”'), "数字宁夏建设运营有限公司", "a company named in the quoted regional text, not a responsible unit")
m("deadline-later-than-baseline", ln('参照自治区“五个一”做法'), "2024年底前", "task 64 (各市、县（区）负责) 完成时限 2025年 — earlier")
m("deadline-later-than-baseline", ln('“月调度、季通报、年考核”'), "每季度末", "the office's own reporting rhythm, not a task deadline")
m("deadline-later-than-baseline", ln('强化经济监测预警。（牵头单位'), "2025年底前", "task 66 完成时限 2025年 — equal")
m("unknown-unit", ln('各乡镇（街道）、各村（社区）；'), "各村（社区）", "collective subjects (各乡镇（街道）, 各县（区）人民政府 likewise)")
m("deadline-later-than-baseline", ln('推广“智安小区”'), "2024年底前", "task 79 完成时限 2024年 — equal to the quoted date")
m("deadline-later-than-baseline", ln('推广应用新型基层管理服务平台'), "2025年底前", "task 83 完成时限 2025年 — equal to the quoted date")
m("deadline-invalid", ln('“一呼即应”改革“2023年启动，2025年完成”'), "2023年启动", "task 87's regional deadline quoted inside quotation marks")
m("deadline-later-than-baseline", ln('政策兑现直达直享。（牵头单位'), "2024年9月底前", "task 89 完成时限 2024年 — earlier")
m("deadline-later-than-baseline", ln('推进沙坡头国家级自然保护区'), "2024年底前", "task 98 完成时限 2024年 — equal to the quoted date")
m("deadline-later-than-baseline", ln('实现基层干部填表报数工作量压减50%以上。（'), "2025年底前", "task 106 完成时限 2025年 — equal to the quoted date")
m("deadline-later-than-baseline", ln('实现留痕可溯、监督预警。（'), "2024年底前", "task 108 完成时限 长期推进，2024年取得明显成效 — equal")
m("unknown-unit", ln('由“自治区各部门（单位）及各市、县（区）分别负责”'), "自治区各部门（单位）及各市、县（区）", "collective subjects inside the quoted regional task list")
m("deadline-later-than-baseline", ln('开发多样化政策解读产品。（'), "2024年6月底前", "task 114 完成时限 2024年 — earlier")
m("deadline-invalid", ln('任务清单明确上述任务“2023年完成并长期坚持”'), "2023年完成并长期坚持", "tasks 116/122 regional deadlines quoted inside quotation marks")
m("deadline-later-than-baseline", ln('每年制定年度工作要点并抓好组织实施'), "长期坚持", "task 116 完成时限 2023年完成并长期坚持 — the city sets no later milestone")
m("deadline-later-than-baseline", ln('每年6月20日、12月20日前'), "6月20日、12月20日", "the office's own reporting dates, not task deadlines")
M.append({"rule": "missing-pillar", "line": 0, "why": "every pillar is taken up: 三个驱动 lines 22-37, 四个支撑 38-63, 五个一/六级贯通 64-68, 七个能力 69-105, 党的领导 (组织领导, 财政投入, 数字素养, 考核评价) 106-111"})

C = []
def c(task, needle): C.append({"task": task, "line": ln(needle)})
c(1, '全力打造“西部数谷”核心区'); c(3, '2．推进“智慧园区”建设'); c(5, '创新以网管网等'); c(9, '建设中卫市城市运行管理服务平台')
c(10, '2．推进数字乡村建设'); c(6, '3．深化数字化服务普惠应用'); c(8, '深化“互联网+医疗健康”应用，扩大'); c(11, '4．推进“数字供销”建设')
c(12, '1．培育数据要素市场'); c(14, '1．压实安全管理责任'); c(18, '2．提升安全防护能力')
c(21, '1．推动行政权力事项网上运行'); c(22, '2．强化审管协同'); c(23, '3．建立数字资源“一本账”'); c(28, '4．开展试点示范')
c(29, '1．推进政务数据平台对接'); c(30, '2．动态更新政务数据资源目录'); c(42, '3．深化数据融合应用'); c(41, '4．有序开放公共数据')
c(54, '5．深化电子文件管理'); c(43, '1．推进政务系统向信创云迁移'); c(47, '2．推动电子政务外网扩容升级'); c(48, '3．开展城域网升级改造')
c(49, '4．建设“视频一张网”'); c(53, '5．加强共性应用支撑'); c(57, '迭代升级信用中国（宁夏）中卫站'); c(64, '1．健全组织机构')
c(66, '1．加强经济运行监测预警'); c(71, '1．推进智慧监管'); c(70, '2．实施信用分类监管'); c(77, '1．完善矛盾纠纷多元化解')
c(79, '2．持续推进“雪亮工程”'); c(80, '3．推进“智慧应急”建设'); c(83, '4．提升基层治理能力'); c(86, '1．做强“我的宁夏”中卫专区')
c(87, '2．深化12345热线'); c(89, '3．提供优质便利的涉企服务'); c(90, '4．推进公共场馆数字化'); c(94, '1．提升生态环境数字化监测能力')
c(96, '2．深化“互联网+城乡供水”'); c(98, '3．建设“智慧林草”应用'); c(101, '4．推动绿色低碳转型。配合'); c(104, '1．推广协同办公')
c(106, '2．推进基层填表报数减负'); c(107, '3．整合视频会议资源'); c(108, '4．推进公共资源交易全流程数字化'); c(112, '1．完善政务公开平台')
c(114, '2．构建政务新媒体矩阵'); c(115, '3．畅通政民互动渠道'); c(116, '（一）加强组织领导。'); c(118, '（三）提升数字素养。')
c(123, '（四）强化考核评价。'); c(124, '（四）强化考核评价。')

key = {
 "writer": "blind writer, round 309; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": E,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("中卫市数字政府建设实施方案 (卫政发〔2024〕21号, 2024-04-15). Every part opens with a line quoting the regional 实施意见 "
           "and its task list in quotation marks (region's dates, past 2023 ones included, and the region's lead bodies), "
           "followed by numbered city measures with inline notes (牵头单位；责任单位；完成时限). All planted mistakes sit in the city's own text "
           "(preamble citation and measures), never inside the quotations. Line 54's damaged run hides task 37's wording, so task 37 is not in covers. "
           "parents is empty: 中卫 is a prefecture-level city with no parent city plan.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(M), len(C))
