# -*- coding: utf-8 -*-
# Builds key.json for blind case 383 and checks every line/text against draft.txt.
import json, datetime
lines = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(n): return lines[n-1]

expect = [
 {"rule":"basis-mismatch","line":16,"text":"宁政发〔2023〕71号","why":"the plan's preamble cites 《自治区人民政府关于加强数字政府建设的实施意见》 with 文号 宁政发〔2023〕71号; that title is 宁政发〔2023〕17号 (digits transposed; the covering request on line 5 has it right)"},
 {"rule":"deadline-later-than-baseline","line":24,"text":"2026年","why":"主要目标: 到2026年 '34567'体系框架全面成型; the region's 主要目标 sets the same goal 到2025年 (全区各级数字政府建设'34567'体系框架全面成型)"},
 {"rule":"deadline-later-than-baseline","line":78,"text":"2025年","why":"task row 7 (城域网升级改造, 电子政务外网县乡村全覆盖, 按需向企事业单位拓展) = regional task 48, 完成时限 2024年"},
 {"rule":"deadline-invalid","line":92,"text":"2022年12月","why":"task row 21 (适老化与信息无障碍建设, regional task 93, 完成时限 2024年) is due 2022年12月底前, before the year the plan is issued (2024); a slip for 2024"},
 {"rule":"unknown-unit","line":77,"text":"县电子政务办","why":"lead unit of task row 6 (regional task 47) is not in units.txt (the county's body is 县大数据服务中心; 电子政务办 is an old name)"},
 {"rule":"garbled-text","line":44,"text":"娣卞寲鏁版嵁","why":"UTF-8 read as GBK: the sub-item '深化数据高效共享。充分发挥自治区政务数据共享协调机制作用' is mojibake; re-encoding as GBK and decoding as UTF-8 recovers it"},
 {"rule":"task-uncovered","line":0,"task":114,"why":"deliberately left out: 政务新媒体矩阵 / 多样化政策解读产品 (自治区各部门及各市、县（区）分别负责, 2024年) is taken up nowhere; the 政务公开 paragraph (line 61) and the 宣传引导 paragraph (line 67) do not mention 新媒体"},
]

