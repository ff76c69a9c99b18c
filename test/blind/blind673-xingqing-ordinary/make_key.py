# Builds key.json; every line number is found by searching draft.txt (1-based) and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def line(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": line(anchor, text), "text": text, "why": why}; d.update(kw); return d

garble = '建立健全政务数据供需对接机制'.encode('utf-8').decode('gbk')

expect = [
    E("basis-mismatch", "（宁政发〔2022〕17号）", "宁政发〔2022〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year was copied from 国发〔2022〕14号 cited just before it"),
    E("deadline-later-than-baseline", "17\t推进城域网升级改造", "2025年底前",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; also task 47 外网升级改造) 完成时限 2024年; the row says 2025年底前, and the draft's own goal on line %d says 到2024年底" % line("到2024年底，区、乡镇（街道）、村（社区）电子政务外网实现全覆盖")),
    E("deadline-invalid", "提升基层治理能力。", "13月",
      "2024年13月底前 is an impossible date (typo for 12月; the task table row 29 says 2024年12月底前); task 83 完成时限 2025年, so it is not a late deadline"),
    E("unknown-unit", "23\t对接使用宁夏经济运行大数据平台", "区发改委",
      "兴庆区 has no 发改委; units.txt lists 区发展和改革局 = 区发改局 (body line %d uses 区发展和改革局 for the same task)" % line("（一）提升经济调节能力。")),
    E("garbled-text", "深化数据高效共享。", garble[:6],
      "UTF-8 bytes of 建立健全政务数据供需对接机制 read as GBK (mojibake, no ? marker); re-encoding as GBK and decoding as UTF-8 recovers it"),
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 自治区各部门(单位)及各市、县(区)按照职能分别负责; 2024年) is deliberately left out: no 适老化/无障碍/老年人 content anywhere"},
]

def N(rule, anchor, why, text=None):
    d = {"rule": rule, "line": line(anchor, text)}
    if text is not None: d["text"] = text
    d["why"] = why; return d

