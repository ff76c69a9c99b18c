# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')

def E(rule, line, text=None, why='', **kw):
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    return d

TN = "task numbers = order of the 43 inline (責任單位…完成時限…) notes in the 广西 实施意见"
expect = [
  E("basis-mismatch", 9, "桂政发〔2022〕13号", "the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; digits transposed in the preamble citation"),
  E("unknown-unit", 90, "县审批服物局", "pinyin homophone slip (物 for 务) of 县审批服务局 = 县行政审批服务局; the correct spelling stands in rows 8–10 and on lines 29, 35, 36, 57; not in units.txt"),
  E("unknown-unit", 97, "县卫建局", "pinyin homophone slip (建 for 健) of 县卫健局 = 县卫生健康局 (spelled right on lines 36, 39, 40 and rows 10, 15); not in units.txt"),
  E("deadline-later-than-baseline", 93, "2026年底", "task 8 (12345热线 归并与联动, (四) 提升公共服务能力) has 完成時限 2025年底; the draft's own body note on line 36 says 2025年底"),
  E("deadline-invalid", 117, "2022年12月底", "a deadline before the plan's own year (issued 2023-09-18); regional task 36 (政务云) is 持續開展 and the body note on line 66 says 2024年底"),
  E("garbled-text", 52, "寤虹珛鍋ュ叏鏁版嵁", "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立健全数据分类分级保护"),
]

M = [
  # unknown-unit near misses
  E("unknown-unit", 27, "财政局", "县统计局、财政局、工业和信息化局… : the 县 prefix distributes (县财政局, 县工业和信息化局, 县大数据发展局), all in units.txt"),
  E("unknown-unit", 27, "县发展和改革局", "official name containing 和; in units.txt; must not be split at 和"),
  E("unknown-unit", 29, "县审批服务局", "official short name of 县行政审批服务局 in units.txt (the correctly spelled form beside the slip on line 90)"),
  E("unknown-unit", 29, "县直有关部门", "collective subject (县审批服务局等县直有关部门配合)"),
  E("unknown-unit", 31, "县人民法院", "body outside the government proper, listed in units.txt; likewise 县人民检察院 on the same line"),
  E("unknown-unit", 31, "各乡镇人民政府", "collective subject"),
  E("unknown-unit", 33, "容县消防救援大队", "vertical/resident body listed in units.txt; likewise 容县气象局"),
  E("unknown-unit", 36, "县卫健局", "official short name of 县卫生健康局 in units.txt (the correct form of the slip on line 97)"),
  E("unknown-unit", 38, "县人力资源和社会保障局", "full official name with 和, followed by 按职责分工负责; in units.txt"),
  E("unknown-unit", 40, "县文化广电体育和旅游局", "long official name with 和; in units.txt"),
  E("unknown-unit", 42, "玉林市生态环境局容县分局", "city bureau's county branch, in units.txt; not a regional body leading a local task"),
  E("unknown-unit", 54, "中国移动通信集团广西有限公司容县分公司", "long name of a body outside the government, in units.txt; likewise the 中国电信/中国联通 branches"),
  E("unknown-unit", 60, "容州镇人民政府", "named town government in units.txt (pilot task); likewise 杨梅镇人民政府"),
  E("unknown-unit", 62, "县直各部门（单位）", "collective subject"),
  E("unknown-unit", 68, "国家税务总局容县税务局", "long official name of a vertical body, in units.txt"),
  E("unknown-unit", 70, "容县经济开发区管理委员会", "in units.txt"),
  E("unknown-unit", 71, "住房和城乡建设局", "县发展和改革局、住房和城乡建设局、交通运输局…: 县 prefix distributes; name with 和; in units.txt"),
  E("unknown-unit", 71, "县供销社", "official short name of 县供销合作社联合社"),
  E("unknown-unit", 74, "玉林市大数据发展局", "named in body text as the body giving guidance, not as a responsible unit"),
  E("unknown-unit", 87, "各村（社区）", "collective subject"),
  E("unknown-unit", 91, "县侨联", "short name of 县归国华侨联合会, a people's organisation outside the government, in units.txt; 县委统战部 likewise listed"),
  E("unknown-unit", 109, "县工信局", "alias of 县工业和信息化局"),
  E("unknown-unit", 110, "中国电信容县分公司", "alias of 中国电信股份有限公司容县分公司"),
  E("unknown-unit", 119, "县税务局", "alias of 国家税务总局容县税务局"),
  E("unknown-unit", 123, "县数字政府建设领导小组办公室", "the plan's own coordinating office, in units.txt"),
  E("unknown-unit", 124, "县人大常委会办公室", "抄送 distribution list, not responsible units (also 县政协办公室, 县纪委监委, 县人武部)"),
  # deadline near misses
  E("deadline-later-than-baseline", 22, "2024年底", "interim local goal, earlier than the regional 到2025年 goal"),
  E("deadline-later-than-baseline", 23, "2025年", "主要目标 equal to the regional 到2025年…体系框架基本形成"),
  E("deadline-later-than-baseline", 24, "2035年", "equal to the regional 到2035年 goal"),
  E("deadline-later-than-baseline", 29, "2025年底", "equal to task 3 (一体化在线监管) 完成時限 2025年底"),
  E("deadline-later-than-baseline", 36, "2025年底", "equal to task 8 (12345热线) 2025年底; only the table row on line 93 is late"),
  E("deadline-later-than-baseline", 37, "2025年底", "equal to task 9 (智桂通) 2025年底"),
  E("deadline-later-than-baseline", 39, "2025年底", "task 12 (智慧医疗) is 持續開展; a dated local milestone is not later"),
  E("deadline-later-than-baseline", 49, "2025年底", "task 22 (政务公开) 2025年底: 2024年底 milestone earlier, completion equal"),
  E("deadline-later-than-baseline", 60, "2025年底", "task 32 (试点示范) is 持續開展; 2024年形成试点经验，2025年底前推广 is not later"),
  E("deadline-later-than-baseline", 85, "2024年底", "earlier than task 3 (监管事项清单认领, 互联网+监管) 2025年底"),
  E("deadline-later-than-baseline", 94, "2025年底", "equal to task 9 (智桂通) 2025年底"),
  E("deadline-later-than-baseline", 105, "2024年底", "earlier than task 22 (政策文件库) 2025年底"),
  E("deadline-later-than-baseline", 106, "2025年底", "equal to task 22 2025年底"),
  E("deadline-invalid", 12, "2023年6月底", "background: 截至2023年6月底, 2022年, （2020—2022年） are past dates describing the situation, not deadlines"),
  E("deadline-invalid", 62, "2023年12月底", "same year as the plan (2023), not before it (task 33 数据管理机制, 持續開展); likewise rows on lines 107 (task 23), 111 (task 29), 114 (task 33), all 持續開展 regionally"),
  E("deadline-invalid", 75, "2023年10月底", "the office's own reporting dates (also 每季度末月25日前, 每年12月10日前)"),
  E("deadline-invalid", 123, "每年12月底", "recurring annual evaluation date (党的领导/考核评估, no task deadline), not an impossible one"),
  E("deadline-invalid", 15, "4·27", "name of a speech (视察广西“4·27”重要讲话), not a date"),
  # basis near misses
  E("basis-mismatch", 9, "国发〔2022〕14号", "correct title and 文号 of the national guiding opinion"),
  E("basis-mismatch", 9, "关于加强数字政府建设的实施方案", "the 玉林市 city plan cited by title alone without 文号; no parent plan is supplied"),
  E("basis-mismatch", 12, "国发〔2016〕55号", "retrospective mention of the 2016 互联网+政务服务 opinion with its correct title; not a basis document"),
  E("basis-mismatch", 12, "三年行动方案", "retrospective mention of the county's own expired 2020—2022 plan, not cited as basis"),
  E("basis-mismatch", 2, "容政办发〔2023〕35号", "the document's own 文号"),
  # garbled near misses
  E("garbled-text", 68, "天地图·广西", "proper name with a middle dot, not damage"),
  E("garbled-text", 125, "容县人民政府办公室", "full-width spaces in the 印发 line are normal layout"),
]

