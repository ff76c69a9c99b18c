#!/usr/bin/env python3
# Builds key.json and checks every line number / text against draft.txt (1-based).
import json, sys
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def line_of(s, nth=1, start=1):
    hits = [i for i, t in enumerate(L, 1) if s in t]
    if len(hits) != 1: sys.exit(f'ambiguous or missing ({hits}): ' + s)
    c = 0
    for i, t in enumerate(L, 1):
        if i >= start and s in t:
            c += 1
            if c == nth: return i
    sys.exit('not found: ' + s)
def row(n):  # table row with 序号 n
    for i, t in enumerate(L, 1):
        if t.startswith(f'{n}\t'): return i
    sys.exit(f'row {n}')

expect = [
 dict(rule='basis-mismatch', line=line_of('自治区人民政府2022年5月印发的实施意见'), text='自治区人民政府2022年5月印发的实施意见',
      why='cited by issuing body and date; the 自治区人民政府 实施意见 on 数字政府 (宁政发〔2023〕17号) was issued 2023年5月16日, there is no 2022年5月 one (the same citation is correct at the 提升数字素养 line: 2023年5月)'),
 dict(rule='basis-mismatch', line=line_of('按照《宁夏回族自治区2020年“数字政府”建设工作要点》确定的'), text='《宁夏回族自治区2020年“数字政府”建设工作要点》',
      why='superseded document (宁政办发〔2020〕14号, framework 八个全区一体化体系) cited by title as the current requirement for the 平台支撑 pillar; the current basis is 宁政发〔2023〕17号'),
 dict(rule='basis-mismatch', line=line_of('宁政发〔2022〕17号'), text='宁政发〔2022〕17号',
      why='《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (wrong year in the 文号, attachment note)'),
 dict(rule='deadline-later-than-baseline', line=row(11), text='2025年',
      why='task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年; local row says 2025年 (and contradicts the draft\'s own 2024年底前 in the 平台支撑 section)'),
 dict(rule='deadline-invalid', line=row(23), text='2014年',
      why='2014年9月底前: typo for 2024, a date before the plan\'s own year 2024 (task 88 完成时限 2024年)'),
 dict(rule='unknown-unit', line=row(25), text='区信息化办公室',
      why='not in units.txt (the district has 区大数据服务中心 and 区委网信办; no 信息化办公室)'),
 dict(rule='garbled-text', line=line_of('鏀垮姟鏈嶅姟渚挎皯'), text='鏀垮姟鏈嶅姟渚挎皯',
      why='UTF-8 read as GBK: 政务服务便民 (12345政务服务便民热线)'),
]

M = []
def m(rule, line, why, text=None):
    d = dict(rule=rule, line=line, why=why)
    if text is not None:
        assert text in L[line-1], (text, line)
        d['text'] = text
    M.append(d)

# --- citations
m('basis-mismatch', 2, 'the draft\'s own 文号 (大武口区人民政府 发文), not a basis citation', '大武政发〔2024〕9号')
m('basis-mismatch', 8, 'the draft\'s own title (实施方案 is right for the district plan itself)', '大武口区关于加强数字政府建设的实施方案')
m('basis-mismatch', 9, 'correct full title and 文号 of the national 指导意见', '国发〔2022〕14号')
m('basis-mismatch', 9, 'correct full title and 文号 of the regional 实施意见', '宁政发〔2023〕17号')
m('basis-mismatch', 9, 'same title and 文号 as cited in the 吴忠 plan (seed); an additional regional document, not wrong', '宁政办发〔2023〕11号')
m('basis-mismatch', 9, 'correct title of 附件2 of 宁政发〔2023〕17号, and official short name 自治区任务清单 defined here', '《全区数字政府建设重点任务清单（2023年—2025年）》')
m('basis-mismatch', line_of('按照《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）部署'),
  'retrospective mention of the 2020 工作要点 in 工作基础 (what was done in 2020), correct title and 文号, not cited as current basis',
  '《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号）')
m('basis-mismatch', line_of('与《实施意见》提出的要求'), 'short name 《实施意见》 defined in the preamble (= 宁政发〔2023〕17号)', '《实施意见》')
m('basis-mismatch', line_of('对照《实施意见》确定的'), 'short name 《实施意见》 (= 宁政发〔2023〕17号); its 34567 framework is stated correctly', '《实施意见》')
m('basis-mismatch', line_of('按照《自治区人民政府关于加强数字政府建设的实施意见》关于'), 'correct citation by title alone (no 文号); quoted sentence is from that document (六、(一)健全组织机构 / task 64)',
  '《自治区人民政府关于加强数字政府建设的实施意见》')
