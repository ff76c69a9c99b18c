#!/usr/bin/env python3
"""Builds key.json for blind722: every line number is found by searching draft.txt,
and each anchor text must occur on exactly one line (or on the line given)."""
import json, io

L = io.open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None, nth=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    if nth is None:
        assert len(hits) == 1, (anchor, hits)
        h = hits[0]
    else:
        h = hits[nth]
    if text is not None:
        assert text in L[h - 1], (text, h)
    return h

def row(n):
    return ln('| %d | ' % n)

expect = [
    {"rule": "basis-mismatch", "line": ln('桂政发〔2022〕13号'), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 (《广西壮族自治区人民政府关于加强数字政府建设的实施意见》) is 桂政发〔2022〕31号; 13号 is a digit swap"},
    {"rule": "deadline-later-than-baseline", "line": row(7), "text": "2026年底",
     "why": "task-list row 7 (12345热线归并、紧急热线联动) takes up regional task 8 (seed line 63, 持续优化12345政务服务便民热线平台…), 完成时限 2025年底; 2026年底 is a year later"},
    {"rule": "deadline-invalid", "line": row(15), "text": "2022年底",
     "why": "the plan is drafted and issued in 2023 (updated 2023-06-20, signed 2023年6月20日); a task-table deadline of 2022年底 lies before the document's own year (slip for 2024年底). Regional task 36 (政务云, seed line 161) is 持续开展, so this is not a copied regional date"},
    {"rule": "unknown-unit", "line": row(16), "text": "区信息中心",
     "why": "not in units.txt (the old 信息中心 was merged into 区大数据发展局); as first-listed unit it is the lead of row 16 by the note on the line before the table"},
    {"rule": "garbled-text", "line": ln('鏁版嵁鍏变韩'), "text": "鏁版嵁鍏变韩浜ゆ崲骞冲彴",
     "why": "UTF-8 bytes of 数据共享交换平台 read as GBK (依托自治区数据共享交换平台)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护",
     "why": "section 二 lists only six 履职能力 (经济调节、市场监管、社会管理、公共服务、政务运行、政务公开); the regional 二（五） 提升生态环境保护能力 (tasks 16-18: 生态环保协同治理, 自然资源利用, 绿色低碳) is not taken up anywhere, neither in the body nor in the task table"},
    {"rule": "task-uncovered", "line": 0, "task": 16, "why": "生态环保协同治理 (seed line 81, 各市人民政府 responsible); left out with the 生态环境保护 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 17, "why": "提高自然资源利用效率 (seed line 83); left out with the 生态环境保护 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 18, "why": "推动绿色低碳转型 (seed line 85); left out with the 生态环境保护 pillar"},
]

M = []
def nm(rule, line, text, why):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line)
        e["text"] = text
    e["why"] = why
    M.append(e)

