# Builds key.json; every line number is looked up in draft.txt by a unique substring.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(s, must_have=None):
    hits = [i for i, l in enumerate(L, 1) if s in l]
    assert len(hits) == 1, (s, hits)
    if must_have:
        for m in must_have:
            assert m in L[hits[0]-1], (s, m)
    return hits[0]

def has(line, text):
    assert text in L[line-1], (line, text)
    return text

expect = []
def E(rule, anchor, text=None, why='', **kw):
    n = ln(anchor)
    d = {'rule': rule, 'line': n}
    if text is not None:
        d['text'] = has(n, text)
    d.update(kw)
    d['why'] = why
    expect.append(d)

E('deadline-later-than-baseline', '推进城域网向村级延伸', '2025年6月底前',
  'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) has 完成时限 2024年; the county gives 2025年6月底前, later than the 自治区时限：2024年 written right beside it (and later than the county\'s own 到2024年底 goal on line 18)')
E('deadline-later-than-baseline', '到2026年，全县数字政府建设', '2026年',
  '主要目标: the region\'s goal is 到2025年，全区各级数字政府建设“34567”体系框架全面成型; the county puts the same goal (“34567”体系框架全面成型) at 2026')
E('deadline-invalid', '深化电子文件归档', '2023年9月底前',
  'the plan is issued 2024-03-28 (planYear 2024); a county deadline of 2023年9月底前 had already passed. It is not a copy of the regional date: task 54 (电子文件归档/档案数字资源) is due 2024年, as the note itself says')
E('unknown-unit', '建立数字资源“一本账”', '自治区政府办公厅',
  'a regional body named as the lead (牵头) of a county task in the 责任单位 field — copied from task 23 (自治区政府办公厅牵头负责, 2024年); the county lead should be a county unit (e.g. 县政府办公室 / 县大数据服务中心)')
E('unknown-unit', '整合非涉密业务专网', '县电子政务中心',
  'not in units.txt (the county e-government work sits with 县大数据服务中心); an obsolete/invented name')
E('basis-mismatch', '为贯彻落实党的二十大精神', '宁政办发〔2023〕17号',
  'the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号, not 宁政办发〔2023〕17号 (the draft itself cites it correctly on line 22)')
E('garbled-text', '发挥政务新媒体传播优势', '鍔犲揩鏋勫缓鏀垮姟',
  'UTF-8 bytes read as GBK: 鍔犲揩鏋勫缓鏀垮姟鏂板獟浣撶煩闃典綋绯伙紝 = 加快构建政务新媒体矩阵体系，')

mnf = []
def M(rule, anchor, text=None, why=''):
    n = ln(anchor)
    d = {'rule': rule, 'line': n}
    if text is not None:
        d['text'] = has(n, text)
    d['why'] = why
    mnf.append(d)

