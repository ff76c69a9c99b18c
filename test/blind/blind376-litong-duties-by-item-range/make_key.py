# Builds key.json; every line number is looked up in the final draft.txt by a unique anchor.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L.pop()

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

D4 = '以上第1项、第2项由区委网信办牵头'      # part 四 duty paragraph
D2 = '以上第（一）项由区委编办牵头'
D3 = '以上第（一）项由区工业信息化和商务局牵头'
D51 = '以上第1项由区发展和改革局牵头'
D52 = '以上第1至3项由区市场监管局牵头'
D53 = '以上第1项、第2项由区委政法委牵头'
D54 = '以上第1项、第2项、第5项由区审批服务管理局牵头'
D55 = '以上第1项由区水务局牵头'
D56 = '以上第1项、第2项由区政府办公室牵头，区大数据服务中心配合'
D57 = '以上第1项、第2项由区政府办公室牵头，区融媒体中心配合'

expect = [
  dict(rule='basis-mismatch', line=ln('吴忠市人民政府《关于加快推进数字政府建设的实施方案》'),
       text='关于加快推进数字政府建设的实施方案',
       why='wrong title for the parent city plan: 吴忠市人民政府 issued 《关于加强数字政府建设的实施方案》 (2023-11-27); 加快推进 for 加强'),
  dict(rule='unknown-unit', line=ln(D3, '区大数据管理局'), text='区大数据管理局',
       why='no such district body: not in units.txt (the district body is 区大数据服务中心; the city one is 市大数据管理服务局); lead of item （五）'),
  dict(rule='deadline-later-than-baseline', line=ln(D4, '2025年9月底'), text='2025年9月底',
       why='range 第9至11项 given 2025年9月底前: item 9 (城域网升级改造, 区市县乡村5级全覆盖, line %d) is regional task 48, 完成时限 2024年 -> later. Items 10 (task 49, 2025年) and 11 (task 52, 2025年) are fine; the plan\'s own 2024 goal (line %d) also puts 外网全覆盖 at 2024年底' % (ln('9．推进城域网升级改造'), ln('到2024年底'))),
  dict(rule='deadline-later-than-baseline', line=ln(D54, '2025年6月底'), text='2025年6月底',
       why='第3项、第4项 given 2025年6月底前: item 4 (企业专属网页和惠企政策专栏, 涉企服务一网通办, line %d) is regional task 89, 完成时限 2024年 -> later. Item 3 (12345热线, task 87, 2023年启动，2025年完成) is not late' % ln('4．强化企业全生命周期服务')),
  dict(rule='deadline-invalid', line=ln(D56, '2024年21月'), text='21月',
       why='impossible month (2024年21月底前, a typo for 12月); the items are tasks 106 and 107, both 完成时限 2025年, so no late-deadline reading applies'),
  dict(rule='unknown-unit', line=ln(D57, '第3项由自治区政府办公厅牵头'), text='自治区政府办公厅',
       why='a regional body named as the lead of a district task (item 3 政民互动, task 115), copied from the regional task list 责任单位 (自治区政府办公厅牵头负责); a district plan cannot assign it'),
]

M = []
def nm(rule, line, why, text=None):
    e = dict(rule=rule, line=line)
    if text is not None:
        assert text in L[line - 1], (line, text)
        e['text'] = text
    e['why'] = why
    M.append(e)

dl = 'deadline-later-than-baseline'
uu = 'unknown-unit'
bm = 'basis-mismatch'
di = 'deadline-invalid'

