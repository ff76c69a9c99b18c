#!/usr/bin/env python3
# Builds key.json for blind382; every line number is found from draft.txt by a substring, and checked.
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def ln(sub, start=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (sub, start, hits)
    return hits[0]

def cl(num):  # line of a numbered clause or heading
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(num + ' ')]
    assert len(hits) == 1, (num, hits)
    return hits[0]

def has(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:40])
    return line

E = lambda rule, line, text, why, **kw: dict(rule=rule, line=has(line, text) if text else line, **({'text': text} if text else {}), why=why, **kw)

expect = [
    E('basis-mismatch', ln('宁政发〔2022〕17号'), '宁政发〔2022〕17号',
      'the regional 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the preamble gives the wrong year (1.4 on line %d cites it correctly)' % ln('按照宁政发〔2023〕17号')),
    E('deadline-later-than-baseline', ln('到2026年'), '2026年',
      'goal: "34567" framework 全面成型 by 2026; the regional 主要目标 sets 到2025年 for the same goal'),
    E('deadline-later-than-baseline', cl('2.7.2'), '2025年6月底',
      'city-area network upgrade and coverage to village level: task 47 完成时限 2024年 and task 48 完成时限 2024年 (区市县乡村5级全覆盖); 2025年6月 is later (the draft\'s own 2024 goal on line %d says the same)' % ln('到2024年底')),
    E('deadline-invalid', cl('2.6.4'), '13月',
      'impossible month 2024年13月 (tasks 41/42 are due 2024年)'),
    E('unknown-unit', cl('2.14.1'), '县信息化办公室',
      'not in units.txt, not a collective; no such county body (task 104 clause)'),
    E('unknown-unit', cl('2.7.3'), '自治区政府办公厅',
      'a regional body named as the lead (牵头) of a county task (task 50 copied with its regional lead); the county clause needs a county lead'),
    E('garbled-text', cl('2.6.3'), '鏁版嵁鍏变韩',
      'UTF-8 read as GBK: 鏁版嵁鍏变韩浜ゆ崲 = 数据共享交换'),
    dict(rule='task-uncovered', line=0, task=93,
         why='适老化与信息无障碍 (自治区各部门及各市、县（区）按照职能分别负责, 2024年) deliberately left out; no 适老化/无障碍 text anywhere'),
]

N = []
def nm(rule, line, why, text=None, **kw):
    d = dict(rule=rule, line=has(line, text) if text else line)
    if text: d['text'] = text
    d.update(kw); d['why'] = why; N.append(d)

