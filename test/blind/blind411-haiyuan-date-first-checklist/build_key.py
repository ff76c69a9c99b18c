#!/usr/bin/env python3
"""Builds key.json for blind411 from draft.txt: every line number is found by content and checked."""
import json, re

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def ln(sub, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if text:
        assert text in lines[hits[0] - 1], (text, hits[0])
    return hits[0]

def item(n):
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f'{n}.')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

H = {k: ln(k) for k in ['一、2024年6月底前', '二、2024年底前', '三、2025年6月底前', '四、2025年底前', '五、持续推进']}

# item number -> (task, regional deadline as printed in 附件2)
TASK = {
    1: (64, '2025年'), 2: (23, '2024年'), 3: (21, '2024年'), 4: (46, '2024年'), 5: (104, '2024年'),
    6: (105, '2024年'), 7: (86, '2024年'), 8: (53, '2024年'), 9: (57, '2024年'), 10: (79, '2024年'),
    11: (33, '2024年'),
    12: (48, '2024 年'), 13: (34, '2024年'), 14: (40, '2024年'), 15: (41, '2024年'), 16: (42, '2024年'),
    17: (54, '2024年'), 18: (55, '2024年'), 19: (58, '2024年'), 20: (84, '2024年'), 21: (88, '2024年'),
    22: (89, '2024年'), 23: (70, '2024年'), 24: (71, '2024年'), 25: (73, '2024年'), 26: (75, '2024年'),
    27: (77, '2024年'), 28: (78, '2024年'), 29: (80, '2024年'), 30: (94, '2024年'),
    31: (47, '2024 年'), 32: (49, '2025 年'), 33: (56, '2025年'), 34: (106, '2025年'), 35: (107, '2025年'),
    36: (83, '2025年'), 37: (93, '2024年'),
    38: (12, '2025年'), 39: (29, '2023年启动，2025年完成'), 40: (59, '2025年'), 41: (66, '2025年'),
    42: (81, '2025年'), 43: (92, '2025年'), 44: (96, '2025年'), 45: (95, '2025年'), 46: (101, '2025年'),
    47: (100, '2025年'), 48: (111, '2025年'), 49: (97, '2024年'), 50: (28, '2023年启动，2025年取得明显成效'),
    52: (1, '持续推进，2025 年取得明显成效'), 53: (3, '持续推进，2025 年取得明显成效'),
    54: (5, '持续推进，2025 年取得明显成效'), 55: (6, '持续推进，2025 年取得明显成效'),
    56: (8, '持续推进，2025年取得明显成效'), 57: (9, '持续推进，2025年取得明显成效'),
    58: (10, '持续推进，2025年取得明显成效'), 59: (18, '2023年形成机制, 长期坚持'), 60: (121, '长期坚持'),
}

def group(n):
    l = item(n)
    g = max((v, k) for k, v in H.items() if v < l)
    return g[1].split('、', 1)[1]

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's prefix (as in the 2020 要点), so the 文号 does not belong to the title"},
    {"rule": "garbled-text", "line": ln('鏀跨瓥鍏戠幇'), "text": "鏀跨瓥鍏戠幇鐩磋揪",
     "why": "UTF-8 read as GBK: re-encoding 鏀跨瓥鍏戠幇鐩磋揪鐩翠韩 as GBK and decoding as UTF-8 gives 政策兑现直达直享"},
    {"rule": "unknown-unit", "line": ln('县食药监局'), "text": "县食药监局",
     "why": "not in units.txt; the county food and drug bureau was merged into 县市场监督管理局 (already listed first in the same bracket) - a stale name copied from an old template"},
    {"rule": "deadline-later-than-baseline", "line": item(31), "text": "2025年6月底前",
     "why": f"item 31 (电子政务外网升级改造、骨干网扩容、互联网出口带宽) is task 47, 完成时限 2024 年; it is grouped under the heading 2025年6月底前 (line {H['三、2025年6月底前']})"},
    {"rule": "deadline-later-than-baseline", "line": item(37), "text": "2025年6月底前",
     "why": f"item 37 (政务服务场所、政务移动端适老化与信息无障碍建设) is task 93, 完成时限 2024年; it is grouped under the heading 2025年6月底前 (line {H['三、2025年6月底前']})"},
    {"rule": "deadline-later-than-baseline", "line": item(49), "text": "2025年底前",
     "why": f"item 49 (宁夏自然资源三维立体“一张图”和国土空间基础信息平台) is task 97, 完成时限 2024年; it is grouped under the heading 2025年底前 (line {H['四、2025年底前']})"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "none of the 61 items nor the preamble or 工作要求 takes up 提升全面规范的政务公开能力 (tasks 112-115: 政务公开平台, 政策文件库, 政务新媒体, 政民互动); the other six 能力 all have items"},
]

