# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def line_of(s, start=1):
    hits = [i for i, l in enumerate(L, 1) if s in l and i >= start]
    assert hits, s
    return hits[0]

expect = [
    {"rule": "deadline-later-than-baseline", "line": line_of("到2024年底，全县数字政府工作体系"), "text": "2024年底",
     "why": "主要目标: the 吴忠 plan (parent) sets 到2023年底 for 数字政府工作体系更加科学规范; the draft moves the same goal to 2024年底. Not later than the region: regional task 64 (各地参照自治区做法成立相应的组织机构，健全工作体制机制) 完成时限 2025年, and the regional 2025 goal 工作体制逐步健全. Late against the parent plan only."},
    {"rule": "deadline-later-than-baseline", "line": line_of("适老化与信息无障碍建设。\t"), "text": "2025年底",
     "why": "task row 21 = regional task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": line_of("20244年"), "text": "20244年",
     "why": "impossible year (typo for 2024年); task row 25 = regional task 104 (协同办公平台), 完成时限 2024年"},
    {"rule": "unknown-unit", "line": line_of("县经信局"), "text": "县经信局",
     "why": "not in units.txt: the old 经济和信息化局 was merged into 县工业信息化和商务局 (县工信商务局); task row 14 = regional task 66 (2025年)"},
    {"rule": "unknown-unit", "line": line_of("自治区政府办公厅牵头，县政府办公室"), "text": "自治区政府办公厅",
     "why": "a regional body named as the lead (牵头) of a county task row (row 26 = regional task 105, 宁政通), copied from the regional task list"},
    {"rule": "basis-mismatch", "line": line_of("关于加快推进数字政府建设的实施意见"), "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
     "why": "wrong title: 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》 (加快推进 for 加强)"},
]

def nm(rule, anchor, why, text=None, line=None):
    d = {"rule": rule, "line": line if line is not None else line_of(anchor)}
    if text is not None:
        d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
