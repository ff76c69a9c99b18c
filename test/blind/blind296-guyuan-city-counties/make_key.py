# Builds key.json; every line number is looked up in draft.txt and checked.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(needle, nth=None, within=None):
    hits = [i + 1 for i, l in enumerate(L) if needle in l and (within is None or within in l)]
    if nth is None:
        assert len(hits) == 1, (needle, within, hits)
        return hits[0]
    return hits[nth]

def row(task_text):  # table row (tab-separated) containing task_text
    hits = [i + 1 for i, l in enumerate(L) if "\t" in l and task_text in l]
    assert len(hits) == 1, (task_text, hits)
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
 {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
  "why": "主要目标: the region has 到2025年，全区各级数字政府建设“34567”体系框架全面成型; the city puts the same goal at 2026"},
 {"rule": "deadline-later-than-baseline", "line": row("编制市级公共数据开放目录"), "text": "2025年6月底前",
  "why": "task 41 (公共数据开放目录、分类分级开放公共数据), 完成时限 2024年"},
 {"rule": "deadline-later-than-baseline", "line": row("开展城域网升级改造，推进市、县、乡、村电子政务外网全覆盖"), "text": "2025年底前",
  "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": row("统筹整合全市非涉密视频会议系统资源"), "text": "21月",
  "why": "2024年21月底前 is an impossible month (slip for 12月); task 107 is due 2025年, so it is not late"},
 {"rule": "unknown-unit", "line": row("积极参与全区数据要素市场建设"), "text": "市数字经济发展局",
  "why": "固原 has no 数字经济发展局; not in units.txt (task 12 row)"},
 {"rule": "unknown-unit", "line": row("深化“互联网+城乡供水”建设"), "text": "泾原县人民政府",
  "why": "the county is 泾源县; 泾原县 is a miswritten name, not in units.txt (task 96 row)"},
 {"rule": "garbled-text", "line": ln("鎷撳睍缃戠粶"), "text": "鎷撳睍缃戠粶瀹夊叏",
  "why": "UTF-8 read as GBK; recovers to 拓展网络安全态势感知监测范围"},
]

