# Builds key.json and checks every line/text pair against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def chk(e):
    if e.get('line', 0) and 'text' in e:
        assert e['text'] in L[e['line'] - 1], (e['line'], e['text'])
    return e

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'

expect = [
    {"rule": BM, "line": 9, "text": "宁政办发〔2023〕17号",
     "why": "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
    {"rule": "garbled-text", "line": 36, "text": "鏅烘収鏁欒偛",
     "why": "mojibake: UTF-8 bytes of 智慧教育平台 read as GBK (鏅烘収鏁欒偛骞冲彴)"},
    {"rule": DL, "line": 89, "text": "2025年6月底前",
     "why": "宁政通 county-wide rollout (全面推广) is task 105, 完成时限 2024年; 2025年6月底前 is later. The pilot date 2024年6月底前 on the same line is fine; the county-wide date is what completes the task"},
    {"rule": DI, "line": 90, "text": "2024年9月31日",
     "why": "impossible date: September has 30 days (task 106 is due 2025年, so it is not late)"},
    {"rule": UU, "line": 74, "text": "自治区党委政法委",
     "why": "a regional body named as the lead (牵头) of a local county task, copied from task 79 (自治区党委政法委，公安厅牵头); the county lead would be 县委政法委"},
    {"rule": DL, "line": 120, "text": "2025年3月底前",
     "why": "喊叫水乡's date for 电子政务外网延伸到村 (task 48, 完成时限 2024年) is 2025年3月底前, later than the region's 2024 and than the county's own 全面推广 2024年12月底前 (line 57); line 27 says towns may not be later than the county"},
]

mnf = [
    {"rule": BM, "line": 2, "text": "中宁政办发〔2024〕19号", "why": "the document's own 文号, not a basis citation"},
    {"rule": BM, "line": 9, "text": "国发〔2022〕14号", "why": "correct 文号 for 《国务院关于加强数字政府建设的指导意见》"},
    {"rule": BM, "line": 11, "text": "宁政办发〔2020〕14号", "why": "retrospective mention (自…印发以来) of the 2020 工作要点 with its correct title and 文号; not cited as a basis"},
    {"rule": DI, "line": 11, "text": "2020年", "why": "part of a document title in the background, not a deadline"},
    {"rule": DI, "line": 12, "text": "2023年", "why": "past date in the background (work already done), not a deadline"},
    {"rule": DL, "line": 12, "text": "2023年", "why": "background: 数据资源目录 done in 2023, task 30 完成时限 2023年 — equal and retrospective"},
    {"rule": DL, "line": 23, "text": "2024年6月底", "why": "pilot goal for 宁安镇、石空镇; no regional goal of that kind"},
    {"rule": DL, "line": 24, "text": "2024年底", "why": "county-wide rollout goal; earlier than or equal to the tasks it refers to (48, 84, 105 due 2024)"},
    {"rule": DL, "line": 25, "text": "到2025年", "why": "equal to the region's goal 到2025年…体系框架全面成型"},
    {"rule": UU, "line": 27, "text": "宁安镇", "why": "town named as a place (pilot location), not a responsible body"},
    {"rule": UU, "line": 27, "text": "石空镇", "why": "town named as a place (pilot location), not a responsible body"},
    {"rule": DL, "line": 27, "text": "2024年6月底前", "why": "pilot date; pilot dates are not the completing milestone"},
    {"rule": UU, "line": 3, "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": UU, "line": 3, "text": "县直各部门（单位）", "why": "collective subject"},
    {"rule": UU, "line": 31, "text": "中宁工业园区管委会", "why": "registered short name of 宁夏中宁工业园区管委会 in units.txt"},
    {"rule": DL, "line": 31, "text": "2025年取得明显成效", "why": "task 3, 完成时限 持续推进，2025年取得明显成效 — equal"},
    {"rule": UU, "line": 32, "text": "市场监管局", "why": "县 prefix distributes from 县工信商务局: 县市场监管局, a registered short name (not a 市-level unit)"},
    {"rule": DL, "line": 32, "text": "2024年12月底前取得明显成效", "why": "task 2, 完成时限 2023年启动，2024年取得明显成效 — equal"},
    {"rule": UU, "line": 33, "text": "县委网信办等有关部门（单位）", "why": "registered unit followed by a collective"},
    {"rule": DL, "line": 33, "text": "2025年取得明显成效", "why": "task 5, 完成时限 持续推进，2025年取得明显成效 — equal"},
    {"rule": UU, "line": 53, "text": "市场监管局", "why": "县 prefix distributes over the list after 县人社局: 县市场监管局, registered"},
    {"rule": DL, "line": 35, "text": "2025年底前取得明显成效", "why": "task 10, 完成时限 持续推进，2025年取得明显成效 — equal; pilot date 2024年6月底前 earlier"},
    {"rule": DL, "line": 36, "text": "2025年取得明显成效", "why": "task 6, 完成时限 持续推进，2025年取得明显成效 — equal"},
    {"rule": DL, "line": 37, "text": "2025年取得明显成效", "why": "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效 — equal completing milestone"},
    {"rule": DL, "line": 39, "text": "2025年底前", "why": "task 12, 完成时限 2025年 — equal"},
    {"rule": DI, "line": 44, "text": "2023年形成机制", "why": "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan's year"},
    {"rule": DL, "line": 44, "text": "2023年形成机制", "why": "identical to task 18's 完成时限 2023年形成机制，长期坚持"},
    {"rule": DL, "line": 45, "text": "2024年12月底前", "why": "tasks 43/46, 完成时限 2024年建成，持续推进 / 2024年 — equal"},
    {"rule": DL, "line": 48, "text": "2024年10月底前", "why": "task 23, 完成时限 2024年 — earlier"},
    {"rule": DL, "line": 50, "text": "2024年启动", "why": "task 28, 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal, a later start is not a late deadline"},
    {"rule": DL, "line": 57, "text": "2024年12月底前", "why": "task 48, 完成时限 2024年 — county-wide date equal; pilot 2024年6月底前 earlier"},
    {"rule": UU, "line": 57, "text": "中国电信中宁分公司", "why": "listed in units.txt (operator as cooperating unit)"},
    {"rule": UU, "line": 58, "text": "县直有关部门（单位）", "why": "collective subject"},
    {"rule": DL, "line": 59, "text": "2025年底前", "why": "task 49, 完成时限 2025年 — equal"},
    {"rule": DL, "line": 60, "text": "2025年底前", "why": "task 56, 完成时限 2025年 — equal"},
    {"rule": DL, "line": 63, "text": "2024年6月底前", "why": "task 64, 完成时限 2025年 — earlier"},
    {"rule": UU, "line": 65, "text": "宁安镇人民政府", "why": "registered town government (body, not place)"},
    {"rule": DL, "line": 68, "text": "2025年底前", "why": "task 66, 完成时限 2025年 — equal"},
    {"rule": DL, "line": 74, "text": "2024年12月底前", "why": "task 79, 完成时限 2024年 — equal (the line's mistake is the unit, not the date)"},
    {"rule": DL, "line": 76, "text": "2025年6月底前", "why": "task 83, 完成时限 2025年 — county-wide date not later"},
    {"rule": DL, "line": 78, "text": "2024年12月底前", "why": "task 84, 完成时限 2024年 — equal"},
    {"rule": DL, "line": 80, "text": "2025年6月底前", "why": "task 87, 完成时限 2023年启动，2025年完成 — not later"},
    {"rule": DL, "line": 82, "text": "2024年12月底前", "why": "task 93, 完成时限 2024年 — equal"},
    {"rule": UU, "line": 84, "text": "中卫市生态环境局中宁分局", "why": "registered in units.txt (city bureau's county branch)"},
    {"rule": DL, "line": 89, "text": "2024年6月底前", "why": "pilot date on the 宁政通 line; only the county-wide date 2025年6月底前 is late"},
    {"rule": DL, "line": 90, "text": "2024年6月底前", "why": "pilot date; task 106 完成时限 2025年"},
    {"rule": DL, "line": 91, "text": "2025年6月底前", "why": "task 107, 完成时限 2025年 — not later"},
    {"rule": DL, "line": 92, "text": "2024年12月底前取得明显成效", "why": "task 108, 完成时限 长期推进，2024年取得明显成效 — equal"},
    {"rule": DL, "line": 100, "text": "2024年7月10日前", "why": "the office's own reporting date"},
    {"rule": DL, "line": 101, "text": "2025年6月", "why": "phase boundary of 实施步骤, not a task deadline"},
    {"rule": UU, "line": 106, "text": "宣传部", "why": "县委 prefix distributes: 县委宣传部, registered"},
    {"rule": DL, "line": 108, "text": "2025年12月15日前", "why": "the office's own reporting date for the final summary"},
    {"rule": DL, "line": 113, "text": "2024年9月底前", "why": "town's date earlier than the county's 2024年12月底前 (tasks 48, 84: 2024年)"},
    {"rule": DL, "line": 119, "text": "2024年12月底前", "why": "town's date equal to the county's and the region's (task 48/84: 2024年)"},
    {"rule": DL, "line": 119, "text": "2025年6月底前", "why": "基层管理服务平台 column: task 83, 完成时限 2025年; equal to the county's 全面推广 (line 76)"},
    {"rule": DL, "line": 120, "text": "2024年12月底前", "why": "喊叫水乡's 一网通办 date equal to the county's and the region's (task 84: 2024年); only its 外网 date is late"},
    {"rule": DL, "line": 121, "text": "2024年12月底前", "why": "town's date equal to the county's and the region's"},
    {"rule": UU, "line": 111, "text": "宁安镇人民政府", "why": "registered town government"},
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "taken up by 八、保障措施 (lines 104-107: 县委统一领导, 一把手工程, 资金, 数字素养, 考核评价) though the heading says 保障措施"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一和六级贯通", "why": "taken up by 五、健全县乡村贯通的工作体系 (lines 62-65: 健全组织机构, 厘清层级职责 六级贯通)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up at lines 38-40"},
]

covers = [
    (2, 32), (3, 31), (5, 33), (6, 36), (10, 35), (11, 37), (12, 39), (14, 43), (15, 43), (18, 44),
    (21, 47), (23, 48), (24, 49), (25, 105), (28, 50), (30, 12), (32, 52), (33, 53), (34, 53),
    (40, 54), (41, 55), (42, 55), (43, 45), (46, 45), (48, 57), (49, 59), (50, 58), (54, 54),
    (56, 60), (57, 61), (64, 63), (66, 68), (70, 70), (71, 71), (77, 73), (79, 74), (80, 75),
    (83, 76), (84, 78), (86, 79), (87, 80), (88, 81), (89, 81), (93, 82), (94, 84), (96, 85),
    (97, 86), (98, 86), (104, 88), (105, 89), (106, 90), (107, 91), (108, 92), (111, 93),
    (112, 95), (114, 96), (115, 97), (116, 104), (118, 106), (121, 107), (122, 107), (123, 107),
]

for e in expect + mnf:
    chk(e)
assert len(L) == 121, len(L)

key = {
    "writer": "blind writer, round 419; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("中宁县 (中卫市) plan of 2024-03-29 rolled out by place: pilot towns 宁安镇、石空镇 by 2024年6月底前, then 全县推开. "
              "Task notes read (责任单位：…；试点：宁安镇、石空镇，2024年6月底前；全面推广：…); line 28 defines 全面推广 as the county-wide completion date, "
              "which is the milestone compared with the region. The annex table (lines 110-121) gives each town's dates for three workstreams: "
              "电子政务外网延伸到村 = task 48 (2024年), 便民服务中心一网通办 = task 84 (2024年), 基层管理服务平台应用 = task 83 (2025年). "
              "No parent plan: the county cites only 国发〔2022〕14号 and the region's 实施意见. "
              "Tasks whose regional 完成时限 is 2023 (14, 15, 24, 25, 30, 32, 116, 118, 122, 123) are taken up without a date, except task 18 which copies the regional 2023年形成机制，长期坚持."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))
