#!/usr/bin/env python3
# Writes key.json and checks every line number against draft.txt (1-based).
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
def line(n): return L[n-1]
errors = []
def chk(n, *pieces):
    for p in pieces:
        if p not in line(n):
            errors.append((n, p, line(n)))
    return n

T = "task numbers are the order of the 43 inline (責任單位…完成時限…) notes in the 广西 实施意见, 1–43"

expect = [
 {"rule": "basis-mismatch", "line": chk(2, "国发〔2021〕14号"), "text": "国发〔2021〕14号",
  "why": "《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号 (as the 广西 实施意见 itself cites it); 2021 is a wrong 文号 for that title"},
 {"rule": "garbled-text", "line": chk(5, "鎺ㄨ繘鏀垮簻"), "text": "鎺ㄨ繘鏀垮簻",
  "why": "UTF-8 read as GBK: the run 鎺ㄨ繘鏀垮簻娌荤悊娴佺▼浼樺寲 is 推进政府治理流程优化"},
 {"rule": "deadline-later-than-baseline", "line": chk(9, "到2026年", "体系框架基本形成"), "text": "2026年",
  "why": "主要目标: the 广西 实施意见 sets 到2025年 for the 数字政府体系框架基本形成 and 一体化政务服务和一体化在线监管模式广泛普及; the draft puts the same goal at 2026"},
 {"rule": "deadline-later-than-baseline", "line": chk(66, "12345", "2026年底"), "text": "2026年底",
  "why": "row 8 (12345热线 归并 and 联动) takes up regional task 8 (持续优化12345政务服务便民热线平台…), 完成时限 2025年底"},
 {"rule": "unknown-unit", "line": chk(108, "市工信委"), "text": "市工信委",
  "why": "old pre-2019 name (工业和信息化委员会); the unit is 市工业和信息化局 (市工信局) in units.txt; 市工信委 is not in the registry"},
 {"rule": "deadline-invalid", "line": chk(119, "2022年底"), "text": "2022年底",
  "why": "row 22 (regional tasks 30/31, 完成时限 持续开展) is due 2022年底, before the plan's own year 2023 (issued 2023年6月28日)"},
]