MP = "missing-pillar"
mustNot = [
    nm(DL, "到2025年，全县数字政府建设全面融入", "equal to the 吴忠 plan's 到2025年 (1347 框架全面成型) and the region's 到2025年 (34567 全面成型)", "到2025年"),
    nm(DL, "到2035年，与政府治理能力", "equal to the 吴忠 plan's and the region's 到2035年 goal (数字政府全面建成)", "到2035年"),
    nm(DL, "2024年6月底前", "row 1 = regional task 64 (成立相应的组织机构), 完成时限 2025年; earlier is fine", "2024年6月底前"),
    nm(DL, "2024年取得明显成效\n".strip(), "row 2 = regional task 2 (产业云), 完成时限 2023年启动，2024年取得明显成效; equal", "2024年取得明显成效", line=line_of("围绕滩羊全产业链")),
    nm(DL, "盐池工业园区“智慧园区”建设", "row 3 = regional task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效; equal", "持续推进，2025年取得明显成效"),
    nm(DL, "推进数字乡村建设，补齐乡村", "row 4 = regional task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效; 2025年 is equal", "2025年"),
    nm(DL, "2023年形成机制，长期坚持", "row 5 = regional task 18 (安全技术保障体系), 完成时限 2023年形成机制，长期坚持; copied verbatim, equal", "2023年形成机制，长期坚持"),
    nm(DI, "2023年形成机制，长期坚持", "a copied regional deadline (task 18) that lies before the plan's year 2024, with 长期坚持; not an impossible or invalid date", "2023年形成机制"),
    nm(DL, "积极争取自治区、吴忠市试点示范项目，打造具有盐池特色的典型应用。\t", "row 6 = regional task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效; equal", "2025年取得明显成效"),
    nm(DL, "开展县级城域网升级改造", "row 10 = regional task 48 (城域网，5级全覆盖), 完成时限 2024年; 2024年底 is the same year", "2024年底"),
    nm(DL, "整合全县公共安全、交通、水利、林草等视频资源。\t", "row 11 = regional task 49 (视频共享平台), 完成时限 2025年; 2024年 is earlier", "2024年"),
    nm(DL, "县发改局、县经信局牵头", "row 14 = regional task 66 (经济运行大数据平台), 完成时限 2025年; equal", "2025年"),
    nm(DL, "填表报数工作量压减50%以上", "row 27 = regional task 106 (填表报数系统), 完成时限 2025年; equal", "2025年"),
    nm(DL, "县公共资源交易中心负责", "row 29 = regional task 108, 完成时限 长期推进，2024年取得明显成效; equal", "2024年取得明显成效"),
    nm(DL, "长期坚持", "row 33 = regional task 121 (年度工作要点和考核指标体系), 完成时限 长期坚持; equal", "长期坚持", line=line_of("以奖代补工作机制。\t")),
    nm(DL, "每年12月10日前", "the county office's own reporting dates (每季度末月25日前、每年12月10日前), not task deadlines", "12月10日前"),
    nm(DI, "2024年3月18日", "the plan's issue date", "2024年3月18日"),
    nm(DI, "2020年以来，我县按照", "background (工作基础): past dates 2020年以来 and 2023年 describe work already done, not deadlines", "2023年"),
    nm(UU, "市大数据服务中心指导", "city body in a guiding (指导) role, listed in units.txt; not a regional body and not the lead", "市大数据服务中心"),
    nm(UU, "市大数据管理服务局指导", "city body in a guiding (指导) role, listed in units.txt", "市大数据管理服务局"),
    nm(UU, "在市大数据服务中心业务指导下", "city body giving 业务指导 in body text, listed in units.txt", "市大数据服务中心"),
    nm(UU, "各乡镇人民政府具体负责", "collective subject", "各乡镇人民政府"),
    nm(UU, "各村（社区）具体负责", "collective subject", "各村（社区）"),
    nm(UU, "县委网信办牵头，县直各部门（单位）", "collective subject", "县直各部门（单位）"),
    nm(UU, "县审批服务管理局牵头，县直有关部门配合", "collective subject", "县直有关部门"),
    nm(UU, "县审批局、县卫健局、县人社局、县应急局", "official short names listed in units.txt (县审批局, 县卫健局, 县人社局, 县应急局)", "县审批局"),
    nm(UU, "县发改局、县经信局牵头", "县发改局 is the short name of 县发展和改革局 in units.txt (only 县经信局 is unknown)", "县发改局"),
    nm(UU, "吴忠市生态环境局盐池分局负责", "listed in units.txt (the city bureau's county branch, the real county-level body)", "吴忠市生态环境局盐池分局"),
    nm(UU, "盐池工业园区管委会牵头", "listed in units.txt", "盐池工业园区管委会"),
    nm(UU, "县政府办公室负责，县直各部门（单位）、各乡镇人民政府参与", "县政府办公室 is the short name of 县人民政府办公室; 各乡镇人民政府 is a collective", "县政府办公室"),
    nm(UU, "各级党委要切实履行领导责任", "collective subjects (各级党委、各级政府)", "各级党委"),
    nm(BM, "（国发〔2022〕14号）", "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号"),
    nm(BM, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the parent city plan cited by its correct title alone; the 吴忠 plan has no 文号", "关于加强数字政府建设的实施方案"),
    nm(BM, "宁政办发〔2023〕11号", "same citation as in the 吴忠 plan's own preamble (《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）)", "宁政办发〔2023〕11号"),
    nm(BM, "（宁政办发〔2020〕14号）部署", "retrospective mention of the 2020 工作要点 in the background section, with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号"),
    nm(BM, "盐政发〔2024〕9号", "the plan's own 文号", "盐政发〔2024〕9号"),
    nm(BM, "关于印发《盐池县数字政府建设实施方案》的通知", "the plan's own title in the 印发 notice, not a cited basis", "盐池县数字政府建设实施方案"),
    {"rule": MP, "line": 0, "pillar": "五个一", "why": "the region's 五个一/六级贯通 work system is folded into the 吴忠 '一套体系' (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), lines 21-25, as in the parent plan"},
    {"rule": MP, "line": 0, "pillar": "四个支撑", "why": "the city's framework word 四大支撑 (line 30); all four (安全保障, 制度规则, 数据资源, 平台支撑) are taken up in lines 31-34"},
    {"rule": MP, "line": 0, "pillar": "七个能力", "why": "the city's framework word 七种能力 (line 35); all seven abilities are taken up in lines 36-42"},
    {"rule": MP, "line": 0, "pillar": "财政投入", "why": "taken up as （三）加强资金保障 (line 46), the 吴忠 plan's own heading for it"},
    nm(DL, "2024年\t".strip(), "row 26 = regional task 105 (宁政通), 完成时限 2024年; equal (only the regional lead is wrong)", "2024年", line=line_of("自治区政府办公厅牵头，县政府办公室")),
    nm(DL, "20244年", "an impossible year, reported as deadline-invalid; not a late deadline", "20244年"),
]

covers_spec = [
    (2, "围绕滩羊全产业链"), (3, "盐池工业园区“智慧园区”建设"), (5, "强化政企协同、部门协同、社会共治"),
    (6, "推动数字技术与传统公共事业融合"), (8, "推进“互联网+医疗健康”建设"), (10, "推进数字乡村建设，补齐乡村"),
    (11, "积极参与全国“数字供销”示范区建设"), (14, "明确本地本部门数字政府建设安全和保密工作"), (15, "建立数字政府安全评估、责任落实和重大事件处置机制"),
    (18, "2023年形成机制，长期坚持"), (20, "全面梳理县直各部门数字化发展相关职责分工"), (21, "依托全区行政许可管理信息系统"),
    (24, "落实政务信息化建设管理会商机制"), (25, "统筹现有资金渠道，积极争取上级资金支持"), (28, "积极争取自治区、吴忠市试点示范项目，打造具有盐池特色的典型应用。\t"),
    (30, "摸清全县政务数据资源底数"), (32, "明确县直各部门数据管理机构"), (34, "配合建设完善政务服务、医疗健康、社会保障、生态环保、应急管理等主题数据库，推进本县"),
    (36, "建立健全政务数据供需对接机制"), (41, "编制本县公共数据开放目录"), (42, "推进供水、供电、供气、公共交通等公共数据"),
    (46, "向自治区政务信创云有序迁移"), (47, "配合推进电子政务外网升级改造和骨干网扩容"), (48, "开展县级城域网升级改造"),
    (49, "整合全县公共安全、交通、水利、林草等视频资源。\t"), (50, "有序推进非涉密业务专网向电子政务外网整合迁移"),
    (54, "深化电子文件管理，完善业务应用系统"), (56, "推进非税收入收缴电子化管理"), (64, "调整充实县推进“数字政府”建设领导小组，健全工作体制机制"),
    (66, "县发改局、县经信局牵头"), (68, "编制完善监管事项目录和实施清单"), (71, "对食品药品、特种设备、农副产品等重点领域实行全主体、全品种、全链条数字化追溯监管。\t"),
    (72, "推进行业监管系统与宁夏“互联网+监管”系统对接"), (73, "履行监管数据治理主体责任"), (74, "充分运用非现场、视频图像、物联感知"),
    (77, "用好全区矛盾纠纷多元化解信息系统，完善信访、调解、法律援助等线上受理渠道。\t"), (79, "持续推进“雪亮工程”向乡村延伸全覆盖，完善"),
    (80, "加快推进“智慧应急”建设"), (83, "实施“互联网+基层治理”行动，推进智慧社区建设"), (84, "依托全区一体化政务服务平台，推动政务服务线上线下标准统一、全面融合，实现“网上办、掌上办、就近办、一次办”。\t"),
    (85, "推行政务服务事项“集成办”“免证办”"), (86, "持续做强“我的宁夏”政务APP盐池专区，推动各部门"), (89, "依托企业专属网页和惠企政策专栏"),
    (90, "推动县图书馆、县博物馆、县档案馆等公共场馆数字化服务"), (93, "完成全县政府网站、政务移动端、公共服务场所适老化"),
    (95, "强化大气、水、土壤、自然生态等数据资源综合开发利用，实现"), (96, "巩固“互联网+城乡供水”示范县建设成果，推进全域水联网和数字治水建设。\t"),
    (97, "依托自然资源三维立体“一张图”"), (98, "依托宁夏“智慧林草”云平台，提升全县林草资源管理信息化、智能化水平。\t"),
    (102, "推进水、气、土、废污染防治攻坚战"), (103, "汇聚整合多源数据资源，拓展县域经济"),
    (104, "依托全区统一的协同办公平台，推动公文流转、信息报送、会议培训、督查考核等机关公务数字化转型。\t"),
    (105, "推广应用“宁政通”移动办公“总门户”"), (106, "填表报数工作量压减50%以上"), (107, "统筹整合全县非涉密视频会议系统资源，纳入全区统筹应用的视频会议平台。\t"),
    (108, "推进公共资源交易全流程数字化管理和监督，实现依法运行、留痕可溯、监督预警、规范透明。\t"), (111, "依托全区机关事务管理统一的系统门户和后台管理"),
    (112, "进一步完善县政府网站等政务公开信息化平台，构建"), (114, "构建县级政务新媒体矩阵体系，开发多样化政策解读产品。\t"),
    (115, "以12345政务服务便民热线为枢纽，连通政府网站、“我的宁夏”政务APP、信访平台等政民互动渠道。\t"),
    (116, "纳入“一把手工程”"), (118, "定期开展全县各级干部数字化能力培训"), (121, "以奖代补工作机制。\t"),
    (122, "将数字政府建设纳入全县效能目标管理考核"), (123, "考核结果作为领导班子和有关领导干部综合考核评价的重要参考"),
    (124, "定期开展督促检查和经验交流"),
]
covers = [{"task": t, "line": line_of(a)} for t, a in covers_spec]

# sanity: every text appears on its line
for e in expect + mustNot:
    if e["line"] and "text" in e:
        assert e["text"] in L[e["line"] - 1], (e, L[e["line"] - 1][:80])

key = {
    "writer": "blind writer, round 446; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNot,
    "covers": covers,
    "notes": ("盐池县 2024 plan under the 吴忠 plan (2023-11-27) and 宁政发〔2023〕17号, following the 吴忠 '1347' framework. "
              "units.txt = county units plus the three city bodies the draft names (市大数据服务中心 and 市大数据管理服务局 appear only as 指导). "
              "The table note (line 87) makes the first-listed unit the main lead. Line 16's 2024年底 is late only against the parent 吴忠 plan (2023年底); "
              "against the region the nearest comparison is task 64 / the 2025 goal. Row 5 (line 58) copies the regional 2023 deadline of task 18 verbatim. "
              "Body lines carry no dates except 主要目标 (16-18), the background (12) and the reporting dates (49)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mustNot), len(covers))
for e in expect: print(e["rule"], e["line"], e.get("text"))
