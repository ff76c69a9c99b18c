#!/usr/bin/env python3
# Builds key.json from draft.txt: every entry is located by a unique anchor substring,
# and its `text` (if any) must occur on that same line. Run: python3 make_key.py
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES = LINES[:-1]


def line_of(anchor):
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l]
    if len(hits) != 1:
        sys.exit('anchor %r matched lines %r' % (anchor, hits))
    return hits[0]


def e(rule, anchor, why, text=None, **kw):
    n = line_of(anchor)
    if text is not None and text not in LINES[n - 1]:
        sys.exit('text %r not on line %d' % (text, n))
    d = {'rule': rule, 'line': n}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d


REF = '；条目编号（第几部分第几条）指广西实施意见正文，是对已在序言中引用的基础文件内部结构的引用，不是另一份文件的引用'

expect = [
    e('basis-mismatch', '（桂政发〔2022〕13号，以下简称自治区实施意见）',
      '广西壮族自治区人民政府关于加强数字政府建设的实施意见的文号是桂政发〔2022〕31号（附件注里也写作31号）；序言把31号误打为13号',
      text='桂政发〔2022〕13号'),
    e('deadline-later-than-baseline', '11.优化12345政务服务便民热线',
      'task 8（广西实施意见第二部分第（四）条“持续优化12345政务服务便民热线平台…”，完成时限：2025年底）；本地写成2026年底，晚于自治区',
      text='2026年底'),
    e('deadline-invalid', '41.推进政务信息系统迁移上云',
      '6月没有31日，不可能的日期（所在任务 task 36 完成时限：持续开展）',
      text='2024年6月31日'),
    e('unknown-unit', '38.提升数据共享实效',
      '玉林市没有“市大数据管理服务局”（那是吴忠市的机构名），units.txt 只有市大数据发展局 = 市大数据局；照抄他市方案的笔误',
      text='市大数据管理服务局'),
    e('garbled-text', '44.推进共性应用集约建设',
      '“推动电子证照扩大应用领域”的 UTF-8 字节被按 GBK 读出的乱码（按 GBK 重新编码、按 UTF-8 解码可恢复）',
      text='鎺ㄥ姩鐢靛瓙璇佺収'),
    {'rule': 'task-uncovered', 'line': 0, 'task': 13,
     'why': '有意遗漏：task 13 推动智慧工地监管能力提升（广西建筑工程智慧安全监管平台，责任单位含各市人民政府，完成时限：持续开展），方案第二部分第（四）条下从智慧康养直接跳过，全文无智慧工地/建筑施工安全监管内容'},
]

M = []
add = M.append
# --- basis-mismatch near misses: references to parts of the regional document, old documents
add(e('basis-mismatch', '（国发〔2022〕14号）', '国务院指导意见的标题与文号正确', text='国发〔2022〕14号'))
add(e('basis-mismatch', '本方案各项任务均对照自治区实施意见逐条分解',
      '“自治区实施意见”是序言定义的简称，说明括注体例，不是引用另一份文件' + REF, text='自治区实施意见'))
add(e('basis-mismatch', '近年来，我市认真落实《广西推进数字政府建设三年行动计划（2018—2020年）》',
      '发展现状中回顾已执行完毕的旧文件，不作为本方案的依据', text='广西推进数字政府建设三年行动计划（2018—2020年）'))
add(e('basis-mismatch', '近年来，我市认真落实《广西推进数字政府建设三年行动计划（2018—2020年）》',
      '回顾性提及自治区三年行动实施方案（真实文件名），不是依据文件', text='全面推进广西数字政府建设三年行动实施方案（2021—2023年）'))
add(e('basis-mismatch', '对照自治区实施意见八个部分逐条梳理',
      '提及基础文件的“八个部分”，广西实施意见正文确为八个部分' + REF, text='八个部分'))
add(e('basis-mismatch', '本部分落实自治区实施意见第二部分“构建协同高效的政府数字化履职能力体系”',
      '引号内是广西实施意见第二部分的标题，不是文件标题' + REF, text='第二部分“构建协同高效的政府数字化履职能力体系”'))
add(e('basis-mismatch', '1.加强经济运行监测预警。',
      '括注“落实自治区实施意见第二部分第（一）条”：task 1 正在第二部分第（一）条' + REF, text='落实自治区实施意见第二部分第（一）条'))
