# Builds key.json, finding every line number by its text in draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L.pop()

def ln(text, nth=1, within=None):
    hits = [i + 1 for i, s in enumerate(L) if text in s and (within is None or within in s)]
    assert len(hits) >= nth, (text, hits)
    if nth == 1:
        assert len(hits) == 1, ('not unique', text, hits)
    return hits[nth - 1]

def e(rule, text, why, anchor=None, **kw):
    d = {"rule": rule, "line": ln(anchor or text), "text": text, "why": why}
    d.update(kw)
    return d

expect = [
    e("basis-mismatch", "关于加快推进数字政府建设的实施意见",
      "wrong title: 桂政发〔2022〕31号 is 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 (加强, not 加快推进); the 文号 itself is right"),
    e("deadline-later-than-baseline", "到2026年",
      "主要目标 goal 'digital-government 体系框架基本形成' is dated 到2025年 in the 广西 实施意见 (总体要求 3.主要目标); the draft puts the same goal at 2026"),
    e("deadline-later-than-baseline", "2026年6月底",
      "广西 task 8 (12345热线: 持续推动全区各类政务服务热线归并至12345热线, 与110/119/120联动), 完成时限 2025年底; the draft's 2026年6月底 is later"),
    e("deadline-invalid", "2022年底",
      "forward-looking deadline (完成…专网整合迁移, task 37, 完成时限 持续开展) set in 2022, before the plan's own year 2023 (dated 2023-09-15); a slip for 2024/2025",
      anchor="2022年底前完成区直各部门非涉密业务专网"),
    e("unknown-unit", "区发改委",
      "not in units.txt: the district body is 区发展和改革局 (短名 区发展改革局/区发改局); a district has no 发改委 (the same draft names 区发展和改革局 elsewhere)"),
    e("unknown-unit", "自治区大数据发展局",
      "a regional body named as the lead (牵头) of a local task (数据共享, task 34); copied from the 广西 责任单位 note; the district lead should be 区大数据发展局",
      anchor="由自治区大数据发展局牵头"),
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "the 广西 framework's 七(三) 营造良好数字生态 (数据要素市场规则, 数据产权交易, 数据交易场所, 数据要素应用场景) has no content in the draft; section （六） covers only 数字经济 and 数字社会, and 数字生态 is only named once in the 指导思想 phrase"},
    {"rule": "task-uncovered", "line": 0, "task": 43,
     "why": "task 43 (营造良好数字生态, 责任单位 自治区大数据发展局等, 各市人民政府, 持续开展) deliberately left out"},
]

def m(rule, why, anchor, text=None, **kw):
    d = {"rule": rule, "line": ln(anchor), "why": why}
    if text is not None:
        d["text"] = text
    d.update(kw)
    return d

