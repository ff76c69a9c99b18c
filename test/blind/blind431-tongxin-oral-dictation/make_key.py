#!/usr/bin/env python3
# Builds key.json from draft.txt: every line number is found by a unique substring.
import json, sys

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def L(sub, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    if len(hits) != 1:
        sys.exit(f'substring {sub!r} found on lines {hits}')
    t = text if text is not None else sub
    if t not in lines[hits[0] - 1]:
        sys.exit(f'text {t!r} not on line {hits[0]}')
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": L("（宁政办发〔2023〕17号）", "宁政办发〔2023〕17号"),
     "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not 宁政办发〔2023〕17号 (dictation slip mixing it with 宁政办发〔2023〕11号 cited right after)"},
    {"rule": "deadline-later-than-baseline", "line": L("到二〇二六年，咱们县数字政府", "二〇二六年"),
     "text": "二〇二六年",
     "why": "主要目标: the framework '全面成型' with 工作体制逐步健全、管理机制趋于成熟、基础设施集约完备、数据治理初见成效 is due 到2025年 in 宁政发〔2023〕17号 (\"34567\"体系框架全面成型) and in the 吴忠 plan (到2025年 \"1347\"体系框架全面成型); 2026 is later"},
    {"rule": "deadline-later-than-baseline", "line": L("扩大互联网出口带宽，提升网络支撑能力，明年六月份", "明年六月份"),
     "text": "明年六月份",
     "why": "task 47 (电子政务外网升级改造，骨干网扩容，扩大互联网出口带宽) 完成时限 2024年; the plan is dated 2024-04-15, so 明年六月份 = 2025年6月, later"},
    {"rule": "deadline-invalid", "line": L("2024年6月31日前", "6月31日"),
     "text": "6月31日",
     "why": "June has 30 days: 2024年6月31日 is an impossible date (the task, 86 '我的宁夏' 应上尽上, is due 2024年, so the year itself is not late)"},
    {"rule": "unknown-unit", "line": L("由县网信局牵头", "县网信局"),
     "text": "县网信局",
     "why": "no such county body; the registry has 县委网信办 (县委网络安全和信息化委员会办公室), used correctly on other lines"},
    {"rule": "unknown-unit", "line": L("由县大数据局牵头", "县大数据局"),
     "text": "县大数据局",
     "why": "同心县 has no 大数据局; the registry has 县大数据服务中心 (aliases 县大数据中心, 大数据中心); 大数据局 is the city body's short name (市大数据局), not a county one"},
]

mnf = []
def N(rule, sub, why, text=None):
    e = {"rule": rule, "line": L(sub, text)}
    if text is not None:
        e["text"] = text
    e["why"] = why
    mnf.append(e)

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"

