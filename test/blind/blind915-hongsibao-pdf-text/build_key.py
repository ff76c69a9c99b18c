#!/usr/bin/env python3
# Writes key.json. Every line number is looked up in the final draft.txt by a string that
# occurs on exactly one line (or by string + occurrence), so the key follows the text.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')

def ln(s, nth=1, after=0):
    hits = [i + 1 for i, l in enumerate(LINES) if s in l and i + 1 > after]
    assert len(hits) >= nth, (s, hits)
    if nth == 1 and after == 0:
        assert len(hits) == 1, ('not unique', s, hits)
    return hits[nth - 1]

def eq(s):
    hits = [i + 1 for i, l in enumerate(LINES) if l == s]
    assert len(hits) == 1, ('not unique', s, hits)
    return hits[0]

E, M, C = [], [], []
def ex(rule, at, why, **kw): E.append(dict(rule=rule, line=at, **kw, why=why))
def mn(rule, at, why, text=None):
    d = dict(rule=rule, line=at)
    # text only when it stands whole on the named line; items broken across lines say so in why
    if text and text in LINES[at - 1]: d['text'] = text
    d['why'] = why; M.append(d)
def cv(task, at): C.append(dict(task=task, line=at))

# ---------------- planted mistakes ----------------
ex('basis-mismatch', ln('宁政发〔2023〕71号'),
   '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; 71号 is a transposed 文号 that does not belong to this title',
   text='宁政发〔2023〕71号')
ex('unknown-unit', ln('区大数据管理局'),
   'no such body in units.txt (the registry has 红寺堡区大数据服务中心 = 区大数据服务中心, 区大数据中心); the name imitates the city\'s 市大数据管理服务局',
   text='区大数据管理局')
ex('garbled-text', ln('灞ヨ亴鑳藉姏'),
   'UTF-8 bytes of 履职能力 read as GBK (mojibake); re-encoding as GBK and decoding as UTF-8 gives 履职能力',
   text='灞ヨ亴鑳藉姏')
ex('deadline-later-than-baseline', ln('2025年6月底前'),
   'sentence matches regional task 93 (适老化与信息无障碍建设 of 政府网站、政务移动端、公共服务场所), 完成时限 2024年; the draft says 2025年6月底前',
   text='2025年6月底前')
ex('deadline-later-than-baseline', ln('（单位）、各乡镇人民政府；完成时限：2025年底）'),
   'note closes the 协同办公平台/"宁政通"移动办公 item = regional tasks 104 (协同办公平台, 完成时限 2024年) and 105 ("宁政通"移动办公"总门户", 完成时限 2024年); the draft says 2025年底 (and its own 主要目标 line 31 says 宁政通 by 2024年底)',
   text='2025年底')
ex('deadline-invalid', ln('2014年底前'),
   'typo for 2024: a 完成时限 of 2014 lies before the year the plan is issued (2024-04-18). Task 114 (政务新媒体矩阵) is due 2024年, so it is not a late deadline',
   text='2014年底前')

# ---------------- near misses ----------------
mn('basis-mismatch', ln('（国发〔2022〕14号）'), 'correct title and 文号 of the national 指导意见', '国发〔2022〕14号')
mn('basis-mismatch', ln('政府《关于加强数字政府建设的实施方案》'),
   'the city plan cited by title alone, as 吴忠 issued it without a 文号; title is exact (加强, 实施方案); "吴忠市人民|政府" is broken across the line end', '《关于加强数字政府建设的实施方案》')
mn('basis-mismatch', ln('《宁夏回族自治区2020年'),
   'retrospective mention of the 2020 工作要点 in the background paragraph ("自…印发以来"), not a basis citation; title and 文号 are right; the 文号 is broken across lines 20-21 ("（宁政|办发〔2020〕14号）")', '宁政办发〔2020〕14号')
