#!/usr/bin/env python3
# Builds key.json for this case; every line number is looked up in draft.txt and checked.
import json, os
D = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(D, 'draft.txt'), encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def line(sub, nth=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def row(n):
    hits = [i + 1 for i, l in enumerate(L) if '\t' in l and l.split('\t')[0] == str(n)]
    assert len(hits) == 1, n
    return hits[0]

def cell(n, k):
    return L[row(n) - 1].split('\t')[k]

def chk(ln, text):
    assert text in L[ln - 1], (ln, text, L[ln - 1][:60])
    return ln

# table row -> (task(s), regional 完成时限 from 附件2, relation)
ROWS = {
 1: ([64], '2025年', 'earlier'),
 2: ([2], '2023 年启动，2024 年取得明显成效', 'equal'),
 3: ([3], '持续推进，2025 年取得明显成效', 'equal'),
 4: ([5], '持续推进，2025 年取得明显成效', 'equal'),
 5: ([6], '持续推进，2025 年取得明显成效', 'equal'),
 6: ([7], '2023年形成试点经验，2025年取得明显成效', 'equal'),
 7: ([8], '持续推进，2025年取得明显成效', 'equal'),
 8: ([10], '持续推进，2025年取得明显成效', 'equal'),
 9: ([11], '2023年完成主要建设任务，2025年取得明显成效', 'equal'),
 10: ([9], '持续推进，2025年取得明显成效', 'equal'),
 11: ([12], '2025年', 'equal'),
 12: ([19], '2023年启动，2024年建成', 'equal'),
 13: ([21], '2024年', 'equal'),
 14: ([22], '2025年', 'earlier'),
 15: ([23], '2024年', 'equal'),
 16: ([27], '2024年', 'equal'),
 17: ([28], '2023年启动，2025年取得明显成效', 'equal'),
 18: ([33, 34], '2024年 (both)', 'equal'),
 19: ([40], '2024年', 'equal'),
 20: ([41], '2024年', 'PLANTED-invalid'),
 21: ([42], '2024年', 'equal'),
 22: ([43, 46], '2024 年建成，持续推进 / 2024 年', 'equal'),
 23: ([47], '2024 年', 'equal'),
 24: ([50], '2024 年', 'equal'),
 25: ([49], '2025 年', 'earlier'),
 26: ([52], '2025年', 'equal'),
 27: ([53], '2024年', 'equal'),
 28: ([56], '2025年', 'earlier'),
 29: ([57], '2024年', 'equal'),
 30: ([55], '2024年', 'equal'),
 31: ([58], '2024年', 'equal'),
 32: ([66], '2025年', 'equal'),
 33: ([70], '2024年', 'equal'),
 34: ([71], '2024年', 'equal'),
 35: ([74], '2024年', 'equal'),
 36: ([73], '2024年', 'equal'),
 37: ([77], '2024年', 'earlier'),
 38: ([79], '2024年', 'equal'),
 39: ([80], '2024年', 'equal'),
 40: ([81], '2025年', 'earlier'),
 41: ([83], '2025年', 'earlier'),
 42: ([84], '2024年', 'equal'),
 43: ([86], '2024年', 'earlier'),
 44: ([87], '2023年启动，2025年完成', 'equal'),
 45: ([88], '2024年', 'equal'),
 46: ([89], '2024年', 'equal'),
 47: ([90], '2024年', 'equal'),
 48: ([93], '2024年', 'PLANTED-late'),
 49: ([94, 95], '2024年 / 2025年', 'equal'),
 50: ([96], '2025年', 'equal'),
 51: ([97], '2024年', 'equal'),
 52: ([98], '2024年', 'equal'),
 53: ([102], '2025年', 'equal'),
 54: ([103], '2024年', 'equal'),
 55: ([104], '2024年', 'equal'),
 56: ([105], '2024年', 'earlier'),
 57: ([106], '2025年', 'equal'),
 58: ([107], '2025年', 'equal'),
 59: ([109], '2024年', 'equal'),
 60: ([110], '2024年', 'equal'),
 61: ([111], '2025年', 'equal'),
 62: ([112], '2024年', 'equal'),
 63: ([113], '2024年', 'equal'),
 64: ([114], '2024年', 'equal'),
 65: ([115], '2024年', 'equal'),
 66: ([121], '长期坚持', 'equal'),
 67: ([117], '2024年 (task 120, also touched, is 2025年)', 'equal'),
}
nrows = sum(1 for l in L if '\t' in l and not l.startswith('序号'))
assert nrows == len(ROWS), (nrows, len(ROWS))

def tasks_txt(ts):
    return '/'.join('task %d' % t for t in ts)

expect = [
 {"rule": "basis-mismatch", "line": chk(line('（宁政办发〔2023〕17号）'), '宁政办发〔2023〕17号'),
  "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府文件, 2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"},
 {"rule": "deadline-later-than-baseline", "line": chk(line('力争2025年底前实现全覆盖'), '2025年底前'),
  "text": "2025年底前",
  "why": "the sentence takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展), 完成时限 2024年; the county sets 2025年底前 for the 县、乡、村 coverage (the same line's 外网升级 part, task 47, is also 2024年; table row 23 correctly says 2024年底前)"},
 {"rule": "deadline-later-than-baseline", "line": chk(row(48), '2025年6月底前'),
  "text": "2025年6月底前",
  "why": "table row 48 is task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; 2025年6月 is later"},
 {"rule": "deadline-invalid", "line": chk(row(20), '2024年6月31日前'),
  "text": "6月31日",
  "why": "June has 30 days: 2024年6月31日 is an impossible date (table row 20, task 41, regional 完成时限 2024年; the year itself is not late)"},
 {"rule": "unknown-unit", "line": chk(row(46), '县行政审批服务局'),
  "text": "县行政审批服务局",
  "why": "no such unit in units.txt; the county body is 县审批服务管理局 (short 县审批局), which the body text of the same measure (line %d) names correctly" % line('建设企业专属网页和惠企政策专栏，推动惠企政策精准推送、直达直享。（牵头单位：县市场监管局、县审批局')},
]

mnf = []
def add(rule, ln, why, text=None):
    e = {"rule": rule, "line": ln}
    if text is not None:
        assert text in L[ln - 1], (ln, text)
        e["text"] = text
    e["why"] = why
    mnf.append(e)

# ---- deadlines in the task table (equal / earlier)
for n, (ts, reg, rel) in ROWS.items():
    if rel.startswith('PLANTED'):
        continue
    dl = cell(n, 5)
    if rel == 'equal':
        why = 'table row %d = %s, regional 完成时限 %s; %s is equal' % (n, tasks_txt(ts), reg, dl)
    else:
        why = 'table row %d = %s, regional 完成时限 %s; %s is earlier' % (n, tasks_txt(ts), reg, dl)
    add('deadline-later-than-baseline', row(n), why, dl)

# ---- deadlines in body inline notes
add('deadline-later-than-baseline', line('完成时限：2024年6月底前）'),
    'inline note for task 64 (各地各部门参照自治区做法成立相应的组织机构), regional 完成时限 2025年; 2024年6月底前 is earlier. Not task 60 (充实自治区领导小组, 自治区政府办公厅负责, 2023年), which is a regional-level task', '2024年6月底前')
add('deadline-later-than-baseline', line('提升产业链数字化水平。（牵头单位'),
    'task 2, regional 完成时限 2023 年启动，2024 年取得明显成效; 2024年底前 is equal', '2024年底前')
add('deadline-later-than-baseline', line('推进“智慧园区”建设。'),
    'task 3, regional 完成时限 持续推进，2025 年取得明显成效; copied, equal', '持续推进，2025年取得明显成效')
add('deadline-later-than-baseline', line('完成时限：2025年底前取得明显成效）'),
    'task 28, regional 完成时限 2023年启动，2025年取得明显成效; equal', '2025年底前取得明显成效')
add('deadline-later-than-baseline', line('完成时限：2024年12月底前）'),
    'tasks 33/34 (基础数据资源库/主题数据库), regional 完成时限 2024年; equal', '2024年12月底前')
add('deadline-later-than-baseline', line('完成时限：2024年底前完成迁移）'),
    'task 43 (2024 年建成，持续推进) and task 46 (2024 年); equal', '2024年底前完成迁移')
add('deadline-later-than-baseline', line('统筹视频资源整合。'),
    'task 49 (视频一张网), regional 完成时限 2025 年; 2025年6月底前 is earlier', '2025年6月底前')
# ---- main goals
add('deadline-later-than-baseline', line('到2024年底，县级政务信息系统'),
    'county goals for 2024: 信创云迁移 (task 43/19, 2024), 外网升级 (task 47, 2024), 县级指挥调度中心 (task 81, 2025), 网上办掌上办 (task 84, 2024) — none later; none of them is one of the region\'s 到2023年底 goals (政策体系、自治区本级五个一、政务大数据体系初步形成、平台家底理清)', '到2024年底')
add('deadline-later-than-baseline', line('到2025年，全县数字政府建设“34567”'),
    'same year as the region\'s goal 到2025年 “34567”体系框架全面成型', '到2025年')
add('deadline-later-than-baseline', line('到2035年，与政府治理能力现代化'),
    'same year as the region\'s 到2035年 goal', '到2035年')
# ---- office's own reporting dates
ln = line('（六）加强调度报送。')
add('deadline-later-than-baseline', ln, "the office's own reporting date (任务分解表), not a task deadline", '2024年5月底前')
add('deadline-later-than-baseline', ln, "the office's own recurring reporting dates (半年/全年进展)", '6月20日、12月20日前')
add('deadline-later-than-baseline', ln, "the office's own date for the 2024 annual summary, naturally in early 2025; not a task deadline", '2025年1月15日前')
add('deadline-invalid', ln, 'valid reporting dates after the issue date 2024-04-18', '2024年5月底前')
# ---- past dates in the background / document dates
add('deadline-invalid', line('2021年，县级非涉密政务信息系统'),
    'background: achievements of 2021–2023, past facts, not deadlines', '2021年')
add('deadline-invalid', line('2021年，县级非涉密政务信息系统'),
    'background: past fact (2023), not a deadline', '2023年，县政务服务中心')
add('deadline-invalid', line('截至2023年底，全县政务服务事项'),
    'background status 截至2023年底, not a deadline', '截至2023年底')
add('deadline-invalid', 6, 'issue date of the notice', '2024年4月18日')
add('deadline-invalid', line('（宁政办发〔2020〕14号）'), 'year in the title of an old document mentioned retrospectively, not a deadline', '2020年')
add('deadline-invalid', line('附件：西吉县数字政府建设重点任务清单'), 'period in the annex title, not a deadline', '2024—2025年')
add('deadline-invalid', line('西吉县数字政府建设重点任务清单（2024—2025年）', 1),
    'period of the task list, not a deadline', '2024—2025年')
add('deadline-invalid', line('每年至少组织开展1次网络安全应急演练'),
    'a frequency (每年至少1次), not a date', '每年至少组织开展1次')
# ---- basis documents
add('basis-mismatch', line('（国发〔2022〕14号）'), 'correct title and 文号 of the national guiding opinion', '国发〔2022〕14号')
add('basis-mismatch', line('（宁政办发〔2023〕11号）'), 'cited exactly as in the 吴忠 plan in the seeds (数字宁夏“1244+N”行动计划实施方案, 宁政办发〔2023〕11号); a valid second basis', '宁政办发〔2023〕11号')
add('basis-mismatch', line('（宁政办发〔2020〕14号）'), 'retrospective mention (自…印发以来) of the 2020 工作要点 in the background, not cited as a basis; title and 文号 match', '宁政办发〔2020〕14号')
add('basis-mismatch', line('按照固原市关于数字政府建设的部署要求'), "the city's requirements are named without a title or 文号; nothing to mismatch", '固原市关于数字政府建设的部署要求')
add('basis-mismatch', 1, "the county's own plan title (实施方案) in the notice, not a basis citation", '西吉县加强数字政府建设实施方案')
# ---- units: collectives
add('unknown-unit', 3, 'collective addressees', '各乡镇人民政府')
add('unknown-unit', line('完成时限：2024年6月底前）'), 'collective subject', '县直各部门（单位）')
add('unknown-unit', line('开展试点示范。围绕政务服务'), 'collective subject', '县直有关部门（单位）')
add('unknown-unit', line('推动监管协同化和智能化。'), 'collective subject (county analogue of 承担监管职责的自治区有关部门（单位）)', '承担监管职责的县直有关部门')
add('unknown-unit', row(35), 'collective subject as lead, as in the regional list (task 74 is led by 承担监管职责的自治区有关部门（单位）)', '承担监管职责的县直有关部门')
add('unknown-unit', line('提高基层社会治理能力。'), 'collective subject', '各村（社区）')
add('unknown-unit', row(41), 'collective subject', '各村（社区）')
# ---- units: short names / aliases in units.txt
add('unknown-unit', line('提升产业链数字化水平。（牵头单位'), 'short name of 县工业信息化和商务局 listed in units.txt', '县工信商务局')
add('unknown-unit', line('提升产业链数字化水平。（牵头单位'), 'short name of 县发展和改革局 listed in units.txt', '县发展改革局')
add('unknown-unit', line('推动公共服务数字化。'), 'short names of 县教育体育局 / 县卫生健康局 / 县人力资源和社会保障局 in units.txt', '县教体局、县卫健局、县人社局分别负责')
add('unknown-unit', line('完善数字经济治理。'), 'short name of 县委网络安全和信息化委员会办公室', '县委网信办')
add('unknown-unit', line('打造泛在可及的服务体系。'), 'short name of 县审批服务管理局 in units.txt', '县审批局')
add('unknown-unit', line('拓展公平普惠的民生服务。'), 'short name of 县残疾人联合会 in units.txt (a people\'s organisation, not a government department)', '县残联')
add('unknown-unit', line('强化安全管理责任。各乡镇'), 'short name of 县委保密办公室 in units.txt', '县委保密办')
add('unknown-unit', line('推进“智慧园区”建设。'), 'short name of 县工业园区管理委员会 in units.txt', '县工业园区管委会')
add('unknown-unit', line('强化电子公文和档案管理。'), 'short name of 县委办公室 in units.txt', '县委办')
# ---- units: prefix distribution
add('unknown-unit', line('创新项目建设管理机制。'), 'prefix 县 distributes: 县财政局、审计局 = 县财政局, 县审计局 (both in units.txt)', '县财政局、审计局')
add('unknown-unit', line('提升矛盾纠纷化解能力。'), 'prefix 县 distributes: 县公安局, 县司法局, 县信访局 (all in units.txt)', '县公安局、司法局、信访局')
add('unknown-unit', row(37), 'prefix 县 distributes: 县公安局, 县司法局, 县信访局', '县公安局、司法局、信访局')
# ---- units outside the government proper / vertical units
add('unknown-unit', line('促进数据有序开发利用。'), 'state-grid county company, listed in units.txt', '国网西吉县供电公司')
add('unknown-unit', line('力争2025年底前实现全覆盖'), 'telecom operator branch, listed in units.txt', '中国电信西吉分公司')
add('unknown-unit', line('提升矛盾纠纷化解能力。'), 'court and procuratorate, listed in units.txt', '县人民法院、县人民检察院')
add('unknown-unit', line('提升公共安全保障能力。'), 'vertical units listed in units.txt (西吉县消防救援大队; 县气象局 = 西吉县气象局)', '西吉县消防救援大队、县气象局')
add('unknown-unit', line('提升生态环保协同治理能力。'), 'the city bureau\'s county branch, listed in units.txt', '固原市生态环境局西吉分局')
add('unknown-unit', row(27), 'vertical tax bureau, listed in units.txt', '西吉县税务局')
add('unknown-unit', line('（三）完善工作机制。'), 'alias of 县数字政府建设领导小组办公室 in units.txt, in prose', '县数字政府办')
# ---- regional bodies mentioned, not as leads of local tasks
add('unknown-unit', line('完善数字经济治理。'), 'regional departments named as the bodies the county supports (配合自治区…), not as the lead; the lead is 县市场监管局', '自治区市场监管厅、公安厅')
add('unknown-unit', line('提高自主可控水平。'), 'regional body named as the one the county supports (配合自治区政府办公厅推进…); the lead is 县政府办公室', '自治区政府办公厅')
add('unknown-unit', line('（三）完善工作机制。'), 'a company mentioned as a partner in prose, not a responsible unit', '数字宁夏建设运营有限公司')
# ---- garbled-text near misses: real place names and Latin tokens
add('garbled-text', line('发展智慧文旅和智慧养老。'), 'real place names in 西吉 (将台堡, 火石寨), correct text', '将台堡红军长征会师纪念园、火石寨国家地质公园')
add('garbled-text', line('提高基层社会治理能力。'), 'real township names (硝河乡, 偏城乡), correct text', '硝河、偏城')
add('garbled-text', line('力争2025年底前实现全覆盖'), 'IPv6 is a normal Latin token', 'IPv6')
add('garbled-text', line('发展农村电子商务。'), 'correct text', '触网上行')
# ---- pillars present
add('missing-pillar', line('（一）加强组织领导。坚持党对数字政府'), '党的领导 (组织领导、财政投入、数字素养、考核评价) is taken up in 六、保障措施, lines %d–%d' % (line('（一）加强组织领导。坚持党对数字政府'), line('（四）强化考核评价。')))
add('missing-pillar', line('二、健全“五个一”和“六级贯通”工作体系'), '五个一 and 六级贯通 are taken up in section 二 (健全组织机构, 厘清层级职责, 完善工作机制)')
add('missing-pillar', line('（三）营造良好数字生态'), '数字生态 is taken up (数据要素市场, 网络生态, 数字技术合作)')

covers = []
def cov(t, ln):
    covers.append({"task": t, "line": ln})
for n, (ts, reg, rel) in ROWS.items():
    for t in ts:
        cov(t, row(n))
body = {
 14: '强化安全管理责任。各乡镇', 15: '强化安全管理责任。各乡镇', 17: '落实安全制度要求。',
 18: '提升安全防护能力。', 20: '以数字化改革助力政府职能转变。梳理', 24: '创新项目建设管理机制。',
 30: '完善数据管理机制。', 32: '完善数据管理机制。', 36: '完善数据管理机制。',
 54: '强化电子公文和档案管理。', 48: '力争2025年底前实现全覆盖', 51: '加强共性应用支撑。',
 65: '加强经济运行监测分析。', 67: '做好经济政策有效衔接。', 68: '推动监管精准化。',
 72: '推动监管协同化和智能化。', 85: '打造泛在可及的服务体系。', 101: '推动绿色低碳转型。',
 116: '（一）加强组织领导。坚持党对数字政府', 25: '（二）加大财政投入。', 118: '（三）提升数字素养。',
 120: '（三）提升数字素养。', 122: '（四）强化考核评价。', 123: '（四）强化考核评价。', 124: '（四）强化考核评价。',
}
for t, s in body.items():
    cov(t, line(s))
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
 "writer": "blind writer, round 749; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("西吉县 (固原市) 2024 实施方案 by a careful office: full 34567 framework plus 保障措施 (党的领导 content), inline 牵头/配合 notes, "
           "and a 67-row task table (附件). Five planted mistakes: a wrong 文号 for the regional basis (宁政办发 for 宁政发), two late deadlines "
           "(body sentence on task 48; table row 48 on task 93), an impossible date (6月31日), and an unknown unit (县行政审批服务局 for 县审批局). "
           "No parent plan is given (固原市's plan is not in the seeds), so deadlines are checked against 宁政发〔2023〕17号 附件2 only. "
           "Tasks whose regional deadline is 2023 (14, 15, 17, 18, 24, 30–32, 36, 68, 72, 85, 116, 118, 122–124) are taken up in the body without a date on purpose. "
           "No task-uncovered entry is planted; tasks such as 76, 82, 91, 92, 99, 100, 108 are simply not taken up."),
}
json.dump(key, open(os.path.join(D, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers), 'distinct tasks', len({c['task'] for c in covers}))
