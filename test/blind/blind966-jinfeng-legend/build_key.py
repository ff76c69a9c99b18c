#!/usr/bin/env python3
"""Builds key.json for blind966 and checks every line number against draft.txt.
Each entry names the line by a substring (`at`) that must occur on exactly one line;
`text`, when given, must occur on that line too."""
import json

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def ln(at):
    hits = [i + 1 for i, l in enumerate(lines) if at in l]
    assert len(hits) == 1, (at, hits)
    return hits[0]

def e(rule, at, why, text=None, **kw):
    d = {'rule': rule, 'line': ln(at)}
    if text is not None:
        assert text in lines[d['line'] - 1], (text, d['line'])
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

G = '推动政策信息集成智能发布'.encode('utf-8').decode('gbk')

expect = [
    e('basis-mismatch', '关于加快推进数字政府建设的实施意见',
      '宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it as 加快推进 instead of 加强 (wrong title with the right 文号)',
      text='自治区人民政府关于加快推进数字政府建设的实施意见'),
    e('garbled-text', G[:6],
      'UTF-8 bytes of 推动政策信息集成智能发布 read as GBK (mojibake, no ? marker); re-encoding as GBK and decoding as UTF-8 recovers it',
      text=G[:6]),
    e('deadline-invalid', '2024年6月31日前',
      'impossible date: June has 30 days (row 20, task 47 电子政务外网升级改造, 完成时限 2024年; the year itself is not late)',
      text='2024年6月31日'),
    e('deadline-later-than-baseline', '39. 完成区政府网站',
      'row 39 takes up task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 自治区各部门(单位)及各市、县(区)按照职能分别负责), 完成时限 2024年; the draft gives 2025年6月底前',
      text='2025年6月底前'),
    e('unknown-unit', '区大数据管理服务局',
      'no such district body: not in units.txt and not among the short forms the line-10 note defines (the note maps 大数据中心 to 区大数据服务中心); looks copied from the city naming 市大数据管理服务局',
      text='区大数据管理服务局'),
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态',
     'why': 'section 二 announces the 三个驱动 but takes up only 数字经济 and 数字社会; nothing on 数据要素市场/数据交易/数据交易政策环境/网络生态 anywhere; 指导思想 also drops 打造良好数字生态'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 12,
     'why': 'task 12 (培育数据要素市场, 各市、县（区）配合) is left out with the whole 数字生态 pillar'},
]