# Markdown's own marks
nm("garbled-text", 1, "---", "YAML front-matter delimiter of the Markdown file, not damaged text")
nm("deadline-invalid", ln('updated: 2023-06-20'), "2023-06-20", "front-matter update date of the file, not a deadline (and in the plan's own year)")
nm("garbled-text", ln('# 南宁市青秀区关于加强数字政府建设的实施方案'), "# ", "Markdown heading mark")
nm("deadline-later-than-baseline", ln('征求意见稿**。'), "2023年6月30日前", "the drafting office's own deadline for comments on the draft, not a task deadline")
nm("deadline-invalid", ln('征求意见稿**。'), "2023-06-20", "date inside the link path ./反馈/2023-06-20-意见汇总.md, not a deadline")
nm("garbled-text", ln('<!-- 修订记录'), "<!--", "HTML comment (revision record) inside Markdown, not mojibake")
nm("deadline-invalid", ln('<!-- 修订记录'), "2023-05-18", "revision date in an HTML comment, not a deadline")
nm("basis-mismatch", ln('国发〔2022〕14号'), "国发〔2022〕14号", "correct title and 文号 of the national 指导意见, wrapped in a Markdown link")
nm("deadline-invalid", ln('content_5697299'), "2022-06/23", "publication date inside the gov.cn URL of the link target, not a deadline")
nm("garbled-text", ln('## 九、保障措施') + 7, "---", "Markdown horizontal rule before the signature")
nm("garbled-text", ln('| :---: | --- |'), "| :---: | --- | --- | :---: |", "Markdown table delimiter row")
nm("garbled-text", row(3), "<br>", "HTML line break inside a Markdown table cell")
nm("unknown-unit", row(3), "区委政法委", "区委政法委 (lead) and 区信访局 are separated by <br>, both in units.txt; '<br>区信访局' is not a unit name")
nm("unknown-unit", row(8), "**区大数据发展局**", "bold marks around a registered unit")
nm("deadline-later-than-baseline", row(8), "**2025年底**", "bold marks around 2025年底, equal to regional task 9 (智桂通, seed line 65) 完成时限 2025年底")
nm("garbled-text", row(8), "(#四提升公共服务能力)", "Markdown anchor link to the section heading")
M.append({"rule": "missing-pillar", "line": 0, "pillar": "安全保障", "why": "section 三 takes up the pillar in Markdown list items with bold titles (**强化安全管理责任。** … **提高自主可控水平。**, lines %d-%d)" % (ln('**强化安全管理责任。**'), ln('**提高自主可控水平。**'))})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "七 **营造良好数字生态。** (line %d) takes it up" % ln('**营造良好数字生态。**')})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "section 九 is headed 保障措施 but carries 组织领导、推进机制、数字素养、考核评估 (lines %d-%d), the content of the regional 八、加强党对数字政府建设工作的领导" % (ln('**加强组织领导。**'), ln('**强化考核评估。**'))})
# ordinary near misses
nm("basis-mismatch", ln('国发〔2018〕27号'), "国发〔2018〕27号", "retrospective mention in the 发展基础 background; 《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》 is that document's real title and 文号, not a basis citation")
nm("deadline-invalid", ln('2022年全区政务服务事项'), "2022年", "past date in the 发展基础 background, not a deadline")
nm("deadline-later-than-baseline", ln('**到2025年**'), "到2025年", "equal to the regional 主要目标 到2025年 …数字政府体系框架基本形成")
nm("deadline-later-than-baseline", ln('**到2035年**'), "到2035年", "equal to the regional 到2035年 …数字政府基本建成")
nm("deadline-later-than-baseline", ln('**到2023年底**'), "到2023年底", "an interim local goal, earlier than any regional milestone")
nm("unknown-unit", ln('为区委、区人民政府决策'), "区委、区人民政府", "the district party committee and government themselves, named as users of the analysis, not responsible units")
nm("unknown-unit", ln('积极对接自治区大数据发展局'), "自治区大数据发展局", "regional body named as the counterpart to liaise with, not as the lead of a local task")
nm("unknown-unit", row(1), "区发改局", "alias of 区发展和改革局 in units.txt")
nm("deadline-later-than-baseline", row(2), "2024年底", "earlier than regional task 3 (互联网+监管, seed line 49) 完成时限 2025年底")
nm("unknown-unit", row(4), "南宁市公安局青秀分局", "a name units.txt lists; not to be split into 南宁市 + 公安局")
nm("unknown-unit", row(5), "青秀区消防救援大队", "listed in units.txt")
nm("unknown-unit", row(6), "各街道办事处、各镇人民政府", "collective subjects")
nm("unknown-unit", row(9), "区人社局", "alias of 区人力资源和社会保障局 in units.txt (区卫健局 likewise)")
nm("deadline-later-than-baseline", row(10), "2024年底", "regional task 19 (辅助决策, seed line 89) is 持续开展; a concrete earlier milestone is not later")
nm("deadline-later-than-baseline", row(12), "2024年6月底前", "earlier than regional task 22 (政务公开, seed line 97) 完成时限 2025年底")
nm("unknown-unit", row(10), "青秀区城市运行指挥中心", "a facility to be built, named in the 重点任务 column, not a responsible unit")
nm("unknown-unit", row(14), "区直各部门（单位）", "collective subject")
nm("deadline-later-than-baseline", row(14), "2023年底", "regional tasks 33/34 (数据目录, seed lines 147/151) are 持续开展; an interim date is not later")
nm("unknown-unit", row(17), "国家税务总局南宁市青秀区税务局", "listed in units.txt (outside the district government proper)")
nm("unknown-unit", ln('区数字政府建设领导小组统筹'), "区数字政府建设领导小组", "listed in units.txt; the leadership group, named in prose")
nm("deadline-later-than-baseline", ln('每年12月10日前'), "每年12月10日前", "the office's own reporting date, not a task deadline")
nm("unknown-unit", ln('青秀区大数据发展局（代拟）'), "青秀区大数据发展局", "drafting-office signature; alias of 区大数据发展局 in units.txt")
nm("deadline-invalid", len(L), "2023年6月20日", "signature date of the draft")
nm("garbled-text", ln('“1+6+N”'), "“1+6+N”", "the regional name of the 数字政府大脑 system, not damage")

