#!/usr/bin/python3
"""Build key.json for blind818: every line number is looked up in draft.txt (1-based)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def line(needle, nth=1, after=None):
    """1-based line of the nth line containing needle (optionally only lines after a line number)."""
    hits = [i + 1 for i, l in enumerate(LINES) if needle in l and (after is None or i + 1 > after)]
    assert len(hits) >= nth, (needle, hits)
    return hits[nth - 1]


def block(title):
    """line of '任务名称：title' — the block's first line."""
    return line('任务名称：' + title)


def field(title, label):
    start = block(title)
    for k in range(start, start + 5):
        if LINES[k - 1].startswith(label + '：'):
            return k
    raise AssertionError((title, label))


def check(ln, text):
    assert text in LINES[ln - 1], (ln, text, LINES[ln - 1])
    return ln


B_SEC = '健全数字政府安全技术保障体系'
B_OPEN = '推进公共数据有序开放'
B_FUSE = '推进公共数据与政务数据融合应用'
B_NET = '推进电子政务外网全覆盖'
B_ARCH = '推进电子文件归档和电子档案管理'
B_FEE = '推进非税收入收缴电子化'
B_ECON = '加强经济运行监测预警'
B_TRACE = '推进重点领域数字化追溯监管'
B_XL = '推进“雪亮工程”向基层延伸'
B_GRID = '实施“互联网+基层治理”行动'
B_APP = '做强“我的宁夏”原州专区'
B_AGE = '推进适老化与信息无障碍建设'
B_RURAL = '推进数字乡村建设'
B_ECO = '加强生态环境数据综合利用'
B_OA = '推进机关公务数字化转型'
B_FORM = '推广全区统一填表报数系统'
B_MEDIA = '构建政务新媒体矩阵'
B_EVAL = '健全数字政府考核机制'

D = lambda t: field(t, '完成时限')
LEAD = lambda t: field(t, '牵头单位')
CO = lambda t: field(t, '配合单位')
WORK = lambda t: field(t, '工作内容')

expect = [
    {"rule": "basis-mismatch", "line": check(line('宁政发〔2023〕14号'), '宁政发〔2023〕14号'),
     "text": "宁政发〔2023〕14号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 14号 is a slip (the number of 国发〔2022〕14号 cited just before)"},
    {"rule": "deadline-later-than-baseline", "line": check(D(B_NET), '2025年底前'), "text": "2025年底前",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖…按需向企事业单位拓展) 完成时限 2024年; the related task 47 (电子政务外网升级改造) is also 2024年"},
    {"rule": "deadline-invalid", "line": check(D(B_FORM), '20244年'), "text": "20244年",
     "why": "impossible year (typo for 2024年); the block is task 106 (依托“宁政通”…全区统一的填表报数系统), regional 完成时限 2025年"},
    {"rule": "unknown-unit", "line": check(CO(B_FUSE), '区大数据局'), "text": "区大数据局",
     "why": "not in units.txt: 原州区 has no 大数据局; the district's technical body is 区数字政府服务中心 (used in the blocks before and after)"},
    {"rule": "garbled-text", "line": check(WORK(B_OA), '鍏ㄩ潰鎺ㄥ箍'), "text": "鍏ㄩ潰鎺ㄥ箍鍗忓悓鍔炲叕骞冲彴",
     "why": "UTF-8 bytes read as GBK: re-encode as GBK and decode as UTF-8 gives 全面推广协同办公平台"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "section 三 takes up only 数字经济 and 数字社会; nothing on 营造良好数字生态 (数据要素市场, 交易规则, 安全可靠的数字化发展环境) anywhere in the draft, and the 指导思想 drops 打造良好数字生态"},
    {"rule": "task-uncovered", "line": 0, "task": 12,
     "why": "deliberately left out with the 数字生态 pillar: 数据要素市场培育 (各市、县（区）配合)"},
]

