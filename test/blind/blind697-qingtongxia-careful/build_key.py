# Builds key.json from draft.txt; every line number is found by a unique substring and checked.
import json, sys
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    if len(hits) != 1:
        sys.exit('anchor %r: %s' % (anchor, hits))
    if text is not None and text not in L[hits[0] - 1]:
        sys.exit('text %r not on line %d' % (text, hits[0]))
    return hits[0]

def E(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(anchor, text)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    E('basis-mismatch', '为贯彻落实党的二十大精神', '宁政办发〔2023〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (a 自治区人民政府 document, not the 办公厅 series 宁政办发); the 文号 does not belong to the title. Slip next to the correct 宁政办发〔2023〕11号.'),
    E('garbled-text', '26.提升政府信息公开水平', '鎺ㄥ姩鏀跨瓥淇℃伅',
      'UTF-8 bytes read as GBK: 鎺ㄥ姩鏀跨瓥淇℃伅闆嗘垚鏅鸿兘鍙戝竷 re-encodes to 推动政策信息集成智能发布'),
    E('deadline-later-than-baseline', '16.推进适老化与信息无障碍建设', '2025年6月底前',
      'task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 自治区各部门及各市、县（区）分别负责) 完成时限 2024年; the annex row for the same measure says 2024年底前'),
    E('deadline-later-than-baseline', '30\t开展本级城域网升级改造', '2025年',
      'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年 (task 47, 外网升级改造, also 2024年); the body measure and the 2024 goal both say 2024年底'),
    E('unknown-unit', '32\t依托全区统一的视频共享平台', '自治区党委政法委',
      'regional body named as the lead (牵头单位) of a local task: the cell was copied from regional task 49; the body measure names 市委政法委'),
]

N = []
def M(rule, anchor, text=None, why='', **kw):
    d = E(rule, anchor, text, why, **kw)
    if rule == 'missing-pillar':
        d['why'] = d['why'] + ' (line %d)' % d['line']
        d['line'] = 0  # any line, as KEY-FORMAT asks for missing-pillar
    N.append(d)

