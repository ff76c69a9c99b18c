# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

T = "Guangxi task numbers here are the order of the 43 inline (责任单位…完成时限…) notes in the 实施意见 (seed guangxi-2022-shishi-yijian.txt), 1 = 二（一）经济调节 … 43 = 七（三）数字生态"

expect = [
  {"rule": "basis-mismatch", "line": 9, "text": "桂政发〔2023〕31号",
   "why": "the 广西 实施意见《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 was issued 2022-11-30 as 桂政发〔2022〕31号; the year in the 文号 is wrong (2023 for 2022)"},
  {"rule": "deadline-later-than-baseline", "line": 98, "text": "2026年6月底前",
   "why": "task-table row 10 (12345热线 与紧急热线联动) is regional task 8 (二（四）持续优化12345政务服务便民热线…, 完成时限：2025年底); 2026年6月 is later. The body note for the same measure (line 39) correctly says 2025年底"},
  {"rule": "deadline-invalid", "line": 65, "text": "21月",
   "why": "impossible month: 2024年21月底前 (a transposition of 2024年12月, as the task table row 33 at line 121 shows); regional task 36 政务云 is 持续开展"},
  {"rule": "unknown-unit", "line": 69, "text": "区文广旅局",
   "why": "not in units.txt: the district's body is 区文化体育和旅游局 (short 区文体旅局, used correctly in table row 36, line 124); 文广旅 is an old/other-district name"},
  {"rule": "unknown-unit", "line": 99, "text": "自治区大数据发展局",
   "why": "a regional body named as 牵头单位 of a district task (table row 11, 智桂通海城专区); copied from regional task 9 whose only named unit is 自治区大数据发展局. The body note (line 40) correctly has 区大数据局 leading"},
  {"rule": "garbled-text", "line": 62, "text": "寤虹珛鏀垮姟鏁版嵁",
   "why": "UTF-8 bytes read as GBK: 寤虹珛鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立政务数据供需对接机制"},
]

