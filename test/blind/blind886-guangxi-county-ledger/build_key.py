# -*- coding: utf-8 -*-
# Builds key.json from draft.txt, locating every line by its text (1-based), and fails on any ambiguity.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(*needles, field=None):
    hits = [i + 1 for i, l in enumerate(L) if all(n in (l.split("\t")[field] if field is not None and "\t" in l else l) for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

GX = "regional tasks are numbered 1-43 in the order of the inline (責任單位…完成時限…) notes of 桂政发〔2022〕31号"

expect = [
 {"rule": "basis-mismatch", "line": ln("桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
  "why": "《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (2022-11-30); the digits are swapped"},
 {"rule": "deadline-later-than-baseline", "line": ln("12345热线，加强与110"), "text": "2026年6月底",
  "why": "task 8 (二（四） 12345政务服务便民热线: 热线归并、与110/119/120/122联动), 完成时限 2025年底; the county puts it half a year later"},
 {"rule": "deadline-invalid", "line": ln("前置机部署"), "text": "2022年12月底",
  "why": "the ledger is a 2023 document (dated 2023年3月20日); a task deadline in 2022 lies before the year it is issued (copied from last year's ledger). The row itself is task 34 (数据共享, 持续开展)"},
 {"rule": "unknown-unit", "line": ln("IPv6"), "text": "县电子政务办",
  "why": "not in units.txt (an abolished body; the 电子政务外网 is run by 县大数据发展局); listed first, so it is the row's lead"},
 {"rule": "garbled-text", "line": ln("鎺ㄨ繘"), "text": "鎺ㄨ繘鐢靛瓙璇佺収",
  "why": "UTF-8 bytes of 推进电子证照 read as GBK; re-encoding as GBK and decoding as UTF-8 recovers it"},
 {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
  "why": "二（七） 推进公开平台智能集约发展，提升政务公开水平 (task 22: 政府网站集约化平台, 政策文件库, 政务新媒体, 政策精准推送, 政民互动; 各市人民政府, 2025年底) has no row at all; the only '公开' in the draft is 双随机、一公开 (市场监管)"},
]

mnf = [
 # deadlines
 {"rule": "deadline-later-than-baseline", "line": ln("完成县级监管事项清单认领"), "text": "2025年底",
  "why": "task 3 (二（二） 一体化在线监管 / 互联网+监管), 完成时限 2025年底: equal"},
 {"rule": "deadline-later-than-baseline", "line": ln("推广“智桂通”移动端应用"), "text": "2025年12月",
  "why": "task 9 (二（四） 智桂通 移动开放生态体系), 完成时限 2025年底: 2025年12月 is the same milestone"},
 {"rule": "deadline-later-than-baseline", "line": ln("监管业务数据汇聚至自治区"), "text": "2024年6月底",
  "why": "task 3 (互联网+监管 数据汇聚), 完成时限 2025年底: earlier"},
 {"rule": "deadline-later-than-baseline", "line": ln("工单按月分析机制"), "text": "2023年6月底",
  "why": "task 8 (12345热线 数据社情民意分析), 完成时限 2025年底: earlier"},
 {"rule": "deadline-later-than-baseline", "line": ln("力争到2025年"), "text": "到2025年",
  "why": "主要目标: 到2025年…数字政府体系框架基本形成 — the county goal has the same year as the region's"},
 {"rule": "deadline-later-than-baseline", "line": ln("2024年6月底前完成"), "text": "2023年启动，2024年6月底前完成",
  "why": "task 36 (六（一） 政务云), 完成时限 持续开展: the region sets no completing milestone, so a 2024 milestone is not later"},
 {"rule": "deadline-later-than-baseline", "line": ln("红水河忻城段"), "text": "持续推进",
  "why": "task 16 (二（五） 生态环保协同治理, 生态环境“互联网+监管”), 持续开展: equal; the words 互联网+监管 do not make it task 3 (2025年底)"},
 {"rule": "deadline-later-than-baseline", "line": ln("根据企业信用风险分类结果"), "text": "持续推进",
  "why": "task 2 (二（二） 根据企业信用实施差异化监管), 持续开展: equal"},
 {"rule": "deadline-later-than-baseline", "line": ln("2024年1月10日前"), "text": "2024年1月10日",
  "why": "the office's own reporting date for the 2023 annual summary, not a task deadline"},
 {"rule": "deadline-invalid", "line": ln("截至2022年底"), "text": "2022年底",
  "why": "past date in the 工作基础 background, not a deadline"},
 {"rule": "deadline-invalid", "line": len(L), "text": "2023年3月20日",
  "why": "the ledger's own issue date"},
 # basis
 {"rule": "basis-mismatch", "line": ln("国发〔2018〕27号"), "text": "国发〔2018〕27号",
  "why": "retrospective mention of a real earlier document (国务院关于加快推进全国一体化在线政务服务平台建设的指导意见, 2018) in the background; not a basis document, title and 文号 belong together"},
 {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国发〔2022〕14号",
  "why": "correct title and 文号 of the national 指导意见"},
 # units: prefix distribution, collectives, aliases, registered non-obvious names
 {"rule": "unknown-unit", "line": ln("县发展和改革局、统计局、大数据发展局"), "text": "统计局",
  "why": "prefix 县 distributes: 县统计局, 县大数据发展局"},
 {"rule": "unknown-unit", "line": ln("县委网信办、保密办"), "text": "保密办",
  "why": "prefix 县委 distributes: 县委保密办 is in units.txt"},
 {"rule": "unknown-unit", "line": ln("县委组织部、党校"), "text": "党校",
  "why": "prefix 县委 distributes: 县委党校"},
 {"rule": "unknown-unit", "line": ln("双随机、一公开"), "text": "县直有关部门", "why": "collective subject"},
 {"rule": "unknown-unit", "line": ln("将数字政府建设经费纳入"), "text": "县直各部门（单位）", "why": "collective subject"},
 {"rule": "unknown-unit", "line": ln("网格化服务管理平台"), "text": "各乡镇人民政府", "why": "collective subject"},
 {"rule": "unknown-unit", "line": ln("便民服务站标准化建设"), "text": "各村（社区）", "why": "collective subject"},
 {"rule": "unknown-unit", "line": ln("工单按月分析机制"), "text": "县大数据局", "why": "short name of 县大数据发展局 in units.txt"},
 {"rule": "unknown-unit", "line": ln("根据企业信用风险分类结果"), "text": "县市场监管局、县发改局", "why": "short names in units.txt"},
 {"rule": "unknown-unit", "line": ln("红水河忻城段"), "text": "县生态环境局", "why": "short name of 来宾市忻城生态环境局 in units.txt"},
 {"rule": "unknown-unit", "line": ln("空气、水质自动监测"), "text": "来宾市忻城生态环境局",
  "why": "the county's own (city-branch) ecology bureau, listed in units.txt; not a city or regional body leading a county task"},
 {"rule": "unknown-unit", "line": ln("财政电子票据"), "text": "县税务局", "why": "short name of 国家税务总局忻城县税务局 in units.txt"},
 {"rule": "unknown-unit", "line": ln("12345热线，加强与110"), "text": "县消防救援大队", "why": "short name of 忻城县消防救援大队 in units.txt"},
 {"rule": "unknown-unit", "line": ln("5G基站"), "text": "中国电信忻城分公司", "why": "operator outside government, listed in units.txt"},
 {"rule": "unknown-unit", "line": ln("矛盾纠纷信息互联互通"), "text": "县人民法院", "why": "listed in units.txt (as is 县人民检察院)"},
 {"rule": "unknown-unit", "line": ln("智慧小区2个"), "text": "城关镇人民政府", "why": "listed in units.txt"},
 # leaders and persons are not bodies
 {"rule": "unknown-unit", "line": ln("预算管理一体化"), "text": "韦海峰（县委常委、常务副县长）", "why": "责任领导: a person and post, not a unit"},
 {"rule": "unknown-unit", "line": ln("雪亮工程"), "text": "蓝建华（副县长、县公安局局长）", "why": "责任领导: a person and post, not a unit"},
 {"rule": "unknown-unit", "line": ln("调整充实县数字政府建设工作领导小组"), "text": "覃立新（县委副书记、县长）", "why": "责任领导: a person and post; 县数字政府建设工作领导小组 in the task text is not a responsible unit either"},
 {"rule": "unknown-unit", "line": ln("空气、水质自动监测"), "text": "蒙春华（来宾市忻城生态环境局局长）", "why": "责任人: a person and post"},
 {"rule": "unknown-unit", "line": ln("工单按月分析机制"), "text": "覃丽娟（县大数据发展局副局长）", "why": "责任人: a person and post"},
 {"rule": "unknown-unit", "line": ln("党政机关综合办公平台"), "text": "潘红梅（县委办公室副主任）", "why": "责任人: a person and post (as is 韦秀峰（县人民政府办公室主任）)"},
 {"rule": "unknown-unit", "line": ln("网格化服务管理平台"), "text": "覃永康（县委政法委常务副书记）", "why": "责任人: a person and post"},
 {"rule": "unknown-unit", "line": len(L) - 1, "text": "忻城县数字政府建设工作领导小组办公室", "why": "the issuing office's signature, not a responsible unit"},
 {"rule": "unknown-unit", "line": ln("监管业务数据汇聚至自治区"), "text": "自治区“互联网+监管”系统", "why": "a regional system named in the task text, not a regional body leading the task"},
 # pillars
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up on the 数据要素市场 / 公平竞争审查 rows (七（三）)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护", "why": "section 五 of the ledger"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "党的领导 items are taken up in section 十二 (领导小组, 培训, 人才, 考核)"},
 # text
 {"rule": "garbled-text", "line": ln("天地图·广西"), "text": "天地图·广西", "why": "the middle dot is part of the platform's name"},
]

cov = [(1,"按月归集机制"),(2,"双随机、一公开"),(3,"完成县级监管事项清单认领"),(4,"网格化服务管理平台"),
 (5,"雪亮工程"),(6,"县级应急指挥信息平台"),(7,"同源发布"),(8,"工单按月分析机制"),(9,"推广“智桂通”移动端应用"),
 (10,"中小学云课堂"),(11,"社会保障卡"),(12,"全民健康信息平台"),(13,"建筑工程智慧安全监管平台"),(14,"体育+数字"),
 (15,"智慧养老"),(16,"空气、水质自动监测"),(17,"国土空间规划"),(18,"碳汇"),(19,"数字政府大脑"),
 (20,"党政机关综合办公平台"),(21,"桂在行"),(23,"安全工作协调机制"),(24,"等级保护测评"),(25,"数据安全监测预警"),
 (26,"安全态势感知"),(27,"安全可靠技术"),(28,"行政许可管理"),(29,"政务信息化项目统筹"),(30,"规范性文件"),
 (31,"标准规范"),(32,"试点示范"),(33,"数据质量管理"),(34,"政务数据资源目录"),(35,"公共数据开放目录"),
 (36,"政务云"),(37,"向村（社区）延伸"),(38,"智能算法库"),(39,"财政电子票据"),(41,"数字化车间"),(42,"数字乡村"),(43,"数据要素市场")]
covers = [{"task": t, "line": ln(s)} for t, s in cov]

key = {
 "writer": "blind writer, round 886; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("来宾市忻城县 2023年数字政府建设工作台账 (preface + 85-row ledger: 序号/工作任务/责任领导/责任单位/责任人/完成时限), checked against guangxi-2022 with the county's own units.txt; no parent plan. "
           "Task numbers: " + GX + " (1 经济调节 … 22 政务公开 … 43 数字生态); task 23 (安全管理责任) names no 各市人民政府. "
           "The draft states that the first-listed unit of a cell is its lead. Leaders and persons are named with their posts; none of them is a body. "
           "Task 22 (政务公开, 2025年底) is left out together with its pillar; task 40 (开放生态支撑) is also not taken up. Neither is listed as task-uncovered in expect."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e["rule"], e["line"], e.get("text", e.get("pillar")))
