# Writes key.json and checks every entry's text against its line in draft.txt (1-based).
import json, datetime
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(n, text=None):
    if text is not None:
        assert text in lines[n-1], (n, text, lines[n-1][:60])
    return n

def find(text):
    hits = [i+1 for i, l in enumerate(lines) if text in l]
    assert len(hits) == 1, (text, hits)
    return hits[0]

E = []
def exp(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': L(line, text) if line else 0}
    if text is not None: d['text'] = text
    d.update(kw); d['why'] = why
    E.append(d)

exp('basis-mismatch', find('（宁政办发〔2023〕17号）'), '宁政办发〔2023〕17号',
    'the title cited is 《自治区人民政府关于加强数字政府建设的实施意见》, whose 文号 is 宁政发〔2023〕17号 (自治区人民政府 document); 宁政办发 is the 政府办公厅 series')
exp('deadline-later-than-baseline', find('到2026年，全市数字政府建设体系框架全面成型'), '2026年',
    '主要目标: the region sets 到2025年 for the same goal (数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…); the city puts it a year later (and its own plan period is 2024—2025, line 9)')
exp('deadline-later-than-baseline', find('2.电子政务外网提质扩面工程'), '2025年底前',
    'box 专栏1 item 2 (城域网升级改造，市县乡村全覆盖，按需向企事业单位拓展，扩大互联网出口带宽) is task 48 (完成时限 2024年) with task 47 (2024年); 2025年底前 is later')
exp('deadline-later-than-baseline', find('到2025年底，全面完成全市各级政府网站'), '2025年底',
    'body sentence taking up task 93 (各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 完成时限 2024年); the city says 到2025年底')
exp('deadline-invalid', find('20224年底前'), '20224年',
    'impossible year (typo for 2024年) in box 专栏1 item 7; tasks 52 (2025年) / 53 (2024年)')
exp('unknown-unit', find('牵头单位：市政务服务中心'), '市政务服务中心',
    'lead unit of 专栏3 item 6 is not in units.txt (an old name; the registry has 市审批服务管理局, which leads the 12345 item on the next line)')
exp('garbled-text', find('褰㈡垚閲嶇偣'), '褰㈡垚閲嶇偣',
    'UTF-8 read as GBK: 褰㈡垚閲嶇偣浼佷笟鐢诲儚鍜屼骇涓氶摼鍥捐氨 = 形成重点企业画像和产业链图谱 (box 专栏3 item 1)')

M = []
def mnf(rule, line, why, text=None):
    d = {'rule': rule, 'line': L(line, text) if line else 0}
    if text is not None: d['text'] = text
    d['why'] = why
    M.append(d)

# basis
mnf('basis-mismatch', 2, "the plan's own 文号 as issued by 中卫市人民政府, not a basis document", '卫政发〔2024〕21号')
mnf('basis-mismatch', 9, 'national 指导意见 cited with its correct 文号', '国发〔2022〕14号')
mnf('basis-mismatch', 12, 'retrospective mention of the 2020 工作要点 with its correct 文号 (宁政办发〔2020〕14号 is that document), as background, not as a basis', '宁政办发〔2020〕14号')
# dates that are not deadlines / background
mnf('deadline-invalid', 6, 'issue date of the plan', '2024年4月18日')
mnf('deadline-invalid', 12, 'past date in the background section (when the region issued its 实施意见)', '2023年5月')
mnf('deadline-invalid', 13, 'past status figure in the background section, not a deadline', '截至2023年底')
mnf('deadline-later-than-baseline', 9, 'plan period and outlook, not a task deadline; 2035 equals the regional outlook', '2024—2025年')
mnf('deadline-later-than-baseline', 18, '到2024年底 goal: 信创云迁移 (task 43 2024年 建成; task 19 2024年建成), 数字政府项目“一本账” (task 23, 2024年), 公共数据开放目录 (task 41, 2024年) — all equal', '到2024年底')
mnf('deadline-later-than-baseline', 20, 'equal to the regional 到2035年 goal', '到2035年')
mnf('deadline-later-than-baseline', 44, 'task 43 完成时限 “2024 年建成，持续推进” (task 19: 2023年启动，2024年建成): equal', '2024年底前完成迁移，持续推进')
mnf('deadline-later-than-baseline', 46, 'task 49 (视频共享平台/视频一张网) 完成时限 2025年: the city is earlier', '2024年底前')
mnf('deadline-later-than-baseline', 47, 'tasks 33, 34, 39 完成时限 2024年: equal', '2024年底前')
mnf('deadline-later-than-baseline', 48, 'task 41 (公共数据开放目录) 完成时限 2024年: 2024年10月底前 is earlier', '2024年10月底前')
mnf('deadline-later-than-baseline', 49, 'task 16 (数据安全防护能力评估指标体系，可量化、可追溯、可评估) 完成时限 2024年: equal', '2024年底前')
mnf('deadline-later-than-baseline', 51, 'task 23 (“一本账”) 完成时限 2024年: equal', '2024年底前')
mnf('deadline-later-than-baseline', 63, 'task 1 完成时限 “持续推进，2025 年取得明显成效”: equal', '持续推进，2025年取得明显成效')
mnf('deadline-later-than-baseline', 64, 'task 2 完成时限 “2023 年启动，2024 年取得明显成效”: equal', '2024年取得明显成效')
mnf('deadline-later-than-baseline', 65, 'task 3 完成时限 “持续推进，2025 年取得明显成效”: equal', '持续推进，2025年取得明显成效')
mnf('deadline-later-than-baseline', 66, 'task 9 完成时限 “持续推进，2025年取得明显成效”: equal', '2025年底前')
mnf('deadline-later-than-baseline', 67, 'task 10 完成时限 “持续推进，2025年取得明显成效”: equal', '2025年底前')
mnf('deadline-later-than-baseline', 68, 'task 11 完成时限 “2023年完成主要建设任务，2025年取得明显成效”: the completing milestone 2025 is equal', '2025年取得明显成效')
mnf('deadline-later-than-baseline', 69, 'tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效): equal', '2025年取得明显成效')
mnf('deadline-later-than-baseline', 70, 'task 12 完成时限 2025年: equal', '2025年底前')
mnf('deadline-later-than-baseline', 74, 'task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年: 2024年底前 is earlier', '2024年底前')
mnf('deadline-later-than-baseline', 97, 'task 66 完成时限 2025年: equal (the garbled run on this line is a separate finding)', '2025年底前')
mnf('deadline-later-than-baseline', 98, 'tasks 70 and 71 完成时限 2024年: equal', '2024年底前')
mnf('deadline-later-than-baseline', 99, 'task 77 完成时限 2024年: equal', '2024年底前')
mnf('deadline-later-than-baseline', 100, 'task 80 完成时限 2024年: equal', '2024年底前')
mnf('deadline-later-than-baseline', 101, 'task 83 完成时限 2025年: equal', '2025年底前')
mnf('deadline-later-than-baseline', 102, 'tasks 84 and 86 完成时限 2024年: equal (the unknown lead unit is a separate finding)', '2024年底前')
mnf('deadline-later-than-baseline', 103, 'task 87 完成时限 “2023年启动，2025年完成”: equal', '2025年底前完成')
mnf('deadline-later-than-baseline', 104, 'task 96 完成时限 2025年: equal', '2025年底前')
mnf('deadline-later-than-baseline', 105, 'task 94 完成时限 2024年: equal (task 95, 2025年, is later than the city)', '2024年底前')
mnf('deadline-later-than-baseline', 106, 'task 106 完成时限 2025年: equal', '2025年底前')
mnf('deadline-later-than-baseline', 107, 'task 107 完成时限 2025年: equal', '2025年底前')
mnf('deadline-later-than-baseline', 108, 'tasks 113 and 115 完成时限 2024年: equal', '2024年底前')
mnf('deadline-later-than-baseline', 119, "the office's own reporting dates (quarterly and 12月15日), not task deadlines", '每年12月15日前')
mnf('deadline-invalid', 67, 'a count of towns (3—5个乡镇), not a date', '3—5个')
mnf('deadline-invalid', 41, '“区市县乡村5级” is a count of levels, not a date', '5级')
mnf('deadline-invalid', 103, 'box item number 7 and the 12345 hotline number, not a date', '12345')
mnf('deadline-invalid', 43, 'box number and title (专栏1 数字政府重点工程), not a date or task number', '专栏1')
mnf('deadline-invalid', 62, 'box number and title', '专栏2')
mnf('deadline-invalid', 96, 'box number and title', '专栏3')
mnf('deadline-invalid', 10, 'chapter number 第一章 (chapters 第一章…第六章 and sections 第一节… are ordinals)', '第一章')
mnf('deadline-invalid', 109, 'chapter number 第六章', '第六章')
# units
mnf('unknown-unit', 3, 'addressees: 沙坡头区、中宁县、海原县人民政府 — the suffix distributes; all three are in units.txt', '沙坡头区、中宁县、海原县人民政府')
mnf('unknown-unit', 34, 'counties named as places where pilots run, not responsible units', '沙坡头区、中宁县、海原县')
mnf('unknown-unit', 56, 'industrial parks named as places (中卫工业园区、中宁工业园区、海兴开发区)', '海兴开发区')
mnf('unknown-unit', 65, '中卫工业园区管委会, 中宁县人民政府, 海原县人民政府 are in units.txt; 海兴开发区 is a place', '中卫工业园区管委会')
mnf('unknown-unit', 67, '中宁县、海原县 as places; 中宁县人民政府、海原县人民政府 as units are in units.txt', '中宁县人民政府')
mnf('unknown-unit', 104, 'counties as places, then their 人民政府 as units, all in units.txt', '沙坡头区人民政府')
mnf('unknown-unit', 44, 'collective subject', '市直有关部门')
mnf('unknown-unit', 45, 'collective subject', '各县（区）人民政府')
mnf('unknown-unit', 101, 'collective subjects', '各乡镇（街道）')
mnf('unknown-unit', 47, 'official short name of 市大数据管理服务局 listed in units.txt', '市大数据局')
mnf('unknown-unit', 51, 'alias of 市发展改革委 listed in units.txt', '市发改委')
mnf('unknown-unit', 50, 'in units.txt (vertical unit in the city)', '中卫市税务局')
mnf('unknown-unit', 100, 'in units.txt', '中卫市气象局')
mnf('unknown-unit', 63, 'in units.txt', '中卫西部云基地管委会')
mnf('unknown-unit', 69, 'two leads, both in units.txt', '市教育局、市卫生健康委')
mnf('unknown-unit', 74, 'bodies named in prose, not responsible units of a task: the city 领导小组 (in units.txt) and the regional company / expert committee taken from the 实施意见', '数字宁夏建设运营有限公司')
mnf('unknown-unit', 116, 'in units.txt', '市委党校')
mnf('unknown-unit', 119, 'the city government itself (in units.txt), as the recipient of reports', '市人民政府')
mnf('missing-pillar', 0, 'all pillars are taken up although the plan is laid out as 第一章…第六章 and puts 四大支撑 (ch.2, lines 23-51) before 三个驱动 (ch.3, lines 52-70: 数字经济 55-56, 数字社会 58-59, 数字生态 61); 五个一 line 74, 六级贯通 line 76; 七个能力 lines 81-108; 党的领导 ch.6: 组织领导 112, 财政投入 114, 数字素养 116, 考核评价 118')
mnf('garbled-text', 43, 'headings use an ideographic space (U+3000) after 专栏1 / 第一章, which is normal typesetting, not damage', '专栏1　数字政府重点工程')

C = []
def cov(task, text):
    C.append({'task': task, 'line': find(text)})
cov(1, '1.算力枢纽服务保障工程')
cov(2, '2.特色产业云建设工程')
cov(3, '3.智慧园区建设工程')
cov(5, '强化政企协同、部门协同、社会共治的监管和治理机制')
cov(6, '深入推进教育、健康、就业、文化旅游')
cov(7, '7.智慧教育和智慧医疗工程')
cov(8, '依托国家智能社会治理实验基地（卫生特色）建设')
cov(9, '4.城市运行“一网统管”工程')
cov(10, '5.数字乡村试点工程')
cov(11, '6.“数字供销”示范建设工程')
cov(12, '8.数据要素市场培育工程')
cov(13, '落实数据交易主体市场准入')
cov(14, '强化安全管理责任。')
cov(16, '6.数据安全防护能力提升工程')
cov(17, '落实安全制度要求。')
cov(18, '提升安全保障能力。')
cov(21, '依托全区行政许可管理信息系统')
cov(23, '8.数字政府项目“一本账”工程')
cov(24, '健全政务信息化建设管理会商机制')
cov(25, '统筹现有资金渠道，将数字政府建设经费纳入年度预算')
cov(28, '开展试点示范。')
cov(32, '完善数据管理机制。')
cov(34, '4.政务数据归集治理工程')
cov(39, '深化数据高效共享。')
cov(41, '5.公共数据开放工程')
cov(42, '促进数据有序开发利用。')
cov(43, '1.政务信创云迁移工程')
cov(48, '2.电子政务外网提质扩面工程')
cov(49, '3.视频共享“一张网”工程')
cov(50, '有序推进非涉密业务专网向电子政务外网整合迁移')
cov(52, '7.电子证照和电子印章应用推广工程')
cov(54, '深化电子文件管理')
cov(64, '参照自治区“五个一”工作体系')
cov(65, '积极对接宁夏经济治理基础数据库')
cov(66, '1.经济运行监测分析工程')
cov(70, '2.智慧市场监管工程')
cov(72, '推进本行业领域监管信息系统与宁夏“互联网+监管”系统对接')
cov(77, '3.矛盾纠纷多元化解工程')
cov(79, '持续推进“雪亮工程”')
cov(80, '4.“智慧应急”提升工程')
cov(83, '5.基层智慧治理工程')
cov(84, '6.政务服务“一网通办”提升工程')
cov(85, '推行政务服务事项“集成办”“免证办”')
cov(87, '7.12345热线“一呼即应”工程')
cov(89, '建设完善企业专属网页和惠企政策专栏')
cov(90, '推进图书馆、博物馆、文化馆')
cov(93, '到2025年底，全面完成全市各级政府网站')
cov(94, '9.生态环境智慧监测工程')
cov(96, '8.数字治水工程')
cov(104, '依托全区统一的协同办公平台')
cov(106, '10.基层填表报数减负工程')
cov(107, '11.视频会议系统整合工程')
cov(112, '进一步完善各类政务公开信息化平台')
cov(114, '加快构建政务新媒体矩阵体系')
cov(115, '12.政策文件库和政民互动工程')
cov(116, '纳入“一把手工程”')
cov(118, '依托市委党校建立完善数字政府培训体系')
cov(121, '每年度制定数字政府工作要点')
cov(122, '将数字政府建设纳入全市效能目标管理考核')

key = {
  'writer': 'blind writer, round 381; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': datetime.date.today().isoformat(),
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': [],
  'units': 'units.txt',
  'planYear': 2024,
  'expect': E,
  'mustNotFlag': M,
  'covers': C,
  'notes': ('中卫市数字政府建设实施方案 (2024), a planning-style document: 第一章…第六章 with 第一节… sections and three boxes '
            '(专栏1 数字政府重点工程, 专栏2 数字经济和数字社会重点项目, 专栏3 政府数字化履职能力提升项目) whose items read '
            '“N.…工程。body。牵头单位：…；配合单位：…；完成时限：…”. Basis is the region\'s 实施意见 only; no parent plan. '
            'Seven planted findings over five rules; four of them are inside boxes (lines 45, 50, 97, 102). '
            'Line 50 (20224年) is a typo for 2024年: a reviewer should call it invalid, not compare it as a year later than task 52/53. '
            'Tasks with 2023 regional deadlines (e.g. 14, 15, 17, 30, 31, 36, 85) are taken up in prose without a date on purpose, '
            'so no copied-past-date question arises. Tasks the city simply does not take up (e.g. 76 金融监管平台, 82 疫情防控, 99 地质, 110 预算一体化) '
            'are not planted omissions and are not in expect.')
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
