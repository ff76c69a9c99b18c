# -*- coding: utf-8 -*-
# Writes key.json and checks every line/text against draft.txt (1-based).
import json, datetime
lines = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(s, nth=1):
    hits = [i+1 for i, l in enumerate(lines) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth-1]
def chk(e):
    if e.get('line') and e.get('text'):
        assert e['text'] in lines[e['line']-1], e
    return e
G = '鏀垮姟鏈嶅姟'
expect = [
 {"rule":"deadline-later-than-baseline","line":ln('2025年底前实现县、乡、村三级电子政务外网全覆盖'),"text":"2025年底",
  "why":"task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; task 47 (电子政务外网升级改造) also 2024年; the letter commits 2025年底前"},
 {"rule":"deadline-later-than-baseline","line":ln('适老化与信息无障碍改造，完善线上线下'),"text":"2025年6月底",
  "why":"task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 各市、县（区）分别负责) 完成时限 2024年; the task row says 2025年6月底前"},
 {"rule":"deadline-invalid","line":ln('20224年底前'),"text":"20224年",
  "why":"impossible year (typing slip for 2024年); the row takes up task 114 (政务新媒体矩阵), 完成时限 2024年"},
 {"rule":"unknown-unit","line":ln('县信息中心牵头'),"text":"县信息中心",
  "why":"not in units.txt: the old 县信息中心 is not a current county body (the letter itself names 县大数据服务中心 everywhere else); lead of the row on task 50"},
 {"rule":"unknown-unit","line":ln('县卫建局牵头'),"text":"县卫建局",
  "why":"not in units.txt: slip for 县卫健局 (县卫生健康局); lead in the inline note on task 8"},
 {"rule":"basis-mismatch","line":ln('（宁政办发〔2023〕17号）'),"text":"宁政办发〔2023〕17号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (cited correctly on line 17); 宁政办发 is the office's series"},
 {"rule":"garbled-text","line":ln(G),"text":G,
  "why":"UTF-8 bytes of 政务服务事项全程网办 read as GBK (鏀垮姟鏈嶅姟浜嬮」鍏ㄧ▼缃戝姙); re-encoding as GBK and decoding as UTF-8 recovers it"},
]
L = ln
mnf = [
 {"rule":"basis-mismatch","line":2,"text":"贺政办提〔2024〕47号","why":"the letter's own 文号, not a cited basis document"},
 {"rule":"basis-mismatch","line":L('宁政办发〔2020〕14号'),"text":"宁政办发〔2020〕14号","why":"retrospective mention of the 2020 工作要点 with its correct title and 文号 (what the county did since 2020), not the basis of the commitments"},
 {"rule":"basis-mismatch","line":L('（宁政发〔2023〕17号）'),"text":"宁政发〔2023〕17号","why":"correct title and 文号 of the regional 实施意见"},
 {"rule":"basis-mismatch","line":L('银川市人民政府《关于加强数字政府建设的实施方案》'),"text":"银川市人民政府《关于加强数字政府建设的实施方案》","why":"the city plan cited by title alone, in the correct form (实施方案, 加强)"},
 {"rule":"basis-mismatch","line":L('贺政发〔2023〕58号'),"text":"贺政发〔2023〕58号","why":"the county's own 实施方案 with its own 文号; nothing to contradict it"},
 {"rule":"basis-mismatch","line":L('及其重点任务清单和《贺兰县加强数字政府建设实施方案》'),"text":"《贺兰县加强数字政府建设实施方案》","why":"the county's own plan by short title, same title as on line 17"},
 {"rule":"deadline-invalid","line":L('2024年1月10日立案'),"text":"2024年1月10日","why":"the proposal's own 立案 date and number (第47号), not a deadline"},
 {"rule":"unknown-unit","line":L('宁夏立诚电子科技有限公司'),"text":"宁夏立诚电子科技有限公司","why":"the proposer's employer in his post (提案人), not a responsible unit"},
 {"rule":"unknown-unit","line":L('承办单位：县审批服务管理局（主办）'),"why":"bodies named only as having handled the proposal (主办/会办); all are in units.txt anyway"},
 {"rule":"deadline-later-than-baseline","line":L('2024年3月12日带队'),"text":"2024年3月12日","why":"past date of the meeting with the proposer"},
 {"rule":"deadline-later-than-baseline","line":L('到2025年，全县数字政府建设“34567”体系框架'),"text":"到2025年","why":"equal to the regional 主要目标 (到2025年 …“34567”体系框架全面成型)"},
 {"rule":"deadline-later-than-baseline","line":L('2024年3月，县政府调整充实'),"text":"2024年3月","why":"past achievement (领导小组 adjusted, task 64 due 2025), not a commitment"},
 {"rule":"deadline-later-than-baseline","line":L('2024年1月，县大数据服务中心组织'),"text":"2024年1月","why":"past fact reported in the 工作开展情况 (data managers named, cf. task 32 due 2023); a report of what was done, not a committed deadline"},
 {"rule":"deadline-invalid","line":L('于2023年9月印发'),"text":"2023年9月","why":"past date in the background (county plan issued), before the letter's year on purpose"},
 {"rule":"deadline-invalid","line":L('截至2023年底'),"text":"截至2023年底","why":"status as of the end of 2023, background"},
 {"rule":"deadline-invalid","line":L('于2022年12月上线运行'),"text":"2022年12月","why":"past achievements (2020 数字乡村试点, 2022 智慧园区 platform)"},
 {"rule":"deadline-later-than-baseline","line":L('2024年12月底前将本提案落实情况'),"text":"2024年12月底前","why":"the office's own date for reporting back to the proposer, not a task deadline"},
 {"rule":"deadline-invalid","line":L('联系电话：0951-8061327'),"text":"0951-8061327","why":"the letter's contact telephone, not a date"},
 {"rule":"unknown-unit","line":L('联系人：县审批服务管理局　李娜'),"text":"李娜","why":"the letter's contact person"},
 {"rule":"unknown-unit","line":L('抄送：县政协提案委员会'),"text":"县政协提案委员会","why":"recipient of a copy (抄送), not a responsible unit"},
 {"rule":"unknown-unit","line":L('积极争取自治区政府办公厅等上级部门'),"text":"自治区政府办公厅","why":"regional body named as a source of project funding, not as lead of a county task"},
 {"rule":"unknown-unit","line":L('县审批局牵头，县工信商务局、县财政局、县发改局配合'),"text":"县工信商务局","why":"official short names listed in units.txt (县审批局, 县工信商务局, 县发改局)"},
 {"rule":"unknown-unit","line":L('银川市生态环境局贺兰分局牵头'),"text":"银川市生态环境局贺兰分局","why":"the city bureau's county branch is listed in units.txt (environment is a city-level body in 银川)"},
 {"rule":"unknown-unit","line":L('县政府办公室牵头，县委编办配合，各乡镇人民政府'),"text":"各乡镇人民政府","why":"collective subjects (各乡镇人民政府, 县直各部门（单位）)"},
 {"rule":"unknown-unit","line":L('县政务服务中心和5个乡镇便民服务中心全面推行'),"text":"县政务服务中心","why":"service hall named as the place of past work, not a responsible unit"},
 {"rule":"unknown-unit","line":L('12345政务服务便民热线贺兰分中心2023年'),"text":"12345政务服务便民热线贺兰分中心","why":"the hotline's sub-centre reporting past figures, not a responsible unit"},
 {"rule":"unknown-unit","line":L('在县大数据服务中心设立领导小组办公室'),"text":"县政府","why":"县政府 = 县人民政府 and the 领导小组 named in past narrative"},
 {"rule":"unknown-unit","line":L('县委组织部、县委党校负责'),"text":"县委党校","why":"in units.txt"},
 {"rule":"deadline-later-than-baseline","line":L('完善数据专员工作机制'),"text":"2024年9月底前","why":"task 64 (各地各部门成立相应组织机构) 完成时限 2025年: earlier"},
 {"rule":"deadline-later-than-baseline","line":L('建立政务数据属地返还机制，推动数据按需回流'),"text":"2024年底前","why":"tasks 33/34 (基础数据资源库, 主题数据库) 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":L('促进数据流通共用'),"text":"2024年底前","why":"task 42 (公共数据与政务数据融合应用) 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":L('2024年10月底前'),"text":"2024年10月底前","why":"task 43 (政务信创云, 2024年建成，持续推进) and task 46 (2024年): earlier"},
 {"rule":"deadline-later-than-baseline","line":L('县信息中心牵头'),"text":"2024年底前","why":"task 50 (非涉密业务专网整合迁移) 完成时限 2024年: equal (the row's error is the unit only)"},
 {"rule":"deadline-later-than-baseline","line":L('融入全区“视频一张网”'),"text":"2025年6月底前","why":"task 49 (视频一张网) 完成时限 2025年: earlier"},
 {"rule":"deadline-later-than-baseline","line":L('全面融合各类公共服务，推动政务服务事项'),"text":"2024年底前","why":"task 84 (网上办、掌上办、就近办、一次办) 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":L('2024年9月底前',2),"text":"2024年9月底前","why":"task 86 (“我的宁夏”应上尽上) 完成时限 2024年: earlier"},
 {"rule":"deadline-later-than-baseline","line":L('县审批局牵头'),"text":"2024年12月底前","why":"task 89 (企业专属网页和惠企政策专栏) 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":L('提升“接诉即办”水平'),"text":"2024年底前","why":"task 87 (12345 热线, 2023年启动，2025年完成): earlier"},
 {"rule":"deadline-later-than-baseline","line":L('实施企业信用风险分类管理和差异化监管	'),"text":"2024年底前","why":"task 70 (企业信用风险分类管理, 差异化监管) 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":L('“智安单位”应用	'),"text":"2024年底前","why":"task 79 (雪亮工程) 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":L('部门响应”机制	'),"text":"2025年底前","why":"task 83 (互联网+基层治理) 完成时限 2025年: equal"},
 {"rule":"deadline-later-than-baseline","line":L('加强重点企业、重点产品运行监测分析	'),"text":"2025年","why":"task 66 (宁夏经济运行大数据平台) 完成时限 2025年: equal"},
 {"rule":"deadline-later-than-baseline","line":L('推进县域空气、水环境监测数据实时共享	'),"text":"2024年底前","why":"task 94 (生态环境数据交换体系) 完成时限 2024年: equal"},
 {"rule":"deadline-later-than-baseline","line":L('基层填表报数工作量压减50%以上	'),"text":"2025年","why":"task 106 (填表报数系统, 压减50%以上) 完成时限 2025年: equal"},
 {"rule":"deadline-later-than-baseline","line":L('20224年底前'),"text":"20224年","why":"the date is impossible and is reported as deadline-invalid; it is not a late deadline"},
 {"rule":"deadline-later-than-baseline","line":L('管理决策等数字化服务水平	'),"text":"持续推进，2025年取得明显成效","why":"task 3 (智慧园区) 持续推进，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":L('村级综合信息服务	'),"text":"持续推进，2025年取得明显成效","why":"task 10 (数字乡村) 持续推进，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":L('县卫建局牵头'),"text":"持续推进，2025年取得明显成效","why":"task 8 (互联网+医疗健康) 持续推进，2025年取得明显成效: equal"},
 {"rule":"deadline-later-than-baseline","line":L('完成时限：长期坚持'),"text":"长期坚持","why":"tasks 14/15/18 (安全责任, 安全评估, 常态化防护演练; 2023年 / 2023年形成机制，长期坚持): an ongoing commitment in a 2024 letter is not a later completion"},
 {"rule":"deadline-later-than-baseline","line":L('每年制定全县数字政府建设工作要点并组织实施，长期坚持'),"text":"长期坚持","why":"task 116 (一把手工程, 2023年完成并长期坚持): ongoing"},
 {"rule":"deadline-later-than-baseline","line":L('每年开展，长期坚持'),"text":"每年开展，长期坚持","why":"task 118 (干部数字化培训, 2023年完成并长期坚持): ongoing"},
 {"rule":"deadline-invalid","line":L('2024年6月18日印发'),"text":"2024年6月18日","why":"the letter's own date (also line 67)"},
 {"rule":"deadline-later-than-baseline","line":L('全县2024年数字政府建设工作要点'),"text":"2024年","why":"the year in the name of the county's annual 工作要点, not a deadline"},
 {"rule":"garbled-text","line":3,"why":"full-width spaces between 类别 and 签发人 are layout, not damage"},
]
covers_spec = [
 (64,'完善数据专员工作机制'),(64,'1.完善组织机构'),(33,'建立政务数据属地返还机制，推动数据按需回流'),(42,'促进数据流通共用'),
 (43,'2024年10月底前'),(50,'县信息中心牵头'),(49,'融入全区“视频一张网”'),(48,'2025年底前实现县、乡、村三级'),
 (84,'全面融合各类公共服务，推动政务服务事项'),(86,'2024年9月底前'),(89,'县审批局牵头'),(93,'适老化与信息无障碍改造，完善线上线下'),
 (87,'提升“接诉即办”水平'),(70,'实施企业信用风险分类管理和差异化监管	'),(79,'“智安单位”应用	'),(83,'部门响应”机制	'),
 (66,'加强重点企业、重点产品运行监测分析	'),(94,'推进县域空气、水环境监测数据实时共享	'),(106,'基层填表报数工作量压减50%以上	'),
 (114,'20224年底前'),(3,'管理决策等数字化服务水平	'),(10,'村级综合信息服务	'),(118,'每年开展，长期坚持'),
 (8,'县卫建局牵头'),(7,'深入推进国家智慧教育平台应用'),(18,'完成时限：长期坚持'),(14,'完成时限：长期坚持'),(116,'3.落实“一把手工程”'),
 (112,'16.政务公开'),(104,'15.政务运行'),(105,'15.政务运行'),(24,'7.完善制度规则'),(21,'7.完善制度规则'),(96,'14.生态环境保护'),
 (122,'22.强化考核评价'),(123,'22.强化考核评价'),(124,'22.强化考核评价'),(12,'19.营造良好数字生态'),(85,'“免证办”事项达到312项'),(32,'2024年1月，县大数据服务中心组织'),
 (36,'4.加强数据资源共享'),(65,'11.经济调节'),
]
covers = [{"task": t, "line": ln(s, 2 if (t == 86) else 1)} for t, s in covers_spec]
for e in expect + mnf: chk(e)
key = {
 "writer": "blind writer, round 298; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("A reply letter of the 贺兰县 government office (2024-06-18) to 县政协 proposal No. 47 on digital government and 政务服务. "
   "贺兰 belongs to 银川, whose plan is not in the seeds, so no parent plan; the 吴忠 plan is not a parent. "
   "Past achievements (section 一) carry dates from 2020 to 2024-03 on purpose; only the commitments in section 二 and the 附件 table are deadlines. "
   "The letter takes up every pillar of the 34567 framework and the 党的领导 items by content (sections 二(一)-(六) and the table), so no missing-pillar is expected. "
   "task-uncovered is not annotated beyond `covers`: a reply letter naturally leaves many city-level tasks out. "
   "Line 54 holds both a planted unknown unit (县卫建局) and an equal deadline (task 8).")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for c in covers: print(c['task'], c['line'], lines[c['line']-1][:40])
