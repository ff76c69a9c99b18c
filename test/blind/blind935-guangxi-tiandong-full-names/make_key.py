#!/usr/bin/python3
# Builds key.json: every line number is looked up in the final draft.txt (1-based).
import json, re
L = open('draft.txt', encoding='utf-8').read().rstrip('\n').split('\n')

def line(text, anchor=None):
    """line holding `text` (and `anchor` if given); must be unique"""
    hits = [i + 1 for i, l in enumerate(L) if text in l and (anchor is None or anchor in l)]
    assert len(hits) == 1, (text, anchor, hits)
    return hits[0]

def E(rule, text, why, anchor=None, **kw):
    d = {"rule": rule, "line": line(text, anchor), "text": text, "why": why}
    d.update(kw); return d

def N(rule, text, why, anchor=None):
    return {"rule": rule, "line": line(text, anchor), "text": text, "why": why}

expect = [
    E("basis-mismatch", "桂政发〔2022〕13号",
      "the 广西 实施意见 of 2022-11-30 (《广西壮族自治区人民政府关于加强数字政府建设的实施意见》) is 桂政发〔2022〕31号; the preamble swaps the digits (line 115 of the draft cites it correctly)"),
    E("deadline-later-than-baseline", "2026年底",
      "12345热线 item = regional task 8 (seed line 63, 持续优化12345政务服务便民热线平台…), 完成时限 2025年底; 2026年底 is a year later",
      anchor="12345热线服务"),
    E("deadline-invalid", "2022年底",
      "task deadline before the year the plan is issued (2023-09-12); the 政务云 item is regional task 36 (seed line 161), 完成时限 持续开展, so this is not a late deadline, only an impossible one",
      anchor="完成时限：2022年底"),
    E("unknown-unit", "田东县大数据管理局",
      "not in units.txt: the county body is 田东县大数据发展局 (管理局 is a slip, e.g. copied from another place's 大数据管理服务局); it is also the lead (first-listed) unit of the item"),
    E("garbled-text", "鏁版嵁鍏变韩浜ゆ崲骞冲彴",
      "UTF-8 bytes of 数据共享交换平台 read as GBK (no ? marker); re-encoding as GBK and decoding as UTF-8 gives 依托自治区数据共享交换平台"),
    {"rule": "task-uncovered", "line": 0, "task": 10,
     "why": "regional task 10 (seed line 67, 推动智慧教育服务能力提升, 自治区教育厅等，各市人民政府, 持续开展) is deliberately left out: the 公共服务 section goes from 热线/智桂通 to 人社, 医疗, 工地, 体育/康养 with no 教育 item; the draft never mentions 教育, 智慧校园 or 云课堂"},
]

