#!/usr/bin/env python3
"""Builds key.json for blind789: every line number is found from a unique string in draft.txt."""
import json

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def ln(needle, also=None):
    hits = [i + 1 for i, l in enumerate(lines) if needle in l and (also is None or also in l)]
    assert len(hits) == 1, (needle, also, hits)
    return hits[0]


def row(n):
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]


expect = [
    {"rule": "basis-mismatch", "line": ln("（宁政办发〔2023〕17号）"), "text": "宁政办发〔2023〕17号",
     "why": "the region's 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (contaminated by the next citation, 宁政办发〔2023〕11号)"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
     "why": "主要目标: the region sets 到2025年 for the same goal (全区各级数字政府建设“34567”体系框架全面成型); the county puts it in 2026"},
    {"rule": "deadline-later-than-baseline", "line": row(19), "text": "2025年6月底前",
     "why": "task-table row 19 is regional task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责), 完成时限 2024年; the county gives 2025年6月底前"},
    {"rule": "deadline-invalid", "line": row(24), "text": "21月",
     "why": "2024年21月底前 is an impossible month (typo for 12月); regional task 106 (填表报数系统) is due 2025年, so it is not a late deadline"},
    {"rule": "unknown-unit", "line": ln("县大数据管理服务局"), "text": "县大数据管理服务局",
     "why": "not in units.txt: the county has 县大数据服务中心 (a 中心, no 局); the name is a city-style unit made county (市大数据管理服务局)"},
    {"rule": "unknown-unit", "line": row(8), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (牵头单位) of a county task-table row (regional task 41, copied from the region's row without changing the lead); the county lead should be 县大数据服务中心"},
    {"rule": "garbled-text", "line": ln("淇濋殰浜烘皯缇"), "text": "淇濋殰浜烘皯缇",
     "why": "UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 保障人民群众的知情权、参与权、表达权、监督权"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# basis
nm("basis-mismatch", ln("（国发〔2022〕14号）"), "correct national 指导意见 title and 文号", "国发〔2022〕14号")
nm("basis-mismatch", ln("（宁政办发〔2023〕11号）"), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan", "宁政办发〔2023〕11号")
nm("basis-mismatch", ln("固原市人民政府《关于加强数字政府建设的实施方案》"), "the parent city's plan cited by title alone, as county plans do; no 文号 to contradict", "固原市人民政府《关于加强数字政府建设的实施方案》")
nm("basis-mismatch", ln("（宁政办发〔2020〕14号）"), "retrospective mention in the background (近年来…认真落实), not a basis; title and 文号 match the 2020 工作要点", "宁政办发〔2020〕14号")
nm("basis-mismatch", ln("《隆德县2023年数字政府建设工作要点》"), "last year's county document mentioned retrospectively in the background, not cited as a basis", "《隆德县2023年数字政府建设工作要点》")
nm("basis-mismatch", ln("隆政办发〔2024〕9号"), "the issuing notice's own 文号, not a citation", "隆政办发〔2024〕9号")
nm("basis-mismatch", ln("已经县人民政府研究同意"), "the plan's own title in the issuing notice, not a basis document", "《隆德县关于加强数字政府建设的实施方案》")
# dates in the background and the office's own dates
nm("deadline-invalid", ln("2023年9月底前，县乡两级"), "past dates in the background (2023年6月, 2023年9月底前, 2023年底): achievements, not deadlines", "2023年9月底前")
nm("deadline-invalid", ln("2023年已完成全县政务数据资源目录编制"), "retrospective: the catalogue (regional task 30, 2023年) was done in 2023; no new deadline", "2023年")
nm("deadline-invalid", ln("2024年3月18日"), "the notice's issue date", "2024年3月18日")
nm("deadline-later-than-baseline", ln("2024年12月20日前"), "the office's own reporting dates (2024年12月20日, 2025年1月15日 for the annual summary), not task deadlines", "2025年1月15日")
nm("deadline-later-than-baseline", ln("每季度末月25日前汇总通报"), "quarterly reporting rhythm of the leading-group office, no task deadline", "每季度末月25日前")
nm("deadline-later-than-baseline", ln("附件：隆德县数字政府建设重点任务清单"), "the period in the attachment title is not a deadline", "2024年—2025年")
# goals
nm("deadline-later-than-baseline", ln("2024年底前，县级数字政府工作体系基本健全"), "2024 goals: 外网全覆盖 task 48 (2024年), 政务云迁移 task 46 (2024年), “我的宁夏”应上尽上 task 86 (2024年) — equal", "2024年底前")
nm("deadline-later-than-baseline", ln("力争2025年"), "填表报数压减50% is task 106, 完成时限 2025年 — equal", "2025年")
nm("deadline-later-than-baseline", ln("到2035年"), "same 2035 goal as the region's 主要目标 (到2035年 数字政府全面建成)", "2035年")
# inline notes
nm("deadline-later-than-baseline", ln("完成时限：2024年取得明显成效"), "task 2 (产业云): 2023年启动，2024年取得明显成效 — completing milestone equal", "2024年取得明显成效")
nm("deadline-later-than-baseline", ln("县工业园区管委会；"), "task 3 (智慧园区): 持续推进，2025年取得明显成效 — equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", ln("2024年形成试点经验"), "task 7 (国家智慧教育平台): 2023年形成试点经验，2025年取得明显成效; the completing milestone 2025 is equal; the 2023 intermediate milestone lies before the plan's own year", "2024年形成试点经验，2025年取得明显成效")
nm("deadline-later-than-baseline", ln("引进和培育一批数据要素市场主体"), "task 12 (数据要素市场): 2025年 — equal", "2025年")
nm("deadline-later-than-baseline", ln("“一屏掌握”。（牵头单位"), "task 23 (一本账): 2024年; 2024年10月底前 is earlier", "2024年10月底前")
nm("deadline-later-than-baseline", ln("完成时限：2024年6月底前"), "tasks 48 (城域网、5级全覆盖), 46, 47, 50: all 2024年; 2024年6月底前 is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", ln("县大数据管理服务局"), "task 49 (视频一张网): 2025年 — equal (the unit on this line is the planted slip, not the date)", "2025年")
nm("deadline-later-than-baseline", ln("（牵头单位：县委编办"), "task 64 (各市、县（区）成立相应组织机构): 2025年; 2024年底前 is earlier", "2024年底前")
nm("deadline-later-than-baseline", ln("（牵头单位：县发改局"), "tasks 65 (经济治理数据, 2024年) and 66 (经济运行大数据平台, 2025年): 2024年 is equal/earlier", "2024年")
nm("deadline-later-than-baseline", ln("三级综治中心"), "task 83 (互联网+基层治理): 2025年; 2024年10月底前 is earlier", "2024年10月底前")
nm("deadline-later-than-baseline", ln("完成时限：2024年9月底前"), "task 86 (“我的宁夏”应上尽上): 2024年; task 87 (12345): 2023年启动，2025年完成 — 2024年9月底前 is earlier", "2024年9月底前")
nm("deadline-later-than-baseline", ln("固原市生态环境局隆德分局；"), "tasks 94 (2024年) and 95 (2025年): 2024年 is equal/earlier", "2024年")
nm("deadline-later-than-baseline", ln("完成时限：2024年12月底前"), "tasks 104, 105 (2024年) and 107 (2025年): 2024年12月底前 is equal/earlier", "2024年12月底前")
nm("deadline-later-than-baseline", ln("“隆德发布”"), "task 114 (政务新媒体矩阵): 2024年 — equal", "2024年")
# task table
nm("deadline-later-than-baseline", row(2), "task 11 (数字供销): 2023年完成主要建设任务，2025年取得明显成效 — completing milestone equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", row(6), "task 28 (试点示范): 2023年启动，2025年取得明显成效 — equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", row(11), "task 56 (非税收入收缴电子化): 2025年; 2025年6月底前 is earlier", "2025年6月底前")
nm("deadline-later-than-baseline", row(20), "task 96 (互联网+城乡供水): 2025年 — equal", "2025年")
nm("deadline-later-than-baseline", row(29), "task 121 (年度工作要点和考核指标体系): 长期坚持 — equal", "长期坚持")
# units
nm("unknown-unit", ln("各乡（镇）人民政府，县直各部门（单位）："), "collective subjects (各乡（镇）人民政府, 县直各部门（单位）)", "各乡（镇）人民政府")
nm("unknown-unit", row(16), "collective subject 各村（社区） (also 各乡（镇）人民政府)", "各村（社区）")
nm("unknown-unit", ln("县发展和改革局、财政局、审计局"), "the 县 prefix distributes: 县财政局, 县审计局 are in units.txt", "财政局、审计局")
nm("unknown-unit", ln("（牵头单位：县发改局"), "县发改局, 县工信商务局, 县税务局 are short names listed in units.txt", "县发改局")
nm("unknown-unit", ln("县工业园区管委会；"), "short name of 县工业园区管理委员会 (units.txt); 县应急局 likewise", "县工业园区管委会")
nm("unknown-unit", ln("固原市生态环境局隆德分局；"), "the county's environment body is a branch of the city bureau; listed in units.txt", "固原市生态环境局隆德分局")
nm("unknown-unit", ln("电信隆德分公司；完成时限"), "telecom operator branch, listed in units.txt as a short name", "电信隆德分公司")
nm("unknown-unit", row(15), "隆德县气象局 and 县消防救援大队 are vertical-managed units listed in units.txt", "隆德县气象局")
nm("unknown-unit", row(19), "县残联 is the short name of 县残疾人联合会 in units.txt", "县残联")
nm("unknown-unit", row(18), "县审批局 and 县市场监管局 are short names in units.txt", "县审批局")
nm("unknown-unit", ln("按照自治区政府办公厅统一部署"), "a regional body mentioned as the source of the deployment, not as the lead of a county task", "自治区政府办公厅")
nm("unknown-unit", ln("自治区各职能部门对行业数据"), "sentence copied from the region's text; 自治区各职能部门 is a regional collective, not a responsible unit of the county", "自治区各职能部门")
nm("unknown-unit", ln("推动自治区各部门相关业务系统"), "copied regional wording; 自治区各部门 is a collective in prose", "自治区各部门")
nm("unknown-unit", ln("县委、县政府切实履行"), "县委, 县政府 are in units.txt (中共隆德县委员会, 隆德县人民政府)", "县委、县政府")
# pillar
M.append({"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
          "why": "the 政务公开 section (七) is present with its heading intact; only a run in its first sentence is garbled, and the following three paragraphs carry the content"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一",
          "why": "section 四 takes up 五个一 and 六级贯通 at county level (健全组织机构, 厘清层级职责, 完善工作机制)"})

covers = []
def cv(task, line):
    covers.append({"task": task, "line": line})

cv(2, ln("完成时限：2024年取得明显成效"))
cv(3, ln("县工业园区管委会；"))
cv(6, ln("推动数字技术与传统公共事业融合"))
cv(7, ln("2024年形成试点经验"))
cv(8, row(3))
cv(10, row(1))
cv(11, row(2))
cv(12, ln("引进和培育一批数据要素市场主体"))
cv(14, ln("1.强化安全管理责任"))
cv(21, row(4))
cv(23, row(5))
cv(28, row(6))
cv(30, ln("2023年已完成全县政务数据资源目录编制"))
cv(32, ln("1.完善数据管理机制"))
cv(40, row(7))
cv(41, ln("4.促进数据有序开发利用"))
cv(48, row(9))
cv(49, row(26))
cv(54, row(10))
cv(56, row(11))
cv(64, ln("（牵头单位：县委编办"))
cv(71, row(12))
cv(77, row(13))
cv(79, row(14))
cv(80, row(15))
cv(83, row(16))
cv(84, ln("（四）提升普惠便捷的公共服务能力"))
cv(86, row(17))
cv(88, row(18))
cv(89, ln("提供优质便利的涉企服务"))
cv(93, row(19))
cv(96, row(20))
cv(98, row(21))
cv(104, row(22))
cv(105, row(23))
cv(106, row(24))
cv(107, row(25))
cv(112, row(27))
cv(114, row(28))
cv(115, ln("畅通政民互动渠道"))
cv(116, ln("（一）加强组织领导"))
cv(121, row(29))
cv(123, ln("（四）强化考核评价"))

key = {
    "writer": "blind writer, round 789; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("隆德县 (固原市) 2024 实施方案 assembled in a hurry from 宁政发〔2023〕17号 and last year's county plan: mixed （一）/(一) and 1./1． numbering, "
              "(五) used twice in section 五, sentences copied in the region's words (全区…, 自治区各职能部门, 自治区各部门, 一地创新、各地复用、全区受益), "
              "inline notes （牵头单位…；配合单位…；完成时限…） and a 29-row task table. No parent plan is given (固原's plan is not in the seeds), so deadlines are judged "
              "against the regional task list only. Table note 1 says the first-listed lead is the main lead. task-uncovered is not annotated; tasks meant only for "
              "the region (e.g. 19, 60-63) are not taken up on purpose."),
}
open('key.json', 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers;', len(lines), 'lines')
