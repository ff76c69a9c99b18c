# Builds key.json; every line number is looked up in draft.txt by a unique substring.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(s):
    r = [i + 1 for i, x in enumerate(L) if s in x]
    assert len(r) == 1, (s, r)
    return r[0]
def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

expect = [
  dict(rule='basis-mismatch', line=ln('（宁政办发〔2023〕17号）'), text='宁政办发〔2023〕17号',
       why='《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document, not a 办公厅 宁政办发 one); the office slipped 办 into the 文号'),
  dict(rule='deadline-later-than-baseline', line=ln('30．推进外网全覆盖'), text='2025年底',
       why='task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展; 各市、县（区）具体负责) 完成时限 2024年; the county put 2025年底前'),
  dict(rule='deadline-invalid', line=ln('66．提升协同办公水平'), text='20224年',
       why='typo: 20224年 is an impossible year (meant 2024年; task 104 协同办公平台 完成时限 2024年)'),
  dict(rule='unknown-unit', line=ln('55．做优“我的宁夏”贺兰专区'), text='县大数据管理局',
       why='no such unit in units.txt; the county body is 县大数据服务中心'),
  dict(rule='garbled-text', line=ln('54．提升智慧便捷的服务能力'), text='鍔犲揩鎺ㄨ繘',
       why='UTF-8 bytes read as GBK: 鍔犲揩鎺ㄨ繘鏀垮姟鏈嶅姟 = 加快推进政务服务'),
  dict(rule='task-uncovered', line=0, task=114,
       why='task 114 (构建政务新媒体矩阵体系…开发多样化政策解读产品; 自治区各部门（单位）及各市、县（区）分别负责, 2024年) is deliberately left out: the 政务公开 section takes up 112, 113 and 115 but says nothing of 政务新媒体'),
]

M = []
def mnf(rule, line, why, text=None):
    d = dict(rule=rule, line=line)
    if text is not None:
        chk(line, text); d['text'] = text
    d['why'] = why
    M.append(d)
