#!/usr/bin/env python3
"""Builds key.json for blind881: every line number is found by a unique substring of draft.txt."""
import json

L = open('draft.txt', encoding='utf-8').read().splitlines()

def ln(sub, nth=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]

def note(measure_sub):
    """line of the 责任单位 note that follows a measure"""
    i = ln(measure_sub)
    assert L[i].startswith('责任单位：'), (measure_sub, L[i])
    return i + 1

# sanity checks on the planted texts
assert '宁政办发〔2023〕17号' in L[ln('宁政办发〔2023〕17号') - 1]
assert '数字政府能力'.encode('utf-8').decode('gbk') == '鏁板瓧鏀垮簻鑳藉姏'
assert not any('政务公开' in l for i, l in enumerate(L, 1) if i != ln('政务运行、政务公开等领域'))

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (a slip of 办)"},
    {"rule": "deadline-later-than-baseline", "line": ln('23．提升电子政务外网支撑能力'), "text": "2025年底",
     "why": "县、乡、村三级全覆盖 of the 电子政务外网 is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖, 完成时限 2024年; 各市、县（区）具体负责) and the 骨干网/出口带宽 part is task 47 (2024年); the sentence's completing step is 2025年底前"},
    {"rule": "deadline-invalid", "line": ln('36．推进适老化'), "text": "13月",
     "why": "2024年13月底前 is an impossible month (task 93, 适老化与信息无障碍, 完成时限 2024年)"},
    {"rule": "unknown-unit", "line": note('17．融入全区一体化政务大数据体系'), "text": "县大数据管理服务局",
     "why": "泾源县 has no such bureau (not in units.txt); the county's data work is led by 县政府办公室 elsewhere in the draft - a name copied from a city template"},
    {"rule": "garbled-text", "line": ln('鏁板瓧鏀垮簻'), "text": "鏁板瓧鏀垮簻鑳藉姏",
     "why": "UTF-8 bytes of 数字政府能力 read as GBK"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "五、 announces 七个能力 (its intro line even lists 政务公开) but has only six subsections; no 政府信息公开, 政策文件库, 政务新媒体 or 政民互动 content anywhere"},
    {"rule": "task-uncovered", "line": 0, "task": 112, "why": "政务公开信息化平台 (各市、县（区）分别负责, 2024年): left out with the 政务公开 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 113, "why": "政策文件库 一库通查 (各市、县（区）配合, 2024年): left out with the 政务公开 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 114, "why": "政务新媒体矩阵 (各市、县（区）分别负责, 2024年): left out with the 政务公开 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 115, "why": "政民互动和民意转办平台、政府信息知识库 (各市、县（区）配合, 2024年): left out with the 政务公开 pillar (12345 appears only as 总客服 work, task 87)"},
]

D = "deadline-later-than-baseline"
mnf = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    mnf.append(e)

