# Builds key.json and checks every line number / text against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(text, hint=None):
    hits = [i + 1 for i, l in enumerate(L) if text in l]
    assert hits, text
    if hint is not None:
        assert hint in hits, (text, hint, hits)
        return hint
    assert len(hits) == 1, (text, hits)
    return hits[0]

expect = [
 dict(rule='basis-mismatch', line=ln('宁政办发〔2023〕17号'), text='宁政办发〔2023〕17号',
      why='the 自治区 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; 宁政办发 is wrong (slip from the 1244+N citation next to it)'),
 dict(rule='unknown-unit', line=ln('县大数据管理服务局数据资源科'), text='县大数据管理服务局数据资源科',
      why='贺兰县 has no 县大数据管理服务局 (the county body is 县大数据服务中心, units.txt); a division of a body that does not exist in the county (the city-level body name copied down)'),
 dict(rule='unknown-unit', line=ln('县财务局国库股'), text='县财务局国库股',
      why='body name wrong before its division: 县财务局 does not exist, the body is 县财政局 (its 国库股 is named correctly on lines 39, 75, 77)'),
 dict(rule='deadline-later-than-baseline', line=ln('2025年6月底前'), text='2025年6月底',
      why='task 55 (宁夏统一公共支付平台及电子票据系统, 财政电子票据一站式查验), 完成时限 2024年; the county row says 2025年6月底前'),
 dict(rule='deadline-later-than-baseline', line=ln('2025年底前'), text='2025年底',
      why='task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; the county row says 2025年底前'),
 dict(rule='deadline-invalid', line=ln('2023年12月底前'), text='2023年12月底',
      why='the plan is issued 2024-03-18 and the row (task 41, 公共数据开放目录, regional 完成时限 2024年) gives 2023年12月底前, a date already past when issued; not a copy of the regional deadline'),
 dict(rule='garbled-text', line=ln('鎺ㄥ姩鏀垮姟'), text='鎺ㄥ姩鏀垮姟鏈嶅姟',
      why='UTF-8 read as GBK: 鎺ㄥ姩鏀垮姟鏈嶅姟绾夸笂绾夸笅铻嶅悎 = 推动政务服务线上线下融合'),
]

M = []
def mn(rule, text, why, line=None, hint=None):
    e = dict(rule=rule, line=line if line is not None else ln(text, hint))
    if text: e['text'] = text
    e['why'] = why
    M.append(e)

U = 'unknown-unit'
mn(U, '县财政局国库股', '国库股 is a division of 县财政局 (listed); the division is the body', hint=75)
mn(U, '预算股', 'in 县财政局国库股、预算股 the prefix 县财政局 distributes: 县财政局预算股, a division of a listed body', hint=77)
mn(U, '县审批服务管理局政务服务股', 'division of 县审批服务管理局 (listed)', hint=88)
mn(U, '县公安局网安大队', 'division (网安大队) of 县公安局 (listed)', hint=66)
mn(U, '县大数据服务中心技术保障科', 'division of 县大数据服务中心 (listed)', hint=67)
mn(U, '县委办公室信息科', 'division of 县委办公室 (listed)', hint=72)
mn(U, '县委网信办网络安全股', 'division of 县委网信办 (listed)', hint=66)
mn(U, '县工业信息化和商务局企业服务股', 'division of 县工业信息化和商务局 (listed)', hint=62)
mn(U, '县财政局分管负责同志', 'a post of 县财政局 (listed), not a separate body')
mn(U, '县审批服务管理局主要负责同志', 'a post of 县审批服务管理局 (listed)')
mn(U, '县审批局政务服务股', 'division named after the listed short name 县审批局 (= 县审批服务管理局)', hint=89)
mn(U, '县审批局综合股', 'division named after the listed short name 县审批局')
mn(U, '县市场监管局信用监管股', 'division named after the listed short name 县市场监管局', hint=82)
mn(U, '县发改局信用股', 'division named after the listed short name 县发改局 (= 县发展和改革局)', hint=79)
mn(U, '县发改局投资股', 'division named after the listed short name 县发改局')
mn(U, '县政府办电子政务股', 'division named after the listed short name 县政府办 (= 县人民政府办公室)')
mn(U, '县政府办政务公开股', 'division named after the listed short name 县政府办', hint=100)
mn(U, '县政府办督查股', 'division named after the listed short name 县政府办')
mn(U, '县消防救援大队', 'a listed body; 大队 is part of its name, not a division', hint=86)
mn(U, '银川市生态环境局贺兰分局', 'listed in units.txt (the city bureau\'s county branch)', hint=95)
mn(U, '县数字政府办', 'listed short name of 县数字政府建设领导小组办公室', hint=69)
mn(U, '各村（社区）', 'collective subject', hint=87)
mn(U, '县直各部门（单位）', 'collective subject (the cell is a planted late deadline, the unit is fine)', hint=92)
mn(U, '县直有关部门', 'collective subject', hint=67)
mn(U, '各乡镇人民政府', 'collective subject', hint=65)
mn(U, '数字宁夏建设运营有限公司', 'regional company named as a resource to bring in (task 62), not a responsible unit of a county task')
mn(U, '县人民政府', 'the county government and county party committee themselves (listed as 县人民政府 / 县委), not a task unit', hint=53)
mn(U, '县政府各部门、各直属机构', 'collective addressees of the notice')

