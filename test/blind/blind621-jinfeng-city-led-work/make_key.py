# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def E(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None: d['text'] = text
    d.update(kw); d['why'] = why
    return d
expect = [
 E('basis-mismatch', 9, '自治区人民政府关于加快推进数字政府建设的实施意见',
   '宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft writes 加快推进 for 加强 (wrong title for the 文号)'),
 E('garbled-text', 63, '鏀垮姟鏈嶅姟绾夸笂绾夸笅',
   'UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 政务服务线上线下'),
 E('deadline-later-than-baseline', 91, '2025年6月底前',
   'row 8 (电子政务外网向镇、村延伸，区镇村全覆盖) takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (task 47 外网升级改造 is also 2024年); 2025年6月 is later'),
 E('unknown-unit', 95, '区大数据管理服务局',
   'no such district body: 金凤区 has 区大数据服务中心 (units.txt); 大数据管理服务局 exists only at city level (银川市大数据管理服务局)'),
 E('deadline-invalid', 101, '21月',
   'impossible month (2024年21月, a slip for 12月); row 18 takes up task 86, 完成时限 2024年'),
 E('unknown-unit', 104, '银川市大数据发展局',
   'city body named wrongly: the city body is 银川市大数据管理服务局 (units.txt); 银川市大数据发展局 is not in the registry'),
 E('task-uncovered', 0, None,
   'task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 自治区各部门及各市、县（区）分别负责, 2024年) deliberately left out: no 适老化/无障碍/老年人/残疾人 content anywhere', task=93),
]
M = [
 E('unknown-unit', 3, '各镇人民政府、街道办事处', 'collective addressees of the notice (各镇人民政府、[各]街道办事处), not a responsible unit'),
 E('basis-mismatch', 2, '金政办发〔2024〕11号', "the draft's own 文号 for its own title, not a basis document"),
 E('basis-mismatch', 13, '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background section (印发以来), with its correct title and 文号; not cited as a basis'),
 E('deadline-invalid', 13, '2023年', 'a past date in the background (what was done in 2023), not a deadline'),
 E('deadline-later-than-baseline', 17, '2024年底', 'district goals for 2024: 信创云 migration (tasks 19/43/46, 2024), 一网通办 (task 84, 2024), 一网统管 (task 9, 持续推进，2025) — equal or earlier; none of the region\'s 2023年底 goals is restated'),
 E('deadline-later-than-baseline', 18, '2025年', 'equal to the region\'s goal 到2025年 “34567”体系框架全面成型'),
 E('basis-mismatch', 20, '宁政发〔2023〕17号', 'correct 文号 of the regional 实施意见, cited by number only, and the quoted phrase is in that document'),
 E('basis-mismatch', 20, '银川市人民政府《关于加强数字政府建设的实施方案》', "the city's plan cited by title without 文号 (a city plan may have none); it is 银川市's own 实施方案, not a wrong title for the region's 实施意见; no parent plan is given"),
 E('unknown-unit', 22, '银川市大数据管理服务局', 'city body leading city-run platform work; in units.txt'),
 E('deadline-later-than-baseline', 23, '2024年12月20日', "the office's own reporting date (年度工作总结), not a task deadline"),
 E('unknown-unit', 23, '市大数据局', 'official short name of 银川市大数据管理服务局 (units.txt)'),
 E('unknown-unit', 64, '自治区政府办公厅', 'regional body named for the region\'s own work (迭代升级“我的宁夏”), the district does its 专区; not the lead of a local task'),
 E('unknown-unit', 82, '银川市有关单位', 'collective (有关单位), like 市直有关部门'),
 E('deadline-later-than-baseline', 84, '2024年底前', 'task 3 (智慧园区) 持续推进，2025年取得明显成效; earlier'),
 E('deadline-later-than-baseline', 85, '持续推进，2025年取得明显成效', 'equal to task 1 持续推进，2025 年取得明显成效'),
 E('unknown-unit', 85, '银川市发展和改革委员会', 'city body leads city-level work (task 1 names 银川市 as 配合); in units.txt'),
 E('unknown-unit', 85, '区发改局', 'short name of 区发展和改革局 (units.txt)'),
 E('deadline-later-than-baseline', 86, '持续推进，2025年取得明显成效', 'equal to task 9 持续推进，2025年取得明显成效'),
 E('unknown-unit', 86, '银川市城市管理局', 'task 9 is led by 各地级市 — a 银川市 body leading the city-run 城市运行管理服务平台 is right; in units.txt'),
 E('unknown-unit', 86, '各镇（街道）', 'collective, like 各乡镇（街道）'),
 E('deadline-later-than-baseline', 87, '持续推进，2025年取得明显成效', 'equal to task 6 (持续推进，2025年取得明显成效) and task 7 (2023年形成试点经验，2025年取得明显成效)'),
 E('deadline-later-than-baseline', 88, '持续推进，2025年取得明显成效', 'equal to task 10 持续推进，2025年取得明显成效'),
 E('deadline-invalid', 89, '2023年形成机制', 'copied regional deadline of task 18 (2023年形成机制，长期坚持) lying before the plan year; ongoing obligation'),
 E('deadline-later-than-baseline', 89, '2023年形成机制，长期坚持', 'identical to task 18'),
 E('unknown-unit', 89, '区直各部门', 'collective; the 区 prefix of the list does not distribute into a 各… subject'),
 E('unknown-unit', 90, '自治区政府办公厅', 'regional body named for the region\'s own work (信创云资源保障); the local lead is 银川市大数据管理服务局牵头'),
 E('deadline-later-than-baseline', 90, '2024年底前', 'equal to task 43 (2024年建成，持续推进), task 46 (2024年), task 19 (2024年建成)'),
 E('unknown-unit', 91, '银川市大数据管理服务局', 'city body leading city-run 电子政务外网 work (区大数据服务中心配合 pattern); in units.txt'),
 E('deadline-later-than-baseline', 92, '2024年底前', 'equal to task 50 (2024年)'),
 E('unknown-unit', 93, '自治区党委政法委', 'regional body named first for the region\'s own work (平台统建, task 49 is 自治区党委政法委牵头); the local task is 银川市委政法委牵头'),
 E('deadline-later-than-baseline', 93, '2025年', 'equal to task 49 (2025年)'),
 E('unknown-unit', 94, '银川市大数据管理服务局', 'city body leading city-run data platform work; in units.txt'),
 E('deadline-later-than-baseline', 94, '2024年底前', 'task 29 2023年启动，2025年完成; task 33 2024年 — equal or earlier'),
 E('deadline-later-than-baseline', 98, '2024年6月底前', 'task 64 (各地参照自治区做法成立组织机构) 2025年; earlier'),
 E('deadline-later-than-baseline', 99, '2024年底前', 'task 22 (审管协同) 2025年; task 21 2024年 — earlier/equal'),
 E('unknown-unit', 99, '银川市审批服务管理局', 'city body runs the 审管联动 platform; in units.txt'),
 E('unknown-unit', 100, '区审批局', 'short name of 区审批服务管理局 (units.txt)'),
 E('deadline-later-than-baseline', 100, '2024年', 'equal to task 84 (2024年)'),
 E('unknown-unit', 101, '区大数据中心', 'short name of 区大数据服务中心 (units.txt)'),
 E('deadline-later-than-baseline', 102, '2024年底前', 'task 87 (12345) 2023年启动，2025年完成; task 115 2024年 — earlier/equal'),
 E('unknown-unit', 105, '各村（社区）', 'collective'),
 E('deadline-later-than-baseline', 105, '2025年', 'equal to task 83 (2025年)'),
 E('unknown-unit', 106, '银川市公安局金凤区分局', 'city police branch in the district; in units.txt'),
 E('unknown-unit', 107, '信访局', '区 prefix distributes over 区司法局、信访局 → 区信访局 (units.txt)'),
 E('unknown-unit', 109, '银川市生态环境局金凤区分局', 'city branch in the district; in units.txt'),
 E('unknown-unit', 110, '区农水局', 'short name of 区农业农村和水务局 (units.txt)'),
 E('deadline-later-than-baseline', 112, '2025年', 'equal to task 106 (2025年)'),
 E('deadline-later-than-baseline', 113, '2025年', 'equal to task 107 (2025年); 全市 here means 银川市'),
 E('deadline-later-than-baseline', 116, '长期坚持', 'task 121 长期坚持 (task 122 2023 年完成，长期坚持): ongoing, no later milestone'),
]
C = [(1,85),(3,84),(6,87),(8,31),(9,86),(10,88),(14,38),(15,38),(18,89),(19,90),(22,99),(28,44),(29,94),(33,94),
     (41,95),(43,90),(48,91),(49,93),(50,92),(54,96),(57,97),(64,98),(77,107),(79,106),(80,108),(83,105),(84,100),
     (86,101),(87,102),(89,103),(92,104),(94,109),(96,110),(105,111),(106,112),(107,113),(111,114),(112,115),
     (114,115),(116,75),(121,116),(124,78),(25,43),(102,67)]
covers = [{'task': t, 'line': l} for t, l in C]
for e in expect + M:
    if e['line']:
        assert e['text'] in L[e['line']-1], (e['line'], e['text'])
key = {
 'writer': 'blind writer, round 621; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'also': [],
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': M,
 'covers': covers,
 'notes': ('金凤区 (a district of 银川市) 2024 annual 实施方案 checked against 宁政发〔2023〕17号 only (no parent). '
           'In the draft 全区 = 金凤区 and 全市 = 银川市 (stated at lines 10 and 82); regional platforms are always called 自治区…. '
           'Many tasks are led by 银川市 bodies because the city runs the platforms; units.txt lists the district bodies, the city branches in the district and the 银川市 bodies. '
           'Line 9 also cites 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）correctly; only the regional title is wrong there. '
           'Task 93 (适老化与信息无障碍) is left out on purpose; other uncovered tasks are regional-only or not planned for 2024.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers), len(L))
