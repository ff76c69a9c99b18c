#!/usr/bin/python3
"""Writes key.json; every line number is found by searching draft.txt, and asserted."""
import json, os
from importlib.machinery import SourceFileLoader
here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
ROWS = SourceFileLoader('rows', os.path.join(here, 'rows.py')).load_module().ROWS

def line(needle, nth=0, must=None):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    assert hits, needle
    n = hits[nth]
    if must: assert must in L[n - 1], (needle, must)
    return n

def row(k):  # line of task-list row number k
    return line('\t%d. ' % k)

def rowinfo(k):
    g, c, u, dl, t, rdl = ROWS[k - 1]
    return dl, t, rdl

E = []
def exp(rule, ln, text, why, **kw):
    assert text in L[ln - 1], (ln, text)
    E.append(dict(rule=rule, line=ln, text=text, why=why, **kw))

exp('basis-mismatch', line('宁政发〔2022〕17号'), '宁政发〔2022〕17号',
    '《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong')
exp('deadline-later-than-baseline', line('到2026年'), '2026年',
    'regional 主要目标: 到2025年，全区各级数字政府建设“34567”体系框架全面成型; the city puts the same goal in 2026')
r = row(21); dl, t, rdl = rowinfo(21); assert (t, dl) == (30, '2024年')
exp('deadline-later-than-baseline', r, '2024年',
    'task 30 (政务数据资源目录、政务数据“一本账”), 完成时限 2023年; the city row says 2024年')
r = row(33); dl, t, rdl = rowinfo(33); assert (t, dl) == (55, '20224年')
exp('deadline-invalid', r, '20224年',
    'impossible five-digit year (typing slip for 2024年); task 55 (统一公共支付平台及电子票据系统), 完成时限 2024年')
r = row(26); assert rowinfo(26)[1] == 41
exp('unknown-unit', r, '市大数据管理服务局',
    'not in units.txt: 固原 has 市大数据服务中心, 市大数据管理服务局 is the 吴忠 body copied over; named as lead of task 41 (完成时限 2024年, row deadline 2024年 is equal)')
r = row(20); assert rowinfo(20)[1] == 28
exp('unknown-unit', r, '海原县人民政府',
    '海原县 is not a county of 固原市 (it belongs to 中卫市) and is not in units.txt; the row itself is about 隆德县、泾源县, so 泾源县人民政府 was meant')
exp('garbled-text', line('鏁版嵁'), '鏁版嵁鍏变韩浜ゆ崲浣撶郴',
    'UTF-8 bytes of 数据共享交换体系 read as GBK (mojibake), no ? marker')

N = []
def nm(rule, ln, why, text=None):
    if text is not None:
        assert text in L[ln - 1], (ln, text)
        N.append(dict(rule=rule, line=ln, text=text, why=why))
    else:
        N.append(dict(rule=rule, line=ln, why=why))

