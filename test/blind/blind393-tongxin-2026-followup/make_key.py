# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def find(text, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if text in l]
    assert len(hits) == 1, (text, hits)
    return hits[0]

E = []
def exp(rule, text, why, anchor=None, **kw):
    line = find(anchor or text)
    assert text in L[line - 1], (text, line)
    E.append(dict(rule=rule, line=line, text=text, why=why, **kw))

exp('basis-mismatch', '宁政发〔2023〕14号',
    'the region\'s 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 14号 is a slip (confused with 国发〔2022〕14号)')
exp('unknown-unit', '自治区农业农村厅',
    'a regional body named as 牵头单位 of a county task (copied from task 10, where 自治区农业农村厅 leads and 各市、县（区）具体负责); the county lead should be 县农业农村局',
    anchor='牵头单位：自治区农业农村厅')
exp('unknown-unit', '县网信局',
    'not in units.txt; the county body is 县委网信办 (used correctly on the next item)')
exp('deadline-invalid', '6月31日',
    'impossible date: June has 30 days (task 18 完成时限 2023年形成机制，长期坚持, so no lateness issue)')
exp('deadline-invalid', '2025年9月',
    'a new 2026 task given a deadline of 2025年9月底前, before the year the document is issued (January 2026) — a leftover from the 2025 要点; task 87 完成时限 2023年启动，2025年完成',
    anchor='完成时限：2025年9月底前')
exp('deadline-later-than-baseline', '2027年底',
    'task 93 完成时限 2024年 (适老化与信息无障碍建设); the county sets 2027年底前 with no carry-over reason, later than the region and beyond the plan\'s own year; it is not in the 续推 table')
exp('garbled-text', '瑙勮寖鏀垮簻',
    'UTF-8 bytes read as GBK: 瑙勮寖鏀垮簻缃戠珯鍜屾斂鍔℃柊濯掍綋绠＄悊 = 规范政府网站和政务新媒体管理')

M = []
def mnf(rule, anchor, why, text=None, line=None, **kw):
    ln = line if line is not None else find(anchor)
    if text: assert text in L[ln - 1], (text, ln)
    d = dict(rule=rule, line=ln)
    if text: d['text'] = text
    d.update(kw); d['why'] = why
    M.append(d)

