#!/usr/bin/env python3
"""Builds key.json for blind727 from draft.txt: every line number is found by a unique substring."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def ln(sub, also=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l and (also is None or also in l)]
    assert len(hits) == 1, (sub, also, hits)
    return hits[0]

def has(line, text):
    assert text in lines[line - 1], (line, text)
    return text

E, M, C = [], [], []
def e(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        d['text'] = has(line, text) if line else text
    d.update(kw); d['why'] = why; E.append(d)
def m(rule, line, text, why):
    d = {'rule': rule, 'line': line}
    if text is not None:
        d['text'] = has(line, text)
    d['why'] = why; M.append(d)
def c(task, line):
    C.append({'task': task, 'line': line})

# ---------------- planted mistakes ----------------
L_basis = ln('宁政发〔2022〕17号')
e('basis-mismatch', L_basis, '宁政发〔2022〕17号',
  'the 实施意见 titled 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a year slip, so the 文号 does not belong to the title')
L_goal = ln('到2026年：')
e('deadline-later-than-baseline', L_goal, '2026年',
  'the goal "体系框架全面成型, 工作体制(逐步)健全, 管理机制(趋于)成熟" is 到2025年 in 宁政发〔2023〕17号 主要目标 ("34567"体系框架全面成型) and 到2025年 in the parent 吴忠 plan ("1347"体系框架全面成型 … 与自治区共性基础支撑体系实现对接复用、互联互通); the draft moves it to 2026')
L_row1 = ln('把电子政务外网接到全区每个村')
e('deadline-later-than-baseline', L_row1, '2025年6月底前',
  'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; task 47 (电子政务外网升级改造、骨干网扩容) is also 2024年; the row puts the village coverage in mid-2025 (the draft itself promises it by end-2024 on line %d)' % ln('今年（2024年）底前'))
L_old = ln('区经信局')
e('unknown-unit', L_old, '区经信局',
  'old name (区经济和信息化局) not in units.txt; the merged unit is 区工业信息化和商务局 = 区工信商务局, used everywhere else in the draft')
L_aged = ln('2024年6月31日')
e('deadline-invalid', L_aged, '2024年6月31日',
  'impossible date: June has 30 days. (Task 93 适老化与信息无障碍 is due 2024年, so the year itself is not late.)')
L_garb = ln('鏉戦噷鐨勫ぇ鍠囧彮')
e('garbled-text', L_garb, '鏉戦噷鐨勫ぇ鍠囧彮',
  'UTF-8 read as GBK: re-encoding 鏉戦噷鐨勫ぇ鍠囧彮銆佸井淇＄兢 as GBK and decoding as UTF-8 gives 村里的大喇叭、微信群')

# ---------------- near misses ----------------
m('basis-mismatch', L_basis, '国发〔2022〕14号', 'correct: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号')
m('basis-mismatch', L_basis, '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'the parent city plan cited by title alone (it has no 文号); the title is right')
m('basis-mismatch', L_basis, '宁政办发〔2023〕11号', 'correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan')
L_bg = ln('（一）我们的底子')
m('basis-mismatch', L_bg, '宁政办发〔2020〕14号', 'retrospective mention in the background of what was done under the 2020 工作要点 (correct 文号); it is not cited as a basis')
m('deadline-invalid', L_bg, '2022年10月', 'past dates in the background (2020年以来, 2022年10月, 2023年) describe what was already done, not deadlines')
L_1415 = ln('第14、15项')
m('deadline-invalid', L_1415, '2023年', 'the regional deadline of tasks 14 and 15 (2023年) is quoted, with the note that it was met last year; not a deadline of this plan')
m('deadline-later-than-baseline', L_1415, '2023年', 'quoted regional deadline of tasks 14/15 (2023年), equal by construction; nothing new is dated')
L_2024goal = ln('今年（2024年）底前')
m('deadline-later-than-baseline', L_2024goal, '2024年', 'goals for end-2024: 外网到村 = task 48 (2024年), “我的宁夏”能办 = task 86 (2024年), 就近办 = task 84 (2024年), 宁政通 = task 105 (2024年); all equal')
m('deadline-later-than-baseline', ln('到2035年：'), '2035年', 'equal to the 2035 goal of the region and of the 吴忠 plan (数字政府全面建成)')
L_org = ln('（一）有人管事')
m('deadline-later-than-baseline', L_org, '2024年6月底前', 'task 64 (各地各部门参照自治区做法，成立相应的组织机构…齐抓共管的工作格局), 完成时限 2025年: earlier. Task 60 (充实自治区推进“数字政府”建设领导小组成员, 2023年) is the region\'s own leading group, not this one')
m('unknown-unit', L_org, '区推进数字政府建设领导小组', 'the body being set up, named in narrative text, not a responsible unit of a note')
m('unknown-unit', L_org, '区政府办', 'short name of 利通区人民政府办公室 in units.txt')
m('unknown-unit', L_org, '各乡镇（街道）', 'collective subject')
L_cloud = ln('“上云用数”')
m('deadline-later-than-baseline', L_cloud, '2024年底前取得明显成效', 'task 2 (产业云), 完成时限 2023年启动，2024年取得明显成效: equal')
m('unknown-unit', L_cloud, '区工信商务局', 'short name of 区工业信息化和商务局 in units.txt')
m('unknown-unit', L_cloud, '区发改局', 'short name of 区发展和改革局 in units.txt')
L_park = ln('把园区管得更“聪明”')
m('deadline-later-than-baseline', L_park, '持续推进，2025年取得明显成效', 'task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal')
m('unknown-unit', L_park, '金积工业园区管委会', 'short name of 金积工业园区管理委员会 in units.txt')
m('unknown-unit', L_park, '区生态环境分局', 'short name of 吴忠市生态环境局利通区分局 in units.txt')
L_net = ln('网上的新生意也要管起来')
m('deadline-later-than-baseline', L_net, '持续推进，2025年取得明显成效', 'task 5 (数字经济治理、以网管网), 完成时限 持续推进，2025年取得明显成效: equal')
m('unknown-unit', L_net, '区公安分局', 'short name of 吴忠市公安局利通区分局 in units.txt')
L_health = ln('看病、上学、养老少跑路')
m('deadline-later-than-baseline', L_health, '持续推进，2025年取得明显成效', 'task 6 (服务数字化, 各市、县（区）负责), 持续推进，2025年取得明显成效; task 8 (互联网+医疗健康) same; task 7 (智慧教育平台) 2023年形成试点经验，2025年取得明显成效 — the completing milestone 2025 is equal')
m('unknown-unit', L_health, '区人民医院', 'a hospital named in narrative text, not a responsible unit; the note names 区卫健局')
m('unknown-unit', L_health, '区卫健局、区教育局、区民政局分别负责', 'three registered units (short names), each responsible for its own part')
m('deadline-later-than-baseline', ln('把城区管得更细'), '持续推进，2025年取得明显成效', 'task 9 (智慧城市、一网统管), 持续推进，2025年取得明显成效: equal')
L_vill = ln('把数字乡村建到村里')
m('deadline-later-than-baseline', L_vill, '持续推进，2025年取得明显成效', 'task 10 (数字乡村), 持续推进，2025年取得明显成效: equal')
m('unknown-unit', L_vill, '各村（社区）', 'collective subject')
L_coop = ln('办好“数字供销”')
m('deadline-later-than-baseline', L_coop, '2025年底前取得明显成效', 'task 11 (数字供销), 2023年完成主要建设任务，2025年取得明显成效: same year, equal')
m('unknown-unit', L_coop, '区供销社', 'short name of 区供销合作社联合社 in units.txt')
L_data = ln('数据要用起来、用出效益')
m('deadline-later-than-baseline', L_data, '2025年', 'task 12 (培育数据要素市场、建设数据交易平台、引进和培育数据要素市场主体), 完成时限 2025年: equal. Task 13 (市场准入、公平竞争审查等制度, 2024年) is not what this item does')
L_sec = ln('定期查、经常练')
m('deadline-later-than-baseline', L_sec, '长期坚持', 'task 18 (安全技术保障体系、常态化安全防护和应急演练), 2023年形成机制，长期坚持; the item is the recurring checks and drills under a mechanism already in place (line %d), ongoing with no later year' % L_1415)
m('unknown-unit', L_sec, '区直各部门（单位）', 'collective subject')
L_perm = ln('手里的权力放到网上')
m('deadline-later-than-baseline', L_perm, '2024年底前', 'task 21 (行政权力事项网上运行、动态管理), 2024年: equal; task 22 (审管协同), 2025年: earlier')
m('unknown-unit', L_perm, '区直有关部门', 'collective subject')
L_pilot = ln('先试点再推开')
m('deadline-later-than-baseline', L_pilot, '2024年启动，2025年取得明显成效', 'task 28 (试点示范), 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal; only the start of this district pilot is 2024')
m('unknown-unit', L_pilot, '金积镇人民政府', 'in units.txt')
L_arch = ln('文件、档案都上网')
m('deadline-later-than-baseline', L_arch, '2024年底前', 'task 40 (电子公文管理), 2024年; task 54 (电子文件归档、无纸化办公), 2024年: equal')
m('unknown-unit', L_arch, '区委办', 'short name of 区委办公室 in units.txt')
m('deadline-later-than-baseline', ln('能公开的数据公开'), '2024年底前', 'task 41 (公共数据开放目录、统一开放平台、分类分级开放), 2024年: equal')
L_econ = ln('看准经济走势')
m('deadline-later-than-baseline', L_econ, '2024年底前', 'task 66 (经济运行大数据平台), 2025年: earlier; task 65 (经济治理基础数据库), 2024年: equal')
m('deadline-later-than-baseline', ln('吃的用的能追溯'), '2024年底前', 'task 71 (全链条数字化追溯监管), 2024年: equal')
m('deadline-later-than-baseline', ln('矛盾纠纷早发现'), '2024年11月底前', 'task 77 (矛盾纠纷多元化解信息系统), 2024年: earlier')
L_eye = ln('雪亮工程到村')
m('deadline-later-than-baseline', L_eye, '2024年底前', 'task 79 (雪亮工程), 2024年: equal')
m('unknown-unit', L_eye, '区委政法委、区公安分局', 'two registered units (区公安分局 is a short name)')
m('deadline-later-than-baseline', ln('网格管起来'), '2025年6月底前', 'task 83 (互联网+基层治理, 各市、县（区）具体负责), 2025年: earlier')
m('deadline-later-than-baseline', ln('网上办、掌上办、就近办'), '2024年底前', 'task 84 (网上办、掌上办、就近办、一次办), 2024年: equal')
m('deadline-later-than-baseline', ln('环境数据一张图'), '2024年底前', 'task 94 (生态环境数据资源中心), 2024年: equal; task 95, 2025年: earlier')
m('unknown-unit', ln('环境数据一张图'), '区自然资源分局', 'short name of 吴忠市自然资源局利通区分局 in units.txt')
m('deadline-later-than-baseline', ln('以网上公开为主'), '2024年底前', 'task 112 (政务公开信息化平台), 2024年: equal')
L_pub = L_garb
m('unknown-unit', L_pub, '区委宣传部、网信办', 'the prefix 区委 distributes: 区委宣传部 and 区委网信办, both in units.txt')
L_rep = ln('按时报进展')
m('deadline-later-than-baseline', L_rep, '2025年1月10日前', 'the office\'s own reporting date for the 2024 annual summary, not a task deadline')
m('deadline-invalid', L_rep, '25日前', 'quarterly reporting date of the office, not a deadline')
m('deadline-later-than-baseline', ln('迁移到自治区政务信创云'), '2024年10月底前', 'task 43 (政务信创云), 2024年建成，持续推进; task 46 (政务信息系统有序迁移), 2024年: earlier')
m('deadline-later-than-baseline', ln('应上尽上'), '2024年9月底前', 'task 86 (“我的宁夏”应上尽上), 2024年: earlier')
m('deadline-later-than-baseline', ln('接诉即办'), '2024年底前', 'task 87 (12345热线“一呼即应”、接诉即办), 2023年启动，2025年完成: earlier')
m('deadline-later-than-baseline', ln('非税收入全部电子缴款'), '2024年底前', 'task 56 (非税收入收缴电子化), 2025年: earlier')
m('deadline-later-than-baseline', ln('办公小程序应并尽并'), '2024年8月底前', 'task 105 (宁政通), 2024年: earlier')
m('deadline-later-than-baseline', ln('填表报数系统填报，基层填表'), '2025年底前', 'task 106 (填表报数系统、压减50%以上), 2025年: equal')
L_vc = ln('非涉密视频会议系统')
m('deadline-later-than-baseline', L_vc, '2024年底前', 'task 107 (非涉密视频会议系统整合), 2025年: earlier')
m('unknown-unit', L_vc, '区机关事务服务中心', 'in units.txt')
m('deadline-later-than-baseline', ln('接入“互联网+城乡供水”平台'), '2025年', 'task 96 (互联网+城乡供水), 2025年: equal')
m('deadline-later-than-baseline', ln('实现“一库通查”'), '2024年底前', 'task 113 (政策文件库“一库通查”), 2024年: equal')
m('deadline-later-than-baseline', ln('区长信箱的群众诉求统一转办'), '2024年底前', 'task 115 (政民互动和民意转办平台), 2024年: equal')
m('deadline-later-than-baseline', ln('差异化监管'), '2024年底前', 'task 70 (企业信用风险分类、“双随机、一公开”差异化监管), 2024年: equal')
m('deadline-later-than-baseline', ln('机关事务统一上平台管理'), '2025年', 'task 111 (机关事务管理统一门户), 2025年: equal')
m('deadline-later-than-baseline', ln('年度效能考核\t'), '长期坚持', 'task 121 (常态化考核), 长期坚持: equal; tasks 122/123 (2023年完成，长期坚持) were due before this plan and are only kept up here, with no later year')

# ---------------- covers ----------------
for task, sub in [
    (64, '（一）有人管事'), (2, '“上云用数”'), (3, '把园区管得更“聪明”'), (5, '网上的新生意也要管起来'),
    (6, '看病、上学、养老少跑路'), (8, '看病、上学、养老少跑路'), (7, '看病、上学、养老少跑路'),
    (9, '把城区管得更细'), (10, '把数字乡村建到村里'), (11, '办好“数字供销”'), (90, '文化场馆搬到手机上'),
    (12, '数据要用起来、用出效益'), (14, '第14、15项'), (15, '第14、15项'), (18, '定期查、经常练'),
    (24, '花钱建系统先商量'), (21, '手里的权力放到网上'), (28, '先试点再推开'),
    (30, '1．摸清家底'), (32, '1．摸清家底'), (36, '数据能共享的就共享'),
    (40, '文件、档案都上网'), (54, '文件、档案都上网'), (41, '能公开的数据公开'),
    (48, '把电子政务外网接到全区每个村'), (47, '把电子政务外网接到全区每个村'), (50, '1．网通到每个村'),
    (43, '迁移到自治区政务信创云'), (46, '迁移到自治区政务信创云'), (58, '地图用一张底图'),
    (66, '看准经济走势'), (70, '差异化监管'), (71, '吃的用的能追溯'), (74, '远程管、随时管'),
    (77, '矛盾纠纷早发现'), (79, '雪亮工程到村'), (80, '应急管理用上数字手段'), (83, '网格管起来'),
    (84, '网上办、掌上办、就近办'), (89, '企业办事少跑腿'), (93, '老人、残疾人办事有人帮'),
    (87, '接诉即办'), (86, '应上尽上'), (56, '非税收入全部电子缴款'),
    (94, '环境数据一张图'), (96, '接入“互联网+城乡供水”平台'), (100, '用水、灌溉上网管'),
    (103, '用数据辅助决策'), (104, '机关办公上“宁政通”'), (105, '办公小程序应并尽并'),
    (106, '填表报数系统填报，基层填表'), (107, '非涉密视频会议系统'), (109, '督查事项网上办'),
    (108, '机关管理也要数字化'), (111, '机关事务统一上平台管理'),
    (112, '以网上公开为主'), (113, '实现“一库通查”'), (115, '区长信箱的群众诉求统一转办'),
    (116, '（一）加强组织领导'), (25, '（二）保障资金'), (118, '（三）提升干部本领'),
    (121, '年度效能考核\t'), (123, '（四）严格考核'), (124, '（四）严格考核'),
]:
    c(task, ln(sub))

key = {
    'writer': 'blind writer, round 727; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': E,
    'mustNotFlag': M,
    'covers': C,
    'notes': ('利通区 2024 实施方案 written in plain local language (少用术语，多讲做什么): headings such as 「打好四个底子」「把七件本事练好」 carry the pillar name only in brackets, '
              'inline notes read （牵头：…；配合：…；完成：…） and the task table header is 「序号 / 要办的事 / 谁来办（第一个为牵头单位） / 啥时候办完」. '
              'All pillars of the 34567 framework and the 党的领导 items are covered by content (一套体系 section stands for 五个一/六级贯通). '
              'There is no 到2025年 goal: the 2025 framework goal was moved to 2026 (planted). Tasks whose regional deadline is 2023 are taken up without a date, '
              'except the quoted 2023年 of tasks 14/15 on line %d. units.txt is the district registry written for this case.' % L_1415),
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(lines), 'lines;', len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
for d in E: print(d['rule'], d['line'], d.get('text'))
