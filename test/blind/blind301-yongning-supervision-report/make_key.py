# Builds key.json and checks every (line, text) against draft.txt (1-based).
import json, datetime
D = open('draft.txt', encoding='utf-8').read().split('\n')
if D and D[-1] == '': D = D[:-1]
def chk(line, text):
    assert 1 <= line <= len(D), (line, text)
    assert text in D[line-1], ('not on line', line, text, D[line-1][:60])
    return line
def E(rule, line, text, why, **kw):
    d = {'rule': rule, 'line': chk(line, text) if text else line}
    if text: d['text'] = text
    d.update(kw); d['why'] = why; return d

expect = [
 E('basis-mismatch', 10, '宁政办发〔2023〕17号',
   '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office prefix, wrong 文号 for this title (the attachment note on line 56 cites it correctly)'),
 E('deadline-later-than-baseline', 69, '2025年3月底',
   'new committed date of an overdue task (城域网升级改造, 县乡村全覆盖) = regional task 48, 完成时限 2024年; 2025年3月 is later'),
 E('deadline-later-than-baseline', 46, '2025年6月底',
   'commitment in 下一步工作要求: 政府网站、政务新媒体、服务场所适老化与信息无障碍改造 = regional task 93, 完成时限 2024年; 2025年6月底 is later'),
 E('deadline-invalid', 80, '2023年10月底',
   'new committed date (新的完成时限) of an overdue task, written in a report issued 2024-07-10: a commitment before the document year (and before the original 2024年3月底); slip for 2024年10月底. Regional task 97 完成时限 2024年, so it is not a late deadline'),
 E('unknown-unit', 68, '县大数据局',
   'named as lead of task row 11; 永宁县 has no such body (units.txt: 县本级未设大数据管理机构, the function sits with 县政府办公室, which the prose on line 28 names for the same task)'),
 E('unknown-unit', 77, '胜利镇人民政府',
   'no 胜利镇 in 永宁县; the registry has 胜利乡人民政府 (胜利乡). Named as 具体负责 in row 20'),
 E('garbled-text', 33, '鎺ㄥ嚭鏂扮敓',
   'UTF-8 bytes read as GBK: 鎺ㄥ嚭鏂扮敓鍎垮嚭鐢熷拰浼佷笟鍑嗚惀 = 推出新生儿出生和企业准营'),
]

M = []
def N(rule, line, text, why, **kw): M.append(E(rule, line, text, why, **kw))
# basis
N('basis-mismatch', 10, '国发〔2022〕14号', 'correct national basis (title and 文号 match)')
N('basis-mismatch', 10, '银川市人民政府《关于加强数字政府建设的实施方案》', 'the city plan cited by issuer and title alone, as DOMAIN says is usual; not a wrong title')
N('basis-mismatch', 10, '永政发〔2023〕96号', "the county's own 实施方案 whose tasks are being reported on; a local document, not a higher-level basis the seeds can contradict")
N('basis-mismatch', 4, '永政督通〔2024〕5号', "the report's own number")
N('basis-mismatch', 12, '永政督通〔2024〕2号', 'previous quarterly report mentioned retrospectively')
N('basis-mismatch', 36, '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 (correct title and 文号) as history of the website migration, not cited as basis')
N('basis-mismatch', 56, '宁政发〔2023〕17号', 'correct citation of the regional 实施意见 in the attachment note')
# dates that are history / own reporting dates (deadline-invalid near misses)
N('deadline-invalid', 51, '2024年7月10日', "the report's own date")
N('deadline-invalid', 88, '2024年7月10日印发', "the report's own printing date")
N('deadline-invalid', 10, '2024年6月17日至7月5日', 'period of the inspection itself')
N('deadline-invalid', 16, '2023年8月', 'background: when the leading group was adjusted (history)')
N('deadline-invalid', 17, '2023年12月', 'background: when the assessment was set up (history)')
N('deadline-invalid', 25, '2023年12月', 'background: when the security mechanism was built (history)')
N('deadline-invalid', 31, '2023年11月', 'completion already achieved (history)')
N('deadline-invalid', 38, '2023年12月底', 'original due date of an overdue task, told as history')
N('deadline-invalid', 70, '2023年12月底', 'original date (原定完成时限) of overdue task row 13, history; its live commitment is 2024年11月底')
for ln in (60, 62, 63, 64, 65, 72, 74, 78, 85):
    N('deadline-invalid', ln, '2023年12月底', 'original date of a task already completed (history); equal to the regional 2023 deadline')
