#!/usr/bin/env python3
"""Builds key.json for blind819-xingqing-careful from anchors, so every line number is
computed against the final draft.txt (1-based). Run: python3 make_key.py"""
import json, sys
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(anchor, nth=1):
    hits = [i + 1 for i, t in enumerate(lines) if anchor in t]
    if len(hits) < nth:
        sys.exit('anchor not found: %r' % anchor)
    return hits[nth - 1]

def row(n):
    """line of task-table row n (rows start with their 序号 and a tab)"""
    return [i + 1 for i, t in enumerate(lines) if t.startswith('%d\t' % n)][0]

def must_contain(line, text):
    if text and text not in lines[line - 1]:
        sys.exit('text %r not on line %d' % (text, line))

expect = [
    dict(rule='basis-mismatch', line=L('宁政发〔2023〕17号'), text='关于加快推进数字政府建设的实施意见',
         why='宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the preamble gives it the wrong title (加快推进 for 加强)'),
    dict(rule='garbled-text', line=L('鐢靛瓙璇佺収'), text='鐢靛瓙璇佺収',
         why='UTF-8 bytes of 电子证照 read as GBK (re-encode as GBK, decode as UTF-8 recovers 电子证照)'),
    dict(rule='unknown-unit', line=row(18), text='区数据局',
         why='lead of task row 18 (公共数据开放); no 区数据局 exists in units.txt (the district body is 区大数据服务中心) and it is not a regional unit'),
    dict(rule='deadline-invalid', line=row(29), text='2024年6月31日',
         why='impossible date: June has 30 days (body line for the same measure says 2024年6月底前)'),
    dict(rule='deadline-later-than-baseline', line=row(43), text='2025年6月底前',
         why='适老化与信息无障碍建设 is task 93, 完成时限 2024年 (自治区各部门及各市、县（区）分别负责); the row gives 2025年6月底前'),
]

mnf = []
def m(rule, line, why, text=None, **kw):
    e = dict(rule=rule, line=line)
    if text is not None:
        must_contain(line, text)
        e['text'] = text
    e.update(kw)
    e['why'] = why
    mnf.append(e)

