#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is found by searching for its text,
# so the key stays exact if the draft is edited. Run: /usr/bin/python3 make_key.py
import json, os

here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def L(anchor, text=None):
    """1-based line of the single line containing anchor (and text, if given)."""
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l and (text is None or text in l)]
    assert len(hits) == 1, (anchor, text, hits)
    return hits[0]


def row(n):
    """line of project row n in the annexed table"""
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def E(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        assert line == 0 or text in lines[line - 1], (rule, line, text)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d


expect = [
    E('basis-mismatch', L('桂政发〔2022〕13号'), '桂政发〔2022〕13号',
      'the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; the two digits are transposed'),
    E('deadline-later-than-baseline', L('完成时限：2026年底'), '2026年底',
      'regional task 22 (优化政策信息数字化发布: 政府网站集约化平台、政策文件库、政务新媒体、政民互动) 完成時限 2025年底; '
      'the city note says 2026年底 (its own project row 24 even says 2023—2025年)'),
    E('deadline-invalid', L('2024年21月底前'), '21月',
      'impossible month: 2024年21月 (a slip for 2024年12月); task 12 (智慧医疗) is 持續開展, so it is not also a late deadline'),
    E('unknown-unit', row(4), '市食药监局',
      '食品药品监督管理局 was merged into 市场监管局 in the 2018-2019 institutional reform; not in units.txt (the row was copied from an old list)'),
    E('garbled-text', L('鍔犲己鏀垮姟鏁版嵁璧勬簮'), '鍔犲己鏀垮姟',
      'UTF-8 bytes read as GBK: 鍔犲己鏀垮姟鏁版嵁璧勬簮 = 加强政务数据资源'),
    E('missing-pillar', 0, None,
      'the draft has no 营造良好数字生态 content at all (数据要素市场规则、数据产权、数据交易场所、数据要素应用场景): section 七 stops after 数字经济 and 数字社会, '
      'and the 指导思想 and 主要目标 name only 数字经济、数字社会', pillar='数字生态'),
    E('task-uncovered', 0, None,
      'regional task 43 (营造良好数字生态, 责任单位 includes 各市人民政府) is deliberately left out', task=43),
]

M = lambda *a, **k: E(*a, **k)
mustNotFlag = [
    # deadlines: equal, earlier, ongoing, background, own reporting dates
    M('deadline-later-than-baseline', L('以一体化在线监管提升监管协同化水平'), '2025年底',
      'equal to task 3 (一体化在线监管) 完成時限 2025年底; the 2024年底前 milestone in the same line is earlier'),
    M('deadline-later-than-baseline', L('持续优化12345'), '2025年底',
      'equal to task 8 (12345热线) 完成時限 2025年底; 2024年6月底前 in the same line is earlier'),
    M('deadline-later-than-baseline', L('推广应用“智桂通”移动服务'), '2025年底',
      'task 9 (智桂通) 完成時限 2025年底: 2023年启动，2025年底完成 is equal'),
    M('deadline-later-than-baseline', L('到2025年，与政府治理能力'), '到2025年',
      'same year as the regional 主要目标 (到2025年 体系框架基本形成, 一体化政务服务和在线监管广泛普及)'),
    M('deadline-later-than-baseline', L('到2035年'), '到2035年',
      'same as the regional 到2035年 goal (数字政府基本建成)'),
    M('deadline-later-than-baseline', L('到2023年底，全市'), '到2023年底',
      'a local intermediate goal, earlier than any regional goal'),
    M('deadline-later-than-baseline', L('依托自治区数字政府一体安全平台'), '2025年底前',
      'task 26 (提升安全保障能力) is 持續開展 with no completing year; a finite local milestone is not later'),
    M('deadline-later-than-baseline', L('落实安全制度要求。') + 1, '长期坚持',
      'task 24 is 持續開展; 长期坚持 is the same ongoing form'),
    M('deadline-later-than-baseline', row(3), '2023—2025年',
      'project period of the 一体化在线监管 project ends within task 3 (2025年底)'),
    M('deadline-later-than-baseline', row(11), '2023—2024年',
      'project period of the 12345 project ends before task 8 (2025年底)'),
    M('deadline-later-than-baseline', row(12), '2023—2025年',
      'project period of the 智桂通 project ends within task 9 (2025年底)'),
    M('deadline-later-than-baseline', row(24), '2023—2025年',
      'project period of the 政策文件库 project ends within task 22 (2025年底); only the body note on the 政务公开 paragraph is late'),
    M('deadline-later-than-baseline', row(21), '2023—2025年',
      'project for task 19 (数字政府大脑), which is 持續開展: a finite period inside 2023—2025 is never later'),
    M('deadline-invalid', L('截至2022年底'), '2022年底',
      'background: past results (截至2022年底, 2022年底前已完成), not deadlines of this plan'),
    M('deadline-invalid', L('2023年9月底前'), '2023年9月底前',
      "the office's own reporting dates (2023年9月底前, 每年6月25日、12月20日前), in the issue year"),
    M('deadline-invalid', L('2023年7月14日'), '2023年7月14日', 'issue date of the notice'),
    # basis documents
    M('basis-mismatch', L('国发〔2022〕14号'), '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见'),
    M('basis-mismatch', L('三年行动方案（2020—2022年）'), '《玉林市数字政府建设三年行动方案（2020—2022年）》',
      'retrospective mention of the city\'s own earlier plan in 发展基础, not a basis document of this plan'),
    M('basis-mismatch', L('现将《玉林市加强数字政府建设实施方案》'), '《玉林市加强数字政府建设实施方案》',
      'the draft\'s own title in the cover notice'),
    M('basis-mismatch', L('玉政办发〔2023〕21号'), '玉政办发〔2023〕21号', 'the notice\'s own 文号, not a citation'),
    # units
    M('unknown-unit', L('推进数字化网格治理能力建设'), '各乡镇（街道）', 'collective subject'),
    M('unknown-unit', L('推进数字化网格治理能力建设'), '市中级人民法院', 'short name of 玉林市中级人民法院 in units.txt'),
    M('unknown-unit', L('推进数字化网格治理能力建设'), '市人民检察院', 'short name of 玉林市人民检察院 in units.txt'),
    M('unknown-unit', L('强化政府部门数据管理职责'), '市直各有关部门', 'collective subject'),
    M('unknown-unit', row(33), '各村（社区）', 'collective subject'),
    M('unknown-unit', L('推动各类经济数据分类分级整合'), '统计局',
      'the 市 prefix distributes: 市统计局 (and 市大数据发展局, 市工业和信息化局)'),
    M('unknown-unit', row(5), '市场监管局',
      'after the 市 prefix of 市发展改革委 this is 市市场监管局 (the prefix distributes; the name merely begins with 市)'),
    M('unknown-unit', L('拓展公平普惠的民生服务'), '市场监管局',
      'same: 市行政审批局、…、市场监管局 = 市市场监管局'),
    M('unknown-unit', row(11), '市大数据局', 'short name of 市大数据发展局 in units.txt'),
    M('unknown-unit', L('建立健全数字政府安全工作协调机制'), '国安办', '市委 prefix distributes: 市委国安办, in units.txt'),
    M('unknown-unit', L('建立健全数据分类分级保护'), '保密办', '市委 prefix distributes: 市委保密办, in units.txt'),
    M('unknown-unit', L('拓展公平普惠的民生服务'), '残联', '市 prefix distributes: 市残联, in units.txt'),
    M('unknown-unit', L('推进智慧应急建设'), '玉林市消防救援支队',
      'vertical unit listed in units.txt (also 玉林市气象局 in the same note)'),
    M('unknown-unit', L('支持北流市开展县域数字政府建设试点'), '北流市人民政府',
      'county-level city government, listed in units.txt; not to be split at 市'),
    M('unknown-unit', row(38), '玉东新区管委会', 'development zone committee listed in units.txt'),
    M('unknown-unit', row(43), '市委党校', 'listed in units.txt'),
    M('unknown-unit', L('依托自治区多云共治平台'), None,
      'regional platforms mentioned in prose (自治区多云共治平台, 自治区“互联网+监管”系统); no regional body is named as a responsible unit anywhere'),
    M('unknown-unit', L('重大事项及时向市委、市人民政府请示报告'), '市委',
      'the city leadership to which matters are reported, in prose; not a responsible unit'),
    # encoding
    M('garbled-text', L('视察广西“4·27”'), '“4·27”', 'ordinary middle dot in a proper name'),
    M('garbled-text', L('天地图·广西'), '“天地图·广西”', 'ordinary middle dot in a platform name'),
    M('garbled-text', L('中国—东盟信息港建设'), '中国—东盟', 'ordinary em dash'),
]

covers_map = {
    1: '推动各类经济数据分类分级整合', 2: '加强监管事项清单数字化管理', 3: '以一体化在线监管提升监管协同化水平',
    4: '推进数字化网格治理能力建设', 5: '推进社会治安防控体系智能化', 6: '推进智慧应急建设',
    7: '拓展公平普惠的民生服务', 8: '持续优化12345', 9: '推广应用“智桂通”移动服务',
    10: '推动智慧教育服务能力提升', 11: '推动智慧人社服务能力提升', 12: '推动智慧医疗服务能力提升',
    13: '推动智慧工地监管能力提升', 14: '推动智慧体育服务能力提升', 15: '推动智慧康养服务能力提升',
    16: '提升生态环保协同治理能力', 17: '提高自然资源利用效率', 18: '推动绿色低碳转型',
    19: '提升辅助决策能力', 20: '提升行政执行能力', 21: '提升行政监督水平',
    22: '持续优化全市政府网站集约化平台功能', 23: '建立健全数字政府安全工作协调机制',
    24: '建立健全数据分类分级保护', 25: '建立健全数据安全监管责任体系', 26: '依托自治区数字政府一体安全平台',
    27: '强化安全可靠技术和产品应用', 28: '推进体制机制改革与数字技术应用深度融合',
    29: '落实“四改四转”', 30: '落实数字政府建设相关法律法规', 31: '贯彻执行国家和自治区数字政府标准',
    32: '支持北流市开展县域数字政府建设试点', 33: '强化政府部门数据管理职责', 34: '建立全市标准统一、动态管理的政务数据目录',
    35: '编制公共数据开放目录及责任清单', 36: '依托自治区多云共治平台', 37: '推动电子政务外网向村（社区）延伸',
    38: '强化数据智能支撐能力'.replace('撐', '撑'), 39: '推进数字化共性应用集约建设', 41: '主动融入中国—东盟信息港建设',
    42: '推进智慧城市建设，加快推进城市运行',
}
covers = [{'task': t, 'line': L(a)} for t, a in sorted(covers_map.items())]

key = {
    'writer': 'blind writer, round 962; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-08',
    'draft': 'draft.txt',
    'baseline': 'guangxi-2022',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2023,
    'expect': expect,
    'mustNotFlag': mustNotFlag,
    'covers': covers,
    'notes': (
        'Task numbers are the 43 inline (責任單位…完成時限…) notes of guangxi-2022-shishi-yijian.txt counted in order '
        '(1 = 经济调节 at seed line 43 … 22 = 政务公开 at line 97 … 43 = 数字生态 at line 187); tasks 3, 8, 9 and 22 are due 2025年底, '
        'all others 持續開展. Task 40 (强化开放生态支撑能力) is also not taken up; it is not planted and is left out of expect. '
        'Task 23 names no 各市人民政府 but the draft covers it anyway. '
        'The annexed 重点项目清单 (lines %d-%d) gives 建设期限 within 2023—2025年 for every project; the 政务公开 body note (2026年底) '
        'contradicts its own project row 24 (2023—2025年). The draft states that the first-listed unit leads (line %d). '
        'The title of 桂政发〔2022〕31号 is not in the seed; the draft cites it as 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》.'
        % (row(1) - 1, row(43), L('排在第一位的为牵头单位'))
    ),
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(mustNotFlag), 'covers', len(covers), 'lines', len(lines))
