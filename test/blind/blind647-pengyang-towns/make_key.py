# Builds key.json from draft.txt: every line number is found by searching the draft, and every
# `text` must occur on that line. Run: python3 make_key.py
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(anchor, nth=1):
    hits = [i + 1 for i, x in enumerate(L) if anchor in x]
    assert len(hits) >= nth, (anchor, hits)
    if nth == 1:
        assert len(hits) == 1, (anchor, hits)
    return hits[nth - 1]

def e(rule, anchor, text=None, why='', **kw):
    n = ln(anchor)
    d = {'rule': rule, 'line': n}
    if text is not None:
        assert text in L[n - 1], (text, n)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    e('basis-mismatch', '宁政办发〔2023〕17号', '宁政办发〔2023〕17号',
      'the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government document, not a 办公厅 document); the 文号 cited does not belong to this title'),
    e('deadline-later-than-baseline', '到2026年，全县数字政府建设“34567”体系框架全面成型', '2026年',
      '主要目标: the region sets 到2025年，全区各级数字政府建设“34567”体系框架全面成型 (same goal, same wording); the county puts it a year later'),
    e('unknown-unit', '牵头单位：县大数据管理服务局', '县大数据管理服务局',
      '彭阳县 has no 大数据管理服务局 (not in units.txt); copied from a city template (吴忠 has 市大数据管理服务局). Elsewhere the draft gives data work to 县政府办公室 / 县数字政府办'),
    e('garbled-text', '鎺ㄨ繘鏀垮姟鏈嶅姟', '鎺ㄨ繘鏀垮姟鏈嶅姟',
      'UTF-8 read as GBK: 鎺ㄨ繘鏀垮姟鏈嶅姟浜嬮」鍚戞潙锛堢ぞ鍖猴級寤朵几 = 推进政务服务事项向村（社区）延伸'),
    e('deadline-invalid', '2024年9月31日前', '9月31日',
      'impossible date: September has 30 days (task 93, 完成时限 2024年; the year itself is fine)'),
    e('deadline-later-than-baseline', '开展城域网升级改造，推动电子政务外网延伸至所辖各行政村', '2025年6月底前',
      'annex row 5 (古城镇): 城域网升级改造 and 电子政务外网 to every village = task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; also contradicts the draft\'s own 2024年底 goal (line 19) and line 47'),
]

M = []
def m(rule, anchor, text=None, why=''):
    M.append(e(rule, anchor, text, why))