nm(bm, ln('宁政办发〔2020〕14号'), 'retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; not cited as a basis', '宁政办发〔2020〕14号')
nm(bm, ln('（国发〔2022〕14号）'), 'correct national basis: title and 文号 match', '国发〔2022〕14号')
nm(bm, ln('（宁政发〔2023〕17号）'), 'correct regional basis: 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）', '宁政发〔2023〕17号')
nm(bm, ln('（宁政办发〔2023〕11号）'), 'correct: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited with the same title and 文号 by the 吴忠 plan', '宁政办发〔2023〕11号')
nm(bm, ln('利政办发〔2024〕15号'), 'the office\'s own document number, not a cited basis', '利政办发〔2024〕15号')
nm(di, ln('2024年4月18日'), 'issue date of the notice', '2024年4月18日')
nm(di, ln('2023年，全区政务服务事项'), 'past date in the background (what was achieved in 2023), not a deadline', '2023年')
nm(dl, ln('到2024年底'), '2024 goal: 迁移上云 (task 46, 2024年), 外网全覆盖 (task 48, 2024年), 网上办掌上办就近办一次办 (task 84, 2024年) -> equal', '2024年底')
nm(dl, ln('到2025年，全区数字政府建设'), 'equal to the region\'s goal (到2025年 “34567”体系框架全面成型) and the parent\'s (到2025年 “1347”体系框架全面成型)', '2025年')
nm(dl, ln('到2035年'), 'equal to the region\'s and the parent\'s 2035 goal', '2035年')
nm(dl, ln(D2, '2025年6月底'), 'item （一） 健全组织机构 (成立相应的组织机构…齐抓共管的工作格局) is task 64, 完成时限 2025年 -> earlier', '2025年6月底')
nm(dl, ln(D2, '2024年底'), 'items （二）（三） (层级职责, 工作机制) have no dated regional task row; 2024年底 is in any case not later than a 2024/2025 milestone', '2024年底')
nm(di, ln(D2), 'item numbers 第（一）项, 第（二）项、第（三）项 are not dates', '第（二）项、第（三）项')
nm(uu, ln(D2, '市大数据管理服务局'), 'city body the district reports its progress to (in the 上级单位 section of units.txt), not a lead or co-operating unit', '市大数据管理服务局')
nm(uu, ln(D2, '区直各部门（单位）'), 'collective subject', '区直各部门（单位）')
nm(uu, ln(D2, '各乡镇（街道）配合'), 'collective subject', '各乡镇（街道）')
nm(uu, ln('各乡镇人民政府、街道办事处，区直各部门（单位）：'), 'addressees of the notice: collective subjects', '各乡镇人民政府')
nm(dl, ln(D3, '2025年底前取得明显成效'), 'items （一）-（四） are tasks 3, 6, 9, 10 (all 持续推进，2025年取得明显成效) and item （五） is task 12 (2025年) -> 2025年底 equal', '2025年底')
nm(di, ln(D3), 'range 第（二）项至第（四）项 is item numbering, not a date', '第（二）项至第（四）项')
nm(uu, ln(D3, '吴忠金积工业园区管委会'), 'listed in units.txt', '吴忠金积工业园区管委会')
nm(uu, ln(D3, '区直有关部门'), 'collective subject', '区直有关部门')
nm(dl, ln(D4, '2024年6月底'), 'item 3 (行政权力事项网上运行) is task 21, 2024年 -> earlier', '2024年6月底')
nm(dl, ln(D4, '2024年9月底'), 'item 12 (政务信息系统迁移上云) is task 46, 2024年 -> earlier', '2024年9月底')
nm(dl, ln(D4, '2024年底'), 'items 1-2 (task 16, 2024年; 信创/自主可控 ~ task 19, 2023年启动，2024年建成), 6-8 (tasks 34, 41, 42, all 2024年) and 14 (task 54, 2024年) -> equal', '2024年底')
nm(dl, ln(D4, '2025年底'), 'items 4-5 (审管协同 task 22, 2025年; 试点示范 task 28, 2023年启动，2025年取得明显成效) and item 13 (非税收入电子化, task 56, 2025年) -> equal', '2025年底')
nm(uu, ln(D4, '报自治区政府办公厅备案'), 'the regional body the district reports to (主题库对接情况…报自治区政府办公厅备案), not the lead of the task', '自治区政府办公厅')
nm(uu, ln(D4, '吴忠市公安局利通区分局'), 'listed in units.txt (city bureau\'s district branch)', '吴忠市公安局利通区分局')
nm(di, ln(D4), 'ranges 第6至8项, 第9至11项 are item numbers, not dates', '第6至8项')
nm(dl, ln(D51, '2025年底'), 'item 1 (经济运行大数据平台) is task 66, 2025年 -> equal', '2025年底')
nm(dl, ln(D51, '2024年底'), 'item 2 (市场主体精准画像) is task 69, 2024年 -> equal', '2024年底')
nm(dl, ln(D52, '2024年底'), 'items 1-3 are tasks 70, 71, 74, all 2024年 -> equal', '2024年底')
nm(uu, ln(D52, '区市场监管局'), 'official short name of 区市场监督管理局 in units.txt', '区市场监管局')
nm(dl, ln(D53, '2025年6月底'), 'item 4 (互联网+基层治理) is task 83, 2025年 -> earlier', '2025年6月底')
nm(dl, ln(D53, '2024年底'), 'items 1-3 are tasks 77, 79, 80, all 2024年 -> equal', '2024年底')
nm(uu, ln(D53, '各乡镇（街道）具体负责'), 'collective subject as the responsible unit', '各乡镇（街道）')
nm(dl, ln(D54, '2024年6月底'), 'items 1, 2, 5 are tasks 84, 86, 93, all 2024年 -> earlier', '2024年6月底')
nm(uu, ln(D54, '区审批局'), 'official short name of 区审批服务管理局 in units.txt', '区审批局')
nm(di, ln(D54), 'non-contiguous item list 第1项、第2项、第5项 is numbering, not a date', '第1项、第2项、第5项')
nm(dl, ln(D55, '2025年底'), 'item 1 (互联网+城乡供水) is task 96, 2025年 -> equal', '2025年底')
nm(dl, ln(D55, '2024年底'), 'item 2 (生态环境数据资源中心) is task 94, 2024年 -> equal', '2024年底')
nm(uu, ln(D55, '吴忠市生态环境局利通分局'), 'listed in units.txt', '吴忠市生态环境局利通分局')
nm(dl, ln(D56, '2024年底'), 'items 1-2 (协同办公, 宁政通) are tasks 104, 105, 2024年 -> equal', '2024年底')
nm(dl, ln(D56, '2025年底'), 'item 5 (机关事务) is task 111, 2025年 -> equal', '2025年底')
nm(dl, ln(D56, '2024年21月'), 'the impossible 2024年21月 is a deadline-invalid warning only: its items (tasks 106, 107) are due 2025年, so it is not later on any reading', '2024年21月')
nm(dl, ln(D57, '2024年底'), 'items 1-3 are tasks 112, 114, 115, all 2024年 -> equal', '2024年底')
nm(dl, ln('每季度末月20日前'), 'the office\'s own quarterly reporting date, not a task deadline', '每季度末月20日前')
nm(uu, ln('每季度末月20日前'), 'reporting targets 区人民政府 and 市大数据管理服务局 are in units.txt', '市大数据管理服务局')
nm(uu, ln('鼓励区直部门、乡镇（街道）开展试点示范'), 'collective subject in running text (区直部门, 乡镇（街道）), not a named unit', '区直部门')
nm('missing-pillar', ln('二、完善“一套体系”'), '五个一 / 六级贯通 folded into the “一套体系” (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), as the 吴忠 plan does')
nm('missing-pillar', ln('六、加强党对数字政府建设工作的领导'), '党的领导 pillars present: 组织领导, 财政投入, 数字素养, 考核评价 (lines %d-%d)' % (ln('（一）加强组织领导。'), ln('（四）强化考核评价。')))

