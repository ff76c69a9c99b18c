# Writes key.json and checks every (line, text) pair against draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def row(k): return 27 + k   # table row k (序号) sits on line 27+k

expect = [
  {"rule": "deadline-later-than-baseline", "line": row(12), "text": "2026年底",
   "why": "12345热线 row (归并热线、与110/119/120/122联动、热线数据分析) takes up regional task 8 (持续优化12345政务服务便民热线平台…), 完成時限 2025年底; the county puts it a year later"},
  {"rule": "deadline-invalid", "line": row(38), "text": "2022年底前",
   "why": "政务云 row (regional task 36, 完成時限 持續開展) in a plan issued 2023-10-16 gives a deadline in 2022, before the year of issue (a leftover from an older plan; the goals on line 21 say 2024年底)"},
  {"rule": "unknown-unit", "line": row(29), "text": "县信息中心",
   "why": "not in units.txt (no such county body; the county's body for this work is 县大数据发展局)"},
  {"rule": "basis-mismatch", "line": 9, "text": "桂政发〔2022〕13号",
   "why": "the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; digits transposed"},
  {"rule": "garbled-text", "line": 103, "text": "娣卞寲鏁版嵁",
   "why": "sub-item title 深化数据高效共享 as UTF-8 bytes read as GBK (mojibake); re-encoding as GBK and decoding as UTF-8 recovers it"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
   "why": "section 七(三) 营造良好数字生态 (数据要素市场规则、数据产权、数据交易、数据要素应用场景) has no counterpart anywhere: the draft takes up 数字经济 (row 42, 七-1) and 数字社会 (row 43, 七-2/3) but nothing on 数字生态; even the 指导思想 names only 数字经济、数字社会"},
  {"rule": "task-uncovered", "line": 0, "task": 43,
   "why": "regional task 43 (建立健全數據要素市場規則…營造良好數字生態, 責任單位 …各市人民政府) deliberately left out together with the 数字生态 pillar"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why
    M.append(e)

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"; P = "missing-pillar"; G = "garbled-text"
# deadlines: equal or earlier
mnf(D, row(4), "一体化在线监管 row = regional task 3, 完成時限 2025年底; 2024年底 is earlier", "2024年底")
mnf(D, 74, "prose on 互联网+监管 对接 (regional task 3, 2025年底): 2024年底前 is earlier", "2024年底前")
mnf(D, row(13), "智桂通 row = regional task 9, 完成時限 2025年底; 2025年6月底前 is earlier", "2025年6月底前")
mnf(D, row(26), "政务公开 row = regional task 22, 完成時限 2025年底; equal", "2025年底")
mnf(D, row(10), "免申即享/涉企审批 row = regional task 7, 完成時限 持續開展; a dated local milestone is not later than an ongoing task", "2025年6月底前")
mnf(D, row(6), "基层治理 row = regional task 4, 完成時限 持續開展; 2025年底 is within the regional horizon", "2025年底")
mnf(D, row(16), "智慧医疗 row = regional task 12, 持續開展; 2025年底 not later", "2025年底")
mnf(D, row(23), "数据驾驶舱 row = regional task 19, 持續開展; 2025年底 not later", "2025年底")
mnf(D, row(39), "电子政务外网 row = regional task 37, 持續開展; 2025年底 not later", "2025年底")
mnf(D, row(43), "智慧县城/数字乡村 row = regional task 42, 持續開展; 2025年底 not later", "2025年底")
mnf(D, 23, "主要目标: 到2025年 体系框架基本形成 / 一体化政务服务和在线监管广泛普及 — the same year as the regional goal (到2025年)", "到2025年")
mnf(D, 24, "到2035年 goal equals the regional 到2035年 goal", "到2035年")
mnf(D, 21, "interim county goal 到2024年底, earlier than any regional goal", "到2024年底")
mnf(D, 22, "interim county goal 到2024年底 (外网、数据目录、网格), earlier than the regional 2025 goal", "到2024年底")
mnf(D, 115, "实施步骤: all tasks 2025年底前, equal to the regional 2025 horizon", "2025年底前")
mnf(D, 114, "实施步骤 phase 2023年12月—2025年6月, within the regional horizon", "2025年6月")
# deadlines: not invalid
mnf(I, 10, "background: 2022 results, a past date describing the situation, not a deadline", "2022年")
mnf(I, 6, "the notice's own issue date", "2023年10月16日")
mnf(I, 74, "2023年12月底前 lies in the year of issue, after the issue date", "2023年12月底前")
mnf(I, 118, "the office's own reporting dates (2023年11月30日前, 每年6月25日、12月10日前), in the year of issue or recurring", "2023年11月30日前")
mnf(I, 113, "实施步骤 phase 2023年10月—11月, the month of issue onward", "2023年10月")
mnf(I, 13, "“4·27”重要讲话 is the name of a speech, not a date to meet", "4·27")
mnf(I, 2, "the notice's own document number 融政办发〔2023〕58号", "融政办发〔2023〕58号")
# units
mnf(U, row(1), "prefix 县 distributes: 县统计局, 县财政局, 县工业和信息化局 are all in units.txt", "统计局")
mnf(U, row(4), "县市场监管局 is the listed short name of 县市场监督管理局; 司法局、发展改革局、大数据发展局 take the 县 prefix", "县市场监管局")
mnf(U, row(3), "县发改局 is a listed short name of 县发展改革局", "县发改局")
mnf(U, row(6), "各乡镇人民政府 is a collective subject; the 县 prefix does not distribute into it", "各乡镇人民政府")
mnf(U, row(27), "县直各部门（单位） is a collective subject", "县直各部门（单位）")
mnf(U, row(9), "县直有关部门 is a collective subject", "县直有关部门")
mnf(U, row(39), "中国电信融水分公司 / 中国移动融水分公司 are in units.txt (operators outside the government proper)", "中国电信融水分公司")
mnf(U, row(20), "柳州市融水生态环境局 is the county's environment bureau (a branch of the city bureau) and is in units.txt; it is a local body, not a regional one leading a local task", "柳州市融水生态环境局")
mnf(U, row(25), "县政府办 and 县大数据局 are listed short names", "县政府办")
mnf(U, row(5), "县人民法院, 县人民检察院 are in units.txt; 司法局、公安局 take the 县 prefix", "县人民法院")
mnf(U, row(18), "县文广体旅局 and 县卫健局 are listed short names", "县文广体旅局")
mnf(U, row(30), "县工信局 is a listed short name of 县工业和信息化局", "县工信局")
mnf(U, row(28), "县委保密办 is in units.txt", "县委保密办")
mnf(U, row(19), "县养老服务指导中心 is a facility named in the content column, not a responsible unit", "县养老服务指导中心")
mnf(U, 117, "县数字政府建设工作领导小组 and its 办公室 are bodies the plan itself sets up", "领导小组办公室")
mnf(U, 13, "柳州市委、市人民政府 are the higher-level authorities whose requirements are cited, not responsible units", "市人民政府")
mnf(U, 76, "prose list 县信访局、司法局、公安局: prefix distributes, all in units.txt", "县信访局")
mnf(U, 80, "县政务服务中心 is in units.txt; 乡镇便民服务中心 and 村（社区）便民服务站 are generic service points", "县政务服务中心")
# basis
mnf(B, 10, "retrospective mention of 国发〔2018〕27号 (国务院关于加快推进全国一体化在线政务服务平台建设的指导意见) in the background, not a basis document of this plan", "国发〔2018〕27号")
mnf(B, 9, "国发〔2022〕14号 is the correct number of 国务院关于加强数字政府建设的指导意见", "国发〔2022〕14号")
# pillars present
mnf(P, 0, "生态环境保护 is taken up: rows 20-22 (lines 47-49) and 三(三) (lines 86-89)")
mnf(P, 0, "政务公开 is taken up: row 26 (line 53) and line 95")
mnf(P, 0, "数字经济 is taken up: row 42 (line 69) and line 109")
mnf(P, 0, "数字社会 is taken up: row 43 (line 70) and lines 110-111 (智慧县城、数字乡村、数字普惠)")
mnf(P, 0, "制度规则 is taken up: rows 31-34 (lines 58-61) and lines 93-94")
mnf(P, 0, "党的领导 (组织领导、推进机制、数字素养、考核评估) is taken up in 五、保障措施 (lines 117-121) and row 44")
# garbled
mnf(G, row(41), "“天地图·广西” with a middle dot is the platform's real name, not damage", "天地图·广西")

covers_map = {1:[1], 2:[39], 3:[2], 4:[3], 5:[4], 6:[4], 7:[5], 8:[6], 9:[7], 10:[7], 11:[7], 12:[8], 13:[9],
  14:[10], 15:[11], 16:[12], 17:[13], 18:[14], 19:[15], 20:[16], 21:[17], 22:[18], 23:[19], 24:[20], 25:[21],
  26:[22], 27:[23], 28:[24,25], 29:[26], 30:[27], 31:[28], 32:[29], 33:[30], 34:[31,32], 35:[33], 36:[34],
  37:[35], 38:[36], 39:[37], 40:[38], 41:[39], 42:[41], 43:[42]}
covers = []
seen = set()
for r, tasks in covers_map.items():
    for t in tasks:
        if t in seen: continue
        seen.add(t)
        covers.append({"task": t, "line": row(r)})
covers.sort(key=lambda c: c["task"])

# checks
for e in expect + M:
    if e.get("line") and e.get("text"):
        assert e["text"] in L[e["line"]-1], (e, L[e["line"]-1][:60])
assert L[row(12)-1].startswith("12\t优化12345热线")
assert L[row(38)-1].startswith("38\t推进政务云")
assert L[row(29)-1].startswith("29\t提升安全保障能力")
assert L[row(41)-1].startswith("41\t推广共性应用")
assert "数字生态" not in "\n".join(L)
for c in covers: assert L[c["line"]-1].split("\t")[0].isdigit()

key = {
  "writer": "blind writer, round 761; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
  "notes": ("融水苗族自治县 2023 实施方案 (issued 2023-10-16): short notice, 总体要求, then the 44-row task table (lines 27-71, header on 27, "
            "row k on line 27+k; the table note on line 26 says the first-listed unit leads), then 主要措施 in prose, 实施步骤 and 保障措施. "
            "Regional task numbers count the paragraphs of the 广西 实施意见 that carry a (責任單位…完成時限…) note, in order of appearance, 1-43 "
            "(1 经济调节 … 8 12345热线 (2025年底), 9 智桂通 (2025年底), 22 政务公开 (2025年底), 3 一体化在线监管 (2025年底); all others 持續開展; "
            "task 23 (安全管理责任) names no 各市人民政府). The 广西 document's title is taken as 广西壮族自治区人民政府关于加强数字政府建设的实施意见. "
            "Task 40 (强化开放生态支撑能力) is not taken up either, without being planted; a task-uncovered notice for it is fair information. "
            "Row 44 (干部数字素养) follows section 八(三), which has no task note.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
