# Builds key.json: every entry is located in draft.txt by a unique snippet, so line numbers are exact.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(snippet):
    hits = [i + 1 for i, l in enumerate(L) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]

def E(rule, snippet, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(snippet)}
    if text is not None:
        assert text in L[d['line'] - 1], (text, d['line'])
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    E('basis-mismatch', '（宁政办发〔2023〕17号）精神', '宁政办发〔2023〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the office series, so the 文号 does not belong to the title'),
    E('deadline-later-than-baseline', '力争2026年底全面成型', '2026年底',
      "county goal: “34567”体系框架 in the county 力争2026年底全面成型; the region's 主要目标 says 到2025年，全区各级数字政府建设“34567”体系框架全面成型 (line 17 quotes it), and task 64 (各市、县（区）成立相应组织机构、健全工作体制机制) is due 2025年 — one year late"),
    E('deadline-later-than-baseline', '5\t政府网站、政务移动端适老化', '2025年底',
      'indicator 5 (政府网站、政务移动端适老化与信息无障碍改造 100%) due 2025年底; task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责) 完成时限 2024年'),
    E('garbled-text', '鎺ㄨ繘鏅烘収鏍″洯', '鎺ㄨ繘鏅烘収鏍″洯',
      'UTF-8 bytes of 推进智慧校园 read as GBK (re-encode as GBK, decode as UTF-8 recovers 推进智慧校园)'),
    E('unknown-unit', '县大数据管理服务局牵头', '县大数据管理服务局',
      'no such county body: units.txt has 县大数据服务中心 (used everywhere else in the draft); 大数据管理服务局 is the 吴忠 city-level name'),
    E('deadline-invalid', '2024年13月底前', '2024年13月',
      'impossible month 13 (task 54 电子文件归档 is due 2024年; the year itself is equal, so this is not a late deadline)'),
]

M = []
def N(rule, snippet, why, text=None):
    M.append(E(rule, snippet, text, why))