# basis
nm('basis-mismatch', 2, "the county office's own 文号, not a cited basis", '贺政办发〔2024〕23号')
nm('basis-mismatch', 9, 'correct title and 文号 of the national guiding opinion', '国发〔2022〕14号')
nm('basis-mismatch', ln('宁政办发〔2020〕14号'), 'retrospective mention of the 2020 工作要点 with its correct title and 文号, not a basis', '宁政办发〔2020〕14号')
nm('basis-mismatch', ln('按照宁政发〔2023〕17号'), 'correct 文号 of the regional 实施意见 (number alone, no title)', '宁政发〔2023〕17号')
# dates that are not deadlines / not invalid
nm('deadline-invalid', 6, 'issue date of the document', '2024年4月12日')
nm('deadline-invalid', ln('截至2023年底'), 'past date in the background section (工作基础), not a deadline', '2023年底')
nm('deadline-invalid', ln('3.5 建立调度报送制度'), "the office's own reporting dates (6月25日、12月25日, 2024年12月底前 annual summary), not task deadlines", '2024年12月底前')
nm('deadline-later-than-baseline', ln('3.5 建立调度报送制度'), 'reporting dates, not task deadlines', '12月25日')
# goals
nm('deadline-later-than-baseline', ln('到2024年底'), 'goal for 2024 (systems on cloud, network to village level); equal to tasks 43 (2024 年建成，持续推进) and 48 (2024年); no regional goal is earlier for these', '2024年底')
nm('deadline-later-than-baseline', ln('到2035年'), 'equal to the regional 到2035年 goal (数字政府全面建成)', '2035年')
# equal / earlier deadlines
nm('deadline-later-than-baseline', cl('2.1.1'), 'task 2 完成时限 "2023年启动，2024年取得明显成效"; 2024年 equal', '2024年')
nm('deadline-later-than-baseline', cl('2.1.2'), 'task 3 完成时限 "持续推进，2025年取得明显成效"; copied, equal', '持续推进，2025年取得明显成效')
nm('deadline-later-than-baseline', cl('2.1.3'), 'task 5 完成时限 "持续推进，2025年取得明显成效"; 2025年 equal', '2025年')
nm('deadline-later-than-baseline', cl('2.2.1'), 'task 6 完成时限 "持续推进，2025年取得明显成效"; equal', '2025年')
nm('deadline-later-than-baseline', cl('2.2.2'), 'task 7 完成时限 "2023年形成试点经验，2025年取得明显成效"; completing milestone 2025 equal', '2025年')
nm('deadline-later-than-baseline', cl('2.2.5'), 'task 11 完成时限 "2023年完成主要建设任务，2025年取得明显成效"; completing milestone 2025 equal', '2025年')
nm('deadline-later-than-baseline', cl('2.3.1'), 'task 12 完成时限 2025年; equal', '2025年')
nm('deadline-later-than-baseline', cl('2.3.2'), 'task 13 完成时限 2024年; equal', '2024年')
nm('deadline-later-than-baseline', cl('2.4.1'), 'tasks 14/15 完成时限 2023年; the county restates the duty as 长期坚持 (ongoing, no later completing milestone)', '长期坚持')
nm('deadline-later-than-baseline', cl('2.4.2'), 'task 18 完成时限 "2023年形成机制，长期坚持" copied exactly (task 17 is 2023年: equal milestone)', '2023年形成机制，长期坚持')
nm('deadline-invalid', cl('2.4.2'), 'a copied regional deadline (task 18) that lies before the plan year; not an error', '2023年形成机制')
nm('deadline-later-than-baseline', cl('2.4.3'), 'task 19 完成时限 "2023年启动，2024年建成"; 2024年 equal', '2024年')
nm('deadline-later-than-baseline', cl('2.5.2'), 'task 23 完成时限 2024年; 2024年9月 lies within it', '2024年9月底前')
nm('deadline-later-than-baseline', cl('2.5.3'), 'task 28 完成时限 "2023年启动，2025年取得明显成效"; 2025 equal', '2025年')
nm('deadline-later-than-baseline', cl('2.6.1'), 'tasks 30/32 完成时限 2023年; restated as 长期坚持, no later milestone', '长期坚持')
nm('deadline-later-than-baseline', cl('2.7.4'), 'task 49 完成时限 2025年; equal', '2025年')
nm('deadline-later-than-baseline', cl('2.7.7'), 'task 56 完成时限 2025年; equal', '2025年')
nm('deadline-later-than-baseline', cl('2.8.1'), 'task 64 完成时限 2025年; 2024年6月 is earlier', '2024年6月底前')
nm('deadline-later-than-baseline', cl('2.12.3'), 'task 87 完成时限 "2023年启动，2025年完成"; 2025 equal', '2025年')
nm('deadline-later-than-baseline', cl('2.14.3'), 'task 106 完成时限 2025年; equal', '2025年')
nm('deadline-later-than-baseline', cl('2.14.5'), 'task 108 完成时限 "长期推进，2024年取得明显成效"; copied (task 109 2024年: equal)', '长期推进，2024年取得明显成效')
nm('deadline-later-than-baseline', cl('3.1'), 'task 116 "2023年完成并长期坚持" / task 121 "长期坚持"; ongoing', '长期坚持')
nm('deadline-later-than-baseline', cl('3.4'), 'tasks 122/123 "2023 年完成，长期坚持", 124 "2023 年形成机制，长期坚持"; ongoing', '长期坚持')
# numbers and clause numbers that are not dates
nm('deadline-invalid', cl('2.1.2'), 'a count inside a measure (3个以上), not a date', '3个')
nm('deadline-invalid', ln('截至2023年底'), 'a rate (95%), not a date', '95%')
nm('deadline-invalid', cl('2.12.1'), 'a rate (95%以上), not a date', '95%以上')
nm('deadline-invalid', cl('2.14.3'), 'a reduction target (50%以上), not a date', '50%以上')
nm('deadline-invalid', cl('2.7.2'), '5级 and IPv6 are not dates', 'IPv6')
nm('deadline-invalid', cl('2.12.3'), 'hotline numbers 12345 and 110, not years', '12345')
nm('deadline-invalid', cl('2.3.1'), 'cross-reference to clause 2.3.2, not a date', '见2.3.2')
nm('deadline-invalid', cl('3.2'), 'cross-reference to clause 2.5.2, not a date', '见2.5.2')
nm('deadline-invalid', cl('2.8.3'), 'cross-reference to 3.2, not a date', '3.2')
nm('deadline-invalid', cl('2.10.1'), 'decimal clause number 2.10.1 and 100% coverage, not dates', '2.10.1')
nm('garbled-text', 10, '"见×.×.×" is a placeholder for clause numbers, not damage', '×.×.×')
# units
nm('unknown-unit', cl('2.1.1'), 'collective subject', '县直有关部门（单位）')
nm('unknown-unit', cl('2.1.1'), 'collective subject', '各乡镇人民政府')
nm('unknown-unit', cl('2.4.1'), 'collective subject', '县直各部门（单位）')
nm('unknown-unit', cl('2.10.1'), 'collective subject', '承担监管职责的县直有关部门（单位）')
nm('unknown-unit', cl('2.8.2'), 'collective subject', '各村（社区）')
nm('unknown-unit', cl('2.1.2'), 'short name of 县工业信息化和商务局 in units.txt', '县工信商务局')
nm('unknown-unit', cl('2.1.3'), 'short name of 县发展和改革局 in units.txt', '县发改局')
nm('unknown-unit', cl('2.5.2'), 'short name of 县大数据服务中心 in units.txt', '县大数据中心')
nm('unknown-unit', cl('2.8.1'), 'short name of 县人民政府办公室 in units.txt', '县政府办')
nm('unknown-unit', cl('2.10.1'), 'short name of 县市场监督管理局 in units.txt', '县市场监管局')
nm('unknown-unit', cl('2.12.2'), 'short name of 县审批服务管理局 in units.txt', '县审批局')
nm('unknown-unit', cl('2.13.1'), 'short name of 银川市生态环境局贺兰分局 in units.txt', '县生态环境分局')
nm('unknown-unit', cl('2.7.5'), 'short name of 国家税务总局贺兰县税务局 in units.txt', '县税务局')
nm('unknown-unit', cl('2.11.1'), 'prefix 县 distributes: 县司法局, 县信访局', '司法局')
nm('unknown-unit', cl('3.3'), 'prefix 县委 distributes: 县委宣传部', '宣传部')
nm('unknown-unit', cl('2.11.3'), 'in units.txt (bodies outside the county government proper)', '贺兰县气象局')
nm('unknown-unit', cl('2.11.3'), 'in units.txt', '县消防救援大队')
nm('unknown-unit', cl('2.13.4'), 'in units.txt (city bureau branch serving the county)', '银川市生态环境局贺兰分局')
nm('unknown-unit', cl('2.14.5'), 'in units.txt', '县人民政府督查室')
nm('unknown-unit', cl('2.1.2'), 'in units.txt', '贺兰工业园区管委会')
nm('unknown-unit', ln('3.5 建立调度报送制度'), 'body text, not a responsible-unit field; also in units.txt', '县数字政府建设领导小组办公室')
# pillars
nm('missing-pillar', 0, 'covered in 2.3 (lines %d-%d)' % (cl('2.3.1'), cl('2.3.2')), pillar='数字生态')
nm('missing-pillar', 0, 'covered in 2.8 (line %d)' % cl('2.8'), pillar='五个一')
nm('missing-pillar', 0, 'covered in 2.8.2 (line %d)' % cl('2.8.2'), pillar='六级贯通')
nm('missing-pillar', 0, 'covered in 2.15 (lines %d-%d)' % (cl('2.15.1'), cl('2.15.3')), pillar='政务公开')
nm('missing-pillar', 0, 'covered in 3.3 (line %d)' % cl('3.3'), pillar='数字素养')