# units: collectives, short names, registry units
m('unknown-unit', '各乡(镇)人民政府，县政府各部门', '各乡(镇)人民政府', 'collective subject (half-width brackets); 县政府各部门、各直属机构 is the addressee collective')
m('unknown-unit', '牵头单位：县直有关部门；责任单位：各乡（镇）人民政府', '县直有关部门', 'collective subject used as lead; not a unit name')
m('unknown-unit', '责任单位：承担监管职责的县直有关部门', '承担监管职责的县直有关部门', 'collective subject, county analogue of 承担监管职责的自治区有关部门（单位）')
m('unknown-unit', '县市场监管局、县司法局等县直有关部门', '县市场监管局、县司法局等县直有关部门', 'two registry units followed by a collective (等县直有关部门)')
m('unknown-unit', '县市场监管局、农业农村局、卫健局按职责分别负责', '卫健局', 'prefix 县 distributes: 县农业农村局, 县卫健局 (short name of 县卫生健康局 in units.txt)')
m('unknown-unit', '牵头单位：县发展改革局、统计局', '统计局', 'prefix 县 distributes: 县统计局 is in units.txt; 县发展改革局 is the short name of 县发展和改革局')
m('unknown-unit', '彭阳生态环境分局、县应急局', '彭阳生态环境分局', 'short name of 固原市生态环境局彭阳分局 (city bureau branch listed in units.txt); 县应急局 is the short name of 县应急管理局')
m('unknown-unit', '牵头单位：县审批局；责任单位：县直有关部门', '县审批局', 'short name of 县审批服务管理局 in units.txt')
m('unknown-unit', '县委机要保密局、县公安局', '县委机要保密局', 'short name of 县委机要和保密局 in units.txt')
m('unknown-unit', '责任单位：县数字政府办、县财政局、县审计局', '县数字政府办', 'short name of 县数字政府建设领导小组办公室 in units.txt')
m('unknown-unit', '县水务局、国网彭阳县供电公司等有关单位', '国网彭阳县供电公司', 'unit outside government, listed in units.txt')
m('unknown-unit', '责任单位：中国电信彭阳分公司、中国移动彭阳分公司', '中国移动彭阳分公司', 'telecom operators listed in units.txt')
m('unknown-unit', '王洼镇，县应急局', '王洼镇', 'short name of 王洼镇人民政府 in units.txt (first-listed = lead per the annex note)')
m('unknown-unit', '白阳镇人民政府牵头，县民政局、县委政法委配合', '白阳镇人民政府', 'town government listed in units.txt')
m('unknown-unit', '各乡（镇）人民政府、各乡（镇）便民服务中心', '各乡（镇）便民服务中心', 'collective subject (every town\'s service centre)')
m('unknown-unit', '县民政局、各乡（镇）人民政府、各村（社区）', '各村（社区）', 'collective subject')
m('unknown-unit', '县民政局、县残联，各乡（镇）人民政府', '县残联', 'short name of 县残疾人联合会 in units.txt')
m('unknown-unit', '县林草局，彭阳县消防救援大队', '彭阳县消防救援大队', 'listed in units.txt; 县林草局 is the short name of 县林业和草原局')
m('unknown-unit', '责任单位：县委党校、县人社局', '县委党校', 'listed in units.txt; 县人社局 is the short name of 县人力资源和社会保障局')
m('unknown-unit', '抄送：县委办公室，县人大常委会办公室', '县人大常委会办公室', 'copy recipient, not a responsible unit; listed in units.txt anyway')
m('unknown-unit', '县农业农村局、中国移动彭阳分公司配合', '中国移动彭阳分公司', 'listed in units.txt')
# basis
m('basis-mismatch', '宁政办发〔2023〕11号', '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》 is cited with this 文号 in the 吴忠 plan too; correct, not the 实施意见')
m('basis-mismatch', '（国发〔2022〕14号）', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
m('basis-mismatch', '宁政办发〔2020〕14号', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in 工作基础, with its correct title and 文号; not cited as a basis')
m('basis-mismatch', '彭政办发〔2024〕12号', '彭政办发〔2024〕12号', 'the draft\'s own 发文字号')
# dates: background, own schedule, reporting
m('deadline-invalid', '2023年，全县12个乡（镇）便民服务中心', '2023年', 'past date in the background (工作基础), not a deadline')
m('deadline-invalid', '（一）动员部署阶段（2024年3月）', '2024年3月', 'the office\'s own schedule in the plan year, not a task deadline')
m('deadline-later-than-baseline', '（二）全面推进阶段（2024年4月—2025年6月）', '2025年6月', 'implementation phase of the plan, not a task deadline')
m('deadline-later-than-baseline', '（三）巩固提升阶段（2025年7月—12月）', '2025年7月—12月', 'implementation phase ending within 2025, the region\'s final year')
m('deadline-later-than-baseline', '2024年12月15日前报送年度工作总结', '2024年12月15日', 'the office\'s own reporting date')
# goals
m('deadline-later-than-baseline', '到2035年，与政府治理能力现代化相适应', '2035年', 'equal to the region\'s 到2035年 goal')
m('deadline-later-than-baseline', '到2024年底，全县电子政务外网实现县、乡、村三级全覆盖', '2024年底', 'county goals for 2024 match tasks 48 (2024年), 84 (2024年), 105 (2024年): equal')
# deadlines equal or earlier
m('deadline-later-than-baseline', '提升彭阳县工业园区公共服务', '持续推进，2025年取得明显成效', 'task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: identical; the opening sentence on 六新六特六优 is framing, the note belongs to the 智慧园区 item (task 2, 2024年, is the region\'s 产业云 task, not taken up here)')
m('deadline-later-than-baseline', '完善数字经济治理体系。', '持续推进，2025年取得明显成效', 'task 5, 完成时限 持续推进，2025年取得明显成效: identical')
m('deadline-later-than-baseline', '推进教育和医疗数字化。', '持续推进，2025年取得明显成效', 'task 8 持续推进，2025年取得明显成效: identical; task 7 2023年形成试点经验，2025年取得明显成效: completing milestone 2025 equal, the 2023 pilot milestone lies before the plan year')
m('deadline-later-than-baseline', '推进数字乡村建设。以数字化支撑', '持续推进，2025年取得明显成效', 'task 10 持续推进，2025年取得明显成效: identical; task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal')
m('deadline-later-than-baseline', '健全标准规范和试点示范。', '持续推进，2025年取得明显成效', 'task 28 2023年启动，2025年取得明显成效: completing milestone 2025 equal')
m('deadline-later-than-baseline', '以数字化改革助力政府职能转变。推动各类行政权力事项', '2024年底前', 'task 21 (行政权力事项网上运行) 2024年: equal; task 22 (审管协同) 2025年: earlier')
m('deadline-later-than-baseline', '促进数据有序开发利用。', '2024年10月底前', 'tasks 41 and 42, 2024年: earlier')
m('deadline-later-than-baseline', '强化电子公文管理。', '2024年底前', 'tasks 40 and 54, 2024年: equal')
m('deadline-later-than-baseline', '强化政务云平台支撑能力。', '2024年底前', 'tasks 43 (2024年建成，持续推进) and 46 (2024年): equal')
m('deadline-later-than-baseline', '提升网络平台支撑能力。开展县域城域网', '2024年底前', 'tasks 47, 48, 50, 2024年: equal (both dates on the line)')
m('deadline-later-than-baseline', '统筹视频资源。', '2025年6月底前', 'task 49, 2025年: earlier')
m('deadline-later-than-baseline', '推进非税收入收缴电子化。', '2025年底前', 'task 56, 2025年: equal')
m('deadline-later-than-baseline', '（一）健全组织机构。参照自治区', '2024年6月底前', 'task 64 (各市、县（区）参照自治区做法成立组织机构), 2025年: earlier; task 60 (充实自治区领导小组, 2023年) is the region\'s own leading group, 自治区政府办公厅负责, not a county task')
m('deadline-later-than-baseline', '（一）提升科学精准的经济调节能力。积极对接', '2025年', 'task 66 (宁夏经济运行大数据平台), 2025年: equal')
m('deadline-later-than-baseline', '推进监管精准化、智能化。', '2024年底前', 'tasks 69, 70, 74, 2024年: equal')
m('deadline-later-than-baseline', '强化重点领域追溯监管。', '2024年', 'task 71, 2024年: equal')
m('deadline-later-than-baseline', '提升矛盾纠纷化解能力。', '2024年底前', 'task 77, 2024年: equal')
m('deadline-later-than-baseline', '提升社会治安防控和公共安全保障能力。', '2024年', 'tasks 79 and 80, 2024年: equal')
m('deadline-later-than-baseline', '提高基层社会治理能力。', '2025年6月底前', 'task 83, 2025年: earlier')
m('deadline-later-than-baseline', '打造泛在可及的服务体系。', '2024年底前', 'task 84, 2024年: equal')
m('deadline-later-than-baseline', '提升智慧便捷的服务能力。迭代推广', '2024年', 'task 86, 2024年: equal')
m('deadline-later-than-baseline', '提供优质便利的涉企服务。', '2024年', 'task 89, 2024年: equal')
m('deadline-later-than-baseline', '推进公共场馆数字化。', '2024年11月底前', 'task 90, 2024年: earlier')
m('deadline-later-than-baseline', '加强生态环境数字化治理。', '2025年', 'task 95, 2025年: equal')
m('deadline-later-than-baseline', '提高自然资源利用效率。深化', '2024年底前', 'task 96 2025年: earlier; tasks 97 and 98 2024年: equal')
m('deadline-later-than-baseline', '推动绿色低碳转型。推进水、气、土、废', '2025年', 'task 102, 2025年: equal')
m('deadline-later-than-baseline', '提升辅助决策和行政执行能力。', '2024年底前', 'tasks 103, 104, 105, 2024年: equal')
m('deadline-later-than-baseline', '推动基层减负。', '2025年', 'task 106, 2025年: equal')
m('deadline-later-than-baseline', '提升机关事务管理水平。', '2025年', 'tasks 107 and 111, 2025年: equal')
m('deadline-later-than-baseline', '不断提升政府信息公开水平。完善县政府', '2024年', 'tasks 112 and 114, 2024年: equal')
m('deadline-later-than-baseline', '畅通政民互动渠道。以12345', '2024年', 'task 115, 2024年: equal')
# annex rows
m('deadline-later-than-baseline', '推进城区社区智慧社区建设', '2025年', 'annex row 1: task 83, 2025年: equal')
m('deadline-later-than-baseline', '完成镇便民服务中心“一网通办”综合窗口改造', '2024年9月底前', 'annex row 3: task 84, 2024年: earlier')
m('deadline-later-than-baseline', '推进辖区煤矿等重点企业安全生产风险在线监测', '2024年', 'annex row 4: task 80, 2024年: equal')
m('deadline-later-than-baseline', '全面应用宁夏社会治理基层综合指挥平台', '2025年6月底前', 'annex row 7: task 83, 2025年: earlier')
m('deadline-later-than-baseline', '推广“宁政通”移动办公，乡村两级干部全部注册使用', '2024年底前', 'annex row 9: task 105, 2024年: equal')
m('deadline-later-than-baseline', '完成村级供水管网智能监测设施建设', '2025年', 'annex row 10: task 96, 2025年: equal')
m('deadline-later-than-baseline', '依托“我的宁夏”政务APP推广社保、医保等高频服务', '2024年10月底前', 'annex row 14: task 86, 2024年: earlier')
m('deadline-later-than-baseline', '依托“宁政通”统一填表报数系统，清理乡村两级', '2025年', 'annex row 15: task 106, 2025年: equal')
m('deadline-later-than-baseline', '依托村卫生室开展远程问诊服务', '持续推进，2025年取得明显成效', 'annex row 18: tasks 6 and 8, 持续推进，2025年取得明显成效: identical')
m('deadline-later-than-baseline', '实现乡村两级矛盾纠纷线上统一归集', '2024年底前', 'annex row 19: task 77, 2024年: equal')
m('deadline-later-than-baseline', '推进村级综合信息服务站建设', '持续推进，2025年取得明显成效', 'annex row 22: task 10, identical')
m('deadline-later-than-baseline', '应用宁夏“智慧林草”云平台，加强森林草原防火', '2024年', 'annex row 24: task 98, 2024年: equal')

C = []
def c(task, anchor):
    C.append({'task': task, 'line': ln(anchor)})
c(3, '提升彭阳县工业园区公共服务')
c(5, '完善数字经济治理体系。')
c(6, '（二）引领数字社会建设。推动数字技术')
c(7, '推进教育和医疗数字化。')
c(8, '推进教育和医疗数字化。')
c(10, '推进数字乡村建设。以数字化支撑')
c(11, '推进数字乡村建设。以数字化支撑')
c(14, '强化安全管理责任。')
c(15, '强化安全管理责任。')
c(18, '提升安全防护能力。')
c(21, '以数字化改革助力政府职能转变。推动各类行政权力事项')
c(24, '创新数字政府建设管理机制。')
c(28, '健全标准规范和试点示范。')
c(30, '完善数据管理机制。')
c(32, '完善数据管理机制。')
c(36, '深化数据高效共享。')
c(40, '强化电子公文管理。')
c(41, '促进数据有序开发利用。')
c(42, '促进数据有序开发利用。')
c(46, '强化政务云平台支撑能力。')
c(48, '提升网络平台支撑能力。开展县域城域网')
c(50, '提升网络平台支撑能力。开展县域城域网')
c(49, '统筹视频资源。')
c(56, '推进非税收入收缴电子化。')
c(64, '（一）健全组织机构。参照自治区')
c(66, '（一）提升科学精准的经济调节能力。积极对接')
c(69, '推进监管精准化、智能化。')
c(70, '推进监管精准化、智能化。')
c(71, '强化重点领域追溯监管。')
c(77, '提升矛盾纠纷化解能力。')
c(79, '提升社会治安防控和公共安全保障能力。')
c(80, '提升社会治安防控和公共安全保障能力。')
c(83, '提高基层社会治理能力。')
c(84, '打造泛在可及的服务体系。')
c(86, '提升智慧便捷的服务能力。迭代推广')
c(87, '持续优化12345热线服务。')
c(89, '提供优质便利的涉企服务。')
c(90, '推进公共场馆数字化。')
c(93, '拓展公平普惠的民生服务。')
c(95, '加强生态环境数字化治理。')
c(96, '提高自然资源利用效率。深化')
c(98, '提高自然资源利用效率。深化')
c(102, '推动绿色低碳转型。推进水、气、土、废')
c(104, '提升辅助决策和行政执行能力。')
c(105, '提升辅助决策和行政执行能力。')
c(106, '推动基层减负。')
c(107, '提升机关事务管理水平。')
c(111, '提升机关事务管理水平。')
c(112, '不断提升政府信息公开水平。完善县政府')
c(114, '不断提升政府信息公开水平。完善县政府')
c(115, '畅通政民互动渠道。以12345')
c(116, '（一）加强组织领导。坚持党对')
c(118, '（三）提升数字素养。把提高')
c(121, '（四）强化考核评价。制定年度')
c(123, '（四）强化考核评价。制定年度')
c(124, '（四）强化考核评价。制定年度')

key = {
    'writer': 'blind writer, round 647; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': C,
    'notes': ('彭阳县 (固原市) 2024 实施方案 issued by the county government office on 2024-03-18, no parent plan. '
              'Body follows the regional 34567 framework; inline notes (牵头单位/责任单位/完成时限) after most sub-items; '
              'annex = 任务分工 table by 乡（镇）, 24 rows, two per town, with town governments as leads (first-listed unit leads, per the note on the last annex line). '
              'Six planted slips: wrong 文号 for the regional 实施意见, a 2026 主要目标 goal (region 2025), a city-template unit 县大数据管理服务局, '
              'a mojibake run in the 一网通办 paragraph, an impossible date 2024年9月31日, and a late annex deadline for 古城镇 外网/城域网 (task 48, 2024年). '
              'Tasks regionally due in 2023 are taken up without a deadline on purpose (so no pre-plan-year copies appear). '
              'task-uncovered is not annotated; region-only tasks (自治区 bodies lead, no county role) are mostly not taken up, and no county-level task was left out on purpose.')
}
# sanity: no line both expected and must-not-flag for the same rule+text
ek = {(x['rule'], x['line'], x.get('text')) for x in expect}
for x in M:
    assert (x['rule'], x['line'], x.get('text')) not in ek, x
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(C), len(L))
