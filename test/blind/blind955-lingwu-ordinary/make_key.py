# Helper kept in the case folder: builds key.json and checks every line number against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(sub, also=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l and (also is None or also in l)]
    assert len(hits) == 1, (sub, also, hits)
    return hits[0]

def row(n):
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, n
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

E = []
def e(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        chk(line, text); d['text'] = text
    d.update(kw); d['why'] = why; E.append(d)

e('basis-mismatch', ln('（宁政办发〔2023〕17号）'), '宁政办发〔2023〕17号',
  'the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government document, not a 办公厅 one); the draft cites it as 宁政办发〔2023〕17号')
e('deadline-later-than-baseline', ln('到2026年'), '2026年',
  '主要目标: the region sets 到2025年 for the 34567 体系框架 to be 全面成型 (宁政发〔2023〕17号 一（二）); the draft moves the same goal to 2026')
e('deadline-later-than-baseline', row(10), '2025年底前',
  'row 10 is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展), 完成时限 2024 年; also task 47 (2024 年). 2025年底前 is later')
e('deadline-invalid', row(27), '9月31日',
  'impossible date 2024年9月31日 (September has 30 days); task 93 is due 2024年, so it is not also a late deadline')
e('unknown-unit', row(1), '市经信局',
  'not in units.txt; the office registry has 市工业信息化和商务局 = 市工信商务局 (市经信局 is an obsolete name), and it is named as lead')
e('garbled-text', ln('鍏ㄥ尯缁熶竴'), '鍏ㄥ尯缁熶竴',
  'UTF-8 bytes read as GBK: 鍏ㄥ尯缁熶竴鍗忓悓鍔炲叕骞冲彴 is 全区统一协同办公平台')

M = []
def m(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None:
        chk(line, text); d['text'] = text
    d.update(kw); d['why'] = why; M.append(d)

# units
m('unknown-unit', 4, '各乡镇人民政府', 'collective subject (addressee line)')
m('unknown-unit', 4, '城区街道办事处', 'listed in units.txt (the city has one 街道)')
m('unknown-unit', row(1), '市发改局', 'official short name of 市发展和改革局 in units.txt')
m('unknown-unit', row(1), '银川市生态环境局灵武分局', 'listed canonical name in units.txt (the 生态环境 branch in 灵武 belongs to 银川市); not a foreign unit')
m('unknown-unit', row(2), '卫健局', '市 prefix distributes over 市教体局、卫健局、人社局、民政局、文旅广电局: all listed (short names)')
m('unknown-unit', row(3), '市供销社', 'short name of 市供销合作社联合社 in units.txt')
m('unknown-unit', row(3), '各乡镇人民政府', 'collective subject')
m('unknown-unit', row(5), '市直有关部门', 'collective subject')
m('unknown-unit', row(6), '市大数据服务中心', 'listed in units.txt')
m('unknown-unit', row(8), '市委办', 'short name of 市委办公室')
m('unknown-unit', row(10), '中国电信灵武分公司', 'unit outside government, listed in units.txt')
m('unknown-unit', row(12), '城管局', '市 prefix distributes: 市交通运输局, 市应急局 (short), 市城管局 (short) are all listed')
m('unknown-unit', row(19), '承担监管职责的市直有关部门（单位）', 'collective subject')
m('unknown-unit', row(22), '各村（社区）', 'collective subject')
m('unknown-unit', row(26), '教体局', '市 prefix distributes over 市文旅广电局、教体局; then 市档案馆 (listed)')
m('unknown-unit', row(37), '市公共资源交易中心', 'listed in units.txt')
m('unknown-unit', row(40), '网信办', '市委 prefix distributes: 市委宣传部、网信办 = 市委宣传部, 市委网信办 (listed); 市融媒体中心 listed')
m('unknown-unit', row(42), '各乡镇（街道）', 'collective subject')
m('unknown-unit', ln('积极对接数字宁夏建设运营有限公司'), '数字宁夏建设运营有限公司', 'regional company and expert committee named in body text as partners (baseline tasks 62, 63), not as responsible units of a task')
m('unknown-unit', ln('配合银川市推进智慧城市建设'), '银川市', 'the parent city named as the partner the county cooperates with (task 9: 各地级市牵头, 各县（市、区）配合), not a unit of this plan')
m('unknown-unit', ln('将具体落实方案报市政府办'), '市政府办', 'short name of 市人民政府办公室; the office\'s own reporting line')
# deadlines
m('deadline-later-than-baseline', ln('到2024年底'), '2024年底', 'local 2024 goal; none of its items is one of the region\'s 到2023年底 goals (政策体系初步建立, 五个一组织架构, 政务大数据体系初步形成, 家底理清, 标志性应用场景); it is earlier than the region\'s 2025 goals')
m('deadline-later-than-baseline', ln('到2035年'), '2035年', 'equal to the region\'s 到2035年 goal')
m('deadline-later-than-baseline', ln('2023年，全市电子政务外网'), '2023年', 'background: what was done in 2023, not a deadline')
m('deadline-later-than-baseline', row(1), '2025年取得明显成效', 'task 3 is 持续推进，2025 年取得明显成效: equal')
m('deadline-later-than-baseline', row(3), '2025年取得明显成效', 'task 10 is 持续推进，2025年取得明显成效: equal')
m('deadline-later-than-baseline', row(4), '2024年底前', 'task 21 is 2024年: equal')
m('deadline-later-than-baseline', row(5), '2025年', 'task 22 (审管协同) is 2025年: equal')
m('deadline-later-than-baseline', row(9), '2024年9月底前', 'tasks 43 (2024 年建成，持续推进) and 46 (2024 年): earlier')
m('deadline-later-than-baseline', row(12), '2025年建成', 'task 49 (视频一张网) is 2025 年; 2024年启动，2025年建成 completes in the same year')
m('deadline-later-than-baseline', row(13), '2024年底前', 'tasks 52 (2025年) and 53 (2024年): equal or earlier')
m('deadline-later-than-baseline', row(14), '2025年', 'task 56 (非税收入收缴电子化) is 2025年: equal; the row does not take up task 55 (电子票据, 2024年)')
m('deadline-later-than-baseline', row(16), '2024年6月底前', 'task 64 (各地各部门参照自治区做法成立相应组织机构) is 2025年: earlier')
m('deadline-later-than-baseline', row(17), '2025年', 'task 66 (宁夏经济运行大数据平台, 监测预警) is 2025年: equal')
m('deadline-later-than-baseline', row(22), '2024年底前', 'task 83 (互联网+基层治理) is 2025年: earlier')
m('deadline-later-than-baseline', row(23), '2024年6月底前', 'task 86 (我的宁夏 应上尽上) is 2024年: earlier')
m('deadline-later-than-baseline', row(29), '2025年', 'task 96 (互联网+城乡供水, 数字孪生流域) is 2025年: equal')
m('deadline-later-than-baseline', row(35), '2025年', 'task 106 (填表报数系统) is 2025年: equal')
m('deadline-later-than-baseline', row(36), '2024年底前', 'task 107 (视频会议平台) is 2025年: earlier')
m('deadline-later-than-baseline', row(37), '长期推进，2024年取得明显成效', 'task 108 is 长期推进，2024年取得明显成效: equal')
m('deadline-later-than-baseline', row(38), '2025年', 'task 111 (机关事务管理) is 2025年: equal')
m('deadline-later-than-baseline', row(42), '长期坚持', 'task 121 (每年度制定工作要点和考核指标体系) is 长期坚持: equal')
m('deadline-later-than-baseline', ln('2025年1月底前'), '2025年1月底前', 'the office\'s own reporting date for its annual evaluation report, not a task deadline')
m('deadline-later-than-baseline', ln('（2024年—2025年）'), '2024年—2025年', 'period of the task list in its title, not a deadline')
m('deadline-invalid', ln('2023年，全市电子政务外网'), '2023年', 'past date in the background, before the plan year but not a deadline')
m('deadline-invalid', ln('2024年4月15日前'), '2024年4月15日', 'the office\'s own reporting date, valid and after the issue date')
# basis
m('basis-mismatch', ln('（国发〔2022〕14号）'), '国发〔2022〕14号', 'correct national 指导意见 and 文号')
m('basis-mismatch', ln('（宁政办发〔2023〕11号）'), '宁政办发〔2023〕11号', 'same title and 文号 as the 吴忠 plan cites for 《数字宁夏“1244+N”行动计划实施方案》')
m('basis-mismatch', ln('（宁政办发〔2020〕14号）'), '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background (correct title and 文号), not cited as the basis')
m('basis-mismatch', 2, '灵政发〔2024〕12号', 'the document\'s own 文号')
m('basis-mismatch', 3, '灵武市关于加强数字政府建设的实施方案', 'the document\'s own title in the 印发 notice, not a citation')
# garbled / pillar
m('garbled-text', ln('(五)提升系统科学'), '(五)', 'half-width brackets in one heading; not damage')
m('garbled-text', row(15), '信用中国（宁夏）灵武站', 'proper name of the credit website sub-station, not damage')
m('missing-pillar', 0, pillar='五个一', why='taken up in 四、(一) 健全组织机构 (line %d) under a local heading 健全数字政府工作体系' % ln('参照自治区“五个一”工作体系'))
m('missing-pillar', 0, pillar='六级贯通', why='taken up in 四、(二) 厘清层级职责 (line %d)' % ln('（二）厘清层级职责'))

C = []
def c(task, line, must=None):
    if must: chk(line, must)
    C.append({'task': task, 'line': line})

c(2, ln('推动工业企业数字化改造'), '产业云')
c(3, row(1), '智慧园区')
c(5, ln('完善数字经济治理体系'), '以网管网')
c(6, row(2), '公共事业')
c(7, ln('推动数字化服务普惠应用'), '国家智慧教育平台')
c(9, ln('加快智慧城市建设'), '一网统管')
c(10, row(3), '数字乡村')
c(11, ln('推进数字乡村建设。'), '数字供销')
c(13, ln('营造规范有序的政策环境'), '公平竞争审查')
c(14, ln('强化安全管理责任'), '主体责任、监督责任')
c(15, ln('强化安全管理责任'), '重大事件处置机制')
c(17, ln('落实安全制度要求'), '数据分类分级保护')
c(18, ln('提升安全保障能力'), '应急演练')
c(20, ln('以数字化改革助力政府职能转变。'), '增补职能空白')
c(21, row(4), '行政权力事项')
c(22, row(5), '审管协同')
c(24, ln('创新数字政府建设管理机制'), '会商机制')
c(26, ln('完善制度规范'), '上升为制度规范')
c(28, ln('开展试点示范'), '试点示范')
c(32, ln('完善数据管理机制'), '数据管理机构')
c(36, ln('深化数据高效共享'), '供需对接机制')
c(34, row(6), '主题数据库')
c(41, row(7), '公共数据开放目录')
c(42, ln('促进数据有序开发利用'), '供水、供电、供气')
c(40, row(8), '电子公文')
c(54, row(8), '电子文件归档')
c(46, row(9), '迁移')
c(48, row(10), '城域网')
c(50, row(11), '专网')
c(49, row(12), '视频一张网')
c(52, row(13), '电子证照')
c(56, row(14), '非税收入')
c(57, row(15), '信用')
c(64, row(16), '上下协同、一体联动、齐抓共管')
c(66, row(17), '经济运行大数据平台')
c(65, ln('加强经济数据整合汇聚'), '经济治理基础数据库')
c(67, ln('加强经济政策统筹协调'), '规划综合管理信息平台')
c(68, ln('提升监管精准化水平'), '照单监管')
c(70, ln('提升监管精准化水平'), '信用风险分类')
c(72, ln('提升监管协同化水平'), '互联网+监管')
c(73, ln('提升监管协同化水平'), '消费维权')
c(71, row(18), '追溯监管')
c(74, row(19), '远程监管')
c(75, ln('提升监管智能化水平'), '以网管网')
c(77, row(20), '矛盾纠纷多元化解')
c(79, row(21), '雪亮工程')
c(80, ln('提升公共安全保障能力'), '智慧应急')
c(83, row(22), '互联网+基层治理')
c(84, ln('打造泛在可及的服务体系'), '就近办')
c(85, ln('提升智慧便捷的服务能力'), '免证办')
c(86, row(23), '应上尽上')
c(88, row(24), '证照分离')
c(89, row(25), '惠企政策')
c(90, row(26), '公共场馆')
c(93, row(27), '适老化')
c(94, row(28), '生态环境数据资源中心')
c(96, row(29), '数字孪生流域')
c(97, row(30), '一张图')
c(98, row(31), '智慧林草')
c(102, ln('推动绿色低碳转型'), '污染防治攻坚战')
c(103, row(32), '辅助决策')
c(104, row(33), '协同办公平台')
c(105, row(34), '宁政通')
c(106, row(35), '填表报数')
c(107, row(36), '视频会议')
c(108, row(37), '公共资源交易')
c(109, ln('提升行政监督水平'), '互联网+督查')
c(111, row(38), '机关事务')
c(112, row(39), '政务公开')
c(114, row(40), '政务新媒体矩阵')
c(115, row(41), '12345')
c(116, ln('（一）加强组织领导'), '一把手工程')
c(118, ln('（三）提升数字素养'), '数字治理能力')
c(121, row(42), '考核指标体系')
c(122, ln('（四）强化考核评价'), '效能目标管理考核')
c(123, ln('（四）强化考核评价'), '综合考核评价的重要参考')
c(124, ln('（四）强化考核评价'), '容错和奖惩机制')

c(8, ln('推动数字化服务普惠应用'), '互联网+医疗健康')
c(12, ln('（三）营造良好数字生态'), '数据要素市场')
c(25, ln('（二）加大财政投入'), '年度运维资金挂钩')
c(47, ln('提升网络平台支撑能力'), '城域网升级改造')
c(53, row(13), '电子印章')
c(62, ln('积极对接数字宁夏建设运营有限公司'), '数字宁夏建设运营有限公司')
c(63, ln('积极对接数字宁夏建设运营有限公司'), '专家咨询委员会')
c(78, ln('提升社会治安防控能力'), '公安信息化系统整合优化')
c(87, ln('提升智慧便捷的服务能力'), '一呼即应')
c(95, ln('提升生态环保协同治理能力'), '大气、水、土壤')
c(101, ln('推动绿色低碳转型'), '碳排放智能监测')
c(117, ln('（三）提升数字素养'), '人才引进')

key = {
    'writer': 'blind writer, round 955; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-08',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': E,
    'mustNotFlag': M,
    'covers': C,
    'notes': ('灵武市 (county-level city under 银川市) plan of 2024-03-18, 灵政发〔2024〕12号, checked against ningxia-2023 only (no parent plan). '
              '"市" in units means 灵武市. All 34567 pillars and the 党的领导 measures are present. Tasks whose regional deadline is 2023 '
              '(14, 15, 17, 18, 30-32, 36, 60, 116, 118, 122-124) are taken up in the body without any date, on purpose, so no 2024 date is '
              'compared with a 2023 deadline. The table note says the first-listed unit leads. No task-uncovered entries are planted.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(M), len(C), len(L))
