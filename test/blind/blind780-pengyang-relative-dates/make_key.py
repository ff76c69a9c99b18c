# Writes key.json; every line number is looked up in the final draft.txt (1-based) by a unique substring.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(sub, nth=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]
def row(n):  # table row with 序号 n
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, n
    return hits[0]
def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

GARB = '政策信息集成智能发布'.encode('utf-8').decode('gbk')
expect = [
  {"rule": "deadline-later-than-baseline", "line": chk(row(32), "次年一季度"), "text": "次年一季度",
   "why": "task 93 (适老化与信息无障碍建设), 完成时限 2024年; the plan is issued 2024-03-18, so 次年一季度 is 2025年一季度, later than the region's 2024"},
  {"rule": "deadline-invalid", "line": chk(row(22), "2024年6月31日"), "text": "2024年6月31日",
   "why": "June has 30 days; impossible date (row takes up task 74, 完成时限 2024年, so the month itself is not late)"},
  {"rule": "unknown-unit", "line": chk(row(13), "县大数据管理服务局"), "text": "县大数据管理服务局",
   "why": "not in units.txt: the county body is 县大数据服务中心 (= 县大数据中心); the name is copied from the city-level 市大数据管理服务局 pattern. Row takes up task 50 (2024年), its 2024年底前 is fine"},
  {"rule": "basis-mismatch", "line": chk(ln("根据《国务院关于加强数字政府建设的指导意见》"), "《自治区人民政府关于加强数字政府建设的实施方案》（宁政发〔2023〕17号）"),
   "text": "自治区人民政府关于加强数字政府建设的实施方案",
   "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; cited as 实施方案 (wrong title)"},
  {"rule": "garbled-text", "line": chk(ln(GARB), GARB), "text": GARB[:8],
   "why": "UTF-8 bytes of 政策信息集成智能发布 read as GBK (mojibake, no ? marker); re-encoding as GBK and decoding as UTF-8 recovers it"},
  {"rule": "task-uncovered", "line": 0, "task": 83,
   "why": "deliberately left out: task 83 (互联网+基层治理, 新型基层管理服务平台; 各市、县（区）具体负责, 2025年) is taken up nowhere — section 五（三） has 矛盾化解, 治安防控 and 公共安全 only, and the task table has no row for it"},
]

