# Builds key.json from draft.txt: every line number is found by a unique substring and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, text=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (sub, text)
    return hits[0]

def E(rule, sub, text, why, **kw):
    d = {"rule": rule, "line": ln(sub, text), "text": text, "why": why}
    d.update(kw)
    return d

expect = [
    E("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 政府 document, not a 政府办公厅 宁政办发 one); the 文号 does not belong to the title"),
    E("deadline-later-than-baseline", "到2026年，全县数字政府建设", "2026年",
      "主要目标 goal: the region's 主要目标 says 到2025年 全区各级数字政府建设“34567”体系框架全面成型; the county puts the same goal at 2026 (also beyond its own 2024—2025 task list and schedule)"),
    E("deadline-later-than-baseline", "加快县级电子政务外网城域网升级改造", "2025年底",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖；各市、县（区）具体负责) 完成时限 2024年; the county's inline note says 2025年底"),
    E("deadline-later-than-baseline", "32.建设县政务新媒体矩阵", "2025年",
      "task 114 (构建政务新媒体矩阵体系…开发多样化政策解读产品；各市、县（区）分别负责) 完成时限 2024年; the county's task row says 2025年"),
    E("deadline-invalid", "推进适老化与信息无障碍建设。", "21月",
      "impossible month: 2024年21月 (slip for 2024年12月; the matching task row 25 and task 93 both say 2024年)"),
    E("unknown-unit", "理顺行政和事业支撑体制。", "县大数据局",
      "no such unit in units.txt: the county's technical support body named in the same sentence is 县大数据服务中心; 县大数据局 is not a registered name or short name"),
    E("garbled-text", "加强共性应用支撑。", "鎺ㄥ箍鐢靛瓙",
      "UTF-8 bytes read as GBK: 鎺ㄥ箍鐢靛瓙璇佺収搴旂敤 re-encoded as GBK and decoded as UTF-8 is 推广电子证照应用"),
]

def N(rule, sub, why, text=None):
    d = {"rule": rule, "line": ln(sub, text), "why": why}
    if text is not None:
        d["text"] = text
    return d

def P(pillar, why):
    return {"rule": "missing-pillar", "line": 0, "pillar": pillar, "why": why}

