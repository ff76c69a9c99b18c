# Builds key.json; every line number is found by searching draft.txt and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L.pop()

def line_of(anchor, nth=1):
    hits = [i + 1 for i, s in enumerate(L) if anchor in s]
    assert len(hits) >= nth, (anchor, hits)
    return hits[nth - 1]

def chk(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:40])
    return line

def E(rule, anchor, text, why, **kw):
    ln = chk(line_of(anchor), text)
    d = {"rule": rule, "line": ln, "text": text, "why": why}; d.update(kw); return d

def N(rule, anchor, why, text=None):
    ln = line_of(anchor)
    d = {"rule": rule, "line": ln}
    if text is not None:
        chk(ln, text); d["text"] = text
    d["why"] = why
    return d

expect = [
    E("basis-mismatch", "制定本要点。", "宁政办发〔2023〕17号",
      "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document), not 宁政办发; the 办发 prefix was carried over from the 1244+N plan cited next to it"),
    E("unknown-unit", "全市公共视频资源整合接入", "自治区党委政法委",
      "a regional body named as 牵头单位 of a city carry-over task (copied from regional task 49's 责任单位); the city's lead would be 市委政法委"),
    E("deadline-later-than-baseline", "电子政务外网向全市村（社区）延伸", "2025年9月底前",
      "carried-over task = regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年 (also task 47, 2024年); the carry-over pushes it into 2025, later than the region"),
    E("unknown-unit", "23.提升公共服务能力", "市数据局",
      "not in the units registry (wuzhong.units.txt lists 市大数据管理服务局 = 市大数据局); 市数据局 is neither the canonical name nor a listed short name"),
    E("deadline-later-than-baseline", "27.推进基层减负增效", "2026年6月底前",
      "regional task 106 (依托宁政通开发上线全区统一的填表报数系统，基层填表报数工作量压减50%以上), 完成时限 2025年"),
    E("deadline-invalid", "29.提升机关事务管理数字化水平", "2024年12月底前",
      "a 2025 task (not a completed one) dated before the year the 要点 is issued (2025); stale date from last year's 要点. Not a copied regional date: regional task 111 is due 2025年, so it is not late either"),
    E("garbled-text", "30.提升政务公开能力", "鏀跨瓥淇℃伅",
      "UTF-8 bytes read as GBK: 鏀跨瓥淇℃伅闆嗘垚鏅鸿兘鍙戝竷 = 政策信息集成智能发布"),
]

done_rows = [
    ("1\t市级成立数字政府建设工作专班", "2024年3月", "task 64 (各地各部门成立相应组织机构), 2025年"),
    ("2\t摸清全市政务数据资源底数", "2023年12月", "task 30 (政务数据资源目录、一本账), 2023年"),
    ("3\t明确各部门（单位）数据管理机构", "2023年12月", "task 32 (数据管理机构及其职责分工、人员), 2023年"),
    ("4\t市级非涉密政务信息系统向自治区政务信创云", "2024年10月", "task 46 (政务信息系统有序迁移), 2024年; task 19/43 also 2024"),
    ("5\t“我的宁夏”政务APP吴忠专区", "2024年9月", "task 86 (我的宁夏 应上尽上), 2024年"),
    ("6\t完成市、县两级政府网站", "2024年11月", "task 93 (适老化与信息无障碍建设), 2024年"),
    ("7\t编制完善监管事项目录", "2023年12月", "task 68 (照单监管), 2023年"),
    ("8\t“宁政通”APP在全市各级机关", "2024年6月", "task 105 (宁政通 总门户), 2024年"),
    ("9\t推进“雪亮工程”向乡村延伸", "2024年12月", "task 79 (雪亮工程), 2024年"),
    ("10\t建成全市统一、分级分类", "2024年12月", "task 113 (政策文件库 一库通查), 2024年"),
]

