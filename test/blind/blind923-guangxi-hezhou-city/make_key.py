# Builds key.json and checks every line/text pair against draft.txt (1-based lines).
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

G = 'guangxi-2022 task numbers are the order of the 43 inline （責任單位…完成時限…） notes in seeds/guangxi-2022-shishi-yijian.txt; "seed L" is the line of that note'

expect = [
    {"rule": "basis-mismatch", "line": 9, "text": "桂政办发〔2022〕31号",
     "why": "the regional 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (a 政府 document, not a 办公厅 one); 桂政办发 is a different series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": 27, "text": "2026年",
     "why": "主要目标: the regional goal (seed line 35) is 到2025年 … 数字政府体系框架基本形成 / 一体化政务服务和一体化在线监管模式广泛普及; the draft moves the same goal to 到2026年"},
    {"rule": "deadline-later-than-baseline", "line": 69, "text": "2026年6月底",
     "why": "task 22 (seed L97, 优化政策信息数字化发布 / 政务新媒体 / 畅通互动渠道, lines 67–69 of the draft) 完成时限：2025年底; the draft's note says 2026年6月底"},
    {"rule": "deadline-invalid", "line": 106, "text": "20224年",
     "why": "impossible year (typing slip for 2024年) in the 政务云 paragraph; task 36 (seed L161) is 持续开展"},
    {"rule": "unknown-unit", "line": 111, "text": "市工商局",
     "why": "not in units.txt: 工商局 was merged into 市场监管局 in the 2019 institutional reform (registry has 市市场监管局); an old unit name copied from an earlier document"},
    {"rule": "garbled-text", "line": 100, "text": "寤虹珛鍋ュ叏鏀垮姟",
     "why": "UTF-8 bytes read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴鏈哄埗 = 建立健全政务数据供需对接机制"},
    {"rule": "task-uncovered", "line": 0, "task": 14,
     "why": "task 14 (seed L75, 推动智慧体育服务能力提升, 各市人民政府, 持续开展) is not taken up anywhere; not one of the planted slips, the drafting office simply left it out"},
]

