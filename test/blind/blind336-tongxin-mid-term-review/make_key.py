# Builds key.json from draft.txt: every line number is found by an anchor string and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0]-1], (anchor, text)
    return hits[0]

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw); return d

def N(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text: d["text"] = text
    d["why"] = why; return d

expect = [
  E("basis-mismatch", "对未按期完成的5项任务", "宁政办发〔2023〕17号",
    "the regional 实施意见 whose 附件2 is the task list is 宁政发〔2023〕17号 (gazette 2023年第10期); 宁政办发 is the 政府办公厅 series, so this 文号 does not belong to it (the preamble, line 3, cites 宁政发〔2023〕17号 correctly)"),
  E("deadline-later-than-baseline", "（一）加快填表报数系统接入", "2026年6月底",
    "task 106 (依托宁政通开发全区统一的填表报数系统，基层干部填表报数工作量压减50%以上) has 完成时限 2025年; the adjusted completion milestone 2026年6月底 is later (the 2025年9月底 sub-step on the same line is fine)"),
  E("deadline-later-than-baseline", "（六）完成适老化与信息无障碍建设收尾", "2025年6月底",
    "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) has 完成时限 2024年; pushing the remainder to 2025年6月底 is later than the region"),
  E("deadline-invalid", "（七）加快机关事务管理系统整合", "2024年10月底",
    "a new deadline set in a report issued 2025年3月 lies in 2024, before the document's own year (slip for 2025); task 111 完成时限 2025年, so it is not late, only impossible"),
  E("deadline-later-than-baseline", "（十二）统筹推进体系框架建设", "2026年底",
    "主要目标: region 宁政发〔2023〕17号 到2025年 \"34567\"体系框架全面成型, parent 吴忠 plan 到2025年 \"1347\"体系框架全面成型 (and the draft's own line 5 says 到2025年); 2026年底 is a later goal"),
  E("unknown-unit", "（二）整合视频会议系统资源", "县大数据局",
    "同心县 has no 县大数据局; units.txt lists 县大数据服务中心 (the city has 市大数据管理服务局 = 市大数据局, a different body)"),
  E("garbled-text", "（二）数据共享应用不够深入", "鏁版嵁鍏变韩浜ゆ崲",
    "UTF-8 bytes of 数据共享交换 read as GBK (re-encode as GBK, decode as UTF-8 recovers it)"),
]

mnf = [
  # citations
  N("basis-mismatch", "为全面掌握《同心县", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"),
  N("basis-mismatch", "为全面掌握《同心县", "吴忠市人民政府《关于加强数字政府建设的实施方案》", "city plan cited by title alone with the right title; it has no 文号"),
  N("basis-mismatch", "为全面掌握《同心县", "同政发〔2024〕12号", "the county's own plan under review, not a higher-level basis document"),
  N("basis-mismatch", "自落实《宁夏回族自治区2020年", "宁政办发〔2020〕14号", "retrospective mention of the old 2020 工作要点, with its correct 文号; not cited as the basis"),
  N("basis-mismatch", "自落实《宁夏回族自治区2020年", "宁政办发〔2023〕11号", "《数字宁夏\"1244+N\"行动计划实施方案》 with the 文号 the 吴忠 plan gives it"),
  N("basis-mismatch", "为全面掌握《同心县", "宁政发〔2023〕17号", "correct title and 文号 of the regional 实施意见"),
  # goals and background dates
  N("deadline-later-than-baseline", "《实施方案》于2024年4月印发实施", "到2025年", "goal restated: 体系框架全面成型 到2025年, equal to region and 吴忠"),
  N("deadline-invalid", "《实施方案》于2024年4月印发实施", "2024年4月", "past date: when the plan under review was issued"),
  N("deadline-later-than-baseline", "健全组织机构。2024年1月", "2024年1月", "past date of an action taken (task 64 完成时限 2025年; not a deadline even if read against task 60, 2023年)"),
  N("deadline-later-than-baseline", "驱动数字经济发展。同心工业园区", "2024年", "statistical year of a result (task 3, 持续推进，2025年取得明显成效)"),
  N("deadline-later-than-baseline", "安全保障方面", "2024年", "past year in which drills were held (task 18, 2023年形成机制，长期坚持); not a deadline"),
  N("deadline-later-than-baseline", "制度规则方面", "2024年", "past year of 会商 results (task 24, 2023年); not a deadline"),
  N("deadline-later-than-baseline", "县政府主要负责同志将数字政府建设", "2024年", "past budget year (task 25, 2023年); not a deadline"),
  N("deadline-invalid", "为全面掌握《同心县", "2025年2月28日", "the office's own data cut-off date"),
  N("deadline-invalid", "注：原定时限为", "2025年2月28日", "the office's own data cut-off date"),
  # the review table: original dates, statuses, reasons
  N("deadline-invalid", "参照自治区做法成立相应组织机构", "2024年6月底", "original date from the 2024 plan (task 64 完成时限 2025年, earlier); 已完成 row, retrospective"),
  N("deadline-invalid", "完成县级电子政务外网升级改造", "2024年10月底", "original date (task 47 完成时限 2024年, equal year); 已完成 row"),
  N("deadline-later-than-baseline", "开展城域网升级改造", "2024年底", "original date equal to task 48 完成时限 2024年; 已完成"),
  N("deadline-later-than-baseline", "推进同心工业园区“智慧园区”建设", "2025年底", "equal to task 3 持续推进，2025年取得明显成效"),
  N("deadline-later-than-baseline", "依托县域医共体推进", "2025年底", "equal to task 8 持续推进，2025年取得明显成效"),
  N("deadline-later-than-baseline", "实施“互联网+基层治理”行动", "2025年6月底", "earlier than task 83 完成时限 2025年"),
  N("deadline-later-than-baseline", "依托全区一体化政务服务平台推进“一网通办”", "2025年2月底", "status date (截至…网上可办率) in an 已完成 row for task 84 (2024年); not a deadline"),
  N("deadline-later-than-baseline", "推进政府网站、政务服务场所适老化", "2024年底", "基本完成 row; original date equal to task 93 完成时限 2024年; the row itself sets no new date"),
  N("deadline-later-than-baseline", "完善业务系统电子文件归档功能", "2024年底", "基本完成 row, original date equal to task 54 完成时限 2024年, no new date"),
  N("deadline-invalid", "推进非税收入收缴电子化，实现教育收费", "2024年12月", "reason with a past date (tender finished 2024年12月); original 2024年底 is earlier than task 56 完成时限 2025年"),
  N("deadline-invalid", "依托“宁政通”接入全区统一填表报数系统", "2024年11月", "reason with a past date; original 2024年底 is earlier than task 106 完成时限 2025年"),
  N("deadline-invalid", "推进“互联网+城乡供水”建设，实现城乡供水数字化管理", "2024年汛期", "reason with a past date (task 96, 2025年)"),
  N("deadline-invalid", "整合县级信息化指挥调度资源", "2024年县级财政资金", "reason with a past date (task 81, 2025年)"),
  N("deadline-invalid", "（一）部分任务推进滞后", "2024年底前", "retrospective: the original due date of tasks now behind"),
  # new dates equal to or earlier than the region's
  N("deadline-later-than-baseline", "（二）整合视频会议系统资源", "2025年6月底", "earlier than task 107 完成时限 2025年"),
  N("deadline-later-than-baseline", "（三）推进非税收入收缴电子化", "2025年10月底", "earlier than task 56 完成时限 2025年"),
  N("deadline-later-than-baseline", "（四）完成视频指挥调度资源整合", "2025年9月底", "earlier than task 81 完成时限 2025年"),
  N("deadline-later-than-baseline", "（五）推进“互联网+城乡供水”建设", "2025年底", "equal to task 96 完成时限 2025年"),
  N("deadline-later-than-baseline", "（十三）强化调度督办", "2025年4月15日", "the office's own reporting date; 2025年度 on the same line is the assessment year (task 122 is about 效能目标管理考核), not a deadline"),
  # units
  N("unknown-unit", "县政府主要负责同志将数字政府建设", "县直各部门（单位）", "collective subject"),
  N("unknown-unit", "安全保障方面", "各乡镇人民政府", "collective subject"),
  N("unknown-unit", "（六）完成适老化与信息无障碍建设收尾", "有关乡镇人民政府", "collective subject (like 自治区有关部门（单位）)"),
  N("unknown-unit", "（九）深化数据共享应用", "上级部门（单位）", "collective, and not a responsible unit"),
  N("unknown-unit", "（一）加快填表报数系统接入", "县政府办", "official short name of 县人民政府办公室 in units.txt"),
  N("unknown-unit", "（六）完成适老化与信息无障碍建设收尾", "县审批局", "short name of 县审批服务管理局 in units.txt"),
  N("unknown-unit", "（三）推进非税收入收缴电子化", "县卫健局", "short name of 县卫生健康局 in units.txt"),
  N("unknown-unit", "（四）完成视频指挥调度资源整合", "县应急局", "short name of 县应急管理局 in units.txt"),
  N("unknown-unit", "（三）推进非税收入收缴电子化", "县人民医院", "listed in units.txt"),
  N("unknown-unit", "平台支撑方面", "市大数据管理服务局", "city unit listed in units.txt (上级业务指导单位), named as guiding, not as a local lead"),
  N("unknown-unit", "健全组织机构。2024年1月", "县大数据服务中心", "the county's real data body, in units.txt"),
  N("unknown-unit", "（十三）强化调度督办", "县政府督查室", "short name of 县人民政府督查室 in units.txt"),
  N("unknown-unit", "（十）充实基层数字化力量", "县人力资源和社会保障局", "in units.txt"),
  N("unknown-unit", "（十一）强化网络安全防护", "县委网信办", "in units.txt"),
  N("unknown-unit", "整合县级信息化指挥调度资源", "县应急指挥中心", "a facility named in a status cell, not a responsible unit"),
  N("unknown-unit", "推进政府网站、政务服务场所适老化", "县政务服务中心", "a service hall named in a status cell (run by 县审批服务管理局), not a responsible unit"),
  N("unknown-unit", "社会管理方面", "县矛盾纠纷多元化解中心", "listed in units.txt; subject of a progress statement"),
  N("unknown-unit", "驱动数字经济发展。同心工业园区", "同心工业园区", "short name of 同心工业园区管委会 in units.txt, and here a place"),
  N("deadline-invalid", "对照《实施方案》重点任务清单，本次重点评估29项任务", "2024年内", "retrospective: the original year of the tasks counted"),
  N("garbled-text", "参照自治区做法成立相应组织机构", "—", "an em dash as an empty table cell, not damage"),
  # pillars
  N("missing-pillar", "营造良好数字生态", None, "数字生态 is taken up (公共数据开放、数据要素市场、网络生态治理)"),
  N("missing-pillar", "厘清层级职责", None, "五个一/六级贯通 work system is folded into 一套体系 (健全组织机构、厘清层级职责), as in the 吴忠 plan"),
]
mnf[-2]["pillar"] = "数字生态"
mnf[-1]["pillar"] = "六级贯通"

cov = [
 (64,"参照自治区做法成立相应组织机构"),(3,"推进同心工业园区“智慧园区”建设"),(8,"依托县域医共体推进"),
 (10,"推进数字乡村建设，补齐乡村信息基础设施短板"),(46,"推进县级非涉密政务信息系统向自治区政务云有序迁移"),
 (47,"完成县级电子政务外网升级改造"),(48,"开展城域网升级改造"),(56,"推进非税收入收缴电子化，实现教育收费"),
 (54,"完善业务系统电子文件归档功能"),(57,"迭代升级“信用中国（宁夏）同心”"),(71,"加强重点领域追溯监管"),
 (79,"持续推进“雪亮工程”"),(81,"整合县级信息化指挥调度资源"),(83,"实施“互联网+基层治理”行动"),
 (84,"依托全区一体化政务服务平台推进“一网通办”"),(86,"推进“我的宁夏”政务APP同心专区建设"),
 (89,"建设惠企政策专栏"),(93,"推进政府网站、政务服务场所适老化"),(94,"配合建设全区生态环境数据资源中心，推进县域"),
 (96,"推进“互联网+城乡供水”建设，实现城乡供水数字化管理"),(98,"配合建设“智慧林草”云平台"),
 (104,"全面应用宁夏政务协同办公平台"),(105,"推广“宁政通”移动办公"),(106,"依托“宁政通”接入全区统一填表报数系统"),
 (107,"整合县直各部门、各乡镇非涉密视频会议系统资源"),(111,"整合县级机关事务管理信息系统"),
 (112,"完善政务公开信息化平台"),(114,"构建政务新媒体矩阵体系"),(115,"整合12345热线、政府网站、县长信箱"),
 (7,"引领数字社会建设。"),(14,"安全保障方面"),(24,"制度规则方面"),(30,"数据资源方面"),(66,"经济调节方面"),
 (116,"县政府主要负责同志将数字政府建设"),
]
covers = [{"task": t, "line": ln(a)} for t, a in cov]

key = {
 "writer": "blind writer, round 336; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2025,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("A mid-term review (2025年3月) of 同心县's 2024 plan. planYear is the review's own year, 2025: original "
           "dates in the part-二 table and reasons with 2024 dates are retrospective, while new dates set in part 四 must "
           "lie in 2025 or later and no later than the regional task list. The table columns are 任务 | 原定时限 | 完成情况 | 未完成原因; "
           "the 2024 plan's own original dates are all equal to or earlier than the region's. Every task due 2024 in the "
           "region is 已完成 or 基本完成 except task 93, whose remainder is rescheduled to 2025年6月 (planted). "
           "The county units registry is units.txt (乡镇 and a few city units included).")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e['text'])