covers_spec = [
    (1, '**加强经济运行监测分析。**'), (2, '**推行智慧监管。**'), (3, '**深化“互联网+监管”。**'),
    (4, '**提升矛盾纠纷化解能力。**'), (5, '**推进社会治安防控体系智能化。**'), (6, '**推进智慧应急建设。**'),
    (7, '**打造泛在可及的服务体系。**'), (8, '**优化12345热线服务。**'), (9, '**建设“智桂通”青秀专区。**'),
    (10, '推进数字校园'), (11, '社会保障卡为载体'), (12, '医保电子凭证、电子健康卡'),
    (13, '建筑工程智慧安全监管'), (14, '“体育+数字”'), (15, '智慧养老服务体系'),
    (19, '**提升辅助决策能力。**'), (20, '**提升行政执行能力。**'), (21, '**提升行政监督水平。**'),
    (22, '**优化政策信息数字化发布。**'), (23, '**强化安全管理责任。**'), (24, '**落实安全制度要求。**'),
    (25, '**加强数据安全监管。**'), (26, '**提升安全保障能力。**'), (27, '**提高自主可控水平。**'),
    (28, '**以数字化改革助力政府职能转变。**'), (29, '**创新数字政府建设管理机制。**'), (30, '**落实法规制度。**'),
    (31, '**健全标准规范。**'), (32, '**开展试点示范。**'), (33, '**创新数据管理机制。**'),
    (34, '**深化数据高效共享。**'), (35, '**促进数据有序开发利用。**'), (36, '**强化政务云支撑能力。**'),
    (37, '**提升网络平台支撑能力。**'), (38, '智能算法库、智能模型库'), (39, '**加强共性应用支撑能力。**'),
    (41, '**助力数字经济发展。**'), (42, '**引领数字社会建设。**'), (43, '**营造良好数字生态。**'),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 722; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("南宁市青秀区 2023 实施方案 (征求意见稿) kept as Markdown: YAML front matter, # headings, bold sub-item titles in '- ' lists, "
              "a blockquote note that the first-listed unit leads, an HTML comment, links (gov.cn URL, relative file path, in-page anchor) and a pipe table "
              "with <br> in one cell. Regional task numbers are the order of the 43 inline '(責任單位:…完成時限:…)' notes in guangxi-2022-shishi-yijian.txt "
              "(task 1 = seed line 43 … task 43 = seed line 187); 2025年底 tasks are 3, 8, 9, 22, all others 持续开展; task 23 names no 各市人民政府. "
              "Task 40 (开放生态支撑平台, seed line 173) is only touched, not really taken up; it is neither in covers nor in expect. "
              "The city plan (南宁市) is not cited and parents is empty, as the round brief says.")
}
io.open('key.json', 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect + M:
    print(e['rule'], e['line'], e.get('text', e.get('pillar', e.get('task'))), '||', L[e['line']-1][:60] if e['line'] else '')
