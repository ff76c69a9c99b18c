#!/usr/bin/env python3
"""Builds key.json for blind637: every line number is found from a unique anchor in draft.txt."""
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def line(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits[0])
    return hits[0]

def e(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': line(anchor, text)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    e('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title'),
    e('deadline-invalid', '2．推进公共数据有序开放。', '6月31日',
      'impossible date: June has 30 days (2024年6月31日). The year itself is fine: task 41 (公共数据开放目录) 完成时限 2024年'),
    e('deadline-later-than-baseline', '7．推进适老化和信息无障碍建设。', '2025年底',
      'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责) 完成时限 2024年; the draft says 2025年底前'),
    e('unknown-unit', '2．加强经济运行监测。', '区经济和信息化局',
      'not in units.txt: the pre-reform name; the registry (and the rest of the draft, lines 25-26, 35, 87) has 区工业和信息化局 = 区工信局'),
    e('unknown-unit', '1．完善矛盾纠纷多元化解。', '自治区党委政法委',
      'a regional body named as the lead (牵头) of a district task; copied from task 77 (自治区党委政法委牵头). The district lead should be 区委政法委'),
    e('garbled-text', '3．推进业务专网整合。', '鐢靛瓙鏀垮姟澶栫綉鏁村悎',
      'UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 电子政务外网整合'),
]

M = []
def m(rule, anchor, why, text=None, **kw):
    M.append(e(rule, anchor, text, why, **kw))