DL = 'deadline-later-than-baseline'
# dates that are not task deadlines
mnf('deadline-invalid', 6, 'issue date of the notice itself (2024年4月8日), not a deadline', '2024年4月8日')
mnf('deadline-invalid', ln('近年来，我县认真落实'), 'past dates in the background section (2021年、2022年、截至2023年底) describe work already done, not deadlines', '2023年底')
mnf('deadline-invalid', ln('每季度末月25日前'), "the office's own recurring reporting date", '每季度末月25日前')
mnf('deadline-invalid', ln('于2024年4月30日前将名单'), "the office's own reporting date for the liaison list (after the 2024-04-08 issue date)", '2024年4月30日前')
mnf('deadline-invalid', ln('于2024年12月20日前向县数字政府'), "the office's own date for the annual summary", '2024年12月20日前')
mnf(DL, ln('有效期至2025年12月31日'), 'validity period of the plan, not a task deadline', '2025年12月31日')
# citations
mnf('basis-mismatch', 1, 'the plan\'s own title in the 印发 notice, not a basis citation', '《贺兰县关于加强数字政府建设的实施方案》')
mnf('basis-mismatch', 4, 'the plan\'s own title in the 印发 notice, not a basis citation', '《贺兰县关于加强数字政府建设的实施方案》')
mnf('basis-mismatch', ln('（国发〔2022〕14号）'), 'correct title and 文号 of the national 指导意见', '国发〔2022〕14号')
mnf('basis-mismatch', ln('近年来，我县认真落实'), 'retrospective mention of the 2020 工作要点 (correct title and 文号) in the background, not cited as the basis of this plan', '宁政办发〔2020〕14号')
# goals
mnf(DL, ln('到2024年底，县、乡两级'), '2024 goals: 系统迁移上云 (tasks 43/46, 2024年建成/2024年), 我的宁夏应上尽上 (task 86, 2024年), 组织体系 (task 64, 2025年): equal or earlier', '2024年底')
mnf(DL, ln('到2025年，全县数字政府建设与自治区'), 'same year as the regional goal 到2025年 “34567”体系框架全面成型', '2025年')
mnf(DL, ln('到2035年，与政府治理能力'), 'same year as the regional 2035 goal', '2035年')
# equal or earlier task deadlines
rows = [
 ('1．推动产业数字化', '2024年底前', 'task 2 完成时限 2023年启动，2024年取得明显成效: equal'),
 ('2．建设智慧园区', '2025年', 'task 3 完成时限 持续推进，2025年取得明显成效: equal'),
 ('4．完善数字经济治理', '2025年', 'task 5 完成时限 持续推进，2025年取得明显成效: equal'),
 ('6．推动数字化服务普惠应用', '2025年', 'task 6 完成时限 持续推进，2025年取得明显成效: equal'),
 ('7．推进教育数字化', '2025年', 'task 7 完成时限 2023年形成试点经验，2025年取得明显成效: equal to the completing milestone'),
 ('8．深化“互联网+医疗健康”', '2024年底前', 'task 8 完成时限 持续推进，2025年取得明显成效: earlier'),
 ('11．配合推进智慧城市建设', '2025年', 'task 9 完成时限 持续推进，2025年取得明显成效: equal'),
 ('12．推进数字乡村建设', '2025年', 'task 10 持续推进，2025年取得明显成效 and task 11 2023年完成主要建设任务，2025年取得明显成效: equal'),
 ('13．积极培育数据要素市场', '2025年', 'task 12 完成时限 2025年: equal'),
 ('15．强化安全管理责任', '长期坚持', 'tasks 14/15 完成时限 2023年; the county gives no later year, only an ongoing 长期坚持 for a duty already due'),
 ('17．提升安全防护能力', '长期坚持', 'task 18 完成时限 2023年形成机制，长期坚持: ongoing, no later year'),
 ('18．推动行政权力网上运行', '2024年12月底前', 'task 21 完成时限 2024年: equal'),
 ('19．强化审管协同', '2025年', 'task 22 完成时限 2025年: equal'),
 ('21．开展试点示范', '2025年', 'task 28 完成时限 2023年启动，2025年取得明显成效: equal'),
 ('23．推进数据汇聚治理', '2024年', 'tasks 33/34 完成时限 2024年: equal'),
 ('25．规范电子公文管理', '2024年10月底前', 'task 40 完成时限 2024年: earlier'),
 ('26．推进公共数据开放', '2024年12月底前', 'task 41 完成时限 2024年: equal'),
 ('27．促进数据融合应用', '2024年', 'task 42 完成时限 2024年: equal'),
 ('28．推进系统上云', '2024年11月底前', 'tasks 43 (2024年建成，持续推进), 46 (2024年), 19 (2023年启动，2024年建成): earlier'),
 ('29．提升网络承载能力', '2024年', 'task 47 完成时限 2024年: equal'),
 ('31．整合业务专网', '2024年', 'task 50 完成时限 2024年: equal'),
 ('32．整合视频资源', '2025年', 'task 49 完成时限 2025年: equal'),
 ('34．深化电子文件归档', '2024年', 'task 54 完成时限 2024年: equal'),
 ('35．推进非税收入电子化', '2024年12月底前', 'task 56 完成时限 2025年: earlier'),
 ('36．提升信用服务能力', '2024年', 'task 57 完成时限 2024年: equal'),
 ('37．推进地理信息共建共享', '2024年', 'task 58 完成时限 2024年: equal'),
 ('38．健全组织机构', '2024年6月底前', 'task 64 (各地各部门参照自治区做法成立相应组织机构; 各市、县（区）负责) 完成时限 2025年: earlier. Task 60 (充实自治区领导小组, 2023年) is the region\'s own leading group, not this one'),
 ('41．强化经济运行监测', '2025年', 'task 66 完成时限 2025年: equal'),
 ('43．深化预算管理一体化应用', '2024年', 'task 110 完成时限 2024年: equal'),
 ('44．推动监管精准化', '2024年', 'task 70 完成时限 2024年: equal'),
 ('45．强化重点领域追溯监管', '2024年12月底前', 'task 71 完成时限 2024年: equal'),
 ('47．提升监管智能化水平', '2024年', 'task 74 完成时限 2024年: equal'),
 ('48．提升矛盾纠纷化解能力', '2024年', 'task 77 完成时限 2024年: equal'),
 ('49．提升社会治安防控能力', '2024年', 'task 79 完成时限 2024年: equal'),
 ('50．提升公共安全保障能力', '2024年', 'task 80 完成时限 2024年: equal'),
 ('51．提升基层治理能力', '2024年9月底前', 'task 83 完成时限 2025年: earlier'),
 ('52．推进智慧社区建设', '2025年', 'task 83 (and task 6) 完成时限 2025年: equal'),
 ('53．打造泛在可及的服务体系', '2024年', 'task 84 完成时限 2024年: equal'),
 ('55．做优“我的宁夏”贺兰专区', '2024年', 'task 86 完成时限 2024年: equal (the line is in expect only for its unit)'),
 ('56．优化政务服务便民热线', '2025年', 'task 87 完成时限 2023年启动，2025年完成: equal'),
 ('57．提供优质便利的涉企服务', '2024年', 'tasks 88/89 完成时限 2024年: equal'),
 ('59．推进公共场馆数字化', '2024年', 'task 90 完成时限 2024年: equal'),
 ('60．推进适老化和无障碍建设', '2024年10月底前', 'task 93 完成时限 2024年: earlier'),
 ('61．加强生态环境数字化监测', '2024年', 'task 94 完成时限 2024年: equal'),
 ('62．深化“互联网+城乡供水”', '2025年', 'task 96 完成时限 2025年: equal'),
 ('63．提高自然资源利用效率', '2024年', 'task 97 完成时限 2024年: equal'),
 ('64．推动绿色低碳转型', '2025年', 'task 102 完成时限 2025年: equal'),
 ('67．推广“宁政通”应用', '2024年', 'task 105 完成时限 2024年: equal'),
 ('68．推进基层减负', '2025年', 'task 106 完成时限 2025年: equal'),
 ('69．整合视频会议和机关事务系统', '2025年', 'tasks 107/111 完成时限 2025年: equal'),
 ('70．提升政府信息公开水平', '2024年', 'task 112 完成时限 2024年: equal'),
 ('71．推进政策文件“一库通查”', '2024年', 'task 113 完成时限 2024年: equal'),
 ('72．畅通政民互动渠道', '2024年', 'task 115 完成时限 2024年: equal'),
]
for key, text, why in rows:
    mnf(DL, ln(key), why, text)
