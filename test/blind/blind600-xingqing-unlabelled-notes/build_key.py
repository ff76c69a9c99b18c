#!/usr/bin/env python3
# Builds key.json from anchors, checking every line number against draft.txt (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]


def ln(anchor):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def entry(rule, anchor, text=None, why='', **extra):
    n = ln(anchor)
    e = {'rule': rule, 'line': n}
    if text is not None:
        assert text in lines[n - 1], (text, n)
        e['text'] = text
    e.update(extra)
    e['why'] = why
    return e


DL = 'deadline-later-than-baseline'
UU = 'unknown-unit'

expect = [
    entry('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政发〔2022〕17号',
          '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); 〔2022〕 is a wrong 文号 for that title'),
    entry(DL, '到2025年，自治区“34567”体系框架', '2026年底',
          'main-goal slip: the region sets 到2025年 for 基础设施集约完备、数据治理初见成效、政府数字化履职能力明显提升 (主要目标, 宁政发〔2023〕17号); the draft moves these same goals to 2026年底'),
    entry('garbled-text', '19．推动数据汇聚共享', '鎺ㄥ姩鏁版嵁',
          'UTF-8 bytes read as GBK: 鎺ㄥ姩鏁版嵁鎸夐渶鍥炴祦 = 推动数据按需回流'),
    entry(UU, '20．推进公共数据开放利用', '区大数据管理局',
          'unlabelled bracket names 区大数据管理局, which the district does not have (units.txt: 区大数据服务中心; the task table row 3 names it correctly)'),
    entry(DL, '22．提升网络支撑能力', '2025年6月底',
          'unlabelled bracket: task 48 (城域网升级改造, 区市县乡村5级全覆盖) 完成时限 2024年; also tasks 47 and 50 (专网整合迁移) 2024年; 2025年6月底前 is later'),
    entry('deadline-invalid', '40．推广协同办公和“宁政通”', '2024年11月31日',
          'impossible date: November has 30 days (tasks 104/105 are due 2024年, so the month itself is not late)'),
    entry(DL, '5\t完成政府网站、政务移动端、政务服务场所适老化', '2025年6月底',
          'task table row 5: task 93 (适老化与信息无障碍建设) 完成时限 2024年; the body (measure 36) says 2024年底前 but the table says 2025年6月底前'),
    {'rule': 'task-uncovered', 'line': 0, 'task': 114,
     'why': 'deliberately left out: 政务新媒体矩阵 (自治区各部门（单位）及各市、县（区）分别负责, 2024年); the 政务公开 part has 112, 113, 115 but no 政务新媒体'},
]

M = []
def nm(rule, anchor, text, why):
    M.append(entry(rule, anchor, text, why))

# basis / background
nm('basis-mismatch', '（二）工作基础', '宁政办发〔2020〕14号',
   'retrospective mention of the 2020 工作要点 in the background section, not cited as basis; title and 文号 belong together')
nm('basis-mismatch', '兴政办发〔2024〕21号', '兴政办发〔2024〕21号', 'the draft\'s own 文号 (印发通知), not a cited basis document')
nm('deadline-invalid', '（二）工作基础', '2023年底', 'past date in the background (截至2023年底 …), not a deadline')
nm('deadline-invalid', '2024年4月12日', '2024年4月12日', 'issue date of the document, not a deadline')
# main goals
nm(DL, '到2024年底，区级数字政府工作机制基本健全', '2024年底',
   'goal: 政务信创云 migration by 2024年底 equals tasks 19 (2023年启动，2024年建成) and 43 (2024年建成，持续推进); 掌上办/就近办 task 84 2024年; 宁政通 task 105 2024年')
nm(DL, '到2025年，自治区“34567”体系框架', '到2025年',
   'the first clause (“34567”体系框架全面落地、工作体制逐步健全、管理机制趋于成熟) keeps the region\'s 到2025年 — equal; only the 2026年底 clause is late')