DL = "deadline-later-than-baseline"
UU = "unknown-unit"
mustNot = [
    # deadlines
    m(DL, "task 3 (一体化在线监管, 监管事项清单认领), 完成时限 2025年底: equal", "区直有关部门于2025年底前", "2025年底"),
    m(DL, "task 22 (政务公开/政策文件库), 完成时限 2025年底: equal", "2025年底前建成分类分级", "2025年底"),
    m(DL, "task 9 (智桂通移动开放生态体系), 完成时限 2025年底: the draft's 2024年底 is earlier", "接入“智桂通”临桂专区", "2024年底"),
    m(DL, "主要目标 到2035年 基本建成: equal to the 广西 goal (到2035年)", "到2035年，整体协同", "到2035年"),
    m(DL, "an interim local goal (政务数据目录, 外网接入) with no later counterpart; earlier than the 广西 2025 goal", "到2024年底，区级政务数据资源目录", "到2024年底"),
    m(DL, "task 5 (社会治安防控/雪亮工程, 乡镇、行政村监控全覆盖), 完成时限 持续开展: a local milestone on an ongoing task is not late", "2024年底前实现11个乡镇和行政村", "2024年底"),
    m(DL, "task 37 (电子政务外网 IPv6 改造), 完成时限 持续开展: a local milestone on an ongoing task", "2024年底前完成区级电子政务外网IPv6改造", "2024年底"),
    m(DL, "task 23 (安全工作协调机制), 完成时限 持续开展; 2023 is the plan's own year", "2023年底前建立区数字政府安全工作协调机制", "2023年底"),
    m("deadline-invalid", "2023年底 is in the plan's own year (2023), not before it", "2023年底前建立区数字政府安全工作协调机制", "2023年底"),
    m(DL, "task 32 (试点示范), 完成时限 持续开展: a local start year", "2024年选择两江镇、会仙镇", "2024年"),
    m(DL, "tasks 33/34 (数据管理/数据目录), 完成时限 持续开展: a local milestone", "2024年6月底前编制完成区级政务数据资源目录", "2024年6月底"),
    m(DL, "the office's own reporting dates (每年6月底、12月底, 每年12月10日前), not task deadlines", "每年12月10日前", "每年12月10日"),
    m("deadline-invalid", "retrospective: what was done in 2022 (background), not a deadline", "截至2022年底，电子政务外网已延伸覆盖", "2022年"),
    m("deadline-invalid", "the issue date of the document itself", "2023年9月15日", "2023年9月15日"),
    # basis
    m("basis-mismatch", "correct: 国发〔2022〕14号 is 《国务院关于加强数字政府建设的指导意见》", "（国发〔2022〕14号）", "国发〔2022〕14号"),
    m("basis-mismatch", "the 文号 桂政发〔2022〕31号 is right for the 广西 实施意见 (only the title is wrong, flagged once in expect)", "（桂政发〔2022〕31号）", "桂政发〔2022〕31号"),
    m("basis-mismatch", "the city plan cited by title alone, as county plans often do; no 文号 to check", "《桂林市加强数字政府建设实施方案》的部署要求", "《桂林市加强数字政府建设实施方案》"),
    m("basis-mismatch", "retrospective mention of an older regional plan in the background, not cited as a basis", "《数字广西建设规划（2018—2025年）》", "《数字广西建设规划（2018—2025年）》"),
    m("basis-mismatch", "the plan's own 文号 (临政办发), not a cited basis document", "临政办发〔2023〕31号", "临政办发〔2023〕31号"),
    # units
    m(UU, "collective subject (also in the 主送 line)", "各乡镇人民政府，区直各部门、各直属机构：", "各乡镇人民政府"),
    m(UU, "collective subject", "区直有关部门于2025年底前", "区直有关部门"),
    m(UU, "collective subject", "在各乡镇和各村（社区）落地", "各村（社区）"),
    m(UU, "collective subject", "接入“智桂通”临桂专区", "区直各部门"),
    m(UU, "registered short name of 区住房和城乡建设局", "区民政局、区司法局、区住房城乡建设局配合", "区住房城乡建设局"),
    m(UU, "registered short name of 区人力资源和社会保障局", "区司法局、区人力资源社会保障局、区卫生健康局、区市场监督管理局、区残联", "区人力资源社会保障局"),
    m(UU, "the district police is a 分局 of the city bureau; it is the registered local unit, here as lead", "由桂林市公安局临桂分局牵头", "桂林市公安局临桂分局"),
    m(UU, "the district's ecology bureau (city-led, in units.txt) as lead", "由桂林市临桂生态环境局牵头", "桂林市临桂生态环境局"),
    m(UU, "the district tax bureau, in units.txt", "国家税务总局桂林市临桂区税务局配合", "国家税务总局桂林市临桂区税务局"),
    m(UU, "a township government of the district, in units.txt", "会仙镇人民政府配合", "会仙镇人民政府"),
    m(UU, "the district's 乡镇 named as places (and in units.txt)", "重点加强宛田瑶族乡、黄沙瑶族乡", "宛田瑶族乡"),
    m(UU, "the district's 乡镇 named as pilot places (and in units.txt)", "2024年选择两江镇、会仙镇", "两江镇"),
    m(UU, "the district's 11 乡镇 listed in the background (retrospective)", "截至2022年底，电子政务外网已延伸覆盖", "临桂镇"),
    m(UU, "桂林市 body named as the one the district reports to, not a responsible unit", "每年12月10日前向区人民政府和桂林市大数据发展局", "桂林市大数据发展局"),
    m(UU, "桂林市 government named as the one the district reports to", "重大事项及时向桂林市人民政府请示报告", "桂林市人民政府"),
    m(UU, "regional and city bodies named as sources of pilot support, not as leads of a local task", "积极争取自治区大数据发展局和桂林市大数据发展局", "自治区大数据发展局"),
    m(UU, "a facility (the district service hall) in the retrospective background, not a responsible unit", "区政务服务中心完成改造升级", "区政务服务中心"),
    m(UU, "区委 is in units.txt (中共桂林市临桂区委员会)", "为区委、区人民政府决策提供参考", "区委"),
    m(UU, "the leading group's office, in units.txt, as subject of the 考核 sentence", "区数字政府建设领导小组办公室会同", "区数字政府建设领导小组办公室"),
    m(UU, "an object of the sentence (区级医院与乡镇卫生院), not a responsible unit", "推进区级医院与乡镇卫生院远程医疗协作", "区级医院"),
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "present by content in 三、保障措施 (加强组织领导, 健全推进机制, 提升数字素养, 强化考核评估) although the heading is 保障措施"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字社会", "why": "taken up in （六） (智慧城市, 一网统管, 数字乡村), line " + str(ln("推进临桂新区智慧城市建设"))},
    {"rule": "missing-pillar", "line": 0, "pillar": "制度规则", "why": "taken up in （三） 完善制度规则和管理机制 (四改四转, 经费, 审管协同, 标准, 试点)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "平台支撑", "why": "taken up in （五） 夯实平台支撑基础 (政务云, 电子政务外网, 共性应用)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "安全保障", "why": "taken up in （二） 筑牢数字政府安全防线"},
]

