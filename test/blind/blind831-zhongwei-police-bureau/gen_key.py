# Builds key.json for blind case 831 and checks every line number against draft.txt.
# Each entry names a substring ("at") that must occur on its line; the line is looked up and
# then asserted, so a change in draft.txt that moves a line fails loudly.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()


def line_of(at, nth=1):
    hits = [i + 1 for i, l in enumerate(LINES) if at in l]
    assert len(hits) == 1 or (nth > 1 and len(hits) >= nth), (at, hits)
    return hits[nth - 1]


def check(entry, at):
    ln = entry['line']
    assert ln == 0 or at in LINES[ln - 1], (entry, at)
    if 'text' in entry and ln:
        assert entry['text'] in LINES[ln - 1], entry
    return entry


E = []   # expect
M = []   # mustNotFlag
C = []   # covers


def exp(rule, at, why, text=None, nth=1, **kw):
    e = {'rule': rule, 'line': line_of(at, nth)}
    if text is not None:
        e['text'] = text
    e.update(kw)
    e['why'] = why
    E.append(check(e, at))


def mnf(rule, at, why, text=None, nth=1, **kw):
    e = {'rule': rule, 'line': line_of(at, nth) if at else 0}
    if text is not None:
        e['text'] = text
    e.update(kw)
    e['why'] = why
    M.append(check(e, at) if at else e)


def cov(task, at):
    C.append({'task': task, 'line': line_of(at)})

# ---------------------------------------------------------------- expect (planted)
exp('basis-mismatch', '（宁政办发〔2023〕17号）',
    'the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office (办公厅) series, so the 文号 does not belong to the title',
    text='宁政办发〔2023〕17号')
exp('deadline-later-than-baseline', '推进“雪亮工程”向基层全覆盖，补齐',
    'table row 1 (雪亮工程向基层全覆盖) takes up regional task 79 (持续推进“雪亮工程”，建设全区社会治安防控体系; 自治区党委政法委，公安厅牵头，各市、县（区）配合), 完成时限 2024年; 2025年6月底前 is later. The draft’s own goal (line 18) even says 视频监控重点公共区域覆盖率 100% by 2024年底',
    text='2025年6月底前')
exp('deadline-invalid', '20224年9月底前',
    'impossible year 20224 (typo for 2024); the row takes up regional task 86 (“我的宁夏”政务APP 应上尽上), 完成时限 2024年',
    text='20224年')
exp('unknown-unit', '\t网监支队\t',
    'lead unit of table row 12 is 网监支队, the old name of the 网络安全保卫支队; the bureau’s registry (units.txt) lists only 市公安局网络安全保卫支队 = 网络安全保卫支队, 网安支队, and every other row says 网安支队',
    text='网监支队')
exp('garbled-text', '鏄庣‘鏁版嵁',
    'UTF-8 bytes read as GBK: re-encoding the run as GBK and decoding as UTF-8 gives 明确数据管理机构及其职责分工',
    text='鏄庣‘鏁版嵁')
E.append({'rule': 'task-uncovered', 'line': 0, 'task': 78,
          'why': 'regional task 78 (推进全区公安信息化系统整合优化，建设自治区公安大数据中心，推动警务模式和警务机制转型升级; 自治区公安厅负责，各市、县（区）配合, 2024年) is the police task above all others and is deliberately left out: the draft never mentions 公安信息化系统整合, 公安大数据中心 or 警务模式/机制转型'})

# ---------------------------------------------------------------- mustNotFlag
# basis documents
mnf('basis-mismatch', '（国发〔2022〕14号）', 'correct title and 文号 of the national 指导意见', text='国发〔2022〕14号')
mnf('basis-mismatch', '中卫市人民政府《关于加强数字政府建设的实施方案》',
    'the city’s own plan cited by title alone, as city plans often have no 文号; title wording (加强…实施方案) is right', text='中卫市人民政府《关于加强数字政府建设的实施方案》')
mnf('basis-mismatch', '（宁政办发〔2020〕14号）',
    'retrospective mention of the 2020 工作要点 in the 工作基础 background (自2020年…实施以来), not cited as a basis; the 文号 matches its title', text='宁政办发〔2020〕14号')