mnf(DL, ln('将数字政府建设纳入“一把手工程”，建立主要领导负责制，长期坚持'), 'task 116 完成时限 2023年完成并长期坚持: the county only says 长期坚持, no later year', '长期坚持')
# units
U = 'unknown-unit'
mnf(U, 3, 'collective addressee', '县政府各部门')
mnf(U, ln('5．壮大数字消费'), 'collective subject', '各乡镇人民政府')
mnf(U, ln('15．强化安全管理责任'), 'collective subject', '县直各部门（单位）')
mnf(U, ln('14．营造安全可靠的发展环境'), 'collective subject', '县直有关部门')
mnf(U, ln('47．提升监管智能化水平'), 'collective subject (承担监管职责的…有关部门)', '承担监管职责的县直有关部门')
mnf(U, ln('32．整合视频资源'), 'the 县 prefix distributes: 县交通运输局、县应急管理局, both in units.txt', '交通运输局、应急管理局')
mnf(U, ln('成  员：县委办公室、组织部'), 'the 县委 prefix distributes: 县委组织部、县委宣传部、县委政法委、县委网信办、县委编办, all in units.txt', '组织部、宣传部、政法委、网信办、编办')
mnf(U, ln('13．积极培育数据要素市场'), 'official short name of 县发展和改革局 listed in units.txt', '县发改局')
mnf(U, ln('19．强化审管协同'), 'official short name of 县审批服务管理局 listed in units.txt', '县审批局')
mnf(U, ln('3．推进企业数字化改造'), 'short names 县工信商务局 and 县科技局 listed in units.txt', '县工信商务局')
mnf(U, ln('42．做好经济政策衔接'), 'short name of 国家税务总局贺兰县税务局 listed in units.txt', '县税务局')
mnf(U, ln('12．推进数字乡村建设'), 'short name of 县供销合作社联合社 listed in units.txt', '县供销社')
mnf(U, ln('59．推进公共场馆数字化'), 'short name of 县文化旅游广电局 listed in units.txt', '县文旅局')
mnf(U, ln('67．推广“宁政通”应用'), 'short name of 县人民政府办公室 listed in units.txt', '县政府办')
mnf(U, ln('61．加强生态环境数字化监测'), 'the city bureau\'s 贺兰分局 is listed in units.txt as a 驻县 unit', '银川市生态环境局贺兰分局')
mnf(U, ln('50．提升公共安全保障能力'), 'short name of 贺兰县消防救援大队 listed in units.txt', '县消防救援大队')
mnf(U, ln('每季度末月25日前'), 'the leading group office is listed in units.txt', '县数字政府建设领导小组办公室')
# pillars
mnf('missing-pillar', 0, '党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is taken up under the heading 七、保障措施 (lines 119-134), with 资金保障 for 财政投入')
mnf('missing-pillar', 0, '五个一/六级贯通 is taken up in section 五 (健全组织机构, 厘清层级职责, 完善工作机制)')
mnf('missing-pillar', 0, '数字生态 is taken up in 三（三） (data market, network security governance, 网络生态)')

