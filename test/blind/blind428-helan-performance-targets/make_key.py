# Writes key.json and checks every line number and text against draft.txt (1-based).
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')


def L(snippet, nth=1):
    """1-based number of the nth line containing snippet."""
    hits = [i + 1 for i, ln in enumerate(lines) if snippet in ln]
    if len(hits) < nth:
        sys.exit('not found: %s' % snippet)
    return hits[nth - 1]


expect = [
    {"rule": "basis-mismatch", "line": L("宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
    {"rule": "deadline-later-than-baseline", "line": L("力争到2026年"), "text": "2026年",
     "why": "主要目标 goal later than the region's: 宁政发〔2023〕17号 says 到2025年，全区各级数字政府建设“34567”体系框架全面成型、工作体制逐步健全、政府数字化履职能力明显提升; the draft puts the same goal in 2026"},
    {"rule": "deadline-later-than-baseline", "line": L("城域网升级改造及乡、村两级全覆盖完成时间"), "text": "2025年6月底前",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; the 时效 indicator gives 2025年6月底前 (the draft itself says 到2024年底 elsewhere and its project 2 runs 2024年3月—12月)"},
    {"rule": "deadline-invalid", "line": L("20244年"), "text": "20244年",
     "why": "impossible year (typing slip for 2024年) in the 时效 indicator 项目政府采购合同签订时间"},
    {"rule": "unknown-unit", "line": L("自治区政府办公厅\t县大数据服务中心"), "text": "自治区政府办公厅",
     "why": "a regional body named as 牵头单位 of a county project (电子政务外网乡村延伸及城域网升级改造), copied from task 48's regional lead; a county project's lead must be a county unit (here 县大数据服务中心)"},
    {"rule": "unknown-unit", "line": L("县数据局"), "text": "县数据局",
     "why": "not in units.txt; the county has no 县数据局 (its data body is 县大数据服务中心)"},
    {"rule": "garbled-text", "line": L("鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁",
     "why": "UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 政务数据共享交换接口调用成功率 (the last character lost a byte and shows as 鐜?)"},
]

mnf = [
    {"rule": "basis-mismatch", "line": L("中发〔2018〕34号"), "text": "中发〔2018〕34号",
     "why": "correct citation of 《中共中央 国务院关于全面实施预算绩效管理的意见》, a budget-performance document, not a digital-government basis"},
    {"rule": "basis-mismatch", "line": L("财预〔2020〕10号"), "text": "财预〔2020〕10号",
     "why": "correct 文号 of the 财政部 notice issuing 《项目支出绩效评价管理办法》"},
    {"rule": "basis-mismatch", "line": L("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention (2020年以来…先后建成) of the 2020 工作要点 with its correct title and 文号; not cited as the basis of this table"},
    {"rule": "deadline-invalid", "line": L("2023年，我县完成首批412条"), "text": "2023年",
     "why": "past date in the background (what was done in 2023), not a deadline; task 30 (政务数据资源目录) was due 2023 and was met"},
    {"rule": "deadline-later-than-baseline", "line": L("到2024年底，全县非涉密"), "text": "到2024年底",
     "why": "equal to tasks 43 (2024年建成，持续推进), 48 (2024年) and 84 (2024年); 视频一张网 only started, task 49 is 2025年"},
    {"rule": "deadline-later-than-baseline", "line": L("迁移上政务信创云的县级非涉密"), "text": "2024年12月底前",
     "why": "task 43 (推进现有政务云向政务信创云安全过渡) 完成时限 2024年建成，持续推进: equal"},
    {"rule": "deadline-later-than-baseline", "line": L("电子政务外网新增接入乡镇"), "text": "2024年12月底前",
     "why": "task 48 完成时限 2024年: equal (the late one is the 时效 row further down)"},
    {"rule": "deadline-later-than-baseline", "line": L("接入“视频一张网”的公共视频监控点位"), "text": "2024年12月底前",
     "why": "task 49 (视频一张网) 完成时限 2025年: earlier; ≥1200路 is an indicator value, not a year"},
    {"rule": "deadline-later-than-baseline", "line": L("开展常态化网络安全应急演练"), "text": "2024年12月底前",
     "why": "task 18 (常态化安全防护和应急演练) 完成时限 2023年形成机制，长期坚持: a drill in the budget year carries out an ongoing task, it is not late"},
    {"rule": "deadline-later-than-baseline", "line": L("组织干部数字化能力专题培训"), "text": "2024年12月底前",
     "why": "task 118 (培训体系，定期开展培训) 完成时限 2023年完成并长期坚持, owned by 自治区党委组织部/党校: the county's training in 2024 is the ongoing part, not a late completion"},
    {"rule": "deadline-later-than-baseline", "line": L("政府网站、政务服务场所适老化"), "text": "2024年12月底前",
     "why": "task 93 (适老化与信息无障碍建设) 完成时限 2024年: equal"},
    {"rule": "deadline-later-than-baseline", "line": L("“视频一张网”县级节点建成时间"), "text": "2025年12月底前",
     "why": "task 49 (全区统一的视频共享平台、视频一张网) 完成时限 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": L("基层干部填表报数工作量压减比例"), "text": "2025年6月底前",
     "why": "task 106 (填表报数系统，工作量压减50%以上) 完成时限 2025年: same year, not later; ≥50% is the region's own figure"},
    {"rule": "deadline-later-than-baseline", "line": L("云资源统一调度机制\t长期有效"), "text": "长期坚持",
     "why": "sustainability indicator of a mechanism (task 46, 2024年) kept up after it is built; 长期坚持 is not a later completion"},
    {"rule": "deadline-later-than-baseline", "line": L("2024年启动，2025年12月底前建成"), "text": "2025年12月底前",
     "why": "tasks 49 (视频一张网) and 81 (视频指挥调度体系) 完成时限 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": L("资金支出进度"), "text": "2024年11月底前",
     "why": "the office's own budget-execution date in the budget year, not a task deadline"},
    {"rule": "deadline-later-than-baseline", "line": L("2025年1月底前完成年度绩效自评"), "text": "2025年1月底前",
     "why": "the office's own reporting date (annual performance self-evaluation after the budget year), not a task deadline"},
    {"rule": "deadline-invalid", "line": L("2024年7月15日前"), "text": "2024年7月15日前",
     "why": "reporting date inside the budget year, valid"},
    {"rule": "deadline-invalid", "line": L("2024年12月31日统计数据"), "text": "2024年12月31日",
     "why": "budget-year cut-off date for the percentage indicators, valid"},
    {"rule": "deadline-invalid", "line": L("专项资金共计1560万元"), "text": "1560万元",
     "why": "fund amounts (1560、600、260、700万元), not years"},
    {"rule": "deadline-invalid", "line": L("12345热线工单按时办结率"), "text": "12345",
     "why": "the hotline's name and ≥95% target, not a date"},
    {"rule": "deadline-later-than-baseline", "line": L("企业和群众对政务服务满意度\t≥95%"), "text": "≥95%",
     "why": "满意度 target with the budget-year date 2024年12月底前; a percentage, not a deadline"},
    {"rule": "unknown-unit", "line": L("县直各部门（单位）\t2024年1月—12月"), "text": "县直各部门（单位）",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": L("等县直有关部门"), "text": "县直有关部门",
     "why": "collective subject after a list of named units (县公安局、县自然资源局 are in units.txt)"},
    {"rule": "unknown-unit", "line": L("县民政局、各乡镇人民政府、各村（社区）"), "text": "各村（社区）",
     "why": "collective subjects 各乡镇人民政府 and 各村（社区）"},
    {"rule": "unknown-unit", "line": L("\t县政府办\t"), "text": "县政府办",
     "why": "short name of 县人民政府办公室 listed in units.txt"},
    {"rule": "unknown-unit", "line": L("县发改局、县统计局"), "text": "县发改局",
     "why": "short name of 县发展和改革局 in units.txt; 县市场监管局 on the same line is the short name of 县市场监督管理局"},
    {"rule": "unknown-unit", "line": L("按照自治区政府办公厅统一部署"), "text": "自治区政府办公厅",
     "why": "the regional office whose deployment is followed, not a responsible or lead unit of a county task"},
    {"rule": "unknown-unit", "line": L("数字宁夏建设运营有限公司"), "text": "数字宁夏建设运营有限公司",
     "why": "the region's state-owned operator (task 62, the 五个一's 国有控股企业) engaged as a service provider, not a responsible unit; 县委 and 县推进数字政府建设领导小组 on the same line are the county's leadership (the latter is in units.txt)"},
    {"rule": "unknown-unit", "line": L("宁夏干部教育培训网络学院"), "text": "宁夏干部教育培训网络学院",
     "why": "a training platform used, not a responsible unit"},
    {"rule": "unknown-unit", "line": L("贺兰工业园区管委会"), "text": "贺兰工业园区管委会",
     "why": "listed in units.txt; 县工业和信息化局 likewise"},
    {"rule": "garbled-text", "line": L("政务信创云资源可用率"), "text": "≥99.9%",
     "why": "ordinary ≥ sign and decimal, not mojibake"},
    {"rule": "garbled-text", "line": L("注：1．指标值中"), "text": "“≥”“≤”",
     "why": "the note explaining ≥ and ≤, not damaged text"},
    {"rule": "garbled-text", "line": L("“我的宁夏”政务APP贺兰专区"), "text": "APP",
     "why": "Latin letters in the app's official name, not damage"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "taken up in the data-resource direction (推动数据要素有序流通，营造良好数字生态) and the public-data project"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一",
     "why": "the county's 领导小组, 县政府办公室 (行政), 县大数据服务中心 (事业单位) and 数字宁夏建设运营有限公司 (国企) are set out in 保障措施（一）, with 六级贯通"},
    {"rule": "missing-pillar", "line": 0, "pillar": "经济调节",
     "why": "project 10: 县域经济运行监测分析 on the regional 经济运行大数据平台"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "project 11 and the 政府网站和政务新媒体 抽查合格率 indicator"},
]

covers = [
    {"task": 43, "line": L("迁移上政务信创云的县级非涉密")},
    {"task": 46, "line": L("纳入全区一体化政务云平台统一管理和调度")},
    {"task": 47, "line": L("扩容互联网出口带宽")},
    {"task": 48, "line": L("电子政务外网新增接入乡镇")},
    {"task": 50, "line": L("有序推进非涉密业务专网向电子政务外网整合迁移")},
    {"task": 41, "line": L("编制公共数据开放目录及责任清单")},
    {"task": 42, "line": L("推进供水、供电、供气等公共数据与政务数据融合应用")},
    {"task": 18, "line": L("建立动态监控、主动防御、协同响应")},
    {"task": 84, "line": L("政务服务事项网上可办率", 2)},
    {"task": 86, "line": L("“我的宁夏”政务APP贺兰专区新增")},
    {"task": 93, "line": L("政府网站、政务服务场所适老化")},
    {"task": 87, "line": L("完成热线智能交互建设")},
    {"task": 49, "line": L("“视频一张网”县级节点建成时间")},
    {"task": 81, "line": L("建设县级综合指挥调度平台")},
    {"task": 105, "line": L("推广全区统一的协同办公平台和“宁政通”移动办公")},
    {"task": 106, "line": L("基层干部填表报数工作量压减比例")},
    {"task": 70, "line": L("“双随机、一公开”综合监管平台实施差异化监管")},
    {"task": 66, "line": L("依托自治区经济运行大数据平台")},
    {"task": 112, "line": L("完善政务公开信息化平台")},
    {"task": 114, "line": L("规范政务新媒体矩阵管理")},
    {"task": 3, "line": L("提升园区公共服务、资源匹配")},
    {"task": 10, "line": L("推进数字乡村建设")},
    {"task": 96, "line": L("升级农村供水工程数字化监测")},
    {"task": 77, "line": L("矛盾纠纷线上受理统一归集率")},
    {"task": 26, "line": L("出台数字政府建设制度规范")},
    {"task": 64, "line": L("县推进数字政府建设领导小组统筹")},
    {"task": 25, "line": L("一律不予安排建设及运维经费")},
    {"task": 122, "line": L("将数字政府建设纳入县效能目标管理考核")},
    {"task": 123, "line": L("考核结果作为领导班子")},
]

key = {
    "writer": "blind writer, round 428; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
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
    "notes": (
        "A county 绩效目标表 (performance-target table) for the 2024 数字政府 special fund of 贺兰县 (银川市), dated 2024-02-26, "
        "checked against 宁政发〔2023〕17号 only (no parent plan). Table 1 is tab-separated (一级指标 | 二级指标 | 三级指标 | 指标值 | 完成时限); "
        "an empty first cell continues the group above; in 时效 rows the date is the 指标值 and 完成时限 says 同指标值. Table 2 lists the 15 funded projects "
        "(牵头单位 and 配合单位 are separate columns; each project has a single lead). Line 11 also carries the correct national citation "
        "(国发〔2022〕14号) and the task list's title period (2023年—2025年); they are not annotated because the planted basis-mismatch is on that line. "
        "Lines 68 and 70 also carry collective subjects (各乡镇人民政府, 县直各部门（单位）), not annotated for the same reason. "
        "Line 24 (到2024年底 外网三级覆盖) and line 47 (2025年6月底前) contradict each other on purpose; only line 47 is later than task 48. "
        "All pillars are meant to be covered by content, however thinly, since a fund table only lists what it pays for."
    ),
}

for e in expect + mnf:
    if e["line"] and e.get("text") and e["text"] not in lines[e["line"] - 1]:
        sys.exit('text not on line: %r' % e)

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text'))