mnf = []
mnf.append(N("basis-mismatch", "吴政办发〔2025〕4号", "the draft's own 文号 in the 通知 heading, not a basis citation", "吴政办发〔2025〕4号"))
mnf.append(N("basis-mismatch", "制定本要点。", "国发〔2022〕14号 is the correct 文号 of 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号"))
mnf.append(N("basis-mismatch", "制定本要点。", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）is cited exactly as in the 吴忠 plan (seeds); correct", "宁政办发〔2023〕11号"))
mnf.append(N("basis-mismatch", "制定本要点。", "the city's own plan cited by title alone (吴忠市人民政府《关于加强数字政府建设的实施方案》), which has no 文号; title correct", "吴忠市人民政府《关于加强数字政府建设的实施方案》"))
mnf.append(N("basis-mismatch", "2024年是我市《关于加强数字政府建设的实施方案》", "retrospective mention of last year's city 要点 and of the plan's issue date in the review section; not cited as a basis", "《吴忠市数字政府建设2024年工作要点》"))
mnf.append(N("deadline-invalid", "2024年是我市《关于加强数字政府建设的实施方案》", "past dates in the background (2023年11月27日印发, 截至2024年12月底), not deadlines", "2023年11月27日"))
mnf.append(N("deadline-invalid", "制定本要点。", "past year in the preamble (巩固2024年建设成果), not a deadline", "2024年"))
for anchor, date, why in done_rows:
    mnf.append(N("deadline-invalid", anchor,
                 "task reported 已完成 with its past completion date (retrospective, before the issue year is expected); "
                 "no later than the regional deadline: " + why, date))
mnf.append(N("deadline-later-than-baseline", "在全区统一政务数据平台基础上", "carried-over task dated within 2025: regional task 29 (自治区统一的政务数据平台/一体化政务大数据体系), 完成时限 2023年启动，2025年完成; same year", "2025年12月底前"))
mnf.append(N("deadline-later-than-baseline", "完成12345政务服务便民热线智能交互建设", "carried-over task dated within 2025: regional task 87 (12345热线 总客服, 智能交互), 完成时限 2023年启动，2025年完成", "2025年11月底前"))
mnf.append(N("deadline-later-than-baseline", "全市公共视频资源整合接入", "carried-over task dated within 2025: regional task 49 (全区统一的视频共享平台), 完成时限 2025年 (the planted mistake on this line is the unit only)", "2025年10月底前"))
mnf.append(N("deadline-later-than-baseline", "全市教育收费、医疗收费", "carried-over task dated within 2025: regional task 56 (非税收入收缴电子化全覆盖), 完成时限 2025年", "2025年6月底前"))
mnf.append(N("deadline-later-than-baseline", "太阳山开发区、金积工业园区", "carried-over task dated within 2025: regional task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效", "2025年12月底前"))
mnf.append(N("unknown-unit", "太阳山开发区、金积工业园区", "太阳山开发区管委会 is in the registry (wuzhong.units.txt)", "太阳山开发区管委会"))
mnf.append(N("unknown-unit", "注：牵头单位有多个的", "note only; no unit", None))
mnf[-1] = {"rule": "unknown-unit", "line": line_of("市工信局、市应急局、市生态环境局，利通区人民政府"), "text": "市工信局", "why": "registry short name of 市工业和信息化局"}
mnf.append(N("deadline-later-than-baseline", "主要目标：到2025年底", "主要目标 goal equal to the region's: 到2025年 “34567”体系框架全面成型 (宁政发〔2023〕17号 主要目标); 到2025年底 is the same year", "到2025年底"))
mnf.append(N("unknown-unit", "1.健全组织机构", "collective subjects 各县（市、区）人民政府 and 各乡镇（街道）", "各乡镇（街道）"))
mnf.append(N("deadline-later-than-baseline", "1.健全组织机构", "regional task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年; city 2025年6月底前 is earlier", "2025年6月底前"))
mnf.append(N("unknown-unit", "4.推动“5G+工业互联网”融合应用", "prefix distributes: 市工业和信息化局、发展改革委、商务局 = 市工业和信息化局, 市发展改革委, 市商务局 (all in the registry)", "发展改革委"))
mnf.append(N("unknown-unit", "4.推动“5G+工业互联网”融合应用", "宁夏通信管理局 is a regional unit of the baseline, named only as a cooperating unit (配合), not as lead", "宁夏通信管理局"))
mnf.append(N("deadline-later-than-baseline", "5.完善数字经济治理", "regional task 5 (政企协同、部门协同、社会共治的监管和治理机制), 完成时限 持续推进，2025年取得明显成效; identical", "2025年取得明显成效"))
mnf.append(N("deadline-later-than-baseline", "6.加快智慧城市建设", "regional task 9 (智慧城市, 一网统管, 城市运行管理服务平台), 完成时限 持续推进，2025年取得明显成效; identical", "2025年取得明显成效"))
mnf.append(N("unknown-unit", "6.加快智慧城市建设", "市城管局 is the registry short name of 市城市管理局", "市城管局"))
mnf.append(N("unknown-unit", "7.深化数字普惠应用", "prefix distributes: 市卫生健康委、教育局、民政局 = 市卫生健康委, 市教育局, 市民政局", "教育局"))
mnf.append(N("deadline-later-than-baseline", "7.深化数字普惠应用", "regional tasks 8 (互联网+医疗健康, 持续推进，2025年取得明显成效), 7 (国家智慧教育平台, 2023年形成试点经验，2025年取得明显成效) and 6 (养老等服务数字化, 持续推进，2025年取得明显成效); 2025 = 2025", "2025年12月底前"))
mnf.append(N("deadline-later-than-baseline", "8.推进数字乡村建设", "regional tasks 10 (数字乡村, 持续推进，2025年取得明显成效) and 11 (数字供销, 2023年完成主要建设任务，2025年取得明显成效); same final milestone", "2025年12月底前取得明显成效"))
mnf.append(N("deadline-later-than-baseline", "9.培育数据要素市场", "regional task 12 (培育数据要素市场主体, 数据产权交易机制), 完成时限 2025年", "2025年11月底前"))
mnf.append(N("deadline-invalid", "11.强化安全保障", "retrospective year inside the task text (在2023年明确…主体责任的基础上), not the task's deadline", "2023年"))
mnf.append(N("deadline-later-than-baseline", "11.强化安全保障", "ongoing duty: regional task 18 (安全技术保障体系, 常态化安全防护和应急演练), 完成时限 2023年形成机制，长期坚持; the 2023 part (task 14) is reported as already done in the same sentence", "长期坚持"))
mnf.append(N("deadline-later-than-baseline", "12.提高自主可控水平", "长期坚持 on an ongoing principle (信创环境开发、密码应用、安全评估) that has no dated regional task; not a completion date later than task 19 (信创云建成)", "长期坚持"))
mnf.append(N("unknown-unit", "13.深化审管协同", "市审批局 and 市住建局 are registry short names", "市审批局"))
mnf.append(N("deadline-later-than-baseline", "13.深化审管协同", "regional task 22 (审管协同, 一体化政务服务平台与互联网+监管系统打通融合; 各地级市具体负责), 完成时限 2025年", "2025年10月底前"))
mnf.append(N("deadline-later-than-baseline", "14.开展试点示范", "regional task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效; identical final milestone", "2025年12月底前取得明显成效"))
mnf.append(N("deadline-later-than-baseline", "17.拓展电子证照应用", "regional task 52 (电子证照在就医上学、酒店入住、工作应聘等社会化高频场景, 企业证照在招标、商务合同), 完成时限 2025年", "2025年9月底前"))
mnf.append(N("deadline-later-than-baseline", "18.优化政务平台布局", "regional task 59 (政务平台评估定级, 融合归并受众面小、保障能力弱的平台), 完成时限 2025年", "2025年12月底前"))
mnf.append(N("unknown-unit", "19.提升经济调节能力", "市工信局, 市发改委 are registry short names; 吴忠市税务局 is in the registry", "吴忠市税务局"))
mnf.append(N("deadline-later-than-baseline", "19.提升经济调节能力", "regional task 66 (宁夏经济运行大数据平台, 经济监测预警), 完成时限 2025年", "2025年12月底前"))
mnf.append(N("deadline-later-than-baseline", "21.提升社会管理能力", "regional task 83 (互联网+基层治理, 新型基层管理服务平台), 完成时限 2025年", "2025年11月底前"))
mnf.append(N("unknown-unit", "22.提升公共安全保障能力", "吴忠市消防救援支队 and 吴忠市气象局 are in the registry", "吴忠市消防救援支队"))
mnf.append(N("deadline-later-than-baseline", "22.提升公共安全保障能力", "regional task 81 (统一的视频指挥调度体系), 完成时限 2025年", "2025年12月底前"))
mnf.append(N("deadline-later-than-baseline", "23.提升公共服务能力", "regional task 92 (多卡合一、多码合一、多表合一; 各地级市牵头), 完成时限 2025年 (the planted mistake on this line is the unit only)", "2025年10月底前"))
mnf.append(N("deadline-later-than-baseline", "25.推进数字治水", "regional task 96 (互联网+城乡供水, 数字治水), 完成时限 2025年", "2025年12月底前"))
mnf.append(N("deadline-later-than-baseline", "26.提升生态环境智慧监管水平", "regional tasks 95 (大气、水、土壤、自然生态…数据资源综合开发利用) and 101 (碳排放智能监测和动态核算体系), both 2025年", "2025年12月底前"))
mnf.append(N("deadline-later-than-baseline", "28.整合视频会议资源", "regional task 107 (整合非涉密视频会议系统资源), 完成时限 2025年", "2025年9月底前"))
mnf.append(N("deadline-later-than-baseline", "依托青年拔尖人才和青年托举人才培养计划", "regional task 120 (青年骨干人才, 数字人才资源共享和合理流动机制), 完成时限 2025年", "2025年12月底前"))
mnf.append(N("deadline-later-than-baseline", "（五）强化督办落实", "the office's own reporting dates (季度报送, 上半年总结, 全年完成情况报送 in January 2026), not task deadlines", "2026年1月10日前"))
mnf.append(N("deadline-invalid", "（五）强化督办落实", "reporting date within the plan year", "2025年7月10日前"))
mnf.append(N("missing-pillar", "（四）强化“七种能力”", "all 七个能力 are taken up in items 19–31 (经济调节, 市场监管, 社会管理/公共安全, 公共服务, 生态环境保护 in 25–26, 政务运行 in 27–29, 政务公开 in 30–31); 五个一/六级贯通 are folded into 一套体系 (items 1–3); 党的领导 in 四、保障措施"))
mnf[-1]["line"] = 0

covers_spec = [
    (64, "1.健全组织机构"), (3, "太阳山开发区、金积工业园区"), (5, "5.完善数字经济治理"),
    (9, "6.加快智慧城市建设"), (6, "7.深化数字普惠应用"), (7, "7.深化数字普惠应用"), (8, "7.深化数字普惠应用"),
    (10, "8.推进数字乡村建设"), (11, "8.推进数字乡村建设"), (12, "9.培育数据要素市场"),
    (18, "11.强化安全保障"), (14, "11.强化安全保障"), (22, "13.深化审管协同"), (28, "14.开展试点示范"),
    (24, "15.健全制度规范"), (29, "在全区统一政务数据平台基础上"), (87, "完成12345政务服务便民热线智能交互建设"),
    (49, "全市公共视频资源整合接入"), (48, "电子政务外网向全市村（社区）延伸"), (56, "全市教育收费、医疗收费"),
    (52, "17.拓展电子证照应用"), (59, "18.优化政务平台布局"), (66, "19.提升经济调节能力"),
    (70, "20.提升市场监管能力"), (72, "20.提升市场监管能力"), (74, "20.提升市场监管能力"),
    (83, "21.提升社会管理能力"), (81, "22.提升公共安全保障能力"), (92, "23.提升公共服务能力"),
    (96, "25.推进数字治水"), (95, "26.提升生态环境智慧监管水平"), (101, "26.提升生态环境智慧监管水平"),
    (106, "27.推进基层减负增效"), (107, "28.整合视频会议资源"), (111, "29.提升机关事务管理数字化水平"),
    (112, "30.提升政务公开能力"), (114, "30.提升政务公开能力"), (115, "31.畅通政民互动渠道"),
    (116, "（一）加强组织领导"), (25, "（二）加大资金保障"), (118, "（三）提升数字素养"),
    (120, "依托青年拔尖人才和青年托举人才培养计划"), (122, "（四）强化考核评价"), (123, "（四）强化考核评价"),
    (124, "（四）强化考核评价"),
    (30, "2\t摸清全市政务数据资源底数"), (32, "3\t明确各部门（单位）数据管理机构"),
    (46, "4\t市级非涉密政务信息系统"), (86, "5\t“我的宁夏”政务APP吴忠专区"), (93, "6\t完成市、县两级政府网站"),
    (68, "7\t编制完善监管事项目录"), (105, "8\t“宁政通”APP在全市各级机关"), (79, "9\t推进“雪亮工程”"),
    (113, "10\t建成全市统一、分级分类"),
]
covers = [{"task": t, "line": line_of(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 499; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "wuzhong",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("吴忠市数字政府建设2025年工作要点 (吴政办发〔2025〕4号, 2025-01-22), checked against 宁政发〔2023〕17号 only; "
              "the city's 2023 实施方案 is cited by title but is not a parent in this key. Section 一 reports 10 tasks 已完成 "
              "(table 1, past completion dates, each no later than its regional deadline) and 6 结转 tasks (table 2). "
              "Planted: wrong 文号 for the regional 实施意见 (line 9); regional body as lead of a city carry-over (line 30); "
              "carry-over of a 2024 regional task into 2025 (line 31); unregistered 市数据局 (line 67); 2026 for a 2025 task (line 71); "
              "a 2024 deadline on a new 2025 task (line 73); mojibake (line 74). Items 15, 20, 24, 30, 31 and the 保障措施 "
              "paragraphs deliberately carry no 完成时限 because their regional tasks are dated 2023/2024 and the work is continuing. "
              "Covers for tasks only reported done in table 1 (30, 32, 46, 86, 93, 68, 105, 79, 113) are included because the draft "
              "reports them; a reviewer might not count a completed-task report as taking the task up."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