mnf = [
    # citations
    N("basis-mismatch", "国发〔2022〕14号", "correct 文号 and title of the national 指导意见"),
    N("basis-mismatch", "《百色市加强数字政府建设实施方案》", "the city's plan cited by title alone (DOMAIN: a city plan may have no 文号); title uses 加强 and 实施方案; no parent plan is given for this case"),
    N("basis-mismatch", "国发〔2018〕27号", "retrospective mention in the 发展基础 background (2018年以来…); 文号 and title (《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》, 加快推进 is its real title) belong together; not cited as a basis of this plan"),
    N("basis-mismatch", "桂政发〔2022〕31号", "correct 文号 of the 广西 实施意见 (the same title is mis-numbered only in the preamble)"),
    N("basis-mismatch", "东政办发〔2023〕27号", "the notice's own 文号, not a cited document"),
    N("basis-mismatch", "《田东县加强数字政府建设实施方案》已经", "the plan's own title in the forwarding notice"),
    # dates in the background and the office's own dates
    N("deadline-invalid", "2018年以来", "past date in the background (发展基础)"),
    N("deadline-invalid", "2022年，全县", "past achievements in the background; 2022 is before the plan year but it is not a deadline"),
    N("deadline-invalid", "2023年上半年", "background achievement in the plan's own year"),
    N("deadline-invalid", "2023年9月12日", "the notice's issue date"),
    N("deadline-invalid", "2023年10月31日前", "the office's own reporting date for 落实措施, in the plan year; not a task deadline"),
    N("deadline-later-than-baseline", "每年12月10日前", "annual reporting date of the office, not a task deadline"),
    N("deadline-invalid", "每季度末月25日前", "quarterly reporting date of the office, not a task deadline"),
    N("deadline-invalid", "12345政务服务便民热线", "12345, 110, 119, 120, 122 are hotline numbers, not dates (the only dated text on this line is the planted 2026年底)"),
    N("deadline-invalid", "第六版（IPv6）", "IPv6 / 第六版 is not a date"),
    N("garbled-text", "“1+6+N”", "the region's own name for the 数字政府大脑 system, not damage"),
    N("garbled-text", "“天地图·广西”", "platform name with a middle dot, not damage"),
    N("garbled-text", "“4·27”", "name of the 2017-04-27 speech, copied from the region's text"),
    # goals
    N("deadline-later-than-baseline", "到2023年底，县级", "interim county goal, earlier than the region's 到2025年"),
    N("deadline-later-than-baseline", "到2025年，与政府治理能力现代化相适应", "same year as the region's goal 到2025年…数字政府体系框架基本形成"),
    N("deadline-later-than-baseline", "——数据资源有效利用。到2025年", "county sub-goal dated 到2025年, equal to the region's 2025 goal"),
    N("deadline-later-than-baseline", "到2035年", "same year as the region's 到2035年…基本建成"),
    # task deadlines that are equal, earlier, or set a date for an ongoing regional task
    N("deadline-later-than-baseline", "2025年底", "regional task 3 (seed line 49, 一体化在线监管/互联网+监管), 完成时限 2025年底: equal", anchor="以一体化在线监管"),
    N("deadline-later-than-baseline", "2025年底", "regional task 22 (seed line 97, 政务公开/政策信息数字化发布), 完成时限 2025年底: equal", anchor="优化政策信息数字化发布"),
    N("deadline-later-than-baseline", "2024年底", "regional task 9 (seed line 65, 智桂通), 完成时限 2025年底: the county's 2024年底 is earlier", anchor="智桂通”。"),
    N("deadline-later-than-baseline", "2024年底", "regional task 5 (seed line 55, 雪亮工程/治安防控), 完成时限 持续开展: a dated county milestone for an ongoing task is not later", anchor="社会治安防控"),
    N("deadline-later-than-baseline", "2024年底", "regional task 37 (seed line 165, 电子政务外网/IPv6), 完成时限 持续开展: a dated county milestone for an ongoing task is not later", anchor="电子政务外网向村"),
    N("deadline-invalid", "2023年底", "regional task 20 (seed line 91, 行政执行/协同办公), 完成时限 持续开展; 2023年底 is in the plan's own year, so neither invalid nor later", anchor="提升行政执行能力"),
    # units: full names with the county's name, collectives, distribution
    N("unknown-unit", "中共田东县委网络安全和信息化委员会办公室", "full name of 县委网信办, listed in units.txt", anchor="强化日常监测"),
    N("unknown-unit", "中共田东县委政法委员会", "full name of 县委政法委, in units.txt", anchor="推进数字化网格治理"),
    N("unknown-unit", "中共田东县委保密委员会办公室", "full name of 县委保密办, in units.txt"),
    N("unknown-unit", "中共田东县委机构编制委员会办公室", "full name of 县委编办, in units.txt"),
    N("unknown-unit", "田东县发展和改革局", "full name of 县发展改革局, in units.txt (lead of this item)", anchor="提升经济监测分析能力"),
    N("unknown-unit", "田东县人民政府办公室", "full name of 县政府办公室, in units.txt (lead of the 12345 item)", anchor="12345热线服务"),
    N("unknown-unit", "田东县市场监督管理局", "full name, in units.txt (short name 县市场监管局)", anchor="推进智慧监管"),
    N("unknown-unit", "司法局", "田东县信访局、司法局、公安局: the 田东县 prefix distributes, giving 田东县司法局 and 田东县公安局, both in units.txt", anchor="提升社会矛盾化解能力"),
    N("unknown-unit", "田东县人民检察院", "county procuratorate, in units.txt (the region lists 自治区检察院 the same way)", anchor="提升社会矛盾化解能力"),
    N("unknown-unit", "百色市田东生态环境局", "the county-level branch of the city's 生态环境局 (Guangxi's vertical reform), in units.txt; not a city body", anchor="生态环保协同治理"),
    N("unknown-unit", "国家税务总局田东县税务局", "vertically managed tax bureau, in units.txt"),
    N("unknown-unit", "中国电信股份有限公司田东分公司", "operator outside government, in units.txt", anchor="强化日常监测"),
    N("unknown-unit", "田东县消防救援大队", "county fire and rescue brigade, in units.txt", anchor="推进智慧应急建设"),
    N("unknown-unit", "田东县融媒体中心", "in units.txt", anchor="优化政策信息数字化发布"),
    N("unknown-unit", "县直各有关单位", "collective subject", anchor="以一体化在线监管"),
    N("unknown-unit", "各乡镇人民政府", "collective subject", anchor="提升经济监测分析能力"),
    N("unknown-unit", "田东县数字政府建设工作领导小组", "a body the plan itself sets up, named in running text, not a 责任单位"),
    N("unknown-unit", "中共田东县委党校", "named in running text (数字素养), in units.txt"),
]
# pillars taken up (judged by content)
for pillar, text in [("数字生态", "营造良好数字生态"), ("数字社会", "引领数字社会建设"), ("数字经济", "助推数字经济发展"),
                     ("安全保障", "构建数字政府全方位安全保障体系"), ("制度规则", "构建科学规范的数字政府建设制度规则体系"),
                     ("数据资源", "构建开放共享的数据资源体系"), ("平台支撑", "构建智能集约的平台支撑体系"),
                     ("政务公开", "提升政务公开水平"), ("数字素养", "（三）提升数字素养")]:
    mnf.append({"rule": "missing-pillar", "line": 0, "pillar": pillar,
                "why": f"taken up under '{text}' (line {line(text)})"})

