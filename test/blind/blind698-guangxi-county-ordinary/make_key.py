# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def at(line, text):
    if line == 0: return
    assert text in L[line-1], (line, text, L[line-1][:60])

G = 'guangxi-2022-shishi-yijian.txt'
expect = [
 {"rule": "basis-mismatch", "line": 9, "text": "桂政办发〔2022〕31号",
  "why": "the 广西 实施意见 (《广西壮族自治区人民政府关于加强数字政府建设的实施意见》, 2022-11-30) is 桂政发〔2022〕31号; an extra 办 turns it into a 政府办公厅 number that does not belong to this title"},
 {"rule": "deadline-later-than-baseline", "line": 94, "text": "2026年6月底前",
  "why": "task-table row 8 (12345热线归并与联动) = regional task 8 (seed L63, 持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the body note on line 33 itself says 2025年底"},
 {"rule": "deadline-invalid", "line": 67, "text": "2022年12月底前",
  "why": "a deadline (非涉密政务信息系统全部迁移至广西政务云) set before 2023, the year this plan is issued (2023-08-25); stale date copied from an older plan. Regional task 36 (seed L161) is 持续开展"},
 {"rule": "unknown-unit", "line": 64, "text": "县大数据管理局",
  "why": "not in units.txt; the county body is 县大数据发展局 (short name 县大数据局), used everywhere else, including table row 33 for the same task"},
 {"rule": "garbled-text", "line": 60, "text": "鍔犲ぇ鏁板瓧鏀垮簻",
  "why": "UTF-8 bytes read as GBK: 鍔犲ぇ鏁板瓧鏀垮簻鏍囧噯鎺ㄥ箍搴旂敤鍔涘害 = 加大数字政府标准推广应用力度"},
 {"rule": "task-uncovered", "line": 0, "task": 14,
  "why": "regional task 14 (seed L75, 推动智慧体育服务能力提升, 责任单位 …各市人民政府, 持续开展) is deliberately left out: no 智慧体育/体医融合 measure, no table row"},
]
for e in expect: at(e['line'], e.get('text', ''))

M = []
def mnf(rule, line, why, text=None):
    if text: at(line, text)
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    M.append(d)

