#!/usr/bin/env python3
# Writes key.json; every line number is looked up in the final draft.txt by a
# substring that must occur on exactly one line (or the n-th occurrence given).
import json, os

here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')


def ln(sub, nth=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]


expect = [
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the plan cites it as 宁政办发〔2023〕17号, a 文号 that does not belong to this title (slip caused by the 宁政办发〔2023〕11号 next to it)"},
    {"rule": "deadline-later-than-baseline", "line": ln("2025年6月底前实现区"), "text": "2025年6月底前",
     "why": "电子政务外网 coverage down to 乡镇（街道）、村（社区）: task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖, 完成时限 2024年) and task 47 (电子政务外网升级改造, 2024年); the district sets 2025年6月底前, later"},
    {"rule": "deadline-later-than-baseline", "line": ln("区大数据服务中心牵头，区直各部") + 2, "text": "2025年",
     "why": "table row 7 (分类分级开放本区公共数据): task 41 (编制公共数据开放目录…分类分级开放公共数据), 完成时限 2024年; the district writes 2025年"},
    {"rule": "deadline-invalid", "line": ln("2024年6月31日前"), "text": "6月31日",
     "why": "table row 13 (“我的宁夏”兴庆专区, task 86, 2024年): 6月31日 does not exist; the month itself (2024年6月) would be earlier than the regional 2024年, so only the impossible date is wrong"},
    {"rule": "unknown-unit", "line": ln("自治区政府办公厅牵头，区审批服务管理局"), "text": "自治区政府办公厅",
     "why": "table row 6 (task 21): a regional body named as the lead (牵头) of a district task; the cell was copied from the regional task list instead of naming a 兴庆区 unit (区审批服务管理局 / 区政府办公室)"},
    {"rule": "unknown-unit", "line": ln("区信息化办公室"), "text": "区信息化办公室",
     "why": "table row 16: no such unit in units.txt (an obsolete name; the district's digital units are 区大数据服务中心 and 区委网信办)"},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: 适老化与信息无障碍建设 (各市、县（区）按照职能分别负责, 2024年) appears nowhere in the draft, neither in 公共服务 nor in the table"},
]

# the deadline rows' line: row 7's deadline cell is two lines after the first
# line of its units cell; check it really reads 2025年
assert L[expect[2]["line"] - 1] == "2025年", L[expect[2]["line"] - 1]

M = []


def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text:
        e["text"] = text
    e["why"] = why
    M.append(e)