mnf = [
    N("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"),
    N("basis-mismatch", "自2020年自治区印发", "retrospective background mention of the 2020 工作要点 with its correct title and 文号; not cited as a basis of this plan", "宁政办发〔2020〕14号"),
    N("basis-mismatch", "兴政办发〔2024〕9号", "the notice's own 文号, not a cited document", "兴政办发〔2024〕9号"),
    N("deadline-invalid", "自2020年自治区印发", "past dates in the background (2020年, 2023年 achievements), not deadlines", "2023年"),
    N("deadline-invalid", "2024年3月18日", "issue date of the notice, not a deadline", "2024年3月18日"),
    N("deadline-later-than-baseline", "到2025年，我区数字政府建设工作框架全面成型", "equal to the regional goal 到2025年…“34567”体系框架全面成型", "到2025年"),
    N("deadline-later-than-baseline", "到2024年底，区、乡镇（街道）", "2024 goals equal the regional deadlines of tasks 48 (2024年), 43 (2024年建成，持续推进), 86 (2024年), 105 (2024年); 工作体系基本健全 is earlier than task 64 (2025年)", "到2024年底"),
    N("deadline-later-than-baseline", "（一）健全组织机构。调整充实区推进", "implements task 64 (各地各部门参照自治区做法成立相应的组织机构, 2025年): 2024年6月底前 is earlier. Task 60 (充实自治区推进数字政府建设领导小组, 2023年) concerns the 自治区's own group and is not the matching task", "2024年6月底前"),
    N("deadline-later-than-baseline", "1\t调整充实区推进数字政府建设领导小组", "same as line 18: task 64 (2025年), earlier", "2024年6月底前"),
    N("deadline-later-than-baseline", "（三）完善工作机制。", "the office's own reporting date for the task ledger (任务分解台账), not a task deadline", "2024年4月15日前"),
    N("deadline-later-than-baseline", "推进产业数字化转型。", "task 2 完成时限 2023年启动，2024年取得明显成效: 2024年12月底前 is equal", "2024年12月底前"),
    N("deadline-later-than-baseline", "建设智慧园区和智慧商圈。", "task 3 持续推进，2025年取得明显成效: equal", "持续推进，2025年取得明显成效"),
    N("deadline-later-than-baseline", "推进智慧教育和智慧医疗。", "tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效): equal", "2025年取得明显成效"),
    N("deadline-later-than-baseline", "（三）营造良好数字生态。", "task 12 完成时限 2025年: 2025年底前 is equal", "2025年底前"),
    N("deadline-later-than-baseline", "统筹视频资源。", "task 49 完成时限 2025年: 2025年6月底前 is earlier", "2025年6月底前"),
    N("deadline-later-than-baseline", "提升矛盾纠纷化解能力。", "task 77 完成时限 2024年: 2024年10月底前 is earlier", "2024年10月底前"),
    N("deadline-later-than-baseline", "14\t编制公共数据开放目录", "task 41 完成时限 2024年: 2024年9月底前 is earlier", "2024年9月底前"),
    N("deadline-later-than-baseline", "推动基层减负和视频会议整合。", "tasks 106 and 107 完成时限 2025年: 2025年6月底前 is earlier", "2025年6月底前"),
    N("deadline-later-than-baseline", "22\t推进非税收入收缴电子化", "task 56 完成时限 2025年: equal", "2025年"),
    N("deadline-later-than-baseline", "改进机关事务管理。", "task 111 完成时限 2025年: equal (the 行政执法 clause was kept apart on the line before, with no date)", "2025年底前"),
    N("deadline-later-than-baseline", "29\t实施“互联网+基层治理”行动", "task 83 完成时限 2025年: the table row's 2024年12月底前 is earlier (only the body note on line 56 has the impossible 13月)", "2024年12月底前"),
    N("deadline-invalid", "8\t建立健全动态监控、主动防御", "copied regional deadline of task 18 (2023年形成机制，长期坚持); it lies before the plan's year but is the region's own milestone, and the task continues (长期坚持)", "2023年形成机制，长期坚持"),
    N("deadline-later-than-baseline", "8\t建立健全动态监控、主动防御", "copied verbatim from task 18, so equal", "2023年形成机制，长期坚持"),
    N("deadline-later-than-baseline", "（四）强化考核评价。", "the office's own reporting dates (每季度末月25日前, 2024年12月15日前), not task deadlines", "2024年12月15日前"),
    N("unknown-unit", "推进民生服务数字化。", "prefix 区 distributes over the list: 区卫生健康局 and 区人社局 (alias of 区人力资源和社会保障局), 区民政局, 区文化旅游体育广电局 are all in units.txt", "卫生健康局、人社局"),
    N("unknown-unit", "推进数字乡村建设。以掌政镇", "suffix list: 掌政镇, 大新镇, 通贵乡 are registered short names; 月牙湖乡人民政府 is a canonical name", "掌政镇、大新镇、通贵乡、月牙湖乡人民政府"),
    N("unknown-unit", "完善数字经济治理。", "兴庆公安分局 and 区市场监管分局 are registered short names of 银川市公安局兴庆区分局 and 银川市市场监督管理局兴庆分局", "兴庆公安分局"),
    N("unknown-unit", "（一）健全组织机构。调整充实区推进", "collective subjects 各乡镇人民政府, 各街道办事处; 区委编办 is registered", "各乡镇人民政府、各街道办事处"),
    N("unknown-unit", "强化安全管理责任。", "区直各部门（单位） is a collective subject", "区直各部门（单位）"),
    N("unknown-unit", "推进智能监管。", "承担监管职责的区直有关部门 is a collective subject (local form of 承担监管职责的自治区有关部门)", "承担监管职责的区直有关部门"),
    N("unknown-unit", "提升基层治理能力。", "各乡镇人民政府, 各街道办事处, 各村（社区） are collective subjects", "各村（社区）"),
    N("unknown-unit", "（三）营造良好数字生态。", "区发改局 is the registered short name of 区发展和改革局 (contrast with the planted 区发改委 on line %d)" % line("23\t对接使用宁夏经济运行大数据平台"), "区发改局"),
    N("unknown-unit", "6\t推进数字乡村建设", "区农水局 is the registered short name of 区农业农村和水务局; 掌政镇 etc. are registered short names", "区农水局"),
    N("unknown-unit", "38\t推广“宁政通”移动办公", "区政府办 is a registered short name of 区人民政府办公室", "区政府办"),
    N("unknown-unit", "加强生态环境数字化监测。", "兴庆生态环境分局 is the registered short name of 银川市生态环境局兴庆分局", "兴庆生态环境分局"),
    N("unknown-unit", "35\t推进“互联网+城乡供水”建设", "suffix list: 通贵乡人民政府 and 月牙湖乡人民政府 are registered", "通贵乡、月牙湖乡人民政府"),
    N("unknown-unit", "36\t依托自然资源“一张图”", "兴庆自然资源分局 and 区住建交通局 are registered short names", "兴庆自然资源分局"),
    N("unknown-unit", "25\t推行远程监管", "collective lead 承担监管职责的区直有关部门 and collective 各乡镇（街道）", "承担监管职责的区直有关部门"),
]
mnf.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一和六级贯通",
            "why": "taken up as 一套体系 (lines %d-%d): 健全组织机构, 厘清层级职责 (六级贯通), 完善工作机制" % (line("二、完善“一套体系”"), line("（三）完善工作机制。"))})