# ---- basis-mismatch near misses
M('basis-mismatch', '为贯彻落实党的二十大精神', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
M('basis-mismatch', '为贯彻落实党的二十大精神', '宁政办发〔2023〕11号', 'correct: 《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan')
M('basis-mismatch', '为贯彻落实党的二十大精神', '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'parent city plan cited by its exact title without 文号, as DOMAIN describes')
M('basis-mismatch', '自《宁夏回族自治区2020年', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background, not cited as a basis; title and 文号 match')
M('basis-mismatch', '青政发〔2024〕9号', '青政发〔2024〕9号', "the plan's own 文号 in the issuing notice, not a basis citation")
M('basis-mismatch', '现印发给你们', '《青铜峡市关于加强数字政府建设的实施方案》', "the plan's own title (实施方案), not a cited basis")
# ---- deadline-invalid near misses (past dates, own dates, copied regional deadlines)
M('deadline-invalid', '2024年3月18日', '2024年3月18日', 'issue date of the document')
M('deadline-invalid', '自《宁夏回族自治区2020年', '截至2023年底', 'past date in the background (achievements so far), not a deadline')
M('deadline-invalid', '自《宁夏回族自治区2020年', '2023年11月27日', 'past date: the day the 吴忠 plan was issued')
M('deadline-invalid', '1.强化安全管理责任', '2023年完成，长期坚持', 'copied regional deadline of tasks 14/15 (2023年) that lies before the plan year, with 长期坚持')
M('deadline-invalid', '2.落实安全制度要求', '2023年建立，长期坚持', 'copied regional deadline of task 17 (2023年)')
M('deadline-invalid', '3.提升安全防护能力', '2023年形成机制，长期坚持', 'verbatim regional deadline of task 18')
M('deadline-invalid', '8.健全项目会商机制', '2023年建立，长期坚持', 'copied regional deadline of task 24 (2023年)')
M('deadline-invalid', '10.摸清政务数据资源底数', '2023年完成，动态更新', 'copied regional deadline of task 30 (2023年)')
M('deadline-invalid', '3.推进监管规范化', '2023年完成，动态调整', 'copied regional deadline of tasks 68/72 (2023年)')
M('deadline-invalid', '10.推进“集成办”“免证办”', '2023年全面推行，持续深化', 'copied regional deadline of task 85 (2023年)')
M('deadline-invalid', '25\t落实政务数据供需对接', '2023年形成机制，长期坚持', 'annex row: copied regional deadline of task 36 (2023年)')
M('deadline-invalid', '（六）做好跟踪调度', '2024年4月30日', "the office's own reporting date, not a task deadline")
M('deadline-invalid', '（六）做好跟踪调度', '12月20日', "the office's own half-yearly reporting dates (6月25日、12月20日)")
# ---- deadline-later-than-baseline near misses (equal or earlier)
M('deadline-later-than-baseline', '到2024年底，电子政务外网', '2024年底', '2024 goal: 外网全覆盖 = task 48 (2024年), 信创云迁移 = task 43/46 (2024年), 填表报数减负 = task 106 (2025年); equal or earlier; no 2023 goal of the region or of 吴忠 is restated here')
M('deadline-later-than-baseline', '到2025年，全市数字政府建设', '2025年', 'equal to the regional goal (到2025年“34567”体系框架全面成型) and the 吴忠 goal (到2025年“1347”全面成型)')
M('deadline-later-than-baseline', '到2035年，与政府治理能力', '2035年', 'equal to the regional and 吴忠 2035 goal')
M('deadline-later-than-baseline', '（一）健全组织机构', '2024年6月底前', 'task 64 (各地各部门参照自治区做法成立相应的组织机构; 各市、县（区）负责) 完成时限 2025年: earlier. Task 60 (充实自治区推进“数字政府”建设领导小组, 2023年) and the region\'s 2023 goal on the "五个一" organisation concern 自治区本级 only, not the city\'s own group')
M('deadline-later-than-baseline', '1\t调整充实市推进数字政府建设领导小组', '2024年6月底前', 'annex row: task 64 完成时限 2025年: earlier (task 60, 2023年, is the 自治区 leading group, 自治区政府办公厅负责)')
M('deadline-invalid', '自《宁夏回族自治区2020年', '2020年', 'year inside the title of an old document mentioned in the background')
M('deadline-later-than-baseline', '1.推进产业数字化转型', '2024年取得明显成效', 'task 2 完成时限 2023年启动，2024年取得明显成效: equal')
M('deadline-later-than-baseline', '2.加快“智慧园区”建设', '持续推进，2025年取得明显成效', 'task 3 持续推进，2025年取得明显成效: equal')
M('deadline-later-than-baseline', '5.深化智慧教育应用', '2025年取得明显成效', 'task 7 2023年形成试点经验，2025年取得明显成效: completing milestone equal (the 2023 pilot milestone is the region\'s 整省试点)')
M('deadline-later-than-baseline', '7.推进智慧城市建设', '2025年', 'task 9 持续推进，2025年取得明显成效: equal')
M('deadline-later-than-baseline', '9.加快“数字供销”建设', '2025年取得明显成效', 'task 11 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal')
M('deadline-later-than-baseline', '11.营造规范有序的政策环境', '2024年底前', 'task 13 完成时限 2024年: equal')
M('deadline-later-than-baseline', '4.提高自主可控水平', '2024年底前', 'task 19 2023年启动，2024年建成: equal')
M('deadline-later-than-baseline', '5.推动行政权力事项网上运行', '2024年9月底前', 'task 21 完成时限 2024年: earlier')
M('deadline-later-than-baseline', '6.强化审管协同', '2025年', 'task 22 完成时限 2025年: equal')
M('deadline-later-than-baseline', '7.推行数字资源“一本账”管理', '2024年底前', 'task 23 (一体化数字资源管理系统“一本账”) 完成时限 2024年: equal; not the region\'s 2023 goal on 平台“家底”')
M('deadline-later-than-baseline', '9.开展试点示范', '2024年启动，2025年取得明显成效', 'task 28 2023年启动，2025年取得明显成效: the start is later but the completing milestone (2025) is equal')
M('deadline-later-than-baseline', '13.推进基础库主题库对接', '2024年底前', 'tasks 33/34 完成时限 2024年: equal')
M('deadline-later-than-baseline', '14.加强电子公文和档案数据管理', '2024年10月底前', 'task 40 (and 54) 完成时限 2024年: earlier')
M('deadline-later-than-baseline', '15.推动公共数据开放和融合应用', '2024年底前', 'tasks 41/42 完成时限 2024年: equal')
M('deadline-later-than-baseline', '16.推动政务系统上云迁移', '2024年底前', 'task 43 2024年建成，持续推进 / task 46 2024年: equal')
M('deadline-later-than-baseline', '17.提升电子政务外网支撑能力', '2024年底前', 'tasks 47/48/50 完成时限 2024年: equal (the annex row 30 is the late one)')
M('deadline-later-than-baseline', '18.推进视频资源整合共享', '2025年', 'task 49 完成时限 2025年: equal')
M('deadline-later-than-baseline', '19.推广共性应用支撑', '2024年底前', 'task 52 2025年 / task 53 2024年: not later')
M('deadline-later-than-baseline', '20.推进非税收缴和电子票据应用', '2024年底前', 'task 55 2024年 / task 56 2025年: not later')
M('deadline-later-than-baseline', '1.加强经济运行监测分析', '2025年', 'task 66 完成时限 2025年: equal')
M('deadline-later-than-baseline', '4.提升监管精准化智能化水平', '2024年底前', 'tasks 70/71/74 完成时限 2024年: equal')
M('deadline-later-than-baseline', '7.提升公共安全保障能力', '2024年底前', 'task 80 2024年 / task 81 2025年: not later')
M('deadline-later-than-baseline', '8.提升基层社会治理能力', '2025年', 'task 83 完成时限 2025年: equal')
M('deadline-later-than-baseline', '11.做强“我的宁夏”青铜峡专区', '2024年6月底前', 'task 86 完成时限 2024年: earlier')
M('deadline-later-than-baseline', '12.提升12345热线服务效能', '2025年完成', 'task 87 2023年启动，2025年完成: equal')
M('deadline-later-than-baseline', '15.探索“多卡合一”“多码合一”', '2025年', 'task 92 完成时限 2025年: equal')
M('deadline-later-than-baseline', '18.深化“互联网+城乡供水”', '2025年', 'task 96 完成时限 2025年: equal')
M('deadline-later-than-baseline', '19.提高自然资源利用效率', '2024年底前', 'tasks 97/98 2024年, task 100 2025年: not later')
M('deadline-later-than-baseline', '20.推动绿色低碳转型', '2025年', 'tasks 101/102 完成时限 2025年: equal')
M('deadline-later-than-baseline', '21.提升辅助决策能力', '2024年底前', 'task 103 完成时限 2024年: equal')
M('deadline-later-than-baseline', '23.推动基层减负', '2024年底前', 'task 106 (填表报数工作量压减50%以上) 完成时限 2025年: earlier')
M('deadline-later-than-baseline', '24.整合视频会议资源', '2025年', 'task 107 完成时限 2025年: equal')
M('deadline-later-than-baseline', '25.强化行政监督和机关事务管理', '长期推进，2024年取得明显成效', 'task 108 verbatim (长期推进，2024年取得明显成效); task 111 is 2025年')
M('deadline-later-than-baseline', '51\t完成市政府网站', '2024年底前', 'annex row for task 93 (2024年): equal (only the body line is late)')
M('deadline-later-than-baseline', '31\t推进非涉密业务专网', '2024年底前', 'annex row, task 50 完成时限 2024年: equal')
M('deadline-later-than-baseline', '32\t依托全区统一的视频共享平台', '2025年', 'annex row, task 49 完成时限 2025年: equal (the lead cell is the mistake, not the date)')
M('deadline-later-than-baseline', '58\t依托“宁政通”填表报数系统', '2024年底前', 'annex row, task 106 2025年: earlier')
M('deadline-later-than-baseline', '22\t每年确定1—2个试点领域', '2024年启动，2025年取得明显成效', 'annex row, task 28: completing milestone equal')
M('deadline-later-than-baseline', '60\t推进公共资源交易全流程', '长期推进，2024年取得明显成效', 'annex row, task 108 verbatim')
# ---- unknown-unit near misses
M('unknown-unit', '各镇人民政府、裕民街道办事处，市直各部门、各直属机构', '各直属机构', 'collective addressees (各镇人民政府, 市直各部门, 各直属机构)')
M('unknown-unit', '（一）健全组织机构', '各镇人民政府', 'collective subject 各镇人民政府 (裕民街道办事处 is a named unit in units.txt)')
M('unknown-unit', '（二）厘清层级职责', '各镇（街道）', 'collective subject; the annex note defines it as 各镇人民政府、裕民街道办事处')
M('unknown-unit', '（二）厘清层级职责', '市直有关部门', 'collective subject')
M('unknown-unit', '（三）完善工作机制', '市直各部门（单位）', 'collective subject')
M('unknown-unit', '8.提升基层社会治理能力', '各村（社区）', 'collective subject')
M('unknown-unit', '3.推进监管规范化', '承担监管职责的市直有关部门', 'collective subject (local form of 承担监管职责的自治区有关部门（单位）)')
M('unknown-unit', '（一）健全组织机构', '市推进数字政府建设领导小组', 'a coordinating body in prose, not a responsible unit; its office is in units.txt as 市推进数字政府建设领导小组办公室 = 市数字政府办')
M('unknown-unit', '（二）厘清层级职责', '市数字政府办', 'short name of 市推进数字政府建设领导小组办公室 in units.txt')
M('unknown-unit', '5.深化智慧教育应用', '市大数据中心', 'short name of 市大数据服务中心 in units.txt')
M('unknown-unit', '1.推进产业数字化转型', '市工信商务局', 'short name of 市工业信息化和商务局 in units.txt')
M('unknown-unit', '1.推进产业数字化转型', '发改局', '市 distributes over 市农业农村局、发改局、统计局 → 市发改局 (short name of 市发展和改革局), 市统计局')
M('unknown-unit', '2.加快“智慧园区”建设', '工业园区管委会', 'short name of 青铜峡工业园区管委会 in units.txt')
M('unknown-unit', '2.加快“智慧园区”建设', '市生态环境分局', 'short name of 吴忠市生态环境局青铜峡分局 (a city bureau branch) in units.txt')
M('unknown-unit', '3.完善数字经济治理体系', '市市场监管局、公安局', 'prefix distributes: 市公安局')
M('unknown-unit', '3.完善数字经济治理体系', '电信青铜峡分公司', 'unit outside government, in units.txt (short name of 中国电信青铜峡分公司); likewise 移动/联通青铜峡分公司')
M('unknown-unit', '4.推动公共服务数字化', '市教体局、卫健局、人社局、文旅局、民政局', 'official short names in units.txt with 市 distributed over the list')
M('unknown-unit', '8.推进数字乡村建设', '叶盛镇人民政府、瞿靖镇人民政府', 'named towns listed in units.txt')
M('unknown-unit', '9.加快“数字供销”建设', '市供销社', 'short name of 市供销合作社联合社 in units.txt')
M('unknown-unit', '6.强化审管协同', '水务局等有关部门', '市 distributes to 水务局; 等有关部门 is a collective tail, not a unit name')
M('unknown-unit', '8.健全项目会商机制', '市政府办公室、财政局、审计局', 'prefix distributes: 市财政局, 市审计局')
M('unknown-unit', '13.推进基础库主题库对接', '市场监管局', 'prefix 市 distributes over 市公安局、市场监管局… giving 市市场监管局 (in units.txt), not a bare 市场监管局')
M('unknown-unit', '14.加强电子公文和档案数据管理', '自治区档案局', 'regional body mentioned as the source of requirements, not as the lead; the lead is 市档案馆')
M('unknown-unit', '14.加强电子公文和档案数据管理', '市委办、市政府办', 'short names of 市委办公室 / 市人民政府办公室 in units.txt')
M('unknown-unit', '19.推广共性应用支撑', '市税务局', 'short name of 国家税务总局青铜峡市税务局 in units.txt')
M('unknown-unit', '5.提升矛盾纠纷化解能力', '市法院、市检察院', 'short names of 青铜峡市人民法院 / 青铜峡市人民检察院 in units.txt')
M('unknown-unit', '7.提升公共安全保障能力', '青铜峡市消防救援大队', 'unit outside government, in units.txt (also 青铜峡市气象局)')
M('unknown-unit', '（三）提升数字素养', '市委党校', 'in units.txt (= 中共青铜峡市委党校)')
M('unknown-unit', '（六）做好跟踪调度', '吴忠市大数据管理服务局', 'parent-city body the office reports to, in prose; listed in units.txt under 上级对口单位')
M('unknown-unit', '18.推进视频资源整合共享', '市委政法委', 'the body names the correct local lead for the video-sharing measure')
M('unknown-unit', '36\t对接宁夏经济运行大数据平台', '市发改局、统计局', 'annex note: the first-listed unit is the main lead; 市 distributes → 市统计局')
# ---- garbled-text near misses
M('garbled-text', '为贯彻落实党的二十大精神', '“1244+N”', 'programme name with digits and Latin letter, not damage')
M('garbled-text', '17.提升电子政务外网支撑能力', 'IPv6', 'technical term, not damage')
# ---- missing-pillar near misses
M('missing-pillar', '（一）健全组织机构', None, '五个一 (the work system) is taken up as 一套体系 → 健全组织机构 (领导小组, 办公室, 事业单位承担, 各镇和部门参照成立)', pillar='五个一')
M('missing-pillar', '（二）厘清层级职责', None, '六级贯通 is taken up by 厘清层级职责 (自治区“六级贯通”层级架构, 市/镇/村 roles)', pillar='六级贯通')
M('missing-pillar', '（三）营造良好数字生态', None, '数字生态 has its own part (data element market, policy environment, network ecology)', pillar='数字生态')
M('missing-pillar', '（一）加强党的领导', None, 'the 党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) are all in 六、保障措施', pillar='党的领导')

covers_src = [
 (2,'1.推进产业数字化转型'),(3,'2.加快“智慧园区”建设'),(5,'3.完善数字经济治理体系'),(6,'4.推动公共服务数字化'),
 (7,'5.深化智慧教育应用'),(8,'6.推进“互联网+医疗健康”'),(9,'7.推进智慧城市建设'),(10,'8.推进数字乡村建设'),
 (11,'9.加快“数字供销”建设'),(12,'10.培育数据要素市场'),(13,'11.营造规范有序的政策环境'),
 (14,'1.强化安全管理责任'),(15,'1.强化安全管理责任'),(17,'2.落实安全制度要求'),(18,'3.提升安全防护能力'),
 (19,'4.提高自主可控水平'),(21,'5.推动行政权力事项网上运行'),(22,'6.强化审管协同'),(23,'7.推行数字资源“一本账”管理'),
 (24,'8.健全项目会商机制'),(28,'9.开展试点示范'),(30,'10.摸清政务数据资源底数'),(32,'11.明确数据管理职责'),
 (36,'12.深化数据高效共享'),(33,'13.推进基础库主题库对接'),(34,'13.推进基础库主题库对接'),
 (40,'14.加强电子公文和档案数据管理'),(54,'14.加强电子公文和档案数据管理'),(41,'15.推动公共数据开放和融合应用'),
 (42,'15.推动公共数据开放和融合应用'),(43,'16.推动政务系统上云迁移'),(46,'16.推动政务系统上云迁移'),
 (47,'17.提升电子政务外网支撑能力'),(48,'17.提升电子政务外网支撑能力'),(50,'17.提升电子政务外网支撑能力'),
 (49,'18.推进视频资源整合共享'),(52,'19.推广共性应用支撑'),(53,'19.推广共性应用支撑'),
 (55,'20.推进非税收缴和电子票据应用'),(56,'20.推进非税收缴和电子票据应用'),(57,'21.加强信用和地理信息支撑'),
 (58,'21.加强信用和地理信息支撑'),(64,'（一）健全组织机构'),(66,'1.加强经济运行监测分析'),(67,'2.推动经济政策有效衔接'),
 (68,'3.推进监管规范化'),(72,'3.推进监管规范化'),(70,'4.提升监管精准化智能化水平'),(71,'4.提升监管精准化智能化水平'),
 (74,'4.提升监管精准化智能化水平'),(77,'5.提升矛盾纠纷化解能力'),(79,'6.提升社会治安防控能力'),
 (80,'7.提升公共安全保障能力'),(81,'7.提升公共安全保障能力'),(83,'8.提升基层社会治理能力'),
 (84,'9.打造泛在可及的服务体系'),(85,'10.推进“集成办”“免证办”'),(86,'11.做强“我的宁夏”青铜峡专区'),
 (87,'12.提升12345热线服务效能'),(88,'13.优化涉企服务'),(89,'13.优化涉企服务'),(90,'14.推进公共场馆数字化'),
 (92,'15.探索“多卡合一”“多码合一”'),(93,'16.推进适老化与信息无障碍建设'),(94,'17.加强生态环境数字化监测'),
 (96,'18.深化“互联网+城乡供水”'),(97,'19.提高自然资源利用效率'),(98,'19.提高自然资源利用效率'),
 (100,'19.提高自然资源利用效率'),(101,'20.推动绿色低碳转型'),(102,'20.推动绿色低碳转型'),
 (104,'22.提升行政执行能力'),(105,'22.提升行政执行能力'),(106,'23.推动基层减负'),(107,'24.整合视频会议资源'),
 (108,'25.强化行政监督和机关事务管理'),(111,'25.强化行政监督和机关事务管理'),(112,'26.提升政府信息公开水平'),
 (113,'26.提升政府信息公开水平'),(114,'27.发挥政务新媒体传播优势'),(115,'28.畅通政民互动渠道'),
 (116,'（一）加强党的领导'),(25,'（二）加大资金保障'),(118,'（三）提升数字素养'),(123,'（四）强化考核评价'),
 (124,'（四）强化考核评价'),
]
covers = [{'task': t, 'line': ln(a)} for t, a in covers_src]

key = {
  'writer': 'blind writer, round 697; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-07',
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': ['wuzhong'],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': expect,
  'mustNotFlag': N,
  'covers': covers,
  'notes': ('青铜峡市 (county-level city under 吴忠) 2024 实施方案, issued 2024-03-18 by a careful office: 1347 framework as in the 吴忠 plan, '
            'every body measure carries 牵头/配合/完成时限, annex task table of 66 rows (tab-separated, empty first cell continues the group). '
            'Five planted mistakes: a wrong 文号 for the regional 实施意见 (line 9), one mojibake run (body measure 26 of part 五), '
            'a late body deadline for task 93 (the annex row is correct), a late annex deadline for task 48 (the body and the 2024 goal are correct), '
            'and a regional body copied into an annex lead cell (task 49). Tasks due 2023 are given copied regional forms (2023年完成，长期坚持 …) '
            'because the plan is issued in 2024. Multi-task measures carry the earliest of their tasks\' deadlines. '
            'units.txt is the office\'s own registry; 市 distributes over lists such as 市公安局、市场监管局 (→ 市市场监管局).'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(N), 'mustNotFlag;', len(covers), 'covers')
