#!/usr/bin/python3
# Writes key.json; every line number is looked up in the final draft.txt (1-based).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')

def ln(anchor, nth=1, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) >= nth, (anchor, hits)
    n = hits[nth - 1]
    if text is not None:
        assert text in L[n - 1], (text, n, L[n - 1])
    return n

def only(anchor):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": only("自治区人民政府关于加快推进数字政府建设的实施意见"),
  "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
  "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft's title says 加快推进 for 加强 (a drafting slip, not OCR: no look-alike characters; the 【】 around its 文号 are OCR noise)"},
 {"rule": "deadline-later-than-baseline", "line": ln("具体负责；完成时限：2025年6月底前"), "text": "2025年6月底前",
  "why": "县、乡、村三级电子政务外网全覆盖 / 城域网升级改造 is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (task 47, 外网升级改造, also 2024年)"},
 {"rule": "deadline-later-than-baseline", "line": ln("县民政局负责；完成时限：2025年底前"), "text": "2025年底前",
  "why": "政府网站、政务服务场所、政务移动端适老化与信息无障碍改造 is task 93, 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": only("2024年13月底前"), "text": "13月",
  "why": "impossible month (typed 13 for 12); the task (112, 政务公开平台, 2024年) is otherwise on time. Not OCR: 2/3 are not a look-alike pair and the rest of the line is clean"},
 {"rule": "unknown-unit", "line": only("县电子政务办公室"), "text": "县电子政务办公室",
  "why": "not in units.txt: an old office name copied from earlier documents; the lead for 协同办公/宁政通 today is 县大数据服务中心 or 县政府办公室"},
 {"rule": "garbled-text", "line": only("鎻愬崌鏁板瓧绱犲吇"), "text": "鎻愬崌鏁板瓧绱犲吇",
  "why": "UTF-8 bytes of 提升数字素养。 read as GBK (mojibake pasted into the printed original; OCR copied it faithfully). Encoding damage, not OCR noise"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# --- basis documents ---
nm("basis-mismatch", only("国发[2O22]l4号"), "OCR of （国发〔2022〕14号）: [] for 〔〕, letter O for 0, l for 1; title and number are right", "国发[2O22]l4号")
nm("basis-mismatch", only("宁政办发[2023]ll号"), "OCR of 宁政办发〔2023〕11号, the real number of 《数字宁夏“1244+N”行动计划实施方案》 (cited the same way by the 吴忠 plan)", "宁政办发[2023]ll号")
nm("basis-mismatch", only("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in 发展基础, not a basis document", "宁政办发〔2020〕14号")
nm("basis-mismatch", only("海政发[2024]3l号"), "the plan's own 文号 (海政发〔2024〕31号) in OCR form", "海政发[2024]3l号")
nm("basis-mismatch", ln("《海原县加强数字政府建设实施方案》"), "the plan's own title in the 印发 notice, not a cited basis", "海原县加强数字政府建设实施方案")

# --- dates that are not deadlines / are on time ---
nm("deadline-invalid", only("2024年7月18曰"), "issue date; 曰 is OCR for 日", "2024年7月18曰")
nm("deadline-invalid", only("2024年7月12日"), "date of the 常务会议 that approved the plan, in the past by design", "2024年7月12日")
nm("deadline-invalid", only("2021年建成"), "background: 2021年 / 2022年 are past achievements in 发展基础", "2021年")
nm("deadline-invalid", only("截至2023年底"), "background statistic, past by design", "截至2023年底")
nm("deadline-invalid", only("2023年形成机制，长期坚持"), "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan's year; equal to the baseline", "2023年形成机制，长期坚持")
nm("deadline-invalid", only("我县已于2023年12月"), "retrospective: the data census (task 30, 2023年) was done in 2023年12月", "2023年12月")
nm("deadline-later-than-baseline", only("到2O25年"), "主要目标 到2025年 (letter O for 0), same year as the region's 到2025年 goal", "到2O25年")
nm("deadline-later-than-baseline", only("到2024年底"), "goal: 信创云迁移 (task 43, 2024年建成) and 我的宁夏 应上尽上 (task 86, 2024年) by 2024年底 — equal", "到2024年底")
nm("deadline-later-than-baseline", only("到2035年"), "2035 vision, equal to the region's 到2035年", "到2035年")
nm("deadline-later-than-baseline", ln("县农业农村局负责；完成时限：2024年底前"), "肉牛产业 digitalisation; nearest task 2 (2023年启动，2024年取得明显成效): 2024年底前 is equal", "2024年底前")
nm("deadline-later-than-baseline", only("2025年底前取得明显成效"), "tasks 1, 3, 5: 持续推进，2025年取得明显成效 — equal", "2025年底前取得明显成效")
nm("deadline-later-than-baseline", only("持续推进，2025年取得明显成效"), "tasks 6, 7, 8, 10, 11 complete in 2025 — equal", "持续推进，2025年取得明显成效")
nm("deadline-later-than-baseline", ln("局、县委网信办按职责分工负责；完成时限：2025年底前"), "task 12 (数据要素市场): 2025年 — equal", "2025年底前")
nm("deadline-later-than-baseline", ln("配合；完成时限：2024年底前）", 1, "2024年底前"), "note of the 数据资源 item: tasks 40 and 42 are due 2024年 — equal; task 30 (2023年) is reported as done in 2023年12月, not re-scheduled", "2024年底前")
nm("deadline-later-than-baseline", L.index("完成时限：2024年底前）") + 1, "note of the 制度规则 item, split from its units by the page footer and header: tasks 21 and 23 (2024年) equal; 22 and 28 (2025年) are due later, so the county is earlier", "2024年底前")
nm("deadline-later-than-baseline", only("2023年形成机制，长期坚持"), "tasks 14, 15, 17 (2023年) and 18 (2023年形成机制，长期坚持) — equal", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", only("2024年11月底前"), "task 43 (政务信创云迁移): 2024年建成 — earlier", "2024年11月底前")
nm("deadline-later-than-baseline", ln("服务中心牵头，县直有关部门配合；完成时限：2024年底前"), "task 50 (专网整合迁移): 2024年 — equal", "2024年底前")
nm("deadline-later-than-baseline", ln("2025年6月底前）。推进教育收费"), "task 49 (视频一张网): 2025年 — earlier; same text as the late one on the 外网 line", "2025年6月底前")
nm("deadline-later-than-baseline", only("2024 年底前"), "tasks 53/54 (电子印章, 电子档案): 2024年 — equal; the space is OCR", "2024 年底前")
nm("deadline-later-than-baseline", only("2024年9月底前"), "task 64 (各地参照自治区成立组织机构): 2025年 — earlier. Not task 60 (自治区领导小组, 自治区政府办公厅负责, 2023年)", "2024年9月底前")
nm("deadline-later-than-baseline", only("2O24年底前"), "tasks 70/71: 2024年 — equal; O for 0 is OCR", "2O24年底前")
nm("deadline-later-than-baseline", only("2O24年l2月底前"), "task 77: 2024年 — equal; 2O24 / l2 are OCR", "2O24年l2月底前")
nm("deadline-later-than-baseline", only("完成时限：2025年）"), "task 96 (互联网+城乡供水): 2025年 — equal", "2025年")
nm("deadline-later-than-baseline", only("各乡镇人民政府配合；完成时限：2025年6月底前"), "task 106 (填表报数): 2025年 — earlier", "2025年6月底前")
nm("deadline-later-than-baseline", ln("县机关事务服务中心负责；完成时限：2025年底前"), "tasks 107/111: 2025年 — equal", "2025年底前")
nm("deadline-invalid", only("每季度末月25日前"), "the office's own reporting date, not a task deadline", "每季度末月25日前")
nm("deadline-invalid", only("I2月10日前"), "annual reporting dates (I for 1 is OCR)", "每年6月25日、I2月10日前")
nm("deadline-invalid", only("2024年7月19日印发"), "版记 printing date of the 县政府办公室", "2024年7月19日印发")

# --- units ---
nm("unknown-unit", only("县市场监督管埋局"), "OCR: 埋 for 理 — 县市场监督管理局 is in units.txt", "县市场监督管埋局")
nm("unknown-unit", only("县审批服务 管理局"), "OCR space inside 县审批服务管理局", "县审批服务 管理局")
nm("unknown-unit", ln("全面完成电子政务外网lPv6改造（责任单位：县大数据"), "县大数据 / 服务中心 split over a printed line (next line): 县大数据服务中心", "县大数据")
nm("unknown-unit", only("中国电信海原分公司"), "operator listed in units.txt (outside the government proper)", "中国电信海原分公司")
nm("unknown-unit", only("市生态环境局海原分局"), "the city bureau's county branch, in units.txt", "市生态环境局海原分局")
nm("unknown-unit", only("在自治区政府办公厅统筹下"), "a regional unit mentioned as the overall coordinator, not named as lead of the local task (the note names 县大数据服务中心)", "自治区政府办公厅")
nm("unknown-unit", ln("县委网信办牵头，县公安局"), "collective subject 县直各部门（单位）", "县直各部门（单位）")
nm("unknown-unit", only("县直有关部门配合"), "collective subject", "县直有关部门")
nm("unknown-unit", ln("各乡镇人民政府具体负责；完成时限：2025年6月底前"), "collective subject 各乡镇人民政府", "各乡镇人民政府")
nm("unknown-unit", ln("县公安局、县应急管理局按职责分工负责"), "the note's unit list continues after the page footer and the running header 海原县人民政府文件 (previous lines), which is not a unit", "县公安局")
nm("unknown-unit", only("县政府各部门、各直属机构"), "addressees of the 印发 notice: collectives", "县政府各部门")
nm("unknown-unit", only("县供销社"), "alias of 县供销合作社联合社 in units.txt", "县供销社")
nm("unknown-unit", only("抄送："), "抄送 recipients (县人大常委会办公室, 县法院…) are not responsible units", "县人大常委会办公室")

# --- OCR damage that is not encoding damage ---
nm("garbled-text", only("数 字 政 府"), "OCR spaces between characters, not mojibake", "数 字 政 府")
nm("garbled-text", only("0A系统"), "OCR digit 0 for letter O (OA系统)", "0A系统")
nm("garbled-text", only("凡末经会商"), "OCR look-alike 末 for 未", "末经")
nm("garbled-text", only("己经"), "OCR look-alike 己 for 已", "己经")
nm("garbled-text", only("全县千部"), "OCR look-alike 千 for 干", "千部")
nm("garbled-text", only("lPv6"), "OCR l for I (IPv6)", "lPv6")
nm("garbled-text", only("l2345"), "OCR l for 1 (12345热线)", "l2345")

# --- pillars ---
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "covered at line %d: the heading is mojibake but the paragraph (党校培训, 人才引进, 宣传引导) is there" % ln("鎻愬崌鏁板瓧绱犲吇")})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "section 四 (line %d, heading with an OCR space): 参照自治区“五个一”工作体系，成立相应的组织机构 / 领导小组 / 工作机制" % only("四、健全 工作体系")})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "section 四 (二) 厘清层级职责, line %d: 自治区、市、县、乡、村同国家层面“六级贯通”" % only("（二）厘清层级职责")})
nm("deadline-invalid", only("2O24年底前"), "OCR 2O24 = 2024, the plan's own year (not 24年 or an earlier year)", "2O24年底前")
nm("deadline-invalid", only("2O24年l2月底前"), "OCR 2O24年l2月 = 2024年12月, a valid date", "2O24年l2月底前")
nm("deadline-invalid", only("到2O25年"), "OCR 2O25 = 2025", "到2O25年")

