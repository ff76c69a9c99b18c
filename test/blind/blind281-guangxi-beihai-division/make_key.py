# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')

expect = [
 {"rule":"basis-mismatch","line":8,"text":"桂政发〔2022〕13号","why":"the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; digits transposed"},
 {"rule":"deadline-later-than-baseline","line":25,"text":"2026年","why":"主要目标: 广西 sets 到2025年 for 数字政府体系框架基本形成 (履职能力、安全保障、制度规则、数据资源、平台支撑) and 一体化政务服务和在线监管广泛普及; the city puts the same goal in 2026"},
 {"rule":"deadline-later-than-baseline","line":97,"text":"2026年底","why":"regional task 8 (12345热线归并及与110、119、120、122联动), 完成时限 2025年底"},
 {"rule":"deadline-invalid","line":125,"text":"2022年12月底前","why":"the plan is issued 2023-03-28; a deadline in 2022 lies before the year of issue (regional task 36 政务云, 完成时限 持续开展)"},
 {"rule":"unknown-unit","line":116,"text":"市工信委","why":"not in units.txt; the body is 市工业和信息化局 (市工信局), 工信委 is the pre-2019 name"},
 {"rule":"unknown-unit","line":127,"text":"自治区大数据发展局","why":"a regional body named as 牵头单位 of a local task row (regional task 38); the city lead should be 市大数据发展局"},
 {"rule":"garbled-text","line":38,"text":"鍔犲己鏀垮姟鏁版嵁鍏变韩搴旂敤","why":"UTF-8 bytes read as GBK; recovers to 加强政务数据共享应用"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

U = "unknown-unit"; D = "deadline-later-than-baseline"; I = "deadline-invalid"; B = "basis-mismatch"; G = "garbled-text"
m(U, 40, "regional body above the city named correctly (自治區大數據發展局 in the 广西 text), as the one issuing the deployment, not as lead of a local task", "自治区大数据发展局")
m(U, 85, "regional body named correctly as the recipient of the report, not as a responsible unit", "自治区大数据发展局")
m(U, 54, "regional body named correctly (自治區政府辦公廳 in the 广西 text); the city only cooperates", "自治区政府办公厅")
m(U, 61, "regional body named correctly (自治區黨委網信辦 in the 广西 text), guiding, not leading a local task", "自治区党委网信办")
m(U, 2, "collective subject (the districts and 合浦县)", "各县（区）人民政府")
m(U, 83, "collective subjects", "市直各有关部门")
m(U, 83, "listed in units.txt (the city's leading group, named in the body, not a responsible-unit cell)", "数字北海建设领导小组")
m(U, 90, "collective subject in the 配合单位 cell; repeats in most rows", "各县（区）人民政府")
m(U, 92, "official short form, alias of 市发展改革委 in units.txt", "市发改委")
m(U, 92, "short form, alias of 市大数据发展局 in units.txt", "市大数据局")
m(U, 93, "prefix 市 distributes over the list: 市民政局, in units.txt", "民政局")
m(U, 93, "prefix 市 distributes over the list: 市司法局, in units.txt", "司法局")
m(U, 93, "alias of 北海市中级人民法院 in units.txt", "市中级人民法院")
m(U, 93, "alias of 北海市人民检察院 in units.txt", "市人民检察院")
m(U, 93, "alias of 市住房城乡建设局 in units.txt", "市住建局")
m(U, 96, "aliases of 市人力资源社会保障局 / 市卫生健康委 in units.txt", "市人社局")
m(U, 97, "unit outside the government proper, listed in units.txt", "北海市消防救援支队")
m(U, 95, "unit outside the government proper, listed in units.txt", "北海市气象局")
m(U, 126, "district governments named one by one, all in units.txt", "铁山港区人民政府")
m(U, 126, "short form, alias of 合浦县人民政府 in units.txt", "合浦县政府")
m(U, 128, "alias of 国家税务总局北海市税务局 in units.txt", "北海市税务局")
m(U, 84, "alias of 市委党校 in units.txt", "市委党校（市行政学院）")
m(U, 98, "collective subject", "市直各有关部门")
m(D, 92, "regional task 3 (互联网+监管), 完成时限 2025年底: equal", "2025年底")
m(D, 32, "body sentence matching regional task 3 (2025年底): equal", "2025年底")
m(D, 98, "regional task 9 (智桂通), 完成时限 2025年底: the city's 2024年底 is earlier", "2024年底")
m(D, 111, "regional task 22 (政策信息数字化发布), 完成时限 2025年底: 2025年12月底前 is the same date", "2025年12月底前")
m(D, 108, "regional task 19 (辅助决策/数字政府大脑), 完成时限 持续开展: no regional milestone, a dated city deadline is not later", "2024年底")
m(D, 26, "主要目标: 到2035年 equals the 广西 2035 goal (基本建成)", "2035年")
m(D, 24, "a 2023 intermediate goal; earlier than any 广西 goal (到2025年)", "2023年底")
m(I, 11, "past date in the background (截至2022年底), not a deadline", "2022年底")
m(I, 85, "the office's own reporting dates (2023年4月底前, 每年11月30日前), in the year of issue", "2023年4月底前")
m(I, 5, "the document's own issue date", "2023年3月28日")
m(I, 92, "2023年启动 is in the year of issue", "2023年")
m(B, 11, "retrospective mention of an older document with its correct 文号; its real title does say 加快推进", "国发〔2016〕55号")
m(B, 8, "the national 指导意见 cited correctly", "国发〔2022〕14号")
m(G, 35, "涠洲岛 is a real place name with a rare character, not mojibake", "涠洲岛")
m(G, 52, "“1+6+N” is the 广西 数字政府大脑 formula, not damage", "1+6+N")

covers_map = {1:29,2:31,3:32,4:34,5:35,6:36,7:38,8:39,9:40,10:41,11:42,12:43,13:44,14:45,15:46,16:48,17:49,18:50,
 19:52,20:53,21:54,22:56,23:58,24:59,25:60,26:61,27:62,28:64,29:65,30:66,31:67,32:68,33:70,34:71,35:72,36:74,37:75,
 38:76,39:76,40:76,41:78,42:79,43:80}
covers = [{"task":t,"line":l} for t,l in sorted(covers_map.items())]

# verify
ok = True
for e in expect + M:
    if e.get("text") and e["text"] not in L[e["line"]-1]:
        print("MISSING", e); ok = False
checks = {1:"经济",2:"监管",3:"互联网+监管",4:"网格",5:"雪亮",6:"应急",7:"泛在可及",8:"12345",9:"智桂通",10:"教育",11:"人社",
 12:"医疗",13:"工地",14:"体育",15:"康养",16:"生态",17:"自然资源",18:"低碳",19:"辅助决策",20:"行政执行",21:"行政监督",22:"政策信息",
 23:"安全管理责任",24:"安全制度",25:"数据安全监管",26:"安全保障能力",27:"自主可控",28:"职能转变",29:"管理机制",30:"法规制度",
 31:"标准规范",32:"试点示范",33:"数据管理机制",34:"数据高效共享",35:"开发利用",36:"政务云",37:"网络平台",38:"智能算法库",
 39:"统一身份认证",40:"开放生态",41:"数字经济",42:"数字社会",43:"数字生态"}
for t,k in checks.items():
    if k not in L[covers_map[t]-1]: print("COVER?", t, k); ok = False
print("ok" if ok else "PROBLEMS", len(expect), len(M), len(covers))

key = {
 "writer": "blind writer, round 281; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("北海市 city plan (issued 2023-03-28) implementing the 广西 实施意见 of 2022-11-30 (桂政发〔2022〕31号), same eight-part framework "
           "(履职能力体系 with the seven abilities, 安全保障, 制度规则, 数据资源, 平台支撑, 引领驱动数字化发展, 党的领导), with a 重点任务分工表 annex "
           "(lines 89-134). Regional task numbers count the inline (责任单位…完成时限…) notes of the 广西 text in order, 1-43; tasks 3, 8, 9, 22 are due "
           "2025年底, all others 持续开展; task 23 names no 各市人民政府. The annex states that the first-listed lead is the main lead. "
           "Planted: 7 mistakes over 5 rules (basis, two late deadlines, one deadline before the year of issue, two unit mistakes, one mojibake run). "
           "No task is deliberately left out.")
}
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)