D = 'deadline-later-than-baseline'
# --- basis documents
m('basis-mismatch', L('国发〔2022〕14号'), 'correct national basis, title and 文号 match', '国发〔2022〕14号')
m('basis-mismatch', L('宁政办发〔2023〕11号'), 'a different, real regional document (数字宁夏“1244+N”行动计划实施方案), cited the same way in the 吴忠 seed plan; not the 实施意见', '宁政办发〔2023〕11号')
m('basis-mismatch', L('宁政办发〔2020〕14号'), 'retrospective mention of the superseded 2020 工作要点 in the 发展基础 background, not a basis of this plan', '宁政办发〔2020〕14号')
m('basis-mismatch', L('《全国一体化政务大数据体系建设指南》'), 'national guide cited by title alone, exactly as the regional task 29 does', '全国一体化政务大数据体系建设指南')
# --- equal or earlier deadlines (body notes)
m(D, L('1.服务算力枢纽建设'), 'task 1 持续推进，2025年取得明显成效: identical', '持续推进，2025年取得明显成效')
m(D, L('2.推进产业数字化'), 'task 2 2023年启动，2024年取得明显成效: completing milestone 2024年底 is equal', '2024年底前取得明显成效')
m(D, L('3.建设智慧园区'), 'task 3 持续推进，2025年取得明显成效: equal', '2025年取得明显成效')
m(D, L('1.推动公共服务数字化'), 'task 6 持续推进，2025年取得明显成效: identical', '持续推进，2025年取得明显成效')
m(D, L('2.推进智慧教育'), 'task 7 2023年形成试点经验，2025年取得明显成效: the completing milestone 2025 is equal; the 2024 intermediate milestone is a district-level 应用经验 after the region\'s 2023 pilot, not the region\'s milestone moved', '2024年形成区级应用经验，2025年取得明显成效')
m(D, L('3.深化“互联网+医疗健康”'), 'task 8 持续推进，2025年取得明显成效: 2025年 equal', '2025年')
m(D, L('4.建设智慧城市'), 'task 9 持续推进，2025年取得明显成效 (各地级市牵头, 各县配合): 2025年 equal', '2025年')
m(D, L('5.推进数字乡村建设'), 'task 10 持续推进，2025年取得明显成效: 2025年 equal', '2025年')
m(D, L('1.培育数据要素市场'), 'task 12 2025年: equal', '2025年')
m(D, L('1.助力政府职能转变'), 'task 21 2024年: 2024年底前 equal', '2024年底前')
m(D, L('2.强化审管协同'), 'task 22 2025年: equal', '2025年')
m(D, L('3.建立数字资源“一本账”'), 'task 23 2024年: 2024年9月底前 is earlier', '2024年9月底前')
m(D, L('5.完善制度规范'), 'task 26 2024年: equal', '2024年')
m(D, L('6.开展试点示范'), 'task 28 2023年启动，2025年取得明显成效: completing milestone equal', '2025年取得明显成效')
m(D, L('3.推进基础库和主题库建设'), 'tasks 33 and 34, both 2024年: equal', '2024年')
m(D, L('5.规范电子公文管理'), 'task 40 2024年: equal', '2024年')
m(D, L('6.促进数据开发利用'), 'tasks 41 and 42, both 2024年: 2024年底前 equal', '2024年底前')
m(D, L('1.强化政务云支撑'), 'task 43 2024 年建成，持续推进 / task 46 2024年: 2024年10月底前 is earlier', '2024年10月底前')
m(D, L('2.提升网络支撑能力'), 'task 48 2024年 and task 50 2024年: 2024年9月底前 is earlier', '2024年9月底前')
m(D, L('3.统筹视频资源'), 'task 49 2025年: equal', '2025年')
m(D, L('4.拓展电子证照应用'), 'task 52 2025年 (社会化高频场景): equal', '2025年')
m(D, L('6.推进非税收入电子化'), 'task 55 2024年 (equal) and task 56 2025年 (earlier)', '2024年底前')
m(D, L('7.深化信用和地理信息应用'), 'tasks 57 and 58, both 2024年: equal', '2024年')
m(D, L('（一）健全组织机构。参照自治区'), 'task 64 2025年 (各市、县（区）负责): 2024年6月底前 is earlier', '2024年6月底前')
m(D, L('1.加强经济运行监测'), 'task 66 2025年: equal', '2025年')
m(D, L('3.提升监管智能化水平'), 'task 74 2024年: equal', '2024年')
m(D, L('4.提高基层社会治理能力'), 'task 83 2025年: equal', '2025年')
m(D, L('4.优化12345热线服务'), 'task 87 2023年启动，2025年完成: 2025年 equal', '2025年')
m(D, L('6.拓展公平普惠的民生服务'), 'task 92 2025年 (and task 6 2025): equal', '2025年')
m(D, L('3.推进基层减负和视频会议整合'), 'tasks 106 and 107, both 2025年: 2024年底前 is earlier', '2024年底前')
m(D, L('5.提升机关事务管理水平'), 'task 111 2025年: equal', '2025年')
# --- table rows
for n, why in [
    (1, 'task 1 持续推进，2025年取得明显成效: identical'),
    (2, 'task 2 2023年启动，2024年取得明显成效: equal'),
    (5, 'task 7 2023年形成试点经验，2025年取得明显成效: completing milestone 2025 equal (see body line)'),
    (13, 'task 23 2024年: 2024年9月底前 earlier'),
    (20, 'task 43 2024 年建成，持续推进: 2024年10月底前 earlier'),
    (21, 'task 48 2024年: 2024年9月底前 earlier'),
    (24, 'task 52 2025年: equal'),
    (26, 'task 55 2024年 / task 56 2025年: 2024年底前 equal/earlier'),
    (30, 'task 81 2025年 (视频指挥调度体系): equal'),
    (35, 'task 79 2024年: equal'),
    (40, 'task 87 2023年启动，2025年完成: equal'),
    (44, 'task 94 2024年: equal'),
    (46, 'task 97 2024年: equal'),
    (47, 'task 102 2025年: equal'),
    (50, 'tasks 106/107 2025年: 2024年底前 earlier'),
    (51, 'task 109 2024年: equal'),
    (55, 'task 115 2024年: equal'),
    (58, 'task 121 长期坚持: identical'),
]:
    m(D, row(n), why, lines[row(n) - 1].split('\t')[-1])