m('basis-mismatch', line_of('国务院2022年6月印发的指导意见'), 'citation by issuing body and date, correct: 国发〔2022〕14号 was issued by 国务院 in June 2022', '国务院2022年6月印发的指导意见')
m('basis-mismatch', line_of('自治区人民政府2023年5月印发的实施意见'), 'citation by issuing body and date, correct: 宁政发〔2023〕17号 dated 2023年5月16日', '自治区人民政府2023年5月印发的实施意见')
m('basis-mismatch', line_of('对照自治区任务清单'), 'short name 自治区任务清单 defined in the preamble (附件2 of 宁政发〔2023〕17号)', '自治区任务清单')
m('basis-mismatch', line_of('制定年度工作要点'), 'the units\' own annual 工作要点 to be drawn up (task 116), not a citation of the 2020 工作要点', '年度工作要点')
# --- deadlines
m('deadline-invalid', line_of('2021年，区政务服务中心'), 'past dates in the 工作基础 background (2020年, 2021年, 2023年), not deadlines', '2021年')
m('deadline-later-than-baseline', line_of('到2024年底，区、镇（街道）'), '主要目标 2024年底: 外网全覆盖 = task 48 (2024年), 公共数据开放目录 = task 41 (2024年), 好办易办 = task 84 (2024年); all equal. Not the region\'s 2023年底 goals (政策体系、五个一、家底理清)', '到2024年底')
m('deadline-later-than-baseline', line_of('到2025年，我区数字政府建设全面融入'), 'equal to the regional 主要目标 到2025年 (34567 体系框架全面成型)', '到2025年')
m('deadline-later-than-baseline', line_of('到2035年，与政府治理能力'), 'equal to the regional 到2035年 goal', '到2035年')
m('deadline-later-than-baseline', line_of('2024年底前实现区、镇（街道）'), 'task 48 完成时限 2024年; equal', '2024年底前')
m('deadline-later-than-baseline', line_of('完成时限：2024年6月底前'), 'inline note; task 64 (各地参照自治区成立组织机构) 完成时限 2025年, earlier. Not task 60 (充实自治区领导小组, 2023年), which is the region\'s own leading group (自治区政府办公厅负责)', '2024年6月底前')
m('deadline-later-than-baseline', line_of('各责任单位要于每年6月25日'), 'the office\'s own reporting dates (每年6月25日、12月15日; 2025年12月底前 总结), not task deadlines', '2025年12月底前')
m('deadline-later-than-baseline', row(1), 'task 3 完成时限 持续推进，2025年取得明显成效; equal', '持续推进，2025年取得明显成效')
m('deadline-later-than-baseline', row(3), 'task 9 完成时限 持续推进，2025年取得明显成效; equal', '2024年启动，2025年取得明显成效')
m('deadline-later-than-baseline', row(4), 'task 10 完成时限 持续推进，2025年取得明显成效; equal', '2025年')
m('deadline-later-than-baseline', row(5), 'task 14 完成时限 2023年; copied regional deadline, equal (not later)', '2023年')
m('deadline-invalid', row(5), 'copied regional deadline (task 14, 2023年) that lies before the plan\'s year; near miss per KEY-FORMAT', '2023年')
m('deadline-invalid', row(6), 'copied regional deadline (task 18, 2023年形成机制，长期坚持) before the plan\'s year; near miss', '2023年形成机制，长期坚持')
m('deadline-later-than-baseline', row(7), 'task 43 完成时限 2024年建成，持续推进 (and task 19 2024年建成); equal', '2024年')
m('deadline-later-than-baseline', row(8), 'task 41 完成时限 2024年; 2024年9月底前 is earlier', '2024年9月底前')
m('deadline-later-than-baseline', row(10), 'task 47 完成时限 2024年; equal', '2024年')
m('deadline-later-than-baseline', row(14), 'task 56 完成时限 2025年; 2024年底前 is earlier', '2024年底前')
m('deadline-later-than-baseline', row(16), 'task 64 完成时限 2025年; 2024年6月底前 is earlier (not task 60, the region\'s own leading group, 2023年)', '2024年6月底前')
m('deadline-later-than-baseline', row(20), 'task 83 完成时限 2025年; equal', '2025年')
m('deadline-later-than-baseline', row(26), 'task 107 完成时限 2025年; 2024年底前 is earlier', '2024年底前')
m('deadline-later-than-baseline', row(29), 'task 121 完成时限 长期坚持; equal', '长期坚持')
m('deadline-invalid', 4, 'date of the 常务会议 that approved the plan (the issuing year), not a deadline', '2024年第3次常务会议')
m('deadline-later-than-baseline', 70, 'title of the attachment (period 2024—2025), not a deadline; within the regional 2023—2025 period', '（2024年—2025年）')
# --- units
m('unknown-unit', row(5), 'collective subjects', '区直各部门（单位）、各街道办事处')
m('unknown-unit', row(12), 'collective subject 区直有关部门', '区直有关部门')
m('unknown-unit', row(17), 'collective subject (承担监管职责的区直有关部门), like 承担监管职责的自治区有关部门（单位）', '承担监管职责的区直有关部门')
m('unknown-unit', row(15), 'alias of 区发展改革局 in units.txt', '区发改局')
m('unknown-unit', row(22), 'alias of 区审批服务管理局 in units.txt', '区审批局')
m('unknown-unit', row(24), 'in units.txt (区残联)', '区残联')
m('unknown-unit', row(4), 'in units.txt', '星海镇人民政府')
m('unknown-unit', line_of('领导小组办公室（区政府办）'), 'alias of 区人民政府办公室 in units.txt', '区政府办')
m('unknown-unit', line_of('配合自治区政府办公厅推进'), 'regional body named as the partner the district supports (配合), not as lead of a local task; no unit cell', '自治区政府办公厅')
m('unknown-unit', line_of('（责任单位：区政府办公室、区委编办'), 'inline note; both units are in units.txt', '区委编办')
m('unknown-unit', 3, 'addressees: 星海镇人民政府 (registry), collective 各街道办事处, 区直各部门（单位）', '各街道办事处')

