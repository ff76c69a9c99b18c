#!/usr/bin/env python3
# Builds key.json; every line number is found from draft.txt by a snippet and checked.
import json, pathlib
here = pathlib.Path(__file__).parent
L = (here / "draft.txt").read_text(encoding="utf-8").split("\n")
if L[-1] == "": L.pop()

def ln(snippet, nth=0):
    hits = [i + 1 for i, t in enumerate(L) if snippet in t]
    assert hits, snippet
    return hits[nth]

def at(line, text):
    assert text in L[line - 1], (line, text)
    return line

MOJI = "全面提升干部数字素养".encode("utf-8").decode("gbk")

expect = [
  {"rule": "basis-mismatch", "line": ln("宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71 is a transposed number that does not belong to this title"},
  {"rule": "deadline-later-than-baseline", "line": ln("到2026年底，全区数字政府建设“34567”"), "text": "2026年底",
   "why": "主要目标 goal '34567 体系框架全面成型' is due 到2025年 in 宁政发〔2023〕17号 (一、(二)主要目标); the district puts the same goal at 2026年底"},
  {"rule": "deadline-later-than-baseline", "line": ln("15.开展城域网升级改造"), "text": "2025年6月底前",
   "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展; 各市、县（区）具体负责) 完成时限 2024年 (also task 47, 2024年); the district row says 2025年6月底前"},
  {"rule": "deadline-invalid", "line": ln("35.完成区级政府网站"), "text": "2024.13.31",
   "why": "month 13 does not exist (hurried typing of 2024.12.31); the row takes up task 93 (适老化与信息无障碍建设), 完成时限 2024年"},
  {"rule": "unknown-unit", "line": ln("兴庆区审批服务管理局"), "text": "兴庆区审批服务管理局",
   "why": "a body of the neighbouring 兴庆区 copied into a 金凤区 row as lead; not in units.txt (the district's own body is 区审批服务管理局 / 区审批局)"},
  {"rule": "garbled-text", "line": ln(MOJI), "text": MOJI[:6],
   "why": "UTF-8 bytes of '全面提升干部数字素养' read as GBK (鍏ㄩ潰鎻愬崌骞查儴鏁板瓧绱犲吇); re-encoding as GBK and decoding as UTF-8 recovers it"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

# --- basis ---
nm("basis-mismatch", ln("(国发[2022]14号)"), "correct 文号 of 《国务院关于加强数字政府建设的指导意见》, only typed with half-width square brackets", "国发[2022]14号")
nm("basis-mismatch", ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan in the seeds); a correct extra basis outside the baseline", "宁政办发〔2023〕11号")
nm("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background paragraph ('印发以来'), not cited as a basis; title and 文号 match", "宁政办发〔2020〕14号")
nm("basis-mismatch", ln("金政办发〔2024〕12号"), "the document's own 文号 (the 区政府办 issuing notice), not a cited basis", "金政办发〔2024〕12号")
# --- dates that are not deadlines / not late ---
nm("deadline-invalid", ln("2023年底区级政务服务事项网上可办率"), "past dates (2022年, 2023年底) in the background paragraph, not deadlines", "2023年底")
nm("deadline-invalid", ln("2024年3月18日"), "issuing date of the notice", "2024年3月18日")
nm("deadline-later-than-baseline", ln("2025年1月15日前报送2024年度考核自评材料"), "the office's own reporting dates (quarterly 25日, 2024年12月10日, 2025年1月15日), not task deadlines", "2025年1月15日")
nm("deadline-later-than-baseline", ln("到2024年底，区级非涉密政务信息系统"), "goal equal to task 43 (2024 年建成，持续推进) and task 86 (2024年)", "2024年底")
nm("deadline-later-than-baseline", ln("到2035年，与政府治理能力现代化"), "2035 goal equal to the region's 到2035年 goal", "2035年")
nm("deadline-later-than-baseline", ln("1.加快推进金凤工业集中区"), "task 3 完成时限 持续推进，2025 年取得明显成效: equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", ln("2.强化政企协同"), "task 5 完成时限 持续推进，2025 年取得明显成效: equal (half-width comma)", "持续推进,2025年取得明显成效")
nm("deadline-later-than-baseline", ln("3.深入推进教育、健康"), "task 6 完成时限 持续推进，2025 年取得明显成效: 2025年 equal", "2025年")
nm("deadline-later-than-baseline", ln("7.推广应用全区行政许可"), "task 21 完成时限 2024年: hurried form 2024.12.31前 is equal", "2024.12.31前")
nm("deadline-later-than-baseline", ln("8.强化审管协同"), "task 22 完成时限 2025年: 2024年底前 is earlier", "2024年底前")
nm("deadline-later-than-baseline", ln("9.围绕重点领域"), "task 28 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal; a 2024 start in a plan issued in 2024 is not a late completion", "2024年启动，2025年取得明显成效")
nm("deadline-later-than-baseline", ln("10.对接全区统一的人口"), "task 33 完成时限 2024年: 2024年9月底前 is earlier", "2024年9月底前")
nm("deadline-later-than-baseline", ln("11.编制区级公共数据开放目录"), "task 41 完成时限 2024年: ISO-style 2024-06-30 is earlier", "2024-06-30")
nm("deadline-later-than-baseline", ln("14.推进区级非涉密政务信息系统"), "task 43 完成时限 2024 年建成，持续推进 (task 46: 2024年): 2024年10月底前 is earlier", "2024年10月底前完成迁移，持续推进")
nm("deadline-later-than-baseline", ln("16.推进非涉密业务专网"), "task 50 完成时限 2024年: two-digit year '24年6月底' = 2024年6月底, earlier", "24年6月底")
nm("deadline-later-than-baseline", ln("18.推进区级各类证照电子化"), "task 52 完成时限 2025年 (各类证照全部实现电子化，与实体证照同步制发和应用): 2024年底前 is earlier", "2024年底前")
nm("deadline-later-than-baseline", ln("19.完善业务系统电子文件归档"), "task 54 完成时限 2024年: 2024.12.31前 equal", "2024.12.31前")
nm("deadline-later-than-baseline", ln("21.各镇（街道）参照区级做法"), "task 64 完成时限 2025年: 2024年3月底前 is earlier", "2024年3月底前")
nm("deadline-later-than-baseline", ln("24.履行监管数据治理主体责任"), "task 73 完成时限 2024年: 2024-11-30 earlier", "2024-11-30")
nm("deadline-later-than-baseline", ln("26.持续推进“雪亮工程”"), "task 79 完成时限 2024年: 2024.12.31前 equal", "2024.12.31前")
nm("deadline-later-than-baseline", ln("28.实施“互联网+基层治理”"), "task 83 完成时限 2025年: 2025年6月底前 is earlier (same wording as the late row 15, but here the region allows 2025)", "2025年6月底前")
nm("deadline-later-than-baseline", ln("29.构建全时在线"), "task 84 完成时限 2024年: equal", "2024年")
nm("deadline-later-than-baseline", ln("30.迭代升级“我的宁夏”金凤专区"), "task 86 完成时限 2024年: 2024.10.31前 earlier", "2024.10.31前")
nm("deadline-later-than-baseline", ln("31.落实12345"), "task 87 完成时限 2023年启动，2025年完成: 2025年 equal", "2025年")
nm("deadline-later-than-baseline", ln("43.构建政务新媒体矩阵体系"), "task 114 完成时限 2024年: 24年6月底 earlier", "24年6月底")
nm("deadline-later-than-baseline", ln("45.将数字政府建设工作纳入“一把手工程”"), "task 116 完成时限 2023年完成并长期坚持: the district (plan issued 2024) keeps it 长期坚持, no later completion date", "长期坚持")
nm("deadline-invalid", ln("45.将数字政府建设工作纳入“一把手工程”"), "长期坚持 is an ongoing flag, not a date before the plan year", "长期坚持")
nm("deadline-later-than-baseline", ln("46.将数字政府建设纳入区效能目标管理考核"), "tasks 122/123 完成时限 2023 年完成，长期坚持: ongoing, no later date", "长期坚持")
nm("deadline-later-than-baseline", ln("3.完成时限为“持续推进”“长期坚持”的任务"), "the office's own yearly reporting date (每年12月20日前), not a task deadline", "12月20日前")
# --- units ---
nm("unknown-unit", ln("区 大数据中心配合"), "区大数据中心 with a stray space (hurried typing); listed in units.txt", "区 大数据中心")
nm("unknown-unit", ln("11.编制区级公共数据开放目录"), "区 大数据中心 with a stray space; listed in units.txt", "区 大数据中心")
nm("unknown-unit", ln("区 市场监管局牵头"), "区市场监管局 (short name of 区市场监督管理局) with a stray space", "区 市场监管局")
nm("unknown-unit", ln("区教育局、卫健局、人社局"), "prefix 区 distributes: 区卫健局, 区人社局, 区民政局, 区文旅局 are short names in units.txt", "卫健局")
nm("unknown-unit", ln("区发改局、工信商务局、统计局"), "prefix 区 distributes: 区工信商务局 and 区统计局; 区发改局 is a short name; first-listed leads (注1)", "工信商务局")
nm("unknown-unit", ln("区委网信办等有关部门配合"), "金凤公安分局 is the short name of 银川市公安局金凤区分局; '区委网信办等有关部门' is a listed unit plus a collective", "金凤公安分局")
nm("unknown-unit", ln("各街道办事处配合"), "collective subject", "各街道办事处")
nm("unknown-unit", ln("良田镇、丰登镇具体负责"), "short names of 良田镇人民政府 and 丰登镇人民政府 in units.txt", "良田镇")
nm("unknown-unit", ln("区直各部门(单位)及各镇(街道)"), "collectives written with half-width brackets", "各镇(街道)")
nm("unknown-unit", ln("各镇（街道）、各村（社区）具体负责"), "collective subjects", "各村（社区）")
nm("unknown-unit", ln("7.推广应用全区行政许可"), "区直有关部门（单位） is a collective; 区审批局 is the short name of 区审批服务管理局", "区直有关部门（单位）")
nm("unknown-unit", ln("金凤生态环境分局牵头"), "short names of 银川市生态环境局金凤分局 and 银川市自然资源局金凤分局 in units.txt", "金凤自然资源分局")
nm("unknown-unit", ln("金凤区消防救援大队"), "canonical name in units.txt", "金凤区消防救援大队")
nm("unknown-unit", ln("区委办、区委组织部"), "区委办 is the short name of 区委办公室", "区委办")
nm("unknown-unit", ln("9.围绕重点领域"), "no 牵头 written, but 注1 says the first-listed unit leads; all units are listed or collectives", "区政府办")
# --- text that is not garbled ---
nm("garbled-text", ln("管理决策等数字化、智能化"), "a line broken in the middle of a sentence (continues on the next line), not encoding damage")
nm("garbled-text", ln("形成全区政务数据“一本"), "line broken inside the word 一本账 (continues on the next line), not encoding damage")
nm("garbled-text", ln("运用数字技术开展基层"), "line broken mid-sentence ('基层 / 减负行动'), not encoding damage")
nm("garbled-text", ln("主要任务\t重点内容"), "mixed full-width/half-width punctuation across the table is hurried typing, not mojibake")
# --- pillars ---
nm("missing-pillar", ln("（三）构建智能集约的平台支撑体系"), "平台支撑 is present; its heading repeats the number （三） (should be （四）) — a numbering slip, not a missing pillar", "（三）构建智能集约的平台支撑体系")
nm("missing-pillar", ln("四、健全工作体系"), "五个一/六级贯通 taken up as the district's 工作体系 (健全组织机构, 厘清层级职责 '六级贯通', 完善工作机制)")
nm("missing-pillar", ln("（三）提升数字素养"), "数字素养 is present; only part of the paragraph is damaged")

covers = []
def cv(task, snippet):
    covers.append({"task": task, "line": ln(snippet)})
for t, s in [
  (3, "1.加快推进金凤工业集中区"), (5, "2.强化政企协同"), (6, "3.深入推进教育、健康"), (7, "深入推广国家智慧教育平台"),
  (8, "依托“互联网+医疗健康”推进"), (9, "4.配合银川市推进城市运行管理服务平台"), (10, "5.推进数字乡村建设"), (12, "6.配合培育数据要素市场"),
  (13, "营造规范有序的政策环境，引导依法开展数据交易"), (14, "强化安全管理责任。明确区直各部门"), (15, "强化安全管理责任。明确区直各部门"),
  (17, "落实安全制度要求。"), (18, "提升安全防护能力。建立健全动态监控"), (21, "7.推广应用全区行政许可"), (22, "8.强化审管协同"),
  (24, "创新建设管理机制。健全区级政务信息化"), (25, "（二）加大财政投入。"), (28, "9.围绕重点领域"), (30, "形成全区政务数据“一本"),
  (32, "完善数据管理机制。明确区直各部门"), (33, "10.对接全区统一的人口"), (36, "深化数据共享利用。落实政务数据供需对接机制"),
  (40, "13.强化电子公文管理职责"), (41, "11.编制区级公共数据开放目录"), (42, "12.推进供水、供电、供气"),
  (43, "14.推进区级非涉密政务信息系统"), (45, "将行业特色应用纳入全区一体化政务云平台"), (48, "15.开展城域网升级改造"),
  (49, "17.依托全区统一的视频共享平台"), (50, "16.推进非涉密业务专网"), (51, "推广应用全区统一身份认证"),
  (52, "18.推进区级各类证照电子化"), (54, "19.完善业务系统电子文件归档"), (56, "20.推进教育收费、医疗收费"),
  (64, "21.各镇（街道）参照区级做法"), (65, "（一）提升科学精准的经济调节能力。加强人口"), (66, "22.对接宁夏经济运行大数据平台"),
  (68, "提升监管精准化水平。落实监管事项目录"), (70, "提升监管精准化水平。落实监管事项目录"), (71, "23.对食品药品"),
  (72, "全面对接宁夏“互联网+监管”系统"), (73, "24.履行监管数据治理主体责任"), (74, "充分运用非现场、视频图像、物联感知等新型监管手段"),
  (77, "25.推广应用全区矛盾纠纷"), (79, "26.持续推进“雪亮工程”"), (80, "27.推进“智慧应急”建设"), (83, "28.实施“互联网+基层治理”"),
  (84, "29.构建全时在线"), (85, "推行政务服务事项“集成办”“免证办”"), (86, "30.迭代升级“我的宁夏”金凤专区"), (87, "31.落实12345"),
  (88, "以数字技术助推“证照分离”改革"), (89, "32.依托全区一体化政务服务平台"), (90, "33.推进图书馆"), (92, "34.配合银川市探索"),
  (93, "35.完成区级政府网站"), (95, "36.强化大气、水、土壤"), (96, "37.深化“互联网+城乡供水”"), (102, "推进水、气、土、废污染防治攻坚战"),
  (103, "提升辅助决策能力。统筹推进决策信息资源系统"), (104, "38.全面使用全区统一的协同办公平台"), (105, "39.推广“宁政通”"),
  (106, "40.推广全区统一的填表报数系统"), (107, "统筹整合非涉密视频会议系统资源"), (109, "优化完善“互联网+督查”机制"),
  (111, "41.整合区级机关事务管理信息系统"), (112, "42.进一步完善各类政务公开信息化平台"), (114, "43.构建政务新媒体矩阵体系"),
  (115, "44.畅通政府网站"), (116, "45.将数字政府建设工作纳入“一把手工程”"), (122, "46.将数字政府建设纳入区效能目标管理考核"),
  (123, "46.将数字政府建设纳入区效能目标管理考核"), (124, "（四）强化考核评价。"),
]:
    cv(t, s)

key = {
  "writer": "blind writer, round 740; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("金凤区 (银川市) district plan issued 2024-03-18, typed in a hurry: mixed full/half-width punctuation, dates as 2024.12.31前 / 2024-06-30 / 24年6月底, "
            "stray spaces inside unit names (区 大数据中心, 区 市场监管局), heading （三） repeated for 平台支撑 (line %d), three lines broken mid-sentence (lines %d, %d, %d). "
            "No parent plan (the 银川市 plan is not supplied; the draft cites it by no title). '全区' in this draft means the whole of 金凤区 (注2), not the autonomous region. "
            "Six planted slips: wrong 文号 for the regional 实施意见, a late 主要目标 goal, a late task row, an impossible month, a neighbouring district's unit, one mojibake run. "
            "No task was deliberately left out, so no task-uncovered is expected; many regional-only tasks are simply not for a district.")
            % (ln("（三）构建智能集约的平台支撑体系"), ln("管理决策等数字化、智能化"), ln("形成全区政务数据“一本"), ln("运用数字技术开展基层")),
}
(here / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(expect), len(M), len(covers))
for e in expect: print(e["rule"], e["line"], e["text"])
