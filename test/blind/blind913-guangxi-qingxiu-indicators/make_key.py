# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]
def line_of(s, nth=1):
    hits = [i for i, l in enumerate(L, 1) if s in l]
    assert len(hits) >= nth, s
    return hits[nth - 1]

E_ = lambda rule, text, why, **kw: dict(rule=rule, line=line_of(kw.pop('anchor', text)), text=text, why=why, **kw)
expect = [
    E_('basis-mismatch', '桂政发〔2022〕13号',
       '广西 实施意见 (guangxi-2022) is 桂政发〔2022〕31号; the draft transposes the digits to 13号'),
    E_('unknown-unit', '区工商局',
       'not in units.txt; 工商局 was merged into 市场监督管理局 in the 2019 reform, should be 区市场监管局 (a regional-text copy slip)'),
    E_('deadline-later-than-baseline', '2026年底',
       'regional task 8 (持续优化12345政务服务便民热线平台, 热线归并, 与110/119/120联动) has 完成時限 2025年底; the district note says 2026年底',
       anchor='完成时限：2026年底'),
    E_('garbled-text', '鏁版嵁鍏变韩浜ゆ崲骞冲彴',
       'UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 数据共享交换平台'),
    E_('deadline-invalid', '2022年12月底前',
       'the plan is issued 2023-04-20 (planYear 2023); a completion deadline of 2022年12月底前 lies before the issuing year. Regional task 37 (电子政务外网, 业务专网整合迁移) has 完成時限 持续開展, so this is not a copied regional deadline',
       anchor='完成时限：2022年12月底前'),
    {'rule': 'missing-pillar', 'line': 0, 'pillar': '生态环境保护',
     'why': 'the draft has no content for 二（五）強化動態感知和立體防控，提升生態環境保護能力 (智慧环保, 自然资源一张图, 碳排放监测); section 三 of the draft runs 经济调节, 市场监管, 社会管理, 公共服务, 政务运行, 政务公开 with the numbering closed up'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 16, 'why': '生态环保协同治理 (生态环境厅, 林业局, 各市人民政府; 持续开展) deliberately left out with the pillar'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 17, 'why': '提高自然资源利用效率 (自然资源厅, 林业局, 各市人民政府; 持续开展) deliberately left out with the pillar'},
    {'rule': 'task-uncovered', 'line': 0, 'task': 18, 'why': '推动绿色低碳转型 (发展改革委, 生态环境厅, 林业局, 各市人民政府; 持续开展) deliberately left out with the pillar'},
]