mnf.append({"rule": "missing-pillar", "line": 0, "pillar": "党的领导",
            "why": "section 六、保障措施 (lines %d-%d) covers 党的全面领导/组织领导, 资金保障 (财政投入), 数字素养, 考核评价" % (line("六、保障措施"), line("（四）强化考核评价。"))})
mnf.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
            "why": "（三）营造良好数字生态 on line %d: data element market, data security, network ecology" % line("（三）营造良好数字生态。")})

C = lambda t, a: {"task": t, "line": line(a)}
covers = [
    C(2, "推进产业数字化转型。"), C(3, "建设智慧园区和智慧商圈。"), C(5, "完善数字经济治理。"),
    C(6, "推进民生服务数字化。"), C(7, "推进智慧教育和智慧医疗。"), C(8, "推进智慧教育和智慧医疗。"),
    C(9, "配合推进智慧城市建设。"), C(10, "推进数字乡村建设。以掌政镇"), C(12, "（三）营造良好数字生态。"),
    C(14, "强化安全管理责任。"), C(15, "强化安全管理责任。"), C(18, "强化安全管理责任。"),
    C(21, "推动政府职能数字化转变。"), C(22, "推动政府职能数字化转变。"), C(23, "加强数字资源统筹管理。"),
    C(28, "开展试点示范。"), C(30, "健全数据管理机制。"), C(31, "健全数据管理机制。"), C(32, "健全数据管理机制。"),
    C(33, "推进数据汇聚融合。"), C(34, "推进数据汇聚融合。"), C(42, "推进数据汇聚融合。"),
    C(40, "推进公共数据开放和电子公文管理。"), C(41, "推进公共数据开放和电子公文管理。"),
    C(43, "推进政务云集约利用。"), C(46, "推进政务云集约利用。"), C(47, "提升网络支撑能力。"), C(48, "提升网络支撑能力。"),
    C(50, "提升网络支撑能力。"), C(49, "统筹视频资源。"), C(52, "推广共性应用。"), C(54, "推广共性应用。"), C(56, "推广共性应用。"),
    C(66, "（一）提升经济调节能力。"), C(71, "推进精准监管。"), C(73, "推进精准监管。"), C(74, "推进智能监管。"), C(75, "推进智能监管。"),
    C(77, "提升矛盾纠纷化解能力。"), C(79, "提升社会治安和公共安全保障能力。"), C(80, "提升社会治安和公共安全保障能力。"),
    C(83, "提升基层治理能力。"), C(84, "深化“一网通办”。"), C(86, "深化“一网通办”。"), C(88, "优化涉企服务。"), C(89, "优化涉企服务。"),
    C(94, "加强生态环境数字化监测。"), C(102, "加强生态环境数字化监测。"), C(96, "提高自然资源利用效率。"), C(97, "提高自然资源利用效率。"),
    C(104, "提升行政执行效能。"), C(105, "提升行政执行效能。"), C(106, "推动基层减负和视频会议整合。"), C(107, "推动基层减负和视频会议整合。"),
    C(111, "改进机关事务管理。"), C(112, "（七）提升政务公开能力。"), C(114, "（七）提升政务公开能力。"), C(115, "（七）提升政务公开能力。"),
    C(64, "（一）健全组织机构。调整充实区推进"), C(116, "（一）加强组织领导。"), C(25, "（二）强化资金保障。"),
    C(118, "（三）提升数字素养。"), C(123, "（四）强化考核评价。"), C(124, "（四）强化考核评价。"),
]

key = {
    "writer": "blind writer, round 673; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("兴庆区 (银川市) 2024 plan issued 2024-03-18 by the district government office; no parent plan. Units come from units.txt "
              "(district bodies, the 银川市 分局 stationed in the district, 4 乡镇 and 11 街道). Body notes carry 责任单位 and 完成时限; the annex task table "
              "repeats them (lines %d-%d, tab-separated, header on line %d). Task 36 is partly taken up on line %d, but its key phrase sits inside the "
              "garbled run, so it is left out of covers. Task 87 (12345) is taken up on line %d without a date.") % (
              line("1\t调整充实区推进"), line("44\t连通政府网站"), line("序号\t重点任务"), line("深化数据高效共享。"), line("畅通诉求办理渠道。")),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text'))