mnf = [
 # broken and distributed unit names in the wrapped 责任单位 column
 {"rule": "unknown-unit", "line": chk(32, "市发展改革委、市"), "why": "cell 市发展改革委、市统计局、市大数据发展局、市财政局 wraps: 市|统计局 (32/33) and 市大数据|发展局 (33/34) are names broken across lines, all in units.txt"},
 {"rule": "unknown-unit", "line": chk(33, "统计局、市大数据"), "why": "市大数据|发展局 broken across lines 33/34 = 市大数据发展局"},
 {"rule": "unknown-unit", "line": chk(37, "发改委、市大数据"), "why": "市|发改委 (36/37) is the official alias 市发改委 of 市发展改革委, and 市大数据|局 (37/38) the alias 市大数据局, both broken across lines"},
 {"rule": "unknown-unit", "line": chk(41, "司法局、市发展改"), "why": "市发展改|革委 (41/42) and 市大数据发|展局 (42/43) are names broken across lines"},
 {"rule": "unknown-unit", "line": chk(45, "访局、公安局、民"), "why": "cell 市委政法委，市信访局、公安局、民政局、司法局、住房城乡建设局，…: 市信|访局 is broken across 44/45 and the 市 prefix distributes (市公安局, 市民政局, 市司法局, 市住房城乡建设局); 民|政局 broken 45/46"},
 {"rule": "unknown-unit", "line": chk(48, "中级人民法院"), "why": "市|中级人民法院 (47/48) and 市|人民检察院 (48/49) are names broken across lines, both in units.txt; 住|房城乡建设局 (46/47) takes the distributed 市 prefix"},
 {"rule": "unknown-unit", "line": chk(96, "责任单位"), "text": "责任单位", "why": "the table header repeated after the page break, not a unit cell"},
 {"rule": "unknown-unit", "line": chk(49, "人民检察院，各县"), "why": "各县|（市、区）人民政|府 (49–51) is the collective 各县（市、区）人民政府 broken across three lines"},
 {"rule": "unknown-unit", "line": chk(53, "法委、各县（市、"), "why": "市委政|法委 (52/53) and 各县（市、|区）人民政府 (53/54): a unit and the county collective broken across lines"},
 {"rule": "unknown-unit", "line": chk(57, "利局、玉林市气象"), "why": "市水|利局 (56/57), 玉林市气象|局 (57/58), 玉林市消防救|援支队 (58/59): names broken across lines, all in units.txt"},
 {"rule": "unknown-unit", "line": chk(62, "民政局、市人力资"), "why": "市人力资|源社会保障局 broken across 62/63 = 市人力资源社会保障局"},
 {"rule": "unknown-unit", "line": chk(64, "卫生健康委、市残"), "why": "市残|联 (64/65) is the alias 市残联 broken across lines"},
 {"rule": "unknown-unit", "line": chk(68, "健康委、玉林市消"), "why": "市卫生|健康委 (67/68) and 玉林市消|防救援支队 (68/69) broken across lines"},
 {"rule": "unknown-unit", "line": chk(71, "市直有关部门、各"), "why": "市直有关部门 is a collective; 各|县（市、区）人民|政府 (71–73) the county collective broken across lines"},
 {"rule": "unknown-unit", "line": chk(74, "市教育局、市人社"), "why": "市人社|局 (74/75) is the alias 市人社局 of 市人力资源社会保障局, broken across lines"},
 {"rule": "unknown-unit", "line": chk(81, "局、市文化广电体"), "why": "市住房城乡建设|局 (80/81) and 市文化广电体|育和旅游局 (81/82) broken across lines; 市卫生健康|委 (83/84)"},
 {"rule": "unknown-unit", "line": chk(97, "市人民政府办公"), "why": "市人民政府办公|室 (97/98) and 市机关事务管|理局 (99/100) broken across lines"},
 {"rule": "unknown-unit", "line": chk(101, "市政府办公室"), "why": "市政府办公室 is the registered short name of 市人民政府办公室"},
 {"rule": "unknown-unit", "line": chk(105, "国安办、市委保密"), "why": "市委国安办 and 市委保密|办 (105/106) are in units.txt; the cell ends 市公安局、大|数据发展局 (106/107), where the 市 prefix distributes: 市大数据发展局"},
 {"rule": "unknown-unit", "line": chk(123, "各县（市、区）人"), "why": "各县（市、区）人|民政府 (123/124): the county collective broken across lines"},
 {"rule": "unknown-unit", "line": chk(138, "玉林市税务局"), "why": "玉林市税务局 is in units.txt (vertical body, as 广西税务局 is in the regional text)"},
 {"rule": "unknown-unit", "line": chk(146, "各乡镇"), "why": "各乡镇|（街道） (146/147) is the collective 各乡镇（街道） broken across lines; 市农业|农村局 (145/146), 市交|通运输局 (144/145)"},
 {"rule": "unknown-unit", "line": chk(21, "数字玉林建设领导小组"), "why": "a coordinating body named in 保障措施, not a responsible unit of a task"},
 {"rule": "unknown-unit", "line": chk(22, "市委党校（玉林行政学院）"), "why": "市委党校 with its registered alias 玉林行政学院; prose, not a 责任单位 cell"},
 {"rule": "unknown-unit", "line": chk(126, "自治区数据共享交换平台"), "why": "a regional platform named in the measures column, not a responsible unit"},
 # deadlines
 {"rule": "deadline-later-than-baseline", "line": chk(40, "2025年底"), "text": "2025年底", "why": "row 3 takes up regional task 3 (以一体化在线监管提升监管协同化水平), 完成时限 2025年底: equal"},
 {"rule": "deadline-later-than-baseline", "line": chk(40, "2023年底"), "text": "2023年底", "why": "inline 2023年底|前 (40/41) for the 监管事项清单认领 step of task 3 (2025年底): earlier, and within the plan's own year"},
 {"rule": "deadline-later-than-baseline", "line": chk(70, "2025年底"), "text": "2025年底", "why": "row 9 (智桂通) takes up regional task 9, 完成时限 2025年底; the cell 2025年底|前 is broken across 70/71: equal"},
 {"rule": "deadline-later-than-baseline", "line": chk(101, "2024年底"), "text": "2024年底", "why": "row 17 (政务公开) takes up regional task 22, 完成时限 2025年底: earlier"},
 {"rule": "deadline-later-than-baseline", "line": chk(52, "2024年底"), "text": "2024年底", "why": "row 5 (治安防控) takes up regional task 5, 完成时限 持续开展; a concrete local year is not later; 2024年底|前 broken across 52/53"},
 {"rule": "deadline-invalid", "line": chk(77, "2024年6"), "text": "2024年6", "why": "date broken across lines: 2024年6|月底前 (77/78) = 2024年6月底前, a valid date; regional task 12 is 持续开展"},
 {"rule": "deadline-invalid", "line": chk(92, "2023年启"), "text": "2023年启", "why": "2023年启|动，2025|年底建成 (92–94) = 2023年启动，2025年底建成, valid; regional task 19 is 持续开展, so not later either"},
 {"rule": "deadline-invalid", "line": chk(131, "2025年6"), "text": "2025年6", "why": "2025年6|月底前 (131/132) = 2025年6月底前, valid; regional tasks 36/37 are 持续开展"},
 {"rule": "deadline-invalid", "line": chk(125, "2023年底"), "text": "2023年底", "why": "2023年底|前 (125/126) lies in the plan's own year (2023), not before it; tasks 33/34 are 持续开展"},
 {"rule": "deadline-later-than-baseline", "line": chk(10, "到2035年"), "text": "2035年", "why": "the 2035 goal (数字政府基本建成) equals the regional 到2035年"},
 {"rule": "deadline-later-than-baseline", "line": chk(9, "到2024年底"), "text": "2024年底", "why": "a local interim indicator (全程网办 85%, 共享需求满足率 90%) dated before the regional 2025 goal"},
 {"rule": "deadline-invalid", "line": chk(7, "2022年"), "text": "2022年", "why": "background (发展基础): a past year describing results, not a deadline"},
 {"rule": "deadline-invalid", "line": chk(7, "2018—2020年"), "text": "2020年", "why": "the period in the title of an old plan mentioned retrospectively"},
 {"rule": "basis-mismatch", "line": chk(7, "《数字广西建设三年行动计划（2018—2020年）》"), "text": "数字广西建设三年行动计划", "why": "retrospective mention of an expired plan in 发展基础, not cited as a basis"},
 {"rule": "basis-mismatch", "line": chk(2, "桂政发〔2022〕31号"), "text": "桂政发〔2022〕31号", "why": "the regional 实施意见 cited with its correct title and 文号"},
 {"rule": "deadline-invalid", "line": chk(21, "每年6月30日和12月10日前"), "why": "the office's own recurring reporting dates"},
 {"rule": "deadline-invalid", "line": chk(26, "2023年6月28日"), "why": "the issue date of the plan"},
 {"rule": "garbled-text", "line": chk(5, "4·27"), "text": "4·27", "why": "the middle dot is part of the name of the 4·27 speech (as in the regional text), not damage"},
 {"rule": "garbled-text", "line": chk(138, "天地图·广西"), "text": "天地图·广西", "why": "official platform name with a middle dot"},
 {"rule": "garbled-text", "line": chk(95, "— 9 —"), "text": "— 9 —", "why": "page number left by the PDF copy; the next line repeats the table header"},
 {"rule": "missing-pillar", "line": 0, "pillar": "加强党对数字政府建设工作的领导", "why": "taken up under 三、保障措施 (lines 20–23: 加强组织领导, 健全推进机制, 提升数字素养, 强化考核评估) although the heading is not 党的领导"},
]

