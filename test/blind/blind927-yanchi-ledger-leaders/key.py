# -*- coding: utf-8 -*-
# Writes key.json for blind case 927; every line number is looked up in draft.txt
# by a substring that must occur on exactly one line (asserted).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")


def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (anchor, text)
    return hits[0]


def e(rule, anchor, text, why):
    return {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}


def m(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text:
        d["text"] = text
    d["why"] = why
    return d


GARBLED = "向政务信创云有序迁移".encode("utf-8").decode("gbk")

expect = [
    e("basis-mismatch", "（宁政发〔2023〕71号）", "宁政发〔2023〕71号",
      "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71 is a transposition of 17"),
    e("deadline-later-than-baseline", "开展县级城域网升级改造", "2025年6月底",
      "row 36 takes up regional task 48 (各级城域网升级改造，区市县乡村5级全覆盖), 完成时限 2024年; the county puts it in mid-2025 (task 47, the other 外网 row, is also 2024年)"),
    e("deadline-invalid", "完成县、乡政府网站、政务移动端", "20244年",
      "impossible year (a doubled 4); the row is regional task 93 (适老化与信息无障碍), 完成时限 2024年"),
    e("unknown-unit", "县数据局牵头", "县数据局",
      "no such body in units.txt (or in 盐池县): the county's data work sits with 县政府办公室; row takes up task 41"),
    e("unknown-unit", "自治区党委政法委牵头，县委政法委", "自治区党委政法委",
      "a regional body named as the lead (牵头, and first-listed) of a county ledger task; copied from regional task 49, whose lead at the regional level is 自治区党委政法委"),
    e("garbled-text", "推进县级政务信息系统" + GARBLED[:4], GARBLED[:8],
      "UTF-8 bytes read as GBK: " + GARBLED + " is 向政务信创云有序迁移 (row takes up task 46)"),
]

mnf = []
D = "deadline-later-than-baseline"
I = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
G = "garbled-text"
P = "missing-pillar"

# ---- deadlines ----
mnf += [
    m(D, "（三）主要目标。2024年", "2024年",
      "2024 goals (系统迁移信创云, 我的宁夏专区应上尽上, 协同办公/宁政通覆盖县乡村) equal regional tasks 46 (2024年), 86 (2024年), 104/105 (2024年)"),
    m(D, "到2025年，全县数字政府建设体系框架全面成型", "2025年",
      "equals the region's 主要目标 到2025年 “34567”体系框架全面成型 and 吴忠's 到2025年 “1347”体系框架全面成型"),
    m(D, "到2035年，与政府治理能力", "2035年",
      "equals the region's and 吴忠's 到2035年 goal"),
    m(I, "2022年底前完成县级政务信息系统摸底清查", "2022年底前",
      "past date in the 工作基础 background, not a deadline"),
    m(I, "2023年，全县电子政务外网延伸至", "2023年",
      "background achievement of the previous year, not a deadline"),
    m(I, "2024年12月15日前报送年度工作总结", "2024年12月15日前",
      "the office's own reporting date (annual summary), not a task deadline"),
    m(D, "于2024年7月10日前形成上半年", "2024年7月10日前",
      "the office's own reporting date (half-year report to the county government), not a task deadline"),
    m(D, "各乡镇明确1名分管领导", "2024年6月底前",
      "task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年; earlier. Not task 32 (本部门数据管理机构及人员, 2023年): the row is about 数字政府 staffing of townships, not data management"),
    m(D, "参照自治区、吴忠市做法，成立相应组织机构", "2024年6月底前",
      "task 64, 完成时限 2025年; earlier"),
    m(D, "汇聚企业生产和销售数据", "2024年12月底前",
      "task 2 (产业云, 2023年启动，2024年取得明显成效); completing milestone equal"),
    m(D, "加快盐池工业园区“智慧园区”建设", "持续推进，2025年取得明显成效",
      "task 3, 完成时限 持续推进，2025年取得明显成效; copied, equal"),
    m(D, "推进教育、健康、就业、文化旅游、体育", "持续推进，2025年取得明显成效",
      "task 6, 完成时限 持续推进，2025年取得明显成效; equal"),
    m(D, "深入推广宁夏智慧教育平台", "2024年12月底前",
      "task 7, 完成时限 2023年形成试点经验，2025年取得明显成效; the county row completes earlier"),
    m(D, "配合推进“数字供销”国家级示范区建设", "2025年取得明显成效",
      "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal"),
    m(D, "培育数据要素市场，引导本地企业", "2025年",
      "task 12, 完成时限 2025年; equal"),
    m(D, "落实数据交易主体市场准入", "2024年12月底前",
      "task 13, 完成时限 2024年; equal (year-end of the same year)"),
    m(D, "推动县级政务信息系统基于信创环境开发", "2024年12月底前",
      "task 19, 完成时限 2023年启动，2024年建成; equal"),
    m(D, "开展常态化安全防护和应急演练", "2023年形成机制，长期坚持",
      "task 18, 完成时限 2023年形成机制，长期坚持; copied regional deadline that lies before the plan's year: equal, and not an invalid date"),
    m(I, "开展常态化安全防护和应急演练", "2023年形成机制，长期坚持",
      "copied regional deadline (task 18) lying before the plan's year"),
    m(D, "强化审管协同，完善“审管联动”机制", "2024年12月底前",
      "task 22, 完成时限 2025年; earlier"),
    m(D, "积极申报自治区、吴忠市数字政府试点项目", "2025年取得明显成效",
      "task 28, 完成时限 2023年启动，2025年取得明显成效; completing milestone equal"),
    m(D, "实施“互联网+基层治理”行动", "2025年底前",
      "task 83, 完成时限 2025年; 2025年底前 is the same year, equal"),
    m(D, "配合吴忠市依托“我的宁夏”政务APP推进", "2025年",
      "task 92, 完成时限 2025年; equal"),
    m(D, "深化“互联网+城乡供水”建设", "2025年",
      "task 96, 完成时限 2025年; equal"),
    m(D, "配合构建碳排放智能监测", "2025年",
      "task 101, 完成时限 2025年; equal"),
    m(D, "推进水、气、土、废污染防治攻坚战", "持续推进，2025年取得明显成效",
      "task 102, 完成时限 2025年; equal"),
    m(D, "推进公共资源交易全流程电子化管理", "2024年12月底前",
      "task 108, 完成时限 长期推进，2024年取得明显成效; equal"),
    m(D, "推进公共房产、公务用车、公共机构节能", "2025年6月底前",
      "task 111, 完成时限 2025年; mid-2025 is earlier (contrast with the planted row 36)"),
    m(D, "应用全区统一填表报数系统", "2024年12月底前",
      "task 106, 完成时限 2025年; earlier"),
    m(D, "健全12345政务服务便民热线与110", "2024年12月底前",
      "task 87, 完成时限 2023年启动，2025年完成; earlier"),
    m(D, "将数字政府建设纳入“一把手工程”，建立主要领导负责制", "2023年完成并长期坚持",
      "task 116, 完成时限 2023年完成并长期坚持; copied, equal"),
    m(I, "将数字政府建设纳入“一把手工程”，建立主要领导负责制", "2023年完成并长期坚持",
      "copied regional deadline (task 116) lying before the plan's year"),
    m(D, "制定2024年度数字政府建设重点任务考核指标体系", "2024年4月底前",
      "task 121, 完成时限 长期坚持; a dated milestone is not later than an ongoing task"),
    m(D, "整合全县公共视频资源", "2024年12月底前",
      "task 49, 完成时限 2025年; earlier (the row's error is its unit, not its date)"),
]

# ---- units ----
mnf += [
    m(U, "各乡镇人民政府，县直各部门（单位）：", "县直各部门（单位）",
      "collective addressees of the notice"),
    m(U, "各乡镇明确1名分管领导", "各乡镇人民政府",
      "collective subject"),
    m(U, "县直有关部门按职责分别负责", "县直有关部门",
      "collective subject"),
    m(U, "各村（社区）配合", "各村（社区）",
      "collective subject"),
    m(U, "县公安局、司法局、信访局配合", "司法局",
      "prefix 县 distributes over the list: 县司法局, 县信访局, both in units.txt"),
    m(U, "县委组织部、宣传部，县人社局负责", "宣传部",
      "prefix 县委 distributes: 县委宣传部 (in units.txt); 县人社局 is the registered short name of 县人力资源和社会保障局"),
    m(U, "中国电信盐池分公司、中国移动盐池分公司", "中国移动盐池分公司",
      "units outside government, listed in units.txt as cooperating telecom operators"),
    m(U, "盐池县税务局负责", "盐池县税务局",
      "short name of 国家税务总局盐池县税务局 in units.txt"),
    m(U, "县卫健局、县人社局、市生态环境局盐池分局", "市生态环境局盐池分局",
      "short name of 吴忠市生态环境局盐池分局 in units.txt (the city bureau's county branch is the county's environment body)"),
    m(U, "花马池镇人民政府负责", "花马池镇人民政府",
      "a named township government, listed in units.txt"),
    m(U, "盐池工业园区管委会牵头", "盐池工业园区管委会",
      "short name of 盐池工业园区管理委员会 in units.txt"),
    m(U, "县政府办牵头，县信访局", "县政府办",
      "short name of 县人民政府办公室 in units.txt"),
    m(U, "县政府督查室负责", "县政府督查室",
      "short name of 县人民政府督查室 in units.txt"),
    m(U, "县工信商务局负责", "县工信商务局",
      "short name of 县工业信息化和商务局 in units.txt"),
    m(U, "县市场监管局、县卫健局按职责分别负责", "县市场监管局",
      "registered short names"),
    m(U, "县公安局、县市场监管局等有关部门配合", "县市场监管局等有关部门",
      "县市场监管局 (registered short name) followed by the collective 等有关部门"),
    m(U, "现印发给你们", "县人民政府",
      "the county government itself (盐池县人民政府 in units.txt)"),
    m(U, "县推进数字政府建设领导小组统筹", "县推进数字政府建设领导小组",
      "the county's coordinating body named in 保障措施 prose, not a responsibility cell"),
]

# ---- leaders' posts (the 牵头县领导 column) ----
mnf += [
    m(U, "参照自治区、吴忠市做法，成立相应组织机构", "县委副书记、县长 ×××",
      "a county leader's post in the 牵头县领导 column, not a unit"),
    m(U, "各乡镇明确1名分管领导", "县委常委、常务副县长 ×××",
      "a county leader's post, not a unit"),
    m(U, "汇聚企业生产和销售数据", "副县长 ×××",
      "a county leader's post, not a unit"),
    m(U, "推动企业上云用数赋智", "县委常委、副县长 ×××",
      "a county leader's post, not a unit"),
    m(U, "健全网络综合治理体系，加强网络生态治理", "县委常委、宣传部部长 ×××",
      "a leader's post (contains 宣传部 but names a person), not a unit"),
    m(U, "全面梳理县直部门数字化发展相关职责分工", "县委常委、组织部部长 ×××",
      "a leader's post (contains 组织部), not a unit"),
    m(U, "推广应用全区矛盾纠纷多元化解信息系统", "县委常委、政法委书记 ×××",
      "a leader's post (contains 政法委), not a unit"),
    m(U, "推进公安信息化系统整合优化", "副县长、县公安局局长 ×××",
      "a leader's post (contains 县公安局), not a unit"),
    m(U, "持续推进“雪亮工程”向乡村延伸", "县委常委、政法委书记 ×××；副县长、县公安局局长 ×××",
      "two leaders' posts in one cell, not units"),
    m(U, "规范电子公文全流程管理", "县委常委、县委办公室主任 ×××",
      "a leader's post (contains 县委办公室), not a unit"),
    m(G, "推进公安信息化系统整合优化", "×××",
      "××× is the usual redaction of a person's name in a published ledger, not mojibake"),
]

# ---- basis documents ----
mnf += [
    m(B, "（国发〔2022〕14号）、", "国发〔2022〕14号",
      "correct national basis document"),
    m(B, "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号",
      "cited with the title and 文号 the 吴忠 plan gives it"),
    m(B, "吴忠市人民政府《关于加强数字政府建设的实施方案》精神", "关于加强数字政府建设的实施方案",
      "the parent city plan cited by issuer and title without a 文号, as it has none; title correct"),
    m(B, "（宁政办发〔2020〕14号）印发以来", "宁政办发〔2020〕14号",
      "retrospective mention of the 2020 工作要点 in the 工作基础 background, not a basis document"),
    m(B, "盐政办发〔2024〕9号", "盐政办发〔2024〕9号",
      "the notice's own 文号"),
]

# ---- pillars ----
mnf += [
    {"rule": P, "line": 0, "pillar": "五个一和六级贯通",
     "why": "taken up as 一套体系 (line " + str(ln("（一）完善“一套体系”")) + ", ledger rows 1-4: 组织机构, 六级贯通 层级职责), as in the 吴忠 plan"},
    {"rule": P, "line": 0, "pillar": "财政投入",
     "why": "保障措施（二）加大资金保障 (line " + str(ln("（二）加大资金保障")) + ") and 二（五）"},
    {"rule": P, "line": 0, "pillar": "数字生态",
     "why": "ledger group 营造良好数字生态 (rows 18-20) and 二（二）"},
    {"rule": P, "line": 0, "pillar": "数字素养",
     "why": "保障措施（三）提升数字素养 and ledger row 91 (人才)"},
]

covers_spec = [
    (2, "汇聚企业生产和销售数据"), (3, "加快盐池工业园区“智慧园区”建设"),
    (5, "创新以网管网等基于新技术手段的监管模式"), (6, "推进教育、健康、就业、文化旅游、体育"),
    (7, "深入推广宁夏智慧教育平台"), (8, "深化“互联网+医疗健康”应用"),
    (9, "推进城市运行管理服务平台县级应用"), (10, "推进数字乡村建设，补齐"),
    (11, "配合推进“数字供销”国家级示范区建设"), (12, "培育数据要素市场，引导本地企业"),
    (13, "落实数据交易主体市场准入"), (16, "落实数据安全防护能力评估指标要求"),
    (18, "开展常态化安全防护和应急演练"), (19, "推动县级政务信息系统基于信创环境开发"),
    (20, "全面梳理县直部门数字化发展相关职责分工"), (21, "依托全区行政许可管理信息系统"),
    (22, "强化审管协同，完善“审管联动”机制"), (26, "清理修订与数字政府建设不相适应"),
    (28, "积极申报自治区、吴忠市数字政府试点项目"), (33, "配合完善人口、法人、自然资源、电子证照"),
    (34, "充实全区主题数据库"), (35, "配合建立经济运行监测等地方主题数据库"),
    (40, "规范电子公文全流程管理"), (41, "编制本县公共数据开放目录"),
    (42, "推进供水、供电、供气、公共交通等公共数据"), (48, "开展县级城域网升级改造"),
    (49, "整合全县公共视频资源"), (50, "有序推进非涉密业务专网"),
    (52, "推广应用全区统一电子证照、电子印章"), (56, "非税收入收缴电子化全覆盖"),
    (57, "推进信用中国（宁夏）盐池站点建设"), (58, "配合完善全区统一权威的“底板底图”"),
    (64, "参照自治区、吴忠市做法，成立相应组织机构"), (65, "按照宁夏经济治理基础数据库要求"),
    (66, "对接使用宁夏经济运行大数据平台"), (69, "运用多源数据为市场主体精准“画像”"),
    (70, "落实企业信用风险分类管理"), (71, "对食品药品、特种设备、农副产品"),
    (73, "推进消费维权“一件事”改革"), (74, "运用非现场监管手段"),
    (75, "对平台经济、互联网医院等新业态"), (77, "推广应用全区矛盾纠纷多元化解信息系统"),
    (78, "推进公安信息化系统整合优化"), (79, "持续推进“雪亮工程”向乡村延伸"),
    (80, "推进“智慧应急”建设"), (83, "实施“互联网+基层治理”行动"),
    (84, "实现“网上办、掌上办、就近办、一次办”"), (86, "持续做强“我的宁夏”政务APP盐池专区"),
    (88, "加快“证照分离”改革和电子营业执照"), (89, "建设完善企业专属网页和惠企政策专栏"),
    (90, "推进县图书馆、文化馆、档案馆等公共场馆"), (92, "推进“多卡合一”“多码合一”“多表合一”"),
    (93, "完成县、乡政府网站、政务移动端"), (94, "接入全区生态环境数据资源中心"),
    (96, "深化“互联网+城乡供水”建设"), (97, "三维立体“一张图”和国土空间基础信息平台"),
    (98, "依托宁夏“智慧林草”云平台"), (100, "用水权、土地权、排污权、山林权"),
    (101, "配合构建碳排放智能监测"), (102, "推进水、气、土、废污染防治攻坚战"),
    (103, "拓展经济调节、市场监管、社会管理等领域动态监测"), (104, "推广全区统一的协同办公平台"),
    (105, "推广应用“宁政通”"), (106, "应用全区统一填表报数系统"),
    (107, "非涉密视频会议系统资源"), (108, "推进公共资源交易全流程电子化管理"),
    (109, "运用“互联网+督查”机制"), (110, "应用全区预算管理一体化系统"),
    (111, "推进公共房产、公务用车、公共机构节能"), (112, "完善县政府门户网站等政务公开信息化平台"),
    (113, "配合建设全区统一的规范性文件数据库"), (114, "构建县、乡两级政务新媒体矩阵"),
    (115, "畅通政府网站、“我的宁夏”政务APP、12345热线"),
    (116, "将数字政府建设纳入“一把手工程”，建立主要领导负责制"),
    (117, "加大数字化专业人才引进力度，依托"), (121, "健全常态化考核和以奖代补工作机制"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 927; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("盐池县 2024 实施方案 (county, parent 吴忠), short body then a 工作台账 of 91 rows "
              "(序号 | 工作任务 | 工作措施 | 牵头县领导 | 责任单位 | 完成时限); an empty 工作任务 cell continues the group above. "
              "The 牵头县领导 column names people by post (副县长 ×××); those posts are not units and the column is not a 责任单位 column. "
              "The ledger note says the first-listed unit is the lead. Regional task 46 (row 35) is not listed in covers because the row's key words are garbled. "
              "Ledger rows taking up regional tasks due 2023 were kept either undated in the body or with the regional 2023 deadline copied (tasks 18, 116). "
              "draft.txt and key.json are generated by build.py and key.py in this folder."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers")