covers = []
def c(task, anchor):
    covers.append({"task": task, "line": ln(anchor)})
c(1, "提升经济调节能力。")
c(2, "提升市场监管能力。")
c(3, "区直有关部门于2025年底前")
c(4, "提升社会管理能力。")
c(5, "推进社会治安防控体系智能化。")
c(6, "推进智慧应急建设。")
c(7, "提升公共服务能力。")
c(8, "2026年6月底前完成区内各类政务服务热线")
c(9, "接入“智桂通”临桂专区")
for t in (10, 11, 12, 13, 14, 15):
    c(t, "推进社会事业数字化服务。")
for t in (16, 17, 18):
    c(t, "提升生态环境保护能力。")
for t in (19, 20, 21):
    c(t, "提升政务运行效能。")
c(22, "提升政务公开水平。")
for t in (23, 24, 26, 27):
    c(t, "2023年底前建立区数字政府安全工作协调机制")
for t in (28, 29, 32):
    c(t, "落实“四改四转”政务信息化项目建设机制")
c(33, "2024年6月底前编制完成区级政务数据资源目录")
c(34, "由自治区大数据发展局牵头")
c(35, "广西公共数据开放平台")
c(36, "自治区统一建设的政务云资源")
c(37, "非涉密业务专网向电子政务外网整合迁移")
for t in (38, 39, 40):
    c(t, "推广应用统一身份认证")
c(41, "主动融入中国—东盟信息港建设")
c(42, "推进临桂新区智慧城市建设")

key = {
    "writer": "blind writer, round 287; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "WRITTEN",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mustNot,
    "covers": covers,
    "notes": ("广西 task numbers: the 43 clauses of 桂政发〔2022〕31号 that carry an inline (責任單位…完成時限…) note, numbered 1–43 in document order "
              "(1 经济调节 … 3 一体化在线监管 2025年底 … 8 12345热线 2025年底, 9 智桂通 2025年底 … 22 政务公开 2025年底 … 43 营造良好数字生态); all others are 持续开展. "
              "Plan dated 2023-09-15 (planYear 2023). No parent file: the 桂林市 plan is cited by title only. "
              "units.txt is the district registry (区直部门, city-led 分局 in the district, the 11 乡镇); 桂林市 bodies are deliberately not in it, as they appear only as bodies the district reports to or seeks support from."),
}
import datetime
key["written"] = datetime.date.today().isoformat()
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mustNot), len(covers))
