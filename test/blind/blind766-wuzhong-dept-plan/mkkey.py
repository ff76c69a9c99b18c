#!/usr/bin/env python3
"""Writes key.json and checks every line/text against draft.txt."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]
G = '地理信息资源共建共享'.encode('utf-8').decode('gbk')

expect = [
 {"rule": "basis-mismatch", "line": 10, "text": "宁政发〔2022〕17号",
  "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
 {"rule": "garbled-text", "line": 50, "text": G[:8],
  "why": "UTF-8 bytes of 地理信息资源共建共享 read as GBK (mojibake); re-encoding as GBK and decoding as UTF-8 recovers it"},
 {"rule": "deadline-later-than-baseline", "line": 62, "text": "2025年底",
  "why": "适老化与信息无障碍改造 of the bureau's website, new media and service hall is regional task 93, 完成时限 2024年; the sentence puts it at 2025年底"},
 {"rule": "unknown-unit", "line": 90, "text": "市大数据中心",
  "why": "not in units.txt (nor the regional units); the city body is 市大数据管理服务局 (市大数据局)"},
 {"rule": "deadline-invalid", "line": 91, "text": "2014年11月底",
  "why": "typo for 2024: a deadline ten years before the plan's own year (2024); task 46's 完成时限 is 2024 年, so it is not late, only impossible"},
 {"rule": "deadline-later-than-baseline", "line": 103, "text": "2025年12月底",
  "why": "宁夏自然资源三维立体“一张图”和国土空间基础信息平台 is regional task 97, 完成时限 2024年"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# basis / citations
m("basis-mismatch", 2, "the document's own 文号 (吴自然资发), not a cited basis document", "吴自然资发〔2024〕21号")
m("basis-mismatch", 3, "the document's own title in its covering notice, not a basis citation", "《吴忠市自然资源局2024年数字政府建设实施方案》")
m("basis-mismatch", 10, "correct national basis: title and 文号 match", "国发〔2022〕14号")
m("basis-mismatch", 10, "the city plan cited correctly by title alone (it has no 文号): 吴忠市人民政府《关于加强数字政府建设的实施方案》", "《关于加强数字政府建设的实施方案》")
m("basis-mismatch", 10, "the regional 附件2 named exactly as in the gazette; a task list, not a wrong title", "《全区数字政府建设重点任务清单（2023年—2025年）》")
m("basis-mismatch", 15, "retrospective mention of the 2020 工作要点 with its correct title and 文号 in the 工作基础 background; not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", 81, "table note repeats the regional task list and the city plan with correct titles", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
# dates in background / reporting dates / goals
m("deadline-invalid", 15, "past dates in the 工作基础 background (2021年, 2022年, 2023年), not deadlines", "2022年")
m("deadline-invalid", 35, "巩固2023年建立的…责任体系: a past date, not a deadline", "2023年")
m("deadline-invalid", 84, "copied regional 完成时限 of task 116 (2023年完成并长期坚持); a copied deadline before the plan's year, ongoing", "2023年完成并长期坚持")
m("deadline-invalid", 85, "copied regional 完成时限 of task 18 (2023年形成机制，长期坚持); ongoing", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", 18, "the bureau's own 2024 goal for its own domain (数据专员, 重点业务数字化); it restates no dated goal of the region or the city", "到2024年底")
m("deadline-later-than-baseline", 19, "到2025年 equals the city's and the region's 2025 goal (体系框架全面成型, 与自治区共性基础支撑体系对接复用)", "到2025年")
m("deadline-later-than-baseline", 25, "the office's own monthly / quarterly reporting dates", "每月25日前")
m("deadline-later-than-baseline", 78, "the office's own reporting dates (quarterly, annual summary), not task deadlines", "2024年12月10日前")
m("deadline-later-than-baseline", 83, "task 64 is due 2025年; 2024年3月底前 is earlier", "2024年3月底前")
m("deadline-later-than-baseline", 86, "task 9: 持续推进，2025年取得明显成效, copied: equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", 87, "task 10 is 持续推进，2025年取得明显成效; 2024年 is earlier", "2024年")
m("deadline-later-than-baseline", 89, "task 33 is due 2024年; 2024年10月底前 is within it", "2024年10月底前")
m("deadline-later-than-baseline", 93, "task 52 is due 2025年; 2024年12月底前 is earlier", "2024年12月底前")
m("deadline-later-than-baseline", 96, "task 66 is due 2025年: equal", "2025年")
m("deadline-later-than-baseline", 99, "task 80 is due 2024年; 2024年6月底前 is earlier in the same year", "2024年6月底前")
m("deadline-later-than-baseline", 101, "task 56 is due 2025年; 2024年 is earlier", "2024年")
m("deadline-later-than-baseline", 105, "task 100 is due 2025年: equal", "2025年")
m("deadline-later-than-baseline", 106, "a city-plan task (第三次全国土壤普查) with no regional 完成时限; any matching regional task (e.g. 95, 2025年) is later than 2024年", "2024年")
m("deadline-later-than-baseline", 110, "task 106 is due 2025年; 2024年12月底前 is earlier", "2024年12月底前")
m("deadline-later-than-baseline", 113, "task 118 is 2023年完成并长期坚持; 长期坚持 names no later milestone", "长期坚持")
m("deadline-later-than-baseline", 114, "task 121 is 长期坚持: equal", "长期坚持")
m("deadline-invalid", 7, "the document's own issue date", "2024年3月18日")
m("deadline-invalid", 10, "years inside the title of the regional task list, not a deadline", "2023年—2025年")
m("deadline-invalid", 81, "years inside the title of the regional task list in the table note", "2023年—2025年")
# units
m("unknown-unit", 4, "addressees 局机关各科室、局属各单位、各分局 are collectives", "局属各单位")
m("unknown-unit", 22, "collective subject of the bureau's own 科室 and units", "各科室（单位）")
m("unknown-unit", 22, "short form of 市自然资源局办公室, listed in units.txt", "局办公室")
m("unknown-unit", 23, "short form of 吴忠市自然资源局利通区分局, listed in units.txt", "利通分局")
m("unknown-unit", 23, "short form of 吴忠市自然资源局红寺堡区分局, listed in units.txt", "红寺堡分局")
m("unknown-unit", 23, "collective (各县（市）…) in prose describing layers, not a responsible unit", "各县（市）自然资源局")
m("unknown-unit", 23, "a regional body named as the owner of a platform the bureau relies on, not as the lead of a local task", "自治区自然资源厅")
m("unknown-unit", 25, "official short name of 市大数据管理服务局 (alias in units.txt)", "市大数据局")
m("unknown-unit", 28, "short forms of the bureau's 科室/直属单位 (开发利用科, 规划科, 土储中心), all in units.txt", "土储中心")
m("unknown-unit", 77, "a regional body named as organiser of a training, not as the lead of a local task", "自治区自然资源厅")
m("unknown-unit", 85, "city unit in the registry", "市委网信办")
m("unknown-unit", 86, "short form of 市住房城乡建设局 (alias in units.txt); 规划科 is the short form of 市自然资源局国土空间规划科", "市住建局")
m("unknown-unit", 88, "short forms of 政策法规科, 国土空间用途管制科, 地质勘查和矿产资源管理科, all in units.txt", "地矿科")
m("unknown-unit", 89, "short forms 信息中心 (吴忠市自然资源信息中心), 调查监测科, 确权登记科, all in units.txt", "调查监测科")
m("unknown-unit", 93, "official short name of 市审批服务管理局 (alias); 不动产登记中心 is the short form of 吴忠市不动产登记事务中心", "市审批局")
m("unknown-unit", 95, "short form of 市自然资源局测绘地理信息科, listed in units.txt", "测绘地信科")
m("unknown-unit", 96, "colloquial alias of 市发展改革委, listed in units.txt", "市发改委")
m("unknown-unit", 98, "collective subject of the bureau's branch offices", "各分局")
m("unknown-unit", 98, "short forms of 执法监督科 and 耕地保护监督科, in units.txt", "耕保科")
m("unknown-unit", 100, "a registry name: the 市 prefix of 市审批局 does not distribute into it and it is not split", "吴忠市税务局")
m("unknown-unit", 101, "short form of 市自然资源局财务审计科, in units.txt", "财务科")
m("unknown-unit", 104, "short form of 市自然资源局国土空间生态修复科; 市林草局 is a city unit", "生态修复科")
# text
m("garbled-text", 31, "天地图·宁夏 uses a genuine middle dot, not encoding damage", "天地图·宁夏")

covers = [
 (3, 28), (9, 86), (10, 87), (14, 35), (15, 32), (17, 36), (18, 85), (21, 88), (24, 40), (25, 76),
 (28, 41), (30, 43), (32, 43), (33, 89), (36, 45), (41, 90), (46, 91), (50, 92), (52, 93), (54, 94),
 (56, 101), (58, 95), (64, 83), (66, 96), (68, 54), (72, 55), (73, 97), (74, 98), (80, 99), (84, 100),
 (85, 60), (86, 102), (93, 62), (97, 103), (98, 104), (100, 105), (103, 72), (104, 108), (105, 109),
 (106, 110), (112, 111), (114, 112), (115, 73), (116, 84), (118, 113), (121, 114), (124, 78),
]

# checks
for e in expect + M:
    t = e.get("text")
    L = lines[e["line"] - 1]
    assert t is None or t in L, (e, L[:60])
kw = {3:"智慧园区",9:"城市信息模型",10:"村庄规划",14:"主体责任",15:"企业",17:"分类分级",18:"应急演练",21:"网上运行",
      24:"会商",25:"预算",28:"试点",30:"一本账",32:"数据管理机构",33:"汇交",36:"供需对接",41:"开放目录",46:"信创云",
      50:"专网",52:"电子证照",54:"电子文件归档",56:"非税",58:"底板底图",64:"领导小组",66:"经济运行大数据平台",
      68:"照单监管",72:"互联网+监管",73:"监管数据",74:"卫星遥感",80:"地质灾害",84:"一网通办",85:"免证办",86:"我的宁夏",
      93:"适老化",97:"一张图",98:"智慧林草",100:"土地权",103:"决策",104:"协同办公",105:"宁政通",106:"填表报数",
      112:"政务公开",114:"新媒体",115:"12345",116:"一把手工程",118:"培训",121:"考核",124:"容错"}
for t, l in covers:
    assert kw[t] in lines[l - 1], (t, l, lines[l - 1][:60])

key = {
 "writer": "blind writer, round 766; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("A department plan (吴忠市自然资源局, 2024) carrying the regional and city tasks of its field. "
           "Its 科室 and 直属单位 are in units.txt with the short forms the draft uses (规划科, 耕保科, 信息中心, 土储中心, 利通分局 …). "
           "The task table says the first-listed unit leads. draft.txt is produced from draft.template.txt by build.py "
           "(inserts the mojibake run at line 50); mkkey.py writes this key and checks every line. "
           "No task-uncovered entries: a department plan is not expected to take up every city/county task. "
           "All framework pillars are taken up by content (一套体系 = 五个一/六级贯通; 保障措施 = 组织领导, 资金保障, 数字素养, 考核评价)."),
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers), len(lines))