mnf('basis-mismatch', '卫公发〔2024〕9号', 'the bureau’s own 发文字号 of this notice, not a cited basis', text='卫公发〔2024〕9号')
mnf('basis-mismatch', '关于印发《中卫市公安局2024年数字政府建设重点任务实施方案》',
    'the title of the plan itself inside the 印发 notice, not a higher document', text='《中卫市公安局2024年数字政府建设重点任务实施方案》')
# units
mnf('unknown-unit', '各县（区）公安（分）局，市局各警种、各部门', 'collective subject (all county/district police bureaus)', text='各县（区）公安（分）局')
mnf('unknown-unit', '各县（区）公安（分）局，市局各警种、各部门', 'collective subject (all divisions of the bureau)', text='市局各警种、各部门')
mnf('unknown-unit', '局办公室、局属各单位', 'collective subject', text='局属各单位')
mnf('unknown-unit', '科信科、交警支队、治安支队', 'official short name of 市公安局科技信息化科 listed in units.txt', text='科信科')
mnf('unknown-unit', '\t网安支队\t局办公室、局属各单位', 'short name of 市公安局网络安全保卫支队 listed in units.txt', text='网安支队')
mnf('unknown-unit', '情报指挥中心，市委政法委、市大数据局', 'short name of 市大数据管理服务局 in units.txt; 市委政法委 also listed', text='市大数据局')
mnf('unknown-unit', '各县（区）公安（分）局，市综治中心', 'short name of 市社会治安综合治理中心 in units.txt', text='市综治中心')
mnf('unknown-unit', '市应急局、中卫市消防救援支队', '中卫市消防救援支队 is in units.txt; 市应急局 is the short name of 市应急管理局', text='中卫市消防救援支队')
mnf('unknown-unit', '督促中国电信中卫分公司', 'operators outside the government proper, listed in units.txt as 关键信息基础设施运营者', text='中国电信中卫分公司')
mnf('unknown-unit', '沙坡头区分局、中宁县公安局', 'short name of 市公安局沙坡头区分局; 中宁县公安局 is listed', text='沙坡头区分局')
mnf('unknown-unit', '按照自治区党委政法委统一部署', 'regional body (in the baseline) mentioned as the source of the deployment, not as lead of a local task; the local lead is 市委政法委', text='自治区党委政法委')
mnf('unknown-unit', '按照自治区公安厅科技信息化工作部署', 'regional body in the preamble background, not a responsible unit of any task', text='自治区公安厅')
mnf('unknown-unit', '报市数字政府建设领导小组办公室', 'short name of 市推进数字政府建设领导小组办公室 in units.txt; the office’s own reporting line', text='市数字政府建设领导小组办公室')
mnf('unknown-unit', '成立中卫市公安局数字政府建设工作领导小组', 'an internal leading group this plan itself sets up, not named as a responsible unit', text='中卫市公安局数字政府建设工作领导小组')
mnf('unknown-unit', '国家（中卫）新型互联网交换中心等重点单位', 'a facility being protected (named in the regional 实施意见 itself), not a responsible unit', text='国家（中卫）新型互联网交换中心')
mnf('unknown-unit', '配合自治区有关部门构建', 'collective regional subject; the bureau only cooperates', text='自治区有关部门')
# deadlines: equal, earlier, ongoing, copied, background, reporting
mnf('deadline-later-than-baseline', '公安视频资源按规定接入全市统一的“视频一张网”',
    'earlier than task 49 (视频一张网), 完成时限 2025年', text='2024年10月底前')
mnf('deadline-later-than-baseline', '社区警务和网格数据接入新型基层管理服务平台',
    'equal to task 83 (“互联网+基层治理”, 新型基层管理服务平台), 完成时限 2025年', text='2025年12月底前')
mnf('deadline-later-than-baseline', '参与建设全市统一的视频指挥调度体系\t',
    'equal to task 81 (统一的视频指挥调度体系; 公安厅、应急厅、消防救援总队 具体负责), 完成时限 2025年', text='2025年底前')
mnf('deadline-later-than-baseline', '清理压减基层所队报表\t',
    'within the year of task 106 (宁政通 填表报数系统), 完成时限 2025年; not the planted 2025年6月底前 of row 1', text='2025年6月底前')
mnf('deadline-later-than-baseline', '交通信号、卡口流量数据与城市运行',
    'copied from task 9 (智慧城市/一网统管), 完成时限 持续推进，2025年取得明显成效 — equal', text='持续推进，2025年取得明显成效')