# --- basis ---
nm("basis-mismatch", ln("银兴政发〔2024〕9号"), "the plan's own 文号 on its issuing notice, not a basis citation", "银兴政发〔2024〕9号")
nm("basis-mismatch", ln("国发〔2022〕14号"), "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）; the title is broken over lines 14–15 by the PDF's hard line break", "国发〔2022〕14号")
nm("basis-mismatch", ln("宁政办发〔2023〕11号"), "correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan); its title starts at the end of the line above", "宁政办发〔2023〕11号")
nm("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention in the background (近年来，我区按照…等部署) of the 2020 工作要点, with its correct 文号; not cited as a basis of this plan; title split over lines 20–21", "宁政办发〔2020〕14号")
nm("basis-mismatch", ln("关于印发《兴庆区数字政府建设实施方案》的通知"), "the plan's own title in the issuing notice")
# --- units ---
nm("unknown-unit", ln("各乡镇人民政府、街道办事处，区直各部门"), "collective addressees (各乡镇人民政府、街道办事处 — 各 covers both — and 区直各部门（单位）)", "街道办事处")
nm("unknown-unit", ln("区工业信息化和商务"), "PDF damage: the unit cell wraps inside 区工业信息化和商务局 (next line starts 局牵头); the unit is in units.txt", "区工业信息化和商务")
nm("unknown-unit", ln("局牵头，区发改局、区应急局配合"), "continuation of 区工业信息化和商务局 from the line above; 区发改局 and 区应急局 are short names listed in units.txt", "区发改局")
nm("unknown-unit", ln("区农水局牵头"), "区农水局 is the registered short name of 区农业农村和水务局; 各乡镇人民政府 is a collective; cells run together on one line", "区农水局")
nm("unknown-unit", ln("区发展和改革局牵头，区工业信息"), "PDF damage: 区工业信息化和商务局 split over two lines (next line starts 化和商务局配合)", "区工业信息")
nm("unknown-unit", ln("区委网信办、兴庆公安分局牵头"), "兴庆公安分局 is the registered short name of 银川市公安局兴庆区分局", "兴庆公安分局")
nm("unknown-unit", ln("区委政法委、兴庆公安分"), "PDF damage: 兴庆公安分局 split over two lines (next line starts 局牵头)", "兴庆公安分")
nm("unknown-unit", ln("局牵头，各街道办事处、各乡镇人"), "continuation lines of a wrapped unit cell: 局 ends 兴庆公安分局, 各乡镇人|民政府 is the collective 各乡镇人民政府 split by the cell width", "各乡镇人")
nm("unknown-unit", ln("民政府配合"), "tail of the collective 各乡镇人民政府 broken by the cell width", "民政府")
nm("unknown-unit", ln("区大数据服务中心牵头，区直各部"), "区大数据服务中心 is registered; 区直各部|门（单位） is the collective 区直各部门（单位） split by the cell width", "区直各部")
nm("unknown-unit", ln("区审批局牵头，区直有关部门配合"), "区审批局 is the registered short name of 区审批服务管理局; 区直有关部门 is a collective", "区审批局")
nm("unknown-unit", ln("区政府办公室牵头，区委编办配合"), "区政府办公室 and 区委编办 are registered", "区委编办")
nm("unknown-unit", ln("按照自治区政府办公厅统一部署"), "a regional body mentioned as the source of a deployment, not as the lead of a district task", "自治区政府办公厅")
nm("unknown-unit", ln("依托区委党校开展数字政府专题培训"), "区委党校 is in units.txt (and is a venue here, not a responsible unit)", "区委党校")
nm("unknown-unit", ln("区政府办公室牵头，兴庆公安分局、各街道办事处配合"), "registered unit, registered short name and a collective", "各街道办事处")
# --- deadlines ---
nm("deadline-invalid", ln("2024年4月18日"), "the plan's issue date, not a deadline", "2024年4月18日")
nm("deadline-invalid", ln("截至2023年底"), "a past date in the background (截至2023年底…), not a deadline", "2023年底")
nm("deadline-later-than-baseline", ln("到2024年底，“我的宁夏”兴庆专区"), "2024 goal for “我的宁夏”兴庆专区 and “宁政通” coverage: tasks 86 and 105 are both due 2024年 (equal); not one of the region's 2023年底 goals", "2024年底")
nm("deadline-later-than-baseline", ln("能力明显提升。到2025"), "PDF damage: the 2025 goal's year is cut by a hard line break (到2025|年，…); equal to the region's 到2025年 goal (体系框架全面成型)", "2025")
nm("deadline-invalid", ln("年，与自治区“34567”体系框架相衔接"), "the line starts with the tail 年 of 到2025年 broken over two lines; not a malformed date", "年")
nm("deadline-later-than-baseline", ln("到2035年"), "equal to the region's 到2035年 goal", "2035年")
nm("deadline-later-than-baseline", ln("2025年底前基层"), "task 106 (填表报数系统，工作量压减50%以上), 完成时限 2025年: equal", "2025年底前")
nm("deadline-invalid", ln("2024年5月底前制定具体推进计划"), "the office's own internal date for unit work plans, after the issue date", "2024年5月底前")
nm("deadline-invalid", ln("每年12月10日前"), "the office's own recurring reporting date", "12月10日")
nm("deadline-later-than-baseline", ln("持续推进，2025", nth=0), "table row 1, task 3 (智慧园区), regional 持续推进，2025年取得明显成效: equal; the deadline cell wraps after 2025 (next line 年取得明显成效)", "持续推进，2025")
nm("deadline-invalid", ln("年取得明显成效", 0), "PDF damage: tail of the wrapped deadline cell 持续推进，2025|年取得明显成效", "年取得明显成效")
nm("deadline-later-than-baseline", ln("区农水局牵头"), "table row 2, task 10 (数字乡村), regional 持续推进，2025年取得明显成效: equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", ln("区发展和改革局牵头，区工业信息") + 2, "table row 3, task 12 (数据要素市场), regional 2025年: equal", "2025年")
nm("deadline-invalid", ln("分别负责 2023年"), "table row 4, task 14, regional 完成时限 2023年 copied into a 2024 plan: a copied regional deadline before the plan's year, not later than the region", "2023年")
nm("deadline-invalid", ln("2023年形成机制，长期坚持"), "table row 5, task 18, regional 2023年形成机制，长期坚持 copied verbatim", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", ln("自治区政府办公厅牵头，区审批服务管理局"), "table row 6, task 21, regional 2024年: equal", "2024年")
nm("deadline-later-than-baseline", ln("区直有关部门配合 2024年底"), "table row 8, task 52 (电子证照社会化场景应用), regional 2025年: the district's 2024年底 is earlier", "2024年底")
nm("deadline-later-than-baseline", ln("2024 年"), "table row 9, task 54 (电子文件归档), regional 2024年: equal; the PDF put a space before 年", "2024 年")
nm("deadline-later-than-baseline", ln("2024年6月底前"), "table row 10, task 64 (参照自治区做法成立相应的组织机构), regional 2025年: earlier", "2024年6月底前")
nm("deadline-later-than-baseline", ln("民政府配合") + 1, "table row 11, task 79 (雪亮工程), regional 2024年: equal", "2024年")
nm("deadline-later-than-baseline", ln("各乡镇（街道）具体负责 2025年"), "table row 12, task 83 (互联网+基层治理), regional 2025年: equal", "2025年")
nm("deadline-later-than-baseline", ln("各街道办事处配合 2025年"), "table row 14, task 87 (12345热线), regional 2023年启动，2025年完成: equal", "2025年")
nm("deadline-later-than-baseline", ln("区信息化办公室配合 2025年"), "table row 16, task 107 (视频会议平台), regional 2025年: equal", "2025年")
nm("deadline-later-than-baseline", ln("区委组织部配合 长期坚持"), "table row 18, task 121, regional 长期坚持: equal", "长期坚持")
nm("deadline-later-than-baseline", ln("2024年6月31日前"), "task 86 is due 2024年; 2024年6月 is not later — only the day (31) is impossible, which is the planted deadline-invalid", "2024年6月31日前")
nm("garbled-text", ln("- 8 -"), "a PDF page number that fell between the row number 3 and the cells of its table row; layout damage, not mojibake", "- 8 -")
nm("garbled-text", ln("区农水局牵头"), "a table row whose cells came out run together with spaces; layout damage, not mojibake")
nm("deadline-later-than-baseline", ln("（单位）、各乡镇（街道）配合") + 1, "table row 15, task 105 (宁政通), regional 2024年: equal", "2024年")
nm("deadline-later-than-baseline", ln("（单位）、各乡镇（街道）分别负", 1) + 2, "table row 17, task 112 (政务公开信息化平台), regional 2024年: equal", "2024年")
# --- pillars (headings split from their numbers; short 七个能力 headings) ---
nm("missing-pillar", 0, "数字生态 is taken up under （三）|营造良好数字生态 (lines 60–63); the heading number is on its own line")
nm("missing-pillar", 0, "五个一/六级贯通: section 四、|健全数字政府工作体系 (lines 87–94) sets up the 领导小组 after the 五个一 model and places the district in the 六级贯通 architecture")
nm("missing-pillar", 0, "六级贯通: line 91-93 places the district in the 自治区、市、县、乡、村同国家层面“六级贯通” architecture (依托上级平台完善本级特色应用，一体化推进区级指挥调度中心建设)")
nm("missing-pillar", 0, "all 七个能力 are present (lines 97–119) under short headings （一）经济调节 … （七）政务公开")
nm("missing-pillar", 0, "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is section 六 (lines 120–133)")

# pillar entries carry the pillar name
pillars = ["数字生态", "五个一", "六级贯通", "政务公开", "组织领导"]
for e, p in zip([m for m in M if m["rule"] == "missing-pillar"], pillars):
    e["pillar"] = p

C = []


def cv(task, sub, nth=None):
    C.append({"task": task, "line": ln(sub, nth)})


cv(2, "配合推进“六新六特六优”产业云建设")
cv(3, "加快推进辖区产业园区“智慧园区”建设，提升园区公共服务、资源")
cv(5, "创新以网管网等新型监管")
cv(6, "养老托育、家政物业等服务数字化")
cv(8, "推广“互联网+医疗健康”应用")
cv(9, "配合银川市推进城市运行管理服务平台建设")
cv(10, "区农水局牵头")
cv(12, "支持辖区企业参与数据要素市场建设，培育数据要素市场主体，引导")
cv(14, "4 明确本部门本单位")
cv(15, "责任，建立安全评估、责任落实和重大事件处置机制")
cv(18, "建立健全动态监控、主动防御")
cv(21, "自治区政府办公厅牵头，区审批服务管理局")
cv(24, "完善区级政务信息化项目会商机制")
cv(30, "成全区政务数据“一本账”")
cv(32, "位）数据管理机构及其职责、人员")
cv(36, "建立健全政务数据供需对接机制")
cv(41, "按照自治区公共数据开放目录及相关责任清单")
cv(42, "供气、公共交通等公共数据与政务数据融合应用")
cv(46, "统向政务信创云有序迁移")
cv(48, "2025年6月底前实现区")
cv(50, "网全覆盖，有序推进非涉密业务专网向电子政务外网整合迁移")
cv(52, "区直有关部门配合 2024年底")
cv(54, "完善业务系统电子文件归档功能，统筹推进无纸化办公和电子文件归")
cv(56, "推进非税收入收缴电子化")
cv(64, "参照自治区做法成立相应的组织机构")
cv(66, "配合建设宁夏经济运行大数据平台")
cv(68, "推行“照单监管”")
cv(72, "差异化监管，推进监管系统与宁夏“互联网+监管”系统对接")
cv(77, "依托全区矛盾纠纷多元化解信息系统")
cv(79, "持续推进“雪亮工程”，建设全域覆盖")
cv(83, "实施“互联网+基层治理”行动，构建区")
cv(85, "推行“免证办”")
cv(86, "迭代升级“我的宁夏”兴庆专区，区级政务服务")
cv(87, "配合推进12345政务服务便民热线“一呼即应”改革，健全")
cv(89, "建设企业专属网页和惠企政策专栏")
cv(94, "配合完善生态环境数据资源中心")
cv(96, "推进“互联网+城乡供水”在月牙湖乡")
cv(104, "推广全区统一的协同办公平台")
cv(105, "推广“宁政通”移动办公")
cv(106, "2025年底前基层")
cv(107, "统筹整合区直各部门非涉密视频会议系统资源")
cv(112, "完善区政府网站、政务公开专栏等政务公开信息化平台")
cv(114, "构建政务新媒体矩")
cv(115, "以12345政务服务便民热线为枢纽畅通政民互动渠道")
cv(116, "将数字政府建设纳入“一把手工程”")
cv(25, "统筹现有资金渠道，将数字政府建设经费")
cv(118, "期对全区各级干部进行数字化能力培训")
cv(121, "每年度制定数字政府工作要点和重点任务考核指标，形成")
cv(123, "考核指标，将考核结果作为领导班子")

key = {
    "writer": "blind writer, round 263; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("银川市兴庆区 数字政府建设实施方案 (银兴政发〔2024〕9号, 2024-04-18) implementing 宁政发〔2023〕17号, with no parent plan. "
              "The text is what a copy out of the published PDF gives: prose hard-wrapped at 28 full-width characters, page numbers (- N -) "
              "between lines (one inside a table row, lines 150-152), heading numbers (一、 / （二）) on their own line, and a task table whose cells "
              "come out one per line (rows 1,3,5,7,9,11,13,15,17; long cells wrapped at the column width, splitting unit names and one deadline) "
              "or run together with spaces on one line (even rows; row 4 over two lines). In the draft 全区 means 兴庆区. Planted: one wrong 文号, two late deadlines "
              "(one in prose, one in a table row), one impossible date, one regional body as lead of a district task, one unregistered unit, "
              "and task 93 (适老化) left out."),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
