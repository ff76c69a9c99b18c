#!/usr/bin/python3
# Builds key.json for blind939 and checks every line number / text against draft.txt.
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def at(line, text):
    if line == 0:
        return
    l = lines[line - 1]
    if text not in l:
        sys.exit('line %d does not contain %r:\n%s' % (line, text, l))

E = []
def e(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        at(line, text); d['text'] = text
    d.update(kw); d['why'] = why
    E.append(d)

e('basis-mismatch', 9, '宁政办发〔2023〕17号',
  '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (a 自治区人民政府 document, not a 政府办公厅 宁政办发 one); the 文号 does not belong to the title')
e('deadline-later-than-baseline', 17, '2026年',
  '主要目标: "“1347”体系框架全面成型" by 2026; the region says 到2025年 “34567”体系框架全面成型 and the parent 吴忠 plan says 到2025年 “1347”体系框架全面成型')
e('garbled-text', 47, '寤虹珛鏀垮姟鏁版嵁',
  'UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立政务数据属地返还机制')
e('unknown-unit', 96, '县大数据局',
  'not in units.txt; the county body is 县大数据服务中心 (县大数据局 imitates the city\'s 市大数据局 short name)')
e('deadline-later-than-baseline', 97, '2025年6月底前',
  'task 48 (城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; also contradicts the draft\'s own 2024年底 goal on line 16')
e('deadline-invalid', 110, '13月',
  '2024年13月底前 is an impossible month; the row is task 83 (互联网+基层治理), 完成时限 2025年, so it is not a late deadline under any reading')

M = []
def m(rule, line, text, why):
    d = {'rule': rule, 'line': line}
    if text is not None:
        at(line, text); d['text'] = text
    d['why'] = why
    M.append(d)

DL = 'deadline-later-than-baseline'; DI = 'deadline-invalid'; UU = 'unknown-unit'; BM = 'basis-mismatch'
# dates
m(DI, 6, '2024年3月15日', 'the document\'s own issue date, not a deadline')
m(DI, 12, '2023年', 'past date in the 发展基础 background (what was done in 2023), not a deadline')
m(DL, 16, '2024年底', '2024 goals: 电子政务外网乡村全覆盖 = task 48 (2024年), 接入“我的宁夏” = task 86 (2024年), “宁政通” = task 105 (2024年) are equal; 领导小组 = task 64 (2025年) is earlier')
m(DL, 18, '2035年', 'equal to the region\'s and 吴忠\'s 到2035年 goal')
m(DL, 76, '2024年12月15日前', 'the office\'s own reporting date for the annual summary (and 每季度末月25日前 progress reports), not a task deadline')
m(DL, 80, '2024年', 'task 2 完成时限 2023年启动，2024年取得明显成效: equal')
m(DL, 81, '持续推进，2025年取得明显成效', 'task 3 持续推进，2025年取得明显成效: equal')
m(DL, 83, '2024年底前', 'task 7 完成时限 2023年形成试点经验，2025年取得明显成效: completing milestone 2025, county 2024 is earlier')
m(DL, 87, '持续推进，2025年取得明显成效', 'task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: completing milestone 2025 equal (county only 配合)')
m(DI, 88, '2023年形成机制，长期坚持', 'task 18 deadline copied verbatim from the regional list (2023年形成机制，长期坚持); a copied regional deadline that lies before the plan\'s year')
m(DL, 88, '2023年形成机制，长期坚持', 'task 18 完成时限 2023年形成机制，长期坚持: equal')
m(DL, 90, '2024年启动，2025年取得明显成效', 'task 28 完成时限 2023年启动，2025年取得明显成效: completing milestone 2025 equal; only the start is later')
m(DL, 93, '2024年10月底前', 'task 41 完成时限 2024年: earlier')
m(DL, 95, '2024年', 'task 46 (政务信息系统有序迁移) 2024年 / task 43 2024年建成，持续推进: equal')
m(DL, 98, '2025年', 'task 49 (视频共享平台) 完成时限 2025年: equal')
m(DL, 101, '2024年12月底前', 'task 56 (非税收入收缴电子化) 完成时限 2025年: earlier')
m(DL, 103, '2024年6月底前', 'task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年: earlier; task 60 (充实自治区领导小组, 2023年) is a regional-only task, not this row')
m(DL, 104, '2025年', 'task 66 (经济运行大数据平台) 完成时限 2025年: equal')
m(DL, 121, '2025年', 'task 106 (填表报数系统) 完成时限 2025年: equal')
m(DL, 123, '2025年', 'task 111 (机关事务管理信息系统整合) 完成时限 2025年: equal')
m(DL, 127, '长期坚持', 'task 121 完成时限 长期坚持: equal')
# dates quoted in the closing 承接说明 section (regional deadlines, not the county's)
m(DI, 129, '2023年—2025年', 'period in the title of the regional task list, not a deadline')
m(DL, 130, '2025年取得明显成效', 'quoted regional deadline of task 1 (持续推进，2025年取得明显成效), a task the county does not take up')
m(DL, 131, '2024年取得明显成效', 'quoted regional deadline of task 4, not taken up')
m(DI, 132, '2023年', 'quoted regional deadline of task 17 (2023年), not a county deadline; line 143 says the quoted 时限 are the 《清单》\'s own')
m(DI, 133, '2023年启动，2024年建成', 'quoted regional deadline of task 19, not a county deadline')
m(DI, 134, '2023年启动，2025年完成', 'quoted regional deadline of task 87 (各地级市具体负责), not a county deadline')
m(DI, 135, '2023年至2025年', 'quoted regional deadlines of tasks 60-63, not a county deadline')
m(DI, 136, '2023年', 'quoted regional deadline of task 82, which the county says is no longer listed')
m(DL, 137, '2025年', 'quoted regional deadline of task 99 (2025年)')
m(DL, 140, '2025年', 'quoted regional deadlines of tasks 117/119/120 (2024年、2024年、2025年)')
m(DI, 142, '2023年完成，长期坚持', 'quoted regional deadlines of tasks 122 and 124, not county deadlines')
# units
m(UU, 3, '各乡镇人民政府', 'collective subject')
m(UU, 81, '县工信商务局', 'short name listed in units.txt for 县工业信息化和商务局')
m(UU, 82, '卫生健康局', 'prefix 县 distributes over the list: 县卫生健康局、县人力资源和社会保障局、县文化旅游广电局、县民政局 are all in units.txt')
m(UU, 83, '县教体局', 'short name of 县教育体育局 in units.txt')
m(UU, 84, '县卫健局', 'short name of 县卫生健康局 in units.txt')
m(UU, 85, '县直有关部门', 'collective subject')
m(UU, 110, '各村（社区）', 'collective subject')
m(UU, 116, '吴忠市生态环境局同心分局', 'the city bureau\'s county branch, listed in units.txt (驻县单位); not a city or regional lead')
m(UU, 109, '同心县消防救援大队', 'listed in units.txt')
m(UU, 96, '县政府办', 'short name of 县人民政府办公室 in units.txt (the planted unknown unit on this line is 县大数据局 only)')
m(UU, 27, '县大数据服务中心', 'listed in units.txt (the correct name of the body misnamed on line 96)')
m(UU, 76, '县数字政府建设领导小组办公室', 'listed in units.txt; recipient of reports')
m(UU, 130, '自治区发展改革委', 'regional lead of regional task 1, quoted in the section on tasks the county does not take up; not the lead of a local task')
m(UU, 130, '银川市、中卫市', 'quoted from task 1\'s 责任单位 in the baseline')
m(UU, 132, '自治区党委国安办', 'regional lead of regional tasks 16/17, quoted; not a local lead')
m(UU, 133, '自治区政府办公厅', 'regional lead of regional tasks 19/44, quoted; not a local lead')
m(UU, 134, '吴忠市', 'the city as a place (由吴忠市统筹实施 / 按照吴忠市统一部署), not a unit of a county task')
m(UU, 135, '党委编办', 'prefix 自治区 distributes: 自治区党委编办、国资委、科技厅, the regional units of tasks 61-63')
m(UU, 137, '自治区地质局', 'regional lead of regional task 99, quoted')
m(UU, 138, '自治区人民政府督查室', 'regional unit of task 109, quoted')
m(UU, 139, '自治区人大常委会法工委', 'regional lead of task 113, quoted')
m(UU, 140, '教育厅', 'prefix 自治区 distributes: 自治区人力资源社会保障厅、教育厅、党委组织部, units of tasks 117/119/120')
m(UU, 141, '自治区各部门（单位）', 'collective subject, quoted from task 103')
m(UU, 142, '自治区党委办公厅', 'regional unit of task 122, quoted')
# basis documents
m(BM, 9, '国发〔2022〕14号', 'correct 文号 of the national 指导意见')
m(BM, 9, '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the parent 吴忠 plan')
m(BM, 9, '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'parent city plan cited by its exact title without a 文号 (it has none)')
m(BM, 12, '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background (自…印发以来), not a basis citation; 文号 is right')
m(BM, 2, '同政发〔2024〕12号', 'the county notice\'s own 文号')
m(BM, 129, '《全区数字政府建设重点任务清单（2023年—2025年）》', 'the regional task list (附件2 of 宁政发〔2023〕17号) cited by its own title')

C = []
def c(task, line):
    C.append({'task': task, 'line': line})
for t, l in [(2, 80), (3, 81), (5, 31), (6, 82), (7, 83), (8, 84), (9, 85), (10, 86), (11, 87),
             (14, 36), (15, 36), (18, 88), (21, 89), (24, 42), (25, 74), (28, 90), (30, 46), (32, 46),
             (34, 91), (36, 47), (40, 92), (41, 93), (42, 94), (46, 95), (47, 96), (48, 97), (49, 98),
             (50, 51), (54, 99), (55, 100), (56, 101), (57, 102), (58, 52), (64, 103), (66, 104),
             (68, 57), (71, 106), (74, 105), (77, 107), (79, 108), (80, 109), (83, 110), (84, 111),
             (85, 64), (86, 112), (88, 113), (89, 64), (90, 114), (93, 115), (94, 116), (96, 117),
             (97, 118), (98, 119), (100, 67), (102, 67), (104, 120), (105, 120), (106, 121), (107, 122),
             (108, 69), (111, 123), (112, 124), (114, 125), (115, 126), (116, 73), (121, 127), (123, 76)]:
    c(t, l)

key = {
    'writer': 'blind writer, round 939; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': E,
    'mustNotFlag': M,
    'covers': C,
    'notes': ('同心县 2024 实施方案 (同政发〔2024〕12号, 2024-03-15) on the 吴忠 "1347" framework, with a 48-row task table '
              '(lines 79-127) and a closing section (lines 128-143) listing regional tasks the county does not take up '
              '(第XX项由自治区有关部门负责/由各地级市牵头，本县配合落实), quoting regional task numbers and their 完成时限. '
              'Those quoted dates are the 《清单》\'s own (line 143 says so) and are not county deadlines. '
              'Task 82 (疫情防控, 各市、县（区）配合) is deliberately dropped with a reason on line 136; whether that counts as '
              '"uncovered" is left open (information only, not in expect). Several tasks where counties only 配合 '
              '(e.g. 33, 59, 67, 76, 78, 101) are neither taken up nor listed; a task-uncovered notice for them is fair. '
              'Table rows carry no regional task numbers; the mapping used in why/covers is by content.')
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(E), 'mustNotFlag', len(M), 'covers', len(C), 'lines', len(lines))
