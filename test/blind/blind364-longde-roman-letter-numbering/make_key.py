# helper kept in the case folder: writes key.json and checks every line/text against draft.txt
import json
L = open('draft.txt', encoding='utf8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

expect = [
 {"rule":"basis-mismatch","line":12,"text":"宁政发〔2023〕71号","why":"the 自治区 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71 is a transposed 文号"},
 {"rule":"deadline-later-than-baseline","line":20,"text":"2026年","why":"主要目标: region says 到2025年，全区各级数字政府建设“34567”体系框架全面成型; the county puts the same goal at 2026"},
 {"rule":"deadline-later-than-baseline","line":52,"text":"2024年底","why":"task 30 (摸清政务数据资源底数，一体化政务数据资源目录，政务数据“一本账”), 完成时限 2023年; county 2024年底 is later"},
 {"rule":"deadline-invalid","line":53,"text":"2022年12月底","why":"completion deadline before the year the plan is issued (2023-12-08); task 32 is due 2023年, so it is not a late deadline, only an impossible one"},
 {"rule":"deadline-later-than-baseline","line":60,"text":"2025年","why":"task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展), 完成时限 2024年; county 2025年 is later (task 47, 电子政务外网升级改造, is also 2024年)"},
 {"rule":"unknown-unit","line":89,"text":"县大数据管理服务局","why":"not in units.txt; 隆德县 has no such bureau (a city-level name copied from a 市 plan); the county registry lists 县政务服务中心 / 县审批局 / 县政府办公室"},
 {"rule":"garbled-text","line":96,"text":"鎺ㄨ繘鏋楄崏","why":"UTF-8 read as GBK: 鎺ㄨ繘鏋楄崏璧勬簮鏁版嵁 = 推进林草资源数据"},
]

mnf = [
 {"rule":"basis-mismatch","line":12,"text":"国发〔2022〕14号","why":"correct 文号 of 《国务院关于加强数字政府建设的指导意见》"},
 {"rule":"basis-mismatch","line":13,"text":"宁政办发〔2020〕14号","why":"retrospective mention in the background paragraph (近年来，我县认真落实…), not a basis citation; 文号 and title are correct"},
 {"rule":"basis-mismatch","line":3,"text":"隆政发〔2023〕86号","why":"the county's own 文号 of the 印发 notice, not a cited document"},
 {"rule":"basis-mismatch","line":2,"text":"《隆德县数字政府建设实施方案》","why":"the plan's own title in the 印发 notice, not a basis document"},
 {"rule":"deadline-invalid","line":13,"text":"2021年","why":"past date in the background (2021年实现…贯通), not a deadline"},
 {"rule":"deadline-invalid","line":13,"text":"2023年10月底","why":"截至2023年10月底: a statistics cut-off in the background, not a deadline"},
 {"rule":"deadline-invalid","line":5,"text":"2023年12月1日","why":"date of the 常务会议 that approved the plan"},
 {"rule":"deadline-invalid","line":7,"text":"2023年12月8日","why":"issue date of the document"},
 {"rule":"deadline-later-than-baseline","line":115,"text":"12月20日","why":"the office's own half-yearly reporting dates (6月30日、12月20日), not task deadlines"},
 {"rule":"deadline-later-than-baseline","line":19,"text":"2023年底","why":"主要目标 equal to the region's 到2023年底 goal (平台“家底”全面理清)"},
 {"rule":"deadline-later-than-baseline","line":21,"text":"2035年","why":"主要目标 equal to the region's 到2035年 goal"},
 {"rule":"deadline-invalid","line":23,"text":"34567","why":"name of the “34567” framework, not a year"},
 {"rule":"deadline-invalid","line":90,"text":"12345","why":"12345政务服务便民热线, not a year"},
 {"rule":"deadline-invalid","line":100,"text":"50%","why":"压减50%以上 is a target figure, not a date"},
 {"rule":"deadline-later-than-baseline","line":28,"text":"2023年启动，2024年取得明显成效","why":"task 2, 完成时限 2023 年启动，2024 年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":29,"why":"task 3, 完成时限 持续推进，2025 年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":34,"text":"持续推进，2024年取得明显成效","why":"task 10, 完成时限 持续推进，2025年取得明显成效: the county is earlier"},
 {"rule":"deadline-later-than-baseline","line":37,"text":"2025年","why":"task 12 (培育数据要素市场), 完成时限 2025年: equal; the item does not take up task 13 (2024年)"},
 {"rule":"deadline-later-than-baseline","line":45,"text":"2023年形成机制，长期坚持","why":"task 18, 完成时限 2023年形成机制，长期坚持: equal"},
 {"rule":"deadline-later-than-baseline","line":46,"text":"2024年","why":"task 19 (政务信创云), 完成时限 2023年启动，2024年建成; task 43, 2024 年建成，持续推进: equal"},
 {"rule":"deadline-later-than-baseline","line":50,"text":"2023年启动，2025年取得明显成效","why":"task 28, 完成时限 2023年启动，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":69,"text":"2023年底","why":"task 64 (各地参照自治区做法成立组织机构), 完成时限 2025年: earlier; task 60 (充实领导小组) 2023年: equal"},
 {"rule":"deadline-later-than-baseline","line":90,"text":"2025年","why":"task 87 (12345热线“一呼即应”改革), 完成时限 2023年启动，2025年完成: equal"},
 {"rule":"deadline-later-than-baseline","line":100,"text":"2025年","why":"task 106 (填表报数系统，压减50%以上), 完成时限 2025年: equal"},
 {"rule":"deadline-later-than-baseline","line":114,"text":"2023年完成，长期坚持","why":"tasks 122/123, 完成时限 2023 年完成，长期坚持: equal"},
 {"rule":"deadline-invalid","line":41,"text":"2023年","why":"task 14's 2023年 copied into a plan issued in 2023: same year, not before it"},
 {"rule":"unknown-unit","line":49,"text":"财政局","why":"prefix 县 distributes over the list 县发展和改革局、财政局、审计局 → 县财政局, 县审计局 (both in units.txt)"},
 {"rule":"unknown-unit","line":79,"text":"承担监管职责的县直有关部门","why":"collective subject (county form of 承担监管职责的自治区有关部门（单位）)"},
 {"rule":"unknown-unit","line":71,"text":"各村（社区）","why":"collective subject"},
 {"rule":"unknown-unit","line":41,"text":"县直各部门（单位）","why":"collective subject"},
 {"rule":"unknown-unit","line":34,"text":"各乡镇人民政府","why":"collective subject"},
 {"rule":"unknown-unit","line":48,"text":"县直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":94,"text":"固原市生态环境局隆德分局","why":"in units.txt (the city bureau's county branch is the county's environment unit)"},
 {"rule":"unknown-unit","line":86,"text":"隆德县消防救援大队","why":"in units.txt"},
 {"rule":"unknown-unit","line":50,"text":"县数字政府办","why":"official short name of 县数字政府建设领导小组办公室 in units.txt"},
 {"rule":"unknown-unit","line":31,"text":"县文旅广电局","why":"short name of 县文化旅游广电局 in units.txt"},
 {"rule":"unknown-unit","line":112,"text":"县委党校","why":"in units.txt"},
 {"rule":"unknown-unit","line":34,"text":"b.","why":"sub-item letter of the numbering, not part of a unit name"},
 {"rule":"garbled-text","line":15,"text":"Ⅰ.","why":"Roman numeral part number (U+2160), the draft's numbering style, not damaged text"},
 {"rule":"garbled-text","line":73,"text":"Ⅴ.","why":"Roman numeral part number, not damaged text"},
 {"rule":"garbled-text","line":22,"text":"C.","why":"capital-letter section number, not a code or damaged text"},
 {"rule":"garbled-text","line":60,"text":"IPv6","why":"ordinary technical term"},
 {"rule":"missing-pillar","line":36,"pillar":"数字生态","why":"section C is short (one item) but present"},
 {"rule":"missing-pillar","line":67,"pillar":"五个一","why":"part Ⅳ is left short but present: 健全组织机构 (县领导小组、工作体制机制) at line 69"},
 {"rule":"missing-pillar","line":70,"pillar":"六级贯通","why":"厘清层级职责 present (line 71)"},
 {"rule":"missing-pillar","line":74,"pillar":"经济调节","why":"one item, present"},
 {"rule":"missing-pillar","line":109,"pillar":"财政投入","why":"one item, present"},
 {"rule":"missing-pillar","line":111,"pillar":"数字素养","why":"one item, present"},
]

covers = [(2,28),(3,29),(6,31),(10,34),(9,35),(12,37),(14,41),(15,42),(18,44),(19,46),(21,48),(24,49),(28,50),
 (30,52),(32,53),(36,55),(42,57),(46,59),(48,60),(52,62),(54,63),(56,64),(49,65),(64,69),(66,75),(68,77),(71,78),
 (72,79),(77,81),(79,82),(83,84),(80,86),(84,88),(86,89),(87,90),(89,91),(93,92),(94,94),(96,95),(98,96),
 (104,98),(105,99),(106,100),(111,101),(112,103),(114,104),(116,108),(25,110),(118,112),(123,114)]

bad = 0
for e in expect + mnf:
    t = e.get('text')
    if t and t not in L[e['line']-1]:
        print('TEXT NOT ON LINE', e); bad += 1
for n, ln in covers:
    if not L[ln-1].strip(): print('empty cover line', n, ln); bad += 1
assert bad == 0

key = {
 "writer": "blind writer, round 364; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": [{"task": n, "line": ln} for n, ln in covers],
 "notes": ("隆德县 (固原市) plan issued 2023-12-08, checked against ningxia-2023 only (no parent). Numbering: parts Ⅰ.–Ⅵ. (U+2160 Roman numerals), "
           "sections A. B. C., items 1) 2), sub-items a. b.; every item ends with （责任单位：…；完成时限：…）. When an item has sub-items the note sits at the end of the last sub-item line. "
           "Framework follows the region's 34567: Ⅱ 三个驱动, Ⅲ 四个支撑, Ⅳ 五个一/六级贯通 (short), Ⅴ 七个能力, Ⅵ 党的领导 (组织领导, 财政投入, 数字素养, 考核评价). "
           "Seven planted mistakes over five rules. Lines 52 (task 30) and 60 (task 48) carry ordinary registered/collective units, so each line has one planted mistake only.")
}
json.dump(key, open('key.json', 'w', encoding='utf8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