covers = []
def cv(task, anchor): covers.append(dict(task=task, line=ln(anchor)))
cv(64, '（一）健全组织机构。参照自治区')
cv(3, '（一）推进园区数字化。')
cv(6, '（二）推动公共事业数字化。')
cv(9, '（三）加快智慧城市建设。')
cv(10, '（四）推进数字乡村建设。')
cv(12, '（五）营造良好数字生态。')
cv(14, '落实网络安全工作责任制')
cv(16, '1．开展数据安全防护能力评估')
cv(21, '3．推动行政权力事项网上运行')
cv(22, '4．强化审管协同')
cv(28, '5．开展试点示范')
cv(34, '6．推进主题数据库对接')
cv(41, '7．推进公共数据开放')
cv(42, '8．促进数据融合应用')
cv(48, '9．推进城域网升级改造')
cv(49, '10．融入全区“视频一张网”')
cv(52, '11．推广电子证照应用')
cv(46, '12．推进政务系统迁移上云')
cv(56, '13．推进非税收入收缴电子化')
cv(54, '14．深化电子文件管理')
cv(66, '1．强化经济运行监测')
cv(70, '1．推进信用风险分类监管')
cv(71, '2．推进数字化追溯监管')
cv(74, '3．推行新型监管手段')
cv(77, '1．推进矛盾纠纷多元化解')
cv(79, '2．深化“雪亮工程”建设')
cv(80, '3．推进“智慧应急”建设')
cv(83, '4．提高基层治理能力')
cv(84, '1．推进政务服务“一网通办”')
cv(86, '2．做强“我的宁夏”利通专区')
cv(87, '3．优化12345政务服务便民热线')
cv(89, '4．强化企业全生命周期服务')
cv(93, '5．推进适老化与信息无障碍建设')
cv(96, '1．推进“互联网+城乡供水”')
cv(94, '2．强化生态环境数据应用')
cv(104, '1．推广协同办公平台')
cv(105, '2．推广“宁政通”移动办公')
cv(106, '3．推进基层填表报数减负')
cv(107, '4．整合视频会议资源')
cv(111, '5．提升机关事务管理水平')
cv(112, '1．完善政务公开平台')
cv(114, '2．构建政务新媒体矩阵')
cv(115, '3．畅通政民互动渠道')
cv(116, '（一）加强组织领导。')
cv(118, '（三）提升数字素养。')
cv(123, '（四）强化考核评价。')

key = dict(
  writer='blind writer, round 376; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
  written='2026-12-06',
  draft='draft.txt',
  also=[],
  baseline='ningxia-2023',
  build=None,
  parents=['wuzhong'],
  units='units.txt',
  planYear=2024,
  expect=expect,
  mustNotFlag=M,
  covers=covers,
  notes=('District plan (利通区, 2024) whose measures carry no responsibility notes; each part (二, 三) or sub-part (四 as a whole with items 1-14 '
         'numbered across its four sections; 五 per section with items restarting at 1) ends with a duty paragraph that assigns units and '
         'dates by item number, range (第6至8项, 第（二）项至第（四）项) or list (第1项、第2项、第5项). A date applies to every item it names; '
         'late-deadline errors must be judged per item against the regional task each item takes up. Items were written to avoid regional '
         'tasks due 2023; 2023-task content (安全责任, 一把手工程, 考核) appears only in undated lead-ins or in part 六, which has no duty paragraph. '
         'units.txt is the district registry plus a short 上级单位 section (市委, 市政府, 市大数据管理服务局) for bodies named as report targets.'),
)
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers;', len(L), 'lines')
for e in expect: print(e['rule'], e['line'], e['text'])
