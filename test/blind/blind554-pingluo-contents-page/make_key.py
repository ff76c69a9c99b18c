# Builds key.json for blind case 554 and checks every line/text against draft.txt. Run: python3 make_key.py
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def line_of(s, start=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l and i + 1 >= start]
    assert hits, s
    return hits[0]
def chk(n, s):
    assert s in L[n - 1], (n, s, L[n - 1][:40])
    return n

expect = [
 {"rule": "basis-mismatch", "line": chk(16, "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (correctly cited on line 72); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
 {"rule": "deadline-later-than-baseline", "line": chk(23, "到2026年"), "text": "2026年",
  "why": "主要目标: the region's goal 到2025年 …体系框架全面成型，工作体制逐步健全、管理机制趋于成熟、基础设施集约完备… is copied here with 2026"},
 {"rule": "deadline-later-than-baseline", "line": chk(38, "2025年底前"), "text": "2025年底",
  "why": "sentence matches task 43 (推进现有政务云向政务信创云安全过渡; 完成时限 2024年建成，持续推进); the related tasks 46 (政务信息系统有序迁移, 2024年) and 19 (政务信创云, 2023年启动，2024年建成) are also due 2024"},
 {"rule": "deadline-later-than-baseline", "line": chk(98, "2025年"), "text": "2025年",
  "why": "row 25 is task 47 (加速全区电子政务外网升级改造，推动骨干网扩容升级，扩大互联网出口带宽), 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": chk(95, "2022年12月底前"), "text": "2022年12月底",
  "why": "deadline before the plan's own year (issued 2024年3月) and not a copied regional deadline: row 22 is task 41, 完成时限 2024年"},
 {"rule": "unknown-unit", "line": chk(96, "县大数据管理服务局"), "text": "县大数据管理服务局",
  "why": "平罗县 has no such bureau (units.txt lists 县大数据服务中心, used in every other row); the name is a city-level body copied from a template"},
 {"rule": "garbled-text", "line": chk(46, "寤虹珛鍋ュ叏"), "text": "寤虹珛鍋ュ叏鏀垮姟",
  "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立健全政务数据供需对接机制"},
]

M = []
def mnf(rule, n, why, text=None):
    e = {"rule": rule, "line": n, "why": why}
    if text is not None:
        chk(n, text); e["text"] = text
    M.append(e)

mnf("deadline-invalid", 3, "cover date (month of issue 2024年3月), not a deadline", "2024年3月")
mnf("deadline-later-than-baseline", 3, "cover date, not a deadline", "2024年3月")
mnf("garbled-text", 5, "目录 line: heading + dot leaders + page number, pasted from Word", "一、总体要求……")
mnf("garbled-text", 6, "目录 line with dot leaders and page number", "（一）指导思想……")
mnf("garbled-text", 9, "目录 line with dot leaders and page number", "构建数字平罗发展新格局……")
mnf("garbled-text", 14, "目录 line for the attachment with dot leaders and page number", "附件：重点任务清单……")
mnf("deadline-invalid", 13, "目录 page number 11 is not a month or date", "……11")
mnf("basis-mismatch", 16, "correct national basis document and 文号", "国发〔2022〕14号")
mnf("basis-mismatch", 16, "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
mnf("basis-mismatch", 17, "retrospective mention of the 2020 工作要点 in the background, not cited as a basis", "宁政办发〔2020〕14号")
mnf("deadline-invalid", 17, "past date in the background (2023年 achievements), not a deadline", "2023年，全县")
mnf("deadline-later-than-baseline", 22, "2024 goals equal their tasks: 48 城域网/三级全覆盖 2024年, 50 专网整合 2024年, 86 我的宁夏 2024年, 93 适老化 2024年", "到2024年底")
mnf("deadline-later-than-baseline", 24, "equal to the region's 到2035年 goal", "到2035年")
mnf("missing-pillar", 26, "framework renamed 三个驱动、四大支撑、一套体系、七个能力; 五个一/六级贯通 are taken up as 一套体系 (lines 52-55)")
mnf("deadline-later-than-baseline", 50, "equal: task 48 (城域网, 县乡村全覆盖) 2024年", "2024年底前")
mnf("deadline-later-than-baseline", 50, "equal: task 49 (视频一张网) 2025年", "2025年底前")
mnf("missing-pillar", 53, "工作体系 pillar (健全组织机构/厘清层级职责, 五个一 + 六级贯通) covered by content under 一套体系")
mnf("unknown-unit", 53, "县大数据服务中心 is the county's real body (units.txt)", "县大数据服务中心")
mnf("deadline-invalid", 69, "the office's own reporting dates (quarterly 25日, annual 12月10日), not task deadlines", "12月10日前")
mnf("deadline-invalid", 71, "title period of the task list, not a deadline", "（2024年—2025年）")
mnf("basis-mismatch", 72, "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
mnf("deadline-later-than-baseline", 74, "equal: task 1 持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效")
mnf("unknown-unit", 74, "县 prefix distributes: 县工业和信息化局; 县直有关部门 is a collective", "工业和信息化局")
mnf("deadline-later-than-baseline", 75, "equal: task 2 2023年启动，2024年取得明显成效", "2024年取得明显成效")
mnf("unknown-unit", 76, "平罗工业园区管委会 and 石嘴山市生态环境局平罗分局 (vertical branch) are in units.txt", "石嘴山市生态环境局平罗分局")
mnf("unknown-unit", 78, "县 prefix distributes over 卫生健康局、人力资源社会保障局、文化旅游广电局、民政局", "卫生健康局")
mnf("deadline-later-than-baseline", 79, "task 7 (2023年形成试点经验，2025年取得明显成效): the completing milestone 2025 is equal; only the intermediate milestone moved to 2024", "2024年形成应用经验，2025年取得明显成效")
mnf("unknown-unit", 83, "alias of 县发展改革局 (units.txt)", "县发改局")
mnf("deadline-invalid", 85, "copied regional deadline: task 14 is due 2023年 in the regional list", "2023年")
mnf("unknown-unit", 85, "collective subjects", "县直各部门（单位）、各乡镇人民政府")
mnf("unknown-unit", 87, "alias of 县政府办公室 (units.txt)", "县政府办")
mnf("deadline-later-than-baseline", 87, "earlier than task 21 (2024年)", "2024年6月底前")
mnf("deadline-later-than-baseline", 90, "task 28 (2023年启动，2025年取得明显成效): completion 2025 equal, only the start is 2024", "2024年启动，2025年取得明显成效")
mnf("deadline-later-than-baseline", 91, "equal: task 29 2023年启动，2025年完成", "2025年")
mnf("unknown-unit", 92, "alias of 县人力资源社会保障局 (units.txt)", "县人社局")
mnf("unknown-unit", 93, "县 prefix distributes (县卫生健康局、县人力资源社会保障局、县应急管理局); 石嘴山市生态环境局平罗分局 in units.txt", "应急管理局")
mnf("deadline-later-than-baseline", 102, "earlier than task 52 (2025年)", "2024年")
mnf("deadline-later-than-baseline", 105, "earlier than task 64 (2025年)", "2024年")
mnf("unknown-unit", 107, "县 prefix distributes: 县农业农村局、县卫生健康局", "农业农村局")
mnf("unknown-unit", 108, "collective subject", "承担监管职责的县直有关部门")
mnf("unknown-unit", 109, "courts and procuratorate outside the government proper, listed in units.txt", "平罗县人民检察院")
mnf("unknown-unit", 111, "collective subject", "各村（社区）")
mnf("deadline-later-than-baseline", 113, "equal: task 87 2023年启动，2025年完成", "2025年")
mnf("deadline-later-than-baseline", 118, "equal: task 121 长期坚持", "长期坚持")

cov = {1:74,2:75,3:76,5:77,6:78,7:79,8:80,10:81,11:82,12:83,13:84,14:85,15:35,17:36,18:37,20:86,21:87,
       23:88,24:41,26:89,28:90,29:91,30:45,32:45,33:92,34:93,40:94,41:95,42:96,46:97,47:98,48:99,49:100,
       50:101,52:102,54:103,56:104,57:51,58:51,64:105,66:106,67:58,68:59,70:59,71:107,72:59,73:59,74:108,
       77:109,79:110,80:60,83:111,84:61,85:61,86:112,87:113,88:61,89:61,90:61,93:114,96:115,97:62,98:62,
       100:62,102:62,104:63,105:63,106:116,107:63,108:63,111:63,112:117,115:64,116:66,118:68,120:68,121:118,
       123:69,124:69}
covers = [{"task": t, "line": n} for t, n in sorted(cov.items())]
# sanity: table rows carry the county row number in column 2
for n in range(74, 119):
    assert L[n-1].count("\t") == 3, n

key = {
 "writer": "blind writer, round 554; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": "平罗县 (石嘴山市) plan of 2024年3月, pasted from Word with cover (lines 1-3) and 目录 with dot leaders and page numbers (lines 4-14); no parent plan cited. Body lines 15-69, task list lines 70-118 (header line 73, 45 rows tab-separated, empty first cell continues the group). Units are county units (units.txt); a 县 prefix distributes over a list. Line 85 copies the regional 2023年 deadline of task 14 (per KEY-FORMAT a near miss, not deadline-invalid). Line 46 keeps a recognisable tail (支持政务数据跨地区…互认共享) after the damaged run, so task 36 is not listed in covers.",
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect,", len(M), "mustNotFlag,", len(covers), "covers")