mnf = [
 {"rule":"basis-mismatch","line":2,"text":"西政发〔2024〕18号","why":"the covering request's own 文号, not a cited basis document"},
 {"rule":"unknown-unit","line":4,"text":"固原市人民政府","why":"addressee of the request (the city government that approves the plan), not a responsible unit"},
 {"rule":"unknown-unit","line":5,"text":"县直有关部门","why":"collective subject (县直有关部门)"},
 {"rule":"unknown-unit","line":7,"text":"市人民政府","why":"the city government addressed by the request, in prose; not a responsible unit"},
 {"rule":"unknown-unit","line":63,"text":"县委、县政府","why":"the county Party committee and government themselves (listed in units.txt as 中共西吉县委员会 = 县委, 西吉县人民政府 = 县政府)"},
 {"rule":"basis-mismatch","line":5,"text":"宁政发〔2023〕17号","why":"the request cites the regional 实施意见 correctly"},
 {"rule":"basis-mismatch","line":5,"text":"国发〔2022〕14号","why":"correct title and 文号 of the national 指导意见"},
 {"rule":"deadline-invalid","line":6,"text":"2024年3月28日","why":"date of the county government's 常务会议 that passed the draft (past, procedural), not a task deadline"},
 {"rule":"deadline-later-than-baseline","line":7,"text":"2024年4月30日","why":"the date by which the county asks the city to reply (请于…前批复), not a task deadline"},
 {"rule":"deadline-invalid","line":11,"text":"2024年4月3日","why":"signing date of the request"},
 {"rule":"basis-mismatch","line":16,"text":"国发〔2022〕14号","why":"the plan's national citation is correct (only the regional 文号 on this line is wrong)"},
 {"rule":"basis-mismatch","line":19,"text":"宁政办发〔2020〕14号","why":"retrospective mention of the 2020 工作要点 in the 建设基础 background, not a basis of this plan; title and 文号 match"},
 {"rule":"deadline-invalid","line":19,"text":"2023年","why":"past achievement in the background (2020年以来 / 2023年 网上可办率达到95%), not a deadline"},
 {"rule":"deadline-later-than-baseline","line":23,"text":"2024年底","why":"2024 goals map to tasks due 2024 regionally: 84 (一体化政务服务, 2024年), 86 (我的宁夏, 2024年), 104 (协同办公平台, 2024年), 105 (宁政通, 2024年); none is a 2023 regional goal"},
 {"rule":"deadline-later-than-baseline","line":25,"text":"2035年","why":"equal to the region's 到2035年 goal"},
 {"rule":"unknown-unit","line":40,"text":"财政局","why":"'县发展和改革局、财政局': the 县 prefix distributes, giving 县财政局, which is in units.txt"},
 {"rule":"deadline-invalid","line":53,"text":"12月10日","why":"the office's own reporting dates (每季度最后一个月25日前, 每年12月10日前), not task deadlines"},
 {"rule":"deadline-later-than-baseline","line":60,"text":"2024年底前","why":"宁政通 access = task 105, 完成时限 2024年; equal"},
 {"rule":"deadline-later-than-baseline","line":68,"text":"2024年—2025年","why":"period in the attachment's title, not a deadline (the region's list is 2023年—2025年)"},
 {"rule":"deadline-later-than-baseline","line":70,"text":"2024年—2025年","why":"period in the attachment's title, not a deadline"},
 {"rule":"deadline-later-than-baseline","line":72,"text":"持续推进，2025年取得明显成效","why":"智慧园区 = task 3, 完成时限 持续推进，2025年取得明显成效; equal"},
 {"rule":"unknown-unit","line":72,"text":"西吉县工业园区","why":"a place in the task text, not a responsible unit"},
 {"rule":"deadline-later-than-baseline","line":73,"text":"持续推进，2025年取得明显成效","why":"服务数字化 = task 6, 完成时限 持续推进，2025年取得明显成效; equal"},
 {"rule":"deadline-later-than-baseline","line":74,"text":"持续推进，2025年取得明显成效","why":"数字乡村 = task 10, 完成时限 持续推进，2025年取得明显成效; equal"},
 {"rule":"deadline-invalid","line":75,"text":"2023年形成机制，长期坚持","why":"copied regional deadline of task 18 (2023年形成机制，长期坚持), before the plan's year but equal to the region and ongoing"},
 {"rule":"deadline-later-than-baseline","line":75,"text":"2023年形成机制，长期坚持","why":"task 18, 完成时限 2023年形成机制，长期坚持; equal"},
 {"rule":"deadline-later-than-baseline","line":76,"text":"2024年建成，持续推进","why":"政务信创云 / 一朵云 = task 43, 完成时限 2024 年建成，持续推进; equal"},
 {"rule":"deadline-later-than-baseline","line":77,"text":"2024年","why":"外网升级改造 = task 47, 完成时限 2024年; equal (only the unit on this row is wrong)"},
 {"rule":"deadline-later-than-baseline","line":79,"text":"2025年","why":"视频一张网 = task 49, 完成时限 2025年; equal"},
 {"rule":"deadline-later-than-baseline","line":80,"text":"2024年","why":"电子文件归档 = task 54 (also 40), 完成时限 2024年; equal"},
 {"rule":"deadline-later-than-baseline","line":81,"text":"2024年底前","why":"非税收入电子化 = task 56, 完成时限 2025年; earlier"},
 {"rule":"deadline-later-than-baseline","line":82,"text":"2024年","why":"信用平台 = task 57, 完成时限 2024年; equal"},
 {"rule":"unknown-unit","line":82,"text":"县发改局","why":"short name of 县发展和改革局 listed in units.txt"},
 {"rule":"deadline-later-than-baseline","line":83,"text":"2024年6月底前","why":"组织机构 = task 64, 完成时限 2025年; earlier"},
 {"rule":"unknown-unit","line":83,"text":"西吉县推进数字政府建设领导小组","why":"named in the task text (what is to be adjusted), not in a unit cell"},
 {"rule":"deadline-later-than-baseline","line":84,"text":"2024年","why":"矛盾纠纷多元化解 = task 77, 完成时限 2024年; equal"},
 {"rule":"deadline-later-than-baseline","line":85,"text":"2024年","why":"雪亮工程 = task 79, 完成时限 2024年; equal"},
 {"rule":"deadline-later-than-baseline","line":86,"text":"2024年","why":"智慧应急 = task 80, 完成时限 2024年; equal"},
 {"rule":"deadline-later-than-baseline","line":87,"text":"2025年","why":"互联网+基层治理 = task 83, 完成时限 2025年; equal"},
 {"rule":"unknown-unit","line":87,"text":"各村（社区）","why":"collective subject"},
 {"rule":"deadline-later-than-baseline","line":88,"text":"2024年","why":"一体化政务服务 = task 84, 完成时限 2024年; equal"},
 {"rule":"deadline-later-than-baseline","line":89,"text":"2024年","why":"我的宁夏 = task 86, 完成时限 2024年; equal"},
 {"rule":"unknown-unit","line":89,"text":"县审批局","why":"short name of 县审批服务管理局 listed in units.txt"},
 {"rule":"deadline-later-than-baseline","line":90,"text":"2024年","why":"证照分离 = task 88, 完成时限 2024年; equal"},
 {"rule":"unknown-unit","line":90,"text":"县市场监管局","why":"short name of 县市场监督管理局 listed in units.txt"},
 {"rule":"deadline-later-than-baseline","line":91,"text":"2024年","why":"公共场馆数字化 = task 90, 完成时限 2024年; equal"},
 {"rule":"deadline-later-than-baseline","line":93,"text":"2024年","why":"生态环境数据 = task 94, 完成时限 2024年; equal"},
 {"rule":"unknown-unit","line":93,"text":"西吉生态环境分局","why":"short name of 固原市生态环境局西吉分局 listed in units.txt"},
 {"rule":"deadline-later-than-baseline","line":94,"text":"2025年","why":"互联网+城乡供水 = task 96, 完成时限 2025年; equal"},
 {"rule":"deadline-later-than-baseline","line":95,"text":"2024年","why":"智慧林草 = task 98, 完成时限 2024年; equal"},
 {"rule":"deadline-later-than-baseline","line":96,"text":"2024年","why":"协同办公平台 = task 104, 完成时限 2024年; equal"},
 {"rule":"deadline-later-than-baseline","line":97,"text":"2024年","why":"宁政通 = task 105, 完成时限 2024年; equal"},
 {"rule":"deadline-later-than-baseline","line":98,"text":"2024年底前","why":"填表报数 = task 106, 完成时限 2025年; earlier"},
 {"rule":"deadline-later-than-baseline","line":99,"text":"2025年","why":"视频会议平台 = task 107, 完成时限 2025年; equal"},
 {"rule":"deadline-later-than-baseline","line":100,"text":"2024年","why":"政务公开信息化平台 = task 112, 完成时限 2024年; equal"},
 {"rule":"deadline-invalid","line":101,"text":"2023年完成并长期坚持","why":"copied regional deadline of task 116 (2023年完成并长期坚持), before the plan's year but equal to the region and ongoing"},
 {"rule":"deadline-later-than-baseline","line":101,"text":"2023年完成并长期坚持","why":"task 116, 完成时限 2023年完成并长期坚持; equal"},
 {"rule":"unknown-unit","line":101,"text":"县直各部门（单位）","why":"collective subject"},
 {"rule":"unknown-unit","line":101,"text":"各乡镇人民政府","why":"collective subject"},
 {"rule":"deadline-later-than-baseline","line":102,"text":"长期坚持","why":"考核指标体系 = task 121, 完成时限 长期坚持; equal"},
 {"rule":"missing-pillar","line":0,"pillar":"五个一","why":"the county folds 五个一/六级贯通 into section 四 (lines 50–53: 健全组织机构, 厘清层级职责, 完善工作机制), as DOMAIN.md allows"},
 {"rule":"missing-pillar","line":0,"pillar":"财政投入","why":"taken up as （二）加强资金保障 on line 64"},
]