# --- units: collectives, aliases, distribution, non-lead regional mentions
m('unknown-unit', '各镇人民政府、各街道办事处，区直各部门（单位）：', 'collective addressees (各镇人民政府, 各街道办事处, 区直各部门（单位）)', '各街道办事处')
m('unknown-unit', '1．压实安全管理责任。', 'collective subjects 区直各部门（单位） and 各镇（街道）', '各镇（街道）')
m('unknown-unit', '4．提升基层治理能力。', 'collective subject 各村（社区）', '各村（社区）')
m('unknown-unit', '5．推进数字乡村建设。', 'collective 区直有关部门; 镇北堡镇人民政府 and 兴泾镇人民政府 are in units.txt', '区直有关部门')
m('unknown-unit', '城市运行“一网统管”西夏分平台', 'collective 各街道办事处 in the table cell', '各街道办事处')
m('unknown-unit', '5	智慧社区建设试点', '文昌路街道办事处 and 宁华路街道办事处 are in units.txt', '文昌路街道办事处')
m('unknown-unit', '2．加强政务新媒体矩阵建设。', '区委宣传部、网信办: the 区委 prefix distributes, giving 区委网信办 (in units.txt)', '网信办')
m('unknown-unit', '1．推进智慧园区建设。', 'official short names in units.txt: 区工信局 (区工业和信息化局), 区商务投促局, 区发改局', '区商务投促局')
m('unknown-unit', '3．完善数字经济治理。', '西夏公安分局 is the registered short name of 银川市公安局西夏区分局', '西夏公安分局')
m('unknown-unit', '1．加强生态环境数字化监测。', '西夏生态环境分局 and 西夏自然资源分局 are registered short names of the city bureaus\' 西夏 branches', '西夏生态环境分局')
m('unknown-unit', '1．推进政务云迁移。', '自治区政府办公厅 is a known regional unit mentioned as the body the district liaises with (主动对接), not as the lead; the lead is 区大数据服务中心', '自治区政府办公厅')
m('unknown-unit', '（三）提升数字素养。', '宁夏大学 is a regional unit of the baseline (task 119) and only a partner here; 区委党校 is in units.txt', '宁夏大学')
m('unknown-unit', '2．推进“雪亮工程”。', 'two co-leads, 区委政法委 and 西夏公安分局, both in units.txt (the regional task 79 has 自治区党委政法委，公安厅)', '区委政法委')
m('unknown-unit', '2．推动“我的宁夏”应上尽上。', '区审批局 is the registered short name of 区审批服务管理局', '区审批局')
m('unknown-unit', '（一）指导思想。', '市委、区委 are mentioned as sources of 工作部署, not as responsible units (区委 is in units.txt anyway)', '市委')
# --- deadlines: equal, earlier, ongoing, copied, background, reporting
m('deadline-later-than-baseline', '2．推动企业上云用数。', 'task 2 完成时限 2023年启动，2024年取得明显成效; draft 2024年底前取得明显成效 is equal', '2024年底')
m('deadline-later-than-baseline', '1．推进公共服务数字化。', 'task 6 完成时限 持续推进，2025年取得明显成效; draft 2025年底前 is equal', '2025年底')
m('deadline-later-than-baseline', '2．深化智慧教育应用。', 'task 7 完成时限 2023年形成试点经验，2025年取得明显成效; draft 2024年9月底前 is earlier', '2024年9月')
m('deadline-later-than-baseline', '1．培育数据要素市场。', 'task 12 完成时限 2025年; draft 2025年底前 is equal', '2025年底')
m('deadline-later-than-baseline', '4．提高自主可控水平。', 'task 19 完成时限 2023年启动，2024年建成; draft 2024年底前 is equal', '2024年底')
m('deadline-later-than-baseline', '5．开展试点示范。', 'task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone (2025年取得明显成效) is equal; only the start (2024年启动, a district plan issued in 2024) differs', '2024年启动')
m('deadline-later-than-baseline', '1．压实安全管理责任。', 'tasks 14/15 完成时限 2023年; the draft gives no completion year (常态化推进, a standing duty after the regional milestone), so nothing is later')
m('deadline-later-than-baseline', '3．落实数据安全制度。', 'task 17 完成时限 2023年 (建立健全制度); the draft applies the existing rules with a recurring inspection (每年第四季度), not a later completion', '每年第四季度')
m('deadline-later-than-baseline', '2．提升安全防护能力。', 'task 18 完成时限 2023年形成机制，长期坚持, copied word for word: equal', '2023年形成机制')
m('deadline-invalid', '2．提升安全防护能力。', 'a copied regional deadline (task 18: 2023年形成机制，长期坚持) that lies before the plan\'s year is not invalid', '2023年')
m('deadline-later-than-baseline', '1．推进政务数据归集。', 'the measure takes up tasks 33/34 (基础库/主题库, 2024年); draft 2024年底前 is equal. "在区级政务数据“一本账”基础上" refers to the 2023 inventory (task 30) as done, not as a new deadline', '2024年底')
m('deadline-later-than-baseline', '2．推进电子政务外网延伸。', 'task 48 (and 47) 完成时限 2024年; draft 2024年9月底前 is earlier', '2024年9月')
m('deadline-later-than-baseline', '4．统筹视频资源共享。', 'task 49 完成时限 2025年; draft 2025年6月底前 is earlier', '2025年6月')
m('deadline-later-than-baseline', '5．推广电子证照和电子印章应用。', 'tasks 52 (2025年) and 53 (2024年); draft 2024年底前 is not later than either', '2024年底')
m('deadline-later-than-baseline', '1．健全组织机构。', 'task 64 (各地各部门参照自治区做法，成立相应的组织机构, 各市、县（区）负责) 完成时限 2025年; draft 2024年4月底前 is earlier. Task 60 (充实自治区领导小组, 自治区政府办公厅负责, 2023年) is the region\'s own group, not this one', '2024年4月')
m('deadline-later-than-baseline', '3．提升12345热线服务质效。', 'task 87 完成时限 2023年启动，2025年完成; draft 2024年底前 is earlier', '2024年底')
m('deadline-later-than-baseline', '1．加强生态环境数字化监测。', 'tasks 94 (2024年) and 95 (2025年); draft 2024年底前 is not later than either', '2024年底')
m('deadline-later-than-baseline', '3．推动基层减负。', 'task 106 完成时限 2025年; draft 2025年底前 is equal', '2025年底')
m('deadline-later-than-baseline', '6．提升机关事务管理水平。', 'task 111 完成时限 2025年; draft 2025年6月底前 is earlier', '2025年6月')
m('deadline-later-than-baseline', '2	镇村电子政务外网延伸工程', 'table row: task 48 完成时限 2024年; 2024年9月 is earlier', '2024年9月')
m('deadline-later-than-baseline', '3	社会治理综合指挥中心', 'table row: task 83 完成时限 2025年 (task 81 also 2025年); 2025年6月 is earlier', '2025年6月')
m('deadline-later-than-baseline', '到2024年底，区级数字政府建设工作体系', 'district 2024 goal: 信创云迁移 (task 43, 2024年建成) and 外网镇村全覆盖 (task 48, 2024年) are equal; it does not restate a regional 到2023年底 goal', '到2024年底')
m('deadline-later-than-baseline', '到2025年，全面融入自治区“34567”', 'regional goal 到2025年 “34567”体系框架全面成型; the district goal is equal', '到2025年')
m('deadline-invalid', '（二）工作基础。', 'past dates in the background (2023年, 2023年11月) describe work already done, not deadlines', '2023年11月')
m('deadline-invalid', '《西夏区2024年数字政府建设实施方案》已经', 'date of the 常务会议 that approved the plan, a past event in the issuing year', '2024年3月8日')
m('deadline-later-than-baseline', '（六）抓好调度落实。', 'the office\'s own reporting dates (每季度末月25日前, 2024年12月20日前), not task deadlines', '2024年12月20日')
# --- citations
m('basis-mismatch', '（二）工作基础。', 'retrospective mention of the 2020 工作要点 (宁政办发〔2020〕14号) in the background, not cited as a basis', '宁政办发〔2020〕14号')
m('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited with the same 文号 by the 吴忠 city plan; 国发〔2022〕14号 is also correct', '宁政办发〔2023〕11号')
# --- pillars
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '党的领导', 'why': 'section 七、保障措施 covers 组织领导 (line %d, 坚持党对数字政府建设工作的全面领导, 一把手工程), 财政投入, 数字素养, 考核评价 under a support-measures heading' % line('（一）加强组织领导。')})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一', 'why': 'section 四 (lines %d-%d) takes up 健全组织机构 and 厘清层级职责 for the district' % (line('四、健全“五个一”'), line('3．完善工作机制。'))})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '六级贯通', 'why': 'line %d 厘清层级职责 follows the 六级贯通 layering for 区、镇（街道）、村（社区）' % line('2．厘清层级职责。')})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': 'section 二（三） lines %d-%d (数据要素市场, 网络生态)' % (line('（三）营造良好数字生态。'), line('2．营造清朗网络生态。'))})

