# Builds key.json; every line number is looked up from draft.txt by a substring, so it matches the final draft.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(sub, occ_text=None):
    hits = [i for i, x in enumerate(L, 1) if sub in x]
    assert len(hits) == 1, (sub, hits)
    if occ_text is not None:
        assert occ_text in L[hits[0]-1], (occ_text, hits[0])
    return hits[0]

def e(rule, sub, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(sub, text)}
    if text is not None: d['text'] = text
    d.update(kw); d['why'] = why
    return d

expect = [
  e('deadline-later-than-baseline', '二是开展城域网升级改造', '2025年6月底',
    why='part 二 of this measure takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; 2025年6月底前 is later. The other parts of the same paragraph are on time (see mustNotFlag).'),
  e('deadline-invalid', '20224年底前实现区直部门', '20224年',
    why='impossible year (typo for 2024); the part takes up task 54 (电子文件归档), 完成时限 2024年'),
  e('unknown-unit', '区统计局、区经信局、区财政局配合', '区经信局',
    why='not in units.txt; an old name for the bureau now registered as 区工业信息化和商务局 (used correctly elsewhere in the draft)'),
  e('basis-mismatch', '（宁政发〔2022〕17号）', '宁政发〔2022〕17号',
    why='《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong'),
  e('garbled-text', '鏀垮姟鏁版嵁鍏变韩浜ゆ崲骞冲彴', '鏀垮姟鏁版嵁',
    why='UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 政务数据共享交换平台'),
  {'rule': 'task-uncovered', 'line': 0, 'task': 93,
   'why': 'deliberately left out: task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 自治区各部门(单位)及各市、县(区)按照职能分别负责; 2024年) is not taken up anywhere; the 民生服务 measure (line %d) keeps the parent heading but drops the 适老化 clause' % ln('4.拓展公平普惠的民生服务')},
]