# --- deadlines: equal completing milestones, earlier steps of a task dated before its end
m(D, ln('到2024年底，县级非涉密'), "2024 goal = tasks 46 (政务云资源调度/系统迁移, 2024年), 43 (2024年建成), 84 (2024年) and 105 (宁政通, 2024年); none of the region's 到2023年底 goals is restated", "2024年底")
m(D, ln('到2025年，全县数字政府建设'), "equal to the region's 主要目标 到2025年 (34567 体系框架全面成型)", "2025年")
m(D, ln('到2035年'), "equal to the region's 到2035年 goal", "2035年")
m(D, ln('1．推进产业数字化'), "task 2 (产业云, 2023年启动，2024年取得明显成效): 2024年6月底/9月底 are earlier steps, 2024年底 equal", "2024年底")
m(D, ln('2．建设智慧园区'), "task 3 (智慧园区, 持续推进，2025年取得明显成效): 2024年10月底 and 2025年6月底 are earlier steps, 2025年底 equal", "2025年底")
m(D, ln('3．加强数字经济治理'), "2024年底 新业态监管机制 = task 75 (2024年, equal); 2025年底 数字经济治理体系 = task 5 (持续推进，2025年取得明显成效, equal)", "2025年底")
m(D, ln('4．推进公共服务数字化'), "task 6 (持续推进，2025年取得明显成效): 2024年7月底/2024年底 earlier steps, 2025年底 equal", "2025年底")
m(D, ln('5．深化智慧教育应用'), "task 7 (2023年形成试点经验，2025年取得明显成效): the completing milestone 2025年 equal; the 2024 steps are school roll-out steps, not the 试点经验 milestone", "2025年底")
m(D, ln('6．推进“互联网+医疗健康”'), "task 8 (持续推进，2025年取得明显成效): earlier 2024 steps, 2025年底 equal", "2025年底")
m(D, ln('7．推进数字乡村建设'), "task 10 (持续推进，2025年取得明显成效): earlier 2024 steps, 2025年底 equal", "2025年底")
m(D, ln('8．培育数据要素市场'), "task 12 (数据要素市场, 2025年): 2024年底 earlier step, 2025年底 equal", "2025年底")
m(D, ln('12．提高自主可控水平'), "信创 = task 19 (2023年启动，2024年建成; a regional task anyway): 2024年底 equal", "2024年底")
m(D, ln('13．推动行政权力事项网上运行'), "task 21 (行政权力事项网上运行, 2024年): 2024年5月底/9月底 earlier steps, 2024年底 equal", "2024年底")
m(D, ln('14．建立数字资源“一本账”'), "task 23 (数字资源管理系统 一本账, 2024年): earlier steps, 2024年底 equal", "2024年底")
m(D, ln('16．开展试点示范'), "task 28 (试点示范, 2023年启动，2025年取得明显成效): 2024 steps earlier, 2025年底 equal", "2025年底")
m(D, ln('17．融入全区一体化政务大数据体系'), "task 29 (自治区政务数据平台/一体化政务大数据体系, 2023年启动，2025年完成): 2024年6月底 and 2024年底 are earlier steps, 2025年底 equal", "2025年底")
m(D, ln('19．完善基础库和主题库'), "tasks 33/34 (基础库、主题库, 2024年): 2024年7月底/10月底 earlier steps, 2024年底 equal", "2024年底")
m(D, ln('20．促进公共数据开放和融合应用'), "tasks 41 (公共数据开放目录, 2024年) and 42 (融合应用, 2024年): equal or earlier", "2024年底")
m(D, ln('21．规范电子公文和电子档案管理'), "tasks 40 (电子公文, 2024年) and 54 (电子文件归档, 2024年): equal or earlier", "2024年底")
m(D, ln('22．推进政务云资源集约利用'), "task 46 (系统有序迁移, 2024年) / 43 (2024年建成，持续推进): 2024年4月底/9月底 earlier steps, 2024年底 equal", "2024年底")
m(D, ln('24．统筹视频资源'), "task 49 (视频共享平台/视频一张网, 2025年): 2024年底 and 2025年6月底 earlier steps, 2025年底 equal", "2025年底")
m(D, ln('25．推广共性应用支撑'), "two tasks in one sentence: 财政电子票据 2024年底 = task 55 (2024年); 非税收入收缴电子化全覆盖 2025年底 = task 56 (2025年); the 2025 step is not task 55's", "2025年底")
m(D, ln('26．完善信用和地理信息服务'), "tasks 57 (信用平台, 2024年) and 58 (地理信息, 2024年): equal or earlier", "2024年底")
m(D, ln('（一）健全组织机构。2024年4月底前'), "task 64 (各地参照自治区成立组织机构, 各市、县（区）负责, 2025年): 2024 steps earlier, 2025年底 equal; task 60 (充实自治区领导小组, 2023年) is the region's own and does not bind the county's 2024年4月 step", "2025年底")
m(D, ln('（二）厘清层级职责'), "county 指挥调度中心 docking 2024年底; no county task with an earlier deadline (task 81 视频指挥调度体系 is 2025年)", "2024年底")
m(D, ln('27．加强经济运行监测'), "task 66 (经济运行大数据平台, 各市、县（区）配合, 2025年): 2024 steps earlier, 2025年底 equal", "2025年底")
m(D, ln('28．提升监管精准化协同化水平'), "task 73 (监管数据治理、消费维权一件事, 2024年): equal; 依托宁夏“互联网+监管”系统 is an undated mention (task 72's 对接 is not dated here)", "2024年底")
m(D, ln('29．推进重点领域数字化监管'), "tasks 71 (追溯监管, 2024年) and 74 (新型监管手段, 2024年): equal or earlier", "2024年底")
m(D, ln('30．提升矛盾纠纷化解能力'), "task 77 (矛盾纠纷多元化解信息系统, 2024年): equal or earlier", "2024年底")
m(D, ln('31．提升社会治安和公共安全保障能力'), "tasks 79 (雪亮工程, 2024年) and 80 (智慧应急, 2024年): equal or earlier", "2024年底")
m(D, ln('32．提高基层社会治理能力'), "task 83 (互联网+基层治理, 各市、县（区）具体负责, 2025年): 2024 steps earlier, 2025年底 equal", "2025年底")
m(D, ln('33．打造泛在可及的政务服务体系'), "task 84 (一体化政务服务体系, 2024年): equal or earlier", "2024年底")
m(D, ln('34．提升智慧便捷服务能力'), "task 86 (我的宁夏 应上尽上, 2024年): equal or earlier; the 免申即享 clause (task 85, 2023年) and 12345 (task 87) carry no date", "2024年底")
m(D, ln('35．提供优质便利的涉企服务'), "tasks 88 (证照分离, 2024年) and 89 (惠企政策, 2024年): equal", "2024年底")
m(D, ln('37．提升生态环保协同治理能力'), "2024年底 数据接入 = task 94 (2024年); 2025年底 全域联网、数据共享、业务协同 = task 95 (2025年): both equal", "2025年底")
m(D, ln('38．提高自然资源利用效率'), "2025年底 城乡供水 = task 96 (2025年); 2024年底 智慧林草 = task 98 (2024年): both equal", "2025年底")
m(D, ln('39．推动绿色低碳转型'), "tasks 100 (四权交易平台, 2025年) and 102 (绿色低碳, 2025年): equal", "2025年底")
m(D, ln('40．提升行政执行能力'), "协同办公/宁政通 2024年 = tasks 104, 105 (2024年); 填表报数 2025年6月底/2025年底 = task 106 (2025年): all equal or earlier", "2025年底")
m(D, ln('41．统筹视频会议和机关事务管理'), "tasks 107 (视频会议平台, 2025年) and 111 (机关事务, 2025年): 2024年底 earlier step, 2025年底 equal", "2025年底")
m(D, ln('42．提升行政监督水平'), "task 108 (公共资源交易, 长期推进，2024年取得明显成效): equal", "2024年底")
m(D, ln('每年3月底前制定本单位年度工作要点'), "task 116 (一把手工程、年度工作要点, 2023年完成并长期坚持): a recurring yearly date, not a completion year", "3月底")
m(D, ln('于2024年4月15日前'), "the office's own reporting dates (task breakdown, quarterly reports, annual summary), not task deadlines", "2024年12月10日")
m("deadline-invalid", ln('于2024年4月15日前'), "reporting dates inside the plan's own year", "2024年4月15日")
m("deadline-invalid", ln('自2020年自治区人民政府办公厅印发'), "past dates in the background (2020 document, 2023 results, 截至2023年底), not deadlines", "截至2023年底")
m("deadline-invalid", ln('2024年3月18日'), "the notice's own issue date", "2024年3月18日")
# --- basis
m("basis-mismatch", ln('宁政办发〔2023〕17号'), "国发〔2022〕14号 with 《国务院关于加强数字政府建设的指导意见》 is correct", "国发〔2022〕14号")
m("basis-mismatch", ln('自2020年自治区人民政府办公厅印发'), "retrospective mention of the 2020 工作要点 with its correct 文号, not cited as a basis", "宁政办发〔2020〕14号")
m("basis-mismatch", ln('泾政办发〔2024〕12号'), "the notice's own 文号", "泾政办发〔2024〕12号")
m("basis-mismatch", ln('已经县人民政府同意'), "the plan's own title in its covering notice, not a basis document", "《泾源县加强数字政府建设实施方案》")
# --- units
U = "unknown-unit"
m(U, note('1．推进产业数字化'), "official short name of 县发展和改革局 (listed alias)", "县发改局")
m(U, note('3．加强数字经济治理'), "县委网信办 plus a collective tail (等有关部门（单位）)", "县委网信办等有关部门（单位）")
m(U, note('4．推进公共服务数字化'), "县人社局 is a listed alias of 县人力资源和社会保障局; 等有关部门 is a collective tail", "县人社局")
m(U, note('6．推进“互联网+医疗健康”'), "listed alias of 县医疗保障局", "县医保局")
m(U, note('8．培育数据要素市场'), "listed alias of 县审批服务管理局", "县审批局")
m(U, note('10．强化安全管理责任'), "collective subjects", "县直各部门（单位）")
m(U, note('10．强化安全管理责任'), "collective subject", "各乡镇人民政府")
m(U, note('10．强化安全管理责任'), "in units.txt", "县委保密办")
m(U, note('19．完善基础库和主题库'), "listed alias of 县市场监督管理局", "县市场监管局")
m(U, note('19．完善基础库和主题库'), "固原市生态环境局泾源分局 is the county's environment body (a city branch), listed in units.txt", "固原市生态环境局泾源分局")
m(U, note('20．促进公共数据开放和融合应用'), "listed alias of 县人民政府办公室", "县政府办")
m(U, note('23．提升电子政务外网支撑能力'), "operators' county branches, listed in units.txt", "中国电信泾源分公司")
m(U, note('24．统筹视频资源'), "listed alias of 县林业和草原局", "县林草局")
m(U, note('（二）厘清层级职责'), "collective subject", "各村（社区）")
m(U, note('27．加强经济运行监测'), "tax office in the county, listed in units.txt", "国家税务总局泾源县税务局")
m(U, note('28．提升监管精准化协同化水平'), "collective subject (county analogue of 承担监管职责的自治区有关部门（单位）)", "承担监管职责的县直有关部门")
m(U, note('31．提升社会治安和公共安全保障能力'), "listed in units.txt", "泾源县消防救援大队")
m(U, note('32．提高基层社会治理能力'), "township governments listed in units.txt", "香水镇人民政府")
m(U, note('38．提高自然资源利用效率'), "regional reserve administration seated in the county, listed in units.txt, only cooperating", "宁夏六盘山国家级自然保护区管理局")
m(U, note('42．提升行政监督水平'), "listed alias of 县人民政府督查室", "县政府督查室")
m(U, note('（三）提升数字素养'), "prefix distributes: 县委组织部、宣传部 = 县委组织部, 县委宣传部", "宣传部")
m(U, ln('6．推进“互联网+医疗健康”'), "县人民医院 / 各乡镇卫生院 are named in the measure text, not as responsible units", "县人民医院")
m(U, ln('于2024年4月15日前'), "县数字政府建设领导小组办公室 is the leading group's office (listed in units.txt), named as the recipient of reports", "县数字政府建设领导小组办公室")
# --- pillars
m("missing-pillar", ln('8．培育数据要素市场'), "数字生态 is taken up (measures 8-9: 数据要素市场, 网络生态)", None)
mnf[-1]["pillar"] = "数字生态"
m("missing-pillar", ln('（一）健全组织机构。2024年4月底前'), "五个一/六级贯通 is taken up (四、(一)-(三))", None)
mnf[-1]["pillar"] = "五个一"
m("missing-pillar", ln('（三）提升数字素养'), "党的领导 items (组织领导, 财政投入, 数字素养, 考核评价) are all present in 六、", None)
mnf[-1]["pillar"] = "数字素养"