goal24 = ln("到2024年底")
mnf = [
  # basis-mismatch near misses
  {"rule": "basis-mismatch", "line": chk(1, "《彭阳县关于加强数字政府建设的实施方案》"), "text": "《彭阳县关于加强数字政府建设的实施方案》", "why": "the draft's own title in its 印发通知, not a basis document"},
  {"rule": "basis-mismatch", "line": chk(2, "彭政办发〔2024〕15号"), "text": "彭政办发〔2024〕15号", "why": "the draft's own 文号"},
  {"rule": "basis-mismatch", "line": chk(9, "国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
  {"rule": "basis-mismatch", "line": chk(9, "宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号", "why": "correct citation of 《数字宁夏“1244+N”行动计划实施方案》, the same title and 文号 as the 吴忠 plan in the seeds; a real document outside the baseline"},
  {"rule": "basis-mismatch", "line": chk(ln("发展基础"), "宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号", "why": "retrospective mention in 发展基础 (what the county did in the past), correct title and 文号, not cited as a basis of this plan"},
  # deadline-invalid near misses
  {"rule": "deadline-invalid", "line": chk(6, "2024年3月18日"), "text": "2024年3月18日", "why": "the issue date, not a deadline"},
  {"rule": "deadline-invalid", "line": chk(ln("发展基础"), "2022年"), "text": "2022年", "why": "past date in the background section (also 2023年 on the same line)"},
  {"rule": "deadline-invalid", "line": chk(ln("实施期限"), "2024年至2025年"), "text": "2024年至2025年", "why": "the plan's own implementation period"},
  {"rule": "deadline-invalid", "line": chk(ln("发展基础"), "2023年，电子政务外网"), "text": "2023年", "why": "past date in the background section: what was done in 2023"},
  # goals
  {"rule": "deadline-later-than-baseline", "line": chk(goal24, "到2024年底"), "text": "到2024年底", "why": "county goal for things the region sets for 2024 (task 48 外网全覆盖 2024年, task 46 系统迁移 2024年, task 84 一体化政务服务 2024年); equal; phrased so as not to repeat the region's 到2023年底 goals"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln("到2025年，全县"), "到2025年"), "text": "到2025年", "why": "equal to the regional 主要目标 到2025年 (34567 体系框架全面成型 …)"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln("到2035年"), "到2035年"), "text": "到2035年", "why": "equal to the regional 到2035年 goal"},
  # relative dates in the body
  {"rule": "deadline-later-than-baseline", "line": chk(ln("方案印发后3个月内，完成"), "方案印发后3个月内"), "text": "方案印发后3个月内", "why": "issued 2024-03-18, so due 2024-06-18; task 21 (行政权力事项网上运行) 完成时限 2024年"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln("促进数据有序开发利用"), "印发之日起半年内"), "text": "印发之日起半年内", "why": "due 2024-09-18; task 41 (公共数据开放目录) 完成时限 2024年"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln("强化政务云平台支撑能力"), "印发之日起半年内"), "text": "印发之日起半年内", "why": "due 2024-09-18; task 46 (政务信息系统迁移) and task 43 (政务信创云 2024 年建成) both 2024年"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln("（一）健全组织机构"), "方案印发后1个月内"), "text": "方案印发后1个月内", "why": "due 2024-04-18; the sentence is task 64 (参照自治区做法，成立相应的组织机构) 完成时限 2025年, earlier. The undated sentence about 数字宁夏建设运营有限公司 / 专家咨询委员会 on the same line echoes tasks 62/63 (2023年, regional-only) and carries no deadline"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln("（三）完善工作机制"), "每季度末月25日前"), "text": "每季度末月25日前", "why": "the office's own reporting dates (also 每年11月底前 年度工作总结 on the same line), not a task deadline"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln("（四）强化考核评价"), "次年一季度"), "text": "次年一季度", "why": "recurring cycle (每年度考核结果于次年一季度通报), not a completion date; tasks 121 (长期坚持), 122/123 (2023年完成，长期坚持) are ongoing; 每年11月底前 on the same line is task 121, 长期坚持"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln("（三）完善工作机制"), "每年11月底前报送年度工作总结"), "text": "每年11月底前", "why": "the office's own annual reporting date, not a task deadline"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln("（四）强化考核评价"), "每年11月底前制定下一年度"), "text": "每年11月底前", "why": "task 121 (每年度制定数字政府工作要点和重点任务考核指标体系) 长期坚持; annual date"},
  # table rows
  {"rule": "deadline-later-than-baseline", "line": chk(row(1), "持续推进，2025年取得明显成效"), "why": "equal: task 3 持续推进，2025 年取得明显成效"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(3), "2025年"), "why": "task 8 持续推进，2025年取得明显成效; equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(4), "本方案实施期内"), "text": "本方案实施期内", "why": "实施期 2024年至2025年 (line %d), so by end of 2025; task 10 持续推进，2025年取得明显成效; equal" % ln("实施期限")},
  {"rule": "deadline-later-than-baseline", "line": chk(row(5), "方案印发后3个月内"), "text": "方案印发后3个月内", "why": "2024-06-18; task 21 2024年"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(6), "2024年底前"), "text": "2024年底前", "why": "task 23 (一本账, 一体化数字资源管理系统) 2024年; equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(7), "2025年取得明显成效"), "why": "task 28 2023年启动，2025年取得明显成效; the completing milestone is equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(8), "印发之日起半年内"), "text": "印发之日起半年内", "why": "2024-09-18; task 41 2024年"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(11), "2024年9月底前"), "text": "2024年9月底前", "why": "task 46 2024年; earlier"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(15), "2024年底前"), "text": "2024年底前", "why": "task 52 (电子证照社会化高频场景) 2025年; earlier"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(18), "本方案实施期内"), "text": "本方案实施期内", "why": "by end of 2025; task 56 (非税收入收缴电子化) 2025年; equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(20), "方案印发后1个月内"), "text": "方案印发后1个月内", "why": "2024-04-18; task 64 2025年; earlier (not task 60, which is the 自治区 leading group, 自治区政府办公厅 only)"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(27), "次年一季度"), "text": "次年一季度", "why": "plan issued 2024, so 2025年一季度; task 81 (视频指挥调度体系) 2025年; earlier — contrast with row 32"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(29), "2025年"), "why": "task 87 (12345 热线) 2023年启动，2025年完成; equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(37), "2025年6月底前"), "text": "2025年6月底前", "why": "task 107 (视频会议平台) 2025年; earlier"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(38), "长期推进，2024年取得明显成效"), "why": "task 108 长期推进，2024年取得明显成效; equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(40), "每年11月底前"), "text": "每年11月底前", "why": "task 121 (每年度制定工作要点和考核指标体系) 长期坚持; an annual date first falling in 2024"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(12), "2024年"), "why": "task 48 (城域网升级改造，5级全覆盖) 2024年; equal"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(33), "2025年"), "why": "task 96 (互联网+城乡供水) 2025年; equal"},
  # units
  {"rule": "unknown-unit", "line": chk(row(2), "县直有关部门（单位）"), "text": "县直有关部门（单位）", "why": "collective subject (各乡镇人民政府 on the same row too)"},
  {"rule": "unknown-unit", "line": chk(row(12), "各村（社区）"), "text": "各村（社区）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": chk(row(5), "县直各部门（单位）"), "text": "县直各部门（单位）", "why": "collective subject"},
  {"rule": "unknown-unit", "line": chk(row(1), "县发改局"), "text": "县发改局", "why": "short name of 县发展和改革局 in units.txt (县工信商务局, 县应急局 likewise)"},
  {"rule": "unknown-unit", "line": chk(row(15), "县公安局、民政局、人社局、卫健局"), "text": "人社局", "why": "prefix 县 distributes: 县民政局, 县人社局 (= 县人力资源和社会保障局), 县卫健局 (= 县卫生健康局)"},
  {"rule": "unknown-unit", "line": chk(row(18), "县教体局、卫健局、自然资源局、公安局"), "text": "自然资源局", "why": "prefix 县 distributes: 县卫健局, 县自然资源局, 县公安局"},
  {"rule": "unknown-unit", "line": chk(row(16), "彭阳县税务局"), "text": "彭阳县税务局", "why": "short name of 国家税务总局彭阳县税务局 in units.txt"},
  {"rule": "unknown-unit", "line": chk(row(22), "固原市生态环境局彭阳分局"), "text": "固原市生态环境局彭阳分局", "why": "listed in units.txt (the city bureau's county branch is a local unit)"},
  {"rule": "unknown-unit", "line": chk(row(26), "彭阳县消防救援大队"), "text": "彭阳县消防救援大队", "why": "listed in units.txt (彭阳县气象局 likewise)"},
  {"rule": "unknown-unit", "line": chk(row(10), "县委办公室、县档案馆牵头"), "text": "县档案馆", "why": "two listed units as joint leads; both in units.txt"},
  {"rule": "unknown-unit", "line": chk(ln("强化政务云平台支撑能力"), "自治区政府办公厅"), "text": "自治区政府办公厅", "why": "a regional unit named as the issuer of the deployment the county follows (it leads regional task 43), not as the lead of a local task"},
  {"rule": "unknown-unit", "line": chk(ln("（一）健全组织机构"), "数字宁夏建设运营有限公司"), "text": "数字宁夏建设运营有限公司", "why": "body mention of the regional operator the county works with (task 62), not a responsible unit"},
]