add(e('basis-mismatch', '7.推进智慧应急建设。',
      '括注“第二部分第（三）条”正确（task 6）' + REF, text='落实自治区实施意见第二部分第（三）条'))
add(e('basis-mismatch', '28.压实数据安全监管责任。',
      '括注“第三部分第（三）条”正确（task 25）' + REF, text='落实自治区实施意见第三部分第（三）条'))
add(e('basis-mismatch', '24.优化政策信息数字化发布。',
      '括注“第二部分第（七）条”正确（task 22）' + REF, text='落实自治区实施意见第二部分第（七）条'))
add(e('basis-mismatch', '50.培育数据要素市场。',
      '括注“第七部分第（三）条”正确（task 43）' + REF, text='落实自治区实施意见第七部分第（三）条'))
add(e('basis-mismatch', '本部分落实《实施意见》第五部分',
      '《实施意见》是序言已定义的基础文件简称，加书名号的部分引用，不是错误标题' + REF, text='《实施意见》第五部分'))
add(e('basis-mismatch', '本部分落实自治区实施意见第七部分第（一）至（三）条。',
      '条次区间引用，第七部分确有（一）至（三）条' + REF, text='第七部分第（一）至（三）条'))
add(e('basis-mismatch', '本部分落实自治区实施意见第八部分第（一）条至第（四）条。',
      '条次区间引用，第八部分确有（一）至（四）条' + REF, text='第八部分第（一）条至第（四）条'))
add(e('basis-mismatch', '对照自治区实施意见第一部分第（二）条确定的主要目标',
      '主要目标在广西实施意见第一部分第（二）条“总体要求”之下' + REF, text='第一部分第（二）条'))
add(e('basis-mismatch', '完成全市政务数据资源普查，形成政务数据“一本账”\t',
      '附件表“对应自治区实施意见条目”列只写部分和条次' + REF, text='第五部分第（一）条'))
add(e('basis-mismatch', '注：表中条目均指桂政发〔2022〕31号文件正文的部分和条次',
      '这里的文号是正确的（桂政发〔2022〕31号），只是说明条目编号的来源，不带标题也不是新的依据文件', text='桂政发〔2022〕31号'))
# --- deadline-later near misses
add(e('deadline-later-than-baseline', '到2024年底，全市数字政府统筹推进机制基本健全',
      '本地阶段性目标，早于自治区到2025年的目标；自治区没有对应的2024年目标', text='2024年底'))
add(e('deadline-later-than-baseline', '到2025年，与政府治理能力现代化相适应的数字政府体系框架基本形成',
      '与广西实施意见主要目标“到2025年…数字政府体系框架基本形成”同年', text='2025年'))
add(e('deadline-later-than-baseline', '到2035年，整体协同、敏捷高效',
      '与广西实施意见“到2035年…基本建成”同年', text='2035年'))
add(e('deadline-later-than-baseline', '4.以一体化在线监管提升监管协同化水平',
      'task 3（第二部分第（二）条 以一体化在线监管…，完成时限：2025年底）；本地2025年底，相等；行内2024年6月底前的节点更早', text='2025年底'))
add(e('deadline-later-than-baseline', '12.推广“智桂通”玉林专区',
      'task 9（第二部分第（四）条“智桂通”，完成时限：2025年底）；相等', text='2025年底'))
add(e('deadline-later-than-baseline', '24.优化政策信息数字化发布',
      'task 22（第二部分第（七）条，完成时限：2025年底）；相等', text='2025年底'))
add(e('deadline-later-than-baseline', '25.畅通政民互动渠道',
      'task 22（完成时限：2025年底）；本地2024年底，更早', text='2024年底'))
add(e('deadline-later-than-baseline', '42.完善电子政务外网',
      'task 37（第六部分第（二）条，完成时限：持续开展）；本地加了2024年底的IPv6改造节点并保持持续开展，不晚于自治区', text='2024年底'))
add(e('deadline-later-than-baseline', '“智桂通”玉林专区高频事项全部接入',
      '附件表行，task 9（完成时限：2025年底）；相等', text='2025年底'))
add(e('deadline-later-than-baseline', '一体化在线监管模式全面普及',
      '附件表行，task 3（完成时限：2025年底）；相等', text='2025年底'))
