# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def at(line, text):
    assert text in L[line-1], (line, text, L[line-1][:60])
    return line

expect = [
  {"rule": "basis-mismatch", "line": at(7, "桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
   "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; 13 is a transposed 31"},
  {"rule": "deadline-later-than-baseline", "line": at(47, "2026年6月底前"), "text": "2026年6月底",
   "why": "政务公开 item = regional task 22 (优化政策信息数字化发布…, 责任单位 自治区信访局、大数据发展局等，各市人民政府), 完成时限 2025年底; the county note says 2026年6月底前 (its own table row, line 109, correctly says 2025年底)"},
  {"rule": "deadline-later-than-baseline", "line": at(99, "2026年底"), "text": "2026年底",
   "why": "task-table row for the 12345 hotline = regional task 8 (持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the body (line 36) says 2025年底前, the table row slipped to 2026年底"},
  {"rule": "deadline-invalid", "line": at(69, "2024年21月底前"), "text": "21月",
   "why": "impossible month (typo for 12月: the table row for the same task, line 118, says 2024年12月底前); regional task 36 is 持续开展, so it is not a late deadline"},
  {"rule": "unknown-unit", "line": at(117, "县大数据管理服务局"), "text": "县大数据管理服务局",
   "why": "not in units.txt (the county body is 县大数据发展局; 大数据管理服务局 is a name copied from another region's template); the inline note for the same task (line 65) has 县大数据发展局"},
  {"rule": "garbled-text", "line": at(41, "寮哄寲姹℃煋婧愬疄"), "text": "寮哄寲姹℃煋婧愬疄",
   "why": "UTF-8 bytes read as GBK: 寮哄寲姹℃煋婧愬疄鏃舵劅鐭ュ拰鐩戞帶 re-encoded as GBK and decoded as UTF-8 is 强化污染源实时感知和监控"},
]

M = []
def mnf(rule, line, text, why):
    if text: at(line, text)
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

mnf("basis-mismatch", 7, "国发〔2022〕14号", "correct: 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号")
mnf("basis-mismatch", 10, "国发〔2016〕55号", "retrospective mention in the background of an older document, with its correct 文号 (国务院关于加快推进“互联网+政务服务”工作的指导意见); not a basis citation")
mnf("basis-mismatch", 2, "《东兰县加强数字政府建设实施方案》", "the plan's own title in the covering notice, not a cited basis document")
mnf("deadline-invalid", 4, "2023年9月12日", "issue date of the notice, not a deadline")
mnf("deadline-invalid", 10, "2022年", "past date in the background (a 2022 statistic), not a deadline")
mnf("deadline-invalid", 10, "2023年6月底", "截至2023年6月底: background statistic, not a deadline")
mnf("deadline-later-than-baseline", 22, "到2023年底", "county's own interim goal; the region has no 2023 goal and 2023 is earlier than any regional goal")
mnf("deadline-later-than-baseline", 23, "到2025年", "same goal (体系框架基本形成) and same year as the region's 主要目标 到2025年")
mnf("deadline-later-than-baseline", 24, "到2035年", "same year as the region's 到2035年 goal")
mnf("deadline-later-than-baseline", 30, "2025年底", "equal: regional task 3 (一体化在线监管) 完成时限 2025年底")
mnf("deadline-later-than-baseline", 36, "2025年底前", "equal: regional task 8 (12345热线) 完成时限 2025年底 (both in the sentence and in the note)")
mnf("deadline-later-than-baseline", 37, "2025年底", "equal: regional task 9 (智桂通) 完成时限 2025年底")
mnf("deadline-later-than-baseline", 95, "2025年底", "equal: table row for regional task 3, 完成时限 2025年底")
mnf("deadline-later-than-baseline", 100, "2025年底", "equal: table row for regional task 9, 完成时限 2025年底")
mnf("deadline-later-than-baseline", 109, "2025年底", "equal: table row for regional task 22, 完成时限 2025年底 (the inline note at line 47 is the late one)")
mnf("deadline-later-than-baseline", 61, "2024年底前形成试点经验", "regional task 32 (开展试点示范) is 持续开展; an earlier concrete milestone plus 持续开展 is not later")
mnf("deadline-later-than-baseline", 115, "2024年底前形成试点经验", "table row for regional task 32, 持续开展; earlier milestone plus ongoing")
mnf("deadline-later-than-baseline", 64, "2023年12月底前", "regional task 33 is 持续开展; a milestone in the plan's own year (after the issue date) plus 持续开展")
mnf("deadline-invalid", 116, "2023年12月底前", "in the plan's year (2023) and after the issue date, not before the document; regional task 33 持续开展")
mnf("deadline-later-than-baseline", 70, "2024年底前实现村级全覆盖", "regional task 37 (网络平台) is 持续开展; a dated milestone plus 持续开展 is not later")
mnf("deadline-later-than-baseline", 107, "2024年底前", "table row for regional task 19 (辅助决策), 持续开展; a concrete county milestone is not later than an ongoing task")
mnf("deadline-later-than-baseline", 108, "2024年6月底前", "table row for regional task 20 (行政执行), 持续开展")
mnf("deadline-later-than-baseline", 118, "2024年12月底前", "table row for regional task 36 (政务云), 持续开展; valid date (the inline note at line 69 has the 21月 typo)")
mnf("deadline-invalid", 82, "2023年10月底前", "the office's own work arrangement (naming liaison officers), in the plan's year and after the issue date; not tied to a regional task")
mnf("deadline-invalid", 82, "12月25日", "the office's own half-yearly reporting dates (每年6月25日、12月25日前)")
mnf("unknown-unit", 28, "统计局", "县 prefix distributes: 县发展改革局、统计局、大数据发展局 = 县发展改革局、县统计局、县大数据发展局, all in units.txt")
mnf("unknown-unit", 52, "工业和信息化局", "县 prefix distributes after 县委网信办，县发展改革局、…: 县工业和信息化局、县公安局、县大数据发展局")
mnf("unknown-unit", 28, "各乡镇人民政府", "collective subject")
mnf("unknown-unit", 30, "县直有关部门", "collective subject")
mnf("unknown-unit", 50, "县直各部门（单位）", "collective subject")
mnf("unknown-unit", 117, "县直各部门（单位）", "collective subject in the table row (only 县大数据管理服务局 in that cell is wrong)")
mnf("unknown-unit", 35, "县人社局", "short name listed in units.txt (县人力资源和社会保障局)")
mnf("unknown-unit", 35, "县残联", "short name listed in units.txt (县残疾人联合会)")
mnf("unknown-unit", 40, "县住房城乡建设局", "official short name listed in units.txt (县住房和城乡建设局)")
mnf("unknown-unit", 41, "河池市东兰生态环境局", "the city bureau's county branch, the real responsible body in a 广西 county; listed in units.txt")
mnf("unknown-unit", 51, "县委保密办", "short name listed in units.txt (县委保密委员会办公室)")
mnf("unknown-unit", 71, "县税务局", "short name listed in units.txt (国家税务总局东兰县税务局)")
mnf("unknown-unit", 33, "县消防救援大队", "short name listed in units.txt (东兰县消防救援大队); 东兰县气象局 on the same line is also listed")
mnf("unknown-unit", 31, "县人民检察院", "listed in units.txt, as are 县人民法院 and 县委政法委")
mnf("unknown-unit", 61, "武篆镇人民政府", "a township government listed in units.txt")
mnf("unknown-unit", 44, "自治区大数据发展局", "regional body named in body text as giving guidance, not as a responsible unit of the local task (the note names only 县 units)")
mnf("unknown-unit", 80, "东兰县数字政府建设工作领导小组", "the coordinating body the plan itself sets up, in 保障措施 body text")
mnf("garbled-text", 40, "巴马长寿养生国际旅游区", "a real place-name phrase, not mojibake")
mnf("garbled-text", 46, "桂在行", "name of the 广西 智慧督查系统 taken from the regional text")
mnf("garbled-text", 71, "天地图·广西", "name of the 广西 地理信息公共服务平台 from the regional text")
mnf("missing-pillar", 0, None, "the regional 党的领导 items (组织领导, 推进机制, 数字素养, 考核评估) are all taken up in 三、保障措施 (lines 79-88); 数字生态 at line 77; 政务公开 at line 47; every other pillar has its own section")

covers_map = {1:28,2:29,3:30,4:31,5:32,6:33,7:34,8:36,9:37,10:38,11:39,12:39,13:40,14:40,15:40,
  16:41,17:42,18:43,19:44,20:45,21:46,22:47,23:50,24:51,25:52,26:53,27:54,28:57,29:58,30:59,31:60,32:61,
  33:64,34:65,35:66,36:69,37:70,38:72,39:71,40:72,41:75,42:76,43:77}
covers = [{"task": t, "line": l} for t, l in sorted(covers_map.items())]

key = {
  "writer": "blind writer, round 841; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("Task numbers: the 广西 实施意见 has no numbered task list; tasks are numbered 1-43 in the order of the inline "
            "(責任單位:…完成時限:…) notes of guangxi-2022-shishi-yijian.txt (task 1 = 经济调节 paragraph, line 43 of the seed; "
            "task 43 = 营造良好数字生态, line 187). Dated regional deadlines: tasks 3, 8, 9, 22 = 2025年底; all others 持续开展. "
            "Task 23 (安全管理责任) is regional only (no 各市人民政府) but the county takes it up anyway. "
            "The title of the regional document is given as 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 (the seed carries no title); only its 文号 is planted wrong. "
            "Covers for tasks 14 (智慧体育, one phrase “体育+数字”) and 38 (数据智能, 推广应用智能算法库、智能模型库 inside the 开放生态 item at line 72) are brief. "
            "Line 34 (打造泛在可及的服务体系) has no note of its own; the note at the end of line 35 covers both halves of the public-service item (task 7).")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