nm(DL, '到2035年，与政府治理能力现代化', '2035年', 'equal to the region\'s 到2035年 goal')
# unlabelled brackets: collectives, short names, distribution
nm(UU, '1．加快“智慧园区”建设', '掌政镇', 'short name defined in units.txt (掌政镇人民政府 = 掌政镇); 大新镇 likewise')
nm(DL, '1．加快“智慧园区”建设', '2025年底前', 'task 3 完成时限 持续推进，2025年取得明显成效 — equal')
nm(UU, '2．推动商圈消费数字化', '区文旅局', 'short name defined in units.txt (区文化旅游体育广电局 = 区文旅局)')
nm(DL, '3．完善数字经济治理', '持续推进', 'task 5 完成时限 持续推进，2025年取得明显成效; an ongoing note with no later year')
nm(UU, '4．推进公共服务数字化', '人社局', 'prefix 区 distributes over the list: 区教育局、人社局、民政局、卫健局 = 区人社局, 区民政局, 区卫健局 (all in units.txt)')
nm(DL, '4．推进公共服务数字化', '2025年6月底前', 'task 6 完成时限 持续推进，2025年取得明显成效 — earlier')
nm(DL, '5．深化“互联网+医疗健康”应用', '2025年底前', 'task 8 完成时限 持续推进，2025年取得明显成效 — equal')
nm(UU, '6．推进智慧城市建设', '各街道办事处', 'collective subject in an unlabelled bracket')
nm(DL, '6．推进智慧城市建设', '2025年底前', 'task 9 完成时限 持续推进，2025年取得明显成效 — equal')
nm(UU, '7．推进数字乡村建设', '各乡镇人民政府', 'collective subject in an unlabelled bracket')
nm(DL, '7．推进数字乡村建设', '2025年底前', 'task 10 完成时限 持续推进，2025年取得明显成效 — equal')
nm(DL, '8．培育数据要素市场主体', '2025年底前', 'task 12 完成时限 2025年 — equal')
nm(UU, '10．压实安全管理责任', '区直各部门', 'collectives only (区直各部门、各乡镇人民政府、各街道办事处); bracket has no date (task 14, 2023年, is a standing duty)')
nm(UU, '11．落实安全制度要求', '（不含涉密系统）', 'bracket holds no body at all — a scope note')
nm(DL, '12．提升安全防护能力', '持续推进', 'task 18 完成时限 2023年形成机制，长期坚持 — the district keeps it going; no later year')
nm(UU, '12．提升安全防护能力', '区公安分局', 'short name defined in units.txt (银川市公安局兴庆区分局 = 区公安分局)')
nm(DL, '13．推进政务系统上云', '2024年10月底前', 'task 19 完成时限 2023年启动，2024年建成 (and task 43, 2024年建成) — earlier')
nm(DL, '14．推动行政权力事项网上运行', '年底前', '年底前 in a 2024 plan = 2024年底; task 21 完成时限 2024年 — equal')
nm(UU, '14．推动行政权力事项网上运行', '区审批局', 'short name defined in units.txt (区审批服务管理局 = 区审批局)')
nm(DL, '15．强化审管协同', '2025年6月底前', 'task 22 完成时限 2025年 — earlier')
nm(UU, '17．开展试点示范', '（试点）', 'bracket holds no body — a label on the measure')
nm(UU, '17．开展试点示范', '凤凰北街街道', 'short name defined in units.txt (凤凰北街街道办事处 = 凤凰北街街道)')
nm(DL, '17．开展试点示范', '2025年底前', 'task 28 完成时限 2023年启动，2025年取得明显成效 — equal')
nm(DL, '19．推动数据汇聚共享', '2024年底前', 'tasks 33/34 (基础库、主题库) 完成时限 2024年 — equal')
nm(UU, '19．推动数据汇聚共享', '区直有关部门', 'collective subject')
nm(DL, '20．推进公共数据开放利用', '2024年9月底前', 'tasks 41/42 完成时限 2024年 — earlier (the bracket\'s unit is the planted mistake, not its date)')
nm(UU, '21．规范电子公文和电子档案管理', '区委办', 'short name defined in units.txt (区委办公室 = 区委办); 区政府办 likewise')
nm(DL, '21．规范电子公文和电子档案管理', '2024年底前', 'tasks 40 and 54 完成时限 2024年 — equal')
nm(DL, '23．整合视频资源', '2025年底前', 'task 49 (视频一张网) 完成时限 2025年 — equal')
nm(DL, '24．推广共性应用', '2025年6月底前', 'tasks 52 (电子证照社会化场景) and 56 (非税收入收缴电子化) 完成时限 2025年 — earlier')
nm(DL, '25．推进信用信息共享', '2024年底前', 'task 57 完成时限 2024年 — equal')
nm(UU, '（一）健全组织机构。参照自治区做法', '（以下简称领导小组）', 'a definition bracket, not a responsible unit')
nm(DL, '（一）健全组织机构。参照自治区做法', '2024年6月底前', 'task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年 — earlier')
nm(UU, '（二）厘清层级职责', '各村（社区）', 'collectives with nested brackets (各乡镇（街道）、各村（社区）)')
nm(DL, '26．加强经济运行监测', '2025年底前', 'task 66 完成时限 2025年 — equal')
nm(DL, '27．推进精准监管', '年底前', '= 2024年底; task 70 完成时限 2024年 — equal')
nm(DL, '28．强化追溯监管', '2024年11月底前', 'task 71 完成时限 2024年 — earlier')
nm(DL, '29．提升矛盾纠纷化解能力', '2024年底前', 'task 77 完成时限 2024年 — equal')
nm(DL, '30．提升社会治安防控能力', '年底前', '= 2024年底; task 79 完成时限 2024年 — equal')
nm(DL, '31．推进“智慧应急”建设', '2024年底前', 'task 80 完成时限 2024年 — equal')
nm(UU, '32．提高基层治理能力', '各村（社区）', 'collective named with role word 配合 (contrast bracket: 区委政法委牵头 …配合)')
nm(DL, '32．提高基层治理能力', '2025年底前', 'task 83 完成时限 2025年 — equal')
nm(DL, '33．打造泛在可及的服务体系', '年底前', '（区审批局，年底前）= 2024年底; task 84 完成时限 2024年 — equal')
nm(UU, '34．迭代“我的宁夏”兴庆专区', '（含移动端、自助端）', 'bracket holds no body — a scope note')
nm(DL, '34．迭代“我的宁夏”兴庆专区', '2024年10月底前', 'task 86 完成时限 2024年 — earlier')
nm(DL, '35．提供优质便利的涉企服务', '2024年底前', 'task 89 完成时限 2024年 — equal (bracket with role words 牵头/配合)')
nm(DL, '36．推进场馆数字化和适老化建设', '2024年底前', 'tasks 90 and 93 完成时限 2024年 — equal (the table row for 93 is the late one)')
nm(DL, '37．提升生态环境智能感知能力', '2025年底前', 'task 95 完成时限 2025年 — equal')
nm(DL, '38．推进“互联网+城乡供水”', '2025年6月底前', 'task 96 完成时限 2025年 — earlier')
nm(DL, '39．提升辅助决策能力', '2024年底前', 'task 103 完成时限 2024年 — equal')
nm(DL, '41．推进基层减负', '2025年6月底前', 'task 106 完成时限 2025年 — earlier')
nm(DL, '42．整合视频会议和机关事务系统', '2025年底前', 'tasks 107 and 111 完成时限 2025年 — equal')
nm(DL, '43．提升政府信息公开水平', '2024年底前', 'tasks 112/113 完成时限 2024年 — equal')
nm(DL, '44．畅通政民互动渠道', '2024年12月底前', 'task 115 完成时限 2024年 — equal')
nm(DL, '（一）加强组织领导。各级党组织', '长期坚持', 'task 116 完成时限 2023年完成并长期坚持 — long-term, as the region')
nm(DL, '（三）提升数字素养', '长期坚持', 'task 118 完成时限 2023年完成并长期坚持 — long-term, as the region')
nm(DL, '（四）强化考核评价', '长期坚持', 'tasks 122/123 (2023年完成，长期坚持) and 124 (2023年形成机制，长期坚持) — long-term, as the region')
nm(DL, '（五）抓好督促落实', '2024年12月20日前', 'the office\'s own reporting dates (季度进展、年度总结), not task deadlines')
nm(UU, '（五）抓好督促落实', '领导小组办公室', 'reports go to the office of the leading group set up in 四(一) (housed in 区大数据服务中心); not a responsible unit of a task')
nm(DL, '1\t推动区直部门非涉密政务信息系统迁移', '2024年10月底前', 'table: task 19 完成时限 2024年建成 — earlier')
nm(DL, '3\t编制公共数据开放目录', '2024年9月底前', 'table: task 41 完成时限 2024年 — earlier')
nm(DL, '12\t成立区推进数字政府建设领导小组', '2024年6月底前', 'table: task 64 完成时限 2025年 — earlier')
nm(UU, '各乡镇人民政府、各街道办事处，区直各部门、各直属单位：', '各直属单位', 'addressee collectives of the 印发通知')
M = [m for m in M if m]