mnf = [
    {"rule": "deadline-later-than-baseline", "line": 28, "text": "2035年", "why": "equal to the regional 到2035年 … 基本建成 goal (seed line 37)"},
    {"rule": "deadline-later-than-baseline", "line": 26, "text": "2023年底", "why": "the city's own interim goal, earlier than any regional goal (到2025年)"},
    {"rule": "deadline-later-than-baseline", "line": 37, "text": "2024年底", "why": "task 3 (seed L49, 一体化在线监管) 完成时限：2025年底; the city is earlier"},
    {"rule": "deadline-later-than-baseline", "line": 49, "text": "2025年底", "why": "task 8 (seed L63, 12345热线) 完成时限：2025年底; equal"},
    {"rule": "deadline-later-than-baseline", "line": 49, "text": "2023年底前", "why": "intermediate milestone (热线归并) inside task 8, earlier than its 2025年底"},
    {"rule": "deadline-later-than-baseline", "line": 50, "text": "2025年", "why": "task 9 (seed L65, 智桂通) 完成时限：2025年底; 2025年 is the same year, not later"},
    {"rule": "deadline-later-than-baseline", "line": 63, "text": "2023年启动，2024年建成", "why": "task 19 (seed L89, 辅助决策/数字政府大脑) is 持续开展 with no completing milestone; a dated local milestone is not later, and the note itself says 持续开展"},
    {"rule": "deadline-later-than-baseline", "line": 33, "text": "持续开展", "why": "task 1 (seed L43) 完成时限：持续开展; equal (same for every other 持续开展 note in the draft)"},
    {"rule": "deadline-later-than-baseline", "line": 129, "text": "2023年8月31日", "why": "the office's own reporting/filing dates (任务清单 2023年7月31日, 县区方案 2023年8月31日), not task deadlines"},
    {"rule": "deadline-later-than-baseline", "line": 134, "text": "每年12月10日前", "why": "the office's own annual reporting date"},
    {"rule": "deadline-invalid", "line": 13, "text": "2022年", "why": "past date in the background (发展现状), not a deadline"},
    {"rule": "deadline-invalid", "line": 12, "text": "截至2022年底", "why": "past date in the background; the 2019—2021年 in the same line is the span of an old plan mentioned retrospectively"},
    {"rule": "deadline-invalid", "line": 6, "text": "2023年6月26日", "why": "the notice's own issue date"},
    {"rule": "deadline-invalid", "line": 129, "text": "2023年7月31日", "why": "valid date in the plan's own year; the office's reporting date"},
    {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
    {"rule": "basis-mismatch", "line": 9, "text": "《数字中国建设整体布局规划》", "why": "genuine central document (中共中央、国务院, 2023-02) cited by title only, no 文号 to mismatch"},
    {"rule": "basis-mismatch", "line": 12, "text": "《贺州市“数字贺州”建设三年行动计划（2019—2021年）》", "why": "retrospective mention of an old local document in the background, not cited as a basis"},
    {"rule": "basis-mismatch", "line": 2, "text": "贺政办发〔2023〕19号", "why": "the notice's own 文号, not a citation"},
    {"rule": "basis-mismatch", "line": 4, "text": "《贺州市加强数字政府建设实施方案》", "why": "the plan's own title in the covering notice, not a basis document"},
    {"rule": "unknown-unit", "line": 3, "text": "各县（区）人民政府", "why": "county-level collective (addressee line; also in every note)"},
    {"rule": "unknown-unit", "line": 33, "text": "统计局", "why": "市 prefix distributes: 市发展改革委、统计局、大数据发展局等 = 市统计局, 市大数据发展局 (both in units.txt); trailing 等 is not part of a name"},
    {"rule": "unknown-unit", "line": 41, "text": "各乡镇（街道）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": 41, "text": "市中级法院", "why": "short name of 市中级人民法院 in units.txt (市检察院 likewise of 市人民检察院); 信访局、公安局… take the 市 prefix"},
    {"rule": "unknown-unit", "line": 43, "text": "气象局", "why": "市 prefix distributes: 市气象局 is a short name of 贺州市气象局 in units.txt; 贺州市消防救援支队 is listed"},
    {"rule": "unknown-unit", "line": 48, "text": "残联", "why": "市 prefix distributes: 市残联 is in units.txt (市场监管局 → 市市场监管局, 地方金融监管局 → 市地方金融监管局 likewise)"},
    {"rule": "unknown-unit", "line": 65, "text": "市政府办", "why": "short name of 市人民政府办公室 in units.txt"},
    {"rule": "unknown-unit", "line": 75, "text": "保密办", "why": "市委 prefix distributes: 市委网信办、国安办、保密办 = 市委国安办, 市委保密办 (both listed)"},
    {"rule": "unknown-unit", "line": 88, "text": "审计局", "why": "市 prefix distributes: 市审计局 is listed"},
    {"rule": "unknown-unit", "line": 94, "text": "各县（区）、市直各部门", "why": "collective subjects in body text"},
    {"rule": "unknown-unit", "line": 108, "text": "各村（社区）", "why": "collectives 各县（区）、各乡镇（街道）、各村（社区） (coverage targets, not units)"},
    {"rule": "unknown-unit", "line": 111, "text": "贺州市税务局", "why": "listed in units.txt (the other units of that note except 市工商局 are listed too)"},
    {"rule": "unknown-unit", "line": 116, "text": "贺州高新区管委会", "why": "listed in units.txt; 各县（区）人民政府、贺州高新区管委会 is a collective followed by a listed unit — the 各 does not distribute into it"},
    {"rule": "unknown-unit", "line": 120, "text": "各乡镇人民政府", "why": "township-level collective"},
    {"rule": "unknown-unit", "line": 126, "text": "各县（区）政府", "why": "county-level collective (with 市直有关部门) in body text"},
    {"rule": "unknown-unit", "line": 128, "text": "自治区大数据发展局", "why": "regional body mentioned in body text (对接/争取支持), not named as the lead of a local task; same at line 134"},
    {"rule": "unknown-unit", "line": 129, "text": "市大数据局", "why": "short name of 市大数据发展局 in units.txt"},
    {"rule": "unknown-unit", "line": 64, "text": "机关事务管理局", "why": "市 prefix after 市人民政府办公室，市大数据发展局、… distributes: 市机关事务管理局 is listed"},
    {"rule": "garbled-text", "line": 17, "text": "4·27", "why": "genuine middle dot in “4·27”重要讲话 (also 天地图·广西 at 111, 中国—东盟 at 116, 2019—2021 at 12)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "加强党的领导", "why": "八、 takes up 组织领导、推进机制、数字素养、考核评估 (lines 123–134)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "七（三） line 122 营造良好数字生态; 数字经济 line 116, 数字社会 lines 118–120"},
]

covers = [(1,33),(2,36),(3,37),(4,41),(5,42),(6,43),(7,48),(8,49),(9,50),(10,51),(11,52),(12,53),(13,54),(15,55),
          (16,58),(17,59),(18,60),(19,63),(20,64),(21,65),(22,67),(23,73),(24,75),(25,77),(26,79),(27,82),(28,86),
          (29,88),(30,90),(31,92),(32,94),(33,98),(34,100),(35,102),(36,106),(37,108),(38,110),(39,111),(40,112),
          (41,116),(42,120),(43,122)]

def check(e):
    if e["line"] == 0:
        return
    l = lines[e["line"] - 1]
    t = e.get("text")
    assert t is None or t in l, (e["line"], t, l[:60])

for e in expect + mnf:
    check(e)

key = {
    "writer": "blind writer, round 923; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": G + ". The draft says (line 135) that the first unit of each note is its lead. Responsible-unit notes follow the regional form （责任单位：…，各县（区）人民政府。完成时限：…）; the 市 / 市委 prefix of a note distributes over the unprefixed names that follow it. Task 23 (seed L103) is not addressed to 各市 but the draft takes it up anyway (line 73). Only task 14 is left out.",
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(lines), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
