#!/usr/bin/python3
"""Writer's helper: writes key.json from line ids (lines.json, made by build.py) and checks
that every `text` occurs on its line of draft.txt."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ids = json.load(open(os.path.join(HERE, 'lines.json'), encoding='utf-8'))
draft = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')

DL = 'deadline-later-than-baseline'
DI = 'deadline-invalid'
UU = 'unknown-unit'
BM = 'basis-mismatch'
GT = 'garbled-text'

expect = [
    (DL, 'goal2026', '2026年', '主要目标: 到2026年 "34567"体系框架全面成型; the regional 主要目标 (宁政发〔2023〕17号) has 到2025年 全区各级数字政府建设"34567"体系框架全面成型 — the same goal one year late'),
    (DL, 'opendata', '2025年', 'task 41 (编制公共数据开放目录及相关责任清单, 分类分级开放公共数据) 完成时限 2024年; the draft gives 2025年 (Traditional paragraph: 完成時限：2025年)'),
    (DI, 'elderly', '13月', 'impossible month 2024年13月 (task 93 适老化与信息无障碍建设, regional 完成时限 2024年); the month sits in the Traditional part of a mixed line'),
    (UU, 'econgov', '區數字經濟發展局', 'no such body in units.txt (Traditional form of 区数字经济发展局) nor in the regional baseline; lead of a local task (task 5)'),
    (UU, 'mech', '区信息化办公室', 'not in units.txt (an office name left over from older plans; the same line says 区大数据中心 coordinates); lead of the work-mechanism item'),
    (BM, 'preamble', '自治区人民政府关于加快推进数字政府建设的实施意见', 'wrong title for 宁政发〔2023〕17号: the regional document is 《自治区人民政府关于加强数字政府建设的实施意见》 (加快推进 for 加强)'),
    (GT, 'datashare', '寤虹珛鍋ュ叏', 'UTF-8 bytes read as GBK: 寤虹珛鍋ュ叏鏀垮嫏鏁告摎渚涢渶灏嶆帴姗熷埗 = 建立健全政務數據供需對接機制 (re-encode GBK, decode UTF-8); the rest of the line is ordinary Traditional text'),
]

# (rule, id, text or None, why)
must_not = [
    # --- units: Traditional forms of known bodies, collectives, scripts side by side
    (UU, 'park', '銀川經濟技術開發區管委會', 'Traditional form of 银川经济技术开发区管委会 (units.txt)'),
    (UU, 'park', '區工業信息化和商務局', 'Traditional form of 区工业信息化和商务局 (units.txt)'),
    (UU, 'econgov', '區市場監督管理局', 'Traditional form of 区市场监督管理局 (units.txt); only 區數字經濟發展局 on this line is unknown'),
    (UU, 'econgov', '西夏公安分局', 'canonical name in units.txt (alias 银川市公安局西夏区分局)'),
    (UU, 'edu', '宁夏大学', 'regional unit known from the baseline (task 119: 宁夏社科院、宁夏大学), here only 配合; Simplified inside a Traditional paragraph; "等驻区高校" is a collective tail, not a body'),
    (UU, 'edu', '區教育局', 'Traditional form of 区教育局 (units.txt); the note switches script mid-parenthesis'),
    (UU, 'city', '各街道办事处', 'collective subject'),
    (UU, 'village', '鎮北堡鎮人民政府', 'Traditional form of 镇北堡镇人民政府 (units.txt)'),
    (UU, 'village', '興涇鎮人民政府', 'Traditional form of 兴泾镇人民政府 (units.txt)'),
    (UU, 'secresp', '區直各部門（單位）', 'collective subject in Traditional (区直各部门（单位）)'),
    (UU, 'secresp', '各鎮（街道）', 'collective subject in Traditional (各镇（街道）)'),
    (UU, 'sectech', '区委网信办', 'units.txt; Simplified note after a Traditional paragraph'),
    (UU, 'yibenzhang', '區大數據中心', 'Traditional form of 区大数据中心 (units.txt), the lead office of the plan'),
    (UU, 'yibenzhang', '區審計局', 'Traditional form of 区审计局 (units.txt)'),
    (UU, 'network', '各鎮人民政府', 'collective subject in Traditional (各镇人民政府)'),
    (UU, 'network', '各街道辦事處', 'collective subject in Traditional (各街道办事处)'),
    (UU, 'common', '區審批服務管理局', 'Traditional form of 区审批服务管理局 (units.txt); mixed-script note'),
    (UU, 'org', '区委编办', 'units.txt'),
    (UU, 'levels', '各村（社區）', 'collective subject in Traditional (各村（社区）)'),
    (UU, 'market', '區直有關部門', 'collective subject in Traditional (区直有关部门)'),
    (UU, 'emerg', '區自然資源分局', 'Traditional form of 区自然资源分局 (units.txt)'),
    (UU, 'office', '區政府辦公室', 'Traditional form of 区政府办公室 (units.txt)'),
    (UU, 'talent', '區委黨校', 'Traditional form of 区委党校 (units.txt)'),
    (UU, 'talent', '區人力資源和社會保障局', 'Traditional form of 区人力资源和社会保障局 (units.txt)'),
    (UU, 'talent', '宁夏大学', 'regional unit known from the baseline (task 119), 配合; Simplified after Traditional units in one note'),
    (UU, 'r4', '區住房城鄉建設和交通局', 'Traditional form of 区住房城乡建设和交通局 (units.txt), side by side with Simplified 区大数据中心 in one cell'),
    (UU, 'r7', '区委编办', 'units.txt'),
    (UU, 'green', '区直有关部门', 'collective subject'),
    # --- basis: correct citations in Traditional, retrospective mention
    (BM, 'preamble', '國發〔2022〕14號', 'correct national citation 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）, only in Traditional characters'),
    (BM, 'preamble', '宁政办发〔2023〕11号', '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited exactly so by the 吴忠 plan in the seeds'),
    (BM, 'basis', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 in the background, not a basis of this plan; title and 文号 are right'),
    (BM, 'annexbasis', '寧政發〔2023〕17號', 'correct regional title and 文号 in Traditional: 《自治區人民政府關於加強數字政府建設的實施意見》（寧政發〔2023〕17號）'),
    # --- garbled: Traditional is not mojibake
    (GT, 'guide', None, 'plain Traditional characters (s2tw), not damaged text'),
    (GT, 'levels', '釐清層級職責', 'Traditional 釐清 for 厘清, not damaged text'),
    (GT, 'edu', None, 'Traditional and Simplified side by side in one line, not damaged text'),
    (GT, 'r4', None, 'Simplified and Traditional cells in one row, not damaged text'),
    # --- dates that are not deadlines / not invalid
    (DI, 'date', '2024年4月12日', "the office's own issue date"),
    (DI, 'basis', '2022年', 'past dates in the background (2022年, 2023年), not deadlines'),
    (DI, 'report', '12月10日', "the office's own reporting dates (每季度结束后5个工作日内, 每年12月10日前)"),
    (DL, 'annex', '2024年', "title of the annex (2024年重点任务清单): the plan's own year, not a deadline"),
    (DI, 'annexbasis', '2023年—2025年', 'title of the regional task list, not a deadline'),
    (DI, 'forms', '50%', 'a quota (task 106 压减50%以上), not a date'),
    # --- deadlines equal to or earlier than the region
    (DL, 'goal2024', '2024年', '到2024年底: 外网全覆盖 (task 48, 2024年), 信创云迁移 (task 19, 2023年启动，2024年建成), 网上办掌上办 (task 84, 2024年) — equal; no 2023 regional goal is restated'),
    (DL, 'goal2035', '2035年', '到2035年 equal to the regional 到2035年 goal (Traditional)'),
    (DL, 'park', '2025年', 'task 3 智慧园区 持续推进，2025年取得明显成效; local 2024年底前 milestone + 2025年取得明显成效 — equal'),
    (DL, 'hub', '2025年', 'task 1 持续推进，2025年取得明显成效 — equal'),
    (DL, 'econgov', '2025年', 'task 5 持续推进，2025年取得明显成效 — equal (the line is flagged only for its unit)'),
    (DL, 'services', '2025年', 'task 6 持续推进，2025年取得明显成效 — equal'),
    (DL, 'edu', '2025年', 'task 7 2023年形成试点经验，2025年取得明显成效; completing milestone 2025 — equal'),
    (DL, 'city', '2025年', 'task 9 持续推进，2025年取得明显成效 — equal'),
    (DL, 'village', '2025年', 'task 10 持续推进，2025年取得明显成效 — equal (Traditional)'),
    (DL, 'datamarket', '2025年', 'task 12 2025年 — equal'),
    (DL, 'xinchuang', '2024年底前', 'task 19 2023年启动，2024年建成 (also task 43 2024年建成，持续推进) — equal'),
    (DL, 'shenguan', '2024年', 'task 21 2024年 (审管协同 task 22 2025年) — equal/earlier'),
    (DL, 'yibenzhang', '2024年', 'task 23 2024年 — equal (Traditional)'),
    (DL, 'pilot', '2025年', 'task 28 2023年启动，2025年取得明显成效 — equal'),
    (DL, 'fusion', '2024年', 'task 42 2024年 — equal'),
    (DL, 'network', '2024年底前', 'task 48 2024年 (and task 50 2024年) — equal'),
    (DL, 'video', '2024年', 'task 49 2025年 — earlier'),
    (DL, 'common', '2024年', 'task 52 2025年 (电子印章 task 53 2024年) — earlier/equal'),
    (DL, 'efile', '2024年', 'task 54 2024年 — equal'),
    (DL, 'org', '2024年6月底前', 'task 64 2025年 — earlier'),
    (DL, 'econ', '2025年', 'task 66 2025年 — equal'),
    (DL, 'market', '2024年', 'tasks 69/70 2024年 — equal'),
    (DL, 'trace', '2024年', 'task 71 2024年 — equal'),
    (DL, 'dispute', '2024年', 'task 77 2024年 — equal'),
    (DL, 'xueliang', '2024年', 'task 79 2024年 — equal'),
    (DL, 'emerg', '2024年', 'task 80 2024年 — equal'),
    (DL, 'grassroots', '2025年', 'task 83 2025年 — equal'),
    (DL, 'onenet', '2024年', 'task 84 2024年 — equal'),
    (DL, 'myningxia', '2024年', 'task 86 2024年 — equal; 12345 part is task 87 2023年启动，2025年完成 — earlier'),
    (DL, 'enterprise', '2024年', 'tasks 88/89 2024年 — equal'),
    (DL, 'elderly', '2024年', 'task 93 2024年: the year is equal; only the month 13 is wrong (deadline-invalid)'),
    (DL, 'eco', '2024年', 'task 94 2024年 — equal'),
    (DL, 'water', '2025年', 'task 96 2025年 — equal'),
    (DL, 'green', '2025年', 'task 102 2025年 — equal'),
    (DL, 'cockpit', '2024年', 'task 103 2024年 — equal'),
    (DL, 'office', '2024年', 'tasks 104/105 2024年 — equal'),
    (DL, 'forms', '2025年', 'task 106 2025年 — equal'),
    (DL, 'vconf', '2025年', 'task 107 2025年 — equal'),
    (DL, 'affairs', '2025年', 'task 111 2025年 — equal'),
    (DL, 'open', '2024年', 'task 112 2024年 — equal'),
    (DL, 'newmedia', '2024年', 'task 114 2024年 — equal'),
    (DL, 'hotline', '2024年', 'task 115 2024年 — equal'),
    (DL, 'r1', '2025年', 'task 3 持续推进，2025年取得明显成效 — equal'),
    (DL, 'r2', '2024年底前', 'task 19 2023年启动，2024年建成 — equal'),
    (DL, 'r3', '2024年', 'task 23 2024年 — equal'),
    (DL, 'r4', '2024年', 'task 42 2024年 — equal'),
    (DL, 'r5', '2024年底前', 'task 48 2024年 — equal'),
    (DL, 'r6', '2024年', 'task 49 2025年 — earlier'),
    (DL, 'r7', '2024年6月底前', 'task 64 2025年 — earlier'),
    (DL, 'r8', '2024年', 'task 79 2024年 — equal'),
    (DL, 'r9', '2024年', 'task 80 2024年 — equal'),
    (DL, 'r10', '2024年', 'task 86 2024年 — equal'),
    (DL, 'r11', '2024年', 'task 88 2024年 — equal'),
    (DL, 'r12', '2025年', 'task 106 2025年 — equal'),
    (DL, 'r13', '2024年', 'task 114 2024年 — equal'),
]

covers = [
    (1, 'hub'), (3, 'park'), (5, 'econgov'), (6, 'services'), (7, 'edu'), (9, 'city'), (10, 'village'),
    (12, 'datamarket'), (14, 'secresp'), (15, 'secresp'), (18, 'sectech'), (19, 'xinchuang'),
    (21, 'shenguan'), (23, 'yibenzhang'), (24, 'huishang'), (28, 'pilot'), (32, 'datamgmt'),
    (36, 'datashare'), (41, 'opendata'), (42, 'fusion'), (48, 'network'), (49, 'video'), (52, 'common'),
    (54, 'efile'), (64, 'org'), (66, 'econ'), (69, 'market'), (71, 'trace'), (77, 'dispute'),
    (79, 'xueliang'), (80, 'emerg'), (83, 'grassroots'), (84, 'onenet'), (86, 'myningxia'),
    (88, 'enterprise'), (93, 'elderly'), (94, 'eco'), (96, 'water'), (102, 'green'), (103, 'cockpit'),
    (105, 'office'), (106, 'forms'), (107, 'vconf'), (111, 'affairs'), (112, 'open'), (114, 'newmedia'),
    (115, 'hotline'), (116, 'lead'), (118, 'talent'), (123, 'assess'),
]


def entry(rule, lid, text, why):
    n = ids[lid]
    if text is not None:
        assert text in draft[n - 1], (lid, n, text)
    e = {'rule': rule, 'line': n}
    if text is not None:
        e['text'] = text
    e['why'] = why
    return e


key = {
    'writer': 'blind writer, round 339; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-06',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': [],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': [entry(*e) for e in expect],
    'mustNotFlag': [entry(*e) for e in must_not],
    'covers': [{'task': t, 'line': ids[l]} for t, l in covers],
    'notes': ('银川市西夏区 (a district of 银川市) plan of 2024-04-12 against 宁政发〔2023〕17号; no parent plan (the 银川 city plan '
              'is not in the seeds, so it is referred to only as 银川市数字政府建设工作部署). About a third of the lines came '
              'through a system set to Traditional Chinese (OpenCC s2tw conversion, Taiwan standard forms such as 為, 臺, 依託, 釐清); '
              'several lines switch script inside a responsibility note or a table cell. units.txt holds Simplified canonical '
              'names only: Traditional spellings of them are near misses. Regional tasks whose 完成时限 is 2023 (14, 15, 18, 24, 32, 36, '
              '116, 118, 123 …) are taken up without a deadline on purpose. build.py regenerates draft.txt (needs the opencc CLI); '
              'make_key.py regenerates this key from line ids and checks every text against its line.'),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(key['expect']), 'mustNotFlag', len(key['mustNotFlag']), 'covers', len(key['covers']))
