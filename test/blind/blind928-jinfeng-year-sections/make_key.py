# Builds key.json from draft.txt, locating every line by a unique substring (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(sub):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
def chk(line, text):
    assert text in L[line - 1], (line, text)
    return text

H25 = ln('（二）2025年重点任务')
expect = []
def E(rule, sub, text=None, why='', heading=None, **kw):
    line = ln(sub)
    d = {'rule': rule, 'line': line}
    if text is not None: d['text'] = chk(heading or line, text)
    d.update(kw); d['why'] = why
    expect.append(d)

E('basis-mismatch', '《自治区人民政府关于加强数字政府建设的实施意见》（宁政办发〔2023〕17号）', '宁政办发〔2023〕17号',
  'the regional 实施意见 is 宁政发〔2023〕17号 (自治区人民政府 document of 2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title')
E('deadline-later-than-baseline', '到2026年，我区数字政府建设“34567”体系框架全面成型', '2026年',
  'main goal copied from the regional 主要目标 "到2025年，全区各级数字政府建设“34567”体系框架全面成型…"; 2026 is later than 2025 (the plan itself only runs 2024–2025)')
E('unknown-unit', '区大数据局牵头', '区大数据局',
  'no such body in units.txt (the district data body is 区政务数据服务中心 = 区数据中心); 区大数据局 is copied from city usage (市大数据局); it is the lead of task 41')
E('garbled-text', '鏀垮姟鏈嶅姟浜嬮」', '鏀垮姟鏈嶅姟浜嬮」',
  'UTF-8 bytes of 政务服务事项 read as GBK (mojibake); re-encoding as GBK and decoding as UTF-8 gives 政务服务事项')
E('deadline-invalid', '2024年6月31日前完成区政务服务大厅改造', '2024年6月31日',
  'impossible date: June has 30 days (item takes up task 93, 完成时限 2024年, so the year itself is not late)')
E('deadline-later-than-baseline', '开展区级城域网升级改造，推进电子政务外网向各村（社区）延伸', '2025年', heading=H25, why=
  ('task placed under the year heading "（二）2025年重点任务" (line %d) with no date of its own, so by the draft\'s own rule (line %d) it is due by end of 2025; it takes up regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展; 各市、县（区）具体负责), 完成时限 2024年. The date as written is in the heading line %d.' % (H25, ln('各项任务未单独注明完成时限的'), H25)))

mnf = []
def M(rule, sub, why, text=None):
    line = ln(sub)
    d = {'rule': rule, 'line': line}
    if text is not None: d['text'] = chk(line, text)
    d['why'] = why
    mnf.append(d)