U = 'unknown-unit'
D = 'deadline-later-than-baseline'
I = 'deadline-invalid'
B = 'basis-mismatch'
note = 'short form defined in the line-10 note (本方案所称…指…)'
mnf = [
    e(U, '1. 加快金凤工业集中区', note + ': 工信科技局 = 区工业信息化和科技局', text='工信科技局'),
    e(U, '1. 加快金凤工业集中区', note + ': 大数据中心 = 区大数据服务中心', text='大数据中心'),
    e(U, '1. 加快金凤工业集中区', 'in units.txt', text='金凤工业集中区管委会'),
    e(U, '2. 引导区内企业上云用云', note + ': 发改局 = 区发展和改革局', text='发改局'),
    e(U, '3. 强化政企协同', note + ': 市场监管分局 = 银川市市场监督管理局金凤区分局', text='市场监管分局'),
    e(U, '3. 强化政企协同', note + ': 公安分局 = 银川市公安局金凤区分局', text='公安分局'),
    e(U, '3. 强化政企协同', note + ': 网信办 = 区委网信办', text='网信办'),
    e(U, '4. 深入推进教育', note + ': 卫健局 = 区卫生健康局', text='卫健局'),
    e(U, '7. 配合银川市推进智慧城市建设', note + ': 住建交通局 = 区住房城乡建设和交通局', text='住建交通局'),
    e(U, '7. 配合银川市推进智慧城市建设', 'collective defined in the note: 各街镇 = 各街道办事处和良田镇、丰登镇人民政府', text='各街镇'),
    e(U, '8. 推进良田镇', note + ': 农水局 = 区农业农村和水务局', text='农水局'),
    e(U, '11. 推动各类行政权力事项', note + ': 审批局 = 区行政审批服务局', text='审批局'),
    e(U, '30. 加强和规范', note + ': 生态环境分局 = 银川市生态环境局金凤区分局', text='生态环境分局'),
    e(U, '专班办公室设在大数据中心', note + ' (body text)', text='大数据中心'),
    e(U, '各责任单位于每季度末月25日前', note + ' (body text)', text='大数据中心'),
    e(U, '9. 建立健全动态监控', 'collective subject', text='区直各部门'),
    e(U, '28. 推进企业信用风险', 'collective subject', text='区直有关部门'),
    e(U, '各街道办事处，良田镇人民政府', 'addressee line; collective plus two towns listed in units.txt', text='各街道办事处'),
    e(U, '各村（社区）基于上级平台', 'collective subject', text='各村（社区）'),
    e(U, '48. 将数字政府建设工作纳入', 'cell of collectives only (区直各部门、各街镇); the first-listed-leads note does not make a collective unknown', text='区直各部门、各街镇'),
    e(U, '积极争取自治区政府办公厅', 'regional body mentioned as the source of pilots, not named as lead or responsible unit of a local task', text='自治区政府办公厅'),
    e(U, '42. 推进水、气、土、废', 'in units.txt (city bureau branch in the district)', text='银川市自然资源局金凤分局'),
    e(B, '国发〔2022〕14号', 'correct title and 文号 of the national guiding opinion', text='国发〔2022〕14号'),
    e(B, '宁政办发〔2023〕11号', 'same title and 文号 the Wuzhong seed plan cites for 数字宁夏“1244+N”行动计划实施方案', text='宁政办发〔2023〕11号'),
    e(B, '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the 工作基础 background, not cited as a basis; title and 文号 match', text='宁政办发〔2020〕14号'),
    e(B, '银金政办发〔2024〕21号', "the notice's own 文号, not a basis citation", text='银金政办发〔2024〕21号'),
    e(I, '2022年建成区级数据共享交换节点', 'past dates in the 工作基础 background (2022年, 2023年底), not deadlines', text='2023年底'),
    e(I, '2024年3月18日', 'issuing date of the notice', text='2024年3月18日'),
    e(I, '9. 建立健全动态监控', 'copied regional deadline of task 18 (2023年形成机制，长期坚持) lying before the plan year; ongoing', text='2023年形成机制，长期坚持'),
    e(D, '9. 建立健全动态监控', 'equal to task 18 完成时限 2023年形成机制，长期坚持', text='2023年形成机制，长期坚持'),
    e(I, '48. 将数字政府建设工作纳入', 'copied regional deadline of task 116 (2023年完成并长期坚持) lying before the plan year', text='2023年完成并长期坚持'),
    e(D, '48. 将数字政府建设工作纳入', 'equal to task 116 完成时限 2023年完成并长期坚持', text='2023年完成并长期坚持'),
    e(D, '2024年12月10日前报送年度工作总结', "the office's own reporting dates (季度 and annual reports to 大数据中心), not task deadlines", text='2024年12月10日前'),
    e(D, '到2024年底，区、街镇', 'goal items match tasks 48 (2024年), 43 (2024年建成，持续推进) and 86 (2024年): equal', text='到2024年底'),
    e(D, '到2025年，全区数字政府建设体系框架全面成型', 'same year as the regional 主要目标 到2025年 “34567”体系框架全面成型', text='到2025年'),
    e(D, '到2035年，与政府治理能力现代化', 'same year as the regional 2035 goal', text='到2035年'),
    e(D, '1. 加快金凤工业集中区', 'task 3 完成时限 持续推进，2025年取得明显成效: equal', text='持续推进，2025年取得明显成效'),
    e(D, '2. 引导区内企业上云用云', 'task 2 完成时限 2023年启动，2024年取得明显成效: equal completing milestone', text='2024年取得明显成效'),
    e(D, '5. 深入应用国家智慧教育平台', 'task 7 完成时限 2023年形成试点经验，2025年取得明显成效: equal', text='2025年取得明显成效'),
    e(D, '10. 推动区本级政务信息系统', 'task 43 完成时限 2024年建成，持续推进 (and task 19 2023年启动，2024年建成): equal', text='2024年底前完成迁移，持续推进'),
    e(D, '12. 强化审管协同', 'task 22 完成时限 2025年: earlier', text='2024年'),
    e(D, '14. 围绕重点领域', 'task 28 完成时限 2023年启动，2025年取得明显成效: completing milestone equal', text='持续推进，2025年取得明显成效'),
    e(D, '17. 推进供水、供电', 'task 42 完成时限 2024年: 2024年9月底前 is earlier', text='2024年9月底前'),
    e(D, '19. 开展城域网升级改造', 'task 48 完成时限 2024年: 2024年10月底前 is earlier', text='2024年10月底前'),
    e(D, '22. 整合区内公共视频资源', 'task 49 完成时限 2025年: equal', text='2025年'),
    e(D, '23. 推动个人证照', 'task 52 完成时限 2025年: equal', text='2025年'),
    e(D, '26. 成立区数字政府建设工作专班', 'task 64 完成时限 2025年: 2024年6月底前 is earlier', text='2024年6月底前'),
    e(D, '27. 对接“三维一体”', 'task 66 完成时限 2025年: equal', text='2025年'),
    e(D, '34. 实施“互联网+基层治理”', 'task 83 完成时限 2025年: equal', text='2025年'),
    e(D, '37. 落实12345', 'task 87 完成时限 2023年启动，2025年完成 (and task 115 2024年): 2024年 is earlier/equal', text='2024年'),
    e(D, '40. 强化大气、水、土壤', 'task 95 完成时限 2025年 (task 94 2024年): 2024年 is earlier/equal', text='2024年'),
    e(D, '44. 推广应用全区统一的填表报数系统', 'task 106 完成时限 2025年: equal (the row\'s slip is its unit, not its date)', text='2025年'),
    e(D, '45. 整合机关事务管理信息系统', 'tasks 107 and 111 完成时限 2025年: equal', text='2025年'),
    e(D, '49. 把提高干部数字治理能力', 'task 118 完成时限 2023年完成并长期坚持; 长期坚持 gives no later milestone', text='长期坚持'),
    e(D, '50. 每年制定数字政府工作要点', 'task 121 完成时限 长期坚持: equal', text='长期坚持'),
]

