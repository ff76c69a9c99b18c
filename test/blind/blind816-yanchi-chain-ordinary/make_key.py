#!/usr/bin/python3
# Builds key.json: every line number is found from a unique substring of draft.txt.
import json, sys
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, also=None):
    # body lines only: task-table rows are addressed with row(n)
    hits = [i for i, l in enumerate(L, 1) if sub in l and (also is None or also in l)
            and not (l.split('\t')[0].isdigit() and '\t' in l)]
    if len(hits) != 1:
        sys.exit('not unique: %r %r -> %r' % (sub, also, hits))
    return hits[0]

def row(n):
    hits = [i for i, l in enumerate(L, 1) if l.startswith('%d\t' % n)]
    assert len(hits) == 1, n
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

expect = []
def E(rule, line, text, why, **kw):
    d = {'rule': rule, 'line': chk(line, text) if text else line, 'text': text, 'why': why}
    d.update(kw); expect.append(d)

E('basis-mismatch', ln('宁政发〔2023〕7号'), '宁政发〔2023〕7号',
  'the 自治区 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; a dropped digit in the preamble (line 98 cites 17号 correctly)')
E('unknown-unit', ln('强化政务云支撑'), '县信息中心',
  'lead of the 政务云 migration; no 县信息中心 in units.txt (old name; the task table row 10 gives 县政府办公室)')
E('deadline-invalid', ln('提升网络支撑能力'), '9月31日',
  'impossible date 2024年9月31日 (September has 30 days); the year itself matches tasks 47/48/50, 完成时限 2024年')
E('deadline-later-than-baseline', ln('深化电子文件管理'), '2025年底前',
  'task 54 (深化电子文件管理，完善业务应用系统电子文件归档功能…电子档案) 完成时限 2024年 (also task 40, 2024年); the task table row 16 keeps 2024年')
E('deadline-later-than-baseline', row(25), '2025年12月底前',
  'task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; body line 79 says 2024年底前')
E('garbled-text', ln('鎺ㄨ繘淇'), '鎺ㄨ繘淇＄敤',
  'sub-item title 推进信用平台应用 as UTF-8 bytes read as GBK')

mnf = []
def M(rule, line, why, text=None):
    d = {'rule': rule, 'line': line, 'why': why}
    if text:
        chk(line, text); d['text'] = text
    mnf.append(d)