# basis
M('basis-mismatch', '（国发〔2022〕14号）', 'correct title and 文号 of the national 指导意见', '国发〔2022〕14号')
M('basis-mismatch', '（宁政办发〔2023〕11号）', '《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan in the seeds; a real companion document, not the 实施意见', '宁政办发〔2023〕11号')
M('basis-mismatch', '银川市人民政府《关于加强数字政府建设的实施方案》', "the city's plan cited by title alone, as county/district plans usually do (a city plan may have no 文号); no parent plan is configured", '银川市人民政府《关于加强数字政府建设的实施方案》')
M('basis-mismatch', '2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）', 'retrospective mention of the 2020 工作要点 in the 工作基础 background, with its correct 文号; it is not cited as a basis of this plan', '宁政办发〔2020〕14号')
# dates in background / office
M('deadline-invalid', '2022年，区政务服务中心', 'past date in the 工作基础 background, describing work already done, not a deadline', '2022年')
M('deadline-invalid', '2023年6月，我区完成区级政务信息化项目清理', 'past date in the background (work done in 2023), not a deadline', '2023年6月')
M('deadline-invalid', '截至2023年底', 'background: 2023 work done and 截至2023年底 statistics, not deadlines (the 2023 items correspond to regional tasks 14 and 30, both due 2023)', '2023年')
M('deadline-later-than-baseline', '截至2023年底', 'background record of 2023 work (tasks 14 and 30 were due 2023 and are reported done in 2023), not a deadline')
M('deadline-invalid', '2024年3月20日', 'the issuing date of the notice')
M('deadline-invalid', '各牵头单位于每季度最后一个月25日前', "the office's own reporting dates (quarterly, 2024年12月10日, 2025年11月30日), not task deadlines and within the plan's years")
M('deadline-later-than-baseline', '各牵头单位于每季度最后一个月25日前', 'reporting dates for progress summaries; they do not set the completion of any regional task', '2025年11月30日')
# goals
M('deadline-later-than-baseline', '到2024年底，区级政务信息系统完成向政务信创云迁移', 'goal for end 2024: 信创云 migration (task 43 "2024年建成，持续推进"; task 19 "2023年启动，2024年建成"), 协同办公 (task 104, 2024年), 我的宁夏 (task 86, 2024年): all equal', '2024年底')
M('deadline-later-than-baseline', '到2035年，与政府治理能力现代化相适应', 'same as the regional 2035 goal (到2035年 … 数字政府全面建成)', '2035年')
# year-heading near misses (equal / earlier)
M('deadline-later-than-baseline', '参照自治区做法，成立区数字政府建设领导小组', 'under the 2024 heading; task 64 (各地各部门参照自治区做法，成立相应的组织机构) is due 2025年: earlier')
M('deadline-later-than-baseline', '实施“互联网+基层治理”行动，整合党的建设', 'under the 2024 heading; task 83 is due 2025年: earlier')
M('deadline-later-than-baseline', '推动辖区企业上云用云', 'under the 2024 heading; task 2 is "2023年启动，2024年取得明显成效": the completing milestone is 2024, equal')
M('deadline-later-than-baseline', '推进区级政务信息系统向政务信创云安全过渡', 'under the 2024 heading; task 43 is "2024 年建成，持续推进": equal')
M('deadline-later-than-baseline', '“一本账”统筹建设管理机制，实现数字政府资源“一屏掌握”，2024年9月底前', 'own date 2024年9月底 under the 2024 heading; task 23 is due 2024年: earlier/equal', '2024年9月底')
M('deadline-later-than-baseline', '2024年9月底前实现区、镇（街道）两级全覆盖', 'own date 2024年9月底; task 104 is due 2024年: equal year', '2024年9月底')
M('deadline-later-than-baseline', '加速区级电子政务外网升级改造', 'under the 2024 heading; task 47 is due 2024年: equal (contrast with the 2025 item on 城域网/村级覆盖, task 48)')
M('deadline-later-than-baseline', '配合全国一体化算力网络国家枢纽节点宁夏枢纽建设', 'under the 2025 heading; task 1 is "持续推进，2025 年取得明显成效": equal')
M('deadline-later-than-baseline', '深化国家智慧教育平台应用', 'under the 2025 heading; task 7 is "2023年形成试点经验，2025年取得明显成效": the completing milestone is 2025, equal')
M('deadline-later-than-baseline', '每年确定1至2个试点领域', 'under the 2025 heading; task 28 is "2023年启动，2025年取得明显成效": equal')
M('deadline-later-than-baseline', '完成12345政务服务便民热线智能交互建设', 'under the 2025 heading; task 87 is "2023年启动，2025年完成": equal (not task 115, which is the 政民互动 item under 2024)')
M('deadline-later-than-baseline', '2025年6月底前完成区级统计报表清理整合', 'own date 2025年6月底 under the 2025 heading; task 106 (填表报数, 压减50%) is due 2025年: equal year', '2025年6月底')
M('deadline-later-than-baseline', '探索推进全域“多卡合一”', 'under the 2025 heading; task 92 is due 2025年: equal (not task 86, 2024)')
M('deadline-later-than-baseline', '统筹整合各单位非涉密视频会议系统资源', 'under the 2025 heading; task 107 is due 2025年: equal')
M('deadline-later-than-baseline', '强化政企协同、部门协同、社会共治的数字经济监管', 'under the 2025 heading; task 5 is "持续推进，2025 年取得明显成效": equal (the 以网管网 item, task 75 due 2024, stands under 2024)')
M('deadline-later-than-baseline', '配合培育数据要素市场', 'under the 2025 heading; task 12 is due 2025年: equal (task 13 on 依法交易/准入制度, 2024, is not taken up here)')
M('deadline-later-than-baseline', '扎实推进非税收入收缴电子化管理', 'under the 2025 heading; task 56 is due 2025年: equal (the 电子票据 item, task 55 due 2024, stands under 2024)')
M('deadline-later-than-baseline', '（一）加强组织领导。在区委统一领导下', 'no date of its own and outside the year headings (四、保障措施); task 116 is "2023年完成并长期坚持": an ongoing duty, not a late deadline')
M('deadline-later-than-baseline', '（二）强化安全保障。落实区直各部门', 'no date and outside the year headings; tasks 14, 15 (2023年) and 18 (2023年形成机制，长期坚持) are taken up as standing duties')
M('deadline-later-than-baseline', '（五）强化考核评价。每年度制定数字政府工作要点', 'no date and outside the year headings; tasks 121 (长期坚持), 123 (2023 年完成，长期坚持), 124 (2023 年形成机制，长期坚持)')
# units
M('unknown-unit', '（责任单位：区发改局牵头，区直各部门配合）', 'official short name: 区发改局 = 区发展改革局 in units.txt; 区直各部门 is a collective', '区发改局')
M('unknown-unit', '（责任单位：区发改局、统计局牵头', 'the prefix 区 distributes: 统计局 = 区统计局, listed in units.txt', '统计局')
M('unknown-unit', '（责任单位：区委组织部、宣传部，区人社局）', 'the prefix 区委 distributes (as in regional task 120 "自治区党委组织部、宣传部"): 宣传部 = 区委宣传部, listed', '宣传部')
M('unknown-unit', '银川市市场监督管理局金凤区分局、区农业农村和水务局', 'full canonical names from units.txt', '银川市市场监督管理局金凤区分局')
M('unknown-unit', '跨层级协同监管。（责任单位：承担监管职责的区直有关部门分别负责）', 'collective subject (like 承担监管职责的自治区有关部门（单位）)', '承担监管职责的区直有关部门')
M('unknown-unit', '区民政局，各镇（街道）、各村（社区）具体负责', 'collectives 各镇（街道）, 各村（社区）', '各村（社区）')
M('unknown-unit', '良田镇、丰登镇具体负责', 'listed short names 良田镇 = 良田镇人民政府, 丰登镇 = 丰登镇人民政府', '良田镇')
M('unknown-unit', '区城管局、区住建局牵头，各街道办事处配合', 'aliases in units.txt (区城管局, 区住建局) and the collective 各街道办事处', '各街道办事处')
M('unknown-unit', '区审批局、区市场监管分局、金凤区税务局', 'aliases: 区审批局 = 区行政审批服务局, 区市场监管分局, 金凤区税务局 = 国家税务总局银川市金凤区税务局', '金凤区税务局')
M('unknown-unit', '区人社局、区市场监管分局、区自然资源分局、区审批局按职责分别负责，区数据中心配合', 'all listed aliases; 区数据中心 = 区政务数据服务中心 (contrast with 区大数据局, line of task 41)', '区数据中心')
M('unknown-unit', '区应急局牵头，区消防救援大队、区自然资源分局配合', 'listed aliases (区应急局, 区消防救援大队 = 金凤区消防救援大队, 区自然资源分局)', '区消防救援大队')
M('unknown-unit', '（责任单位：区司法局、区政府办）', 'official short name 区政府办 = 区人民政府办公室', '区政府办')
M('unknown-unit', '区直有关部门、各镇（街道）具体负责）', 'collectives 区直有关部门, 各镇（街道）; 区行政审批服务局 is the canonical name', '区直有关部门')
M('unknown-unit', '区委网信办牵头，区公安分局、区直各部门配合', 'listed short names 区委网信办, 区公安分局 and the collective 区直各部门', '区委网信办')

