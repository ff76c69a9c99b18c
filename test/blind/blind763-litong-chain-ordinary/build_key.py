#!/usr/bin/env python3
"""Builds key.json for blind763; every line number is looked up in draft.txt by a unique substring."""
import json, re

L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, nth=None, within=None):
    hits = [i + 1 for i, t in enumerate(L) if sub in t and (within is None or within in t)]
    if nth is not None:
        return hits[nth]
    assert len(hits) == 1, (sub, within, hits)
    return hits[0]

def row(n):
    hits = [i + 1 for i, t in enumerate(L) if t.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong (line 96 of the draft gives it correctly)"},
    {"rule": "deadline-later-than-baseline", "line": ln('力争2026年底前'), "text": "2026年底前",
     "why": "parent (吴忠 plan, 2023-11-27) 主要目标: 到2025年 … 与自治区共性基础支撑体系实现对接复用、互联互通; the draft puts the same goal at 2026年底前. The regional 主要目标 has no such goal (its 2025 goal is the 34567 framework), so this is later than the parent only"},
    {"rule": "deadline-later-than-baseline", "line": row(9), "text": "2025年6月底前",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47 外网升级改造 also 2024年); the table row says 2025年6月底前, while the body measure (line 61) keeps 2024年12月底前"},
    {"rule": "deadline-invalid", "line": ln('6月31日'), "text": "2024年6月31日",
     "why": "June has 30 days; the date does not exist (the task itself, task 112, is due 2024年, so the month is not late)"},
    {"rule": "unknown-unit", "line": row(8), "text": "区大数据管理服务局",
     "why": "no such district body: units.txt lists 区大数据管理服务中心 (= 区大数据中心); 区大数据管理服务局 copies the city's 市大数据管理服务局 pattern"},
    {"rule": "garbled-text", "line": ln('鎸佺画'), "text": "鎸佺画鍋氬己鍋氫紭",
     "why": "UTF-8 bytes of 持续做强做优 read as GBK (mojibake run inside an otherwise clean sentence)"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# --- basis documents ---
nm("basis-mismatch", ln('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nm("basis-mismatch", ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'),
   "parent city plan cited by issuer and exact title without a 文号 (the city plan has none); title is right", "关于加强数字政府建设的实施方案")
nm("basis-mismatch", ln('宁政办发〔2023〕11号'),
   "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as the 吴忠 plan cites it", "宁政办发〔2023〕11号")
nm("basis-mismatch", ln('宁政办发〔2020〕14号'),
   "retrospective mention of the 2020 工作要点 in the 工作基础 background, not a basis of this plan; title and 文号 match the seed", "宁政办发〔2020〕14号")
nm("basis-mismatch", ln('按照宁政发〔2023〕17号'),
   "bare correct 文号 of the regional 实施意见 in the 考核 paragraph", "宁政发〔2023〕17号")

# --- dates that are not late / not invalid ---
nm("deadline-invalid", ln('2023年，全区电子政务外网'),
   "past date in the 工作基础 background (what was done in 2023), not a deadline", "2023年")
nm("deadline-invalid", ln('2023年形成机制，长期坚持', within='应急演练。'),
   "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan year; equal to the region", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", ln('2023年形成机制，长期坚持', within='应急演练。'),
   "task 18 完成时限 2023年形成机制，长期坚持: copied, equal")
nm("deadline-invalid", row(7),
   "table row: copied regional deadline of task 18 (2023年形成机制，长期坚持), equal to the region", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", ln('到2024年底'),
   "2024 goals: 外网全覆盖 (task 48, 2024年), 信创云迁移 (task 43, 2024年建成), 掌上办 (tasks 84/86, 2024年), 适老化 (task 93, 2024年) — all equal; no 2023 goal of the region or of 吴忠 is restated", "2024年底")
nm("deadline-later-than-baseline", ln('到2025年，全区数字政府建设'),
   "到2025年 “1347” 框架全面成型: equal to the 吴忠 2025 goal and to the region's 2025 goal (34567 全面成型)", "2025年")
nm("deadline-later-than-baseline", ln('到2035年'),
   "2035 goal equal to the region's and 吴忠's 2035 goals", "2035年")
nm("deadline-later-than-baseline", ln('健全区数字政府建设领导机构和工作专班，领导小组办公室'),
   "task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年; 2024年6月底前 is earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own task (自治区政府办公厅负责), not this one", "2024年6月底前")
nm("deadline-later-than-baseline", row(1), "task 64, 2025年; row says 2024年6月底前 (earlier)", "2024年6月底前")
nm("deadline-later-than-baseline", ln('“智慧园区”二期建设，一体化'),
   "task 3 完成时限 持续推进，2025年取得明显成效; draft 2024年12月底前 + 2025年取得明显成效: equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", ln('推进海绵城市'),
   "task 9 (智慧城市/一网统管) 完成时限 持续推进，2025年取得明显成效; 2025年底前 is the same year", "2025年底前")
nm("deadline-later-than-baseline", ln('为数据要素商品化提供专业服务'),
   "task 12 (数据要素市场) 完成时限 2025年: equal", "2025年")
nm("deadline-later-than-baseline", ln('积极争取自治区、吴忠市各类试点示范项目'),
   "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效: 2025年 equal", "2025年")
nm("deadline-later-than-baseline", ln('会商机制，加强项目全生命周期'),
   "task 24 is due 2023年; the draft gives 长期坚持 with no dated milestone, so nothing later than the region is stated", "长期坚持")
nm("deadline-later-than-baseline", ln('向自治区政务信创云有序迁移、适配运行'),
   "task 43 完成时限 2024年建成，持续推进 and task 46 2024年; 2024年11月底前 is earlier", "2024年11月底前")
nm("deadline-later-than-baseline", ln('推进电子政务外网升级改造，实现区、乡（镇）、村（社区）全覆盖；'),
   "tasks 47/48/50 完成时限 2024年, task 49 2025年; body note 2024年12月底前 is equal/earlier (only the table row 9 is late)", "2024年12月底前")
nm("deadline-later-than-baseline", ln('形成重点企业画像和产业链图谱'),
   "task 66 (经济运行大数据平台) 完成时限 2025年, task 65 2024年; 2024年 equal/earlier", "2024年")
nm("deadline-later-than-baseline", ln('深入实施“互联网+基层治理”行动'),
   "task 83 完成时限 2025年; 2025年6月底前 is within 2025", "2025年6月底前")
nm("deadline-later-than-baseline", row(20),
   "task 83 完成时限 2025年; 2025年6月底前 (same text as the late row 9, but here the regional deadline is 2025)", "2025年6月底前")
nm("deadline-later-than-baseline", ln('与110报警服务台'),
   "task 87 (12345 热线) 完成时限 2023年启动，2025年完成; 2024年12月底前 is earlier", "2024年12月底前")
nm("deadline-later-than-baseline", row(22), "task 87, 2023年启动，2025年完成; row 2024年12月底前 earlier", "2024年12月底前")
nm("deadline-later-than-baseline", ln('推广全区统一的填表报数系统，切实为基层减负'),
   "tasks 104/105 完成时限 2024年, task 106 (填表报数) 2025年, task 107 2025年; 2024年12月底前 equal/earlier", "2024年12月底前")
nm("deadline-later-than-baseline", row(29), "task 106 (填表报数) 完成时限 2025年: equal", "2025年")
nm("deadline-later-than-baseline", row(30), "task 111 (机关事务) 完成时限 2025年: equal", "2025年")
nm("deadline-later-than-baseline", ln('推进“互联网+城乡供水”建设，推广'),
   "task 96 (互联网+城乡供水) 完成时限 2025年: equal", "2025年")
nm("deadline-later-than-baseline", row(26),
   "task 94 完成时限 2024年 / task 95 2025年; 2024年 equal/earlier", "2024年")
nm("deadline-later-than-baseline", ln('每季度最后一个月25日前'),
   "the office's own quarterly reporting date, not a task deadline", "25日前")
nm("deadline-later-than-baseline", ln('2025年1月10日前'),
   "the office's own date for the annual summary of the 2024 work; not a task deadline (tasks 116/121 are 长期坚持 work, this is a report)", "2025年1月10日前")
nm("deadline-invalid", ln('动员部署阶段（2024年3月）'),
   "work-schedule month in the issuing year (document dated 2024-03-18)", "2024年3月")

# --- units ---
nm("unknown-unit", ln('各乡镇人民政府、街道办事处，区直各部门'), "collective addressees of the notice", "各乡镇人民政府")
nm("unknown-unit", ln('健全区数字政府建设领导机构和工作专班，领导小组办公室'),
   "区大数据管理服务中心 is the canonical name in units.txt (contrast the slip in table row 8)", "区大数据管理服务中心")
nm("unknown-unit", ln('落实吴忠市“一联系、两清单”工作机制'), "collective subject", "区直各部门（单位）")
nm("unknown-unit", ln('深入实施“互联网+基层治理”行动'), "collective subjects", "各村（社区）")
nm("unknown-unit", ln('推行远程监管、移动监管、预警监管、实时监管，弥补'),
   "collective subject 承担监管职责的区直有关部门 (district form of the region's 承担监管职责的自治区有关部门)", "承担监管职责的区直有关部门")
nm("unknown-unit", ln('推动形成可复制、可推广的典型应用'), "collective subject", "区直有关部门")
nm("unknown-unit", ln('推动形成良好网络生态'), "collective subject (各… form): the basic telecom operators as a group", "各基础电信企业")
nm("unknown-unit", ln('推动数字农业农村服务实现村级覆盖'), "collective subject", "各乡镇人民政府")
nm("unknown-unit", ln('牵头单位：区发展和改革局、财政局、审计局'),
   "prefix distributes: 区发展和改革局, 区财政局, 区审计局 — all in units.txt", "财政局、审计局")
nm("unknown-unit", ln('吴忠市公安局利通区分局、区大数据中心'),
   "canonical name of the district police branch in units.txt (elsewhere its short name 区公安分局)", "吴忠市公安局利通区分局")
nm("unknown-unit", ln('配合单位：区委网信办、区公安分局'), "区公安分局 is the listed short name of 吴忠市公安局利通区分局", "区公安分局")
nm("unknown-unit", ln('牵头单位：区市场监督管理局'), "canonical name; 区市场监管局 elsewhere is its listed short name", "区市场监督管理局")
nm("unknown-unit", ln('加强污染源监控'), "区生态环境分局 / 区自然资源分局 are listed short names of the 吴忠市…利通分局 bodies", "区生态环境分局")
nm("unknown-unit", ln('配合推进全国“数字供销”示范区建设'), "区供销社 is the listed short name of 区供销合作社", "区供销社")
nm("unknown-unit", ln('配合单位：金积工业园区管委会'), "listed in units.txt", "金积工业园区管委会")
nm("unknown-unit", ln('向区数字政府建设领导小组办公室报送'), "listed in units.txt (the leading group's office)", "区数字政府建设领导小组办公室")
nm("unknown-unit", ln('区委党校干部培训'), "listed in units.txt; mentioned as a training venue, not a responsible unit", "区委党校")
nm("unknown-unit", ln('牵头单位：区工业信息化和商务局'), "canonical name; 区工信商务局 elsewhere is its listed short name", "区工业信息化和商务局")

covers_spec = [
    (64, '健全区数字政府建设领导机构和工作专班，领导小组办公室'),
    (3, '“智慧园区”二期建设，一体化'),
    (5, '配合建立政企协同、部门协同'),
    (9, '推进海绵城市'),
    (7, '深入推广宁夏智慧教育平台'),
    (8, '深入推广宁夏智慧教育平台'),
    (10, '推动数字农业农村服务实现村级覆盖'),
    (11, '推动数字农业农村服务实现村级覆盖'),
    (12, '为数据要素商品化提供专业服务'),
    (14, '落实区、乡（镇）两级数字政府建设安全'),
    (15, '落实区、乡（镇）两级数字政府建设安全'),
    (18, '开展常态化安全防护和应急演练。'),
    (21, '推动各类行政权力事项网上运行、动态管理'),
    (24, '会商机制，加强项目全生命周期'),
    (28, '积极争取自治区、吴忠市各类试点示范项目'),
    (30, '形成全区政务数据“一本账”'),
    (41, '梳理本区公共数据开放清单'),
    (42, '梳理本区公共数据开放清单'),
    (43, '向自治区政务信创云有序迁移、适配运行'),
    (48, '推进电子政务外网升级改造，实现区、乡（镇）、村（社区）全覆盖；'),
    (50, '推进电子政务外网升级改造，实现区、乡（镇）、村（社区）全覆盖；'),
    (54, '完善业务系统电子文件归档功能'),
    (66, '形成重点企业画像和产业链图谱'),
    (71, '全主体、全品种、全链条数字化追溯监管'),
    (74, '推行远程监管、移动监管、预警监管、实时监管，弥补'),
    (77, '完善行政复议、信访、调解、法律援助'),
    (79, '持续推进“雪亮工程”向乡村延伸，探索'),
    (80, '推进“智慧应急”建设，完善'),
    (83, '深入实施“互联网+基层治理”行动'),
    (86, '全面推广“我的宁夏”政务APP'),
    (87, '与110报警服务台'),
    (88, '探索“一业一证”改革，依托'),
    (90, '推进图书馆、文化馆、档案馆等公共场馆'),
    (93, '推进图书馆、文化馆、档案馆等公共场馆'),
    (95, '依托生态环境大数据平台'),
    (96, '推进“互联网+城乡供水”建设，推广'),
    (102, '推进水、气、土、废污染防治攻坚战'),
    (104, '依托宁夏政务协同办公平台'),
    (105, '依托宁夏政务协同办公平台'),
    (106, '推广全区统一的填表报数系统，切实为基层减负'),
    (111, '整合本区机关事务管理信息系统，推进'),
    (112, '6月31日'),
    (114, '构建政务新媒体矩阵，开发'),
    (115, '领导信箱等渠道作用'),
    (116, '纳入“一把手”工程'),
    (118, '每年至少组织2次'),
    (121, '制定年度数字政府建设重点任务考核指标，将'),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 763; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("利通区 2024 实施方案 (利政办发〔2024〕9号, 2024-03-18) following 宁政发〔2023〕17号 and the 吴忠 plan; "
              "the table's 对应市级任务 column names the 吴忠 plan section each row takes up (the 吴忠 task-list attachment is not in the seed). "
              "Tasks due 2023 in the regional list are given no dated deadline (长期坚持/持续推进/none) or the copied regional wording, "
              "so a 2024 plan does not push them later. The 2026 goal on line 17 is late only against the parent plan. "
              "Not annotated: task-uncovered (information)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers;', len(L), 'lines')