# basis documents
M('basis-mismatch', '为贯彻落实党的二十大精神', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
M('basis-mismatch', '为贯彻落实党的二十大精神', '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan; a real companion document, not the 实施意见')
M('basis-mismatch', '自《宁夏回族自治区2020年', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background section (自…印发以来), not a basis of this plan; title and 文号 match')
M('basis-mismatch', '西政办发〔2024〕18号', '西政办发〔2024〕18号', 'the document\'s own 文号, not a cited basis')
M('basis-mismatch', '本方案各项任务后括注', '宁政发〔2023〕17号', 'correct 文号 of the regional 实施意见, cited as the source of the quoted regional deadlines')
# dates that are not deadlines / past dates
M('deadline-invalid', '2023年，全县电子政务外网', '截至2023年底', 'background: past achievements of 2023, not deadlines')
M('deadline-invalid', '2024年3月28日', '2024年3月28日', 'issue date of the document')
M('deadline-invalid', '本方案各项任务后括注', '2023年—2025年', 'the period in the title of the regional task list, not a deadline')
M('deadline-invalid', '各责任单位要于每季度末月25日前', '2024年12月20日前', 'the office\'s own reporting dates (quarterly and annual summary), not task deadlines; within the plan year')
M('deadline-invalid', '2.深化智慧教育应用', '2023年形成试点经验', 'the region\'s deadline for task 7 quoted in the note (自治区时限), not a county deadline; the county\'s own date is 2025年底前')
M('deadline-invalid', '1.落实安全责任和制度', '2023年完成并长期坚持', 'a copied regional deadline that lies before the plan year: tasks 14/15/17 are due 2023年 and the county repeats 2023 (done, kept up); equal to the region, not a slip')
M('deadline-invalid', '2.提升安全防护能力', '2023年形成机制，长期坚持', 'county date copied verbatim from task 18 (2023年形成机制，长期坚持), before the plan year but equal to the region')
M('deadline-invalid', '3.提高自主可控水平', '2023年启动，2024年建成', 'the regional date of task 19 quoted as 自治区时限; the county\'s own date is 2024年12月底前')
M('deadline-invalid', '4.开展试点示范', '自治区时限：2023年启动', 'the regional date of task 28 quoted beside the county date')
M('deadline-invalid', '1.推进特色产业数字化', '自治区时限：2023年启动', 'the regional date of task 2 quoted beside the county date')
# deadlines equal to or earlier than the region
M('deadline-later-than-baseline', '到2024年底，电子政务外网', '到2024年底', 'goal: 县乡村三级外网全覆盖 and 系统全部上云 by end-2024 = tasks 48 and 46 (2024年); equal')
M('deadline-later-than-baseline', '到2035年，与政府治理能力', '到2035年', 'same as the region\'s 2035 goal')
M('deadline-later-than-baseline', '1.推进特色产业数字化', '2024年11月底前取得明显成效', 'task 2: 2023年启动，2024年取得明显成效; the county\'s completing milestone (2024-11) is earlier than the region\'s 2024')
M('deadline-later-than-baseline', '2.建设智慧园区', '持续推进，2025年取得明显成效；自治区时限', 'task 3: 持续推进，2025年取得明显成效; copied, equal')
M('deadline-later-than-baseline', '3.完善数字经济治理', '2025年底前取得明显成效', 'task 5: 持续推进，2025年取得明显成效; 2025年底前 is the same year, equal')
M('deadline-later-than-baseline', '1.推动公共服务数字化', '持续推进，2025年取得明显成效）', 'task 6 (各市、县（区）负责): 持续推进，2025年取得明显成效; equal, and the 〔〕 note quotes the region')
M('deadline-later-than-baseline', '2.深化智慧教育应用', '2025年底前', 'task 7: 2023年形成试点经验，2025年取得明显成效; completing milestone 2025 equal')
M('deadline-later-than-baseline', '3.推进“互联网+医疗健康”', '2025年底前', 'task 8: 持续推进，2025年取得明显成效; equal')
M('deadline-later-than-baseline', '4.加快数字乡村建设', '2025年底前取得明显成效', 'tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效); equal')
M('deadline-later-than-baseline', '1.培育数据要素市场', '完成时限：2025年', 'task 12: 2025年; equal')
M('deadline-later-than-baseline', '3.提高自主可控水平', '2024年12月底前', 'task 19: 2023年启动，2024年建成; completing milestone 2024 equal')
M('deadline-later-than-baseline', '1.推进行政权力事项网上运行', '2024年9月底前', 'task 21: 2024年; earlier')
M('deadline-later-than-baseline', '2.强化审管协同', '2025年6月底前', 'task 22: 2025年; 2025年6月底前 is earlier, not later (contrast with line 54)')
M('deadline-later-than-baseline', '4.开展试点示范', '2024年启动，2025年取得明显成效', 'task 28: 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal even though the county starts in 2024')
M('deadline-later-than-baseline', '1.推进基础库和主题库建设', '2024年12月底前', 'tasks 33/34: 2024年; equal')
M('deadline-later-than-baseline', '2.推动数据融合应用', '完成时限：2024年', 'task 42: 2024年; equal')
M('deadline-later-than-baseline', '3.有序开放公共数据', '2024年10月底前', 'task 41: 2024年; earlier')
M('deadline-later-than-baseline', '4.加强电子公文管理', '2024年12月底前', 'task 40: 2024年 (quoted in the 〔〕 note); equal')
M('deadline-later-than-baseline', '1.推动政务信息系统上云', '2024年9月底前', 'task 46: 2024年 (task 43: 2024年建成，持续推进); earlier')
M('deadline-later-than-baseline', '2.提升电子政务外网支撑能力', '完成时限：2024年', 'task 47: 2024年; equal')
M('deadline-later-than-baseline', '4.整合非涉密业务专网', '2024年11月底前', 'task 50: 2024年; earlier')
M('deadline-later-than-baseline', '5.建设“视频一张网”', '完成时限：2025年', 'task 49: 2025年; equal')
M('deadline-later-than-baseline', '6.推广共性应用支撑', '2024年12月底前', 'tasks 53/55: 2024年; equal')
M('deadline-later-than-baseline', '8.完善信用和地理信息服务', '完成时限：2024年', 'tasks 57/58: 2024年; equal')
M('deadline-later-than-baseline', '（一）健全组织机构。成立', '2024年6月底前', 'task 64 (各市、县（区）负责): 2025年; earlier. (Task 60, 2023年, is the region\'s own 领导小组 and not a county task)')
M('deadline-later-than-baseline', '（二）厘清层级职责', '2025年底前', '六级贯通 / county 指挥调度中心: no earlier regional date (task 81 is 2025年; 2025 framework goal); equal')
M('deadline-later-than-baseline', '1.加强经济运行监测', '完成时限：2025年', 'task 66: 2025年; equal')
M('deadline-later-than-baseline', '1.推进精准监管和追溯监管', '2024年10月底前', 'tasks 70/71: 2024年; earlier')
M('deadline-later-than-baseline', '2.推行非现场监管', '完成时限：2024年', 'task 74: 2024年; equal')
M('deadline-later-than-baseline', '1.推进矛盾纠纷多元化解', '完成时限：2024年', 'task 77: 2024年; equal')
M('deadline-later-than-baseline', '2.深化“雪亮工程”建设', '2024年12月底前', 'task 79: 2024年; equal')
M('deadline-later-than-baseline', '3.推进“智慧应急”建设', '完成时限：2024年', 'task 80: 2024年; equal')
M('deadline-later-than-baseline', '4.实施“互联网+基层治理”', '2024年12月底前', 'task 83: 2025年; earlier')
M('deadline-later-than-baseline', '1.深化“一网通办”', '完成时限：2024年', 'task 84: 2024年; equal')
M('deadline-later-than-baseline', '2.做优“我的宁夏”西吉专区', '2024年10月底前', 'task 86: 2024年 (task 87: 2023年启动，2025年完成); earlier')
M('deadline-later-than-baseline', '3.提供优质便利的涉企服务', '完成时限：2024年', 'tasks 88/89: 2024年; equal')
M('deadline-later-than-baseline', '4.拓展公平普惠的民生服务', '2024年12月底前', 'tasks 90/93: 2024年; equal')
M('deadline-later-than-baseline', '1.提升生态环境数字化监管能力', '完成时限：2024年', 'task 94: 2024年 (task 95: 2025年); equal or earlier')
M('deadline-later-than-baseline', '2.打造数字治水西吉样板', '完成时限：2025年', 'task 96: 2025年; equal')
M('deadline-later-than-baseline', '3.提高自然资源利用效率', '完成时限：2024年', 'tasks 97/98: 2024年; equal')
M('deadline-later-than-baseline', '4.推动绿色低碳转型', '完成时限：2025年', 'tasks 101/102: 2025年; equal')
M('deadline-later-than-baseline', '1.推广协同办公和“宁政通”', '2024年8月底前', 'tasks 104/105: 2024年; earlier')
M('deadline-later-than-baseline', '2.推进基层填表报数减负', '2025年6月底前', 'task 106: 2025年; earlier')
M('deadline-later-than-baseline', '3.整合视频会议资源', '完成时限：2025年', 'task 107: 2025年; equal')
M('deadline-later-than-baseline', '4.提升行政监督效能', '长期推进，2024年取得明显成效；自治区', 'task 108: 长期推进，2024年取得明显成效; copied, equal')
M('deadline-later-than-baseline', '1.提升政府信息公开水平', '完成时限：2024年', 'task 112: 2024年; equal')
M('deadline-later-than-baseline', '3.畅通政民互动渠道', '完成时限：2024年', 'task 115: 2024年; equal')
M('deadline-later-than-baseline', '2.营造清朗网络生态', '长期坚持', 'ongoing work with no regional task deadline (region text 三(三), no task row)')
M('deadline-later-than-baseline', '（三）完善工作机制', '长期坚持', 'ongoing working mechanism; no regional milestone to compare')
# units
M('unknown-unit', '4.加强电子公文管理', '自治区档案局', 'regional body quoted in the 〔对应自治区任务第40项〕 note as the region\'s lead, not a county 责任单位')
M('unknown-unit', '1.推进矛盾纠纷多元化解', '自治区党委政法委', 'regional body quoted in the 〔对应自治区任务第77项〕 note; the county lead is 县委政法委')
M('unknown-unit', '1.深化“一网通办”', '自治区政府办公厅', 'regional body quoted in the 〔对应自治区任务第84项〕 note; contrast with line 44 where it is put in the 责任单位 field')
M('unknown-unit', '2.推行非现场监管', '承担监管职责的自治区有关部门（单位）', 'regional collective quoted in the 〔〕 note')
M('unknown-unit', '1.推动公共服务数字化', '各市、县（区）', 'regional collective quoted in the 〔〕 note')
M('unknown-unit', '1.培育数据要素市场', '自治区发展改革委', 'regional body mentioned in the measure text (配合自治区发展改革委…), not a 责任单位; the county lead is 县发展和改革局')
M('unknown-unit', '1.推动公共服务数字化', '县直有关部门（单位）', 'collective subject')
M('unknown-unit', '（二）厘清层级职责', '各村（社区）', 'collective subject (with 各乡镇人民政府)')
M('unknown-unit', '1.落实安全责任和制度', '县直各部门（单位）、各乡镇人民政府', 'collective subjects')
M('unknown-unit', '4.开展试点示范', '县发展和改革局、财政局、司法局', 'the 县 prefix distributes: 县财政局, 县司法局 are in units.txt')
M('unknown-unit', '2.建设智慧园区', '县工信商务局', 'registered short name of 县工业信息化和商务局')
M('unknown-unit', '1.推进行政权力事项网上运行', '县审批局', 'registered short name of 县审批服务管理局')
M('unknown-unit', '1.推广协同办公和“宁政通”', '县政府办', 'registered short name of 县人民政府办公室')
M('unknown-unit', '2.深化智慧教育应用', '县教体局', 'registered short name of 县教育体育局')
M('unknown-unit', '3.推进“智慧应急”建设', '县应急局', 'registered short name; 西吉县气象局 and 县消防救援大队 are also in units.txt')
M('unknown-unit', '1.提升生态环境数字化监管能力', '固原市生态环境局西吉分局', 'the city bureau\'s county branch, listed in units.txt (a local unit, not a regional lead)')
M('unknown-unit', '3.推进城域网向村级延伸', '中国移动西吉分公司', 'listed in units.txt (operator cooperating on the network)')
M('unknown-unit', '（三）完善工作机制', '县数字政府建设领导小组办公室', 'listed in units.txt; set up by this plan')
M('unknown-unit', '4.加快数字乡村建设', '县供销社', 'registered short name of 县供销合作社联合社')
# text
M('garbled-text', '2.提升电子政务外网支撑能力', 'IPv6', 'Latin technical terms (IPv6, APP, 12345) are not mojibake')

covers_spec = [
 (2,'1.推进特色产业数字化'),(3,'2.建设智慧园区'),(5,'3.完善数字经济治理'),(6,'1.推动公共服务数字化'),
 (7,'2.深化智慧教育应用'),(8,'3.推进“互联网+医疗健康”'),(10,'4.加快数字乡村建设'),(11,'4.加快数字乡村建设'),
 (12,'1.培育数据要素市场'),(14,'1.落实安全责任和制度'),(15,'1.落实安全责任和制度'),(17,'1.落实安全责任和制度'),
 (18,'2.提升安全防护能力'),(19,'3.提高自主可控水平'),(21,'1.推进行政权力事项网上运行'),(22,'2.强化审管协同'),
 (23,'建立数字资源“一本账”'),(28,'4.开展试点示范'),(33,'1.推进基础库和主题库建设'),(34,'1.推进基础库和主题库建设'),
 (42,'2.推动数据融合应用'),(41,'3.有序开放公共数据'),(40,'4.加强电子公文管理'),(43,'1.推动政务信息系统上云'),
 (46,'1.推动政务信息系统上云'),(47,'2.提升电子政务外网支撑能力'),(48,'推进城域网向村级延伸'),(50,'整合非涉密业务专网'),
 (49,'5.建设“视频一张网”'),(53,'6.推广共性应用支撑'),(55,'6.推广共性应用支撑'),(54,'深化电子文件归档'),
 (57,'8.完善信用和地理信息服务'),(58,'8.完善信用和地理信息服务'),(64,'（一）健全组织机构。成立'),
 (66,'1.加强经济运行监测'),(70,'1.推进精准监管和追溯监管'),(71,'1.推进精准监管和追溯监管'),(74,'2.推行非现场监管'),
 (77,'1.推进矛盾纠纷多元化解'),(79,'2.深化“雪亮工程”建设'),(80,'3.推进“智慧应急”建设'),(83,'4.实施“互联网+基层治理”'),
 (84,'1.深化“一网通办”'),(86,'2.做优“我的宁夏”西吉专区'),(88,'3.提供优质便利的涉企服务'),(89,'3.提供优质便利的涉企服务'),
 (90,'4.拓展公平普惠的民生服务'),(93,'4.拓展公平普惠的民生服务'),(94,'1.提升生态环境数字化监管能力'),
 (96,'2.打造数字治水西吉样板'),(97,'3.提高自然资源利用效率'),(98,'3.提高自然资源利用效率'),(101,'4.推动绿色低碳转型'),
 (102,'4.推动绿色低碳转型'),(104,'1.推广协同办公和“宁政通”'),(105,'1.推广协同办公和“宁政通”'),(106,'2.推进基层填表报数减负'),
 (107,'3.整合视频会议资源'),(108,'4.提升行政监督效能'),(112,'1.提升政府信息公开水平'),(114,'2.发挥政务新媒体传播优势'),
 (115,'3.畅通政民互动渠道'),(116,'（一）加强组织领导'),(25,'（二）加大财政投入'),(118,'（三）提升数字素养'),
 (122,'（四）强化考核评价'),(123,'（四）强化考核评价'),(124,'（四）强化考核评价'),
]
covers = [{'task': t, 'line': ln(a)} for t, a in covers_spec]

key = {
 'writer': 'blind writer, round 558; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'also': [],
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': mnf,
 'covers': covers,
 'notes': ('西吉县 (固原市) 2024 county plan, no parent plan. Each measure ends with （责任单位：…；完成时限：<county>；自治区时限：<region>） '
           'or （责任单位：…；完成时限：<county>）〔对应自治区任务第N项，<regional lead>，自治区要求YYYY年完成〕. The 自治区时限 values and the bodies inside 〔〕 are quotations of the '
           'regional task list, not county deadlines or county units; every quoted regional date matches the seed task list. '
           'Only line 54 gives a county date later than the regional date beside it. Section 七 (党的领导) carries no notes. '
           'Regional tasks due 2023 that the county repeats (lines 38, 39) keep the regional 2023 date verbatim or nearly so (copied, equal).')
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers), len(L))