# basis / citations
N('basis-mismatch', '西政办发〔2024〕27号', "the document's own 文号 (county office series), not a basis citation", '西政办发〔2024〕27号')
N('basis-mismatch', '（宁政办发〔2020〕14号）等部署', 'retrospective mention of the 2020 工作要点 in the background paragraph, with its correct 文号; not cited as a basis of this plan', '宁政办发〔2020〕14号')
N('basis-mismatch', '1.国家目标。国务院《指导意见》明确', 'official short name of 国发〔2022〕14号 already cited in full on line 9', '《指导意见》')
N('basis-mismatch', '2.自治区目标。自治区《实施意见》提出', 'short name of the regional 实施意见 without 文号; correct title family', '《实施意见》')
# past dates in background and quoted higher-level goals
N('deadline-invalid', '2021年建成县级融媒体中心', 'past dates (2021年, 2022年, 截至2023年底) describe what was already done; background, not deadlines', '2021年')
N('deadline-invalid', '到2023年底，数字政府主要政策体系初步建立', "the region's own 2023 goal quoted as it stands in 宁政发〔2023〕17号 主要目标; before the plan year but it is a quotation, not a county deadline", '到2023年底')
N('deadline-later-than-baseline', '1.国家目标。国务院《指导意见》明确，到2025年', "the nation's 2025 goal quoted verbatim from 国发〔2022〕14号 (基本形成); not a county goal", '到2025年')
N('deadline-later-than-baseline', '的数字政府基本建成，为基本实现社会主义现代化提供有力支撑', "the nation's 2035 vision quoted verbatim (到2035年…基本建成); not a county goal", '到2035年')
N('deadline-later-than-baseline', '到2025年，全区各级数字政府建设“34567”体系框架全面成型', "the region's own 2025 goal quoted verbatim; not a county goal", '到2025年')
N('deadline-later-than-baseline', '到2024年底，县数字政府建设领导小组及其办公室实体化运行', "county 2024 goals: 领导小组/工作体系 2024 is earlier than task 64 (2025年); 迁移至政务信创云 = task 46/43 (2024年); 外网县乡村全覆盖 = task 48 (2024年); “我的宁夏”专区 = task 86 (2024年); 宁政通 = task 105 (2024年). The region's 2023 goal 自治区本级“五个一”组织架构 is about the 自治区本级 and task 60 (2023年) concerns the 自治区 领导小组, not a county's", '到2024年底')
N('deadline-later-than-baseline', '到2035年，与政府治理能力现代化相适应的数字政府体系在我县成熟完备', "county 2035 vision equals the region's 2035 goal (数字政府全面建成)", '到2035年')
N('deadline-invalid', '序号\t指标名称\t现状值（2023年）', 'table header: the 2023 column is the baseline (现状) year, not a deadline', '2023年')
N('deadline-later-than-baseline', '1\t县级非涉密政务信息系统迁移上云率', 'equal: task 46 (政务信息系统有序迁移) 2024年; task 43 2024年建成', '2024年底')
N('deadline-later-than-baseline', '2\t县、乡、村三级电子政务外网覆盖率', 'equal: task 48 (区市县乡村5级全覆盖) 2024年', '2024年底')
N('deadline-later-than-baseline', '3\t政务服务事项网上可办率', 'equal: task 84 (一体化政务服务体系，网上办、掌上办…) 2024年', '2024年底')
N('deadline-later-than-baseline', '4\t电子证照在社会化高频场景应用', 'earlier: task 52 (证照在就医、出行等社会化高频场景推广应用) 2025年', '2024年底')
N('deadline-later-than-baseline', '6\t行政村“雪亮工程”视频监控覆盖率', 'equal: task 79 (雪亮工程) 2024年', '2024年底')
N('deadline-later-than-baseline', '7\t非税收入收缴电子化覆盖率', 'equal: task 56 (非税收入收缴电子化全覆盖) 2025年', '2025年底')
N('deadline-later-than-baseline', '8\t12345热线智能交互建设完成率', 'equal: task 87 (完成热线智能交互建设) 2023年启动，2025年完成', '2025年底')
N('deadline-later-than-baseline', '9\t基层填表报数工作量压减比例', 'equal: task 106 (填表报数工作量压减50%以上) 2025年', '2025年底')
N('deadline-later-than-baseline', '10\t县乡两级干部数字化能力培训覆盖率', "“每年” is a recurring schedule with no year; task 118 is 2023年完成并长期坚持 (ongoing)", '每年')
N('deadline-later-than-baseline', '聚焦马铃薯、肉牛、冷凉蔬菜、中药材等特色产业', 'equal: task 2 (产业云) 2023年启动，2024年取得明显成效 → 2024年取得明显成效; task 3 (智慧园区) 持续推进，2025年取得明显成效 → same', '2024年取得明显成效')
N('deadline-later-than-baseline', '推进数字乡村建设，加快补齐乡村信息基础设施短板', 'equal: task 10 持续推进，2025年取得明显成效; task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效 → 2025年取得明显成效', '2025年取得明显成效')
N('deadline-later-than-baseline', '（三）营造良好数字生态。配合自治区培育数据要素市场', 'equal: task 12 (数据要素市场) 2025年; task 13 (市场准入、公平竞争审查制度) 2024年', '2025年')
N('deadline-later-than-baseline', '3.开展试点示范。', 'task 28 is 2023年启动，2025年取得明显成效; the completing milestone (2025年取得明显成效) is equal — only the start is later, which a county plan issued in 2024 cannot avoid', '2024年启动')
N('deadline-later-than-baseline', '2.推进数据汇聚共享。', 'equal: tasks 33/34 (基础库、主题库) 2024年', '2024年底前')
N('deadline-later-than-baseline', '1.强化政务云支撑。', 'equal: task 46 2024年; task 43 2024年建成，持续推进', '2024年底')
N('deadline-later-than-baseline', '2.提升网络支撑能力。', 'equal: task 48 (城域网升级、5级全覆盖) 2024年, task 50 (专网整合) 2024年; 视频共享平台 = task 49 2025年', '2024年底')
N('deadline-later-than-baseline', '3.加强共性应用支撑。', 'equal/earlier: task 53 (电子印章、电子营业执照和企业电子印章同步制发) 2024年; task 52 (社会化场景) 2025年', '2024年底')
N('deadline-later-than-baseline', '（一）健全组织机构。参照自治区“五个一”做法', 'earlier: task 64 (各地参照自治区做法成立相应组织机构) 2025年; 2024年6月底前 is before it', '2024年6月底前')
N('deadline-invalid', '于每季度末月25日前', "the office's own recurring reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines", '12月10日前')
N('deadline-later-than-baseline', '持续完善“我的宁夏”政务APP西吉专区', 'equal: task 86 (“我的宁夏”应上尽上) 2024年; task 87 (12345“一呼即应”) 2025年', '2024年底前')
N('deadline-later-than-baseline', '2.提升行政执行能力。', 'equal: task 105 (宁政通) 2024年; task 106 (填表报数) 2025年; task 107 (视频会议) 2025年', '2025年')
N('deadline-later-than-baseline', '3.提升行政监督和机关事务管理水平。', 'equal: task 108 长期推进，2024年取得明显成效; task 111 (机关事务) 2025年', '2024年取得明显成效')
N('deadline-later-than-baseline', '（四）强化考核评价。', 'equal: task 121 长期坚持; tasks 122/123 are 2023年完成，长期坚持 and the county keeps the ongoing part', '长期坚持')
N('deadline-later-than-baseline', '（二）引领数字社会建设。', 'equal: task 6 持续推进，2025年取得明显成效; task 7 2023年形成试点经验，2025年取得明显成效; task 8 持续推进，2025年取得明显成效', '2025年取得明显成效')
N('deadline-later-than-baseline', '1.推进政府职能数字化转型。', 'equal: task 21 (行政权力事项网上运行) 2024年; earlier than task 22 (审管协同) 2025年', '2024年')
N('deadline-later-than-baseline', '3.促进数据开发利用。', 'equal: task 41 (公共数据开放目录、开放平台) 2024年; task 42 (公共数据与政务数据融合) 2024年', '2024年')
N('deadline-later-than-baseline', '4.推进电子文件归档和非税收缴电子化。', 'equal: 非税收缴电子化 = task 56 2025年; the 2024年13月 note is invalid, not late (its year equals task 54 2024年)', '2025年')
N('deadline-later-than-baseline', '5.完善信用与地理信息服务。', 'equal: task 57 (信用) 2024年; task 58 (地理信息) 2024年', '2024年')
N('deadline-later-than-baseline', '（二）厘清层级职责。', 'equal: task 64 2025年; 指挥调度 cf. task 81 2025年', '2025年底')
N('deadline-later-than-baseline', '2.依托宁夏“双随机、一公开”', 'equal: tasks 70, 71, 74 all 2024年', '2024年')
N('deadline-later-than-baseline', '1.完善行政复议、信访', 'equal: task 77 2024年', '2024年')
N('deadline-later-than-baseline', '2.持续推进“雪亮工程”', 'equal: task 79 2024年', '2024年底')
N('deadline-later-than-baseline', '3.推进“智慧应急”建设', 'equal: task 80 2024年', '2024年')
N('deadline-later-than-baseline', '4.深入实施“互联网+基层治理”', 'equal: task 83 2025年', '2025年')
N('deadline-later-than-baseline', '1.打造泛在可及的服务体系。', 'equal: task 84 2024年', '2024年')
N('deadline-later-than-baseline', '3.提供优质便利的涉企服务。', 'equal: task 88 (证照分离) 2024年; task 89 (惠企政策专栏) 2024年', '2024年')
N('deadline-later-than-baseline', '（五）提升生态环境保护能力。', 'equal: task 94 2024年, task 96 (互联网+城乡供水) 2025年, tasks 97/98 2024年, task 102 2025年', '2025年')
N('deadline-later-than-baseline', '1.提升辅助决策能力。', 'equal: task 103 2024年', '2024年')
N('deadline-later-than-baseline', '（七）提升政务公开能力。', 'equal: tasks 112, 114, 115 all 2024年', '2024年')
# units
N('unknown-unit', '3.加强共性应用支撑。', 'registered short names: 县审批局 = 县审批服务管理局, 县市场监管局 = 县市场监督管理局, 县卫健局 = 县卫生健康局', '县审批局')
N('unknown-unit', '（二）厘清层级职责。', 'collective subjects 各乡镇人民政府 and 各村（社区）', '各村（社区）')
N('unknown-unit', '1.强化安全管理责任。', 'collective subjects 县直各部门（单位）, 各乡镇人民政府', '县直各部门（单位）')
N('unknown-unit', '推进数字乡村建设，加快补齐乡村信息基础设施短板', 'township governments listed in units.txt (吉强镇人民政府, 将台堡镇人民政府)', '吉强镇人民政府')
N('unknown-unit', '（五）提升生态环境保护能力。', '固原市生态环境局西吉分局 is in units.txt (the county-based branch of the city bureau); 县林草局 is the registered short name of 县林业和草原局', '固原市生态环境局西吉分局')
N('unknown-unit', '2\t县、乡、村三级电子政务外网覆盖率', '县政府办公室 is a registered short name; 各乡镇人民政府 collective', '各乡镇人民政府')
N('unknown-unit', '4.推进电子文件归档和非税收缴电子化。', '县税务局 = 国家税务总局西吉县税务局 (registered short name)', '县税务局')
N('unknown-unit', '（三）完善工作机制。', '县数字政府办 is the registered short name of 县数字政府建设领导小组办公室', '县数字政府办')
N('garbled-text', '9\t基层填表报数工作量压减比例', 'the — in the 现状值 cell is a normal dash for “no baseline”, not damage', '—')