M = lambda rule, text, why, anchor=None, nth=1: dict(rule=rule, line=line_of(anchor or text, nth), text=text, why=why)
mustNotFlag = [
    M('basis-mismatch', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见'),
    M('basis-mismatch', '青秀区数字政府建设三年行动方案（2020—2022年）', 'retrospective mention of the district\'s own earlier plan in the background section, not cited as a basis'),
    M('deadline-invalid', '2022年底前', 'background: the old plan\'s tasks were completed by end-2022; a past date in the 发展基础, not a deadline', anchor='已于2022年底前'),
    M('deadline-invalid', '2022年', 'background statistics for 2022', anchor='2022年，全区政务服务事项'),
    M('deadline-later-than-baseline', '到2025年', '主要目标 year equals the regional 主要目标 (到2025年…数字政府体系框架基本形成)', anchor='到2025年，与政府治理能力'),
    M('deadline-later-than-baseline', '——2023年', 'intermediate-year indicator target (annual milestone), not a deadline; earlier than the 2025 goal anyway'),
    M('deadline-later-than-baseline', '——2024年', 'intermediate-year indicator target, not a deadline; the 雪亮工程 part is regional task 5 (持续开展)'),
    M('deadline-later-than-baseline', '——2025年', '2025 target year incl. 12345热线 办结率; equal to task 8 (2025年底) and the regional 2025 goal'),
    M('deadline-later-than-baseline', '到2035年', 'equals the regional 2035 vision (到2035年…基本建成)'),
    M('deadline-invalid', '2023年、2024年', 'the office\'s explanation that the table\'s 2023/2024 columns are annual stage targets, not deadlines', anchor='表中2023年、2024年'),
    M('deadline-later-than-baseline', '2023年\t2024年\t2025年', 'indicator table header: year columns hold intermediate targets, not completion deadlines'),
    M('deadline-later-than-baseline', '97', '12345 indicator row: 2023/2024 values are intermediate targets; the late 12345 deadline is only in the measure note (2026年底)', anchor='12345热线工单按时办结率\t'),
    M('deadline-later-than-baseline', '100', '雪亮工程 row reaches 100% in the 2024 column: an intermediate target, not a deadline (task 5 持续开展)', anchor='“雪亮工程”视频监控行政村覆盖率'),
    M('unknown-unit', '区直各部门', 'collective subject (table responsibility cell)', anchor='区直部门政务数据共享目录编制率'),
    M('unknown-unit', '南宁市公安局青秀分局', 'listed in units.txt (vertically managed branch); must not be split at 南宁市 or treated as a city unit', anchor='“雪亮工程”视频监控行政村覆盖率'),
    M('unknown-unit', '各镇人民政府', 'collective subject (各…) in the indicator table', anchor='“雪亮工程”视频监控行政村覆盖率'),
    M('unknown-unit', '统计局', 'prefix 区 distributes over the list 区发展改革局、统计局、财政局 = 区统计局, 区财政局', anchor='区发展改革局、统计局、财政局'),
    M('unknown-unit', '各街道办事处', 'collective subject', anchor='区发展改革局、统计局、财政局'),
    M('unknown-unit', '区发改局', 'alias of 区发展改革局 in units.txt'),
    M('deadline-later-than-baseline', '2023年启动，2024年建成', 'task 1/41 (经济调节, 数字经济) are 持续开展; a dated local milestone is not later', anchor='楼宇经济服务平台'),
    M('deadline-later-than-baseline', '2025年底', 'equal to regional task 3 (一体化在线监管, 完成時限 2025年底)', anchor='深化“互联网+监管”'),
    M('unknown-unit', '各村（社区）', 'collective subject', anchor='推进智慧社区和智慧小区建设'),
    M('deadline-later-than-baseline', '2024年底', 'regional task 5 (社会治安防控智能化) is 持续开展; a dated local deadline is not later', anchor='推进社会治安防控体系智能化'),
    M('unknown-unit', '青秀区消防救援大队', 'listed in units.txt', anchor='推进智慧应急建设'),
    M('deadline-later-than-baseline', '2025年6月底前', 'earlier than regional task 9 (智桂通, 完成時限 2025年底)'),
    M('unknown-unit', '区大数据局', 'alias of 区大数据发展局 in units.txt'),
    M('deadline-later-than-baseline', '2023年启动，2024年建成', 'regional task 19 (辅助决策, 数字政府大脑) is 持续开展', anchor='提升辅助决策能力'),
    M('deadline-later-than-baseline', '2024年底', 'earlier than regional task 22 (政务公开, 完成時限 2025年底)', anchor='优化政策信息数字化发布'),
    M('deadline-later-than-baseline', '2025年底', 'equal to regional task 22 (完成時限 2025年底)', anchor='推动惠企政策精准推送'),
    M('deadline-invalid', '2023年底', 'in the plan\'s own issuing year, not before it; regional task 34 is 持续开展', anchor='编制区级政务数据目录'),
    M('deadline-invalid', '2023年底前', 'in the plan\'s own issuing year; task 36 (政务云) is 持续开展', anchor='按照南宁市政务云统一部署'),
    M('garbled-text', '4·27', 'genuine middle dot in the name of the 4·27 speech, not mojibake'),
    M('garbled-text', '天地图·广西', 'official platform name with a middle dot'),
    M('unknown-unit', '区数字政府建设领导小组办公室', 'prose in 保障措施 (the office this plan sets up under 健全推进机制, line 128), not a responsible-unit cell', anchor='报送区数字政府建设领导小组办公室'),
    M('deadline-invalid', '每年6月25日、12月25日前', 'the office\'s own recurring reporting dates, not task deadlines'),
    M('deadline-invalid', '2023年4月20日', 'issuing date of the plan'),
]

covers = [
    (1, '加强经济运行监测分析'), (2, '构建新型监管机制'), (3, '深化“互联网+监管”'), (4, '推进数字化网格治理'),
    (5, '推进社会治安防控体系智能化'), (6, '推进智慧应急建设'), (7, '深化“一网通办”'), (8, '优化12345热线服务'),
    (9, '推广“智桂通”应用'), (10, '推进智慧教育'), (11, '推进智慧人社'), (12, '推进智慧医疗'), (13, '推进智慧工地监管'),
    (14, '推进智慧体育'), (15, '推进智慧养老和信息无障碍'), (19, '提升辅助决策能力'), (20, '提升行政执行能力'),
    (21, '提升行政监督水平'), (22, '优化政策信息数字化发布'), (23, '健全安全工作协调机制'), (24, '落实数据安全保护制度'),
    (25, '压实数据安全监管责任'), (26, '强化安全技术防护'), (27, '推进安全可靠应用'), (28, '强化审管协同'),
    (29, '统筹政务信息化项目管理'), (30, '贯彻落实数字政府建设相关法规规章'), (31, '执行自治区、南宁市数字政府标准规范'),
    (32, '围绕基层治理、政务服务等重点领域开展应用创新'), (33, '明确区直部门数据归集'), (34, '编制区级政务数据目录'),
    (35, '按照自治区公共数据开放目录'), (36, '按照南宁市政务云统一部署'), (37, '推动电子政务外网向镇'),
    (38, '推广智能算法应用'), (39, '扩大电子证照和电子印章应用'), (41, '依托中国—东盟信息港建设'),
    (42, '推进智慧城市建设'), (43, '落实数据要素市场规则'),
]
covers = [{'task': t, 'line': line_of(a)} for t, a in covers]

for e in expect + mustNotFlag:
    if e['line']:
        assert e['text'] in L[e['line'] - 1], e

key = {
    'writer': 'blind writer, round 913; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'guangxi-2022',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2023,
    'expect': expect,
    'mustNotFlag': mustNotFlag,
    'covers': covers,
    'notes': ('Regional task numbers are the 43 inline (責任單位…完成時限…) notes of guangxi-2022-shishi-yijian.txt counted in order '
              '(1 = 经济调节 line 43 of the seed … 43 = 数字生态 line 187); 2025年底 tasks are 3, 8, 9, 22, all others 持续开展. '
              'Task 23 names no 各市人民政府. Task 40 (开放生态支撑平台) is not taken up and not annotated (information only). '
              'The draft is a district (青秀区, 南宁市) plan with no parent plan; units come from units.txt (prefix 区 distributes as 自治区 does). '
              'The 主要目标 ——2023年/——2024年 lines and the indicator table year columns are intermediate targets, not deadlines. '
              'The 12345 row of the table (2025 = 98%) is consistent with the region; only the measure note on the 12345 line says 2026年底.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mustNotFlag), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text', e.get('pillar', e.get('task'))))
