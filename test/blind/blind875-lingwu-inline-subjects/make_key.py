# Helper kept with the case: builds key.json, locating every line by a text snippet in draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(snippet, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if snippet in l]
    assert len(hits) >= nth, snippet
    return hits[nth - 1]

def one(snippet):
    hits = [i + 1 for i, l in enumerate(L) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": one("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号, not a 宁政办发 document (prefix slip, probably from the 宁政办发〔2023〕11号 cited right after it)"},
    {"rule": "deadline-invalid", "line": one("6月31日"), "text": "6月31日",
     "why": "June has 30 days; 2024年6月31日 does not exist (task 41, regional 完成时限 2024年, so the date is not late, only impossible)"},
    {"rule": "unknown-unit", "line": one("由自治区政府办公厅牵头"), "text": "自治区政府办公厅",
     "why": "regional body named as the lead of a local task: measure 31 (城域网升级改造, task 48) copies the regional lead; a 灵武 plan cannot assign the 自治区政府办公厅, and no local unit leads it"},
    {"rule": "unknown-unit", "line": one("市经信局"), "text": "市经信局",
     "why": "stale name (经济和信息化局); units.txt lists only 市工业和信息化局 = 市工信局, which the draft uses elsewhere"},
    {"rule": "deadline-later-than-baseline", "line": one("推进适老化改造"), "text": "2025年6月底",
     "why": "measure 57 is task 93 (适老化与信息无障碍建设), regional 完成时限 2024年; 2025年6月底前 is later"},
    {"rule": "garbled-text", "line": one("鎷撳睍鏀挎皯"), "text": "鎷撳睍鏀挎皯",
     "why": "UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 拓展政民互动渠道 (title of measure 74)"},
]