D = 'deadline-later-than-baseline'
mnf = [
  # parts dated on time beside the late one (same paragraph as the planted late deadline)
  e(D, '2024年10月底前完成区级骨干线路扩容', '2024年10月底', why='part 一 beside the late part: task 47 (电子政务外网升级改造、骨干网扩容), 完成时限 2024年; October 2024 is earlier'),
  e(D, '2024年底前完成整合', '2024年底', why='part 三 beside the late part: task 50 (非涉密业务专网向电子政务外网整合迁移), 完成时限 2024年; equal'),
  e(D, '2025年底前融入全区统一的“视频一张网”', '2025年底', why='part 四 beside the late part: task 49 (全区统一的视频共享平台、“视频一张网”), 完成时限 2025年; equal'),
  e(D, '2025年底前实现教育收费', '2025年底', why='part 二 beside the invalid date: task 56 (非税收入收缴电子化全覆盖), 完成时限 2025年; equal'),
  # other dated parts
  e(D, '2024年4月底前完成；', '2024年4月底', why='local counterpart of task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年; earlier. Task 60 (充实自治区领导小组, 2023年) is the region\'s own body, not a county task'),
  e(D, '2024年6月底前全部到位', '2024年6月底', why='task 64 (成立相应的组织机构…齐抓共管的工作格局), 完成时限 2025年; earlier'),
  e(D, '2024年9月底前建成并投入试运行', '2024年9月底', why='county command centre: no task-list deadline of its own; the nearest, task 81 (视频指挥调度体系), is 2025年; earlier'),
  e(D, '2024年底前建成园区综合管理服务平台', '2024年底', why='task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效; earlier'),
  e(D, '2024年底前实现全区中小学数字校园全覆盖', '2024年底', why='task 7 (国家智慧教育平台整省试点), 完成时限 2023年形成试点经验，2025年取得明显成效; and task 8 (互联网+医疗健康), 持续推进，2025年取得明显成效; both parts earlier'),
  e(D, '2024年底前完成区级综合执法、市政设施等数据接入', '2024年底', why='task 9 (城市运行管理服务平台、一网统管), 完成时限 持续推进，2025年取得明显成效; earlier'),
  e(D, '2025年底前数字农业农村服务实现村级全覆盖', '2025年底', why='task 10 (数字乡村、农业农村大数据体系), 完成时限 持续推进，2025年取得明显成效; equal'),
  e(D, '2024年底前区级行政许可事项全部纳入', '2024年底', why='task 21 (行政许可管理信息系统、行政权力事项网上运行), 完成时限 2024年; equal'),
  e(D, '打造1—2个可复制推广的特色应用场景，2025年取得明显成效', '2025年', why='task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效; equal'),
  e(D, '2024年底前完成区级重大项目、关键应用', '2024年底', why='task 23 (一体化数字资源管理系统、“一本账”), 完成时限 2024年; equal'),
  e(D, '2024年底前通过全区统一的公共数据开放平台', '2024年底', why='part 一 task 41 (公共数据开放目录、开放平台), 2024年; part 二 task 42 (公共数据与政务数据融合应用), 2024年; both equal'),
  e(D, '2024年底前完成全部具备条件系统的迁移', '2024年底', why='task 46 (政务信息系统有序迁移), 2024年; task 43 (政务信创云过渡), 2024 年建成，持续推进; equal'),
  e(D, '2024年底前实现差异化监管全覆盖', '2024年底', why='task 70 (信用风险分类、“双随机”差异化监管), 2024年; and task 71 (全链条数字化追溯监管), 2024年; both equal'),
  e(D, '2024年底前重点领域新型监管手段应用覆盖率', '2024年底', why='task 74 (非现场、远程、移动监管), 2024年; equal'),
  e(D, '2024年底前全面接入全区矛盾纠纷多元化解信息系统', '2024年底', why='task 77 (矛盾纠纷多元化解信息系统), 2024年; equal'),
  e(D, '2024年11月底前建成区级应急指挥', '2024年11月底', why='task 80 (智慧应急), 2024年; earlier. The 雪亮工程 part on the same line is task 79, 2024年; equal'),
  e(D, '2025年底前基本形成“横向到边、纵向到底”', '2025年底', why='task 83 (互联网+基层治理), 2025年; equal'),
  e(D, '2024年底前实现“网上办、掌上办、就近办、一次办”', '2024年底', why='task 84 (一体化政务服务体系), 2024年; task 86 (“我的宁夏”应上尽上), 2024年; equal'),
  e(D, '2024年底前实现群众诉求“接诉即办”', '2024年底', why='task 87 (12345热线“一呼即应”), 2023年启动，2025年完成; earlier'),
  e(D, '2024年9月底前实现惠企政策精准推送', '2024年9月底', why='task 89 (企业专属网页、惠企政策直达直享), 2024年; earlier'),
  e(D, '2024年底前移动入口全部接入', '2024年底', why='task 90 (公共场馆数字化、移动入口接入“我的宁夏”), 2024年; equal'),
  e(D, '2024年底前完成区内重点排污单位', '2024年底', why='task 94 (生态环境数据资源中心), 2024年, equal; the 2025年底 part is task 102 (绿色低碳转型), 2025年, equal'),
  e(D, '2025年底前实现城乡供水工程数字化管理全覆盖', '2025年底', why='task 96 (互联网+城乡供水), 2025年, equal; the 2024年底 part is task 97 (自然资源“一张图”), 2024年, equal'),
  e(D, '2024年6月底前区直部门和乡镇（街道）全部接入', '2024年6月底', why='task 104 (协同办公平台), 2024年, earlier; the other parts are tasks 103 and 105, 2024年, equal'),
  e(D, '2025年底前压减50%以上', '2025年底', why='task 106 (填表报数压减50%以上), 2025年, equal (the 30% step by 2024年底 is earlier); task 107 (视频会议平台), 2025年, equal; task 108 (公共资源交易), 长期推进，2024年取得明显成效, equal'),
  e(D, '2024年底前区级行政执法部门全部使用', '2024年底', why='行政监督 part; task 109 (互联网+督查) is 2024年; equal, nothing later'),
  e(D, '2025年底前实现统一登录、分级授权使用', '2025年底', why='task 111 (机关事务管理系统整合), 2025年; equal'),
  e(D, '2024年底前建成区级政策文件库', '2024年底', why='task 113 (政策文件库、“一库通查”), 2024年; equal'),
  e(D, '2024年底前建成区级政府信息知识库', '2024年底', why='task 115 (政民互动平台、政府信息知识库), 2024年; equal'),
  e(D, '按照“2023年形成机制，长期坚持”的要求', '2023年形成机制，长期坚持', why='copied from task 18, whose 完成时限 is 2023年形成机制，长期坚持; equal'),
  e(D, '按照“2023年完成并长期坚持”的要求', '2023年完成并长期坚持', why='copied from task 116 (一把手工程、年度工作要点), 2023年完成并长期坚持; equal'),
  e(D, '到2024年底，区级政务信息系统全部迁移上云', '2024年底', why='2024 goals: task 46 (迁移), 2024年; task 105 (“宁政通”), 2024年; equal; task 106 (压减50%), 2025年, the 30% step is earlier'),
  e(D, '到2025年，全区数字政府“1347”体系框架全面成型', '2025年', why='equal to the region\'s goal (到2025年“34567”体系框架全面成型) and to the 吴忠 plan\'s (到2025年“1347”体系框架全面成型)'),
  # invalid-date near misses
  e('deadline-invalid', '截至2023年底，电子政务外网已覆盖', '2023年底', why='background: past results, not a deadline'),
  e('deadline-invalid', '巩固2023年完成的责任分解成果', '2023年', why='retrospective mention of work finished in 2023 (task 14, 2023年); not a deadline set by this plan'),
  e('deadline-invalid', '按照“2023年形成机制，长期坚持”的要求', '2023年形成机制，长期坚持', why='copied regional deadline of task 18 that lies before the plan\'s year; quoted as the standing requirement'),
  e('deadline-invalid', '按照“2023年完成并长期坚持”的要求', '2023年完成并长期坚持', why='copied regional deadline of task 116 that lies before the plan\'s year'),
  e('deadline-invalid', '2024年3月18日', '2024年3月18日', why='the document\'s own issue date'),
  e(D, '每月15日前形成上月经济运行分析报告', '每月15日前', why='recurring internal reporting date, not a task deadline'),
  e(D, '2024年12月10日前报送年度工作总结', '2024年12月10日', why='the office\'s own reporting date for progress reports'),
  e(D, '（二）组织实施阶段（2024年5月—11月）', '2024年5月—11月', why='the plan\'s own implementation schedule'),
  # units
  e('unknown-unit', '吴忠市利通区人民政府办公室', '吴忠市利通区人民政府办公室', why='issuing office in the signature; listed in units.txt as an alias of 区人民政府办公室'),
  e('unknown-unit', '责任单位：区政府办公室牵头，区委编办', '区政府办公室', why='official short name of 区人民政府办公室 in units.txt'),
  e('unknown-unit', '区大数据服务中心牵头，区发展改革局、区财政局', '区发展改革局', why='official short name of 区发展和改革局'),
  e('unknown-unit', '区农业农村局牵头，区供销社', '区供销社', why='short name of 区供销合作社联合社 in units.txt; 各乡镇人民政府 on the same line is a collective'),
  e('unknown-unit', '责任单位：区工业信息化和商务局牵头，金积工业园区管委会', '金积工业园区管委会', why='short name of 金积工业园区管理委员会 in units.txt'),
  e('unknown-unit', '区发展改革局、区委网信办、区公安分局配合', '区公安分局', why='short name of 吴忠市公安局利通区分局 in units.txt'),
  e('unknown-unit', '区税务局、区直各部门（单位）配合', '区税务局', why='short name of 国家税务总局吴忠市利通区税务局, a unit outside the district government listed in units.txt'),
  e('unknown-unit', '责任单位：区市场监管局牵头，区司法局', '区市场监管局', why='short name of 区市场监督管理局'),
  e('unknown-unit', '区自然资源分局、区生态环境分局、区住建局', '区住建局', why='short names of 吴忠市自然资源局利通分局, 吴忠市生态环境局利通分局 and 区住房和城乡建设局, all in units.txt'),
  e('unknown-unit', '责任单位：区审批局牵头', '区审批局', why='short name of 区审批服务管理局'),
  e('unknown-unit', '区民政局、各乡镇（街道）、各村（社区）配合', '各村（社区）', why='collective subject; 各乡镇（街道） too'),
  e('unknown-unit', '各乡镇人民政府、各街道办事处配合', '各街道办事处', why='collective subjects; 区直各部门（单位） too'),
  e('unknown-unit', '责任单位：区财政局牵头，区发展改革局、审计局配合', '审计局', why='the 区 prefix distributes over the list: 区审计局, which is in units.txt'),
  e('unknown-unit', '推动区人民医院与乡镇卫生院远程会诊', '区人民医院', why='named in the text of a part as where the service runs, not in the measure\'s note of responsible bodies'),
  # basis
  e('basis-mismatch', '（国发〔2022〕14号）', '国发〔2022〕14号', why='correct title and 文号 of the national guiding opinion'),
  e('basis-mismatch', '吴忠市人民政府《关于加强数字政府建设的实施方案》', '关于加强数字政府建设的实施方案', why='the city plan cited by its exact title without a 文号, as it has none'),
  e('basis-mismatch', '（宁政办发〔2020〕14号）', '宁政办发〔2020〕14号', why='retrospective mention of the 2020 工作要点 in the background section, with its correct title and 文号; it is not cited as a basis'),
  # garbled look-alikes
  e('garbled-text', '巩固提升“易办·吴优”政务服务品牌', '易办·吴优', why='a real brand name with a middle dot, not mojibake'),
  e('garbled-text', '“吃在吴忠·早茶利通”', '吃在吴忠·早茶利通', why='an activity name with a middle dot, not mojibake'),
  # pillars
  {'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一和六级贯通', 'why': 'folded into 二、完善“一套体系” (lines %d–%d): 健全组织机构, 厘清层级职责 (六级贯通), 完善工作机制, as in the 吴忠 plan' % (ln('二、完善“一套体系”'), ln('（三）完善工作机制。'))},
  {'rule': 'missing-pillar', 'line': 0, 'pillar': '加强党对数字政府建设工作的全面领导', 'why': 'section 六、加强党的领导，强化保障措施 (line %d) covers 组织领导, 资金 (财政投入), 数字素养 and 考核评价' % ln('六、加强党的领导，强化保障措施')},
  {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': 'taken up in （五）营造良好数字生态 (line %d)' % ln('（五）营造良好数字生态。')},
]

def c(task, sub): return {'task': task, 'line': ln(sub)}
covers = [
  c(3, '（一）驱动数字经济发展。'), c(5, '（六）完善数字经济治理体系。'), c(6, '（二）推进数字化服务普惠应用。'),
  c(7, '（二）推进数字化服务普惠应用。'), c(8, '（二）推进数字化服务普惠应用。'), c(9, '（三）加快智慧城市建设。'),
  c(10, '（四）推进数字乡村建设。'), c(11, '（四）推进数字乡村建设。'), c(12, '（五）营造良好数字生态。'),
  c(14, '1.强化安全管理责任。'), c(15, '1.强化安全管理责任。'), c(18, '2.提升安全防护能力。'),
  c(21, '1.以数字化改革助力政府职能转变。'), c(22, '1.以数字化改革助力政府职能转变。'), c(20, '1.以数字化改革助力政府职能转变。'),
  c(23, '4.创新数字政府建设管理机制。'), c(24, '（三）完善工作机制。'), c(25, '（二）强化资金保障。'),
  c(28, '3.开展试点示范。'), c(30, '1.健全政务数据管理机制。'),
  c(31, '1.健全政务数据管理机制。'), c(32, '（三）完善工作机制。'), c(36, '2.深化数据高效共享。'),
  c(41, '3.促进数据有序开发利用。'), c(42, '3.促进数据有序开发利用。'), c(46, '1.强化政务云平台支撑能力。'),
  c(47, '2.提升网络平台支撑能力。'), c(48, '2.提升网络平台支撑能力。'), c(49, '2.提升网络平台支撑能力。'),
  c(50, '2.提升网络平台支撑能力。'), c(54, '3.加强共性应用支撑能力。'), c(56, '3.加强共性应用支撑能力。'),
  c(57, '3.加强共性应用支撑能力。'), c(64, '（一）健全组织机构。'), c(66, '1.加强经济运行监测分析。'),
  c(67, '2.推动经济政策有效衔接。'), c(68, '1.提升监管精准化水平。'), c(70, '1.提升监管精准化水平。'),
  c(71, '1.提升监管精准化水平。'), c(72, '2.提升监管协同化水平。'), c(73, '2.提升监管协同化水平。'),
  c(74, '3.提升监管智能化水平。'), c(75, '3.提升监管智能化水平。'), c(77, '1.提升社会矛盾化解能力。'),
  c(79, '2.提升社会治安防控和公共安全保障能力。'), c(80, '2.提升社会治安防控和公共安全保障能力。'),
  c(83, '3.提高基层社会治理能力。'), c(84, '1.打造泛在可及的服务体系。'), c(85, '2.提升智慧便捷的服务能力。'),
  c(86, '1.打造泛在可及的服务体系。'), c(87, '2.提升智慧便捷的服务能力。'), c(88, '3.提供优质便利的涉企服务。'),
  c(89, '3.提供优质便利的涉企服务。'), c(90, '4.拓展公平普惠的民生服务。'), c(94, '1.提升生态环保协同治理能力。'),
  c(96, '2.提高自然资源利用效率。'), c(97, '2.提高自然资源利用效率。'), c(102, '1.提升生态环保协同治理能力。'),
  c(103, '1.提升辅助决策和行政执行能力。'), c(104, '1.提升辅助决策和行政执行能力。'), c(105, '1.提升辅助决策和行政执行能力。'),
  c(106, '2.推进基层减负和视频会议整合。'), c(107, '2.推进基层减负和视频会议整合。'), c(108, '2.推进基层减负和视频会议整合。'),
  c(109, '3.提升行政监督水平。'), c(111, '4.提升机关事务管理水平。'), c(112, '1.提升政府信息公开水平。'),
  c(113, '1.提升政府信息公开水平。'), c(114, '2.畅通政民互动渠道。'), c(115, '2.畅通政民互动渠道。'),
  c(116, '（一）加强组织领导。'), c(118, '（三）提升数字素养。'), c(122, '（四）强化考核督导。'),
  c(123, '（四）强化考核督导。'), c(124, '（四）强化考核督导。'),
]
assert len({x['task'] for x in covers}) == len(covers)
assert 93 not in {x['task'] for x in covers}

key = {
  'writer': 'blind writer, round 894; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-07',
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': ['wuzhong'],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': expect,
  'mustNotFlag': mnf,
  'covers': sorted(covers, key=lambda x: x['task']),
  'notes': ('利通区 2024 annual 实施方案 (issued 2024-03-18 by the district government office). Each measure is one paragraph of counted parts '
            '(一是……；二是……；三是……) followed by one line “责任单位：…” naming the bodies for the whole measure; dates belong to single parts. '
            'Line %d holds the planted late part (task 48) beside three parts that are on time; line %d holds the impossible year beside an on-time part. '
            'Regional tasks due 2023 are taken up without a new date (or with the copied 2023 deadline) so that no part restates a 2023 task with a 2024 date. '
            'units.txt is the district registry; 区工业信息化和商务局 is the registered 工信 body, 区经信局 is not.') % (ln('二是开展城域网升级改造'), ln('20224年底前')),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