covers = []
def C(task, sub): covers.append({'task': task, 'line': ln(sub)})
for t, s in [
 (64, '参照自治区做法，成立区数字政府建设领导小组'), (21, '完善行政许可管理'), (23, '“一本账”统筹建设管理机制'),
 (43, '推进区级政务信息系统向政务信创云安全过渡'), (46, '探索建立区级政务云资源统一调度机制'), (47, '加速区级电子政务外网升级改造'),
 (50, '非涉密业务专网向电子政务外网整合迁移'), (53, '推广应用全区统一电子印章系统'), (55, '推广应用宁夏统一公共支付平台'),
 (40, '规范电子公文全流程管理'), (54, '规范电子公文全流程管理'), (57, '配合迭代升级宁夏信用信息公共服务平台'), (58, '推动辖区地理信息资源共建共享'),
 (33, '区级数据向全区统一的基础数据资源库汇聚'), (34, '建设完善政务服务、社会保障、医疗健康、应急管理等区级主题数据'),
 (41, '编制公共数据开放目录及相关责任清单'), (42, '推进供水、供电、供气、公共交通等公共数据'), (2, '推动辖区企业上云用云'),
 (65, '配合建设宁夏经济治理基础数据库'), (69, '运用多源数据为辖区市场主体精准“画像”'), (70, '运用多源数据为辖区市场主体精准“画像”'),
 (71, '全链条数字化追溯监管'), (73, '推进消费维权“一件事”改革'), (74, '推行远程监管、移动监管、预警监管'), (75, '强化以网管网'),
 (77, '完善行政复议、信访、调解、法律援助'), (79, '持续推进“雪亮工程”'), (78, '配合推进全区公安信息化系统整合优化'), (80, '推进“智慧应急”建设'),
 (83, '实施“互联网+基层治理”行动'), (84, '实现“网上办、掌上办、就近办、一次办”'), (86, '迭代完善“我的宁夏”金凤专区'),
 (88, '深化“证照分离”改革'), (89, '建设完善企业专属网页和惠企政策专栏'), (90, '推进区图书馆、文化馆、体育场馆'), (93, '适老化与信息无障碍建设'),
 (94, '配合持续优化生态环境数据资源中心'), (97, '依托宁夏自然资源三维立体“一张图”'), (104, '全面应用全区统一的协同办公平台'),
 (105, '推广使用“宁政通”移动办公“总门户”'), (103, '建设区级领导决策“驾驶舱”'), (112, '政务公开信息化平台，构建以网上发布为主'),
 (113, '配合建设全区统一的政策文件库'), (114, '两级政务新媒体矩阵'), (115, '以12345政务服务便民热线为枢纽'),
 (1, '配合全国一体化算力网络国家枢纽节点宁夏枢纽建设'), (3, '“智慧园区”建设'), (5, '强化政企协同、部门协同、社会共治'),
 (6, '推动教育、健康、就业、文化旅游、体育、养老托育'), (7, '深化国家智慧教育平台应用'), (8, '深化“互联网+医疗健康”应用'),
 (9, '配合银川市推进城市运行“一网统管”'), (10, '推进数字乡村建设'), (12, '配合培育数据要素市场'), (48, '开展区级城域网升级改造'),
 (49, '依托全区统一的视频共享平台'), (56, '扎实推进非税收入收缴电子化管理'), (22, '构建“审管信”三位一体'), (59, '配合推行全区政务平台评估定级分类制度'),
 (28, '每年确定1至2个试点领域'), (66, '积极对接使用宁夏经济运行大数据平台'), (81, '接入自治区统一的视频指挥调度体系'),
 (87, '完成12345政务服务便民热线智能交互建设'), (92, '探索推进全域“多卡合一”'), (95, '强化大气、水、土壤、自然生态、气候变化'),
 (96, '深化“互联网+城乡供水”建设'), (100, '配合提升用水权、土地权、排污权'), (101, '配合构建碳排放智能监测'), (102, '推进水、气、土、废污染防治攻坚战'),
 (106, '推广使用全区统一的填表报数系统'), (107, '统筹整合各单位非涉密视频会议系统资源'), (111, '整合机关事务管理信息系统'),
 (120, '在数字化治理领域培养一批青年骨干人才'), (30, '编制形成区级政务数据资源目录'), (116, '（一）加强组织领导'), (14, '（二）强化安全保障'), (15, '（二）强化安全保障'), (18, '（二）强化安全保障'),
 (25, '（三）加大资金保障'), (118, '（四）提升数字素养'), (121, '（五）强化考核评价'), (123, '（五）强化考核评价'), (124, '（五）强化考核评价')]:
    C(t, s)