covers_spec = [
 (3,row(1)),(6,row(2)),(9,row(3)),(10,row(4)),(14,row(5)),(18,row(6)),(43,row(7)),(41,row(8)),(42,row(9)),
 (47,row(10)),(48,row(11)),(50,row(12)),(54,row(13)),(56,row(14)),(57,row(15)),(64,row(16)),(74,row(17)),
 (77,row(18)),(79,row(19)),(83,row(20)),(84,row(21)),(86,row(22)),(88,row(23)),(93,row(24)),(105,row(25)),
 (107,row(26)),(112,row(27)),(114,row(28)),(121,row(29)),
 (8,line_of('深化“互联网+医疗健康”应用')),(15,line_of('建立数字政府安全评估、责任落实')),(17,line_of('落实安全制度要求')),
 (21,line_of('依托全区行政许可管理信息系统')),(24,line_of('健全政务信息化建设管理会商机制')),(28,line_of('积极申报自治区数字政府建设试点')),
 (32,line_of('完善数据管理机制')),(36,line_of('落实政务数据供需对接机制')),(68,line_of('推行“照单监管”')),
 (80,line_of('推进“智慧应急”建设')),(85,line_of('推行政务服务事项“集成办”“免证办”')),(104,line_of('依托全区统一的协同办公平台')),
 (106,line_of('填表报数')),(111,line_of('全面整合机关事务管理信息系统')),(115,line_of('以12345政务服务便民热线为枢纽')),
 (116,line_of('纳入“一把手工程”')),(25,line_of('（二）加大财政投入')),(118,line_of('（三）提升数字素养')),
 (122,line_of('纳入区效能目标管理考核')),(124,line_of('建立容错和奖惩机制')),(102,line_of('推进水、气、土、废污染防治攻坚战')),
]
covers = [dict(task=t, line=l) for t, l in covers_spec]

# sanity: every expect text on its line
for e in expect:
    assert e['text'] in L[e['line']-1], e
key = {
 'writer': 'blind writer, round 369; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-06',
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': M,
 'covers': covers,
 'notes': ('石嘴山市大武口区 district plan (2024-03-18), checked against ningxia-2023 only (no parent). Basis documents are cited in five forms: '
           'full title + 文号 (preamble), title alone (四、intro), short names 《实施意见》/《指导意见》/自治区任务清单, and issuing body + date '
           '(国务院2022年6月 / 自治区人民政府2023年5月, both correct at the 提升数字素养 line; 自治区人民政府2022年5月 wrong at the 四个支撑 intro). '
           'The 2020 工作要点 appears twice: as history in 工作基础 (fine) and as the current requirement for the 平台支撑 pillar (superseded basis). '
           'Table rows do not carry regional task numbers; the regional task for each row is named in why. '
           'The draft is 区-level: 五个一/六级贯通 is taken up as 组织机构/层级职责/工作机制 (section 四).'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e['text'])
