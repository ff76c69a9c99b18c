#!/usr/bin/env python3
# Writes key.json for blind case 244 from the rows in gen_draft.py; checks every line/text pair.
import json, os
import gen_draft as g
HERE = g.HERE
L = g.rowline
draft = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")

def ln(tag): return L[tag]

expect = [
 {"rule": "deadline-later-than-baseline", "line": ln("frame"), "text": "2026年",
  "why": "the county's '1347' framework is to be fully formed by 2026, later than the parent plan's goal (吴忠 plan 主要目标: 到2025年，全市数字政府建设“1347”体系框架全面成型) and the region's goal (到2025年，“34567”体系框架全面成型); no numbered regional task, the nearest is task 64 (成立相应组织机构，健全工作体制机制), 完成时限 2025年; also outside the list's own period 2024年—2025年"},
 {"rule": "deadline-later-than-baseline", "line": ln("man"), "text": "2025年",
  "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年"},
 {"rule": "deadline-later-than-baseline", "line": ln("grass"), "text": "2026年",
  "why": "task 83 (实施“互联网+基层治理”行动…统一采集和高效管理; 各市、县（区）具体负责) 完成时限 2025年"},
 {"rule": "deadline-invalid", "line": ln("aging"), "text": "13月",
  "why": "2024年13月底前 is an impossible month (slip for 12月); the matching task 93 (适老化与信息无障碍建设) is due 2024年"},
 {"rule": "unknown-unit", "line": ln("forms"), "text": "县大数据局",
  "why": "同心县 has no 大数据局 (units.txt lists 县大数据服务中心); the drafter copied the city's 市大数据局 naming"},
 {"rule": "unknown-unit", "line": ln("ningzhengtong"), "text": "自治区政府办公厅",
  "why": "a regional body named as the sole lead (牵头单位) of a county task: copied from task 105's 责任单位 (自治区政府办公厅牵头负责); the county lead should be 县政府办"},
]

def d(tag, why, text=None):
    e = {"rule": "deadline-later-than-baseline", "line": ln(tag), "why": why}
    if text: e["text"] = text
    return e
def u(tag, text, why):
    return {"rule": "unknown-unit", "line": ln(tag), "text": text, "why": why}