mn('basis-mismatch', 2, 'the county office\'s own 文号 on the first page, not a cited document', '红政办发〔2024〕16号')
mn('basis-mismatch', ln('红政办发〔2024〕16号', nth=3), 'running header of the PDF (the office\'s own 文号) repeated on even pages (lines 12, 59, 106, 153)', '红政办发〔2024〕16号')
mn('basis-mismatch', ln('《红寺堡区加强数字政府建设实施方案》的通知'), 'the draft\'s own title in the 印发 notice, not a basis document', '《红寺堡区加强数字政府建设实施方案》')
mn('deadline-invalid', ln('2024年4月18日'), 'issue date of the notice, not a deadline', '2024年4月18日')
mn('deadline-invalid', ln('共享。2023年，电子政务外网'), 'past date in the background (what was done in 2023), not a deadline; before the issue year but retrospective', '2023年')
mn('deadline-invalid', ln('《宁夏回族自治区2020年'), 'year inside the title of an old document, not a deadline', '2020年')
mn('deadline-later-than-baseline', ln('（二）主要目标。到2024年底'),
   '2024 goals: 外网区乡村全覆盖 = task 48 (2024年), 迁移上云 = tasks 43/46 (2024年), 宁政通推广 = task 105 (2024年); all equal', '2024年底')
mn('deadline-later-than-baseline', ln('到2025年，全区数字政府建设'),
   'equal to the region\'s 2025 goal (34567 体系框架全面成型, 政府数字化履职能力明显提升) and to 吴忠\'s 2025 goal ("1347"体系框架全面成型)', '2025年')
mn('deadline-later-than-baseline', ln('到2035年'), 'equal to the 2035 goal of the region and of 吴忠', '2035年')
mn('deadline-later-than-baseline', ln('2024年6月'),
   'task 64 (各地参照自治区做法成立相应组织机构, 完成时限 2025年): 2024年6月底前 is earlier; the date is broken across lines 45-46 ("2024年6月|底前")', '2024年6月底前')
mn('deadline-later-than-baseline', ln('委会；配合单位：区工信商务局；完成时限：持续推进，2025年'),
   'task 3 (智慧园区, 持续推进，2025年取得明显成效): equal; the deadline is broken across lines 62-63', '2025年取得明显成效')
mn('deadline-later-than-baseline', ln('完成时限：持续推进，2025年取得明显成效）推进数字乡村'),
   'task 6 (服务数字化, 持续推进，2025年取得明显成效): equal; the note opens on line 66', '2025年取得明显成效')
mn('deadline-later-than-baseline', ln('任单位：各乡镇人民政府；完成时限：2025年）'),
   'task 10 (数字乡村, 持续推进，2025年取得明显成效): equal', '2025年')
mn('deadline-later-than-baseline', ln('完成时限：2025年取得明'),
   'task 11 (数字供销, 2023年完成主要建设任务，2025年取得明显成效): the completing milestone 2025 is equal; broken across lines 72-73 ("取得明|显成效")', '2025年取得明显成效')
mn('deadline-later-than-baseline', ln('信办；完成时限：2025年）'), 'task 12 (数据要素市场/数据交易平台, 2025年): equal', '2025年')
mn('deadline-later-than-baseline', ln('部门（单位）、各乡镇人民政府；完成时限：长期坚持）'),
   'tasks 14/15 (2023年) and 18 (2023年形成机制，长期坚持): an ongoing 长期坚持 with no year is not a later milestone; the 2024 plan cannot restate a 2023 date without it lying before its own year', '长期坚持')
mn('deadline-later-than-baseline', ln('2024年启动，2025年取得明显成效'),
   'task 28 (试点示范, 2023年启动，2025年取得明显成效): the completing milestone 2025 is equal; only the start is a year later, and the note belongs to the 开展试点示范 sub-item, not to 创新项目管理机制 (task 24, 2023年), which has no date', '2024年启动，2025年取得明显成效')