mnf = [
    N("basis-mismatch", "贺政发〔2024〕21号", "the county's own document number for this notice, not a basis document", "贺政发〔2024〕21号"),
    N("basis-mismatch", "关于印发《贺兰县数字政府建设实施方案》的通知", "the title of the draft itself in its own 印发 notice, not a cited basis", "《贺兰县数字政府建设实施方案》"),
    N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"),
    N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited with this title and number by the 吴忠 plan in the seeds; a real current regional document", "宁政办发〔2023〕11号"),
    N("basis-mismatch", "（一）发展基础。", "retrospective mention of the superseded 2020 工作要点 in the background (自2020年…以来), not cited as a basis; title and 文号 match the seed", "宁政办发〔2020〕14号"),
    N("deadline-invalid", "（一）发展基础。", "past achievements in the background (2021年, 2022年, 2023年 …完成/上线), not deadlines", "2021年"),
    N("deadline-later-than-baseline", "（一）发展基础。", "background: 2021年 城域网扩容 to 县直部门和各乡镇 is a past fact, not a deadline against task 48", "2021年"),
    N("deadline-later-than-baseline", "到2024年底，县级政务信息系统", "equal to the region: task 43 (政务信创云) 2024年建成，持续推进; task 105 (宁政通 覆盖区市县乡村) 2024年; task 84 (一体化政务服务体系) 2024年", "2024年底"),
    N("deadline-later-than-baseline", "到2035年，与政府治理能力现代化", "equal to the region's 到2035年 goal", "2035年"),
    N("deadline-later-than-baseline", "统筹视频资源。2024年底前", "earlier than task 49 (全区统一的视频共享平台、视频一张网) 完成时限 2025年", "2024年底前"),
    N("deadline-later-than-baseline", "理顺行政和事业支撑体制。", "2024年 is earlier than task 64 (各地各部门参照自治区做法成立相应的组织机构) 2025年 and task 61 (机构和职能整合) 2025年", "2024年"),
    N("deadline-invalid", "配齐配强工作力量。", "the office's own recurring reporting dates (每年6月底、12月底前备案), not task deadlines", "12月底"),
    N("deadline-invalid", "（三）完善工作推进机制。", "the office's own reporting dates (每季度末月25日前, 每年12月10日前)", "12月10日"),
    N("deadline-later-than-baseline", "（三）完善工作推进机制。", "recurring reporting schedule, not a task deadline", "12月10日"),
    N("deadline-invalid", "（一）部署启动阶段（2024年4月—5月）", "the plan's own schedule, in the issue year after the 2024-04-22 issue date", "2024年4月"),
    N("deadline-later-than-baseline", "（二）全面推进阶段（2024年6月—2025年10月）", "the plan's own work phase, ending before 2025年底; not a task deadline", "2025年10月"),
    N("deadline-later-than-baseline", "（三）总结评估阶段（2025年11月—12月）", "the plan's own evaluation phase, within 2025", "12月"),
    N("deadline-invalid", "5.建立健全动态监控", "a regional deadline copied verbatim: task 18 完成时限 2023年形成机制，长期坚持; lies before the plan's year but is the region's own milestone", "2023年形成机制，长期坚持"),
    N("deadline-later-than-baseline", "5.建立健全动态监控", "equal to task 18 (2023年形成机制，长期坚持)", "2023年形成机制，长期坚持"),
    N("deadline-later-than-baseline", "1.推进贺兰工业园区、德胜工业园区", "equal to task 3 (智慧园区): 持续推进，2025年取得明显成效", "2025年取得明显成效"),
    N("deadline-later-than-baseline", "2.推进教育、健康、就业", "equal to task 6: 持续推进，2025年取得明显成效", "2025年取得明显成效"),
    N("deadline-later-than-baseline", "3.推进数字乡村建设", "equal to task 10: 持续推进，2025年取得明显成效", "2025年取得明显成效"),
    N("deadline-later-than-baseline", "4.配合培育数据要素市场", "equal to task 12: 2025年", "2025年"),
    N("deadline-later-than-baseline", "6.新建政务信息系统基于信创环境", "equal to task 43 (2024年建成，持续推进) and task 19 (2023年启动，2024年建成)", "2024年"),
    N("deadline-later-than-baseline", "7.全县数字政府领域重大改革", "equal to task 23 (一本账): 2024年", "2024年"),
    N("deadline-later-than-baseline", "8.围绕基层减负", "equal to task 28: 2023年启动，2025年取得明显成效", "2025年取得明显成效"),
    N("deadline-later-than-baseline", "12.县级各类公共视频资源", "earlier than task 49: 2025年", "2024年"),
    N("deadline-later-than-baseline", "13.推广个人电子证照", "equal to task 52 (个人证照/企业证照 社会化高频场景): 2025年", "2025年"),
    N("deadline-later-than-baseline", "14.推进非税收入收缴电子化", "equal to task 56: 2025年", "2025年"),
    N("deadline-later-than-baseline", "15.参照自治区做法成立县级相应组织机构", "equal to task 64 (各市、县（区）负责): 2025年", "2025年"),
    N("deadline-later-than-baseline", "16.对接使用宁夏经济运行大数据平台", "equal to task 66: 2025年", "2025年"),
    N("deadline-later-than-baseline", "21.实施“互联网+基层治理”行动", "equal to task 83: 2025年", "2025年"),
    N("deadline-later-than-baseline", "24.优化12345政务服务便民热线", "equal to task 87: 2023年启动，2025年完成", "2025年"),
    N("deadline-later-than-baseline", "25.完成县政府网站、政务移动端", "equal to task 93: 2024年 (only the body sentence with 21月 is wrong)", "2024年"),
    N("deadline-later-than-baseline", "26.深化“互联网+城乡供水”建设", "equal to task 96: 2025年", "2025年"),
    N("deadline-later-than-baseline", "29.使用全区统一的填表报数系统", "equal to task 106: 2025年", "2025年"),
    N("deadline-later-than-baseline", "30.统筹整合县内非涉密视频会议系统资源", "equal to task 107: 2025年", "2025年"),
    N("deadline-later-than-baseline", "33.每年度制定全县数字政府工作要点", "equal to task 121: 长期坚持", "长期坚持"),
    N("deadline-later-than-baseline", "34.探索数字人才资源共享", "equal to task 120: 2025年", "2025年"),
    N("deadline-invalid", "2024年4月22日", "the issue date of the notice, not a deadline", "2024年4月22日"),
    N("deadline-later-than-baseline", "附件：贺兰县数字政府建设重点任务清单", "the period of the county's task list named in the 附件 line (same period repeated at line 81), within the region's 2023—2025 list", "2025年"),
    N("unknown-unit", "各乡镇人民政府，县政府各部门、各直属机构", "collective addressees of the notice", "县政府各部门"),
    N("unknown-unit", "县级重点依托上级平台完善本级特色应用。", "自治区政府办公厅 is a regional unit named as the provider of 政务云 resources (the county applies to it), not as lead of a county task", "自治区政府办公厅"),
    N("unknown-unit", "县级重点依托上级平台完善本级特色应用。", "县级指挥调度中心 is a facility to be built (region's own wording 指挥调度中心), not a responsible unit; 银川市 is a level", "县级指挥调度中心"),
    N("unknown-unit", "理顺行政和事业支撑体制。", "县委编办 and 县政府办公室 are in units.txt (only 县大数据局 in this note is wrong)", "县委编办"),
    N("unknown-unit", "乡镇基于上级平台推广应用。", "各乡镇人民政府 is a collective; 习岗镇, 金贵镇, 立岗镇, 洪广镇, 常信乡 are registered short names", "习岗镇"),
    N("unknown-unit", "村（社区）强化数据采集和应用。", "各村（社区） is a collective subject", "各村（社区）"),
    N("unknown-unit", "园区、学校、医院等基层单元。", "贺兰工业园区管委会 and 德胜工业园区管委会 are registered short names", "德胜工业园区管委会"),
    N("unknown-unit", "引入专业运营力量。", "数字宁夏建设运营有限公司 is the regional operating company (in the region's text and in units.txt), named as service provider", "数字宁夏建设运营有限公司"),
    N("unknown-unit", "强化智库支撑。", "宁夏大学 is a unit of the regional baseline (task 119) and is named only as a source of experts", "宁夏大学"),
    N("unknown-unit", "完善议事协调机构。", "县推进“数字政府”建设领导小组 and 领导小组办公室 are in units.txt", "领导小组办公室"),
    N("unknown-unit", "1.推进贺兰工业园区、德胜工业园区", "县工信商务局 is the registered short name of 县工业信息化和商务局", "县工信商务局"),
    N("unknown-unit", "2.推进教育、健康、就业", "prefix 县 distributes over the list: 县卫健局, 县人社局, 县文旅广电局, 县民政局, 县交通运输局 are all registered", "卫健局"),
    N("unknown-unit", "7.全县数字政府领域重大改革", "县发改局、财政局: prefix distributes (县财政局); 县直各部门（单位） is a collective", "财政局"),
    N("unknown-unit", "8.围绕基层减负", "县直有关部门（单位） and 各乡镇人民政府 are collectives", "县直有关部门（单位）"),
    N("unknown-unit", "16.对接使用宁夏经济运行大数据平台", "县发改局、工信商务局、统计局: prefix distributes (县工信商务局, 县统计局)", "统计局"),
    N("unknown-unit", "19.用好全区矛盾纠纷多元化解信息系统", "县公安局、司法局、信访局: prefix distributes (县司法局, 县信访局)", "信访局"),
    N("unknown-unit", "27.加强重点区域生态环境监测", "银川市生态环境局贺兰分局 is the county's environmental authority and is in units.txt (a city bureau's county branch, not a regional body)", "银川市生态环境局贺兰分局"),
    N("unknown-unit", "34.探索数字人才资源共享", "县委组织部、宣传部: prefix 县委 distributes (县委宣传部); 县人社局 is a registered short name", "宣传部"),
    N("unknown-unit", "推进适老化与信息无障碍建设。", "县政务服务中心 is in units.txt; 各乡镇便民服务中心 is a collective of facilities", "县政务服务中心"),
    P("数字经济", "taken up as （一）赋能数字经济发展 (智慧园区, 企业上云, 智慧农业, 监管模式)"),
    P("数字社会", "taken up as （二）推进数字社会建设"),
    P("数字生态", "taken up in the county's own words as （三）涵养良好数字生态 (数据要素市场, 数据交易制度, 网络生态)"),
    P("安全保障", "taken up as （一）织密网络和数据安全防线 and table group （四）安全保障体系"),
    P("制度规则", "taken up as （二）完善制度规则和标准规范"),
    P("数据资源", "taken up as （三）用好用活政务数据资源"),
    P("平台支撑", "taken up as （四）依托上级平台集约建设 (政务信创云, 外网, 共性应用, 视频)"),
    P("五个一", "taken up in 四（一）健全县级组织机构: 领导小组, 县政府办公室, 县大数据服务中心, 运营公司 (relied on, not built), 专家咨询组"),
    P("六级贯通", "taken up in 四（二）厘清县、乡、村层级职责 with county, town and village duties"),
    P("政务公开", "taken up as （七）提升政务公开能力 and rows 31-32"),
    P("组织领导", "六（一）加强组织领导"),
    P("财政投入", "六（二）加大财政投入"),
    P("数字素养", "六（三）提升数字素养 (training, talent, 宣传引导)"),
    P("考核评价", "六（四）强化考核评价"),
]

