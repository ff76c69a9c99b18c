#!/usr/bin/env python3
"""Builds key.json for blind277: every line number is looked up in draft.txt by a substring."""
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(sub, start=None):
    hits = [i + 1 for i, s in enumerate(L) if (start is None or s.startswith(start)) and sub in s]
    assert len(hits) == 1, (sub, start, hits)
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

expect = [
    {"rule": "basis-mismatch", "line": chk(ln("加快推进数字政府建设的实施方案"), "关于加快推进数字政府建设的实施方案"),
     "text": "关于加快推进数字政府建设的实施方案",
     "why": "the 吴忠 parent plan is 吴忠市人民政府《关于加强数字政府建设的实施方案》 (2023-11-27, no 文号); the draft cites it as 《关于加快推进数字政府建设的实施方案》 (加快推进 for 加强)"},
    {"rule": "garbled-text", "line": ln("涓ユ牸钀藉疄"), "text": "涓ユ牸钀藉疄缃戠粶瀹夊叏",
     "why": "UTF-8 bytes of 严格落实网络安全 read as GBK (re-encode as GBK, decode as UTF-8 recovers it)"},
    {"rule": "deadline-later-than-baseline", "line": chk(ln("体系框架全面成型", "到2026年底"), "2026年底"), "text": "2026年底",
     "why": "主要目标: the county puts 全市数字政府建设“1347”体系框架全面成型 at 到2026年底; the 吴忠 plan's goal is 到2025年 全市数字政府建设“1347”体系框架全面成型 and the region's is 到2025年 “34567”体系框架全面成型 — one year later than both"},
    {"rule": "unknown-unit", "line": chk(ln("牵头单位：市信息中心"), "市信息中心"), "text": "市信息中心",
     "why": "not in units.txt (the city's data body is 市大数据服务中心, named everywhere else in the draft); an obsolete/nonexistent unit as lead of task 46"},
    {"rule": "deadline-invalid", "line": chk(ln("2024年13月底前"), "13月"), "text": "13月",
     "why": "impossible month (2024年13月底前, a slip for 12月); the task is regional task 79 (雪亮工程), 完成时限 2024年, so only the invalid date is the mistake"},
    {"rule": "deadline-later-than-baseline", "line": chk(ln("推动电子政务外网向基层延伸"), "2025年底前"), "text": "2025年底",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展; 各市、县（区）具体负责), 完成时限 2024年; the county puts the 城域网改造 and 乡村全覆盖 in its 2025 section with 2025年底前"},
    {"rule": "deadline-later-than-baseline", "line": chk(ln("填表报数工作量压减50%以上"), "2026年底前"), "text": "2026年底",
     "why": "task 106 (开发上线全区统一的填表报数系统，实现基层干部填表报数工作量压减50%以上; 各市、县（区）配合), 完成时限 2025年; the county sets the same 压减50%以上 target for 2026年底前"},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: 政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 (自治区各部门及各市、县（区）按照职能分别负责, 2024年); the draft never mentions 适老化, 无障碍, 老年人 or 残疾人"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

mnf("deadline-later-than-baseline", 1, "the plan's own period in the title of the 印发 notice, not a deadline", "2024—2026年")
mnf("deadline-later-than-baseline", 8, "the plan's own period in the document title, not a deadline", "2024—2026年")
mnf("deadline-later-than-baseline", 9, "本方案实施期为2024—2026年: the plan's own period, not a task deadline", "2024—2026年")
mnf("basis-mismatch", 9, "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
mnf("basis-mismatch", 9, "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
mnf("basis-mismatch", 2, "the notice's own 文号 (青政办发), not a cited basis document", "青政办发〔2024〕9号")
mnf("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 (correct title and 文号) in the 发展基础 background, not cited as the basis of this plan", "宁政办发〔2020〕14号")
mnf("deadline-invalid", ln("宁政办发〔2020〕14号"), "past dates (2020年, 2022年) describing work already done, in the background section", "2020年")
mnf("deadline-invalid", ln("2023年，我市对照自治区"), "2023年 describes completed work (平台家底 摸清, 数据管理职责, “一联系、两清单”) in the background; it is before the plan year but is not a deadline", "2023年")
mnf("deadline-invalid", 6, "the notice's own issue date", "2024年3月15日")
mnf("deadline-later-than-baseline", ln("到2024年底，市、乡（镇）两级"),
    "2024 goal: 组织机构 (task 64, 2025 — earlier), 政务信息系统迁移上云 (task 46, 2024 — equal), “我的宁夏”应上尽上 (task 86, 2024 — equal); the region's 2023 goal on organisation is for 自治区本级“五个一”, not for counties", "2024年底")
mnf("deadline-later-than-baseline", ln("到2025年底，数据资源体系"),
    "2025 goal equal to the region's and 吴忠's 到2025年 goals (政府数字化履职能力明显提升)", "2025年底")
mnf("deadline-later-than-baseline", ln("项目\t2024年"), "year column headers of the 分年度安排 table, not deadlines", "2026年")
mnf("deadline-later-than-baseline", ln("主要标志\t"), "year-column cells: 2024 column items are due 2024/2025 regionally (tasks 46, 64, 104); 2025 column items (城市运行 task 9, 基层治理 task 83, 智慧园区 task 3) are due 2025; the 2026 column is only summing up and consolidation")
mnf("deadline-later-than-baseline", ln("健全组织机构。成立由"), "task 64 (各市、县（区）成立相应组织机构) is due 2025; the county sets 2024年4月底前 — earlier", "2024年4月底前")
mnf("deadline-later-than-baseline", ln("厘清层级职责。"), "六级贯通 层级职责 has no dated task in the regional list or the 吴忠 plan; 2024年6月底前 is the county's own date", "2024年6月底前")
mnf("deadline-invalid", ln("已于2023年底前建立"), "retrospective: tasks 14/15 (2023年) were done in 2023 as the region required; “2024年起持续巩固完善” is ongoing work, not a later completion", "2023年底前")
mnf("deadline-later-than-baseline", ln("已于2023年底前建立"), "tasks 14 and 15 (完成时限 2023年): the draft states they were completed by 2023年底; 2024年起 is only continued consolidation", "2024年起")
mnf("deadline-later-than-baseline", ln("提升安全防护能力。"), "task 18 (2023年形成机制，长期坚持): the county's 常态化安全防护和应急演练 is 长期坚持 with no later completion milestone", "长期坚持")
mnf("deadline-later-than-baseline", ln("推进政务数据归集共享。"), "task 34 (主题数据库) 完成时限 2024年 — equal", "2024年底前")
mnf("deadline-later-than-baseline", ln("推进公共数据开放。"), "task 41 (公共数据开放目录) 完成时限 2024年 — 2024年10月底前 is within it", "2024年10月底前")
mnf("deadline-later-than-baseline", ln("推进政务信息系统迁移上云。"), "task 46 (政务信息系统有序迁移) 完成时限 2024年 — 2024年9月底前 is within it", "2024年9月底前")
mnf("deadline-later-than-baseline", ln("提升电子政务外网支撑能力。"), "task 47 (外网升级改造、扩大出口带宽) 完成时限 2024年 — equal", "2024年底前")
mnf("deadline-later-than-baseline", ln("接入全区统一视频共享平台。"), "task 49 (视频共享平台、“视频一张网”) 完成时限 2025年 — the county's 2024年底前 is earlier", "2024年底前")
mnf("deadline-later-than-baseline", ln("优化涉企服务。"), "task 89 (企业专属网页、惠企政策专栏) 完成时限 2024年 — 2024年11月底前 is within it", "2024年11月底前")
mnf("deadline-later-than-baseline", ln("推进机关运行数字化。"), "tasks 104/105 (协同办公平台, 宁政通) 完成时限 2024年 — 2024年6月底前 is earlier", "2024年6月底前")
mnf("deadline-later-than-baseline", ln("推进行政权力事项网上运行。"), "task 21 (2024年) equal; task 22 (审管协同, 2025年) — earlier", "2024年底前")
mnf("deadline-later-than-baseline", ln("驱动数字经济发展。"), "task 3 (智慧园区) 持续推进，2025年取得明显成效 — copied exactly", "2025年取得明显成效")
mnf("deadline-later-than-baseline", ln("推进城市运行“一网统管”。"), "task 9 (城市运行管理服务平台, 一网统管) 持续推进，2025年取得明显成效 — equal", "2025年底前")
mnf("deadline-later-than-baseline", ln("推进数字乡村建设。"), "task 10 (数字乡村) 持续推进，2025年取得明显成效 — copied exactly", "2025年取得明显成效")
mnf("deadline-later-than-baseline", ln("提升基层社会治理能力。"), "task 83 (新型基层管理服务平台) 完成时限 2025年 — equal", "2025年底前")
mnf("deadline-later-than-baseline", ln("推进12345热线“一呼即应”改革。"), "task 87 (12345 “一呼即应”) 2023年启动，2025年完成 — equal", "2025年底前")
mnf("deadline-later-than-baseline", ln("推进非税收入收缴电子化。"), "task 56 (非税收入收缴电子化全覆盖) 完成时限 2025年 — 2025年6月底前 is earlier", "2025年6月底前")
mnf("deadline-later-than-baseline", ln("统筹整合视频会议资源。"), "task 107 (视频会议平台) 完成时限 2025年 — 2025年6月底前 is earlier", "2025年6月底前")
mnf("deadline-later-than-baseline", ln("健全年度推进机制。"), "task 121 (每年度制定工作要点和考核指标体系，常态化考核和以奖代补) is 长期坚持; a 2026 entry for yearly recurring work is not late", "2026年")
mnf("deadline-later-than-baseline", ln("持续提升干部数字素养。"), "task 118 (培训体系, 2023年完成并长期坚持): yearly training in the 2026 section is the 长期坚持 part; no later completion milestone", "长期坚持")
mnf("deadline-later-than-baseline", ln("开展三年行动评估。"), "the office's own evaluation and reporting dates for this plan (2026年10月底前 / 2026年11月底前); no higher-level task", "2026年11月底前")
mnf("unknown-unit", ln("开展三年行动评估。"), "吴忠市 body named as the one the county reports to, not a responsible unit of a task", "吴忠市数字政府建设领导小组办公室")
mnf("deadline-later-than-baseline", ln("（四）强化考核评估。"), "the office's own reporting dates (每季度末, 每年12月10日前, 12月底前)", "12月10日前")
mnf("unknown-unit", ln("（四）强化考核评估。"), "吴忠市 body named as the reporting target, not a responsible unit (the parent city's 市大数据管理服务局)", "吴忠市大数据管理服务局")
mnf("unknown-unit", ln("健全组织机构。成立由"), "collective subjects", "市直各部门（单位）")
mnf("unknown-unit", ln("健全组织机构。成立由"), "collective subject", "各乡镇人民政府")
mnf("unknown-unit", ln("推进行政权力事项网上运行。"), "collective subject", "市直有关部门")
mnf("unknown-unit", ln("强化监管数据治理。"), "collective subject (mirrors 承担监管职责的自治区有关部门（单位）)", "承担监管职责的市直有关部门")
mnf("unknown-unit", ln("提升基层社会治理能力。"), "collective subject after 具体负责", "各乡镇人民政府")
mnf("unknown-unit", ln("提升生态环境数字化监测能力。"), "the local branch of the 吴忠 bureau is the county's environmental body and is listed in units.txt", "吴忠市生态环境局青铜峡分局")
mnf("unknown-unit", ln("推进“智慧应急”建设。"), "listed in units.txt", "青铜峡市消防救援大队")
mnf("unknown-unit", 3, "addressees: collectives and the 园区 管委会 (in units.txt)", "各乡镇人民政府")
mnf("unknown-unit", ln("持续提升干部数字素养。"), "市委党校 is in units.txt (short for 中共青铜峡市委党校); 宁夏干部教育培训网络学院 is a training platform named as a resource, not a responsible unit", "市委党校")

covers_spec = [
    (64, "健全组织机构。成立由"), (14, "落实安全管理责任。"), (15, "落实安全管理责任。"), (18, "提升安全防护能力。"),
    (34, "推进政务数据归集共享。"), (41, "推进公共数据开放。"), (46, "推进政务信息系统迁移上云。"),
    (47, "提升电子政务外网支撑能力。"), (49, "接入全区统一视频共享平台。"), (84, "深化政务服务“一网通办”。"),
    (86, "深化政务服务“一网通办”。"), (89, "优化涉企服务。"), (104, "推进机关运行数字化。"), (105, "推进机关运行数字化。"),
    (21, "推进行政权力事项网上运行。"), (22, "推进行政权力事项网上运行。"), (79, "提升社会治安防控能力。"),
    (77, "提升矛盾纠纷化解能力。"), (80, "推进“智慧应急”建设。"), (71, "推进市场监管智慧化。"),
    (112, "提升政务公开水平。"), (114, "提升政务公开水平。"), (113, "推进政策文件“一库通查”。"),
    (54, "深化电子文件归档管理。"), (90, "推进公共场馆数字化。"), (115, "畅通政民互动渠道。"), (73, "强化监管数据治理。"),
    (48, "推动电子政务外网向基层延伸。"), (3, "驱动数字经济发展。"), (9, "推进城市运行“一网统管”。"),
    (6, "推进数字化服务普惠应用。"), (10, "推进数字乡村建设。"), (12, "营造良好数字生态。"),
    (66, "提升经济运行监测分析能力。"), (83, "提升基层社会治理能力。"), (87, "推进12345热线“一呼即应”改革。"),
    (95, "提升生态环境数字化监测能力。"), (96, "推进“互联网+城乡供水”。"), (56, "推进非税收入收缴电子化。"),
    (111, "提升机关事务管理数字化水平。"), (107, "统筹整合视频会议资源。"), (28, "开展试点示范。"),
    (106, "深化基层减负应用。"), (121, "健全年度推进机制。"), (118, "持续提升干部数字素养。"),
    (116, "（一）加强组织领导。"), (25, "（二）强化资金保障。"), (122, "（四）强化考核评估。"), (123, "（四）强化考核评估。"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 277; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("青铜峡市 (county-level city under 吴忠市) three-year action plan 2024—2026, issued 2024-03-15 by the 市政府办公室, "
              "checked against 宁政发〔2023〕17号 and the 吴忠 plan. 重点任务 are written per year: （一）2024年 (lines 32-56), "
              "（二）2025年 (57-72), （三）2026年 (73-77); each item carries an inline 牵头/配合/完成时限 note. The 吴忠 plan has no dated "
              "tasks in its text, so the 吴忠 comparison is on 主要目标 (到2023年底 / 到2025年 “1347”全面成型 / 到2035年). "
              "The 13月 slip (line 47) is meant as deadline-invalid only; read as 2025年1月 it would also be later than task 79's 2024年, "
              "but a reviewer would report the impossible month. Tasks the region dated 2023 are either stated as already done (line 36) "
              "or written as 长期坚持 (lines 37, 76, 79-82) rather than given 2024+ completion dates.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
for e in expect:
    print(e["rule"], e["line"], e.get("text", e.get("task")))
