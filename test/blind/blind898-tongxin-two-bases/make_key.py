#!/usr/bin/env python3
"""Builds key.json for blind898 and checks every line/text against draft.txt (1-based)."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def at(line, text):
    assert 1 <= line <= len(L), (line, text)
    assert text in L[line - 1], f'line {line} lacks {text!r}: {L[line-1][:60]}'
    return line

D, I, U, B, G, P, T = ('deadline-later-than-baseline', 'deadline-invalid', 'unknown-unit',
                        'basis-mismatch', 'garbled-text', 'missing-pillar', 'task-uncovered')
expect = [
    {"rule": D, "line": at(116, "2025年"), "text": "2025年",
     "why": "task row 16 (县级城域网升级改造，电子政务外网县、乡、村全覆盖) takes up regional task 48, 完成时限 2024年; the body (line 58) itself says 2024年"},
    {"rule": I, "line": at(29, "2024年6月31日"), "text": "2024年6月31日",
     "why": "impossible date: June has 30 days (备案 date for the 一联系、两清单 mechanism; no regional task involved)"},
    {"rule": U, "line": at(112, "县大数据局"), "text": "县大数据局",
     "why": "not in units.txt; the county body is 县大数据服务中心 (a slip copied from 吴忠's 市大数据局)"},
    {"rule": B, "line": at(90, "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "the 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号 (correct in the preamble, line 9); 宁政办发〔2023〕17号 does not belong to that title"},
    {"rule": G, "line": at(88, "鏈哄叧浜嬪姟绠＄悊"), "text": "鏈哄叧浜嬪姟绠＄悊",
     "why": "UTF-8 bytes of 机关事务管理 read as GBK (re-encode as GBK, decode as UTF-8)"},
    {"rule": P, "line": 0, "pillar": "政务公开",
     "why": "the seventh ability (提升全面规范的政务公开能力) is left out: section 五 names only six abilities and no line deals with 信息公开, 政策文件库, 政务新媒体 or 政民互动"},
    {"rule": T, "line": 0, "task": 112,
     "why": "政务公开 platforms, 各市、县（区）分别负责, 2024年; left out with the 政务公开 pillar"},
    {"rule": T, "line": 0, "task": 114,
     "why": "政务新媒体矩阵, 各市、县（区）分别负责, 2024年; left out with the 政务公开 pillar"},
]

must = [
    # --- goals restated from 吴忠 and the region
    {"rule": D, "line": at(18, "到2025年"), "text": "到2025年",
     "why": "restates 吴忠's 2025 goal (1347 体系框架全面成型) with the same year; region's 34567 goal is also 到2025年"},
    {"rule": D, "line": at(18, "到2035年"), "text": "到2035年",
     "why": "restates 吴忠's (and the region's) 2035 goal, same year"},
    {"rule": D, "line": at(20, "到2025年"), "text": "到2025年",
     "why": "county's 2025 goal (融入1347体系框架，工作体制逐步健全…) equals 吴忠's and the region's 到2025年 goal"},
    {"rule": D, "line": at(21, "到2035年"), "text": "到2035年",
     "why": "equal to 吴忠's and the region's 到2035年 goal"},
    {"rule": D, "line": at(19, "到2024年底"), "text": "到2024年底",
     "why": "county's own 2024 goals match tasks due 2024: 46 (系统迁移, 2024年), 84 (一网通办, 2024年), 105 (宁政通, 2024年); no higher goal for these is earlier"},
    {"rule": D, "line": at(15, "到2023年底"), "text": "到2023年底",
     "why": "a quotation of 吴忠's own 2023 goal (平台家底全面理清) in the background, same year as 吴忠 and the region"},
    {"rule": D, "line": at(27, "2024年6月底前"), "text": "2024年6月底前",
     "why": "county's own leading group is regional task 64 (各地各部门成立相应组织机构, 各市、县（区）负责, 2025年): earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own group, 自治区政府办公厅负责, not a county task"},
    {"rule": D, "line": at(101, "2024年6月底前"), "text": "2024年6月底前",
     "why": "task 64, 完成时限 2025年: earlier (task 60 is regional-only, see line 27)"},
    {"rule": D, "line": at(110, "2024 年"), "text": "2024 年",
     "why": "审管协同 is task 22, 完成时限 2025年: earlier (written with a space)"},
    {"rule": D, "line": at(59, "2024年底前"), "text": "2024年底前",
     "why": "视频一张网 is task 49, 完成时限 2025年: earlier"},
    {"rule": D, "line": at(117, "2024年底前"), "text": "2024年底前",
     "why": "task 49, 完成时限 2025年: earlier"},
    {"rule": D, "line": at(131, "2024年10月底前"), "text": "2024年10月底前",
     "why": "tasks 90 (公共场馆数字化, 2024年) and 93 (适老化与信息无障碍, 2024年): earlier than year end"},
    {"rule": D, "line": at(50, "2024年启动，2025年取得明显成效"), "text": "2024年启动，2025年取得明显成效",
     "why": "试点示范 is task 28, 完成时限 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal"},
    {"rule": D, "line": at(111, "2024年启动，2025年取得明显成效"), "text": "2024年启动，2025年取得明显成效",
     "why": "task 28 (2023年启动，2025年取得明显成效): completing milestone equal"},
    {"rule": D, "line": at(129, "2025年"), "text": "2025年",
     "why": "12345 热线 is task 87, 完成时限 2023年启动，2025年完成: equal"},
    {"rule": D, "line": at(104, "2025年"), "text": "2025年",
     "why": "智慧教育平台 is task 7, 完成时限 2023年形成试点经验，2025年取得明显成效: equal"},
    {"rule": D, "line": at(39, "2025年取得明显成效"), "text": "2025年取得明显成效",
     "why": "数字供销 is task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效: equal (the county keeps only the completing milestone)"},
    {"rule": D, "line": at(87, "2024年取得明显成效"), "text": "2024年取得明显成效",
     "why": "公共资源交易 is task 108, 完成时限 长期推进，2024年取得明显成效: equal"},
    {"rule": D, "line": at(137, "长期推进，2024年取得明显成效"), "text": "长期推进，2024年取得明显成效",
     "why": "task 108's deadline copied verbatim"},
    {"rule": D, "line": at(57, "2024年12月底前"), "text": "2024年12月底前",
     "why": "政务云迁移: tasks 43 (2024年建成，持续推进) and 46 (2024年): equal"},
    {"rule": D, "line": at(58, "2024年"), "text": "2024年",
     "why": "城域网/电子政务外网 is task 48 (2024年), also 47 and 50 (2024年): equal in the body (the task table row 16 is the late one)"},
    {"rule": D, "line": at(60, "2025年"), "text": "2025年",
     "why": "电子证照 task 52 (2025年) and 非税收入 task 56 (2025年): equal"},
    {"rule": D, "line": at(85, "2024年"), "text": "2024年",
     "why": "协同办公 task 104 and 宁政通 task 105 (2024年) equal; 视频会议 task 107 (2025年) earlier"},
    {"rule": D, "line": at(36, "2025年取得明显成效"), "text": "持续推进，2025年取得明显成效",
     "why": "tasks 6 and 8 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效): equal"},
    {"rule": D, "line": at(48, "2024年12月底前"), "text": "2024年12月底前",
     "why": "行政权力事项网上运行 is task 21 (2024年): equal; 审管协同 task 22 (2025年): earlier"},
    {"rule": D, "line": at(78, "2024年10月底前"), "text": "2024年10月底前",
     "why": "tasks 90 and 93 (2024年): earlier"},
    {"rule": D, "line": at(115, "2024年12月底前"), "text": "2024年12月底前",
     "why": "tasks 43 (2024年建成，持续推进) and 46 (2024年): equal"},
    {"rule": D, "line": at(41, "2025年"), "text": "2025年",
     "why": "数据要素市场 is task 12, 完成时限 2025年: equal"},
    {"rule": D, "line": at(76, "2025年"), "text": "2025年",
     "why": "task 87, 完成时限 2023年启动，2025年完成: equal"},
    {"rule": D, "line": at(95, "2024年12月10日"), "text": "2024年12月10日",
     "why": "the office's own reporting date for the annual summary, not a task deadline"},
    {"rule": D, "line": at(98, "（2024—2025年）"), "text": "2024—2025年",
     "why": "the period the task list covers, in its title; not a deadline"},
    # --- invalid-date near misses
    {"rule": I, "line": at(46, "2023年形成机制，长期坚持"), "text": "2023年形成机制，长期坚持",
     "why": "task 18's deadline (2023年形成机制，长期坚持) copied: lies before the plan's year but is the region's own deadline, ongoing"},
    {"rule": I, "line": at(108, "2023年形成机制，长期坚持"), "text": "2023年形成机制，长期坚持",
     "why": "task 18's deadline copied verbatim"},
    {"rule": I, "line": at(139, "2023年完成并长期坚持"), "text": "2023年完成并长期坚持",
     "why": "task 116's deadline (2023年完成并长期坚持) copied verbatim"},
    {"rule": I, "line": at(14, "2020年"), "text": "2020年",
     "why": "retrospective background date (the 2020 工作要点)"},
    {"rule": I, "line": at(15, "2023年12月"), "text": "2023年12月",
     "why": "past date in the background: what the county already finished"},
    {"rule": I, "line": at(15, "2023年11月"), "text": "2023年11月",
     "why": "past date: when 吴忠 issued its plan"},
    {"rule": I, "line": at(6, "2024年4月15日"), "text": "2024年4月15日",
     "why": "the document's own issue date"},
    {"rule": I, "line": at(95, "每季度末月25日前"), "text": "每季度末月25日前",
     "why": "recurring reporting date of the office"},
    # --- basis near misses
    {"rule": B, "line": at(9, "国发〔2022〕14号"), "text": "国发〔2022〕14号",
     "why": "correct title and number of the national 指导意见"},
    {"rule": B, "line": at(9, "宁政发〔2023〕17号"), "text": "宁政发〔2023〕17号",
     "why": "correct title and number of the regional 实施意见"},
    {"rule": B, "line": at(9, "吴忠市人民政府《关于加强数字政府建设的实施方案》"), "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》",
     "why": "the city plan cited by the title it gives itself; the 吴忠 plan carries no 文号, so none is cited"},
    {"rule": B, "line": at(15, "《关于加强数字政府建设的实施方案》"), "text": "《关于加强数字政府建设的实施方案》",
     "why": "the 吴忠 plan named again in the background with its issue month: right title"},
    {"rule": B, "line": at(14, "宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention of the 2020 工作要点 in the background (工作基础), not cited as a basis; title and number are right"},
    {"rule": B, "line": at(1, "同政办发〔2024〕18号"), "text": "同政办发〔2024〕18号",
     "why": "the document's own 文号"},
    # --- unit near misses
    {"rule": U, "line": at(49, "审计局"), "text": "审计局",
     "why": "prefix 县 distributes: 县财政局、审计局 = 县审计局 (in units.txt)"},
    {"rule": U, "line": at(115, "市大数据局"), "text": "市大数据局",
     "why": "short name of 市大数据管理服务局 in units.txt; cooperating, not leading"},
    {"rule": U, "line": at(95, "市大数据管理服务局"), "text": "市大数据管理服务局",
     "why": "city body in units.txt, the recipient of reports, not a responsible unit"},
    {"rule": U, "line": at(119, "同心县税务局"), "text": "同心县税务局",
     "why": "short name of 国家税务总局同心县税务局 in units.txt"},
    {"rule": U, "line": at(125, "县消防救援大队"), "text": "县消防救援大队",
     "why": "short name of 同心县消防救援大队 in units.txt"},
    {"rule": U, "line": at(71, "县气象局"), "text": "县气象局",
     "why": "short name of 同心县气象局 in units.txt"},
    {"rule": U, "line": at(54, "市生态环境局同心分局"), "text": "市生态环境局同心分局",
     "why": "short name of 吴忠市生态环境局同心分局 (vertically managed branch) in units.txt"},
    {"rule": U, "line": at(33, "同心工业园区管委会"), "text": "同心工业园区管委会",
     "why": "short name of 同心工业园区管理委员会 in units.txt"},
    {"rule": U, "line": at(102, "县工信商务局"), "text": "县工信商务局",
     "why": "short name of 县工业信息化和商务局 in units.txt"},
    {"rule": U, "line": at(135, "县政府办"), "text": "县政府办",
     "why": "short name of 县人民政府办公室 in units.txt"},
    {"rule": U, "line": at(126, "各村（社区）"), "text": "各村（社区）", "why": "collective subject"},
    {"rule": U, "line": at(27, "各乡镇人民政府"), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": U, "line": at(139, "县直各部门（单位）"), "text": "县直各部门（单位）", "why": "collective subject"},
    {"rule": U, "line": at(111, "县直有关部门"), "text": "县直有关部门", "why": "collective subject (the county form of 市直有关部门)"},
    {"rule": U, "line": at(36, "按职责分别负责"), "text": "按职责分别负责",
     "why": "a role phrase after the unit list, not a unit"},
    {"rule": U, "line": at(45, "分别负责"), "text": "分别负责",
     "why": "a role phrase after the unit list, not a unit"},
    # --- garbled near miss
    {"rule": G, "line": at(37, "（CIM）"), "text": "（CIM）",
     "why": "a Latin acronym (城市信息模型) in Chinese text, not mojibake"},
    # --- pillar near misses
    {"rule": P, "line": 0, "pillar": "数字生态",
     "why": "thin but present: section 三（三） lines 40–42 (数据要素市场, 网络生态)"},
    {"rule": P, "line": 0, "pillar": "五个一",
     "why": "folded, as in 吴忠's 1347, into 一套体系 (lines 26–29: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制)"},
    {"rule": P, "line": 0, "pillar": "财政投入",
     "why": "present under 党的领导 (line 91, 加大财政投入)"},
]

covers = [
    (3, 33), (5, 34), (6, 36), (7, 36), (8, 36), (9, 37), (10, 38), (11, 39), (12, 41),
    (14, 45), (15, 45), (18, 46), (21, 48), (22, 48), (24, 49), (25, 91), (28, 50), (30, 52),
    (32, 52), (34, 54), (40, 55), (41, 53), (43, 57), (46, 57), (47, 58), (48, 58), (49, 59),
    (50, 58), (52, 60), (54, 55), (56, 60), (64, 27), (66, 64), (70, 66), (71, 66), (73, 67),
    (74, 67), (77, 69), (79, 70), (80, 71), (83, 72), (84, 74), (86, 75), (87, 76), (88, 77),
    (89, 77), (90, 78), (93, 78), (94, 80), (96, 81), (98, 82), (102, 83), (104, 85), (105, 85),
    (106, 86), (107, 85), (108, 87), (111, 138), (116, 90), (118, 92), (122, 93), (123, 93),
    (124, 93),
]
for t, ln in covers:
    assert 1 <= ln <= len(L)

key = {
    "writer": "blind writer, round 898; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": must,
    "covers": [{"task": t, "line": ln} for t, ln in covers],
    "notes": ("同心县 2024 实施方案 (同政办发〔2024〕18号) citing 宁政发〔2023〕17号 and the 吴忠 plan (by title; it has no 文号), "
              "following 吴忠's 1347 framework, with inline notes (牵头单位/配合单位/完成时限) and a 39-row task table (lines 100–139, "
              "first-listed unit leads, as line 99 says). Units: units.txt (county registry plus two 市 bodies). "
              "12345 热线 (line 76, row 29) is public service (task 87), not 政务公开 content. "
              "Line 27/101 (调整充实县领导小组, 2024年6月底前) is task 64 (2025年), not the regional-only task 60 (2023年). "
              "Deadlines of tasks due 2023 (14, 15, 24, 25, 30, 32) are taken up in the body without a date, or copied (18, 116). "
              "Line 29's date belongs to the county's own 一联系、两清单 mechanism (from the 吴忠 plan), not to a regional task."),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(L), 'lines;', len(expect), 'expect;', len(must), 'mustNotFlag;', len(covers), 'covers')
