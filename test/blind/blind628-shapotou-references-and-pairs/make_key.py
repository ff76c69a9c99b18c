# Helper kept in the case folder: builds key.json with line numbers looked up in draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(sub, text=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (text, hits[0])
    return hits[0]

def e(rule, sub, text, why, **kw):
    d = {"rule": rule, "line": ln(sub, text)}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

expect = [
    e(BM, "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (自治区人民政府文件, 2023-05-16), not a 宁政办发 number; line 8 of the draft itself cites it correctly as 宁政发〔2023〕17号"),
    e(UU, "完善数据管理机制。", "区大数据管理局",
      "not in units.txt: the district's data body is 区大数据服务中心 (used everywhere else in the draft); 区大数据管理局 does not exist"),
    e(DL, "推进业务专网整合。", "2025年底前",
      "the measure (非涉密业务专网向电子政务外网整合迁移或安全互联, 跨网数据传输) is regional task 50, 完成时限 2024年; the bracket cites 第59项 (政务平台评估定级分类, 2025年), a number that does not fit the measure, so the date only looks equal; against its real task it is a year late"),
    e(DL, "加快适老化改造。", "2025年底前",
      "ordinary sentence without a bracket; 适老化与信息无障碍建设 of websites, 移动端 and service places is regional task 93, 完成时限 2024年"),
    e(DL, "提升行政执行能力。", "2025年6月底前",
      "pair '第105、106项，分别于2025年6月底前、2025年底前': the first date belongs to task 105 (宁政通 移动办公总门户 / 接入, 完成时限 2024年) and is late; the second (2025年底前) fits task 106 (填表报数, 2025年) and is fine; the draft's own 2024 goal (line 16) also says 宁政通 接入 in 2024"),
    e("garbled-text", "姘村钩。推进公共资源交易", "鎻愬崌琛屾斂鐩戠潱",
      "sub-item title 提升行政监督水平 as UTF-8 bytes read as GBK (鎻愬崌琛屾斂鐩戠潱姘村钩); re-encoding as GBK and decoding as UTF-8 recovers it"),
    e(UU, "5\t区级政务数据仓库", "自治区政府办公厅",
      "wrong body: a regional body (自治区政府办公厅) named as the lead (牵头) of a district task in the district's own task table (tasks 37/39 at district level); copied from the regional pattern"),
]