# --- units: the round's near misses
nm('unknown-unit', row(4), '原州区人民政府 (in units.txt) leads the city\'s 智慧城市 work in the central district it governs; a county government named as lead of local work is legitimate (task 9: 各地级市牵头, the city delegates to its urban district)', '原州区人民政府')
nm('unknown-unit', row(5), 'all five county governments named in full, each in units.txt; they carry task 10 in their own counties', '西吉县人民政府')
nm('unknown-unit', row(6), '泾源县人民政府 leads 智慧旅游 around 六盘山/老龙潭 in its own county; 隆德县人民政府 cooperates; both in units.txt', '泾源县人民政府')
nm('unknown-unit', row(19), '西吉县大数据服务中心 is a county body named for a pilot in that same county; it is in units.txt, and it is not a regional body leading a local task', '西吉县大数据服务中心')
nm('unknown-unit', row(19), '西吉县人民政府 leads a pilot in 西吉县 (task 28 pilots by area)', '西吉县人民政府')
nm('unknown-unit', row(20), '隆德县人民政府 is correct (only its neighbour 海原县人民政府 is wrong)', '隆德县人民政府')
nm('unknown-unit', row(50), '彭阳县人民政府 leads the 互联网+城乡供水 demonstration in 彭阳县; in units.txt', '彭阳县人民政府')
nm('unknown-unit', row(15), '固原市大数据服务中心 is the full name of 市大数据服务中心 (units.txt alias)', '固原市大数据服务中心')
nm('unknown-unit', row(16), '固原市审批服务管理局 is the full name of 市审批服务管理局 (units.txt alias)', '固原市审批服务管理局')
nm('unknown-unit', row(12), 'collective subjects 市直各部门（单位） and 各县（区）人民政府', '市直各部门（单位）')
nm('unknown-unit', row(40), 'collective subject 承担监管职责的市直有关部门（单位）', '承担监管职责的市直有关部门（单位）')
nm('unknown-unit', row(44), 'collective subject 各乡镇（街道）', '各乡镇（街道）')
nm('unknown-unit', row(3), '市委网信办 is the official short name (units.txt); 等有关部门（单位） is a collective tail', '市委网信办')
nm('unknown-unit', row(30), 'a collective (各县（区）人民政府) listed first as the responsible subject; 市大数据服务中心 guides', '各县（区）人民政府具体负责')
nm('unknown-unit', line('积极争取自治区政府办公厅'), '自治区政府办公厅 is mentioned as the regional body whose support is sought, not as lead of a local task', '自治区政府办公厅')
nm('unknown-unit', line('支持西吉县依托西吉县大数据服务中心'), '西吉县大数据服务中心 named in the body for the 西吉 pilot; in units.txt', '西吉县大数据服务中心')
nm('unknown-unit', line('数字宁夏建设运营有限公司的合作'), '数字宁夏建设运营有限公司 is the regional operating company (task 62), mentioned as a partner, not a responsible unit', '数字宁夏建设运营有限公司')
nm('unknown-unit', line('领导小组办公室设在市人民政府办公室'), '市人民政府办公室 and 固原市大数据服务中心 are in units.txt', '市人民政府办公室')
# --- basis
nm('basis-mismatch', line('国发〔2022〕14号'), 'correct title and 文号 of the national 指导意见', '国发〔2022〕14号')
nm('basis-mismatch', line('宁政办发〔2023〕11号'), '《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan', '宁政办发〔2023〕11号')
nm('basis-mismatch', line('宁政办发〔2020〕14号'), 'retrospective mention of the 2020 工作要点 in the background section, with its correct 文号; not cited as basis', '宁政办发〔2020〕14号')
nm('basis-mismatch', line('固政发〔2023〕41号'), 'the plan\'s own 文号 in the 印发 notice, not a citation', '固政发〔2023〕41号')
# --- deadlines
nm('deadline-invalid', line('2021年，组建'), 'past dates (2021年, 2022年) in the background section are not deadlines', '2022年')
nm('deadline-invalid', line('2023年10月16日'), 'the issue date', '2023年10月16日')
nm('deadline-later-than-baseline', line('到2023年底'), 'equal to the regional 主要目标 到2023年底', '到2023年底')
nm('deadline-later-than-baseline', line('到2035年'), 'equal to the regional 主要目标 到2035年', '到2035年')
nm('deadline-later-than-baseline', line('力争2024年底前'), 'task 48 (区市县乡村5级全覆盖), 完成时限 2024 年: equal', '2024年底前')
nm('deadline-later-than-baseline', line('于2023年11月底前制定'), 'task 116 (一把手工程、制定工作方案), 完成时限 2023年完成并长期坚持: earlier', '2023年11月底前')
nm('deadline-later-than-baseline', line('12月25日前'), 'the office\'s own half-yearly reporting dates, not task deadlines', '12月25日前')
nm('deadline-later-than-baseline', line('（2023年—2025年）'), 'period of the attached task list (same as the regional list 2023年—2025年), not a deadline', '2023年—2025年')

def eqrow(k, why_extra='equal'):
    dl, t, rdl = rowinfo(k)
    nm('deadline-later-than-baseline', row(k), 'task %d, 完成时限 %s: %s' % (t, rdl, why_extra), dl)

eqrow(1); eqrow(5, 'the completing milestone 2025年 is equal; 2024年取得阶段性成效 is an extra intermediate milestone')
eqrow(7); eqrow(9); eqrow(10)
eqrow(13, '2023年12月底前 is within 2023: equal')
eqrow(14)
eqrow(15, 'equal (also task 19, 2023年启动，2024年建成)')
eqrow(17, 'earlier')
eqrow(19); eqrow(20)
eqrow(22, '2023年12月底前 is within 2023: equal')
eqrow(29, 'earlier')
eqrow(36, 'earlier')
eqrow(47); eqrow(59); eqrow(61); eqrow(62)
nm('deadline-invalid', row(12), 'a 2023年 deadline in a plan issued in October 2023 is not before the issuing year', '2023年')
# --- pillars
nm('missing-pillar', line('四、健全“五个一”和“六级贯通”'), '五个一/六级贯通 work system taken up in section 四 (健全组织机构, 厘清层级职责)')
nm('missing-pillar', line('（二）加大财政投入'), '党的领导: 财政投入 present; 组织领导, 数字素养, 考核评价 on the neighbouring lines')
nm('missing-pillar', line('（三）营造良好数字生态'), '数字生态 present (数据要素市场, 数据交易制度)')

C = []
seen = set()
for k in range(1, len(ROWS) + 1):
    t = ROWS[k - 1][4]
    if t in seen: continue
    seen.add(t)
    C.append(dict(task=t, line=row(k)))
C.append(dict(task=123, line=line('考核结果作为领导班子')))
C.append(dict(task=124, line=line('定期开展督促检查和经验交流')))

key = {
  "writer": "blind writer, round 350; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": E,
  "mustNotFlag": N,
  "covers": C,
  "notes": ("固原市 city plan (issued 2023-10-16) checked against 宁政发〔2023〕17号, no parent. The task list (lines %d-%d) is "
            "tab-separated: 主要任务, 重点内容, 责任单位, 完成时限; its 说明 (line %d) says the first-listed unit leads. "
            "County governments (原州区、西吉县、隆德县、泾源县、彭阳县人民政府) lead some local work and pilots in their own counties; "
            "the county 大数据服务中心 are in units.txt. draft.txt is built by make.py from body.src.txt and rows.py; "
            "key.json by mkkey.py, which asserts every line.") % (line('主要任务\t重点内容'), len([x for x in L if x]), line('说明：')),
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), 'expect;', len(N), 'mustNotFlag;', len(C), 'covers')
