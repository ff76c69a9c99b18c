# Builds key.json from draft.txt: every line number is looked up, not typed.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(s, after=None, nth=1):
    """1-based line holding s (the nth match after the line holding `after`)."""
    start = 0
    if after:
        start = ln(after)
    hits = [i + 1 for i in range(start, len(L)) if s in L[i]]
    assert len(hits) >= nth, (s, after, hits)
    return hits[nth - 1]

def resp(measure):
    """the responsibility line that follows the measure starting with `measure`"""
    i = ln(measure)
    assert L[i].startswith('牵头单位：'), (measure, L[i])
    return i + 1

def only(s):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]

G = 'guangxi seed task'
expect = [
    {"rule": "basis-mismatch", "line": only('国发〔2022〕41号'), "text": "国发〔2022〕41号",
     "why": "the national guidance 《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号 (as the guangxi seed cites it, seed line 3); digits transposed"},
    {"rule": "deadline-later-than-baseline", "line": resp('9.提升12345热线服务能力'), "text": "2026年底",
     "why": "measure 9 (12345热线 归并、与110/119/120联动、社情民意分析) is " + G + " 8 (seed line 63), 完成時限 2025年底; 2026年底前 is a year late"},
    {"rule": "deadline-invalid", "line": resp('23.落实安全制度要求'), "text": "6月31日",
     "why": "June has 30 days: 2023年6月31日 does not exist (task 24, seed line 107, 完成時限 持续開展, so no lateness question)"},
    {"rule": "unknown-unit", "line": resp('36.加强共性应用支撑'), "text": "区工商局",
     "why": "not in units.txt; the 工商局 was merged into the 市场监督管理局 in the 2018-19 institutional reform — the registry has 区市场监督管理局 = 区市场监管局"},
    {"rule": "garbled-text", "line": only('鎺ㄥ姩'), "text": "鎺ㄥ姩鏁版嵁",
     "why": "UTF-8 read as GBK: 鎺ㄥ姩鏁版嵁鎸夐渶鍏变韩 re-encoded as GBK and decoded as UTF-8 is 推动数据按需共享"},
    {"rule": "task-uncovered", "line": 0, "task": 6,
     "why": "deliberately left out: " + G + " 6 推進智慧應急建設 (seed line 57, 各市人民政府, 持續開展) — the draft has no 应急指挥/灾害风险监测预警 measure; 区应急管理局 appears only as a cooperating unit of 智慧工地 (measure 15)"},
]