mn('deadline-later-than-baseline', ln('位：区大数据服务中心；完成时限：2024年底）'), 'task 41 (公共数据开放目录, 2024年): equal', '2024年底')
mn('deadline-later-than-baseline', ln('2024年9月底前'), 'task 46 (政务信息系统有序迁移, 2024年) / 43 (信创云, 2024年建成): earlier', '2024年9月底前')
mn('deadline-later-than-baseline', ln('务中心；责任单位：各乡镇人民政府；完成时限：2024年底）'), 'task 48 (城域网升级改造, 区市县乡村5级全覆盖, 2024年): equal', '2024年底')
mn('deadline-later-than-baseline', ln('区直各部门（单位）；完成时限：2024年）整合视频资源'),
   'task 50 (非涉密业务专网整合迁移, 2024年): equal; the note is cut by the page number (line 105) and the running header (line 106)', '2024年')
mn('deadline-later-than-baseline', ln('政法委；完成时限：2025年）'), 'task 49 (视频共享平台, 2025年): equal', '2025年')
mn('deadline-later-than-baseline', eq('成时限：2025年）'), 'task 66 (经济运行大数据平台, 2025年): equal; "完成时限" is broken across lines 116-117', '2025年')
mn('deadline-later-than-baseline', ln('卫生健康局；完成时限：2024年底）'), 'task 71 (数字化追溯监管, 2024年): equal', '2024年底')
mn('deadline-later-than-baseline', ln('跨层级协同监管。（责任单位：区直有关部门；完成时限：2024'), 'task 73 (消费维权"一件事", 协同监管, 2024年): equal; "2024|年" is broken across lines 123-124', '2024年')
mn('deadline-later-than-baseline', ln('信访局；完成时限：2024年）'), 'task 77 (矛盾纠纷多元化解, 2024年): equal', '2024年')
mn('deadline-later-than-baseline', ln('安分局；完成时限：2024年底）'), 'task 79 (雪亮工程, 2024年): equal; the item is cut by the page number at line 129', '2024年底')
mn('deadline-later-than-baseline', ln('（社区）；完成时限：2025年）'), 'task 83 (互联网+基层治理, 2025年): equal', '2025年')
mn('deadline-later-than-baseline', eq('2024年）'), 'task 80 (智慧应急, 2024年): equal; the note "（牵头单位：区应急管理局；完成时限：|2024年）" is broken across lines 136-137', '2024年')
mn('deadline-later-than-baseline', ln('次办”。（牵头单位：区审批服务管理局；完成时限：2024年）'), 'task 84 (一体化政务服务, 网上办掌上办就近办一次办, 2024年): equal', '2024年')
mn('deadline-later-than-baseline', ln('2024年10月底前'), 'task 86 ("我的宁夏"应上尽上, 2024年): earlier', '2024年10月底前')
mn('deadline-later-than-baseline', ln('位：区政府办公室；完成时限：2025年）加快推进适老化'), 'task 87 (12345 热线, 2023年启动，2025年完成): equal', '2025年')
mn('deadline-later-than-baseline', ln('局；完成时限：2024年底）深化'), 'task 94 (生态环境数据资源中心, 2024年): equal', '2024年底')
mn('deadline-later-than-baseline', ln('进数字治水。（牵头单位：区水务局；完成时限：2025年）'), 'task 96 (互联网+城乡供水, 数字治水, 2025年): equal', '2025年')
mn('deadline-later-than-baseline', ln('区政府办公室；完成时限：2025年）统筹整合'), 'task 106 (填表报数系统, 2025年): equal', '2025年')
mn('deadline-later-than-baseline', ln('统资源。（牵头单位：区机关事务服务中心；完成时限：2025年）'), 'task 107 (非涉密视频会议系统资源, 2025年): equal', '2025年')
mn('deadline-later-than-baseline', ln('2024年取得明显成效）'), 'task 108 (公共资源交易全流程数字化, 长期推进，2024年取得明显成效): equal; broken across lines 162-163', '长期推进，2024年取得明显成效')
mn('deadline-later-than-baseline', ln('限：2024年）发挥政务新媒体优势'), 'task 112 (政务公开信息化平台, 2024年): equal', '2024年')
mn('deadline-later-than-baseline', ln('区政府办公室；完成时限：2024年）', after=170), 'task 115 (政民互动, 12345 为枢纽, 2024年): equal', '2024年')
mn('deadline-later-than-baseline', ln('单位：区委组织部；配合单位：区政府办公室；完成时限：长期'),
   'task 118 (干部数字化培训, 2023年完成并长期坚持): ongoing 长期坚持 is not later; broken across lines 182-183', '长期坚持')
