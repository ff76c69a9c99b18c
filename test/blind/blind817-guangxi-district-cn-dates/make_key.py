# -*- coding: utf-8 -*-
# Writes key.json and checks every line number / text against draft.txt (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")

T = "regional task {} ({}) 完成时限 {}"  # tasks = the 43 inline (责任单位…完成时限…) notes of 桂政发〔2022〕31号, numbered in order

expect = [
    {"rule": "basis-mismatch", "line": 9, "text": "桂政发〔2022〕13号",
     "why": "《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; the digits are transposed"},
    {"rule": "deadline-later-than-baseline", "line": 26, "text": "二〇二六年",
     "why": "主要目标: the region's goal is 到2025年 …政府数字化履职能力、安全保障、制度规则、数据资源、平台支撑等数字政府体系框架基本形成; the district puts the same goal at 二〇二六年"},
    {"rule": "deadline-later-than-baseline", "line": 89, "text": "二〇二六年六月底前",
     "why": T.format(8, "12345热线 归并、与110/119/120紧急热线联动", "2025年底") + "; the district row is later"},
    {"rule": "deadline-invalid", "line": 114, "text": "二〇一四年底前",
     "why": "2014 is before the plan's own year (issued 二〇二三年十一月二十日); a typo for 二〇二四. " + T.format(36, "政务云", "持续开展")},
    {"rule": "unknown-unit", "line": 115, "text": "区科技局",
     "why": "not in units.txt: 秀峰区 has no separate 科技局, the function sits in 区工业信息化和科学技术局 (区工科信局); copied from 自治区科技厅 of regional task 37"},
    {"rule": "garbled-text", "line": 53, "text": "鍒涙柊鏁板瓧鏀垮簻",
     "why": "sub-item title 创新数字政府管理机制 as UTF-8 bytes read as GBK (鍒涙柊鏁板瓧鏀垮簻绠＄悊鏈哄埗); re-encoding as GBK and decoding as UTF-8 recovers it"},
]

