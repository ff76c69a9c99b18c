#!/usr/bin/env python3
# Builds draft.txt from body.part + table.part (table rows written with '|' and joined by tabs)
# and writes key.json with every line number computed against the final draft.txt.
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
body = open('body.part', encoding='utf-8').read().splitlines()
out = []
for l in open('table.part', encoding='utf-8').read().splitlines():
    if '|' in l:
        f = l.split('|'); assert len(f) == 6, l; out.append('\t'.join(f))
    else:
        out.append(l)
lines = body + out
open('draft.txt', 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
lines = open('draft.txt', encoding='utf-8').read().split('\n')[:-1]

def L(sub, also=None, n=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l and (also is None or also in l)]
    if n is None:
        assert len(hits) == 1, (sub, also, hits)
        return hits[0]
    return hits[n]

def E(rule, sub, text, why, also=None):
    ln = L(sub, also); assert text in lines[ln - 1], (text, ln)
    return {"rule": rule, "line": ln, "text": text, "why": why}

row = lambda k: L(k)   # a table row found by a phrase of its 重点任务

expect = [
    E("basis-mismatch", "（宁政发〔2023〕71号）", "宁政发〔2023〕71号",
      "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71 is a transposition"),
    E("unknown-unit", "推进区级政务信息系统向政务信创云有序迁移", "自治区政府办公厅",
      "a regional body (copied from task 46's 责任单位) named in the 责任单位 (lead) column of a district task; the district lead would be 区大数据服务中心"),
    E("deadline-later-than-baseline", "适老化与信息无障碍建设。\t", "2025年6月底前",
      "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; the row postpones it to mid-2025 (备注 even says it was due this year)"),
    E("deadline-invalid", "填表报数系统，整合区级", "13月",
      "2024年13月底前: there is no 13th month (task 106, 完成时限 2025年)"),
    E("unknown-unit", "统筹整合非涉密视频会议系统资源，形成", "区信息中心",
      "not in units.txt (stale name; the district's technical body is 区大数据服务中心); it sits in the 配合单位 column"),
    E("garbled-text", "娣卞寲鏁版嵁", "娣卞寲鏁版嵁楂樻晥鍏变韩",
      "UTF-8 read as GBK; decodes to 深化数据高效共享 (the sub-item title)"),
]

def M(rule, sub, why, text=None, also=None):
    ln = L(sub, also)
    d = {"rule": rule, "line": ln}
    if text is not None:
        assert text in lines[ln - 1], (text, ln); d["text"] = text
    d["why"] = why
    return d

R = "remark in the 备注 column, not a deadline"
mnf = [
    M("basis-mismatch", "（国发〔2022〕14号）", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"),
    M("basis-mismatch", "宁政办发〔2023〕11号", "cited exactly as in the 吴忠 parent plan's preamble", "宁政办发〔2023〕11号"),
    M("basis-mismatch", "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the city plan cited by its correct title; it has no 文号", "关于加强数字政府建设的实施方案"),
    M("basis-mismatch", "（宁政办发〔2020〕14号）印发以来", "retrospective mention of the 2020 工作要点 in the background section, correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号"),
    M("basis-mismatch", "利政办发〔2024〕12号", "the document's own 文号 in the 通知 header", "利政办发〔2024〕12号"),
    M("deadline-invalid", "2024年3月18日", "the issue date of the 通知", "2024年3月18日"),
    M("deadline-invalid", "2023年，区级政务服务事项", "past years in the background (工作基础) section (2023年 progress, 2020年 in the old document's title), not deadlines", "2023年"),
    M("deadline-later-than-baseline", "到2024年底", "equal: tasks 48 (5级全覆盖, 2024年), 46 (系统迁移, 2024年), 43 (2024年建成，持续推进) and 86 (我的宁夏 应上尽上, 2024年)", "2024年底"),
    M("deadline-later-than-baseline", "“1347”体系框架全面成型", "equal to the regional goal (到2025年 “34567”体系框架全面成型) and the 吴忠 goal (到2025年 “1347”体系框架全面成型)", "到2025年"),
    M("deadline-later-than-baseline", "到2035年", "equal to the regional and city 2035 goal", "到2035年"),
    M("deadline-later-than-baseline", "2024年底前完成区级非涉密政务信息系统迁移上云", "equal: task 46 2024年 / task 43 2024年建成", "2024年底前"),
    M("deadline-later-than-baseline", "2024年底前实现区、乡、村电子政务外网全覆盖", "equal: task 48 2024年", "2024年底前"),
    M("deadline-later-than-baseline", "2024年6月底前，区级政务服务", "earlier than task 86 (2024年)", "2024年6月底前"),
    M("deadline-invalid", "报送年度工作总结", "the office's own reporting dates (每季度末月25日前, 2024年12月10日前), not task deadlines", "2024年12月10日前"),
    M("deadline-invalid", "2023年形成机制，长期坚持", "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan's year; also not later than tasks 14/15 (2023年)", "2023年形成机制"),
    M("deadline-invalid", "2023年已组织网络安全应急演练", R + " (past progress)", "2023年已组织"),
    M("deadline-later-than-baseline", "推动各类行政权力事项网上运行", "2024年9月底前 is earlier than task 21 (2024年)", "2024年9月底前"),
    M("deadline-later-than-baseline", "积极申报自治区、吴忠市数字政府试点示范。\t", "task 28 is 2023年启动，2025年取得明显成效; the completing milestone (2025年) is equal, only the start year differs", "2025年取得明显成效"),
    M("deadline-later-than-baseline", "编制本区公共数据开放目录", "equal: task 41 2024年", "2024年"),
    M("unknown-unit", "中国电信吴忠分公司承建", "contractor named in the 备注 column, not a responsible unit", "中国电信吴忠分公司"),
    M("deadline-invalid", "2023年已覆盖全部乡镇", R + " (past progress); the row's 完成时限 2024年 equals task 48", "2023年已覆盖"),
    M("unknown-unit", "区卫健局、医保局", "prefix distributes: 医保局 = 区医保局 (alias of 区医疗保障局 in units.txt)", "医保局"),
    M("deadline-later-than-baseline", "所需资金已纳入2024年区级财政预算", "funding " + R + "; the row's 2025年 equals task 56 (2025年)", "2024年区级财政预算"),
    M("deadline-later-than-baseline", "二期拟申请2025年", "funding " + R + "; the row's 2025年底前 equals task 3 (持续推进，2025年取得明显成效); 2023年10月 in the same remark is past progress", "2025年自治区工业和信息化专项资金"),
    M("deadline-later-than-baseline", "广泛汇聚重点企业实时生产和销售数据", "equal: task 2 (2023年启动，2024年取得明显成效)", "2024年"),
    M("unknown-unit", "由市大数据局统筹", "city unit in a remark; 市大数据局 is an alias of 市大数据管理服务局 in units.txt", "市大数据局"),
    M("deadline-later-than-baseline", "争取纳入2024年自治区数字乡村试点", "funding/progress " + R + "; the row's deadline equals task 10", "2024年"),
    M("deadline-later-than-baseline", "监测设备运维服务合同期至2026年12月", "a maintenance contract term in the 备注 column, not the task's deadline; the row's 2024年 equals task 94 (2024年)", "2026年12月"),
    M("deadline-invalid", "2023年已建成城乡供水数字化管理平台一期", R + " (past progress); the row's 2025年 equals task 96", "2023年已建成"),
    M("deadline-later-than-baseline", "持续优化12345政务服务便民热线，推动“接诉即办”“即问即答”。\t", "task 87 (12345 “接诉即办”“即问即答”, 2023年启动，2025年完成): equal; it is not task 115 (政民互动平台, 2024年)", "2025年"),
    M("deadline-later-than-baseline", "每年度制定数字政府工作要点和重点任务考核指标体系，形成", "equal: task 121 长期坚持", "长期坚持"),
    M("unknown-unit", "各乡镇人民政府、各街道办事处，区直各部门（单位）：", "collective subjects", "区直各部门（单位）"),
    M("unknown-unit", "各村（社区）\t", "collective subjects (各乡镇人民政府、各街道办事处、各村（社区）)", "各村（社区）"),
    M("unknown-unit", "区委政法委，各乡镇（街道）", "collective subject", "各乡镇（街道）"),
    M("unknown-unit", "配合自治区政府办公厅推进现有政务云", "a regional body mentioned as the one the district supports, not as lead of a district task", "自治区政府办公厅"),
    M("unknown-unit", "宁夏干部教育培训网络学院", "a training platform whose courses are used, not a responsible unit", "宁夏干部教育培训网络学院"),
    M("unknown-unit", "梳理区直部门数字化发展相关职责分工", "区政府办 is an official short name in units.txt", "区政府办"),
    M("unknown-unit", "区审批局、区民政局、区残联", "区残联 is in units.txt (a mass organisation, listed as cooperating)", "区残联"),
    M("unknown-unit", "区农业农村局、金积工业园区管委会", "park management committee, in units.txt", "金积工业园区管委会"),
    M("unknown-unit", "区委组织部会同区委党校", "区委党校 is in units.txt", "区委党校"),
    M("garbled-text", "巩固提升“易办·吴优”政务服务品牌", "a real service brand with a middle dot, not mojibake", "易办·吴优"),
]

covers_spec = [
    (2, "广泛汇聚重点企业实时生产和销售数据"), (3, "加快推进“智慧园区”建设"), (6, "推动教育、健康、就业、文化旅游、养老托育等服务数字化，扩大优质公共资源服务覆盖面。\t"),
    (9, "推进城市运行管理服务平台区级应用建设"), (10, "推进数字乡村建设，补齐乡村信息基础设施短板，构建"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (18, "2023年形成机制，长期坚持"),
    (20, "梳理区直部门数字化发展相关职责分工"), (21, "推动各类行政权力事项网上运行"), (28, "积极申报自治区、吴忠市数字政府试点示范。\t"),
    (32, "健全数据管理机制。"), (41, "编制本区公共数据开放目录"), (40, "规范电子公文全流程管理"), (54, "规范电子公文全流程管理"),
    (46, "推进区级政务信息系统向政务信创云有序迁移"), (48, "开展城域网升级改造，推进区、乡、村"), (50, "有序推进非涉密业务专网向电子政务外网整合迁移。\t"),
    (49, "接入全区统一的视频共享平台"), (56, "推进非税收入收缴电子化管理"), (57, "完善社会信用信息共享机制"),
    (64, "（一）健全组织机构。"), (66, "积极对接使用宁夏经济运行大数据平台，加强重点企业、重点产品运行监测，强化"),
    (68, "推行“照单监管”"), (71, "全链条数字化追溯监管"), (88, "加快“证照分离”改革"), (77, "线上“一站式”受理渠道"),
    (79, "持续推进“雪亮工程”，完善"), (80, "推进“智慧应急”建设，迭代升级"), (83, "深入实施“互联网+基层治理”行动，构建"),
    (84, "扩能升级“互联网+政务服务”区级应用"), (85, "深化“一件事一次办”改革"), (86, "推动区级政务服务、公共服务应用接入“我的宁夏”"),
    (87, "持续优化12345政务服务便民热线，推动“接诉即办”“即问即答”。\t"), (93, "适老化与信息无障碍建设。\t"),
    (94, "完善区级生态环境数据交换"), (96, "推进数字孪生灌区建设"), (97, "配合建设宁夏自然资源三维立体"),
    (104, "推广应用全区统一的协同办公平台和“宁政通”，实现"), (105, "推广应用全区统一的协同办公平台和“宁政通”，实现"),
    (106, "填表报数系统，整合区级"), (107, "统筹整合非涉密视频会议系统资源，形成"), (111, "整合机关事务管理信息系统，推进公共机构节能、公务用车等核心应用统一建设。\t"),
    (112, "进一步完善政务公开信息化平台"), (114, "构建政务新媒体矩阵体系，开发"), (117, "加大数字化专业人才引进力度"),
    (116, "纳入“一把手工程”"), (118, "将提高领导干部数字治理能力纳入"), (121, "每年度制定数字政府工作要点和重点任务考核指标体系，形成"),
    (122, "纳入全区效能目标管理考核"), (123, "纳入全区效能目标管理考核"), (25, "将数字政府建设经费纳入年度预算"),
]
covers = [{"task": t, "line": L(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 714; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("利通区 2024 实施方案 (利政办发〔2024〕12号, 2024-03-18), “1347” framework after the 吴忠 plan. "
              "The annex task table (lines %d-%d) is tab-separated with the columns 序号 | 责任单位 | 重点任务 | 完成时限 | 配合单位 | 备注: "
              "the 责任单位 (lead) column comes before the task text, 配合单位 after the deadline, and the 备注 column holds progress and funding remarks "
              "with years (2023 past progress, 2024/2025 budget years, a contract term to 2026) that are not deadlines. "
              "A note above the table says the first unit of a multi-unit lead cell is the main lead. Empty 备注 cells are kept as a trailing tab. "
              "No task is deliberately left out, so there is no task-uncovered entry.") % (L("序号\t责任单位"), len(lines)),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(lines), "lines;", len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