# basis
mnf('basis-mismatch', '国发〔2022〕14号', 'correct national basis: title and 文号 match', text='国发〔2022〕14号')
mnf('basis-mismatch', '吴忠市人民政府《关于加强数字政府建设的实施方案》', 'the city plan cited by title alone (it has no 文号 in the seed); correct title', text='吴忠市人民政府《关于加强数字政府建设的实施方案》')
mnf('basis-mismatch', '《同心县关于加强数字政府建设的实施方案》', 'the county\'s own earlier plan, cited by title as the source of its targets; not a higher-level basis document', text='同心县关于加强数字政府建设的实施方案')
mnf('basis-mismatch', '宁政办发〔2020〕14号', 'retrospective mention in the review of work (since 2020); not cited as a current basis, so not a superseded-basis error', text='宁政办发〔2020〕14号')
# past dates reported / background
mnf('deadline-invalid', '（2023年—2025年）实施期满', 'name and span of the regional task list, background', text='2023年—2025年')
mnf('deadline-invalid', '2025年3月，县推进', 'reported as done in 2025 (review of work); task 64 完成时限 2025年', text='2025年3月')
mnf('deadline-invalid', '截至2025年底，县级政务', 'status at the end of 2025, reported; tasks 46/43 (2024年) done', text='2025年底')
mnf('deadline-invalid', '于2025年9月底前完成与110', 'reported as done in 2025 (contrast with the planted 2025年9月底前 deadline of item 29); task 87 完成时限 2023年启动，2025年完成', text='2025年9月底前')
mnf('deadline-invalid', '2025年10月底前，县直', 'reported as done in 2025; task 30 完成时限 2023年', text='2025年10月底前')
mnf('deadline-invalid', '2025年5月完成与全区视频会议', 'reported as done in 2025; task 107 完成时限 2025年', text='2025年5月')
mnf('deadline-invalid', '截至2025年底尚未全部完成', 'background: status of carried-over tasks at the end of 2025', text='2025年底')
mnf('deadline-invalid', '余下11个行政村光缆', 'the 原完成时限 column copies the regional deadline (task 48: 2024年) and the reason cites 2025年汛期 — history, not a new deadline', text='2024年')
mnf('deadline-invalid', '自治区系统于2025年11月', 'the 原完成时限 column copies the regional deadline (task 106: 2025年); 2025年11月 in the reason is history', text='2025年11月')
mnf('deadline-invalid', '部分部门自建业务系统', 'the 原完成时限 column copies the regional deadline (task 54: 2024年)', text='2024年')
mnf('deadline-invalid', '不动产登记收费系统与电子缴款书', 'the 原完成时限 column copies the regional deadline (task 56: 2025年); 2025年12月 in the reason is history', text='2025年12月')
mnf('deadline-invalid', '2026年1月21日', 'issue date of the notice', text='2026年1月21日')
# goals
mnf('deadline-later-than-baseline', '（二）工作目标。2026年', '2026 goal consolidates (巩固) the 34567 framework the region required by 2025 (到2025年…全面成型), it does not move that goal; 到2035年 equals the regional and city 2035 goal; 外网三级全覆盖 is the carried-over task 48 with its reason in section 七', text='2035年')
# county new work / carried-over with reason
mnf('deadline-later-than-baseline', '完成时限：2026年3月底前建立', 'new county mechanism (月调度、季通报、年考评); the organisation itself (task 64, 2025年) was done in 2025 (line 12)', text='2026年3月底前')
mnf('deadline-later-than-baseline', '编制县、乡、村三级数字化工作职责清单', 'county\'s own new work under the 六级贯通 text of the 实施意见 (四(二)), which has no task-list deadline', text='2026年6月底前')
mnf('deadline-later-than-baseline', '建设县级综合指挥调度中心', 'county\'s own new work: 实施意见 四(二) says counties 一体化推进指挥调度中心等建设, with no deadline; task 81 (2025年) is the region\'s own 视频指挥调度体系, led by 自治区党委政法委', text='2026年9月底前')
mnf('deadline-later-than-baseline', '新增“5G+工业互联网”应用场景2个', 'task 3 完成时限 持续推进，2025年取得明显成效 — ongoing; the 2026 date is a new county target within continuing work', text='2026年底前')
mnf('deadline-later-than-baseline', '羊绒产业数字化交易服务平台', 'county\'s own new work (特色产业电商、羊绒交易平台); no regional task with this content', text='2026年11月底前')
mnf('deadline-later-than-baseline', '梳理全县公共数据资源清单', 'new work under the national 公共数据资源开发利用 deployment; task 12 (2025年, a regional data-trading platform) and task 41 (2024年, the regional open-data catalogue) are different tasks', text='2026年底前')
mnf('deadline-later-than-baseline', '签订2026年度网络和数据安全责任书', 'annual renewal of responsibility letters; tasks 14/15 (2023年) set up the mechanism, which the draft keeps (长期坚持)', text='2026年3月底前')
mnf('deadline-later-than-baseline', '申报自治区数字政府试点示范项目', 'task 28 (2023年启动，2025年取得明显成效) itself says 每年确定试点领域; this is the 2026 round', text='2026年10月底前')
mnf('deadline-later-than-baseline', '2026年6月底前、12月底前各完成1次', 'routine dynamic update of a catalogue completed in 2025 (line 15); task 30 完成时限 2023年', text='2026年12月底前')
mnf('deadline-later-than-baseline', '建设数据共享应用场景3个以上', 'county\'s own new scenes; not a regional task with a dated completion', text='2026年11月底前')
mnf('deadline-later-than-baseline', '2026年底前完成新一批“高效办成一件事”', 'new national batch for 2026; task 85/86 (2023年/2024年) were done (line 14)', text='2026年底前')
mnf('deadline-later-than-baseline', '探索人工智能大模型', 'county\'s own new work (AI applications); no regional task', text='2026年底前')
mnf('deadline-later-than-baseline', '实现全县142个行政村全覆盖', 'carried over with reason (task 48 完成时限 2024年; 光缆改造受2025年汛期影响)', text='2026年6月底前')
mnf('deadline-later-than-baseline', '推广应用全区统一填表报数系统', 'carried over with reason (task 106 完成时限 2025年; 自治区系统2025年11月才开放)', text='2026年9月底前')
mnf('deadline-later-than-baseline', '实现电子文件单套制归档', 'carried over with reason (task 54 完成时限 2024年; 自建系统待改造)', text='2026年10月底前')
mnf('deadline-later-than-baseline', '非税收入收缴电子化全覆盖', 'carried over with reason (task 56 完成时限 2025年; 系统对接2025年12月才启动)', text='2026年6月底前')
mnf('deadline-later-than-baseline', '于2026年2月底前报县数字政府', 'the office\'s own reporting date (units send their plans); task 116 完成时限 2023年完成并长期坚持', text='2026年2月底前')
mnf('deadline-later-than-baseline', '2026年组织开展全县干部数字化能力', 'task 118 完成时限 2023年完成并长期坚持 — the 2026 round of recurring training', text='2026年')
mnf('deadline-later-than-baseline', '2026年12月10日前报送全年工作总结', 'the office\'s own reporting dates', text='2026年12月10日前')
# units
mnf('unknown-unit', '各乡镇人民政府，县直各部门（单位），同心工业园区管委会', 'collective subjects and a registry unit in the 主送', text='县直各部门（单位）')
mnf('unknown-unit', '配合单位：县审批局、', 'official short name of 县审批服务管理局 in units.txt', text='县审批局')
mnf('unknown-unit', '县市场监管局；完成时限：2026年11月底前', 'official short name of 县市场监督管理局 in units.txt', text='县市场监管局')
mnf('unknown-unit', '配合单位：县工业信息化和商务局、吴忠市生态环境局同心分局', 'a registry name (city bureau branch); never split into 吴忠市 + …', text='吴忠市生态环境局同心分局')
mnf('unknown-unit', '国家税务总局同心县税务局；完成时限：持续推进', 'registry name of the tax bureau', text='国家税务总局同心县税务局')
mnf('unknown-unit', '依托自治区发展改革委建设的', 'a regional unit named as owner of the regional platform, not as lead of the county task', text='自治区发展改革委')
mnf('unknown-unit', '积极对接市大数据管理服务局', 'city unit listed in units.txt (上级业务指导单位); mentioned as a partner, not a lead', text='市大数据管理服务局')
mnf('unknown-unit', '配合单位：县市场监督管理局、县司法局、县直有关部门', 'collective subject', text='县直有关部门')
mnf('unknown-unit', '依托中共同心县委党校和宁夏干部教育培训网络学院', '中共同心县委党校 is in units.txt; 宁夏干部教育培训网络学院 is a training platform the city plan also names, not a responsible unit', text='宁夏干部教育培训网络学院')
mnf('unknown-unit', '配合单位：同心县消防救援大队', 'registry unit', text='同心县消防救援大队')
mnf('unknown-unit', '（牵头单位：县委网信办；配合单位：县公安局、县审批服务管理局、县直各部门（单位）；完成时限：全年持续推进）', 'correct county body (contrast with 县网信局 on the item before)', text='县委网信办')
mnf('unknown-unit', '牵头单位：县公共资源交易中心、县机关事务服务中心', 'two registry units sharing the lead', text='县机关事务服务中心')
# pillars
mnf('missing-pillar', None, '数字生态 is taken up in 四(三) (data elements, network ecology)', line=0, pillar='数字生态')
mnf('missing-pillar', None, 'the 五个一/六级贯通 work system is section 三 (items 1–3)', line=0, pillar='六级贯通')
mnf('missing-pillar', None, '党的领导 items (组织领导, 资金保障, 数字素养, 考核评价) are in 八、保障措施', line=0, pillar='考核评价')
mnf('missing-pillar', None, '政务公开 is 六(七), items 36–37', line=0, pillar='政务公开')