mnf = [
    # deadlines
    {"rule": "deadline-later-than-baseline", "line": 32, "text": "二〇二五年底前",
     "why": "equal: " + T.format(3, "一体化在线监管/互联网+监管", "2025年底")},
    {"rule": "deadline-later-than-baseline", "line": 84, "text": "二〇二五年底前",
     "why": "staged deadline (二〇二四年六月底前 认领, 二〇二五年底前 汇聚); completing milestone equals " + T.format(3, "互联网+监管", "2025年底")},
    {"rule": "deadline-later-than-baseline", "line": 90, "text": "二〇二五年六月底前",
     "why": "earlier than " + T.format(9, "智桂通", "2025年底")},
    {"rule": "deadline-later-than-baseline", "line": 101, "text": "二〇二四年底前",
     "why": "earlier than " + T.format(22, "政务公开/政府网站集约化", "2025年底")},
    {"rule": "deadline-later-than-baseline", "line": 27, "text": "二〇三五年",
     "why": "equal to the region's 到2035年 …数字政府基本建成 goal"},
    {"rule": "deadline-later-than-baseline", "line": 25, "text": "二〇二四年底",
     "why": "a local near-term goal, earlier than the region's 到2025年 goals"},
    {"rule": "deadline-later-than-baseline", "line": 86, "text": "二〇二五年六月底前",
     "why": "dated local deadline for a task the region leaves open: " + T.format(5, "雪亮工程/社会治安防控", "持续开展")},
    {"rule": "deadline-later-than-baseline", "line": 43, "text": "二〇二四年底前",
     "why": "dated local milestone for " + T.format(20, "行政执行/综合办公平台", "持续开展")},
    {"rule": "deadline-later-than-baseline", "line": 115, "text": "二〇二五年底前",
     "why": "within the regional horizon; " + T.format(37, "电子政务外网", "持续开展")},
    {"rule": "deadline-invalid", "line": 102, "text": "二〇二三年十二月底前",
     "why": "same year as the plan's issue (2023), not before it; " + T.format(23, "安全管理责任", "持续开展")},
    {"rule": "deadline-invalid", "line": 122, "text": "二〇二三年十二月底前",
     "why": "same year as issue; organisational step (领导小组), no regional task"},
    {"rule": "deadline-invalid", "line": 12, "text": "二〇二一年",
     "why": "past date in the background section (建成视频会议系统), not a deadline; 2022年底 on the same line likewise"},
    {"rule": "deadline-invalid", "line": 75, "text": "二〇二四年一月十五日前",
     "why": "the office's own reporting date (年度总结), with 每年十二月十日前 on the same line; valid dates"},
    {"rule": "deadline-invalid", "line": 6, "text": "二〇二三年十一月二十日",
     "why": "date of issue of the notice; 2023年11月20日印发 at line 126 likewise"},
    {"rule": "deadline-invalid", "line": 112, "text": "二○二四年底前",
     "why": "written with ○ (U+25CB) for 〇, a common typing variant; valid date, earlier than any regional deadline; " + T.format(34, "数据共享", "持续开展")},
    {"rule": "garbled-text", "line": 112, "text": "二○二四年底前",
     "why": "○ for 〇 is a typing variant, not encoding damage"},
    {"rule": "garbled-text", "line": 16, "text": "“4·27”",
     "why": "middle dot in the name of the 4·27 speech, as in the regional text"},
    # units
    {"rule": "unknown-unit", "line": 3, "text": "各街道办事处", "why": "collective addressee"},
    {"rule": "unknown-unit", "line": 85, "text": "司法局",
     "why": "区民政局、司法局、信访局: prefix 区 distributes, 区司法局 and 区信访局 are in units.txt; 各街道办事处 on the same line is a collective"},
    {"rule": "unknown-unit", "line": 84, "text": "区直有关部门", "why": "collective subject (also lines 110, 113)"},
    {"rule": "unknown-unit", "line": 98, "text": "区直各部门", "why": "collective subject (also lines 111, 112, 114)"},
    {"rule": "unknown-unit", "line": 120, "text": "各村（社区）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": 87, "text": "区农业农村和水利局",
     "why": "canonical name in units.txt; must not be split at 和"},
    {"rule": "unknown-unit", "line": 119, "text": "区工业信息化和科学技术局",
     "why": "canonical names in units.txt (with 区商务和投资促进局、区文化体育和旅游局 on the same line); not to be split at 和"},
    {"rule": "unknown-unit", "line": 91, "text": "区工科信局", "why": "registered short name of 区工业信息化和科学技术局"},
    {"rule": "unknown-unit", "line": 82, "text": "区发改局", "why": "registered short name of 区发展和改革局"},
    {"rule": "unknown-unit", "line": 86, "text": "秀峰公安分局", "why": "registered short name of 桂林市公安局秀峰分局 (区公安分局 at line 116 likewise)"},
    {"rule": "unknown-unit", "line": 117, "text": "区税务局", "why": "registered short name of 国家税务总局桂林市秀峰区税务局"},
    {"rule": "unknown-unit", "line": 87, "text": "区自然资源分局", "why": "registered short name of 桂林市自然资源和规划局秀峰分局; 区消防救援大队 likewise"},
    {"rule": "unknown-unit", "line": 69, "text": "区大数据发展局",
     "why": "the district's own bureau (in units.txt), not the regional 自治区大数据发展局 it is a substring of"},
    {"rule": "unknown-unit", "line": 124, "text": "区数字政府办", "why": "registered short name of 区数字政府建设领导小组办公室"},
    {"rule": "unknown-unit", "line": 103, "text": "区委保密办", "why": "in units.txt"},
    {"rule": "unknown-unit", "line": 125, "text": "区委各部门",
     "why": "抄送 line: a collective, and the other recipients (区人大常委会办公室、区政协办公室、区人民法院、区人民检察院) are in units.txt"},
    # basis
    {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct number and title of the national 指导意见"},
    {"rule": "basis-mismatch", "line": 11, "text": "国发〔2018〕27号",
     "why": "retrospective mention in 发展现状 of an older national document, correct 文号 and title; not a basis of this plan"},
    {"rule": "basis-mismatch", "line": 11, "text": "秀政办发〔2018〕12号",
     "why": "retrospective mention of the district's own earlier plan"},
    {"rule": "basis-mismatch", "line": 2, "text": "秀政办发〔2023〕31号", "why": "the notice's own 文号, not a cited basis"},
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up at line 66 and table row line 121"},
    {"rule": "missing-pillar", "line": 0, "pillar": "制度规则",
     "why": "section (三) at lines 51-54 and rows at lines 107-110; only one sub-item title (line 53) is garbled"},
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导",
     "why": "保障措施 lines 67-77 (组织领导, 推进机制, 数字素养, 考核评估) and rows 122-124"},
]

covers_src = [
    (1, 30), (2, 31), (3, 32), (4, 33), (5, 34), (6, 35), (7, 36), (8, 37), (9, 38),
    (10, 39), (11, 39), (12, 39), (13, 40), (15, 40), (16, 41), (17, 41),
    (19, 42), (20, 43), (21, 44), (22, 45),
    (23, 47), (24, 48), (25, 49), (26, 50), (27, 50),
    (28, 52), (29, 53), (31, 54), (32, 54),
    (33, 56), (34, 57), (35, 58),
    (36, 60), (37, 61), (39, 62),
    (41, 64), (42, 65), (43, 66),
]
covers = [{"task": t, "line": l} for t, l in covers_src]

for e in expect + mnf:
    if e["line"] and "text" in e:
        assert e["text"] in lines[e["line"] - 1], (e["line"], e["text"])

key = {
    "writer": "blind writer, round 817; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("桂林市秀峰区 2023 实施方案 (秀政办发〔2023〕31号, issued 二〇二三年十一月二十日) implementing 桂政发〔2022〕31号; "
              "dates mostly in Chinese numerals, task list at lines 81-124 split into 牵头单位/配合单位, with a note that the first lead is the main lead. "
              "Regional task numbers are the 43 inline (责任单位…完成时限…) notes of the 广西 实施意见 in order of appearance "
              "(only tasks 3, 8, 9, 22 carry a date, 2025年底; the rest are 持续开展). "
              "Not taken up (information only, not planted): tasks 14 (智慧体育), 18 (绿色低碳), 30 (地方性法规), 38 (智能算法库), 40 (开放生态支撑平台). "
              "Task rows: line 82+n-1 is row n; rows 116-118 all belong to task 39."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