covers = []
def cov(task, key):
    covers.append(dict(task=task, line=ln(key)))
for t, k in [
 (2, '1．推动产业数字化'), (3, '2．建设智慧园区'), (5, '4．完善数字经济治理'), (6, '6．推动数字化服务普惠应用'),
 (7, '7．推进教育数字化'), (8, '8．深化“互联网+医疗健康”'), (9, '11．配合推进智慧城市建设'),
 (10, '12．推进数字乡村建设'), (11, '12．推进数字乡村建设'), (12, '13．积极培育数据要素市场'),
 (14, '15．强化安全管理责任'), (15, '15．强化安全管理责任'), (17, '16．落实安全制度要求'), (18, '17．提升安全防护能力'),
 (21, '18．推动行政权力网上运行'), (22, '19．强化审管协同'), (24, '20．规范项目建设管理'), (28, '21．开展试点示范'),
 (32, '22．健全数据管理机制'), (33, '23．推进数据汇聚治理'), (34, '23．推进数据汇聚治理'), (36, '24．深化数据高效共享'),
 (40, '25．规范电子公文管理'), (41, '26．推进公共数据开放'), (42, '27．促进数据融合应用'),
 (43, '28．推进系统上云'), (46, '28．推进系统上云'), (47, '29．提升网络承载能力'), (48, '30．推进外网全覆盖'),
 (50, '31．整合业务专网'), (49, '32．整合视频资源'), (54, '34．深化电子文件归档'), (56, '35．推进非税收入电子化'),
 (57, '36．提升信用服务能力'), (58, '37．推进地理信息共建共享'), (64, '38．健全组织机构'),
 (66, '41．强化经济运行监测'), (110, '43．深化预算管理一体化应用'), (70, '44．推动监管精准化'), (71, '45．强化重点领域追溯监管'),
 (72, '46．提升监管协同化水平'), (73, '46．提升监管协同化水平'), (74, '47．提升监管智能化水平'),
 (77, '48．提升矛盾纠纷化解能力'), (79, '49．提升社会治安防控能力'), (80, '50．提升公共安全保障能力'), (83, '51．提升基层治理能力'),
 (84, '53．打造泛在可及的服务体系'), (85, '54．提升智慧便捷的服务能力'), (86, '55．做优“我的宁夏”贺兰专区'), (87, '56．优化政务服务便民热线'),
 (88, '57．提供优质便利的涉企服务'), (89, '57．提供优质便利的涉企服务'), (90, '59．推进公共场馆数字化'), (93, '60．推进适老化和无障碍建设'),
 (94, '61．加强生态环境数字化监测'), (96, '62．深化“互联网+城乡供水”'), (97, '63．提高自然资源利用效率'), (102, '64．推动绿色低碳转型'),
 (104, '66．提升协同办公水平'), (105, '67．推广“宁政通”应用'), (106, '68．推进基层减负'), (107, '69．整合视频会议和机关事务系统'), (111, '69．整合视频会议和机关事务系统'),
 (112, '70．提升政府信息公开水平'), (113, '71．推进政策文件“一库通查”'), (115, '72．畅通政民互动渠道'),
 (116, '将数字政府建设纳入“一把手工程”'), (25, '根据财政支出责任，将数字政府建设经费纳入'), (118, '依托县委党校和宁夏干部教育培训网络学院'),
 (122, '将数字政府建设纳入全县效能目标管理考核'), (123, '将数字政府建设纳入全县效能目标管理考核'), (124, '将数字政府建设纳入全县效能目标管理考核'),
]:
    cov(t, k)

for e in expect:
    if e['line']: chk(e['line'], e['text'])

key = {
  'writer': 'blind writer, round 976; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-08',
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': [],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': expect,
  'mustNotFlag': M,
  'covers': covers,
  'notes': ('贺兰县 (under 银川市) 2024 实施方案, issued 2024-04-08 as 贺政发〔2024〕9号, checked against ningxia-2023 only (no parent plan). '
            'Responsibilities are inline notes （牵头单位：…；配合单位：…；完成时限：…）. Tasks whose regional deadline is 2023 (14, 15, 17, 18, 24, 25, 32, 36, 72, 85, 116, 118, 122, 123, 124) are taken up with no year or only 长期坚持, on purpose. '
            'Line 54 (garbled) still takes up task 85 in its readable part. Task 114 (政务新媒体矩阵) is the one task deliberately left out; many regional-only tasks are simply not taken up, as in any county plan.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