C = []
def cov(task, anchor):
    C.append(dict(task=task, line=find(anchor)))
cov(64, '1.完善工作推进机制'); cov(3, '4.推进智慧园区建设'); cov(7, '6.深化教育数字化'); cov(8, '7.深化医疗健康数字化')
cov(10, '8.推进数字乡村建设'); cov(11, '8.推进数字乡村建设'); cov(9, '9.推进县城智慧化管理')
cov(14, '12.压实网络安全责任'); cov(15, '12.压实网络安全责任'); cov(18, '13.提升安全防护能力'); cov(17, '13.提升安全防护能力')
cov(24, '15.强化项目统筹管理'); cov(22, '16.深化审管联动'); cov(28, '17.开展试点示范')
cov(30, '18.加强政务数据管理'); cov(36, '18.加强政务数据管理'); cov(52, '20.强化共性平台支撑'); cov(49, '21.统筹视频资源共享')
cov(66, '22.加强经济运行监测'); cov(67, '23.推进规划项目数字化管理'); cov(70, '24.提升监管精准化水平'); cov(71, '25.强化重点领域追溯监管')
cov(83, '26.提高基层治理能力'); cov(77, '26.提高基层治理能力'); cov(79, '27.提升公共安全保障能力'); cov(80, '27.提升公共安全保障能力')
cov(86, '28.推进“高效办成一件事”'); cov(87, '29.推动12345热线提质'); cov(93, '30.推进适老化与无障碍建设')
cov(95, '32.强化生态环境智慧监测'); cov(96, '33.提高自然资源利用效率'); cov(100, '33.提高自然资源利用效率')
cov(104, '34.提升行政执行能力'); cov(105, '34.提升行政执行能力'); cov(108, '35.提升行政监督'); cov(111, '35.提升行政监督')
cov(112, '36.提升政务公开水平'); cov(114, '36.提升政务公开水平'); cov(115, '37.畅通政民互动渠道')
cov(48, '实现全县142个行政村全覆盖'); cov(106, '推广应用全区统一填表报数系统'); cov(54, '实现电子文件单套制归档'); cov(56, '非税收入收缴电子化全覆盖')
cov(116, '（一）加强组织领导'); cov(118, '（三）提升数字素养'); cov(123, '（四）强化考核评价'); cov(124, '（四）强化考核评价')

key = {
  'writer': 'blind writer, round 393; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  'written': '__DATE__',
  'draft': 'draft.txt',
  'baseline': 'ningxia-2023',
  'build': None,
  'parents': ['wuzhong'],
  'units': 'units.txt',
  'planYear': 2026,
  'expect': E,
  'mustNotFlag': M,
  'covers': C,
  'notes': ('同心县数字政府建设2026年工作要点 (同政办发〔2026〕4号, 2026-01-21), a county annual work plan written after the regional task list '
            '(2023年—2025年) ran its course: section 一 reports 2025 results, sections 三–六 set 2026 work by the 34567 framework, section 七 is a '
            'tab-separated table of unfinished regional tasks carried into 2026 with the original deadline and the reason, section 八 the support measures. '
            'units.txt is the county registry (county bodies, 11 townships, two city bodies). Seven planted mistakes over five rules. '
            'The 2026 dates on county work that resembles a regional task with an earlier deadline are near misses only because they are new work, '
            'recurring rounds of 长期坚持/每年 tasks, or carried over with a reason.'),
}
import datetime
key['written'] = datetime.date.today().isoformat()
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
for e in E: print(e['rule'], e['line'], e['text'])
