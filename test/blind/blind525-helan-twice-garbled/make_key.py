# Writes key.json; every line number is found in draft.txt by a unique substring (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(sub, also=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l and (also is None or also in l)]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
def row(n):  # task-list row n (序号)
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(str(n) + '\t')]
    assert len(hits) == 1, n
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
  "why": "the region's 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (政府文件), not 宁政办发 (办公厅文件): wrong 文号 for the title"},
 {"rule": "deadline-later-than-baseline", "line": ln('到2026年'), "text": "2026年",
  "why": "主要目标: the region's goal for the same thing (\"34567\"体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…) is 到2025年; the county puts it in 2026"},
 {"rule": "deadline-later-than-baseline", "line": row(14), "text": "2025年底",
  "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责), 完成时限 2024年; the county row says 2025年底"},
 {"rule": "deadline-invalid", "line": row(27), "text": "20245年",
  "why": "impossible five-digit year (typing slip for 2024年); the task is 93 (适老化与信息无障碍建设), 完成时限 2024年"},
 {"rule": "unknown-unit", "line": row(19), "text": "自治区市场监管厅",
  "why": "a regional body named as the lead (牵头负责) of a county task: the cell was copied from task 71 (自治区市场监管厅、农业农村厅…分别负责, 2024年); the county lead should be 县市场监督管理局"},
 {"rule": "unknown-unit", "line": row(30), "text": "县信息办",
  "why": "not in units.txt (an old name; the county's data body is 县大数据服务中心 and the leading-group office is 县数字政府办)"},
 {"rule": "garbled-text", "line": ln('浼佷笟涓婁簯'), "text": "浼佷笟涓婁簯鐢ㄦ暟璧嬫櫤",
  "why": "UTF-8 read as GBK: 企业上云用数赋智 (re-encode as GBK, decode as UTF-8)"},
 {"rule": "garbled-text", "line": ln('鏀垮姟鏁版嵁'), "text": "鏀垮姟鏁版嵁鍏变韩",
  "why": "UTF-8 read as GBK: 政务数据共享"},
 {"rule": "garbled-text", "line": ln('Ԫ'), "text": L[ln('Ԫ') - 1][L[ln('Ԫ') - 1].index('ì'):L[ln('Ԫ') - 1].index('ì') + 4],
  "why": "GBK read as UTF-8 with replacement marks: 矛盾纠纷多元化解 (unrecoverable run of U+FFFD with stray ì ܾ ׶ Ԫ)"},
 {"rule": "garbled-text", "line": ln('锟斤拷'), "text": "锟斤拷锟斤拷",
  "why": "锟斤拷: four U+FFFD (for 信息报送, cf. task-list row 30) stored as UTF-8 and read as GBK"},
 {"rule": "garbled-text", "line": ln('????'), "text": "????",
  "why": "a name lost in a lossy conversion (each GBK byte of a two-character name became ?); the sentence reads 依托????县域电商公共服务中心"},
]

def dl(n, text, task, region, how):
    return {"rule": "deadline-later-than-baseline", "line": row(n), "text": text,
            "why": f"task {task}, 完成时限 {region}; the county's {text} is {how}"}