N('deadline-invalid', 60, '2023年9月', 'completion date already achieved')
N('deadline-invalid', 61, '2023年形成机制，长期坚持', 'regional 完成时限 of task 18 copied for a completed, ongoing mechanism')
N('deadline-invalid', 84, '2023年完成并长期坚持', 'regional 完成时限 of task 118 copied; the training is held every year')
# later-than-baseline near misses
N('deadline-later-than-baseline', 64, '2024年1月', 'date of completion already achieved (task 30, regional 2023): a fact, not a committed deadline')
N('deadline-later-than-baseline', 27, '2024年1月', 'same completion (task 30) in prose, history')
N('deadline-later-than-baseline', 19, '2024年5月', 'training held in May 2024; task 118 is 2023年完成并长期坚持, a recurring duty, not a late deadline')
N('deadline-later-than-baseline', 84, '2024年5月', 'same: this year\'s round of training for task 118 (ongoing duty)')
N('deadline-later-than-baseline', 58, '2025年底', 'task 3: 持续推进，2025年取得明显成效; same year')
N('deadline-later-than-baseline', 77, '2025年6月底', 'new date of an overdue task, but task 83 完成时限 is 2025年: within the same year')
N('deadline-later-than-baseline', 71, '2025年6月底', 'task 56 完成时限 2025年: within the year')
N('deadline-later-than-baseline', 59, '2025年', 'task 10: 持续推进，2025年取得明显成效; equal')
N('deadline-later-than-baseline', 73, '2025年', 'task 66 完成时限 2025年; equal')
N('deadline-later-than-baseline', 81, '2025年', 'task 96 完成时限 2025年; equal')
N('deadline-later-than-baseline', 66, '2024年10月底', 'new date of overdue task; task 33 完成时限 2024年, earlier')
N('deadline-later-than-baseline', 68, '2024年12月底', 'new date of overdue task; task 43 完成时限 2024 年建成，持续推进: equal year')
N('deadline-later-than-baseline', 70, '2024年11月底', 'new date of overdue task; task 54 完成时限 2024年')
N('deadline-later-than-baseline', 46, '2024年12月底前', 'task 70 (企业信用风险分类, 差异化监管) 完成时限 2024年; equal')
N('deadline-later-than-baseline', 46, '2024年9月底前', 'task 89 (企业专属网页、惠企政策专栏) 完成时限 2024年; earlier')
N('deadline-later-than-baseline', 82, '2024年12月底', 'task 106 完成时限 2025年; earlier')
N('deadline-later-than-baseline', 79, '2024年10月底', 'task 86 完成时限 2024年')
N('deadline-later-than-baseline', 76, '2024年11月底', 'task 79 完成时限 2024年')
N('deadline-later-than-baseline', 47, '2024年10月中旬', "the office's next report date, not a task deadline")
N('deadline-later-than-baseline', 47, '2024年9月25日', 'reporting date for the responsible units')
# units
N('unknown-unit', 42, '闽宁镇原隆村', 'a village only praised, not a responsible unit (not in units.txt on purpose)')
N('unknown-unit', 22, '闽宁镇原隆村', 'a village whose pilot is mentioned as an achievement; not a responsible unit')
N('unknown-unit', 42, '杨和镇人民政府', 'praised only; in units.txt')
N('unknown-unit', 42, '县市场监管局', 'praised only; official short name of 县市场监督管理局')
N('unknown-unit', 43, '县档案馆', 'criticised only; in units.txt')
N('unknown-unit', 43, '县自然资源局', 'criticised only; in units.txt')
N('unknown-unit', 32, '县公安局、司法局、信访局', 'prefix 县 distributes: 县司法局, 县信访局')
N('unknown-unit', 30, '县发改局', 'short name of 县发展和改革局 in units.txt')
N('unknown-unit', 75, '县审批局', 'short name of 县审批服务管理局')
N('unknown-unit', 66, '县人社局', 'short name of 县人力资源和社会保障局')
N('unknown-unit', 71, '县教体局', 'short name of 县教育体育局 (also 县卫健局 = 县卫生健康局)')
N('unknown-unit', 58, '永宁工业园区管委会', 'short name of 宁夏永宁工业园区管理委员会')
N('unknown-unit', 59, '各乡镇人民政府', 'collective subject')
N('unknown-unit', 64, '县直各部门', 'collective subject')
N('unknown-unit', 74, '承担监管职责的县直有关部门', 'collective subject, county form of 承担监管职责的自治区有关部门')
N('unknown-unit', 28, '自治区政府办公厅', 'regional body named only as the source of the deployment, not as lead of a local task')
N('unknown-unit', 10, '县数字政府建设领导小组办公室', 'in units.txt (housed in 县政府办公室)')
N('unknown-unit', 87, '县人大常委会办公室', 'copy recipient only; in units.txt')
N('garbled-text', 2, '督 查 通 报', 'letter-spaced masthead, normal typography, not damage')
# pillars: every pillar has content
for p, ln, t in (('数字生态', 23, '营造良好数字生态'), ('数字经济', 21, '驱动数字经济发展'), ('政务公开', 36, '政务公开能力'),
                 ('生态环境保护', 34, '生态环境保护能力'), ('数字素养', 19, '提升数字素养'), ('财政投入', 18, '加大财政投入'),
                 ('考核评价', 17, '强化考核评价'), ('组织领导', 12, '一把手工程')):
    chk(ln, t)
    M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': p, 'why': f'taken up on line {ln} ({t})'})