add(e('deadline-later-than-baseline', '政策文件库建成并动态更新',
      '附件表行，task 22（完成时限：2025年底）；相等', text='2025年底'))
add(e('deadline-later-than-baseline', '（三）总结评估阶段（2025年7月—12月）',
      '本方案自己的实施步骤，总结评估于2025年底前完成，与到2025年的目标相符', text='2025年7月—12月'))
# --- deadline-invalid near misses (past dates in background, own reporting dates)
add(e('deadline-invalid', '2020年建成市级政务云平台',
      '发展现状中的过去成绩，不是完成时限', text='2020年'))
add(e('deadline-invalid', '2022年全市依申请政务服务事项网上可办率',
      '发展现状中的过去成绩（2022年），不是完成时限', text='2022年'))
add(e('deadline-invalid', '市人民政府于2023年1月组建数字政府建设工作专班',
      '本年度已发生的事，不是完成时限', text='2023年1月'))
add(e('deadline-invalid', '2023年12月底前完成全市政务数据资源普查，形成政务数据“一本账”，建立健全',
      '方案年份（2023）内的节点，合法且早于自治区（task 33 持续开展）', text='2023年12月底'))
add(e('deadline-invalid', '于每年6月30日、12月10日前将工作进展情况报送',
      '本方案自己的报送日期（每年），不是任务时限', text='6月30日、12月10日'))
add(e('deadline-invalid', '（一）动员部署阶段（2023年6月底前）',
      '本方案自己的工作步骤，方案年份内', text='2023年6月底前'))
add(e('deadline-invalid', '深入贯彻落实习近平总书记视察广西“4·27”重要讲话',
      '“4·27”是讲话名称，不是日期', text='4·27'))
add(e('deadline-invalid', '11.优化12345政务服务便民热线',
      '12345、110、119、120、122 是热线号码，不是年份或日期', text='110、119、120、122'))
# --- unknown-unit near misses
add(e('unknown-unit', '1.加强经济运行监测预警。',
      '前缀“市”分配：统计局、大数据发展局、财政局 = 市统计局、市大数据发展局、市财政局，均在 units.txt', text='统计局'))
add(e('unknown-unit', '9.提升智慧便捷的服务能力。',
      '前缀“市”分配：“市场监管局”= 市市场监管局（不是自带“市”字的名称），金融办 = 市金融办', text='市场监管局'))
add(e('unknown-unit', '5.推进数字化网格治理和矛盾纠纷化解。',
      '市中级法院、市检察院是 units.txt 中玉林市中级人民法院、玉林市人民检察院的简称', text='市中级法院'))
add(e('unknown-unit', '5.推进数字化网格治理和矛盾纠纷化解。',
      '集体主体', text='各乡镇人民政府、各街道办事处'))
add(e('unknown-unit', '7.推进智慧应急建设。',
      '玉林市气象局、玉林市消防救援支队在 units.txt', text='玉林市消防救援支队'))
add(e('unknown-unit', '10.拓展公平普惠的民生服务。',
      '前缀分配：残联 = 市残联', text='残联'))
add(e('unknown-unit', '12.推广“智桂通”玉林专区',
      '集体主体', text='市直有关部门'))
add(e('unknown-unit', '26.建立全市数字政府安全工作协调机制。',
      '市委国安办在 units.txt；“市直各部门（单位）”是集体主体', text='市直各部门（单位）'))
add(e('unknown-unit', '27.健全数据分类分级保护和等级保护制度。',
      '市委保密办在 units.txt', text='市委保密办'))
add(e('unknown-unit', '44.推进共性应用集约建设',
      '玉林市税务局在 units.txt（国家税务总局玉林市税务局）', text='玉林市税务局'))
add(e('unknown-unit', '45.深化电子文件资源开发利用。',
      '市档案馆在 units.txt；大数据发展局 = 市大数据发展局', text='市档案馆'))
add(e('unknown-unit', '（二）健全推进机制。',
      '自治区大数据发展局是对接、争取支持的上级机关，不是本地任务的牵头单位', text='自治区大数据发展局'))
add(e('unknown-unit', '（三）提升数字素养。',
      '市委党校（市行政学院）在 units.txt；市人力资源社会保障局、大数据发展局前缀分配', text='市委党校'))
add(e('unknown-unit', '政务信息化项目统筹管理和绩效评估',
      '市发改委是 units.txt 中市发展改革委的简称', text='市发改委'))