mnf = [
 {"rule": "basis-mismatch", "line": ln('宁政办发〔2020〕14号'), "text": "宁政办发〔2020〕14号", "why": "retrospective mention in 工作基础 of the old 2020 工作要点, with its correct title and 文号; not cited as a basis"},
 {"rule": "basis-mismatch", "line": ln('贺政发〔2024〕23号'), "text": "贺政发〔2024〕23号", "why": "the notice's own 文号, not a cited document"},
 {"rule": "deadline-invalid", "line": ln('2022年，县委'), "text": "2023年", "why": "past dates (2020年, 2022年, 2023年) in the 工作基础 background, not deadlines"},
 {"rule": "deadline-invalid", "line": ln('2024年4月18日'), "text": "2024年4月18日", "why": "the issue date of the notice"},
 {"rule": "deadline-invalid", "line": ln('6月25日、12月20日'), "text": "6月25日", "why": "the office's own half-yearly reporting dates, no year, not a task deadline"},
 {"rule": "deadline-later-than-baseline", "line": ln('6月25日、12月20日'), "why": "reporting dates, not a task deadline"},
 {"rule": "deadline-later-than-baseline", "line": ln('到2024年底'), "text": "2024年底", "why": "near-term goal (systems moved to 政务信创云): tasks 43 (2024 年建成，持续推进) and 19 (2023年启动，2024年建成) — equal; not the region's 2023 goals (政策体系/五个一/家底理清), which it does not restate"},
 {"rule": "deadline-later-than-baseline", "line": ln('到2035年'), "text": "2035年", "why": "equal to the region's 到2035年 goal"},
 {"rule": "deadline-later-than-baseline", "line": ln('到2025年，全县水治理'), "text": "2025年", "why": "task 96 (互联网+城乡供水, 全区水治理数字化转型基本完成), 完成时限 2025年 — equal"},
 dl(1, "持续推进，2025年取得明显成效", 3, "持续推进，2025 年取得明显成效", "equal"),
 dl(2, "持续推进，2025年取得明显成效", 6, "持续推进，2025 年取得明显成效", "equal"),
 dl(3, "2025年6月底前", 10, "持续推进，2025年取得明显成效", "no later (same year, earlier month)"),
 dl(4, "2025年", 11, "2023年完成主要建设任务，2025年取得明显成效", "equal to the completing milestone"),
 dl(6, "2024年底前", 21, "2024年", "equal"),
 dl(7, "2024年9月底前", 23, "2024年", "earlier"),
 dl(8, "2024年启动，2025年取得明显成效", 28, "2023年启动，2025年取得明显成效", "equal in the completing milestone (2025); only the start is later, and the start of a county pilot in its plan year is not a late deadline"),
 dl(9, "2024年底前", 33, "2024年 (task 34 also 2024年)", "equal"),
 dl(10, "2024年", 40, "2024年", "equal"),
 dl(11, "2024年10月底前", 41, "2024年", "earlier"),
 dl(12, "2024年", 42, "2024年", "equal"),
 dl(13, "2024年底前", 46, "2024年 (task 43: 2024 年建成，持续推进)", "equal"),
 dl(15, "2025年", 56, "2025年", "equal"),
 dl(16, "2024年", 58, "2024年", "equal"),
 dl(17, "2024年6月底前", 64, "2025年", "earlier (this row is task 64, 各地参照自治区做法成立组织机构, not task 60 which is the region's own leading group)"),
 dl(18, "2025年", 66, "2025年", "equal"),
 dl(19, "2024年", 71, "2024年", "equal (the row's error is its lead unit)"),
 dl(20, "2024年", 77, "2024年", "equal"),
 dl(21, "2024年", 79, "2024年", "equal"),
 dl(22, "2024年底前", 80, "2024年", "equal"),
 dl(23, "2025年6月底前", 83, "2025年", "earlier"),
 dl(24, "2024年", 86, "2024年 (task 84 also 2024年)", "equal"),
 dl(25, "2024年", 89, "2024年", "equal"),
 dl(26, "2024年", 90, "2024年", "equal"),
 dl(28, "2025年", 95, "2025年", "equal"),
 dl(29, "2025年", 96, "2025年", "equal"),
 dl(30, "2024年", 104, "2024年 (task 105 also 2024年)", "equal (the row's error is its lead unit)"),
 dl(31, "2025年", 106, "2025年", "equal"),
 dl(32, "2024年底前", 107, "2025年", "earlier"),
 dl(33, "2024年", 112, "2024年", "equal"),
 dl(34, "2024年", 114, "2024年", "equal"),
 dl(35, "长期坚持", 121, "长期坚持", "equal"),
 {"rule": "deadline-invalid", "line": row(5), "text": "2023年形成机制，长期坚持", "why": "task 18, 完成时限 2023年形成机制，长期坚持 — the regional deadline copied verbatim; it lies before the plan's year but is equal to the region's and ongoing"},
 {"rule": "deadline-later-than-baseline", "line": row(5), "text": "2023年形成机制，长期坚持", "why": "task 18, 完成时限 2023年形成机制，长期坚持 — equal"},
 {"rule": "unknown-unit", "line": row(3), "text": "各乡镇人民政府", "why": "collective subject"},
 {"rule": "unknown-unit", "line": row(23), "text": "各村（社区）", "why": "collective subject"},
 {"rule": "unknown-unit", "line": row(6), "text": "县直有关部门", "why": "collective subject"},
 {"rule": "unknown-unit", "line": row(5), "text": "县直各部门（单位）", "why": "collective subject; 县委网信办 and 县公安局 are in units.txt"},
 {"rule": "unknown-unit", "line": row(7), "text": "县发展改革局", "why": "listed short name of 县发展和改革局; 财政局 takes the 县 prefix (县财政局)"},
 {"rule": "unknown-unit", "line": row(4), "text": "县供销社", "why": "listed short name of 县供销合作社联合社"},
 {"rule": "unknown-unit", "line": ln('（县数字政府办）'), "text": "县数字政府办", "why": "listed short name of 县数字政府建设领导小组办公室"},
 {"rule": "unknown-unit", "line": row(2), "text": "卫生健康局", "why": "prefix 县 distributes: 县卫生健康局、县民政局、县人力资源和社会保障局、县文化旅游广电局 are all in units.txt"},
 {"rule": "unknown-unit", "line": row(20), "text": "司法局", "why": "prefix 县 distributes: 县司法局、县信访局; 县人民法院、县人民检察院 are listed"},
 {"rule": "unknown-unit", "line": row(18), "text": "工业信息化和商务局", "why": "县工业信息化和商务局 is a listed name containing 和, never split; 统计局 → 县统计局"},
 {"rule": "unknown-unit", "line": row(28), "text": "银川市生态环境局贺兰分局", "why": "the city bureau's county branch, listed in units.txt (counties have no own 生态环境局)"},
 {"rule": "unknown-unit", "line": row(3), "text": "暖泉农场", "why": "listed in units.txt (国有农场 within the county), a real name"},
 {"rule": "unknown-unit", "line": row(22), "text": "贺兰县消防救援大队", "why": "listed in units.txt, as is 贺兰县气象局"},
 {"rule": "unknown-unit", "line": row(12), "text": "县住房和城乡建设局", "why": "listed name containing 和, never split; 交通运输局、水务局 take the 县 prefix"},
 {"rule": "unknown-unit", "line": ln('数字宁夏建设运营有限公司'), "text": "数字宁夏建设运营有限公司", "why": "a body the county will work with, named in prose, not a responsible unit"},
 {"rule": "garbled-text", "line": ln('贺兰山东麓葡萄酒'), "text": "稻渔空间", "why": "real names: 贺兰山东麓, 常信乡, 稻渔空间"},
 {"rule": "garbled-text", "line": ln('潘昶村'), "text": "潘昶", "why": "real names with a rare character (昶) and 洪广镇欣荣村; full-width ５Ｇ is a symbol choice, not damage"},
 {"rule": "garbled-text", "line": ln('鉴湖社区'), "text": "鉴湖", "why": "real place name (习岗镇鉴湖社区)"},
 {"rule": "garbled-text", "line": ln('南梁台子管委会、暖泉农场'), "text": "暖泉农场", "why": "real names: 南梁台子, 暖泉"},
 {"rule": "garbled-text", "line": ln('鸣翠湖湿地等重点区域生态环境智能感知监测。深化'), "text": "鸣翠湖", "why": "real place names (贺兰山, 鸣翠湖); full-width ＋ in 互联网＋城乡供水"},
 {"rule": "garbled-text", "line": ln('网格上报＋网上分流'), "text": "互联网＋基层治理", "why": "full-width plus signs"},
 {"rule": "garbled-text", "line": ln('98％'), "text": "98％", "why": "full-width percent sign and the middle dot in “贺兰·好办”"},
 {"rule": "garbled-text", "line": ln('（宁夏·贺兰）'), "text": "宁夏·贺兰", "why": "middle dot in a site name"},
 {"rule": "garbled-text", "line": row(31), "text": "50％", "why": "full-width percent sign"},
 {"rule": "garbled-text", "line": ln('“数据运营＋生态合作”'), "text": "数据运营＋生态合作", "why": "full-width plus sign"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up at 二（三）营造良好数字生态 (数据要素市场, 政策环境, 网络生态)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "四、健全“五个一”和“六级贯通”的工作体系 with 健全组织机构 / 厘清层级职责"},
]

