# builds key.json and checks every line/text pair against the final draft.txt (1-based)
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def E(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None: d['text'] = text
    d.update(kw); d['why'] = why
    return d
expect = [
 E('basis-mismatch', 10, '宁政发〔2022〕17号', '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is a slip, so the 文号 does not belong to the title'),
 E('deadline-later-than-baseline', 25, '2026年', '主要目标: the region says 到2025年，全区各级数字政府建设“34567”体系框架全面成型; the county dates the same goal (体系框架全面成型) 2026'),
 E('garbled-text', 71, '鏀垮姟鏁版嵁鍏变韩閫氭姤', 'UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 政务数据共享通报 (制度), cf. task 36'),
 E('deadline-invalid', 74, '2024年6月31日', 'June has 30 days; impossible date in the inline note (the year itself matches tasks 40 and 54, 完成时限 2024年)'),
 E('deadline-later-than-baseline', 107, '2025年底前', 'task 105 (持续打造“宁政通”移动办公“总门户”…覆盖区市县乡村五级) 完成时限 2024年; the county puts it at the end of 2025'),
 E('unknown-unit', 131, '县发改委', 'not in units.txt: the county body is 县发展和改革局 (= 县发展改革局, 县发改局); 发改委 is the city/region form. The body text (lines 57, 67, 82) writes 县发改局 correctly'),
]
N = []
def M(rule, line, text, why): N.append(E(rule, line, text, why))
M('deadline-invalid', 2, '2024—2025年', 'the plan period in the title, not a deadline')
M('deadline-invalid', 7, '2024年3月18日', 'the issue date of the notice itself')
M('basis-mismatch', 10, '国发〔2022〕14号', 'correct title and 文号 of the national guiding opinion')
M('basis-mismatch', 10, '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan (seed)')
M('basis-mismatch', 10, '中卫市人民政府《关于加强数字政府建设的实施方案》', 'the city (parent) plan cited by title alone, as DOMAIN.md says county drafts do; no 文号 to contradict')
M('unknown-unit', 10, '中卫市人民政府', 'issuer of a cited document, not a responsible unit')
M('basis-mismatch', 13, '宁政办发〔2020〕14号', 'retrospective mention in 工作基础 of the 2020 工作要点 with its correct title and 文号; it is not cited as a basis')
M('deadline-invalid', 13, '2021年', 'background achievements (2021, 2022), past dates, not deadlines')
M('deadline-invalid', 14, '2023年底', 'background statistics for 2023, not a deadline')
M('deadline-later-than-baseline', 24, '2024年底', '2024 goals: 信创云迁移 (task 46, 2024年; task 43, 2024年建成), 外网三级全覆盖 (task 48, 2024年), 雪亮工程 (task 79, 2024年), 一网通办 (task 84, 2024年) are equal; 工作体系 (task 64, 2025年) is earlier')
M('deadline-later-than-baseline', 26, '2035年', 'equal to the regional 到2035年 goal')
M('deadline-invalid', 28, '2023年基数', 'indicator-table column header: the base year of the statistics, not a deadline')
M('deadline-later-than-baseline', 29, '100', 'indicator row 外网乡村两级覆盖率 reaches 100 in the 2024年目标 column (task 48, 2024年); the 2025 column only holds it')
M('deadline-later-than-baseline', 31, '95', 'progressive indicator (全程网办率 90→95); task 84 (2024年) sets no numeric rate, so the 2025 column is not a completion date later than the task')
M('deadline-later-than-baseline', 36, '≥50', '填表报数压减50% in 2025 equals task 106 (完成时限 2025年, 压减50%以上)')
M('deadline-later-than-baseline', 37, '100', '千兆光网通达率 100 in 2025: task 10 (数字乡村, 补齐乡村信息基础设施短板) 完成时限 持续推进，2025年取得明显成效; equal')
M('deadline-later-than-baseline', 38, '1500', 'training volume per year is an ongoing activity; task 118 (培训体系) is 2023年完成并长期坚持, i.e. ongoing')
M('deadline-invalid', 40, '2023年12月底', 'date of the base statistics, not a deadline')
M('deadline-later-than-baseline', 43, '2024年4月底前', 'county organisation (task 64, 各市、县（区）负责, 完成时限 2025年): earlier. Task 60 (充实自治区领导小组, 2023年) is the region\'s own task')
M('unknown-unit', 43, '各乡镇人民政府', 'collective subject')
M('deadline-later-than-baseline', 48, '2024年底前取得明显成效', 'task 2 完成时限 2023年启动，2024年取得明显成效: equal')
M('deadline-later-than-baseline', 49, '持续推进，2025年取得明显成效', 'task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal')
M('unknown-unit', 49, '国家（中卫）新型互联网交换中心', 'a facility named after a place, not a unit')
M('deadline-later-than-baseline', 53, '2025年底前', 'task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效: same year')
M('unknown-unit', 55, '中国电信中宁分公司', 'a body outside the government proper, listed in units.txt')
M('deadline-later-than-baseline', 45, '长期坚持', 'task 32 (数据管理机构及人员) 完成时限 2023年: an ongoing commitment with no later milestone')
M('deadline-later-than-baseline', 67, '长期坚持', 'task 24 (会商机制) 完成时限 2023年: an ongoing commitment with no later milestone')
M('deadline-later-than-baseline', 71, '持续推进', 'tasks 31 and 36 (完成时限 2023年): ongoing, no later milestone')
M('deadline-later-than-baseline', 61, '长期坚持', 'tasks 14 and 15 (完成时限 2023年): an ongoing commitment with no later milestone')
M('deadline-invalid', 62, '2023年形成机制，长期坚持', 'copied regional deadline of task 18 (2023年形成机制，长期坚持); it lies before the plan year but is an ongoing commitment, not a new deadline')
M('deadline-later-than-baseline', 62, '2023年形成机制，长期坚持', 'identical to task 18 完成时限')
M('deadline-later-than-baseline', 65, '2024年9月底前', 'task 21 完成时限 2024年: earlier month of the same year')
M('deadline-later-than-baseline', 68, '2024年启动，2025年取得明显成效', 'task 28 完成时限 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal; only the start is later')
M('unknown-unit', 74, '县委办', 'official short name of 县委办公室 in units.txt')
M('deadline-later-than-baseline', 76, '2024年底前', 'tasks 43 (2024年建成，持续推进) and 46 (2024年): equal')
M('deadline-later-than-baseline', 77, '2024年11月底前', 'tasks 47 and 48 完成时限 2024年: equal year, earlier month')
M('unknown-unit', 78, '应急局', 'prefix 县 distributes over 县公安局、应急局、水务局、交通运输局 → 县应急局 (alias of 县应急管理局), 县水务局, 县交通运输局')
M('deadline-later-than-baseline', 78, '2025年', 'task 49 (视频一张网) 完成时限 2025年: equal')
M('unknown-unit', 80, '中宁县税务局', 'vertical body listed in units.txt')
M('unknown-unit', 82, '县发改局', 'official short name of 县发展和改革局 in units.txt')
M('deadline-later-than-baseline', 90, '2024年10月底前', 'task 79 (雪亮工程) 完成时限 2024年: earlier month')
M('unknown-unit', 92, '各村（社区）', 'collective subject')
M('deadline-later-than-baseline', 92, '2025年', 'task 83 (互联网+基层治理) 完成时限 2025年: equal')
M('deadline-later-than-baseline', 96, '2025年', 'task 87 (12345 一呼即应) 完成时限 2023年启动，2025年完成: equal')
M('unknown-unit', 100, '县生态环境分局', 'short name of 中卫市生态环境局中宁分局 in units.txt')
M('deadline-later-than-baseline', 108, '2025年', 'task 106 (填表报数压减50%) 完成时限 2025年: equal')
M('deadline-later-than-baseline', 110, '长期推进，2024年取得明显成效', 'task 108 完成时限 长期推进，2024年取得明显成效: equal')
M('unknown-unit', 111, '县政府督查室', 'short name of 县人民政府督查室 in units.txt')
M('deadline-invalid', 122, '2024年12月20日前', "the office's own reporting dates (quarterly 25日前, annual summary), not task deadlines")
M('unknown-unit', 122, '县推进“数字政府”建设领导小组办公室', 'listed in units.txt')
M('deadline-later-than-baseline', 126, '2024年4月底前', 'task 64 完成时限 2025年: earlier')
M('unknown-unit', 133, '信访局', 'prefix 县 distributes: 县司法局、信访局 → 县信访局')
M('deadline-later-than-baseline', 137, '2025年', 'task 106 完成时限 2025年: equal')
N.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一', 'why': 'section 二 (line 43) takes up the 五个一 organisation, under the heading 健全工作体系'})
N.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '六级贯通', 'why': 'line 44 (厘清层级职责) takes up 六级贯通'})
N.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': 'line 119 强化资金保障 carries the 财政投入 content (资金渠道, 预算, 运维资金挂钩评估, 乡村支持)'})
N.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': 'lines 57-58 营造良好数字生态'})
covers_raw = {2:48,3:49,5:50,6:52,8:53,9:54,10:55,11:56,12:57,14:61,15:61,18:62,21:65,23:66,24:67,25:119,26:69,28:68,32:45,
 33:72,34:72,40:74,41:73,42:73,43:76,46:76,47:77,48:77,49:78,50:77,52:79,53:80,54:74,56:81,57:82,64:43,66:84,70:86,71:86,
 74:87,77:89,79:90,80:91,83:92,84:94,86:95,87:96,88:97,89:97,90:98,93:98,94:100,96:101,97:102,98:102,100:101,102:103,
 103:105,104:106,105:107,106:108,107:109,108:110,109:111,111:112,112:114,114:115,115:116,116:118,118:120,122:121,123:121,124:121}
covers = [{'task': t, 'line': l} for t, l in sorted(covers_raw.items())]
# checks
for d in expect + N:
    if d['line'] == 0: continue
    line = L[d['line'] - 1]
    assert d.get('text') is None or d['text'] in line, (d, line[:60])
key = {
 'writer': 'blind writer, round 648; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': N,
 'covers': covers,
 'notes': ('中宁县 (under 中卫市) 2024 plan issued 2024-03-18 as 中宁政办发〔2024〕18号; no parent plan is supplied, the 中卫 plan is only cited by title. '
           'The 主要目标 holds an indicator table (lines 28-39, tab-separated) whose 2023年基数 column is a base year and whose 2025年目标 column is compared with the regional 2025 dates. '
           'Tasks due 2023 in the region are carried as 长期坚持/持续推进 or copied verbatim (line 62), never given a 2024 date. '
           'The task table (lines 125-137) states that the first-listed lead is the main lead. '
           'No task is deliberately left out; task-uncovered is not annotated.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(N), len(covers))