mnf = [
    # paired / multiple dates, each equal to or earlier than its own task
    e(DL, "推进产业和园区数字化。", "2024年", "pair 第2、3项: 2024年 = task 2 (2023年启动，2024年取得明显成效); 2025年 = task 3 (持续推进，2025年取得明显成效)"),
    e(DL, "培育数据要素市场。", "2025年", "pair 第12、13项 '分别于2025年、2024年底前': 2025年 = task 12 (2025年); 2024年底前 = task 13 (2024年); the first date is later than the second task's but belongs to task 12"),
    e(DL, "提升网络平台支撑能力。", "2024年9月底前", "pair 第47、48项: 2024年9月底前 earlier than task 47 (2024年); 2024年底前 = task 48 (2024年)"),
    e(DL, "推广共性应用。", "2025年底前", "pair 第52、53项: 2025年底前 = task 52 (2025年); 2024年底前 = task 53 (2024年)"),
    e(DL, "推进财政电子化。", "2025年6月底前", "pair cited in reverse order 第56、55项: 2025年6月底前 is earlier than task 56 (2025年); 2024年底前 = task 55 (2024年)"),
    e(DL, "深化数据共享和开发利用。", "2024年10月底前", "pair 第37、42项: 2024年底前 = task 37 (2024年); 2024年10月底前 earlier than task 42 (2024年)"),
    e(DL, "配合建设基础库和主题库。", "2024年底前", "pair 第33、34项: 2024年 = task 33 (2024年); 2024年底前 = task 34 (2024年)"),
    e(DL, "以数字化改革助力政府职能转变。", "2025年", "pair 第21、22项: 2024年 = task 21 (2024年); 2025年 = task 22 (2025年)"),
    e(DL, "（一）提升经济调节能力。", "2025年", "pair 第65、66项: 2024年 = task 65 (2024年); 2025年 = task 66 (2025年)"),
    e(DL, "提升矛盾化解和基层治理能力。", "2025年", "pair cited in reverse order 第83、77项: 2025年 = task 83 (2025年); 2024年 = task 77 (2024年)"),
    e(DL, "提升智慧便捷服务能力。", "2025年", "pair 第86、87项: 2024年底前 = task 86 (2024年); 2025年 = task 87 (2023年启动，2025年完成)"),
    e(DL, "推进公共场馆数字化。", "2025年", "pair 第90、92项: 2024年 = task 90 (2024年); 2025年 = task 92 (2025年)"),
    e(DL, "加强生态环境数字化监测。", "2025年", "pair 第94、95项: 2024年 = task 94 (2024年); 2025年 = task 95 (2025年)"),
    e(DL, "提高自然资源利用效率。", "2025年", "three dates 第96、97、98项 '分别于2025年、2024年、2024年': task 96 2025年, task 97 2024年, task 98 2024年, each equal"),
    e(DL, "完善政务公开平台和新媒体矩阵。", "2024年10月底前", "pair 第112、114项: 2024年10月底前 earlier than task 112 (2024年); 2024年底前 = task 114 (2024年)"),
    # single dates equal or earlier
    e(DL, "（一）健全组织机构。", "2024年6月底前", "task 64 (各地参照成立组织机构) 完成时限 2025年; earlier"),
    e(DL, "强化政务云和视频资源支撑。", "2025年底前", "第49项 (视频一张网) 2025年: equal; 第43项 given by reference (按自治区要求时限完成)"),
    e(DL, "推进监管精准化。", "2024年底前", "第70、71项 both 2024年: equal; 第68项 (2023年) stated as already done"),
    e(DL, "提升社会治安和公共安全保障能力。", "2024年底前", "第79、80项 both 2024年: equal"),
    e(DL, "服务算力枢纽建设。", "2025年", "task 1: 持续推进，2025年取得明显成效, copied: equal"),
    e(DL, "提高自主可控水平。", "2024年底前", "task 19: 2023年启动，2024年建成; equal"),
    e(DL, "完善数据管理机制。", "2025年底前", "task 29: 2023年启动，2025年完成; equal"),
    e(DL, "开展试点示范。", "2025年", "task 28: 2023年启动，2025年取得明显成效; 2024年申报试点 is an intermediate step"),
    e(DL, "（三）提升数字素养。", "2024年底前", "第117项 2024年: equal; 第118项 stated as done in 2023 and ongoing"),
    # times by reference
    e(DL, "创新建设管理机制。", "按自治区要求时限完成", "time by reference for tasks 23/24, no date of its own (line 8 explains the convention)"),
    e(DL, "配合推进智慧城市建设。", "与全市同步推进", "time by reference for task 9 (各地级市牵头, 持续推进); no date of its own"),
    e(DL, "打造泛在可及的服务体系。", "与全区同步推进", "time by reference for task 84; no date of its own"),
    e(DL, "畅通政民互动渠道。", "随市级平台上线同步接入", "time by reference for task 115; no date of its own"),
    e(DL, "6\t区级政务云资源", "按自治区要求时限完成", "table row, time by reference for task 43"),
    e(DL, "7\t12345热线", "随市级平台上线同步接入", "table row, time by reference for tasks 87/115"),
    e(DL, "5\t区级政务数据仓库", "2024年", "table row for tasks 37/39, both 2024年: equal (the row's error is its lead unit, not its date)"),
    e(DL, "8\t基层填表报数减负", "2025年", "table row for task 106 (2025年): equal"),
    e(DL, "3\t“我的宁夏”", "2024 年", "task 86 (2024年): equal, written with a space"),
    # goals
    e(DL, "2024年，区级电子政务外网完成升级改造", "2024年", "2024 goals match tasks 47/48 (2024), 19/43 (2024), 86 (2024), 105 (2024): all equal; none of them restates a region 到2023年底 goal"),
    e(DL, "到2025年，我区数字政府建设工作体系全面成型", "到2025年", "same year as the region's 到2025年 goal (体系框架全面成型)"),
    e(DL, "到2035年，与政府治理能力现代化", "到2035年", "same year as the region's 到2035年 goal"),
    # past dates, copied pre-plan-year deadlines, own reporting dates
    e(DI, "自《宁夏回族自治区2020年", "2020年底前", "background: past achievements (2020, 2022, 2023, 截至2023年底), not deadlines"),
    e(DI, "强化安全管理责任。", "2023年", "tasks 14/15 (2023年) reported as already done in 2023, ongoing since"),
    e(DI, "完善数据管理机制。", "2023年已明确", "background: data responsibilities (tasks 31/32, 2023年) already set in 2023; the line's deadline is task 29's"),
    e(DI, "落实安全制度要求。", "2023年形成机制", "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan's year"),
    e(DI, "（一）加强组织领导。", "2023年完成并长期坚持", "copied regional deadline of task 116, before the plan's year"),
    e(DI, "（四）强化考核评价。", "2023年完成", "copied regional deadlines of tasks 122/123 (2023年完成，长期坚持), before the plan's year"),
    e(DI, "11\t干部数字化能力培训", "2023年完成并长期坚持", "table row copying task 118's regional deadline, before the plan's year"),
    e(DI, "本方案括号内“对应自治区任务第×项”", "2023年—2025年", "year range in the title of the regional task list, not a deadline"),
    e(DI, "各责任单位于每季度末月25日前", "2024年12月10日前", "the office's own reporting dates, not task deadlines"),
    # units
    e(UU, "推进数字乡村建设。", "各乡镇人民政府", "collective subject"),
    e(UU, "营造安全可靠的数字化发展环境。", "区直各部门（单位）", "collective subject"),
    e(UU, "配合推进智慧城市建设。", "区直有关部门", "collective subject"),
    e(UU, "完善数字经济治理体系。", "中卫市公安局沙坡头区分局", "listed in units.txt as one name (city bureau's district branch); must not be split"),
    e(UU, "加强生态环境数字化监测。", "中卫市生态环境局沙坡头区分局", "listed in units.txt as one name; must not be split"),
    e(UU, "服务算力枢纽建设。", "区工信商务局", "short name of 区工业信息化和商务局 in units.txt (区发改局, 区审批局 likewise)"),
    e(UU, "创新建设管理机制。", "审计局", "prefix 区 distributes: 区财政局、审计局 = 区财政局, 区审计局"),
    e(UU, "10\t矛盾纠纷多元化解", "信访局", "prefix 区 distributes: 区司法局、信访局 = 区司法局, 区信访局"),
    e(UU, "推进公共服务数字化。", "区教体局", "short name of 区教育体育局; list with 分别负责"),
    e(UU, "（一）健全组织机构。", "区大数据服务中心", "listed unit; 领导小组办公室 seat, not a lead of an unknown body"),
    # basis
    e(BM, "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan"),
    e(BM, "根据《国务院关于加强数字政府建设的指导意见》", "中卫市人民政府《关于加强数字政府建设的实施方案》", "a city plan cited by title alone, without 文号"),
    e(BM, "自《宁夏回族自治区2020年", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 with its correct 文号, not cited as a basis"),
    e(BM, "本方案括号内“对应自治区任务第×项”", "宁政发〔2023〕17号", "correct 文号 of the regional 实施意见 (short citation of its 附件2)"),
]

covers_spec = [
    (1, "服务算力枢纽建设。"), (2, "推进产业和园区数字化。"), (3, "推进产业和园区数字化。"),
    (5, "完善数字经济治理体系。"), (6, "推进公共服务数字化。"), (7, "推进公共服务数字化。"),
    (8, "推进公共服务数字化。"), (9, "配合推进智慧城市建设。"), (10, "推进数字乡村建设。"),
    (11, "推进数字乡村建设。"), (12, "培育数据要素市场。"), (13, "培育数据要素市场。"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (18, "落实安全制度要求。"),
    (19, "提高自主可控水平。"), (21, "以数字化改革助力政府职能转变。"), (22, "以数字化改革助力政府职能转变。"),
    (23, "创新建设管理机制。"), (24, "创新建设管理机制。"), (25, "（二）加大财政投入。"),
    (28, "开展试点示范。"), (29, "完善数据管理机制。"), (33, "配合建设基础库和主题库。"),
    (34, "配合建设基础库和主题库。"), (37, "深化数据共享和开发利用。"), (39, "5\t区级政务数据仓库"),
    (42, "深化数据共享和开发利用。"), (43, "强化政务云和视频资源支撑。"), (47, "提升网络平台支撑能力。"),
    (48, "提升网络平台支撑能力。"), (49, "强化政务云和视频资源支撑。"), (50, "推进业务专网整合。"),
    (52, "推广共性应用。"), (53, "推广共性应用。"), (55, "推进财政电子化。"), (56, "推进财政电子化。"),
    (57, "完善信用平台应用。"), (64, "（一）健全组织机构。"), (65, "（一）提升经济调节能力。"),
    (66, "（一）提升经济调节能力。"), (68, "推进监管精准化。"), (70, "推进监管精准化。"),
    (71, "推进监管精准化。"), (73, "推进监管协同化、智能化。"), (74, "推进监管协同化、智能化。"),
    (77, "提升矛盾化解和基层治理能力。"), (79, "提升社会治安和公共安全保障能力。"),
    (80, "提升社会治安和公共安全保障能力。"), (83, "提升矛盾化解和基层治理能力。"),
    (84, "打造泛在可及的服务体系。"), (86, "提升智慧便捷服务能力。"), (87, "提升智慧便捷服务能力。"),
    (88, "提供优质便利的涉企服务。"), (89, "提供优质便利的涉企服务。"), (90, "推进公共场馆数字化。"),
    (92, "推进公共场馆数字化。"), (93, "加快适老化改造。"), (94, "加强生态环境数字化监测。"),
    (95, "加强生态环境数字化监测。"), (96, "提高自然资源利用效率。"), (97, "提高自然资源利用效率。"),
    (98, "提高自然资源利用效率。"), (101, "推动绿色低碳转型。"), (102, "推动绿色低碳转型。"),
    (103, "强化辅助决策。"), (105, "提升行政执行能力。"), (106, "提升行政执行能力。"),
    (107, "统筹视频会议和机关事务管理。"), (108, "姘村钩。推进公共资源交易"), (111, "统筹视频会议和机关事务管理。"),
    (112, "完善政务公开平台和新媒体矩阵。"), (114, "完善政务公开平台和新媒体矩阵。"),
    (115, "畅通政民互动渠道。"), (116, "（一）加强组织领导。"), (117, "（三）提升数字素养。"),
    (118, "（三）提升数字素养。"), (121, "（四）强化考核评价。"), (122, "（四）强化考核评价。"),
    (123, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 628; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("沙坡头区 (district of 中卫市) 2024 实施方案, issued 2024-03-18, checked against ningxia-2023 only (no parent plan). "
              "Inside this draft '全区' in background/goal sentences (lines 10, 17) means the district, while '全区一体化…平台' and '与全区同步推进' refer to the autonomous region. "
              "Brackets '对应自治区任务第N、M项，分别于A、B完成' pair dates with task numbers in order (line 8 states the convention); two pairs are cited in reverse numeric order (56、55 and 83、77). "
              "Line 46 cites 第59项 but its measure is task 50; line 75's second date (2025年底前, task 106) is correct, only the first is late. "
              "Line 7 carries one planted basis error (宁政办发〔2023〕17号) and three correct citations; line 97 carries one planted unit error (自治区政府办公厅 as lead) and a correct date. "
              "Lines 83-85 tie 2023 regional tasks (25, 118, 122, 123) to '已于2023年…，长期坚持' or the copied '2023年完成，长期坚持'."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