covers_src = [
 (1, "枢纽节点宁夏枢纽"), (3, "“智慧园"), (5, "创新以网"), (6, "推动教育、健康、就业"),
 (7, "国家智慧教育平台"), (8, "“互联网+医疗健康”"), (10, "推进数字乡村建设"), (11, "“数字供销”"),
 (12, "培育数据要素市场"), (14, "体责任、监督责任"), (15, "安全评估、责任落实"), (17, "数据分类分级保护"),
 (18, "动态监控、主动防御"), (21, "行政权力事项网上运行"), (22, "强化审管协同"), (23, "一体化数字资源管理系统"),
 (28, "数字政府试点"), (30, "首轮政务数据资源"), (32, "数据管理机构"), (42, "供水、供电、供气"),
 (40, "规范电子公文"), (43, "政务信创云迁移，做到"), (48, "三级电子政务外网全覆盖"), (50, "向电子政务外网整合迁移"),
 (49, "“视频一张网”"), (56, "非税收入收缴电子化"), (53, "统一电子印章系统"), (54, "档和电子档案管理"),
 (64, "成立相应的组织机构"), (24, "项目会商机制"), (66, "经济运行大数据平台"), (70, "差异化监管"),
 (71, "全链条数字化追溯监管"), (77, "矛盾纠纷多元化解"), (79, "“雪亮工程”"), (80, "“智慧应急”"),
 (83, "实施“互联"), (84, "“一网通办”"), (86, "海原专区，实现县乡"), (89, "惠企政策精准推送"),
 (90, "公共场馆数字化"), (93, "适老化与信息无"), (96, "“互联网+城乡供水”"), (94, "生态环境数据资源中心"),
 (98, "“智慧林草”"), (103, "驾驶舱"), (104, "协同办公平台"), (105, "移动办公（责任单位"),
 (106, "填表报数系统"), (107, "视频会议系统"), (111, "机关事务管理信息系统"), (112, "政务公开专栏"),
 (114, "政务新媒体矩阵"), (115, "畅通政民互动渠道"), (116, "“一把"), (25, "年度财政预算"),
 (118, "县委党校干部教育培训"), (122, "效能目标管理考核"), (123, "综合考核评价"), (124, "容错和奖惩机制"),
]
covers = [{"task": t, "line": only(a)} for t, a in covers_src]