M = []
def nf(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e.update(kw)
    e["why"] = why
    M.append(e)

D = "deadline-later-than-baseline"
I = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"

# --- the round's own near misses: bodies named as subjects, objects served or places ---
nf(U, one("推动灵武市人民医院"), "object served, not a responsible unit (the measure is led by 市卫健局); hospitals are what the measure connects", text="灵武市人民医院")
nf(U, one("推动灵武市人民医院"), "object served (a hospital), written with 市 prefix but not a responsible unit", text="市中医医院")
nf(U, one("推动灵武市人民医院"), "object: the 银川 hospital that 灵武 hospitals consult with; not a responsible unit", text="银川市第一人民医院")
nf(U, one("推动灵武市图书馆"), "objects served: venues whose mobile entry is connected; the measure is led by 市文旅局", text="灵武市图书馆")
nf(U, one("积极对接自治区政务数据平台和银川市大数据管理服务局"), "object of 对接 (the city body data flows back from), not a responsible unit of this plan", text="银川市大数据管理服务局")
nf(U, one("报银川市大数据管理服务局"), "recipient of the annual summary, not a responsible unit", text="银川市大数据管理服务局")
nf(U, one("每季度末向市数字政府建设领导小组办公室报告"), "recipient of the quarterly report (the 领导小组办公室 sits in 市政府办公室); 市大数据中心 is the acting body", text="市数字政府建设领导小组办公室")
nf(U, one("按照自治区政府办公厅统一部署"), "regional body named as the one whose 部署 is followed, not as lead; the lead is 市大数据中心", text="自治区政府办公厅")
nf(U, one("配合自治区党委政法委建设"), "regional body as the object of 配合; the local lead is 市委政法委", text="自治区党委政法委")
nf(U, one("自治区公安大数据中心汇聚"), "destination platform/centre that data flows to; the responsible unit is 灵武市公安局", text="自治区公安大数据中心")
nf(U, one("配合银川市探索推进"), "the city government as the body 灵武 supports (task 92 is led by 各地级市); 市审批局 leads locally", text="银川市")
nf(U, one("在市政务服务中心和各乡镇便民服务中心"), "places where the service is offered, not units (lead is 市审批局)", text="市政务服务中心")
nf(U, one("在市政务服务中心和各乡镇便民服务中心"), "places", text="各乡镇便民服务中心")
nf(U, one("市政务服务中心“跨省通办”专窗投入运行"), "place named in the background (subject of a past event), not a responsible unit", text="市政务服务中心")
nf(U, one("在灵武羊绒产业园区"), "place where the smart-park work is done; lead is 市工信局", text="灵武羊绒产业园区")
nf(U, one("在郝家桥镇、崇兴镇开展数字乡村试点"), "places of the pilot; the responsible bodies are 市农业农村局 and 各乡镇人民政府", text="郝家桥镇")
nf(U, one("在白芨滩国家级自然保护区"), "place (nature reserve), not a unit", text="白芨滩国家级自然保护区")
nf(U, one("灵武市人民政府办公室关于印发"), "the issuing office in full (= 市人民政府办公室 in units.txt), title of the notice, not a responsible unit", text="灵武市人民政府办公室")
nf(U, one("银川市人民政府《关于加强数字政府建设的实施方案》"), "issuer of a cited basis document, not a responsible unit", text="银川市人民政府")
# --- units written with the place name in full, short names, distribution, collectives ---
nf(U, one("3．完善数字经济治理"), "place name in full: 灵武市公安局 is 市公安局 in units.txt", text="灵武市公安局")
nf(U, one("由灵武市公安局负责"), "place name in full: 灵武市公安局 = 市公安局", text="灵武市公安局")
nf(U, one("由灵武市市场监督管理局牵头"), "full name: 灵武市 + 市场监督管理局 = 市市场监督管理局 (canonical in units.txt, alias 市市场监管局)", text="灵武市市场监督管理局")
nf(U, one("国家税务总局灵武市税务局配合"), "canonical name in units.txt", text="国家税务总局灵武市税务局")
nf(U, one("银川市生态环境局灵武分局配合"), "the 灵武 branch of the 银川 bureau, listed as one canonical name in units.txt; must not be split into 银川市生态环境局 + 灵武分局", text="银川市生态环境局灵武分局")
nf(U, one("由银川市生态环境局灵武分局牵头，市水务局"), "listed unit as lead (a 灵武 body despite the 银川市 prefix)", text="银川市生态环境局灵武分局")
nf(U, one("市财政局、审计局配合"), "prefix 市 distributes: 审计局 = 市审计局 (listed)", text="审计局")
nf(U, one("市发改局、财政局、人社局配合"), "prefix 市 distributes: 财政局 = 市财政局, 人社局 = 市人社局 (alias)", text="人社局")
nf(U, one("由市发改局牵头，市大数据中心、市财政局配合"), "official short names listed in units.txt (市发展和改革局 = 市发改局, 市大数据服务中心 = 市大数据中心)", text="市大数据中心")
nf(U, one("灵武市消防救援大队、灵武市气象局配合"), "vertical units listed in units.txt under their full names", text="灵武市消防救援大队")
nf(U, one("承担监管职责的市直有关部门分别负责"), "collective subject", text="承担监管职责的市直有关部门")
nf(U, one("由市农业农村局牵头，各乡镇人民政府具体负责"), "collective subject", text="各乡镇人民政府")
nf(U, one("由市委网信办牵头，市直各部门（单位）、各乡镇（街道）分别负责"), "collective subjects", text="市直各部门（单位）")
nf(U, one("由市政府督查室负责"), "listed in units.txt", text="市政府督查室")
# --- deadlines: equal, earlier, past, reporting ---
nf(D, one("到2024年底，市级政务信息系统"), "goal dated 2024: tasks 43 (2024年建成，持续推进), 48 (2024年) and 84 (2024年) — equal; not one of the region's 2023 goals")
nf(D, one("到2025年，全市数字政府建设体系框架全面成型"), "same year as the region's 2025 goal (体系框架全面成型)")
nf(D, one("到2035年，与政府治理能力现代化相适应"), "same as the region's 2035 goal")
nf(D, one("2024年6月底前健全相应组织机构"), "task 64 (各地参照自治区做法成立相应组织机构), regional 2025年; 2024年6月 is earlier")
nf(D, one("1．建设智慧园区"), "task 3, regional 持续推进，2025年取得明显成效 — equal")
nf(D, one("4．推进教育数字化"), "task 7, regional 2023年形成试点经验，2025年取得明显成效; the completing milestone 2025 is equal, 2024年底 is an interim local milestone")
nf(D, one("9．推进“数字供销”建设"), "task 11, regional 2023年完成主要建设任务，2025年取得明显成效 — completing milestone equal")
nf(D, one("11．培育数据要素市场"), "task 12, regional 2025年 — equal")
nf(D, one("16．提高自主可控水平"), "task 19, regional 2023年启动，2024年建成 — equal")
nf(D, one("17．推动行政权力网上运行"), "task 21, regional 2024年; 2024年9月底 is earlier")
nf(D, one("19．建立数字资源“一本账”"), "task 23, regional 2024年; 2024年10月底 is earlier")
nf(D, one("21．开展试点示范"), "task 28, regional 2023年启动，2025年取得明显成效 — equal")
nf(D, one("30．用好全区政务“一朵云”"), "tasks 43 (2024年建成，持续推进) and 46 (2024年); 2024年11月底 is earlier")
nf(D, one("由自治区政府办公厅牵头，市大数据中心"), "task 48, regional 2024年 — deadline equal (the unit is the slip, not the date)")
nf(D, one("33．融入“视频一张网”"), "task 49, regional 2025年; 2025年6月底 is earlier")
nf(D, one("36．推进非税收入收缴电子化"), "task 56, regional 2025年; 2024年底 is earlier")
nf(D, one("39．共享地理信息资源"), "task 58, regional 2024年; 2024年9月底 is earlier")
nf(D, one("49．推进“雪亮工程”"), "task 79, regional 2024年; 2024年10月底 is earlier")
nf(D, one("55．优化12345热线服务"), "task 87, regional 2023年启动，2025年完成 — equal")
nf(D, one("66．推广协同办公"), "tasks 104/105, regional 2024年; 2024年9月底 is earlier")
nf(D, one("68．整合视频会议系统"), "task 107, regional 2025年; 2025年6月底 is earlier")
nf(D, one("（五）强化督促落实"), "office's own reporting dates (每年6月20日、12月10日, 2025年1月15日 annual summary to 银川), not task deadlines")
nf(I, one("2024年4月2日"), "issue date of the notice")
nf(I, one("基础设施持续完善"), "past dates in the background (2021年底, 2022年, 2023年9月), not deadlines")
nf(I, one("2023年11月，我市完成政务数据资源普查"), "past date in the background")
nf(I, one("在2023年已建立安全监测预警机制"), "past date (what was done in 2023), not a deadline; task 18 2023年形成机制，长期坚持 — local 长期坚持")
nf(I, one("在2023年完成政务数据资源普查的基础上"), "past date; task 30 (2023年) already done, the local measure is ongoing")
nf(I, one("落实2023年建立的政务数据供需对接"), "past date; task 36 (2023年) mechanism already set up, local 长期坚持")
nf(B, one("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 with its correct 文号, not a basis document", text="宁政办发〔2020〕14号")
nf(B, one("国发〔2022〕14号"), "correct title and 文号", text="国发〔2022〕14号")
nf(B, one("宁政办发〔2023〕11号"), "数字宁夏“1244+N”行动计划实施方案 is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan)", text="宁政办发〔2023〕11号")
nf(B, one("银川市人民政府《关于加强数字政府建设的实施方案》"), "the city plan cited by title alone, as DOMAIN.md says city plans often are; no parent plan supplied", text="关于加强数字政府建设的实施方案")
nf(B, one("灵政办发〔2024〕21号"), "the notice's own 文号, not a cited basis", text="灵政办发〔2024〕21号")
nf("missing-pillar", 0, "五个一/六级贯通 work system is taken up in section 三 (健全组织机构, 厘清层级职责, 完善工作机制) under a local heading", pillar="五个一")
nf("missing-pillar", 0, "六级贯通 is taken up in （二）厘清层级职责 of section 三 (市、乡、村 on 自治区 and 银川 platforms)", pillar="六级贯通")
nf("missing-pillar", 0, "党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) are under the heading 七、保障措施, lines of 加强组织领导/加大财政投入/提升数字素养/强化考核评价", pillar="党的领导")

covers = []
def cv(task, snippet):
    covers.append({"task": task, "line": one(snippet)})
cv(3, "1．建设智慧园区"); cv(5, "3．完善数字经济治理"); cv(6, "10．推进公共服务数字化")
cv(7, "4．推进教育数字化"); cv(8, "5．推进“互联网+医疗健康”"); cv(9, "6．推进智慧城市建设")
cv(10, "8．推进数字乡村建设"); cv(11, "9．推进“数字供销”建设"); cv(12, "11．培育数据要素市场")
cv(14, "13．压实安全管理责任"); cv(15, "13．压实安全管理责任"); cv(17, "15．落实安全制度要求")
cv(18, "14．提升安全防护能力"); cv(19, "16．提高自主可控水平"); cv(21, "17．推动行政权力网上运行")
cv(22, "18．强化审管协同"); cv(23, "19．建立数字资源“一本账”"); cv(24, "20．规范项目建设管理")
cv(28, "21．开展试点示范"); cv(30, "23．动态更新数据目录"); cv(32, "24．明确数据管理职责")
cv(33, "26．推进基础库主题库汇聚"); cv(34, "26．推进基础库主题库汇聚"); cv(36, "25．落实数据共享机制")
cv(40, "29．规范电子公文管理"); cv(41, "28．推进公共数据开放"); cv(42, "27．深化数据融合应用")
cv(43, "30．用好全区政务“一朵云”"); cv(48, "31．提升网络支撑能力"); cv(49, "33．融入“视频一张网”")
cv(50, "32．整合业务专网"); cv(52, "34．推广共性应用"); cv(54, "35．推进电子文件归档")
cv(55, "37．推广财政电子票据"); cv(56, "36．推进非税收入收缴电子化"); cv(57, "38．完善信用信息服务")
cv(58, "39．共享地理信息资源"); cv(64, "（一）健全组织机构"); cv(65, "41．加强经济数据归集")
cv(66, "40．强化经济运行监测"); cv(67, "42．做好经济政策衔接"); cv(70, "43．推进信用分类监管")
cv(71, "44．推进数字化追溯监管"); cv(73, "45．提升监管智能化水平"); cv(74, "45．提升监管智能化水平")
cv(75, "46．加强新业态监管"); cv(77, "47．提升矛盾纠纷化解能力"); cv(78, "48．推进公安数据整合")
cv(79, "49．推进“雪亮工程”"); cv(80, "50．推进“智慧应急”"); cv(83, "51．提升基层治理能力")
cv(84, "52．推进“就近办”"); cv(85, "53．深化“一件事一次办”"); cv(86, "54．建设“我的宁夏”灵武专区")
cv(87, "55．优化12345热线服务"); cv(89, "56．提升涉企服务水平"); cv(90, "59．推进公共场馆数字化")
cv(92, "58．探索“多卡合一”"); cv(93, "57．推进适老化改造"); cv(94, "60．完善生态环境监测")
cv(96, "61．推进数字治水"); cv(98, "62．推进智慧林草"); cv(100, "63．推动资源要素市场化")
cv(101, "64．推动绿色低碳转型"); cv(102, "64．推动绿色低碳转型"); cv(103, "65．提升辅助决策能力")
cv(104, "66．推广协同办公"); cv(105, "66．推广协同办公"); cv(106, "67．推广填表报数系统")
cv(107, "68．整合视频会议系统"); cv(109, "70．优化“互联网+督查”"); cv(111, "69．提升机关事务管理水平")
cv(112, "71．完善政务公开平台"); cv(113, "73．建设政策文件库"); cv(114, "72．构建政务新媒体矩阵")
cv(115, "74．鎷撳睍鏀挎皯"); cv(116, "（一）加强组织领导"); cv(118, "（三）提升数字素养")
cv(121, "（四）强化考核评价"); cv(123, "（四）强化考核评价")

key = {
    "writer": "blind writer, round 875; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("灵武市 (county-level city under 银川市) 2024 plan, issued 2024-04-02; every measure names its bodies inline "
              "(由X牵头，Y配合，…前完成). No parent plan is supplied (the 银川 plan is cited by title only). "
              "Tasks due 2023 in the regional list are taken up without a year (长期坚持/持续推进) or with a past date, since the plan is issued in 2024. "
              "Readings that may differ: line of measure 4 (task 7: local 2024年底 interim + 2025 completing milestone vs regional 2023 pilot + 2025); "
              "（一）健全组织机构 could be matched to task 60 (自治区领导小组, 2023年) instead of task 64 (2025年); it is the local counterpart of task 64. "
              "The 6月31日 date is an impossible day, not month; the 市经信局 slip is a stale name, the 自治区政府办公厅 slip is a regional body as local lead.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
