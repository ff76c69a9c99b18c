#!/usr/bin/env python3
"""Builds key.json for blind901: every line number is found by searching draft.txt (1-based)."""
import json

L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L.pop()

def ln(*needles):
    hits = [i + 1 for i, s in enumerate(L) if all(n in s for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return text

expect = []
def E(rule, line, text, why, **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = chk(line, text) if line else text
    d.update(kw)
    d["why"] = why
    expect.append(d)

E("basis-mismatch", ln('为贯彻落实《国务院'), "桂政发〔2022〕13号",
  "the title is the Guangxi 实施意见 of 2022-11-30, whose 文号 is 桂政发〔2022〕31号; 31 and 13 transposed")
E("unknown-unit", ln('区工商局'), "区工商局",
  "not in units.txt: the 工商 bureau was merged into 区市场监督管理局 (already listed first in the same note); name copied from an old document")
E("deadline-later-than-baseline", ln('健全12345热线工单承办', '2026年'), "2026年6月底前",
  "task-table row for the 12345 hotline = regional task 8 (持續優化12345政務服務便民熱線平臺…, 完成時限 2025年底); the body note for the same measure (line %d) says 2025年底" % ln('责任单位：区行政审批局、万秀公安分局'))
E("deadline-invalid", ln('责任单位：区大数据发展局，区直各部门（单位）；完成时限：2022年12月底前'), "2022年12月底前",
  "deadline before the year the plan is issued (2023-08-15); measure 31 (政务云迁移 = regional task 36, 完成時限 持續開展)")
E("garbled-text", ln('鎵╁ぇ'), "鎵╁ぇ鐢靛瓙璇佺収",
  "UTF-8 bytes of 扩大电子证照应用领域 read as GBK (re-encode as GBK, decode as UTF-8)")
E("missing-pillar", 0, None,
  "the draft has no 生态环境保护 content at all (Guangxi 二(五) 強化動態感知和立體防控，提升生態環境保護能力): the six capability headings skip it, no monitoring, 自然资源 or 绿色低碳 measure", pillar="生态环境保护")
for t, what in [(16, "生態環保協同治理 (生态环境监测/生态云)"), (17, "提高自然資源利用效率"), (18, "推動綠色低碳轉型")]:
    E("task-uncovered", 0, None, "left out with the 生态环境保护 pillar: regional task %d %s, 責任單位 includes 各市人民政府" % (t, what), task=t)

mnf = []
def M(rule, line, text, why, **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = chk(line, text)
    d.update(kw)
    d["why"] = why
    mnf.append(d)

M("basis-mismatch", ln('万政办发'), "万政办发〔2023〕21号", "the notice's own 文号, not a cited basis document")
M("basis-mismatch", ln('为贯彻落实《国务院'), "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
M("basis-mismatch", ln('数字广西建设三年行动计划'), "数字广西建设三年行动计划（2018—2020年）", "retrospective mention in 工作基础 of an earlier plan, not cited as a basis")
M("deadline-invalid", ln('数字广西建设三年行动计划'), "2022年", "past dates in the background section (2022年, 截至2022年底, 2018—2020年) describe achievements, not deadlines")
M("deadline-invalid", ln('视察广西“4·27”'), "4·27", "name of a 2017 speech (视察广西“4·27”重要讲话), not a date or deadline")
M("deadline-invalid", ln('2023年8月15日'), "2023年8月15日", "issue date of the notice")
M("deadline-later-than-baseline", ln('到2023年底'), "到2023年底", "near-term goal in the plan's own year; the region has no 2023 goal to compare with")
M("deadline-later-than-baseline", ln('到2025年，'), "到2025年", "same year as the regional 主要目标 (到2025年…數字政府體系框架基本形成)")
M("deadline-later-than-baseline", ln('到2035年'), "到2035年", "same as the regional 2035 goal")
M("unknown-unit", ln('责任单位：区发展和改革局、财政局、统计局'), "财政局", "prefix 区 distributes: 区财政局 and 区统计局 are in units.txt")
M("unknown-unit", ln('责任单位：区发展和改革局、财政局、统计局'), "各镇人民政府、各街道办事处", "collective subjects")
M("unknown-unit", ln('区工商局'), "区发改局", "official short name of 区发展和改革局 listed in units.txt")
M("deadline-later-than-baseline", ln('责任单位：区市场监管局、区司法局、区发展和改革局'), "2025年底", "equal to regional task 3 (一體化在線監管, 完成時限 2025年底)")
M("unknown-unit", ln('各村（社区）；完成时限'), "各村（社区）", "collective subject")
M("unknown-unit", ln('各村（社区）；完成时限'), "万秀公安分局", "short name of 梧州市公安局万秀分局, a 驻区 unit listed in units.txt")
M("deadline-later-than-baseline", ln('2024年底前实现镇、行政村监控网络全覆盖'), "2024年底前", "regional task 5 (社會治安防控體系智能化) is 持續開展; a dated local milestone is not later")
M("unknown-unit", ln('责任单位：区应急管理局、区消防救援大队'), "区消防救援大队", "short name of 梧州市万秀区消防救援大队 in units.txt")
M("unknown-unit", ln('区残联，各镇'), "区残联", "short name of 区残疾人联合会 in units.txt (the region lists 殘聯 too)")
M("deadline-later-than-baseline", ln('责任单位：区行政审批局、万秀公安分局'), "2025年底", "body note for the 12345 measure equals regional task 8 (2025年底)")
M("deadline-later-than-baseline", ln('2023年启动，2024年底前建成'), "2024年底前建成", "earlier than regional task 9 (智桂通, 完成時限 2025年底)")
M("unknown-unit", ln('区文体旅局'), "区文体旅局", "short name of 区文化体育和旅游局 in units.txt")
M("deadline-later-than-baseline", ln('责任单位：区政府办公室、区信访局、区融媒体中心'), "2025年底", "equal to regional task 22 (政務公開, 完成時限 2025年底)")
M("unknown-unit", ln('责任单位：区委网信办、万秀公安分局、区大数据发展局，区直各部门（单位）'), "区直各部门（单位）", "collective subject")
M("deadline-later-than-baseline", ln('每年开展一次检查，长期坚持'), "长期坚持", "regional task 24 is 持續開展; recurring/ongoing local deadline is equivalent")
M("unknown-unit", ln('区直有关部门，各镇'), "区直有关部门", "collective subject")
M("deadline-later-than-baseline", ln('2023年12月底前完成目录编制'), "2023年12月底前", "regional task 33 is 持續開展; milestone in the plan's own year")
M("unknown-unit", ln('区档案馆、区税务局'), "区税务局", "short name of 国家税务总局梧州市万秀区税务局 in units.txt")
M("deadline-invalid", ln('每季度末月25日前'), "2023年9月底前", "the office's own organisational date (联络员) in the plan's year, not a task deadline before it")
M("deadline-later-than-baseline", ln('每季度末月25日前'), "每季度末月25日前", "the office's own reporting date")
M("deadline-later-than-baseline", ln('12月10日前'), "12月10日前", "annual reporting date for the 年度工作总结")
M("unknown-unit", ln('领导小组办公室设在区大数据发展局'), "区数字政府建设工作领导小组", "the district's own coordination body, listed in units.txt")
M("deadline-later-than-baseline", ln('完成区级监管事项清单认领'), "2025年底", "task-table row equal to regional task 3 (2025年底)")
M("deadline-later-than-baseline", ln('建设“智桂通”万秀专区并接入高频事项'), "2024年底前", "earlier than regional task 9 (2025年底)")
M("deadline-later-than-baseline", ln('建设区级政策文件库'), "2024年6月底前", "earlier than regional task 22 (2025年底)")
M("deadline-later-than-baseline", ln('实现镇、行政村视频监控网络全覆盖'), "2024年底前", "regional task 5 is 持續開展")
M("deadline-later-than-baseline", ln('推进区级电子政务外网IPv6改造'), "2024年底前", "regional task 37 (電子政務外網, IPv6) is 持續開展")
M("deadline-invalid", ln('开展网络安全、保密和密码应用检查	'), "2023年11月底前", "within the plan's own year (issued 2023-08-15); regional task 24 is 持續開展")
M("deadline-later-than-baseline", ln('落实“四改四转”政务信息化项目统筹管理'), "长期坚持", "regional task 29 is 持續開展")
M("missing-pillar", 0, None, "数字生态 is covered by measure 37 (line %d) and 数字经济/数字社会 by measures 35-36" % ln('37.营造良好数字生态'), pillar="数字生态")
M("missing-pillar", 0, None, "政务公开 is covered by measure 17 (line %d)" % ln('17.提升政务公开水平'), pillar="政务公开")
M("missing-pillar", 0, None, "the region's 党的领导 section (组织领导, 推进机制, 数字素养, 考核评估) is taken up under 三、保障措施 (lines %d-%d)" % (ln('（一）加强组织领导'), ln('（五）强化考核评估')), pillar="组织领导")

covers_spec = [
    (1, '1.提升经济调节能力'), (2, '2.提升市场监管能力'), (3, '3.推进一体化在线监管'),
    (4, '4.推进数字化网格治理'), (5, '5.推进社会治安防控智能化'), (6, '6.推进智慧应急建设'),
    (7, '7.优化利企便民数字化服务'), (8, '8.提升12345热线服务能力'), (9, '9.推广应用“智桂通”'),
    (10, '10.推动智慧教育发展'), (11, '11.推动智慧人社'), (12, '11.推动智慧人社'),
    (13, '12.推动智慧工地和智慧体育'), (14, '12.推动智慧工地和智慧体育'), (15, '13.推动智慧康养'),
    (19, '14.提升辅助决策能力'), (20, '15.提升行政执行能力'), (21, '16.提升行政监督水平'),
    (22, '17.提升政务公开水平'), (23, '18.强化安全管理责任'), (24, '19.落实安全制度要求'),
    (25, '20.加强数据安全监管'), (26, '21.提升安全保障能力'), (27, '22.提高自主可控水平'),
    (28, '23.以数字化改革助力政府职能转变'), (29, '24.创新数字政府建设管理机制'), (30, '25.完善法规制度'),
    (31, '26.健全标准规范'), (32, '27.开展试点示范'), (33, '28.创新数据管理机制'),
    (34, '29.深化数据高效共享'), (35, '30.促进数据有序开发利用'), (36, '31.强化政务云平台支撑能力'),
    (37, '32.提升网络平台支撑能力'), (38, '33.加强重点共性应用支撑'), (39, '33.加强重点共性应用支撑'),
    (40, '34.强化开放生态支撑'), (41, '35.助推数字经济发展'), (42, '36.引领数字社会建设'),
    (43, '37.营造良好数字生态'),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 901; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("District plan (梧州市万秀区, issued 2023-08-15) against 桂政发〔2022〕31号. The Guangxi text has no numbered task list: "
              "task numbers here are the order (1-43) of its inline (責任單位:…。完成時限:…) notes; 2025年底 tasks are 3, 8, 9, 22, all others 持續開展; "
              "task 23 (安全管理責任) names no 各市人民政府. Notes sit on their own line after each measure; the draft states that the first-listed unit leads. "
              "The missing pillar is 生态环境保护 only; the words 生态 in 数字生态 / 开放生态 belong to other pillars. "
              "The preamble's title of the regional document (…关于加强数字政府建设的实施意见) is assumed correct; only the 文号 is wrong. "
              "Body note and task-table row for the 12345 hotline disagree on purpose (2025年底 vs 2026年6月底前)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e.get('text', e.get('pillar', e.get('task'))))
