#!/usr/bin/env python3
"""Builds key.json for blind492: every line number is found from a unique anchor in draft.txt."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def ln(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (anchor, text)
    return hits[0]

def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text is not None:
        d["text"] = text
    d["why"] = why
    d.update(kw)
    return d


expect = [
    e("basis-mismatch", "（宁政办发〔2023〕17号）", "宁政办发〔2023〕17号",
      "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not a 宁政办发 (office) document; wrong 文号 for this title"),
    e("deadline-invalid", "2024年9月31日前完成县数字政府建设领导小组", "2024年9月31日",
      "September has 30 days; 9月31日 is an impossible date (the task itself is task 64, 完成时限 2025年, so the year is not late)"),
    e("deadline-later-than-baseline", "开展县级电子政务外网城域网升级改造，推进县、乡、村三级全覆盖。\t", "2025年",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47 外网升级改造 also 2024年); the draft's own 2024 goal on line 15 says the same coverage by 2024年底"),
    e("deadline-later-than-baseline", "2025年底前，完成全县各级政府网站、政务移动端、公共服务场所适老化", "2025年底",
      "task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年"),
    e("unknown-unit", "做强“我的宁夏”政务APP永宁专区，推动县级", "自治区政府办公厅",
      "a regional body named as the lead (牵头) of a local task in the county's own task list (copied from task 86's row); the county lead should be a county unit"),
    e("unknown-unit", "县大数据管理服务局牵头", "县大数据管理服务局",
      "not in units.txt; 永宁县 has no 大数据管理服务局 (that is a city-level bureau name); the county's technical body is 县信息化服务中心"),
]

M = []
def m(rule, anchor, text, why, **kw):
    M.append(e(rule, anchor, text, why, **kw))

# --- basis documents
m("basis-mismatch", "（国发〔2022〕14号）[1]", "国发〔2022〕14号", "correct national basis: title and 文号 match")
m("basis-mismatch", "[10]全区数据共享工作起步于", "宁政办发〔2020〕14号", "retrospective mention in a note of the 2020 工作要点 with its correct title and 文号; not cited as a basis (the note says current requirements follow the 实施意见)")
m("basis-mismatch", "永政办发〔2024〕19号", "永政办发〔2024〕19号", "the county's own issuing 文号 in the header, not a basis citation")
m("basis-mismatch", "[7]根据任务清单第14项", "《永宁县网络安全工作责任制实施细则》", "retrospective mention of the county's own 2023 document in a note; not a basis document")
m("basis-mismatch", "[2]自治区实施意见于2023年5月16日印发", "《全区数字政府建设重点任务清单（2023年—2025年）》", "the correct title of 附件2 of 宁政发〔2023〕17号, quoted in a note")
m("basis-mismatch", "[1]《国务院关于加强数字政府建设的指导意见》于", "《国务院关于加强数字政府建设的指导意见》", "note repeating the national basis title without 文号; title is correct")

# --- background dates in notes (region's earlier dates, past county actions)
m("deadline-invalid", "[1]《国务院关于加强数字政府建设的指导意见》于", "2022年6月6日", "issue date of 国发〔2022〕14号 quoted as background in a note; its 到2025年 goal is the national goal, equal to the region's 2025 goal")
m("deadline-invalid", "[2]自治区实施意见于2023年5月16日印发", "2023年5月16日", "issue date of the regional 实施意见 quoted as background in a note")
m("deadline-invalid", "¹自治区实施意见提出，到2023年底", "2023年底", "note quoting the region's own 2023 goal (自治区本级“五个一”基本建立) and the county's past action (2023年9月); background, not a deadline of the plan")
m("deadline-later-than-baseline", "¹自治区实施意见提出，到2023年底", "2025年", "note quoting task 64's own 完成时限 2025年 verbatim")
m("deadline-invalid", "[5]“红酒云”为自治区按需打造", "2023年启动", "note quoting task 2's 完成时限 (2023年启动，2024年取得明显成效) as background")
m("deadline-invalid", "[6]“数字供销”国家级示范区建设由", "2023年完成主要建设任务", "note quoting task 11's 完成时限 (2023年完成主要建设任务，2025年取得明显成效) as background")
m("deadline-invalid", "[7]根据任务清单第14项", "2023年", "note quoting tasks 14/15 完成时限 2023年 and the county's past 2023年12月 action; the note says the plan sets no new deadline")
m("deadline-invalid", "[8]数据管理职责参照任务清单第32项", "2023年完成", "note quoting task 32 完成时限 2023年 as background")
m("deadline-invalid", "[9]政务数据“一本账”、政务大数据算力", "2023年完成", "note quoting task 30 完成时限 2023年 and its regional lead 自治区政府办公厅 as background")
m("deadline-invalid", "[10]全区数据共享工作起步于", "2020年底前", "retrospective quotation of the 2020 工作要点 goal (力争2020年底前) in a note")
m("deadline-invalid", "[11]政务信创云是指", "2023年启动", "note quoting task 19 (2023年启动，2024年建成) and task 43 (2024 年建成，持续推进) as background")
m("deadline-later-than-baseline", "[14]“互联网+基层治理”行动由", "2025年", "note quoting task 83 完成时限 2025年")
m("deadline-later-than-baseline", "[15]“一网通办”是指", "2024年", "note quoting task 84 完成时限 2024年")
m("deadline-later-than-baseline", "[16]“宁政通”是全区统一的", "2024年", "note quoting task 105 完成时限 2024年")
m("deadline-later-than-baseline", "[17]按任务清单第106项", "2025年", "note quoting task 106 完成时限 2025年")
m("deadline-later-than-baseline", "注1：自治区要求现有政务云", "2024年建成", "table note quoting task 43 完成时限 (2024 年建成，持续推进); equal to row 8")
m("deadline-later-than-baseline", "注2：填表报数系统依托", "2025年", "table note quoting task 106 完成时限 2025年; equal to row 21")

# --- goals
m("deadline-later-than-baseline", "到2024年底，县数字政府建设领导小组工作机制高效运转", "2024年底", "2024 goals: 信创云 migration = task 43 (2024 年建成，持续推进) / task 19 (2024年建成); 外网 county-township-village coverage = task 48 (2024年); 领导小组 working mechanism is not the region's 2023 goal (that one is 自治区本级“五个一”)")
m("deadline-later-than-baseline", "到2025年，全县数字政府建设与自治区“34567”体系框架", "到2025年", "equal to the region's 主要目标 到2025年 “34567”体系框架全面成型")
m("deadline-later-than-baseline", "到2035年，通过数字赋能和深化改革", "到2035年", "equal to the region's 到2035年 goal")
m("deadline-invalid", "到2025年，全县数字政府建设与自治区“34567”体系框架", "34567", "the framework's name “34567”, not a year; followed by a note mark ²")

# --- body deadlines
m("deadline-later-than-baseline", "1.强化政务云支撑能力。2024年底前", "2024年底前", "task 43 完成时限 2024 年建成，持续推进 (task 19: 2023年启动，2024年建成); equal")
m("deadline-later-than-baseline", "2024年9月31日前完成县数字政府建设领导小组", "2024年", "year 2024 is earlier than task 64 完成时限 2025年; only the day is impossible (in expect as deadline-invalid)")
m("deadline-later-than-baseline", "2025年底前建成覆盖县、乡、村三级的基层管理服务平台", "2025年底前", "the sentence is task 83 (互联网+基层治理, 新型基层管理服务平台), 完成时限 2025年; equal")
m("deadline-later-than-baseline", "2024年底前实现县域城乡供水工程数字化管理全覆盖", "2024年底前", "task 96 (互联网+城乡供水) 完成时限 2025年; the county is earlier")
m("deadline-invalid", "于每季度末月25日前向县数字政府建设领导小组办公室报送", "12月10日前", "the office's own reporting dates (quarterly and annual), not task deadlines")
m("deadline-invalid", "表注：1.牵头单位有多个的", "12月10日前", "annual reporting date of the table note, not a task deadline")
m("deadline-invalid", "2024年4月12日", "2024年4月12日", "the plan's own issue date")
m("deadline-invalid", "附件：永宁县数字政府建设重点任务清单", "2024年—2025年", "period of the county's task list in its title")

# --- table rows (equal / earlier / copied)
rows = [
    ("1\t推进永宁工业园区“智慧园区”建设", "持续推进，2025年取得明显成效", "task 3 完成时限 持续推进，2025 年取得明显成效; equal"),
    ("推进数字乡村建设，打造闽宁镇、望洪镇数字乡村示范点", "持续推进，2025年取得明显成效", "task 10 完成时限 持续推进，2025年取得明显成效; equal"),
    ("推动全县行政权力事项网上运行、动态管理。\t", "2024年", "task 21 完成时限 2024年; equal"),
    ("5\t依托全区一体化数字资源管理系统", "2024年", "task 23 (“一本账”统筹建设管理机制) 完成时限 2024年; equal"),
    ("编制县级公共数据开放目录及相关责任清单，分类分级开放公共数据。\t", "2024年", "task 41 完成时限 2024年; equal"),
    ("规范电子公文全流程标准化管理，建立电子公文档案数据共享利用长效机制。\t", "2024年", "task 40 完成时限 2024年; equal"),
    ("县级非涉密政务信息系统全部迁移至自治区政务信创云（注1）", "2024年", "task 43 完成时限 2024 年建成，持续推进; equal"),
    ("接入全区统一的视频共享平台，整合全县公共视频资源。\t", "2025年", "task 49 完成时限 2025 年; equal"),
    ("建立完善电子证照共享应用服务体系", "2025年", "task 52 (社会化高频场景) 完成时限 2025年; equal"),
    ("推进非税收入收缴电子化全覆盖。\t", "2025年", "task 56 完成时限 2025年; equal"),
    ("对食品药品、特种设备、农副产品等重点领域实行数字化追溯监管。\t", "2024年", "task 71 完成时限 2024年; equal"),
    ("建设完善县级矛盾纠纷多元化解信息系统。\t", "2024年", "task 77 完成时限 2024年; equal"),
    ("实施“互联网+基层治理”行动，建成覆盖县、乡、村三级的基层管理服务平台。\t", "2025年", "task 83 完成时限 2025年; equal"),
    ("做强“我的宁夏”政务APP永宁专区，推动县级", "2024年", "task 86 完成时限 2024年; equal (the row's unit is in expect)"),
    ("建设完善企业专属网页和惠企政策专栏，实现惠企政策精准推送。\t", "2024年", "task 89 完成时限 2024年; equal"),
    ("深化“互联网+城乡供水”建设，实现城乡供水工程数字化管理全覆盖。\t", "2024年底", "task 96 完成时限 2025年; earlier"),
    ("推进“智慧林草”平台县级应用。\t", "2024年", "task 98 完成时限 2024年; equal"),
    ("建立健全大数据辅助决策机制，推动县域运行情况一屏统览。\t", "2024年", "task 103 完成时限 2024年; equal (the row's unit is in expect)"),
    ("推广应用全区统一的填表报数系统", "2025年", "task 106 完成时限 2025年; equal"),
    ("统筹整合县乡非涉密视频会议系统资源。\t", "2025年", "task 107 完成时限 2025年; equal"),
    ("整合机关事务管理信息系统，分级采集党政机关办公用房信息数据。\t", "2025年", "task 111 完成时限 2025年; equal"),
    ("构建全县政务新媒体矩阵体系。\t", "2024年", "task 114 完成时限 2024年; equal"),
    ("将数字政府建设工作纳入“一把手工程”，建立主要领导负责制。\t", "长期坚持", "task 116 完成时限 2023年完成并长期坚持; an ongoing commitment with no later milestone"),
]
for anchor, text, why in rows:
    m("deadline-later-than-baseline", anchor, text, why)
m("deadline-invalid", "建立健全动态监控、主动防御、协同响应的安全技术保障体系，开展常态化安全防护和应急演练。\t", "2023年形成机制，长期坚持",
  "copied regional deadline: task 18 完成时限 2023年形成机制，长期坚持, identical; lies before the plan's year but is the region's own deadline (listed as a near miss in KEY-FORMAT)")
m("deadline-later-than-baseline", "建立健全动态监控、主动防御、协同响应的安全技术保障体系，开展常态化安全防护和应急演练。\t", "2023年形成机制，长期坚持",
  "task 18 完成时限 2023年形成机制，长期坚持; identical")

# --- units
m("unknown-unit", "各乡镇人民政府，县政府各部门、各直属机构", "县政府各部门", "collective addressees (各乡镇人民政府, 县政府各部门、各直属机构); 永宁工业园区管委会 is in units.txt")
m("unknown-unit", "已经县人民政府第42次常务会议", "县人民政府", "the county government approving the plan, not a responsible unit")
m("unknown-unit", "²“34567”体系框架即", "自治区推进“数字政府”建设领导小组", "regional body quoted as background in a note")
m("unknown-unit", "[5]“红酒云”为自治区按需打造", "自治区工业和信息化厅", "regional body quoted in a note as the region's lead of task 2; not the lead of a county task")
m("unknown-unit", "[6]“数字供销”国家级示范区建设由", "自治区供销社", "regional body in a background note; 县供销社 is an alias in units.txt")
m("unknown-unit", "[9]政务数据“一本账”、政务大数据算力", "自治区政府办公厅", "regional body quoted as background (task 30's lead) in a note")
m("unknown-unit", "[11]政务信创云是指", "自治区政府办公厅", "regional body quoted as background (task 19's lead) in a note")
m("unknown-unit", "[14]“互联网+基层治理”行动由", "自治区党委政法委", "regional body quoted as background (task 83's lead) in a note")
m("unknown-unit", "[15]“一网通办”是指", "自治区政府办公厅", "regional body quoted as background (task 84's lead) in a note")
m("unknown-unit", "[13]“六级贯通”是指", "数字宁夏建设运营有限公司", "regional 五个一 bodies (数字宁夏建设运营有限公司, 数字宁夏建设专家咨询委员会) described in a note; not responsible units")
m("unknown-unit", "[7]根据任务清单第14项", "自治区各部门（单位）及各市、县（区）", "regional collective quoted in a note")
m("unknown-unit", "县发展改革局、财政局、审批服务管理局按职责", "财政局", "prefix 县 distributes: 县财政局, 县审批服务管理局 are in units.txt; 县发展改革局 is an alias")
m("unknown-unit", "县信息化服务中心[12]承担日常技术支撑工作", "县信息化服务中心[12]", "unit in units.txt followed by a note mark [12]; 县政府办公室 is an alias")
m("unknown-unit", "于每季度末月25日前向县数字政府建设领导小组办公室报送", "县数字政府建设领导小组办公室", "in units.txt")
m("unknown-unit", "各乡镇、各村（社区）基于上级平台", "各村（社区）", "collective subjects")
m("unknown-unit", "重大问题及时向县委、县政府报告", "县委、县政府", "report recipients (the county Party committee and government), not responsible units")
m("unknown-unit", "依托县委党校和宁夏干部教育培训网络学院", "宁夏干部教育培训网络学院", "a training platform, not a responsible unit; 县委党校 is in units.txt")
m("unknown-unit", "县农业农村局牵头，闽宁镇人民政府、望洪镇人民政府具体负责", "闽宁镇人民政府", "town governments listed in units.txt")
m("unknown-unit", "县委网信办、县公安局牵头", "县委网信办", "in units.txt")
m("unknown-unit", "县审批服务管理局牵头，县公安局、民政局、人力资源社会保障局、市场监管局等具体负责", "人力资源社会保障局", "prefix 县 distributes; 县人力资源社会保障局 and 县市场监管局 are aliases, 县民政局 canonical in units.txt")
m("unknown-unit", "县委政法委牵头，县公安局、应急管理局配合", "应急管理局", "prefix distributes: 县应急管理局 in units.txt")
m("unknown-unit", "县市场监管局、农业农村局、卫生健康局分别负责", "卫生健康局", "prefix distributes: 县农业农村局, 县卫生健康局 in units.txt")
m("unknown-unit", "县委政法委牵头，县公安局、县人民法院、县人民检察院、司法局、信访局具体负责", "县人民法院", "县人民法院, 县人民检察院 in units.txt; 司法局, 信访局 take the 县 prefix")
m("unknown-unit", "县委政法委牵头，各乡镇人民政府具体负责，各村（社区）配合", "各村（社区）", "collective subjects")
m("unknown-unit", "县审批服务管理局牵头，县发展改革局、工业信息化和商务局配合", "工业信息化和商务局", "prefix distributes: 县工业信息化和商务局 in units.txt")
m("unknown-unit", "县林草局负责", "县林草局", "official short name of 县林业和草原局 in units.txt")
m("unknown-unit", "县工业信息化和商务局、永宁工业园区管委会牵头，县直有关部门配合", "县直有关部门", "collective subject; 永宁工业园区管委会 in units.txt")
m("unknown-unit", "县委宣传部、县融媒体中心牵头", "县融媒体中心", "in units.txt")
m("unknown-unit", "各乡镇人民政府、县直各部门（单位）负责\t长期坚持", "县直各部门（单位）", "collective subjects")
m("unknown-unit", "县级非涉密政务信息系统全部迁移至自治区政务信创云（注1）", "县信息化服务中心", "in units.txt")
M.append({"rule": "unknown-unit", "line": 5, "text": "永宁县人民政府办公室", "why": "signature of the issuing office: 县人民政府办公室 with the county name"})
assert lines[4] == "永宁县人民政府办公室"

# --- other rules
m("garbled-text", "到2024年底，县数字政府建设领导小组工作机制高效运转", "¹", "superscript note marks (¹ ²) and [n] marks are the drafter's note references, not encoding damage")
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "taken up in 四、健全工作体系 (健全组织机构, 厘清层级职责 incl. 六级贯通, 完善工作机制) without the heading 五个一, as DOMAIN allows (吴忠 folds it the same way); line %d" % ln("（一）健全组织机构。参照自治区做法")})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "六（二）加大财政投入, line %d" % ln("（二）加大财政投入。")})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "二（三）营造良好数字生态, line %d" % ln("（三）营造良好数字生态。")})

covers_spec = [
    (1, "支持县内企业参与全国一体化算力网络"), (2, "积极对接自治区“红酒云”等产业云[5]"), (3, "加快推进永宁工业园区“智慧园区”建设"),
    (5, "探索以网管网等基于新技术手段的监管模式"), (6, "推进教育、健康、就业、文化旅游、体育、交通出行"), (8, "深化“互联网+医疗健康”应用"),
    (10, "以闽宁镇、望洪镇为试点打造数字乡村示范点"), (11, "配合推进“数字供销”国家级示范区建设[6]"), (12, "积极参与全区数据要素市场培育"), (13, "落实数据交易主体市场准入、公平竞争审查等制度"),
    (14, "1.强化安全管理责任。"), (15, "落实数字政府安全评估、责任落实和重大事件处置机制"), (17, "落实网络安全等级保护和密码应用安全性评估制度"),
    (18, "建立健全动态监控、主动防御、协同响应的安全技术保障体系，开展常态化安全防护和应急演练。\t"),
    (21, "依托全区行政许可管理信息系统"), (22, "推进政务服务平台与宁夏“互联网+监管”系统打通融合"), (23, "5\t依托全区一体化数字资源管理系统"),
    (24, "完善县级政务信息化建设管理会商机制"), (28, "3.开展试点示范。"), (30, "动态更新全县政务数据“一本账”[9]"), (32, "1.完善数据管理机制。"),
    (36, "2.深化数据高效共享。"), (40, "规范电子公文全流程标准化管理，建立电子公文档案数据共享利用长效机制。\t"),
    (41, "编制县级公共数据开放目录及相关责任清单，分类分级开放公共数据。\t"), (42, "推进供水、供电、供气、公共交通等公共数据与政务数据融合应用"),
    (43, "1.强化政务云支撑能力。"), (48, "开展县级电子政务外网城域网升级改造，推进县、乡、村三级全覆盖。\t"), (49, "接入全区统一的视频共享平台，整合全县公共视频资源。\t"),
    (50, "有序推进非涉密业务专网向电子政务外网整合迁移"), (52, "建立完善电子证照共享应用服务体系"), (56, "推进非税收入收缴电子化全覆盖。\t"),
    (64, "（一）健全组织机构。参照自治区做法"), (66, "依托宁夏经济运行大数据平台"), (68, "编制完善监管事项目录和实施清单，推行“照单监管”"),
    (71, "对食品药品、特种设备、农副产品等重点领域实行数字化追溯监管。\t"), (72, "推进县级监管业务系统与宁夏“互联网+监管”系统对接"),
    (77, "建设完善县级矛盾纠纷多元化解信息系统。\t"), (79, "持续推进“雪亮工程”向乡村延伸"), (83, "实施“互联网+基层治理”行动，建成覆盖县、乡、村三级的基层管理服务平台。\t"),
    (84, "依托全区一体化政务服务平台“一网通办”[15]"), (86, "做强“我的宁夏”政务APP永宁专区，推动县级"), (89, "建设完善企业专属网页和惠企政策专栏，实现惠企政策精准推送。\t"),
    (93, "2025年底前，完成全县各级政府网站"), (94, "配合优化全区生态环境数据资源中心"), (96, "深化“互联网+城乡供水”建设，实现城乡供水工程数字化管理全覆盖。\t"),
    (98, "推进“智慧林草”平台县级应用。\t"), (100, "推进用水权、土地权、排污权、山林权线上交易"), (103, "建立健全大数据辅助决策机制，推动县域运行情况一屏统览。\t"),
    (104, "依托全区统一的协同办公平台和“宁政通”[16]"), (106, "推广应用全区统一的填表报数系统"), (107, "统筹整合县乡非涉密视频会议系统资源。\t"),
    (111, "整合机关事务管理信息系统，分级采集党政机关办公用房信息数据。\t"), (112, "（七）提升全面规范的政务公开能力。"), (114, "构建全县政务新媒体矩阵体系。\t"),
    (115, "依托12345政务服务便民热线、政府网站"), (116, "（一）加强组织领导。各乡镇人民政府"), (25, "（二）加大财政投入。"),
    (118, "（三）提升数字素养。"), (122, "将数字政府建设纳入全县效能目标管理考核"), (124, "定期开展督促检查和经验交流，建立容错和奖惩机制"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 492; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("永宁县 (银川市) county plan of 2024-04-12 implementing 宁政发〔2023〕17号 directly (no parent plan). "
              "The drafter explains terms and sources in numbered notes gathered after each part ([n] in the body, ¹² in 主要目标, 注1/注2 under the task table). "
              "Line 10 states that the notes are background and set no tasks or deadlines; the notes quote the region's dates (many 2023, one 2020, one 2022) and bodies. "
              "Six planted mistakes over four rules, all in the plan's own words (preamble, body, task table), none in the notes. "
              "Tasks meant for cities/counties that the draft does not take up (e.g. 9, 37, 39, 45, 87, 92) are not deliberate omissions and are not in expect."),
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