covers_spec = [
    (2, '1．推进产业数字化'), (3, '2．建设智慧园区'), (5, '3．加强数字经济治理'), (6, '4．推进公共服务数字化'),
    (7, '5．深化智慧教育应用'), (8, '6．推进“互联网+医疗健康”'), (10, '7．推进数字乡村建设'), (12, '8．培育数据要素市场'),
    (14, '10．强化安全管理责任'), (15, '10．强化安全管理责任'), (18, '11．提升安全防护能力'), (21, '13．推动行政权力事项网上运行'),
    (23, '14．建立数字资源“一本账”'), (24, '15．完善项目管理机制'), (28, '16．开展试点示范'), (29, '17．融入全区一体化政务大数据体系'),
    (32, '18．健全数据管理机制'), (33, '19．完善基础库和主题库'), (34, '19．完善基础库和主题库'), (40, '21．规范电子公文和电子档案管理'),
    (41, '20．促进公共数据开放和融合应用'), (42, '20．促进公共数据开放和融合应用'), (46, '22．推进政务云资源集约利用'),
    (47, '23．提升电子政务外网支撑能力'), (48, '23．提升电子政务外网支撑能力'), (49, '24．统筹视频资源'),
    (55, '25．推广共性应用支撑'), (56, '25．推广共性应用支撑'), (57, '26．完善信用和地理信息服务'), (58, '26．完善信用和地理信息服务'),
    (64, '（一）健全组织机构。2024年4月底前'), (66, '27．加强经济运行监测'), (71, '29．推进重点领域数字化监管'), (73, '28．提升监管精准化协同化水平'),
    (74, '29．推进重点领域数字化监管'), (75, '3．加强数字经济治理'), (77, '30．提升矛盾纠纷化解能力'), (79, '31．提升社会治安和公共安全保障能力'),
    (80, '31．提升社会治安和公共安全保障能力'), (83, '32．提高基层社会治理能力'), (84, '33．打造泛在可及的政务服务体系'),
    (86, '34．提升智慧便捷服务能力'), (88, '35．提供优质便利的涉企服务'), (89, '35．提供优质便利的涉企服务'), (93, '36．推进适老化'),
    (94, '37．提升生态环保协同治理能力'), (95, '37．提升生态环保协同治理能力'), (96, '38．提高自然资源利用效率'), (98, '38．提高自然资源利用效率'),
    (100, '39．推动绿色低碳转型'), (102, '39．推动绿色低碳转型'), (104, '40．提升行政执行能力'), (105, '40．提升行政执行能力'),
    (106, '40．提升行政执行能力'), (107, '41．统筹视频会议和机关事务管理'), (108, '42．提升行政监督水平'), (111, '41．统筹视频会议和机关事务管理'),
    (116, '每年3月底前制定本单位年度工作要点'), (25, '（二）加大财政投入'), (123, '（四）强化考核评价'),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 881; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("泾源县 (固原市) 2024 实施方案, issued 2024-03-18, no parent plan. Measures are long sentences with several dated steps; "
              "each measure is followed by one 责任单位 line. Deadlines are compared with the completing milestone of the matching regional task; "
              "intermediate steps dated before a task's end are near misses. Tasks whose regional deadline is 2023年 (14, 15, 18, 24, 25, 30, 32, 36, 85, 116) "
              "are written without a year on purpose. The 政务公开 pillar is missing although the 七个能力 intro line names it. "
              "Line 139 states that the first-listed lead unit is the main lead."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