mnf = [
 # header lines
 {"rule": "basis-mismatch", "line": 4, "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
 {"rule": "basis-mismatch", "line": 4, "text": "宁政发〔2023〕17号", "why": "correct 文号 and title of the regional 实施意见"},
 {"rule": "basis-mismatch", "line": 4, "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》", "why": "the city plan cited by its correct title alone; it has no 文号"},
 {"rule": "deadline-invalid", "line": 2, "text": "2024年—2025年", "why": "the list's period in its title, not a deadline"},
 {"rule": "deadline-invalid", "line": 3, "text": "2024年1月18日", "why": "the issuing date of the list"},
 {"rule": "deadline-later-than-baseline", "line": 5, "text": "每年12月10日前", "why": "the office's own annual reporting date, not a task deadline"},
 # deadlines: earlier than the region
 d("org", "earlier: task 64 (各地各部门参照自治区做法，成立相应的组织机构，健全工作体制机制) 完成时限 2025年", "2024年6月底前"),
 d("mech", "earlier: no numbered task for 厘清层级职责/工作机制; nearest is task 64, 完成时限 2025年", "2024年"),
 d("ledger", "same year, month given: task 23 (全区一体化数字资源管理系统、“一本账”统筹建设管理机制) 完成时限 2024年", "2024年9月底前"),
 d("open", "same year, month given: task 41 (编制公共数据开放目录…分类分级开放公共数据) 完成时限 2024年", "2024年6月底前"),
 d("trace", "same year: task 71 (重点领域全主体、全品种、全链条数字化追溯监管) 完成时限 2024年", "2024年12月底前"),
 d("water", "earlier: task 96 (深化“互联网+城乡供水”省域示范区建设) 完成时限 2025年", "2024年底"),
 # deadlines: equal to the region
 d("park", "equal: task 3 (加快推进“智慧园区”建设) 完成时限 持续推进，2025年取得明显成效"),
 d("cloud", "equal: task 2 (按需打造产业云…推进产业数字化进程) 完成时限 2023年启动，2024年取得明显成效", "2024年"),
 d("agri", "equal: nearest task 10 (推进数字乡村建设) 完成时限 持续推进，2025年取得明显成效"),
 d("econgov", "equal: task 5 (创新…基于新技术手段的监管模式，加强数字经济治理体系) 完成时限 持续推进，2025年取得明显成效"),
 d("pubsvc", "equal: task 6 (推动数字技术与传统公共事业融合…服务数字化; 各市、县（区）负责) 完成时限 持续推进，2025年取得明显成效"),
 d("edu", "equal completing milestone: task 7 (国家智慧教育平台整省试点) 完成时限 2023年形成试点经验，2025年取得明显成效", "2025年"),
 d("health", "equal: task 8 (“互联网+医疗健康”应用) 完成时限 持续推进，2025年取得明显成效"),
 d("city", "equal: task 9 (推进智慧城市建设…强化“一网统管”; 各县（市、区）配合) 完成时限 持续推进，2025年取得明显成效"),
 d("village", "equal: task 10 (推进数字乡村建设) 完成时限 持续推进，2025年取得明显成效"),
 d("gxs", "equal completing milestone: task 11 (“数字供销”国家级示范区建设) 完成时限 2023年完成主要建设任务，2025年取得明显成效", "2025年"),
 d("datamkt", "equal: task 12 (培育数据要素市场) 完成时限 2025年", "2025年"),
 d("datarule", "equal: task 13 (数据交易主体市场准入制度、公平竞争审查制度) 完成时限 2024年", "2024年"),
 {"rule": "deadline-invalid", "line": ln("secmech"), "text": "2023年形成机制，长期坚持", "why": "regional deadline of task 18 (动态监控、主动防御、协同响应的安全技术保障体系…常态化安全防护和应急演练) copied verbatim; it lies before the plan's year but is ongoing (长期坚持)"},
 d("secmech", "equal: copied verbatim from task 18, 完成时限 2023年形成机制，长期坚持", "2023年形成机制，长期坚持"),
 d("seccheck", "ongoing only, no later milestone: task 17 (分类分级保护…密码应用安全性评估的机制) 完成时限 2023年", "长期坚持"),
 d("xinchuang", "equal: task 19 (建设政务信创云) 完成时限 2023年启动，2024年建成", "2024年"),
 d("duty", "equal: task 20 (全面梳理本行业本部门数字化发展相关职责分工) 完成时限 2024年", "2024年"),
 d("power", "equal: task 21 (行政许可管理信息系统…行政权力事项网上运行、动态管理) 完成时限 2024年", "2024年"),
 d("shenguan", "equal: task 22 (强化审管协同…基本实现审管协同) 完成时限 2025年", "2025年"),
 d("rules", "equal: task 26 (做法及时上升为制度规范) 完成时限 2024年", "2024年"),
 d("std", "equal: task 27 (数字政府标准化工作) 完成时限 2024年", "2024年"),
 d("pilot", "equal completing milestone (the start is later, which does not count): task 28 (每年确定试点领域、试点地区…开展试点示范) 完成时限 2023年启动，2025年取得明显成效", "2024年启动，2025年取得明显成效"),
 d("dataplat", "equal completing milestone: task 29 (自治区统一的政务数据平台…一体化政务大数据体系) 完成时限 2023年启动，2025年完成", "2025年"),
 d("baselib", "equal: task 33 (人口、法人、自然资源、经济、电子证照等基础数据资源库) 完成时限 2024年", "2024年"),
 d("themelib", "equal: task 34 (政务服务、医疗健康、社会保障、生态环保…主题数据库) 完成时限 2024年", "2024年"),
 d("localdb", "equal: task 35 (经济运行监测等领域地方主题数据库，按地域、按主题充分授权) 完成时限 2024年", "2024年"),
 d("edoc", "equal: task 40 (电子公文全流程标准化管理…电子公文档案数据共享利用长效机制) 完成时限 2024年", "2024年"),
 d("fuse", "equal: task 42 (供水、供电、供气、公共交通等公共数据…融合应用) 完成时限 2024年", "2024年"),
 d("migrate", "equal: task 46 (推进政务信息系统有序迁移) 完成时限 2024年; task 43 (政务信创云) 2024年建成，持续推进", "2024年"),
 {"rule": "deadline-invalid", "line": ln("migrate"), "text": "2023年", "why": "background in the measure text (在2023年完成政务信息系统摸底的基础上), not a deadline"},
 d("wan", "equal: task 47 (电子政务外网升级改造，骨干网扩容，扩大互联网出口带宽) 完成时限 2024年", "2024年"),
 d("private", "equal: task 50 (非涉密业务专网向电子政务外网整合迁移) 完成时限 2024年", "2024年"),
 d("video", "equal: task 49 (全区统一的视频共享平台) 完成时限 2025年", "2025年"),
 d("license", "equal: task 52 (个人证照、企业证照社会化高频场景应用) 完成时限 2025年", "2025年"),
 d("seal", "equal: task 53 (宁夏统一电子印章系统…电子签名和电子印章在涉企等服务领域广泛应用) 完成时限 2024年", "2024年"),
 d("archive", "equal: task 54 (完善业务应用系统电子文件归档功能，统筹推进无纸化办公和电子文件归档) 完成时限 2024年", "2024年"),
 d("pay", "equal: task 55 (统一公共支付平台及电子票据系统) 完成时限 2024年", "2024年"),
 d("nontax", "equal: task 56 (非税收入收缴电子化) 完成时限 2025年", "2025年"),
 d("credit", "equal (written with a space): task 57 (宁夏信用信息公共服务平台) 完成时限 2024年", "2024 年"),
 d("geo", "equal: task 58 (地理信息资源共建共享，“底板底图”) 完成时限 2024年", "2024年"),
 d("grade", "equal: task 59 (全区政务平台评估定级分类制度) 完成时限 2025年", "2025年底"),
 d("econmon", "equal: task 66 (宁夏经济运行大数据平台，强化经济监测预警) 完成时限 2025年", "2025年"),
 d("econdb", "equal: task 65 (宁夏经济治理基础数据库) 完成时限 2024年", "2024年"),
 d("portrait", "equal: task 69 (为全区市场主体逐一精准“画像”) 完成时限 2024年", "2024年"),
 d("random", "equal: task 70 (企业信用风险分类管理…“双随机、一公开”差异化监管) 完成时限 2024年", "2024年"),
 d("consumer", "equal: task 73 (履行监管数据治理主体责任…消费维权“一件事”改革) 完成时限 2024年", "2024年"),
 d("remote", "equal: task 74 (新型监管手段，远程监管、移动监管、预警监管) 完成时限 2024年", "2024年"),
 d("dispute", "equal: task 77 (矛盾纠纷线上统一归集、分类转办、督办考核) 完成时限 2024年", "2024年"),
 d("xueliang", "equal: task 79 (持续推进“雪亮工程”) 完成时限 2024年", "2024年"),
 d("emerg", "equal: task 80 (推进“智慧应急”建设) 完成时限 2024年", "2024年"),
 d("dispatch", "equal: task 81 (自治区统一的视频指挥调度体系) 完成时限 2025年", "2025年"),
 d("onenet", "equal: task 84 (一体化政务服务体系，“网上办、掌上办、就近办、一次办”) 完成时限 2024年", "2024年"),
 d("app", "equal: task 86 (迭代升级“我的宁夏”政务APP功能) 完成时限 2024年", "2024年"),
 d("hotline", "equal completing milestone: task 87 (12345政务服务便民热线“一呼即应”改革) 完成时限 2023年启动，2025年完成", "2024年启动，2025年完成"),
 d("zhengzhao", "equal: task 88 (“证照分离”改革、电子营业执照推广应用，“一业一证”) 完成时限 2024年", "2024年"),
 d("firm", "equal: task 89 (企业专属网页和惠企政策专栏…政策兑现直达直享) 完成时限 2024年", "2024年"),
 d("venue", "equal: task 90 (公共场馆数字化转型，移动入口接入“我的宁夏”) 完成时限 2024年", "2024年"),
 d("eco", "equal: task 94 (生态环境数据资源中心) 完成时限 2024年", "2024年"),
 d("onemap", "equal: task 97 (自然资源三维立体“一张图”和国土空间基础信息平台) 完成时限 2024年", "2024年"),
 d("forest", "equal: task 98 (宁夏“智慧林草”云平台) 完成时限 2024年", "2024年"),
 d("fourright", "equal: task 100 (用水权、土地权、排污权、山林权市场交易平台) 完成时限 2025年", "2025年"),
 d("carbon", "equal: task 101 (碳排放智能监测和动态核算体系) 完成时限 2025年", "2025年"),
 d("cockpit", "equal: task 103 (大数据辅助科学决策…直观呈现) 完成时限 2024年", "2024年"),
 d("oa", "equal: task 104 (全区统一的协同办公平台) 完成时限 2024年", "2024年"),
 d("ningzhengtong", "equal: task 105 (“宁政通”移动办公“总门户”，覆盖区市县乡村五级) 完成时限 2024年 (the row's error is its lead, not its date)", "2024年"),
 d("forms", "equal: task 106 (全区统一的填表报数系统，工作量压减50%以上) 完成时限 2025年", "2025年"),
 d("vconf", "equal: task 107 (统筹整合非涉密视频会议系统资源) 完成时限 2025年", "2025年"),
 d("ggzy", "equal: task 108 (公共资源交易全流程数字化管理和监督) 完成时限 长期推进，2024年取得明显成效", "2024年"),
 d("budget", "equal: task 110 (预算管理一体化系统与预算单位内控系统的数据衔接) 完成时限 2024年", "2024年"),
 d("jiguan", "equal: task 111 (整合机关事务管理信息系统，分级采集办公用房信息数据) 完成时限 2025年", "2025年"),
 d("govopen", "equal: task 112 (完善各类政务公开信息化平台) 完成时限 2024年", "2024年"),
 d("policylib", "equal: task 113 (法规规章规范性文件数据库，政策“一库通查”) 完成时限 2024年", "2024年"),
 d("newmedia", "equal: task 114 (政务新媒体矩阵体系) 完成时限 2024年", "2024年"),
 d("interact", "equal: task 115 (以12345热线为枢纽连通政民互动渠道) 完成时限 2024年", "2024年"),
 {"rule": "deadline-invalid", "line": ln("yibashou"), "text": "2023年完成并长期坚持", "why": "regional deadline of task 116 (纳入“一把手工程”，建立主要领导负责制) copied verbatim; before the plan's year but ongoing"},
 d("yibashou", "equal: copied verbatim from task 116, 完成时限 2023年完成并长期坚持", "2023年完成并长期坚持"),
 d("fund", "ongoing only, no later milestone: task 25 (统筹现有资金渠道，建立多渠道投入的资金保障机制) 完成时限 2023年", "长期坚持"),
 d("train", "ongoing only: task 118 (数字政府培训体系，定期开展培训) 完成时限 2023年完成并长期坚持", "长期坚持"),
 d("assess", "equal: task 121 (每年度制定…重点任务考核指标体系) 完成时限 长期坚持; also tasks 122/123 (2023年完成，长期坚持)", "长期坚持"),
 # units
 u("org", "各乡镇人民政府", "collective subject"),
 u("frame", "县直各部门（单位）", "collective subject"),
 u("duty", "县直有关部门（单位）", "collective subject"),
 u("village", "各村（社区）", "collective subject"),
 u("newmedia", "县直各部门（单位）", "collective subject named as lead; task 114 is 分别负责 by every department, so the collective leading is right"),
 u("org", "县政府办", "official short name of 同心县人民政府办公室 (units.txt alias)"),
 u("cloud", "县发改局", "alias of 县发展和改革局 in units.txt"),
 u("pubsvc", "县人社局", "alias of 县人力资源和社会保障局; the cell's three leads are all county units, first one leads"),
 u("pubsvc", "县教体局", "alias of 县教育体育局"),
 u("city", "县住建局", "alias of 县住房和城乡建设局"),
 u("city", "豫海镇人民政府", "a named 乡镇 listed in units.txt"),
 u("city", "县综合执法局", "alias of 县城市管理综合执法局"),
 u("park", "同心工业园区管委会", "alias of 同心工业园区管理委员会"),
 u("gxs", "县供销社", "alias of 县供销合作社"),
 u("seccheck", "县委保密办", "official short name in units.txt"),
 u("duty", "县委编办", "official short name of 县委机构编制委员会办公室"),
 u("themelib", "生态环境局同心分局", "short name of 吴忠市生态环境局同心分局 (vertically managed branch) in units.txt"),
 u("fuse", "国网同心县供电公司", "utility company listed in units.txt"),
 u("wan", "中国电信同心分公司", "operator listed in units.txt"),
 u("emerg", "县消防救援大队", "alias of 同心县消防救援大队"),
 u("emerg", "县气象局", "alias of 同心县气象局"),
 u("seal", "县税务局", "alias of 同心县税务局"),
 u("aging", "县残联", "alias of 县残疾人联合会"),
 u("dispute", "司法局", "the prefix 县 of 县公安局 distributes over 司法局、信访局 (县司法局, 县信访局, both in units.txt)"),
 u("forms", "县大数据服务中心", "the county's real data body; do not confuse with the planted 县大数据局 on the same row? (no: 县大数据服务中心 appears on other rows, e.g. this one is not on the forms row)"),
 u("forest", "自治区林草局", "a regional body mentioned inside the 具体措施 text (配合自治区林草局建设…), not in a unit cell and not as the lead"),
 {"rule": "unknown-unit", "line": ln("geo"), "why": "empty 配合单位 cell: no unit, nothing unknown"},
 {"rule": "unknown-unit", "line": ln("onemap"), "why": "empty 配合单位 cell"},
 {"rule": "unknown-unit", "line": ln("jiguan"), "why": "empty 配合单位 cell"},
 # pillars
 {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "work system taken up on lines %d and %d (成立相应组织机构，健全工作体制机制; 一联系、两清单工作机制), as the city's 一套体系 does" % (ln("org"), ln("mech"))},
 {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "line %d: 厘清县、乡（镇）、村（社区）层级职责，依托上级平台完善本级特色应用" % ln("mech")},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "lines %d-%d (数据要素市场, 数据交易制度, 网络生态)" % (ln("datamkt"), ln("netenv"))},
 {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "line %d: 经费纳入年度预算，多渠道投入" % ln("fund")},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "line %d: 干部数字化能力培训" % ln("train")},
 {"rule": "missing-pillar", "line": 0, "pillar": "考核评价", "why": "line %d: 考核指标体系、效能目标管理考核" % ln("assess")},
 {"rule": "missing-pillar", "line": 0, "pillar": "组织领导", "why": "line %d: 一把手工程、主要领导负责制" % ln("yibashou")},
 {"rule": "garbled-text", "line": 0, "why": "no damaged text in the draft"},
]
# fix the forms/县大数据服务中心 entry: point it at a row where the name really occurs
for e in mnf:
    if e.get("text") == "县大数据服务中心":
        e["line"] = ln("cockpit"); e["why"] = "the county's real data body (units.txt); the planted 县大数据局 three rows below is a different, unknown name"