mn('deadline-later-than-baseline', ln('每年6月25日、12月20日前'), 'the office\'s own reporting dates for progress reports, not task deadlines', '6月25日、12月20日')
mn('unknown-unit', 5, 'collective subjects of the notice (各乡镇人民政府, 区直各部门（单位）)', '区直各部门（单位）')
mn('unknown-unit', ln('区人民政府第28次'), '区人民政府 is the county government, listed in units.txt', '区人民政府')
mn('unknown-unit', ln('红寺堡专区上线运行，区政务服务中心'), 'background mention; 区政务服务中心 is listed in units.txt', '区政务服务中心')
mn('unknown-unit', ln('区委编办；责任单位：各乡镇人民政府'), '区委编办 is a registered short name; 各乡镇人民政府 is a collective', '区委编办')
mn('unknown-unit', ln('为入园企业提供全生命周期服务。（牵头单位：弘德工业园区管'),
   '弘德工业园区管委会 is in units.txt; the name is broken across lines 61-62 ("弘德工业园区管|委会")', '弘德工业园区管委会')
mn('unknown-unit', ln('良好网络生态。（牵头单位：区发展改革局；配合单位：区委网'),
   '区发展改革局 is the registered short name of 红寺堡区发展和改革局; 区委网信办 is broken across lines 77-78', '区委网信办')
mn('unknown-unit', ln('部门（单位）、各乡镇人民政府；完成时限：长期坚持）'),
   '区直各部门（单位） is a collective broken across lines 85-86 ("区直各|部门（单位）")', '区直各部门（单位）')
mn('unknown-unit', ln('会商机制，区级政务信息化项目由区发展改革局、区大数据服务'),
   '区大数据服务中心 (registered) broken across lines 88-89 in running text', '区大数据服务中心')
mn('unknown-unit', 106, 'the running header (the office\'s own 文号) falls inside the note of lines 104-107; it is not a unit', '红政办发〔2024〕16号')
mn('unknown-unit', ln('跨层级协同监管。（责任单位：区直有关部门'), '区直有关部门 is a collective subject', '区直有关部门')
mn('unknown-unit', ln('（牵头单位：区委政法委；责任单位：各乡镇人民政府、各村'),
   '各乡镇人民政府, 各村（社区） are collectives; 各村（社区） is broken across lines 134-135', '各村（社区）')
mn('unknown-unit', ln('安分局；完成时限：2024年底）'), '区公安分局 (吴忠市公安局红寺堡区分局) is registered; broken across lines 130-131 ("区公|安分局")', '区公安分局')
mn('unknown-unit', ln('上尽上”。（牵头单位：区审批局'), '区审批局 is a registered short name of 红寺堡区审批服务管理局', '区审批局')
mn('unknown-unit', ln('态环境现代化管控能力。（牵头单位：市生态环境局红寺堡区分'),
   '市生态环境局红寺堡区分局 is one registered name (short name of 吴忠市生态环境局红寺堡区分局) and must not be split into 市生态环境局; it is broken across lines 148-149', '市生态环境局红寺堡区分局')
mn('unknown-unit', ln('（牵头单位：区发展改革局、财政局'), 'the prefix 区 distributes: 区发展改革局、财政局 = 区发展改革局, 区财政局, both registered', '财政局')
mn('unknown-unit', ln('多样化政策解读产品。（牵头单位：区融媒体中心'), '区融媒体中心 is registered', '区融媒体中心')
mn('garbled-text', ln('— 5 —'), 'PDF page numbers ("— 5 —") and words cut by them (line 128-130 "雪亮工|— 6 —|程") are layout, not encoding damage', '— 5 —')