covers = [(2,29),(3,72),(5,29),(6,73),(7,30),(8,30),(10,74),(11,30),(13,31),(14,34),(15,34),(17,35),(18,75),
 (21,39),(22,39),(23,40),(24,40),(25,64),(28,41),(30,43),(32,43),(36,44),(40,45),(41,45),(42,44),(43,76),
 (47,77),(48,78),(49,79),(50,48),(51,49),(52,49),(54,80),(56,81),(57,82),(64,83),(65,55),(66,55),(68,56),
 (70,56),(71,56),(72,56),(74,56),(77,84),(79,85),(80,86),(83,87),(84,88),(85,58),(86,89),(88,90),(89,58),
 (90,91),(93,92),(94,93),(96,94),(98,95),(102,59),(104,96),(105,97),(106,98),(107,99),(111,60),(112,100),
 (113,61),(115,61),(116,101),(118,65),(121,102),(123,66),(124,66)]

# checks
for e in expect + mnf:
    if e["line"]:
        assert e.get("text","") in ln(e["line"]), (e, ln(e["line"])[:80])
for t, n in covers:
    assert 1 <= n <= len(lines) and lines[n-1].strip()
assert len(set(t for t,_ in covers)) == len(covers)
assert 114 not in [t for t,_ in covers]
assert "新媒体" not in "\n".join(lines)

key = {
 "writer": "blind writer, round 383; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": [{"task": t, "line": n} for t, n in covers],
 "notes": ("draft.txt is the file 西吉县 sends up to 固原市: lines 1-12 are the covering 请示 (西政发〔2024〕18号, 2024-04-03, "
           "常务会议 2024-03-28, asks for a reply by 2024-04-30); lines 13-102 are the plan itself, with its 重点任务清单 as a "
           "tab-separated table (lines 71-102, header on line 71). All planted mistakes are in the plan. No parent plan: the "
           "plan's basis is the national 指导意见 and the regional 实施意见 only. The table's 牵头/配合 cells use county units from "
           "units.txt plus collectives (县直各部门（单位）, 各乡镇人民政府, 各村（社区）). Body line 48 states the 外网 county-township-"
           "village coverage without a date; the late date is in table row 7 (line 78). The mojibake on line 44 hides only the "
           "sub-item title and first clause; the rest of the line (供需对接, 数据回流, 公共数据融合) is clean.")
}
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers))