key = {
 'writer': 'blind writer, round 928; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'also': [],
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': mnf,
 'covers': covers,
 'notes': ('金凤区 (银川市) 2024 实施方案, issued 2024-03-20, tasks arranged under year headings: line %d "（一）2024年重点任务" and line %d "（二）2025年重点任务". '
           'Line %d states the draft\'s own rule: an item without its own date is due by the end of the year it stands under; a date inside the item overrides. '
           'So every item inherits its heading year as its deadline. Items under 2024 take up regional tasks due 2024 or later (or 2025, i.e. earlier); items under 2025 take up tasks due 2025, '
           'except the planted slip (task 48, due 2024, placed under 2025). Regional tasks due 2023 or standing (14, 15, 18, 25, 116, 118 due 2023 or 2023+长期坚持; 121 长期坚持; 123, 124 2023+长期坚持) are taken up only in 四、保障措施 with no date, or reported done in the 2023 background. '
           '"全区" in the draft means the district (金凤区) where it describes local work, and the autonomous region where it names regional platforms (全区统一的…平台). No parent plan is configured; 银川市 plan is cited by title only. '
           'The late deadline of the task-48 item has no date on its own line: the "2025年" is in the heading; the key puts it on the item line. '
           'task-uncovered: nothing is deliberately left out; the checker may list county-relevant tasks the draft does not take up (e.g. 11, 24, 29, 32, 36, 72, 76, 85, 98, 99, 108) and those are information only, not annotated.') % (ln('（一）2024年重点任务'), H25, ln('各项任务未单独注明完成时限的'))
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers), len(L))