covers_map = [
 (2,'2.1.1'),(3,'2.1.2'),(5,'2.1.3'),(6,'2.2.1'),(7,'2.2.2'),(8,'2.2.3'),(10,'2.2.4'),(11,'2.2.5'),
 (12,'2.3.1'),(13,'2.3.2'),(14,'2.4.1'),(15,'2.4.1'),(18,'2.4.2'),(19,'2.4.3'),(21,'2.5.1'),(23,'2.5.2'),
 (28,'2.5.3'),(27,'2.5.4'),(32,'2.6.1'),(30,'2.6.1'),(33,'2.6.2'),(34,'2.6.2'),(38,'2.6.3'),(41,'2.6.4'),(42,'2.6.4'),
 (43,'2.7.1'),(47,'2.7.2'),(48,'2.7.2'),(50,'2.7.3'),(49,'2.7.4'),(52,'2.7.5'),(53,'2.7.5'),(54,'2.7.6'),(40,'2.7.6'),
 (56,'2.7.7'),(57,'2.7.8'),(64,'2.8.1'),(65,'2.9.1'),(66,'2.9.2'),(70,'2.10.1'),(71,'2.10.2'),(73,'2.10.3'),(74,'2.10.4'),
 (77,'2.11.1'),(79,'2.11.2'),(80,'2.11.3'),(83,'2.11.4'),(84,'2.12.1'),(86,'2.12.2'),(87,'2.12.3'),(88,'2.12.4'),(89,'2.12.4'),
 (90,'2.12.5'),(95,'2.13.1'),(96,'2.13.2'),(97,'2.13.3'),(102,'2.13.4'),(104,'2.14.1'),(105,'2.14.2'),(106,'2.14.3'),
 (107,'2.14.4'),(108,'2.14.5'),(109,'2.14.5'),(111,'2.14.6'),(112,'2.15.1'),(114,'2.15.2'),(115,'2.15.3'),
 (116,'3.1'),(25,'3.2'),(118,'3.3'),(122,'3.4'),(123,'3.4'),(124,'3.4'),
]
covers = [dict(task=t, line=cl(c)) for t, c in covers_map]

key = {
 'writer': 'blind writer, round 382; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': datetime.date.today().isoformat(),
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': N,
 'covers': covers,
 'notes': ('贺兰县 (银川市) county plan of 2024-04-12, basis the regional 宁政发〔2023〕17号 only (no city parent plan is cited). '
           'Decimal outline: chapters 1-3, sections 2.1-2.15 mirroring the regional task-list groups (一)-(十五), clauses 2.x.y each ending '
           '"责任单位：…；完成时限：…"; the first unit of a cell leads (line 10). Clauses whose regional task is due 2023 are restated as '
           '长期坚持 or copy the regional form; these are near misses, not late deadlines. Line 49 (2024年13月) is only deadline-invalid, '
           'not also late. Line 53 is the only clause with a regional unit in a county unit cell.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), 'expect;', len(N), 'mustNotFlag;', len(covers), 'covers')