mnf = []
def dl(n, why_extra=''):
    t, d = TASK[n]
    g = group(n)
    rel = {'2024年6月底前': 'earlier than', '2025年6月底前': 'earlier than', '2024年底前': 'equal to', '2025年底前': 'equal to'}.get(g)
    if g == '持续推进':
        why = f"item {n} is task {t}, 完成时限 {d}: the regional task is itself ongoing, and the item is grouped under 持续推进"
    else:
        if t == 64:
            rel = 'earlier than'
        why = f"item {n} is task {t}, 完成时限 {d}; grouped under {g}, which is {rel} the region's"
    mnf.append({"rule": "deadline-later-than-baseline", "line": item(n), "text": g, "why": why + why_extra})

for n in [1, 2, 6, 7, 10, 11]:
    dl(n)
for n in [12, 14, 20, 24, 30]:
    dl(n)
dl(32); dl(33)
dl(34, " (it uses 宁政通, task 105 due 2024, but its content is the 填表报数 system of task 106)")
dl(36)
dl(38, " (task 13, due 2024, is the 准入/公平竞争 rules for 数据交易; item 38 is the market-building of task 12)")
dl(39); dl(42); dl(44); dl(50)
for n in [52, 53, 55, 57, 58, 60]:
    dl(n)
dl(59, "; the 2023 milestone is the forming of the mechanism, which the preamble (line %d) reports as done in 2023, and what the county carries on is the 长期坚持 part" % ln('2023年，全县各部门'))

mnf += [
    {"rule": "deadline-invalid", "line": 6, "text": "2024年4月8日", "why": "the notice's own issue date"},
    {"rule": "deadline-invalid", "line": ln('2020年以来'), "text": "2023年",
     "why": "background: what the county already did in 2020 and 2023, not a deadline; past dates before the issue year are normal here"},
    {"rule": "deadline-later-than-baseline", "line": ln('2020年以来'),
     "why": "background sentence on work already done (2020年以来, 2023年), not a deadline"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2025年，全县'), "text": "到2025年",
     "why": "主要目标 goal 到2025年 体系框架基本成型, same year as the region's 到2025年 “34567”体系框架全面成型"},
    {"rule": "deadline-later-than-baseline", "line": ln('2025年12月10日前'), "text": "2025年12月10日前",
     "why": "the office's own reporting date for progress reports, not a task deadline"},
    {"rule": "deadline-invalid", "line": ln('2025年12月10日前'), "text": "每季度末月25日前",
     "why": "the office's own reporting schedule"},
    {"rule": "deadline-later-than-baseline", "line": ln('（2024—2025年）'), "text": "2024—2025年",
     "why": "the plan's period under its title, not a deadline"},
    {"rule": "deadline-invalid", "line": ln('2024年4月8日印发'), "text": "2024年4月8日", "why": "印发 date in the 版记"},
    {"rule": "basis-mismatch", "line": ln('国发〔2022〕14号'), "text": "国发〔2022〕14号",
     "why": "correct title and 文号 of the national 指导意见"},
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2020〕14号'), "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention of the 2020 工作要点 (correct title and 文号) in the background of what was done since 2020; not cited as a basis"},
    {"rule": "unknown-unit", "line": ln('县审批局）'), "text": "县审批局", "why": "short name of 县审批服务管理局 in units.txt"},
    {"rule": "unknown-unit", "line": item(2), "text": "县发改局", "why": "short name of 县发展和改革局 in units.txt"},
    {"rule": "unknown-unit", "line": item(8), "text": "县人社局", "why": "short name of 县人力资源和社会保障局"},
    {"rule": "unknown-unit", "line": item(8), "text": "国家税务总局海原县税务局", "why": "in units.txt (vertically managed tax bureau)"},
    {"rule": "unknown-unit", "line": item(13), "text": "中卫市生态环境局海原分局",
     "why": "in units.txt: the county's ecology body is a branch of the city bureau; not a regional body"},
    {"rule": "unknown-unit", "line": item(30), "text": "中卫市生态环境局海原分局",
     "why": "sole (lead) unit of item 30; in units.txt, a city bureau's county branch, not a regional body"},
    {"rule": "unknown-unit", "line": item(27), "text": "司法局",
     "why": "prefix distributes: 县公安局、司法局、信访局 = 县公安局, 县司法局, 县信访局, all in units.txt"},
    {"rule": "unknown-unit", "line": item(27), "text": "海原县人民法院", "why": "in units.txt"},
    {"rule": "unknown-unit", "line": item(36), "text": "各村（社区）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": item(1), "text": "县直各部门（单位）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": item(3), "text": "县直有关部门", "why": "collective subject"},
    {"rule": "unknown-unit", "line": item(6), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": "unknown-unit", "line": item(16), "text": "国网海原县供电公司", "why": "in units.txt (public utility outside government)"},
    {"rule": "unknown-unit", "line": item(31), "text": "中国移动海原分公司", "why": "in units.txt (carrier)"},
    {"rule": "unknown-unit", "line": item(32), "text": "县城管执法局", "why": "short name of 县城市管理和综合执法局"},
    {"rule": "unknown-unit", "line": item(37), "text": "县残联", "why": "short name of 县残疾人联合会"},
    {"rule": "unknown-unit", "line": item(55), "text": "县教体局", "why": "short name of 县教育体育局"},
    {"rule": "unknown-unit", "line": item(55), "text": "县文旅广电局", "why": "short name of 县文化旅游广电局"},
    {"rule": "unknown-unit", "line": item(53), "text": "海原工业园区管委会", "why": "in units.txt"},
    {"rule": "unknown-unit", "line": ln('抄送'), "text": "县人大常委会办公室",
     "why": "抄送 recipients, not responsible units; both are in units.txt anyway"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": f"no heading, but items 38 (数据要素市场, task 12, line {item(38)}) and 61 (数字化发展环境、网络生态, line {item(61)}) take it up"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字经济",
     "why": f"items 52-54 (算力枢纽、智慧园区、数字经济治理, lines {item(52)}-{item(54)})"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字社会",
     "why": f"items 55-58 (服务数字化、互联网+医疗健康、智慧城市、数字乡村, lines {item(55)}-{item(58)})"},
    {"rule": "missing-pillar", "line": 0, "pillar": "安全保障",
     "why": f"item 59 (安全技术保障体系、应急演练, line {item(59)}) and item 61"},
    {"rule": "missing-pillar", "line": 0, "pillar": "制度规则",
     "why": f"items 2, 3, 50 (一本账管理机制、行政权力事项网上运行、试点示范, lines {item(2)}, {item(3)}, {item(50)})"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一",
     "why": f"work system (健全组织机构) taken up by item 1 (参照自治区做法健全组织机构, task 64, line {item(1)})"},
    {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通",
     "why": f"厘清层级职责 taken up by item 51 (乡镇、村依托上级平台推广特色应用, line {item(51)}) and item 42 (一体化推进县级指挥调度中心, line {item(42)})"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数据资源",
     "why": f"items 11, 13-16, 39 (基础库、主题库、电子公文、公共数据开放、融合应用、政务数据平台)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "平台支撑",
     "why": f"items 4, 8, 12, 18, 19, 31-33, 40 (政务云、电子印章、城域网、公共支付、底板底图、外网、视频一张网、非税、平台评估)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "经济调节",
     "why": f"item 41 (宁夏经济运行大数据平台、经济运行监测预警, task 66, line {item(41)})"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务运行",
     "why": f"items 5, 6, 34, 35, 48 (协同办公、宁政通、填表报数、视频会议、机关事务)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "组织领导",
     "why": f"党的领导 items are in 六、工作要求 (lines {ln('（一）加强组织领导')}-{ln('（四）严格督办考核')}): 一把手工程, 资金保障, 数字素养, 考核评价"},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": f"工作要求（二）, line {ln('（二）强化资金保障')}"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": f"工作要求（三）, line {ln('（三）提升数字素养')}"},
    {"rule": "missing-pillar", "line": 0, "pillar": "考核评价", "why": f"工作要求（四）, line {ln('（四）严格督办考核')}, and item 60"},
    {"rule": "garbled-text", "line": item(23), "text": "“双随机、一公开”", "why": "ordinary text"},
]

