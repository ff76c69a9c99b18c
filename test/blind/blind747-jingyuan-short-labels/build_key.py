# Helper kept in the case folder: builds key.json, finding every line number in draft.txt by a unique substring.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, contains=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l and (contains is None or contains in l)]
    assert len(hits) == 1, (sub, contains, hits)
    return hits[0]

def E(rule, sub, text=None, why='', contains=None, **kw):
    d = {'rule': rule, 'line': ln(sub, contains)}
    if text is not None:
        assert text in L[d['line'] - 1], (text, d)
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

expect = [
    E('basis-mismatch', '宁政发〔2022〕17号', '宁政发〔2022〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong'),
    E('deadline-later-than-baseline', '到2026年，全县数字政府建设体系框架全面成型', '2026年',
      '主要目标: the region sets "到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…" (宁政发〔2023〕17号 一（二）); the county puts the same goal at 2026'),
    E('deadline-invalid', '加强电子文件管理', '2014年10月底',
      'deadline 2014年10月底前 lies before the plan\'s own year (issued 2024-03-22); typo for 2024. (Task 54, 电子文件归档, 完成时限 2024年, so it is not late.)'),
    E('deadline-later-than-baseline', '推进适老化与信息无障碍建设', '2025年底',
      'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 自治区各部门及各市、县（区）分别负责) 完成时限 2024年; note says 时间：2025年底前'),
    E('unknown-unit', '县信息中心', '县信息中心',
      'not in units.txt; old name, the body (line 58) has 县大数据服务中心 / 中国电信泾源分公司 for the same task'),
    E('garbled-text', '缃戜笂鍙戝竷', '缃戜笂鍙戝竷涓轰富',
      'UTF-8 bytes read as GBK: "网上发布为主、其他渠道发布为辅的" (one contiguous run, task 112 wording)'),
]

M = []
def N(rule, sub, why, text=None, contains=None, line=None):
    if line is not None:
        d = {'rule': rule, 'line': line}
    else:
        d = {'rule': rule, 'line': ln(sub, contains)}
    if text is not None:
        if d['line']:
            assert text in L[d['line'] - 1], (text, d)
        d['text'] = text
    d['why'] = why
    M.append(d)

# --- units: collectives, aliases, distribution, registry entries
N('unknown-unit', '（二）厘清层级职责', 'collective subject (村级), never a unit name', '各村（社区）')
N('unknown-unit', '发展农村电子商务', 'collective subject (all townships); short form of 各乡镇人民政府', '各乡镇')
N('unknown-unit', '落实安全管理责任', 'collective subject', '县直各部门（单位）')
N('unknown-unit', '开展试点示范', 'collective subject', '县直有关部门')
N('unknown-unit', '（一）健全组织机构', 'official short name of 县人民政府办公室 (units.txt alias)', '县政府办')
N('unknown-unit', '规范政务信息化项目管理', 'alias of 县大数据服务中心 in units.txt', '县大数据中心')
N('unknown-unit', '规范政务信息化项目管理', 'alias of 县发展和改革局 in units.txt', '县发改局')
N('unknown-unit', '发展农村电子商务', 'alias of 县工业信息化和商务局 in units.txt', '县工信商务局')
N('unknown-unit', '深化智慧教育应用', 'alias of 县教育体育局 in units.txt', '县教体局')
N('unknown-unit', '推广共性应用', 'prefix 县 distributes: 县民政局, 县市场监管局 (alias of 县市场监督管理局)', '民政局、市场监管局')
N('unknown-unit', '整合视频资源', 'prefix 县 distributes: 县交通运输局, 县应急管理局', '交通运输局、应急管理局')
N('unknown-unit', '提升矛盾纠纷化解能力', 'prefix 县 distributes: 县司法局, 县信访局', '司法局、信访局')
N('unknown-unit', '（三）提升数字素养', 'prefix 县委 distributes: 县委宣传部 (in units.txt)', '县委组织部、宣传部')
N('unknown-unit', '加强生态环境数字化监测', 'listed in units.txt (city bureau\'s county branch)', '固原市生态环境局泾源分局')
N('unknown-unit', '推进数字乡村建设', 'listed in units.txt (operator that the office keeps as a cooperating unit)', '中国电信泾源分公司')
N('unknown-unit', '提升公共安全保障能力', 'listed in units.txt', '泾源县气象局')
N('unknown-unit', '推进“互联网+医疗健康”', 'listed in units.txt', '县人民医院')
N('unknown-unit', '9\t推广应用全区矛盾纠纷', 'table row; prefix 县 distributes: 县司法局, 县信访局', '县公安局、司法局、信访局')