mnf = [
  {"rule": "deadline-later-than-baseline", "line": 32, "text": "2025年底", "why": "equal: regional task 3 (二（二）以一体化在线监管提升监管协同化水平) 完成时限 2025年底"},
  {"rule": "deadline-later-than-baseline", "line": 91, "text": "2025年底", "why": "table row 3, equal: regional task 3 完成时限 2025年底"},
  {"rule": "deadline-later-than-baseline", "line": 39, "text": "2025年底", "why": "equal: regional task 8 (12345热线) 完成时限 2025年底"},
  {"rule": "deadline-later-than-baseline", "line": 49, "text": "2025年底", "why": "equal: regional task 22 (二（七）政务公开) 完成时限 2025年底"},
  {"rule": "deadline-later-than-baseline", "line": 109, "text": "2025年底", "why": "table row 21, equal: regional task 22 完成时限 2025年底"},
  {"rule": "deadline-later-than-baseline", "line": 40, "text": "2024年底前", "why": "earlier: regional task 9 (持续完善“智桂通”移动开放生态体系) 完成时限 2025年底"},
  {"rule": "deadline-later-than-baseline", "line": 99, "text": "2024年底前", "why": "table row 11, earlier than regional task 9 (2025年底); the row's mistake is its lead unit, not its date"},
  {"rule": "deadline-later-than-baseline", "line": 23, "text": "到2025年", "why": "主要目标: same year as the region's goal 到2025年…数字政府体系框架基本形成 / 一体化政务服务和一体化在线监管模式广泛普及 / 一部手机助广西 初步形成"},
  {"rule": "deadline-later-than-baseline", "line": 24, "text": "到2035年", "why": "主要目标: same year as the region's 到2035年…数字政府基本建成"},
  {"rule": "deadline-later-than-baseline", "line": 93, "text": "2025年底前", "why": "table row 5 (智慧社区、智慧小区) is regional task 4, 完成时限 持续开展: a dated milestone is not later than an ongoing task"},
  {"rule": "deadline-later-than-baseline", "line": 122, "text": "2025年底前", "why": "table row 34 (电子政务外网延伸、IPv6) is regional task 37, 完成时限 持续开展: not later"},
  {"rule": "deadline-later-than-baseline", "line": 51, "text": "2023年底前建立机制并长期坚持", "why": "regional task 23 (三（一）强化安全管理责任) 持续开展; an earlier milestone plus 长期坚持 is not later"},
  {"rule": "deadline-invalid", "line": 22, "text": "到2023年底", "why": "the district's own near-term goal in the issue year (document dated 2023-08-15); not before the plan year"},
  {"rule": "deadline-invalid", "line": 12, "text": "2022年", "why": "past date in the 发展基础 background (what was done in 2022), not a deadline"},
  {"rule": "deadline-invalid", "line": 12, "text": "2020—2022年", "why": "period in the title of the district's previous plan, mentioned retrospectively"},
  {"rule": "deadline-invalid", "line": 76, "text": "2023年8月31日前", "why": "the office's own reporting date for contact lists, after the issue date 2023-08-15"},
  {"rule": "deadline-invalid", "line": 76, "text": "12月20日前", "why": "recurring internal reporting dates (每年6月20日、12月20日前), not task deadlines"},
  {"rule": "deadline-invalid", "line": 121, "text": "2024年12月底前", "why": "valid date (the correct form of the slip at line 65); regional task 36 持续开展"},
  {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
  {"rule": "basis-mismatch", "line": 12, "text": "国发〔2016〕55号", "why": "retrospective mention of a different, real document whose title really is 《国务院关于加快推进“互联网+政务服务”工作的指导意见》 (国发〔2016〕55号); not a citation of the basis, and 加快推进 is its true title"},
  {"rule": "basis-mismatch", "line": 12, "text": "《海城区数字政府建设三年行动计划（2020—2022年）》", "why": "the district's completed earlier plan, mentioned in the background as finished; not cited as a basis"},
  {"rule": "basis-mismatch", "line": 2, "text": "海城政办发〔2023〕21号", "why": "the notice's own document number, not a cited basis"},
  {"rule": "unknown-unit", "line": 3, "text": "区直各部门、各直属机构", "why": "collective addressees"},
  {"rule": "unknown-unit", "line": 26, "text": "各街道办事处", "why": "collective subject (also in many notes)"},
  {"rule": "unknown-unit", "line": 32, "text": "区直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 66, "text": "各村（社区）", "why": "collective, in running text"},
  {"rule": "unknown-unit", "line": 29, "text": "统计局", "why": "the 区 prefix of 区发改局 distributes: 统计局、财政局、大数据局 = 区统计局、区财政局、区大数据局, all in units.txt"},
  {"rule": "unknown-unit", "line": 36, "text": "农业农村水利局", "why": "prefix distribution gives 区农业农村水利局, a listed short name of 区农业农村和水利局"},
  {"rule": "unknown-unit", "line": 36, "text": "海城区消防救援大队", "why": "listed short name of 北海市海城区消防救援大队 (驻区单位)"},
  {"rule": "unknown-unit", "line": 34, "text": "海城公安分局", "why": "listed short name of 北海市公安局海城分局"},
  {"rule": "unknown-unit", "line": 38, "text": "区残联", "why": "listed short name of 区残疾人联合会"},
  {"rule": "unknown-unit", "line": 39, "text": "区政府办公室", "why": "listed short name of 区人民政府办公室"},
  {"rule": "unknown-unit", "line": 40, "text": "自治区大数据发展局", "why": "named in running text as the body the district cooperates with (配合…做好运营), not as a responsible or lead unit; the note on this line has 区大数据局 leading"},
  {"rule": "unknown-unit", "line": 44, "text": "市生态环境局海城分局", "why": "listed short name of 北海市生态环境局海城分局 (驻区单位)"},
  {"rule": "unknown-unit", "line": 56, "text": "市场监管局", "why": "区审批局、市场监管局 gives 区市场监管局; 区委编办 is listed; no 区委 prefix is distributed into 市场监管局"},
  {"rule": "unknown-unit", "line": 67, "text": "国家税务总局北海市海城区税务局", "why": "listed canonical name of the district tax bureau (驻区单位), not a national body"},
  {"rule": "unknown-unit", "line": 67, "text": "档案馆", "why": "区大数据局、财政局、档案馆 gives 区档案馆, listed"},
  {"rule": "unknown-unit", "line": 124, "text": "区文体旅局", "why": "listed short name of 区文化体育和旅游局 (the correct form of the slip at line 69)"},
  {"rule": "garbled-text", "line": 67, "text": "天地图·广西", "why": "proper name with a middle dot, not mojibake"},
  {"rule": "garbled-text", "line": 15, "text": "4·27", "why": "“4·27”重要讲话, a normal middle dot"},
]

covers_raw = [(1,29),(2,31),(3,32),(4,34),(5,35),(6,36),(7,38),(8,39),(9,40),(10,41),(11,41),(12,42),(15,42),
  (16,44),(17,44),(19,46),(20,47),(21,47),(22,49),(23,51),(24,52),(25,53),(26,54),(27,54),(28,56),(29,57),(30,58),
  (31,58),(32,59),(33,61),(34,62),(35,63),(36,65),(37,66),(39,67),(41,69),(42,70),(43,71)]
covers = [{"task": t, "line": l} for t, l in covers_raw]

# checks
for e in expect + mnf:
    l = e['line']; t = e.get('text')
    assert 1 <= l <= len(lines), e
    if t: assert t in lines[l-1], (l, t)
print('lines', len(lines), 'expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))

key = {
  "writer": "blind writer, round 688; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": (T + ". Draft: 北海市海城区人民政府办公室 印发《海城区加强数字政府建设实施方案》 (海城政办发〔2023〕21号, 2023-08-15), no parent plan cited as basis. "
            "The 责任单位 note on line 26 makes the first-listed unit the lead. Only four regional tasks have a dated 完成时限 (3, 8, 9, 22: 2025年底); all others are 持续开展, so the only late-deadline slip possible is against those. "
            "Regional tasks deliberately not taken up (natural for a coastal urban district; not listed as task-uncovered in expect because that rule is information only): 13 智慧工地, 14 智慧体育, 38 数据智能支撑, 40 开放生态支撑; 18 绿色低碳 is touched only by a clause on line 44 (配合开展森林、湿地碳汇监测，推动绿色低碳转型) and is left out of covers. "
            "The 八 党的领导 items (组织领导, 推进机制, 数字素养, 考核评估) are taken up in 三、保障措施 lines 73–82; 基本原则 has 坚持党的全面领导 (line 17).")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