D = 'deadline-later-than-baseline'
I = 'deadline-invalid'
mn(D, '持续推进，2025年取得明显成效', 'task 3 完成时限 持续推进，2025 年取得明显成效: equal', hint=62)
mn(D, '2024年10月底前', 'task 48 完成时限 2024 年: October 2024 is within it (earlier)')
mn(D, '2024年6月底前', 'task 64 完成时限 2025年: earlier')
mn(D, '2024年底前', 'task 96 完成时限 2025年: earlier', hint=93)
mn(D, '2024年底前', 'task 95 完成时限 2025年 (task 94, 2024年): not later either way', hint=95)
mn(D, '2024年底前', 'task 43 完成时限 2024 年建成，持续推进 / task 19 2023年启动，2024年建成: equal', hint=67)
mn(D, '2025年', 'task 56 完成时限 2025年: equal (the row is a planted unknown unit, not a late deadline)', hint=76)
mn(D, '2025年取得明显成效', 'task 28 完成时限 2023年启动，2025年取得明显成效: equal completing milestone', hint=69)
mn(D, '长期坚持', 'task 18 完成时限 2023年形成机制，长期坚持: ongoing like the region', hint=66)
mn(D, '长期坚持', 'task 118 完成时限 2023年完成并长期坚持: ongoing, no later milestone', hint=103)
mn(D, '长期坚持', 'task 124 完成时限 2023 年形成机制，长期坚持: ongoing', hint=105)
mn(D, '长期坚持', 'task 121 完成时限 长期坚持: equal', hint=104)
mn(D, '2023年启动，2025年完成', 'task 87 完成时限 2023年启动，2025年完成: copied, equal')
mn(I, '2023年启动，2025年完成', 'copied regional deadline whose start lies before the plan year; completes 2025')
mn(D, '2023年完成并长期坚持', 'task 116 完成时限 2023年完成并长期坚持: copied, equal')
mn(I, '2023年完成并长期坚持', 'copied regional deadline that lies before the plan year (task 116)')
mn(D, '到2024年底', 'goal for the county\'s own organisation (task 64, 2025年), 外网 coverage (task 48, 2024年) and 政务服务 (task 84, 2024年); the region\'s 2023 goal on organisation is for 自治区本级 “五个一”, not a county goal')
mn(D, '到2025年', 'same year as the region\'s 2025 goal (“34567”体系框架全面成型)')
mn(I, '截至2023年底', 'background: past dates (2021年, 2022年, 截至2023年底) describe work done, not deadlines')
mn(I, '2024年12月10日前', 'the office\'s own reporting dates (quarterly and annual summary), not a task deadline')
mn(D, '2024年12月10日前', 'reporting date, matches no task')
mn(I, '（2024年—2025年）', 'period of the task list in its title, not a deadline', hint=59)

B = 'basis-mismatch'
mn(B, '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
mn(B, '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, as the 吴忠 plan cites it')
mn(B, '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background, not a basis of this plan; title and 文号 belong together')
mn(B, '宁政发〔2023〕17号附件2', 'correct 文号 of the regional 实施意见 in the task list note')
mn(B, '贺政办发〔2024〕9号', 'the document\'s own 文号 (the issuing notice), not a cited basis')
mn(B, '银川市关于加强数字政府建设的部署要求', 'the city\'s requirements named without a title or 文号; nothing to mismatch')

covers = []
for t, l in [(3, 62), (6, 63), (7, 64), (10, 65), (18, 66), (43, 67), (19, 26), (22, 68), (28, 69),
             (33, 70), (34, 34), (41, 71), (40, 72), (48, 73), (47, 38), (50, 74), (55, 75), (56, 76),
             (110, 77), (54, 78), (57, 79), (64, 80), (66, 81), (70, 82), (71, 83), (77, 84), (79, 85),
             (80, 86), (83, 87), (84, 88), (86, 89), (87, 90), (89, 91), (93, 92), (96, 93), (97, 94),
             (95, 95), (104, 96), (105, 96), (106, 97), (107, 98), (111, 99), (112, 100), (114, 101),
             (116, 102), (118, 103), (121, 104), (124, 105), (14, 23), (15, 23), (17, 24), (32, 33),
             (36, 34), (42, 35), (24, 29), (25, 29), (68, 46), (8, 19), (10, 19), (11, 19)]:
    covers.append(dict(task=t, line=l))

key = dict(
    writer='blind writer, round 575; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    written='2026-12-07', draft='draft.txt', baseline='ningxia-2023', build=None, parents=[],
    units='units.txt', planYear=2024, expect=expect, mustNotFlag=M, covers=covers,
    notes=('贺兰县 (银川市) plan of 2024-03-18, checked against 宁政发〔2023〕17号 only (no parent plan). '
           'units.txt lists bodies only; divisions (股/科/大队) and posts (分管负责同志, 主要负责同志) of listed bodies, '
           'also under their listed short names, are those bodies. The first unit of a task-list cell is its lead (note on line 60). '
           'Planted: 1 basis, 2 unknown units, 2 late deadlines, 1 invalid deadline, 1 garbled run.'))
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