mnf('deadline-later-than-baseline', '创新以网管网等监管模式，依法打击',
    'copied from task 5 (以网管网 监管模式), 持续推进，2025年取得明显成效 — equal', text='持续推进，2025年取得明显成效')
mnf('deadline-later-than-baseline', '开展常态化安全防护和应急演练\t',
    'copied verbatim from task 18 (2023年形成机制，长期坚持) — equal', text='2023年形成机制，长期坚持')
mnf('deadline-invalid', '开展常态化安全防护和应急演练\t',
    'a regional deadline copied as it stands; its 2023 milestone lies before the plan year but is not an error', text='2023年')
mnf('deadline-later-than-baseline', '持续运行安全评估、责任落实和重大事件处置机制',
    'tasks 14/15 were due 2023年; the row says 长期坚持 (ongoing) with no completing milestone, and line 31 says the mechanism was built in 2023', text='长期坚持')
mnf('deadline-later-than-baseline', '将数字政府建设纳入“一把手工程”，建立主要领导负责制\t',
    'task 116 is 2023年完成并长期坚持; 长期坚持 has no later milestone', text='长期坚持')
mnf('deadline-later-than-baseline', '开展科技信息化和数字素养专题培训',
    'task 118 is 2023年完成并长期坚持; 长期坚持 has no later milestone', text='长期坚持')
mnf('deadline-later-than-baseline', '定期开展督促检查和经验交流，建立容错和奖惩机制\t',
    'task 124 is 2023年形成机制，长期坚持; ongoing', text='长期坚持')
mnf('deadline-later-than-baseline', '完善110报警服务台与12345热线、基层网格员联动处置机制\t',
    'earlier than task 87 (12345 一呼即应), 2023年启动，2025年完成', text='2024年9月底前')
mnf('deadline-later-than-baseline', '推动居民身份证、驾驶证、行驶证等电子证照在社会化高频场景',
    'earlier than task 52 (电子证照 社会化高频场景), 完成时限 2025年', text='2024年12月底前')
mnf('deadline-later-than-baseline', '交警规费等非税收入实现电子缴款全覆盖',
    'earlier than task 56 (非税收入收缴电子化，交警规费), 完成时限 2025年', text='2024年12月底前')
mnf('deadline-later-than-baseline', '接入全市统筹应用的视频会议平台\t',
    'earlier than task 107 (视频会议平台), 完成时限 2025年', text='2024年12月底前')
mnf('deadline-later-than-baseline', '非涉密公安业务系统按计划迁移至政务信创云\t',
    'equal to task 46 (政务信息系统有序迁移) 2024年 and task 43 (2024年建成，持续推进)', text='2024年12月底前')
mnf('deadline-later-than-baseline', '打通110接处警系统与矛盾纠纷多元化解信息系统',
    'equal to task 77 (矛盾纠纷多元化解信息系统), 完成时限 2024年', text='2024年12月底前')
mnf('deadline-later-than-baseline', '（四）工作目标。到2024年底',
    'goals: 视频一张网 by 2024年底 is earlier than task 49 (2025年); 网上可办/掌上办 by 2024年底 equals tasks 84/86 (2024年); 到2025年…数字化履职能力明显提升…数据治理初见成效 equals the regional 主要目标 到2025年', text='到2025年')
mnf('deadline-later-than-baseline', '2024年在沙坡头区、中宁县各建成一批',
    '智安小区 demonstration in 2024 equals task 79’s 2024年', text='2024年')
mnf('deadline-invalid', '（二）工作基础。2023年',
    'past dates in the background (2023年, 2023年11月, 2020年) describe work already done', text='2023年11月')
mnf('deadline-invalid', '2023年已建立的安全评估',
    'retrospective: a mechanism built in 2023, not a deadline', text='2023年')
mnf('deadline-later-than-baseline', '每季度末月25日前',
    'the office’s own progress-reporting date, not a task deadline')
mnf('deadline-later-than-baseline', '于2024年12月20日前报',
    'the office’s own reporting dates for the annual summary (2024年12月10日, 2024年12月20日)', text='2024年12月20日前')