covers = []
def C(task, snippet):
    covers.append({'task': task, 'line': ln(snippet)})
C(2, '聚焦马铃薯、肉牛、冷凉蔬菜'); C(3, '聚焦马铃薯、肉牛、冷凉蔬菜')
C(6, '（二）引领数字社会建设。'); C(7, '（二）引领数字社会建设。'); C(8, '（二）引领数字社会建设。')
C(10, '推进数字乡村建设，加快补齐'); C(11, '推进数字乡村建设，加快补齐')
C(12, '（三）营造良好数字生态。'); C(13, '（三）营造良好数字生态。')
C(14, '1.强化安全管理责任。'); C(15, '1.强化安全管理责任。')
C(17, '2.提升安全防护能力。'); C(18, '2.提升安全防护能力。')
C(21, '1.推进政府职能数字化转型。'); C(24, '2.创新建设管理机制。'); C(28, '3.开展试点示范。')
C(32, '1.完善数据管理机制。'); C(36, '1.完善数据管理机制。')
C(33, '2.推进数据汇聚共享。'); C(34, '2.推进数据汇聚共享。')
C(41, '3.促进数据开发利用。'); C(42, '3.促进数据开发利用。')
C(43, '1.强化政务云支撑。'); C(46, '1.强化政务云支撑。')
C(47, '2.提升网络支撑能力。'); C(48, '2.提升网络支撑能力。'); C(49, '2.提升网络支撑能力。'); C(50, '2.提升网络支撑能力。')
C(52, '3.加强共性应用支撑。'); C(53, '3.加强共性应用支撑。')
C(54, '4.推进电子文件归档和非税收缴电子化。'); C(56, '4.推进电子文件归档和非税收缴电子化。')
C(57, '5.完善信用与地理信息服务。'); C(58, '5.完善信用与地理信息服务。')
C(64, '（一）健全组织机构。参照自治区')
C(66, '（一）提升经济调节能力。')
C(68, '1.落实监管事项目录和实施清单'); C(72, '1.落实监管事项目录和实施清单')
C(70, '2.依托宁夏“双随机、一公开”'); C(71, '2.依托宁夏“双随机、一公开”'); C(74, '2.依托宁夏“双随机、一公开”')
C(77, '1.完善行政复议、信访'); C(79, '2.持续推进“雪亮工程”'); C(80, '3.推进“智慧应急”建设'); C(83, '4.深入实施“互联网+基层治理”')
C(84, '1.打造泛在可及的服务体系。'); C(85, '2.提升智慧便捷的服务能力。')
C(86, '持续完善“我的宁夏”政务APP西吉专区'); C(87, '持续完善“我的宁夏”政务APP西吉专区')
C(88, '3.提供优质便利的涉企服务。'); C(89, '3.提供优质便利的涉企服务。')
C(90, '4.拓展公平普惠的民生服务。'); C(93, '4.拓展公平普惠的民生服务。')
C(94, '（五）提升生态环境保护能力。'); C(96, '（五）提升生态环境保护能力。'); C(97, '（五）提升生态环境保护能力。')
C(98, '（五）提升生态环境保护能力。'); C(102, '（五）提升生态环境保护能力。')
C(103, '1.提升辅助决策能力。')
C(104, '2.提升行政执行能力。'); C(105, '2.提升行政执行能力。'); C(106, '2.提升行政执行能力。'); C(107, '2.提升行政执行能力。')
C(108, '3.提升行政监督和机关事务管理水平。'); C(111, '3.提升行政监督和机关事务管理水平。')
C(112, '（七）提升政务公开能力。'); C(114, '（七）提升政务公开能力。'); C(115, '（七）提升政务公开能力。')
C(116, '（一）加强组织领导。各乡镇、各部门'); C(25, '（二）加大财政投入。')
C(117, '（三）提升数字素养。'); C(118, '（三）提升数字素养。'); C(120, '（三）提升数字素养。')
C(121, '（四）强化考核评价。'); C(122, '（四）强化考核评价。'); C(123, '（四）强化考核评价。'); C(124, '（四）强化考核评价。')