# basis
mnf("basis-mismatch", 9, "correct national basis: title and 文号 match", "国发〔2022〕14号")
mnf("basis-mismatch", 11, "retrospective mention in 发展基础 of an older national document (2018), correct 文号 for its title; not cited as a basis of this plan", "国发〔2018〕27号")
mnf("basis-mismatch", 2, "the notice's own document number, not a citation", "兴政办发〔2023〕26号")
mnf("basis-mismatch", 4, "the plan's own title in the covering notice, not a basis document", "《兴业县加强数字政府建设实施方案》")
# units
mnf("unknown-unit", 3, "collective addressees (各乡镇人民政府, 县直各部门, 各直属机构)", "县直各部门、各直属机构")
mnf("unknown-unit", 23, "collective subject in a responsibility note", "各乡镇人民政府")
mnf("unknown-unit", 26, "collective subject 县直有关部门", "县直有关部门")
mnf("unknown-unit", 28, "the 县 prefix distributes over the list: 县信访局, 县公安局, 县民政局, 县司法局, 县住房城乡建设局 (registered short name of 县住房和城乡建设局)", "县信访局、公安局、民政局、司法局、住房城乡建设局")
mnf("unknown-unit", 28, "county court and procuratorate, both in units.txt", "县人民法院")
mnf("unknown-unit", 74, "prefix distributes: 县发展改革局, 县住房城乡建设局, 县交通运输局, 县农业农村局, 县大数据发展局", "县发展改革局、住房城乡建设局、交通运输局、农业农村局、大数据发展局")
mnf("unknown-unit", 58, "registered colloquial alias of 县发展和改革局", "县发改局")
mnf("unknown-unit", 41, "vertically managed branch of the city eco-environment bureau, listed in units.txt", "玉林市兴业生态环境局")
mnf("unknown-unit", 30, "registered non-government bodies on the county's list", "兴业县气象局、兴业县消防救援大队")
mnf("unknown-unit", 54, "telecom operators' county branches, listed in units.txt", "中国电信兴业分公司、中国移动兴业分公司")
mnf("unknown-unit", 32, "registered short name of 县残疾人联合会", "县残联")
mnf("unknown-unit", 70, "registered (国家税务总局兴业县税务局)", "兴业县税务局")
mnf("unknown-unit", 14, "prose mention of the superior city Party committee and government in the guiding-thought paragraph; not a responsible unit", "玉林市委、市人民政府")
mnf("unknown-unit", 14, "prose mention of the regional Party committee and government; not a lead of a local task", "自治区党委、自治区人民政府")
mnf("unknown-unit", 77, "the leading group this plan sets up, listed in units.txt; named in 保障措施 prose", "兴业县数字政府建设工作领导小组")
mnf("unknown-unit", 108, "table row: registered county units plus the collective 县直各部门", "县委网信办、县公安局、县大数据发展局，县直各部门")
# deadlines
mnf("deadline-later-than-baseline", 33, "body note for 12345热线 = regional task 8 (seed L63) 完成时限 2025年底: equal", "2025年底")
mnf("deadline-later-than-baseline", 34, "智桂通 = regional task 9 (seed L65) 完成时限 2025年底: equal", "2025年底前")
mnf("deadline-later-than-baseline", 95, "table row 9 = regional task 9 (seed L65) 2025年底: equal", "2025年底前")
mnf("deadline-later-than-baseline", 26, "一体化在线监管 = regional task 3 (seed L49) 完成时限 2025年底: 2024年底前 is earlier", "2024年底前")
mnf("deadline-later-than-baseline", 89, "table row 3 = regional task 3 (seed L49) 2025年底: earlier", "2024年底前")
mnf("deadline-later-than-baseline", 49, "政务公开 = regional task 22 (seed L97) 完成时限 2025年底: 2025年6月底前 is earlier", "2025年6月底前")
mnf("deadline-later-than-baseline", 107, "table row 21 = regional task 22 (seed L97) 2025年底: earlier", "2025年6月底前")
mnf("deadline-later-than-baseline", 19, "主要目标: 体系框架基本形成 到2025年, same as the region's 到2025年…数字政府体系框架基本形成", "到2025年")
mnf("deadline-later-than-baseline", 20, "2035 goal equal to the region's 到2035年…基本建成", "到2035年")
mnf("deadline-later-than-baseline", 29, "社会治安防控 = regional task 5 (seed L55) 持续开展: a county milestone 2024年底前 for an ongoing regional task has no regional completion year to exceed", "2024年底前")
mnf("deadline-later-than-baseline", 68, "网络平台/IPv6 = regional task 37 (seed L165) 持续开展: dated county milestone, not later", "2024年底前")
mnf("deadline-later-than-baseline", 63, "数据管理机制 = regional task 33 (seed L147) 持续开展: 2023年底前 milestone plus 持续开展", "2023年底前完成目录编制，持续开展")
mnf("deadline-invalid", 18, "intermediate goal in the plan's own issue year 2023, not before it", "到2023年底")
mnf("deadline-invalid", 11, "past dates in the 发展基础 background, not deadlines", "2022年")
mnf("deadline-invalid", 78, "the office's own first-step and reporting dates (2023年9月底前; 每年6月底、12月底前)", "2023年9月底前")
mnf("deadline-invalid", 6, "the notice's issue date", "2023年8月25日")
# garbled look-alikes
mnf("garbled-text", 14, "middle dot in the proper name “4·27”重要讲话", "4·27")
mnf("garbled-text", 70, "middle dot in the platform name 天地图·广西", "天地图·广西")
mnf("garbled-text", 73, "em dash in 中国—东盟信息港", "中国—东盟")
# pillars
M.append({"rule": "missing-pillar", "line": 0, "pillar": "加强党对数字政府建设工作的领导", "why": "taken up under the heading 九、保障措施 (lines 77-81: 组织领导, 推进机制, 资金保障, 数字素养, 考核评估)"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "line 75 营造良好数字生态; 数字经济 line 73, 数字社会 line 74"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护", "why": "lines 40-43 cover all three regional 生态环境保护 measures"})

covers_map = {1:23,2:25,3:26,4:28,5:29,6:30,7:32,8:33,9:34,10:35,11:36,12:37,13:38,15:39,16:41,17:42,18:43,
              19:45,20:46,21:47,22:49,23:51,24:52,25:53,26:54,27:55,28:57,29:58,30:59,31:60,32:61,33:63,34:64,35:65,
              36:67,37:68,38:69,39:70,40:71,41:73,42:74,43:75}
covers = [{"task": k, "line": v} for k, v in sorted(covers_map.items())]

key = {
 "writer": "blind writer, round 698; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("兴业县 (玉林市) 2023 实施方案 implementing 桂政发〔2022〕31号; no parent plan. Regional task numbers are the order of the 43 "
           "(責任單位:…完成時限:…) notes in seeds/" + G + " (task 1 = seed L43 … task 43 = seed L187); seed line numbers are given in each why. "
           "Only tasks 3, 8, 9, 22 have a dated regional deadline (2025年底); all others are 持续开展, and task 23 (seed L103) names no 各市人民政府 but is covered anyway. "
           "The task table (lines 86-128) repeats the body measures; its row numbers are the county's own, not regional task numbers. "
           "Line 60 holds the only garbled run. make_key.py rebuilds this file and asserts every line/text against draft.txt.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