M('basis-mismatch', ln('国发〔2022〕14号'), 'national 指导意见 cited with its correct title and 文号', '国发〔2022〕14号')
M('basis-mismatch', ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'), 'the city plan cited by title alone, correct title (实施方案), no 文号 needed', '《关于加强数字政府建设的实施方案》')
M('basis-mismatch', ln('宁政办发〔2020〕14号'), 'retrospective mention of the 2020 工作要点 in the background paragraph (what the county did in past years), not cited as a basis; title and 文号 match', '宁政办发〔2020〕14号')
M('basis-mismatch', ln('宁政发〔2023〕17号'), 'correct short mention of the 实施意见 by 文号 in 保障措施', '宁政发〔2023〕17号')
M('basis-mismatch', 1, 'the draft\'s own title in the 印发通知, not a basis document', '《盐池县关于加强数字政府建设的实施方案》')
M('basis-mismatch', 2, 'the notice\'s own 文号', '盐政办发〔2024〕15号')
M('deadline-invalid', 6, 'the issuing date of the notice itself', '2024年3月18日')
M('deadline-invalid', ln('近年来，我县认真落实'), 'past dates in the background (2022年, 2023年底) describe work already done, not deadlines', '2023年底')
M('deadline-invalid', ln('强化安全管理责任'), 'past date: 2023年 the county already fixed security responsibilities (tasks 14/15, 2023年); no deadline given', '2023年')
M('deadline-invalid', ln('摸清数据资源底数'), 'past date: 在2023年政务数据资源普查基础上 (tasks 30/32, 2023年); no deadline given', '2023年')
M('deadline-invalid', row(10), 'copied regional deadline of task 19 (2023年启动，2024年建成): the 2023 start lies before the plan year but is the region\'s own milestone; completion 2024 equal', '2023年启动，2024年建成')
M('deadline-later-than-baseline', ln('到2024年底，全县电子政务外网'), '2024 goals equal the region\'s 2024 tasks: 48 (5级全覆盖, 2024年), 19/46 (信创云, 2024年建成 / 2024年), 86 (我的宁夏应上尽上, 2024年); no 2024 goal in the region or 吴忠 plan', '到2024年底')
M('deadline-later-than-baseline', ln('到2025年，全县数字政府建设'), 'equal to the region\'s and 吴忠\'s 到2025年 体系框架全面成型 goal', '到2025年')
M('deadline-later-than-baseline', ln('到2035年'), 'equal to the 2035 goal of the region and 吴忠', '到2035年')
M('deadline-later-than-baseline', ln('（一）健全组织机构'), 'task 64 (各地各部门参照自治区做法，成立相应的组织机构) 完成时限 2025年; 2024年6月底前 is earlier', '2024年6月底前')
M('deadline-later-than-baseline', row(1), 'task 64, 2025年; 2024年6月底前 is earlier', '2024年6月底前')
M('deadline-later-than-baseline', ln('（二）厘清层级职责'), 'county 指挥调度中心 / 层级职责: task 81 (视频指挥调度体系) 2025年, equal; no earlier regional date', '2025年底前')
M('deadline-later-than-baseline', ln('推动产业数字化转型'), 'task 2 (2023年启动，2024年取得明显成效): 2024年底前 equal', '2024年底前')
M('deadline-later-than-baseline', ln('建设智慧园区'), 'task 3 (持续推进，2025年取得明显成效): equal', '2025年底前')
M('deadline-later-than-baseline', ln('完善数字经济治理'), 'task 5 (持续推进，2025年取得明显成效): identical', '持续推进，2025年取得明显成效')
M('deadline-later-than-baseline', ln('推动公共服务数字化'), 'tasks 6 and 8 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效): completing milestone 2025 equal', '2025年底前')
M('deadline-later-than-baseline', ln('推进智慧县城建设'), 'task 9 (持续推进，2025年取得明显成效): equal', '2025年底前')
M('deadline-later-than-baseline', ln('推进数字乡村建设'), 'tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): equal', '2025年取得明显成效')
M('deadline-later-than-baseline', ln('培育数据要素市场'), 'tasks 12 (2025年) and 13 (2024年): 2024年底前 earlier / equal', '2024年底前')
M('deadline-later-than-baseline', ln('提升安全防护能力'), 'task 18 (2023年形成机制，长期坚持): the county states only the ongoing part (长期坚持), no later completing milestone', '长期坚持')
M('deadline-later-than-baseline', row(6), 'task 18 (2023年形成机制，长期坚持): ongoing only, no later milestone', '长期坚持')
M('deadline-later-than-baseline', ln('推动行政权力网上运行'), 'task 21 (2024年) equal; task 22 审管协同 (2025年) earlier', '2024年底前')
M('deadline-later-than-baseline', ln('开展试点示范。贯彻执行'), 'task 28 (2023年启动，2025年取得明显成效): the completing milestone 2025 is equal; the start year is not the completing milestone', '2024年启动，2025年取得明显成效')
M('deadline-later-than-baseline', ln('强化政务云支撑'), 'tasks 19 (2023年启动，2024年建成), 43 (2024年建成，持续推进), 46 (2024年): equal', '2024年底前')
M('deadline-later-than-baseline', ln('提升视频资源整合能力'), 'task 49 (2025年): equal', '2025年底前')
M('deadline-later-than-baseline', ln('加强共性应用支撑'), 'task 52 电子证照 (2025年) earlier; 53 电子印章 and 55 公共支付/电子票据 (2024年) equal', '2024年底前')
M('deadline-later-than-baseline', ln('推进非税收入收缴电子化'), 'task 56 (2025年): 2024年底前 is earlier', '2024年底前')
M('deadline-later-than-baseline', row(15), 'task 56 (2025年): 2024年 is earlier', '2024年')
M('deadline-later-than-baseline', row(16), 'task 54 (2024年): equal (the body line 62 is the late one)', '2024年')
M('deadline-later-than-baseline', ln('提高自然资源利用效率'), 'task 96 互联网+城乡供水 (2025年) earlier; 98 智慧林草 (2024年) equal', '2024年底前')
M('deadline-later-than-baseline', ln('提升行政执行能力'), 'tasks 104/105 (2024年) equal; 106 填表报数 (2025年) earlier', '2024年底前')
M('deadline-later-than-baseline', ln('提升智慧便捷的服务能力'), 'task 86 (2024年) equal; 87 12345热线 (2023年启动，2025年完成) earlier', '2024年底前')
M('deadline-later-than-baseline', ln('提升行政监督水平'), 'task 108 (长期推进，2024年取得明显成效): equal', '2024年底前')
M('deadline-later-than-baseline', ln('（六）强化督促落实'), 'the office\'s own reporting dates (每季度最后一个月25日前, 2024年12月15日前), not task deadlines', '2024年12月15日前')
M('deadline-later-than-baseline', row(32), 'task 118 (2023年完成并长期坚持) / no dated task for 宣传: ongoing only, no later milestone', '长期坚持')
M('unknown-unit', 3, 'collective subjects (各乡镇人民政府, 县直各部门（单位）)', '县直各部门（单位）')
M('unknown-unit', ln('推进数据按需回流'), 'collective subject 县直有关部门（单位）', '县直有关部门（单位）')
M('unknown-unit', ln('推进监管智能化'), 'collective subject 承担监管职责的县直有关部门', '承担监管职责的县直有关部门')
M('unknown-unit', ln('提高基层社会治理能力'), 'collective subjects 各乡镇人民政府, 各村（社区）', '各村（社区）')
M('unknown-unit', ln('健全政务信息化项目管理'), 'prefix distributes: 县发展改革局、财政局 = 县发展改革局, 县财政局 (both in units.txt; 县发展改革局 is the short name of 县发展和改革局)', '县发展改革局、财政局')
M('unknown-unit', row(32), 'prefix distributes: 县委组织部、宣传部 = 县委组织部, 县委宣传部', '县委组织部、宣传部')
M('unknown-unit', ln('培育数据要素市场'), 'official short name 县发展改革局 = 县发展和改革局 in units.txt', '县发展改革局')
M('unknown-unit', ln('拓展公平普惠的民生服务'), 'short name 县残联 = 县残疾人联合会 in units.txt', '县残联')
M('unknown-unit', ln('推进数字乡村建设'), 'units outside government listed in units.txt (中国电信盐池分公司, 中国移动盐池分公司) and 县供销合作社', '中国电信盐池分公司')
M('unknown-unit', ln('提升生态环境智慧监测能力'), 'vertically managed 吴忠市生态环境局盐池分局 is in units.txt', '吴忠市生态环境局盐池分局')
M('unknown-unit', ln('提升公共安全保障能力'), '盐池县消防救援大队 is in units.txt', '盐池县消防救援大队')
M('unknown-unit', ln('强化安全管理责任'), '责任单位 list with collectives and a role word: 县委网信办、县公安局，各乡镇人民政府、县直各部门（单位）分别负责', '县直各部门（单位）分别负责')
M('garbled-text', ln('打造泛在可及的服务体系'), 'brand name 易办·吴优 with a middle dot, normal text', '易办·吴优')
M('garbled-text', ln('提升网络支撑能力'), 'IPv6 is normal Latin text', 'IPv6')
M('missing-pillar', 0, 'pillar 五个一/六级贯通 is taken up as 一套体系 (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), lines 25-29, the 吴忠 way')
M('missing-pillar', 0, 'pillar 数字生态 is short but present: 营造良好数字生态, lines 40-41')
M('missing-pillar', 0, 'pillar 财政投入 is present as 加大资金保障, line 94')
mnf[-3]['pillar'] = '五个一'; mnf[-2]['pillar'] = '数字生态'; mnf[-1]['pillar'] = '财政投入'

covers = []
def C(task, sub, also=None):
    covers.append({'task': task, 'line': ln(sub, also)})
C(2, '推动产业数字化转型'); C(3, '建设智慧园区'); C(5, '完善数字经济治理')
C(6, '推动公共服务数字化'); C(7, '推动公共服务数字化'); C(8, '推动公共服务数字化')
C(9, '推进智慧县城建设'); C(10, '推进数字乡村建设'); C(11, '推进数字乡村建设')
C(13, '培育数据要素市场'); C(14, '强化安全管理责任'); C(15, '强化安全管理责任')
C(17, '落实安全制度要求'); C(18, '提升安全防护能力'); C(21, '推动行政权力网上运行')
C(23, '建立数字资源“一本账”'); C(24, '健全政务信息化项目管理'); C(28, '开展试点示范。贯彻执行')
C(30, '摸清数据资源底数'); C(32, '摸清数据资源底数'); C(33, '推进数据按需回流'); C(42, '推进数据创新应用')
C(46, '强化政务云支撑'); C(48, '提升网络支撑能力'); C(50, '提升网络支撑能力'); C(49, '提升视频资源整合能力')
C(53, '加强共性应用支撑'); C(55, '加强共性应用支撑'); C(56, '推进非税收入收缴电子化'); C(54, '深化电子文件管理')
C(57, '鎺ㄨ繘淇'); C(64, '（一）健全组织机构'); C(66, '积极对接使用宁夏经济运行大数据平台')
C(70, '推进监管精准化'); C(71, '推进监管精准化'); C(74, '推进监管智能化'); C(77, '提升矛盾纠纷化解能力')
C(79, '提升社会治安防控能力'); C(80, '提升公共安全保障能力'); C(83, '提高基层社会治理能力')
C(84, '打造泛在可及的服务体系'); C(86, '提升智慧便捷的服务能力'); C(87, '提升智慧便捷的服务能力')
C(88, '提供优质便利的涉企服务'); C(89, '提供优质便利的涉企服务'); C(90, '拓展公平普惠的民生服务'); C(93, '拓展公平普惠的民生服务')
C(94, '提升生态环境智慧监测能力'); C(96, '提高自然资源利用效率'); C(98, '提高自然资源利用效率'); C(102, '推动绿色低碳转型')
C(103, '提升辅助决策能力'); C(104, '提升行政执行能力'); C(105, '提升行政执行能力'); C(106, '提升行政执行能力')
C(108, '提升行政监督水平'); C(111, '提升机关事务管理水平'); C(112, '提升政府信息公开水平'); C(114, '提升政府信息公开水平')
C(115, '畅通政民互动渠道'); C(116, '（一）加强组织领导'); C(25, '（二）加大资金保障'); C(118, '（三）提升数字素养')
C(122, '（四）强化考核评价'); C(123, '（四）强化考核评价'); C(124, '（四）强化考核评价')

key = {
  'writer': 'blind writer, round 816; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '2026-12-07',
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': ['wuzhong'],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': expect,
  'mustNotFlag': mnf,
  'covers': covers,
  'notes': ('盐池县 2024 实施方案 (盐政办发〔2024〕15号, 2024-03-18) on the 吴忠 "1347" frame. Six planted slips: a dropped digit in the '
            'regional 文号, an old unit name (县信息中心), an impossible date (9月31日), two late deadlines (body note, task-table row), '
            'one mojibake sub-item title. Tasks due 2023 are mentioned without a deadline, as done, or with 长期坚持 only. '
            'The 吴忠 plan has no dated tasks in its text; only its 2023/2025/2035 goals are comparable, and the draft has no 2023 goal. '
            'No task-uncovered entries are planted.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
