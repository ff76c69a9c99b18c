# Helper kept in the case folder: builds key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(s, start=1):
    hits = [i for i, l in enumerate(L, 1) if s in l and i >= start]
    assert hits, s
    return hits[0]

expect = [
  {"rule": "basis-mismatch", "line": ln("桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
   "why": "the 广西 实施意见《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; digits transposed"},
  {"rule": "deadline-later-than-baseline", "line": ln("完成时限：2026年底"), "text": "2026年底",
   "why": "智桂通 task = regional task 9 (持续完善“智桂通”移动开放生态体系, line 65 of the seed), 完成时限 2025年底; also beyond the plan's own 2023–2025 period"},
  {"rule": "unknown-unit", "line": ln("市卫计局"), "text": "市卫计局",
   "why": "old name (卫生和计划生育局, abolished in the 2019 reform); not in units.txt, which lists 平果市卫生健康局 = 市卫生健康局, 市卫健局; it is also the first-listed (lead) unit"},
  {"rule": "deadline-invalid", "line": ln("2022年12月底前"), "text": "2022年12月底前",
   "why": "deadline before the plan's own year (issued 2023-05-26); row 4 of the 2023 task table, meant 2023年12月底前 (cf. 主要目标 line 21 and the inline note of regional task 37, 持续开展)"},
  {"rule": "garbled-text", "line": ln("鏁版嵁鍏变韩浜ゆ崲"), "text": "鏁版嵁鍏变韩浜ゆ崲",
   "why": "UTF-8 read as GBK: re-encode as GBK, decode as UTF-8 gives 数据共享交换 (自治区数据共享交换平台)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
   "why": "section 七 takes up only 数字经济 and 数字社会; nothing on 营造良好数字生态 (数据要素市场规则、数据产权、数据交易、数据要素应用场景) anywhere; 指导思想 also names only 数字经济、数字社会"},
  {"rule": "task-uncovered", "line": 0, "task": 43,
   "why": "regional task 43 (七（三）营造良好数字生态, 各市人民政府, 持续开展) deliberately left out with the 数字生态 pillar"},
]

M = []
def mnf(rule, s, why, text=True, start=1):
    e = {"rule": rule, "line": ln(s, start)}
    if text is True: e["text"] = s
    elif text: e["text"] = text
    e["why"] = why
    M.append(e)

mnf("basis-mismatch", "平政办发〔2023〕21号", "the office's own 文号 for this notice, not a basis citation")
mnf("basis-mismatch", "《平果市加强数字政府建设实施方案》", "the plan's own title in the covering notice, not a basis document")
mnf("basis-mismatch", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
mnf("basis-mismatch", "国发〔2016〕55号", "retrospective mention in 发展基础 of an older, different real document (国务院关于加快推进“互联网+政务服务”工作的指导意见, 国发〔2016〕55号); its real title says 加快推进, and it is not cited as the basis")
mnf("basis-mismatch", "国务院令第716号", "retrospective mention of 《国务院关于在线政务服务的若干规定》 (国务院令第716号, 2019), correct and not a basis citation")
mnf("deadline-invalid", "截至2022年底", "past date in the 发展基础 background (a statistic), not a deadline; same line also has 2021年")
mnf("deadline-invalid", "2023年5月26日", "the document's own issue date")
mnf("deadline-later-than-baseline", "到2023年底，全市数字政府建设统筹协调机制", "local interim goal for 2023; the regional 主要目标 has no 2023 goal and its framework goal is 到2025年", text="到2023年底")
mnf("deadline-later-than-baseline", "到2025年，与政府治理能力现代化相适应", "same as the regional 主要目标 (到2025年 … 数字政府体系框架基本形成)", text="到2025年")
mnf("deadline-later-than-baseline", "到2035年，整体协同", "same as the regional 2035 goal (到2035年 … 广西数字政府基本建成)", text="到2035年")
mnf("deadline-later-than-baseline", "完成时限：2024年底）", text="2024年底", why="互联网+监管 = regional task 3, 完成时限 2025年底; 2024年底 is earlier")
mnf("deadline-later-than-baseline", "2023年底前完成市综治中心平台升级，持续开展", "数字化网格治理 = regional task 4, 完成时限 持续开展; a dated local milestone plus ongoing work is not later")
mnf("deadline-later-than-baseline", "热线联动", "12345热线 = regional task 8, 完成时限 2025年底; the note says 2025年底, equal", text="2025年底")
mnf("deadline-later-than-baseline", "2025年12月底前", "政务公开 = regional task 22, 完成时限 2025年底; 2025年12月底前 is the same date written differently")
mnf("deadline-later-than-baseline", "2024年底前形成试点经验，持续推广", "试点示范 = regional task 32, 完成时限 持续开展; local milestone 2024 plus ongoing")
mnf("deadline-later-than-baseline", "确保到2025年底完成各项目标任务", "实施步骤: equal to the regional 2025 goal")
mnf("deadline-invalid", "2023年5月—6月", "实施步骤 phase starting in the issue month of 2023; not before the plan's year", text=True)
mnf("deadline-invalid", "每季度末月25日前", "the office's own reporting dates (季度、年度报送), not task deadlines; same line 每年12月10日前")
mnf("deadline-later-than-baseline", "2023年10月底前", "task-table row 2 = regional task 3 (2025年底); earlier")
mnf("deadline-later-than-baseline", "推进部门自建政务服务热线归并至12345热线", "task-table row 3 = regional task 8 (2025年底); 2023年12月底前 is earlier", text="2023年12月底前")
mnf("deadline-later-than-baseline", "开展政府网站和政务新媒体常态化检查", "task-table row 5 = regional task 22 (2025年底); 2023年12月底前 is earlier", text="2023年12月底前")
mnf("deadline-later-than-baseline", "推动本地高频服务应用接入“智桂通”平果专区", "task-table row 9 = regional task 9 (2025年底); 2023年12月底前 is an earlier milestone (only the inline 2026年底 on line 39 is late)", text="2023年12月底前")
mnf("deadline-invalid", "2024年12月底前", "task-table row 10, a valid date after the plan's year; regional task 32 is 持续开展", start=121)
mnf("unknown-unit", "各乡镇人民政府，市直各部门，各有关单位", "collective addressees")
mnf("unknown-unit", "市发展改革局、统计局、大数据发展局", "prefix 市 distributes: 市统计局, 市大数据发展局, both in units.txt")
mnf("unknown-unit", "市直有关部门", "collective subject", start=30)
mnf("unknown-unit", "市人民法院，市人民检察院", "in units.txt (平果市人民法院 = 市人民法院; 平果市人民检察院 = 市人民检察院); 市信访局、公安局… by prefix distribution")
mnf("unknown-unit", "平果市气象局、平果市消防救援大队", "vertically managed local bodies listed in units.txt")
mnf("unknown-unit", "市残联", "official short name of 平果市残疾人联合会 in units.txt; 市场监管局 after 市行政审批局、… takes the 市 prefix = 市市场监管局")
mnf("unknown-unit", "市人社局", "short name of 平果市人力资源和社会保障局 listed in units.txt")
mnf("unknown-unit", "百色市平果生态环境局", "the local environment bureau's real name (vertically managed under 百色); listed whole in units.txt, not a 百色市 body and not to be split")
mnf("unknown-unit", "市委网信办、保密办", "prefix 市委 distributes: 市委保密办 in units.txt")
mnf("unknown-unit", "市发改局", "colloquial alias of 平果市发展和改革局 listed in units.txt")
mnf("unknown-unit", "马头镇、新安镇人民政府", "两个乡镇人民政府 with a shared suffix; 马头镇 is an alias of 马头镇人民政府 in units.txt", start=70)
mnf("unknown-unit", "市税务局", "short name of 国家税务总局平果市税务局 in units.txt; 市档案馆 also listed")
mnf("unknown-unit", "平果工业区管委会", "short name of 广西平果工业区管理委员会 in units.txt")
mnf("unknown-unit", "市委网信办，市公安局、大数据发展局，市直各部门", "comma switches the prefix: 市公安局, 市大数据发展局; 市直各部门 is collective")
mnf("unknown-unit", "领导小组办公室设在市大数据发展局", "the leading group and its office are body-text arrangements, not a responsible unit in a task note")
mnf("unknown-unit", "市委组织部、市委党校、市大数据发展局", "task-table row 8; all in units.txt (市委党校 = 中共平果市委员会党校)")
mnf("garbled-text", "4·27", "the middle dot of 视察广西“4·27”重要讲话 is normal text, not damage (also 天地图·广西 on line 92)")
mnf("garbled-text", "(责任单位:市住房城乡建设局。完成时限:持续开展)", "half-width brackets and colons in one note are ordinary formatting, not encoding damage; the note's unit and 持续开展 (task 13) are fine")
M.append({"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "九、保障措施 takes up 组织领导 (line 105), 推进机制 (107), 数字素养 (111), 考核评估 (113) of the regional 八、加强党对数字政府建设工作的领导"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字社会", "why": "七（二）引领数字社会建设 (lines 97–98): 智慧城市、一网统管、数字乡村"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字经济", "why": "七（一）助推数字经济发展 (lines 95–96)"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "all 七个能力 are under 二 (经济调节 26, 市场监管 28, 社会管理 31, 公共服务 35, 生态环境保护 45, 政务运行 49, 政务公开 53); the four supports are 三–六 (安全保障 55, 制度规则 67, 数据资源 77, 平台支撑 85)"})

covers_src = {
 1: "铝产业、新能源、现代农业等重点产业", 2: "运用多源数据为市场主体精准", 3: "大力推行“互联网+监管”。", 4: "推进数字化网格治理。",
 5: "推进社会治安防控体系智能化。", 6: "推进智慧应急建设。", 7: "打造泛在可及的政务服务体系。", 8: "优化12345政务服务便民热线。",
 9: "推进“智桂通”本地应用建设。", 10: "推动智慧教育发展。", 11: "推动智慧人社服务。", 12: "推动智慧医疗和智慧康养服务。",
 13: "推动智慧工地监管。", 14: "推动智慧体育服务。", 15: "推进智慧养老服务体系建设", 16: "提升生态环保协同治理能力。",
 17: "提高自然资源利用效率。", 18: "推动绿色低碳转型。", 19: "提升辅助决策能力。", 20: "提升行政执行能力。", 21: "提升行政监督水平。",
 22: "建设分类分级、集中统一、动态更新的政策文件库", 23: "建立健全数字政府安全工作协调机制", 24: "建立健全数据分类分级保护、风险评估等制度",
 25: "建立健全数据安全监管责任体系", 26: "对接电子政务外网安全态势感知平台", 27: "强化安全可靠技术和产品应用",
 28: "推进体制机制改革与数字技术应用深度融合", 29: "建立全市政务信息化项目统筹管理机制", 30: "严格执行数字政府建设相关法律法规",
 31: "国家、自治区标准规范", 32: "选择基础较好的乡镇开展基层数字化应用试点", 33: "明确各部门数据归集、共享、开放",
 34: "实行“一数一源一标准”", 35: "编制本级公共数据开放目录", 36: "依托自治区政务云资源", 37: "加快电子政务外网IPv6改造",
 39: "推广应用自治区统一身份认证、电子证照", 41: "推动铝产业、新能源材料等主导产业数字化转型", 42: "推进智慧城市建设，推动城市公共基础设施",
}
covers = [{"task": t, "line": ln(s)} for t, s in sorted(covers_src.items())]

key = {
 "writer": "blind writer, round 642; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("Regional task numbers are the 43 inline-noted paragraphs of the 广西 实施意见 (guangxi-2022-shishi-yijian.txt) counted in order, "
           "1 = 二（一） 经济调节 … 43 = 七（三） 营造良好数字生态; only tasks 3, 8, 9, 22 carry 2025年底, the rest 持续开展 (task 23 names no 各市人民政府). "
           "The plan is a county-level city's (平果市, under 百色市) with no parent plan; units are city-level bodies in units.txt. "
           "Task 38 (智能算法库、智能模型库) is only mentioned in passing on line 92 and task 40 (开放生态支撑平台) is not taken up; neither is claimed in covers nor planted. "
           "The task table's first-listed unit is its lead (note on line 119).")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)

# checks
for e in expect + M:
    if e["line"]:
        t = e.get("text")
        if t: assert t in L[e["line"] - 1], e
for c in covers: assert 1 <= c["line"] <= len(L)
print(len(L), "lines;", len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
for e in expect + M: print(e["rule"], e["line"], e.get("text", e.get("pillar", e.get("task"))))
for c in covers: print(c)