covers_tags = [(3,"park"),(2,"cloud"),(5,"econgov"),(6,"pubsvc"),(7,"edu"),(8,"health"),(9,"city"),(10,"village"),(11,"gxs"),
 (12,"datamkt"),(13,"datarule"),(17,"seccheck"),(18,"secmech"),(19,"xinchuang"),(20,"duty"),(21,"power"),(22,"shenguan"),(23,"ledger"),
 (25,"fund"),(26,"rules"),(27,"std"),(28,"pilot"),(29,"dataplat"),(33,"baselib"),(34,"themelib"),(35,"localdb"),(40,"edoc"),(41,"open"),(42,"fuse"),
 (43,"migrate"),(46,"migrate"),(47,"wan"),(48,"man"),(49,"video"),(50,"private"),(52,"license"),(53,"seal"),(54,"archive"),(55,"pay"),(56,"nontax"),
 (57,"credit"),(58,"geo"),(59,"grade"),(64,"org"),(65,"econdb"),(66,"econmon"),(69,"portrait"),(70,"random"),(71,"trace"),(73,"consumer"),(74,"remote"),
 (77,"dispute"),(79,"xueliang"),(80,"emerg"),(81,"dispatch"),(83,"grass"),(84,"onenet"),(86,"app"),(87,"hotline"),(88,"zhengzhao"),(89,"firm"),(90,"venue"),
 (93,"aging"),(94,"eco"),(96,"water"),(97,"onemap"),(98,"forest"),(100,"fourright"),(101,"carbon"),(103,"cockpit"),(104,"oa"),(105,"ningzhengtong"),
 (106,"forms"),(107,"vconf"),(108,"ggzy"),(110,"budget"),(111,"jiguan"),(112,"govopen"),(113,"policylib"),(114,"newmedia"),(115,"interact"),
 (116,"yibashou"),(118,"train"),(121,"assess")]