C = []
def cov(task, line, text):
    chk(line, text); C.append({'task': task, 'line': line})
for task, line, text in [
 (3, 58, '智慧园区'), (10, 59, '数字乡村'), (7, 22, '国家智慧教育平台'), (8, 22, '互联网+医疗健康'), (12, 23, '数据要素市场'),
 (14, 60, '主体责任、监督责任'), (18, 61, '应急演练'), (21, 26, '网上运行、动态管理'), (24, 62, '会商机制'), (25, 63, '全过程绩效管理'),
 (30, 64, '政务数据资源目录'), (32, 65, '数据管理机构'), (33, 66, '基础数据资源库'), (40, 67, '电子公文'), (43, 68, '政务信创云'),
 (48, 69, '城域网升级改造'), (54, 70, '电子文件归档'), (56, 71, '非税收入收缴电子化'), (64, 72, '领导小组'), (66, 73, '经济运行大数据平台'),
 (72, 74, '互联网+监管'), (77, 32, '矛盾纠纷多元化解信息系统'), (79, 76, '雪亮工程'), (83, 77, '基层管理服务平台'), (85, 78, '免证办'),
 (86, 79, '我的宁夏'), (88, 75, '证照分离'), (89, 46, '惠企政策'), (70, 46, '企业信用风险分类'), (93, 46, '适老化与信息无障碍'),
 (96, 81, '互联网+城乡供水'), (97, 80, '国土空间'), (105, 35, '宁政通'), (106, 82, '填表报数'), (111, 35, '办公用房信息采集'),
 (114, 83, '政务新媒体矩阵'), (116, 12, '一把手工程'), (118, 84, '数字治理能力培训'), (122, 85, '效能目标管理考核'), (123, 85, '综合考核评价')]:
    cov(task, line, text)

key = {
 'writer': 'blind writer, round 301; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': datetime.date.today().isoformat(),
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': M,
 'covers': C,
 'notes': ('A county supervision report (督查通报, 2024 Q2, issued 2024-07-10), not a 实施方案: it reports on 28 county tasks, each mapped to a '
           'regional task number in the attachment table. 原定完成时限 of completed or overdue tasks and dates of completion are history; '
           'the live commitments are 原定完成时限 of tasks 按时序推进 and 新的完成时限 of overdue tasks, plus commitments in 五、下一步工作要求. '
           '永宁县 belongs to 银川市; no 银川 plan is in the seeds, so parents is empty. draft.txt is produced by make_draft.py (the garbled run is made there).'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(C), len(D))