# --- deadlines: equal, earlier, goals, reporting dates
N('deadline-later-than-baseline', '到2024年底，县乡村三级电子政务外网', 'goal equal to tasks 48 (城域网/5级全覆盖, 2024年), 105 (宁政通, 2024年), 84 (一网通办, 2024年); not a region 2023 goal', '2024年底')
N('deadline-later-than-baseline', '到2035年', 'equal to the region\'s 2035 goal', '2035年')
N('deadline-later-than-baseline', '（三）完善工作机制', 'the office\'s own reporting dates (quarterly reports, annual summary due 2025-01-10), not a task deadline', '2025年1月10日')
N('deadline-later-than-baseline', '（一）健全组织机构', 'task 64 (各地各部门成立相应组织机构, 各市、县（区）负责) 完成时限 2025年; note 2024年6月底前 is earlier', '2024年6月底')
N('deadline-later-than-baseline', '推进文化旅游等服务数字化', 'task 6 (服务数字化, 各市、县（区）负责) 完成时限 持续推进，2025年取得明显成效; equal', '2025年底')
N('deadline-later-than-baseline', '深化智慧教育应用', 'task 7 (国家智慧教育平台) 完成时限 2023年形成试点经验，2025年取得明显成效; completing milestone 2025, equal', '2025年底')
N('deadline-later-than-baseline', '推进“互联网+医疗健康”', 'task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效; equal', '2025年底')
N('deadline-later-than-baseline', '推进数字乡村建设', 'task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; equal', '2025年底')
N('deadline-later-than-baseline', '培育数据要素市场', 'task 12 (数据要素市场) 完成时限 2025年; equal', '2025年底')
N('deadline-later-than-baseline', '开展试点示范', 'task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; equal', '2025年底')
N('deadline-later-than-baseline', '推动行政权力事项网上运行。', 'task 21 (行政权力事项网上运行) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '有序开放公共数据', 'task 41 (公共数据开放) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '用好政务信创云', 'task 43 (2024 年建成，持续推进) and task 19 (2023年启动，2024年建成); equal', '2024年底')
N('deadline-later-than-baseline', '提升电子政务外网支撑能力', 'task 48 (5级全覆盖) 2024年, task 47 2024年, task 50 (专网整合) 2024年; 2024年11月底前 is earlier', '2024年11月底')
N('deadline-later-than-baseline', '整合视频资源', 'task 49 (视频共享平台) 完成时限 2025年 (task 81 also 2025年); equal', '2025年底')
N('deadline-later-than-baseline', '完善信用信息服务', 'task 57 (信用信息公共服务平台) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '推动监管精准化', 'task 70 (企业信用风险分类, 双随机) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '强化追溯监管', 'task 71 (数字化追溯监管) 完成时限 2024年; 2024年12月底 equal', '2024年12月底')
N('deadline-later-than-baseline', '提升矛盾纠纷化解能力', 'task 77 (矛盾纠纷多元化解) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '提升社会治安防控能力', 'task 79 (雪亮工程) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '提升公共安全保障能力', 'task 80 (智慧应急) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '提高基层社会治理能力', 'task 83 (互联网+基层治理) 完成时限 2025年; 2025年6月底前 is earlier', '2025年6月底')
N('deadline-later-than-baseline', '打造泛在可及的服务体系', 'task 84 (一网通办) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '用好“我的宁夏”政务APP', 'task 86 (我的宁夏) 完成时限 2024年; 2024年9月底前 is earlier', '2024年9月底')
N('deadline-later-than-baseline', '优化12345热线服务', 'task 87 (12345一呼即应) 完成时限 2023年启动，2025年完成 -> earlier; if read as task 115 (2024年) -> equal', '2024年底')
N('deadline-later-than-baseline', '加强生态环境数字化监测', 'task 94 (生态环境数据资源中心) 2024年, equal; task 95 2025年, earlier', '2024年底')
N('deadline-later-than-baseline', '推进“互联网+城乡供水”。', 'task 96 (互联网+城乡供水) 完成时限 2025年; equal', '2025年底')
N('deadline-later-than-baseline', '建设“智慧林草”', 'task 98 (智慧林草) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '提升行政执行能力', 'tasks 104 (协同办公) and 105 (宁政通) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '推进基层减负', 'task 106 (填表报数压减50%) 完成时限 2025年, earlier; task 105 2024年, equal', '2024年底')
N('deadline-later-than-baseline', '提升机关事务管理水平', 'task 111 (机关事务) 完成时限 2025年; equal', '2025年底')
N('deadline-later-than-baseline', '提升政府信息公开水平', 'task 112 (政务公开平台) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '发挥政务新媒体传播优势', 'task 114 (政务新媒体矩阵) 完成时限 2024年; equal', '2024年底')
N('deadline-later-than-baseline', '（四）强化考核评价', 'task 121 (年度工作要点和考核指标体系) 完成时限 长期坚持; equal', '长期坚持')
N('deadline-later-than-baseline', '1\t各乡镇、县直各部门成立', 'table row, task 64 2025年; earlier', '2024年6月底')
N('deadline-later-than-baseline', '4\t编制县级公共数据开放清单', 'table row, task 41 2024年; 2024年12月31日 is equal', '2024年12月31日')
N('deadline-later-than-baseline', '11\t依托宁夏社会治理', 'table row, task 83 2025年; earlier', '2025年6月底')
N('deadline-later-than-baseline', '16\t整合县域视频资源', 'table row, task 49 2025年; equal', '2025年底')
N('deadline-later-than-baseline', '17\t制定年度数字政府工作要点', 'table row, task 121 长期坚持; equal', '长期坚持')

# --- dates before the plan year that are not deadlines
N('deadline-invalid', '2023年，我县成立', 'background: what was done in 2023, a past fact, not a deadline', '2023年')
N('deadline-invalid', '2024年3月22日', 'the document\'s own issue date', '2024年3月22日')
N('deadline-invalid', '自《宁夏回族自治区2020年', 'year inside the title of an old document mentioned in the background', '2020年')

# --- citations
N('basis-mismatch', '泾政办发〔2024〕9号', 'the notice\'s own 文号, not a basis citation', '泾政办发〔2024〕9号')
N('basis-mismatch', '（国发〔2022〕14号）', 'correct title and 文号 of the national 指导意见', '国发〔2022〕14号')
N('basis-mismatch', '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） cited exactly as the 吴忠 plan cites it', '宁政办发〔2023〕11号')
N('basis-mismatch', '固原市人民政府《关于加强数字政府建设的实施方案》', 'the city plan cited by title alone (a city plan may have no 文号); correct title form 关于加强数字政府建设的实施方案', '固原市人民政府《关于加强数字政府建设的实施方案》')
N('basis-mismatch', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background ("自…印发以来"), not cited as a basis; title and 文号 match', '宁政办发〔2020〕14号')
N('basis-mismatch', '对照宁政发〔2023〕17号附件2', 'correct 文号 of the regional 实施意见 (the preamble\'s 2022 is the slip)', '宁政发〔2023〕17号')

# --- pillars
N('missing-pillar', None, '党的领导 is taken up under the heading 七、保障措施: 坚持党对数字政府建设工作的全面领导, 一把手工程 (组织领导), 财政投入, 数字素养, 考核评价 (lines 92-95)', line=0)
M[-1]['pillar'] = '党的领导'
N('missing-pillar', None, '五个一/六级贯通 folded into 一套体系: 健全组织机构, 厘清层级职责 (六级贯通), 完善工作机制 (lines 25-28), as in the 吴忠 plan', line=0)
M[-1]['pillar'] = '五个一和六级贯通'
N('missing-pillar', None, '数字生态 has its own heading 四（三）营造良好数字生态 (lines 39-41)', line=0)
M[-1]['pillar'] = '数字生态'

covers = []
def C(task, sub, contains=None):
    covers.append({'task': task, 'line': ln(sub, contains)})
C(5, '完善数字经济治理')
C(6, '推进文化旅游等服务数字化')
C(7, '深化智慧教育应用')
C(8, '推进“互联网+医疗健康”')
C(10, '推进数字乡村建设')
C(12, '培育数据要素市场')
C(14, '落实安全管理责任')
C(15, '落实安全管理责任')
C(18, '提升安全防护能力')
C(21, '推动行政权力事项网上运行。')
C(24, '规范政务信息化项目管理')
C(25, '（二）加大财政投入')
C(28, '开展试点示范')
C(31, '完善数据管理机制')
C(36, '深化数据共享应用')
C(41, '有序开放公共数据')
C(43, '用好政务信创云')
C(48, '提升电子政务外网支撑能力')
C(49, '整合视频资源')
C(50, '提升电子政务外网支撑能力')
C(52, '推广共性应用')
C(54, '加强电子文件管理')
C(57, '完善信用信息服务')
C(64, '（一）健全组织机构')
C(66, '（一）提升科学精准的经济调节能力')
C(70, '推动监管精准化')
C(71, '强化追溯监管')
C(77, '提升矛盾纠纷化解能力')
C(79, '提升社会治安防控能力')
C(80, '提升公共安全保障能力')
C(83, '提高基层社会治理能力')
C(84, '打造泛在可及的服务体系')
C(85, '提升智慧便捷服务能力')
C(86, '用好“我的宁夏”政务APP')
C(87, '优化12345热线服务')
C(93, '推进适老化与信息无障碍建设')
C(94, '加强生态环境数字化监测')
C(96, '推进“互联网+城乡供水”。')
C(98, '建设“智慧林草”')
C(102, '推动绿色低碳转型')
C(104, '提升行政执行能力')
C(105, '提升行政执行能力')
C(106, '推进基层减负')
C(111, '提升机关事务管理水平')
C(112, '提升政府信息公开水平')
C(114, '发挥政务新媒体传播优势')
C(115, '畅通政民互动渠道')
C(116, '（一）加强组织领导')
C(118, '（三）提升数字素养')
C(121, '（四）强化考核评价')

key = {
    'writer': 'blind writer, round 747; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
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
    'notes': ('泾源县 (固原市) plan issued 2024-03-22, checked against ningxia-2023 only (no parent plan supplied). '
              'Inline notes use the office\'s own short labels, explained on line 24: 责任/主责 = lead, 协同 = cooperating units, '
              '时间/节点 = deadline; the first-listed unit of a cell leads. The task table (lines 99-116) uses columns 主责单位/协同单位/完成节点. '
              'Tasks whose regional 完成时限 is 2023 (14, 15, 18, 31, 36, 52/85, 24) are taken up without a deadline on purpose. '
              'Six planted slips: wrong 文号 in the preamble, late goal (2026), impossible past deadline (2014), late note (task 93), '
              'unknown unit 县信息中心 in the table, one mojibake run.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'))
