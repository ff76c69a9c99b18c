#!/usr/bin/env python3
"""Builds key.json for blind895; every line number is looked up in draft.txt (1-based)."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(needle, start=None):
    """1-based line holding needle (unique unless start, a line prefix, narrows it)."""
    hits = [i + 1 for i, l in enumerate(lines) if needle in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (needle, start, hits)
    return hits[0]

def row(n):
    """line of task-list row n (first cell == n)"""
    hits = [i + 1 for i, l in enumerate(lines) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def chk(line, text):
    assert text in lines[line - 1], (line, text)
    return line

E = []
def exp(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        d['text'] = chk(line, text) and text if line else text
    d.update(kw); d['why'] = why
    E.append(d)

# ---- planted mistakes ----
exp('basis-mismatch', L('桂政发〔2022〕13号'), '桂政发〔2022〕13号',
    '广西《关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (the baseline); 13号 is a transposed number that does not belong to this title')
exp('deadline-later-than-baseline', row(11), '2026年6月底前',
    'task-list row 11 (12345热线 归并、联动、数据分析) takes up Guangxi task 8 (持续优化12345政务服务便民热线平台, line 63 of the seed), 完成时限 2025年底; 2026年6月 is later')
exp('deadline-invalid', row(28), '2022年12月底前',
    'the plan is issued 2023-06-16 (planYear 2023); a 2022 deadline for a new task (区级政务信息化项目管理办法, Guangxi task 29, 完成时限 持续开展) lies before the year of issue — a date left over from an older draft')
exp('unknown-unit', row(39), '区经信局',
    'old name (区经济和信息化局) of 区工业和信息化局, renamed in the 2019 institutional reform; not in units.txt, whose aliases are 区工信局 only')
exp('garbled-text', L('娣卞寲鏁版嵁楂樻晥鍏变韩'), '娣卞寲鏁版嵁楂樻晥鍏变韩',
    'heading 四(四)2 is UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 深化数据高效共享 (Guangxi 五(二))')
exp('missing-pillar', 0, None,
    'no 生态环境保护 content anywhere: 三(一) lists six of the seven 履职 abilities (经济调节, 市场监管, 社会管理, 公共服务, 政务运行, 政务公开) and leaves out 提升生态环境保护能力 (Guangxi 二(五)); no row or sentence on 生态环境监测, 自然资源, 碳排放/绿色低碳',
    pillar='生态环境保护')
for t, what in [(16, '生态环保协同治理 (生态云、生态环境监测数据共享)'), (17, '提高自然资源利用效率 (自然资源一张图)'), (18, '推动绿色低碳转型 (碳排放监测核算、碳汇)')]:
    exp('task-uncovered', 0, None, f'Guangxi task {t}, {what}, 各市人民政府 持续开展: left out together with the 生态环境保护 pillar', task=t)
exp('task-uncovered', 0, None, 'Guangxi task 14 (推动智慧体育服务能力提升, 各市人民政府 持续开展) is not taken up: 三(一)4 has 教育、人社、医疗、工地、养老 but no 体育; an omission by choice, not one of the six planted slips', task=14)

# ---- near misses ----
M = []
def nm(rule, line, text, why, **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        chk(line, text); d['text'] = text
    d.update(kw); d['why'] = why
    M.append(d)

nm('unknown-unit', 3, '各街道办事处', 'collective subject (addressees)')
nm('unknown-unit', 3, '区直各部门', 'collective subject (区直各部门、各直属机构)')
nm('unknown-unit', row(28), '区大数据发展局牵头，区财政局、区工信局配合', 'lead mark 牵头 and cooperation mark 配合 glued to the names; 区大数据发展局, 区财政局, 区工信局 (alias of 区工业和信息化局) are all in units.txt')
nm('unknown-unit', row(3), '区大数据局', 'alias of 区大数据发展局 in units.txt')
nm('unknown-unit', row(3), '区市场监管局', 'alias of 区市场监督管理局 in units.txt')
nm('unknown-unit', row(29), '大数据发展局', 'the 区 prefix of 区发展和改革局 distributes over the list: 区发展和改革局、大数据发展局 = 区大数据发展局')
nm('unknown-unit', row(13), '区教育局等', '区教育局 followed by 等; unit is in units.txt (lead by the note on line 80: first-listed leads)')
nm('unknown-unit', row(16), '区住建局', 'alias of 区住房和城乡建设局, sole unit of the cell, no role mark (first-listed leads)')
nm('unknown-unit', row(20), '区政府办', 'alias of 区人民政府办公室 in units.txt')
nm('unknown-unit', row(8), '区政务办', 'alias of 区政务服务监督管理办公室 (not 区政府办) in units.txt')
nm('unknown-unit', row(8), '区直有关部门', 'collective subject')
nm('unknown-unit', row(5), '七星公安分局', 'alias of 桂林市公安局七星分局 (vertically managed, listed in units.txt)')
nm('unknown-unit', row(7), '七星区消防救援大队', 'alias of 桂林市七星区消防救援大队 in units.txt')
nm('unknown-unit', row(38), '七星区税务局', 'alias of 国家税务总局桂林市七星区税务局 in units.txt')
nm('unknown-unit', row(10), '区残联', 'alias of 区残疾人联合会; two leads (区民政局、区残联牵头)')
nm('unknown-unit', row(23), '区委网信办、区委保密办牵头', 'two lead units, both in units.txt; first-listed is the main lead per the note on line 80')
nm('unknown-unit', row(4), '朝阳乡人民政府负责具体实施', '朝阳乡人民政府 is in units.txt; 负责具体实施 is a role phrase; 各街道办事处 before it is a collective')
nm('unknown-unit', row(26), '区工信局、区大数据发展局按职责分工负责', 'role phrase 按职责分工负责 after two registered units')
nm('unknown-unit', row(40), '区城管局、区农业农村局按职责分工负责', '区城管局 = 区城市管理局 alias; role phrase after two registered units')
nm('unknown-unit', row(39), '区发改局', 'alias of 区发展和改革局 (same cell as the planted 区经信局)')
nm('unknown-unit', row(43), '区委党校', 'in units.txt (区委党校); 区委组织部 likewise')
nm('unknown-unit', L('重大事项及时向区委、区人民政府请示报告'), '区委、区人民政府', 'the district Party committee and government themselves, addressees of reports, not responsible units of a task')
nm('deadline-later-than-baseline', row(3), '2025年底', 'Guangxi task 3 (一体化在线监管/互联网+监管) 完成时限 2025年底: equal')
nm('deadline-later-than-baseline', row(21), '2025年12月底前', 'Guangxi task 22 (优化政策信息数字化发布/政务公开) 完成时限 2025年底: equal, different form')
nm('deadline-later-than-baseline', row(12), '2024年底前', 'Guangxi task 9 (智桂通) 完成时限 2025年底: earlier')
nm('deadline-later-than-baseline', L('到2025年，与政府治理能力现代化'), '到2025年', 'Guangxi 主要目标: 到2025年 … 数字政府体系框架基本形成 — same year for the same goal')
nm('deadline-later-than-baseline', L('到2035年'), '到2035年', 'Guangxi 主要目标: 到2035年 … 数字政府基本建成 — equal')
nm('deadline-later-than-baseline', row(18), '2025年底前', 'Guangxi task 19 (提升辅助决策能力/数字政府大脑) is 持续开展: a dated local milestone for an ongoing task is not later')
nm('deadline-later-than-baseline', row(32), '2023年形成试点经验，2025年取得明显成效', 'Guangxi task 32 (开展试点示范) is 持续开展: not later')
nm('deadline-later-than-baseline', row(22), '2023年完成并长期坚持', 'Guangxi task 23 (强化安全管理责任) is 持续开展: not later')
nm('deadline-later-than-baseline', row(2), '2024年底前', 'Guangxi task 2 (智慧监管) is 持续开展: not later')
nm('deadline-invalid', L('2021年，区政务服务中心'), '2021年', 'past date in the 发展现状 background, not a deadline')
nm('deadline-invalid', L('2021年，区政务服务中心'), '2022年', 'past date in the 发展现状 background (2022年 网上可办率), not a deadline')
nm('deadline-invalid', L('到2023年底，区级数字政府'), '到2023年底', 'local goal within the year of issue (2023); valid')
nm('deadline-invalid', row(42), '2023年7月底前', 'after the issue date 2023-06-16; valid')
nm('deadline-invalid', L('每年6月25日、12月15日前'), '每年6月25日、12月15日前', "the office's own reporting dates, recurring, not a task deadline")
nm('deadline-invalid', 6, '2023年6月16日', 'date of issue of the notice')
nm('basis-mismatch', L('国发〔2016〕55号'), '国发〔2016〕55号', 'retrospective mention in the background; 《国务院关于加快推进“互联网+政务服务”工作的指导意见》 is the correct title for 国发〔2016〕55号 (加快推进 is right there), not cited as a basis')
nm('basis-mismatch', L('国发〔2022〕14号'), '国发〔2022〕14号', 'correct 文号 and title of the national 指导意见')
nm('basis-mismatch', 2, '七政办发〔2023〕15号', "the notice's own 文号, not a cited document")
nm('basis-mismatch', 4, '《七星区加强数字政府建设实施方案》', 'the draft’s own title in the covering notice')
nm('basis-mismatch', L('《中华人民共和国网络安全法》'), '《中华人民共和国数据安全法》', 'laws named in a task (安全制度), not basis documents; titles correct')
nm('garbled-text', L('视察广西“4·27”'), '“4·27”', 'middle dot in the name of the 4·27 speech, as in the Guangxi seed; not mojibake')
nm('garbled-text', L('1.助力数字经济发展'), '中国—东盟', 'em dash in 中国—东盟信息港, as in the seed')
nm('missing-pillar', L('3.营造良好数字生态'), None, '数字生态 is taken up (数据要素市场, 应用场景开发) — not to be confused with the missing 生态环境保护', pillar='数字生态')
nm('missing-pillar', L('（一）加强组织领导'), None, '党的领导 items (组织领导, 推进机制, 数字素养, 考核评估) are all in 四、保障措施', pillar='党的领导')

# ---- covers (Guangxi task numbers, see notes) ----
C = []
def cov(t, line):
    C.append({'task': t, 'line': line})
cov(1, L('1.提升经济调节能力'))
cov(2, L('（1）推进智慧监管'))
cov(3, L('（2）以一体化在线监管'))
cov(4, L('（1）推进数字化网格治理'))
cov(5, L('（3）推进社会治安防控'))
cov(6, L('（4）推进智慧应急建设'))
cov(7, L('（1）打造泛在可及的服务体系'))
cov(8, L('（3）持续优化12345'))
cov(9, L('（4）推广应用“智桂通”'))
cov(10, L('（5）推动智慧教育'))
cov(11, L('（6）推动智慧人社'))
cov(12, L('（6）推动智慧人社'))
cov(13, L('（7）推动智慧工地'))
cov(15, L('（7）推动智慧工地'))
cov(19, L('（1）提升辅助决策能力'))
cov(20, L('（2）提升行政执行能力'))
cov(21, L('（3）提升行政监督水平'))
cov(22, L('6.提升政务公开水平'))
cov(23, L('1.强化安全管理责任'))
cov(24, L('2.落实安全制度要求'))
cov(25, L('3.加强数据安全监管'))
cov(26, L('4.提升安全保障能力'))
cov(27, L('5.提高自主可控水平'))
cov(28, L('1.以数字化改革助力'))
cov(29, L('2.创新数字政府建设管理机制'))
cov(30, L('3.完善制度和标准规范'))
cov(31, L('3.完善制度和标准规范'))
cov(32, L('4.开展试点示范'))
cov(33, L('1.创新数据管理机制'))
cov(34, L('娣卞寲鏁版嵁'))
cov(35, L('3.促进数据有序开发利用'))
cov(36, L('1.强化政务云平台'))
cov(37, L('2.提升网络平台支撑能力'))
cov(38, L('3.加强重点共性应用'))
cov(39, L('3.加强重点共性应用'))
cov(40, L('3.加强重点共性应用'))
cov(41, L('1.助力数字经济发展'))
cov(42, L('2.引领数字社会建设'))
cov(43, L('3.营造良好数字生态'))

key = {
    'writer': 'blind writer, round 895; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'guangxi-2022',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2023,
    'expect': E,
    'mustNotFlag': M,
    'covers': C,
    'notes': ('Task numbers are the order of the 43 inline (責任單位:…。完成時限:…) notes in guangxi-2022-shishi-yijian.txt: '
              '1 = seed line 43 (经济调节) … 8 = line 63 (12345热线, 2025年底), 9 = line 65 (智桂通, 2025年底), 3 = line 49 (互联网+监管, 2025年底), '
              '22 = line 97 (政务公开, 2025年底), 16–18 = lines 81/83/85 (生态环境保护), 23 = line 103 (no 各市人民政府), 43 = line 187 (数字生态); all others are 持续开展. '
              'Draft: 七星区 2023 实施方案 (notice dated 2023-06-16), prose on lines 1–80, task list (tab-separated, header on line 81, rows 1–43 on lines 82–124) '
              'whose 责任单位 cell gives lead (牵头) and cooperating (配合/参与/负责具体实施) units together; the note on line 80 says the first-listed unit leads when no mark is given. '
              'Only one planted slip per rule (plus the task-uncovered entries that follow from the missing pillar, and task 14 left out by choice). '
              'No parent plan: the 桂林市 plan is referred to only as 桂林市数字政府建设工作部署, without a title.'),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers;', len(lines), 'lines')