cov = [(3, '1. 加快金凤工业集中区'), (2, '2. 引导区内企业上云用云'), (5, '3. 强化政企协同'),
       (6, '4. 深入推进教育'), (7, '5. 深入应用国家智慧教育平台'), (8, '6. 推进“互联网+医疗健康”应用'),
       (9, '7. 配合银川市推进智慧城市建设'), (10, '8. 推进良田镇'), (14, '强化安全管理责任。'),
       (18, '9. 建立健全动态监控'), (43, '10. 推动区本级政务信息系统'), (21, '11. 推动各类行政权力事项'),
       (22, '12. 强化审管协同'), (23, '13. 将本区数字政府领域'), (28, '14. 围绕重点领域'),
       (32, '完善数据管理机制。'), (33, '15. 推动本区政务数据按标准归集'), (34, '15. 推动本区政务数据按标准归集'),
       (41, '16. 编制本区公共数据开放目录'), (42, '17. 推进供水、供电'), (40, '18. 规范电子公文'),
       (48, '19. 开展城域网升级改造'), (47, '20. 配合推进电子政务外网升级改造'), (50, '21. 有序推进非涉密业务专网'),
       (49, '22. 整合区内公共视频资源'), (52, '23. 推动个人证照'), (56, '24. 推进非税收入收缴电子化'),
       (57, '25. 加强信用信息归集共享'), (64, '26. 成立区数字政府建设工作专班'), (66, '27. 对接“三维一体”'),
       (70, '28. 推进企业信用风险'), (71, '29. 对食品药品'), (74, '30. 加强和规范'),
       (77, '31. 完善矛盾纠纷'), (79, '32. 持续推进“雪亮工程”'), (80, '33. 推进“智慧应急”建设'),
       (83, '34. 实施“互联网+基层治理”'), (84, '35. 推进政务服务“网上办'), (86, '36. 丰富“我的宁夏”'),
       (87, '37. 落实12345'), (89, '38. 建设完善企业专属服务'), (93, '39. 完成区政府网站'),
       (95, '40. 强化大气、水、土壤'), (96, '41. 推进“互联网+城乡供水”'), (102, '42. 推进水、气、土、废'),
       (104, '43. 全面应用全区统一的协同办公平台'), (105, '43. 全面应用全区统一的协同办公平台'),
       (106, '44. 推广应用全区统一的填表报数系统'), (107, '45. 整合机关事务管理信息系统'),
       (111, '45. 整合机关事务管理信息系统'), (112, '46. 进一步完善各类政务公开'), (114, '47. 构建政务新媒体矩阵'),
       (116, '48. 将数字政府建设工作纳入'), (118, '49. 把提高干部数字治理能力'), (121, '50. 每年制定数字政府工作要点')]
covers = [{'task': t, 'line': ln(a)} for t, a in cov]

key = {
    'writer': 'blind writer, round 966; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-08',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': ('金凤区 (银川市) 2024 plan, issued 2024-03-18; no parent plan (no 银川 plan in the seeds). '
              'Line 10 is a definitions note: 大数据中心, 审批局, 发改局, 工信科技局, 住建交通局, 农水局, 卫健局, 网信办, '
              '公安分局, 市场监管分局, 生态环境分局 and the collective 各街镇 are defined there and deliberately NOT listed in '
              'units.txt, so resolving them needs the note; the note also says the first-listed unit of a task-list cell leads. '
              'In this draft 全区 means 金凤区 except where 自治区 is explicit. Two task-list rows (9, 48) copy 2023 regional '
              'deadlines into a 2024 plan on purpose (near misses). The draft never states a deadline for a regional task due 2023 '
              'other than those copies.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))