covers_src = [
    (1, "提升经济监测分析能力"), (2, "推进智慧监管"), (3, "以一体化在线监管"), (4, "推进数字化网格治理"),
    (5, "推进社会治安防控体系智能化"), (6, "推进智慧应急建设"), (7, "打造泛在可及的政务服务体系"),
    (8, "优化12345热线服务"), (9, "推广应用“智桂通”"), (11, "推动智慧人社服务能力提升"),
    (12, "推动智慧医疗服务能力提升"), (13, "推动智慧工地监管能力提升"), (14, "推动“体育+数字”"),
    (15, "推进智慧养老服务体系建设"), (16, "提升生态环保协同治理能力"), (17, "提高自然资源利用效率"),
    (18, "推动绿色低碳转型"), (19, "提升辅助决策能力"), (20, "提升行政执行能力"), (21, "提升行政监督水平"),
    (22, "优化政策信息数字化发布"), (23, "建立健全数字政府安全工作协调机制"), (24, "建立健全数据分类分级保护"),
    (25, "建立健全数据安全监管责任体系"), (26, "接入全区电子政务外网安全态势感知平台"),
    (27, "强化安全可靠技术和产品应用"), (28, "推进体制机制改革与数字技术应用深度融合"),
    (29, "严格落实“四改四转”"), (30, "全面落实数字政府建设相关法律法规"), (31, "贯彻执行国家、自治区数字政府建设标准规范"),
    (32, "积极申报自治区数字政府应用创新试点"), (33, "明确县直各部门数据归集"), (34, "编制县级政务数据目录"),
    (35, "按照自治区公共数据开放目录"), (36, "依托自治区政务云"), (37, "推动电子政务外网向村"),
    (38, "强化数据智能支撑能力"), (39, "推进数字化共性应用集约建设"), (40, "强化开放生态支撑能力"),
    (41, "深化农村金融改革"), (42, "推进智慧城市建设"), (43, "落实数据要素市场规则"),
]
covers = [{"task": t, "line": line(x)} for t, x in covers_src]

key = {
    "writer": "blind writer, round 935; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("田东县 (百色市) 2023 实施方案 following 桂政发〔2022〕31号; its inline notes (责任单位…完成时限…) name every body by its full name "
              "with the county's name (田东县发展和改革局, 中共田东县委网络安全和信息化委员会办公室…); units.txt lists those full names as canonical "
              "names with the 县… short names as aliases. The draft's own note (line %d) says the first-listed unit leads. "
              "Regional task numbers: the 广西 seed has no numbered list, so tasks are numbered 1–43 in the order of its inline "
              "(責任單位…完成時限…) notes (task 1 = seed line 43 经济调节 … task 43 = seed line 187 数字生态); all are 持续开展 except "
              "tasks 3, 8, 9 and 22 (2025年底). Task 23 (seed line 103, 安全管理责任) names no 各市人民政府; the draft takes it up anyway. "
              "No parent plan: the 百色市 plan is cited by title only.") % line("排在第一位的为牵头单位"),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e.get('text', e.get('task')))