covers = [
 (1, 32), (2, 36), (3, 40), (4, 44), (5, 52), (6, 55), (7, 60), (8, 66), (9, 70),
 (10, 74), (11, 74), (12, 77), (13, 80), (14, 80), (15, 80), (16, 85), (17, 88), (18, 88),
 (19, 92), (20, 97), (21, 97), (22, 101), (23, 104), (24, 104), (25, 108), (26, 108), (27, 108),
 (28, 111), (29, 115), (30, 119), (31, 119), (32, 122), (33, 125), (34, 125), (35, 128),
 (36, 131), (37, 131), (38, 135), (39, 135), (41, 139), (42, 142), (43, 148),
]
rowstart = {32:"1",36:"2",40:"3",44:"4",52:"5",55:"6",60:"7",66:"8",70:"9",74:"10",77:"11",80:"12",85:"13",88:"14",92:"15",97:"16",101:"17",104:"18",108:"19",111:"20",115:"21",119:"22",122:"23",125:"24",128:"25",131:"26",135:"27",139:"28",142:"29",148:"30"}
for t, n in covers:
    if line(n).split("\t")[0] != rowstart[n]:
        errors.append((n, "row start", line(n)))

key = {
 "writer": "blind writer, round 811; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": [{"task": t, "line": n} for t, n in covers],
 "notes": ("玉林市 实施方案 (2023-06-28) implementing 桂政发〔2022〕31号. Its task table (lines 31–150) was copied out of a PDF: "
           "a row starts with its 序号; each following line with an empty first cell carries the next piece of each column "
           "(重点任务, 主要内容, 责任单位, 完成时限), tab-separated, so names and dates are broken mid-word (市大数据|发展局, 2024年6|月底前). "
           "Lines 95–96 are a page number and the repeated header. In the unit column the first unit leads (line 30). "
           "Task numbers: " + T + "; task 40 (开放生态支撑) is not taken up, task 23 has no 各市人民政府 in the regional text. "
           "The guangxi baseline has no numbered task list, so the numbering used here is the writer's."),
}
if errors:
    for e in errors: print("MISMATCH", e)
    sys.exit(1)
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("ok", len(expect), "expect,", len(mnf), "mustNotFlag,", len(covers), "covers")
