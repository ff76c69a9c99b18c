# Writes key.json; every line number is looked up in the final draft.txt (1-based).
import json
D = open('draft.txt', encoding='utf-8').read().split('\n')
if D and D[-1] == '':
    D = D[:-1]

def ln(*needles):
    hits = [i for i, l in enumerate(D, 1) if all(n in l for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

def row(n):  # task-table row by its 序号
    hits = [i for i, l in enumerate(D, 1) if l.split('\t')[0] == str(n) and '\t' in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
    {"rule": "deadline-later-than-baseline", "line": row(26), "text": "2025年12月底前",
     "why": "适老化与信息无障碍建设 is regional task 93 (自治区各部门（单位）及各市、县（区）按照职能分别负责), 完成时限 2024年; the table row gives 2025年12月底前 (the matching body measure, line %d, carries no date)" % ln('拓展公平普惠的民生服务')},
    {"rule": "deadline-invalid", "line": ln('推进公共数据开放'), "text": "2022年12月底前",
     "why": "a 2024 plan (issued 2024年3月18日) sets a deadline two years before its own year; the measure is regional task 41 (公共数据开放目录, 完成时限 2024年), so it is not a copied regional deadline — a typo for 2024"},
    {"rule": "unknown-unit", "line": ln('加强经济运行监测分析'), "text": "区发改委",
     "why": "not in units.txt: the registry has 区发展和改革局 (= 区发展改革局, 区发改局); a county has no 发展改革委. Everywhere else the draft writes 区发改局 (table row 16 for the same task)"},
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (as the preamble, line 9, correctly cites); 宁政办发 is the office's prefix"},
    {"rule": "garbled-text", "line": ln('锛堜笁锛夋彁'), "text": "锛堜笁锛夋彁鍗囩簿",
     "why": "the heading （三）提升精细智能的社会管理能力 stored as UTF-8 bytes read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
    {"rule": "task-uncovered", "line": 0, "task": 56,
     "why": "非税收入收缴电子化 (自治区财政厅牵头, 各市、县（区）具体负责, 2025年) deliberately left out: no 非税 / 电子缴款书 content anywhere"},
]

L9 = ln('国发〔2022〕14号')
L10 = ln('宁政办发〔2020〕14号')
L98 = ln('加强工作调度')
mnf = [
    # units
    {"rule": "unknown-unit", "line": ln('发挥政务新媒体作用'), "text": "宣传部", "why": "区委网信办、宣传部: the 区委 prefix distributes, giving 区委宣传部, which is in units.txt"},
    {"rule": "unknown-unit", "line": row(4), "text": "卫健局", "why": "区教育局、卫健局、民政局、人社局: the 区 prefix distributes; 区卫健局 and 区人社局 are short names listed in units.txt, 区民政局 is canonical"},
    {"rule": "unknown-unit", "line": ln('统筹视频资源'), "text": "水务局", "why": "区住建交通局、水务局: prefix 区 distributes to 区水务局 (in units.txt); 区住建交通局 is the listed short name of 区住房城乡建设和交通局"},
    {"rule": "unknown-unit", "line": ln('（一）健全组织机构'), "text": "区政府办", "why": "official short name of 区人民政府办公室 in units.txt"},
    {"rule": "unknown-unit", "line": ln('培育数据要素应用'), "text": "区发改局", "why": "short name of 区发展和改革局 in units.txt"},
    {"rule": "unknown-unit", "line": ln('推动数字化服务普惠应用'), "text": "区人社局", "why": "short name of 区人力资源社会保障局 in units.txt"},
    {"rule": "unknown-unit", "line": ln('推广共性应用'), "text": "区审批局", "why": "short name of 区审批服务管理局 in units.txt"},
    {"rule": "unknown-unit", "line": ln('推进政务上云'), "text": "区大数据中心", "why": "short name of 区大数据管理服务中心 in units.txt"},
    {"rule": "unknown-unit", "line": ln('（一）健全组织机构'), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln('（三）完善工作机制'), "text": "区直各部门（单位）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln('提高基层社会治理能力'), "text": "各村（社区）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln('推动监管精准化'), "text": "承担监管职责的区直有关部门", "why": "collective subject, the county form of 承担监管职责的自治区有关部门（单位）"},
    {"rule": "unknown-unit", "line": ln('提升网络支撑能力'), "text": "区直有关部门", "why": "collective subject"},
    {"rule": "unknown-unit", "line": row(20), "text": "吴忠市公安局红寺堡区分局", "why": "canonical name in units.txt (short name 区公安分局); must not be split into 吴忠市公安局 + 红寺堡区分局"},
    {"rule": "unknown-unit", "line": ln('推动经济政策有效衔接'), "text": "国家税务总局吴忠市红寺堡区税务局", "why": "canonical name in units.txt, a vertically managed body; not to be split"},
    {"rule": "unknown-unit", "line": row(3), "text": "弘德工业园区管委会", "why": "short name of 红寺堡弘德工业园区管委会 in units.txt"},
    {"rule": "unknown-unit", "line": L98, "text": "市大数据管理服务局", "why": "city body listed in units.txt (上级对口单位); named only as the recipient of the office's report, not as a responsible unit"},
    {"rule": "unknown-unit", "line": L98, "text": "区数字政府建设领导小组办公室", "why": "the leading-group office this plan itself sets up (line 23), named as a reporting recipient, not in a responsible-unit slot"},
    # deadlines
    {"rule": "deadline-later-than-baseline", "line": row(1), "text": "2024年6月底前", "why": "task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) is due 2025年: earlier. Not task 60, which is the region's own leading group (2023年)"},
    {"rule": "deadline-later-than-baseline", "line": ln('（一）健全组织机构'), "text": "2024年6月底前", "why": "same measure as table row 1: task 64, 2025年"},
    {"rule": "deadline-later-than-baseline", "line": row(2), "text": "2024年取得明显成效", "why": "task 2: 2023年启动，2024年取得明显成效 — same completing milestone"},
    {"rule": "deadline-later-than-baseline", "line": row(3), "text": "持续推进，2025年取得明显成效", "why": "task 3: 持续推进，2025年取得明显成效 — identical"},
    {"rule": "deadline-later-than-baseline", "line": row(6), "text": "2025年取得明显成效", "why": "task 11: 2023年完成主要建设任务，2025年取得明显成效 — completing milestone equal"},
    {"rule": "deadline-later-than-baseline", "line": row(11), "text": "2024年10月底前", "why": "task 48 (城域网升级改造, 区市县乡村5级全覆盖) due 2024年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(12), "text": "2024年12月底前", "why": "task 50 due 2024年: 2024年12月底前 is the same year"},
    {"rule": "deadline-later-than-baseline", "line": row(10), "text": "2024年12月底前", "why": "task 46 (政务信息系统有序迁移) due 2024年; task 43 2024年建成: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(13), "text": "2025年", "why": "task 49 (全区统一的视频共享平台) due 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(14), "text": "2024年底前", "why": "task 52 (电子证照) due 2025年, task 53 (电子印章) 2024年: not later"},
    {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2025年", "why": "task 66 (宁夏经济运行大数据平台) due 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(24), "text": "2024年9月底前", "why": "task 86 (我的宁夏 应上尽上) due 2024年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(28), "text": "2025年", "why": "task 96 (互联网+城乡供水) due 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(31), "text": "2025年", "why": "task 107 (非涉密视频会议系统资源) due 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(35), "text": "长期坚持", "why": "task 121 (年度工作要点和考核指标体系, 常态化考核) is 长期坚持: identical"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2025年，全区数字政府建设体系框架全面成型'), "text": "到2025年", "why": "same year as the region's goal (到2025年 “34567”体系框架全面成型) and the 吴忠 plan's (到2025年 “1347”体系框架全面成型)"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2035年'), "text": "到2035年", "why": "same year as the region's and the 吴忠 plan's 2035 goal"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2024年底'), "text": "到2024年底", "why": "local interim goals (外网全覆盖 task 48 2024年, 迁移上云 task 46 2024年, 我的宁夏 task 86 2024年, 填表报数减负 task 106 2025年): none later"},
    {"rule": "deadline-later-than-baseline", "line": L98, "text": "2025年1月10日前", "why": "the office's own reporting date for the annual summary, not a task deadline"},
    {"rule": "deadline-invalid", "line": L98, "text": "2024年12月15日前", "why": "the office's own reporting date (and 每季度末月20日前), valid and within the plan year"},
    # copied regional deadlines before the plan year
    {"rule": "deadline-invalid", "line": row(7), "text": "2023年完成，长期坚持", "why": "copies task 14's 2023年 with 长期坚持; a copied regional deadline lying before the plan's year"},
    {"rule": "deadline-later-than-baseline", "line": row(7), "text": "2023年完成，长期坚持", "why": "task 14 is due 2023年: equal"},
    {"rule": "deadline-invalid", "line": row(8), "text": "2023年形成机制，长期坚持", "why": "copies task 18 (2023年形成机制，长期坚持) verbatim"},
    {"rule": "deadline-invalid", "line": ln('提升安全防护能力'), "text": "2023年形成机制，长期坚持", "why": "body note of the same measure, task 18 verbatim"},
    {"rule": "deadline-invalid", "line": row(34), "text": "2023年完成并长期坚持", "why": "copies task 116 (2023年完成并长期坚持) verbatim"},
    {"rule": "deadline-invalid", "line": L10, "text": "2023年", "why": "past date in the background paragraph (work already done), not a deadline"},
    {"rule": "deadline-invalid", "line": ln('2024年3月18日'), "text": "2024年3月18日", "why": "the notice's issue date"},
    # basis
    {"rule": "basis-mismatch", "line": L9, "text": "宁政发〔2023〕17号", "why": "correct title and 文号 of the regional 实施意见"},
    {"rule": "basis-mismatch", "line": L9, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 cited exactly as the 吴忠 plan cites it; not a baseline document"},
    {"rule": "basis-mismatch", "line": L9, "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》", "why": "the city plan cited by its exact title without a 文号, as DOMAIN.md describes"},
    {"rule": "basis-mismatch", "line": L10, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background, correct title and 文号, not cited as a basis"},
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "社会管理", "why": "its heading (line %d) is damaged but lines %d–%d take up 矛盾纠纷、治安防控、智慧应急、基层治理" % (ln('锛堜笁锛夋彁'), ln('提升矛盾纠纷化解能力'), ln('提高基层社会治理能力'))},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "section 二 (lines 22–25: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制) takes up the work system in the county form, as the 吴忠 plan's 一套体系 does"},
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "section 六 保障措施 takes up 组织领导 (党的全面领导, 一把手工程), 财政投入 (资金保障), 数字素养 and 考核评价"},
]

covers = []
def cov(task, line): covers.append({"task": task, "line": line})
cov(64, ln('（一）健全组织机构'))
cov(2, ln('推进产业数字化'))
cov(3, ln('建设智慧园区'))
cov(5, ln('完善数字经济治理'))
cov(6, ln('推动数字化服务普惠应用'))
cov(10, ln('推进数字乡村建设。'))
cov(11, ln('加快“数字供销”建设'))
cov(12, ln('培育数据要素应用'))
cov(14, ln('强化安全管理责任'))
cov(15, ln('强化安全管理责任'))
cov(17, ln('落实安全制度要求'))
cov(18, ln('提升安全防护能力'))
cov(21, ln('推动政府职能数字化转变'))
cov(24, ln('规范政务信息化项目管理'))
cov(28, ln('开展试点示范'))
cov(30, ln('完善数据管理机制'))
cov(32, ln('完善数据管理机制'))
cov(36, ln('深化数据共享'))
cov(41, ln('推进公共数据开放'))
cov(40, ln('加强电子公文和电子档案管理'))
cov(54, ln('加强电子公文和电子档案管理'))
cov(46, ln('推进政务上云'))
cov(48, ln('提升网络支撑能力'))
cov(50, ln('整合业务专网'))
cov(49, ln('统筹视频资源'))
cov(52, ln('推广共性应用'))
cov(57, ln('完善信用信息服务'))
cov(66, ln('加强经济运行监测分析'))
cov(68, ln('推动监管精准化'))
cov(72, ln('推动监管精准化'))
cov(71, ln('推进监管协同化、智能化'))
cov(74, ln('推进监管协同化、智能化'))
cov(77, ln('提升矛盾纠纷化解能力'))
cov(79, ln('提升社会治安防控能力'))
cov(80, ln('提升公共安全保障能力'))
cov(83, ln('提高基层社会治理能力'))
cov(84, ln('打造泛在可及的服务体系'))
cov(85, ln('提升智慧便捷的服务能力'))
cov(86, ln('做强移动服务端'))
cov(89, ln('提供优质便利的涉企服务'))
cov(93, ln('拓展公平普惠的民生服务'))
cov(94, ln('加强生态环境数字化监测'))
cov(96, ln('提高水资源利用效率'))
cov(102, ln('推动绿色低碳转型'))
cov(103, ln('提升辅助决策能力'))
cov(104, ln('提升行政执行能力'))
cov(105, ln('提升行政执行能力'))
cov(106, ln('推动基层减负'))
cov(107, ln('统筹视频会议和机关事务管理'))
cov(112, ln('提升政府信息公开水平'))
cov(114, ln('发挥政务新媒体作用'))
cov(115, ln('畅通政民互动渠道'))
cov(116, ln('（一）加强组织领导'))
cov(25, ln('（二）加大资金保障'))
cov(118, ln('（三）提升数字素养'))
cov(121, ln('（四）强化考核评价'))
cov(123, ln('（四）强化考核评价'))

# sanity: every expect/mustNotFlag text occurs on its line
for e in expect + mnf:
    if e['line'] and 'text' in e:
        assert e['text'] in D[e['line'] - 1], e

key = {
    "writer": "blind writer, round 804; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("红寺堡区 is a county-level 区 of 吴忠; in the draft 全区 means the district except in names of regional platforms (全区统一的视频共享平台, 全区一体化政务服务平台). "
              "Units come from units.txt (district bodies, the six 乡镇, two city bodies as 上级对口单位). The table's note makes the first-listed unit the lead. "
              "Body measures for regional tasks due 2023 (24, 30–32, 36, 67, 68, 72, 85) deliberately carry no date, so they cannot be late. "
              "Besides task 56 (left out on purpose), tasks 9, 55, 100, 101, 108 and 113, where cities/counties only cooperate or the 地级市 leads, are not taken up either; they are not listed as planted. "
              "Built by build_draft.py; line numbers by make_key.py against the final draft.txt."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