# no mustNotFlag entry may share rule+line with an expect entry
ex = {(e['rule'], e['line']) for e in expect}
for m in M:
    assert (m['rule'], m['line']) not in ex, m

key = {
    'writer': 'blind writer, round 450; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-06',
    'draft': 'draft.txt',
    'also': [],
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('County plan of 西吉县 (固原市), issued 2024-04-18, basis 国发〔2022〕14号 and 宁政发〔2023〕17号, no parent plan '
              '(固原 is mentioned only as 按照固原市数字政府建设工作部署, no document cited). 主要目标 quotes three levels in turn: '
              "the nation's goals (lines 14-15), the region's (16-17), then the county's (19-21) and an indicator table (23-33). "
              "Only the county's own goals and table rows are deadlines to compare. Line 20 has equal 2025 goals "
              '(政务数据纳入自治区统一的政务数据平台 = task 29 2025年完成; 12345 = task 87; 填表报数 = task 106) besides the one late '
              'clause 力争2026年底全面成型 — only 2026年底 should be reported there. Line 57 has an impossible month and an equal '
              '2025年 (task 56) for 非税收缴. All four 党的领导 items and every pillar of the 34567 framework are present, so no '
              'missing-pillar is expected. Tasks whose regional deadline is 2023 are taken up without a date, on purpose.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers;', len(L), 'lines')
