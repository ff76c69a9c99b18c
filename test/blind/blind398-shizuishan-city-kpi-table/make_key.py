#!/usr/bin/env python3
# Helper kept by the blind writer: builds key.json with line numbers looked up in draft.txt.
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L.pop()

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits[0])
    return hits[0]

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}; d.update(kw); return d

def N(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text: d["text"] = text
    d["why"] = why; return d

expect = [
  E("basis-mismatch", "为贯彻落实党的二十大精神", "宁政办发〔2023〕17号",
    "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office's series, so the 文号 does not belong to the title"),
  E("deadline-later-than-baseline", "到2026年，全市数字政府建设体系框架全面成型", "2026年",
    "主要目标: the region's goal 到2025年 '34567'体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、基础设施集约完备… ; the city puts the same goal in 2026 (also outside its own 2024—2025 period)"),
  E("deadline-later-than-baseline", "12\t全市公共视频资源接入全区统一视频共享平台比例", "2026年",
    "indicator table, 2025年目标 cell '2026年达到100': full integration into the 全区统一视频共享平台/“视频一张网” is task 49, 完成时限 2025年"),
  E("unknown-unit", "13\t数字经济核心产业增加值占地区生产总值比重", "市数字经济发展局",
    "indicator table 责任单位: no such body in units.txt (石嘴山 has no 数字经济发展局; the digital-economy lead is 市发展改革委/市工业和信息化局/市大数据管理服务局)"),
  E("deadline-later-than-baseline", "实现“应上尽上”。\t", "2025年",
    "task-list row 16, all applications into “我的宁夏”政务APP “应上尽上” is task 86, 完成时限 2024年"),
  E("unknown-unit", "20\t推广使用全区统一的协同办公平台和“宁政通”", "自治区政府办公厅",
    "task-list row 20: a regional body named as the lead (牵头负责) of a local task, copied from the regional cells of tasks 104/105 (自治区政府办公厅牵头负责, 2024年); the city lead should be 市人民政府办公室 or 市大数据管理服务局"),
  E("deadline-invalid", "整合全市机关事务管理信息系统，推广", "13月",
    "task-list row 22 '2024年13月底前': impossible month (task 111, 完成时限 2025年, so it is not also later)"),
]

mnf = [
  N("basis-mismatch", "为贯彻落实党的二十大精神", "国发〔2022〕14号", "correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）"),
  N("basis-mismatch", "为贯彻落实党的二十大精神", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited with the same number in the 吴忠 plan; a real, correct citation"),
  N("basis-mismatch", "自2020年全区印发", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, not cited as a basis"),
  N("deadline-invalid", "自2020年全区印发", "截至2023年底", "past dates in the background section (2020年, 2023年5月, 截至2023年底)"),
  N("deadline-invalid", "序号\t指标名称", "2023年基数", "base-year column header of the indicator table, not a deadline"),
  N("deadline-invalid", "注：约束性指标须确保完成", "2023年基数", "note explaining the base-year figures (统计快报数)"),
  {"rule": "deadline-later-than-baseline", "line": 1, "text": "2024—2025年", "why": "the plan's own period in the title (also in the 附件 title, lines 91 and 93), not a task deadline"},
  N("deadline-later-than-baseline", "到2024年底，市级非涉密政务信息系统", "2024年底", "equal: 信创云 task 19 (2023年启动，2024年建成) and task 43 (2024 年建成，持续推进); 外网5级全覆盖 task 48 (2024年); 实时交换 task 37 and 数仓 task 39 (2024年)"),
  N("deadline-later-than-baseline", "到2035年，与政府治理能力现代化", "2035年", "equal to the region's 到2035年 goal"),
  N("deadline-later-than-baseline", "5\t市级非涉密政务信息系统迁移政务信创云比例", None, "100% already in the 2024 column, equal to task 19/43 (2024); the 2025 column only repeats it"),
  N("deadline-later-than-baseline", "6\t电子政务外网乡镇（街道）、村（社区）覆盖率", None, "100% in 2024, equal to task 48 (2024年); 2025 repeats it"),
  N("deadline-later-than-baseline", "非涉密业务专网整合迁移至电子政务外网\t", None, "9个 in 2024 and '—' for 2025: completed in 2024, equal to task 50 (2024年)"),
  N("deadline-later-than-baseline", "10\t基层填表报数工作量压减比例", None, "50% in the 2025 column, equal to task 106 (压减50%以上, 完成时限 2025年)"),
  N("deadline-later-than-baseline", "15\t政府网站和政务移动端适老化及信息无障碍改造完成率", None, "100% in 2024, equal to task 93 (2024年)"),
  N("deadline-later-than-baseline", "9\t公共数据开放数据集", None, "a count that keeps rising in 2025; task 41 (2024年) is about the catalogue and platform, the 2025 figure is not a completion date"),
  N("deadline-later-than-baseline", "8\t市级部门政务数据共享需求满足率", None, "a rate rising year by year; task 36 (2023年) is the mechanism, not this rate"),
  N("deadline-later-than-baseline", "3\t“免申即享”惠企政策事项", "项", "count of items rising; task 85 (2023年) asks to 推广 免申即享, not for a number by a date"),
  N("deadline-later-than-baseline", "4\t电子证照社会化应用场景", None, "2025 target equal to task 52 (2025年)"),
  N("deadline-later-than-baseline", "14\t建成“智慧园区”", None, "2025 target equal to task 3 (持续推进，2025 年取得明显成效)"),
  N("unknown-unit", "3\t“免申即享”惠企政策事项", "市发改委", "alias of 市发展改革委 in units.txt"),
  N("unknown-unit", "非涉密业务专网整合迁移至电子政务外网\t", "市大数据局", "alias of 市大数据管理服务局 in units.txt"),
  N("unknown-unit", "4\t电子证照社会化应用场景", "个", "unit of measure column (%, 个, 项), not a responsible body"),
  N("unknown-unit", "12\t全市公共视频资源接入全区统一视频共享平台比例", "市委政法委", "in units.txt"),
  N("deadline-later-than-baseline", "提高自主可控水平。2024年底前", "2024年底前", "equal to task 19 (2023年启动，2024年建成)"),
  N("deadline-later-than-baseline", "以数字化改革助力政府职能转变。", "2025年底前", "审管协同 equal to task 22 (2025年)"),
  N("deadline-later-than-baseline", "提升网络平台支撑能力。", "2024年6月底前", "earlier than task 48 (2024年)"),
  N("deadline-later-than-baseline", "到2025年，依托全区统一的填表报数系统", "到2025年", "equal to task 106 (2025年)"),
  N("deadline-invalid", "建立“科室+数据专员”机制", "12月10日前", "the office's own recurring reporting dates (每季度末月25日前、每年12月10日前), not task deadlines"),
  N("unknown-unit", "建立“科室+数据专员”机制", "市推进数字政府建设领导小组办公室", "the city's leading-group office, named as the body that issues bulletins, not as a task's responsible unit; 各县（区）人民政府、市直各部门（单位） in the same line are collectives"),
  N("unknown-unit", "参照自治区“五个一”工作体系", "数字宁夏建设运营有限公司", "the regional operating company named in the region's own text (task 62); a service provider, not a responsible unit"),
  N("unknown-unit", "把提高领导干部数字治理能力作为市委党校", "市委党校（行政学院）", "the training venue, mirroring task 118's 党校（行政学院）; not a responsible unit"),
  N("unknown-unit", "以数字政府建设为牵引，聚焦新材料", "石嘴山经济技术开发区", "place names of the parks in the body (the registry lists their 管委会)"),
  N("unknown-unit", "加快推进“智慧园区”建设，提升园区", "石嘴山高新技术产业开发区管委会", "in units.txt; 各县（区）人民政府 in the same cell is a collective"),
  N("deadline-later-than-baseline", "加快推进“智慧园区”建设，提升园区", "持续推进，2025年取得明显成效", "equal to task 3"),
  N("unknown-unit", "推进数字乡村建设，补齐乡村信息基础设施短板", "平罗县人民政府", "the three county-level governments (平罗县, 大武口区, 惠农区) are all in units.txt"),
  N("deadline-later-than-baseline", "推进数字乡村建设，补齐乡村信息基础设施短板", "持续推进，2025年取得明显成效", "equal to task 10"),
  N("deadline-later-than-baseline", "积极融入全区数据要素市场建设，培育", "2025年", "equal to task 12 (2025年)"),
  N("unknown-unit", "积极融入全区数据要素市场建设，培育", "市公共资源交易中心", "in units.txt"),
  N("deadline-invalid", "每年确定试点领域，开展试点示范", "2023年启动", "copied regional milestone of task 28 (2023年启动，2025年取得明显成效) that lies before the plan's year"),
  N("deadline-later-than-baseline", "每年确定试点领域，开展试点示范", "2025年取得明显成效", "equal to task 28"),
  N("deadline-later-than-baseline", "5\t按需建设政务数据实时交换系统", "2024年", "equal to task 37 (2024年)"),
  N("deadline-later-than-baseline", "7\t将全市政务领域的行业云纳入", "2024年底前", "equal to task 45 (2024 年)"),
  N("deadline-later-than-baseline", "开展城域网升级改造", "2024年", "equal to tasks 47/48 (2024 年)"),
  N("deadline-later-than-baseline", "有序推进非涉密业务专网向电子政务外网整合迁移或安全互联", "2024年9月底前", "earlier than task 50 (2024 年)"),
  N("unknown-unit", "配合自治区自然资源厅完善全区统一", "自治区自然资源厅", "regional body named in the task text as the one the city supports, not as the lead; lead is 市自然资源局 (task 58, 2024年, equal)"),
  N("unknown-unit", "11\t深化电子文件管理，完善业务应用系统", "市档案馆", "in units.txt (the regional counterpart is 档案局)"),
  N("deadline-later-than-baseline", "扎实推进非税收入收缴电子化管理", "2025年", "equal to task 56 (2025年)"),
  N("unknown-unit", "15\t实施“互联网+基层治理”行动，依托", "各乡镇（街道）", "collective subject"),
  N("unknown-unit", "8\t开展城域网升级改造", "各县（区）人民政府", "collective subject (the city has two districts and one county); a prefix never distributes into a 各… subject"),
  N("unknown-unit", "5\t按需建设政务数据实时交换系统", "市直各部门（单位）", "collective subject"),
  N("unknown-unit", "9\t有序推进非涉密业务专网向电子政务外网整合迁移", "市直有关部门", "collective subject"),
  N("deadline-later-than-baseline", "持续推进12345政务服务便民热线“一呼即应”改革，完成", "2024年底前", "earlier than task 87 (2023年启动，2025年完成)"),
  N("unknown-unit", "依托“我的宁夏”政务APP，探索实现全域", "市审批局", "alias of 市审批服务管理局 in units.txt"),
  N("deadline-later-than-baseline", "依托“我的宁夏”政务APP，探索实现全域", "2025年", "equal to task 92 (2025年)"),
  N("deadline-later-than-baseline", "20\t推广使用全区统一的协同办公平台和“宁政通”", "2024年", "equal to tasks 104/105 (2024年); the row's only mistake is its lead"),
  N("deadline-later-than-baseline", "21\t统筹整合各地各部门非涉密视频会议系统资源，接入", "2025年", "equal to task 107 (2025年)"),
  N("unknown-unit", "23\t构建政务新媒体矩阵体系，开发", "市委宣传部", "two city leads, both in units.txt"),
  N("deadline-later-than-baseline", "24\t将数字政府建设工作纳入“一把手工程”，建立", "长期坚持", "task 116 is 2023年完成并长期坚持; the ongoing part is carried, no later milestone"),
  N("deadline-later-than-baseline", "每年度制定数字政府工作要点和重点任务考核指标体系，形成常态化考核和以奖代补工作机制。\t", "长期坚持", "equal to task 121 (长期坚持)"),
]

covers_spec = [
  (1, "创新大数据、云计算等产业的数字化治理"), (3, "加快推进“智慧园区”建设，提升园区"), (5, "创新大数据、云计算等产业的数字化治理"),
  (6, "推动数字技术与传统公共事业融合"), (8, "推动数字技术与传统公共事业融合"), (9, "推动数字技术与传统公共事业融合"),
  (10, "推进数字乡村建设，补齐乡村信息基础设施短板"), (11, "推动数字技术与传统公共事业融合"),
  (12, "积极融入全区数据要素市场建设，培育"), (13, "积极融入全区数据要素市场建设，引进"),
  (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"), (18, "提升安全防护能力。"), (19, "提高自主可控水平。"),
  (20, "以数字化改革助力政府职能转变。"), (21, "以数字化改革助力政府职能转变。"), (22, "以数字化改革助力政府职能转变。"),
  (24, "创新数字政府建设管理机制。"), (28, "每年确定试点领域，开展试点示范"),
  (30, "完善数据管理机制。"), (32, "完善数据管理机制。"), (34, "推进数据汇聚治理。"), (36, "深化数据高效共享。"),
  (37, "5\t按需建设政务数据实时交换系统"), (39, "6\t按照“一应用一数仓”要求建立政务数据仓库，为"), (40, "深化数据高效共享。"),
  (41, "促进数据有序开发利用。"), (42, "促进数据有序开发利用。"), (43, "强化政务云平台支撑能力。"),
  (45, "7\t将全市政务领域的行业云纳入"), (47, "开展城域网升级改造"), (48, "开展城域网升级改造"),
  (50, "有序推进非涉密业务专网向电子政务外网整合迁移或安全互联"), (54, "11\t深化电子文件管理，完善业务应用系统"),
  (56, "扎实推进非税收入收缴电子化管理"), (58, "配合自治区自然资源厅完善全区统一"), (64, "参照自治区“五个一”工作体系"),
  (68, "编制完善监管事项目录和实施清单"), (70, "13\t推进企业信用风险分类管理"), (71, "编制完善监管事项目录和实施清单"),
  (77, "用好全区矛盾纠纷多元化解信息系统，打通"), (79, "完善行政复议、信访、调解"), (83, "15\t实施“互联网+基层治理”行动，依托"),
  (84, "依托全区一体化政务服务平台，构建"), (85, "依托全区一体化政务服务平台，构建"), (86, "推动全市政务服务、公共服务、相关社会服务"),
  (87, "持续推进12345政务服务便民热线“一呼即应”改革，完成"), (88, "依托全区一体化政务服务平台，构建"), (89, "依托全区一体化政务服务平台，构建"),
  (92, "依托“我的宁夏”政务APP，探索实现全域"), (93, "依托全区一体化政务服务平台，构建"),
  (95, "强化大气、水、土壤、自然生态、气候变化等数据资源综合开发利用，实现"), (102, "完善全市生态环境数据交换体系"),
  (103, "建立健全大数据辅助科学决策机制"), (104, "20\t推广使用全区统一的协同办公平台和“宁政通”"), (105, "20\t推广使用全区统一的协同办公平台和“宁政通”"),
  (106, "建立健全大数据辅助科学决策机制"), (107, "统筹整合各地各部门非涉密视频会议系统资源，接入全区统筹应用的视频会议平台。\t"),
  (111, "整合全市机关事务管理信息系统，推广"), (112, "进一步完善各类政务公开信息化平台"), (114, "23\t构建政务新媒体矩阵体系，开发"),
  (115, "进一步完善各类政务公开信息化平台"), (116, "24\t将数字政府建设工作纳入“一把手工程”，建立"), (118, "把提高领导干部数字治理能力作为市委党校"),
  (121, "每年度制定数字政府工作要点和重点任务考核指标体系，形成常态化考核和以奖代补工作机制。\t"),
  (122, "将数字政府建设纳入全市效能目标管理考核"), (123, "将数字政府建设纳入全市效能目标管理考核"), (124, "将数字政府建设纳入全市效能目标管理考核"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
  "writer": "blind writer, round 398; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
  "notes": ("石嘴山市 city plan (征求意见稿, 2024), basis 宁政发〔2023〕17号 only, no parent plan. Goals are a tab-separated indicator table "
            "(lines 15-30: 序号/指标名称/单位/2023年基数/2024年目标/2025年目标/责任单位/指标属性); the 2025 column is a quantitative target column, "
            "so a 2025 figure for an indicator tied to a 2024 task is not a late deadline when the 2024 column already reaches the completion value "
            "(rows 5, 6, 7, 15) or when the figure is a count/rate with no completion meaning (rows 3, 8, 9). The task list (lines 94-119) names its lead with 牵头; "
            "no first-listed-lead note. Seven planted mistakes over four rules; no task is deliberately left out (no task-uncovered in expect)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