covers_spec = [
    (3, '1．加快“智慧园区”建设'), (5, '3．完善数字经济治理'), (6, '4．推进公共服务数字化'),
    (8, '5．深化“互联网+医疗健康”应用'), (9, '6．推进智慧城市建设'), (10, '7．推进数字乡村建设'),
    (12, '8．培育数据要素市场主体'), (14, '10．压实安全管理责任'), (17, '11．落实安全制度要求'),
    (18, '12．提升安全防护能力'), (19, '13．推进政务系统上云'), (21, '14．推动行政权力事项网上运行'),
    (22, '15．强化审管协同'), (24, '16．规范政务信息化项目管理'), (28, '17．开展试点示范'),
    (32, '18．健全数据管理机制'), (33, '19．推动数据汇聚共享'), (41, '20．推进公共数据开放利用'),
    (42, '20．推进公共数据开放利用'), (40, '21．规范电子公文和电子档案管理'), (54, '21．规范电子公文和电子档案管理'),
    (48, '22．提升网络支撑能力'), (50, '22．提升网络支撑能力'), (49, '23．整合视频资源'),
    (56, '24．推广共性应用'), (57, '25．推进信用信息共享'), (64, '（一）健全组织机构。参照自治区做法'),
    (66, '26．加强经济运行监测'), (70, '27．推进精准监管'), (71, '28．强化追溯监管'),
    (77, '29．提升矛盾纠纷化解能力'), (79, '30．提升社会治安防控能力'), (80, '31．推进“智慧应急”建设'),
    (83, '32．提高基层治理能力'), (84, '33．打造泛在可及的服务体系'), (86, '34．迭代“我的宁夏”兴庆专区'),
    (89, '35．提供优质便利的涉企服务'), (90, '36．推进场馆数字化和适老化建设'), (93, '36．推进场馆数字化和适老化建设'),
    (95, '37．提升生态环境智能感知能力'), (96, '38．推进“互联网+城乡供水”'), (103, '39．提升辅助决策能力'),
    (104, '40．推广协同办公和“宁政通”'), (105, '40．推广协同办公和“宁政通”'), (106, '41．推进基层减负'),
    (107, '42．整合视频会议和机关事务系统'), (111, '42．整合视频会议和机关事务系统'),
    (112, '43．提升政府信息公开水平'), (115, '44．畅通政民互动渠道'),
    (116, '（一）加强组织领导。各级党组织'), (118, '（三）提升数字素养'), (123, '（四）强化考核评价'),
]
covers = [{'task': t, 'line': ln(a)} for t, a in covers_spec]

key = {
    'writer': 'blind writer, round 600; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('兴庆区 (a district of 银川市) 2024 实施方案 checked against 宁政发〔2023〕17号 only (no parent plan). '
              'Measures end with unlabelled brackets （bodies，date） — no 责任单位/完成时限 labels and no role words, '
              'except measures 32 and 35 which use 牵头/配合 for contrast; the annex table states that the first-listed unit leads. '
              '年底前 without a year means 2024年底 (the plan year). Brackets such as （试点）, （不含涉密系统）, （含移动端、自助端）, '
              '（以下简称领导小组） hold no responsible body. Measures 10, 11, 16, 18 and 六(二) name bodies but no date '
              '(their regional tasks 14, 17, 24, 32, 25 were due 2023). Planted: wrong 文号 (line 9), late main goal (line 15), '
              'garbled run (line 44), wrong body in a bracket (line 45), late date in a bracket (line 48), impossible date (line 77), '
              'late date in the task table (line 96), task 114 left out.'),
}

json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('lines', len(lines), 'expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