# basis
N(BM, "（国发〔2022〕14号）", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
N(BM, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the city plan cited by its exact title without a 文号, as the 吴忠 plan itself carries none", "关于加强数字政府建设的实施方案")
N(BM, "（宁政办发〔2023〕11号）", "cited exactly as the 吴忠 plan cites it (《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）)", "宁政办发〔2023〕11号")
N(BM, "（宁政办发〔2020〕14号）", "retrospective mention of the 2020 工作要点 in the background (what happened in 2020), not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号")
# past dates in the background
N(DI, "二〇二〇年自治区印发了", "past dates in the background paragraph (2020, 2022, 2023 events), not deadlines", "二〇二二年")
N(DI, "二〇二三年十一月二十七日吴忠市印发", "date of the city's plan, equal to the 吴忠 plan's own date, told as background", "二〇二三年十一月二十七日")
# goals
N(DL, "今年，就是二〇二四年年底以前", "2024 goals: 外网县乡村全覆盖 = task 48 (2024年), '我的宁夏' 高频事项 = task 86 (2024年), 接入'宁政通' = task 105 (2024年); the leading group is a county body (task 64, 2025年), while the region's 2023 goal on organisation concerns 自治区本级 '五个一'", "二〇二四年年底以前")
N(DL, "到二〇三五年", "2035 goal equal to the region's and the city's 到2035年", "二〇三五年")
# relative and spoken deadlines equal to or earlier than the region's
N(DL, "今年上半年以前，要成立县数字政府建设领导小组", "task 64 (各地参照自治区成立组织机构) 完成时限 2025年; 今年上半年 = 2024 H1, earlier", "今年上半年以前")
N(DL, "今年内要见到明显成效", "task 2 (产业云，与政务云互联互通) 2023年启动，2024年取得明显成效; 今年内 = 2024, equal", "今年内")
N(DL, "明年年底以前取得明显成效。（同心工业园区管委会", "task 3 (智慧园区) 持续推进，2025年取得明显成效; 明年年底 = 2025, equal", "明年年底以前")
N(DL, "扩大优质公共资源服务覆盖面，到二〇二五年", "task 6 持续推进，2025年取得明显成效; equal", "二〇二五年")
N(DL, "把数字校园覆盖到每一所中小学，二〇二五年", "task 7 (国家智慧教育平台) 2023年形成试点经验，2025年取得明显成效; equal", "二〇二五年")
N(DL, "到二〇二五年年底以前取得明显成效", "task 10 (数字乡村) 持续推进，2025年取得明显成效; equal", "二〇二五年年底以前")
N(DL, "数字供销", "task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效; equal", "二〇二五年")
N(DL, "推动全县各类行政权力事项网上运行", "task 21 (行政权力事项网上运行) 2024年; 今年内 = 2024, equal", "今年内")
N(DL, "把咱们县的审管协同做实，二〇二五年", "task 22 (审管协同) 2025年; equal", "二〇二五年")
N(DL, "争取明年取得明显成效", "task 28 (试点示范) 2023年启动，2025年取得明显成效; 明年 = 2025, equal", "明年")
N(DL, "分类分级开放公共数据，今年下半年完成", "task 41 (公共数据开放目录) 2024年; 今年下半年 = 2024, equal", "今年下半年")
N(DL, "推进无纸化办公和电子文件归档，今年年底以前完成", "tasks 40 and 54 (电子公文、电子文件归档) 2024年; equal", "今年年底以前")
N(DL, "二〇二四年年底以前全部完成迁移", "tasks 43 (2024年建成，持续推进) and 46 (政务云迁移) 2024年; equal", "二〇二四年年底以前")
N(DL, "城域网升级改造和乡、村两级全覆盖", "task 48 (城域网，区市县乡村5级全覆盖) 2024年; 今年下半年 = 2024, equal", "今年下半年")
N(DL, "整合进“视频一张网”，明年完成", "task 49 (视频共享平台) 2025年; 明年 = 2025, equal", "明年完成")
N(DL, "二〇二五年以前个人和企业证照", "task 52 (电子证照) 2025年; equal", "二〇二五年以前")
N(DL, "交警规费这些都要实现电子化全覆盖，明年年底以前完成", "task 56 (非税收入收缴电子化) 2025年; 明年年底 = 2025, equal", "明年年底以前")
N(DL, "今年内完成县直部门信用信息的全量归集", "task 57 (信用信息公共服务平台) 2024年; equal", "今年内")
N(DL, "二〇二五年形成县域经济运行监测分析体系", "task 65 (经济数据汇聚) 2024年: 今年内 = 2024, equal; task 66 (经济运行大数据平台，监测预警) 2025年: 二〇二五年, equal", "二〇二五年")
N(DL, "全链条数字化追溯监管，今年年底以前完成", "task 71 (追溯监管) 2024年; equal", "今年年底以前")
N(DL, "用好全区矛盾纠纷多元化解信息系统，今年内完成", "task 77 (矛盾纠纷多元化解) 2024年; equal", "今年内")
N(DL, "县公安局负责，今年年底以前完成", "task 79 (雪亮工程) 2024年; equal", "今年年底以前")
N(DL, "强化风险监测预警和闭环管控，二〇二四年年底以前完成", "task 80 (智慧应急) 2024年; equal", "二〇二四年年底以前")
N(DL, "到2025年底基本实现对人、地、物、事、组织", "task 83 (互联网+基层治理) 2025年; equal", "2025年底")
N(DL, "今年内完成县、乡两级事项标准化梳理", "task 84 (一体化政务服务体系) 2024年; equal", "今年内")
N(DL, "加快“证照分离”改革和电子营业执照推广应用", "task 88 (证照分离) 2024年; equal", "今年内")
N(DL, "县文旅局、县档案馆负责，今年年底以前完成", "task 90 (公共场馆数字化) 2024年; equal", "今年年底以前")
N(DL, "适老化和信息无障碍建设", "task 93 (适老化与信息无障碍) 2024年; equal", "今年年底以前")
N(DL, "二〇二五年以前实现重点污染源在线监控全覆盖", "task 95 (生态环境数据资源综合开发利用) 2025年; equal", "二〇二五年以前")
N(DL, "接入自治区水联网，二〇二五年年底以前完成", "task 96 (互联网+城乡供水) 2025年; equal", "二〇二五年年底以前")
N(DL, "推广“智慧林草”云平台应用，今年内完成", "tasks 97 and 98 (自然资源一张图, 智慧林草) 2024年; equal", "今年内")
N(DL, "按职责配合，二〇二五年取得明显成效", "task 100 (用水权、土地权、排污权、山林权交易平台) 2025年; equal", "二〇二五年")
N(DL, "今年年底以前全县党政机关全部用起来", "task 104 (协同办公平台) 2024年; equal", "今年年底以前")
N(DL, "管理类应用今年年底以前全部接入", "task 105 (宁政通) 2024年; equal", "今年年底以前")
N(DL, "压减百分之五十以上", "task 106 (填表报数压减50%以上) 2025年; 明年年底 = 2025, equal", "明年年底以前")
N(DL, "形成全县统筹应用的视频会议平台，明年六月份以前完成", "task 107 (视频会议平台) 2025年; 明年六月份 = 2025年6月, within the region's year", "明年六月份")
N(DL, "今年取得明显成效。县机关事务", "task 108 (公共资源交易) 长期推进，2024年取得明显成效 (今年 = 2024, equal); task 111 (机关事务) 2025年 (到2025年, equal)", "今年取得明显成效")
N(DL, "以网上发布为主、其他渠道发布为辅的发布格局", "task 112 (政务公开信息化平台) 2024年; equal", "今年内")
N(DL, "构建县、乡两级政务新媒体矩阵", "task 114 (政务新媒体矩阵) 2024年; equal", "今年年底以前")
N(DL, "今年内完成与全区统一政民互动平台的对接", "task 115 (政民互动) 2024年; equal", "今年内")
N(DL, "这一条要长期坚持", "task 116 2023年完成并长期坚持; 长期坚持 is not a later milestone", "长期坚持")
# office's own reporting dates
N(DI, "每季度结束后五个工作日内", "the office's own reporting and summary dates (quarterly, 每年十二月十日以前), not task deadlines", "十二月十日")
N(DI, "每年一月底以前报送上一年度", "recurring reporting date of the office, not a task deadline", "一月底")
# units: aliases and fillers
N(UU, "这个事情县工信商务局牵头，咱们县发改局", "咱们 is a spoken filler ('our'); 县发改局 is an alias of 县发展和改革局 in units.txt", "咱们县发改局")
N(UU, "咱们县农业农村局牵头，各乡镇人民政府具体负责", "咱们 is a filler; 县农业农村局 is in units.txt; 各乡镇人民政府 is a collective", "咱们县农业农村局")
N(UU, "编制全县公共数据开放目录", "大数据中心 is listed in units.txt as an alias of 县大数据服务中心", "大数据中心")
N(UU, "以数字化改革助力政府职能转变，县里审批局牵头", "县里审批局 is listed in units.txt as an alias of 县审批服务管理局", "县里审批局")
N(UU, "（县政府办牵头，县委编办、大数据中心配合）", "县政府办, 县委编办 and 大数据中心 are all in units.txt (canonical names or aliases)", "县政府办")
N(UU, "同心工业园区管委会牵头", "alias of 同心工业园区管理委员会 in units.txt", "同心工业园区管委会")
N(UU, "县生态环境分局牵头", "alias of 吴忠市生态环境局同心分局 in units.txt", "县生态环境分局")
N(UU, "县委组织部、县委党校牵头，县人社局配合", "all in units.txt (县人社局 is an alias of 县人力资源和社会保障局)", "县人社局")
N(UU, "县消防救援大队配合", "县应急局, 县卫健局 (aliases) and 县消防救援大队 are in units.txt", "县消防救援大队")
N(UU, "县人民法院配合", "县人民法院 is in units.txt; 县信访局, 县司法局 too", "县人民法院")
N(UU, "县直有关部门按职责分别负责，各乡镇人民政府配合", "collective subjects", "县直有关部门")
N(UU, "承担监管职责的县直有关部门分别负责", "collective subject", "承担监管职责的县直有关部门")
N(UU, "各村（社区）配合", "collective subject", "各村（社区）")
N(UU, "县直各部门（单位）和各乡镇分别负责", "collective subjects", "县直各部门（单位）")
N(UU, "领导小组办公室每年制定", "领导小组办公室 is listed in units.txt (县数字政府建设领导小组办公室)", "领导小组办公室")
N(UU, "把本单位的进展情况报领导小组办公室", "各单位 and 领导小组办公室: a collective and a registry body; 县委、县政府 are in units.txt", "各单位")
N(UU, "县供销社要按照", "alias of 县供销合作社 in units.txt", "县供销社")
N(UU, "县教体局要深入推广", "县教体局 and 县卫健局, 县医保局 are aliases in units.txt", "县教体局")
# repeated spoken words are not encoding damage
N(GT, "数据这个这个家底", "repeated spoken word (这个这个), not mojibake", "这个这个")
N(GT, "数据数据都躺在", "repeated spoken word (数据数据), not mojibake", "数据数据")
N(GT, "嗯，就是说不要停留在纸面上", "filler words (嗯，就是说), not damaged text", "嗯")

covers = []
def C(task, sub):
    covers.append({"task": task, "line": L(sub)})
C(2, "积极对接黄河云、闽宁云等产业云")
C(3, "同心工业园区要加快智慧园区建设")
C(5, "再一个是完善数字经济治理")
C(6, "推动数字技术和传统公共事业融合")
C(7, "国家智慧教育平台")
C(8, "“互联网+医疗健康”")
C(10, "数字乡村这一块")
C(11, "“数字供销”")
C(9, "城市运行管理服务平台")
C(14, "主体责任、监督责任")
C(15, "重大事件处置机制")
C(18, "动态监控、主动防御、协同响应")
C(21, "行政权力事项网上运行")
C(22, "强化审管协同")
C(24, "创新项目管理机制")
C(28, "开展试点示范")
C(32, "明确数据管理职责")
C(30, "政务数据资源目录这个事情")
C(36, "供需对接机制")
C(41, "公共数据开放目录")
C(40, "电子公文和电子档案")
C(54, "完善业务系统电子文件归档功能")
C(46, "迁移到自治区政务信创云")
C(47, "推动县级骨干网扩容升级")
C(48, "城域网升级改造")
C(50, "非涉密业务专网")
C(49, "视频一张网")
C(52, "推动各类证照电子化")
C(56, "非税收入收缴电子化")
C(57, "信用信息这一块")
C(65, "关键数据的汇聚、治理和分析应用")
C(66, "宁夏经济运行大数据平台")
C(68, "编制完善监管事项目录和实施清单")
C(71, "全链条数字化追溯监管")
C(74, "非现场、视频图像、物联感知")
C(77, "矛盾纠纷多元化解")
C(79, "持续推进“雪亮工程”")
C(80, "推进“智慧应急”建设")
C(83, "“互联网+基层治理”")
C(64, "今年上半年以前，要成立县数字政府建设领导小组")
C(84, "就近办、一次办")
C(85, "“一件事一次办”")
C(86, "“我的宁夏”同心专区")
C(87, "“一呼即应”")
C(88, "“证照分离”")
C(90, "公共场馆数字化")
C(93, "适老化和信息无障碍")
C(95, "依托生态环境大数据平台")
C(96, "“互联网+城乡供水”")
C(98, "“智慧林草”")
C(100, "用水权、土地权、排污权、山林权")
C(104, "协同办公平台")
C(105, "“宁政通”这一块")
C(106, "基层填表报数")
C(107, "非涉密视频会议系统")
C(108, "公共资源交易全流程数字化")
C(111, "机关事务管理统一平台")
C(112, "政务公开专栏")
C(114, "政务新媒体矩阵")
C(115, "畅通政民互动")
C(116, "“一把手工程”")
C(25, "加大财政投入")
C(118, "提升数字素养")
C(121, "领导小组办公室每年制定数字政府建设重点任务考核指标")
C(123, "综合考核评价的重要参考")
C(124, "定期开展督促检查和经验交流")

key = {
    "writer": "blind writer, round 431; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("同心县 (吴忠市) 实施方案 typed from the county head's dictation and lightly cleaned, dated 二〇二四年四月十五日 (last line), so 今年 = 2024 and 明年 = 2025. "
              "Dates are mostly spoken forms (二〇二四年年底以前, 今年内, 今年下半年, 明年六月份, 明年年底). "
              "Responsible units are named loosely as spoken; units.txt is the county office's registry and lists the spoken short names (大数据中心, 县里审批局, 县发改局) as aliases; 咱们 is a filler. "
              "The framework follows 吴忠's '1347': 一套体系 (组织机构/层级职责/工作机制, covering 五个一 and 六级贯通), 三个驱动, 四大支撑, 七种能力, then 党的领导 (组织领导, 财政投入, 数字素养, 考核评价); every pillar is taken up by content. "
              "Tasks whose regional 完成时限 is 2023 (14, 15, 24, 30, 32, 36, 68, 72, 85, 25) are taken up without any date on purpose, so no 2024 date can be read as later than 2023. "
              "No task-uncovered is planted."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
