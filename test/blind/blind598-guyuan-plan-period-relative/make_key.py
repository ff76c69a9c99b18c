#!/usr/bin/env python3
"""Builds key.json for blind598: every line number is found from a snippet of draft.txt (1-based)
and checked to be unique; every `text` is checked to occur on its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def L(snippet):
    hits = [i + 1 for i, l in enumerate(lines) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]

def row(n):
    """line of task-list row n (first cell == n)"""
    hits = [i + 1 for i, l in enumerate(lines) if l.split('\t')[0] == str(n) and '\t' in l]
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

P = '实施期2024年1月至2026年12月（第10行），2024年为实施第一年、2025年为第二年、2026年为第三年；'

expect = [
    E('basis-mismatch', L('（宁政办发〔2023〕17号）'), '宁政办发〔2023〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》的文号是宁政发〔2023〕17号；宁政办发〔2023〕17号不属于这个标题（第11行背景中又写对了，属笔误式错号）'),
    E('deadline-later-than-baseline', L('2026年6月底前建成全市统一的视频共享平台'), '2026年6月底前',
      '普通日期形式。句子对应自治区任务49（建设全区统一的视频共享平台，“视频一张网”），完成时限2025年；2026年6月晚于2025年'),
    E('unknown-unit', row(4), '市网信局',
      'units.txt 没有“市网信局”（固原的机构是市委网信办，简称只登记了“市委网络安全和信息化委员会办公室”）；作为牵头单位出现在任务清单第4行'),
    E('deadline-later-than-baseline', row(10), '第二年底前',
      P + '“第二年底前”读作2025年12月底。该行对应自治区任务41（编制公共数据开放目录及责任清单，分类分级开放公共数据），完成时限2024年；2025年底晚于2024年'),
    E('deadline-later-than-baseline', row(21), '实施期末',
      P + '“实施期末”读作2026年12月底。该行对应自治区任务83（“互联网+基层治理”行动，新型基层管理服务平台，市县具体负责），完成时限2025年；2026年底晚于2025年'),
    E('deadline-invalid', row(29), '20225年',
      '不可能的年份（应为2025年6月底前，多打一个2）。该行对应自治区任务106（填表报数系统，压减50%以上），完成时限2025年；按原意2025年6月并不晚，所以只是无效日期，不另计晚于基线'),
    E('task-uncovered', 0, task=114,
      why='自治区任务114（构建政务新媒体矩阵体系，各市、县（区）分别负责，2024年）在正文和清单中都被有意略去，全文没有“新媒体”'),
]

NF = [
    # basis documents
    E('basis-mismatch', L('固政办发〔2024〕5号'), '固政办发〔2024〕5号', '本文件自己的发文字号，不是引用的依据文件'),
    E('basis-mismatch', L('宁政办发〔2020〕14号'), '宁政办发〔2020〕14号',
      '背景段对2020年工作要点的回顾性提及，标题与文号相符，不作为本方案的制定依据'),
    E('basis-mismatch', L('和宁政发〔2023〕17号文件部署'), '宁政发〔2023〕17号', '正确的文号（背景段简称引用）'),
    E('basis-mismatch', 8, '固原市数字政府建设三年行动方案', '本文件自己的标题；“行动方案”是本文件的文种，不是对自治区实施意见标题的错引'),
    # the period itself, phases, own reporting dates
    E('deadline-later-than-baseline', 1, '2024—2026年', '标题中的实施期，不是任务时限'),
    E('deadline-later-than-baseline', 8, '2024—2026年', '标题中的实施期，不是任务时限'),
    E('deadline-later-than-baseline', L('本方案实施期为2024年1月至2026年12月'), '2026年12月', '方案的实施期本身，不是任务完成时限'),
    E('deadline-later-than-baseline', L('固原市数字政府建设重点任务清单（2024—2026年）'), '2024—2026年', '附件清单标题中的实施期'),
    E('deadline-later-than-baseline', L('需在实施期内集中攻坚'), '实施期内', '背景段的泛泛表述，不对应任何任务'),
    E('deadline-invalid', L('需在实施期内集中攻坚'), '2023年', '背景段回顾2023年已完成的工作，是过去的事实，不是时限'),
    E('deadline-later-than-baseline', L('全面推进阶段（2024年4月至2025年12月）'), '2025年12月', '实施步骤的阶段划分，不是具体任务时限'),
    E('deadline-later-than-baseline', L('巩固提升阶段（2026年1月至12月）'), '实施期末',
      '实施步骤：第三阶段（2026年）和实施期末的总结评估是市数字政府办自己的评估报告时间，不对应自治区任务'),
    E('deadline-later-than-baseline', L('6月25日、12月15日前'), '12月15日', '牵头单位向市数字政府办报送进展的例行报告日期'),
    # goals
    E('deadline-later-than-baseline', L('实施第一年内，电子政务外网实现'), '实施第一年内',
      P + '“实施第一年内”=2024年底。所列目标对应任务48（城域网5级全覆盖，2024年）、43（信创云，2024年建成）、37（实时交换，2024年）、86（“我的宁夏”应上尽上，2024年），均相等'),
    E('deadline-later-than-baseline', L('第二年底前，全市数字政府建设体系框架全面成型'), '第二年底前',
      P + '“第二年底前”=2025年底，与自治区主要目标“到2025年……体系框架全面成型”相同'),
    E('deadline-later-than-baseline', L('实施期末，本方案确定的各项任务全面完成'), '实施期末',
      '实施期末（2026年底）的收尾目标：巩固深化、形成固原经验，自治区没有对应的同一目标（其2025年目标“框架全面成型”已在上一行按2025年写明）'),
    # relative limits that keep to the region
    E('deadline-later-than-baseline', row(1), '第二年底前',
      P + '“持续推进，第二年底前取得明显成效”=2025年；任务10（数字乡村）为“持续推进，2025年取得明显成效”，相等'),
    E('deadline-later-than-baseline', row(2), '2025年', '任务9（智慧城市，“一网统管”）“持续推进，2025年取得明显成效”，相等'),
    E('deadline-later-than-baseline', row(3), '2025年', '任务3（智慧园区）“持续推进，2025年取得明显成效”，相等'),
    E('deadline-later-than-baseline', row(4), '长期坚持', '任务18“2023年形成机制，长期坚持”；本地写长期坚持，无更晚的年份'),
    E('deadline-later-than-baseline', row(5), '实施第一年内', P + '“实施第一年内”=2024年底；任务21完成时限2024年，相等'),
    E('deadline-later-than-baseline', row(6), '行动期前半程',
      P + '“行动期前半程”=2024年1月至2025年6月，即2025年6月前；任务22（审管协同）完成时限2025年，更早'),
    E('deadline-later-than-baseline', row(7), '2024年底前', '任务33、34（基础库、主题库）完成时限2024年，相等'),
    E('deadline-later-than-baseline', row(8), '方案实施后6个月内',
      P + '方案2024年1月起实施（1月26日印发），6个月内即2024年6、7月；任务37（实时交换系统）完成时限2024年，更早'),
    E('deadline-later-than-baseline', row(9), '2024年10月底前', '任务39（一应用一数仓）完成时限2024年，更早'),
    E('deadline-later-than-baseline', row(12), '2024年底前', '任务43“2024年建成，持续推进”，相等'),
    E('deadline-later-than-baseline', row(13), '实施第一年内', P + '=2024年底；任务48（城域网、5级全覆盖）完成时限2024年，相等'),
    E('deadline-later-than-baseline', row(16), '2024年3月底前', '任务64（各地参照成立组织机构）完成时限2025年，更早'),
    E('deadline-later-than-baseline', row(17), '第二年底前', P + '=2025年底；任务66（经济运行大数据平台）完成时限2025年，相等'),
    E('deadline-later-than-baseline', row(20), '实施第一年内', P + '=2024年底；任务79（雪亮工程）完成时限2024年，相等'),
    E('deadline-later-than-baseline', row(23), '实施第一年内', P + '=2024年底；任务86（“我的宁夏”）完成时限2024年，相等'),
    E('deadline-later-than-baseline', row(24), '第二年底前', P + '=2025年底；任务87（12345）“2023年启动，2025年完成”，相等'),
    E('deadline-later-than-baseline', row(27), '2025年6月底前', '任务96（互联网+城乡供水）完成时限2025年，更早'),
    E('deadline-later-than-baseline', row(30), '实施第一年内',
      P + '“持续推进，实施第一年内取得明显成效”=2024年；任务108“长期推进，2024年取得明显成效”，相等'),
    E('deadline-later-than-baseline', row(34), '长期坚持', '任务116“2023年完成并长期坚持”；本地写长期坚持，无更晚的年份'),
    E('deadline-later-than-baseline', row(35), '实施期内每年',
      '任务121完成时限“长期坚持”，没有年份；“实施期内每年”是每年一次的持续性安排，不晚于长期坚持'),
    E('deadline-later-than-baseline', row(36), '长期坚持', '任务124“2023年形成机制，长期坚持”，本地长期坚持'),
    # units: collectives, aliases, prefix distribution
    E('unknown-unit', row(1), '各县（区）人民政府', '集体主语'),
    E('unknown-unit', row(1), '市直有关部门', '集体主语'),
    E('unknown-unit', row(5), '市直各部门（单位）', '集体主语'),
    E('unknown-unit', row(13), '各乡镇（街道）', '集体主语'),
    E('unknown-unit', row(16), '各县（区）人民政府', '集体主语，作为唯一责任主体'),
    E('unknown-unit', row(5), '市审批局', 'units.txt 中 市审批服务管理局 的简称'),
    E('unknown-unit', row(15), '市发改委', 'units.txt 中 市发展改革委 的简称'),
    E('unknown-unit', row(3), '固原经开区管委会', 'units.txt 中 固原经济技术开发区管委会 的简称'),
    E('unknown-unit', row(31), '市机关事务局', 'units.txt 中 市机关事务管理局 的简称'),
    E('unknown-unit', row(36), '市数字政府办', 'units.txt 中 市数字政府建设领导小组办公室 的简称'),
    E('unknown-unit', row(2), '工业和信息化局', '前缀“市”分配：市发展改革委、工业和信息化局、公安局、自然资源局 = 市工业和信息化局等，均在 units.txt'),
    E('unknown-unit', row(7), '市场监管局', '前缀“市”分配：市人社局、市场监管局 = 市市场监管局（在 units.txt），不是没有前缀的“市场监管局”'),
    E('unknown-unit', row(2), '原州区人民政府', 'units.txt 所列县区政府'),
    E('unknown-unit', L('充实调整市数字政府建设领导小组'), '市数字政府建设领导小组', 'units.txt 所列议事协调机构'),
]

covers_spec = [
    (1, L('主动融入全国一体化算力网络国家枢纽节点宁夏枢纽建设')),
    (2, L('按需接入自治区产业云')),
    (3, row(3)), (5, L('强化政企协同、部门协同、社会共治的监管和治理机制')),
    (6, L('推动数字技术与传统公共事业融合')), (8, L('深化“互联网+医疗健康”应用')),
    (9, row(2)), (10, row(1)), (11, L('积极参与“数字供销”国家级示范区建设')),
    (12, L('引进和培育本地数据要素市场主体')), (13, L('落实数据交易主体市场准入')),
    (14, L('强化安全管理责任。')), (15, L('强化安全管理责任。')), (17, L('落实安全制度要求。')),
    (18, row(4)), (20, L('以数字化改革助力政府职能转变。全面梳理')), (21, row(5)), (22, row(6)),
    (23, L('配合建设全区一体化数字资源管理系统')), (24, L('完善政务信息化建设管理会商机制')),
    (25, L('（二）加大财政投入。')), (28, L('开展试点示范。')),
    (30, L('全面摸清全市政务数据资源底数')), (32, L('明确本地本部门数据管理机构')),
    (33, row(7)), (34, row(7)), (36, L('建立健全政务数据供需对接机制')), (37, row(8)), (39, row(9)),
    (41, row(10)), (42, row(11)), (43, row(12)), (45, L('将全市行业云纳入全区一体化政务云平台统一管理')),
    (47, L('配合推进电子政务外网升级改造')), (48, row(13)), (49, L('2026年6月底前建成全市统一的视频共享平台')),
    (50, L('有序推进非涉密业务专网向电子政务外网整合迁移')), (51, L('推广应用全区统一身份认证体系')),
    (52, L('推动电子证照在政务服务和就医上学')), (54, row(14)), (57, row(15)), (58, L('用好全区统一的“底板底图”')),
    (64, row(16)), (66, row(17)), (67, L('用好自治区规划综合管理信息平台')), (68, L('推行“照单监管”')),
    (70, L('实施“双随机、一公开”差异化监管')), (71, row(18)), (72, L('推进本行业领域监管系统与宁夏“互联网+监管”系统对接')),
    (77, row(19)), (79, row(20)), (80, L('加快推进“智慧应急”建设')), (83, row(21)), (84, row(22)),
    (85, L('全面推行“免证办”')), (86, row(23)), (87, row(24)), (88, L('加快“证照分离”改革和电子营业执照推广应用')),
    (89, L('建设完善企业专属网页和惠企政策专栏')), (92, row(25)), (93, row(26)),
    (95, L('强化大气、水、土壤、自然生态等数据资源综合开发利用')), (96, row(27)), (98, row(28)),
    (102, L('推进水、气、土、废污染防治攻坚战')), (103, L('建立健全大数据辅助科学决策机制')),
    (104, L('推广应用全区统一的协同办公平台')), (105, L('推广应用全区统一的协同办公平台')), (106, row(29)),
    (107, L('统筹整合全市非涉密视频会议系统资源')), (108, row(30)), (111, row(31)), (112, row(32)),
    (113, L('配合建设宁夏人大法规规章规范性文件数据库')), (115, row(33)), (116, row(34)),
    (117, L('加大数字化专业人才引进力度')), (118, L('定期开展领导干部数字化能力培训')),
    (121, row(35)), (122, L('将数字政府建设纳入全市效能目标管理考核')), (123, L('综合考核评价的重要参考')), (124, row(36)),
]
covers = [{'task': t, 'line': l} for t, l in covers_spec]
assert not any(c['task'] == 114 for c in covers)
assert '新媒体' not in '\n'.join(lines)

key = {
    'writer': 'blind writer, round 598; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': NF,
    'covers': covers,
    'notes': ('固原市自己的三年行动方案（2024—2026年），固政办发〔2024〕5号，2024年1月26日印发，无上级市级方案。'
              '第10行写明实施期2024年1月至2026年12月且2024年为实施第一年；相对时限按此换算：实施第一年内=2024年底，'
              '第二年底前=2025年底，实施期末=2026年底，行动期前半程=2024年1月至2025年6月，方案实施后6个月内=2024年6、7月。'
              '计划中的晚限：相对形式2处（第76行、第87行），普通日期1处（第44行）。第95行“20225年”只记 deadline-invalid。'
              '第9行同时引用了《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号，吴忠方案同样引用），属正确引用，未在 mustNotFlag 中单列，以免与同行的 basis-mismatch 冲突。'),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(lines), 'lines;', len(expect), 'expect;', len(NF), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text', e.get('task')))