def C(task, sub):
    return {"task": task, "line": ln(sub)}

covers = [
    C(3, "1.推进贺兰工业园区、德胜工业园区"), C(5, "（一）赋能数字经济发展。"), C(6, "2.推进教育、健康、就业"),
    C(9, "（二）推进数字社会建设。"), C(10, "3.推进数字乡村建设"), C(11, "（二）推进数字社会建设。"),
    C(12, "4.配合培育数据要素市场"), C(13, "（三）涵养良好数字生态。"),
    C(14, "压实安全管理责任。"), C(15, "压实安全管理责任。"), C(17, "提升安全防护能力。"),
    C(18, "5.建立健全动态监控"), C(19, "提高自主可控水平。"),
    C(21, "推动政府职能数字化转型。"), C(22, "推动政府职能数字化转型。"),
    C(23, "7.全县数字政府领域重大改革"), C(24, "创新项目建设管理。"), C(25, "创新项目建设管理。"),
    C(28, "8.围绕基层减负"), C(30, "健全数据管理机制。"), C(31, "健全数据管理机制。"), C(32, "健全数据管理机制。"),
    C(33, "9.对接全区人口、法人"), C(34, "9.对接全区人口、法人"), C(36, "深化数据共享应用。"),
    C(40, "10.落实电子公文全流程标准化管理"), C(41, "11.按照全区统一的公共数据开放目录"), C(42, "推进数据有序开放。"),
    C(43, "6.新建政务信息系统基于信创环境"), C(46, "用好政务信创云。"), C(47, "提升网络支撑能力。"),
    C(48, "加快县级电子政务外网城域网升级改造"), C(49, "12.县级各类公共视频资源"), C(50, "提升网络支撑能力。"),
    C(51, "加强共性应用支撑。"), C(52, "13.推广个人电子证照"), C(53, "加强共性应用支撑。"), C(54, "规范电子公文管理。"),
    C(56, "14.推进非税收入收缴电子化"), C(62, "引入专业运营力量。"), C(63, "强化智库支撑。"),
    C(64, "15.参照自治区做法成立县级相应组织机构"), C(65, "（一）提升经济调节能力。"), C(66, "16.对接使用宁夏经济运行大数据平台"),
    C(68, "（二）提升市场监管能力。"), C(70, "17.运用企业信用风险分类结果"), C(71, "18.对食品药品、特种设备"),
    C(72, "（二）提升市场监管能力。"), C(77, "19.用好全区矛盾纠纷多元化解信息系统"), C(79, "20.持续推进“雪亮工程”"),
    C(80, "（三）提升社会管理能力。"), C(83, "21.实施“互联网+基层治理”行动"),
    C(84, "22.推进县、乡、村三级政务服务"), C(85, "（四）提升公共服务能力。"), C(86, "23.做强“我的宁夏”贺兰专区"),
    C(87, "24.优化12345政务服务便民热线"), C(89, "（四）提升公共服务能力。"), C(93, "25.完成县政府网站、政务移动端"),
    C(94, "27.加强重点区域生态环境监测"), C(96, "26.深化“互联网+城乡供水”建设"), C(97, "（五）提升生态环境保护能力。"),
    C(102, "（五）提升生态环境保护能力。"), C(104, "（六）提升政务运行能力。"), C(105, "28.推广“宁政通”"),
    C(106, "29.使用全区统一的填表报数系统"), C(107, "30.统筹整合县内非涉密视频会议系统资源"), C(111, "（六）提升政务运行能力。"),
    C(112, "31.完善县政府网站、政务公开专栏"), C(114, "32.建设县政务新媒体矩阵"), C(115, "（七）提升政务公开能力。"),
    C(116, "（一）加强组织领导。"), C(118, "（三）提升数字素养。"), C(120, "34.探索数字人才资源共享"),
    C(121, "33.每年度制定全县数字政府工作要点"), C(122, "（四）强化考核评价。"), C(123, "（四）强化考核评价。"), C(124, "（四）强化考核评价。"),
]

key = {
    "writer": "blind writer, round 457; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("贺兰县 (银川市) 2024 实施方案 following 宁政发〔2023〕17号 directly; no parent plan is cited or used. "
              "Part 四 mirrors the region's 五个一/六级贯通: 四（一） sets up the county's bodies (领导小组, 县政府办公室, 县大数据服务中心, "
              "reliance on 数字宁夏建设运营有限公司, 专家咨询组) and staff; 四（二） states county / town / village duties and what is not built locally. "
              "Table note: the first-listed unit of a cell is the main lead. Line 55 (task 48, 2025年底) and line 48 (县大数据局) are the two planted "
              "mistakes inside part 四. draft.src.txt is the same text with <TAB> placeholders; make_key.py builds this key and checks every line."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