# ---------------- covers ----------------
cv(64, ln('各乡镇参照成立相应组织机构'))
cv(3, ln('加快弘德工业园区“智慧园区”建设'))
cv(6, ln('健康、就业、养老、文化旅游等服务数字化'))
cv(10, ln('推进数字乡村建设。'))
cv(11, ln('配合推进“数字供销”国家级示范区建设'))
cv(12, ln('培育数据要素市场。配合建设数据交'))
cv(14, ln('落实区、乡（镇）数'))
cv(15, ln('建立安全评估、'))
cv(18, ln('控、主动防御、协同响应的安全技术保障体系'))
cv(24, ln('（二）制度规则体系。创新项目管理机制。完善政务信息化项目'))
cv(28, ln('示范。围绕社会治理、涉农服务等领域开展数字政府试点示范'))
cv(30, ln('据资源底数，编制政务数据资源目录'))
cv(36, ln('接机制，推动数据按需回流'))
cv(41, ln('共数据开放目录及责任清单'))
cv(46, ln('政务信创云有序迁移'))
cv(48, ln('推进电子政务外网区、乡、村全覆盖'))
cv(50, ln('序推进非涉密业务专网向电子政务外网整合迁移'))
cv(49, ln('全区统一的视频共享平台整合全区视频资源'))
cv(66, ln('对接使用宁夏经济运行大数据平台'))
cv(71, ln('对食品药品、特种设备、农副产品等重点领域实行数字化追溯监'))
cv(73, ln('推进消费维权“一件事”改革'))
cv(77, ln('完善行政复议、信访、调'))
cv(79, ln('持续推进“雪亮工'))
cv(83, ln('网+基层治理”行动'))
cv(80, ln('推进“智慧应急”建设'))
cv(84, ln('推动政务服务“网上办、掌上办、就近办、一'))
cv(86, ln('推广“我的宁夏”政务APP'))
cv(87, ln('持续推进12345政务服务便民热线'))
cv(93, ln('2025年6月底前，完成全区政府网站'))
cv(94, ln('持续优化生态环境数据应用'))
cv(96, ln('深化“互联网+城乡供水”建设'))
cv(104, ln('办公平台，推进公文流转、报批审核'))
cv(105, ln('推广“宁政通”移动办公'))
cv(106, ln('推广全区统一的填表报数系统'))
cv(107, ln('统筹整合非涉密视频会议系'))
cv(108, ln('推进公共资源交易全流程数字化管理和监督'))
cv(112, ln('构建以网上发布为主、其他渠道发布为'))
cv(114, ln('构建政务新媒体矩阵'))
cv(115, ln('以12345热线为枢纽'))
cv(116, ln('“一把手工程”，建立主要领导负责制'))
cv(25, ln('区财政局统筹现有资金渠道'))
cv(118, ln('织区直部门和乡镇干部开展数字化能力培训'))
cv(122, ln('将数字政府建设纳入全区效能目标管理考'))
cv(123, ln('考核结果作为领导班子和领导干部综合考核评价'))

key = {
  "writer": "blind writer, round 915; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": E,
  "mustNotFlag": M,
  "covers": sorted(C, key=lambda c: c['line']),
  "notes": ("红寺堡区 2024 实施方案 (issued 2024-04-18 as 红政办发〔2024〕16号) as text copied out of a PDF: 公文 layout of 28 characters a line "
            "and 22 lines a page, hard-wrapped mid-word and mid-note, page numbers '— N —' on their own lines, the office's 文号 as running header on even pages "
            "(lines 12, 59, 106, 153). draft.txt is generated from source.txt by make.py; line numbers in this key are looked up in draft.txt by build_key.py. "
            "Sub-items are run-in short titles ending in 。 (e.g. 开展试点示范。), several to a physical paragraph; each inline note （牵头单位…；完成时限…） belongs to the sub-item it closes. "
            "Regional tasks due 2023 (14, 15, 24, 30, 32, 36, 116) are taken up either without a date or with 长期坚持, because a 2024 plan cannot give them a year that is not later than 2023 "
            "without it lying before its own year. No task is left out on purpose; task-uncovered is not annotated.")
}
open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
print(len(E), 'expect,', len(M), 'mustNotFlag,', len(C), 'covers')