cov = [(3,row(1)),(6,row(2)),(10,row(3)),(11,row(4)),(18,row(5)),(21,row(6)),(23,row(7)),(28,row(8)),
       (33,row(9)),(34,row(9)),(40,row(10)),(41,row(11)),(42,row(12)),(46,row(13)),(48,row(14)),(56,row(15)),
       (58,row(16)),(64,row(17)),(66,row(18)),(71,row(19)),(77,row(20)),(79,row(21)),(80,row(22)),(83,row(23)),
       (86,row(24)),(89,row(25)),(90,row(26)),(93,row(27)),(95,row(28)),(96,row(29)),(104,row(30)),(105,row(30)),
       (106,row(31)),(107,row(32)),(112,row(33)),(114,row(34)),(121,row(35)),
       (14,ln('强化安全管理责任。')),(15,ln('强化安全管理责任。')),(17,ln('落实安全制度要求。')),
       (30,ln('完善数据管理机制。')),(32,ln('完善数据管理机制。')),(36,ln('落实政务数据供需对接机制')),
       (68,ln('推行“照单监管”')),(85,ln('“集成办”“免证办”')),(88,ln('“集成办”“免证办”')),
       (115,ln('以12345政务服务便民热线为枢纽')),(116,ln('（一）加强组织领导。')),(25,ln('（二）加大财政投入。')),
       (122,ln('（四）强化考核评价。')),(124,ln('（四）强化考核评价。'))]