covers_raw = {1:27,2:29,3:29,4:31,5:32,6:33,7:35,8:36,9:37,10:38,11:38,12:39,15:40,16:42,17:43,18:44,
  19:46,20:47,21:47,22:49,23:51,24:52,25:53,26:54,27:55,28:57,29:58,30:59,31:59,32:60,33:62,34:63,35:64,
  36:66,37:67,39:68,41:70,42:71,43:72}
covers = [{"task": t, "line": l} for t, l in sorted(covers_raw.items())]

for e in expect + M:
    ln = e["line"]; t = e.get("text")
    assert 1 <= ln <= len(L), e
    if t: assert t in L[ln-1], (ln, t, L[ln-1][:80])

key = {
  "writer": "blind writer, round 824; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("容县 (玉林市) 2023 实施方案, typed with a pinyin IME: two homophone slips in unit names (县审批服物局, 县卫建局). "
            "Task numbers: the 广西 实施意见 has no numbered list; " + TN + " (1 = 经济调节 … 8 = 12345热线, 9 = 智桂通, 22 = 政务公开, 36 = 政务云, 43 = 数字生态). "
            "Only tasks 3, 8, 9 and 22 carry 2025年底; all others are 持續開展. Tasks 13 (智慧工地), 14 (智慧体育, only touched on line 40), 38 (智能算法库) and 40 (开放生态支撑) are not taken up; "
            "this is not planted, so no task-uncovered entry. The table (lines 83–123) first-listed unit leads, as line 82 says. No parent plan: the 玉林 city plan is cited by title only.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
