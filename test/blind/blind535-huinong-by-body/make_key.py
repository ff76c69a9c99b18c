# Helper kept in the case folder: builds key.json and checks every line number against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text: assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def E(rule, anchor, text, why):
    return {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}

expect = [
    E("basis-mismatch", "为深入贯彻落实《国务院", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series, so the cited 文号 does not belong to the title"),
    E("deadline-later-than-baseline", "开展城域网升级改造", "2025年6月底",
      "task 48 (各级城域网升级改造, 区市县乡村5级全覆盖), 完成时限 2024年; the draft gives 2025年6月底前"),
    E("deadline-later-than-baseline", "编制本区公共数据开放目录", "2025年底",
      "task 41 (编制公共数据开放目录及相关责任清单, 分类分级开放公共数据), 完成时限 2024年; the draft gives 2025年底前"),
    E("deadline-invalid", "做到“应上尽上”", "9月31日",
      "2024年9月31日 does not exist (September has 30 days); the task is 86 (我的宁夏 应上尽上), 完成时限 2024年, so the date is not late, only impossible"),
    E("unknown-unit", "融入全区一体化政务大数据体系，做到应归尽归", "区大数据管理服务局",
      "惠农区 has no 大数据管理服务局 (that is the 吴忠 city bureau's pattern); units.txt lists 区大数据服务中心"),
    E("unknown-unit", "全链条数字化追溯监管", "区安监局",
      "安全生产监督管理局 no longer exists (merged into 区应急管理局); not in units.txt nor a regional unit"),
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "no task and no sentence takes up 政务公开 (政务公开平台, 政策文件库/一库通查, 政务新媒体, 政民互动); the only '公开' strings are the 发布 note '（此件公开发布）' and the market-supervision term '双随机、一公开'"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "各市、县（区）分别负责 (完善政务公开信息化平台, 2024年); deliberately left out with the 政务公开 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "各市、县（区）分别负责 (政务新媒体矩阵, 2024年); deliberately left out with the 政务公开 pillar"},
]

def N(rule, anchor, why, text=None):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text: d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
mnf = [
    # basis
    N("basis-mismatch", "为深入贯彻落实《国务院", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"),
    N("basis-mismatch", "为深入贯彻落实《国务院", "《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 by the 吴忠 plan in the seeds; a real, current regional document", "宁政办发〔2023〕11号"),
    N("basis-mismatch", "自落实《宁夏回族自治区2020年", "retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; it is not cited as a basis", "宁政办发〔2020〕14号"),
    N("basis-mismatch", "惠政办发〔2024〕9号", "the notice's own 文号, not a basis citation", "惠政办发〔2024〕9号"),
    # invalid / past dates
    N("deadline-invalid", "2024年3月15日", "the issue date of the notice, not a deadline", "2024年3月15日"),
    N("deadline-invalid", "自落实《宁夏回族自治区2020年", "past dates in the background (2020, 2023) describing what was done, not deadlines", "2023年"),
    N("deadline-invalid", "纳入“一把手工程”", "task 116's regional 完成时限 copied as written (2023年完成并长期坚持); a copied regional deadline lying before the plan's year, not an impossible date", "2023年完成并长期坚持"),
    N("deadline-invalid", "压实各部门（单位）数字政府建设安全", "task 18's regional 完成时限 copied as written (2023年形成机制，长期坚持); task 14's content is also here, 2023年", "2023年形成机制，长期坚持"),
    N("deadline-invalid", "须于当年12月31日前完成", "explanation of what 年底前 means, not a deadline", "12月31日"),
    # reporting dates
    N(DL, "各牵头单位于每季度末月25日前", "the office's own reporting dates (quarterly report, annual summary), not task deadlines", "2024年12月20日"),
    # goals
    N(DL, "工作目标：到2024年底", "到2025年 … 体系框架全面成型 equals the region's 主要目标 (到2025年，…“34567”体系框架全面成型)", "到2025年"),
    N(DL, "工作目标：到2024年底", "到2024年底 is a local interim goal (机制理顺, 信创云迁移 = tasks 19/43 due 2024); no regional goal for the same thing is earlier", "到2024年底"),
    # task deadlines equal or earlier
    N(DL, "调整充实区推进数字政府建设领导小组", "task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前"),
    N(DL, "推动本区现有政务信息系统向政务信创云有序迁移", "tasks 43 (2024年建成，持续推进) and 19 (2023年启动，2024年建成); 2024年底前 is equal", "2024年底前"),
    N(DL, "加快本区电子政务外网升级改造", "task 47, 完成时限 2024年; 2024年10月底前 is earlier", "2024年10月底前"),
    N(DL, "非涉密业务专网向电子政务外网整合迁移", "task 50, 完成时限 2024年; equal", "2024年底前"),
    N(DL, "融入全区一体化政务大数据体系，做到应归尽归", "task 29, 完成时限 2023年启动，2025年完成; 2025年底前 is equal", "2025年底前"),
    N(DL, "持续扩展数据共享交换服务范围", "task 38, 完成时限 2024年; equal", "2024年底前"),
    N(DL, "依托全区行政许可管理信息系统", "task 21, 完成时限 2024年; 2024年9月底前 is earlier", "2024年9月底前"),
    N(DL, "每年遴选1至2个数字政府应用场景", "task 28, 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (the local start year 2024 is not the completing milestone)", "2025年取得明显成效"),
    N(DL, "依托“宁政通”APP平台使用全区统一的填表报数系统", "task 106, 完成时限 2025年; equal", "2025年底前"),
    N(DL, "每年制定数字政府建设重点任务考核指标体系", "task 121, 完成时限 长期坚持; equal", "长期坚持"),
    N(DL, "建立完善本区数字政府培训体系", "task 118 (2023年完成并长期坚持); the draft sets no later completing milestone, only 长期坚持", "长期坚持"),
    N(DL, "推动本区信用信息向宁夏信用信息公共服务平台归集", "task 57, 完成时限 2024年; equal", "2024年底前"),
    N(DL, "对接使用宁夏经济运行大数据平台", "task 66, 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
    N(DL, "对接黄河云等产业云", "task 2, 完成时限 2023年启动，2024年取得明显成效; 2024年底前 is equal", "2024年底前"),
    N(DL, "“智慧园区”建设", "task 3, 完成时限 持续推进，2025年取得明显成效; 2025年底前 is equal", "2025年底前"),
    N(DL, "配合推进审管协同", "task 22, 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
    N(DL, "全链条数字化追溯监管", "task 71, 完成时限 2024年; 2024年11月底前 is earlier", "2024年11月底前"),
    N(DL, "整合本区公共视频资源", "task 49, 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
    N(DL, "每年将数字政府建设经费纳入年度预算", "财政投入 content from the 实施意见 body (加大财政投入), ongoing (长期坚持); it is not task 25 (多渠道资金保障机制, 专项预算全过程绩效管理, 2023年) and sets no later milestone", "长期坚持"),
    N(DL, "整合本区机关事务管理信息系统", "task 111, 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
    N(DL, "配合清理基层报表", "task 106, 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前"),
    N(DL, "推动“宁政通”在村（社区）全覆盖应用", "tasks 105 (2024年) and 64 (2025年); 2024年6月底前 is earlier", "2024年6月底前"),
    N(DL, "推动5G网络向工业园区、乡镇、行政村延伸覆盖", "5G coverage is not a task of the regional list (it is not 电子政务外网 5级全覆盖, task 48); no regional deadline to compare", "2025年底前"),
    N(DL, "健全本区网络综合治理体系", "网络生态 content from the 实施意见 body (营造良好数字生态), no task-list row; 持续推进 sets no milestone", "持续推进"),
    # units
    N("unknown-unit", "十、市生态环境局惠农分局", "heading body; units.txt lists 石嘴山市生态环境局惠农分局 = 市生态环境局惠农分局; a listed name is never split", "市生态环境局惠农分局"),
    N("unknown-unit", "十一、区直各部门（单位）", "collective heading", "区直各部门（单位）"),
    N("unknown-unit", "十二、各街道办事处、乡镇人民政府", "collective heading: 各 covers both 街道办事处 and 乡镇人民政府", "各街道办事处、乡镇人民政府"),
    N("unknown-unit", "一、区政府办公室", "official short name of 区人民政府办公室 in units.txt", "区政府办公室"),
    N("unknown-unit", "实现区、乡镇（街道）、村（社区）党政机关及相关组织全覆盖", "collective, written 各乡镇人民政府、街道办事处 (各 covers both)", "各乡镇人民政府、街道办事处"),
    N("unknown-unit", "对接全区一体化数字资源管理系统", "written as the region writes lists: prefix 区 distributes, 财政局 = 区财政局; 区发展改革局 is a listed short name", "区发展改革局、财政局"),
    N("unknown-unit", "推广应用矛盾纠纷多元化解信息系统", "prefix distributes (区司法局, 区信访局); 区公安分局, 区人民法院, 区人民检察院 are listed short names", "区公安分局、司法局、信访局"),
    N("unknown-unit", "推进非税收入收缴电子化", "区教育体育局、卫生健康局 (prefix distributes), 市自然资源局惠农分局 and 区公安分局 listed in units.txt", "市自然资源局惠农分局"),
    N("unknown-unit", "完善企业专属网页和惠企政策专栏", "区税务局 is the listed short name of 国家税务总局石嘴山市惠农区税务局; 工信局 = 区工信局 by distribution", "区税务局"),
    N("unknown-unit", "适老化与信息无障碍建设", "区残联 is the listed short name of 区残疾人联合会", "区残联"),
    N("unknown-unit", "推进“智慧应急”建设", "惠农区消防救援大队 is in units.txt; 水务局 = 区水务局 by distribution", "惠农区消防救援大队"),
    N("unknown-unit", "区教育体育局、卫生健康局、民政局、人社局等", "subjects named in the text of a task under a collective heading; prefix distributes, all listed", "区教育体育局、卫生健康局、民政局、人社局"),
    N("unknown-unit", "区文化旅游广电局、档案馆推进", "prefix distributes: 区档案馆 is listed", "区文化旅游广电局、档案馆"),
    N("unknown-unit", "推广应用宁夏统一公共支付平台", "listed units", "区卫生健康局"),
    # pillars covered only inside tasks
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "covered by content: 数据要素市场 (三、1) and 网络生态 (二、3)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "covered by content: 区、乡镇（街道）、村（社区）三级职责分工 (一、1), 宁政通/外网 to 村（社区）, 十二 tasks"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "covered by content: 领导小组+办公室+区大数据服务中心 工作架构 (一、1); a county need not mirror the region's five bodies"},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "covered by 九、1 (经费纳入年度预算, 运维资金挂钩)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "covered by 一、19 (培训体系, 区委党校)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "考核评价", "why": "covered by 一、18 (考核指标体系, 以奖代补)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "组织领导", "why": "covered by 一、1 and 一、2 (领导小组, 一把手工程)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护", "why": "covered by heading 十 (市生态环境局惠农分局) tasks and 十一、7/8"},
    {"rule": "missing-pillar", "line": 0, "pillar": "经济调节", "why": "covered by 三、3 and 三、4 (经济治理基础数据库, 经济运行大数据平台)"},
]

def C(task, anchor):
    return {"task": task, "line": ln(anchor)}

covers = [
    C(64, "调整充实区推进数字政府建设领导小组"), C(116, "纳入“一把手工程”"),
    C(43, "推动本区现有政务信息系统向政务信创云有序迁移"), C(19, "推动本区现有政务信息系统向政务信创云有序迁移"),
    C(47, "加快本区电子政务外网升级改造"), C(48, "开展城域网升级改造"), C(50, "非涉密业务专网向电子政务外网整合迁移"),
    C(29, "融入全区一体化政务大数据体系，做到应归尽归"), C(33, "配合自治区建设完善人口、法人"), C(34, "配合自治区建设完善人口、法人"),
    C(41, "编制本区公共数据开放目录"), C(42, "推进供水、供电、供气、公共交通等公共数据"), C(38, "持续扩展数据共享交换服务范围"),
    C(23, "对接全区一体化数字资源管理系统"), C(21, "依托全区行政许可管理信息系统"), C(28, "每年遴选1至2个数字政府应用场景"),
    C(104, "迭代推广全区统一的协同办公平台"), C(105, "推广“宁政通”移动办公"), C(106, "依托“宁政通”APP平台使用全区统一的填表报数系统"),
    C(121, "每年制定数字政府建设重点任务考核指标体系"), C(118, "建立完善本区数字政府培训体系"),
    C(18, "压实各部门（单位）数字政府建设安全"), C(14, "压实各部门（单位）数字政府建设安全"), C(16, "配合自治区构建数据安全防护能力评估指标体系"),
    C(12, "配合培育数据要素市场"), C(57, "推动本区信用信息向宁夏信用信息公共服务平台归集"), C(65, "配合建设宁夏经济治理基础数据库"),
    C(66, "对接使用宁夏经济运行大数据平台"), C(101, "配合构建碳排放智能监测"), C(2, "对接黄河云等产业云"), C(3, "“智慧园区”建设"),
    C(84, "推动政务服务线上线下标准统一"), C(86, "做到“应上尽上”"), C(89, "完善企业专属网页和惠企政策专栏"), C(22, "配合推进审管协同"),
    C(93, "适老化与信息无障碍建设"), C(69, "为辖区市场主体精准“画像”"), C(70, "为辖区市场主体精准“画像”"), C(71, "全链条数字化追溯监管"),
    C(73, "推进消费维权“一件事”改革"), C(88, "加快“证照分离”改革"), C(74, "运用非现场、视频图像、物联感知"),
    C(77, "推广应用矛盾纠纷多元化解信息系统"), C(79, "持续推进“雪亮工程”"), C(83, "实施“互联网+基层治理”行动"), C(49, "整合本区公共视频资源"),
    C(80, "推进“智慧应急”建设"), C(81, "配合建设自治区统一的视频指挥调度体系"), C(55, "推广应用宁夏统一公共支付平台"), C(56, "推进非税收入收缴电子化"),
    C(94, "配合完善全区生态环境数据交换体系"), C(95, "强化大气、水、土壤等数据资源综合开发利用"), C(102, "推进水、气、土、废污染防治攻坚"),
    C(6, "区教育体育局、卫生健康局、民政局、人社局等"), C(7, "国家智慧教育平台"), C(8, "“互联网+医疗健康”"), C(10, "推进数字乡村建设"),
    C(40, "区档案馆规范电子公文全流程管理"), C(54, "区档案馆规范电子公文全流程管理"), C(90, "区文化旅游广电局、档案馆推进"),
    C(97, "自然资源三维立体“一张图”"), C(58, "自然资源三维立体“一张图”"), C(96, "“互联网+城乡供水”"),
    C(111, "整合本区机关事务管理信息系统"), C(107, "非涉密视频会议系统资源"),
    C(83, "健全“网格上报+网上分流+部门响应”机制"), C(93, "便民服务站适老化改造"), C(106, "配合清理基层报表"),
]

key = {
    "writer": "blind writer, round 535; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("惠农区（石嘴山市）2024 task-decomposition plan laid out by lead body (一、区政府办公室 … 十二、各街道办事处、乡镇人民政府); "
              "each numbered task carries an inline （完成时限：…；配合单位：…）. No parent plan is supplied (石嘴山's plan is not in the seeds), so parents is empty. "
              "Framework parts are never headings; pillars must be found in task content. "
              "Regional tasks due 2023 were either avoided, copied with their regional 完成时限 (lines for tasks 116 and 18), or given 长期坚持 without a new milestone (tasks 118, and 九、1 财政投入 content). "
              "'全区' inside the draft sometimes means the autonomous region's systems (全区一体化政务服务平台) and sometimes 惠农区 itself (全区统筹应用的视频会议平台); neither is a unit. "
              "'双随机、一公开' (六、1) is market supervision, not 政务公开.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers), len({c['task'] for c in covers}))
for e in expect: print(e['rule'], e['line'], e.get('text', e.get('pillar', e.get('task'))))