key = {
 "writer": "blind writer, round 258; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": (
  "中卫市海原县 数字政府 实施方案 (海政发〔2024〕31号, 2024-07-18) implementing 宁政发〔2023〕17号, as text from an OCR of the printed copy. "
  "OCR noise (NOT mistakes): lines broken at the printed line width mid-sentence (incl. 县大数据/服务中心 over lines 91-92 and a note split by the page footer and running header at lines 126-129 and 75-78); "
  "page footers '— n —' and the running header 海原县人民政府文件 inside paragraphs; spaces inside words (数 字 政 府, 县审批服务 管理局, 2024 年底前, 健全 工作体系); "
  "O for 0 (2O22, 2O24, 2O25) and 0 for O (0A系统); l or I for 1 (3l号, l4号, ll号, l2月, l2345, I2月) and l for I (lPv6); 〔〕 read as [] or 【】; look-alike characters 己/已, 曰/日, 埋/理, 末/未, 千/干. "
  "Planted MISTAKES (not OCR): the wrong title 加快推进 for 加强 of 宁政发〔2023〕17号 (line 14); the 外网 county-township-village coverage due 2025年6月底前 vs task 48's 2024年; "
  "适老化 due 2025年底前 vs task 93's 2024年; the impossible 2024年13月底前; the obsolete unit 县电子政务办公室; and the mojibake heading 鎻愬崌鏁板瓧绱犲吇銆? (UTF-8 read as GBK — encoding damage, which is not OCR noise). "
  "Tasks whose regional deadline is 2023 are either given no county deadline, described as already done (task 30, 2023年12月), or carry the copied regional 2023 deadline (task 18). "
  "No parent plan: the 中卫 city plan is not cited. task-uncovered is not annotated beyond covers; county-relevant tasks not taken up include 41, 55, 57, 58, 72-75, 85, 88.")
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['line'], e['rule'], e.get('text'), '|', L[e['line']-1])