covers = [{"task": TASK[n][0], "line": item(n)} for n in sorted(TASK)]
covers += [
    {"task": 116, "line": ln('（一）加强组织领导')},
    {"task": 118, "line": ln('（三）提升数字素养')},
    {"task": 122, "line": ln('（四）严格督办考核')},
    {"task": 123, "line": ln('（四）严格督办考核')},
]

# sanity: expected late items really sit under a later heading
for n in [31, 37, 49]:
    assert group(n) in ('2025年6月底前', '2025年底前') and TASK[n][1].startswith('2024'), n

key = {
    "writer": "blind writer, round 411; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("海原县 (中卫市) 2024 推进表, date-first: each group heading (lines %s) is the 完成时限 of every item under it; "
              "no item carries its own date. Each item's responsible units are in brackets at its end; the 说明 on line %d says the "
              "first-listed unit leads. Late-deadline entries use the item's line, not the heading's. No city plan is cited or used "
              "as parent. Tasks with regional 完成时限 2023 (fixed) were deliberately kept out of the dated groups; only tasks whose "
              "regional 时限 is ongoing are under 持续推进 (item 59 / task 18 is the one with a 2023 milestone; see its why). "
              "政务公开 is deliberately absent (planted missing pillar); the words 政务公开/政府网站/政务新媒体/政民互动/12345 do not occur.")
             % (', '.join(str(v) for v in H.values()), ln('说明：')),
}
assert lines[5] == '2024年4月8日'
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers;', len(lines), 'lines')
for e in expect:
    print(e['rule'], e['line'], e.get('text', e.get('pillar')))