mnf = [
    {"rule": "basis-mismatch", "line": only('鱼政办发〔2023〕21号'), "text": "鱼政办发〔2023〕21号",
     "why": "the notice's own 文号, not a basis document"},
    {"rule": "basis-mismatch", "line": only('桂政发〔2022〕31号'), "text": "桂政发〔2022〕31号",
     "why": "correct 文号 of the regional 实施意见 (the guangxi-2022 baseline)"},
    {"rule": "basis-mismatch", "line": only('数字广西建设三年行动计划'), "text": "数字广西建设三年行动计划（2018—2020年）",
     "why": "retrospective mention of an old plan in 发展基础, not cited as a basis"},
    {"rule": "deadline-invalid", "line": only('截至2022年底'), "text": "2022年",
     "why": "past dates in the 发展基础 background (2022年, 截至2022年底, 2018—2020年), not deadlines"},
    {"rule": "deadline-invalid", "line": only('2023年5月26日'), "text": "2023年5月26日",
     "why": "the notice's own issue date"},
    {"rule": "deadline-later-than-baseline", "line": only('到2025年，与政府治理能力现代化相适应'), "text": "到2025年",
     "why": "主要目标 goal 体系框架基本形成 by 2025, equal to the regional 主要目标 (到2025年…基本形成, seed line 35)"},
    {"rule": "deadline-later-than-baseline", "line": only('到2035年'), "text": "到2035年",
     "why": "2035 vision equal to the regional 到2035年…基本建成 (seed line 37)"},
    {"rule": "deadline-later-than-baseline", "line": only('到2023年底'), "text": "到2023年底",
     "why": "a local interim goal earlier than any regional goal"},
    {"rule": "deadline-later-than-baseline", "line": resp('3.推进“互联网+监管”'), "text": "2025年底前",
     "why": G + " 3 (一體化在線監管, seed line 49) 完成時限 2025年底: equal"},
    {"rule": "deadline-later-than-baseline", "line": resp('10.推广应用“智桂通”'), "text": "2024年底前",
     "why": G + " 9 (智桂通, seed line 65) 完成時限 2025年底: earlier"},
    {"rule": "deadline-later-than-baseline", "line": resp('21.优化政策信息数字化发布'), "text": "2025年12月底前",
     "why": G + " 22 (政策信息數字化發布, seed line 97) 完成時限 2025年底: equal (12月底 = 年底)"},
    {"rule": "deadline-later-than-baseline", "line": resp('5.推进社会治安防控体系智能化'), "text": "2024年12月底前",
     "why": G + " 5 (雪亮工程, seed line 55) 完成時限 持續開展: a dated local deadline under an ongoing regional task is not later"},
    {"rule": "deadline-later-than-baseline", "line": resp('6.推进智慧社区'), "text": "2023年启动试点，2025年底前全面推广",
     "why": G + " 4 (智慧社區/小區, seed line 53) 完成時限 持續開展: multi-milestone local deadline under an ongoing task"},
    {"rule": "deadline-later-than-baseline", "line": resp('15.推动智慧工地监管'), "text": "2023年12月底前",
     "why": G + " 13 (智慧工地, seed line 73) 完成時限 持續開展"},
    {"rule": "deadline-later-than-baseline", "line": resp('30.开展试点示范'), "text": "2025年底前",
     "why": G + " 32 (試點示範, seed line 141) 完成時限 持續開展"},
    {"rule": "deadline-later-than-baseline", "line": resp('34.强化政务云平台支撑能力'), "text": "2024年6月底前",
     "why": G + " 36 (政務雲, seed line 161) 完成時限 持續開展"},
    {"rule": "deadline-later-than-baseline", "line": resp('35.提升网络平台支撑能力'), "text": "2023年启动，2024年底前基本完成",
     "why": G + " 37 (電子政務外網, seed line 165) 完成時限 持續開展"},
    {"rule": "deadline-invalid", "line": only('2024年2月29日'), "text": "2024年2月29日",
     "why": "2024 is a leap year: a valid date, and it is the office's own reporting date for the 2023 summary"},
    {"rule": "deadline-invalid", "line": only('2023年7月10日'), "text": "2023年7月10日",
     "why": "the office's own reporting date, after the issue date"},
    {"rule": "deadline-invalid", "line": resp('31.创新数据管理机制'), "text": "2023年12月底前",
     "why": "within the issue year; " + G + " 33 (數據管理機制, seed line 147) 持續開展"},
    {"rule": "unknown-unit", "line": resp('2.推行智慧监管'), "text": "区发改局",
     "why": "short names in units.txt: 区发改局 = 区发展和改革局, 区大数据局 = 区大数据发展局, 区市场监管局 = 区市场监督管理局"},
    {"rule": "unknown-unit", "line": resp('2.推行智慧监管'), "text": "区直有关部门",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": resp('4.推进数字化网格治理'), "text": "鱼峰公安分局",
     "why": "short name of 柳州市公安局鱼峰分局 in units.txt"},
    {"rule": "unknown-unit", "line": resp('4.推进数字化网格治理'), "text": "各镇人民政府、各街道办事处",
     "why": "collective subjects; also 区人民法院 and 区人民检察院 on this line are in units.txt"},
    {"rule": "unknown-unit", "line": resp('6.推进智慧社区'), "text": "各村（社区）",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": resp('7.深化政务服务'), "text": "区直各部门",
     "why": "collective subject"},
    {"rule": "unknown-unit", "line": only('各镇人民政府、各街道办事处，区直各部门：'), "text": "各镇人民政府、各街道办事处，区直各部门",
     "why": "addressee line of the notice: collective subjects"},
    {"rule": "unknown-unit", "line": resp('8.推动数字化服务向基层延伸'), "text": "区人社局、区卫健局",
     "why": "short names in units.txt (区人社局, 区卫健局); 区残联 is listed too"},
    {"rule": "unknown-unit", "line": resp('9.提升12345热线服务能力'), "text": "区消防救援大队",
     "why": "short name of 柳州市鱼峰区消防救援大队 in units.txt"},
    {"rule": "unknown-unit", "line": resp('13.推动智慧医疗服务'), "text": "里雍镇人民政府",
     "why": "a named town government in units.txt (白沙镇人民政府 too)"},
    {"rule": "unknown-unit", "line": resp('16.提升生态环保协同治理能力'), "text": "柳州市生态环境局鱼峰分局",
     "why": "city bureau's district branch, listed in units.txt; a local body, not a regional one"},
    {"rule": "unknown-unit", "line": resp('17.提高自然资源利用效率'), "text": "区自然资源分局",
     "why": "short name of 柳州市自然资源和规划局鱼峰分局 in units.txt"},
    {"rule": "unknown-unit", "line": resp('20.提升行政监督水平'), "text": "区政府办公室",
     "why": "short name of 区人民政府办公室 in units.txt"},
    {"rule": "unknown-unit", "line": resp('36.加强共性应用支撑'), "text": "国家税务总局柳州市鱼峰区税务局",
     "why": "vertical tax bureau listed in units.txt"},
    {"rule": "unknown-unit", "line": resp('22.强化安全管理责任'), "text": "区委保密办",
     "why": "in units.txt; 区委网信办 as lead is a district unit, not the regional 党委网信办"},
    {"rule": "garbled-text", "line": only('4·27'), "text": "“4·27”",
     "why": "middle dot in the standard name of the speech, not damage"},
    {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护",
     "why": "measures 16-17 under （五）提升生态环境保护能力"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "measure 39 营造良好数字生态"},
    {"rule": "missing-pillar", "line": 0, "pillar": "加强党的领导",
     "why": "八、保障措施 carries 组织领导, 推进机制, 数字素养, 考核评估 (the regional 八、 items)"},
]