# --- goals
m(D, L('到2024年底，区级'), '2024 goals map to tasks 43/46 (2024), 48 (2024), 84 (2024); none repeats a region 2023 goal', '到2024年底')
m(D, L('到2025年，与自治区'), 'region goal 到2025年 “34567”体系框架全面成型: equal', '到2025年')
m(D, L('到2035年'), 'region goal 到2035年 数字政府全面建成: equal', '到2035年')
# --- dates that are not task deadlines
m('deadline-invalid', 4, 'issue date of the notice', '2024年4月8日')
m('deadline-invalid', L('（一）发展基础'), 'past dates in the 发展基础 background (2022年以来, 2023年, 截至2023年底), not deadlines', '截至2023年底')
m('deadline-invalid', L('于每季度最后一个月25日前'), "the office's own reporting dates (quarterly, 2024年12月10日前 annual summary), not task deadlines", '2024年12月10日前')
m(D, L('于每季度最后一个月25日前'), "2025年12月15日前 evaluation and 实施期限至2025年12月31日 are the plan's own review/validity dates, not task deadlines", '2025年12月31日')
m('deadline-invalid', row(10), 'task 18 2023年形成机制，长期坚持 copied verbatim; a copied regional deadline lying before the plan year, with 长期坚持', '2023年形成机制，长期坚持')
m('deadline-invalid', row(56), 'task 116 2023年完成并长期坚持 copied verbatim', '2023年完成并长期坚持')
m('deadline-invalid', row(57), 'task 118 2023年完成并长期坚持 copied verbatim', '2023年完成并长期坚持')
m('deadline-invalid', row(59), 'task 124 2023年形成机制，长期坚持 copied verbatim', '2023年形成机制，长期坚持')
m('deadline-invalid', row(13), 'a valid date (9月底) earlier than task 23', '2024年9月底前')
# --- units: collectives
m('unknown-unit', 1, 'collective subjects (各街道办事处、乡镇人民政府 / 区直各部门（单位）)', '各街道办事处、乡镇人民政府')
m('unknown-unit', L('4.完善数字经济治理'), 'collective: 承担监管职责的区直有关部门', '承担监管职责的区直有关部门')
m('unknown-unit', row(33), 'collective lead 承担监管职责的区直有关部门, as in regional task 74', '承担监管职责的区直有关部门')
m('unknown-unit', L('3.做强“我的宁夏”兴庆专区'), 'collective: 区直有关部门', '区直有关部门')
m('unknown-unit', row(21), 'collectives 各街道办事处、乡镇人民政府，各村（社区）', '各村（社区）')
m('unknown-unit', row(4), '各街道办事处、乡镇人民政府: 各 governs both (各乡镇人民政府), a collective, not a bare 乡镇人民政府 unit', '各街道办事处、乡镇人民政府')
m('unknown-unit', L('2.提升网络支撑能力'), '各街道办事处、乡镇人民政府，各村（社区）: collectives', '各街道办事处、乡镇人民政府，各村（社区）')
m('unknown-unit', row(29), '各街道办事处、乡镇人民政府 in the 配合 cell: collective', '各街道办事处、乡镇人民政府')
m('unknown-unit', row(56), 'collective subjects as the lead of 一把手工程 (regional task 116 is likewise 各部门及各市县负责)', '区直各部门（单位）')
# --- units: official short names / aliases in units.txt
m('unknown-unit', L('7.深化信用和地理信息应用'), '区发改局 is a listed short name of 区发展改革局; 兴庆自然资源分局 a listed short name', '区发改局')
m('unknown-unit', L('4.建设智慧城市'), '兴庆公安分局 (short name of 银川市公安局兴庆区分局), 区城管局, 区住建交通局, 区应急局 are listed short names', '兴庆公安分局')
m('unknown-unit', L('1.提升生态环保协同治理能力'), '兴庆生态环境分局 is the listed short name of 银川市生态环境局兴庆分局', '兴庆生态环境分局')
m('unknown-unit', L('6.开展试点示范'), '区数字政府办 is the listed short name of 区数字政府建设领导小组办公室', '区数字政府办')
m('unknown-unit', L('5.推进数字乡村建设'), '区供销社 listed; 掌政镇、大新镇、通贵乡 are listed short names and 月牙湖乡人民政府 is canonical (the 人民政府 suffix may be read as shared)', '掌政镇、大新镇、通贵乡、月牙湖乡人民政府')
m('unknown-unit', row(45), '月牙湖乡、通贵乡人民政府: both listed (short name / canonical)', '月牙湖乡、通贵乡人民政府')
m('unknown-unit', L('4.提升行政监督水平'), '区政府办 is a listed short name of 区人民政府办公室', '区政府办')
m('unknown-unit', L('3.提升公共安全保障能力'), '兴庆区消防救援大队 is listed in units.txt', '兴庆区消防救援大队')
m('unknown-unit', L('于每季度最后一个月25日前'), '区委督查室、区政府督查室 are listed in units.txt', '区委督查室')
# --- units: prefix distributes over a list
m('unknown-unit', L('1.推动公共服务数字化'), 'prefix 区 distributes: 区卫健局、区人社局、区文旅体广局、区民政局 (all listed short names)', '卫健局、人社局、文旅体广局、民政局')
m('unknown-unit', L('2.强化审管协同'), 'prefix distributes: 住建交通局 = 区住建交通局', '住建交通局')
m('unknown-unit', L('4.健全项目管理机制'), 'prefix distributes: 审计局 = 区审计局', '区财政局、审计局')
m('unknown-unit', L('1.提升矛盾化解能力'), 'prefix distributes: 信访局 = 区信访局', '区司法局、信访局')
m('unknown-unit', L('1.加强经济运行监测'), 'prefix distributes: 工信商务局 = 区工信商务局', '区统计局、工信商务局')
# --- units: registry names never split; regional bodies not as lead
m('unknown-unit', L('1.强化安全管理责任'), '银川市公安局兴庆区分局 is one listed name, not 银川市公安局 + 兴庆区分局', '银川市公安局兴庆区分局')
m('unknown-unit', row(35), '银川市公安局兴庆区分局 as co-lead is a listed district-level body', '银川市公安局兴庆区分局')
m('unknown-unit', L('4.提高自主可控水平'), '自治区政府办公厅 is a regional unit mentioned as the body the district assists (配合), not as lead of a local task', '自治区政府办公厅')
m('unknown-unit', L('（三）提升数字素养'), '宁夏干部教育培训网络学院 is a training channel in prose, not a responsible-unit entry (the 吴忠 seed uses the same phrase); 区委党校 is listed', '宁夏干部教育培训网络学院')
# --- encoding and pillars
m('garbled-text', L('“1244+N”'), 'genuine characters: “1244+N”, quotes and ＋ signs are not mojibake', '1244+N')
m('garbled-text', L('2.提升网络支撑能力'), 'IPv6 is genuine Latin text', 'IPv6')
m('missing-pillar', 0, 'section 四 健全组织机构 (参照自治区“五个一”) and 厘清层级职责 (“六级贯通”) carry the work-system pillar under a district heading', pillar='五个一')
m('missing-pillar', 0, 'section 四（二） 厘清层级职责 follows the region\'s 六级贯通 text for 县（区）', pillar='六级贯通')
m('missing-pillar', 0, 'section 二（三） 营造良好数字生态 (data-element market, network ecology)', pillar='数字生态')
m('missing-pillar', 0, 'section 六（二） 加大财政投入', pillar='财政投入')