C = []
def c(task, anchor):
    C.append({'task': task, 'line': line(anchor)})
for t, a in [
    (2, '2．推动企业上云用数。'), (3, '1．推进智慧园区建设。'), (5, '3．完善数字经济治理。'),
    (6, '1．推进公共服务数字化。'), (7, '2．深化智慧教育应用。'), (8, '3．推进“互联网+医疗健康”。'),
    (9, '4．加快智慧城市建设。'), (10, '5．推进数字乡村建设。'), (12, '1．培育数据要素市场。'),
    (14, '1．压实安全管理责任。'), (15, '1．压实安全管理责任。'), (17, '3．落实数据安全制度。'),
    (18, '2．提升安全防护能力。'), (19, '4．提高自主可控水平。'), (21, '1．推动行政权力事项网上运行。'),
    (22, '2．强化审管协同。'), (23, '3．建立数字资源“一本账”。'), (28, '5．开展试点示范。'),
    (33, '1．推进政务数据归集。'), (34, '1．推进政务数据归集。'), (40, '3．加强电子公文管理。'),
    (41, '2．推进公共数据有序开放。'), (42, '4．促进数据融合应用。'), (43, '1．推进政务云迁移。'),
    (48, '2．推进电子政务外网延伸。'), (49, '4．统筹视频资源共享。'), (50, '3．推进业务专网整合。'),
    (52, '5．推广电子证照和电子印章应用。'), (56, '7．推进非税收入收缴电子化。'), (57, '6．推进信用信息共享。'),
    (64, '1．健全组织机构。'), (65, '1．加强经济数据汇聚。'), (66, '2．加强经济运行监测。'),
    (70, '1．推进信用风险分类监管。'), (71, '2．加强重点领域追溯监管。'), (73, '3．推进协同监管。'),
    (75, '4．强化新业态监管。'), (77, '1．完善矛盾纠纷多元化解。'), (79, '2．推进“雪亮工程”。'),
    (80, '3．推进“智慧应急”建设。'), (83, '4．提升基层治理能力。'), (84, '1．提升“一网通办”能力。'),
    (86, '2．推动“我的宁夏”应上尽上。'), (87, '3．提升12345热线服务质效。'), (88, '5．深化“证照分离”改革。'),
    (89, '4．优化涉企服务。'), (90, '6．推进公共场馆数字化。'), (93, '7．推进适老化和信息无障碍建设。'),
    (95, '1．加强生态环境数字化监测。'), (96, '3．推进智慧水务建设。'), (97, '2．提高自然资源利用效率。'),
    (102, '4．推动绿色低碳转型。'), (103, '1．提升辅助决策能力。'), (105, '2．提升行政执行能力。'),
    (106, '3．推动基层减负。'), (107, '4．整合视频会议系统。'), (109, '5．优化“互联网+督查”。'),
    (111, '6．提升机关事务管理水平。'), (112, '1．完善政务公开平台。'), (114, '2．加强政务新媒体矩阵建设。'),
    (115, '3．畅通政民互动渠道。'), (116, '（一）加强组织领导。'), (118, '（三）提升数字素养。'),
    (122, '（四）强化考核评价。'), (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。'),
    (25, '（二）加大财政投入。'), (53, '5．推广电子证照和电子印章应用。'), (54, '3．加强电子公文管理。'),
    (104, '2．提升行政执行能力。'),
]:
    c(t, a)

key = {
    'writer': 'blind writer, round 637; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
    'notes': ('西夏区 (银川市) 2024 annual 实施方案 from the district government office, no parent plan. '
              'Six planted slips: wrong 文号 for the regional 实施意见 (line %d), 2024年6月31日 (line %d), '
              'late 适老化 deadline (line %d, task 93), old unit name 区经济和信息化局 (line %d), regional body '
              'as lead of a district task (line %d), UTF-8-as-GBK mojibake (line %d). '
              'Section 七 is headed 保障措施 but carries the 党的领导 content. '
              'Judgement calls: lines %d/%d (tasks 14/15/17 due 2023 taken up with no completion year or a recurring '
              'schedule) and line %d (task 28: start 2024 vs 2023, completion 2025 equal) are treated as not late.')
             % (expect[0]['line'], expect[1]['line'], expect[2]['line'], expect[3]['line'], expect[4]['line'],
                expect[5]['line'], line('1．压实安全管理责任。'), line('3．落实数据安全制度。'), line('5．开展试点示范。')),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
