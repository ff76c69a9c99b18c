# Helper kept in the case folder: writes key.json, finding every line number in draft.txt
# by a unique substring and checking that the quoted text is on that line.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines[-1] == '': lines.pop()

def ln(sub, text=None):
    hits = [i for i, l in enumerate(lines, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text: assert text in lines[hits[0]-1], (sub, text)
    return hits[0]

def E(rule, sub, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(sub, text)}
    if text: d['text'] = text
    d.update(kw); d['why'] = why
    return d

expect = [
 E('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '自治区人民政府关于加强数字政府建设的实施方案',
   '宁政发〔2023〕17号 is《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it under the title 实施方案 (wrong title for the 文号)'),
 E('deadline-later-than-baseline', '提升网络平台支撑能力。', '2025年6月底前',
   'city-network upgrade / 外网 to every village / 专网 migration: task 48 完成时限 2024年, task 47 完成时限 2024年, task 50 完成时限 2024年; the draft\'s own 主要目标 (line 17) and project row 2 (line 105) both say 2024'),
 E('deadline-later-than-baseline', '政务服务场所适老化与信息无障碍改造项目', '2024—2025年',
   'project row 11, 建设期限 ends 2025; task 93 (适老化与信息无障碍建设) 完成时限 2024年; the body (line 79) says 2024年底前'),
 E('deadline-invalid', '提供优质便利的涉企服务。', '2024年6月31日',
   'impossible date: June has 30 days (the year 2024 itself is not late: tasks 88 and 89 完成时限 2024年)'),
 E('unknown-unit', '强化政务云平台支撑能力。', '县大数据管理局',
   'not in units.txt; the county body is 县大数据服务中心 (alias 县大数据中心), used everywhere else in the draft'),
 E('garbled-text', '娣卞寲鏁版嵁', '娣卞寲鏁版嵁楂樻晥鍏变韩',
   'UTF-8 bytes read as GBK: 深化数据高效共享。建立健全政务数据供需对接机制 (sub-item title and first clause of the 数据共享 item, task 36)'),
]

M = []
def N(rule, sub, why, text=None):
    M.append(E(rule, sub, text, why))

# basis
N('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', 'correct title and 文号 of the national 指导意见', '国发〔2022〕14号')
N('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', 'correct pairing, cited the same way by the 吴忠 plan in the seeds', '宁政办发〔2023〕11号')
N('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', 'the city (固原) plan cited by title alone, as county plans often do; no 文号 to mismatch', '固原市加强数字政府建设实施方案')
N('basis-mismatch', '近年来，我县按照', 'retrospective mention of the 2020 工作要点 in 工作基础 (past work), not a basis document of this plan', '宁政办发〔2020〕14号')
N('basis-mismatch', '近年来，我县按照', 'retrospective mention of the 2020—2022 行动计划 in 工作基础, not a basis document', '“数字政府”建设行动计划（2020年—2022年）')
N('basis-mismatch', '隆政办发〔2024〕15号', "the notice's own 文号, not a cited basis document", '隆政办发〔2024〕15号')
# dates that are not deadlines / not invalid
N('deadline-invalid', '2024年3月18日', 'issue date of the notice', '2024年3月18日')
N('deadline-invalid', '近年来，我县按照', 'past dates in the background (工作基础), not deadlines', '2022年')
N('deadline-invalid', '近年来，我县按照', 'past date in the background (截至2023年底 …), not a deadline', '2023年底')
N('deadline-invalid', '近年来，我县按照', 'period inside the title of an old document, not a deadline', '2020年—2022年')
N('deadline-invalid', '（五）抓好组织实施。', "the office's own reporting dates (quarterly and annual reports), not task deadlines", '2024年12月10日前')
# goals
N('deadline-later-than-baseline', '到2024年底，县级政务信息系统', '2024 goals equal to tasks 43 (2024年建成，持续推进), 48 (2024年) and 86 (2024年); nothing in them matches a regional 2023 goal', '到2024年底')
N('deadline-later-than-baseline', '到2025年，全县数字政府建设', 'equal to the regional 主要目标 到2025年 (“34567”体系框架全面成型)', '到2025年')
N('deadline-later-than-baseline', '到2035年，与政府治理能力', 'equal to the regional 主要目标 到2035年', '到2035年')
# inline notes, equal or earlier
N('deadline-later-than-baseline', '建设智慧园区。', 'task 3 完成时限 持续推进，2025年取得明显成效: equal', '2025年底前')
N('deadline-later-than-baseline', '推动公共服务数字化。', 'task 6 完成时限 持续推进，2025年取得明显成效: equal', '2025年底前')
N('deadline-later-than-baseline', '推进智慧教育。', 'task 7 完成时限 2023年形成试点经验，2025年取得明显成效: the completing milestone 2025 is equal', '2025年底前')
N('deadline-later-than-baseline', '深化“互联网+医疗健康”。', 'task 8 完成时限 持续推进，2025年取得明显成效: equal', '2025年底前')
N('deadline-later-than-baseline', '培育数据要素市场。', 'task 12 完成时限 2025年: equal', '2025年底前')
N('deadline-later-than-baseline', '提高自主可控水平。', 'task 19 完成时限 2023年启动，2024年建成: equal', '2024年底前')
N('deadline-later-than-baseline', '以数字化改革助力政府职能转变。', 'task 21 完成时限 2024年 (and task 22, 2025年): same year, earlier month', '2024年10月底前')
N('deadline-later-than-baseline', '创新数字政府建设管理机制。', 'task 23 (重点项目、关键应用“一本账”, 数字资源管理系统) 完成时限 2024年: equal', '2024年底前')
N('deadline-later-than-baseline', '推进数据汇聚治理。', 'tasks 33 and 34 完成时限 2024年 (task 29, 2025年): equal or earlier', '2024年底前')
N('deadline-later-than-baseline', '统筹视频资源。', 'task 49 完成时限 2025年: equal', '2025年底前')
N('deadline-later-than-baseline', '推进非税收入收缴电子化。', 'task 56 完成时限 2025年: equal', '2025年底前')
N('deadline-later-than-baseline', '健全组织机构。参照自治区做法', 'task 64 完成时限 2025年: earlier', '2024年6月底前')
N('deadline-later-than-baseline', '加强经济运行监测分析。', 'task 65 完成时限 2024年 (task 66, 2025年): equal or earlier', '2024年底前')
N('deadline-later-than-baseline', '优化12345热线服务。', 'task 87 完成时限 2023年启动，2025年完成: earlier than the completing milestone; task 115 2024年: equal', '2024年底前')
N('deadline-later-than-baseline', '提供优质便利的涉企服务。', 'the year 2024 equals tasks 88 and 89 (2024年); only the day is impossible (see expect)', '2024年6月31日')
N('deadline-later-than-baseline', '拓展公平普惠的民生服务。', 'tasks 90 and 93 完成时限 2024年: equal (only the project row 11 is late)', '2024年底前')
N('deadline-later-than-baseline', '提高自然资源利用效率。', 'tasks 97 and 98 完成时限 2024年: equal; task 96 2025年: earlier', '2024年底前')
N('deadline-later-than-baseline', '推动绿色低碳转型。', 'tasks 100 and 102 完成时限 2025年: equal', '2025年底前')
N('deadline-later-than-baseline', '推进基层减负和视频会议整合。', 'tasks 106 and 107 完成时限 2025年: equal', '2025年底前')
N('deadline-later-than-baseline', '提升机关事务管理水平。', 'task 111 完成时限 2025年: equal', '2025年底前')
N('deadline-later-than-baseline', '提升安全防护能力。', 'task 18 完成时限 2023年形成机制，长期坚持: ongoing equals ongoing', '长期坚持')
N('deadline-later-than-baseline', '（一）加强组织领导。', 'task 116 完成时限 2023年完成并长期坚持: ongoing equals ongoing', '长期坚持')
N('deadline-later-than-baseline', '（三）提升数字素养。', 'task 118 完成时限 2023年完成并长期坚持: ongoing equals ongoing', '长期坚持')
N('deadline-later-than-baseline', '（四）强化考核评价。', 'tasks 121 (长期坚持), 122/123 (2023年完成，长期坚持), 124 (2023年形成机制，长期坚持): ongoing equals ongoing', '长期坚持')
N('deadline-later-than-baseline', '（五）抓好组织实施。', "the office's own quarterly reporting date, not a task deadline", '每季度最后一个月25日前')
# project table
N('deadline-later-than-baseline', '政务信息系统迁移上云项目', '建设期限 2024年; tasks 43 (2024年建成) and 46 (2024年): equal', '2024年')
N('deadline-later-than-baseline', '电子政务外网延伸提升项目', '建设期限 2024年; task 48 完成时限 2024年: equal (the body line 53 is the late one)', '2024年')
N('deadline-later-than-baseline', '隆德工业园区智慧园区项目', '建设期限 2024—2025年 ends 2025; task 3 持续推进，2025年取得明显成效: equal', '2024—2025年')
N('deadline-later-than-baseline', '智慧教育提升项目', '建设期限 ends 2025; task 7 completes 2025年取得明显成效: equal', '2024—2025年')
N('deadline-later-than-baseline', '县域医共体信息化建设项目', '建设期限 ends 2025; task 8 2025年取得明显成效: equal', '2024—2025年')
N('deadline-later-than-baseline', '数字乡村建设项目', '建设期限 ends 2025; task 10 持续推进，2025年取得明显成效: equal', '2024—2025年')
N('deadline-later-than-baseline', '“互联网+基层治理”综合指挥平台项目', '建设期限 ends 2025; task 83 完成时限 2025年: equal', '2024—2025年')
N('deadline-later-than-baseline', '农村供水数字化管理项目', '建设期限 2024年; task 96 完成时限 2025年: earlier', '2024年')
N('deadline-later-than-baseline', '县乡视频会议系统整合项目', '建设期限 ends 2025; task 107 完成时限 2025年: equal', '2024—2025年')
# units
N('unknown-unit', '推进数字乡村建设。', 'collective subject (各乡镇人民政府)', '各乡镇人民政府')
N('unknown-unit', '强化安全管理责任。', 'collective subject', '县直各部门（单位）')
N('unknown-unit', '推进产业数字化。', 'collective subject, county form of 市直有关部门', '县直有关部门')
N('unknown-unit', '提升监管智能化水平。', 'collective subject, county form of 承担监管职责的自治区有关部门（单位）', '承担监管职责的县直有关部门')
N('unknown-unit', '提高基层社会治理能力。', 'collective subject', '各村（社区）')
N('unknown-unit', '建设智慧园区。', 'official short name listed in units.txt (隆德县工业园区管理委员会)', '隆德工业园区管委会')
N('unknown-unit', '建设智慧园区。', 'non-government unit listed in units.txt', '中国电信隆德分公司')
N('unknown-unit', '以数字化改革助力政府职能转变。', 'short name of 县审批服务管理局 in units.txt', '县审批局')
N('unknown-unit', '县级数据共享和开发利用项目', 'short name of 县大数据服务中心 in units.txt', '县大数据中心')
N('unknown-unit', '培育数据要素市场。', 'short name of 县发展和改革局 in units.txt', '县发改局')
N('unknown-unit', '优化12345热线服务。', 'short name of 县人民政府办公室 in units.txt', '县政府办')
N('unknown-unit', '提升矛盾纠纷化解能力。', 'prefix 县 distributes over the list: 县司法局, 县信访局', '司法局')
N('unknown-unit', '（三）提升数字素养。', 'prefix 县委 distributes: 县委宣传部', '宣传部')
N('unknown-unit', '提升公共安全保障能力。', 'vertical / non-government bodies listed in units.txt', '隆德县消防救援大队')
N('unknown-unit', '提升生态环境协同治理能力。', 'city bureau branch based in the county, listed in units.txt', '固原市生态环境局隆德分局')
# structure / text
N('missing-pillar', '健全组织机构。参照自治区做法', '五个一 taken up at county level (组织机构、体制机制) under a differently named heading')
N('missing-pillar', '厘清层级职责。', '六级贯通 taken up (县级、乡镇、村（社区）层级职责)')
N('garbled-text', '根据《国务院关于加强数字政府建设的指导意见》', 'quoted code “1244+N” is part of the real title, not damage', '1244+N')

covers = []
def C(task, sub): covers.append({'task': task, 'line': ln(sub)})
for t, s in [
 (2,'推进产业数字化。'),(3,'建设智慧园区。'),(5,'完善数字经济治理。'),(6,'推动公共服务数字化。'),
 (7,'推进智慧教育。'),(8,'深化“互联网+医疗健康”。'),(9,'提升县城治理智能化水平。'),(10,'推进数字乡村建设。'),
 (11,'推进数字乡村建设。'),(12,'培育数据要素市场。'),(14,'强化安全管理责任。'),(15,'强化安全管理责任。'),
 (17,'落实安全制度要求。'),(18,'提升安全防护能力。'),(19,'提高自主可控水平。'),(21,'以数字化改革助力政府职能转变。'),
 (23,'创新数字政府建设管理机制。'),(24,'加强政务信息化项目管理。'),(28,'开展试点示范。'),(30,'完善数据管理机制。'),
 (31,'完善数据管理机制。'),(32,'完善数据管理机制。'),(33,'推进数据汇聚治理。'),(34,'推进数据汇聚治理。'),
 (36,'娣卞寲鏁版嵁'),(40,'推进电子公文和电子档案管理。'),(41,'促进数据开发利用。'),(42,'促进数据开发利用。'),
 (43,'强化政务云平台支撑能力。'),(46,'强化政务云平台支撑能力。'),(47,'提升网络平台支撑能力。'),(48,'提升网络平台支撑能力。'),
 (49,'统筹视频资源。'),(50,'提升网络平台支撑能力。'),(51,'加强共性应用支撑能力。'),(52,'加强共性应用支撑能力。'),
 (54,'推进电子公文和电子档案管理。'),(56,'推进非税收入收缴电子化。'),(57,'完善信用和地理信息服务。'),(58,'完善信用和地理信息服务。'),
 (64,'健全组织机构。参照自治区做法'),(65,'加强经济运行监测分析。'),(66,'加强经济运行监测分析。'),(68,'提升监管精准化水平。'),
 (70,'提升监管精准化水平。'),(71,'强化重点领域追溯监管。'),(74,'提升监管智能化水平。'),(77,'提升矛盾纠纷化解能力。'),
 (79,'提升社会治安防控能力。'),(80,'提升公共安全保障能力。'),(83,'提高基层社会治理能力。'),(84,'打造泛在可及的服务体系。'),
 (85,'提升智慧便捷的服务能力。'),(86,'提升智慧便捷的服务能力。'),(87,'优化12345热线服务。'),(88,'提供优质便利的涉企服务。'),
 (89,'提供优质便利的涉企服务。'),(90,'拓展公平普惠的民生服务。'),(93,'拓展公平普惠的民生服务。'),(94,'提升生态环境协同治理能力。'),
 (96,'提高自然资源利用效率。'),(97,'提高自然资源利用效率。'),(98,'提高自然资源利用效率。'),(100,'推动绿色低碳转型。'),
 (102,'推动绿色低碳转型。'),(103,'提升辅助决策能力。'),(104,'提升行政执行能力。'),(105,'提升行政执行能力。'),
 (106,'推进基层减负和视频会议整合。'),(107,'推进基层减负和视频会议整合。'),(108,'提升行政监督水平。'),(109,'提升行政监督水平。'),
 (111,'提升机关事务管理水平。'),(112,'提升政府信息公开水平。'),(113,'提升政府信息公开水平。'),(114,'发挥政务新媒体传播优势。'),
 (115,'畅通政民互动渠道。'),(116,'（一）加强组织领导。'),(25,'（二）加大财政投入。'),(118,'（三）提升数字素养。'),
 (122,'（四）强化考核评价。'),(123,'（四）强化考核评价。'),(124,'（四）强化考核评价。'),
]: C(t, s)

key = {
 'writer': 'blind writer, round 699; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': M,
 'covers': covers,
 'notes': (
  '隆德县 (固原市) 2024 plan, issued 2024-03-18, no parent plan supplied. Deadlines appear as inline notes '
  '（责任单位：…；完成时限：…） and as the 建设期限 column of the annex project table (lines 103-118); a period '
  '2024—2025年 is read as completing in 2025. Items whose regional task is due 2023 (tasks 14, 15, 17, 24, 25, 30-32, 36, 51, 68, 85) '
  'were deliberately given no dated deadline; items whose regional deadline is 长期坚持 carry 长期坚持. '
  'Line 53 (2025年6月底前) also contradicts the plan\'s own 2024 goal (line 17) and project row 2 (line 105); '
  'line 114 (2024—2025年) contradicts the body line 79 (2024年底前). Line 78: 2024年6月31日 is an impossible day, not a late year. '
  'Line 42 uses “一本账” for projects/applications (task 23, 2024年); task 30 (政务数据“一本账”, 2023年) is a weaker match. '
  'No task-uncovered entries are planted; many tasks led by regional bodies are naturally absent.'
 ),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