# --- garbled-text near misses
add(e('garbled-text', '深入贯彻落实习近平总书记视察广西“4·27”重要讲话',
      '“4·27”中的间隔号是正常标点，不是乱码', text='4·27'))

covers_map = [
    ('1.加强经济运行监测预警。', 1), ('2.推动经济政策有效衔接。', 1), ('3.推进监管精准化。', 2),
    ('4.以一体化在线监管提升监管协同化水平', 3), ('5.推进数字化网格治理和矛盾纠纷化解。', 4),
    ('6.推进社会治安防控体系智能化。', 5), ('7.推进智慧应急建设。', 6), ('8.打造泛在可及的服务体系。', 7),
    ('9.提升智慧便捷的服务能力。', 7), ('10.拓展公平普惠的民生服务。', 7), ('11.优化12345政务服务便民热线', 8),
    ('12.推广“智桂通”玉林专区', 9), ('13.推动智慧教育服务能力提升。', 10), ('14.推动智慧人社服务能力提升。', 11),
    ('15.推动智慧医疗服务能力提升。', 12), ('16.推动智慧体育服务能力提升。', 14), ('17.推动智慧康养服务能力提升。', 15),
    ('18.提升生态环保协同治理能力。', 16), ('19.提高自然资源利用效率。', 17), ('20.推动绿色低碳转型。', 18),
    ('21.提升辅助决策能力。', 19), ('22.提升行政执行能力。', 20), ('23.提升行政监督水平。', 21),
    ('24.优化政策信息数字化发布', 22), ('25.畅通政民互动渠道', 22), ('26.建立全市数字政府安全工作协调机制。', 23),
    ('27.健全数据分类分级保护和等级保护制度。', 24), ('28.压实数据安全监管责任。', 25), ('29.提升安全技术防护能力。', 26),
    ('30.强化安全可靠技术和产品应用。', 27), ('31.推动政府履职更加协同高效。', 28), ('32.加强政务信息化项目统筹管理。', 29),
    ('33.做好数字政府建设经费保障。', 29), ('34.推进数字法治政府建设。', 30), ('35.推进数字政府标准化建设。', 31),
    ('36.开展数字政府试点示范。', 32), ('37.强化政务数据管理。', 33), ('38.提升数据共享实效', 34),
    ('39.推动数据回流赋能基层。', 34), ('40.推动公共数据开放和开发利用。', 35), ('41.推进政务信息系统迁移上云', 36),
    ('42.完善电子政务外网', 37), ('43.推广应用数据智能支撑能力。', 38), ('44.推进共性应用集约建设', 39),
    ('45.深化电子文件资源开发利用。', 39), ('46.强化开放生态支撑。', 40), ('47.以数字政府建设牵引数字经济发展。', 41),
    ('48.推进智慧城市建设。', 42), ('49.推进数字乡村建设。', 42), ('50.培育数据要素市场。', 43),
]
covers = [{'task': t, 'line': line_of(a)} for a, t in covers_map]

key = {
    'writer': 'blind writer, round 880; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'guangxi-2022',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2023,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('玉林市 2023 年实施方案征求意见稿，结构逐部分对应广西实施意见（桂政发〔2022〕31号）八个部分；'
              '每项措施的括注写明所落实的“自治区实施意见第X部分第（X）条”、责任单位（排第一位的为牵头单位，'
              '按广西写法用逗号分组、组内前缀“市”分配）和完成时限。'
              'Task numbers: the guangxi-2022 seed has no numbered task list; tasks are numbered 1-43 in document '
              'order of the inline (責任單位…。完成時限…) notes (task 3 = 一体化在线监管 2025年底, task 8 = 12345热线 2025年底, '
              'task 9 = 智桂通 2025年底, task 22 = 政务公开 2025年底; all others 持续开展; task 23 安全管理责任 has no 各市人民政府). '
              'Task 13 (智慧工地) is deliberately left out; every other task is covered. All eight parts (七个能力、四个支撑、三个驱动、党的领导) are present, so no missing-pillar is expected. '
              'line 3 cites the regional document with 13号; line 135 (附件注) gives the right 31号.'),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('lines', len(LINES), 'expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers),
      'tasks covered', len(set(c['task'] for c in covers)))