covers = [
 (1,'1.服务算力枢纽建设'),(2,'2.推进产业数字化'),(3,'3.建设智慧园区'),(5,'4.完善数字经济治理'),
 (6,'1.推动公共服务数字化'),(7,'2.推进智慧教育'),(8,'3.深化“互联网+医疗健康”'),(9,'4.建设智慧城市'),
 (10,'5.推进数字乡村建设'),(11,'5.推进数字乡村建设'),(12,'1.培育数据要素市场'),
 (14,'1.强化安全管理责任'),(15,'1.强化安全管理责任'),(17,'2.落实安全制度要求'),(18,'3.提升安全防护能力'),
 (21,'1.助力政府职能转变'),(22,'2.强化审管协同'),(23,'3.建立数字资源“一本账”'),(24,'4.健全项目管理机制'),
 (26,'5.完善制度规范'),(28,'6.开展试点示范'),(30,'2.摸清数据资源底数'),(32,'1.完善数据管理机制'),
 (33,'3.推进基础库和主题库建设'),(34,'3.推进基础库和主题库建设'),(36,'4.深化数据高效共享'),
 (40,'5.规范电子公文管理'),(41,'6.促进数据开发利用'),(42,'6.促进数据开发利用'),
 (43,'1.强化政务云支撑'),(46,'1.强化政务云支撑'),(48,'2.提升网络支撑能力'),(50,'2.提升网络支撑能力'),
 (49,'3.统筹视频资源'),(52,'4.拓展电子证照应用'),(54,'5.强化共性应用支撑'),(55,'6.推进非税收入电子化'),
 (56,'6.推进非税收入电子化'),(57,'7.深化信用和地理信息应用'),(58,'7.深化信用和地理信息应用'),
 (64,'（一）健全组织机构。参照自治区'),(66,'1.加强经济运行监测'),(67,'2.加强经济政策协同'),
 (68,'1.提升监管精准化水平'),(71,'2.加强重点领域追溯监管'),(74,'3.提升监管智能化水平'),
 (77,'1.提升矛盾化解能力'),(79,'2.提升社会治安防控能力'),(80,'3.提升公共安全保障能力'),(83,'4.提高基层社会治理能力'),
 (84,'1.打造泛在可及的服务体系'),(85,'2.提升智慧便捷服务能力'),(86,'3.做强“我的宁夏”兴庆专区'),(87,'4.优化12345热线服务'),
 (88,'5.提供优质便利的涉企服务'),(89,'5.提供优质便利的涉企服务'),(92,'6.拓展公平普惠的民生服务'),(93,'7.推进适老化改造'),
 (94,'1.提升生态环保协同治理能力'),(96,'2.深化“互联网+城乡供水”'),(97,'3.提高自然资源利用效率'),(102,'4.推动绿色低碳转型'),
 (103,'1.提升辅助决策能力'),(104,'2.提升行政执行能力'),(105,'2.提升行政执行能力'),(106,'3.推进基层减负和视频会议整合'),
 (107,'3.推进基层减负和视频会议整合'),(109,'4.提升行政监督水平'),(111,'5.提升机关事务管理水平'),
 (112,'1.提升政府信息公开水平'),(113,'1.提升政府信息公开水平'),(114,'2.发挥政务新媒体传播优势'),(115,'3.畅通政民互动渠道'),
 (116,'（一）加强组织领导'),(25,'（二）加大财政投入'),(117,'（三）提升数字素养'),(118,'（三）提升数字素养'),
 (121,'（四）强化考核评价'),(122,'（四）强化考核评价'),(123,'（四）强化考核评价'),(124,'（四）强化考核评价'),
]
cov = [dict(task=t, line=L(a)) for t, a in covers]

for e in expect:
    if 'text' in e:
        must_contain(e['line'], e['text'])

key = {
  "writer": "blind writer, round 819; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": cov,
  "notes": ("兴庆区 (银川市) 2024 plan issued 2024-04-08 by the district government office; no parent plan is given, so "
            "the 银川市 部署 is referred to only in general terms. Five planted mistakes, one per rule: wrong title of the "
            "regional basis (line 7), a mojibake run (电子证照), an unregistered lead 区数据局, an impossible date "
            "2024年6月31日, and a late 适老化 deadline (task 93). Body measures for tasks whose regional deadline is 2023 "
            "carry no 完成时限 on purpose; four table rows copy the region's '2023年…长期坚持' wording verbatim. "
            "All 兴庆区 unit names come from units.txt; 全区 in this draft means the district except where 自治区 is meant. "
            "task-uncovered is not annotated beyond covers.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(cov))