mnf('deadline-invalid', '（一）部署启动（2024年3月）',
    'the plan’s own schedule in its issue year', text='2024年3月')
mnf('deadline-invalid', '中卫市公安局办公室　　2024年3月18日印发',
    'the printing date of the document, not a deadline; the full-width spaces are layout, not damage', text='2024年3月18日')
mnf('garbled-text', '中卫市公安局办公室　　2024年3月18日印发',
    'full-width spaces (U+3000) in the 印发 line are ordinary layout')
# framework parts a single bureau's plan does not cover
mnf('missing-pillar', None, 'a single police bureau’s plan for the tasks that fall to the police; 经济调节 belongs to 发展改革、统计 etc.', pillar='经济调节')
mnf('missing-pillar', None, 'not the police bureau’s remit (市场监管部门); the plan touches only 以网管网 (line 35)', pillar='市场监管')
mnf('missing-pillar', None, 'not the police bureau’s remit (生态环境、自然资源、水利部门)', pillar='生态环境保护')
mnf('missing-pillar', None, 'a department plan need not mirror 数字经济; it does touch it (以网管网 task 5 at line 35, 西部数谷/中卫交换中心 at line 34)', pillar='数字经济')

# ---------------------------------------------------------------- covers
cov(5, '5．营造良好网络生态')
cov(9, '5．推进智慧交通管理')
cov(14, '1．压实安全管理责任')
cov(15, '1．压实安全管理责任')
cov(16, '配合自治区有关部门构建数据安全防护能力')
cov(17, '2．落实安全制度要求')
cov(18, '3．提升安全防护能力')
cov(36, '2．深化数据高效共享')
cov(37, '2．深化数据高效共享')
cov(39, '2．深化数据高效共享')
cov(46, '3．推进网络整合和系统上云')
cov(49, '2．推进视频资源共享融合')
cov(50, '3．推进网络整合和系统上云')
cov(52, '3．扩大电子证照应用')
cov(56, '4．推进交管规费电子化缴纳')
cov(64, '（一）加强组织领导')
cov(77, '2．推动矛盾纠纷多元化解')
cov(79, '1．推进视频监控向基层全覆盖')
cov(80, '4．协同提升公共安全保障能力')
cov(81, '4．协同提升公共安全保障能力')
cov(83, '1．参与新型基层管理服务平台建设')
cov(84, '1．推进公安政务服务“一网通办”')
cov(85, '3．扩大电子证照应用')
cov(86, '2．推动公安服务“应上尽上”')
cov(87, '3．健全110与12345联动机制')
cov(93, '5．推进适老化和信息无障碍建设')
cov(103, '2．提升辅助决策和执法监督能力')
cov(104, '1．提升行政执行能力')
cov(105, '1．提升行政执行能力')
cov(106, '1．提升行政执行能力')
cov(107, '1．提升行政执行能力')
cov(112, '3．做好政务公开')
cov(114, '3．做好政务公开')
cov(116, '（一）加强组织领导')
cov(118, '（四）提升数字素养')
cov(124, '（五）强化督导考核')
cov(26, '（三）健全制度规范')

key = {
    'writer': 'blind writer, round 831; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': E,
    'mustNotFlag': M,
    'covers': C,
    'notes': ('中卫市公安局 2024 plan for the digital-government tasks that fall to the police (雪亮工程, 互联网+基层治理, '
              '网络安全, 公安政务服务, 数据共享), body lines 1-64 and a 32-row task table (lines 65-97, tab-separated, header at 65) '
              'with 牵头单位/配合单位 given as the bureau’s divisions. No parent plan: the city plan is cited by title only and is not '
              'supplied. Responsible units are the bureau’s own registry (units.txt). A bureau plan covers only part of the 34567 '
              'framework, so missing-pillar should not fire (see mustNotFlag); task-uncovered for the many tasks outside the police '
              'remit is expected noise except task 78, which is planted. Line 80 “20224年” is an impossible year; a checker that '
              'reads it as a year later than 2024 and raises deadline-later-than-baseline instead would be reporting the same slip '
              'under the other rule. Line 90 and line 66 share the text 2025年6月底前: only line 66 (task 79, due 2024) is late. '
              'The garbled run at line 43 is generated by gen_draft.py (UTF-8 read as GBK).'),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(E), 'mustNotFlag', len(M), 'covers', len(C))