covers_spec = [
  (2, ln("（一）驱动数字经济发展")), (3, row(1)), (5, ln("（一）驱动数字经济发展")), (6, row(2)), (7, ln("（二）引领数字社会建设")),
  (8, row(3)), (9, ln("（二）引领数字社会建设")), (10, row(4)), (11, ln("推进数字乡村建设。以数字化")), (12, ln("（三）营造良好数字生态")),
  (14, ln("强化安全管理责任")), (15, ln("强化安全管理责任")), (17, ln("落实安全制度要求")), (18, ln("提升安全防护能力")), (19, ln("提高自主可控水平")),
  (21, row(5)), (22, ln("以数字化改革助力政府职能转变。")), (23, row(6)), (24, ln("创新数字政府建设管理机制")), (25, ln("（二）加大财政投入")), (28, row(7)),
  (30, ln("完善数据管理机制")), (31, ln("完善数据管理机制")), (32, ln("完善数据管理机制")), (33, ln("深化数据高效共享")), (34, ln("深化数据高效共享")), (36, ln("深化数据高效共享")),
  (40, row(10)), (41, row(8)), (42, row(9)), (43, ln("强化政务云平台支撑能力")), (46, row(11)), (47, row(12)), (48, row(12)), (49, row(14)), (50, row(13)),
  (52, row(15)), (53, row(16)), (54, row(17)), (56, row(18)), (57, row(19)), (58, ln("加强共性应用支撑能力")), (64, row(20)),
  (65, ln("（一）提升科学精准的经济调节能力")), (66, ln("（一）提升科学精准的经济调节能力")), (67, ln("（一）提升科学精准的经济调节能力")),
  (68, ln("（二）提升综合高效的市场监管能力")), (70, ln("（二）提升综合高效的市场监管能力")), (71, row(21)), (72, ln("（二）提升综合高效的市场监管能力")), (73, row(23)), (74, row(22)), (75, ln("（二）提升综合高效的市场监管能力")),
  (77, row(24)), (78, ln("提升社会治安防控能力")), (79, row(25)), (80, row(26)), (81, row(27)),
  (84, ln("打造泛在可及的服务体系")), (85, ln("提升智慧便捷的服务能力")), (86, row(28)), (87, row(29)), (88, ln("提供优质便利的涉企服务")), (89, row(30)), (90, row(31)), (92, ln("拓展公平普惠的民生服务")), (93, row(32)),
  (94, ln("（五）提升系统科学的生态环境保护能力")), (95, ln("（五）提升系统科学的生态环境保护能力")), (96, row(33)), (97, ln("（五）提升系统科学的生态环境保护能力")), (98, row(34)), (100, ln("（五）提升系统科学的生态环境保护能力")), (102, ln("（五）提升系统科学的生态环境保护能力")),
  (103, ln("提升辅助决策能力")), (104, row(35)), (105, row(35)), (106, row(36)), (107, row(37)), (108, row(38)), (109, ln("提升行政监督和机关事务管理水平")), (111, ln("提升行政监督和机关事务管理水平")),
  (112, row(39)), (113, ln("（七）提升全面规范的政务公开能力")), (114, row(39)), (115, ln("（七）提升全面规范的政务公开能力")),
  (116, ln("（一）加强组织领导")), (117, ln("（三）提升数字素养")), (118, ln("（三）提升数字素养")), (121, row(40)), (122, ln("（四）强化考核评价")), (123, ln("（四）强化考核评价")), (124, ln("（四）强化考核评价")),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]
assert 83 not in [t for t, _ in covers_spec]

key = {
  "writer": "blind writer, round 780; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("彭阳县（固原市）实施方案, issued by 彭阳县人民政府办公室 on 2024-03-18 (彭政办发〔2024〕15号), 实施期 2024年至2025年. "
            "Relative deadlines resolve from the issue date: 方案印发后1个月内 = 2024-04-18, 方案印发后3个月内 = 2024-06-18, 印发之日起半年内 = 2024-09-18, "
            "次年一季度 = 2025年一季度, 本方案实施期内 = by end of 2025, 每年11月底前 = annual (first 2024-11). "
            "Only row 32 (task 93, 2024年) resolves later than the region. Tasks due 2023 in the regional list (14, 15, 17, 18, 24, 25, 30-32, 36, 62, 63, 67, 68, 72, 85, 116, 118, 122-124) "
            "are taken up in undated text only, so no copied or catch-up deadline sits against them. build.py writes draft.txt; make_key.py writes this key."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text', e.get('task')))