def m(n):
    return ln(f'{n}.', nth=1) if False else [i + 1 for i, l in enumerate(L) if l.startswith(f'{n}.')][0]

cover_map = [(1,1),(2,2),(3,3),(4,4),(5,5),(6,4),(7,7),(8,7),(9,8),(10,9),(11,10),(12,11),(13,12),
             (14,15),(15,13),(16,16),(17,17),(18,19),(19,20),(20,21),(21,22),(22,23),(23,24),(24,25),
             (25,26),(26,27),(27,28),(28,29),(29,30),(29,31),(30,32),(31,33),(32,34),(33,35),(34,36),
             (35,37),(36,39),(37,41),(38,42),(39,43)]
covers = [{"task": t, "line": m(n)} for n, t in cover_map]

key = {
    "writer": "blind writer, round 865; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("Task numbers: the guangxi seed has no numbered task list, so task N is the N-th inline "
              "(責任單位…完成時限…) note of guangxi-2022-shishi-yijian.txt in document order (43 in all; "
              "e.g. 3 = seed line 49 一體化在線監管 2025年底, 8 = line 63 12345熱線 2025年底, 9 = line 65 智桂通 2025年底, "
              "22 = line 97 政務公開 2025年底; all others 持續開展). If the checker numbers differently, map by seed line. "
              "Draft is a 2023 district plan (issued 2023-05-26) for 柳州市鱼峰区; no parent plan. Tasks deliberately not "
              "planted but also not taken up (not in expect, task-uncovered there is neither hit nor false alarm): 14 智慧體育, "
              "18 綠色低碳, 38 數據智能, 40 開放生態."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
for e in expect:
    print(e['rule'], e['line'], e.get('text', e.get('task')), '|', L[e['line']-1][:50] if e['line'] else '')
print(len(mnf), 'mustNotFlag;', len(covers), 'covers;', len(L), 'lines')
for e in mnf:
    if e['line'] and 'text' in e:
        assert e['text'] in L[e['line']-1] or e['rule']=='deadline-invalid' and e['text']=='2022年', e
for e in expect:
    if e['line']:
        assert e['text'] in L[e['line']-1], e
