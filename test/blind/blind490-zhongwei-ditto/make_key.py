# Builds key.json and asserts every cited text is on its line of draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(s, start=1, nth=1):
    k = 0
    for i in range(start - 1, len(L)):
        if s in L[i]:
            k += 1
            if k == nth: return i + 1
    raise SystemExit('not found: ' + s)
def row(n):  # line of task-table row n
    return ln('\t%d. ' % n)
def cell(n, col):
    return L[row(n) - 1].split('\t')[col]

expect = [
 {"rule": "basis-mismatch", "line": ln('宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
 {"rule": "deadline-later-than-baseline", "line": ln('到2026年'), "text": "2026年",
  "why": "主要目标: the region's goal is 到2025年 the \"34567\" 体系框架全面成型 (same wording: 工作体制逐步健全、管理机制趋于成熟…); the city puts the same goal at 2026"},
 {"rule": "deadline-later-than-baseline", "line": row(12), "text": "同上",
  "why": "row 12 takes up task 13 (政策环境: 市场准入、公平竞争审查、公平竞争监管制度), 完成时限 2024年; its cell says 同上, repeating row 11's 2025年 (row 11 = task 12, 数据要素市场, 2025年), so the row's deadline is 2025, later than 2024"},
 {"rule": "unknown-unit", "line": row(17), "text": "市信息化中心",
  "why": "no such unit in units.txt (the city's big-data body is 市大数据管理服务局)"},
 {"rule": "garbled-text", "line": ln('鍔犲揩鎺ㄨ繘'), "text": "鍔犲揩鎺ㄨ繘鐢靛瓙鏀垮姟澶栫綉",
  "why": "UTF-8 bytes read as GBK: 加快推进电子政务外网 (re-encode GBK, decode UTF-8)"},
 {"rule": "deadline-invalid", "line": row(41), "text": "6月31日",
  "why": "2024年6月31日前: June has 30 days (row 41 = task 84, due 2024年, so not late)"},
 {"rule": "deadline-later-than-baseline", "line": row(49), "text": "〃",
  "why": "row 49 takes up task 97 (自然资源三维立体“一张图”和国土空间基础信息平台), 完成时限 2024年; its cell 〃 repeats row 48's 2025年 (row 48 = task 95, 2025年), so the row's deadline is 2025, later than 2024"},
]
assert cell(12, 3) == '同上' and cell(11, 3) == '2025年'
assert cell(49, 3) == '〃' and cell(48, 3) == '2025年'
assert '2024年6月31日前' == cell(41, 3)
assert '鍔犲揩鎺ㄨ繘鐢靛瓙鏀垮姟澶栫綉'.encode('gbk').decode('utf-8') == '加快推进电子政务外网'

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"
def mn(rule, line, text, why):
    if text is not None and text != '' and text not in L[line - 1]:
        raise SystemExit('mnf text not on line %d: %s' % (line, text))
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    return e
m = []
m.append(mn(B, 9, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"))
m.append(mn(B, 9, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan"))
m.append(mn(B, ln('宁政办发〔2020〕14号'), "宁政办发〔2020〕14号", "retrospective mention in 发展基础 (自2020年…印发…以来) of the old 工作要点, correct title and 文号; not cited as a basis"))
m.append(mn(B, 2, "卫政发〔2024〕21号", "the plan's own 文号 in the 印发 notice, not a cited document"))
m.append(mn(I, ln('截至2023年底'), "2023年底", "past date in the 发展基础 background (截至2023年底…), not a deadline"))
m.append(mn(I, ln('自2020年自治区印发'), "2020年", "past year in the background, retrospective"))
m.append(mn(I, 6, "2024年3月28日", "the issue date of the notice"))
m.append(mn(D, ln('到2024年底'), "2024年底", "city's near-term goal (信创云迁移, 外网/城域网 全覆盖) = tasks 43 (2024年建成) and 48 (2024年); equal"))
m.append(mn(D, ln('到2035年'), "2035年", "same 2035 goal as the region"))
m.append(mn(D, ln('力争2024年底前完成'), "2024年底前", "政务云向信创云过渡 = task 43 (2024年建成，持续推进) / task 46 (2024年); equal"))
m.append(mn(I, ln('6月25日、12月25日'), "6月25日、12月25日", "the office's own half-yearly reporting dates, not task deadlines"))
m.append(mn(D, row(2), "同上", "同上 where the value above is right: row 2 = task 3 (智慧园区), regional 持续推进，2025年取得明显成效; row 1 has the same"))
m.append(mn(D, row(3), "2024年取得明显成效", "task 2: 2023年启动，2024年取得明显成效; completing milestone equal"))
m.append(mn(D, row(5), "〃", "〃 repeats row 4's 持续推进，2025年取得明显成效; row 5 = task 6, same regional deadline (the 〃 sits in the first row of a new group but still means the cell above)"))
m.append(mn(D, row(6), "2025年取得明显成效", "task 7: 2023年形成试点经验，2025年取得明显成效; completing milestone equal"))
m.append(mn(D, row(8), "同上", "row 8 = task 9 (智慧城市), 持续推进，2025年取得明显成效; 同上 repeats the same from row 7 (task 8)"))
m.append(mn(D, row(10), "2025年取得明显成效", "task 11: 2023年完成主要建设任务，2025年取得明显成效; completing milestone equal"))
m.append(mn(U, row(12), "同上", "责任单位 同上 repeats row 11's 市发展改革委牵头，中卫西部云基地管委会、市公共资源交易中心配合, right for task 13 (发展改革委牵头, 公共资源交易管理局配合); all units known"))
m.append(mn(I, row(13), "2023年形成机制，长期坚持", "task 18's regional deadline copied verbatim (2023年形成机制，长期坚持); a copied regional deadline that lies before the plan's year, with an ongoing flag"))
m.append(mn(D, row(13), "2023年形成机制，长期坚持", "equal to task 18"))
m.append(mn(D, row(19), "2024年启动，2025年取得明显成效", "task 28: 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal; only the start is later"))
m.append(mn(D, row(21), "同上", "row 21 = task 37 (2024年); 同上 repeats row 20's 2024年 (task 34, 2024年)"))
m.append(mn(D, row(22), None, "both cells left empty = same as above: 2024年, equal to task 39 (2024年); units as row 20"))
m.append(mn(D, row(24), "同前", "同前 = 2024年 from row 23; task 41 is 2024年"))
m.append(mn(D, row(26), "〃", "〃 = 2024年 from row 25; task 48 is 2024年"))
m.append(mn(U, row(26), "中国电信中卫分公司", "basic telecom operators' branches, listed in units.txt (units outside the government proper)"))
m.append(mn(D, row(30), "同上", "同上 = 2025年 from row 29 (task 52); row 30 = task 56, 2025年"))
m.append(mn(U, row(31), "市发改委", "alias of 市发展改革委 in units.txt"))
m.append(mn(D, row(32), "2024年", "task 64 is due 2025年; earlier is fine"))
m.append(mn(U, row(35), "承担监管职责的市直有关部门", "collective subject"))
m.append(mn(D, row(36), "同上", "row 36 = task 75 (2024年); 同上 repeats row 35's 2024年 (task 74)"))
m.append(mn(D, row(38), "同上", "row 38 = task 79 (2024年); 同上 repeats row 37's 2024年 (task 77)"))
m.append(mn(U, row(39), "中卫市消防救援支队", "in units.txt (vertical body outside the city government proper)"))
m.append(mn(U, row(42), "市审批局", "alias of 市审批服务管理局 in units.txt"))
m.append(mn(D, row(43), "2025年完成", "task 87: 2023年启动，2025年完成; equal"))
m.append(mn(D, row(51), "2024年", "task 98 (智慧林草) 2024年; explicit value after the 〃 row, equal"))
m.append(mn(D, row(55), "同上", "row 55 = task 105 (2024年); 同上 repeats row 54's 2024年 (task 104); units 同上 = 市人民政府办公室牵头, right"))
m.append(mn(D, row(57), None, "empty 完成时限 = 2025年 from row 56; task 107 is 2025年"))
m.append(mn(U, row(58), "同上", "责任单位 同上 = 市机关事务服务中心牵头…, right for task 111 (机管局牵头)"))
m.append(mn(D, row(59), "长期推进，2024年取得明显成效", "task 108, copied verbatim; equal"))
m.append(mn(D, row(61), "同上", "row 61 = task 114 (2024年); 同上 = 2024年 from row 60 (task 112)"))
m.append(mn(D, row(62), "〃", "row 62 = task 115 (2024年); 〃 = 2024年 from row 61"))
m.append(mn(D, row(63), "长期坚持", "task 121: 长期坚持; equal"))
m.append(mn(U, row(3), "市工信局", "alias of 市工业和信息化局 in units.txt"))
m.append(mn(U, row(7), "市卫健委", "alias of 市卫生健康委 in units.txt"))
m.append(mn(U, row(1), "西部云基地管委会", "short name of 中卫西部云基地管委会 in units.txt; also 工业和信息化局 takes the 市 prefix from 市发展改革委"))
m.append(mn(U, row(16), "市场监管局", "prefix 市 distributes: 市审批服务管理局、市场监管局 = 市市场监管局"))
m.append(mn(U, row(20), "市场监管局", "prefix 市 distributes: 市人力资源社会保障局、市场监管局 = 市市场监管局"))
m.append(mn(U, row(52), "市场监管局", "prefix 市 distributes: 市发展改革委、市场监管局 = 市市场监管局"))
m.append(mn(U, row(11), "中卫西部云基地管委会", "canonical name in units.txt"))
m.append(mn(U, row(14), "市直各部门", "collective subject"))
m.append(mn(U, row(9), "各乡镇（街道）", "collective subject"))
m.append(mn(U, row(5), "各县（区）人民政府", "collective subject; 市直有关部门 likewise"))
m.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "taken up by 四、健全“一套工作体系” (健全组织机构: 领导小组, 领导小组办公室, 西部云基地/电信企业/专家团队 as in the 五个一 system)"})
m.append({"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "四（二）厘清层级职责 states the 六级贯通 层级架构 and each level's role"})
m.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "二（三）营造良好数字生态 and table rows 11-12"})

covers_rows = {1:1,2:3,3:2,4:5,5:6,6:7,7:8,8:9,9:10,10:11,11:12,12:13,13:18,14:43,15:21,16:22,17:23,18:27,19:28,20:34,21:37,22:39,23:40,24:41,25:45,26:48,27:49,28:50,29:52,30:56,31:57,32:64,33:66,34:71,35:74,36:75,37:77,38:79,39:80,40:83,41:84,42:86,43:87,44:89,45:92,46:93,47:94,48:95,49:97,50:96,51:98,52:101,53:103,54:104,55:105,56:106,57:107,58:111,59:108,60:112,61:114,62:115,63:121,64:117,65:120}
covers = [{"task": t, "line": row(r)} for r, t in covers_rows.items()]
body_covers = [(14, '强化安全管理责任'), (15, '建立数字政府安全评估'), (24, '完善政务信息化建设管理会商机制'), (30, '全面摸清全市政务数据资源底数'),
               (32, '明确市直各部门数据管理机构'), (33, '对接全区人口、法人、自然资源'), (36, '建立健全政务数据供需对接机制'),
               (42, '推进供水、供电、供气、公共交通'), (68, '推行“照单监管”'), (73, '推进消费维权“一件事”改革'),
               (85, '推行“集成办”“免证办”'), (90, '推动图书馆、博物馆、档案馆'), (102, '推进水、气、土、废污染防治攻坚战'),
               (116, '纳入“一把手工程”'), (122, '纳入市效能目标管理考核'), (123, '综合考核评价的重要参考'), (124, '建立容错和奖惩机制'),
               (25, '建立多渠道投入的资金保障机制'), (54, '深化电子文件管理'), (58, '推动地理信息资源共建共享')]
for t, s in body_covers:
    covers.append({"task": t, "line": ln(s)})
covers.sort(key=lambda c: c["task"])

key = {
 "writer": "blind writer, round 490; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": m,
 "covers": covers,
 "notes": ("中卫市 2024 plan implementing 宁政发〔2023〕17号 directly (no parent plan). Its 任务分工表 (lines %d-%d) uses 同上, 〃, 同前 and empty cells "
           "to mean 'same as the cell above' in the 责任单位 and 完成时限 columns. Two late deadlines hide behind ditto marks (rows 12 and 49); "
           "all other ditto cells resolve to a value equal to the regional deadline or to right units. The first column's empty cells continue the "
           "group above, as in the regional task list. Row-to-task mapping: see covers. Readings that may differ: line 16's 到2024年底 goal is about tasks 43/48 (2024), not the region's 2023 goals; row 13 copies task 18's 2023 deadline in a 2024 plan (annotated as a near miss, per KEY-FORMAT); row 19 starts later (2024 vs 2023) but completes with the region (2025); 市场监管局 after a 市 prefix is 市市场监管局. Helper scripts: build_draft.py, check_rows.py, make_key.py.") % (row(1) - 1, row(65)),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(m), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'))
