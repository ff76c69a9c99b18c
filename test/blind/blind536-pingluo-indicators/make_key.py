# Writes key.json and checks every line/text against the final draft.txt (1-based).
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')

expect = [
 {"rule": "basis-mismatch", "line": 9, "text": "宁政发〔2022〕17号",
  "why": "the regional 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong 文号 for that title"},
 {"rule": "deadline-later-than-baseline", "line": 64, "text": "2025年底前",
  "why": "城域网升级改造, 县乡村电子政务外网全覆盖, 按需向企事业单位拓展 = regional task 48, 完成时限 2024年 (各市、县（区）具体负责)"},
 {"rule": "deadline-later-than-baseline", "line": 87, "text": "2025年6月底前",
  "why": "政务服务平台、政务移动端、公共服务场所适老化与信息无障碍建设 = regional task 93, 完成时限 2024年 (各市、县（区）按照职能分别负责)"},
 {"rule": "deadline-invalid", "line": 81, "text": "13月",
  "why": "impossible month (2024年13月底前; meant 12月). The matching regional task is 80 (智慧应急), 完成时限 2024年"},
 {"rule": "unknown-unit", "line": 31, "text": "县大数据局",
  "why": "not in units.txt; the county body is 县大数据服务中心 (used in rows 30 and 33 of the same table)"},
 {"rule": "garbled-text", "line": 59, "text": "娣卞寲鏁版嵁",
  "why": "UTF-8 bytes read as GBK: 娣卞寲鏁版嵁楂樻晥鍏变韩 re-encoded as GBK and decoded as UTF-8 is 深化数据高效共享 (the sub-item title)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
  "why": "七个能力 lists only six; nothing on 政务公开 (no 政务公开平台, 政策文件库, 政务新媒体, 政民互动); line 72 also names only six"},
 {"rule": "task-uncovered", "line": 0, "task": 112,
  "why": "政务公开信息化平台 (各市、县（区）分别负责, 2024年) deliberately left out with the 政务公开 pillar"},
 {"rule": "task-uncovered", "line": 0, "task": 114,
  "why": "政务新媒体矩阵 (各市、县（区）分别负责, 2024年) deliberately left out with the 政务公开 pillar"},
]

DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"
mustNot = [
 {"rule": BM, "line": 2, "text": "平政办发〔2024〕18号", "why": "the notice's own 文号, not a cited basis document"},
 {"rule": DI, "line": 6, "text": "2024年4月12日", "why": "issuing date of the document"},
 {"rule": BM, "line": 12, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background section, correct 文号 and title (关于印发2020年“数字政府”建设工作要点的通知); not cited as basis"},
 {"rule": DI, "line": 12, "text": "2022年", "why": "past dates in the background (截至2023年底, 2022年建成): facts, not deadlines"},
 {"rule": DL, "line": 16, "text": "2024年底", "why": "主要目标 上云 by end of 2024 = regional task 43 (2024年建成，持续推进) / 46 (2024年); 一网通办 = task 84 (2024年); equal"},
 {"rule": DL, "line": 17, "text": "2025年", "why": "34567 framework by 2025 equals the regional 主要目标 (到2025年…体系框架全面成型)"},
 {"rule": DL, "line": 18, "text": "2035年", "why": "equals the regional 2035 goal"},
 {"rule": DI, "line": 21, "text": "2023年基数", "why": "table header: the base year of the indicators, not a deadline"},
 {"rule": DL, "line": 21, "text": "2025年目标", "why": "table header: target year 2025 = end of the regional plan period"},
 {"rule": DI, "line": 23, "text": "2000", "why": "a count (2000 件 全程网办事项), not a year"},
 {"rule": DI, "line": 30, "text": "1800", "why": "a count (1800 个 数据资源目录), not a year before the plan year"},
 {"rule": DL, "line": 31, "text": "2030", "why": "a count (2030 万条 数据归集量, 2024 target), not a year"},
 {"rule": UU, "line": 26, "text": "县税务局", "why": "registered short name of 国家税务总局平罗县税务局"},
 {"rule": UU, "line": 35, "text": "各乡镇人民政府", "why": "collective subject"},
 {"rule": UU, "line": 30, "text": "县直各部门（单位）", "why": "collective subject"},
 {"rule": DI, "line": 37, "text": "2023年12月31日", "why": "date of the base statistics, not a deadline"},
 {"rule": DL, "line": 41, "text": "持续推进，2025年取得明显成效", "why": "智慧园区 = regional task 3, 完成时限 持续推进，2025年取得明显成效; equal"},
 {"rule": DL, "line": 44, "text": "2025年取得明显成效", "why": "服务数字化 = regional task 6, 持续推进，2025年取得明显成效; equal"},
 {"rule": DL, "line": 46, "text": "2025年取得明显成效", "why": "数字乡村 = task 10 (持续推进，2025年取得明显成效) and 数字供销 = task 11 (2023年完成主要建设任务，2025年取得明显成效); completing milestone equal"},
 {"rule": UU, "line": 48, "text": "自治区发展改革委", "why": "regional body named only as the body the county cooperates with, not as lead of a local task (the note names 县发改局、县委网信办)"},
 {"rule": DL, "line": 51, "text": "长期坚持", "why": "安全责任 = tasks 14/15 (2023年); an ongoing duty with no later milestone"},
 {"rule": DI, "line": 52, "text": "2023年形成机制，长期坚持", "why": "copied regional deadline of task 18 (2023年形成机制，长期坚持); lies before the plan year but is the region's own"},
 {"rule": DL, "line": 52, "text": "2023年形成机制，长期坚持", "why": "equal to task 18"},
 {"rule": DL, "line": 54, "text": "2024年底前", "why": "行政权力事项网上运行 = task 21 (2024年); equal (审管协同 part: task 22, 2025年, earlier)"},
 {"rule": DL, "line": 55, "text": "2024年6月底前", "why": "一本账 = task 23 (2024年); earlier. 会商机制 (task 24, 2023年) carries 长期坚持 only"},
 {"rule": UU, "line": 55, "text": "审计局", "why": "prefix 县 distributes over 县财政局、审计局 = 县审计局, registered"},
 {"rule": DL, "line": 56, "text": "2024年启动，2025年取得明显成效", "why": "试点示范 = task 28 (2023年启动，2025年取得明显成效); the completing milestone 2025 is equal"},
 {"rule": DL, "line": 59, "text": "2024年底前", "why": "公共数据、社会数据与政务数据融合 = task 42 (2024年); equal"},
 {"rule": DL, "line": 60, "text": "2024年底前", "why": "公共数据开放目录 = task 41 (2024年); equal"},
 {"rule": DL, "line": 61, "text": "2024年底前", "why": "电子公文 = task 40 (2024年), 电子文件归档 = task 54 (2024年); equal"},
 {"rule": DL, "line": 63, "text": "2024年10月底前", "why": "信创云迁移 = task 43 (2024年建成，持续推进) / 46 (2024年); earlier"},
 {"rule": DL, "line": 65, "text": "2024年底前", "why": "非涉密专网整合 = task 50 (2024年); equal"},
 {"rule": DL, "line": 66, "text": "2025年", "why": "视频一张网 = task 49 (2025年); equal"},
 {"rule": DL, "line": 67, "text": "2025年底前", "why": "电子印章 = task 53 (2024年, given 2024年底前), 证照电子化 = task 52 (2025年), 非税电子化 = task 56 (2025年); all equal"},
 {"rule": DL, "line": 69, "text": "2024年6月底前", "why": "各地成立相应组织机构 = task 64 (2025年); earlier. Task 60 (2023年) concerns the 自治区 领导小组 only (自治区政府办公厅负责)"},
 {"rule": DL, "line": 74, "text": "2025年", "why": "经济运行大数据平台 = task 66 (2025年); equal"},
 {"rule": DL, "line": 76, "text": "2024年底前", "why": "信用风险分类/双随机 = task 70 (2024年); equal"},
 {"rule": DL, "line": 77, "text": "2024年底前", "why": "追溯监管 = task 71 (2024年), 新型监管手段 = task 74 (2024年); equal"},
 {"rule": DL, "line": 79, "text": "2024年底前", "why": "矛盾纠纷多元化解 = task 77 (2024年); equal"},
 {"rule": DL, "line": 80, "text": "2024年9月底前", "why": "雪亮工程 = task 79 (2024年); earlier"},
 {"rule": UU, "line": 81, "text": "平罗县消防救援大队", "why": "registered in units.txt"},
 {"rule": DL, "line": 82, "text": "2025年底前", "why": "互联网+基层治理 = task 83 (2025年); equal"},
 {"rule": DL, "line": 84, "text": "2024年底前", "why": "一体化政务服务体系 = task 84 (2024年); equal"},
 {"rule": DL, "line": 85, "text": "2024年底前", "why": "我的宁夏 = task 86 (2024年); equal. 免证办/免申即享 (task 85, 2023年) carries 长期坚持 only"},
 {"rule": DL, "line": 86, "text": "2024年6月底前", "why": "证照分离 = task 88 (2024年), 企业专属网页 = task 89 (2024年); earlier"},
 {"rule": UU, "line": 89, "text": "平罗生态环境分局", "why": "registered short name of 石嘴山市生态环境局平罗分局"},
 {"rule": DL, "line": 89, "text": "2024年底前", "why": "生态环境数据资源中心 = task 94 (2024年); equal"},
 {"rule": DL, "line": 90, "text": "2025年", "why": "互联网+城乡供水 = task 96 (2025年); 一张图/智慧林草 = tasks 97/98 (2024年), given 2024年底前; equal"},
 {"rule": UU, "line": 91, "text": "石嘴山市生态环境局平罗分局", "why": "registered name (a city body's county branch); not split, not unknown"},
 {"rule": DL, "line": 91, "text": "持续推进，2025年取得明显成效", "why": "绿色低碳转型 = task 102 (2025年); equal"},
 {"rule": DL, "line": 93, "text": "2025年底前", "why": "填表报数压减50% = task 106 (2025年); equal. 协同办公/宁政通 = tasks 104/105 (2024年), equal; 视频会议 = task 107 (2025年), 2024年底前 is earlier"},
 {"rule": DL, "line": 94, "text": "2025年", "why": "机关事务管理 = task 111 (2025年); equal"},
 {"rule": DL, "line": 99, "text": "2024年12月20日前", "why": "the office's own reporting date (年度工作总结), not a task deadline"},
 {"rule": DI, "line": 28, "text": "12345", "why": "hotline number, not a year"},
 {"rule": UU, "line": 99, "text": "县推进数字政府建设领导小组办公室", "why": "recipient of progress reports (the leading group office set up in 县政府办, line 69), not a responsible unit of a task"},
 {"rule": UU, "line": 70, "text": "各村（社区）", "why": "collective subject"},
]

covers = [(3,41),(5,42),(6,44),(8,45),(10,46),(11,46),(12,48),(14,51),(15,51),(18,52),(21,54),(23,55),(24,55),
 (28,56),(30,58),(32,58),(42,59),(41,60),(40,61),(54,61),(43,63),(46,63),(47,64),(48,64),(50,65),(49,66),
 (53,67),(52,67),(56,67),(64,69),(66,74),(70,76),(71,77),(74,77),(77,79),(79,80),(80,81),(83,82),(84,84),
 (86,85),(85,85),(88,86),(89,86),(92,87),(93,87),(94,89),(96,90),(97,90),(98,90),(102,91),(104,93),(105,93),
 (106,93),(107,93),(111,94),(116,96),(25,97),(118,98),(122,99),(123,99),(124,99)]

for e in expect + mustNot:
    if e["line"]:
        assert e.get("text","") in lines[e["line"]-1], (e["line"], e.get("text"))
# no mustNotFlag shares rule+line with an expect entry
ek = {(e["rule"], e["line"]) for e in expect}
for m in mustNot:
    assert (m["rule"], m["line"]) not in ek, m
assert len(lines) >= 80

key = {
 "writer": "blind writer, round 536; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mustNot,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("平罗县 (石嘴山市) county plan issued 2024-04-12, checked against ningxia-2023 with no parent plan (石嘴山 has no plan in the seeds). "
           "draft.txt is generated from draft.src.txt by make.py (inserts the mojibake run); key.json by make_key.py. "
           "Line 9 also cites 国发〔2022〕14号 and 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, both correct (the latter as cited in the 吴忠 plan); "
           "they are not listed in mustNotFlag only because line 9 carries the planted basis-mismatch. "
           "Line 64 holds both a correct 2024年底前 (task 47) and the planted 2025年底前 (task 48); line 87 holds a correct 2025年 (task 92) and the planted 2025年6月底前 (task 93). "
           "The 主要指标 table values are counts, percentages and hours, not deadlines; the table note says the first-listed unit leads.")
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mustNot), len(covers))
