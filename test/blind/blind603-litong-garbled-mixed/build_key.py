#!/usr/bin/env python3
"""Writes key.json; every line number is looked up in the final draft.txt (1-based)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def ln(anchor, text=None):
    """Line of the only line containing `anchor` (and `text`, when given)."""
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l and (text is None or text in l)]
    assert len(hits) == 1, (anchor, text, hits)
    return hits[0]


def entry(rule, anchor, text=None, why='', **extra):
    e = {'rule': rule, 'line': ln(anchor, text)}
    if text is not None:
        assert text in LINES[e['line'] - 1], (anchor, text)
        e['text'] = text
    e.update(extra)
    e['why'] = why
    return e


DAMAGED_GBK = LINES[ln('摸清政务数据底数。') - 1][len('摸清政务数据底数。'):][:8]
DAMAGED_FFFD = LINES[ln('加强生态环境数字化监测。') - 1].split('监测网络，')[1][:8]
DAMAGED_LATIN1 = LINES[ln('ï¼ˆä¸‰ï¼‰') - 1][:6]
DAMAGED_PDF = '\x02\x02公平台' + '\u3000' * 8 + '\x03'

expect = [
    entry('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕17号',
          'the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued by the 自治区人民政府, not its office); '
          '宁政办发 is the office series (the same preamble correctly cites 宁政办发〔2023〕11号 for the 1244+N plan, which is where the slip came from)'),
    entry('garbled-text', 'ï¼ˆä¸‰ï¼‰', DAMAGED_LATIN1,
          'whole heading line is UTF-8 shown as Latin-1/windows-1252 mojibake; it was （三）营造良好数字生态'),
    entry('garbled-text', '摸清政务数据底数。', DAMAGED_GBK,
          'UTF-8 bytes read as GBK/GB18030 (no replacement marks): the run 寤虹珛…鏁帮紝 was 建立政务数据资源调查制度，全面摸清全区政务数据资源底数，'),
    entry('garbled-text', '加强生态环境数字化监测。', DAMAGED_FFFD,
          'GBK bytes read as UTF-8, leaving U+FFFD marks: the run was 强化大气、水、土壤、自然生态'),
    entry('garbled-text', '提升行政执行能力。', DAMAGED_PDF,
          'PDF copy damage inside a word (协同办公平台): stray control characters U+0002 U+0002 … U+0003 around a run of eight full-width spaces'),
    entry('deadline-later-than-baseline', '3★\t推进电子政务外网向村（社区）延伸', '2025年底前',
          'task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; the district row says 2025年底前 '
          '(its own 主要目标 on line 12 even says 到2024年底 三级全覆盖)'),
    entry('unknown-unit', '推动园区智慧化升级。', '区经信局',
          'not in units.txt; the district unit is 区工业信息化和商务局 (区工信商务局); 区经信局 is an outdated name, and it is named first (lead) of this task'),
]

mnf = [
    entry('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct 文号 of the national 指导意见'),
    entry('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕11号',
          '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan; a real extra basis document'),
    entry('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '吴忠市人民政府《关于加强数字政府建设的实施方案》',
          'the parent city plan cited by issuer and exact title, without 文号 (the city plan has none)'),
    entry('basis-mismatch', '自《宁夏回族自治区2020年“数字政府”建设工作要点》', '宁政办发〔2020〕14号',
          'retrospective mention in the 工作基础 background (印发以来), not cited as a basis; title and 文号 match'),
    entry('deadline-invalid', '自《宁夏回族自治区2020年“数字政府”建设工作要点》', '截至2023年底',
          'past date in the background section, a statement of fact, not a deadline'),
    entry('deadline-invalid', '【修改说明：', '2024年3月8日', "the drafting group's own editorial note about an earlier draft"),
    entry('deadline-later-than-baseline', '到2024年底，电子政务外网', '到2024年底',
          'goal: 三级全覆盖 by 2024 equals task 48 (2024年); IPv6 改造 by 2024 equals task 47 (2024年); 填表报数压减30% by 2024 is earlier than task 106 (50%, 2025年)'),
    entry('deadline-later-than-baseline', '到2025年，全区数字政府“1347”', '到2025年',
          'equal to the regional goal (到2025年 “34567”体系框架全面成型) and the 吴忠 goal (到2025年 “1347”体系框架全面成型)'),
    entry('deadline-later-than-baseline', '到2035年，与政府治理能力', '到2035年', 'equal to the regional and 吴忠 2035 goals'),
    entry('deadline-later-than-baseline', '（一）健全组织机构。', '2024年6月底前',
          'task 64 (各地各部门参照自治区做法成立相应组织机构; 各市、县（区）负责) 完成时限 2025年: earlier. Not task 60 (充实自治区领导小组, 自治区政府办公厅负责, 2023年), which is a regional-only task'),
    entry('unknown-unit', '（一）健全组织机构。', '各乡镇人民政府、街道办事处',
          'collective subject (各 distributes over 乡镇人民政府 and 街道办事处)'),
    entry('unknown-unit', '（三）完善工作机制。', '市大数据局',
          'alias of 市大数据管理服务局, listed in units.txt as an upper-level counterpart; and it is not a responsible unit here'),
    entry('deadline-later-than-baseline', '推动园区智慧化升级。', '持续推进，2025年取得明显成效',
          'task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal'),
    entry('unknown-unit', '推动园区智慧化升级。', '区发改局', 'alias of 区发展和改革局 in units.txt'),
    entry('deadline-later-than-baseline', '推进数字化服务普惠应用。', '持续推进，2025年取得明显成效',
          'task 6 持续推进，2025年取得明显成效 (also tasks 7 and 8, whose last milestone is 2025): equal'),
    entry('unknown-unit', '配合推进智慧城市建设。', '区城管局',
          'alias of 区城市管理局 in units.txt; the three 街道办事处 are listed by full name'),
    entry('deadline-later-than-baseline', '推进数字乡村建设。', '持续推进，2025年取得明显成效',
          'task 10 持续推进，2025年取得明显成效 (task 11: 2023年完成主要建设任务，2025年取得明显成效, completing milestone 2025): equal'),
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态',
     'why': 'the 数字生态 heading (line %d) is damaged, but the pillar is taken up by content on the next line (数据要素市场培育、政企数据融合开放、良好网络生态) and named in 指导思想 and the 三个驱动 lead-in' % ln('ï¼ˆä¸‰ï¼‰')},
    entry('unknown-unit', '强化安全管理责任。', '区直各部门（单位）、各乡镇（街道）', 'collective subjects'),
    entry('unknown-unit', '创新项目建设管理机制。', '区发展和改革局、财政局、审计局',
          'the prefix 区 distributes: 区财政局, 区审计局, both in units.txt'),
    entry('deadline-later-than-baseline', '推动行政权力网上运行。', '2024年底前', 'task 21 (行政权力事项网上运行) 完成时限 2024年: equal; task 22 (审管协同) is 2025年'),
    entry('deadline-later-than-baseline', '规范电子公文和电子档案管理。', '2024年', 'tasks 40 and 54 完成时限 2024年: equal'),
    entry('deadline-later-than-baseline', '推进地理信息共建共享。', '2024年', 'task 58 完成时限 2024年: equal'),
    entry('deadline-later-than-baseline', '推动监管智能化。', '2024年', 'tasks 70, 71 and 74 完成时限 2024年: equal'),
    entry('deadline-later-than-baseline', '加强生态环境数字化监测。', '2024年', 'task 94 完成时限 2024年 (task 95 2025年): equal'),
    entry('deadline-later-than-baseline', '建立数字资源“一本账”。', '2024年11月底前',
          'task 23 (全区一体化数字资源管理系统, “一本账”) 完成时限 2024年: earlier'),
    entry('garbled-text', '深化数据高效共享。', 'API', 'English abbreviation, not damage; ≥30个 is an ordinary symbol'),
    entry('deadline-later-than-baseline', '有序开放公共数据。', '2024年底前', 'tasks 41 and 42 完成时限 2024年: equal'),
    entry('garbled-text', '提升网络支撑能力。', 'IPv6', 'English abbreviations IPv6 and 5G, not damage'),
    entry('unknown-unit', '加强共性应用支撑。', '自治区党委政法委',
          'a regional body the district cooperates with (task 49 is led by 自治区党委政法委); it is not named as lead or responsible unit of a local task'),
    entry('unknown-unit', '推进地理信息共建共享。', '吴忠市自然资源局利通分局',
          'a single registered unit name; must not be split into 吴忠市自然资源局 + 利通分局'),
    entry('garbled-text', '推进地理信息共建共享。', 'GIS', 'English abbreviation, not damage'),
    entry('garbled-text', '依托自治区经济运行大数据平台', '①规上工业企业', 'circled numbers ①②③ are ordinary list markers; the line also opens with two full-width spaces (ordinary first-line indent)'),
    entry('unknown-unit', '依托自治区经济运行大数据平台', '区工信商务局', 'alias of 区工业信息化和商务局 in units.txt'),
    entry('unknown-unit', '提升社会治安防控能力。', '吴忠市公安局利通区分局', 'a single registered unit name; must not be split'),
    entry('deadline-later-than-baseline', '强化公共安全保障能力。', '2024年', 'task 80 (智慧应急) 完成时限 2024年: equal'),
    entry('unknown-unit', '提高基层社会治理能力。', '各村（社区）', 'collective subject (with 各乡镇（街道）)'),
    entry('deadline-later-than-baseline', '提高基层社会治理能力。', '2025年', 'task 83 (互联网+基层治理) 完成时限 2025年: equal'),
    entry('deadline-later-than-baseline', '打造泛在可及的服务体系。', '2024年底前', 'tasks 84 and 86 完成时限 2024年: equal'),
    entry('garbled-text', '提升智慧便捷的服务能力。', '≥95%', 'ordinary symbols ≥ ≤ %, not damage'),
    entry('deadline-invalid', '提升智慧便捷的服务能力。', '2024年3月12日', "an editor's dated comment inside the draft, not a deadline"),
    entry('deadline-later-than-baseline', '提供优质便利的涉企服务。', '2024年', 'tasks 88 and 89 完成时限 2024年: equal'),
    entry('garbled-text', '拓展公平普惠的民生服务。', '《寧夏府志》《靈州志蹟》',
          'traditional characters in the quoted titles of old gazetteers (乾隆《寧夏府志》, 嘉庆《靈州志蹟》), not mojibake'),
    entry('garbled-text', '拓展公平普惠的民生服务。', 'Litong Qu', 'pinyin and English on bilingual signage, not damage'),
    entry('deadline-later-than-baseline', '提高水资源利用效率。', '2025年', 'task 96 (互联网+城乡供水) 完成时限 2025年: equal'),
    entry('garbled-text', '提高自然资源数字化管理水平。', '牛首山、罗山', 'real place names, not damage'),
    entry('deadline-later-than-baseline', '提高自然资源数字化管理水平。', '2024年底前', 'tasks 97 and 98 完成时限 2024年: equal'),
    entry('deadline-later-than-baseline', '增强行政监督质效。', '长期推进，2024年取得明显成效', 'task 108 完成时限 长期推进，2024年取得明显成效: equal'),
    entry('deadline-later-than-baseline', '提升政府信息公开水平。', '2024年', 'tasks 112 and 113 完成时限 2024年: equal'),
    entry('deadline-invalid', '于每季度末月25日前', '2024年12月20日前',
          "the office's own reporting dates (quarterly progress, annual summary), not task deadlines"),
    entry('garbled-text', '说明：标注★的为', '★', 'ordinary marker symbol explained in the note'),
    entry('deadline-invalid', '2\t将数字政府建设纳入“一把手”工程', '2023年完成并长期坚持',
          'copied verbatim from task 116 (完成时限 2023年完成并长期坚持): equal to the region and ongoing, so not an invalid date although it lies before the plan year'),
    entry('deadline-later-than-baseline', '2\t将数字政府建设纳入“一把手”工程', '2023年完成并长期坚持', 'task 116 2023年完成并长期坚持: equal'),
    entry('deadline-later-than-baseline', '1★\t健全区、乡镇（街道）两级', '2024年6月底前', 'task 64 完成时限 2025年: earlier'),
    entry('deadline-later-than-baseline', '4\t完成区级电子政务外网骨干网络扩容', '2024年底前', 'task 47 (电子政务外网升级改造、骨干网扩容) 完成时限 2024年: equal'),
    entry('deadline-later-than-baseline', '5\t推动区直部门办公', '2024年9月底前', 'task 105 (宁政通) 完成时限 2024年: earlier'),
    entry('deadline-later-than-baseline', '6★\t依托“宁政通”推广应用填表报数系统', '2025年', 'task 106 (填表报数压减50%以上) 完成时限 2025年: equal'),
    entry('deadline-later-than-baseline', '7\t完成政府网站、政务服务场所适老化', '2024年10月底前', 'task 93 完成时限 2024年: earlier'),
    entry('deadline-later-than-baseline', '8\t推动矛盾纠纷多元化解', '2024年', 'task 77 完成时限 2024年: equal'),
    entry('deadline-later-than-baseline', '9\t推进“雪亮工程”', '2024年底前', 'task 79 完成时限 2024年: equal'),
    entry('deadline-later-than-baseline', '10★\t深化“互联网+城乡供水”', '2025年', 'task 96 完成时限 2025年: equal'),
    entry('deadline-later-than-baseline', '11\t构建以“利通发布”', '2024年', 'task 114 完成时限 2024年: equal'),
    entry('deadline-later-than-baseline', '12\t统筹整合非涉密视频会议', '2025年6月底前', 'task 107 完成时限 2025年: earlier'),
    {'rule': 'garbled-text', 'line': ln('\u3000\u3000坚持以习近平'), 'text': '\u3000\u3000',
     'why': 'two full-width spaces at the start of a paragraph are the ordinary first-line indent (also on the 工作基础 paragraphs and the 经济调节 paragraph), unlike the run inside 协同办公平台'},
]

covers_spec = [
    (3, '推动园区智慧化升级。'), (6, '推进数字化服务普惠应用。'), (9, '配合推进智慧城市建设。'),
    (10, '推进数字乡村建设。'), (14, '强化安全管理责任。'), (15, '强化安全管理责任。'),
    (17, '落实安全制度要求。'), (18, '提升安全防护能力。'), (21, '推动行政权力网上运行。'),
    (23, '建立数字资源“一本账”。'), (24, '创新项目建设管理机制。'), (28, '开展试点示范。'),
    (32, '健全政务数据管理机制。'), (36, '深化数据高效共享。'), (41, '有序开放公共数据。'),
    (42, '有序开放公共数据。'), (40, '规范电子公文和电子档案管理。'), (47, '4\t完成区级电子政务外网骨干网络扩容'),
    (48, '3★\t推进电子政务外网向村（社区）延伸'), (50, '提升网络支撑能力。'), (58, '推进地理信息共建共享。'),
    (64, '（一）健全组织机构。'), (66, '依托自治区经济运行大数据平台'), (68, '推动监管精准化、协同化。'),
    (71, '推动监管智能化。'), (74, '推动监管智能化。'), (77, '增强矛盾纠纷化解能力。'),
    (79, '提升社会治安防控能力。'), (80, '强化公共安全保障能力。'), (83, '提高基层社会治理能力。'),
    (84, '打造泛在可及的服务体系。'), (86, '打造泛在可及的服务体系。'), (89, '提供优质便利的涉企服务。'),
    (93, '拓展公平普惠的民生服务。'), (96, '提高水资源利用效率。'), (97, '提高自然资源数字化管理水平。'),
    (98, '提高自然资源数字化管理水平。'), (105, '5\t推动区直部门办公'), (106, '6★\t依托“宁政通”推广应用填表报数系统'),
    (107, '12\t统筹整合非涉密视频会议'), (108, '增强行政监督质效。'), (112, '提升政府信息公开水平。'),
    (114, '发挥政务新媒体传播优势。'), (115, '畅通政民互动渠道。'), (116, '（一）加强组织领导。'),
    (25, '（二）加大资金保障。'), (118, '（三）提升数字素养。'), (122, '（四）强化考核评价。'),
    (123, '（四）强化考核评价。'), (124, '（四）强化考核评价。'),
]
covers = [{'task': t, 'line': ln(a)} for t, a in covers_spec]

key = {
    'writer': 'blind writer, round 603; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': mnf,
    'covers': covers,
    'notes': (
        '利通区 2024 实施方案（送审稿）following the 吴忠 “1347” structure. Four damaged runs of different kinds: '
        'a whole heading line of Latin-1/windows-1252 mojibake (line %d, it was （三）营造良好数字生态; contains C1 controls U+0090/U+0081, NBSP and soft hyphen), '
        'UTF-8 read as GB18030 without replacement marks (line %d; includes one private-use character U+E1BF from the decode), '
        'GBK read as UTF-8 with U+FFFD marks (line %d), and a PDF-copy run of U+0002 U+0002 + eight U+3000 + U+0003 inside 协同办公平台 (line %d). '
        'Things that only look odd (traditional titles, IPv6/5G/GIS/API/APP/CIM, ①②③ ★ ≥ ≤ %%, Litong Qu, paragraph indents of two U+3000) are near misses. '
        'In this district document 全区 means 利通区, and 区直/区 refer to the district. Tasks the region dated 2023 are taken up without dates, except the copied row for task 116. '
        'draft.txt is produced by build_draft.py and key.json by build_key.py (line numbers looked up in the final draft).'
    ) % (ln('ï¼ˆä¸‰ï¼‰'), ln('摸清政务数据底数。'), ln('加强生态环境数字化监测。'), ln('提升行政执行能力。')),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