mnf = []
def nm(rule, ln, why, text=None):
    e = {"rule": rule, "line": ln}
    if text is not None:
        check(ln, text)
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# --- basis ---
nm("basis-mismatch", line('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nm("basis-mismatch", line('宁政办发〔2023〕11号'),
   "real regional document cited exactly as the 吴忠 plan cites it; its own title is 行动计划实施方案, not a 工作方案/行动方案 slip for the 实施意见",
   "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）")
nm("basis-mismatch", line('固原市人民政府《关于加强数字政府建设的实施方案》'),
   "the city plan cited by title alone, as city plans often are (no parent plan given for this case)",
   "固原市人民政府《关于加强数字政府建设的实施方案》")
nm("basis-mismatch", line('宁政办发〔2020〕14号'),
   "retrospective mention in 工作基础 of the 2020 工作要点 (‘自…印发以来’), not cited as a basis", "宁政办发〔2020〕14号")
nm("basis-mismatch", line('原政发〔2024〕9号'), "the plan's own 文号, not a basis document", "原政发〔2024〕9号")
# --- dates that are not deadlines ---
nm("deadline-invalid", line('2024年第4次常务会议'), "meeting reference in the transmittal notice, not a deadline", "2024年第4次常务会议")
nm("deadline-invalid", line('2022年，区直部门'), "past dates in the background (工作基础), before the issue year on purpose", "2022年")
nm("deadline-later-than-baseline", line('2022年，区直部门'),
   "background: 2023年 外网延伸至乡镇 and “我的宁夏”原州专区 are past facts, not deadlines", "2023年")
nm("deadline-invalid", line('2024年12月20日前'),
   "the office's own reporting dates (quarterly 25日 and the annual summary), not task deadlines", "2024年12月20日前")
nm("deadline-invalid", line('（2024年—2025年）'), "period of the task list in its title", "2024年—2025年")
# --- goals ---
nm("deadline-later-than-baseline", check(line('到2024年底'), '到2024年底'),
   "2024 goals match tasks 86 (2024年), 104/105 (2024年) and 93 (2024年): equal; none restates a regional 2023年底 goal", "到2024年底")
nm("deadline-later-than-baseline", line('到2025年，全区数字政府建设体系框架全面成型'),
   "equal to the regional goal 到2025年…体系框架全面成型", "到2025年")
nm("deadline-later-than-baseline", line('到2035年'), "equal to the regional 2035 goal", "到2035年")
# --- block deadlines ---
nm("deadline-invalid", D(B_SEC),
   "task 18 完成时限 is ‘2023年形成机制，长期坚持’; copied regional deadline lying before the plan's year (KEY-FORMAT near miss)",
   "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", D(B_SEC), "task 18 完成时限 ‘2023年形成机制，长期坚持’: identical", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", D(B_OPEN), "task 41 完成时限 2024年: equal", "2024年")
nm("deadline-later-than-baseline", D(B_FUSE), "task 42 完成时限 2024年: equal", "2024年")
nm("deadline-later-than-baseline", D(B_ARCH), "task 54 完成时限 2024年: earlier (October)", "2024年10月底前")
nm("deadline-later-than-baseline", D(B_FEE), "task 56 完成时限 2025年: earlier", "2024年12月底前")
nm("deadline-later-than-baseline", D(B_ECON),
   "task 66 完成时限 2025年: the completing milestone 2025年完成 is equal; 2024年启动 is only a start", "2024年启动，2025年完成")
nm("deadline-later-than-baseline", D(B_TRACE), "task 71 完成时限 2024年: equal", "2024年")
nm("deadline-later-than-baseline", D(B_XL), "task 79 完成时限 2024年: equal", "2024年")
nm("deadline-later-than-baseline", D(B_GRID), "task 83 完成时限 2025年: equal", "2025年")
nm("deadline-later-than-baseline", D(B_APP), "task 86 完成时限 2024年: earlier (June)", "2024年6月底前")
nm("deadline-later-than-baseline", D(B_AGE), "task 93 完成时限 2024年: equal", "2024年")
nm("deadline-later-than-baseline", D(B_RURAL), "task 10 完成时限 ‘持续推进，2025年取得明显成效’: identical",
   "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", D(B_ECO), "task 95 完成时限 2025年: earlier (June)", "2025年6月底前")
nm("deadline-later-than-baseline", D(B_OA), "task 104 完成时限 2024年: equal", "2024年")
nm("deadline-later-than-baseline", D(B_MEDIA), "task 114 完成时限 2024年: equal", "2024年")
nm("deadline-later-than-baseline", D(B_EVAL), "task 121 完成时限 长期坚持: identical", "长期坚持")
# --- units ---
nm("unknown-unit", 3, "collective subject (各 distributes over 乡镇人民政府 and 街道办事处)", "各乡镇人民政府、街道办事处")
nm("unknown-unit", CO(B_SEC), "collective subjects", "区直各部门（单位），各乡镇人民政府、街道办事处")
nm("unknown-unit", CO(B_APP), "collective subject", "区直有关部门")
nm("unknown-unit", CO(B_XL), "collective subject", "各村（社区）")
nm("unknown-unit", CO(B_GRID), "collective subject", "各乡镇（街道）")
nm("unknown-unit", LEAD(B_SEC), "short name of 固原市公安局原州分局 listed in units.txt", "原州公安分局")
nm("unknown-unit", LEAD(B_SEC), "canonical name in units.txt", "区委网信办")
nm("unknown-unit", LEAD(B_ECON), "prefix distributes: 区发改局 (short name of 区发展和改革局) and 统计局 = 区统计局", "统计局")
nm("unknown-unit", CO(B_ECON), "short names in units.txt (区工业信息化和商务局, 国家税务总局固原市原州区税务局)", "区工信商务局、区财政局、原州区税务局")
nm("unknown-unit", CO(B_FUSE), "short name of 区住房城乡建设和交通局; 区水务局 canonical", "区住建交通局")
nm("unknown-unit", CO(B_FEE), "short names in units.txt (区教育体育局, 区卫生健康局, 固原市自然资源局原州分局)", "区教体局、区卫健局、原州自然资源分局")
nm("unknown-unit", CO(B_AGE), "short name of 区残疾人联合会 in units.txt", "区残联")
nm("unknown-unit", CO(B_RURAL), "区供销社 is the short name of 区供销合作社联合社; the two towns are listed in units.txt", "区供销社，三营镇人民政府、彭堡镇人民政府")
nm("unknown-unit", LEAD(B_ECO), "short name of 固原市生态环境局原州分局; 区林草局 short name of 区林业和草原局", "原州生态环境分局")
nm("unknown-unit", LEAD(B_ARCH), "both in units.txt; 区委办公室 is first, so the lead under the list's note", "区委办公室、区档案馆")
nm("unknown-unit", CO(B_OPEN), "listed in units.txt", "区数字政府服务中心")
nm("unknown-unit", WORK(B_OPEN),
   "a regional body mentioned in the task content as owner of the platform, not as the task's lead or a responsible unit",
   "自治区政府办公厅")
nm("unknown-unit", line('区委、区政府统一领导'), "party committee and government as leadership in prose, not a responsible unit", "区委、区政府")
# --- text / framework ---
nm("garbled-text", line('“1244+N”'), "genuine title punctuation, not damage", "“1244+N”")
nm("missing-pillar", 0, "the work system (五个一 / 六级贯通) is taken up by content in section 二 (健全组织机构, 厘清层级职责, 六级贯通), without the name 五个一")
mnf[-1]["pillar"] = "五个一"

covers = [
    (3, line('推进园区公共服务')), (5, line('创新以网管网')), (6, line('推动数字技术与教育、健康')),
    (8, line('推进“互联网+医疗健康”')), (10, WORK(B_RURAL)), (14, line('强化安全管理责任，明确区直')),
    (18, WORK(B_SEC)), (21, line('推动各类行政权力事项网上运行')), (24, line('落实政务信息化建设管理会商机制')),
    (32, line('明确区直各部门（单位）数据管理机构')), (36, line('建立健全政务数据供需对接机制')),
    (41, WORK(B_OPEN)), (42, WORK(B_FUSE)), (48, WORK(B_NET)), (54, WORK(B_ARCH)), (56, WORK(B_FEE)),
    (64, line('各乡镇（街道）参照区级做法')), (66, WORK(B_ECON)), (68, line('落实监管事项目录和实施清单')),
    (71, WORK(B_TRACE)), (72, line('与宁夏“互联网+监管”系统对接')), (77, line('推广全区矛盾纠纷多元化解信息系统')),
    (79, WORK(B_XL)), (83, WORK(B_GRID)), (86, WORK(B_APP)), (88, line('深化“证照分离”改革')),
    (93, WORK(B_AGE)), (95, WORK(B_ECO)), (96, line('深化“互联网+城乡供水”示范建设')),
    (104, line('全面推广协同办公平台和“宁政通”')), (106, WORK(B_FORM)), (107, line('统筹整合各部门非涉密视频会议系统')),
    (112, line('进一步完善政务公开信息化平台')), (114, WORK(B_MEDIA)), (116, line('纳入“一把手工程”')),
    (121, WORK(B_EVAL)), (123, line('考核结果作为领导班子')), (124, line('建立容错和奖惩机制')),
]
covers = [{"task": t, "line": l} for t, l in covers]

key = {
    "writer": "blind writer, round 818; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("原州区 (固原市) 2024 plan; no parent plan is supplied, so the 固原市 plan is cited by title only. "
              "The task list (附件) is written as blocks of labelled lines (任务名称/工作内容/牵头单位/配合单位/完成时限), "
              "one block per task, blocks separated by one blank line; the note above the blocks says the first-listed lead is the main lead. "
              "Deadline comparisons use the gazette's 附件2 task numbers. The 20244年 typo is numerically later than task 106's 2025年, "
              "but the mistake is the impossible year; a late-deadline report on that line would be a second reading of the same slip. "
              "The missing 数字生态 pillar is judged by content: the draft has no 数据要素/数据交易/网络生态 material; the security paragraph "
              "belongs to 安全保障 (四大支撑)."),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(LINES), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
