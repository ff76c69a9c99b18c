# Writes key.json and checks every line/text pair against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
T = lambda n: "task %d" % n
expect = [
  {"rule": "basis-mismatch", "line": 9, "text": "桂政发〔2022〕13号",
   "why": "the 广西 实施意见 (baseline guangxi-2022) is 桂政发〔2022〕31号; 13号 is a transposed 文号 that does not belong to this title"},
  {"rule": "garbled-text", "line": 13, "text": "鎺ㄨ繘閮ㄩ棬涓氬姟绯荤粺",
   "why": "UTF-8 read as GBK (no ? marker) in the middle of a background sentence; re-encoding as GBK and decoding as UTF-8 gives 推进部门业务系统"},
  {"rule": "garbled-text", "line": 107, "text": "?】己私峁",
   "why": "GBK read one byte off in the middle of the 考核评估 paragraph: '?】己私峁�' is 考核结果 shifted by one byte (prepend-byte damage like the seed's headings); only partly recoverable, text resyncs at 作为"},
  {"rule": "deadline-later-than-baseline", "line": 116, "text": "2026年底",
   "why": "table row 推广“智桂通”移动开放生态体系 = regional task 9 (持續完善“智桂通”移動開放生態體系…), 完成時限：2025年底; the body (line 42) correctly says 2025年底, the 附件 table slipped to 2026年底"},
  {"rule": "deadline-invalid", "line": 81, "text": "2022年12月底",
   "why": "deadline before the plan's own year (issued 2023-06-16); regional task 34 (充分發揮政務數據共享協調機制作用…) is 持續開展; the 附件 row (line 120) has the intended 2023年12月底"},
  {"rule": "unknown-unit", "line": 86, "text": "自治区大数据发展局",
   "why": "a regional body named first, i.e. as lead (line 28: 排在第一位的为牵头单位) of a county task (政务云, task 36); copied from the regional note 自治區大數據發展局等"},
  {"rule": "unknown-unit", "line": 88, "text": "县电子政务办",
   "why": "old pre-reform office name, not in units.txt (its functions sit with 县大数据发展局, as the 附件 row line 122 shows)"},
]
mnf = [
  {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
  {"rule": "basis-mismatch", "line": 12, "text": "数字广西建设三年行动计划（2018—2020年）", "why": "region's 2018 document mentioned retrospectively as background, not cited as basis"},
  {"rule": "basis-mismatch", "line": 13, "text": "广西数字政府建设“十四五”规划", "why": "region's 2021 document mentioned retrospectively as background, not cited as basis"},
  {"rule": "basis-mismatch", "line": 2, "text": "融政办发〔2023〕21号", "why": "the notice's own 文号, not a basis document"},
  {"rule": "basis-mismatch", "line": 4, "text": "融安县数字政府建设实施方案", "why": "the plan's own title in the covering notice"},
  {"rule": "deadline-invalid", "line": 6, "text": "2023年6月16日", "why": "issue date of the notice"},
  {"rule": "deadline-invalid", "line": 13, "text": "2022年底", "why": "past date in the background (截至2022年底), not a deadline"},
  {"rule": "deadline-invalid", "line": 24, "text": "2023年底", "why": "local interim goal within the issue year; no regional goal for 2023 to compare with"},
  {"rule": "deadline-later-than-baseline", "line": 25, "text": "2025年", "why": "equal to the region's 主要目标 到2025年 … 体系框架基本形成"},
  {"rule": "deadline-later-than-baseline", "line": 26, "text": "2035年", "why": "equal to the region's 到2035年 … 基本建成"},
  {"rule": "deadline-later-than-baseline", "line": 33, "text": "2025年底", "why": "task 3 (以一體化在線監管提升監管協同化水平) 完成時限：2025年底; equal"},
  {"rule": "deadline-later-than-baseline", "line": 41, "text": "2025年底", "why": "task 8 (12345熱線) 完成時限：2025年底; equal"},
  {"rule": "deadline-later-than-baseline", "line": 42, "text": "2025年底", "why": "task 9 (智桂通) 完成時限：2025年底; equal (the table row 116 is the late one)"},
  {"rule": "deadline-later-than-baseline", "line": 56, "text": "2024年底", "why": "task 22 (優化政策信息數字化發布) 完成時限：2025年底; earlier"},
  {"rule": "deadline-later-than-baseline", "line": 111, "text": "2025年底", "why": "table row = task 3, 完成時限：2025年底; equal"},
  {"rule": "deadline-later-than-baseline", "line": 115, "text": "2025年底", "why": "table row = task 8, 完成時限：2025年底; equal"},
  {"rule": "deadline-later-than-baseline", "line": 117, "text": "2024年底", "why": "table row = task 22, 完成時限：2025年底; earlier"},
  {"rule": "deadline-later-than-baseline", "line": 88, "text": "2025年底", "why": "task 37 (電子政務外網) is 持續開展; a fixed end date inside the plan period is not later"},
  {"rule": "deadline-later-than-baseline", "line": 122, "text": "2025年底", "why": "table row = task 37, 持續開展; not later"},
  {"rule": "deadline-later-than-baseline", "line": 76, "text": "2024年底", "why": "task 32 (試點示範) 持續開展; 2023年启动，2024年底形成试点经验 is not later"},
  {"rule": "deadline-invalid", "line": 120, "text": "2023年12月底", "why": "within the issue year; task 34 is 持續開展"},
  {"rule": "deadline-later-than-baseline", "line": 30, "text": "持续开展", "why": "task 1 完成時限：持續開展; the region's own form, equal (same for every 持续开展 note and table cell)"},
  {"rule": "deadline-later-than-baseline", "line": 59, "text": "持续开展", "why": "task 23 完成時限：持續開展; equal"},
  {"rule": "deadline-invalid", "line": 103, "text": "2023年7月31日", "why": "the office's own reporting dates (and 每年6月25日、12月25日), not task deadlines"},
  {"rule": "deadline-invalid", "line": 107, "text": "11月底", "why": "the office's own annual evaluation date"},
  {"rule": "unknown-unit", "line": 36, "text": "柳州市公安局", "why": "柳州市 body as a cooperating (non-first) unit; listed in units.txt"},
  {"rule": "unknown-unit", "line": 41, "text": "柳州市大数据发展局", "why": "柳州市 body explicitly 配合; listed in units.txt"},
  {"rule": "unknown-unit", "line": 48, "text": "柳州市融安生态环境局", "why": "the county-level ecology bureau's real name carries the 柳州市 prefix; in units.txt"},
  {"rule": "unknown-unit", "line": 35, "text": "公安局", "why": "prefix 县 distributes: 县信访局、公安局、民政局、司法局、住房和城乡建设局 are all in units.txt"},
  {"rule": "unknown-unit", "line": 96, "text": "大数据发展局", "why": "prefix 县 distributes after 县委网信办，县发展和改革局、…; 县大数据发展局 is in units.txt"},
  {"rule": "unknown-unit", "line": 40, "text": "县人社局", "why": "short names 县人社局、县卫健局 are aliases in units.txt"},
  {"rule": "unknown-unit", "line": 70, "text": "县发改局", "why": "alias of 县发展和改革局"},
  {"rule": "unknown-unit", "line": 33, "text": "县市场监管局", "why": "alias of 县市场监督管理局"},
  {"rule": "unknown-unit", "line": 54, "text": "县政府办公室", "why": "alias of 县人民政府办公室"},
  {"rule": "unknown-unit", "line": 33, "text": "县直有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 79, "text": "县直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 30, "text": "各乡镇人民政府", "why": "collective subject"},
  {"rule": "unknown-unit", "line": 76, "text": "长安镇人民政府", "why": "a town government listed in units.txt"},
  {"rule": "unknown-unit", "line": 37, "text": "融安县消防救援大队", "why": "in units.txt (with 融安县气象局)"},
  {"rule": "unknown-unit", "line": 91, "text": "融安县税务局", "why": "in units.txt"},
  {"rule": "unknown-unit", "line": 35, "text": "县人民检察院", "why": "in units.txt (with 县人民法院)"},
  {"rule": "garbled-text", "line": 91, "text": "天地图·广西", "why": "genuine name with a middle dot"},
  {"rule": "garbled-text", "line": 17, "text": "4·27", "why": "genuine name of the speech"},
  {"rule": "missing-pillar", "line": 0, "why": "every pillar is taken up: 七个能力 (lines 29–56), 安全保障 (57–67), 制度规则 (68–76), 数据资源 (77–83), 平台支撑 (84–91), 数字经济/社会/生态 (92–98), 党的领导 (99–107)"},
]
covers = [(1,30),(2,32),(3,33),(4,35),(5,36),(6,37),(7,39),(7,40),(8,41),(9,42),(10,43),(11,44),(12,45),(15,46),
          (16,48),(17,49),(18,50),(19,52),(20,53),(21,54),(22,56),(23,59),(24,61),(25,63),(26,65),(27,67),(28,70),
          (29,72),(30,74),(31,74),(32,76),(33,79),(34,81),(35,83),(36,86),(37,88),(38,90),(39,91),(41,94),(42,96),(43,98)]
bad = 0
for e in expect + mnf:
    if e["line"] and e.get("text") and e["text"] not in L[e["line"]-1]:
        print("MISMATCH", e); bad += 1
assert not bad
key = {
  "writer": "blind writer, round 243; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": [{"task": t, "line": l} for t, l in covers],
  "notes": ("融安县 (柳州市) 数字政府建设实施方案, issued 2023-06-16, implementing 桂政发〔2022〕31号 (no parent plan). "
            "Task numbers: the guangxi-2022 seed has no separate task list, so the writer numbered its 43 inline "
            "(責任單位…完成時限…) notes 1–43 in document order (1 = 經濟調節 paragraph, 3 = 以一體化在線監管…, 8 = 12345熱線, "
            "9 = 智桂通, 22 = 優化政策信息數字化發布, 23 = 強化安全管理責任 (no 各市), 34 = 深化數據高效共享, 36 = 政務雲, 37 = 電子政務外網, 43 = 數字生態). "
            "Regional deadlines are 持續開展 except tasks 3, 8, 9, 22 (2025年底). "
            "Not taken up (not planted, not in expect): task 13 智慧工地, task 14 智慧體育, task 40 開放生態支撐. "
            "Line 28 states that the first-listed unit leads. The 附件 table (lines 109–124) repeats 15 tasks; it disagrees with the body "
            "on purpose in three places: line 116 (late, planted), line 120 vs 81 (the body's 2022 typo), line 122 vs 88 (the body's old unit name). "
            "The title 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is assumed correct (the seed carries no title line).")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
