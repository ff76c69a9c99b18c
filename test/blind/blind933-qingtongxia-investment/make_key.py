# Builds key.json from anchors; every line number is looked up in the final draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L.pop()

def ln(*anchors):
    hits = [i for i, l in enumerate(L, 1) if all(a in l for a in anchors)]
    assert len(hits) == 1, (anchors, hits)
    return hits[0]

def row(n):  # table row by 序号
    hits = [i for i, l in enumerate(L, 1) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, n
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

E, N, C = [], [], []
def e(rule, line, text, why, **kw):
    chk(line, text); E.append(dict(rule=rule, line=line, text=text, why=why, **kw))
def n(rule, line, why, text=None, **kw):
    d = dict(rule=rule, line=line)
    if text is not None:
        chk(line, text); d['text'] = text
    d.update(kw); d['why'] = why; N.append(d)
def c(task, line): C.append(dict(task=task, line=line))

# ---------------- expect: planted mistakes ----------------
e('basis-mismatch', ln('宁政发〔2022〕17号'), '宁政发〔2022〕17号',
  '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16, gazette 2023年第10期); the year in the 文号 is wrong')
e('deadline-later-than-baseline', ln('提升网络平台支撑能力'), '2025年底',
  'paragraph is regional tasks 47 (外网升级改造, 完成时限 2024年), 48 (城域网升级改造, 区市县乡村5级全覆盖, 完成时限 2024年) and 50 (非涉密业务专网整合迁移, 完成时限 2024年); 2025年底前 is a year late (the draft\'s own 主要目标 on line 17 even says 2024年底)')
e('deadline-later-than-baseline', row(20), '2024—2025年',
  '重点项目表 row 20 (政府网站和政务服务场所适老化改造) is regional task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 完成时限 2024年); 建设年限 ending 2025 is later (and contradicts the draft\'s own line 73 and goal on line 17)')
e('deadline-invalid', ln('提升政府信息公开水平'), '2024年6月31日',
  'June has 30 days; 2024年6月31日 does not exist (task 112 is due 2024年, so the date is otherwise not late)')
e('unknown-unit', row(16), '市政务服务管理局',
  'not in units.txt; 青铜峡\'s body is 市审批服务管理局 (市审批局), used everywhere else in the draft')
e('garbled-text', ln('发挥政务新媒体传播优势'), '鏀垮姟鑸嗘儏',
  'UTF-8 bytes of 政务舆情回应 read as GBK (鏀垮姟鑸嗘儏鍥炲簲); re-encoding as GBK and decoding as UTF-8 recovers it')

# ---------------- mustNotFlag: near misses ----------------
n('basis-mismatch', 2, 'the notice\'s own 文号, not a cited basis document', '青政发〔2024〕9号')
n('basis-mismatch', ln('宁政办发〔2020〕14号'), 'retrospective mention in 发展基础 of the 2020 工作要点 (correct title and 文号); it is not cited as a basis of this plan', '宁政办发〔2020〕14号')
n('deadline-invalid', 5, 'date of the government meeting that approved the plan, not a deadline', '2024年3月5日')
n('deadline-invalid', 7, 'issue date of the notice, not a deadline', '2024年3月12日')
n('deadline-invalid', ln('宁政办发〔2020〕14号'), 'past years 2021/2022/2023 describe achievements in 发展基础, not deadlines', '2022年')
n('deadline-later-than-baseline', ln('到2024年底'), 'goal year 2024 for 信创云迁移 (task 43: 2024年建成), 外网全覆盖 (task 48: 2024年) and 适老化 (task 93: 2024年): equal', '2024年底')
n('deadline-later-than-baseline', ln('到2025年，全市数字政府建设'), 'equal to the regional goal 到2025年 “34567”体系框架全面成型 and the 吴忠 goal 到2025年 “1347”体系框架全面成型', '2025年')
n('deadline-later-than-baseline', ln('到2035年'), 'equal to the regional and 吴忠 2035 goal', '2035年')
n('deadline-later-than-baseline', ln('（一）健全组织机构'), 'task 64 (各地各部门参照自治区做法成立相应组织机构, 完成时限 2025年): 2024年6月底前 is earlier', '2024年6月底前')
n('deadline-later-than-baseline', ln('（一）驱动数字经济发展'), 'task 3 (智慧园区, 持续推进，2025 年取得明显成效): equal', '2025年取得明显成效')
n('deadline-later-than-baseline', ln('（二）引领数字社会建设'), 'tasks 6, 8, 9 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效): equal completing milestone 2025', '2025年取得明显成效')
n('deadline-later-than-baseline', ln('推进数字乡村建设'), 'task 10 (持续推进，2025年取得明显成效): equal', '2025年取得明显成效')
n('deadline-later-than-baseline', ln('（三）营造良好数字生态'), 'task 12 (数据要素市场/数据交易平台, 完成时限 2025年): equal', '2025年')
n('deadline-later-than-baseline', ln('以数字化改革助力政府职能转变。'), 'tasks 20, 21 (2024年) equal; task 22 (审管协同, 2025年) earlier', '2024年底前')
n('deadline-later-than-baseline', ln('促进数据有序开发利用'), 'tasks 41 and 42 (2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('强化政务云平台支撑能力'), 'tasks 43 (2024 年建成，持续推进) and 46 (2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('加强共性应用支撑能力'), 'task 52 (电子证照社会化场景, 2025年) earlier; tasks 53, 54, 55, 57 (2024年) equal', '2024年底前')
n('deadline-later-than-baseline', ln('积极对接使用宁夏经济运行大数据平台'), 'task 66 (经济运行大数据平台, 2025年): equal', '2025年')
n('deadline-later-than-baseline', ln('推动监管精准化'), 'tasks 70 and 71 (2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('提升社会矛盾化解能力'), 'task 77 (2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('提升社会治安防控能力'), 'task 79 (雪亮工程, 2024年) equal; task 49 (视频一张网, 2025年) earlier', '2024年')
n('deadline-later-than-baseline', ln('提升公共安全保障能力'), 'task 80 (智慧应急, 2024年): equal', '2024年')
n('deadline-later-than-baseline', ln('提高基层社会治理能力'), 'task 83 (互联网+基层治理, 2025年): equal', '2025年')
n('deadline-later-than-baseline', ln('打造泛在可及的服务体系'), 'task 84 (2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('做强移动服务门户'), 'task 86 (我的宁夏, 2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('打造政务“总客服”'), 'task 87 (12345热线, 2023年启动，2025年完成): equal', '2025年')
n('deadline-later-than-baseline', ln('提供优质便利的涉企服务'), 'tasks 88 and 89 (2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('拓展公平普惠的民生服务'), 'tasks 90 and 93 (2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('提升生态环保协同治理能力'), 'task 94 (2024年) equal; task 95 (2025年) earlier', '2024年')
n('deadline-later-than-baseline', ln('深化“互联网+城乡供水”示范建设'), 'task 96 (2025年): equal', '2025年')
n('deadline-later-than-baseline', ln('提高自然资源利用效率'), 'tasks 97 and 98 (2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('推动绿色低碳转型'), 'tasks 101 and 102 (2025年): equal', '2025年')
n('deadline-later-than-baseline', ln('提升行政执行能力'), 'tasks 104 and 105 (2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('推进基层减负'), 'tasks 106 (填表报数, 2025年) and 107 (视频会议, 2025年): equal', '2025年')
n('deadline-later-than-baseline', ln('提升机关事务管理水平'), 'task 111 (2025年): equal', '2025年')
n('deadline-later-than-baseline', ln('发挥政务新媒体传播优势'), 'task 114 (2024年): equal (the line\'s garbled run is a separate finding)', '2024年底前')
n('deadline-later-than-baseline', ln('畅通政民互动渠道'), 'task 115 (2024年): equal', '2024年底前')
n('deadline-later-than-baseline', ln('（四）强化考核评价'), 'task 121 (考核指标体系/以奖代补, 长期坚持): equal; the 2023-milestone tasks 122–124 are on the undated next line', '长期坚持')
n('deadline-later-than-baseline', ln('（二）加大资金保障'), '"2024年计划投资" is an investment figure for the plan year, not a deadline', '2024年计划投资')
n('deadline-later-than-baseline', ln('（一）建立调度机制'), 'the office\'s own reporting date for the annual summary, not a task deadline', '2025年1月15日前')
n('deadline-invalid', ln('附件：青铜峡市2024年'), 'year in the annex title, not a deadline', '2024年')
n('deadline-later-than-baseline', ln('序号', '建设年限'), 'column name "2024年计划投资（万元）" carries the plan year, not a deadline', '2024年计划投资（万元）')
n('deadline-invalid', row(1), '"2022年以前建成" describes the age of the systems to migrate, not a deadline; 建设年限 2024年 equals task 43', '2022年以前')
n('deadline-invalid', row(2), '建设年限 2023—2024年 is a continuing project started in 2023; its completion 2024 equals task 48 (2024年)', '2023—2024年')
n('deadline-later-than-baseline', row(6), '总投资 2030 (万元) is an amount, not a year; 建设年限 2024—2025年 equals task 3 (2025)', '2030')
n('deadline-later-than-baseline', row(10), '总投资 2028 (万元) is an amount, not a year; 建设年限 2024—2025年 equals task 9 (2025)', '2028')
n('deadline-invalid', row(16), '建设年限 2023—2024年 starts before the plan year (续建项目); completion 2024 equals task 84 (2024年). The row\'s only finding is the unit', '2023—2024年')
n('deadline-later-than-baseline', row(18), 'task 87 (12345热线, 2025年完成): 2024—2025年 equal', '2024—2025年')
n('deadline-later-than-baseline', row(22), 'task 96 (互联网+城乡供水, 2025年): 2023—2025年 equal; start 2023 is not a deadline', '2023—2025年')
n('deadline-later-than-baseline', row(9), 'task 8 (互联网+医疗健康, 持续推进，2025年取得明显成效): equal', '2024—2025年')
n('deadline-later-than-baseline', row(15), 'task 83 (基层治理, 2025年): equal', '2024—2025年')
n('deadline-later-than-baseline', row(25), 'task 106 (填表报数, 2025年): equal', '2024—2025年')
n('deadline-later-than-baseline', row(26), 'task 107 (视频会议, 2025年): 2024年 earlier', '2024年')
n('deadline-later-than-baseline', row(30), 'task 66 (经济运行大数据平台, 2025年): equal', '2024—2025年')
n('deadline-later-than-baseline', row(7), 'task 10 (数字乡村, 持续推进，2025年取得明显成效): equal', '2024—2025年')
n('deadline-later-than-baseline', len(L), '合计 row: investment totals 19503 / 13345 (万元), not years', '19503')
n('unknown-unit', ln('（三）完善工作机制'), 'collective subject', '市直各部门（单位）')
n('unknown-unit', ln('（一）健全组织机构'), 'collective subject (all 8 镇 and 裕民街道)', '各镇（街道）')
n('unknown-unit', ln('提高基层社会治理能力'), 'collective subject', '各村（社区）')
n('unknown-unit', ln('开展试点示范'), 'collective subject', '市直有关部门')
n('unknown-unit', 4, 'addressee line: collective 各镇人民政府 and the listed 裕民街道办事处', '各镇人民政府')
n('unknown-unit', ln('提升社会矛盾化解能力'), 'prefix 市 distributes: 市司法局, 市信访局 are in units.txt', '司法局、信访局')
n('unknown-unit', ln('以数字化改革助力政府职能转变。'), 'official short name of 市审批服务管理局 (units.txt alias); 市市场监管局 likewise', '市审批局')
n('unknown-unit', ln('（二）引领数字社会建设'), 'aliases in units.txt: 市人社局, 市城管局, 市住建局; 市教育体育局 and 市卫生健康局 canonical', '市人社局')
n('unknown-unit', ln('推动监管精准化'), 'aliases in units.txt: 市卫健局, 市教体局', '市卫健局')
n('unknown-unit', ln('拓展公平普惠的民生服务'), 'aliases in units.txt: 市政府办, 市文旅广电局', '市文旅广电局')
n('unknown-unit', ln('（一）驱动数字经济发展'), 'registry names: 市工业信息化和商务局 (not split at 和), 青铜峡工业园区管委会, alias 市发改局', '市工业信息化和商务局')
n('unknown-unit', ln('提升生态环保协同治理能力'), 'registry name 吴忠市生态环境局青铜峡分局 (the county branch of the city bureau), listed in units.txt; never split', '吴忠市生态环境局青铜峡分局')
n('unknown-unit', ln('提高自然资源利用效率'), 'canonical 市林业和草原局 (alias 市林草局 used on lines 66 and 127); not split at 和', '市林业和草原局')
n('unknown-unit', ln('提升网络平台支撑能力'), 'operator outside the government proper, listed in units.txt', '中国电信青铜峡分公司')
n('unknown-unit', ln('促进数据有序开发利用'), 'utility outside the government proper, listed in units.txt', '国网青铜峡市供电公司')
n('unknown-unit', ln('推动“六特”产业数字化'), 'alias 市供销社 of 市供销合作社', '市供销社')
n('unknown-unit', row(3), 'aliases 市医保局, 市人社局', '市医保局')
n('unknown-unit', row(19), 'alias 市工信商务局 of 市工业信息化和商务局', '市工信商务局')
n('unknown-unit', ln('（三）提升数字素养'), 'units.txt lists 市委党校', '市委党校')
n('missing-pillar', 0, '五个一/六级贯通 work system is taken up as 二、完善“一套体系” (组织机构, 层级职责 under 六级贯通, 工作机制), as in the 吴忠 plan', pillar='五个一')
n('missing-pillar', 0, '六级贯通 is named on line 30 (厘清层级职责)', pillar='六级贯通')
n('missing-pillar', 0, '党的领导 (组织领导, 资金保障/财政投入, 数字素养, 考核评价) is section 六', pillar='党的领导')
n('missing-pillar', 0, '数字生态 is 三、（三）营造良好数字生态', pillar='数字生态')

# ---------------- covers ----------------
for t, a in [(3,'（一）驱动数字经济发展'),(6,'（二）引领数字社会建设'),(8,'（二）引领数字社会建设'),(9,'（二）引领数字社会建设'),
             (10,'推进数字乡村建设'),(12,'（三）营造良好数字生态'),(14,'强化安全管理责任'),(15,'强化安全管理责任'),
             (17,'落实安全制度要求'),(18,'落实安全制度要求'),(20,'以数字化改革助力政府职能转变。'),(21,'以数字化改革助力政府职能转变。'),
             (24,'创新数字政府建设管理机制'),(25,'创新数字政府建设管理机制'),(28,'开展试点示范'),
             (30,'健全政务数据管理机制'),(32,'健全政务数据管理机制'),(36,'健全政务数据管理机制'),
             (41,'促进数据有序开发利用'),(42,'促进数据有序开发利用'),(43,'强化政务云平台支撑能力'),
             (47,'提升网络平台支撑能力'),(48,'提升网络平台支撑能力'),(50,'提升网络平台支撑能力'),
             (52,'加强共性应用支撑能力'),(54,'加强共性应用支撑能力'),(57,'加强共性应用支撑能力'),(64,'（一）健全组织机构'),
             (66,'积极对接使用宁夏经济运行大数据平台'),(71,'推动监管精准化'),(72,'促进监管协同化'),(73,'促进监管协同化'),
             (77,'提升社会矛盾化解能力'),(79,'提升社会治安防控能力'),(80,'提升公共安全保障能力'),(83,'提高基层社会治理能力'),
             (84,'打造泛在可及的服务体系'),(86,'做强移动服务门户'),(87,'打造政务“总客服”'),(88,'提供优质便利的涉企服务'),
             (89,'提供优质便利的涉企服务'),(90,'拓展公平普惠的民生服务'),(93,'拓展公平普惠的民生服务'),
             (94,'提升生态环保协同治理能力'),(96,'深化“互联网+城乡供水”示范建设'),(97,'提高自然资源利用效率'),(98,'提高自然资源利用效率'),
             (102,'推动绿色低碳转型'),(103,'提升辅助决策能力'),(104,'提升行政执行能力'),(105,'提升行政执行能力'),
             (106,'推进基层减负'),(107,'推进基层减负'),(108,'提升行政监督水平'),(111,'提升机关事务管理水平'),
             (112,'提升政府信息公开水平'),(114,'发挥政务新媒体传播优势'),(115,'畅通政民互动渠道'),
             (116,'（一）加强组织领导'),(118,'（三）提升数字素养'),(121,'（四）强化考核评价'),(123,'加强结果运用'),(124,'加强结果运用')]:
    c(t, ln(a))

key = {
  "writer": "blind writer, round 933; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": E,
  "mustNotFlag": N,
  "covers": C,
  "notes": ("青铜峡市 (county-level city under 吴忠) plan issued 2024-03-12 with an annexed 重点项目表 (lines 104-135, tab-separated, "
            "7 columns; line 103 states the first-listed unit leads). Units are the county's own (units.txt): 市发展和改革局, 市卫生健康局, "
            "市审批服务管理局 etc., not the 吴忠 city names. Paragraphs that take up regional tasks due 2023 (14, 15, 17, 18, 24, 25, 30, 32, 36, 72, 116, 123, 124) "
            "deliberately carry no 完成时限, so that no 2024 date is set against a 2023 task. 建设年限 in the project table is read as the completion "
            "deadline (its end year); each row's end year is no later than the matching regional task except row 20. No task-uncovered is planted. "
            "Line 10 also holds three correct citations (国发〔2022〕14号; 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） as in the 吴忠 plan; "
            "吴忠市人民政府《关于加强数字政府建设的实施方案》 by title alone): only 宁政发〔2022〕17号 is wrong; they are not listed in mustNotFlag because they share the line with the planted basis-mismatch.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), 'expect;', len(N), 'mustNotFlag;', len(C), 'covers;', len(L), 'lines')