covers = [{"task": t, "line": ln(tag)} for t, tag in covers_tags]

key = {
 "writer": "blind writer, round 244; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("Table-only draft: 同心县数字政府建设重点任务清单 sent alone for review (issued 2024-01-18), 89 rows, columns 序号/重点任务/具体措施/牵头单位/配合单位/完成时限; "
           "the 重点任务 cell is the task category and is empty on rows that continue it. Line 5 states that the first-listed 牵头单位 leads. "
           "The 吴忠 parent plan has no dated tasks (its task-list attachment is not in the text), only 主要目标 goals (到2023年底, 到2025年, 到2035年); so the only deadline checkable against the city is the framework goal (序号 2, line 8). "
           "The brief's 'dates equal to the city's where the city is earlier than the region' could not be built: the city is never earlier than the region in its text, and its only earlier-looking date (到2023年底, 工作体系) lies before this list's year. "
           "Regional tasks whose 完成时限 is a bare 2023年 (14, 15, 24, 30, 31, 32, 36, 51, 67, 68, 72, 85) were deliberately not taken up as rows, so no row has to choose between a pre-2024 date and a later-than-region one; they may be reported as task-uncovered (information). "
           "Two rows (lines 24 and 91, tasks 18 and 116) copy the region's ongoing 2023 deadlines verbatim: listed as near misses. Rows with 长期坚持 alone are compared with dated regional tasks 17, 25, 118: no completing milestone, so not later.")
}

# verification
for e in expect + mnf:
    if e["line"] and e.get("text"):
        assert e["text"] in draft[e["line"]-1], (e["line"], e["text"])
for c in covers:
    assert 7 <= c["line"] <= len(draft)
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
