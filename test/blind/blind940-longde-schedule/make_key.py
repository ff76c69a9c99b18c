# 生成 key.json；行号取自 make_draft.py 输出的 lines.json，并逐条核对 text 确在该行。
import json
L = json.load(open('lines.json'))
lines = open('draft.txt', encoding='utf-8').read().split('\n')
GARBLE = '政府信息传播格局'.encode('utf-8').decode('gbk')
def e(rule, tag, text=None, why='', **kw):
    d = {'rule': rule, 'line': L[tag] if isinstance(tag, str) else tag}
    if text is not None:
        d['text'] = text
        assert text in lines[d['line'] - 1], (tag, text)
    d.update(kw); d['why'] = why
    return d
expect = [
 e('basis-mismatch', 'basis', '宁政发〔2022〕17号', 'the 自治区 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong'),
 e('deadline-later-than-baseline', 'goal2026', '2026年底', '主要目标: the region\'s goal is "到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、基础设施集约完备…"; the county sets the same goal for 2026'),
 e('deadline-later-than-baseline', 't48', '2025年6月底', 'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展), 完成时限 2024年; the county plans coverage by June 2025 (the row is left out of the 2024 timetable)'),
 e('deadline-invalid', 't86', '2024年6月31日', 'impossible date: June has 30 days (the month itself, 2024年6月, is earlier than tasks 84/86, 完成时限 2024年, so it is not late)'),
 e('unknown-unit', 'r3', '县经济和信息化局', 'obsolete name, not in units.txt; the body note for the same task (line %d) names the current 县工业信息化和商务局' % L['t3']),
 e('garbled-text', 't112', GARBLE, 'UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 政府信息传播格局'),
]
mnf = [
 e('basis-mismatch', 'basis', '国发〔2022〕14号', 'correct 文号 of 《国务院关于加强数字政府建设的指导意见》'),
 e('basis-mismatch', 'basis', '宁政办发〔2023〕11号', 'correct pairing with 《数字宁夏“1244+N”行动计划实施方案》, cited the same way by the 吴忠 plan'),
 e('basis-mismatch', 'basis', '《固原市加强数字政府建设实施方案》', 'the city plan cited by title alone, without a 文号, as county plans do; no parent plan is supplied'),
 e('basis-mismatch', 'background', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background (近年来，我县按照…), not a basis of this plan; title and 文号 match'),
 e('basis-mismatch', 'ownno', '隆政办发〔2024〕12号', 'the document\'s own 文号'),
 e('deadline-invalid', 'background2', '截至2023年底', 'past date in the background (what was done by end-2023), not a deadline'),
 e('deadline-invalid', 't36', '2023年', 'retrospective mention of the region\'s 2023 mechanism (task 36, 完成时限 2023年): 落实自治区2023年建立的…; the line gives no county deadline'),
 e('deadline-later-than-baseline', 'goal2024', '到2024年底', 'equal: tasks 43 (2024年建成，持续推进), 86 (2024年) and 105 (2024年)'),
 e('deadline-later-than-baseline', 't64', '2024年6月底', 'earlier: task 64 (各地各部门参照自治区做法，成立相应的组织机构…), 完成时限 2025年'),
 e('deadline-later-than-baseline', 't3', '2024年12月底', 'earlier: task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效'),
 e('deadline-later-than-baseline', 't7', '2024年12月底', 'earlier: task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效; the completing milestone is 2025'),
 e('deadline-later-than-baseline', 't28', '2024年10月底', 'earlier: task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效; the completing milestone is 2025'),
 e('deadline-later-than-baseline', 't87', '2024年12月底', 'earlier: task 87 (12345政务服务便民热线), 完成时限 2023年启动，2025年完成'),
 e('deadline-later-than-baseline', 't18', '长期坚持', 'task 18 (动态监控、主动防御、协同响应…常态化安全防护和应急演练), 完成时限 2023年形成机制，长期坚持: ongoing, no later milestone'),
 e('deadline-later-than-baseline', 't33', '2024年12月底', 'equal: tasks 33 and 34 (基础数据资源库、主题数据库), 完成时限 2024年'),
 e('deadline-later-than-baseline', 't43', '2024年11月底', 'earlier: tasks 43 (2024年建成，持续推进), 47 (2024年) and 50 (2024年)'),
 e('deadline-later-than-baseline', 't49', '2024年12月底', 'earlier: task 49 (视频共享平台、视频一张网), 完成时限 2025年'),
 e('deadline-later-than-baseline', 't88', '2024年9月底', 'earlier: task 88 (证照分离、电子营业执照、一业一证), 完成时限 2024年'),
 e('deadline-later-than-baseline', 't106', '2025年', 'equal: task 106 (填表报数系统，工作量压减50%以上), 完成时限 2025年; the line\'s own 完成时限 2024年12月底 is earlier'),
 e('deadline-later-than-baseline', 't113', '2024年12月底', 'equal: task 113 (政策“一库通查”), 完成时限 2024年'),
 e('deadline-later-than-baseline', 'report', '2025年1月10日', 'the office\'s own reporting date for the 2024 annual summary, not a task deadline'),
 e('deadline-later-than-baseline', 'r33', None, 'timetable row, last ● in 12月 = 2024年12月: equal to tasks 33/34, 完成时限 2024年'),
 e('deadline-later-than-baseline', 'r86', None, 'timetable row, last ● in 6月 = 2024年6月: earlier than tasks 84/86, 完成时限 2024年'),
 e('deadline-later-than-baseline', 'r105', None, 'timetable row, last ● in 6月: earlier than tasks 104/105, 完成时限 2024年'),
 e('deadline-later-than-baseline', 'r112', None, 'timetable row, last ● in 12月: equal to tasks 112/114, 完成时限 2024年'),
 e('deadline-later-than-baseline', 'r49', None, 'timetable row, last ● in 12月: earlier than task 49, 完成时限 2025年'),
 e('unknown-unit', 't21', '审计局', 'the 县 prefix distributes over the list: 县财政局、审计局 = 县审计局, in units.txt'),
 e('unknown-unit', 't118', '宣传部', 'the 县委 prefix distributes: 县委组织部、宣传部 = 县委宣传部, in units.txt'),
 e('unknown-unit', 't64', '各乡镇人民政府', 'collective subject'),
 e('unknown-unit', 't83', '各村（社区）', 'collective subject'),
 e('unknown-unit', 't14', '县直各部门（单位）', 'collective subject'),
 e('unknown-unit', 't43', '县直有关部门', 'collective subject'),
 e('unknown-unit', 't23', '县政府办公室', 'official short name of 县人民政府办公室, listed in units.txt'),
 e('unknown-unit', 't52', '县教体局', 'short name of 县教育体育局, listed in units.txt (县卫健局 likewise)'),
 e('unknown-unit', 'r12', '县发改局', 'colloquial short name of 县发展和改革局, listed in units.txt'),
 e('unknown-unit', 'r28', '城关镇', 'short name of 城关镇人民政府 (沙塘镇 likewise), listed in units.txt'),
 e('unknown-unit', 't94', '固原市生态环境局隆德分局', 'the city bureau\'s county branch (vertical management), listed in units.txt; not a regional body'),
 e('unknown-unit', 't41', '国网隆德县供电公司', 'unit outside the government proper, listed in units.txt'),
 e('unknown-unit', 't77', '自治区党委政法委', 'regional unit named in running text as owner of the regional system; the local lead is 县委政法委'),
 e('unknown-unit', 't9', '固原市', 'the parent city named in running text (配合固原市推进…), not a responsibility cell'),
 e('garbled-text', 'r64', '●', 'the timetable\'s month marks, not damaged text'),
]
covers = [(t, L[g]) for t, g in [
 (3,'t3'),(5,'t5'),(6,'t6'),(7,'t7'),(8,'t8'),(9,'t9'),(10,'t10'),(12,'t12'),(14,'t14'),(15,'t14'),(18,'t18'),
 (21,'t21'),(23,'t23'),(28,'t28'),(33,'t33'),(34,'t33'),(36,'t36'),(40,'t40'),(41,'t41'),(42,'t41'),(43,'t43'),
 (47,'t43'),(48,'t48'),(49,'t49'),(50,'t43'),(52,'t52'),(54,'t40'),(56,'t52'),(57,'t57'),(58,'t57'),(64,'t64'),
 (66,'t66'),(71,'t71'),(73,'t71'),(74,'t71'),(77,'t77'),(79,'t79'),(80,'t80'),(83,'t83'),(84,'t86'),(85,'t85'),
 (86,'t86'),(87,'t87'),(88,'t88'),(89,'t89'),(93,'t93'),(94,'t94'),(96,'t96'),(97,'t97'),(98,'t98'),(102,'t102'),
 (104,'t105'),(105,'t105'),(106,'t106'),(107,'t107'),(111,'t111'),(112,'t112'),(113,'t113'),(114,'t112'),
 (115,'t115'),(116,'t116'),(118,'t118'),(123,'t123'),(124,'t123'),(25,'t25')]]
key = {
 'writer': 'blind writer, round 940; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': mnf,
 'covers': [{'task': t, 'line': l} for t, l in sorted(covers)],
 'notes': ('隆德县 (固原市) 2024 annual 实施方案 issued 2024-03-15 by 县人民政府办公室, with inline notes (牵头单位/配合单位/完成时限) and an annexed '
           '推进时间表 (lines %d-%d, tab-separated: 序号, 重点任务, 责任单位, 1月…12月; a ● marks a month of work, the last ● is the deadline, as the draft\'s own 说明 line %d states). '
           'Every timetable row ends in the same month as its body note. The draft states (line %d) that the first-listed lead is the main lead. '
           'Tasks whose regional 完成时限 is 2023 only (14, 15, 36, 85, 25, 24) are taken up without a county deadline on purpose; tasks 116, 118, 122-124 likewise. '
           'units.txt is the county registry written for this case; 固原市 units other than the 生态环境局隆德分局 do not occur in responsibility cells. '
           'Parent: none (no 固原 plan is supplied; the draft cites one by title only).') % (L['thead'], L['r115'], L['note2'], L['note'])
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(key['covers']))