key = {
 "writer": "blind writer, round 525; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "covers": [{"task": t, "line": l} for t, l in cov],
 "notes": ("贺兰县 (银川市) plan of 2024-04-18 checked against ningxia-2023 only (no parent plan). draft.txt is built from source.txt by make_draft.py, "
           "which applies the encoding damage; make_key.py writes this key and finds every line by a unique substring. Damage: two UTF-8-as-GBK runs (lines "
           f"{ln('浼佷笟涓婁簯')}, {ln('鏀垮姟鏁版嵁')}), one GBK-as-UTF-8 run with U+FFFD (line {ln('Ԫ')}), one 锟斤拷 run (line {ln('锟斤拷')}), one ???? run (line {ln('????')}); "
           "each is one expect entry. Non-damage mistakes: wrong 文号 of the regional basis, a late 主要目标 (2026 for the region's 2025 framework goal), a late row (task 48), "
           "an impossible five-digit year (20245年, listed only as deadline-invalid: a 5-digit year is not compared for lateness), a regional body as lead of a county row, "
           "and an unknown county unit (县信息办). Rare real names (贺兰山, 暖泉, 洪广镇, 潘昶, 鉴湖, 鸣翠湖, 稻渔空间), full-width ＋ ％ ５Ｇ and the middle dot are not damage. "
           "Tasks with 2023 regional deadlines (14, 15, 30, 32, 36, 85, 116…) are taken up in the body without dates, except task 18, whose regional deadline is copied verbatim.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(key['covers']))
for e in expect: print(e['rule'], e['line'], e.get('text'))