M = []
def nf(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e.update(kw); e["why"] = why; M.append(e)

# units: named counties, collectives, aliases, regional bodies the city reports to
nf("unknown-unit", 3, "the five counties/district named in the address line; 人民政府 is shared by the list (原州区人民政府 … 彭阳县人民政府), all in units.txt", "原州区、西吉县、隆德县、泾源县、彭阳县人民政府")
nf("unknown-unit", row("持续推进“雪亮工程”"), "named counties and district as responsible bodies, all spelled correctly and in units.txt", "泾源县人民政府")
nf("unknown-unit", row("深化“互联网+城乡供水”建设"), "the other four named bodies in the task 96 row are correct (only 泾原县 is wrong)", "西吉县人民政府")
nf("unknown-unit", row("推进智慧城市建设"), "the city's district named as a cooperating body; in units.txt", "原州区人民政府")
nf("unknown-unit", row("推进固原经济技术开发区“智慧园区”建设"), "固原经济技术开发区管委会 is in units.txt", "固原经济技术开发区管委会")
nf("unknown-unit", row("推进固原经济技术开发区“智慧园区”建设"), "collective subject (各县（区）人民政府)", "各县（区）人民政府")
nf("unknown-unit", row("推动数字技术与传统公共事业融合"), "collective subject", "市直有关部门（单位）")
nf("unknown-unit", row("实施“互联网+基层治理”行动"), "collective subject", "各乡镇（街道）")
nf("unknown-unit", row("进一步完善各类政务公开信息化平台"), "collective subject", "市直各部门（单位）")
nf("unknown-unit", row("依托宁夏信用信息公共服务平台"), "alias of 市发展改革委 in units.txt", "市发改委")
nf("unknown-unit", row("整合全市各级各类机关事务管理信息系统"), "alias of 市机关事务管理局 in units.txt", "市机关事务局")
nf("unknown-unit", row("强化审管协同，推进全区一体化政务服务平台"), "市 prefix distributes over the list: 市审批服务管理局、市场监管局 = 市审批服务管理局, 市市场监管局; likewise 市住房城乡建设局、水务局 = 市水务局", "市场监管局")
nf("unknown-unit", row("建设完善政务服务、医疗健康、社会保障"), "市 prefix distributes: 市人力资源社会保障局, 市生态环境局, 市发展改革委, 市应急管理局, 市国资委 are all in units.txt", "人力资源社会保障局")
nf("unknown-unit", row("推进“智慧应急”建设"), "固原市消防救援支队 and 固原市气象局 are in units.txt (vertical bodies)", "固原市消防救援支队")
nf("unknown-unit", row("推进供水、供电、供气、公共交通等公共数据"), "国网固原供电公司 is in units.txt", "国网固原供电公司")
nf("unknown-unit", ln("市委党校（市行政学院）"), "in units.txt (市委党校 = 市委党校（市行政学院）)", "市委党校（市行政学院）")
nf("unknown-unit", ln("并按要求报送自治区政府办公厅"), "regional body named as the one the city reports to, not as lead of a local task", "自治区政府办公厅")
nf("unknown-unit", ln("积极向自治区政府办公厅申报试点项目"), "regional body the city applies to for pilots, not a local lead", "自治区政府办公厅")
nf("unknown-unit", ln("主动对接自治区发展改革委、工业和信息化厅"), "regional bodies the city coordinates with (prefix 自治区 distributes); not leads of a local task", "自治区发展改革委")
nf("unknown-unit", ln("汇总后报市人民政府"), "市人民政府 is the city government itself (in units.txt as alias of 固原市人民政府)", "市人民政府")

# deadlines: tasks the region gives only to 地级市, dated equal
for t, needle, d, rd in [
  (9, "推进智慧城市建设", "持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效; region: 各地级市牵头负责"),
  (22, "强化审管协同，推进全区一体化政务服务平台", "2025年", "2025年; region: 各地级市具体负责"),
  (37, "按需建设政务数据实时交换系统", "2024年", "2024年; region: 自治区各部门（单位）及各地级市具体负责"),
  (39, "按照“一应用一数仓”要求", "2024年", "2024年; region: 自治区有关部门（单位）和各地级市"),
  (45, "将我市政务领域的特色云、行业云", "2024年", "2024年; region: 自治区有关部门（单位）及各地级市"),
  (87, "推进12345政务服务便民热线“一呼即应”改革", "2025年", "2023年启动，2025年完成; region: 各地级市具体负责"),
  (92, "探索实现全域“多卡合一”", "2025年", "2025年; region: 各地级市牵头负责"),
]:
    nf("deadline-later-than-baseline", row(needle), f"task {t}, 完成时限 {rd}: a 地级市-only task taken up as the city's own, dated equal", d)
# other equal / earlier deadlines
for t, needle, d, rd, how in [
  (3, "推进固原经济技术开发区“智慧园区”建设", "持续推进，2025年取得明显成效", "持续推进，2025年取得明显成效", "equal"),
  (12, "积极参与全区数据要素市场建设", "2025年", "2025年", "equal"),
  (11, "推进“数字供销”建设", "2025年取得明显成效", "2023年完成主要建设任务，2025年取得明显成效", "equal completing milestone"),
  (28, "每年确定试点领域", "持续推进，2025年取得明显成效", "2023年启动，2025年取得明显成效", "equal completing milestone"),
  (64, "参照自治区做法，健全市、县（区）数字政府建设组织机构", "2024年", "2025年", "earlier"),
  (95, "强化大气、水、土壤、自然生态、气候变化等数据资源", "2024年", "2025年", "earlier"),
  (96, "深化“互联网+城乡供水”建设", "2025年", "2025年", "equal"),
  (108, "推进公共资源交易全流程数字化管理和监督", "长期推进，2024年取得明显成效", "长期推进，2024年取得明显成效", "equal"),
  (121, "每年度制定数字政府工作要点", "长期坚持", "长期坚持", "equal"),
]:
    nf("deadline-later-than-baseline", row(needle), f"task {t}, 完成时限 {rd}: {how}", d)
nf("deadline-later-than-baseline", ln("到2024年底，市县两级政务信息系统"), "goal items: task 46 (信息系统迁移, 2024年), task 105 (宁政通, 2024年), task 86 (我的宁夏 应上尽上, 2024年) — equal", "2024年底")
nf("deadline-later-than-baseline", ln("到2024年底，“宁政通”"), "task 105 (宁政通 覆盖区市县乡村五级), 完成时限 2024年 — equal", "2024年底")
nf("deadline-later-than-baseline", ln("到2035年"), "2035 goal equals the region's 到2035年 goal", "2035年")
nf("deadline-invalid", 11, "past dates in the background section (2023年, 2023年11月), not deadlines", "2023年11月")
nf("deadline-invalid", ln("每季度末月25日前"), "the office's own quarterly reporting date, not a task deadline", "25日前")
nf("deadline-later-than-baseline", ln("每年12月10日前"), "the office's own annual reporting date, not a task deadline", "12月10日前")
nf("deadline-invalid", 6, "the document's own issue date", "2024年3月18日")
# basis
nf("basis-mismatch", ln("国发〔2022〕14号"), "correct national guiding opinion and 文号", "国发〔2022〕14号")
nf("basis-mismatch", ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, as cited in the 吴忠 seed plan", "宁政办发〔2023〕11号")
nf("basis-mismatch", 11, "retrospective mention of the 2020 工作要点 with its correct title and 文号, not cited as a basis", "宁政办发〔2020〕14号")
nf("basis-mismatch", 2, "the plan's own 文号 in the notice header", "固政发〔2024〕9号")
# pillars
nf("missing-pillar", 0, "五个一 and 六级贯通 taken up in section 三 (lines 22-25)", pillar="五个一")
nf("missing-pillar", 0, "数字生态 taken up at line 29", pillar="数字生态")
nf("missing-pillar", 0, "党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) at lines 57-61", pillar="党的领导")

covers = []
BODY = {14, 17, 18, 24, 30, 36, 68, 70, 116, 118, 123, 124}
def cv(t, line): covers.append({"task": t, "line": line})
for t, needle in [
 (3,"推进固原经济技术开发区“智慧园区”建设"),(5,"强化政企协同、部门协同"),(12,"积极参与全区数据要素市场建设"),
 (6,"推动数字技术与传统公共事业融合"),(9,"推进智慧城市建设，推动城市生命线"),(10,"推进数字乡村建设，补齐"),
 (11,"推进“数字供销”建设"),(21,"推动各级各类行政权力事项网上运行"),(22,"强化审管协同，推进全区一体化政务服务平台"),
 (28,"每年确定试点领域"),(34,"建设完善政务服务、医疗健康"),(37,"按需建设政务数据实时交换系统"),
 (39,"按照“一应用一数仓”要求建立"),(41,"编制市级公共数据开放目录及相关责任清单，依托"),(42,"推进供水、供电、供气、公共交通等公共数据与政务数据融合应用，促进"),
 (45,"将我市政务领域的特色云"),(46,"推进政务信息系统向政务信创云有序迁移"),(48,"开展城域网升级改造，推进市、县、乡、村电子政务外网全覆盖，在"),
 (49,"依托全区统一的视频共享平台，统筹融合"),(54,"完善业务应用系统电子文件归档功能，统筹"),(56,"推进非税收入收缴电子化管理"),
 (57,"依托宁夏信用信息公共服务平台"),(64,"参照自治区做法，健全市、县（区）"),(71,"对食品药品、医疗器械、特种设备、危化品、农副产品等重点领域实行全主体"),
 (77,"推广应用全区矛盾纠纷多元化解信息系统，打通"),(79,"持续推进“雪亮工程”，建设全域覆盖、全网共享"),(80,"推进“智慧应急”建设，迭代升级"),
 (83,"实施“互联网+基层治理”行动，构建"),(84,"构建全时在线、渠道多元"),(86,"迭代升级“我的宁夏”固原专区，市县"),
 (87,"推进12345政务服务便民热线“一呼即应”改革，完成"),(92,"依托“我的宁夏”政务APP等平台"),(93,"完成各级政府网站"),
 (95,"强化大气、水、土壤、自然生态、气候变化等数据资源综合开发利用，实现"),(96,"深化“互联网+城乡供水”建设，推进城乡供水工程"),
 (98,"推广应用宁夏“智慧林草”云平台，提升全市"),(105,"推广“宁政通”移动办公"),(106,"推广应用全区统一的填表报数系统，压减"),
 (107,"统筹整合全市非涉密视频会议系统资源，形成"),(108,"推进公共资源交易全流程数字化管理和监督，实现"),(111,"整合全市各级各类机关事务管理信息系统，推进"),
 (112,"进一步完善各类政务公开信息化平台"),(114,"构建政务新媒体矩阵体系"),(121,"每年度制定数字政府工作要点"),
 (14,"强化安全管理责任。"),(17,"落实安全制度要求。"),(18,"提升安全防护能力。"),(24,"创新数字政府建设管理机制。完善"),
 (30,"完善数据管理机制。"),(36,"深化数据高效共享。"),(68,"（二）提升综合高效的市场监管能力"),(70,"（二）提升综合高效的市场监管能力"),
 (116,"（一）加强组织领导。"),(118,"（三）提升数字素养。"),(123,"（四）强化考核评价。"),(124,"（四）强化考核评价。"),
]:
    cv(t, ln(needle) if t in BODY else row(needle))

key = {
 "writer": "blind writer, round 296; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
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
 "notes": ("固原市 plan (2024) against 宁政发〔2023〕17号; no parent plan. Units are the city's own registry in units.txt (市本级 bodies, "
           "原州区/西吉县/隆德县/泾源县/彭阳县人民政府, 固原经济技术开发区管委会). The task list (lines 66-110) is tab-separated; "
           "its note (line 65) says the first-listed lead is the main lead. 地级市-only regional tasks (9, 22, 37, 39, 45, 87, 92) are taken up "
           "with the city as lead and dated equal. Tasks whose regional deadline is 2023 are deliberately kept out of the table (no dated rows for them). "
           "Many city-relevant tasks (e.g. 2, 7, 8, 40, 58, 85, 88, 94, 97, 115) are not taken up explicitly; task-uncovered is not annotated."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
